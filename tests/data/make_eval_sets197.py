#!/usr/bin/env python3
"""Write the blind evaluation set holdout197 (24 raw .eml messages + labels.json).

Deterministic, standard library only:  python3 tests/data/make_eval_sets197.py
Theme: youth, students and children's rights groups, school teachers and volunteers -- casual writing from
phones, emojis, all caps or no punctuation, voice-note style run-on sentences, a teacher writing for a student,
a youth council nominating two young people, questions and replies about whether under-18s may speak.
26 January to 17 February 2021.  8 Arabic, 8 English, 8 French.  Helpers from mailgen.py.
"""
import datetime as dt

from mailgen import (EvalSet, DOCX, addr, alt, at, attach, dsn_report, flowed, hdr, html_only, leaf,
                     make_docx, mk, multi, re_hdr, rfcdate, sent_at, sp, std_rows, text2html, top)
from mailgen import rep_pdf, gmail_html, outlook_hdrs

SET = EvalSet(197)
add = SET.add

# sending hosts (documentation IP ranges)
GMAIL = ("mail-ed1-f53.google.example.com", "198.51.100.53")
GMAIL2 = ("mail-pj1-f66.google.example.com", "198.51.100.66")
GMAIL3 = ("mail-qk1-f172.google.example.com", "198.51.100.172")
O365 = ("mail-db8eur05on2091.outbound.protection.outlook.example.com", "203.0.113.91")
O365B = ("mail-am6eur05on2128.outbound.protection.outlook.example.com", "203.0.113.128")
ICLOUD = ("st43p00im-ztdg10061901.me.example.com", "192.0.2.61")
YAHOO = ("sonic304-21.consmr.mail.ir2.yahoo.example.com", "192.0.2.121")
SCHOOL_UK = ("mx.stmarkscollege.example.org.uk", "192.0.2.33")
LYCEE_TN = ("smtp.edunet.example.tn", "192.0.2.140")
ORANGE_FR = ("smtp-out.orange.example.fr", "192.0.2.150")

INVITE_ID = "<invitation.20210121.0930@gcmrrarabstates.iom.int>"
INVITE_SUBJ = "Invitation - Regional Review of the Global Compact for Migration in the Arab Region"

M03_ID = "<CAF7kQ2mX9pL0vTn4YbR8sW1eJd6HcG3uZa5oNi2fK@mail.gmail.example.com>"
ANS03_ID = "<answer.20210201.1042.h03@gcmrrarabstates.iom.int>"
M06_ID = "<5c2e9a71-3b48-4f0d-a6e1-9d7b4c2f8e13@edunet.example.tn>"
ACK06_ID = "<ack.4DVq3Rk8Lpz1@gcmrrarabstates.iom.int>"
M14_ID = "<AM6P197MB0412C8E5B1D07F3A92E4C6D1B8AM6P197MB0412EURP@AM6P197MB0412.EURP197.PROD.OUTLOOK.example.com>"
M19_ID = "<CAH4nB8vQ1tY7rLm3KzP0wXc6Ed9sJf2gUo5iTa8hR@mail.gmail.example.com>"


def quote(text):
    return "\n".join((">" + (" " + x if x else "")) for x in text.rstrip("\n").split("\n")) + "\n"


# ================================================================ the 24 messages
def m01():
    # out-of-office of a secondary-school teacher (half-term), answering the invitation mailing
    when = at("2021-01-26 08:14:27")
    sent = sent_at(when, 0, 2)
    text = """Thank you for your email.

School is closed for half-term and I am away until Monday 1 February, with limited access to email.
For anything urgent about the Citizenship & Human Rights Club please contact the school office on office@stmarkscollege.example.org.uk.

Kind regards,
Ms J. Whitfield
Head of Citizenship, St Mark's College
"""
    body = alt(text, "_000_LO2P197MB1120AB4C_")
    rows = std_rows(when, SCHOOL_UK[0], SCHOOL_UK[1], "4DPb2Kq0Xyz4",
                    addr("Jessica Whitfield", "j.whitfield@stmarkscollege.example.org.uk"),
                    "Automatic reply: " + INVITE_SUBJ, rfcdate(sent),
                    "<LO2P197MB1120AB4C9E1D27F0@LO2P197MB1120.GBRP197.PROD.OUTLOOK.example.com>",
                    extra=[("Auto-Submitted", "auto-generated"), ("X-Auto-Response-Suppress", "All")])
    rows = [(k, "<>" if k == "Return-Path" else v) for k, v in rows]
    rows += [("In-Reply-To", INVITE_ID), ("References", INVITE_ID)]
    add(1, when, top(body, rows), dict(category="auto_reply", language="en", acknowledge=False, on_time=None,
        notes="teacher's out-of-office during half-term, answering the invitation mailing; mentions a human-rights "
              "club and a job title, but nobody wrote it. Auto-Submitted: auto-generated, null Return-Path. Never "
              "acknowledge."))


def m02():
    # a municipal youth council nominates two young people; Gmail, labelled blocks, formal Arabic with emojis
    when = at("2021-01-27 19:36:02")
    sent = sent_at(when, 2, 5)
    text = """مرحباً فريق المراجعة الإقليمية 🌍

بعد التصويت في اجتماع الهيئة العامة يوم السبت، يرشّح مجلس شباب إربد عضوين من أعضائه للمشاركة:

١) الاسم: يوسف عماد الزعبي
الصفة: نائب رئيس المجلس ومنسق لجنة التطوع
الجهة: مجلس شباب إربد
المشاركة: النقاش المفتوح في المشاورة يوم ٢٣ شباط

٢) الاسم: الآنسة لين خالد العمري
الصفة: عضوة المجلس - طالبة سنة ثالثة علوم سياسية
الجهة: مجلس شباب إربد
المشاركة: مداخلة في المائدة المستديرة الثانية

ملاحظة: لين عمرها ١٩ سنة ويوسف ٢٢ سنة، يعني الاثنين فوق ١٨ 🙂
شكراً إلكم ونتمنى نكون جزء من هالحوار 🙏

مع التحية،
دانة الربضي
أمينة سر المجلس
"""
    body = alt(text, "0000000000007a3c1205b9f2d4e6", html=gmail_html(text, rtl=True))
    m = mk(when, sent, GMAIL[0], GMAIL[1], "4DQn5Lx2Rtz8", addr("Irbid Youth Council", "irbid.youthcouncil@gmail.example.com"),
           hdr("ترشيح عضوين من مجلس شباب إربد 🌟"), "<CAB2vK7pM3nQ9rWx1YtL6cZ0sE4dH8gF5jUa2oNi7k@mail.gmail.example.com>",
           body)
    add(2, when, m, dict(category="speaker_request", language="ar", acknowledge=True, on_time=True, speakers=[
        sp("يوسف عماد الزعبي", "نائب رئيس المجلس ومنسق لجنة التطوع", "مجلس شباب إربد", ["open_discussion"]),
        sp("لين خالد العمري", "عضوة المجلس - طالبة سنة ثالثة علوم سياسية", "مجلس شباب إربد", ["roundtable"], 2)],
        notes="youth council nominating two members in labelled blocks; the sender (council secretary, signature) is "
              "not a speaker; 'الآنسة' is an honorific (dropped); 'إربد' is part of the council's name, not a place "
              "added after it; roundtable as ordinal word ('الثانية'); the ages remark is not a role. From display "
              "name is the council; emojis in subject and body."))


