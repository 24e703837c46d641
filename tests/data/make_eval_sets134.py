#!/usr/bin/env python3
"""Write the blind evaluation set holdout134 (24 raw .eml messages + labels.json).

Deterministic, standard library only:  python3 tests/data/make_eval_sets134.py
Theme: faith-based organisations (churches, Caritas branches, Islamic relief and waqf foundations,
interfaith platforms) in Lebanon, Jordan, Egypt, Iraq, Morocco, Tunisia, Algeria and the Gulf.
"""
import datetime as dt
import json
import os
from email.message import Message
from mailgen import (HERE, BOX, POL, rfcdate, at, tz, hdr, re_hdr, addr, leaf, multi,
                     html_wrap, esc, text2html, flowed, make_pdf, make_docx, make_png, DOCX,
                     rfc2231, rfc2231_cont, b_word, received, top, serialize, sp, std_rows)
from mailgen import POSTFIX_NOTICE

OUT = os.path.join(HERE, "holdout134")


# ---------------------------------------------------------------- message assembly


MESSAGES = []


def add(num, when, msg, label):
    fname = "h134-%02d.eml" % num
    lab = {"file": fname, "received_at": when.isoformat()}
    lab.update(label)
    full = {k: lab.get(k) for k in ["file", "received_at", "category", "language", "acknowledge", "on_time",
                                    "speakers", "report_attachments", "thread_of", "notes"]}
    for k, default in (("speakers", []), ("report_attachments", []), ("thread_of", None)):
        if full[k] is None and default is not None:
            full[k] = default
    MESSAGES.append((fname, serialize(msg), full))


# ================================================================ the 24 messages


def gmail_quote(text):
    return "\n".join((">" + (" " + l if l else "")) for l in text.split("\n"))


def pdf_att(name, lines, quoted=True, disp="attachment", encoded_name=None):
    pdf = make_pdf(lines)
    n = encoded_name or name
    if quoted and not encoded_name:
        n = '"%s"' % name
    return leaf("application/pdf", pdf, cte="base64", params=[("name", n)],
                disp='%s; filename=%s' % (disp, n))


# ================================================================ the 24 messages
def m01():
    when = at("2021-01-26 10:12:33")
    sent = when - dt.timedelta(seconds=9)
    text = """Dear Sir or Madam,

Greetings from Kuwait.

I received the invitation letter for the Regional Review of the GCM through the Anglican
diocesan office and I have a couple of quick questions before we commit to anything:

1. Our chaplaincy is a church congregation, not a registered NGO. Are churches and
   other faith communities eligible to submit a voluntary GCM review report?
2. Is there a template or a page limit for the report? Can it be in English?
3. If several congregations in Kuwait want to write one joint report, who should
   send it?

Many thanks in advance. We work mostly with domestic workers from South and South-East
Asia and would like our experience to be heard.

Yours in Christ,

Revd. Canon Peter Whitfield
Chaplain, St Paul's Anglican Chaplaincy, Ahmadi
Kuwait
"""
    body = leaf("text/plain", text, "UTF-8", "7bit", params=[("format", "flowed")])
    body.replace_header("Content-Type", 'text/plain; charset=UTF-8; format=flowed')
    rows = std_rows(when, "mail.stpauls-ahmadi.example.org", "62.215.44.90", "4DQ7hT2m0Kz3",
                    "Peter Whitfield <chaplain@stpauls-ahmadi.example.org>",
                    "Question re: voluntary GCM review report - are churches eligible?", rfcdate(tz(sent, 3)),
                    "<5f1c2a0e-8b3d-4e7a-9c11-2d6b7e0a9f34@stpauls-ahmadi.example.org>",
                    ret="chaplain@stpauls-ahmadi.example.org")
    rows += [("User-Agent", "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:78.0) Gecko/20100101 Thunderbird/78.6.1"),
             ("Content-Language", "en-GB")]
    m = top(body, rows)
    add(1, when, m, dict(category="other", language="en", acknowledge=True, on_time=None,
        notes="eligibility/format questions from a church chaplaincy; mentions 'voluntary GCM review report' and a "
              "joint report but submits nothing and proposes no speaker; clergy signature ('Revd. Canon') is not a "
              "speaker request; Thunderbird format=flowed, Date in UTC+3."))


def m02():
    when = at("2021-01-27 19:40:10")
    sent = when - dt.timedelta(seconds=14)
    text = """مرحبا،
بتمنى تكونوا بألف خير.

وصلتني دعوتكم للمراجعة الإقليمية للاتفاق العالمي للهجرة عن طريق مطرانية الروم الكاثوليك، وحابب إشارك بالنقاش المفتوح للمشاورة مع أصحاب المصلحة يوم ٢٣ شباط، بصفتي كاهن الرعية. عنا بالرعية كتير عائلات عراقية وسورية وعمال مهاجرين من سريلانكا والفلبين، وبنشتغل معهم من سنين على السكن والمدارس والأوراق القانونية، فبحب نقل صوتهم.

إذا في أي استمارة لازم أعبيها ابعتولي ياها لو سمحتوا.

مع المحبة والصلاة،

الأب جورج صليبا
رعية سيدة البشارة – جبل اللويبدة، عمّان
هاتف: 00962 79 555 0142
"""
    html = ('<div dir="rtl">' + text2html(text).replace("<p>", '<p style="margin:0 0 10px 0">') + "</div>\n")
    body = multi("alternative", [leaf("text/plain", text, "UTF-8", "base64"), leaf("text/html", html, "UTF-8", "base64")],
                 "000000000000f41b7c05b9d3a2e6")
    rows = std_rows(when, "mail-ej1-f47.google.example.com", "209.85.218.47", "4DR3kW5nQ1z2",
                    addr("Georges Saliba", "abouna.georges.saliba@gmail.example.com"),
                    hdr("مشاركة بالنقاش المفتوح - الأب جورج صليبا"), rfcdate(sent),
                    "<CAKx7mE2b-pQ3rT9vW1yZ5aC8eG0iK4mO6qS2uW4yA6cE8gI0kM@mail.gmail.example.com>",
                    ret="abouna.georges.saliba@gmail.example.com")
    m = top(body, rows)
    add(2, when, m, dict(category="speaker_request", language="ar", acknowledge=True, on_time=True, speakers=[
        sp("جورج صليبا", "كاهن الرعية", "رعية سيدة البشارة", ["open_discussion"])],
        notes="Levantine colloquial; priest proposes himself; 'الأب' is an honorific, not part of the name; title only "
              "in prose ('بصفتي كاهن الرعية'); parish after the name in the signature with the neighbourhood and city "
              "after a dash (not part of the affiliation); the Melkite archeparchy that forwarded the letter is not "
              "his affiliation; From display name in Latin script ('Georges Saliba'); base64 text+HTML."))


def m03():
    when = at("2021-01-28 09:05:47")
    sent = when - dt.timedelta(seconds=31)
    text = """Dear GCM Regional Review Team,

Warm greetings from Zahle.

Further to the invitation letter of the Regional UN Network on Migration, Caritas Lebanon - Zahle & Bekaa Regional Office is pleased to propose a speaker for the thematic roundtable on labour migration (Roundtable 2):

Name: Sister Marie-Bernard (civil name: Rita Abi Nader)
Position: Head, Migrant Domestic Workers Programme
Organisation: Caritas Lebanon

Please note that Sister Marie-Bernard is the name she is known by in our work and in the community, but her ID and any registration or badge should be under her civil name, Rita Abi Nader.

Sister Marie-Bernard has accompanied migrant domestic workers in our shelters in the Bekaa for more than twelve years.

With kind regards and many thanks,

Nayla Khoury
Programme Officer | Caritas Lebanon
Zahle & Bekaa Regional Office
T: +961 8 800 214

This e-mail and any attachments are confidential and intended solely for the addressee.
"""
    html = html_wrap('<div class="WordSection1">' + text2html(text).replace("<p>", '<p class="MsoNormal">') + "</div>")
    body = multi("alternative", [leaf("text/plain", text, "utf-8"), leaf("text/html", html, "utf-8")],
                 "_000_VI1PR0402MB3356A1F2C3D4E5F6A7B8C9D0VI1PR0402MB3356eurp_")
    rows = std_rows(when, "mail-eopbgr80071.outbound.protection.outlook.example.com", "40.107.8.71", "4DRq1N6vY3z9",
                    "Nayla Khoury <n.khoury@caritas-zahle.example.org>",
                    "Speaker proposal - Roundtable 2 - Caritas Lebanon (Zahle)", rfcdate(tz(sent, 0)),
                    "<VI1PR0402MB3356A1F2C3D4E5F6A7B8C9D0@VI1PR0402MB3356.eurprd04.prod.outlook.example.com>",
                    ret="n.khoury@caritas-zahle.example.org")
    rows += [("Thread-Topic", "Speaker proposal - Roundtable 2 - Caritas Lebanon (Zahle)"),
             ("Thread-Index", "AdbvBq9ZkE2xQm1ORpy3l5bXy8Wd2A=="), ("Accept-Language", "en-US"),
             ("Content-Language", "en-US"), ("X-MS-Has-Attach", ""), ("X-MS-TNEF-Correlator", "")]
    m = top(body, rows)
    add(3, when, m, dict(category="speaker_request", language="en", acknowledge=True, on_time=True, speakers=[
        sp("Rita Abi Nader", "Head, Migrant Domestic Workers Programme", "Caritas Lebanon", ["roundtable"], 2)],
        notes="nun proposed by a Caritas programme officer; religious name ('Sister Marie-Bernard') and civil name "
              "both given, the message asks that registration use the civil name; 'Sister' is an honorific; the "
              "branch ('Zahle & Bekaa Regional Office', after a dash) is not part of the affiliation; sender's "
              "pipe signature is not a speaker; Outlook, Date in UTC."))


