#!/usr/bin/env python3
"""Write the blind evaluation set holdout114 (24 raw .eml messages + labels.json).

Deterministic, standard library only:  python3 tests/data/make_eval_sets114.py
Theme: actors from Iraq (incl. the Kurdistan Region), Syria and Palestinian refugee communities:
camp committees, Kurdish and Yazidi associations, returnee and IDP groups.
MIME helpers adapted from make_eval_sets72.py.
"""
import datetime as dt
import json
import os
from email.message import Message
from mailgen import (HERE, BOX, POL, rfcdate, at, tz, hdr, re_hdr, addr, leaf, multi,
                     html_wrap, esc, text2html, flowed, make_pdf, make_docx, make_png, DOCX,
                     rfc2231, rfc2231_cont, b_word, received, top, serialize, sp)
from mailgen import POSTFIX_NOTICE

OUT = os.path.join(HERE, "holdout114")


# ---------------------------------------------------------------- message assembly


MESSAGES = []


def add(num, when, msg, label):
    fname = "h114-%02d.eml" % num
    lab = {"file": fname, "received_at": when.isoformat()}
    lab.update(label)
    full = {k: lab.get(k) for k in ["file", "received_at", "category", "language", "acknowledge", "on_time",
                                    "speakers", "report_attachments", "thread_of", "notes"]}
    for k, default in (("speakers", []), ("report_attachments", []), ("thread_of", None)):
        if full[k] is None and default is not None:
            full[k] = default
    MESSAGES.append((fname, serialize(msg), full))


# ================================================================ the 24 messages


def gen(num, when, sent, frm, subject, mid, body, host, ip, qid, label, extra=None, ret=None, to=BOX,
        cc=None, helo=None):
    rows = [("Return-Path", "<%s>" % ret if ret else None), ("Delivered-To", BOX),
            ("Received", received(when, host, ip, qid, helo))]
    rows += [("From", frm), ("To", to), ("Cc", cc), ("Subject", subject), ("Date", sent), ("Message-ID", mid)]
    rows += list(extra or [])
    add(num, when, top(body, rows), label)


def pdf_att(name, lines, quoted=True, disp="attachment"):
    q = '"%s"' % name if quoted else name
    return leaf("application/pdf", make_pdf(lines), cte="base64", params=[("name", q)],
                disp='%s; filename=%s' % (disp, q))


def pdf_att_2231(name, lines):
    m = leaf("application/pdf", make_pdf(lines), cte="base64",
             params=[("name*", rfc2231(name))], disp="attachment; filename*=%s" % rfc2231(name))
    return m


OUTLOOK = [("X-Mailer", "Microsoft Outlook 16.0"), ("Thread-Index", "AdbzQk9xT1m2wB8eR0aKc3sYvL5pHQ==")]
GMAIL_UA = []
TB = [("User-Agent", "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:78.0) Gecko/20100101 Thunderbird/78.7.0")]
IPHONE = [("X-Mailer", "iPhone Mail (18C66)")]

M04_ID = "<000f01d6f86b$5a1c2e30$0e548a90$@jusoor-dvr.example.org>"
M10_ID = "<VI1PR03MB4462B1E07A3C2F9D5E8A61C0D6B59@VI1PR03MB4462.eurprd03.prod.outlook.example.com>"


# ================================================================ the 24 messages
def m01():
    when = at("2021-01-26 11:20:14")
    sent = tz(when - dt.timedelta(seconds=9), 3)
    text = """Dear Sir/Madam,

Hope this email find you well.

With reference to the invitation letter of the Regional UN Network on Migration for the Regional Review of the GCM in the Arab region, our association would like to request a speaking role. Please find below the details of our nominee:

Name:\tMr. Nareen Khalil Qasim
Title:\tHead of Psychosocial Support Unit
Organization:\tSinjar Yazidi Women's Solidarity Association (SYWSA) - Duhok, Kurdistan Region of Iraq
Preferred session:\tRoundtable 3

She is survivor advocate and she is working since 2015 with the women and girls returned from ISIS captivity and with the families still in the camps of Duhok. Her English is good but she prefer to speak in Kurdish or Arabic if there is interpretation.

Waiting your kind reply.

Best Regards

Dilovan Murad
Programme Coordinator | SYWSA
Duhok - Kurdistan Region - Iraq
Mob. +964 750 000 0000
"""
    rowsh = [("Name", "Mr. Nareen Khalil Qasim"), ("Title", "Head of Psychosocial Support Unit"),
             ("Organization", "Sinjar Yazidi Women's Solidarity Association (SYWSA) - Duhok, Kurdistan Region of Iraq"),
             ("Preferred session", "Roundtable 3")]
    table = ('<table class="MsoTableGrid" border="1" cellspacing="0" cellpadding="0" style="border-collapse:collapse">'
             + "".join('<tr><td width="160" style="padding:0 5.4pt"><p class="MsoNormal"><b>%s:</b></p></td>'
                       '<td width="420" style="padding:0 5.4pt"><p class="MsoNormal">%s</p></td></tr>' % (esc(a), esc(b))
                       for a, b in rowsh) + "</table>")
    paras = text.split("\n\n")
    html = html_wrap('<div class="WordSection1">'
                     + "".join('<p class="MsoNormal">%s<o:p></o:p></p>' % esc(p).replace("\n", "<br>") for p in paras[:3])
                     + table
                     + "".join('<p class="MsoNormal">%s<o:p></o:p></p>' % esc(p).replace("\n", "<br>") for p in paras[4:])
                     + "</div>")
    body = multi("alternative", [leaf("text/plain", text, "us-ascii"), leaf("text/html", html, "us-ascii")],
                 "_000_AM6PR08MB3862C4A1E2B7D09F3A5C1E6BD04A0AM6PR08MB3862eurp_")
    gen(1, when, rfcdate(sent), "Dilovan Murad <dilovan.murad@sywsa-duhok.example.org>",
        "Request for speaking role - SYWSA", "<AM6PR08MB3862C4A1E2B7D09F3A5C1E6BD04A0@AM6PR08MB3862.eurprd08.prod.outlook.example.com>",
        body, "mail-am6eur08.outbound.protection.outlook.example.com", "40.107.6.91", "4DQ1sT2kHmz3",
        dict(category="speaker_request", language="en", acknowledge=True, on_time=True, speakers=[
            sp("Nareen Khalil Qasim", "Head of Psychosocial Support Unit",
               "Sinjar Yazidi Women's Solidarity Association (SYWSA)", ["roundtable"], 3)],
            notes="honorific slip: 'Mr.' before a woman's name (the text says 'she'); details in an HTML table "
                  "(tab-separated lines in text/plain); the sender (Programme Coordinator) is not the speaker; "
                  "organisation cell also holds the location ('- Duhok, Kurdistan Region of Iraq'); "
                  "'Preferred session: Roundtable 3'."),
        extra=OUTLOOK + [("Content-Language", "en-US")], ret="dilovan.murad@sywsa-duhok.example.org")