def m03():
    # children's rights club coordinator: can under-18s speak? Gmail, question only
    when = at("2021-01-28 14:05:48")
    sent = sent_at(when, 3, 6)
    text = """Hello,

I coordinate the children's advisory board of our network, a group of 12 young people aged 14 to 17, several of them from migrant or refugee families.

Before we send any names I wanted to check two things:
- can someone under 18 take a speaking role (open discussion or a roundtable), or is it adults only?
- if minors are allowed, do you need a consent form from the parents, and would a chaperone be able to join the online session with them?

They are really keen but I don't want to raise their hopes if it is not possible.

Many thanks,
Rania Khoury
Haqqi Children's Rights Network
"""
    body = alt(text, "000000000000b51e4805ba0c7d91", html=gmail_html(text))
    m = mk(when, sent, GMAIL2[0], GMAIL2[1], "4DRb6Mz1Kcz3", addr("Rania Khoury", "rania.khoury.hcrn@gmail.example.com"),
           "Question - can under 18s speak?", M03_ID, body)
    add(3, when, m, dict(category="other", language="en", acknowledge=True, on_time=None,
        notes="question whether minors may take a speaking role and about parental consent; mentions roles and a "
              "group of young people but proposes no one (names to follow). The proposal comes later in the "
              "thread (h197-08)."))


def m04():
    # university student, ALL CAPS from an Android phone, proposes himself for the plenary
    when = at("2021-01-29 23:12:40")
    sent = sent_at(when, 2, 9)
    text = """HELLO
I AM A STUDENT AND I SAW YOUR INVITATION ON THE FACEBOOK PAGE OF OUR UNION. I WOULD LIKE TO SPEAK IN THE PLENARY SESSION ABOUT STUDENTS WHO CANNOT GO BACK TO THEIR COUNTRY AFTER GRADUATION AND LOSE THEIR RESIDENCY. I HAVE FRIENDS IN THIS SITUATION FROM SYRIA AND YEMEN
PLEASE TELL ME WHAT I NEED TO DO
THANK YOU

MARWAN HADDAD
STUDENT REPRESENTATIVE - FACULTY OF ARTS
UNIVERSITY STUDENTS UNION (USU)

Sent from my Samsung Galaxy smartphone.
"""
    body = leaf("text/plain", text, "utf-8", "quoted-printable")
    m = mk(when, sent, GMAIL3[0], GMAIL3[1], "4DSc3Gh7Wvz2", addr("marwan haddad", "marwan.h2001@gmail.example.com"),
           "SPEAKING REQUEST PLENARY", "<1a7f3c9e-8b2d-4e61-90c5-d4f2b6a81e07@email.android.example.com>", body,
           extra=[("X-Mailer", "Samsung Email")])
    add(4, when, m, dict(category="speaker_request", language="en", acknowledge=True, on_time=True, speakers=[
        sp("Marwan Haddad", "Student Representative - Faculty of Arts", "University Students Union (USU)",
           ["plenary"])],
        notes="all caps from a phone; details only in the signature, recorded in normal case as a secretary would "
              "type them; the title is written with its unit (faculty), kept in the title as dev 012 does; acronym "
              "beside the union kept. From display name all lower case."))


def m05():
    # Levantine dialect question from a phone: can children speak, can they send a voice note? no punctuation
    when = at("2021-01-30 17:48:11")
    sent = sent_at(when, 2, 3)
    text = """مرحبا
انا بشتغل مع مجموعة اطفال بمخيم ونحنا عم نعمل معهم نشاطات رسم ومسرح عن الهجرة والسفر وبدي اسأل اذا الاولاد اللي تحت ال ١٨ بيقدروا يشاركوا ويحكوا بالمؤتمر ولا لازم يكون عمرهم فوق ١٨
وكمان اذا ما في امكانية يكونوا اونلاين مباشر فينا نبعتلكم فويس او فيديو قصير منهم
شكرا كتير
ريم

مرسل من هاتفي
"""
    body = leaf("text/plain", text, "utf-8", "base64")
    m = mk(when, sent, YAHOO[0], YAHOO[1], "4DSt8Hq5Ncz1", addr("Reem", "reem_kids_theatre@yahoo.example.com"),
           hdr("سؤال عن مشاركة الاطفال"), "<1480563219.2281190.1612021687@mail.yahoo.example.com>", body,
           extra=[("X-Mailer", "WebService/1.1.17648 YMailNorrin")])
    add(5, when, m, dict(category="other", language="ar", acknowledge=True, on_time=None,
        notes="Levantine dialect, no punctuation, sent from a phone: asks whether under-18s may speak and whether a "
              "voice or video message could be sent instead; nobody is proposed; first name only."))


def m06():
    # a philosophy teacher writes on behalf of her pupil (roundtable 3); school webmail, French
    when = at("2021-02-01 11:20:35")
    sent = sent_at(when, 1, 6)
    text = """Madame, Monsieur,

Je suis professeure de philosophie et j'encadre depuis deux ans le club des droits de l'enfant de notre lycée. Je vous écris au nom de mon élève, qui n'a pas encore d'adresse électronique personnelle, et avec l'accord écrit de ses parents.

Elle souhaiterait intervenir lors de la table ronde thématique n° 3 de la Conférence des 24 et 25 février. Elle a préparé avec ses camarades une courte intervention sur la scolarisation des enfants migrants non accompagnés.

Nom : Inès Belkacem
Qualité : élève de Terminale, déléguée du club des droits de l'enfant
Établissement : Lycée Pilote Ibn Rochd

Elle a 17 ans : pourriez-vous nous indiquer si une autorisation parentale particulière est requise ?

Veuillez agréer, Madame, Monsieur, mes salutations distinguées.

Sonia Trabelsi
Professeure de philosophie
Lycée Pilote Ibn Rochd – Sousse
"""
    body = leaf("text/plain", flowed(text), "utf-8", "quoted-printable")
    body.replace_header("Content-Type", 'text/plain; charset=utf-8; format=flowed')
    m = mk(when, sent, LYCEE_TN[0], LYCEE_TN[1], "4DVp1Jw6Qrz5",
           addr("Sonia Trabelsi", "sonia.trabelsi@edunet.example.tn"),
           hdr("Demande d'intervention d'une élève - table ronde n° 3", enc="Q"), M06_ID, body,
           extra=[("X-Mailer", "Zimbra 8.8.15_GA_4059 (ZimbraWebClient - GC88 (Win)/8.8.15_GA_4059)")])
    add(6, when, m, dict(category="speaker_request", language="fr", acknowledge=True, on_time=True, speakers=[
        sp("Inès Belkacem", "élève de Terminale, déléguée du club des droits de l'enfant", "Lycée Pilote Ibn Rochd",
           ["roundtable"], 3)],
        notes="a teacher writes on behalf of her 17-year-old pupil: the sender (signature) is not the speaker; the "
              "pupil's 'Qualité' is recorded as written; ' – Sousse' after the school in the teacher's signature is "
              "a place; also asks whether a parental authorisation is needed (a question inside a request)."))


