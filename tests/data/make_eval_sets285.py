#!/usr/bin/env python3
"""Write the blind evaluation set holdout285 (24 raw .eml messages + labels.json).

Deterministic, standard library only:  python3 tests/data/make_eval_sets285.py
Theme: media, culture and sport (25 January - 18 February 2021).  A Beirut freelance photojournalist asking for
press accreditation only ('I'm not asking for a speaking slot'), who a week later asks for a plenary slot for her
union in a reply to our acknowledgement; a Sudanese journalists' network asking accreditation for two reporters and
a roundtable slot for its 'أمينة الحريات' (the Cc'd secretary-general's Exchange out-of-office answers); a Tunis
documentary collective that wants to screen its film (the director 'pourrait dire quelques mots'); an Amman girls'
football club proposing its captain and volunteer goalkeeper coach; an Egyptian zajal poet in Kuwait offering a poem
as his 'مساهمة'; a Brussels Amazigh cultural centre proposing a gnawa maâlem (withdrawn two weeks later); a Beirut
artists' collective sending its report with artworks and one sentence about an exhibition (its studio mailbox
auto-replies); a Mosul theatre troupe in Iraqi dialect proposing its director and an actor (then thanking us); a
Maghreb journalists' network sending report, guide and rapporteur; a runner's 'Athlete Ambassador' nominated from
Doha after midnight local time (23:41 in Beirut); a Casablanca boxing club 7 minutes late (the president's Cc
mailbox is full); a documentary photographer whose exhibition request ends with a request for the floor; an Irbid
chess club that only wants to watch; a Sudanese cultural house in Cairo pasting its report in windows-1256; a
Djibouti slam collective whose 'contribution' is a poem; an Amman media-ethics observatory's report with a late
speaker; a Beirut theatre company at 23:57 on the report deadline; a London diaspora cultural centre 24 minutes
late.  Helpers from mailgen.py.
"""
import datetime as dt

from mailgen import (EvalSet, DOCX, POSTFIX_NOTICE, addr, alt, at, attach, dsn_report, esc, flowed, gmail_html, hdr,
                     html_only, leaf, make_docx, make_pdf, make_png, mk, multi, re_hdr, rep_pdf, rfcdate, sent_at,
                     sp, std_rows, top)
from mailgen import outlook_html, outlook_rows as outlook
from mailgen import quote_block as gt, ack_id as ack_mid, logo

SET = EvalSet(285)
add = SET.add
H = "h285-%02d.eml"

IPHONE = "iPhone Mail (18D52)"
TB = "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:78.0) Gecko/20100101 Thunderbird/78.7.1"
TB_MAC = "Mozilla/5.0 (Macintosh; Intel Mac OS X 10.15; rv:78.0) Gecko/20100101 Thunderbird/78.7.1"
APPLE = "Apple Mail (2.3654.60.0.2.21)"
MAC_OUTLOOK = "Microsoft-MacOutlook/16.45.21011103"
YAHOO = "WebService/1.1.17712 YMailNorrin"


# ---------------------------------------------------------------- client-specific HTML
def apple_html(text):
    inner = "".join("<div>%s</div>" % (esc(x) if x else "<br class=\"\">") for x in text.rstrip("\n").split("\n"))
    return ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body '
            'style="word-wrap: break-word; -webkit-nbsp-mode: space; line-break: after-white-space;" class="">'
            '%s</body></html>\n' % inner)


def yahoo_html(text, rtl=False):
    d = "rtl" if rtl else "ltr"
    lines = "".join('<div dir="%s" data-setdir="false">%s</div>' % (d, esc(x) if x else "<br>")
                    for x in text.rstrip("\n").split("\n"))
    return ('<html><head></head><body><div class="ydp7c41e0b2yahoo-style-wrap" style="font-family:Helvetica Neue, '
            'Helvetica, Arial, sans-serif;font-size:13px;">%s</div></body></html>\n' % lines)


def android_html(text, rtl=False):
    d = "rtl" if rtl else "auto"
    inner = "<br>".join(esc(x) for x in text.rstrip("\n").split("\n"))
    return ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body>'
            '<div dir="%s">%s</div></body></html>\n' % (d, inner))


def tb_html(text):
    inner = "<br>\n".join(esc(x) for x in text.rstrip("\n").split("\n"))
    return ('<html>\n  <head>\n    <meta http-equiv="content-type" content="text/html; charset=UTF-8">\n  </head>\n'
            '  <body>\n    <p>%s</p>\n  </body>\n</html>\n' % inner)


def mac_outlook_html(text, lang="EN-US"):
    inner = "".join('<div><span style="font-size:11pt">%s</span></div>' % (esc(x) if x else "&nbsp;")
                    for x in text.rstrip("\n").split("\n"))
    return ('<html xmlns:o="urn:schemas-microsoft-com:office:office"><head><meta http-equiv="Content-Type" '
            'content="text/html; charset=utf-8"><meta name="Generator" content="Microsoft Word 15 (filtered '
            'medium)"></head><body lang="%s" link="#0563C1"><div class="WordSection1">%s</div></body></html>\n'
            % (lang, inner))


def img(name, rgb, w=40, h=30, inline=False):
    """A small picture attachment (a PNG stand-in for a photo, poster or artwork)."""
    return attach("image/png", make_png(w, h, rgb), name, inline=inline)


def ack_text(lang, subject, what):
    if lang == "ar":
        return ("حضرات السادة المحترمين،\n\nتؤكد أمانة الاستعراض الإقليمي للاتفاق العالمي من أجل الهجرة الآمنة "
                "والمنظمة والنظامية في المنطقة العربية استلام رسالتكم «%s» و%s، وستتواصل معكم الأمانة لاحقاً "
                "بشأن البرنامج.\n\nالاستعراض الإقليمي للاتفاق العالمي للهجرة - المنطقة العربية" % (subject, what))
    if lang == "fr":
        return ("Madame, Monsieur,\n\nLe secrétariat de l'examen régional du Pacte mondial sur les migrations dans la "
                "région arabe accuse réception de votre message « %s » et de %s. Le secrétariat reviendra vers vous "
                "au sujet du programme.\n\nExamen régional du PMM - États arabes" % (subject, what))
    return ("Dear colleague,\n\nThe secretariat of the Regional Review of the Global Compact for Migration in the Arab "
            "region acknowledges receipt of your message \"%s\" and of %s. The secretariat will come back to you "
            "about the programme.\n\nGCM Regional Review - Arab States" % (subject, what))


# ================================================================ 01  EN  other  freelance photojournalist: press accreditation only
M01_ID = "<CAJ7tQe2Vr9mK4xP+w1Hc6Zb3sN8dLf5gY0@mail.gmail.example.com>"
M01_SUBJ = "Press accreditation request - GCM regional review conference (24-25 Feb)"
M01_QID = "4DKy7Rb2QnZ5"
M01_TEXT = """Hello,

I'm a freelance photojournalist and writer based in Beirut. I've been covering migration and labour in Lebanon since 2015, mostly migrant domestic workers and the kafala system (recent work in The Mashriq Weekly, Open Borders Magazine and a photo essay for Daraj Review on the women who camped outside their consulates last summer).

I'd like to cover the Regional Review conference on 24-25 February, and the multi-stakeholder consultation on the 23rd if it is open to the press. Could you tell me:

1. Is there a press accreditation procedure for this meeting, and who handles it - your team, IOM's media office or ESCWA?
2. Will accredited journalists get the Zoom/Webex link, or only the public livestream?
3. Would it be possible to set up short interviews (10-15 minutes) with two or three civil-society participants after the sessions?
4. Are there rules about screenshots or photos of participants in the online sessions? I'd obviously ask consent.

Just to be clear, I'm not asking for a speaking slot - only press access.

I've attached a scan of my press card and an assignment letter from my editor at The Mashriq Weekly.

Many thanks,
Carla

--
Carla Abi Khalil
Photojournalist & writer
Beirut, Lebanon | +961 3 000 000
carlaabikhalil.example.com | Instagram: @carla.frames
"""


def m01():
    when = at("2021-01-25 11:02:37")
    letter = make_pdf(["THE MASHRIQ WEEKLY", "Beirut, 22 January 2021", "",
                       "To whom it may concern,", "",
                       "Ms Carla Abi Khalil is commissioned by The Mashriq Weekly to cover",
                       "the Regional Review of the Global Compact for Migration in the Arab",
                       "region (23-25 February 2021) for our March issue.", "",
                       "Rami Saadeh, Managing Editor"])
    a = alt(M01_TEXT, "000000000000c4e71f05b9a2d18e", html=gmail_html(M01_TEXT))
    body = multi("mixed", [a, img("press_card_2021.png", (200, 40, 40), 60, 38),
                           attach("application/pdf", letter, "Assignment letter - Mashriq Weekly.pdf")],
                 "000000000000c4e72005b9a2d190")
    m = mk(when, sent_at(when, 2, 7), "mail-ed1-f47.google.example.com", "192.0.2.47", M01_QID,
           "Carla Abi Khalil <carla.abikhalil@gmail.example.com>", M01_SUBJ, M01_ID, body)
    add(1, when, m, dict(category="other", language="en", acknowledge=True, on_time=None,
        notes="press accreditation request from a freelance photojournalist, with four questions (accreditation "
              "procedure, Zoom link, interviews with participants, photo rules): 'I'm not asking for a speaking slot "
              "- only press access'. The attached PDF is an editor's assignment letter and the PNG a press card, "
              "neither a report. Gmail. She turns this into a speaker request in a reply a week later (h285-06)."))


# ================================================================ 02  AR  speaker  Sudanese journalists' network: accreditation for two + a speaker
M02_ID = "<AM0PR02MB5571D3E8A0C4F297@AM0PR02MB5571.eurprd02.prod.outlook.example.com>"
M02_SUBJ = "طلب اعتماد صحفي وترشيح متحدثة - شبكة الصحفيين السودانيين المستقلين"
M02_QID = "4DLw3Ks9PtZ1"
M02_CC = "o.babiker@sijn-sd.example.org"


