#!/usr/bin/env python3
"""Write the blind evaluation set holdout243 (24 raw .eml messages + labels.json).

Deterministic, standard library only:  python3 tests/data/make_eval_sets243.py
Theme: individuals writing for themselves (18 January - 18 February 2021).  An independent researcher in Amman
who names her doctorate and a former INGO only as background, a retired Tunisian labour inspector asking whether a
private person may send a report, an Upper Egyptian returnee from Libya typing Sa'idi on his phone, a Ugandan
domestic worker in Muscat who proposes herself and a friend from her iPhone (and sends the friend's full name the
next day), a doctoral student in Lyon sending an individual contribution with her details in a table (and her
field-work vacation reply), a retired Iraqi diplomat writing 'بصفتي الشخصية' in windows-1256 (and thanking us), a
painter from Oran proposing herself and a musician friend whose copied address bounces, a Lebanese returnee from
Dubai writing Arabizi, a documentary photographer's questions, a Moroccan doctoral student in Darija with his details
only in an attached form, an Ivorian welder in Sfax writing French without accents, a Sudanese returnee who wrote
to the wrong IOM address, a retired professor trusting the Arabic letter's misprinted date, a Yemeni doctoral
candidate's late 'both' with a plain-text table, a retired UNRWA teacher's report and her Gmail vacation reply, a
Casablanca lawyer's individual contribution, a Yemeni-American blogger, a report from a returnee from Italy typed
into the body at 23:41 on the last evening, and a Sudanese teacher's report two days late.  Many speakers have no
organisation (affiliation null); former employers and universities named as background are not affiliations.
Helpers from mailgen.py.
"""
import datetime as dt

from mailgen import (EvalSet, DOCX, POSTFIX_NOTICE, addr, alt, at, attach, dsn_report, esc, flowed, gmail_html,
                     hdr, html_only, leaf, make_docx, make_pdf, mk, multi, re_hdr, rfcdate, sent_at, sp, std_rows,
                     top)
from mailgen import outlook_html, outlook_rows as outlook
from mailgen import quote_block as gt, ack_id as ack_mid

SET = EvalSet(243)
add = SET.add
H = "h243-%02d.eml"

TB = "Mozilla/5.0 (X11; Linux x86_64; rv:78.0) Gecko/20100101 Thunderbird/78.7.0"
TB_WIN = "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:78.0) Gecko/20100101 Thunderbird/78.6.1"
IPHONE = "iPhone Mail (18C66)"
IPAD = "iPad Mail (18D52)"
APPLE = "Apple Mail (2.3608.120.23.2.4)"
YAHOO_ANDROID = "WebService/1.1.17648 YahooMailAndroidMobile"
YAHOO = "WebService/1.1.17648 YMailNorrin"
ZIMBRA = "Zimbra 8.8.15_GA_3953 (ZimbraWebClient - FF84 (Linux)/8.8.15_GA_3953)"
OUTLOOK_MAC = "Microsoft-MacOutlook/16.45.21011103"


def android_html(text, rtl=False):
    d = ' dir="rtl"' if rtl else ' dir="auto"'
    inner = "<br>".join(esc(x) for x in text.rstrip("\n").split("\n"))
    return ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body>'
            '<div%s>%s</div></body></html>\n' % (d, inner))


def apple_html(text):
    inner = "".join('<div class="">%s</div>' % (esc(x) if x else "<br class=\"\">")
                    for x in text.rstrip("\n").split("\n"))
    return ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>'
            '<body style="word-wrap: break-word; -webkit-nbsp-mode: space; line-break: after-white-space;" class="">'
            '%s</body></html>\n' % inner)


def yahoo_html(text, rtl=False):
    d = "rtl" if rtl else "ltr"
    lines = "".join('<div dir="%s" data-setdir="false">%s</div>' % (d, esc(x) if x else "<br>")
                    for x in text.rstrip("\n").split("\n"))
    return ('<html><head></head><body><div class="ydp81c0e2f4yahoo-style-wrap" style="font-family:Helvetica Neue, '
            'Helvetica, Arial, sans-serif;font-size:13px;">%s</div></body></html>\n' % lines)


def ack_ar(name, kind):
    return """السيد/ة %s المحترم/ة،

تشكركم أمانة الاستعراض الإقليمي على رسالتكم، وتؤكد استلام %s. سيتم التواصل معكم بشأن برنامج الجلسات.

الاستعراض الإقليمي للاتفاق العالمي من أجل الهجرة - الدول العربية""" % (name, kind)


# ================================================================ 01  EN  speaker  independent researcher in Amman offers herself as rapporteur
def m01():
    when = at("2021-01-18 10:42:17")
    subj = "Expression of interest - rapporteur role (individual)"
    text = """Dear colleagues at the GCM Regional Review secretariat,

I hope this email finds you well. I came across the invitation to the Regional Review of the Global Compact for Migration in the Arab region through a colleague's post on LinkedIn, and I would like to put myself forward for one of the speaking roles.

By way of introduction: I am an independent researcher based in Amman, working on labour migration governance and the kafala system in Jordan and Lebanon. I completed my doctorate at the University of Sussex in 2015 and then spent five years with an international humanitarian organisation in Amman and Beirut before going independent in early 2020. I should be clear that I am writing in my own name; I am not currently attached to any university or organisation.

Having drafted the summary reports of two national consultations on migrant domestic work in 2019, I would be glad to serve as one of the rapporteurs delivering the key messages of the stakeholders. If that role is already taken, I would of course be happy to help in another way.

I can send a short CV if useful.

With best regards,
Manar

--
Manar Tbeileh, PhD
Independent Researcher | Labour Migration & Governance
Amman, Jordan
+962 79 000 0000
"""
    body = alt(text, "000000000000a61f3b05b92c4e18", html=gmail_html(text))
    m = mk(when, sent_at(when, 2, 6), "mail-ed1-f52.google.example.com", "192.0.2.52", "4DK2mX7qRbz3",
           '"Dr. Manar Tbeileh" <manar.tbeileh@gmail.example.com>', subj,
           "<CAH3kW9rT2pQ8vX+n5Mb1Lz7cY4dJ0sFe6u@mail.gmail.example.com>", body)
    add(1, when, m, dict(category="speaker_request", language="en", acknowledge=True, on_time=True, speakers=[
        sp("Manar Tbeileh", "Independent Researcher", None, ["rapporteur"])],
        notes="an individual proposes herself in prose; 'Dr.' (display name) and ', PhD' (signature) are not part of "
              "the name; the University of Sussex (her doctorate) and 'an international humanitarian organisation' "
              "(former employer) are background, and she says she is 'not currently attached to any university or "
              "organisation': affiliation null. Title from the signature ('Independent Researcher', the field after "
              "'|' is her specialism, not part of the title; the body has it in lower case). 'If that role is "
              "already taken ... help in another way' adds no second role. Sent on 18 January, long before the "
              "deadline; Gmail, quoted-printable."))


# ================================================================ 02  FR  other  retired labour inspector: may a private person send a report?
def m02():
    when = at("2021-01-20 16:05:33")
    subj = "Rapport individuel - question préalable"
    text = """Madame, Monsieur,

J'ai pris connaissance de la lettre d'invitation à l'examen régional du Pacte mondial pour des migrations sûres, ordonnées et régulières, qui m'a été transmise par un ancien collègue.

Je suis inspecteur du travail à la retraite (trente-deux ans de service, dont les dix dernières années à la direction régionale de l'inspection du travail de Monastir) et je n'appartiens aujourd'hui à aucune association. J'ai toutefois accumulé des notes sur le recrutement de travailleurs tunisiens vers la Libye et le Golfe, et sur les abus de certains bureaux de placement privés, que j'aimerais mettre à la disposition de l'examen.

Avant de me mettre à la rédaction, je me permets de vous poser trois questions :

1) Un particulier, sans organisation, peut-il soumettre un rapport volontaire ? La lettre parle de rapports « individuels ou collectifs », mais je ne suis pas certain que « individuel » désigne une personne physique plutôt qu'une organisation seule.
2) Existe-t-il un canevas, ou un nombre de pages à respecter ?
3) Le rapport peut-il être rédigé en français, ou faut-il le traduire en anglais ?

En vous remerciant par avance de votre réponse, je vous prie d'agréer, Madame, Monsieur, l'expression de mes salutations distinguées.

Abdelwaheb Chelbi
Inspecteur du travail (retraité)
Monastir - Tunisie
"""
    body = leaf("text/plain", flowed(text), "utf-8", "8bit", params=[("format", "flowed")])
    m = mk(when, sent_at(when, 1, 7), "smtp-out.topnet.example.tn", "203.0.113.57", "4DLBr41ZkHz6",
           "Abdelwaheb Chelbi <a.chelbi1956@topnet.example.tn>", hdr(subj, enc="Q"),
           "<6f0b2c9e-3d71-4a5e-b8c4-92e1d7a0f356@topnet.example.tn>", body,
           extra=[("User-Agent", TB_WIN), ("Content-Language", "fr")])
    add(2, when, m, dict(category="other", language="fr", acknowledge=True, on_time=None,
        notes="a retired labour inspector asks three questions before writing (may a private person submit a "
              "voluntary report, is there a template or page limit, may it be in French): the words 'rapport "
              "volontaire' and 'individuels ou collectifs' appear but nothing is submitted and no one asks to "
              "speak. His former post (direction régionale de l'inspection du travail de Monastir) is background. "
              "Thunderbird, 8bit format=flowed, Date UTC+1."))


