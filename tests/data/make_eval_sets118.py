#!/usr/bin/env python3
"""Write the blind evaluation set holdout118 (24 raw .eml messages + labels.json).

Deterministic, standard library only:  /tmp/venv/bin/python tests/data/make_eval_sets118.py
Theme: registration-form style requests (pasted online-form / template fields, tick boxes for roles,
fields out of order, split first/last names, forms for several speakers, half-filled forms completed later).
"""
import base64
import datetime as dt
import json
import os
from email.message import Message
from mailgen import (HERE, BOX, POL, rfcdate, at, tz, hdr, re_hdr, addr, leaf, multi,
                     html_wrap, esc, text2html, flowed, make_pdf, make_docx, DOCX,
                     rfc2231, b_word, top, serialize, sp, std_rows)
from mailgen import POSTFIX_NOTICE

OUT = os.path.join(HERE, "holdout118")


# ---------------------------------------------------------------- message assembly


MESSAGES = []


def add(num, when, msg, label):
    fname = "h118-%02d.eml" % num
    lab = {"file": fname, "received_at": when.isoformat()}
    lab.update(label)
    full = {k: lab.get(k) for k in ["file", "received_at", "category", "language", "acknowledge", "on_time",
                                    "speakers", "report_attachments", "thread_of", "notes"]}
    for k, default in (("speakers", []), ("report_attachments", []), ("thread_of", None)):
        if full[k] is None and default is not None:
            full[k] = default
    MESSAGES.append((fname, serialize(msg), full))


# ================================================================ small builders for this set
def alt(text, html, bnd, charset="UTF-8", cte_t="quoted-printable", cte_h="quoted-printable"):
    return multi("alternative", [leaf("text/plain", text, charset, cte_t), leaf("text/html", html, charset, cte_h)], bnd)


def gmail_html(text, rtl=False):
    d = "rtl" if rtl else "ltr"
    return '<div dir="%s">' % d + text2html(text) + "</div>\n"


def pdf_part(name, lines, quoted=True, disp="attachment", extra=None):
    pdf = make_pdf(lines)
    q = '"%s"' % name if quoted else name
    return leaf("application/pdf", pdf, cte="base64", params=[("name", q)],
                disp='%s; filename=%s' % (disp, q), extra=extra)


def docx_part(name, paras, extra=None):
    data = make_docx(paras)
    return leaf(DOCX, data, cte="base64", params=[("name", '"%s"' % name)],
                disp='attachment; filename="%s"' % name, extra=extra)


def intl_part(ctype, data, name):
    """Attachment with a non-ASCII file name: RFC 2231 filename*, RFC 2047 name (Outlook/Thunderbird style)."""
    att = Message(policy=POL)
    att["Content-Type"] = '%s;\r\n name="%s"' % (ctype, b_word(name))
    att["Content-Transfer-Encoding"] = "base64"
    att["Content-Disposition"] = "attachment;\r\n filename*=%s" % rfc2231(name)
    att.set_payload(base64.encodebytes(data).decode("ascii"))
    return att


OUTLOOK = [("X-Mailer", "Microsoft Outlook 16.0"), ("Thread-Index", None)]
GMAIL_HOST = ("mail-ed1-f54.google.example.com", "209.85.208.54")


# ================================================================ the 24 messages
def m01():
    when = at("2021-01-27 10:14:22")
    sent = when - dt.timedelta(seconds=3)
    text = """Dear colleagues,

Please find below our speaker request, following the template shared with the invitation letter.

First name: Nour
Last name: Al-Sabbagh
Position: Executive Director
Organization: Migrant Workers Support Initiative (MWSI)
Country: Lebanon
Email: nour@mwsi-lb.example.org
Phone: +961 3 456 789
Preferred session: Roundtable 2

Kind regards,
Nour
"""
    body = alt(text, gmail_html(text), "0000000000009a1f3c05b9d1e7a2")
    rows = std_rows(when, GMAIL_HOST[0], GMAIL_HOST[1], "4DQn2k1Xz9z4R",
                    "Nour Al-Sabbagh <nour@mwsi-lb.example.org>", "Speaker request - GCM Regional Review",
                    rfcdate(sent), "<CAHf8sK2mN1pQ7rT4vX9zB3dF6hJ0lN5pR8tV2xZ4bD7fH1jL@mail.gmail.example.com>",
                    ret="nour@mwsi-lb.example.org")
    add(1, when, top(body, rows), dict(category="speaker_request", language="en", acknowledge=True, on_time=True,
        speakers=[sp("Nour Al-Sabbagh", "Executive Director", "Migrant Workers Support Initiative (MWSI)",
                     ["roundtable"], 2)],
        notes="baseline template: First name / Last name split over two fields, Preferred session 'Roundtable 2'; "
              "name must be joined first + last; signature has the first name only."))


def m02():
    when = at("2021-01-28 12:03:09")
    sent = when - dt.timedelta(seconds=6)
    rows_t = [("الاسم الأول", "سلمى"), ("اسم العائلة", "العبيدي"), ("المسمى الوظيفي", "منسقة مشاريع الحماية"),
              ("الجهة", "منظمة أمل للإغاثة والتنمية (AMAL)"), ("البلد", "العراق – أربيل"),
              ("البريد الإلكتروني", "salma.obaidi@amal-iq.example.org"), ("الهاتف", "+964 750 123 4567"),
              ("الدور المطلوب", "✔ مقرر/ة لعرض الرسائل الرئيسية لأصحاب المصلحة<br>☐ مداخلة في الجلسة العامة<br>"
                                "☐ مداخلة في إحدى الطاولات المستديرة")]
    trs = "\n".join('<tr><td style="border:solid windowtext 1.0pt;padding:4pt;background:#D9E2F3"><b>%s</b></td>'
                    '<td style="border:solid windowtext 1.0pt;padding:4pt">%s</td></tr>' % (k, v) for k, v in rows_t)
    inner = """<div class="WordSection1">
<p class="MsoNormal">السادة الكرام في فريق الاستعراض الإقليمي للاتفاق العالمي من أجل الهجرة،<o:p></o:p></p>
<p class="MsoNormal">تحية طيبة وبعد،<o:p></o:p></p>
<p class="MsoNormal">بالإشارة إلى رسالة الدعوة، يسرّنا أن نرشّح زميلتنا للمشاركة كمتحدثة، وفيما يلي بياناتها وفق نموذج التسجيل:<o:p></o:p></p>
<table class="MsoTableGrid" border="1" cellspacing="0" cellpadding="0" dir="rtl" style="border-collapse:collapse">
%s
</table>
<p class="MsoNormal">&nbsp;<o:p></o:p></p>
<p class="MsoNormal">وتفضلوا بقبول فائق الاحترام،<o:p></o:p></p>
<p class="MsoNormal"><b>حسن الجبوري</b><br>المدير التنفيذي<br>منظمة أمل للإغاثة والتنمية<o:p></o:p></p>
</div>""" % trs
    html = ('<html dir="rtl" xmlns:o="urn:schemas-microsoft-com:office:office"><head>'
            '<meta http-equiv="Content-Type" content="text/html; charset=utf-8">'
            '<meta name="Generator" content="Microsoft Word 15 (filtered medium)"></head>'
            '<body lang="AR-SA" link="#0563C1" vlink="#954F72">\n%s\n</body></html>\n' % inner)
    body = leaf("text/html", html, "utf-8", "base64")
    rows = std_rows(when, "mail.amal-iq.example.org", "185.83.14.20", "4DRb0v7Yk2z1",
                    addr("حسن الجبوري", "h.jubouri@amal-iq.example.org"),
                    hdr("ترشيح متحدثة - الاستعراض الإقليمي للاتفاق العالمي للهجرة"), rfcdate(sent),
                    "<AM6PR03MB4120C1D2E3F4A5B6C7D8E9F0A1B2@AM6PR03MB4120.eurprd03.prod.outlook.example.com>",
                    ret="h.jubouri@amal-iq.example.org")
    rows += [("Thread-Topic", hdr("ترشيح متحدثة")), ("Content-Language", "ar-SA"),
             ("X-MS-Has-Attach", ""), ("X-Mailer", "Microsoft Outlook 16.0")]
    add(2, when, top(body, rows), dict(category="speaker_request", language="ar", acknowledge=True, on_time=True,
        speakers=[sp("سلمى العبيدي", "منسقة مشاريع الحماية", "منظمة أمل للإغاثة والتنمية (AMAL)", ["rapporteur"])],
        notes="Outlook HTML-only (base64) with the Arabic form as a two-column table; first name and family name in "
              "separate cells; role chosen with a tick '✔ مقرر/ة' next to two unticked '☐' rows; the sender (the "
              "executive director, in the signature) is not the speaker."))


