#!/usr/bin/env python3
"""Write the blind evaluation set holdout168 (24 raw .eml messages + labels.json).

Deterministic, standard library only:  python3 tests/data/make_eval_sets168.py
Theme: secretaries and assistants writing for their bosses: executive offices, chiefs of staff, assistants
forwarding a director's request, 'sent on behalf of' (Sender header) chains, a boss replying in the
assistant's thread, corrected details sent twice.  Helpers imported from mailgen.py.
"""
import datetime as dt
from email.message import Message
from email.parser import Parser

from mailgen import (EvalSet, DOCX, POL, addr, at, attach, hdr, leaf, make_docx, make_pdf, make_png, mk, multi,
                     re_hdr, rfcdate, sp, std_rows, text2html, top, tz, alt, html_only, sent_at)

SET = EvalSet(168)
add = SET.add

INVITE_ID = "<INV-2021-01-26-AR.0017@gcmrrarabstates.iom.int>"


# ================================================================ 01 auto-reply (ar)
def m01():
    when = at("2021-01-27 16:02:31")
    sent = sent_at(when, 3, 1)
    text = """شكراً لرسالتكم.

مدير مكتب الأمين العام في إجازة رسمية حتى يوم الأحد 7 شباط/فبراير 2021، ولن يتمكن من الاطلاع على البريد الإلكتروني خلال هذه الفترة.
للمراسلات العاجلة يرجى التواصل مع سكرتارية المكتب على العنوان: sg.office@afwo.example.org

Thank you for your email. I am on leave until Sunday 7 February 2021 with no access to email. For urgent matters please contact sg.office@afwo.example.org

مع التحية،
فراس الخطيب
"""
    body = alt(text, "_000_DB8PR03MB5120AA11BB22CC33DB8PR03MB5120eurp_", rtl=True, b64=True)
    rows = std_rows(when, "mail-db8eur03.outbound.protection.example.com", "40.107.3.61", "4DQpX21hVnz4",
                    addr("فراس الخطيب", "f.alkhatib@afwo.example.org"),
                    re_hdr("Automatic reply: ", "دعوة - المراجعة الإقليمية للاتفاق العالمي من أجل الهجرة في المنطقة العربية"),
                    rfcdate(sent), "<DB8PR03MB5120AA11BB22CC33@DB8PR03MB5120.eurprd03.prod.outlook.example.com>",
                    extra=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All"),
                           ("X-MS-Exchange-Inbox-Rules-Loop", "f.alkhatib@afwo.example.org")])
    rows[0] = ("Return-Path", "<>")
    rows += [("In-Reply-To", INVITE_ID), ("References", INVITE_ID), ("Content-Language", "ar-JO")]
    add(1, when, top(body, rows), dict(category="auto_reply", language="ar", acknowledge=False, on_time=None,
        notes="Exchange out-of-office of a chief of the Secretary-General's office, Arabic then English, answering "
              "the invitation; gives a secretariat address. Auto-Submitted: auto-replied. Never acknowledge."))


# ================================================================ 02 speaker (ar), sent on behalf (Sender header)
def m02():
    when = at("2021-01-29 11:20:08")
    sent = sent_at(when, 2, 4)
    text = """السادة/ أمانة المراجعة الإقليمية للاتفاق العالمي من أجل الهجرة الآمنة والمنظمة والنظامية
المنظمة الدولية للهجرة - المكتب الإقليمي
تحية طيبة وبعد،

بالإشارة إلى كتابكم الكريم بشأن المراجعة الإقليمية للاتفاق العالمي من أجل الهجرة في المنطقة العربية، يسرّني بتوجيه من سعادة الأمين العام أن أبلغكم برغبة الاتحاد في المشاركة بمداخلة خلال الجلسات العامة للمؤتمر يومي 24 و25 شباط/فبراير 2021.

وسيلقي المداخلة سعادة الأستاذ الدكتور نبيل عبد الرحمن الزعبي، الأمين العام للاتحاد العربي لنقابات العمال الزراعيين.

نرجو التكرم بإفادتنا بالترتيبات اللازمة.

وتفضلوا بقبول فائق الاحترام والتقدير،

رنا يوسف
سكرتيرة تنفيذية - مكتب الأمين العام
الاتحاد العربي لنقابات العمال الزراعيين
عمّان - الأردن
هاتف: +962 6 555 0142
"""
    body = alt(text, "_000_AM0PR10MB2871D4C3B2A1F0E9AM0PR10MB2871eurp_", rtl=True)
    m = mk(when, sent, "mail-am0eur02.outbound.protection.example.com", "40.107.2.83", "4DRv0k1ZPdz6",
           addr("مكتب الأمين العام", "sg.office@afwo.example.org"),
           hdr("مشاركة الاتحاد العربي لنقابات العمال الزراعيين في المؤتمر الإقليمي"),
           "<AM0PR10MB2871D4C3B2A1F0E9@AM0PR10MB2871.EURPRD10.PROD.OUTLOOK.example.com>", body,
           extra=[("Sender", addr("رنا يوسف", "r.yousef@afwo.example.org")),
                  ("X-Mailer", "Microsoft Outlook 16.0"), ("Content-Language", "ar-JO")])
    add(2, when, m, dict(category="speaker_request", language="ar", acknowledge=True, on_time=True, speakers=[
        sp("نبيل عبد الرحمن الزعبي", "الأمين العام", "الاتحاد العربي لنقابات العمال الزراعيين", ["plenary"])],
        notes="shared office mailbox (From: مكتب الأمين العام) sent on behalf by the executive secretary (Sender "
              "header); she is not the speaker; honorifics 'سعادة الأستاذ الدكتور' dropped; 'الجلسات العامة' = "
              "plenary; city after the organisation in the signature not part of the affiliation."))


# ================================================================ 03 speaker (en), chief of staff, two speakers
M03_ID = "<BY5PR11MB4056E7F6A5B4C3D2@BY5PR11MB4056.namprd11.prod.outlook.example.com>"


def m03():
    when = at("2021-02-01 09:47:19")
    sent = sent_at(when, 4, 5)
    text = """Dear GCM Regional Review team,

I am writing from the Office of the CEO of the Gulf Fair Migration Foundation (GFMF) further to your kind invitation of 26 January.

We would like to put forward two speakers:

1) Ms. Latifa Al Mansoori, Chief Executive Officer, GFMF - for a floor intervention in one of the plenary sessions (24 or 25 Feb, whichever suits the programme).

2) Mr. Arjun Pillai, Head of Policy & Research, GFMF - for Roundtable 4. He has led our work on wage protection and would be well placed to contribute there.

Could you kindly confirm receipt and let me know the next steps? I will be coordinating Ms. Al Mansoori's calendar.

With best regards,

Nadia Haroun
Chief of Staff | Office of the CEO
Gulf Fair Migration Foundation
Dubai, UAE
T +971 4 555 0199
"""
    body = alt(text, "_000_BY5PR11MB4056E7F6A5B4C3D2BY5PR11MB4056namp_")
    m = mk(when, sent, "mail-by5nam11.outbound.protection.example.com", "40.107.220.48", "4DTa8n3WqKz1",
           "Nadia Haroun <nadia.haroun@gfmf.example.ae>", "GFMF speakers - GCM Regional Review (Arab States)",
           M03_ID, body, cc="Office of the CEO <ceo.office@gfmf.example.ae>",
           extra=[("X-Mailer", "Microsoft Outlook 16.0"), ("Content-Language", "en-US")])
    add(3, when, m, dict(category="speaker_request", language="en", acknowledge=True, on_time=True, speakers=[
        sp("Latifa Al Mansoori", "Chief Executive Officer", "Gulf Fair Migration Foundation (GFMF)", ["plenary"]),
        sp("Arjun Pillai", "Head of Policy & Research", "Gulf Fair Migration Foundation (GFMF)", ["roundtable"], 4)],
        notes="chief of staff (not a speaker) proposes two speakers; their lines only carry the acronym 'GFMF', "
              "the full name with acronym is in the first paragraph ('Gulf Fair Migration Foundation (GFMF)'); "
              "Ms./Mr. dropped; city in the signature not part of the affiliation."))


