#!/usr/bin/env python3
"""Write the blind evaluation set holdout105 (24 raw .eml messages + labels.json).

Deterministic, standard library only:  python3 tests/data/make_eval_sets105.py
Theme: people answering or forwarding the invitation email itself (replies on top of / inline in the
quoted trilingual invitation, internal forwards, cc'd colleagues, mixed stakeholders).
"""
import datetime as dt
import json
import os
from email.message import Message
from mailgen import (HERE, BOX, POL, rfcdate, at, tz, re_hdr, addr, leaf, multi,
                     html_wrap, text2html, flowed, make_pdf, make_docx, make_png, DOCX,
                     rfc2231, b_word, top, serialize, sp, std_rows)

OUT = os.path.join(HERE, "holdout105")


# ---------------------------------------------------------------- message assembly


MESSAGES = []


def add(num, when, msg, label):
    fname = "h105-%02d.eml" % num
    lab = {"file": fname, "received_at": when.isoformat()}
    lab.update(label)
    full = {k: lab.get(k) for k in ["file", "received_at", "category", "language", "acknowledge", "on_time",
                                    "speakers", "report_attachments", "thread_of", "notes"]}
    for k, default in (("speakers", []), ("report_attachments", []), ("thread_of", None)):
        if full[k] is None and default is not None:
            full[k] = default
    MESSAGES.append((fname, serialize(msg), full))


# ================================================================ the quoted invitation
INV_MID = "<INV-GCMRR-ARAB-20210128-0930@iom.int>"
INV_FROM = "GCM Regional Review Arab States <gcmrrarabstates@iom.int>"
INV_SUBJ = "Invitation: Regional Review of the GCM in the Arab Region (23-25 February 2021)"

INV_EN = """Dear Colleagues,

On behalf of the Regional United Nations Network on Migration for the Arab region, we have the pleasure to invite you to the Regional Review of the Global Compact for Safe, Orderly and Regular Migration (GCM) in the Arab region, which will be held virtually: a multi-stakeholder consultation on 23 February 2021 and the Regional Review Conference on 24-25 February 2021.

Stakeholders are encouraged to submit voluntary GCM review reports, individually or collectively, to gcmrrarabstates@iom.int. The deadline for submission has been extended to Tuesday 16 February 2021.

Stakeholders wishing to take part in the open discussion of the multi-stakeholder consultation, to serve as rapporteur delivering the key messages of the consultation, or to make a floor intervention in a plenary session or in one of the four thematic roundtables, are kindly requested to send the name, title and organizational affiliation of the speaker to gcmrrarabstates@iom.int by Friday 5 February 2021.

Kind regards,
Secretariat, Regional UN Network on Migration for the Arab region"""

INV_FR = """Chers collègues,

Au nom du Réseau régional des Nations Unies sur les migrations pour la région arabe, nous avons le plaisir de vous inviter à l'Examen régional du Pacte mondial pour des migrations sûres, ordonnées et régulières (PMM) dans la région arabe, qui se tiendra en format virtuel : une consultation multipartite le 23 février 2021 et la Conférence d'examen régional les 24 et 25 février 2021.

Les parties prenantes sont invitées à soumettre des rapports volontaires d'examen du PMM, individuels ou collectifs, à l'adresse gcmrrarabstates@iom.int. La date limite a été prolongée au mardi 16 février 2021.

Les parties prenantes souhaitant participer à la discussion ouverte de la consultation multipartite, assurer le rôle de rapporteur présentant les messages clés, ou faire une intervention dans une session plénière ou dans l'une des quatre tables rondes thématiques, sont priées d'envoyer le nom, le titre et l'affiliation institutionnelle de l'intervenant(e) à gcmrrarabstates@iom.int avant le vendredi 5 février 2021.

Cordialement,
Secrétariat du Réseau régional des Nations Unies sur les migrations"""

INV_AR = """الزملاء الأعزاء،

بالنيابة عن شبكة الأمم المتحدة الإقليمية المعنية بالهجرة في المنطقة العربية، يسرّنا دعوتكم إلى المراجعة الإقليمية للاتفاق العالمي من أجل الهجرة الآمنة والمنظمة والنظامية في المنطقة العربية، والتي ستُعقد افتراضياً: مشاورة أصحاب المصلحة المتعددين في 23 شباط/فبراير 2021، ومؤتمر المراجعة الإقليمية يومي 24 و25 شباط/فبراير 2021.

ندعو أصحاب المصلحة إلى تقديم تقارير طوعية لمراجعة الاتفاق العالمي، فردية أو جماعية، إلى البريد الإلكتروني gcmrrarabstates@iom.int، وقد تم تمديد الموعد النهائي حتى يوم الثلاثاء 16 شباط/فبراير 2021.

كما ندعو أصحاب المصلحة الراغبين في المشاركة في النقاش المفتوح لمشاورة أصحاب المصلحة المتعددين، أو في تقديم الرسائل الرئيسية بصفة مقرّر، أو في الإدلاء بمداخلة في جلسة عامة أو في إحدى الموائد المستديرة المواضيعية الأربع، إرسالَ اسم المتحدث ومنصبه والجهة التي ينتمي إليها إلى gcmrrarabstates@iom.int في موعد أقصاه يوم الجمعة 23 شباط/فبراير 2021.

مع أطيب التحيات،
أمانة شبكة الأمم المتحدة الإقليمية المعنية بالهجرة"""

INV_ALL = INV_EN + "\n\n-----\n\n" + INV_FR + "\n\n-----\n\n" + INV_AR


def gt(text, prefix="> "):
    return "\n".join((prefix + l) if l else prefix.rstrip() for l in text.split("\n"))


def outlook_hdr(sent="Thursday, January 28, 2021 9:30 AM", to="GCM Regional Review Arab States <gcmrrarabstates@iom.int>",
                subj=INV_SUBJ, frm=INV_FROM, lang="en", cc=None):
    if lang == "fr":
        s = "De : %s\nEnvoyé : %s\nÀ : %s\n" % (frm, sent, to)
        if cc:
            s += "Cc : %s\n" % cc
        return s + "Objet : %s\n" % subj
    if lang == "ar":
        s = "من: %s\nأرسلت: %s\nإلى: %s\n" % (frm, sent, to)
        return s + "الموضوع: %s\n" % subj
    s = "From: %s\nSent: %s\nTo: %s\n" % (frm, sent, to)
    if cc:
        s += "Cc: %s\n" % cc
    return s + "Subject: %s\n" % subj


def inv_html_quote():
    return ('<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex">'
            + text2html(INV_EN) + "<hr>" + text2html(INV_FR) + '<hr><div dir="rtl">' + text2html(INV_AR) + "</div></blockquote>")


def mk(num, when, sent_h, frm, subject, body, mid, host, ip, qid, label, to=BOX, cc=None, irt=None, refs=None,
       extra=None, ret=None, sent_delta=3):
    sent = tz(when - dt.timedelta(seconds=sent_delta), sent_h)
    rows = std_rows(when, host, ip, qid, frm, subject, rfcdate(sent), mid, to=to, ret=ret)
    if ret == "":
        rows[0] = ("Return-Path", "<>")
    if cc:
        rows.insert(rows.index(("To", to)) + 1, ("Cc", cc))
    if irt:
        rows.append(("In-Reply-To", irt))
        rows.append(("References", refs or irt))
    rows += list(extra or [])
    add(num, when, top(body, rows), label)
    return mid


PDF = "application/pdf"


def att(ctype, data, fname, style="plain"):
    if style == "2231":
        disp = "attachment; filename*=%s" % rfc2231(fname)
        params = [("name*", rfc2231(fname))]
    elif style == "2047":
        disp = 'attachment; filename="%s"' % b_word(fname)
        params = [("name", '"%s"' % b_word(fname))]
    else:
        disp = 'attachment; filename="%s"' % fname
        params = [("name", '"%s"' % fname)]
    return leaf(ctype, data, cte="base64", params=params, disp=disp)


def alt(text, html, b, cs="utf-8", cte="quoted-printable"):
    return multi("alternative", [leaf("text/plain", text, cs, cte), leaf("text/html", html, cs, cte)], b)


