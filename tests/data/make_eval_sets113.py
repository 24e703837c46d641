#!/usr/bin/env python3
"""Write the blind evaluation set holdout113 (24 raw .eml messages + labels.json).

Deterministic, standard library only:  python3 tests/data/make_eval_sets113.py
Theme: NGOs, charities and community groups in Egypt and Sudan (and their diaspora / neighbours):
Egyptian and Sudanese Arabic, formal MSA, English and French as a second language, ceremonious openings,
speaker details at the very end, several attachments (report, annex, photos, CV).
"""
import datetime as dt
import json
import os
import re
from email.message import Message
from mailgen import (HERE, BOX, POL, rfcdate, at, tz, hdr, re_hdr, addr, leaf, multi,
                     html_wrap, esc, text2html, flowed, make_pdf, make_docx, DOCX,
                     rfc2231, rfc2231_cont, b_word, received, top, serialize, sp, std_rows)
from mailgen import POSTFIX_NOTICE

OUT = os.path.join(HERE, "holdout113")


# ---------------------------------------------------------------- message assembly


MESSAGES = []


def add(num, when, msg, label):
    fname = "h113-%02d.eml" % num
    lab = {"file": fname, "received_at": when.isoformat()}
    lab.update(label)
    full = {k: lab.get(k) for k in ["file", "received_at", "category", "language", "acknowledge", "on_time",
                                    "speakers", "report_attachments", "thread_of", "notes"]}
    for k, default in (("speakers", []), ("report_attachments", []), ("thread_of", None)):
        if full[k] is None and default is not None:
            full[k] = default
    MESSAGES.append((fname, serialize(msg), full))


# ================================================================ the 24 messages
def make_jpg(seed, n=900):
    """Small JPEG-looking bytes (SOI, JFIF APP0, deterministic filler, EOI)."""
    filler = bytearray()
    x = seed * 2654435761 & 0xffffffff
    for _ in range(n):
        x = (1103515245 * x + 12345) & 0x7fffffff
        b = (x >> 16) & 0xff
        filler.append(0x00 if b == 0xff else b)
    return (b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01\x01\x01\x00H\x00H\x00\x00"
            b"\xff\xdb\x00\x43\x00" + bytes(range(1, 65)) + bytes(filler) + b"\xff\xd9")


def att_gmail(name, data, ctype, att_id):
    """Gmail style: quoted name/filename, RFC 2047 encoded words when not ASCII."""
    try:
        name.encode("ascii")
        q = '"%s"' % name
    except UnicodeEncodeError:
        q = '"%s"' % b_word(name)
    return leaf(ctype, data, cte="base64", params=[("name", q)], disp="attachment; filename=%s" % q,
                extra=[("Content-ID", "<%s>" % att_id), ("X-Attachment-Id", att_id)])


def att_outlook(name, data, ctype):
    """Outlook style: RFC 2231 filename*, RFC 2047 name= when not ASCII."""
    try:
        name.encode("ascii")
        return leaf(ctype, data, cte="base64", params=[("name", '"%s"' % name)],
                    disp='attachment;\r\n\tfilename="%s"' % name)
    except UnicodeEncodeError:
        return leaf(ctype, data, cte="base64", params=[("name", '"%s"' % b_word(name))],
                    disp="attachment;\r\n\tfilename*=%s" % rfc2231(name))


def att_tbird(name, data, ctype):
    """Thunderbird style: RFC 2231 continuations for long / non-ASCII names."""
    try:
        name.encode("ascii")
        if len(name) < 60:
            return leaf(ctype, data, cte="base64", params=[("name", '"%s"' % name)],
                        disp='attachment; filename="%s"' % name)
    except UnicodeEncodeError:
        pass
    conts = rfc2231_cont("filename", name, 40)
    ctp = [("name", '"%s"' % b_word(name))]
    return leaf(ctype, data, cte="base64", params=ctp, disp="attachment;\r\n " + ";\r\n ".join(conts))


JPG = "image/jpeg"
PDF = "application/pdf"


# ---------------------------------------------------------------- 01 ar speaker, 4 paragraphs then details
def m01():
    when = at("2021-01-27 13:05:12")
    sent = when - dt.timedelta(seconds=26)
    text = """السادة المحترمين/ أمانة الشبكة الإقليمية للأمم المتحدة المعنية بالهجرة
المنظمة الدولية للهجرة – المكتب الإقليمي

بعد التحية والسلام،

يطيب لنا في جمعية الأمل لتنمية المجتمع بأسوان، وهي جمعية أهلية مشهرة بوزارة التضامن الاجتماعي تحت رقم 1187 لسنة 2004، أن نتقدم إلى سيادتكم بخالص الشكر والتقدير على دعوتكم الكريمة للمشاركة في المراجعة الإقليمية للاتفاق العالمي من أجل الهجرة الآمنة والمنظمة والنظامية في المنطقة العربية، وهي دعوة نعتز بها أيما اعتزاز، ونرى فيها تقديراً لجهود المجتمع المدني في صعيد مصر.

وتعمل الجمعية منذ تأسيسها في قرى ونجوع محافظة أسوان، ولا سيما في مراكز إدفو وكوم أمبو ونصر النوبة، على التوعية بمخاطر الهجرة غير النظامية بين الشباب، وقد نفذت خلال العامين الماضيين أكثر من مائة وعشرين ندوة توعوية في المدارس ومراكز الشباب، بالتعاون مع المديرية والجهات المعنية، استفاد منها ما يزيد عن سبعة آلاف شاب وشابة.

كما تقدم الجمعية خدمات الدعم النفسي والاجتماعي والمساعدة القانونية للأسر التي فقدت أبناءها في رحلات الهجرة عبر البحر المتوسط، وتعمل على إعادة دمج العائدين من ليبيا والسودان من خلال مشروعات صغيرة مدرة للدخل، وقد بلغ عدد المستفيدين من برنامج إعادة الدمج 412 عائداً وعائدة حتى نهاية عام 2020.

ولا يفوتنا أن نشير إلى أن الجمعية تستقبل كذلك أعداداً متزايدة من الأسر السودانية الوافدة عبر منفذي أرقين وقسطل، وتقدم لها بالتنسيق مع الشركاء المساعدات العينية والتوجيه إلى الخدمات الصحية والتعليمية، وهو ما أتاح لنا خبرة ميدانية نأمل أن نشارككم إياها خلال أعمال المراجعة.

وعليه، يتشرف مجلس إدارة الجمعية بترشيح الأستاذة/ منى عبد الرحمن الشريف، مديرة برنامج حماية المهاجرين والعائدين بالجمعية، للمشاركة بمداخلة في المائدة المستديرة المواضيعية الثانية، راجين التكرم بالموافقة وإفادتنا بما يلزم من إجراءات.

وتفضلوا بقبول وافر الاحترام والتقدير،،،

محاسب/ عادل فهمي جرجس
رئيس مجلس الإدارة
جمعية الأمل لتنمية المجتمع بأسوان
ت: 097 2315 480
"""
    html = html_wrap('<div dir="rtl" style="font-family:\'Simplified Arabic\';font-size:14pt">'
                     + text2html(text) + "</div>", "rtl", "windows-1256")
    body = multi("alternative", [leaf("text/plain", text, "windows-1256"),
                                 leaf("text/html", html, "windows-1256")],
                 "----=_NextPart_000_0007_01D6F4B2.8E1A3C50")
    rows = std_rows(when, "mail.alamal-aswan.example.org", "41.33.182.74", "4DQh3T0Yc1z2",
                    addr("جمعية الأمل لتنمية المجتمع", "info@alamal-aswan.example.org", "windows-1256"),
                    hdr("ترشيح للمشاركة في المراجعة الإقليمية للاتفاق العالمي للهجرة", "windows-1256"),
                    rfcdate(sent), "<000701d6f4b2$8e1a3c50$aa4eb4f0$@alamal-aswan.example.org>",
                    ret="info@alamal-aswan.example.org")
    rows += [("X-Mailer", "Microsoft Outlook 14.0"), ("Thread-Index", "AdbvSoMOGjxQqk63Rkq4nUXh0kSQ7g=="),
             ("Content-Language", "ar-eg")]
    m = top(body, rows)
    add(1, when, m, dict(category="speaker_request", language="ar", acknowledge=True, on_time=True, speakers=[
        sp("منى عبد الرحمن الشريف", "مديرة برنامج حماية المهاجرين والعائدين", "جمعية الأمل لتنمية المجتمع بأسوان",
           ["roundtable"], 2)],
        notes="ceremonious MSA from an Egyptian NGO: four long paragraphs about the association's work (numbers, "
              "places, Sudanese families) before the speaker appears in the last paragraph; honorific 'الأستاذة/' "
              "with slash; the organisation is only named fully in the first paragraph (speaker is 'بالجمعية'); "
              "signer (board chair, 'محاسب/') is not the speaker; roundtable as ordinal 'الثانية'; windows-1256 "
              "Outlook text+HTML; From display name is the organisation."))


