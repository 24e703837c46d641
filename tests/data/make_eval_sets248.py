#!/usr/bin/env python3
"""Write the blind evaluation set holdout248 (24 raw .eml messages + labels.json).

Deterministic, standard library only:  python3 tests/data/make_eval_sets248.py
Theme: accessibility and languages (22 January - 19 February 2021).  A Deaf-led collective in Beirut nominating a
Deaf speaker whose sign-language interpreter is listed in the same 'Name / Position' layout, a Sudanese blind
people's association in Cairo whose president will have his nephew beside him on the platform, an Amazigh
association in Tiznit asking for Tachelhit interpretation (the secretary-general offers to translate himself), an
Eritrean community in Cairo asking about Tigrinya before nominating anyone, a Kurdish organisation in Duhok sending a
report and a Kurmanji-speaking speaker (its director's out-of-office, then his thanks), a blind Ivorian president in
Tunis who names himself only in his signature and names his personal assistant in the body (then asks for Word
documents), Tripoli parents of deaf children asking about captions, a Nubian association in Aswan whose table lists
an interpreter as a third row, a hard-of-hearing researcher in Amman asking for human captions (her mistyped Cc
bounces our acknowledgement), a Moroccan Deaf association whose speaker is only in an attached form, a Libyan
Amazigh association in Yefren writing in three scripts, a Deaf Pakistani workers' circle in Sharjah writing after
midnight local time, a blind Yemeni in Aden dictating to his daughter and trusting the Arabic letter's misprinted
date, a Tunisian Zimbra vacation reply, a coalition report sent as DOCX and as plain text for screen readers, an
Eritrean women's association in Khartoum whose speaker (names in Ge'ez script) comes a week late, a Kabyle
association's report, a Bekaa initiative of Deaf refugees at 23:50 on the last evening, a late report answering our
reminder from Kuwait, and an Amazigh conference interpreter offering her services.  Names and titles in Latin,
Arabic, Tifinagh, Ge'ez and Urdu scripts.  Helpers from mailgen.py.
"""
import datetime as dt

from mailgen import (EvalSet, DOCX, POSTFIX_NOTICE, addr, alt, at, attach, dsn_report, esc, flowed, gmail_html,
                     hdr, html_only, leaf, make_docx, make_pdf, mk, multi, re_hdr, rep_pdf, rfcdate, sent_at, sp, std_rows,
                     top)
from mailgen import outlook_html, outlook_rows as outlook
from mailgen import quote_block as gt, ack_id as ack_mid, logo

SET = EvalSet(248)
add = SET.add
H = "h248-%02d.eml"

TB = "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:78.0) Gecko/20100101 Thunderbird/78.7.0"
IPHONE = "iPhone Mail (18C66)"
APPLE = "Apple Mail (2.3654.40.0.2.32)"
YAHOO = "WebService/1.1.17648 YMailNorrin"
YAHOO_ANDROID = "WebService/1.1.17648 YahooMailAndroidMobile"
ZIMBRA = "Zimbra 8.8.15_GA_3869 (ZimbraWebClient - GC87 (Win)/8.8.15_GA_3869)"
ROUNDCUBE = "Roundcube Webmail/1.4.10"
OUTLOOK_ANDROID = "Outlook for Android"

REMINDER_EN = "<reminder.reports.20210208.en@gcmrrarabstates.iom.int>"
REMINDER_FR = "<reminder.reports.20210208.fr@gcmrrarabstates.iom.int>"
REMINDER_EN_SUBJ = "Reminder: voluntary GCM review reports are due on Tuesday 16 February 2021"
REMINDER_FR_SUBJ = "Rappel : les rapports volontaires sont attendus au plus tard le mardi 16 février 2021"


def android_html(text, rtl=False):
    d = ' dir="rtl"' if rtl else ' dir="auto"'
    inner = "<br>".join(esc(x) for x in text.rstrip("\n").split("\n"))
    return ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body>'
            '<div%s>%s</div></body></html>\n' % (d, inner))


def apple_html(text):
    inner = "".join('<div class="">%s</div>' % (esc(x) if x else '<br class="">')
                    for x in text.rstrip("\n").split("\n"))
    return ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>'
            '<body style="word-wrap: break-word; -webkit-nbsp-mode: space; line-break: after-white-space;" class="">'
            '%s</body></html>\n' % inner)


def yahoo_html(text, rtl=False):
    d = "rtl" if rtl else "ltr"
    lines = "".join('<div dir="%s" data-setdir="false">%s</div>' % (d, esc(x) if x else "<br>")
                    for x in text.rstrip("\n").split("\n"))
    return ('<html><head></head><body><div class="ydp5e2a7c41yahoo-style-wrap" style="font-family:Helvetica Neue, '
            'Helvetica, Arial, sans-serif;font-size:16px;">%s</div></body></html>\n' % lines)


# ================================================================ 01  EN  speaker  Deaf-led collective in Beirut: speaker + interpreter blocks
M01_SUBJ = "Speaker nomination - Cedar Sign Collective (Deaf migrants & refugees) - Roundtable 3"


def m01():
    when = at("2021-01-22 09:40:12")
    text = """Dear GCM Regional Review team,

Warm greetings from Beirut.

Cedar Sign Collective (CSC) is a small Deaf-led group that has been supporting Deaf migrant domestic workers, Deaf Syrian and Palestinian refugees and their families in Lebanon since 2016. Most of the people we work with were never taught a sign language at school, and many arrive with home signs only, so getting information from a landlord, an employer, the General Security office or a hospital is a daily struggle - even more so since the port explosion in August.

We would like to nominate one of our team for a floor intervention in Thematic Roundtable 3 on 24-25 February. Her details, and those of the interpreter who will work with her, are below.

Speaker
Name: Rasha Mourad Haidar
Position: Peer Advocacy Officer
Organization: Cedar Sign Collective (CSC)

Interpreter
Name: Ziad Kfoury
Position: Lebanese Sign Language / English interpreter (freelance, works with CSC since 2018)

Rasha is Deaf and will deliver her intervention in Lebanese Sign Language; Ziad will voice it in English at the same time. For this to work on the online platform, we kindly ask that:
- Ziad gets his own panellist access, so that he can unmute while Rasha is signing;
- Rasha's video is spotlighted whenever she has the floor;
- the session has live captions in English, so that Rasha can follow the other speakers (she reads English well).

We are happy to do a technical test with your team any day next week.

With thanks and best wishes,

Carla Tannous-Obeid
Programmes Coordinator
Cedar Sign Collective (CSC)
Mar Mikhael, Beirut - Lebanon
+961 3 000 000 | www.cedarsign.example.org
"""
    cid = "image001.png@01D6F09A.3B7E51C0"
    rel = multi("related", [leaf("text/html", outlook_html(text, lang="EN-US", img_cid=cid)),
                            logo(cid, (35, 95, 150))], "_004_VI1PR08MB4127D2E6A9B3C815_",
                params=[("type", '"text/html"')])
    body = multi("alternative", [leaf("text/plain", text), rel], "_000_VI1PR08MB4127D2E6A9B3C815_")
    m = mk(when, sent_at(when, 2, 6), "mail-vi1eur05on0615.outbound.protection.outlook.example.com",
           "198.51.100.115", "4DMh2Tq7VxzK", "Carla Tannous-Obeid <carla.tannous@cedarsign.example.org>", M01_SUBJ,
           "<VI1PR08MB4127D2E6A9B3C815@VI1PR08MB4127.eurprd08.prod.outlook.example.com>", body,
           extra=outlook(M01_SUBJ, "AdbwmK2Qs4Ty6Uv8Wx0Yz1Ab3Cd5Ef==", lang="en-US"))
    add(1, when, m, dict(category="speaker_request", language="en", acknowledge=True, on_time=True, speakers=[
        sp("Rasha Mourad Haidar", "Peer Advocacy Officer", "Cedar Sign Collective (CSC)", ["roundtable"], 3)],
        notes="Deaf-led collective in Beirut. Two labelled blocks in the same 'Name / Position' layout: 'Speaker' "
              "(Rasha Mourad Haidar) and 'Interpreter' (Ziad Kfoury). Only Rasha is proposed; the interpreter will "
              "voice her intervention and even asks for panellist access to unmute, but he is not a speaker (his "
              "'Position' line is a job description, not a nomination). Roundtable 3 in the subject and in prose. "
              "The sender (programmes coordinator) is not the speaker. 'General Security office' and the August "
              "explosion are context. Outlook related part with an inline logo; Date in UTC+2."))


