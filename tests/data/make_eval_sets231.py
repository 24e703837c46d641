#!/usr/bin/env python3
"""Write the blind evaluation set holdout231 (24 raw .eml messages + labels.json).

Deterministic, standard library only:  python3 tests/data/make_eval_sets231.py
Theme: the Arab League's southern and western edges (1-17 February 2021).  Djibouti, the Comoros (Moroni,
Mutsamudu, Mohéli), Somalia and Somaliland (Mogadishu/Xamar, Hargeisa, Bosaso), Mauritania (Nouakchott, Kiffa,
Guidimakha), Sudan (Khartoum, Kassala, Omdurman) and southern Libya (Sabha, Murzuq).  A fisheries cooperative, a
women's savings group, a returnees' association, a Comorian diaspora federation in Paris, two local councils and
a university laboratory in Nouakchott; speakers named with patronymic chains ('ولد'/'بنت', Somali and Sudanese
chains) and nicknames ('Dheere', 'dit « Sidjou »', 'Tiko'); short mails written on phones; French from Djibouti
and the Comoros, Arabic from Mauritania (Hassaniya touches), Sudan, Libya and Somalia, English from Somali and
Sudanese groups.
Helpers from mailgen.py.
"""
import datetime as dt

from mailgen import (EvalSet, DOCX, addr, alt, at, attach, flowed, gmail_html, hdr, html_only, leaf, make_docx,
                     make_pdf, mk, multi, re_hdr, rep_pdf, rfcdate, sent_at, sp, std_rows, top, esc)
from mailgen import exchange_ooo_rows, outlook_html, outlook_rows as outlook
from mailgen import quote_block as gt, ack_id as ack_mid, logo

SET = EvalSet(231)
add = SET.add
H = "h231-%02d.eml"

TB = "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:78.0) Gecko/20100101 Thunderbird/78.7.1"
IPHONE = "iPhone Mail (18D52)"
YAHOO = "WebService/1.1.17648 YMailNorrin"


def yahoo_html(text, rtl=False):
    d = "rtl" if rtl else "ltr"
    lines = "".join('<div dir="%s" data-setdir="false">%s</div>' % (d, esc(x) if x else "<br>")
                    for x in text.rstrip("\n").split("\n"))
    return ('<html><head></head><body><div class="ydp3c1f2a9byahoo-style-wrap" style="font-family:Helvetica Neue, '
            'Helvetica, Arial, sans-serif;font-size:13px;">%s</div></body></html>\n' % lines)


def android_html(text):
    inner = "<br>".join(esc(x) for x in text.rstrip("\n").split("\n"))
    return ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body>'
            '<div dir="auto">%s</div></body></html>\n' % inner)


# ================================================================ 01  FR  speaker  Comorian fisheries cooperative, phone, details announced for later
M01_ID = "<CAJw7kQ3pN0xVb5-tR2mYc8Lz4eH1sDf9aU@mail.gmail.example.com>"
M01_SUBJ = "COPEM Anjouan - participation conférence"
M01_TEXT = """Bonjour,

Je suis Mmadi Ahamada, secrétaire de la Coopérative des Pêcheurs de Mutsamudu (COPEM) à Anjouan. Nous avons reçu votre invitation par la Direction générale des ressources halieutiques.

Nous voulons que Anli Soilihi Mbaé, un des fondateurs de la coopérative, prenne la parole à la conférence pour parler des jeunes pêcheurs qui partent en kwassa vers Mayotte et des naufrages.

Je suis au port et je n'ai pas tous les papiers sur moi, je vous envoie demain sa fonction exacte et la session qu'il préfère.

Merci
Mmadi
"""


def m01():
    when = at("2021-02-01 09:20:14")
    body = alt(M01_TEXT, "0000000000003e7b1a05ba4b0c19", html=android_html(M01_TEXT))
    m = mk(when, sent_at(when, 3, 6), "mail-yb1-f170.google.example.com", "192.0.2.170", "4DTk3R9fWqz2",
           "Mmadi Ahamada <mmadi.ahamada.copem@gmail.example.com>", hdr(M01_SUBJ, enc="Q"), M01_ID, body)
    add(1, when, m, dict(category="speaker_request", language="fr", acknowledge=True, on_time=True, speakers=[
        sp("Anli Soilihi Mbaé", None, "Coopérative des Pêcheurs de Mutsamudu (COPEM)", [])],
        notes="Comorian fisheries cooperative, short mail typed on a phone at the port (Gmail app, no signature block). "
              "The speaker is named but 'un des fondateurs de la coopérative' is not a title (title null, as "
              "h228-20 'membre actif'), and 'prendre la parole à la conférence' names no role: roles empty (the "
              "sender promises 'la session qu'il préfère' for the next day). The sender (secretary) is not the "
              "speaker. Completed by the reply h231-03."))


# ================================================================ 02  EN  speaker  Somali returnees' association, two speakers, nickname
M02_ID = "<CAF9xW2kT7mQ4vR+b1Nz6Hc3pL8dY0sJe5g@mail.gmail.example.com>"
M02_SUBJ = "Nomination of speakers - HIRRA (Somali returnees)"
M02_QID = "4DTn6W1cXbz5"


def m02():
    when = at("2021-02-01 11:05:37")
    text = """Assalamu alaikum, dear organizers,

We are the Hiil Returnees and Reintegration Association (HIRRA), a community organization in Mogadishu formed in 2017 by young Somalis who came back from Libya, Yemen and Saudi Arabia, many of them after detention or deportation. Today we have more than 600 members in Banadir, Baidoa and Beledweyne. Most of our members left on tahriib (irregular migration) as teenagers.

We are happy to nominate the following people to speak:

1. Abdirahman Mohamed Hassan "Dheere" - Chairperson, HIRRA - floor intervention in Thematic Roundtable 2 (he was himself detained in Tajoura, Libya, in 2016-2017)
2. Faadumo Abdi Nuur - Youth and Women Coordinator, HIRRA - open discussion of the multi-stakeholder consultation on 23 Feb

Please note that Abdirahman is known by everyone as Dheere, you may find this name in our documents and social media.

Best regards,

Ismail Osman Warsame
Programme Officer
Hiil Returnees and Reintegration Association (HIRRA)
KM4, Hodan District, Muqdisho (Xamar), Somalia
+252 61 000 0000
"""
    body = alt(text, "0000000000009a4d2c05ba4c8e31", html=gmail_html(text))
    m = mk(when, sent_at(when, 3, 7), "mail-ej1-f47.google.example.com", "192.0.2.47", M02_QID,
           "Ismail Osman Warsame <ismail.warsame.hirra@gmail.example.com>", M02_SUBJ, M02_ID, body)
    add(2, when, m, dict(category="speaker_request", language="en", acknowledge=True, on_time=True, speakers=[
        sp("Abdirahman Mohamed Hassan", "Chairperson", "Hiil Returnees and Reintegration Association (HIRRA)",
           ["roundtable"], 2),
        sp("Faadumo Abdi Nuur", "Youth and Women Coordinator", "Hiil Returnees and Reintegration Association (HIRRA)",
           ["open_discussion"])],
        notes="returnees' association in Mogadishu; two speakers on numbered ' - '-separated lines giving the "
              "organisation only as 'HIRRA' (recorded in the fullest form written, first paragraph and signature). "
              "Somali patronymic chains kept whole; the nickname '\"Dheere\"' written after the first name is not part "
              "of the name (decision: a registration uses the name, the nickname is explained as what people call "
              "him). 'Hodan District' and 'Xamar' in the signature are places (Hodan is a Mogadishu district, Xamar "
              "the Somali name of the city), not people. Followed up by h231-15."))