# ---------------------------------------------------------------- 02 en speaker, Cairo, title before name, CV attached
def m02():
    when = at("2021-01-28 10:42:37")
    sent = when - dt.timedelta(seconds=19)
    text = """Dear Sirs,

Greetings from Cairo and we hope this email find you in good health.

With reference to the kind invitation letter of the Regional UN Network on Migration regarding the Regional Review of the Global Compact for Migration in the Arab region, the Egyptian Foundation for Refugee Rights (EFRR) is pleased to express its deep appreciation for the efforts done by the Network for involving civil society in this important process.

EFRR is working since 2011 in Greater Cairo and Alexandria providing legal aid, psychosocial support and livelihood for refugees and migrants from Sudan, South Sudan, Eritrea, Ethiopia and Syria, and we have a long experience in documentation of the situation of migrant domestic workers and unaccompanied children.

In this regard, we are honored to nominate our Programme Director Mr. Hossam El-Din Farouk to deliver an intervention from the floor in the plenary session of the conference. Kindly find attached his CV for your reference.

We remain at your disposal for any further informations.

Best Regards,

Nermeen Salah
Executive Director
Egyptian Foundation for Refugee Rights (EFRR)
12 El-Nasr St., Maadi, Cairo - Egypt
Tel: +20 2 2358 1140 | Mob: +20 100 412 7789
"""
    html = ('<html xmlns:o="urn:schemas-microsoft-com:office:office"><head><meta http-equiv="Content-Type" '
            'content="text/html; charset=us-ascii"><style><!-- p.MsoNormal {margin:0cm;font-size:11.0pt;'
            'font-family:"Calibri",sans-serif;} --></style></head><body lang="EN-US"><div class="WordSection1">\n'
            + "\n".join('<p class="MsoNormal">%s<o:p></o:p></p>' % (esc(p).replace("\n", "<br>\n") or "&nbsp;")
                        for p in text.split("\n\n")) + "\n</div></body></html>\n")
    alt = multi("alternative", [leaf("text/plain", text, "us-ascii"), leaf("text/html", html, "us-ascii")],
                "_000_VI1PR0802MB2231A8F7E4C1B0D9E63A8BB2C9BA0VI1PR0802MB2231_")
    cv = make_docx(["CURRICULUM VITAE", "Hossam El-Din Farouk", "Programme Director, Egyptian Foundation for Refugee Rights",
                    "MA Refugee Studies, American University in Cairo (2009)", "2014-present: Programme Director, EFRR"])
    body = multi("mixed", [alt, att_outlook("CV - Hossam Farouk 2021.docx", cv, DOCX)],
                 "_004_VI1PR0802MB2231A8F7E4C1B0D9E63A8BB2C9BA0VI1PR0802MB2231_")
    rows = std_rows(when, "mail-vi1eur05on2091.outbound.protection.outlook.example.com", "40.107.21.91",
                    "4DRL7d2Kx9z4", "Nermeen Salah <n.salah@efrr-eg.example.org>",
                    "Nomination of speaker - EFRR - Regional Review of GCM",
                    rfcdate(sent), "<VI1PR0802MB2231A8F7E4C1B0D9E63A8BB2C9BA0@VI1PR0802MB2231.eurprd08.prod.outlook.example.com>",
                    ret="n.salah@efrr-eg.example.org")
    rows += [("Thread-Topic", "Nomination of speaker - EFRR - Regional Review of GCM"),
             ("Thread-Index", "AQHW9UqR3c0xT1kFa0i2b8VfV6h9Qw=="), ("Accept-Language", "en-US"),
             ("Content-Language", "en-US"), ("X-MS-Has-Attach", "yes")]
    m = top(body, rows)
    add(2, when, m, dict(category="speaker_request", language="en", acknowledge=True, on_time=True, speakers=[
        sp("Hossam El-Din Farouk", "Programme Director", "Egyptian Foundation for Refugee Rights (EFRR)", ["plenary"])],
        notes="English as a second language from Cairo; speaker introduced title-first ('our Programme Director "
              "Mr. Hossam El-Din Farouk'), honorific inside the phrase; signer (Executive Director) is not the "
              "speaker; a CV (DOCX) is attached but it is not a report, so no report_attachments; 'intervention "
              "from the floor in the plenary session' = plenary; Outlook with Word HTML."))


# ---------------------------------------------------------------- 03 fr speaker, HTML-only table, two speakers (Chad)
def m03():
    when = at("2021-01-31 09:20:48")
    sent = when - dt.timedelta(seconds=33)
    inner = """<div style="font-family:Calibri,sans-serif;font-size:11pt">
<p>Madame, Monsieur,</p>
<p>Nous avons l&#8217;honneur d&#8217;accuser r&eacute;ception de votre aimable lettre d&#8217;invitation relative &agrave; l&#8217;Examen r&eacute;gional du Pacte mondial pour des migrations s&ucirc;res, ordonn&eacute;es et r&eacute;guli&egrave;res dans la r&eacute;gion arabe, et vous en remercions vivement.</p>
<p>L&#8217;Association Tchadienne d&#8217;Appui aux R&eacute;fugi&eacute;s et Retourn&eacute;s (ATARR) intervient depuis 2005 dans les camps de r&eacute;fugi&eacute;s soudanais de l&#8217;Est du Tchad (Farchana, Gaga, Breidjing, Tr&eacute;guine) ainsi qu&#8217;aupr&egrave;s des retourn&eacute;s tchadiens venus du Soudan et de Libye. Bien que le Tchad ne fasse pas partie de la r&eacute;gion arabe au sens de la Ligue, la mobilit&eacute; entre le Darfour, le Tchad et la Libye nous semble au c&oelig;ur des d&eacute;bats.</p>
<p>C&#8217;est pourquoi nous souhaiterions proposer les intervenants suivants&nbsp;:</p>
<table border="1" cellspacing="0" cellpadding="4" style="border-collapse:collapse">
<tr style="background:#d9e2f3"><th>Nom et pr&eacute;nom</th><th>Fonction</th><th>Structure</th><th>Session souhait&eacute;e</th></tr>
<tr><td>Mme Achta Mahamat Nour</td><td>Coordinatrice des programmes de protection</td><td>ATARR</td><td>Discussion ouverte de la consultation multipartite (23 f&eacute;vrier)</td></tr>
<tr><td>M. Abakar Issa Ousmane</td><td>Charg&eacute; de plaidoyer</td><td>ATARR &ndash; antenne d&#8217;Ab&eacute;ch&eacute;</td><td>Table ronde n&deg;4 (&agrave; d&eacute;faut n&deg;1)</td></tr>
</table>
<p>Nous restons &agrave; votre enti&egrave;re disposition pour tout compl&eacute;ment d&#8217;information.</p>
<p>Veuillez agr&eacute;er, Madame, Monsieur, l&#8217;expression de nos salutations distingu&eacute;es.</p>
<p><b>Hassan Djibrine Mahamat</b><br>Secr&eacute;taire ex&eacute;cutif<br>ATARR &ndash; N&#8217;Djam&eacute;na, Tchad<br>+235 66 21 40 87</p>
</div>"""
    body = leaf("text/html", html_wrap(inner, None, "iso-8859-1"), "iso-8859-1", "quoted-printable")
    rows = std_rows(when, "mail.atarr-td.example.org", "154.68.12.30", "4DT2gH5vN8z3",
                    "\"Hassan Djibrine Mahamat\" <sg@atarr-td.example.org>",
                    hdr("Proposition d'intervenants - ATARR (Tchad) - Examen régional du PMM", "iso-8859-1", "Q"),
                    rfcdate(tz(sent, 1)), "<001a01d6f7c4$55e2b0c0$01a81240$@atarr-td.example.org>",
                    ret="sg@atarr-td.example.org")
    rows += [("X-Mailer", "Microsoft Outlook 16.0"), ("Content-Language", "fr")]
    m = top(body, rows)
    aff = "Association Tchadienne d\u2019Appui aux Réfugiés et Retournés (ATARR)"
    add(3, when, m, dict(category="speaker_request", language="fr", acknowledge=True, on_time=True, speakers=[
        sp("Achta Mahamat Nour", "Coordinatrice des programmes de protection", aff, ["open_discussion"]),
        sp("Abakar Issa Ousmane", "Chargé de plaidoyer", aff, ["roundtable"], 4)],
        notes="HTML-only (iso-8859-1, entities) with the two speakers in a table; honorifics Mme/M. inside the "
              "name cells; table gives only the acronym ATARR (and a branch 'antenne d'Abéché'), the full name "
              "with acronym is in the prose; roundtable 'n°4 (à défaut n°1)' = first choice 4; 'discussion "
              "ouverte de la consultation multipartite' = open_discussion; signer is not a speaker; Date +0100."))


# ---------------------------------------------------------------- 04 ar Sudanese colloquial, proposes colleague
ID04 = "<CAJx7Rk2pQ9mWn0sYbT4vL8cE3hF6gA1dZ5uN2oK7iM4rS9wX@mail.gmail.example.com>"


def m04():
    when = at("2021-02-01 20:14:09")
    sent = when - dt.timedelta(seconds=12)
    text = """السلام عليكم ورحمة الله وبركاته
ازيكم يا جماعة ان شاء الله تكونو بخير

معاكم صلاح الدين من منظمة نفير للتنمية المجتمعية (كسلا). وصلتنا الدعوة حقتكم عن طريق شبكة المنظمات في الشرق والله فرحنا بيها شديد.

نحنا داير نشارك في المراجعة الاقليمية دي، وعايزين نرشح اخونا الاستاذ عثمان الطيب محمد احمد عشان يقدم مداخلة في الجلسة العامة. عثمان زول شغال معانا من 2015 في ملف الهجرة غير النظامية والاتجار بالبشر في الحدود مع اريتريا ومعسكرات الشجراب، وعندو خبرة كبيرة في الحاجات دي.

لو في اي ورق او فورم لازم نملاهو ورونا.

وشكرا ليكم كتير
اخوكم صلاح الدين آدم
منظمة نفير
0912 448 903
"""
    html = '<div dir="rtl">' + text2html(text) + "</div>\n"
    body = multi("alternative", [leaf("text/plain", text, "UTF-8", "base64"), leaf("text/html", html, "UTF-8", "base64")],
                 "000000000000b3c1f905ba4d2e77")
    rows = std_rows(when, "mail-ed1-f43.google.example.com", "209.85.208.43", "4DVk5R1pTmz6",
                    addr("Salah Adam", "salahadam.nafeer@gmail.example.com"),
                    hdr("المشاركة في المراجعة الاقليمية"), rfcdate(sent), ID04,
                    ret="salahadam.nafeer@gmail.example.com")
    m = top(body, rows)
    add(4, when, m, dict(category="speaker_request", language="ar", acknowledge=True, on_time=True, speakers=[
        sp("عثمان الطيب محمد احمد", None, "منظمة نفير للتنمية المجتمعية", ["plenary"])],
        notes="Sudanese colloquial ('داير نشارك', 'عايزين نرشح اخونا', 'زول', 'حقتكم') without hamzas; the sender "
              "proposes a colleague, not himself; no job title given (his work area is described, not a title) "
              "so title is null; honorific 'الاستاذ' not part of the name; '(كسلا)' is the town, not part of the "
              "name; Gmail base64 text+HTML from a gmail address with a Latin display name."))