# ================================================================ 04 speaker (fr), pasted form, HTML only (Gmail)
def m04():
    when = at("2021-02-01 15:33:52")
    sent = sent_at(when, 1, 6)
    inner = """<div dir="ltr"><div>Bonjour,</div><div><br></div>
<div>Je vous prie de trouver ci-dessous la fiche de demande d'intervention de notre Directeur, M. Hédi Ben Salem, remplie à sa demande.</div><div><br></div>
<div>Cordialement,</div><div>Sonia Trabelsi<br>Assistante de direction</div><div><br></div>
<div>---------- Fiche d'intervention ----------</div>
<table border="1" cellpadding="4" style="border-collapse:collapse">
<tr><td><b>Nom et prénom</b></td><td>BEN SALEM Hédi</td></tr>
<tr><td><b>Fonction</b></td><td>Directeur exécutif</td></tr>
<tr><td><b>Organisation</b></td><td>Forum tunisien pour la mobilité et les droits (FTMD)</td></tr>
<tr><td><b>Type d'intervention souhaitée</b></td><td>Table ronde thématique n° 2</td></tr>
<tr><td><b>Téléphone</b></td><td>+216 71 555 208</td></tr>
</table>
<div><br></div><div>-- <br><div dir="ltr" class="gmail_signature">Sonia Trabelsi<br>FTMD - Tunis</div></div></div>"""
    body = html_only(inner)
    m = mk(when, sent, "mail-wr1-f52.google.example.com", "209.85.221.52", "4DTn5y0MvGz9",
           "Sonia Trabelsi <sonia.trabelsi.ftmd@gmail.example.com>",
           hdr("Demande d'intervention - Revue régionale du PMM", enc="Q"),
           "<CAK9f2mQ7rT1vB6nX3zL8wP0yH4jD5sG2cE9uA1o@mail.gmail.example.com>", body)
    add(4, when, m, dict(category="speaker_request", language="fr", acknowledge=True, on_time=True, speakers=[
        sp("Hédi Ben Salem", "Directeur exécutif", "Forum tunisien pour la mobilité et les droits (FTMD)",
           ["roundtable"], 2)],
        notes="HTML-only Gmail, the assistant pastes a form (table) filled for her director; name written "
              "'BEN SALEM Hédi' (surname first, capitals): recorded as a secretary would type it, 'Hédi Ben "
              "Salem' (as in the body); the sender is not the speaker."))


# ================================================================ 05 other (en), assistant's question
def m05():
    when = at("2021-02-02 10:05:44")
    sent = sent_at(when, 2, 2)
    text = """Good morning,

I work in the office of Dr Youssef Karam (Regional Director, Migrant Health Alliance). He is interested in the consultation on 23 February but before he decides whether to ask for a speaking slot he asked me to check two things:

- can interventions be delivered online, or is it in-person in Beirut only?
- roughly how long is a floor intervention in the roundtables (3 min? 5 min?)

Many thanks in advance,
Mira

Mira Aoun
Office Manager
Migrant Health Alliance - MENA
"""
    body = leaf("text/plain", text, "utf-8", "quoted-printable")
    m = mk(when, sent, "mail-pj1-f41.google.example.com", "209.85.216.41", "4DV2kQ0pLtz3",
           "Mira Aoun <mira.aoun@mha-mena.example.org>", "Quick question on speaking slots (format / length)",
           "<4b7e1c22-8f3a-4d5e-9a61-0c2b7d9e5f13@mha-mena.example.org>", body,
           extra=[("User-Agent", "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:78.0) Gecko/20100101 Thunderbird/78.6.1"),
                  ("Content-Language", "en-GB")])
    m.replace_header("Content-Type", 'text/plain; charset="utf-8"; format=flowed')
    add(5, when, m, dict(category="other", language="en", acknowledge=True, on_time=None,
        notes="an office manager asks, for her director, about online participation and length of interventions "
              "before deciding to request a slot: a question, no speaker proposed (the director's name and title "
              "appear but no request is made)."))


# ================================================================ 06 speaker (ar), secretary, two speakers (first version)
M06_ID = "<CAM3hV8tP1wR6qK9zN2xB7yF4mL0sD5gT8cJ3eA6@mail.gmail.example.com>"
M06_TEXT = """السلام عليكم ورحمة الله وبركاته

الإخوة الكرام في فريق المراجعة الإقليمية،

حسب توجيهات رئيسة الجمعية، نرسل لكم أسماء المرشحين للمشاركة:

١- الأستاذة مريم الكعبي - رئيسة مجلس الإدارة - جمعية حماية العمالة الوافدة: المشاركة في النقاش المفتوح يوم 23 فبراير
٢- الأستاذ سالم الهاشمي - مسؤول المناصره - جمعية حماية العمالة الوافدة: مداخلة في الطاولة المستديرة الثالثة

ونكون شاكرين لو تأكدون لنا الاستلام.

تحياتي،
عائشة النعيمي
سكرتيرة رئيسة مجلس الإدارة
جمعية حماية العمالة الوافدة - الدوحة
"""


def m06():
    when = at("2021-02-03 12:14:05")
    sent = sent_at(when, 3, 3)
    body = alt(M06_TEXT, "000000000000a91c3e05ba5f7d40", rtl=True, b64=True)
    m = mk(when, sent, "mail-lf1-f67.google.example.com", "209.85.167.67", "4DVw3H5cRnz8",
           addr("عائشة النعيمي", "aisha.nuaimi.mwpa@gmail.example.com"),
           hdr("ترشيحات المتحدثين - جمعية حماية العمالة الوافدة"), M06_ID, body)
    add(6, when, m, dict(category="speaker_request", language="ar", acknowledge=True, on_time=True, speakers=[
        sp("مريم الكعبي", "رئيسة مجلس الإدارة", "جمعية حماية العمالة الوافدة", ["open_discussion"]),
        sp("سالم الهاشمي", "مسؤول المناصره", "جمعية حماية العمالة الوافدة", ["roundtable"], 3)],
        notes="secretary writes for the chairwoman, Gulf register ('تأكدون'); two speakers with Arabic-Indic numerals "
              "and dash-separated name/title/organisation; 'الأستاذة/الأستاذ' dropped; the title 'مسؤول المناصره' "
              "is recorded as written (typo ه for ة); corrected and re-sent in h168-09."))