# ================================================================ 03  FR  speaker  COPEM completes the details of 01 (Gmail reply)
def m03():
    when = at("2021-02-02 08:42:09")
    text = """Bonjour,

Comme promis voici les informations pour notre intervenant :

Nom : Anli Soilihi Mbaé (au port tout le monde l'appelle Fundi Anli)
Fonction : Président du conseil d'administration de la COPEM
Organisation : Coopérative des Pêcheurs de Mutsamudu (COPEM), Anjouan - Union des Comores
Intervention souhaitée : table ronde thématique n°3
Tél / WhatsApp : +269 300 00 00

Il parle shikomori et français, il ne parle pas anglais.

Cordialement
Mmadi Ahamada
Secrétaire de la COPEM

Le lun. 1 févr. 2021 à 10:20, Mmadi Ahamada <mmadi.ahamada.copem@gmail.example.com> a écrit :

""" + gt(M01_TEXT) + "\n"
    body = alt(text, "000000000000c81f4e05ba5d2b77", html=android_html(text))
    m = mk(when, sent_at(when, 3, 5), "mail-yb1-f170.google.example.com", "192.0.2.170", "4DVB1s7NhKz3",
           "Mmadi Ahamada <mmadi.ahamada.copem@gmail.example.com>", hdr("Re: " + M01_SUBJ, enc="Q"),
           "<CAJw7kQ5sV2mHt8-pL0xYb3Nc6eR9wDf1qK@mail.gmail.example.com>", body,
           extra=[("In-Reply-To", M01_ID), ("References", M01_ID)])
    add(3, when, m, dict(category="speaker_request", language="fr", acknowledge=True, on_time=True, speakers=[
        sp("Anli Soilihi Mbaé", "Président du conseil d'administration",
           "Coopérative des Pêcheurs de Mutsamudu (COPEM)", ["roundtable"], 3)],
        thread_of=H % 1,
        notes="Gmail reply to the sender's own h231-01 (In-Reply-To) completing the title and the role; the nickname "
              "in brackets ('Fundi Anli', 'fundi' = master) is not part of the name; title written as 'Président du "
              "conseil d'administration de la COPEM', recorded without the trailing 'de la COPEM'; ', Anjouan - "
              "Union des Comores' after the organisation is the place; the language remark is not a request."))


# ================================================================ 04  AR  speaker  Nouakchott university lab: Arabic body, speaker details in French
def m04():
    when = at("2021-02-02 13:16:51")
    subj = "مشاركة مختبر LEMES بجامعة نواكشوط العصرية في الاستعراض الإقليمي"
    text = """بسم الله الرحمن الرحيم

السادة أمانة الاستعراض الإقليمي للاتفاق العالمي من أجل الهجرة الآمنة والمنظمة والنظامية،
تحية طيبة وبعد،

يتشرف مختبر الدراسات حول الهجرة والمجال والمجتمع بجامعة نواكشوط العصرية بإبلاغكم برغبته في المساهمة في أعمال الاستعراض الإقليمي. ويشتغل المختبر منذ سنة 2014 على الهجرة العابرة عبر نواذيبو نحو جزر الكناري، وعلى العمالة الوافدة من دول غرب إفريقيا إلى موريتانيا، وعلى هجرة الموريتانيين نحو دول الخليج وأوروبا وإفريقيا الوسطى.

ونقترح أن يتولى أحد أساتذة المختبر دور المقرر الذي يعرض الرسائل الرئيسية لأصحاب المصلحة. وتجدون أدناه بياناته بالفرنسية كما نرجو أن تظهر في الوثائق الرسمية:

Nom et prénom : Pr Mohamed El Moctar Ould Sidi Mohamed Ould Ebnou
Fonction : Professeur de géographie humaine, directeur du laboratoire
Établissement : Laboratoire d'Études sur les Migrations, les Espaces et les Sociétés (LEMES), Université de Nouakchott Al Aasriya
Rôle souhaité : rapporteur (messages clés des parties prenantes)
Courriel : m.ebnou@una.example.mr

وتفضلوا بقبول فائق التقدير والاحترام.

د. مريم بنت أحمدو ولد الطالب
منسقة البحوث
مختبر الدراسات حول الهجرة والمجال والمجتمع
جامعة نواكشوط العصرية
"""
    a = alt(text, "_000_PR2P264MB0415D3A9C7E1B280_", html=outlook_html(text, lang="AR-SA", rtl=True), b64=True)
    m = mk(when, sent_at(when, 0, 8), "mail-pr2fra01on0611.outbound.protection.outlook.example.com",
           "198.51.100.111", "4DVRk02TmJz9", addr("Mariem Mint Ahmedou", "mariem.ahmedou@una.example.mr"),
           hdr(subj), "<PR2P264MB0415D3A9C7E1B280@PR2P264MB0415.FRAP264.PROD.OUTLOOK.example.com>", a,
           extra=outlook(hdr(subj), "AdcJ3mQw7Rt1Yu5Io9Pa2Sd4Fg6Hj8Kl==", lang="fr-FR"))
    add(4, when, m, dict(category="speaker_request", language="ar", acknowledge=True, on_time=True, speakers=[
        sp("Mohamed El Moctar Ould Sidi Mohamed Ould Ebnou", "Professeur de géographie humaine, directeur du laboratoire",
           "Laboratoire d'Études sur les Migrations, les Espaces et les Sociétés (LEMES), Université de Nouakchott Al Aasriya",
           ["rapporteur"])],
        notes="university laboratory in Nouakchott: formal Arabic body, the speaker's details in a French labelled "
              "block ('بياناته بالفرنسية'): acknowledge in Arabic (the sender's language), label values as written in "
              "the block (as dev 022 takes the signature's language). 'Pr' dropped; the two-'Ould' patronymic chain "
              "kept whole; the whole 'Établissement' line (lab with acronym plus its university) is the affiliation, "
              "as dev 011. Outlook with Content-Language fr-FR although the body is Arabic; Date in UTC+0; the sender "
              "(research coordinator, 'د.', 'بنت' chain) is not the speaker."))


# ================================================================ 05  EN  speaker  Hargeisa Local Council (Somaliland), Outlook with logo, Cc the speaker
M05_ID = "<AM7PR02MB5829B1E4C7D2F036@AM7PR02MB5829.eurprd02.prod.outlook.example.com>"
M05_SUBJ = "Hargeisa Local Council - request for plenary intervention"
M05_QID = "4DW2yH5pLcz8"


def m05():
    when = at("2021-02-03 10:30:22")
    text = """Dear Colleagues,

Greetings from Hargeisa.

The Hargeisa Local Council welcomes the invitation of the Regional UN Network on Migration to take part in the Regional Review of the Global Compact for Migration. As the municipality of the largest city in Somaliland, we receive every month hundreds of migrants from Ethiopia travelling along the Eastern Route towards Berbera, Bosaso and Yemen, as well as returnees from Libya, Yemen and the Gulf, and families displaced by drought settling in the IDP settlements around the city.

We would like to request a floor intervention in a plenary session of the Conference on 24-25 February for Councillor Kaltun Ismail Jama, Chairperson of the Social Affairs and Migration Committee of the Hargeisa Local Council. Councillor Kaltun has led the council's work on the registration of newly arrived migrants and the referral of returnees to health and education services since 2019. She is copied on this email.

We look forward to hearing from you.

Best regards,

Abdikarim Yusuf Egal
Director of Planning and External Relations
Hargeisa Local Council (Golaha Deegaanka Hargeysa)
Hargeisa, Somaliland
Tel: +252 63 000 0000
"""
    cid = "image001.png@01D6FA0B.5C2E8D10"
    rel = multi("related", [leaf("text/html", outlook_html(text, lang="EN-GB", img_cid=cid)),
                            logo(cid, (20, 110, 60))], "_004_AM7PR02MB5829B1E4C7D2F036_",
                params=[("type", '"text/html"')])
    body = multi("alternative", [leaf("text/plain", text), rel], "_000_AM7PR02MB5829B1E4C7D2F036_")
    m = mk(when, sent_at(when, 3, 7), "mail-am7eur02on0631.outbound.protection.outlook.example.com", "198.51.100.131",
           M05_QID, "Abdikarim Yusuf Egal <a.egal@hargeisa-council.example.org>", M05_SUBJ, M05_ID, body,
           cc="Kaltun Ismail Jama <k.jama@hargeisa-council.example.org>",
           extra=outlook(M05_SUBJ, "AdcKa1Qs3We5Rt7Yu9Io2Pa4Sd6Fg8Hj==", lang="en-GB"))
    add(5, when, m, dict(category="speaker_request", language="en", acknowledge=True, on_time=True, speakers=[
        sp("Kaltun Ismail Jama", "Chairperson of the Social Affairs and Migration Committee", "Hargeisa Local Council",
           ["plenary"])],
        notes="local council (Somaliland municipality); the speaker is named in prose with the form of address "
              "'Councillor' (dropped, like 'Hon.'); title recorded without the trailing 'of the Hargeisa Local "
              "Council'; the signature adds the council's Somali name in brackets, a translation and not an acronym, "
              "so the affiliation is the English name used in the request. The sender is not the speaker; the "
              "speaker is in Cc and her out-of-office answers our acknowledgement (h231-06). Outlook related part "
              "with an inline logo; Date in UTC+3."))