def m07():
    # volunteer, voice-note style (speech-to-text), Levantine, one long run-on sentence, open discussion
    when = at("2021-02-02 09:03:17")
    sent = sent_at(when, 2, 4)
    text = """السلام عليكم ورحمة الله انا رامي نصر الله منسق المتطوعين بجمعية بسمة للطفولة وحابب شارك بالنقاش المفتوح تبع المشاورة يوم ٢٣ شباط لانو نحنا شغالين مع اطفال لاجئين ومهاجرين بالمدارس من خمس سنين وعنا كتير شغلات بدنا نحكيها عن التسرب المدرسي والعمالة وهيك فاذا في مجال تحطوني بالقائمة بكون ممنون الكم كتير ويعطيكم العافية

رامي نصر الله
جمعية بسمة للطفولة
٠٣ ٤٥٦ ٧٨٩
"""
    body = alt(text, "000000000000c93a6f05ba1e2b77", html=gmail_html(text, rtl=True))
    m = mk(when, sent, GMAIL[0], GMAIL[1], "4DWa9Fr3Tmz6", addr("Rami Nasrallah", "rami.nasrallah.basma@gmail.example.com"),
           hdr("مشاركة بالنقاش المفتوح"), "<CAE9rT4wP2nL8vKm6YbQ1xZc3Fd7sHg0jUo4iAa6kM@mail.gmail.example.com>", body)
    add(7, when, m, dict(category="speaker_request", language="ar", acknowledge=True, on_time=True, speakers=[
        sp("رامي نصر الله", "منسق المتطوعين", "جمعية بسمة للطفولة", ["open_discussion"])],
        notes="dictated voice-note style: one run-on sentence without punctuation in dialect; name, title and "
              "association in the sentence ('انا ... منسق المتطوعين بجمعية ...'), repeated in a short signature "
              "without the title."))


def m08():
    # reply in the thread of h197-03, after the secretariat's answer: two speakers, one of them 16
    when = at("2021-02-02 16:44:09")
    sent = sent_at(when, 3, 7)
    text = """Dear colleagues,

Thank you so much for the quick and clear answer, the kids were thrilled 🎉

As suggested, here are our two proposed speakers for the open discussion on 23 February:

1. Sara Odeh (16) - member of the Children's Advisory Board, Haqqi Children's Rights Network
2. Omar Tawil - Youth Facilitator, Haqqi Children's Rights Network (he will accompany Sara and can also speak)

The signed consent form from Sara's parents is with us and I can send a scan if you need it.

Best,
Rania

On Mon, 1 Feb 2021 at 10:42, GCM Regional Review Arab States <gcmrrarabstates@iom.int> wrote:
"""
    quoted = """Dear Ms Khoury,

Thank you for your message. Young people under 18 may be proposed for a speaking role, with the consent of a parent or guardian, and may be accompanied during the online sessions. Please send the name, title and organizational affiliation of each proposed speaker by Friday 5 February 2021.

Kind regards,
GCM Regional Review secretariat

On Thu, 28 Jan 2021 at 15:05, Rania Khoury <rania.khoury.hcrn@gmail.example.com> wrote:
> Hello,
>
> I coordinate the children's advisory board of our network, a group of 12 young people aged 14 to 17, several of them from migrant or refugee families.
> Before we send any names I wanted to check two things:
> - can someone under 18 take a speaking role (open discussion or a roundtable), or is it adults only?
"""
    full = text + quote(quoted)
    body = alt(full, "000000000000e82a1c05ba248f3b", html=gmail_html(full))
    m = mk(when, sent, GMAIL2[0], GMAIL2[1], "4DWq4Bn8Ykz0", addr("Rania Khoury", "rania.khoury.hcrn@gmail.example.com"),
           "Re: Question - can under 18s speak?", "<CAF7kQ2mZ4tR6wLn8YbP1sX3eJd0HcG9uVa7oNi5fQ@mail.gmail.example.com>",
           body, extra=[("In-Reply-To", ANS03_ID), ("References", "%s %s" % (M03_ID, ANS03_ID))])
    add(8, when, m, dict(category="speaker_request", language="en", acknowledge=True, on_time=True,
        thread_of="h197-03.eml", speakers=[
            sp("Sara Odeh", "member of the Children's Advisory Board", "Haqqi Children's Rights Network",
               ["open_discussion"]),
            sp("Omar Tawil", "Youth Facilitator", "Haqqi Children's Rights Network", ["open_discussion"])],
        notes="reply in the thread of the under-18 question h197-03 (References names it, In-Reply-To names the "
              "secretariat's answer, which is not in the set): thread_of points to the question that opened the "
              "exchange (a question, not a submission: not covered by dev, recorded so the register links them). "
              "Two speakers on one line each ('name (age) - title, organisation'); the age is not part of the name; "
              "'he ... can also speak' makes Omar a second speaker for the same role. Quoted answer mentions the "
              "deadline and the fields."))


def m09():
    # youth network: report PDF + speaker (roundtable 2), Gmail, emojis, details in signature
    when = at("2021-02-03 21:27:54")
    sent = sent_at(when, 2, 5)
    text = """Hi team 👋

Please find attached our voluntary GCM review report 📎 — it was written by 23 young volunteers from 6 countries over three online workshops, so it's a bit different from the usual reports haha

Also I'd love to take the floor at thematic roundtable 2 on the conference days to present the main findings (youth employment & regular pathways).

Thanks a lot and stay safe 🙌

--
Hiba Nasser
Regional Youth Coordinator | Youth4Mobility Network (Y4M)
Amman, Jordan
"""
    fname = "Y4M_Youth_Voluntary_GCM_Review_2021.pdf"
    pdf = rep_pdf("Youth4Mobility Network - Youth voluntary review of the GCM", "23 young volunteers, 6 countries",
                  ["Method: three online workshops", "Objective 5: regular pathways", "Objective 6: decent work",
                   "Recommendations from young people"])
    body = multi("mixed", [alt(text, "000000000000f21b3405ba3a9c12", html=gmail_html(text)),
                           attach("application/pdf", pdf, fname)], "000000000000f21b3605ba3a9c14")
    m = mk(when, sent, GMAIL3[0], GMAIL3[1], "4DXk7Cv2Plz9", addr("Hiba Nasser", "hiba.nasser@y4m.example.org"),
           "Y4M voluntary report + speaking request (roundtable 2)",
           "<CAG5tW1nR8pK3vLm0YbQ7xZc2Ed6sJh9gUo1iTa4kP@mail.gmail.example.com>", body)
    add(9, when, m, dict(category="both", language="en", acknowledge=True, on_time=True, speakers=[
        sp("Hiba Nasser", "Regional Youth Coordinator", "Youth4Mobility Network (Y4M)", ["roundtable"], 2)],
        report_attachments=[fname],
        notes="both, on time: report PDF and a request for herself in the same casual message; name, title and "
              "network only in the signature (pipe-separated, acronym kept); 'Amman, Jordan' is a place."))


