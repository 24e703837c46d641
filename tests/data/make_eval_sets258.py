#!/usr/bin/env python3
"""Write the blind evaluation set holdout258 (24 raw .eml messages + labels.json).

Deterministic, standard library only:  cd tests/data && python3 make_eval_sets258.py
Theme: housing, shelter and cities' informal settlements (25 January - 18 February 2021).  An urbaniste of a
Tunisian municipal social housing service asking whether a commune may report, a tenants' welfare committee of
migrant workers' flats in Jleeb Al-Shuyoukh (Kuwait) proposing two residents, a Beirut shelter for homeless migrants
nominating its director (and its shelter coordinator's out-of-office), an Amman architect signing 'Layan Qaddoumi,
architect' under a three-line iPhone request for 'Roundtable IV', a Casablanca housing association asking that the
delegate of the squatters' camp by the Ouled Ziane bus station speak for himself, a regional housing network's
bulletin full of deadlines, a Cairo foundation for refugees' rent support sending a report, a cover letter and a
'مهندس معماري' as speaker, a UN-Habitat-style settlements partnership sending its report split across three PDFs
(its mistyped Cc bounces), the urban community of Nouakchott proposing its 'Directrice' for 'table ronde III', a
Beirut architects' collective formed after the port blast proposing an 'architecte' and an 'urbaniste', a labour
camp tenants' committee in Dubai sending report and speaker at 00:45 local time (22:45 in Beirut), a Tripoli (Libya)
shelter organisation at 23:41 on the last evening, an independent urban planner in London writing on Friday
evening local time but after midnight in Beirut, a thank-you, an Oran housing rights association's report and its
corrected version (then its vacation reply), a master's student who only wants to attend, a women's shelter in
Achrafieh typing its report into the body with a floor plan of the dormitory inline, a Khartoum association for
informal settlements, a Jordanian municipal social housing section six minutes after the report deadline, and a
follow-up question from Tripoli.  Addresses, apartment, room and office numbers and phone numbers in signatures
next to titles.  Helpers from mailgen.py.
"""
import datetime as dt

from mailgen import (EvalSet, DOCX, POSTFIX_NOTICE, addr, alt, at, attach, dsn_report, esc, flowed, gmail_html, hdr,
                     html_only, leaf, make_docx, make_png, mk, multi, re_hdr, rep_pdf, rfcdate, sent_at, sp,
                     std_rows, top)
from mailgen import outlook_html, outlook_rows as outlook
from mailgen import quote_block as gt, ack_id as ack_mid, logo

SET = EvalSet(258)
add = SET.add
H = "h258-%02d.eml"

TB = "Mozilla/5.0 (X11; Ubuntu; Linux x86_64; rv:78.0) Gecko/20100101 Thunderbird/78.7.1"
TB_WIN = "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:78.0) Gecko/20100101 Thunderbird/78.6.1"
IPHONE = "iPhone Mail (18D52)"
APPLE = "Apple Mail (2.3654.60.0.2.21)"
YAHOO = "WebService/1.1.17712 YMailNorrin"
YAHOO_ANDROID = "WebService/1.1.17712 YahooMailAndroidMobile"
ROUNDCUBE = "Roundcube Webmail/1.4.11"
HORDE = "Horde Application Framework 5"


def android_html(text, rtl=False):
    d = ' dir="rtl"' if rtl else ' dir="auto"'
    inner = "<br>".join(esc(x) for x in text.rstrip("\n").split("\n"))
    return ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body>'
            '<div%s>%s</div></body></html>\n' % (d, inner))


def yahoo_html(text, rtl=False):
    d = "rtl" if rtl else "ltr"
    lines = "".join('<div dir="%s" data-setdir="false">%s</div>' % (d, esc(x) if x else "<br>")
                    for x in text.rstrip("\n").split("\n"))
    return ('<html><head></head><body><div class="ydp3c9e1f07yahoo-style-wrap" style="font-family:Helvetica Neue, '
            'Helvetica, Arial, sans-serif;font-size:13px;">%s</div></body></html>\n' % lines)


def apple_html(text):
    inner = "".join('<div class="">%s</div>' % (esc(x) if x else '<br class="">')
                    for x in text.rstrip("\n").split("\n"))
    return ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>'
            '<body style="word-wrap: break-word; -webkit-nbsp-mode: space; line-break: after-white-space;" class="">'
            '%s</body></html>\n' % inner)


def owa_html(text):
    """Outlook on the web: one div per line in a Calibri wrapper."""
    inner = "".join("<div>%s</div>" % (esc(x) if x else "<br>") for x in text.rstrip("\n").split("\n"))
    return ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"><style type="text/css" '
            'style="display:none;"> P {margin-top:0;margin-bottom:0;} </style></head><body dir="ltr">'
            '<div style="font-family: Calibri, Arial, Helvetica, sans-serif; font-size: 12pt; color: rgb(0, 0, 0);">'
            '%s</div></body></html>\n' % inner)