# ================================================================ 06  EN  auto_reply  the Cc'd speaker's out-of-office on our acknowledgement of 05
def m06():
    when = at("2021-02-03 10:31:40")
    ack = ack_mid(M05_QID)
    text = """Thank you for your message.

I am attending the council's field mission to the IDP settlements and will be back in the office on Tuesday 9 February 2021. I will have limited access to email.

For urgent matters please contact the Council Secretariat at info@hargeisa-council.example.org.

Kaltun Ismail Jama
Hargeisa Local Council
"""
    body = alt(text, "_000_AM7PR02MB5829OOF01D6FA0B_")
    rows = exchange_ooo_rows(when, "mail-am7eur02on0631.outbound.protection.outlook.example.com",
                             "198.51.100.131", "4DW2zB8rQmz1",
                             "Kaltun Ismail Jama <k.jama@hargeisa-council.example.org>",
                             "<AM7PR02MB5829OOF7C4E1A9B2@AM7PR02MB5829.eurprd02.prod.outlook.example.com>",
                             M05_SUBJ, M05_ID, ack, "en-GB", (3, 2))
    add(6, when, top(body, rows), dict(category="auto_reply", language="en", acknowledge=False, on_time=None,
        notes="Exchange out-of-office of the speaker in Cc of h231-05, answering our acknowledgement a minute later "
              "(References also name h231-05); it names a person and an organisation like a signature. Never "
              "acknowledge; thread_of null as for dev auto-replies."))


# ================================================================ 07  AR  speaker  Murzuq municipal council (southern Libya), Gmail
def m07():
    when = at("2021-02-03 12:45:05")
    subj = "طلب مشاركة المجلس البلدي مرزق في الاستعراض الإقليمي للاتفاق العالمي للهجرة"
    text = """السادة/ أمانة الاستعراض الإقليمي للاتفاق العالمي من أجل الهجرة الآمنة والمنظمة والنظامية     المحترمين

تحية طيبة وبعد،

بالإشارة إلى دعوتكم الكريمة للمشاركة في الاستعراض الإقليمي، يسر المجلس البلدي مرزق أن يبدي رغبته في المشاركة، نظراً لموقع البلدية على طرق العبور القادمة من النيجر وتشاد، وما تعانيه من آثار نزوح آلاف الأسر منذ أحداث أغسطس 2019، في ظل ضعف الخدمات الصحية وانقطاع الطرق وغياب التمويل.

ونقترح أن يمثل البلدية في المائدة المستديرة المواضيعية الرابعة السيد عيسى آدم حقار، عضو المجلس البلدي ومسؤول ملف الهجرة والنازحين.

وتفضلوا بقبول فائق الاحترام،

مكتب عميد البلدية
المجلس البلدي مرزق
مرزق - ليبيا
"""
    body = alt(text, "000000000000b6e2f905ba6a1d48", html=gmail_html(text, rtl=True), b64=True)
    m = mk(when, sent_at(when, 2, 6), "mail-wm1-f54.google.example.com", "192.0.2.154", "4DW7Gc3VsRz4",
           addr("Baladiyat Murzuq", "murzuq.municipality@gmail.example.com"), hdr(subj),
           "<CAGm3tR8wQ1zN5xK+v7Pb2Lc9dY4hFs0eJ6@mail.gmail.example.com>", body)
    add(7, when, m, dict(category="speaker_request", language="ar", acknowledge=True, on_time=True, speakers=[
        sp("عيسى آدم حقار", "عضو المجلس البلدي ومسؤول ملف الهجرة والنازحين", "المجلس البلدي مرزق", ["roundtable"], 4)],
        notes="local council in southern Libya, formal Arabic; speaker in prose with 'السيد' (as 'Mr.', dropped), "
              "double title kept whole ('عضو المجلس البلدي' is his title, not the affiliation); roundtable as an "
              "ordinal word ('الرابعة'); signed by the mayor's office, no personal signer; Latin-script From name; "
              "Date in UTC+2."))


# ================================================================ 08  FR  both  Djibouti association in Obock: PDF report + speaker, Outlook
M08_FILE = "Rapport_ADAMO_examen_regional_PMM_2021.pdf"


def m08():
    when = at("2021-02-03 16:05:44")
    subj = "ADAMO - Rapport volontaire PMM et demande d'intervention (table ronde 4)"
    text = """Madame, Monsieur,

L'Association Djiboutienne d'Aide aux Migrants d'Obock (ADAMO) vous remercie pour votre invitation et vous transmet ci-joint son rapport volontaire dans le cadre de l'examen régional du Pacte mondial pour des migrations sûres, ordonnées et régulières.

Le rapport rend compte de notre travail auprès des migrants éthiopiens qui traversent à pied la région d'Obock pour rejoindre les côtes du Yémen, et de ceux qui en reviennent, souvent blessés ou malades : accueil, eau, premiers soins, et orientation vers le Centre d'orientation et d'assistance aux migrants d'Obock.

Par ailleurs, nous souhaiterions que notre coordinatrice de terrain à Obock, Mme Hasna Moussa Robleh, puisse intervenir lors de la table ronde thématique n° 4 de la Conférence. Elle est sur le terrain depuis 2015 et connaît personnellement la plupart des passeurs et des chefs de village de la côte.

Veuillez agréer, Madame, Monsieur, l'expression de nos salutations distinguées.

Abdoulkader Houmed Ali
Président
Association Djiboutienne d'Aide aux Migrants d'Obock (ADAMO)
Quartier 2, Obock - République de Djibouti
Tél. : +253 77 00 00 00
"""
    pdf = rep_pdf("Rapport volontaire - Examen regional du PMM",
                  "Association Djiboutienne d'Aide aux Migrants d'Obock (ADAMO)",
                  ["La route de l'Est : Ethiopie - Djibouti - Yemen", "Accueil et premiers soins a Obock",
                   "Retours depuis le Yemen", "Objectifs 7 et 8 du Pacte", "Recommandations"])
    a = alt(text, "_000_MR2P264MB0933A7C1E5D9F24B_", html=outlook_html(text, lang="FR"))
    body = multi("mixed", [a, attach("application/pdf", pdf, M08_FILE)], "_004_MR2P264MB0933A7C1E5D9F24B_")
    m = mk(when, sent_at(when, 3, 9), "mail-mr2fra01on0605.outbound.protection.outlook.example.com",
           "198.51.100.105", "4DWBt46JkPz7", "Abdoulkader Houmed Ali <president@adamo-djibouti.example.org>",
           hdr(subj, enc="Q"), "<MR2P264MB0933A7C1E5D9F24B@MR2P264MB0933.FRAP264.PROD.OUTLOOK.example.com>", body,
           extra=outlook(hdr(subj, enc="Q"), "AdcKe2Rt4Yu6Io8Pa0Sd1Fg3Hj5Kl7Zx==", lang="fr-FR", has_attach="yes"))
    add(8, when, m, dict(category="both", language="fr", acknowledge=True, on_time=True, speakers=[
        sp("Hasna Moussa Robleh", "coordinatrice de terrain",
           "Association Djiboutienne d'Aide aux Migrants d'Obock (ADAMO)", ["roundtable"], 4)],
        report_attachments=[M08_FILE],
        notes="both, on time (3 February); Djibouti association on the route to Yemen; speaker in prose ('notre "
              "coordinatrice de terrain à Obock, Mme Hasna Moussa Robleh'): 'Mme' dropped, 'à Obock' is where she "
              "works (not part of the title), affiliation by reference to the association named first; 'table "
              "ronde thématique n° 4'. The sender (president) is not the speaker. Outlook, Date in UTC+3."))


