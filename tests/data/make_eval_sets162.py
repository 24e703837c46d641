#!/usr/bin/env python3
"""Write the blind evaluation set holdout162 (24 raw .eml messages + labels.json).

Deterministic, standard library only:  python3 tests/data/make_eval_sets162.py
Theme: women's rights and gender: women's unions and federations, shelters for survivors of violence,
domestic-worker women's groups, gender units of ministries, feminist research centres.  Helpers imported
from mailgen.py.
"""
import datetime as dt
from email.message import Message
from email.parser import Parser

from mailgen import (EvalSet, DOCX, POL, addr, at, attach, b_word, flowed, hdr, leaf, make_docx, make_pdf,
                     make_png, mk, multi, re_hdr, rfcdate, sp, std_rows, text2html, top, tz, html_only,
                     sent_at)

SET = EvalSet(162)
add = SET.add

INVITE_ID = "<INV-2021-01-26-AR.0017@gcmrrarabstates.iom.int>"


def alt(text, boundary, html=None, rtl=False, cte="quoted-printable", charset="utf-8"):
    """text/plain + text/html alternative (html built from the text when not given)."""
    if html is None:
        d = ' dir="rtl"' if rtl else ""
        html = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=%s"></head>'
                '<body><div%s style="font-family:Calibri,Arial,sans-serif">%s</div></body></html>\n'
                % (charset, d, text2html(text)))
    return multi("alternative", [leaf("text/plain", text, charset, cte), leaf("text/html", html, charset, cte)],
                 boundary)


def report_pdf(org, lang_line="Voluntary GCM review report"):
    return make_pdf([org, lang_line, "1. Introduction and methodology",
                     "2. Progress on GCM objectives 6, 7, 16 and 23 from a gender perspective",
                     "3. Challenges: violence against migrant women, access to shelters and justice",
                     "4. Recommendations to States and to the Regional Review"])


def report_docx(org, title):
    return make_docx([org, title, "Introduction", "Methodologie / Methodology",
                      "Progres par objectif du PMM (objectifs 6, 7, 15, 17)",
                      "Defis", "Recommandations"])


# ================================================================ the 24 messages
def m01():
    when = at("2021-01-27 08:41:19")
    sent = sent_at(when, 3, 2)
    text = """شكراً على رسالتكم.

أنا خارج المكتب في إجازة حتى يوم الأربعاء 3 شباط 2021، ولن أتمكن من الاطلاع على البريد الإلكتروني بشكل منتظم.
للأمور العاجلة المتعلقة بخط المساندة للنساء المعنفات يرجى الاتصال بالزميلة رنا على الرقم 0791234567 أو الكتابة إلى helpline@sanad-women.example.org

مع التحية،
ديما العمري
"""
    body = alt(text, "000000000000e3a7d205b9f1c2a4", rtl=True, cte="base64")
    rows = std_rows(when, "mail-lj1-f170.google.example.com", "209.85.208.170", "4DQk7x2GmHz5",
                    addr("ديما العمري", "dima.alomari@sanad-women.example.org"),
                    re_hdr("", "رد تلقائي: دعوة - المراجعة الإقليمية للاتفاق العالمي من أجل الهجرة"),
                    rfcdate(sent), "<CAJx7vT2wq9eR4kL0pZ3mN8bV6cX1sD5fG7hJ2yU@mail.gmail.example.com>",
                    extra=[("Auto-Submitted", "auto-replied")], ret="dima.alomari@sanad-women.example.org")
    rows += [("In-Reply-To", INVITE_ID), ("References", INVITE_ID)]
    add(1, when, top(body, rows), dict(category="auto_reply", language="ar", acknowledge=False, on_time=None,
        notes="Gmail vacation responder in Arabic to the invitation (Auto-Submitted: auto-replied only, normal "
              "Return-Path); gives a return date and a hotline colleague's address. Never acknowledge."))


M02_ID = "<DB7PR10MB2475F3A9C1E24B8D@DB7PR10MB2475.EURPRD10.PROD.OUTLOOK.example.com>"
M02_SENT = None


def m02():
    when = at("2021-01-28 11:02:37")
    sent = sent_at(when, 2, 5)
    text = """Dear GCM Regional Review Secretariat,

On behalf of the Nile Women Workers' Federation, I would like to thank you for the kind invitation. We would like to request a speaking slot in Roundtable 2 of the Regional Review Conference. Our federation has been documenting the situation of women returnees and of women working in the informal sector along the migration routes through Sudan.

Speaker details:
Name: Dr. Samia El-Nour
Title: Secretary for External Relations
Organization: Nile Women Workers' Federation (NWWF) - Khartoum, Sudan

Dr. El-Nour will join online. Please let us know if you need a short bio.

Best regards,

Samia El-Nour, PhD
Secretary for External Relations
Nile Women Workers' Federation (NWWF)
Khartoum, Sudan
Tel: +249 9 1234 5678
"""
    body = alt(text, "_000_DB7PR10MB2475F3A9C1E24B8DDB7PR10MB2475EURP_")
    m = mk(when, sent, "mail-db7eur02.outbound.protection.example.com", "40.107.20.93", "4DRb2W0kTsz1",
           "Samia El-Nour <s.elnour@nwwf-sd.example.org>", "Request for speaking slot - Roundtable 2 - NWWF",
           M02_ID, body, extra=[("X-Mailer", "Microsoft Outlook 16.0"), ("Content-Language", "en-US")])
    add(2, when, m, dict(category="speaker_request", language="en", acknowledge=True, on_time=True, speakers=[
        sp("Samia El-Nour", "Secretary for External Relations", "Nile Women Workers' Federation (NWWF)",
           ["roundtable"], 2)],
        notes="labelled lines ('Organization:'); city and country written after the organisation and its acronym "
              "(dropped, as in dev 004/013); 'Dr.' and ', PhD' dropped from the name. Replaced by h162-14."))