def exch_auto(when, host, ip, qid, sender, mid, subject, topic, orig_refs, ack, lang, delay):
    """Headers of an Exchange out-of-office answering one of our acknowledgements."""
    rows = std_rows(when, host, ip, qid, sender, subject, rfcdate(sent_at(when, *delay)), mid,
                    extra=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")], ret="")
    rows = [(k, "<>" if k == "Return-Path" else v) for k, v in rows]
    loop = str(sender).split("<")[-1].rstrip(">")
    return rows + [("In-Reply-To", ack), ("References", orig_refs + " " + ack), ("Thread-Topic", topic),
                   ("Content-Language", lang), ("X-MS-Exchange-Inbox-Rules-Loop", loop)]


def ack_ar(who, subject, what):
    return """%s المحترم/ة،

تشكركم أمانة الاستعراض الإقليمي للاتفاق العالمي من أجل الهجرة في المنطقة العربية على رسالتكم «%s»، وتؤكد استلام %s. وسنعود إليكم لاحقاً بخصوص برنامج الجلسات وطريقة المشاركة.

أمانة الاستعراض الإقليمي للاتفاق العالمي من أجل الهجرة - المنطقة العربية""" % (who, subject, what)


def ack_fr(subject, what):
    return """Madame, Monsieur,

Le secrétariat de l'examen régional du Pacte mondial pour les migrations (région arabe) vous remercie de votre message « %s » et accuse réception de %s.

Secrétariat de l'examen régional du PMM - région arabe""" % (subject, what)


# ================================================================ 01  FR  other  Sfax municipal social housing service: may a commune report?
def m01():
    when = at("2021-01-25 10:12:40")
    subj = "Participation d'un service municipal d'habitat social à l'examen régional ?"
    text = """Madame, Monsieur,

Je suis urbaniste au service de l'habitat social de la Commune de Sfax. Depuis 2019, notre service suit les quartiers d'habitat spontané de la périphérie (route de Gremda, Sidi Mansour, El Bahri), où vivent aujourd'hui de nombreux travailleurs migrants venus d'Afrique subsaharienne, souvent à six ou huit par chambre et sans bail écrit.

Nous avons pris connaissance de l'invitation à l'examen régional du Pacte mondial et nous nous posons deux questions avant d'aller plus loin :

- un service municipal peut-il présenter un rapport volontaire, ou la consultation est-elle réservée aux organisations de la société civile ? Le conseil municipal voudrait savoir si une contribution de la commune serait la bienvenue ;
- si c'est possible, pouvons-nous joindre en annexe des cartes et des relevés de terrain au format A3, ou faut-il se limiter à un document texte ?

Nous ne demandons pas de temps de parole pour l'instant.

Avec mes remerciements anticipés,

Sonia Ben Ammar
Urbaniste principale - Service de l'habitat social
Commune de Sfax
Hôtel de Ville, bureau 112, place de l'Indépendance - 3000 Sfax
Tél. : +216 74 000 000 (poste 312)
"""
    a = alt(text, "_000_PR1P264MB1846A3C07E52D914_", html=outlook_html(text, lang="FR"))
    m = mk(when, sent_at(when, 1, 11), "mail-pr1fra01on0631.outbound.protection.outlook.example.com",
           "198.51.100.131", "4DPH1c0SxLz3", "Sonia Ben Ammar <s.benammar@commune-sfax.example.tn>",
           hdr(subj, enc="Q"), "<PR1P264MB1846A3C07E52D914@PR1P264MB1846.FRAP264.PROD.OUTLOOK.example.com>", a,
           extra=outlook(hdr(subj, enc="Q"), "AdbzAe1Kq3Wm5Zr7Tn9Vb1Xc3Yd5Fg==", lang="fr-FR"))
    add(1, when, m, dict(category="other", language="fr", acknowledge=True, on_time=None,
        notes="an urbaniste of a Tunisian municipal social housing service asks whether a commune may send a "
              "voluntary report and whether A3 maps may be annexed: 'rapport volontaire' and the review are named "
              "but nothing is submitted, and 'Nous ne demandons pas de temps de parole' rules out a speaker. "
              "Office number and phone extension in the signature; Outlook, fr-FR, Date UTC+1."))


# ================================================================ 02  EN  speaker  Jleeb Al-Shuyoukh tenants' committee (Kuwait): two residents
def m02():
    when = at("2021-01-26 15:40:22")
    subj = "Request for 2 speaking roles - Jleeb Residents' Welfare Committee (Kuwait)"
    text = """Dear Sir/Madam,

Greetings from Kuwait.

I am writing for the Jleeb Residents' Welfare Committee (JRWC). We are a volunteer committee of tenants from about thirty buildings in Block 4 of Jleeb Al-Shuyoukh, where most residents are workers from India, Nepal, Bangladesh, Egypt and the Philippines. Many flats here are divided with plywood into small rooms, and one flat of two bedrooms can hold 14 or 15 men. Since the lockdown of last April (Jleeb was closed for almost four months) a lot of our members lost their work and could not pay the rent, and some landlords cut the water and electricity to push them out.

A friend who teaches at one of the community schools told us about the regional review. The committee met last Friday and decided to ask for two speaking roles:

1) Mr. Anthony D'Souza - Chairman - floor intervention in one of the plenary sessions (24 or 25 Feb)
2) Ms. Marites Dizon Cabrera - Women's Representative - the open discussion on 23 Feb

Anthony has lived in Flat 3 of Building 7 since 2006 and knows every landlord in the block. Marites shares a flat with five other domestic workers who left their sponsors' houses, so she can speak about women in shared housing. Both can join online from Kuwait in the evening after work.

Thank you and best regards,

Prakash Gurung
General Secretary, JRWC
Flat 9, Building 12, Street 110, Block 4
Jleeb Al-Shuyoukh, Kuwait
Mob/WhatsApp: +965 6000 0000
"""
    a = alt(text, "000000000000b2c41705b9c8e3f1", html=gmail_html(text))
    m = mk(when, sent_at(when, 3, 9), "mail-lj1-f181.google.example.com", "192.0.2.181", "4DQ9kW2TnVz1",
           "Prakash Gurung <jrwc.jleeb@gmail.example.com>", subj,
           "<CAHq7Tx2Lm9vR4wB+n6Kd1Pz8sF3cYg5jA0@mail.gmail.example.com>", a)
    jrwc = "Jleeb Residents' Welfare Committee (JRWC)"
    add(2, when, m, dict(category="speaker_request", language="en", acknowledge=True, on_time=True, speakers=[
        sp("Anthony D'Souza", "Chairman", jrwc, ["plenary"]),
        sp("Marites Dizon Cabrera", "Women's Representative", jrwc, ["open_discussion"])],
        notes="tenants' committee of migrant workers' flats in Kuwait proposing two residents in a dash-separated "
              "list ('Mr.'/'Ms.' dropped, apostrophe in 'D'Souza', Filipino three-part name kept whole); the "
              "committee's full name and acronym are only in the first paragraph, the signature says 'JRWC'. The "
              "sender (general secretary) is not a speaker; flat, building, street and block numbers in the body "
              "and signature and 'last April' / 'since 2006' are noise. Gmail, Date UTC+3."))


# ================================================================ 03  AR  speaker  Beirut shelter for homeless migrants nominates its director
M03_ID = "<DB9PR02MB7243F1C5A80E6B39@DB9PR02MB7243.eurprd02.prod.outlook.example.com>"
M03_SUBJ = "ترشيح متحدثة - جمعية سقف لإيواء المهاجرين المشردين"
M03_QID = "4DRr5Fm8KwZ2"


def m03():
    when = at("2021-01-28 11:05:10")
    text = """السادة في أمانة الاستعراض الإقليمي للاتفاق العالمي للهجرة المحترمين،

تحية طيبة وبعد،

أكتب إليكم باسم جمعية سقف لإيواء المهاجرين المشردين في بيروت. منذ انفجار المرفأ في 4 آب الماضي نستقبل في مأوانا في الكرنتينا، ثم في بيت ثانٍ استأجرناه في برج حمود، عاملات منزليات من إثيوبيا وسيراليون وبنغلادش تُركن أمام قنصلياتهن بلا أجر ولا أوراق، ورجالاً من السودان ومصر طُردوا من غرفهم لأنهم لم يعودوا قادرين على دفع الإيجار بالدولار. في الأسبوع الماضي وحده طرق بابنا 23 شخصاً ولم يكن لدينا سوى ستة أسرّة شاغرة.

يسرنا أن نرشح مديرة الجمعية، الأستاذة ريما جبران الحاج، لإلقاء مداخلة في المائدة المستديرة الثالثة، فهي تتابع بنفسها حالات الإخلاء وتفاوض أصحاب البيوت والمخافر منذ أكثر من عشر سنوات، وتستطيع أن تشرح لماذا لا يمكن أن يكون المأوى بديلاً من سكن لائق وآمن.

وضعت زميلتي منسقة المأوى في نسخة هذه الرسالة للعلم.

مع فائق الاحترام،

سلمى قاسم
عاملة اجتماعية
جمعية سقف لإيواء المهاجرين المشردين
بناية نصار، الطابق الثاني، شارع أرمينيا، مار مخايل - بيروت
هاتف: 01 000 000 - خلوي: 03 000 000
"""
    a = alt(text, "_000_DB9PR02MB7243F1C5A80E6B39_", html=outlook_html(text, lang="AR-LB", rtl=True), b64=True)
    m = mk(when, sent_at(when, 2, 8), "mail-db9eur02on0614.outbound.protection.outlook.example.com",
           "198.51.100.114", M03_QID, addr("سلمى قاسم", "salma.kassem@saqf-lb.example.org"), hdr(M03_SUBJ), M03_ID,
           a, cc=addr("دعاء نحاس", "doaa.nahhas@saqf-lb.example.org"),
           extra=outlook(hdr(M03_SUBJ), "AdbzTq4Lm6Np8Rs0Tu2Vw4Xy6Za8Bc==", lang="ar-LB"))
    add(3, when, m, dict(category="speaker_request", language="ar", acknowledge=True, on_time=True, speakers=[
        sp("ريما جبران الحاج", "مديرة الجمعية", "جمعية سقف لإيواء المهاجرين المشردين", ["roundtable"], 3)],
        notes="Beirut shelter for homeless migrants nominating its director in running prose: 'الأستاذة' is dropped "
              "but 'الحاج' at the end is her family name and stays; roundtable as the ordinal word 'الثالثة'. The "
              "sender (social worker) and the shelter coordinator in Cc are not speakers; figures (4 آب, 23 people, "
              "six beds) and the building, floor and phone numbers of the signature are noise. Outlook, base64, "
              "ar-LB. The Cc colleague's out-of-office answers our acknowledgement (h258-04)."))


# ================================================================ 04  AR  auto_reply  the shelter coordinator's Exchange out-of-office
def m04():
    when = at("2021-01-28 11:06:31")
    ack = ack_mid(M03_QID)
    text = """مرحباً،

أنا في إجازة سنوية حتى يوم الاثنين 8 شباط 2021 ولن أطّلع على بريدي الإلكتروني قبل ذلك.
لأي حالة طارئة تتعلق بالإيواء يرجى الاتصال بالخط الساخن للجمعية على الرقم 03 000 000 (متاح على مدار الساعة).

Hello, I am on annual leave until Monday 8 February 2021. For emergencies please call our 24/7 hotline.

دعاء نحاس
منسقة المأوى - جمعية سقف
"""
    a = alt(text, "_000_DB9PR02MB72438C2E5A1F0D47_", html=outlook_html(text, lang="AR-LB", rtl=True), b64=True)
    subj = hdr("رد تلقائي: إشعار استلام - " + M03_SUBJ)
    rows = exch_auto(when, "mail-db9eur02on0614.outbound.protection.outlook.example.com", "198.51.100.114",
                     "4DRr6Gq1PbZ5", addr("دعاء نحاس", "doaa.nahhas@saqf-lb.example.org"),
                     "<DB9PR02MB72438C2E5A1F0D47@DB9PR02MB7243.eurprd02.prod.outlook.example.com>", subj,
                     hdr("إشعار استلام - " + M03_SUBJ), M03_ID, ack, "ar-LB", (2, 2))
    add(4, when, top(a, rows), dict(category="auto_reply", language="ar", acknowledge=False, on_time=None,
        notes="Exchange out-of-office of the shelter coordinator in Cc of h258-03, answering our Arabic "
              "acknowledgement 81 seconds later ('رد تلقائي: إشعار استلام - ...', In-Reply-To our acknowledgement, "
              "References h258-03); Arabic with one English line, a hotline number and a date. Never acknowledge; "
              "thread_of null as for auto-replies."))


# ================================================================ 05  EN  speaker  Amman architect, iPhone, 'Roundtable IV', details only in signature
def m05():
    when = at("2021-01-29 19:22:15")
    subj = "Roundtable IV"
    text = """Hello,

I'd like to put my name forward for a floor intervention in Roundtable IV on the 24th/25th. For the last two years we've been documenting how Syrian and Egyptian workers adapt rooftop rooms and basements in East Amman, and I think the design side is usually missing from these discussions.

Happy to send a short bio if needed.

Best,
Layan

Layan Qaddoumi, architect
Raqaba Studio for Housing Research
Studio 3, 2nd floor, 14 Omar Bin Al-Khattab St., Jabal Amman
+962 79 000 0000

Sent from my iPhone
"""
    body = leaf("text/plain", text, "utf-8", "quoted-printable")
    m = mk(when, sent_at(when, 2, 14), "mr85p00im-zteg06021601.me.example.com", "198.51.100.186", "4DSg3Nb7XcZ4",
           "Layan Qaddoumi <layan.q@icloud.example.com>", subj,
           "<8B2D6F41-C7A9-4E03-B5D8-1F9E3A60C72B@icloud.example.com>", body, extra=[("X-Mailer", IPHONE)])
    add(5, when, m, dict(category="speaker_request", language="en", acknowledge=True, on_time=True, speakers=[
        sp("Layan Qaddoumi", "architect", "Raqaba Studio for Housing Research", ["roundtable"], 4)],
        notes="self-nomination in three lines from an iPhone: the body is signed 'Layan' only; surname, title "
              "('Layan Qaddoumi, architect' on one line) and the studio are in the signature next to a studio "
              "number, floor, street number and phone. Roundtable as the Roman numeral 'IV' (also the whole "
              "subject). Quoted-printable text/plain."))


# ================================================================ 06  FR  speaker  Casablanca housing association: the camp's delegate speaks himself
def m06():
    when = at("2021-02-01 12:48:09")
    subj = "Demande de prise de parole - habitants du campement de Ouled Ziane"
    text = """Bonjour,

Je vous écris au nom de l'Association Karama pour l'habitat digne (AKHD), une petite association de Casablanca qui accompagne depuis 2018 les familles des bidonvilles de Sidi Moumen et, depuis l'été dernier, les migrants installés sur le terrain vague voisin de la gare routière de Ouled Ziane. Près de 600 personnes, surtout de jeunes hommes venus de Guinée, du Mali et de Côte d'Ivoire, y vivent sous des bâches et des cartons, sans eau ni toilettes ; ils ont été délogés deux fois depuis septembre.

Les habitants se sont organisés en collectif et ont désigné un porte-parole. Nous souhaitons que ce soit lui qui prenne la parole lors de la discussion ouverte de la consultation du 23 février, plutôt que nous parlions à sa place :

M. Ousmane Diallo, délégué du Collectif des habitants de Ouled Ziane.

Il parle français, peul et un peu de darija. Il n'a pas d'adresse électronique : vous pouvez passer par moi, ou l'appeler au +212 6 00 00 00 00 (WhatsApp).

Notre urbaniste bénévole, Mme Khadija Benslimane, qui a dessiné le relevé du campement, pourra l'aider à se connecter le jour venu.

Cordialement,

Hicham Ouazzani
Président de l'AKHD
Appt 7, imm. 34, lotissement Al Wifaq, Sidi Moumen - Casablanca
Tél. : 05 22 00 00 00
"""
    inner = ('<div style="font-family:arial,helvetica,sans-serif;font-size:13px">%s</div>'
             % "".join("<p>%s</p>" % "<br>".join(esc(x) for x in para.split("\n"))
                       for para in text.strip("\n").split("\n\n")))
    body = html_only(inner, b64=True, lang="fr")
    m = mk(when, sent_at(when, 1, 10), "webmail.menara.example.ma", "203.0.113.77", "4DTz8Hc5MqZ6",
           "Hicham Ouazzani <h.ouazzani@menara.example.ma>", hdr(subj, enc="Q"),
           "<20210201114759.Horde.Kq3xR7vT2mN8pL5wZ1cB4aF@webmail.menara.example.ma>", body,
           extra=[("User-Agent", HORDE)])
    add(6, when, m, dict(category="speaker_request", language="fr", acknowledge=True, on_time=True, speakers=[
        sp("Ousmane Diallo", "délégué", "Collectif des habitants de Ouled Ziane", ["open_discussion"])],
        notes="Casablanca housing association asking that the delegate of a squatters' camp of migrants speak "
              "himself: 'M.' dropped, his title is 'délégué' and his affiliation the residents' collective named "
              "after it, not the sending association (AKHD); the association's urbaniste (Mme Khadija Benslimane) "
              "is mentioned with her title but is not a speaker; the speaker's WhatsApp number sits in the body, "
              "the sender's apartment number in the signature. HTML-only, base64, Horde webmail, Date UTC+1."))


# ================================================================ 07  EN  other  a housing network's bulletin that explains the deadlines
def m07():
    when = at("2021-02-01 16:00:03")
    subj = "ACHN Bulletin No. 27 - Evictions in 2020, the GCM Regional Review, rent relief webinar"
    text = """ARAB CITIES HOUSING NETWORK - BULLETIN No. 27 - FEBRUARY 2021

In this issue
1. Evictions during COVID-19: what our members recorded in 2020
2. The Regional Review of the Global Compact for Migration: how to take part
3. Member spotlight: the tenants' union of Hay Nazzal, Amman
4. Webinar: rent relief schemes after the pandemic (18 February)

1. EVICTIONS DURING COVID-19
Nineteen member groups in eight countries logged 2,314 evictions or eviction threats between March and December 2020. More than half concerned migrant workers or refugees renting rooms without a written contract. The full dataset is on our website.

2. THE REGIONAL REVIEW OF THE GCM IN THE ARAB REGION
The multi-stakeholder consultation takes place on 23 February and the regional conference on 24-25 February. Member organisations can email a voluntary GCM review report to gcmrrarabstates@iom.int by Tuesday 16 February, and request a speaking role (open discussion, rapporteur, plenary or one of the four thematic roundtables) by Friday 5 February, giving the speaker's name, title and organisation. Several members have told us they will nominate speakers: please write to the secretariat directly - the network will not submit on your behalf.

3. MEMBER SPOTLIGHT
Architect Dana Mahadin, coordinator of the Hay Nazzal Tenants' Union, explains how forty households negotiated a six-month rent freeze with their landlords last spring.

4. WEBINAR
Thursday 18 February, 15:00 Amman/Beirut time, in Arabic and English. Registration link on our website.

--
You are receiving this bulletin because this address is subscribed to the ACHN mailing list.
Unsubscribe: https://lists.achn.example.org/unsubscribe?u=7f3a2c&id=bulletin
Arab Cities Housing Network, PO Box 000, Amman, Jordan
"""
    html = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body '
            'style="margin:0;padding:0;background:#f2f2f2"><table width="100%" cellpadding="0" cellspacing="0">'
            '<tr><td align="center"><table width="600" style="background:#ffffff;font-family:Georgia,serif">'
            '<tr><td style="padding:20px">' + text2html_rich(text) + '</td></tr></table></td></tr></table>'
            '<img src="https://lists.achn.example.org/open.gif?u=7f3a2c&amp;id=bulletin" width="1" height="1" alt="">'
            '</body></html>\n')
    a = multi("alternative", [leaf("text/plain", text, "utf-8", "quoted-printable"),
                              leaf("text/html", html, "utf-8", "quoted-printable")], "_----------=_MCPart_1406327718")
    rows = std_rows(when, "mta-07.lists.achn.example.org", "203.0.113.207", "4DV13kL6RtZ8",
                    "Arab Cities Housing Network <bulletin@lists.achn.example.org>", subj,
                    rfcdate(sent_at(when, 0, 3)), "<bulletin27.7f3a2c.20210201140000@lists.achn.example.org>",
                    extra=[("Precedence", "bulk"), ("List-Id", "ACHN Bulletin <bulletin.lists.achn.example.org>"),
                           ("List-Unsubscribe", "<https://lists.achn.example.org/unsubscribe?u=7f3a2c&id=bulletin>, "
                                                "<mailto:unsubscribe-bulletin@lists.achn.example.org>"),
                           ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"),
                           ("X-Mailer", "Sendy 4.1")],
                    ret="bounce-bulletin-7f3a2c@lists.achn.example.org")
    add(7, when, top(a, rows), dict(category="other", language="en", acknowledge=False, on_time=None,
        notes="a housing network's mailing-list bulletin (Precedence: bulk, List-Id, List-Unsubscribe) that quotes "
              "the mailbox address, both deadlines, every role and 'voluntary GCM review report', and names an "
              "architect with her organisation: list mail, no submission, never acknowledged. Newsletter HTML "
              "with a tracking pixel, Date UTC+0."))


