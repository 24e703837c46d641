#!/usr/bin/env python3
"""Write the blind evaluation set holdout122 (24 raw .eml messages + labels.json).

Deterministic, standard library only:  python3 tests/data/make_eval_sets122.py
Theme: short replies over long quoted threads - one or two lines answering the secretariat's questions or
acknowledgements, on top of, below or between Outlook / Gmail / Thunderbird / iPhone quotes in EN, FR, AR.
"""
import datetime as dt
import json
import os
from mailgen import (HERE, BOX, rfcdate, at, tz, hdr, re_hdr, addr, leaf, multi,
                     html_wrap, text2html, flowed, make_pdf, make_docx, make_png, DOCX,
                     rfc2231, b_word, top, serialize, sp, std_rows)

OUT = os.path.join(HERE, "holdout122")


# ---------------------------------------------------------------- message assembly


MESSAGES = []


def add(num, when, msg, label):
    fname = "h122-%02d.eml" % num
    lab = {"file": fname, "received_at": when.isoformat()}
    lab.update(label)
    full = {k: lab.get(k) for k in ["file", "received_at", "category", "language", "acknowledge", "on_time",
                                    "speakers", "report_attachments", "thread_of", "notes"]}
    for k, default in (("speakers", []), ("report_attachments", []), ("thread_of", None)):
        if full[k] is None and default is not None:
            full[k] = default
    MESSAGES.append((fname, serialize(msg), full))


# ================================================================ quoting helpers and secretariat texts
SEC = "GCM Regional Review Arab States <%s>" % BOX
SEC_AR = "GCM Regional Review Arab States"


def q(text, prefix="> "):
    out = []
    for ln in text.split("\n"):
        out.append((prefix.rstrip() if ln == "" else prefix + ln))
    return "\n".join(out)


def outlook_en(frm, sent, to, subject, cc=None):
    s = "From: %s\nSent: %s\nTo: %s\n" % (frm, sent, to)
    if cc:
        s += "Cc: %s\n" % cc
    return s + "Subject: %s\n" % subject


def outlook_fr(frm, sent, to, subject, cc=None):
    s = "De : %s\nEnvoyé : %s\nÀ : %s\n" % (frm, sent, to)
    if cc:
        s += "Cc : %s\n" % cc
    return s + "Objet : %s\n" % subject


def outlook_ar(frm, sent, to, subject):
    return "من: %s\nأُرسل: %s\nإلى: %s\nالموضوع: %s\n" % (frm, sent, to, subject)


INVITE_EN = """Dear Stakeholders in the Arab region,

The Regional United Nations Network on Migration in the Arab region has the honour to invite you to the Regional Review of the Global Compact for Safe, Orderly and Regular Migration (GCM) in the Arab region, which will be held virtually on 24-25 February 2021, preceded by a Multi-Stakeholder Consultation on 23 February 2021.

Stakeholders are encouraged to submit voluntary GCM review reports, individually or collectively, to gcmrrarabstates@iom.int. The deadline for submissions has been extended until Tuesday, 16 February 2021.

Stakeholders interested in taking part in the open discussion of the Multi-Stakeholder Consultation, in delivering the key messages of the stakeholders as rapporteur, or in making a floor intervention in a plenary session or in one of the four thematic roundtables, are kindly requested to send the name, title and organizational affiliation of the speaker to gcmrrarabstates@iom.int by Friday, 5 February 2021.

Please find attached the concept note and the provisional programme. An online survey is also open until 5 February 2021.

We look forward to your active participation.

Regional UN Network on Migration - Arab region
GCM Regional Review Secretariat"""

INVITE_FR = """Chers partenaires de la région arabe,

Le Réseau régional des Nations Unies sur les migrations dans la région arabe a l'honneur de vous inviter à l'Examen régional du Pacte mondial pour des migrations sûres, ordonnées et régulières (PMM) dans la région arabe, qui se tiendra en ligne les 24 et 25 février 2021, précédé d'une consultation multipartite le 23 février 2021.

Les parties prenantes sont invitées à soumettre des rapports volontaires d'examen du PMM, individuels ou collectifs, à l'adresse gcmrrarabstates@iom.int, au plus tard le mardi 16 février 2021 (délai prolongé).

Les parties prenantes souhaitant participer à la discussion ouverte de la consultation multipartite, présenter en tant que rapporteur les messages clés des parties prenantes, ou intervenir lors d'une session plénière ou de l'une des quatre tables rondes thématiques, sont priées d'envoyer le nom, la fonction et l'organisation de l'intervenant à gcmrrarabstates@iom.int avant le vendredi 5 février 2021.

Secrétariat de l'Examen régional du PMM"""

INVITE_AR = """السادة أصحاب المصلحة في المنطقة العربية،

يتشرف شبكة الأمم المتحدة الإقليمية المعنية بالهجرة في المنطقة العربية بدعوتكم إلى الاستعراض الإقليمي للاتفاق العالمي من أجل الهجرة الآمنة والمنظمة والنظامية في المنطقة العربية، الذي سيعقد افتراضياً يومي 24 و25 شباط/فبراير 2021، وتسبقه مشاورة لأصحاب المصلحة المتعددين في 23 شباط/فبراير 2021.

ندعو أصحاب المصلحة إلى تقديم تقارير الاستعراض الطوعية، فردية كانت أو جماعية، إلى العنوان gcmrrarabstates@iom.int في موعد أقصاه يوم الثلاثاء 16 شباط/فبراير 2021 (بعد التمديد).

كما ندعو الراغبين في المشاركة في النقاش المفتوح، أو في عرض الرسائل الرئيسية بصفة مقرر، أو في تقديم مداخلة في الجلسات العامة أو في إحدى الموائد المستديرة المواضيعية الأربع، إلى إرسال اسم المتحدث ومسماه الوظيفي والجهة التي ينتمي إليها في موعد أقصاه يوم الجمعة 23 شباط/فبراير 2021.

أمانة الاستعراض الإقليمي"""


def gm_alt(text, html_inner, boundary, cte="quoted-printable", dir_=None):
    return multi("alternative", [leaf("text/plain", text, "UTF-8", cte),
                                 leaf("text/html", html_wrap(html_inner, dir_), "UTF-8", cte)], boundary)


def quote_html(text):
    return '<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex">' + text2html(text) + "</blockquote>"


def att(ctype, data, fname, ascii_name=None):
    """Attachment leaf; non-ASCII names as RFC 2231 (plus an RFC 2047 name= for old clients)."""
    try:
        fname.encode("ascii")
        return leaf(ctype, data, cte="base64", params=[("name", '"%s"' % fname)],
                    disp='attachment; filename="%s"' % fname)
    except UnicodeEncodeError:
        return leaf(ctype, data, cte="base64", params=[("name", '"%s"' % b_word(fname))],
                    disp="attachment; filename*=%s" % rfc2231(fname))


def labels(category, language, acknowledge, on_time, speakers=None, reports=None, thread_of=None, notes=""):
    return dict(category=category, language=language, acknowledge=acknowledge, on_time=on_time,
                speakers=speakers or [], report_attachments=reports or [], thread_of=thread_of, notes=notes)


