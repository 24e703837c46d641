#!/usr/bin/env python3
"""Write the blind evaluation set holdout254 (24 raw .eml messages + labels.json).

Deterministic, standard library only:  python3 tests/data/make_eval_sets254.py
Theme: organisations writing from personal addresses (25 January - 18 February 2021).  Board members, treasurers
and volunteers of small NGOs who write for their association from Gmail, Hotmail/Outlook.com, Yahoo, Orange,
Menara, TopNet or a phone, sign with a first name or not at all, and leave the organisation to the From display
name (a Tripoli women's association), to the e-mail domain (an Irbid group: not a written affiliation), to a
letterhead image (a Sousse association's report) or to an earlier message of the thread (an Ouarzazate treasurer
added from an iPhone under the association's report).  A Mafraq volunteer whose title is only in her own quoted
question, a husband in Khartoum writing for his wife's association (and then thanking us), a Lebanese student
sending the report 'for my director' with his signed cover letter (his Gmail vacation answers our
acknowledgement), an Erbil volunteer sending a joint report and its annex (the coordinator's Outlook.com
out-of-office), a Sudanese youth initiative in Giza proposing two speakers with Roman numerals 25 minutes before
the deadline, a late Kasserine nomination typed on a phone, a Béjaïa 'both' whose speaker's exact title is in a
P.S., an Alexandria 'both' late for its speaker, a Mosul request trusting the Arabic letter's misprinted date,
Karak's report 13 minutes before the report deadline, a Taiz report the morning after, questions from Zarzis,
Mafraq and Misrata, someone in Gabès who only wants to attend, and a bounce for a mistyped TopNet Cc.
Helpers from mailgen.py.
"""
import datetime as dt

from mailgen import (EvalSet, DOCX, POSTFIX_NOTICE, addr, alt, at, attach, b_word, dsn_report, esc, flowed,
                     gmail_html, hdr, html_only, leaf, make_docx, make_png, mk, multi, re_hdr, rep_pdf, rfc2231_cont,
                     rfcdate, sent_at, sp, std_rows, top, exchange_ooo_rows)
from mailgen import outlook_html, outlook_rows as outlook
from mailgen import quote_block as gt, ack_id as ack_mid, logo

SET = EvalSet(254)
add = SET.add
H = "h254-%02d.eml"

IPHONE = "iPhone Mail (18D52)"
APPLE = "Apple Mail (2.3654.60.0.2.21)"
YAHOO = "WebService/1.1.17648 YMailNorrin"
YAHOO_ANDROID = "WebService/1.1.17648 YahooMailAndroidMobile"
ROUNDCUBE = "Roundcube Webmail/1.4.10"
HORDE = "Horde Application Framework 5"
OUTLOOK16 = "Microsoft Outlook 16.0"


def android_html(text):
    inner = "<br>".join(esc(x) for x in text.rstrip("\n").split("\n"))
    return ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body>'
            '<div dir="auto">%s</div></body></html>\n' % inner)


def yahoo_html(text, rtl=False):
    d = "rtl" if rtl else "ltr"
    lines = "".join('<div dir="%s" data-setdir="false">%s</div>' % (d, esc(x) if x else "<br>")
                    for x in text.rstrip("\n").split("\n"))
    return ('<html><head></head><body><div class="ydp3c7e19a2yahoo-style-wrap" style="font-family:Helvetica Neue, '
            'Helvetica, Arial, sans-serif;font-size:16px;">%s</div></body></html>\n' % lines)


def apple_html(text):
    inner = "".join("<div class=\"\">%s</div>" % (esc(x) if x else "<br class=\"\">")
                    for x in text.rstrip("\n").split("\n"))
    return ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body '
            'style="word-wrap: break-word; -webkit-nbsp-mode: space; line-break: after-white-space;" class="">'
            '%s</body></html>\n' % inner)


def attach_long(ctype, data, fname):
    """Attachment whose long non-ASCII name is split in RFC 2231 continuations (filename*0*=, filename*1*= ...)."""
    p = [("name", '"%s"' % b_word(fname))]
    d = "attachment; " + "; ".join(rfc2231_cont("filename", fname, chunk=54))
    return leaf(ctype, data, cte="base64", params=p, disp=d)


def ack_ar(subject, what):
    return """السيد/ة المحترم/ة،

تشكركم أمانة الاستعراض الإقليمي للاتفاق العالمي من أجل الهجرة (المنطقة العربية) على رسالتكم «%s»، وتؤكد استلام %s. سنعود إليكم بشأن برنامج الجلسات.

أمانة الاستعراض الإقليمي - الدول العربية""" % (subject, what)


def ack_en(subject, what):
    return """Dear Sir or Madam,

The secretariat of the Regional Review of the Global Compact for Migration in the Arab region acknowledges receipt of your message "%s" and of %s. We will come back to you about the programme.

GCM Regional Review - Arab States""" % (subject, what)


# ================================================================ 01  FR  other  Zarzis: a board member on his TopNet address asks before writing
def m01():
    when = at("2021-01-25 10:14:22")
    subj = "Question avant envoi - association de Zarzis"
    text = """Bonjour,

Je fais partie du bureau d'une petite association de Zarzis, dans le sud tunisien : l'Association Mer et Avenir pour la jeunesse de Zarzis. Un ami de Médenine nous a fait suivre votre invitation la semaine dernière. Comme nous n'avons ni site ni adresse électronique au nom de l'association, je vous écris depuis ma boîte personnelle ; j'espère que cela ne pose pas de problème pour la suite.

Avant de commencer la rédaction, j'aurais deux questions :

- un seul rapport préparé à trois (nous, l'association des marins-pêcheurs de Zarzis et un collectif de mères de jeunes disparus en mer) est-il accepté comme rapport collectif, ou bien chaque association doit-elle envoyer le sien ?
- existe-t-il un modèle à suivre ? Nous n'avons trouvé aucun formulaire avec l'invitation.

Notre président aimerait peut-être prendre la parole, mais le bureau en discutera samedi et je reviendrai vers vous après.

Merci d'avance,
Hamdi
"""
    body = leaf("text/plain", flowed(text), "utf-8", "quoted-printable", params=[("format", "flowed")])
    m = mk(when, sent_at(when, 1, 5), "webmail.topnet.example.tn", "197.0.113.24", "4DPJ8w1ZxKz3",
           addr("Hamdi B.", "hamdi.bensaid71@topnet.example.tn"), subj,
           "<8d2f61c0a9e47b35c1e0f42d7a9b6e31@webmail.topnet.example.tn>", body,
           extra=[("User-Agent", ROUNDCUBE), ("X-Sender", "hamdi.bensaid71@topnet.example.tn")])
    add(1, when, m, dict(category="other", language="fr", acknowledge=True, on_time=None,
        notes="board member of a Zarzis association on his personal TopNet address (Roundcube, format=flowed, "
              "quoted-printable), signed with a first name only and a display name 'Hamdi B.': he asks whether a "
              "report written by three associations counts as one collective report and whether there is a "
              "template. He talks about a report and says the president 'aimerait peut-être prendre la parole', "
              "but submits nothing and proposes nobody. Date UTC+1."))


