#!/usr/bin/env python3
"""Write the blind evaluation set holdout259 (24 raw .eml messages + labels.json).

Deterministic, standard library only:  python3 tests/data/make_eval_sets259.py
Theme: nationality, family and civil status (25 January - 18 February 2021).  Campaigns for women's right to pass
on their nationality in Lebanon, Jordan, Kuwait and Bahrain, mixed families and binational couples (Tunisia,
Algeria, Saudi Arabia), children without birth registration (Syrian refugees in Mafraq, Ninewa, babies of migrant
domestic workers in Beirut), marriage registration of migrants in Morocco, London family reunion lawyers and their
Beirut network, a Bidoon father in Kuwait writing for himself from his daughter's phone (then asking when he will
hear back), and a network of Lebanese mothers married to foreigners proposing 'Oum Ali'.  Speakers whose names carry
family relations ('bint', 'épouse Ben Salah', 'ابنة إحدى مؤسسات الحملة', 'Ate Joy', the kunya 'أبو فهد' as the only
signature), a mother who gives her husband's family name, titles such as 'co-fondatrice' and 'منسقة الحملة' (once
the speaker's, once the signer's), a husband writing for his wife at 23:31 on the speaker deadline, a Kuwaiti report
received at 23:58 Beirut time whose Date header already says 17 February, an Algerian report whose Date header still
says 16 February but which arrived after midnight in Beirut, a revised report replacing the one of a 'both', the
mailbox-full bounce of our acknowledgement to a Reply-To address, a Gmail vacation reply, a Sieve vacation reply, a
thank-you, a woman who only wants to listen, and a network's newsletter.  Helpers from mailgen.py.
"""
import datetime as dt

from mailgen import (EvalSet, DOCX, POSTFIX_NOTICE, addr, alt, at, attach, b_word, dsn_report, esc, flowed, gmail_html,
                     hdr,
                     html_only, leaf, make_docx, make_png, mk, multi, re_hdr, rep_pdf, rfcdate, sent_at, sp,
                     std_rows, top)
from mailgen import make_pdf, outlook_html, outlook_rows as outlook
from mailgen import quote_block as gt, ack_id as ack_mid, logo

SET = EvalSet(259)
add = SET.add
H = "h259-%02d.eml"

IPHONE = "iPhone Mail (18D52)"
IPAD = "iPad Mail (18D52)"
APPLE = "Apple Mail (2.3654.60.0.2.21)"
YAHOO = "WebService/1.1.17712 YMailNorrin"
ROUNDCUBE = "Roundcube Webmail/1.4.10"
TB = "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:78.0) Gecko/20100101 Thunderbird/78.7.1"


def apple_html(text):
    inner = "".join('<div class="">%s</div>' % (esc(x) if x else '<br class="">')
                    for x in text.rstrip("\n").split("\n"))
    return ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body '
            'style="word-wrap: break-word; -webkit-nbsp-mode: space; line-break: after-white-space;" class="">'
            '%s</body></html>\n' % inner)


def android_html(text):
    inner = "<br>".join(esc(x) for x in text.rstrip("\n").split("\n"))
    return ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body>'
            '<div dir="auto">%s</div></body></html>\n' % inner)


def yahoo_html(text, rtl=False):
    d = "rtl" if rtl else "ltr"
    lines = "".join('<div dir="%s" data-setdir="false">%s</div>' % (d, esc(x) if x else "<br>")
                    for x in text.rstrip("\n").split("\n"))
    return ('<html><head></head><body><div class="ydp3c71a9e2yahoo-style-wrap" style="font-family:Helvetica Neue, '
            'Helvetica, Arial, sans-serif;font-size:13px;">%s</div></body></html>\n' % lines)


def owa_html(text):
    """Outlook.com web: one div per line in a Calibri wrapper."""
    lines = "".join('<div>%s</div>' % (esc(x) if x else "<br>") for x in text.rstrip("\n").split("\n"))
    return ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"><style type="text/css" '
            'style="display:none;"> P {margin-top:0;margin-bottom:0;} </style></head><body dir="ltr"><div '
            'style="font-family: Calibri, Arial, Helvetica, sans-serif; font-size: 12pt; color: rgb(0, 0, 0);">'
            '%s</div></body></html>\n' % lines)


# Our acknowledgements, as the senders quote them back.
def ack_fr(subject, what):
    return """Madame, Monsieur,

Nous avons bien reçu votre message « %s » (%s) et vous en remercions. Le secrétariat de l'examen régional du Pacte mondial pour les migrations dans la région arabe reviendra vers vous pour la suite.

Secrétariat de l'examen régional du PMM – États arabes""" % (subject, what)


def ack_ar(subject, what):
    return """تحية طيبة،

تؤكد أمانة الاستعراض الإقليمي للاتفاق العالمي من أجل الهجرة في المنطقة العربية استلام رسالتكم «%s» (%s)، وسنتواصل معكم بشأن الخطوات التالية.

أمانة الاستعراض الإقليمي للاتفاق العالمي للهجرة - الدول العربية""" % (subject, what)


# ================================================================ 01  EN  other  Amman legal clinic: are children of Jordanian mothers in scope?
def m01():
    when = at("2021-01-25 10:14:22")
    subj = "Are nationality and family questions within the scope of the GCM regional review?"
    text = """Hello,

I hope you're all well. I coordinate the legal aid desk of the Jabal Al-Weibdeh Community Legal Clinic in Amman. Most of the families we see are Jordanian women married to Egyptian, Syrian, Iraqi or Gazan men, whose children carry their father's nationality (or none at all) and therefore need residence and work permits in the only country they have ever lived in.

A colleague shared your invitation with me last week and we have been going back and forth on whether our work fits. Strictly speaking these children never migrated anywhere; their fathers did. So before we invest time in writing anything, could you tell us:

- whether a voluntary report on the children and spouses of Jordanian women (residence, work permits, university fees, health insurance) would be considered relevant to the GCM review, or whether it falls outside its scope;
- whether a report can be submitted jointly by our clinic and a group of mothers that is not registered as an association;
- whether there is a maximum length or a template we should follow.

We may also want to suggest one of the mothers as a speaker, but only once you confirm the topic is in scope.

Many thanks,
Lubna Haddadin
Legal Aid Coordinator
Jabal Al-Weibdeh Community Legal Clinic
Amman, Jordan
"""
    body = alt(text, "000000000000f2a61d05b9a0c4e7", html=gmail_html(text))
    m = mk(when, sent_at(when, 2, 5), "mail-wm1-f66.google.example.com", "192.0.2.66", "4DKq7Lm2RvZ3",
           "Lubna Haddadin <lubna.haddadin.jwclc@gmail.example.com>", subj,
           "<CAF4mTq8Zr2vX7nB+d3Kw9Lp5sJ1cYh6gR8@mail.gmail.example.com>", body)
    add(1, when, m, dict(category="other", language="en", acknowledge=True, on_time=None,
        notes="scope and format questions from an Amman legal clinic (are children of Jordanian mothers, who never "
              "migrated themselves, a GCM topic? joint report with an unregistered group? length?): talks about a "
              "report and 'one of the mothers as a speaker' but submits nothing and names nobody. Gmail, "
              "multipart/alternative."))


# ================================================================ 02  AR  speaker  Lebanese nationality campaign: two speakers, signed by 'منسقة الحملة'
def m02():
    when = at("2021-01-26 12:31:05")
    subj = "ترشيح متحدثَين باسم حملة «أمي لبنانية» - الاستعراض الإقليمي للاتفاق العالمي للهجرة"
    text = """بيروت في 26 كانون الثاني 2021

إلى أمانة الاستعراض الإقليمي للاتفاق العالمي من أجل الهجرة الآمنة والمنظمة والنظامية في المنطقة العربية

الموضوع: ترشيح متحدثَين

تحية طيبة،

منذ انطلاقتها عام 2015، تعمل حملة «أمي لبنانية» للمساواة في قانون الجنسية على تعديل القرار رقم 15 الصادر عام 1925، بما يسمح للمرأة اللبنانية المتزوجة من غير لبناني بأن تمنح جنسيتها لأولادها ولزوجها أسوةً بالرجل اللبناني. فآلاف الأولاد المولودين لأمهات لبنانيات يعيشون في لبنان بإقامات مؤقتة مرتبطة بعمل الأب أو بإقامة المجاملة، ويُحرمون من مزاولة عشرات المهن ومن الاستفادة من الضمان والتعليم الرسمي بشروط المواطنين، فيُدفع كثيرون منهم إلى الهجرة.

وبناءً على دعوتكم، يسرّنا أن نرشح للمشاركة في أعمال المؤتمر الإقليمي:

أولاً: السيدة ندى رياض مكّي، عضوة اللجنة التوجيهية في الحملة، وهي أمّ لثلاثة شبان من أب سوري هاجر اثنان منهم إلى كندا بعد أن تعذّر عليهما العمل في لبنان، وذلك لإلقاء مداخلة في المائدة المستديرة المواضيعية الثانية.

ثانياً: المحامي الأستاذ وسام جورج فرح، المستشار القانوني للحملة، ليتولى دور المقرر الذي يعرض الرسائل الرئيسية لأصحاب المصلحة.

نرجو التكرم بإعلامنا بأي معلومات إضافية تحتاجونها.

مع فائق الاحترام،

ريما عيتاني
منسقة الحملة
حملة «أمي لبنانية» للمساواة في قانون الجنسية
بيروت - لبنان
"""
    a = alt(text, "_000_VI1PR0102MB3378E4C1A9D2F560_", html=outlook_html(text, lang="AR-LB", rtl=True), b64=True)
    m = mk(when, sent_at(when, 2, 9), "mail-vi1eur04on0623.outbound.protection.outlook.example.com",
           "198.51.100.23", "4DLb3Tx9WkZ1", addr("Rima Itani - Ummi Lubnaniyeh", "coordination@ummilubnaniyeh.example.org"),
           hdr(subj), "<VI1PR0102MB3378E4C1A9D2F560@VI1PR0102MB3378.eurprd01.prod.outlook.example.com>", a,
           extra=outlook(hdr(subj), "AdbzvQ4Tn6Yc8Ws0Ex2Rf4Gb6Hk8Jm==", lang="ar-LB"))
    camp = "حملة «أمي لبنانية» للمساواة في قانون الجنسية"
    add(2, when, m, dict(category="speaker_request", language="ar", acknowledge=True, on_time=True, speakers=[
        sp("ندى رياض مكّي", "عضوة اللجنة التوجيهية", camp, ["roundtable"], 2),
        sp("وسام جورج فرح", "المستشار القانوني", camp, ["rapporteur"])],
        notes="formal letter of a Lebanese nationality campaign proposing two speakers under 'أولاً/ثانياً': "
              "'السيدة' and 'المحامي الأستاذ' dropped; 'في الحملة'/'للحملة' after the titles point to the campaign "
              "(affiliation, fullest form with its «» in the signature); 'المائدة المستديرة المواضيعية الثانية' = "
              "roundtable 2 in words; 'دور المقرر' = rapporteur. The signer's title is 'منسقة الحملة' but she is not a "
              "speaker; her sons' emigration, 1925 and 2015 are background. Outlook, base64 parts, Latin From name."))


