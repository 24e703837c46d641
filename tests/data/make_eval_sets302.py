#!/usr/bin/env python3
"""Write the blind evaluation set holdout302 (24 raw .eml messages + labels.json).

Deterministic, standard library only:  python3 tests/data/make_eval_sets302.py
Theme: refugee-led and migrant-led community groups (21 January - 18 February 2021) writing in plain, simple
language, often from a phone or from a shared family address, sometimes through a volunteer coordinator who writes
for the group.  A Sudanese refugee youth group's questions typed on a Samsung phone; a Syrian woman in Irbid writing
in Levantine dialect from her brother's Gmail (and withdrawing two weeks later, her resettlement interview falls on
the consultation day); a workers' collective in Sfax whose secretary-general proposes 'notre président' for 'la
table ronde n° 2' (her iPhone thank-you to our acknowledgement adds nothing); a Bekaa youth network's HTML-only table
of two speakers and, four days later, a correction of one speaker's title in the same thread; a Sudanese women's
initiative in Cairo writing in Sudanese dialect through a volunteer, with the nomination letter attached as a DOCX;
a Congolese-led women's association in Casablanca sending its report and its president for the open discussion;
Yemeni refugees in Amman asking about phones, interpretation and data bundles (Yemeni dialect); a fishermen's youth
union in Nouadhibou listing three speakers from an iPhone; a Guinean women's group in Tangier writing from a
'Famille Diallo' ISO-8859-1 webmail address that states no role (the acknowledgement bounces: mailbox full); Yemeni
refugees in Djibouti at 00:45 their time (23:45 in Beirut, on time) for 'الطاولة المستديرة الثانية'; a London
volunteer writing for Darfuri refugees in Tripoli ten seconds after the speaker deadline; a Mailman list post;
Syrian refugee teachers in Lebanon (windows-1256 Outlook, logo decoy) and their mailbox's autoresponder; Ethiopian
domestic workers in Beirut (cover letter decoy); a Senegalese association in Tunis (ISO-8859-1 Thunderbird, agenda
decoy); a Yemeni initiative in Cairo sending a report with a late speaker; Yemeni families in Bosaso at 00:58 their
time on the report deadline (on time, photo decoy); a Cameroonian women's group in Oujda asking whether photos of a
handwritten report are accepted; and a Domiz camp committee's late report with its annex (CV decoy).
Non-native English and French ('Notre collectif, il est créé', 'we ourself'), Syrian, Sudanese and Yemeni dialect
Arabic ('بدي احكي', 'دايرين', 'با يتكلم', 'ذلحين'), courtesy words ('الأخ', 'الأستاذة', 'M.', 'Mme', 'Ms.'), roles
in words and a role-less request.  Helpers from mailgen.py.
"""
import datetime as dt
from email.header import Header
from email.message import Message

from mailgen import (DOCX, EvalSet, addr, alt, at, attach, esc, flowed, gmail_html, hdr, leaf, make_docx,
                     make_pdf, make_png, mk, multi, re_hdr, rep_pdf, rfcdate, sent_at, sp, std_rows, top, tz)
from mailgen import outlook_html, outlook_rows as outlook
from mailgen import quote_block as gt, ack_id as ack_mid, logo
from mailgen import POL
from email.parser import Parser

SET = EvalSet(302)
add = SET.add
H = "h302-%02d.eml"

TB = "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:78.0) Gecko/20100101 Thunderbird/78.7.1"
IPHONE = "iPhone Mail (18D52)"
APPLE = "Apple Mail (2.3654.60.0.2.21)"
YAHOO = "WebService/1.1.17648 YMailNorrin"
ZOHO = "Zoho Mail"
SQUIRREL = "SquirrelMail/1.4.22"


# ---------------------------------------------------------------- small client imitations
def inner(host, ip, d, qid, domain, auth=True):
    """The sender's own submission Received header and our Authentication-Results."""
    r = ("from [%s] (unknown [%s])\r\n\t%sby %s (Postfix) with ESMTPSA id %s;\r\n\t%s"
         % (ip, ip, "(Authenticated sender: submission)\r\n\t" if auth else "", host, qid, rfcdate(d)))
    return [("Received", r), ("Authentication-Results", "mx1.iom.int;\r\n\tspf=pass smtp.mailfrom=%s" % domain)]


def samsung_html(text):
    lines = "".join('<div dir="auto">%s</div>' % (esc(x) if x else "<br>") for x in text.rstrip("\n").split("\n"))
    return ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"></head><body>'
            '%s</body></html>\n' % lines)


def ymail_html(text, rtl=False):
    d = "rtl" if rtl else "ltr"
    lines = "".join('<div dir="%s">%s</div>' % (d, esc(x) if x else "<br clear=\"none\">")
                    for x in text.rstrip("\n").split("\n"))
    return ('<html><head></head><body><div class="yahoo-style-wrap" style="font-family:Helvetica Neue, Helvetica, '
            'Arial, sans-serif;font-size:16px;">%s</div></body></html>\n' % lines)


def apple_html(text):
    lines = "".join('<div class="">%s</div>' % (esc(x) if x else '<br class="">')
                    for x in text.rstrip("\n").split("\n"))
    return ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body style='
            '"word-wrap: break-word; -webkit-nbsp-mode: space; line-break: after-white-space;" class="">%s'
            '</body></html>\n' % lines)


def zoho_page(inner_html):
    return ('<!DOCTYPE html><html><head><meta content="text/html;charset=UTF-8" http-equiv="Content-Type"></head>'
            '<body ><div style="font-family: Verdana, Arial, Helvetica, sans-serif; font-size: 10pt;">'
            '%s</div><br></body></html>\n' % inner_html)


def jpeg(w, h, rgb):
    """A small JPEG-looking file (JFIF header around PNG bytes): only its name and type matter here."""
    return b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01\x01\x00\x00\x01\x00\x01\x00\x00" + make_png(w, h, rgb) + b"\xff\xd9"


def ack_text(lang, subject, what):
    """Our acknowledgement, as quoted in replies to it (wording invented for this set)."""
    if lang == "fr":
        return ("Madame, Monsieur,\n\nMerci d'avoir écrit au secrétariat de l'Examen régional du Pacte mondial sur "
                "les migrations dans la région arabe. Nous confirmons la bonne réception de votre message « %s » "
                "(%s). Nous reviendrons vers vous pour la suite.\n\nCordialement,\nSecrétariat de l'Examen régional "
                "du PMM – États arabes" % (subject, what))
    if lang == "ar":
        return ("السيدات والسادة الكرام،\n\nشكراً لمراسلتكم أمانة الاستعراض الإقليمي للاتفاق العالمي للهجرة في "
                "المنطقة العربية. نؤكد لكم استلام رسالتكم «%s» (%s)، وسنتواصل معكم بشأن الخطوات التالية.\n\n"
                "مع التحية،\nأمانة الاستعراض الإقليمي - الدول العربية" % (subject, what))
    return ("Dear sender,\n\nThank you for writing to the secretariat of the Regional Review of the Global Compact "
            "for Migration in the Arab region. This is to confirm that we received your message \"%s\" (%s). We "
            "will be in touch about the next steps.\n\nBest regards,\nGCM Regional Review secretariat - Arab States"
            % (subject, what))


# ================================================================ 01  EN  other  Sudanese refugee youth in Cairo: questions from a Samsung phone
def m01():
    when = at("2021-01-21 10:14:33")
    subj = "question about participation - refugee youth group"
    text = """Hello,

I am Mujahid, I write from my phone so sorry for the mistakes. We are a group of young Sudanese refugees in Cairo (Ard al-Liwa area), we are around 40 members. We do football for the kids on Fridays and we help new families to find the UNHCR office, the clinics and the schools. Our group name is Shabab Al-Amal Sudanese Youth. We are not registered like NGO in Egypt, it is very difficult for refugees to register.

A friend from an organisation sent us the invitation for the regional review. We have some questions please:

1- Can a group which is not registered take part and speak, or only the NGOs?
2- If we want to send a report, it must be in English? We can write better in Arabic.
3- Is the meeting online or people must travel? Most of us don't have passport, only the UNHCR card.
4- We have only phones, no laptop. Is it possible to join by phone?

If yes we will choose somebody from the group and send you the name before the 5 February.

Thank you very much and God bless you.
Mujahid



Sent from my Galaxy
"""
    body = alt(text, "--_com.samsung.android.email_1611216869123450", html=samsung_html(text), b64=True)
    m = mk(when, sent_at(when, 2, 12), "smtp.gmail.example.com", "192.0.2.17", "4DLk2Rt81Hz3",
           "Mujahid Osman <shabab.alamal.sd@gmail.example.com>", subj,
           "<k1v3ql6o2x8c-ya9w4e7n0bdd-2m5t8r1j6s0f@email.android.com>", body,
           extra=inner("smtp.gmail.example.com", "203.0.113.41", sent_at(when, 2, 10), "a7sm1204193wrx.18",
                       "gmail.example.com", auth=False))
    add(1, when, m, dict(category="other", language="en", acknowledge=True, on_time=None,
        notes="questions from an unregistered refugee youth group typed on a Samsung phone (non-native English): "
              "may an unregistered group speak, must a report be in English, online or travel, joining by phone. "
              "'take part and speak', 'send a report' and 'we will ... send you the name before the 5 February' "
              "only announce; nobody is proposed (the writer 'Mujahid' is not a speaker) and nothing is attached. "
              "Samsung Email, base64 text+HTML, 'Sent from my Galaxy'."))