MID = {
    1: "<VI1PR0702MB3390A1C6E0F2B44D9A7E51C4D9B80@VI1PR0702MB3390.eurprd07.prod.outlook.example.com>",
    2: "<CAJh7Kq2vP0mZ=R3xN8cTq1wLbE5sYd4Hf9uGk2oA7iVjW6nQ@mail.gmail.example.com>",
    3: "<PR3P192MB0741E4B2C87D1A90F3C6B5D2A1B70@PR3P192MB0741.EURP192.PROD.OUTLOOK.example.com>",
    4: "<VI1PR0702MB33907F1B2D8E4C09B6A3F52E8D4C1@VI1PR0702MB3390.eurprd07.prod.outlook.example.com>",
    5: "<CAF3mQp8=XeN4tR7vH1bK9sLwZc2yJd6Go0uAi5rEnT3fPq8M@mail.gmail.example.com>",
    6: "<5B7C1E0A-93D4-4F2B-A6E1-0C8D2F4B9A37@nilemigration-eg.example.org>",
    7: "<8c2f41d7-5e0b-9a63-41f2-d07be3a5c911@amam-ma.example.org>",
    8: "<CAF3mQp9-Hs2Yq4Lc8Vn1Ke7Wt0Xb3Gd5Ri6Uo9Pa2Mj4Nf7Z@mail.gmail.example.com>",
    9: "<CAO1sMx4Rb7+Kn2Wq9Pd3Lf6Yt8Zc1Hv5Jg0Ue4Ia7Xo2Qs9E@mail.gmail.example.com>",
    10: "<D41A6F27-8B3C-4E95-B0D2-7C19E5A3F860@amam-ma.example.org>",
    11: "<3f1e9c62-7a4d-4b8e-9c05-e2d71b6a8f43@bahrainmig.example.org>",
    12: "<A92E5C14-6F07-4D3B-8E21-B5C0D79F4A18@cldm-lb.example.org>",
    13: "<CAKd9Ts1Qm4=Vr8Yb2Nx7Wc5Lp3Hj6Fg0Ez1Ao9Ui4Ks8Rt2@mail.gmail.example.com>",
    14: "<DB9PR10MB4821C3F6E0A7B15D2C8E49F1A6B35@DB9PR10MB4821.EURPRD10.PROD.OUTLOOK.example.com>",
    15: "<CAHp2Wk7Lx9=Rn4Qd1Ts8Vb6Mc3Yf0Ja5Gu2Ei7Ko9Zs4Pn1@mail.gmail.example.com>",
    16: "<b3e7d7a4f0c94c1d8e25a6f19b0c2d83@EXCH01.jwrc-jo.example.org>",
    17: "<CAM5yRt3Pq8=Kx1Wn6Lb4Vd9Hc2Zj7Fs0Ga3Ue5Ii8Oo1Rm6@mail.gmail.example.com>",
    18: "<AS8PR08MB6279E1D4B7C20F9A3E5D6C18B2F47@AS8PR08MB6279.eurprd08.prod.outlook.example.com>",
    19: "<AS8PR08MB62794C9B0E7A31D5F2C86E03D1A95@AS8PR08MB6279.eurprd08.prod.outlook.example.com>",
    20: "<PAXPR10MB5170B28D3E6F41A9C07D5B2E9F1C4@PAXPR10MB5170.EURPRD10.PROD.OUTLOOK.example.com>",
    21: "<HE1PR0601MB2519F0A3C6D8E17B4B9F2D05C7E81@HE1PR0601MB2519.eurprd06.prod.outlook.example.com>",
    22: "<AM9PR02MB7364D5E2A1F0C84B39A6E17D2C5F8@AM9PR02MB7364.eurprd02.prod.outlook.example.com>",
    23: "<CAGz8Nv2Tq5=Hw1Rb7Lk4Yx9Pc3Jd6Ms0Fa2Ue8Io5Kt1Zn7@mail.gmail.example.com>",
    24: "<20210216221012.9C4E31A0F2@mail-out.iom.int>",
}
# our own outgoing messages (acknowledgements, questions) quoted in the replies
SECID = {
    "q01": "<AM6PR01MB5127A3E0F0C2B4E8D91F7C63B7D21@AM6PR01MB5127.eurprd01.prod.iom.example.int>",
    "ack02": "<AM6PR01MB5127B9D4E1F6034C2A78E15D0C6F4@AM6PR01MB5127.eurprd01.prod.iom.example.int>",
    "q03": "<AM6PR01MB5127C1F8A2D7E50B9E34D60A4B1E9@AM6PR01MB5127.eurprd01.prod.iom.example.int>",
    "q05": "<AM6PR01MB5127D07E3B9C2F1A6D85B41F9E2C0@AM6PR01MB5127.eurprd01.prod.iom.example.int>",
    "ack07": "<AM6PR01MB5127E4A6C0B8D31F7E92C05B8A3D7@AM6PR01MB5127.eurprd01.prod.iom.example.int>",
    "q09": "<AM6PR01MB5127F2B5D9E0A46C1B73E98D2F0A6@AM6PR01MB5127.eurprd01.prod.iom.example.int>",
    "osman": "<CAO1sMx3Jf6+Vq1Ld8Tn4Xw2Kc7Yb9Hp5Rg3Ue0Ia6Zo8Ms1B@mail.gmail.example.com>",
    "invite": "<AM6PR01MB51270A1B2C3D4E5F60718293A4B5C@AM6PR01MB5127.eurprd01.prod.iom.example.int>",
    "ack04": "<AM6PR01MB51271C2D3E4F5A6B7C8D9E0F1A2B3@AM6PR01MB5127.eurprd01.prod.iom.example.int>",
    "remind": "<AM6PR01MB51272D3E4F5A6B7C8D9E0F1A2B3C4@AM6PR01MB5127.eurprd01.prod.iom.example.int>",
    "q18": "<AM6PR01MB51273E4F5A6B7C8D9E0F1A2B3C4D5@AM6PR01MB5127.eurprd01.prod.iom.example.int>",
    "ack12": "<AM6PR01MB51274F5A6B7C8D9E0F1A2B3C4D5E6@AM6PR01MB5127.eurprd01.prod.iom.example.int>",
    "fadm1": "<CAGz8Nv1Mk3=Pq7Wc2Rx5Lh8Tb1Yd4Fj6Ga9Ue0Io3Ks7Zn2@mail.gmail.example.com>",
    "ackfadm": "<AM6PR01MB51275A6B7C8D9E0F1A2B3C4D5E6F7@AM6PR01MB5127.eurprd01.prod.iom.example.int>",
    "ack08": "<AM6PR01MB51276B7C8D9E0F1A2B3C4D5E6F7A8@AM6PR01MB5127.eurprd01.prod.iom.example.int>",
    "remind_ar": "<AM6PR01MB51277C8D9E0F1A2B3C4D5E6F7A8B9@AM6PR01MB5127.eurprd01.prod.iom.example.int>",
}


# ================================================================ the 24 messages
JWRC = "Jordanian Workers' Rights Collective (JWRC)"
M01_TEXT = """Dear GCM Regional Review team,

Thank you for the invitation. JWRC would like to propose our colleague Ms. Dana Qasem to take the floor in one of the thematic roundtables, ideally the one closest to labour migration and decent work.

Dana has been leading our outreach to migrant domestic workers in Amman and in the QIZ factories since 2018, so she can speak very concretely.

Best regards,
Rami Sweidan
Executive Director
Jordanian Workers' Rights Collective (JWRC)
Jabal Al-Weibdeh, Amman - Jordan
Tel. +962 6 000 0000"""


def m01():
    when = at("2021-01-29 10:12:44")
    sent = when - dt.timedelta(seconds=2)
    body = gm_alt(M01_TEXT, '<div class="WordSection1">' + text2html(M01_TEXT) + "</div>",
                  "_000_VI1PR0702MB3390A1C6E0F2B44D9A7E51C4D9B80VI1PR0702MB3390_")
    rows = std_rows(when, "mail-db8eur05.outbound.protection.outlook.example.com", "40.107.20.93", "4DRsW21kq0z3",
                    "Rami Sweidan <r.sweidan@jwrc-jo.example.org>", "Speaker proposal - JWRC",
                    rfcdate(sent), MID[1], to=SEC, ret="r.sweidan@jwrc-jo.example.org",
                    extra=[("Thread-Topic", "Speaker proposal - JWRC"), ("Thread-Index", "AQHW9iFQm0cZ3k8JxE2a1b9Lw7c4Pg==")])
    add(1, when, top(body, rows), labels("speaker_request", "en", True, True, [
        sp("Dana Qasem", None, JWRC, ["roundtable"])],
        notes="opens the thread of h122-04; speaker's title missing (secretariat later asks); roundtable wished "
              "but no number ('the one closest to labour migration'); sender (Executive Director) is not the speaker"))


M02_TEXT = """السادة أمانة الاستعراض الإقليمي للاتفاق العالمي للهجرة،
تحية طيبة وبعد،

بالإشارة إلى دعوتكم الكريمة، يسرّنا أن نرفق لكم تقرير الاستعراض الطوعي الذي أعدّته مؤسسة النيل لدراسات الهجرة بالتعاون مع ست منظمات شريكة في القاهرة والإسكندرية وأسوان، وهو تقرير جماعي يغطي الأهداف 6 و7 و16 من الاتفاق.

نرجو التكرم بتأكيد الاستلام.

وتفضلوا بقبول فائق الاحترام،

هبة عبد الرحمن
مديرة البرامج
مؤسسة النيل لدراسات الهجرة"""
M02_PDF = "تقرير الاستعراض الطوعي - مؤسسة النيل 2021.pdf"


def m02():
    when = at("2021-01-31 16:20:09")
    sent = when - dt.timedelta(seconds=4)
    alt = gm_alt(M02_TEXT, '<div dir="rtl">' + text2html(M02_TEXT) + "</div>", "000000000000c81f9a05ba2e41d7", "base64")
    pdf = make_pdf(["Nile Foundation for Migration Studies", "Voluntary GCM Review Report - collective",
                    "Objectives 6, 7 and 16", "Cairo, January 2021"])
    body = multi("mixed", [alt, att("application/pdf", pdf, M02_PDF)], "000000000000c81fa005ba2e41d9")
    rows = std_rows(when, "mail-ej1-f41.google.example.com", "209.85.218.41", "4DTC9j0Wl6z8",
                    addr("هبة عبد الرحمن", "h.abdelrahman@nilemigration-eg.example.org"),
                    hdr("تقرير الاستعراض الطوعي - مؤسسة النيل لدراسات الهجرة"), rfcdate(sent), MID[2],
                    ret="h.abdelrahman@nilemigration-eg.example.org")
    add(2, when, top(body, rows), labels("voluntary_report", "ar", True, True, reports=[M02_PDF],
        notes="collective report, Arabic file name in RFC 2231 filename* (and RFC 2047 in name=); base64 bodies; "
              "opens the thread of the thank-you h122-06"))


AMAM = "Association Marocaine d'Appui aux Migrants (AMAM)"
M03_TEXT = """Bonjour,

Suite à votre invitation, l'Association Marocaine d'Appui aux Migrants (AMAM) souhaite proposer Mme Salma Benjelloun pour une intervention lors de la session plénière du 24 ou du 25 février, selon ce qui vous arrange.

Mme Benjelloun suit depuis plusieurs années le dossier des migrants subsahariens bloqués à Oujda et à Nador.

Nous restons à votre disposition pour toute information complémentaire.

Cordialement

Hicham Ouazzani
Président
AMAM - Rabat, Maroc"""


