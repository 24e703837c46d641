#!/usr/bin/env python3
"""Write the blind evaluation set holdout127 (24 raw .eml messages + labels.json).

Deterministic, standard library only:  python3 tests/data/make_eval_sets127.py
Theme: mobile-phone mail -- very short messages from phones, WhatsApp-style writing, Arabizi,
voice-dictation errors, 'Sent from my iPhone', details spread over two messages of a thread,
screenshots described in words (Lebanon, Syria, Iraq, Egypt, Sudan, Morocco, Algeria).
MIME helpers adapted from make_eval_sets72.py.
"""
import datetime as dt
import json
import os
import struct
from email.message import Message
from mailgen import (HERE, BOX, POL, rfcdate, at, tz, hdr, addr, leaf, multi,
                     esc, text2html, make_pdf, make_docx, DOCX,
                     rfc2231, b_word, top, serialize, sp, std_rows)

OUT = os.path.join(HERE, "holdout127")


# ---------------------------------------------------------------- message assembly


MESSAGES = []


def add(num, when, msg, label):
    fname = "h127-%02d.eml" % num
    lab = {"file": fname, "received_at": when.isoformat()}
    lab.update(label)
    full = {k: lab.get(k) for k in ["file", "received_at", "category", "language", "acknowledge", "on_time",
                                    "speakers", "report_attachments", "thread_of", "notes"]}
    for k, default in (("speakers", []), ("report_attachments", []), ("thread_of", None)):
        if full[k] is None and default is not None:
            full[k] = default
    MESSAGES.append((fname, serialize(msg), full))


# ================================================================ the 24 messages


def make_jpg(seed, w=3024, h=4032, model="iPhone 8"):
    """Small JPEG-shaped bytes: SOI, APP0 JFIF, APP1 Exif (Apple), DQT, SOF0, DHT, SOS, scan data, EOI."""
    def seg(marker, payload):
        return b"\xff" + bytes([marker]) + struct.pack(">H", len(payload) + 2) + payload
    exif = (b"Exif\x00\x00MM\x00*\x00\x00\x00\x08" + b"\x00\x02" + b"\x01\x0f\x00\x02\x00\x00\x00\x06\x00\x00\x00\x26"
            + b"\x01\x10\x00\x02\x00\x00\x00%c\x00\x00\x00\x2c" % (len(model) + 1) + b"\x00\x00\x00\x00"
            + b"Apple\x00" + model.encode("ascii") + b"\x00")
    dqt = b"\x00" + bytes((i * 7 + 3) % 60 + 2 for i in range(64))
    sof = b"\x08" + struct.pack(">HH", h, w) + b"\x03\x01\x22\x00\x02\x11\x01\x03\x11\x01"
    dht = b"\x00" + bytes([0, 1, 5, 1, 1, 1, 1, 1, 1, 0, 0, 0, 0, 0, 0, 0]) + bytes(range(12))
    sos = b"\x03\x01\x00\x02\x11\x03\x11\x00\x3f\x00"
    x, scan = seed, bytearray()
    for _ in range(2400):
        x = (x * 1103515245 + 12345) & 0x7fffffff
        b = (x >> 16) & 0xff
        scan.append(b)
        if b == 0xff:
            scan.append(0)
    return (b"\xff\xd8" + seg(0xe0, b"JFIF\x00\x01\x01\x00\x00\x48\x00\x48\x00\x00") + seg(0xe1, exif)
            + seg(0xdb, dqt) + seg(0xc0, sof) + seg(0xc4, dht) + seg(0xda, sos) + bytes(scan) + b"\xff\xd9")


def iphone_alt(text, bnd, charset="utf-8", cte="quoted-printable"):
    """Apple Mail on iOS: multipart/alternative, html body dir=auto."""
    paras = text.rstrip("\n").split("\n")
    inner = "".join("<div dir=\"auto\">%s</div>" % (esc(p) if p else "<br>") for p in paras)
    html = ('<html><head><meta http-equiv="content-type" content="text/html; charset=%s"></head>'
            '<body dir="auto">%s</body></html>' % (charset, inner))
    return multi("alternative", [leaf("text/plain", text, charset, cte), leaf("text/html", html, charset, cte)], bnd)


def gmail_alt(text, bnd, rtl=False, cte="quoted-printable"):
    d = "rtl" if rtl else "ltr"
    html = '<div dir="%s">' % d + "".join("<div>%s</div>" % (esc(p) if p else "<br>")
                                          for p in text.rstrip("\n").split("\n")) + "</div>\n"
    return multi("alternative", [leaf("text/plain", text, "UTF-8", cte), leaf("text/html", html, "UTF-8", cte)], bnd)


def attach(ctype, data, name, inline=False, encoded_name=None, extra=None):
    fn = encoded_name or '"%s"' % name
    disp = "%s; filename=%s" % ("inline" if inline else "attachment", fn)
    if encoded_name and encoded_name.startswith("*"):
        disp = "%s; filename%s" % ("inline" if inline else "attachment", encoded_name)
        params = [("name", '"%s"' % b_word(name))]
    else:
        params = [("name", fn)]
    return leaf(ctype, data, cte="base64", params=params, disp=disp, extra=extra)


def S(s):
    """Subject: ASCII as is, else RFC 2047 UTF-8 base64."""
    try:
        s.encode("ascii")
        return s
    except UnicodeEncodeError:
        return hdr(s)


# ---------------------------------------------------------------- 01-02: Arabizi, details over two messages
MID01 = "<F3A1C7E2-5B9D-4E0A-8C61-2D7B90A4E513@gmail.example.com>"


def m01():
    when = at("2021-01-31 19:40:22")
    sent = when - dt.timedelta(seconds=6)
    text = ("Marhaba, baddna nsajjel Rami Khoury men Jam3iyyet Insan lal Tanmiye ya7ki bel roundtable 2\n"
            "shukran ktir\n\nSent from my iPhone\n")
    body = iphone_alt(text, "Apple-Mail-7A2C0B6E-1F3D-4B8A-9E25-6C0D1A4F7B93", "us-ascii", "7bit")
    rows = std_rows(when, "mail-pj1-f52.google.example.com", "209.85.216.52", "4DTqLm1Xy3z9R",
                    "Maya Sfeir <maya.sfeir93@gmail.example.com>", "GCM speaker", rfcdate(sent),
                    MID01, ret="maya.sfeir93@gmail.example.com",
                    extra=[("X-Mailer", "iPhone Mail (18C66)")])
    m = top(body, rows)
    add(1, when, m, dict(category="speaker_request", language="ar", acknowledge=True, on_time=True,
        speakers=[sp("Rami Khoury", None, "Jam3iyyet Insan lal Tanmiye", ["roundtable"], 2)],
        notes="two-line Arabizi (Lebanese Arabic in Latin letters with digits: 3 = ain, 7 = haa), no title, "
              "organisation name written in Arabizi; only English words are 'roundtable 2' and the iPhone "
              "footer; language is Arabic although the script is Latin; the title follows 7 minutes later."))


