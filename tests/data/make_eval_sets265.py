#!/usr/bin/env python3
"""Write the blind evaluation set holdout265 (24 raw .eml messages + labels.json).

Deterministic, standard library only:  python3 tests/data/make_eval_sets265.py
Theme: what matters is buried (25 January - 18 February 2021).  A Bahrain welfare forum's long introduction whose
speaker request is a P.S. under the signature (its report follows weeks later at the bottom of a reply to its own
first mail, and a thank-you closes the thread), a Beirut neighbourhood association telling its year and naming its
report only half-way through (plus two workshop photos; it later adds a speaker at the bottom of a reply to itself),
a Moroccan migrants' platform proposing its own coordinator and a member association's president in an Outlook
table (the member's vacation message answers, then its president bottom-posts a reply-all with questions), an Aden
foundation's administrative officer forwarding the chain in which the president dictates the request, a Jordanian
research institute that explains at length why it will neither speak nor report, a Tunisian diaspora federation
whose letter is signed by the president's assistant (its report comes 34 minutes late, at the bottom of a reply),
a Kuwaiti association whose candidate is only in an attached DOCX form next to his CV (its secretary's Exchange
out-of-office answers, and the candidate later asks whether it arrived), a Cairo community council whose director's
request is inside a forwarded chain, a joint Sfax report whose partner's speaker is the last line, a domestic
workers' coalition nominating three people in an HTML-only table (a member's Yahoo address bounces), an Alexandria
fishermen's families initiative whose nominee is the last line of a long Egyptian-dialect letter sent just after
midnight, a Tamanrasset shelter whose report is a Word file named 'contribution', a Zarqa centre forwarding its
coalition lead's report and rapporteur request, a Tripoli intern sending 'documents' and a Baghdad coalition at
23:41 whose P.S. only asks to attend.  Helpers from mailgen.py.
"""
import datetime as dt
import io
import struct
import zipfile

from mailgen import (BOX, EvalSet, DOCX, POSTFIX_NOTICE, addr, alt, at, attach, dsn_report, esc, flowed, gmail_html, hdr,
                     html_only, leaf, make_docx, make_png, mk, multi, re_hdr, rep_pdf, rfcdate, sent_at, sp, std_rows,
                     top)
from mailgen import outlook_html, outlook_rows as outlook
from mailgen import quote_block as gt, ack_id as ack_mid, logo

SET = EvalSet(265)
add = SET.add
H = "h265-%02d.eml"

IPHONE = "iPhone Mail (18D52)"
IPAD = "iPad Mail (18D52)"
TB = "Mozilla/5.0 (X11; Linux x86_64; rv:78.0) Gecko/20100101 Thunderbird/78.7.1"
TB_WIN = "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:78.0) Gecko/20100101 Thunderbird/78.7.0"
ZIMBRA = "Zimbra 8.8.15_GA_3869 (ZimbraWebClient - GC88 (Win)/8.8.15_GA_3869)"
ZOHO = "Zoho Mail"
BOXNAME = "GCM Regional Review Arab States <gcmrrarabstates@iom.int>"


# ---------------------------------------------------------------- local helpers
def make_jpg(seed, w=4032, h=3024, model="SM-A515F", make="samsung"):
    """Small JPEG-shaped bytes (SOI, JFIF, Exif with make/model unless make is empty, DQT, SOF0, DHT, SOS, scan
    data, EOI)."""
    def seg(marker, payload):
        return b"\xff" + bytes([marker]) + struct.pack(">H", len(payload) + 2) + payload
    mk_b, md_b = make.encode("ascii") + b"\x00", model.encode("ascii") + b"\x00"
    ifd = (b"\x00\x02" + b"\x01\x0f\x00\x02" + struct.pack(">I", len(mk_b)) + struct.pack(">I", 38)
           + b"\x01\x10\x00\x02" + struct.pack(">I", len(md_b)) + struct.pack(">I", 38 + len(mk_b)) + b"\x00\x00\x00\x00")
    exif = b"Exif\x00\x00" + b"MM\x00*\x00\x00\x00\x08" + ifd + mk_b + md_b
    dqt = b"\x00" + bytes((i * 5 + seed) % 50 + 3 for i in range(64))
    sof = b"\x08" + struct.pack(">HH", h, w) + b"\x03\x01\x22\x00\x02\x11\x01\x03\x11\x01"
    dht = b"\x00" + bytes([0, 1, 5, 1, 1, 1, 1, 1, 1, 0, 0, 0, 0, 0, 0, 0]) + bytes(range(12))
    sos = b"\x03\x01\x00\x02\x11\x03\x11\x00\x3f\x00"
    x, scan = seed, bytearray()
    for _ in range(3000):
        x = (x * 1103515245 + 12345) & 0x7fffffff
        b = (x >> 16) & 0xff
        scan.append(b)
        if b == 0xff:
            scan.append(0)
    app1 = seg(0xe1, exif) if make else b""
    return (b"\xff\xd8" + seg(0xe0, b"JFIF\x00\x01\x01\x00\x00\x48\x00\x48\x00\x00") + app1
            + seg(0xdb, dqt) + seg(0xc0, sof) + seg(0xc4, dht) + seg(0xda, sos) + bytes(scan) + b"\xff\xd9")


def make_docx_form(before, rows, after, rtl=False):
    """A small DOCX whose body is paragraphs, a two-column table (label | answer) and more paragraphs."""
    def x(s):
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    ppr = "<w:pPr><w:bidi/></w:pPr>" if rtl else ""
    rpr = "<w:rPr><w:rtl/></w:rPr>" if rtl else ""

    def para(t):
        return '<w:p>%s<w:r>%s<w:t xml:space="preserve">%s</w:t></w:r></w:p>' % (ppr, rpr, x(t))
    tbl = ('<w:tbl><w:tblPr><w:tblStyle w:val="TableGrid"/><w:tblW w:w="0" w:type="auto"/>%s</w:tblPr>'
           '<w:tblGrid><w:gridCol w:w="3400"/><w:gridCol w:w="5600"/></w:tblGrid>'
           % ("<w:bidiVisual/>" if rtl else ""))
    for a, b in rows:
        tbl += "<w:tr><w:tc>%s</w:tc><w:tc>%s</w:tc></w:tr>" % (para(a), para(b))
    tbl += "</w:tbl>"
    body = "".join(para(p) for p in before) + tbl + "".join(para(p) for p in after)
    files = [
        ("[Content_Types].xml",
         '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
         '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
         '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
         '<Default Extension="xml" ContentType="application/xml"/>'
         '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.'
         'wordprocessingml.document.main+xml"/></Types>'),
        ("_rels/.rels",
         '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
         '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
         '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/'
         'officeDocument" Target="word/document.xml"/></Relationships>'),
        ("word/document.xml",
         '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
         '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>'
         + body + '<w:sectPr><w:pgSz w:w="11906" w:h="16838"/></w:sectPr></w:body></w:document>'),
    ]
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        for name, text in files:
            zi = zipfile.ZipInfo(name, date_time=(2021, 2, 1, 9, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, text.encode("utf-8"))
    return buf.getvalue()


def ack_text(lang, subject, what):
    """The acknowledgement the service sent, as the senders quote it."""
    if lang == "ar":
        return ("حضرات السادة المحترمين،\n\nتؤكد أمانة الاستعراض الإقليمي للاتفاق العالمي من أجل الهجرة الآمنة "
                "والمنظمة والنظامية في المنطقة العربية استلام رسالتكم «%s» و%s، وستتواصل معكم الأمانة لاحقاً "
                "بشأن البرنامج.\n\nالاستعراض الإقليمي للاتفاق العالمي للهجرة - المنطقة العربية" % (subject, what))
    if lang == "fr":
        return ("Madame, Monsieur,\n\nLe secrétariat de l'examen régional du Pacte mondial sur les migrations dans la "
                "région arabe accuse réception de votre message « %s » et de %s. Le secrétariat reviendra vers vous "
                "au sujet du programme.\n\nExamen régional du PMM – États arabes" % (subject, what))
    return ("Dear colleague,\n\nThe secretariat of the Regional Review of the Global Compact for Migration in the Arab "
            "region acknowledges receipt of your message \"%s\" and of %s. The secretariat will come back to you "
            "about the programme.\n\nGCM Regional Review - Arab States" % (subject, what))


def text2divs(text, d="ltr"):
    return "".join('<div dir="%s">%s</div>' % (d, esc(x) if x else "<br>") for x in text.rstrip("\n").split("\n"))


def page(inner, body_attrs=""):
    return ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body%s>%s'
            '</body></html>\n' % (body_attrs, inner))


def apple_html(new_text, quoted_text=None, header=None, bottom=False):
    """Apple Mail (iOS) HTML: the new text in divs, the quoted mail in a cite blockquote (above it if bottom)."""
    new = text2divs(new_text, "ltr")
    if quoted_text is None:
        return page(new)
    q = ('<div dir="ltr">%s</div><blockquote type="cite"><div dir="ltr">%s</div></blockquote>'
         % (esc(header), "<br>".join(esc(x) for x in quoted_text.rstrip("\n").split("\n"))))
    return page(q + new) if bottom else page(new + "<div><br></div>" + q)


def thead(rows, th_style):
    return "<tr>%s</tr>" % "".join('<th style="%s">%s</th>' % (th_style, esc(c)) for c in rows)


# ================================================================ 01  EN  speaker  Bahrain welfare forum: long introduction, the request is a P.S.
M01_ID = "<DB8PR09MB3321A7F5C2E94B18@DB8PR09MB3321.eurprd09.prod.outlook.example.com>"
M01_SUBJ = "Greetings from MWWF Bahrain - our work with migrant workers in 2020"
M01_QID = "4DKb7Wq2RtZ8"
M01_MAIN = """Dear colleagues of the Regional Review secretariat,

I hope this message finds you well. We received the invitation to the Regional Review of the Global Compact for Migration through the Bahrain NGO liaison group, and I wanted to take the opportunity to introduce our organisation properly, as I believe this is the first time we write to this address.

The Migrant Workers Welfare Forum (MWWF) was set up in Manama in 2012 by a group of volunteers from the Indian, Filipino, Kenyan and Bangladeshi communities. What started as a Friday help desk in a church hall is today a registered society with four staff and about sixty volunteers. We run a legal-aid clinic twice a week, a hotline in seven languages and, since 2016, a small shelter for women domestic workers who have left abusive employers.

2020 was the hardest year in our history. When the lockdown began in March, hundreds of workers lost their jobs overnight and could neither pay rent nor fly home. Between April and September we distributed more than 9,000 food packs, helped 412 workers through the amnesty and repatriation procedures, and kept the shelter open throughout, even when three residents and one of our staff tested positive. Flexi-permit holders were among the worst affected, as they had no employer to turn to at all.

We have also learnt a great deal about what works. The decision to let workers change employer without the sponsor's consent during the pandemic made a real difference for many of the women in our shelter, and we think this is the kind of practice the review should hear about, alongside the gaps that remain, notably for domestic workers, who are still outside the labour law.

Together with two partner organisations we are preparing a voluntary GCM review report on these issues, which we hope to send you before the 16 February deadline.

Thank you for organising this review and for making room for civil society voices. We look forward to following the discussions.

Warm regards,

Priya Raman
Executive Director
Migrant Workers Welfare Forum (MWWF)
Manama, Kingdom of Bahrain
Tel: +973 1700 0000 | Hotline: +973 3900 0000
www.mwwf-bh.example.org
"""
M01_PS = ("P.S. I almost forgot the main reason for writing! We would like to propose our Shelter Coordinator, "
          "Ms. Rosalind Mutua, for a floor intervention in Roundtable 3. Rosalind has run the shelter since 2016 and "
          "can speak first-hand about the women who came to us during the pandemic. She is copied on this message.")
M01_TEXT = M01_MAIN + "\n" + M01_PS + "\n"