def m03():
    when = at("2021-01-29 16:40:05")
    sent = sent_at(when, 1, 6)
    text = """Madame, Monsieur,

Suite à votre invitation à l'Examen régional du Pacte mondial pour les migrations, l'Union des Femmes pour l'Égalité et la Citoyenneté (UFEC) souhaite proposer deux intervenantes :

- Mme Khadija Benmoussa, présidente de l'UFEC : participation à la discussion ouverte de la consultation multipartite du 23 février ;
- Mme Salma Aït Ouali, responsable du centre d'écoute et d'hébergement pour femmes victimes de violence (UFEC Casablanca) : intervention dans la troisième table ronde thématique, si possible celle consacrée à la protection.

Nous restons à votre disposition pour toute information complémentaire.

Bien cordialement,

Nezha Tazi
Secrétariat de l'UFEC
Union des Femmes pour l'Égalité et la Citoyenneté (UFEC)
Casablanca - Maroc
"""
    body = leaf("text/plain", flowed(text), "utf-8", "8bit")
    body.set_param("format", "flowed")
    m = mk(when, sent, "smtp.menara.example.ma", "196.200.131.17", "4DS1hQ5nVwz8",
           "UFEC Secretariat <secretariat@ufec.example.ma>",
           hdr("Proposition d'intervenantes - Examen régional PMM - UFEC", enc="Q"),
           "<4b7e2c91-5d3a-8f16-a0e2-7c9d1b3e5f24@ufec.example.ma>", body,
           extra=[("User-Agent", "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:78.0) Gecko/20100101 "
                                 "Thunderbird/78.6.1"), ("Content-Language", "fr")])
    add(3, when, m, dict(category="speaker_request", language="fr", acknowledge=True, on_time=True, speakers=[
        sp("Khadija Benmoussa", "présidente", "Union des Femmes pour l'Égalité et la Citoyenneté (UFEC)",
           ["open_discussion"]),
        sp("Salma Aït Ouali", "responsable du centre d'écoute et d'hébergement pour femmes victimes de violence",
           "Union des Femmes pour l'Égalité et la Citoyenneté (UFEC)", ["roundtable"], 3)],
        notes="Thunderbird format=flowed; two speakers on a dashed list sent by the secretariat (not a speaker); "
              "'Mme' dropped; the first title is written 'présidente de l'UFEC': recorded as 'présidente' with the "
              "organisation as affiliation (not a unit, unlike dev 012; not covered by dev); the second speaker's affiliation is given as "
              "'(UFEC Casablanca)': recorded as the organisation's full name from the sender's text, city dropped; "
              "'troisième table ronde' = roundtable 3."))


M04_ID = "<5F2A81C3-9D4E-4B7A-A6C0-3E1D8F2B7C94@malath-women.example.org>"


def m04():
    when = at("2021-01-30 10:25:48")
    sent = sent_at(when, 2, 9)
    text = """مرحبا،

وصلتنا دعوتكم وحابين نشارك. بدي اطلب مداخلة بالجلسة العامة بالمؤتمر، بدنا نحكي عن وضع العاملات المهاجرات الناجيات من العنف وعن النقص بأماكن الإيواء الآمنة الهن بعد انفجار المرفأ والأزمة الاقتصادية.

شكراً الكن

رولا أبو جودة
مديرة دار الإيواء
جمعية ملاذ لحماية النساء - بيروت
+961 3 123 456

أُرسلت من الـ iPhone
"""
    body = leaf("text/plain", text, "utf-8", "base64")
    m = mk(when, sent, "smtp.malath-women.example.org", "203.0.113.41", "4DSRv14xKmz2",
           addr("Rola Abou Jaoude", "rola@malath-women.example.org"), re_hdr("", "مشاركة بالمؤتمر"), M04_ID, body,
           extra=[("X-Mailer", "iPhone Mail (18C66)")])
    add(4, when, m, dict(category="speaker_request", language="ar", acknowledge=True, on_time=True, speakers=[
        sp("رولا أبو جودة", "مديرة دار الإيواء", "جمعية ملاذ لحماية النساء", ["plenary"])],
        notes="Lebanese colloquial Arabic from an iPhone; the speaker is the sender and her name, title and "
              "affiliation are only in the signature; the From display name is in Latin script (the Arabic form "
              "of the signature is recorded); city after the organisation dropped; 'الجلسة العامة' = plenary."))


def m05():
    when = at("2021-01-31 13:05:22")
    sent = sent_at(when, 1, 4)
    text = """Bonjour,

Le Centre de recherches et d'études féministes de Sousse (CREF) prépare actuellement un rapport sur les femmes tunisiennes travaillant dans l'agriculture saisonnière et sur les femmes migrantes subsahariennes employées comme domestiques.

Nous avons quelques questions avant de finaliser :
1) Le rapport peut-il être rédigé en français, ou faut-il une version en anglais ou en arabe ?
2) Existe-t-il un canevas ou un nombre de pages maximum ?
3) Les rapports reçus seront-ils publiés sur le site de l'OIM ?

Merci d'avance pour votre retour.

Cordialement,
Dr Ines Gharbi
Directrice de recherche
CREF - Sousse
"""
    body = alt(text, "00000000000071b2c405ba3e9f10")
    m = mk(when, sent, "mail-wr1-f48.google.example.com", "209.85.221.48", "4DSwL27cBqz6",
           "Ines Gharbi <ines.gharbi.cref@gmail.example.com>", "Questions sur le rapport volontaire",
           "<CAM3kR8pN1vQ5tY9wE2aS6dF0gH4jK8lZ3xC7vB1@mail.gmail.example.com>", body)
    add(5, when, m, dict(category="other", language="fr", acknowledge=True, on_time=None,
        notes="questions about the voluntary report (language, template, publication) from a feminist research "
              "centre that is still writing it: no report attached or pasted, so other."))


M06_ID = "<CAF9wT3mQ7rY1uI5oP8aS2dG6hJ0kL4zX8cV2bN6@mail.gmail.example.com>"


def m06():
    when = at("2021-02-01 08:50:13")
    sent = sent_at(when, 3, 7)
    text = """Good morning,

Please find attached the voluntary GCM review report of our association. It was written together with our members, women domestic workers from the Philippines, Sri Lanka, Ethiopia and Nepal living in Kuwait, during four community meetings held on Fridays (their only day off).

We would also like to ask for one of our members to act as a rapporteur and deliver the key messages of the stakeholders. I have copied the speaker form from your letter below:

---------------------------------------
SPEAKER FORM
Name of speaker: Maria Lourdes Bautista
Title: Chairperson
Organizational affiliation: Kababayan Women Domestic Workers Association (KWDWA)
Speaking role requested: Rapporteur (key messages)
---------------------------------------

Thank you and God bless,
Josephine Reyes
Secretary, KWDWA
"""
    fname = "KWDWA_GCM_Voluntary_Report_2021.pdf"
    body = multi("mixed", [alt(text, "000000000000a4f3b105ba50c7e1"),
                           attach("application/pdf", report_pdf("Kababayan Women Domestic Workers Association (KWDWA)"),
                                  fname)], "000000000000a4f3b305ba50c7e3")
    m = mk(when, sent, "mail-pl1-f181.google.example.com", "209.85.214.181", "4DTJ3d6yFwz0",
           "KWDWA Kuwait <kwdwa.kuwait@gmail.example.com>", "GCM report + rapporteur - KWDWA", M06_ID, body)
    add(6, when, m, dict(category="both", language="en", acknowledge=True, on_time=True, speakers=[
        sp("Maria Lourdes Bautista", "Chairperson", "Kababayan Women Domestic Workers Association (KWDWA)",
           ["rapporteur"])], report_attachments=[fname],
        notes="both: PDF report plus a speaker form pasted between dashed lines; received 1 February so both parts "
              "are on time; the sender (secretary, shared Gmail box) is not the speaker."))