# ================================================================ 03  AR  speaker  Upper Egyptian returnee from Libya, Sa'idi, phone
def m03():
    when = at("2021-01-22 21:14:50")
    subj = "عايز اتكلم في المؤتمر"
    text = """السلام عليكم ورحمة الله
ازيكم يا جماعة، انا اسمي محروس عبد الجواد سلامة من قوص محافظة قنا. ابن عمي شغال في القاهرة وبعتلي الجواب بتاعكم على الواتس وقالي إن أي حد ممكن يطلب يتكلم.

انا رجعت من ليبيا في 2019. كنت شغال نقاش في شركة مقاولات في مصراتة 6 سنين، وبعدين اتخطفت انا وتلاتة من بلدنا على الطريق ودفعنا فلوس كتير عشان يسيبونا، وواحد منهم لحد دلوك ما رجعش. ورجعت البلد ومعيش حاجة.

عايز اتكلم في النقاش المفتوح يوم 23 فبراير واحكي اللي حصل معانا، عشان الشباب اللي لسه بيفكروا يسافروا بالطريقة دي يعرفوا. انا مش تبع اي جمعية ولا منظمة، انا بتكلم عن نفسي بس.

ومعلش لو الكلام مش مظبوط انا مش متعود اكتب ايميلات

محروس
01000000000
"""
    body = alt(text, "0000000000007c3e2a05b97f1d64", html=android_html(text, rtl=True), b64=True)
    m = mk(when, sent_at(when, 2, 9), "mail-qk1-f181.google.example.com", "192.0.2.181", "4DMv0Y5HtNz2",
           "Mahrous Salama <mahrous.salama88@gmail.example.com>", hdr(subj),
           "<CAPx4nR7wK2vT9mQ+b3Zc8Lh1dY6sJf0Ge5@mail.gmail.example.com>", body)
    add(3, when, m, dict(category="speaker_request", language="ar", acknowledge=True, on_time=True, speakers=[
        sp("محروس عبد الجواد سلامة", None, None, ["open_discussion"])],
        notes="a returnee from Libya writes for himself from his phone in Upper Egyptian (Sa'idi) colloquial "
              "('دلوك', 'معيش', 'عايز', 'بعتلي'), Gmail for Android, base64; Latin-script display name. His past job "
              "('كنت شغال نقاش في شركة مقاولات في مصراتة') is a former occupation and employer, not a title or an "
              "affiliation, and he says 'انا مش تبع اي جمعية ولا منظمة': title and affiliation null. 'النقاش "
              "المفتوح يوم 23 فبراير' = open discussion. His cousin and the three men kidnapped with him are not "
              "speakers; the phone number is not a date."))


# ================================================================ 04  EN  speaker  Ugandan domestic worker in Muscat: herself and a friend, iPhone
M04_ID = "<8C41E2A7-5D3B-4F96-A0C8-2E7B9D1F4A63@yahoo.example.com>"
M04_SUBJ = "Request to speak"
M04_TEXT = """Good evening Madam/Sir

My name is Harriet Namusoke from Uganda, i am working as a domestic worker here in Muscat Oman since 2015. I got your letter from our whatsapp group of Ugandan ladies in Oman, they say any person can ask to speak even if you are not organization.

Me and my friend Joweria we want to talk in the open discussion of 23 Feb. We want to tell about the agents in Kampala who take our money and the sponsor who keep the passport, and the girls who run away and now they stay with no papers. My friend is also domestic worker she is in Seeb.

We are not in any association, only the whatsapp group. We can speak english, also luganda and little arabic.

Please reply by email, i cannot answer the phone in the day.

Thank you and God bless you
Harriet

Sent from my iPhone
"""


def m04():
    when = at("2021-01-25 20:37:08")
    body = leaf("text/plain", M04_TEXT, "us-ascii", "7bit")
    m = mk(when, sent_at(when, 4, 12), "sonic314-21.consmr.mail.ir2.yahoo.example.com", "198.51.100.214",
           "4DPT7c2WmLz5", "Harriet Namusoke <harriet.namusoke@yahoo.example.com>", M04_SUBJ, M04_ID, body,
           extra=[("X-Mailer", IPHONE)])
    add(4, when, m, dict(category="speaker_request", language="en", acknowledge=True, on_time=True, speakers=[
        sp("Harriet Namusoke", "domestic worker", None, ["open_discussion"]),
        sp("Joweria", "domestic worker", None, ["open_discussion"])],
        notes="a migrant domestic worker in Oman writes for herself and a friend from her iPhone in second-language "
              "English (us-ascii plain text, 'Sent from my iPhone'). 'i am working as a domestic worker' and 'My "
              "friend is also domestic worker' give the titles (as h68-11); 'our whatsapp group of Ugandan ladies' "
              "is not an organisation and she says 'We are not in any association': affiliation null for both. The "
              "friend is named by her first name only here ('Joweria'); her full name follows the next day in "
              "h243-05. 'Seeb' and 'Kampala' are places; 'open discussion of 23 Feb' for both. Date in UTC+4."))


# ================================================================ 05  EN  speaker  the friend's full name, a day later (iPhone reply to her own 04)
def m05():
    when = at("2021-01-26 13:02:44")
    text = """Sorry i forget to write the full name of my friend. She is Joweria Nabukeera, she is 29 years, she is working in Al Seeb 3 years as domestic worker.

Also if there is no place for both of us in the open discussion, Joweria can speak first and me i can wait another time.

Harriet

Sent from my iPhone

> On 25 Jan 2021, at 22:37, Harriet Namusoke <harriet.namusoke@yahoo.example.com> wrote:
> 
""" + gt(M04_TEXT) + "\n"
    body = leaf("text/plain", text, "us-ascii", "7bit")
    m = mk(when, sent_at(when, 4, 10), "sonic309-14.consmr.mail.ir2.yahoo.example.com", "198.51.100.209",
           "4DPy3K8sVfz1", "Harriet Namusoke <harriet.namusoke@yahoo.example.com>", "Re: " + M04_SUBJ,
           "<3B9F0D62-A8C4-4E17-9B25-6F1C3E8A7D90@yahoo.example.com>", body,
           extra=[("In-Reply-To", M04_ID), ("References", M04_ID), ("X-Mailer", IPHONE)])
    add(5, when, m, dict(category="speaker_request", language="en", acknowledge=True, on_time=True, speakers=[
        sp("Harriet Namusoke", "domestic worker", None, ["open_discussion"]),
        sp("Joweria Nabukeera", "domestic worker", None, ["open_discussion"])],
        thread_of=H % 4,
        notes="reply to her own h243-04 (In-Reply-To) completing the friend's surname; the record is the merge of "
              "both messages (Harriet's details and the role are only in the quoted first mail). 'if there is no "
              "place for both of us ... Joweria can speak first and me i can wait' is a preference, not a "
              "withdrawal: both stay proposed. '29 years' is an age and '3 years' a duration, not dates."))


# ================================================================ 06  FR  both  doctoral student in Lyon: individual contribution PDF + herself, details in a table
M06_ID = "<1874302119.5518826.1611742832077.JavaMail.zimbra@univ-lyon2.example.fr>"
M06_SUBJ = "Contribution individuelle à l'examen régional + demande d'intervention (table ronde 3)"
M06_QID = "4DQc6L0tPwz4"
M06_FILE = "Contribution_individuelle_Ben_Gharbia_PMM_région_arabe.pdf"


