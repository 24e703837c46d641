#!/usr/bin/env python3
"""Write the blind evaluation set holdout147 (24 raw .eml messages + labels.json).

Deterministic, standard library only:  python3 tests/data/make_eval_sets147.py
Theme: mail shaped by its client: HTML-only Outlook mail with the speaker's details in a table, rich
multi-line signatures with logos' alt text, nested forwards (Fwd: Fwd: / TR: TR:) through assistants and
focal points, very short phone mail, bodies mixing two languages; organisations of every kind in the
region (chambers, trade unions, municipalities, national human rights bodies, universities, NGOs).
"""
import datetime as dt
import re
from email.message import Message

from mailgen import EvalSet, DOCX, POL, addr, at, attach, esc, hdr, html_wrap, leaf, make_docx, make_pdf, make_png, mk, multi, re_hdr, rfcdate, sp, std_rows, text2html, top, tz

SET = EvalSet(147)
add = SET.add


# ---------------------------------------------------------------- client-shaped helpers
def logo(cid, name, rgb, w=24, h=8):
    """Inline signature image, as Outlook / Gmail attach them inside multipart/related."""
    return leaf("image/png", make_png(w, h, rgb), cte="base64", params=[("name", '"%s"' % name)],
                disp='inline; filename="%s"' % name, extra=[("Content-ID", "<%s>" % cid)])


def outlook_html(inner, lang="EN-US", dir_=None, charset="utf-8"):
    """The skeleton Word/Outlook puts around every HTML message."""
    d = ' dir="%s"' % dir_ if dir_ else ""
    return ('<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" '
            'xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" '
            'xmlns="http://www.w3.org/TR/REC-html40">\n<head>\n'
            '<meta http-equiv="Content-Type" content="text/html; charset=%s">\n'
            '<meta name="Generator" content="Microsoft Word 15 (filtered medium)">\n'
            '<style><!--\n/* Font Definitions */\n@font-face\n\t{font-family:"Cambria Math";}\n'
            'p.MsoNormal, li.MsoNormal, div.MsoNormal\n\t{margin:0cm;font-size:11.0pt;font-family:"Calibri",sans-serif;}\n'
            'a:link, span.MsoHyperlink\n\t{color:#0563C1;text-decoration:underline;}\n'
            '.MsoChpDefault\n\t{mso-style-type:export-only;}\n@page WordSection1\n\t{size:612.0pt 792.0pt;}\n'
            'div.WordSection1\n\t{page:WordSection1;}\n--></style>\n</head>\n'
            '<body lang="%s" link="#0563C1" vlink="#954F72" style="word-wrap:break-word"%s>\n'
            '<div class="WordSection1">\n%s\n</div>\n</body>\n</html>\n' % (charset, lang, d, inner))


def mso(text, style=None):
    """Outlook paragraphs: one <p class=MsoNormal> per line, empty lines as &nbsp;."""
    out = []
    st = ' style="%s"' % style if style else ""
    for line in text.split("\n"):
        out.append('<p class="MsoNormal"%s>%s<o:p></o:p></p>' % (st, esc(line) if line else "<o:p>&nbsp;</o:p>"))
    return "\n".join(out)


def ms_rows(topic, index, lang="en-US", attach_=False):
    return [("Thread-Topic", topic), ("Thread-Index", index),
            ("X-MS-Has-Attach", "yes" if attach_ else ""), ("X-MS-TNEF-Correlator", ""),
            ("Content-Language", lang), ("X-MS-Exchange-Organization-SCL", "1")]


INVITE_ID = "<INV-2021-01-26.0001@gcmrrarabstates.iom.int>"


# ================================================================ the 24 messages
def m01():
    when = at("2021-01-28 09:41:07")
    sent = tz(when - dt.timedelta(seconds=3), 3)
    inner = ('<div dir="rtl">\n' + mso("""شكراً لرسالتكم.

أنا خارج المكتب حتى يوم الأحد 7 شباط/فبراير 2021 للمشاركة في اجتماعات اللجنة الوطنية لشؤون العمالة الوافدة.
لن أتمكن من الاطلاع على البريد الإلكتروني بانتظام. للأمور العاجلة يرجى التواصل مع مديرة المكتب السيدة سناء الرفاعي
على البريد sana.alrifai@molsd-x.example.gov.kw أو الهاتف 22480000 965+ (تحويلة 214).

مع خالص التحية،
م. طلال العنزي
مدير إدارة علاقات العمل
وزارة الشؤون الاجتماعية والعمل""", "direction:rtl") +
             '\n<p class="MsoNormal" dir="rtl"><img width="160" height="48" id="Picture_x0020_1" '
             'src="cid:image001.png@01D6F56A.2B3C4D50" alt="شعار وزارة الشؤون الاجتماعية والعمل - دولة الكويت"></p>\n</div>')
    html = outlook_html(inner, "AR-SA", "rtl")
    body = multi("related", [leaf("text/html", html, cte="base64"),
                             logo("image001.png@01D6F56A.2B3C4D50", "image001.png", (0, 110, 60))],
                 "_004_AM6PR10MB2145E1F0A9C8B7D6AM6PR10MB2145EURP_", params=[("type", '"text/html"')])
    rows = std_rows(when, "mail-am6eur05.outbound.protection.example.com", "40.107.22.91", "4DR4Bw0sQ7z1",
                    addr("طلال العنزي", "t.alenezi@molsd-x.example.gov.kw"),
                    re_hdr("", "رد تلقائي: دعوة - المراجعة الإقليمية للاتفاق العالمي من أجل الهجرة الآمنة والمنظمة والنظامية في المنطقة العربية"),
                    rfcdate(sent), "<e1f0a9c8b7d64c5aa3b2c1d0e9f8a7b6@AM6PR10MB2145.EURPRD10.PROD.OUTLOOK.example.com>",
                    extra=[("Thread-Topic", hdr("دعوة - المراجعة الإقليمية للاتفاق العالمي من أجل الهجرة")),
                           ("Thread-Index", "AQHW9WoqK4z3o0m1Tk2o7uN8wBqvbA=="),
                           ("X-MS-Has-Attach", "yes"), ("Content-Language", "ar-SA"),
                           ("Auto-Submitted", "auto-generated"), ("X-Auto-Response-Suppress", "All"),
                           ("X-MS-Exchange-Inbox-Rules-Loop", "t.alenezi@molsd-x.example.gov.kw"),
                           ("In-Reply-To", INVITE_ID), ("References", INVITE_ID)])
    rows[0] = ("Return-Path", "<>")
    add(1, when, top(body, rows), dict(category="auto_reply", language="ar", acknowledge=False, on_time=None,
        notes="Exchange out-of-office in Arabic to the invitation mailing, HTML-only with an inline ministry logo "
              "(alt text): Auto-Submitted: auto-generated, X-Auto-Response-Suppress, null Return-Path; the body "
              "names a colleague, a title and a ministry but proposes nobody."))


M02_ID = "<DB8PR03MB5867A2C4E6F8B0D1DB8PR03MB5867EURP@DB8PR03MB5867.eurprd03.prod.outlook.example.com>"