# ================================================================ 07 speaker (en), EA on behalf of director (wrong title)
M07_ID = "<CAF5tR2wQ9yL3mK7pB0vN8xH1jG6sD4cE2uZ5aT9@mail.gmail.example.com>"
M07_TEXT = """Dear Sir/Madam,

On behalf of Mr. Omar Sheikh, Director of the Centre for Migration and Refugee Studies at the American University of the Levant (CMRS-AUL), I would like to request a floor intervention for him in the plenary session of the Regional Review Conference.

His details:
Name: Omar Sheikh
Title: Director
Organization: Centre for Migration and Refugee Studies, American University of the Levant (CMRS-AUL)

Please do not hesitate to contact me for any further information.

Kind regards,
Hala Barakat
Executive Assistant to the Director
CMRS-AUL
"""


def m07():
    when = at("2021-02-03 17:40:26")
    sent = sent_at(when, 2, 5)
    body = alt(M07_TEXT, "000000000000d5e2f005ba60a1b7")
    m = mk(when, sent, "mail-ej1-f48.google.example.com", "209.85.218.48", "4DW6tB1xFgz2",
           "Hala Barakat <hb71@aul.example.edu>", "Speaking request - Mr. Omar Sheikh (CMRS-AUL)", M07_ID, body,
           cc="Omar Sheikh <os02@aul.example.edu>")
    add(7, when, m, dict(category="speaker_request", language="en", acknowledge=True, on_time=True, speakers=[
        sp("Omar Sheikh", "Director", "Centre for Migration and Refugee Studies, American University of the Levant "
           "(CMRS-AUL)", ["plenary"])],
        notes="executive assistant requests a plenary floor intervention on behalf of the director (Cc); labelled "
              "line gives the centre and its university with the acronym '(CMRS-AUL)': recorded whole, as the "
              "register would hold it (a careful secretary's choice, not covered by dev). The director corrects title and role in h168-10."))


# ================================================================ 08 speaker (fr), chef de cabinet, two speakers
M08_ID = "<PAXPR07MB8431B2C3D4E5F6A7@PAXPR07MB8431.eurprd07.prod.outlook.example.com>"


def m08():
    when = at("2021-02-04 10:22:37")
    sent = sent_at(when, 1, 4)
    text = """Madame, Monsieur,

Faisant suite à votre courrier d'invitation du 26 janvier 2021, j'ai l'honneur de vous transmettre, sur instruction de Madame la Présidente, les propositions d'intervention de l'Alliance marocaine pour les droits des migrants (AMDM) :

- Mme Khadija Bennani, Présidente de l'AMDM, pour une intervention en séance plénière ;
- M. Rachid Ouazzani, Chargé de mission « migrations de travail », pour la table ronde n° 3.

Je reste à votre disposition pour tout complément d'information et vous prie d'agréer, Madame, Monsieur, l'expression de ma considération distinguée.

Mehdi Alaoui
Chef de cabinet de la Présidente
Alliance marocaine pour les droits des migrants (AMDM)
Rabat, Maroc
"""
    body = alt(text, "_000_PAXPR07MB8431B2C3D4E5F6A7PAXPR07MB8431eurp_")
    m = mk(when, sent, "mail-pax1eur07.outbound.protection.example.com", "40.107.14.90", "4DWrN42kTbz5",
           "Mehdi Alaoui <m.alaoui@amdm.example.ma>",
           hdr("Propositions d'intervenants - AMDM - Examen régional du PMM", enc="Q"), M08_ID, body,
           cc="Présidence AMDM <presidence@amdm.example.ma>",
           extra=[("X-Mailer", "Microsoft Outlook 16.0"), ("Content-Language", "fr-FR")])
    add(8, when, m, dict(category="speaker_request", language="fr", acknowledge=True, on_time=True, speakers=[
        sp("Khadija Bennani", "Présidente", "Alliance marocaine pour les droits des migrants (AMDM)", ["plenary"]),
        sp("Rachid Ouazzani", "Chargé de mission « migrations de travail »",
           "Alliance marocaine pour les droits des migrants (AMDM)", ["roundtable"], 3)],
        notes="chef de cabinet (not a speaker) transmits two speakers 'sur instruction de Madame la Présidente'; "
              "'Présidente de l'AMDM' = title Présidente, organisation named in full earlier with acronym; title "
              "with its theme in guillemets kept as written; Mme/M. dropped; Rabat not part of the affiliation."))


# ================================================================ 09 speaker (ar), corrected re-send of 06
def m09():
    when = at("2021-02-04 13:01:49")
    sent = sent_at(when, 3, 2)
    text = """عذراً على الإزعاج، نعيد إرسال الترشيحات بعد تصحيح اسم ومسمى الزميل الثاني (كان فيه خطأ في الرسالة السابقة). الرجاء اعتماد هذه النسخة.

١- الأستاذة مريم الكعبي - رئيسة مجلس الإدارة - جمعية حماية العمالة الوافدة: المشاركة في النقاش المفتوح يوم 23 فبراير
٢- الأستاذ سالم بن راشد الهاشمي - مسؤول المناصرة والتواصل - جمعية حماية العمالة الوافدة: مداخلة في الطاولة المستديرة الثالثة

تحياتي،
عائشة النعيمي
سكرتيرة رئيسة مجلس الإدارة
جمعية حماية العمالة الوافدة - الدوحة

في الأربعاء، ٣ فبراير ٢٠٢١ في ١:١٤ م، عائشة النعيمي <aisha.nuaimi.mwpa@gmail.example.com> كتب:
""" + "\n".join("> " + ln if ln else ">" for ln in M06_TEXT.rstrip("\n").split("\n")) + "\n"
    body = alt(text, "000000000000f04b1d05ba72c8e3", rtl=True, b64=True)
    m = mk(when, sent, "mail-lf1-f54.google.example.com", "209.85.167.54", "4DWw7P2sJhz0",
           addr("عائشة النعيمي", "aisha.nuaimi.mwpa@gmail.example.com"),
           re_hdr("Re: ", "ترشيحات المتحدثين - جمعية حماية العمالة الوافدة (تصحيح)"),
           "<CAM3hV8tQ4nX1rL6wP9zB2yG7kM5sF0dT3cH8eA1@mail.gmail.example.com>", body,
           extra=[("In-Reply-To", M06_ID), ("References", M06_ID)])
    add(9, when, m, dict(category="speaker_request", language="ar", acknowledge=True, on_time=True,
        thread_of="h168-06.eml", speakers=[
            sp("مريم الكعبي", "رئيسة مجلس الإدارة", "جمعية حماية العمالة الوافدة", ["open_discussion"]),
            sp("سالم بن راشد الهاشمي", "مسؤول المناصرة والتواصل", "جمعية حماية العمالة الوافدة", ["roundtable"], 3)],
        notes="corrected details sent twice: replaces the list of h168-06 (reply to her own message, original "
              "quoted with '>'); second speaker's full name and title corrected, the quoted original still has the "
              "old values; both speakers listed again, corrected values recorded."))