def m10():
    # children's rights association pastes its filled registration form: two speakers
    when = at("2021-02-04 13:55:21")
    sent = sent_at(when, 1, 8)
    text = """Bonjour,

Nous n'arrivons pas à savoir si notre formulaire en ligne a bien été enregistré (la page s'est bloquée à la fin), je vous recopie donc ci-dessous les informations saisies :

----------------------------------------
Nom du/de la participant(e) : Aya Lahlou
Titre/Fonction : Chargée de projets jeunesse
Organisation : Association Marocaine des Droits de l'Enfant (AMDE)
Rôle souhaité : Rapporteur(e) – restitution des messages clés
----------------------------------------
Nom du/de la participant(e) : Mehdi Ouazzani
Titre/Fonction : Membre du Parlement de l'enfant
Organisation : AMDE
Rôle souhaité : Intervention – Table ronde thématique 1
----------------------------------------

Merci de nous confirmer la bonne réception.

Cordialement,
Khadija Bennis
Secrétaire générale, AMDE
"""
    body = alt(text, "----=_Part_48213_1907264318.1612443315072")
    m = mk(when, sent, ORANGE_FR[0], ORANGE_FR[1], "4DYb2Nw5Hrz7", addr("AMDE Secretariat", "contact.amde@orange.example.fr"),
           hdr("Inscription intervenants AMDE (formulaire bloqué)", enc="Q"),
           "<1298734561.48214.1612443315073.JavaMail.open-xchange@opme11oxm01nd1.example.fr>", body,
           extra=[("X-Mailer", "Open-Xchange Mailer v7.10.3-Rev34")])
    add(10, when, m, dict(category="speaker_request", language="fr", acknowledge=True, on_time=True, speakers=[
        sp("Aya Lahlou", "Chargée de projets jeunesse", "Association Marocaine des Droits de l'Enfant (AMDE)",
           ["rapporteur"]),
        sp("Mehdi Ouazzani", "Membre du Parlement de l'enfant", "Association Marocaine des Droits de l'Enfant (AMDE)",
           ["roundtable"], 1)],
        notes="pasted copy of the online form with two blocks; the second block gives only the acronym 'AMDE': the "
              "fullest form written in the message (first block) is recorded for both; the sender (secretary "
              "general, signature) is not a speaker; asks for a confirmation."))


def m11():
    # both at 23:41 on the speaker deadline: youth collective, PDF, rushed, typos
    when = at("2021-02-05 23:41:37")
    sent = sent_at(when, 1, 6)
    text = """Bonsoir,

ci joint notre rapport volontaire sur la mise en oeuvre du Pacte (version courte, 6 pages) on l'a fini ce soir desolée pour l'heure tardive !!

Et si c'est encore possible on aimerait que notre coordinatrice prenne la parole en session pléniere :
Nour El Houda Jaziri
Coordinatrice bénévole
Collectif Jeunesse et Mobilité (CJM)

Merci beaucoup et bonne soirée
Nour pour le CJM
"""
    fname = "Rapport_CJM_PMM_2021_court.pdf"
    pdf = rep_pdf("Collectif Jeunesse et Mobilite (CJM) - rapport volontaire PMM", "version courte, 6 pages",
                  ["Jeunes et migration irreguliere", "Acces a l'emploi des jeunes diplomes", "Recommandations"])
    body = multi("mixed", [leaf("text/plain", text, "utf-8", "quoted-printable"),
                           attach("application/pdf", pdf, fname)], "----=_NextPart_000_0017_01D6FC1A.3B2E8F40")
    m = mk(when, sent, GMAIL[0], GMAIL[1], "4DZc8Rk1Vmz3", addr("Nour Jaziri", "nour.jaziri.cjm@gmail.example.com"),
           hdr("rapport + demande intervention CJM", enc="Q"),
           "<CAK1pR6nW3tY9vLm2ZbQ8xKc4Ed0sJf7gUo3iTa1hN@mail.gmail.example.com>", body)
    add(11, when, m, dict(category="both", language="fr", acknowledge=True, on_time=True, speakers=[
        sp("Nour El Houda Jaziri", "Coordinatrice bénévole", "Collectif Jeunesse et Mobilité (CJM)", ["plenary"])],
        report_attachments=[fname],
        notes="both, received 23:41:37 on 5 February: the speaker part is on time by 18 minutes, the report is "
              "early; the sender proposes herself ('notre coordinatrice' = Nour, who signs) in a three-line block; "
              "no accents in places ('desolée', 'pléniere')."))


def m12():
    # a school teacher nominates her pupil as rapporteur, Outlook, UAE time: 3 minutes late
    when = at("2021-02-06 00:03:44")
    sent = sent_at(when, 4, 9)
    text = """السادة المنظمين الكرام،

تحية طيبة،

يسعدني بصفتي مشرفة البرلمان الطلابي في مدرستنا أن أرشّح الطالبة مريم سعيد الكعبي لدور المقرر الذي يقدّم الرسائل الرئيسية لأصحاب المصلحة، وقد شاركت مريم في منتدى الشباب العربي العام الماضي وتجيد العربية والإنجليزية.

الاسم: مريم سعيد الكعبي
المسمى: رئيسة البرلمان الطلابي
الجهة: مدرسة الفجر الثانوية للبنات
الدور: المقرر

أرجو المعذرة إن وصلت الرسالة متأخرة قليلاً، فقد انشغلنا بالامتحانات.

مع خالص الشكر والتقدير،
أ. عائشة المهيري
معلمة الدراسات الاجتماعية
مدرسة الفجر الثانوية للبنات - العين
"""
    html = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>'
            '<body lang="AR-SA" dir="rtl"><div class="WordSection1">' + text2html(text) + '</div></body></html>\n')
    body = alt(text, "_000_DB8P197MB0613E2A9C4F1B7D3A5E8DB8P197MB0613EURP_", html=html)
    subj = "ترشيح طالبة لدور المقرر"
    m = mk(when, sent, O365[0], O365[1], "4DZd1Wq7Bnz5", addr("عائشة المهيري", "a.almheiri@alfajr-school.example.ae"),
           hdr(subj), "<DB8P197MB0613E2A9C4F1B7D3A5E8@DB8P197MB0613.EURP197.PROD.OUTLOOK.example.com>", body,
           extra=outlook_hdrs(subj, "AdcB4kR1q2Zx7WnPQe6vL0mT3sY9Hg==", lang="ar-AE"))
    add(12, when, m, dict(category="speaker_request", language="ar", acknowledge=True, on_time=False, speakers=[
        sp("مريم سعيد الكعبي", "رئيسة البرلمان الطلابي", "مدرسة الفجر الثانوية للبنات", ["rapporteur"])],
        notes="late by 3 min 45 s: received 00:03:44 on 6 February Beirut time (Date header 02:03 +0400); a teacher "
              "(signature, 'أ.' honorific) nominates her pupil; ' - العين' after the school in the signature is a "
              "place; the sender apologises for being slightly late."))


