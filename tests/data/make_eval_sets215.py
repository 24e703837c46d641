#!/usr/bin/env python3
"""Write the blind evaluation set holdout215 (24 raw .eml messages + labels.json).

Deterministic, standard library only:  python3 tests/data/make_eval_sets215.py
Theme: small grassroots groups in crisis settings (Sudan, Yemen, Libya, Syria, Iraq, Somalia) writing over poor
connections (27 January - 18 February 2021).  A nomination typed on a phone as one long paragraph and sent twice,
a report too big to attach shared as a WeTransfer / Dropbox link, a report split over two mails around midnight,
a report photographed page by page, groups of persons with disabilities, older migrants, returnees and families of
missing migrants, speakers who need an interpreter or a visa letter, nominations sent on behalf of someone else,
details pasted from the online form or only in a signature, an out-of-office from the field and a bounce from a
domain that no longer resolves.  Every earlier message of a thread is in the set.  Helpers from mailgen.py.
"""
import datetime as dt

from mailgen import (EvalSet, DOCX, POSTFIX_NOTICE, addr, alt, at, attach, dsn_report, flowed, gmail_html, hdr,
                     html_only, leaf, make_docx, make_png, mk, multi, re_hdr, rep_pdf, rfcdate, sent_at, sp,
                     std_rows, top, esc, b_word)
from mailgen import outlook_rows as outlook
from mailgen import quote_block as gt, ack_id as ack_mid, logo

SET = EvalSet(215)
add = SET.add
H = "h215-%02d.eml"

TB = "Mozilla/5.0 (Windows NT 6.1; rv:78.0) Gecko/20100101 Thunderbird/78.6.0"
SAMSUNG = "Sent from my Samsung Galaxy smartphone."


def gmail_alt(text, boundary, rtl=False):
    return alt(text, boundary, html=gmail_html(text, rtl=rtl))


def gmail_extra(refs=None):
    rows = []
    if refs:
        rows += [("In-Reply-To", refs[-1]), ("References", " ".join(refs))]
    return rows


# ================================================================ 01  EN  speaker  SRSN (Somalia), two speakers, 'same' org
M01_ID = "<CAN7kq3Vx0pY+e2RmQ4tB9sLw1aZcH8uJfK6n@mail.gmail.example.com>"


def m01():
    when = at("2021-01-27 10:14:36")
    text = """Dear GCM Regional Review team,

Greetings from Mogadishu. We received your invitation through the Somalia migration working group, thank you for including small groups like ours.

Our network would like to propose two members to speak during the review:

1) Name: Hodan Abdi Warsame
Title: Coordinator
Organization: Somali Returnees Support Network (SRSN), Mogadishu
Role: floor intervention in thematic roundtable 2

2) Name: Abdikarim Yusuf Nur
Title: Youth focal point
Organization: same
Role: open discussion of the multi-stakeholder consultation on 23 February

Please note that our internet connection is not stable, if we do not answer quickly it is not because we are not interested. You can also reach us on WhatsApp at the number below.

With thanks,
Hodan

--
Hodan Abdi Warsame
Coordinator, SRSN
+252 61 000 0000 (WhatsApp)
"""
    m = mk(when, sent_at(when, 3, 5), "mail-ed1-f67.google.example.com", "192.0.2.67", "4DQm5B1xHkz4",
           "Hodan Warsame <hodan.srsn@gmail.example.com>", "Request to speak - Somali Returnees Support Network",
           M01_ID, gmail_alt(text, "000000000000b7c2e105b9e0a4f1"))
    add(1, when, m, dict(category="speaker_request", language="en", acknowledge=True, on_time=True, speakers=[
        sp("Hodan Abdi Warsame", "Coordinator", "Somali Returnees Support Network (SRSN)", ["roundtable"], 2),
        sp("Abdikarim Yusuf Nur", "Youth focal point", "Somali Returnees Support Network (SRSN)",
           ["open_discussion"])],
        notes="two speakers in numbered labelled blocks; the first organisation line ends with the city "
              "(', Mogadishu'), not part of the affiliation (dev 004/013); the second speaker's organisation is "
              "'same', recorded as the first one's full form (what a secretary would type in the register)."))


# ================================================================ 02  AR  speaker  Taiz disability union, one long paragraph, phone
M02_ID = "<a81f3c0e-6d2b-4e57-9b1a-0c4d7e2f9a61@email.android.example.com>"
M02_SUBJ = "طلب مشاركة"
M02_TEXT = ("السلام عليكم ورحمة الله وبركاته نحن في اتحاد جمعيات ومنظمات الأشخاص ذوي الإعاقة - تعز نشكركم على "
            "الدعوة ونود المشاركة في المؤتمر الاستعراضي الإقليمي ونرشح الأخ عبدالرحمن سيف الشرعبي رئيس الاتحاد "
            "لتقديم مداخلة في المائدة المستديرة الثالثة علماً بأنه من مستخدمي الكرسي المتحرك ويحتاج الى مرافق "
            "وعنده خبرة طويلة في موضوع المهاجرين ذوي الإعاقة العالقين في تعز والحديدة ونعتذر اذا تأخرنا في الرد "
            "على اي رسالة منكم بسبب انقطاع الكهرباء والنت عندنا أغلب اليوم ولكم جزيل الشكر أخوكم فؤاد الصبري "
            "منسق المشاريع في الاتحاد تلفون 00967770000000\n\n" + SAMSUNG + "\n")


def m02():
    when = at("2021-01-30 21:02:14")
    body = leaf("text/plain", M02_TEXT, "utf-8", "base64")
    m = mk(when, sent_at(when, 3, 9), "mail-pj1-f44.google.example.com", "192.0.2.144", "4DSV0m2Gcqz7",
           addr("Fouad Alsabri", "fouad.alsabri77@gmail.example.com"), hdr(M02_SUBJ), M02_ID, body)
    add(2, when, m, dict(category="speaker_request", language="ar", acknowledge=True, on_time=True, speakers=[
        sp("عبدالرحمن سيف الشرعبي", "رئيس الاتحاد", "اتحاد جمعيات ومنظمات الأشخاص ذوي الإعاقة", ["roundtable"], 3)],
        notes="the whole message is one long paragraph typed on a phone, no punctuation between the details; sent "
              "on behalf of the speaker by the union's project coordinator; 'الأخ' before the name is a form of "
              "address, dropped; the affiliation is followed by '- تعز' (city, not part of it); roundtable as an "
              "ordinal word (الثالثة). The speaker uses a wheelchair and needs a companion. Sent twice (h215-03)."))


# ================================================================ 03  AR  speaker  the same message sent again 7 minutes later
def m03():
    when = at("2021-01-30 21:09:51")
    body = leaf("text/plain", M02_TEXT, "utf-8", "base64")
    m = mk(when, sent_at(when, 3, 8), "mail-pj1-f44.google.example.com", "192.0.2.144", "4DSV9s0Hdtz2",
           addr("Fouad Alsabri", "fouad.alsabri77@gmail.example.com"), hdr(M02_SUBJ),
           "<5e0b27d4-91ac-4c3f-a6e8-f2b3d01c7e95@email.android.example.com>", body)
    add(3, when, m, dict(category="speaker_request", language="ar", acknowledge=True, on_time=True, thread_of=H % 2,
        speakers=[sp("عبدالرحمن سيف الشرعبي", "رئيس الاتحاد", "اتحاد جمعيات ومنظمات الأشخاص ذوي الإعاقة",
                     ["roundtable"], 3)],
        notes="exact duplicate of h215-02 (same body, same subject, new Message-ID, no In-Reply-To): the phone "
              "re-sent it after a dropped connection. Labelled like dev 041 (a re-sent duplicate keeps its "
              "category and points to the first message); the service should not register a second speaker."))