def m04():
    when = at("2021-01-29 13:22:05")
    sent = when - dt.timedelta(seconds=40)
    inner = """<div dir="rtl" style="font-family:'Traditional Arabic';font-size:14pt">
<p>السادة / فريق المراجعة الإقليمية للاتفاق العالمي من أجل الهجرة الآمنة والمنظمة والنظامية &nbsp;&nbsp;&nbsp;المحترمين</p>
<p>السلام عليكم ورحمة الله وبركاته،</p>
<p>بالإشارة إلى خطاب الدعوة الكريم، يطيب لمؤسسة الرحمة للإغاثة والتنمية أن ترشّح فضيلة الشيخ عبد الرحمن بن ناصر العتيبي، رئيس مجلس أمناء المؤسسة، لإلقاء مداخلة في الجلسة العامة لمؤتمر المراجعة الإقليمية يومي 24-25 فبراير 2021.</p>
<p>ولفضيلته خبرة طويلة في العمل الإغاثي مع العمالة الوافدة والنازحين في اليمن والصومال، وتدير المؤسسة برامج لإيواء العمالة المنزلية المتعثرة في الكويت بالتعاون مع الجهات المختصة.</p>
<p>نأمل التكرم بالإفادة بما يلزم من إجراءات للتسجيل، علماً بأن فضيلته سيشارك حضورياً إن أمكن أو عبر الاتصال المرئي.</p>
<p>وجزاكم الله خيراً.</p>
<p>&nbsp;</p>
<p><b>نوف فهد الشمري</b><br>مسؤولة الاتصال والإعلام<br>مؤسسة الرحمة للإغاثة والتنمية<br>دولة الكويت – منطقة الشويخ</p>
</div>"""
    body = leaf("text/html", html_wrap(inner, "rtl", "windows-1256"), "windows-1256", "quoted-printable")
    rows = std_rows(when, "mail.alrahma-relief.example.org.kw", "168.187.22.15", "4DS0pM8xT4z1",
                    addr("نوف الشمري", "n.alshammari@alrahma-relief.example.org.kw", "windows-1256"),
                    hdr("ترشيح فضيلة الشيخ عبد الرحمن العتيبي للمداخلة في الجلسة العامة", "windows-1256"),
                    rfcdate(tz(sent, 3)), "<001201d6f63a$7e1b2c40$7a5184c0$@alrahma-relief.example.org.kw>",
                    ret="n.alshammari@alrahma-relief.example.org.kw")
    rows += [("X-Mailer", "Microsoft Outlook 16.0"), ("Thread-Index", "AQHW9jp+GyxAelGEwGoTrq1ZLq0gHA=="),
             ("Content-Language", "ar-kw")]
    m = top(body, rows)
    add(4, when, m, dict(category="speaker_request", language="ar", acknowledge=True, on_time=True, speakers=[
        sp("عبد الرحمن بن ناصر العتيبي", "رئيس مجلس أمناء المؤسسة", "مؤسسة الرحمة للإغاثة والتنمية", ["plenary"])],
        notes="HTML-only windows-1256 Outlook message from Kuwait (UTC+3); the communications officer proposes the "
              "sheikh who chairs the foundation's board of trustees; 'فضيلة الشيخ' is an honorific; title keeps the "
              "board and the generic 'المؤسسة'; the sender's own name/title in the signature must not become a "
              "speaker; plenary given as 'الجلسة العامة لمؤتمر المراجعة'."))


def m05():
    when = at("2021-01-30 11:48:20")
    sent = when - dt.timedelta(seconds=12)
    text = """Bonjour,

La Plateforme interreligieuse « Dignité en chemin » (PIDC), qui réunit à Rabat des
Églises chrétiennes et des associations musulmanes engagées auprès des personnes
migrantes, souhaite proposer deux intervenants pour la même table ronde thématique
(n° 3), afin que les deux traditions soient représentées :

| Nom                    | Fonction                                        | Institution                                      |
|------------------------|-------------------------------------------------|--------------------------------------------------|
| NTUMBA Samuel          | Pasteur, aumônier des migrants                  | Église Évangélique au Maroc (EEAM)               |
| EL ALAOUI Fatima Zahra | Mourchida, responsable de l'accompagnement social | Association Al Wasl pour l'accompagnement social |

Ils pourraient intervenir ensemble ou l'un après l'autre, comme vous le jugerez
utile. Nous restons à votre disposition pour toute précision.

Bien cordialement,

--
Hicham Berrada
Secrétaire exécutif, PIDC
Rabat - Maroc
"""
    rows_html = [("NTUMBA Samuel", "Pasteur, aumônier des migrants", "Église Évangélique au Maroc (EEAM)"),
                 ("EL ALAOUI Fatima Zahra", "Mourchida, responsable de l'accompagnement social",
                  "Association Al Wasl pour l'accompagnement social")]
    tbl = ('<table border="1" cellpadding="4" cellspacing="0">\n<tr><th>Nom</th><th>Fonction</th><th>Institution</th></tr>\n'
           + "".join("<tr><td>%s</td><td>%s</td><td>%s</td></tr>\n" % tuple(esc(c) for c in r) for r in rows_html)
           + "</table>")
    html = html_wrap(
        "<p>Bonjour,</p>\n<p>La Plateforme interreligieuse « Dignité en chemin » (PIDC), qui réunit à Rabat des Églises "
        "chrétiennes et des associations musulmanes engagées auprès des personnes migrantes, souhaite proposer deux "
        "intervenants pour la même table ronde thématique (n° 3), afin que les deux traditions soient représentées :</p>\n"
        + tbl + "\n<p>Ils pourraient intervenir ensemble ou l'un après l'autre, comme vous le jugerez utile. Nous restons "
        "à votre disposition pour toute précision.</p>\n<p>Bien cordialement,</p>\n<div class=\"moz-signature\">-- <br>"
        "Hicham Berrada<br>Secrétaire exécutif, PIDC<br>Rabat - Maroc</div>")
    body = multi("alternative", [leaf("text/plain", text, "UTF-8", "8bit"), leaf("text/html", html, "UTF-8", "8bit")],
                 "------------A1C7E2B9D04F8E3361B25C90")
    rows = std_rows(when, "smtp.pidc-rabat.example.ma", "41.248.120.33", "4DSf2G7kL5z6",
                    "Hicham Berrada <h.berrada@pidc-rabat.example.ma>",
                    hdr("Proposition de deux intervenants – table ronde n° 3 (PIDC)"), rfcdate(tz(sent, 1)),
                    "<7d2e4f61-3a9b-8c1d-5e0f-a2b4c6d8e0f1@pidc-rabat.example.ma>",
                    ret="h.berrada@pidc-rabat.example.ma")
    rows += [("User-Agent", "Mozilla/5.0 (X11; Linux x86_64; rv:78.0) Gecko/20100101 Thunderbird/78.7.0"),
             ("Content-Language", "fr")]
    m = top(body, rows)
    add(5, when, m, dict(category="speaker_request", language="fr", acknowledge=True, on_time=True, speakers=[
        sp("Samuel Ntumba", "Pasteur, aumônier des migrants", "Église Évangélique au Maroc (EEAM)", ["roundtable"], 3),
        sp("Fatima Zahra El Alaoui", "Mourchida, responsable de l'accompagnement social",
           "Association Al Wasl pour l'accompagnement social", ["roundtable"], 3)],
        notes="interfaith platform proposes a Protestant pastor and a Muslim mourchida for the same roundtable; "
              "speakers in a table (ASCII in text/plain, <table> in HTML), names SURNAME first in capitals; each "
              "speaker's own institution (not the platform) is the affiliation; 'Pasteur'/'Mourchida' are part of "
              "the written function; sender (secrétaire exécutif) is not a speaker; Thunderbird 8bit, UTC+1."))