# ================================================================ 02  AR  speaker  Tripoli: the association is only in the Gmail display name
def m02():
    when = at("2021-01-27 19:40:05")
    subj = "ترشيح للجلسة العامة"
    text = """مرحبا،

أنا ريما، عضوة بالهيئة الإدارية، وعم بكتبلكن من إيميلي الشخصي لأنو إيميل الجمعية مسكّر معنا من أسبوع وما عم نقدر نفتحو.

وصلتنا الدعوة عن طريق شبكة جمعيات الشمال، وحابين نرشّح الست سميرة الدهيبي، رئيسة الجمعية، لمداخلة بالجلسة العامة يوم 24 أو 25 شباط. الست سميرة صرلها أكتر من عشرين سنة عم تشتغل مع عيل التبانة وجبل محسن، والسنة الماضية طلعوا كتير شباب من المنطقة بالمراكب عَ قبرص ومنهم ما رجعوا، وهي عم تتابع مع أهاليهم.

بالنسبة للتقرير، عم نشتغل عليه بس لسّا مش جاهز، رح نبعتلكن ياه أول ما يخلص إن شاء الله.

شكراً كتير
ريما
"""
    body = alt(text, "000000000000b5d1e305b9f1c4a7", html=gmail_html(text, rtl=True), b64=True)
    org = "جمعية نساء باب التبانة للتنمية"
    m = mk(when, sent_at(when, 2, 9), "mail-wr1-f52.google.example.com", "192.0.2.52", "4DQmX42TbVz6",
           "%s <rima.hajj.88@gmail.example.com>" % b_word(org), hdr(subj),
           "<CAJf7Rk2Mw9xT4bN+q1Vs8Lc5hY3dGe0pZ6@mail.gmail.example.com>", body)
    add(2, when, m, dict(category="speaker_request", language="ar", acknowledge=True, on_time=True, speakers=[
        sp("سميرة الدهيبي", "رئيسة الجمعية", org, ["plenary"])],
        notes="Lebanese colloquial from a board member's personal Gmail (the association's mailbox is locked): the "
              "body only says 'الجمعية' and signs 'ريما'; the organisation's name is only in the From display name "
              "(one RFC 2047 word), so the affiliation is taken from there (check_labels warns: it reads bodies only). 'الست' dropped; 'بالجلسة العامة يوم 24 أو 25' = "
              "plenary. The report 'لسّا مش جاهز' is announced, not sent: not 'both'. The sender is not the "
              "speaker. Gmail base64 text+HTML."))


# ================================================================ 03  AR  other  Mafraq: a volunteer asks whether volunteers may speak
M03_ID = "<AM0P190MB0411C6E3A92F7D15@AM0P190MB0411.EURP190.PROD.OUTLOOK.example.com>"
M03_SUBJ = "استفسار بخصوص مشاركة المتطوعين"
M03_TEXT = """السلام عليكم ورحمة الله وبركاته،

اسمي رشا محمود العمري، منسقة المتطوعين في جمعية سواعد الخير للتنمية المجتمعية في المفرق. نعمل مع الأسر السورية في التجمعات غير الرسمية حول المفرق ومع الأسر الأردنية المستضيفة لها.

أود الاستفسار عن أمرين:
1. هل يحق لمتطوعة مثلي (لست موظفة في الجمعية ولا عضوة في الهيئة الإدارية) أن تطلب دوراً كمتحدثة في الاستعراض، أم يجب أن يكون المتحدث من إدارة الجمعية؟
2. هل يجب أن يصلكم الطلب من البريد الرسمي للجمعية؟ فأنا أراسلكم من بريدي الشخصي.

وشكراً لكم
رشا
"""


def m03():
    when = at("2021-01-28 09:20:47")
    a = alt(M03_TEXT, "_000_AM0P190MB0411C6E3A92F7D15_", html=outlook_html(M03_TEXT, lang="AR-JO", rtl=True))
    m = mk(when, sent_at(when, 2, 6), "mail-am6eur05olkn2011.outbound.protection.outlook.example.com",
           "198.51.100.11", "4DR2pL7YcHz0", addr("Rasha Omari", "rasha_omari93@hotmail.example.com"),
           hdr(M03_SUBJ), M03_ID, a, extra=outlook(hdr(M03_SUBJ), "AQHW9VxK3nRt5Yb7Nc9Mw1Pq3Sz5Ud==", lang="ar-JO"))
    add(3, when, m, dict(category="other", language="ar", acknowledge=True, on_time=None,
        notes="a volunteer on her personal Hotmail asks whether a volunteer may request a speaking role and whether "
              "the request must come from the association's address: she introduces herself with full name, title "
              "and organisation but requests nothing yet (her request follows in h254-06). Outlook.com text+HTML "
              "quoted-printable, Latin display name."))


# ================================================================ 04  EN  speaker  Irbid: the organisation only in the e-mail domain
def m04():
    when = at("2021-01-29 15:02:31")
    subj = "Roundtable speaker"
    text = """Hello,

Following the invitation we got last week, we would like to put forward our chairperson, Ms. Lubna Arabiyat, to take the floor at the second roundtable (24-25 February). For years she has been following the cases of Jordanian women married to non-Jordanians and the residency and work of their children, so she is the right person for this.

I hope this is enough, let me know if you need anything else from our side.

Kind regards,
Yousra

"""
    body = multi("alternative", [leaf("text/plain", text), leaf("text/html", apple_html(text))],
                 "Apple-Mail=_5C0E7B2A-91D4-4F63-A8B1-3E27D9F0C6A4")
    m = mk(when, sent_at(when, 2, 7), "mail.sanabel-irbid.example.org", "203.0.113.77", "4DS9Tq05WmZ8",
           "Yousra Haddadin <yousra@sanabel-irbid.example.org>", subj,
           "<0E4B7C19-6A2D-4F85-B3C1-9D7E2A5F8B60@sanabel-irbid.example.org>", body, extra=[("X-Mailer", APPLE)])
    add(4, when, m, dict(category="speaker_request", language="en", acknowledge=True, on_time=True, speakers=[
        sp("Lubna Arabiyat", "chairperson", None, ["roundtable"], 2)],
        notes="the sender proposes 'our chairperson' but never names the organisation: it shows only in the e-mail "
              "domain (sanabel-irbid), which is not a written affiliation, so affiliation null. 'Ms.' dropped; "
              "roundtable as the ordinal 'the second roundtable'; signed 'Yousra' (not the speaker). Apple Mail "
              "text+HTML, Date UTC+2."))


# ================================================================ 05  FR  report  Ouarzazate: treasurer's Menara address, report + registration receipt
M05_ID = "<20210130112945.Horde.Xk3pQ8nR1vB0aF2lZc7Tw9m@webmail.menara.example.ma>"
M05_SUBJ = "Rapport volontaire examen régional PMM"
M05_FILE = "Rapport ATDL - Examen régional PMM 2021.pdf"
M05_IMG = "récépissé_ATDL.png"
M05_TEXT = """Bonjour Madame, Monsieur,

Je vous transmets en pièce jointe le rapport volontaire de l'Association Tilelli pour le développement local (ATDL) de Ouarzazate. Il a été préparé par les membres du bureau à partir des ateliers de décembre avec les familles des ouvrières saisonnières parties en Espagne (Huelva) et avec les jeunes des douars de la vallée du Drâa.

J'ai joint aussi la photo du récépissé de dépôt de l'association, au cas où vous en auriez besoin pour vérifier que nous sommes bien déclarés.

Je vous écris depuis mon adresse personnelle, l'association n'a pas encore d'adresse à son nom.

Cordialement,
Fatima-Zahra
"""


def m05():
    when = at("2021-01-30 12:29:50")
    pdf = rep_pdf("Rapport volontaire - ATDL Ouarzazate", "Association Tilelli pour le developpement local (ATDL)",
                  ["Les ouvrieres saisonnieres de Huelva et leurs familles", "Les jeunes des douars du Draa",
                   "Transferts d'argent et COVID-19", "Recommandations"])
    text_part = leaf("text/plain", flowed(M05_TEXT), "utf-8", "quoted-printable",
                     params=[("format", "flowed"), ("DelSp", "Yes")])
    body = multi("mixed", [text_part, attach("application/pdf", pdf, M05_FILE),
                           attach("image/png", make_png(48, 32, (231, 226, 214)), M05_IMG)],
                 "=_Jd3kAq8nV0sX1pQ7rT5yU2w")
    m = mk(when, sent_at(when, 1, 5), "webmail.menara.example.ma", "196.200.113.35", "4DSxQ63VrLz1",
           "FZ Ait Ouaziz <fz.aitouaziz@menara.example.ma>", hdr(M05_SUBJ, enc="Q"), M05_ID, body,
           extra=[("User-Agent", HORDE)])
    add(5, when, m, dict(category="voluntary_report", language="fr", acknowledge=True, on_time=True,
        report_attachments=[M05_FILE],
        notes="Menara webmail (Horde, format=flowed QP) from a board member's personal address, signed with a first "
              "name only; two attachments with accented names (RFC 2231 + RFC 2047): the PDF is the report, the "
              "photo of the association's registration receipt ('récépissé') is not. Her iPhone follow-up adds a "
              "speaker (h254-11). Date UTC+1."))