def m07():
    when = at("2021-02-02 14:30:56")
    sent = sent_at(when, 3, 5)
    text = """السادة / أمانة المراجعة الإقليمية للاتفاق العالمي من أجل الهجرة الآمنة والمنظمة والنظامية المحترمون
م/ ترشيح متحدثين

تحية طيبة...

استناداً إلى دعوتكم الكريمة، وبتوجيه من السيد الوكيل الأقدم للوزارة، يسرنا أن نرشح كلاً من:

1. الدكتورة هيفاء عبد الكريم الساعدي، مديرة قسم تمكين المرأة في وزارة العمل والشؤون الاجتماعية، للمشاركة في النقاش المفتوح ضمن المشاورة متعددة أصحاب المصلحة يوم 23 شباط 2021.
2. السيد علي حسين الربيعي، مسؤول شعبة العمالة الوافدة في الوزارة، للمداخلة في الطاولة المستديرة الرابعة.

يرجى التفضل بالاطلاع مع التقدير.

نور الهدى كاظم
مكتب العلاقات والإعلام
وزارة العمل والشؤون الاجتماعية – بغداد
"""
    body = alt(text, "_000_AS8PR04MB8171B2C3D4E5F6A7AS8PR04MB8171eurp_", rtl=True, charset="windows-1256")
    m = mk(when, sent, "mail.molsa-iq.example.org", "198.51.100.23", "4DTn8s3bWpz4",
           addr("مكتب العلاقات والإعلام", "relations@molsa-iq.example.org", charset="windows-1256"),
           hdr("ترشيح متحدثين - وزارة العمل والشؤون الاجتماعية", "windows-1256"),
           "<AS8PR04MB8171B2C3D4E5F6A7@AS8PR04MB8171.eurprd04.prod.outlook.example.com>", body,
           extra=[("X-Mailer", "Microsoft Outlook 16.0"), ("Content-Language", "ar-IQ")])
    add(7, when, m, dict(category="speaker_request", language="ar", acknowledge=True, on_time=True, speakers=[
        sp("هيفاء عبد الكريم الساعدي", "مديرة قسم تمكين المرأة", "وزارة العمل والشؤون الاجتماعية",
           ["open_discussion"]),
        sp("علي حسين الربيعي", "مسؤول شعبة العمالة الوافدة", "وزارة العمل والشؤون الاجتماعية", ["roundtable"],
           4)],
        notes="formal Iraqi administrative letter (windows-1256) sent by the ministry's relations office on behalf "
              "of the deputy minister; two speakers in a numbered list, honorifics 'الدكتورة'/'السيد' dropped; the "
              "title is the unit ('قسم تمكين المرأة') and the affiliation the ministry (dev 012); the second "
              "speaker's affiliation is only 'في الوزارة' (by reference to the ministry named just before); "
              "'الطاولة المستديرة الرابعة' = roundtable 4; city after the ministry in the signature dropped."))


def m08():
    when = at("2021-02-03 10:12:40")
    sent = sent_at(when, 2, 3)
    inner = """<div style="font-family:Calibri,sans-serif;font-size:11pt;color:#1F3864">
<p>Dear colleagues,</p>
<p>I am writing from the Gender and Migration Research Centre at the Lebanese Institute for Social Research (GMRC-LISR). We are coordinating a joint submission with six women's rights organisations and two shelters, and I would be grateful for clarification on a few points before the 16 February deadline:</p>
<ul>
<li>Can a research centre submit <b>one collective report</b> on behalf of a coalition, listing all endorsing organisations, or should each organisation send its own?</li>
<li>Is there a recommended length or structure (e.g. by GCM objective)?</li>
<li>Will the reports be shared with Member States ahead of the conference, and can some annexes remain confidential (case studies from shelters)?</li>
</ul>
<p>Many thanks in advance,</p>
<p>Nadine Saab<br>
Research Fellow<br>
Gender and Migration Research Centre (GMRC)<br>
Lebanese Institute for Social Research - Beirut</p>
</div>"""
    body = html_only(inner)
    m = mk(when, sent, "mail-vi1eur05.outbound.protection.example.com", "40.107.21.112", "4DV8y51mPcz7",
           "Nadine Saab <n.saab@lisr.example.org>", "Query: collective voluntary report",
           "<VI1PR05MB6544A9B8C7D6E5F4@VI1PR05MB6544.eurprd05.prod.outlook.example.com>", body,
           extra=[("X-Mailer", "Microsoft Outlook 16.0"), ("Thread-Topic", "Query: collective voluntary report")])
    add(8, when, m, dict(category="other", language="en", acknowledge=True, on_time=None,
        notes="HTML-only Outlook message: questions about a collective report (deadline, structure, confidentiality "
              "of annexes); mentions 'report' and 'deadline' throughout but submits nothing."))


def m09():
    when = at("2021-02-03 17:45:31")
    sent = sent_at(when, 0, 6)
    text = """Bonjour,

Veuillez trouver ci-dessous notre fiche de demande de prise de parole pour la Conférence régionale d'examen du PMM.

FICHE DE DEMANDE D'INTERVENTION
Nom et prénom : Mariem Mint Ahmed Salem
Fonction : Chargée de programme genre et migration
Organisation : Association Mauritanienne pour la Promotion des Droits des Femmes (AMPDF)
Type d'intervention souhaitée :
[ ] Discussion ouverte (23 février)
[ ] Rapporteur(e)
[X] Intervention en séance plénière
[ ] Table ronde thématique n° ...

Avec mes salutations distinguées,

Mariem Mint Ahmed Salem
AMPDF - Nouakchott
"""
    body = alt(text, "----=_NextPart_000_0047_01D6FA3B.2C81E4F0", charset="iso-8859-1")
    m = mk(when, sent, "smtp.mauritel.example.mr", "196.49.2.17", "4DVTq62hRjz3",
           "AMPDF <ampdf.nkc@example.mr>", hdr("Fiche de demande d'intervention - AMPDF", "iso-8859-1", "Q"),
           "<004701d6fa3b$2c81e4f0$85a3aed0$@example.mr>", body,
           extra=[("X-Mailer", "Microsoft Outlook 14.0"), ("Content-Language", "fr")])
    add(9, when, m, dict(category="speaker_request", language="fr", acknowledge=True, on_time=True, speakers=[
        sp("Mariem Mint Ahmed Salem", "Chargée de programme genre et migration",
           "Association Mauritanienne pour la Promotion des Droits des Femmes (AMPDF)", ["plenary"])],
        notes="pasted form with checkboxes (ISO-8859-1): only the plenary box is ticked '[X]'; the other roles are "
              "listed but not chosen, and 'Table ronde thématique n° ...' is blank; Date header in UTC+0."))