def m02():
    when = at("2021-01-31 19:47:51")
    sent = when - dt.timedelta(seconds=5)
    text = ("w nsit 2ello: Rami howe el Executive Director tab3 el jam3iyye\n"
            "sorry 3al ta2khir\n\nSent from my iPhone\n\n"
            "> On 31 Jan 2021, at 7:40 PM, Maya Sfeir <maya.sfeir93@gmail.example.com> wrote:\n>\n"
            "> \ufeffMarhaba, baddna nsajjel Rami Khoury men Jam3iyyet Insan lal Tanmiye ya7ki bel roundtable 2\n"
            "> shukran ktir\n>\n> Sent from my iPhone\n")
    body = iphone_alt(text, "Apple-Mail-0B94E1D7-6A3C-4F52-B8E0-93C7A25D1F46", "utf-8", "quoted-printable")
    rows = std_rows(when, "mail-pj1-f44.google.example.com", "209.85.216.44", "4DTqWs0Gk2z9T",
                    "Maya Sfeir <maya.sfeir93@gmail.example.com>", "Re: GCM speaker", rfcdate(sent),
                    "<5E0C9B7A-2D4F-4A1E-B3C8-71F6E2A09D35@gmail.example.com>", ret="maya.sfeir93@gmail.example.com",
                    extra=[("X-Mailer", "iPhone Mail (18C66)")])
    rows += [("In-Reply-To", MID01), ("References", MID01)]
    m = top(body, rows)
    add(2, when, m, dict(category="speaker_request", language="ar", acknowledge=True, on_time=True,
        speakers=[sp("Rami Khoury", "Executive Director", "Jam3iyyet Insan lal Tanmiye", ["roundtable"], 2)],
        thread_of="h127-01.eml",
        notes="follow-up 7 minutes after h127-01 (reply to her own message) that only adds the title, in "
              "English inside an Arabizi sentence ('Rami howe el Executive Director tab3 el jam3iyye' = of the "
              "association); organisation and roundtable 2 are only in the quoted first message; the record "
              "is the merge of both messages."))


# ---------------------------------------------------------------- 03: dictated English, misrecognised org word
def m03():
    when = at("2021-02-01 10:12:09")
    sent = tz(when - dt.timedelta(seconds=8), 2)
    text = ("Good morning I would like to request a speaking role for my colleague Amna Osman she is the "
            "program officer at the Sudanese Organization for Research and Dove Element (SORD) she would like "
            "to speak in the plenty session on the 24th or 25th thank you very much\n"
            "Abdelrahim\n\nSent from my iPhone\n")
    body = iphone_alt(text, "Apple-Mail-3C85D0A2-9E1B-47F6-A0D4-5B2E8C7F1936")
    rows = std_rows(when, "sonic305-21.consmr.mail.ir2.yahoo.example.com", "77.238.177.147", "4DTr8n6vQpz8W",
                    "Abdelrahim Yousif <a_yousif77@yahoo.example.com>", "speaking role request", rfcdate(sent),
                    "<2A7D4E91-C0B3-4F68-9D15-E83A6B02C7F4@yahoo.example.com>", ret="a_yousif77@yahoo.example.com",
                    extra=[("X-Mailer", "iPhone Mail (18D52)")])
    m = top(body, rows)
    add(3, when, m, dict(category="speaker_request", language="en", acknowledge=True, on_time=True,
        speakers=[sp("Amna Osman", "program officer",
                     "Sudanese Organization for Research and Dove Element (SORD)", ["plenary"], None)],
        notes="dictated on an iPhone: one unpunctuated sentence; 'Development' misrecognised as 'Dove Element' "
              "in the organisation name (labelled as written, acronym SORD kept) and 'plenary' as 'plenty "
              "session' (on the 24th or 25th = plenary); speaker is a colleague of the sender, who signs with "
              "his first name only."))


# ---------------------------------------------------------------- 04: French, no capitals, no accents
def m04():
    when = at("2021-02-01 22:30:40")
    sent = tz(when - dt.timedelta(seconds=11), 1)
    text = ("bonsoir\n"
            "je voudrais inscrire mon collegue youssef benali charge de plaidoyer a l association amal pour "
            "la migration (oujda) pour prendre la parole a la table ronde 3\n"
            "merci d avance\n"
            "hicham\n")
    body = gmail_alt(text, "000000000000a41c7e05ba4d2f10")
    rows = std_rows(when, "mail-wm1-f66.google.example.com", "209.85.128.66", "4DTz0f3L1Vz8X",
                    "hicham el idrissi <hicham.elidrissi.oj@gmail.example.com>", "intervention table ronde",
                    rfcdate(sent), "<CAH7mXq2fK9rT0bV4nW8cE1zA6pL3sD5gJ9uY2oR7iM0kN4eQ8w@mail.gmail.example.com>",
                    ret="hicham.elidrissi.oj@gmail.example.com")
    m = top(body, rows)
    add(4, when, m, dict(category="speaker_request", language="fr", acknowledge=True, on_time=True,
        speakers=[sp("Youssef Benali", "charge de plaidoyer", "association amal pour la migration", ["roundtable"], 3)],
        notes="Gmail on Android, no capital letters and no accents anywhere ('charge de plaidoyer' = chargé de "
              "plaidoyer, 'a l association'); the name has to be picked out of a lower-case run of words; the "
              "city in brackets after the organisation is not part of it; Date header in Morocco time (+0100)."))


# ---------------------------------------------------------------- 05: Egyptian colloquial, someone else
def m05():
    when = at("2021-02-02 13:05:17")
    sent = when - dt.timedelta(seconds=9)
    text = ("مساء الخير\n"
            "لو سمحتم عايزين نرشح دكتورة منى عبد الحميد عشان تكون هي الـ rapporteur اللي هتقدم الرسائل الرئيسية "
            "بتاعة أصحاب المصلحة\n"
            "هي مديرة وحدة الهجرة والنزوح في مؤسسة بكرة للتنمية المجتمعية\n"
            "ياريت تأكدولنا الاستلام\n"
            "أحمد\n\nSent from my iPhone\n")
    body = iphone_alt(text, "Apple-Mail-8D1F3A60-B7C2-4E95-A0F8-2C6D9E4B1A57", "utf-8", "base64")
    rows = std_rows(when, "mail-ej1-f48.google.example.com", "209.85.218.48", "4DVLq41sYnz8Y",
                    addr("أحمد سليمان", "ahmed.soliman.bokra@gmail.example.com"),
                    S("ترشيح"), rfcdate(sent), "<9B4E2C7D-1A58-4F03-86E2-D7C05A3B9F18@gmail.example.com>",
                    ret="ahmed.soliman.bokra@gmail.example.com", extra=[("X-Mailer", "iPhone Mail (18C66)")])
    m = top(body, rows)
    add(5, when, m, dict(category="speaker_request", language="ar", acknowledge=True, on_time=True,
        speakers=[sp("منى عبد الحميد", "مديرة وحدة الهجرة والنزوح", "مؤسسة بكرة للتنمية المجتمعية",
                     ["rapporteur"], None)],
        notes="Egyptian colloquial ('عايزين نرشح', 'بتاعة', 'تأكدولنا'); the role is the English word "
              "'rapporteur' inside the Arabic sentence; 'دكتورة' is an honorific; speaker proposed by a "
              "colleague who signs with his first name; base64 text parts; one-word subject."))