def m02():
    when = at("2021-01-28 14:05:51")
    sent = when - dt.timedelta(seconds=4)
    text = """مرحبا،

نحنا اللجنة الشعبية بمخيم برج البراجنة - بيروت، حابين نشارك بالمراجعة الإقليمية للاتفاق العالمي للهجرة. بعد ما اجتمعنا باللجنة اتفقنا نرشح اتنين من الأعضاء ليحكوا بالنقاش المفتوح يوم ٢٣ شباط:

1. أحمد محمود عيسى - أمين سر اللجنة الشعبية
2. سمر يوسف الخطيب - مسؤولة ملف الشباب والهجرة

الاتنين عندهم خبرة بموضوع هجرة الشباب من المخيم عن طريق البحر وموضوع الوثائق والإقامات. إذا في مجال تبعتولنا تفاصيل المشاركة عالزوم ومين منحكي معو.

مع الشكر والتقدير،
أبو ماهر - عضو اللجنة
اللجنة الشعبية الفلسطينية - مخيم برج البراجنة
"""
    html = '<div dir="rtl">' + text2html(text) + "</div>\n"
    body = multi("alternative", [leaf("text/plain", text, "UTF-8", "base64"), leaf("text/html", html, "UTF-8", "base64")],
                 "000000000000f1a2c805ba0b7e21")
    gen(2, when, rfcdate(sent), addr("اللجنة الشعبية برج البراجنة", "lajna.burj.barajneh@gmail.example.com"),
        hdr("ترشيح من اللجنة الشعبية - مخيم برج البراجنة"),
        "<CAJx7vN0kq2Lw9Yb3Hc8Pz1Fm6Rt4Ud5Ee2Sg7Ak0Qw3Nv9Tb=@mail.gmail.example.com>",
        body, "mail-wm1-f45.google.example.com", "209.85.128.45", "4DRnW81c9Kz5",
        dict(category="speaker_request", language="ar", acknowledge=True, on_time=True, speakers=[
            sp("أحمد محمود عيسى", "أمين سر اللجنة الشعبية", "اللجنة الشعبية الفلسطينية - مخيم برج البراجنة",
               ["open_discussion"]),
            sp("سمر يوسف الخطيب", "مسؤولة ملف الشباب والهجرة", "اللجنة الشعبية الفلسطينية - مخيم برج البراجنة",
               ["open_discussion"])],
            notes="Levantine colloquial Arabic; camp committee proposes two members in a numbered list, title after "
                  "a dash; role given as 'النقاش المفتوح يوم ٢٣ شباط' with Eastern Arabic digits; the sender signs only "
                  "with a kunya (أبو ماهر) and is not a speaker; fullest affiliation is in the signature "
                  "('اللجنة الشعبية الفلسطينية - مخيم برج البراجنة'), the body says 'اللجنة الشعبية بمخيم برج البراجنة'; "
                  "display name is the committee, Gmail base64."),
        extra=[("Content-Language", "ar")], ret="lajna.burj.barajneh@gmail.example.com")


def m03():
    when = at("2021-01-29 09:40:02")
    sent = when - dt.timedelta(seconds=6)
    text = """Bonjour,

J'espère que vous allez bien.

Nous sommes un groupe de 4 associations syriennes qui travaillent avec les familles qui veulent rentrer ou qui sont déjà rentrées à Qusayr et dans la campagne de Homs, et nous avons bien reçu votre lettre d'invitation (merci !!).

Avant d'écrire notre rapport volontaire on a quelques questions svp :
- Est-ce qu'un seul rapport collectif signé par les 4 associations est accepté, ou bien chaque association doit envoyer le sien ?
- Est-ce qu'on peut l'écrire en arabe et joindre juste un résumé en français ?
- Il y a un nombre de pages maximum ?

Merci d'avance pour votre réponse, et bon courage pour l'organisation.

Georges Haddad
Association Retour et Dignité (ARD)
Beyrouth / Homs
"""
    body = leaf("text/plain", flowed(text), "ISO-8859-1", "quoted-printable", params=[("format", "flowed")])
    gen(3, when, rfcdate(sent), "Georges Haddad <g.haddad@ard-retour.example.org>",
        "Questions sur le rapport volontaire (rapport collectif ?)",
        "<5e8f2c1a-3b7d-9a40-e6c2-71d0b4f8a913@ard-retour.example.org>",
        body, "mail.ard-retour.example.org", "185.87.12.34", "4DS2hP0vQ1z8",
        dict(category="other", language="fr", acknowledge=True, on_time=None,
             notes="questions about a future collective voluntary report (several associations, language, length): "
                   "keyword-heavy ('rapport volontaire', 'rapport collectif') but nothing is submitted and no "
                   "speaker is proposed; Thunderbird ISO-8859-1 format=flowed."),
        extra=TB + [("Content-Language", "fr")], ret="g.haddad@ard-retour.example.org")


def m04():
    when = at("2021-02-01 10:12:33")
    sent = tz(when - dt.timedelta(seconds=12), 3)
    text = """السادة المحترمون في الشبكة الإقليمية للأمم المتحدة المعنية بالهجرة
تحية طيبة وبعد،

استناداً إلى رسالة الدعوة الخاصة بالمراجعة الإقليمية للاتفاق العالمي من أجل الهجرة الآمنة والمنظمة والنظامية في المنطقة العربية، تتشرف مؤسسة جسور للتنمية والعودة الطوعية بترشيح السيدة Hêvî Sherko Barzinji، منسقة برامج المناصرة في مكتب المؤسسة في السليمانية، للمشاركة كمتحدثة في أعمال المراجعة.

تمتلك السيدة هيفي خبرة تزيد على ثماني سنوات في العمل مع النازحين داخلياً في مخيمات إقليم كوردستان ومع العائدين إلى سنجار وسهل نينوى، وقد أشرفت على إعداد عدة دراسات عن العودة الطوعية وتحدياتها.

نرجو إعلامنا بالخطوات اللاحقة، ولكم جزيل الشكر.

مع فائق الاحترام،

د. فراس عبد الستار العبيدي
المدير التنفيذي
مؤسسة جسور للتنمية والعودة الطوعية
بغداد - السليمانية
"""
    html = html_wrap('<div class="WordSection1" dir="rtl">' + text2html(text) + "</div>", "rtl", "utf-8")
    body = multi("alternative", [leaf("text/plain", text, "utf-8"), leaf("text/html", html, "utf-8")],
                 "----=_NextPart_000_0010_01D6F884.7F3A2B10")
    gen(4, when, rfcdate(sent), addr("د. فراس العبيدي", "f.alobaidi@jusoor-dvr.example.org"),
        hdr("ترشيح متحدثة - مؤسسة جسور"), M04_ID,
        body, "mail.jusoor-dvr.example.org", "185.218.4.66", "4DTk3v5Hn7z2",
        dict(category="speaker_request", language="ar", acknowledge=True, on_time=True, speakers=[
            sp("Hêvî Sherko Barzinji", "منسقة برامج المناصرة", "مؤسسة جسور للتنمية والعودة الطوعية", [])],
            notes="Kurdish speaker name written in Latin letters with Kurmanji diacritics (Hêvî) inside formal MSA "
                  "Arabic, later referred to as 'السيدة هيفي'; the sender (د. ..., executive director) nominates "
                  "someone else; no role stated (empty roles); title given as 'منسقة برامج المناصرة في مكتب المؤسسة "
                  "في السليمانية' (office location is not part of the title); Date header UTC+3."),
        extra=OUTLOOK + [("Content-Language", "ar-iq")], ret="f.alobaidi@jusoor-dvr.example.org")


def m05():
    when = at("2021-02-01 16:30:45")
    sent = tz(when - dt.timedelta(seconds=3), 2)
    text = """Hello

we are group of IDP volunteers in the camps of Atmeh near turkish border (Idlib). We want to send report about the situation of displaced peoples in our camps for the GCM review, but we are not registered organisation, only volunteers team. Is it accepted ? and it can be in arabic language or must be english?? also how many pages.

Thank you very much

Mohammad Abd al-Razzaq
Atmeh Camps Volunteers Team
"""
    html = '<div dir="ltr">' + text2html(text) + "</div>\n"
    body = multi("alternative", [leaf("text/plain", text, "UTF-8"), leaf("text/html", html, "UTF-8")],
                 "00000000000077c3e905ba4c1d02")
    gen(5, when, rfcdate(sent), "Mohammad Abd <mohammad.abd.razzaq88@gmail.example.com>",
        "question about report", "<CAM4pQx9Tb2eK7Wn1Ry5Lc0Hd8Zs3Fv6Gj1Xa4Ub9Ne2Mk7Pq@mail.gmail.example.com>",
        body, "mail-ej1-f66.google.example.com", "209.85.218.66", "4DTtQ28Jm4z6",
        dict(category="other", language="en", acknowledge=True, on_time=None,
             notes="question from an unregistered IDP volunteer team in north-west Syria about whether they may "
                   "send a report, in Arabic, and its length; English as a second language; mentions 'report' and "
                   "'GCM review' but submits nothing."),
        ret="mohammad.abd.razzaq88@gmail.example.com")


