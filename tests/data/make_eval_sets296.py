#!/usr/bin/env python3
"""Write the blind evaluation set holdout296 (24 raw .eml messages + labels.json).

Deterministic, standard library only:  python3 tests/data/make_eval_sets296.py
Theme: mobile and minimal mail (25 January - 19 February 2021).  Mail typed on phones: one-word subjects or none
at all, one-line bodies, top-posted replies, 'Sent from my iPhone / Samsung / Huawei' lines, WhatsApp-style writing
with emoji and no punctuation, Arabic and Latin script mixed in one sentence, Arabizi, a message that is only an
attachment, speaker details as a bulleted list or a pasted vCard / contact-card block.  The set: a Gulf rights
group's iPhone bullet list (its Cc'd speaker's Exchange out-of-office answers), an Egyptian asking in Arabizi how
to attend, an Algerian researcher pasting her own vCard, a Yemeni group whose first mail is only a PDF (its final
version follows a week later), a Mauritanian lecturer sending her CV for roundtable 2, a Beirut network naming
'رنا' in mixed Arabic/English and giving the surname the next morning, a Moroccan association declining the
invitation in one line, a Bahraini group's all-lowercase 'both' with a contact card (the Cc typo bounces), a
Casablanca collective's 'both' from Outlook for Android (then 'Merci 👍'), a Kuwaiti nomination at 23:57 whose
Date header is already the 6th, a Rabat one-liner four minutes late, a Jordanian who only wants to watch, a Fes
association forwarding its report from an iPhone and asking two weeks later whether it arrived, a Sidon association
with a WhatsApp photo of its cover letter (its Gmail vacation reply follows), a Jordanian network at 23:58 on the
report deadline (then a Zoom question under our acknowledgement), and a London diaspora group 12 minutes late.
Helpers from mailgen.py.
"""
import datetime as dt
import struct

from mailgen import (EvalSet, DOCX, POSTFIX_NOTICE, addr, alt, at, attach, dsn_report, esc, exchange_ooo_rows,
                     hdr, leaf, make_docx, mk, multi, re_hdr, rep_pdf, rfcdate, sent_at, sp, std_rows, top)
from mailgen import outlook_html, gmail_html
from mailgen import quote_block as gt, ack_id as ack_mid

SET = EvalSet(296)
add = SET.add
H = "h296-%02d.eml"

IPHONE = "iPhone Mail (18D52)"
HUAWEI = "Huawei Email"
YAHOO_ANDROID = "WebService/1.1.17648 YMailNodin"
BOXNAME = "GCM Regional Review Arab States <gcmrrarabstates@iom.int>"


# ---------------------------------------------------------------- local helpers
def auto_html(text, rtl=False):
    """Samsung / Huawei / Android mail apps: one <div dir="auto"> per line."""
    lines = "".join('<div dir="auto">%s</div>' % (esc(x) if x else "<br>") for x in text.rstrip("\n").split("\n"))
    d = ' dir="rtl"' if rtl else ""
    return ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"></head><body%s>%s'
            '</body></html>\n' % (d, lines))


def yahoo_android_html(text):
    lines = "".join("<div>%s</div>" % (esc(x) if x else "<br>") for x in text.rstrip("\n").split("\n"))
    return ('<html><head></head><body><div class="ydp-android-wrap">%s</div><div id="ymail_android_signature">'
            '<a href="https://go.onelink.me/107872968?pid=InProduct&amp;c=Global_Internal_YGrowth_AndroidEmailSig__'
            'AndroidUsers&amp;af_wl=ym&amp;af_sub1=Internal&amp;af_sub2=Global_YGrowth&amp;af_sub3=EmailSignature">'
            'Sent from Yahoo Mail on Android</a></div></body></html>\n' % lines)


def outlook_mobile_html(text, foot_text, foot_url):
    lines = "".join('<div dir="auto">%s</div>' % (esc(x) if x else "<br>") for x in text.rstrip("\n").split("\n"))
    return ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body>'
            '<div dir="ltr" style="font-family:Calibri,Arial,Helvetica,sans-serif;font-size:12pt">%s</div>'
            '<div dir="ltr"><br></div><div dir="ltr"><a href="%s">%s</a></div></body></html>\n'
            % (lines, foot_url, esc(foot_text)))


def make_jpg(seed, w=1600, h=1200):
    """Small JPEG-shaped bytes as WhatsApp saves them (SOI, JFIF, DQT, SOF0, DHT, SOS, scan data, EOI; no Exif)."""
    def seg(marker, payload):
        return b"\xff" + bytes([marker]) + struct.pack(">H", len(payload) + 2) + payload
    dqt = b"\x00" + bytes((i * 7 + seed) % 60 + 2 for i in range(64))
    sof = b"\x08" + struct.pack(">HH", h, w) + b"\x03\x01\x22\x00\x02\x11\x01\x03\x11\x01"
    dht = b"\x00" + bytes([0, 1, 5, 1, 1, 1, 1, 1, 1, 0, 0, 0, 0, 0, 0, 0]) + bytes(range(12))
    sos = b"\x03\x01\x00\x02\x11\x03\x11\x00\x3f\x00"
    x, scan = seed, bytearray()
    for _ in range(4000):
        x = (x * 1103515245 + 12345) & 0x7fffffff
        b = (x >> 16) & 0xff
        scan.append(b)
        if b == 0xff:
            scan.append(0)
    return (b"\xff\xd8" + seg(0xe0, b"JFIF\x00\x01\x01\x00\x00\x01\x00\x01\x00\x00") + seg(0xdb, dqt)
            + seg(0xc0, sof) + seg(0xc4, dht) + seg(0xda, sos) + bytes(scan) + b"\xff\xd9")


def ack_text(lang, subject):
    """The text of our acknowledgement as the senders quote it."""
    if lang == "ar":
        return ("حضرات السادة المحترمين،\n\nتؤكد أمانة الاستعراض الإقليمي للاتفاق العالمي من أجل الهجرة الآمنة "
                "والمنظمة والنظامية في المنطقة العربية استلام رسالتكم «%s»، وستتواصل معكم لاحقاً.\n\n"
                "الاستعراض الإقليمي للاتفاق العالمي للهجرة - المنطقة العربية" % subject)
    if lang == "fr":
        return ("Madame, Monsieur,\n\nLe secrétariat de l'examen régional du Pacte mondial sur les migrations dans la "
                "région arabe accuse réception de votre message « %s » et reviendra vers vous au sujet du "
                "programme.\n\nExamen régional du PMM - États arabes" % subject)
    return ("Dear colleague,\n\nThe secretariat of the Regional Review of the Global Compact for Migration in the Arab "
            "region acknowledges receipt of your message \"%s\" and will come back to you about the programme.\n\n"
            "GCM Regional Review - Arab States" % subject)


