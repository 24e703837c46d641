#!/usr/bin/env python3
"""Write the blind evaluation set holdout276 (24 raw .eml messages + labels.json).

Deterministic, standard library only:  python3 tests/data/make_eval_sets276.py
Theme: youth, student and diaspora networks writing informally (25 January - 17 February 2021).  Phones and
webmail, short messages, emojis and code-switching: a Sudanese students' society in the UK that first asks whether
youth groups may speak at all and later sends the names its committee voted for (the Cc'd student mailbox is full),
a Brussels collective of young Belgian-Moroccans writing French with Latin-script Darija ('khassna', 'hna m3akoum')
whose nominee's university mailbox answers our acknowledgement during exams and who is replaced the day after the
deadline, a Yemeni students' forum in Malaysia pasting its WhatsApp group discussion, a Lebanese students' network
in Montréal writing English with Levantine words whose name typo and roundtable are corrected seven minutes later,
a Lebanese student in Arabizi who only wants to attend, a Tunisian students' association in Montpellier (university
Zimbra, report + speaker, then a thank-you), a Sudanese diaspora youth network's three nominees decided by the team
in Sudanese Arabic, an Algiers student asking whether she even may ask to speak and a young refugee in Amman who
sends her request in case individuals may, a Moroccan returnees' youth coordinator in Darija nine minutes after the
speaker deadline, a youth research lab's report whose team inbox autoresponder mentions 'speakers', a Jordanian
youth network's report from an iPhone with a workshop photo, an Iraqi students' league in Istanbul (late 'both'), a
Lyon Algerian youth association sending its report and then the version without typos, a Syrian youth network in
Germany at 23:58 on the report deadline, and the Yemeni forum withdrawing its speaker.  Helpers from mailgen.py.
"""
import datetime as dt

from mailgen import (EvalSet, DOCX, POSTFIX_NOTICE, addr, alt, at, attach, dsn_report, esc, gmail_html, hdr,
                     html_only, leaf, make_docx, make_png, mk, multi, re_hdr, rep_pdf, rfcdate, sent_at, sp,
                     std_rows, top)
from mailgen import outlook_html
from mailgen import quote_block as gt, ack_id as ack_mid, logo

SET = EvalSet(276)
add = SET.add
H = "h276-%02d.eml"

IPHONE = "iPhone Mail (18D52)"
IPHONE_OLD = "iPhone Mail (18C66)"
YAHOO = "WebService/1.1.17712 YMailNorrin"
ZIMBRA = "Zimbra 8.8.15_GA_3953 (ZimbraWebClient - FF85 (Win)/8.8.15_GA_3953)"


def android_html(text):
    inner = "<br>".join(esc(x) for x in text.rstrip("\n").split("\n"))
    return ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body>'
            '<div dir="auto">%s</div></body></html>\n' % inner)


def yahoo_html(text, rtl=False):
    d = "rtl" if rtl else "ltr"
    lines = "".join('<div dir="%s" data-setdir="false">%s</div>' % (d, esc(x) if x else "<br>")
                    for x in text.rstrip("\n").split("\n"))
    return ('<html><head></head><body><div class="ydp6e1c4b2ayahoo-style-wrap" style="font-family:Helvetica Neue, '
            'Helvetica, Arial, sans-serif;font-size:13px;">%s</div></body></html>\n' % lines)


def owa_html(text, rtl=False):
    """Outlook.com / Outlook on the web: one <div> per line in a Calibri wrapper."""
    d = ' dir="rtl"' if rtl else ""
    inner = "".join("<div%s>%s</div>" % (d, esc(x) if x else "<br>") for x in text.strip("\n").split("\n"))
    return ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"><style type="text/css" '
            'style="display:none;"> P {margin-top:0;margin-bottom:0;} </style></head><body dir="%s"><div style="'
            'font-family: Calibri, Arial, Helvetica, sans-serif; font-size: 12pt; color: rgb(0, 0, 0);">%s</div>'
            '</body></html>\n' % ("rtl" if rtl else "ltr", inner))


def zimbra_html(text):
    inner = "".join("<div>%s</div>" % (esc(x) if x else "<br data-mce-bogus=\"1\">")
                    for x in text.rstrip("\n").split("\n"))
    return ('<html><body><div style="font-family: arial, helvetica, sans-serif; font-size: 12pt; color: #000000">'
            '%s</div></body></html>' % inner)


def ack_text(lang, subject, what):
    if lang == "ar":
        return ("حضرات السادة المحترمين،\n\nتؤكد أمانة الاستعراض الإقليمي للاتفاق العالمي من أجل الهجرة الآمنة "
                "والمنظمة والنظامية في المنطقة العربية استلام رسالتكم «%s» و%s، وستتواصل معكم الأمانة لاحقاً "
                "بشأن البرنامج.\n\nالاستعراض الإقليمي للاتفاق العالمي للهجرة - المنطقة العربية" % (subject, what))
    if lang == "fr":
        return ("Madame, Monsieur,\n\nLe secrétariat de l'Examen régional du Pacte mondial sur les migrations "
                "(États arabes) accuse réception de votre message « %s » et de %s. Le secrétariat reviendra vers "
                "vous au sujet du programme.\n\nExamen régional du PMM - États arabes" % (subject, what))
    return ("Dear colleague,\n\nThe secretariat of the Regional Review of the Global Compact for Migration in the Arab "
            "region acknowledges receipt of your message \"%s\" and of %s. The secretariat will come back to you "
            "about the programme.\n\nGCM Regional Review - Arab States" % (subject, what))


def postfix_bounce(when, qid, rcpt, remote, remote_ip, code, status, diag, orig_to, orig_cc, orig_subj, orig_id, ack):
    text = POSTFIX_NOTICE + """
<%s>: host %s[%s] said:
    %s (in reply to end of DATA command)
""" % (rcpt, remote, remote_ip, diag)
    dsn = ("Reporting-MTA: dns; mx1.iom.int\n"
           "X-Postfix-Queue-ID: %s\n"
           "X-Postfix-Sender: rfc822; gcmrrarabstates@iom.int\n"
           "Arrival-Date: %s\n\n"
           "Final-Recipient: rfc822; %s\n"
           "Original-Recipient: rfc822;%s\n"
           "Action: failed\n"
           "Status: %s\n"
           "Remote-MTA: dns; %s\n"
           "Diagnostic-Code: smtp; %s\n"
           % (qid, rfcdate(when - dt.timedelta(seconds=7), "EET"), rcpt, rcpt, status, remote, diag))
    hdrs = ("Return-Path: <gcmrrarabstates@iom.int>\n"
            "From: GCM Regional Review Arab States <gcmrrarabstates@iom.int>\n"
            "To: %s\n"
            "Cc: %s\n"
            "Subject: Acknowledgement of receipt - %s\n"
            "Date: %s\n"
            "Message-ID: %s\n"
            "In-Reply-To: %s\n"
            "References: %s\n" % (orig_to, orig_cc, orig_subj, rfcdate(when - dt.timedelta(seconds=10)), ack,
                                  orig_id, orig_id))
    return dsn_report(text, dsn, hdrs, "%s.%d/mx1.iom.int" % (qid, int(when.timestamp())))


# ================================================================ 01  EN  other  Sudanese students' society (UK): may youth groups even speak?
M01_ID = "<8F3A2C1D-4B7E-4E29-9A61-0C5D7B2E8F14@gmail.example.com>"
M01_SUBJ = "quick question re youth groups speaking"
M01_TEXT = """Hi there,

Sorry if this is a silly question! I'm on the committee of the Sudanese Students & Youth Society UK (SSYS). We're a student-run diaspora network, mostly uni students in London, Manchester and Leeds. Someone shared your invitation for the regional review in our group chat and a few of us got really excited about it.

Basically: are youth groups like ours actually allowed to speak? We're not an NGO and we're not a registered charity (we're affiliated to our student unions), and none of us has ever done anything like this lol. We don't want to waste your time if it's only for governments and big organisations.

If it IS open to us, the committee would choose who goes and we'd get back to you with a name before the deadline.

Thanks a lot!!
Amna

Amna Osman
Events & Outreach Officer, SSYS
"""


def m01():
    when = at("2021-01-25 10:41:07")
    text = M01_TEXT + "\nSent from my iPhone\n"
    body = leaf("text/plain", text, "utf-8", "quoted-printable")
    m = mk(when, sent_at(when, 0, 7), "mail-wr1-f50.google.example.com", "192.0.2.50", "4DPq4Lx7Vbz2",
           "Amna Osman <amna.osman.ssys@gmail.example.com>", M01_SUBJ, M01_ID, body,
           extra=[("X-Mailer", IPHONE)])
    add(1, when, m, dict(category="other", language="en", acknowledge=True, on_time=None,
        notes="a student diaspora society asks whether unregistered youth groups may speak at all ('are youth groups "
              "like ours actually allowed to speak?'); 'the committee would choose who goes and we'd get back to you "
              "with a name' names nobody: a question, no speaker. The sender's own name and title in the signature "
              "are not a proposal. iPhone plain text, Date in UTC+0. The nomination follows in h276-09, as a reply "
              "to the secretariat's answer."))