def m02():
    when = at("2021-02-01 10:14:22")
    sent = tz(when - dt.timedelta(seconds=4), 3)
    table = """<table class="MsoTableGrid" border="1" cellspacing="0" cellpadding="0" style="border-collapse:collapse;border:none">
<tr style="height:18.0pt">
<td width="180" style="background:#1F3864;padding:0cm 5.4pt"><p class="MsoNormal"><b><span style="color:white">Name<o:p></o:p></span></b></p></td>
<td width="170" style="background:#1F3864;padding:0cm 5.4pt"><p class="MsoNormal"><b><span style="color:white">Title<o:p></o:p></span></b></p></td>
<td width="150" style="background:#1F3864;padding:0cm 5.4pt"><p class="MsoNormal"><b><span style="color:white">Organization<o:p></o:p></span></b></p></td>
<td width="190" style="background:#1F3864;padding:0cm 5.4pt"><p class="MsoNormal"><b><span style="color:white">Requested speaking role<o:p></o:p></span></b></p></td>
</tr>
<tr>
<td style="padding:0cm 5.4pt"><p class="MsoNormal">H.E. Dr. Abdulrahman Al-Mutairi<o:p></o:p></p></td>
<td style="padding:0cm 5.4pt"><p class="MsoNormal">Secretary-General<o:p></o:p></p></td>
<td style="padding:0cm 5.4pt"><p class="MsoNormal">FGCCC<o:p></o:p></p></td>
<td style="padding:0cm 5.4pt"><p class="MsoNormal">Floor intervention &#8211; plenary session (24 Feb.)<o:p></o:p></p></td>
</tr>
<tr>
<td style="padding:0cm 5.4pt"><p class="MsoNormal">Ms. Noura Al-Kaabi<o:p></o:p></p></td>
<td style="padding:0cm 5.4pt"><p class="MsoNormal">Director, Labour Market Policies<o:p></o:p></p></td>
<td style="padding:0cm 5.4pt"><p class="MsoNormal">FGCCC<o:p></o:p></p></td>
<td style="padding:0cm 5.4pt"><p class="MsoNormal">Thematic Roundtable II<o:p></o:p></p></td>
</tr>
</table>"""
    inner = (mso("""Dear Sir/Madam,

With reference to your kind invitation dated 26 January 2021, and on behalf of H.E. the Secretary-General, I am pleased to share below the nominations of the Federation of GCC Chambers (FGCCC) for speaking roles at the Regional Review of the Global Compact for Migration in the Arab Region:
""") + "\n" + table + "\n" + mso("""
Kindly note that both nominees will attend virtually. Please copy the Office of the Secretary-General (sg.office@fgccc.example.org) on any correspondence.

Best regards,
""") + """
<p class="MsoNormal"><b><span style="font-size:10.0pt;color:#1F3864">Mariam Al-Hashimi</span></b><span style="font-size:10.0pt;color:#1F3864"> | Executive Assistant to the Secretary-General<o:p></o:p></span></p>
<p class="MsoNormal"><span style="font-size:9.0pt;color:gray">Office of the Secretary-General<br>Federation of GCC Chambers<br>P.O. Box 2198, Dammam 31451, Kingdom of Saudi Arabia<br>T: +966 13 800 0000 Ext. 112 | <a href="http://www.fgccc.example.org">www.fgccc.example.org</a><o:p></o:p></span></p>
<p class="MsoNormal"><img width="140" height="42" src="cid:image001.png@01D6F86B.5E2A1C90" alt="FGCCC - Federation of GCC Chambers - اتحاد غرف دول مجلس التعاون الخليجي"> <img width="16" height="16" src="cid:image002.png@01D6F86B.5E2A1C90" alt="Twitter"> <img width="16" height="16" src="cid:image003.png@01D6F86B.5E2A1C90" alt="LinkedIn"><o:p></o:p></p>
<p class="MsoNormal"><span style="font-size:7.0pt;color:#A6A6A6">DISCLAIMER: This e-mail and any attachment are confidential and intended solely for the addressee. If you have received it in error, please notify the sender and delete it. Please consider the environment before printing this e-mail.<o:p></o:p></span></p>""")
    html = outlook_html(inner)
    body = multi("related", [leaf("text/html", html),
                             logo("image001.png@01D6F86B.5E2A1C90", "image001.png", (31, 56, 100), 70, 21),
                             logo("image002.png@01D6F86B.5E2A1C90", "image002.png", (29, 161, 242), 8, 8),
                             logo("image003.png@01D6F86B.5E2A1C90", "image003.png", (0, 119, 181), 8, 8)],
                 "_005_DB8PR03MB5867A2C4E6F8B0D1DB8PR03MB5867EURP_", params=[("type", '"text/html"')])
    m = mk(when, sent, "mail-db8eur03.outbound.protection.example.com", "40.107.8.77", "4DTk1q3Xm2z5",
           "Mariam Al-Hashimi <m.alhashimi@fgccc.example.org>",
           "Nominations of Speakers - FGCCC - GCM Regional Review (Arab Region)", M02_ID, body,
           cc="FGCCC SG Office <sg.office@fgccc.example.org>",
           extra=ms_rows("Nominations of Speakers - FGCCC - GCM Regional Review (Arab Region)",
                         "AdbYa2vGq1w8sM0xQ3yL5nT7uP9rKg==", attach_=False))
    add(2, when, m, dict(category="speaker_request", language="en", acknowledge=True, on_time=True, speakers=[
        sp("Abdulrahman Al-Mutairi", "Secretary-General", "Federation of GCC Chambers (FGCCC)", ["plenary"]),
        sp("Noura Al-Kaabi", "Director, Labour Market Policies", "Federation of GCC Chambers (FGCCC)",
           ["roundtable"], 2)],
        notes="HTML-only Outlook (multipart/related, no text/plain); two speakers in a Word table whose "
              "organisation column only says 'FGCCC' (full name in the prose); 'H.E. Dr.' and 'Ms.' are "
              "honorifics; 'Thematic Roundtable II' in Roman numerals; sent on behalf by an executive "
              "assistant whose own title is in the signature; logo alt text carries the Arabic name of the "
              "federation; Cc to the SG office."))


M03_ID = "<PR3P192MB0844F1E2D3C4B5A6PR3P192MB0844EURP@PR3P192MB0844.EURP192.PROD.OUTLOOK.example.com>"


def m03():
    when = at("2021-02-01 16:02:45")
    sent = tz(when - dt.timedelta(seconds=5), 1)
    text = """Bonjour,

Pour suite à donner, veuillez trouver ci-dessous la proposition de notre Institution pour la revue régionale.

Bien cordialement,

Samira El Ouafi
Assistante de direction – Cabinet du Président
INDHM

De : Hicham Bennis <h.bennis@indhm-x.example.ma>
Envoyé : lundi 1 février 2021 13:47
À : Samira El Ouafi <s.elouafi@indhm-x.example.ma>
Objet : TR: Revue régionale PMM – proposition d'intervenante

Samira,
Merci de transmettre à l'adresse indiquée dans l'invitation de l'OIM (gcmrrarabstates@iom.int), avec moi en copie.
HB

Hicham Bennis
Secrétaire général
Point focal PMM

De : Nadia Cherkaoui <n.cherkaoui@indhm-x.example.ma>
Envoyé : vendredi 29 janvier 2021 17:40
À : Hicham Bennis <h.bennis@indhm-x.example.ma>
Cc : Direction DPDM <dpdm@indhm-x.example.ma>
Objet : Revue régionale PMM – proposition d'intervenante

Cher Hicham,

Comme convenu lors de la réunion de direction, je me propose pour la fonction de rapporteuse chargée de présenter les messages clés des parties prenantes lors de la conférence des 24 et 25 février.

Je reste disponible si le Président préfère une autre formule.

Bien à toi,

Nadia Cherkaoui
Directrice du Département de la protection des droits des migrants
Institution nationale des droits de l'Homme et de la médiation (INDHM)
Avenue Annakhil, Hay Riad – Rabat
"""
    blocks = text.split("\n\nDe : ")
    html_parts = [mso(blocks[0])]
    for b in blocks[1:]:
        head, _, rest = b.partition("\n\n")
        hl = ("De : " + head).split("\n")
        html_parts.append('<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm">'
                          '<p class="MsoNormal"><b>' + "<br>\n<b>".join(
                              esc(x).replace(" : ", " :</b> ", 1) for x in hl) + '<o:p></o:p></p></div>')
        html_parts.append(mso("\n" + rest))
    html = outlook_html("\n".join(html_parts), "FR")
    body = multi("alternative", [leaf("text/plain", text), leaf("text/html", html)],
                 "_000_PR3P192MB0844F1E2D3C4B5A6PR3P192MB0844EURP_")
    m = mk(when, sent, "mail-pr3p192.outbound.protection.example.com", "40.107.14.120", "4DTx6b2Rk9z0",
           "Samira El Ouafi <s.elouafi@indhm-x.example.ma>",
           hdr("TR: TR: Revue régionale PMM – proposition d'intervenante", enc="Q"), M03_ID, body,
           cc="Hicham Bennis <h.bennis@indhm-x.example.ma>",
           extra=ms_rows(hdr("Revue régionale PMM – proposition d'intervenante", enc="Q"),
                         "AQHW9kL3mQ2w1sF0x0uNnT2zWk3E8wAAJ1xQAAB9aZA=", "fr-FR"))
    add(3, when, m, dict(category="speaker_request", language="fr", acknowledge=True, on_time=True, speakers=[
        sp("Nadia Cherkaoui", "Directrice du Département de la protection des droits des migrants",
           "Institution nationale des droits de l'Homme et de la médiation (INDHM)", ["rapporteur"])],
        notes="nested Outlook forward (TR: TR:) through the president's assistant and the focal point: the "
              "proposal is only in the innermost message, written by the speaker herself ('rapporteuse chargée "
              "de présenter les messages clés'); the two forwarders (assistant, secrétaire général/point "
              "focal) are not speakers; French Outlook forward headers 'De : / Envoyé : / Objet :'."))


M04_ID = "<CAOq8z1VxN3rT5yU7iK9oP2aS4dF6gH8jL0zX2cV4bN@mail.gmail.example.com>"


def m04():
    when = at("2021-02-02 21:37:18")
    sent = when - dt.timedelta(seconds=6)
    text = """مرحبا
بدي شارك بالنقاش المفتوح يوم ٢٣ شباط

ريم حداد
منسقة مشاريع - ملتقى النهضة للتنمية المجتمعية
عمّان

تم الإرسال من جهاز Samsung Galaxy الخاص بي
"""
    html = '<div dir="auto">' + "<br>".join(esc(x) for x in text.strip("\n").split("\n")) + "</div>\n"
    body = multi("alternative", [leaf("text/plain", text, cte="base64"), leaf("text/html", html, cte="base64")],
                 "000000000000a1b2c305ba5e7d11")
    m = mk(when, sent, "mail-lj1-f175.google.example.com", "209.85.208.175", "4DVb9n2Lqpz8",
           "Reem Haddad <reem.haddad.nahda@gmail.example.com>", hdr("مشاركة"), M04_ID, body)
    add(4, when, m, dict(category="speaker_request", language="ar", acknowledge=True, on_time=True, speakers=[
        sp("ريم حداد", "منسقة مشاريع", "ملتقى النهضة للتنمية المجتمعية", ["open_discussion"])],
        notes="very short Android Gmail mail in Levantine dialect ('بدي شارك'); one-word subject; role given "
              "as 'النقاش المفتوح يوم ٢٣ شباط' with Eastern Arabic digits; the sender is the speaker, her "
              "title and organisation only on the signature line (dash-separated)."))


M05_ID = "<000c01d6fa1b$3e5f7a80$bb1e6f80$@ptoscm-x.example.tn>"