def m01():
    when = at("2021-02-01 11:42:10")
    text = """Dear Secretariat,

With reference to your kind invitation below, the Ministry of Labour of the Hashemite Kingdom of Jordan would like to nominate Eng. Fadi Qudah, Director of the Labour Migration Directorate, to deliver a floor intervention in the plenary session of the Regional Review Conference.

I am copying my colleague Ms. Dana Haddad who will follow up on the logistics and the connection test.

With best regards,

Hana Al-Zoubi
Head, International Cooperation Unit
Ministry of Labour | Amman - Jordan
Tel: +962 6 5802666 ext. 214

""" + outlook_hdr() + "\n" + INV_ALL + "\n"
    html = html_wrap('<div class="WordSection1">' + text2html(text.split("From: GCM")[0]) +
                     '<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0in 0in 0in">'
                     + text2html(outlook_hdr()) + "</div>" + text2html(INV_EN) + "<hr>" + text2html(INV_FR)
                     + '<hr><div dir="rtl">' + text2html(INV_AR) + "</div></div>")
    body = alt(text, html, "_000_VI1PR0601MB2157A0C3E5D1F2B4C6E8VI1PR0601MB2157eurp_")
    mk(1, when, 2, "Hana Al-Zoubi <h.alzoubi@mol.example.gov.jo>",
       "RE: " + INV_SUBJ, body, "<VI1PR0601MB2157A0C3E5D1F2B4C6E8@VI1PR0601MB2157.eurprd06.prod.outlook.example.com>",
       "mail.mol.example.gov.jo", "193.188.70.14", "4DTk1n2Wq8z3",
       dict(category="speaker_request", language="en", acknowledge=True, on_time=True, speakers=[
           sp("Fadi Qudah", "Director of the Labour Migration Directorate",
              "Ministry of Labour of the Hashemite Kingdom of Jordan", ["plenary"])],
            notes="Outlook reply typed above the full quoted trilingual invitation (which itself lists every role, "
                  "reports and deadlines: must not be read as the request); sender nominates a colleague, honorific "
                  "'Eng.' dropped; a second colleague in Cc is only for logistics, not a speaker."),
       cc="Dana Haddad <d.haddad@mol.example.gov.jo>", irt=INV_MID,
       extra=[("Thread-Topic", INV_SUBJ), ("X-MS-Has-Attach", ""), ("Content-Language", "en-US")])


def m02():
    when = at("2021-02-03 22:15:33")
    text = """Hi, will there be Arabic/English interpretation in the roundtables? And do we need to register separately for the 23rd?

Thanks
Nour

Sent from my iPhone

> On 28 Jan 2021, at 10:30, GCM Regional Review Arab States <gcmrrarabstates@iom.int> wrote:
> 
""" + gt(INV_ALL) + "\n"
    body = leaf("text/plain", text, "utf-8", "quoted-printable")
    mk(2, when, 3, "Nour Khalil <nour.khalil.doha@gmail.example.com>", "Re: " + INV_SUBJ, body,
       "<7C1E2F0A-9B3D-4E55-A1C2-3D4E5F607182@gmail.example.com>",
       "mail-pj1-f43.google.example.com", "209.85.216.43", "4DVq3Yp0Lmz9",
       dict(category="other", language="en", acknowledge=True, on_time=None,
            notes="two-line question (interpretation, registration) on top of the entire quoted trilingual invitation; "
                  "the quoted letter mentions reports, speaking roles, roundtables and deadlines, none of which is a "
                  "request by the sender; iPhone quoting with '>'; no signature beyond a first name."),
       irt=INV_MID, extra=[("X-Mailer", "iPhone Mail (18D52)")], sent_delta=2)


def m03():
    when = at("2021-02-12 13:20:07")
    text = """Dear GCM Regional Review team,

Please find attached the voluntary GCM review report of the Migrant Workers Support Centre (MWSC), Bahrain.

Best regards,
Ahmed Al-Sayed
Programme Officer | MWSC
Manama, Kingdom of Bahrain

From: Layla Hassan <layla.hassan@mwsc-bh.example.org>
Sent: Tuesday, February 9, 2021 9:02 AM
To: Ahmed Al-Sayed <ahmed.alsayed@mwsc-bh.example.org>
Subject: FW: """ + INV_SUBJ + """

Ahmed, can you send our report? Final version is on the shared drive (v3, the one Mariam signed off). Deadline was extended to the 16th so no rush, but let's not leave it to the last day pls.
L.

From: Mariam Youssef <director@mwsc-bh.example.org>
Sent: Thursday, January 28, 2021 2:15 PM
To: Layla Hassan <layla.hassan@mwsc-bh.example.org>
Subject: FW: """ + INV_SUBJ + """

FYI - we should send the report. Maybe also someone for the roundtable on labour migration? Let's discuss at Sunday's meeting.

Mariam Youssef
Director, MWSC

""" + outlook_hdr() + "\n" + INV_EN + "\n\n-----\n\n" + INV_FR + "\n\n-----\n\n" + INV_AR + "\n"
    pdf = make_pdf(["Migrant Workers Support Centre (MWSC) - Bahrain",
                    "Voluntary GCM Review Report - Regional Review, Arab region 2021",
                    "1. Introduction", "2. Implementation of GCM objectives 6, 7 and 16",
                    "3. Recommendations"])
    logo = leaf("image/png", make_png(12, 6, (20, 110, 60)), cte="base64", params=[("name", '"image001.png"')],
                disp='inline; filename="image001.png"', extra=[("Content-ID", "<image001.png@01D70130.5E1B2C40>")])
    html = html_wrap(text2html(text.split("From: Layla")[0]).replace("Manama, Kingdom of Bahrain",
                     'Manama, Kingdom of Bahrain<br><img src="cid:image001.png@01D70130.5E1B2C40" width="90">')
                     + '<div style="border-top:solid #E1E1E1 1.0pt">' + text2html("From: Layla" + text.split("From: Layla")[1]) + "</div>")
    rel = multi("related", [alt(text, html, "_000_AM6PR0302MB3391F1A_"), logo], "_004_AM6PR0302MB3391F1A_",
                params=[("type", '"multipart/alternative"')])
    body = multi("mixed", [rel, att(PDF, pdf, "MWSC_GCM_Voluntary_Review_Report_2021.pdf")], "_005_AM6PR0302MB3391F1A_")
    mk(3, when, 3, "Ahmed Al-Sayed <ahmed.alsayed@mwsc-bh.example.org>", "FW: FW: " + INV_SUBJ, body,
       "<AM6PR0302MB3391F1A8C2D3E4F5A6B7@AM6PR0302MB3391.eurprd03.prod.outlook.example.com>",
       "mail.mwsc-bh.example.org", "37.131.64.22", "4DcR7s1Kpz2m",
       dict(category="voluntary_report", language="en", acknowledge=True, on_time=True, speakers=[],
            report_attachments=["MWSC_GCM_Voluntary_Review_Report_2021.pdf"],
            notes="'FW: FW:' subject; the actual submission is one line on top, followed by internal notes "
                  "('Ahmed, can you send our report?', 'maybe also someone for the roundtable?') and the quoted "
                  "invitation; the internal musing about a roundtable is not a speaker request; inline logo "
                  "image001.png is not part of the report."),
       extra=[("Thread-Topic", INV_SUBJ), ("X-MS-Has-Attach", "yes")])