INVITATION_FR = """Madame, Monsieur,

Au nom du Réseau des Nations Unies sur les migrations pour la région arabe, nous avons le plaisir de vous inviter à la consultation multipartite du 23 février 2021 et à la Conférence d'examen régional du Pacte mondial pour des migrations sûres, ordonnées et régulières (PMM) des 24 et 25 février 2021, qui se tiendront en ligne.

Les parties prenantes sont invitées à soumettre un rapport volontaire d'examen de la mise en œuvre du PMM à l'adresse gcmrrarabstates@iom.int.

Les parties prenantes souhaitant prendre la parole (discussion ouverte de la consultation multipartite, rapporteur présentant les messages clés, intervention depuis la salle en séance plénière ou dans l'une des quatre tables rondes thématiques) sont priées d'indiquer le nom, le titre et l'affiliation de l'intervenant(e) avant le vendredi 5 février 2021.

Veuillez agréer, Madame, Monsieur, l'expression de notre haute considération.

Secrétariat de l'examen régional du PMM - États arabes"""


# ================================================================ 01  EN  speaker  Gulf rights group: iPhone, subject 'Speaker', bullet list
M01_ID = "<7A1D3C92-5E48-4B0F-9C2A-E61B8D4F70A3@gmrw.example.org>"
M01_SUBJ = "Speaker"
M01_QID = "4DPb1Ks7QwZ2"


def m01():
    when = at("2021-01-25 10:02:14")
    text = """Hi,

Pls note our speaker for roundtable 2:

• Name: Dr. Faris Al-Mahdi
• Title: Senior Legal Officer
• Organisation: Gulf Migrant Rights Watch (GMRW)

He is cc'd. Thx

Hana

Sent from my iPhone
"""
    body = leaf("text/plain", text, "utf-8", "quoted-printable")
    m = mk(when, sent_at(when, 3, 8), "mail.gmrw.example.org", "203.0.113.41", M01_QID,
           "Hana Qasem <h.qasem@gmrw.example.org>", M01_SUBJ, M01_ID, body,
           cc="Faris Al-Mahdi <f.almahdi@gmrw.example.org>", extra=[("X-Mailer", IPHONE)])
    add(1, when, m, dict(category="speaker_request", language="en", acknowledge=True, on_time=True, speakers=[
        sp("Faris Al-Mahdi", "Senior Legal Officer", "Gulf Migrant Rights Watch (GMRW)", ["roundtable"], 2)],
        notes="minimal iPhone mail with a one-word subject ('Speaker'), text/plain only: the speaker as a '•' "
              "bulleted list of labelled lines ('Dr.' dropped); 'roundtable 2' in the lead line; 'Pls note our "
              "speaker' is the request. The sender signs with her first name only and is not the speaker; the "
              "Cc'd speaker's Exchange out-of-office answers our acknowledgement (h296-02). Date UTC+3."))


# ================================================================ 02  EN  auto_reply  the Cc'd speaker's Exchange out-of-office
def m02():
    when = at("2021-01-25 10:02:51")
    ack = ack_mid(M01_QID)
    text = """Thank you for your email.

I am travelling until Monday 1 February with limited access to email. For urgent matters, please contact Hana Qasem (h.qasem@gmrw.example.org).

Dr. Faris Al-Mahdi
Senior Legal Officer | Gulf Migrant Rights Watch
"""
    body = alt(text, "_000_DB7PR03MB4921F0A2C8E5D371_", html=outlook_html(text))
    rows = exchange_ooo_rows(when, "mail-db7eur03on0712.outbound.protection.outlook.example.com", "198.51.100.72",
                             "4DPb2Lm9TxZ4", "Faris Al-Mahdi <f.almahdi@gmrw.example.org>",
                             "<DB7PR03MB4921F0A2C8E5D371@DB7PR03MB4921.eurprd03.prod.outlook.example.com>",
                             M01_SUBJ, M01_ID, ack, "en-US", (3, 2))
    add(2, when, top(body, rows), dict(category="auto_reply", language="en", acknowledge=False, on_time=None,
        notes="Exchange out-of-office of the speaker Cc'd on h296-01, answering our acknowledgement 37 seconds later "
              "(Auto-Submitted, X-Auto-Response-Suppress, null Return-Path, References name h296-01): it repeats "
              "his name and title in the signature, which is not a new request. Never acknowledge; thread_of null "
              "as for dev auto-replies."))


# ================================================================ 03  AR  other  Arabizi from Gmail on Android, no subject: how to attend?
def m03():
    when = at("2021-01-27 22:41:09")
    text = """salam 3aleko
ana Mostafa men gam3eyet el 3aideen f Sohag, e7na bnsa3ed el 3omal el masryeen el rag3in men libya
3ayzin n7dar el conference yom 24 w 25 online lw momken
howa el 7odoor mafto7 l ay 7ad wala lazem da3wa? w el tasgeel ezay?
shokran gedan 🙏🙏
"""
    body = alt(text, "000000000000c4e71a05b9e3f812", html=gmail_html(text))
    m = mk(when, sent_at(when, 2, 6), "mail-ua1-f43.google.example.com", "192.0.2.43", "4DRq8Nc2VbZ6",
           "Mostafa Hegazy <mostafa.hegazy94@gmail.example.com>", None,
           "<CAJ7pNx3Rw8tK2vL+e5Qb1Zm9sH4dFg6yT0@mail.gmail.example.com>", body)
    add(3, when, m, dict(category="other", language="ar", acknowledge=True, on_time=None,
        notes="no Subject header at all; Egyptian Arabic written in Latin script (Arabizi, with 3/7/2 for ع/ح/ء) "
              "plus English words ('conference', 'online'): the sender's language is Arabic, so the "
              "acknowledgement is in Arabic. He only wants to attend ('3ayzin n7dar' = we want to attend) and asks "
              "whether attendance is open and how to register: no role, no report. 'yom 24 w 25' are the "
              "conference days, not a roundtable number. Gmail on Android."))


# ================================================================ 04  FR  speaker  Algerian researcher pastes her vCard (Samsung)
def m04():
    when = at("2021-01-29 14:05:33")
    text = """Bonjour,

Suite à votre invitation je souhaiterais intervenir en séance plénière lors de la conférence des 24-25 février. Mes coordonnées ci-dessous :

BEGIN:VCARD
VERSION:3.0
N:Benali;Nadia;;;
FN:Nadia Benali
ORG:Réseau Maghrébin Femmes et Mobilités (REMAFEM)
TITLE:Chargée de projets migration et genre
TEL;TYPE=CELL:+213 550 00 00 00
EMAIL;TYPE=WORK:n.benali@remafem.example.dz
END:VCARD

Cordialement

Envoyé depuis mon smartphone Samsung Galaxy.
"""
    body = alt(text, "--_com.samsung.android.email_1611921928113412", html=auto_html(text))
    m = mk(when, sent_at(when, 1, 5), "smtp.remafem.example.dz", "203.0.113.94", "4DSv3Kp8MzZ1",
           "Nadia Benali <n.benali@remafem.example.dz>", "Intervention",
           "<k2v9x4-q7m1zr-8n3wbt-5c6p0d.e3@email.android.com>", body)
    add(4, when, m, dict(category="speaker_request", language="fr", acknowledge=True, on_time=True, speakers=[
        sp("Nadia Benali", "Chargée de projets migration et genre", "Réseau Maghrébin Femmes et Mobilités (REMAFEM)",
           ["plenary"])],
        notes="self-nomination from a Samsung phone, one-word subject 'Intervention': the details are a raw vCard "
              "pasted into the body (FN / ORG / TITLE lines, N in 'Family;Given' order); 'intervenir en séance "
              "plénière' = plenary. The BEGIN/END/TEL/EMAIL lines are noise. Date UTC+1 (Algiers)."))