def m05():
    when = at("2021-02-03 11:26:40")
    sent = tz(when - dt.timedelta(seconds=7), 1)
    text = """Madame, Monsieur,

Au nom de la Plateforme tunisienne des organisations de la société civile pour la migration (PTOSCM), qui regroupe 23 associations de Sfax, Médenine, Tunis et Zarzis, j'ai l'honneur de vous transmettre en pièce jointe notre rapport volontaire collectif dans le cadre de l'examen régional du Pacte mondial pour des migrations sûres, ordonnées et régulières.

Par ailleurs, la Plateforme souhaiterait prendre la parole lors d'une séance plénière de la conférence (24 ou 25 février). Notre intervenant serait M. Slim Trabelsi, Coordinateur national de la Plateforme.

Nous restons à votre disposition pour tout complément d'information.

Veuillez agréer, Madame, Monsieur, l'expression de nos salutations distinguées.

Slim Trabelsi
Coordinateur national | المنسق الوطني
PTOSCM – المنصة التونسية لمنظمات المجتمع المدني من أجل الهجرة
14, rue d'Angleterre – 1000 Tunis
Tél. : +216 71 000 000 / GSM : +216 98 000 000
"""
    html = outlook_html(mso(text.rstrip("\n")), "FR")
    docx = make_docx(["Plateforme tunisienne des organisations de la société civile pour la migration (PTOSCM)",
                      "Rapport volontaire collectif – Examen régional du Pacte mondial sur les migrations",
                      "Région arabe – février 2021", "1. Méthodologie", "2. Constats", "3. Recommandations"])
    fname = "Rapport_volontaire_PTOSCM_PMM_fév2021.docx"
    body = multi("mixed", [multi("alternative", [leaf("text/plain", text), leaf("text/html", html)],
                                 "----=_NextPart_001_000D_01D6FA23.A023E280"),
                           attach(DOCX, docx, fname)],
                 "----=_NextPart_000_000C_01D6FA23.A023E280")
    m = mk(when, sent, "smtp.topnet-x.example.tn", "197.3.9.41", "4DWG2y6Hf3z7",
           "Slim Trabelsi <coordination@ptoscm-x.example.tn>",
           hdr("Rapport volontaire PTOSCM + demande d'intervention en plénière", enc="Q"), M05_ID, body,
           extra=[("X-Mailer", "Microsoft Outlook 16.0"), ("Thread-Index", "AQH2bC5Yq8hL0mX3nU1tR9wZp4kD7A=="),
                  ("Content-Language", "fr")])
    add(5, when, m, dict(category="both", language="fr", acknowledge=True, on_time=True, speakers=[
        sp("Slim Trabelsi", "Coordinateur national de la Plateforme",
           "Plateforme tunisienne des organisations de la société civile pour la migration (PTOSCM)", ["plenary"])],
        report_attachments=[fname],
        notes="collective report (DOCX, accented file name encoded RFC 2231/2047) plus a plenary request in the "
              "same Outlook message, both on time; the sender proposes himself in the third person ('M. Slim "
              "Trabelsi'); French/Arabic bilingual signature (title and organisation repeated in Arabic)."))


def m06():
    when = at("2021-02-03 18:05:52")
    sent = tz(when - dt.timedelta(seconds=3), 3)
    text = """Dear GCM team,
السلام عليكم ورحمة الله وبركاته

I hope this email finds you well. I am writing to request a speaking slot in the thematic roundtable 3 of the regional review conference, as I understand from the invitation letter that the third roundtable will address fair recruitment and decent work for migrant workers, which is the core of our work in Kuwait.

يسعدني المشاركة بمداخلة في المائدة المستديرة الثالثة، ويمكنني التحدث بالعربية أو الإنجليزية حسب ما ترونه مناسباً.

Our centre provides free legal aid to domestic workers and has handled more than 1,200 cases in 2020 alone. I would be happy to share some of the findings.

Looking forward to hearing from you.
جزاكم الله خيراً

--
Ahmad Al-Sayegh
Programme Manager | مدير البرامج
Sanad Centre for Migrant Workers | مركز سند للعمال المهاجرين
Hawalli, Kuwait | +965 9000 0000
"""
    html = '<div dir="ltr">' + "".join(
        ('<div dir="rtl">%s</div>' % "<br>".join(esc(x) for x in p.split("\n")))
        if re.search("[\u0600-\u06ff]", p.split("\n")[0]) and not p.startswith("Dear") else
        ('<div>%s</div>' % "<br>".join(esc(x) for x in p.split("\n"))) + "<div><br></div>"
        for p in text.strip("\n").split("\n\n")) + "</div>\n"
    body = multi("alternative", [leaf("text/plain", text), leaf("text/html", html)], "000000000000d4e5f605ba78a9c2")
    m = mk(when, sent, "mail-ed1-f46.google.example.com", "209.85.208.46", "4DWT5k1Bv7z4",
           "Ahmad Al-Sayegh <ahmad.sayegh.sanad@gmail.example.com>",
           "Request to speak - Roundtable 3 / طلب مداخلة",
           "<CAKp3sD9fG2hJ5kL8zX1cV4bN7mQ0wE3rT6yU9i@mail.gmail.example.com>", body)
    add(6, when, m, dict(category="speaker_request", language="en", acknowledge=True, on_time=True, speakers=[
        sp("Ahmad Al-Sayegh", "Programme Manager", "Sanad Centre for Migrant Workers", ["roundtable"], 3)],
        notes="body alternates English and Arabic paragraphs (greeting, restated request, closing in Arabic) but "
              "the request and reasoning are in English and the subject starts in English: acknowledge in "
              "English; bilingual signature (title and organisation in both languages, English form labelled); "
              "the '1,200 cases' figure is not a report."))


M07_ID = "<VI1PR0601MB2293C7D8E9F0A1B2VI1PR0601MB2293EURP@VI1PR0601MB2293.eurprd06.prod.outlook.example.com>"


def m07():
    when = at("2021-02-04 10:48:13")
    sent = when - dt.timedelta(seconds=4)
    cs = "windows-1256"
    rows_ = [("الاسم", "الصفة", "الجهة", "نوع المشاركة المطلوبة"),
             ("الأستاذ خالد العبادي", "الأمين العام", "الاتحاد الإقليمي لنقابات عمال البناء والأخشاب",
              "المشاركة في النقاش المفتوح للمشاورة (23 شباط)"),
             ("السيدة هدى المصري", "مسؤولة ملف العمال المهاجرين", "الاتحاد الإقليمي لنقابات عمال البناء والأخشاب",
              "مداخلة في المائدة المستديرة الرابعة")]
    trs = []
    for i, r in enumerate(rows_):
        cells = "".join('<td style="border:solid windowtext 1.0pt;padding:0cm 5.4pt%s"><p class="MsoNormal" dir="rtl">'
                        '%s%s%s<o:p></o:p></p></td>' % (";background:#D9E2F3" if i == 0 else "",
                                                          "<b>" if i == 0 else "", esc(c), "</b>" if i == 0 else "")
                        for c in r)
        trs.append("<tr>%s</tr>" % cells)
    table = ('<table class="MsoTableGrid" dir="rtl" border="1" cellspacing="0" cellpadding="0" '
             'style="border-collapse:collapse">\n' + "\n".join(trs) + "\n</table>")
    inner = ('<div dir="rtl">' + mso("""السادة الأفاضل في أمانة المراجعة الإقليمية المحترمين،
تحية طيبة وبعد،

بالإشارة إلى دعوتكم الكريمة، وبتوجيه من الأمين العام للاتحاد، يسرنا إعلامكم برغبة الاتحاد في المشاركة في المراجعة الإقليمية للاتفاق العالمي من أجل الهجرة من خلال المتحدثين المذكورين في الجدول أدناه:
""", "direction:rtl") + "\n" + table + "\n" + mso("""
وتفضلوا بقبول فائق الاحترام والتقدير،

مكتب الأمين العام
الاتحاد الإقليمي لنقابات عمال البناء والأخشاب – المكتب الإقليمي للدول العربية
عمّان – الأردن | هاتف: 0000000 6 962+""", "direction:rtl") +
             '\n<p class="MsoNormal" dir="rtl"><img width="90" height="90" src="cid:image001.jpg@01D6FAE3.11C22F40" '
             'alt="شعار الاتحاد"> <img width="200" height="40" src="cid:image002.png@01D6FAE3.11C22F40" '
             'alt="معاً من أجل العمل اللائق - Together for Decent Work"></p></div>')
    html = outlook_html(inner, "AR-JO", "rtl", charset=cs)
    jpg_like = make_png(16, 16, (180, 20, 30))
    body = multi("related", [leaf("text/html", html, cs),
                             leaf("image/png", jpg_like, cte="base64", params=[("name", '"image001.png"')],
                                  disp='inline; filename="image001.png"',
                                  extra=[("Content-ID", "<image001.jpg@01D6FAE3.11C22F40>")]),
                             logo("image002.png@01D6FAE3.11C22F40", "image002.png", (200, 60, 40), 50, 10)],
                 "_006_VI1PR0601MB2293C7D8E9F0A1B2VI1PR0601MB2293EURP_", params=[("type", '"text/html"')])
    subj = "ترشيح متحدثين - الاتحاد الإقليمي لنقابات عمال البناء والأخشاب"
    m = mk(when, sent, "mail-vi1eur06.outbound.protection.example.com", "40.107.5.63", "4DWx8p0Ns2z6",
           addr("مكتب الأمين العام - BWRU", "sg.office@bwru-arab.example.org", cs), hdr(subj, cs), M07_ID, body,
           extra=ms_rows(hdr(subj, cs), "AdcJm4Kq7r2Ws1xY0pL3nT6uQ8vZhA==", "ar-JO"))
    aff = "الاتحاد الإقليمي لنقابات عمال البناء والأخشاب"
    add(7, when, m, dict(category="speaker_request", language="ar", acknowledge=True, on_time=True, speakers=[
        sp("خالد العبادي", "الأمين العام", aff, ["open_discussion"]),
        sp("هدى المصري", "مسؤولة ملف العمال المهاجرين", aff, ["roundtable"], 4)],
        notes="HTML-only Outlook in windows-1256 (multipart/related with two logos); two speakers in a right-to-"
              "left table; 'الأستاذ' and 'السيدة' are honorifics; sent by the Secretary-General's office on his "
              "behalf (the Secretary-General himself is one of the speakers); the signature's longer form adds "
              "the regional office ('– المكتب الإقليمي للدول العربية'), the table's organisation name is "
              "labelled; logo alt text contains an English slogan."))