# ================================================================ 03  FR  speaker  network of mothers married to foreigners: 'Oum Ali' and the co-founder herself
M03_ID = "<8B41E2D7-5C9A-4F13-A6E0-2D7F9B3C1E58@rmle-liban.example.org>"
M03_SUBJ = "Candidatures – Réseau des mères libanaises mariées à des étrangers"


def m03():
    when = at("2021-01-27 19:47:51")
    text = """Bonsoir,

Je vous écris au nom du Réseau des Mères Libanaises Mariées à des Étrangers (RMLE), un groupe d'entraide né en 2017 sur WhatsApp et qui compte aujourd'hui près de 400 femmes, de Tripoli à Nabatieh. Nos maris sont égyptiens, syriens, palestiniens, soudanais, français ou philippins ; nos enfants, eux, sont nés et ont grandi au Liban, mais la loi les traite comme des étrangers.

Nous aimerions que deux d'entre nous puissent prendre la parole.

D'abord Mme Fatima Zeineddine, que tout le réseau appelle Oum Ali. Mariée depuis 26 ans à un Égyptien, elle a élevé quatre enfants qui renouvellent chaque année leur titre de séjour ; son aîné, Ali, ingénieur, est parti travailler à Dubaï faute de pouvoir s'inscrire à l'Ordre au Liban. Elle souhaite participer à la discussion ouverte de la consultation du 23 février, en arabe.

Ensuite, si c'est possible, moi-même, pour une intervention dans la table ronde thématique III, à partir de l'enquête que nous avons menée l'été dernier auprès de 212 familles du réseau.

Je reste à votre disposition pour toute information.

Bien cordialement,

Nayla Bou Khalil, co-fondatrice
Réseau des Mères Libanaises Mariées à des Étrangers (RMLE)
+961 3 000 000
"""
    body = multi("alternative", [leaf("text/plain", text), leaf("text/html", apple_html(text))],
                 "Apple-Mail=_3F9A1C64-7B2E-4D08-9E51-C6A2D8F04B17")
    m = mk(when, sent_at(when, 2, 6), "mail.rmle-liban.example.org", "203.0.113.77", "4DMf5Kp1XcZ8",
           "Nayla Bou Khalil <nayla.boukhalil@rmle-liban.example.org>", hdr(M03_SUBJ, enc="Q"), M03_ID, body,
           extra=[("X-Mailer", APPLE)])
    rmle = "Réseau des Mères Libanaises Mariées à des Étrangers (RMLE)"
    add(3, when, m, dict(category="speaker_request", language="fr", acknowledge=True, on_time=True, speakers=[
        sp("Fatima Zeineddine", None, rmle, ["open_discussion"]),
        sp("Nayla Bou Khalil", "co-fondatrice", rmle, ["roundtable"], 3)],
        notes="network of Lebanese mothers married to foreigners proposing a member known as 'Oum Ali' (a kunya, not "
              "her name; 'Mme' dropped; no title is given, only her family story) and the writer herself ('moi-même'), "
              "whose name and title share the signature line 'Nayla Bou Khalil, co-fondatrice'; 'table ronde "
              "thématique III' in Roman numerals; her son Ali and 'Dubaï' are story. Apple Mail on a Mac."))


# ================================================================ 04  FR  other  thank-you to our acknowledgement of 03 (iPhone)
def m04():
    when = at("2021-01-28 08:52:10")
    ack = ack_mid("4DMf5Kp1XcZ8")
    text = """Bonjour,

Merci pour votre réponse si rapide ! J'ai transmis à Oum Ali, elle était très émue.

Bonne journée à vous,
Nayla

Envoyé de mon iPhone

> Le 27 janv. 2021 à 19:48, GCM Regional Review Arab States <gcmrrarabstates@iom.int> a écrit :
>
""" + gt(ack_fr(M03_SUBJ, "votre demande d'intervention, 2 intervenantes")) + "\n"
    body = leaf("text/plain", text, "utf-8", "quoted-printable")
    m = mk(when, sent_at(when, 2, 3), "mail.rmle-liban.example.org", "203.0.113.77", "4DN0sW8bQyZ6",
           "Nayla Bou Khalil <nayla.boukhalil@rmle-liban.example.org>",
           hdr("Re: Accusé de réception - " + M03_SUBJ, enc="Q"),
           "<2C7E9A13-F4B8-4D61-8A05-B3E1D7C92F40@rmle-liban.example.org>", body,
           extra=[("In-Reply-To", ack), ("References", M03_ID + " " + ack), ("X-Mailer", IPHONE)])
    add(4, when, m, dict(category="other", language="fr", acknowledge=False, on_time=None, thread_of=H % 3,
        notes="two-line thank-you from an iPhone answering our acknowledgement of h259-03 (References name it): adds "
              "nothing new, so no acknowledgement; mentions 'Oum Ali' again but proposes nobody; the quoted "
              "acknowledgement repeats the subject 'Candidatures'."))


# ================================================================ 05  EN  speaker  Kuwaiti mothers' initiative nominates its legal adviser 'bint' as rapporteur
M05_ID = "<DB8PR09MB3246A7C1E5F2B984@DB8PR09MB3246.eurprd09.prod.outlook.example.com>"
M05_SUBJ = "KMCI nomination - Dr. Hessa Al-Ansari as rapporteur"
M05_QID = "4DNk2Rb6TvZ4"


def m05():
    when = at("2021-01-29 09:12:40")
    text = """Dear Sir/Madam,

Greetings from Kuwait.

Further to your invitation to the Regional Review of the Global Compact for Migration, the Kuwaiti Mothers' Citizenship Initiative would like to nominate our Legal Adviser, Dr. Hessa bint Abdulrahman Al-Ansari, to serve as rapporteur and deliver the stakeholders' key messages at the conference.

Dr. Hessa has worked for more than fifteen years with Kuwaiti women married to non-Kuwaitis, whose husbands and children remain dependent on residence permits, and with the families of Kuwaiti mothers and Bidoon fathers whose children hold no nationality at all. She drafted two of the proposals to amend the Nationality Law that were submitted to the National Assembly and works in Arabic and English.

Dr. Hessa is copied on this email. Should you need her CV or a photo for the programme, please let me know.

Kind regards,

Reem Al-Shatti
Programme Officer
Kuwaiti Mothers' Citizenship Initiative (KMCI)
Kuwait City, Kuwait
"""
    cid = "image001.png@01D6F630.5A2C9E10"
    rel = multi("related", [leaf("text/html", outlook_html(text, lang="EN-US", img_cid=cid)),
                            logo(cid, (128, 24, 64))], "_004_DB8PR09MB3246A7C1E5F2B984_",
                params=[("type", '"text/html"')])
    body = multi("alternative", [leaf("text/plain", text), rel], "_000_DB8PR09MB3246A7C1E5F2B984_")
    m = mk(when, sent_at(when, 3, 7), "mail-db8eur09on0715.outbound.protection.outlook.example.com",
           "198.51.100.115", M05_QID, "Reem Al-Shatti <reem.alshatti@kmci-kw.example.org>", M05_SUBJ, M05_ID, body,
           cc="Hessa Al-Ansari <hessa.alansari.kw@gmail.example.com>",
           extra=outlook(M05_SUBJ, "AdbyF3Kp5Lq7Wr9Te1Ys3Ud5If7Og9Ph==", lang="en-US"))
    add(5, when, m, dict(category="speaker_request", language="en", acknowledge=True, on_time=True, speakers=[
        sp("Hessa bint Abdulrahman Al-Ansari", "Legal Adviser", "Kuwaiti Mothers' Citizenship Initiative (KMCI)",
           ["rapporteur"])],
        notes="a programme officer nominates her organisation's legal adviser: the title comes before the name ('our "
              "Legal Adviser, Dr. Hessa ...'), 'Dr.' dropped but 'bint Abdulrahman' kept as part of the name; the "
              "acronym is only in the sender's signature; later 'Dr. Hessa' alone; the subject shortens her name. "
              "The sender is not the speaker; the speaker in Cc answers our acknowledgement with a vacation reply "
              "(h259-06). Outlook related part with an inline logo; Date in UTC+3."))