# ================================================================ 05  EN  report  only an attachment: no subject, no text
M05_ID = "<CAL4kWq8Tz2nV7pM+c9Hx3Rb6sJ1dYf5gN4@mail.gmail.example.com>"
M05_FILE = "MVY_GCM_Voluntary_Review_2021.pdf"


def m05():
    when = at("2021-02-01 08:30:47")
    pdf = rep_pdf("Voluntary GCM review - Migrant Voices Yemen (MVY)", "Aden, January 2021 (draft)",
                  ["Migrants stranded in Aden and Lahj", "Detention and returns", "Access to health care",
                   "[Recommendations - to be completed]"])
    a = alt("\n", "000000000000a1f3c805ba3e7b91", html='<div dir="ltr"><br></div>\n')
    body = multi("mixed", [a, attach("application/pdf", pdf, M05_FILE)], "000000000000a1f3ca05ba3e7b93")
    m = mk(when, sent_at(when, 3, 9), "mail-ed1-f68.google.example.com", "192.0.2.68", "4DWc7Hb1PrZ9",
           "Migrant Voices Yemen <migrantvoices.ye@gmail.example.com>", None, M05_ID, body)
    add(5, when, m, dict(category="voluntary_report", language="en", acknowledge=True, on_time=True,
        report_attachments=[M05_FILE],
        notes="a message that is only an attachment: no Subject header, an empty Gmail text/HTML alternative and one "
              "PDF whose name says 'GCM_Voluntary_Review'. The only language evidence is English (file name, From "
              "display name), so acknowledge in English. It later turns out to be a draft: the final version "
              "replaces it in h296-20. Date UTC+3 (Aden)."))


# ================================================================ 06  FR  speaker  Mauritanian lecturer: 'CV en PJ' for roundtable 2 (iPhone)
def m06():
    when = at("2021-02-01 17:20:05")
    cv = "CV_Aminata_SOW_2021.pdf"
    part1 = """Bonjour,

Je me permets de proposer mon intervention à la table ronde 2. Mon CV en PJ.

"""
    part2 = """
Bien cordialement

Aminata Sow
Enseignante-chercheuse en sociologie
Institut Mauritanien d'Études Sociales (IMES)

Envoyé de mon iPhone
"""
    pdf = rep_pdf("Curriculum vitae - Aminata SOW", "Enseignante-chercheuse, IMES, Nouakchott",
                  ["Formation : Doctorat en sociologie, Dakar, 2012", "Recherches : migrations de transit, Nouadhibou",
                   "Publications choisies", "Langues : francais, arabe, pulaar, anglais"])
    body = multi("mixed", [leaf("text/plain", part1), attach("application/pdf", pdf, cv, inline=True),
                           leaf("text/plain", part2)], "Apple-Mail-2B7E9D41-0C63-4A58-9F1E-D3A5C8B17042")
    m = mk(when, sent_at(when, 0, 11), "smtp.mauritel.example.mr", "203.0.113.152", "4DWq5Rt3LkZ8",
           "Aminata Sow <aminata.sow@imes.example.mr>", "Table ronde 2",
           "<3F0C8B5A-7D21-4E96-A4B3-19E6D2C07F58@imes.example.mr>", body, extra=[("X-Mailer", IPHONE)])
    add(6, when, m, dict(category="speaker_request", language="fr", acknowledge=True, on_time=True, speakers=[
        sp("Aminata Sow", "Enseignante-chercheuse en sociologie", "Institut Mauritanien d'Études Sociales (IMES)",
           ["roundtable"], 2)],
        notes="two-line self-nomination from an iPhone ('proposer mon intervention à la table ronde 2'), name, title "
              "and university only in the signature. The attached PDF is her CV, not a voluntary report: "
              "report_attachments stays empty and the category is not 'both'. Apple layout text / inline PDF / "
              "text; Date UTC+0 (Nouakchott)."))


# ================================================================ 07  AR  speaker  Beirut network, Arabic + English mixed, first name only (Huawei)
M07_ID = "<r4t8w1m6z3q9.hm.1612288046@email.huawei.example.com>"
M07_SUBJ = "مداخلة"
M07_TEXT = """مرحبا 👋
حابين نسجّل مداخلة بالـ roundtable 3 لزميلتنا رنا، هي Programme Officer عنا بـ Tadamon Network for Migrant Workers 🙏
شكرا كتير
جود

مرسل من هاتفي Huawei
"""


def m07():
    when = at("2021-02-02 19:47:26")
    body = alt(M07_TEXT, "--_com.huawei.email_1612288046118", html=auto_html(M07_TEXT, rtl=True), b64=True)
    m = mk(when, sent_at(when, 2, 7), "mail.tadamon-net.example.org", "203.0.113.63", "4DXk2Fv6NbZ3",
           "Joud Haddad <joud.haddad@tadamon-net.example.org>", hdr(M07_SUBJ), M07_ID, body,
           extra=[("X-Mailer", HUAWEI)])
    add(7, when, m, dict(category="speaker_request", language="ar", acknowledge=True, on_time=True, speakers=[
        sp("رنا", "Programme Officer", "Tadamon Network for Migrant Workers", ["roundtable"], 3)],
        notes="one-word Arabic subject, Lebanese colloquial with emoji, Arabic and Latin script mixed in one "
              "sentence ('بالـ roundtable 3 لزميلتنا رنا، هي Programme Officer عنا بـ Tadamon Network for Migrant "
              "Workers'): title and affiliation are the English words, the speaker is known only by her first name "
              "('رنا'), so the name is recorded as given. The sender (signs 'جود') is not the speaker. The surname "
              "follows the next morning (h296-08). Huawei mail app, base64, Latin From name."))