def m04():
    when = at("2021-02-10 16:05:48")
    text = """مرحبا،

حسب الدعوة تحت، حابين نشارك بمداخلة بوحدة من الموائد المستديرة، ويا ريت تكون الطاولة التانية إذا في مجال.

المتحدثة: رنا الحاج - منسقة المشاريع - جمعية نساء بلا حدود (طرابلس، لبنان)

فهمنا من الرسالة إنو آخر موعد للأسماء هو الجمعة 23 شباط، فإن شاء الله ما نكون متأخرين.

شكراً إلكن
سامر درويش
جمعية نساء بلا حدود

في الخميس، 28 يناير 2021 في 9:30 ص، GCM Regional Review Arab States <gcmrrarabstates@iom.int> كتب:

""" + gt(INV_AR) + "\n"
    html = html_wrap('<div dir="rtl">' + text2html(text.split("في الخميس")[0]) + '</div><div class="gmail_quote"><div dir="rtl">'
                     'في الخميس، 28 يناير 2021 في 9:30 ص، GCM Regional Review Arab States &lt;gcmrrarabstates@iom.int&gt; كتب:</div>'
                     '<blockquote class="gmail_quote" dir="rtl">' + text2html(INV_AR) + "</blockquote></div>", "rtl")
    body = alt(text, html, "000000000000b7e2a905bb0c44f1", cte="base64")
    mk(4, when, 2, addr("سامر درويش", "samer.darwish.wwb@gmail.example.com"), re_hdr("Re: ", "دعوة: المراجعة الإقليمية للاتفاق العالمي للهجرة"),
       body, "<CAJx7Ld0q3RrT5mYpW2xZ9oF4nB1cV6gH8kJ2sDaE3fQ7uI@mail.gmail.example.com>",
       "mail-lf1-f67.google.example.com", "209.85.167.67", "4DbN2q5Xh1zT",
       dict(category="speaker_request", language="ar", acknowledge=True, on_time=False, speakers=[
           sp("رنا الحاج", "منسقة المشاريع", "جمعية نساء بلا حدود", ["roundtable"], 2)],
            notes="Levantine colloquial; quotes the Arabic letter with the misprinted speaker deadline "
                  "'الجمعة 23 شباط' and relies on it, but the real deadline was Fri 5 Feb: late; roundtable as "
                  "'الطاولة التانية' (colloquial for the second); speaker line uses dashes; sender is not the speaker."),
       irt=INV_MID)


def m05():
    when = at("2021-02-02 18:40:21")
    text = """Bonjour,

Le 28/01/2021 à 08:30, GCM Regional Review Arab States a écrit :
> Chers collègues,
>
> Au nom du Réseau régional des Nations Unies sur les migrations pour la région arabe, nous avons le plaisir de vous inviter à l'Examen régional du Pacte mondial pour des migrations sûres, ordonnées et régulières (PMM) dans la région arabe, qui se tiendra en format virtuel : une consultation multipartite le 23 février 2021 et la Conférence d'examen régional les 24 et 25 février 2021.
>
> Les parties prenantes sont invitées à soumettre des rapports volontaires d'examen du PMM, individuels ou collectifs, à l'adresse gcmrrarabstates@iom.int. La date limite a été prolongée au mardi 16 février 2021.

Pas de rapport de notre part cette année malheureusement (manque de moyens...).

> Les parties prenantes souhaitant participer à la discussion ouverte de la consultation multipartite, assurer le rôle de rapporteur présentant les messages clés, ou faire une intervention dans une session plénière ou dans l'une des quatre tables rondes thématiques, sont priées d'envoyer le nom, le titre et l'affiliation institutionnelle de l'intervenant(e) à gcmrrarabstates@iom.int avant le vendredi 5 février 2021.

Oui, nous souhaitons participer à la discussion ouverte du 23 février et, si possible, intervenir dans la table ronde n°3.
Intervenant : Youssef Amrani, chargé de plaidoyer, AMAM (Association Marocaine d'Appui aux Migrants), Oujda

>
> Cordialement,
> Secrétariat du Réseau régional des Nations Unies sur les migrations
>
> -----
>
""" + gt(INV_EN) + "\n>\n> -----\n>\n" + gt(INV_AR) + """

-- 
Youssef Amrani
AMAM - Oujda
+212 6 61 23 45 67
"""
    body = leaf("text/plain", flowed(text), "utf-8", "8bit", params=[("format", "flowed")])
    global M05
    M05 = mk(5, when, 1, "Youssef Amrani <y.amrani@amam-oujda.example.ma>", "Re: " + INV_SUBJ, body,
             "<5f3a1c2e-8b7d-4e60-9a21-c4d3e2f1a0b9@amam-oujda.example.ma>",
             "smtp.amam-oujda.example.ma", "41.248.33.109", "4DVb6Nm3Rtz5",
             dict(category="speaker_request", language="fr", acknowledge=True, on_time=True, speakers=[
                 sp("Youssef Amrani", "chargé de plaidoyer", "AMAM (Association Marocaine d'Appui aux Migrants)",
                    ["open_discussion", "roundtable"], 3)],
                  notes="Thunderbird inline reply: answers typed between the quoted paragraphs of the French "
                        "invitation; 'Pas de rapport' under the reports paragraph is a refusal, not a report; the "
                        "speaker line sits under the quoted speaking-roles paragraph; 'table ronde n°3'; two roles; "
                        "acronym before the expanded name; Date header +0100."),
             irt=INV_MID, extra=[("User-Agent", "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:78.0) Gecko/20100101 Thunderbird/78.7.0"),
                                 ("Content-Language", "fr")])


def m06():
    when = at("2021-02-15 11:03:19")
    text = """-- 
د. منى عبد الرحمن
مديرة البرامج
المبادرة المصرية لحقوق المهاجرين
القاهرة - جمهورية مصر العربية
"""
    html = html_wrap('<div dir="rtl"><br></div><div dir="rtl">-- <br><div dir="rtl" class="gmail_signature">'
                     'د. منى عبد الرحمن<br>مديرة البرامج<br>المبادرة المصرية لحقوق المهاجرين<br>القاهرة - جمهورية مصر العربية</div></div>', "rtl")
    fname = "تقرير المراجعة الطوعية - المبادرة المصرية لحقوق المهاجرين.pdf"
    pdf = make_pdf(["Egyptian Initiative for Migrants' Rights", "Voluntary GCM Review Report (Arabic) - February 2021",
                    "Section 1: Methodology", "Section 2: Findings", "Section 3: Recommendations"])
    body = multi("mixed", [alt(text, html, "000000000000c4d1e805bb6a11c2", cte="base64"), att(PDF, pdf, fname, "2231")],
                 "000000000000c4d1e905bb6a11c4")
    mk(6, when, 2, addr("Mona Abdelrahman", "mona.abdelrahman.eimr@gmail.example.com"), "Re: " + INV_SUBJ, body,
       "<CAHm2sXq8vPZ0kR4tB7wN1yL3cF6dG9jA5eU2iO0pQ4zS8rT@mail.gmail.example.com>",
       "mail-wm1-f48.google.example.com", "209.85.128.48", "4DfH9c2Vn6zR",
       dict(category="voluntary_report", language="ar", acknowledge=True, on_time=True, speakers=[],
            report_attachments=[fname],
            notes="body is empty except an Arabic signature; English subject (Re: of the invitation) and Latin "
                  "display name; language comes only from the signature; Arabic file name in RFC 2231 encoding."),
       irt=INV_MID)


def m07():
    when = at("2021-02-05 23:57:41")
    text = """Dear colleagues,

Apologies for the last-minute email - I only got the forwarded invitation from a colleague this afternoon. Hope it's not too late!

We would like to propose two speakers:

1. Karim Nassar - Senior Lecturer in Migration Studies, SOAS University of London - plenary (day 2 ideally)
2. Dr Salma Idris - Postdoctoral Fellow, Centre for Lebanese Studies - roundtable 4 (or 1 as a fallback)

Happy to send short bios.

Best,
Karim

On Thu, 28 Jan 2021 at 07:30, GCM Regional Review Arab States <gcmrrarabstates@iom.int> wrote:

""" + gt(INV_ALL) + "\n"
    html = html_wrap('<div dir="ltr">' + text2html(text.split("On Thu, 28")[0]) + '</div><br><div class="gmail_quote">'
                     '<div dir="ltr" class="gmail_attr">On Thu, 28 Jan 2021 at 07:30, GCM Regional Review Arab States &lt;<a href="mailto:gcmrrarabstates@iom.int">gcmrrarabstates@iom.int</a>&gt; wrote:<br></div>'
                     + inv_html_quote() + "</div>")
    body = alt(text, html, "00000000000081f3c205bb9c9e37")
    mk(7, when, 0, "Karim Nassar <kn21@soas.example.ac.uk>", "Re: Fwd: " + INV_SUBJ, body,
       "<CAL9wT4kM2nV8pQ1xZ6yB3rF0cH5jD7gE2sA9uK4iO1lN6mR@mail.gmail.example.com>",
       "mail-ed1-f50.google.example.com", "209.85.208.50", "4Dg1Qx7Ymtz8",
       dict(category="speaker_request", language="en", acknowledge=True, on_time=True, speakers=[
           sp("Karim Nassar", "Senior Lecturer in Migration Studies", "SOAS University of London", ["plenary"]),
           sp("Salma Idris", "Postdoctoral Fellow", "Centre for Lebanese Studies", ["roundtable"], 4)],
            notes="received 23:57:41 Beirut on 5 Feb (on time) but the Date header is 21:57 +0000 (London); two "
                  "speakers in a numbered list with name - title, affiliation - role; 'roundtable 4 (or 1 as a "
                  "fallback)': first choice 4; 'Dr' dropped."),
       irt=INV_MID, sent_delta=4)


