#!/usr/bin/env python3
"""Write the blind evaluation set holdout77 (24 raw .eml messages + labels.json).

Deterministic, standard library only:  python3 tests/data/make_eval_sets77.py
Theme: faith-based organisations (church relief committees, zakat and waqf committees, Islamic relief
charities, interfaith dialogue centres, Caritas-like bodies) in Lebanon, Egypt, Iraq, Syria, Jordan, Sudan.
"""
import base64
import datetime as dt
import io
import json
import os
import zipfile
from email.message import Message
from mailgen import (HERE, BOX, POL, rfcdate, at, tz, hdr, re_hdr, addr, leaf, multi,
                     html_wrap, text2html, flowed, make_pdf, make_docx, make_png, DOCX,
                     rfc2231, b_word, top, serialize, sp, std_rows)
from mailgen import POSTFIX_NOTICE

OUT = os.path.join(HERE, "holdout77")


# ---------------------------------------------------------------- message assembly


MESSAGES = []


def add(num, when, msg, label):
    fname = "h77-%02d.eml" % num
    lab = {"file": fname, "received_at": when.isoformat()}
    lab.update(label)
    full = {k: lab.get(k) for k in ["file", "received_at", "category", "language", "acknowledge", "on_time",
                                    "speakers", "report_attachments", "thread_of", "notes"]}
    for k, default in (("speakers", []), ("report_attachments", []), ("thread_of", None)):
        if full[k] is None and default is not None:
            full[k] = default
    MESSAGES.append((fname, serialize(msg), full))


ODT = "application/vnd.oasis.opendocument.text"


def make_odt(paragraphs):
    """A tiny valid ODT (mimetype stored first, uncompressed), fixed timestamps."""
    def x(s):
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    body = "".join('<text:p text:style-name="Standard">%s</text:p>' % x(p) for p in paragraphs)
    files = [
        ("mimetype", ODT, zipfile.ZIP_STORED),
        ("META-INF/manifest.xml",
         '<?xml version="1.0" encoding="UTF-8"?>\n'
         '<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.2">'
         '<manifest:file-entry manifest:full-path="/" manifest:version="1.2" manifest:media-type="%s"/>'
         '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>'
         '<manifest:file-entry manifest:full-path="meta.xml" manifest:media-type="text/xml"/>'
         '</manifest:manifest>' % ODT, zipfile.ZIP_DEFLATED),
        ("meta.xml",
         '<?xml version="1.0" encoding="UTF-8"?>\n'
         '<office:document-meta xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
         'xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0" office:version="1.2"><office:meta>'
         '<meta:generator>LibreOffice/7.0.4.2$Linux_X86_64 LibreOffice_project/00$Build-2</meta:generator>'
         '<meta:creation-date>2021-02-08T17:02:11</meta:creation-date></office:meta></office:document-meta>',
         zipfile.ZIP_DEFLATED),
        ("content.xml",
         '<?xml version="1.0" encoding="UTF-8"?>\n'
         '<office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
         'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" office:version="1.2">'
         '<office:body><office:text>' + body + '</office:text></office:body></office:document-content>',
         zipfile.ZIP_DEFLATED),
    ]
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        for name, text, how in files:
            zi = zipfile.ZipInfo(name, date_time=(2021, 2, 8, 17, 2, 10))
            zi.compress_type = how
            zi.external_attr = 0o644 << 16
            z.writestr(zi, text.encode("utf-8"))
    return buf.getvalue()


def quote(text, prefix="> "):
    return "\n".join((prefix + ln) if ln else prefix.rstrip() for ln in text.rstrip("\n").split("\n"))


def pdf_att(name, lines, disp="attachment", quoted=True, extra=None):
    q = '"%s"' % name if quoted else name
    return leaf("application/pdf", make_pdf(lines), cte="base64", params=[("name", q)],
                disp='%s; filename=%s' % (disp, q), extra=extra)


def utf_att(ctype, data, name, disp="attachment"):
    """Attachment with a non-ASCII name: RFC 2231 filename*, RFC 2047 name (as Outlook/Gmail do)."""
    att = Message(policy=POL)
    att["Content-Type"] = '%s; name="%s"' % (ctype, b_word(name))
    att["Content-Transfer-Encoding"] = "base64"
    att["Content-Disposition"] = "%s; filename*=%s" % (disp, rfc2231(name))
    att.set_payload(base64.encodebytes(data).decode("ascii"))
    return att


# ================================================================ the 24 messages
M01_ID = "<CAK7pQ2vR-3mT9xWb1nYe8Zs0aLc4fHd6gJ2kU5oP7iE@mail.gmail.example.com>"
M01_TEXT = """Dear Network secretariat,

Good morning and thank you for the invitation, which reached us through the Caritas regional office.

On behalf of our committee I would like to put forward Father Georges Matta, our Chairman, as a speaker. Abouna Georges has been following the situation of Syrian refugee families and of migrant domestic workers in the Bekaa since 2012, and since August he also runs the shelter we opened in Zahle after the port explosion.

We would be grateful if he could take the floor in the third thematic roundtable.

He is not very comfortable with email, so please copy me on any correspondence regarding his participation.

With thanks and best regards,

Rita Nassar
Programme Administrator
Saint Ephrem Church Relief Committee (SERC)
Zahle - Bekaa, Lebanon
+961 8 812 407
"""


def m01():
    when = at("2021-01-26 10:12:33")
    sent = when - dt.timedelta(seconds=4)
    html = '<div dir="ltr">' + text2html(M01_TEXT).replace("<p>Rita Nassar", '<p>--<br>\n<b>Rita Nassar</b>') + "</div>\n"
    body = multi("alternative", [leaf("text/plain", M01_TEXT, "UTF-8"), leaf("text/html", html, "UTF-8")],
                 "000000000000a7b3c205b9c1d2e8")
    rows = std_rows(when, "mail-ed1-f41.google.example.com", "209.85.208.41", "4DQ3kL0vTnz2",
                    "Rita Nassar <serc.zahle@gmail.example.com>",
                    "Speaker proposal - Regional Review GCM", rfcdate(sent), M01_ID,
                    ret="serc.zahle@gmail.example.com")
    m = top(body, rows)
    add(1, when, m, dict(category="speaker_request", language="en", acknowledge=True, on_time=True, speakers=[
        sp("Georges Matta", "Chairman", "Saint Ephrem Church Relief Committee (SERC)", ["roundtable"], 3)],
        notes="lay administrator (signs the mail, gmail address) proposes a priest: 'Father' and 'Abouna' are "
              "honorifics, not part of the name; title only as the apposition 'our Chairman'; affiliation only in "
              "the sender's signature; roundtable written as 'the third thematic roundtable'; sender is not a "
              "speaker; mentions Caritas (not the affiliation)."))