# ================================================================ 08  AR  speaker  the next morning: top-posted surname on her own message
def m08():
    when = at("2021-02-03 09:05:12")
    text = """نسيت الكنية 🙈 اسمها الكامل رنا سليم الحاج

مرسل من هاتفي Huawei

-------- الرسالة الأصلية --------
من: Joud Haddad <joud.haddad@tadamon-net.example.org>
التاريخ: الثلاثاء، 2 فبراير 2021 7:47 م
إلى: gcmrrarabstates@iom.int
الموضوع: مداخلة

""" + M07_TEXT
    body = alt(text, "--_com.huawei.email_1612335905927", html=auto_html(text, rtl=True), b64=True)
    m = mk(when, sent_at(when, 2, 7), "mail.tadamon-net.example.org", "203.0.113.63", "4DXw9Jp4KsZ7",
           "Joud Haddad <joud.haddad@tadamon-net.example.org>", re_hdr("Re: ", M07_SUBJ),
           "<b2n5q8k1x7v4.hm.1612335905@email.huawei.example.com>", body,
           extra=[("X-Mailer", HUAWEI), ("In-Reply-To", M07_ID), ("References", M07_ID)])
    add(8, when, m, dict(category="speaker_request", language="ar", acknowledge=True, on_time=True, thread_of=H % 7,
        speakers=[sp("رنا سليم الحاج", "Programme Officer", "Tadamon Network for Migrant Workers", ["roundtable"], 3)],
        notes="a one-line top-posted completion of h296-07, replying to the sender's own message (In-Reply-To "
              "h296-07, Huawei 'الرسالة الأصلية' block): 'نسيت الكنية 🙈 اسمها الكامل رنا سليم الحاج' gives the "
              "surname; title, affiliation and roundtable 3 come from the quoted original. It adds something new "
              "(the full name), so it is acknowledged; on time (3 February)."))


# ================================================================ 09  FR  other  one-line decline, top-posted over the invitation (iPhone)
def m09():
    when = at("2021-02-03 15:30:40")
    subj = "Re: Invitation – Examen régional du Pacte mondial sur les migrations – région arabe"
    text = """Merci pour l'invitation. Malheureusement notre association ne pourra pas participer cette année, ni rapport ni intervention. Bonne continuation à toute l'équipe.

Khadija Ouazzani
AMDF Tanger

Envoyé de mon iPhone

Le 20 janv. 2021 à 14:02, GCM Regional Review Arab States <gcmrrarabstates@iom.int> a écrit :

""" + gt(INVITATION_FR) + "\n"
    body = leaf("text/plain", text, "utf-8", "quoted-printable")
    m = mk(when, sent_at(when, 1, 9), "smtp.menara.example.ma", "203.0.113.171", "4DXz6Wc1HqZ5",
           "Khadija Ouazzani <amdf.tanger@menara.example.ma>", hdr(subj, enc="Q"),
           "<E4A8C2F6-1B93-4D07-8E5A-C7F31D9B2A60@menara.example.ma>", body,
           extra=[("X-Mailer", IPHONE), ("In-Reply-To", "<invitation.gcmrr.ar.2021.fr@iom.int>"),
                  ("References", "<invitation.gcmrr.ar.2021.fr@iom.int>")])
    add(9, when, m, dict(category="other", language="fr", acknowledge=True, on_time=None,
        notes="the category turns on one sentence: a top-posted iPhone reply to the invitation letter declining "
              "('ne pourra pas participer cette année, ni rapport ni intervention'). Everything below it is the "
              "'>'-quoted invitation with every role, the report call, 'le nom, le titre et l'affiliation' and "
              "the 5 February deadline: nothing is submitted or requested. Written by a person, not to one of our "
              "acknowledgements, so acknowledged. Date UTC+1 (Tangier)."))


# ================================================================ 10  EN  both  Bahraini group: all lowercase, emoji, contact card, typo'd Cc
M10_ID = "<p8w2n5-t1k7zq-3m9vxc-6r4b0y.a7@email.android.com>"
M10_QID = "4DYf3Tn8RmZ2"
M10_FILE = "BMSG report final.pdf"
M10_CC_BAD = "amal.yousif@bmgs.example.org"


def m10():
    when = at("2021-02-04 13:02:18")
    text = """hi team 👋 attached our report for the gcm review 📎 also we want amal to speak at the plenary if possible her details below 👇

Amal Yousif
Community Organiser
Bahrain Migrant Solidarity Group (BMSG)
📱 +973 3300 0000
✉️ amal.yousif@bmsg.example.org

thx a lot 🙏🙏 rashid



Sent from my Samsung Galaxy smartphone.
"""
    pdf = rep_pdf("Bahrain Migrant Solidarity Group (BMSG) - Voluntary GCM review report", "Manama, February 2021",
                  ["Who we are", "Flexi-permit workers during COVID-19", "Wage theft and the labour courts",
                   "Recommendations"])
    a = alt(text, "--_com.samsung.android.email_1612436521804557", html=auto_html(text))
    body = multi("mixed", [a, attach("application/pdf", pdf, M10_FILE)],
                 "--_com.samsung.android.email_1612436521804556")
    m = mk(when, sent_at(when, 3, 16), "mail-pj1-f45.google.example.com", "192.0.2.145", M10_QID,
           "BMSG Bahrain <bmsg.bahrain@gmail.example.com>", "report", M10_ID, body,
           cc="Amal Yousif <%s>" % M10_CC_BAD)
    add(10, when, m, dict(category="both", language="en", acknowledge=True, on_time=True, speakers=[
        sp("Amal Yousif", "Community Organiser", "Bahrain Migrant Solidarity Group (BMSG)", ["plenary"])],
        report_attachments=[M10_FILE],
        notes="WhatsApp-style one-sentence body, all lowercase, no punctuation, emoji, one-word subject 'report': the "
              "same run-on sentence submits the attached PDF and asks for 'amal' to speak 'at the plenary'. Her "
              "details are a phone contact card (name, title, organisation, 📱 and ✉️ lines), which gives the "
              "capitalised name. Both parts on time (4 February). The sender signs 'rashid'. The Cc address has a "
              "typo ('bmgs' for 'bmsg'), so the copy of our acknowledgement bounces (h296-11). Samsung Email via "
              "Gmail, Date UTC+3."))