def m01():
    when = at("2021-01-25 09:48:17")
    lcid = "image001.png@01D6F2E4.7A1B3C50"
    html = outlook_html(M01_MAIN, lang="EN-GB", img_cid=lcid).replace(
        "</div></body>", '<p class="MsoNormal">&nbsp;<o:p></o:p></p><p class="MsoNormal">%s<o:p></o:p></p>'
        '</div></body>' % esc(M01_PS))
    rel = multi("related", [leaf("text/html", html), logo(lcid, (196, 62, 40))],
                "_004_DB8PR09MB3321A7F5C2E94B18_", params=[("type", '"text/html"')])
    body = multi("alternative", [leaf("text/plain", M01_TEXT), rel], "_000_DB8PR09MB3321A7F5C2E94B18_")
    m = mk(when, sent_at(when, 3, 9), "mail-db8eur09on0621.outbound.protection.outlook.example.com",
           "198.51.100.21", M01_QID, "Priya Raman <priya.raman@mwwf-bh.example.org>", M01_SUBJ, M01_ID, body,
           cc="Rosalind Mutua <r.mutua@mwwf-bh.example.org>",
           extra=outlook(M01_SUBJ, "AQHW8vQ3Lm6Tz1Rk8Xc4Nb7Pq2Hd5Wy0Jg==", lang="en-GB", has_attach="no"))
    add(1, when, m, dict(category="speaker_request", language="en", acknowledge=True, on_time=True, speakers=[
        sp("Rosalind Mutua", "Shelter Coordinator", "Migrant Workers Welfare Forum (MWWF)", ["roundtable"], 3)],
        notes="six paragraphs of introduction (history, 2020 figures, good practice) and a sign-off, then the only "
              "request as a P.S. under the signature ('I almost forgot the main reason for writing'): 'Ms.' dropped, "
              "title before the name, affiliation from the sender's signature ('our'). The voluntary report is only "
              "announced ('we hope to send you before the 16 February deadline'): speaker_request, not both. The "
              "signature names the sender (Executive Director), not the speaker, who is in Cc. Figures (9,000, 412, "
              "2016) are decoys. Outlook with a logo; the P.S. comes after the logo in the HTML. The report follows "
              "in h265-17."))


# ================================================================ 02  AR  report  Beirut neighbourhood association: the report is named half-way through a narrative
M02_ID = "<CAF7kQm3Xv8tR2pN+d5Lz1Hc9sW4gBy6jT0@mail.gmail.example.com>"
M02_SUBJ = "من بيت الجيران - سنة لا تشبه غيرها"
M02_FILE = "حصاد 2020.pdf"
M02_TEXT = """الأصدقاء الأعزاء في أمانة الاستعراض الإقليمي،

تحية طيبة من برج حمود،

لا أعرف من أين أبدأ. حين وصلتنا رسالة الدعوة قبل أسبوعين، جلسنا نحن الخمسة في المكتب (أو ما تبقّى منه بعد 4 آب) وتذكّرنا كل ما مرّ علينا خلال السنة الماضية، وقررنا أن نكتب لكم كما نحكي لبعضنا، لا كما تُكتب الرسائل الرسمية.

بدأت السنة بالانهيار المالي: صارت الرواتب تُدفع بالليرة بعد أن كانت بالدولار، ووجدت كثير من العاملات في الخدمة المنزلية من إثيوبيا وسريلانكا والفيليبين أنفسهن بلا أجر، أو مرميّات على الرصيف أمام قنصلياتهن. ثم جاء الإغلاق، ثم انفجار المرفأ الذي دمّر نصف الحي وجزءاً من مركزنا. خلال أشهر قليلة تحوّل بيت الجيران من مساحة لتعليم اللغة والخياطة إلى مطبخ ومأوى مؤقت ومكتب للمساعدة القانونية.

في تلك الأشهر استقبلنا 730 امرأة، وساعدنا 214 منهن على العودة إلى بلدانهن بالتنسيق مع القنصليات والمنظمات الشريكة، وتابعنا 61 قضية أجور متأخرة. وقد حاولنا أن نوثّق كل ذلك بأمانة، بالأرقام وبأصوات النساء أنفسهن، في تقريرنا الطوعي حول تنفيذ الاتفاق العالمي من أجل الهجرة الآمنة والمنظمة والنظامية، وهو الملف المرفق «حصاد 2020»، واخترنا له هذا الاسم لأنه فعلاً حصاد سنة كاملة. وأرفقنا أيضاً صورتين من ورشة الخياطة التي أعدنا فتحها في كانون الأول، لأننا نحب أن تروا الوجوه لا الأرقام فقط.

ما تعلّمناه هذه السنة أن نظام الكفالة لا يصمد أمام أي أزمة، وأن النساء اللواتي يملكن أوراقهن وهواتفهن ومعرفة بحقوقهن يخرجن من الأزمة بأقل الخسائر. لذلك سنركّز في 2021 على التوعية بالحقوق وعلى مرافقة من تقرّر البقاء في لبنان.

شكراً لأنكم تسمعوننا، وشكراً لكل من يعمل على هذا الاستعراض، وإن شاء الله نلتقي يوماً في بيروت حين تهدأ الأمور.

مع المحبة،
ريما خليل
منسّقة جمعية بيت الجيران
برج حمود - بيروت
فيسبوك وإنستغرام: @baytaljiran
"""


def m02():
    when = at("2021-01-26 13:22:05")
    pdf = rep_pdf("Bayt al-Jiran association - Voluntary GCM review report (Harvest 2020)", "Bourj Hammoud, Beirut",
                  ["A year of collapse, lockdown and explosion", "730 women received, 214 returns, 61 wage cases",
                   "The kafala system under stress", "What we will do in 2021"])
    a = alt(M02_TEXT, "000000000000b4c81a05b9d6e2f7", html=gmail_html(M02_TEXT, rtl=True), b64=True)
    body = multi("mixed", [a, attach("application/pdf", pdf, M02_FILE),
                           attach("image/jpeg", make_jpg(11), "IMG_20201212_114502.jpg"),
                           attach("image/jpeg", make_jpg(29), "IMG_20201212_115318.jpg")],
                 "000000000000b4c81c05b9d6e2f9")
    m = mk(when, sent_at(when, 2, 10), "mail-ed1-f47.google.example.com", "192.0.2.47", "4DLc3Vx6PmZ1",
           addr("ريما خليل", "rima.khalil.baytaljiran@gmail.example.com"), hdr(M02_SUBJ), M02_ID, body)
    add(2, when, m, dict(category="voluntary_report", language="ar", acknowledge=True, on_time=True,
        report_attachments=[M02_FILE],
        notes="a letter told as a story (crisis, lockdown, port explosion, figures) in which the report is named "
              "only in the middle of the fourth paragraph ('في تقريرنا الطوعي ... وهو الملف المرفق «حصاد 2020»'); the "
              "file name says nothing about a report (Arabic name, RFC 2231 + RFC 2047). The two JPEG photos of the "
              "sewing workshop are not part of the report. Levantine touches ('مرميّات', 'بعد 4 آب'); Gmail base64. "
              "The sender adds a speaker at the bottom of a reply to this mail in h265-16."))


# ================================================================ 03  FR  speaker  Moroccan platform + member association: two speakers in an Outlook table
M03_ID = "<MR2P264MB0871C4A9E3B5F126@MR2P264MB0871.FRAP264.PROD.OUTLOOK.example.com>"
M03_SUBJ = "PMAM – propositions d'intervenants pour l'examen régional du PMM"
M03_QID = "4DMf2Kt9QwZ4"
M03_BEFORE = """Madame, Monsieur,

Au nom de la Plateforme Marocaine des Associations de Migrants (PMAM), qui fédère aujourd'hui 27 associations de migrants et de soutien aux migrants dans onze villes du Royaume, je vous remercie pour l'invitation à l'examen régional du Pacte mondial sur les migrations dans la région arabe.

Notre bureau s'est réuni le 23 janvier à Rabat, en présence de plusieurs associations membres, pour préparer notre participation. Les échanges ont porté sur la régularisation, l'accès aux soins des personnes sans titre de séjour pendant la pandémie et la situation des mineurs non accompagnés à Agadir, Tanger et Oujda. Il a été convenu que la plateforme et l'une de ses associations membres, l'Association Solidarité Subsaharienne d'Agadir (ASSA), que je mets en copie, porteraient ensemble ces messages.

Vous trouverez ci-dessous le tableau de nos propositions, tel qu'arrêté par le bureau :"""
M03_ROWS = [["Nom et prénom", "Fonction", "Organisation", "Rôle souhaité"],
            ["Mme Fatou Ndiaye", "Présidente", "Association Solidarité Subsaharienne d'Agadir (ASSA), membre de la PMAM",
             "Intervention dans la table ronde thématique n° 2"],
            ["M. Hicham Ouazzani", "Coordinateur national", "Plateforme Marocaine des Associations de Migrants (PMAM)",
             "Rapporteur (messages clés des parties prenantes)"]]
M03_AFTER = """Mme Ndiaye a accepté de témoigner de l'accompagnement des mineurs à Agadir ; pour ma part, je me propose de porter les messages clés des parties prenantes si ce rôle n'est pas encore attribué.

Nous restons à votre disposition pour tout complément d'information.

Bien cordialement,

Hicham Ouazzani
Coordinateur national
Plateforme Marocaine des Associations de Migrants (PMAM)
Rabat – Maroc
Tél. : +212 5 37 00 00 00"""
# Outlook's text/plain rendering of the table: one cell per line, a blank line between cells
M03_TEXT = M03_BEFORE + "\n\n" + "\n\n".join("\n\n".join(r) for r in M03_ROWS) + "\n\n" + M03_AFTER + "\n"


def m03():
    when = at("2021-01-27 11:04:39")
    lcid = "image001.png@01D6F4A1.3C2E7B90"

    def ps(t):
        return "".join('<p class="MsoNormal">%s<o:p></o:p></p>' % esc(p).replace("\n", "<br>\n")
                       for p in t.strip("\n").split("\n\n"))
    td = 'style="border:solid windowtext 1.0pt;padding:0cm 5.4pt 0cm 5.4pt"'
    trs = "".join("<tr>%s</tr>" % "".join('<td valign="top" %s><p class="MsoNormal">%s%s%s<o:p></o:p></p></td>'
                                          % (td, "<b>" if i == 0 else "", esc(c), "</b>" if i == 0 else "")
                                          for c in r) for i, r in enumerate(M03_ROWS))
    table = ('<table class="MsoTableGrid" border="1" cellspacing="0" cellpadding="0" '
             'style="border-collapse:collapse;border:none">%s</table>' % trs)
    html = ('<html xmlns:o="urn:schemas-microsoft-com:office:office"><head><meta http-equiv="Content-Type" '
            'content="text/html; charset=utf-8"></head><body lang="FR" link="#0563C1"><div class="WordSection1">'
            '%s%s<p class="MsoNormal">&nbsp;<o:p></o:p></p>%s<p class="MsoNormal"><img width="96" height="48" '
            'src="cid:%s"></p></div></body></html>\n' % (ps(M03_BEFORE), table, ps(M03_AFTER), lcid))
    rel = multi("related", [leaf("text/html", html), logo(lcid, (0, 122, 61))],
                "_004_MR2P264MB0871C4A9E3B5F126_", params=[("type", '"text/html"')])
    body = multi("alternative", [leaf("text/plain", M03_TEXT), rel], "_000_MR2P264MB0871C4A9E3B5F126_")
    m = mk(when, sent_at(when, 1, 8), "mail-mr2fra01on0618.outbound.protection.outlook.example.com",
           "198.51.100.18", M03_QID, "Hicham Ouazzani <h.ouazzani@pmam.example.ma>", hdr(M03_SUBJ, enc="Q"), M03_ID,
           body, cc="ASSA Agadir <contact@assa-agadir.example.ma>",
           extra=outlook(hdr(M03_SUBJ, enc="Q"), "AQHW9KcE4Rm8Vt2Lp6Xn0Qb3Zs7Wd1Yh5g==", lang="fr-FR"))
    add(3, when, m, dict(category="speaker_request", language="fr", acknowledge=True, on_time=True, speakers=[
        sp("Fatou Ndiaye", "Présidente", "Association Solidarité Subsaharienne d'Agadir (ASSA)", ["roundtable"], 2),
        sp("Hicham Ouazzani", "Coordinateur national", "Plateforme Marocaine des Associations de Migrants (PMAM)",
           ["rapporteur"])],
        notes="a platform (coalition lead) and one of its member associations (in Cc) in one message: the two "
              "speakers are only in an Outlook table (HTML); the text/plain alternative flattens it to one cell per "
              "line. Each speaker keeps her/his own organisation: the member's cell adds ', membre de la PMAM', "
              "which is not part of its name. 'Mme'/'M.' dropped; the second speaker is the sender himself; 'table "
              "ronde thématique n° 2' = 2, 'Rapporteur (messages clés ...)' = rapporteur. The member's vacation "
              "message answers our acknowledgement (h265-04); its president replies in h265-15."))