# ================================================================ 02  AR  speaker  Syrian woman in Irbid, Levantine dialect, brother's Gmail
M02_ID = "<CAHk7Vw3Rz9qL2mN+d5Tb8Xc1sJ4gFe6yA0@mail.gmail.example.com>"
M02_SUBJ = "بدي احكي بالنقاش المفتوح - مجموعة إيد بإيد"
M02_FROM = "ahmad.alhalabi.irbid@gmail.example.com"
M02_TEXT = """مرحبا،

أنا اسمي سعاد محمود الحلبي، لاجئة سورية ساكنة بإربد من سنة 2013. عم اكتبلكن من إيميل أخي أحمد لأنو ما عندي إيميل لإلي، بس أنا اللي عم اكتب.

نحنا مجموعة صغيرة من الستات السوريات، اسمنا «مجموعة إيد بإيد للنساء السوريات». صرلنا أربع سنين عم نشتغل سوا: منعمل ورشات خياطة، ومنساعد الستات الجداد يطلعوا أوراقهن ويسجلوا ولادهن بالمدارس، ومنحكي مع بعض عن مشاكل الشغل والإيجارات.

وصلتنا الدعوة عن طريق صديقة بتشتغل بمنظمة، وأنا حابة احكي بالنقاش المفتوح يوم 23 شباط، لأنو دايماً المنظمات بتحكي عنا، وبدنا هالمرة نحكي نحنا عن حالنا.

أنا بنسّق شغل المجموعة من 2019، وبحكي عربي بس.

إذا في شي لازم نعبيه أو ورقة لازم نبعتها خبروني عهالإيميل، وإذا ما رديت بيرد عليكن أخي.

شكراً كتير إلكن
سعاد محمود الحلبي
منسقة
مجموعة إيد بإيد للنساء السوريات - إربد
"""


def m02():
    when = at("2021-01-24 20:37:12")
    body = alt(M02_TEXT, "000000000000b27e1a05b9a6d4f3", html=gmail_html(M02_TEXT, rtl=True), b64=True)
    m = mk(when, sent_at(when, 2, 9), "mail-wm1-f47.google.example.com", "192.0.2.147", "4DNz8Kp26Tz5",
           addr("Ahmad Alhalabi", M02_FROM), hdr(M02_SUBJ), M02_ID, body)
    add(2, when, m, dict(category="speaker_request", language="ar", acknowledge=True, on_time=True, speakers=[
        sp("سعاد محمود الحلبي", "منسقة", "مجموعة إيد بإيد للنساء السوريات", ["open_discussion"])],
        notes="Levantine (Syrian) dialect from a shared family address: the From is her brother 'Ahmad Alhalabi' "
              "(Latin script), who is not the speaker ('عم اكتبلكن من إيميل أخي أحمد ... بس أنا اللي عم اكتب'). She "
              "proposes herself in prose ('حابة احكي بالنقاش المفتوح يوم 23 شباط' = open_discussion); title "
              "'منسقة' only in the signature (the prose uses the verb 'بنسّق شغل المجموعة'); '- إربد' is the place, not part of "
              "the group's name; 2013 and 2019 are history. Gmail Android, base64. She withdraws later (h302-16)."))


# ================================================================ 03  FR  speaker  Sfax workers' collective: 'notre président' for 'la table ronde n° 2'
M03_ID = "<DB8P190MB06347A2C9E4F1B35D0@DB8P190MB0634.EURP190.PROD.OUTLOOK.example.com>"
M03_SUBJ = "Proposition d'intervenant - Collectif des travailleurs migrants de Sfax"
M03_QID = "4DPm5Xc42Lz7"
M03_FROM = "CTMSS Sfax <ctmss.sfax@outlook.example.com>"


def m03():
    when = at("2021-01-27 15:52:40")
    text = """Bonjour Madame, Monsieur,

Je m'appelle Aminata Traoré, je suis la secrétaire générale du Collectif des Travailleurs Migrants Subsahariens de Sfax (CTMSS). Notre collectif, il est créé en 2019 par des travailleurs ivoiriens, maliens, camerounais et guinéens qui travaillent dans les chantiers, les usines et l'agriculture autour de Sfax. Nous sommes pas une grande ONG, nous sommes des travailleurs qui s'organisent entre nous.

Le bureau du collectif s'est réuni dimanche et nous avons décidé de proposer notre président, M. Serge Koffi Ahoua, pour prendre la parole à la table ronde n° 2. Il connait très bien les problèmes de nos membres : le travail sans contrat, les passeports gardés par les patrons et les pénalités de séjour que on peut pas payer pour rentrer au pays.

Nous écrivons depuis l'adresse du collectif, vous pouvez nous répondre ici ou sur WhatsApp au +216 20 000 000.

Merci d'avance et bonne journée.

Aminata Traoré
Secrétaire générale du CTMSS

Envoyé à partir de Outlook
"""
    body = alt(text, "_000_DB8P190MB06347A2C9E4F1B35D0DB8P190MB0634EURP_", html=outlook_html(text, lang="FR"))
    m = mk(when, sent_at(when, 1, 6), "EUR05-DB8-obe.outbound.protection.outlook.example.com", "198.51.100.58",
           M03_QID, M03_FROM, M03_SUBJ, M03_ID, body,
           extra=outlook(M03_SUBJ, "AQHW9LkR2zq8Wb1mT0uJc4XnV7s5eA==", lang="fr-FR"))
    add(3, when, m, dict(category="speaker_request", language="fr", acknowledge=True, on_time=True, speakers=[
        sp("Serge Koffi Ahoua", "président", "Collectif des Travailleurs Migrants Subsahariens de Sfax (CTMSS)",
           ["roundtable"], 2)],
        notes="the collective's secretary-general writes for the group from its shared Outlook.com address (display "
              "name 'CTMSS Sfax'); the speaker is only in prose ('proposer notre président, M. Serge Koffi Ahoua, "
              "pour prendre la parole à la table ronde n° 2'): title 'président' from 'notre président', 'M.' "
              "dropped, affiliation from the sender's own introduction (full name with acronym); 'de Sfax' is part "
              "of the name. The writer (Aminata Traoré, secrétaire générale) is not a speaker. Non-native French "
              "('Notre collectif, il est créé', 'que on peut pas'); 2019 is history. Her thank-you to our "
              "acknowledgement follows (h302-05)."))


# ================================================================ 04  EN  speaker  Bekaa youth network: two speakers in an HTML-only table (Zoho)
M04_ID = "<1779f0c2a4b.11c2e8d4f93217.4827301956624013377@bryn-lb.example.org>"
M04_SUBJ = "Speakers from Bridges Refugee Youth Network (BRYN)"
M04_FROM = "Rami Darwish <rami.darwish@bryn-lb.example.org>"
M04_HTML = ("<div>Dear GCM team,<br></div><div><br></div>"
            "<div>We are Bridges Refugee Youth Network (BRYN), a network of 9 Syrian refugee youth groups in the "
            "Bekaa valley in Lebanon. All the groups are run by the refugees themselves. I am the volunteer "
            "coordinator of the network and I write on behalf of the members, because last week they voted for "
            "two persons to represent us.<br></div><div><br></div>"
            "<div>Please find their details below:<br></div><div><br></div>"
            "<table border=\"1\" cellpadding=\"4\" cellspacing=\"0\" style=\"border-collapse: collapse;\"><tbody>"
            "<tr><th>Name</th><th>Position</th><th>Organization</th><th>Role requested</th></tr>"
            "<tr><td>Mr. Omar Khaled Al-Ahmad</td><td>Youth Coordinator</td>"
            "<td>Bridges Refugee Youth Network (BRYN)</td>"
            "<td>Rapporteur (to give the key messages of the stakeholders)</td></tr>"
            "<tr><td>Ms. Nour Hasan Barakat</td><td>Volunteer Teacher</td>"
            "<td>Bridges Refugee Youth Network (BRYN)</td>"
            "<td>Roundtable 3 on education and skills, if possible</td></tr>"
            "</tbody></table><div><br></div>"
            "<div>Both of them speak Arabic and good English. They are refugees themselves and they know very well "
            "the situation of the young people who left school to work.<br></div><div><br></div>"
            "<div>Thank you for giving space to refugee youth.<br></div><div><br></div>"
            "<div>Best regards,<br></div><div>Rami Darwish<br></div>"
            "<div>Volunteer Coordinator, BRYN<br></div><div>Bar Elias, Bekaa - Lebanon<br></div>")


def m04():
    when = at("2021-01-29 11:06:18")
    body = leaf("text/html", zoho_page(M04_HTML), cte="quoted-printable")
    m = mk(when, sent_at(when, 2, 4), "sender4-op-o12.zoho.example.com", "198.51.100.112", "4DRb3Tw67Mz1",
           M04_FROM, M04_SUBJ, M04_ID, body,
           extra=[("X-Priority", "Medium"), ("User-Agent", ZOHO), ("Importance", "Medium")])
    bryn = "Bridges Refugee Youth Network (BRYN)"
    add(4, when, m, dict(category="speaker_request", language="en", acknowledge=True, on_time=True, speakers=[
        sp("Omar Khaled Al-Ahmad", "Youth Coordinator", bryn, ["rapporteur"]),
        sp("Nour Hasan Barakat", "Volunteer Teacher", bryn, ["roundtable"], 3)],
        notes="HTML-only message (no text/plain) from Zoho; two speakers in an HTML table (Name / Position / "
              "Organization / Role requested), 'Mr.'/'Ms.' inside the name cells; 'Rapporteur (to give the key "
              "messages of the stakeholders)' and 'Roundtable 3 on education and skills' (the topic is the "
              "sender's own). The writer, the network's volunteer coordinator, is not a speaker; 'Bekaa - "
              "Lebanon' is a place. Nour's title is corrected four days later in the same thread (h302-07)."))