def m02():
    when = at("2021-01-28 13:05:17")
    sent = when - dt.timedelta(seconds=9)
    aff = "لجنة زكاة وصدقات جبل النزهة"
    rows_t = [("فضيلة الشيخ عبد الرحمن سالم العمري", "رئيس اللجنة", aff, "مداخلة في إحدى الجلسات العامة"),
              ("السيدة منى يوسف الخطيب", "منسقة برنامج دعم العمالة الوافدة", aff, "المائدة المستديرة الثانية")]
    table = ('<table border="1" cellspacing="0" cellpadding="4" dir="rtl" style="border-collapse:collapse">'
             '<tr><th>الاسم</th><th>الصفة</th><th>الجهة</th><th>نوع المشاركة المطلوبة</th></tr>'
             + "".join("<tr>" + "".join("<td>%s</td>" % c for c in r) + "</tr>" for r in rows_t) + "</table>")
    inner = ('<div dir="rtl" style="font-family:\'Simplified Arabic\';font-size:14pt">'
             '<p>السادة شبكة الأمم المتحدة الإقليمية المعنية بالهجرة المحترمين،</p>'
             '<p>السلام عليكم ورحمة الله وبركاته، وبعد،</p>'
             '<p>بالإشارة إلى كتاب الدعوة الخاص بالمراجعة الإقليمية للاتفاق العالمي من أجل الهجرة الآمنة والمنظمة '
             'والنظامية في المنطقة العربية، يسرّنا إعلامكم برغبة لجنتنا في المشاركة بمتحدثَين اثنين وفق الجدول التالي:</p>'
             + table +
             '<p>علماً بأن اللجنة تقدم منذ عام 2014 مساعدات نقدية وعينية للعمال المهاجرين المنقطعين عن العمل في عمّان '
             'والزرقاء، بالتنسيق مع صندوق الزكاة.</p>'
             '<p>وتفضلوا بقبول فائق الاحترام،</p>'
             '<p>أمين سر اللجنة<br>خالد محمود أبو حمدان<br>' + aff + '<br>عمّان – المملكة الأردنية الهاشمية</p></div>')
    html = html_wrap(inner, "rtl", "windows-1256")
    body = leaf("text/html", html, "windows-1256", "quoted-printable")
    rows = std_rows(when, "mail.zakat-nuzha.example.jo", "212.118.6.93", "4DRnW52cXqz4",
                    addr("لجنة زكاة جبل النزهة", "info@zakat-nuzha.example.jo", "windows-1256"),
                    hdr("طلب مشاركة بكلمة – المراجعة الإقليمية للاتفاق العالمي للهجرة", "windows-1256"),
                    rfcdate(sent), "<001501d6f57b$2c9e1f40$85da5dc0$@zakat-nuzha.example.jo>",
                    ret="info@zakat-nuzha.example.jo")
    rows += [("X-Mailer", "Microsoft Outlook 15.0"), ("Thread-Index", "AdbzeyxWbX1q0oTmQVK8a3nYt9u2xA=="),
             ("Content-Language", "ar-jo")]
    m = top(body, rows)
    add(2, when, m, dict(category="speaker_request", language="ar", acknowledge=True, on_time=True, speakers=[
        sp("عبد الرحمن سالم العمري", "رئيس اللجنة", aff, ["plenary"]),
        sp("منى يوسف الخطيب", "منسقة برنامج دعم العمالة الوافدة", aff, ["roundtable"], 2)],
        notes="HTML-only (no text/plain) windows-1256 quoted-printable Outlook message; two speakers in an HTML "
              "table (name / title / body / requested role); honorifics 'فضيلة الشيخ' and 'السيدة' must be "
              "stripped; sender is the committee secretary (signature) and the From display name is the "
              "committee; 'صندوق الزكاة' is a partner, not the affiliation."))


def m03():
    when = at("2021-01-29 21:47:02")
    sent = when - dt.timedelta(seconds=6)
    text = """Bonjour,

Notre aumônier, le Père Maroun Tannous, souhaiterait intervenir à la table ronde n°4 le 24 ou le 25 février.

Merci de nous confirmer.

Nada Karam
Fraternité Sainte-Rafqa
Jounieh, Liban

Envoyé de mon iPhone
"""
    body = leaf("text/plain", text, "utf-8", "quoted-printable")
    rows = std_rows(when, "mail.fraternite-rafqa.example.org", "185.54.176.22", "4DS8q21mKsz9",
                    "Nada Karam <nada.karam@fraternite-rafqa.example.org>",
                    "Intervention table ronde", rfcdate(sent),
                    "<5D1C8E3A-7B42-4F0D-9A6E-2C8B1F4D7E90@fraternite-rafqa.example.org>",
                    ret="nada.karam@fraternite-rafqa.example.org")
    rows += [("X-Mailer", "iPhone Mail (18C66)")]
    m = top(body, rows)
    add(3, when, m, dict(category="speaker_request", language="fr", acknowledge=True, on_time=True, speakers=[
        sp("Maroun Tannous", "aumônier", "Fraternité Sainte-Rafqa", ["roundtable"], 4)],
        notes="very short iPhone mail; the speaker is 'notre aumônier, le Père Maroun Tannous': the title is "
              "'aumônier' written before the name, 'le Père' is the honorific; affiliation only in the sender's "
              "signature (the sender is not the speaker); 'table ronde n°4'."))


M04_ID = "<CAHs9dT4qW1eRz7uYi2oP5aSd8fGh3jKl6zXc0vBn4mQ9wE@mail.gmail.example.com>"
M04_PDF = "SIRDA_GCM_Voluntary_Report_2021.pdf"
M04_TEXT = """Dear Sir/Madam,

Greetings from Khartoum.

Please find attached the voluntary GCM review report of the Sudanese Islamic Relief and Development Agency (SIRDA). It is a collective report prepared together with the zakat committees of Kassala and Gedaref and two local waqf boards, and covers our work with Ethiopian and Eritrean migrants and with returnees from Libya during 2019-2020.

Kindly confirm receipt.

Regards,
Mohamed Osman Babiker
Head of Programmes
SIRDA - Sudanese Islamic Relief and Development Agency
Khartoum 2, Street 15, Khartoum, Sudan
"""


def m04():
    when = at("2021-02-01 11:20:48")
    sent = when - dt.timedelta(seconds=12)
    html = '<div dir="ltr">' + text2html(M04_TEXT) + '<div><img src="cid:ii_kkmq3a0f0" width="80" height="40"></div></div>\n'
    alt = multi("alternative", [leaf("text/plain", M04_TEXT, "UTF-8"), leaf("text/html", html, "UTF-8")],
                "000000000000c0d1e205ba4f6a12")
    logo = leaf("image/png", make_png(), cte="base64", params=[("name", '"sirda_logo.png"')],
                disp='inline; filename="sirda_logo.png"',
                extra=[("Content-ID", "<ii_kkmq3a0f0>"), ("X-Attachment-Id", "ii_kkmq3a0f0")])
    rel = multi("related", [alt, logo], "000000000000c0d1e105ba4f6a11")
    pdf = pdf_att(M04_PDF, ["Sudanese Islamic Relief and Development Agency (SIRDA)",
                            "Voluntary GCM Review Report 2021 - collective report",
                            "With the zakat committees of Kassala and Gedaref",
                            "1. Ethiopian and Eritrean migrants in eastern Sudan", "2. Returnees from Libya"],
                  extra=[("X-Attachment-Id", "f_kkmq3a1g1")])
    body = multi("mixed", [rel, pdf], "000000000000c0d1e305ba4f6a13")
    rows = std_rows(when, "mail-lj1-f179.google.example.com", "209.85.208.179", "4DTqV95bRcz1",
                    "Mohamed Osman <m.osman.sirda@gmail.example.com>",
                    "GCM voluntary review report - SIRDA Sudan", rfcdate(sent), M04_ID,
                    ret="m.osman.sirda@gmail.example.com")
    m = top(body, rows)
    add(4, when, m, dict(category="voluntary_report", language="en", acknowledge=True, on_time=True,
        report_attachments=[M04_PDF],
        notes="collective report from an Islamic relief agency (with zakat committees and waqf boards); Gmail "
              "mixed[related[alternative, inline logo PNG], PDF]: only the PDF is the report, the logo is not; "
              "From display name shorter than the signature name."))


def m05():
    when = at("2021-02-01 16:40:09")
    sent = when - dt.timedelta(seconds=5)
    text = """Dear colleagues,

Apologies, one correction and one addition to my email below: Father Georges's title should read Chairman of the Board (not just Chairman). And he asked me to tell you that, besides roundtable 3, he would also be happy to serve as rapporteur for the key messages if you still need someone.

Many thanks,
Rita

On Tue, 26 Jan 2021 at 10:12, Rita Nassar <serc.zahle@gmail.example.com> wrote:
""" + quote(M01_TEXT) + "\n"
    html = ('<div dir="ltr">' + text2html(text.split("\nOn Tue")[0]) + '</div><br><div class="gmail_quote">'
            '<div dir="ltr" class="gmail_attr">On Tue, 26 Jan 2021 at 10:12, Rita Nassar &lt;<a href="mailto:'
            'serc.zahle@gmail.example.com">serc.zahle@gmail.example.com</a>&gt; wrote:<br></div>'
            '<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);'
            'padding-left:1ex">' + text2html(M01_TEXT) + '</blockquote></div>\n')
    body = multi("alternative", [leaf("text/plain", text, "UTF-8"), leaf("text/html", html, "UTF-8")],
                 "000000000000e4f5a605ba53b7c9")
    rows = std_rows(when, "mail-ed1-f44.google.example.com", "209.85.208.44", "4DTz1m3PqRz6",
                    "Rita Nassar <serc.zahle@gmail.example.com>",
                    "Re: Speaker proposal - Regional Review GCM", rfcdate(sent),
                    "<CAK7pQ2t8-Yh3nD0fXs6Ve1Lq9aRc2mWo4uBj7kTe5gN@mail.gmail.example.com>",
                    ret="serc.zahle@gmail.example.com")
    rows += [("In-Reply-To", M01_ID), ("References", M01_ID)]
    m = top(body, rows)
    add(5, when, m, dict(category="speaker_request", language="en", acknowledge=True, on_time=True, speakers=[
        sp("Georges Matta", "Chairman of the Board", "Saint Ephrem Church Relief Committee (SERC)",
           ["roundtable", "rapporteur"], 3)],
        thread_of="h77-01.eml",
        notes="Gmail reply to her own earlier request (In-Reply-To h77-01) that corrects the title ('Chairman of "
              "the Board (not just Chairman)') and adds the rapporteur role; the full name and affiliation are "
              "only in the quoted original; 'Father Georges' in the new text."))