def m08():
    when = at("2021-02-06 00:03:12")
    text = """Bonsoir,

Suite à votre aimable invitation ci-dessous, le Forum Tunisien pour la Migration Équitable (FTME) a l'honneur de proposer M. Ridha Ben Salah, chargé des questions migratoires au sein du Forum, pour une intervention lors de la session plénière de la Conférence.

Nous espérons que notre proposition pourra être prise en compte (il est encore 23h à Tunis !).

Bien cordialement,

Amel Jaziri
Secrétaire exécutive – FTME
Tunis

""" + outlook_hdr(sent="jeudi 28 janvier 2021 08:30", lang="fr") + "\n" + INV_FR + "\n\n-----\n\n" + INV_EN + "\n\n-----\n\n" + INV_AR + "\n"
    html = html_wrap(text2html(text))
    body = alt(text, html, "_000_PR3P193MB0892E4F1A2B3C4D5PR3P193MB0892EURP_")
    mk(8, when, 1, "Amel Jaziri <amel.jaziri@ftme.example.tn>", "RE: " + INV_SUBJ, body,
       "<PR3P193MB0892E4F1A2B3C4D5E6F7@PR3P193MB0892.EURP193.PROD.OUTLOOK.example.com>",
       "mail.ftme.example.tn", "197.14.52.8", "4DgF0b3Kc2zW",
       dict(category="speaker_request", language="fr", acknowledge=True, on_time=False, speakers=[
           sp("Ridha Ben Salah", "chargé des questions migratoires", "Forum Tunisien pour la Migration Équitable (FTME)",
              ["plenary"])],
            notes="Date header Fri 5 Feb 23:03 +0100 (Tunis) looks on time, but received 00:03 Beirut on 6 Feb: late "
                  "by 3 minutes; sender says 'il est encore 23h à Tunis'; speaker is not the sender; 'M.' dropped; "
                  "French Outlook quote headers (De :/Envoyé :/Objet :)."),
       irt=INV_MID, extra=[("Thread-Topic", INV_SUBJ), ("Content-Language", "fr-FR")])


def m09():
    when = at("2021-02-16 23:58:30")
    text = """Dear colleagues,

Please find attached the voluntary GCM review submission of the Gulf Labour Mobility Observatory (GLMO). Apologies that it comes so close to the deadline - our board only approved it this evening.

For clarity: we are not requesting a speaking slot.

Kind regards,
Dr. Ravi Menon
Research Director
Gulf Labour Mobility Observatory (GLMO)
Dubai, UAE

""" + outlook_hdr() + "\n" + INV_ALL + "\n"
    docx = make_docx(["Gulf Labour Mobility Observatory (GLMO)", "Voluntary GCM Review - Submission to the Regional Review, Arab region",
                      "Executive summary", "Recruitment costs and wage protection (GCM objectives 6 and 7)", "Recommendations"])
    body = multi("mixed", [alt(text, html_wrap(text2html(text)), "_000_DB9PR10MB5412C0D1E2F3_"),
                           att(DOCX, docx, "GLMO_GCM_review_final.docx")], "_004_DB9PR10MB5412C0D1E2F3_")
    mk(9, when, 4, "Ravi Menon <r.menon@glmo.example.ae>", "RE: " + INV_SUBJ, body,
       "<DB9PR10MB5412C0D1E2F3A4B5C6D7@DB9PR10MB5412.EURPRD10.PROD.OUTLOOK.example.com>",
       "mail.glmo.example.ae", "94.200.12.77", "4DgW5p8Zr1zK",
       dict(category="voluntary_report", language="en", acknowledge=True, on_time=True, speakers=[],
            report_attachments=["GLMO_GCM_review_final.docx"],
            notes="received 23:58:30 Beirut on 16 Feb (on time) but the Date header reads Wed 17 Feb 01:58 +0400 "
                  "(Dubai); explicitly declines a speaking slot; reply above the full quoted invitation."),
       irt=INV_MID, extra=[("X-MS-Has-Attach", "yes")], sent_delta=3)


def m10():
    when = at("2021-02-17 00:04:50")
    text = """السلام عليكم ورحمة الله

مرفق لكم تقرير الجمعية الخاص بمراجعة الاتفاق العالمي، واعذرونا على التأخير شوي كان عندنا ضغط شغل هالأسبوع. ان شاء الله يوصلكم ويكون مقبول.

تحياتي
عبدالله الشمري
جمعية حقوق العمالة الوافدة - الكويت

أُرسلت من الـ iPhone
"""
    pdf = make_pdf(["Kuwait Association for Migrant Workers' Rights", "GCM voluntary review report 2021", "(Arabic text)"])
    body = multi("mixed", [leaf("text/plain", text, "utf-8", "base64"),
                           att(PDF, pdf, "taqrir_GCM_2021.pdf")], "Apple-Mail-4E1C2A7B-9D3F-4A6B-8C5E-1F2D3A4B5C6D")
    mk(10, when, 3, addr("عبدالله الشمري", "a.alshammari.kw@icloud.example.com"), re_hdr("Re: ", "دعوة: المراجعة الإقليمية للاتفاق العالمي للهجرة"),
       body, "<9E8D7C6B-5A4F-4E3D-2C1B-0A9F8E7D6C5B@icloud.example.com>",
       "ms11p00im-qufo17281801.me.example.com", "17.58.38.50", "4DgX0a1Bc9zQ",
       dict(category="voluntary_report", language="ar", acknowledge=True, on_time=False, speakers=[],
            report_attachments=["taqrir_GCM_2021.pdf"],
            notes="Gulf colloquial from iPhone; received 00:04:50 Beirut on 17 Feb, 5 minutes after the report "
                  "deadline; Date header 01:04 +0300 (Kuwait); apologises for the delay itself; no quoted text."),
       irt=INV_MID, extra=[("X-Mailer", "iPhone Mail (18D52)")])


def m11():
    when = at("2021-02-04 15:30:02")
    intro = """<p>Madame, Monsieur,</p>
<p>En réponse à votre invitation ci-dessous, vous trouverez ci-joint le rapport volontaire d'examen du PMM préparé par notre Observatoire.</p>
<p>Par ailleurs, nous souhaiterions proposer une intervention dans la <b>table ronde thématique 2</b> :</p>
<p>Intervenante : Observatoire Libanais des Droits des Travailleurs (OLDT) – Directrice exécutive – Mme Joëlle Abi Nader</p>
<p>Nous restons à votre disposition pour tout complément d'information.</p>
<p>Cordialement,<br>Georges Karam<br>Responsable communication, OLDT<br>Beyrouth, Liban</p>"""
    html = html_wrap(intro + '<div style="border-top:solid #E1E1E1 1.0pt">' + text2html(outlook_hdr(sent="jeudi 28 janvier 2021 09:30", lang="fr"))
                     + "</div>" + text2html(INV_FR) + "<hr>" + text2html(INV_EN) + '<hr><div dir="rtl">' + text2html(INV_AR) + "</div>")
    pdf = make_pdf(["Observatoire Libanais des Droits des Travailleurs (OLDT)", "Rapport volontaire d'examen du PMM - 2021",
                    "1. Contexte", "2. Travailleurs migrants et kafala", "3. Recommandations"])
    body = multi("mixed", [leaf("text/html", html, "utf-8", "quoted-printable"),
                           att(PDF, pdf, "Rapport_volontaire_PMM_OLDT_2021.pdf")], "_006_HE1PR0402MB2788B1C2D3E4_")
    global M11
    M11 = mk(11, when, 2, "Georges Karam <g.karam@oldt.example.org.lb>", "RE: " + INV_SUBJ, body,
             "<HE1PR0402MB2788B1C2D3E4F5A6B7C8@HE1PR0402MB2788.eurprd04.prod.outlook.example.com>",
             "mail.oldt.example.org.lb", "185.89.102.41", "4DZ3hL0Pq5zC",
             dict(category="both", language="fr", acknowledge=True, on_time=True, speakers=[
                 sp("Joëlle Abi Nader", "Directrice exécutive", "Observatoire Libanais des Droits des Travailleurs (OLDT)",
                    ["roundtable"], 2)],
                  report_attachments=["Rapport_volontaire_PMM_OLDT_2021.pdf"],
                  notes="HTML-only; report attached and a speaker proposed in the same mail; speaker line in the "
                        "unusual order organisation – title – 'Mme' name; sender (communications) is not the speaker; "
                        "full trilingual invitation quoted below."),
             irt=INV_MID, extra=[("Thread-Topic", INV_SUBJ), ("X-MS-Has-Attach", "yes")])