# ================================================================ 06  AR  speaker  Mafraq volunteer: her title only in her own quoted question
def m06():
    when = at("2021-01-31 16:45:12")
    new = """مساء الخير،

لم يصلني جواب على سؤالي أدناه سوى إشعار الاستلام، وحتى لا يفوتنا الموعد أرسل لكم طلبي الآن: أرجو تسجيلي لتقديم مداخلة في المائدة المستديرة الرابعة (24-25 شباط). وإن تبيّن أن المتطوعين لا يحق لهم الحديث فأرجو إعلامي.

سأتحدث عن النساء السوريات العاملات في المزارع حول المفرق وعن صعوبة تجديد تصاريح العمل الزراعي.

مع الشكر،
رشا"""
    quoted = """________________________________
من: Rasha Omari <rasha_omari93@hotmail.example.com>
تم الإرسال: الخميس، 28 يناير، 2021 09:20 ص
إلى: gcmrrarabstates@iom.int <gcmrrarabstates@iom.int>
الموضوع: %s

%s""" % (M03_SUBJ, M03_TEXT)
    text = new + "\n\n" + quoted
    a = alt(text, "_000_AM0P190MB04115B2D8E1C4F90_", html=outlook_html(text, lang="AR-JO", rtl=True), b64=True)
    subj = re_hdr("RE: ", M03_SUBJ)
    m = mk(when, sent_at(when, 2, 8), "mail-am6eur05olkn2019.outbound.protection.outlook.example.com",
           "198.51.100.19", "4DT5vR28NkZ4", addr("Rasha Omari", "rasha_omari93@hotmail.example.com"), subj,
           "<AM0P190MB04115B2D8E1C4F90@AM0P190MB0411.EURP190.PROD.OUTLOOK.example.com>", a,
           extra=[("In-Reply-To", M03_ID), ("References", M03_ID)]
           + outlook(re_hdr("RE: ", M03_SUBJ), "AQHW9VxK3nRt5Yb7Nc9Mw1Pq3Sz5UdAAHm4Kw==", lang="ar-JO"))
    add(6, when, m, dict(category="speaker_request", language="ar", acknowledge=True, on_time=True,
        thread_of=H % 3, speakers=[
            sp("رشا محمود العمري", "منسقة المتطوعين", "جمعية سواعد الخير للتنمية المجتمعية", ["roundtable"], 4)],
        notes="Outlook.com 'RE:' to her own earlier question (h254-03): the new text only says 'أرجو تسجيلي ... "
              "المائدة المستديرة الرابعة' and signs 'رشا'; her full name, title and organisation are only in the "
              "quoted h254-03 below the Arabic Outlook header block ('في المفرق' is the place). The questions "
              "quoted below are old; roundtable as the ordinal 'الرابعة'. base64 text+HTML."))


# ================================================================ 07  FR  both  Béjaïa: a volunteer sends the report and the president, title in a P.S.
M07_FILE = "Rapport_ATSC_Pacte_mondial_Béjaïa.pdf"


def m07():
    when = at("2021-02-01 10:10:40")
    subj = "Rapport volontaire + proposition d'intervenant"
    text = """Bonjour,

Je suis bénévole à l'Association Tadukli pour la solidarité et la citoyenneté (ATSC), à Béjaïa. Le bureau m'a chargée de vous envoyer notre rapport volontaire pour l'examen régional du Pacte mondial (en PDF ci-joint). Il a été rédigé avec les familles des jeunes partis en harga depuis les plages de Béjaïa et de Tigzirt depuis 2019.

Nous voudrions aussi proposer notre président, M. Arezki Mebarki, pour une intervention lors de la table ronde III. Il peut s'exprimer en arabe ou en français.

Cordialement,
Lydia

P.S. Pour le programme, son titre exact est « président du bureau exécutif ».
"""
    cid = "ii_kkm3q8d70"
    html = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body>'
            '<div dir="ltr">%s<br><br><div><img src="cid:%s" alt="logo ATSC.png" width="96" height="48"></div>'
            '</div></body></html>\n' % ("<br>".join(esc(x) for x in text.rstrip("\n").split("\n")), cid))
    a = alt(text + "\n[image: logo ATSC.png]\n", "000000000000f2c8a105ba3e71d9", html=html)
    rel = multi("related", [a, logo(cid, (0, 110, 150), "logo ATSC.png")], "000000000000f2c8a205ba3e71da")
    pdf = rep_pdf("Rapport volontaire - ATSC Bejaia", "Association Tadukli pour la solidarite et la citoyennete",
                  ["Les departs en harga depuis Bejaia et Tigzirt", "Les familles des disparus",
                   "Les jeunes revenus apres une expulsion", "Recommandations"])
    body = multi("mixed", [rel, attach("application/pdf", pdf, M07_FILE)], "000000000000f2c8a305ba3e71db")
    m = mk(when, sent_at(when, 1, 6), "mail-ej1-f47.google.example.com", "192.0.2.47", "4DTkW81QsMz2",
           "Lydia Haddadi <lydia.haddadi.bja@gmail.example.com>", hdr(subj, enc="Q"),
           "<CAKm3Rv8Yt1qN5xW+d7Bp2Hc9sL6eF4gJz0@mail.gmail.example.com>", body)
    add(7, when, m, dict(category="both", language="fr", acknowledge=True, on_time=True, speakers=[
        sp("Arezki Mebarki", "président du bureau exécutif",
           "Association Tadukli pour la solidarité et la citoyenneté (ATSC)", ["roundtable"], 3)],
        report_attachments=[M07_FILE],
        notes="both, on time (1 February), from a volunteer's Gmail signed 'Lydia': the report PDF (accented name, "
              "RFC 2231 + RFC 2047) and the president for 'la table ronde III' (Roman numeral). The body says only "
              "'notre président'; his exact title comes in a P.S. after the signature ('président du bureau "
              "exécutif'). 'M.' dropped; ', à Béjaïa' is the place. The inline signature logo is not part of the "
              "report. Gmail mixed/related/alternative."))


# ================================================================ 08  EN  report  Erbil: joint report + annex from a volunteer's Hotmail, coordinator in Cc
M08_ID = "<VI1P189MB0527E4A1C9D3B806@VI1P189MB0527.EURP189.PROD.OUTLOOK.example.com>"
M08_SUBJ = "Joint voluntary GCM review report - Erbil and Duhok community groups"
M08_QID = "4DVF3n6XtRz9"
M08_FILES = ["Joint_GCM_Report_Erbil-Duhok_FINAL.pdf", "Annex 1 – Case stories.docx"]