# ================================================================ 09  AR  speaker  Mauritanian youth association, Hassaniya, iPhone, ولد chain + nickname
def m09():
    when = at("2021-02-04 09:12:30")
    subj = "مشاركة"
    text = """السلام عليكم
اشحالكم لاباس إن شاء الله

آن محمدن ولد اباه من رابطة شباب لعصابة للتنمية والتضامن في كيفه. الشباب الي عندنا گاع امشاو لأنغولا والغابون والكونغو وشي منهم امش لإسبانيا، وابغين نتكلمو عل الموضوع.

لاهي نرسلو واحد يشارك ف النقاش المفتوح يوم 23 فبراير:
سيد أحمد ولد محمد فال ولد اعلي، المشهور بـ"الداه"، وهو الأمين العام عندنا

شكرا وبارك الله فيكم
محمدن

أُرسلت من الـ iPhone
"""
    body = leaf("text/plain", text, "utf-8", "base64")
    m = mk(when, sent_at(when, 0, 11), "mr85p00im-ztdg06021101.me.example.com", "198.51.100.186", "4DWq9Xb1HtZ6",
           addr("Mohamedne Ould Abbah", "mohamedne.abbah@icloud.example.com"), hdr(subj),
           "<5B1E9C3A-2F7D-4A6B-8E0C-9D3F1A7B2C48@icloud.example.com>", body, extra=[("X-Mailer", IPHONE)])
    add(9, when, m, dict(category="speaker_request", language="ar", acknowledge=True, on_time=True, speakers=[
        sp("سيد أحمد ولد محمد فال ولد اعلي", "الأمين العام", "رابطة شباب لعصابة للتنمية والتضامن",
           ["open_discussion"])],
        notes="short mail typed on an iPhone in Hassaniya ('اشحالكم', 'آن', 'گاع', 'امشاو', 'لاهي نرسلو'), one-word "
              "subject, base64 plain text only; the speaker's name is a 'ولد' chain kept whole, followed by his "
              "nickname ('المشهور بـ\"الداه\"', not part of the name); 'وهو الأمين العام عندنا' gives the title "
              "without the organisation; 'في كيفه' after the association is the town; 'النقاش المفتوح يوم 23 "
              "فبراير' is the open discussion. The sender (Latin-script From name) is not the speaker."))


# ================================================================ 10  FR  speaker  Moroni youth collective, Yahoo, 'dit « Sidjou »', rapporteur
def m10():
    when = at("2021-02-04 11:40:18")
    subj = "Proposition de rapporteur - CNJM Moroni"
    text = """Bonjour Madame, Monsieur,

Le Collectif Ngazidja Jeunesse et Mobilité (CNJM) de Moroni a l'honneur de vous proposer un intervenant pour l'examen régional du Pacte mondial sur les migrations.

Il s'agit de M. Said Omar Said Hassane, dit « Sidjou », notre chargé de plaidoyer. Nous souhaiterions qu'il soit rapporteur, pour restituer les messages clés des parties prenantes : il a animé en janvier les consultations de jeunes à Moroni, Mitsamiouli et Foumbouni sur les départs vers Mayotte, Madagascar et la France, et il en a tiré une synthèse que nous pourrons partager.

Nous restons à votre disposition pour toute information.

Cordialement,

Zalhata Ahamada
Présidente du CNJM
Moroni, Union des Comores
Tél. : +269 300 00 00
"""
    body = alt(text, "----=_Part_418207_1187620394.1612431613112", html=yahoo_html(text))
    m = mk(when, sent_at(when, 3, 5), "sonic302-19.consmr.mail.ir2.yahoo.example.com", "198.51.100.202",
           "4DWw5Lk8RsZ0", "Zalhata Ahamada <zalhata_ahamada@yahoo.example.fr>", subj,
           "<1612431613112.418208@mail.yahoo.example.com>", body, extra=[("X-Mailer", YAHOO)])
    add(10, when, m, dict(category="speaker_request", language="fr", acknowledge=True, on_time=True, speakers=[
        sp("Said Omar Said Hassane", "chargé de plaidoyer", "Collectif Ngazidja Jeunesse et Mobilité (CNJM)",
           ["rapporteur"])],
        notes="Comorian youth collective, Yahoo webmail; speaker in prose with 'M.' (dropped) and the nickname 'dit "
              "« Sidjou »' (not part of the name); Comorian name chain kept whole; 'de Moroni' after the acronym is "
              "the place; the sender (president) is not the speaker; the synthesis offered for later is not a "
              "report."))


# ================================================================ 11  EN  both  Sudanese organisation: PDF report + speaker, bio DOCX decoy, Outlook
M11_FILE = "NHOSM_GCM_Voluntary_Review_Report_2021.pdf"
M11_BIO = "Bio - Dr Mawahib Elsheikh.docx"


def m11():
    when = at("2021-02-04 14:25:03")
    subj = "NHOSM - Voluntary GCM review report and speaker nomination"
    text = """Dear Sir/Madam,

On behalf of Nile Hope Organization for Safe Migration (NHOSM), Khartoum, I am pleased to submit our voluntary GCM review report (attached) and to nominate a speaker for the Regional Review Conference.

Our report covers Sudanese youth leaving Darfur and Kordofan for Libya through Kufra, Eritrean and Ethiopian refugees moving from Kassala and Gedaref to Khartoum and onwards, and Sudanese returning from Libya since 2019. It includes recommendations on GCM Objectives 9 and 10 (smuggling and trafficking) and 21 (return and reintegration).

Speaker details:
Name: Dr. Mawahib Abdelrahman Elsheikh Ibrahim
Title: Programme Director
Organization: Nile Hope Organization for Safe Migration (NHOSM)
Role: floor intervention in Thematic Roundtable 1

A short bio of Dr. Mawahib is also attached in case it is useful.

Best regards,

Yasir Babiker Hamid
Executive Director
NHOSM
Amarat, Street 15, Khartoum - Sudan
"""
    pdf = rep_pdf("Voluntary GCM Review Report", "Nile Hope Organization for Safe Migration (NHOSM)",
                  ["Routes from Darfur and Kordofan to Libya", "Refugees moving from Kassala and Gedaref",
                   "Objectives 9 and 10: smuggling and trafficking", "Objective 21: returnees from Libya",
                   "Recommendations"])
    bio = make_docx(["Dr. Mawahib Abdelrahman Elsheikh Ibrahim - short bio",
                     "Programme Director, NHOSM, since 2018", "PhD in Social Anthropology, University of Khartoum"])
    a = alt(text, "_000_AS8PR10MB6204C3E7A1D5B962_", html=outlook_html(text))
    body = multi("mixed", [a, attach("application/pdf", pdf, M11_FILE), attach(DOCX, bio, M11_BIO)],
                 "_004_AS8PR10MB6204C3E7A1D5B962_")
    m = mk(when, sent_at(when, 2, 8), "mail-as8eur10on0618.outbound.protection.outlook.example.com",
           "198.51.100.118", "4DX0Jd2QwTz5", "Yasir Babiker Hamid <ed@nhosm.example.org>", subj,
           "<AS8PR10MB6204C3E7A1D5B962@AS8PR10MB6204.EURPRD10.PROD.OUTLOOK.example.com>", body,
           extra=outlook(subj, "AdcKr5Ty7Ui9Op1As3Df5Gh7Jk9Lz1Xc==", has_attach="yes"))
    add(11, when, m, dict(category="both", language="en", acknowledge=True, on_time=True, speakers=[
        sp("Mawahib Abdelrahman Elsheikh Ibrahim", "Programme Director",
           "Nile Hope Organization for Safe Migration (NHOSM)", ["roundtable"], 1)],
        report_attachments=[M11_FILE],
        notes="both, on time (4 February); Sudanese organisation; labelled speaker block with 'Dr.' (dropped) and a "
              "four-part Sudanese name chain; the speaker's bio DOCX is not part of the report (as dev 020), only "
              "the PDF is listed; the sender (executive director) is not the speaker; Outlook, Date in UTC+2."))