def m08():
    when = at("2021-02-04 14:31:09")
    sent = when - dt.timedelta(seconds=5)
    text = """مرحبا،

مرفق التقرير الطوعي لائتلاف المجتمع المدني لحقوق المهاجرين في لبنان، هو تقرير جماعي اشتغلت عليه ١١ جمعية من بيروت والشمال والبقاع.

وكمان الائتلاف بيرشح منسقته سلمى عودة لتكون من المقررين اللي بيقدموا الرسائل الأساسية لأصحاب المصلحة بالمؤتمر. سلمى بتحكي عربي وإنكليزي وفرنساوي.

إذا في أي سؤال أنا جاهز.

شكراً كتير
جاد
--
جاد منصور
مسؤول التواصل
ائتلاف المجتمع المدني لحقوق المهاجرين في لبنان
"""
    html = '<div dir="rtl">' + text2html(text) + "</div>\n"
    docx = make_docx(["ائتلاف المجتمع المدني لحقوق المهاجرين في لبنان", "التقرير الطوعي الجماعي",
                      "المراجعة الإقليمية للاتفاق العالمي من أجل الهجرة - شباط 2021"])
    fname = "التقرير الطوعي - ائتلاف حقوق المهاجرين لبنان.docx"
    body = multi("mixed", [multi("alternative", [leaf("text/plain", text, cte="base64"),
                                                 leaf("text/html", html, cte="base64")], "000000000000f6a7b805ba8c1d33"),
                           attach(DOCX, docx, fname)], "000000000000f6a7ba05ba8c1d35")
    m = mk(when, sent, "mail-wm1-f51.google.example.com", "209.85.128.51", "4DX2fT9cLmz3",
           addr("Jad Mansour", "jad.mansour.coalition@gmail.example.com"),
           re_hdr("", "التقرير الطوعي للائتلاف + ترشيح مقررة"),
           "<CAMx7bN0mQ3wE6rT9yU2iO5pA8sD1fG4hJ7kL0z@mail.gmail.example.com>", body)
    add(8, when, m, dict(category="both", language="ar", acknowledge=True, on_time=True, speakers=[
        sp("سلمى عودة", "منسقة الائتلاف", "ائتلاف المجتمع المدني لحقوق المهاجرين في لبنان", ["rapporteur"])],
        report_attachments=[fname],
        notes="Lebanese dialect Gmail; collective report (DOCX, Arabic file name) plus a rapporteur nomination, "
              "both before 5 Feb; the speaker is named in prose ('منسقته سلمى عودة', title written as "
              "'منسقته' = the coalition's coordinator), the organisation comes from the report sentence and the "
              "sender's signature; the sender (communications officer) is not a speaker."))


def m09():
    when = at("2021-02-04 22:12:55")
    sent = tz(when - dt.timedelta(seconds=9), 1)
    text = """Bonsoir,
Je souhaite intervenir à la table ronde n°1.
Karim Mansouri, chargé de plaidoyer, Association tunisienne pour la mobilité équitable (ATME)
Cdt

Envoyé de mon iPhone"""
    body = leaf("text/plain", text, cte="quoted-printable")
    m = mk(when, sent, "mail-wr1-f68.google.example.com", "209.85.221.68", "4DXH3m7Vd1z9",
           "Karim Mansouri <k.mansouri.atme@gmail.example.com>", "Intervention table ronde",
           "<8E2F4A61-3B7C-4D90-A1E5-6C8B2D4F0A17@gmail.example.com>", body,
           extra=[("X-Mailer", "iPhone Mail (18D52)")])
    add(9, when, m, dict(category="speaker_request", language="fr", acknowledge=True, on_time=True, speakers=[
        sp("Karim Mansouri", "chargé de plaidoyer", "Association tunisienne pour la mobilité équitable (ATME)",
           ["roundtable"], 1)],
        notes="very short iPhone mail (text/plain only, no signature block): name, title and organisation on one "
              "comma-separated line; 'table ronde n°1'; 'Cdt' abbreviation; Date in +0100 (Tunis)."))


def m10():
    when = at("2021-02-05 23:41:30")
    sent = tz(when - dt.timedelta(seconds=6), 4)
    text = """Hello,

Further to the invitation, I would be glad to serve as one of the rapporteurs delivering the stakeholders' key messages at the conference.

Many thanks,
Layla

--
Dr. Layla Nasser
Head of Research, Migration Policy Unit
Gulf Labour Mobility Observatory (GLMO)
[GLMO logo]
Dubai Knowledge Park, Block 4 | Dubai, United Arab Emirates
T +971 4 000 0000 | M +971 50 000 0000
www.glmo.example.org
[Twitter] [LinkedIn] [YouTube]

The views expressed in this email are those of the sender and do not necessarily reflect the position of GLMO.
"""
    html = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>'
            '<body style="word-wrap: break-word; -webkit-nbsp-mode: space; line-break: after-white-space;">'
            '<div class="">Hello,</div><div class=""><br class=""></div>'
            '<div class="">Further to the invitation, I would be glad to serve as one of the rapporteurs delivering '
            'the stakeholders\u2019 key messages at the conference.</div><div class=""><br class=""></div>'
            '<div class="">Many thanks,</div><div class="">Layla</div><div class=""><br class=""></div>'
            '<div class="">--<br class=""><b style="color:#7A1F3D">Dr. Layla Nasser</b><br class="">'
            'Head of Research, Migration Policy Unit<br class="">Gulf Labour Mobility Observatory (GLMO)<br class="">'
            '<img src="cid:glmo-logo@glmo.example.org" alt="GLMO logo" width="120" height="36" class=""><br class="">'
            '<span style="color:#808080">Dubai Knowledge Park, Block 4 | Dubai, United Arab Emirates<br class="">'
            'T +971 4 000 0000 | M +971 50 000 0000<br class=""><a href="http://www.glmo.example.org" class="">'
            'www.glmo.example.org</a></span><br class="">'
            '<img src="cid:tw@glmo.example.org" alt="Twitter" width="16" height="16"> '
            '<img src="cid:li@glmo.example.org" alt="LinkedIn" width="16" height="16"> '
            '<img src="cid:yt@glmo.example.org" alt="YouTube" width="16" height="16"></div>'
            '<div class=""><br class=""></div><div class="" style="font-size:8px;color:#999">The views expressed in '
            'this email are those of the sender and do not necessarily reflect the position of GLMO.</div>'
            '</body></html>\n')
    body = multi("alternative", [
        leaf("text/plain", text),
        multi("related", [leaf("text/html", html),
                          logo("glmo-logo@glmo.example.org", "GLMO_logo.png", (122, 31, 61), 60, 18),
                          logo("tw@glmo.example.org", "tw.png", (29, 161, 242), 8, 8),
                          logo("li@glmo.example.org", "li.png", (0, 119, 181), 8, 8),
                          logo("yt@glmo.example.org", "yt.png", (255, 0, 0), 8, 8)],
              "Apple-Mail=_5C1E9A3B-7D42-4F8E-B6A0-2E9D8C7F1A43", params=[("type", '"text/html"')])],
        "Apple-Mail=_0A7D3E52-91B4-4C6F-8E2A-5D1F9B3C7E60")
    m = mk(when, sent, "mail.glmo.example.org", "185.93.12.40", "4DXp0c5Kr8z2",
           "Layla Nasser <l.nasser@glmo.example.org>", "Rapporteur - GCM regional review",
           "<3F9B2C71-5E8D-4A06-B1C3-7D2E9F4A8B50@glmo.example.org>", body,
           extra=[("X-Mailer", "Apple Mail (2.3654.40.0.2.32)")])
    add(10, when, m, dict(category="speaker_request", language="en", acknowledge=True, on_time=True, speakers=[
        sp("Layla Nasser", "Head of Research, Migration Policy Unit", "Gulf Labour Mobility Observatory (GLMO)",
           ["rapporteur"])],
        notes="the body says only 'I' and 'Layla': surname, title and organisation are only in a rich signature "
              "(logo and social icons as alt text '[GLMO logo]', '[Twitter]'..., disclaimer); deadline edge: Date "
              "'Sat, 6 Feb 2021 01:41 +0400' (Dubai) looks late but is 23:41 on 5 Feb in Beirut: ON TIME."))


def m11():
    when = at("2021-02-06 10:05:44")
    sent = when - dt.timedelta(seconds=5)
    text = """حضرة السادة المحترمين،

تحية طيبة وبعد،

بناءً على توجيهات رئيس البلدية، يسرّنا أن نرشح نائبة رئيس البلدية السيدة ريتا خوري للمشاركة بمداخلة في الجلسة العامة للمؤتمر الإقليمي، وذلك لعرض تجربة البلدية في إدارة التجمعات السكنية المختلطة للعمال المهاجرين واللاجئين في المدينة.

نعتذر عن التأخير في الإرسال بسبب الإقفال العام وإقفال الإدارات الرسمية الأسبوع الماضي، ونأمل أن يتم أخذ الطلب بعين الاعتبار.

مع فائق الاحترام،

أمانة سر رئاسة البلدية
بلدية الميناء
طرابلس - لبنان
"""
    html = '<div dir="rtl">' + text2html(text) + "</div>\n"
    body = multi("alternative", [leaf("text/plain", text, cte="base64"), leaf("text/html", html, cte="base64")],
                 "0000000000002b3c4d05baa9e144")
    m = mk(when, sent, "mail-wr1-f41.google.example.com", "209.85.221.41", "4DXy4Q8Whpz5",
           addr("بلدية الميناء", "mina.municipality.lb@gmail.example.com"),
           re_hdr("", "ترشيح نائبة رئيس البلدية للمشاركة في الجلسة العامة"),
           "<CAHt5yU8iO1pA4sD7fG0hJ3kL6zX9cV2bN5mQ8w@mail.gmail.example.com>", body)
    add(11, when, m, dict(category="speaker_request", language="ar", acknowledge=True, on_time=False, speakers=[
        sp("ريتا خوري", "نائبة رئيس البلدية", "بلدية الميناء", ["plenary"])],
        notes="LATE (Saturday 6 Feb, the morning after the speaker deadline; the sender apologises); sent on "
              "behalf of the mayor by the municipal secretariat from a Gmail address; 'السيدة' is an "
              "honorific; the mayor who 'directed' the nomination is not the speaker."))