def m06():
    when = at("2021-02-02 19:31:55")
    sent = when - dt.timedelta(seconds=14)
    text = """مساء الخير يا جماعة

أنا مارينا من مكتب الخدمة الاجتماعية بمطرانية أسوان والنوبة. السنة اللي فاتت أبونا بيشوي ألقى كلمة في المنتدى الإقليمي حول الهجرة في عمّان، وكانت عن اللاجئين السودانيين اللي بيعدّوا على أسوان، والكلمة لاقت صدى كويس جداً والحمد لله.

السنة دي عندنا كام سؤال قبل ما نقرر هنشارك إزاي:
- المشاورة يوم ٢٣ هتبقى أونلاين بس ولا فيه حضور؟
- هل فيه ترجمة فورية للعربي؟
- ولو بعتنا تقرير طوعي، ينفع يبقى بالعربي ولا لازم إنجليزي؟

ومعلش لو الأسئلة دي اتجاوبت قبل كده.
شكراً جداً
مارينا رمسيس
"""
    html = '<div dir="rtl">' + text2html(text) + "</div>\n"
    body = multi("alternative", [leaf("text/plain", text, "UTF-8", "base64"), leaf("text/html", html, "UTF-8", "base64")],
                 "0000000000003f8a9b05ba66c2d4")
    rows = std_rows(when, "mail-wm1-f66.google.example.com", "209.85.128.66", "4DVQy04HnKz3",
                    addr("Marina Ramsis", "marina.ramsis.aswan@gmail.example.com"),
                    hdr("استفسار بخصوص المراجعة الإقليمية"), rfcdate(sent),
                    "<CAM4nX8bE2-pK6rTq9sWv1Yz3cHf7jLd0gUa5iOm2eRk@mail.gmail.example.com>",
                    ret="marina.ramsis.aswan@gmail.example.com")
    m = top(body, rows)
    add(6, when, m, dict(category="other", language="ar", acknowledge=True, on_time=None,
        notes="Egyptian colloquial; mentions last year's speech by 'أبونا بيشوي' at another forum (not a request "
              "for this review) and asks questions (online or in person, interpretation, language of a report "
              "'if we send one'); nothing is submitted or requested; Gmail base64 text+HTML, Latin From name."))


M07_PDF = "CRCA voluntary GCM report - final.pdf"
M07_ID = "<VI1PR08MB52614A7C3E9B0D12F4A6C8E1B2D70@VI1PR08MB5261.eurprd08.prod.outlook.example.com>"


def m07():
    when = at("2021-02-02 22:15:26")
    sent = when - dt.timedelta(seconds=40)
    text = """Dear GCM Regional Review team,

Please find attached the voluntary GCM review report of the Chaldean Relief Committee of Ankawa (CRCA), covering 2019-2020, with a focus on displaced Christian and Yazidi families from the Nineveh Plains and on the migrant workers who lost their jobs in Erbil during the lockdown.

In addition, our Programme Manager for Displaced and Migrant Families at CRCA, Ms Shatha Youkhana, would like to make a floor intervention in one of the plenary sessions on 24 or 25 February. Shatha coordinated the field work for the report.

Best regards,

Basim Toma
Executive Director
Chaldean Relief Committee of Ankawa (CRCA)
Ankawa, Erbil - Kurdistan Region of Iraq
Tel. +964 750 441 2290

"""
    html = html_wrap('<div class="WordSection1">' + text2html(text) + "</div>")
    alt = multi("alternative", [leaf("text/plain", text, "us-ascii", "quoted-printable"),
                                leaf("text/html", html, "us-ascii", "quoted-printable")],
                "_000_VI1PR08MB52614A7C3E9B0D12F4A6C8E1B2D70VI1PR08MB5261eurp_")
    pdf = pdf_att(M07_PDF, ["Chaldean Relief Committee of Ankawa (CRCA)", "Voluntary GCM Review Report 2019-2020",
                            "Displaced families from the Nineveh Plains; migrant workers in Erbil"])
    pdf["Content-Description"] = M07_PDF
    body = multi("mixed", [alt, pdf], "_004_VI1PR08MB52614A7C3E9B0D12F4A6C8E1B2D70VI1PR08MB5261eurp_")
    rows = std_rows(when, "mail-eopbgr80081.outbound.protection.outlook.example.com", "40.107.8.81",
                    "4DVXd62TbLz8", "Basim Toma <b.toma@crca-ankawa.example.org>",
                    "CRCA - voluntary report + request for plenary intervention", rfcdate(tz(sent, 3)), M07_ID,
                    ret="b.toma@crca-ankawa.example.org")
    rows += [("Thread-Topic", "CRCA - voluntary report + request for plenary intervention"),
             ("Thread-Index", "AQHW+ZqL0e3bV1xJ4kW2n9cYt7u8pQ=="), ("X-MS-Has-Attach", "yes"),
             ("Accept-Language", "en-US"), ("Content-Language", "en-US")]
    m = top(body, rows)
    add(7, when, m, dict(category="both", language="en", acknowledge=True, on_time=True, speakers=[
        sp("Shatha Youkhana", "Programme Manager for Displaced and Migrant Families",
           "Chaldean Relief Committee of Ankawa (CRCA)", ["plenary"])],
        report_attachments=[M07_PDF],
        notes="report + speaking role in one Outlook mail (Date in +0300); the speaker is someone else, introduced "
              "title-first ('our Programme Manager for ... at CRCA, Ms Shatha Youkhana'), only the acronym next to "
              "her, the full name of the body earlier and in the sender's signature; attachment name with spaces."))


M08_ID = "<2f6c1d8e-93b4-4a7e-b25d-0c9e7a3f1b64@cesc-alex.example.org>"
M08_DOCX = "Rapport_PMM_CESC_2021.docx"


def m08():
    when = at("2021-02-03 08:09:44")
    sent = when - dt.timedelta(seconds=31)
    text = """Bonjour à toute l'équipe,

Veuillez trouver ci-joint le rapport volontaire du Comité d'entraide des Sœurs de la Charité d'Alexandrie (CESC) dans le cadre de l'examen régional du Pacte mondial sur les migrations. Le rapport porte sur l'accueil des femmes migrantes (Soudanaises, Érythréennes, Éthiopiennes) dans nos deux foyers d'Alexandrie.

Par ailleurs, nous aimerions proposer Sœur Marie-Claire Daou, directrice du foyer Sainte-Catherine, comme rapporteuse pour la présentation des messages clés des parties prenantes. Elle parle l'arabe, le français et l'anglais.

Je suis en ce moment à Paris pour une réunion de la congrégation, mais vous pouvez me joindre à cette adresse.

Avec mes remerciements et mes salutations fraternelles,

-- 
Hana Boutros
Responsable administrative et financière
Comité d'entraide des Sœurs de la Charité d'Alexandrie (CESC)
Alexandrie, Égypte
"""
    t = leaf("text/plain", flowed(text), "UTF-8", "8bit", params=[("format", "flowed")])
    docx = make_docx(["Comité d'entraide des Sœurs de la Charité d'Alexandrie (CESC)",
                      "Rapport volontaire - Examen régional du Pacte mondial sur les migrations (2021)",
                      "Accueil des femmes migrantes à Alexandrie : constats et recommandations"])
    att = leaf(DOCX, docx, cte="base64", params=[("name", '"%s"' % M08_DOCX)],
               disp='attachment;\r\n filename="%s"' % M08_DOCX)
    body = multi("mixed", [t, att], "------------E4A1C7B3D9F2065B8C3E1A74")
    body.preamble = "This is a multi-part message in MIME format."
    rows = std_rows(when, "smtp.cesc-alex.example.org", "156.214.33.90", "4DW6rK1sYgz5",
                    "Hana Boutros <h.boutros@cesc-alex.example.org>",
                    hdr("Rapport volontaire + proposition de rapporteuse (CESC Alexandrie)", "utf-8", "Q"),
                    rfcdate(tz(sent, 1)), M08_ID, ret="h.boutros@cesc-alex.example.org")
    rows += [("User-Agent", "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:78.0) Gecko/20100101 Thunderbird/78.7.0"),
             ("Content-Language", "fr")]
    m = top(body, rows)
    m.preamble = body.preamble
    add(8, when, m, dict(category="both", language="fr", acknowledge=True, on_time=True, speakers=[
        sp("Marie-Claire Daou", "directrice du foyer Sainte-Catherine",
           "Comité d'entraide des Sœurs de la Charité d'Alexandrie (CESC)", ["rapporteur"])],
        report_attachments=[M08_DOCX],
        notes="Thunderbird format=flowed 8bit, DOCX report + rapporteur proposal ('rapporteuse pour la "
              "présentation des messages clés'); 'Sœur' is an honorific; the sender writes from Paris (Date "
              "+0100); the speaker's affiliation is the sender's body, named in the first paragraph and signature."))