def m02():
    when = at("2021-01-27 13:15:08")
    text = """السادة/ أمانة الاستعراض الإقليمي للاتفاق العالمي من أجل الهجرة الآمنة والمنظمة والنظامية – المنطقة العربية
المحترمين

تحية طيبة وبعد،

بالإشارة إلى خطاب الدعوة الخاص بالاستعراض الإقليمي للاتفاق العالمي للهجرة، يسرّ شبكة الصحفيين السودانيين المستقلين أن تتقدم إليكم بطلبين:

أولاً: طلب اعتماد صحفي لتغطية أعمال المؤتمر يومي 24 و25 فبراير 2021 للزميلين:
- الصحفي مصعب عبد الله إدريس، مراسل الشبكة في بورتسودان
- الصحفية تسنيم يوسف الفكي، مصوّرة ومعدّة تقارير مرئية
ونرجو إفادتنا بإجراءات الاعتماد والروابط الخاصة بالصحافة إن وُجدت.

ثانياً: ترشيح الأستاذة عفاف حسن الطيب، أمينة الحريات بالشبكة، لتقديم مداخلة من القاعة في المائدة المستديرة الثانية. تتابع الأستاذة عفاف منذ سنوات أوضاع الصحفيين السودانيين الذين اضطروا إلى مغادرة البلاد، وأوضاع العمال المهاجرين العابرين للسودان، وأعدّت عام 2020 دليلاً مهنياً لتغطية قضايا الاتجار بالبشر والتهريب.

تجدون أدناه بيانات التواصل، ونضع في النسخة الأمين العام للشبكة.

وتفضلوا بقبول فائق الاحترام،

إيناس محمد صالح
مسؤولة العلاقات الخارجية
شبكة الصحفيين السودانيين المستقلين (SIJN)
الخرطوم – السودان
هاتف: +249 9 0000 0000

تنويه: هذه الرسالة ومرفقاتها موجهة للمرسل إليه فقط، وقد تحتوي على معلومات سرية. إذا وصلتك بالخطأ فيرجى إبلاغ المرسل وحذفها.
"""
    lcid = "image001.png@01D6F4A2.7C3E1B60"
    html = outlook_html(text, lang="AR-SA", img_cid=lcid, rtl=True)
    rel = multi("related", [leaf("text/html", html, cte="base64"), logo(lcid, (180, 30, 40))],
                "_004_AM0PR02MB5571D3E8A0C4F297_", params=[("type", '"text/html"')])
    body = multi("alternative", [leaf("text/plain", text, cte="base64"), rel], "_000_AM0PR02MB5571D3E8A0C4F297_")
    m = mk(when, sent_at(when, 2, 9), "mail-am6eur05on0612.outbound.protection.outlook.example.com",
           "198.51.100.112", M02_QID, addr("إيناس محمد صالح", "e.salih@sijn-sd.example.org"), hdr(M02_SUBJ), M02_ID,
           body, cc=addr("عثمان بابكر الأمين", M02_CC),
           extra=outlook(hdr(M02_SUBJ), "AQHW9JrK3Tz7Lm1Qv5Xb8Nc2Hs4Pd6Wf0==", lang="ar-SA", has_attach="no"))
    add(2, when, m, dict(category="speaker_request", language="ar", acknowledge=True, on_time=True, speakers=[
        sp("عفاف حسن الطيب", "أمينة الحريات", "شبكة الصحفيين السودانيين المستقلين (SIJN)", ["roundtable"], 2)],
        notes="press accreditation and a speaking role in one formal letter: 'أولاً' asks accreditation for two "
              "reporters (named with their jobs, but they are press, not speakers), 'ثانياً' nominates the network's "
              "'أمينة الحريات' (an unusual union title) for 'مداخلة من القاعة في المائدة المستديرة الثانية' "
              "(ordinal = 2). The speaker request makes it speaker_request. 'الأستاذة' dropped; the fullest "
              "affiliation is the signature form with the Latin acronym. The sender (external relations) is not the "
              "speaker; the Cc'd secretary-general's out-of-office answers our acknowledgement (h285-03). Outlook, "
              "base64 Arabic, confidentiality notice."))