# ---------------------------------------------------------------- 05 en several speakers, Sudanese ESL, one attends only
def m05():
    when = at("2021-02-02 16:30:55")
    sent = when - dt.timedelta(seconds=41)
    text = """Dear the GCM Regional Review Team,
Assalamu alaikum and good afternoon,

First of all allow us to thank the Regional UN Network on Migration for this kind invitation and for giving the chance to the grassroots organizations from Sudan to share our voice. We are Blue Nile Youth for Peace and Development Association (BNYPDA), a youth led organization registered in HAC since 2012, working in Ed Damazin and Khartoum with IDPs, returnees and youth who are at risk of irregular migration to Libya and Europe.

As per the invitation letter we would like to request speaking role for two of our members as follow:

1- Ms. Hiba Abdelrahim Osman, Coordinator of Youth Programs, BNYPDA - we propose her to be rapporteur to deliver the key messages of stakeholders.

2- Mr. Mohamed Adam Yagoub, Legal Officer, BNYPDA - floor intervention in roundtable number one.

Also our chairman Mr. Ibrahim Kuku Tia will attend the conference as participant only (no speaking) and he already did the registration.

Waiting your kind response.

Best regards
Tasneem Elfadil
Communication Officer
Blue Nile Youth for Peace & Development Association
Ed Damazin - Sudan
"""
    html = '<div dir="ltr">' + text2html(text) + "</div>\n"
    body = multi("alternative", [leaf("text/plain", text, "UTF-8"), leaf("text/html", html, "UTF-8")],
                 "000000000000e6a8d305ba5f1c3a")
    rows = std_rows(when, "mail-wm1-f66.google.example.com", "209.85.128.66", "4DWq9L3sHnz1",
                    "Tasneem Elfadil <bnypda.sudan@gmail.example.com>",
                    "Request for speaking role (BNYPDA - Sudan)", rfcdate(sent),
                    "<CAN4pXw7T2bQ9vR1mK8zL3cF6hJ0dA5sE2uG7iO4nY1rW9qZ@mail.gmail.example.com>",
                    ret="bnypda.sudan@gmail.example.com")
    m = top(body, rows)
    aff = "Blue Nile Youth for Peace and Development Association (BNYPDA)"
    add(5, when, m, dict(category="speaker_request", language="en", acknowledge=True, on_time=True, speakers=[
        sp("Hiba Abdelrahim Osman", "Coordinator of Youth Programs", aff, ["rapporteur"]),
        sp("Mohamed Adam Yagoub", "Legal Officer", aff, ["roundtable"], 1)],
        notes="two speakers in a numbered list where each line repeats only the acronym BNYPDA (full name with "
              "acronym in the first paragraph; the signature spells it with '&'); the chairman is named with an "
              "honorific but attends 'as participant only (no speaking)' and must not be a speaker; the signer "
              "is not a speaker; 'roundtable number one' in words."))


# ---------------------------------------------------------------- 06 en report + annex + CV + two photos
ID06 = "<CAK2mW8rT5pL1vQ9xZ3bN7cH4jF0dS6gE1uA8iY2oR5kM3wX@mail.gmail.example.com>"
R06 = "SOMWW_GCM_Voluntary_Review_2021.pdf"
A06 = "Annex1_Case_Data_2019-2020.docx"


def m06():
    when = at("2021-02-03 11:05:26")
    sent = when - dt.timedelta(seconds=30)
    text = """Dear Sir / Madam,

Peace be upon you.

On behalf of the Sudanese Organization for Migrant Workers Welfare (SOMWW) in Khartoum, it is my pleasure to submit to you our voluntary GCM review report, which was prepared after consultations with migrant workers associations and families of migrants in Khartoum, Gezira and River Nile states during December 2020 and January 2021.

Please find attached the following:
- the voluntary report (PDF)
- Annex 1: case data for 2019-2020 (Word)
- CV of our Executive Director Dr. Nafisa Elamin Bashir, as was requested by IOM Khartoum sub-office for the civil society mapping
- two photos from the consultation workshop in Wad Madani

We hope that our humble contribution will be useful for the regional review. Please confirm receiving.

With best regards,

Mutasim Hamid Elnour
Programme Officer
Sudanese Organization for Migrant Workers Welfare (SOMWW)
Khartoum 2, Street 41, House 17
"""
    html = '<div dir="ltr">' + text2html(text) + "</div>\n"
    alt = multi("alternative", [leaf("text/plain", text, "UTF-8"), leaf("text/html", html, "UTF-8")],
                "000000000000f1b2c305ba6b7d91")
    rep = make_pdf(["Sudanese Organization for Migrant Workers Welfare (SOMWW)", "Voluntary GCM Review Report - February 2021",
                    "Objectives 6, 7, 14 and 21: recruitment, vulnerabilities, consular protection, return"])
    ann = make_docx(["Annex 1 - Case data 2019-2020", "Cases registered: 1,284", "Returnees from Libya: 311",
                     "Returnees from Saudi Arabia: 502"])
    cv = make_pdf(["CURRICULUM VITAE", "Dr. Nafisa Elamin Bashir", "Executive Director, SOMWW"])
    parts = [alt, att_gmail(R06, rep, PDF, "f_kkq1a2b30"), att_gmail(A06, ann, DOCX, "f_kkq1a2c41"),
             att_gmail("CV_Dr_Nafisa_Elamin.pdf", cv, PDF, "f_kkq1a2d52"),
             att_gmail("IMG_20210115_102233.jpg", make_jpg(61), JPG, "f_kkq1a2e63"),
             att_gmail("IMG_20210115_104410.jpg", make_jpg(62), JPG, "f_kkq1a2f74")]
    body = multi("mixed", parts, "000000000000f1b2c405ba6b7d93")
    rows = std_rows(when, "mail-wr1-f41.google.example.com", "209.85.221.41", "4DXb2M6tQpz8",
                    "Mutasim Hamid <somww.khartoum@gmail.example.com>",
                    "Voluntary GCM Review Report - SOMWW Sudan", rfcdate(sent), ID06,
                    ret="somww.khartoum@gmail.example.com")
    m = top(body, rows)
    add(6, when, m, dict(category="voluntary_report", language="en", acknowledge=True, on_time=True,
        report_attachments=[R06, A06],
        notes="five attachments: the report PDF and its annex DOCX count; the CV (a PDF, of the Executive "
              "Director, sent for an unrelated mapping exercise) and two camera photos do not; no speaking role "
              "is requested although a CV is attached and a person is named with title."))


# ---------------------------------------------------------------- 07 fr iPhone, speaker for someone else, odd order
ID07 = "<5C1E9A7B-3D2F-4A8E-B6C0-7F1D2E3A4B5C@omst-td.example.org>"


def m07():
    when = at("2021-02-03 18:40:03")
    sent = when - dt.timedelta(seconds=22)
    text = """Bonsoir,

Suite à la lettre d'invitation pour l'examen régional du pacte mondial, je vous propose notre collègue Khadija Ahmat Brahim, de l'Observatoire des Migrations Soudanaises au Tchad (OMST), où elle est responsable du pôle juridique, pour une intervention dans la table ronde 3.

Elle parle arabe et français.

Cordialement
Youssouf A.

Envoyé de mon iPhone
"""
    body = leaf("text/plain", text, "utf-8", "quoted-printable")
    rows = std_rows(when, "mail.omst-td.example.org", "154.68.40.11", "4DXq8C1wLmz5",
                    "Youssouf Abdelkerim <y.abdelkerim@omst-td.example.org>",
                    hdr("Intervenante table ronde"), rfcdate(tz(sent, 1)), ID07,
                    ret="y.abdelkerim@omst-td.example.org")
    rows += [("X-Mailer", "iPhone Mail (18C66)")]
    m = top(body, rows)
    add(7, when, m, dict(category="speaker_request", language="fr", acknowledge=True, on_time=True, speakers=[
        sp("Khadija Ahmat Brahim", "responsable du pôle juridique",
           "Observatoire des Migrations Soudanaises au Tchad (OMST)", ["roundtable"], 3)],
        notes="short iPhone mail for someone else; the title comes after the organisation in a relative clause "
              "('de l'Observatoire ... (OMST), où elle est responsable du pôle juridique'); sender signs with an "
              "initial only; Date +0100 (N'Djamena)."))