def m06():
    when = at("2021-01-27 11:20:36")
    intro = """Madame, Monsieur,

Doctorante en sociologie, je prépare une thèse sur les ouvrières agricoles tunisiennes recrutées pour la récolte des fruits rouges en Andalousie (contrats saisonniers « en origine ») et sur leur retour dans les gouvernorats de Jendouba et de Béja.

Je me permets de vous adresser ci-joint une contribution individuelle à l'examen régional du Pacte mondial, rédigée à partir de mes entretiens de terrain (2018-2020). Elle porte principalement sur les objectifs 6 (recrutement équitable et travail décent) et 21 (retour et réintégration durable).

Je souhaiterais par ailleurs, si cela est possible, prendre la parole lors de la Conférence. Vous trouverez ci-dessous les informations demandées :"""
    rows = [("Nom et prénom", "Ben Gharbia Yousra"), ("Fonction", "Doctorante en sociologie"),
            ("Affiliation", "Laboratoire Mobilités, Genre et Travail (MOGET), Université Lumière Lyon 2"),
            ("Intervention", "Table ronde thématique n° 3 (24-25 février)")]
    outro = """Je reste à votre disposition pour tout complément.

Bien cordialement,

Yousra Ben Gharbia
Doctorante - Laboratoire MOGET
Université Lumière Lyon 2"""
    table_txt = "\n".join("%-16s %s" % (k, v) for k, v in rows)
    text = intro + "\n\n" + table_txt + "\n\n" + outro + "\n"
    cells = "".join('<tr><td style="padding:3px 8px;background:#eeeeee"><strong>%s</strong></td>'
                    '<td style="padding:3px 8px">%s</td></tr>' % (esc(k), esc(v)) for k, v in rows)
    paras = lambda t: "".join("<div>%s</div><div><br data-mce-bogus=\"1\"></div>" % esc(p).replace("\n", "<br>")
                              for p in t.split("\n\n"))
    html = ('<html><body><div style="font-family: arial, helvetica, sans-serif; font-size: 12pt; color: #000000">'
            + paras(intro) + '<table border="1" cellspacing="0" style="border-collapse: collapse;"><tbody>' + cells
            + '</tbody></table><div><br></div>' + paras(outro) + '</div></body></html>\n')
    pdf = make_pdf(["Contribution individuelle - Examen regional du Pacte mondial (region arabe)",
                    "Yousra Ben Gharbia, doctorante en sociologie", "",
                    "1. Le recrutement 'en origine' des ouvrieres agricoles tunisiennes",
                    "2. Conditions de travail et de logement en Andalousie (objectif 6)",
                    "3. Le retour a Jendouba et Beja (objectif 21)", "4. Recommandations"])
    a = multi("alternative", [leaf("text/plain", text), leaf("text/html", html)],
              "=_a1e7c4b92f3d5086e2b4c7a91d0f38e5")
    body = multi("mixed", [a, attach("application/pdf", pdf, M06_FILE)], "=_5c0d8e2f71a94b36c9e1d47a0b82f6c3")
    m = mk(when, sent_at(when, 1, 5), "zimbra.univ-lyon2.example.fr", "203.0.113.162", M06_QID,
           "Yousra Ben Gharbia <yousra.bengharbia@univ-lyon2.example.fr>", hdr(M06_SUBJ, enc="Q"), M06_ID, body,
           extra=[("X-Mailer", ZIMBRA), ("Thread-Topic", hdr(M06_SUBJ, enc="Q"))])
    add(6, when, m, dict(category="both", language="fr", acknowledge=True, on_time=True, speakers=[
        sp("Yousra Ben Gharbia", "Doctorante en sociologie",
           "Laboratoire Mobilités, Genre et Travail (MOGET), Université Lumière Lyon 2", ["roundtable"], 3)],
        report_attachments=[M06_FILE],
        notes="both, on time (27 January): a doctoral student sends an 'individual contribution' (PDF, accented "
              "name in RFC 2231 + RFC 2047) and proposes herself. Her details are in a two-column HTML table "
              "(space-aligned in the text/plain part) whose name cell puts the surname first ('Ben Gharbia "
              "Yousra', recorded first name first as in her signature). Unlike an individual's former employer, "
              "the lab and university are her current affiliation, written in full with the acronym in the "
              "table. Zimbra webmail; her vacation reply answers our acknowledgement (h243-07)."))


# ================================================================ 07  FR  auto_reply  her Zimbra vacation message on our acknowledgement of 06
def m07():
    when = at("2021-01-27 11:21:52")
    ack = ack_mid(M06_QID)
    text = """Bonjour,

Je suis en terrain en Tunisie (gouvernorat de Jendouba) jusqu'au 12 février, avec un accès irrégulier à internet. Je répondrai à votre message dès que possible.

Pour toute question administrative concernant le laboratoire MOGET, merci d'écrire à secretariat.moget@univ-lyon2.example.fr.

Yousra Ben Gharbia
"""
    body = leaf("text/plain", text, "utf-8", "quoted-printable")
    rows = std_rows(when, "zimbra.univ-lyon2.example.fr", "203.0.113.162", "4DQc7T4bKmz9",
                    "Yousra Ben Gharbia <yousra.bengharbia@univ-lyon2.example.fr>",
                    hdr("Absente - en terrain jusqu'au 12 février", enc="Q"), rfcdate(sent_at(when, 1, 3)),
                    "<411902853.5519034.1611742909411.JavaMail.zimbra@univ-lyon2.example.fr>",
                    extra=[("Auto-Submitted", "auto-replied (zimbra; vacation)"), ("Precedence", "bulk")],
                    ret="yousra.bengharbia@univ-lyon2.example.fr")
    rows += [("In-Reply-To", ack), ("References", M06_ID + " " + ack), ("X-Mailer", "Zimbra 8.8.15_GA_3953")]
    add(7, when, top(body, rows), dict(category="auto_reply", language="fr", acknowledge=False, on_time=None,
        notes="Zimbra vacation message (Auto-Submitted: auto-replied, Precedence: bulk) answering our "
              "acknowledgement of h243-06 76 seconds after it arrived; its own subject, not 'Re:'; it names the lab "
              "and a secretariat address like a signature. Never acknowledge; thread_of null as for dev "
              "auto-replies."))


# ================================================================ 08  AR  speaker  retired Iraqi diplomat, personal capacity, windows-1256 Outlook
M08_ID = "<DB8P191MB0682C4A17E2F9B35D1A6@DB8P191MB0682.EURP191.PROD.OUTLOOK.example.com>"
M08_SUBJ = "طلب مداخلة في الجلسة العامة للمؤتمر - بصفة شخصية"
M08_QID = "4DRm1V6xJsz7"


def m08():
    when = at("2021-01-29 12:48:05")
    text = """السادة أمانة الاستعراض الإقليمي للاتفاق العالمي من أجل الهجرة الآمنة والمنظمة والنظامية في المنطقة العربية المحترمين
تحية طيبة وبعد،

اطلعتُ باهتمام على الدعوة الكريمة للمشاركة في الاستعراض الإقليمي، وأود أن أعرض عليكم رغبتي في الإسهام في أعمال المؤتمر.

خدمتُ في السلك الدبلوماسي العراقي مدة إحدى وثلاثين سنة، عملت خلالها في البعثات العراقية في أثينا وستوكهولم وعمّان، وكان آخر منصب شغلته رئيس الدائرة القنصلية في وزارة الخارجية، حيث تابعت ملفات العراقيين العالقين والمحتجزين في دول العبور وعودة اللاجئين. وقد أُحلت على التقاعد سنة 2018، وأقيم حالياً في عمّان.

وأود التوضيح بأنني أكتب إليكم بصفتي الشخصية، ولا أمثل وزارة الخارجية ولا أي جهة رسمية أو غير حكومية.

وفيما يلي البيانات المطلوبة:
الاسم: نزار حسين الشابندر
الصفة: دبلوماسي متقاعد
الجهة: لا يوجد (بصفة شخصية)
المشاركة المطلوبة: مداخلة من القاعة في إحدى الجلسات العامة للمؤتمر (24-25 شباط 2021)

شاكراً حسن تعاونكم، وتفضلوا بقبول فائق الاحترام والتقدير.

السفير نزار حسين الشابندر
عمّان - المملكة الأردنية الهاشمية
هاتف: 00962790000000
"""
    html = outlook_html(text, lang="AR-IQ", rtl=True).replace("charset=utf-8", "charset=windows-1256")
    body = multi("alternative", [leaf("text/plain", text, "windows-1256", "quoted-printable"),
                                 leaf("text/html", html, "windows-1256", "quoted-printable")],
                 "_000_DB8P191MB0682C4A17E2F9B35D1A6DB8P191MB0682EURP_")
    m = mk(when, sent_at(when, 2, 8), "mail-db8eur05olkn2041.outbound.protection.outlook.example.com",
           "198.51.100.41", M08_QID, "Nizar Al-Shabandar <nizar.shabandar@hotmail.example.com>",
           hdr(M08_SUBJ, charset="windows-1256"), M08_ID, body,
           extra=outlook(hdr(M08_SUBJ, charset="windows-1256"), "AQHW9kR3cT5vN2mLp0Kz8Xb4Yd6Fw1Ha==", lang="ar-IQ"))
    add(8, when, m, dict(category="speaker_request", language="ar", acknowledge=True, on_time=True, speakers=[
        sp("نزار حسين الشابندر", "دبلوماسي متقاعد", None, ["plenary"])],
        notes="a retired diplomat writes formal Arabic 'بصفتي الشخصية': labelled lines with 'الجهة: لا يوجد (بصفة "
              "شخصية)', so affiliation null; his last post ('رئيس الدائرة القنصلية في وزارة الخارجية') and the "
              "missions he served in are background, not his title (the 'الصفة' line is). 'السفير' before the name "
              "in the signature is the courtesy kept by retired ambassadors (dropped). 'مداخلة من القاعة في إحدى "
              "الجلسات العامة' = plenary; '24-25 شباط' are the conference days (Levantine month name). Outlook in "
              "windows-1256 (body and headers), Latin-script From name. Thanked in h243-09."))