def m03():
    when = at("2021-01-29 16:41:55")
    sent = when - dt.timedelta(seconds=4)
    text = """Bonjour,

Suite à votre lettre d'invitation, veuillez trouver ci-dessous la fiche de demande d'intervention de notre association.

Nom : EL AMRANI
Prénom : Youssef
Fonction : Chargé de plaidoyer
Structure : Association Marocaine d'Appui aux Migrants (AMAM)
Pays : Maroc
Tél : +212 6 61 23 45 67
Type d'intervention souhaitée :
☑ Intervention depuis la salle en séance plénière
☐ Table ronde thématique (n° : ___)
☐ Rapporteur des messages clés
☐ Discussion ouverte (23 février)

Nous restons à votre disposition pour tout complément d'information.

Bien à vous,

-- 
Youssef El Amrani
AMAM - Oujda
"""
    body = leaf("text/plain", flowed(text), "UTF-8", "quoted-printable", params=[("format", "flowed")])
    rows = std_rows(when, "smtp.amam-maroc.example.org", "41.248.77.12", "4DRt5p2Kq8z3",
                    "Youssef El Amrani <y.elamrani@amam-maroc.example.org>",
                    hdr("Demande d'intervention – Examen régional du PMM (AMAM)", enc="Q"), rfcdate(tz(sent, 1)),
                    "<5e1b9c7a-3f2d-4e8b-a6c0-91d7f4b2e835@amam-maroc.example.org>", ret="y.elamrani@amam-maroc.example.org")
    rows += [("User-Agent", "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:78.0) Gecko/20100101 Thunderbird/78.6.1"),
             ("Content-Language", "fr")]
    add(3, when, top(body, rows), dict(category="speaker_request", language="fr", acknowledge=True, on_time=True,
        speakers=[sp("Youssef El Amrani", "Chargé de plaidoyer", "Association Marocaine d'Appui aux Migrants (AMAM)",
                     ["plenary"])],
        notes="French form with 'Nom :' (family name in capitals) before 'Prénom :'; name recorded in natural order as "
              "in the signature; four role boxes, only '☑ séance plénière' ticked, the three '☐' rows (incl. a blank "
              "'n° : ___' roundtable) must not count; Thunderbird format=flowed QP, Date in +0100 (Morocco)."))


M04_ID = "<DB7PR02MB5432A1B2C3D4E5F6A7B8C9D0E1F2@DB7PR02MB5432.eurprd02.prod.outlook.example.com>"


def m04():
    when = at("2021-01-30 09:22:37")
    sent = when - dt.timedelta(seconds=5)
    text = """Good morning,

On behalf of the Jordanian Alliance for Migrant Workers' Rights (JAMWR), please find our two speaker nominations below (copied from the registration template).

SPEAKER 1
Last name: HADDAD
First name: Omar
Title: Director
Organization: Jordanian Alliance for Migrant Workers' Rights (JAMWR)
Country: Jordan
Email: o.haddad@jamwr.example.org
Session (please tick):
[x] Roundtable 3
[ ] Plenary
[ ] Rapporteur

SPEAKER 2
Last name: Nassar
First name: Dima
Title: Legal Officer
Organization: JAMWR
Country: Jordan
Email: d.nassar@jamwr.example.org
Session (please tick):
[ ] Roundtable ___
[x] Plenary
[ ] Rapporteur

Omar Haddad will join from Amman; Dima Nassar may be travelling that week, we will confirm her connection details closer to the date.

Best regards,

Lina Qasem
Communications Officer | JAMWR
Amman, Jordan
T: +962 6 555 0147
"""
    body = leaf("text/plain", text, "us-ascii", "7bit")
    rows = std_rows(when, "mail-db7eur02.outbound.protection.outlook.example.com", "40.107.21.88", "4DS2q9Wm1hz6",
                    "Lina Qasem <l.qasem@jamwr.example.org>", "Speaker nominations - JAMWR (2)", rfcdate(sent),
                    M04_ID, ret="l.qasem@jamwr.example.org")
    rows += [("Thread-Topic", "Speaker nominations - JAMWR (2)"), ("Thread-Index", "AdbW3f8kQ2v7l1nZRsyFk0xT3aB9Cg=="),
             ("Content-Language", "en-US"), ("X-Mailer", "Microsoft Outlook 16.0")]
    add(4, when, top(body, rows), dict(category="speaker_request", language="en", acknowledge=True, on_time=True,
        speakers=[sp("Omar Haddad", "Director", "Jordanian Alliance for Migrant Workers' Rights (JAMWR)",
                     ["roundtable"], 3),
                  sp("Dima Nassar", "Legal Officer", "Jordanian Alliance for Migrant Workers' Rights (JAMWR)",
                     ["plenary"])],
        notes="two speaker forms in one mail, each with 'Last name' before 'First name' (first in capitals); "
              "tick boxes '[x]' vs '[ ]' per speaker; speaker 2's Organization is only 'JAMWR' but the full name is "
              "written above; the sender (Communications Officer) is not a speaker."))


def m05():
    when = at("2021-02-01 19:48:11")
    sent = when - dt.timedelta(seconds=9)
    text = """مرحبا،

حاولت عبّي الاستمارة عالرابط يلي بالرسالة بس ما عم تفتح معي، بتطلعلي error. هل لازم نسجّل عالموقع لحتى نحضر الاجتماع التشاوري يوم ٢٣؟ ولا بيكفي نبعتلكن ايميل بالمعلومات؟

وكمان سؤال: التقرير الطوعي لازم يكون بالانكليزي ولا فينا نبعتو بالعربي؟

شكراً سلفاً
رامي

أُرسلت من الـ iPhone
"""
    body = leaf("text/plain", text, "utf-8", "base64")
    rows = std_rows(when, "mail-pl1-f172.google.example.com", "209.85.214.172", "4DTw8n3Hc5z7",
                    "Rami <rami.shami1987@gmail.example.com>", hdr("سؤال عن الاستمارة"), rfcdate(sent),
                    "<6A0D4E2B-91C3-4F7A-B8E5-2D3C1F9A7B64@gmail.example.com>", ret="rami.shami1987@gmail.example.com")
    rows += [("X-Mailer", "iPhone Mail (18C66)")]
    add(5, when, top(body, rows), dict(category="other", language="ar", acknowledge=True, on_time=None,
        notes="Levantine colloquial question from an iPhone (base64): the online form link fails, asks whether "
              "emailing the information is enough and which language the report may be in; mentions the form and "
              "the report but proposes no speaker and attaches nothing."))


M06_ID = "<CAJx4Lw7pS2dR9mF1kH6tY3vB8nQ0cZ5eG7iK2oM4sU6wA8yC@mail.gmail.example.com>"