# ---------------------------------------------------------------- 06: other, logistics question
def m06():
    when = at("2021-02-02 16:20:33")
    sent = when - dt.timedelta(seconds=4)
    text = ("hi\nis there a zoom link for the 23rd or is it teams?? and can ppl attend without speaking "
            "or u need to register\nthx\n\nSent from my Huawei phone\n")
    body = leaf("text/plain", text, "utf-8", "8bit")
    rows = std_rows(when, "mail-lf1-f41.google.example.com", "209.85.167.41", "4DVS8b2Pw5z8Z",
                    "Lara Hajj <lara.hajj.lb@hotmail.example.com>", "link", rfcdate(sent),
                    "<AM0PR08MB51234C7E9D2A1F60B3E87C45A1D90@AM0PR08MB5123.eurprd08.prod.outlook.example.com>",
                    ret="lara.hajj.lb@hotmail.example.com")
    m = top(body, rows)
    add(6, when, m, dict(category="other", language="en", acknowledge=True, on_time=None,
        notes="logistics question from a phone (meeting link, attending without speaking, registration); "
              "mentions speaking and the 23rd but asks for no role and names no speaker; one-word subject."))


# ---------------------------------------------------------------- 07-08: Algerian French both + thank-you
MID07 = "<1612341663.5821.3@samsung-mail.example.dz>"
ACK07 = "<ack-20210203-0941-7c2e@gcmrrarabstates.iom.int>"
DOCX07 = "Rapport_GCM_CAMD_2021.docx"


def m07():
    when = at("2021-02-03 09:41:30")
    sent = tz(when - dt.timedelta(seconds=27), 1)
    text = ("Bonjour,\n"
            "Ci-joint le rapport volontaire du Collectif Algérien pour la Mobilité et les Droits (CAMD) pour "
            "l'examen régional du Pacte.\n"
            "On souhaite aussi que notre présidente Mme Nadia Bouzid intervienne en séance plénière.\n"
            "Cordialement\n"
            "Karim\n\n"
            "Envoyé depuis mon smartphone Samsung Galaxy.\n")
    html = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"></head><body>'
            + "".join("<div>%s</div>" % (esc(p) if p else "<br>") for p in text.rstrip("\n").split("\n"))
            + "</body></html>")
    alt = multi("alternative", [leaf("text/plain", text, "UTF-8", "quoted-printable"),
                                leaf("text/html", html, "UTF-8", "quoted-printable")], "--_com.samsung.android.email_49381270212211880")
    docx = make_docx(["Collectif Algérien pour la Mobilité et les Droits (CAMD)",
                      "Rapport volontaire - Examen régional du Pacte mondial pour des migrations sûres, ordonnées et régulières",
                      "1. Contexte", "2. Mise en oeuvre des objectifs 7, 10 et 15", "3. Recommandations"])
    body = multi("mixed", [alt, attach(DOCX, docx, DOCX07)], "--_com.samsung.android.email_49381270212211879")
    rows = std_rows(when, "smtp.djaweb.example.dz", "41.111.22.87", "4DW1gQ5mKcz8b",
                    "Karim Saadi <k.saadi.camd@yahoo.example.fr>", "rapport + intervention", rfcdate(sent),
                    MID07, ret="k.saadi.camd@yahoo.example.fr")
    m = top(body, rows)
    add(7, when, m, dict(category="both", language="fr", acknowledge=True, on_time=True,
        speakers=[sp("Nadia Bouzid", "présidente", "Collectif Algérien pour la Mobilité et les Droits (CAMD)",
                     ["plenary"], None)],
        report_attachments=[DOCX07],
        notes="Samsung Email from Algeria (+0100): three lines do both things; the speaker's affiliation is "
              "only in the report sentence ('notre présidente' = of the CAMD); 'Mme' is an honorific; the "
              "sender (Karim) is not the speaker."))


def m08():
    when = at("2021-02-03 11:02:14")
    sent = tz(when - dt.timedelta(seconds=7), 1)
    text = ("Merci bien reçu 👍\n\n"
            "Envoyé depuis mon smartphone Samsung Galaxy.\n\n\n"
            "-------- Message d'origine --------\n"
            "De : gcmrrarabstates@iom.int\n"
            "Date : 03/02/2021 08:45 (GMT+01:00)\n"
            "À : Karim Saadi <k.saadi.camd@yahoo.example.fr>\n"
            "Objet : Accusé de réception / Acknowledgement: rapport + intervention\n\n"
            "Bonjour,\n"
            "Nous accusons réception de votre message (rapport volontaire et demande d'intervention). "
            "Le secrétariat reviendra vers vous.\n"
            "Réseau régional des Nations Unies sur les migrations\n")
    body = leaf("text/plain", text, "UTF-8", "quoted-printable")
    rows = std_rows(when, "smtp.djaweb.example.dz", "41.111.22.87", "4DW4JT0pHfz8c",
                    "Karim Saadi <k.saadi.camd@yahoo.example.fr>",
                    hdr("RE: Accusé de réception / Acknowledgement: rapport + intervention", enc="Q"),
                    rfcdate(sent), "<1612346527.6112.1@samsung-mail.example.dz>", ret="k.saadi.camd@yahoo.example.fr")
    rows += [("In-Reply-To", ACK07), ("References", MID07 + " " + ACK07)]
    m = top(body, rows)
    add(8, when, m, dict(category="other", language="fr", acknowledge=False, on_time=None, thread_of="h127-07.eml",
        notes="thank-you with an emoji in reply to our acknowledgement of h127-07 (In-Reply-To = the "
              "acknowledgement, References also names h127-07); adds nothing new, so no acknowledgement; the "
              "quoted acknowledgement mentions both the report and the speaking request."))