def m06_letter():
    return ["Diocese de Tunis - Secretariat de l'Eveque", "Tunis, le 29 janvier 2021",
            "Objet : Transmission du rapport volontaire d'examen du PMM",
            "Madame, Monsieur,", "J'ai l'honneur de vous transmettre le rapport volontaire du Service diocesain",
            "de la pastorale des migrants sur la mise en oeuvre du Pacte mondial en Tunisie.",
            "+ Mgr Ilario Antoniazzi, Eveque de Tunis"]


def m06():
    when = at("2021-02-01 10:30:02")
    sent = when - dt.timedelta(seconds=26)
    text = """Madame, Monsieur,

Sur instruction de Mgr l'Évêque, je vous prie de trouver ci-joint :

- la lettre d'accompagnement signée par Monseigneur ;
- le rapport volontaire d'examen du Pacte mondial pour des migrations sûres, ordonnées et régulières, préparé par le Service diocésain de la pastorale des migrants (SDPM).

Le rapport porte sur l'accueil des étudiants et travailleurs subsahariens à Tunis, Sfax et Sousse entre 2018 et 2020.

Nous vous saurions gré de bien vouloir nous en accuser réception.

Veuillez agréer, Madame, Monsieur, l'expression de nos salutations distinguées.

Sœur Agnès Mbarga
Secrétariat de l'Évêché
Diocèse de Tunis
4, rue d'Alger – 1000 Tunis
"""
    html = html_wrap('<div class="WordSection1">' + text2html(text).replace("<p>", '<p class="MsoNormal">') + "</div>",
                     charset="windows-1252")
    alt = multi("alternative", [leaf("text/plain", text, "windows-1252"), leaf("text/html", html, "windows-1252")],
                "_000_PR3P192MB08456B1C2D3E4F5061728394PR3P192MB0845EURP_")
    n_letter = "Lettre d'accompagnement - Mgr.pdf"
    n_report = "Rapport volontaire PMM - Diocèse de Tunis - SDPM.pdf"
    a1 = leaf("application/pdf", make_pdf(m06_letter()), cte="base64", params=[("name", '"%s"' % n_letter)],
              disp='attachment; filename="%s"; size=1021' % n_letter)
    a2 = leaf("application/pdf", make_pdf(["Diocese de Tunis - Service diocesain de la pastorale des migrants (SDPM)",
                                           "Rapport volontaire d'examen du Pacte mondial sur les migrations",
                                           "Accueil des etudiants et travailleurs subsahariens, 2018-2020"]),
              cte="base64", params=[("name", '"%s"' % b_word(n_report, "windows-1252"))],
              disp="attachment;\r\n\tfilename*=%s" % rfc2231(n_report, "windows-1252"))
    body = multi("mixed", [alt, a1, a2], "_004_PR3P192MB08456B1C2D3E4F5061728394PR3P192MB0845EURP_")
    rows = std_rows(when, "mail-am6eur05on2071.outbound.protection.outlook.example.com", "40.107.22.71", "4DTk8R1pB2z4",
                    None,
                    hdr("Transmission du rapport volontaire - Diocèse de Tunis", "windows-1252", "Q"),
                    rfcdate(tz(sent, 1)), "<PR3P192MB08456B1C2D3E4F5061728394@PR3P192MB0845.EURP192.PROD.OUTLOOK.example.com>",
                    ret="secretariat@eveche-tunis.example.org")
    fh = hdr("Évêché de Tunis - Secrétariat", "windows-1252", "Q")
    fh.append(" <secretariat@eveche-tunis.example.org>", "us-ascii")
    rows = [(k, fh if k == "From" else v) for k, v in rows]
    m = top(body, rows)
    add(6, when, m, dict(category="voluntary_report", language="fr", acknowledge=True, on_time=True,
        report_attachments=[n_report],
        notes="bishop's office sends the report with a separate covering letter PDF signed by the bishop: only the "
              "report PDF makes up the report; report file name in windows-1252 RFC 2231 (filename*) and RFC 2047 "
              "(name); the nun who writes and 'Mgr' are not speakers; Outlook windows-1252 QP, UTC+1."))


def m07():
    when = at("2021-02-02 14:17:40")
    sent = when - dt.timedelta(seconds=55)
    text = """الأخوة الأعزاء في فريق المراجعة الإقليمية للاتفاق العالمي من أجل الهجرة المحترمين
تحية طيبة

نرفق لكم طيّاً التقرير الطوعي الجماعي لتحالف المنظمات الدينية للإغاثة في نينوى، وهو تقرير مشترك أعدّته سبع منظمات (مسيحية وإسلامية وإيزيدية) تعمل مع النازحين والعائدين في سهل نينوى وسنجار والموصل، ويغطي الفترة 2018–2020 وفق أهداف الاتفاق العالمي.

المنظمات المشاركة: مؤسسة وقف الخير للتنمية، جمعية مار أفرام الخيرية، منظمة يزدا للإغاثة المحلية، لجنة الإغاثة في أبرشية الموصل، مؤسسة النور الإنسانية، جمعية شباب بعشيقة، مركز السلام للحوار.

يرجى تأكيد الاستلام.

مع التقدير
م. سرمد يوسف حنا
منسق التحالف
الموصل - العراق
"""
    html = html_wrap('<div dir="rtl">' + text2html(text) + "</div>", "rtl", "utf-8")
    alt = multi("alternative", [leaf("text/plain", text, "utf-8", "base64"), leaf("text/html", html, "utf-8", "base64")],
                "_000_DB7PR07MB5432F0E1D2C3B4A5968778695A4DB7PR07MB5432eurp_")
    n = "التقرير الطوعي الجماعي - تحالف نينوى.docx"
    docx = make_docx(["Ninewa Coalition of Faith-Based Relief Organisations",
                      "Collective Voluntary GCM Review Report 2021",
                      "Displacement, return and reintegration in the Nineveh Plains, Sinjar and Mosul (2018-2020)"])
    att = leaf(DOCX, docx, cte="base64", params=[("name", '"%s"' % b_word(n))],
               disp='attachment; filename="%s"; size=%d' % (b_word(n), len(docx)))
    body = multi("mixed", [alt, att], "_004_DB7PR07MB5432F0E1D2C3B4A5968778695A4DB7PR07MB5432eurp_")
    rows = std_rows(when, "mail-db8eur05on2059.outbound.protection.outlook.example.com", "40.107.20.59", "4DTx3Z9qC7z0",
                    addr("Sarmad Y. Hanna", "coordinator@ninewa-fbo.example.org"),
                    hdr("التقرير الطوعي الجماعي - تحالف المنظمات الدينية للإغاثة في نينوى"),
                    rfcdate(tz(sent, 3)), "<DB7PR07MB5432F0E1D2C3B4A5968778695A4@DB7PR07MB5432.eurprd07.prod.outlook.example.com>",
                    ret="coordinator@ninewa-fbo.example.org")
    rows += [("Content-Language", "ar-IQ")]
    m = top(body, rows)
    add(7, when, m, dict(category="voluntary_report", language="ar", acknowledge=True, on_time=True,
        report_attachments=[n],
        notes="collective report of seven faith-based organisations (list of member organisations is not a list of "
              "speakers); DOCX with an Arabic RFC 2047 file name inside quotes (Outlook style); 'منسق التحالف' "
              "signs but asks for no speaking role; base64 text+HTML; Date UTC+3."))