# ================================================================ 11  EN  bounce  the typo'd Cc of 10: domain not found
def m11():
    when = at("2021-02-04 13:02:59")
    rcpt = M10_CC_BAD
    text = POSTFIX_NOTICE + """
<%s>: Host or domain name not found. Name service error for
    name=bmgs.example.org type=MX: Host not found
""" % rcpt
    dsn = ("Reporting-MTA: dns; mx1.iom.int\n"
           "X-Postfix-Queue-ID: 4DYf4Bq6WxZ0\n"
           "X-Postfix-Sender: rfc822; gcmrrarabstates@iom.int\n"
           "Arrival-Date: %s\n\n"
           "Final-Recipient: rfc822; %s\n"
           "Original-Recipient: rfc822;%s\n"
           "Action: failed\n"
           "Status: 5.4.4\n"
           "Diagnostic-Code: X-Postfix; Host or domain name not found. Name service error\n"
           "    for name=bmgs.example.org type=MX: Host not found\n"
           % (rfcdate(when - dt.timedelta(seconds=3), "EET"), rcpt, rcpt))
    hdrs = ("Return-Path: <gcmrrarabstates@iom.int>\n"
            "From: GCM Regional Review Arab States <gcmrrarabstates@iom.int>\n"
            "To: BMSG Bahrain <bmsg.bahrain@gmail.example.com>\n"
            "Cc: Amal Yousif <%s>\n"
            "Subject: Acknowledgement of receipt - report\n"
            "Date: %s\n"
            "Message-ID: %s\n"
            "In-Reply-To: %s\n"
            "References: %s\n" % (rcpt, rfcdate(when - dt.timedelta(seconds=5)), ack_mid(M10_QID), M10_ID, M10_ID))
    body = dsn_report(text, dsn, hdrs, "4DYf4Dr8YzZ3.1612436579/mx1.iom.int")
    rows = [("Return-Path", "<>"), ("Delivered-To", "gcmrrarabstates@iom.int"),
            ("Received", "by mx1.iom.int (Postfix)\r\n\tid 4DYf4Dr8YzZ3; %s" % rfcdate(when, "EET")),
            ("Date", rfcdate(when, "EET")),
            ("From", "MAILER-DAEMON@mx1.iom.int (Mail Delivery System)"),
            ("Subject", "Undelivered Mail Returned to Sender"),
            ("To", "gcmrrarabstates@iom.int"),
            ("Auto-Submitted", "auto-replied"),
            ("Message-Id", "<20210204110259.4DYf4Dr8YzZ3@mx1.iom.int>")]
    add(11, when, top(body, rows), dict(category="bounce", language="en", acknowledge=False, on_time=None,
        notes="Postfix DSN, 5.4.4 host or domain name not found, for the copy of our acknowledgement of h296-10 sent "
              "to the mistyped Cc address (bmgs.example.org); the returned headers carry the one-word subject "
              "'report' and the speaker's name. Never acknowledge; thread_of null as for dev bounces."))


# ================================================================ 12  FR  both  Casablanca collective: Outlook for Android, 'Contribution', dash list
M12_ID = "<AM6PR04MB5912C7E3A1B9D024@AM6PR04MB5912.eurprd04.prod.outlook.example.com>"
M12_SUBJ = "Contribution"
M12_QID = "4DZm6Hx2PtZ8"
M12_FILE = "Rapport volontaire CMDM 2021.docx"


def m12():
    when = at("2021-02-05 10:15:37")
    text = """Bonjour,

Ci-joint le rapport volontaire de notre collectif.

Nous proposons aussi une rapporteure pour les messages clés :
- Nom : Dr Salma Chraibi
- Fonction : Présidente
- Structure : Collectif Marocain pour les Droits des Migrants (CMDM)

Cordialement,
Y. Alaoui
"""
    foot = "Obtenir Outlook pour Android"
    plain = text + "\n" + foot + "<https://aka.example.ms/ghei36>\n"
    doc = make_docx(["Collectif Marocain pour les Droits des Migrants (CMDM)",
                     "Rapport volontaire - Examen regional du PMM 2021", "1. Contexte : Casablanca et Oujda",
                     "2. Acces aux soins et a l'ecole", "3. Regularisation", "4. Recommandations"])
    a = alt(plain, "_000_AM6PR04MB5912C7E3A1B9D024_",
            html=outlook_mobile_html(text, foot, "https://aka.example.ms/ghei36"))
    body = multi("mixed", [a, attach(DOCX, doc, M12_FILE)], "_004_AM6PR04MB5912C7E3A1B9D024_")
    m = mk(when, sent_at(when, 1, 12), "mail-am6eur04on0617.outbound.protection.outlook.example.com",
           "198.51.100.117", M12_QID, "Youssef Alaoui <cmdm.casa@outlook.example.com>", M12_SUBJ, M12_ID, body,
           extra=[("Thread-Topic", M12_SUBJ), ("Thread-Index", "AQHW+7Lk3Qm9Zr2Xc5Vb8Nt1Pw4Hy7Ja0Ds=="),
                  ("Content-Language", "fr-FR"), ("X-MS-Has-Attach", "yes"), ("X-MS-TNEF-Correlator", "")])
    add(12, when, m, dict(category="both", language="fr", acknowledge=True, on_time=True, speakers=[
        sp("Salma Chraibi", "Présidente", "Collectif Marocain pour les Droits des Migrants (CMDM)", ["rapporteur"])],
        report_attachments=[M12_FILE],
        notes="Outlook for Android, one-word subject 'Contribution': one line submits the attached DOCX, then a dash "
              "list proposes 'une rapporteure pour les messages clés' = rapporteur ('Dr' dropped; labels 'Nom / "
              "Fonction / Structure'). Both parts on time (5 February morning). The sender signs 'Y. Alaoui'. "
              "Thanked in h296-13. Date UTC+1."))


# ================================================================ 13  FR  other  'Merci 👍' top-posted over our acknowledgement of 12
def m13():
    when = at("2021-02-05 11:40:02")
    ack = ack_mid(M12_QID)
    foot = "Obtenir Outlook pour Android"
    text = "Merci 👍\n"
    quoted = """________________________________
De : GCM Regional Review Arab States <gcmrrarabstates@iom.int>
Envoyé : vendredi 5 février 2021 09:16
À : Youssef Alaoui <cmdm.casa@outlook.example.com>
Objet : Accusé de réception - Contribution

""" + ack_text("fr", M12_SUBJ) + "\n"
    plain = text + "\n" + foot + "<https://aka.example.ms/ghei36>\n" + quoted
    html = outlook_mobile_html(text, foot, "https://aka.example.ms/ghei36").replace(
        "</body>", '<hr style="display:inline-block;width:98%%"><div dir="ltr">%s</div></body>'
        % "<br>".join(esc(x) for x in quoted.split("\n")[1:]))
    body = alt(plain, "_000_AM6PR04MB59128D2F4B6A1E53_", html=html)
    m = mk(when, sent_at(when, 1, 10), "mail-am6eur04on0617.outbound.protection.outlook.example.com",
           "198.51.100.117", "4DZp1Vk7MsZ4", "Youssef Alaoui <cmdm.casa@outlook.example.com>",
           "RE: Accusé de réception - " + M12_SUBJ,
           "<AM6PR04MB59128D2F4B6A1E53@AM6PR04MB5912.eurprd04.prod.outlook.example.com>", body,
           extra=[("In-Reply-To", ack), ("References", M12_ID + " " + ack),
                  ("Thread-Topic", "Accusé de réception - " + M12_SUBJ),
                  ("Thread-Index", "AQHW+7Lk3Qm9Zr2Xc5Vb8Nt1Pw4Hy7Ja0DsgAAB4Kw="), ("Content-Language", "fr-FR")])
    add(13, when, m, dict(category="other", language="fr", acknowledge=False, on_time=None, thread_of=H % 12,
        notes="a one-word thank-you with an emoji ('Merci 👍'), top-posted over our acknowledgement of h296-12 "
              "(Outlook for Android quote block, References name h296-12): adds nothing new, so no acknowledgement. "
              "The quoted acknowledgement's subject is just 'Contribution'."))