def m13():
    # student association, late, HTML-only, on behalf of its president (roundtable IV)
    when = at("2021-02-08 10:02:16")
    sent = sent_at(when, 1, 5)
    inner = """<div style="font-family:Calibri,Arial,sans-serif;font-size:11pt">
<p>Dear GCM Regional Review Team,</p>
<p>I hope this finds you well. I am writing <b>on behalf of our President, Karim Aziz</b>, who would like to request a floor intervention in <b>Roundtable IV</b> of the Regional Review Conference.</p>
<p>We only heard about the call last week from a partner organisation, so we realise we are past the 5 February deadline &#8211; we would be very grateful if you could still consider him. Karim is a fourth-year medical student and has led our campaign for the recognition of refugee students&#8217; diplomas since 2019.</p>
<ul>
<li>Name: Karim Aziz</li>
<li>Title: President</li>
<li>Organisation: Arab Students for Migrant Rights (ASMR)</li>
</ul>
<p>Warm regards,</p>
<p>Lama Saad<br>Communications Officer<br>Arab Students for Migrant Rights (ASMR)<br><span style="color:#888">&#127891; students for rights, not walls</span></p>
</div>"""
    body = html_only(inner, lang="en", newlines=True)
    m = mk(when, sent, O365B[0], O365B[1], "4DbF6Xn0Qwz2", addr("Lama Saad", "comms@asmr-students.example.org"),
           "Late speaking request - Roundtable IV - ASMR",
           "<VI1P197MB2231F7A0C3D95E4B81A6VI1P197MB2231EURP@VI1P197MB2231.EURP197.PROD.OUTLOOK.example.com>", body,
           extra=outlook_hdrs("Late speaking request - Roundtable IV - ASMR", "AdcB/z9Lp3Qx1WnTRe5vM8kT2sY0Hg=="))
    add(13, when, m, dict(category="speaker_request", language="en", acknowledge=True, on_time=False, speakers=[
        sp("Karim Aziz", "President", "Arab Students for Migrant Rights (ASMR)", ["roundtable"], 4)],
        notes="late (8 February) and says so; HTML-only with a bulleted list; written on behalf of the president by "
              "the communications officer (her own title in the signature); roundtable as a Roman numeral "
              "('Roundtable IV'); the emoji line in the signature is a slogan."))


def m14():
    # students' association report, DOCX, Outlook (school account), on time
    when = at("2021-02-08 15:31:09")
    sent = sent_at(when, 1, 6)
    text = """Bonjour,

Veuillez trouver ci-joint le rapport volontaire de l'Union des Étudiants et Stagiaires Africains en Tunisie (UESAT) dans le cadre de l'examen régional du Pacte mondial pour les migrations.

Le rapport a été rédigé par notre commission sociale à partir d'une enquête auprès de 240 étudiants subsahariens (titres de séjour, logement, accès aux stages).

Bien cordialement,

Jean-Baptiste Kaboré
Secrétaire chargé des affaires sociales
UESAT
"""
    fname = "Rapport volontaire UESAT - PMM 2021.docx"
    docx = make_docx(["Union des Etudiants et Stagiaires Africains en Tunisie (UESAT)",
                      "Rapport volontaire - Examen regional du Pacte mondial pour les migrations 2021",
                      "1. Enquete aupres de 240 etudiants", "2. Titres de sejour et renouvellement",
                      "3. Logement et discrimination", "4. Recommandations"])
    subj = "Rapport volontaire UESAT"
    body = multi("mixed", [alt(text, "_000_AM6P197MB0412C8E5B1D07F3A92E4C6D1B8AM6P197MB0412EURP_"),
                           attach(DOCX, docx, fname)], "_004_AM6P197MB0412C8E5B1D07F3A92E4C6D1B8AM6P197MB0412EURP_")
    m = mk(when, sent, O365[0], O365[1], "4DbS2Kp9Mtz1", addr("Jean-Baptiste Kaboré", "jb.kabore@etud.univ-tunis.example.tn", enc="Q"),
           subj, M14_ID, body, extra=outlook_hdrs(subj, "AdcCa1Rq8Zx3WnPQe4vL7mT0sY2Hg==", lang="fr-FR", has_attach="yes"))
    add(14, when, m, dict(category="voluntary_report", language="fr", acknowledge=True, on_time=True,
        report_attachments=[fname],
        notes="report as a DOCX whose name has spaces and an ASCII hyphen; sender's signature title is not a speaker "
              "request. The acknowledgement to this student address bounces (h197-15)."))


def m15():
    # French-localised Postfix DSN: our acknowledgement of h197-14, the student mailbox is full
    when = at("2021-02-08 15:33:52")
    text = """Ceci est le logiciel de messagerie de la machine mx1.iom.int.

Je suis desole de vous informer que votre message n'a pas pu etre
delivre a un ou plusieurs destinataires. Il est joint ci-dessous.

Pour obtenir de l'aide, veuillez ecrire a postmaster.

                   Le logiciel de messagerie

<jb.kabore@etud.univ-tunis.example.tn>: host mx.etud.univ-tunis.example.tn[192.0.2.77]
    said: 552 5.2.2 <jb.kabore@etud.univ-tunis.example.tn>: Mailbox full -
    quota exceeded (in reply to RCPT TO command)
"""
    dsn = ("Reporting-MTA: dns; mx1.iom.int\n"
           "X-Postfix-Queue-ID: 4DbS4Tz6Wqz8\n"
           "X-Postfix-Sender: rfc822; gcmrrarabstates@iom.int\n"
           "Arrival-Date: %s\n\n"
           "Final-Recipient: rfc822; jb.kabore@etud.univ-tunis.example.tn\n"
           "Original-Recipient: rfc822;jb.kabore@etud.univ-tunis.example.tn\n"
           "Action: failed\n"
           "Status: 5.2.2\n"
           "Remote-MTA: dns; mx.etud.univ-tunis.example.tn\n"
           "Diagnostic-Code: smtp; 552 5.2.2 <jb.kabore@etud.univ-tunis.example.tn>: Mailbox\n"
           "    full - quota exceeded\n" % rfcdate(when - dt.timedelta(seconds=4), "EET"))
    hdrs = ("Return-Path: <gcmrrarabstates@iom.int>\n"
            "From: GCM Regional Review Arab States <gcmrrarabstates@iom.int>\n"
            "To: jb.kabore@etud.univ-tunis.example.tn\n"
            "Subject: Accuse de reception - Rapport volontaire UESAT\n"
            "Date: %s\n"
            "Message-ID: <ack.4DbS4Tz6Wqz8@gcmrrarabstates.iom.int>\n"
            "In-Reply-To: %s\n" % (rfcdate(when - dt.timedelta(seconds=5)), M14_ID))
    body = dsn_report(text, dsn, hdrs, "4DbS4Tz6Wqz8.1612791232/mx1.iom.int")
    rows = [("Return-Path", "<>"), ("Delivered-To", "gcmrrarabstates@iom.int"),
            ("Received", "by mx1.iom.int (Postfix)\r\n\tid 4DbS5Ac1Hmz3; %s" % rfcdate(when, "EET")),
            ("Date", rfcdate(when, "EET")),
            ("From", "MAILER-DAEMON@mx1.iom.int (Systeme de messagerie)"),
            ("Subject", hdr("Message non délivré", enc="Q")),
            ("To", "gcmrrarabstates@iom.int"),
            ("Auto-Submitted", "auto-replied"),
            ("Message-Id", "<20210208133352.4DbS5Ac1Hmz3@mx1.iom.int>")]
    add(15, when, top(body, rows), dict(category="bounce", language="fr", acknowledge=False, on_time=None,
        notes="French-localised Postfix DSN (5.2.2 mailbox full) for our acknowledgement of h197-14; only the "
              "returned headers, whose In-Reply-To names the report message: a bounce is not part of the "
              "submission (thread_of null, as dev 027/030). Never acknowledge."))