# ================================================================ 02  AR  speaker  Sudanese blind association in Cairo; companion on the platform
def m02():
    when = at("2021-01-25 13:05:40")
    subj = "ترشيح متحدث - رابطة المكفوفين السودانيين بالقاهرة"
    text = """بسم الله الرحمن الرحيم

الإخوة الكرام في أمانة الاستعراض الإقليمي للاتفاق العالمي للهجرة
السلام عليكم ورحمة الله وبركاته

نكتب إليكم من رابطة المكفوفين وضعاف البصر السودانيين بالقاهرة، وهي رابطة أهلية تأسست سنة 2014 وتضم أكثر من 180 عضواً من اللاجئين وطالبي اللجوء والمقيمين السودانيين في مصر من فاقدي البصر أو ضعافه، أغلبهم في أحياء عين شمس وفيصل والحي العاشر.

وصلتنا دعوتكم الكريمة عن طريق إحدى المنظمات الشريكة، ونرغب في أن يشارك رئيس الرابطة الأستاذ عوض الكريم حامد إسماعيل تيراب بمداخلة في الجلسة العامة للمؤتمر يوم 24 أو 25 فبراير، ليتحدث عن صعوبات التسجيل وتجديد الإقامة والوصول إلى العلاج بالنسبة للمهاجرين واللاجئين المكفوفين.

الأستاذ عوض الكريم كفيف منذ الطفولة ويستخدم الحاسوب بقارئ الشاشة (NVDA)، لذلك نرجو:
- إرسال المراسلات والوثائق بصيغة Word أو نص عادي، وليس PDF مصوّر
- إبلاغنا مسبقاً بالمنصة التي سيُعقد عليها المؤتمر حتى نتدرب عليها

وسيجلس معه أثناء الجلسة ابن أخيه الطالب مصعب عمر حامد لمساعدته في الدخول إلى المنصة وفتح المايك، ولن يتحدث.

ولكم جزيل الشكر والتقدير

صديق يعقوب أبكر
سكرتير الرابطة
رابطة المكفوفين وضعاف البصر السودانيين بالقاهرة
القاهرة - عين شمس
موبايل/واتساب: 00201000000000
"""
    body = alt(text, "0000000000007b2e4c05b9c8d1f6", html=gmail_html(text, rtl=True), b64=True)
    m = mk(when, sent_at(when, 2, 6), "mail-ed1-f49.google.example.com", "192.0.2.49", "4DPb6Sv1XmzR",
           addr("صديق يعقوب", "siddig.yagoub.blindsd@gmail.example.com"), hdr(subj),
           "<CAKp2vN7xR4mW9tQ+b3Hz6Lc1sY8dF5eG0k@mail.gmail.example.com>", body)
    add(2, when, m, dict(category="speaker_request", language="ar", acknowledge=True, on_time=True, speakers=[
        sp("عوض الكريم حامد إسماعيل تيراب", "رئيس الرابطة", "رابطة المكفوفين وضعاف البصر السودانيين بالقاهرة",
           ["plenary"])],
        notes="Sudanese association of blind people in Cairo, formal Arabic with Sudanese/Egyptian touches ('المايك'). "
              "The speaker is named once in prose after his title ('رئيس الرابطة الأستاذ ...', honorific dropped); "
              "'الجلسة العامة' = plenary. Three people are named: the sender (secretary, signature), the speaker, "
              "and his nephew 'مصعب عمر حامد' who will sit with him to handle the platform 'ولن يتحدث' - not a "
              "speaker. The subject shortens the association's name; the fuller form of the body and signature is "
              "recorded ('بالقاهرة' belongs to the name as written in both). Accessibility requests (Word, platform) "
              "are not roles. Gmail, base64."))


# ================================================================ 03  FR  speaker  Amazigh association in Tiznit: Tachelhit speaker, SG translates
def m03():
    when = at("2021-01-27 11:18:03")
    subj = "Demande d'intervention - Association Tamunt n Tmazirt (Tiznit) - interprétation tachelhit"
    text = """Bonjour Madame, Monsieur,

Azul fellawn, et merci pour l'invitation que nous avons reçue par l'intermédiaire de l'Espace associatif de Tiznit.

L'Association Tamunt n Tmazirt pour la Migration et le Développement (ATTMD) travaille depuis 2009 dans les douars de la province de Tiznit et de l'Anti-Atlas avec les familles d'émigrés et les migrants de retour, en particulier les femmes restées seules au village et les saisonnières revenues d'Espagne.

Nous souhaitons proposer Mme Touda Aït Lhaj pour une intervention lors de la table ronde thématique n°2. Mme Aït Lhaj est responsable de la commission des femmes de notre association ; elle a elle-même fait quatre saisons de cueillette de fraises à Huelva. Elle s'exprime en tachelhit (amazighe du Souss), comprend un peu la darija, mais ne parle ni français ni anglais.

Pourriez-vous nous dire si une interprétation tachelhit-français ou tachelhit-arabe est prévue ? Sinon, je serai à côté d'elle pendant la session et je traduirai son intervention en français, mais nous préférerions un interprète de la conférence, pour qu'elle puisse aussi suivre les autres interventions.

Tanmmirt, et merci d'avance.

Cordialement,

-- 
Lahcen Idbelkas
Secrétaire général
Association Tamunt n Tmazirt pour la Migration et le Développement (ATTMD)
ⵜⴰⵎⵓⵏⵜ ⵏ ⵜⵎⴰⵣⵉⵔⵜ | جمعية تامونت ن تمازيرت للهجرة والتنمية
Hay Massira, Tiznit - Maroc
Tél. +212 6 00 00 00 00
"""
    body = leaf("text/plain", flowed(text), "utf-8", "8bit", params=[("format", "flowed")])
    m = mk(when, sent_at(when, 1, 7), "smtp.menara.example.ma", "203.0.113.61", "4DQs8Hn3RbzT",
           "Lahcen Idbelkas <attmd.tiznit@menara.example.ma>", hdr(subj, enc="Q"),
           "<7c1e3a9b-52f4-4d0e-9a8b-2e6f1d4c7a30@menara.example.ma>", body,
           extra=[("User-Agent", TB), ("Content-Language", "fr")])
    add(3, when, m, dict(category="speaker_request", language="fr", acknowledge=True, on_time=True, speakers=[
        sp("Touda Aït Lhaj", "responsable de la commission des femmes",
           "Association Tamunt n Tmazirt pour la Migration et le Développement (ATTMD)", ["roundtable"], 2)],
        notes="Amazigh association in the Souss; French with Tachelhit greetings ('Azul fellawn', 'Tanmmirt'). The "
              "speaker speaks only Tachelhit and the mail asks whether interpretation is planned; the sender "
              "(secretary-general, named only in the signature) offers to sit beside her and translate: he is not "
              "a speaker. 'Mme' dropped; title written 'responsable de la commission des femmes de notre "
              "association', recorded without 'de notre association'. The signature repeats the association's "
              "name in Tifinagh and Arabic (translations, not the affiliation); 'Espace associatif de Tiznit' is "
              "how the invitation arrived. Thunderbird, 8bit format=flowed, Date UTC+1."))


# ================================================================ 04  EN  other  Eritrean community in Cairo asks about Tigrinya before nominating
def m04():
    when = at("2021-01-28 20:47:55")
    subj = "Question about Tigrinya interpretation"
    text = """Hello,

My name is Yonas Ghebremedhin, I am volunteer secretary of the Eritrean Community Mutual Aid Association in Cairo (ECMAA). We got your invitation letter from a friend at the community center in Maadi, thank you.

Before we nominate somebody we need to know some things please:
1. Is there interpretation from Tigrinya? The elders in our community know the situation of the people very well but they dont speak English or Arabic good.
2. If no interpretation, can we bring our own interpreter and he speaks after the speaker?
3. The letter asks the speaker "title". If the person is just community member without title is it ok?

We will send the name after your answer, we know the deadline is 5 February.

Thank you very much
Yonas

Sent from my iPhone
"""
    body = leaf("text/plain", text, "utf-8", "quoted-printable")
    m = mk(when, sent_at(when, 2, 9), "mr85p00im-hyfv06021301.me.example.com", "198.51.100.188", "4DRb3Kc9TwzU",
           "Yonas Ghebremedhin <yonas.ghebremedhin@icloud.example.com>", subj,
           "<2E7A91C4-3F58-4B6D-A0E2-8C1D5F9B7A36@icloud.example.com>", body, extra=[("X-Mailer", IPHONE)])
    add(4, when, m, dict(category="other", language="en", acknowledge=True, on_time=None,
        notes="an Eritrean community association asks, from an iPhone in non-native English, whether Tigrinya "
              "interpretation exists, whether they may bring their own interpreter and whether a speaker without a "
              "title is acceptable - before nominating anyone ('We will send the name after your answer'). Full of "
              "speaker vocabulary ('nominate', 'speaker', 'title', 'deadline is 5 February') but no speaker is "
              "proposed: 'other', acknowledged. The sender introduces himself with name, role and organisation like "
              "a nomination."))


# ================================================================ 05  AR  both  Kurdish organisation in Duhok: report + Kurmanji-speaking speaker
M05_ID = "<AM6PR03MB5160A8E2C4D7F91B@AM6PR03MB5160.eurprd03.prod.outlook.example.com>"
M05_SUBJ = "تقرير طوعي وطلب مداخلة - منظمة روشن - دهوك"
M05_QID = "4DRt7Pw2NhzV"
M05_FILE = "تقرير منظمة روشن - Rewşen ROD - GCM 2021.pdf"