def m08():
    when = at("2021-02-03 16:02:11")
    sent = when - dt.timedelta(seconds=18)
    text = """Dear colleagues at the Regional UN Network on Migration,

Peace and blessings from Cairo.

Please find attached the voluntary GCM review report of the Nile Churches Refugee Service (NCRS), the joint refugee and migrant ministry of five Protestant and Orthodox congregations in Greater Cairo and Alexandria. It covers our education, psychosocial and livelihoods programmes for Sudanese, South Sudanese, Eritrean and Syrian families.

We would also be honoured if Rev. Dr. Emad Boutros, Chair of the NCRS Board, could serve as rapporteur to deliver the key messages of the stakeholders - or, if that role is already filled, take the floor in a plenary session. (Rev. Boutros is also Senior Pastor of St. Mark's Evangelical Church in Heliopolis and has led our work with refugee families since 2012.)

Thank you for your consideration. Please do not hesitate to contact me for any further information.

Sincerely,

Mariam Fawzy
Programme Manager
Nile Churches Refugee Service (NCRS)
12 El Merghany St., Heliopolis, Cairo, Egypt
"""
    html = html_wrap('<div class="WordSection1">' + text2html(text).replace("<p>", '<p class="MsoNormal">')
                     + '<p class="MsoNormal"><img width="120" height="40" src="cid:image001.png@01D6FA3B.5C1E2D90"></p></div>')
    alt = multi("alternative", [leaf("text/plain", text, "utf-8"), leaf("text/html", html, "utf-8")],
                "_000_AM6PR10MB2134C9B8A7F6E5D4C3B2A190AM6PR10MB2134EURP_")
    img = leaf("image/png", make_png(12, 4, (120, 20, 40)), cte="base64", params=[("name", '"image001.png"')],
               disp='inline; filename="image001.png"', extra=[("Content-ID", "<image001.png@01D6FA3B.5C1E2D90>")])
    rel = multi("related", [alt, img], "_005_AM6PR10MB2134C9B8A7F6E5D4C3B2A190AM6PR10MB2134EURP_",
                params=[("type", '"multipart/alternative"')])
    n = "NCRS_Voluntary_GCM_Review_2021.pdf"
    att = pdf_att(n, ["Nile Churches Refugee Service (NCRS)", "Voluntary GCM Review Report - February 2021",
                      "Education, psychosocial support and livelihoods for refugees and migrants in Egypt"])
    body = multi("mixed", [rel, att], "_006_AM6PR10MB2134C9B8A7F6E5D4C3B2A190AM6PR10MB2134EURP_")
    rows = std_rows(when, "mail-he1eur04on0612.outbound.protection.outlook.example.com", "40.107.7.112", "4DVb6J2wD8z5",
                    "Mariam Fawzy <m.fawzy@ncrs-egypt.example.org>",
                    "NCRS voluntary report + rapporteur proposal (Rev. Dr. Emad Boutros)", rfcdate(tz(sent, 2)),
                    "<AM6PR10MB2134C9B8A7F6E5D4C3B2A190@AM6PR10MB2134.EURPRD10.PROD.OUTLOOK.example.com>",
                    ret="m.fawzy@ncrs-egypt.example.org")
    rows += [("Accept-Language", "en-US"), ("Content-Language", "en-US"), ("X-MS-Has-Attach", "yes")]
    m = top(body, rows)
    add(8, when, m, dict(category="both", language="en", acknowledge=True, on_time=True, speakers=[
        sp("Emad Boutros", "Chair of the NCRS Board",
           "Nile Churches Refugee Service (NCRS)", ["rapporteur", "plenary"])],
        report_attachments=[n],
        notes="report + speaker in one message; 'Rev. Dr.' are honorifics; the speaker's second post (senior "
              "pastor of a church) is given in a parenthesis and is not the affiliation he is proposed under; rapporteur with "
              "plenary as a fallback ('or, if that role is already filled'); inline logo PNG (multipart/related) is "
              "not part of the report; Outlook, Egypt UTC+2."))


def m09():
    when = at("2021-02-03 21:45:30")
    sent = when - dt.timedelta(seconds=7)
    text = """Bonsoir,

je suis Soeur Claire Marchand de la communauté des Soeurs Blanches a Tamanrasset, on travaille avec Caritas Algérie au centre d'accueil des migrants du Sud.

On a bien recu votre lettre d invitation (merci!!) mais on a plusieurs questions svp :
- la consultation du 23 fevrier sera en ligne ou a Beyrouth? nous on ne peut pas voyager
- est ce qu il y aura la traduction en francais ? notre equipe ne parle pas bien anglais
- le rapport volontaire on peut l envoyer en francais ou c obligatoire en anglais/arabe ?

On a pas encore decidé si on va envoyer un rapport, on attend votre reponse d abord.

Merci beaucoup et bon courage a toute l equipe

Sr Claire
"""
    body = leaf("text/plain", text, "UTF-8", "quoted-printable")
    rows = std_rows(when, "smtp.orange-dz.example.net", "105.235.128.19", "4DVq0F5sH1z7",
                    "=?UTF-8?Q?Claire_Marchand?= <claire.marchand.sba@yahoo.example.fr>",
                    "questions pour la consultation du 23", rfcdate(tz(sent, 1)),
                    "<1612385123456.98765@mail.yahoo.example.fr>", ret="claire.marchand.sba@yahoo.example.fr")
    rows += [("X-Mailer", "WebService/1.1.17648 YMailNorrin")]
    m = top(body, rows)
    add(9, when, m, dict(category="other", language="fr", acknowledge=True, on_time=None,
        notes="logistics/language questions from a nun (Algeria, UTC+1); mentions the consultation and the voluntary "
              "report but submits nothing and asks for no speaking role; informal French without accents, "
              "abbreviations ('svp', 'c obligatoire'); Yahoo webmail."))


def m10():
    when = at("2021-02-04 08:31:09")
    sent = when - dt.timedelta(seconds=5)
    text = """صباح الخير

انا مينا سمير منسق برنامج الشباب في ملتقى الأديان للتنمية - أسيوط، عايز أشارك في النقاش المفتوح بتاع المشاورة يوم ٢٣ فبراير لو ينفع. احنا شغالين مع شباب مسلمين ومسيحيين من الصعيد اللي بيفكروا يهاجروا بطرق غير نظامية وعندنا حاجات كتير عايزين نقولها.

ممكن تبعتولي اللينك او الخطوات؟

شكرا جدا

مرسل من الـ iPhone الخاص بي
"""
    body = leaf("text/plain", text, "utf-8", "base64")
    rows = std_rows(when, "mail.te-data.example.com.eg", "197.38.14.201", "4DW5rB3nM6z2",
                    addr("Mina Samir", "mina.samir.assiut@icloud.example.com"),
                    hdr("المشاركة في النقاش المفتوح"), rfcdate(tz(sent, 2)),
                    "<A7C3E9B1-2D4F-4A6B-8C0E-1F3A5B7C9D2E@icloud.example.com>",
                    ret="mina.samir.assiut@icloud.example.com")
    rows += [("X-Mailer", "iPhone Mail (18C66)")]
    m = top(body, rows)
    add(10, when, m, dict(category="speaker_request", language="ar", acknowledge=True, on_time=True, speakers=[
        sp("مينا سمير", "منسق برنامج الشباب", "ملتقى الأديان للتنمية", ["open_discussion"])],
        notes="short Egyptian colloquial iPhone mail (base64) proposing himself; name/title/affiliation all in one "
              "running sentence, city after a dash is not part of the affiliation; Eastern Arabic digits in the date."))


def m11():
    when = at("2021-02-04 12:10:00")
    sent = when - dt.timedelta(seconds=22)
    text = """Dear colleagues,

A small correction to our proposal below, with apologies: Sister Marie-Bernard's position has just changed with our new programme structure. Her title should now read "Coordinator, Migrant Domestic Workers and Kafala Reform Programme".

She remains available for Roundtable 2 as proposed; if that roundtable is already full, she would also be glad to make a floor intervention in a plenary session instead.

Registration under her civil name, Rita Abi Nader, as before please.

Many thanks,
Nayla

Nayla Khoury
Programme Officer | Caritas Lebanon
Zahle & Bekaa Regional Office
T: +961 8 800 214

From: Nayla Khoury <n.khoury@caritas-zahle.example.org>
Sent: Thursday, January 28, 2021 7:05 AM
To: gcmrrarabstates@iom.int
Subject: Speaker proposal - Roundtable 2 - Caritas Lebanon (Zahle)

Dear GCM Regional Review Team,

Warm greetings from Zahle.

Further to the invitation letter of the Regional UN Network on Migration, Caritas Lebanon - Zahle & Bekaa Regional Office is pleased to propose a speaker for the thematic roundtable on labour migration (Roundtable 2):

Name: Sister Marie-Bernard (civil name: Rita Abi Nader)
Position: Head, Migrant Domestic Workers Programme
Organisation: Caritas Lebanon

[...]
"""
    html = html_wrap('<div class="WordSection1">' + text2html(text).replace("<p>", '<p class="MsoNormal">') + "</div>")
    body = multi("alternative", [leaf("text/plain", text, "utf-8"), leaf("text/html", html, "utf-8")],
                 "_000_VI1PR0402MB33567E8F9A0B1C2D3E4F5061VI1PR0402MB3356eurp_")
    orig = "<VI1PR0402MB3356A1F2C3D4E5F6A7B8C9D0@VI1PR0402MB3356.eurprd04.prod.outlook.example.com>"
    rows = std_rows(when, "mail-eopbgr80088.outbound.protection.outlook.example.com", "40.107.8.88", "4DW9cT4mP0z8",
                    "Nayla Khoury <n.khoury@caritas-zahle.example.org>",
                    "RE: Speaker proposal - Roundtable 2 - Caritas Lebanon (Zahle)", rfcdate(tz(sent, 0)),
                    "<VI1PR0402MB33567E8F9A0B1C2D3E4F5061@VI1PR0402MB3356.eurprd04.prod.outlook.example.com>",
                    ret="n.khoury@caritas-zahle.example.org")
    rows += [("References", orig), ("In-Reply-To", orig),
             ("Thread-Topic", "Speaker proposal - Roundtable 2 - Caritas Lebanon (Zahle)"),
             ("Thread-Index", "AdbvBq9ZkE2xQm1ORpy3l5bXy8Wd2AFHn3xK"), ("Content-Language", "en-US")]
    m = top(body, rows)
    add(11, when, m, dict(category="speaker_request", language="en", acknowledge=True, on_time=True, speakers=[
        sp("Rita Abi Nader", "Coordinator, Migrant Domestic Workers and Kafala Reform Programme", "Caritas Lebanon",
           ["roundtable", "plenary"], 2)],
        thread_of="h134-03.eml",
        notes="Outlook follow-up revising the speaker of h134-03: new title in quotes, plenary added as a fallback; "
              "the affiliation is only in the signature and the quoted original (branch after a dash / pipe "
              "excluded); the old title in the quote must not win; civil vs religious name again."))