def m06():
    when = at("2021-02-02 11:05:44")
    sent = when - dt.timedelta(seconds=7)
    name = "Rapport_volontaire_CLDTD_2021.docx"
    text = """Bonjour à toute l'équipe,

J'espère que vous allez bien. Ci-joint le rapport volontaire de notre collectif (c'est un rapport collectif, rédigé avec nos 4 associations membres).

Et comme demandé, voici les infos pour la prise de parole, j'ai copié le formulaire tel quel, désolée pour la mise en page :

Organisation : Collectif Libanais pour les Droits des Travailleuses Domestiques (CLDTD)
Pays : Liban
Fonction : Coordinatrice générale
Nom complet : Maya Abou Jaoudé
Email : maya@cldtd.example.org
Session souhaitée : Table ronde 4 ✔

Merci infiniment et bonne journée,
Maya

--
Maya Abou Jaoudé
CLDTD – Beyrouth
"""
    a = alt(text, gmail_html(text), "000000000000b71e2a05ba5c3d10")
    att = docx_part(name, ["Collectif Libanais pour les Droits des Travailleuses Domestiques (CLDTD)",
                           "Rapport volontaire d'examen du Pacte mondial pour les migrations - Liban, 2021",
                           "Le système de la kafala et les travailleuses domestiques migrantes"],
                    extra=[("X-Attachment-Id", "f_kkn3c8q10")])
    body = multi("mixed", [a, att], "000000000000b71e2c05ba5c3d12")
    rows = std_rows(when, GMAIL_HOST[0], GMAIL_HOST[1], "4DVC1s6Rj0z2",
                    "=?UTF-8?Q?Maya_Abou_Jaoud=C3=A9?= <maya@cldtd.example.org>",
                    hdr("Rapport volontaire + demande de prise de parole – CLDTD", enc="Q"), rfcdate(sent),
                    M06_ID, ret="maya@cldtd.example.org")
    add(6, when, top(body, rows), dict(category="both", language="fr", acknowledge=True, on_time=True,
        speakers=[sp("Maya Abou Jaoudé", "Coordinatrice générale",
                     "Collectif Libanais pour les Droits des Travailleuses Domestiques (CLDTD)", ["roundtable"], 4)],
        report_attachments=[name],
        notes="Lebanese French; report (DOCX) and speaking request in one mail; form fields out of order "
              "(Organisation, Pays, Fonction before 'Nom complet'); role as 'Table ronde 4 ✔'."))


M07_ID = "<CAB9rT2wQ5mK8nV1xZ4cF7hJ0lP3sU6yA9dG2iL5oR8uX1bE@mail.gmail.example.com>"


def m07():
    when = at("2021-02-02 15:30:02")
    sent = when - dt.timedelta(seconds=4)
    text = """Hi,

Filling in the template for our speaker request:

First name: Tarek
Last name: Sultan
Position:
Organization:
Country: Egypt
Email: tarek.sultan@eims-eg.example.org
Phone: +20 100 234 5678
Preferred session: Open discussion - multi-stakeholder consultation (23 Feb)

Thanks a lot,
Tarek

--
Tarek Sultan
Research Coordinator
Egyptian Initiative for Migration Studies (EIMS)
Cairo
"""
    html = ('<div dir="ltr"><div>Hi,</div><div><br></div><div>Filling in the template for our speaker request:</div>'
            '<div><br></div><div>First name: Tarek<br>Last name: Sultan<br>Position:<br>Organization:<br>'
            'Country: Egypt<br>Email: <a href="mailto:tarek.sultan@eims-eg.example.org">tarek.sultan@eims-eg.example.org</a>'
            '<br>Phone: +20 100 234 5678<br>Preferred session: Open discussion - multi-stakeholder consultation (23 Feb)'
            '</div><div><br></div><div>Thanks a lot,</div><div>Tarek</div><div><br></div>-- <br>'
            '<div dir="ltr" class="gmail_signature"><div>Tarek Sultan</div><div>Research Coordinator</div>'
            '<div>Egyptian Initiative for Migration Studies (EIMS)</div><div>Cairo</div></div></div>\n')
    body = alt(text, html, "00000000000043c5d905ba60f1a8")
    rows = std_rows(when, "mail-wm1-f41.google.example.com", "209.85.128.41", "4DVK7d2Nn4z8",
                    "Tarek Sultan <tarek.sultan@eims-eg.example.org>", "speaker request", rfcdate(sent), M07_ID,
                    ret="tarek.sultan@eims-eg.example.org")
    add(7, when, top(body, rows), dict(category="speaker_request", language="en", acknowledge=True, on_time=True,
        speakers=[sp("Tarek Sultan", "Research Coordinator", "Egyptian Initiative for Migration Studies (EIMS)",
                     ["open_discussion"])],
        notes="'Position:' and 'Organization:' left blank in the pasted template; both are only in the Gmail "
              "signature below '--'; role as 'Open discussion - multi-stakeholder consultation (23 Feb)'."))


def m08():
    when = at("2021-02-02 15:31:40")
    sent = when - dt.timedelta(seconds=2)
    text = """Thank you for your email.

I am out of the office until Monday 8 February with limited access to email. For urgent matters please contact info@eims-eg.example.org.

Best,
Tarek Sultan
"""
    body = alt(text, gmail_html(text), "000000000000a8f2d305ba60f7b4")
    rows = std_rows(when, "mail-wm1-f44.google.example.com", "209.85.128.44", "4DVK9g5Tq1z3",
                    "Tarek Sultan <tarek.sultan@eims-eg.example.org>",
                    "Out of office Re: Acknowledgement: speaker request", rfcdate(sent),
                    "<CAB9rT2wQ5mK8nV1xZ4cF7hJ0lP3sU6yA9dG2iL5oR8uX1bF-vacation@mail.gmail.example.com>",
                    ret="tarek.sultan@eims-eg.example.org",
                    extra=[("X-Autoreply", "yes")])
    rows += [("In-Reply-To", "<ack-20210202-0117@gcmrr.iom.int>"), ("References", "<ack-20210202-0117@gcmrr.iom.int>"),
             ("Auto-Submitted", "auto-replied"), ("Precedence", "bulk")]
    add(8, when, top(body, rows), dict(category="auto_reply", language="en", acknowledge=False, on_time=None,
        notes="Gmail vacation responder answering our acknowledgement of h118-07 (Auto-Submitted: auto-replied, "
              "X-Autoreply); same sender as a real speaker request, signed with a name; never acknowledge."))


M09_ID = "<AS8PR01MB7711E2F3A4B5C6D7E8F9A0B1C2D3@AS8PR01MB7711.eurprd01.prod.outlook.example.com>"
M09_TEXT = """السلام عليكم ورحمة الله وبركاته،

حيّاكم الله. نبي نسجل مشاركتنا كمتحدثين في الطاولة المستديرة الأولى، وهذي البيانات حسب النموذج:

الاسم الأول: فاطمة
اسم العائلة: الجودر
المسمى الوظيفي:
الجهة: الجمعية البحرينية لحماية العمالة الوافدة
الدولة: البحرين
الجلسة المفضلة: الطاولة المستديرة ١

المسمى الوظيفي بنرسله لكم بعدين إن شاء الله لأنه قاعد يتغير عندنا هالأيام.

مع خالص التحية
عبدالله المناعي
سكرتير الجمعية
"""