def m12():
    when = at("2021-02-06 11:20:31")
    d = tz(when, 3)
    text = """Delivery has failed to these recipients or groups:

sg.office@fgccc.example.org
Your message couldn't be delivered because delivery to this group is restricted to authenticated senders. Please contact the group owner.

Diagnostic information for administrators:

Generating server: AM0PR03MB4225.eurprd03.prod.outlook.example.com

sg.office@fgccc.example.org
Remote Server returned '550 5.7.1 RESOLVER.RST.AuthRequired; authentication required [Stage: CreateMessage]'

Original message headers:

From: GCM Regional Review Arab States <gcmrrarabstates@iom.int>
To: Mariam Al-Hashimi <m.alhashimi@fgccc.example.org>
CC: FGCCC SG Office <sg.office@fgccc.example.org>
Subject: Acknowledgement of receipt - speaking role request - GCM Regional Review (Arab Region)
Date: Sat, 6 Feb 2021 10:20:12 +0200
Message-ID: <ACK-20210206-0031.en@gcmrrarabstates.iom.int>
"""
    dsn = ("Reporting-MTA: dns;AM0PR03MB4225.eurprd03.prod.outlook.example.com\n"
           "Received-From-MTA: dns;mx1.iom.int\n"
           "Arrival-Date: %s\n\n"
           "Final-Recipient: rfc822;sg.office@fgccc.example.org\n"
           "Action: failed\n"
           "Status: 5.7.1\n"
           "Diagnostic-Code: smtp;550 5.7.1 RESOLVER.RST.AuthRequired; authentication required [Stage: CreateMessage]\n"
           % rfcdate(d - dt.timedelta(seconds=3)))
    hdrs = ("From: GCM Regional Review Arab States <gcmrrarabstates@iom.int>\n"
            "To: Mariam Al-Hashimi <m.alhashimi@fgccc.example.org>\n"
            "CC: FGCCC SG Office <sg.office@fgccc.example.org>\n"
            "Subject: Acknowledgement of receipt - speaking role request - GCM Regional Review (Arab Region)\n"
            "Date: Sat, 6 Feb 2021 10:20:12 +0200\n"
            "Message-ID: <ACK-20210206-0031.en@gcmrrarabstates.iom.int>\n"
            "In-Reply-To: %s\n" % M02_ID)
    p2 = Message(policy=POL)
    p2["Content-Type"] = "message/delivery-status"
    from email.parser import Parser
    for block in dsn.strip("\n").split("\n\n"):
        p2.attach(Parser(policy=POL).parsestr(block + "\n", headersonly=True))
    body = multi("report", [multi("alternative", [leaf("text/plain", text, "us-ascii", "quoted-printable"),
                                                  leaf("text/html", html_wrap(text2html(text), charset="us-ascii"),
                                                       "us-ascii", "quoted-printable")],
                                  "f5b7a0c2-8d31-4e6a-9b4f-1c2d3e4f5a6b"),
                            p2, leaf("text/rfc822-headers", hdrs, "us-ascii", "7bit")],
                 "a9c3e1d7-42b6-4f80-9e5a-7b1c3d5e7f90", params=[("report-type", "delivery-status")])
    rows = std_rows(when, "mail-am0eur03.outbound.protection.example.com", "40.107.6.101", "4DY0Jd6Pw3z1",
                    "Microsoft Outlook <MAILER-DAEMON@AM0PR03MB4225.eurprd03.prod.outlook.example.com>",
                    "Undeliverable: Acknowledgement of receipt - speaking role request - GCM Regional Review (Arab Region)",
                    rfcdate(d), "<7a1b3c5d-9e0f-4a2b-8c6d-e1f2a3b4c5d6@AM0PR03MB4225.eurprd03.prod.outlook.example.com>",
                    extra=[("Auto-Submitted", "auto-replied"), ("X-MS-Exchange-Message-Is-Ndr", ""),
                           ("Content-Language", "en-US"), ("In-Reply-To", "<ACK-20210206-0031.en@gcmrrarabstates.iom.int>"),
                           ("References", "<ACK-20210206-0031.en@gcmrrarabstates.iom.int>")])
    rows[0] = ("Return-Path", "<>")
    add(12, when, top(body, rows), dict(category="bounce", language="en", acknowledge=False, on_time=None,
        notes="Exchange Online NDR (multipart/report delivery-status, text/rfc822-headers) for the Cc copy of "
              "our acknowledgement of h147-02 to a group mailbox that only accepts internal senders (5.7.1); the "
              "returned headers mention 'speaking role request'; the main recipient got it: nothing to do."))


def m13():
    when = at("2021-02-08 11:20:17")
    sent = when - dt.timedelta(seconds=8)
    text = """Bonjour Madame, Monsieur,

Veuillez trouver ci-dessous le formulaire de demande d'intervention dûment rempli (je n'arrive pas à joindre le fichier Word depuis le cybercafé, désolé).

-----------------------------------------------------------
FORMULAIRE – DEMANDE DE PRISE DE PAROLE / SPEAKER REQUEST FORM
-----------------------------------------------------------
Nom / Last name : OULD CHEIKH
Prénom(s) / First name : Mohamed Lemine
Titre / Fonction – Title : Président
Organisation : Association mauritanienne pour l'accueil et l'orientation des migrants (AMAOM)
Pays / Country : Mauritanie (Nouadhibou)
Rôle souhaité / Requested role :
  [ ] Discussion ouverte (23 février) / Open discussion
  [ ] Rapporteur
  [ ] Plénière / Plenary
  [X] Table ronde thématique / Thematic roundtable  n° : 3
Langue d'intervention : français / arabe (hassaniya)
-----------------------------------------------------------

Nous savons que la date du 5 février est passée mais nous n'avons reçu l'invitation que samedi dernier par un partenaire.

Cordialement,
M. L. Ould Cheikh
AMAOM – Nouadhibou
Tél : +222 46 00 00 00
"""
    body = multi("alternative", [leaf("text/plain", text),
                                 leaf("text/html", '<html><head></head><body><div style="color:#000; background-color:#fff; '
                                      'font-family:Helvetica Neue, Helvetica, Arial, sans-serif;font-size:13px">'
                                      '<div dir="ltr">' + text2html(text) + '</div></div></body></html>\n')],
                 "----=_Part_1873402_1528462381.1612776017212")
    m = mk(when, sent, "sonic312-21.consmr.mail.ir2.yahoo.example.com", "77.238.176.97", "4DZ1wV3Tn5z8",
           "Mohamed Lemine Ould Cheikh <amaom_ndb@yahoo.example.fr>",
           hdr("Formulaire demande d'intervention – AMAOM Mauritanie", enc="Q"),
           "<1873403.1528462381.1612776017210@mail.yahoo.example.com>", body,
           extra=[("X-Mailer", "WebService/1.1.17648 YMailNorrin")])
    add(13, when, m, dict(category="speaker_request", language="fr", acknowledge=True, on_time=False, speakers=[
        sp("Mohamed Lemine Ould Cheikh", "Président",
           "Association mauritanienne pour l'accueil et l'orientation des migrants (AMAOM)", ["roundtable"], 3)],
        notes="LATE (8 Feb; the sender knows it); speaker form pasted into the body, bilingual FR/EN field "
              "labels, surname in capitals before first names (label uses natural order 'Mohamed Lemine Ould "
              "Cheikh'); role chosen with '[X]' among unticked boxes naming every role; Yahoo web mail."))


M14_ID = "<AS8PR02MB6991B3A5C7D9E1F3AS8PR02MB6991EURP@AS8PR02MB6991.eurprd02.prod.outlook.example.com>"