def m05():
    when = at("2021-01-29 10:15:31")
    text = """السادة أمانة الاستعراض الإقليمي للاتفاق العالمي من أجل الهجرة الآمنة والمنظمة والنظامية المحترمون
تحية طيبة،

يسر منظمة روشن للإغاثة والتنمية (ROD) في دهوك - إقليم كوردستان العراق أن ترفق لكم تقريرها الطوعي عن تنفيذ الاتفاق العالمي للهجرة، والذي يتناول أوضاع النازحين الإيزيديين في مخيمات محافظة دهوك، والشباب الذين غادروا الإقليم نحو أوروبا عبر تركيا واليونان، والعائدين من ألمانيا والسويد.

كما نرغب بترشيح السيدة نازدار خدر حسن (Nazdar Khidir Hasan)، منسقة مجموعات دعم النساء في مخيم شاريا، للمداخلة في المائدة المستديرة الأولى.
السيدة نازدار تتحدث الكوردية (الكرمانجية) فقط، لذلك نرجو توفير ترجمة فورية من الكوردية إلى العربية أو الإنكليزية خلال مداخلتها، وإذا لم يكن ذلك ممكناً نرجو إعلامنا لنرتب الترجمة من طرفنا.

مع التقدير،

دلشاد سليمان حاجي
المدير التنفيذي
منظمة روشن للإغاثة والتنمية
Dilshad Sleman Haji | Executive Director
Rewşen Organization for Relief and Development (ROD)
ڕێکخراوا ڕەوشەن - دهۆک
Duhok, Kurdistan Region - Iraq
+964 750 000 0000
"""
    pdf = rep_pdf("Voluntary GCM review report", "Rewsen Organization for Relief and Development (ROD), Duhok",
                  ["Yazidi IDPs in the camps of Duhok governorate", "Young people leaving via Turkey and Greece",
                   "Returnees from Germany and Sweden", "Women's support groups in Sharya camp", "Recommendations"])
    a = alt(text, "_000_AM6PR03MB5160A8E2C4D7F91B_", html=outlook_html(text, lang="AR-IQ", rtl=True), b64=True)
    body = multi("mixed", [a, attach("application/pdf", pdf, M05_FILE)], "_004_AM6PR03MB5160A8E2C4D7F91B_")
    m = mk(when, sent_at(when, 3, 8), "mail-am6eur03on0603.outbound.protection.outlook.example.com",
           "198.51.100.103", M05_QID, addr("Dilshad Sleman Haji", "dilshad.haji@rewshen.example.org"),
           hdr(M05_SUBJ), M05_ID, body,
           extra=outlook(hdr(M05_SUBJ), "AdbyKq3Rt5Yu7Io9Pa1Sd3Fg5Hj7Kl==", lang="ar-IQ", has_attach="yes"))
    add(5, when, m, dict(category="both", language="ar", acknowledge=True, on_time=True, speakers=[
        sp("نازدار خدر حسن", "منسقة مجموعات دعم النساء", "منظمة روشن للإغاثة والتنمية (ROD)", ["roundtable"], 1)],
        report_attachments=[M05_FILE],
        notes="both, on time (29 January). Kurdish organisation in Duhok writing formal Arabic; the speaker's name "
              "in Arabic script with its Latin form in brackets (the Arabic form of the Arabic body recorded); "
              "'السيدة' dropped; 'في مخيم شاريا' is where she works, not part of the title; 'المائدة المستديرة "
              "الأولى' = roundtable 1. She speaks only Kurmanji and a Kurdish-Arabic interpretation is requested "
              "(not a role). Trilingual signature (Arabic, English, Kurdish in Arabic script) of the sender, who is "
              "not the speaker. PDF name mixing Arabic and Latin with 'ş' (RFC 2231 + RFC 2047). Outlook base64, "
              "Date UTC+3. The sender's out-of-office answers our acknowledgement (h248-06); his thanks come later "
              "(h248-18)."))


# ================================================================ 06  AR  auto_reply  the Duhok director's Exchange out-of-office on our acknowledgement
def m06():
    when = at("2021-01-29 10:16:02")
    ack = ack_mid(M05_QID)
    text = """شكراً لرسالتكم.
أنا خارج المكتب في مهمة ميدانية في قضاء سنجار حتى يوم الثلاثاء 9 شباط 2021، والتغطية بالإنترنت محدودة. للأمور العاجلة يرجى التواصل مع مكتب المنظمة: info@rewshen.example.org

Thank you for your email. I am on a field mission in Sinjar until Tuesday 9 February 2021 with limited connectivity. For urgent matters please write to info@rewshen.example.org

دلشاد سليمان حاجي | Dilshad Sleman Haji
منظمة روشن للإغاثة والتنمية (ROD)
"""
    body = alt(text, "_000_AM6PR03MB5160OOF7D21C4B8E_", b64=True)
    sender = addr("Dilshad Sleman Haji", "dilshad.haji@rewshen.example.org")
    subject = hdr("رد تلقائي: إشعار استلام - " + M05_SUBJ)
    rows = std_rows(when, "mail-am6eur03on0603.outbound.protection.outlook.example.com", "198.51.100.103",
                    "4DRt7QZ5kpzW", sender, subject, rfcdate(sent_at(when, 3, 2)),
                    "<AM6PR03MB5160OOF8B3E92A1C@AM6PR03MB5160.eurprd03.prod.outlook.example.com>",
                    extra=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")], ret="")
    rows = [(k, "<>" if k == "Return-Path" else v) for k, v in rows]
    rows += [("In-Reply-To", ack), ("References", M05_ID + " " + ack),
             ("Thread-Topic", hdr("إشعار استلام - " + M05_SUBJ)), ("Content-Language", "ar-IQ"),
             ("X-MS-Exchange-Inbox-Rules-Loop", "dilshad.haji@rewshen.example.org")]
    add(6, when, top(body, rows), dict(category="auto_reply", language="ar", acknowledge=False, on_time=None,
        notes="Exchange out-of-office in Arabic then English ('رد تلقائي:'), answering our acknowledgement of h248-05 "
              "thirty seconds later (In-Reply-To our acknowledgement, References name h248-05); it names the person "
              "and the organisation like a signature and quotes a date. Never acknowledge; thread_of null as for "
              "dev auto-replies."))


# ================================================================ 07  FR  speaker  blind president in Tunis names himself only in the signature
M07_ID = "<CAHv4tN8qW2xK6mR+z1Pb9Lc3sY7dF0eJ5u@mail.gmail.example.com>"
M07_SUBJ = "demande de prise de parole en pléniere"
M07_QID = "4DTc1Bq6MvzX"


def m07():
    when = at("2021-02-01 08:52:19")
    text = """Bonjour,

Je vous ecris au nom de notre association, qui regroupe depuis 2018 des personnes aveugles et malvoyantes venues d'Afrique subsaharienne et qui vivent à Tunis, Sfax et Sousse : étudiants, travailleurs, demandeurs d'asile. Beaucoup ont perdu la vue dans leur pays ou en chemin, certains après des violences en Libye.

Je souhaite intervenir moi-même lors d'une séance plénière de la conférence, le 24 ou le 25 février, pour parler de l'accès aux soins, aux papiers et au travail pour les migrants en situation de handicap visuel en Tunisie.

Je suis non-voyant et j'utilise un lecteur d'écran, merci de m'envoyer les documents en format Word ou texte plutot qu'en PDF scanné. Pendant la séance mon assistante personnelle, Mlle Mariam Ténin Diabaté, sera à côté de moi pour la connexion et pour me signaler quand je dois prendre la parole. Elle ne fera pas d'intervention.

Excusez les fautes éventuelles, je dicte ce message.

Bien cordialement

Séraphin Kouadio Yao
Président
Association des Aveugles et Malvoyants Migrants en Tunisie (AAMMT)
Cité Ennasr, Ariana - Tunisie
Tél : +216 20 000 000
"""
    body = alt(text, "000000000000d41a7e05ba3f2c88", html=android_html(text))
    m = mk(when, sent_at(when, 1, 5), "mail-wr1-f44.google.example.com", "192.0.2.44", M07_QID,
           addr("Séraphin Kouadio Yao", "seraphin.yao.aammt@gmail.example.com", enc="Q"), hdr(M07_SUBJ, enc="Q"),
           M07_ID, body)
    add(7, when, m, dict(category="speaker_request", language="fr", acknowledge=True, on_time=True, speakers=[
        sp("Séraphin Kouadio Yao", "Président", "Association des Aveugles et Malvoyants Migrants en Tunisie (AAMMT)",
           ["plenary"])],
        notes="self-nomination ('Je souhaite intervenir moi-même lors d'une séance plénière'): the body says only "
              "'notre association', so the speaker's name, title and organisation come from the signature. The only "
              "person named in the body is his personal assistant ('Mlle Mariam Ténin Diabaté'), who will sit beside "
              "him and 'ne fera pas d'intervention' - not a speaker. Dictated by a blind writer with a screen "
              "reader: missing accents ('ecris', 'plutot', subject 'pléniere'). Gmail for Android, Date UTC+1. He "
              "follows up with questions in h248-19."))


# ================================================================ 08  FR  other  Tripoli parents of deaf children: captions and observers (HTML-only)
def m08():
    when = at("2021-02-01 16:30:44")
    subj = "Sous-titrage et langue des signes pendant la consultation du 23 février ?"
    inner = """<div style="font-family: Arial, sans-serif; font-size: 10pt;">
<p>Madame, Monsieur,</p>
<p>Notre association accompagne depuis 2012 une soixantaine de familles libanaises, syriennes et palestiniennes dont un ou plusieurs enfants sont sourds ou malentendants, à Tripoli et dans le Akkar.</p>
<p>Plusieurs de nos jeunes adultes sourds, dont deux réfugiés syriens, aimeraient suivre la consultation du 23 février et les séances des 24 et 25 février en tant qu'observateurs. Nous ne proposons pas d'intervenant cette fois-ci, mais nous aurions besoin de savoir&nbsp;:</p>
<ol>
<li>si les sessions seront sous-titrées en direct (en arabe de préférence, sinon en français)&nbsp;;</li>
<li>si une interprétation en langue des signes est prévue, et laquelle (internationale, libanaise&nbsp;?)&nbsp;;</li>
<li>comment les observateurs peuvent s'inscrire, et jusqu'à quelle date.</li>
</ol>
<p>Avec nos remerciements anticipés,</p>
<p>Hanane Mokaddem-Rifaï<br>
Présidente<br>
Association des Parents d'Enfants Sourds du Liban-Nord (APESLN)<br>
Rue Azmi, Tripoli &ndash; Liban</p>
</div>"""
    body = html_only(inner, lang="fr", newlines=True)
    m = mk(when, sent_at(when, 2, 4), "webmail.apesln.example.org.lb", "203.0.113.88", "4DTq5Wn2HczY",
           addr("Hanane Mokaddem-Rifaï", "presidente@apesln.example.org.lb", enc="Q"), hdr(subj, enc="Q"),
           "<a4c19e27d08b3f5e6c21@webmail.apesln.example.org.lb>", body, extra=[("User-Agent", ROUNDCUBE)])
    add(8, when, m, dict(category="other", language="fr", acknowledge=True, on_time=None,
        notes="an association of parents of deaf children asks whether sessions will be captioned, which sign "
              "language will be interpreted and how observers register; it says explicitly 'Nous ne proposons pas "
              "d'intervenant cette fois-ci'. HTML-only Roundcube mail with an ordered list and &nbsp; before "
              "French punctuation; the signature (Présidente, association with acronym) looks like a nomination "
              "but nobody is proposed."))


# ================================================================ 09  AR  speaker  Nubian association in Aswan: table whose third row is an interpreter
def m09():
    when = at("2021-02-02 11:02:37")
    subj = "ترشيحات جمعية أمان النوبة للمؤتمر الإقليمي"
    head = """السادة الأفاضل / أمانة الاستعراض الإقليمي للاتفاق العالمي للهجرة
تحية طيبة وبعد،

بالإشارة إلى الدعوة الكريمة، تتشرف جمعية أمان النوبة للتنمية وقضايا الهجرة بأسوان بترشيح السادة الموضحة بياناتهم في الجدول التالي للمشاركة في أعمال الاستعراض الإقليمي:
"""
    rows = [("م", "الاسم", "الصفة", "المشاركة المطلوبة"),
            ("1", "الحاجة زينب محمد إدريس سر الختم", "عضو مجلس إدارة الجمعية ورائدة ريفية بقرية غرب سهيل",
             "النقاش المفتوح في المشاورة يوم 23 فبراير"),
            ("2", "م. هشام عبد الرحيم أوشي", "مسؤول ملف العمالة العائدة من الخليج",
             "مداخلة في المائدة المستديرة الرابعة"),
            ("3", "أ. منال سيد كاشف", "مرافقة ومترجمة للحاجة زينب", "ترجمة من النوبية إلى العربية")]
    tail = """
ملحوظة: الحاجة زينب بتتكلم النوبية (الرطانة) أساساً وبتفهم العربي، وهتقوم الأستاذة منال بالترجمة لها أثناء مداخلتها.

وتفضلوا بقبول وافر الاحترام،

محمود جمال كرار
رئيس مجلس الإدارة
جمعية أمان النوبة للتنمية وقضايا الهجرة بأسوان
أسوان - جمهورية مصر العربية
"""
    plain = head + "\n" + "\n".join("\t".join(r) for r in rows) + "\n" + tail
    cells = "".join("<tr>%s</tr>" % "".join(
        '<td style="border:solid windowtext 1.0pt;padding:0 5.4pt"><p class="MsoNormal" dir="rtl">%s</p></td>' % esc(c)
        for c in r) for r in rows)
    html = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>'
            '<body lang="AR-EG" dir="rtl"><div class="WordSection1" dir="rtl">'
            + "".join('<p class="MsoNormal" dir="rtl">%s<o:p></o:p></p>' % esc(p).replace("\n", "<br>")
                      for p in head.strip("\n").split("\n\n"))
            + '<table class="MsoTableGrid" dir="rtl" border="1" cellspacing="0" cellpadding="0" '
              'style="border-collapse:collapse;border:none">' + cells + '</table>'
            + "".join('<p class="MsoNormal" dir="rtl">%s<o:p></o:p></p>' % esc(p).replace("\n", "<br>")
                      for p in tail.strip("\n").split("\n\n"))
            + '</div></body></html>\n')
    a = alt(plain, "_000_DB7PR04MB5346C1A8E3F2B97D_", html=html, b64=True)
    m = mk(when, sent_at(when, 2, 7), "mail-db7eur04olkn2081.outbound.protection.outlook.example.com",
           "198.51.100.81", "4DVf9Rk4PszZ", addr("Aman El Nuba Association", "aman.elnuba.aswan@hotmail.example.com"),
           hdr(subj), "<DB7PR04MB5346C1A8E3F2B97D@DB7PR04MB5346.eurprd04.prod.outlook.example.com>", a,
           extra=outlook(hdr(subj), "AQHW+Ra4Tb6Yc8Ud0Ve2Wf4Xg6Yh8Zi==", lang="ar-EG"))
    add(9, when, m, dict(category="speaker_request", language="ar", acknowledge=True, on_time=True, speakers=[
        sp("زينب محمد إدريس سر الختم", "عضو مجلس إدارة الجمعية ورائدة ريفية",
           "جمعية أمان النوبة للتنمية وقضايا الهجرة بأسوان", ["open_discussion"]),
        sp("هشام عبد الرحيم أوشي", "مسؤول ملف العمالة العائدة من الخليج",
           "جمعية أمان النوبة للتنمية وقضايا الهجرة بأسوان", ["roundtable"], 4)],
        notes="Nubian association in Aswan: an Outlook table (HTML; tab-separated in text/plain) with three rows, "
              "but the third row is the first speaker's companion and interpreter ('مرافقة ومترجمة للحاجة زينب', "
              "'ترجمة من النوبية إلى العربية') - not a speaker: two speakers. Honorifics dropped ('الحاجة', 'م.', "
              "'أ.'); 'بقرية غرب سهيل' is her village, not part of the title; 'النقاش المفتوح في المشاورة يوم 23 "
              "فبراير' = open discussion, 'المائدة المستديرة الرابعة' = roundtable 4. Affiliation by reference to the "
              "association named in the body ('بأسوان' is part of the name as written in body and signature). Egyptian "
              "colloquial in the note ('بتتكلم', 'هتقوم', 'الرطانة'); Latin-script From name; Outlook.com base64."))