M09_ID = "<AM6PR02MB4520D83F1A7C6B9E2D04F5A3C8E1@AM6PR02MB4520.eurprd02.prod.outlook.example.com>"


def m09():
    when = at("2021-02-03 15:44:08")
    sent = when - dt.timedelta(seconds=22)
    text = """Dear colleagues,

Thank you for the invitation. The Amman Interfaith Dialogue Centre would like to nominate the following:

Rev. Samer Azar | Co-Director | Amman Interfaith Dialogue Centre (AIDC)
  -> floor intervention, plenary session

In addition, our Muslim co-director, Sheikh Dr. Yahya Qudah, would like to contribute to the open discussion of the multi-stakeholder consultation on 23 Feb. (He also teaches Islamic jurisprudence at the University of Jordan, but he would be speaking for the Centre.)

Both speak Arabic and English. Please let me know if you need photos or bios.

Kind regards,
Lina Hijazi
Programme Officer, AIDC
Jabal Al-Weibdeh, Amman
"""
    html = html_wrap('<div class="WordSection1">' + text2html(text).replace(
        "Rev. Samer Azar | Co-Director | Amman Interfaith Dialogue Centre (AIDC)",
        "<b>Rev. Samer Azar | Co-Director | Amman Interfaith Dialogue Centre (AIDC)</b>") + "</div>")
    body = multi("alternative", [leaf("text/plain", text, "utf-8", "base64"), leaf("text/html", html, "utf-8", "base64")],
                 "_000_AM6PR02MB4520D83F1A7C6B9E2D04F5A3C8E1AM6PR02MB4520eurp_")
    rows = std_rows(when, "mail-he1eur02on0610.outbound.protection.outlook.example.com", "40.107.5.110",
                    "4DWJ8c6FvNz2", "Lina Hijazi <lina.hijazi@aidc-amman.example.org>",
                    "Nominations for the Regional Review (AIDC)", rfcdate(tz(sent, 0)), M09_ID,
                    ret="lina.hijazi@aidc-amman.example.org")
    rows += [("Thread-Topic", "Nominations for the Regional Review (AIDC)"),
             ("Thread-Index", "AQHW+jK3c8uNqR2vL0W9mE1bYx5t6A=="), ("Accept-Language", "en-GB"),
             ("Content-Language", "en-GB")]
    m = top(body, rows)
    aff = "Amman Interfaith Dialogue Centre (AIDC)"
    add(9, when, m, dict(category="speaker_request", language="en", acknowledge=True, on_time=True, speakers=[
        sp("Samer Azar", "Co-Director", aff, ["plenary"]),
        sp("Yahya Qudah", "co-director", aff, ["open_discussion"])],
        notes="first speaker on one line 'Rev. Name | Title | Body (ACR)' with the role on the next line; second in "
              "prose with stacked honorifics 'Sheikh Dr.' and title 'our Muslim co-director'; a second body (the "
              "University of Jordan) is mentioned but he speaks for the Centre; Outlook base64, Date in +0000."))


def m10():
    when = at("2021-02-04 12:30:37")
    sent = when - dt.timedelta(seconds=18)
    text = """بِسْمِ اللهِ الرَّحْمٰنِ الرَّحِيمِ

الســـــادة القائمـــــون على المراجعـــــة الإقليميـــــة للاتفـــــاق العالمـــــي للهجـــــرة المحترمـــــون

السَّلَامُ عَلَيْكُمْ وَرَحْمَةُ اللهِ وَبَرَكَاتُهُ، وَبَعْدُ،

يَتَشَرَّفُ مَجْلِسُ أُمَنَاءِ هَيْئَةِ الوَقْفِ الخَيْرِيِّ لِإِغَاثَةِ النَّازِحِينَ فِي نِينَوَى بِتَرْشِيحِ فَضِيلَةِ الشَّيْخِ مَحْمُود يُونُس الحَيَّالِي، رَئِيسِ مَجْلِسِ الأُمَنَاءِ، لِيَكُونَ مُقَرِّرًا يَنْقُلُ الرَّسَائِلَ الرَّئِيسِيَّةَ لِأَصْحَابِ المَصْلَحَةِ فِي المُؤْتَمَرِ، نَظَرًا لِخِبْرَتِهِ الطَّوِيلَةِ فِي إِغَاثَةِ العَائِدِينَ إِلَى المَوْصِلِ وَتَلَّعْفَرَ.

وَاللهُ وَلِيُّ التَّوْفِيقِ.

مقدّمه
عمر سعد الله الطائي
مسؤول العلاقات العامة
الموصل – العراق
"""
    body = leaf("text/plain", text, "UTF-8", "base64")
    rows = std_rows(when, "mail-pj1-f52.google.example.com", "209.85.216.52", "4DWv3T0kMdz7",
                    addr("عمر الطائي", "omar.altaee.waqf@gmail.example.com"),
                    hdr("ترشيـــح مقـــرر"), rfcdate(tz(sent, 3)),
                    "<CAP1zY5nW7-eQ3sR8tUv0xB2cD6fG9hJ4kL1mN7oP2qS@mail.gmail.example.com>",
                    ret="omar.altaee.waqf@gmail.example.com")
    m = top(body, rows)
    add(10, when, m, dict(category="speaker_request", language="ar", acknowledge=True, on_time=True, speakers=[
        sp("محمود يونس الحيالي", "رئيس مجلس الأمناء", "هيئة الوقف الخيري لإغاثة النازحين في نينوى", ["rapporteur"])],
        notes="Arabic with full diacritics (tashkeel) in the body and tatweel (ـــ) in the greeting and subject: "
              "labels are written without diacritics, so they are not found verbatim; name preceded by 'فضيلة "
              "الشيخ'; rapporteur as 'مقررًا ينقل الرسائل الرئيسية'; affiliation inside the genitive chain "
              "'مجلس أمناء هيئة ... في نينوى'; sender (PR officer) is not the speaker; plain text base64, Date +0300."))


def m11():
    when = at("2021-02-04 17:05:12")
    sent = when - dt.timedelta(seconds=8)
    text = """Salam alikoum,

Svp est ce que le rapport volontaire peut etre envoyer en arabe ou bien il faut obligatoirement le francais ou l'anglais ? Et y a t il une longueur max (nbr de pages) ?

Aussi on a pas reçu le lien d'inscription pour la consultation du 23, c normal ?

Merci bcp et bon courage

Yacine Belkacem
Chargé de projets migration
Secours Islamique Solidarité - bureau de Khartoum
(actuellement à Alger)
"""
    body = leaf("text/plain", text, "iso-8859-1", "quoted-printable", params=[("format", "flowed")])
    rows = std_rows(when, "mx.yahoo-mail.example.com", "74.6.231.20", "4DX3nP7yQwz0",
                    "yacine belkacem <y_belkacem@yahoo.example.fr>",
                    "question rapport", rfcdate(tz(sent, 1)),
                    "<1946382051.2210377.1612454704112@mail.yahoo.example.com>",
                    ret="y_belkacem@yahoo.example.fr")
    rows += [("X-Mailer", "WebService/1.1.17648 YMailNorrin")]
    m = top(body, rows)
    add(11, when, m, dict(category="other", language="fr", acknowledge=True, on_time=None,
        notes="Maghrebi-style informal French ('Salam alikoum', 'svp', 'c normal ?', missing accents) from Algiers "
              "(Date +0100), latin-1 QP; questions about the report language/length and the registration link: "
              "mentions 'rapport volontaire' but submits nothing."))