# ================================================================ 10 speaker (en), the director corrects in the thread
def m10():
    when = at("2021-02-04 21:15:03")
    sent = sent_at(when, 2, 6)
    text = """Dear colleagues,

Thank you Hala. Two small corrections to the request below, if I may: my title is Founding Director (not Director), and rather than the plenary I would prefer to intervene in roundtable 1, which is closer to our research on labour mobility.

Best,
Omar

Sent from my iPhone

> On 3 Feb 2021, at 17:40, Hala Barakat <hb71@aul.example.edu> wrote:
>
""" + "\n".join("> " + ln if ln else ">" for ln in M07_TEXT.rstrip("\n").split("\n")) + "\n"
    body = leaf("text/plain", text, "utf-8", "quoted-printable")
    m = mk(when, sent, "mail-ej1-f53.google.example.com", "209.85.218.53", "4DX9cT0yWmz7",
           "Omar Sheikh <os02@aul.example.edu>", "Re: Speaking request - Mr. Omar Sheikh (CMRS-AUL)",
           "<8C2F4E71-5A3B-4D9C-B6E0-1F7A2D3C9B84@aul.example.edu>", body,
           cc="Hala Barakat <hb71@aul.example.edu>",
           extra=[("In-Reply-To", M07_ID), ("References", M07_ID), ("X-Mailer", "iPhone Mail (18C66)")])
    add(10, when, m, dict(category="speaker_request", language="en", acknowledge=True, on_time=True,
        thread_of="h168-07.eml", speakers=[
            sp("Omar Sheikh", "Founding Director", "Centre for Migration and Refugee Studies, American University of "
               "the Levant (CMRS-AUL)", ["roundtable"], 1)],
        notes="the boss replies (iPhone) in the assistant's thread and corrects his title and his role; name and "
              "organisation only in the quoted request; new role replaces the plenary ('rather than'); carries new "
              "information, so acknowledged."))


# ================================================================ 11 both (en), executive office, report + speaker, inline logo
def m11():
    when = at("2021-02-05 22:10:33")
    sent = sent_at(when, 2, 4)
    text = """Dear GCM Regional Review Secretariat,

Please find attached the voluntary GCM review report of the Arab Platform for Migrant Domestic Workers (APMDW), which our Executive Director asked me to send to you.

She would also like to take part in the conference with a floor intervention in thematic roundtable 1 (ideally) or, failing that, roundtable 2. Her details are:

Dr. Reem Said
Executive Director
Arab Platform for Migrant Domestic Workers (APMDW)

Apologies for the late hour, we wanted to make sure it reached you today.

Kind regards,

Joelle Nassif
Executive Office | APMDW
Beirut
"""
    html = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body>'
            '<div style="font-family:Calibri,sans-serif;font-size:11pt">' + text2html(text) +
            '<p><img src="cid:image001.png@01D6FBE2.8C4A1B30" width="120" height="40" alt="APMDW"></p></div>'
            '</body></html>\n')
    logo = leaf("image/png", make_png(12, 4, (180, 30, 60)), cte="base64", params=[("name", '"image001.png"')],
                disp='inline; filename="image001.png"',
                extra=[("Content-ID", "<image001.png@01D6FBE2.8C4A1B30>")])
    related = multi("related", [alt(text, "_000_AS8PR02MB7110ALT_", html=html), logo], "_004_AS8PR02MB7110REL_",
                    params=[("type", '"multipart/alternative"')])
    fname = "APMDW - Voluntary GCM Review Report - Feb 2021.pdf"
    pdf = make_pdf(["Arab Platform for Migrant Domestic Workers (APMDW)",
                    "Voluntary GCM Review Report - Arab Region", "February 2021", "",
                    "1. Context  2. Objectives 6, 7 and 16  3. Recommendations"])
    body = multi("mixed", [related, attach("application/pdf", pdf, fname)], "_005_AS8PR02MB7110MIX_")
    m = mk(when, sent, "mail-as8eur02.outbound.protection.example.com", "40.107.9.72", "4DXsL63bHqz2",
           "Joelle Nassif <exec.office@apmdw.example.org>",
           "APMDW voluntary GCM report + speaking request (Executive Director)",
           "<AS8PR02MB7110C1D2E3F4A5B6@AS8PR02MB7110.eurprd02.prod.outlook.example.com>", body,
           cc="Reem Said <r.said@apmdw.example.org>",
           extra=[("X-Mailer", "Microsoft Outlook 16.0"), ("X-MS-Has-Attach", "yes"), ("Content-Language", "en-US")])
    add(11, when, m, dict(category="both", language="en", acknowledge=True, on_time=True, speakers=[
        sp("Reem Said", "Executive Director", "Arab Platform for Migrant Domestic Workers (APMDW)",
           ["roundtable"], 1)],
        report_attachments=[fname],
        notes="executive office sends the report and asks a roundtable slot for the Executive Director on 5 Feb "
              "22:10 Beirut: both parts on time; two roundtables offered, first choice 1; 'Dr.' dropped; inline "
              "signature logo is not part of the report."))


# ================================================================ 12 speaker (fr), late, forwarded note, details in signature
def m12():
    when = at("2021-02-08 09:12:40")
    sent = sent_at(when, 1, 3)
    text = """Bonjour,

Je me permets de vous transférer ci-dessous le message de notre Secrétaire général. Il souhaiterait participer à la discussion ouverte de la consultation du 23 février. Je sais que le délai était vendredi dernier, nous vous prions de bien vouloir nous excuser pour ce retard.

Bien cordialement,

Fatou Ndiaye
Secrétariat du Secrétaire général

-----Message d'origine-----
De : Amadou Sow <a.sow@rsmdd.example.sn>
Envoyé : vendredi 5 février 2021 19:02
À : Fatou Ndiaye <f.ndiaye@rsmdd.example.sn>
Objet : TR: Invitation PMM - examen régional

Fatou, peux-tu répondre à l'OIM que je suis intéressé par la discussion ouverte du 23 ? Je n'ai pas le temps ce soir. Merci

Amadou Sow
Secrétaire général
Réseau sahélien Migrations, Droits et Développement (RSMDD)
Dakar - Sénégal
"""
    body = alt(text, "_000_DU2PR04MB8955F0E1D2C3B4A5DU2PR04MB8955eurp_")
    m = mk(when, sent, "mail-du2eur04.outbound.protection.example.com", "40.107.12.41", "4DZ1qF7vYcz3",
           "Fatou Ndiaye <f.ndiaye@rsmdd.example.sn>", "TR: Invitation PMM - examen régional",
           "<DU2PR04MB8955F0E1D2C3B4A5@DU2PR04MB8955.eurprd04.prod.outlook.example.com>", body,
           cc="Amadou Sow <a.sow@rsmdd.example.sn>",
           extra=[("X-Mailer", "Microsoft Outlook 16.0"), ("Content-Language", "fr-FR")])
    add(12, when, m, dict(category="speaker_request", language="fr", acknowledge=True, on_time=False, speakers=[
        sp("Amadou Sow", "Secrétaire général", "Réseau sahélien Migrations, Droits et Développement (RSMDD)",
           ["open_discussion"])],
        notes="late (8 Feb): the secretary forwards the boss's note written on 5 Feb to her, not to us; what counts "
              "is when the mailbox received it. Speaker's name, title and organisation only in the forwarded "
              "signature; 'Dakar - Sénégal' not part of the affiliation."))