# ================================================================ 04  FR  report  Libya, WeTransfer link, nothing attached
M04_ID = "<000a01d6f89c$4b2e1f70$e18a5e50$@assafa-libye.example.org>"
M04_SUBJ = "Rapport volontaire PMM - Association Assafa (Tripoli)"
M04_TEXT = """Madame, Monsieur,

L'Association Assafa pour l'accompagnement des migrants et des rapatriés a le plaisir de vous transmettre son rapport volontaire dans le cadre de l'examen régional du Pacte mondial pour des migrations sûres, ordonnées et régulières.

Le document, qui comprend les témoignages recueillis auprès de 120 migrants détenus puis libérés à Tripoli et Zaouïa, ainsi que de nombreuses photos, pèse 46 Mo ; nos tentatives de l'envoyer en pièce jointe ont toutes échoué. Vous pouvez le télécharger via le lien WeTransfer suivant (valable 7 jours) :

https://we.tl/t-7Hq2LmZ9xK

Nous vous remercions de bien vouloir nous confirmer que le téléchargement a réussi.

Veuillez agréer, Madame, Monsieur, l'expression de nos salutations distinguées.

Nadia Elmabrouk
Chargée de projets
Association Assafa pour l'accompagnement des migrants et des rapatriés
Tripoli - Libye
"""


def m04():
    when = at("2021-02-01 13:30:08")
    body = alt(M04_TEXT, "----=_NextPart_000_000B_01D6F8AD.0EB7A590")
    m = mk(when, sent_at(when, 2, 6), "mail.assafa-libye.example.org", "203.0.113.44", "4DTyJ5Lr2vz9",
           addr("Nadia Elmabrouk", "projets@assafa-libye.example.org"), hdr(M04_SUBJ, enc="Q"), M04_ID, body,
           extra=[("X-Mailer", "Microsoft Outlook 15.0"), ("Thread-Index", "AdbzmA6lq3+9Xw2TR0yW8cN1sK5fgA=="),
                  ("Content-Language", "fr")])
    add(4, when, m, dict(category="voluntary_report", language="fr", acknowledge=True, on_time=True,
        notes="report too large to attach, shared as a WeTransfer link that expires after 7 days: nothing to "
              "file, report_attachments empty (as dev 049); the secretariat must download it in time. Followed "
              "up by h215-18."))


# ================================================================ 05  EN  speaker  SAER (Sudan), on behalf, interpreter + visa letter
M05_ID = "<DU2P190MB0412C8B1A7E93F05@DU2P190MB0412.EURP190.PROD.OUTLOOK.example.com>"
M05_SUBJ = "Speaker nomination: SAER Chairperson - plenary"


def m05():
    when = at("2021-02-02 09:20:41")
    text = """Dear Sir/Madam,

I am writing on behalf of our Chairperson, Mr. Osman Abdelrahim Babiker, who would like to make a floor intervention in one of the plenary sessions of the Regional Review Conference on 24-25 February.

Our association brings together older Sudanese who returned from the Gulf and Libya after decades abroad, many of them without pension or health cover. Mr. Babiker is 71 and speaks only Arabic, so he will need interpretation into English during the session. If the conference will be held in person, could you kindly send him an invitation letter that he can present to the embassy for his visa? His passport details can be shared on request.

Please copy me on any reply, as his email account is not always accessible.

Kind regards,

Amna Hassan Elsheikh
Programme Assistant
Sudanese Association for Elderly Returnees (SAER)
Khartoum, Sudan
Tel: +249 91 000 0000
"""
    m = mk(when, sent_at(when, 2, 7), "mail-du2eur01on0603.outbound.protection.outlook.example.com",
           "198.51.100.63", "4DVb2Tq8xNz1", "Amna Hassan Elsheikh <amna.elsheikh@saer-sudan.example.org>",
           M05_SUBJ, M05_ID, alt(text, "_000_DU2P190MB0412C8B1A7E93F05_"),
           extra=outlook(M05_SUBJ, "AQHW+Tq1c8b1p0oRkU2Y4fZ0eWm3Gw=="),
           cc="Osman Babiker <o.babiker@saer-sudan.example.org>")
    add(5, when, m, dict(category="speaker_request", language="en", acknowledge=True, on_time=True, speakers=[
        sp("Osman Abdelrahim Babiker", "Chairperson", "Sudanese Association for Elderly Returnees (SAER)",
           ["plenary"])],
        notes="sent on behalf of the speaker by a programme assistant (her own title in the signature is not the "
              "speaker's); the speaker is named in prose ('our Chairperson, Mr. ...', honorific dropped) and the "
              "organisation only appears in the sender's signature (acronym kept, city line dropped). Asks for "
              "Arabic-English interpretation and a visa invitation letter: the acknowledgement should not promise "
              "either; the secretariat has to answer. Cc to the speaker."))


# ================================================================ 06  EN  auto_reply  the sender of 05 is in the field
def m06():
    when = at("2021-02-02 09:21:58")
    text = """Thank you for your message.

I am in the field in Kassala and Gedaref until 11 February with very limited internet access. I will reply as soon as I am back in Khartoum.

For urgent matters please contact info@saer-sudan.example.org.

Amna Hassan Elsheikh
Programme Assistant, SAER
"""
    body = alt(text, "_000_DU2P190MB0412OOF0202_")
    rows = std_rows(when, "mail-du2eur01on0603.outbound.protection.outlook.example.com", "198.51.100.63",
                    "4DVb3q1Zk8z5", "Amna Hassan Elsheikh <amna.elsheikh@saer-sudan.example.org>",
                    "Automatic reply: Acknowledgement of receipt - " + M05_SUBJ, rfcdate(sent_at(when, 2, 3)),
                    "<DU2P190MB0412OOF3E7A41C2@DU2P190MB0412.EURP190.PROD.OUTLOOK.example.com>",
                    extra=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")],
                    ret="amna.elsheikh@saer-sudan.example.org")
    rows += [("In-Reply-To", ack_mid("4DVb2Tq8xNz1")), ("References", ack_mid("4DVb2Tq8xNz1")),
             ("Content-Language", "en-US")]
    add(6, when, top(body, rows), dict(category="auto_reply", language="en", acknowledge=False, on_time=None,
        notes="Exchange out-of-office of the sender of h215-05 answering our acknowledgement a minute later; "
              "never acknowledge; thread_of null as for dev auto-replies."))