# ================================================================ 06  EN  auto_reply  the nominee's Gmail vacation responder
def m06():
    when = at("2021-01-29 09:13:31")
    ack = ack_mid(M05_QID)
    text = """Thank you for your email. I am attending a training course in Geneva until Friday 5 February with limited access to my mailbox, and will reply as soon as possible after my return.

For KMCI matters please contact Reem Al-Shatti (reem.alshatti@kmci-kw.example.org).

شكراً لرسالتكم. أنا خارج الكويت حتى يوم الجمعة 5 فبراير، وسأرد عليكم بعد عودتي.

Hessa
"""
    body = alt(text, "0000000000003e8b1c05ba0f7d21", html=gmail_html(text))
    rows = std_rows(when, "mail-lj1-f172.google.example.com", "192.0.2.172", "4DNk3Dw1ZpQ7",
                    "Hessa Al-Ansari <hessa.alansari.kw@gmail.example.com>",
                    "Re: Acknowledgement of receipt - " + M05_SUBJ, rfcdate(sent_at(when, 3, 3)),
                    "<CAK7nV2qX9bRt4mW+e6Lz1Hs8cP3dYj5fU0@mail.gmail.example.com>",
                    extra=[("Auto-Submitted", "auto-replied")], ret="")
    rows = [(k, "<>" if k == "Return-Path" else v) for k, v in rows]
    rows += [("In-Reply-To", ack), ("References", M05_ID + " " + ack)]
    add(6, when, top(body, rows), dict(category="auto_reply", language="en", acknowledge=False, on_time=None,
        notes="Gmail vacation responder of the nominee in Cc of h259-05, 51 seconds after our acknowledgement: "
              "'Re:' subject like a person's reply, only the Auto-Submitted header and the null Return-Path tell; "
              "bilingual English/Arabic text with a date (5 February, the speaker deadline) and a colleague's address. "
              "Never acknowledge; thread_of null as for dev auto-replies."))


# ================================================================ 07  AR  speaker  Bidoon father writing for himself from his daughter's iPhone
M07_ID = "<5E3A9C71-B28D-4F06-91E4-7D2C6A0B8F35@icloud.example.com>"
M07_SUBJ = "طلب مشاركة - بدون"
M07_QID = "4DQr8Vn3KsZ2"


def m07():
    when = at("2021-02-01 21:05:33")
    text = """السلام عليكم ورحمة الله وبركاته

أنا اسمي مطلق عايض سالم العنزي، من فئة البدون (غير محددي الجنسية) في الكويت، عمري 52 سنة وساكن في الصليبية. انولدت في الكويت وأبوي انولد في الكويت، وما عندي أي جنسية ثانية، وعيالي الخمسة كلهم بدون مثلي.

بنتي نوف هي اللي تكتب لي هالإيميل من تلفونها، لأني ما أعرف للكمبيوتر زين. سمعنا عن المؤتمر من واحد من الربع في الديوانية.

أبي أشارك بكلمة في الجلسة العامة للمؤتمر، أتكلم فيها عن وضعنا كآباء بدون: ما نقدر نوثق عقود الزواج بسهولة، وشهادات ميلاد عيالنا نطلعها بطلعة الروح، وما يقدرون يدرسون بالجامعة ولا يسافرون، وواحد من عيالي طلع العراق وبعدين تركيا يدور له مستقبل وللحين ما يقدر يرجع لنا.

ما أمثل أي جمعية ولا جهة، أكتب عن نفسي وعن عيالي وعن اللي مثلنا.

وإذا السفر لبيروت صعب لأن ما عندي جواز، أقدر أشارك أونلاين وبنتي تساعدني.

وجزاكم الله خير

أبو فهد
تلفون: 00965 0000 0000

أُرسلت من الـ iPhone
"""
    body = multi("alternative", [leaf("text/plain", text, cte="base64"),
                                 leaf("text/html", android_html(text).replace('dir="auto"', 'dir="rtl"'),
                                      cte="base64")],
                 "Apple-Mail-7D1E04B9-3C5A-4E82-B6F0-9A2D8C1E5F73")
    m = mk(when, sent_at(when, 3, 8), "mr85p00im-zteg06021701.me.example.com", "198.51.100.187", M07_QID,
           addr("Nouf", "nouf.mutlaq99@icloud.example.com"), hdr(M07_SUBJ), M07_ID, body,
           extra=[("X-Mailer", IPHONE)])
    add(7, when, m, dict(category="speaker_request", language="ar", acknowledge=True, on_time=True, speakers=[
        sp("مطلق عايض سالم العنزي", None, None, ["plenary"])],
        notes="a Bidoon father in Kuwait writing for himself in Kuwaiti dialect from his daughter's iPhone account "
              "(From 'Nouf'): his full name is only in the first sentence ('أنا اسمي ...'), the signature is the "
              "kunya 'أبو فهد'; he has no title and says he represents no organisation ('ما أمثل أي جمعية'), so both "
              "are null; 'كلمة في الجلسة العامة' = plenary; online participation is a condition, not a role. Date "
              "in UTC+3 (22:05 local). He asks a question about it later (h259-23)."))


# ================================================================ 08  FR  report  Moroccan legal aid for migrant families' civil status (Outlook + logo + PDF)
M08_FILE = "Rapport_AAJFM_état_civil_familles_migrantes_2021.pdf"


def m08():
    when = at("2021-02-02 11:26:48")
    subj = "Contribution volontaire de l'AAJFM – état civil des familles migrantes au Maroc"
    text = """Madame, Monsieur,

Veuillez trouver ci-joint la contribution volontaire de l'Association Amane pour l'Accompagnement Juridique des Familles Migrantes (AAJFM) à l'examen régional du Pacte mondial pour des migrations sûres, ordonnées et régulières.

Depuis 2014, notre permanence juridique de Rabat-Takaddoum accompagne des couples de migrants subsahariens, ainsi que des couples mixtes maroco-étrangers, dans leurs démarches d'état civil : enregistrement du mariage lorsque l'un des conjoints est en situation irrégulière, déclaration tardive des naissances, transcription des actes auprès des consulats. Le rapport s'appuie sur 318 dossiers suivis entre 2018 et 2020 ; il montre qu'environ un enfant sur cinq né de parents migrants dans notre quartier n'a pas été déclaré dans le délai de trente jours.

Lors de la conférence de Marrakech en décembre 2018, notre présidente avait pu intervenir dans un événement parallèle. Cette année, nous avons préféré concentrer nos forces sur le rapport et nous ne sollicitons donc pas de temps de parole.

Nous restons à votre disposition pour toute précision.

Cordialement,

Ilham Bennani
Juriste – Responsable de la permanence juridique
Association Amane pour l'Accompagnement Juridique des Familles Migrantes (AAJFM)
Rabat – Maroc
"""
    pdf = rep_pdf("Contribution volontaire - examen regional du PMM",
                  "Association Amane pour l'Accompagnement Juridique des Familles Migrantes (AAJFM), Rabat",
                  ["318 dossiers suivis (2018-2020)", "Mariages de migrants en situation irreguliere",
                   "Declarations tardives de naissance", "Transcription consulaire", "Recommandations"])
    cid = "image001.png@01D6F93B.1C7E4A60"
    rel = multi("related", [leaf("text/html", outlook_html(text, lang="FR", img_cid=cid)),
                            logo(cid, (0, 98, 51))], "_006_AM7PR02MB5861B3D9E0C4F712_",
                params=[("type", '"multipart/alternative"')])
    a = multi("alternative", [leaf("text/plain", text), rel], "_000_AM7PR02MB5861B3D9E0C4F712_")
    body = multi("mixed", [a, attach("application/pdf", pdf, M08_FILE)], "_007_AM7PR02MB5861B3D9E0C4F712_")
    m = mk(when, sent_at(when, 1, 10), "mail-am7eur02on0638.outbound.protection.outlook.example.com",
           "198.51.100.138", "4DRc1Ym5LwZ0", "Ilham Bennani <i.bennani@aajfm-maroc.example.org>",
           hdr(subj, enc="Q"), "<AM7PR02MB5861B3D9E0C4F712@AM7PR02MB5861.eurprd02.prod.outlook.example.com>", body,
           extra=outlook(hdr(subj, enc="Q"), "AdbzT5Gh7Jk9Lz1Xc3Vb5Nm7Qw9Er==", lang="fr-FR", has_attach="yes"))
    add(8, when, m, dict(category="voluntary_report", language="fr", acknowledge=True, on_time=True,
        report_attachments=[M08_FILE],
        notes="Moroccan legal aid association on marriage and birth registration of migrants: PDF report with 'é' in "
              "its name (RFC 2231 + RFC 2047) next to the signature logo image001.png (not part of the report). The "
              "president 'avait pu intervenir' at Marrakech in 2018 and 'nous ne sollicitons donc pas de temps de "
              "parole': a speaking role mentioned and declined, so a report only. Outlook; Date in UTC+1."))