# ================================================================ 14  AR  speaker  Kuwaiti initiative at 23:57 on the deadline, no subject (iPhone)
def m14():
    when = at("2021-02-05 23:57:40")
    text = """السلام عليكم
ان شاء الله مو متأخرين 🙏 نبي نرشح وحدة من عندنا تشارك في النقاش المفتوح بالمشاورة يوم ٢٣:
- الاسم: د. نورة خالد العتيبي
- المسمى: باحثة في شؤون العمالة المنزلية
- الجهة: مبادرة «كرامة» لحقوق العمالة المنزلية
وشكرا

أرسلت من iPhone
"""
    body = leaf("text/plain", text, "utf-8", "base64")
    m = mk(when, sent_at(when, 3, 6), "mr85p00im-hyfv06021301.me.example.com", "198.51.100.185", "4F0a2Gz9QwZ6",
           addr("Abrar", "abrar.q8@icloud.example.com"), None,
           "<9C5E2A17-4F8B-43D0-B6A1-2E7D0C93F5B8@icloud.example.com>", body, extra=[("X-Mailer", IPHONE)])
    add(14, when, m, dict(category="speaker_request", language="ar", acknowledge=True, on_time=True, speakers=[
        sp("نورة خالد العتيبي", "باحثة في شؤون العمالة المنزلية", "مبادرة «كرامة» لحقوق العمالة المنزلية",
           ["open_discussion"])],
        notes="deadline edge: received 23:57:40 Beirut time on Friday 5 February, while the Date header (UTC+3, "
              "Kuwait) already reads Sat 6 Feb 00:57: on time. No Subject header; Gulf dialect ('نبي نرشح'); the "
              "speaker as a dash list with 'د.' dropped; 'النقاش المفتوح بالمشاورة يوم ٢٣' = open_discussion "
              "(Arabic-Indic ٢٣ is the date, not a roundtable). iPhone, text/plain base64; From display name is a "
              "first name only."))


# ================================================================ 15  FR  speaker  Rabat one-liner, four minutes late (Samsung)
def m15():
    when = at("2021-02-06 00:04:12")
    text = """Bonsoir, pour la table ronde 4 nous proposons Moussa Keïta, coordinateur, Association des Migrants Subsahariens de Rabat (AMSR). Merci et désolé pour l'heure

Envoyé depuis mon smartphone Samsung Galaxy.
"""
    body = alt(text, "--_com.samsung.android.email_1612562648371905", html=auto_html(text))
    m = mk(when, sent_at(when, 1, 4), "smtp.iam.example.ma", "203.0.113.166", "4F0a9Lx3TvZ1",
           "AMSR Rabat <amsr.rabat@iam.example.ma>", "",
           "<t6k1q9-w3z8mn-5v2rxp-0c7b4h.q1@email.android.com>", body)
    add(15, when, m, dict(category="speaker_request", language="fr", acknowledge=True, on_time=False, speakers=[
        sp("Moussa Keïta", "coordinateur", "Association des Migrants Subsahariens de Rabat (AMSR)", ["roundtable"], 4)],
        notes="late by four minutes: received 00:04:12 Beirut time on Saturday 6 February, while the sender's Date "
              "header (UTC+1, Rabat) still reads Fri 5 Feb 23:04 and the sender thinks it is on time. A single "
              "sentence with name, title and organisation comma-separated; 'table ronde 4'. Empty Subject header; "
              "Samsung Email."))


# ================================================================ 16  EN  other  Jordanian who only wants to watch (Yahoo on Android)
def m16():
    when = at("2021-02-08 16:40:55")
    text = """hello
can i attend the conference on 24-25 feb just as an observer? i dont need a speaking slot and we are not sending any report, just want to follow the discussions. pls send the link
thanks
Joseph Khoury
Zarqa, Jordan
"""
    plain = text + "\nSent from Yahoo Mail on Android\n"
    body = alt(plain, "----=_Part_1473920_2068135197.1612795251009", html=yahoo_android_html(text))
    m = mk(when, sent_at(when, 2, 4), "sonic309-25.consmr.mail.ne1.yahoo.example.com", "198.51.100.209",
           "4F1Nv7Qc2KZ5", "Joseph Khoury <joseph_khoury77@yahoo.example.com>", "Attend",
           "<1630487295.1473921.1612795251011@mail.yahoo.example.com>", body, extra=[("X-Mailer", YAHOO_ANDROID)])
    add(16, when, m, dict(category="other", language="en", acknowledge=True, on_time=None,
        notes="one-word subject 'Attend', lowercase phone English: wants to attend 'just as an observer' and says "
              "outright 'i dont need a speaking slot and we are not sending any report'. Name and town "
              "in the signature are not a nomination. Yahoo Mail on Android."))


# ================================================================ 17  FR  report  Fes association forwards its report from an iPhone
M17_ID = "<B1D7E3A9-6C24-4F80-92E5-A8C0F47D3B16@afmm.example.ma>"
M17_SUBJ = "Fwd: Rapport"
M17_FILE = "Rapport AFMM - version finale.docx"
M17_TOP = """Bonjour,

Je vous transfère ci-dessous le rapport volontaire de notre association.

Cordialement
Rachid Amrani
Président – Association Fès Migrations et Mémoire (AFMM)

Envoyé de mon iPhone

Début du message réexpédié :

> De: Leïla Fassi <leila.fassi@afmm.example.ma>
> Date: 8 février 2021 à 18:22:10 UTC+1
> À: Rachid Amrani <r.amrani@afmm.example.ma>
> Objet: Rapport
>
> Salut Rachid, voilà la version finale, tu peux l'envoyer à l'OIM 👍
> Leïla
"""


def m17():
    when = at("2021-02-09 11:10:29")
    doc = make_docx(["Association Fes Migrations et Memoire (AFMM)", "Rapport volontaire - Examen regional du PMM",
                     "1. Fes, ville d'installation", "2. Mineurs non accompagnes", "3. Memoire des migrations",
                     "4. Recommandations"])
    body = multi("mixed", [leaf("text/plain", M17_TOP), attach(DOCX, doc, M17_FILE, inline=True),
                           leaf("text/plain", "\n")], "Apple-Mail-5E9A1C37-2D84-4B6F-A0C5-71F3E8D29B40")
    m = mk(when, sent_at(when, 1, 10), "smtp.afmm.example.ma", "203.0.113.58", "4F2Bx5Kw8RZ3",
           "Rachid Amrani <r.amrani@afmm.example.ma>", M17_SUBJ, M17_ID, body, extra=[("X-Mailer", IPHONE)])
    add(17, when, m, dict(category="voluntary_report", language="fr", acknowledge=True, on_time=True,
        report_attachments=[M17_FILE],
        notes="iPhone forward with the one-word original subject ('Fwd: Rapport'): the president's two lines on top, "
              "the forwarded internal mail underneath ('tu peux l'envoyer à l'OIM 👍') and the DOCX inline, as Apple "
              "Mail sends it. The report author (Leïla) is not a speaker. Followed up in h296-21."))