# ================================================================ 07  FR  speaker  CCMF (Sebha), pasted registration form, two speakers
def m07():
    when = at("2021-02-03 11:05:19")
    text = """Bonjour,

Nous nous sommes inscrits en ligne hier soir, mais nous ne sommes pas sûrs que le formulaire soit bien passé (la connexion a coupé juste après l'envoi). Par précaution, voici les informations telles que nous les avons saisies :

---------------------------------
Intervenant 1
Nom complet : Moussa Traoré
Fonction : Président
Organisation : Collectif des Communautés Migrantes du Fezzan (CCMF) - Sebha, Libye
Rôle souhaité : Table ronde thématique 1
---------------------------------
Intervenant 2
Nom complet : Mme Aminata Koné
Fonction : Secrétaire chargée des femmes et des enfants
Organisation : CCMF
Rôle souhaité : Rapporteur (messages clés des parties prenantes)
---------------------------------

Merci de votre compréhension.

Moussa Traoré
"""
    m = mk(when, sent_at(when, 2, 6), "mail-wm1-f52.google.example.com", "192.0.2.52", "4DWKp47Rsmz3",
           addr("Moussa Traoré", "ccmf.sebha@gmail.example.com", enc="Q"),
           hdr("Inscription intervenants CCMF - au cas où le formulaire n'est pas passé", enc="Q"),
           "<CAFs9Xw2Lq8o+VdR3kT0mYbN5eJ7uAc1gHz@mail.gmail.example.com>",
           gmail_alt(text, "000000000000c4d5e605ba3f1b2a"))
    add(7, when, m, dict(category="speaker_request", language="fr", acknowledge=True, on_time=True, speakers=[
        sp("Moussa Traoré", "Président", "Collectif des Communautés Migrantes du Fezzan (CCMF)", ["roundtable"], 1),
        sp("Aminata Koné", "Secrétaire chargée des femmes et des enfants",
           "Collectif des Communautés Migrantes du Fezzan (CCMF)", ["rapporteur"])],
        notes="details pasted from the online registration form between dashed lines; the first organisation "
              "line ends with the place (' - Sebha, Libye'), dropped; the second gives only the acronym 'CCMF', "
              "recorded in its fullest written form; 'Mme' dropped."))


# ================================================================ 08  AR  speaker  Awda (Mosul), HTML only, details only in the signature
def m08():
    when = at("2021-02-04 16:40:27")
    inner = ("<div dir=\"rtl\"><p>الأخوة في أمانة الاستعراض الإقليمي المحترمون</p>"
             "<p>تحية طيبة،</p>"
             "<p>أرجو التفضل بتسجيل مشاركتي في النقاش المفتوح ضمن المشاورة مع أصحاب المصلحة المتعددين يوم ٢٣ شباط، "
             "إذ نعمل منذ ٢٠١٨ مع العائلات العائدة إلى الموصل وقرى سهل نينوى بعد سنوات النزوح، ونود أن ننقل ما "
             "يواجهه العائدون من صعوبات في استخراج الوثائق المدنية والحصول على السكن.</p>"
             "<p>مع التقدير،</p>"
             "<p>&nbsp;</p>"
             "<p><b>م. ليث عبد الستار الجبوري</b><br>مدير البرامج<br>منظمة عودة للتنمية المجتمعية<br>"
             "الموصل – نينوى – العراق<br>07700000000</p></div>")
    body = html_only(inner, rtl=True, b64=True, lang="AR-IQ")
    subj = "المشاركة في النقاش المفتوح ٢٣ شباط"
    m = mk(when, sent_at(when, 3, 5), "mail-vi1eur05on0711.outbound.protection.outlook.example.com",
           "198.51.100.71", "4DX0wq3mTbz6", addr("Laith Al-Jubouri", "laith@awda-iq.example.org"), hdr(subj),
           "<VI1PR05MB6238D4A7C1B9E02F@VI1PR05MB6238.eurprd05.prod.outlook.example.com>", body,
           extra=outlook(subj, "AdcLq2x8mPz0v4Kj9yQh1Rs5TuWcNg==", lang="ar-IQ"))
    add(8, when, m, dict(category="speaker_request", language="ar", acknowledge=True, on_time=True, speakers=[
        sp("ليث عبد الستار الجبوري", "مدير البرامج", "منظمة عودة للتنمية المجتمعية", ["open_discussion"])],
        notes="HTML-only (base64, no text/plain part); the body says 'my participation' and the name, title and "
              "organisation are only in the signature; 'م.' (engineer) before the name is an honorific, dropped; "
              "the place line under the organisation is not part of it. Returnees' group."))


# ================================================================ 09  FR  other  Aleppo group: can we send the report in parts / by link?
def m09():
    when = at("2021-02-05 10:10:33")
    text = """Bonjour,

Je suis le coordinateur d'une petite initiative bénévole à Alep qui accompagne des personnes âgées dont les enfants ont émigré ou ont disparu sur la route. Nous préparons un rapport volontaire pour l'examen régional.

Nous n'avons que 3 à 4 heures d'électricité par jour et la connexion est très faible. Le rapport, avec les photos et les tableaux, fera environ 30 Mo. Deux questions :
- pouvons-nous l'envoyer en plusieurs messages, ou bien par un lien Google Drive ?
- est-il accepté si nous l'envoyons en arabe seulement ?

Merci d'avance pour votre réponse.

Rami Chahine
Coordinateur bénévole
Initiative Yasmine pour les aînés - Alep
"""
    body = leaf("text/plain", flowed(text), "utf-8", "quoted-printable", params=[("format", "flowed")])
    m = mk(when, sent_at(when, 2, 4), "smtp.mail.example-sy.net", "203.0.113.90", "4DXTk1Q7fLz0",
           "Rami Chahine <rami.chahine@mail.example-sy.net>", hdr("Question sur l'envoi du rapport volontaire",
                                                                  enc="Q"),
           "<b3c7e1f0-2a9d-4d51-8e6f-71a0c5d2e9b4@mail.example-sy.net>", body,
           extra=[("User-Agent", TB), ("Content-Language", "fr")])
    add(9, when, m, dict(category="other", language="fr", acknowledge=True, on_time=None,
        notes="practical questions before sending a report (several mails or a Drive link? Arabic only?); no "
              "report attached and none in the body, no speaker: other, acknowledge (a person wrote and waits "
              "for an answer)."))


# ================================================================ 10  AR  both  families of the missing (Latakia), report part 1 + speaker
M10_ID = "<CAK3vP8nR1q+Zy0Wm6LcT4sXj2bEo9uHd5f@mail.gmail.example.com>"
M10_SUBJ = "التقرير الطوعي وطلب مداخلة - رابطة عائلات المفقودين (الجزء الأول)"
M10_FILE = "تقرير الرابطة - الجزء 1.pdf"