def m06():
    when = at("2021-02-02 12:02:19")
    sent = when - dt.timedelta(seconds=15)
    text = """Bonjour,

Suite à votre lettre d'invitation, je souhaiterais me porter candidate pour le rôle de rapporteur de la consultation, pour présenter les messages clés des parties prenantes. Je travaille depuis dix ans avec les réfugiés palestiniens de Nahr el-Bared et Beddawi, surtout sur les jeunes qui partent et sur les familles venues de Syrie (PRS).

Je reste à votre disposition pour tout complément.

Bien à vous

Rim Awad
Chargée de plaidoyer
Association Al-Karama pour le développement des camps (AKDC)
Tripoli - Liban Nord

Envoyé de mon iPhone"""
    body = leaf("text/plain", text, "utf-8", "quoted-printable")
    gen(6, when, rfcdate(sent), "Rim Awad <rim.awad@akdc-lb.example.org>", "Candidature rapporteur",
        "<3F2A9C7E-41B8-4D6A-9E05-7C1D2B3A4F60@akdc-lb.example.org>",
        body, "mail.akdc-lb.example.org", "178.135.20.9", "4DVb6r1Sx2z9",
        dict(category="speaker_request", language="fr", acknowledge=True, on_time=True, speakers=[
            sp("Rim Awad", "Chargée de plaidoyer", "Association Al-Karama pour le développement des camps (AKDC)",
               ["rapporteur"])],
            notes="self-nomination: the sender is the speaker and her name, title and affiliation are only in the "
                  "signature; 'me porter candidate pour le rôle de rapporteur'; iPhone plain text, no trailing "
                  "newline, 'Envoyé de mon iPhone' after the signature."),
        extra=IPHONE, ret="rim.awad@akdc-lb.example.org")


def m07():
    when = at("2021-02-02 18:45:07")
    sent = tz(when - dt.timedelta(seconds=5), 3)
    text = """Dear GCM team,

please consider our request below. Our camp committee chairman sent it on Monday to the old address of the 2018 consultation and it came back, so I am forwarding it to you.

Regards,
Sardar Omar
Liaison Officer - Domiz 1 Camp Refugee Committee

---------- Forwarded message ---------
From: Jamal Sheikhmous <jamal.domiz1@gmail.example.com>
Date: Mon, Feb 1, 2021 at 9:12 PM
Subject: Request to speak - Domiz 1 camp
To: <gcm.consultation2018@iom.int>


Dear Sirs,

My name is Jamal Sheikhmous Ali, I am the chairman of the refugees committee in Domiz 1 camp (Duhok Governorate) where around 30,000 Syrian Kurdish refugees are living since 2012.

I kindly request to give floor intervention in roundtable four of the Regional Review, to speak about the situation of refugee families who want to return to Syria and the ones whose children are migrating to Europe.

Thanks a lot for your understanding.

Jamal Sheikhmous Ali
Chairman, Domiz 1 Camp Refugee Committee
Duhok - KRI
"""
    parts = text.split("---------- Forwarded message ---------")
    html = ('<div dir="ltr">' + text2html(parts[0].strip()) + '<br><div class="gmail_quote"><div dir="ltr" class="gmail_attr">'
            '---------- Forwarded message ---------<br>From: <strong class="gmail_sendername" dir="auto">Jamal Sheikhmous</strong> '
            '<span dir="auto">&lt;<a href="mailto:jamal.domiz1@gmail.example.com">jamal.domiz1@gmail.example.com</a>&gt;</span><br>'
            'Date: Mon, Feb 1, 2021 at 9:12 PM<br>Subject: Request to speak - Domiz 1 camp<br>To: &lt;<a href="mailto:gcm.consultation2018@iom.int">'
            'gcm.consultation2018@iom.int</a>&gt;<br></div><br><br><div dir="ltr">'
            + text2html(parts[1].split("\n\n\n", 1)[1].strip()) + "</div></div></div>\n")
    body = multi("alternative", [leaf("text/plain", text, "UTF-8"), leaf("text/html", html, "UTF-8")],
                 "0000000000003d9e1f05ba5e8b44")
    gen(7, when, rfcdate(sent), "Sardar Omar <sardar.omar.duhok@gmail.example.com>",
        "Fwd: Request to speak - Domiz 1 camp",
        "<CAGr2Lm8Xw5Nc1Tq7Hb4Vz0Pk9Ef3Yd6Ua2Sj5Ko8Ri1Gn4Mw=@mail.gmail.example.com>",
        body, "mail-lf1-f41.google.example.com", "209.85.167.41", "4DVtr03Bq5z1",
        dict(category="speaker_request", language="en", acknowledge=True, on_time=True, speakers=[
            sp("Jamal Sheikhmous Ali", "Chairman", "Domiz 1 Camp Refugee Committee", ["roundtable"], 4)],
            notes="forwarded by a colleague whose note on top says 'please consider our request below'; the "
                  "speaker is the author of the forwarded message (not the From address); roundtable number in "
                  "words ('roundtable four'); the forwarded original went to an old address on 1 Feb, the "
                  "received date counts; title/affiliation from the forwarded signature ('Chairman, Domiz 1 Camp "
                  "Refugee Committee'); the forwarder's own signature names the same committee."),
        ret="sardar.omar.duhok@gmail.example.com")


def m08():
    when = at("2021-02-03 09:15:40")
    sent = tz(when - dt.timedelta(seconds=8), 3)
    text = """السادة المحترمون،

إلحاقاً برسالتنا أدناه، نعتذر لعدم تحديد طبيعة المشاركة المطلوبة. نرجو أن تكون مداخلة السيدة Hêvî Sherko Barzinji ضمن المائدة المستديرة الثانية، وإن تعذّر ذلك فمداخلة في الجلسة العامة.

مع التقدير،
د. فراس العبيدي

________________________________
من: د. فراس العبيدي <f.alobaidi@jusoor-dvr.example.org>
أُرسلت: الاثنين، 1 شباط 2021 11:12 ص
إلى: gcmrrarabstates@iom.int
الموضوع: ترشيح متحدثة - مؤسسة جسور

السادة المحترمون في الشبكة الإقليمية للأمم المتحدة المعنية بالهجرة
تحية طيبة وبعد،

استناداً إلى رسالة الدعوة الخاصة بالمراجعة الإقليمية للاتفاق العالمي من أجل الهجرة الآمنة والمنظمة والنظامية في المنطقة العربية، تتشرف مؤسسة جسور للتنمية والعودة الطوعية بترشيح السيدة Hêvî Sherko Barzinji، منسقة برامج المناصرة في مكتب المؤسسة في السليمانية، للمشاركة كمتحدثة في أعمال المراجعة.

نرجو إعلامنا بالخطوات اللاحقة، ولكم جزيل الشكر.

مع فائق الاحترام،

د. فراس عبد الستار العبيدي
المدير التنفيذي
مؤسسة جسور للتنمية والعودة الطوعية
بغداد - السليمانية
"""
    html = html_wrap('<div class="WordSection1" dir="rtl">' + text2html(text) + "</div>", "rtl", "utf-8")
    body = multi("alternative", [leaf("text/plain", text, "utf-8"), leaf("text/html", html, "utf-8")],
                 "----=_NextPart_000_0022_01D6F9F3.21C4D8A0")
    extra = [("In-Reply-To", M04_ID), ("References", M04_ID)] + OUTLOOK + [("Content-Language", "ar-iq")]
    gen(8, when, rfcdate(sent), addr("د. فراس العبيدي", "f.alobaidi@jusoor-dvr.example.org"),
        re_hdr("RE: ", "ترشيح متحدثة - مؤسسة جسور"), "<002201d6f9f3$21c4d8a0$6541d9e0$@jusoor-dvr.example.org>",
        body, "mail.jusoor-dvr.example.org", "185.218.4.66", "4DVzZ7c1Pq3z",
        dict(category="speaker_request", language="ar", acknowledge=True, on_time=True, speakers=[
            sp("Hêvî Sherko Barzinji", "منسقة برامج المناصرة", "مؤسسة جسور للتنمية والعودة الطوعية",
               ["roundtable", "plenary"], 2)],
            notes="follow-up (In-Reply-To/References, Outlook 'من:/أُرسلت:' quote, abridged) that adds the role "
                  "missing from h114-04: roundtable 2 as first choice, plenary as fallback ('وإن تعذّر'); title and "
                  "affiliation only in the quoted original; Latin-script Kurdish name again inside Arabic."),
        ret="f.alobaidi@jusoor-dvr.example.org")
    LABEL_FIX[8] = "h114-04.eml"