# ================================================================ 12  AR  speaker  Kassala anti-trafficking organisation: two speakers, Gmail
M12_ID = "<CAN4rT7xP2kW9mQ+z5Hb1Lc8vY3dF0sGe6j@mail.gmail.example.com>"
M12_SUBJ = "ترشيح متحدثين - منظمة الشرق لمكافحة الاتجار بالبشر - كسلا"
M12_QID = "4DX5Vn8CkLz2"


def m12():
    when = at("2021-02-04 19:40:57")
    text = """بسم الله الرحمن الرحيم

الإخوة الأفاضل في أمانة الاستعراض الإقليمي للاتفاق العالمي للهجرة
السلام عليكم ورحمة الله وبركاته

نحن منظمة الشرق لمكافحة الاتجار بالبشر وتهريب المهاجرين، منظمة طوعية وطنية مقرها مدينة كسلا، نعمل منذ ٢٠١٢ في ولايات كسلا والقضارف والبحر الأحمر مع ضحايا الاتجار بالبشر من اللاجئين الإريتريين والإثيوبيين، ومع الشباب السوداني المعرض للتهريب عبر الحدود.

نرغب في المشاركة في المؤتمر الإقليمي، ونرشح الآتية أسماؤهم:

١/ الأستاذ محمد طاهر محمد أحمد أوشيك، رئيس المنظمة، للمداخلة في المائدة المستديرة المواضيعية الثانية.
٢/ الأستاذة آمنة أبكر آدم إسحاق، مسؤولة برنامج حماية النساء والأطفال، لتكون مقررة تعرض الرسائل الرئيسية لأصحاب المصلحة.

ولكم جزيل الشكر

عثمان محمد نور
سكرتير العلاقات الخارجية
منظمة الشرق لمكافحة الاتجار بالبشر وتهريب المهاجرين
كسلا - السودان
"""
    body = alt(text, "000000000000e7a3b205ba7c5f92", html=gmail_html(text, rtl=True), b64=True)
    m = mk(when, sent_at(when, 2, 6), "mail-lf1-f66.google.example.com", "192.0.2.66", M12_QID,
           addr("عثمان محمد نور", "osman.nour.eastorg@gmail.example.com"), hdr(M12_SUBJ), M12_ID, body)
    add(12, when, m, dict(category="speaker_request", language="ar", acknowledge=True, on_time=True, speakers=[
        sp("محمد طاهر محمد أحمد أوشيك", "رئيس المنظمة", "منظمة الشرق لمكافحة الاتجار بالبشر وتهريب المهاجرين",
           ["roundtable"], 2),
        sp("آمنة أبكر آدم إسحاق", "مسؤولة برنامج حماية النساء والأطفال",
           "منظمة الشرق لمكافحة الاتجار بالبشر وتهريب المهاجرين", ["rapporteur"])],
        notes="formal Sudanese Arabic from Kassala; two speakers on numbered lines ('١/', '٢/'), name, title and role "
              "comma-separated after 'الأستاذ'/'الأستاذة' (honorifics, dropped); long Sudanese/Beja name chains kept "
              "whole; 'رئيس المنظمة' kept as written (as h228-07 'رئيس الرابطة'); affiliation by reference to the "
              "organisation named in the first paragraph and signature (without '- كسلا'); roundtable as an ordinal "
              "word ('الثانية'). The sender is not a speaker. Thanked in h231-14."))


# ================================================================ 13  FR  other  Mohéli women's federation: interpretation into French?
def m13():
    when = at("2021-02-05 12:02:33")
    subj = "Question sur l'interprétation en français"
    text = """Bonjour,

Je vous écris au nom de la Fédération des Associations Féminines de Mohéli (FAFM), qui regroupe 23 associations de femmes de l'île, dont beaucoup ont un mari ou un fils parti à Mayotte ou à Madagascar.

Avant de décider si nous demandons une prise de parole, j'ai quelques questions pratiques :

1. Les échanges de la consultation du 23 février et de la Conférence seront-ils interprétés en français ? La plupart de nos membres ne comprennent ni l'anglais ni l'arabe.
2. Si notre présidente intervient, pourra-t-elle parler en français (ou en shimwali, avec une interprète que nous fournirions) ?
3. Les documents de la Conférence (programme, notes conceptuelles) seront-ils disponibles en français ?

D'avance merci pour votre réponse rapide, car nous savons que la date limite pour les prises de parole est aujourd'hui.

Cordialement,

Echati Mohamed Chamsidine
Chargée de communication
Fédération des Associations Féminines de Mohéli (FAFM)
Fomboni, Mohéli
"""
    body = alt(text, "000000000000f19a6c05ba8d3e04", html=gmail_html(text))
    m = mk(when, sent_at(when, 3, 6), "mail-wr1-f58.google.example.com", "192.0.2.158", "4DXQw73FpNz8",
           addr("Echati Mohamed Chamsidine", "fafm.moheli@gmail.example.com"), hdr(subj, enc="Q"),
           "<CAK2pV9wR4nX7mT+c1Bz5Hq8sL3dY6fJe0a@mail.gmail.example.com>", body)
    add(13, when, m, dict(category="other", language="fr", acknowledge=True, on_time=None,
        notes="question about interpretation into French (and Shimwali) and French documents, on the speaker "
              "deadline day: the federation considers asking for a speaking role ('notre présidente', unnamed) but "
              "proposes nobody, so not a speaker request; the sender gives her title and organisation in the "
              "signature."))


# ================================================================ 14  AR  other  Sudanese thanks for the acknowledgement of 12
def m14():
    when = at("2021-02-05 21:30:10")
    ack = ack_mid(M12_QID)
    q = """في الخميس، ٤ فبراير ٢٠٢١ في ٧:٤٢ م، كتب GCM Regional Review Arab States <gcmrrarabstates@iom.int>:
""" + gt("""تشكركم أمانة الاستعراض الإقليمي على رسالتكم، وتؤكد استلام طلب المشاركة (متحدثان).
سيتم التواصل معكم بشأن برنامج الجلسات.
الاستعراض الإقليمي للاتفاق العالمي من أجل الهجرة - الدول العربية""")
    text = """شكراً ليكم كتير على التأكيد، وربنا يوفقكم في تنظيم المؤتمر.
الأستاذ محمد طاهر والأستاذة آمنة في انتظار التفاصيل.

عثمان

""" + q + "\n"
    body = alt(text, "000000000000a2d7e905ba9b4f63", html=gmail_html(text, rtl=True), b64=True)
    m = mk(when, sent_at(when, 2, 5), "mail-lf1-f66.google.example.com", "192.0.2.66", "4DXnF15TcWz9",
           addr("عثمان محمد نور", "osman.nour.eastorg@gmail.example.com"),
           re_hdr("Re: ", "إشعار استلام - " + M12_SUBJ),
           "<CAN4rT9mB6vW2kX+q8Lz0Hc5pY1dF7sRe3u@mail.gmail.example.com>", body,
           extra=[("In-Reply-To", ack), ("References", M12_ID + " " + ack)])
    add(14, when, m, dict(category="other", language="ar", acknowledge=False, on_time=None, thread_of=H % 12,
        notes="thank-you in Sudanese colloquial Arabic ('شكراً ليكم كتير') answering our acknowledgement of h231-12 "
              "(References name h231-12): adds nothing new, so no acknowledgement; it names the two speakers again "
              "('الأستاذ محمد طاهر والأستاذة آمنة') without proposing anything."))