# ================================================================ 10  EN  speaker  hard-of-hearing researcher in Amman, human captions; Cc mistyped
M10_ID = "<8B4E2D71-C9A3-4F16-B05E-7D3A1C9F2E84@liid.example.jo>"
M10_SUBJ = "Rapporteur proposal - Dr Rania Abou Chakra (LIID) + captioning request"
M10_QID = "4DVw2Gm8KtzA"
BAD_CC = "rania.abouchrka@liid.example.jo"


def m10():
    when = at("2021-02-02 17:24:10")
    text = """Dear colleagues,

I am writing on behalf of the Levant Institute for Inclusive Development (LIID) in Amman to propose Dr. Rania Abou Chakra as rapporteur for the Regional Review, to deliver the key messages from stakeholders.

Rania is Senior Researcher and Head of the Disability and Mobility Unit at LIID. Over the last three years she has interviewed more than two hundred refugees and migrant workers with disabilities in Jordan and Lebanon, and she would bring that lens to the key messages.

One practical point: Rania is hard of hearing. She uses hearing aids and follows online meetings through live captions. Could you let us know whether the sessions will have real-time (human) captioning in English? Automatic captions are of limited help with accents and with names of places. It would also help if she could receive the session documents a few days in advance.

I have copied Rania here. Her name in Arabic, for the programme, is رانيا أبو شقرا.

Best,
Laith

Laith Adaileh | ليث العضايلة
Research Manager
Levant Institute for Inclusive Development (LIID)
Jabal Al-Weibdeh, Amman - Jordan
"""
    body = alt(text, "Apple-Mail=_3F9C7A52-1E4B-4D08-9C6A-B27E0D5F3A19", html=apple_html(text))
    m = mk(when, sent_at(when, 2, 5), "mail.liid.example.jo", "203.0.113.45", M10_QID,
           "Laith Adaileh <l.adaileh@liid.example.jo>", M10_SUBJ, M10_ID, body,
           cc="Rania Abou Chakra <%s>" % BAD_CC, extra=[("X-Mailer", APPLE)])
    add(10, when, m, dict(category="speaker_request", language="en", acknowledge=True, on_time=True, speakers=[
        sp("Rania Abou Chakra", "Senior Researcher and Head of the Disability and Mobility Unit",
           "Levant Institute for Inclusive Development (LIID)", ["rapporteur"])],
        notes="research institute in Amman proposes a hard-of-hearing researcher as rapporteur and asks for human "
              "captioning (a question attached to the request, not a role). 'Dr.'/'Dr' dropped; title with a unit "
              "written 'Senior Researcher and Head of the Disability and Mobility Unit at LIID' (recorded without 'at "
              "LIID'); her name is also given in Arabic script 'for the programme' (the English form of the English "
              "mail recorded); the sender signs with his name in both scripts and is not the speaker. Apple Mail. "
              "The speaker's Cc address is mistyped ('abouchrka') and our acknowledgement bounces (h248-11)."))


# ================================================================ 11  EN  bounce  the copy of our acknowledgement of 10 to the mistyped Cc
def m11():
    when = at("2021-02-02 17:24:58")
    diag = ("host mail.liid.example.jo[203.0.113.45] said: 550 5.1.1\n"
            "    <%s>: Recipient address rejected: User unknown in\n"
            "    virtual mailbox table (in reply to RCPT TO command)" % BAD_CC)
    text = POSTFIX_NOTICE + "\n<%s>: %s\n" % (BAD_CC, diag)
    dsn = ("Reporting-MTA: dns; mx1.iom.int\n"
           "X-Postfix-Queue-ID: 4DVw2Hb3Lqz0\n"
           "X-Postfix-Sender: rfc822; gcmrrarabstates@iom.int\n"
           "Arrival-Date: %s\n\n"
           "Final-Recipient: rfc822; %s\n"
           "Original-Recipient: rfc822;%s\n"
           "Action: failed\n"
           "Status: 5.1.1\n"
           "Remote-MTA: dns; mail.liid.example.jo\n"
           "Diagnostic-Code: smtp; 550 5.1.1 <%s>: Recipient address rejected: User\n"
           "    unknown in virtual mailbox table\n"
           % (rfcdate(when - dt.timedelta(seconds=3), "EET"), BAD_CC, BAD_CC, BAD_CC))
    hdrs = ("Return-Path: <gcmrrarabstates@iom.int>\n"
            "From: GCM Regional Review Arab States <gcmrrarabstates@iom.int>\n"
            "To: Laith Adaileh <l.adaileh@liid.example.jo>\n"
            "Cc: Rania Abou Chakra <%s>\n"
            "Subject: Acknowledgement of receipt - %s\n"
            "Date: %s\n"
            "Message-ID: %s\n"
            "In-Reply-To: %s\n"
            "References: %s\n" % (BAD_CC, M10_SUBJ, rfcdate(when - dt.timedelta(seconds=5)), ack_mid(M10_QID),
                                  M10_ID, M10_ID))
    body = dsn_report(text, dsn, hdrs, "4DVw2Hb3Lqz0.1612279498/mx1.iom.int")
    rows = [("Return-Path", "<>"), ("Delivered-To", "gcmrrarabstates@iom.int"),
            ("Received", "by mx1.iom.int (Postfix)\r\n\tid 4DVw2Jc7Mrz2; %s" % rfcdate(when, "EET")),
            ("Date", rfcdate(when, "EET")),
            ("From", "MAILER-DAEMON@mx1.iom.int (Mail Delivery System)"),
            ("Subject", "Undelivered Mail Returned to Sender"),
            ("To", "gcmrrarabstates@iom.int"),
            ("Auto-Submitted", "auto-replied"),
            ("Message-Id", "<20210202152458.4DVw2Jc7Mrz2@mx1.iom.int>")]
    add(11, when, top(body, rows), dict(category="bounce", language="en", acknowledge=False, on_time=None,
        notes="Postfix DSN: the remote server rejected the mistyped Cc of h248-10 (550 5.1.1 user unknown) when we "
              "sent our acknowledgement; the returned headers carry the nomination's subject naming a rapporteur "
              "and a person, and h248-10 in In-Reply-To. Never acknowledge; thread_of null as for dev bounces."))