def m14():
    when = at("2021-02-09 09:33:48")
    sent = tz(when - dt.timedelta(seconds=6), 1)
    text = """Dear colleagues,

Please see below and attached, on behalf of the Chairperson.

Best regards,
Fatima Al-Sayed
Focal Point for International Cooperation
National Committee on Migrant Workers' Rights (NCMWR)
Kingdom of Bahrain

From: Jassim Al-Doseri <chair@ncmwr-x.example.bh>
Sent: Sunday, February 7, 2021 4:12 PM
To: Fatima Al-Sayed <f.alsayed@ncmwr-x.example.bh>
Subject: FW: Voluntary GCM Review report - final

Fatima,
Kindly forward to IOM, the address is in the invitation letter. Cc me please.
Thanks
J.

Sent from my iPad

From: Research Unit <research@ncmwr-x.example.bh>
Sent: Thursday, February 4, 2021 11:05 AM
To: Jassim Al-Doseri <chair@ncmwr-x.example.bh>
Subject: Voluntary GCM Review report - final

Dear Dr. Jassim,

Please find attached the final version of the Committee's voluntary GCM review report, incorporating the comments of the Board members from the 2 February meeting.

Regards,
Research Unit
NCMWR
"""
    blocks = text.split("\n\nFrom: ")
    html_parts = [mso(blocks[0])]
    for b in blocks[1:]:
        head, _, rest = b.partition("\n\n")
        hl = ("From: " + head).split("\n")
        html_parts.append('<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm">'
                          '<p class="MsoNormal"><b>' + "<br>\n<b>".join(
                              esc(x).replace(": ", ":</b> ", 1) for x in hl) + '<o:p></o:p></p></div>')
        html_parts.append(mso("\n" + rest))
    html = outlook_html("\n".join(html_parts))
    pdf = make_pdf(["National Committee on Migrant Workers' Rights (NCMWR) - Kingdom of Bahrain",
                    "Voluntary GCM Review Report - Regional Review, Arab Region 2021",
                    "Prepared by the Research Unit, February 2021"])
    fname = "NCMWR_Voluntary_GCM_Review_Report_Final.pdf"
    body = multi("mixed", [multi("alternative", [leaf("text/plain", text), leaf("text/html", html)],
                                 "_000_AS8PR02MB6991B3A5C7D9E1F3AS8PR02MB6991EURP_"),
                           attach("application/pdf", pdf, fname)],
                 "_004_AS8PR02MB6991B3A5C7D9E1F3AS8PR02MB6991EURP_")
    m = mk(when, sent, "mail-as8eur02.outbound.protection.example.com", "40.107.0.58", "4DZm2R6Yq4z0",
           "Fatima Al-Sayed <f.alsayed@ncmwr-x.example.bh>", "FW: FW: Voluntary GCM Review report - final",
           M14_ID, body, cc="Jassim Al-Doseri <chair@ncmwr-x.example.bh>",
           extra=ms_rows("Voluntary GCM Review report - final", "AQHW+mS0dL3kP9vB2wq7X4nY1tZ6cQAAHx1sAAB4kLA=",
                         attach_=True))
    add(14, when, m, dict(category="voluntary_report", language="en", acknowledge=True, on_time=True,
        report_attachments=[fname],
        notes="nested Outlook forward (FW: FW:) from the focal point, via the chairperson's iPad, of an internal "
              "mail from the research unit: the PDF travelled with the forwards and is attached to the outer "
              "message; 'Date' is +0100 (focal point travelling); none of the people named is a speaker."))


def m15():
    when = at("2021-02-10 12:47:25")
    sent = tz(when - dt.timedelta(seconds=4), 1)
    text = """السلام عليكم،

نبعثولكم في المرفقات التقرير الطوعي نتاع جمعية الإدماج والمرافقة للمهاجرين بوهران، في إطار المراجعة الإقليمية للاتفاق العالمي للهجرة.
Vous trouverez aussi un résumé en français (2 pages), pour les collègues francophones.

التقرير فيه ثلاث محاور: الوصول للعلاج، تمدرس أولاد المهاجرين، والعمل غير المصرح.

Merci d'avance et bon courage pour l'organisation,
بالتوفيق

Amina Belkacem / أمينة بلقاسم
الأمينة العامة – Secrétaire générale
جمعية الإدماج والمرافقة للمهاجرين (AIM) – وهران
"""
    html = '<div dir="rtl">' + text2html(text) + "</div>\n"
    pdf1 = make_pdf(["Association Integration et Accompagnement des Migrants (AIM) - Oran",
                     "Rapport volontaire (version arabe) - Examen regional du PMM 2021"])
    pdf2 = make_pdf(["AIM Oran - Resume du rapport volontaire (2 pages)", "1. Acces aux soins",
                     "2. Scolarisation des enfants migrants", "3. Travail non declare"])
    f1 = "تقرير طوعي - جمعية الإدماج AIM.pdf"
    f2 = "Résumé rapport AIM (FR).pdf"
    body = multi("mixed", [multi("alternative", [leaf("text/plain", text, cte="base64"),
                                                 leaf("text/html", html, cte="base64")], "0000000000007c8d9e05baf1a256"),
                           attach("application/pdf", pdf1, f1), attach("application/pdf", pdf2, f2)],
                 "0000000000007c8da005baf1a258")
    m = mk(when, sent, "mail-wm1-f65.google.example.com", "209.85.128.65", "4Db0Fg2Nw6z3",
           "Amina Belkacem <aim.oran.dz@gmail.example.com>",
           re_hdr("", "التقرير الطوعي - جمعية الإدماج والمرافقة للمهاجرين / Rapport volontaire AIM"),
           "<CAPr9tY2uI5oP8aS1dF4gH7jK0lZ3xC6vB9nM2q@mail.gmail.example.com>", body)
    add(15, when, m, dict(category="voluntary_report", language="ar", acknowledge=True, on_time=True,
        report_attachments=[f1, f2],
        notes="Algerian dialect ('نبعثولكم', 'نتاع') mixed with French sentences and a bilingual signature; "
              "the report is the Arabic PDF plus a French summary PDF sent with it as part of the same "
              "submission (both listed); Arabic and accented file names (RFC 2231); acknowledge in Arabic, "
              "the main language of the body."))


def m16():
    when = at("2021-02-10 15:02:06")
    sent = tz(when - dt.timedelta(seconds=5), 1)
    ack_id = "<ACK-20210203-0014.fr@gcmrrarabstates.iom.int>"
    text = """Bien reçu, merci beaucoup.
Bonne continuation à toute l'équipe.

Slim Trabelsi
Coordinateur national | المنسق الوطني
PTOSCM

De : GCM Regional Review Arab States <gcmrrarabstates@iom.int>
Envoyé : mercredi 3 février 2021 10:31
À : coordination@ptoscm-x.example.tn
Objet : Accusé de réception – Revue régionale du PMM (rapport volontaire et demande d'intervention)

Madame, Monsieur,

Nous accusons réception de votre message du 3 février 2021 contenant votre rapport volontaire et votre demande d'intervention en séance plénière. Les demandes d'intervention seront examinées par les organisateurs et vous serez informé(e) de la suite.

Cordialement,
Secrétariat de l'examen régional du PMM – région arabe
"""
    html = outlook_html(mso(text.rstrip("\n")), "FR")
    body = multi("alternative", [leaf("text/plain", text), leaf("text/html", html)],
                 "----=_NextPart_000_0031_01D6FFB4.7C2E9A10")
    m = mk(when, sent, "smtp.topnet-x.example.tn", "197.3.9.41", "4Db4sK0Hx2z7",
           "Slim Trabelsi <coordination@ptoscm-x.example.tn>",
           hdr("RE: Accusé de réception – Revue régionale du PMM (rapport volontaire et demande d'intervention)", enc="Q"),
           "<003101d6ffa2$1b4c7e90$51e57bb0$@ptoscm-x.example.tn>", body,
           extra=[("In-Reply-To", ack_id), ("References", "%s %s" % (M05_ID, ack_id)),
                  ("X-Mailer", "Microsoft Outlook 16.0"), ("Content-Language", "fr")])
    add(16, when, m, dict(category="other", language="fr", acknowledge=False, on_time=None,
        thread_of="h147-05.eml",
        notes="pure thank-you reply to our acknowledgement of h147-05 (In-Reply-To our ack, References also "
              "names h147-05): adds nothing new, so no acknowledgement; the quoted ack text contains 'rapport "
              "volontaire' and 'demande d'intervention en séance plénière'."))


def m17():
    when = at("2021-02-11 17:18:39")
    sent = tz(when - dt.timedelta(seconds=6), 1)
    inner = mso("""Madame, Monsieur,

L'Observatoire algérien des migrations et du développement (OAMD) a le plaisir de vous faire parvenir, en pièce jointe, sa contribution à l'examen régional du Pacte mondial pour les migrations sûres, ordonnées et régulières, sous la forme d'un rapport volontaire.

Ce rapport a été élaboré dans le cadre du projet « Mobilités et droits », avec le soutien de nos partenaires. Une version arabe sera disponible d'ici fin mars et pourra vous être communiquée sur demande.

Restant à votre disposition,

Bien cordialement,
""") + """
<p class="MsoNormal"><b><span style="color:#2E74B5">Yacine Ait Ahmed</span></b><o:p></o:p></p>
<p class="MsoNormal"><span style="font-size:9.0pt">Chargé de recherche principal<br>Observatoire algérien des migrations et du développement (OAMD)<br>Cité El Badr, Bt 12 – 16000 Alger<br>Tél. +213 21 00 00 00</span><o:p></o:p></p>
<p class="MsoNormal"><img width="110" height="45" src="cid:image001.png@01D70086.4A5B6C70" alt="Logo OAMD - المرصد الجزائري للهجرة والتنمية">&nbsp;&nbsp;<img width="60" height="40" src="cid:image002.png@01D70086.4A5B6C70" alt="Projet financé par l'Union européenne">&nbsp;&nbsp;<img width="80" height="40" src="cid:image003.png@01D70086.4A5B6C70" alt="Mis en œuvre par le Réseau euro-méditerranéen Mobilités et droits"><o:p></o:p></p>
<p class="MsoNormal"><span style="font-size:7.5pt;color:#7F7F7F">Ce message et ses pièces jointes sont confidentiels. Pensez à l'environnement avant d'imprimer ce courriel.</span><o:p></o:p></p>"""
    html = outlook_html(inner, "FR")
    pdf = make_pdf(["Observatoire algerien des migrations et du developpement (OAMD)",
                    "Rapport volontaire - Examen regional du Pacte mondial sur les migrations",
                    "Projet Mobilites et droits - fevrier 2021"])
    fname = "OAMD - Rapport volontaire examen régional PMM 2021.pdf"
    body = multi("mixed", [
        multi("related", [leaf("text/html", html),
                          logo("image001.png@01D70086.4A5B6C70", "image001.png", (46, 116, 181), 55, 22),
                          logo("image002.png@01D70086.4A5B6C70", "image002.png", (0, 51, 153), 30, 20),
                          logo("image003.png@01D70086.4A5B6C70", "image003.png", (120, 120, 120), 40, 20)],
              "_007_DU2PR09MB5342D4E6F8A0B2C4DU2PR09MB5342EURP_", params=[("type", '"text/html"')]),
        attach("application/pdf", pdf, fname)], "_008_DU2PR09MB5342D4E6F8A0B2C4DU2PR09MB5342EURP_")
    subj = "Contribution de l'OAMD – rapport volontaire – examen régional du PMM"
    m = mk(when, sent, "mail-du2eur09.outbound.protection.example.com", "40.107.13.88", "4DbS7f1Bq9z4",
           "Yacine Ait Ahmed <y.aitahmed@oamd-x.example.dz>", hdr(subj, enc="Q"),
           "<DU2PR09MB5342D4E6F8A0B2C4DU2PR09MB5342EURP@DU2PR09MB5342.eurprd09.prod.outlook.example.com>", body,
           extra=ms_rows(hdr(subj, enc="Q"), "AdcAhkpbbHC5yT1nQ3sW8mK0pL6vXg==", "fr-FR", attach_=True))
    add(17, when, m, dict(category="voluntary_report", language="fr", acknowledge=True, on_time=True,
        report_attachments=[fname],
        notes="HTML-only Outlook (no text/plain) with three inline logos whose alt texts name the EU and a "
              "partner network (not the submitter, not attachments of the report); PDF name with spaces and "
              "accents; the announced future Arabic version is not a second submission."))