# ================================================================ 09  AR  other  the diplomat's thank-you to our acknowledgement of 08
def m09():
    when = at("2021-01-31 09:30:12")
    ack = ack_mid(M08_QID)
    text = """شكراً جزيلاً على إشعار الاستلام وعلى سرعة الرد.
مع أطيب التمنيات بالتوفيق في أعمال الاستعراض.

نزار الشابندر

________________________________
من: GCM Regional Review Arab States <gcmrrarabstates@iom.int>
أُرسلت: الجمعة، 29 كانون الثاني، 2021 12:49 م
إلى: nizar.shabandar@hotmail.example.com
الموضوع: إشعار استلام - %s

%s
""" % (M08_SUBJ, ack_ar("نزار حسين الشابندر", "طلب المشاركة (متحدث واحد)"))
    html = outlook_html(text, lang="AR-IQ", rtl=True).replace("charset=utf-8", "charset=windows-1256")
    body = multi("alternative", [leaf("text/plain", text, "windows-1256", "quoted-printable"),
                                 leaf("text/html", html, "windows-1256", "quoted-printable")],
                 "_000_DB8P191MB06827F3B0A9E4C21D8E5DB8P191MB0682EURP_")
    subj = hdr("رد: إشعار استلام - " + M08_SUBJ, charset="windows-1256")
    m = mk(when, sent_at(when, 2, 7), "mail-db8eur05olkn2047.outbound.protection.outlook.example.com",
           "198.51.100.47", "4DSj8Q2pNcz0", "Nizar Al-Shabandar <nizar.shabandar@hotmail.example.com>", subj,
           "<DB8P191MB06827F3B0A9E4C21D8E5@DB8P191MB0682.EURP191.PROD.OUTLOOK.example.com>", body,
           extra=[("In-Reply-To", ack), ("References", M08_ID + " " + ack)]
           + outlook(hdr("إشعار استلام - " + M08_SUBJ, charset="windows-1256"),
                     "AQHW9kR3cT5vN2mLp0Kz8Xb4Yd6Fw1HaAAB7cQ==", lang="ar-IQ"))
    add(9, when, m, dict(category="other", language="ar", acknowledge=False, on_time=None, thread_of=H % 8,
        notes="plain thank-you from the sender of h243-08 answering our acknowledgement (In-Reply-To our "
              "acknowledgement, References name h243-08), Outlook-style quote without '>' (an Arabic 'من: / أُرسلت:' "
              "block) repeating 'طلب المشاركة' and the plenary subject: adds nothing new, so no acknowledgement. "
              "windows-1256."))


# ================================================================ 10  FR  speaker  painter from Oran: herself and a musician friend (Cc), Apple Mail
M10_ID = "<F1A94C27-6E3B-4D80-9B52-7C0E8D2A3F16@gmail.example.com>"
M10_SUBJ = "Demande de prise de parole - deux artistes d'Oran (à titre individuel)"
M10_QID = "4DT5nB9rWkz3"
BAD_CC = "sofiane.belkaid31@yahooo.example.fr"


def m10():
    when = at("2021-02-01 18:25:40")
    text = """Bonsoir,

Je m'appelle Nour El Houda Bouabdellah, je suis artiste plasticienne à Oran. Depuis 2017 je travaille sur la harga : une série de toiles et une installation faite d'objets ramassés sur les plages d'Aïn El Turck et de Mostaganem après les départs de barques vers l'Espagne (chaussures, gilets de sauvetage, bouteilles). L'exposition « Ceux qui restent » a été montrée à Oran et à Alger en 2019.

Je n'appartiens à aucune association ni galerie, je travaille seule dans mon atelier. Je vous écris donc en mon nom propre, et aussi au nom d'un ami.

Nous souhaiterions prendre la parole tous les deux :
- moi-même, lors de la table ronde thématique n° 2 ;
- mon ami Sofiane Belkaïd, musicien, lors de la discussion ouverte de la consultation du 23 février. Sofiane a lui-même pris la mer en 2009 vers Almería, il a vécu trois ans sans papiers en Espagne avant d'être renvoyé en Algérie. Il écrit des chansons sur cette expérience. Je le mets en copie.

Nous parlons français et arabe (et Sofiane un peu espagnol).

Merci pour votre attention, et bonne soirée,

Nour El Houda

—
نور الهدى بوعبد الله | Nour El Houda Bouabdellah
Artiste plasticienne — Oran
nourelhouda-atelier.example.com
"""
    body = alt(text, "Apple-Mail=_6D2E9B41-3C7A-4F05-8E1D-A94B0C7F2E58", html=apple_html(text))
    m = mk(when, sent_at(when, 1, 8), "mail-wm1-f66.google.example.com", "192.0.2.166", M10_QID,
           "Nour El Houda Bouabdellah <nourelhouda.atelier@gmail.example.com>", hdr(M10_SUBJ, enc="Q"), M10_ID,
           body, cc="Sofiane Belkaid <%s>" % BAD_CC, extra=[("X-Mailer", APPLE)])
    add(10, when, m, dict(category="speaker_request", language="fr", acknowledge=True, on_time=True, speakers=[
        sp("Nour El Houda Bouabdellah", "artiste plasticienne", None, ["roundtable"], 2),
        sp("Sofiane Belkaïd", "musicien", None, ["open_discussion"])],
        notes="a painter proposes herself and a friend, neither with an organisation ('Je n'appartiens à aucune "
              "association ni galerie'): affiliation null for both. Two roles on two dash lines: herself in "
              "roundtable 2, the friend in the open discussion of 23 February. Her exhibition title, the beaches "
              "and Almería are context; the signature writes her name in Arabic and Latin script (the Latin form "
              "is the one she introduces herself with); the Cc display name drops the diaeresis ('Belkaid'). Apple "
              "Mail. The friend's address in Cc is mistyped and our acknowledgement bounces (h243-11)."))


# ================================================================ 11  EN  bounce  the copy of our acknowledgement of 10 to the mistyped Cc domain
def m11():
    when = at("2021-02-01 18:26:47")
    text = POSTFIX_NOTICE + """
<%s>: Host or domain name not found. Name service error
    for name=yahooo.example.fr type=AAAA: Host not found
""" % BAD_CC
    dsn = ("Reporting-MTA: dns; mx1.iom.int\n"
           "X-Postfix-Queue-ID: 4DT5pH3sYvz6\n"
           "X-Postfix-Sender: rfc822; gcmrrarabstates@iom.int\n"
           "Arrival-Date: %s\n\n"
           "Final-Recipient: rfc822; %s\n"
           "Original-Recipient: rfc822;%s\n"
           "Action: failed\n"
           "Status: 5.4.4\n"
           "Diagnostic-Code: X-Postfix; Host or domain name not found. Name service error\n"
           "    for name=yahooo.example.fr type=AAAA: Host not found\n"
           % (rfcdate(when - dt.timedelta(seconds=4), "EET"), BAD_CC, BAD_CC))
    hdrs = ("Return-Path: <gcmrrarabstates@iom.int>\n"
            "From: GCM Regional Review Arab States <gcmrrarabstates@iom.int>\n"
            "To: Nour El Houda Bouabdellah <nourelhouda.atelier@gmail.example.com>\n"
            "Cc: Sofiane Belkaid <%s>\n"
            "Subject: %s\n"
            "Date: %s\n"
            "Message-ID: %s\n"
            "In-Reply-To: %s\n"
            "References: %s\n" % (BAD_CC, hdr("Accusé de réception - " + M10_SUBJ, enc="Q").encode(),
                                  rfcdate(when - dt.timedelta(seconds=6)), ack_mid(M10_QID), M10_ID, M10_ID))
    body = dsn_report(text, dsn, hdrs, "4DT5pH3sYvz6.1612196807/mx1.iom.int")
    rows = [("Return-Path", "<>"), ("Delivered-To", "gcmrrarabstates@iom.int"),
            ("Received", "by mx1.iom.int (Postfix)\r\n\tid 4DT5pK0tQxz8; %s" % rfcdate(when, "EET")),
            ("Date", rfcdate(when, "EET")),
            ("From", "MAILER-DAEMON@mx1.iom.int (Mail Delivery System)"),
            ("Subject", "Undelivered Mail Returned to Sender"),
            ("To", "gcmrrarabstates@iom.int"),
            ("Auto-Submitted", "auto-replied"),
            ("Message-Id", "<20210201162647.4DT5pK0tQxz8@mx1.iom.int>")]
    add(11, when, top(body, rows), dict(category="bounce", language="en", acknowledge=False, on_time=None,
        notes="Postfix DSN 5.4.4 (domain not found: 'yahooo' with three o's) for the copy of our acknowledgement of "
              "h243-10 sent to the friend the sender put in Cc; the returned headers carry the French subject "
              "(RFC 2047) naming a speaking request and h243-10 in In-Reply-To. Never acknowledge; thread_of null "
              "as for dev bounces."))