# ================================================================ 02  FR  speaker  Brussels Belgian-Moroccan youth collective, French + Latin Darija
M02_ID = "<CAM4xRt8Wp2kL6vN+e9Hc3Zb7sQ1dFy5jU0@mail.gmail.example.com>"
M02_SUBJ = "Demande de prise de parole – CJBM 🇧🇪🇲🇦"
M02_QID = "4DQ8Lm2vYpz1"
M02_TEXT = """Salam alikoum / bonsoir 👋

Je vous écris au nom du Collectif des Jeunes Belgo-Marocains pour la Mobilité (CJBM). On est une quarantaine de jeunes de Bruxelles et d'Anvers, étudiants et jeunes travailleurs, la plupart nés ici de parents marocains.

On a fait une réunion d'équipe hier soir sur Zoom et c'était clair pour tout le monde : khassna nkounou f had l'examen régional, parce que les visas pour aller voir la famille au bled, la reconnaissance des diplômes, les jeunes qui repartent au Maroc faute de boulot ici… ça nous touche direct.

Donc l'équipe a décidé de proposer Sara pour prendre la parole :
Sara El Idrissi – responsable plaidoyer, étudiante en master de sciences politiques à l'ULB

Elle aimerait intervenir dans la table ronde 3 si c'est possible, sinon n'importe quelle table ronde ça ira, elle est chaude 😄 Elle est en copie.

Dites-nous s'il manque quelque chose, hna m3akoum.

Bslama et merci d'avance,
Ilyas

--
Ilyas Bouzidi
Coordinateur – CJBM
Insta : @cjbm.bxl
"""


def m02():
    when = at("2021-01-26 21:37:52")
    body = alt(M02_TEXT, "000000000000b4e17a05b9d2c3f8", html=gmail_html(M02_TEXT))
    m = mk(when, sent_at(when, 1, 6), "mail-ed1-f44.google.example.com", "192.0.2.44", M02_QID,
           "Ilyas Bouzidi <ilyas.cjbm@gmail.example.com>", hdr(M02_SUBJ), M02_ID, body,
           cc="Sara El Idrissi <sara.el.idrissi@ulb.example.be>")
    add(2, when, m, dict(category="speaker_request", language="fr", acknowledge=True, on_time=True, speakers=[
        sp("Sara El Idrissi", "responsable plaidoyer", "Collectif des Jeunes Belgo-Marocains pour la Mobilité (CJBM)",
           ["roundtable"], 3)],
        notes="French with Latin-script Moroccan Darija ('khassna nkounou f had l'examen régional', 'hna m3akoum', "
              "'Bslama') and emoji flags in the subject: the acknowledgement is in French. Group nomination ('l'équipe "
              "a décidé de proposer Sara'); the speaker line gives title and studies ('étudiante en master ... à "
              "l'ULB': her university, not the affiliation she is proposed under); 'table ronde 3 si c'est possible, "
              "sinon n'importe quelle table ronde' = roundtable 3. The sender (coordinator) is not a speaker. The "
              "speaker is in Cc and her university mailbox answers our acknowledgement (h276-03); she is replaced "
              "after the deadline in h276-15. Gmail, Date in UTC+1."))