def m12():
    when = at("2021-02-04 17:20:44")
    sent = when - dt.timedelta(seconds=16)
    text = """Hello GCM team,

On behalf of the Gulf Migrant Chaplaincies Network (GMCN) I'd like to put forward two speakers for the regional review conference:

1) Fr. Anthony D'Souza - Parish Priest | Our Lady of the Gulf Parish | Dubai, UAE
   -> floor intervention in the plenary

2) Grace Villanueva, GMCN Case Worker (Filipino community desk), Sharjah
   -> the fourth roundtable, the one on protection/vulnerabilities if we understood the letter correctly

Fr. Anthony has been ministering to migrant workers in the labour camps for 15 years and Grace handles most of our cases of absconding domestic workers and wage theft.

Thanks & God bless,
Maria Lourdes Santos
Volunteer Coordinator, GMCN
+971 50 555 0193
"""
    body = leaf("text/plain", flowed(text), "UTF-8", "7bit")
    body.replace_header("Content-Type", 'text/plain; charset="UTF-8"; format=flowed; delsp=no')
    rows = std_rows(when, "mail-pj1-f66.google.example.com", "209.85.216.66", "4DWm7Y0xS2z3",
                    "Malou Santos <malou.gmcn@gmail.example.com>",
                    "GMCN speakers - plenary + roundtable 4", rfcdate(tz(sent, 4)),
                    "<CAJ4fT7wN0bQ2dR5eS8gU1hW3jY6lA9nC2pE5rG8tI1vK4xM7z@mail.gmail.example.com>",
                    ret="malou.gmcn@gmail.example.com")
    m = top(body, rows)
    add(12, when, m, dict(category="speaker_request", language="en", acknowledge=True, on_time=True, speakers=[
        sp("Anthony D'Souza", "Parish Priest", "Our Lady of the Gulf Parish", ["plenary"]),
        sp("Grace Villanueva", "Case Worker (Filipino community desk)", "Gulf Migrant Chaplaincies Network (GMCN)",
           ["roundtable"], 4)],
        notes="two speakers in a numbered list with different layouts: pipe-separated title | parish | city "
              "(city/country not part of the affiliation) and 'GMCN Case Worker (...)' where the acronym is glued "
              "to the title (fullest affiliation is in the intro); 'Fr.' honorific; roundtable given as 'the fourth "
              "roundtable' with a guessed topic; sender nickname 'Malou' in From vs 'Maria Lourdes' in signature; "
              "Gmail format=flowed from Dubai (UTC+4)."))


def m13():
    when = at("2021-02-05 23:52:14")
    sent = when - dt.timedelta(seconds=24)
    text = """Madame, Monsieur,

Je me permets de vous écrire depuis Paris, où je suis de passage pour un colloque, afin de vous faire part de mon souhait d'intervenir lors d'une session plénière de la Conférence d'examen régional du Pacte mondial (24-25 février).

Je le fais en tant que directeur de l'Institut d'études islamo-chrétiennes de l'Université Notre-Dame du Levant, où nous animons depuis 2015 un programme de formation de responsables religieux, chrétiens et musulmans, à l'accompagnement des réfugiés et des travailleurs migrants au Liban.

Je m'excuse pour cet envoi tardif, à quelques minutes de l'échéance, et vous remercie de votre compréhension.

Avec mes sentiments respectueux et fraternels,

P. Fadi Karam, s.j.
Directeur
Institut d'études islamo-chrétiennes
Université Notre-Dame du Levant – Beyrouth
"""
    html = html_wrap('<div style="font-family: Helvetica; font-size: 13px;">' + text2html(text) + "</div>")
    body = multi("alternative", [leaf("text/plain", text, "utf-8"), leaf("text/html", html, "utf-8")],
                 "Apple-Mail=_5E2B7C9A-3D1F-4B8E-A6C0-9F2D4E6B8A1C")
    rows = std_rows(when, "mail.ndl-univ.example.edu.lb", "194.126.20.12", "4DX1pH6vN9z4",
                    "=?utf-8?Q?Fadi_Karam?= <fkaram@ndl-univ.example.edu.lb>",
                    hdr("Demande d'intervention en plénière – P. Fadi Karam"), rfcdate(tz(sent, 1)),
                    "<3F7A1C9E-5B2D-4E8F-9A6C-0D1E2F3A4B5C@ndl-univ.example.edu.lb>",
                    ret="fkaram@ndl-univ.example.edu.lb")
    rows += [("X-Mailer", "Apple Mail (2.3654.60.0.2.21)")]
    m = top(body, rows)
    add(13, when, m, dict(category="speaker_request", language="fr", acknowledge=True, on_time=True, speakers=[
        sp("Fadi Karam", "directeur", "Institut d'études islamo-chrétiennes de l'Université Notre-Dame du Levant",
           ["plenary"])],
        notes="deadline edge: received 23:52:14 Beirut on Fri 5 Feb (on time) while the Date header is 22:51:50 "
              "+0100 (Paris); sender apologises for being late; 'P.' and 's.j.' around the name are not part of it; "
              "institute of a university = affiliation with its parent, written in prose; 'Directeur' also in the "
              "signature; Apple Mail text+HTML."))


def m14():
    when = at("2021-02-05 23:58:41")
    sent = when - dt.timedelta(seconds=35)
    text = """Bonsoir,

Comme convenu au telephone avec votre collègue, on vous envoi ci-joint le rapport volontaire de notre association sur le Pacte mondial (version word).

Aussi, notre coordinatrice Mme Aïcha Benjelloun voudrait prendre la parole pendant la discussion ouverte de la consultation multipartite du 23 février, elle connait trés bien la situation des migrants subsahariens bloqués à Oujda et à la frontiére.

Dsl pour l'heure tardive, la connexion était coupée toute la soirée.

Cordialement
Youssef Amrani
Trésorier
Association Entraide et Foi (AEF) - Oujda (Maroc)
"""
    html = '<div dir="ltr">' + text2html(text) + "</div>\n"
    alt = multi("alternative", [leaf("text/plain", text, "UTF-8"), leaf("text/html", html, "UTF-8")],
                "0000000000007c3d9f05baa1e2b4")
    n = "Rapport AEF Pacte mondial 2021.docx"
    docx = make_docx(["Association Entraide et Foi (AEF)", "Rapport volontaire d'examen du Pacte mondial (PMM) 2021",
                      "Migrants subsahariens a Oujda et a la frontiere algero-marocaine"])
    att = leaf(DOCX, docx, cte="base64", params=[("name", '"%s"' % n)],
               disp='attachment; filename="%s"' % n, extra=[("X-Attachment-Id", "f_kkt3n9w80")])
    body = multi("mixed", [alt, att], "0000000000007c3da005baa1e2b6")
    rows = std_rows(when, "mail-wm1-f45.google.example.com", "209.85.128.45", "4DX1vK8wQ3z6",
                    "Youssef Amrani <aef.oujda@gmail.example.com>",
                    "Rapport AEF + intervention 23 fevrier", rfcdate(tz(sent, 1)),
                    "<CAN9kE2vR4bT7xW0yZ3aC6eF9hJ2kM5nP8rS1uV4wY7zA0cD3f@mail.gmail.example.com>",
                    ret="aef.oujda@gmail.example.com")
    m = top(body, rows)
    add(14, when, m, dict(category="both", language="fr", acknowledge=True, on_time=True, speakers=[
        sp("Aïcha Benjelloun", "coordinatrice", "Association Entraide et Foi (AEF)", ["open_discussion"])],
        report_attachments=[n],
        notes="deadline edge: received 23:58:41 Beirut on Fri 5 Feb, Date header 22:58:06 +0100 (Morocco): the speaker "
              "part is on time by about a minute, the report part easily; the treasurer signs and is not the speaker; "
              "affiliation only in the sender's signature, city/country after a dash excluded; title 'notre "
              "coordinatrice' in prose; Moroccan French with typos ('on vous envoi', 'trés')."))