def m16():
    # scout volunteer, late, emojis, iPhone, no title
    when = at("2021-02-09 20:17:45")
    sent = sent_at(when, 1, 7)
    text = """Bonjour 👋😊

Je m'appelle Yasmine Ferhat, je fais partie des Scouts Musulmans Algériens (SMA) depuis que j'ai 10 ans et là je m'occupe d'activités avec des enfants de familles migrantes à Oran.
Je viens juste de voir l'invitation sur Instagram 😅 je sais que la date est passée mais est-ce que je pourrais quand même intervenir en plénière ??? Ça me tiendrait vraiment à cœur 🙏

Merci d'avance !!
Yasmine

Envoyé de mon iPhone
"""
    body = alt(text, "Apple-Mail-6B1E9F24-C35D-4A87-9E02-7F4D1A8C3B95")
    m = mk(when, sent, ICLOUD[0], ICLOUD[1], "4DcH8Lm3Rvz6", addr("Yasmine Ferhat", "yasmine.ferhat@icloud.example.com"),
           hdr("Intervention plénière 🙏", enc="B"), "<E3B71A9D-4C28-4F05-B6E1-9A2D5C8F0B47@icloud.example.com>", body,
           extra=[("X-Mailer", "iPhone Mail (18D52)")])
    add(16, when, m, dict(category="speaker_request", language="fr", acknowledge=True, on_time=False, speakers=[
        sp("Yasmine Ferhat", None, "Scouts Musulmans Algériens (SMA)", ["plenary"])],
        notes="late (9 February) and says so; emojis everywhere; the volunteer proposes herself in prose, gives no "
              "title (her activity with children is a description, not a title: title null, as dev 029); "
              "'à Oran' is a place; acronym beside the movement kept."))


def m17():
    # children's rights coalition: report DOCX + speaker request (late part), details in signature
    when = at("2021-02-10 12:48:30")
    sent = sent_at(when, 3, 6)
    text = """السادة الأفاضل،

تحية طيبة وبعد،

نرفق لكم تقرير التحالف الطوعي حول تنفيذ الاتفاق العالمي من أجل الهجرة فيما يخص الأطفال المتنقلين، وقد شارك في إعداده ١١ منظمة من أعضاء التحالف إضافة إلى مجموعة من الأطفال واليافعين عبر جلسات استماع.

كما أرغب في التقدم بطلب لأكون المقررة التي تعرض الرسائل الرئيسية لأصحاب المصلحة، إن كان ذلك لا يزال ممكناً، علماً أننا تأخرنا في إرسال الطلب بسبب انتظار موافقة الأعضاء على التقرير.

وتقبلوا فائق الاحترام،

هبة الدباغ
منسقة برنامج مشاركة الأطفال
التحالف الوطني لحقوق الطفل
بغداد
"""
    fname = "تقرير التحالف - الاستعراض الطوعي 2021.docx"
    docx = make_docx(["National Coalition for Child Rights - voluntary GCM review 2021",
                      "Children on the move: 11 member organisations",
                      "1. Listening sessions with children and adolescents", "2. Birth registration and documentation",
                      "3. Access to school", "4. Recommendations"])
    body = multi("mixed", [alt(text, "Apple-Mail=_0F3D8A21-6C47-4B9E-A5D2-E81C7B4F9A06"),
                           attach(DOCX, docx, fname)], "Apple-Mail=_2A9C6E13-D58B-4F70-8E41-B3C7D0F2A965")
    m = mk(when, sent, ICLOUD[0], ICLOUD[1], "4DcW1Np5Ksz4", addr("Heba Al-Dabbagh", "heba.dabbagh@icloud.example.com"),
           hdr("تقرير التحالف الوطني لحقوق الطفل + طلب دور المقررة"),
           "<7D4E2B91-3A6C-4F18-95E0-C2B8A1F7D364@icloud.example.com>", body,
           extra=[("X-Mailer", "Apple Mail (2.3654.40.0.2.32)")])
    add(17, when, m, dict(category="both", language="ar", acknowledge=True, on_time=False, speakers=[
        sp("هبة الدباغ", "منسقة برنامج مشاركة الأطفال", "التحالف الوطني لحقوق الطفل", ["rapporteur"])],
        report_attachments=[fname],
        notes="both, received 10 February: the report is on time but the speaker part is late, so on_time is "
              "false; the sender proposes herself, details only in the signature; 'بغداد' on the last line is a "
              "place; collective report; English From display name, Arabic DOCX name (RFC 2231)."))