def text2html_rich(text):
    out = []
    for para in text.strip("\n").split("\n\n"):
        lines = para.split("\n")
        if lines[0].isupper():
            out.append("<h3>%s</h3>" % esc(lines[0]))
            lines = lines[1:]
        if lines:
            out.append("<p>%s</p>" % "<br>".join(esc(x) for x in lines))
    return "".join(out)


# ================================================================ 08  AR  both  Cairo rent-support foundation: report + cover letter + architect
M08_ID = "<CAB4xWq9Nc2mT7rK+h5Pv3Lz8sD1fYe6gQ2@mail.gmail.example.com>"
M08_SUBJ = "التقرير الطوعي لمؤسسة عتبة وطلب مداخلة"
M08_QID = "4DVk2Tp9HwZ1"
M08_REPORT = "التقرير الطوعي - مؤسسة عتبة - سكن اللاجئين في القاهرة 2020.pdf"
M08_COVER = "خطاب تغطية.pdf"


def m08():
    when = at("2021-02-02 13:30:44")
    text = """السادة الأفاضل في أمانة الاستعراض الإقليمي،

تحية طيبة وبعد،

مؤسسة عتبة لدعم سكن اللاجئين مؤسسة أهلية مشهرة في القاهرة منذ 2016، تقدم منحاً شهرية لدعم الإيجار لأسر اللاجئين من السودان وجنوب السودان وإريتريا وسوريا واليمن في أرض اللواء وعين شمس ومدينة 6 أكتوبر، وتتوسط بين الأسر والملاك عند التهديد بالطرد.

نرفق لكم:
1- خطاب التغطية موقّعاً من رئيسة مجلس الأمناء.
2- تقرير المؤسسة الطوعي عن أوضاع سكن اللاجئين والمهاجرين في القاهرة الكبرى خلال 2020: ارتفاع الإيجارات بعد الجائحة، وعقود الإيجار الشفهية، وتقاسم عدة أسر لشقة واحدة.

كما نرغب في المشاركة بمداخلة في المائدة المستديرة الرابعة، ونرشح لها:
الاسم: م. كريم فتحي عبد الواحد
الصفة: مهندس معماري - مسؤول برنامج دعم الإيجارات
الجهة: مؤسسة عتبة لدعم سكن اللاجئين
الموبايل: 0100 000 0000

مع خالص الشكر،

منى الشاذلي
مديرة البرامج
مؤسسة عتبة لدعم سكن اللاجئين
شقة 5، الدور الثالث، 14 شارع محيي الدين أبو العز، الدقي - الجيزة
ت: 02 3700 0000
"""
    rep = rep_pdf("Voluntary GCM review report (Arabic)", "Ataba Foundation for Refugee Housing Support, Cairo",
                  ["Rent support to refugee families since 2016", "Rents after COVID-19",
                   "Oral tenancy agreements and evictions", "Shared flats", "Recommendations"])
    cover = rep_pdf("Cover letter", "Ataba Foundation for Refugee Housing Support, Cairo",
                    ["Signed by the Chair of the Board of Trustees"])
    a = alt(text, "000000000000f1a93b05ba55c7e2", html=gmail_html(text, rtl=True), b64=True)
    body = multi("mixed", [a, attach("application/pdf", cover, M08_COVER), attach("application/pdf", rep, M08_REPORT)],
                 "000000000000f1a93d05ba55c7e4")
    m = mk(when, sent_at(when, 2, 12), "mail-wr1-f54.google.example.com", "192.0.2.154", M08_QID,
           addr("منى الشاذلي", "mona.elshazly.ataba@gmail.example.com"), hdr(M08_SUBJ), M08_ID, body)
    add(8, when, m, dict(category="both", language="ar", acknowledge=True, on_time=True, speakers=[
        sp("كريم فتحي عبد الواحد", "مهندس معماري - مسؤول برنامج دعم الإيجارات", "مؤسسة عتبة لدعم سكن اللاجئين",
           ["roundtable"], 4)],
        report_attachments=[M08_REPORT],
        notes="Cairo foundation for refugees' rent support: report + speaker on 2 February (both on time). Two PDFs "
              "with Arabic names (RFC 2231 + RFC 2047): the cover letter comes first and is not the report. "
              "Labelled lines; the engineer's 'م.' before the name is dropped while 'مهندس معماري' is part of the "
              "title; 'الرابعة' = roundtable 4; his mobile number in the list, the sender's flat and floor in her "
              "signature. The sender (programme director) is not the speaker. Gmail, base64. Thanked in h258-16."))