# ---------------------------------------------------------------- 08 ar Sudanese follow-up to 04: title + new role
def m08():
    when = at("2021-02-04 08:55:40")
    sent = when - dt.timedelta(seconds=15)
    new = """صباح الخير مرة تانية

معليش نسينا نرسل ليكم المسمى الوظيفي حق الاستاذ عثمان: هو منسق برامج الهجرة والحماية في منظمة نفير للتنمية المجتمعية.

وكمان اتشاورنا مع الاخوان وشايفين احسن يكون في المائدة المستديرة التالتة بدل الجلسة العامة، لانو موضوعها قريب من شغلنا.

وشكرا
صلاح الدين
"""
    quoted = ("في الاثنين، 1 فبراير 2021 في 8:13 م، صلاح الدين آدم <salahadam.nafeer@gmail.example.com> كتب:\n"
              + "\n".join(("> " + l) if l else ">" for l in """السلام عليكم ورحمة الله وبركاته
ازيكم يا جماعة ان شاء الله تكونو بخير

معاكم صلاح الدين من منظمة نفير للتنمية المجتمعية (كسلا). وصلتنا الدعوة حقتكم عن طريق شبكة المنظمات في الشرق والله فرحنا بيها شديد.

نحنا داير نشارك في المراجعة الاقليمية دي، وعايزين نرشح اخونا الاستاذ عثمان الطيب محمد احمد عشان يقدم مداخلة في الجلسة العامة.""".split("\n")) + "\n")
    text = new + "\n" + quoted
    html = ('<div dir="rtl">' + text2html(new) + '</div><br><div class="gmail_quote"><div dir="rtl" class="gmail_attr">'
            + esc(quoted.split("\n")[0]) + '<br></div><blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;'
            'border-right:1px solid rgb(204,204,204);padding-right:1ex">'
            + text2html("\n".join(l[2:] if l.startswith("> ") else "" for l in quoted.split("\n")[1:]))
            + "</blockquote></div>\n")
    body = multi("alternative", [leaf("text/plain", text, "UTF-8", "base64"), leaf("text/html", html, "UTF-8", "base64")],
                 "000000000000c9d4e805ba7a3f12")
    rows = std_rows(when, "mail-ed1-f44.google.example.com", "209.85.208.44", "4DYC1n4vRkz2",
                    addr("Salah Adam", "salahadam.nafeer@gmail.example.com"),
                    re_hdr("Re: ", "المشاركة في المراجعة الاقليمية"), rfcdate(sent),
                    "<CAJx7Rk3aB8nXo1tZcU5wM9dF4iG7hB2eA6vO3pL8jN5sT0yQ@mail.gmail.example.com>",
                    ret="salahadam.nafeer@gmail.example.com")
    rows += [("In-Reply-To", ID04), ("References", ID04)]
    m = top(body, rows)
    add(8, when, m, dict(category="speaker_request", language="ar", acknowledge=True, on_time=True, speakers=[
        sp("عثمان الطيب محمد احمد", "منسق برامج الهجرة والحماية", "منظمة نفير للتنمية المجتمعية", ["roundtable"], 3)],
        thread_of="h113-04.eml",
        notes="Sudanese colloquial follow-up to its own request (In-Reply-To): adds the missing title and moves "
              "the speaker from the plenary to roundtable 'التالتة' (colloquial for الثالثة) 'بدل الجلسة العامة'; "
              "the full name is only in the quoted original, the new text says 'الاستاذ عثمان'; the quoted part "
              "still asks for the plenary."))


# ---------------------------------------------------------------- 09 fr both, Cairo collective, Levantine French
def m09():
    when = at("2021-02-04 14:10:18")
    sent = when - dt.timedelta(seconds=27)
    rname = "Rapport CMFAC - examen volontaire PMM.pdf"
    text = """Bonjour à toute l'équipe,

J'espère que vous allez bien et que vous tenez le coup avec le confinement...

Je vous écris de la part du Collectif des Migrants Francophones d'Afrique au Caire (CMFAC). On a finalement pu terminer notre rapport volontaire sur la mise en œuvre du Pacte, après plusieurs réunions avec les communautés tchadienne, camerounaise, ivoirienne et congolaise ici au Caire et à Alexandrie. Vous le trouverez ci-joint en PDF.

Aussi, comme indiqué dans votre lettre, on voudrait proposer quelqu'un pour prendre la parole : notre secrétaire général M. Désiré Ngarlejy Mbaïdoum serait prêt à jouer le rôle de rapporteur pour présenter les messages clés des parties prenantes. Il a déjà fait ça pour la consultation de l'Union africaine l'année dernière.

Merci d'avance et n'hésitez surtout pas si vous avez besoin de quoi que ce soit.

Bien à vous,
Rita Haddad
Coordinatrice bénévole – CMFAC
(Zamalek, Le Caire)
"""
    html = '<div dir="ltr">' + text2html(text) + "</div>\n"
    alt = multi("alternative", [leaf("text/plain", text, "UTF-8"), leaf("text/html", html, "UTF-8")],
                "000000000000a7c2d905ba7fe281")
    rep = make_pdf(["Collectif des Migrants Francophones d'Afrique au Caire (CMFAC)",
                    "Rapport volontaire - Examen regional du Pacte mondial sur les migrations", "Fevrier 2021"])
    body = multi("mixed", [alt, att_gmail(rname, rep, PDF, "f_kkr7x1y90")], "000000000000a7c2da05ba7fe283")
    rows = std_rows(when, "mail-wm1-f53.google.example.com", "209.85.128.53", "4DYQ6p0zKsz9",
                    "Rita Haddad <rita.haddad.cmfac@gmail.example.com>",
                    hdr("Rapport volontaire + proposition de rapporteur (CMFAC, Le Caire)"), rfcdate(sent),
                    "<CAH9sLq4nT7xB2vW6kP1zR8cM3dJ5fA0gE9uO4iN7yK2rX6wQ@mail.gmail.example.com>",
                    ret="rita.haddad.cmfac@gmail.example.com")
    m = top(body, rows)
    add(9, when, m, dict(category="both", language="fr", acknowledge=True, on_time=True, speakers=[
        sp("Désiré Ngarlejy Mbaïdoum", "secrétaire général",
           "Collectif des Migrants Francophones d'Afrique au Caire (CMFAC)", ["rapporteur"])],
        report_attachments=[rname],
        notes="one chatty message does both: report attached (file name with spaces) and a speaker proposed in "
              "prose ('notre secrétaire général M. ... serait prêt à jouer le rôle de rapporteur'); title before "
              "the name, honorific 'M.' between; sender (volunteer coordinator) is not the speaker; the African "
              "Union consultation is a distractor."))


# ---------------------------------------------------------------- 10 ar both, Sudanese MSA, report+annex+photo+CV, 2 speakers
ID10 = "<AM6PR03MB4871B2C5E8F1A0D3C6E9F2A1B4C7D0@AM6PR03MB4871.eurprd03.prod.outlook.example.com>"


def m10():
    when = at("2021-02-05 21:47:33")
    sent = when - dt.timedelta(seconds=35)
    rname = "تقرير المراجعة الطوعية - منظمة سند 2021.pdf"
    aname = "ملحق الإحصاءات.pdf"
    text = """السادة/ فريق المراجعة الإقليمية للاتفاق العالمي بشأن الهجرة
الشبكة الإقليمية للأمم المتحدة المعنية بالهجرة
المحترمون

بعد التحية والسلام،

يطيب لنا في منظمة سند الخيرية لرعاية المهاجرين واللاجئين (سند) أن نبعث إليكم بأطيب التحايا وأصدق الأمنيات، وأن نعرب عن عظيم امتناننا لدعوتكم الكريمة لمنظمات المجتمع المدني السوداني للإسهام في أعمال المراجعة الإقليمية للاتفاق العالمي من أجل الهجرة الآمنة والمنظمة والنظامية، سائلين المولى عز وجل أن يكلل هذه الجهود بالتوفيق والسداد.

لقد ظلت منظمة سند، منذ تأسيسها بالخرطوم في عام 2009، تعمل على تقديم العون الإنساني والحماية للمهاجرين واللاجئين وطالبي اللجوء في ولايات الخرطوم والقضارف وكسلا، كما أسهمت في رفع الوعي بمخاطر الاتجار بالبشر وتهريب المهاجرين، وفي تعزيز التنسيق بين الجهات الحكومية والمنظمات الوطنية والدولية العاملة في هذا المجال.

وانطلاقاً من إيماننا بأهمية هذه المراجعة، فقد أعددنا تقريراً طوعياً يتناول تجربة المنظمة في تنفيذ أهداف الاتفاق العالمي خلال الفترة 2019–2020، ويسعدنا أن نرفقه طيه مع ملحق الإحصاءات الخاص به، إضافة إلى صورة من إحدى ورش العمل التشاورية والسيرة الذاتية للمديرة التنفيذية.

كما يسرنا أن نرشح للمشاركة في أعمال المؤتمر كلاً من:
1. الدكتورة/ آمنة عبد الله الحسن – المديرة التنفيذية للمنظمة – لتقديم الرسائل الرئيسية لأصحاب المصلحة بصفتها مقررة.
2. الأستاذ/ مجدي يوسف كوكو – مسؤول المناصرة والسياسات – للمداخلة في المائدة المستديرة الرابعة.

وتفضلوا بقبول فائق الاحترام والتقدير،

إدارة البرامج
منظمة سند الخيرية لرعاية المهاجرين واللاجئين
الخرطوم – السودان
"""
    html = html_wrap('<div dir="rtl" style="font-family:Arial;font-size:12pt">' + text2html(text) + "</div>", "rtl")
    alt = multi("alternative", [leaf("text/plain", text, "utf-8", "base64"), leaf("text/html", html, "utf-8", "base64")],
                "_000_AM6PR03MB4871B2C5E8F1A0D3C6E9F2A1B4C7D0AM6PR03MB4871eurp_")
    rep = make_pdf(["SANAD Charitable Organization for the Care of Migrants and Refugees",
                    "Voluntary GCM review report 2019-2020 (Arabic)"])
    ann = make_pdf(["SANAD - Statistical annex", "Beneficiaries 2019: 3,420", "Beneficiaries 2020: 4,105"])
    cv = make_docx(["السيرة الذاتية", "د. آمنة عبد الله الحسن", "المديرة التنفيذية - منظمة سند"])
    parts = [alt, att_outlook(rname, rep, PDF), att_outlook(aname, ann, PDF),
             att_outlook("ورشة القضارف.jpg", make_jpg(101), JPG),
             att_outlook("السيرة الذاتية - د. آمنة.docx", cv, DOCX)]
    body = multi("mixed", parts, "_004_AM6PR03MB4871B2C5E8F1A0D3C6E9F2A1B4C7D0AM6PR03MB4871eurp_")
    rows = std_rows(when, "mail-am6eur03on2102.outbound.protection.outlook.example.com", "40.107.4.102",
                    "4DZ3kS8fWnz4", addr("منظمة سند الخيرية", "programs@sanad-sd.example.org"),
                    hdr("تقرير المراجعة الطوعية وترشيح متحدثين - منظمة سند"), rfcdate(sent), ID10,
                    ret="programs@sanad-sd.example.org")
    rows += [("Thread-Topic", hdr("تقرير المراجعة الطوعية وترشيح متحدثين - منظمة سند")),
             ("Thread-Index", "AQHW+8sR2n5Yc0aT6kS1vE9hXl3QpA=="), ("Accept-Language", "ar-SA, en-US"),
             ("Content-Language", "ar-SA"), ("X-MS-Has-Attach", "yes")]
    m = top(body, rows)
    aff = "منظمة سند الخيرية لرعاية المهاجرين واللاجئين (سند)"
    add(10, when, m, dict(category="both", language="ar", acknowledge=True, on_time=True, speakers=[
        sp("آمنة عبد الله الحسن", "المديرة التنفيذية", aff, ["rapporteur"]),
        sp("مجدي يوسف كوكو", "مسؤول المناصرة والسياسات", aff, ["roundtable"], 4)],
        report_attachments=[rname, aname],
        notes="long ceremonious Sudanese MSA ('بعد التحية والسلام، يطيب لنا ...'); report and speakers both, "
              "received 21:47 on Fri 5 Feb (both parts on time); four attachments with Arabic RFC 2231 names: "
              "report + statistical annex count, a workshop photo and the director's CV do not; two speakers "
              "in a numbered list with honorifics 'الدكتورة/' and 'الأستاذ/'; title written 'المديرة التنفيذية "
              "للمنظمة'; signed by a department, not a person."))