# ================================================================ 05  FR  other  the Sfax secretary's iPhone thank-you to our acknowledgement of 03
def m05():
    when = at("2021-01-30 08:12:44")
    ack = ack_mid(M03_QID)
    quoted = ack_text("fr", M03_SUBJ, "proposition d'intervenant")
    text = ("Merci beaucoup, bien reçu. Bonne journée à vous.\n\nAminata\n\nEnvoyé de mon iPhone\n\n"
            "> Le 27 janv. 2021 à 14:52, GCM Regional Review Arab States <gcmrrarabstates@iom.int> a écrit :\n>\n"
            + gt(quoted) + "\n")
    body = leaf("text/plain", text, "utf-8", "quoted-printable")
    m = mk(when, sent_at(when, 1, 7), "EUR05-DB8-obe.outbound.protection.outlook.example.com", "198.51.100.58",
           "4DRz1Qp09Kz6", M03_FROM, re_hdr("Re: ", "Accusé de réception - " + M03_SUBJ),
           "<3F2A9C71-5E4B-4D8A-A1C6-7B90E2D3F415@outlook.example.com>", body,
           extra=[("In-Reply-To", ack), ("References", M03_ID + " " + ack), ("X-Mailer", IPHONE)])
    add(5, when, m, dict(category="other", language="fr", acknowledge=False, on_time=None, thread_of=H % 3,
        notes="reply to our acknowledgement of h302-03 that adds nothing ('Merci beaucoup, bien reçu'): no new "
              "acknowledgement; thread_of h302-03 (References name it). The quoted acknowledgement repeats "
              "'Proposition d'intervenant'. iPhone Mail on the collective's Outlook.com account, plain text QP, "
              "Date in UTC+1."))


# ================================================================ 06  AR  speaker  Sudanese women's initiative in Cairo: volunteer writes, DOCX letter attached
M06_LETTER = "خطاب ترشيح - مبادرة أمل.docx"


def m06():
    when = at("2021-02-01 13:25:30")
    subj = "ترشيح رئيسة مبادرة أمل للاجئات السودانيات للحديث في المؤتمر"
    text = """السلام عليكم ورحمة الله،

كيفنكم إن شاء الله تكونوا طيبين. أنا عثمان آدم إسحاق، بشتغل متطوع مع مبادرة أمل للاجئات السودانيات هنا في القاهرة، وبكتب ليكم بالنيابة عن المبادرة عشان ناس المبادرة ما عندهم إيميل ولا لابتوب.

المبادرة دي عملوها نسوان سودانيات لاجئات سنة 2018، وبيساعدوا النسوان الجداد في السكن والعلاج، وبيعملوا فصول محو أمية للبنات. بعد ما قرينا الدعوة اتلمينا، ودايرين رئيستنا تتكلم في الجلسة العامة يوم 24 أو 25 فبراير، عشان صوت اللاجئات ذاتهن يكون موجود.

بياناتها:
الاسم: الأستاذة حواء عبد الله يعقوب
الوظيفة: رئيسة المبادرة
الجهة: مبادرة أمل للاجئات السودانيات - القاهرة

ومرفق ليكم خطاب الترشيح الرسمي من المبادرة، فيهو نفس البيانات وعليهو ختم المبادرة.

لو في أي حاجة ناقصة كلمونا على الرقم ده 0100 000 0000 (واتساب).

وشكراً كتير
عثمان آدم إسحاق
منسق متطوع - مبادرة أمل للاجئات السودانيات
"""
    letter = make_docx(["مبادرة أمل للاجئات السودانيات - القاهرة", "التاريخ: 31 يناير 2021",
                        "إلى: أمانة الاستعراض الإقليمي للاتفاق العالمي للهجرة - المنطقة العربية",
                        "الموضوع: ترشيح متحدثة",
                        "ترشح المبادرة الأستاذة حواء عبد الله يعقوب، رئيسة المبادرة، لتقديم مداخلة في الجلسة العامة "
                        "للمؤتمر الإقليمي (24-25 فبراير 2021).",
                        "ختم المبادرة"])
    a = alt(text, "0000000000004c1f8e05ba3d7b62", html=gmail_html(text, rtl=True), b64=True)
    body = multi("mixed", [a, attach(DOCX, letter, M06_LETTER)], "0000000000004c1f9005ba3d7b64")
    m = mk(when, sent_at(when, 2, 8), "mail-ej1-f53.google.example.com", "192.0.2.53", "4DSy6Vn30Rz2",
           addr("عثمان آدم", "osman.adam.ishaq@gmail.example.com"), hdr(subj),
           "<CAGn4Pq8Tw1Rk6mZ+c3Lh9Vb2sX7dJe5fU0@mail.gmail.example.com>", body)
    add(6, when, m, dict(category="speaker_request", language="ar", acknowledge=True, on_time=True, speakers=[
        sp("حواء عبد الله يعقوب", "رئيسة المبادرة", "مبادرة أمل للاجئات السودانيات", ["plenary"])],
        notes="Sudanese dialect ('كيفنكم', 'عشان', 'دايرين', 'فيهو', 'ذاتهن'); a volunteer writes for the initiative (he is "
              "not a speaker, his 'منسق متطوع' signature is a decoy). Labelled lines in the body with an honorific "
              "inside the name line ('الأستاذة' dropped); '- القاهرة' is the place; 'دايرين رئيستنا تتكلم في الجلسة العامة "
              "يوم 24 أو 25 فبراير' = plenary. The attached DOCX is the nomination letter repeating the same details, not "
              "a report. 2018 is history. Gmail, base64, Arabic DOCX name (RFC 2231 + RFC 2047)."))


# ================================================================ 07  EN  speaker  BRYN: correction of Nour's title in the same thread
def m07():
    when = at("2021-02-02 10:40:05")
    new = ("<div>Dear GCM team,<br></div><div><br></div>"
           "<div>Sorry, I have to correct one thing in my email of last week. I wrote the wrong position for Nour. "
           "She is not a volunteer teacher any more, since January she is leading our education team. The correct "
           "details are:<br></div><div><br></div>"
           "<div>Nour Hasan Barakat - Head of the Education Team - Bridges Refugee Youth Network (BRYN) - "
           "Roundtable 3<br></div><div><br></div>"
           "<div>Nothing else changes.<br></div><div><br></div>"
           "<div>Thank you and sorry for the trouble,<br></div><div>Rami<br></div>")
    quoted = ('<div class="zmail_extra"><br><div id="Zm-_Id_-Sgn1">---- On Fri, 29 Jan 2021 11:06:14 +0200 '
              '<b>Rami Darwish &lt;rami.darwish@bryn-lb.example.org&gt;</b> wrote ----<br></div><br>'
              '<blockquote style="border-left: 1px solid rgb(204, 204, 204); padding-left: 6px; margin: 0px 0px '
              '0px 5px;">' + M04_HTML + '</blockquote></div>')
    body = leaf("text/html", zoho_page(new + quoted), cte="quoted-printable")
    m = mk(when, sent_at(when, 2, 4), "sender4-op-o12.zoho.example.com", "198.51.100.112", "4DTg9Lb52Wz8",
           M04_FROM, "Re: " + M04_SUBJ, "<1775d81e6b2.f4a1c93b12058.2210948374659120834@bryn-lb.example.org>", body,
           extra=[("In-Reply-To", M04_ID), ("References", M04_ID), ("X-Priority", "Medium"),
                  ("User-Agent", ZOHO), ("Importance", "Medium")])
    add(7, when, m, dict(category="speaker_request", language="en", acknowledge=True, on_time=True, speakers=[
        sp("Nour Hasan Barakat", "Head of the Education Team", "Bridges Refugee Youth Network (BRYN)",
           ["roundtable"], 3)],
        thread_of=H % 4,
        notes="correction of one speaker's title as a Zoho reply to h302-04 (In-Reply-To, HTML-only): the new text "
              "restates only Nour, on one dash-separated line with the new title and 'Roundtable 3'; the old title "
              "is still written in the new text ('not a volunteer teacher any more') and in the quoted table, "
              "which also still holds Omar (not restated: 'Nothing else changes'). Acknowledged: it changes the "
              "request."))


# ================================================================ 08  FR  both  Casablanca migrant women's association: report PDF + president for the open discussion
M08_REPORT = "Rapport ALFM - Pacte mondial 2021.pdf"