# ================================================================ 09  EN  report  settlements partnership: one report in three PDFs, logo, bad Cc
M09_ID = "<VI1P195MB0587C3A91E2D4F60@VI1P195MB0587.EURP195.PROD.OUTLOOK.example.com>"
M09_SUBJ = "Voluntary GCM review report - ASUP (3 files)"
M09_QID = "4DWb6Rm3VzZ7"
M09_FILES = ["ASUP_GCM_voluntary_report_2021_part1of3.pdf", "ASUP_GCM_voluntary_report_2021_part2of3.pdf",
             "ASUP_GCM_voluntary_report_2021_part3of3.pdf"]


def m09():
    when = at("2021-02-03 10:20:18")
    text = """Dear colleagues,

Please find attached the voluntary GCM review report of the Arab States Urban Settlements Partnership (ASUP). Because of its size the report had to be split into three PDF files, which together form one document:

- Part 1: executive summary and regional overview
- Part 2: city profiles (Amman, Beirut, Tripoli (Libya), Khartoum and Sana'a)
- Part 3: annexes, including the methodology and the data tables

The report draws on our settlement profiling in 2019-2020 and looks at migrants and displaced people living in informal settlements through GCM Objectives 7, 15 and 23, with a focus on security of tenure, evictions during COVID-19 and municipal services.

Our regional coordinator will follow the conference online. We are not requesting a speaking slot this time, as we would rather leave the floor to community groups.

I have copied our GCM focal point, Ms. Hana Aziz, who can answer questions on the data.

Kind regards,

Tarek Mansour
Programme Officer, Urban Displacement
Arab States Urban Settlements Partnership (ASUP)
Beirut office: 4th floor, Bloc B, Clemenceau Center, Rue Clemenceau
T +961 1 000 000 | M +961 70 000 000
"""
    cid = "image001.png@01D6FA12.5C3E8B40"
    parts = [("Executive summary and regional overview", ["Summary", "Regional overview", "Key findings"]),
             ("City profiles", ["Amman", "Beirut", "Tripoli (Libya)", "Khartoum", "Sana'a"]),
             ("Annexes", ["Methodology", "Data tables", "List of settlements profiled"])]
    pdfs = [rep_pdf("ASUP voluntary GCM review report - part %d of 3: %s" % (k, t),
                    "Arab States Urban Settlements Partnership (ASUP)", s) for k, (t, s) in enumerate(parts, 1)]
    html = outlook_html(text, lang="EN-GB", img_cid=cid)
    rel = multi("related", [leaf("text/html", html), logo(cid, (0, 110, 150))], "_005_VI1P195MB0587C3A91E2D4F60_",
                params=[("type", '"multipart/alternative"')])
    a = multi("alternative", [leaf("text/plain", text), rel], "_000_VI1P195MB0587C3A91E2D4F60_")
    body = multi("mixed", [a] + [attach("application/pdf", p, f) for p, f in zip(pdfs, M09_FILES)],
                 "_006_VI1P195MB0587C3A91E2D4F60_")
    m = mk(when, sent_at(when, 2, 15), "mail-vi1eur05on0619.outbound.protection.outlook.example.com",
           "198.51.100.119", M09_QID, "Tarek Mansour <t.mansour@asup-arabstates.example.org>", M09_SUBJ, M09_ID, body,
           cc="Hana Aziz <h.aziz@asup-arabstate.example.org>",
           extra=outlook(M09_SUBJ, "AdbyZp1Rx3Tv5Wn7Yq9Ab1Cd3Ef5Gh==", lang="en-GB", has_attach="yes"))
    add(9, when, m, dict(category="voluntary_report", language="en", acknowledge=True, on_time=True,
        report_attachments=M09_FILES,
        notes="UN-Habitat-style settlements partnership: one report split across three PDFs (all three listed), "
              "plus the signature logo image001.png in a related part (not part of the report). 'We are not "
              "requesting a speaking slot' and the regional coordinator who will 'follow the conference online' "
              "are no speaker request; Ms. Hana Aziz in Cc is a contact. The Cc domain is mistyped and the copy of "
              "our acknowledgement bounces (h258-10). Outlook, en-GB."))


# ================================================================ 10  EN  bounce  our acknowledgement of 09 to the mistyped Cc domain
def m10():
    when = at("2021-02-03 10:20:51")
    text = POSTFIX_NOTICE + """
<h.aziz@asup-arabstate.example.org>: Host or domain name not found. Name service
    error for name=asup-arabstate.example.org type=AAAA: Host not found
"""
    dsn = ("Reporting-MTA: dns; mx1.iom.int\n"
           "X-Postfix-Queue-ID: 4DWb6Wq0LdZ3\n"
           "X-Postfix-Sender: rfc822; gcmrrarabstates@iom.int\n"
           "Arrival-Date: %s\n\n"
           "Final-Recipient: rfc822; h.aziz@asup-arabstate.example.org\n"
           "Original-Recipient: rfc822;h.aziz@asup-arabstate.example.org\n"
           "Action: failed\n"
           "Status: 5.4.4\n"
           "Diagnostic-Code: X-Postfix; Host or domain name not found. Name service error for\n"
           "    name=asup-arabstate.example.org type=AAAA: Host not found\n"
           % rfcdate(when - dt.timedelta(seconds=3), "EET"))
    hdrs = ("Return-Path: <gcmrrarabstates@iom.int>\n"
            "From: GCM Regional Review Arab States <gcmrrarabstates@iom.int>\n"
            "To: Tarek Mansour <t.mansour@asup-arabstates.example.org>\n"
            "Cc: Hana Aziz <h.aziz@asup-arabstate.example.org>\n"
            "Subject: Acknowledgement of receipt - %s\n"
            "Date: %s\n"
            "Message-ID: %s\n"
            "In-Reply-To: %s\n"
            "References: %s\n" % (M09_SUBJ, rfcdate(when - dt.timedelta(seconds=6)), ack_mid(M09_QID), M09_ID,
                                  M09_ID))
    body = dsn_report(text, dsn, hdrs, "4DWb6Yt2MfZ9.1612340451/mx1.iom.int")
    rows = [("Return-Path", "<>"), ("Delivered-To", "gcmrrarabstates@iom.int"),
            ("Received", "by mx1.iom.int (Postfix)\r\n\tid 4DWb6Yt2MfZ9; %s" % rfcdate(when, "EET")),
            ("Date", rfcdate(when, "EET")),
            ("From", "MAILER-DAEMON@mx1.iom.int (Mail Delivery System)"),
            ("Subject", "Undelivered Mail Returned to Sender"),
            ("To", "gcmrrarabstates@iom.int"),
            ("Auto-Submitted", "auto-replied"),
            ("Message-Id", "<20210203082051.4DWb6Yt2MfZ9@mx1.iom.int>")]
    add(10, when, top(body, rows), dict(category="bounce", language="en", acknowledge=False, on_time=None,
        notes="local Postfix DSN (5.4.4, host or domain name not found: no Remote-MTA) for the copy of our "
              "acknowledgement of h258-09 sent to its mistyped Cc domain; the returned headers carry a subject "
              "about a voluntary report with '(3 files)'. Never acknowledge; thread_of null as for bounces."))