def m15():
    when = at("2021-02-06 00:07:26")
    sent = when - dt.timedelta(seconds=19)
    inner = """<div dir="rtl">
<p>عسلامة،</p>
<p>نحب نقترح عليكم سي الهادي بن سالم، رئيس جمعية الزيتونة للتضامن والعمل الخيري، باش يتدخل في الطاولة المستديرة الثانية متاع المؤتمر. الجمعية تخدم مع المهاجرين الأفارقة في صفاقس ومدنين من 2013 (إعانات، سكن، متابعة صحية).</p>
<p>قريت في الرسالة بالعربي اللي آخر أجل لطلب الكلمة هو 23 فيفري، إذن إن شاء الله مازلنا في الوقت.</p>
<p>يعطيكم الصحة</p>
<p>أمينة الطرابلسي<br>مكلّفة بالتواصل<br>جمعية الزيتونة للتضامن والعمل الخيري – صفاقس</p>
</div>"""
    body = leaf("text/html", html_wrap(inner, "rtl", "UTF-8"), "UTF-8", "quoted-printable")
    rows = std_rows(when, "mail-ed1-f53.google.example.com", "209.85.208.53", "4DX2Bq1rT5z0",
                    addr("أمينة الطرابلسي", "zitouna.solidarite@gmail.example.com"),
                    hdr("اقتراح متدخل - الطاولة المستديرة 2"), rfcdate(tz(sent, 1)),
                    "<CAB3hQ6sT9vW2yA5cE8gI1kM4oQ7sU0wY3aC6eG9iK2mO5q@mail.gmail.example.com>",
                    ret="zitouna.solidarite@gmail.example.com")
    m = top(body, rows)
    add(15, when, m, dict(category="speaker_request", language="ar", acknowledge=True, on_time=False, speakers=[
        sp("الهادي بن سالم", "رئيس", "جمعية الزيتونة للتضامن والعمل الخيري", ["roundtable"], 2)],
        notes="late by about 7 minutes: received 00:07:26 Beirut on Sat 6 Feb, the Date header is Fri 5 Feb 23:07 +0100 "
              "(Tunisia); the sender relies on the misprinted Arabic deadline ('23 فيفري'); Tunisian Darija, HTML-only "
              "QP; 'سي' is an honorific; title 'رئيس' with the full association name following it; "
              "communications officer signs and is not a speaker."))


def m16():
    when = at("2021-02-06 09:15:12")
    sent = when - dt.timedelta(seconds=2)
    text = """Thank you for your email.

I am on retreat until Monday 15 February 2021 with limited access to email. For urgent pastoral matters please contact the parish office at office@stjoseph-amman.example.org or call +962 6 555 0177.

Fr. Michael Haddad
St Joseph Parish, Amman
"""
    html = html_wrap(text2html(text))
    body = multi("alternative", [leaf("text/plain", text, "us-ascii", "7bit"), leaf("text/html", html, "us-ascii", "7bit")],
                 "_000_HE1PR0601MB2210A9B8C7D6E5F4A3B2C1D0HE1PR0601MB2210eurp_")
    rows = [("Return-Path", "<>"), ("Delivered-To", BOX),
            ("Received", received(when, "mail-eopbgr130045.outbound.protection.outlook.example.com", "40.107.13.45",
                                  "4DXHc2nV7z9")),
            ("From", "Michael Haddad <m.haddad@stjoseph-amman.example.org>"), ("To", BOX),
            ("Subject", "Automatic reply: Reminder: voluntary GCM review reports due 16 February 2021"),
            ("Thread-Topic", "Reminder: voluntary GCM review reports due 16 February 2021"),
            ("Date", rfcdate(tz(sent, 0))),
            ("Message-ID", "<HE1PR0601MB2210A9B8C7D6E5F4A3B2C1D0@HE1PR0601MB2210.eurprd06.prod.outlook.example.com>"),
            ("In-Reply-To", "<reminder-20210206-0900.gcmrr@iom.int>"),
            ("References", "<reminder-20210206-0900.gcmrr@iom.int>"),
            ("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All"),
            ("X-MS-Exchange-Inbox-Rules-Loop", "m.haddad@stjoseph-amman.example.org"),
            ("Content-Language", "en-US")]
    m = top(body, rows)
    add(16, when, m, dict(category="auto_reply", language="en", acknowledge=False, on_time=None,
        notes="Exchange out-of-office from a priest to the network's reminder mailing; subject carries the report "
              "deadline; signature with 'Fr.' and a parish looks like speaker details; Auto-Submitted: auto-replied, "
              "null Return-Path."))


def m17():
    when = at("2021-02-08 10:41:55")
    sent = when - dt.timedelta(seconds=11)
    text = """شكراً جزيلاً على تأكيد الاستلام، بارك الله فيكم وجزاكم كل خير.

م. سرمد يوسف حنا
منسق التحالف

________________________________
From: GCM Regional Review Arab States <gcmrrarabstates@iom.int>
Sent: Tuesday, February 2, 2021 3:19 PM
To: coordinator@ninewa-fbo.example.org
Subject: استلام: التقرير الطوعي الجماعي - تحالف المنظمات الدينية للإغاثة في نينوى

شكراً لكم. تم استلام تقريركم الطوعي الخاص بمراجعة الاتفاق العالمي من أجل الهجرة.
"""
    body = leaf("text/plain", text, "utf-8", "base64")
    orig = "<DB7PR07MB5432F0E1D2C3B4A5968778695A4@DB7PR07MB5432.eurprd07.prod.outlook.example.com>"
    ack = "<ack-20210202-141902-7@gcmrr.iom.int>"
    rows = std_rows(when, "mail-db8eur05on2064.outbound.protection.outlook.example.com", "40.107.20.64", "4DYt0X3kG8z1",
                    addr("Sarmad Y. Hanna", "coordinator@ninewa-fbo.example.org"),
                    re_hdr("RE: ", "استلام: التقرير الطوعي الجماعي - تحالف المنظمات الدينية للإغاثة في نينوى"),
                    rfcdate(tz(sent, 3)), "<DB7PR07MB5432A0B1C2D3E4F5061728394AB@DB7PR07MB5432.eurprd07.prod.outlook.example.com>",
                    ret="coordinator@ninewa-fbo.example.org")
    rows += [("References", orig + " " + ack), ("In-Reply-To", ack), ("Content-Language", "ar-IQ")]
    m = top(body, rows)
    add(17, when, m, dict(category="other", language="ar", acknowledge=False, on_time=None, thread_of="h134-07.eml",
        notes="thank-you reply to our acknowledgement of h134-07 that adds nothing: must not be acknowledged; "
              "quotes the acknowledgement (which mentions the voluntary report); References name h134-07."))


def m18():
    when = at("2021-02-10 11:03:27")
    sent = when - dt.timedelta(seconds=47)
    text = """السادة الكرام في الشبكة الإقليمية للأمم المتحدة المعنية بالهجرة،
السلام عليكم ورحمة الله وبركاته،

تتشرف مؤسسة أوقاف السلام الخيرية بأن ترفق لكم تقريرها الطوعي حول تنفيذ الاتفاق العالمي من أجل الهجرة الآمنة والمنظمة والنظامية، والذي يتناول برامج الوقف لدعم العمالة الوافدة في دولة قطر ومشاريعنا للاجئين في الأردن ولبنان.

كما يسعدنا أن نرشح سعادة الشيخ خالد بن سعيد المري، رئيس مجلس الأوقاف، لإلقاء كلمة في إحدى الجلسات العامة للمؤتمر، ونعتذر عن تأخرنا في إرسال الترشيح بسبب انشغال فضيلته بالسفر.

وتقبلوا وافر التحية والتقدير،

مكتب الرئيس التنفيذي
مؤسسة أوقاف السلام الخيرية | الدوحة – قطر
"""
    html = html_wrap('<div dir="rtl">' + text2html(text) + "</div>", "rtl", "windows-1256")
    alt = multi("alternative", [leaf("text/plain", text, "windows-1256"), leaf("text/html", html, "windows-1256")],
                "----=_NextPart_001_0045_01D6FF8C.2A3B4C50")
    n = "تقرير أوقاف السلام - الاتفاق العالمي للهجرة 2021.pdf"
    att = leaf("application/pdf", make_pdf(["Al-Salam Awqaf Charitable Foundation",
                                            "Voluntary GCM Review Report 2021",
                                            "Waqf programmes for migrant workers in Qatar and refugees in Jordan and Lebanon"]),
               cte="base64",
               disp="attachment;\r\n\t" + ";\r\n\t".join(rfc2231_cont("filename", n)))
    att.replace_header("Content-Type", "application/pdf;\r\n\t" + ";\r\n\t".join(rfc2231_cont("name", n)))
    body = multi("mixed", [alt, att], "----=_NextPart_000_0044_01D6FF8C.2A3B4C50")
    rows = std_rows(when, "mail.awqaf-salam.example.qa", "89.211.40.70", "4DZpR5mW2z6",
                    addr("مكتب الرئيس التنفيذي", "ceo.office@awqaf-salam.example.qa", "windows-1256"),
                    hdr("التقرير الطوعي وترشيح متحدث - مؤسسة أوقاف السلام الخيرية", "windows-1256"),
                    rfcdate(tz(sent, 3)), "<004501d6ff8c$2a3b4c50$7eb1e4f0$@awqaf-salam.example.qa>",
                    ret="ceo.office@awqaf-salam.example.qa")
    rows += [("X-Mailer", "Microsoft Outlook 16.0"), ("Content-Language", "ar-qa")]
    m = top(body, rows)
    add(18, when, m, dict(category="both", language="ar", acknowledge=True, on_time=False, speakers=[
        sp("خالد بن سعيد المري", "رئيس مجلس الأوقاف", "مؤسسة أوقاف السلام الخيرية", ["plenary"])],
        report_attachments=[n],
        notes="'both' on 10 Feb: report on time but the speaker part is after 5 Feb, so on_time is false (the sender "
              "even apologises for the delay); 'سعادة الشيخ' and 'فضيلته' are honorifics; title 'رئيس مجلس الأوقاف' "
              "keeps the council; affiliation with '| الدوحة – قطر' after it excluded; PDF with an Arabic "
              "RFC 2231 continued file name; windows-1256 Outlook from an office, no personal signature."))