def m10():
    when = at("2021-02-05 23:41:10")
    text = """مساء الخير،

نرسل إليكم التقرير الطوعي لرابطة عائلات المفقودين على طرق الهجرة حول تنفيذ الاتفاق العالمي، وخاصة الهدف الثامن المتعلق بإنقاذ الأرواح والبحث عن المهاجرين المفقودين.
حجم الملف كبير والإنترنت ضعيف جداً الليلة، لذلك قسمناه إلى جزأين: هذا هو الجزء الأول (الفصول ١-٣)، والجزء الثاني سيصلكم في رسالة لاحقة.

كما نرشح السيدة فاطمة حمود، وهي أم لشابين فُقدا في البحر عام ٢٠١٥ وعضوة الهيئة الإدارية في الرابطة، لتقديم مداخلة في المائدة المستديرة المواضيعية الرابعة.

مع الشكر،
جورج نصور
أمين سر الرابطة
رابطة عائلات المفقودين على طرق الهجرة
اللاذقية - سوريا
"""
    pdf = rep_pdf("Voluntary GCM review - part 1 of 2 (chapters 1-3)",
                  "Association of Families of Missing Migrants - Latakia",
                  ["Introduction", "Methodology: 63 families interviewed", "Objective 8: search and identification"])
    a = gmail_alt(text, "000000000000d2e3f405ba8c1e7b", rtl=True)
    body = multi("mixed", [a, attach("application/pdf", pdf, M10_FILE)], "000000000000d2e3f305ba8c1e7d")
    m = mk(when, sent_at(when, 2, 11), "mail-lf1-f49.google.example.com", "192.0.2.149", "4DXs7R5hWqz2",
           addr("George Nassour", "families.missing.lat@gmail.example.com"), hdr(M10_SUBJ), M10_ID, body,
           cc="rabita.mafqoudin@example-sy.net")
    add(10, when, m, dict(category="both", language="ar", acknowledge=True, on_time=True, speakers=[
        sp("فاطمة حمود", "عضوة الهيئة الإدارية", "رابطة عائلات المفقودين على طرق الهجرة", ["roundtable"], 4)],
        report_attachments=[M10_FILE],
        notes="report split over two mails because of the connection: this is part 1 (PDF), part 2 follows in "
              "h215-12 after midnight. Speaker named in prose by the association's secretary ('السيدة' dropped); "
              "her title is written in the sentence ('وعضوة الهيئة الإدارية في الرابطة'): recorded without the "
              "trailing 'في الرابطة'. Received 23:41 on 5 February: the speaker part is on time. Cc to an address "
              "whose acknowledgement bounces (h215-11)."))


# ================================================================ 11  EN  bounce  our acknowledgement of 10 to the Cc'd Syrian address
def m11():
    when = at("2021-02-05 23:42:37")
    text = POSTFIX_NOTICE + """
<rabita.mafqoudin@example-sy.net>: Host or domain name not found. Name service
    error for name=example-sy.net type=MX: Host not found, try again
"""
    dsn = ("Reporting-MTA: dns; mx1.iom.int\n"
           "X-Postfix-Queue-ID: 4DXs8C0pLvz7\n"
           "X-Postfix-Sender: rfc822; gcmrrarabstates@iom.int\n"
           "Arrival-Date: %s\n\n"
           "Final-Recipient: rfc822; rabita.mafqoudin@example-sy.net\n"
           "Original-Recipient: rfc822;rabita.mafqoudin@example-sy.net\n"
           "Action: failed\n"
           "Status: 5.4.4\n"
           "Diagnostic-Code: X-Postfix; Host or domain name not found. Name service error\n"
           "    for name=example-sy.net type=MX: Host not found, try again\n"
           % rfcdate(when - dt.timedelta(seconds=52), "EET"))
    hdrs = ("Return-Path: <gcmrrarabstates@iom.int>\n"
            "From: GCM Regional Review Arab States <gcmrrarabstates@iom.int>\n"
            "To: George Nassour <families.missing.lat@gmail.example.com>\n"
            "Cc: rabita.mafqoudin@example-sy.net\n"
            "Subject: %s\n"
            "Date: %s\n"
            "Message-ID: %s\n"
            "In-Reply-To: %s\n" % (b_word("إشعار بالاستلام"),
                                   rfcdate(when - dt.timedelta(seconds=55)), ack_mid("4DXs7R5hWqz2"), M10_ID))
    body = dsn_report(text, dsn, hdrs, "4DXs9J2mQnz4.1612561357/mx1.iom.int")
    rows = [("Return-Path", "<>"), ("Delivered-To", "gcmrrarabstates@iom.int"),
            ("Received", "by mx1.iom.int (Postfix)\r\n\tid 4DXs9J2mQnz4; %s" % rfcdate(when, "EET")),
            ("Date", rfcdate(when, "EET")),
            ("From", "MAILER-DAEMON@mx1.iom.int (Mail Delivery System)"),
            ("Subject", "Undelivered Mail Returned to Sender"),
            ("To", "gcmrrarabstates@iom.int"),
            ("Auto-Submitted", "auto-replied"),
            ("Message-Id", "<20210205214237.4DXs9J2mQnz4@mx1.iom.int>")]
    add(11, when, top(body, rows), dict(category="bounce", language="en", acknowledge=False, on_time=None,
        notes="Postfix DSN 5.4.4 (domain of the Cc'd address does not resolve) for the copy of our Arabic "
              "acknowledgement of h215-10; the returned headers name h215-10 in In-Reply-To. Never acknowledge; "
              "thread_of null as for dev bounces; language en (the notice is English)."))


# ================================================================ 12  AR  report  part 2 of 10, after midnight, Gmail reply to own message
def m12():
    when = at("2021-02-06 00:07:45")
    fname = "تقرير الرابطة - الجزء 2.pdf"
    text = """الجزء الثاني من التقرير (الفصول ٤-٦ والتوصيات).
انقطع الاتصال أكثر من مرة، نرجو تأكيد وصول الجزأين.

جورج نصور
أمين سر الرابطة

في الجمعة، ٥ فبراير ٢٠٢١ في ١١:٤١ م، كتب George Nassour <families.missing.lat@gmail.example.com>:
"""
    pdf = rep_pdf("Voluntary GCM review - part 2 of 2 (chapters 4-6)",
                  "Association of Families of Missing Migrants - Latakia",
                  ["Objective 21: return of remains", "Challenges", "Recommendations"])
    a = gmail_alt(text + gt("مساء الخير،\nنرسل إليكم التقرير الطوعي لرابطة عائلات المفقودين على طرق الهجرة ...") + "\n",
                  "000000000000e4f5a605ba8c7a9c", rtl=True)
    body = multi("mixed", [a, attach("application/pdf", pdf, fname)], "000000000000e4f5a505ba8c7a9e")
    m = mk(when, sent_at(when, 2, 14), "mail-lf1-f49.google.example.com", "192.0.2.149", "4DXsjN3kRtz8",
           addr("George Nassour", "families.missing.lat@gmail.example.com"), re_hdr("Re: ", M10_SUBJ),
           "<CAK3vP8kT5w+Bx2Qn7MdU0rYh4cFp1eJa6g@mail.gmail.example.com>", body,
           extra=gmail_extra([M10_ID]))
    add(12, when, m, dict(category="voluntary_report", language="ar", acknowledge=True, on_time=True,
        thread_of=H % 10, report_attachments=[fname],
        notes="second half of the report of h215-10, sent as a Gmail reply to the sender's own message "
              "(In-Reply-To h215-10) 26 minutes later, after midnight: 6 February, after the speaker deadline "
              "but only the report deadline applies here (on time). The subject still says 'الجزء الأول'. "
              "The file joins the submission of h215-10."))