def m03():
    when = at("2021-02-01 09:47:31")
    sent = tz(when - dt.timedelta(seconds=3), 1)
    body = gm_alt(M03_TEXT, '<div class="WordSection1">' + text2html(M03_TEXT) + "</div>",
                  "_000_PR3P192MB0741E4B2C87D1A90F3C6B5D2A1B70PR3P192MB0741EURP_")
    rows = std_rows(when, "mail-eopbgr130057.outbound.protection.outlook.example.com", "40.107.13.57", "4DTjq33Fbnz5",
                    "Hicham Ouazzani <h.ouazzani@amam-ma.example.org>",
                    hdr("Proposition d'intervenante - Examen régional PMM", enc="Q"),
                    rfcdate(sent), MID[3], to=SEC, ret="h.ouazzani@amam-ma.example.org",
                    extra=[("Thread-Topic", "Proposition d'intervenante - Examen régional PMM"),
                           ("Thread-Index", "AdbOQk1xTqI3l0J6R9yF2h8W5c0vEA==")])
    add(3, when, top(body, rows), labels("speaker_request", "fr", True, True, [
        sp("Salma Benjelloun", None, AMAM, ["plenary"])],
        notes="opens the chain h122-07 / h122-10; speaker's title not given (asked for later); Mme not part of "
              "the name; the sender (Président) is not the speaker; Date header in +0100 (Morocco)"))


M04_Q = """Dear Mr. Sweidan,

Thank you for your message and for JWRC's interest in the Regional Review.

Could you please confirm Ms. Qasem's title and organisation, so that we can add her to the provisional list of roundtable speakers?

Kind regards,
GCM Regional Review Secretariat
Regional UN Network on Migration - Arab region"""


def m04():
    when = at("2021-02-01 14:31:05")
    sent = when - dt.timedelta(seconds=2)
    text = ("Her title is Programme Officer.\n\nBest,\nRami\n\n" +
            outlook_en(SEC, "Monday, February 1, 2021 1:02 PM", "Rami Sweidan <r.sweidan@jwrc-jo.example.org>",
                       "RE: Speaker proposal - JWRC") + "\n" + M04_Q + "\n\n" +
            outlook_en("Rami Sweidan <r.sweidan@jwrc-jo.example.org>", "Friday, January 29, 2021 10:12 AM",
                       SEC, "Speaker proposal - JWRC") + "\n" + M01_TEXT + "\n")
    html = ('<div class="WordSection1"><p class="MsoNormal">Her title is Programme Officer.</p>'
            '<p class="MsoNormal">Best,<br>Rami</p><div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm">'
            + text2html(text.split("Rami\n\n", 1)[1]) + "</div></div>")
    body = gm_alt(text, html, "_000_VI1PR0702MB33907F1B2D8E4C09B6A3F52E8D4C1VI1PR0702MB3390_")
    rows = std_rows(when, "mail-db8eur05.outbound.protection.outlook.example.com", "40.107.20.97", "4DTqs70Hk1z2",
                    "Rami Sweidan <r.sweidan@jwrc-jo.example.org>", "RE: Speaker proposal - JWRC",
                    rfcdate(sent), MID[4], to=SEC, ret="r.sweidan@jwrc-jo.example.org",
                    extra=[("Thread-Topic", "Speaker proposal - JWRC"),
                           ("Thread-Index", "AQHW9iFQm0cZ3k8JxE2a1b9Lw7c4PgAFr1aAAAC3pQ=="),
                           ("References", MID[1] + "\r\n " + SECID["q01"]), ("In-Reply-To", SECID["q01"])])
    add(4, when, top(body, rows), labels("speaker_request", "en", True, True, [
        sp("Dana Qasem", "Programme Officer", JWRC, ["roundtable"])],
        thread_of="h122-01.eml",
        notes="one-line Outlook top-post 'Her title is Programme Officer.' - name, organisation and roundtable wish are "
              "only in the quoted thread (secretariat question + original); 'organisation' asked but not repeated"))


LHATM = "الهيئة اللبنانية لمناهضة الاتجار بالعمال المهاجرين"
M05_TEXT = """مرحبا،

بالإشارة إلى دعوتكم الكريمة للمشاركة في الاستعراض الإقليمي، يسعدنا في الهيئة اللبنانية لمناهضة الاتجار بالعمال المهاجرين ترشيح السيد وليد الحاج للمشاركة في النقاش المفتوح ضمن المشاورة مع أصحاب المصلحة المتعددين يوم 23 شباط.

وليد بيشتغل معنا من سنين على ملف عاملات المنازل ونظام الكفالة، وعنده خبرة كبيرة بالموضوع.

بنتمنى تأكدولنا الاستلام.

مع الشكر،
نادين عبود
الهيئة اللبنانية لمناهضة الاتجار بالعمال المهاجرين
بيروت"""


def m05():
    when = at("2021-02-01 19:10:52")
    sent = when - dt.timedelta(seconds=5)
    body = gm_alt(M05_TEXT, '<div dir="rtl">' + text2html(M05_TEXT) + "</div>", "0000000000004e2b7c05ba4f1c02")
    rows = std_rows(when, "mail-wm1-f66.google.example.com", "209.85.128.66", "4DTzV45Nxqz9",
                    addr("نادين عبود", "nadine.abboud@lhatm-lb.example.org"),
                    hdr("ترشيح متحدث - النقاش المفتوح 23 شباط"), rfcdate(sent), MID[5],
                    ret="nadine.abboud@lhatm-lb.example.org")
    add(5, when, top(body, rows), labels("speaker_request", "ar", True, True, [
        sp("وليد الحاج", None, LHATM, ["open_discussion"])],
        notes="MSA with Levantine sentences; 'السيد' is an honorific; no title (asked later, see h122-08); "
              "open discussion of the consultation on 23 Feb = open_discussion; sender is not the speaker"))


M06_ACK = """السيدة هبة عبد الرحمن المحترمة،

نشكركم على إرسال تقرير الاستعراض الطوعي الخاص بمؤسسة النيل لدراسات الهجرة، ونؤكد لكم استلامه. سيتم إدراجه ضمن التقارير المقدمة إلى الاستعراض الإقليمي.

مع أطيب التحيات،
أمانة الاستعراض الإقليمي"""


def m06():
    when = at("2021-02-02 13:05:40")
    sent = when - dt.timedelta(seconds=6)
    text = ("متشكرين جدا على التأكيد 🙏 وربنا يوفقكم في المؤتمر\n\nأُرسلت من الـ iPhone\n\n"
            "> في ‏١‏/٢‏/٢٠٢١، الساعة ٢:١٥ م، كتب %s <%s>:\n> \n" % (SEC_AR, BOX) + q(M06_ACK) + "\n")
    body = leaf("text/plain", text, "utf-8", "base64")
    rows = std_rows(when, "mail-pj1-f52.google.example.com", "209.85.216.52", "4DVNc81rYmz4",
                    addr("هبة عبد الرحمن", "h.abdelrahman@nilemigration-eg.example.org"),
                    re_hdr("Re: ", "تقرير الاستعراض الطوعي - مؤسسة النيل لدراسات الهجرة"), rfcdate(sent), MID[6],
                    ret="h.abdelrahman@nilemigration-eg.example.org",
                    extra=[("In-Reply-To", SECID["ack02"]), ("References", MID[2] + " " + SECID["ack02"]),
                           ("X-Mailer", "iPhone Mail (18C66)")])
    add(6, when, top(body, rows), labels("other", "ar", False, None, thread_of="h122-02.eml",
        notes="Egyptian colloquial thank-you (with emoji) on top of our acknowledgement: adds nothing, must not be "
              "acknowledged again; quoted ack mentions the report but there is no attachment"))


M07_Q = """Bonjour M. Ouazzani,

Merci pour votre message. Afin de finaliser la liste des intervenants de la plénière, pourriez-vous nous préciser la fonction de Mme Benjelloun ?

Nous vous rappelons par ailleurs que les demandes d'intervention sont reçues jusqu'au vendredi 5 février 2021.

Bien cordialement,
Secrétariat - Examen régional du PMM"""


def m07():
    when = at("2021-02-03 11:20:18")
    sent = tz(when - dt.timedelta(seconds=2), 1)
    qsec = M07_Q.split("\n\n")
    text = ("Bonjour,\n\nLe 02/02/2021 à 16:40, GCM Regional Review Arab States a écrit :\n" +
            q("\n\n".join(qsec[:2])) + "\n\nFonction : chargée de plaidoyer\n\n" + q("\n\n".join(qsec[2:])) +
            "\n>\n" + q(outlook_fr("Hicham Ouazzani <h.ouazzani@amam-ma.example.org>", "lundi 1 février 2021 08:47",
                                   SEC, "Proposition d'intervenante - Examen régional PMM") + "\n" + M03_TEXT) +
            "\n\n-- \nHicham Ouazzani\nAMAM\n")
    body = leaf("text/plain", flowed(text), "UTF-8", "quoted-printable", params=[("format", "flowed")])
    rows = std_rows(when, "smtp.amam-ma.example.org", "196.200.131.18", "4DW2Lz5Tr4z1",
                    "Hicham Ouazzani <h.ouazzani@amam-ma.example.org>",
                    hdr("Re: Proposition d'intervenante - Examen régional PMM", enc="Q"), rfcdate(sent), MID[7],
                    ret="h.ouazzani@amam-ma.example.org",
                    extra=[("User-Agent", "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:78.0) Gecko/20100101 Thunderbird/78.7.0"),
                           ("In-Reply-To", SECID["q03"]), ("References", MID[3] + " " + SECID["q03"]),
                           ("Content-Language", "fr")])
    add(7, when, top(body, rows), labels("speaker_request", "fr", True, True, [
        sp("Salma Benjelloun", "chargée de plaidoyer", AMAM, ["plenary"])],
        thread_of="h122-03.eml",
        notes="Thunderbird interleaved reply (format=flowed: the quoted AMAM name is soft-wrapped across two lines): the only new line 'Fonction : chargée de plaidoyer' sits between two "
              "quoted blocks; name, organisation and plenary role only in the quoted thread; format=flowed"))