# ================================================================ 04  FR  auto_reply  the member association's Zimbra vacation message
def m04():
    when = at("2021-01-27 11:05:12")
    ack = ack_mid(M03_QID)
    text = """Bonjour,

Merci pour votre message.

Le bureau de l'ASSA est fermé du lundi 25 janvier au lundi 1er février 2021 (mission de terrain à Tiznit et Guelmim). Votre courriel sera traité à notre retour.

Pour toute urgence concernant un mineur, merci d'appeler notre permanence au +212 6 00 00 00 00.

Fatou Ndiaye
Présidente
Association Solidarité Subsaharienne d'Agadir (ASSA)
"""
    body = leaf("text/plain", text)
    rows = std_rows(when, "zimbra.assa-agadir.example.ma", "203.0.113.42", "4DMf3Bq7XnZ0",
                    "ASSA Agadir <contact@assa-agadir.example.ma>",
                    hdr("Absence : Accusé de réception - " + M03_SUBJ, enc="Q"), rfcdate(sent_at(when, 1, 3)),
                    "<1735920418.4127.1611738310552.JavaMail.zimbra@assa-agadir.example.ma>",
                    extra=[("Auto-Submitted", "auto-replied (zimbra; vacation)"), ("Precedence", "bulk")], ret="")
    rows = [(k, "<>" if k == "Return-Path" else v) for k, v in rows]
    rows += [("In-Reply-To", ack), ("References", M03_ID + " " + ack), ("X-Mailer", "Zimbra 8.8.15_GA_3869")]
    add(4, when, top(body, rows), dict(category="auto_reply", language="fr", acknowledge=False, on_time=None,
        notes="Zimbra vacation message of the member association copied on h265-03, answering our acknowledgement "
              "33 seconds later (Auto-Submitted 'auto-replied (zimbra; vacation)', Precedence: bulk, null "
              "Return-Path, In-Reply-To our acknowledgement): it is signed by the president proposed in h265-03 "
              "and repeats her title and association, which is not a new request. Never acknowledge; thread_of null "
              "as for dev auto-replies."))


# ================================================================ 05  AR  speaker  Aden foundation: the request is inside the forwarded chain
M05_SUBJ_INNER = "طلب المشاركة في الاستعراض الإقليمي"


def m05():
    when = at("2021-01-29 10:37:58")
    text = """السادة أمانة الاستعراض الإقليمي للاتفاق العالمي للهجرة المحترمين،

تحية طيبة وبعد،

أرجو التكرم بالاطلاع على الرسالة أدناه من رئيسة المؤسسة، واتخاذ ما ترونه مناسباً.

مع خالص التقدير،

وليد سالم باعوم
مسؤول الشؤون الإدارية
مؤسسة عدن للحماية والتنمية
عدن - الجمهورية اليمنية

________________________________
From: أمل عبده الحكيمي <amal.alhakimi@apdf-ye.example.org>
Sent: Thursday, January 28, 2021 9:14 PM
To: وليد سالم باعوم <w.baaoum@apdf-ye.example.org>
Subject: RE: %s

الأخ وليد،

شكراً على المتابعة. نعم، أرجو إرسال طلبنا إلى أمانة الاستعراض قبل نهاية الأسبوع، كالتالي:

- أن أشارك أنا شخصياً في النقاش المفتوح ضمن المشاورة متعددة أصحاب المصلحة يوم 23 فبراير، للحديث عن أوضاع المهاجرين الإثيوبيين العالقين في عدن ولحج منذ إغلاق الطريق إلى الشمال.
- وأن تقدّم الزميلة م. سماح ناصر العولقي، مديرة برنامج الحماية، مداخلة في المائدة المستديرة الرابعة.

ولا داعي لإرفاق السيرة الذاتية، يكفي الاسم والصفة والجهة كما ورد في الدعوة. أما التقرير الطوعي فلن نتمكن منه هذا العام.

تحياتي،
أمل

د. أمل عبده الحكيمي
رئيسة مجلس الإدارة
مؤسسة عدن للحماية والتنمية (APDF)
Aden Protection and Development Foundation

________________________________
From: وليد سالم باعوم
Sent: Wednesday, January 27, 2021 10:02 AM
To: أمل عبده الحكيمي
Subject: %s

د. أمل،

وصلتنا عبر شبكة المنظمات اليمنية دعوة المنظمة الدولية للهجرة للمشاركة في الاستعراض الإقليمي للاتفاق العالمي للهجرة (المشاورة يوم 23 فبراير والمؤتمر يومي 24 و25 فبراير). يمكن طلب أدوار للمتحدثين حتى 5 فبراير، وإرسال تقرير طوعي حتى 16 فبراير. هل ترغبين في أن نرشّح أحداً؟

وليد
""" % (M05_SUBJ_INNER, M05_SUBJ_INNER)
    body = alt(text, "_000_AM6PR02MB4562E8C1D7A3B905_", html=outlook_html(text, lang="AR-YE", rtl=True), b64=True)
    subj = re_hdr("FW: ", M05_SUBJ_INNER)
    m = mk(when, sent_at(when, 3, 12), "mail-am6eur02on0644.outbound.protection.outlook.example.com",
           "198.51.100.44", "4DPg8Rs1LwZ6", addr("وليد سالم باعوم", "w.baaoum@apdf-ye.example.org"), subj,
           "<AM6PR02MB4562E8C1D7A3B905@AM6PR02MB4562.eurprd02.prod.outlook.example.com>", body,
           extra=outlook(re_hdr("FW: ", M05_SUBJ_INNER), "AQHW9Q8Xn3Tq6Lc1Pb4Rz7Vk0Hs2Md5Wf9A==", lang="ar-YE"))
    add(5, when, m, dict(category="speaker_request", language="ar", acknowledge=True, on_time=True, speakers=[
        sp("أمل عبده الحكيمي", "رئيسة مجلس الإدارة", "مؤسسة عدن للحماية والتنمية (APDF)", ["open_discussion"]),
        sp("سماح ناصر العولقي", "مديرة برنامج الحماية", "مؤسسة عدن للحماية والتنمية (APDF)", ["roundtable"], 4)],
        notes="an administrative officer forwards (FW:, English Outlook UI, Arabic text) an internal chain: his own "
              "words only ask us to read it; the request itself is the president's answer inside the forwarded "
              "part, over his first internal question. Two speakers: the president herself ('أن أشارك أنا "
              "شخصياً في النقاش المفتوح' = open_discussion; 'د.' dropped; title and organisation from her "
              "signature, Arabic name with the acronym) and a colleague ('الزميلة م.', 'م.' dropped; affiliation "
              "by reference) for 'المائدة المستديرة الرابعة' = 4. The forwarder's signature is not a speaker; the "
              "quoted invitation summary and 'التقرير الطوعي فلن نتمكن منه' are decoys."))


# ================================================================ 06  EN  other  research institute explains it will neither speak nor report, only attend
def m06():
    when = at("2021-02-01 15:12:44")
    subj = "MIMR and the Regional Review - our answer to the invitation"
    text = """Dear colleagues,

Thank you for the invitation to the Regional Review of the Global Compact for Migration in the Arab region, which reached us through the Arab Network of Migration Researchers. We discussed it at length at our staff meeting last Wednesday, and I wanted to give you a proper answer rather than leave the invitation unanswered.

As you may know, MIMR has been following the implementation of the GCM in Jordan since 2019, with a particular focus on Objective 6 (fair recruitment) and Objective 22 (portability of social security entitlements). Our 2020 field survey covered 1,150 Egyptian, Syrian and Bangladeshi workers in agriculture and the garment sector in the north of Jordan, and the preliminary results are striking: nearly half of the respondents paid recruitment fees, and fewer than one in ten had any idea whether their social security contributions would follow them home.

We seriously considered putting forward one of our researchers for the roundtable on decent work, and preparing a voluntary report of our own. In the end, given the team's workload this month, we decided to do neither: our survey findings will feed into the collective report of the Jordan Civil Society Platform on Migration, of which we are a contributing member, and we would rather leave the speaking roles to colleagues who work directly with migrants.

We would nonetheless be very glad to follow the consultation and the conference. Could you let us know whether observers can register, and if so, how? Three of us would like to attend online: myself, our director and a doctoral student.

With thanks and best wishes for the preparations,

Tamara Odeh
Research Coordinator
Mashriq Institute for Mobility Research (MIMR)
Irbid, Jordan
"""
    tp = leaf("text/plain", flowed(text), "utf-8", "8bit", params=[("format", "flowed"), ("delsp", "no")])
    m = mk(when, sent_at(when, 2, 7), "mail.mimr.example.jo", "203.0.113.106", "4DQh5Ny2KvZ3",
           "Tamara Odeh <t.odeh@mimr.example.jo>", subj, "<5c1e8a37-2f4b-4d90-b6e3-9a0d7c42f815@mimr.example.jo>", tp,
           extra=[("User-Agent", TB_WIN), ("Content-Language", "en-GB")])
    add(6, when, m, dict(category="other", language="en", acknowledge=True, on_time=None,
        notes="a long, careful answer to the invitation whose category turns on one sentence: 'we decided to do "
              "neither' (no speaker for the roundtable on decent work, no report of its own: its findings go into "
              "another platform's collective report). What remains is a registration question for three observers. "
              "Decoys: GCM Objectives 6 and 22, 1,150 workers, 'roundtable', 'voluntary report'. Thunderbird, 8bit "
              "format=flowed."))


# ================================================================ 07  FR  speaker  Tunisian diaspora federation: signed by the president's assistant
M07_ID = "<PR3P190MB0937B1D4E6A8C25F@PR3P190MB0937.EURP190.PROD.OUTLOOK.example.com>"
M07_SUBJ = "Participation de la FTAD à l'examen régional du Pacte mondial sur les migrations"
M07_QID = "4DRj6Mc4TbZ9"
M07_TEXT = """Réf. : FTAD/PR/2021-014
Tunis, le 2 février 2021

Madame, Monsieur,

La Fédération Tunisienne des Associations de la Diaspora (FTAD) a pris connaissance avec le plus grand intérêt de l'invitation à participer à l'examen régional du Pacte mondial pour des migrations sûres, ordonnées et régulières dans la région arabe, qui se tiendra en ligne les 23, 24 et 25 février 2021.

Créée en 2012, la FTAD regroupe 34 associations de Tunisiens résidant en France, en Italie, en Allemagne, au Canada et dans les pays du Golfe. Elle œuvre à la défense des droits des Tunisiens à l'étranger, à la mobilisation des compétences de la diaspora pour le développement local et à l'accompagnement des retours. La crise sanitaire a mis en lumière la vulnérabilité de nombreux compatriotes bloqués à l'étranger en 2020, privés de revenus et parfois de titre de séjour, ainsi que les difficultés de ceux qui sont rentrés.

La Fédération prépare actuellement, avec ses associations membres, un rapport volontaire sur la mise en œuvre du Pacte du point de vue de la diaspora, qu'elle vous fera parvenir avant le 16 février.

Par ailleurs, le Président de la Fédération, M. Karim Ben Youssef, souhaiterait prendre la parole lors de l'une des séances plénières de la conférence, afin de présenter les attentes de la diaspora tunisienne.

Nous vous prions d'agréer, Madame, Monsieur, l'expression de nos salutations distinguées.

Pour le Président et par délégation,

Leïla Marzouki
Assistante de direction
Fédération Tunisienne des Associations de la Diaspora (FTAD)
12, rue de Marseille – 1000 Tunis
Tél. : +216 71 000 000
"""


def m07():
    when = at("2021-02-02 09:26:31")
    lcid = "image001.jpg@01D6F93B.5E1A2C70"
    html = outlook_html(M07_TEXT, lang="FR", img_cid=lcid)
    lg = leaf("image/jpeg", make_jpg(7, 240, 96, "", ""), cte="base64", params=[("name", '"image001.jpg"')],
              disp='inline; filename="image001.jpg"', extra=[("Content-ID", "<%s>" % lcid)])
    rel = multi("related", [leaf("text/html", html), lg], "_004_PR3P190MB0937B1D4E6A8C25F_",
                params=[("type", '"text/html"')])
    body = multi("alternative", [leaf("text/plain", M07_TEXT), rel], "_000_PR3P190MB0937B1D4E6A8C25F_")
    m = mk(when, sent_at(when, 1, 10), "mail-pr3eur01on0633.outbound.protection.outlook.example.com",
           "198.51.100.33", M07_QID, addr("FTAD - Présidence", "presidence@ftad.example.tn", enc="Q"),
           hdr(M07_SUBJ, enc="Q"), M07_ID, body,
           extra=outlook(hdr(M07_SUBJ, enc="Q"), "AdcBJp4Tq8Xm2Lr6Vz1Nc5Hb9Ws3Kd7Ye0==", lang="fr-FR"))
    add(7, when, m, dict(category="speaker_request", language="fr", acknowledge=True, on_time=True, speakers=[
        sp("Karim Ben Youssef", "Président", "Fédération Tunisienne des Associations de la Diaspora (FTAD)",
           ["plenary"])],
        notes="formal letter (Réf., place and date, formule de politesse) from the presidency's shared mailbox, "
              "signed 'Pour le Président et par délégation' by the president's assistant: the signature names her, "
              "not the speaker. The request is the fourth paragraph ('le Président de la Fédération, M. Karim Ben "
              "Youssef': 'M.' dropped, title 'Président'); 'l'une des séances plénières' = plenary. The report is "
              "only announced ('qu'elle vous fera parvenir avant le 16 février'): not both. Outlook, JPEG logo. "
              "The report follows, late, at the bottom of a reply (h265-23)."))