def m12():
    when = at("2021-02-05 13:45:26")
    aff = "وزارة الهجرة والمهجرين – جمهورية العراق"
    html = html_wrap("""<div dir="rtl" style="font-family:'Simplified Arabic'">
<p>السادة أمانة شبكة الأمم المتحدة الإقليمية المعنية بالهجرة المحترمون</p>
<p>تحية طيبة وبعد،</p>
<p>إشارةً إلى دعوتكم الكريمة المؤرخة في 28 كانون الثاني 2021 والمثبتة أدناه، يسرّ وزارة الهجرة والمهجرين أن ترفق طيّاً تقريرها الطوعي لمراجعة تنفيذ الاتفاق العالمي من أجل الهجرة الآمنة والمنظمة والنظامية، وأن ترشّح السادة المدرجة أسماؤهم في الجدول أدناه للمشاركة بصفة متحدثين:</p>
<table border="1" cellpadding="4" style="border-collapse:collapse">
<tr><th>ت</th><th>الاسم</th><th>المنصب</th><th>الجهة</th><th>الدور المقترح</th></tr>
<tr><td>1</td><td>السيد علي حسين الربيعي</td><td>مدير عام دائرة شؤون المهاجرين</td><td>""" + aff + """</td><td>مقرر لتقديم الرسائل الرئيسية</td></tr>
<tr><td>2</td><td>الدكتورة سارة كاظم العبيدي</td><td>مديرة قسم العلاقات الدولية</td><td>""" + aff + """</td><td>مداخلة في الجلسة العامة</td></tr>
</table>
<p>وتفضلوا بقبول فائق الاحترام والتقدير.</p>
<p>قسم العلاقات الدولية<br>وزارة الهجرة والمهجرين<br>بغداد</p>
</div>
<div dir="rtl" style="border-top:solid #E1E1E1 1.0pt">""" + text2html(outlook_hdr(sent="الخميس، 28 كانون الثاني، 2021 10:30 ص", lang="ar")) +
                     "</div>" + '<div dir="rtl">' + text2html(INV_AR) + "</div><hr>" + text2html(INV_EN) + "<hr>" + text2html(INV_FR), "rtl")
    fname = "التقرير الطوعي - وزارة الهجرة والمهجرين 2021.docx"
    docx = make_docx(["وزارة الهجرة والمهجرين", "التقرير الطوعي لمراجعة الاتفاق العالمي للهجرة 2021", "أولاً: المقدمة", "ثانياً: التوصيات"])
    body = multi("mixed", [leaf("text/html", html, "utf-8", "base64"), att(DOCX, docx, fname, "2047")],
                 "_004_AS8PR01MB7320D0E1F2A3_")
    mk(12, when, 3, addr("قسم العلاقات الدولية", "intl.relations@momd.example.gov.iq"),
       re_hdr("RE: ", "دعوة: المراجعة الإقليمية للاتفاق العالمي للهجرة"), body,
       "<AS8PR01MB7320D0E1F2A3B4C5D6E7@AS8PR01MB7320.eurprd01.prod.outlook.example.com>",
       "mail.momd.example.gov.iq", "62.201.210.9", "4DfA1z7Wx3zB",
       dict(category="both", language="ar", acknowledge=True, on_time=True, speakers=[
           sp("علي حسين الربيعي", "مدير عام دائرة شؤون المهاجرين", aff, ["rapporteur"]),
           sp("سارة كاظم العبيدي", "مديرة قسم العلاقات الدولية", aff, ["plenary"])],
            report_attachments=[fname],
            notes="formal MSA from a ministry, HTML-only in base64; two speakers in an HTML table (honorifics "
                  "'السيد' and 'الدكتورة' in the name cells); report attached with an RFC 2047 encoded Arabic "
                  "DOCX name; sent from a department mailbox (no personal sender); Date header +0300."),
       irt=INV_MID, extra=[("X-MS-Has-Attach", "yes"), ("Content-Language", "ar-IQ")])


def m13():
    when = at("2021-02-08 10:00:44")
    text = """Dear Secretariat,

I am forwarding the message below on behalf of our Beirut colleagues, whose server kept rejecting the attachment. Attached is the collective voluntary GCM review report of the Arab Region Civil Society Coalition on Migration (ARCSCM), endorsed by 14 member organisations.

As Dalia explains below, she would also like to serve as rapporteur for the multi-stakeholder consultation. I realise the deadline for speakers was last Friday - we would be grateful if you could still consider her.

Dalia is in cc.

Best regards,
Priya Raman
Liaison Officer, ARCSCM Geneva office

---------- Forwarded message ---------
From: Dalia Mroue <dalia.mroue@arcscm.example.org>
Date: Sat, Feb 6, 2021 at 6:12 PM
Subject: GCM report + rapporteur
To: Priya Raman <priya.raman@arcscm.example.org>

Hi Priya,
Can you send this from your account? Mine bounces every time (file too big apparently, it's only 3MB!!).
Report is attached. And please add that I'd like to volunteer as rapporteur for the consultation on the 23rd - name: Dalia Mroue, title: Regional Coordinator, Arab Region Civil Society Coalition on Migration (ARCSCM).
Thanks a million
D.

> On Thu, 28 Jan 2021 at 09:30, GCM Regional Review Arab States <gcmrrarabstates@iom.int> wrote:
""" + gt(INV_EN) + "\n"
    pdf = make_pdf(["Arab Region Civil Society Coalition on Migration (ARCSCM)", "Collective Voluntary GCM Review Report",
                    "Endorsed by 14 member organisations", "Findings and recommendations"])
    body = multi("mixed", [alt(text, html_wrap('<div dir="ltr">' + text2html(text) + "</div>"), "000000000000e9a1b705bae8c6d0"),
                           att(PDF, pdf, "ARCSCM_Collective_GCM_Review_Report.pdf")], "000000000000e9a1b805bae8c6d2")
    mk(13, when, 1, "Priya Raman <priya.raman@arcscm.example.org>", "Fwd: GCM report + rapporteur", body,
       "<CAF2dE8pR5tY1uI7oP3aS9dF6gH0jK4lZ2xC8vB1nM7qW5eR@mail.gmail.example.com>",
       "mail-wr1-f41.google.example.com", "209.85.221.41", "4DZxQ2c6Tnz4",
       dict(category="both", language="en", acknowledge=True, on_time=False, speakers=[
           sp("Dalia Mroue", "Regional Coordinator", "Arab Region Civil Society Coalition on Migration (ARCSCM)",
              ["rapporteur"])],
            report_attachments=["ARCSCM_Collective_GCM_Review_Report.pdf"],
            notes="forwarded by a colleague on behalf of the speaker (in cc); collective report on time (8 Feb) but "
                  "the rapporteur request is after the 5 Feb speaker deadline, so 'both' is late; the speaker's details "
                  "are inside the forwarded internal message; Date header +0100 (Geneva)."),
       cc="Dalia Mroue <dalia.mroue@arcscm.example.org>", sent_delta=5)