M08_Q = """السيدة نادين عبود المحترمة،

شكراً لرسالتكم. نرجو تزويدنا بالمسمى الوظيفي للسيد وليد الحاج لاستكمال قائمة المشاركين في النقاش المفتوح.

مع التحية،
أمانة الاستعراض الإقليمي"""


def m08():
    when = at("2021-02-03 12:44:27")
    sent = when - dt.timedelta(seconds=3)
    text = ("المسمى: منسق مشاريع\n\n"
            "في الثلاثاء، 2 فبراير 2021 في 11:05 ص، كتب %s <%s>:\n" % (SEC_AR, BOX) + q(M08_Q) + "\n>\n" +
            q("في الاثنين، 1 فبراير 2021 في 7:10 م، كتب نادين عبود <nadine.abboud@lhatm-lb.example.org>:\n" +
              q(M05_TEXT)) + "\n")
    html = ('<div dir="rtl">المسمى: منسق مشاريع</div><br><div class="gmail_quote"><div dir="rtl" class="gmail_attr">'
            "في الثلاثاء، 2 فبراير 2021 في 11:05 ص، كتب %s &lt;%s&gt;:<br></div>" % (SEC_AR, BOX) +
            quote_html(M08_Q + "\n\nفي الاثنين، 1 فبراير 2021 في 7:10 م، كتب نادين عبود:\n\n" + M05_TEXT) + "</div>")
    body = gm_alt(text, html, "000000000000a7d3e105ba61b4f8", dir_="rtl")
    rows = std_rows(when, "mail-wm1-f67.google.example.com", "209.85.128.67", "4DW4F96cJbz7",
                    addr("نادين عبود", "nadine.abboud@lhatm-lb.example.org"),
                    re_hdr("Re: ", "ترشيح متحدث - النقاش المفتوح 23 شباط"), rfcdate(sent), MID[8],
                    ret="nadine.abboud@lhatm-lb.example.org",
                    extra=[("In-Reply-To", SECID["q05"]), ("References", MID[5] + " " + SECID["q05"])])
    add(8, when, top(body, rows), labels("speaker_request", "ar", True, True, [
        sp("وليد الحاج", "منسق مشاريع", LHATM, ["open_discussion"])],
        thread_of="h122-05.eml",
        notes="Gmail Arabic one-liner 'المسمى: منسق مشاريع' on top of the Arabic quote header 'في ... كتب'; "
              "speaker name, organisation and role only in the nested quote (SECID question + h122-05)"))


SMO = "Sudanese Migration Observatory (SMO)"
M09_ORIG = """Dear colleagues,

I would like to request a speaking slot at one of the thematic roundtables of the Regional Review, on behalf of the Sudanese Migration Observatory.

Dr. Amira Osman
Research Director
Sudanese Migration Observatory (SMO)
Khartoum"""
M09_Q = """Dear Dr. Osman,

Thank you for your request. You mentioned a thematic roundtable - could you let us know which one you would prefer (1 to 4)? Roundtable 2 still has a few slots available.

Best regards,
GCM Regional Review Secretariat"""


def m09():
    when = at("2021-02-04 09:15:03")
    sent = when - dt.timedelta(seconds=2)
    text = ("Yes, roundtable 2 please.\nThanks,\nAmira\n\n"
            "On Wed, Feb 3, 2021 at 4:30 PM GCM Regional Review Arab States <%s> wrote:\n" % BOX +
            q(M09_Q + "\n\nOn Tue, Feb 2, 2021 at 8:03 PM Amira Osman <amira.osman@smo-sd.example.org> wrote:\n" +
              q(M09_ORIG)) + "\n")
    html = ('<div dir="ltr">Yes, roundtable 2 please.<div>Thanks,</div><div>Amira</div></div><br>'
            '<div class="gmail_quote"><div dir="ltr" class="gmail_attr">On Wed, Feb 3, 2021 at 4:30 PM GCM Regional '
            'Review Arab States &lt;%s&gt; wrote:<br></div>' % BOX + quote_html(M09_Q) + quote_html(M09_ORIG) + "</div>")
    body = gm_alt(text, html, "0000000000003b9e0f05ba7c29d1")
    rows = std_rows(when, "mail-lf1-f48.google.example.com", "209.85.167.48", "4DWd1m2KQqz6",
                    "Amira Osman <amira.osman@smo-sd.example.org>", "Re: Speaking slot - SMO",
                    rfcdate(sent), MID[9], ret="amira.osman@smo-sd.example.org",
                    extra=[("In-Reply-To", SECID["q09"]), ("References", SECID["osman"] + " " + SECID["q09"])])
    add(9, when, top(body, rows), labels("speaker_request", "en", True, True, [
        sp("Amira Osman", "Research Director", SMO, ["roundtable"], 2)],
        notes="'Yes, roundtable 2 please.' answers our question; speaker details only in the quoted original (not in "
              "this set, so thread_of null); the quote also mentions 'Roundtable 2 still has a few slots' and '1 to 4'"))


M10_ACK = """Bonjour M. Ouazzani,

Merci, c'est noté. Mme Salma Benjelloun, chargée de plaidoyer, figure désormais sur la liste provisoire des intervenants de la session plénière.

Bien cordialement,
Secrétariat - Examen régional du PMM"""


def m10():
    when = at("2021-02-04 17:05:39")
    sent = tz(when - dt.timedelta(seconds=4), 1)
    text = ("Ajoutez aussi svp M. Youssef Alami, coordinateur de l'antenne d'Oujda, pour la table ronde 3. Merci\n\n"
            "Envoyé de mon iPhone\n\n"
            "> Le 3 févr. 2021 à 15:12, GCM Regional Review Arab States <%s> a écrit :\n> \n" % BOX +
            q(M10_ACK) + "\n> \n" + q("Le 02/02/2021 à 16:40, GCM Regional Review Arab States a écrit :\n" +
                                       q(M07_Q + "\n\n" + outlook_fr("Hicham Ouazzani <h.ouazzani@amam-ma.example.org>",
                                                                     "lundi 1 février 2021 08:47", SEC,
                                                                     "Proposition d'intervenante - Examen régional PMM")
                                         + "\n" + M03_TEXT)) + "\n")
    body = leaf("text/plain", text, "utf-8", "quoted-printable")
    rows = std_rows(when, "smtp.amam-ma.example.org", "196.200.131.18", "4DX0bq1Wmsz3",
                    "Hicham Ouazzani <h.ouazzani@amam-ma.example.org>",
                    hdr("Re: Proposition d'intervenante - Examen régional PMM", enc="Q"), rfcdate(sent), MID[10],
                    ret="h.ouazzani@amam-ma.example.org",
                    extra=[("In-Reply-To", SECID["ack07"]),
                           ("References", MID[3] + "\r\n " + SECID["q03"] + "\r\n " + MID[7] + "\r\n " + SECID["ack07"]),
                           ("X-Mailer", "iPhone Mail (18D52)")])
    add(10, when, top(body, rows), labels("speaker_request", "fr", True, True, [
        sp("Salma Benjelloun", "chargée de plaidoyer", AMAM, ["plenary"]),
        sp("Youssef Alami", "coordinateur de l'antenne d'Oujda", AMAM, ["roundtable"], 3)],
        thread_of="h122-03.eml",
        notes="third message of the chain (first = h122-03): one iPhone line adds a second speaker for table ronde 3; "
              "his organisation is implicit ('l'antenne d'Oujda' = AMAM, full name only in the doubly quoted original); "
              "first speaker and her title only in the quoted acknowledgement/thread; 'M.' is an honorific"))


def m11():
    when = at("2021-02-04 21:40:16")
    sent = tz(when - dt.timedelta(seconds=3), 3)
    text = ("On 2/2/21 3:00 PM, GCM Regional Review Arab States wrote:\n" + q(INVITE_EN) + "\n\n"
            "Dear all,\n\nApologies for answering at the bottom, our system does it this way.\n\n"
            "Two quick questions before we decide:\n"
            "1. Can a regional network put forward a rapporteur on behalf of all its members, or does it have to be "
            "one organisation?\n"
            "2. Is the online survey the same thing as the voluntary report, or do we need to do both?\n\n"
            "Thanks in advance\nYusuf\n\n-- \nYusuf Al-Mahmood\nNetwork Coordinator\n"
            "Bahrain Migrant Solidarity Network\nManama\n")
    body = leaf("text/plain", flowed(text), "UTF-8", "quoted-printable", params=[("format", "flowed")])
    rows = std_rows(when, "mail.bahrainmig.example.org", "185.126.200.33", "4DXD7f3VhSz8",
                    "Yusuf Al-Mahmood <yusuf@bahrainmig.example.org>",
                    "Re: Invitation: Regional Review of the GCM in the Arab region - 23-25 February 2021",
                    rfcdate(sent), MID[11], ret="yusuf@bahrainmig.example.org",
                    extra=[("User-Agent", "Mozilla/5.0 (X11; Linux x86_64; rv:78.0) Gecko/20100101 Thunderbird/78.6.1"),
                           ("In-Reply-To", SECID["invite"]), ("References", SECID["invite"])])
    add(11, when, top(body, rows), labels("other", "en", True, None,
        notes="bottom-posted under the full quoted invitation (which lists every role and both deadlines); the new "
              "text only asks questions - 'put forward a rapporteur' is hypothetical, nobody is named"))