# ================================================================ 11  FR  speaker  Nouakchott urban community: its Directrice, 'table ronde III'
def m11():
    when = at("2021-02-03 17:55:02")
    subj = "Demande d'intervention - Communauté urbaine de Nouakchott (habitat social)"
    text = """Madame, Monsieur,

Au nom de la Direction de l'habitat social et de la restructuration des quartiers précaires de la Communauté urbaine de Nouakchott (CUN), j'ai l'honneur de vous faire part du souhait de notre directrice de prendre la parole lors de la conférence régionale des 24 et 25 février.

Depuis 2019, notre direction conduit avec les communes d'Arafat, de Riyad et d'El Mina un recensement des « kebbés » et des « gazras », ces quartiers d'occupation informelle de la périphérie où vivent de nombreux migrants venus du Sénégal, du Mali et de Guinée, souvent pêcheurs artisanaux ou ouvriers du bâtiment. Les premiers résultats montrent que près d'un ménage migrant sur deux n'a aucun titre d'occupation.

Intervenante proposée : Mme Mariem Mint Ahmed Salem
Fonction : Directrice de l'habitat social et de la restructuration des quartiers précaires
Intervention souhaitée : table ronde III

Mme Mint Ahmed Salem s'exprimera en français. Je suis son assistant et reste votre interlocuteur pour les aspects pratiques.

Veuillez agréer, Madame, Monsieur, l'expression de nos salutations distinguées.

Sidi Mohamed Ould Cheikh
Assistant de direction
Communauté urbaine de Nouakchott - Direction de l'habitat social
BP 000, avenue Gamal Abdel Nasser, Nouakchott
Tél. : +222 45 00 00 00
"""
    body = leaf("text/plain", flowed(text), "utf-8", "8bit", params=[("format", "flowed")])
    m = mk(when, sent_at(when, 0, 8), "mail.cun.example.mr", "203.0.113.92", "4DWw4Kn8SpZ2",
           "Sidi Mohamed Ould Cheikh <sm.ouldcheikh@cun.example.mr>", hdr(subj, enc="Q"),
           "<a4c81e37-5b92-4d06-8f1a-3e7d90c2b6f5@cun.example.mr>", body,
           extra=[("User-Agent", TB_WIN), ("Content-Language", "fr")])
    add(11, when, m, dict(category="speaker_request", language="fr", acknowledge=True, on_time=True, speakers=[
        sp("Mariem Mint Ahmed Salem", "Directrice de l'habitat social et de la restructuration des quartiers précaires",
           "Communauté urbaine de Nouakchott (CUN)", ["roundtable"], 3)],
        notes="municipal social housing directorate of Nouakchott: the assistant writes for his director. 'Mme' is "
              "dropped but 'Mint' (daughter of) is part of her name; she is later called 'Mme Mint Ahmed Salem'. "
              "Roman numeral 'table ronde III'; the long title repeats the directorate's name, the organisation "
              "with its acronym is in the first paragraph. Thunderbird, format=flowed 8bit, Date UTC+0."))


# ================================================================ 12  FR  speaker  Beirut architects' collective: an architecte and an urbaniste
def m12():
    when = at("2021-02-04 14:10:37")
    subj = "Intervenants proposés par le CARB"
    text = """Bonjour,

Le Collectif des architectes pour la reconstruction de Beyrouth (CARB) s'est constitué au lendemain de l'explosion du 4 août 2020. Nos bénévoles ont depuis relevé et réparé plus de 300 logements à la Quarantaine, à Mar Mikhaël et à Geitawi, dont une bonne partie étaient loués à des travailleurs migrants, parfois à dix dans deux pièces, sans bail, et que les propriétaires refusaient de remettre en état pour eux.

Nous aimerions que deux de nos membres interviennent à la conférence :

- Mme Yara Khoury-Nassar, architecte, qui a coordonné nos relevés dans les immeubles de la Quarantaine, dans la deuxième table ronde thématique ;
- M. Bassel Abi Rached, urbaniste et coordinateur du pôle logement du CARB, pour une intervention en séance plénière.

Nous pouvons vous envoyer de courtes biographies si besoin.

Bien à vous,

Joëlle Sfeir
Secrétaire générale du CARB
Immeuble Tabet, 3e étage, rue Pasteur, Gemmayzé - Beyrouth
+961 3 000 000
"""
    a = multi("alternative", [leaf("text/plain", text), leaf("text/html", apple_html(text))],
              "Apple-Mail=_3F7B1D92-6C4E-4A08-9E25-B81D0C6A4F37")
    m = mk(when, sent_at(when, 2, 6), "mr85p00im-hyfv06031402.me.example.com", "198.51.100.192", "4DXf1Pq5BnZ8",
           addr("Joëlle Sfeir", "joelle.sfeir@icloud.example.com", enc="Q"), hdr(subj, enc="Q"),
           "<0E9C3A57-24B1-4F8D-A6E0-7C5B9D13F2A8@icloud.example.com>", a, extra=[("X-Mailer", APPLE)])
    carb = "Collectif des architectes pour la reconstruction de Beyrouth (CARB)"
    add(12, when, m, dict(category="speaker_request", language="fr", acknowledge=True, on_time=True, speakers=[
        sp("Yara Khoury-Nassar", "architecte", carb, ["roundtable"], 2),
        sp("Bassel Abi Rached", "urbaniste et coordinateur du pôle logement", carb, ["plenary"])],
        notes="architects' collective formed after the port blast proposing two members in two dashed lines: "
              "'Mme'/'M.' dropped, hyphenated and three-part Lebanese names; titles 'architecte' and 'urbaniste et "
              "coordinateur du pôle logement' (the trailing 'du CARB' is the affiliation); the first role as an "
              "ordinal ('deuxième table ronde thématique') after a relative clause. The sender (secrétaire "
              "générale) is not a speaker. Apple Mail, multipart/alternative."))


# ================================================================ 13  EN  both  Dubai labour camp tenants' committee: 00:45 local, 22:45 Beirut
M13_FILE = "Camp3 Tenants Committee - Voluntary Report (Feb 2021).docx"


def m13():
    when = at("2021-02-05 22:45:30")
    subj = "Report and speaker - Camp 3 tenants committee, Al Muhaisnah"
    text = """Dear GCM team,

Good evening from Dubai, and sorry for writing so late at night. We could only finish the report today after our Friday meeting.

We are the tenants committee of Camp 3 in the Al Muhaisnah labour accommodation (around 1,800 workers in 6 blocks, 8 to 10 men per room). Attached is our voluntary report about life in the camp during Covid: whole blocks under quarantine, workers who stayed in the camp for months without salary, and rooms shared with sick colleagues because there was nowhere else to go.

We also request that our chairperson speaks at the second roundtable:
Samuel Ochieng Otieno, Chairperson, Al Muhaisnah Camp 3 Tenants Committee
He is a site foreman and has been on the committee since 2017. He will join by phone.

The other committee members prefer not to give their names.

Thank you
Joseph Kurian
Secretary
Room 214, Block C, Camp 3, Al Muhaisnah 2, Dubai
+971 50 000 0000

Sent from Yahoo Mail on Android
"""
    doc = make_docx(["Al Muhaisnah Camp 3 Tenants Committee", "Voluntary GCM review report, February 2021",
                     "1. The camp: 6 blocks, about 1,800 workers", "2. Quarantine of whole blocks in 2020",
                     "3. Months without salary", "4. Shared rooms and sick colleagues", "5. What we ask for"])
    a = alt(text, "----=_Part_2210945_1180473621.1612557926118", html=yahoo_html(text))
    body = multi("mixed", [a, attach(DOCX, doc, M13_FILE)], "----=_Part_2210944_602318745.1612557926117")
    m = mk(when, sent_at(when, 4, 4), "sonic305-21.consmr.mail.ne1.yahoo.example.com", "198.51.100.205",
           "4DYd0Vx3RkZ5", "Joseph Kurian <josephkurian.camp3@yahoo.example.com>", subj,
           "<1612557926118.2210946@mail.yahoo.example.com>", body, extra=[("X-Mailer", YAHOO_ANDROID)])
    add(13, when, m, dict(category="both", language="en", acknowledge=True, on_time=True, speakers=[
        sp("Samuel Ochieng Otieno", "Chairperson", "Al Muhaisnah Camp 3 Tenants Committee", ["roundtable"], 2)],
        report_attachments=[M13_FILE],
        notes="labour camp tenants' committee in Dubai sending report and speaker 'so late at night': the Date "
              "header reads Sat, 6 Feb 2021 00:45 +0400, but it reached the server at 22:45 on 5 February Beirut "
              "time, so both parts are on time. Speaker on one comma-separated line, role as 'the second "
              "roundtable'; room and block numbers next to the sender's title; unnamed committee members are no "
              "speakers. Yahoo Mail on Android, DOCX name with spaces and brackets."))


# ================================================================ 14  AR  speaker  Tripoli (Libya) shelter organisation at 23:41 on the last evening
M14_ID = "<CAKv8Rt3Qn6wP1zM+d4Lb7Xc9sJ2fHg5eN8@mail.gmail.example.com>"
M14_SUBJ = "طلب مشاركة في النقاش المفتوح"
M14_QID = "4DYh7Mc2WsZ9"