# ================================================================ 12  AR  speaker  Lebanese returnee from Dubai writes Arabizi, roundtable 4
def m12():
    when = at("2021-02-02 15:10:29")
    subj = "Talab moshaarake - roundtable 4"
    text = """Marhaba,

Ana esme Rita Chedid, freelance social worker, sekne bel Metn. Sorry 3am ektob bel arabizi, ma 3ende keyboard 3arabe 3al laptop w aslan ma ba3ref ektob 3arabe mni7.

Kent 3aysheh bi Dubai 9 snin, kent sheghleh HR coordinator bi sharket logistics hnik, w rje3et 3a Lebnen bi 2020 ba3d ma sakkaro nos el sharike bi sabab el corona. Halla2 3am eshteghel ka freelance ma3 3iyal lebneniye rej3o mn el khalij: madares lal wlad, awra2, da3m nafsi.

Baddi e7ke bi roundtable 4 iza fi majal (24 aw 25 shbat), 3an el lebneniye li rej3o mn el khalij w ma 7ada 3am yentebehlon. Ana ma bmasel wala jam3iye, 3am e7ke 3an tajrebte w tajrebet el 3iyal li 3am eshteghel ma3on.

Shukran ktir w yeslamo 2edeikon
Rita
"""
    html = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"></head><body>'
            '<div dir="ltr">' + "<br>\n".join(esc(x) for x in text.rstrip("\n").split("\n")) + '</div></body></html>\n')
    body = multi("alternative", [leaf("text/plain", text, "UTF-8", "7bit"), leaf("text/html", html, "UTF-8", "7bit")],
                 "00000000000091d4c205ba5e7f03")
    m = mk(when, sent_at(when, 2, 6), "mail-lj1-f171.google.example.com", "192.0.2.171", "4DTT5q1HbMz4",
           "Rita Chedid <rita.chedid.lb@gmail.example.com>", subj,
           "<CAB1vR6nW3kT8xP+q2Mz9Hc4sL7dY0fJe5w@mail.gmail.example.com>", body)
    add(12, when, m, dict(category="speaker_request", language="ar", acknowledge=True, on_time=True, speakers=[
        sp("Rita Chedid", "freelance social worker", None, ["roundtable"], 4)],
        notes="Lebanese Arabic in Arabizi (digits 3 = ع, 7 = ح, 2 = ء/ق), with English words; the writer apologises "
              "for not typing Arabic script: the language is Arabic, acknowledge in Arabic. She proposes herself: "
              "title as she writes it ('freelance social worker'); 'kent sheghleh HR coordinator bi sharket "
              "logistics' in Dubai is her former job (background, not title or affiliation) and 'ma bmasel wala "
              "jam3iye' = she represents no association: affiliation null. 'roundtable 4 ... (24 aw 25 shbat)'. "
              "Gmail, 7bit ASCII parts."))


# ================================================================ 13  EN  other  documentary photographer's questions, HTML-only
def m13():
    when = at("2021-02-03 09:55:10")
    subj = "Question: recording of the 23 Feb consultation + photography"
    paras = [
        "Hello,",
        "I'm a documentary photographer based in Beirut. For the past three years I've been working on a long-term "
        "project about Lebanese and Syrian families who lost relatives on the boats leaving from Tripoli and the Akkar "
        "coast (portfolio: <a href=\"https://karimdoueihi.example.com/sea\">karimdoueihi.example.com/sea</a>).",
        "I'm not an organisation and I'm not asking for a speaking slot, but I would like to follow the "
        "multi-stakeholder consultation on 23 February and I have a few questions:",
        "1. Will the consultation and the roundtables be recorded, and will the recordings be public?<br>"
        "2. Would I be allowed to take screenshots of the online sessions for the project (only of speakers who "
        "agree)?<br>"
        "3. Is there any way to share a short photo essay with participants, e.g. a link in the chat or in the "
        "conference documents?",
        "Thanks a lot for your help.",
        "Karim Doueihi<br>Photographer<br>Beirut",
    ]
    inner = "".join('<div style="font-family: Calibri, Arial, Helvetica, sans-serif; font-size: 12pt;">%s</div>'
                    '<div><br></div>' % p for p in paras)
    body = html_only(inner, lang="en", newlines=True)
    m = mk(when, sent_at(when, 2, 5), "mail-ve1eur03olkn0812.outbound.protection.outlook.example.com",
           "198.51.100.112", "4DV0Lw3mFqz8", "Karim Doueihi <karim.doueihi@outlook.example.com>", subj,
           "<VI1PR0802MB24179A3C5E1D7F06B2C8@VI1PR0802MB2417.eurprd08.prod.outlook.example.com>", body,
           extra=outlook(subj, "AQHW+c2Yx4Rb7Tn1Mk9Lp3Zd5Qw8Hg==") + [("Accept-Language", "en-US")])
    add(13, when, m, dict(category="other", language="en", acknowledge=True, on_time=None,
        notes="a documentary photographer asks whether the consultation will be recorded, whether he may take "
              "screenshots and how to share a photo essay; he writes 'I'm not asking for a speaking slot' and "
              "submits nothing (the portfolio link is not a report). HTML-only mail (Outlook.com, "
              "quoted-printable) with a numbered list joined by <br>."))


# ================================================================ 14  AR  both  Moroccan doctoral student, Darija: report PDF + details only in an attached form
M14_REP = "تقرير فردي - المهاجرون في الفلاحة بالمغرب.pdf"
M14_FORM = "استمارة المتدخل - أنس بلمختار.docx"


def m14():
    when = at("2021-02-03 22:40:15")
    subj = "تقرير فردي + استمارة المشاركة"
    text = """السلام عليكم ورحمة الله

تحية طيبة، أنا أنس بلمختار، طالب باحث فالدكتوراه. صيفطت ليكم فهاد الإيميل جوج ملفات:
1- التقرير ديالي (تقرير فردي) على المهاجرين من جنوب الصحراء اللي كيخدمو فالفلاحة فمنطقة الغرب وفسوس، على حساب بحث ميداني درتو بين 2019 و2020.
2- الاستمارة ديال المتدخل معمّرة، حيت بغيت نشارك فالمائدة المستديرة.

سمحو ليا إلى كان شي خطأ فالطريقة، هادي أول مرة نشارك فشي حاجة بحال هادي. إلى خاصكم شي معلومة أخرى أنا رهن الإشارة.

وشكرا بزاف
أنس
"""
    pdf = make_pdf(["Taqrir fardi - al-muhajirun fi al-filaha bi al-Maghrib (individual report)",
                    "Anas Belmokhtar, doctoral student", "",
                    "1. Sub-Saharan workers in agriculture: Gharb and Souss", "2. Recruitment at the moqef",
                    "3. Wages, housing, health", "4. Objectives 6 and 7 of the GCM", "5. Recommendations"])
    form = make_docx(["استمارة طلب مداخلة - الاستعراض الإقليمي للاتفاق العالمي من أجل الهجرة الآمنة والمنظمة والنظامية",
                      "الاسم الكامل: أنس بلمختار",
                      "الصفة: طالب باحث في سلك الدكتوراه",
                      "المؤسسة: مختبر الدراسات الاجتماعية والمجالية، كلية العلوم الإنسانية والاجتماعية، جامعة ابن طفيل - القنيطرة",
                      "نوع المشاركة المطلوبة: مداخلة في المائدة المستديرة المواضيعية الأولى",
                      "اللغة: العربية / الفرنسية",
                      "البريد الإلكتروني: anas.belmokhtar@gmail.example.com"])
    a = alt(text, "000000000000e4b2a705ba6f0c91", html=gmail_html(text, rtl=True), b64=True)
    body = multi("mixed", [a, attach("application/pdf", pdf, M14_REP), attach(DOCX, form, M14_FORM)],
                 "000000000000e4b2a905ba6f0c93")
    m = mk(when, sent_at(when, 1, 7), "mail-wr1-f43.google.example.com", "192.0.2.143", "4DVRw28NcKz1",
           "Anas Belmokhtar <anas.belmokhtar@gmail.example.com>", hdr(subj),
           "<CAM8tQ5vX1nR7kW+p4Bz2Lh9cY3dF6sJe0m@mail.gmail.example.com>", body)
    add(14, when, m, dict(category="both", language="ar", acknowledge=True, on_time=True, speakers=[
        sp("أنس بلمختار", "طالب باحث في سلك الدكتوراه",
           "مختبر الدراسات الاجتماعية والمجالية، كلية العلوم الإنسانية والاجتماعية، جامعة ابن طفيل", ["roundtable"], 1)],
        report_attachments=[M14_REP],
        notes="both, on time (22:40 Beirut on 3 February): a doctoral student writes Moroccan Darija ('صيفطت', "
              "'جوج', 'ديالي', 'كيخدمو', 'بزاف') and sends two files: the individual report (PDF, Arabic name) and "
              "his filled speaker form (DOCX, Arabic name), which is not part of the report. The body only says "
              "'المائدة المستديرة' without a number: the roundtable (الأولى = 1), his title and his lab/faculty/"
              "university are only in the form (expected check_labels warnings); ' - القنيطرة' is the city. Gmail "
              "base64, Date UTC+1."))