def m18():
    when = at("2021-02-12 08:09:50")
    sent = when - dt.timedelta(seconds=7)
    text = """مرحبا
ما وصلني اي رد لهلق. انقبلت مشاركتي بالنقاش المفتوح ولا لأ؟ وكيف بيوصلنا رابط الزوم؟
شكرا

تم الإرسال من جهاز Samsung Galaxy الخاص بي

-------- الرسالة الأصلية --------
من: Reem Haddad <reem.haddad.nahda@gmail.example.com>
التاريخ: ٢/٢/٢١ ٩:٣٧ م (GMT+02:00)
إلى: gcmrrarabstates@iom.int
الموضوع: مشاركة

مرحبا
بدي شارك بالنقاش المفتوح يوم ٢٣ شباط

ريم حداد
منسقة مشاريع - ملتقى النهضة للتنمية المجتمعية
عمّان
"""
    html = '<div dir="auto">' + "<br>".join(esc(x) for x in text.strip("\n").split("\n")) + "</div>\n"
    body = multi("alternative", [leaf("text/plain", text, cte="base64"), leaf("text/html", html, cte="base64")],
                 "000000000000b9c0d105bb1f7e42")
    m = mk(when, sent, "mail-lj1-f179.google.example.com", "209.85.208.179", "4Dbx3H5Rt0z2",
           "Reem Haddad <reem.haddad.nahda@gmail.example.com>", re_hdr("RE: ", "مشاركة"),
           "<CAOq8z1Wx4sY6uI8oL0pA3sD5fG7hJ9kZ1xC3vB@mail.gmail.example.com>", body,
           extra=[("In-Reply-To", M04_ID), ("References", M04_ID)])
    add(18, when, m, dict(category="other", language="ar", acknowledge=True, on_time=None,
        thread_of="h147-04.eml",
        notes="phone follow-up to h147-04 (Samsung mail 'الرسالة الأصلية' quote, not '>'-prefixed, with the "
              "whole original request quoted): the new text only asks whether the request was accepted and "
              "for the Zoom link; not a new speaker request."))


def m19():
    when = at("2021-02-14 20:52:11")
    sent = tz(when - dt.timedelta(seconds=5), 3)
    text = """Dear GCM Regional Review Secretariat,

Please find attached the voluntary GCM review report of the Sudanese Diaspora Coordination Forum (SDCF), prepared with our member associations in Saudi Arabia, Qatar, Egypt and Jordan.

We would also like to propose two speakers, and we realise the deadline for speaking roles was 5 February - apologies, the Forum's board only met last week:

1. Dr. Amal Osman, Chairperson, SDCF - floor intervention in roundtable 1 (or roundtable 2 if the first is full)
2. Mr. Tarek Hamid, Youth and Students Officer, SDCF - as one of the rapporteurs

Thank you for your understanding.

Kind regards,
Hind Abdelrahim
Secretary, SDCF
منتدى تنسيق الجاليات السودانية
"""
    html = '<div dir="ltr">' + text2html(text) + "</div>\n"
    pdf = make_pdf(["Sudanese Diaspora Coordination Forum (SDCF)",
                    "Voluntary GCM Review Report - Arab Region 2021",
                    "Contributions from Saudi Arabia, Qatar, Egypt and Jordan"])
    fname = "SDCF voluntary report GCM 2021.pdf"
    body = multi("mixed", [multi("alternative", [leaf("text/plain", text), leaf("text/html", html)],
                                 "0000000000004e5f6a05bb4c2d81"),
                           attach("application/pdf", pdf, fname)], "0000000000004e5f6c05bb4c2d83")
    m = mk(when, sent, "mail-ej1-f44.google.example.com", "209.85.218.44", "4DcR1x7Kw5z6",
           "SDCF Secretariat <sdcf.secretariat@gmail.example.com>", "SDCF - voluntary report and speakers",
           "<CAJn2mQ5wE8rT1yU4iO7pA0sD3fG6hJ9kL2zX5c@mail.gmail.example.com>", body)
    add(19, when, m, dict(category="both", language="en", acknowledge=True, on_time=False, speakers=[
        sp("Amal Osman", "Chairperson", "Sudanese Diaspora Coordination Forum (SDCF)", ["roundtable"], 1),
        sp("Tarek Hamid", "Youth and Students Officer", "Sudanese Diaspora Coordination Forum (SDCF)",
           ["rapporteur"])],
        report_attachments=[fname],
        notes="'both': the report (14 Feb) is on time but the two speaker proposals are after 5 Feb, so NOT on "
              "time overall; numbered list with 'Dr.'/'Mr.' honorifics and the acronym only in the list (full "
              "name in the first paragraph); roundtable 1 is the first choice ('or roundtable 2 if the first is "
              "full'); sent from a shared secretariat account by its secretary, Arabic name of the forum in the "
              "signature."))


def m20():
    when = at("2021-02-15 13:26:03")
    sent = tz(when - dt.timedelta(seconds=11), 3)
    text = """Hi pls find attached report from our association
Regards
Osama

Sent from Yahoo Mail on Android"""
    html = ('<html><head></head><body><div id="yMail_cursorElementTracker_1613388363012">Hi pls find attached '
            'report from our association</div><div>Regards</div><div>Osama</div><br>'
            '<div id="ymail_android_signature"><a href="https://go.onelink.me/107872968?pid=InProduct&amp;c='
            'Global_Internal_YGrowth_AndroidEmailSig__AndroidUsers&amp;af_wl=ym&amp;af_sub1=Internal&amp;af_sub2='
            'Global_YGrowth&amp;af_sub3=EmailSignature">Sent from Yahoo Mail on Android</a></div></body></html>\n')
    docx = make_docx(["Jordanian Association of Recruitment Agencies for Domestic Workers (JARA)",
                      "Voluntary report - GCM Regional Review (Arab region)",
                      "Objective 6: fair and ethical recruitment", "Amman, February 2021"])
    fname = "Report GCM JARA.docx"
    body = multi("mixed", [multi("alternative", [leaf("text/plain", text, "us-ascii", "7bit"),
                                                 leaf("text/html", html, "us-ascii", "quoted-printable")],
                                 "----=_Part_2231904_901227318.1613388363015"),
                           attach(DOCX, docx, fname)], "----=_Part_2231903_1964582143.1613388363016")
    m = mk(when, sent, "sonic307-15.consmr.mail.bf2.yahoo.example.com", "74.6.134.46", "4Dch6N9Yp2z1",
           "osama kh <osama_khatib77@yahoo.example.com>", "report",
           "<1790425618.2231905.1613388363012@mail.yahoo.example.com>", body,
           extra=[("X-Mailer", "WebService/1.1.17648 YahooMailAndroidMobile")])
    add(20, when, m, dict(category="voluntary_report", language="en", acknowledge=True, on_time=True,
        report_attachments=[fname],
        notes="minimal Yahoo Android mail, subject 'report', personal address with a nickname display name: "
              "the organisation (a recruitment agencies' association, private sector) is only named inside the "
              "DOCX; no signature beyond the Yahoo tagline."))