# ================================================================ 09  AR  speaker  Bahraini campaign: 'منسقة الحملة' (bint) + the daughter of a founder (HTML only)
def m09():
    when = at("2021-02-03 10:18:20")
    subj = "المشاركة في الاستعراض الإقليمي - حملة أبناء البحرينية"
    paras = [
        "السادة أمانة الاستعراض الإقليمي المحترمون،",
        "السلام عليكم ورحمة الله وبركاته،",
        "تتشرف حملة «أبناء البحرينية» للمساواة في حق الجنسية بالمشاركة في الاستعراض الإقليمي للاتفاق العالمي "
        "للهجرة، فقضية أبناء المواطنات البحرينيات المتزوجات من غير بحرينيين هي في جوهرها قضية هجرة: آباء مقيمون "
        "بتأشيرات عمل، وأبناء يولدون ويكبرون في البحرين دون جنسيتها، ويضطر كثير منهم إلى المغادرة عند بلوغ سن الرشد "
        "أو انتهاء عقد عمل الأب.",
        "ونرشح للمشاركة:",
    ]
    items = [
        "منسقة الحملة، الأستاذة مريم بنت يوسف السعيدي، لإلقاء مداخلة في الجلسة العامة، وإن أمكن كذلك في المائدة "
        "المستديرة الأولى؛",
        "دانة أحمد الجبوري، عضوة فريق الشباب في الحملة، وهي ابنة إحدى مؤسسات الحملة من أب عراقي، وتدرس في السنة "
        "الثالثة بكلية الحقوق، للمشاركة في النقاش المفتوح يوم 23 فبراير.",
    ]
    tail = [
        "ويسعدنا أن نرسل لكم نبذة مختصرة عن كل منهما إذا رغبتم في ذلك.",
        "وتقبلوا خالص التحية والتقدير،",
        "خلود عبدالله<br>عضوة اللجنة الإعلامية<br>حملة «أبناء البحرينية» للمساواة في حق الجنسية<br>"
        "المنامة - مملكة البحرين",
    ]
    inner = ("".join("<p>%s</p>" % esc(p) for p in paras)
             + "<ul>%s</ul>" % "".join("<li>%s</li>" % esc(x) for x in items)
             + "".join("<p>%s</p>" % (esc(p).replace("&lt;br&gt;", "<br>")) for p in tail))
    body = html_only('<div style="font-family: Tahoma, sans-serif; font-size: 11pt;">%s</div>' % inner, rtl=True,
                     lang="ar", newlines=True)
    m = mk(when, sent_at(when, 3, 6), "webmail.abna-bahrainiya.example.org", "203.0.113.94", "4DSw6Hc2NqZ5",
           addr("حملة أبناء البحرينية", "info@abna-bahrainiya.example.org"), hdr(subj),
           "<c4e81f2a9b7d3e05a61c8f42d7b90e13@abna-bahrainiya.example.org>", body,
           extra=[("User-Agent", ROUNDCUBE)])
    camp = "حملة «أبناء البحرينية» للمساواة في حق الجنسية"
    add(9, when, m, dict(category="speaker_request", language="ar", acknowledge=True, on_time=True, speakers=[
        sp("مريم بنت يوسف السعيدي", "منسقة الحملة", camp, ["plenary", "roundtable"], 1),
        sp("دانة أحمد الجبوري", "عضوة فريق الشباب", camp, ["open_discussion"])],
        notes="HTML-only Roundcube mail (no text/plain) from a Bahraini nationality campaign, speakers in a <ul>: the "
              "first title comes before the name ('منسقة الحملة، الأستاذة ...'; 'الأستاذة' dropped, 'بنت يوسف' kept), "
              "two roles (plenary, and roundtable 'الأولى' if possible); the second speaker is introduced as 'ابنة "
              "إحدى مؤسسات الحملة من أب عراقي' (a family relation, not her name or title) and her law studies are "
              "background. The signer from the media committee is not a speaker. Date in UTC+3."))


# ================================================================ 10  EN  speaker  Jordanian mother who gives her husband's family name (Gmail Android)
def m10():
    when = at("2021-02-03 17:40:02")
    subj = "Speaking request from Zarqa"
    text = """Hi,

My name is Salwa and I volunteer with Hawiyyat Ummi (My Mother's Identity), the initiative of Jordanian women married to non-Jordanians. I'm Jordanian, my husband is Egyptian, and our three kids were born in Zarqa and have never lived anywhere else. My eldest daughter finished pharmacy last year and she can't practise because the profession is closed to non-Jordanians, so now she is applying for jobs in the Gulf.

I would really like to speak at the consultation on 23 February in the open discussion, and also in one of the roundtables, the second one if possible, otherwise the fourth. I speak Arabic and some English.

Sorry this is written from my phone, my details are below.

Thanks a lot
Salwa

Salwa Nasser (Nasser is my husband's family name)
Volunteer Coordinator – Zarqa
Hawiyyat Ummi Initiative – My Mother's Identity
+962 79 000 0000
"""
    body = alt(text, "00000000000071c4a905ba5e8d3f", html=android_html(text))
    m = mk(when, sent_at(when, 2, 12), "mail-ej1-f54.google.example.com", "192.0.2.54", "4DT5pF9RjXz3",
           "salwa n <salwa.n.zarqa@gmail.example.com>", subj,
           "<CAH2wQp7Tz5nK3vR+c9Xm1Lb6sD8fYg4jA2@mail.gmail.example.com>", body)
    add(10, when, m, dict(category="speaker_request", language="en", acknowledge=True, on_time=True, speakers=[
        sp("Salwa Nasser", "Volunteer Coordinator – Zarqa", "Hawiyyat Ummi Initiative – My Mother's Identity",
           ["open_discussion", "roundtable"], 2)],
        notes="a Jordanian mother asking to speak herself from her phone: only her first name in the body, the full "
              "name in the signature followed by '(Nasser is my husband's family name)', which is a remark, not part "
              "of the name; two roles, roundtable 'the second one if possible, otherwise the fourth' (first choice "
              "2); the body names the initiative more briefly than the signature; the daughter's pharmacy story is "
              "background. Gmail for Android, lower-case From name."))


# ================================================================ 11  AR  both  Mafraq legal aid: report on marriage/birth registration + a lawyer, cover letter PDF
M11_ID = "<1612428936402.3318547@mail.yahoo.example.com>"
M11_SUBJ = "جمعية سند - التقرير الطوعي وترشيح متحدثة"
M11_FILE = "تقرير جمعية سند - تسجيل الزواج والولادات في المفرق.pdf"
M11_COVER = "كتاب التغطية.pdf"
M11_TEXT = """الإخوة والأخوات في أمانة الاستعراض الإقليمي للاتفاق العالمي للهجرة،
تحية طيبة وبعد،

تعمل جمعية سند للإرشاد القانوني والأسري في محافظة المفرق منذ عام 2013 مع الأسر السورية اللاجئة في المدينة والقرى المحيطة بها، وقد تبيّن لنا خلال هذه السنوات أن آلاف عقود الزواج عُقدت أمام شيخ أو إمام دون توثيقها في المحكمة الشرعية، مما حرم كثيراً من الأطفال المولودين من هذه الزيجات من شهادات الميلاد، بل أحياناً من إثبات النسب نفسه.

نرسل إليكم مرفقاً تقريرنا الطوعي عن تسجيل الزواج والولادات لدى اللاجئين السوريين في المفرق، ومعه كتاب تغطية موقّع من رئيس الهيئة الإدارية.

كما نرشح الزميلة المحامية الأستاذة رنا محمود الزعبي، مسؤولة وحدة التوثيق المدني في الجمعية، للمشاركة بمداخلة في المائدة المستديرة الرابعة، فهي التي أشرفت على إعداد التقرير وتابعت بنفسها أكثر من 600 قضية تثبيت زواج ونسب أمام المحاكم.

مع الشكر الجزيل،
منار خالد العظامات
منسقة المشاريع
جمعية سند للإرشاد القانوني والأسري - المفرق
"""


def m11():
    when = at("2021-02-04 10:55:36")
    pdf = rep_pdf("Voluntary GCM review report (Arabic)", "Sanad Association for Legal and Family Counselling, Mafraq",
                  ["Unregistered marriages among Syrian refugees", "Births without certificates",
                   "Proof of parentage before the Sharia courts", "Recommendations"])
    cover = make_pdf_cover()
    a = alt(M11_TEXT, "----=_Part_3318546_1467203985.1612428936401", html=yahoo_html(M11_TEXT, rtl=True), b64=True)
    body = multi("mixed", [a, attach("application/pdf", pdf, M11_FILE), attach("application/pdf", cover, M11_COVER)],
                 "----=_Part_3318545_907341268.1612428936400")
    m = mk(when, sent_at(when, 2, 5), "sonic307-21.consmr.mail.ir2.yahoo.example.com", "198.51.100.207",
           "4DTq0Bz7MsZ9", addr("منار العظامات", "manar.adamat@yahoo.example.com"), hdr(M11_SUBJ), M11_ID, body,
           extra=[("X-Mailer", YAHOO)])
    add(11, when, m, dict(category="both", language="ar", acknowledge=True, on_time=True, speakers=[
        sp("رنا محمود الزعبي", "مسؤولة وحدة التوثيق المدني", "جمعية سند للإرشاد القانوني والأسري", ["roundtable"], 4)],
        report_attachments=[M11_FILE],
        notes="'both' on time (4 February) from a Mafraq legal aid association working on unregistered marriages and "
              "births of Syrian refugees: two Arabic-named PDFs (RFC 2231 + RFC 2047), only the first is the report, "
              "the second is the signed cover letter; 'الزميلة المحامية الأستاذة' dropped from the name; 'في الجمعية' "
              "after the title points to the association; '- المفرق' in the signature is the place; 'المائدة "
              "المستديرة الرابعة' = 4. Yahoo, base64 parts; the sender (project coordinator) is not the speaker. "
              "Its report is replaced a week later (h259-18)."))


def make_pdf_cover():
    return make_pdf(["Sanad Association for Legal and Family Counselling - Mafraq, Jordan",
                     "Ref. 07/2021  -  3 February 2021", "",
                     "Cover letter: submission of our voluntary GCM review report",
                     "and nomination of Ms Rana Al-Zoubi (roundtable 4).", "",
                     "Chair of the Board  (signed and stamped)"])