def m08():
    when = at("2021-02-02 18:15:27")
    subj = "Rapport + demande de parole - Association Lumière des Femmes Migrantes"
    text = """Bonsoir,

Je suis la présidente de l'Association Lumière des Femmes Migrantes (ALFM) à Casablanca. Notre association est créée et dirigée par des femmes migrantes venues du Congo, de Côte d'Ivoire, du Cameroun et de Guinée. Nous accompagnons les femmes enceintes et les mamans seules vers les centres de santé et nous faisons des tontines pour les urgences.

Vous trouverez ci-joint notre rapport volontaire sur le Pacte mondial (PDF). Nous l'avons écrit ensemble pendant trois samedis, avec les témoignages de 25 femmes. J'ai joint aussi notre logo si vous en avez besoin.

Je voudrais aussi prendre la parole moi-même dans la discussion ouverte du 23 février, pour parler de l'accès aux soins des femmes sans papiers.

Merci beaucoup et que Dieu vous bénisse.

Grâce Mbuyi Kalala
Présidente
Association Lumière des Femmes Migrantes (ALFM)
Casablanca – Maroc
WhatsApp : +212 6 00 00 00 00
"""
    pdf = rep_pdf("Rapport volontaire - Association Lumiere des Femmes Migrantes (ALFM)", "Casablanca, Maroc",
                  ["Qui nous sommes", "La sante des femmes enceintes sans papiers", "Les mamans seules et le logement",
                   "Les tontines de solidarite", "Nos recommandations"])
    lg = attach("image/png", make_png(48, 48, (230, 160, 20)), "logo ALFM.png")
    a = alt(text, "000000000000f1a93c05ba5e2d81", html=gmail_html(text))
    body = multi("mixed", [a, attach("application/pdf", pdf, M08_REPORT), lg], "000000000000f1a93e05ba5e2d83")
    m = mk(when, sent_at(when, 1, 9), "mail-wr1-f41.google.example.com", "192.0.2.141", "4DTq2Hc73Nz4",
           addr("Grâce Mbuyi", "grace.mbuyi.alfm@gmail.example.com", enc="Q"), hdr(subj, enc="Q"),
           "<CAK3xRn7Vq2Wm9pL+e1Th6Zc4sB8fGd5jY2@mail.gmail.example.com>", body)
    add(8, when, m, dict(category="both", language="fr", acknowledge=True, on_time=True, speakers=[
        sp("Grâce Mbuyi Kalala", "Présidente", "Association Lumière des Femmes Migrantes (ALFM)",
           ["open_discussion"])],
        report_attachments=[M08_REPORT],
        notes="both, on time (2 February): the report PDF and the president proposing herself ('prendre la parole "
              "moi-même dans la discussion ouverte du 23 février'); her full name only in the signature (the From "
              "name is shorter), 'Casablanca – Maroc' is a place. The attached logo PNG is a decoy, not part of "
              "the report. Gmail, QP, Date in UTC+1."))


# ================================================================ 09  AR  other  Yemeni refugee youth in Amman: logistics questions (Yemeni dialect, Yahoo)
def m09():
    when = at("2021-02-03 12:00:48")
    subj = "استفسار عن المشاركة من التلفون والترجمة"
    text = """السلام عليكم ورحمة الله وبركاته

معكم عبدالله الوصابي من ملتقى الشباب اليمني اللاجئ في عمّان. إحنا مجموعة شباب يمنيين لاجئين هنا في الأردن، ندرّس الأطفال اليمنيين اللي ما قدروا يدخلوا المدارس، ونساعد الأسر في الإيجارات.

شفنا الدعوة حقكم وعندنا كم سؤال قبل ما نقرر:
أولاً: هل نقدر نشارك من التلفون؟ ما عندنا لابتوب والنت حقنا ضعيف، أيش البرنامج اللي با تستخدموه؟
ثانياً: هل في ترجمة للعربي؟ معظم الشباب ما يعرفوش إنجليزي.
ثالثاً: كم مدة الكلمة حق كل متحدث؟ دقيقتين ولا خمس؟
رابعاً: هل تدفعوا تكاليف باقة النت للي يشارك من البيت؟

إن شاء الله با نتشاور مع الشباب وبا نرسل لكم اسم اللي با يتكلم قبل يوم خمسة فبراير.

وجزاكم الله خير
عبدالله الوصابي

Sent from Yahoo Mail on Android
"""
    body = alt(text, "----=_Part_1482207_402836615.1612346443921", html=ymail_html(text, rtl=True), b64=True)
    m = mk(when, sent_at(when, 2, 5), "sonic314-21.consmr.mail.ne1.yahoo.example.com", "198.51.100.214",
           "4DVf8Jk19Qz0", addr("عبدالله الوصابي", "a.alwosabi@yahoo.example.com"), hdr(subj),
           "<1482208705.1612346443922@mail.yahoo.example.com>", body, extra=[("X-Mailer", YAHOO)])
    add(9, when, m, dict(category="other", language="ar", acknowledge=True, on_time=None,
        notes="Yemeni dialect ('حقكم', 'با نرسل', 'ما يعرفوش', 'أيش') logistics questions from a refugee youth "
              "group: joining by phone, Arabic interpretation, length of a speech ('كم مدة الكلمة حق كل متحدث'), "
              "data bundles. 'با نرسل لكم اسم اللي با يتكلم قبل يوم خمسة فبراير' only announces a speaker: nobody "
              "is proposed. Yahoo Mail for Android, base64, English client footer under an Arabic body."))


# ================================================================ 10  FR  speaker  Nouadhibou youth union: three speakers in a dashed list from an iPhone
def m10():
    when = at("2021-02-03 20:10:02")
    subj = "Nos intervenants UJMN"
    text = """Bonjour,

Je suis Mamadou Ba, coordinateur de l'Union des Jeunes Migrants de Nouadhibou (UJMN). Notre union regroupe des jeunes migrants sénégalais, maliens, gambiens et guinéens qui travaillent dans la pêche et au port de Nouadhibou.

Après notre réunion de samedi, le bureau propose 3 intervenants :

- M. Ibrahima Sow, président, pour la plénière
- Mme Fatoumata Keïta, responsable des femmes, pour la discussion ouverte du 23 février
- M. Moussa Diarra, chargé de la communication, pour la table ronde n° 4

Tous les trois sont membres du bureau de l'UJMN. Moi je ne vais pas parler, je fais seulement la coordination.

Merci de nous confirmer.

Mamadou Ba
Coordinateur UJMN
+222 20 00 00 00

Envoyé de mon iPhone
"""
    body = leaf("text/plain", text, "utf-8", "quoted-printable")
    m = mk(when, sent_at(when, 0, 14), "mail-pl1-f170.google.example.com", "192.0.2.170", "4DVx1Fr58Dz3",
           "Mamadou Ba <ujmn.nouadhibou@gmail.example.com>", subj,
           "<8C41E7A2-0B3D-4F96-9E15-D27A6C8B3F04@gmail.example.com>", body, extra=[("X-Mailer", IPHONE)])
    uj = "Union des Jeunes Migrants de Nouadhibou (UJMN)"
    add(10, when, m, dict(category="speaker_request", language="fr", acknowledge=True, on_time=True, speakers=[
        sp("Ibrahima Sow", "président", uj, ["plenary"]),
        sp("Fatoumata Keïta", "responsable des femmes", uj, ["open_discussion"]),
        sp("Moussa Diarra", "chargé de la communication", uj, ["roundtable"], 4)],
        notes="three speakers of a migrant youth union in a dashed list, one role each in words ('pour la "
              "plénière', 'pour la discussion ouverte du 23 février', 'pour la table ronde n° 4'); 'M.'/'Mme' "
              "dropped; the list gives only 'UJMN', the full name with acronym is in the sender's introduction. "
              "The coordinator who writes says he will not speak. iPhone Mail, plain text QP, Date in UTC+0 "
              "(Mauritania)."))


# ================================================================ 11  FR  speaker  Guinean women in Tangier: 'Famille Diallo' ISO-8859-1 webmail, no role stated
M11_SUBJ = "Demande de participation - Association des Femmes Guinéennes de Tanger"
M11_QID = "4DWk7Pz14Bz9"
M11_ID = "<48213.196.200.41.17.1612466312.squirrel@webmail.menara.example.ma>"
M11_ADDR = "famille.diallo@menara.example.ma"


def m11():
    when = at("2021-02-04 21:18:36")
    text = """Bonjour,

Je vous écris de l'adresse de ma famille, c'est la seule que nous avons.

Notre association regroupe des femmes guinéennes qui vivent à Tanger. Nous aidons les femmes qui arrivent pour le logement, l'hôpital et les papiers, et nous avons une caisse de solidarité pour les urgences.

Une amie nous a transmis votre invitation. Nous voulons que la voix des femmes migrantes soit entendue et je souhaite prendre la parole pendant la conférence régionale, si c'est possible. Je parle français, poular et un peu l'arabe.

Merci de me répondre à cette adresse.

Mariama Diallo
Vice-présidente
Association des Femmes Guinéennes de Tanger (AFGT)
Tél. : +212 6 00 00 00 00
"""
    text.encode("iso-8859-1")
    body = leaf("text/plain", text, "iso-8859-1", "quoted-printable")
    m = mk(when, sent_at(when, 1, 4), "webmail.menara.example.ma", "196.200.41.17", M11_QID,
           addr("Famille Diallo", M11_ADDR), hdr(M11_SUBJ, "iso-8859-1", "Q"), M11_ID, body,
           extra=[("User-Agent", SQUIRREL), ("X-Priority", "3 (Normal)"), ("Importance", "Normal")])
    add(11, when, m, dict(category="speaker_request", language="fr", acknowledge=True, on_time=True, speakers=[
        sp("Mariama Diallo", "Vice-présidente", "Association des Femmes Guinéennes de Tanger (AFGT)", [])],
        notes="shared family address (From 'Famille Diallo'); the speaker proposes herself ('je souhaite prendre la "
              "parole pendant la conférence régionale') without naming any role: roles empty, roundtable null. "
              "Name, title and association only in the signature; 'de Tanger' is part of the name (acronym AFGT). "
              "SquirrelMail, text/plain ISO-8859-1 QP, RFC 2047 Q subject. Our acknowledgement to this address "
              "bounces (mailbox full, h302-12)."))