# ================================================================ 15  FR  speaker  Ivorian welder in Sfax, French without accents, phone
def m15():
    when = at("2021-02-04 19:02:33")
    subj = "demande pour parler"
    text = """bonjour madame monsieur

mon nom c est YAPI Armand je suis ivoirien je vis a Sfax depuis 2018. je travail comme soudeur dans un atelier sur la route de Gabes mais sans contrat. un frere de l eglise ma envoyer votre lettre.

je veux parler dans la pleniere le 24 ou 25 fevrier pour dire la situation des ivoiriens ici. beaucoup de frere sont bloquer, la penalite de sejour monte chaque semaine et on ne peut plus rentrer au pays meme si on veut. aussi les jeunes qui prend la mer pour Lampedusa et on a plus de nouvelle.

je suis pas dans une association, je parle pour moi et pour ce que je vois. je peux parler francais et un peu le tunisien.

merci beaucoup de me repondre
Armand

Envoye depuis mon telephone
"""
    body = alt(text, "000000000000b38f1e05ba81d2c7", html=android_html(text))
    m = mk(when, sent_at(when, 1, 11), "mail-pj1-f44.google.example.com", "192.0.2.44", "4DW1cT7sLpz9",
           "armand yapi <armandyapi225@gmail.example.com>", subj,
           "<CAGv2pX8nT4kQ9wR+m1Lz6Hb3cY7dF5sJe2@mail.gmail.example.com>", body)
    add(15, when, m, dict(category="speaker_request", language="fr", acknowledge=True, on_time=True, speakers=[
        sp("Armand Yapi", "soudeur", None, ["plenary"])],
        notes="an Ivorian migrant in Sfax writes for himself in French without accents or apostrophes ('c est', "
              "'ma envoyer', 'pleniere', 'fevrier'), all lower case, from his phone (Gmail for Android). Surname "
              "first in capitals ('YAPI Armand'), recorded first name first as in the From name. 'je travail comme "
              "soudeur' gives his occupation as title (as a domestic worker's); 'je suis pas dans une "
              "association': affiliation null. 'la pleniere le 24 ou 25 fevrier' = plenary. The church and "
              "Lampedusa are context. The body writes the name only surname first, so 'Armand Yapi' is not found verbatim "
              "(expected check_labels warning)."))


# ================================================================ 16  EN  other  Sudanese returnee writes to the wrong IOM address for reintegration help
def m16():
    when = at("2021-02-05 08:15:44")
    subj = "Help for reintegration support"
    text = """Dear IOM,

Good morning. My name is Mohanad Osman Alzubair, i am from Sudan (Kosti). I came back from Libya in November 2019 with the IOM flight from Misrata to Khartoum. They told us in Khartoum that we will get support for small business after 3 months, but until now nobody call me. I called the office two times and the number is not working.

I have my wife and 2 children and there is no work now with the situation in Sudan. Please can you tell me who i can contact for the reintegration support.

I find this email in a letter that my friend send me about a migration meeting, so sorry if it is the wrong email.

Thank you
Mohanad Osman
+249 91 000 0000
"""
    body = alt(text, "----=_Part_1207745_1833904217.1612505740218", html=yahoo_html(text))
    m = mk(when, sent_at(when, 2, 4), "sonic317-33.consmr.mail.ne1.yahoo.example.com", "198.51.100.217",
           "4DWQ0f6YnRz3", "Mohanad Osman <mohanad.alzubair@yahoo.example.com>", subj,
           "<1612505740218.1207746@mail.yahoo.example.com>", body, extra=[("X-Mailer", YAHOO_ANDROID)])
    add(16, when, m, dict(category="other", language="en", acknowledge=True, on_time=None,
        notes="a returnee asks IOM for the reintegration support he was promised after an assisted return flight "
              "from Libya; he found the address in the invitation and suspects it is the wrong one. Return, IOM "
              "and 'migration meeting' vocabulary, sent on the speaker deadline day, but he neither asks to speak "
              "nor submits a report. Yahoo Mail for Android."))


# ================================================================ 17  FR  speaker  retired demographer, late, trusts the Arabic date; details only in the signature
def m17():
    when = at("2021-02-08 10:33:19")
    subj = "Demande de participation (rapporteur)"
    text = """Madame, Monsieur,

Un ancien étudiant m'a fait suivre la version arabe de votre lettre d'invitation à l'examen régional du Pacte mondial. Cette version indiquant le vendredi 23 février comme date limite des demandes de prise de parole, j'espère que la mienne n'arrive pas trop tard.

Démographe, j'ai consacré l'essentiel de ma carrière à l'émigration algérienne vers la France puis, plus récemment, aux migrations subsahariennes à travers le Sahara algérien (Tamanrasset, Adrar, Ouargla). Retraité depuis 2019, je n'ai plus de rattachement institutionnel et j'interviendrais donc à titre strictement personnel.

Je souhaiterais, si possible, être l'un des rapporteurs chargés de restituer les messages clés des parties prenantes ; à défaut, une intervention depuis la salle lors d'une séance plénière me conviendrait.

Je vous prie d'agréer, Madame, Monsieur, l'expression de mes salutations distinguées.

-- 
Pr Rachid Aït Ouakli
Professeur de démographie (retraité)
Ancien directeur du Laboratoire de démographie appliquée, Université d'Alger 2
Grenoble, France
"""
    body = leaf("text/plain", flowed(text), "utf-8", "8bit", params=[("format", "flowed")])
    m = mk(when, sent_at(when, 1, 6), "smtp-out.orange.example.fr", "203.0.113.80", "4DYk9B2wHtz5",
           "=?UTF-8?Q?Rachid_A=C3=AFt_Ouakli?= <r.aitouakli@orange.example.fr>", subj,
           "<a39d1e7c-5b20-4f84-8c6e-0d7b2f9a1e35@orange.example.fr>", body,
           extra=[("User-Agent", TB), ("Content-Language", "fr")])
    add(17, when, m, dict(category="speaker_request", language="fr", acknowledge=True, on_time=False, speakers=[
        sp("Rachid Aït Ouakli", "Professeur de démographie (retraité)", None, ["rapporteur", "plenary"])],
        notes="late (8 February): a retired professor trusts the Arabic letter's misprinted deadline ('le vendredi "
              "23 février'); the English and French date (5 February) stands. He proposes himself, but his name and "
              "title are only in the signature ('Pr' dropped); 'Ancien directeur du Laboratoire ..., Université "
              "d'Alger 2' is a former post and he writes 'je n'ai plus de rattachement institutionnel': affiliation "
              "null. Two roles in order of preference: rapporteur, 'à défaut' plenary. Thunderbird, 8bit "
              "format=flowed, From name as an RFC 2047 word."))


# ================================================================ 18  EN  both  Yemeni doctoral candidate: DOCX + late request, plain-text table, Outlook for Mac
M18_FILE = "Bahamish_Individual_GCM_Review_Feb2021.docx"