M12_ID = "<DB7PR03MB4172E5A9C1F3D08B6E27A4C9D1B3@DB7PR03MB4172.eurprd03.prod.outlook.example.com>"


def m12():
    when = at("2021-02-05 23:56:14")
    sent = when - dt.timedelta(seconds=12)
    text = """Dear organisers,

Sorry for the last-minute email, the electricity and the internet were both down here most of the evening.

The Nineveh Plains Interfaith Relief Council would like to propose Sr. Nadia Elias, our Women's Protection Coordinator, for the open discussion, or otherwise any plenary. Sister Nadia has worked with displaced and returnee families in Qaraqosh and Bartella since 2017 and with Yazidi women survivors in Dohuk.

We hope this can still be considered.

With best wishes,
Dr. Bassam Ishaq
Secretary General
Nineveh Plains Interfaith Relief Council (NPIRC)
Erbil / Qaraqosh, Iraq
"""
    body = leaf("text/plain", text, "Windows-1252", "quoted-printable")
    rows = std_rows(when, "mail-db8eur05olkn2044.outbound.protection.outlook.example.com", "40.92.89.44",
                    "4DXhZ41wMcz3", "Bassam Ishaq <bassam.ishaq@hotmail.example.com>",
                    "Speaker proposal NPIRC", rfcdate(tz(sent, 3)), M12_ID,
                    ret="bassam.ishaq@hotmail.example.com")
    rows += [("X-MS-Exchange-Organization-SCL", "1"), ("Content-Language", "en-US")]
    m = top(body, rows)
    add(12, when, m, dict(category="speaker_request", language="en", acknowledge=True, on_time=True, speakers=[
        sp("Nadia Elias", "Women's Protection Coordinator", "Nineveh Plains Interfaith Relief Council (NPIRC)",
           ["open_discussion", "plenary"])],
        notes="deadline edge: received 23:56:14 Beirut on Fri 5 Feb (on time) but the Date header reads 'Sat, 6 Feb "
              "2021 00:56:02 +0300' (Erbil) and the sender apologises for being last-minute; roles 'for the open "
              "discussion, or otherwise any plenary' = open_discussion + plenary; 'Sr.'/'Sister' honorifics; "
              "sender (Dr., Secretary General) is not the speaker; hotmail plain text."))


def m13():
    when = at("2021-02-06 00:04:40")
    sent = when - dt.timedelta(seconds=9)
    text = """Bonsoir,

Je me permets de vous écrire de Montréal où je suis en mission depuis lundi. Au nom du Conseil, je souhaiterais prendre la parole lors de la table ronde 1 le 24 février. Nous travaillons depuis 2015 avec les paroisses et les mosquées du Akkar sur l'accompagnement des travailleurs migrants et des réfugiés.

J'espère que c'est encore dans les délais chez vous, il est à peine 17h ici :)

Bien à vous,

Karim Abi Nader
Chargé de plaidoyer
Conseil des Églises pour la solidarité avec les migrants - Liban (CESM)
+961 3 218 664
"""
    sig_html = ('<div><span style="color:#888">--</span><br><b>Karim Abi Nader</b><br><i>Chargé de plaidoyer</i><br>'
                'Conseil des Églises pour la solidarité avec les migrants - Liban (CESM)<br>+961 3 218 664</div>')
    html = ('<div dir="ltr">' + text2html(text.split("\nKarim Abi Nader")[0]) + sig_html + "</div>\n")
    body = multi("alternative", [leaf("text/plain", text, "UTF-8"), leaf("text/html", html, "UTF-8")],
                 "000000000000b8c9d005bab1e4f2")
    rows = std_rows(when, "mail-qk1-f172.google.example.com", "209.85.222.172", "4DXhm20rXbz9",
                    "Karim Abi Nader <karim.abinader@cesm-liban.example.org>",
                    hdr("Demande d'intervention – table ronde 1", "utf-8", "Q"), rfcdate(tz(sent, -5)),
                    "<CAN2wH6yP4-kT8vB1nR3sM0qZ7aE5dF9gC2jL6xU4iO@mail.gmail.example.com>",
                    ret="karim.abinader@cesm-liban.example.org")
    m = top(body, rows)
    add(13, when, m, dict(category="speaker_request", language="fr", acknowledge=True, on_time=False, speakers=[
        sp("Karim Abi Nader", "Chargé de plaidoyer", "Conseil des Églises pour la solidarité avec les migrants - Liban (CESM)",
           ["roundtable"], 1)],
        notes="deadline edge: received 00:04:40 Beirut on Sat 6 Feb (late by under 5 minutes); the Date header is "
              "'Fri, 5 Feb 2021 17:04:31 -0500' (Montréal) and the sender believes he is on time; self-proposal, "
              "name/title/body only in the signature; Levantine French."))


M14_ID = "<CAF9mB3xT6-qR1wE4yU7iO0pA2sD5fG8hJ1kL4zX7cV@mail.gmail.example.com>"


def m14():
    when = at("2021-02-06 09:20:11")
    sent = when - dt.timedelta(seconds=7)
    text = """صباح الخير

حسب خطاب الدعوة اللي وصلنا بالعربي آخر ميعاد لطلبات الكلمات هو يوم الجمعة ٢٣ فبراير، فبنبعت طلبنا دلوقتي.

حابين أبونا يوساب عزيز، مسؤول لجنة خدمة اللاجئين، يلقي كلمة في الجلسة العامة يوم ٢٤ أو ٢٥. أبونا يوساب بيخدم اللاجئين السودانيين والإريتريين في القاهرة من أكتر من عشر سنين، وعنده خبرة كبيرة في موضوع التعليم والصحة للأطفال.

ياريت تردوا علينا على الإيميل ده.
مع خالص الشكر

مينا فايز
سكرتير لجنة خدمة اللاجئين – كنيسة مار جرجس بالزيتون
القاهرة
"""
    html = '<div dir="rtl">' + text2html(text) + "</div>\n"
    body = multi("alternative", [leaf("text/plain", text, "UTF-8"), leaf("text/html", html, "UTF-8")],
                 "000000000000f1a2b305bab8c3d6")
    rows = std_rows(when, "mail-wr1-f65.google.example.com", "209.85.221.65", "4DXvP83tHnz4",
                    addr("Mina Fayez", "mina.fayez.zeitoun@gmail.example.com"),
                    hdr("طلب كلمة لأبونا يوساب"), rfcdate(sent), M14_ID,
                    ret="mina.fayez.zeitoun@gmail.example.com")
    m = top(body, rows)
    add(14, when, m, dict(category="speaker_request", language="ar", acknowledge=True, on_time=False, speakers=[
        sp("يوساب عزيز", "مسؤول لجنة خدمة اللاجئين", "لجنة خدمة اللاجئين – كنيسة مار جرجس بالزيتون", ["plenary"])],
        notes="late (Sat 6 Feb morning): relies on the Arabic letter's misprinted deadline 'الجمعة ٢٣ فبراير'; "
              "Egyptian colloquial; Coptic honorific 'أبونا' (also in the subject); the fullest affiliation is in "
              "the sender's signature (committee + church), the speaker's title names the committee; Eastern "
              "Arabic digits."))


def m15():
    when = at("2021-02-07 08:00:21")
    sent = when - dt.timedelta(seconds=2)
    ack = "<ack-20210206-0417@gcmrr.iom.int>"
    text = """شكراً على رسالتك.
أنا خارج المكتب حتى يوم الأحد ١٤ فبراير (خلوة روحية للخدام) ولن أتمكن من الرد على البريد.
للأمور العاجلة يرجى الاتصال بمكتب الكنيسة.

مينا فايز
"""
    body = leaf("text/plain", text, "utf-8", "base64")
    rows = std_rows(when, "mail-wr1-f65.google.example.com", "209.85.221.65", "4DYMr10gJcz2",
                    addr("Mina Fayez", "mina.fayez.zeitoun@gmail.example.com"),
                    re_hdr("Re: ", "طلب كلمة لأبونا يوساب"), rfcdate(sent),
                    "<CAF9mB3xU0-vacation-5e7d1c2a9b@mail.gmail.example.com>")
    rows[0] = ("Return-Path", "<>")
    rows += [("In-Reply-To", ack), ("References", ack), ("Auto-Submitted", "auto-replied"),
             ("Precedence", "bulk")]
    m = top(body, rows)
    add(15, when, m, dict(category="auto_reply", language="ar", acknowledge=False, on_time=None,
        notes="Gmail vacation responder answering our acknowledgement of h77-14 (Auto-Submitted: auto-replied, "
              "null Return-Path, 'Re:' + original subject); reads like a short personal note in Arabic."))