def m14():
    when = at("2021-02-05 23:41:25")
    text = """السلام عليكم
نعتذروا على التأخير، الدعوة وصلتنا اليوم بس عن طريق صديق.

احنا منظمة بيتنا للإيواء الإنساني في طرابلس، نخدموا مع المهاجرين اللي ساكنين في العمارات اللي ما كملتش وفي المخازن في قرقارش وحي الأندلس وسوق الجمعة، نوفرولهم بطاطين وفرش ومواد تنظيف ونتابعوا حالات الطرد من الحوش.

نبوا نرشحوا زميلنا الأستاذ عبد الرزاق ميلاد الورفلي، منسق الإيواء في المنظمة، باش يشارك في النقاش المفتوح متاع المشاورة يوم 23 فبراير. ولو ممكن نبوا زادة نرشحوا واحد من المهاجرين نفسهم، مازلنا نتشاوروا معاه ونبعتولكم اسمه بعدين.

شكراً
هدى الترهوني
منظمة بيتنا للإيواء الإنساني - طرابلس
091 000 0000
"""
    a = alt(text, "000000000000c8d21f05baa3e7b0", html=android_html(text, rtl=True), b64=True)
    m = mk(when, sent_at(when, 2, 10), "mail-ej1-f65.google.example.com", "192.0.2.65", M14_QID,
           addr("Huda Tarhouni", "huda.tarhouni.baytuna@gmail.example.com"), hdr(M14_SUBJ), M14_ID, a)
    add(14, when, m, dict(category="speaker_request", language="ar", acknowledge=True, on_time=True, speakers=[
        sp("عبد الرزاق ميلاد الورفلي", "منسق الإيواء", "منظمة بيتنا للإيواء الإنساني", ["open_discussion"])],
        notes="Libyan colloquial Arabic typed on a phone at 23:41 on the speaker deadline (on time, although it "
              "opens with an apology for being late); 'الأستاذ' dropped, title 'منسق الإيواء' ('في المنظمة' "
              "points to the organisation named earlier); a second speaker, a migrant, is announced 'بعدين' "
              "without a name, so only one speaker. The sender is not the speaker; Latin-script From name. Gmail "
              "for Android, base64. Followed up in h258-24."))


# ================================================================ 15  EN  speaker  independent urban planner in London: Friday evening there, Saturday in Beirut
def m15():
    when = at("2021-02-06 00:40:12")
    subj = "Speaking request - rapporteur"
    text = """Dear Secretariat,

I hope I'm still in time - it's Friday evening here in London, so the deadline hasn't quite passed yet!

I would like to offer myself as rapporteur to deliver the stakeholders' key messages. I spent eight years on upgrading programmes in Cairo's informal areas (Ezbet El-Haggana, Manshiyet Nasser) before moving to the UK, and I now work independently, mostly with community groups. I'm not representing any organisation this time, so please list me as an individual. I was a rapporteur at two regional urban forums, so I'm comfortable condensing a day of discussion into a few minutes.

Many thanks,

Dr Salma El-Naggar
Independent urban planner
London, UK
+44 7700 900000
"""
    a = alt(text, "0000000000003d9e6a05baa5b2c1", html=gmail_html(text))
    m = mk(when, sent_at(when, 0, 4), "mail-wm1-f44.google.example.com", "192.0.2.44", "4DYl2Fz6TqZ3",
           "Salma El-Naggar <salma.elnaggar.planning@gmail.example.com>", subj,
           "<CAF2mNx6Rq1wT8vK+c3Bz5Lp9sH4dYg7jW1@mail.gmail.example.com>", a)
    add(15, when, m, dict(category="speaker_request", language="en", acknowledge=True, on_time=False, speakers=[
        sp("Salma El-Naggar", "Independent urban planner", None, ["rapporteur"])],
        notes="late by the letter's Beirut time: the Date header says Fri, 5 Feb 2021 22:40 +0000 and the sender "
              "believes she is in time ('Friday evening here in London'), but it reached the server at 00:40 on 6 "
              "February Beirut time. Self-nomination as rapporteur; 'Dr' (no full stop) dropped; 'not "
              "representing any organisation' = affiliation null; Cairo areas and urban forums are background. "
              "Gmail."))


# ================================================================ 16  AR  other  thank-you answering our acknowledgement of 08
def m16():
    when = at("2021-02-08 09:15:50")
    ack = ack_mid(M08_QID)
    quoted = ack_ar("السيدة منى الشاذلي", M08_SUBJ, "التقرير الطوعي (مرفق واحد) وطلب المداخلة (متحدث واحد)")
    text = """شكراً جزيلاً على التأكيد، وصلنا الإشعار.
م. كريم جاهز لأي تحضير مطلوب قبل الجلسة.

تحياتي
منى

في الثلاثاء، 2 فبراير 2021 في 1:31 م، كتب GCM Regional Review Arab States <gcmrrarabstates@iom.int>:
""" + gt(quoted) + "\n"
    a = alt(text, "000000000000a7e40c05bad0f3d6", html=gmail_html(text, rtl=True), b64=True)
    m = mk(when, sent_at(when, 2, 7), "mail-wr1-f53.google.example.com", "192.0.2.153", "4DZt9Bw1LrZ6",
           addr("منى الشاذلي", "mona.elshazly.ataba@gmail.example.com"), re_hdr("Re: ", "إشعار استلام - " + M08_SUBJ),
           "<CAB4xWq7Mh4kR2tN+p8Qz6Lc1sF9dYe3gV5@mail.gmail.example.com>", a,
           extra=[("In-Reply-To", ack), ("References", M08_ID + " " + ack)])
    add(16, when, m, dict(category="other", language="ar", acknowledge=False, on_time=None, thread_of=H % 8,
        notes="two-line thank-you answering our acknowledgement of h258-08 (References name h258-08), with our "
              "quoted Arabic acknowledgement that repeats 'التقرير الطوعي' and 'طلب المداخلة'; 'م. كريم جاهز' only "
              "refers to the speaker already proposed. Adds nothing new: no acknowledgement. Gmail reply, base64."))


# ================================================================ 17  FR  report  Oran housing rights association, DOCX with accents
M17_ID = "<8d1f3c6a92b0e47f5a1c2d3e4f506172@webmail.sakan-dz.example.org>"
M17_SUBJ = "Contribution volontaire de l'ASDL (Oran) - examen régional du PMM"
M17_FILE = "Rapport_ASDL_Hébergement_des_migrants_à_Oran.docx"
M17_TEXT = """Bonjour,

Veuillez trouver en pièce jointe la contribution volontaire de l'Association Sakan pour le droit au logement (ASDL), d'Oran, à l'examen régional du Pacte mondial sur les migrations.

Notre rapport décrit les conditions de logement des migrants subsahariens dans les quartiers de Coca et d'El Hamri et sur les chantiers de Haï Nedjma, où beaucoup d'ouvriers dorment sur place : loyers payés à la semaine, absence de bail, expulsions sans préavis, rôle des « samsars » (intermédiaires). Il se termine par huit recommandations adressées aux autorités locales et aux propriétaires.

Merci de bien vouloir nous en accuser réception.

Cordialement,

Amel Bouziane
Chargée de plaidoyer
Association Sakan pour le droit au logement (ASDL)
Cité Djamel, bât. 12, appt 41 - Oran
Tél. : +213 41 00 00 00
"""


def m17():
    when = at("2021-02-09 11:33:27")
    doc = make_docx(["Association Sakan pour le droit au logement (ASDL) - Oran",
                     "Contribution volontaire a l'examen regional du Pacte mondial sur les migrations",
                     "1. Coca, El Hamri, Hai Nedjma", "2. Loyers a la semaine et absence de bail",
                     "3. Tableau des loyers", "4. Expulsions et samsars", "5. Huit recommandations"])
    t = leaf("text/plain", flowed(M17_TEXT), "utf-8", "quoted-printable", params=[("format", "flowed")])
    body = multi("mixed", [t, attach(DOCX, doc, M17_FILE)], "=_5a1e07c93b2d4f8e6c0a1b2d3e4f5a6b")
    m = mk(when, sent_at(when, 1, 6), "webmail.sakan-dz.example.org", "203.0.113.133", "4DbQ5Hs8NvZ0",
           "Amel Bouziane <a.bouziane@sakan-dz.example.org>", hdr(M17_SUBJ, enc="Q"), M17_ID, body,
           extra=[("User-Agent", ROUNDCUBE)])
    add(17, when, m, dict(category="voluntary_report", language="fr", acknowledge=True, on_time=True,
        report_attachments=[M17_FILE],
        notes="Oran housing rights association's report as a DOCX whose name has accents (RFC 2231 + RFC 2047); "
              "apartment and building numbers in the signature. Roundcube, quoted-printable text/plain. Replaced "
              "by a corrected version on 15 February (h258-21)."))