CLDM = "Collectif libanais pour les droits des migrants (CLDM)"
M12_DOCX = "Rapport CLDM - examen PMM 2021.docx"


def m12():
    when = at("2021-02-04 22:10:47")
    sent = when - dt.timedelta(seconds=5)
    fwd = ("Rita, voir ci-dessous. On envoie avant vendredi ?\n\nMaya\n\nDébut du message réexpédié :\n\n"
           "De: GCM Regional Review Arab States <%s>\nDate: 2 février 2021 à 15:00:00 UTC+2\n"
           "À: GCM Regional Review Arab States <%s>\nObjet: Invitation : Examen régional du PMM - région arabe\n\n"
           % (BOX, BOX) + INVITE_FR)
    text = ("Bonsoir,\n\nVeuillez trouver ci-joint le rapport volontaire de notre collectif.\n\n"
            "Et pour les interventions on propose :\n"
            "- Rita Khoury, coordinatrice, Collectif libanais pour les droits des migrants (CLDM) - table ronde 1\n"
            "- Dr Georges Haddad, CLDM, conseiller juridique - plénière\n\n"
            "Merci et bonne soirée\nRita\n\nEnvoyé de mon iPhone\n\n"
            "> Le 2 févr. 2021 à 15:20, Maya Saadé <maya.saade@cldm-lb.example.org> a écrit :\n> \n" + q(fwd) + "\n")
    docx = make_docx(["Collectif libanais pour les droits des migrants (CLDM)",
                      "Rapport volontaire d'examen du Pacte mondial sur les migrations - 2021",
                      "1. Introduction", "2. Travail domestique et système de la kafala", "3. Recommandations"])
    body = multi("mixed", [leaf("text/plain", text, "utf-8", "quoted-printable"),
                           att(DOCX, docx, M12_DOCX)], "Apple-Mail-5E2B7A10-4C3D-41F8-9E06-2D7B8C1A0F53")
    rows = std_rows(when, "mail.cldm-lb.example.org", "178.135.2.77", "4DXFpc6LJxz2",
                    "Rita Khoury <rita.khoury@cldm-lb.example.org>",
                    hdr("Re: Invitation : Examen régional du PMM - région arabe", enc="Q"), rfcdate(sent), MID[12],
                    ret="rita.khoury@cldm-lb.example.org",
                    extra=[("Cc", addr("Maya Saadé", "maya.saade@cldm-lb.example.org")),
                           ("In-Reply-To", "<F0C3A7B2-1D9E-4B56-8A70-3E5C2D9F1B64@cldm-lb.example.org>"),
                           ("References", SECID["invite"] + " <F0C3A7B2-1D9E-4B56-8A70-3E5C2D9F1B64@cldm-lb.example.org>"),
                           ("X-Mailer", "iPhone Mail (18D52)")])
    add(12, when, top(body, rows), labels("both", "fr", True, True, [
        sp("Rita Khoury", "coordinatrice", CLDM, ["roundtable"], 1),
        sp("Georges Haddad", "conseiller juridique", CLDM, ["plenary"])],
        reports=[M12_DOCX],
        notes="Lebanese French from an iPhone over a colleague's forward of the invitation; the sender proposes herself "
              "plus a second speaker; second line gives organisation BEFORE title ('CLDM, conseiller juridique'); "
              "'Dr' is an honorific; quoted invitation lists every role"))


AMAL = "جمعية أمل للهجرة والتنمية"
M13_PDF = "rapport_GCM_Amal_2021.pdf"
M13_REMIND = """السادة والسيدات أصحاب المصلحة،

نذكّركم بأن آخر موعد لإرسال طلبات التحدث هو يوم الجمعة 5 شباط/فبراير 2021، وأن آخر موعد لتقديم تقارير الاستعراض الطوعية هو يوم الثلاثاء 16 شباط/فبراير 2021.

أمانة الاستعراض الإقليمي"""


def m13():
    when = at("2021-02-05 20:03:55")
    sent = tz(when - dt.timedelta(seconds=4), 1)
    text = ("السلام عليكم\n\nراني باعثلكم التقرير تاعنا في المرفق (PDF).\n"
            "و حاب نشارك في الجلسة العامة كان ممكن، المعلومات تاعي تحت.\n\nبالتوفيق\n\n"
            "-- \nكريم بن عيسى\nرئيس الجمعية\nجمعية أمل للهجرة والتنمية - وهران، الجزائر\n\n"
            "في الجمعة، 5 فبراير 2021 في 9:00 ص، كتب %s <%s>:\n" % (SEC_AR, BOX) + q(M13_REMIND) + "\n")
    html = ('<div dir="rtl">السلام عليكم<br><br>راني باعثلكم التقرير تاعنا في المرفق (PDF).<br>'
            'و حاب نشارك في الجلسة العامة كان ممكن، المعلومات تاعي تحت.<br><br>بالتوفيق<br><br>'
            '-- <br><div class="gmail_signature">كريم بن عيسى<br>رئيس الجمعية<br>جمعية أمل للهجرة والتنمية - وهران، الجزائر</div></div>'
            '<br><div class="gmail_quote">' + quote_html(M13_REMIND) + "</div>")
    alt = gm_alt(text, html, "0000000000007f5a2c05ba9d3e61", dir_="rtl")
    pdf = make_pdf(["Association Amal pour la migration et le developpement - Oran",
                    "Rapport volontaire d'examen du PMM", "Fevrier 2021"])
    body = multi("mixed", [alt, att("application/pdf", pdf, M13_PDF)], "0000000000007f5a3005ba9d3e63")
    rows = std_rows(when, "mail-wr1-f43.google.example.com", "209.85.221.43", "4DXqjB0mGvz5",
                    addr("Karim Ben Aissa", "amal.oran.asso@gmail.example.com"),
                    re_hdr("Re: ", "تذكير: المواعيد النهائية - الاستعراض الإقليمي"), rfcdate(sent), MID[13],
                    ret="amal.oran.asso@gmail.example.com",
                    extra=[("In-Reply-To", SECID["remind_ar"]), ("References", SECID["remind_ar"])])
    add(13, when, top(body, rows), labels("both", "ar", True, True, [
        sp("كريم بن عيسى", "رئيس الجمعية", AMAL, ["plenary"])],
        reports=[M13_PDF],
        notes="Algerian darja ('راني باعثلكم', 'حاب نشارك', 'كان ممكن'); the sender is the speaker, details only in his "
              "signature below the top-post; Latin display name in From, Arabic name in signature; 'الجلسة العامة' = "
              "plenary; 3.5 hours before the speaker deadline, Date in +0100"))


GCLS = "مركز الخليج لدراسات العمالة الوافدة"


def m14():
    when = at("2021-02-05 23:56:30")
    sent = tz(when - dt.timedelta(seconds=7), 4)
    quote = outlook_ar("%s <%s>" % (SEC_AR, BOX), "الثلاثاء، 2 فبراير، 2021 3:00 م", "%s <%s>" % (SEC_AR, BOX),
                       "دعوة: الاستعراض الإقليمي للاتفاق العالمي للهجرة في المنطقة العربية") + "\n" + INVITE_AR
    inner = ('<div dir="rtl" style="font-family:Arial">'
             "<p>السلام عليكم ورحمة الله وبركاته،</p>"
             "<p>حياكم الله، نبي نرشح اثنين من عندنا للمداخلات في الموائد المستديرة، والتفاصيل في الجدول:</p>"
             '<table border="1" cellspacing="0" cellpadding="4" style="border-collapse:collapse">'
             "<tr><th>الاسم</th><th>المسمى الوظيفي</th><th>الجهة</th><th>الجلسة</th></tr>"
             "<tr><td>د. منى الكعبي</td><td>باحثة أولى</td><td>%s</td><td>المائدة المستديرة الرابعة</td></tr>"
             "<tr><td>عبدالله المهيري</td><td>مسؤول برامج</td><td>نفس الجهة</td><td>المائدة المستديرة الرابعة</td></tr>"
             "</table>"
             "<p>والسموحة على التأخير، الحين بس خلصنا من الإجراءات الداخلية.</p>"
             "<p>أخوكم<br>سالم الشامسي<br>%s - دبي</p>"
             '<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm">%s</div></div>'
             % (GCLS, GCLS, text2html(quote)))
    body = leaf("text/html", html_wrap(inner, "rtl"), "utf-8", "base64")
    rows = std_rows(when, "mail-am6eur05.outbound.protection.outlook.example.com", "40.107.22.119", "4DXwCm4H8Tz1",
                    addr("سالم الشامسي", "s.alshamsi@gcls-ae.example.org"),
                    re_hdr("RE: ", "دعوة: الاستعراض الإقليمي للاتفاق العالمي للهجرة في المنطقة العربية"),
                    rfcdate(sent), MID[14], to=SEC, ret="s.alshamsi@gcls-ae.example.org",
                    extra=[("In-Reply-To", SECID["invite"]), ("References", SECID["invite"]),
                           ("Thread-Topic", hdr("دعوة: الاستعراض الإقليمي للاتفاق العالمي للهجرة في المنطقة العربية")),
                           ("Content-Language", "ar-AE")])
    add(14, when, top(body, rows), labels("speaker_request", "ar", True, True, [
        sp("منى الكعبي", "باحثة أولى", GCLS, ["roundtable"], 4),
        sp("عبدالله المهيري", "مسؤول برامج", GCLS, ["roundtable"], 4)],
        notes="deadline edge: received 23:56:30 Beirut on 5 Feb (on time) but the Date header says Sat 6 Feb 01:56 +0400; "
              "HTML-only table; second speaker's organisation written 'نفس الجهة' (same); roundtable number as a word "
              "('الرابعة'); the quoted Arabic invitation carries the misprinted '23 شباط' speaker deadline; Gulf dialect"))