# ================================================================ 15  EN  other  HIRRA replies to our acknowledgement of 02 with questions
def m15():
    when = at("2021-02-06 10:15:48")
    ack = ack_mid(M02_QID)
    quoted = """Dear Ismail Osman Warsame,

Thank you for your message "%s". The secretariat confirms receipt of your speaker request (2 speakers). The secretariat will contact you about the programme.

GCM Regional Review - Arab States""" % M02_SUBJ
    text = """Dear GCM team,

Thank you for the confirmation, we are very grateful.

We have two practical questions:
1. Which platform will be used for the roundtable and the consultation (Zoom, Teams)? Dheere will connect from Baidoa where the internet is weak. Can he join by telephone if the video does not work?
2. Faadumo is more comfortable in Somali and Arabic than in English. Is there Arabic interpretation in the open discussion, or should she prepare her remarks in English?

Thanks again,
Ismail

Ismail Osman Warsame
Programme Officer, HIRRA

On Mon, Feb 1, 2021 at 12:06 PM GCM Regional Review Arab States <gcmrrarabstates@iom.int> wrote:

""" + gt(quoted) + "\n"
    body = alt(text, "000000000000d3b8a105baa61c27", html=gmail_html(text))
    m = mk(when, sent_at(when, 3, 6), "mail-ej1-f47.google.example.com", "192.0.2.47", "4DY2Hq6MbVz3",
           "Ismail Osman Warsame <ismail.warsame.hirra@gmail.example.com>",
           "Re: Acknowledgement of receipt - " + M02_SUBJ,
           "<CAF9xW4nP8qT1vM+k3Bz7Hd2pL5cY9sJr0e@mail.gmail.example.com>", body,
           extra=[("In-Reply-To", ack), ("References", M02_ID + " " + ack)])
    add(15, when, m, dict(category="other", language="en", acknowledge=True, on_time=None, thread_of=H % 2,
        notes="reply to our acknowledgement of h231-02 (References name h231-02) with questions (platform, "
              "telephone dial-in, Arabic interpretation): acknowledged, unlike a plain thank-you; the speakers are "
              "mentioned by nickname and first name only, no new request."))


# ================================================================ 16  AR  other  Mogadishu charity: can the report be in Somali?
def m16():
    when = at("2021-02-07 10:10:21")
    subj = "استفسار عن لغة التقرير الطوعي"
    text = """السلام عليكم ورحمة الله وبركاته

الإخوة الكرام في أمانة الاستعراض الإقليمي،

نحن مؤسسة الإحسان للتنمية والإغاثة في مقديشو، الصومال، ونعمل مع الأسر التي فقد أبناؤها في طريق التهريب إلى ليبيا وأوروبا (ما يسمى عندنا "تهريب")، ومع العائدين من اليمن.

نريد أن نقدم تقريراً طوعياً، لكن عندنا سؤالان قبل الإرسال:
١- هل يمكن أن نكتب التقرير باللغة الصومالية مع ملخص باللغة العربية؟ لأن أغلب الباحثين الميدانيين عندنا يكتبون بالصومالية.
٢- هل تقبلون تسجيلات صوتية لشهادات الأمهات مع التقرير؟

وجزاكم الله خيراً

حسن إبراهيم عبدي
مدير البرامج
مؤسسة الإحسان للتنمية والإغاثة
مقديشو - الصومال
"""
    body = alt(text, "----=_Part_502114_903718265.1612685417930", html=yahoo_html(text, rtl=True), b64=True)
    m = mk(when, sent_at(when, 3, 4), "sonic305-22.consmr.mail.ne1.yahoo.example.com", "198.51.100.205",
           "4DYSt81KqFz6", addr("Hassan Ibrahim Abdi", "hassan.abdi.ihsan@yahoo.example.com"), hdr(subj),
           "<1612685417930.502115@mail.yahoo.example.com>", body, extra=[("X-Mailer", YAHOO)])
    add(16, when, m, dict(category="other", language="ar", acknowledge=True, on_time=None,
        notes="questions in Arabic from a Somali charity (report in Somali with an Arabic summary? voice "
              "recordings?): keyword-heavy ('تقريراً طوعياً') but nothing is submitted; Yahoo, base64 parts."))


# ================================================================ 17  EN  speaker  Sudanese youth initiative, late (8 February), nickname
def m17():
    when = at("2021-02-08 16:45:39")
    subj = "Late request - speaker for open discussion (Amal Youth Initiative, Sudan)"
    text = """Hi,

Sorry, we know we are late, the deadline for speakers was 5 Feb. We only saw the invitation yesterday on the Facebook page of a friend who works in Khartoum.

We are Amal Youth Initiative (AYI), a group of volunteers in Omdurman and El Fasher. We do awareness sessions in schools and bus stations about the dangers of smuggling routes to Libya and Egypt, and we support young men who came back.

We would like our volunteer coordinator Mujtaba Hassan Elfaki Ahmed (everyone calls him Tiko) to take part in the open discussion on 23 Feb. He was himself in Libya from 2017 to 2019 and came back with the voluntary return programme, so he can speak from experience.

If it is not possible anymore we understand, but we hope you can give us a chance.

Thanks a lot and sorry again,
Reem Salah Eldin
Amal Youth Initiative
Omdurman, Sudan
"""
    body = alt(text, "00000000000058c1f205bac7d9a0", html=gmail_html(text))
    m = mk(when, sent_at(when, 2, 6), "mail-pl1-f182.google.example.com", "192.0.2.182", "4DYyP06RdGz1",
           "Reem Salah Eldin <reem.salaheldin.ayi@gmail.example.com>", subj,
           "<CAHq8wV3tK6nR1xP+m9Bz4Lc7sY2dF5hJe0@mail.gmail.example.com>", body)
    add(17, when, m, dict(category="speaker_request", language="en", acknowledge=True, on_time=False, speakers=[
        sp("Mujtaba Hassan Elfaki Ahmed", "volunteer coordinator", "Amal Youth Initiative (AYI)",
           ["open_discussion"])],
        notes="the set's one late speaker request (8 February) and it says so; Sudanese youth group; speaker in prose "
              "('our volunteer coordinator Mujtaba Hassan Elfaki Ahmed (everyone calls him Tiko)'): the nickname in "
              "brackets is not part of the name, title as written; the sender is not the speaker."))


# ================================================================ 18  EN  report  Somali women's savings group, iPhone, inline PDF, very short
M18_FILE = "Ayuuto report Xamar women.pdf"


def m18():
    when = at("2021-02-09 07:55:02")
    subj = "report"
    t1 = """Salaan,

Please find our report attached. We are Xamar Women Ayuuto Savings Group, 140 women in Mogadishu saving together every month. Many of us are mothers of boys who went on tahriib.

"""
    t2 = """

Thanks
Hodan

Sent from my iPhone
"""
    pdf = rep_pdf("Voluntary GCM review report", "Xamar Women Ayuuto Savings Group, Mogadishu",
                  ["Who we are: 140 women, monthly ayuuto", "Mothers of young men on tahriib",
                   "Remittances and savings", "Ransom demands from smugglers in Libya", "What we ask"])
    body = multi("mixed", [leaf("text/plain", t1, "utf-8", "7bit"), attach("application/pdf", pdf, M18_FILE,
                                                                            inline=True),
                           leaf("text/plain", t2, "utf-8", "7bit")],
                 "Apple-Mail-7C2E4A19-3B8D-4F60-A1E7-5D9C0B2F8E31")
    m = mk(when, sent_at(when, 3, 10), "mr85p00im-hyfv06011401.me.example.com", "198.51.100.187", "4DZT4v7WxKz0",
           "Hodan Abdullahi <hodan.abdullahi@icloud.example.com>", subj,
           "<A3F19C2E-6D4B-4E8A-B7C0-1E5D9F2A8C63@icloud.example.com>", body, extra=[("X-Mailer", IPHONE)])
    add(18, when, m, dict(category="voluntary_report", language="en", acknowledge=True, on_time=True,
        report_attachments=[M18_FILE],
        notes="women's savings group (ayuuto) in Mogadishu; very short iPhone mail with the one-word subject "
              "'report'; iPhone layout multipart/mixed [text, PDF with Content-Disposition inline, text] (as dev "
              "048): the inline PDF is the report; file name with spaces; signed with the first name only."))


# ================================================================ 19  AR  report  Sabha (Fezzan) human-rights organisation, Arabic PDF name
M19_FILE = "تقرير منظمة فزان - الاستعراض الطوعي للاتفاق العالمي 2021.pdf"