# ================================================================ 18  EN  other  a master's student who only wants to attend
def m18():
    when = at("2021-02-10 14:02:19")
    subj = "Attending the consultation as an observer?"
    text = """Hello,

My name is Rawan Haidar and I'm a second-year master's student in urban planning and policy in Beirut. My thesis is on how migrant domestic workers found housing after the port explosion, so the regional review is very relevant to my research.

I'm not with any organisation and I don't want to speak or submit anything - I would just like to follow the consultation on the 23rd and the conference sessions, especially the roundtables. Is that possible for an individual, and do I need to register somewhere? Will there be a link?

Thank you so much,
Rawan Haidar
"""
    a = alt(text, "_000_AS8P190MB1270E5C3A9D2F146_", html=owa_html(text))
    m = mk(when, sent_at(when, 2, 5), "mail-am6eur05olkn2071.outbound.protection.outlook.example.com",
           "198.51.100.71", "4DbxC1Kp7TZ2", "Rawan Haidar <rawan.haidar97@hotmail.example.com>", subj,
           "<AS8P190MB1270E5C3A9D2F146@AS8P190MB1270.EURP190.PROD.OUTLOOK.example.com>", a,
           extra=[("Thread-Topic", subj), ("Thread-Index", "AQHW/6Rb3Kx5Mz7Np9Qr1St3Uv5Wx=="),
                  ("Content-Language", "en-GB"), ("X-MS-Has-Attach", ""), ("X-MS-TNEF-Correlator", "")])
    add(18, when, m, dict(category="other", language="en", acknowledge=True, on_time=None,
        notes="a master's student who only wants to attend ('I don't want to speak or submit anything'): the "
              "sender names herself, her field and the roundtables but proposes no speaker and sends no report; "
              "she asks how to register, so it is acknowledged. Outlook on the web (Hotmail), "
              "multipart/alternative."))


# ================================================================ 19  FR  report  Achrafieh women's shelter: report typed in the body, inline floor plan
def m19():
    when = at("2021-02-11 16:45:00")
    subj = "Contribution du Foyer Tabitha - examen régional du Pacte mondial"
    intro = """Madame, Monsieur,

Notre connexion ne nous permet pas d'envoyer un fichier lourd ; je vous transmets donc notre rapport volontaire directement dans ce message. Le plan du dortoir est inséré plus bas.

RAPPORT VOLONTAIRE - FOYER TABITHA, BEYROUTH

1. Qui sommes-nous
Le Foyer Tabitha est un lieu d'hébergement d'urgence pour femmes migrantes sans abri, ouvert en 2012 à Achrafieh et géré depuis 2018 par une équipe de huit personnes. Nous disposons de 28 lits sur un seul étage.

2. Ce que nous avons vu en 2020
- 214 femmes accueillies (96 en 2019), surtout éthiopiennes, kényanes, camerounaises et bangladaises ;
- des séjours de plus en plus longs : 71 jours en moyenne, faute de billet de retour ou de logement ;
- après le 4 août, trois semaines à 41 femmes pour 28 lits, avec des matelas dans le couloir et la salle commune (voir le plan ci-dessous)."""
    outro = """3. Ce qui manque
- un cadre qui permette aux travailleuses domestiques de louer elles-mêmes un logement sans passer par un employeur ;
- des places pour les mères avec enfants, que nous devons aujourd'hui refuser ;
- une coordination avec les municipalités pour des aides au loyer d'urgence.

4. Nos recommandations
a) Reconnaître l'hébergement d'urgence comme une étape, et financer la sortie vers un logement stable.
b) Interdire la confiscation des documents, qui empêche toute location.
c) Associer les foyers aux plans municipaux de logement après l'explosion.

Bien cordialement,

Mireille Abou Jaoudé
Responsable du foyer
Foyer Tabitha - rue Sursock, immeuble Saadé, rez-de-chaussée, Achrafieh - Beyrouth
+961 1 000 000"""
    cid = "part1.7C2E4B91.3A5F0D68@foyer-tabitha.example.org"
    plain = intro + "\n\n[plan du dortoir]\n\n" + outro + "\n"

    def paras(t):
        return "".join("<p>%s</p>\n" % "<br>\n".join(esc(x) for x in p.split("\n")) for p in t.split("\n\n"))
    html = ('<html>\n  <head>\n    <meta http-equiv="content-type" content="text/html; charset=UTF-8">\n  </head>\n'
            '  <body>\n' + paras(intro) +
            '<p><img moz-do-not-send="false" src="cid:%s" alt="Plan du dortoir (1er étage)" width="480" '
            'height="320"></p>\n' % cid + paras(outro) + '  </body>\n</html>\n')
    plan = leaf("image/png", make_png(48, 32, (228, 222, 205)), cte="base64",
                params=[("name", '"plan_dortoir_foyer.png"')], disp='inline; filename="plan_dortoir_foyer.png"',
                extra=[("Content-ID", "<%s>" % cid)])
    rel = multi("related", [leaf("text/html", html), plan], "------------0A8D3F61B2C94E7A5D1B6C30")
    a = multi("alternative", [leaf("text/plain", flowed(plain), params=[("format", "flowed")]), rel],
              "------------E1B47C2D9F0A36E85B2C7D41")
    m = mk(when, sent_at(when, 2, 9), "mail.foyer-tabitha.example.org", "203.0.113.148", "4DcW3Rn6HpZ4",
           addr("Mireille Abou Jaoudé", "mireille@foyer-tabitha.example.org", enc="Q"), hdr(subj, enc="Q"),
           "<3e9b51d2-7a4c-4f08-b6e1-0d2c8a5f7b94@foyer-tabitha.example.org>", a,
           extra=[("User-Agent", TB), ("Content-Language", "fr")])
    add(19, when, m, dict(category="voluntary_report", language="fr", acknowledge=True, on_time=True,
        notes="a women's shelter in Achrafieh types its voluntary report into the body (headed 'RAPPORT VOLONTAIRE', "
              "numbered sections) because the connection cannot carry a file; a floor plan of the dormitory is an "
              "inline PNG with a file name inside multipart/related: the report is in the body, so no report "
              "attachments. Thunderbird HTML with a format=flowed text alternative ('[plan du dortoir]')."))


# ================================================================ 20  AR  report  Khartoum association for informal settlements, Yahoo, Arabic PDF name
M20_FILE = "تقرير جمعية أمان - المهاجرون في أحياء السكن العشوائي بالخرطوم.pdf"


def m20():
    when = at("2021-02-12 12:20:40")
    subj = "تقرير طوعي - جمعية أمان لتطوير أحياء السكن العشوائي"
    text = """الإخوة في أمانة الاستعراض الإقليمي للاتفاق العالمي من أجل الهجرة،
السلام عليكم ورحمة الله وبركاته،

نرسل إليكم مع هذه الرسالة التقرير الطوعي لجمعية أمان لتطوير أحياء السكن العشوائي، وهي جمعية طوعية تعمل منذ 2011 في أحياء مايو والأزهري وسوبا أراضي بولاية الخرطوم، حيث يعيش آلاف المهاجرين واللاجئين من جنوب السودان وإريتريا وإثيوبيا إلى جانب النازحين من دارفور وكردفان، في بيوت من الطين والزنك بلا مياه جارية ولا صرف صحي.

يتناول التقرير عمليات الإزالة التي نفذتها السلطات المحلية في 2020، ومعاناة الأسر التي فقدت بيوتها في فيضان سبتمبر الماضي، وصعوبة حصول المهاجرين على أي وثيقة حيازة.

كنا نأمل أن نرشح أحد أعضاء الجمعية للحديث في المؤتمر، لكن فاتنا موعد الترشيح، ونرجو أن يكون ذلك في مناسبة قادمة.

وتقبلوا فائق التقدير،

عبد المنعم الطيب بابكر
الأمين العام
جمعية أمان لتطوير أحياء السكن العشوائي
الخرطوم - حي الأزهري مربع 9، منزل 214
جوال: 0912 000 000
"""
    pdf = rep_pdf("Voluntary GCM review report (Arabic)", "Aman Association for Informal Settlements, Khartoum",
                  ["Mayo, Al-Azhari and Soba Aradi", "Demolitions in 2020", "The September 2020 flood",
                   "Tenure documents for migrants", "Recommendations"])
    a = alt(text, "----=_Part_1873302_384915702.1613125236140", html=yahoo_html(text, rtl=True), b64=True)
    body = multi("mixed", [a, attach("application/pdf", pdf, M20_FILE)], "----=_Part_1873301_1029384756.1613125236139")
    m = mk(when, sent_at(when, 2, 4), "sonic314-15.consmr.mail.ir2.yahoo.example.com", "198.51.100.214",
           "4DdH8Lq4XsZ7", addr("عبد المنعم الطيب", "aman.settlements.khartoum@yahoo.example.com"), hdr(subj),
           "<1613125236140.1873303@mail.yahoo.example.com>", body, extra=[("X-Mailer", YAHOO)])
    add(20, when, m, dict(category="voluntary_report", language="ar", acknowledge=True, on_time=True,
        report_attachments=[M20_FILE],
        notes="Khartoum association for informal settlements sending its report as a PDF with a long Arabic "
              "name (RFC 2231 + RFC 2047); it says it had hoped to nominate a member to speak but missed the "
              "deadline ('فاتنا موعد الترشيح'): no speaker, so a report only. House and block numbers in the "
              "signature. Yahoo, base64."))


# ================================================================ 21  FR  report  ASDL sends a corrected version replacing 17
M21_ID = "<f27a9c0d41e3b58c6d7e8f9a0b1c2d3e@webmail.sakan-dz.example.org>"
M21_SUBJ = "Re: Contribution volontaire de l'ASDL (Oran) - examen régional du PMM"
M21_QID = "4DfN2Vk9CwZ1"
M21_FILE = "Rapport_ASDL_Hébergement_des_migrants_à_Oran_v2 (corrigé).docx"