def m10():
    when = at("2021-02-04 12:20:09")
    sent = sent_at(when, 2, 4)
    text = """السادة أمانة المراجعة الإقليمية،
تحية طيبة وبعد،

يتشرف مركز نون للدراسات النسوية بأن يرفق لكم تقريره الطوعي حول تنفيذ الاتفاق العالمي من أجل الهجرة الآمنة والمنظمة والنظامية في مصر، من منظور النوع الاجتماعي، والذي أعدته وحدة الأبحاث بالمركز بالاستناد إلى مقابلات مع عاملات مهاجرات ولاجئات في القاهرة والإسكندرية.

نأمل أن يسهم التقرير في إثراء النقاش خلال المراجعة الإقليمية.

وتفضلوا بقبول فائق الاحترام،

د. عزة الشافعي
المديرة التنفيذية
مركز نون للدراسات النسوية
"""
    fname = "تقرير مركز نون - المراجعة الطوعية للاتفاق العالمي للهجرة.docx"
    html = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body>'
            '<div dir="rtl">%s<br><img src="cid:noon-logo@noon" alt="Noon Center" width="80"></div></body></html>\n'
            % text2html(text))
    related = multi("related", [alt(text, "000000000000d8e2b705ba7f0a12", html=html, rtl=True, cte="base64"),
                                leaf("image/png", make_png(40, 20, (120, 30, 90)), cte="base64",
                                     params=[("name", '"noon-logo.png"')],
                                     disp='inline; filename="noon-logo.png"',
                                     extra=[("Content-ID", "<noon-logo@noon>")])],
                    "000000000000d8e2b605ba7f0a11", params=[("type", '"multipart/alternative"')])
    body = multi("mixed", [related, attach(DOCX, report_docx("Noon Center for Feminist Studies",
                                                             "Voluntary GCM review report - gender perspective"),
                                           fname)], "000000000000d8e2b805ba7f0a13")
    m = mk(when, sent, "mail-ej1-f52.google.example.com", "209.85.218.52", "4DWG9k0sHvz5",
           addr("مركز نون للدراسات النسوية", "noon.feministstudies@gmail.example.com"),
           re_hdr("", "التقرير الطوعي لمركز نون للدراسات النسوية"),
           "<CAK2pX7nR4tW8yE1uI5oA9sD3fG7hJ1kL5zX9cV3@mail.gmail.example.com>", body)
    add(10, when, m, dict(category="voluntary_report", language="ar", acknowledge=True, on_time=True,
        report_attachments=[fname],
        notes="Gmail with an inline PNG logo (decoy, multipart/related) and a DOCX report with an Arabic file name "
              "(RFC 2231 + RFC 2047); 'د.' in the signature; no speaker proposed."))


M11_ID = "<8d3f6a21-7c4b-4e0a-b5d1-2f9e8c7a6b35@nwu-jo.example.org>"


def m11():
    when = at("2021-02-04 19:03:44")
    sent = sent_at(when, 2, 5)
    text = """Dear Sir/Madam,

Further to your invitation below, Al-Nashmiyat Women's Union (NWU) would like to put forward two speakers.

Our President, Ms. Leena Haddadin, would be honoured to take the floor during one of the plenary sessions on 24 or 25 February. In addition, our Legal Aid Coordinator, Ms. Rasha Obeidat, who supervises the Union's hotline and shelter referrals for survivors of gender-based violence, wishes to intervene in the first thematic roundtable (or, failing that, the third).

I am writing on their behalf as they are both in the field this week.

Kind regards,
Omar Khalaileh
Partnerships Officer
Al-Nashmiyat Women's Union (NWU)
Amman - Jordan

On 26/01/2021 15:02, GCM Regional Review Arab States wrote:
> Dear Colleagues,
>
> The Regional Review of the Global Compact for Safe, Orderly and Regular
> Migration (GCM) in the Arab Region will be held on 24-25 February 2021,
> preceded by a multi-stakeholder consultation on 23 February 2021.
>
> Stakeholders are invited to submit voluntary GCM review reports to
> gcmrrarabstates@iom.int by 16 February 2021. Stakeholders wishing to take
> a speaking role (open discussion, rapporteur, plenary or roundtable floor
> intervention) are kindly requested to send the name, title and
> organizational affiliation of the speaker by Friday 5 February 2021.
>
> Kind regards,
> GCM Regional Review Secretariat
"""
    body = leaf("text/plain", flowed(text), "utf-8", "quoted-printable")
    body.set_param("format", "flowed")
    m = mk(when, sent, "mail.nwu-jo.example.org", "198.51.100.77", "4DWYc35tLnz9",
           "Omar Khalaileh <o.khalaileh@nwu-jo.example.org>",
           "Re: Invitation - Regional Review of the GCM in the Arab Region", M11_ID, body,
           extra=[("In-Reply-To", INVITE_ID), ("References", INVITE_ID),
                  ("User-Agent", "Mozilla/5.0 (X11; Linux x86_64; rv:78.0) Gecko/20100101 Thunderbird/78.7.0")])
    add(11, when, m, dict(category="speaker_request", language="en", acknowledge=True, on_time=True, speakers=[
        sp("Leena Haddadin", "President", "Al-Nashmiyat Women's Union (NWU)", ["plenary"]),
        sp("Rasha Obeidat", "Legal Aid Coordinator", "Al-Nashmiyat Women's Union (NWU)", ["roundtable"], 1)],
        notes="Thunderbird reply to the invitation with '>'-quoted text listing every role and both deadlines; two "
              "speakers described in prose by a partnerships officer writing on their behalf ('Ms.' dropped); "
              "affiliation only via 'our'/'the Union' and the sender's signature; roundtable 'first ... (or, "
              "failing that, the third)': first choice 1."))