# ================================================================ 13 both (ar), report on time, speaker part late
def m13():
    when = at("2021-02-08 14:30:12")
    sent = sent_at(when, 2, 5)
    text = """حضرات الزملاء في أمانة المراجعة الإقليمية المحترمين،

بعد التحية،
بناءً على طلب منسّق التحالف، أرسل لكم مرفقاً التقرير الطوعي الجماعي للتحالف اللبناني لحقوق العمال المهاجرين حول تنفيذ الاتفاق العالمي من أجل الهجرة، والذي أعدّته تسع منظمات أعضاء.

كما يرغب المنسّق، السيد جورج حداد، في أن يتولى مهمة المقرّر الذي يعرض الرسائل الرئيسية لأصحاب المصلحة خلال المؤتمر، إن كان ذلك لا يزال ممكناً.

مع الشكر،
لمى عيسى
مساعدة إدارية
التحالف اللبناني لحقوق العمال المهاجرين
"""
    fname = "تقرير التحالف الطوعي - الاتفاق العالمي للهجرة.docx"
    doc = make_docx(["التحالف اللبناني لحقوق العمال المهاجرين", "التقرير الطوعي الجماعي - الاتفاق العالمي من أجل الهجرة",
                     "شباط/فبراير 2021"])
    body = multi("mixed", [alt(text, "Apple-Mail=_4E1B7C2A-ALT", rtl=True),
                           attach(DOCX, doc, fname)], "Apple-Mail=_4E1B7C2A-MIX")
    m = mk(when, sent, "mail-smtp.example.net", "94.187.12.30", "4DZFz85tKkz6",
           addr("لمى عيسى", "lama.issa@lcmwr.example.org", enc="Q"),
           hdr("التقرير الطوعي + طلب دور المقرر"),
           "<A7E2C914-3B5D-4F81-9E6A-0D2C4B7F1E35@lcmwr.example.org>", body,
           extra=[("X-Mailer", "Apple Mail (2.3654.40.0.2.32)")])
    add(13, when, m, dict(category="both", language="ar", acknowledge=True, on_time=False, speakers=[
        sp("جورج حداد", "منسّق التحالف", "التحالف اللبناني لحقوق العمال المهاجرين", ["rapporteur"])],
        report_attachments=[fname],
        notes="administrative assistant sends a collective report and asks the rapporteur role for the coalition's "
              "coordinator on 8 Feb: report on time, speaker part late, so on_time false; 'السيد' dropped; the "
              "title is only given as 'منسّق التحالف' (recorded as written, with shadda); Apple Mail, Arabic "
              "RFC 2231 file name."))


# ================================================================ 14 speaker (ar), late, windows-1256, pasted details
def m14():
    when = at("2021-02-09 10:45:21")
    sent = sent_at(when, 2, 2)
    text = """السادة المنظمة الدولية للهجرة المحترمين
تحية وبعد،

نعتذر عن التأخر في الرد بسبب سفر المدير. يرغب مدير المركز في تقديم مداخلة في الطاولة المستديرة الثانية، وفيما يلي بياناته كما وردتنا:

د. وليد منصور
مدير المركز - رئيس قسم الدراسات القانونية
مركز القاهرة لدراسات اللاجئين والهجرة (CCRMS)

مع خالص الاحترام،
سكرتارية المدير
"""
    body = leaf("text/plain", text, "windows-1256", "8bit")
    m = mk(when, sent, "smtp.ccrms.example.eg", "41.33.180.12", "4DZzT40hQrz1",
           addr("سكرتارية المدير", "director.secretariat@ccrms.example.eg", charset="windows-1256"),
           hdr("طلب مداخلة - مدير المركز", charset="windows-1256"),
           "<000001d6fec2$3a4b5c60$aed01520$@ccrms.example.eg>", body,
           extra=[("X-Mailer", "Microsoft Outlook 14.0"), ("Content-Language", "ar-eg")])
    add(14, when, m, dict(category="speaker_request", language="ar", acknowledge=True, on_time=False, speakers=[
        sp("وليد منصور", "مدير المركز - رئيس قسم الدراسات القانونية", "مركز القاهرة لدراسات اللاجئين والهجرة (CCRMS)",
           ["roundtable"], 2)],
        notes="late (9 Feb); plain text windows-1256, 8bit; the director's secretariat mailbox writes for him, no "
              "personal signature; 'د.' dropped; two titles on one line kept together as written (title with "
              "its unit, as dev 012); acronym beside the organisation kept."))


# ================================================================ 15 report (fr), secrétariat de direction, DOCX
M15_ID = "<VI1PR09MB3327A8B7C6D5E4F3@VI1PR09MB3327.eurprd09.prod.outlook.example.com>"


def m15():
    when = at("2021-02-09 16:00:57")
    sent = sent_at(when, 1, 4)
    text = """Madame, Monsieur,

À la demande de M. le Président de la Plateforme des associations de la diaspora algérienne pour le développement (PADAD), veuillez trouver ci-joint la contribution de la Plateforme à l'examen régional du Pacte mondial pour des migrations sûres, ordonnées et régulières (rapport volontaire).

Nous vous saurions gré de bien vouloir en accuser réception.

Respectueusement,

Nadia Cherif
Secrétariat de direction
PADAD
Marseille / Alger
"""
    fname = "Contribution_PADAD_examen_regional_PMM.docx"
    doc = make_docx(["PADAD - Contribution à l'examen régional du PMM (région arabe)", "Rapport volontaire", "Février 2021"])
    body = multi("mixed", [alt(text, "_000_VI1PR09MB3327A8B7ALT_"), attach(DOCX, doc, fname)],
                 "_004_VI1PR09MB3327A8B7MIX_")
    m = mk(when, sent, "mail-vi1eur09.outbound.protection.example.com", "40.107.15.63", "4Db5Kp1WxBz9",
           "Nadia Cherif <secretariat@padad.example.org>",
           hdr("Rapport volontaire PADAD - examen régional PMM", enc="Q"), M15_ID, body,
           extra=[("X-Mailer", "Microsoft Outlook 16.0"), ("X-MS-Has-Attach", "yes"), ("Content-Language", "fr-FR")])
    add(15, when, m, dict(category="voluntary_report", language="fr", acknowledge=True, on_time=True,
        report_attachments=[fname],
        notes="secrétariat de direction sends the platform's report at the President's request; the report is "
              "called 'contribution ... (rapport volontaire)'; a corrected version follows in h168-16."))