# ================================================================ 13  EN  speaker  late, Aden, phone, no roundtable preference
def m13():
    when = at("2021-02-08 12:30:02")
    text = """Dear IOM team

Sorry for writting after the deadline, the internet in Aden was cut for almost one week and we saw your invitation only yesterday.

We are the committee of the Ethiopian and Somali migrant community stuck in Aden, most of them were trying to cross to Saudi and now cannot go forward or back. We want to request to speak in one of the roundtables, any one is ok for us.

Name: Yonas Tesfaye Gebre
Position: Chairman
Organisation: Horn of Africa Migrants Community Committee, Aden

He speaks Amharic, Arabic and some English.

Thank you
Sisay (secretary of the committee)

Sent from my Huawei phone
"""
    body = leaf("text/plain", text, "utf-8", "quoted-printable")
    m = mk(when, sent_at(when, 3, 6), "sonic310-21.consmr.mail.ir2.yahoo.example.com", "192.0.2.210",
           "4DZ0Fh6Wpbz1", "sisay hoa <sisay.hoa.aden@yahoo.example.com>", "request to speak",
           "<1187340222.2210451.1612780198540@mail.yahoo.example.com>", body,
           extra=[("X-Mailer", "WebService/1.1.17648 YMailNodin")])
    add(13, when, m, dict(category="speaker_request", language="en", acknowledge=True, on_time=False, speakers=[
        sp("Yonas Tesfaye Gebre", "Chairman", "Horn of Africa Migrants Community Committee", ["roundtable"])],
        notes="late (8 February) and says why (internet cut); sent by the committee's secretary on behalf of the "
              "chairman; 'any one is ok' so roundtable null; the organisation line ends with ', Aden' (city, "
              "dropped); plain text from a phone, spelling mistakes."))


# ================================================================ 14  AR  other  Yemeni-dialect reply to our acknowledgement of 02: accessibility question
def m14():
    when = at("2021-02-09 10:00:26")
    text = """وعليكم السلام
شكراً على ردكم. نشتي نسأل: الأخ عبدالرحمن يستخدم كرسي متحرك، هل مكان المؤتمر مجهز للوصول بالكرسي؟ وهل يقدر يجي معه مرافق على حساب الاتحاد؟ واذا كانت المشاركة عن بعد، هل في ترجمة فورية؟ لأنه النت عندنا ما يتحمل فيديو طويل، ممكن يشارك بالصوت بس؟
ورقم التلفون الجديد للتواصل 00967730000000

فؤاد الصبري

"""
    quoted = gt("""شكراً لتواصلكم مع أمانة الاستعراض الإقليمي للاتفاق العالمي من أجل الهجرة في المنطقة العربية.
نؤكد استلام رسالتكم.""")
    body = leaf("text/plain", text + quoted + "\n\n" + SAMSUNG + "\n", "utf-8", "base64")
    m = mk(when, sent_at(when, 3, 10), "mail-pj1-f44.google.example.com", "192.0.2.144", "4DZh2L9rMkz5",
           addr("Fouad Alsabri", "fouad.alsabri77@gmail.example.com"),
           re_hdr("Re: ", "إشعار بالاستلام - " + M02_SUBJ),
           "<0c6e3a9b-57f1-4b2d-8c0e-d9a4f1b7e203@email.android.example.com>", body,
           extra=[("In-Reply-To", ack_mid("4DSV0m2Gcqz7")), ("References", M02_ID + " " + ack_mid("4DSV0m2Gcqz7"))])
    add(14, when, m, dict(category="other", language="ar", acknowledge=True, on_time=None, thread_of=H % 2,
        notes="reply to our acknowledgement of h215-02 (References name h215-02 and our acknowledgement) in "
              "Yemeni dialect ('نشتي'): asks about wheelchair access, a companion, interpretation and joining by "
              "audio only, and gives a new phone number; it adds questions, so acknowledge; no new speaker."))


# ================================================================ 15  FR  both  ATSN (Nafoussa), DOCX report + roundtable 4, speaker part late
M15_FILE = "Rapport PMM - ATSN - Djebel Nafoussa.docx"


def m15():
    when = at("2021-02-09 15:20:14")
    text = """Bonjour,

Veuillez trouver ci-joint le rapport volontaire de l'Association Tamazight Solidarité Nafoussa (ATSN) sur la situation des migrants et des familles déplacées dans le Djebel Nafoussa.

Nous savons que la date pour les demandes d'intervention était le 5 février, mais si une place reste disponible, nous souhaiterions que notre vice-présidente, Mme Salma Ben Khalifa, puisse intervenir à la table ronde thématique n° 4. Elle pourra se connecter depuis Nalout, sous réserve de la connexion.

Cordialement,

Idris Agouram
Secrétaire général
Association Tamazight Solidarité Nafoussa (ATSN)
Nalout - Libye
"""
    doc = make_docx(["Rapport volontaire - Examen regional du PMM 2021",
                     "Association Tamazight Solidarite Nafoussa (ATSN)",
                     "1. Contexte", "2. Migrants et deplaces dans le Djebel Nafoussa", "3. Objectifs 7 et 15",
                     "4. Recommandations"])
    a = alt(text, "_000_AS8P251MB0688F1C3D9A2E7B4_")
    body = multi("mixed", [a, attach(DOCX, doc, M15_FILE)], "_004_AS8P251MB0688F1C3D9A2E7B4_")
    subj = "Rapport volontaire et demande d'intervention - ATSN"
    m = mk(when, sent_at(when, 1, 6), "mail-as8eur05on0627.outbound.protection.outlook.example.com",
           "198.51.100.127", "4DZsQv1Tbkz3", addr("Idris Agouram", "sg@atsn-libye.example.org"),
           hdr(subj, enc="Q"), "<AS8P251MB0688F1C3D9A2E7B4@AS8P251MB0688.EURP251.PROD.OUTLOOK.example.com>", body,
           extra=outlook(subj, "AdcU7b2Pq9X1ZkLm0nW4yR8sTcVeHA==", lang="fr-FR", has_attach="yes"))
    add(15, when, m, dict(category="both", language="fr", acknowledge=True, on_time=False, speakers=[
        sp("Salma Ben Khalifa", "vice-présidente", "Association Tamazight Solidarité Nafoussa (ATSN)",
           ["roundtable"], 4)],
        report_attachments=[M15_FILE],
        notes="report on time (9 February) but the speaker request is after 5 February and says so: 'both' is "
              "on time only if each part is, so false. Speaker in prose ('notre vice-présidente, Mme ...'): title "
              "as written in lower case, honorific dropped; 'table ronde thématique n° 4'."))