def m08():
    when = at("2021-02-02 13:25:08")
    text = """Dear colleagues,

Please find attached the joint voluntary GCM review report of three community groups in the Kurdistan Region of Iraq: the Bridges Youth Team in Erbil, the women's committee of Darashakran camp and the Returnees' Support Network in Duhok.

The PDF is the main report. The Word document is Annex 1 (eight case stories of families who returned from Europe or were sent back from Belarus and Turkey) and it is part of the report, so please read them together.

I volunteered to put the texts together and send them, which is why I am writing from my own address. Our coordinator, Shwan Kareem, is copied.

Best,
Sazan
"""
    pdf = rep_pdf("Joint voluntary GCM review report", "Three community groups in Erbil and Duhok",
                  ["Who we are", "Returns from Europe, Belarus and Turkey", "Darashakran camp: women and work",
                   "Recommendations"])
    doc = make_docx(["Annex 1 - Case stories", "Story 1: a family from Erbil returned from Germany",
                     "Story 2: a young man sent back from the Belarus border", "Story 3: a widow in Darashakran camp"])
    a = alt(text, "_000_VI1P189MB0527E4A1C9D3B806_", html=outlook_html(text, lang="EN-GB"))
    body = multi("mixed", [a, attach("application/pdf", pdf, M08_FILES[0]), attach(DOCX, doc, M08_FILES[1])],
                 "_004_VI1P189MB0527E4A1C9D3B806_")
    m = mk(when, sent_at(when, 3, 9), "mail-vi1eur04olkn2052.outbound.protection.outlook.example.com",
           "198.51.100.52", M08_QID, "Sazan Ahmed <sazan.ahmed91@hotmail.example.com>", M08_SUBJ, M08_ID, body,
           cc="Shwan Kareem <shwan.kareem@outlook.example.com>",
           extra=outlook(M08_SUBJ, "AQHW+SkD4Lm6Np8Rq0Ts2Vu4Xw6Yz8Ab==", lang="en-GB", has_attach="yes"))
    add(8, when, m, dict(category="voluntary_report", language="en", acknowledge=True, on_time=True,
        report_attachments=M08_FILES,
        notes="joint report of three groups sent by a volunteer from her personal Hotmail, signed 'Sazan': the PDF "
              "and the DOCX annex (name with an en dash, RFC 2231 + RFC 2047) together make the report and both are "
              "listed. The coordinator in Cc is not a speaker; his Outlook.com out-of-office answers our "
              "acknowledgement (h254-09). Date UTC+3."))


# ================================================================ 09  EN  auto_reply  the Erbil coordinator's out-of-office on our acknowledgement of 08
def m09():
    when = at("2021-02-02 13:26:19")
    text = """Thank you for your message.

I am in Sulaymaniyah for a training until Sunday 7 February with little access to email. For urgent matters about the Bridges Youth Team please call me on +964 750 000 0000.

Shwan Kareem
"""
    body = alt(text, "_000_DB8P189MB0964OOF2A7C1E5D3_", html=outlook_html(text, lang="EN-GB"))
    rows = exchange_ooo_rows(when, "mail-db8eur05olkn2077.outbound.protection.outlook.example.com", "198.51.100.77",
                             "4DVF5b8ZqWz1", "Shwan Kareem <shwan.kareem@outlook.example.com>",
                             "<DB8P189MB0964OOF2A7C1E5D3@DB8P189MB0964.EURP189.PROD.OUTLOOK.example.com>",
                             M08_SUBJ, M08_ID, ack_mid(M08_QID), "en-GB", (3, 2))
    add(9, when, top(body, rows), dict(category="auto_reply", language="en", acknowledge=False, on_time=None,
        notes="Outlook.com 'Automatic reply:' of the coordinator copied on h254-08, 71 seconds after it, answering "
              "our acknowledgement (In-Reply-To our acknowledgement, References name h254-08); it names a person "
              "and a group like a signature. Never acknowledge; thread_of null as for dev auto-replies."))


# ================================================================ 10  EN  speaker  Khartoum: a husband writes for his wife's association (Yahoo)
M10_ID = "<1612375961204.3318475@mail.yahoo.example.com>"
M10_SUBJ = "Speaking role request for Dr. Hanan Osman Babiker"
M10_QID = "4DWcN27PfTz5"


def m10():
    when = at("2021-02-03 20:12:44")
    text = """Dear Sirs,

I am writing on behalf of my wife, Dr. Hanan Osman Babiker, who is the president of the Sudanese Women's Association for Safe Migration (SWASM) here in Khartoum. Her laptop is broken and she does not use email on the phone, so she asked me to send this.

She would like to request a speaking role in roundtable number 3 on 24 or 25 February. If this is not possible, she is also ready to join the open discussion of the consultation on 23 February.

For your information I am not a member of the association myself, I am an electrical engineer with the distribution company, so please reply to this address and I will pass your answer to her.

Best regards,
Kamal Eldin Mustafa
"""
    a = alt(text, "----=_Part_3318474_1907263518.1612375961203", html=yahoo_html(text))
    m = mk(when, sent_at(when, 2, 7), "sonic305-19.consmr.mail.ir2.yahoo.example.com", "198.51.100.205", M10_QID,
           "Kamal Eldin Mustafa <kamal_mustafa66@yahoo.example.com>", M10_SUBJ, M10_ID, a,
           extra=[("X-Mailer", YAHOO)])
    add(10, when, m, dict(category="speaker_request", language="en", acknowledge=True, on_time=True, speakers=[
        sp("Hanan Osman Babiker", "president", "Sudanese Women's Association for Safe Migration (SWASM)",
           ["roundtable", "open_discussion"], 3)],
        notes="a husband writes from his own Yahoo address for his wife's association: she is the speaker ('Dr.' "
              "dropped, in the subject too), he is not a member and his own job ('electrical engineer with the "
              "distribution company') is a decoy; 'roundtable number 3' first, the open discussion as a fallback; "
              "'here in Khartoum' is the place. Thanked in h254-15."))


# ================================================================ 11  FR  speaker  Ouarzazate: treasurer added from an iPhone, association only in the quote
def m11():
    when = at("2021-02-04 08:50:03")
    new = """Bonjour,

Suite à mon message ci-dessous, le bureau a décidé hier soir de proposer aussi notre trésorière, Mme Itto Oubella, pour la discussion ouverte de la consultation du 23 février. Elle parle tamazight, arabe et un peu français.

Merci
Fatima-Zahra

Envoyé de mon iPhone

"""
    text = new + "> Le 30 janv. 2021 à 11:29, FZ Ait Ouaziz <fz.aitouaziz@menara.example.ma> a écrit :\n>\n" + \
        gt(M05_TEXT) + "\n"
    body = leaf("text/plain", text, "utf-8", "quoted-printable")
    m = mk(when, sent_at(when, 1, 9), "webmail.menara.example.ma", "196.200.113.35", "4DX0sJ94HcWz",
           "FZ Ait Ouaziz <fz.aitouaziz@menara.example.ma>", hdr("Re: " + M05_SUBJ, enc="Q"),
           "<6F1D8A3C-52B7-4E09-9C4A-7B2E1F0D3A85@menara.example.ma>", body,
           extra=[("In-Reply-To", M05_ID), ("References", M05_ID), ("X-Mailer", IPHONE)])
    add(11, when, m, dict(category="speaker_request", language="fr", acknowledge=True, on_time=True,
        thread_of=H % 5, speakers=[
            sp("Itto Oubella", "trésorière", "Association Tilelli pour le développement local (ATDL)",
               ["open_discussion"])],
        notes="iPhone reply to her own report message h254-05 (In-Reply-To): the new lines name the treasurer "
              "('Mme' dropped) and the open discussion of 23 February but say only 'le bureau'; the association's "
              "name and acronym are only in the quoted h254-05. The report is not re-sent (quoted text only), so "
              "a speaker request, not 'both'. Quoted-printable plain text."))