# ---------------------------------------------------------------- 09: Syrian, HTML only, two speakers in a list
def m09():
    when = at("2021-02-03 20:15:48")
    sent = when - dt.timedelta(seconds=12)
    html = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"></head>'
            '<body><div dir="rtl" style="font-family:Helvetica Neue, Helvetica, Arial, sans-serif;font-size:16px;">'
            '<div>مرحبا</div><div>حابين نشارك بشخصين إذا بيصير:</div><br>'
            '<div>- نور الهدى الأحمد - منسقة مشاريع - شبكة حراس الطفولة - بالطاولة المستديرة الأولى</div>'
            '<div>- باسل العلي، مدير رابطة المهجّرين السوريين، بالنقاش المفتوح يوم ٢٣</div><br>'
            '<div>ويعطيكن العافية</div><div>رهف</div><br>'
            '<div id="ymail_android_signature"><a href="https://go.onelink.me/107872968?pid=InProduct&amp;c=Global_Internal_YGrowth_AndroidEmailSig__AndroidUsers&amp;af_wl=ym&amp;af_sub1=Internal&amp;af_sub2=Global_YGrowth&amp;af_sub3=EmailSignature">'
            'Sent from Yahoo Mail on Android</a></div></div></body></html>\n')
    body = leaf("text/html", html, "UTF-8", "base64")
    rows = std_rows(when, "sonic309-14.consmr.mail.bf2.yahoo.example.com", "74.6.129.123", "4DWKx86Mr7z8d",
                    addr("Rahaf Darwish", "rahaf.darwish@yahoo.example.com"), S("مشاركة"), rfcdate(sent),
                    "<1764920183.412077.1612376136702@mail.yahoo.example.com>", ret="rahaf.darwish@yahoo.example.com",
                    extra=[("X-Mailer", "WebService/1.1.17648 YMailAndroid")])
    m = top(body, rows)
    add(9, when, m, dict(category="speaker_request", language="ar", acknowledge=True, on_time=True,
        speakers=[sp("نور الهدى الأحمد", "منسقة مشاريع", "شبكة حراس الطفولة", ["roundtable"], 1),
                  sp("باسل العلي", "مدير", "رابطة المهجّرين السوريين", ["open_discussion"], None)],
        notes="Yahoo Mail for Android, HTML only (base64), Syrian colloquial; two speakers in a dash list, one "
              "with dash-separated fields, the other with commas and the title run into the organisation "
              "('مدير رابطة ...'); roundtable written as an ordinal word ('الأولى'), open discussion given as "
              "'النقاش المفتوح يوم ٢٣' with an Arabic-Indic digit."))


# ---------------------------------------------------------------- 10: auto-reply
def m10():
    when = at("2021-02-04 08:55:03")
    sent = tz(when - dt.timedelta(seconds=2), 3)
    text = ("I am currently on mission with limited access to email until 14 February. For urgent matters "
            "please contact my colleague Ms. Hiba Qassem (hiba.qassem@caritas-iq.example.org) or WhatsApp "
            "+964 770 000 0000.\n\nBest regards,\nFather Louis Shamoun\nDirector, Migrants Desk\n")
    body = leaf("text/plain", text, "us-ascii", "7bit")
    rows = std_rows(when, "mail-eopbgr80088.outbound.protection.outlook.example.com", "40.107.8.88",
                    "4DWl5V1Tghz8f", "Louis Shamoun <l.shamoun@caritas-iq.example.org>",
                    "Automatic reply: GCM Regional Review - speaking roles (reminder: 5 February)", rfcdate(sent),
                    "<f3b2a7c4d1e04a9cb6e2d8f01a5c7e93@DB8PR01MB6245.eurprd01.prod.outlook.example.com>",
                    ret="", extra=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All"),
                                   ("X-MS-Exchange-Inbox-Rules-Loop", "l.shamoun@caritas-iq.example.org")])
    m = top(body, rows)
    add(10, when, m, dict(category="auto_reply", language="en", acknowledge=False, on_time=None,
        notes="Outlook out-of-office (Auto-Submitted: auto-replied, X-Auto-Response-Suppress) answering the reminder "
              "about speaking roles; its subject repeats 'speaking roles' and the signature has a name and "
              "title, but it is not a request."))


# ---------------------------------------------------------------- 11: Lebanese French, WhatsApp screenshot described
def m11():
    when = at("2021-02-04 12:30:26")
    sent = when - dt.timedelta(seconds=10)
    text = ("Bonjour,\n\n"
            "Je vous transfère ce que Mme Haddad m'a envoyé sur WhatsApp (capture d'écran en pièce jointe, "
            "je vous recopie le texte car l'image est floue) :\n\n"
            "« Stp inscris-moi : Rita Haddad, Directrice du Centre Nassim pour les droits des travailleuses "
            "migrantes, pour la table ronde n°4. Merci ya Georges »\n\n"
            "Merci de confirmer,\nGeorges\n\nEnvoyé de mon iPhone\n")
    alt = iphone_alt(text, "Apple-Mail-4E7B2D09-C1A6-4F38-9B05-E6D2A8C71F30")
    shot = "Screenshot_20210204-122801_WhatsApp.jpg"
    img = attach("image/jpeg", make_jpg(7311, 1080, 2280, "SM-A515F"), shot, inline=True,
                 extra=[("Content-Id", "<B51C9E4F-2D70-4A83-9E61-7C0F3B2A8D15>")])
    body = multi("mixed", [alt, img, leaf("text/plain", "\n", "us-ascii", "7bit")],
                 "Apple-Mail-6A9D1E30-F2B4-4C87-A5E0-1D3C7B9F2E64")
    rows = std_rows(when, "mail-wr1-f53.google.example.com", "209.85.221.53", "4DWs2m7Jbyz8g",
                    "Georges Abi Nader <georges.abinader@gmail.example.com>", "Tr: table ronde 4",
                    rfcdate(sent), "<C8E4A2F1-7B39-4D06-A1E5-93F0B6D2C748@gmail.example.com>",
                    ret="georges.abinader@gmail.example.com", extra=[("X-Mailer", "iPhone Mail (18D52)")])
    m = top(body, rows)
    add(11, when, m, dict(category="speaker_request", language="fr", acknowledge=True, on_time=True,
        speakers=[sp("Rita Haddad", "Directrice", "Centre Nassim pour les droits des travailleuses migrantes",
                     ["roundtable"], 4)],
        notes="the request is a WhatsApp message retyped from a screenshot (the inline JPG is the screenshot, "
              "not a report); the sender is not the speaker; 'Mme Haddad' then the full name inside French "
              "guillemets; Lebanese French with 'ya Georges'; 'table ronde n°4'."))


# ---------------------------------------------------------------- 12: Egyptian English both, pasted table
PDF12 = "EIMR GCM review report.pdf"