def m14():
    when = at("2021-02-15 20:30:15")
    text = """Salam,

Est ce qu'il est possible d'envoyer notre rapport aprés le 16 ? Le bureau l'a validé mais la traduction n'est pas terminée. Sinon est-ce qu'on peut l'envoyer en arabe ou en français seulement ?

Merci d'avance et bonne soirée
Karima B.
Association Algérienne pour l'Accompagnement des Migrants (AAAM) - Oran

Le jeu. 28 janv. 2021 à 08:30, GCM Regional Review Arab States <gcmrrarabstates@iom.int> a écrit :

""" + gt(INV_ALL) + "\n"
    html = html_wrap('<div dir="ltr">' + text2html(text.split("Le jeu. 28")[0]) + '</div><div class="gmail_quote"><div class="gmail_attr">'
                     'Le jeu. 28 janv. 2021 à 08:30, GCM Regional Review Arab States &lt;gcmrrarabstates@iom.int&gt; a écrit&nbsp;:<br></div>'
                     + inv_html_quote() + "</div>")
    body = alt(text, html, "0000000000003d5f7a05bb6f2a88")
    mk(14, when, 1, "Karima Bensalem <karima.bensalem.aaam@gmail.example.com>", "Re: " + INV_SUBJ, body,
       "<CAB7vN2mQ9xZ4rT1yU8iO3pA6sD0fG5hJ2kL7zX9cV4bN1mW@mail.gmail.example.com>",
       "mail-wm1-f67.google.example.com", "209.85.128.67", "4DfZ8k0Lm2zY",
       dict(category="other", language="fr", acknowledge=True, on_time=None,
            notes="question about sending the report after the 16th and about the language: announces a report, "
                  "does not submit one; typed above the whole quoted trilingual invitation; typos ('aprés', "
                  "'Est ce'); Algerian sender, Date header +0100."),
       irt=INV_MID)


def m15():
    when = at("2021-02-22 09:10:39")
    text = """السلام عليكم

شكراً جزيلاً على الدعوة، بنحضر إن شاء الله. ممكن ترسلون لنا رابط الزوم لجلسة يوم 23؟ وهل لازم تسجيل مسبق؟ وكم مدة المداخلة لو حبينا نعلق بالنقاش؟

مع التحية
خالد البلوشي
مركز مسقط للدراسات الاجتماعية

من: GCM Regional Review Arab States <gcmrrarabstates@iom.int>
أرسلت: الخميس، 28 يناير، 2021 11:30 ص
إلى: GCM Regional Review Arab States <gcmrrarabstates@iom.int>
الموضوع: """ + INV_SUBJ + "\n\n" + INV_AR + "\n"
    html = html_wrap('<div dir="rtl">' + text2html(text) + "</div>", "rtl")
    body = alt(text, html, "_000_OMXPR01MB1133A9B8C7D6_")
    mk(15, when, 4, addr("خالد البلوشي", "k.albalushi@mcss.example.om"), "RE: " + INV_SUBJ, body,
       "<OMXPR01MB1133A9B8C7D6E5F4A3B2@OMXPR01MB1133.apcprd01.prod.outlook.example.com>",
       "mail.mcss.example.om", "5.37.18.201", "4DkL3n9Pz0zH",
       dict(category="other", language="ar", acknowledge=True, on_time=None,
            notes="Gulf colloquial thanks plus logistics questions (Zoom link, registration, length of a comment "
                  "in the discussion) the day before the consultation; 'لو حبينا نعلق بالنقاش' is a hypothetical, "
                  "not a request to speak; no speaker named; Arabic Outlook quote headers; Date +0400."),
       irt=INV_MID)


def m16():
    when = at("2021-01-28 09:31:05")
    text = """شكراً لرسالتكم. أنا خارج المكتب حتى 7 شباط/فبراير 2021 مع إمكانية محدودة للاطلاع على البريد الإلكتروني. للأمور العاجلة يرجى التواصل مع مكتب الوزير على البريد minister.office@mosd.example.gov.lb

Thank you for your message. I am out of the office until 7 February 2021 with limited access to email. For urgent matters please contact minister.office@mosd.example.gov.lb

نادين شمعون
مستشارة الوزير لشؤون الهجرة
"""
    body = leaf("text/plain", text, "utf-8", "base64")
    mk(16, when, 2, addr("نادين شمعون", "n.chamoun@mosd.example.gov.lb"), re_hdr("رد تلقائي: ", INV_SUBJ), body,
       "<auto-EX02-20210128093104-7731@mosd.example.gov.lb>", "mail.mosd.example.gov.lb", "194.126.10.6", "4DRqB7x2Wgz1",
       dict(category="auto_reply", language="ar", acknowledge=False, on_time=None,
            notes="Exchange out-of-office answering the invitation mail-out, Arabic first then English; Arabic "
                  "subject prefix 'رد تلقائي:'; must not be acknowledged."),
       irt=INV_MID, extra=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All"),
                           ("X-MS-Exchange-Inbox-Rules-Loop", "n.chamoun@mosd.example.gov.lb")], sent_delta=1)


def m17():
    when = at("2021-01-28 09:32:47")
    human = """Ceci est un message automatique du serveur de messagerie mail.asso-migrants.example.tn.

Votre message n'a pas pu être remis à un ou plusieurs destinataires :

<contact@asso-migrants.example.tn> : boîte aux lettres pleine (552 5.2.2 Mailbox full)

Le message original est joint (en-têtes uniquement).
"""
    status = ("Reporting-MTA: dns; mail.asso-migrants.example.tn\n"
              "Arrival-Date: Thu, 28 Jan 2021 08:31:40 +0100\n\n"
              "Final-Recipient: rfc822; contact@asso-migrants.example.tn\n"
              "Action: failed\nStatus: 5.2.2\n"
              "Diagnostic-Code: smtp; 552 5.2.2 Mailbox full\n")
    orig = ("From: " + INV_FROM + "\nTo: " + INV_FROM + "\nSubject: " + INV_SUBJ +
            "\nDate: Thu, 28 Jan 2021 09:30:00 +0200\nMessage-ID: " + INV_MID + "\n")
    p1 = leaf("text/plain", human, "utf-8", "quoted-printable")
    from email.parser import Parser
    p2 = Message(policy=POL)
    p2["Content-Type"] = "message/delivery-status"
    for block in status.strip("\n").split("\n\n"):
        p2.attach(Parser(policy=POL).parsestr(block + "\n", headersonly=True))
    p3 = leaf("text/rfc822-headers", orig, "us-ascii", "7bit")
    body = multi("report", [p1, p2, p3], "8F2E1C3A.1611818767/mail.asso-migrants.example.tn",
                 params=[("report-type", "delivery-status")])
    body.preamble = "Ceci est un message MIME au format multipart."
    mk(17, when, 1, "MAILER-DAEMON@mail.asso-migrants.example.tn (Systeme de messagerie)",
       "Non remis : " + INV_SUBJ, body, "<20210128073247.8F2E1C3A@mail.asso-migrants.example.tn>",
       "mail.asso-migrants.example.tn", "41.229.5.18", "4DRqD1y5Hkz6",
       dict(category="bounce", language="fr", acknowledge=False, on_time=None,
            notes="French delivery status notification (mailbox full) for the invitation mail-out; multipart/report; "
                  "the returned headers quote the invitation subject; must not be acknowledged."),
       ret="", extra=[("Auto-Submitted", "auto-replied")], sent_delta=0)