# ================================================================ 12  EN  bounce  Exim DSN: our acknowledgement of 11 to the family mailbox (full)
def m12():
    when = at("2021-02-04 21:19:15")
    ack = ack_mid(M11_QID)
    ack_date = tz(when - dt.timedelta(seconds=33), 2)
    notice = """This message was created automatically by mail delivery software.

A message that you sent could not be delivered to one or more of its
recipients. This is a permanent error. The following address(es) failed:

  famille.diallo@menara.example.ma
    mailbox is full: quota exceeded (552 5.2.2 Mailbox full)
"""
    p1 = leaf("text/plain", notice, "us-ascii", "7bit")
    p2 = Message(policy=POL)
    p2["Content-Type"] = "message/delivery-status"
    for block in ("Reporting-MTA: dns; mx2.menara.example.ma\n",
                  "Action: failed\nFinal-Recipient: rfc822;%s\nStatus: 5.2.2\n" % M11_ADDR):
        p2.attach(Parser(policy=POL).parsestr(block + "\n", headersonly=True))
    ack_subj = Header("Accusé de réception - " + M11_SUBJ, "utf-8").encode()
    returned = ("Return-path: <gcmrrarabstates@iom.int>\n"
                "Received: from mx1.iom.int ([198.51.100.1])\n"
                "\tby mx2.menara.example.ma with esmtps (TLS1.2:ECDHE_RSA_AES_256_GCM_SHA384:256)\n"
                "\t(Exim 4.92)\n\t(envelope-from <gcmrrarabstates@iom.int>)\n\tid 1l7lTy-0003Rb-9W\n"
                "\tfor %s; %s\n"
                "From: GCM Regional Review Arab States <gcmrrarabstates@iom.int>\n"
                "To: Famille Diallo <%s>\n"
                "Subject: %s\n"
                "Date: %s\n"
                "Message-ID: %s\n"
                "In-Reply-To: %s\n"
                "References: %s\n"
                "Auto-Submitted: auto-replied\n"
                % (M11_ADDR, rfcdate(tz(ack_date, 1)), M11_ADDR, ack_subj,
                   rfcdate(ack_date), ack, M11_ID, M11_ID))
    p3 = leaf("text/rfc822-headers", returned, "us-ascii", "7bit")
    body = multi("report", [p1, p2, p3], "1612466353-eximdsn-846930886", params=[("report-type", "delivery-status")])
    rows = std_rows(when, "mx2.menara.example.ma", "196.200.40.12", "4DWk8Mv63Rz1",
                    "Mail Delivery System <Mailer-Daemon@mx2.menara.example.ma>",
                    "Mail delivery failed: returning message to sender", rfcdate(sent_at(when, 1, 2)),
                    "<E1l7lUb-0003Ry-4K@mx2.menara.example.ma>",
                    extra=[("Received", "from Debian-exim by mx2.menara.example.ma with local (Exim 4.92)\r\n"
                                        "\tid 1l7lUb-0003Ry-4K\r\n\tfor gcmrrarabstates@iom.int; %s"
                            % rfcdate(sent_at(when, 1, 2))),
                           ("X-Failed-Recipients", M11_ADDR), ("Auto-Submitted", "auto-replied")], ret="")
    rows = [(k, "<>" if k == "Return-Path" else v) for k, v in rows]
    rows += [("References", ack)]
    add(12, when, top(body, rows), dict(category="bounce", language="en", acknowledge=False, on_time=None,
        notes="Exim DSN (multipart/report, 5.2.2 mailbox full, X-Failed-Recipients) from the family's ISP for our "
              "acknowledgement of h302-11: the shared family mailbox is full. The returned headers carry the "
              "French acknowledgement subject (RFC 2047) and h302-11's Message-ID; the human part is English. "
              "Never acknowledge; thread_of null as for dev bounces."))


# ================================================================ 13  AR  speaker  Yemeni refugees in Djibouti: 00:45 their time = 23:45 in Beirut (on time)
def m13():
    when = at("2021-02-05 23:45:14")
    subj = "طلب مشاركة - رابطة اللاجئين اليمنيين"
    text = """السلام عليكم

نعتذر منكم على التأخير، الساعة عندنا ذلحين وحدة إلا ربع بعد نص الليل، والنت في المخيم ما اشتغل إلا ذلحين. نعرف إن آخر يوم كان الجمعة، وإن شاء الله تقبلوا طلبنا.

إحنا رابطة صغيرة يديرها لاجئين يمنيين في مخيم مركزي في أوبوك بجيبوتي. اتفقنا في الرابطة إن اللي با يتكلم باسمنا هو الأخ:

الاسم: عبدالرحمن صالح باوزير
الصفة: مسؤول لجنة التعليم
الجهة: رابطة اللاجئين اليمنيين
المشاركة: الطاولة المستديرة الثانية

عبدالرحمن كان مدرّس في عدن قبل الحرب، وذلحين يدرّس أطفال المخيم.

أنا فؤاد سالم الحضرمي، أمين سر الرابطة، وأكتب لكم من تلفوني.

مع الشكر
"""
    body = alt(text, "00000000000093d7b205ba9f4e16", html=gmail_html(text, rtl=True), b64=True)
    m = mk(when, sent_at(when, 3, 4), "mail-lj1-f180.google.example.com", "192.0.2.180", "4DXb5Gs21Cz6",
           addr("فؤاد الحضرمي", "fuad.alhadrami.obock@gmail.example.com"), hdr(subj),
           "<CAN8yQt2Wr5Lk9mP+b4Vc7Hx1sD6gFe3jZ8@mail.gmail.example.com>", body)
    add(13, when, m, dict(category="speaker_request", language="ar", acknowledge=True, on_time=True, speakers=[
        sp("عبدالرحمن صالح باوزير", "مسؤول لجنة التعليم", "رابطة اللاجئين اليمنيين", ["roundtable"], 2)],
        notes="deadline edge: the Date header is Sat, 6 Feb 2021 00:45:10 +0300 (Djibouti) and the sender apologises "
              "for being late ('بعد نص الليل'), but the server received it at 23:45 on Friday 5 February Beirut "
              "time: on time. Yemeni dialect ('ذلحين', 'با يتكلم'); the courtesy 'الأخ' before the labelled lines "
              "is not part of the name; 'الطاولة المستديرة الثانية' = roundtable 2; the secretary who writes from "
              "his phone is not a speaker; the camp and Aden are places. Gmail Android, base64."))


# ================================================================ 14  EN  speaker  London volunteer for Darfuri refugees in Tripoli: 10 seconds late
def m14():
    when = at("2021-02-06 00:00:09")
    subj = "Speaker nomination - Darfur Refugees Community Association (DRCA)"
    text = """Dear GCM Regional Review Secretariat,

I am a Sudanese volunteer living in London and I help the Darfur Refugees Community Association (DRCA) with their English correspondence. DRCA is a self-help group run by Darfuri refugees in Tripoli, Libya; most of its members work as daily labourers and many of them have been in detention at some point.

The association's committee met by phone this evening and asked me to send you the name of their speaker. They would like to propose:

Ishaq Adam Abakar, Secretary for Community Affairs, Darfur Refugees Community Association (DRCA), to serve as rapporteur for the stakeholders' key messages.

Mr. Abakar speaks Arabic and some English. He would join online from Tripoli, as members of the association cannot travel.

It is nearly 10 pm here in London, so I hope this reaches you just before midnight in Beirut. Apologies for the last-minute message: the committee could only meet tonight.

With best wishes,

Dr. Yasir El-Tayeb
Volunteer, on behalf of DRCA
London, UK
"""
    a = alt(text, "Apple-Mail=_6E2B8F41-3A9C-4D07-B1E5-9C2F7A0D4B83", html=apple_html(text))
    m = mk(when, sent_at(when, 0, 11), "smtp.btinternet.example.com", "198.51.100.86", "4DXc0Wt48Kz2",
           "Yasir El-Tayeb <yasir.eltayeb@btinternet.example.com>", subj,
           "<5D0F9B2E-71C4-4A3B-8E6F-A2C91D47E305@btinternet.example.com>", a,
           extra=inner("smtp.btinternet.example.com", "203.0.113.77", sent_at(when, 0, 10), "2B41E2C0A1",
                       "btinternet.example.com") + [("X-Mailer", APPLE)])
    add(14, when, m, dict(category="speaker_request", language="en", acknowledge=True, on_time=False, speakers=[
        sp("Ishaq Adam Abakar", "Secretary for Community Affairs", "Darfur Refugees Community Association (DRCA)",
           ["rapporteur"])],
        notes="deadline edge, late by 10 seconds: Date Fri, 5 Feb 2021 21:59:58 +0000 (London) and the writer hopes "
              "it arrives 'just before midnight in Beirut', but the server received it at 00:00:09 on Saturday 6 "
              "February Beirut time. A diaspora volunteer ('Dr.' in his signature; not a speaker) writes for a "
              "refugee group; the speaker on one line in apposition ('Name, Title, Association (DRCA), to serve "
              "as rapporteur for the stakeholders' key messages'); 'Mr. Abakar' later. Apple Mail, QP."))