# ================================================================ 12  FR  speaker  a husband writes for his wife 'épouse Ben Salah', 23:31 on the last evening (latin-1)
def m12():
    when = at("2021-02-05 23:31:12")
    subj = "Demande d'intervention - ATFB (avant minuit !)"
    text = """Bonsoir Madame, Monsieur,

J'espère ne pas être trop en retard : je n'ai vu que ce matin que la date limite pour les demandes d'intervention était aujourd'hui.

Je vous écris à la demande de mon épouse, qui est en déplacement à Sfax ce soir et n'a pas accès à sa messagerie. Elle souhaiterait prendre la parole lors d'une séance plénière de la conférence des 24 et 25 février :

Mme Hayat Moussaoui épouse Ben Salah
Présidente de l'Association Tunisienne des Familles Binationales (ATFB)

L'ATFB accompagne depuis 2011 des couples tuniso-étrangers (Tunisiens mariés à des Subsahariennes, Tunisiennes mariées à des Syriens, des Libyens ou des Européens) pour la transcription des mariages, l'inscription des naissances et les demandes de naturalisation des conjoints. Hayat a mené elle-même toutes ces démarches pour notre famille avant d'en faire son combat.

Vous pouvez lui écrire directement, je la mets en copie.

Avec mes remerciements, et toutes mes excuses pour l'heure tardive,

Karim Ben Salah
Trésorier de l'ATFB
"""
    body = leaf("text/plain", flowed(text), "iso-8859-1", "quoted-printable", params=[("format", "flowed")])
    m = mk(when, sent_at(when, 1, 7), "webmail.planet-tn.example.net", "203.0.113.121", "4DW2gN6KfYz1",
           "Karim Ben Salah <karim.bensalah@planet-tn.example.net>", subj,
           "<a7f3c90e21b84d6e5f17c2a9d0b3e864@webmail.planet-tn.example.net>", body,
           cc="Hayat Moussaoui <hayat.moussaoui@planet-tn.example.net>", extra=[("User-Agent", ROUNDCUBE)])
    add(12, when, m, dict(category="speaker_request", language="fr", acknowledge=True, on_time=True, speakers=[
        sp("Hayat Moussaoui épouse Ben Salah", "Présidente",
           "Association Tunisienne des Familles Binationales (ATFB)", ["plenary"])],
        notes="a husband writes for his wife ('mon épouse') at 23:31 Beirut time on the speaker deadline (22:31 in "
              "Tunis, Date UTC+1): on time although he fears it is late. Her name is in the civil form 'Hayat "
              "Moussaoui épouse Ben Salah' (only 'Mme' dropped; 'épouse Ben Salah' is her married usage name, not a "
              "relation to cut), the body later says just 'Hayat'; 'une séance plénière' = plenary. The sender, "
              "treasurer of the same association, is not a speaker; she is in Cc. Roundcube, ISO-8859-1 "
              "quoted-printable text/plain."))


# ================================================================ 13  AR  other  a Saudi mother married to a Yemeni only wants to listen
def m13():
    when = at("2021-02-06 13:20:44")
    subj = "طلب حضور فقط"
    text = """مساء الخير

أنا مواطنة سعودية متزوجة من يمني منذ 19 سنة، ولدي أربعة أبناء يحملون الجنسية اليمنية ولم يروا اليمن في حياتهم. قرأت عن مؤتمركم في حساب إحدى الناشطات على تويتر.

لا أرغب في إلقاء أي كلمة ولا أمثل أي جهة، فقط أتمنى أن أحضر وأستمع إلى الجلسات، خصوصاً ما يخص أبناء المواطنات والإقامات. هل يمكن ذلك؟ وإذا كان الحضور عن بعد، كيف أسجل وأحصل على الرابط؟ وهل ستكون هناك ترجمة إلى العربية؟

شكراً لكم
أم عبدالرحمن

تم الإرسال من جهاز Samsung Galaxy
"""
    body = leaf("text/plain", text, "utf-8", "base64")
    m = mk(when, sent_at(when, 3, 9), "mail-pf1-f179.google.example.com", "192.0.2.179", "4DWn5Xk8HbZ7",
           addr("أم عبدالرحمن", "umabdulrahman.1402@gmail.example.com"), hdr(subj),
           "<m5q8z2-k1v7c3-x9n4b6-0t2r5w.h3@email.android.com>", body)
    add(13, when, m, dict(category="other", language="ar", acknowledge=True, on_time=None,
        notes="a Saudi mother married to a Yemeni who only wants to attend and listen ('لا أرغب في إلقاء أي كلمة ولا "
              "أمثل أي جهة'): questions about remote registration and Arabic interpretation, no speaker; signed only "
              "with a kunya ('أم عبدالرحمن'), also the From name. Samsung phone, text/plain base64; Date UTC+3."))


# ================================================================ 14  EN  speaker  London family reunion solicitors + their Beirut network, late (8 Feb)
def m14():
    when = at("2021-02-08 16:45:27")
    subj = "Family reunion lawyers - request for two speaking slots"
    text = """Dear Colleagues,

I appreciate this may reach you after your deadline (the invitation only arrived at our firm on Friday, through the UK family reunion working group), but I hope you will still be able to consider it.

Harcourt Lane is a small legal aid practice in East London. Over the last six years we have represented more than 900 refugees from Syria, Iraq, Yemen and Sudan applying to be joined in the UK by their spouses and children. Almost every one of these cases turns on civil status documents issued, or never issued, in the Arab region: marriages that were not registered, children whose births were recorded only by UNHCR, mothers who cannot pass on their nationality.

We would like to propose two speakers:

1. Ms Dana Sweidan, Senior Associate in our immigration team, for a floor intervention in one of the plenary sessions. Dana leads our family reunion casework and gave evidence to the Home Affairs Committee last year.

2. Maître Georges Achkar, Coordinator of the Family Reunion Lawyers Network (FRLN), a group of about forty lawyers in Lebanon, Jordan and Iraq with whom we work on the ground, for a floor intervention in roundtable IV.

Both are available on 24 and 25 February, in person or online.

Best wishes,

Thomas Whitfield
Partner
Harcourt Lane Solicitors LLP
London E1
Authorised and regulated by the Solicitors Regulation Authority
"""
    a = alt(text, "_000_LO2P265MB4127C8D3E6A1F905_", html=outlook_html(text, lang="EN-GB"))
    m = mk(when, sent_at(when, 0, 11), "mail-lo2gbr01on0611.outbound.protection.outlook.example.com",
           "198.51.100.211", "4DYb9Ts4CgZ2", "Thomas Whitfield <t.whitfield@harcourtlane.example.co.uk>", subj,
           "<LO2P265MB4127C8D3E6A1F905@LO2P265MB4127.GBRP265.PROD.OUTLOOK.example.com>", a,
           extra=outlook(subj, "Adb+Nq2Wx4Ec6Rv8Tb0Yn2Um4Ik6Ol8==", lang="en-GB"))
    add(14, when, m, dict(category="speaker_request", language="en", acknowledge=True, on_time=False, speakers=[
        sp("Dana Sweidan", "Senior Associate", "Harcourt Lane Solicitors LLP", ["plenary"]),
        sp("Georges Achkar", "Coordinator", "Family Reunion Lawyers Network (FRLN)", ["roundtable"], 4)],
        notes="late (8 February) request from a London firm of family reunion lawyers for two speakers with different "
              "affiliations: the first is 'in our immigration team', i.e. the firm, whose full name is only in the "
              "signature ('Harcourt Lane' in the body); 'Ms' and 'Maître' dropped; 'roundtable IV' in Roman "
              "numerals; the partner who writes is not a speaker; 900 refugees and 'last year' are background. "
              "Outlook, en-GB, Date UTC+0."))


# ================================================================ 15  FR  report  Lebanese coalition: collective DOCX + signed cover letter + logo (Gmail)
M15_ID = "<CAN9vT4kR2xW7bQ+m5Zp8Lc1dH3sYf6gE9@mail.gmail.example.com>"
M15_SUBJ = "Rapport volontaire collectif – Coalition libanaise pour l'égalité dans la nationalité"
M15_QID = "4DZ6cH1VnWz8"
M15_FILE = "Rapport collectif CLEN – Nationalité, famille et migration (février 2021).docx"
M15_COVER = "Lettre d'accompagnement CLEN signée.pdf"