# ================================================================ 16  AR  report  Nyala returnees, report photographed page by page
def m16():
    when = at("2021-02-10 14:02:11")
    text = """السلام عليكم
ده التقرير بتاعنا عن العائدين من ليبيا في نيالا، كتبناه بخط اليد لانو مافي عندنا طابعة ولا لابتوب، وصورناه بالتلفون. الصفحات بالترتيب من ١ لـ ٤.
لو الصور ما واضحة كلمونا نرسلها تاني.
جمعية العائدين للتنمية - نيالا، جنوب دارفور
"""
    names = ["صفحة 1.png", "صفحة 2.png", "صفحة 3.png", "صفحة 4.png"]
    parts = [gmail_alt(text, "0000000000007a8b9c05bb01d2e4", rtl=True)]
    for k, n in enumerate(names):
        parts.append(attach("image/png", make_png(40, 56, (235 - 5 * k, 232, 220)), n))
    body = multi("mixed", parts, "0000000000007a8b9b05bb01d2e2")
    m = mk(when, sent_at(when, 2, 20), "mail-qk1-f171.google.example.com", "192.0.2.171", "4F0Bd2Yq7Hz6",
           addr("جمعية العائدين نيالا", "aidin.nyala@gmail.example.com"), hdr("التقرير"),
           "<CAM8qW2xYp4+Tn7Lc0RkV5sJf3bZe9uDa1h@mail.gmail.example.com>", body)
    add(16, when, m, dict(category="voluntary_report", language="ar", acknowledge=True, on_time=True,
        report_attachments=names,
        notes="handwritten report photographed page by page: four images make up the report (all listed, in "
              "order); Sudanese dialect ('ده', 'مافي', 'لانو'); one-word subject; no person's name, only the "
              "association. Not covered by dev (images as the report): recorded as the secretary would file them."))


# ================================================================ 17  EN  report  KOPRF (Erbil), Outlook PDF with logo (thanked for in 19)
M17_ID = "<AM6P193MB0155B2E9C7A14D80@AM6P193MB0155.EURP193.PROD.OUTLOOK.example.com>"
M17_SUBJ = "Voluntary GCM Review report - KOPRF"
M17_FILE = "KOPRF_GCM_Voluntary_Review_2021.pdf"


def m17():
    when = at("2021-02-11 09:45:50")
    text = """Dear colleagues,

Please find attached the voluntary review report of the Kurdistan Older Persons and Returnees Forum (KOPRF). It was prepared jointly with seven community committees in Erbil, Duhok and the camps around Sinjar, and looks at the situation of older people who returned from Europe and Türkiye or who were left behind by migrating children (GCM objectives 7, 15, 21 and 22).

Our apologies for the low quality of some charts: the document had to be compressed to go through our connection.

Best regards,

Shilan Omar
Programme Coordinator
Kurdistan Older Persons and Returnees Forum (KOPRF)
Erbil, Kurdistan Region of Iraq
"""
    pdf = rep_pdf("Voluntary GCM Review 2021", "Kurdistan Older Persons and Returnees Forum (KOPRF)",
                  ["Context", "Older returnees and the left-behind", "Objectives 7, 15, 21, 22",
                   "Recommendations"])
    html = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body lang="EN-GB">'
            '<div class="WordSection1">%s<p class="MsoNormal"><img width="120" height="40" '
            'src="cid:image001.png@01D7004A.6C1E9B20" alt="KOPRF"></p></div></body></html>\n'
            % "".join("<p class=\"MsoNormal\">%s</p>" % esc(p).replace("\n", "<br>") for p in text.split("\n\n")))
    rel = multi("related", [leaf("text/html", html), logo("image001.png@01D7004A.6C1E9B20", (20, 110, 60))],
                "_004_AM6P193MB0155B2E9C7A14D80_", params=[("type", '"text/html"')])
    a = multi("alternative", [leaf("text/plain", text), rel], "_000_AM6P193MB0155B2E9C7A14D80_")
    body = multi("mixed", [a, attach("application/pdf", pdf, M17_FILE)], "_005_AM6P193MB0155B2E9C7A14D80_")
    m = mk(when, sent_at(when, 3, 8), "mail-am6eur05on0617.outbound.protection.outlook.example.com",
           "198.51.100.117", "4F0Z4p8Kd1z2", "Shilan Omar <shilan.omar@koprf.example.org>", M17_SUBJ, M17_ID, body,
           extra=outlook(M17_SUBJ, "AdcAS3k9Lm2Qx7Vb0PzR5tYw1uNcJg==", lang="en-GB", has_attach="yes"))
    add(17, when, m, dict(category="voluntary_report", language="en", acknowledge=True, on_time=True,
        report_attachments=[M17_FILE],
        notes="collective report as PDF; Outlook mixed > alternative > related with an inline logo (not a report "
              "file). Older persons and returnees. Thanked for in h215-19."))


# ================================================================ 18  FR  other  follow-up to 04: did the WeTransfer download work?
def m18():
    when = at("2021-02-11 17:30:04")
    text = """Bonjour,

Sauf erreur de notre part, nous n'avons pas reçu de confirmation concernant notre rapport envoyé le 1er février par lien WeTransfer. Le lien a expiré hier. Pourriez-vous nous indiquer si vous avez pu télécharger le document avant son expiration ? Dans le cas contraire, nous vous enverrons un nouveau lien.

Bien cordialement,

Nadia Elmabrouk
Chargée de projets
Association Assafa

-----Message d'origine-----
De : Nadia Elmabrouk [mailto:projets@assafa-libye.example.org]
Envoyé : lundi 1 février 2021 13:30
À : gcmrrarabstates@iom.int
Objet : """ + M04_SUBJ + "\n\n" + M04_TEXT
    body = alt(text, "----=_NextPart_000_0019_01D7008F.2A4C1E60")
    m = mk(when, sent_at(when, 2, 5), "mail.assafa-libye.example.org", "203.0.113.44", "4F0mW6Dq3Pz8",
           addr("Nadia Elmabrouk", "projets@assafa-libye.example.org"), hdr("TR: " + M04_SUBJ, enc="Q"),
           "<001801d7007e$9c3d2a10$d4b77e30$@assafa-libye.example.org>", body,
           extra=[("X-Mailer", "Microsoft Outlook 15.0"), ("In-Reply-To", M04_ID), ("References", M04_ID),
                  ("Thread-Index", "AdbzmA6lq3+9Xw2TR0yW8cN1sK5fgAHwQ1Ag=="), ("Content-Language", "fr")])
    add(18, when, m, dict(category="other", language="fr", acknowledge=True, on_time=None, thread_of=H % 4,
        notes="follow-up on h215-04 (In-Reply-To set; subject 'TR:' because she forwarded her own sent mail): "
              "asks whether the WeTransfer file was downloaded before the link expired; no new link, no new "
              "submission. The quoted original (not '>'-prefixed) still carries the old link."))