def m21():
    when = at("2021-02-16 23:10:27")
    sent = tz(when - dt.timedelta(seconds=4), 3)
    inner = ('<div dir="rtl">' + mso("""السادة أمانة المراجعة الإقليمية للاتفاق العالمي من أجل الهجرة المحترمون

تحية طيبة

نرفق لكم طياً التقرير الطوعي للمرصد العراقي لحقوق العمال المهاجرين بصيغتي PDF و Word، راجين التفضل بالاطلاع وإدراجه ضمن تقارير أصحاب المصلحة.

مع التقدير

د. زينب الربيعي
رئيسة المرصد العراقي لحقوق العمال المهاجرين
بغداد – الكرادة""", "direction:rtl") +
             '\n<p class="MsoNormal" dir="rtl"><img width="120" height="40" src="cid:image001.png@01D704C1.0F1E2D30" '
             'alt="المرصد العراقي لحقوق العمال المهاجرين - Iraqi Observatory for the Rights of Migrant Workers"></p></div>')
    html = outlook_html(inner, "AR-IQ", "rtl")
    pdf = make_pdf(["Iraqi Observatory for the Rights of Migrant Workers (IORMW)",
                    "Voluntary GCM Review Report 2021 (Arabic)", "Baghdad, February 2021"])
    docx = make_docx(["المرصد العراقي لحقوق العمال المهاجرين", "التقرير الطوعي 2021",
                      "المراجعة الإقليمية للاتفاق العالمي من أجل الهجرة"])
    f1, f2 = "IORMW_GCM_Voluntary_Report_2021_AR.pdf", "IORMW_GCM_Voluntary_Report_2021_AR.docx"
    body = multi("mixed", [
        multi("related", [leaf("text/html", html, cte="base64"),
                          logo("image001.png@01D704C1.0F1E2D30", "image001.png", (10, 80, 40), 60, 20)],
              "_005_HE1PR0701MB2987E3F5A7B9C1D3HE1PR0701MB2987EURP_", params=[("type", '"text/html"')]),
        attach("application/pdf", pdf, f1), attach(DOCX, docx, f2)],
        "_006_HE1PR0701MB2987E3F5A7B9C1D3HE1PR0701MB2987EURP_")
    subj = "التقرير الطوعي - المرصد العراقي لحقوق العمال المهاجرين"
    m = mk(when, sent, "mail-he1eur07.outbound.protection.example.com", "40.107.1.112", "4DdG0p4Tz8z5",
           addr("Zainab Al-Rubaie", "z.alrubaie@iormw-x.example.iq"), hdr(subj),
           "<HE1PR0701MB2987E3F5A7B9C1D3HE1PR0701MB2987EURP@HE1PR0701MB2987.eurprd07.prod.outlook.example.com>", body,
           extra=ms_rows(hdr(subj), "AdcEwQ8eHiPl3mR5sT7uV9wX1yZ3aQ==", "ar-IQ", attach_=True))
    add(21, when, m, dict(category="voluntary_report", language="ar", acknowledge=True, on_time=True,
        report_attachments=[f1, f2],
        notes="deadline edge: Date 'Wed, 17 Feb 2021 00:10 +0300' (Baghdad) looks late but is 23:10 on 16 Feb "
              "in Beirut: ON TIME; HTML-only Outlook (base64) in Arabic with an inline logo; the same report "
              "in PDF and Word (both listed as the report files); English display name, Arabic body."))


def m22():
    when = at("2021-02-17 09:44:02")
    sent = tz(when - dt.timedelta(seconds=6), 1)
    text = """Bonjour,

Je vous transfère ci-dessous le message de notre réseau, envoyé le 15 février à une adresse erronée (il manquait un « s » à la fin de l'adresse). Nous venons de recevoir le message d'erreur ce matin.
Merci de bien vouloir en tenir compte malgré tout.

Cordialement,
Meryem Alaoui
Chargée de mission migration – Point focal PMM
Réseau des collectivités locales du Maghreb (RCLM)

---------- Forwarded message ---------
De : Mourad Ben Youssef <m.benyoussef@rclm-x.example.org>
Date: lun. 15 févr. 2021 à 18:20
Subject: Fwd: Rapport volontaire RCLM
To: <gcmrrarabstate@iom.int>
Cc: Meryem Alaoui <m.alaoui@rclm-x.example.org>


Madame, Monsieur,

Veuillez trouver ci-joint le rapport volontaire du Réseau des collectivités locales du Maghreb (RCLM) sur la mise en œuvre du Pacte mondial au niveau local (villes de Tanger, Sousse, Oran et Nouakchott).

Bien à vous,
Mourad Ben Youssef
Conseiller du Président, chargé des relations internationales

---------- Forwarded message ---------
De : Secrétariat RCLM <secretariat@rclm-x.example.org>
Date: lun. 15 févr. 2021 à 12:02
Subject: Rapport volontaire RCLM
To: Mourad Ben Youssef <m.benyoussef@rclm-x.example.org>


Bonjour Mourad, voici la version validée par le bureau exécutif. Bonne réception.
"""
    html = '<div dir="ltr">' + text2html(text) + "</div>\n"
    pdf = make_pdf(["Reseau des collectivites locales du Maghreb (RCLM)",
                    "Rapport volontaire - mise en oeuvre locale du Pacte mondial",
                    "Tanger, Sousse, Oran, Nouakchott - fevrier 2021"])
    fname = "RCLM_Rapport_volontaire_PMM_valide.pdf"
    body = multi("mixed", [multi("alternative", [leaf("text/plain", text), leaf("text/html", html)],
                                 "0000000000003a4b5c05bb7d9e01"),
                           attach("application/pdf", pdf, fname)], "0000000000003a4b5e05bb7d9e03")
    m = mk(when, sent, "mail-wr1-f53.google.example.com", "209.85.221.53", "4DdZ5v2Mq7z9",
           "Meryem Alaoui <m.alaoui@rclm-x.example.org>", "TR: Fwd: Rapport volontaire RCLM",
           "<CAFk8lZ1xC4vB7nM0qW3eR6tY9uI2oP5aS8dF1g@mail.gmail.example.com>", body)
    add(22, when, m, dict(category="voluntary_report", language="fr", acknowledge=True, on_time=False,
        report_attachments=[fname],
        notes="LATE: received 17 Feb; the quoted forward shows it was first sent on 15 Feb, but to a misspelt "
              "address ('gcmrrarabstate@', no final s), so this mailbox never had it in time; double forward "
              "(TR: Fwd:) through the president's adviser and the focal point, Gmail French forward headers "
              "mixing 'De :' with 'Date:/Subject:/To:'."))


def m23():
    when = at("2021-02-18 10:37:29")
    sent = tz(when - dt.timedelta(seconds=3), 3)
    text = """Dear team,

Good morning / صباح الخير

We are a network of women lawyers in Saudi Arabia and Bahrain providing pro bono support to migrant domestic workers. We only learnt about the regional review this week.

1. Is it still possible to send a short voluntary report (5-6 pages) by the end of this week, or has the window closed?
2. Could you share the concept note or agenda of the thematic roundtables? We would like to follow roundtable 4 in particular.

شكراً جزيلاً لجهودكم

Best,
Dana Al-Qahtani
Coordinator
Arab Women Lawyers' Network for Migrant Justice (AWLN)
"""
    html = outlook_html(mso(text.rstrip("\n")))
    body = multi("alternative", [leaf("text/plain", text), leaf("text/html", html)],
                 "_000_AM9PR04MB8473A1C3E5F7B9D1AM9PR04MB8473EURP_")
    m = mk(when, sent, "mail-am9eur04.outbound.protection.example.com", "40.107.3.49", "4Ddx2W8Hn3z4",
           "Dana Al-Qahtani <dana@awln-x.example.org>", "Question: late voluntary report + roundtable agenda",
           "<AM9PR04MB8473A1C3E5F7B9D1AM9PR04MB8473EURP@AM9PR04MB8473.eurprd04.prod.outlook.example.com>", body,
           extra=ms_rows("Question: late voluntary report + roundtable agenda", "AdcF4z2sP8kQ1mN7wR3tY5uX0vLgBw=="))
    add(23, when, m, dict(category="other", language="en", acknowledge=True, on_time=None,
        notes="question after the report deadline (asks whether a late report is still possible, nothing "
              "attached) and about the roundtables' agenda: 'follow roundtable 4' is not a request to speak; "
              "English with Arabic greeting lines."))


def m24():
    when = at("2021-02-22 16:55:12")
    sent = tz(when - dt.timedelta(seconds=5), 1)
    text = """Bonjour,

Sauf erreur de notre part, nous n'avons reçu ni confirmation ni lien de connexion pour la conférence. Mme Cherkaoui, dont la candidature comme rapporteuse vous a été transmise le 1er février (message ci-dessous), souhaiterait savoir si elle est retenue et à quelle heure elle doit se connecter le 24 février.

Merci par avance de votre retour.

Bien cordialement,

Samira El Ouafi
Assistante de direction – Cabinet du Président
INDHM

De : Samira El Ouafi
Envoyé : lundi 1 février 2021 15:02
À : gcmrrarabstates@iom.int
Cc : Hicham Bennis <h.bennis@indhm-x.example.ma>
Objet : TR: TR: Revue régionale PMM – proposition d'intervenante

Bonjour,

Pour suite à donner, veuillez trouver ci-dessous la proposition de notre Institution pour la revue régionale.
[...]
"""
    html = outlook_html(mso(text.rstrip("\n")), "FR")
    body = multi("alternative", [leaf("text/plain", text), leaf("text/html", html)],
                 "_000_PR3P192MB0844A9B8C7D6E5F4PR3P192MB0844EURP_")
    subj = "RE: TR: TR: Revue régionale PMM – proposition d'intervenante"
    m = mk(when, sent, "mail-pr3p192.outbound.protection.example.com", "40.107.14.126", "4DgB8s0Lp6z2",
           "Samira El Ouafi <s.elouafi@indhm-x.example.ma>", hdr(subj, enc="Q"),
           "<PR3P192MB0844A9B8C7D6E5F4PR3P192MB0844EURP@PR3P192MB0844.EURP192.PROD.OUTLOOK.example.com>", body,
           cc="Hicham Bennis <h.bennis@indhm-x.example.ma>",
           extra=[("In-Reply-To", M03_ID), ("References", M03_ID)] +
                 ms_rows(hdr("Revue régionale PMM – proposition d'intervenante", enc="Q"),
                         "AQHW9kL3mQ2w1sF0x0uNnT2zWk3E8wAAJ1xQAAB9aZAAA3kYMA==", "fr-FR"))
    add(24, when, m, dict(category="other", language="fr", acknowledge=True, on_time=None,
        thread_of="h147-03.eml",
        notes="follow-up in the thread of h147-03 (In-Reply-To set, quoted Outlook header with the truncated "
              "original '[...]'): asks whether the already proposed rapporteur is selected and for the "
              "connection link; names the speaker again but proposes nobody new."))


def main():
    for f in (m01, m02, m03, m04, m05, m06, m07, m08, m09, m10, m11, m12, m13, m14, m15, m16, m17, m18, m19,
              m20, m21, m22, m23, m24):
        f()
    SET.write()


if __name__ == "__main__":
    main()