def m15():
    when = at("2021-02-09 10:05:14")
    text = """Madame, Monsieur,

Au nom des onze associations membres de la Coalition libanaise pour l'égalité dans la nationalité (CLEN), j'ai le plaisir de vous transmettre notre rapport volontaire collectif pour l'examen régional du Pacte mondial sur les migrations, ainsi que la lettre d'accompagnement signée par les organisations membres.

Le rapport montre comment l'impossibilité pour les Libanaises de transmettre leur nationalité alimente à la fois l'émigration de leurs enfants, contraints de chercher ailleurs le droit de travailler, et la précarité de leurs conjoints étrangers, dont le séjour dépend d'un permis renouvelable. Il se termine par huit recommandations, dont la délivrance de plein droit d'un titre de séjour permanent aux enfants et aux conjoints en attendant la réforme de la loi.

Nous aurions aimé proposer une rapporteuse issue de la Coalition, mais le délai du 5 février est passé ; si une place venait à se libérer, nous serions heureuses de vous faire une proposition.

Ma collègue Joëlle Sfeir, qui a coordonné la rédaction, est en copie.

Bien cordialement,

Maya Harb
Chargée de plaidoyer
Coalition libanaise pour l'égalité dans la nationalité (CLEN)
Beyrouth
"""
    doc = make_docx(["Coalition libanaise pour l'egalite dans la nationalite (CLEN)",
                     "Rapport volontaire collectif - examen regional du Pacte mondial pour les migrations",
                     "1. Une loi de 1925 et ses effets sur les familles", "2. Enfants de meres libanaises : partir pour travailler",
                     "3. Conjoints etrangers : un sejour toujours provisoire", "4. Huit recommandations",
                     "Annexe : liste des onze associations membres"])
    cover = rep_pdf("Lettre d'accompagnement", "Coalition libanaise pour l'egalite dans la nationalite (CLEN)",
                    ["Transmission du rapport collectif", "Signatures des onze associations membres"])
    cid = "ii_kkx3f9q20"
    html = gmail_html(text).replace("</div></body>", '<br><img src="cid:%s" alt="logo CLEN.png" width="96" '
                                                     'height="48"></div></body>' % cid)
    a = alt(text, "000000000000b7d4e205bae21c58", html=html)
    img = leaf("image/png", make_png(24, 12, (176, 32, 48)), cte="base64", params=[("name", '"logo CLEN.png"')],
               disp='inline; filename="logo CLEN.png"', extra=[("Content-ID", "<%s>" % cid), ("X-Attachment-Id", cid)])
    rel = multi("related", [a, img], "000000000000b7d4e305bae21c59")
    body = multi("mixed", [rel, attach(DOCX, doc, M15_FILE), attach("application/pdf", cover, M15_COVER)],
                 "000000000000b7d4e405bae21c5a")
    m = mk(when, sent_at(when, 2, 6), "mail-wr1-f53.google.example.com", "192.0.2.153", M15_QID,
           "Maya Harb <clen.plaidoyer@gmail.example.com>", hdr(M15_SUBJ, enc="Q"), M15_ID, body,
           cc="=?UTF-8?Q?Jo=C3=ABlle_Sfeir?= <joelle.sfeir@kafa-nationalite.example.org>")
    add(15, when, m, dict(category="voluntary_report", language="fr", acknowledge=True, on_time=True,
        report_attachments=[M15_FILE],
        notes="collective report of a Lebanese coalition: three files, only the DOCX (en dash, accents, brackets in "
              "its name, RFC 2231 + RFC 2047) is the report; the signed cover letter PDF and the inline Gmail "
              "signature logo are not. 'Nous aurions aimé proposer une rapporteuse ... le délai du 5 février est "
              "passé': no speaker. The colleague in Cc answers our acknowledgement with a Sieve vacation reply "
              "(h259-16)."))


# ================================================================ 16  FR  auto_reply  Sieve vacation of the colleague in Cc of 15
def m16():
    when = at("2021-02-09 10:06:31")
    ack = ack_mid(M15_QID)
    text = """Bonjour,

Je suis en congé jusqu'au lundi 15 février inclus et je ne consulte pas ma messagerie. Pour toute question concernant le rapport de la Coalition, merci d'écrire à Maya Harb (clen.plaidoyer@gmail.example.com).

Joëlle Sfeir
"""
    body = leaf("text/plain", text, "utf-8", "quoted-printable")
    subj = hdr("Réponse automatique : Re: Accusé de réception - " + M15_SUBJ, enc="Q")
    rows = std_rows(when, "mail.kafa-nationalite.example.org", "203.0.113.132", "4DZ6dR7MpXz3",
                    "=?UTF-8?Q?Jo=C3=ABlle_Sfeir?= <joelle.sfeir@kafa-nationalite.example.org>", subj,
                    rfcdate(sent_at(when, 2, 2)), "<dovecot-sieve-1612857989-418273-0@mail.kafa-nationalite.example.org>",
                    extra=[("Auto-Submitted", "auto-replied (vacation)"), ("Precedence", "bulk")], ret="")
    rows = [(k, "<>" if k == "Return-Path" else v) for k, v in rows]
    rows += [("In-Reply-To", ack), ("References", M15_ID + " " + ack)]
    add(16, when, top(body, rows), dict(category="auto_reply", language="fr", acknowledge=False, on_time=None,
        notes="Dovecot Sieve vacation reply of the colleague in Cc of h259-15 to our acknowledgement ('Réponse "
              "automatique : Re: Accusé de réception - ...'; Auto-Submitted: auto-replied (vacation), Precedence: "
              "bulk); it talks about 'le rapport de la Coalition' and gives an address. Never acknowledge; thread_of "
              "null as for dev auto-replies."))


# ================================================================ 17  EN  report  Erbil legal aid: undocumented children in Ninewa, report + annex, iPad inline parts
M17_FILES = ["RLAO_Undocumented_Children_Ninewa_GCM_2021.pdf", "RLAO_Annex_Case_Summaries.pdf"]


def m17():
    when = at("2021-02-10 15:33:02")
    subj = "Voluntary report - children without civil documentation in Ninewa (RLAO)"
    text = """Dear GCM Review team,

Please find attached our voluntary GCM review report together with its annex of case summaries (two PDFs, the annex is part of the report).

The report looks at children born in Ninewa between 2014 and 2017 whose births were never registered with the Iraqi civil status directorate: children whose fathers are missing or dead and whose mothers cannot prove the marriage, children of foreign fathers, and children of Iraqi mothers married to Syrian men who have since left the country. Without a unified national card these children cannot enrol in school, and their families can neither return home, move within Iraq nor emigrate lawfully. The annex summarises 57 anonymised cases followed by our lawyers in Mosul, Tal Afar and the camps of Hamdaniya and Makhmour.

We have no speaker to propose this time; our team will follow the conference online.

Regards,
Shilan Kareem
Director of Programmes
Rasty Legal Aid Organization (RLAO)
Erbil, Kurdistan Region of Iraq
"""
    rep = rep_pdf("Voluntary GCM review report", "Rasty Legal Aid Organization (RLAO), Erbil",
                  ["Births never registered in Ninewa (2014-2017)", "Mothers who cannot prove the marriage",
                   "Children of foreign and absent fathers", "School, return and movement", "Recommendations"])
    annex = rep_pdf("Annex - case summaries", "Rasty Legal Aid Organization (RLAO)",
                    ["57 anonymised cases: Mosul", "Tal Afar", "Hamdaniya and Makhmour camps"])
    sig = leaf("image/png", make_png(60, 20, (20, 70, 120)), cte="base64", params=[("name", '"RLAO-signature.png"')],
               disp='inline; filename="RLAO-signature.png"')
    body = multi("mixed", [leaf("text/plain", text), attach("application/pdf", rep, M17_FILES[0], inline=True),
                           attach("application/pdf", annex, M17_FILES[1], inline=True), sig,
                           leaf("text/plain", "\nSent from my iPad\n", "us-ascii", "7bit")],
                 "Apple-Mail-4A8E2C17-9D35-4B60-A1F7-E3C508D26B94")
    m = mk(when, sent_at(when, 3, 9), "mr85p00im-ztdg06021901.me.example.com", "198.51.100.190", "4DZx2Qc9TkZ6",
           "Shilan Kareem <shilan.kareem@icloud.example.com>", subj,
           "<F1D6B3A8-2E7C-4905-B8A4-6C3D9E0F1A27@icloud.example.com>", body, extra=[("X-Mailer", IPAD)])
    add(17, when, m, dict(category="voluntary_report", language="en", acknowledge=True, on_time=True,
        report_attachments=M17_FILES,
        notes="report from Erbil on children without birth registration in Ninewa: iPad Mail multipart/mixed whose two "
              "PDFs are 'inline' parts between text parts ('Sent from my iPad' comes after them); both PDFs make up "
              "the report ('the annex is part of the report'), the inline signature image does not; 'We have no "
              "speaker to propose this time'. Date UTC+3."))


# ================================================================ 18  AR  report  revised report replacing the one of 11 (Yahoo reply)
def m18():
    when = at("2021-02-11 09:48:55")
    fname = "تقرير جمعية سند - نسخة معدلة 10-2-2021.pdf"
    text = """تحية طيبة،

نرجو اعتماد النسخة المعدلة المرفقة من تقريرنا بدلاً من النسخة التي أرسلناها يوم 4 شباط، فقد تبيّن لنا بعد الإرسال خطأ في أرقام الجدول الثاني (عدد عقود الزواج غير الموثقة في قصبة المفرق ولواء البادية الشمالية)، كما أضفنا فقرة قصيرة عن الأطفال مجهولي النسب.

أما ترشيح الأستاذة رنا فيبقى كما هو دون أي تغيير.

مع الشكر والاعتذار عن الإزعاج،
منار العظامات
جمعية سند


في الخميس، ٤ فبراير ٢٠٢١، ١٠:٥٥ ص، منار العظامات <manar.adamat@yahoo.example.com> كتب:

""" + gt(M11_TEXT) + "\n"
    pdf = rep_pdf("Voluntary GCM review report (Arabic) - REVISED 10 Feb 2021",
                  "Sanad Association for Legal and Family Counselling, Mafraq",
                  ["Unregistered marriages among Syrian refugees (table 2 corrected)", "Births without certificates",
                   "Children of unknown parentage (new)", "Recommendations"])
    a = alt(text, "----=_Part_4120931_318205467.1613029731112", html=yahoo_html(text, rtl=True), b64=True)
    body = multi("mixed", [a, attach("application/pdf", pdf, fname)], "----=_Part_4120930_1205983417.1613029731111")
    m = mk(when, sent_at(when, 2, 4), "sonic308-14.consmr.mail.ir2.yahoo.example.com", "198.51.100.208",
           "4F1Lm7Wd2RzQ", addr("منار العظامات", "manar.adamat@yahoo.example.com"),
           re_hdr("Re: ", M11_SUBJ), "<1613029731112.4120932@mail.yahoo.example.com>", body,
           extra=[("In-Reply-To", M11_ID), ("References", M11_ID), ("X-Mailer", YAHOO)])
    add(18, when, m, dict(category="voluntary_report", language="ar", acknowledge=True, on_time=True,
        report_attachments=[fname], thread_of=H % 11,
        notes="revised report replacing the one sent with h259-11 (a Yahoo reply to the sender's own message, subject "
              "still about 'ترشيح متحدثة'): the new PDF is the report; the nomination 'يبقى كما هو' is not a new "
              "request, and the quoted original repeats the speaker's details and mentions the cover letter, which "
              "is not attached this time. voluntary_report, not 'both'."))