# ---------------------------------------------------------------- 11 fr speaker, 5 Feb 23:58 Beirut, sent from Paris
def m11():
    when = at("2021-02-05 23:58:40")
    sent = when - dt.timedelta(seconds=24)
    text = """Madame, Monsieur,

Je me permets de vous écrire à la dernière minute, toutes nos excuses.

La présidente de l'Association des Soudanais de France pour la Solidarité (ASFS), Mme Samia Babiker El Hassan, souhaiterait faire une intervention lors d'une séance plénière de la conférence des 24 et 25 février, afin de porter la voix de la diaspora soudanaise en Europe sur la question des retours et des transferts de fonds.

Je reste joignable au 06 12 48 77 30 pour toute précision.

Bien cordialement,

Omer Khalafalla
Secrétaire de l'ASFS
Montreuil
"""
    html = '<div dir="ltr">' + text2html(text) + "</div>\n"
    body = multi("alternative", [leaf("text/plain", text, "UTF-8"), leaf("text/html", html, "UTF-8")],
                 "000000000000d5e7f105ba8c4a20")
    rows = std_rows(when, "mail-wr1-f47.google.example.com", "209.85.221.47", "4DZ9vT2hYpz7",
                    "Omer Khalafalla <omer.khalafalla@asfs-france.example.org>",
                    hdr("Demande d'intervention en plénière – ASFS"), rfcdate(tz(sent, 1)),
                    "<CAF8rN2wK5xT1pQ7vB4mZ9cL6dH3jA0sG2uE5iY8oR1kW4nX@mail.gmail.example.com>",
                    ret="omer.khalafalla@asfs-france.example.org")
    m = top(body, rows)
    add(11, when, m, dict(category="speaker_request", language="fr", acknowledge=True, on_time=True, speakers=[
        sp("Samia Babiker El Hassan", "présidente",
           "Association des Soudanais de France pour la Solidarité (ASFS)", ["plenary"])],
        notes="deadline edge: received 23:58:40 Beirut on Fri 5 Feb, Date header 'Fri, 5 Feb 2021 22:58:16 +0100' "
              "(Paris) - on time although the sender apologises for writing 'à la dernière minute'; title and "
              "organisation come before the name ('La présidente de l'ASFS ..., Mme ...'); sender is not the speaker."))


# ---------------------------------------------------------------- 12 en speaker, late, London, details in signature
def m12():
    when = at("2021-02-06 00:04:31")
    sent = when - dt.timedelta(seconds=21)
    text = """Dear colleagues,

Apologies for sending this so close to the deadline - it has been a long week.

The Egyptian Migrants Solidarity Network would very much like to contribute to the Regional Review. I would like to request a floor intervention in the plenary session (24-25 Feb), and I would be the speaker myself. My details are in the signature below.

We have been following the situation of Egyptian workers returning from Libya, Jordan and the Gulf during the pandemic, and of Sudanese and Eritrean refugees in Egypt, with partner groups in Cairo, Alexandria and Aswan.

Many thanks and best wishes,
Yasmine

-- 
Dr Yasmine Abou Zeid
Chair of the Board | Egyptian Migrants Solidarity Network UK (EMSN-UK)
London, United Kingdom
"""
    body = leaf("text/plain", flowed(text), "UTF-8", "8bit")
    body.replace_header("Content-Type", 'text/plain; charset=UTF-8; format=flowed')
    rows = std_rows(when, "smtp.emsn-uk.example.org", "81.2.69.142", "4DZB0w7nLqz3",
                    "Yasmine Abou Zeid <yasmine@emsn-uk.example.org>",
                    "Speaker request - plenary - EMSN-UK", rfcdate(tz(sent, 0)),
                    "<8d3f2b1a-6c4e-4f7a-9b2d-1e5c7a9f3b60@emsn-uk.example.org>",
                    ret="yasmine@emsn-uk.example.org")
    rows += [("User-Agent", "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:78.0) Gecko/20100101 Thunderbird/78.7.0"),
             ("Content-Language", "en-GB")]
    m = top(body, rows)
    add(12, when, m, dict(category="speaker_request", language="en", acknowledge=True, on_time=False, speakers=[
        sp("Yasmine Abou Zeid", "Chair of the Board", "Egyptian Migrants Solidarity Network UK (EMSN-UK)", ["plenary"])],
        notes="late by four and a half minutes: received 00:04:31 Beirut on Sat 6 Feb while the Date header "
              "reads 'Fri, 5 Feb 2021 22:04:10 +0000' (London); the sender is the speaker and her title and "
              "affiliation are only in the signature ('Dr' honorific, '|' separator); the body names the network "
              "without 'UK'; Thunderbird format=flowed 8bit."))


# ---------------------------------------------------------------- 13 en both, speaker part late, report on time
def m13():
    when = at("2021-02-06 11:20:15")
    sent = when - dt.timedelta(seconds=38)
    rname = "AEIAD_GCM_Voluntary_Report_Feb2021.pdf"
    text = """Dear Sir/Madam,

Good day and hope all is well.

Kindly find attached the voluntary GCM review report of our association, prepared with the participation of 14 community development associations in Minya, Assiut and Sohag governorates, which are the main governorates of origin of Egyptian irregular migrants to Europe and Libya.

Also we kindly request to add a speaker from our side in the thematic roundtables:

Proposed speaker: Executive Director of Ard El Insan Association for Development (AEIAD), Ms. Rasha Nabil Soliman
Preferred session: roundtable 2 (or 3 if the 2nd is full)

We apologize that this came after the 5th February, we had internet problem in the office all the week.

Also attached some photos from our awareness sessions for your information.

Best regards,
Karim Ezzat
M&E Officer
AEIAD - Minya, Egypt
"""
    html = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body>'
            '<div style="font-family:Calibri,Arial,sans-serif;font-size:11pt">' + text2html(text)
            + "</div></body></html>\n")
    alt = multi("alternative", [leaf("text/plain", text, "utf-8"), leaf("text/html", html, "utf-8")],
                "_000_DB7PR06MB5432E1F0A9C8B7D6E5F4A3B2C1D0DB7PR06MB5432eurp_")
    rep = make_pdf(["Ard El Insan Association for Development (AEIAD)", "Voluntary GCM Review Report - February 2021",
                    "Upper Egypt: Minya, Assiut, Sohag"])
    parts = [alt, att_outlook(rname, rep, PDF),
             att_outlook("Photo_awareness_session_Minya.jpg", make_jpg(131), JPG),
             att_outlook("Photo_awareness_session_Assiut.jpg", make_jpg(132), JPG)]
    body = multi("mixed", parts, "_004_DB7PR06MB5432E1F0A9C8B7D6E5F4A3B2C1D0DB7PR06MB5432eurp_")
    rows = std_rows(when, "mail-db7eur06on2118.outbound.protection.outlook.example.com", "40.107.13.118",
                    "4DZQ3y1rMsz6", "Karim Ezzat <k.ezzat@aeiad-eg.example.org>",
                    "GCM voluntary report + speaker - AEIAD", rfcdate(sent),
                    "<DB7PR06MB5432E1F0A9C8B7D6E5F4A3B2C1D0@DB7PR06MB5432.eurprd06.prod.outlook.example.com>",
                    ret="k.ezzat@aeiad-eg.example.org")
    rows += [("Thread-Topic", "GCM voluntary report + speaker - AEIAD"), ("Thread-Index", "AdcAbC3dE4fG5hI6jK7lM8nO9pQ0Rw=="),
             ("Content-Language", "en-US"), ("X-MS-Has-Attach", "yes")]
    m = top(body, rows)
    add(13, when, m, dict(category="both", language="en", acknowledge=True, on_time=False, speakers=[
        sp("Rasha Nabil Soliman", "Executive Director", "Ard El Insan Association for Development (AEIAD)",
           ["roundtable"], 2)],
        report_attachments=[rname],
        notes="both on Sat 6 Feb 11:20 Beirut: the report part is on time but the speaker part is late, so "
              "on_time is false (the sender even apologises); speaker given as 'Executive Director of <org>, "
              "Ms. <name>' (title and organisation before the name); 'roundtable 2 (or 3 if the 2nd is full)' "
              "= first choice 2; two photos are not part of the report."))