# ================================================================ 12  EN  speaker  Giza: two speakers with Roman numerals, 23:31 on the deadline
def m12():
    when = at("2021-02-05 23:31:27")
    subj = "nomination speakers SYVI"
    text = """Dear team

Good evening and sorry for writing so late, the internet was down in our area the whole day.

I am writing for the Sudanese Youth Voices Initiative (SYVI), a group of young Sudanese refugees in Ard el-Lewa, Giza. We want to nominate two speakers:

1) Ustaz Mohamed Elamin Abdelrahim - Coordinator - Roundtable II
2) Ms Amna Yousif Kuku - legal aid volunteer - Roundtable IV, or the open discussion on 23 Feb if IV is full

Both of them speak Arabic and English.

Thanks
Tariq

Sent from my Samsung Galaxy smartphone.
"""
    body = leaf("text/plain", text, "utf-8", "base64")
    m = mk(when, sent_at(when, 2, 11), "mail-pf1-f174.google.example.com", "192.0.2.174", "4DXq8Gm3VnKz",
           "Tariq Adam <tariq.adam.syvi@gmail.example.com>", subj,
           "<k2x9b7-4r1m8q-6wzt3c-0h5n2p.e4@email.android.com>", body)
    syvi = "Sudanese Youth Voices Initiative (SYVI)"
    add(12, when, m, dict(category="speaker_request", language="en", acknowledge=True, on_time=True, speakers=[
        sp("Mohamed Elamin Abdelrahim", "Coordinator", syvi, ["roundtable"], 2),
        sp("Amna Yousif Kuku", "legal aid volunteer", syvi, ["roundtable", "open_discussion"], 4)],
        notes="received 23:31 Beirut on Fri 5 Feb (on time) from a phone, text/plain base64, signed 'Tariq' (not a "
              "speaker); two speakers on dash-separated lines with Roman numerals ('Roundtable II', 'Roundtable "
              "IV'); honorifics 'Ustaz' and 'Ms' dropped; the second has the open discussion as a fallback; ', a "
              "group of young Sudanese refugees in Ard el-Lewa, Giza' is description, not affiliation."))


# ================================================================ 13  FR  speaker  Kasserine: late, typed on a phone, two speakers, numbers in words
def m13():
    when = at("2021-02-06 09:05:55")
    subj = "proposition intervenantes AFRK"
    text = """Bonjour
je vous écris de la part de l'Association des Femmes Rurales de Kasserine (AFRK). nous avons su hier seulement par une amie de Tunis que la date pour les intervenants était le 5 février, désolé pour le retard, on espère que c'est encore possible.
nous proposons :
- Mme Zohra Mabrouki, présidente de l'association, pour une intervention en séance plénière
- Mlle Asma Gharsalli, animatrice du club des jeunes filles, pour la table ronde numéro quatre
merci de nous répondre sur cette adresse
Hédi

Envoyé depuis mon smartphone Samsung Galaxy."""
    body = html_only(android_html(text).split("<body>")[1].split("</body>")[0], b64=True)
    m = mk(when, sent_at(when, 1, 12), "smtp.orange.example.tn", "41.0.113.90", "4DY1Lc76RsPz",
           addr("Hédi", "hedi.afrk@orange.example.tn", enc="Q"), subj,
           "<d8q3w1-7ks0z4-2nv6bx-5m9t1e.a2@email.android.com>", body)
    afrk = "Association des Femmes Rurales de Kasserine (AFRK)"
    add(13, when, m, dict(category="speaker_request", language="fr", acknowledge=True, on_time=False, speakers=[
        sp("Zohra Mabrouki", "présidente de l'association", afrk, ["plenary"]),
        sp("Asma Gharsalli", "animatrice du club des jeunes filles", afrk, ["roundtable"], 4)],
        notes="late (Sat 6 Feb 09:05 Beirut), the sender knows it; phone mail on an Orange address, HTML-only "
              "base64, lower-case sentence starts, signed 'Hédi' (not a speaker, display name a first name only); "
              "two speakers on dash lines with 'Mme'/'Mlle' dropped; 'séance plénière' and 'table ronde numéro "
              "quatre' (number in words). Date UTC+1."))


# ================================================================ 14  AR  other  Misrata: can we send from a personal address, are photos accepted?
def m14():
    when = at("2021-02-07 11:00:18")
    subj = "سؤال بخصوص ارسال التقرير"
    text = """السلام عليكم

نبو نسألوكم على حاجتين قبل ما نبعتو التقرير:

اولا: احنا منظمة صغيرة في مصراتة (منظمة أفق للشباب والتنمية) وماعندناش ايميل رسمي، عادي نبعتو التقرير من الايميل الشخصي متاعي؟

ثانيا: التقرير كتبناه بالعربي، والملاحق فيها شهادات مهاجرين من تشاد والنيجر مكتوبة باليد في مركز الإيواء. نقدرو نحطوهم صور ولا لازم يكونو مطبوعين؟

ان شاء الله نبعتوه قبل يوم 16 فبراير.

وشكرا
عبدالسلام
"""
    a = alt(text, "----=_Part_1455120_604218937.1612688413551", html=yahoo_html(text, rtl=True), b64=True)
    m = mk(when, sent_at(when, 2, 5), "sonic314-21.consmr.mail.bf2.yahoo.example.com", "198.51.100.214",
           "4DYnB05KxTz3", addr("Abdulsalam Swehli", "a.swehli.ufuq@yahoo.example.com"), hdr(subj),
           "<1612688413551.1455121@mail.yahoo.example.com>", a, extra=[("X-Mailer", YAHOO_ANDROID)])
    add(14, when, m, dict(category="other", language="ar", acknowledge=True, on_time=None,
        notes="Libyan colloquial ('نبو نسألوكم', 'ماعندناش', 'متاعي') from a personal Yahoo address on Android: "
              "two questions (a personal address, hand-written testimonies as photos) about a report promised "
              "'قبل يوم 16 فبراير' but not sent; the organisation is named in brackets, the sender signs with a "
              "first name. base64 text+HTML, Latin display name."))


# ================================================================ 15  EN  other  the husband thanks us for the acknowledgement of 10
def m15():
    when = at("2021-02-08 14:20:36")
    ack = ack_mid(M10_QID)
    quoted = ack_en(M10_SUBJ, "your request for a speaking role (1 speaker)")
    text = """Thank you very much. I showed her your message and she is very happy, she will wait for your news about the programme.

Kamal

On Wednesday, 3 February 2021, 20:13:10 GMT+2, GCM Regional Review Arab States <gcmrrarabstates@iom.int> wrote:

""" + gt(quoted) + "\n"
    body = leaf("text/plain", text, "utf-8", "quoted-printable")
    m = mk(when, sent_at(when, 2, 6), "sonic305-19.consmr.mail.ir2.yahoo.example.com", "198.51.100.205",
           "4DZb7Hn1QwLz", "Kamal Eldin Mustafa <kamal_mustafa66@yahoo.example.com>",
           "Re: Acknowledgement of receipt - " + M10_SUBJ, "<1612786832140.3912846@mail.yahoo.example.com>", body,
           extra=[("In-Reply-To", ack), ("References", M10_ID + " " + ack), ("X-Mailer", YAHOO)])
    add(15, when, m, dict(category="other", language="en", acknowledge=False, on_time=None, thread_of=H % 10,
        notes="the husband of h254-10 thanks us for the acknowledgement on his wife's behalf (In-Reply-To our "
              "acknowledgement, References name h254-10): adds nothing new, so no acknowledgement. The quoted "
              "acknowledgement repeats 'speaking role' and the subject with 'Dr.'; plain text QP."))


# ================================================================ 16  AR  both  Alexandria: report on time, director late, volunteer's Hotmail from iOS
M16_FILE = "تقرير جمعية سفينة النجاة.pdf"