# ================================================================ 15  FR  other (list)  Mailman post to a network of migrant associations
def m15():
    when = at("2021-02-08 09:20:51")
    lst = "migrants-maghreb@lists.example.org"
    subj = "[Migrants-Maghreb] Examen régional du PMM : les rapports jusqu'au 16 février"
    text = """Bonjour à tous et à toutes,

Petit rappel pour les associations de migrants du réseau : l'Examen régional du Pacte mondial pour les migrations dans la région arabe aura lieu les 24 et 25 février, avec une consultation des parties prenantes le 23 février.

- La date pour proposer des intervenants est passée (5 février).
- Mais on peut encore envoyer un rapport volontaire jusqu'au 16 février à l'adresse gcmrrarabstates@iom.int. Même un rapport court de 2 ou 3 pages en français, c'est possible.

Si vous avez besoin d'aide pour écrire votre rapport, on peut se voir samedi au local de Rabat à 15h.

Bon courage à tous,
Ousmane
_______________________________________________
Migrants-Maghreb mailing list
Migrants-Maghreb@lists.example.org
https://lists.example.org/mailman/listinfo/migrants-maghreb
"""
    body = leaf("text/plain", text, "utf-8", "quoted-printable")
    rows = std_rows(when, "lists.example.org", "198.51.100.9", "4DYn3Qk70Pz5", "Ousmane Cisse <o.cisse@example.net>",
                    hdr(subj, enc="Q"), rfcdate(sent_at(when, 0, 25)), "<60210a4f.1c69fb81.3e2d.7b11@example.net>",
                    to=lst, ret="migrants-maghreb-bounces+gcmrrarabstates=iom.int@lists.example.org")
    rows += [("X-BeenThere", lst), ("X-Mailman-Version", "2.1.29"), ("Precedence", "list"),
             ("List-Id", "Reseau des associations de migrants au Maghreb <migrants-maghreb.lists.example.org>"),
             ("List-Unsubscribe", "<https://lists.example.org/mailman/options/migrants-maghreb>,\r\n "
                                  "<mailto:migrants-maghreb-request@lists.example.org?subject=unsubscribe>"),
             ("List-Archive", "<https://lists.example.org/pipermail/migrants-maghreb/>"),
             ("List-Post", "<mailto:migrants-maghreb@lists.example.org>"),
             ("List-Help", "<mailto:migrants-maghreb-request@lists.example.org?subject=help>"),
             ("Errors-To", "migrants-maghreb-bounces+gcmrrarabstates=iom.int@lists.example.org"),
             ("Sender", '"Migrants-Maghreb" <migrants-maghreb-bounces+gcmrrarabstates=iom.int@lists.example.org>')]
    add(15, when, top(body, rows), dict(category="other", language="fr", acknowledge=False, on_time=None,
        notes="Mailman list post (List-Id, Precedence: list, Sender/Errors-To -bounces, list footer) reaching the "
              "review address as a subscriber: it names the review address, both deadlines, 'intervenants' and "
              "'rapport volontaire', but it is list mail addressed to the list, neither a submission nor a "
              "question to us: never acknowledge."))


# ================================================================ 16  AR  other  the Irbid coordinator withdraws (resettlement interview), reply to 02
def m16():
    when = at("2021-02-09 16:44:02")
    text = """مرحبا مرة تانية،

أنا سعاد الحلبي، كنت بعتتلكن إني بدي احكي بالنقاش المفتوح. للأسف ما رح قدر شارك، لأنو إجاني موعد مقابلة إعادة التوطين بالمفوضية بنفس اليوم، 23 شباط، وما بقدر أأجلها أبداً.

لهيك بدي الغي طلبي، والمجموعة ما رح تبعت حدا تاني هالمرة.

بعتذر كتير وشكراً على تفهمكن.
سعاد

في الأحد، 24 يناير 2021 في 8:37 م، كتب Ahmad Alhalabi <%s>:

""" % M02_FROM + gt(M02_TEXT) + "\n"
    body = alt(text, "000000000000c64e2b05bae7a1d9", html=gmail_html(text, rtl=True), b64=True)
    m = mk(when, sent_at(when, 2, 7), "mail-wm1-f43.google.example.com", "192.0.2.143", "4DZt6Lc81Vz7",
           addr("Ahmad Alhalabi", M02_FROM), re_hdr("Re: ", M02_SUBJ),
           "<CAHk7Vw9Tq4pN8mR+f2Lc5Xb3sJ7gHe1yD6@mail.gmail.example.com>", body,
           extra=[("In-Reply-To", M02_ID), ("References", M02_ID)])
    add(16, when, m, dict(category="other", language="ar", acknowledge=True, on_time=None, thread_of=H % 2,
        notes="withdrawal in Levantine dialect as a Gmail reply to h302-02 (In-Reply-To): 'بدي الغي طلبي' and "
              "'المجموعة ما رح تبعت حدا تاني' - no new speaker; the quoted original still holds her name, title "
              "and 'النقاش المفتوح'. A person's message that changes the request: acknowledged; thread_of "
              "h302-02. Same shared family address (brother's name in From)."))


# ================================================================ 17  AR  report  Syrian refugee teachers in Lebanon: windows-1256 Outlook, logo decoy
M17_ID = "<000601d6ff6b$3a8e41c0$afb2c540$@syrian-teachers-lb.example.org>"
M17_SUBJ = "التقرير الطوعي لرابطة المعلمين السوريين - الاتفاق العالمي للهجرة"
M17_QID = "4F0Kp57Rtz3"
M17_ADDR = "info@syrian-teachers-lb.example.org"
M17_REPORT = "STLL_GCM_Voluntary_Report_2021.pdf"


def m17():
    when = at("2021-02-10 11:30:40")
    text = """السادة أمانة الاستعراض الإقليمي للاتفاق العالمي للهجرة المحترمين،

تحية طيبة وبعد،

نرفق لكم التقرير الطوعي لرابطة المعلمين السوريين في لبنان حول تنفيذ الاتفاق العالمي من أجل الهجرة الآمنة والمنظمة والنظامية. الرابطة مجموعة يديرها معلمون ومعلمات سوريون لاجئون، وتعمل منذ عام 2016 على تعليم الأطفال السوريين غير الملتحقين بالمدارس في البقاع والشمال.

يتناول التقرير ثلاثة محاور: التعليم غير النظامي للأطفال اللاجئين، وصعوبة حصول المعلمين اللاجئين على عمل قانوني، وأثر إغلاق المدارس بسبب كورونا على الأطفال الذين لا يملكون هواتف.

أعدّ التقرير فريق من سبعة معلمين متطوعين بعد لقاءات مع أكثر من 60 أسرة.

مع الشكر والتقدير،
لجنة التواصل
رابطة المعلمين السوريين في لبنان
"""
    cs = "windows-1256"
    text.encode(cs)
    cid = "image001.png@01D6FF7C.4B9D2A10"
    paras = "".join('<p class=MsoNormal dir=RTL><span lang=AR-SA>%s</span></p>' % esc(p).replace("\n", "<br>\n")
                    for p in text.strip("\n").split("\n\n"))
    html = ('<html dir=rtl xmlns:o="urn:schemas-microsoft-com:office:office"><head><meta http-equiv=Content-Type '
            'content="text/html; charset=windows-1256"></head><body lang=EN-US dir=RTL><div class=WordSection1>'
            '%s<p class=MsoNormal dir=RTL><img width=96 height=48 src="cid:%s"></p></div></body></html>\n'
            % (paras, cid))
    a = multi("alternative", [leaf("text/plain", text, cs), leaf("text/html", html, cs)],
              "----=_NextPart_001_0007_01D6FF7C.3A8E41C0")
    rel = multi("related", [a, logo(cid, (20, 100, 60))], "----=_NextPart_000_0006_01D6FF7C.3A8E41C0",
                params=[("type", '"multipart/alternative"')])
    pdf = rep_pdf("Voluntary GCM review report - Syrian Teachers League in Lebanon", "Bekaa and North Lebanon",
                  ["Non-formal education for refugee children", "Refugee teachers and legal work",
                   "School closures, COVID-19 and children without phones", "Recommendations"])
    body = multi("mixed", [rel, attach("application/pdf", pdf, M17_REPORT)], "----=_NextPart_000_0005_01D6FF7C.3A8E41C0")
    m = mk(when, sent_at(when, 2, 9), "mail.syrian-teachers-lb.example.org", "198.51.100.171", M17_QID,
           addr("رابطة المعلمين السوريين", M17_ADDR, cs), hdr(M17_SUBJ, cs), M17_ID, body,
           extra=inner("mail.syrian-teachers-lb.example.org", "203.0.113.171", sent_at(when, 2, 8), "9C3D1B40E7",
                       "syrian-teachers-lb.example.org")
           + [("X-Mailer", "Microsoft Outlook 16.0"), ("Thread-Index", "AQHXAJ4k3mZ8Lq1pTzyR7vW2nB5cYA=="),
              ("Content-Language", "ar-lb")])
    add(17, when, m, dict(category="voluntary_report", language="ar", acknowledge=True, on_time=True,
        report_attachments=[M17_REPORT],
        notes="refugee-led teachers' group sends its report (MSA) from its info@ mailbox; Outlook desktop with "
              "windows-1256 text and HTML (QP) and windows-1256 RFC 2047 subject and display name; multipart/mixed "
              "> multipart/related (inline signature logo image001.png, a decoy) > alternative, then the PDF. "
              "'لجنة التواصل' signs; 2016 and 60 families are not event data. The mailbox's autoresponder answers "
              "our acknowledgement (h302-18)."))