# ================================================================ 19  EN  both  migrant domestic workers' mothers' circle: report on time, 'Ate Joy' late
M19_FILE = "MMC report – Our children without papers.docx"


def m19():
    when = at("2021-02-14 12:07:19")
    subj = "Our report + a speaker (we know we are late for that part)"
    text = """Dear organisers,

We are the Migrant Mothers' Circle – Lebanon (MMC), a self-organised group of migrant domestic workers from the Philippines, Kenya, Ethiopia, Sri Lanka and Cameroon who became mothers while working in Lebanon. Many of our children were born here and have no birth certificate from any country: the Lebanese registry will not record a birth unless the mother has a valid residence permit, and our embassies first ask for a Lebanese document. Some of our children have a Lebanese father who never recognised them.

1) Our report is attached. We wrote it together during our Sunday meetings in Bourj Hammoud, and a volunteer lawyer helped us with the recommendations.

2) We would also like Joy Dela Cruz Manalo, our founder and volunteer coordinator, to speak in the open discussion on 23 February. Everybody in the community calls her Ate Joy ("big sister" in Tagalog). She has lived in Lebanon for 21 years and has helped more than 70 mothers register or repatriate their babies. We know the date for speakers was 5 February; we only heard about the review last week, so if it is not possible we will understand.

Thank you for listening to us.

Wanjiru Kamau
on behalf of MMC
"""
    doc = make_docx(["Migrant Mothers' Circle - Lebanon (MMC)", "Our children without papers",
                     "Voluntary GCM review report, February 2021", "1. Who we are", "2. Births that cannot be registered",
                     "3. Fathers who do not recognise their children", "4. What we ask"])
    a = alt(text, "_000_AM6P194MB0520F3B7C9D1E846_", html=owa_html(text))
    body = multi("mixed", [a, attach(DOCX, doc, M19_FILE)], "_004_AM6P194MB0520F3B7C9D1E846_")
    m = mk(when, sent_at(when, 2, 8), "mail-am6eur05olkn2019.outbound.protection.outlook.example.com",
           "198.51.100.19", "4F3Ha5Sx8VzN", "Wanjiru Kamau <wanjiru.kamau.lb@hotmail.example.com>", subj,
           "<AM6P194MB0520F3B7C9D1E846@AM6P194MB0520.EURP194.PROD.OUTLOOK.example.com>", body,
           extra=[("Thread-Topic", subj), ("Thread-Index", "AQHXArq5Bv7Nc9Mx1Lz3Kw5Jy7Hu9Gt1Fs=="),
                  ("Content-Language", "en-US"), ("X-MS-Has-Attach", "yes"), ("X-MS-TNEF-Correlator", "")])
    add(19, when, m, dict(category="both", language="en", acknowledge=True, on_time=False, speakers=[
        sp("Joy Dela Cruz Manalo", "founder and volunteer coordinator", "Migrant Mothers' Circle – Lebanon (MMC)",
           ["open_discussion"])],
        report_attachments=[M19_FILE],
        notes="'both' on 14 February: the report is on time but the speaker part is late (the writer knows the 5 "
              "February date), so on_time false. The speaker is also called 'Ate Joy' (a Tagalog kinship term, not "
              "her name); the affiliation includes an en dash ('Migrant Mothers' Circle – Lebanon (MMC)'), later "
              "'MMC' only; the title is lower-case in prose ('our founder and volunteer coordinator'); DOCX name "
              "with an en dash (RFC 2231 + RFC 2047). Outlook.com web; the sender is not the speaker."))


# ================================================================ 20  AR  report  Kuwaiti volunteer team for Bidoon families, 23:58 Beirut (Date already 17 Feb), Reply-To
M20_ID = "<CAB3xR7pW1nT9kZ+v4Mq6Lc2sJ8dHf5yE0@mail.gmail.example.com>"
M20_SUBJ = "تقرير فريق هوية التطوعي - الاستعراض الإقليمي"
M20_QID = "4F5bN2Gt6QzW"
M20_FILE = "تقرير فريق هوية - البدون والأحوال المدنية 2021.pdf"
M20_REPLY = "hawiya.team@outlook.example.com"


def m20():
    when = at("2021-02-16 23:58:40")
    text = """السلام عليكم ورحمة الله وبركاته،

يسر فريق «هوية» التطوعي لمساندة أسر البدون في الكويت أن يقدم لكم تقريره الطوعي للاستعراض الإقليمي للاتفاق العالمي من أجل الهجرة الآمنة والمنظمة والنظامية، وهو مرفق بصيغة PDF.

يتناول التقرير أثر انعدام الجنسية على الحياة الأسرية: صعوبة توثيق عقود الزواج لدى المحاكم، وتأخر استخراج شهادات الميلاد للأطفال أو صدورها دون ذكر الجنسية، وتعذر لمّ شمل الأسر التي غادر بعض أفرادها الكويت ولا يستطيعون العودة، إضافة إلى أوضاع الكويتيات المتزوجات من رجال بدون وأبنائهن.

وقد علمنا أن الأخ مطلق العنزي، أحد الآباء الذين يتابع الفريق حالاتهم، أرسل إليكم طلباً للمشاركة بكلمة، ونأمل أن يتاح له ذلك، فهو أصدق من يعبّر عن معاناة هذه الأسر.

نعتذر عن الإرسال في الدقائق الأخيرة قبل منتصف الليل بتوقيت بيروت، ونرجو توجيه أي رد إلى البريد المشترك للفريق.

مع خالص التقدير،
م. عبدالعزيز ناصر الشمري
منسق فريق «هوية» التطوعي
"""
    pdf = rep_pdf("Voluntary GCM review report (Arabic)", "Hawiya volunteer team for Bidoon families, Kuwait",
                  ["Marriage contracts that cannot be registered", "Birth certificates without nationality",
                   "Family members who left and cannot return", "Kuwaiti women married to Bidoon men",
                   "Recommendations"])
    a = alt(text, "0000000000009d1f6a05bb7c2e94", html=gmail_html(text, rtl=True), b64=True)
    body = multi("mixed", [a, attach("application/pdf", pdf, M20_FILE)], "0000000000009d1f6c05bb7c2e96")
    m = mk(when, sent_at(when, 3, 4), "mail-wm1-f49.google.example.com", "192.0.2.49", M20_QID,
           addr("Abdulaziz Alshammari", "a.n.alshammari@gmail.example.com"), hdr(M20_SUBJ), M20_ID, body,
           extra=[("Reply-To", addr("فريق هوية", M20_REPLY))])
    add(20, when, m, dict(category="voluntary_report", language="ar", acknowledge=True, on_time=True,
        report_attachments=[M20_FILE],
        notes="received at 23:58:40 Beirut time on the report deadline, so on time, although the Date header (Kuwait, "
              "UTC+3) already reads Wed 17 Feb 00:58. It mentions the speaking request of h259-07's father ('أرسل "
              "إليكم طلباً للمشاركة بكلمة') without proposing anyone; signer with 'م.' is not a speaker. Reply-To "
              "names the team's shared mailbox, whose copy of our acknowledgement bounces (h259-21). Gmail, base64."))


# ================================================================ 21  EN  bounce  our acknowledgement of 20 to its Reply-To: mailbox full
def m21():
    when = at("2021-02-17 00:00:09")
    text = POSTFIX_NOTICE + """
<%s>: host outlook-com.olc.protection.outlook.example.com[198.51.100.33]
    said: 552 5.2.2 STOREDRV.Deliver; mailbox full (in reply to end of DATA
    command)
""" % M20_REPLY
    dsn = ("Reporting-MTA: dns; mx1.iom.int\n"
           "X-Postfix-Queue-ID: 4F5bP0Vr3KzT\n"
           "X-Postfix-Sender: rfc822; gcmrrarabstates@iom.int\n"
           "Arrival-Date: %s\n\n"
           "Final-Recipient: rfc822; %s\n"
           "Original-Recipient: rfc822;%s\n"
           "Action: failed\n"
           "Status: 5.2.2\n"
           "Remote-MTA: dns; outlook-com.olc.protection.outlook.example.com\n"
           "Diagnostic-Code: smtp; 552 5.2.2 STOREDRV.Deliver; mailbox full\n"
           % (rfcdate(when - dt.timedelta(seconds=6), "EET"), M20_REPLY, M20_REPLY))
    hdrs = ("Return-Path: <gcmrrarabstates@iom.int>\n"
            "From: GCM Regional Review Arab States <gcmrrarabstates@iom.int>\n"
            "To: %s\n"
            "Subject: %s\n"
            " %s\n"
            "Date: %s\n"
            "Message-ID: %s\n"
            "In-Reply-To: %s\n"
            "References: %s\n" % (b_word("فريق هوية") + " <%s>" % M20_REPLY, b_word("إشعار استلام - "),
                                  b_word(M20_SUBJ), rfcdate(when - dt.timedelta(seconds=9)), ack_mid(M20_QID),
                                  M20_ID, M20_ID))
    body = dsn_report(text, dsn, hdrs, "4F5bQ1Hy7LzV.1613512809/mx1.iom.int")
    rows = [("Return-Path", "<>"), ("Delivered-To", "gcmrrarabstates@iom.int"),
            ("Received", "by mx1.iom.int (Postfix)\r\n\tid 4F5bQ1Hy7LzV; %s" % rfcdate(when, "EET")),
            ("Date", rfcdate(when, "EET")),
            ("From", "MAILER-DAEMON@mx1.iom.int (Mail Delivery System)"),
            ("Subject", "Undelivered Mail Returned to Sender"),
            ("To", "gcmrrarabstates@iom.int"),
            ("Auto-Submitted", "auto-replied"),
            ("Message-Id", "<20210216220009.4F5bQ1Hy7LzV@mx1.iom.int>")]
    add(21, when, top(body, rows), dict(category="bounce", language="en", acknowledge=False, on_time=None,
        notes="Postfix DSN (552 5.2.2 mailbox full) for our acknowledgement of h259-20 sent to its Reply-To address; "
              "the returned headers carry an RFC 2047 Arabic subject about a report and References to h259-20. It "
              "arrives just after midnight of the report deadline. Never acknowledge; thread_of null as for dev "
              "bounces."))