def m09():
    when = at("2021-02-03 10:12:50")
    sent = when - dt.timedelta(seconds=5)
    html = '<div dir="rtl" style="font-family:Arial,sans-serif;font-size:11pt">' + text2html(M09_TEXT) + "</div>\n"
    body = alt(M09_TEXT, html, "_000_AS8PR01MB7711E2F3A4B5C6D7_")
    rows = std_rows(when, "mail-am6eur05.outbound.protection.outlook.example.com", "40.107.22.61", "4DVn3r8Bx6z0",
                    addr("عبدالله المناعي", "a.almannai@bsmw-bh.example.org"),
                    hdr("تسجيل متحدثين - الطاولة المستديرة الأولى"), rfcdate(tz(sent, 3)), M09_ID,
                    ret="a.almannai@bsmw-bh.example.org")
    rows += [("Thread-Topic", hdr("تسجيل متحدثين - الطاولة المستديرة الأولى")),
             ("Thread-Index", "AQHW+gk3Xr0cV4lQ0k2bY8y1sFq9nA=="), ("Content-Language", "ar-BH"),
             ("X-Mailer", "Microsoft Outlook 16.0")]
    add(9, when, top(body, rows), dict(category="speaker_request", language="ar", acknowledge=True, on_time=True,
        speakers=[sp("فاطمة الجودر", None, "الجمعية البحرينية لحماية العمالة الوافدة", ["roundtable"], 1)],
        notes="Gulf (Bahraini) colloquial; half-filled Arabic form: 'المسمى الوظيفي:' left blank (title null), "
              "promised later (completed in h118-11); roundtable written both as 'الأولى' and with the Arabic-Indic "
              "digit '١'; the sender (association secretary, Date +0300) is not the speaker."))


def m10():
    when = at("2021-02-03 13:20:00")
    sent = when - dt.timedelta(seconds=8)
    text = """Bonjour,

Je vous transmets ma fiche d'inscription pour la consultation du 23 février en tant que participante.

Nom : Ben Salah
Prénom : Ines
Fonction : Chargée de projets
Structure : Forum Tunisien pour les Droits Économiques et Sociaux (FTDES) – section Sfax
Participation :
☒ Participante (écoute)
☐ Souhaite intervenir – préciser la session : ……
Besoin d'interprétation : ☒ arabe ☐ anglais

Cordialement
Ines Ben Salah
"""
    body = leaf("text/plain", text, "UTF-8", "quoted-printable")
    rows = std_rows(when, "mx.ftdes-sfax.example.org", "197.14.58.3", "4DVs1m6Pd9z5",
                    "Ines Ben Salah <ines.bensalah@ftdes-sfax.example.org>",
                    hdr("Fiche d'inscription – consultation du 23 février", enc="Q"), rfcdate(tz(sent, 1)),
                    "<20210203112000.Horde.x7Qm3kT9aB2cD4eF@webmail.ftdes-sfax.example.org>",
                    ret="ines.bensalah@ftdes-sfax.example.org")
    rows += [("User-Agent", "Horde Application Framework 5")]
    add(10, when, top(body, rows), dict(category="other", language="fr", acknowledge=True, on_time=None,
        notes="participant registration form that looks like a speaker form (Nom / Prénom / Fonction / Structure) "
              "but only '☒ Participante (écoute)' is ticked; '☐ Souhaite intervenir' is unticked, so no speaker is "
              "proposed; an interpretation line also uses ☒/☐ boxes."))


def m11():
    when = at("2021-02-04 09:41:17")
    sent = when - dt.timedelta(seconds=6)
    quoted = "\n".join(M09_TEXT.rstrip("\n").split("\n"))
    text = """السلام عليكم،

تكملةً للإيميل السابق، المسمى الوظيفي للأستاذة فاطمة الجودر: رئيسة لجنة الرصد والمتابعة

باقي البيانات مثل ما هي. وشاكرين لكم تعاونكم.

عبدالله المناعي
سكرتير الجمعية البحرينية لحماية العمالة الوافدة

________________________________
من: عبدالله المناعي <a.almannai@bsmw-bh.example.org>
تم الإرسال: الأربعاء، ٣ فبراير ٢٠٢١ ١١:١٢ ص
إلى: gcmrrarabstates@iom.int
الموضوع: تسجيل متحدثين - الطاولة المستديرة الأولى

""" + quoted + "\n"
    html = '<div dir="rtl" style="font-family:Arial,sans-serif;font-size:11pt">' + text2html(text) + "</div>\n"
    body = alt(text, html, "_000_AS8PR01MB7711F3A4B5C6D7E8_")
    rows = std_rows(when, "mail-am6eur05.outbound.protection.outlook.example.com", "40.107.22.63", "4DWQ8c1Lm3z7",
                    addr("عبدالله المناعي", "a.almannai@bsmw-bh.example.org"),
                    re_hdr("RE: ", "تسجيل متحدثين - الطاولة المستديرة الأولى"), rfcdate(tz(sent, 3)),
                    "<AS8PR01MB7711A9B8C7D6E5F4A3B2C1D0E9F8@AS8PR01MB7711.eurprd01.prod.outlook.example.com>",
                    ret="a.almannai@bsmw-bh.example.org")
    rows += [("In-Reply-To", M09_ID), ("References", M09_ID),
             ("Thread-Topic", hdr("تسجيل متحدثين - الطاولة المستديرة الأولى")),
             ("Thread-Index", "AQHW+gk3Xr0cV4lQ0k2bY8y1sFq9nKpW2mQ="), ("Content-Language", "ar-BH"),
             ("X-Mailer", "Microsoft Outlook 16.0")]
    add(11, when, top(body, rows), dict(category="speaker_request", language="ar", acknowledge=True, on_time=True,
        thread_of="h118-09.eml",
        speakers=[sp("فاطمة الجودر", "رئيسة لجنة الرصد والمتابعة", "الجمعية البحرينية لحماية العمالة الوافدة",
                     ["roundtable"], 1)],
        notes="reply completing the blank 'المسمى الوظيفي' of h118-09 (Outlook quote header in Arabic: من / تم "
              "الإرسال / إلى / الموضوع); the rest of the record (organisation, roundtable 1) is only in the quoted "
              "form; 'الأستاذة' is an honorific, not part of the name."))


def m12():
    when = at("2021-02-04 14:55:03")
    sent = when - dt.timedelta(seconds=9)
    name = "taqrir_ayadi_GCM_2021.pdf"
    text = """السلام عليكم

كنصيفطو ليكم التقرير الطوعي ديال الجمعية (مرفق PDF)، وبغينا حتى نشاركو بمداخلة فالمؤتمر.

استمارة المتدخل:
- الاسم العائلي: الإدريسي
- الاسم الشخصي: خديجة
- الصفة: رئيسة الجمعية
- الهيئة: جمعية الأيادي المتضامنة للهجرة والتنمية (طنجة)
- نوع المداخلة:
  [x] مداخلة من القاعة في الجلسة العامة
  [ ] مقرر
  [ ] طاولة مستديرة رقم ...

شكرا بزاف على الدعوة
خديجة الإدريسي
"""
    t = leaf("text/plain", text, "utf-8", "base64")
    att = pdf_part(name, ["Association Al Ayadi Al Moutadamina pour la Migration et le Developpement - Tanger",
                          "Rapport volontaire / GCM voluntary review 2021",
                          "Mineurs non accompagnes et migrants subsahariens au nord du Maroc"])
    body = multi("mixed", [t, att], "----=_Part_88213_1749302211.1612443303112")
    rows = std_rows(when, "smtp.menara.example.ma", "196.200.131.44", "4DWc5y0Fh2z9",
                    addr("خديجة الإدريسي", "ayadi.tanger@menara.example.ma"),
                    hdr("التقرير الطوعي + طلب مداخلة"), rfcdate(tz(sent, 1)),
                    "<1749302211.88214.1612443303112@webmail.menara.example.ma>", ret="ayadi.tanger@menara.example.ma")
    rows += [("X-Mailer", "Zimbra 8.8.15_GA_3953 (ZimbraWebClient - GC88 (Win)/8.8.15_GA_3953)")]
    add(12, when, top(body, rows), dict(category="both", language="ar", acknowledge=True, on_time=True,
        speakers=[sp("خديجة الإدريسي", "رئيسة الجمعية", "جمعية الأيادي المتضامنة للهجرة والتنمية", ["plenary"])],
        report_attachments=[name],
        notes="Moroccan Darija mixed with MSA (كنصيفطو، ديال، بزاف); form with family name ('الاسم العائلي') before "
              "first name ('الاسم الشخصي'), title as 'الصفة', organisation as 'الهيئة' followed by the city in "
              "brackets; only '[x] الجلسة العامة' ticked; report PDF attached."))