def m16():
    when = at("2021-02-09 10:40:59")
    subj = "تقرير جمعية سفينة النجاة + ترشيح للمؤتمر"
    text = """مساء الخير يا فندم،

مرفق لحضراتكم التقرير الطوعي بتاع جمعية سفينة النجاة لرعاية أسر الصيادين، عن ولادنا اللي بيطلعوا في المراكب من المكس وأبو قير على إيطاليا، وعن الأمهات اللي مستنيين أي خبر عن ولادهم من سنين.

وكمان مجلس الإدارة حابب يرشح الدكتورة هالة عبد المنعم سرور، المديرة التنفيذية للجمعية، عشان تتكلم في المائدة المستديرة الأولى. إحنا عارفين إن ميعاد المتحدثين كان 5 فبراير بس ماعرفناش غير امبارح، فلو ينفع يبقى كرم منكم.

أنا مصطفى، متطوع في الجمعية، وببعت من الإيميل بتاعي عشان إيميل الجمعية واقع.

شكراً
مصطفى

Get Outlook for iOS
"""
    pdf = rep_pdf("Voluntary GCM review report (Arabic)", "Safinat Al-Najat association for fishermen's families",
                  ["Boats from El Max and Abu Qir to Italy", "Mothers waiting for news", "Minors on the boats",
                   "Recommendations"])
    a = alt(text, "_000_PAXP193MB1742D3A8E5C1F62B_", html=outlook_html(text, lang="AR-EG", rtl=True), b64=True)
    body = multi("mixed", [a, attach("application/pdf", pdf, M16_FILE)], "_004_PAXP193MB1742D3A8E5C1F62B_")
    m = mk(when, sent_at(when, 2, 14), "mail-pa4eur04olkn2093.outbound.protection.outlook.example.com",
           "198.51.100.93", "4Dbd2Rk8MvXz", addr("Mostafa Elsherbiny", "mostafa_elsherbiny@hotmail.example.com"),
           hdr(subj), "<PAXP193MB1742D3A8E5C1F62B@PAXP193MB1742.EURP193.PROD.OUTLOOK.example.com>", body,
           extra=outlook(hdr(subj), "AQHW/tCv3Kp5Rm7Tn9Vq1Xs3Zu5Wb==", lang="ar-EG", has_attach="yes"))
    add(16, when, m, dict(category="both", language="ar", acknowledge=True, on_time=False, speakers=[
        sp("هالة عبد المنعم سرور", "المديرة التنفيذية", "جمعية سفينة النجاة لرعاية أسر الصيادين", ["roundtable"],
           1)],
        report_attachments=[M16_FILE],
        notes="both, received 9 February: the report is on time but the speaker part is late (the sender admits it), "
              "so on_time false. Egyptian colloquial from a volunteer's personal Hotmail (Outlook for iOS), signed "
              "'مصطفى', not the speaker; 'الدكتورة' dropped; title 'المديرة التنفيذية' ('للجمعية' points to the "
              "affiliation); 'المائدة المستديرة الأولى' = roundtable 1. Arabic PDF name (RFC 2231 + RFC 2047), "
              "base64 text+HTML."))


# ================================================================ 17  EN  report  Saida: a student volunteer sends the report 'for my director'
M17_ID = "<CAN5eX3hPq8rT2vB+k6Wm1Lz9cY4sDf7gA3@mail.gmail.example.com>"
M17_SUBJ = "Voluntary report - sent for my director"
M17_QID = "4Dc7Hx39TpKz"
M17_FILE = "GCM_voluntary_report_DWC_final.pdf"
M17_COVER = "Cover letter signed.pdf"


def m17():
    when = at("2021-02-10 17:05:14")
    text = """Dear GCM Regional Review team,

My name is Lara, I am a student at the Lebanese University and I volunteer at Dar Al-Ward Centre for Migrant Women in Saida. I am sending this for my director, Dr. Marwan Bizri, who is travelling this week and asked me to submit our voluntary report before the deadline.

Attached you will find:
- GCM_voluntary_report_DWC_final.pdf (the report)
- Cover letter signed.pdf (his cover letter)

He is in cc, so please reply to him as well. Sorry if anything is missing, it is the first time I do this!

Thanks a lot,
Lara
"""
    rep = rep_pdf("Voluntary GCM review report", "Dar Al-Ward Centre for Migrant Women, Saida",
                  ["Migrant domestic workers in Saida after August 2020", "Kafala and leaving employers",
                   "Shelter and repatriation", "Recommendations"])
    cover = rep_pdf("Cover letter", "Dr. Marwan Bizri, Director, Dar Al-Ward Centre for Migrant Women",
                    ["We are pleased to submit our voluntary report", "Signed: M. Bizri"])
    a = alt(text, "000000000000d41b6705bb08e2c4", html=gmail_html(text))
    body = multi("mixed", [a, attach("application/pdf", rep, M17_FILE), attach("application/pdf", cover, M17_COVER)],
                 "000000000000d41b6905bb08e2c6")
    m = mk(when, sent_at(when, 2, 8), "mail-lj1-f181.google.example.com", "192.0.2.181", M17_QID,
           "Lara Khalife <lara.khalife02@gmail.example.com>", M17_SUBJ, M17_ID, body,
           cc="Marwan Bizri <marwan.bizri60@gmail.example.com>")
    add(17, when, m, dict(category="voluntary_report", language="en", acknowledge=True, on_time=True,
        report_attachments=[M17_FILE],
        notes="a student volunteer sends the centre's report 'for my director' from her own Gmail; two PDFs, and "
              "the body says which is which: only the report is listed, not the signed cover letter. The director "
              "('Dr.' ...) is named and copied but is not proposed as a speaker. His Gmail vacation reply answers "
              "our acknowledgement (h254-18)."))


# ================================================================ 18  FR  auto_reply  the director's Gmail vacation reply to our acknowledgement of 17
def m18():
    when = at("2021-02-10 17:05:51")
    ack = ack_mid(M17_QID)
    text = """Bonjour,

Je suis en déplacement jusqu'au 20 février avec un accès très limité à mes courriels. Pour toute question concernant le centre, merci d'appeler le secrétariat au +961 7 000 000.

Cordialement,
Marwan Bizri
"""
    a = alt(text, "0000000000003a7c1e05bb0f9d21", html=gmail_html(text))
    rows = [("Return-Path", "<marwan.bizri60@gmail.example.com>"), ("Delivered-To", "gcmrrarabstates@iom.int"),
            ("Received", "from mail-sor-f41.google.example.com (mail-sor-f41.google.example.com [192.0.2.41])\r\n"
                         "\tby mx1.iom.int (Postfix) with ESMTPS id 4Dc7JB2WmRz5\r\n"
                         "\tfor <gcmrrarabstates@iom.int>; %s" % rfcdate(when, "EET")),
            ("Auto-Submitted", "auto-replied"),
            ("From", "Marwan Bizri <marwan.bizri60@gmail.example.com>"),
            ("To", "gcmrrarabstates@iom.int"),
            ("Subject", hdr("Absent jusqu'au 20 février", enc="Q")),
            ("Date", rfcdate(sent_at(when, 2, 3))),
            ("Message-ID", "<0000000000003a7c1e05bb0f9d21@google.example.com>"),
            ("In-Reply-To", ack), ("References", M17_ID + " " + ack)]
    add(18, when, top(a, rows), dict(category="auto_reply", language="fr", acknowledge=False, on_time=None,
        notes="Gmail vacation responder of the director copied on h254-17 (English mail), written in French with "
              "its own subject 'Absent jusqu'au 20 février'; only Auto-Submitted: auto-replied and the threading "
              "headers (our acknowledgement, h254-17) mark it as automatic. Never acknowledge."))


# ================================================================ 19  FR  report  Sousse: the association only in a letterhead image, report DOCX
M19_ID = "<CAL9vK2nTw6yR3xQ+p8Mc5Hb1sZ7dE0fG4j@mail.gmail.example.com>"
M19_SUBJ = "Rapport volontaire"
M19_QID = "4DdS6v81NxQz"
M19_FILE = "rapport final PMM v3.docx"