def m12():
    when = at("2021-02-05 09:30:18")
    sent = sent_at(when, 1, 5)
    text = """Madame, Monsieur,

J'ai le plaisir de vous transmettre ci-joint le rapport volontaire d'examen du Pacte mondial pour les migrations de l'Observatoire Genre et Migrations du Maghreb (OGMM), consacré à l'accès des femmes migrantes aux services de protection contre les violences en Tunisie, en Algérie et au Maroc.

Par la même occasion, l'OGMM souhaiterait proposer sa coordinatrice scientifique, Pr Leïla Mansouri, pour assurer le rôle de rapporteure chargée de présenter les messages clés des parties prenantes.

Je vous prie d'agréer, Madame, Monsieur, l'expression de mes salutations distinguées.

Hela Ben Salem
Chargée de communication
Observatoire Genre et Migrations du Maghreb (OGMM)
Tunis
"""
    fname = "OGMM_Rapport_volontaire_PMM_fevrier2021.pdf"
    body = multi("mixed", [alt(text, "_000_PAXPR02MB7180D1E2F3A4B5C6PAXPR02MB7180eurp_"),
                           attach("application/pdf", report_pdf("Observatoire Genre et Migrations du Maghreb (OGMM)",
                                                                "Rapport volontaire d'examen du PMM"), fname)],
                 "_004_PAXPR02MB7180D1E2F3A4B5C6PAXPR02MB7180eurp_")
    m = mk(when, sent, "mail-px2eur02.outbound.protection.example.com", "40.107.15.66", "4DXHr27nFwz6",
           "Hela Ben Salem <communication@ogmm.example.tn>",
           hdr("Rapport volontaire OGMM et proposition de rapporteure", enc="Q"),
           "<PAXPR02MB7180D1E2F3A4B5C6@PAXPR02MB7180.eurprd02.prod.outlook.example.com>", body,
           extra=[("X-Mailer", "Microsoft Outlook 16.0"), ("Content-Language", "fr-FR")])
    add(12, when, m, dict(category="both", language="fr", acknowledge=True, on_time=True, speakers=[
        sp("Leïla Mansouri", "coordinatrice scientifique", "Observatoire Genre et Migrations du Maghreb (OGMM)",
           ["rapporteur"])], report_attachments=[fname],
        notes="both, received 5 February morning: both parts on time; the speaker is named in prose by the "
              "communication officer ('sa coordinatrice scientifique, Pr Leïla Mansouri'); 'Pr' dropped; "
              "affiliation by reference ('l'OGMM') to the full name in the first paragraph; 'rapporteure' "
              "(feminine form) = rapporteur."))


def m13():
    when = at("2021-02-05 23:41:27")
    sent = sent_at(when, 3, 6)
    text = """مساء الخير،

نعتذر عن التأخر في الإرسال، ونرجو أن يصلكم الطلب قبل انتهاء المهلة. فيما يلي بيانات المتحدثة كما وردت في استمارة الدعوة:

اسم المتحدث: الأستاذة فاطمة جاسم المحميد
الصفة: منسقة المجموعة
الجهة: مجموعة تضامن العاملات المنزليات في البحرين
نوع المشاركة: مداخلة في الطاولة المستديرة الثانية

مع خالص الشكر،
فاطمة المحميد

احصل على Outlook لـ Android
"""
    body = alt(text, "_000_HE1PR0801MB2031A7B8C9D0E1F2HE1PR0801MB2031_", rtl=True, cte="base64")
    m = mk(when, sent, "mail-he1eur04.outbound.protection.example.com", "40.107.7.103", "4DXqm60zCsz2",
           addr("Fatima Almahmeed", "f.almahmeed@tadamun-dw.example.bh"),
           re_hdr("", "طلب مشاركة - مجموعة تضامن العاملات المنزليات"),
           "<HE1PR0801MB2031A7B8C9D0E1F2@HE1PR0801MB2031.eurprd08.prod.outlook.example.com>", body,
           extra=[("X-Mailer", "Outlook-iOS-Android")])
    add(13, when, m, dict(category="speaker_request", language="ar", acknowledge=True, on_time=True, speakers=[
        sp("فاطمة جاسم المحميد", "منسقة المجموعة", "مجموعة تضامن العاملات المنزليات في البحرين", ["roundtable"], 2)],
        notes="edge: Date header Sat 6 Feb 00:41 +0300 (Bahrain) but received 23:41:27 on 5 Feb Beirut time: on "
              "time; labelled lines copied from the invitation form, 'الأستاذة' dropped; 'في البحرين' is written "
              "as part of the group's name (not a place after the organisation), so kept; Outlook for Android."))


M14_ID = "<2a6c1f90-44be-4c1d-9e7a-b35f0d8c2e71@nwwf-sd.example.org>"


def m14():
    when = at("2021-02-06 00:02:10")
    sent = dt.datetime(2021, 2, 5, 23, 58, 47, tzinfo=dt.timezone(dt.timedelta(hours=2)))
    text = """Dear Secretariat,

Unfortunately Dr. Samia will not be able to take part in the conference as she has to travel for a family emergency. We kindly ask that our colleague Ms. Hawa Adam Ishag, Head of the Domestic Workers Desk at NWWF, speaks in her place in the same roundtable.

Apologies for the late hour.

Regards
Amna Osman
General Coordinator, NWWF

Sent from my Samsung Galaxy smartphone.

-------- Original message --------
From: Samia El-Nour <s.elnour@nwwf-sd.example.org>
Date: 28/01/2021 11:02 (GMT+02:00)
To: gcmrrarabstates@iom.int
Subject: Request for speaking slot - Roundtable 2 - NWWF

Dear GCM Regional Review Secretariat,

On behalf of the Nile Women Workers' Federation, I would like to thank you for the kind invitation. We would like to request a speaking slot in Roundtable 2 of the Regional Review Conference.

Speaker details:
Name: Dr. Samia El-Nour
Title: Secretary for External Relations
Organization: Nile Women Workers' Federation (NWWF) - Khartoum, Sudan
"""
    body = alt(text, "--_com.samsung.android.email_1612562327184230")
    m = mk(when, sent, "mail.nwwf-sd.example.org", "203.0.113.118", "4DXs0G1kTrz9",
           "Amna Osman <a.osman@nwwf-sd.example.org>",
           "RE: Request for speaking slot - Roundtable 2 - NWWF", M14_ID, body,
           cc="Samia El-Nour <s.elnour@nwwf-sd.example.org>",
           extra=[("In-Reply-To", M02_ID), ("References", M02_ID)])
    add(14, when, m, dict(category="speaker_request", language="en", acknowledge=True, on_time=False,
        thread_of="h162-02.eml", speakers=[
            sp("Hawa Adam Ishag", "Head of the Domestic Workers Desk", "Nile Women Workers' Federation (NWWF)",
               ["roundtable"], 2)],
        notes="replaces the speaker of h162-02; the phone's Date header reads 5 Feb 23:58:47 +0200 but the server "
              "received it at 00:02:10 on 6 February: late; roundtable only by reference ('the same roundtable', "
              "2 in the quoted original, which still holds the old speaker's labelled lines); new text gives only "
              "'NWWF': affiliation recorded in the fullest form written in the message (quoted original); the "
              "sender (general coordinator) is not the speaker."))