# ================================================================ 22  FR  report  Algerian mixed families, Date 16 Feb 23:10 (UTC+1) but received 00:10 in Beirut: late
def m22():
    when = at("2021-02-17 00:10:44")
    subj = "Rapport volontaire du CFMA (envoyé le 16 février)"
    fname = "Rapport CFMA – familles mixtes et état civil.docx"
    text = """Bonsoir,

Juste avant minuit, voici le rapport volontaire du Collectif des Familles Mixtes d'Algérie (CFMA), en pièce jointe au format Word.

Le CFMA réunit depuis 2016 des Algériennes et des Algériens mariés à des ressortissants étrangers, en majorité syriens, maliens, nigériens et français. Notre rapport porte sur trois difficultés : la transcription des mariages célébrés à l'étranger ou devant un imam, l'accès des conjoints étrangers à la carte de résident, et l'inscription à l'état civil des enfants dont le père étranger est en situation irrégulière, alors même que le Code de la nationalité permet depuis 2005 à la mère algérienne de transmettre sa nationalité.

En espérant qu'il vous parvienne dans les temps,

Bien cordialement,

Souad Merabet-Keddache
Secrétaire générale du CFMA
Oran
"""
    doc = make_docx(["Collectif des Familles Mixtes d'Algerie (CFMA)", "Rapport volontaire - examen regional du PMM",
                     "1. Transcription des mariages", "2. Carte de resident des conjoints etrangers",
                     "3. Etat civil des enfants de peres etrangers", "Recommandations"])
    text_part = leaf("text/plain", text, "utf-8", "8bit", params=[("format", "flowed")])
    body = multi("mixed", [text_part, attach(DOCX, doc, fname)], "------------7C2E5A91D04B3F8612E9A0C4")
    m = mk(when, sent_at(when, 1, 6), "smtp.djaweb-mail.example.dz", "203.0.113.213", "4F5bZ8Kc1NzR",
           "Souad Merabet-Keddache <cfma.algerie@djaweb-mail.example.dz>", hdr(subj, enc="Q"),
           "<7e2b4c19-a5d3-4f80-9c61-3b8e0d2f7a45@djaweb-mail.example.dz>", body,
           extra=[("User-Agent", TB), ("Content-Language", "fr")])
    add(22, when, m, dict(category="voluntary_report", language="fr", acknowledge=True, on_time=False,
        report_attachments=[fname],
        notes="late by ten minutes: sent 'juste avant minuit' in Oran (Date Tue 16 Feb 23:10 +0100, and the subject "
              "says 'envoyé le 16 février') but received at 00:10 on 17 February Beirut time, where the deadline is "
              "set. DOCX name with an en dash and 'é' (RFC 2231 + RFC 2047); the signer's hyphenated double surname "
              "is not a speaker. Thunderbird, 8bit text/plain."))


# ================================================================ 23  AR  other  the Bidoon father's daughter answers our acknowledgement of 07 with questions
def m23():
    when = at("2021-02-17 11:30:26")
    ack = ack_mid(M07_QID)
    text = """وعليكم السلام ورحمة الله

شكراً على ردكم. أبوي يسأل: متى يوصلنا خبر إذا انقبلت مشاركته في الجلسة العامة أو لا؟ وإذا انقبلت، نقدر نرسل الكلمة مكتوبة من قبل عشان أحد يقراها بداله لو النت فصل؟

وأبوي يسلم عليكم ويقول الله يجزاكم خير على الاهتمام.

نوف مطلق
(بنت مطلق العنزي)

أُرسلت من الـ iPhone

> في ‏01‏/02‏/2021، الساعة ‏10:06 م، كتب GCM Regional Review Arab States <gcmrrarabstates@iom.int>:
>
""" + gt(ack_ar(M07_SUBJ, "طلب مشاركة بكلمة")) + "\n"
    body = leaf("text/plain", text, "utf-8", "quoted-printable")
    m = mk(when, sent_at(when, 3, 7), "mr85p00im-zteg06021702.me.example.com", "198.51.100.186", "4F6Dk3Js9BzX",
           addr("Nouf", "nouf.mutlaq99@icloud.example.com"), re_hdr("Re: ", "إشعار استلام - " + M07_SUBJ),
           "<9C2F7E14-A36B-4D85-B0E9-1F4A8C3D6E72@icloud.example.com>", body,
           extra=[("In-Reply-To", ack), ("References", M07_ID + " " + ack), ("X-Mailer", IPHONE)])
    add(23, when, m, dict(category="other", language="ar", acknowledge=True, on_time=None, thread_of=H % 7,
        notes="the Bidoon father's daughter answers our acknowledgement of h259-07 two weeks later with questions "
              "(when will he hear? may a written speech be read for him if the connection fails?): it asks "
              "something, so it is acknowledged; it repeats his role ('الجلسة العامة') but is not a new request; "
              "signed 'نوف مطلق (بنت مطلق العنزي)', a family relation in the signature. iPhone, quoted-printable."))


# ================================================================ 24  FR  other  a regional network's newsletter (Sendinblue, bulk)
def m24():
    when = at("2021-02-18 09:00:12")
    subj = "La Lettre du REMEN n° 14 – février 2021"
    text = """La Lettre du REMEN – n° 14 – février 2021
Réseau Maghreb-Machrek pour l'Égalité dans la Nationalité

ÉDITORIAL
Un an après le lancement de notre campagne régionale, huit pays arabes refusent encore aux femmes le droit de transmettre leur nationalité à leurs enfants dans les mêmes conditions que les hommes. Ce mois-ci, nos membres se mobilisent autour de l'examen régional du Pacte mondial sur les migrations.

EXAMEN RÉGIONAL DU PACTE MONDIAL
Le REMEN a transmis le 12 février son rapport volontaire, rédigé avec nos partenaires de Beyrouth, d'Amman et de Koweït. Notre coordinatrice régionale, Sanaa El-Khatib, interviendra à la table ronde 2 le 24 février si sa participation est confirmée.

DANS LE RÉSEAU
– Koweït : la pétition pour l'égalité a dépassé les 6 000 signatures.
– Bahreïn : la campagne « Abna' al-Bahrainiya » a tenu sa première rencontre en ligne avec des jeunes.
– Liban : le réseau des mères mariées à des étrangers publie son enquête auprès de 212 familles.

AGENDA
Webinaire « Enfants sans acte de naissance : quelles réponses ? » – mercredi 3 mars 2021, 15 h (heure de Beyrouth).

Vous recevez cette lettre parce que votre adresse est inscrite à la liste de diffusion du REMEN.
Se désinscrire : https://remen-reseau.example.org/desinscription
"""
    html = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body '
            'style="margin:0;padding:0;background:#f2f2f2"><table width="100%" cellpadding="0" cellspacing="0">'
            '<tr><td align="center"><table width="600" style="background:#ffffff;font-family:Georgia,serif">'
            + "".join('<tr><td style="padding:12px 24px">%s</td></tr>' % esc(p).replace("\n", "<br>")
                      for p in text.strip("\n").split("\n\n"))
            + '</table></td></tr></table><img src="https://r.remen-reseau.example.org/tr/op/Kx7qP2" width="1" '
              'height="1" alt=""></body></html>\n')
    body = alt(text, "----=_NmP-7a4c9e21d3b05f18-Part_1", html=html)
    rows = std_rows(when, "smtp-relay.sendinblue.example.com", "198.51.100.241", "4F6q8Vb2WkzY",
                    "=?UTF-8?Q?R=C3=A9seau_REMEN?= <lettre@remen-reseau.example.org>", hdr(subj, enc="Q"),
                    rfcdate(sent_at(when, 1, 20)), "<202102180800.81726354019@smtp-relay.sendinblue.example.com>",
                    extra=[("X-Mailer", "Sendinblue"), ("X-Mailin-Campaign", "14"),
                           ("List-Unsubscribe", "<https://remen-reseau.example.org/desinscription?u=gcmrr>, "
                                                "<mailto:unsubscribe@remen-reseau.example.org>"),
                           ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"), ("Precedence", "bulk"),
                           ("Feedback-ID", "14:8172635:campaign:sendinblue")],
                    ret="bounces-8172635-14@sendinblue.example.com")
    add(24, when, top(body, rows), dict(category="other", language="fr", acknowledge=False, on_time=None,
        notes="a regional nationality-equality network's newsletter (Sendinblue; Precedence: bulk, "
              "List-Unsubscribe): list mail, so no acknowledgement. It says a report was 'transmis le 12 février' "
              "and that its coordinator 'interviendra à la table ronde 2', and mentions the Kuwaiti, Bahraini and "
              "Lebanese campaigns of this set, but it submits and requests nothing."))


def main():
    for f in (m01, m02, m03, m04, m05, m06, m07, m08, m09, m10, m11, m12, m13, m14, m15, m16, m17, m18, m19,
              m20, m21, m22, m23, m24):
        f()
    SET.write()


if __name__ == "__main__":
    main()