PAMM = "Plateforme des Associations Migrantes au Maroc (PAMM)"


def m15():
    when = at("2021-02-06 00:04:10")
    sent = tz(when - dt.timedelta(seconds=8), 1)
    text = ("Bonsoir,\n\nCi-dessous les coordonnées de notre intervenant pour la table ronde 4 :\n"
            "Secrétaire général de la Plateforme des Associations Migrantes au Maroc (PAMM), M. Idriss Tazi.\n\n"
            "Désolé pour l'heure tardive, on a eu une coupure d'internet toute la journée à Tanger.\n\n"
            "Bien à vous\nNabil\n\n"
            "Le ven. 29 janv. 2021 à 12:30, GCM Regional Review Arab States <%s> a écrit :\n" % BOX +
            q("Bonjour,\n\nNous accusons réception de votre message et vous remercions de l'intérêt de la PAMM. "
              "Merci de nous communiquer, avant le vendredi 5 février 2021, le nom, la fonction et l'organisation "
              "de l'intervenant ainsi que la table ronde souhaitée.\n\nSecrétariat - Examen régional du PMM") + "\n")
    html = ('<div dir="ltr">Bonsoir,<br><br>Ci-dessous les coordonnées de notre intervenant pour la table ronde 4 :<br>'
            '<b>Secrétaire général de la Plateforme des Associations Migrantes au Maroc (PAMM), M. Idriss Tazi.</b><br><br>'
            "Désolé pour l'heure tardive, on a eu une coupure d'internet toute la journée à Tanger.<br><br>"
            "Bien à vous<br>Nabil</div><br>" + '<div class="gmail_quote">' +
            quote_html(text.split("a écrit :\n", 1)[1].replace("> ", "").replace(">", "")) + "</div>")
    body = gm_alt(text, html, "000000000000e4c71b05baa0f2d7")
    rows = std_rows(when, "mail-ed1-f53.google.example.com", "209.85.208.53", "4DY0QG2kB5z9",
                    "Nabil El Amrani <nabil.elamrani@pamm-ma.example.org>",
                    hdr("Re: Demande d'intervention - PAMM", enc="Q"), rfcdate(sent), MID[15],
                    ret="nabil.elamrani@pamm-ma.example.org",
                    extra=[("In-Reply-To", "<AM6PR01MB5127889900AABBCCDDEEFF0011223@AM6PR01MB5127.eurprd01.prod.iom.example.int>"),
                           ("References", "<CAHp2Wk5Qa1=Mn7Rb3Tx9Lc4Vd2Yf8Jh6Gu0Ei5Ko1Zs3Pn9@mail.gmail.example.com> "
                            "<AM6PR01MB5127889900AABBCCDDEEFF0011223@AM6PR01MB5127.eurprd01.prod.iom.example.int>")])
    add(15, when, top(body, rows), labels("speaker_request", "fr", True, False, [
        sp("Idriss Tazi", "Secrétaire général", PAMM, ["roundtable"], 4)],
        notes="deadline edge: received 00:04:10 Beirut on 6 Feb (late) although the Date header reads Fri 5 Feb 23:04 "
              "+0100; title and organisation BEFORE the name; sender Nabil is not the speaker; the original request "
              "is not in this set (thread_of null)"))


def m16():
    when = at("2021-02-06 08:00:12")
    sent = when - dt.timedelta(seconds=1)
    text = ("Thank you for your email. I am out of the office until Sunday 14 February with limited access to email.\n\n"
            "For urgent matters please contact Ms. Dana Qasem (d.qasem@jwrc-jo.example.org).\n\n"
            "Rami Sweidan\nExecutive Director, JWRC\n")
    body = gm_alt(text, text2html(text), "_000_b3e7d7a4f0c94c1d8e25a6f19b0c2d83EXCH01jwrcjo_")
    rows = std_rows(when, "mail-db8eur05.outbound.protection.outlook.example.com", "40.107.20.99", "4DYF3r0Zc8z4",
                    "Rami Sweidan <r.sweidan@jwrc-jo.example.org>", "Automatic reply: RE: Speaker proposal - JWRC",
                    rfcdate(sent), MID[16], ret=None,
                    extra=[("Thread-Topic", "Speaker proposal - JWRC"),
                           ("In-Reply-To", "<AM6PR01MB5127A9B8C7D6E5F40312D4C5B6A79@AM6PR01MB5127.eurprd01.prod.iom.example.int>"),
                           ("References", "<AM6PR01MB5127A9B8C7D6E5F40312D4C5B6A79@AM6PR01MB5127.eurprd01.prod.iom.example.int>"),
                           ("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All"),
                           ("X-MS-Exchange-Inbox-Rules-Loop", "r.sweidan@jwrc-jo.example.org")])
    add(16, when, top(body, rows), labels("auto_reply", "en", False, None,
        notes="Exchange out-of-office answering our acknowledgement; names the (already registered) speaker Dana "
              "Qasem as a contact, which is not a speaker request"))


RTMD = "Réseau Tunisien Migration et Droits (RTMD)"
M17_PDF = "RTMD_Rapport_volontaire_PMM_final.pdf"
M17_REMIND = """Chers partenaires,

Nous vous rappelons que la date limite pour l'envoi des rapports volontaires d'examen du PMM est fixée au mardi 16 février 2021. Les demandes d'intervention devaient nous parvenir avant le vendredi 5 février 2021.

Bien cordialement,
Secrétariat - Examen régional du PMM"""


def m17():
    when = at("2021-02-08 13:22:08")
    sent = tz(when - dt.timedelta(seconds=3), 1)
    text = ("Bonjour,\n\nCi-joint le rapport de notre réseau (version finale).\n"
            "Et si c'est encore possible, notre directrice exécutive Mme Leïla Ben Salah serait disponible comme "
            "rapporteuse pour les messages clés.\n\nCordialement,\n\nAnis Trabelsi\nChargé de communication\n"
            "Réseau Tunisien Migration et Droits (RTMD)\nTunis\n\n"
            "Le ven. 5 févr. 2021 à 18:00, GCM Regional Review Arab States <%s> a écrit :\n" % BOX + q(M17_REMIND) + "\n")
    html = '<div dir="ltr">' + text2html(text.split("\n\nLe ven.", 1)[0]) + '</div><br><div class="gmail_quote">' + \
        quote_html(M17_REMIND) + "</div>"
    alt = gm_alt(text, html, "000000000000b1d84a05bad1c6e4")
    pdf = make_pdf(["Reseau Tunisien Migration et Droits (RTMD)", "Rapport volontaire - Examen regional du PMM",
                    "Version finale - fevrier 2021"])
    body = multi("mixed", [alt, att("application/pdf", pdf, M17_PDF)], "000000000000b1d84e05bad1c6e6")
    rows = std_rows(when, "mail-wm1-f44.google.example.com", "209.85.128.44", "4DZB6x1PbTz7",
                    "Anis Trabelsi <anis.trabelsi@rtmd-tn.example.org>",
                    hdr("Re: Rappel : date limite des rapports volontaires - 16 février", enc="Q"), rfcdate(sent),
                    MID[17], ret="anis.trabelsi@rtmd-tn.example.org",
                    extra=[("In-Reply-To", SECID["remind"]), ("References", SECID["remind"])])
    add(17, when, top(body, rows), labels("both", "fr", True, False, [
        sp("Leïla Ben Salah", "directrice exécutive", RTMD, ["rapporteur"])],
        reports=[M17_PDF],
        notes="both: report on time (16 Feb) but the speaker part arrives 8 Feb, after the 5 Feb speaker deadline, so "
              "on_time false; the sender even quotes the 'devaient nous parvenir avant le 5 février' reminder; "
              "'rapporteuse' (feminine) = rapporteur; title before the name, organisation only in the sender's signature"))


MRFI = "Migrant Rights Forum - Iraq (MRFI)"
M18_TEXT = """Dear Secretariat,

Please find attached the collective voluntary GCM review report of the Migrant Rights Forum - Iraq (MRFI), prepared together with nine member organisations in Erbil, Baghdad and Basra.

The report focuses on returnees, IDPs in protracted displacement and migrant workers in the Kurdistan Region.

Kind regards,

Ahmed Kareem
Reporting Officer | MRFI
Erbil, Iraq"""
M18_DOCX = "MRFI GCM Review Report Feb 2021.docx"


def m18():
    when = at("2021-02-09 10:05:26")
    sent = tz(when - dt.timedelta(seconds=2), 3)
    body = gm_alt(M18_TEXT, '<div class="WordSection1">' + text2html(M18_TEXT) + "</div>",
                  "_000_AS8PR08MB6279E1D4B7C20F9A3E5D6C18B2F47AS8PR08MB6279eurp_")
    rows = std_rows(when, "mail-he1eur04.outbound.protection.outlook.example.com", "40.107.7.84", "4DZs0L6mXbz3",
                    "Ahmed Kareem <a.kareem@mrfi-iq.example.org>", "Voluntary GCM review report - MRFI",
                    rfcdate(sent), MID[18], to=SEC, ret="a.kareem@mrfi-iq.example.org",
                    extra=[("Thread-Topic", "Voluntary GCM review report - MRFI"),
                           ("Thread-Index", "AdcAy7PqWnE1x4H2QKi0fT8bR3vJ2A=="), ("X-MS-Has-Attach", "")])
    add(18, when, top(body, rows), labels("voluntary_report", "en", True, True,
        notes="says 'Please find attached' but nothing is attached (X-MS-Has-Attach empty): report_attachments empty; "
              "opens the thread of h122-19"))