M08_ACK = "<ack-20210203-0301@gcmrr.iom.int>"


def m16():
    when = at("2021-02-08 10:12:50")
    sent = when - dt.timedelta(seconds=10)
    text = """Merci beaucoup pour votre confirmation, c'est bien reçu. Sœur Marie-Claire est ravie !

Bonne journée,
Hana

Le 03/02/2021 à 09:02, GCM Regional Review Arab States a écrit :
> Nous accusons réception de votre message.
"""
    body = leaf("text/plain", flowed(text), "UTF-8", "8bit", params=[("format", "flowed")])
    rows = std_rows(when, "smtp.cesc-alex.example.org", "156.214.33.90", "4DYyK50vPfz1",
                    "Hana Boutros <h.boutros@cesc-alex.example.org>",
                    hdr("Re: Rapport volontaire + proposition de rapporteuse (CESC Alexandrie)", "utf-8", "Q"),
                    rfcdate(sent), "<8a3e5f71-2c4d-4b9e-a06f-7d1c3b5e9f20@cesc-alex.example.org>",
                    ret="h.boutros@cesc-alex.example.org")
    rows += [("In-Reply-To", M08_ACK), ("References", M08_ID + " " + M08_ACK),
             ("User-Agent", "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:78.0) Gecko/20100101 Thunderbird/78.7.0")]
    m = top(body, rows)
    add(16, when, m, dict(category="other", language="fr", acknowledge=False, on_time=None, thread_of="h77-08.eml",
        notes="thank-you reply to our acknowledgement of h77-08 (References: h77-08 + our ack): adds nothing new, "
              "must not be acknowledged; mentions the proposed rapporteur by honorific + first name only."))


M17_ODT = "CICDS - Rapport volontaire PMM 2021.odt"


def m17():
    when = at("2021-02-09 18:25:03")
    sent = when - dt.timedelta(seconds=16)
    text = """Bonsoir,

Comme convenu lors de la réunion de coordination de la société civile jeudi dernier, vous trouverez ci-joint le rapport volontaire du Centre islamo-chrétien pour le dialogue et la solidarité (CICDS), Saïda.

Le fichier est au format ODT, nous travaillons sous LibreOffice. Si vous avez besoin d'un PDF ou d'un Word, dites-le nous et on vous l'envoie tout de suite.

Merci pour votre travail et à bientôt,

Walid Bizri
co-président du CICDS
"""
    t = leaf("text/plain", flowed(text), "UTF-8", "8bit", params=[("format", "flowed")])
    odt = make_odt(["Centre islamo-chrétien pour le dialogue et la solidarité (CICDS) - Saïda, Liban",
                    "Rapport volontaire - Examen régional du Pacte mondial pour des migrations sûres, ordonnées et régulières",
                    "1. Réfugiés palestiniens et syriens à Saïda", "2. Travailleuses domestiques migrantes",
                    "3. Recommandations"])
    att = Message(policy=POL)
    att["Content-Type"] = '%s;\r\n name="%s"' % (ODT, M17_ODT)
    att["Content-Transfer-Encoding"] = "base64"
    att["Content-Disposition"] = 'attachment;\r\n filename="%s"' % M17_ODT
    att.set_payload(base64.encodebytes(odt).decode("ascii"))
    body = multi("mixed", [t, att], "------------0B7D2E9A4C1F6835E2A7D0C9")
    body.preamble = "This is a multi-part message in MIME format."
    rows = std_rows(when, "mail.cicds-saida.example.org", "178.135.90.12", "4DZbT72cWkz6",
                    "Walid Bizri <w.bizri@cicds-saida.example.org>",
                    "Rapport volontaire CICDS (Saida)", rfcdate(sent),
                    "<e1d94b7a-6c3f-4e28-b5a0-93f2c7d1e846@cicds-saida.example.org>",
                    ret="w.bizri@cicds-saida.example.org")
    rows += [("User-Agent", "Mozilla/5.0 (X11; Linux x86_64; rv:78.0) Gecko/20100101 Thunderbird/78.7.1"),
             ("Content-Language", "fr")]
    m = top(body, rows)
    m.preamble = body.preamble
    add(17, when, m, dict(category="voluntary_report", language="fr", acknowledge=True, on_time=True,
        report_attachments=[M17_ODT],
        notes="report attached as OpenDocument .odt (application/vnd.oasis.opendocument.text), file name with "
              "spaces; interfaith centre; offers a PDF/Word version later (nothing else attached)."))


M18_ID = "<VE1PR06MB6942B1D7E3A5C9F0842E6A1D7B3C@VE1PR06MB6942.eurprd06.prod.outlook.example.com>"
M18_PDF = "تقرير المراجعة الطوعية - جمعية الإحسان.pdf"


def m18():
    when = at("2021-02-10 13:40:27")
    sent = when - dt.timedelta(seconds=35)
    text = """السلام عليكم ورحمة الله

نرسل ليكم مع الإيميل ده التقرير الطوعي بتاع جمعية الإحسان الخيرية للإغاثة عن تنفيذ الاتفاق العالمي للهجرة في السودان، وبيغطي شغلنا مع المهاجرين واللاجئين في القضارف وكسلا والخرطوم.

وكمان لو في فرصة أنا بحب أشارك بمداخلة في المائدة المستديرة الرابعة، عشان أعرض تجربة الجمعية في الحماية.

جزاكم الله خير

د. إخلاص عبد الله الطيب
منسقة برنامج حماية المهاجرين
جمعية الإحسان الخيرية للإغاثة – السودان
"""
    html = html_wrap('<div dir="rtl">' + text2html(text) + "</div>", "rtl")
    alt = multi("alternative", [leaf("text/plain", text, "utf-8", "base64"), leaf("text/html", html, "utf-8", "base64")],
                "_000_VE1PR06MB6942B1D7E3A5C9F0842E6A1D7B3CVE1PR06MB6942eurp_")
    pdf = make_pdf(["Al-Ihsan Charitable Relief Society - Sudan", "Voluntary GCM Review Report 2021",
                    "Gedaref, Kassala and Khartoum"])
    att = utf_att("application/pdf", pdf, M18_PDF)
    body = multi("mixed", [alt, att], "_004_VE1PR06MB6942B1D7E3A5C9F0842E6A1D7B3CVE1PR06MB6942eurp_")
    rows = std_rows(when, "mail-am6eur05on2070.outbound.protection.outlook.example.com", "40.107.22.70",
                    "4DZxQ93nBrz5", addr("إخلاص الطيب", "ikhlas.eltayeb@alihsan-sd.example.org"),
                    hdr("التقرير الطوعي + طلب مداخلة"), rfcdate(sent), M18_ID,
                    ret="ikhlas.eltayeb@alihsan-sd.example.org")
    rows += [("Thread-Topic", hdr("التقرير الطوعي + طلب مداخلة")), ("Content-Language", "ar-SA"),
             ("X-MS-Has-Attach", "yes")]
    m = top(body, rows)
    add(18, when, m, dict(category="both", language="ar", acknowledge=True, on_time=False, speakers=[
        sp("إخلاص عبد الله الطيب", "منسقة برنامج حماية المهاجرين", "جمعية الإحسان الخيرية للإغاثة – السودان",
           ["roundtable"], 4)],
        report_attachments=[M18_PDF],
        notes="'both' where only one part is on time: the report (10 Feb) is within the 16 Feb deadline but the "
              "speaking request is after 5 Feb, so on_time is false; Sudanese colloquial; self-proposal, details "
              "in the signature with honorific 'د.'; Arabic PDF name in RFC 2231 filename* / RFC 2047 name."))