def m18():
    when = at("2021-02-04 10:12:55")
    text = """Bonjour,

Petite correction par rapport à mon message d'avant-hier : pour la table ronde n°3 ce ne sera finalement pas moi mais notre présidente, Mme Khadija Bennani, Présidente de l'AMAM. Pour la discussion ouverte du 23, c'est toujours moi.

Désolé pour le changement et merci.

-- 
Youssef Amrani
Chargé de plaidoyer
Association Marocaine d'Appui aux Migrants (AMAM) - Oujda

Le 02/02/2021 à 17:40, Youssef Amrani a écrit :
> Bonjour,
>
> Oui, nous souhaitons participer à la discussion ouverte du 23 février et, si possible, intervenir dans la table ronde n°3.
> Intervenant : Youssef Amrani, chargé de plaidoyer, AMAM (Association Marocaine d'Appui aux Migrants), Oujda
"""
    body = leaf("text/plain", flowed(text), "utf-8", "8bit", params=[("format", "flowed")])
    mk(18, when, 1, "Youssef Amrani <y.amrani@amam-oujda.example.ma>", "Re: " + INV_SUBJ, body,
       "<0b1c2d3e-4f50-4617-8a9b-c0d1e2f3a4b5@amam-oujda.example.ma>",
       "smtp.amam-oujda.example.ma", "41.248.33.109", "4DXc4Op1Suz7",
       dict(category="speaker_request", language="fr", acknowledge=True, on_time=True, speakers=[
           sp("Khadija Bennani", "Présidente", "AMAM", ["roundtable"], 3),
           sp("Youssef Amrani", "Chargé de plaidoyer", "Association Marocaine d'Appui aux Migrants (AMAM)",
              ["open_discussion"])],
            thread_of="h105-05.eml",
            notes="follow-up revising h105-05: roundtable 3 speaker replaced by the president ('Mme' dropped; "
                  "affiliation only as 'de l'AMAM'), sender keeps the open discussion; the roundtable number is "
                  "restated; the quoted earlier request must not produce extra roles for the sender."),
       irt=M05, refs=INV_MID + " " + M05,
       extra=[("User-Agent", "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:78.0) Gecko/20100101 Thunderbird/78.7.0")])


def m19():
    when = at("2021-02-03 12:20:30")
    text = """السادة الكرام،

بالإشارة إلى الدعوة الموضحة أدناه، يتشرف المركز بترشيح أ.د. هشام فوزي للقيام بدور المقرر وتقديم الرسائل الرئيسية لأصحاب المصلحة، وبياناته كالتالي:

الاسم: أ.د. هشام فوزي
المنصب: مدير المركز
الجهة: مركز دراسات الهجرة واللاجئين - جامعة الإسكندرية

مع خالص التحية،
مروة سامي
سكرتارية المركز

---------- Forwarded message ---------
من: منى الشريف <mona.elsherif@cmrs-alex.example.edu.eg>
Date: الثلاثاء، 2 فبراير 2021 في 4:05 م
Subject: Fwd: """ + INV_SUBJ + """
To: مروة سامي <marwa.samy@cmrs-alex.example.edu.eg>

يا مروة لو سمحتي ابعتيلهم اسم دكتور هشام كمقرر، هو وافق خلاص امبارح. وابعتي من غير ما تستني التقرير، التقرير لسه بيتراجع ومش هيخلص قبل الأسبوع الجاي.
شكراً يا جميلة
منى

---------- Forwarded message ---------
From: GCM Regional Review Arab States <gcmrrarabstates@iom.int>
Date: Thu, Jan 28, 2021 at 9:30 AM
Subject: """ + INV_SUBJ + """
To: GCM Regional Review Arab States <gcmrrarabstates@iom.int>

""" + INV_ALL + "\n"
    html = html_wrap('<div dir="rtl">' + text2html(text) + "</div>", "rtl")
    body = alt(text, html, "000000000000a1b2c305bb4d8e11", cte="base64")
    mk(19, when, 2, addr("مروة سامي", "marwa.samy@cmrs-alex.example.edu.eg"), re_hdr("Fwd: ", "ترشيح مقرر - " + INV_SUBJ), body,
       "<CAK3pL9zX1cV7bN2mQ8wE4rT6yU0iO5aS3dF9gH1jK7lZ2xC@mail.gmail.example.com>",
       "mail-oi1-f52.google.example.com", "209.85.167.52", "4DWm8a5Rcz3P",
       dict(category="speaker_request", language="ar", acknowledge=True, on_time=True, speakers=[
           sp("هشام فوزي", "مدير المركز", "مركز دراسات الهجرة واللاجئين - جامعة الإسكندرية", ["rapporteur"])],
            notes="secretary's forward of an internal chain: MSA nomination on top, then the manager's Egyptian "
                  "colloquial instruction ('ابعتيلهم اسم دكتور هشام كمقرر', report not ready yet: no report), then "
                  "the forwarded trilingual invitation; honorific 'أ.د.' dropped; title 'مدير المركز' is relative "
                  "to the affiliation line."),
       irt=INV_MID)


def m20():
    when = at("2021-02-02 09:15:12")
    inner = """<div dir="ltr"><p>Dear Network colleagues,</p>
<p>(cc'ing my co-authors for information)</p>
<p>Thank you for the invitation. I would be glad to take part in the open discussion of the multi-stakeholder consultation on 23 February. For your records:</p>
<p>Issam Fares Institute for Public Policy and International Affairs, American University of Beirut &mdash; Senior Fellow &mdash; Rima Saadeh</p>
<p>My colleague Tarek Jaber (research assistant at the Institute) will follow the conference but will not speak. Our joint policy brief on return and reintegration will be shared separately; it is not a GCM review report.</p>
<p>Warm regards,<br>Rima<br><span style="color:#888">currently on sabbatical in Berlin</span></p></div>
<br><div class="gmail_quote"><div dir="ltr" class="gmail_attr">On Thu, Jan 28, 2021 at 8:30 AM GCM Regional Review Arab States &lt;gcmrrarabstates@iom.int&gt; wrote:<br></div>""" + inv_html_quote() + "</div>"
    body = leaf("text/html", html_wrap(inner), "utf-8", "quoted-printable")
    mk(20, when, 1, "Rima Saadeh <rs112@aub.example.edu.lb>", "Re: " + INV_SUBJ, body,
       "<CAN4qW1eR8tY2uI6oP0aS3dF7gH5jK9lZ1xC4vB8nM2qW6eR@mail.gmail.example.com>",
       "mail-ej1-f44.google.example.com", "209.85.218.44", "4DVJ1r8Mxz0D",
       dict(category="speaker_request", language="en", acknowledge=True, on_time=True, speakers=[
           sp("Rima Saadeh", "Senior Fellow",
              "Issam Fares Institute for Public Policy and International Affairs, American University of Beirut",
              ["open_discussion"])],
            notes="HTML-only Gmail reply-all with co-authors in cc; speaker details written in reverse order "
                  "(affiliation — title — name); a cc'd colleague explicitly will not speak; a policy brief is "
                  "announced but expressly not a report; Date header +0100."),
       cc="Tarek Jaber <tj07@aub.example.edu.lb>, Ziad Mansour <zm33@aub.example.edu.lb>", irt=INV_MID)


def m21():
    when = at("2021-02-16 17:20:09")
    prev = """De : Georges Karam <g.karam@oldt.example.org.lb>
Envoyé : jeudi 4 février 2021 15:30
À : GCM Regional Review Arab States <gcmrrarabstates@iom.int>
Objet : RE: """ + INV_SUBJ + """

Madame, Monsieur,

En réponse à votre invitation ci-dessous, vous trouverez ci-joint le rapport volontaire d'examen du PMM préparé par notre Observatoire.

Par ailleurs, nous souhaiterions proposer une intervention dans la table ronde thématique 2 :

Intervenante : Observatoire Libanais des Droits des Travailleurs (OLDT) – Directrice exécutive – Mme Joëlle Abi Nader

Cordialement,
Georges Karam"""
    text = """Bonjour,

Veuillez trouver ci-joint la version finale (v2) de notre rapport, qui remplace celle envoyée le 4 février (quelques chiffres ont été corrigés dans la section 2). Merci de ne pas tenir compte de la première version.

Cordialement,
Georges Karam
Responsable communication, OLDT

""" + prev + "\n"
    pdf = make_pdf(["Observatoire Libanais des Droits des Travailleurs (OLDT)", "Rapport volontaire d'examen du PMM - 2021 - version finale (v2)",
                    "1. Contexte", "2. Travailleurs migrants et kafala (chiffres corriges)", "3. Recommandations"])
    body = multi("mixed", [alt(text, html_wrap(text2html(text)), "_000_HE1PR0402MB2788C9D8E7F6_"),
                           att(PDF, pdf, "Rapport_volontaire_PMM_OLDT_2021_v2_final.pdf")], "_004_HE1PR0402MB2788C9D8E7F6_")
    mk(21, when, 2, "Georges Karam <g.karam@oldt.example.org.lb>", "RE: " + INV_SUBJ, body,
       "<HE1PR0402MB2788C9D8E7F6A5B4C3D2@HE1PR0402MB2788.eurprd04.prod.outlook.example.com>",
       "mail.oldt.example.org.lb", "185.89.102.41", "4DgP2t6Vyz8N",
       dict(category="voluntary_report", language="fr", acknowledge=True, on_time=True, speakers=[],
            report_attachments=["Rapport_volontaire_PMM_OLDT_2021_v2_final.pdf"], thread_of="h105-11.eml",
            notes="revised report replacing the one in h105-11, same Outlook subject; the quoted earlier message "
                  "still contains the roundtable 2 speaker proposal, which is not a new request here; received "
                  "on the last day, on time."),
       irt=M11, refs=INV_MID + " " + M11, extra=[("Thread-Topic", INV_SUBJ), ("X-MS-Has-Attach", "yes")])