def m18():
    when = at("2021-02-10 14:05:51")
    subj = "Individual voluntary review + (late) request to speak - Roundtable 1"
    text = """Dear Secretariat,

Please find attached my individual voluntary review for the Regional Review of the GCM in the Arab region. It draws on my doctoral fieldwork (2018-2020) with Yemeni workers affected by the Saudisation of professions and the 2017 expat levy, many of whom returned to Hadramawt and Aden, and on interviews with their families.

I realise the deadline for speaking requests was 5 February and I apologise for writing late - my supervisor only forwarded the invitation last week. If there is still any possibility, I would be grateful for the chance to make a floor intervention in Thematic Roundtable 1. My details, as requested in the invitation:

Name                       | Title                               | Affiliation                                                      | Role
---------------------------+-------------------------------------+------------------------------------------------------------------+-----------------------------
Abdulrahman Salem Bahamish | PhD Candidate in Development Policy | International Development Department (IDD), University of Birmingham | Floor intervention, Roundtable 1

The review is written in my personal capacity and does not represent the views of the University.

Kind regards,
Abdulrahman

Abdulrahman Salem Bahamish
PhD Candidate | International Development Department
University of Birmingham, UK
"""
    html = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>'
            '<body style="font-family:Calibri,sans-serif;font-size:11pt"><div class="WordSection1">'
            + "".join('<p class="MsoNormal">%s</p>' % (esc(x) if x else "&nbsp;")
                      for x in text.rstrip("\n").split("\n")) + '</div></body></html>\n')
    doc = make_docx(["Individual voluntary GCM review - Regional Review, Arab region (February 2021)",
                     "Abdulrahman Salem Bahamish, PhD Candidate, University of Birmingham",
                     "1. Yemeni workers in Saudi Arabia after 2017: levies and Saudisation",
                     "2. Returns to Hadramawt and Aden", "3. Families left behind and remittances in wartime",
                     "4. GCM Objectives 6, 19 and 21", "5. Recommendations"])
    a = alt(text, "B_3695966751_1873604412", html=html)
    body = multi("mixed", [a, attach(DOCX, doc, M18_FILE)], "B_3695966751_1649202118")
    m = mk(when, sent_at(when, 0, 9), "mail-lo2gbr01on0721.outbound.protection.outlook.example.com",
           "198.51.100.72", "4DbG3m8QvXz2", "Abdulrahman Bahamish <A.S.Bahamish@student.bham.example.ac.uk>", subj,
           "<8B2E7F4A-1C93-4D5B-A6E0-3F9C2D8B7A14@student.bham.example.ac.uk>", body,
           extra=[("Thread-Topic", subj), ("Thread-Index", "AQHW/6kL2bX9rM3Tn0Qz4Yv8Cd1EgA=="),
                  ("User-Agent", OUTLOOK_MAC), ("Content-Language", "en-GB")])
    add(18, when, m, dict(category="both", language="en", acknowledge=True, on_time=False, speakers=[
        sp("Abdulrahman Salem Bahamish", "PhD Candidate in Development Policy",
           "International Development Department (IDD), University of Birmingham", ["roundtable"], 1)],
        report_attachments=[M18_FILE],
        notes="both; received 10 February: the report is on time but the speaking request is after 5 February (he "
              "says so), so on_time is false. Details in a plain-text pipe table whose long row does not line up "
              "with its header; the table gives the fullest forms (three-part name, title with its field, the "
              "department with its acronym and university). 'in my personal capacity' is about the views of the "
              "review, not a missing affiliation. The supervisor is not a speaker. Outlook for Mac, Date UTC+0."))


# ================================================================ 19  AR  report  retired UNRWA teacher in Zarqa: individual report DOCX, Arabic name
M19_ID = "<CAK7wR2pN9vX4mT+h6Bz1Lc8sY3dQ5fJe0k@mail.gmail.example.com>"
M19_SUBJ = "تقرير فردي للاستعراض الطوعي"
M19_QID = "4DbZ1t5KrWz6"
M19_FILE = "تقرير سهام العمايرة - الاستعراض الإقليمي.docx"


def m19():
    when = at("2021-02-11 10:12:40")
    text = """السلام عليكم ورحمة الله وبركاته

الإخوة الأعزاء في أمانة الاستعراض الإقليمي،

أرفق لكم تقريراً فردياً أعددته بنفسي حول أوضاع الأسر الفلسطينية المهجّرة من سوريا إلى الأردن بعد 2012، ولا سيما الأسر التي لا تحمل وثائق أردنية، وصعوبات تعليم أبنائها وعلاجهم وتنقلهم.

عملتُ معلمة في مدارس وكالة الغوث في مخيم الزرقاء أكثر من خمس وعشرين سنة قبل تقاعدي عام 2017، ومن خلال عملي ثم تطوعي بعد التقاعد تعرفت إلى عشرات الأسر. التقرير مكتوب بصفتي الشخصية ولا يعبّر عن رأي الوكالة.

لا أطلب المشاركة بكلمة، فقط أرجو أن يؤخذ التقرير بعين الاعتبار.

مع خالص التحية والتقدير،
أ. سهام توفيق العمايرة
معلمة متقاعدة
الزرقاء - الأردن
"""
    doc = make_docx(["تقرير فردي - الاستعراض الإقليمي للاتفاق العالمي من أجل الهجرة، المنطقة العربية 2021",
                     "إعداد: سهام توفيق العمايرة",
                     "أولاً: الأسر الفلسطينية المهجّرة من سوريا إلى الأردن",
                     "ثانياً: الوثائق والإقامة", "ثالثاً: التعليم والصحة", "رابعاً: التوصيات"])
    a = alt(text, "000000000000c27e9f05bb0d4a16", html=gmail_html(text, rtl=True), b64=True)
    body = multi("mixed", [a, attach(DOCX, doc, M19_FILE)], "000000000000c27ea105bb0d4a18")
    m = mk(when, sent_at(when, 2, 8), "mail-wm1-f49.google.example.com", "192.0.2.149", M19_QID,
           addr("سهام العمايرة", "siham.amayreh@gmail.example.com"), hdr(M19_SUBJ), M19_ID, body)
    add(19, when, m, dict(category="voluntary_report", language="ar", acknowledge=True, on_time=True,
        report_attachments=[M19_FILE],
        notes="an individual report (DOCX, Arabic name with spaces and a dash, RFC 2231 + RFC 2047) from a retired "
              "UNRWA teacher ('وكالة الغوث' is her former employer, named as background); 'لا أطلب المشاركة "
              "بكلمة': no speaker although the signature carries 'أ.', a name and 'معلمة متقاعدة'. Gmail base64. Her "
              "vacation responder answers our acknowledgement (h243-20)."))


# ================================================================ 20  AR  auto_reply  her Gmail vacation responder on our acknowledgement of 19
def m20():
    when = at("2021-02-11 10:13:31")
    ack = ack_mid(M19_QID)
    text = """السلام عليكم،
شكراً لرسالتك. أنا مسافرة خارج الأردن حتى 25 شباط 2021 ولا أتفقد بريدي الإلكتروني بانتظام.
سأرد عليك فور عودتي إن شاء الله.
سهام العمايرة
"""
    body = alt(text, "000000000000d81c3a05bb0d4d2e", html=gmail_html(text, rtl=True), b64=True)
    rows = std_rows(when, "mail-sor-f69.google.example.com", "192.0.2.69", "4DbZ2g0MtQz8",
                    addr("سهام العمايرة", "siham.amayreh@gmail.example.com"), hdr("مسافرة - رد آلي"),
                    rfcdate(sent_at(when, 2, 3)), "<CAK7wR2qB4xN8vT+LmZ3dHc6sF1pY9gJr2a@mail.gmail.example.com>",
                    extra=[("Auto-Submitted", "auto-replied")], ret="siham.amayreh@gmail.example.com")
    rows += [("In-Reply-To", ack), ("References", M19_ID + " " + ack)]
    add(20, when, top(body, rows), dict(category="auto_reply", language="ar", acknowledge=False, on_time=None,
        notes="Gmail vacation responder (Auto-Submitted: auto-replied) of the sender of h243-19 answering our "
              "acknowledgement 51 seconds after her report; its own Arabic subject ('مسافرة - رد آلي'), not 'Re:', "
              "and a date ('حتى 25 شباط 2021') that is not a deadline. Never acknowledge; thread_of null as for "
              "dev auto-replies."))


# ================================================================ 21  FR  report  Casablanca lawyer's individual contribution, DOCX accented name, Outlook
M21_FILE = "Contribution_écrite_Me_Skalli_PMM_février_2021.docx"


def m21():
    when = at("2021-02-12 17:40:22")
    subj = "Contribution écrite à titre individuel - examen régional du PMM"
    text = """Madame, Monsieur,

Avocate au barreau de Casablanca, j'interviens depuis une dizaine d'années, le plus souvent bénévolement, auprès de migrants subsahariens en situation administrative irrégulière : recours contre les reconduites à la frontière, déclaration à l'état civil des enfants nés au Maroc, accès à la justice des victimes de traite.

Vous trouverez ci-joint ma contribution écrite à l'examen régional du Pacte mondial, que je vous adresse à titre individuel. Elle est centrée sur les objectifs 4 (preuve de l'identité juridique) et 13 (la détention comme dernier recours).

Je ne sollicite pas de temps de parole lors de la consultation ou de la Conférence ; je souhaite simplement que cette contribution soit versée aux travaux.

Je vous prie d'agréer, Madame, Monsieur, l'expression de ma considération distinguée.

Me Hind Skalli
Avocate au barreau de Casablanca
"""
    doc = make_docx(["Contribution ecrite a titre individuel - Examen regional du Pacte mondial (PMM)",
                     "Me Hind Skalli, avocate au barreau de Casablanca", "1. Objectif 4 : preuve de l'identite juridique",
                     "2. Objectif 13 : la detention comme dernier recours", "3. Acces a la justice des victimes de traite",
                     "4. Recommandations"])
    a = alt(text, "_000_PR3P191MB0841E6A2B9C47D15F3E8PR3P191MB0841EURP_", html=outlook_html(text, lang="FR"))
    body = multi("mixed", [a, attach(DOCX, doc, M21_FILE)], "_004_PR3P191MB0841E6A2B9C47D15F3E8PR3P191MB0841EURP_")
    m = mk(when, sent_at(when, 1, 8), "mail-pr3fra01on0633.outbound.protection.outlook.example.com",
           "198.51.100.133", "4Dbv6R1pLsz4", "Hind Skalli <h.skalli.avocate@outlook.example.com>", hdr(subj, enc="Q"),
           "<PR3P191MB0841E6A2B9C47D15F3E8@PR3P191MB0841.EURP191.PROD.OUTLOOK.example.com>", body,
           extra=outlook(hdr(subj, enc="Q"), "AQHXAUm4sR8kPq2Tn6Lz0Yb3Cd5Fw7Gh==", lang="fr-FR", has_attach="yes"))
    add(21, when, m, dict(category="voluntary_report", language="fr", acknowledge=True, on_time=True,
        report_attachments=[M21_FILE],
        notes="a lawyer sends a written contribution 'à titre individuel' (DOCX whose name carries 'é' twice and "
              "'Me', RFC 2231 + RFC 2047); 'Je ne sollicite pas de temps de parole' although 'consultation' and "
              "'Conférence' are named, and the signature ('Me', 'Avocate au barreau de Casablanca') proposes no one. "
              "Outlook, Date UTC+1."))