# ================================================================ 19  EN  other  thank-you reply to our acknowledgement of 17
def m19():
    when = at("2021-02-12 11:00:40")
    text = """Well received, many thanks!

Shilan

From: GCM Regional Review Arab States <gcmrrarabstates@iom.int>
Sent: Thursday, February 11, 2021 10:46 AM
To: Shilan Omar <shilan.omar@koprf.example.org>
Subject: Acknowledgement of receipt - """ + M17_SUBJ + """

Thank you for your message to the secretariat of the Regional Review of the Global Compact for Migration in the Arab region. We confirm that we have received it.
"""
    subj = "RE: Acknowledgement of receipt - " + M17_SUBJ
    m = mk(when, sent_at(when, 3, 6), "mail-am6eur05on0617.outbound.protection.outlook.example.com",
           "198.51.100.117", "4F18Rt2Nw5z9", "Shilan Omar <shilan.omar@koprf.example.org>", subj,
           "<AM6P193MB01557A0C3E5F9B21@AM6P193MB0155.EURP193.PROD.OUTLOOK.example.com>",
           alt(text, "_000_AM6P193MB01557A0C3E5F9B21_"),
           extra=outlook("Acknowledgement of receipt - " + M17_SUBJ, "AQHXAE1b2c3d4e5f6g7h8i9j0kLMNOPQ==",
                         lang="en-GB") + [("In-Reply-To", ack_mid("4F0Z4p8Kd1z2")),
                                          ("References", M17_ID + " " + ack_mid("4F0Z4p8Kd1z2"))])
    add(19, when, m, dict(category="other", language="en", acknowledge=False, on_time=None, thread_of=H % 17,
        notes="a thank-you answering our acknowledgement of h215-17 (References name h215-17 and our "
              "acknowledgement): adds nothing new, so no acknowledgement (LABELS.md)."))


# ================================================================ 20  FR  speaker  late, REMAOL (Libya) via a partner in Tunis, interpreter + visa
def m20():
    when = at("2021-02-14 20:15:09")
    text = """Madame, Monsieur,

Notre organisation accompagne depuis Tunis le Réseau des Migrants d'Afrique de l'Ouest en Libye (REMAOL), dont les membres n'ont qu'un accès très irrégulier à Internet. C'est donc à leur demande que je vous écris.

Le REMAOL souhaiterait que son porte-parole, M. Ibrahima Sow, puisse prendre la parole lors d'une session plénière de la Conférence. M. Sow s'exprime en français et en pulaar ; une interprétation du français vers l'arabe serait nécessaire. S'il s'agit d'une réunion en présentiel, il aurait également besoin d'une lettre d'invitation pour sa demande de visa.

Nous sommes conscients que le délai du 5 février est dépassé : les coupures de réseau à Tripoli ces dernières semaines ne leur ont pas permis de nous transmettre les informations plus tôt.

Je reste à votre disposition pour faire le lien avec le réseau.

Bien à vous,

Claire Mensah
Responsable de programme Libye
Terre d'Accueil Solidaire - bureau de Tunis
"""
    body = leaf("text/plain", text, "utf-8", "quoted-printable")
    subj = "Demande de prise de parole - REMAOL (Libye) - transmise par Terre d'Accueil Solidaire"
    m = mk(when, sent_at(when, 1, 5), "smtp.terre-accueil.example.org", "203.0.113.160", "4F2Kq9Vx0Ltz5",
           "Claire Mensah <c.mensah@terre-accueil.example.org>", hdr(subj, enc="Q"),
           "<20210214191504.7a3c9e1f@terre-accueil.example.org>", body,
           extra=[("User-Agent", "Roundcube Webmail/1.4.10"), ("Reply-To", "c.mensah@terre-accueil.example.org")])
    add(20, when, m, dict(category="speaker_request", language="fr", acknowledge=True, on_time=False, speakers=[
        sp("Ibrahima Sow", "porte-parole", "Réseau des Migrants d'Afrique de l'Ouest en Libye (REMAOL)",
           ["plenary"])],
        notes="late (14 February) and says so; written by a partner NGO on behalf of the network (the sender's "
              "own title and organisation are not the speaker's); speaker in prose ('son porte-parole, M. ...'), "
              "title as written in lower case; 'en Libye' is part of the network's name, not a place added after "
              "it. Needs French-Arabic interpretation and a visa invitation letter."))


# ================================================================ 21  FR  report  Mar Elia (Nineveh plain), Thunderbird, DOCX
def m21():
    when = at("2021-02-15 22:10:44")
    fname = "Rapport_examen_PMM_Association_Mar_Elia_février2021.docx"
    text = """Mesdames, Messieurs,

Au nom de l'Association Mar Elia pour le retour des familles de la plaine de Ninive, j'ai l'honneur de vous adresser ci-joint notre contribution à l'examen régional du Pacte mondial sur les migrations.

Ce rapport porte sur les familles chrétiennes et yézidies revenues à Qaraqosh, Bartella et Sinjar après 2017, ainsi que sur celles dont un membre a émigré vers l'Europe et n'a plus donné de nouvelles.

Avec mes respectueuses salutations,

P. Youhanna Hanna
Président de l'Association Mar Elia
Qaraqosh (Bakhdida) - Irak
"""
    doc = make_docx(["Contribution volontaire a l'examen regional du PMM",
                     "Association Mar Elia pour le retour des familles de la plaine de Ninive",
                     "1. Les familles rapatriees", "2. Les familles de migrants sans nouvelles",
                     "3. Recommandations"])
    t = leaf("text/plain", flowed(text), "utf-8", "quoted-printable", params=[("format", "flowed")])
    body = multi("mixed", [t, attach(DOCX, doc, fname)], "------------8E1B3F0A6C2D9E4F7A5B1C03")
    m = mk(when, sent_at(when, 3, 9), "smtp.marelia-iq.example.org", "203.0.113.201", "4F2w0Yp6Rkz1",
           "Association Mar Elia <contact@marelia-iq.example.org>",
           hdr("Contribution de l'Association Mar Elia - examen régional PMM", enc="Q"),
           "<7d1e5a3b-c0f4-49a2-b6e8-3f9a0c2d7e15@marelia-iq.example.org>", body,
           extra=[("User-Agent", TB), ("Content-Language", "fr")])
    add(21, when, m, dict(category="voluntary_report", language="fr", acknowledge=True, on_time=True,
        report_attachments=[fname],
        notes="Thunderbird, format=flowed, DOCX with an accented file name (RFC 2231 + RFC 2047); returnees and "
              "families of migrants without news; signed by a priest ('P.')."))


# ================================================================ 22  EN  report  Hargeisa women's group, Dropbox link, 10 minutes before the deadline
def m22():
    when = at("2021-02-16 23:50:31")
    inner = ("<div>Dear Sir/Madam,</div><div><br></div>"
             "<div>Please find our voluntary GCM review report at the Dropbox link below. We tried three times "
             "today to attach it but the upload fails every time because of the network.</div><div><br></div>"
             "<div><a href=\"https://www.dropbox.com/s/k2v9q0x7wz1m4rt/HRWG_GCM_report_final.pdf?dl=0\">"
             "https://www.dropbox.com/s/k2v9q0x7wz1m4rt/HRWG_GCM_report_final.pdf?dl=0</a></div><div><br></div>"
             "<div>The report covers women who were deported or returned to Somaliland from Saudi Arabia, Yemen "
             "and Libya in 2019-2020.</div><div><br></div>"
             "<div>Regards,</div><div>Ubah Ismail</div><div>Hargeisa Returnee Women Group (HRWG)</div>")
    html = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body>'
            '<div dir="ltr">%s</div></body></html>\n' % inner)
    text = ("Dear Sir/Madam,\n\nPlease find our voluntary GCM review report at the Dropbox link below. We tried three "
            "times today to attach it but the upload fails every time because of the network.\n\n"
            "https://www.dropbox.com/s/k2v9q0x7wz1m4rt/HRWG_GCM_report_final.pdf?dl=0\n\n"
            "The report covers women who were deported or returned to Somaliland from Saudi Arabia, Yemen and Libya "
            "in 2019-2020.\n\nRegards,\nUbah Ismail\nHargeisa Returnee Women Group (HRWG)\n")
    body = alt(text, "000000000000a9b8c705bb7e3f10", html=html)
    m = mk(when, sent_at(when, 3, 12), "mail-pg1-f180.google.example.com", "192.0.2.180", "4F3Nz7Lq2Xz4",
           "Ubah Ismail <hrwg.hargeisa@gmail.example.com>", "GCM voluntary report - HRWG (Dropbox link)",
           "<CAP1mX9qZ2r+Kd7Vn4LsY0wTb5eFo8uJc3a@mail.gmail.example.com>", body)
    add(22, when, m, dict(category="voluntary_report", language="en", acknowledge=True, on_time=True,
        notes="report shared as a Dropbox link after failed uploads; nothing attached (report_attachments empty, "
              "as dev 049); received 23:50 Beirut time on 16 February (00:50 on 17 February in the sender's "
              "Date header, UTC+3): on time."))