# ================================================================ 18  AR  auto_reply  the teachers' info@ autoresponder on our acknowledgement of 17
def m18():
    when = at("2021-02-10 11:31:12")
    ack = ack_mid(M17_QID)
    text = """شكراً لتواصلكم مع رابطة المعلمين السوريين في لبنان.

هذا رد آلي. وصلتنا رسالتكم، وسيرد عليكم أحد أعضاء لجنة التواصل خلال ثلاثة أيام عمل.

للتسجيل في صفوف الدعم المدرسي يرجى التواصل مع الأستاذة هبة الخطيب، مسؤولة التسجيل، على الرقم 03 000 000 (واتساب).

Thank you for contacting the Syrian Teachers League in Lebanon. This is an automatic reply: a member of our communication committee will answer within three working days.
"""
    body = leaf("text/plain", text, "utf-8", "base64")
    subj = hdr("رد آلي: إشعار استلام - " + M17_SUBJ)
    rows = std_rows(when, "mail.syrian-teachers-lb.example.org", "198.51.100.171", "4F0Kq02Wfz8",
                    addr("رابطة المعلمين السوريين", M17_ADDR), subj, rfcdate(sent_at(when, 2, 2)),
                    "<autoreply.1612949470.28841@mail.syrian-teachers-lb.example.org>",
                    extra=[("Auto-Submitted", "auto-replied"), ("X-Autorespond", M17_ADDR)], ret="")
    rows = [(k, "<>" if k == "Return-Path" else v) for k, v in rows]
    rows += [("In-Reply-To", ack), ("References", M17_ID + " " + ack)]
    add(18, when, top(body, rows), dict(category="auto_reply", language="ar", acknowledge=False, on_time=None,
        notes="the group's info@ autoresponder answering our acknowledgement of h302-17 32 seconds later "
              "(Auto-Submitted: auto-replied, X-Autorespond, null Return-Path, 'رد آلي:' before our subject; "
              "References name h302-17): bilingual, reads like a person's thank-you and names a teacher with her "
              "title ('الأستاذة هبة الخطيب، مسؤولة التسجيل'), which is not a proposal. Never acknowledge; thread_of "
              "null as for dev auto-replies."))


# ================================================================ 19  EN  report  Ethiopian domestic workers in Beirut: DOCX report + signed cover letter (decoy)
M19_REPORT = "Tesfa group - GCM voluntary report.docx"
M19_COVER = "Cover letter Tesfa.pdf"


def m19():
    when = at("2021-02-11 14:05:09")
    subj = "Voluntary report from Tesfa Ethiopian women workers"
    text = """Dear Sir / Madam,

Hello from Beirut. We are Tesfa, a group of Ethiopian women domestic workers in Lebanon. We meet every Sunday in a church hall because it is our only free day. The group is run by the workers ourself, we have no office and no staff.

With the help of a volunteer we wrote our voluntary report for the GCM review. It is attached (Word file). It tells about the kafala system, the women who were left in the street by their employers after the explosion and the economic crisis, and the women who want to go home but have no passport and no money for the ticket.

I attached also our cover letter signed by the group committee.

Please tell us if you receive it, because our internet is not good.

Thank you,
Tigist Alemu
Coordinator, Tesfa Ethiopian Women Workers Group
Beirut, Lebanon
"""
    doc = make_docx(["Tesfa Ethiopian Women Workers Group - Beirut",
                     "Voluntary GCM review report - February 2021",
                     "1. Who we are", "2. The kafala system and our work",
                     "3. Women left in the street after August 2020", "4. Going home: passports and tickets",
                     "5. What we ask"])
    cover = make_pdf(["Tesfa Ethiopian Women Workers Group", "Beirut, 10 February 2021",
                      "To the GCM Regional Review secretariat", "We send you our voluntary report.",
                      "Signed: the group committee"])
    a = alt(text, "0000000000007be24d05bb10c3a6", html=gmail_html(text))
    body = multi("mixed", [a, attach("application/pdf", cover, M19_COVER), attach(DOCX, doc, M19_REPORT)],
                 "0000000000007be24f05bb10c3a8")
    m = mk(when, sent_at(when, 2, 8), "mail-ed1-f66.google.example.com", "192.0.2.66", "4F1Rn38Hcz1",
           "Tigist Alemu <tesfa.group.beirut@gmail.example.com>", subj,
           "<CAD2vLs6Qw9Tm3pK+g8Rb1Xz5sF4hJe7cW1@mail.gmail.example.com>", body)
    add(19, when, m, dict(category="voluntary_report", language="en", acknowledge=True, on_time=True,
        report_attachments=[M19_REPORT],
        notes="migrant domestic workers' group, non-native English ('run by the workers ourself'); two attachments: "
              "the signed cover letter PDF (first) is a decoy, the DOCX is the report. The explosion and August 2020 "
              "are history; 'Please tell us if you receive it' does not change the category. Gmail, QP."))


# ================================================================ 20  FR  report  Senegalese association in Tunis: ISO-8859-1 Thunderbird, agenda decoy
M20_REPORT = "Rapport_ATST_PMM_2021.pdf"
M20_AGENDA = "Ordre_du_jour_AG_30-01-2021.pdf"


def m20():
    when = at("2021-02-12 19:22:35")
    subj = "Rapport volontaire ATST - Examen régional du Pacte mondial"
    text = """Bonjour,

Au nom de l'Association Teranga des Sénégalais de Tunis (ATST), je vous envoie notre rapport volontaire pour l'Examen régional du Pacte mondial pour les migrations.

Notre association est gérée par des migrants sénégalais eux-mêmes : des étudiants, des commerçants et des travailleurs. Le rapport parle des étudiants qui perdent leur titre de séjour, de l'accès aux soins et des difficultés pour envoyer de l'argent à la famille.

Le rapport a été adopté par notre assemblée générale du 30 janvier. Je mets aussi en pièce jointe l'ordre du jour de cette assemblée, pour information.

Fichiers joints :
- Rapport_ATST_PMM_2021.pdf
- Ordre_du_jour_AG_30-01-2021.pdf

Cordialement,

Cheikh Ndiaye
Secrétaire général de l'ATST
Tunis
"""
    text.encode("iso-8859-1")
    pdf = rep_pdf("Rapport volontaire - Association Teranga des Senegalais de Tunis (ATST)", "Tunis, Tunisie",
                  ["Les etudiants et le titre de sejour", "L'acces aux soins", "Envoyer de l'argent a la famille",
                   "Recommandations"])
    agenda = make_pdf(["ATST - Assemblee generale du 30 janvier 2021", "Ordre du jour",
                       "1. Rapport moral et financier", "2. Adoption du rapport volontaire PMM",
                       "3. Election du bureau", "4. Divers"])
    t = leaf("text/plain", flowed(text), "iso-8859-1", "quoted-printable", params=[("format", "flowed")])
    body = multi("mixed", [t, attach("application/pdf", pdf, M20_REPORT), attach("application/pdf", agenda, M20_AGENDA)],
                 "------------A3E1C9F07B2D64E8510C9A7F")
    m = mk(when, sent_at(when, 1, 6), "smtp.topnet.example.tn", "197.0.0.88", "4F2Hd74Lmz0",
           "Cheikh Ndiaye <atst.tunis@topnet.example.tn>", hdr(subj, "iso-8859-1", "Q"),
           "<b7e3f21a-58c4-9d0e-a6b1-4c2f8e7d3a90@topnet.example.tn>", body,
           extra=inner("smtp.topnet.example.tn", "203.0.113.88", sent_at(when, 1, 5), "3F8A21C9D4", "topnet.example.tn")
           + [("User-Agent", TB), ("Content-Language", "fr")])
    add(20, when, m, dict(category="voluntary_report", language="fr", acknowledge=True, on_time=True,
        report_attachments=[M20_REPORT],
        notes="migrant-led association's report; Thunderbird text/plain ISO-8859-1 format=flowed QP, RFC 2047 "
              "ISO-8859-1 subject. Two PDFs listed by name in the body: the report and the agenda of the general "
              "assembly that adopted it (a decoy). 30 January is history."))


# ================================================================ 21  EN  both  Yemeni initiative in Cairo: report on time, speaker part late (14 February)
M21_REPORT = "SYRI voluntary GCM report 2021.pdf"