# ================================================================ 16 report (fr), corrected version sent again
def m16():
    when = at("2021-02-10 08:55:14")
    sent = sent_at(when, 1, 3)
    text = """Madame, Monsieur,

Je vous prie de bien vouloir trouver ci-joint une version corrigée de notre contribution : une erreur s'était glissée dans les chiffres de la section 3. Merci de ne pas tenir compte du document envoyé hier et de retenir celui-ci.

Avec toutes nos excuses,

Nadia Cherif
Secrétariat de direction
PADAD

De : Nadia Cherif <secretariat@padad.example.org>
Envoyé : mardi 9 février 2021 15:00
À : gcmrrarabstates@iom.int
Objet : Rapport volontaire PADAD - examen régional PMM

Madame, Monsieur,

À la demande de M. le Président de la Plateforme des associations de la diaspora algérienne pour le développement (PADAD), veuillez trouver ci-joint la contribution de la Plateforme à l'examen régional du Pacte mondial pour des migrations sûres, ordonnées et régulières (rapport volontaire).
"""
    fname = "Contribution_PADAD_examen_regional_PMM_version corrigée.docx"
    doc = make_docx(["PADAD - Contribution à l'examen régional du PMM (région arabe)", "Rapport volontaire",
                     "Février 2021 - version corrigée (section 3)"])
    body = multi("mixed", [alt(text, "_000_VI1PR09MB3327B9C8ALT_"), attach(DOCX, doc, fname)],
                 "_004_VI1PR09MB3327B9C8MIX_")
    m = mk(when, sent, "mail-vi1eur09.outbound.protection.example.com", "40.107.15.66", "4DbqC52nMvz4",
           "Nadia Cherif <secretariat@padad.example.org>",
           hdr("RE: Rapport volontaire PADAD - examen régional PMM - VERSION CORRIGÉE", enc="Q"),
           "<VI1PR09MB3327B9C8D7E6F5A4@VI1PR09MB3327.eurprd09.prod.outlook.example.com>", body,
           extra=[("In-Reply-To", M15_ID), ("References", M15_ID), ("X-Mailer", "Microsoft Outlook 16.0"),
                  ("X-MS-Has-Attach", "yes"), ("Content-Language", "fr-FR")])
    add(16, when, m, dict(category="voluntary_report", language="fr", acknowledge=True, on_time=True,
        report_attachments=[fname], thread_of="h168-15.eml",
        notes="corrected report replacing h168-15 (reply to her own sent message, Outlook-style quoted header "
              "block); file name with a space and an accent (RFC 2231); still before the report deadline."))


# ================================================================ 17 report (ar), executive office manager, PDF Arabic name
M17_ID = "<CAN8kW3pR5tY1vM9qB6xL2zH0jF7sD4gE8cT2uA5@mail.gmail.example.com>"


def m17():
    when = at("2021-02-11 11:30:46")
    sent = sent_at(when, 2, 6)
    text = """السادة الكرام،

نيابةً عن رئيسة مؤسسة "كرامة" للعمال المهاجرين، الدكتورة سهى الخوري، يسعدني أن أرسل إليكم تقرير المؤسسة الطوعي عن مراجعة تنفيذ الاتفاق العالمي من أجل الهجرة الآمنة والمنظمة والنظامية في لبنان والأردن (ملف PDF مرفق).

نرجو إعلامنا بالاستلام.

مع التقدير،
ديما سركيس
مديرة المكتب التنفيذي
مؤسسة كرامة للعمال المهاجرين
"""
    fname = "تقرير مؤسسة كرامة الطوعي 2021.pdf"
    pdf = make_pdf(["Karama Foundation for Migrant Workers", "Voluntary GCM review report (Arabic)", "2021"])
    body = multi("mixed", [alt(text, "0000000000003f7a2105bb0c9e41", rtl=True, b64=True),
                           attach("application/pdf", pdf, fname)], "0000000000003f7a2305bb0c9e43")
    m = mk(when, sent, "mail-wm1-f45.google.example.com", "209.85.128.45", "4Dc8Rm3qVtz7",
           addr("ديما سركيس", "dima.sarkis.karama@gmail.example.com"),
           hdr("التقرير الطوعي - مؤسسة كرامة"), M17_ID, body)
    add(17, when, m, dict(category="voluntary_report", language="ar", acknowledge=True, on_time=True,
        report_attachments=[fname],
        notes="office manager sends the report on behalf of the foundation's president (named with 'الدكتورة', "
              "not a speaker request); Gmail, Arabic file name (RFC 2231 + RFC 2047); followed up by the "
              "president in h168-21."))


# ================================================================ 18 report (en), PA forwards the director's mail with the file
M18_ID = "<SN6PR05MB4318E1F2A3B4C5D6@SN6PR05MB4318.namprd05.prod.outlook.example.com>"


def m18():
    when = at("2021-02-12 14:20:09")
    sent = sent_at(when, 3, 5)
    text = """Dear all,

Forwarding on behalf of Mr. Al-Rashid, who is travelling and has asked me to make sure this reaches you. The report is attached.

For any follow-up please reply to his office address (office-dg@irc-iraq.example.org).

Regards,
Zainab Kadhim
PA to the Director-General
Iraqi Returnees Council (IRC)
Baghdad

-----Original Message-----
From: Mustafa Al-Rashid <m.alrashid@irc-iraq.example.org>
Sent: Friday, February 12, 2021 1:48 PM
To: Zainab Kadhim <z.kadhim@irc-iraq.example.org>
Subject: GCM report - final

Zainab - this is the final version of our voluntary GCM review report, please send it to the IOM address from the invitation today. Thanks. M.

Mustafa Al-Rashid
Director-General
Iraqi Returnees Council
"""
    fname = "IRC_GCM_Voluntary_Review_FINAL.pdf"
    pdf = make_pdf(["Iraqi Returnees Council (IRC)", "Voluntary GCM Review Report", "Final - February 2021"])
    body = multi("mixed", [alt(text, "_000_SN6PR05MB4318E1F2ALT_"), attach("application/pdf", pdf, fname)],
                 "_004_SN6PR05MB4318E1F2MIX_")
    m = mk(when, sent, "mail-sn6nam05.outbound.protection.example.com", "40.107.92.115", "4DcrW16dLpz0",
           "Zainab Kadhim <z.kadhim@irc-iraq.example.org>", "FW: GCM report - final", M18_ID, body,
           extra=[("Reply-To", "Office of the Director-General <office-dg@irc-iraq.example.org>"),
                  ("X-Mailer", "Microsoft Outlook 16.0"), ("X-MS-Has-Attach", "yes"), ("Content-Language", "en-US")])
    add(18, when, m, dict(category="voluntary_report", language="en", acknowledge=True, on_time=True,
        report_attachments=[fname],
        notes="PA forwards the Director-General's internal mail; the report PDF is attached to the forward itself; "
              "Reply-To is the DG's office address (the acknowledgement to it bounces, h168-19)."))