# ---------------------------------------------------------------- 14 ar other: invitation letter for a visa
def m14():
    when = at("2021-02-08 12:00:47")
    sent = when - dt.timedelta(seconds=29)
    text = """السادة الأفاضل،
تحية طيبة وبعد،

نشكركم على الدعوة الكريمة. نحن في مؤسسة حواء المستقبل للتنمية بالإسكندرية سجلنا للمشاركة في المؤتمر الإقليمي يومي 24 و25 فبراير.

برجاء التكرم بإرسال خطاب دعوة رسمي باسم الزميلتين التاليتين حتى نتمكن من التقديم على تأشيرة الدخول إلى لبنان، لأن السفارة بتطلب خطاب دعوة من الجهة المنظمة:
- نجلاء محمود عبد الحميد – رقم جواز السفر A21480376
- سارة إبراهيم القاضي – رقم جواز السفر A19953204

وياريت لو تبلغونا هل المؤتمر هيكون حضوري في بيروت ولا أونلاين بسبب ظروف كورونا، عشان لو أونلاين مش هنحتاج التأشيرة أصلاً.

ولكم جزيل الشكر،
دعاء سمير
مسؤولة العلاقات العامة
مؤسسة حواء المستقبل للتنمية
"""
    body = leaf("text/plain", text, "utf-8", "quoted-printable")
    rows = std_rows(when, "mail.hawaa-alex.example.org", "196.219.40.22", "4DbK8z5tNqz1",
                    addr("Doaa Samir", "doaa.samir@hawaa-alex.example.org"),
                    hdr("طلب خطاب دعوة للحصول على تأشيرة"), rfcdate(sent),
                    "<20210208095938.5f2a1c@hawaa-alex.example.org>", ret="doaa.samir@hawaa-alex.example.org")
    rows += [("User-Agent", "Roundcube Webmail/1.4.9")]
    m = top(body, rows)
    add(14, when, m, dict(category="other", language="ar", acknowledge=True, on_time=None,
        notes="request for an official invitation letter for a Lebanese visa (mix of MSA and Egyptian colloquial "
              "'بتطلب', 'هيكون', 'مش هنحتاج'); two named colleagues with passport numbers are travellers, not "
              "speakers; also asks whether the conference is in person or online."))


# ---------------------------------------------------------------- 15 fr report, Alexandria, Thunderbird, RFC 2231
ID15 = "<3b7e9c21-4f0d-8a62-c5e1-90d4a7f2b3c8@aaam-alex.example.org>"
ACK15 = "<ack.20210208.153144.7d2e@gcmrr.iom.int>"
R15 = "Rapport_volontaire_PMM_AAAM_février2021.docx"
A15 = "Annexe - liste des partenaires associatifs.pdf"


def m15():
    when = at("2021-02-08 15:30:12")
    sent = when - dt.timedelta(seconds=18)
    text = """Mesdames, Messieurs,

Au nom de l'Association Alexandrine pour l'Accueil des Migrants (AAAM), j'ai le plaisir de vous transmettre notre contribution à l'examen régional du Pacte mondial pour des migrations sûres, ordonnées et régulières.

Notre association, fondée en 1998 par des paroisses et des familles alexandrines, accueille chaque année plus de 2 000 personnes migrantes et réfugiées, principalement soudanaises, sud-soudanaises et érythréennes : cours d'arabe et d'anglais, aide scolaire aux enfants, orientation médicale et juridique.

Vous trouverez ci-joint :
- le rapport volontaire (format Word) ;
- une annexe listant les associations partenaires consultées ;
- une photo de l'atelier de restitution du 30 janvier, pour illustration.

Le rapport a été rédigé en français ; une version arabe pourra suivre si nécessaire.

Avec nos remerciements et nos salutations distinguées,

--
Marie-Thérèse Girgis
Chargée de projets
Association Alexandrine pour l'Accueil des Migrants (AAAM)
Raml Station, Alexandrie - Égypte
"""
    t = leaf("text/plain", flowed(text), "UTF-8", "8bit")
    t.replace_header("Content-Type", 'text/plain; charset=UTF-8; format=flowed')
    rep = make_docx(["Association Alexandrine pour l'Accueil des Migrants (AAAM)",
                     "Rapport volontaire - Pacte mondial sur les migrations", "Février 2021",
                     "1. Contexte  2. Accueil et intégration  3. Enfants migrants  4. Recommandations"])
    ann = make_pdf(["Annexe - liste des partenaires associatifs consultes", "Caritas Alexandrie",
                    "Comite des familles soudanaises d'Alexandrie", "Ecole Saint-Marc (soutien scolaire)"])
    parts = [t, att_tbird(R15, rep, DOCX), att_tbird(A15, ann, PDF),
             att_tbird("atelier restitution 30-01.jpg", make_jpg(151), JPG)]
    body = multi("mixed", parts, "------------8F2C0A7E4B1D93C65A0E7F21")
    m = Message(policy=POL)
    frm = hdr("Marie-Thérèse Girgis", "utf-8", "Q")
    frm.append(" <mt.girgis@aaam-alex.example.org>", "us-ascii")
    for k, v in [("Return-Path", "<mt.girgis@aaam-alex.example.org>"), ("Delivered-To", BOX),
                 ("Received", received(when, "mail.aaam-alex.example.org", "41.196.5.77", "4DbR2c9xPvz5")),
                 ("To", BOX), ("From", frm),
                 ("Subject", hdr("Contribution de l'AAAM (Alexandrie) – rapport volontaire PMM", "utf-8", "Q")),
                 ("Message-ID", ID15), ("Date", rfcdate(sent)),
                 ("User-Agent", "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:78.0) Gecko/20100101 Thunderbird/78.7.1"),
                 ("MIME-Version", "1.0"), ("Content-Language", "fr")]:
        m[k] = v
    for k, v in body.items():
        m[k] = v
    m._payload = body._payload
    add(15, when, m, dict(category="voluntary_report", language="fr", acknowledge=True, on_time=True,
        report_attachments=[R15, A15],
        notes="Thunderbird, RFC 2231 continued file names (accented 'février2021' in the report name); report "
              "(DOCX) + annex (PDF) count, the workshop photo does not; no speaker although a signature with "
              "title and organisation is present."))


# ---------------------------------------------------------------- 16 fr thank-you reply to our acknowledgement
def m16():
    when = at("2021-02-09 10:02:55")
    sent = when - dt.timedelta(seconds=16)
    text = """Bonjour,

Merci beaucoup pour votre accusé de réception, c'est très aimable.
Bonne journée à toute l'équipe.

Marie-Thérèse

Le 08/02/2021 à 15:31, GCM Regional Review a écrit :
> Bonjour,
>
> Nous accusons réception de votre contribution à l'examen régional du
> Pacte mondial pour les migrations. Elle sera transmise à l'équipe
> chargée de la préparation de la consultation.
>
> Cordialement,
> Secrétariat de l'examen régional du PMM - États arabes
"""
    body = leaf("text/plain", flowed(text), "UTF-8", "8bit")
    body.replace_header("Content-Type", 'text/plain; charset=UTF-8; format=flowed')
    m = Message(policy=POL)
    frm = hdr("Marie-Thérèse Girgis", "utf-8", "Q")
    frm.append(" <mt.girgis@aaam-alex.example.org>", "us-ascii")
    for k, v in [("Return-Path", "<mt.girgis@aaam-alex.example.org>"), ("Delivered-To", BOX),
                 ("Received", received(when, "mail.aaam-alex.example.org", "41.196.5.77", "4DcC7f1kRwz9")),
                 ("Subject", hdr("Re: Accusé de réception – contribution à l'examen régional du PMM", "utf-8", "Q")),
                 ("To", "GCM Regional Review <%s>" % BOX), ("References", "%s\r\n %s" % (ID15, ACK15)),
                 ("From", frm), ("Message-ID", "<e4a1b7c3-2d9f-5e08-a6b4-17c3d9e0f5a2@aaam-alex.example.org>"),
                 ("Date", rfcdate(sent)), ("In-Reply-To", ACK15),
                 ("User-Agent", "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:78.0) Gecko/20100101 Thunderbird/78.7.1"),
                 ("MIME-Version", "1.0"), ("Content-Language", "fr")]:
        m[k] = v
    for k, v in body.items():
        m[k] = v
    m._payload = body._payload
    add(16, when, m, dict(category="other", language="fr", acknowledge=False, on_time=None, thread_of="h113-15.eml",
        notes="thank-you reply to our own acknowledgement of h113-15 (In-Reply-To = our ack, References also the "
              "original submission): adds nothing new, so no acknowledgement; quoted text talks about a "
              "'contribution' and the review."))


# ---------------------------------------------------------------- 17 en revised annex, reply to 06
def m17():
    when = at("2021-02-09 13:40:29")
    sent = when - dt.timedelta(seconds=25)
    aname = "Annex1_Case_Data_2019-2020_rev.docx"
    new = """Dear Team,

Sorry for disturbing again. Kindly find attached the revised Annex 1, in the first one there was mistake in the table of returnees from Saudi Arabia (the figures of 2019 and 2020 was swapped). The report itself no change, please consider this annex instead of the old one.

Regards
Mutasim
"""
    quoted = """On Wed, Feb 3, 2021 at 11:04 AM Mutasim Hamid <somww.khartoum@gmail.example.com> wrote:
> Dear Sir / Madam,
>
> Peace be upon you.
>
> On behalf of the Sudanese Organization for Migrant Workers Welfare (SOMWW) in
> Khartoum, it is my pleasure to submit to you our voluntary GCM review report,
> [...]
> Please find attached the following:
> - the voluntary report (PDF)
> - Annex 1: case data for 2019-2020 (Word)
> - CV of our Executive Director Dr. Nafisa Elamin Bashir, as was requested by
> IOM Khartoum sub-office for the civil society mapping
> - two photos from the consultation workshop in Wad Madani
"""
    text = new + "\n" + quoted
    html = ('<div dir="ltr">' + text2html(new) + '</div><br><div class="gmail_quote"><div dir="ltr" class="gmail_attr">'
            + esc(quoted.split("\n")[0]) + '<br></div><blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;'
            'border-left:1px solid rgb(204,204,204);padding-left:1ex">'
            + text2html("\n".join(l[2:] if l.startswith("> ") else "" for l in quoted.split("\n")[1:]))
            + "</blockquote></div>\n")
    alt = multi("alternative", [leaf("text/plain", text, "UTF-8"), leaf("text/html", html, "UTF-8")],
                "000000000000a1f3c705bae01b55")
    ann = make_docx(["Annex 1 - Case data 2019-2020 (revised 9 Feb 2021)", "Cases registered: 1,284",
                     "Returnees from Libya: 311", "Returnees from Saudi Arabia: 2019: 187, 2020: 502"])
    body = multi("mixed", [alt, att_gmail(aname, ann, DOCX, "f_kkw3p0q12")], "000000000000a1f3c805bae01b57")
    rows = std_rows(when, "mail-wr1-f42.google.example.com", "209.85.221.42", "4DcL4q8sVmz2",
                    "Mutasim Hamid <somww.khartoum@gmail.example.com>",
                    "Re: Voluntary GCM Review Report - SOMWW Sudan", rfcdate(sent),
                    "<CAK2mW8sQ1nY7tB4vX0cR5pL9dG3jF6hA2uE8iO1kM7wZ4rT@mail.gmail.example.com>",
                    ret="somww.khartoum@gmail.example.com")
    rows += [("In-Reply-To", ID06), ("References", ID06)]
    m = top(body, rows)
    add(17, when, m, dict(category="voluntary_report", language="en", acknowledge=True, on_time=True,
        report_attachments=[aname], thread_of="h113-06.eml",
        notes="revision of h113-06: only a corrected annex is re-sent ('_rev'), replacing the old annex; the "
              "report itself is not re-attached; quoted original still lists the CV and photos."))