def m19():
    when = at("2021-02-12 12:00:07")
    text = """Bonjour,

Je suis bénévole dans l'association (voir l'en-tête ci-dessus) et notre présidente, Mme Kchaou, m'a demandé de vous envoyer le rapport volontaire que nous avons préparé sur les jeunes de Sousse partis vers l'Italie et sur les travailleurs subsahariens installés dans la ville.

Vous le trouverez en pièce jointe, en format Word. Mme Kchaou est en copie.

Bien cordialement,
Amira
"""
    cid = "ii_kl1x8y2c0"
    html = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body>'
            '<div dir="ltr"><div><img src="cid:%s" alt="entete.png" width="560" height="90"><br></div>%s</div>'
            '</body></html>\n' % (cid, "".join("<div>%s</div>" % (esc(x) if x else "<br>")
                                               for x in text.rstrip("\n").split("\n"))))
    a = alt("[image: entete.png]\n\n" + text, "0000000000005e9f2a05bb2c7d13", html=html)
    head = leaf("image/png", make_png(140, 22, (20, 80, 140)), cte="base64", params=[("name", '"entete.png"')],
                disp='inline; filename="entete.png"', extra=[("Content-ID", "<%s>" % cid), ("X-Attachment-Id", cid)])
    rel = multi("related", [a, head], "0000000000005e9f2b05bb2c7d14")
    doc = make_docx(["Association Jeunesse et Solidarite de Sousse (AJSS)",
                     "Rapport volontaire - examen regional du Pacte mondial sur les migrations, fevrier 2021",
                     "1. Les jeunes de Sousse partis vers l'Italie", "2. Les travailleurs subsahariens a Sousse",
                     "3. Recommandations"])
    body = multi("mixed", [rel, attach(DOCX, doc, M19_FILE)], "0000000000005e9f2c05bb2c7d15")
    m = mk(when, sent_at(when, 1, 6), "mail-wm1-f66.google.example.com", "192.0.2.66", M19_QID,
           "Amira Ben Youssef <amira.benyoussef.95@gmail.example.com>", M19_SUBJ, M19_ID, body,
           cc="Najet Kchaou <najet.kchau@topnet.example.tn>")
    add(19, when, m, dict(category="voluntary_report", language="fr", acknowledge=True, on_time=True,
        report_attachments=[M19_FILE],
        notes="a volunteer's Gmail whose body says only 'l'association (voir l'en-tête ci-dessus)': the name is in "
              "an inline letterhead image (related part, 'entete.png') and in the DOCX, never written in the text. "
              "Only the DOCX (spaces in the name) is the report, not the letterhead image. The president ('Mme "
              "Kchaou') is copied, not proposed. Her Cc address is mistyped and bounces (h254-20). Date UTC+1."))


# ================================================================ 20  EN  bounce  the mistyped TopNet Cc of 19
def m20():
    when = at("2021-02-12 12:00:52")
    text = POSTFIX_NOTICE + """
<najet.kchau@topnet.example.tn>: host mx.topnet.example.tn[197.0.113.10] said: 550
    5.1.1 <najet.kchau@topnet.example.tn>: Recipient address rejected: User
    unknown in virtual mailbox table (in reply to RCPT TO command)
"""
    dsn = ("Reporting-MTA: dns; mx1.iom.int\n"
           "X-Postfix-Queue-ID: 4DdS7F3LpWz8\n"
           "X-Postfix-Sender: rfc822; gcmrrarabstates@iom.int\n"
           "Arrival-Date: %s\n\n"
           "Final-Recipient: rfc822; najet.kchau@topnet.example.tn\n"
           "Original-Recipient: rfc822;najet.kchau@topnet.example.tn\n"
           "Action: failed\n"
           "Status: 5.1.1\n"
           "Remote-MTA: dns; mx.topnet.example.tn\n"
           "Diagnostic-Code: smtp; 550 5.1.1 <najet.kchau@topnet.example.tn>: Recipient address\n"
           "    rejected: User unknown in virtual mailbox table\n"
           % rfcdate(when - dt.timedelta(seconds=4), "EET"))
    hdrs = ("Return-Path: <gcmrrarabstates@iom.int>\n"
            "From: GCM Regional Review Arab States <gcmrrarabstates@iom.int>\n"
            "To: Amira Ben Youssef <amira.benyoussef.95@gmail.example.com>\n"
            "Cc: Najet Kchaou <najet.kchau@topnet.example.tn>\n"
            "Subject: =?UTF-8?Q?Accus=C3=A9_de_r=C3=A9ception_-_Rapport_volontaire?=\n"
            "Date: %s\n"
            "Message-ID: %s\n"
            "In-Reply-To: %s\n"
            "References: %s\n" % (rfcdate(when - dt.timedelta(seconds=7)), ack_mid(M19_QID), M19_ID, M19_ID))
    body = dsn_report(text, dsn, hdrs, "4DdS7H0RkYz2.1613124052/mx1.iom.int")
    rows = [("Return-Path", "<>"), ("Delivered-To", "gcmrrarabstates@iom.int"),
            ("Received", "by mx1.iom.int (Postfix)\r\n\tid 4DdS7H0RkYz2; %s" % rfcdate(when, "EET")),
            ("Date", rfcdate(when, "EET")),
            ("From", "MAILER-DAEMON@mx1.iom.int (Mail Delivery System)"),
            ("Subject", "Undelivered Mail Returned to Sender"),
            ("To", "gcmrrarabstates@iom.int"),
            ("Auto-Submitted", "auto-replied"),
            ("Message-Id", "<20210212100052.4DdS7H0RkYz2@mx1.iom.int>")]
    add(20, when, top(body, rows), dict(category="bounce", language="en", acknowledge=False, on_time=None,
        notes="Postfix DSN (550 5.1.1 user unknown) for the copy of our French acknowledgement of h254-19 sent to "
              "the president's mistyped TopNet address ('kchau' for 'kchaou'); the returned headers carry the "
              "French subject about a report and name h254-19 in In-Reply-To. Never acknowledge; thread_of null "
              "as for dev bounces."))


# ================================================================ 21  AR  speaker  Mosul: late, trusting the Arabic letter's misprinted date
def m21():
    when = at("2021-02-14 22:15:33")
    subj = "طلب مشاركة كمتحدث"
    text = """السلام عليكم
تحية طيبة

أنا حيدر، أكتب لكم من موبايلي الشخصي باسم منظمة شباب نينوى للسلام والتعايش. حسب النسخة العربية من الدعوة فإن آخر موعد لطلبات المتحدثين هو يوم الجمعة 23 شباط، لذلك أرجو قبول طلبي بالمشاركة بمداخلة في الجلسة العامة، حتى أحجي عن الشباب اللي رجعوا للموصل بعد سنين النزوح وعن اللي سافروا لأوروبا ورجعوا بعد ما ضاع كلشي.

مع التقدير
حيدر عبد الأمير الجبوري
مسؤول العلاقات العامة
"""
    body = leaf("text/plain", text, "utf-8", "8bit")
    m = mk(when, sent_at(when, 3, 10), "mail-oi1-f170.google.example.com", "192.0.2.170", "4DfG3Yp0KcTz",
           addr("Haider Aljuboori", "haider.aljuboori.mosul@gmail.example.com"), hdr(subj),
           "<CAOq2Vn7Rk4xW9tM+b3Lp6Hc1sZ8dY5eF2u@mail.gmail.example.com>", body)
    add(21, when, m, dict(category="speaker_request", language="ar", acknowledge=True, on_time=False, speakers=[
        sp("حيدر عبد الأمير الجبوري", "مسؤول العلاقات العامة", "منظمة شباب نينوى للسلام والتعايش", ["plenary"])],
        notes="late (14 February): the sender relies on the Arabic letter's misprinted 'الجمعة 23 شباط'. Iraqi "
              "colloquial ('أحجي', 'كلشي') from a personal Gmail on a phone; self-nomination: the body gives only "
              "'حيدر', the full name and the title are in the two signature lines, the organisation only in the "
              "body ('باسم منظمة ...'); 'الجلسة العامة' = plenary. 8bit text/plain, Latin display name, Date "
              "UTC+3."))