def m19():
    when = at("2021-02-11 15:26:08")
    sent = when - dt.timedelta(seconds=13)
    text = """Bonjour,

Suite à votre lettre d'invitation, le Conseil des Églises du Levant souhaiterait inscrire une petite délégation de son Bureau Migrants et Réfugiés pour suivre la consultation multipartite du 23 février et la conférence des 24 et 25 février, en tant que participants uniquement (nous ne sollicitons pas de prise de parole cette fois-ci) :

  - Mgr Antoine Nassar, vicaire patriarcal, président du Bureau
  - Mme Rima Sfeir, responsable du Bureau Migrants et Réfugiés
  - M. Élie Haddad, chargé de projets

Pourriez-vous nous indiquer comment obtenir les liens de connexion et s'il y aura une interprétation simultanée en français ?

Avec nos remerciements anticipés et nos salutations les meilleures,

Rima Sfeir
Responsable, Bureau Migrants et Réfugiés
Conseil des Églises du Levant
Beyrouth, Liban
"""
    html = html_wrap('<div class="WordSection1">' + text2html(text).replace("<p>", '<p class="MsoNormal">') + "</div>")
    body = multi("alternative", [leaf("text/plain", text, "utf-8"), leaf("text/html", html, "utf-8")],
                 "_000_PAXPR08MB6912B3C4D5E6F7A8B9C0D1E2PAXPR08MB6912eurp_")
    rows = std_rows(when, "mail-eopbgr70052.outbound.protection.outlook.example.com", "40.107.7.52", "4F0aD7tR1z3",
                    "Rima Sfeir <r.sfeir@cel-levant.example.org>",
                    hdr("Inscription délégation CEL – consultation du 23 février"), rfcdate(tz(sent, 2)),
                    "<PAXPR08MB6912B3C4D5E6F7A8B9C0D1E2@PAXPR08MB6912.eurprd08.prod.outlook.example.com>",
                    ret="r.sfeir@cel-levant.example.org")
    rows += [("Content-Language", "fr-FR")]
    m = top(body, rows)
    add(19, when, m, dict(category="other", language="fr", acknowledge=True, on_time=None,
        notes="registration of a delegation as participants only ('nous ne sollicitons pas de prise de parole'): "
              "names, titles and an organisation in a list but no speaking role; 'Mgr' bishop in the list; "
              "logistics questions (links, interpretation); after the speaker deadline anyway."))


def m20():
    when = at("2021-02-12 10:14:36")
    sent = when - dt.timedelta(seconds=29)
    text = """Madame, Monsieur,

Suite à notre envoi du 1er février, veuillez trouver ci-joint une version corrigée du rapport volontaire du Service diocésain de la pastorale des migrants (SDPM) : deux tableaux statistiques de la section 3 contenaient des erreurs. Merci de bien vouloir remplacer la version précédente par celle-ci.

Avec nos salutations distinguées,

Sœur Agnès Mbarga
Secrétariat de l'Évêché
Diocèse de Tunis

-----Message d'origine-----
De : Évêché de Tunis - Secrétariat <secretariat@eveche-tunis.example.org>
Envoyé : lundi 1 février 2021 09:29
À : gcmrrarabstates@iom.int
Objet : Transmission du rapport volontaire - Diocèse de Tunis

Madame, Monsieur,

Sur instruction de Mgr l'Évêque, je vous prie de trouver ci-joint :
[...]
"""
    html = html_wrap('<div class="WordSection1">' + text2html(text).replace("<p>", '<p class="MsoNormal">') + "</div>",
                     charset="windows-1252")
    alt = multi("alternative", [leaf("text/plain", text, "windows-1252"), leaf("text/html", html, "windows-1252")],
                "_000_PR3P192MB0845C1D2E3F4A5B6C7D8E9F0PR3P192MB0845EURP_")
    n = "Rapport volontaire PMM - Diocèse de Tunis - SDPM - v2 corrigée.pdf"
    att = leaf("application/pdf", make_pdf(["Diocese de Tunis - Service diocesain de la pastorale des migrants (SDPM)",
                                            "Rapport volontaire d'examen du Pacte mondial sur les migrations - v2",
                                            "Version corrigee (tableaux de la section 3), 11 fevrier 2021"]),
               cte="base64", params=[("name", '"%s"' % b_word(n, "windows-1252"))],
               disp="attachment;\r\n\tfilename*=%s" % rfc2231(n, "windows-1252"))
    body = multi("mixed", [alt, att], "_004_PR3P192MB0845C1D2E3F4A5B6C7D8E9F0PR3P192MB0845EURP_")
    orig = "<PR3P192MB08456B1C2D3E4F5061728394@PR3P192MB0845.EURP192.PROD.OUTLOOK.example.com>"
    fh = hdr("Évêché de Tunis - Secrétariat", "windows-1252", "Q")
    fh.append(" <secretariat@eveche-tunis.example.org>", "us-ascii")
    rows = std_rows(when, "mail-am6eur05on2088.outbound.protection.outlook.example.com", "40.107.22.88", "4F1bN2wK6z8",
                    fh, hdr("RE: Transmission du rapport volontaire - Diocèse de Tunis", "windows-1252", "Q"),
                    rfcdate(tz(sent, 1)), "<PR3P192MB0845C1D2E3F4A5B6C7D8E9F0@PR3P192MB0845.EURP192.PROD.OUTLOOK.example.com>",
                    ret="secretariat@eveche-tunis.example.org")
    rows.insert(5, ("Reply-To", "secretariat@eveche-tunnis.example.org"))
    rows += [("References", orig), ("In-Reply-To", orig)]
    m = top(body, rows)
    add(20, when, m, dict(category="voluntary_report", language="fr", acknowledge=True, on_time=True,
        report_attachments=[n], thread_of="h134-06.eml",
        notes="corrected version replacing the report of h134-06 (In-Reply-To set, French Outlook quote header); only "
              "the v2 PDF this time, covering letter not re-sent; accented windows-1252 RFC 2231 file name; Reply-To "
              "has a typo in the domain (the acknowledgement to it bounces, see h134-21)."))


def m21():
    when = at("2021-02-12 10:16:02")
    ack_mid = "<ack-20210212-101440-3@gcmrr.iom.int>"
    notice = POSTFIX_NOTICE + """
<secretariat@eveche-tunnis.example.org>: Host or domain name not found. Name
    service error for name=eveche-tunnis.example.org type=MX: Host not found,
    try again
"""
    blocks = [[("Reporting-MTA", "dns; mx1.iom.int"), ("X-Postfix-Queue-ID", "4F1bQ0xL2z5"),
               ("X-Postfix-Sender", "rfc822; gcmrrarabstates@iom.int"),
               ("Arrival-Date", "Fri, 12 Feb 2021 10:14:41 +0200 (EET)")],
              [("Final-Recipient", "rfc822; secretariat@eveche-tunnis.example.org"),
               ("Original-Recipient", "rfc822;secretariat@eveche-tunnis.example.org"),
               ("Action", "failed"), ("Status", "5.4.4"),
               ("Diagnostic-Code", "X-Postfix; Host or domain name not found. Name service error\r\n"
                                   "    for name=eveche-tunnis.example.org type=MX: Host not found, try again")]]
    status = Message(policy=POL)
    status["Content-Type"] = "message/delivery-status"
    subs = []
    for blk in blocks:
        b_ = Message(policy=POL)
        for k, v in blk:
            b_[k] = v
        b_.set_payload("")
        subs.append(b_)
    status.set_payload(subs)
    status["Content-Description"] = "Delivery report"
    hdrs = leaf("text/rfc822-headers", "", "us-ascii", "7bit")
    hdrs.set_payload("""Received: by mx1.iom.int (Postfix, from userid 1001)
	id 4F1bQ0xL2z5; Fri, 12 Feb 2021 10:14:41 +0200 (EET)
From: GCM Regional Review Arab States <gcmrrarabstates@iom.int>
To: secretariat@eveche-tunnis.example.org
Subject: =?utf-8?q?Accus=C3=A9_de_r=C3=A9ception_=3A_rapport_volontaire?=
Date: Fri, 12 Feb 2021 10:14:40 +0200
Message-ID: %s
Auto-Submitted: auto-replied
""" % ack_mid)
    hdrs.replace_header("Content-Type", "text/rfc822-headers")
    del hdrs["Content-Transfer-Encoding"]
    hdrs["Content-Description"] = "Undelivered Message Headers"
    n1 = leaf("text/plain", notice, "us-ascii", "7bit")
    n1["Content-Description"] = "Notification"
    body = multi("report", [n1, status, hdrs], "4F1bQ0xL2z5.1613117762/mx1.iom.int",
                 params=[("report-type", "delivery-status")])
    rows = [("Return-Path", "<>"), ("Delivered-To", BOX),
            ("Received", "by mx1.iom.int (Postfix)\r\n\tid 4F1bR7yM3z0; %s" % rfcdate(when, "EET")),
            ("Date", rfcdate(when, "EET")),
            ("From", "MAILER-DAEMON@mx1.iom.int (Mail Delivery System)"),
            ("Subject", "Undelivered Mail Returned to Sender"), ("To", BOX),
            ("Auto-Submitted", "auto-replied"), ("Message-ID", "<20210212081602.4F1bR7yM3z0@mx1.iom.int>")]
    m = top(body, rows)
    add(21, when, m, dict(category="bounce", language="en", acknowledge=False, on_time=None,
        notes="Postfix DSN (5.4.4, domain not found) for our French acknowledgement of h134-20 sent to the mistyped "
              "Reply-To; only the returned headers are included; the DSN text is English although the bounced acknowledgement "
              "was French."))