def m09():
    when = at("2021-02-03 13:30:12")
    sent = tz(when - dt.timedelta(seconds=20), 3)
    name = "تقرير لجنة العائدين - القائم.pdf"
    text = """السلام عليكم ورحمة الله وبركاته
اخواني بالشبكة الاقليمية تحية طيبة

احنا لجنة العائدين بقضاء القائم بالانبار، ندزلكم تقريرنا الطوعي عن مراجعة الاتفاق العالمي للهجرة (مرفق بي دي اف) وبي وضع العوايل اللي رجعت من المخيمات بعد ٢٠١٧ ومشاكل الوثائق والسكن.

وهم نريد نرشح الاخ خالد حمد الكربولي المكنى (ابو احمد)، رئيس اللجنة، حتى يحجي بالجلسة العامة، لان هو متابع ملف العائدين من البداية ويعرف كل العوايل.

نرجو تأكيد الاستلام وجزاكم الله خير

عمر سعدون
لجنة العائدين - قضاء القائم / الانبار
"""
    alt = multi("alternative", [leaf("text/plain", text, "UTF-8", "base64"),
                                leaf("text/html", '<div dir="rtl">' + text2html(text) + "</div>\n", "UTF-8", "base64")],
                "000000000000a4b0c205ba6a1f30")
    pdf = make_pdf(["Returnees Committee - Al-Qaim District, Anbar", "Voluntary GCM review report (Arabic original, English summary)",
                    "Return from camps after 2017; civil documentation; housing, land and property"])
    att = leaf("application/pdf", pdf, cte="base64", params=[("name", '"%s"' % b_word(name))],
               disp='attachment; filename="%s"' % b_word(name), extra=[("X-Attachment-Id", "f_kkp3r9w50")])
    body = multi("mixed", [alt, att], "000000000000a4b0c405ba6a1f32")
    gen(9, when, rfcdate(sent), addr("Omar Saadoun", "omar.saadoun.qaim@gmail.example.com"),
        hdr("تقرير طوعي + ترشيح متحدث - لجنة العائدين القائم"),
        "<CAEp5Sd2Hk9Wm4Rb7Nx1Tc6Lq0Gv3Zf8Yj2Ua5Ke9Po1Wn6Xs@mail.gmail.example.com>",
        body, "mail-wr1-f67.google.example.com", "209.85.221.67", "4DW6Cm2Zr8z4",
        dict(category="both", language="ar", acknowledge=True, on_time=True, speakers=[
            sp("خالد حمد الكربولي", "رئيس اللجنة", "لجنة العائدين - قضاء القائم / الانبار", ["plenary"])],
            report_attachments=[name],
            notes="Iraqi colloquial (ندزلكم، يحجي، وهم); report PDF (RFC 2047 encoded Arabic file name) plus a "
                  "speaker; speaker named with tribal surname and kunya ('المكنى (ابو احمد)'): the kunya and 'الاخ' "
                  "are not part of the name; title 'رئيس اللجنة' after the name; affiliation fullest in the "
                  "signature; sender's display name in Latin letters."),
        extra=[("Content-Language", "ar")], ret="omar.saadoun.qaim@gmail.example.com")


M09_ID = "<CAEp5Sd2Hk9Wm4Rb7Nx1Tc6Lq0Gv3Zf8Yj2Ua5Ke9Po1Wn6Xs@mail.gmail.example.com>"


def m10():
    when = at("2021-02-03 20:10:38")
    sent = tz(when - dt.timedelta(seconds=11), 3)
    name = "NIRN_Voluntary_GCM_Report_Feb2021.pdf"
    text = """Dear Colleagues,

On behalf of the Ninewa IDP and Returnee Network (NIRN), please find attached our collective voluntary GCM review report for the Regional Review in the Arab region.

NIRN is an informal network of community-based groups of internally displaced persons and returnees in Ninewa Governorate. The report was prepared through six focus group discussions held in December 2020 and January 2021 by the following member groups:

1. Sinuni Youth Initiative (Sinjar)
2. Hammam al-Alil Women's Committee
3. Tal Afar Returnees Forum
4. Bashiqa Yazidi Youth Team
5. Mosul Old City Residents Committee
6. Qayyarah Jed'ah Camp Committee
7. Shabak Rights Group (Bartella)
8. Hamdaniya Christian Returnees Association

The report focuses on GCM objectives 4 (legal identity), 7 (vulnerabilities) and 21 (safe and dignified return and sustainable reintegration).

We would be grateful for a confirmation of receipt.

Best regards,

Ahmed Younis Al-Tai
Network Coordinator
Ninewa IDP and Returnee Network (NIRN)
Mosul, Iraq
"""
    html = html_wrap('<div class="WordSection1">' + text2html(text) + "</div>")
    alt = multi("alternative", [leaf("text/plain", text, "us-ascii"), leaf("text/html", html, "us-ascii")],
                "_000_VI1PR03MB4462B1E07A3C2F9D5E8A61C0D6B59VI1PR03MB4462eurp_")
    pdf = make_pdf(["Ninewa IDP and Returnee Network (NIRN)", "Collective Voluntary GCM Review Report - February 2021",
                    "Member groups: Sinuni Youth Initiative; Hammam al-Alil Women's Committee; Tal Afar Returnees Forum;",
                    "Bashiqa Yazidi Youth Team; Mosul Old City Residents Committee; Qayyarah Jed'ah Camp Committee;",
                    "Shabak Rights Group; Hamdaniya Christian Returnees Association",
                    "GCM objectives 4, 7 and 21"])
    att = leaf("application/pdf", pdf, cte="base64", params=[("name", '"%s"' % name)],
               disp='attachment; filename="%s"; size=%d' % (name, len(pdf)))
    body = multi("mixed", [alt, att], "_004_VI1PR03MB4462B1E07A3C2F9D5E8A61C0D6B59VI1PR03MB4462eurp_")
    gen(10, when, rfcdate(sent), "Ahmed Younis Al-Tai <a.altai@nirn-iq.example.org>",
        "NIRN collective voluntary GCM review report", M10_ID,
        body, "mail-vi1eur03.outbound.protection.outlook.example.com", "40.107.3.112", "4DWHx41Lb6z0",
        dict(category="voluntary_report", language="en", acknowledge=True, on_time=True, report_attachments=[name],
             notes="collective report from a network of IDP/returnee groups: the body lists eight member groups "
                   "(numbered, with place names) that are not speakers; 'confirmation of receipt' requested; "
                   "Outlook multipart/mixed[alternative, PDF]."),
        extra=OUTLOOK + [("Content-Language", "en-GB")], ret="a.altai@nirn-iq.example.org")


def m11():
    when = at("2021-02-04 10:05:09")
    sent = when - dt.timedelta(seconds=14)
    text = """Bonjour à toute l'équipe,

Le Réseau syrien pour un retour digne et volontaire (RSRDV) souhaite proposer trois intervenant.e.s pour l'Examen régional du Pacte mondial sur les migrations :

  Nom                  | Fonction                  | Rôle souhaité
  ---------------------+---------------------------+------------------------------------
  Lina Sabbagh         | Directrice exécutive      | session plénière (24 ou 25/02)
  Dr Firas Khouri      | Conseiller juridique      | table ronde 2
  Mme Aveen Ibrahim    | Responsable terrain       | discussion ouverte (consultation du 23/02)

Aveen est basée à Qamichli et suit les familles déplacées du nord-est, elle pourra se connecter en ligne. Lina et Firas sont à Beyrouth.

Merci de nous dire si vous avez besoin des CV.

Cordialement,

Nour Al-Atassi
Assistante de programmes
RSRDV - Beyrouth
"""
    body = leaf("text/plain", text, "UTF-8", "8bit")
    gen(11, when, rfcdate(sent), "Nour Al-Atassi <nour.atassi@rsrdv.example.org>",
        "Proposition d'intervenant.e.s - RSRDV",
        "<a91c4e07-2d5b-8f36-1e4a-c07b93d2e615@rsrdv.example.org>",
        body, "mail.rsrdv.example.org", "91.232.18.77", "4DWr2K8Sd9z7",
        dict(category="speaker_request", language="fr", acknowledge=True, on_time=True, speakers=[
            sp("Lina Sabbagh", "Directrice exécutive", "Réseau syrien pour un retour digne et volontaire (RSRDV)", ["plenary"]),
            sp("Firas Khouri", "Conseiller juridique", "Réseau syrien pour un retour digne et volontaire (RSRDV)", ["roundtable"], 2),
            sp("Aveen Ibrahim", "Responsable terrain", "Réseau syrien pour un retour digne et volontaire (RSRDV)", ["open_discussion"])],
            notes="three speakers in an ASCII table (name | title | role), honorifics 'Dr' and 'Mme' inside the "
                  "name column; affiliation only in the opening sentence; Kurdish first name (Aveen); the sender "
                  "(Assistante de programmes) is not a speaker; Thunderbird 8bit UTF-8."),
        extra=TB + [("Content-Language", "fr")], ret="nour.atassi@rsrdv.example.org")