# ================================================================ 22  AR  report  Karak: treasurer's Orange address, 23:47 on the report deadline
M22_FILE = "التقرير الطوعي لجمعية نشامى الكرك للتنمية الاجتماعية - الاستعراض الإقليمي للاتفاق العالمي للهجرة 2021.pdf"


def m22():
    when = at("2021-02-16 23:47:10")
    subj = "التقرير الطوعي - جمعية نشامى الكرك"
    text = """السادة الأفاضل،
تحية طيبة وبعد،

أرفق لكم التقرير الطوعي لجمعية نشامى الكرك للتنمية الاجتماعية حول عمال المياومة المصريين في الأغوار الجنوبية وحول أسر أبناء الكرك العاملين في دول الخليج.

أعتذر عن الإرسال في هذه الساعة المتأخرة، فقد أنهينا مراجعة التقرير الليلة فقط، وأرسله من بريدي الخاص لأن بريد الجمعية لا يقبل الملفات الكبيرة.

مع الاحترام
نائل
أمين الصندوق
"""
    inner = "".join("<p>%s</p>" % "<br>".join(esc(x) for x in para.split("\n")) for para in text.strip().split("\n\n"))
    page = leaf("text/html", '<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">'
                '</head><body dir="rtl" style="font-family: Tahoma; font-size: 10pt;">%s</body></html>\n' % inner)
    pdf = rep_pdf("Voluntary GCM review report (Arabic)", "Nashama Al-Karak Society for Social Development",
                  ["Egyptian day labourers in the southern Jordan Valley", "Karak families with workers in the Gulf",
                   "Recommendations"])
    body = multi("mixed", [page, attach_long("application/pdf", pdf, M22_FILE)],
                 "----=_Part_88213_2041937761.1613512026511")
    m = mk(when, sent_at(when, 2, 4), "webmail.orange.example.jo", "212.0.113.118", "4DgQw27LsNz6",
           addr("Nael Majali", "nael.majali@orange.example.jo"), hdr(subj),
           "<1029384756.88214.1613512026512@webmail.orange.example.jo>", body,
           extra=[("X-Mailer", "Orange Webmail (Open-Xchange)")])
    add(22, when, m, dict(category="voluntary_report", language="ar", acknowledge=True, on_time=True,
        report_attachments=[M22_FILE],
        notes="received 23:47 Beirut on Tue 16 Feb: on time although the sender apologises for the hour. The "
              "treasurer writes from his personal Orange address (HTML-only, rtl), signed with a first name and "
              "'أمين الصندوق' (no speaker proposed). The long Arabic PDF name is split in RFC 2231 continuations "
              "(filename*0*=, *1*= ...) with an RFC 2047 name= as well."))


# ================================================================ 23  AR  report  Taiz: the morning after the deadline, Yemeni colloquial
M23_FILE = "التقرير الطوعي - مؤسسة نماء تعز 2021.docx"


def m23():
    when = at("2021-02-17 08:30:41")
    subj = "تقرير مؤسسة نماء - متأخر"
    text = """السلام عليكم ورحمة الله

نعتذر منكم على التأخير، النت عندنا في تعز كان مقطوع من يوم الاثنين وما رجع إلا ذلحين الصبح.

مرفق تقرير مؤسسة نماء للتنمية والإغاثة عن النازحين وعن المهاجرين الأفارقة اللي يمروا من المخا والساحل الغربي ويشتوا يوصلوا السعودية.

كنا نشتي نرشح حد يتكلم في المؤتمر بس عرفنا إن موعد المتحدثين قد فات، فنكتفي بالتقرير.

والله يوفقكم
وضاح
"""
    doc = make_docx(["مؤسسة نماء للتنمية والإغاثة - تعز",
                     "التقرير الطوعي للاستعراض الإقليمي للاتفاق العالمي من أجل الهجرة 2021",
                     "أولاً: النازحون في تعز", "ثانياً: المهاجرون الأفارقة على الساحل الغربي", "ثالثاً: التوصيات"])
    a = alt(text, "000000000000a93e1f05bb7c2d48", html=android_html(text), b64=True)
    body = multi("mixed", [a, attach(DOCX, doc, M23_FILE)], "000000000000a93e2105bb7c2d4a")
    m = mk(when, sent_at(when, 3, 13), "mail-yb1-f195.google.example.com", "192.0.2.195", "4DgnK58RwMz1",
           addr("Waddah Alsharabi", "waddah.sharabi@gmail.example.com"), hdr(subj),
           "<CAFx8Tm3Wq6nR1yK+v4Bc9Lp2sH5dZ7eJ0g@mail.gmail.example.com>", body)
    add(23, when, m, dict(category="voluntary_report", language="ar", acknowledge=True, on_time=False,
        report_attachments=[M23_FILE],
        notes="late report (17 February, 08:30 Beirut) from Taiz, blaming the internet cut; Yemeni colloquial "
              "('ذلحين', 'نشتي', 'يشتوا'); it mentions wanting a speaker but says the deadline has passed and "
              "proposes nobody. Personal Gmail signed 'وضاح', Arabic DOCX name with spaces and a dash (RFC 2231 + "
              "RFC 2047), base64 text+HTML, Date UTC+3."))


# ================================================================ 24  FR  other  Gabès: a volunteer only wants to attend
def m24():
    when = at("2021-02-18 10:12:00")
    subj = "Demande de participation en tant qu'observatrice"
    text = """Bonjour,

Je suis bénévole à l'Association Oasis de Gabès pour l'environnement et le développement, où je travaille avec des familles de Gabès dont les enfants sont partis en Italie. Je ne souhaite ni intervenir ni présenter de rapport, mais j'aimerais beaucoup assister à la conférence des 24 et 25 février en simple observatrice, pour apprendre.

Est-ce possible ? Faut-il s'inscrire quelque part pour recevoir le lien ?

Merci d'avance et bonne journée,
Sonia
"""
    a = alt(text, "_000_DU2P194MB0213A4C7E9F1B852_", html=outlook_html(text, lang="FR").replace("charset=utf-8", "charset=windows-1252"),
            charset="windows-1252")
    m = mk(when, sent_at(when, 1, 7), "mail-du2eur02olkn2046.outbound.protection.outlook.example.com",
           "198.51.100.46", "4DhB5Tq92XmZ", "Sonia Zribi <sonia.zribi84@hotmail.example.com>",
           hdr(subj, charset="windows-1252", enc="Q"),
           "<DU2P194MB0213A4C7E9F1B852@DU2P194MB0213.EURP194.PROD.OUTLOOK.example.com>", a,
           extra=outlook(hdr(subj, charset="windows-1252", enc="Q"), "AdcF2pXr7Kv9Mn1Qs3Tw5Yb7Zd9Fh==",
                         lang="fr-FR"))
    add(24, when, m, dict(category="other", language="fr", acknowledge=True, on_time=None,
        notes="a volunteer who only wants to attend as an observer ('Je ne souhaite ni intervenir ni présenter de "
              "rapport'): mentions a speaking role and a report only to refuse both; asks how to register for "
              "the link. Outlook with a personal Hotmail account, windows-1252 QP text+HTML; Date UTC+1."))


def main():
    for f in (m01, m02, m03, m04, m05, m06, m07, m08, m09, m10, m11, m12, m13, m14, m15, m16, m17, m18, m19,
              m20, m21, m22, m23, m24):
        f()
    SET.write()


if __name__ == "__main__":
    main()