# ================================================================ 19 bounce (en), our acknowledgement to the Reply-To of 18
def m19():
    when = at("2021-02-12 14:24:55")
    d = tz(when, 3)
    text = """This is the mail system at host mx.irc-iraq.example.org.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

For further assistance, please send mail to postmaster.

If you do so, please include this problem report. You can
delete your own text from the attached returned message.

                   The mail system

<office-dg@irc-iraq.example.org>: host mail.irc-iraq.example.org[10.20.0.15]
    said: 550 5.1.1 <office-dg@irc-iraq.example.org>: Recipient address
    rejected: User unknown in virtual mailbox table (in reply to RCPT TO command)
"""
    dsn = ("Reporting-MTA: dns; mx.irc-iraq.example.org\n"
           "X-Postfix-Queue-ID: 4DcrZ02HkTz5\n"
           "X-Postfix-Sender: rfc822; gcmrrarabstates@iom.int\n"
           "Arrival-Date: %s\n\n"
           "Final-Recipient: rfc822; office-dg@irc-iraq.example.org\n"
           "Original-Recipient: rfc822;office-dg@irc-iraq.example.org\n"
           "Action: failed\n"
           "Status: 5.1.1\n"
           "Remote-MTA: dns; mail.irc-iraq.example.org\n"
           "Diagnostic-Code: smtp; 550 5.1.1 <office-dg@irc-iraq.example.org>: Recipient address rejected: User "
           "unknown in virtual mailbox table\n" % rfcdate(d - dt.timedelta(seconds=2)))
    ack = ("From: GCM Regional Review Arab States <gcmrrarabstates@iom.int>\n"
           "To: Office of the Director-General <office-dg@irc-iraq.example.org>\n"
           "Subject: Acknowledgement of receipt - FW: GCM report - final\n"
           "Date: %s\n"
           "Message-ID: <ACK-2021-02-12-0231@gcmrrarabstates.iom.int>\n"
           "In-Reply-To: %s\n"
           "MIME-Version: 1.0\n"
           "Content-Type: text/plain; charset=utf-8\n\n"
           "Dear Zainab Kadhim,\n\nThank you for your submission to the Regional Review of the Global Compact "
           "for Migration in the Arab region. We confirm receipt of your voluntary GCM review report.\n\n"
           "GCM Regional Review Secretariat\n" % (rfcdate(when - dt.timedelta(minutes=3)), M18_ID))
    p1 = leaf("text/plain", text, "us-ascii", "7bit", extra=[("Content-Description", "Notification")])
    p2 = Message(policy=POL)
    p2["Content-Description"] = "Delivery report"
    p2["Content-Type"] = "message/delivery-status"
    for block in dsn.strip("\n").split("\n\n"):
        p2.attach(Parser(policy=POL).parsestr(block + "\n", headersonly=True))
    p3 = Message(policy=POL)
    p3["Content-Description"] = "Undelivered Message"
    p3["Content-Type"] = "message/rfc822"
    p3.attach(Parser(policy=POL).parsestr(ack))
    body = multi("report", [p1, p2, p3], "4DcrZ02HkTz5.1613132695/mx.irc-iraq.example.org",
                 params=[("report-type", "delivery-status")])
    rows = std_rows(when, "mx.irc-iraq.example.org", "37.238.44.19", "4DcrZ31qNmz2",
                    "MAILER-DAEMON@mx.irc-iraq.example.org (Mail Delivery System)",
                    "Undelivered Mail Returned to Sender", rfcdate(d),
                    "<20210212122455.4DcrZ02HkTz5@mx.irc-iraq.example.org>",
                    extra=[("Auto-Submitted", "auto-replied")])
    rows[0] = ("Return-Path", "<>")
    add(19, when, top(body, rows), dict(category="bounce", language="en", acknowledge=False, on_time=None,
        notes="Postfix DSN (5.1.1 user unknown) returning our acknowledgement sent to the Reply-To of h168-18; the "
              "returned message mentions the voluntary report. Never acknowledge; thread_of left null as for "
              "dev bounces (not part of the submission)."))


# ================================================================ 20 both (fr), report on time, speaker part late
def m20():
    when = at("2021-02-15 11:10:38")
    sent = sent_at(when, 1, 4)
    text = """Bonjour,

Pour le compte de Mme Aïcha Diop, Directrice de l'Observatoire ouest-africain des migrations de travail (OOAMT), je vous adresse en pièce jointe le rapport volontaire de l'Observatoire sur la mise en œuvre du PMM.

Mme Diop souhaiterait par ailleurs intervenir lors de la table ronde thématique n°4 le 25 février. Je suis consciente que la date pour les demandes d'intervention est passée ; si une place venait à se libérer, elle serait très honorée.

Avec mes remerciements,

Clarisse Mendy
Assistante de la Directrice
OOAMT
Nouakchott

Envoyé de mon iPhone"""
    fname = "OOAMT_rapport_volontaire_PMM_2021.pdf"
    pdf = make_pdf(["Observatoire ouest-africain des migrations de travail (OOAMT)",
                    "Rapport volontaire - Examen regional du PMM", "Fevrier 2021"])
    body = multi("mixed", [leaf("text/plain", text, "utf-8", "quoted-printable"),
                           attach("application/pdf", pdf, fname)], "Apple-Mail-5B2E91A4-7C3D-4E8F-A1B0-9D6C2F4E8A13")
    m = mk(when, sent, "mail-smtp-out.example.fr", "193.252.22.61", "4DfK3w0RnPz6",
           "Clarisse Mendy <c.mendy@ooamt.example.org>",
           hdr("Rapport volontaire OOAMT + demande d'intervention", enc="Q"),
           "<F3A1C7E2-8B4D-4A96-B5E0-7D2C1A9F6E38@ooamt.example.org>", body,
           extra=[("X-Mailer", "iPhone Mail (18D52)")])
    add(20, when, m, dict(category="both", language="fr", acknowledge=True, on_time=False, speakers=[
        sp("Aïcha Diop", "Directrice", "Observatoire ouest-africain des migrations de travail (OOAMT)",
           ["roundtable"], 4)],
        report_attachments=[fname],
        notes="iPhone, plain text: assistant sends the report 'pour le compte de' the director and asks a roundtable "
              "slot for her on 15 Feb: report on time, speaker part late (and says so), so on_time false; 'Mme' "
              "dropped; 'Nouakchott' in the signature is not part of the affiliation."))


# ================================================================ 21 other (ar), the president follows up in the thread
def m21():
    when = at("2021-02-15 13:40:02")
    sent = sent_at(when, 2, 3)
    text = """مساء الخير،

أنا سهى الخوري رئيسة مؤسسة كرامة. مديرة مكتبي بعتتلكم تقريرنا يوم الخميس الماضي وما وصلنا أي تأكيد لحد هلق. ممكن تطمنونا إنو التقرير وصل وإنو ما في مشكلة بالملف؟

شكراً كتير،
سهى

في الخميس، ١١ فبراير ٢٠٢١ في ١١:٣٠ ص، ديما سركيس <dima.sarkis.karama@gmail.example.com> كتب:
> السادة الكرام،
>
> نيابةً عن رئيسة مؤسسة "كرامة" للعمال المهاجرين، الدكتورة سهى الخوري، يسعدني أن أرسل إليكم تقرير المؤسسة الطوعي عن مراجعة تنفيذ الاتفاق العالمي من أجل الهجرة الآمنة والمنظمة والنظامية في لبنان والأردن (ملف PDF مرفق).
>
> نرجو إعلامنا بالاستلام.
"""
    body = alt(text, "000000000000c4d81a05bb5e2f07", rtl=True, b64=True)
    m = mk(when, sent, "mail-wm1-f49.google.example.com", "209.85.128.49", "4DfN0v4XkSz1",
           addr("Souha Khoury", "souha.khoury@karama-mw.example.org"),
           re_hdr("Re: ", "التقرير الطوعي - مؤسسة كرامة"),
           "<CAP2mT7vR9wX4kL1qN8zB5yH3jG0sF6dE2cU7aK4@mail.gmail.example.com>", body,
           cc=addr("ديما سركيس", "dima.sarkis.karama@gmail.example.com"),
           extra=[("In-Reply-To", M17_ID), ("References", M17_ID)])
    add(21, when, m, dict(category="other", language="ar", acknowledge=True, on_time=None, thread_of="h168-17.eml",
        notes="the president replies in her office manager's thread (Lebanese colloquial) asking whether the report "
              "of h168-17 arrived; Latin-script display name, Arabic body; quoted original mentions the attached "
              "PDF but nothing is attached: a question, not a new submission."))