def m12():
    when = at("2021-02-04 11:40:26")
    sent = when - dt.timedelta(seconds=7)
    text = """مساء الخير يا جماعة،

إحنا جمعية أبناء فلسطين في مصر، وكنا عايزين نبعت اسم متحدث من عندنا للمراجعة الإقليمية. بس عندنا لخبطة في الميعاد: الجواب العربي مكتوب فيه إن آخر ميعاد لطلب الكلمة هو "الجمعة ٢٣ فبراير"، وفي النسخة الإنجليزي مكتوب ٥ فبراير. وكمان ٢٣ فبراير يوم تلات مش جمعة أصلاً!

فياريت تقولولنا الميعاد الصح إيه عشان نلحق نجهز الاسم والبيانات.

وشكراً مقدماً
هاني أبو شمالة
جمعية أبناء فلسطين في مصر - القاهرة
"""
    html = html_wrap('<div dir="rtl" style="font-family:Tahoma;font-size:11pt">' + text2html(text) + "</div>", "rtl")
    body = leaf("text/html", html, "utf-8", "base64")
    gen(12, when, rfcdate(sent), addr("هاني أبو شمالة", "hany.shamala@abnaa-palestine-eg.example.org"),
        hdr("استفسار عن ميعاد طلب الكلمة"), "<20210204094019.7c1d3e@abnaa-palestine-eg.example.org>",
        body, "mail.abnaa-palestine-eg.example.org", "41.33.120.5", "4DWtV51Nk0z3",
        dict(category="other", language="ar", acknowledge=True, on_time=None,
             notes="Egyptian colloquial; asks which speaker deadline is right (the Arabic letter's misprinted "
                   "'الجمعة ٢٣ فبراير' vs 5 February) and says they intend to send a speaker's name, but proposes "
                   "none yet: other, not speaker_request; HTML-only base64."),
        extra=[("X-Mailer", "Roundcube Webmail/1.4.9")], ret="hany.shamala@abnaa-palestine-eg.example.org")


def m13():
    when = at("2021-02-04 13:31:02")
    sent = tz(when - dt.timedelta(seconds=1), 3)
    ack = "<ack-20210204113058.4f2a@gcmrrarabstates.iom.int>"
    text = """السلام عليكم،
شكراً لرسالتك. أنا حالياً في زيارة ميدانية إلى القائم وعكاشات بدون تغطية إنترنت منتظمة لغاية يوم الأحد ٧ شباط. سأرد عليك بعد عودتي إن شاء الله.
للأمور المستعجلة يرجى التواصل مع الأخ خالد على الرقم 07800000000.

عمر سعدون
لجنة العائدين - قضاء القائم
"""
    body = leaf("text/plain", text, "UTF-8", "base64")
    gen(13, when, rfcdate(sent), addr("Omar Saadoun", "omar.saadoun.qaim@gmail.example.com"),
        hdr("خارج المكتب - رد تلقائي"), "<CAEp5Sd2Hk9Wm4Rb7Nx1Tc6Lq0Gv3Zf8Yj2Ua5Ke9Po1Wn6Xs-ooo-7f3c@mail.gmail.example.com>",
        body, "mail-wr1-f67.google.example.com", "209.85.221.67", "4DWxD09Hc1z6",
        dict(category="auto_reply", language="ar", acknowledge=False, on_time=None,
             notes="Gmail vacation responder in Arabic answering the service's acknowledgement of h114-09 (same "
                   "sender): reads like a human note and names a colleague (Khaled) but is an out-of-office; "
                   "Auto-Submitted: auto-replied; must not be acknowledged (loop)."),
        extra=[("In-Reply-To", ack), ("References", ack), ("Auto-Submitted", "auto-replied"),
               ("Precedence", "bulk"), ("X-Autoreply", "yes")], ret="omar.saadoun.qaim@gmail.example.com")


def m14():
    when = at("2021-02-04 19:00:44")
    sent = when - dt.timedelta(seconds=10)
    text = """Madame, Monsieur,

Le Comité des réfugiés palestiniens de Syrie au Liban (CRPSL) vous transmet ci-dessous sa contribution volontaire à l'Examen régional du PMM, ainsi qu'une demande de prise de parole.

1) CONTRIBUTION VOLONTAIRE (rapport court)

Contexte : environ 27 000 réfugiés palestiniens venus de Syrie (PRS) vivent aujourd'hui au Liban, principalement dans les camps de Aïn el-Héloué, Chatila et Beddawi. Leur statut de séjour reste précaire et la plupart n'ont pas pu renouveler leurs papiers depuis 2015.

Objectifs du PMM concernés : 4 (documents d'identité), 7 (réduction des vulnérabilités), 15 (accès aux services de base).

Constats : (a) absence de titre de séjour pour une grande majorité des adultes ; (b) départs irréguliers par la mer depuis le nord du Liban en hausse en 2020 ; (c) dépendance quasi totale à l'aide de l'UNRWA.

Recommandations : régularisation gratuite du séjour des PRS ; accès au travail ; inclusion des PRS dans les plans de réponse nationaux.

2) DEMANDE DE PRISE DE PAROLE

Nous proposons M. Samer Hamdan, coordinateur général du Comité, pour la discussion ouverte de la consultation multipartite du 23 février.

Avec nos salutations distinguées,

Hiba Mawed
Chargée de communication
Comité des réfugiés palestiniens de Syrie au Liban (CRPSL)
Saïda, Liban
"""
    html = html_wrap('<div class="WordSection1">' + text2html(text) + "</div>", charset="windows-1252")
    body = multi("alternative", [leaf("text/plain", text, "windows-1252"), leaf("text/html", html, "windows-1252")],
                 "----=_NextPart_000_0031_01D6FB0D.8E4C5A20")
    gen(14, when, rfcdate(sent), "Hiba Mawed <hiba.mawed@crpsl.example.org>",
        "Contribution volontaire + demande de prise de parole - CRPSL",
        "<003101d6fb0d$8e4c5a20$aae50e60$@crpsl.example.org>",
        body, "mail.crpsl.example.org", "194.126.10.44", "4DX6sL3Fv2z8",
        dict(category="both", language="fr", acknowledge=True, on_time=True, speakers=[
            sp("Samer Hamdan", "coordinateur général du Comité",
               "Comité des réfugiés palestiniens de Syrie au Liban (CRPSL)", ["open_discussion"])],
            report_attachments=[],
            notes="both: short voluntary report written in the body (no attachment) plus one speaker in prose "
                  "('M. Samer Hamdan, coordinateur général du Comité'); the sender (communication officer) is not the "
                  "speaker; affiliation from the opening sentence/signature; windows-1252 Outlook."),
        extra=OUTLOOK + [("Content-Language", "fr-FR")], ret="hiba.mawed@crpsl.example.org")


def m15():
    when = at("2021-02-05 23:56:10")
    sent = tz(when - dt.timedelta(seconds=17), 3)
    text = """Dear GCM Regional Review team,

Sorry for the late night email, I hope it is still in time for the speakers.

KRIF - Erbil / Protection Programme Manager / Ms. Awaz Ismail Hamad

We propose her for floor intervention in the plenary session (24 Feb) and if possible also in roundtable 1. Awaz is leading our work with IDPs in Erbil camps who cannot return to Sinjar and Hawija.

KRIF = Kurdistan Returnees and IDPs Forum.

Best,
Karwan Jalal
KRIF

Get Outlook for iOS"""
    html = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body>'
            '<div dir="ltr">' + text2html(text.replace("\n\nGet Outlook for iOS", "")) +
            '</div><div dir="ltr"><br></div><div dir="ltr">Get <a href="https://aka.ms/o0ukef">Outlook for iOS</a></div></body></html>\n')
    body = multi("alternative", [leaf("text/plain", text, "utf-8", "base64"), leaf("text/html", html, "utf-8", "base64")],
                 "_000_DB7PR02MB4410E6F3A1C9B2D04E7F8A5CDB7PR02MB4410eurp_")
    gen(15, when, rfcdate(sent), "Karwan Jalal <karwan.jalal@krif-erbil.example.org>", "Speaker - KRIF",
        "<DB7PR02MB4410E6F3A1C9B2D04E7F8A5C@DB7PR02MB4410.eurprd02.prod.outlook.example.com>",
        body, "mail-db7eur02.outbound.protection.outlook.example.com", "40.107.2.58", "4DXbN92Yq7z1",
        dict(category="speaker_request", language="en", acknowledge=True, on_time=True, speakers=[
            sp("Awaz Ismail Hamad", "Protection Programme Manager", "Kurdistan Returnees and IDPs Forum (KRIF)",
               ["plenary", "roundtable"], 1)],
            notes="deadline edge: received 23:56:10 Beirut on Fri 5 Feb (on time) although the Date header reads "
                  "Sat, 6 Feb 2021 00:55 +0300 (Erbil); speaker line in reverse order 'ORG / title / Ms. name' with "
                  "only the acronym, expanded later ('KRIF = Kurdistan Returnees and IDPs Forum'); two roles, plenary "
                  "first, 'if possible also in roundtable 1'; Outlook for iOS, base64."),
        ret="karwan.jalal@krif-erbil.example.org")