# ================================================================ 08  AR  speaker  Kuwaiti association: the candidate is only in the attached DOCX form
M08_ID = "<DB7PR08MB3049F5A2C8E1D764@DB7PR08MB3049.eurprd08.prod.outlook.example.com>"
M08_SUBJ = "ترشيح جمعية الضيافة للمشاركة في الاستعراض الإقليمي للاتفاق العالمي للهجرة"
M08_QID = "4DSk1Hv8NcZ2"
M08_FORM = "استمارة ترشيح متحدث - الاستعراض الإقليمي 2021.docx"
M08_CV = "السيرة الذاتية - فهد المطيري.docx"
M08_TEXT = """السادة الأفاضل في أمانة الاستعراض الإقليمي للاتفاق العالمي من أجل الهجرة الآمنة والمنظمة والنظامية المحترمين،

السلام عليكم ورحمة الله وبركاته،

بالإشارة إلى دعوتكم الكريمة للمشاركة في الاستعراض الإقليمي للاتفاق العالمي للهجرة في المنطقة العربية، يسرّ جمعية الضيافة لحقوق العمالة الوافدة أن تعرب عن بالغ تقديرها لهذه المبادرة التي تتيح لمنظمات المجتمع المدني في منطقة الخليج إيصال صوت العمالة الوافدة وهمومها.

تعمل الجمعية منذ عام 2009 في مجال التوعية القانونية للعمالة المنزلية والعمالة في قطاع الإنشاءات، وتقدّم الاستشارات المجانية عبر خط ساخن ومكتب في منطقة خيطان. وقد شهد عام 2020 تحديات غير مسبوقة، إذ تضاعفت الشكاوى المتعلقة بتأخر الرواتب وحجز جوازات السفر، وتابعت الجمعية أوضاع آلاف العمال الذين استفادوا من قرار العفو ومهلة المغادرة في نيسان/أبريل، وأوضاع من بقوا في مراكز الإيواء المؤقتة بانتظار رحلات العودة.

وقد قرر مجلس إدارة الجمعية في اجتماعه المنعقد بتاريخ 31 يناير 2021 ترشيح أحد أعضائه لتقديم مداخلة باسم الجمعية، وتجدون بيانات المرشح كاملة في استمارة الترشيح المرفقة، مرفقاً بها سيرته الذاتية.

وتفضلوا بقبول فائق الاحترام والتقدير،

منيرة سعد الفضلي
السكرتيرة التنفيذية
جمعية الضيافة لحقوق العمالة الوافدة
دولة الكويت
هاتف: 22000000 965+
"""


def m08():
    when = at("2021-02-03 12:51:09")
    form = make_docx_form(
        ["جمعية الضيافة لحقوق العمالة الوافدة", "استمارة ترشيح متحدث",
         "الاستعراض الإقليمي للاتفاق العالمي من أجل الهجرة الآمنة والمنظمة والنظامية - المنطقة العربية 2021"],
        [("الجهة المرشِّحة", "جمعية الضيافة لحقوق العمالة الوافدة"),
         ("اسم المرشح", "المحامي فهد عبد العزيز المطيري"),
         ("المسمى الوظيفي", "عضو مجلس الإدارة ورئيس اللجنة القانونية"),
         ("الدور المطلوب", "مداخلة من القاعة في المائدة المستديرة المواضيعية الأولى"),
         ("لغة المداخلة", "العربية"),
         ("البريد الإلكتروني", "fahad.almutairi@dhiyafa-kw.example.org")],
        ["تاريخ تعبئة الاستمارة: 2 فبراير 2021", "توقيع أمين السر: ــــــــــــ"], rtl=True)
    cv = make_docx(["السيرة الذاتية", "فهد عبد العزيز المطيري - محامٍ",
                    "ليسانس الحقوق، جامعة الكويت، 2006", "محامٍ أمام محكمة الاستئناف منذ 2011",
                    "عضو مجلس إدارة جمعية الضيافة منذ 2017، ورئيس لجنتها القانونية",
                    "ترافع في أكثر من 120 قضية عمالية لعمال وعاملات منزليين"])
    lcid = "image001.png@01D6FA1E.8B4C2D60"
    html = outlook_html(M08_TEXT, lang="AR-KW", img_cid=lcid, rtl=True)
    rel = multi("related", [leaf("text/html", html, cte="base64"), logo(lcid, (120, 30, 90))],
                "_004_DB7PR08MB3049F5A2C8E1D764_", params=[("type", '"text/html"')])
    a = multi("alternative", [leaf("text/plain", M08_TEXT, cte="base64"), rel], "_000_DB7PR08MB3049F5A2C8E1D764_")
    body = multi("mixed", [a, attach(DOCX, form, M08_FORM), attach(DOCX, cv, M08_CV)],
                 "_005_DB7PR08MB3049F5A2C8E1D764_")
    m = mk(when, sent_at(when, 3, 11), "mail-db7eur08on0612.outbound.protection.outlook.example.com",
           "198.51.100.12", M08_QID, addr("منيرة سعد الفضلي", "m.alfadhli@dhiyafa-kw.example.org"), hdr(M08_SUBJ),
           M08_ID, body, cc=addr("فهد المطيري", "fahad.almutairi@dhiyafa-kw.example.org"),
           extra=outlook(hdr(M08_SUBJ), "AQHW+iT5Qm2Xk8Rv4Nz1Lc7Pb0Hs3Jd6Wg9A==", lang="ar-KW", has_attach="yes"))
    add(8, when, m, dict(category="speaker_request", language="ar", acknowledge=True, on_time=True, speakers=[
        sp("فهد عبد العزيز المطيري", "عضو مجلس الإدارة ورئيس اللجنة القانونية", "جمعية الضيافة لحقوق العمالة الوافدة",
           ["roundtable"], 1)],
        notes="a formal letter that says only 'ترشيح أحد أعضائه ... بيانات المرشح كاملة في استمارة الترشيح المرفقة': "
              "the candidate's name, title and role are only in a table inside the attached DOCX form (so "
              "check_labels cannot find name and title in the message text: expected warnings); 'المحامي' before "
              "the name is a professional honorific, dropped; 'المائدة المستديرة المواضيعية الأولى' = 1. The second "
              "DOCX is his CV; neither file is a report. The signature names the executive secretary, not the "
              "speaker (who is in Cc under a short Arabic display name). Her Exchange out-of-office answers our "
              "acknowledgement (h265-09); the candidate asks whether it arrived in h265-19."))