# ================================================================ 18  AR  report  Sidon association: PDF + WhatsApp photo of the cover letter (Samsung)
M18_ID = "<h3m8v1-x6q2kp-9w4tzr-7n5c1b.f8@email.android.com>"
M18_SUBJ = "التقرير"
M18_QID = "4F3Hq1Nz6VZ7"
M18_FILE = "تقرير جمعية الأمل الطوعي.pdf"


def m18():
    when = at("2021-02-10 20:33:08")
    text = """مساء الخير
مرفق التقرير الطوعي لجمعية الأمل لرعاية العمال المهاجرين 📎 والصورة هي كتاب التغطية الموقّع من الرئيسة

تم الإرسال من هاتف Samsung Galaxy الذكي الخاص بي.
"""
    pdf = rep_pdf("Al-Amal Association for the Care of Migrant Workers - Voluntary GCM review report",
                  "Saida, Lebanon, February 2021",
                  ["Domestic workers after the 2020 crisis", "Shelter and repatriation", "Legal aid",
                   "Recommendations"])
    a = alt(text, "--_com.samsung.android.email_1612981982442017", html=auto_html(text, rtl=True), b64=True)
    body = multi("mixed", [a, attach("application/pdf", pdf, M18_FILE),
                           attach("image/jpeg", make_jpg(18), "IMG-20210210-WA0007.jpg")],
                 "--_com.samsung.android.email_1612981982442016")
    m = mk(when, sent_at(when, 2, 9), "mail-qk1-f176.google.example.com", "192.0.2.176", M18_QID,
           addr("جمعية الأمل", "alamal.saida@gmail.example.com"), hdr(M18_SUBJ), M18_ID, body)
    add(18, when, m, dict(category="voluntary_report", language="ar", acknowledge=True, on_time=True,
        report_attachments=[M18_FILE],
        notes="one-word subject, one-line Samsung body with an emoji: the PDF (Arabic name, RFC 2231 + RFC 2047) is "
              "the report; the WhatsApp photo 'IMG-20210210-WA0007.jpg' is the signed cover letter ('كتاب التغطية "
              "الموقّع'), not part of the report. The account's Gmail vacation responder answers our "
              "acknowledgement (h296-19)."))


# ================================================================ 19  AR  auto_reply  Gmail vacation responder of 18
def m19():
    when = at("2021-02-10 20:33:41")
    ack = ack_mid(M18_QID)
    text = """شكراً لتواصلكم مع جمعية الأمل لرعاية العمال المهاجرين.
مكتب الجمعية مغلق حتى الاثنين 15 شباط، وسنرد على رسالتكم فور عودتنا.
للحالات الطارئة: 07 000 000 (خط الطوارئ)
"""
    body = alt(text, "000000000000e8c21f05bb0d4a76", html=gmail_html(text, rtl=True), b64=True)
    rows = std_rows(when, "mail-sor-f69.google.example.com", "192.0.2.69", "4F3Hr4Cw9LZ0",
                    addr("جمعية الأمل", "alamal.saida@gmail.example.com"),
                    re_hdr("Re: ", "تأكيد استلام - " + M18_SUBJ), rfcdate(sent_at(when, 2, 3)),
                    "<CAM2vTq7Wk4nX9rL+f3Hz6Pb1sD8cYg5jK2@mail.gmail.example.com>",
                    extra=[("Auto-Submitted", "auto-replied")], ret="")
    rows = [(k, "<>" if k == "Return-Path" else v) for k, v in rows]
    rows += [("In-Reply-To", ack), ("References", M18_ID + " " + ack), ("Precedence", "bulk")]
    add(19, when, top(body, rows), dict(category="auto_reply", language="ar", acknowledge=False, on_time=None,
        notes="Gmail vacation responder of the h296-18 account answering our acknowledgement 33 seconds later "
              "(Auto-Submitted: auto-replied, Precedence: bulk, null Return-Path, References name h296-18); Arabic, "
              "names the association. Never acknowledge; thread_of null as for dev auto-replies."))


# ================================================================ 20  EN  report  'wrong file' - the final version replaces 05 (iPhone reply)
def m20():
    when = at("2021-02-12 07:52:16")
    fname = "MVY_GCM_Voluntary_Review_2021_FINAL.pdf"
    part1 = """sorry!! sent u the draft by mistake last week 🙈 pls use this one instead, its the final

Salem
Migrant Voices Yemen

Sent from my iPhone

"""
    part2 = """
On 1 Feb 2021, at 09:30, Migrant Voices Yemen <migrantvoices.ye@gmail.example.com> wrote:

>
> <MVY_GCM_Voluntary_Review_2021.pdf>
"""
    pdf = rep_pdf("Voluntary GCM review - Migrant Voices Yemen (MVY)", "Aden, February 2021 (final)",
                  ["Migrants stranded in Aden and Lahj", "Detention and returns", "Access to health care",
                   "Recommendations"])
    body = multi("mixed", [leaf("text/plain", part1), attach("application/pdf", pdf, fname, inline=True),
                           leaf("text/plain", part2)], "Apple-Mail-8D3F6B20-A1C7-4E59-93B8-0F2E7C45D1A6")
    m = mk(when, sent_at(when, 3, 8), "mail-wm1-f52.google.example.com", "192.0.2.52", "4F4Dk8Pm3WZ9",
           "Migrant Voices Yemen <migrantvoices.ye@gmail.example.com>", "Re:",
           "<F27B9D4C-3E81-4A06-B5C2-8D1E6A0F93B7@gmail.example.com>", body,
           extra=[("X-Mailer", IPHONE), ("In-Reply-To", M05_ID), ("References", M05_ID)])
    add(20, when, m, dict(category="voluntary_report", language="en", acknowledge=True, on_time=True,
        thread_of=H % 5, report_attachments=[fname],
        notes="top-posted iPhone reply to the sender's own attachment-only message h296-05 (In-Reply-To; subject just "
              "'Re:' since the original had none): 'pls use this one instead, its the final' replaces the draft. "
              "Only the new PDF is attached and listed; the quote shows the old file name as '<...pdf>' text, not "
              "an attachment. On time (12 February)."))