def m19():
    when = at("2021-02-10 13:20:14")
    subj = "التقرير الطوعي لمنظمة فزان للهجرة وحقوق الإنسان"
    text = """السادة/ أمانة الاستعراض الإقليمي للاتفاق العالمي من أجل الهجرة الآمنة والمنظمة والنظامية
تحية طيبة وبعد،

تتقدم منظمة فزان للهجرة وحقوق الإنسان بتقريرها الطوعي حول تنفيذ الاتفاق العالمي في جنوب ليبيا (سبها، أوباري، مرزق، القطرون، غات)، مرفقاً بهذه الرسالة.

يرصد التقرير أوضاع المهاجرين القادمين من النيجر وتشاد والسودان ونيجيريا عبر الصحراء، وظروف الاحتجاز، وحالات الوفاة والفقد في الصحراء، والعمالة الموسمية في المزارع، وأثر إغلاق الحدود بسبب جائحة كورونا، إضافة إلى أوضاع النازحين من مرزق منذ 2019.

نرجو التكرم بتأكيد الاستلام.

مع التحية والتقدير،

أ. عبد السلام الطاهر المهدي
رئيس المنظمة
منظمة فزان للهجرة وحقوق الإنسان
سبها - ليبيا
"""
    pdf = rep_pdf("Voluntary GCM review report (Arabic)", "Fezzan Organisation for Migration and Human Rights",
                  ["Southern Libya: Sabha, Ubari, Murzuq, Qatrun, Ghat", "Routes from Niger, Chad and Sudan",
                   "Detention and deaths in the desert", "COVID-19 border closures", "Recommendations"])
    a = alt(text, "000000000000c4f9d305bb0e2a75", html=gmail_html(text, rtl=True), b64=True)
    body = multi("mixed", [a, attach("application/pdf", pdf, M19_FILE)], "000000000000c4f9d505bb0e2a77")
    m = mk(when, sent_at(when, 2, 9), "mail-wm1-f41.google.example.com", "192.0.2.141", "4DZxC29LnQz4",
           addr("عبد السلام المهدي", "fezzan.migration.hr@gmail.example.com"), hdr(subj),
           "<CAJd5sW8mR2vK7xN+p4Tz1Bc6hL9eY0gF3q@mail.gmail.example.com>", body)
    add(19, when, m, dict(category="voluntary_report", language="ar", acknowledge=True, on_time=True,
        report_attachments=[M19_FILE],
        notes="southern Libya (Fezzan) organisation, formal Arabic; Arabic PDF name with spaces, a dash and a year "
              "(RFC 2231 + RFC 2047); Gmail base64 parts; signed with 'أ.' but no speaker is proposed."))


# ================================================================ 20  FR  report  Comorian diaspora federation in Paris, DOCX with accented name
M20_ID = "<CAB7tQ2wN5kV8xR+s1Mz4Hc9pL6dY3fJe2a@mail.gmail.example.com>"
M20_SUBJ = "FACIF - Rapport volontaire Pacte mondial sur les migrations"
M20_FILE = "Rapport_FACIF_Pacte_mondial_février_2021.docx"
M20_TEXT = """Bonjour,

La Fédération des Associations Comoriennes d'Île-de-France (FACIF), qui rassemble 64 associations villageoises et de quartier de la diaspora comorienne en région parisienne, a le plaisir de vous transmettre en pièce jointe son rapport volontaire dans le cadre de l'examen régional du Pacte mondial.

Le rapport porte sur le rôle de la diaspora dans le financement des infrastructures des villages (écoles, mosquées, adductions d'eau), le coût des transferts d'argent vers Moroni, Mutsamudu et Fomboni, les difficultés d'obtention des visas et la situation des jeunes Comoriens arrivés récemment en France via Mayotte.

Nous vous souhaitons de bons travaux.

Bien cordialement,

Ahamada Youssouf Mzé
Secrétaire général de la FACIF
Fédération des Associations Comoriennes d'Île-de-France
Saint-Denis (93)
"""


def m20():
    when = at("2021-02-12 17:35:26")
    doc = make_docx(["Federation des Associations Comoriennes d'Ile-de-France (FACIF)",
                     "Rapport volontaire - examen regional du Pacte mondial", "1. La diaspora et les villages",
                     "2. Transferts de fonds : couts et canaux", "3. Visas et mobilite", "4. Jeunes arrives via Mayotte",
                     "5. Recommandations"])
    a = alt(M20_TEXT, "0000000000004f8c2d05bb2f9e13", html=gmail_html(M20_TEXT))
    body = multi("mixed", [a, attach(DOCX, doc, M20_FILE)], "0000000000004f8c2f05bb2f9e15")
    m = mk(when, sent_at(when, 1, 7), "mail-wr1-f65.google.example.com", "192.0.2.165", "4F1Hm52XsTz7",
           addr("Ahamada Youssouf Mzé", "facif.idf@gmail.example.com", enc="Q"), hdr(M20_SUBJ, enc="Q"), M20_ID, body)
    add(20, when, m, dict(category="voluntary_report", language="fr", acknowledge=True, on_time=True,
        report_attachments=[M20_FILE],
        notes="diaspora federation in Paris (Comorian village associations), Date in UTC+1; DOCX whose name carries "
              "an accented letter ('février'), RFC 2231 + RFC 2047; place names of the Comoros in the body. "
              "Replaced by the corrected version h231-22."))


# ================================================================ 21  EN  report  Bosaso migration network (Puntland), Outlook, PDF
M21_FILE = "BMRN_Voluntary_GCM_Review_Report_Feb2021.pdf"


def m21():
    when = at("2021-02-13 11:05:50")
    subj = "Submission - Voluntary GCM Review Report - Bari Migration Response Network"
    text = """Dear Regional Review Secretariat,

Please find attached the voluntary GCM review report of the Bari Migration Response Network (BMRN), a network of eight Somali organisations working with migrants and returnees in Bosaso and the Bari region of Puntland.

The report documents the situation of Ethiopian migrants who walk along the Eastern Route through Togwajaale, Hargeisa and Garowe to the boats at Bosaso, the abuses they face on the way and on arrival in Yemen, the return of Somali refugees and migrants from Yemen since 2015, and the young Somalis who leave on tahriib. It makes recommendations on GCM Objectives 8 (saving lives), 12 (screening and referral) and 21 (return and reintegration).

We would be grateful for a confirmation of receipt.

Kind regards,

Abdiweli Said Farah
Coordinator
Bari Migration Response Network (BMRN)
Bosaso, Puntland, Somalia
"""
    pdf = rep_pdf("Voluntary GCM Review Report", "Bari Migration Response Network (BMRN)",
                  ["Eight member organisations in Bari region", "The Eastern Route to Bosaso",
                   "Returns from Yemen since 2015", "Tahriib: young Somalis leaving", "Objectives 8, 12 and 21"])
    a = alt(text, "_000_DB8PR03MB6107E2A4C9F1B357_", html=outlook_html(text, lang="EN-GB"))
    body = multi("mixed", [a, attach("application/pdf", pdf, M21_FILE)], "_004_DB8PR03MB6107E2A4C9F1B357_")
    m = mk(when, sent_at(when, 3, 7), "mail-db8eur03on0622.outbound.protection.outlook.example.com",
           "198.51.100.122", "4F1w8Rb3HkZ5", "Abdiweli Said Farah <coordinator@bmrn-bosaso.example.org>", subj,
           "<DB8PR03MB6107E2A4C9F1B357@DB8PR03MB6107.eurprd03.prod.outlook.example.com>", body,
           extra=outlook(subj, "AdcB2m4Wx6Ec8Rv0Tb2Yn4Um6Ii8Ok1Pl==", lang="en-GB", has_attach="yes"))
    add(21, when, m, dict(category="voluntary_report", language="en", acknowledge=True, on_time=True,
        report_attachments=[M21_FILE],
        notes="collective report of an eight-member Somali network in Bosaso; Outlook, PDF, Date in UTC+3; place "
              "names on the route (Togwajaale, Hargeisa, Garowe) and years in the body are not dates of submission."))


# ================================================================ 22  FR  report  FACIF sends a corrected version of 20 (Gmail reply)
M22_FILE = "Rapport_FACIF_Pacte_mondial_février_2021_v2_corrigé.docx"