def m19():
    when = at("2021-02-11 09:15:42")
    qid = "4DbQx03kHtz8"
    rcpt = "ikhlas.eltayib@alihsan-sd.example.org"
    text = POSTFIX_NOTICE + """
<%s>: host mx.alihsan-sd.example.org[196.29.170.4]
    said: 552 5.2.2 <%s>: Mailbox full (in reply to RCPT TO
    command)
""" % (rcpt, rcpt)
    arr = when - dt.timedelta(seconds=13)
    dsn = """Reporting-MTA: dns; mx1.iom.int
X-Postfix-Queue-ID: %s
X-Postfix-Sender: rfc822; gcmrrarabstates@iom.int
Arrival-Date: %s

Final-Recipient: rfc822; %s
Original-Recipient: rfc822;%s
Action: failed
Status: 5.2.2
Remote-MTA: dns; mx.alihsan-sd.example.org
Diagnostic-Code: smtp; 552 5.2.2 <%s>: Mailbox full
""" % (qid, rfcdate(arr, "EET"), rcpt, rcpt, rcpt)
    hdrs = """Received: from gcmrr-ack.iom.int (gcmrr-ack.iom.int [10.20.1.15])
	by mx1.iom.int (Postfix) with ESMTPS id %s
	for <%s>; %s
From: GCM Regional Review Arab States <gcmrrarabstates@iom.int>
To: %s
Subject: =?UTF-8?B?UmU6INin2YTYqtmC2LHZitixINin2YTYt9mI2LnZiiArINi32YTYqCDZhdiv2KfYrtmE2Kk=?=
Date: %s
Message-ID: <ack-20210211-0529@gcmrr.iom.int>
In-Reply-To: %s
References: %s
Auto-Submitted: auto-replied
""" % (qid, rcpt, rfcdate(arr, "EET"), rcpt, rfcdate(arr), M18_ID, M18_ID)
    p1 = leaf("text/plain", text, "us-ascii", "7bit", extra=[("Content-Description", "Notification")])
    p2 = Message(policy=POL)
    p2["Content-Description"] = "Delivery report"
    p2["Content-Type"] = "message/delivery-status"
    from email.parser import Parser
    for block in dsn.strip("\n").split("\n\n"):
        p2.attach(Parser(policy=POL).parsestr(block + "\n", headersonly=True))
    p3 = leaf("text/rfc822-headers", hdrs, "us-ascii", "7bit",
              extra=[("Content-Description", "Undelivered Message Headers")])
    body = multi("report", [p1, p2, p3], "%s.1613027742/mx1.iom.int" % qid,
                 params=[("report-type", "delivery-status")])
    body.preamble = "This is a MIME-encapsulated message."
    m = Message(policy=POL)
    m["Return-Path"] = "<>"
    m["Delivered-To"] = BOX
    m["Received"] = "by mx1.iom.int (Postfix)\r\n\tid %s; %s" % (qid, rfcdate(when, "EET"))
    m["Date"] = rfcdate(when, "EET")
    m["From"] = "MAILER-DAEMON@mx1.iom.int (Mail Delivery System)"
    m["Subject"] = "Undelivered Mail Returned to Sender"
    m["To"] = BOX
    m["Auto-Submitted"] = "auto-replied"
    m["MIME-Version"] = "1.0"
    m["Message-Id"] = "<20210211071542.%s@mx1.iom.int>" % qid
    for k, v in body.items():
        m[k] = v
    m.set_payload(body.get_payload())
    m.preamble = body.preamble
    add(19, when, m, dict(category="bounce", language="en", acknowledge=False, on_time=None,
        notes="Postfix DSN (multipart/report, 5.2.2 mailbox full) for our acknowledgement of h77-18, addressed to "
              "a misspelt variant of the sender's address (eltayib/eltayeb); the returned headers carry an Arabic "
              "RFC 2047 subject and In-Reply-To h77-18: must not be acknowledged nor threaded as a submission."))


def m20():
    when = at("2021-02-12 11:02:36")
    sent = when - dt.timedelta(seconds=20)
    inner = """<div dir="ltr" style="font-family:Calibri,sans-serif;font-size:11pt">
<p>Bonjour Madame, Monsieur,</p>
<p>Suite &agrave; la confirmation re&ccedil;ue la semaine derni&egrave;re, notre intervenant, le P&egrave;re Fadi Nassif, est bien inscrit pour la table ronde. Nous avons deux petites questions pratiques&nbsp;:</p>
<ol>
<li>La conf&eacute;rence des 24-25 f&eacute;vrier est-elle enti&egrave;rement en ligne, ou y a-t-il une partie en pr&eacute;sentiel &agrave; Beyrouth&nbsp;? Dans ce cas il lui faudrait une lettre d'invitation pour le visa (il est &agrave; Alep).</li>
<li>Y aura-t-il une interpr&eacute;tation en fran&ccedil;ais, ou doit-il pr&eacute;voir son intervention en arabe&nbsp;?</li>
</ol>
<p>Merci d'avance et meilleures salutations,</p>
<p>Rima Kassab<br>
Assistante de programme<br>
Comit&eacute; de secours de l'&Eacute;glise melkite - Alep<br>
<span style="color:#7f7f7f">Ce message et ses pi&egrave;ces jointes sont confidentiels.</span></p>
</div>"""
    html = html_wrap(inner, charset="iso-8859-1")
    body = leaf("text/html", html, "iso-8859-1", "quoted-printable")
    rows = std_rows(when, "mail-vi1eur04on0714.outbound.protection.outlook.example.com", "40.107.7.114",
                    "4DbmG17xTqz2", "Rima Kassab <rima.kassab@melkite-relief-alep.example.org>",
                    hdr("Questions pratiques - Père Fadi Nassif", "iso-8859-1", "Q"), rfcdate(sent),
                    "<PR3PR06MB6683C2E8A1B4D7F9306A2C5E1D9B@PR3PR06MB6683.eurprd06.prod.outlook.example.com>",
                    ret="rima.kassab@melkite-relief-alep.example.org")
    rows += [("Content-Language", "fr-FR"), ("X-MS-Has-Attach", "")]
    m = top(body, rows)
    add(20, when, m, dict(category="other", language="fr", acknowledge=True, on_time=None,
        notes="HTML-only (latin-1 QP, HTML entities) logistics question about an already confirmed speaker "
              "('notre intervenant, le Père Fadi Nassif, est bien inscrit pour la table ronde'): names a priest, a "
              "title and a body and mentions a roundtable, but proposes nobody; the earlier request is not in this "
              "set; Syrian sender writing French."))


def m21():
    when = at("2021-02-12 14:02:58")
    sent = when - dt.timedelta(seconds=11)
    name = "SIRDA_GCM_Voluntary_Report_2021_v2.pdf"
    text = """Dear colleagues,

Please find attached a revised version (v2) of our report, which replaces the one I sent on 1 February. The figures for Gedaref in section 3 were wrong in the first version and we added a short annex on COVID-19.

Sorry for the inconvenience.

Regards,
Mohamed

On Mon, Feb 1, 2021 at 11:20 AM Mohamed Osman <m.osman.sirda@gmail.example.com> wrote:
""" + quote(M04_TEXT) + "\n"
    html = ('<div dir="ltr">' + text2html(text.split("\nOn Mon")[0]) + '</div><br><div class="gmail_quote">'
            '<div dir="ltr" class="gmail_attr">On Mon, Feb 1, 2021 at 11:20 AM Mohamed Osman &lt;'
            'm.osman.sirda@gmail.example.com&gt; wrote:<br></div><blockquote class="gmail_quote" '
            'style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex">'
            + text2html(M04_TEXT) + "</blockquote></div>\n")
    alt = multi("alternative", [leaf("text/plain", text, "UTF-8"), leaf("text/html", html, "UTF-8")],
                "000000000000a9b8c705bb2d4e61")
    pdf = pdf_att(name, ["Sudanese Islamic Relief and Development Agency (SIRDA)",
                         "Voluntary GCM Review Report 2021 - collective report - REVISED v2",
                         "Annex: COVID-19 and migrants in eastern Sudan"], extra=[("X-Attachment-Id", "f_kl1z8p2c0")])
    body = multi("mixed", [alt, pdf], "000000000000a9b8c905bb2d4e63")
    rows = std_rows(when, "mail-lj1-f172.google.example.com", "209.85.208.172", "4DbrS62pLhz7",
                    "Mohamed Osman <m.osman.sirda@gmail.example.com>",
                    "Re: GCM voluntary review report - SIRDA Sudan", rfcdate(sent),
                    "<CAHs9dT7eN2-rY5uWq8iP1oAs4dFg7hJk0lZx3cVb6nM@mail.gmail.example.com>",
                    ret="m.osman.sirda@gmail.example.com")
    rows += [("In-Reply-To", M04_ID), ("References", M04_ID)]
    m = top(body, rows)
    add(21, when, m, dict(category="voluntary_report", language="en", acknowledge=True, on_time=True,
        report_attachments=[name], thread_of="h77-04.eml",
        notes="revised report (v2) replacing the one of h77-04, sent as a Gmail reply to his own mail; the quoted "
              "original still says 'Please find attached' but only the v2 PDF is attached now."))