def m18():
    # thank-you reply to our acknowledgement of h197-06 (the teacher), adds nothing new
    when = at("2021-02-10 17:09:58")
    sent = sent_at(when, 1, 4)
    text = """Merci beaucoup pour votre accusé de réception.
Inès est ravie, nous attendons donc vos instructions pour la suite.

Bonne journée,
S. Trabelsi

----- Mail original -----
De: "GCM Regional Review Arab States" <gcmrrarabstates@iom.int>
À: "Sonia Trabelsi" <sonia.trabelsi@edunet.example.tn>
Envoyé: Mardi 9 Février 2021 16:20:11
Objet: Accusé de réception - Demande d'intervention d'une élève - table ronde n° 3

Madame,

Nous accusons réception de votre demande d'intervention. Le secrétariat reviendra vers vous avec le programme.
"""
    body = leaf("text/plain", text, "utf-8", "quoted-printable")
    m = mk(when, sent, LYCEE_TN[0], LYCEE_TN[1], "4DcX9Hb2Lpz7", addr("Sonia Trabelsi", "sonia.trabelsi@edunet.example.tn"),
           hdr("Re: Accusé de réception - Demande d'intervention d'une élève - table ronde n° 3", enc="Q"),
           "<8b31d6f2-4e9a-47c5-a0b3-1f6e2d9c7a58@edunet.example.tn>", body,
           extra=[("X-Mailer", "Zimbra 8.8.15_GA_4059 (ZimbraWebClient - GC88 (Win)/8.8.15_GA_4059)"),
                  ("In-Reply-To", ACK06_ID), ("References", "%s %s" % (M06_ID, ACK06_ID))])
    add(18, when, m, dict(category="other", language="fr", acknowledge=False, on_time=None, thread_of="h197-06.eml",
        notes="thank-you reply to our acknowledgement of h197-06 (References names it): adds nothing new, so it is "
              "not acknowledged; Zimbra '----- Mail original -----' quote of the acknowledgement."))


def m19():
    # youth volunteer initiative, report PDF with an Arabic file name, Gmail
    when = at("2021-02-11 22:36:14")
    sent = sent_at(when, 1, 5)
    text = """السلام عليكم

مرفق التقرير الطوعي لمبادرة "شباب من أجل التغيير" عن واقع الشباب المهاجرين والعائدين في الجنوب التونسي، كتبناه نحن المتطوعين بعد جولة لقاءات في ٤ ولايات.

إن شاء الله يكون مفيد، وإذا احتجتم أي توضيح نحن بالخدمة.

أسامة الغربي
عن فريق المبادرة
"""
    fname = "تقرير مبادرة شباب من أجل التغيير - الاتفاق العالمي للهجرة.pdf"
    pdf = rep_pdf("Shabab min ajl al-Taghyir initiative - voluntary GCM report", "youth volunteers, southern Tunisia",
                  ["Meetings in 4 governorates", "Returnees and unemployment", "Objective 21: reintegration",
                   "Recommendations"])
    inner = alt(text, "00000000000031b7c205bb1f4e08", html=gmail_html(text, rtl=True), b64=True)
    body = multi("mixed", [inner, attach("application/pdf", pdf, fname)], "00000000000031b7c405bb1f4e0a")
    m = mk(when, sent, GMAIL2[0], GMAIL2[1], "4DdQ3Vx8Jnz5", addr("Oussama Gharbi", "oussama.gharbi.sft@gmail.example.com"),
           hdr("التقرير الطوعي - مبادرة شباب من أجل التغيير"), M19_ID, body)
    add(19, when, m, dict(category="voluntary_report", language="ar", acknowledge=True, on_time=True,
        report_attachments=[fname],
        notes="report by a youth volunteer initiative; long Arabic PDF name (RFC 2231 filename*, RFC 2047 name); "
              "base64 text parts. The sender asks later whether it arrived (h197-23)."))


def m20():
    # a teacher sends the Model UN club's report from her iPhone, no punctuation, lower case
    when = at("2021-02-12 07:52:03")
    sent = sent_at(when, 3, 6)
    t1 = """hi there attached is the report from our model un club at al noor international school the students wrote it themselves over the last month about kids in their class who moved here from other countries i am only sending it for them as they are under 16 and dont have official emails
"""
    t2 = """

thanks so much
nadia (club supervisor)

Sent from my iPhone
"""
    fname = "MUN_club_GCM_report_final.pdf"
    pdf = rep_pdf("Al Noor International School - Model UN Club", "Student report on the GCM, grades 8-10",
                  ["Interviews with classmates", "Language support at school", "What we want adults to change"])
    body = multi("mixed", [leaf("text/plain", t1, "us-ascii", "7bit"), attach("application/pdf", pdf, fname, inline=True),
                           leaf("text/plain", t2, "us-ascii", "7bit")], "Apple-Mail-4C8E1A27-B93D-4F60-A5E2-7D1F3B9C0E48")
    m = mk(when, sent, ICLOUD[0], ICLOUD[1], "4DdZ7Bm4Ctz2", addr("Nadia Farah", "nadia.farah@icloud.example.com"),
           "mun club report", "<F2C8A5D1-7B39-4E06-8A14-D5E9C3B7F260@icloud.example.com>", body,
           extra=[("X-Mailer", "iPhone Mail (18D52)")])
    add(20, when, m, dict(category="voluntary_report", language="en", acknowledge=True, on_time=True,
        report_attachments=[fname],
        notes="a teacher sends a students' report on their behalf; all lower case, no punctuation; iPhone layout "
              "[text, inline PDF, text]: the inline PDF is the report; the supervisor's role in brackets is not a "
              "speaker request."))


def m21():
    # children's parliament: report pasted in an HTML-only body with emojis and headings
    when = at("2021-02-14 12:15:40")
    sent = sent_at(when, 2, 4)
    inner = """<div dir="rtl" style="font-family:Tahoma">
<p>مرحباً 🌷</p>
<p>هذا تقرير برلمان الأطفال في بلدية صيدا عن الاتفاق العالمي للهجرة، كتبناه بكلماتنا نحن الأطفال وساعدتنا المنسقة في الترتيب. ما عنا برنامج PDF فحطيناه هون بالرسالة 😊</p>
<h3>📌 شو عملنا</h3>
<ul><li>حكينا مع ٣٥ ولد وبنت من عائلات سورية وفلسطينية ولبنانية بالمدارس الرسمية</li>
<li>رسمنا خريطة للأماكن اللي بنحس فيها بالأمان</li></ul>
<h3>📌 شو لاحظنا</h3>
<ul><li>كتير ولاد ما عندهم أوراق ثبوتية وما بيقدروا يقدموا الامتحانات الرسمية</li>
<li>في ولاد بيشتغلوا بعد المدرسة لحتى يساعدوا أهلهم</li>
<li>التنمر بسبب اللهجة أو الجنسية</li></ul>
<h3>📌 شو بدنا</h3>
<ol><li>يكون في طريقة سهلة لتسجيل الولادات</li>
<li>كل الأطفال يقدروا يقدموا الامتحانات حتى لو ما عندهم إقامة</li>
<li>حملات ضد التنمر بالمدارس</li></ol>
<p>شكراً لأنكم بتسمعولنا 💛<br>برلمان الأطفال - صيدا</p>
</div>"""
    body = html_only(inner, rtl=True, b64=True, lang="ar", newlines=True)
    m = mk(when, sent, GMAIL3[0], GMAIL3[1], "4DfB5Hn9Yqz1", addr("برلمان الأطفال", "children.parliament.saida@gmail.example.com"),
           hdr("تقرير برلمان الأطفال 🧒👧"), "<CAJ8sV3nT6pM1wLk9ZbR4xQc7Fd2sHe5gUo0iTa3kL@mail.gmail.example.com>", body)
    add(21, when, m, dict(category="voluntary_report", language="ar", acknowledge=True, on_time=True,
        notes="children's parliament report pasted in an HTML-only body (headings, lists, emojis), dialect; they "
              "say they have no PDF: no attachment, so report_attachments is empty; From display name is the group."))