def m12():
    when = at("2021-02-04 18:10:55")
    sent = when - dt.timedelta(seconds=21)
    text = ("Dear team\n"
            "pls find attached our voluntary review report\n"
            "also we want to nominate a speaker, details below (copied from our whatsapp group sorry for "
            "the format)\n\n"
            "Name | Position | Organisation\n"
            "Hany Samir | Board member | Egyptian Initiative for Migrants' Rights (EIMR)\n"
            "Session: roundtable 2\n\n"
            "thanks\nShereen\n\nGet Outlook for Android\n")
    html = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body>'
            '<div dir="auto">Dear team<br>pls find attached our voluntary review report<br>also we want to '
            'nominate a speaker, details below (copied from our whatsapp group sorry for the format)</div>'
            '<div dir="auto"><br></div><table border="1" cellspacing="0"><tr><td>Name</td><td>Position</td>'
            '<td>Organisation</td></tr><tr><td>Hany Samir</td><td>Board member</td><td>Egyptian Initiative for '
            'Migrants&#39; Rights (EIMR)</td></tr></table><div dir="auto">Session: roundtable 2</div>'
            '<div dir="auto"><br>thanks<br>Shereen</div><div dir="auto"><br></div>'
            '<div dir="auto">Get <a href="https://aka.ms/ghei36">Outlook for Android</a></div></body></html>\n')
    alt = multi("alternative", [leaf("text/plain", text, "us-ascii", "quoted-printable"),
                                leaf("text/html", html, "utf-8", "quoted-printable")],
                "_000_VI1PR0702MB3711B4C92E60A8F1D3E5A7B0VI1PR0702MB3711eurp_")
    pdf = make_pdf(["Egyptian Initiative for Migrants' Rights (EIMR)", "Voluntary GCM Review Report - February 2021",
                    "Objectives 6, 7 and 16: labour migration and inclusion"])
    body = multi("mixed", [alt, attach("application/pdf", pdf, PDF12)],
                 "_004_VI1PR0702MB3711B4C92E60A8F1D3E5A7B0VI1PR0702MB3711eurp_")
    rows = std_rows(when, "mail-eopbgr60072.outbound.protection.outlook.example.com", "40.107.6.72",
                    "4DX2Wc0rFnz8h", "Shereen Adel <shereen.adel@outlook.example.com>", "report + speaker",
                    rfcdate(sent), "<VI1PR0702MB3711B4C92E60A8F1D3E5A7B0@VI1PR0702MB3711.eurprd07.prod.outlook.example.com>",
                    ret="shereen.adel@outlook.example.com")
    m = top(body, rows)
    add(12, when, m, dict(category="both", language="en", acknowledge=True, on_time=True,
        speakers=[sp("Hany Samir", "Board member", "Egyptian Initiative for Migrants' Rights (EIMR)",
                     ["roundtable"], 2)],
        report_attachments=[PDF12],
        notes="Outlook for Android: report PDF (file name with spaces) plus a speaker given as a pipe-separated "
              "table pasted from WhatsApp (a real table in the HTML part); the pipes separate columns, not "
              "organisation and city; sender is not the speaker."))


# ---------------------------------------------------------------- 13: Iraqi, on time, Date header already Saturday
def m13():
    when = at("2021-02-05 23:57:40")
    sent = tz(when - dt.timedelta(seconds=14), 3)
    text = ("هلا بيكم\n"
            "نريد نسجل مشاركة الاستاذ حيدر كاظم مسؤول ملف الهجرة بمنظمة تموز للتنمية الاجتماعية - بغداد، "
            "بالجلسة العامة\n"
            "اعتذر على التأخير النت مقطوع من الصبح\n"
            "ارجو التأكيد\n\nSent from my iPhone\n")
    body = iphone_alt(text, "Apple-Mail-2F6C8A1D-E3B7-4095-8D2A-C71E5F0B9346", "utf-8", "base64")
    rows = std_rows(when, "mail-wm1-f52.google.example.com", "209.85.128.52", "4DXqN73cKtz8j",
                    addr("زينب علي", "zainab.ali.tammuz@gmail.example.com"), S("مشاركة بالجلسة"), rfcdate(sent),
                    "<7D3A91E6-0C4B-4F28-B5D7-E2A86F1C039B@gmail.example.com>",
                    ret="zainab.ali.tammuz@gmail.example.com", extra=[("X-Mailer", "iPhone Mail (18C66)")])
    m = top(body, rows)
    add(13, when, m, dict(category="speaker_request", language="ar", acknowledge=True, on_time=True,
        speakers=[sp("حيدر كاظم", "مسؤول ملف الهجرة", "منظمة تموز للتنمية الاجتماعية", ["plenary"], None)],
        notes="deadline edge: received 23:57:40 Beirut on Fri 5 Feb (on time) but the Date header is Baghdad "
              "time, 'Sat, 6 Feb 2021 00:57:26 +0300'; Iraqi colloquial ('نريد نسجل', 'النت مقطوع من الصبح'); "
              "'الاستاذ' is an honorific; the city after a dash is not part of the organisation."))


# ---------------------------------------------------------------- 14: late, London time, order org/title/name
def m14():
    when = at("2021-02-06 00:04:12")
    sent = tz(when - dt.timedelta(seconds=9), 0)
    text = ("Hi there, hope not too late!\n"
            "Jusoor Refugee Youth Network would like to put forward our program coordinator Omar Farid to "
            "speak at roundtable 1 (or 3 if 1 is full)\n"
            "Cheers\nLina\n\nSent from my iPhone\n")
    body = iphone_alt(text, "Apple-Mail-91B0E4C7-3D2A-4F86-A5C1-0E7D9B3F6A28", "us-ascii", "7bit")
    rows = std_rows(when, "mail-qt1-f171.google.example.com", "209.85.160.171", "4DXqX12Vwgz8k",
                    "Lina Mourad <lina.mourad.jusoor@gmail.example.com>", "speaker - Jusoor", rfcdate(sent),
                    "<E6A03B7F-9C12-4D5E-8B4A-3F71C0D92E85@gmail.example.com>",
                    ret="lina.mourad.jusoor@gmail.example.com", extra=[("X-Mailer", "iPhone Mail (18D52)")])
    m = top(body, rows)
    add(14, when, m, dict(category="speaker_request", language="en", acknowledge=True, on_time=False,
        speakers=[sp("Omar Farid", "program coordinator", "Jusoor Refugee Youth Network", ["roundtable"], 1)],
        notes="late by 4 minutes: received 00:04:12 Beirut on Sat 6 Feb, but the Date header (sender in London) "
              "reads 'Fri, 5 Feb 2021 22:04:03 +0000'; organisation first, then title, then name in one "
              "sentence; two roundtable choices, the first (1) counts."))


# ---------------------------------------------------------------- 15: Sudanese question
def m15():
    when = at("2021-02-08 14:00:37")
    sent = when - dt.timedelta(seconds=6)
    text = ("السلام عليكم يا جماعة\n"
            "التقرير الطوعي لازم يكون بالانجليزي ولا ممكن نرسلو بالعربي؟ وفي حد أقصى لعدد الصفحات ولا كيف؟\n"
            "ياخ معليش الأسئلة كتيرة\n"
            "عثمان\n")
    body = gmail_alt(text, "0000000000002b9e4d05bad61c83", rtl=True, cte="base64")
    rows = std_rows(when, "mail-io1-f45.google.example.com", "209.85.166.45", "4DZ1Hb6nRmz8m",
                    addr("Osman Babiker", "osman.babiker.sd@gmail.example.com"), S("استفسار عن التقرير"),
                    rfcdate(sent), "<CAK4pT8vN2xR6bW0cY3mE7qL1sH5gJ9uA2oD7iF0kZ4eV8nM3w@mail.gmail.example.com>",
                    ret="osman.babiker.sd@gmail.example.com")
    m = top(body, rows)
    add(15, when, m, dict(category="other", language="ar", acknowledge=True, on_time=None,
        notes="Sudanese colloquial question ('ياخ معليش', 'نرسلو') about the report's language and length: "
              "mentions the voluntary report but submits nothing; Gmail on Android, base64 Arabic parts."))