def m16():
    when = at("2021-02-06 00:04:40")
    sent = tz(when - dt.timedelta(seconds=28), 1)
    text = """Salam,

Je me permets de vous écrire au nom de l'Association des Ezidis de France (AEF) pour vous proposer notre présidente, Madame Khalida Murad Hesso, comme intervenante dans la table ronde n°2 de l'examen régional.

Mme Hesso est originaire de Sinjar, elle a vécu dans le camp de Sharya avant d'arriver en France en 2017, elle connait trés bien la situation des familles ézidies déplacées et des survivantes. Elle parle kurde (kurmandji), arabe et français.

Nous restons joignables pour toute information complémentaire et nous vous remercions d'avance pour votre considération.

Veuillez agréer, Madame, Monsieur, l'expression de nos salutations distinguées.

Karim Bensalem
Secrétaire général
Association des Ezidis de France (AEF)
Lyon
"""
    html = '<div dir="ltr">' + text2html(text) + "</div>\n"
    body = multi("alternative", [leaf("text/plain", text, "UTF-8"), leaf("text/html", html, "UTF-8")],
                 "000000000000b7e2a905baa1c6d9")
    gen(16, when, rfcdate(sent), "Karim Bensalem <karim.bensalem.aef@gmail.example.com>",
        "Proposition intervenante - Association des Ezidis de France",
        "<CAHk4Wz7Pn2Qe9Rc5Tb1Lx8Ud3Ym6Sf0Gh7Vj2Na5Kq9Ow4Ei=@mail.gmail.example.com>",
        body, "mail-wm1-f52.google.example.com", "209.85.128.52", "4DXbV60Rk3z5",
        dict(category="speaker_request", language="fr", acknowledge=True, on_time=False, speakers=[
            sp("Khalida Murad Hesso", "présidente", "Association des Ezidis de France (AEF)", ["roundtable"], 2)],
            notes="late by about five minutes: received 00:04:40 Beirut on Sat 6 Feb, while the Date header says "
                  "Fri, 5 Feb 2021 23:04:12 +0100 (Lyon); Maghrebi French ('Salam', 'trés'); speaker is the "
                  "association's president, introduced by the secretary general ('notre présidente, Madame ...'); "
                  "'table ronde n°2'."),
        ret="karim.bensalem.aef@gmail.example.com")


def m17():
    when = at("2021-02-10 15:22:05")
    sent = when - dt.timedelta(seconds=9)
    name = "Rapport_volontaire_PMM_CSDPD_février_2021.docx"
    html = html_wrap("""<div style="font-family:Calibri,sans-serif;font-size:11pt">
<p>Bonsoir,</p>
<p>Veuillez trouver ci-joint le rapport volontaire du <b>Collectif syrien pour les droits des personnes déplacées (CSDPD)</b> dans le cadre de l'Examen régional du Pacte mondial pour des migrations sûres, ordonnées et régulières.</p>
<p>Le rapport porte sur les retours depuis le Liban vers Qousseir, Zabadani et la Ghouta orientale, et sur les obstacles au logement et à la propriété. Il a été rédigé en arabe puis traduit en français (la version arabe peut être envoyée si besoin).</p>
<p>Merci de bien vouloir nous confirmer la bonne réception.</p>
<p>Bien cordialement,</p>
<table><tr><td><img src="cid:logo_csdpd@01D6FFB2" width="60" height="60" alt="CSDPD"></td>
<td>Maya Haddad<br>Coordinatrice de programmes<br>Collectif syrien pour les droits des personnes déplacées (CSDPD)<br>Beyrouth - Liban</td></tr></table>
</div>""")
    docx = make_docx(["Collectif syrien pour les droits des personnes déplacées (CSDPD)",
                      "Rapport volontaire - Examen régional du Pacte mondial sur les migrations (PMM), février 2021",
                      "1. Retours depuis le Liban : Qousseir, Zabadani, Ghouta orientale",
                      "2. Logement, terre et propriété", "3. Recommandations"])
    png = make_png(12, 12, (30, 120, 60))
    img = leaf("image/png", png, cte="base64", params=[("name", '"logo_csdpd.png"')],
               disp='inline; filename="logo_csdpd.png"', extra=[("Content-ID", "<logo_csdpd@01D6FFB2>")])
    related = multi("related", [leaf("text/html", html, "utf-8", "quoted-printable"), img],
                    "----=_NextPart_001_0047_01D6FFB2.6A3E9C10", params=[("type", '"text/html"')])
    att = leaf(DOCX, docx, cte="base64", params=[("name*", rfc2231(name))],
               disp="attachment; filename*=%s" % rfc2231(name))
    body = multi("mixed", [related, att], "----=_NextPart_000_0046_01D6FFB2.6A3E9C10")
    gen(17, when, rfcdate(sent), "Maya Haddad <maya.haddad@csdpd.example.org>",
        hdr("Rapport volontaire PMM - CSDPD", "utf-8", "Q"),
        "<004601d6ffb2$6a3e9c10$3ebbd430$@csdpd.example.org>",
        body, "mail.csdpd.example.org", "194.146.8.210", "4DbL5q0Tn2z7",
        dict(category="voluntary_report", language="fr", acknowledge=True, on_time=True, report_attachments=[name],
             notes="HTML-only body (multipart/related with an inline logo PNG that is not part of the report); DOCX "
                   "with an accented name in RFC 2231 (filename*=utf-8''...é...); Levantine French ('Bonsoir', "
                   "place names Qousseir/Ghouta); Q-encoded subject."),
        extra=OUTLOOK + [("Content-Language", "fr")], ret="maya.haddad@csdpd.example.org")


def m18():
    when = at("2021-02-12 10:48:27")
    sent = tz(when - dt.timedelta(seconds=13), 3)
    name = "NIRN_Voluntary_GCM_Report_Feb2021_v2.pdf"
    text = """Dear Colleagues,

Kindly replace the report we sent on 3 February with the attached version (v2). In the first version the member list was missing the Sinjar Returnees Committee and the Tal Afar group was written with wrong name (correct: Tal Afar Returnees and Displaced Forum). Also we corrected some figures in section 3.

Apologies for the inconvenience.

Best regards,
Ahmed Younis Al-Tai
Network Coordinator
Ninewa IDP and Returnee Network (NIRN)

From: Ahmed Younis Al-Tai <a.altai@nirn-iq.example.org>
Sent: Wednesday, February 3, 2021 9:10 PM
To: gcmrrarabstates@iom.int
Subject: NIRN collective voluntary GCM review report

Dear Colleagues,

On behalf of the Ninewa IDP and Returnee Network (NIRN), please find attached our collective voluntary GCM review report for the Regional Review in the Arab region.
[...]
"""
    html = html_wrap('<div class="WordSection1">' + text2html(text) + "</div>")
    alt = multi("alternative", [leaf("text/plain", text, "us-ascii"), leaf("text/html", html, "us-ascii")],
                "_000_VI1PR03MB44627A2C9E1D0F3B4C5D6E7F8A9B0VI1PR03MB4462eurp_")
    pdf = make_pdf(["Ninewa IDP and Returnee Network (NIRN)", "Collective Voluntary GCM Review Report - February 2021 (v2)",
                    "Member groups: Sinuni Youth Initiative; Sinjar Returnees Committee; Hammam al-Alil Women's Committee;",
                    "Tal Afar Returnees and Displaced Forum; Bashiqa Yazidi Youth Team; Mosul Old City Residents Committee;",
                    "Qayyarah Jed'ah Camp Committee; Shabak Rights Group; Hamdaniya Christian Returnees Association"])
    att = leaf("application/pdf", pdf, cte="base64", params=[("name", '"%s"' % name)],
               disp='attachment; filename="%s"; size=%d' % (name, len(pdf)))
    body = multi("mixed", [alt, att], "_004_VI1PR03MB44627A2C9E1D0F3B4C5D6E7F8A9B0VI1PR03MB4462eurp_")
    gen(18, when, rfcdate(sent), "Ahmed Younis Al-Tai <a.altai@nirn-iq.example.org>",
        "RE: NIRN collective voluntary GCM review report",
        "<VI1PR03MB44627A2C9E1D0F3B4C5D6E7F8A9B0@VI1PR03MB4462.eurprd03.prod.outlook.example.com>",
        body, "mail-vi1eur03.outbound.protection.outlook.example.com", "40.107.3.98", "4DcR1w7Mz9z4",
        dict(category="voluntary_report", language="en", acknowledge=True, on_time=True, report_attachments=[name],
             thread_of="h114-10.eml",
             notes="revised report replacing h114-10 (v2 PDF, corrected member list); Outlook reply with the "
                   "original abridged below 'From:/Sent:' headers (not '>' quoted); In-Reply-To/References set."),
        extra=[("In-Reply-To", M10_ID), ("References", M10_ID)] + OUTLOOK + [("Content-Language", "en-GB")],
        ret="a.altai@nirn-iq.example.org")