M13_ID = "<DB9PR04MB8123B4C5D6E7F8A9B0C1D2E3F4A5@DB9PR04MB8123.eurprd04.prod.outlook.example.com>"


def m13():
    when = at("2021-02-04 17:26:48")
    sent = when - dt.timedelta(seconds=5)
    name = "RAMD_Rapport_volontaire_PMM.pdf"
    text = """Madame, Monsieur,

Dans le cadre de l'examen régional du Pacte mondial pour des migrations sûres, ordonnées et régulières, nous avons l'honneur de vous transmettre ci-joint le rapport volontaire de notre réseau.

Fiche de soumission
Intitulé : Rapport volontaire d'examen du PMM – Algérie
Type de rapport : ☒ collectif   ☐ individuel
Structure porteuse : Réseau Algérien pour la Migration et les Droits (RAMD)
Point focal : Karim Boudiaf, secrétaire général
Courriel : k.boudiaf@ramd-dz.example.org

Veuillez agréer, Madame, Monsieur, l'expression de nos salutations distinguées.

Karim Boudiaf
Secrétaire général – RAMD
Alger
"""
    a = alt(text, '<div style="font-family:Calibri,sans-serif">' + text2html(text) + "</div>\n",
            "_000_DB9PR04MB8123B4C5D6E7_")
    att = pdf_part(name, ["Reseau Algerien pour la Migration et les Droits (RAMD)",
                          "Rapport volontaire d'examen du Pacte mondial sur les migrations - Algerie, 2021",
                          "Rapport collectif"])
    body = multi("mixed", [a, att], "_004_DB9PR04MB8123B4C5D6E7_")
    rows = std_rows(when, "mail-db9eur04.outbound.protection.outlook.example.com", "40.107.8.95", "4DWk2h9Sv5z1",
                    "Karim Boudiaf <k.boudiaf@ramd-dz.example.org>",
                    hdr("Rapport volontaire – RAMD (Algérie)", enc="Q"), rfcdate(tz(sent, 1)), M13_ID,
                    ret="k.boudiaf@ramd-dz.example.org")
    rows += [("Thread-Topic", hdr("Rapport volontaire – RAMD (Algérie)", enc="Q")), ("Content-Language", "fr-FR"),
             ("X-MS-Has-Attach", "yes"), ("X-Mailer", "Microsoft Outlook 16.0")]
    add(13, when, top(body, rows), dict(category="voluntary_report", language="fr", acknowledge=True, on_time=True,
        report_attachments=[name],
        notes="report submission form: 'Point focal : Karim Boudiaf, secrétaire général' gives a name and a title "
              "like a speaker form but no speaking role is requested; '☒ collectif ☐ individuel' tick boxes are "
              "about the report type, not roles; replaced later by h118-22."))


def m14():
    when = at("2021-02-05 11:02:19")
    sent = when - dt.timedelta(seconds=4)
    text = """Hello,

Two quick logistics questions before we send anything:
1) Will there be Arabic-English interpretation in the thematic roundtables, or only in the plenary?
2) Will the Zoom links go to the address we use to register online, or to this address?

We are still deciding internally who would speak, so no form from us yet.

Thanks,
Priya Menon
Gulf Migrant Forum
"""
    body = leaf("text/plain", text, "us-ascii", "7bit", params=[("format", "flowed")])
    rows = std_rows(when, "mail.gmf-gulf.example.org", "94.200.17.66", "4DX4n7Cq8z6K",
                    "Priya Menon <priya@gmf-gulf.example.org>", "Interpretation + Zoom links?",
                    rfcdate(tz(sent, 4)), "<f3a91c2e-5b7d-4e08-9c6a-1d2e3f4a5b6c@gmf-gulf.example.org>",
                    ret="priya@gmf-gulf.example.org")
    rows += [("User-Agent", "Mozilla/5.0 (Macintosh; Intel Mac OS X 10.15; rv:78.0) Gecko/20100101 Thunderbird/78.7.0")]
    add(14, when, top(body, rows), dict(category="other", language="en", acknowledge=True, on_time=None,
        notes="logistics questions (interpretation, Zoom links) mentioning roundtables, plenary and online "
              "registration, explicitly no speaker proposed yet; signed name + organisation looks like speaker "
              "details; sent from Dubai (+0400)."))


def m15():
    when = at("2021-02-05 23:56:41")
    sent = when - dt.timedelta(seconds=12)
    text = """مساء الخير

إحنا رابطة العمال المصريين في الخليج، وعايزين نسجل متحدث. عارفين إن الميعاد في الجواب العربي مكتوب ٢٣ فبراير، بس في النسخة الإنجليزي مكتوب ٥ فبراير، فقلنا نلحق نبعت النهارده قبل ما اليوم يخلص.

البيانات زي الاستمارة:
الاسم الأول: محمود
اسم الأب والعائلة: عبد الفتاح
الوظيفة: منسق شؤون العمالة
الجهة: رابطة العمال المصريين في الخليج
مقر الإقامة: الرياض
الدور: ✔ مداخلة في الطاولة المستديرة رقم ٢

معلش لو في حاجة ناقصة بلغونا وإحنا نكملها.
محمود
"""
    body = alt(text, gmail_html(text, rtl=True), "000000000000e4b1c705baa9d3f2")
    rows = std_rows(when, "mail-lj1-f181.google.example.com", "209.85.208.181", "4DXr0k6Zs2z4",
                    addr("Mahmoud Abdelfattah", "mahmoud.abdelfattah.egw@gmail.example.com"),
                    hdr("طلب تسجيل متحدث"), rfcdate(tz(sent, 3)),
                    "<CAK2pX9vN4mB7cL1qS8dF3gH6jK0wE5rT2yU9iO4pA7sD1fG@mail.gmail.example.com>",
                    ret="mahmoud.abdelfattah.egw@gmail.example.com")
    add(15, when, top(body, rows), dict(category="speaker_request", language="ar", acknowledge=True, on_time=True,
        speakers=[sp("محمود عبد الفتاح", "منسق شؤون العمالة", "رابطة العمال المصريين في الخليج", ["roundtable"], 2)],
        notes="deadline edge: received 23:56:41 Beirut on Fri 5 Feb, but the Date header reads 'Sat, 6 Feb 2021 "
              "00:56:29 +0300' (Riyadh) - on time; Egyptian colloquial; cites the Arabic letter's misprinted "
              "'23 February'; name split as 'الاسم الأول' + 'اسم الأب والعائلة'; Latin display name in From."))