# ---------------------------------------------------------------- 16: report as two phone photos
IMG16 = ["IMG_4471.JPG", "IMG_4472.JPG"]


def m16():
    when = at("2021-02-10 21:10:29")
    sent = tz(when - dt.timedelta(seconds=33), 3)
    text = "Hi, this is our report for the GCM review.\n"
    text2 = ("sorry the scanner is broken so i took photos of the printed copy, 2 pages\n"
             "Hawar Aziz\nKurdistan Migrant Support Org\n\nSent from my iPhone\n")
    p1 = leaf("text/plain", text, "us-ascii", "7bit")
    a1 = attach("image/jpeg", make_jpg(4471), IMG16[0], inline=True)
    a2 = attach("image/jpeg", make_jpg(4472), IMG16[1], inline=True)
    p2 = leaf("text/plain", text2, "us-ascii", "7bit")
    body = multi("mixed", [p1, a1, a2, p2], "Apple-Mail-5C2E9A71-B4D3-4F06-8E1A-7D3B0C6F2958")
    rows = std_rows(when, "mail-pf1-f179.google.example.com", "209.85.210.179", "4DbKc31hVpz8n",
                    "Hawar Aziz <hawar.aziz.kmso@gmail.example.com>", "report", rfcdate(sent),
                    "<3F8B6D2A-E05C-4A71-9D3E-B62C1F7A0E49@gmail.example.com>",
                    ret="hawar.aziz.kmso@gmail.example.com", extra=[("X-Mailer", "iPhone Mail (18D52)")])
    m = top(body, rows)
    add(16, when, m, dict(category="voluntary_report", language="en", acknowledge=True, on_time=True,
        report_attachments=IMG16,
        notes="the report is two phone photos of a printed copy (IMG_4471.JPG, IMG_4472.JPG, inline image/jpeg "
              "parts in an iPhone multipart/mixed with text before and after); only one line says it is the "
              "report; no PDF/DOCX at all; Date header in Erbil time (+0300)."))


# ---------------------------------------------------------------- 17: bounce of an acknowledgement
def m17():
    when = at("2021-02-11 17:30:04")
    sent = when - dt.timedelta(seconds=1)
    human = ("This is the mail system at host mx1.iom.int.\n\n"
             "I'm sorry to have to inform you that your message could not\n"
             "be delivered to one or more recipients. It's attached below.\n\n"
             "For further assistance, please send mail to postmaster.\n\n"
             "If you do so, please include this problem report. You can\n"
             "delete your own text from the attached returned message.\n\n"
             "                   The mail system\n\n"
             "<hawar.aziz.kmso@gmial.example.com>: Host or domain name not found. Name service\n"
             "    error for name=gmial.example.com type=AAAA: Host not found\n")
    status = Message(policy=POL)
    status["Content-Description"] = "Delivery report"
    status["Content-Type"] = "message/delivery-status"
    from email.parser import Parser
    dsn = ("Reporting-MTA: dns; mx1.iom.int\nX-Postfix-Queue-ID: 4DbzT05KxQz8p\n"
                       "X-Postfix-Sender: rfc822; gcmrrarabstates@iom.int\n"
                       "Arrival-Date: Thu, 11 Feb 2021 17:30:02 +0200 (EET)\n\n"
                       "Final-Recipient: rfc822; hawar.aziz.kmso@gmial.example.com\n"
                       "Original-Recipient: rfc822;hawar.aziz.kmso@gmial.example.com\n"
                       "Action: failed\nStatus: 5.4.4\n"
                       "Diagnostic-Code: X-Postfix; Host or domain name not found. Name service error\n"
                       "    for name=gmial.example.com type=AAAA: Host not found\n")
    for block in dsn.strip("\n").split("\n\n"):
        status.attach(Parser(policy=POL).parsestr(block + "\n", headersonly=True))
    orig = Message(policy=POL)
    orig["Content-Description"] = "Undelivered Message Headers"
    orig["Content-Type"] = "text/rfc822-headers"
    orig.set_payload("Received: by mx1.iom.int (Postfix, from userid 1001)\n\tid 4DbzT05KxQz8p; Thu, 11 Feb 2021 "
                     "17:30:02 +0200 (EET)\nFrom: gcmrrarabstates@iom.int\nTo: hawar.aziz.kmso@gmial.example.com\n"
                     "Subject: Acknowledgement / Accuse de reception: report\n"
                     "Date: Thu, 11 Feb 2021 17:30:02 +0200\n"
                     "Message-ID: <ack-20210211-1730-4471@gcmrrarabstates.iom.int>\n")
    body = multi("report", [leaf("text/plain", human, "us-ascii", "7bit",
                                 extra=[("Content-Description", "Notification")]), status, orig],
                 "4DbzT4Ht0Yz8q.1613057404/mx1.iom.int", params=[("report-type", "delivery-status")])
    body.preamble = "This is a MIME-encapsulated message."
    rows = [("Return-Path", "<>"), ("Delivered-To", BOX),
            ("Received", "by mx1.iom.int (Postfix)\r\n\tid 4DbzT4Ht0Yz8q; %s" % rfcdate(when, "EET")),
            ("Date", rfcdate(sent, "EET")), ("From", "MAILER-DAEMON@mx1.iom.int (Mail Delivery System)"),
            ("Subject", "Undelivered Mail Returned to Sender"), ("To", BOX), ("Auto-Submitted", "auto-replied"),
            ("Message-ID", "<20210211153004.4DbzT4Ht0Yz8q@mx1.iom.int>")]
    m = top(body, rows)
    add(17, when, m, dict(category="bounce", language="en", acknowledge=False, on_time=None,
        notes="Postfix DSN for our acknowledgement of a report sent to a mistyped address (gmial); the returned "
              "headers name 'report' and the reporter's address; must not be acknowledged or counted."))


# ---------------------------------------------------------------- 18: Moroccan darija, both, speaker part late
PDF18 = "تقرير جمعية أيادي.pdf"


def m18():
    when = at("2021-02-13 10:00:51")
    sent = tz(when - dt.timedelta(seconds=16), 1)
    text = ("السلام عليكم\n"
            "هادا هو التقرير ديالنا على الميثاق العالمي للهجرة\n"
            "و بغينا نشاركو فالجلسة العامة، المتدخلة غادي تكون فاطمة الزهراء العلوي الكاتبة العامة ديال "
            "جمعية أيادي للتضامن مع المهاجرين، الرباط\n"
            "شكرا بزاف\n")
    alt = gmail_alt(text, "000000000000f17c2a05bb3e9d47", rtl=True, cte="base64")
    pdf = make_pdf(["Association Ayadi - Solidarite avec les migrants", "Rapport volontaire GCM 2021 (version arabe)",
                    "Rabat, fevrier 2021"])
    att = attach("application/pdf", pdf, PDF18, encoded_name="*=" + rfc2231(PDF18),
                 extra=[("X-Attachment-Id", "f_kl2x9b7c0")])
    body = multi("mixed", [alt, att], "000000000000f17c2b05bb3e9d49")
    rows = std_rows(when, "mail-ed1-f67.google.example.com", "209.85.208.67", "4DcVn02RqLz8r",
                    addr("Salma Benjelloun", "salma.bj.ayadi@gmail.example.com"), S("التقرير + مشاركة"),
                    rfcdate(sent), "<CAM9xQ4tB7nV1cL5wE8rY2kP6sF0hJ3uG9oA4iD7mZ1eT5bN8q@mail.gmail.example.com>",
                    ret="salma.bj.ayadi@gmail.example.com")
    m = top(body, rows)
    add(18, when, m, dict(category="both", language="ar", acknowledge=True, on_time=False,
        speakers=[sp("فاطمة الزهراء العلوي", "الكاتبة العامة", "جمعية أيادي للتضامن مع المهاجرين", ["plenary"], None)],
        report_attachments=[PDF18],
        notes="Moroccan darija ('هادا هو التقرير ديالنا', 'بغينا نشاركو', 'غادي تكون'); report on time (13 Feb) but "
              "the speaking request is 8 days late, so the 'both' is late; two-part given name; the city after "
              "a comma is not part of the organisation; Arabic PDF name in RFC 2231 encoding."))