def m21():
    when = at("2021-02-14 10:12:57")
    subj = "Voluntary report and speaker - Sanad Yemeni Refugee Initiative"
    text = """Dear GCM team,

Good morning. I am writing on behalf of Sanad Yemeni Refugee Initiative (SYRI), a group of Yemeni refugee families in Cairo who help each other with medical cases, school fees and UNHCR appointments. Everything is done by volunteers from the community.

1) Our voluntary report is attached (PDF, 6 pages). We collected the stories of 34 families for it.

2) We also want to ask if our founder can speak in the plenary. His name is Mr. Nabil Abdo Saif, Founder and Chairperson of SYRI. We know the date for speakers was 5 February, we were late because we finished the report only this week, but we hope you can still consider him.

Thank you for your understanding.

Maha Al-Shamiri
Volunteer Coordinator
Sanad Yemeni Refugee Initiative (SYRI)
Cairo, Egypt
"""
    pdf = rep_pdf("Voluntary GCM review report - Sanad Yemeni Refugee Initiative (SYRI)", "Cairo, Egypt",
                  ["Yemeni refugee families in Cairo", "Medical cases and school fees", "Registration with UNHCR",
                   "Stories of 34 families", "Recommendations"])
    a = alt(text, "000000000000a5c81f05bb4d92e7", html=gmail_html(text))
    body = multi("mixed", [a, attach("application/pdf", pdf, M21_REPORT)], "000000000000a5c82105bb4d92e9")
    m = mk(when, sent_at(when, 2, 9), "mail-wr1-f52.google.example.com", "192.0.2.152", "4F3Qm19Xbz6",
           "Maha Al-Shamiri <sanad.yemeni.cairo@gmail.example.com>", subj,
           "<CAF5rTp3Wx8Nk2mL+h7Qd4Vb9sC1gJe6zM3@mail.gmail.example.com>", body)
    add(21, when, m, dict(category="both", language="en", acknowledge=True, on_time=False, speakers=[
        sp("Nabil Abdo Saif", "Founder and Chairperson", "Sanad Yemeni Refugee Initiative (SYRI)", ["plenary"])],
        report_attachments=[M21_REPORT],
        notes="both on 14 February: the report is on time but the speaker part is late (the sender says so), so "
              "on_time false. Numbered points; speaker in prose ('our founder can speak in the plenary. His name "
              "is Mr. Nabil Abdo Saif, Founder and Chairperson of SYRI'): 'Mr.' dropped, affiliation in full from "
              "the introduction/signature; the volunteer coordinator who writes is not a speaker. Gmail, QP."))


# ================================================================ 22  AR  report  Yemeni families in Bosaso: 00:58 their time on the report deadline (on time)
M22_REPORT = "تقرير التجمع.pdf"
M22_PHOTO = "IMG_0412.JPG"


def m22():
    when = at("2021-02-16 23:58:41")
    subj = "تقرير تجمع الأسر اليمنية"
    t1 = """السلام عليكم

مرفق تقرير تجمع الأسر اليمنية في بوصاصو، ومعه صورة من اجتماع الأسر. تأخرنا لأن الكهرباء كانت طافية من العصر وما رجعت إلا ذلحين. إن شاء الله يوصلكم قبل ما يخلص الوقت.

علي باحميش
تجمع الأسر اليمنية - بوصاصو
"""
    pdf = rep_pdf("Voluntary GCM review report - Yemeni Families Gathering, Bosaso", "Bosaso, Somalia",
                  ["Yemeni families in Bosaso since 2015", "Work, rent and residence papers", "Children and school",
                   "Recommendations"])
    p_txt = leaf("text/plain", t1, "utf-8", "base64")
    p_pdf = attach("application/pdf", pdf, M22_REPORT)
    p_img = attach("image/jpeg", jpeg(40, 30, (120, 110, 90)), M22_PHOTO, inline=True)
    p_end = leaf("text/plain", "\n\nSent from my iPhone\n", "us-ascii", "7bit")
    body = multi("mixed", [p_txt, p_pdf, p_img, p_end], "Apple-Mail-9D2E4B71-0C3A-4F58-B6E1-72A9C5D8F013")
    m = mk(when, sent_at(when, 3, 4), "mail-pj1-f44.google.example.com", "192.0.2.144", "4F5Wr83Tqz2",
           addr("Ali Bahamish", "ali.bahamish.bosaso@gmail.example.com"), hdr(subj),
           "<A7C2E915-4B3D-4E80-9F61-0D5B8C2A7E34@gmail.example.com>", body, extra=[("X-Mailer", IPHONE)])
    add(22, when, m, dict(category="voluntary_report", language="ar", acknowledge=True, on_time=True,
        report_attachments=[M22_REPORT],
        notes="deadline edge: Date Wed, 17 Feb 2021 00:58:37 +0300 (Somalia) but received 23:58:41 on Tuesday 16 "
              "February Beirut time: on time; the sender hopes it arrives 'قبل ما يخلص الوقت'. Yemeni dialect, "
              "iPhone layout (text, PDF, inline JPEG photo, 'Sent from my iPhone'); generic Arabic PDF name (RFC "
              "2231 + RFC 2047); the photo of the families' meeting is a decoy."))


# ================================================================ 23  FR  other  Cameroonian women in Oujda: may we send photos of a handwritten report?
def m23():
    when = at("2021-02-17 10:25:19")
    subj = "Question pour notre rapport écrit à la main"
    text = """Bonjour Madame, Monsieur,

Je suis Brigitte Ngo Mbarga, de l'association des femmes camerounaises d'Oujda. Nous avons écrit notre rapport pour le Pacte mondial, mais nous l'avons écrit à la main dans un cahier, parce que nous n'avons pas d'ordinateur. Il fait 11 pages.

Je sais que la date était hier, le 16 février. Est-ce que nous pouvons encore envoyer des photos des pages avec le téléphone aujourd'hui ou demain ? Est-ce que les photos c'est accepté, ou il faut taper le texte ?

Merci de nous répondre vite.

Brigitte Ngo Mbarga

Envoyé depuis Yahoo Mail pour Android
"""
    body = alt(text, "----=_Part_872311_1930846521.1613550315604", html=ymail_html(text))
    m = mk(when, sent_at(when, 1, 4), "sonic309-15.consmr.mail.ir2.yahoo.example.com", "198.51.100.209",
           "4F6Bt26Rkz4", "Brigitte Ngo Mbarga <brigitte.ngombarga@yahoo.example.fr>", hdr(subj, enc="Q"),
           "<872312940.1613550315605@mail.yahoo.example.com>", body, extra=[("X-Mailer", YAHOO)])
    add(23, when, m, dict(category="other", language="fr", acknowledge=True, on_time=None,
        notes="question the day after the report deadline: a handwritten report of 11 pages is announced and the "
              "writer asks whether photos of the pages are accepted; nothing is attached, so not a report and no "
              "deadline applies. Keyword-heavy ('rapport', 'Pacte mondial', '16 février'). Yahoo Mail for "
              "Android, QP."))


# ================================================================ 24  EN  report  Domiz camp committee: late report + annex, CV decoy
M24_FILES = ["Domiz Committee - GCM voluntary report.pdf", "Annex - survey of 120 families.docx"]
M24_CV = "CV Hevin Ali.pdf"


def m24():
    when = at("2021-02-18 13:47:26")
    subj = "GCM voluntary report - Domiz Refugee Community Committee (sorry for the delay)"
    text = """Dear GCM secretariat,

Please find attached the voluntary GCM review report of the Domiz Refugee Community Committee, with its annex. We are a committee elected by the Syrian refugees of Domiz 1 camp in Duhok governorate, Kurdistan Region of Iraq. The report is about work permits, the services in the camp and the young people who try to go to Europe.

We know the deadline was 16 February and we are sorry. The internet in the camp was cut for three days because of the snow and we could not send it.

The annex has the results of our small survey of 120 families and it is part of the report. I also attach my CV, because some organisations ask us who is the person responsible for the committee.

Best regards,
Hevin Ali
Chairperson
Domiz Refugee Community Committee
Domiz 1 camp, Duhok, Iraq
"""
    pdf = rep_pdf("Voluntary GCM review report - Domiz Refugee Community Committee", "Domiz 1 camp, Duhok, Iraq",
                  ["Work permits", "Services in the camp", "Young people leaving for Europe", "Recommendations"])
    annex = make_docx(["Annex to the voluntary GCM review report - Domiz Refugee Community Committee",
                       "Survey of 120 families (January 2021)", "Table 1. Work permits",
                       "Table 2. Access to services", "Table 3. Family members who left"])
    cv = make_pdf(["Curriculum vitae - Hevin Ali", "Chairperson, Domiz Refugee Community Committee (since 2019)",
                   "Education: teacher training, Qamishli", "Languages: Kurdish, Arabic, English"])
    a = alt(text, "_000_AM7PR09MB5921C4D8E2B71F06_", html=outlook_html(text, lang="EN-US"))
    body = multi("mixed", [a, attach("application/pdf", pdf, M24_FILES[0]), attach(DOCX, annex, M24_FILES[1]),
                           attach("application/pdf", cv, M24_CV)], "_004_AM7PR09MB5921C4D8E2B71F06_")
    m = mk(when, sent_at(when, 3, 7), "mail-am7eur09on0619.outbound.protection.outlook.example.com",
           "198.51.100.119", "4F7Mx50Gdz9", "Hevin Ali <domiz.committee@outlook.example.com>", subj,
           "<AM7PR09MB5921C4D8E2B71F06@AM7PR09MB5921.eurprd09.prod.outlook.example.com>", body,
           extra=outlook(subj, "AQHXBfW1q8Lm3Nr7Tp0Vx2Zc5Bd9Eg==", lang="en-US", has_attach="yes"))
    add(24, when, m, dict(category="voluntary_report", language="en", acknowledge=True, on_time=False,
        report_attachments=M24_FILES,
        notes="late report (18 February, the sender apologises): on_time false, still acknowledged. Three "
              "attachments: the PDF report and its DOCX annex ('it is part of the report') make up the report; "
              "the chairperson's CV is a decoy. Outlook.com, QP, Date in UTC+3 (Iraq)."))


def main():
    for f in (m01, m02, m03, m04, m05, m06, m07, m08, m09, m10, m11, m12, m13, m14, m15, m16, m17, m18, m19,
              m20, m21, m22, m23, m24):
        f()
    SET.write()


if __name__ == "__main__":
    main()