# ================================================================ 12  FR  speaker  Moroccan Deaf association: speaker only in the attached form
M12_FORM = "Fiche_inscription_intervenant_AISMR_février_2021.docx"


def m12():
    when = at("2021-02-03 15:11:26")
    subj = "Fiche d'inscription intervenant - AISMR"
    text = """Bonjour,

Suite à votre lettre d'invitation, veuillez trouver ci-joint la fiche d'inscription de notre intervenant pour la consultation multipartite, remplie et signée.

Comme indiqué dans la fiche, notre intervenant est sourd et s'exprimera en langue des signes ; il sera accompagné de son interprète.

Bien à vous,

Sanae Lamrani
Chargée de projets
AISMR - Rabat
"""
    form = make_docx([
        "FICHE D'INSCRIPTION - INTERVENANT(E)",
        "Examen régional du Pacte mondial pour des migrations sûres, ordonnées et régulières - États arabes, 2021",
        "Organisation : Association Ishara pour les Sourds Migrants et Réfugiés (AISMR)",
        "Nom et prénom de l'intervenant(e) : SARR Mamadou Lamine",
        "Fonction : Animateur pair et chargé de sensibilisation",
        "Nationalité : sénégalaise - résident à Rabat depuis 2015",
        "Rôle souhaité : [X] Discussion ouverte de la consultation multipartite (23 février)   [ ] Rapporteur   "
        "[ ] Séance plénière   [ ] Table ronde thématique n° ...",
        "Besoins d'accessibilité : interprétation en langue des signes (LSM ou langue des signes internationale), "
        "sous-titrage",
        "Personne accompagnante : EL OUAZZANI Hajar, interprète en langue des signes marocaine (LSM) - "
        "n'interviendra pas en son nom propre",
        "Contact : aismr.rabat@gmail.example.com",
        "Date et signature : Rabat, le 2 février 2021 - S. Lamrani",
    ])
    a = alt(text, "000000000000a2c7f105ba5b3e41", html=gmail_html(text))
    body = multi("mixed", [a, attach(DOCX, form, M12_FORM)], "000000000000a2c7f305ba5b3e43")
    m = mk(when, sent_at(when, 1, 6), "mail-wm1-f52.google.example.com", "192.0.2.152", "4DWm6Jt1QczB",
           "AISMR Rabat <aismr.rabat@gmail.example.com>", hdr(subj, enc="Q"),
           "<CAM8sT3wQ5nV1xK+y7Rb4Hc2pL9dF6eJa0m@mail.gmail.example.com>", body)
    add(12, when, m, dict(category="speaker_request", language="fr", acknowledge=True, on_time=True, speakers=[
        sp("Mamadou Lamine Sarr", "Animateur pair et chargé de sensibilisation",
           "Association Ishara pour les Sourds Migrants et Réfugiés (AISMR)", ["open_discussion"])],
        notes="Moroccan association of Deaf migrants: the body says only 'notre intervenant' and 'AISMR'; every "
              "detail is in the attached DOCX form (non-ASCII name, RFC 2231 + RFC 2047), which is a nomination "
              "form and not a report (report_attachments empty). The form writes the name surname first in capitals "
              "('SARR Mamadou Lamine', recorded first name first), ticks '[X] Discussion ouverte' among empty boxes, "
              "and names an accompanying interpreter ('EL OUAZZANI Hajar ... n'interviendra pas en son nom "
              "propre') who is not a speaker. The sender (chargée de projets) signs the form but is not the "
              "speaker. Gmail, Date UTC+1."))


# ================================================================ 13  AR  speaker  Libyan Amazigh association in Yefren: Tamazight speech, two roles
def m13():
    when = at("2021-02-04 21:40:08")
    subj = "ترشيح للمشاركة في الاستعراض الإقليمي - تيفاوت / ⵜⵉⴼⴰⵡⵜ"
    text = """أزول، السلام عليكم

احنا جمعية تيفاوت للثقافة الأمازيغية والتنمية في يفرن بجبل نفوسة. نشتغلو من 2013 مع العائلات اللي نزحت من الجبل وقت الحرب، ومع العمالة الوافدة من النيجر وتشاد اللي يخدموا في المزارع والبناء في المنطقة.

نبو نرشحو الأستاذة تيهيا سالم بوراس (Tihya Salem Bouras)، مسؤولة ملف الهجرة والنزوح في الجمعية، باش تشارك في النقاش المفتوح يوم 23 فبراير، وكذلك بمداخلة في المائدة المستديرة الرابعة لو أمكن.

تيهيا حابة تتكلم بالأمازيغية (النفوسية) في مداخلتها، لأن هذي في حد ذاتها رسالة بالنسبة لينا، فنرجو توفير ترجمة من الأمازيغية للعربية، أو تسمحولنا نبعتولكم نص المداخلة مترجم قبلها باش يطلع مكتوب على الشاشة.

تانميرت، وشكراً
ماسين يوسف العربي
رئيس الجمعية
ⵜⵉⴼⴰⵡⵜ | جمعية تيفاوت للثقافة الأمازيغية والتنمية | Tifawt Association
يفرن - ليبيا
"""
    body = alt(text, "000000000000e5b8d205ba7a4c19", html=android_html(text, rtl=True), b64=True)
    m = mk(when, sent_at(when, 2, 6), "mail-ej1-f53.google.example.com", "192.0.2.53", "4DXk4Fs9WnzC",
           addr("ماسين العربي", "tifawt.yefren@gmail.example.com"), hdr(subj),
           "<CAF2rQ9wK4mT7xV+n1Lz5Hb8cY3dP6sJe9w@mail.gmail.example.com>", body)
    add(13, when, m, dict(category="speaker_request", language="ar", acknowledge=True, on_time=True, speakers=[
        sp("تيهيا سالم بوراس", "مسؤولة ملف الهجرة والنزوح", "جمعية تيفاوت للثقافة الأمازيغية والتنمية",
           ["open_discussion", "roundtable"], 4)],
        notes="Libyan Amazigh association in the Nafusa mountains, Libyan colloquial ('نبو نرشحو', 'باش', 'هذي', "
              "'لينا') with Amazigh greetings ('أزول', 'تانميرت'); the association's name in Tifinagh, Arabic and "
              "Latin script in subject and signature (the Arabic form of the body recorded). Speaker with 'الأستاذة' "
              "(dropped) and her Latin name in brackets; title written '... في الجمعية' (recorded without it). Two "
              "roles: open discussion of 23 February and roundtable 4 'لو أمكن'. She wants to speak in Tamazight "
              "and interpretation or a pre-translated text is requested - not a role. Gmail for Android, base64."))


# ================================================================ 14  EN  speaker  Deaf Pakistani workers' circle in Sharjah, 23:22 Beirut = 01:22 local
def m14():
    when = at("2021-02-05 23:22:47")
    subj = "Speaker for Roundtable 2 - Khamoshi Deaf Workers Circle"
    text = """Dear Sir/Madam,

Sorry for the late hour, the invitation was forwarded to us only this evening.

Khamoshi Deaf Workers Circle (KDWC) is a volunteer group of Deaf and hard of hearing migrant workers from Pakistan, India and Bangladesh in Sharjah and Ajman. We meet every Friday and help members with contracts, medical visits and contact with their consulates, where nobody signs.

We want to propose our member Muhammad Shoaib Qureshi (محمد شعیب قریشی) to speak in Roundtable 2. Shoaib is the group's Peer Support Lead. He is Deaf and uses Pakistan Sign Language and some International Sign. Our volunteer interpreter Ayesha Siddiqa Baig will interpret for him into English, so please give her a way to speak in the session as well (she will only voice what he signs).

Many thanks,
Farrukh Jabeen
Coordinator, KDWC
+971 50 000 0000

Get Outlook for Android
"""
    html = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body>'
            '<div dir="auto">' + "<br>".join(esc(x) for x in text.rstrip("\n").split("\n")[:-2])
            + '</div><div dir="auto"><br></div>Get <a href="https://aka.ms/ghei36">Outlook for Android</a>'
            '</body></html>\n')
    body = alt(text, "_000_PA4PR06MB7310E9B2C5A8D14F_", html=html)
    m = mk(when, sent_at(when, 4, 4), "mail-pa4eur06olkn2060.outbound.protection.outlook.example.com",
           "198.51.100.60", "4DYz1Nc5RkzD", "Farrukh Jabeen <khamoshi.circle@outlook.example.com>", subj,
           "<PA4PR06MB7310E9B2C5A8D14F@PA4PR06MB7310.eurprd06.prod.outlook.example.com>", body,
           extra=[("X-Mailer", OUTLOOK_ANDROID), ("Content-Language", "en-GB")])
    add(14, when, m, dict(category="speaker_request", language="en", acknowledge=True, on_time=True, speakers=[
        sp("Muhammad Shoaib Qureshi", "Peer Support Lead", "Khamoshi Deaf Workers Circle (KDWC)", ["roundtable"], 2)],
        notes="deadline edge: received 23:22 Beirut on Friday 5 February (on time) while the Date header says Sat, 6 "
              "Feb 2021 01:22 +0400 (Sharjah) and the writer apologises 'for the late hour'. A Deaf speaker whose "
              "name is also given in Urdu script (the Latin form recorded); 'the group's Peer Support Lead' is his "
              "title (without 'the group's'). A second person, the volunteer interpreter, 'will only voice what he "
              "signs' and asks for a way to speak: not a speaker. The sender (coordinator) is not the speaker. "
              "Outlook for Android."))