# ================================================================ 03  AR  auto_reply  the Cc'd secretary-general's Exchange out-of-office
def m03():
    when = at("2021-01-27 13:15:41")
    ack = ack_mid(M02_QID)
    text = """السلام عليكم،

أنا خارج المكتب في مهمة حتى يوم الأحد 7 فبراير 2021، مع إمكانية محدودة للاطلاع على البريد.
للأمور العاجلة يرجى التواصل مع الأستاذة إيناس محمد صالح على e.salih@sijn-sd.example.org

I am out of the office until Sunday 7 February 2021 with limited access to e-mail.
For urgent matters please contact Ms Enas Mohamed Salih at e.salih@sijn-sd.example.org

عثمان بابكر الأمين
الأمين العام – شبكة الصحفيين السودانيين المستقلين
"""
    body = alt(text, "_000_AM0PR02MB5571F0A2B9C6E314_", html=outlook_html(text, lang="AR-SA", rtl=True), b64=True)
    topic = "تأكيد استلام - " + M02_SUBJ
    subj = hdr("رد تلقائي: " + topic)
    rows = std_rows(when, "mail-am6eur05on0620.outbound.protection.outlook.example.com", "198.51.100.120",
                    "4DLw4Pn6RcZ8", addr("عثمان بابكر الأمين", M02_CC), subj, rfcdate(sent_at(when, 2, 3)),
                    "<AM0PR02MB5571F0A2B9C6E314@AM0PR02MB5571.eurprd02.prod.outlook.example.com>",
                    extra=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")], ret="")
    rows = [(k, "<>" if k == "Return-Path" else v) for k, v in rows]
    rows += [("In-Reply-To", ack), ("References", M02_ID + " " + ack), ("Thread-Topic", hdr(topic)),
             ("Content-Language", "ar-SA"), ("X-MS-Exchange-Inbox-Rules-Loop", M02_CC)]
    add(3, when, top(body, rows), dict(category="auto_reply", language="ar", acknowledge=False, on_time=None,
        notes="Exchange out-of-office of the secretary-general Cc'd on h285-02, answering our acknowledgement 33 "
              "seconds later: Arabic subject prefix 'رد تلقائي:', bilingual Arabic/English body naming a colleague "
              "and his own title (not a nomination); Auto-Submitted, X-Auto-Response-Suppress, null Return-Path, "
              "References to h285-02. Never acknowledge; thread_of null as for dev auto-replies."))


# ================================================================ 04  FR  other  Tunis documentary collective wants to screen its film
def m04():
    when = at("2021-01-28 17:40:51")
    subj = "Proposition de projection du documentaire « Ceux de Sfax » pendant la conférence"
    text = """Bonjour,

Je vous écris au nom du Collectif Sabil Films, un collectif de documentaristes indépendants basé à Tunis.

Nous avons terminé en novembre dernier « Ceux de Sfax » (52 minutes, arabe tunisien, français et bambara, sous-titré en arabe, français et anglais), tourné pendant deux ans entre le port de Sfax, les oliveraies de la région et les quartiers où vivent des jeunes venus de Côte d'Ivoire, du Mali et de Guinée. Le film suit trois d'entre eux et un pêcheur tunisien qui a repêché des corps au large de Kerkennah. Il a été présenté aux Journées cinématographiques de Carthage 2020 (section Tunisie) et au festival Regards sur les migrations de Marseille.

Nous aimerions savoir s'il serait possible de le projeter dans le cadre de la conférence régionale des 24 et 25 février : pendant une pause, en fin de journée, ou dans une « salle » virtuelle à part si la conférence se tient en ligne. Nous pouvons fournir un fichier en haute définition ou un lien de visionnage privé. Notre réalisatrice, Inès Ben Romdhane, pourrait dire quelques mots avant la projection et répondre aux questions ensuite.

Pour que vous puissiez juger sur pièce, voici le film en entier (lien privé) :
https://vimeo.example.com/487215903  – mot de passe : sfax2020

Vous trouverez en pièces jointes l'affiche et le dossier de presse.

Bien cordialement,

Mehdi Gharbi
Producteur – Collectif Sabil Films
Tunis, Tunisie
+216 98 000 000
www.sabilfilms.example.tn | facebook.com/sabilfilms
"""
    press = make_pdf(["CEUX DE SFAX - dossier de presse", "Un film d'Ines Ben Romdhane - Collectif Sabil Films",
                      "Tunisie, 2020, 52 min", "", "Synopsis", "Note d'intention de la realisatrice",
                      "Fiche technique", "Festivals : JCC 2020, Regards sur les migrations (Marseille)"])
    a = alt(text, "0000000000004b2e9a05b9f1c3d7", html=gmail_html(text))
    body = multi("mixed", [a, img("Affiche_Ceux_de_Sfax.png", (30, 60, 90), 30, 42),
                           attach("application/pdf", press, "Dossier de presse – Ceux de Sfax.pdf")],
                 "0000000000004b2e9c05b9f1c3d9")
    m = mk(when, sent_at(when, 1, 8), "mail-wm1-f52.google.example.com", "192.0.2.52", "4DMp6Vz1KwZ3",
           "Mehdi Gharbi <mehdi.gharbi.sabil@gmail.example.com>", hdr(subj, enc="Q"),
           "<CAM4zRt8Hq1vL6xN+p2Kd9Wb5cY3sFg7jA4@mail.gmail.example.com>", body)
    add(4, when, m, dict(category="other", language="fr", acknowledge=True, on_time=None,
        notes="request to screen a documentary during the conference (a pause, end of the day or a virtual room): "
              "neither a report nor one of the four speaking roles. 'Notre réalisatrice ... pourrait dire quelques "
              "mots avant la projection et répondre aux questions' belongs to the screening proposal, not a request "
              "for a floor intervention, so no speaker. The attachments are a poster and a press kit PDF (not a "
              "report); a private Vimeo link with its password. Festival names and '52 minutes' are noise; Gmail, "
              "Date UTC+1 (Tunis)."))


# ================================================================ 05  EN  speaker  Amman girls' football club: the team captain
def m05():
    when = at("2021-01-29 10:22:14")
    subj = "Speaker nomination - Shams Girls' Football Club (Amman)"
    text = """Dear GCM Regional Review team,

Greetings from Amman!

Shams Girls' Football Club was founded in 2016 by a group of mothers in Jabal al-Nuzha and Hashmi al-Shamali. Today we train 140 girls aged 9 to 19, Jordanian, Syrian, Sudanese, Somali and Yemeni, three times a week on a borrowed school pitch. For many of the refugee and migrant girls, the club is the one place where nobody asks about their papers.

We would like to nominate one of our players to speak at the regional review:

Name: Amani Abdelrahim Yousif
Position: Team captain (U-19) and volunteer goalkeeper coach
Organisation: Shams Girls' Football Club
Session: floor intervention in Roundtable 3

Amani came to Jordan from Darfur with her mother in 2014. She is 19, captains our U-19 team, coaches our youngest goalkeepers on Saturdays and is studying nursing. She will talk about what sport means for girls who cannot work legally, cannot travel for tournaments and are often kept at home. She speaks Arabic and good English, and I will be with her during the session.

A team photo is attached in case it is useful for the programme.

With warm regards,

Lubna Haddadin
Founder & Club Director
Shams Girls' Football Club
Amman, Jordan | +962 77 000 0000
Instagram: @shams.girls.fc

This e-mail and any attachments are confidential and intended only for the addressee. If you received it by mistake, please delete it and let the sender know.
"""
    lcid = "image001.png@01D6F626.1A4B7C20"
    html = outlook_html(text, lang="EN-GB", img_cid=lcid)
    rel = multi("related", [leaf("text/html", html), logo(lcid, (250, 170, 20))],
                "_004_DB8PR10MB3529A7E1C2F04B86_", params=[("type", '"text/html"')])
    a = multi("alternative", [leaf("text/plain", text), rel], "_000_DB8PR10MB3529A7E1C2F04B86_")
    body = multi("mixed", [a, img("Shams U-19 team photo.png", (40, 140, 60), 64, 40)],
                 "_005_DB8PR10MB3529A7E1C2F04B86_")
    m = mk(when, sent_at(when, 2, 8), "mail-db8eur10on0628.outbound.protection.outlook.example.com",
           "198.51.100.128", "4DNb2Tq8XmZ6", "Lubna Haddadin <lubna@shamsgirlsfc.example.org>", subj,
           "<DB8PR10MB3529A7E1C2F04B86@DB8PR10MB3529.EURPRD10.PROD.OUTLOOK.example.com>", body,
           extra=outlook(subj, "AQHW9iTr5Nb2Kx8Vm1Lq4Pz7Rc0Sd3Fg6Hj==", lang="en-GB", has_attach="yes"))
    add(5, when, m, dict(category="speaker_request", language="en", acknowledge=True, on_time=True, speakers=[
        sp("Amani Abdelrahim Yousif", "Team captain (U-19) and volunteer goalkeeper coach",
           "Shams Girls' Football Club", ["roundtable"], 3)],
        notes="a girls' football club nominates a 19-year-old player: labelled lines with 'Position:' (an athlete's "
              "unusual title, kept as written) and 'Organisation:'; 'floor intervention in Roundtable 3'. Decoys: "
              "140 girls aged 9 to 19, 2014, 2016, U-19. The sender (club director, who will accompany her) is not "
              "a speaker; the attached team photo is not a report. Outlook with signature logo and disclaimer."))


# ================================================================ 06  EN  speaker  the photojournalist of 01 now asks for a plenary slot for her union
def m06():
    when = at("2021-02-01 16:20:45")
    ack = ack_mid(M01_QID)
    quoted = ack_text("en", M01_SUBJ, "your question")
    text = """Hi again,

Thanks for the quick acknowledgement last week.

A change of plan on my side: I sit on the freelancers' committee of the Independent Media Workers Union of Lebanon (IMWU), and when I mentioned the review at our meeting on Saturday the committee asked me to speak for the union rather than just cover the conference.

So I'd like to request a floor intervention in one of the plenary sessions on 24 or 25 February, on how migrant workers are shown (and not shown) in Lebanese media, and on the freelancers - many of them Syrian and Palestinian - who do most of that reporting without contracts or insurance.

Name: Carla Abi Khalil
Title: Coordinator of the Freelancers' Committee
Organisation: Independent Media Workers Union of Lebanon (IMWU)

If speakers automatically get access to the whole conference, please forget my accreditation request; otherwise it still stands for the other sessions.

Best,
Carla

On Mon, Jan 25, 2021 at 11:03 AM GCM Regional Review Arab States <gcmrrarabstates@iom.int> wrote:

""" + gt(quoted) + "\n"
    body = alt(text, "000000000000a1d53f05ba48c7e2", html=gmail_html(text))
    m = mk(when, sent_at(when, 2, 6), "mail-ej1-f41.google.example.com", "192.0.2.41", "4DQj8Wc3LpZ7",
           "Carla Abi Khalil <carla.abikhalil@gmail.example.com>", "Re: Acknowledgement of receipt - " + M01_SUBJ,
           "<CAJ7tQe5Xw3nR8vL+k2Mb7Hc1sP4dGy9fT6@mail.gmail.example.com>", body,
           extra=[("In-Reply-To", ack), ("References", M01_ID + " " + ack)])
    add(6, when, m, dict(category="speaker_request", language="en", acknowledge=True, on_time=True,
        thread_of=H % 1, speakers=[
            sp("Carla Abi Khalil", "Coordinator of the Freelancers' Committee",
               "Independent Media Workers Union of Lebanon (IMWU)", ["plenary"])],
        notes="reply to our acknowledgement of h285-01 (References name it) that turns a press accreditation request "
              "into a self-nomination: 'a floor intervention in one of the plenary sessions' = plenary, labelled "
              "lines for the union she speaks for (not the weekly she writes for). Adds something new, so it is "
              "acknowledged; thread_of points to the message that opened the exchange. The quoted acknowledgement "
              "and the still-standing accreditation request are noise."))


# ================================================================ 07  AR  other  Egyptian zajal poet in Kuwait offers a poem as his 'contribution'
def m07():
    when = at("2021-02-01 21:33:05")
    subj = "مساهمة مني في مراجعة اتفاق الهجرة (قصيدة)"
    file_ = "قصيدة شنطة سفر - حسن عبد التواب.docx"
    text = """السلام عليكم ورحمة الله وبركاته

إزيكم يا جماعة، يارب تكونوا بخير.

أنا حسن عبد التواب، شاعر عامية من سوهاج، وبشتغل في الكويت من 14 سنة فني تكييف. واحد صاحبي في الجالية بعتلي الإيميل ده وقالي إنكم بتعملوا مراجعة للاتفاق العالمي بتاع الهجرة وإن الناس بتبعت مساهماتها.

أنا مش منظمة ولا جمعية ومعرفش أكتب تقارير، بس كتبت قصيدة اسمها «شنطة سفر» عن الغربة وعن اللي بيسيبوا عيالهم ويسافروا، وقريتها قبل كده في أمسية للجالية المصرية في حولي والناس عيطت. فحبيت أبعتها لكم مساهمة مني، يمكن توصل صوت الغلابة.

لو ينفع حد يقراها في افتتاح المؤتمر، أو تتحط جنب التقارير اللي بتوصلكم، يبقى كتر خيركم. أنا مش طالب أتكلم ولا حاجة، كفاية إن الكلام يوصل.

أول كام بيت:

شنطة سفر مقفولة على عمر بحاله
فيها قميص العيد وصورة العيال
وأمي بتقول "ارجع قبل ما الشعر يشيب"
وأنا بقول حاضر.. والحاضر بقى محال

القصيدة كاملة في الملف المرفق.

وشكراً ليكم
حسن عبد التواب
الكويت - حولي

مُرسَل من هاتف Samsung Galaxy الذكي.
"""
    doc = make_docx(["شنطة سفر", "شعر: حسن عبد التواب", "",
                     "شنطة سفر مقفولة على عمر بحاله", "فيها قميص العيد وصورة العيال",
                     "وأمي بتقول \"ارجع قبل ما الشعر يشيب\"", "وأنا بقول حاضر.. والحاضر بقى محال", "",
                     "(...)", "الكويت، يناير 2021"])
    a = alt(text, "--_com.samsung.android.email_2419887104512730", html=android_html(text, rtl=True), b64=True)
    body = multi("mixed", [a, attach(DOCX, doc, file_)], "--_com.samsung.android.email_2419887104512731")
    m = mk(when, sent_at(when, 3, 12), "mail-pl1-f178.google.example.com", "192.0.2.178", "4DQk2Lm5VbZ9",
           addr("Hassan Abdeltawab", "hassan.abdeltawab77@gmail.example.com"), hdr(subj),
           "<7xq2m4k9-r1n8-4c3v-b6p0-z5h7d2w8f1s3@email.android.com>", body)
    add(7, when, m, dict(category="other", language="ar", acknowledge=True, on_time=None,
        notes="an Egyptian zajal poet working in Kuwait offers a poem as his 'مساهمة' (Egyptian colloquial: 'إزيكم', "
              "'مش منظمة ولا جمعية ومعرفش أكتب تقارير', 'مش طالب أتكلم ولا حاجة'): a poem is not a voluntary GCM "
              "review report, and asking that someone read it at the opening is not a speaking role for him. The "
              "DOCX holds the poem (not a report). Subject says 'مساهمة ... في مراجعة اتفاق الهجرة'; Samsung email "
              "via Gmail, Latin From name, Date UTC+3."))


# ================================================================ 08  FR  speaker  Brussels Amazigh cultural centre proposes a gnawa maâlem
M08_ID = "<3f9c1a7e-52b8-4d0e-a6c4-8e21b7d94f05@tiwizi-bxl.example.be>"
M08_SUBJ = "Proposition d'intervenant – Espace culturel Tiwizi (Bruxelles)"
M08_TEXT = """Madame, Monsieur,

L'Espace culturel Tiwizi est une maison des cultures amazighes et marocaines installée à Molenbeek depuis 2009. Nous y accueillons chaque semaine des ateliers de musique, de langue amazighe et de calligraphie, une permanence d'écrivain public et, depuis 2017, un accueil pour les jeunes Marocains arrivés seuls en Belgique, souvent après des années en Espagne.

Nous souhaitons proposer M. Abdelhak Ouchen, maâlem gnaoui et médiateur interculturel à l'Espace Tiwizi, pour prendre part à la discussion ouverte de la consultation multipartite du 23 février.

Né à Essaouira, le maâlem Ouchen vit à Bruxelles depuis vingt ans. Il anime nos ateliers de guembri et de qraqeb pour les mineurs non accompagnés, et c'est souvent à lui qu'ils confient en premier ce qu'ils ont vécu sur la route. Il parlera de la diaspora comme lieu d'accueil et du rôle de la culture dans la protection des jeunes migrants. Il s'exprime en darija, en français et en amazigh.

Nous restons à votre disposition pour toute information complémentaire.

Bien cordialement,

Nadia Boukhari
Coordinatrice
Espace culturel Tiwizi asbl
Rue de Ribaucourt, 1080 Molenbeek-Saint-Jean – Bruxelles
+32 2 000 00 00 – www.tiwizi-bxl.example.be
"""


def m08():
    when = at("2021-02-02 14:12:30")
    tp = leaf("text/plain", flowed(M08_TEXT), "utf-8", "8bit", params=[("format", "flowed"), ("delsp", "no")])
    body = multi("alternative", [tp, leaf("text/html", tb_html(M08_TEXT), cte="8bit")],
                 "------------A3C8E1F02B7D94C6051E8B2A")
    m = mk(when, sent_at(when, 1, 6), "smtp.tiwizi-bxl.example.be", "203.0.113.88", "4DRm7Qx4NcZ2",
           "Nadia Boukhari <n.boukhari@tiwizi-bxl.example.be>", hdr(M08_SUBJ, enc="Q"), M08_ID, body,
           extra=[("User-Agent", TB), ("Content-Language", "fr")])
    add(8, when, m, dict(category="speaker_request", language="fr", acknowledge=True, on_time=True, speakers=[
        sp("Abdelhak Ouchen", "maâlem gnaoui et médiateur interculturel", "Espace culturel Tiwizi asbl",
           ["open_discussion"])],
        notes="a diaspora cultural centre in Brussels proposes a gnawa master musician: 'M.' and the honorific use of "
              "'le maâlem Ouchen' are not part of the name; his unusual title 'maâlem gnaoui et médiateur "
              "interculturel' is kept as written; 'la discussion ouverte de la consultation multipartite du 23 "
              "février' = open_discussion. Fullest affiliation from the signature ('asbl'). Thunderbird, "
              "format=flowed 8bit. Withdrawn in h285-24."))


# ================================================================ 09  EN  report  Beirut artists' collective: report PDF + artworks + an exhibition wish
M09_ID = "<B7E41C0A-9D3F-4A62-8E15-2C7F0B9D4A61@mishlawhdik.example.org>"
M09_SUBJ = "Voluntary GCM review report - Mish Lawhdik Art Collective"
M09_QID = "4DSx5Hn2WqZ4"
M09_FILE = "Mish Lawhdik - Voluntary GCM Review Report 2021.pdf"


def m09():
    when = at("2021-02-03 15:47:19")
    text = """Dear colleagues,

Please find attached the voluntary GCM review report of Mish Lawhdik Art Collective.

Mish Lawhdik ("You're not alone") is a collective of Lebanese artists and migrant domestic workers from Ethiopia, Sierra Leone, Sri Lanka and the Philippines. Since 2018 we have run Sunday painting, collage and embroidery workshops in Bourj Hammoud, and in 2020, after the port explosion, the workshops became a place where women who had lost their jobs, and sometimes their passports, could meet safely.

The report looks at GCM objectives 7 and 16 from the workshops: what the women told us about confiscated documents, unpaid wages, the "freelance" trap and access to shelters, and what art can and cannot do about it. The women chose which of their words could be quoted, and all names are changed.

I'm also attaching photos of two of the works made in the workshops (with the artists' permission). If there is any way to show some of them during the conference, even as a slideshow during the breaks, we would love that.

Warm regards,

Maya Rizk
Co-founder, Mish Lawhdik Art Collective
Bourj Hammoud, Beirut
www.mishlawhdik.example.org | Instagram: @mishlawhdik
"""
    pdf = rep_pdf("Voluntary GCM review report - Mish Lawhdik Art Collective", "Beirut, February 2021",
                  ["Who we are: artists and domestic workers", "Objective 7: what the workshops heard",
                   "Objective 16: inclusion and the 'freelance' trap", "After 4 August 2020",
                   "What art can and cannot do", "Recommendations"])
    a = alt(text, "Apple-Mail=_5D0B2E71-8C94-4F3A-B16E-0A7D92C4E8F1", html=apple_html(text))
    body = multi("mixed", [a, attach("application/pdf", pdf, M09_FILE),
                           img("Meskerem - The Door (collage).png", (120, 60, 30), 48, 36),
                           img("Rosa - Sunday (embroidery).png", (160, 40, 90), 36, 48)],
                 "Apple-Mail=_8A6F3C19-2E04-4B7D-9C51-F3E0A8D267B4")
    m = mk(when, sent_at(when, 2, 9), "smtp.mishlawhdik.example.org", "203.0.113.109", M09_QID,
           "Maya Rizk <maya@mishlawhdik.example.org>", M09_SUBJ, M09_ID, body,
           cc="Mish Lawhdik <hello@mishlawhdik.example.org>", extra=[("X-Mailer", APPLE)])
    add(9, when, m, dict(category="voluntary_report", language="en", acknowledge=True, on_time=True,
        report_attachments=[M09_FILE],
        notes="an artists' collective's report (PDF) with two photos of artworks: only the PDF is the report. One "
              "sentence asks to show the works during the conference as a slideshow, which does not change the "
              "category (no speaker). 'GCM objectives 7 and 16' are not roundtable numbers. Apple Mail; the "
              "collective's general address in Cc auto-replies to our acknowledgement (h285-10)."))


# ================================================================ 10  EN  auto_reply  the collective's general mailbox answers our acknowledgement
def m10():
    when = at("2021-02-03 15:47:58")
    ack = ack_mid(M09_QID)
    text = """Hi there,

Thanks for writing to Mish Lawhdik! We're a small volunteer team and we check this inbox once a week, usually on Mondays, so please bear with us.

Looking for the Sunday workshops? They are back in person at the Bourj Hammoud studio from 14 February, 11:00-15:00. Bring a friend.

Press and exhibition requests: maya@mishlawhdik.example.org

With love,
The Mish Lawhdik team
(This is an automatic reply.)
"""
    body = alt(text, "=_6b1f0e8c2a9d4c7e5f3a", html=gmail_html(text))
    rows = std_rows(when, "smtp.mishlawhdik.example.org", "203.0.113.109", "4DSx6Kr8TmZ1",
                    "Mish Lawhdik <hello@mishlawhdik.example.org>",
                    "Re: Acknowledgement of receipt - " + M09_SUBJ, rfcdate(sent_at(when, 2, 2)),
                    "<autoreply.20210203134756.61f0@mishlawhdik.example.org>",
                    extra=[("X-Autoreply", "yes"), ("Auto-Submitted", "auto-replied")],
                    ret="hello@mishlawhdik.example.org")
    rows += [("In-Reply-To", ack), ("References", M09_ID + " " + ack), ("Precedence", "auto_reply")]
    add(10, when, top(body, rows), dict(category="auto_reply", language="en", acknowledge=False, on_time=None,
        notes="cPanel-style autoresponder of the collective's general mailbox (Cc of h285-09), 39 seconds after our "
              "acknowledgement: friendly human-sounding text ('Thanks for writing to Mish Lawhdik!'), workshop dates "
              "and a pointer for 'exhibition requests'; X-Autoreply, Auto-Submitted and Precedence: auto_reply, "
              "plain 'Re:' subject and a normal Return-Path. Never acknowledge; thread_of null as for dev "
              "auto-replies."))


# ================================================================ 11  AR  speaker  Mosul theatre troupe (Iraqi dialect): director + actor
M11_ID = "<E2A47F90-3C15-4B8D-9F62-71D0C5E8B3A4@gmail.example.com>"
M11_SUBJ = "ترشيح من فرقة الدرب المسرحية – الموصل"
M11_QID = "4DTn9Pb4XsZ6"


def m11():
    when = at("2021-02-04 11:55:40")
    text = """مساء الخير عليكم

هلا بيكم، آني سُرى من فرقة الدرب المسرحية بالموصل. وصلتنا دعوة الاستعراض الإقليمي عن طريق صديقة بمنظمة بأربيل، ونريد نشارك لأن شغلنا كله عن النزوح والرجعة.

الفرقة تأسست 2018 بعد تحرير المدينة، ونسوي مسرح تفاعلي بالمخيمات وبالمناطق اللي رجعوا لها الأهالي، عرضنا «بيت بلا باب» لفّ على 23 مخيم وقرية بنينوى.

نريد نرشّح اثنين:

١- آني، سُرى منذر الجبوري، مخرجة مسرحية ومؤسِّسة الفرقة، لمداخلة بالجلسة العامة، أحچي عن المسرح كمساحة للعائدين يحچون بيها اللي ما يكدرون يحچوه بمكان ثاني.

٢- زميلي يونس خضر الحمداني، ممثل ومدرّب مسرح تفاعلي بالفرقة، بالمائدة المستديرة الأولى. يونس هو نفسه نزح من الموصل 2014 ورجع 2018، وهو اللي يدرّب الشباب بالمخيمات.

إذا تحتاجون أي معلومة ثانية كولولنا. ونعتذر إذا الكتابة مو رسمية، كاتبتها من الموبايل.

مع التقدير
سُرى منذر الجبوري
فرقة الدرب المسرحية
الموصل، العراق

أُرسلت من الـ iPhone
"""
    body = alt(text, "Apple-Mail-4C1E8A27-B9D3-4F60-A2E5-7D08C3B1F946", html=apple_html(text), b64=True)
    m = mk(when, sent_at(when, 3, 10), "mail-io1-f49.google.example.com", "192.0.2.149", M11_QID,
           addr("سرى الجبوري", "sura.aldarb.theatre@gmail.example.com"), hdr(M11_SUBJ), M11_ID, body,
           extra=[("X-Mailer", IPHONE)])
    add(11, when, m, dict(category="speaker_request", language="ar", acknowledge=True, on_time=True, speakers=[
        sp("سُرى منذر الجبوري", "مخرجة مسرحية ومؤسِّسة الفرقة", "فرقة الدرب المسرحية", ["plenary"]),
        sp("يونس خضر الحمداني", "ممثل ومدرّب مسرح تفاعلي", "فرقة الدرب المسرحية", ["roundtable"], 1)],
        notes="a Mosul theatre troupe writes in Iraqi dialect from an iPhone ('آني', 'نريد نرشّح', 'أحچي', "
              "'كولولنا'): two nominees in an Arabic-Indic numbered list, the first being the sender herself ('آني، "
              "سُرى ...') for 'مداخلة بالجلسة العامة' = plenary, the second for 'المائدة المستديرة الأولى' = 1. "
              "Names as written with shadda/damma (the From name is shorter); affiliation given as 'من فرقة الدرب "
              "المسرحية' and in the signature; 'بالفرقة' refers back to it. Decoys: 2014, 2018, 23 camps, the play "
              "title. Thanked in h285-16."))


# ================================================================ 12  FR  both  Maghreb journalists' network: report + guide (not part) + rapporteur
def m12():
    when = at("2021-02-04 18:30:22")
    subj = "RMJM – Rapport volontaire et proposition de rapporteure"
    rep_file = "Rapport_RMJM_Examen_regional_PMM_2021.pdf"
    guide_file = "Guide_RMJM_Couvrir_les_migrations_2019.pdf"
    text = """Madame, Monsieur,

Au nom du Réseau Maghrébin des Journalistes pour les Migrations (RMJM), j'ai le plaisir de vous transmettre notre rapport volontaire dans le cadre de l'examen régional du Pacte mondial pour des migrations sûres, ordonnées et régulières (fichier « Rapport_RMJM_Examen_regional_PMM_2021.pdf »).

Le rapport analyse 1 240 articles et reportages publiés en 2019 et 2020 par des médias marocains, algériens, tunisiens et mauritaniens, au regard de l'objectif 17 du Pacte (éliminer toutes les formes de discrimination et encourager un débat public fondé sur des données factuelles). Il formule des recommandations aux rédactions, aux écoles de journalisme et aux autorités de régulation de l'audiovisuel.

Pour information, je joins également notre guide pratique « Couvrir les migrations », publié en 2019 et cité dans le rapport ; il ne fait pas partie de la contribution.

Par ailleurs, le RMJM souhaiterait proposer sa présidente, Mme Hind Lamrani, comme rapporteure chargée de présenter les messages clés des parties prenantes lors de la conférence. Journaliste à la radio publique et formatrice, Mme Lamrani a coordonné l'analyse des articles et connaît bien les autres réseaux de la région.

Je vous remercie de votre attention et reste à votre disposition.

Bien cordialement,

Youssef Tazi
Secrétaire général
Réseau Maghrébin des Journalistes pour les Migrations (RMJM)
Rabat – Maroc
Tél. : +212 5 37 00 00 00
"""
    rep = rep_pdf("Rapport volontaire - Reseau Maghrebin des Journalistes pour les Migrations (RMJM)",
                  "Rabat, fevrier 2021", ["Methodologie : 1 240 articles (2019-2020)", "Objectif 17 du Pacte",
                                          "Ce que disent les medias des migrants", "Les voix absentes",
                                          "Recommandations"])
    guide = make_pdf(["RMJM - Couvrir les migrations : guide pratique pour les journalistes", "Rabat, 2019", "",
                      "1. Les mots justes", "2. Donner la parole", "3. Images et consentement"])
    lcid = "image001.png@01D6FB0E.4C2A7D90"
    html = outlook_html(text, lang="FR", img_cid=lcid)
    rel = multi("related", [leaf("text/html", html), logo(lcid, (0, 100, 80))],
                "_004_PR1P264MB1823C9A04E7B6F15_", params=[("type", '"text/html"')])
    a = multi("alternative", [leaf("text/plain", text), rel], "_000_PR1P264MB1823C9A04E7B6F15_")
    body = multi("mixed", [a, attach("application/pdf", rep, rep_file), attach("application/pdf", guide, guide_file)],
                 "_005_PR1P264MB1823C9A04E7B6F15_")
    m = mk(when, sent_at(when, 1, 11), "mail-pr1fra01on0714.outbound.protection.outlook.example.com",
           "198.51.100.214", "4DVc3Rm7KtZ0", "Youssef Tazi <y.tazi@rmjm.example.ma>", hdr(subj, enc="Q"),
           "<PR1P264MB1823C9A04E7B6F15@PR1P264MB1823.FRAP264.PROD.OUTLOOK.example.com>", body,
           extra=outlook(hdr(subj, enc="Q"), "AQHW+xT5Mk2Lp8Rv1Nb4Zq7Hc0Wd3Ys6Fa==", lang="fr-FR", has_attach="yes"))
    add(12, when, m, dict(category="both", language="fr", acknowledge=True, on_time=True, speakers=[
        sp("Hind Lamrani", "présidente",
           "Réseau Maghrébin des Journalistes pour les Migrations (RMJM)", ["rapporteur"])],
        report_attachments=[rep_file],
        notes="both, on 4 February (both parts on time): a journalists' network sends its report and proposes its "
              "president as rapporteure ('présenter les messages clés des parties prenantes'). Two PDFs: the second, "
              "a 2019 guide, is explicitly 'pas partie de la contribution', so only the report is listed. She is proposed "
              "as the network's president ('sa présidente, Mme Hind Lamrani'): title 'présidente', affiliation the "
              "network; 'Mme' dropped; the next sentence ('Journaliste à la radio publique et formatrice') is her "
              "background, not the title under which she is proposed. 'objectif 17' and 1 240 articles are decoys. The sender (secretary-general) is "
              "not the speaker. Outlook, logo."))


# ================================================================ 13  EN  speaker  an ultra-runner nominated from Doha after midnight local time
def m13():
    when = at("2021-02-05 23:41:09")
    subj = "Late nomination: Mohamed Adam Ishag (Run for Dignity) - plenary"
    text = """Dear GCM Regional Review secretariat,

Apologies for the last-minute message - it is already past midnight here in Doha, but I believe it is still the 5th in Beirut, so I hope we are within the deadline.

Run for Dignity is a small initiative of migrant runners in Qatar - construction workers, drivers, security guards - who train together at dawn before their shifts and run charity races for workers' welfare funds. I am writing on behalf of our founder to ask for a floor intervention in the plenary:

Mohamed Adam Ishag
Ultra-distance runner and Athlete Ambassador, Run for Dignity

Mohamed came to Qatar from North Darfur in 2011 as a labourer. In 2019 he finished the 100 km Desert Trail race in 9 hours 47 minutes while still working 10-hour shifts, and since then he has become a voice for workers who have no time, no space and no rest day to do any sport at all. He would speak about rest days, heat and health, and how sport can open doors for migrant workers to be seen.

He speaks Arabic (Sudanese) and some English; I can interpret if needed.

Thank you and sorry again for the late hour.

Kind regards,
Joel D'Souza
Volunteer Coordinator, Run for Dignity
Doha, Qatar
+974 5500 0000
"""
    body = alt(text, "00000000000072c1e405bac9f3a1", html=gmail_html(text))
    m = mk(when, sent_at(when, 3, 9), "mail-qk1-f170.google.example.com", "192.0.2.170", "4DWf7Tb1RmZ8",
           "Joel D'Souza <joel.dsouza.rfd@gmail.example.com>", subj,
           "<CAP8kWn3Rt6vM1xQ+d4Lb9Hc2sZ7fGy5jK0@mail.gmail.example.com>", body)
    add(13, when, m, dict(category="speaker_request", language="en", acknowledge=True, on_time=True, speakers=[
        sp("Mohamed Adam Ishag", "Ultra-distance runner and Athlete Ambassador", "Run for Dignity", ["plenary"])],
        notes="deadline edge: the Date header is Sat 6 Feb 00:41 +0300 (Doha) and the subject says 'Late "
              "nomination', but it was received at 23:41 Beirut time on Friday 5 February: on time. An athlete's "
              "unusual title on the line under his name ('Ultra-distance runner and Athlete Ambassador, Run for "
              "Dignity': title before the comma, affiliation after); 'floor intervention in the plenary'. Decoys: 100 "
              "km, 9 hours 47 minutes, 10-hour shifts, 2011, 2019. The sender (volunteer coordinator) is not the "
              "speaker. Gmail."))


# ================================================================ 14  FR  speaker  Casablanca boxing club, 7 minutes late (Date still 5 Feb locally)
M14_ID = "<1203847561.4417302.1612562827915@mail.yahoo.example.com>"
M14_SUBJ = "Candidature intervenant table ronde n°1 - Club Noble Art Hay Mohammadi"
M14_QID = "4DWg2Nc6PvZ3"
M14_CC = "president.nobleart.hm@menara.example.ma"


def m14():
    when = at("2021-02-06 00:07:14")
    text = """Bonsoir,

Je suis la secrétaire du Club Noble Art Hay Mohammadi, un club de boxe anglaise associatif de Casablanca. Depuis 2015, le club ouvre gratuitement sa salle aux jeunes du quartier et, depuis trois ans, à des jeunes migrants d'Afrique de l'Ouest qui vivent dans le quartier ou près de la gare routière d'Ouled Ziane. Aujourd'hui un tiers de nos 90 licenciés sont guinéens, ivoiriens, camerounais ou maliens, et deux d'entre eux sont champions régionaux.

Nous voulons proposer notre coach pour une intervention dans la table ronde n°1 :

Rachid Ezzahraoui – entraîneur principal et médiateur social du Club Noble Art Hay Mohammadi

Ancien boxeur de l'équipe nationale, Rachid a créé la section « Boxe sans frontières » et accompagne les jeunes dans leurs démarches (carte de séjour, inscription scolaire, licence sportive, qu'on ne peut pas obtenir sans papiers). Il peut témoigner de ce que le sport change pour ces jeunes et de ce qui les bloque.

Nous espérons être encore dans les délais, nous avons eu une coupure d'internet tout l'après-midi.

Je mets en copie notre président.

Salutations sportives,

Khadija Bennani
Secrétaire du club
Club Noble Art Hay Mohammadi – Casablanca
"""
    body = alt(text, "----=_Part_4417301_803916502.1612562827914", html=yahoo_html(text))
    m = mk(when, sent_at(when, 1, 7), "sonic307-18.consmr.mail.ir2.yahoo.example.com", "198.51.100.207", M14_QID,
           addr("Khadija Bennani", "nobleart.hm@yahoo.example.fr"), hdr(M14_SUBJ, enc="Q"), M14_ID, body,
           cc="Club Noble Art - President <%s>" % M14_CC, extra=[("X-Mailer", YAHOO)])
    add(14, when, m, dict(category="speaker_request", language="fr", acknowledge=True, on_time=False, speakers=[
        sp("Rachid Ezzahraoui", "entraîneur principal et médiateur social", "Club Noble Art Hay Mohammadi",
           ["roundtable"], 1)],
        notes="late by 7 minutes: the Date header says Fri 5 Feb 23:07 +0100 (Casablanca), but the server received it "
              "at 00:07:14 on Saturday 6 February Beirut time, after the speaker deadline; the sender hopes to be "
              "'encore dans les délais' after an internet cut. A boxing coach's title after a dash, 'table ronde "
              "n°1'. Decoys: 90 licenciés, 2015, 'deux ... champions régionaux', the section name 'Boxe sans "
              "frontières'. The sender (club secretary) is not the speaker; the Cc'd president's mailbox is full "
              "(h285-15). Yahoo webmail."))


# ================================================================ 15  FR  bounce  our acknowledgement of 14 to the president's full mailbox
def m15():
    when = at("2021-02-06 00:08:03")
    rcpt = M14_CC
    text = POSTFIX_NOTICE + """
<%s>: host mx.menara.example.ma[203.0.113.215] said: 552 5.2.2
    <%s>: Mailbox full - quota exceeded (in reply to RCPT TO
    command)
""" % (rcpt, rcpt)
    dsn = ("Reporting-MTA: dns; mx1.iom.int\n"
           "X-Postfix-Queue-ID: 4DWg3Dk9XqZ5\n"
           "X-Postfix-Sender: rfc822; gcmrrarabstates@iom.int\n"
           "Arrival-Date: %s\n\n"
           "Final-Recipient: rfc822; %s\n"
           "Original-Recipient: rfc822;%s\n"
           "Action: failed\n"
           "Status: 5.2.2\n"
           "Remote-MTA: dns; mx.menara.example.ma\n"
           "Diagnostic-Code: smtp; 552 5.2.2 <%s>: Mailbox full - quota exceeded\n"
           % (rfcdate(when - dt.timedelta(seconds=7), "EET"), rcpt, rcpt, rcpt))
    hdrs = ("Return-Path: <gcmrrarabstates@iom.int>\n"
            "From: GCM Regional Review Arab States <gcmrrarabstates@iom.int>\n"
            "To: Khadija Bennani <nobleart.hm@yahoo.example.fr>\n"
            "Cc: Club Noble Art - President <%s>\n"
            "Subject: =?utf-8?q?Accus=C3=A9_de_r=C3=A9ception_-_Candidature_intervenant_table_ronde_n=C2=B01_-_Club_Noble_Art_Hay_Mohammadi?=\n"
            "Date: %s\n"
            "Message-ID: %s\n"
            "In-Reply-To: %s\n"
            "References: %s\n" % (rcpt, rfcdate(when - dt.timedelta(seconds=10)), ack_mid(M14_QID), M14_ID,
                                  M14_ID))
    body = dsn_report(text, dsn, hdrs, "4DWg3Hm2ZsZ7.1612562883/mx1.iom.int")
    rows = [("Return-Path", "<>"), ("Delivered-To", "gcmrrarabstates@iom.int"),
            ("Received", "by mx1.iom.int (Postfix)\r\n\tid 4DWg3Hm2ZsZ7; %s" % rfcdate(when, "EET")),
            ("Date", rfcdate(when, "EET")),
            ("From", "MAILER-DAEMON@mx1.iom.int (Mail Delivery System)"),
            ("Subject", "Undelivered Mail Returned to Sender"),
            ("To", "gcmrrarabstates@iom.int"),
            ("Auto-Submitted", "auto-replied"),
            ("Message-Id", "<20210205220803.4DWg3Hm2ZsZ7@mx1.iom.int>")]
    add(15, when, top(body, rows), dict(category="bounce", language="fr", acknowledge=False, on_time=None,
        notes="Postfix DSN (552 5.2.2 mailbox full) for the copy of our acknowledgement of h285-14 sent to the "
              "club president's Cc address; the returned headers carry h285-14's French subject (Q-encoded) and "
              "'table ronde n°1'. Language follows the thread (French). Never acknowledge; thread_of null as for "
              "dev bounces."))


# ================================================================ 16  AR  other  thank-you from the Mosul troupe (answers our acknowledgement of 11)
def m16():
    when = at("2021-02-06 09:14:26")
    ack = ack_mid(M11_QID)
    quoted = ack_text("ar", M11_SUBJ, "طلب المشاركة بمداخلة")
    text = """تسلمون والله، وصلنا التأكيد وفرحنا بيه هواية. يونس هم يسلّم عليكم.
الله يوفقكم 🌹

سُرى

أُرسلت من الـ iPhone

> في 4 شباط 2021، الساعة 11:56 ص، كتب GCM Regional Review Arab States <gcmrrarabstates@iom.int>:
>
""" + gt(quoted) + "\n"
    body = alt(text, "Apple-Mail-9B27D4E1-0F6C-4A83-B5D2-E71C8A043F69", html=apple_html(text), b64=True)
    m = mk(when, sent_at(when, 3, 6), "mail-io1-f52.google.example.com", "192.0.2.152", "4DXb5Lq7TwZ2",
           addr("سرى الجبوري", "sura.aldarb.theatre@gmail.example.com"),
           re_hdr("Re: ", "تأكيد استلام - " + M11_SUBJ),
           "<0A6E2F81-C4B9-47D3-8E5A-1F92D7B3C068@gmail.example.com>", body,
           extra=[("In-Reply-To", ack), ("References", M11_ID + " " + ack), ("X-Mailer", IPHONE)])
    add(16, when, m, dict(category="other", language="ar", acknowledge=False, on_time=None, thread_of=H % 11,
        notes="Iraqi-dialect thank-you ('تسلمون والله', 'فرحنا بيه هواية', 'يونس هم يسلّم عليكم') with an emoji, "
              "answering our acknowledgement of h285-11 (References name it): adds nothing new, so no "
              "acknowledgement; it names the second nominee by first name only, which is not a new request. iPhone, "
              "received after the speaker deadline, but 'other' has none."))


# ================================================================ 17  EN  speaker  photographer: exhibition request ending with a request for the floor (late)
def m17():
    when = at("2021-02-09 13:05:44")
    subj = "Photo exhibition \"Hands that Build\" - could it be shown at the regional review?"
    brochure = "Hands that Build - exhibition brochure.pdf"
    text = """Dear organisers,

My name is Tamer Haddadin. For the past three years I have been photographing Egyptian construction workers in Amman: on scaffolding at 6 a.m., in the rooms they share ten to a flat, on video calls with their children in Minya and Sohag. The series, "Hands that Build", was shown at the Jordan National Gallery's photography week in October 2020 (24 large prints, with the men's own words as captions).

I would like to propose showing the exhibition during the regional review conference. Since the conference will be online, it could be:
- a slideshow of 12-15 images during the breaks, or
- a virtual gallery page linked from the conference website (I can build it myself), or
- prints in the venue if some of the meeting happens in person in Beirut or Amman.

All the men in the photos gave written consent for the images to be used in this way, and four of them would like to join online if the exhibition is shown.

I attach the exhibition brochure and three sample images (low resolution).

And if there's still room in the programme, I'd be glad to take the floor in roundtable 3 for a couple of minutes to speak for the men in these photos - I know the deadline for speakers has passed, so I understand if not.

Best regards,

Tamer Haddadin
Documentary photographer
Amman, Jordan
tamerhaddadin.example.com | +962 79 000 0000
"""
    pdf = make_pdf(["HANDS THAT BUILD", "Photographs by Tamer Haddadin", "Jordan National Gallery photography week,",
                    "October 2020", "", "24 prints - captions in the workers' own words"])
    a = alt(text, "0000000000001f8e2d05bae7c4b3", html=gmail_html(text))
    body = multi("mixed", [a, attach("application/pdf", pdf, brochure),
                           img("HTB_03_scaffolding.png", (110, 110, 110), 48, 32),
                           img("HTB_11_video_call.png", (70, 70, 90), 48, 32),
                           img("HTB_17_lunch_break.png", (140, 120, 90), 48, 32)],
                 "0000000000001f8e2f05bae7c4b5")
    m = mk(when, sent_at(when, 2, 10), "mail-lf1-f44.google.example.com", "192.0.2.44", "4DZk1Wv6NpZ9",
           "Tamer Haddadin <tamer.haddadin.photo@gmail.example.com>", subj,
           "<CAF2mQx7Lt4nV9rK+b1Pz6Hc3sW8dYg0jR5@mail.gmail.example.com>", body)
    add(17, when, m, dict(category="speaker_request", language="en", acknowledge=True, on_time=False, speakers=[
        sp("Tamer Haddadin", "Documentary photographer", None, ["roundtable"], 3)],
        notes="mostly a request to show a photo exhibition (slideshow, virtual gallery or prints: not a role), but "
              "the last paragraph asks for the floor: 'I'd be glad to take the floor in roundtable 3 ... to speak "
              "for the men in these photos' - a speaker request, and late (9 February; he says so). Self-nomination: "
              "title from the signature; a freelance photographer with no organisation, so affiliation null (the "
              "Jordan National Gallery only hosted the show). The brochure PDF and sample images are not a report. "
              "Decoys: 24 prints, 12-15 images, 'four of them would like to join online'. Gmail."))


# ================================================================ 18  AR  other  Irbid chess club: the children only want to watch
def m18():
    when = at("2021-02-10 19:20:02")
    subj = "سؤال عن حضور المؤتمر (نادي شطرنج للأطفال)"
    text = """مرحبا،

أنا محمد الحريري، مدرّب شطرنج متطوّع بإربد. عنا نادي صغير اسمه «نادي بيدق للشطرنج»، فيه حوالي 35 ولد وبنت سوريين وأردنيين بين 8 و16 سنة، ومنهم بنتين أخدوا مراكز بالبطولة المفتوحة بعمّان السنة الماضية.

شفنا إعلان المؤتمر الإقليمي على صفحة منظمة بنشتغل معها، والولاد الكبار (15 و16 سنة) متحمّسين كتير يتفرّجوا على الجلسات يوم 24 و25 شباط، لأنهم عم يعملوا بحث بالمدرسة عن الهجرة واللجوء.

بس حابب أسأل:
- هل الحضور أونلاين مفتوح لأي حدا؟ وإذا لازم تسجيل، كيف منسجّل؟
- هل مسموح للقاصرين يحضروا إذا كانوا مع مدرّب أو أهل؟
- في ترجمة للعربي بكل الجلسات؟

ما بدنا نحكي ولا نقدّم شي، بس نسمع ونتعلّم.

شكراً كتير
محمد الحريري
مدرّب – نادي بيدق للشطرنج، إربد
"""
    body = alt(text, "----=_Part_5102874_1290371845.1612977602118", html=yahoo_html(text, rtl=True), b64=True)
    m = mk(when, sent_at(when, 2, 5), "sonic312-24.consmr.mail.ne1.yahoo.example.com", "198.51.100.224",
           "4F0Qc8Rt3MZ4", addr("Mohammad Al-Hariri", "baidaq.chess.irbid@yahoo.example.com"), hdr(subj),
           "<1593027481.5102875.1612977602120@mail.yahoo.example.com>", body, extra=[("X-Mailer", YAHOO)])
    add(18, when, m, dict(category="other", language="ar", acknowledge=True, on_time=None,
        notes="a volunteer chess coach in Irbid (Levantine dialect: 'عنا', 'حابب', 'عم يعملوا', 'ما بدنا نحكي ولا "
              "نقدّم شي') asks whether his teenage players may follow the sessions online, about registration, "
              "minors and Arabic interpretation: attendance only, no speaker and no report. Decoys: ages, '35 ولد "
              "وبنت', a tournament. Yahoo webmail, Latin From name."))


# ================================================================ 19  AR  report  Sudanese cultural house in Cairo: report in the body, windows-1256
def m19():
    when = at("2021-02-11 12:40:55")
    subj = "التقرير الطوعي للبيت الثقافي السوداني بالقاهرة"
    text = """السادة أمانة الاستعراض الإقليمي للاتفاق العالمي للهجرة المحترمين،

تحية طيبة،

نرفق لكم فيما يلي، في متن هذه الرسالة، التقرير الطوعي للبيت الثقافي السوداني بالقاهرة، إذ تعذّر علينا إرفاقه كملف بسبب مشكلة في الحاسوب.

التقرير الطوعي للبيت الثقافي السوداني بالقاهرة
حول تنفيذ الاتفاق العالمي من أجل الهجرة الآمنة والمنظمة والنظامية
(فبراير 2021)

أولاً: من نحن
البيت الثقافي السوداني بالقاهرة جمعية ثقافية أسسها عام 2012 فنانون وكتّاب سودانيون مقيمون في مصر. ننظم أمسيات للموسيقى والشعر والمسرح، ومكتبة عامة، ودروساً في اللغة العربية والإنجليزية لأبناء الجالية، ونستقبل أسبوعياً نحو 200 شخص في مقرنا بعين شمس.

ثانياً: منهجية التقرير
أعددنا التقرير من خلال ثلاث جلسات حوارية مع أعضاء الجالية في نوفمبر وديسمبر 2020، شارك فيها 64 شخصاً بينهم 27 امرأة، إضافة إلى سجلات مكتب الاستشارات القانونية المتطوع في البيت.

ثالثاً: أبرز الملاحظات
1. الوثائق والإقامة (الهدف 4 من الاتفاق): يواجه كثير من الشباب صعوبة في تجديد الإقامة وجوازات السفر، ما يحرمهم من التعليم والعمل النظامي.
2. الاندماج والتماسك الاجتماعي (الهدف 16): الأنشطة الثقافية المشتركة مع جيراننا المصريين خففت كثيراً من حوادث التمييز في الحي، لكن التمويل المتاح لها شبه معدوم.
3. الفنانون المهاجرون: لا يستطيع الموسيقيون والممثلون السودانيون الحصول على تصاريح أداء، فيعملون دون عقود ولا حماية.
4. جائحة كوفيد-19: توقفت أنشطتنا ستة أشهر، وفقد كثير من أعضاء الجالية أعمالهم اليومية.

رابعاً: التوصيات
- تسهيل إجراءات تجديد الإقامة وإصدار الوثائق للمقيمين لفترات طويلة.
- الاعتراف بالعمل الثقافي للجاليات بوصفه أداة للاندماج ودعمه.
- إتاحة تصاريح أداء مؤقتة للفنانين المهاجرين واللاجئين.
- إشراك جمعيات الجاليات في متابعة تنفيذ الاتفاق على المستوى الوطني.

نأمل أن يسهم هذا التقرير في أعمال الاستعراض الإقليمي.

مع خالص التقدير،
د. عوض الكريم عثمان
رئيس مجلس الإدارة
البيت الثقافي السوداني بالقاهرة
"""
    body = alt(text, "_000_VI1PR0702MB3341E8A2D9C04B71_", rtl=True, charset="windows-1256")
    m = mk(when, sent_at(when, 2, 12), "mail-vi1eur04on0631.outbound.protection.outlook.example.com",
           "198.51.100.131", "4F1Lk4Wn9BZ7", addr("البيت الثقافي السوداني", "sudanese.house.cairo@outlook.example.com",
                                                   "windows-1256"), hdr(subj, "windows-1256"),
           "<VI1PR0702MB3341E8A2D9C04B71@VI1PR0702MB3341.eurprd07.prod.outlook.example.com>", body,
           extra=[("Thread-Topic", hdr(subj, "windows-1256")), ("Thread-Index", "AdcAV3kR8mTq2LpZS5uVx1Nb4Qc7Ww=="),
                  ("Content-Language", "ar-EG"), ("X-MS-Has-Attach", ""), ("X-MS-TNEF-Correlator", "")])
    add(19, when, m, dict(category="voluntary_report", language="ar", acknowledge=True, on_time=True,
        notes="a diaspora cultural house's report pasted in the body ('في متن هذه الرسالة', no attachment), with "
              "headings and numbered findings; windows-1256 body, subject and From display name (Outlook). Decoys: "
              "'الهدف 4' and 'الهدف 16' (GCM objectives, not roundtables), 64 participants, 200 visitors; 'د.' in "
              "the signature of the chairman, who is not proposed as a speaker."))


# ================================================================ 20  FR  other  Djibouti slam collective: the 'contribution' is a slam text
def m20():
    when = at("2021-02-12 22:18:40")
    subj = "Notre contribution à l'examen régional – Collectif Slam Bab-el-Mandeb"
    file_ = "Contribution Collectif Slam Bab-el-Mandeb - texte.pdf"
    text = """Salam, bonjour,

Nous sommes le Collectif Slam Bab-el-Mandeb, une dizaine de jeunes slameurs et slameuses de Djibouti-ville. Nous écrivons et disons nos textes sur les places, dans les lycées et, depuis la pandémie, sur Facebook Live.

Nous n'avons ni les moyens ni les compétences pour rédiger un rapport comme les grandes organisations. Alors voici notre contribution à l'examen régional, à notre manière : un texte de slam, « Obock, kilomètre zéro », écrit à six voix après avoir passé une semaine à Obock avec des jeunes Éthiopiens qui attendaient de traverser vers le Yémen. Vous le trouverez en PDF joint, et en audio ici : soundcloud.example.com/slam-bab-el-mandeb/obock-km-zero

Si vous pouvez le faire écouter pendant la conférence, ou simplement le lire, ce serait pour nous une fierté. Et si ce n'est pas possible, merci quand même de l'avoir lu.

« On ne traverse pas la mer pour la mer,
on la traverse parce que derrière nous
la terre a cessé de répondre. »

Avec respect,
Ayan Daher, pour le Collectif Slam Bab-el-Mandeb
Djibouti
"""
    pdf = make_pdf(["Collectif Slam Bab-el-Mandeb", "Obock, kilometre zero", "(texte a six voix, janvier 2021)", "",
                    "On ne traverse pas la mer pour la mer,", "on la traverse parce que derriere nous",
                    "la terre a cesse de repondre.", "", "(...)"])
    a = alt(text, "000000000000e3c72a05bb2d41f8", html=gmail_html(text))
    body = multi("mixed", [a, attach("application/pdf", pdf, file_)], "000000000000e3c72c05bb2d41fa")
    m = mk(when, sent_at(when, 3, 8), "mail-wr1-f53.google.example.com", "192.0.2.53", "4F2Jb6Xk1RZ3",
           "Ayan Daher <ayan.slam.dj@gmail.example.com>", hdr(subj, enc="Q"),
           "<CAE6nTz1Wk8pR3vM+q5Lx2Hb7cN9sFd4gY1@mail.gmail.example.com>", body)
    add(20, when, m, dict(category="other", language="fr", acknowledge=True, on_time=None,
        notes="a slam collective's 'contribution à l'examen régional' is a poem (PDF and SoundCloud link), offered "
              "explicitly instead of a report ('Nous n'avons ni les moyens ni les compétences pour rédiger un "
              "rapport'): not a voluntary GCM review report, and asking that it be played or read is not a speaking "
              "role. Subject and file name say 'Contribution'. Gmail, Date UTC+3 (Djibouti), an excerpt quoted in "
              "French guillemets."))


# ================================================================ 21  AR  both  Amman media-ethics observatory: report on time, speaker late
def m21():
    when = at("2021-02-15 14:02:18")
    subj = "التقرير الطوعي لمرصد أخلاقيات الإعلام في قضايا الهجرة واللجوء + طلب مداخلة"
    file_ = "تقرير مرصد أخلاقيات الإعلام - الاستعراض الإقليمي 2021.docx"
    text = """السادة في أمانة الاستعراض الإقليمي المحترمين،

تحية طيبة وبعد،

يسعدنا أن نرسل إليكم مرفقاً التقرير الطوعي لمرصد أخلاقيات الإعلام في قضايا الهجرة واللجوء، وهو مبادرة مستقلة في عمّان يديرها صحفيون وأكاديميون منذ 2017، ترصد التغطية الإعلامية الأردنية والعربية لقضايا اللاجئين والعمال المهاجرين.

يتناول التقرير 860 مادة صحفية وتلفزيونية نُشرت أو بُثّت خلال عام الجائحة، ويبيّن كيف تحوّل العمال المهاجرون في بعض التغطيات إلى «ناقلين للعدوى»، وكيف غابت أصواتهم عن الأخبار التي تتحدث عنهم، ويختم بتوصيات للمؤسسات الإعلامية ونقابة الصحفيين وهيئة الإعلام.

كما نرجو، إن كان ذلك لا يزال ممكناً، إتاحة الفرصة للدكتورة رولا فايز العمري، مديرة المرصد، لتقديم مداخلة في المائدة المستديرة الرابعة. والدكتورة رولا أستاذة للصحافة في معهد الإعلام الأردني، وقد أشرفت على إعداد التقرير.

مع الشكر والتقدير،

سامر خليل النابلسي
منسق البرامج
مرصد أخلاقيات الإعلام في قضايا الهجرة واللجوء
عمّان – الأردن
"""
    doc = make_docx(["مرصد أخلاقيات الإعلام في قضايا الهجرة واللجوء", "التقرير الطوعي - الاستعراض الإقليمي 2021",
                     "1. المنهجية: 860 مادة", "2. المهاجرون في تغطية الجائحة", "3. الأصوات الغائبة",
                     "4. التوصيات"])
    a = alt(text, "0000000000008d2f4b05bb5e93c1", html=gmail_html(text, rtl=True), b64=True)
    body = multi("mixed", [a, attach(DOCX, doc, file_)], "0000000000008d2f4d05bb5e93c3")
    m = mk(when, sent_at(when, 2, 9), "mail-wm1-f45.google.example.com", "192.0.2.45", "4F3Gm2Tc8VZ6",
           addr("Samer Nabulsi", "memo.jo.observatory@gmail.example.com"), hdr(subj),
           "<CAG9pLw4Tz2nK7vQ+x3Mb8Hc5sR1dWf6jN2@mail.gmail.example.com>", body)
    add(21, when, m, dict(category="both", language="ar", acknowledge=True, on_time=False, speakers=[
        sp("رولا فايز العمري", "مديرة المرصد",
           "مرصد أخلاقيات الإعلام في قضايا الهجرة واللجوء", ["roundtable"], 4)],
        report_attachments=[file_],
        notes="both on 15 February: the report (DOCX with a long Arabic name, RFC 2231 + RFC 2047) is on time but the "
              "speaker part is late ('إن كان ذلك لا يزال ممكناً'), so on_time false. The speaker is nominated as the "
              "observatory's director ('مديرة المرصد' after her name; affiliation = the observatory named earlier and "
              "in the signature); her university post in the next sentence is background, the institute is not her "
              "affiliation here ('الدكتورة' dropped); "
              "'المائدة المستديرة الرابعة' = 4. Decoys: 860 items, 2017. The sender (programme coordinator) is not "
              "the speaker. Gmail, base64."))


# ================================================================ 22  FR  report  Beirut theatre company at 23:57 on the report deadline
def m22():
    when = at("2021-02-16 23:57:31")
    subj = "Rapport volontaire – Compagnie Les Voix du Quai (Beyrouth)"
    file_ = "Rapport volontaire PMM – Compagnie Les Voix du Quai.docx"
    text = """Bonsoir,

Avec nos excuses pour l'heure tardive, voici le rapport volontaire de la Compagnie Les Voix du Quai pour l'examen régional du Pacte mondial sur les migrations. Nous avons relu la dernière version ce soir à la sortie de la répétition.

Les Voix du Quai est une compagnie de théâtre francophone fondée en 2016 à Beyrouth. Depuis 2019, nous menons des ateliers de théâtre-forum avec des travailleuses domestiques migrantes et des réfugiées syriennes ; notre spectacle « La Chambre de la bonne » a été joué quatorze fois en 2019-2020, dont deux fois après l'explosion du 4 août, sur les marches de Mar Mikhael.

Le rapport porte sur ce que le théâtre-forum a fait apparaître : le système de la kafala vu de l'intérieur des maisons, l'isolement pendant le confinement et l'accès à la justice. La photo jointe est celle de la dernière représentation, elle n'est pas indispensable au rapport.

Bien à vous,

Lina Sfeir
Directrice artistique
Compagnie Les Voix du Quai
Beyrouth – Liban

Envoyé de mon Mac
"""
    doc = make_docx(["Compagnie Les Voix du Quai - Rapport volontaire, examen regional du PMM 2021",
                     "1. La compagnie et les ateliers de theatre-forum", "2. La kafala vue de l'interieur des maisons",
                     "3. Le confinement", "4. L'acces a la justice", "5. Recommandations"])
    a = alt(text, "Apple-Mail=_E4C92A17-6B38-4D0F-8A51-C0F7D3B2E9A6", html=apple_html(text))
    body = multi("mixed", [a, attach(DOCX, doc, file_),
                           img("Chambre de la bonne - Mar Mikhael, sept 2020.png", (60, 20, 20), 48, 32)],
                 "Apple-Mail=_1F7B3D05-92C4-4E6A-B8D1-A53E0C9F7B24")
    m = mk(when, sent_at(when, 2, 8), "smtp.voixduquai.example.org", "203.0.113.122", "4F4Tn7Kc2QZ8",
           addr("Lina Sfeir", "lina.sfeir@voixduquai.example.org"), hdr(subj, enc="Q"),
           "<A91D4E62-7F3B-4C85-9E20-B6C1F8D3A074@voixduquai.example.org>", body, extra=[("X-Mailer", APPLE)])
    add(22, when, m, dict(category="voluntary_report", language="fr", acknowledge=True, on_time=True,
        report_attachments=[file_],
        notes="deadline edge: received 23:57:31 Beirut time on Tuesday 16 February, on time although the sender "
              "apologises for the hour. The DOCX (en dash in the name, RFC 2231 + RFC 2047) is the report; the photo "
              "of a performance is explicitly 'pas indispensable au rapport'. Decoys: 'quatorze fois', 'explosion du "
              "4 août'; the artistic director's signature is not a speaker request. Apple Mail."))


# ================================================================ 23  EN  report  London diaspora cultural centre, 24 minutes late
def m23():
    when = at("2021-02-17 00:23:40")
    subj = "NVDCC voluntary GCM review report - submitted 16 February"
    file_ = "NVDCC_GCM_Voluntary_Review_Report_Feb2021.pdf"
    text = """Dear Regional Review secretariat,

Please find attached the voluntary GCM review report of the Nile Valley Diaspora Cultural Centre (NVDCC), submitted today, 16 February, within the extended deadline.

NVDCC is a community arts and heritage centre in south London, run by Egyptian, Sudanese and Nubian diaspora volunteers since 2008. Besides our Saturday school, Nubian music classes and an oral-history archive of 300 recorded life stories, we run an advice desk that helps newly arrived families with housing, schools and immigration paperwork.

The report looks at the GCM from the diaspora side: how our members contribute to development in Egypt and Sudan through remittances and cultural projects (Objective 19), the cost of sending money home (Objective 20), and the difficulty of keeping ties when consular services are hard to reach.

We hope it is useful, and we would be happy to share the oral-history material with the secretariat.

With best wishes,

Hamdi Fikry
Trustee and Heritage Programme Lead
Nile Valley Diaspora Cultural Centre (NVDCC)
London, United Kingdom
Registered charity no. 0000000
"""
    pdf = rep_pdf("Voluntary GCM review report - Nile Valley Diaspora Cultural Centre (NVDCC)", "London, February 2021",
                  ["About NVDCC", "Diaspora contributions to development (Objective 19)",
                   "The cost of remittances (Objective 20)", "Consular services and ties with home",
                   "Recommendations"])
    tp = leaf("text/plain", flowed(text), "utf-8", "quoted-printable", params=[("format", "flowed")])
    body = multi("mixed", [tp, attach("application/pdf", pdf, file_)], "------------7E2B41C90D8F3A5E61B0C4D2")
    m = mk(when, sent_at(when, 0, 11), "smtp.nvdcc.example.org.uk", "203.0.113.203", "4F5Dp9Mb4WZ1",
           "Hamdi Fikry <hamdi.fikry@nvdcc.example.org.uk>", subj,
           "<8c1f4e2a-7b3d-49a6-b0e5-d2c9f1a7e384@nvdcc.example.org.uk>", body,
           extra=[("User-Agent", TB_MAC), ("Content-Language", "en-GB")])
    add(23, when, m, dict(category="voluntary_report", language="en", acknowledge=True, on_time=False,
        report_attachments=[file_],
        notes="late by 24 minutes: the Date header is Tue 16 Feb 22:23 +0000 (London) and the subject and body say "
              "'submitted today, 16 February, within the extended deadline', but it was received at 00:23:40 on 17 "
              "February Beirut time. Objectives 19 and 20 are not roundtables; the trustee's signature is not a "
              "speaker request. Thunderbird for Mac, format=flowed text only."))


# ================================================================ 24  FR  other  Brussels centre withdraws the maâlem of 08
def m24():
    when = at("2021-02-18 10:14:52")
    text = """Madame, Monsieur,

Je reviens vers vous au sujet de notre proposition du 2 février.

Le maâlem Abdelhak Ouchen vient d'être invité à une tournée avec l'Orchestre des musiques du Maghreb, du 20 au 28 février, et ne pourra donc pas participer à la consultation du 23 février. Nous retirons sa candidature et, au vu des délais, nous ne proposerons pas d'autre intervenant.

Nous suivrons les travaux avec intérêt et restons à votre disposition pour toute collaboration culturelle future.

Bien cordialement,

Nadia Boukhari
Coordinatrice
Espace culturel Tiwizi asbl

Le 02/02/2021 à 14:12, Nadia Boukhari a écrit :
""" + gt(M08_TEXT) + "\n"
    tp = leaf("text/plain", flowed(text), "utf-8", "8bit", params=[("format", "flowed"), ("delsp", "no")])
    body = multi("alternative", [tp, leaf("text/html", tb_html(text), cte="8bit")],
                 "------------5D0E7A2C9B14F8E3A6C1D047")
    m = mk(when, sent_at(when, 1, 7), "smtp.tiwizi-bxl.example.be", "203.0.113.88", "4F6Lr3Vd8NZ5",
           "Nadia Boukhari <n.boukhari@tiwizi-bxl.example.be>", hdr("Re: " + M08_SUBJ, enc="Q"),
           "<7b2e9d41-0c6a-4f38-b5d1-e93a2c7f0b68@tiwizi-bxl.example.be>", body,
           extra=[("User-Agent", TB), ("Content-Language", "fr"), ("In-Reply-To", M08_ID), ("References", M08_ID)])
    add(24, when, m, dict(category="other", language="fr", acknowledge=True, on_time=None, thread_of=H % 8,
        notes="withdrawal of the speaker of h285-08 (Thunderbird reply to the sender's own message, In-Reply-To "
              "h285-08): 'Nous retirons sa candidature ... nous ne proposerons pas d'autre intervenant'. No new "
              "speaker; the quoted original still holds the nomination and 'discussion ouverte'. The tour dates (20 "
              "au 28 février) and the orchestra are noise. Acknowledged, like earlier withdrawals."))


def main():
    for f in (m01, m02, m03, m04, m05, m06, m07, m08, m09, m10, m11, m12, m13, m14, m15, m16, m17, m18, m19,
              m20, m21, m22, m23, m24):
        f()
    SET.write()


if __name__ == "__main__":
    main()