# ---------------------------------------------------------------- 18 fr follow-up question on 07
def m18():
    when = at("2021-02-10 09:15:44")
    sent = when - dt.timedelta(seconds=20)
    text = """Bonjour,

Je reviens vers vous concernant notre proposition pour Mme Khadija Ahmat Brahim (table ronde 3). Nous n'avons pas encore eu de retour de votre part : pouvez-vous nous confirmer que le message a bien été reçu ?

Par ailleurs, pourriez-vous nous indiquer à quelle date et à quelle heure se tiendra la table ronde 3, le 24 ou le 25 février ? Elle doit s'organiser pour la connexion depuis Abéché.

Merci d'avance.

Youssouf Abdelkerim
Observatoire des Migrations Soudanaises au Tchad (OMST)

Envoyé de mon iPhone

> Le 3 févr. 2021 à 17:39, Youssouf Abdelkerim <y.abdelkerim@omst-td.example.org> a écrit :
>
> Bonsoir,
>
> Suite à la lettre d'invitation pour l'examen régional du pacte mondial, je vous propose notre collègue Khadija Ahmat Brahim, de l'Observatoire des Migrations Soudanaises au Tchad (OMST), où elle est responsable du pôle juridique, pour une intervention dans la table ronde 3.
>
> Elle parle arabe et français.
>
> Cordialement
> Youssouf A.
"""
    body = leaf("text/plain", text, "utf-8", "quoted-printable")
    rows = std_rows(when, "mail.omst-td.example.org", "154.68.40.11", "4Dd2Hk6pWtz8",
                    "Youssouf Abdelkerim <y.abdelkerim@omst-td.example.org>",
                    hdr("Re: Intervenante table ronde"), rfcdate(tz(sent, 1)),
                    "<A7F3C2D1-9B8E-4C6A-8D5F-2E1B0A9C8D7E@omst-td.example.org>",
                    ret="y.abdelkerim@omst-td.example.org")
    rows += [("In-Reply-To", ID07), ("References", ID07), ("X-Mailer", "iPhone Mail (18C66)")]
    m = top(body, rows)
    add(18, when, m, dict(category="other", language="fr", acknowledge=True, on_time=None, thread_of="h113-07.eml",
        notes="follow-up to h113-07 asking whether it was received and when roundtable 3 takes place: names the "
              "speaker and the roundtable again but proposes nothing new (not a new speaker request); the "
              "quoted original contains the full request."))


# ---------------------------------------------------------------- 19 ar auto-reply
def m19():
    when = at("2021-02-10 11:00:06")
    sent = when - dt.timedelta(seconds=2)
    text = """شكراً لرسالتكم.
أنا خارج المكتب في مهمة ميدانية بولاية القضارف حتى يوم 14 فبراير 2021، مع محدودية الوصول إلى البريد الإلكتروني. للأمور العاجلة يرجى التواصل مع الأستاذ مجدي يوسف على البريد programs@sanad-sd.example.org

Thank you for your email. I am out of office on field mission in Gedaref until 14 February 2021 with limited access to email. For urgent matters please contact Mr. Magdi Yousif at programs@sanad-sd.example.org

د. آمنة عبد الله الحسن
المديرة التنفيذية – منظمة سند
"""
    html = html_wrap('<div dir="rtl">' + text2html(text) + "</div>", "rtl")
    body = multi("alternative", [leaf("text/plain", text, "utf-8", "base64"), leaf("text/html", html, "utf-8", "base64")],
                 "_000_AM6PR03MB5522A0B1C2D3E4F5A6B7C8D9E0F1AM6PR03MB5522eurp_")
    rows = std_rows(when, "mail-am6eur03on2109.outbound.protection.outlook.example.com", "40.107.4.109",
                    "4Dd5Nm2sYqz4", addr("آمنة عبد الله الحسن", "amna.elhassan@sanad-sd.example.org"),
                    "Automatic reply: GCM Regional Review - Arab States: programme and connection details",
                    rfcdate(sent), "<AM6PR03MB5522A0B1C2D3E4F5A6B7C8D9E0F1@AM6PR03MB5522.eurprd03.prod.outlook.example.com>",
                    ret="<>")
    rows = [(k, ("<>" if k == "Return-Path" else v)) for k, v in rows]
    rows += [("In-Reply-To", "<info.20210210.105958.3e7a@gcmrr.iom.int>"),
             ("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All"),
             ("X-MS-Exchange-Inbox-Rules-Loop", "amna.elhassan@sanad-sd.example.org"), ("Content-Language", "ar-SA")]
    m = top(body, rows)
    add(19, when, m, dict(category="auto_reply", language="ar", acknowledge=False, on_time=None,
        notes="Exchange out-of-office (Auto-Submitted: auto-replied, empty Return-Path) from the speaker nominated in "
              "h113-10, answering an information mailing of the secretariat; bilingual Arabic/English with an Arabic signature, names a "
              "colleague and a title: not a speaker request."))


# ---------------------------------------------------------------- 20 en logistics question
def m20():
    when = at("2021-02-12 14:25:51")
    sent = when - dt.timedelta(seconds=44)
    text = """Dear respected team

Kindly we need to know some informations about the conference:

1) the meeting will be online by zoom or other platform? and when we will receive the link
2) is there interpretation to Arabic, because some of our members from the women groups in Gedaref and Kassala are not speaking English well
3) can we follow the sessions from one computer in our office for a group of 6-7 persons or each one must register alone?

We are sorry for many questions and thanks in advance.

Regards
Nasra Hamid Ali
Women Initiative for Development and Peace - Gedaref
Sent from Yahoo Mail on Android
"""
    html = ('<html><head></head><body><div class="ydp3f2a1c9eyahoo-style-wrap" style="font-family:Helvetica Neue, '
            'Helvetica, Arial, sans-serif;font-size:13px;">' + text2html(text) + "</div></body></html>")
    body = multi("alternative", [leaf("text/plain", text, "UTF-8"), leaf("text/html", html, "UTF-8")],
                 "----=_Part_2214873_1839920451.1613132706112")
    rows = std_rows(when, "sonic305-21.consmr.mail.ir2.yahoo.example.com", "77.238.176.142", "4Df1Px5vLrz7",
                    "Nasra Hamid <nasra_hamid77@yahoo.example.com>", "Inquiry about the conference",
                    rfcdate(sent), "<1846201397.2214874.1613132706114@mail.yahoo.example.com>",
                    ret="nasra_hamid77@yahoo.example.com")
    rows.insert(4, ("Reply-To", "nasra_hamid7@yahoo.example.com"))
    rows += [("X-Mailer", "WebService/1.1.17648 YahooMailAndroidMobile")]
    m = top(body, rows)
    add(20, when, m, dict(category="other", language="en", acknowledge=True, on_time=None,
        notes="logistics questions (platform, link, Arabic interpretation, group attendance) from a women's group in "
              "Sudan; no submission and no speaker; Yahoo Android text+HTML; the Reply-To has a typo (one digit "
              "missing), so our acknowledgement bounces (h113-21)."))


# ---------------------------------------------------------------- 21 en bounce of our acknowledgement
def m21():
    when = at("2021-02-12 14:31:09")
    failed_to = "nasra_hamid7@yahoo.example.com"
    human = POSTFIX_NOTICE + """
<%s>: host mta7.am0.yahoodns.example.net[67.195.204.72] said:
    554 delivery error: dd This user doesn't have a yahoo.example.com account
    (%s) [-5] - mta4012.mail.ir2.yahoo.example.com (in reply to end of DATA command)
""" % (failed_to, failed_to)
    p1 = leaf("text/plain", human, "us-ascii", "7bit", extra=[("Content-Description", "Notification")])
    ds = """Reporting-MTA: dns; mx1.iom.int
X-Postfix-Queue-ID: 4Df9Wq0Bqrz3
X-Postfix-Sender: rfc822; gcmrrarabstates@iom.int
Arrival-Date: Fri, 12 Feb 2021 14:31:04 +0200 (EET)

Final-Recipient: rfc822; %s
Original-Recipient: rfc822;%s
Action: failed
Status: 5.0.0
Remote-MTA: dns; mta7.am0.yahoodns.example.net
Diagnostic-Code: smtp; 554 delivery error: dd This user doesn't have a
    yahoo.example.com account (%s) [-5] - mta4012.mail.ir2.yahoo.example.com
""" % (failed_to, failed_to, failed_to)
    p2 = Message(policy=POL)
    p2["Content-Description"] = "Delivery report"
    p2["Content-Type"] = "message/delivery-status"
    blocks = []
    for chunk in ds.strip("\n").split("\n\n"):
        b = Message(policy=POL)
        for line in re.sub(r"\n[ \t]+", " ", chunk).split("\n"):
            k, v = line.split(": ", 1) if ": " in line else line.split(":", 1)
            b[k] = v
        blocks.append(b)
    p2._payload = blocks
    hdrs = """Received: by mx1.iom.int (Postfix, from userid 1001)
	id 4Df9Wq0Bqrz3; Fri, 12 Feb 2021 14:31:04 +0200 (EET)
From: GCM Regional Review Arab States <gcmrrarabstates@iom.int>
To: %s
Subject: Acknowledgement of receipt / GCM Regional Review - Arab States
Date: Fri, 12 Feb 2021 14:31:03 +0200
Message-ID: <ack.20210212.143103.c44b@gcmrr.iom.int>
In-Reply-To: <1846201397.2214874.1613132706114@mail.yahoo.example.com>
Auto-Submitted: auto-replied
""" % failed_to
    p3 = leaf("text/rfc822-headers", hdrs, "us-ascii", "7bit", extra=[("Content-Description", "Undelivered Message Headers")])
    p3.replace_header("Content-Type", "text/rfc822-headers")
    body = multi("report", [p1, p2, p3], "4Df9Wq0Bqrz3.1613133068/mx1.iom.int", params=[("report-type", "delivery-status")])
    rows = [("Return-Path", "<>"), ("Delivered-To", BOX),
            ("Received", "by mx1.iom.int (Postfix)\r\n\tid 4DfA0R3cNtz1; %s" % rfcdate(when, "EET")),
            ("Date", rfcdate(when - dt.timedelta(seconds=1), "EET")),
            ("From", "MAILER-DAEMON@mx1.iom.int (Mail Delivery System)"),
            ("Subject", "Undelivered Mail Returned to Sender"), ("To", BOX), ("Auto-Submitted", "auto-replied"),
            ("Message-ID", "<20210212123108.4DfA0R3cNtz1@mx1.iom.int>")]
    m = top(body, rows)
    add(21, when, m, dict(category="bounce", language="en", acknowledge=False, on_time=None,
        notes="Postfix DSN (multipart/report delivery-status) for our acknowledgement of h113-20 sent to the mistyped "
              "Reply-To address of h113-20 (missing digit); only the returned headers are included; must not be acknowledged."))