# ================================================================ 15  AR  speaker  blind Yemeni in Aden dictates to his daughter; trusts the misprint (late)
def m15():
    when = at("2021-02-06 10:05:33")
    subj = "طلب مشاركه"
    text = """السلام عليكم ورحمة الله

معكم عبده قاسم سيف الشرعبي نائب رئيس جمعية رعاية المكفوفين المهاجرين والنازحين في عدن. شفنا الدعوه حقكم امس بس، والرساله العربيه مكتوب فيها ان اخر موعد لطلبات المتحدثين الجمعه 23 فبراير، فقلنا الحمدلله لحقنا.

اشتي اشارك بكلمه في الجلسه العامه عن وضع المكفوفين من النازحين واللاجئين الصوماليين والاثيوبيين في عدن ولحج، ماحد يلتفت لهم لا في المخيمات ولا في التوزيعات.

انا كفيف، وبنتي هي اللي تكتب لي الرساله. ياريت ترسلوا لنا اي وثائق بملف وورد عشان برنامج القراءه في التلفون.

وجزاكم الله خير
عبده الشرعبي
عدن
"""
    body = alt(text, "----=_Part_1284305_771902846.1612598729117", html=yahoo_html(text, rtl=True), b64=True)
    m = mk(when, sent_at(when, 3, 4), "sonic309-21.consmr.mail.ir2.yahoo.example.com", "198.51.100.209",
           "4DZg7Vb2TmzE", addr("عبده الشرعبي", "abdu.alsharabi77@yahoo.example.com"), hdr(subj),
           "<1612598729117.1284306@mail.yahoo.example.com>", body, extra=[("X-Mailer", YAHOO_ANDROID)])
    add(15, when, m, dict(category="speaker_request", language="ar", acknowledge=True, on_time=False, speakers=[
        sp("عبده قاسم سيف الشرعبي", "نائب رئيس", "جمعية رعاية المكفوفين المهاجرين والنازحين", ["plenary"])],
        notes="late speaker request (Saturday 6 February) from Aden that trusts the Arabic letter's misprinted 'الجمعه "
              "23 فبراير'; the English and French date stands, so on_time false. Self-nomination in Yemeni "
              "colloquial ('اشتي', 'حقكم', 'ماحد') typed on a phone with 'ه' for 'ة'; name, title and "
              "association in one run ('نائب رئيس جمعية ... في عدن': title 'نائب رئيس', affiliation the association "
              "without the city). The writer is blind and his daughter types for him (she is not named and does not "
              "speak). 'الجلسه العامه' = plenary. Yahoo Mail for Android, base64."))


# ================================================================ 16  FR  auto_reply  Zimbra vacation message answering our report reminder
def m16():
    when = at("2021-02-08 09:02:15")
    text = """Bonjour,

Je suis en congé jusqu'au lundi 15 février inclus et je n'ai pas accès à ma messagerie. Votre message sera traité à mon retour.

Pour toute urgence concernant les cours de langue des signes tunisienne ou le programme d'accompagnement des migrants sourds, merci de contacter Walid Chaabane au +216 74 000 000.

Cordialement,
Sonia Kammoun Frikha
Centre Amal pour les Personnes Sourdes - Sfax
"""
    body = leaf("text/plain", text, "utf-8", "quoted-printable")
    rows = std_rows(when, "zimbra.centre-amal.example.tn", "203.0.113.174", "4DbF3Xp8QszF",
                    "Sonia Kammoun Frikha <s.kammoun@centre-amal.example.tn>",
                    hdr("Absente jusqu'au 15 février (congé)", enc="Q"),
                    rfcdate(sent_at(when, 1, 3)),
                    "<1938204751.2210486.1612767733412.JavaMail.zimbra@centre-amal.example.tn>",
                    extra=[("Auto-Submitted", "auto-replied (zimbra; vacation)"), ("Precedence", "bulk")],
                    ret="s.kammoun@centre-amal.example.tn")
    rows += [("In-Reply-To", REMINDER_FR), ("References", REMINDER_FR), ("X-Mailer", ZIMBRA)]
    add(16, when, top(body, rows), dict(category="auto_reply", language="fr", acknowledge=False, on_time=None,
        notes="Zimbra vacation reply (Auto-Submitted: auto-replied, Precedence: bulk) answering the secretariat's "
              "French reminder about the report deadline sent to all invitees, not one of our acknowledgements: "
              "In-Reply-To names the reminder, no labelled message. Its own subject, not 'Re:'; the body names "
              "sign-language classes, a programme for deaf migrants, a contact person and a centre. Never "
              "acknowledge."))


# ================================================================ 17  EN  report  coalition report as DOCX and as plain text for screen readers
M17_DOCX = "AWBA_GCM_Voluntary_Report_2021.docx"
M17_TXT = "AWBA_GCM_Voluntary_Report_2021_plain-text.txt"


def m17():
    when = at("2021-02-09 12:40:03")
    subj = "AWBA collective voluntary GCM review report (accessible formats)"
    text = """Dear Secretariat,

On behalf of the Access Without Borders Alliance (AWBA), a coalition of nine organisations of persons with disabilities and migrant- and refugee-led groups in Jordan, Lebanon and Iraq, please find attached our collective voluntary GCM review report.

The report is attached in two formats:
- AWBA_GCM_Voluntary_Report_2021.docx - the full report with tables;
- AWBA_GCM_Voluntary_Report_2021_plain-text.txt - the same text without tables or images, for screen-reader users.

An International Sign summary of the report (6 minutes, with English captions) is on our channel: https://video.example.org/awba/gcm-summary-is
An Arabic version is being finalised and we hope to send it before the deadline.

The report looks at Objectives 3, 7 and 15 through the eyes of migrants and refugees with disabilities: registration procedures that are not accessible, wheelchairs and hearing aids taken away at borders or in detention, and the absence of sign-language, Braille or easy-read information on legal status and services.

Kind regards,

Tamara Bisharat
Advocacy Lead
Access Without Borders Alliance (AWBA)
Amman - Jordan
"""
    sections = ["Who we are: nine member organisations", "Objective 3: accessible information",
                "Objective 7: disability and vulnerability at borders and in detention",
                "Objective 15: access to basic services", "Recommendations"]
    doc = make_docx(["Access Without Borders Alliance (AWBA)", "Collective voluntary GCM review report, February 2021"]
                    + ["%d. %s" % (k, s) for k, s in enumerate(sections, 1)])
    plain = ("ACCESS WITHOUT BORDERS ALLIANCE (AWBA)\nCollective voluntary GCM review report, February 2021\n"
             "Plain-text version for screen readers. Tables are given as lists.\n\n"
             + "\n".join("%d. %s" % (k, s) for k, s in enumerate(sections, 1)) + "\n")
    t = leaf("text/plain", flowed(text), "utf-8", "8bit", params=[("format", "flowed")])
    body = multi("mixed", [t, attach(DOCX, doc, M17_DOCX), attach("text/plain", plain, M17_TXT)],
                 "------------8D2B4F61E9A07C3B5D1E4A92")
    m = mk(when, sent_at(when, 2, 6), "mail.awba-alliance.example.org", "203.0.113.120", "4Dbt9Kw3MpzG",
           "Tamara Bisharat <tamara.bisharat@awba-alliance.example.org>", subj,
           "<5c2e8f1a-9d47-4b3e-a0c6-71e4d2b8f590@awba-alliance.example.org>", body,
           extra=[("User-Agent", TB), ("Content-Language", "en-GB")])
    add(17, when, m, dict(category="voluntary_report", language="en", acknowledge=True, on_time=True,
        report_attachments=[M17_DOCX, M17_TXT],
        notes="collective report of a nine-member coalition sent in two formats: a DOCX and a plain-text .txt "
              "attachment 'for screen-reader users' (a text/plain part with a file name, easy to mistake for a "
              "body): both files are the report and both are listed. The International Sign video is a link, not a "
              "file; the Arabic version is announced for later. Thunderbird, 8bit format=flowed; the body lists the "
              "two file names."))