def m22():
    # youth council collective report: main DOCX + PDF annex, Outlook, plus logo decoy
    when = at("2021-02-15 10:40:27")
    sent = sent_at(when, 2, 6)
    text = """Dear colleagues,

On behalf of the Arab Youth Councils Forum, please find attached our collective voluntary GCM review report, endorsed by 9 national and municipal youth councils, together with Annex 1 (results of the online survey of 1,150 young people).

We would be glad to present it at any side event if there is an opportunity.

Best regards,

Tarek Mansour
Policy Officer
Arab Youth Councils Forum (AYCF)
"""
    f1 = "AYCF_Collective_GCM_Review_Report_2021.docx"
    f2 = "AYCF_Annex1_Youth_Survey_Results.pdf"
    docx = make_docx(["Arab Youth Councils Forum (AYCF)", "Collective voluntary GCM review report 2021",
                      "Endorsed by 9 youth councils", "1. Youth participation in migration governance",
                      "2. Skills and recognition of qualifications", "3. Recommendations"])
    pdf = rep_pdf("AYCF - Annex 1: youth survey results", "Online survey, 1,150 respondents",
                  ["Intentions to migrate", "Information sources", "Experiences of return"])
    subj = "AYCF collective voluntary report + annex"
    body = multi("mixed", [alt(text, "_000_AM6P197MB0877D2C4E9A1F3B5A7C6AM6P197MB0877EURP_"),
                           attach(DOCX, docx, f1), attach("application/pdf", pdf, f2)],
                 "_004_AM6P197MB0877D2C4E9A1F3B5A7C6AM6P197MB0877EURP_")
    m = mk(when, sent, O365B[0], O365B[1], "4DfV2Rk6Mwz8", addr("Tarek Mansour", "t.mansour@aycf.example.org"), subj,
           "<AM6P197MB0877D2C4E9A1F3B5A7C6@AM6P197MB0877.EURP197.PROD.OUTLOOK.example.com>", body,
           extra=outlook_hdrs(subj, "AdcDq5Lx2Wn8PTe1vK3mR7sY0Hg4Zw==", has_attach="yes"))
    add(22, when, m, dict(category="voluntary_report", language="en", acknowledge=True, on_time=True,
        report_attachments=[f1, f2],
        notes="collective report of 9 youth councils made of two files (DOCX report + PDF annex), both part of the "
              "report; 'present it at any side event' is not a request for one of the four roles, so not 'both'."))


def m23():
    # follow-up: did you get our report? Gmail reply to h197-19
    when = at("2021-02-15 18:27:50")
    sent = sent_at(when, 1, 5)
    text = """مساء الخير
بس حبيت نتأكد اذا وصلكم التقرير اللي بعتناه الخميس لانو ما وصلنا اي رد 🙏
شكرا

في الخميس، ١١ فبراير ٢٠٢١ في ٩:٣٦ م، كتب Oussama Gharbi <oussama.gharbi.sft@gmail.example.com>:
"""
    quoted = """السلام عليكم

مرفق التقرير الطوعي لمبادرة "شباب من أجل التغيير" عن واقع الشباب المهاجرين والعائدين في الجنوب التونسي، كتبناه نحن المتطوعين بعد جولة لقاءات في ٤ ولايات.

أسامة الغربي
عن فريق المبادرة
"""
    full = text + quote(quoted)
    body = alt(full, "000000000000a4e19305bb6c2d71", html=gmail_html(full, rtl=True))
    m = mk(when, sent, GMAIL2[0], GMAIL2[1], "4DfW8Tn1Bkz6", addr("Oussama Gharbi", "oussama.gharbi.sft@gmail.example.com"),
           re_hdr("Re: ", "التقرير الطوعي - مبادرة شباب من أجل التغيير"),
           "<CAH4nB8vW2tY5rLm9KzP3wXc1Ed6sJf8gUo2iTa0hS@mail.gmail.example.com>", body,
           extra=[("In-Reply-To", M19_ID), ("References", M19_ID)])
    add(23, when, m, dict(category="other", language="ar", acknowledge=True, on_time=None, thread_of="h197-19.eml",
        notes="follow-up asking whether the report of h197-19 arrived (reply to his own message, In-Reply-To set); "
              "the quoted text announces the attachment but nothing is attached now: a question, not a new "
              "submission; Gmail Arabic attribution line."))


def m24():
    # youth volunteers network, late report PDF
    when = at("2021-02-17 09:12:31")
    sent = sent_at(when, 1, 5)
    text = """Madame, Monsieur,

Vous trouverez ci-joint le rapport volontaire du Réseau des Jeunes Volontaires pour la Mobilité (RJVM) relatif à la mise en œuvre du Pacte mondial.

Nous vous prions de bien vouloir excuser ce léger retard : la validation par notre assemblée générale, prévue le 13 février, a dû être reportée au 16 au soir. Nous espérons que le rapport pourra néanmoins être pris en compte.

Cordialement,

Lina Mekki
Chargée de communication – RJVM
"""
    fname = "Rapport_RJVM_PMM_2021.pdf"
    pdf = rep_pdf("Reseau des Jeunes Volontaires pour la Mobilite (RJVM)", "Rapport volontaire PMM 2021",
                  ["Volontariat et mobilite des jeunes", "Visas et echanges", "Recommandations"])
    body = multi("mixed", [alt(text, "----=_Part_51230_1457783214.1613545946120"), attach("application/pdf", pdf, fname)],
                 "----=_Part_51229_2038816425.1613545946119")
    m = mk(when, sent, ORANGE_FR[0], ORANGE_FR[1], "4DgM4Yp7Crz0", addr("Lina Mekki", "lina.mekki@orange.example.fr"),
           hdr("Rapport volontaire RJVM (envoi tardif)", enc="Q"),
           "<2013847765.51231.1613545946121.JavaMail.open-xchange@opme11oxm02nd1.example.fr>", body,
           extra=[("X-Mailer", "Open-Xchange Mailer v7.10.3-Rev34")])
    add(24, when, m, dict(category="voluntary_report", language="fr", acknowledge=True, on_time=False,
        report_attachments=[fname],
        notes="late (17 February 09:12 Beirut time) and says so; the general assembly validated it 'le 16 au "
              "soir', but it was only sent the next morning."))


def main():
    for f in (m01, m02, m03, m04, m05, m06, m07, m08, m09, m10, m11, m12, m13, m14, m15, m16, m17, m18, m19,
              m20, m21, m22, m23, m24):
        f()
    SET.write()


if __name__ == "__main__":
    main()