M19_Q = """Dear Mr. Kareem,

Thank you for your email. Unfortunately the attachment did not come through on our side - could you please send the report again?

Kind regards,
GCM Regional Review Secretariat"""


def m19():
    when = at("2021-02-09 15:47:02")
    sent = tz(when - dt.timedelta(seconds=6), 3)
    text = ("Apologies, attached now.\n\nRegards\nAhmed\n\n" +
            outlook_en(SEC, "Tuesday, February 9, 2021 3:10 PM", "Ahmed Kareem <a.kareem@mrfi-iq.example.org>",
                       "RE: Voluntary GCM review report - MRFI") + "\n" + M19_Q + "\n\n" +
            outlook_en("Ahmed Kareem <a.kareem@mrfi-iq.example.org>", "Tuesday, February 9, 2021 11:05 AM", SEC,
                       "Voluntary GCM review report - MRFI") + "\n" + M18_TEXT + "\n")
    alt = gm_alt(text, '<div class="WordSection1">' + text2html(text) + "</div>",
                 "_000_AS8PR08MB62794C9B0E7A31D5F2C86E03D1A95AS8PR08MB6279eurp_")
    docx = make_docx(["Migrant Rights Forum - Iraq (MRFI)", "Collective Voluntary GCM Review Report",
                      "Prepared with nine member organisations", "February 2021"])
    body = multi("mixed", [alt, att(DOCX, docx, M18_DOCX)], "_004_AS8PR08MB62794C9B0E7A31D5F2C86E03D1A95AS8PR08MB6279eurp_")
    rows = std_rows(when, "mail-he1eur04.outbound.protection.outlook.example.com", "40.107.7.88", "4Db1kT2Rs9z6",
                    "Ahmed Kareem <a.kareem@mrfi-iq.example.org>", "RE: Voluntary GCM review report - MRFI",
                    rfcdate(sent), MID[19], to=SEC, ret="a.kareem@mrfi-iq.example.org",
                    extra=[("Thread-Topic", "Voluntary GCM review report - MRFI"),
                           ("Thread-Index", "AdcAy7PqWnE1x4H2QKi0fT8bR3vJ2AAKa3bQ"), ("X-MS-Has-Attach", "yes"),
                           ("In-Reply-To", SECID["q18"]), ("References", MID[18] + "\r\n " + SECID["q18"])])
    add(19, when, top(body, rows), labels("voluntary_report", "en", True, True, reports=[M18_DOCX],
        thread_of="h122-18.eml",
        notes="three-word top-post; the report is the re-sent attachment; everything else is the quoted thread"))


M20_ACK = """Chère Madame Khoury,

Nous accusons réception du rapport volontaire du CLDM ainsi que de vos propositions d'intervenants (Mme Rita Khoury - table ronde 1 ; M. Georges Haddad - plénière). Le programme définitif vous sera communiqué prochainement.

Bien cordialement,
Secrétariat - Examen régional du PMM"""


def m20():
    when = at("2021-02-11 11:36:50")
    sent = when - dt.timedelta(seconds=3)
    text = ("Bonjour,\n\nMerci pour la confirmation. Petite question logistique : le lien de connexion pour le 23 et "
            "le 24 sera envoyé à chaque intervenant directement ou bien à l'organisation ? Et est-ce qu'il y aura "
            "l'interprétation vers le français, parce que Georges préfère intervenir en français.\n\n"
            "Merci d'avance,\nMaya\n\nMaya Saadé | Chargée de projets\nCLDM - Beyrouth\n\n" +
            outlook_fr(SEC, "mardi 9 février 2021 10:02", "Rita Khoury <rita.khoury@cldm-lb.example.org>",
                       "RE: Invitation : Examen régional du PMM - région arabe",
                       cc="Maya Saadé <maya.saade@cldm-lb.example.org>") + "\n" + M20_ACK + "\n")
    body = gm_alt(text, '<div class="WordSection1">' + text2html(text) + "</div>",
                  "_000_PAXPR10MB5170B28D3E6F41A9C07D5B2E9F1C4PAXPR10MB5170EURP_")
    rows = std_rows(when, "mail-eopbgr80088.outbound.protection.outlook.example.com", "40.107.8.88", "4DcC2h5wHLz1",
                    addr("Maya Saadé", "maya.saade@cldm-lb.example.org"),
                    "RE: Invitation : Examen =?iso-8859-1?q?r=E9gional?= du PMM - =?iso-8859-1?q?r=E9gion?= arabe",
                    rfcdate(sent), MID[20], to=SEC, ret="maya.saade@cldm-lb.example.org",
                    extra=[("Cc", "Rita Khoury <rita.khoury@cldm-lb.example.org>"),
                           ("Thread-Topic", hdr("Invitation : Examen régional du PMM - région arabe", "iso-8859-1", "Q")),
                           ("In-Reply-To", SECID["ack12"]), ("References", MID[12] + "\r\n " + SECID["ack12"]),
                           ("Content-Language", "fr-FR")])
    add(20, when, top(body, rows), labels("other", "fr", True, None, thread_of="h122-12.eml",
        notes="logistics question (connection link, French interpretation) from a colleague on top of our "
              "acknowledgement, which itself lists the two speakers and their roles: those are not new requests"))


def m21():
    when = at("2021-02-12 09:18:33")
    sent = when - dt.timedelta(seconds=4)
    quote = outlook_ar("%s <%s>" % (SEC_AR, BOX), "الثلاثاء، 2 فبراير، 2021 3:00 م", "%s <%s>" % (SEC_AR, BOX),
                       "دعوة: الاستعراض الإقليمي للاتفاق العالمي للهجرة في المنطقة العربية") + "\n" + INVITE_AR
    text = ("مرحبا،\nسؤال سريع لو سمحتوا: بنقدر نبعت التقرير بالعربي بس ولا لازم يكون معه ترجمة إنجليزي؟ "
            "وفي عدد صفحات محدد؟\nيعطيكم العافية\n\nلينا\nمركز سند للمساعدة القانونية - عمّان\n\n" + quote + "\n")
    body = gm_alt(text, '<div dir="rtl">' + text2html(text) + "</div>",
                  "_000_HE1PR0601MB2519F0A3C6D8E17B4B9F2D05C7E81HE1PR0601MB2519_", "base64", "rtl")
    rows = std_rows(when, "mail-ve1eur03.outbound.protection.outlook.example.com", "40.107.5.61", "4DcYx83MdPz2",
                    addr("لينا حداد", "l.haddad@sanad-legal.example.org"),
                    re_hdr("RE: ", "دعوة: الاستعراض الإقليمي للاتفاق العالمي للهجرة في المنطقة العربية"),
                    rfcdate(sent), MID[21], to=SEC, ret="l.haddad@sanad-legal.example.org",
                    extra=[("In-Reply-To", SECID["invite"]), ("References", SECID["invite"])])
    add(21, when, top(body, rows), labels("other", "ar", True, None,
        notes="Levantine question (language and length of the report) over the full quoted Arabic invitation, which "
              "contains the misprinted '23 شباط' speaker deadline and all roles; no report, no speaker"))


M22_PDF = "تقرير_الاستعراض_الطوعي_جمعية_رعاية_العمالة_الوافدة.pdf"


def m22():
    when = at("2021-02-16 23:58:20")
    sent = tz(when - dt.timedelta(seconds=9), 3)
    text = ("السادة أمانة الاستعراض الإقليمي المحترمين،\n\nإلحاقاً برسالتكم أدناه، نرفق لكم طيه تقرير الاستعراض الطوعي "
            "المقدم من جمعية رعاية حقوق العمالة الوافدة، راجين التكرم بإدراجه ضمن تقارير "
            "أصحاب المصلحة.\n\nوتقبلوا خالص التحية والتقدير،\n\nد. فيصل العتيبي\nرئيس مجلس الإدارة\n"
            "جمعية رعاية حقوق العمالة الوافدة\nالرياض\n\n" +
            outlook_ar("%s <%s>" % (SEC_AR, BOX), "الجمعة، 5 فبراير، 2021 9:00 ص", "%s <%s>" % (SEC_AR, BOX),
                       "تذكير: المواعيد النهائية - الاستعراض الإقليمي") + "\n" + M13_REMIND + "\n")
    alt = gm_alt(text, '<div dir="rtl">' + text2html(text.split("\n\nمن:", 1)[0]) +
                 '<img src="cid:image001.png@01D704A1.5F2C3B70"><hr>' + text2html("من:" + text.split("\n\nمن:", 1)[1]) +
                 "</div>", "_000_AM9PR02MB7364D5E2A1F0C84B39A6E17D2C5F8AM9PR02MB7364_", "base64", "rtl")
    logo = leaf("image/png", make_png(40, 12, (0, 110, 70)), cte="base64", params=[("name", '"image001.png"')],
                disp='inline; filename="image001.png"', extra=[("Content-ID", "<image001.png@01D704A1.5F2C3B70>")])
    rel = multi("related", [alt, logo], "_006_AM9PR02MB7364D5E2A1F0C84B39A6E17D2C5F8AM9PR02MB7364_",
                params=[("type", '"multipart/alternative"')])
    pdf = make_pdf(["Society for the Care of Expatriate Workers Rights",
                    "Voluntary GCM Review Report", "Riyadh, February 2021"])
    body = multi("mixed", [rel, att("application/pdf", pdf, M22_PDF)],
                 "_007_AM9PR02MB7364D5E2A1F0C84B39A6E17D2C5F8AM9PR02MB7364_")
    rows = std_rows(when, "mail-db3eur04.outbound.protection.outlook.example.com", "40.107.6.52", "4DfwQ02vNnz8",
                    addr("فيصل العتيبي", "f.alotaibi@scewr-sa.example.org"),
                    re_hdr("RE: ", "تذكير: المواعيد النهائية - الاستعراض الإقليمي"), rfcdate(sent), MID[22],
                    to=SEC, ret="f.alotaibi@scewr-sa.example.org",
                    extra=[("In-Reply-To", SECID["remind_ar"]), ("References", SECID["remind_ar"]),
                           ("X-MS-Has-Attach", "yes")])
    add(22, when, top(body, rows), labels("voluntary_report", "ar", True, True, reports=[M22_PDF],
        notes="deadline edge: received 23:58:20 Beirut on 16 Feb (on time) but Date reads Wed 17 Feb 00:58 +0300; "
              "formal MSA, base64 bodies; the inline signature logo image001.png is not part of the report; quoted "
              "reminder also mentions the (past) speaker deadline; the sender is not proposing himself as speaker"))