def m22():
    when = at("2021-02-15 20:48:51")
    sent = when - dt.timedelta(seconds=8)
    text = """مرحبا شباب،

هي رابط التقرير الطوعي تبع مؤسسة الوقف الإسلامي للرعاية الاجتماعية، ما قدرت ابعته مرفق لأنو حجمه كبير (فيه صور):
https://drive.example.com/file/d/1a2B3c4D5e6F7g8H9i0J/view?usp=sharing

باختصار، التقرير بيحكي عن شغلنا مع العمال المهاجرين والعائلات السورية بطرابلس وعكار خلال ٢٠١٩-٢٠٢٠: توزيع المساعدات من ريع الوقف، الكفالات المدرسية، والمساعدة القانونية لتسوية الإقامات. وفي قسم عن أثر الأزمة الاقتصادية وكورونا على العمال المهاجرين.

إذا في مشكلة بفتح الرابط خبروني وببعته بطريقة تانية.

ويعطيكن العافية
بلال درويش
مسؤول المشاريع
مؤسسة الوقف الإسلامي للرعاية الاجتماعية - طرابلس، لبنان
"""
    html = '<div dir="rtl">' + text2html(text).replace(
        "https://drive.example.com/file/d/1a2B3c4D5e6F7g8H9i0J/view?usp=sharing",
        '<a href="https://drive.example.com/file/d/1a2B3c4D5e6F7g8H9i0J/view?usp=sharing">التقرير_الطوعي_2021.pdf</a>') + "</div>\n"
    body = multi("alternative", [leaf("text/plain", text, "UTF-8", "base64"), leaf("text/html", html, "UTF-8", "base64")],
                 "000000000000a8f2c105bb5d7e39")
    rows = std_rows(when, "mail-lf1-f52.google.example.com", "209.85.167.52", "4FDn8S3vX5z7",
                    addr("Bilal Darwish", "bilal.darwish.waqf@gmail.example.com"),
                    hdr("التقرير الطوعي - مؤسسة الوقف الإسلامي للرعاية الاجتماعية"), rfcdate(sent),
                    "<CAH5jR8tV1xZ4bD7fH0jL3nP6rT9vX2zB5dF8hJ1lN4pR7t@mail.gmail.example.com>",
                    ret="bilal.darwish.waqf@gmail.example.com")
    m = top(body, rows)
    add(22, when, m, dict(category="voluntary_report", language="ar", acknowledge=True, on_time=True,
        notes="report submitted as a cloud link (no attachment; the HTML link text looks like a PDF file name) with a "
              "short summary in the body; Levantine colloquial; report_attachments stays empty."))


def m23():
    when = at("2021-02-16 23:57:20")
    sent = when - dt.timedelta(seconds=18)
    text = """Dear Sir/Madam,

Please find attached our voluntary GCM review report. Sorry, I know it is already after midnight here in Dubai, I hope it still counts since you are on Beirut time!

The report is a joint effort of the Emirates Interfaith Welfare Fellowship (EIWF) member congregations (Catholic, Orthodox, Protestant, Sikh and Hindu communities) on the welfare of migrant workers in the northern emirates during the pandemic.

Kind regards,
Priya Menon
Secretary, EIWF
"""
    html = '<div dir="ltr">' + text2html(text) + "</div>\n"
    alt = multi("alternative", [leaf("text/plain", text, "UTF-8"), leaf("text/html", html, "UTF-8")],
                "00000000000051c7e305bb7a9f12")
    n = "EIWF GCM report FINAL (2).pdf"
    att = pdf_att(n, ["Emirates Interfaith Welfare Fellowship (EIWF)", "Voluntary GCM Review Report 2021",
                      "Migrant worker welfare in the northern emirates during COVID-19"])
    att["X-Attachment-Id"] = "f_kl9z0c1m0"
    body = multi("mixed", [alt, att], "00000000000051c7e405bb7a9f14")
    rows = std_rows(when, "mail-wr1-f43.google.example.com", "209.85.221.43", "4FF2yC9wZ0z1",
                    "Priya Menon <priya.eiwf@gmail.example.com>",
                    "GCM voluntary review report - EIWF", rfcdate(tz(sent, 4)),
                    "<CAM2kS9uW3yA6cE9gI2kM5oQ8sU1wY4aC7eG0iK3mO6qS9u@mail.gmail.example.com>",
                    ret="priya.eiwf@gmail.example.com")
    m = top(body, rows)
    add(23, when, m, dict(category="voluntary_report", language="en", acknowledge=True, on_time=True,
        report_attachments=[n],
        notes="deadline edge: received 23:57:20 Beirut on Tue 16 Feb (on time) although the Date header says Wed 17 Feb "
              "01:57:02 +0400 (Dubai) and the sender says it is after midnight; file name with spaces and '(2)'."))


def m24():
    when = at("2021-02-17 00:04:10")
    sent = when - dt.timedelta(seconds=43)
    text = """Bonsoir,

Veuillez trouver ci-joint le rapport volontaire de la Commission diaconie de l'Église protestante d'Algérie sur la mise en œuvre du Pacte mondial, accompagné de son annexe (liste des structures d'accueil).

Nous vous prions d'excuser cet envoi de dernière minute : nous sommes le 16 au soir et nous espérons que le rapport pourra être pris en compte.

Fraternellement,

Rév. Samir Bouzid
Président de la Commission diaconie
Église protestante d'Algérie – Alger
"""
    body_text = leaf("text/plain", flowed(text), "UTF-8", "8bit")
    body_text.replace_header("Content-Type", "text/plain; charset=UTF-8; format=flowed")
    n1 = "Rapport_PMM_Diaconie_EPA_2021.pdf"
    n2 = "Annexe - structures d'accueil.pdf"
    a1 = pdf_att(n1, ["Eglise protestante d'Algerie - Commission diaconie", "Rapport volontaire d'examen du PMM 2021",
                      "Accueil et accompagnement des migrants subsahariens en Algerie"])
    a2 = pdf_att(n2, ["Annexe : liste des structures d'accueil partenaires", "Alger, Oran, Tamanrasset, Ghardaia"])
    body = multi("mixed", [body_text, a1, a2], "------------3B8C2E4D6F0A1B3C5D7E9F02")
    rows = std_rows(when, "smtp.djaweb.example.dz", "193.194.77.15", "4FF3bD2xA1z4",
                    "=?UTF-8?Q?Samir_Bouzid?= <diaconie.epa@djaweb.example.dz>",
                    hdr("Rapport volontaire PMM – Commission diaconie (EPA)"), rfcdate(tz(sent, 1)),
                    "<8e1f3a5c-7b9d-4f2e-a6c8-0b2d4f6a8c1e@djaweb.example.dz>",
                    ret="diaconie.epa@djaweb.example.dz")
    rows += [("User-Agent", "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:78.0) Gecko/20100101 Thunderbird/78.7.1"),
             ("Content-Language", "fr")]
    m = top(body, rows)
    add(24, when, m, dict(category="voluntary_report", language="fr", acknowledge=True, on_time=False,
        report_attachments=[n1, n2],
        notes="late by about 4 minutes: received 00:04:10 Beirut on Wed 17 Feb while the Date header is Tue 16 Feb "
              "23:03:27 +0100 (Algiers) and the sender writes 'nous sommes le 16 au soir'; report plus annex (both "
              "part of the submission); 'Rév.' signer is not a speaker; Thunderbird 8bit format=flowed."))


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