# ================================================================ 22  EN  other  Yemeni-American blogger: how to follow the consultation, iPad
def m22():
    when = at("2021-02-15 19:20:05")
    subj = "Following the consultation on Feb 23 - link?"
    text = """Hi there,

I'm a Yemeni-American writer and I run a small blog and Instagram page about Yemeni families split between Sana'a, Djibouti and the US since the travel ban. A friend in Aden sent me your invitation.

I'm not submitting anything and I don't need to speak :) I'd just like to know:
- is the consultation on Feb 23 open to the public, and if so where do I find the link?
- what time does it start in Beirut time? (I'm in Michigan so I'm trying to figure out if I'll be up at 2am lol)
- is it ok to post about it / live-tweet?

Thanks so much!
Summer Al-Hubaishi

Sent from my iPad
"""
    body = alt(text, "Apple-Mail-5E81C3D2-9A47-4B06-B1F3-2C8D7E0A6F94", html=apple_html(text))
    m = mk(when, sent_at(when, -5, 9), "sonic322-40.consmr.mail.bf2.yahoo.example.com", "198.51.100.240",
           "4DfK8s3VwNz7", "Summer Al-Hubaishi <summer.hubaishi@yahoo.example.com>", subj,
           "<C7D19E2B-4A8F-4E63-9B05-1F3E6A2D8C70@yahoo.example.com>", body, extra=[("X-Mailer", IPAD)])
    add(22, when, m, dict(category="other", language="en", acknowledge=True, on_time=None,
        notes="a blogger asks whether the consultation is public, for the link, the start time and whether she may "
              "live-tweet; she says she submits nothing and does not need to speak. 'Feb 23', '2am' and 'travel "
              "ban' are not requests or deadlines. iPad (Apple Mail layout), Date UTC-5."))


# ================================================================ 23  FR  report  returnee from Italy, report typed in the body at 23:41 on the last evening
def m23():
    when = at("2021-02-16 23:41:09")
    subj = "rapport sur les migrants retournés d'Italie"
    text = """Bonsoir,

Je m'excuse de envoyer a la derniere minute. Je suis Mustapha Benyoussef, j'habite a Fquih Ben Salah. J'ai vécu 14 ans en Italie (Bergame puis Brescia) et je suis rentré au Maroc en 2018 après avoir perdu mon travail et mon titre de séjour. Je ne suis pas dans une association, mais dans notre région il y a beaucoup de retournés comme moi et personne parle de nous. Voila mon rapport, je l'ai écrit directement ici parceque je n'ai pas Word sur le téléphone.

RAPPORT VOLONTAIRE INDIVIDUEL - LES MIGRANTS RETOURNES D'ITALIE A FQUIH BEN SALAH ET BENI MELLAL

1. La situation
Dans la province il y a des milliers de familles qui vivent avec l'argent de l'Italie. Depuis la crise de 2008 et encore plus avec le corona, beaucoup sont rentrés, souvent sans rien, et les enfants nés en Italie ne parlent pas bien l'arabe et ont des problèmes à l'école.

2. Les problèmes
- les papiers : le permis de séjour italien perdu, on ne peut plus repartir, et les années de cotisation sont perdues aussi
- le travail : pas de travail ici, les projets de réinsertion on en entend parler mais on sait pas où aller
- les enfants : équivalence des diplômes italiens, la langue arabe
- la santé : la honte de rentrer, beaucoup d'hommes restent à la maison et tombent malade

3. Ce que nous demandons
- un guichet dans la province pour les retournés
- aider à récupérer les cotisations de retraite payées en Italie
- des cours d'arabe et de soutien scolaire pour les enfants
- que les retournés soient consultés et pas seulement les associations

Merci de lire mon rapport.
Mustapha Benyoussef
Fquih Ben Salah - Maroc
"""
    body = alt(text, "000000000000f0a5c305bb6e8d21", html=android_html(text))
    m = mk(when, sent_at(when, 1, 4), "mail-ot1-f48.google.example.com", "192.0.2.48", "4DgB4p9TxMz2",
           "Mustapha Benyoussef <mustapha.benyoussef.fbs@gmail.example.com>", hdr(subj, enc="Q"),
           "<CAE5nW1rT8vK3xP+z7Mb4Lq2cY9dH6sFe1j@mail.gmail.example.com>", body)
    add(23, when, m, dict(category="voluntary_report", language="fr", acknowledge=True, on_time=True,
        notes="deadline edge: received 23:41 Beirut on Tuesday 16 February (Date 22:41 +0100, Morocco): on time. An "
              "individual returnee's report typed into the body from his phone under a capitalised heading "
              "('RAPPORT VOLONTAIRE INDIVIDUEL') with numbered sections and dash lists; nothing attached, so "
              "report_attachments is empty. French with missing accents and slips ('de envoyer', 'parceque'); "
              "'Je ne suis pas dans une association'. He asks for no speaking role. Gmail for Android."))


# ================================================================ 24  AR  report  Sudanese teacher in El Obeid, two days late, Yahoo, PDF
M24_FILE = "تقرير بابكر الطيب - العائدين من ليبيا.pdf"


def m24():
    when = at("2021-02-18 13:25:47")
    subj = "تقرير عن الشباب الراجعين من ليبيا - معليش متأخر"
    text = """السلام عليكم ورحمة الله

الإخوة في أمانة الاستعراض الإقليمي، أتمنى تكونوا بخير.

معليش جداً على التأخير، عرفت إنو آخر يوم للتقارير كان 16 فبراير، لكن الكهربا والنت عندنا في الأبيض قاطعين من يوم الأحد وما قدرت أرسل إلا هسي.

مرفق ليكم تقرير فردي كتبتو بنفسي عن الشباب السودانيين الراجعين من ليبيا لولاية شمال كردفان: كيف طلعوا، والحصل ليهم في الكفرة وطرابلس، وكيف رجعوا، والمشاكل البيواجهوها هسي في الشغل والديون. أنا معلم في مدرسة ثانوية وكتبت التقرير من كلام الطلبة القدام وأسرهم.

ما عندي منظمة، التقرير دا باسمي بس.

ولكم جزيل الشكر
بابكر الطيب عبد الماجد
الأبيض - شمال كردفان
"""
    pdf = make_pdf(["Individual report (Arabic) - Sudanese youth returning from Libya to North Kordofan",
                    "Babiker Eltayeb Abdelmagid, secondary school teacher, El Obeid", "",
                    "1. Leaving: routes through Kufra", "2. Detention and work in Kufra and Tripoli",
                    "3. Returning home", "4. Debts and work after return", "5. Recommendations"])
    a = alt(text, "----=_Part_1532087_1049227315.1613647543219", html=yahoo_html(text, rtl=True), b64=True)
    body = multi("mixed", [a, attach("application/pdf", pdf, M24_FILE)], "----=_Part_1532086_622197514.1613647543218")
    m = mk(when, sent_at(when, 2, 5), "sonic310-25.consmr.mail.gq1.yahoo.example.com", "198.51.100.210",
           "4Dh3Rk7VqBz0", addr("Babiker Eltayeb", "babiker.eltayeb@yahoo.example.com"), hdr(subj),
           "<1613647543219.1532088@mail.yahoo.example.com>", body, extra=[("X-Mailer", YAHOO)])
    add(24, when, m, dict(category="voluntary_report", language="ar", acknowledge=True, on_time=False,
        report_attachments=[M24_FILE],
        notes="late (18 February, two days after the report deadline) and says so ('معليش جداً على التأخير', power "
              "and internet cuts since Sunday); Sudanese colloquial ('هسي', 'الحصل ليهم', 'البيواجهوها', 'كتبتو'); an "
              "individual report by a teacher ('ما عندي منظمة'), PDF with an Arabic name (RFC 2231 + RFC 2047); "
              "'16 فبراير' quoted as the deadline he missed. Yahoo, base64 parts, Latin-script From name."))


def main():
    for f in (m01, m02, m03, m04, m05, m06, m07, m08, m09, m10, m11, m12, m13, m14, m15, m16, m17, m18, m19,
              m20, m21, m22, m23, m24):
        f()
    SET.write()


if __name__ == "__main__":
    main()