FADM = "Forum des Associations de la Diaspora Maghrébine (FADM)"
M23_DOCX = "FADM_rapport_PMM_v2.docx"


def m23():
    when = at("2021-02-17 00:03:40")
    sent = tz(when - dt.timedelta(seconds=11), 1)
    text = ("Bonsoir,\nvoici la version corrigée (v2) qui annule et remplace celle du 15 février, on avait oublié les "
            "annexes statistiques. Merci !\nSamira\n\n"
            "Le lun. 15 févr. 2021 à 10:12, GCM Regional Review Arab States <%s> a écrit :\n" % BOX +
            q("Bonjour Mme Haddouche,\n\nNous accusons bonne réception du rapport volontaire du Forum des Associations "
              "de la Diaspora Maghrébine (FADM). Vous pouvez nous envoyer une version révisée jusqu'au mardi 16 "
              "février 2021 à minuit (heure de Beyrouth).\n\nBien cordialement,\nSecrétariat - Examen régional du PMM\n\n"
              "Le dim. 14 févr. 2021 à 19:40, Samira Haddouche <s.haddouche@fadm-fr.example.org> a écrit :\n" +
              q("Bonjour,\nCi-joint notre rapport.\nSamira Haddouche\nSecrétaire générale adjointe, FADM - Paris")) + "\n")
    alt = gm_alt(text, '<div dir="ltr">' + text2html(text.split("\n\nLe lun.", 1)[0]) + '</div><div class="gmail_quote">'
                 + quote_html(text.split("a écrit :\n", 1)[1]) + "</div>", "000000000000f3a91d05bb7e20c4")
    docx = make_docx([FADM, "Rapport volontaire d'examen du PMM - version 2", "Annexes statistiques",
                      "Paris, 16 fevrier 2021"])
    body = multi("mixed", [alt, att(DOCX, docx, M23_DOCX)], "000000000000f3a92105bb7e20c6")
    rows = std_rows(when, "mail-wr1-f49.google.example.com", "209.85.221.49", "4Dg0R55bKcz4",
                    "Samira Haddouche <s.haddouche@fadm-fr.example.org>",
                    hdr("Re: Rapport volontaire FADM", enc="Q"), rfcdate(sent), MID[23],
                    ret="s.haddouche@fadm-fr.example.org",
                    extra=[("In-Reply-To", SECID["ackfadm"]), ("References", SECID["fadm1"] + " " + SECID["ackfadm"])])
    add(23, when, top(body, rows), labels("voluntary_report", "fr", True, False, reports=[M23_DOCX],
        notes="deadline edge: received 00:03:40 Beirut on 17 Feb (late) though the Date header reads Tue 16 Feb 23:03 "
              "+0100 (Paris); revised version replacing a first report that is not in this set (thread_of null); "
              "our quoted ack even says 'jusqu'au mardi 16 février à minuit'"))


def m24():
    when = at("2021-02-17 00:10:05")
    d = when - dt.timedelta(seconds=2)
    orig_date = rfcdate(when - dt.timedelta(minutes=6, seconds=1))
    boundary = "9C4E31A0F2.1613513405/mail-out.iom.int"
    parts = [
        "This is a MIME-encapsulated message.",
        "",
        "--" + boundary,
        "Content-Description: Notification",
        'Content-Type: text/plain; charset="us-ascii"',
        "",
        "This is the mail system at host mail-out.iom.int.",
        "",
        "I'm sorry to have to inform you that your message could not",
        "be delivered to one or more recipients. It's attached below.",
        "",
        "<s.hadouche@fadm-fr.example.org>: host mx.fadm-fr.example.org[192.0.2.41] said:",
        "    550 5.1.1 <s.hadouche@fadm-fr.example.org>: Recipient address rejected:",
        "    User unknown in virtual mailbox table (in reply to RCPT TO command)",
        "",
        "--" + boundary,
        "Content-Description: Delivery report",
        "Content-Type: message/delivery-status",
        "",
        "Reporting-MTA: dns; mail-out.iom.int",
        "X-Postfix-Queue-ID: 9C4E31A0F2",
        "X-Postfix-Sender: rfc822; gcmrrarabstates@iom.int",
        "Arrival-Date: " + orig_date,
        "",
        "Final-Recipient: rfc822; s.hadouche@fadm-fr.example.org",
        "Original-Recipient: rfc822;s.hadouche@fadm-fr.example.org",
        "Action: failed",
        "Status: 5.1.1",
        "Remote-MTA: dns; mx.fadm-fr.example.org",
        "Diagnostic-Code: smtp; 550 5.1.1 <s.hadouche@fadm-fr.example.org>: Recipient",
        "    address rejected: User unknown in virtual mailbox table",
        "",
        "--" + boundary,
        "Content-Description: Undelivered Message Headers",
        "Content-Type: text/rfc822-headers",
        "",
        "From: GCM Regional Review Arab States <gcmrrarabstates@iom.int>",
        "To: s.hadouche@fadm-fr.example.org",
        "Subject: =?utf-8?q?Accus=C3=A9_de_r=C3=A9ception_-_Rapport_volontaire_FADM?=",
        "Date: " + orig_date,
        "Message-ID: <AM6PR01MB5127E6F7A8B9C0D1E2F3A4B5C6D7E@AM6PR01MB5127.eurprd01.prod.iom.example.int>",
        "",
        "--" + boundary + "--",
        "",
    ]
    head = [
        "Return-Path: <>",
        "Delivered-To: " + BOX,
        "Received: by mx1.iom.int (Postfix)\r\n\tid 4Dg0Y91LmBz2; " + rfcdate(when, "EET"),
        "Received: by mail-out.iom.int (Postfix)\r\n\tid 9C4E31A0F2; " + rfcdate(d, "EET"),
        "Date: " + rfcdate(d, "EET"),
        "From: MAILER-DAEMON@mail-out.iom.int (Mail Delivery System)",
        "Subject: Undelivered Mail Returned to Sender",
        "To: " + BOX,
        "Auto-Submitted: auto-replied",
        "MIME-Version: 1.0",
        'Content-Type: multipart/report; report-type=delivery-status;\r\n\tboundary="%s"' % boundary,
        "Content-Transfer-Encoding: 7bit",
        "Message-Id: " + MID[24],
        "",
    ]
    data = ("\r\n".join(head) + "\r\n" + "\r\n".join(parts)).encode("ascii")
    lab = {"file": "h122-24.eml", "received_at": when.isoformat()}
    lab.update(labels("bounce", "en", False, None,
                      notes="Postfix DSN for our acknowledgement of h122-23 copied to a mistyped FADM address "
                            "('hadouche'); must not be acknowledged; the FADM name appears only in addresses"))
    full = {k: lab.get(k) for k in ["file", "received_at", "category", "language", "acknowledge", "on_time",
                                    "speakers", "report_attachments", "thread_of", "notes"]}
    MESSAGES.append(("h122-24.eml", data, full))


def main():
    for f in (m01, m02, m03, m04, m05, m06, m07, m08, m09, m10, m11, m12, m13, m14, m15, m16, m17, m18, m19,
              m20, m21, m22, m23, m24):
        f()
    if os.path.isdir(OUT):
        for n in os.listdir(OUT):
            p = os.path.join(OUT, n)
            if os.path.isfile(p):
                os.remove(p)
    os.makedirs(OUT, exist_ok=True)
    labels_out = []
    prev = None
    for fname, data, lab in MESSAGES:
        assert len(data) < 1024 * 1024, fname
        with open(os.path.join(OUT, fname), "wb") as fh:
            fh.write(data)
        r = dt.datetime.fromisoformat(lab["received_at"])
        assert prev is None or r > prev, fname
        prev = r
        labels_out.append(lab)
    with open(os.path.join(OUT, "labels.json"), "w", encoding="utf-8", newline="\n") as fh:
        json.dump(labels_out, fh, ensure_ascii=False, indent=2)
        fh.write("\n")
    print("wrote %d messages to %s" % (len(MESSAGES), OUT))


if __name__ == "__main__":
    main()