def m15():
    when = at("2021-02-06 00:06:44")
    d = tz(when, 3)
    text = """This message was created automatically by mail delivery software.

A message that you sent could not be delivered to one or more of its
recipients. This is a permanent error. The following address(es) failed:

  f.almahmeed@tadamun-dw.example.bh
    mailbox is full: retry timeout exceeded
    (quota exceeded: 51200000 bytes used of 51200000)
"""
    dsn = ("Reporting-MTA: dns; mx.tadamun-dw.example.bh\n\n"
           "Action: failed\n"
           "Final-Recipient: rfc822;f.almahmeed@tadamun-dw.example.bh\n"
           "Status: 5.2.2\n"
           "Diagnostic-Code: smtp; 552 5.2.2 Mailbox full\n")
    orig = ("From: GCM Regional Review Arab States <gcmrrarabstates@iom.int>\n"
            "To: f.almahmeed@tadamun-dw.example.bh\n"
            "Subject: %s\n"
            "Date: %s\n"
            "Message-ID: <ack.20210205.2141@gcmrrarabstates.iom.int>\n"
            % (b_word("تأكيد استلام: طلب مشاركة - مجموعة تضامن العاملات المنزليات"),
               rfcdate(when - dt.timedelta(minutes=25))))
    p1 = leaf("text/plain", text, "us-ascii", "7bit")
    p2 = Message(policy=POL)
    p2["Content-Type"] = "message/delivery-status"
    for block in dsn.strip("\n").split("\n\n"):
        p2.attach(Parser(policy=POL).parsestr(block + "\n", headersonly=True))
    p3 = leaf("text/rfc822-headers", orig, "us-ascii", "7bit")
    body = multi("report", [p1, p2, p3], "1612562804-eximdsn-1804289383",
                 params=[("report-type", "delivery-status")])
    rows = std_rows(when, "mx.tadamun-dw.example.bh", "192.0.2.188", "4DXs5N3qWbz4",
                    "Mail Delivery System <Mailer-Daemon@mx.tadamun-dw.example.bh>",
                    "Mail delivery failed: returning message to sender", rfcdate(d),
                    "<E1l8Bn2-0004Qa-7K@mx.tadamun-dw.example.bh>",
                    extra=[("Auto-Submitted", "auto-replied"), ("X-Failed-Recipients", "f.almahmeed@tadamun-dw.example.bh")])
    rows[0] = ("Return-Path", "<>")
    add(15, when, top(body, rows), dict(category="bounce", language="en", acknowledge=False, on_time=None,
        notes="Exim bounce (mailbox full, 5.2.2) of the acknowledgement sent to the sender of h162-13; returned "
              "headers only, with an RFC 2047 Arabic subject. Never acknowledge."))


def m16():
    when = at("2021-02-08 11:20:52")
    sent = sent_at(when, 1, 4)
    text = """Madame, Monsieur,

Au nom de Mme Zohra Bouchareb, Présidente de la Fédération Algérienne des Femmes Rurales (FAFR), je me permets de vous écrire pour solliciter sa participation en tant qu'intervenante à la Conférence régionale d'examen du PMM.

Mme Bouchareb souhaiterait intervenir lors d'une séance plénière ainsi que dans une table ronde thématique (la table ronde 1 de préférence, à défaut la 2), afin de présenter la situation des femmes rurales dont les maris ou les enfants ont émigré.

Nous sommes conscientes que la date du 5 février est dépassée ; l'invitation ne nous est parvenue que la semaine dernière, par l'intermédiaire d'une association partenaire. Nous espérons que notre demande pourra néanmoins être examinée.

Veuillez agréer, Madame, Monsieur, nos salutations respectueuses.

Amel Kaci
Chargée de communication
FAFR - Sétif, Algérie
"""
    body = alt(text, "----=_Part_1184523_902117381.1612775652118")
    m = mk(when, sent, "smtp.djaweb.example.dz", "193.194.64.12", "4DYtK71pXgz5",
           "Amel Kaci <amel.kaci@fafr.example.dz>",
           hdr("Demande de participation - Présidente FAFR", enc="Q"),
           "<1184523.902117381.1612775652118@webmail.fafr.example.dz>", body,
           extra=[("X-Mailer", "Zimbra 8.8.15_GA_3869 (ZimbraWebClient - FF85 (Win)/8.8.15_GA_3869)")])
    add(16, when, m, dict(category="speaker_request", language="fr", acknowledge=True, on_time=False, speakers=[
        sp("Zohra Bouchareb", "Présidente", "Fédération Algérienne des Femmes Rurales (FAFR)",
           ["plenary", "roundtable"], 1)],
        notes="late (8 February) and says why; written by the communication officer 'au nom de' the president; "
              "two roles (plenary + roundtable '1 de préférence, à défaut la 2': first choice 1); 'Mme' dropped."))


def m17():
    when = at("2021-02-09 15:00:31")
    sent = sent_at(when, 2, 7)
    ack_id = "<ack.20210130.0412@gcmrrarabstates.iom.int>"
    text = """ألف شكر، تمام وصلتنا رسالتكم. منستنى خبر منكم بخصوص البرنامج.

رولا

أُرسلت من الـ iPhone

> في 30 كانون الثاني 2021، الساعة 10:26، كتب GCM Regional Review Arab States <gcmrrarabstates@iom.int>:
>
> السيدة رولا أبو جودة المحترمة،
> نشكركم على رسالتكم. تم تسجيل طلب المشاركة بالكلمة الخاص بكم، وسنتواصل معكم لاحقاً بشأن البرنامج النهائي.
> مع التحية،
> أمانة المراجعة الإقليمية
"""
    body = leaf("text/plain", text, "utf-8", "base64")
    m = mk(when, sent, "smtp.malath-women.example.org", "203.0.113.41", "4DZQn25vHkz1",
           addr("Rola Abou Jaoude", "rola@malath-women.example.org"),
           re_hdr("Re: ", "تأكيد استلام: مشاركة بالمؤتمر"),
           "<9C41E7B2-3A5D-4F80-8E16-D2B7A0C95F3E@malath-women.example.org>", body,
           extra=[("In-Reply-To", ack_id), ("References", "%s %s" % (M04_ID, ack_id)),
                  ("X-Mailer", "iPhone Mail (18C66)")])
    add(17, when, m, dict(category="other", language="ar", acknowledge=False, on_time=None,
        thread_of="h162-04.eml",
        notes="thank-you in Lebanese colloquial replying to our acknowledgement of h162-04 (References name both), "
              "adds nothing new: other, not acknowledged (LABELS.md: a reply to one of our acknowledgements that "
              "adds nothing new); the quoted acknowledgement mentions the speaking request."))