# ================================================================ 23  FR  report  late, Zouara families of the missing at sea, Yahoo
def m23():
    when = at("2021-02-17 10:30:17")
    fname = "rapport collectif familles disparus Zouara.pdf"
    text = """Bonjour,

Ci-joint le rapport du Collectif des familles de disparus en mer de Zouara sur l'objectif 8 du Pacte mondial (sauver des vies et coordonner les efforts sur les migrants disparus).

Nous n'avons pas pu l'envoyer hier soir : il n'y avait plus de réseau dans toute la ville à partir de 19 h. Nous espérons qu'il pourra quand même être pris en compte.

Merci

Hafsa Ben Ghalboun
pour le Collectif
"""
    pdf = rep_pdf("Rapport - familles de disparus en mer", "Collectif des familles de disparus en mer de Zouara",
                  ["Les disparitions 2014-2020", "Recherche et identification", "Recommandations"])
    t = alt(text, "----=_Part_2201874_1346605921.1613550612480")
    body = multi("mixed", [t, attach("application/pdf", pdf, fname)], "----=_Part_2201873_1946117251.1613550612480")
    m = mk(when, sent_at(when, 2, 5), "sonic315-12.consmr.mail.ir2.yahoo.example.com", "192.0.2.215",
           "4F3dR1Zt8Mz6", addr("Hafsa Ben Ghalboun", "hafsa.bg@yahoo.example.fr"),
           hdr("Rapport du Collectif des familles de disparus - Zouara (envoi tardif)", enc="Q"),
           "<1950662347.2201875.1613550612482@mail.yahoo.example.fr>", body,
           extra=[("X-Mailer", "WebService/1.1.17712 YahooMailAndroidMobile")])
    add(23, when, m, dict(category="voluntary_report", language="fr", acknowledge=True, on_time=False,
        report_attachments=[fname],
        notes="late (17 February, 10:30) because of a network blackout the evening before; collective of "
              "families of missing migrants; Yahoo Mail app; file name with spaces."))


# ================================================================ 24  AR  speaker  late, Khartoum returnees from Libya, HTML table, two speakers
def m24():
    when = at("2021-02-18 09:00:52")
    rows = [("د. هالة عثمان محمد", "منسقة المبادرة", "مبادرة العائدين من ليبيا - الخرطوم",
             "مقررة لعرض الرسائل الرئيسية"),
            ("أحمد آدم إسحاق", "ممثل الشباب العائدين", "مبادرة العائدين من ليبيا",
             "مداخلة في المائدة المستديرة الثانية (يحتاج تأشيرة دخول)")]
    intro = ("السادة أمانة الاستعراض الإقليمي للاتفاق العالمي للهجرة\n"
             "تحية طيبة،\n\n"
             "نعتذر عن تأخرنا في إرسال طلب المشاركة بسبب انقطاع الإنترنت في السودان خلال الأسابيع الماضية. "
             "نرجو النظر في ترشيح المتحدثين التاليين إن أمكن:")
    outro = ("ونرجو، في حال انعقاد المؤتمر حضورياً، تزويد الأخ أحمد بخطاب دعوة لاستخراج التأشيرة.\n\n"
             "مع وافر الشكر،\n"
             "هالة عثمان\n"
             "منسقة مبادرة العائدين من ليبيا")
    plain = intro + "\n\n" + "الاسم\tالصفة\tالجهة\tالدور\n" + "\n".join("\t".join(r) for r in rows) + "\n\n" + outro + "\n"
    cells = "".join("<tr>%s</tr>" % "".join("<td style=\"border:1px solid #999;padding:4px\">%s</td>" % esc(c)
                                                for c in r) for r in rows)
    html = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>'
            '<body dir="rtl" lang="AR-SA"><div class="WordSection1">%s'
            '<table style="border-collapse:collapse"><tr><th>الاسم</th><th>الصفة</th><th>الجهة</th><th>الدور</th></tr>'
            '%s</table>%s</div></body></html>\n'
            % ("".join("<p class=\"MsoNormal\">%s</p>" % esc(p).replace("\n", "<br>") for p in intro.split("\n\n")),
               cells,
               "".join("<p class=\"MsoNormal\">%s</p>" % esc(p).replace("\n", "<br>") for p in outro.split("\n\n"))))
    body = alt(plain, "_000_PA4P190MB1166E0B3C7D2A9F1_", html=html)
    subj = "طلب مشاركة متحدثين - مبادرة العائدين من ليبيا"
    m = mk(when, sent_at(when, 2, 7), "mail-pa4eur02on0702.outbound.protection.outlook.example.com",
           "198.51.100.172", "4F4Gk5Xw1Rz3", addr("Hala Osman", "hala.osman@returnees-ly-sd.example.org"),
           hdr(subj), "<PA4P190MB1166E0B3C7D2A9F1@PA4P190MB1166.EURP190.PROD.OUTLOOK.example.com>", body,
           extra=outlook(subj, "AdcF9a0Rz3Lq8Xp2VmN1cT6yWbJsKg==", lang="ar-SA"))
    add(24, when, m, dict(category="speaker_request", language="ar", acknowledge=True, on_time=False, speakers=[
        sp("هالة عثمان محمد", "منسقة المبادرة", "مبادرة العائدين من ليبيا", ["rapporteur"]),
        sp("أحمد آدم إسحاق", "ممثل الشباب العائدين", "مبادرة العائدين من ليبيا", ["roundtable"], 2)],
        notes="late (18 February), apologises (internet shutdown); two speakers in an HTML table (tab-separated in "
              "the text part); 'د.' dropped from the first name; the first affiliation cell ends with '- الخرطوم' "
              "(city, dropped); the second speaker needs a visa invitation letter (note inside the role cell). "
              "The sender signs with a shorter form of her own name ('هالة عثمان')."))


def main():
    for f in (m01, m02, m03, m04, m05, m06, m07, m08, m09, m10, m11, m12, m13, m14, m15, m16, m17, m18, m19,
              m20, m21, m22, m23, m24):
        f()
    SET.write()


if __name__ == "__main__":
    main()