# ================================================================ 18  AR  other  the Duhok director thanks us after his mission (reply to our acknowledgement)
def m18():
    when = at("2021-02-10 09:20:51")
    ack = ack_mid(M05_QID)
    ack_text = """السيد/ة دلشاد سليمان حاجي المحترم/ة،

تشكركم أمانة الاستعراض الإقليمي على رسالتكم، وتؤكد استلام التقرير الطوعي وطلب المشاركة (متحدثة واحدة). سيتم التواصل معكم بشأن برنامج الجلسات وترتيبات الترجمة.

الاستعراض الإقليمي للاتفاق العالمي من أجل الهجرة - الدول العربية"""
    text = """الأخوة الأعزاء،

رجعت أمس من سنجار ووجدت إشعاركم، شكراً جزيلاً على المتابعة. سوپاس بۆ هەوە.

مع التقدير،
دلشاد

________________________________
من: GCM Regional Review Arab States <gcmrrarabstates@iom.int>
أُرسلت: الجمعة، 29 كانون الثاني، 2021 11:15 ص
إلى: Dilshad Sleman Haji <dilshad.haji@rewshen.example.org>
الموضوع: إشعار استلام - %s

%s
""" % (M05_SUBJ, ack_text)
    a = alt(text, "_000_AM6PR03MB51604C2E9A7B3D18_", html=outlook_html(text, lang="AR-IQ", rtl=True), b64=True)
    subj = hdr("رد: إشعار استلام - " + M05_SUBJ)
    m = mk(when, sent_at(when, 3, 7), "mail-am6eur03on0611.outbound.protection.outlook.example.com",
           "198.51.100.111", "4DcP8Tr1VkzH", addr("Dilshad Sleman Haji", "dilshad.haji@rewshen.example.org"), subj,
           "<AM6PR03MB51604C2E9A7B3D18@AM6PR03MB5160.eurprd03.prod.outlook.example.com>", a,
           extra=[("In-Reply-To", ack), ("References", M05_ID + " " + ack)]
           + outlook(hdr("إشعار استلام - " + M05_SUBJ), "AdbyKq3Rt5Yu7Io9Pa1Sd3Fg5Hj7KlAAF2mQ==", lang="ar-IQ"))
    add(18, when, m, dict(category="other", language="ar", acknowledge=False, on_time=None, thread_of=H % 5,
        notes="thank-you from the sender of h248-05 after his field mission (his out-of-office was h248-06), "
              "answering our acknowledgement (In-Reply-To our acknowledgement, References name h248-05), with a "
              "Kurdish 'سوپاس بۆ هەوە' after the Arabic thanks. Adds nothing new, so no acknowledgement. The "
              "Outlook-style quote (no '>') repeats 'التقرير الطوعي وطلب المشاركة' and the subject of the original."))


# ================================================================ 19  FR  other  the blind president asks about the platform and Word documents
def m19():
    when = at("2021-02-11 14:33:27")
    ack = ack_mid(M07_QID)
    ack_text = """Madame, Monsieur,

Le secrétariat de l'examen régional accuse réception de votre demande de prise de parole (« %s »). Il reviendra vers vous au sujet du programme des sessions.

Examen régional du Pacte mondial sur les migrations - États arabes""" % M07_SUBJ
    text = """Bonjour,

Merci pour votre accusé de reception.

Deux petites questions svp :
- quelle plateforme sera utilisée (Zoom, Teams, autre) ? Je voudrais m'exercer avant avec mon lecteur d'écran, certaines plateformes ne sont pas bien accessibles avec NVDA.
- est-il possible d'avoir le programme et la note conceptuelle en Word ? Les PDF que nous avons reçus sont des images et mon logiciel ne peut pas les lire.

Vous pouvez aussi mettre en copie mon assistante, Mlle Diabaté : mariam.diabate.aammt@gmail.example.com

Merci d'avance
Séraphin Kouadio Yao
AAMMT

Le lun. 1 févr. 2021 à 07:52, GCM Regional Review Arab States <gcmrrarabstates@iom.int> a écrit :

""" + gt(ack_text) + "\n"
    body = alt(text, "0000000000003c9e8a05bb1d4f72", html=android_html(text))
    m = mk(when, sent_at(when, 1, 6), "mail-wr1-f44.google.example.com", "192.0.2.44", "4Dd2Lm6XszJ",
           addr("Séraphin Kouadio Yao", "seraphin.yao.aammt@gmail.example.com", enc="Q"),
           hdr("Re: Accusé de réception - " + M07_SUBJ, enc="Q"),
           "<CAHv4tN9rX3yL7nS+a2Qc0Md4tZ8eG1fK6v@mail.gmail.example.com>", body,
           extra=[("In-Reply-To", ack), ("References", M07_ID + " " + ack)])
    add(19, when, m, dict(category="other", language="fr", acknowledge=True, on_time=None, thread_of=H % 7,
        notes="reply from the sender of h248-07 to our acknowledgement (References name h248-07): two accessibility "
              "questions (which platform, documents in Word) and his assistant's address for copies. Nothing new is "
              "submitted and no speaker is added (the assistant is named again, as a contact), but the questions "
              "need an answer: acknowledged. Gmail French quote line in his local time (07:52 = 08:52 Beirut)."))


# ================================================================ 20  EN  both  Eritrean women's association in Khartoum: report on time, speaker late
M20_FILE = "HWSA_Voluntary_GCM_Report_Feb2021.docx"


def m20():
    when = at("2021-02-12 18:05:09")
    subj = "HWSA - voluntary report + speaker (Tigrinya interpretation needed)"
    text = """Dear Regional Review Secretariat,

Greetings from Khartoum.

Please find attached the voluntary GCM review report of Hiwet Women's Self-Help Association (HWSA). HWSA was started in 2012 by Eritrean women in Kalakla and Mayo, and today supports about 400 refugee and migrant women and girls in Khartoum with savings groups, health referrals and help with registration. The report covers Objectives 7, 10 and 16.

We also know that the date for speakers was 5 February, but we only heard this week that a Tigrinya speaker could be considered. If it is still possible, we would like to propose:

Abrehet Kidane Mesfin (ኣብረሀት ኪዳነ መስፍን)
Community Health Volunteer Coordinator, HWSA
for the open discussion of the multi-stakeholder consultation on 23 February

Abrehet will speak in Tigrinya and will need interpretation into English or Arabic. Our chairwoman, Ms. Letensae Gebremichael, will follow the session with her online but will not take the floor.

With many thanks,

Senait Berhane Woldu
Programme Officer
Hiwet Women's Self-Help Association (HWSA)
Kalakla, Khartoum - Sudan
"""
    doc = make_docx(["Hiwet Women's Self-Help Association (HWSA), Khartoum",
                     "Voluntary GCM review report - February 2021",
                     "1. Eritrean women and girls in Kalakla and Mayo", "2. Objective 7: vulnerabilities",
                     "3. Objective 10: trafficking along the eastern route", "4. Objective 16: inclusion and savings groups",
                     "5. Recommendations"])
    a = alt(text, "_000_VI1PR02MB5952A3F8C1D7E46B_", html=outlook_html(text, lang="EN-GB"))
    body = multi("mixed", [a, attach(DOCX, doc, M20_FILE)], "_004_VI1PR02MB5952A3F8C1D7E46B_")
    m = mk(when, sent_at(when, 2, 8), "mail-vi1eur02on0627.outbound.protection.outlook.example.com",
           "198.51.100.127", "4Ddt3Qw7NrzK", "Senait Berhane Woldu <senait.woldu@hwsa-khartoum.example.org>", subj,
           "<VI1PR02MB5952A3F8C1D7E46B@VI1PR02MB5952.eurprd02.prod.outlook.example.com>", body,
           extra=outlook(subj, "AdcBq7Er9Ty1Ui3Op5As7Df9Gh1Jk3Lz==", lang="en-GB", has_attach="yes"))
    add(20, when, m, dict(category="both", language="en", acknowledge=True, on_time=False, speakers=[
        sp("Abrehet Kidane Mesfin", "Community Health Volunteer Coordinator",
           "Hiwet Women's Self-Help Association (HWSA)", ["open_discussion"])],
        report_attachments=[M20_FILE],
        notes="both, received 12 February: the report is on time but the speaker part is a week late (the sender "
              "says so), so on_time false. The speaker is on three lines (name with its Ge'ez-script form in "
              "brackets, the Latin form recorded; 'title, HWSA'; role) and will speak Tigrinya with interpretation. "
              "A second person, the chairwoman ('Ms.' ...), 'will follow the session with her online but will not "
              "take the floor': not a speaker. Affiliation in its fullest form from the body and signature. "
              "Outlook, DOCX, Date UTC+2."))


# ================================================================ 21  FR  report  Kabyle association in Tizi Ouzou, Yahoo, PDF with accented name
M21_FILE = "Rapport_volontaire_Asirem_Tizi-Ouzou_février_2021.pdf"


def m21():
    when = at("2021-02-15 11:48:36")
    subj = "Rapport volontaire - Association Asirem (Tizi-Ouzou)"
    text = """Azul,

Au nom de l'association Asirem, je vous transmets en pièce jointe notre rapport volontaire pour l'examen régional du Pacte mondial.

Notre association, créée en 2015 à Tizi-Ouzou, accompagne les migrants subsahariens qui travaillent sur les chantiers de la wilaya (Tizi-Ouzou, Azazga, Draâ Ben Khedda) : soins, scolarisation des enfants, médiation avec les employeurs. Le rapport raconte aussi ce que nous avons appris de nos propres familles : en Kabylie, presque chaque village a ses émigrés en France, et nous essayons d'accueillir comme nous aurions voulu que les nôtres soient accueillis.

Une version résumée en tamaziɣt (kabyle, caractères latins) est en préparation pour nos membres, nous pourrons vous l'envoyer si cela vous intéresse. Nous n'avons pas proposé d'intervenant, le délai étant dépassé quand nous avons reçu l'invitation.

Tanemmirt, merci pour votre travail.

Ouiza Aït Hamou
Secrétaire générale
Association Asirem pour l'accompagnement des migrants - Tizi-Ouzou
ⴰⵙⵉⵔⴻⵎ
"""
    pdf = rep_pdf("Rapport volontaire - Association Asirem, Tizi-Ouzou", "Examen regional du Pacte mondial 2021",
                  ["Les migrants subsahariens sur les chantiers de la wilaya", "Sante et scolarisation des enfants",
                   "Mediation avec les employeurs", "Recommandations"])
    a = alt(text, "----=_Part_2019447_1650312874.1613382512804", html=yahoo_html(text), b64=False)
    body = multi("mixed", [a, attach("application/pdf", pdf, M21_FILE)], "----=_Part_2019446_880214653.1613382512803")
    m = mk(when, sent_at(when, 1, 6), "sonic317-24.consmr.mail.ir2.yahoo.example.com", "198.51.100.217",
           "4Dg6Wn4KpzL", addr("Ouiza Aït Hamou", "ouiza.aithamou@yahoo.example.fr", enc="Q"), subj,
           "<1613382512804.2019448@mail.yahoo.example.com>", body, extra=[("X-Mailer", YAHOO)])
    add(21, when, m, dict(category="voluntary_report", language="fr", acknowledge=True, on_time=True,
        report_attachments=[M21_FILE],
        notes="Kabyle association's report (PDF, accented file name, RFC 2231 + RFC 2047). Kabyle words ('Azul', "
              "'Tanemmirt', 'tamaziɣt' with the Latin letter ɣ) and a Tifinagh signature line; a Tamazight summary "
              "is announced, not attached. 'Nous n'avons pas proposé d'intervenant' mentions speakers only to say "
              "there are none: no speaker request. Yahoo, Date UTC+1."))