def m18():
    when = at("2021-02-10 10:40:03")
    sent = sent_at(when, 1, 3)
    text = """Bonjour,

Veuillez trouver en pièce jointe le rapport volontaire collectif du Réseau des Femmes Migrantes et Solidaires (REFEMS), élaboré avec onze associations membres de Rabat, Tanger, Oujda et Agadir, dont trois maisons d'accueil pour femmes victimes de violence.

Le rapport porte en particulier sur les objectifs 7, 15 et 16 du Pacte.

Bien à vous,

--
Souad Lahlou
Coordinatrice du REFEMS
Tél. : +212 5 37 00 00 00
"""
    fname = "Rapport volontaire REFEMS – PMM 2021 (version finale).docx"
    body = multi("mixed", [leaf("text/plain", text, "utf-8", "quoted-printable"),
                           attach(DOCX, report_docx("Reseau des Femmes Migrantes et Solidaires (REFEMS)",
                                                    "Rapport volontaire collectif - PMM 2021"), fname)],
                 "=_7f1c2b9a4d6e8f0a1b3c5d7e9f2a4b6c")
    m = mk(when, sent, "webmail.refems.example.ma", "196.200.145.9", "4Dbcm41tRqz8",
           "Souad Lahlou <coordination@refems.example.ma>", hdr("Rapport volontaire collectif – REFEMS", enc="Q"),
           "<e3b0c44298fc1c149afbf4c8996fb924@refems.example.ma>", body,
           extra=[("User-Agent", "Roundcube Webmail/1.4.9")])
    add(18, when, m, dict(category="voluntary_report", language="fr", acknowledge=True, on_time=True,
        report_attachments=[fname],
        notes="Roundcube, plain text only; collective report as DOCX whose file name has an en dash and "
              "parentheses (RFC 2231 / RFC 2047)."))


def m19():
    when = at("2021-02-11 16:05:26")
    sent = sent_at(when, 2, 6)
    text = """Dear GCM Regional Review team,

Please find attached the voluntary GCM review report of the Equal Ground Feminist Research Centre (EGFRC). The report draws on 42 interviews with migrant women in Jordan and Lebanon, including survivors of trafficking and women living in shelters, and reviews progress on GCM Objectives 6, 7, 10 and 16.

I have also attached the flyer for our online launch of the report on 18 February, in case colleagues at IOM would like to join.

With best wishes,

Dr. Lama Naser
Director | Equal Ground Feminist Research Centre (EGFRC)
Jabal Al-Luweibdeh, Amman
www.egfrc.example.org
"""
    f1 = "EGFRC_Voluntary_GCM_Review_Report_Feb2021.pdf"
    f2 = "EGFRC_launch_flyer_18Feb.png"
    body = multi("mixed", [alt(text, "_000_AM7PR03MB6436F0E1D2C3B4A5AM7PR03MB6436eurp_"),
                           attach("application/pdf", report_pdf("Equal Ground Feminist Research Centre (EGFRC)"), f1),
                           attach("image/png", make_png(60, 84, (200, 60, 110)), f2)],
                 "_005_AM7PR03MB6436F0E1D2C3B4A5AM7PR03MB6436eurp_")
    m = mk(when, sent, "mail-am7eur03.outbound.protection.example.com", "40.107.3.57", "4Dc2Wf6xNlz3",
           "Lama Naser <l.naser@egfrc.example.org>", "EGFRC voluntary GCM review report",
           "<AM7PR03MB6436F0E1D2C3B4A5@AM7PR03MB6436.eurprd03.prod.outlook.example.com>", body,
           extra=[("X-Mailer", "Microsoft Outlook 16.0"), ("Content-Language", "en-GB")])
    add(19, when, m, dict(category="voluntary_report", language="en", acknowledge=True, on_time=True,
        report_attachments=[f1],
        notes="PDF report plus a PNG flyer for a launch event attached as a regular attachment (decoy, not part of "
              "the report); 'Dr.' in the signature; no speaker proposed."))


def m20():
    when = at("2021-02-12 09:30:47")
    sent = sent_at(when, 2, 8)
    inner = """<div dir="rtl" style="font-family:Tahoma;font-size:14px">
<p>تحية طيبة وبعد،</p>
<p>ترفق رابطة العاملات المنزليات المهاجرات في الأردن تقريرها الطوعي حول الاتفاق العالمي من أجل الهجرة، والذي أعدته عضوات الرابطة من عدة جنسيات خلال ورشات عمل في عمّان والزرقاء.</p>
<p>كما نرجو، إن أمكن رغم فوات الموعد، إتاحة الفرصة لعضوتين من الرابطة للمشاركة بالكلمة:</p>
<ol>
<li>السيدة ميسون الخطيب - رئيسة الرابطة - المشاركة في النقاش المفتوح يوم 23 شباط.</li>
<li>السيدة تيغيست ولدي - مسؤولة لجنة العاملات الإثيوبيات - مداخلة في الطاولة المستديرة الثالثة.</li>
</ol>
<p>مع فائق الاحترام،<br>
سناء حداد<br>
سكرتيرة الرابطة</p>
</div>"""
    fname = "Rabita_GCM_voluntary_report_final.pdf"
    body = multi("mixed", [html_only(inner, rtl=True, b64=True),
                           attach("application/pdf", report_pdf("Rabita - Migrant Domestic Workers League, Jordan"),
                                  fname)], "----=_Part_2290146_1887395110.1612942240163")
    m = mk(when, sent, "sonic314-20.consmr.mail.ir2.yahoo.example.com", "77.238.177.146", "4DcRj53wYbz7",
           addr("سناء حداد", "rabita.dw.jo@yahoo.example.com"),
           re_hdr("", "تقرير الرابطة وطلب مشاركة"),
           "<1887395110.2290146.1612942240163@mail.yahoo.example.com>", body,
           extra=[("X-Mailer", "WebService/1.1.17648 YMailNorrin")])
    add(20, when, m, dict(category="both", language="ar", acknowledge=True, on_time=False, speakers=[
        sp("ميسون الخطيب", "رئيسة الرابطة", "رابطة العاملات المنزليات المهاجرات في الأردن", ["open_discussion"]),
        sp("تيغيست ولدي", "مسؤولة لجنة العاملات الإثيوبيات", "رابطة العاملات المنزليات المهاجرات في الأردن",
           ["roundtable"], 3)],
        report_attachments=[fname],
        notes="both: HTML-only (base64, Yahoo) with a PDF; received 12 February: the report part is on time but the "
              "speaker part is late ('رغم فوات الموعد'), so on_time false; two speakers in an ordered list with "
              "dash-separated fields, 'السيدة' dropped; affiliation by reference ('من الرابطة') to the name in the "
              "first paragraph; sender (secretary) is not a speaker."))


def m21():
    when = at("2021-02-14 20:10:15")
    sent = sent_at(when, 1, 5)
    text = """Bonsoir,

La Cellule genre du Ministère de la Solidarité nationale, de la Famille et de la Condition de la Femme suit avec intérêt la préparation de l'Examen régional.

Pourriez-vous nous faire parvenir la version française de la note conceptuelle et de l'ordre du jour provisoire ? Par ailleurs, deux cadres de la Cellule souhaiteraient suivre les travaux des 24 et 25 février en tant qu'observatrices, sans prendre la parole : faut-il s'inscrire en ligne, ou suffit-il de vous communiquer leurs noms par courriel ?

Avec nos remerciements,

Karima Hadjadj
Sous-directrice, Cellule genre
Ministère de la Solidarité nationale, de la Famille et de la Condition de la Femme
"""
    body = alt(text, "_000_PR1PR04MB5098C7D8E9F0A1B2PR1PR04MB5098eurp_")
    m = mk(when, sent, "mail-pr1eur04.outbound.protection.example.com", "40.107.14.89", "4DdFz18kMsz0",
           "Karima Hadjadj <k.hadjadj@msnfcf.example.dz>",
           hdr("Demande de documents en français - Examen régional PMM", enc="Q"),
           "<PR1PR04MB5098C7D8E9F0A1B2@PR1PR04MB5098.eurprd04.prod.outlook.example.com>", body,
           extra=[("X-Mailer", "Microsoft Outlook 16.0"), ("X-MS-Has-Attach", "")])
    add(21, when, m, dict(category="other", language="fr", acknowledge=True, on_time=None,
        notes="a ministry's gender unit asks for French documents and how observers register; explicitly 'sans "
              "prendre la parole': names people but proposes no speaker: other."))