# ---------------------------------------------------------------- 19-20: Moroccan French report, PDF then Word
MID19 = "<CAJ2rW7mT4vB9cN1xE6pQ3kL8sG0hF5uY2oA7iD4bZ9eR1nM6t@mail.gmail.example.com>"
PDF19 = "Rapport final GCM.pdf"
DOCX20 = "Rapport final GCM.docx"


def m19():
    when = at("2021-02-15 23:20:08")
    sent = tz(when - dt.timedelta(seconds=19), 1)
    text = ("Bonsoir,\n"
            "Voila le rapport de notre collectif en pdf. La version Word suit demain inchallah "
            "(je suis sur mon tel)\n"
            "Bonne soirée\n"
            "S. Amrani\n"
            "Plateforme Migrations Souss-Massa\n")
    alt = gmail_alt(text, "0000000000003e8d1f05bb5a7c21")
    pdf = make_pdf(["Plateforme Migrations Souss-Massa", "Rapport volontaire - Examen regional du PMM",
                    "Agadir, fevrier 2021"])
    body = multi("mixed", [alt, attach("application/pdf", pdf, PDF19, extra=[("X-Attachment-Id", "f_kl6m1p2q0")])],
                 "0000000000003e8d2005bb5a7c23")
    rows = std_rows(when, "mail-wr1-f47.google.example.com", "209.85.221.47", "4DfF7t0WnPz8s",
                    "Samira Amrani <samira.amrani.pms@gmail.example.com>", "Rapport volontaire", rfcdate(sent),
                    MID19, ret="samira.amrani.pms@gmail.example.com")
    m = top(body, rows)
    add(19, when, m, dict(category="voluntary_report", language="fr", acknowledge=True, on_time=True,
        report_attachments=[PDF19],
        notes="Gmail on Android from Morocco (+0100), report PDF with spaces in its name; announces a Word "
              "version to follow (h127-20); 'inchallah', no accents on 'Voila'."))


def m20():
    when = at("2021-02-16 08:05:44")
    sent = tz(when - dt.timedelta(seconds=22), 1)
    text = ("comme promis la version word\n\n"
            "Le lun. 15 févr. 2021 à 22:19, Samira Amrani <samira.amrani.pms@gmail.example.com> a écrit :\n\n"
            "> Bonsoir,\n> Voila le rapport de notre collectif en pdf. La version Word suit demain inchallah "
            "(je suis sur mon tel)\n> Bonne soirée\n> S. Amrani\n> Plateforme Migrations Souss-Massa\n")
    alt = gmail_alt(text, "000000000000a7d4c105bb6411e8")
    docx = make_docx(["Plateforme Migrations Souss-Massa", "Rapport volontaire - Examen régional du PMM",
                      "Agadir, février 2021", "Objectifs 2, 5 et 19"])
    body = multi("mixed", [alt, attach(DOCX, docx, DOCX20, extra=[("X-Attachment-Id", "f_kl7a3c9d0")])],
                 "000000000000a7d4c205bb6411ea")
    rows = std_rows(when, "mail-wm1-f47.google.example.com", "209.85.128.47", "4DfTq83ZmKz8t",
                    "Samira Amrani <samira.amrani.pms@gmail.example.com>", "Re: Rapport volontaire", rfcdate(sent),
                    "<CAJ2rW7mU9pD3kF6xH1sL4nB8vC2gT5yZ0oE7iA3qW6eM9bR4c@mail.gmail.example.com>",
                    ret="samira.amrani.pms@gmail.example.com")
    rows += [("In-Reply-To", MID19), ("References", MID19)]
    m = top(body, rows)
    add(20, when, m, dict(category="voluntary_report", language="fr", acknowledge=True, on_time=True,
        report_attachments=[DOCX20], thread_of="h127-19.eml",
        notes="follow-up to her own message with the Word version of the same report; one lower-case line, the "
              "rest is the Gmail quote; the language comes from the quote as much as from the 5 new words."))


# ---------------------------------------------------------------- 21: on time at the edge, Dubai time
DOCX21 = "Collective_GCM_Review_Lebanon_Network.docx"


def m21():
    when = at("2021-02-16 23:58:30")
    sent = tz(when - dt.timedelta(seconds=25), 4)
    text = ("Apologies for the last minute submission! attached the collective report from the "
            "Lebanon Migrant Workers Rights Network (11 orgs). phone battery dying, will confirm the list of "
            "signatories tmrw\n\nRana\n\nGet Outlook for iOS\n")
    html = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body>'
            '<div dir="ltr">Apologies for the last minute submission! attached the collective report from the '
            'Lebanon Migrant Workers Rights Network (11 orgs). phone battery dying, will confirm the list of '
            'signatories tmrw</div><div dir="ltr"><br></div><div dir="ltr">Rana</div><div dir="ltr"><br></div>'
            '<div class="ms-outlook-ios-signature">Get <a href="https://aka.ms/o0ukef">Outlook for iOS</a></div>'
            '</body></html>\n')
    alt = multi("alternative", [leaf("text/plain", text, "us-ascii", "quoted-printable"),
                                leaf("text/html", html, "utf-8", "quoted-printable")],
                "_000_DB7PR04MB5178E2A9C3F14D60B85E1A7FDB7PR04MB5178eurp_")
    docx = make_docx(["Lebanon Migrant Workers Rights Network", "Collective Voluntary GCM Review Report",
                      "Submitted on behalf of 11 member organisations", "1. Kafala reform", "2. Access to justice"])
    body = multi("mixed", [alt, attach(DOCX, docx, DOCX21)],
                 "_004_DB7PR04MB5178E2A9C3F14D60B85E1A7FDB7PR04MB5178eurp_")
    rows = std_rows(when, "mail-eopbgr70051.outbound.protection.outlook.example.com", "40.107.7.51",
                    "4DgB9m2HxTz8v", "Rana Khalil <rana.khalil@outlook.example.com>",
                    "Collective report - Lebanon", rfcdate(sent),
                    "<DB7PR04MB5178E2A9C3F14D60B85E1A7F@DB7PR04MB5178.eurprd04.prod.outlook.example.com>",
                    ret="rana.khalil@outlook.example.com")
    m = top(body, rows)
    add(21, when, m, dict(category="voluntary_report", language="en", acknowledge=True, on_time=True,
        report_attachments=[DOCX21],
        notes="deadline edge: received 23:58:30 Beirut on Tue 16 Feb (on time) while the Date header is Dubai "
              "time, 'Wed, 17 Feb 2021 01:58:05 +0400'; collective report; Outlook for iOS; promises more "
              "tomorrow."))