# ================================================================ 22  AR  report  Bekaa initiative of Deaf refugees, 23:50 on the last evening
M22_FILE = "تقرير مبادرة كفوف - الاتفاق العالمي للهجرة 2021.pdf"


def m22():
    when = at("2021-02-16 23:50:21")
    subj = "التقرير الطوعي - مبادرة كفوف للصم اللاجئين"
    text = """مسا الخير،

بعتذر عالتأخير، هلق خلصنا المراجعة الأخيرة.

مرفق التقرير الطوعي لمبادرة كفوف للصم اللاجئين في البقاع حول تطبيق الاتفاق العالمي من أجل الهجرة، بصيغة PDF.

بالتقرير حكينا عن الصم السوريين بالمخيمات غير الرسمية ببر الياس وسعدنايل، وكيف ما في ولا معلومة عن الإقامة أو التسجيل أو اللقاح بلغة الإشارة، وعن الولاد الصم اللي ما عم يروحوا عالمدرسة.

كمان عملنا ملخص للتقرير بلغة الإشارة (فيديو 8 دقايق) عاليوتيوب: https://youtube.example.com/watch?v=kfouf-gcm-2021

مع الشكر،
غنى الأحمد
منسقة المبادرة
مبادرة كفوف للصم اللاجئين - البقاع
Kfouf Initiative for Deaf Refugees - Bekaa
"""
    pdf = rep_pdf("Voluntary GCM review report (Arabic)", "Kfouf Initiative for Deaf Refugees - Bekaa",
                  ["Deaf Syrian refugees in informal settlements (Bar Elias, Saadnayel)",
                   "No information in sign language: residency, registration, vaccination",
                   "Deaf children out of school", "Recommendations"])
    a = alt(text, "000000000000b91f6d05bb7e3a24", html=gmail_html(text, rtl=True), b64=True)
    body = multi("mixed", [a, attach("application/pdf", pdf, M22_FILE)], "000000000000b91f6f05bb7e3a26")
    m = mk(when, sent_at(when, 2, 5), "mail-wm1-f47.google.example.com", "192.0.2.147", "4DgX2Hs8RtzM",
           addr("غنى الأحمد", "kfouf.bekaa@gmail.example.com"), hdr(subj),
           "<CAG5wR1nT8kV3xM+p6Lz9Hd2sY4cF7eJb1r@mail.gmail.example.com>", body)
    add(22, when, m, dict(category="voluntary_report", language="ar", acknowledge=True, on_time=True,
        report_attachments=[M22_FILE],
        notes="deadline edge: received 23:50 Beirut on Tuesday 16 February, on time, with an apology for the "
              "delay ('بعتذر عالتأخير'). Levantine colloquial ('هلق', 'حكينا', 'عم يروحوا'); Arabic PDF name "
              "with spaces and a year (RFC 2231 + RFC 2047); the sign-language summary is a YouTube link, not a "
              "file. Signed by the coordinator with the initiative's English name, no speaker proposed. Gmail, "
              "base64."))


# ================================================================ 23  EN  report  late: a Kuwait group replies to our reminder with its report (iPhone)
M23_FILE = "Insight Circle GCM report.pdf"


def m23():
    when = at("2021-02-17 09:12:44")
    t1 = """Dear team,

Please find attached our report.
"""
    t2 = """
Apologies that it is one day late - the accessible version for our blind members took longer than planned, and we wanted them to read it before sending.

Joachim D'Souza
Volunteer Coordinator
Insight Circle - Visually Impaired Migrant Workers, Kuwait

Sent from my iPhone

On 8 Feb 2021, at 10:01, GCM Regional Review Arab States <gcmrrarabstates@iom.int> wrote:

""" + gt("""Dear partners,

This is a kind reminder that voluntary GCM review reports (individual or collective) are due by Tuesday 16 February 2021 (extended deadline), 23:59 Beirut time. Please send them to this address as a PDF or Word attachment.

Regional Review of the Global Compact for Migration - Arab States""") + "\n"
    pdf = rep_pdf("Voluntary GCM review report", "Insight Circle - Visually Impaired Migrant Workers, Kuwait",
                  ["Who we are: blind and low-vision migrant workers", "Losing sight at work: injuries and diabetes",
                   "Residency renewal and medical fitness tests", "Recommendations"])
    body = multi("mixed", [leaf("text/plain", t1, "us-ascii", "7bit"),
                           attach("application/pdf", pdf, M23_FILE, inline=True),
                           leaf("text/plain", t2, "utf-8", "quoted-printable")],
                 "Apple-Mail-4B7E2C19-8D3A-4F61-A05C-9E1D7B3F2A68")
    m = mk(when, sent_at(when, 3, 9), "mr85p00im-zteg06022001.me.example.com", "198.51.100.189", "4DhM5Pt9WczN",
           "Joachim D'Souza <joachim.dsouza.kw@icloud.example.com>", "Re: " + REMINDER_EN_SUBJ,
           "<9A2F6E13-B47C-4D58-8E01-3C7B5A9D2F46@icloud.example.com>", body,
           extra=[("In-Reply-To", REMINDER_EN), ("References", REMINDER_EN), ("X-Mailer", IPHONE)])
    add(23, when, m, dict(category="voluntary_report", language="en", acknowledge=True, on_time=False,
        report_attachments=[M23_FILE],
        notes="late report (Wednesday 17 February, 09:12 Beirut) sent as an iPhone reply to the secretariat's "
              "reminder: the subject is 'Re: Reminder: ... due on Tuesday 16 February' and the quoted reminder "
              "states the deadline, but the message itself is the submission. iPhone layout multipart/mixed [text, "
              "inline PDF, text] (the PDF with Content-Disposition inline is the report; file name with spaces). "
              "In-Reply-To names the reminder, not a labelled message: thread_of null. Date UTC+3."))


# ================================================================ 24  FR  other  an Amazigh conference interpreter offers her services (CV attached)
M24_CV = "CV_Nadia_Aït_Oufkir_interprète.pdf"


def m24():
    when = at("2021-02-19 10:30:05")
    subj = "Proposition de services - interprétation tamazight / arabe / français (24-25 février)"
    text = """Madame, Monsieur,

Interprète de conférence indépendante basée à Agadir, je travaille entre l'arabe, le français et l'anglais, ainsi que depuis et vers le tamazight (tachelhit et tarifit).

Une collègue du milieu associatif de Tiznit m'a indiqué que certaines personnes proposées pour les tables rondes souhaitaient s'exprimer en amazighe. Si le secrétariat n'a pas encore prévu d'interprétation pour ces interventions, je serais heureuse de proposer mes services, à distance (Zoom, Interprefy, KUDO) ou sur place.

Vous trouverez mon CV en pièce jointe.

Je reste à votre disposition pour tout renseignement.

Bien cordialement,

Nadia Aït Oufkir
Interprète de conférence - AR / FR / EN / tamazight
ⵏⴰⴷⵢⴰ ⴰⵢⵜ ⵓⴼⴽⵉⵔ
Agadir - Maroc
+212 6 61 00 00 00
"""
    cv = make_pdf(["Nadia Ait Oufkir - Conference interpreter", "Arabic (A), French (B), English (C), Tamazight (A)",
                   "Freelance since 2012, Agadir", "Remote simultaneous interpretation: Zoom, Interprefy, KUDO"])
    a = alt(text, "Apple-Mail=_7E3A1D94-2B6C-4F85-9A0E-5C8D1B7F3E26", html=apple_html(text))
    body = multi("mixed", [a, attach("application/pdf", cv, M24_CV)], "Apple-Mail=_1C9F5B27-8E4D-4A30-B6E2-0D7A3F9C5B81")
    m = mk(when, sent_at(when, 1, 7), "mail-ej1-f45.google.example.com", "192.0.2.45", "4DkB8Vr2LnzP",
           addr("Nadia Aït Oufkir", "nadia.aitoufkir.interpretation@gmail.example.com", enc="Q"), hdr(subj, enc="Q"),
           "<E4B7A2C9-1F6D-4E38-9B05-A3C8D2F7E160@gmail.example.com>", body, extra=[("X-Mailer", APPLE)])
    add(24, when, m, dict(category="other", language="fr", acknowledge=True, on_time=None,
        notes="a freelance conference interpreter offers to interpret Tamazight for speakers at the roundtables; "
              "she proposes services, not herself as a speaker, and nominates nobody (she alludes to the Tiznit "
              "request of h248-03 without naming it; no thread). The attached PDF is her CV, not a report. Her name "
              "in Latin script and Tifinagh in the signature. Apple Mail, Date UTC+1."))


def main():
    for f in (m01, m02, m03, m04, m05, m06, m07, m08, m09, m10, m11, m12, m13, m14, m15, m16, m17, m18, m19,
              m20, m21, m22, m23, m24):
        f()
    SET.write()


if __name__ == "__main__":
    main()