def m22():
    when = at("2021-02-16 23:57:30")
    sent = sent_at(when, 3, 9)
    text = """Dear colleagues,

Sorry for sending this so late at night. Please find attached the voluntary GCM review report of the Kurdistan Women's Shelters Network (KWSN). It covers the seven member shelters in Erbil, Duhok and Sulaymaniyah and the situation of displaced and migrant women who are survivors of violence.

Best regards,
Shilan Aziz
M&E Officer, KWSN
Erbil, Kurdistan Region of Iraq
"""
    fname = "KWSN_voluntary_GCM_report_FINAL.pdf"
    body = multi("mixed", [alt(text, "000000000000f1e2c305bb7e5d08"),
                           attach("application/pdf", report_pdf("Kurdistan Women's Shelters Network (KWSN)"), fname)],
                 "000000000000f1e2c505bb7e5d0a")
    m = mk(when, sent, "mail-ot1-f46.google.example.com", "209.85.210.46", "4Dg1Cc3nXrz2",
           "Shilan Aziz <shilan.kwsn@gmail.example.com>", "KWSN - voluntary GCM report",
           "<CAN8vR2kP6tX0yE4uI8oA2sD6fG0hJ4kL8zX2cV6@mail.gmail.example.com>", body)
    add(22, when, m, dict(category="voluntary_report", language="en", acknowledge=True, on_time=True,
        report_attachments=[fname],
        notes="edge: received 23:57:30 on 16 February Beirut time (Date header Wed 17 Feb 00:57 +0300): on time "
              "although the sender apologises for the late hour."))


def m23():
    when = at("2021-02-17 08:20:14")
    sent = sent_at(when, 2, 11)
    fname = "UWRA-GCM-Report-AR.pdf"
    p1 = leaf("text/plain", "مرفق تقرير الاتحاد\n\n", "utf-8", "base64")
    pdf = leaf("application/pdf", report_pdf("Union of Rural Women's Associations - voluntary GCM report (Arabic)"),
               cte="base64", params=[("name", '"%s"' % fname)], disp='inline; filename="%s"' % fname)
    p2 = leaf("text/plain", "\n\nمع الشكر\nأُرسلت من الـ iPhone\n", "utf-8", "base64")
    body = multi("mixed", [p1, pdf, p2], "Apple-Mail-7C2E9A41-3B5D-4F60-8A17-D4E2F0B9C6A3")
    m = mk(when, sent, "smtp.uwra.example.ps", "192.0.2.61", "4DgQ0v7sKtz5",
           addr("اتحاد جمعيات المرأة الريفية", "uwra.office@uwra.example.ps"), re_hdr("", "تقرير"),
           "<3E8B0D52-6F1A-4C97-B2E4-9A7C5D1F0E68@uwra.example.ps>", body,
           extra=[("X-Mailer", "iPhone Mail (18D52)")])
    add(23, when, m, dict(category="voluntary_report", language="ar", acknowledge=True, on_time=False,
        report_attachments=[fname],
        notes="minimal iPhone message (three Arabic words, inline PDF between two text parts); received 17 February: "
              "late, without any apology. The From display name spans two RFC 2047 encoded-words (policy.default "
              "shows a stray space, as in dev 059)."))


def m24():
    when = at("2021-02-19 14:44:39")
    sent = sent_at(when, 3, 6)
    inner = """<div style="font-family:Arial,sans-serif;font-size:12px">
<p>Madame, Monsieur,</p>
<p>Nous vous prions de trouver ci-dessous la contribution du Collectif des Femmes Travailleuses de Djibouti (CFTD) à l'examen régional du Pacte mondial pour les migrations. Faute de moyens pour une mise en page, nous l'avons rédigée directement dans ce courriel. Nous sommes conscientes qu'elle arrive après la date limite.</p>
<p><b>RAPPORT VOLONTAIRE D'EXAMEN DU PMM - CFTD</b></p>
<p><b>1. Présentation</b><br>Le CFTD regroupe 23 associations de femmes, dont des employées de maison, des vendeuses du marché et des femmes migrantes éthiopiennes et somaliennes en transit.</p>
<p><b>2. Méthodologie</b><br>Trois groupes de discussion (Djibouti-ville, Obock, Ali Sabieh) avec 64 femmes, entre novembre 2020 et janvier 2021.</p>
<p><b>3. Progrès et difficultés (objectifs 1, 7 et 16)</b><br>Des points d'écoute ont été ouverts à Obock, mais les femmes migrantes victimes de violences restent sans hébergement sûr. L'accès aux documents d'état civil pour les enfants nés pendant le transit reste très difficile.</p>
<p><b>4. Recommandations</b><br>- ouvrir au moins un centre d'hébergement pour femmes migrantes sur la route d'Obock ;<br>- former les agents de la police des frontières à l'accueil des victimes de violences sexuelles ;<br>- associer les organisations de femmes au suivi national du PMM.</p>
<p>Avec nos salutations distinguées,</p>
<p>Hodan Ahmed Farah<br>Secrétaire générale, CFTD<br>Djibouti</p>
</div>"""
    body = html_only(inner)
    m = mk(when, sent, "mail.intnet.example.dj", "192.0.2.210", "4Dh8pL4rBwz1",
           "CFTD Djibouti <cftd.djibouti@example.dj>",
           hdr("Contribution du CFTD - Examen régional du PMM", enc="Q"),
           "<20210219114433.5C1E22A0F3@mail.intnet.example.dj>", body,
           extra=[("X-Mailer", "Horde Application Framework 5")])
    add(24, when, m, dict(category="voluntary_report", language="fr", acknowledge=True, on_time=False,
        notes="HTML-only, the report is written in the body (headings 1-4), no attachment; received 19 February: "
              "late, and the sender says so."))


def main():
    for f in (m01, m02, m03, m04, m05, m06, m07, m08, m09, m10, m11, m12, m13, m14, m15, m16, m17, m18, m19,
              m20, m21, m22, m23, m24):
        f()
    SET.write()


if __name__ == "__main__":
    main()