# ---------------------------------------------------------------- 22 ar report, Egyptian colloquial, Arabic file names
def m22():
    when = at("2021-02-14 22:10:37")
    sent = when - dt.timedelta(seconds=31)
    rname = "التقرير الطوعي - مؤسسة بكرة أحلى.pdf"
    aname = "ملحق 1 - جداول المستفيدين.docx"
    text = """مساء الخير يا جماعة،

معلش اتأخرنا شوية في التقرير، كان عندنا ضغط شغل جامد الأسابيع اللي فاتت مع قوافل الشتا في القرى.

مرفق التقرير الطوعي بتاع مؤسسة بكرة أحلى للتنمية المجتمعية (الفيوم) عن شغلنا مع أسر الشباب اللي سافروا ليبيا وإيطاليا، ومعاه ملحق فيه جداول المستفيدين. وكمان حاطين لينك فيديو قصير عن المشروع لو حبيتوا تشوفوه: https://video.example.com/bokra-ahla-2020

لو في أي حاجة ناقصة قولولنا وإحنا نبعتها على طول.

وشكراً جزيلاً،
محمود رجب
منسق المشروعات
مؤسسة بكرة أحلى – الفيوم
"""
    html = '<div dir="rtl">' + text2html(text) + "</div>\n"
    alt = multi("alternative", [leaf("text/plain", text, "UTF-8", "base64"), leaf("text/html", html, "UTF-8", "base64")],
                "000000000000c7d1e905bb3a9f42")
    rep = make_pdf(["Bokra Ahla Foundation for Community Development - Fayoum", "Voluntary GCM review report (Arabic)",
                    "Families of young migrants to Libya and Italy"])
    ann = make_docx(["ملحق 1 - جداول المستفيدين", "2019: 640 أسرة", "2020: 815 أسرة"])
    body = multi("mixed", [alt, att_gmail(rname, rep, PDF, "f_kl2b9c0d1"), att_gmail(aname, ann, DOCX, "f_kl2b9c0e2")],
                 "000000000000c7d1ea05bb3a9f44")
    rows = std_rows(when, "mail-ej1-f52.google.example.com", "209.85.218.52", "4Dfn6Q2wKsz3",
                    addr("Mahmoud Ragab", "bokraahla.fayoum@gmail.example.com"),
                    hdr("التقرير الطوعي - بكرة أحلى"), rfcdate(sent),
                    "<CAM5tR8vK2nW1xQ7bZ4pL9cH6dF3jA0sG8uE2iY5oN1kT7mX@mail.gmail.example.com>",
                    ret="bokraahla.fayoum@gmail.example.com")
    m = top(body, rows)
    add(22, when, m, dict(category="voluntary_report", language="ar", acknowledge=True, on_time=True,
        report_attachments=[rname, aname],
        notes="Egyptian colloquial ('معلش اتأخرنا', 'بتاع', 'جامد', 'نبعتها'); report + annex with Arabic file names "
              "as RFC 2047 encoded words inside quoted filename= (Gmail); apologises for being late but is on "
              "time; a video link is not an attachment; signer's title and organisation are not a speaker request."))


# ---------------------------------------------------------------- 23 ar report, 16 Feb 23:57 Beirut, Date header 17 Feb +0300
def m23():
    when = at("2021-02-16 23:57:20")
    sent = when - dt.timedelta(seconds=42)
    name = "تقرير الجالية السودانية بجدة.pdf"
    text = """السلام عليكم
ارسلنا ليكم تقرير الجالية السودانية بجدة عن اوضاع العمالة السودانية والمخالفين ومشاكل الترحيل خلال سنة كورونا.
الله يعطيكم العافية وآسفين على التأخير، الشباب ما خلصو المراجعة الا الليلة.

لجنة الشؤون الاجتماعية
الجالية السودانية بجدة

مرسل من الـ iPhone
"""
    t1 = leaf("text/plain", text, "utf-8", "base64")
    pdf = make_pdf(["Sudanese Community in Jeddah - Social Affairs Committee",
                    "Report: Sudanese workers, irregular status and deportations in 2020"])
    att = leaf(PDF, pdf, cte="base64", params=[("name", '"%s"' % b_word(name)), ("x-unix-mode", "0644")],
               disp="inline;\r\n\tfilename*=%s" % rfc2231(name))
    t2 = leaf("text/plain", "\n", "us-ascii", "7bit")
    body = multi("mixed", [t1, att, t2], "Apple-Mail-2E4A6C8D-0F1B-4D3E-9A5C-7B9D1F3E5A70")
    rows = std_rows(when, "mail.sudancommunity-jed.example.org", "212.26.44.19", "4DgB3w7rPnz6",
                    addr("الجالية السودانية بجدة", "social@sudancommunity-jed.example.org"),
                    hdr("تقرير"), rfcdate(tz(sent, 3)), "<4F2D8A6C-1E3B-4C5D-9F7A-8B0C2D4E6F81@sudancommunity-jed.example.org>",
                    ret="social@sudancommunity-jed.example.org")
    rows += [("X-Mailer", "iPhone Mail (18D52)")]
    m = top(body, rows)
    add(23, when, m, dict(category="voluntary_report", language="ar", acknowledge=True, on_time=True,
        report_attachments=[name],
        notes="deadline edge: received 23:57:20 Beirut on Tue 16 Feb - on time - while the Date header is 'Wed, 17 "
              "Feb 2021 00:56:38 +0300' (Jeddah) and the sender apologises for the delay; Sudanese/Gulf colloquial "
              "mix; subject is just 'تقرير'; the word 'voluntary' never appears; iPhone inline PDF with an Arabic "
              "RFC 2231 name."))


# ---------------------------------------------------------------- 24 fr report, late, Casablanca
def m24():
    when = at("2021-02-17 00:06:55")
    sent = when - dt.timedelta(seconds=25)
    rname = "rapport ARMS-Maroc PMM 2021.pdf"
    text = """Salam alikoum,

Bonsoir, désolé pour l'heure tardive. Ci-joint le rapport volontaire de l'Association Rabitat Migrants Soudanais au Maroc (ARMS) sur la situation des Soudanais bloqués à Casablanca, Oujda et Nador et les refoulements vers la frontière algérienne.

On a eu des coupures d'internet toute la journée au local, c'est pour ça qu'on l'envoie maintenant, le 16 au soir. Inchallah il est encore dans les délais.

Merci pour tout et bon courage,

Abdelmoneim Ishag
Président ARMS
GSM : +212 6 61 48 20 93
"""
    html = '<div dir="ltr">' + text2html(text) + "</div>\n"
    alt = multi("alternative", [leaf("text/plain", text, "UTF-8"), leaf("text/html", html, "UTF-8")],
                "000000000000e9a4b105bb5d2c63")
    rep = make_pdf(["Association Rabitat Migrants Soudanais au Maroc (ARMS)", "Rapport volontaire - PMM - fevrier 2021",
                    "Casablanca, Oujda, Nador"])
    body = multi("mixed", [alt, att_gmail(rname, rep, PDF, "f_kl6x2y3z4")], "000000000000e9a4b205bb5d2c65")
    rows = std_rows(when, "mail-wr1-f45.google.example.com", "209.85.221.45", "4DgC0x9tLmz1",
                    "ARMS Maroc <arms.maroc@gmail.example.com>", "rapport volontaire ARMS", rfcdate(tz(sent, 1)),
                    "<CAG7pW3nT9xK1vR5mB2zL8cQ4dJ6fA0sH3uE7iY1oN5kR9wT@mail.gmail.example.com>",
                    ret="arms.maroc@gmail.example.com")
    m = top(body, rows)
    add(24, when, m, dict(category="voluntary_report", language="fr", acknowledge=True, on_time=False,
        report_attachments=[rname],
        notes="late by about seven minutes: received 00:06:55 Beirut on Wed 17 Feb, while the Date header reads "
              "'Tue, 16 Feb 2021 23:06:30 +0100' (Casablanca) and the sender says he sends it 'le 16 au soir' and "
              "hopes it is in time; Maghrebi French with 'Salam alikoum', 'Inchallah'."))


def main():
    for f in (m01, m02, m03, m04, m05, m06, m07, m08, m09, m10, m11, m12, m13, m14, m15, m16, m17, m18, m19,
              m20, m21, m22, m23, m24):
        f()
    if os.path.isdir(OUT):
        for n in os.listdir(OUT):
            p = os.path.join(OUT, n)
            if os.path.isfile(p):
                os.remove(p)
    os.makedirs(OUT, exist_ok=True)
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