def m16():
    when = at("2021-02-05 23:58:50")
    sent = when - dt.timedelta(seconds=10)
    people = [("HALABI", "Nadia", "Présidente", "Association Syrienne pour la Dignité des Réfugiés (ASDR)",
               "Table ronde 1"),
              ("MOUSSA", "Fadi", "Juriste", "ASDR", "Rapporteur ✔"),
              ("DARWICHE", "Lama", "Chargée de communication", "ASDR", "—")]
    text = """Bonsoir,

Juste avant la date limite, voici les trois intervenant(e)s que notre association propose. Le formulaire en ligne ne permettait qu'une personne à la fois, donc je vous les mets ici sous forme de tableau :

Nom      | Prénom | Fonction                 | Organisation | Session
"""
    for p in people:
        text += "%s | %s | %s | %s | %s\n" % p
    text += """
Pour Lama Darwiche nous n'avons pas de préférence de session, elle peut intervenir là où vous aurez besoin. Fadi Moussa pourra aussi faire une intervention en table ronde si le rôle de rapporteur est déjà pris.

Bien cordialement,
Nadia Halabi
Présidente, ASDR
Paris
"""
    cells = "".join("<tr>%s</tr>" % "".join('<td style="border:1px solid #999;padding:3px">%s</td>' % esc(c) for c in p)
                    for p in people)
    head = "".join('<th style="border:1px solid #999;padding:3px;background:#eee">%s</th>' % h
                   for h in ["Nom", "Prénom", "Fonction", "Organisation", "Session"])
    intro, outro = text.split("Nom      |")[0], text.split("\n\n", 3)[3]
    html = (text2html(intro.strip()) + '\n<table style="border-collapse:collapse"><tr>%s</tr>%s</table>\n' % (head, cells)
            + text2html(outro.strip()))
    html = html_wrap(html)
    body = alt(text, html, "=_5f1c3a7e2b9d4e60a8c1f3d5b7e9a2c4", cte_h="base64")
    rows = std_rows(when, "smtp.asdr-paris.example.fr", "80.12.242.31", "4DXr2m9Tw7z0",
                    "Nadia Halabi <presidence@asdr-paris.example.fr>",
                    hdr("Intervenants ASDR – Examen régional PMM (3 personnes)", enc="Q"), rfcdate(tz(sent, 1)),
                    "<a71c3e5f92b4d6081e3a5c7f9b1d3e5a@asdr-paris.example.fr>", ret="presidence@asdr-paris.example.fr")
    rows += [("User-Agent", "Roundcube Webmail/1.4.10")]
    asdr = "Association Syrienne pour la Dignité des Réfugiés (ASDR)"
    add(16, when, top(body, rows), dict(category="speaker_request", language="fr", acknowledge=True, on_time=True,
        speakers=[sp("Nadia Halabi", "Présidente", asdr, ["roundtable"], 1),
                  sp("Fadi Moussa", "Juriste", asdr, ["rapporteur"]),
                  sp("Lama Darwiche", "Chargée de communication", asdr, [])],
        notes="deadline edge: received 23:58:50 Beirut on Fri 5 Feb, Date 22:58:40 +0100 (Paris) - on time; three "
              "speakers in a table (pipe text + HTML table), family names in capitals first; rows 2-3 give only "
              "'ASDR' (full name in row 1); 'Rapporteur ✔' as the session cell; third speaker has no preference "
              "('—'); Fadi's roundtable fallback is conditional, so only rapporteur."))


def m17():
    when = at("2021-02-06 00:07:12")
    sent = when - dt.timedelta(seconds=17)
    name = "ADPL_GCM_voluntary_review.pdf"
    text = """Dear GCM Regional Review Secretariat,

Apologies for sending this in the evening - hopefully still within the 5 February deadline for speakers. Attached is our voluntary review report, and below is the speaker form.

SPEAKER FORM
Full name (Last, First): Farouk, Amal
Position: Senior Fellow
Organization: Arab Diaspora Policy Lab (ADPL), New York
Country of residence: USA
Role requested:
☑ Rapporteur (key messages)
☐ Plenary floor intervention
☐ Thematic roundtable

With best regards,

Amal Farouk, PhD
Senior Fellow | Arab Diaspora Policy Lab
"""
    html = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>'
            '<body style="word-wrap: break-word; -webkit-nbsp-mode: space; line-break: after-white-space;">'
            '<div style="font-family: Calibri, sans-serif; font-size: 11pt;">' + text2html(text) +
            '</div></body></html>\n')
    a = alt(text, html, "B_3695641615_1180473922", cte_t="quoted-printable")
    att = pdf_part(name, ["Arab Diaspora Policy Lab (ADPL)", "Voluntary GCM Review Report - February 2021",
                          "Remittances, diaspora engagement and return"])
    body = multi("mixed", [a, att], "B_3695641615_1190827755")
    rows = std_rows(when, "mail-nyc.adpl.example.org", "198.51.100.73", "4DXrCq3Jw8z1",
                    "Amal Farouk <afarouk@adpl.example.org>", "Speaker form + voluntary report (ADPL)",
                    rfcdate(tz(sent, -5)), "<7B3E1D9A-2C4F-4E6A-8B0D-1F3A5C7E9B2D@adpl.example.org>",
                    ret="afarouk@adpl.example.org")
    rows += [("User-Agent", "Microsoft-MacOutlook/16.45.21011103"), ("Thread-Topic", "Speaker form + voluntary report (ADPL)")]
    add(17, when, top(body, rows), dict(category="both", language="en", acknowledge=True, on_time=False,
        speakers=[sp("Amal Farouk", "Senior Fellow", "Arab Diaspora Policy Lab (ADPL)", ["rapporteur"])],
        report_attachments=[name],
        notes="deadline edge: received 00:07:12 Beirut on Sat 6 Feb; the Date header says 'Fri, 5 Feb 2021 17:06:55 "
              "-0500' (New York) and the sender hopes to be on time: speaker part late, report part on time, so "
              "on_time false; 'Full name (Last, First): Farouk, Amal' reversed with a comma; 'PhD' suffix in the "
              "signature; 'New York' after the organisation is a location."))