def m22():
    when = at("2021-02-14 20:12:07")
    text = """Bonjour,

Suite à notre envoi de vendredi, nous avons relevé une erreur dans le tableau des transferts de fonds (page 6 : les montants étaient en francs comoriens et non en euros).

Veuillez trouver ci-joint la version corrigée du rapport, qui remplace la précédente. Merci de ne tenir compte que de celle-ci.

Avec toutes nos excuses,

Ahamada Youssouf Mzé
Secrétaire général de la FACIF

Le ven. 12 févr. 2021 à 16:35, Ahamada Youssouf Mzé <facif.idf@gmail.example.com> a écrit :

""" + gt(M20_TEXT) + "\n"
    doc = make_docx(["Federation des Associations Comoriennes d'Ile-de-France (FACIF)",
                     "Rapport volontaire - examen regional du Pacte mondial (version corrigee, 14/02/2021)",
                     "1. La diaspora et les villages", "2. Transferts de fonds : couts et canaux (tableau corrige)",
                     "3. Visas et mobilite", "4. Jeunes arrives via Mayotte", "5. Recommandations"])
    a = alt(text, "000000000000a9e3c105bb4d7f28", html=gmail_html(text))
    body = multi("mixed", [a, attach(DOCX, doc, M22_FILE)], "000000000000a9e3c305bb4d7f2a")
    m = mk(when, sent_at(when, 1, 6), "mail-wr1-f65.google.example.com", "192.0.2.165", "4F2Kq90NvBz3",
           addr("Ahamada Youssouf Mzé", "facif.idf@gmail.example.com", enc="Q"), hdr("Re: " + M20_SUBJ, enc="Q"),
           "<CAB7tQ4xM1nW6kP+r9Lz2Hd5pY8cF0sGe7b@mail.gmail.example.com>", body,
           extra=[("In-Reply-To", M20_ID), ("References", M20_ID)])
    add(22, when, m, dict(category="voluntary_report", language="fr", acknowledge=True, on_time=True,
        report_attachments=[M22_FILE], thread_of=H % 20,
        notes="corrected version replacing the report of h231-20 (Gmail reply to the sender's own message, "
              "In-Reply-To set), on time (14 February); only the new DOCX is attached and listed, with two accented "
              "letters in its name ('février', 'corrigé'); the quoted original mentions the earlier attachment."))


# ================================================================ 23  AR  report  Mauritanian women's association (Guidimakha), Yahoo, 'بنت' chain
M23_FILE = "تقرير جمعية نساء كيدي ماغا.pdf"


def m23():
    when = at("2021-02-15 10:48:33")
    subj = "تقرير جمعية نساء كيدي ماغا للتنمية"
    text = """بسم الله الرحمن الرحيم

إلى السادة أمانة الاستعراض الإقليمي للاتفاق العالمي للهجرة
السلام عليكم ورحمة الله

تتشرف جمعية نساء كيدي ماغا للتنمية بأن ترسل إليكم تقريرها الطوعي حول تنفيذ الاتفاق العالمي من أجل الهجرة الآمنة والمنظمة والنظامية، في الملف المرفق.

ويتناول التقرير أوضاع النساء في ولاية كيدي ماغا اللواتي هاجر أزواجهن وأبناؤهن إلى فرنسا وإسبانيا وبلدان إفريقيا الوسطى، واعتماد الأسر على التحويلات، وصعوبة حصول الأطفال على الوثائق المدنية، وعودة بعض المهاجرين بسبب جائحة كورونا.

وتقبلوا فائق التقدير والاحترام.

خديجة بنت أحمد سالم ولد سيدي محمود
رئيسة الجمعية
جمعية نساء كيدي ماغا للتنمية
سيلبابي - موريتانيا
"""
    pdf = rep_pdf("Voluntary GCM review report (Arabic)", "Guidimakha Women's Association for Development",
                  ["Women left behind in Guidimakha", "Remittances and household economy",
                   "Civil documents for children", "Returns during COVID-19", "Recommendations"])
    a = alt(text, "----=_Part_611902_2094417386.1613378909447", html=yahoo_html(text, rtl=True), b64=True)
    body = multi("mixed", [a, attach("application/pdf", pdf, M23_FILE)], "----=_Part_611901_1528306644.1613378909446")
    m = mk(when, sent_at(when, 0, 4), "sonic316-27.consmr.mail.bf2.yahoo.example.com", "198.51.100.216",
           "4F2wN63TmRz8", addr("خديجة بنت أحمد سالم", "khadijetou.ahmedsalem@yahoo.example.fr"), hdr(subj),
           "<1613378909447.611903@mail.yahoo.example.com>", body, extra=[("X-Mailer", YAHOO)])
    add(23, when, m, dict(category="voluntary_report", language="ar", acknowledge=True, on_time=True,
        report_attachments=[M23_FILE],
        notes="Mauritanian women's association from Guidimakha, formal Arabic; Yahoo, base64 parts; Arabic PDF name "
              "with spaces (RFC 2231 + RFC 2047); signed by the president with a 'بنت ... ولد' chain, but no speaker "
              "is proposed; Date in UTC+0."))


# ================================================================ 24  FR  report  Djibouti observatory, the morning after the deadline, Outlook
M24_FILE = "ODMH_Rapport_volontaire_PMM_2021.pdf"


def m24():
    when = at("2021-02-17 09:30:41")
    subj = "Rapport volontaire de l'ODMH (avec un jour de retard)"
    text = """Madame, Monsieur,

Veuillez trouver ci-joint le rapport volontaire de l'Observatoire Djiboutien des Mobilités Humaines (ODMH) pour l'examen régional du Pacte mondial sur les migrations.

Nous vous prions de bien vouloir excuser ce retard d'une journée : la validation par notre conseil scientifique n'a pu avoir lieu qu'hier en fin de soirée. Nous espérons que le rapport pourra malgré tout être pris en compte.

Le rapport porte sur le corridor Éthiopie - Djibouti - Yémen (Obock, Tadjourah, Ali Sabieh), les migrants en transit bloqués à Djibouti par la fermeture des frontières en 2020, et les Djiboutiens et Yéménites arrivés du Yémen depuis 2015.

Cordialement,

Fatouma Ibrahim Elmi
Chargée de recherche
Observatoire Djiboutien des Mobilités Humaines (ODMH)
Djibouti-ville
"""
    pdf = rep_pdf("Rapport volontaire - ODMH", "Observatoire Djiboutien des Mobilites Humaines (ODMH)",
                  ["Le corridor Ethiopie - Djibouti - Yemen", "Migrants bloques en 2020",
                   "Arrivees du Yemen depuis 2015", "Recommandations"])
    a = alt(text, "_000_PR1P264MB1720B5D8E3A6C041_", html=outlook_html(text, lang="FR"))
    body = multi("mixed", [a, attach("application/pdf", pdf, M24_FILE)], "_004_PR1P264MB1720B5D8E3A6C041_")
    m = mk(when, sent_at(when, 3, 8), "mail-pr1fra01on0614.outbound.protection.outlook.example.com",
           "198.51.100.114", "4F3tW17GcPz2", "Fatouma Ibrahim Elmi <f.elmi@odmh.example.dj>", hdr(subj, enc="Q"),
           "<PR1P264MB1720B5D8E3A6C041@PR1P264MB1720.FRAP264.PROD.OUTLOOK.example.com>", body,
           extra=outlook(hdr(subj, enc="Q"), "AdcFd4Tx6Yc8Uv0Ib2On4Pm6Aq8Ws1Ed==", lang="fr-FR", has_attach="yes"))
    add(24, when, m, dict(category="voluntary_report", language="fr", acknowledge=True, on_time=False,
        report_attachments=[M24_FILE],
        notes="late (17 February, the morning after the report deadline) and says so ('avec un jour de retard'); "
              "Djibouti research observatory; Outlook, Date in UTC+3; PDF."))


def main():
    for f in (m01, m02, m03, m04, m05, m06, m07, m08, m09, m10, m11, m12, m13, m14, m15, m16, m17, m18, m19,
              m20, m21, m22, m23, m24):
        f()
    SET.write()


if __name__ == "__main__":
    main()