# ================================================================ 21  FR  other  'bien reçu ?' two weeks later over the forward of 17
def m21():
    when = at("2021-02-15 09:14:50")
    text = """Bonjour, pouvez-vous nous confirmer la bonne réception de notre rapport svp ? Nous n'avons pas eu de retour. Merci

Envoyé de mon iPhone

Le 9 févr. 2021 à 10:10, Rachid Amrani <r.amrani@afmm.example.ma> a écrit :

""" + gt(M17_TOP) + "\n"
    body = leaf("text/plain", text, "utf-8", "quoted-printable")
    m = mk(when, sent_at(when, 1, 7), "smtp.afmm.example.ma", "203.0.113.58", "4F5Ag3Tr6NZ2",
           "Rachid Amrani <r.amrani@afmm.example.ma>", "Re: " + M17_SUBJ,
           "<0A6C3E91-B7D2-4F58-8E14-C5B92D7A3F60@afmm.example.ma>", body,
           extra=[("X-Mailer", IPHONE), ("In-Reply-To", M17_ID), ("References", M17_ID)])
    add(21, when, m, dict(category="other", language="fr", acknowledge=True, on_time=None, thread_of=H % 17,
        notes="one-line follow-up asking whether the report of h296-17 arrived ('pouvez-vous nous confirmer la "
              "bonne réception'), top-posted over the sender's own forward (In-Reply-To h296-17, '>'-quoted, "
              "with the nested forward quoted twice): nothing is re-sent (the DOCX is not attached again), so "
              "'other', a question to answer."))


# ================================================================ 22  AR  report  Jordanian network at 23:58 on the report deadline (Huawei)
M22_ID = "<z5k2p9w7m1x4.hm.1613512727@email.huawei.example.com>"
M22_SUBJ = "تقرير"
M22_QID = "4F6Tz7Wb1QZ5"
M22_FILE = "تقرير شبكة سند - الاستعراض الإقليمي.pdf"


def m22():
    when = at("2021-02-16 23:58:51")
    text = """مساء الخير، لحقنا الـ deadline 😅 مرفق التقرير الطوعي تبع شبكة سند للعمال المهاجرين، بعتذر عالتأخير

مرسل من هاتفي Huawei
"""
    pdf = rep_pdf("Sanad Network for Migrant Workers - Voluntary GCM review report", "Amman, 16 February 2021",
                  ["Agricultural workers in the Jordan Valley", "Work permits and fees", "COVID-19 and wages",
                   "Recommendations"])
    a = alt(text, "--_com.huawei.email_1613512727461", html=auto_html(text, rtl=True), b64=True)
    body = multi("mixed", [a, attach("application/pdf", pdf, M22_FILE)], "--_com.huawei.email_1613512727460")
    m = mk(when, sent_at(when, 2, 14), "mail.sanad-jo.example.org", "203.0.113.119", M22_QID,
           addr("شبكة سند", "info@sanad-jo.example.org"), hdr(M22_SUBJ), M22_ID, body,
           extra=[("X-Mailer", HUAWEI)])
    add(22, when, m, dict(category="voluntary_report", language="ar", acknowledge=True, on_time=True,
        report_attachments=[M22_FILE],
        notes="deadline edge: received 23:58:51 Beirut time on Tuesday 16 February, on time although the sender "
              "apologises for the delay ('بعتذر عالتأخير'). One sentence mixing Arabic and English ('لحقنا الـ "
              "deadline 😅'), one-word subject; PDF with an Arabic name (RFC 2231 + RFC 2047). Huawei mail app; "
              "a question follows under our acknowledgement (h296-24)."))


# ================================================================ 23  EN  report  London diaspora group, 12 minutes late (Samsung, Date UTC+0)
def m23():
    when = at("2021-02-17 00:12:20")
    fname = "SDWF_GCM_review_report.pdf"
    text = """Hi, pls find our report attached. Still the 16th here in London so hope it counts 🤞

Best, Nafisa
Sudanese Diaspora Women's Forum

Sent from my Galaxy
"""
    pdf = rep_pdf("Sudanese Diaspora Women's Forum (SDWF) - Voluntary GCM review report", "London, February 2021",
                  ["Remittances and the 2020 economic crisis", "Return and reintegration in Khartoum",
                   "Diaspora engagement", "Recommendations"])
    a = alt(text, "--_com.samsung.android.email_1613513532601284", html=auto_html(text))
    body = multi("mixed", [a, attach("application/pdf", pdf, fname)], "--_com.samsung.android.email_1613513532601283")
    m = mk(when, sent_at(when, 0, 8), "mail-wr1-f41.google.example.com", "192.0.2.141", "4F6Vb2Hn8KZ1",
           "Nafisa Osman <sdwf.london@gmail.example.com>", "GCM report",
           "<v9r3m6-b2x8kq-1t5wnz-4p7c0g.s5@email.android.com>", body)
    add(23, when, m, dict(category="voluntary_report", language="en", acknowledge=True, on_time=False,
        report_attachments=[fname],
        notes="late by 12 minutes: received 00:12:20 Beirut time on Wednesday 17 February; the Date header (UTC+0, "
              "London) reads Tue 16 Feb 22:12 and the sender says 'Still the 16th here in London so hope it "
              "counts', but the deadline is Beirut time. Samsung Email via Gmail, two-line body with emoji."))


# ================================================================ 24  AR  other  Zoom question top-posted over our acknowledgement of 22
def m24():
    when = at("2021-02-19 12:26:03")
    ack = ack_mid(M22_QID)
    text = """شكراً إلكم 🌹 بس سؤال، رابط الـ Zoom رح يوصلنا عالإيميل ولا لازم نسجل بمكان؟

مرسل من هاتفي Huawei

-------- الرسالة الأصلية --------
من: GCM Regional Review Arab States <gcmrrarabstates@iom.int>
التاريخ: الثلاثاء، 16 فبراير 2021 11:59 م
إلى: شبكة سند <info@sanad-jo.example.org>
الموضوع: تأكيد استلام - تقرير

""" + ack_text("ar", M22_SUBJ) + "\n"
    body = alt(text, "--_com.huawei.email_1613730361772", html=auto_html(text, rtl=True), b64=True)
    m = mk(when, sent_at(when, 2, 9), "mail.sanad-jo.example.org", "203.0.113.119", "4F8Kp5Rx2TZ4",
           addr("شبكة سند", "info@sanad-jo.example.org"), re_hdr("Re: ", "تأكيد استلام - " + M22_SUBJ),
           "<c8w1t4n7q2z6.hm.1613730361@email.huawei.example.com>", body,
           extra=[("X-Mailer", HUAWEI), ("In-Reply-To", ack), ("References", M22_ID + " " + ack)])
    add(24, when, m, dict(category="other", language="ar", acknowledge=True, on_time=None, thread_of=H % 22,
        notes="a reply to our acknowledgement of h296-22 (References name it) that starts as a thank-you ('شكراً "
              "إلكم 🌹') but adds a new question (will the Zoom link come by email or must we register?), so unlike "
              "a bare thank-you it is acknowledged. Arabic and English mixed in one sentence ('رابط الـ Zoom'); "
              "Huawei 'الرسالة الأصلية' quote block."))


def main():
    for f in (m01, m02, m03, m04, m05, m06, m07, m08, m09, m10, m11, m12, m13, m14, m15, m16, m17, m18, m19,
              m20, m21, m22, m23, m24):
        f()
    SET.write()


if __name__ == "__main__":
    main()