# ================================================================ 22 other (fr), the President follows up on 08
def m22():
    when = at("2021-02-16 09:30:27")
    sent = sent_at(when, 1, 5)
    text = """Madame, Monsieur,

Mon chef de cabinet vous a transmis le 4 février nos propositions d'intervenants. Pourriez-vous me confirmer si elles ont été retenues et, le cas échéant, à quelle heure se tiendra la table ronde n° 3, afin que M. Ouazzani puisse s'organiser ?

Je vous remercie par avance.

Khadija Bennani
Présidente
Alliance marocaine pour les droits des migrants (AMDM)

De : Mehdi Alaoui <m.alaoui@amdm.example.ma>
Envoyé : jeudi 4 février 2021 09:22
À : gcmrrarabstates@iom.int
Cc : Présidence AMDM <presidence@amdm.example.ma>
Objet : Propositions d'intervenants - AMDM - Examen régional du PMM

Madame, Monsieur,

Faisant suite à votre courrier d'invitation du 26 janvier 2021, j'ai l'honneur de vous transmettre, sur instruction de Madame la Présidente, les propositions d'intervention de l'Alliance marocaine pour les droits des migrants (AMDM) :
[...]
"""
    body = alt(text, "_000_PAXPR07MB8431C3D4E5F6A7B8PAXPR07MB8431eurp_")
    m = mk(when, sent, "mail-pax1eur07.outbound.protection.example.com", "40.107.14.97", "4Dfq8S2tHwz3",
           addr("Présidence AMDM", "presidence@amdm.example.ma", enc="Q"),
           hdr("RE: Propositions d'intervenants - AMDM - Examen régional du PMM", enc="Q"),
           "<PAXPR07MB8431C3D4E5F6A7B8@PAXPR07MB8431.eurprd07.prod.outlook.example.com>", body,
           cc="Mehdi Alaoui <m.alaoui@amdm.example.ma>",
           extra=[("In-Reply-To", M08_ID), ("References", M08_ID), ("X-Mailer", "Microsoft Outlook 16.0"),
                  ("Content-Language", "fr-FR")])
    add(22, when, m, dict(category="other", language="fr", acknowledge=True, on_time=None, thread_of="h168-08.eml",
        notes="the President replies in her chef de cabinet's thread asking whether the speakers were accepted and "
              "the time of roundtable 3: a follow-up question, no new speaker; the quoted request is truncated "
              "with '[...]'."))


# ================================================================ 23 report (en), EA just before the deadline, Thunderbird
def m23():
    when = at("2021-02-16 23:41:18")
    sent = sent_at(when, 2, 7)
    text = """Dear Secretariat,

Please find attached the voluntary GCM review report of the Migrant Workers' Legal Aid Network (MWLAN), together with its executive summary, sent on behalf of our Chairperson, Adv. Sami Odeh.

Apologies for the late hour - the Board approved the final text this evening.

Best regards,

--
Layla Qasem
Executive Assistant to the Chairperson
Migrant Workers' Legal Aid Network (MWLAN)
Ramallah
"""
    f1 = "MWLAN_GCM_Voluntary_Report_2021.pdf"
    f2 = "MWLAN_Executive_Summary.docx"
    body = multi("mixed", [leaf("text/plain", text, "utf-8", "quoted-printable"),
                           attach("application/pdf", make_pdf(["Migrant Workers' Legal Aid Network (MWLAN)",
                                                               "Voluntary GCM Review Report 2021"]), f1),
                           attach(DOCX, make_docx(["MWLAN - Executive summary of the voluntary GCM review report"]), f2)],
                 "------------8A3C1E5F7B9D2046E1F3A5C7")
    m = mk(when, sent, "smtp.mwlan.example.ps", "213.6.140.22", "4DgQ7b5yJrz8",
           "Layla Qasem <l.qasem@mwlan.example.ps>", "MWLAN - Voluntary GCM review report",
           "<7d4e2a91-c3b5-4f60-8e1d-2b9a6c0f5e37@mwlan.example.ps>", body,
           extra=[("User-Agent", "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:78.0) Gecko/20100101 Thunderbird/78.7.1"),
                  ("Content-Language", "en-US")])
    add(23, when, m, dict(category="voluntary_report", language="en", acknowledge=True, on_time=True,
        report_attachments=[f1, f2],
        notes="received 23:41 on 16 Feb Beirut, on time; executive assistant sends on behalf of the Chairperson "
              "('Adv.' honorific, not a speaker request); the executive summary is part of the report."))


# ================================================================ 24 report (fr), late, secrétariat exécutif
def m24():
    when = at("2021-02-17 09:05:50")
    sent = sent_at(when, 1, 4)
    inner = """<div style="font-family:Arial;font-size:10pt">
<p>Mesdames, Messieurs,</p>
<p>Le Secrétariat exécutif de la Coalition libyenne pour la protection des migrants (CLPM) vous transmet, au nom de son Coordinateur général, le rapport volontaire collectif de la Coalition sur l'examen du PMM.</p>
<p>Nous avons bien noté que la date limite était fixée au 16 février ; des difficultés de connexion à Tripoli nous ont empêchés de l'envoyer hier soir. Nous espérons qu'il pourra malgré tout être pris en compte.</p>
<p>Salutations distinguées,</p>
<p>Le Secrétariat exécutif<br>CLPM</p>
</div>"""
    fname = "Rapport collectif CLPM - PMM 2021.pdf"
    pdf = make_pdf(["Coalition libyenne pour la protection des migrants (CLPM)", "Rapport volontaire collectif - PMM",
                    "Fevrier 2021"])
    body = multi("mixed", [html_only(inner), attach("application/pdf", pdf, fname)],
                 "----=_Part_48213_1902283745.1613549150000")
    m = mk(when, sent, "smtp.clpm.example.ly", "41.208.70.18", "4Dgk2M1vTcz5",
           "Secretariat CLPM <secretariat.executif@clpm.example.ly>",
           hdr("Rapport volontaire collectif CLPM (envoi tardif)", enc="Q"),
           "<1180446257.48214.1613549150000@webmail.clpm.example.ly>", body,
           extra=[("X-Mailer", "Zimbra 8.8.15_GA_4007 (ZimbraWebClient - FF85 (Win)/8.8.15_GA_4007)")])
    add(24, when, m, dict(category="voluntary_report", language="fr", acknowledge=True, on_time=False,
        report_attachments=[fname],
        notes="late (17 Feb) and says so; HTML-only body from a shared secretariat mailbox writing for the "
              "coordinator; collective report, file name with spaces."))


def main():
    for f in (m01, m02, m03, m04, m05, m06, m07, m08, m09, m10, m11, m12, m13, m14, m15, m16, m17, m18, m19,
              m20, m21, m22, m23, m24):
        f()
    SET.write()


if __name__ == "__main__":
    main()