def m18():
    when = at("2021-02-08 08:15:30")
    qid = "4DYw1b3Kz7z2"
    text = POSTFIX_NOTICE + """
<maya@cldtd-lb.example.org>: host mx.cldtd-lb.example.org[203.0.113.58] said:
    550 5.1.1 <maya@cldtd-lb.example.org>: Recipient address rejected: User
    unknown in virtual mailbox table (in reply to RCPT TO command)
"""
    arr = when - dt.timedelta(seconds=9)
    dsn = """Reporting-MTA: dns; mx1.iom.int
X-Postfix-Queue-ID: %s
X-Postfix-Sender: rfc822; gcmrrarabstates@iom.int
Arrival-Date: %s

Final-Recipient: rfc822; maya@cldtd-lb.example.org
Original-Recipient: rfc822;maya@cldtd-lb.example.org
Action: failed
Status: 5.1.1
Remote-MTA: dns; mx.cldtd-lb.example.org
Diagnostic-Code: smtp; 550 5.1.1 <maya@cldtd-lb.example.org>: Recipient address
    rejected: User unknown in virtual mailbox table
""" % (qid, rfcdate(arr, "EET"))
    hdrs = """Received: from gcmrr-ack.iom.int (gcmrr-ack.iom.int [10.20.1.15])
	by mx1.iom.int (Postfix) with ESMTPS id %s
	for <maya@cldtd-lb.example.org>; %s
From: GCM Regional Review Arab States <gcmrrarabstates@iom.int>
To: maya@cldtd-lb.example.org
Subject: =?UTF-8?Q?Accus=C3=A9_de_r=C3=A9ception_=E2=80=93_CLDTD?=
Date: %s
Message-ID: <ack-20210208-0231@gcmrr.iom.int>
In-Reply-To: %s
References: %s
Auto-Submitted: auto-replied
""" % (qid, rfcdate(arr, "EET"), rfcdate(arr), M06_ID, M06_ID)
    p1 = leaf("text/plain", text, "us-ascii", "7bit", extra=[("Content-Description", "Notification")])
    p2 = Message(policy=POL)
    p2["Content-Description"] = "Delivery report"
    p2["Content-Type"] = "message/delivery-status"
    from email.parser import Parser
    for block in dsn.strip("\n").split("\n\n"):
        p2.attach(Parser(policy=POL).parsestr(block + "\n", headersonly=True))
    p3 = leaf("text/rfc822-headers", hdrs, "us-ascii", "7bit",
              extra=[("Content-Description", "Undelivered Message Headers")])
    body = multi("report", [p1, p2, p3], "%s.1612764930/mx1.iom.int" % qid,
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
    m["Message-Id"] = "<20210208061530.%s@mx1.iom.int>" % qid
    for k, v in body.items():
        m[k] = v
    m.set_payload(body.get_payload())
    m.preamble = body.preamble
    add(18, when, m, dict(category="bounce", language="en", acknowledge=False, on_time=None,
        notes="Postfix DSN (multipart/report) for an acknowledgement sent to a mistyped address "
              "(cldtd-lb instead of cldtd); the returned headers carry In-Reply-To of h118-06 but this is not a "
              "follow-up of a submission; never acknowledge."))


def m19():
    when = at("2021-02-10 13:33:03")
    sent = when - dt.timedelta(seconds=8)
    name = "التقرير الطوعي - المرصد اليمني لحقوق المهاجرين.docx"
    text = """السادة/ فريق الاستعراض الإقليمي للاتفاق العالمي من أجل الهجرة الآمنة والمنظمة والنظامية المحترمين،

تحية طيبة، وبعد،

نرفق لكم طيّه التقرير الطوعي الخاص بالمرصد، وفيما يلي بيانات التقديم حسب النموذج:

اسم الجهة: المرصد اليمني لحقوق المهاجرين
نوع التقرير: ☑ فردي  ☐ جماعي
لغة التقرير: العربية
الشخص المسؤول عن التواصل: م. وضاح السقاف، مدير البرامج

نرجو التكرم بتأكيد الاستلام.

مع خالص التقدير،
وضاح السقاف
المرصد اليمني لحقوق المهاجرين – عدن
"""
    html = '<div dir="rtl" style="font-family:Simplified Arabic,serif;font-size:13pt">' + text2html(text) + "</div>\n"
    a = alt(text, html, "_000_VI1PR06MB6033D4E5F6A7B8C9_", cte_t="base64", cte_h="base64")
    att = intl_part(DOCX, make_docx(["المرصد اليمني لحقوق المهاجرين", "التقرير الطوعي لاستعراض الاتفاق العالمي من أجل الهجرة",
                                     "Yemen Migrants Rights Observatory - voluntary GCM review report 2021"]), name)
    body = multi("mixed", [a, att], "_004_VI1PR06MB6033D4E5F6A7B8C9_")
    rows = std_rows(when, "mail-vi1eur06.outbound.protection.outlook.example.com", "40.107.5.102", "4DZq6w2Hn9z3",
                    addr("وضاح السقاف", "w.alsaqqaf@ymro-ye.example.org"),
                    hdr("تقديم التقرير الطوعي – المرصد اليمني لحقوق المهاجرين"), rfcdate(tz(sent, 3)),
                    "<VI1PR06MB6033D4E5F6A7B8C9D0E1F2A3B4C5@VI1PR06MB6033.eurprd06.prod.outlook.example.com>",
                    ret="w.alsaqqaf@ymro-ye.example.org")
    rows += [("Content-Language", "ar-YE"), ("X-MS-Has-Attach", "yes"), ("X-Mailer", "Microsoft Outlook 16.0")]
    add(19, when, top(body, rows), dict(category="voluntary_report", language="ar", acknowledge=True, on_time=True,
        report_attachments=[name],
        notes="formal MSA; DOCX with an Arabic file name (RFC 2231 filename*, RFC 2047 name); submission form with "
              "'☑ فردي ☐ جماعي' (report type, not roles) and a contact person with title - not a speaker request."))


def m20():
    when = at("2021-02-12 10:20:45")
    sent = when - dt.timedelta(seconds=6)
    name = "Collective GCM Review - Mashreq Civil Society Platform.docx"
    text = """Dear colleagues,

On behalf of the Mashreq Civil Society Platform on Migration, I am pleased to submit our collective voluntary GCM review report (attached).

Contributing organizations and contact persons:
1. Amel Association International - Ziad Karam, Programme Manager
2. Tamkeen for Legal Aid and Human Rights - Hiba Awad, Senior Researcher
3. Syrian Women's Network - Rasha Yousef, Board Member
4. Caritas Migrant Centre - Georges Aoun, Case Management Lead

Please note we are not requesting a speaking slot this time; we will follow the discussions.

Best,
Joanna Saade
Platform Coordinator
Mashreq Civil Society Platform on Migration
"""
    a = alt(text, gmail_html(text), "000000000000f1c2d805bb2e7a94")
    att = docx_part(name, ["Mashreq Civil Society Platform on Migration", "Collective voluntary GCM review report, 2021",
                           "Contributions from four member organisations"], extra=[("X-Attachment-Id", "f_kl1x9v2a0")])
    body = multi("mixed", [a, att], "000000000000f1c2da05bb2e7a96")
    rows = std_rows(when, GMAIL_HOST[0], GMAIL_HOST[1], "4F0c8t1Rm4z6",
                    "Joanna Saade <joanna.saade@mashreq-csp.example.org>",
                    "Collective voluntary report - Mashreq Civil Society Platform", rfcdate(sent),
                    "<CAM5tY8wR2nQ6pL9xK3vB1zF4hD7jS0gE2uI5oA8cN1mT4yW@mail.gmail.example.com>",
                    ret="joanna.saade@mashreq-csp.example.org")
    add(20, when, top(body, rows), dict(category="voluntary_report", language="en", acknowledge=True, on_time=True,
        report_attachments=[name],
        notes="collective report with a list of four contributing organisations, each with a named contact and a "
              "title - looks like a multi-speaker list but the sender says explicitly that no speaking slot is "
              "requested; DOCX file name with spaces."))


def m21():
    when = at("2021-02-15 09:02:11")
    sent = when - dt.timedelta(seconds=5)
    text = """Merci beaucoup pour l'accusé de réception ! Bonne continuation à toute l'équipe 🙏

Maya

Envoyé de mon iPhone

> Le 2 févr. 2021 à 11:20, GCM Regional Review Arab States <gcmrrarabstates@iom.int> a écrit :
> 
> Madame,
> 
> Nous accusons bonne réception de votre message et de ses pièces jointes. Votre demande sera examinée et nous reviendrons vers vous.
> 
> Cordialement,
> Secrétariat de l'examen régional du PMM – États arabes
"""
    body = leaf("text/plain", text, "utf-8", "quoted-printable")
    ack = "<ack-20210202-0119@gcmrr.iom.int>"
    rows = std_rows(when, GMAIL_HOST[0], GMAIL_HOST[1], "4F2Hk5v9Qd0z",
                    "=?UTF-8?Q?Maya_Abou_Jaoud=C3=A9?= <maya@cldtd.example.org>",
                    hdr("Re: Accusé de réception – CLDTD", enc="Q"), rfcdate(sent),
                    "<E2C4A6F8-1B3D-4F5A-9C7E-0D2B4F6A8C1E@cldtd.example.org>", ret="maya@cldtd.example.org")
    rows += [("In-Reply-To", ack), ("References", "%s %s" % (M06_ID, ack)), ("X-Mailer", "iPhone Mail (18D52)")]
    add(21, when, top(body, rows), dict(category="other", language="fr", acknowledge=False, on_time=None,
        thread_of="h118-06.eml",
        notes="thank-you reply (iPhone) to our acknowledgement of h118-06, adds nothing new: do not acknowledge; "
              "References name h118-06; the quoted acknowledgement mentions 'pièces jointes' and 'demande'."))


def m22():
    when = at("2021-02-16 21:34:27")
    sent = when - dt.timedelta(seconds=7)
    name = "RAMD_Rapport_volontaire_PMM_v2.pdf"
    text = """Madame, Monsieur,

Suite à notre envoi du 4 février, veuillez trouver ci-joint une version corrigée de notre rapport volontaire (quelques chiffres de la section 3 ont été mis à jour). Merci de bien vouloir remplacer la version précédente par celle-ci.

Fiche de soumission (inchangée) :
Type de rapport : ☒ collectif   ☐ individuel
Structure porteuse : Réseau Algérien pour la Migration et les Droits (RAMD)

Salutations distinguées,

Karim Boudiaf
Secrétaire général – RAMD

-----Message d'origine-----
De : Karim Boudiaf <k.boudiaf@ramd-dz.example.org>
Envoyé : jeudi 4 février 2021 16:26
À : gcmrrarabstates@iom.int
Objet : Rapport volontaire – RAMD (Algérie)

Madame, Monsieur,

Dans le cadre de l'examen régional du Pacte mondial pour des migrations sûres, ordonnées et régulières, nous avons l'honneur de vous transmettre ci-joint le rapport volontaire de notre réseau.
"""
    a = alt(text, '<div style="font-family:Calibri,sans-serif">' + text2html(text) + "</div>\n",
            "_000_DB9PR04MB8123C5D6E7F8A9B0_")
    att = pdf_part(name, ["Reseau Algerien pour la Migration et les Droits (RAMD)",
                          "Rapport volontaire d'examen du Pacte mondial sur les migrations - Algerie, 2021",
                          "Version corrigee (v2) - 16 fevrier 2021"])
    body = multi("mixed", [a, att], "_004_DB9PR04MB8123C5D6E7F8A9B0_")
    rows = std_rows(when, "mail-db9eur04.outbound.protection.outlook.example.com", "40.107.8.97", "4F3Wd7n2Lp5z",
                    "Karim Boudiaf <k.boudiaf@ramd-dz.example.org>",
                    hdr("TR: Rapport volontaire – RAMD (Algérie) – version corrigée", enc="Q"), rfcdate(tz(sent, 1)),
                    "<DB9PR04MB8123E7F8A9B0C1D2E3F4A5B6C7D8@DB9PR04MB8123.eurprd04.prod.outlook.example.com>",
                    ret="k.boudiaf@ramd-dz.example.org")
    rows += [("In-Reply-To", M13_ID), ("References", M13_ID), ("Content-Language", "fr-FR"),
             ("X-MS-Has-Attach", "yes"), ("X-Mailer", "Microsoft Outlook 16.0")]
    add(22, when, top(body, rows), dict(category="voluntary_report", language="fr", acknowledge=True, on_time=True,
        thread_of="h118-13.eml", report_attachments=[name],
        notes="revised report replacing the one of h118-13 (forwarded 'TR:' with the original quoted Outlook-style); "
              "only the v2 PDF is attached; on time (21:34 Beirut on 16 Feb)."))


def m23():
    when = at("2021-02-16 23:57:35")
    sent = when - dt.timedelta(seconds=33)
    name = "Iraqi_Returnees_Network_GCM_Report.pdf"
    text = """السلام عليكم
هذا تقريرنا الطوعي، نعتذر على التأخير والله كان عدنا انقطاع كهرباء طول اليوم
شبكة العائدين العراقيين - بغداد

أُرسلت من الـ iPhone
"""
    t1 = leaf("text/plain", text, "utf-8", "base64")
    att = pdf_part(name, ["Iraqi Returnees Network - Baghdad", "Voluntary GCM Review Report 2021",
                          "Return, reintegration and documentation"], quoted=False, disp="inline")
    t2 = leaf("text/plain", "\n", "us-ascii", "7bit")
    body = multi("mixed", [t1, att, t2], "Apple-Mail-3C5E7A9B-1D2F-4A6C-8E0B-2D4F6A8C0E1B")
    rows = std_rows(when, "mail.irn-iq.example.org", "37.236.14.90", "4F3k9Rz1Wb7z",
                    addr("مصطفى الربيعي", "m.rubaie@irn-iq.example.org"), hdr("التقرير"), rfcdate(tz(sent, 3)),
                    "<0F1E2D3C-4B5A-4968-8776-A5B4C3D2E1F0@irn-iq.example.org>", ret="m.rubaie@irn-iq.example.org")
    rows += [("X-Mailer", "iPhone Mail (18D52)")]
    add(23, when, top(body, rows), dict(category="voluntary_report", language="ar", acknowledge=True, on_time=True,
        report_attachments=[name],
        notes="deadline edge: received 23:57:35 Beirut on Tue 16 Feb, Date header 'Wed, 17 Feb 2021 00:57:02 +0300' "
              "(Baghdad) - on time despite the next-day Date and the apology for lateness; Iraqi colloquial; "
              "iPhone multipart/mixed[text, inline PDF, text] with an unquoted file name; one-word subject."))


def m24():
    when = at("2021-02-17 00:04:09")
    sent = when - dt.timedelta(seconds=29)
    name = "Rapport_examen_PMM_Tunisie_Réseau_Sud.pdf"
    text = """Bonsoir,

Nous vous transmettons, dans les délais (16 février), le rapport volontaire du Réseau Sud pour la Mobilité et les Droits (RSMD), Médenine.

Fiche :
- Organisation : RSMD
- Type : rapport individuel
- Contact : Sami Trabelsi, coordinateur

Bonne réception,
Sami Trabelsi
"""
    t = leaf("text/plain", text, "UTF-8", "8bit", params=[("format", "flowed")])
    att = intl_part("application/pdf", make_pdf(["Reseau Sud pour la Mobilite et les Droits (RSMD) - Medenine",
                                                 "Rapport volontaire d'examen du PMM - Tunisie 2021"]), name)
    body = multi("mixed", [t, att], "------------8B2D4F6A1C3E5A7C9E0B2D4F")
    rows = std_rows(when, "smtp.rsmd-tn.example.org", "41.229.3.18", "4F3kCx5Mn8z0",
                    "Sami Trabelsi <sami.trabelsi@rsmd-tn.example.org>",
                    hdr("Rapport volontaire RSMD – Tunisie", enc="Q"), rfcdate(tz(sent, 1)),
                    "<b2d4f6a8-0c1e-4a3c-9e5b-7d9f1b3d5f7a@rsmd-tn.example.org>", ret="sami.trabelsi@rsmd-tn.example.org")
    rows += [("User-Agent", "Mozilla/5.0 (X11; Linux x86_64; rv:78.0) Gecko/20100101 Thunderbird/78.7.1"),
             ("Content-Language", "fr")]
    add(24, when, top(body, rows), dict(category="voluntary_report", language="fr", acknowledge=True, on_time=False,
        report_attachments=[name],
        notes="late by four minutes: received 00:04:09 Beirut on Wed 17 Feb; Date header 'Tue, 16 Feb 2021 "
              "23:03:40 +0100' (Tunisia) and the body claims 'dans les délais (16 février)'; PDF with an accented "
              "file name in RFC 2231 filename* / RFC 2047 name; Thunderbird 8bit flowed."))


def main():
    for f in (m01, m02, m03, m04, m05, m06, m07, m08, m09, m10, m11, m12, m13, m14, m15, m16, m17, m18, m19,
              m20, m21, m22, m23, m24):
        f()
    os.makedirs(OUT, exist_ok=True)
    for n in os.listdir(OUT):
        p = os.path.join(OUT, n)
        if os.path.isfile(p):
            os.remove(p)
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