def m19():
    when = at("2021-02-14 12:17:50")
    sent = tz(when - dt.timedelta(seconds=16), 3)
    name = "تقرير المراجعة الطوعية - تحالف المنظمات الإيزيدية.pdf"
    text = """السادة أمانة المراجعة الإقليمية للاتفاق العالمي للهجرة المحترمون،

تحية طيبة،

يسرّ تحالف المنظمات الإيزيدية في العراق أن يقدّم إليكم تقريره الطوعي الجماعي للمراجعة الإقليمية، وقد أُعدّ بالشراكة بين المنظمات الأعضاء في التحالف العاملة في قضاء سنجار ومخيمات محافظة دهوك.

يتناول التقرير أوضاع النازحين الإيزيديين في المخيمات منذ عام 2014، وعودة الأسر إلى سنجار، وأوضاع الناجيات، وهجرة الشباب الإيزيدي إلى أوروبا.

يرجى التفضل بتأكيد الاستلام.

مع التقدير والاحترام،

خيري إلياس حسن
مسؤول العلاقات الخارجية
تحالف المنظمات الإيزيدية في العراق
دهوك - إقليم كوردستان العراق
"""
    t = leaf("text/plain", flowed(text), "UTF-8", "8bit", params=[("format", "flowed")])
    pdf = make_pdf(["Alliance of Yazidi Organizations in Iraq", "Collective voluntary GCM review report - February 2021",
                    "IDPs in Duhok camps since 2014; return to Sinjar; survivors; youth migration to Europe"])
    att = leaf("application/pdf", pdf, cte="base64", params=[("name*", rfc2231(name))],
               disp="attachment;\r\n " + ";\r\n ".join(rfc2231_cont("filename", name)))
    body = multi("mixed", [t, att], "------------3C9F2A7E1B5D8C0A4E6F2B9D")
    gen(19, when, rfcdate(sent), addr("خيري إلياس", "khairy.elias@yazidi-alliance.example.org"),
        hdr("التقرير الطوعي - تحالف المنظمات الإيزيدية في العراق"),
        "<e7c4a1b9-52d0-4f3e-9a86-1b0d7c3e5f24@yazidi-alliance.example.org>",
        body, "mail.yazidi-alliance.example.org", "185.191.52.9", "4DdT8k2Xv5z6",
        dict(category="voluntary_report", language="ar", acknowledge=True, on_time=True, report_attachments=[name],
             notes="collective report in formal MSA, Thunderbird format=flowed 8bit; long Arabic PDF name in RFC 2231 "
                   "continuations (filename*0*=..., filename*1*=...); the external relations officer signs but "
                   "proposes no speaker."),
        extra=TB + [("Content-Language", "ar")], ret="khairy.elias@yazidi-alliance.example.org")


def m20():
    when = at("2021-02-15 17:33:21")
    sent = tz(when - dt.timedelta(seconds=12), 3)
    name = "Rapport AFKS - PMM 2021.pdf"
    text = """Bonjour,

Vous trouverez en pièce jointe le rapport volontaire de notre association sur la situation des femmes déplacées et rentrées dans la région de Kobanê et de Qamichli.

Aussi, nous voulons proposer une intervenante pour la table ronde 3 :
- Nom : Rojda Mihemed Xelîl
- Fonction : responsable du programme femmes déplacées
- Organisation : Association des femmes kurdes de Syrie (AFKS), bureau de Kobanê

Je sais que la date pour les intervenants était le 5 février, mais on a eu des problèmes de connexion avec le terrain, si c'est encore possible ce serait très important pour nous.

Merci beaucoup
Berfin Osman
AFKS
"""
    html = '<div dir="ltr">' + text2html(text) + "</div>\n"
    alt = multi("alternative", [leaf("text/plain", text, "UTF-8"), leaf("text/html", html, "UTF-8")],
                "000000000000c3d8f105bb5e2a70")
    att = pdf_att(name, ["Association des femmes kurdes de Syrie (AFKS)", "Rapport volontaire - Examen regional du PMM 2021",
                         "Femmes deplacees et retournees: Kobane, Qamichli"])
    body = multi("mixed", [alt, att], "000000000000c3d8f305bb5e2a72")
    gen(20, when, rfcdate(sent), "Berfin Osman <berfin.osman.afks@gmail.example.com>",
        "Rapport volontaire AFKS + intervenante",
        "<CAKt9Ps3Wd6Ne1Qb4Hm8Rx2Lf5Tz0Yc7Gu3Vk6Sa9Jo2Ei5Xw@mail.gmail.example.com>",
        body, "mail-ed1-f44.google.example.com", "209.85.208.44", "4Df1Fw6Hn8z2",
        dict(category="both", language="fr", acknowledge=True, on_time=False, speakers=[
            sp("Rojda Mihemed Xelîl", "responsable du programme femmes déplacées",
               "Association des femmes kurdes de Syrie (AFKS)", ["roundtable"], 3)],
            report_attachments=[name],
            notes="both: report on time (15 Feb) but the speaker request is late (deadline 5 Feb, the sender says "
                  "so), hence on_time false; Kurdish name in Kurmanji Latin spelling (Xelîl) in a French message; "
                  "speaker details as a dashed 'Nom/Fonction/Organisation' list, organisation followed by "
                  "', bureau de Kobanê'; PDF name with spaces."),
        ret="berfin.osman.afks@gmail.example.com")


def m21():
    when = at("2021-02-16 23:57:20")
    sent = tz(when - dt.timedelta(seconds=22), 1)
    name = "ASDFA report GCM review 2021.pdf"
    text = """Hello,

Attached is the voluntary report of our association for the GCM regional review. Sorry it is so last minute, we finished the translation only tonight.

The report is about families of Anfal survivors and displaced people from Kirkuk and Khanaqin who are still living in Sulaymaniyah and Kalar, and about the young people who leave through Turkey.

Regards
Shno Rahim
Anfal Survivors and Displaced Families Association (ASDFA)
Sulaymaniyah / Stockholm

Sent from Mail for Windows 10
"""
    t = leaf("text/plain", text, "utf-8", "quoted-printable")
    att = pdf_att(name, ["Anfal Survivors and Displaced Families Association (ASDFA)",
                         "Voluntary GCM review report 2021", "Kirkuk, Khanaqin, Sulaymaniyah, Kalar"])
    body = multi("mixed", [t, att], "_A4F81C2E-9B3D-47E6-8C05-1D2E3F4A5B6C_")
    gen(21, when, rfcdate(sent), "Shno Rahim <shno.rahim@asdfa.example.se>", "GCM voluntary report - ASDFA",
        "<7B1E3C5D-2F4A-4B6C-8D9E-0A1B2C3D4E5F@asdfa.example.se>",
        body, "smtp.asdfa.example.se", "194.47.250.12", "4Dg0Ha3Qs1z9",
        dict(category="voluntary_report", language="en", acknowledge=True, on_time=True, report_attachments=[name],
             notes="deadline edge: received 23:57:20 Beirut on Tue 16 Feb, on time; the Date header is 22:56:58 +0100 "
                   "(Stockholm) and the sender apologises for 'last minute'; Kurdish first name; PDF name with spaces; "
                   "Windows Mail."),
        extra=[("X-Mailer", "Microsoft Windows 10 Mail")], ret="shno.rahim@asdfa.example.se")