def m22():
    when = at("2021-02-04 21:10:27")
    text = """السلام عليكم

شفنا الدعوة ديالكم وبغينا نشاركو ف المؤتمر إن شاء الله. عندنا تلاتة ديال الناس:

- الأستاذ عبد الإله الكتاني، رئيس الجمعية، غادي يدير مداخلة ف الجلسة العامة
- السيدة فاطمة الزهراء بوعزة، منسقة مشروع الهجرة والتنمية، ف المائدة المستديرة الرابعة
- الأخ سعيد الموساوي، عضو المكتب، يشارك ف النقاش المفتوح نهار 23

الجمعية: جمعية الشباب من أجل التنمية والهجرة - الناظور

وشكرا بزاف
حميد

On Thu, Jan 28, 2021, 08:30 GCM Regional Review Arab States <gcmrrarabstates@iom.int> wrote:

""" + gt(INV_ALL) + "\n"
    body = leaf("text/plain", text, "utf-8", "base64")
    mk(22, when, 1, "Hamid <jeunesse.nador.asso@gmail.example.com>", "Re: " + INV_SUBJ, body,
       "<CAP8mN3bV6cX9zL2kJ5hG1fD4sA7pO0iU3yT6rE9wQ2mN5bV@mail.gmail.example.com>",
       "mail-yb1-f170.google.example.com", "209.85.219.170", "4DYd9Hq2Fez5",
       dict(category="speaker_request", language="ar", acknowledge=True, on_time=True, speakers=[
           sp("عبد الإله الكتاني", "رئيس الجمعية", "جمعية الشباب من أجل التنمية والهجرة - الناظور", ["plenary"]),
           sp("فاطمة الزهراء بوعزة", "منسقة مشروع الهجرة والتنمية", "جمعية الشباب من أجل التنمية والهجرة - الناظور",
              ["roundtable"], 4),
           sp("سعيد الموساوي", "عضو المكتب", "جمعية الشباب من أجل التنمية والهجرة - الناظور", ["open_discussion"])],
            notes="Moroccan Darija from Gmail Android (plain text, base64, English quote header); three speakers "
                  "with three different roles in one list, each with an honorific to drop ('الأستاذ', 'السيدة', "
                  "'الأخ'); the shared affiliation is on a separate line after the list; 'المائدة المستديرة الرابعة'."),
       irt=INV_MID, sent_delta=6)


def m23():
    when = at("2021-01-29 16:45:02")
    text = """Lina - looping you in on this one. Can you take the lead? I think we should put someone forward for roundtable 1 (Samir?) and check with Sami whether the report can be ready by the 16th. Let's discuss Monday.

O.

Omar Farouk | Executive Director
Arab American Migration Policy Forum
Washington, DC

""" + outlook_hdr(sent="Thursday, January 28, 2021 2:30 AM") + "\n" + INV_ALL + "\n"
    body = alt(text, html_wrap(text2html(text)), "_000_BN8PR12MB3345E1D2C3B4_")
    mk(23, when, -5, "Omar Farouk <ofarouk@aampf.example.org>", "RE: " + INV_SUBJ, body,
       "<BN8PR12MB3345E1D2C3B4A5F6E7D8@BN8PR12MB3345.namprd12.prod.outlook.example.com>",
       "mail.aampf.example.org", "52.96.44.12", "4DSx0Yb3Nwz2",
       dict(category="other", language="en", acknowledge=True, on_time=None,
            notes="internal delegation note addressed to a colleague (To: Lina), with the mailbox only in Cc after a "
                  "reply-all; 'put someone forward for roundtable 1 (Samir?)' is a plan, not a nomination (no title or "
                  "affiliation for the candidate) and no report is attached; Date header -0500."),
       to="Lina Haddad <lhaddad@aampf.example.org>", cc="GCM Regional Review Arab States <gcmrrarabstates@iom.int>",
       irt=INV_MID, extra=[("Thread-Topic", INV_SUBJ)])


def m24():
    when = at("2021-02-13 12:00:18")
    text = """Bonjour,

Ci-joint le rapport collectif de notre plateforme ainsi que la liste des organisations signataires (annexe).

Bien à vous

-- 
Mohamed Lemine Ould Ahmed
Secrétaire général
Plateforme des Organisations de la Société Civile sur la Migration en Mauritanie (POSCMM)
Nouakchott

Le 28/01/2021 à 07:30, GCM Regional Review Arab States a écrit :
""" + gt(INV_FR) + "\n>\n> -----\n>\n" + gt(INV_EN) + "\n"
    pdf = make_pdf(["Plateforme des Organisations de la Societe Civile sur la Migration en Mauritanie (POSCMM)",
                    "Rapport collectif d'examen volontaire du PMM - 2021", "Synthese", "Recommandations"])
    docx = make_docx(["Annexe - Liste des organisations signataires", "1. AMDH Nouadhibou", "2. Association Femmes et Migration",
                      "3. Reseau Jeunesse Sahel"])
    body = multi("mixed", [leaf("text/plain", flowed(text), "utf-8", "quoted-printable", params=[("format", "flowed")]),
                           att(PDF, pdf, "Rapport_collectif_PMM_POSCMM.pdf"),
                           att(DOCX, docx, "Annexe_liste_signataires.docx")],
                 "------------A1B2C3D4E5F60718293A4B5C")
    mk(24, when, 0, "Mohamed Lemine Ould Ahmed <sg@poscmm.example.mr>", "Re: " + INV_SUBJ, body,
       "<3a4b5c6d-7e8f-4091-a2b3-c4d5e6f70819@poscmm.example.mr>",
       "mail.poscmm.example.mr", "41.188.64.30", "4DdT6Gm1Brz9",
       dict(category="voluntary_report", language="fr", acknowledge=True, on_time=True, speakers=[],
            report_attachments=["Rapport_collectif_PMM_POSCMM.pdf", "Annexe_liste_signataires.docx"],
            notes="Thunderbird, two-line body; collective report plus a DOCX annex (list of signatory "
                  "organisations) that is part of the submission; French and English parts of the invitation quoted "
                  "with '>'; Date header +0000 (Nouakchott)."),
       irt=INV_MID, extra=[("User-Agent", "Mozilla/5.0 (X11; Linux x86_64; rv:78.0) Gecko/20100101 Thunderbird/78.6.1")])


def main():
    for f in (m01, m02, m03, m04, m05, m06, m07, m08, m09, m10, m11, m12, m13, m14, m15, m16, m17, m18, m19,
              m20, m21, m22, m23, m24):
        f()
    os.makedirs(OUT, exist_ok=True)
    for n in os.listdir(OUT):
        p = os.path.join(OUT, n)
        if os.path.isfile(p):
            os.remove(p)
    labels = []
    for fname, data, lab in sorted(MESSAGES, key=lambda x: x[0]):
        assert len(data) < 1024 * 1024, fname
        with open(os.path.join(OUT, fname), "wb") as fh:
            fh.write(data)
        labels.append(lab)
    with open(os.path.join(OUT, "labels.json"), "w", encoding="utf-8", newline="\n") as fh:
        json.dump(labels, fh, ensure_ascii=False, indent=2)
        fh.write("\n")
    print("wrote %d messages to %s" % (len(MESSAGES), OUT))


if __name__ == "__main__":
    main()