# ================================================================ 09  AR  auto_reply  the executive secretary's Exchange out-of-office
def m09():
    when = at("2021-02-03 12:51:40")
    ack = ack_mid(M08_QID)
    text = """شكراً لرسالتكم.

أنا في إجازة حتى يوم الأحد 7 فبراير 2021، ولن أتمكن من الاطلاع على البريد الإلكتروني خلال هذه الفترة. للأمور العاجلة يرجى التواصل مع مكتب الجمعية على info@dhiyafa-kw.example.org أو على الهاتف 22000000.

Thank you for your email. I am on leave until Sunday 7 February 2021. For urgent matters, please contact info@dhiyafa-kw.example.org.

منيرة الفضلي
جمعية الضيافة لحقوق العمالة الوافدة
"""
    body = alt(text, "_000_DB7PR08MB30494C1E8F2A9B37_", html=outlook_html(text, lang="AR-KW", rtl=True), b64=True)
    orig = "تأكيد استلام - " + M08_SUBJ
    subj = hdr("رد تلقائي: " + orig)
    rows = std_rows(when, "mail-db7eur08on0615.outbound.protection.outlook.example.com", "198.51.100.15",
                    "4DSk1Pz3QwZ5", addr("منيرة سعد الفضلي", "m.alfadhli@dhiyafa-kw.example.org"), subj,
                    rfcdate(sent_at(when, 3, 2)),
                    "<DB7PR08MB30494C1E8F2A9B37@DB7PR08MB3049.eurprd08.prod.outlook.example.com>",
                    extra=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")], ret="")
    rows = [(k, "<>" if k == "Return-Path" else v) for k, v in rows]
    rows += [("In-Reply-To", ack), ("References", M08_ID + " " + ack), ("Thread-Topic", hdr(orig)),
             ("Content-Language", "ar-KW"), ("X-MS-Exchange-Inbox-Rules-Loop", "m.alfadhli@dhiyafa-kw.example.org")]
    add(9, when, top(body, rows), dict(category="auto_reply", language="ar", acknowledge=False, on_time=None,
        notes="Exchange out-of-office of the sender of h265-08 answering our acknowledgement 31 seconds later "
              "(Arabic 'رد تلقائي:' prefix, Auto-Submitted, X-Auto-Response-Suppress, null Return-Path, inbox-rules "
              "loop header), bilingual Arabic/English text. Never acknowledge; thread_of null as for dev auto-replies."))


# ================================================================ 10  EN  speaker  Cairo community council: the director's request is inside a forwarded chain
def m10():
    when = at("2021-02-04 14:18:26")
    subj = "FW: FW: Regional Review of the GCM - call for speakers and reports"
    text = """Dear GCM Regional Review team,

Please see below the message from our Executive Director, Ms. Tesfaye. Apologies for forwarding it this way - she asked me to send it on her behalf as she is travelling this week.

Kind regards,
Samuel

Samuel Girma
Communications Officer
East African Migrant Community Council (EAMCC)
Cairo, Egypt
Mobile: +20 12 0000 0000

From: Hirut Tesfaye <hirut.tesfaye@eamcc.example.org>
Sent: Wednesday, February 3, 2021 11:47 PM
To: Samuel Girma <samuel.girma@eamcc.example.org>
Subject: FW: Regional Review of the GCM - call for speakers and reports

Sam, can you send this to the IOM address in the message below tomorrow morning? I'd like to request a floor intervention in one of the plenary sessions - ideally the one on the 24th, as I have a board meeting on the 25th. Please give them my full details: Hirut Tesfaye Alemu, Executive Director, East African Migrant Community Council (EAMCC). No report from us this year, we simply don't have the capacity.

Thanks!
H.

Sent from my iPhone

From: MCN Egypt Secretariat <info@mcn-egypt.example.org>
Sent: Monday, February 1, 2021 3:10 PM
To: MCN Members <members@mcn-egypt.example.org>
Subject: Regional Review of the GCM - call for speakers and reports

Dear members,

IOM and its partners have invited stakeholders to the Regional Review of the Global Compact for Migration in the Arab region: a multi-stakeholder consultation on 23 February and a conference on 24-25 February 2021, all online.

Stakeholders may ask for a speaking role - taking part in the open discussion of the consultation, delivering the stakeholders' key messages as rapporteur, or a floor intervention in a plenary session or one of the four thematic roundtables - by sending the speaker's name, title and organisational affiliation to gcmrrarabstates@iom.int by Friday 5 February 2021. Voluntary GCM review reports can be sent to the same address until 16 February 2021.

Best regards,
MCN Egypt Secretariat
Migrant Community Networks - Egypt
"""
    body = alt(text, "_000_VI1PR04MB6917A3E5C8D2B041_", html=outlook_html(text, lang="EN-US"))
    m = mk(when, sent_at(when, 2, 8), "mail-vi1eur04on0627.outbound.protection.outlook.example.com",
           "198.51.100.27", "4DTm4Gx7RsZ0", "Samuel Girma <samuel.girma@eamcc.example.org>", subj,
           "<VI1PR04MB6917A3E5C8D2B041@VI1PR04MB6917.eurprd04.prod.outlook.example.com>", body,
           cc="Hirut Tesfaye <hirut.tesfaye@eamcc.example.org>",
           extra=outlook(subj, "AQHW+VtOq3Lm8Xr1Kc5Nb2Pz7Hs4Wd0Jy6AgAAhBcC", lang="en-US"))
    add(10, when, m, dict(category="speaker_request", language="en", acknowledge=True, on_time=True, speakers=[
        sp("Hirut Tesfaye Alemu", "Executive Director", "East African Migrant Community Council (EAMCC)",
           ["plenary"])],
        notes="FW: FW: chain: the sender's own text only says 'please see below'; the request is the director's "
              "forwarded note to him ('I'd like to request a floor intervention in one of the plenary sessions'), "
              "whose full name (three parts; 'Ms. Tesfaye' on top), title and organisation are given in one line. "
              "The oldest part is a network's summary of the call, with every role, both deadlines and the review "
              "address: decoys. 'No report from us this year'. The signature names the communications officer, "
              "not the speaker; Outlook 'From:/Sent:' blocks without separators."))


# ================================================================ 11  FR  both  joint Sfax report; the partner's speaker is the last line
M11_FILE = "Rapport volontaire conjoint ADM-RSSM – PMM 2021.pdf"


def m11():
    when = at("2021-02-04 17:55:03")
    subj = "Rapport conjoint ADM – RSSM"
    text = """Bonjour,

Je vous écris au nom de l'Association Dignité et Mobilité (ADM) et de nos partenaires du Réseau Sfaxien de Solidarité avec les Migrants (RSSM), que je mets en copie.

Depuis l'été 2020, nos deux structures travaillent ensemble à Sfax auprès des travailleurs subsahariens employés dans les oliveraies, sur les chantiers et dans la pêche, souvent sans contrat, et auprès des familles installées à El Haffara et à Sakiet Ezzit. Nous avons ouvert une permanence commune deux soirs par semaine, organisé des maraudes pendant le couvre-feu et accompagné une centaine de personnes dans leurs démarches auprès de la CNSS et des hôpitaux.

Ce travail commun nous a donné l'idée de rédiger ensemble notre contribution à l'examen régional : vous trouverez en pièce jointe notre rapport volontaire conjoint, ainsi que les logos des deux associations en cas de publication.

Nous avons essayé d'y faire entendre la voix des personnes que nous accompagnons, notamment des femmes ivoiriennes employées comme aides ménagères, dont beaucoup sont arrivées avec un contrat promis par un intermédiaire et se retrouvent avec des pénalités de séjour qu'elles ne peuvent pas payer.

Merci pour votre travail et bonne préparation de la conférence.

Une dernière chose : nos partenaires du RSSM proposent leur coordinatrice, Aminata Koné, pour intervenir lors de la discussion ouverte de la consultation du 23 février.

Bien cordialement,

Nour El Houda Triki
Chargée de projets – ADM
Sfax, Tunisie
"""
    pdf = rep_pdf("Rapport volontaire conjoint ADM - RSSM", "Sfax, fevrier 2021",
                  ["Travailleurs subsahariens a Sfax", "Permanence commune et maraudes", "Femmes ivoiriennes et "
                   "penalites de sejour", "Acces a la CNSS et aux soins", "Recommandations"])
    a = alt(text, "0000000000006e2b9d05ba8c41f2", html=gmail_html(text))
    body = multi("mixed", [a, attach("application/pdf", pdf, M11_FILE),
                           attach("image/png", make_png(64, 32, (0, 84, 147)), "logo_ADM.png"),
                           attach("image/png", make_png(64, 32, (214, 40, 57)), "logo_RSSM.png")],
                 "0000000000006e2b9f05ba8c41f4")
    m = mk(when, sent_at(when, 1, 6), "mail-wm1-f41.google.example.com", "192.0.2.41", "4DTr9Lb2WkZ7",
           addr("Nour El Houda Triki", "adm.sfax@gmail.example.com"), hdr(subj, enc="Q"),
           "<CAJ9xLm4Rt2vN7pQ+e8Kc1Hz5sW3dFy6gB0@mail.gmail.example.com>", body,
           cc=addr("RSSM Sfax", "rssm.sfax@gmail.example.com"))
    add(11, when, m, dict(category="both", language="fr", acknowledge=True, on_time=True, speakers=[
        sp("Aminata Koné", "coordinatrice", "Réseau Sfaxien de Solidarité avec les Migrants (RSSM)",
           ["open_discussion"])],
        report_attachments=[M11_FILE],
        notes="two organisations in one message: a joint report (PDF, en dash and accents in the name, RFC 2231 + "
              "RFC 2047) sent by one association with its partner in Cc, and, as the last line before the sign-off "
              "('Une dernière chose'), a speaker from the partner, not from the sender's association: affiliation "
              "is the partner's full name given in the first paragraph; title only 'leur coordinatrice'; 'discussion "
              "ouverte de la consultation du 23 février' = open_discussion. Both parts on time (4 February). The "
              "two PNG logos are attachments, not part of the report. Gmail."))


# ================================================================ 12  EN  speaker  domestic workers' coalition: three nominees in an HTML-only table
M12_ID = "<1778a3c2e4f.10b9d2e4c81527.4821093718236604127@acdwr.example.org>"
M12_SUBJ = "ACDWR nominations for speaking roles - GCM Regional Review"
M12_QID = "4DVb6Tm3HqZ8"


def m12():
    when = at("2021-02-05 21:40:52")
    rows = [["#", "Name", "Position", "Organisation", "Requested role"],
            ["1", "Ms. Meseret Haile", "Community Organiser",
             "Ethiopian Domestic Workers' Association in Lebanon (EDWAL)",
             "Floor intervention, Roundtable 3 (or Roundtable 1 if 3 is full)"],
            ["2", "Ms. Josephine Dela Cruz", "–", "Filipino Migrant Workers Circle – Kuwait (FMWC)",
             "Open discussion of the multi-stakeholder consultation, 23 February"],
            ["3", "Dr. Nadia Al-Khouri", "Regional Coordinator", "Arab Coalition for Domestic Workers' Rights (ACDWR)",
             "Rapporteur (stakeholders' key messages)"]]
    cell = "border:1px solid #999;padding:4px 8px;font-family:Verdana,Arial;font-size:10pt"
    trs = thead(rows[0], cell + ";background:#f2e6d9") + "".join(
        "<tr>%s</tr>" % "".join('<td style="%s">%s</td>' % (cell, esc(c)) for c in r) for r in rows[1:])
    inner = """<div style="font-family:Verdana,Arial;font-size:10pt">
<div>Dear colleagues,</div><div><br></div>
<div>On behalf of the Arab Coalition for Domestic Workers' Rights (ACDWR), a coalition of eleven domestic workers' groups and support organisations in Lebanon, Jordan, Kuwait, Bahrain, Qatar, Oman and the UAE, thank you for the invitation to the Regional Review of the Global Compact for Migration.</div><div><br></div>
<div>Our members met online on 30 January and again on 3 February to agree on a common approach. One message came back in every discussion: domestic workers are too often spoken about rather than heard. The coalition therefore decided to put forward two domestic workers who lead groups of their own, alongside our regional coordinator. Two of the nominees come from member organisations rather than from the coalition secretariat, and those organisations are copied on this message.</div><div><br></div>
<div>The nominations, as agreed by the members, are in the table below.</div><div><br></div>
<table style="border-collapse:collapse">%s</table><div><br></div>
<div>The two domestic workers will join from their phones and may need interpretation into English; please let us know what support will be available.</div><div><br></div>
<div>With solidarity,</div><div><br></div>
<div>Omar Zreik<br>Communications Officer<br>Arab Coalition for Domestic Workers' Rights (ACDWR)<br>Amman, Jordan<br>Twitter: @ACDWR_net</div>
</div>""" % trs
    body = html_only(inner, b64=False, lang="en", newlines=True)
    cc = "EDWAL Beirut <edwal.beirut@gmail.example.com>, FMWC Kuwait <fmwc.kuwait@yahoo.example.com>"
    m = mk(when, sent_at(when, 2, 6), "sender4-of-o51.zoho.example.com", "198.51.100.51", M12_QID,
           "ACDWR Coordination <coordination@acdwr.example.org>", M12_SUBJ, M12_ID, body, cc=cc,
           extra=[("X-Mailer", ZOHO), ("Importance", "Medium")])
    add(12, when, m, dict(category="speaker_request", language="en", acknowledge=True, on_time=True, speakers=[
        sp("Meseret Haile", "Community Organiser", "Ethiopian Domestic Workers' Association in Lebanon (EDWAL)",
           ["roundtable"], 3),
        sp("Josephine Dela Cruz", None, "Filipino Migrant Workers Circle – Kuwait (FMWC)", ["open_discussion"]),
        sp("Nadia Al-Khouri", "Regional Coordinator", "Arab Coalition for Domestic Workers' Rights (ACDWR)",
           ["rapporteur"])],
        notes="HTML-only message (Zoho) from a coalition's shared address: three nominees only in an HTML table, two "
              "of them from member organisations (copied), each with her own organisation. The second has a dash "
              "for position (title null); 'Roundtable 3 (or Roundtable 1 if 3 is full)' = 3, the first choice; "
              "'Ms.'/'Dr.' dropped. The signature names the communications officer, who is not a speaker. Received "
              "21:40 on the speaker deadline. The copy of our acknowledgement to the Kuwait member's Yahoo address "
              "bounces (h265-13)."))


# ================================================================ 13  EN  bounce  the Yahoo Cc of 12 is disabled
def m13():
    when = at("2021-02-05 21:41:30")
    rcpt = "fmwc.kuwait@yahoo.example.com"
    text = POSTFIX_NOTICE + """
<%s>: host mta7.am0.yahoodns.example.net[198.51.100.227] said: 554
    delivery error: dd Sorry your message to %s cannot be
    delivered. This mailbox is disabled (554.30). - mta4212.mail.ir2.yahoo.example.com
    (in reply to end of DATA command)
""" % (rcpt, rcpt)
    dsn = ("Reporting-MTA: dns; mx1.iom.int\n"
           "X-Postfix-Queue-ID: 4DVb7Cq0MzZ2\n"
           "X-Postfix-Sender: rfc822; gcmrrarabstates@iom.int\n"
           "Arrival-Date: %s\n\n"
           "Final-Recipient: rfc822; %s\n"
           "Original-Recipient: rfc822;%s\n"
           "Action: failed\n"
           "Status: 5.0.0\n"
           "Remote-MTA: dns; mta7.am0.yahoodns.example.net\n"
           "Diagnostic-Code: smtp; 554 delivery error: dd Sorry your message to\n"
           "    %s cannot be delivered. This mailbox is disabled (554.30). -\n"
           "    mta4212.mail.ir2.yahoo.example.com\n"
           % (rfcdate(when - dt.timedelta(seconds=11), "EET"), rcpt, rcpt, rcpt))
    hdrs = ("Return-Path: <gcmrrarabstates@iom.int>\n"
            "From: GCM Regional Review Arab States <gcmrrarabstates@iom.int>\n"
            "To: ACDWR Coordination <coordination@acdwr.example.org>\n"
            "Cc: EDWAL Beirut <edwal.beirut@gmail.example.com>, FMWC Kuwait <%s>\n"
            "Subject: Acknowledgement of receipt - %s\n"
            "Date: %s\n"
            "Message-ID: %s\n"
            "In-Reply-To: %s\n"
            "References: %s\n" % (rcpt, M12_SUBJ, rfcdate(when - dt.timedelta(seconds=13)), ack_mid(M12_QID),
                                  M12_ID, M12_ID))
    body = dsn_report(text, dsn, hdrs, "4DVb7Gk5TnZ6.1612554090/mx1.iom.int")
    rows = [("Return-Path", "<>"), ("Delivered-To", "gcmrrarabstates@iom.int"),
            ("Received", "by mx1.iom.int (Postfix)\r\n\tid 4DVb7Gk5TnZ6; %s" % rfcdate(when, "EET")),
            ("Date", rfcdate(when, "EET")),
            ("From", "MAILER-DAEMON@mx1.iom.int (Mail Delivery System)"),
            ("Subject", "Undelivered Mail Returned to Sender"),
            ("To", "gcmrrarabstates@iom.int"),
            ("Auto-Submitted", "auto-replied"),
            ("Message-Id", "<20210205194130.4DVb7Gk5TnZ6@mx1.iom.int>")]
    add(13, when, top(body, rows), dict(category="bounce", language="en", acknowledge=False, on_time=None,
        notes="Postfix DSN for the Cc copy of our acknowledgement of h265-12 to a member's Yahoo address (554 'This "
              "mailbox is disabled'); the returned headers carry h265-12's 'nominations for speaking roles' subject. "
              "Never acknowledge; thread_of null as for dev bounces."))


# ================================================================ 14  AR  speaker  Alexandria fishermen's families: the nominee is the last line, just after midnight
def m14():
    when = at("2021-02-06 00:07:41")
    subj = "مبادرة أهالي الصيادين المفقودين - إسكندرية"
    text = """مساء الخير عليكم،

أنا هاني مرسي، من "مبادرة أهالي الصيادين المفقودين" في إسكندرية. احنا مبادرة صغيرة من أهالي الصيادين في المكس وأبو قير، بدأت سنة 2017 لما اتحجزت مراكب ولادنا في ليبيا وما كانش حد بيسأل فينا.

أغلب الصيادين عندنا بيسافروا يشتغلوا على مراكب في ليبيا والسعودية ودول الخليج بعقود شفهية، ولما بتحصل مشكلة، سواء حبس أو غرق أو مركب اتحجز، الأهالي بيفضلوا شهور مش عارفين أي حاجة عن ولادهم.

السنة اللي فاتت مع الكورونا الموضوع بقى أصعب بكتير: في صيادين فضلوا محجوزين على مراكب في عرض البحر أربع شهور، واتنين ماتوا وجثثهم ما رجعتش غير بعد ما عملنا حملة على الفيسبوك. احنا بنساعد الأسر تتواصل مع الخارجية والقنصليات، وبنعمل قوائم بأسماء المفقودين، وبنحاول نجمع فلوس للمحامين.

عرفنا عن الاستعراض الإقليمي من صحفية صاحبتنا، وقالت لنا إنه فرصة نوصّل صوتنا. احنا ما عندناش تقرير مكتوب زي المنظمات الكبيرة، بس عندنا الحكايات والأرقام، ولو حد عايز يسمعها احنا موجودين.

آسفين إننا بنكتب متأخر كده، كنا في عزاء واحد من الصيادين النهارده ولسه راجعين.

وآخر حاجة ودي أهم حاجة: عايزين نرشّح الحاجة سعاد عبد الفتاح الشاذلي، أم لصياد مفقود من 2019 ومنسّقة المبادرة، عشان تتكلم في المائدة المستديرة التالتة لو ينفع.

هاني مرسي
مبادرة أهالي الصيادين المفقودين - إسكندرية
"""
    body = alt(text, "000000000000c93a4e05baa7f1d2", html=gmail_html(text, rtl=True), b64=True)
    m = mk(when, sent_at(when, 2, 6), "mail-oi1-f196.google.example.com", "192.0.2.196", "4DVk2Np8FxZ4",
           "Hany Morsy <hany.morsy.alex@gmail.example.com>", hdr(subj),
           "<CAE2vNq8Kt5mW1xR+f9Lz3Hc7sP4dGy0jB6@mail.gmail.example.com>", body)
    add(14, when, m, dict(category="speaker_request", language="ar", acknowledge=True, on_time=False, speakers=[
        sp("سعاد عبد الفتاح الشاذلي", "منسّقة المبادرة", "مبادرة أهالي الصيادين المفقودين", ["roundtable"], 3)],
        notes="long Egyptian-dialect letter about missing fishermen whose only request is the last line ('وآخر "
              "حاجة ودي أهم حاجة: عايزين نرشّح ...'): 'الحاجة' is an honorific, dropped; 'أم لصياد مفقود' is "
              "background, 'منسّقة المبادرة' the title; 'المائدة المستديرة التالتة' (Egyptian spelling of الثالثة) = "
              "3; affiliation as the body quotes the initiative's name, without the signature's city suffix ' - "
              "إسكندرية'. Received 00:07:41 on Saturday 6 February Beirut time (Date 00:07:35 +0200): late by eight "
              "minutes although 'النهارده' suggests Friday to the sender. 'ما عندناش تقرير' is not a report; the "
              "signature names the sender, not the nominee. Gmail app, base64."))


# ================================================================ 15  FR  other  the member's president bottom-posts a reply-all under 03
def m15():
    when = at("2021-02-08 10:02:18")
    quoted = M03_TEXT
    text = """----- Mail original -----
De: "Hicham Ouazzani" <h.ouazzani@pmam.example.ma>
À: gcmrrarabstates@iom.int
Cc: "ASSA Agadir" <contact@assa-agadir.example.ma>
Envoyé: Mercredi 27 Janvier 2021 10:04:31
Objet: %s

%s

Bonjour,

De retour de mission, je découvre ce message et votre accusé de réception, merci à Hicham et à vous.

Je confirme que je suis disponible le 24 et le 25 février. Deux questions pratiques :
- les intervenants recevront-ils les questions de la table ronde à l'avance ?
- pourrai-je m'exprimer en français ? Je parle aussi wolof et anglais, mais mon arabe est limité.

Cordialement,

Fatou Ndiaye
Présidente – ASSA Agadir
""" % (M03_SUBJ, quoted.rstrip("\n"))
    html = ('<html><body><div style="font-family: arial, helvetica, sans-serif; font-size: 12pt; color: #000000">'
            '<div><br></div><hr id="zwchr"><div style="color:#000;font-weight:normal;font-style:normal;'
            'text-decoration:none;font-family:Helvetica,Arial,sans-serif;font-size:12pt;"><b>De: </b>"Hicham '
            'Ouazzani" &lt;h.ouazzani@pmam.example.ma&gt;<br><b>À: </b>gcmrrarabstates@iom.int<br><b>Cc: </b>"ASSA '
            'Agadir" &lt;contact@assa-agadir.example.ma&gt;<br><b>Envoyé: </b>Mercredi 27 Janvier 2021 10:04:31<br>'
            '<b>Objet: </b>%s<br><div><br></div>%s</div><div><br></div>%s</div></body></html>\n'
            % (esc(M03_SUBJ), "<br>".join(esc(x) for x in quoted.rstrip("\n").split("\n")),
               text2divs(text.split(quoted.rstrip("\n"), 1)[1].strip("\n"))))
    body = alt(text, "=_5b0e9f2c-7d41-4a3b-a8c6-1e2f9d7b4c03", html=html)
    m = mk(when, sent_at(when, 1, 7), "zimbra.assa-agadir.example.ma", "203.0.113.42", "4DXc8Hw1MtZ6",
           "Fatou Ndiaye <contact@assa-agadir.example.ma>", hdr("Re: " + M03_SUBJ, enc="Q"),
           "<1148203977.4981.1612771338114.JavaMail.zimbra@assa-agadir.example.ma>", body,
           to="Hicham Ouazzani <h.ouazzani@pmam.example.ma>", cc=BOX,
           extra=[("In-Reply-To", M03_ID), ("References", M03_ID), ("X-Mailer", ZIMBRA),
                  ("Thread-Topic", hdr(M03_SUBJ, enc="Q")), ("Thread-Index", "AQHW9KcE4Rm8Vt2Lp6Xn0Qb3Zs7Wd1Yh5g")])
    add(15, when, m, dict(category="other", language="fr", acknowledge=True, on_time=None, thread_of=H % 3,
        notes="reply-all by the member association's president (To: the platform's coordinator, the review "
              "address only in Cc) in Zimbra, with the whole of h265-03 quoted on top ('----- Mail original -----', "
              "not '>'-prefixed, table flattened) and her new text at the bottom: a confirmation of availability "
              "and two questions (questions in advance, language). The quoted part holds both nominations, the "
              "table and 'Rapporteur'; the new text proposes nothing new, so other, acknowledged (questions), "
              "thread_of h265-03. Sent after the speaker deadline, but 'other' has no deadline."))


# ================================================================ 16  AR  speaker  Beirut association adds a speaker at the bottom of a reply to its own 02
def m16():
    when = at("2021-02-09 19:33:50")
    new = """مرحبا مجدداً،

شكراً على تأكيد الاستلام. كنّا ناويين نسأل بالرسالة الأولى ونسينا: إذا لسّا في مجال، منحب نقترح بيزاويت تاديسي، وهي عاملة منزلية من إثيوبيا وميسّرة ورشة الخياطة عنا من 2018، لمداخلة بإحدى الجلسات العامة. بتحكي عربي لبناني وإنكليزي وأمهري، وهي اللي بتطلع بالصورة التانية.

ريما
"""
    text = ("في الثلاثاء، 26 يناير 2021 في 1:21 م، كتب ريما خليل <rima.khalil.baytaljiran@gmail.example.com>:\n"
            + gt(M02_TEXT) + "\n\n" + new)
    html = page('<div class="gmail_quote"><div dir="rtl" class="gmail_attr">في الثلاثاء، 26 يناير 2021 في 1:21 م، '
                'كتب ريما خليل &lt;<a href="mailto:rima.khalil.baytaljiran@gmail.example.com">'
                'rima.khalil.baytaljiran@gmail.example.com</a>&gt;:<br></div><blockquote class="gmail_quote" '
                'style="margin:0px 0px 0px 0.8ex;border-right:1px solid rgb(204,204,204);padding-right:1ex">'
                '<div dir="rtl">%s</div></blockquote></div><div dir="rtl"><br></div><div dir="rtl">%s</div>'
                % ("<br>".join(esc(x) for x in M02_TEXT.rstrip("\n").split("\n")),
                   "<br>".join(esc(x) for x in new.rstrip("\n").split("\n"))))
    body = alt(text, "0000000000004f8d2b05bafb37c1", html=html, b64=True)
    m = mk(when, sent_at(when, 2, 8), "mail-ed1-f44.google.example.com", "192.0.2.44", "4DYf3Ks6PvZ9",
           addr("ريما خليل", "rima.khalil.baytaljiran@gmail.example.com"), re_hdr("Re: ", M02_SUBJ),
           "<CAF7kQm6Bw1nT4qP+h2Lx8Vc5sR9dGz3jK7@mail.gmail.example.com>", body,
           extra=[("In-Reply-To", M02_ID), ("References", M02_ID)])
    add(16, when, m, dict(category="speaker_request", language="ar", acknowledge=True, on_time=False,
        thread_of=H % 2, speakers=[
            sp("بيزاويت تاديسي", "ميسّرة ورشة الخياطة", "جمعية بيت الجيران", ["plenary"])],
        notes="a Gmail reply to the sender's own first mail (h265-02), written at the bottom under the whole quoted "
              "letter: the new text (Lebanese dialect) nominates a domestic worker for 'مداخلة بإحدى الجلسات العامة' "
              "= plenary. Title 'ميسّرة ورشة الخياطة' ('عاملة منزلية من إثيوبيا' is background); affiliation only by "
              "'عنا' (= with us), i.e. the sender's association named in the quoted signature. Received 9 February: "
              "late. The report is only in the quoted part (already submitted, nothing attached): speaker_request, "
              "not both; thread_of h265-02."))


# ================================================================ 17  EN  report  Bahrain forum: the report, at the bottom of a reply to its own 01
M17_ID = "<A81C5E2F-4B7D-4E09-9C3A-6F2D1B8E7A45@mwwf-bh.example.org>"
M17_SUBJ = "Re: " + M01_SUBJ
M17_QID = "4DZg5Rb9LqZ1"
M17_FILE = "MWWF-GCM-Voluntary-Review-Feb2021.pdf"
M17_NEW = """Dear colleagues,

As promised in my first message, please find attached our voluntary GCM review report, prepared jointly with the Bahrain Domestic Workers' Support Group and the Kenyan Community Welfare Association. It covers the pandemic year, the shelter, and the situation of domestic workers and flexi-permit holders.

Many thanks again for the quick acknowledgement of Rosalind's nomination.

Priya

Sent from my iPad
"""


def m17():
    when = at("2021-02-10 08:45:12")
    head = "On 25 Jan 2021, at 10:48, Priya Raman <priya.raman@mwwf-bh.example.org> wrote:"
    text = head + "\n\n" + gt(M01_TEXT) + "\n\n" + M17_NEW
    pdf = rep_pdf("Voluntary GCM review report - Migrant Workers Welfare Forum (MWWF)",
                  "with the Bahrain Domestic Workers' Support Group and the Kenyan Community Welfare Association",
                  ["A year of lockdown in Manama", "The shelter, 2016-2020", "Flexi-permit holders",
                   "Changing employer without consent: a practice to keep", "Recommendations"])
    a = alt(text, "Apple-Mail-3B9E1C47-2D6A-4F80-B5E2-7C1A9D3F6E08",
            html=apple_html(M17_NEW, M01_TEXT, head, bottom=True))
    body = multi("mixed", [a, attach("application/pdf", pdf, M17_FILE)],
                 "Apple-Mail-5D2F8A61-9C4B-4E37-A0D8-2B6E1F9C7A53")
    m = mk(when, sent_at(when, 3, 14), "mail.mwwf-bh.example.org", "203.0.113.173", M17_QID,
           "Priya Raman <priya.raman@mwwf-bh.example.org>", M17_SUBJ, M17_ID, body,
           cc="Rosalind Mutua <r.mutua@mwwf-bh.example.org>",
           extra=[("X-Mailer", IPAD), ("In-Reply-To", M01_ID), ("References", M01_ID)])
    add(17, when, m, dict(category="voluntary_report", language="en", acknowledge=True, on_time=True,
        thread_of=H % 1, report_attachments=[M17_FILE],
        notes="the report announced in h265-01, sent from an iPad as a reply to the sender's own first mail, with "
              "the new text at the bottom under the whole quoted letter (which still holds the P.S. speaker request "
              "and 'we hope to send you before the 16 February deadline'): a report only, not both, thread_of "
              "h265-01. Two partner organisations named as co-authors; 'Rosalind's nomination' refers back. On "
              "time (10 February). Thanked in h265-24."))


# ================================================================ 18  FR  report  Tamanrasset shelter: a Word file named 'contribution', mid-narrative
M18_FILE = "contribution_amel_tam_2021.docx"


def m18():
    when = at("2021-02-11 16:20:37")
    subj = "Des nouvelles de Tamanrasset"
    text = """Bonjour à toute l'équipe,

Je profite d'une connexion enfin correcte pour vous écrire. À Tamanrasset, l'hiver est la saison où les gens passent : ceux qui montent vers le nord et ceux qu'on renvoie vers Assamaka, de l'autre côté de la frontière nigérienne. Cette année, avec la fermeture des frontières, beaucoup sont restés bloqués ici pendant des mois, sans travail et sans possibilité de rentrer.

Notre association accueille depuis 2014 les femmes et les enfants de passage : un repas chaud, des soins grâce à deux médecins bénévoles, des cours d'arabe et de français pour les enfants. En 2020, nous avons accueilli environ 1 300 personnes, dont plus de 400 mineurs. Nous avons aussi vu arriver des familles entières de travailleurs maliens et nigériens qui vivaient depuis des années à Tamanrasset et qui ont perdu leur travail sur les chantiers.

Nos bénévoles ont tenu un cahier toute l'année, et c'est à partir de ce cahier que nous avons rédigé notre rapport volontaire pour l'examen régional du Pacte mondial, que je vous joins (fichier Word). Il raconte ce que nous avons vu, les manques (papiers d'identité des enfants nés en route, accès à l'école, renvois collectifs) et ce qui a marché grâce à la solidarité des habitants.

Je joins aussi une photo de notre local pendant la distribution de couvertures de décembre, pour que vous voyiez à quoi ressemble notre quotidien.

Nous n'avons pas de grands moyens et personne chez nous n'a l'habitude de ces conférences, mais nous suivrons les débats en ligne si la connexion le permet.

Fraternellement,

Khadidja Benamar
Présidente
Association El Amel d'accueil et de solidarité – Tamanrasset
"""
    doc = make_docx(["Association El Amel d'accueil et de solidarite - Tamanrasset",
                     "Contribution a l'examen regional du Pacte mondial sur les migrations (rapport volontaire), "
                     "fevrier 2021",
                     "1. Tamanrasset, ville de passage", "2. Ce que dit le cahier des benevoles (2020)",
                     "3. Enfants nes en route et papiers d'identite", "4. Renvois collectifs vers Assamaka",
                     "5. Ce qui a marche", "6. Recommandations"])
    tp = leaf("text/plain", flowed(text), "utf-8", "8bit", params=[("format", "flowed"), ("delsp", "no")])
    body = multi("mixed", [tp, attach(DOCX, doc, M18_FILE),
                           attach("image/jpeg", make_jpg(53), "couvertures_dec2020.jpg")],
                 "------------A7C31E94B2D05F68E1B4C9D2")
    m = mk(when, sent_at(when, 1, 9), "mail.amel-tam.example.dz", "203.0.113.211", "4F0Kc2Vm8TzZ",
           "Khadidja Benamar <amel.tamanrasset@amel-tam.example.dz>", subj,
           "<8e3b1f6a-52c7-4d09-a1e8-7c4d9b2f0e63@amel-tam.example.dz>", body,
           extra=[("User-Agent", TB), ("Content-Language", "fr")])
    add(18, when, m, dict(category="voluntary_report", language="fr", acknowledge=True, on_time=True,
        report_attachments=[M18_FILE],
        notes="a letter of news ('Des nouvelles de Tamanrasset', no word of report in the subject) in which the "
              "report is mentioned only in the third paragraph ('notre rapport volontaire ... que je vous joins "
              "(fichier Word)'); the DOCX is named 'contribution_...', the JPEG photo of a distribution is not part "
              "of the report. Figures (2014, 1 300, 400) and 'nous suivrons les débats en ligne' are decoys. "
              "Thunderbird, 8bit format=flowed; Date UTC+1 (Algeria)."))


# ================================================================ 19  AR  other  the candidate of 08 asks whether the nomination arrived (forward without the files)
def m19():
    when = at("2021-02-12 11:09:55")
    subj = "استفسار عن وصول ترشيح جمعية الضيافة"
    fwd = """---------- الرسالة المُعاد توجيهها ---------
من: منيرة سعد الفضلي <m.alfadhli@dhiyafa-kw.example.org>
التاريخ: الأربعاء، 3 فبراير 2021 في 1:50 م
الموضوع: %s
إلى: <gcmrrarabstates@iom.int>
نسخة إلى: فهد المطيري <fahad.almutairi@dhiyafa-kw.example.org>
""" % M08_SUBJ
    new = """السلام عليكم ورحمة الله وبركاته،

الإخوان في أمانة الاستعراض الإقليمي، تحية طيبة،

أرسلت زميلتنا الأستاذة منيرة الفضلي بتاريخ 3 فبراير ترشيح الجمعية (الرسالة أدناه)، وكنت أنا في النسخة. الأستاذة منيرة تقول إنها ما لقت أي رد منكم في بريدها، ويمكن راح للرسائل غير المرغوب فيها. ودّي أتأكد إن الترشيح والاستمارة المرفقة فيه وصلتكم، وإذا فيه أي نقص في البيانات خبرونا.

وسؤال ثاني: متى موعد المائدة المستديرة الأولى بالضبط، يوم 24 ولا 25؟ عشان أرتّب وقتي مع جلسات المحكمة.

وشكراً لكم،

فهد عبد العزيز المطيري
محامٍ - جمعية الضيافة لحقوق العمالة الوافدة
"""
    text = new + "\n" + fwd + "\n" + M08_TEXT
    html = page('<div dir="rtl">%s</div><br><div class="gmail_quote"><div dir="rtl" class="gmail_attr">%s</div><br>'
                '<div dir="rtl">%s</div></div>' % ("<br>".join(esc(x) for x in new.rstrip("\n").split("\n")),
                                                   "<br>".join(esc(x) for x in fwd.rstrip("\n").split("\n")),
                                                   "<br>".join(esc(x) for x in M08_TEXT.rstrip("\n").split("\n"))))
    body = alt(text, "000000000000a1d47e05bb1c92e4", html=html, b64=True)
    m = mk(when, sent_at(when, 3, 7), "mail-pj1-f50.google.example.com", "192.0.2.50", "4F1Pb7Xc3NzZ",
           addr("فهد المطيري", "fahad.almutairi.law@gmail.example.com"), hdr(subj),
           "<CAB5nRw2Tx8kM4qL+g7Vz1Hc6sP9dFy3jW0@mail.gmail.example.com>", body)
    add(19, when, m, dict(category="other", language="ar", acknowledge=True, on_time=None, thread_of=H % 8,
        notes="the candidate of h265-08 (from his personal Gmail, Gulf dialect) asks whether the nomination and its "
              "form arrived and when roundtable 1 meets, above a forwarded copy of h265-08 (Arabic Gmail forward "
              "header) from which the two DOCX files are absent: a follow-up question, not a new or repeated "
              "nomination; thread_of h265-08 by content (no In-Reply-To). The forwarded letter still says "
              "'ترشيح أحد أعضائه' and 'استمارة الترشيح المرفقة'. Written after the speaker deadline, but 'other' has "
              "no deadline."))


# ================================================================ 20  EN  both  Zarqa member centre forwards its coalition lead's report and rapporteur request
M20_FILE = "JLMC_Voluntary_GCM_Review_2021_final.pdf"


def m20():
    when = at("2021-02-14 13:27:40")
    subj = "Fwd: JLMC report - could you send it to IOM?"
    text = """Dear GCM Regional Review secretariat,

I am forwarding the message below from Dr. Ziad Qaraeen, coordinator of the Jordan Labour Migration Coalition, of which our centre is a member. Their coalition mailbox is not working, so he asked us to send it from our account. The file is attached to this message.

Kind regards,

Abeer Saleh
Programme Officer
Women Workers' Solidarity Centre - Zarqa

---------- Forwarded message ---------
From: Ziad Qaraeen <ziad.qaraeen@gmail.example.com>
Date: Sun, Feb 14, 2021 at 11:02 AM
Subject: JLMC report - could you send it to IOM?
To: Abeer Saleh <abeer.saleh@wwsc-zarqa.example.org>
Cc: JLMC Secretariat <secretariat@jlmc.example.jo>

Dear Abeer,

Sorry to bother you on a Sunday. Our coalition mailbox has been down since Thursday (the provider says the server was blacklisted, and everything we send outside bounces), and I would rather the report did not go to the UN from my personal address. Since WWSC is a member of the coalition, could you please forward it to gcmrrarabstates@iom.int from your account? The final PDF is attached.

And while you're at it, please tell them that the coalition would like me to serve as rapporteur for the stakeholders' key messages, if the role is still open. I know the deadline for speakers was the 5th, but it doesn't hurt to ask. For their records: Ziad Qaraeen, Coordinator, Jordan Labour Migration Coalition (JLMC).

Many thanks, and regards to everyone in Zarqa,
Ziad

--
Dr. Ziad Qaraeen
Coordinator | Jordan Labour Migration Coalition (JLMC)
Amman, Jordan
"""
    pdf = rep_pdf("Voluntary GCM review report - Jordan Labour Migration Coalition (JLMC)", "Amman, February 2021",
                  ["The coalition and its 19 members", "Recruitment and the kafala system in Jordan",
                   "Women workers in the garment sector (WWSC, Zarqa)", "COVID-19 and migrant workers",
                   "Recommendations"])
    a = alt(text, "000000000000e8b53f05bb5d12a7", html=gmail_html(text))
    body = multi("mixed", [a, attach("application/pdf", pdf, M20_FILE)], "000000000000e8b54105bb5d12a9")
    m = mk(when, sent_at(when, 2, 9), "mail-wr1-f52.google.example.com", "192.0.2.52", "4F2Tm4Ks9RzZ",
           "Abeer Saleh <abeer.saleh@wwsc-zarqa.example.org>", subj,
           "<CAG4mPx9Wt3kR6vN+c2Lz8Hb1sQ5dFy7jM4@mail.gmail.example.com>", body,
           cc="Ziad Qaraeen <ziad.qaraeen@gmail.example.com>")
    add(20, when, m, dict(category="both", language="en", acknowledge=True, on_time=False, speakers=[
        sp("Ziad Qaraeen", "Coordinator", "Jordan Labour Migration Coalition (JLMC)", ["rapporteur"])],
        report_attachments=[M20_FILE],
        notes="a member organisation forwards (Gmail 'Fwd:') its coalition lead's message: the sender's own text "
              "only mentions the attached report, while the forwarded part also asks for a rapporteur role for "
              "the coalition coordinator ('I know the deadline for speakers was the 5th'). Report on time (14 "
              "February), speaker part late: both, on_time false. Speaker details in one line of the forwarded "
              "text ('Dr.' in the signature dropped); the forwarder's signature and organisation are not the "
              "speaker's."))


# ================================================================ 21  FR  report  Tripoli intern sends 'documents': presentation + the board-approved final document
M21_FILES = ["Nahwa_presentation_2021.pdf", "Nahwa_document_final_v3.docx"]


def m21():
    when = at("2021-02-15 10:48:06")
    subj = "Documents – Association Nahwa"
    text = """Madame, Monsieur,

Je me permets de vous écrire à la demande de Mme Hoda Karam, directrice de l'Association Nahwa, qui est en déplacement dans le Akkar toute la semaine, avec une connexion très irrégulière.

Je suis stagiaire à Nahwa depuis le début du mois de janvier, dans le cadre de mon master en sciences politiques. Depuis mon arrivée, j'ai accompagné l'équipe dans ses visites aux familles syriennes et aux travailleuses domestiques de Tripoli et du Akkar, et j'ai participé à la mise en forme des documents préparés pour l'examen régional du Pacte mondial sur les migrations.

Vous trouverez en pièces jointes deux fichiers. Le premier est la présentation institutionnelle de l'association, que Mme Karam tenait à vous faire connaître. Le second, « Nahwa_document_final_v3 », est le document validé par le conseil d'administration le 12 février : Mme Karam me demande de préciser qu'il s'agit bien de la contribution officielle de Nahwa, c'est-à-dire de son rapport volontaire, et que les versions de travail qui ont pu circuler entre partenaires ne doivent pas être prises en compte.

Mme Karam aimerait également savoir si elle pourra assister en ligne aux tables rondes des 24 et 25 février, en simple participante.

En vous remerciant par avance, et en restant à votre disposition,

Camille Aoun
Stagiaire – Association Nahwa
Tripoli, Liban
"""
    pres = rep_pdf("Association Nahwa - Presentation institutionnelle", "Tripoli, Liban",
                   ["Qui sommes-nous", "Nos programmes", "Nos partenaires", "Contacts"])
    doc = make_docx(["Association Nahwa - Tripoli", "Examen regional du Pacte mondial sur les migrations - "
                     "contribution de l'Association Nahwa (version 3, validee par le CA le 12/02/2021)",
                     "1. Le Liban-Nord en 2020", "2. Familles syriennes : residence et travail",
                     "3. Travailleuses domestiques a Tripoli", "4. Recommandations"])
    a = alt(text, "0000000000002c7e9a05bb6e38d4", html=gmail_html(text))
    body = multi("mixed", [a, attach("application/pdf", pres, M21_FILES[0]), attach(DOCX, doc, M21_FILES[1])],
                 "0000000000002c7e9c05bb6e38d6")
    m = mk(when, sent_at(when, 2, 8), "mail-lf1-f65.google.example.com", "192.0.2.65", "4F3Wn8Lb5TzZ",
           addr("Camille Aoun", "camille.aoun.nahwa@gmail.example.com"), hdr(subj, enc="Q"),
           "<CAK1pTz6Nw4xL9rM+f3Qb7Hc2sV8dGy5jE1@mail.gmail.example.com>", body,
           cc=addr("Hoda Karam", "hoda.karam@nahwa.example.org.lb"))
    add(21, when, m, dict(category="voluntary_report", language="fr", acknowledge=True, on_time=True,
        report_attachments=[M21_FILES[1]],
        notes="vague subject ('Documents') and an intern writing on behalf of the director (the signature names the "
              "intern; the director is in Cc): of two attachments, only the second, named 'document_final_v3', is "
              "the report, which the body says in one clause in the middle ('c'est-à-dire de son rapport "
              "volontaire'); the PDF is an institutional presentation. The director only asks to attend 'en simple "
              "participante': no speaker. Gmail."))


# ================================================================ 22  AR  report  Baghdad coalition at 23:41, member in Cc; the P.S. only asks to attend
M22_FILES = ["كتاب تغطية - ائتلاف إمكان.pdf", "ائتلاف إمكان - الاستعراض الإقليمي 2021.pdf"]


def m22():
    when = at("2021-02-16 23:41:27")
    subj = "ائتلاف إمكان - مساهمة في الاستعراض الإقليمي للاتفاق العالمي للهجرة"
    text = """السادة أمانة الاستعراض الإقليمي للاتفاق العالمي من أجل الهجرة الآمنة والمنظمة والنظامية المحترمين،

تحية طيبة وبعد،

نعتذر أولاً عن إرسال هذه الرسالة في هذه الساعة المتأخرة، فقد انقطعت الكهرباء عن معظم أحياء بغداد منذ المغرب ولم تعد إلا قبل قليل، والمولّدة الأهلية لا تكفي لتشغيل الحاسوب والإنترنت معاً.

يضمّ ائتلاف «إمكان» أربع عشرة منظمة مجتمع مدني في بغداد والبصرة والموصل وأربيل ودهوك، تعمل مع العائدين والنازحين والعمال الأجانب في العراق. وخلال الأشهر الثلاثة الماضية عقدنا إحدى عشرة جلسة استماع حضرها أكثر من مئتي شخص: شبّان عادوا من تركيا وبيلاروسيا بعد محاولات فاشلة للوصول إلى أوروبا، وعائلات رُحّلت من دول الجوار، وعمّال من بنغلاديش ونيبال يعملون في إقليم كردستان بلا عقود. وقد أسهمت جمعية أمل الرافدين للعائدين، وهي من أعضاء الائتلاف ونضعها في نسخة من هذه الرسالة، في إعداد الفصل الخاص بالعودة القسرية وإعادة الإدماج، بعد أن رافقت خلال العام الماضي أكثر من ثلاثمئة عائد في البصرة.

وخلاصة هذه الجلسات كلها هي ما يتضمنه التقرير الطوعي للائتلاف حول تنفيذ الاتفاق العالمي في العراق، المرفق بهذه الرسالة مع كتاب التغطية الموقّع من منسق الائتلاف. ونودّ أن نشير إلى أن بعض الأرقام الواردة فيه أولية، وسنوافيكم بأي تصحيح إن لزم.

نشكركم على إتاحة هذه الفرصة لمنظمات المجتمع المدني العراقية.

مع فائق الاحترام والتقدير،

سيف الدين كاظم الجبوري
منسق ائتلاف إمكان
بغداد - العراق

ملاحظة: يسعدنا أن نتابع أعمال المؤتمر يومي 24 و25 شباط عن بُعد، ونرجو إرسال رابط الحضور إلينا وإلى الزملاء في جمعية أمل الرافدين.
"""
    cover = rep_pdf("Cover letter - Imkan coalition", "Baghdad, 16 February 2021",
                    ["Subject: voluntary GCM review report of the Imkan coalition", "Signed: coalition coordinator"])
    rep = rep_pdf("Imkan coalition - Voluntary GCM review report, Iraq", "14 civil society organisations",
                  ["Eleven hearings, 2020-2021", "Returns from Turkey and Belarus", "Forced return and reintegration "
                   "(Amal al-Rafidain association)", "Foreign workers in the Kurdistan Region", "Recommendations"])
    lcid = "image001.png@01D704B9.2F6A1E30"
    html = outlook_html(text, lang="AR-IQ", img_cid=lcid, rtl=True)
    rel = multi("related", [leaf("text/html", html, cte="base64"), logo(lcid, (0, 110, 80))],
                "_004_AS8PR05MB7713D2E9B4C1F068_", params=[("type", '"text/html"')])
    a = multi("alternative", [leaf("text/plain", text, cte="base64"), rel], "_000_AS8PR05MB7713D2E9B4C1F068_")
    body = multi("mixed", [a, attach("application/pdf", cover, M22_FILES[0]),
                           attach("application/pdf", rep, M22_FILES[1])], "_005_AS8PR05MB7713D2E9B4C1F068_")
    m = mk(when, sent_at(when, 3, 12), "mail-as8eur05on0609.outbound.protection.outlook.example.com",
           "198.51.100.109", "4F4Dz6Mq1WzZ", addr("سيف الدين كاظم الجبوري", "saif.aljubouri@imkan-iq.example.org"),
           hdr(subj), "<AS8PR05MB7713D2E9B4C1F068@AS8PR05MB7713.eurprd05.prod.outlook.example.com>", body,
           cc=addr("جمعية أمل الرافدين للعائدين", "info@amal-rafidain.example.org"),
           extra=outlook(hdr(subj), "AdcEqK7Rx2Vm5Tz9Lc3Nb8Pw1Hs6Yd4Jf0==", lang="ar-IQ", has_attach="yes"))
    add(22, when, m, dict(category="voluntary_report", language="ar", acknowledge=True, on_time=True,
        report_attachments=[M22_FILES[1]],
        notes="deadline edge: received 23:41:27 Beirut time on 16 February (Date header Wed 17 Feb 00:41 +0300, "
              "already the 17th in Baghdad): on time. A coalition lead with a member association in Cc; the report "
              "is named only in the fourth paragraph, after a long account of the hearings; of two PDFs the first "
              "is the cover letter. The category turns on the P.S. ('ملاحظة:'): the coalition only asks to follow "
              "the conference and for the attendance link for itself and its member, not for a speaking role. "
              "Outlook, logo, base64 parts."))


# ================================================================ 23  FR  report  the diaspora federation's report, 34 minutes late, at the bottom of a reply to 07
def m23():
    when = at("2021-02-17 00:34:15")
    fname = "FTAD_Rapport_volontaire_PMM_2021.pdf"
    head = """________________________________
De : FTAD - Présidence <presidence@ftad.example.tn>
Envoyé : mardi 2 février 2021 08:26
À : gcmrrarabstates@iom.int
Objet : %s
""" % M07_SUBJ
    new = """Madame, Monsieur,

Comme annoncé dans notre courrier du 2 février ci-dessus, nous avons l'honneur de vous transmettre ci-joint le rapport volontaire de la Fédération Tunisienne des Associations de la Diaspora (FTAD) sur la mise en œuvre du Pacte mondial.

Nous vous prions de bien vouloir excuser cet envoi tardif dans la soirée : les dernières contributions de nos associations d'Italie et du Canada nous sont parvenues aujourd'hui même.

Veuillez agréer, Madame, Monsieur, l'expression de nos salutations distinguées.

Leïla Marzouki
Assistante de direction – FTAD
"""
    text = head + "\n" + M07_TEXT + "\n" + new
    pdf = rep_pdf("Rapport volontaire - Federation Tunisienne des Associations de la Diaspora (FTAD)",
                  "Tunis, 16 fevrier 2021",
                  ["La diaspora tunisienne en 2020", "Compatriotes bloques a l'etranger", "Retours et reinsertion",
                   "Competences de la diaspora et developpement local", "Recommandations"])
    a = alt(text, "_000_PR3P190MB09379E4C2A1D6B83_", html=outlook_html(text, lang="FR"))
    body = multi("mixed", [a, attach("application/pdf", pdf, fname)], "_004_PR3P190MB09379E4C2A1D6B83_")
    m = mk(when, sent_at(when, 1, 6), "mail-pr3eur01on0638.outbound.protection.outlook.example.com",
           "198.51.100.38", "4F4Gk1Tv7NzZ", addr("FTAD - Présidence", "presidence@ftad.example.tn", enc="Q"),
           hdr("RE: " + M07_SUBJ, enc="Q"), "<PR3P190MB09379E4C2A1D6B83@PR3P190MB0937.EURP190.PROD.OUTLOOK.example.com>",
           body, extra=outlook(hdr(M07_SUBJ, enc="Q"), "AdcBJp4Tq8Xm2Lr6Vz1Nc5Hb9Ws3Kd7Ye0AdcFBm9Q=", lang="fr-FR",
                               has_attach="yes") + [("In-Reply-To", M07_ID), ("References", M07_ID)])
    add(23, when, m, dict(category="voluntary_report", language="fr", acknowledge=True, on_time=False,
        thread_of=H % 7, report_attachments=[fname],
        notes="the report announced in h265-07, sent as an Outlook reply to the federation's own letter with the "
              "new text at the bottom, under the whole quoted letter (which still holds the plenary request for the "
              "president). Late: received 00:34 on 17 February Beirut time, although the Date header (Tue 16 Feb "
              "23:34 +0100, Tunis) and 'cet envoi tardif dans la soirée' make it look on time. Report only (the "
              "speaker is in the quoted part); thread_of h265-07."))


# ================================================================ 24  EN  other  thank-you to our acknowledgement of 17 (thread of 01)
def m24():
    when = at("2021-02-18 09:15:02")
    ack = ack_mid(M17_QID)
    quoted = ack_text("en", M17_SUBJ, "your voluntary report")
    new = """Received with thanks - and thank you all for your work on this review. Rosalind and I are looking forward to the conference.

Best,
Priya

Sent from my iPhone
"""
    head = "On 10 Feb 2021, at 09:45, GCM Regional Review Arab States <gcmrrarabstates@iom.int> wrote:"
    text = new + "\n" + head + "\n\n" + gt(quoted) + "\n"
    a = alt(text, "Apple-Mail-8E4C1A27-6B3D-4F95-A2E0-9D7B5C3F1E64", html=apple_html(new, quoted, head))
    m = mk(when, sent_at(when, 3, 5), "mail.mwwf-bh.example.org", "203.0.113.173", "4F5Lr3Wc8KzZ",
           "Priya Raman <priya.raman@mwwf-bh.example.org>", "Re: Acknowledgement of receipt - " + M17_SUBJ,
           "<F29D7B41-3C8E-4A16-B5D2-E07A9C6F1B38@mwwf-bh.example.org>", a,
           extra=[("X-Mailer", IPHONE), ("In-Reply-To", ack), ("References", M01_ID + " " + M17_ID + " " + ack)])
    add(24, when, m, dict(category="other", language="en", acknowledge=False, on_time=None, thread_of=H % 1,
        notes="a thank-you answering our acknowledgement of h265-17 (References name h265-01 and h265-17): adds "
              "nothing new, so no acknowledgement; 'Rosalind and I are looking forward to the conference' is not a "
              "new request, and the quoted acknowledgement repeats 'your voluntary report'. thread_of the opening "
              "message of the chain, h265-01. iPhone, top-posted."))


def main():
    for f in (m01, m02, m03, m04, m05, m06, m07, m08, m09, m10, m11, m12, m13, m14, m15, m16, m17, m18, m19,
              m20, m21, m22, m23, m24):
        f()
    SET.write()


if __name__ == "__main__":
    main()