def m22():
    when = at("2021-02-17 00:03:15")
    sent = tz(when - dt.timedelta(seconds=25), 3)
    name = "تقرير_جمعية_اللاجئين_الفلسطينيين_في_العراق.docx"
    text = """الإخوة الأعزاء في الشبكة الإقليمية المحترمين

تحية طيبة

نرسل إليكم طيّاً التقرير الطوعي لجمعية اللاجئين الفلسطينيين في العراق بخصوص مراجعة الاتفاق العالمي للهجرة، ونعتذر عن التأخير البسيط بسبب انقطاع الكهرباء في بغداد هذا المساء.

التقرير يتناول أوضاع الفلسطينيين المتبقين في بغداد بعد 2003 والذين نزحوا إلى مخيمات الحدود ثم أعيد توطين بعضهم، ومشاكل الإقامة والوثائق.

مع الشكر
محمود أبو الهيجاء
أمين الصندوق
جمعية اللاجئين الفلسطينيين في العراق - بغداد
"""
    t = leaf("text/plain", text, "windows-1256", "quoted-printable")
    docx = make_docx(["Palestinian Refugees Association in Iraq", "Voluntary GCM review report - February 2021",
                      "Palestinians in Baghdad after 2003; border camps; resettlement; residency and documents"])
    att = leaf(DOCX, docx, cte="base64", params=[("name", '"%s"' % b_word(name, "windows-1256"))],
               disp='attachment; filename="%s"' % b_word(name, "windows-1256"))
    body = multi("mixed", [t, att], "----=_NextPart_000_0058_01D704C5.1A2B3C40")
    gen(22, when, rfcdate(sent), addr("محمود أبو الهيجاء", "m.abulhaija@pra-iraq.example.org", "windows-1256"),
        hdr("التقرير الطوعي - جمعية اللاجئين الفلسطينيين في العراق", "windows-1256"),
        "<005801d704c5$1a2b3c40$4e81b4c0$@pra-iraq.example.org>",
        body, "mail.pra-iraq.example.org", "37.238.14.90", "4Dg0Pk8Wt2z3",
        dict(category="voluntary_report", language="ar", acknowledge=True, on_time=False, report_attachments=[name],
             notes="late by about four minutes: received 00:03:15 Beirut on Wed 17 Feb (Date header 01:02:50 +0300, "
                   "Baghdad); the sender apologises for a 'small delay'; windows-1256 text, DOCX name RFC 2047 "
                   "windows-1256 encoded inside the quoted parameter; no HTML part."),
        extra=[("X-Mailer", "Microsoft Outlook 16.0"), ("Content-Language", "ar-iq")],
        ret="m.abulhaija@pra-iraq.example.org", cc="pra.iraq@yahoo.example.com")


def m23():
    when = at("2021-02-17 08:10:03")
    qid = "A3C91D0F22"
    orig_id = "<ack-20210217080958.9b1e@gcmrrarabstates.iom.int>"
    t = leaf("text/plain", POSTFIX_NOTICE + """
<pra.iraq@yahoo.example.com>: host mta7.am0.yahoodns.example.net[98.136.96.77]
    said: 554 delivery error: dd This user doesn't have a yahoo.example.com
    account (pra.iraq@yahoo.example.com) [0] - mta1042.mail.example.com (in reply to
    end of DATA command)
""", "us-ascii", "7bit", extra=[("Content-Description", "Notification")])
    ds = Message(policy=POL)
    ds["Content-Description"] = "Delivery report"
    ds["Content-Type"] = "message/delivery-status"
    dsn = ("""Reporting-MTA: dns; mx1.iom.int
X-Postfix-Queue-ID: %s
X-Postfix-Sender: rfc822; gcmrrarabstates@iom.int
Arrival-Date: Wed, 17 Feb 2021 08:09:58 +0200 (EET)

Final-Recipient: rfc822; pra.iraq@yahoo.example.com
Original-Recipient: rfc822;pra.iraq@yahoo.example.com
Action: failed
Status: 5.0.0
Remote-MTA: dns; mta7.am0.yahoodns.example.net
Diagnostic-Code: smtp; 554 delivery error: dd This user doesn't have a
    yahoo.example.com account (pra.iraq@yahoo.example.com) [0]
""" % qid)
    from email.parser import Parser
    for block in dsn.strip("\n").split("\n\n"):
        ds.attach(Parser(policy=POL).parsestr(block + "\n", headersonly=True))
    hd = leaf("text/rfc822-headers", """Received: by mx1.iom.int (Postfix, from userid 1001)
\tid %s; Wed, 17 Feb 2021 08:09:58 +0200 (EET)
From: gcmrrarabstates@iom.int
To: m.abulhaija@pra-iraq.example.org
Cc: pra.iraq@yahoo.example.com
Subject: =?utf-8?B?2KrZhSDYp9mE2KfYs9iq2YTYp9mFIC0g2KfZhNiq2YLYsdmK2LEg2KfZhNi32YjYudmK?=
Date: Wed, 17 Feb 2021 08:09:58 +0200
Message-ID: %s
""" % (qid, orig_id), "us-ascii", "7bit", extra=[("Content-Description", "Undelivered Message Headers")])
    body = multi("report", [t, ds, hd], "%s.1613542203/mx1.iom.int" % qid, params=[("report-type", "delivery-status")])
    body.preamble = "This is a MIME-encapsulated message.\n"
    rows = [("Return-Path", "<>"), ("Delivered-To", BOX),
            ("Received", "by mx1.iom.int (Postfix)\r\n\tid %s; %s" % (qid, rfcdate(when, "EET"))),
            ("Date", rfcdate(when, "EET")), ("From", "MAILER-DAEMON@mx1.iom.int (Mail Delivery System)"),
            ("Subject", "Undelivered Mail Returned to Sender"), ("To", BOX), ("Auto-Submitted", "auto-replied"),
            ("Message-Id", "<20210217061003.%s@mx1.iom.int>" % qid)]
    m = top(body, rows)
    m.preamble = body.preamble
    add(23, when, m, dict(category="bounce", language="en", acknowledge=False, on_time=None,
        notes="Postfix DSN for the service's acknowledgement of h114-22 (the Cc'd Yahoo address of the association "
              "does not exist); the returned headers carry an Arabic subject; must not be acknowledged."))


def m24():
    when = at("2021-02-20 09:26:44")
    sent = tz(when - dt.timedelta(seconds=6), 1)
    text = """Salam alaykoum,

svp est ce qu il y aura une interpretation en kurde (sorani ou kurmandji) le 24 et 25 ? notre intervenante en table ronde parle arabe mais pas bien le francais ni l anglais, et on a pas encore recu le lien zoom.

Merci bcp
Sofiane

Envoyé de mon iPhone"""
    body = leaf("text/plain", text, "utf-8", "7bit" if all(ord(c) < 128 for c in text) else "quoted-printable")
    gen(24, when, rfcdate(sent), "Sofiane Belhadj <sofiane.belhadj@atars-tn.example.org>", "interpretation + lien zoom ?",
        "<9E4D2B1A-6C3F-4E8D-B7A0-5F1C2D3E4A6B@atars-tn.example.org>",
        body, "mail.atars-tn.example.org", "197.14.9.21", "4Dhp4C9Lr6z0",
        dict(category="other", language="fr", acknowledge=True, on_time=None,
             notes="logistics question (interpretation into Kurdish, missing Zoom link), Maghrebi French with "
                   "'Salam alaykoum', no accents or apostrophes; mentions 'notre intervenante en table ronde' but "
                   "proposes no speaker (refers to an earlier request not in this set)."),
        extra=IPHONE, ret="sofiane.belhadj@atars-tn.example.org")


LABEL_FIX = {}


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
        num = int(fname[5:7])
        if num in LABEL_FIX:
            lab["thread_of"] = LABEL_FIX[num]
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