# ---------------------------------------------------------------- 22: late at the edge, Algiers time
PDF22 = "rapport_gcm_ouled_el_bled.pdf"


def m22():
    when = at("2021-02-17 00:03:05")
    sent = tz(when - dt.timedelta(seconds=31), 1)
    text = ("Salam,\nle rapport de l'association Ouled El Bled pour la revue régionale, envoyé le 16 comme "
            "demandé.\nDésolé pour la qualité du pdf, scanné avec CamScanner\n\n"
            "Envoyé depuis mon Galaxy\n")
    alt = multi("alternative", [leaf("text/plain", text, "UTF-8", "base64"),
                                leaf("text/html", '<html><head><meta http-equiv="Content-Type" content="text/html; '
                                     'charset=UTF-8"></head><body><div dir="auto">' + text2html(text)
                                     + '</div></body></html>', "UTF-8", "base64")],
                "--_com.samsung.android.email_71844309128331460")
    pdf = make_pdf(["Scanned by CamScanner", "Association Ouled El Bled - Oran",
                    "Rapport volontaire GCM - fevrier 2021"])
    body = multi("mixed", [alt, attach("application/pdf", pdf, PDF22)], "--_com.samsung.android.email_71844309128331459")
    rows = std_rows(when, "smtp.djaweb.example.dz", "41.111.22.94", "4DgBG86YcVz8w",
                    "Mehdi Belkacem <mehdi.belkacem31@yahoo.example.fr>", "rapport", rfcdate(sent),
                    "<1613516554.9421.7@samsung-mail.example.dz>", ret="mehdi.belkacem31@yahoo.example.fr")
    m = top(body, rows)
    add(22, when, m, dict(category="voluntary_report", language="fr", acknowledge=True, on_time=False,
        report_attachments=[PDF22],
        notes="late by about 3 minutes: received 00:03:05 Beirut on Wed 17 Feb, but the Date header (Algiers, "
              "+0100) reads 'Tue, 16 Feb 2021 23:02:34 +0100' and the text says 'envoyé le 16'; base64 parts; "
              "Samsung Email."))


# ---------------------------------------------------------------- 23: Sudanese report, late, minimal iPhone
PDF23 = "تقرير المبادرة.pdf"


def m23():
    when = at("2021-02-17 09:20:16")
    sent = when - dt.timedelta(seconds=13)
    t1 = "مرفق تقرير مبادرة شباب النيل للهجرة الآمنة\nمعليش اتأخرنا بسبب النت\n\n"
    t2 = "\nSent from my iPhone\n"
    pdf = make_pdf(["Nile Youth Initiative for Safe Migration", "GCM voluntary review report", "Khartoum 2021"])
    body = multi("mixed", [leaf("text/plain", t1, "utf-8", "base64"),
                           attach("application/pdf", pdf, PDF23, inline=True, encoded_name="*=" + rfc2231(PDF23)),
                           leaf("text/plain", t2, "us-ascii", "7bit")],
                 "Apple-Mail-A3E71C0D-5F92-4B68-8C14-D09B2E6F7A35")
    rows = std_rows(when, "mail-wr1-f43.google.example.com", "209.85.221.43", "4Dgb0T7yNnz8x",
                    addr("ميرغني حسن", "mirghani.hassan.nyi@gmail.example.com"), S("تقرير"), rfcdate(sent),
                    "<0E9C4B27-D61A-4F83-A5B0-7C2E93F1D648@gmail.example.com>",
                    ret="mirghani.hassan.nyi@gmail.example.com", extra=[("X-Mailer", "iPhone Mail (18C66)")])
    m = top(body, rows)
    add(23, when, m, dict(category="voluntary_report", language="ar", acknowledge=True, on_time=False,
        report_attachments=[PDF23],
        notes="two Arabic lines (Sudanese 'معليش اتأخرنا بسبب النت') and an English iPhone footer; the PDF is an "
              "inline part between two text parts, Arabic file name in RFC 2231; late (17 Feb morning)."))


# ---------------------------------------------------------------- 24: Algerian French question after the deadline
def m24():
    when = at("2021-02-18 11:00:42")
    sent = tz(when - dt.timedelta(seconds=8), 1)
    text = ("salam alikoum\n"
            "on a raté la date du 16 pour le rapport 😔 il est prêt, est ce qu on peut encore l envoyer ou "
            "c'est fini ? svp repondez moi vite\n"
            "Nassima - Oran\n")
    body = gmail_alt(text, "0000000000009c1e7a05bb8e4f52")
    rows = std_rows(when, "mail-ej1-f41.google.example.com", "209.85.218.41", "4Dh7m41QkBz8y",
                    "Nassima Hamidi <nassima.hamidi.oran@gmail.example.com>", "rapport en retard ?", rfcdate(sent),
                    "<CAF8sY3nR6vX0bM4cK7pT1wE5zL9hG2uJ6oA3iQ8dN0eB4rV7m@mail.gmail.example.com>",
                    ret="nassima.hamidi.oran@gmail.example.com")
    m = top(body, rows)
    add(24, when, m, dict(category="other", language="fr", acknowledge=True, on_time=None,
        notes="question after the report deadline (may we still send it?), with an emoji and 'salam alikoum'; "
              "no attachment, so not a submission even though it says the report is ready."))


def main():
    for f in (m01, m02, m03, m04, m05, m06, m07, m08, m09, m10, m11, m12, m13, m14, m15, m16, m17, m18, m19,
              m20, m21, m22, m23, m24):
        f()
    os.makedirs(OUT, exist_ok=True)
    for n in os.listdir(OUT):
        if n.endswith(".eml") or n == "labels.json":
            os.remove(os.path.join(OUT, n))
    labels = []
    prev = None
    for fname, data, lab in MESSAGES:
        assert len(data) < 1024 * 1024, fname
        with open(os.path.join(OUT, fname), "wb") as fh:
            fh.write(data)
        r = dt.datetime.fromisoformat(lab["received_at"])
        assert prev is None or r > prev, fname
        prev = r
        labels.append(lab)
    with open(os.path.join(OUT, "labels.json"), "w", encoding="utf-8", newline="\n") as fh:
        json.dump(labels, fh, ensure_ascii=False, indent=2)
        fh.write("\n")
    print("wrote %d messages to %s" % (len(MESSAGES), OUT))


if __name__ == "__main__":
    main()