def m21():
    when = at("2021-02-15 09:48:12")
    text = """Bonjour,

Nous avons relevé une erreur dans le rapport envoyé le 9 février : le tableau des loyers de la section 3 reprenait des chiffres de 2019. Merci de bien vouloir le remplacer par la version corrigée ci-jointe ; le reste du texte est inchangé.

Avec nos excuses pour ce désagrément,

Amel Bouziane
ASDL - Oran

Le 09/02/2021 10:33, Amel Bouziane a écrit :
""" + gt(M17_TEXT) + "\n"
    doc = make_docx(["Association Sakan pour le droit au logement (ASDL) - Oran",
                     "Contribution volontaire a l'examen regional du Pacte mondial sur les migrations - version corrigee",
                     "1. Coca, El Hamri, Hai Nedjma", "2. Loyers a la semaine et absence de bail",
                     "3. Tableau des loyers (chiffres 2020)", "4. Expulsions et samsars", "5. Huit recommandations"])
    t = leaf("text/plain", flowed(text), "utf-8", "quoted-printable", params=[("format", "flowed")])
    body = multi("mixed", [t, attach(DOCX, doc, M21_FILE)], "=_c3d5e7f90a1b2c4d6e8f0a2b4c6d8e0f")
    m = mk(when, sent_at(when, 1, 6), "webmail.sakan-dz.example.org", "203.0.113.133", M21_QID,
           "Amel Bouziane <a.bouziane@sakan-dz.example.org>", hdr(M21_SUBJ, enc="Q"), M21_ID, body,
           extra=[("In-Reply-To", M17_ID), ("References", M17_ID), ("User-Agent", ROUNDCUBE)])
    add(21, when, m, dict(category="voluntary_report", language="fr", acknowledge=True, on_time=True,
        report_attachments=[M21_FILE], thread_of=H % 17,
        notes="corrected report replacing h258-17 ('Merci de bien vouloir le remplacer'), sent as a Roundcube "
              "reply to the sender's own first message (In-Reply-To h258-17); only the new DOCX, whose name has "
              "accents, a space and brackets, is attached and listed, while the quoted first mail still describes "
              "the old attachment. Her vacation reply answers our acknowledgement (h258-22)."))


# ================================================================ 22  FR  auto_reply  the ASDL sender's vacation reply to our acknowledgement of 21
def m22():
    when = at("2021-02-15 09:48:57")
    ack = ack_mid(M21_QID)
    text = """Bonjour,

Je suis en déplacement à Tlemcen puis en congé jusqu'au lundi 1er mars 2021, avec un accès très limité à ma messagerie.

Pour toute question concernant le rapport de l'ASDL ou nos activités, vous pouvez écrire à Nassim Khelifa (n.khelifa@sakan-dz.example.org).

Amel Bouziane
"""
    body = leaf("text/plain", text, "utf-8", "8bit")
    rows = std_rows(when, "webmail.sakan-dz.example.org", "203.0.113.133", "4DfN3Bx0DyZ4",
                    "Amel Bouziane <a.bouziane@sakan-dz.example.org>",
                    "Absente jusqu'au 1er mars", rfcdate(sent_at(when, 1, 2)),
                    "<sieve-vacation.1613378935.6a2f@webmail.sakan-dz.example.org>",
                    extra=[("Auto-Submitted", "auto-replied (vacation)"), ("Precedence", "bulk")], ret="")
    rows = [(k, "<>" if k == "Return-Path" else v) for k, v in rows]
    rows += [("In-Reply-To", ack), ("References", M17_ID + " " + M21_ID + " " + ack)]
    add(22, when, top(body, rows), dict(category="auto_reply", language="fr", acknowledge=False, on_time=None,
        notes="Sieve vacation reply (Auto-Submitted: auto-replied (vacation), Precedence: bulk, null Return-Path) "
              "of the sender of h258-21, answering our acknowledgement 45 seconds after her own message; its own "
              "subject, not 'Re:'; it names 'le rapport de l'ASDL' and a colleague. References name h258-17 and "
              "h258-21; never acknowledge, thread_of null as for auto-replies. 8bit text/plain."))


# ================================================================ 23  AR  report  Irbid municipal social housing section, six minutes late
M23_FILE = "التقرير الطوعي - بلدية إربد الكبرى - قسم الإسكان الاجتماعي.pdf"


def m23():
    when = at("2021-02-17 00:06:44")
    subj = "تقرير طوعي - قسم الإسكان الاجتماعي في بلدية إربد الكبرى"
    text = """السادة أمانة الاستعراض الإقليمي للاتفاق العالمي للهجرة المحترمين،

تحية طيبة وبعد،

نرفق لكم التقرير الطوعي الذي أعده قسم الإسكان الاجتماعي في بلدية إربد الكبرى حول سكن العمالة الوافدة واللاجئين في الأحياء الشعبية والتجمعات غير الرسمية ضمن حدود البلدية، ويتضمن نتائج المسح الميداني الذي نفذه القسم في تشرين الثاني 2020 على 340 مسكناً، ومقترحات لتوسيع برنامج البلدية للإسكان الميسر ليشمل الأسر غير الأردنية.

وقد أنجزنا التقرير مساء اليوم بعد اعتماده من لجنة البلدية، آملين أن يصلكم في الموعد المحدد.

وتفضلوا بقبول فائق الاحترام،

المهندسة رنا يوسف العزام
رئيسة قسم الإسكان الاجتماعي
بلدية إربد الكبرى - مبنى البلدية، الطابق الرابع، مكتب 407
هاتف: 02 7000000 فرعي 407
"""
    pdf = rep_pdf("Voluntary GCM review report (Arabic)", "Greater Irbid Municipality - Social Housing Section",
                  ["Field survey of 340 dwellings, November 2020", "Migrant workers and refugees in informal areas",
                   "Affordable housing programme", "Proposals"])
    a = alt(text, "_000_AM9PR03MB6914B2D7E0C1A583_", html=outlook_html(text, lang="AR-JO", rtl=True), b64=True)
    body = multi("mixed", [a, attach("application/pdf", pdf, M23_FILE)], "_004_AM9PR03MB6914B2D7E0C1A583_")
    m = mk(when, sent_at(when, 2, 11), "mail-am9eur03on0608.outbound.protection.outlook.example.com",
           "198.51.100.108", "4DgT6Ks1PmZ8", addr("رنا العزام", "r.azzam@irbid-municipality.example.jo"), hdr(subj),
           "<AM9PR03MB6914B2D7E0C1A583@AM9PR03MB6914.eurprd03.prod.outlook.example.com>", body,
           extra=outlook(hdr(subj), "AdcEr7Tz9Wb1Yd3Af5Ch7Ej9Gl1In==", lang="ar-JO", has_attach="yes"))
    add(23, when, m, dict(category="voluntary_report", language="ar", acknowledge=True, on_time=False,
        report_attachments=[M23_FILE],
        notes="municipal social housing section in Jordan, received at 00:06 on 17 February: six minutes after the "
              "report deadline, while the letter says the report was finished 'مساء اليوم' and hopes it is on "
              "time (Date header 00:06 +0200, the same day as the server). Signed by 'المهندسة' with an office "
              "number and phone extension next to her title; no speaker. Outlook, base64, ar-JO."))


# ================================================================ 24  AR  other  Tripoli organisation asks about audio-only participation (reply to our acknowledgement of 14)
def m24():
    when = at("2021-02-18 10:05:33")
    ack = ack_mid(M14_QID)
    quoted = ack_ar("السيدة هدى الترهوني", M14_SUBJ, "طلب المشاركة (متحدث واحد)")
    text = """السلام عليكم،

شكراً على ردكم. بخصوص المهاجر اللي قلنالكم عليه، قررنا في الآخر ما نرشحوهش خوفاً عليه من أي مشاكل.

عندنا سؤالين:
1- الأستاذ عبد الرزاق يقدر يشارك بالصوت بس بدون كاميرا؟ النت عندنا ضعيف والكهرباء تقطع.
2- امتى توصلنا الدعوة أو الرابط متاع يوم 23؟

بارك الله فيكم
هدى

في الجمعة، 5 فبراير 2021 في 11:41 م، كتب GCM Regional Review Arab States <gcmrrarabstates@iom.int>:
""" + gt(quoted) + "\n"
    a = alt(text, "000000000000e5b71d05bb9a4c20", html=gmail_html(text, rtl=True), b64=True)
    m = mk(when, sent_at(when, 2, 8), "mail-ej1-f65.google.example.com", "192.0.2.65", "4DhB1Wn5RtZ2",
           addr("Huda Tarhouni", "huda.tarhouni.baytuna@gmail.example.com"),
           re_hdr("Re: ", "إشعار استلام - " + M14_SUBJ),
           "<CAKv8Rt5Sp2yQ9xL+f6Nc1Zd3tK8gJh7eM4@mail.gmail.example.com>", a,
           extra=[("In-Reply-To", ack), ("References", M14_ID + " " + ack)])
    add(24, when, m, dict(category="other", language="ar", acknowledge=True, on_time=None, thread_of=H % 14,
        notes="reply to our acknowledgement of h258-14 (References name h258-14) in Libyan colloquial Arabic: it "
              "withdraws the unnamed second speaker and asks two questions (audio only, when the link arrives), "
              "so it is acknowledged; it names the speaker of h258-14 with 'الأستاذ' but proposes nobody new. "
              "Gmail, base64, with our quoted Arabic acknowledgement."))


def main():
    for f in (m01, m02, m03, m04, m05, m06, m07, m08, m09, m10, m11, m12, m13, m14, m15, m16, m17, m18, m19,
              m20, m21, m22, m23, m24):
        f()
    SET.write()


if __name__ == "__main__":
    main()