# ================================================================ 03  FR  auto_reply  the nominee's university mailbox answers our acknowledgement of 02
def m03():
    when = at("2021-01-26 21:38:31")
    ack = ack_mid(M02_QID)
    text = """Bonjour,

Je suis en blocus puis en session d'examens jusqu'au 5 février 📚 et je ne consulte pas cette adresse. Je lirai votre message après la session.

Pour le CJBM, vous pouvez écrire à Ilyas Bouzidi (ilyas.cjbm@gmail.example.com).

Sara El Idrissi
Étudiante – Master en sciences politiques, orientation relations internationales
Université libre de Bruxelles
"""
    body = alt(text, "_000_AM0PR01MB5476D3E1A9C4F027_", html=outlook_html(text, lang="FR-BE"))
    subj = hdr("Réponse automatique : Accusé de réception - " + M02_SUBJ)
    rows = std_rows(when, "mail-am6eur05on2071.outbound.protection.outlook.example.com", "198.51.100.71",
                    "4DQ8Mn5wZrz4", "Sara El Idrissi <sara.el.idrissi@ulb.example.be>", subj,
                    rfcdate(sent_at(when, 1, 3)),
                    "<AM0PR01MB5476D3E1A9C4F027@AM0PR01MB5476.eurprd01.prod.exchangelabs.example.com>",
                    extra=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")], ret="")
    rows = [(k, "<>" if k == "Return-Path" else v) for k, v in rows]
    rows += [("In-Reply-To", ack), ("References", M02_ID + " " + ack),
             ("Thread-Topic", hdr("Accusé de réception - " + M02_SUBJ)), ("Content-Language", "fr-BE"),
             ("X-MS-Exchange-Inbox-Rules-Loop", "sara.el.idrissi@ulb.example.be")]
    add(3, when, top(body, rows), dict(category="auto_reply", language="fr", acknowledge=False, on_time=None,
        notes="Exchange out-of-office of the nominee of h276-02 (in Cc) answering our acknowledgement 39 seconds "
              "later ('Réponse automatique :', References name h276-02): signed with her name, studies and "
              "university and pointing to the coordinator, with an emoji and '5 février' (the speaker deadline, "
              "by chance): not a new request. Never acknowledge; thread_of null as for dev auto-replies."))


# ================================================================ 04  AR  speaker  Yemeni students' forum in Malaysia pastes its WhatsApp group discussion
M04_ID = "<5C1E7A90-3B2D-4F8E-A417-6D09E2B3C8F5@icloud.example.com>"
M04_SUBJ = "ترشيح متحدثة من ملتقى الطلبة اليمنيين في ماليزيا"
M04_QID = "4DRf7Wq1Kcz8"


def m04():
    when = at("2021-01-28 16:05:33")
    text = """السلام عليكم ورحمة الله وبركاته

معكم عمار الحبيشي، منسق ملتقى الطلبة اليمنيين في ماليزيا. وصلتنا الدعوة عن طريق أحد الزملاء، وتناقشنا فيها أمس في قروب الهيئة الإدارية على الواتساب، وأنقل لكم النقاش كما هو عشان ما أنسى شي:

[27/01/2021, 9:14:02 PM] عمار الحبيشي: يا جماعة الدعوة حق الاستعراض الإقليمي للهجرة، لازم نرسل اسم المتحدث قبل 5 فبراير
[27/01/2021, 9:15:40 PM] Hadeel: انا مستعدة اتكلم لو الجماعة موافقين 🙈
[27/01/2021, 9:16:11 PM] \u202a+60 11-0000 0000\u202c: موافق 👍
[27/01/2021, 9:16:58 PM] أسامة باوزير: موافقين، هديل أحسن وحدة تتكلم عن موضوع الطلاب العالقين
[27/01/2021, 9:20:31 PM] Hadeel: تمام، اكتبوا اسمي كامل: هديل عبدالله الشرعبي، طالبة دكتوراه في الصحة العامة ومسؤولة العلاقات الخارجية في الملتقى
[27/01/2021, 9:21:05 PM] Hadeel: وافضل اتكلم في النقاش المفتوح يوم 23 لأن 24 و25 عندي مناقشة بحث
[27/01/2021, 9:22:47 PM] عمار الحبيشي: خلاص اتفقنا ✅ برسل الايميل بكرة

يعني الخلاصة: نرشح الأخت هديل عبدالله الشرعبي، طالبة دكتوراه في الصحة العامة ومسؤولة العلاقات الخارجية في ملتقى الطلبة اليمنيين في ماليزيا، للمشاركة في النقاش المفتوح للمشاورة يوم الثلاثاء 23 فبراير.

إحنا حوالي 2000 طالب وطالبة يمنيين في ماليزيا، وكثير منهم عالقين بعد انقطاع المنح ومشاكل تجديد الإقامة والجوازات، وهذا الموضوع اللي تبغى تتكلم عنه.

وجزاكم الله خير
عمار الحبيشي
منسق الملتقى

Sent from my iPhone
"""
    body = leaf("text/plain", text, "utf-8", "base64")
    m = mk(when, sent_at(when, 8, 9), "st43p00im-ztdg10061801.me.example.com", "203.0.113.43", M04_QID,
           "Ammar Al-Hubaishi <ammar.alhubaishi@icloud.example.com>", hdr(M04_SUBJ), M04_ID, body,
           extra=[("X-Mailer", IPHONE_OLD)])
    add(4, when, m, dict(category="speaker_request", language="ar", acknowledge=True, on_time=True, speakers=[
        sp("هديل عبدالله الشرعبي", "طالبة دكتوراه في الصحة العامة ومسؤولة العلاقات الخارجية",
           "ملتقى الطلبة اليمنيين في ماليزيا", ["open_discussion"])],
        notes="a WhatsApp group discussion pasted into the mail ('[27/01/2021, 9:14:02 PM] name: ...', a phone number "
              "in bidi marks, emojis) in which the board agrees on its speaker, then a summary line: the nominee "
              "appears as 'Hadeel' (chat name), in her own chat line and in the summary, where 'الأخت' is dropped. "
              "'في الملتقى' in the chat is completed by the full forum name in the summary. 'النقاش المفتوح يوم 23' "
              "= open discussion; '24 و25 عندي مناقشة بحث' is why she cannot do the other days, not a role; 5 "
              "فبراير is the deadline. Yemeni/Gulf colloquial ('حق', 'عشان', 'تبغى'). The coordinator who writes "
              "is not a speaker. iPhone plain text base64, Date in UTC+8. The speaker is withdrawn in h276-24."))


# ================================================================ 05  EN  speaker  Lebanese students' network in Montréal: English with Levantine words, a typo in the name
M05_ID = "<CAJ7wKp4Rt9mN2xV+d5Qb8Zc3sL1fHy6gT0@mail.gmail.example.com>"
M05_SUBJ = "Speaker request - LSN Montréal"
M05_TEXT = """Hi GCM team!

Marhaba from Montréal ❄️ (it's -24 here ya3ne...)

I'm writing on behalf of the Lebanese Students Network - Montréal (LSN-MTL). We're around 600 Lebanese students across McGill, Concordia, UdeM and UQAM, and since the port explosion and the banking crisis a lot of our members literally can't receive money from home or pay tuition, and many are asking themselves if they'll ever go back. So yeah, migration is kind of our whole life right now haha.

We talked about it as a team and khalas, we agreed we'd like to request a speaking slot for:

Karim Haddda - VP External Affairs, LSN-MTL - floor intervention in Roundtable 2

He's doing his PhD in urban planning at McGill and he's been leading our survey on students who lost access to their savings.

Let us know if you need anything else, inshallah we'll be there (online obviously 😅)

Thanks a lot,
Maya

Maya Saadeh
President, Lebanese Students Network - Montréal
lsnmtl.example.ca | IG @lsn.mtl
"""


def m05():
    when = at("2021-01-29 23:48:10")
    body = alt(M05_TEXT, "000000000000d7a2c405ba1f4e63", html=gmail_html(M05_TEXT))
    m = mk(when, sent_at(when, -5, 6), "mail-qk1-f171.google.example.com", "192.0.2.171", "4DSb1Tg6Lnz0",
           "Maya Saadeh <maya.saadeh.lsn@gmail.example.com>", hdr(M05_SUBJ, enc="Q"), M05_ID, body)
    add(5, when, m, dict(category="speaker_request", language="en", acknowledge=True, on_time=True, speakers=[
        sp("Karim Haddda", "VP External Affairs", "Lebanese Students Network - Montréal (LSN-MTL)", ["roundtable"], 2)],
        notes="English with Levantine words ('Marhaba', 'ya3ne', 'khalas', 'inshallah') and emojis from a students' "
              "network in Montréal: one speaker on a dash line 'name - title, acronym - role'; the fullest "
              "affiliation is in the first paragraph. The name is mistyped here ('Haddda') and corrected, with a "
              "new roundtable, seven minutes later in h276-06: this message is labelled as written. PhD at McGill is "
              "his studies, not his affiliation; '-24' is the temperature, 600 students a count. The sender "
              "(president) is not a speaker. Gmail, Date in UTC-5 (16:48 on 29 January)."))


# ================================================================ 06  EN  speaker  the correction seven minutes later: name and roundtable
def m06():
    when = at("2021-01-29 23:55:02")
    text = """Sorry, typo!! 🤦‍♀️ It's Karim HADDAD (not Haddda). And he just texted me that he'd rather do Roundtable 4, not 2, his survey fits better there.

So the correct line is:
Karim Haddad - VP External Affairs, LSN-MTL - floor intervention in Roundtable 4

Sorry for the double email!
Maya

On Fri, Jan 29, 2021 at 4:48 PM Maya Saadeh <maya.saadeh.lsn@gmail.example.com> wrote:

""" + gt(M05_TEXT) + "\n"
    body = alt(text, "000000000000f31b8d05ba1f67a9", html=gmail_html(text))
    m = mk(when, sent_at(when, -5, 5), "mail-qk1-f171.google.example.com", "192.0.2.171", "4DSb7Rx2Hmz6",
           "Maya Saadeh <maya.saadeh.lsn@gmail.example.com>", hdr("Re: " + M05_SUBJ, enc="Q"),
           "<CAJ7wKp6Nc1qB8xT+g3Wm5Zr9sK2dLy4hV7@mail.gmail.example.com>", body,
           extra=[("In-Reply-To", M05_ID), ("References", M05_ID)])
    add(6, when, m, dict(category="speaker_request", language="en", acknowledge=True, on_time=True, thread_of=H % 5,
        speakers=[sp("Karim Haddad", "VP External Affairs", "Lebanese Students Network - Montréal (LSN-MTL)",
                     ["roundtable"], 4)],
        notes="correction of h276-05 as a Gmail reply to her own mail (In-Reply-To h276-05): the surname is fixed "
              "('Karim HADDAD (not Haddda)', then the corrected line in normal case) and the roundtable changes from 2 "
              "to 4; the quoted original still has the typo and 'Roundtable 2'. The new text gives only the acronym "
              "LSN-MTL: the full affiliation comes from the quoted first mail. It replaces the request, so it is "
              "acknowledged (the sender must see the corrected details). thread_of h276-05."))


# ================================================================ 07  AR  other  Lebanese student in Arabizi who only wants to attend
def m07():
    when = at("2021-01-31 14:22:45")
    subj = "7odour l mo2tamar?"
    text = """Marhaba,

Ana esme Jad Rizk, student bl Lebanese University (sene tenye social work). Chefet l invitation 3al insta taba3 sa7bte w 3ajabne ktir l mawdou3.

Bas bade e3ref eza fiye e7dar? Ana mesh jeye e7ke aw shi, ma 3ande wala report wala shi, bade bas esma3 w et3allam 😅 Eza fi link aw registration, please eb3atoule yeh.

W eza l conference bi Beirut, fiye eje 3al mahal aw kello online?

Merci ktir 🙏
Jad

Sent from my Galaxy
"""
    body = alt(text, "--_com.samsung.android.email_1612095758412003", html=android_html(text))
    m = mk(when, sent_at(when, 2, 8), "mail-pf1-f193.google.example.com", "192.0.2.193", "4DTn3Fc8Kqz5",
           "Jad Rizk <jadrizk.lu@gmail.example.com>", subj,
           "<k3w7p1-x9d2f4-7mq8ze-4c1b0a.1e@email.android.com>", body)
    add(7, when, m, dict(category="other", language="ar", acknowledge=True, on_time=None,
        notes="Lebanese Arabic in Arabizi (Latin letters with digits: '7odour', 'mo2tamar', 'e7dar', '3ande') with "
              "English and French words: the writer's language is Arabic, so the acknowledgement is in Arabic. He "
              "only wants to attend: 'mesh jeye e7ke aw shi, ma 3ande wala report' names both a speech and a report "
              "to say he has neither; his name and studies are not a speaker proposal. Questions about registration "
              "and whether the conference is in Beirut or online. Samsung Email, Date in UTC+2."))


# ================================================================ 08  FR  both  Tunisian students' association in Montpellier: report + speaker (university Zimbra)
M08_ID = "<1782640193.41573088.1612195407123.JavaMail.zimbra@umontpellier.example.fr>"
M08_SUBJ = "Rapport volontaire + prise de parole – AETM (étudiant·e·s tunisien·ne·s)"
M08_QID = "4DVc8Hn2Wsz3"
M08_FILE = "AETM - Rapport volontaire examen régional PMM 2021.pdf"
M08_TEXT = """Bonjour,

Au nom de l'Association des Étudiants Tunisiens de Montpellier (AETM), je vous envoie en pièce jointe notre rapport volontaire pour l'examen régional du Pacte mondial. On l'a écrit à plusieurs mains pendant les vacances (d'où le style un peu inégal, désolés !) à partir d'un questionnaire rempli par 212 étudiant·e·s tunisien·ne·s en Occitanie : titres de séjour étudiants, jobs limités à 964 heures par an, logement, et ce qui se passe après le diplôme.

Le bureau a aussi voté pour qu'on demande une prise de parole en séance plénière. Notre candidate est Yasmine Ferchichi, vice-présidente de l'AETM et doctorante en droit public à l'Université de Montpellier. Elle coordonne notre permanence juridique sur les titres de séjour depuis deux ans.

Merci et belle soirée,

Skander Jaziri
Secrétaire général – AETM
Association des Étudiants Tunisiens de Montpellier
"""


def m08():
    when = at("2021-02-01 18:03:27")
    pdf = rep_pdf("Rapport volontaire - AETM", "Association des Etudiants Tunisiens de Montpellier",
                  ["Questionnaire: 212 etudiant.e.s tunisien.ne.s en Occitanie", "Titres de sejour etudiants",
                   "Travail etudiant et logement", "Apres le diplome", "Recommandations"])
    a = alt(M08_TEXT, "=_9c1e4a7b-3d52-4f08-b6a1-2e7c5d9f0b34", html=zimbra_html(M08_TEXT))
    body = multi("mixed", [a, attach("application/pdf", pdf, M08_FILE)], "=_5f2a8d61-0c47-4b3e-9e15-a7d4c2b8f061")
    m = mk(when, sent_at(when, 1, 9), "smtp.umontpellier.example.fr", "193.51.152.20", M08_QID,
           "Skander Jaziri <skander.jaziri@etu.umontpellier.example.fr>", hdr(M08_SUBJ, enc="Q"), M08_ID, body,
           extra=[("X-Mailer", ZIMBRA), ("Thread-Index", "Ck9ZxT2b7Qw1aR5mE3vN8cP0sL4d6F=="),
                  ("Thread-Topic", hdr(M08_SUBJ, enc="Q")), ("X-Originating-IP", "[90.112.45.17]")])
    add(8, when, m, dict(category="both", language="fr", acknowledge=True, on_time=True, speakers=[
        sp("Yasmine Ferchichi", "vice-présidente", "Association des Étudiants Tunisiens de Montpellier (AETM)",
           ["plenary"])],
        report_attachments=[M08_FILE],
        notes="a students' association sends its report (PDF, accented name, RFC 2231 + RFC 2047) and, 'le bureau a "
              "aussi voté', a speaker for the plenary, on 1 February: both on time. The title is 'vice-présidente de "
              "l'AETM' (the 'de l'AETM' is the affiliation) followed by her doctorate at a university that is not "
              "her affiliation; inclusive spelling ('étudiant·e·s', also in the subject); 212 respondents and 964 "
              "hours are figures. The sender (secretary general) is not a speaker. University Zimbra webmail, Date "
              "in UTC+1. Thanked in h276-19."))


# ================================================================ 09  EN  speaker  the Sudanese society's committee voted: reply to the secretariat's answer to 01
M09_ID = "<2B6D9E41-7A3C-4F15-8C02-E5B1A7D3F960@gmail.example.com>"
M09_SUBJ = "Re: " + M01_SUBJ
M09_QID = "4DWg2Nk9Rtz7"
M09_CC = "Musab Elhassan <m.elhassan@leeds-students.example.ac.uk>"
ANSWER01_ID = "<DB7PR09MB2984A3C1F5E7B920@DB7PR09MB2984.eurprd09.prod.outlook.example.com>"


def m09():
    when = at("2021-02-02 12:30:16")
    answer = """Dear Ms Osman,

Thank you for your message. Youth and student organisations, registered or not, are among the stakeholders invited to the consultation and the conference. You are welcome to propose a speaker, giving the speaker's name, title and organisational affiliation and the role requested, by Friday 5 February 2021.

Best regards,
GCM Regional Review - Arab States secretariat"""
    text = """Hi again!

Thank you so much for the quick reply, it honestly made our week 😊

So the committee met on Sunday and we voted 🗳️ Result:

1. Amna Osman (me 🙈) - Events & Outreach Officer - open discussion on the 23rd
2. Musab Elhassan - Co-President of SSYS and final year medical student at Leeds - he'd like to be considered as rapporteur for the key messages, if that's still a thing for youth

We're both with the Sudanese Students & Youth Society UK (SSYS). Musab is cc'd (his uni email).

Thanks again!!
Amna

Sent from my iPhone

> On 26 Jan 2021, at 09:15, GCM Regional Review Arab States <gcmrrarabstates@iom.int> wrote:
>
""" + gt(answer) + "\n>\n>> On 25 Jan 2021, at 08:41, Amna Osman <amna.osman.ssys@gmail.example.com> wrote:\n>>\n" + \
        "\n".join(">> " + x if x else ">>" for x in M01_TEXT.rstrip("\n").split("\n")) + "\n"
    body = leaf("text/plain", text, "utf-8", "quoted-printable")
    m = mk(when, sent_at(when, 0, 6), "mail-wm1-f52.google.example.com", "192.0.2.52", M09_QID,
           "Amna Osman <amna.osman.ssys@gmail.example.com>", M09_SUBJ, M09_ID, body, cc=M09_CC,
           extra=[("In-Reply-To", ANSWER01_ID), ("References", M01_ID + " " + ANSWER01_ID), ("X-Mailer", IPHONE)])
    ssys = "Sudanese Students & Youth Society UK (SSYS)"
    add(9, when, m, dict(category="speaker_request", language="en", acknowledge=True, on_time=True, thread_of=H % 1,
        speakers=[sp("Amna Osman", "Events & Outreach Officer", ssys, ["open_discussion"]),
                  sp("Musab Elhassan", "Co-President", ssys, ["rapporteur"])],
        notes="the nomination announced in h276-01, sent as an iPhone reply to the secretariat's answer (References "
              "name h276-01): 'the committee ... voted' for two people, one of them the sender herself ('(me 🙈)'). "
              "'Co-President of SSYS and final year medical student at Leeds' = title Co-President (studies are not "
              "the affiliation); the rapporteur wish is hedged ('if that's still a thing for youth') but is a "
              "request. The shared affiliation is on a separate line. The quoted answer repeats 'name, title and "
              "organisational affiliation' and the deadline. The Cc'd student mailbox is full (h276-10)."))


# ================================================================ 10  EN  bounce  the Cc copy of our acknowledgement of 09: mailbox full
def m10():
    when = at("2021-02-02 12:31:20")
    rcpt = "m.elhassan@leeds-students.example.ac.uk"
    diag = "552 5.2.2 <%s>: Mailbox full - quota exceeded" % rcpt
    body = postfix_bounce(when, "4DWg3Bq5Vkz1", rcpt, "mx.leeds-students.example.ac.uk", "203.0.113.88", "552",
                          "5.2.2", diag, "Amna Osman <amna.osman.ssys@gmail.example.com>", M09_CC, M09_SUBJ, M09_ID,
                          ack_mid(M09_QID))
    rows = [("Return-Path", "<>"), ("Delivered-To", "gcmrrarabstates@iom.int"),
            ("Received", "by mx1.iom.int (Postfix)\r\n\tid 4DWg4Hs7Xmz3; %s" % rfcdate(when, "EET")),
            ("Date", rfcdate(when, "EET")),
            ("From", "MAILER-DAEMON@mx1.iom.int (Mail Delivery System)"),
            ("Subject", "Undelivered Mail Returned to Sender"),
            ("To", "gcmrrarabstates@iom.int"),
            ("Auto-Submitted", "auto-replied"),
            ("Message-Id", "<20210202103120.4DWg4Hs7Xmz3@mx1.iom.int>")]
    add(10, when, top(body, rows), dict(category="bounce", language="en", acknowledge=False, on_time=None,
        notes="Postfix DSN (552 5.2.2 mailbox full) for the copy of our acknowledgement of h276-09 sent to the Cc'd "
              "student address; the returned headers carry the thread's 'quick question re youth groups speaking' "
              "subject and both names. Never acknowledge; thread_of null as for dev bounces."))


# ================================================================ 11  AR  speaker  Sudanese diaspora youth network: three nominees decided by the team (Sudanese Arabic)
def m11():
    when = at("2021-02-03 20:14:39")
    subj = "ترشيحات الشبكة للمؤتمر 🇸🇩"
    text = """السلام عليكم يا جماعة الخير

أنا معتز، من شبكة شباب السودان بالمهجر (SYDN)، نحنا شبكة تطوعية بتجمع شباب سودانيين في السعودية والإمارات وقطر ومصر، أغلبنا اتولدنا واتربينا برة السودان وما بنعرف البلد إلا في الإجازات.

الفريق اتلمّ يوم الجمعة في اجتماع أونلاين وقررنا نرشح التلاتة ديل، وكل زول عارف دوره:

١- ريان محمد الأمين، منسقة ملف التعليم في الشبكة، عايزة تتكلم في المائدة المستديرة الأولى عن أولاد المغتربين الما لاقين مقاعد في الجامعات لا هنا ولا في السودان.
٢- أوّاب حسن كرار، مسؤول الإعلام، لو في فرصة يكون مقرر ويقدّم الرسائل الرئيسية.
٣- وأنا معتز عبدالرحيم بابكر، رئيس الشبكة، للنقاش المفتوح يوم 23.

لو في أي حاجة ناقصة كلمونا، والله شاكرين شديد 🙏

معتز عبدالرحيم بابكر
رئيس شبكة شباب السودان بالمهجر
الرياض
"""
    body = alt(text, "_000_DB8P191MB0923E4A7B1C5D382DB8P191MB0923EURP_", html=owa_html(text, rtl=True), b64=True)
    m = mk(when, sent_at(when, 3, 7), "mail-db8eur05olkn2045.outbound.protection.outlook.example.com",
           "198.51.100.45", "4DXr6Vm3Cpz9", addr("معتز بابكر", "moataz.babiker@hotmail.example.com"), hdr(subj),
           "<DB8P191MB0923E4A7B1C5D382@DB8P191MB0923.EURP191.PROD.OUTLOOK.example.com>", body,
           extra=[("Thread-Topic", hdr(subj)), ("Thread-Index", "AQHW+k3Zr8Nq1Lm5Tx2Wc7Vb4Hd9Pa=="),
                  ("Content-Language", "ar-SA"), ("X-MS-Has-Attach", ""), ("X-MS-TNEF-Correlator", "")])
    net = "شبكة شباب السودان بالمهجر (SYDN)"
    add(11, when, m, dict(category="speaker_request", language="ar", acknowledge=True, on_time=True, speakers=[
        sp("ريان محمد الأمين", "منسقة ملف التعليم", net, ["roundtable"], 1),
        sp("أوّاب حسن كرار", "مسؤول الإعلام", net, ["rapporteur"]),
        sp("معتز عبدالرحيم بابكر", "رئيس الشبكة", net, ["open_discussion"])],
        notes="Sudanese colloquial Arabic ('نحنا', 'اتلمّ', 'التلاتة ديل', 'زول', 'عايزة', 'شديد') from Outlook.com "
              "(RTL HTML, base64), flag emoji in the subject: three nominees 'decided by the team' in a list with "
              "Arabic-Indic numbers, the third being the sender ('وأنا ...'), who is first introduced by his first "
              "name only. 'في الشبكة' after a title is the affiliation named with its Latin acronym in the first "
              "sentence; 'المائدة المستديرة الأولى' = roundtable 1; 'لو في فرصة يكون مقرر' = rapporteur; 'النقاش "
              "المفتوح يوم 23' = open discussion. Date in UTC+3 (Riyadh)."))


# ================================================================ 12  FR  other  Algiers student: may an individual even ask to speak?
def m12():
    when = at("2021-02-04 10:47:55")
    subj = "question : est-ce qu'une étudiante peut demander la parole ?"
    text = """Bonjour,

Excusez-moi de vous déranger. Je suis étudiante en M2 sociologie des migrations à l'Université d'Alger 2 et je fais mon mémoire sur les jeunes harraga de Bab El Oued. Ma directrice de mémoire m'a transféré votre lettre d'invitation.

Je ne fais partie d'aucune association ni d'aucun réseau, je suis juste étudiante. Est-ce que j'ai quand même le droit de demander à intervenir, par exemple dans la discussion ouverte du 23 ? Ou c'est réservé aux organisations ? Je ne veux pas prendre la place de quelqu'un de plus légitime que moi.

Si c'est possible, qu'est-ce que je dois envoyer exactement, et avant quand ?

Merci beaucoup et bonne journée,
Amel Bensalem
"""
    body = alt(text, "----=_Part_2874410_1509937265.1612428471903", html=yahoo_html(text), b64=False)
    m = mk(when, sent_at(when, 1, 4), "sonic307-14.consmr.mail.ir2.yahoo.example.com", "198.51.100.207",
           "4DYk5Pw8Fmz2", "Amel Bensalem <amel.bensalem@yahoo.example.fr>", hdr(subj, enc="Q"),
           "<1612428471904.2874411@mail.yahoo.example.com>", body, extra=[("X-Mailer", YAHOO)])
    add(12, when, m, dict(category="other", language="fr", acknowledge=True, on_time=None,
        notes="the category turns on one sentence: 'Est-ce que j'ai quand même le droit de demander à intervenir, par "
              "exemple dans la discussion ouverte du 23 ?' asks whether she may ask, it does not ask; she then asks "
              "what to send and by when. No speaker (compare h276-13, where the request is made in case it is "
              "allowed). Her studies, thesis topic and name are not a proposal. Yahoo, Date in UTC+1."))


# ================================================================ 13  EN  speaker  young refugee in Amman: 'in case individuals can, take this as my request'
def m13():
    when = at("2021-02-05 22:18:30")
    subj = "Request to speak (if individuals can?)"
    text = """Dear GCM team,

I honestly don't know if individuals are allowed to do this, so please tell me if I'm in the wrong place. But the deadline is tonight so I'm just going to send it: if it's possible, please take this as my request to take the floor in the open discussion on 23 February.

About me: my name is Dina Qasem, I'm 24, I'm a Palestinian refugee from Syria (Yarmouk) living in Amman, and I volunteer as a youth facilitator with the Jabal Al-Nuzha Youth Circle, a small community initiative (we're not registered). I'd speak about young refugees who finished school and have nowhere to go: no work permits for most jobs, university fees as foreigners, and resettlement that never comes.

If only organisations can speak, no problem at all, I will just follow online.

Thank you,
Dina

Sent from my iPhone
"""
    body = leaf("text/plain", text, "utf-8", "quoted-printable")
    m = mk(when, sent_at(when, 2, 5), "mail-wr1-f47.google.example.com", "192.0.2.47", "4DZh1Xc6Tnz8",
           "Dina Qasem <dina.qasem97@gmail.example.com>", subj,
           "<C4E19B2A-6D7F-4A83-B5E0-91F2C8D3A746@gmail.example.com>", body, extra=[("X-Mailer", IPHONE)])
    add(13, when, m, dict(category="speaker_request", language="en", acknowledge=True, on_time=True, speakers=[
        sp("Dina Qasem", "youth facilitator", "Jabal Al-Nuzha Youth Circle", ["open_discussion"])],
        notes="unsure whether individuals may speak, but she makes the request anyway ('if it's possible, please take "
              "this as my request to take the floor in the open discussion on 23 February'): a speaker request, "
              "unlike h276-12. Self-nomination in prose: title from 'I volunteer as a youth facilitator with the "
              "...', affiliation the unregistered initiative she names; 24 (her age) and Yarmouk are background. "
              "On time: 22:18 on the speaker deadline (Amman, UTC+2). iPhone plain text."))


# ================================================================ 14  AR  speaker  Moroccan returnees' youth coordinator in Darija, nine minutes late
def m14():
    when = at("2021-02-06 00:09:44")
    subj = "طلب المشاركة كمتدخل - جمعية شباب الهجرة والتنمية"
    text = """السلام عليكم

سمحو ليا على التأخير، عاد دابا سالينا الاجتماع ديال الفريق على Zoom. الفريق قرر بالإجماع أنني أنا اللي غادي نمثل الجمعية ف l'examen régional.

الاسم: زكرياء الحمداوي
الصفة: منسق خلية الشباب العائدين
الجمعية: جمعية شباب الهجرة والتنمية - بني ملال

بغيت نتدخل ف المائدة المستديرة الثانية، حيت كنخدمو مع الشباب اللي رجعو من إسبانيا وإيطاليا بعد كوفيد وما لقاو حتى خدمة هنا. إلا ما كانتش بلاصة ف الثانية، حتى الجلسة العامة مزيانة.

و الله يخليكم قولو ليا واش وصلكم فالوقت، راه مازال الجمعة عندنا 😅

شكرا بزاف
زكرياء
"""
    body = alt(text, "000000000000a91d6c05ba9c0e72", html=android_html(text), b64=True)
    m = mk(when, sent_at(when, 1, 4), "mail-wm1-f67.google.example.com", "192.0.2.67", "4F0Ad3Lq7Wz5",
           "Zakaria Hamdaoui <zakaria.hamdaoui.jhd@gmail.example.com>", hdr(subj),
           "<CAH8rTn3Wq6pX1vM+c4Kd9Zb2sF7gLy5eJ0@mail.gmail.example.com>", body)
    add(14, when, m, dict(category="speaker_request", language="ar", acknowledge=True, on_time=False, speakers=[
        sp("زكرياء الحمداوي", "منسق خلية الشباب العائدين", "جمعية شباب الهجرة والتنمية",
           ["roundtable", "plenary"], 2)],
        notes="late by nine minutes: received 00:09:44 Beirut on Saturday 6 February while the Date header is Fri 5 Feb "
              "23:09:40 +0100 and the sender says 'راه مازال الجمعة عندنا': on_time follows the Beirut receive time. "
              "Moroccan Darija in Arabic script with French ('l'examen régional') and Zoom; the team decided he "
              "represents the association; labelled lines (الاسم / الصفة / الجمعية): ' - بني ملال' after the "
              "association is its city, not part of the name (the subject has the name alone); 'المائدة المستديرة الثانية' first, 'حتى الجلسة العامة مزيانة' as fallback. "
              "Gmail Android, base64, Latin From name."))


# ================================================================ 15  FR  speaker  the Brussels collective replaces its nominee the day after the deadline
def m15():
    when = at("2021-02-06 16:20:41")
    text = """Re-salam,

Petit changement de notre côté 🙏 Sara vient d'apprendre que sa soutenance de mémoire est fixée au 24 février, donc elle ne pourra pas intervenir. L'équipe en a reparlé hier soir et c'est Yanis qui la remplace :

Yanis Ait Ouaharou – trésorier du CJBM, éducateur de rue à Molenbeek

Même table ronde si c'est toujours possible. Je sais que la date limite c'était hier, j'espère que ça passe vu que c'est juste un remplacement 🤞

Ilyas

Le mar. 26 janv. 2021 à 20:37, Ilyas Bouzidi <ilyas.cjbm@gmail.example.com> a écrit :

""" + gt(M02_TEXT) + "\n"
    body = alt(text, "000000000000c6f24b05baa7d1e9", html=gmail_html(text))
    m = mk(when, sent_at(when, 1, 7), "mail-ed1-f44.google.example.com", "192.0.2.44", "4F0Rk8Sv2Gz1",
           "Ilyas Bouzidi <ilyas.cjbm@gmail.example.com>", hdr("Re: " + M02_SUBJ),
           "<CAM4xRt9Yq3nB5wK+f2Lc6Zd8sP1gHv7kT4@mail.gmail.example.com>", body,
           extra=[("In-Reply-To", M02_ID), ("References", M02_ID)])
    add(15, when, m, dict(category="speaker_request", language="fr", acknowledge=True, on_time=False,
        thread_of=H % 2, speakers=[
            sp("Yanis Ait Ouaharou", "trésorier", "Collectif des Jeunes Belgo-Marocains pour la Mobilité (CJBM)",
               ["roundtable"], 3)],
        notes="replacement of the nominee of h276-02 by a Gmail reply to the first mail (In-Reply-To h276-02), the "
              "day after the speaker deadline and the sender knows it ('la date limite c'était hier ... juste un "
              "remplacement'): on_time false all the same. Only the new speaker is labelled; Sara is named in the "
              "new text and the quote. 'trésorier du CJBM, éducateur de rue à Molenbeek': title 'trésorier', the "
              "street-work job is not the affiliation; 'Même table ronde' = 3 from the quoted first mail, which "
              "also holds the full affiliation. '24 février' is her thesis defence."))


# ================================================================ 16  EN  report  youth research lab: PDF report + an Instagram infographic; no speaker (deadline passed)
M16_ID = "<AM9P193MB1428B7E2D4C6A051@AM9P193MB1428.EURP193.PROD.OUTLOOK.example.com>"
M16_SUBJ = "AYML voluntary report - Youth Voices on the Move"
M16_QID = "4F2Wx5Rn3Tz7"
M16_FILE = "AYML_Youth_Voices_GCM_Review_2021_FINAL (2).pdf"
M16_IMG = "ayml_infographic_insta.png"


def m16():
    when = at("2021-02-08 13:10:22")
    text = """Hi all,

Attached is the voluntary GCM review report from the Arab Youth Migration Lab (AYML) 📎 "Youth Voices on the Move". It's based on 38 online focus groups we ran with young migrants, refugees and returnees (18-30) in Egypt, Jordan, Lebanon, Tunisia and Iraq between October and December 2020, all facilitated by volunteers in Arabic, English and French.

I also attached the infographic we made for Instagram in case it's useful for the conference slides, but it's not part of the report.

We would've loved to have one of our volunteers speak, but we saw the deadline for speakers was last Friday, so no worries, we'll follow online and share the key messages with our community.

Best,
Nada

Nada Fahmy
Research Coordinator | Arab Youth Migration Lab (AYML)
Pronouns: she/her

Get Outlook for Android
"""
    pdf = rep_pdf("Youth Voices on the Move", "Arab Youth Migration Lab (AYML)",
                  ["38 focus groups, Oct-Dec 2020", "Young returnees", "Young refugees and education",
                   "Digital lives on the move", "Recommendations from young people"])
    a = alt(text, "_000_AM9P193MB1428B7E2D4C6A051AM9P193MB1428EURP_", html=owa_html(text))
    body = multi("mixed", [a, attach("application/pdf", pdf, M16_FILE),
                           attach("image/png", make_png(64, 64, (250, 170, 40)), M16_IMG)],
                 "_004_AM9P193MB1428B7E2D4C6A051AM9P193MB1428EURP_")
    m = mk(when, sent_at(when, 2, 8), "mail-am9eur07olkn2094.outbound.protection.outlook.example.com",
           "198.51.100.94", M16_QID, "Nada Fahmy <nada.fahmy.ayml@outlook.example.com>", M16_SUBJ, M16_ID, body,
           cc="AYML Team <team@ayml.example.org>",
           extra=[("Thread-Topic", M16_SUBJ), ("Thread-Index", "AQHW/fT5c2Lm8Nq1Rx4Vb7Kd0Hw3Zg=="),
                  ("Content-Language", "en-US"), ("X-MS-Has-Attach", "yes"), ("X-MS-TNEF-Correlator", "")])
    add(16, when, m, dict(category="voluntary_report", language="en", acknowledge=True, on_time=True,
        report_attachments=[M16_FILE],
        notes="a youth research lab's report (PDF whose name ends in 'FINAL (2)'); the Instagram infographic is "
              "attached too but 'it's not part of the report'. The category turns on one sentence: 'We would've loved "
              "to have one of our volunteers speak, but we saw the deadline for speakers was last Friday' declines, "
              "names nobody: report only. 38 focus groups, 18-30 and October-December 2020 are data. Outlook for "
              "Android (Outlook.com), Date in UTC+2; the team inbox in Cc answers our acknowledgement (h276-17)."))


# ================================================================ 17  EN  auto_reply  the lab's team inbox autoresponder on our acknowledgement of 16
def m17():
    when = at("2021-02-08 13:11:05")
    ack = ack_mid(M16_QID)
    text = """Hey there 👋

Thanks for writing to the Arab Youth Migration Lab! We're a 100% volunteer-run team, so we usually get back to you within 5-7 days.

Want to volunteer, join one of our focus groups or invite one of our speakers to your event? Fill in the form at ayml.example.org/contact and the right person will reach out.

Stay safe 💛
The AYML Team
"""
    body = alt(text, "000000000000e27a4105baccd519", html=gmail_html(text))
    rows = std_rows(when, "mail-sor-f69.google.example.com", "192.0.2.69", "4F2Wy8Dp6Kz0",
                    "AYML Team <team@ayml.example.org>", "Re: Acknowledgement of receipt - " + M16_SUBJ,
                    rfcdate(sent_at(when, 2, 3)), "<CAK9mVq2Tz5xR8wN+b1Hc4Lp7sD3fGy6eW2@mail.gmail.example.com>",
                    extra=[("Auto-Submitted", "auto-replied")], ret="")
    rows = [(k, "<>" if k == "Return-Path" else v) for k, v in rows]
    rows += [("In-Reply-To", ack), ("References", M16_ID + " " + ack), ("Precedence", "bulk"),
             ("X-Autoreply", "yes")]
    add(17, when, top(body, rows), dict(category="auto_reply", language="en", acknowledge=False, on_time=None,
        notes="vacation-style autoresponder of the lab's team inbox (in Cc of h276-16) answering our acknowledgement "
              "43 seconds later (References name h276-16; Auto-Submitted, X-Autoreply, Precedence: bulk, null "
              "Return-Path): informal, with emojis, and it mentions volunteering and 'invite one of our speakers', "
              "which must not be read as a request. Never acknowledge; thread_of null as for dev auto-replies."))


# ================================================================ 18  AR  report  Irbid youth network: DOCX from an iPhone + a workshop photo
M18_FILE = "تقرير الشبكة - النسخة النهائية.docx"
M18_IMG = "IMG_4471.PNG"


def m18():
    when = at("2021-02-09 21:44:18")
    subj = "التقرير الطوعي ✅"
    text = """مرحبا

مرفق التقرير الطوعي تبع شبكة شباب إربد للهجرة واللجوء 📎 اشتغلنا عليه أنا والشباب من أول كانون الثاني، وفيه شهادات 40 شب وصبية من السوريين والعراقيين والأردنيين اللي عايشين بالمخيمات وحواليها.

حطينا كمان صورة من ورشة الكتابة (مش جزء من التقرير، بس حبينا تشوفوها 😊).

إذا في أي مشكلة بالملف احكولي.

شكراً إلكم
بيان
"""
    doc = make_docx(["شبكة شباب إربد للهجرة واللجوء", "التقرير الطوعي - الاستعراض الإقليمي للاتفاق العالمي للهجرة",
                     "أولاً: من نحن", "ثانياً: شهادات 40 شاباً وشابة", "ثالثاً: التعليم والعمل بعد المدرسة",
                     "رابعاً: توصيات الشباب"])
    body = multi("mixed", [leaf("text/plain", text, "utf-8", "base64"), attach(DOCX, doc, M18_FILE),
                           attach("image/png", make_png(40, 30, (180, 140, 90)), M18_IMG),
                           leaf("text/plain", "\n\nSent from my iPhone\n", "us-ascii", "7bit")],
                 "Apple-Mail-6F1B3D8E-2A47-4C95-B0E3-7D21C8A5F946")
    m = mk(when, sent_at(when, 2, 11), "st43p00im-zteg10071901.me.example.com", "203.0.113.44", "4F3Ct7Mn1Xz4",
           "Bayan Obeidat <bayan.obeidat@icloud.example.com>", hdr(subj),
           "<A3D7F1C2-9E4B-4B68-8F15-2C0E6A9B7D31@icloud.example.com>", body, extra=[("X-Mailer", IPHONE)])
    add(18, when, m, dict(category="voluntary_report", language="ar", acknowledge=True, on_time=True,
        report_attachments=[M18_FILE],
        notes="a youth network's report from an iPhone: three lines of Jordanian colloquial ('تبع', 'شب وصبية', "
              "'احكولي') with emojis, subject '✅'; the network is named only in the body and the sender signs with her "
              "first name. Apple layout [text, DOCX, photo, text]: the DOCX (Arabic name, RFC 2231 + RFC 2047) is the "
              "report, the workshop photo 'مش جزء من التقرير'. 40 testimonies and كانون الثاني are not event data. "
              "Date in UTC+2."))


# ================================================================ 19  FR  other  thank-you to our acknowledgement of 08 (Zimbra)
def m19():
    when = at("2021-02-10 09:15:33")
    ack = ack_mid(M08_QID)
    quoted = ack_text("fr", M08_SUBJ, "votre rapport volontaire et de votre demande de prise de parole")
    text = """Merci beaucoup pour l'accusé de réception 🙏 Yasmine vous remercie aussi !

Bonne continuation à toute l'équipe,
Skander

----- Mail original -----
De: "GCM Regional Review Arab States" <gcmrrarabstates@iom.int>
À: "Skander Jaziri" <skander.jaziri@etu.umontpellier.example.fr>
Envoyé: Lundi 1 Février 2021 17:04:02
Objet: Accusé de réception - """ + M08_SUBJ + "\n\n" + gt(quoted) + "\n"
    body = alt(text, "=_a4f1c9e2-7b38-4d05-8c6e-1f29b7d3e580", html=zimbra_html(text))
    m = mk(when, sent_at(when, 1, 6), "smtp.umontpellier.example.fr", "193.51.152.20", "4F3Yn2Gd8Rz6",
           "Skander Jaziri <skander.jaziri@etu.umontpellier.example.fr>",
           hdr("Re: Accusé de réception - " + M08_SUBJ, enc="Q"),
           "<402918377.45120983.1612941333190.JavaMail.zimbra@umontpellier.example.fr>", body,
           extra=[("In-Reply-To", ack), ("References", M08_ID + " " + ack), ("X-Mailer", ZIMBRA),
                  ("X-Originating-IP", "[90.112.45.17]")])
    add(19, when, m, dict(category="other", language="fr", acknowledge=False, on_time=None, thread_of=H % 8,
        notes="two-line thank-you answering our acknowledgement of h276-08 (References name h276-08), with the "
              "acknowledgement quoted under a Zimbra '----- Mail original -----' block that repeats 'rapport "
              "volontaire' and 'prise de parole': adds nothing new, so no acknowledgement. 'Yasmine vous remercie "
              "aussi' names the speaker already proposed."))


# ================================================================ 20  AR  both  Iraqi students' league in Istanbul: report on time, speaker late (Iraqi Arabic)
M20_FILE = "تقرير رابطة الطلبة العراقيين في تركيا - الهجرة والدراسة.pdf"


def m20():
    when = at("2021-02-11 19:02:11")
    subj = "تقرير الرابطة + ترشيح متحدثة"
    text = """السلام عليكم

شلونكم؟ إن شاء الله بخير.

أرسل لكم بالمرفق التقرير الطوعي مال رابطة الطلبة العراقيين في تركيا. التقرير يحچي عن الطلاب اللي إجوا يدرسون بإسطنبول وأنقرة وبعدين صاروا عالقين، لا إقامة طالب تتجدد بسهولة ولا يگدرون يرجعون، وعن الشباب اللي يشتغلون بدون تصريح حتى يدفعون الأقساط.

وإذا بعد اكو مجال، الهيئة الإدارية قررت نرشح زميلتنا زينب علي الموسوي، مسؤولة الشؤون الأكاديمية بالرابطة، حتى تقدم مداخلة بالجلسة العامة. أدري تأخرنا بهاي، بس هسه بس خلصنا الامتحانات.

تحياتي
حيدر كاظم
عضو الهيئة الإدارية - رابطة الطلبة العراقيين في تركيا
إسطنبول
"""
    pdf = rep_pdf("Voluntary report - Iraqi Students League in Turkey", "Istanbul, February 2021",
                  ["Iraqi students in Turkey: numbers and cities", "Student residence permits",
                   "Working without a permit to pay fees", "Return and recognition of diplomas", "Recommendations"])
    a = alt(text, "000000000000b8e3f205bb1a6c27", html=gmail_html(text, rtl=True), b64=True)
    body = multi("mixed", [a, attach("application/pdf", pdf, M20_FILE)], "000000000000b8e3f405bb1a6c29")
    m = mk(when, sent_at(when, 3, 6), "mail-lf1-f48.google.example.com", "192.0.2.48", "4F4Km9Tb5Hz3",
           "Haider Kadhim <haider.kadhim.ist@gmail.example.com>", hdr(subj),
           "<CAF2pWn7Rk4tX9vQ+d6Lb1Zc8sH3gMy5jE2@mail.gmail.example.com>", body)
    add(20, when, m, dict(category="both", language="ar", acknowledge=True, on_time=False, speakers=[
        sp("زينب علي الموسوي", "مسؤولة الشؤون الأكاديمية", "رابطة الطلبة العراقيين في تركيا", ["plenary"])],
        report_attachments=[M20_FILE],
        notes="'both' on 11 February: the report is on time but the speaker part is late (the sender knows: 'أدري "
              "تأخرنا بهاي'), so on_time false. Iraqi colloquial with گ and چ ('شلونكم', 'مال', 'يحچي', 'يگدرون', "
              "'اكو', 'هسه'); 'وإذا بعد اكو مجال' hedges but makes the request; 'الهيئة الإدارية قررت' = decided by "
              "the board; 'بالرابطة' points to the league named earlier; 'مداخلة بالجلسة العامة' = plenary. The "
              "sender (board member) is not a speaker. PDF with a long Arabic name (RFC 2231 + RFC 2047). Gmail, "
              "base64, Date in UTC+3."))


# ================================================================ 21  FR  report  Lyon Algerian youth association (French + Algerian Darija), Outlook.com
M21_ID = "<DB8P190MB0651C4E9A2B7D318@DB8P190MB0651.EURP190.PROD.OUTLOOK.example.com>"
M21_SUBJ = "Rapport volontaire - AJAL Passerelles (Lyon)"
M21_FILE = "Rapport AJAL Passerelles - GCM 2021.docx"
M21_TEXT = """Bonjour à toute l'équipe,

Je vous envoie le rapport volontaire de l'Association des Jeunes Algériens de Lyon – Passerelles (AJAL Passerelles) pour l'examen régional. Wallah on a galéré pour le finir entre les partiels et le couvre-feu, mais c'est fait 💪

On y parle des jeunes arrivés d'Algérie après 2019 : étudiants qui perdent leur titre de séjour quand ils changent de filière, jeunes harraga arrivés mineurs qui tombent dans la rue à 18 ans, et nos membres nés ici qui veulent s'installer au bled et galèrent avec l'équivalence des diplômes. Khouya, c'est bezzaf de sujets, mais on a essayé de rester court (14 pages).

Saha et merci pour votre travail,

Rayane Meziane
Secrétaire – AJAL Passerelles
Lyon 7e
"""


def m21():
    when = at("2021-02-14 11:02:37")
    doc = make_docx(["Association des Jeunes Algériens de Lyon – Passerelles", "Rapport volontaire – Examen régional",
                     "1. Étudiants et changement de filière", "2. Jeunes arrivés mineurs", "3. Retour et équivalences",
                     "4. Recommandatoins"])
    a = alt(M21_TEXT, "_000_DB8P190MB0651C4E9A2B7D318DB8P190MB0651EURP_", html=owa_html(M21_TEXT))
    body = multi("mixed", [a, attach(DOCX, doc, M21_FILE)], "_004_DB8P190MB0651C4E9A2B7D318DB8P190MB0651EURP_")
    m = mk(when, sent_at(when, 1, 7), "mail-db8eur05olkn2062.outbound.protection.outlook.example.com",
           "198.51.100.62", "4F6Ch4Wz8Lz2", "Rayane Meziane <rayane.meziane@outlook.example.fr>", M21_SUBJ, M21_ID,
           body, extra=[("Thread-Topic", M21_SUBJ), ("Thread-Index", "AQHXAsK4m7Nv2Lp9Tr5Wx1Cd8Fq3Hb=="),
                        ("Content-Language", "fr-FR"), ("X-MS-Has-Attach", "yes"), ("X-MS-TNEF-Correlator", "")])
    add(21, when, m, dict(category="voluntary_report", language="fr", acknowledge=True, on_time=True,
        report_attachments=[M21_FILE],
        notes="French with Algerian Darija and emojis ('Wallah on a galéré', 'Khouya, c'est bezzaf de sujets', "
              "'Saha'): report as a DOCX; 2019, 18 ans and 14 pages are not event data; 'harraga' is not a role. The "
              "association is named in full with an en dash and its short name in brackets. Outlook.com, Date in "
              "UTC+1. Replaced four hours later by the version without typos (h276-22)."))


# ================================================================ 22  FR  report  the same association resends the report without the typos
M22_FILE = "Rapport AJAL Passerelles - GCM 2021 (version corrigée).docx"


def m22():
    when = at("2021-02-14 15:26:12")
    text = """Re-bonjour,

Dsl 🙈 je vous ai envoyé ce matin une version pleine de fautes de frappe (même le nom de notre présidente était mal écrit…). Voici la bonne version, merci de remplacer la première et de ne pas tenir compte de l'ancienne.

Rayane

________________________________
De : Rayane Meziane <rayane.meziane@outlook.example.fr>
Envoyé : dimanche 14 février 2021 10:02
À : gcmrrarabstates@iom.int <gcmrrarabstates@iom.int>
Objet : """ + M21_SUBJ + "\n\n" + M21_TEXT
    doc = make_docx(["Association des Jeunes Algériens de Lyon – Passerelles", "Rapport volontaire – Examen régional",
                     "1. Étudiants et changement de filière", "2. Jeunes arrivés mineurs", "3. Retour et équivalences",
                     "4. Recommandations"])
    a = alt(text, "_000_DB8P190MB0651F7A2C9E4B165DB8P190MB0651EURP_", html=owa_html(text))
    body = multi("mixed", [a, attach(DOCX, doc, M22_FILE)], "_004_DB8P190MB0651F7A2C9E4B165DB8P190MB0651EURP_")
    m = mk(when, sent_at(when, 1, 6), "mail-db8eur05olkn2062.outbound.protection.outlook.example.com",
           "198.51.100.62", "4F6Lq7Bc3Nz9", "Rayane Meziane <rayane.meziane@outlook.example.fr>", "RE: " + M21_SUBJ,
           "<DB8P190MB0651F7A2C9E4B165@DB8P190MB0651.EURP190.PROD.OUTLOOK.example.com>", body,
           extra=[("In-Reply-To", M21_ID), ("References", M21_ID), ("Thread-Topic", M21_SUBJ),
                  ("Thread-Index", "AQHXAsK4m7Nv2Lp9Tr5Wx1Cd8Fq3HbAAEk7Lw=="), ("Content-Language", "fr-FR"),
                  ("X-MS-Has-Attach", "yes"), ("X-MS-TNEF-Correlator", "")])
    add(22, when, m, dict(category="voluntary_report", language="fr", acknowledge=True, on_time=True,
        report_attachments=[M22_FILE], thread_of=H % 21,
        notes="corrected version replacing the report of h276-21 ('merci de remplacer la première'), an Outlook.com "
              "'RE:' to her own mail (In-Reply-To h276-21) with the first mail quoted under 'De : / Envoyé : / À : / "
              "Objet :'; only the new DOCX ('(version corrigée)', accent and brackets, RFC 2231 + RFC 2047) is "
              "attached and listed; 'le nom de notre présidente' is inside the report, nobody is proposed. On time "
              "(14 February); thread_of h276-21."))


# ================================================================ 23  AR  report  Syrian youth network in Germany at 23:58 on the report deadline
M23_FILE = "تقرير شبكة جسور للشباب السوري في ألمانيا.pdf"


def m23():
    when = at("2021-02-16 23:58:36")
    subj = "تقرير شبكة جسور - يا رب يوصل عالوقت 🙏"
    text = """مرحبا،

معكم راما من شبكة جسور للشباب السوري في ألمانيا. بعتذر كتير عالتأخير، كنا عم نراجع الترجمة لآخر لحظة.

مرفق تقريرنا الطوعي عن تجربة الشباب السوري اللي وصل ألمانيا بين 2015 و2016 وهنن قاصرين: شو صار معهن بالـ Ausbildung والجامعة، لمّ الشمل مع أهاليهن، والخوف من الترحيل بعد ما يخلص الـ subsidiärer Schutz.

هلق عنا الساعة 10:58 بالليل، يعني إذا حسبتها صح لسا في دقيقة عندكم ببيروت 😅

شكراً كتير،
راما السيد
منسقة المشاريع - شبكة جسور للشباب السوري في ألمانيا
برلين
"""
    pdf = rep_pdf("Jusoor - Syrian Youth Network in Germany", "Voluntary report, February 2021",
                  ["Arrived as minors in 2015-2016", "Ausbildung and university", "Family reunification",
                   "Subsidiary protection and fear of deportation", "Recommendations"])
    a = alt(text, "000000000000d4c29f05bb7e3a81", html=gmail_html(text, rtl=True), b64=True)
    body = multi("mixed", [a, attach("application/pdf", pdf, M23_FILE)], "000000000000d4c2a105bb7e3a83")
    m = mk(when, sent_at(when, 1, 12), "mail-ej1-f51.google.example.com", "192.0.2.51", "4F8Bz1Vm6Qz0",
           "Rama Alsayed <rama.alsayed.jusoor@gmail.example.com>", hdr(subj),
           "<CAE5nRw3Kt8qV2xP+h7Mc1Zb4sJ9dLy6fT3@mail.gmail.example.com>", body)
    add(23, when, m, dict(category="voluntary_report", language="ar", acknowledge=True, on_time=True,
        report_attachments=[M23_FILE],
        notes="deadline edge: received 23:58:36 Beirut on 16 February, 83 seconds before the end (Date header "
              "22:58:24 +0100, Berlin); the sender computes the time difference herself ('لسا في دقيقة عندكم') and "
              "the subject prays it arrives in time. Levantine colloquial ('بعتذر كتير', 'عم نراجع', 'هلق', 'هنن') "
              "with German words (Ausbildung, subsidiärer Schutz); 2015-2016 and 10:58 are not a deadline issue. "
              "PDF with an Arabic name (RFC 2231 + RFC 2047). Gmail, base64."))


# ================================================================ 24  AR  other  the Yemeni forum withdraws its speaker, replying to our acknowledgement of 04
def m24():
    when = at("2021-02-17 11:30:02")
    ack = ack_mid(M04_QID)
    quoted = ack_text("ar", M04_SUBJ, "طلب المشاركة (متحدثة واحدة)")
    text = """السلام عليكم

للأسف حبيت أبلغكم إن الأخت هديل الشرعبي ما بتقدر تشارك في النقاش المفتوح يوم 23، لأنهم قدّموا موعد مناقشة رسالتها لنفس اليوم 😔 وتناقشنا في القروب وما لقينا أحد ثاني جاهز يتكلم بدالها، فالأفضل تشيلوا اسمها من القائمة.

وكنا ناويين نرسل تقرير عن الطلاب العالقين بس للأسف ما قدرنا نكمله قبل الموعد.

بنتابع المؤتمر أونلاين إن شاء الله، وشكراً على تعاونكم

عمار الحبيشي
منسق ملتقى الطلبة اليمنيين في ماليزيا

Sent from my iPhone

> في ٢٨‏/٠١‏/٢٠٢١، الساعة ١٠:٠٥ م، كتب GCM Regional Review Arab States <gcmrrarabstates@iom.int>:
>
""" + gt(quoted) + "\n"
    body = leaf("text/plain", text, "utf-8", "base64")
    m = mk(when, sent_at(when, 8, 8), "st43p00im-ztdg10061801.me.example.com", "203.0.113.43", "4F8Vd5Kp2Wz7",
           "Ammar Al-Hubaishi <ammar.alhubaishi@icloud.example.com>", re_hdr("Re: ", "إشعار استلام - " + M04_SUBJ),
           "<9E2B4C71-5A8D-4D36-A0F9-3B7E1C6D2F58@icloud.example.com>", body,
           extra=[("In-Reply-To", ack), ("References", M04_ID + " " + ack), ("X-Mailer", IPHONE_OLD)])
    add(24, when, m, dict(category="other", language="ar", acknowledge=True, on_time=None, thread_of=H % 4,
        notes="withdrawal of the speaker proposed in h276-04, as an iPhone reply to our acknowledgement (References "
              "name h276-04): 'تشيلوا اسمها من القائمة' and nobody replaces her ('ما لقينا أحد ثاني'), so no speaker; "
              "'كنا ناويين نرسل تقرير ... ما قدرنا نكمله' says no report is coming. Other, in the thread of h276-04, "
              "and acknowledged: the secretariat must act on it, unlike a thank-you. The quoted acknowledgement "
              "repeats the speaker request (iPhone Arabic quote line with Arabic-Indic digits). Date in UTC+8."))


def main():
    for f in (m01, m02, m03, m04, m05, m06, m07, m08, m09, m10, m11, m12, m13, m14, m15, m16, m17, m18, m19,
              m20, m21, m22, m23, m24):
        f()
    SET.write()


if __name__ == "__main__":
    main()