def m22():
    when = at("2021-02-15 16:30:19")
    sent = when - dt.timedelta(seconds=27)
    name = "GCM report - Waqf Aleppo.docx"
    text = """مرحبا،

بعتنالكن مع هالإيميل التقرير الطوعي تبع لجنة الأوقاف الخيرية لدعم المهجّرين بحلب عن تطبيق الاتفاق العالمي للهجرة. التقرير جماعي، اشتغلنا عليه مع جمعيتين خيريتين بإدلب وريف حلب الشمالي.

إذا في أي ملاحظة أو بدكن ياه بصيغة تانية خبّرونا.

مع التحية،
سامر حجّار
منسّق البرامج
لجنة الأوقاف الخيرية لدعم المهجّرين – حلب
"""
    html = html_wrap('<div class="WordSection1" dir="rtl">' + text2html(text) + "</div>", "rtl")
    alt = multi("alternative", [leaf("text/plain", text, "utf-8", "base64"), leaf("text/html", html, "utf-8", "base64")],
                "_000_DB9PR01MB7354A2C8E6F1B3D9047A5E2C6B1DDB9PR01MB7354eurp_")
    docx = make_docx(["لجنة الأوقاف الخيرية لدعم المهجّرين – حلب", "التقرير الطوعي - الاتفاق العالمي للهجرة 2021",
                      "Waqf Charitable Committee for the Support of the Displaced - Aleppo"])
    att = leaf(DOCX, docx, cte="base64", params=[("name", '"%s"' % name)],
               disp='attachment; filename="%s"; size=%d' % (name, len(docx)))
    body = multi("mixed", [alt, att], "_004_DB9PR01MB7354A2C8E6F1B3D9047A5E2C6B1DDB9PR01MB7354eurp_")
    rows = std_rows(when, "mail-db9eur01on0622.outbound.protection.outlook.example.com", "40.107.1.122",
                    "4DdS7k2GvMz0", addr("سامر حجار", "samer.hajjar@waqf-aleppo.example.org"),
                    hdr("التقرير الطوعي - لجنة الأوقاف - حلب"), rfcdate(sent),
                    "<DB9PR01MB7354A2C8E6F1B3D9047A5E2C6B1D@DB9PR01MB7354.eurprd01.prod.outlook.example.com>",
                    ret="samer.hajjar@waqf-aleppo.example.org")
    rows += [("Content-Language", "ar-SY"), ("X-MS-Has-Attach", "yes")]
    m = top(body, rows)
    add(22, when, m, dict(category="voluntary_report", language="ar", acknowledge=True, on_time=True,
        report_attachments=[name],
        notes="Levantine (Syrian) colloquial ('بعتنالكن', 'تبع', 'بدكن ياه'); collective report from a waqf "
              "committee; English file name on an Arabic message; Outlook base64."))


def m23():
    when = at("2021-02-16 23:52:40")
    sent = when - dt.timedelta(seconds=9)
    name = "تقرير_جمعية_البشائر_الأردن.pdf"
    text = """هلا والله

معذرة على التأخير، هذا التقرير الطوعي حق جمعية البشائر الخيرية (مكتب الأردن)، الإخوان في عمّان تأخروا علينا في الأرقام. الله يعطيكم العافية وتقبلوا تحياتي

فهد العتيبي
جمعية البشائر الخيرية

مرسل من الـiPhone
"""
    t1 = leaf("text/plain", text, "utf-8", "quoted-printable")
    pdf = make_pdf(["Al-Bashaer Charitable Society - Jordan office", "Voluntary GCM Review Report 2021",
                    "Support to migrant workers and refugees in Mafraq and Irbid"])
    att = Message(policy=POL)
    att["Content-Type"] = "application/pdf;\r\n\tname=\"%s\";\r\n\tx-unix-mode=0644" % b_word(name)
    att["Content-Transfer-Encoding"] = "base64"
    att["Content-Disposition"] = "inline;\r\n\tfilename*=%s" % rfc2231(name)
    att.set_payload(base64.encodebytes(pdf).decode("ascii"))
    t2 = leaf("text/plain", "\n", "us-ascii", "7bit")
    body = multi("mixed", [t1, att, t2], "Apple-Mail-3C9E1A7B-5D2F-4E80-B6A4-9F1C7D3E5B20")
    rows = std_rows(when, "mail.albashaer.example.org", "37.99.152.40", "4DfT0n3qXvz4",
                    addr("فهد العتيبي", "f.alotaibi@albashaer.example.org"),
                    hdr("تقرير"), rfcdate(tz(sent, 3)),
                    "<4E7A2C91-8B3D-4F5E-A6C0-1D9B7E3F5A28@albashaer.example.org>",
                    ret="f.alotaibi@albashaer.example.org")
    rows += [("X-Mailer", "iPhone Mail (18D52)")]
    m = top(body, rows)
    add(23, when, m, dict(category="voluntary_report", language="ar", acknowledge=True, on_time=True,
        report_attachments=[name],
        notes="deadline edge: received 23:52:40 Beirut on Tue 16 Feb (on time) but the Date header says 'Wed, 17 "
              "Feb 2021 00:52:31 +0300' (Gulf) and the sender apologises for the delay; Gulf colloquial ('هلا "
              "والله', 'حق'); one-word subject; iPhone mixed[text, inline PDF, text] with an Arabic file name."))


def m24():
    when = at("2021-02-17 00:06:20")
    sent = when - dt.timedelta(seconds=11)
    name = "Rapport volontaire CISRS Soudan.pdf"
    text = """Bonsoir,

Ci-joint le rapport volontaire du Conseil interreligieux de solidarité avec les réfugiés au Soudan (CISRS) pour l'examen régional du PMM. Désolé pour l'heure tardive, on a finalisé la traduction ce soir. Normalement on est encore le 16 donc dans les délais inchallah.

Cordialement
Rachid El Amrani
Chargé de mission, CISRS
"""
    html = '<div dir="ltr">' + text2html(text) + "</div>\n"
    alt = multi("alternative", [leaf("text/plain", text, "UTF-8"), leaf("text/html", html, "UTF-8")],
                "000000000000e2d3c405bb6f0a18")
    pdf = pdf_att(name, ["Conseil interreligieux de solidarite avec les refugies au Soudan (CISRS)",
                         "Rapport volontaire - Examen regional du PMM, 2021"], extra=[("X-Attachment-Id", "f_kl9a1b2c0")])
    body = multi("mixed", [alt, pdf], "000000000000e2d3c605bb6f0a1a")
    rows = std_rows(when, "mail-wm1-f43.google.example.com", "209.85.128.43", "4DfTBz5rKmz1",
                    "Rachid El Amrani <rachid.elamrani@cisrs.example.org>",
                    "Rapport volontaire CISRS", rfcdate(tz(sent, 1)),
                    "<CAJ5rE0wQ3-mT7yU2iO9pA4sD1fG6hK8lZ5xC2vB0nQ@mail.gmail.example.com>",
                    ret="rachid.elamrani@cisrs.example.org")
    m = top(body, rows)
    add(24, when, m, dict(category="voluntary_report", language="fr", acknowledge=True, on_time=False,
        report_attachments=[name],
        notes="late by about 6 minutes: received 00:06:20 Beirut on Wed 17 Feb, while the Date header is 'Tue, 16 "
              "Feb 2021 23:06:09 +0100' (Morocco) and the sender claims to be within the deadline; Maghrebi "
              "French ('inchallah')."))


def main():
    for f in (m01, m02, m03, m04, m05, m06, m07, m08, m09, m10, m11, m12, m13, m14, m15, m16, m17, m18, m19,
              m20, m21, m22, m23, m24):
        f()
    os.makedirs(OUT, exist_ok=True)
    for n in os.listdir(OUT):
        if n.endswith(".eml") or n == "labels.json":
            os.remove(os.path.join(OUT, n))
    labels = []
    prev = None
    for fname, data, lab in MESSAGES:
        assert len(data) < 1024 * 1024, fname
        with open(os.path.join(OUT, fname), "wb") as fh:
            fh.write(data)
        r = dt.datetime.fromisoformat(lab["received_at"])
        assert prev is None or r > prev, fname
        prev = r
        labels.append(lab)
    with open(os.path.join(OUT, "labels.json"), "w", encoding="utf-8", newline="\n") as fh:
        json.dump(labels, fh, ensure_ascii=False, indent=2)
        fh.write("\n")
    print("wrote %d messages to %s" % (len(MESSAGES), OUT))


if __name__ == "__main__":
    main()
