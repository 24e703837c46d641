#!/usr/bin/env python3
"""Write the blind evaluation set holdout133 (24 raw .eml messages + labels.json).

Deterministic, standard library only:  python3 tests/data/make_eval_sets133.py
Theme: Palestinian, Syrian and Iraqi refugee community organisations in camps and host cities
(Lebanon, Jordan, Syria, Iraq): popular committees, camp youth centres, women's committees,
UNRWA / UNHCR partners writing for them.
"""
import base64
import datetime as dt
import json
import os
from email.message import Message
from mailgen import (HERE, BOX, POL, rfcdate, at, tz, hdr, re_hdr, addr, leaf, multi,
                     html_wrap, esc, text2html, flowed, make_pdf, make_docx, make_png, DOCX,
                     rfc2231, b_word, top, serialize, sp, std_rows)
from mailgen import POSTFIX_NOTICE

OUT = os.path.join(HERE, "holdout133")


# ---------------------------------------------------------------- message assembly


MESSAGES = []


def add(num, when, msg, label):
    fname = "h133-%02d.eml" % num
    lab = {"file": fname, "received_at": when.isoformat()}
    lab.update(label)
    full = {k: lab.get(k) for k in ["file", "received_at", "category", "language", "acknowledge", "on_time",
                                    "speakers", "report_attachments", "thread_of", "notes"]}
    for k, default in (("speakers", []), ("report_attachments", []), ("thread_of", None)):
        if full[k] is None and default is not None:
            full[k] = default
    MESSAGES.append((fname, serialize(msg), full))


# ================================================================ small builders for this set
def gmail_alt(text, bnd, cte="base64"):
    html = '<div dir="auto">' + text2html(text) + "</div>\n"
    return multi("alternative", [leaf("text/plain", text, "UTF-8", cte), leaf("text/html", html, "UTF-8", cte)], bnd)


def gmail_rtl_alt(text, bnd):
    html = '<div dir="rtl">' + text2html(text) + "</div>\n"
    return multi("alternative", [leaf("text/plain", text, "UTF-8", "base64"),
                                 leaf("text/html", html, "UTF-8", "base64")], bnd)


def attach(ctype, data, name, style="gmail", disp="attachment"):
    """An attachment part; style picks how the file name is written."""
    a = Message(policy=POL)
    if style == "gmail":       # RFC 2047 encoded words inside quotes (Gmail)
        try:
            name.encode("ascii")
            n = '"%s"' % name
        except UnicodeEncodeError:
            n = '"%s"' % b_word(name)
        a["Content-Type"] = "%s; name=%s" % (ctype, n)
        a["Content-Disposition"] = "%s; filename=%s" % (disp, n)
    elif style == "2231":      # Thunderbird / Apple: RFC 2231
        a["Content-Type"] = "%s;\r\n name*=%s" % (ctype, rfc2231(name))
        a["Content-Disposition"] = "%s;\r\n filename*=%s" % (disp, rfc2231(name))
    else:                      # plain ASCII, Outlook
        a["Content-Type"] = '%s; name="%s"' % (ctype, name)
        a["Content-Disposition"] = '%s; filename="%s"; size=%d' % (disp, name, len(data))
    a["Content-Transfer-Encoding"] = "base64"
    a.set_payload(base64.encodebytes(data).decode("ascii"))
    return a


GMAIL = "mail-ej1-f%d.google.example.com"


def gm_rows(when, n, qid, frm, subject, sent, mid, ret, extra=None):
    rows = std_rows(when, GMAIL % n, "209.85.218.%d" % n, qid, frm, subject, sent, mid, ret=ret)
    return rows + list(extra or [])


# ================================================================ the 24 messages
def m01():
    when = at("2021-01-27 10:42:18")
    sent = when - dt.timedelta(seconds=6)
    text = """الإخوة الكرام في الشبكة الإقليمية للأمم المتحدة المعنية بالهجرة
تحية طيبة وبعد،

بالإشارة إلى رسالة الدعوة الخاصة بالمراجعة الإقليمية للاتفاق العالمي من أجل الهجرة في المنطقة العربية، يتشرف أمين سر اللجنة الشعبية لمخيم البداوي – شمال لبنان بأن يرشح رئيس اللجنة، الحاج خالد يوسف عبد الرحمن (أبو خالد)، لإلقاء مداخلة في الجلسة العامة للمؤتمر، يعرض فيها أوضاع اللاجئين الفلسطينيين في المخيم بعد جائحة كورونا والانهيار الاقتصادي في لبنان، ولا سيما أوضاع العمال المياومين والعائلات المهجّرة من مخيمات سوريا.

أبو خالد يتابع ملف العلاقة مع الأونروا والبلدية منذ عام ٢٠١٢ ومعروف لدى الأهالي وكل المؤسسات العاملة في المخيم.
للتواصل معه مباشرة (واتساب): ‎+961 70 412 386

وتفضلوا بقبول فائق الاحترام،

محمود عطية (أبو العبد)
أمين سر اللجنة الشعبية
مخيم البداوي – طرابلس
"""
    body = gmail_rtl_alt(text, "000000000000f41c8a05b9e27d31")
    rows = gm_rows(when, 41, "4DQm1s3Lq2z6", addr("محمود عطية", "abulabed.beddawi@gmail.example.com"),
                   hdr("ترشيح رئيس اللجنة الشعبية للمشاركة في المراجعة الإقليمية"), rfcdate(sent),
                   "<CAJ7uYx2pQ+Wn3kB0dHk4rT6vE8sL1mZ9cF2aG5hN7jR0tXb@mail.gmail.example.com>",
                   "abulabed.beddawi@gmail.example.com")
    add(1, when, top(body, rows), dict(category="speaker_request", language="ar", acknowledge=True, on_time=True,
        speakers=[sp("خالد يوسف عبد الرحمن", "رئيس اللجنة", "اللجنة الشعبية لمخيم البداوي", ["plenary"])],
        notes="the sender (secretary of the popular committee, with his own kunya and post in the signature) "
              "proposes the committee head; speaker named with the pilgrim honorific 'الحاج' and the kunya "
              "'(أبو خالد)' in brackets, then called only 'أبو خالد'; the committee is named with its camp "
              "('لمخيم البداوي') followed by a region after a dash ('– شمال لبنان', not part of the affiliation); "
              "title is the generic 'رئيس اللجنة'; plenary written 'مداخلة في الجلسة العامة'."))


def m02():
    when = at("2021-01-29 14:05:51")
    sent = when - dt.timedelta(seconds=12)
    text = """Dear GCM Regional Review team,

I am writing from the Tigris Relief and Development Organisation (TRDO), a UNHCR implementing partner for community-based protection in the camps of Duhok and Erbil governorates.

We would like to recommend a refugee leader from Domiz 1 camp as a speaker for the Regional Review. Mr. Hawar Sheikhmous is the elected Chairperson of the Domiz Camp Refugee Committee (DCRC) and has represented the Syrian refugees of the camp in coordination meetings with UNHCR, the camp management and the local authorities since 2014. He speaks Kurdish and Arabic, so Arabic interpretation would be needed.

We think he would bring a strong refugee voice to the third thematic roundtable - or, if that is not possible, to a floor intervention in the plenary. TRDO will provide a laptop and a stable connection from our Duhok office on the day.

To be clear, I am not proposing myself. Hawar does not use email much, so please copy me on any correspondence and I will make sure it reaches him.

Best regards,

Shler Omar
Protection Officer - Community-Based Protection
Tigris Relief and Development Organisation (TRDO)
UNHCR Implementing Partner | Duhok, Kurdistan Region of Iraq
Mob: +964 750 318 2240

This e-mail and any attachments are confidential and intended solely for the addressee. If you have received it in error please notify the sender and delete it.
"""
    html = html_wrap('<div class="WordSection1"><p class="MsoNormal">' + text2html(text).replace("<p>", '<p class="MsoNormal">') + "</p></div>")
    body = multi("alternative", [leaf("text/plain", text, "us-ascii", "7bit"), leaf("text/html", html, "us-ascii", "quoted-printable")],
                 "_000_VI1PR0602MB3341A7C2E9D04F1B8E6A2C10B9C70VI1PR0602MB3341_")
    rows = std_rows(when, "mail-vi1eur05.outbound.protection.outlook.example.com", "40.107.21.92", "4DRv3c6Hs1z4",
                    "Shler Omar <s.omar@trdo-iq.example.org>",
                    "Recommendation of a refugee speaker - Domiz camp (GCM Regional Review)", rfcdate(tz(sent, 3)),
                    "<VI1PR0602MB3341A7C2E9D04F1B8E6A2C10B9C70@VI1PR0602MB3341.eurprd06.prod.outlook.example.com>",
                    ret="s.omar@trdo-iq.example.org")
    rows += [("Thread-Topic", "Recommendation of a refugee speaker - Domiz camp (GCM Regional Review)"),
             ("Thread-Index", "AQHW9kLwZr3q8mY0xkSa1FhT9cJv2A=="), ("Accept-Language", "en-US"),
             ("Content-Language", "en-US"), ("X-MS-Has-Attach", ""), ("X-MS-TNEF-Correlator", "")]
    add(2, when, top(body, rows), dict(category="speaker_request", language="en", acknowledge=True, on_time=True,
        speakers=[sp("Hawar Sheikhmous", "Chairperson", "Domiz Camp Refugee Committee (DCRC)", ["roundtable", "plenary"], 3)],
        notes="a UNHCR implementing partner's protection officer (full signature, explicitly 'not proposing myself') "
              "recommends a refugee leader who has no email; title inside the prose ('the elected Chairperson of the "
              "...'); roundtable as 'the third thematic roundtable', plenary only as a fallback; Date in UTC+3; "
              "the sender's organisation is not the speaker's."))


def m03():
    when = at("2021-01-31 09:17:03")
    sent = when - dt.timedelta(seconds=31)
    text = """Bonjour,

Je me permets de vous écrire au nom de plusieurs personnes qui fréquentent notre espace communautaire à Chatila. Beaucoup de réfugiés syriens et de palestiniens de Syrie chez nous n'ont plus de permis de séjour valide (la résidence a expiré depuis 2019 pour la plupart et ils ne peuvent pas la renouveler, ça coûte trop cher).

Ma question : est-ce qu'ils peuvent quand même participer en ligne à la consultation du 23 février ? Il faut s'inscrire avec un passeport ou une carte d'identité ? Et est-ce que la liste des participants est partagée avec les autorités libanaises ?? Les gens ont peur, vous comprenez... certains voudraient même prendre la parole mais pas si leur nom circule.

Merci d'avance pour votre réponse et bon courage pour l'organisation.

Nadine

Envoyé de mon iPhone
"""
    body = leaf("text/plain", text, "utf-8", "quoted-printable")
    rows = std_rows(when, "smtp.espacechatila.example.org", "185.89.86.14", "4DS4nT0bV7z2",
                    "Nadine S. <nadine@espacechatila.example.org>",
                    hdr("Participation en ligne sans papiers de séjour ?", "utf-8", "Q"), rfcdate(sent),
                    "<8A41C2F0-7D3E-4B95-A1E6-3F0C9D2B7E54@espacechatila.example.org>",
                    ret="nadine@espacechatila.example.org")
    rows += [("X-Mailer", "iPhone Mail (18C66)")]
    m = top(body, rows)
    m.replace_header("Content-Type", "text/plain; charset=utf-8")
    add(3, when, m, dict(category="other", language="fr", acknowledge=True, on_time=None,
        notes="question whether refugees without valid residency can attend online and whether participant "
              "lists are shared with the authorities; mentions that some would like to 'prendre la parole' but "
              "proposes nobody; first name only, iPhone, Levantine French."))


M04_ID = "<CAK3hPq8Zt1mR6wN9vB2yF4cL0sD7eJ5aX8gU3iO1kT6nM2r@mail.gmail.example.com>"
M04_SUBJ = "ترشيح من ملتقى اللاجئين السوريين - المفرق"
M04_TEXT = """مرحبا،

معكم أبو محمد من ملتقى اللاجئين السوريين بالمفرق. وصلتنا الدعوة عن طريق شركاء المفوضية وحابين نشارك بالمراجعة الإقليمية للاتفاق العالمي للهجرة.

بدنا نرشح اثنين:
1- أبو محمد (أنا)، منسق الملتقى، حابب احكي بالطاولة المستديرة التانية عن شغل اللاجئين وتصاريح العمل بالزراعة والإنشاءات
2- الأخت ريم الزعبي، مسؤولة لجنة المرأة بالملتقى، للنقاش المفتوح يوم 23 شباط

الملتقى مبادرة تطوعية بيديرها لاجئين سوريين بمحافظة المفرق من 2015، ما عنا تسجيل رسمي بس شغالين مع كذا منظمة.

ويعطيكم العافية

--
محمد عبد الكريم الحريري
منسق ملتقى اللاجئين السوريين – المفرق
واتساب: +962 79 651 0473
"""


def m04():
    when = at("2021-02-01 20:33:40")
    sent = when - dt.timedelta(seconds=4)
    body = gmail_rtl_alt(M04_TEXT, "000000000000a93e1705ba4f0c28")
    rows = gm_rows(when, 52, "4DTh6p1Kc8z3", addr("Mohammad Alhariri", "m.alhariri.mafraq@gmail.example.com"),
                   hdr(M04_SUBJ), rfcdate(sent), M04_ID, "m.alhariri.mafraq@gmail.example.com")
    aff = "ملتقى اللاجئين السوريين"
    add(4, when, top(body, rows), dict(category="speaker_request", language="ar", acknowledge=True, on_time=True,
        speakers=[sp("محمد عبد الكريم الحريري", "منسق الملتقى", aff, ["roundtable"], 2),
                  sp("ريم الزعبي", "مسؤولة لجنة المرأة", aff, ["open_discussion"])],
        notes="Syrian refugee-led group in Jordan, Levantine colloquial; the sender proposes himself only by his "
              "kunya ('أبو محمد (أنا)'), his full name is only in the signature (display name in Latin letters); "
              "second speaker with a committee post; roundtable as colloquial 'التانية'; open discussion as "
              "'النقاش المفتوح يوم 23 شباط'; city after a dash in the signature and 'بالمفرق' in the body are not "
              "part of the affiliation. A correction follows (h133-08)."))


M05_ID = "<CAM9wQe4Rt7yU1iO3pA6sD8fG0hJ2kL5zX7cV9bN4mQ1wE3r@mail.gmail.example.com>"
M05_SUBJ = "تقرير لجنة المرأة - مخيم البقعة"


def m05():
    when = at("2021-02-02 11:08:26")
    sent = when - dt.timedelta(seconds=9)
    text = """السلام عليكم ورحمة الله وبركاته

مرفق لحضراتكم تقرير لجنة المرأة في مخيم البقعة كمساهمة طوعية في المراجعة الإقليمية للاتفاق العالمي للهجرة، عن أوضاع النساء اللاجئات الفلسطينيات وبنات العائلات اللي إجت من سوريا.

أنا سماح، متطوعة مع اللجنة، وبعتت التقرير من إيميل اللجنة لأنه المنسقة أم أحمد ما بتعرف تفتحه من جوالها. إذا في أي ملاحظة ابعتولنا على نفس الإيميل.

مع الشكر
سماح
"""
    name = "تقرير لجنة المرأة - مخيم البقعة 2021.docx"
    doc = make_docx(["لجنة المرأة - مخيم البقعة", "مساهمة طوعية في المراجعة الإقليمية للاتفاق العالمي للهجرة 2021",
                     "1. مقدمة", "2. العمل غير المنظم للنساء", "3. الوثائق المدنية لأبناء العائلات القادمة من سوريا",
                     "4. التوصيات"])
    body = multi("mixed", [gmail_rtl_alt(text, "0000000000007c52e305ba5a1b44"), attach(DOCX, doc, name)],
                 "0000000000007c52e505ba5a1b46")
    rows = gm_rows(when, 60, "4DTz2b8Pd5z1", addr("لجنة المرأة مخيم البقعة", "women.committee.baqaa@gmail.example.com"),
                   hdr(M05_SUBJ), rfcdate(sent), M05_ID, "women.committee.baqaa@gmail.example.com")
    add(5, when, top(body, rows), dict(category="voluntary_report", language="ar", acknowledge=True, on_time=True,
        report_attachments=[name],
        notes="women's committee report as DOCX with an Arabic RFC 2047 file name, sent by a volunteer (first name "
              "only) from the committee's shared Gmail account whose display name is the committee; the coordinator "
              "is named only by kunya 'أم أحمد'; Levantine colloquial; no speaker proposed."))


def m06():
    when = at("2021-02-02 15:41:09")
    sent = when - dt.timedelta(seconds=15)
    inner = """<div class="WordSection1">
<p class="MsoNormal">Dear colleagues,</p>
<p class="MsoNormal">&nbsp;</p>
<p class="MsoNormal">I am the youth programme focal point at UNRWA Lebanon Field Office (Saida area). Several camp youth centres in Ein El Hilweh and Mieh Mieh would like to follow the multi-stakeholder consultation on 23 February. Two practical questions:</p>
<ol>
<li class="MsoListParagraph">Can a group of 10-15 young people follow from one room with a single Zoom link, or does every person need to register individually?</li>
<li class="MsoListParagraph">Will the sessions be recorded and shared afterwards? Power cuts in the camps are 12+ hours a day at the moment, so a live connection is not guaranteed.</li>
</ol>
<p class="MsoNormal">There are no speakers from our side at this stage &#8211; the centres may write to you directly.</p>
<p class="MsoNormal">&nbsp;</p>
<p class="MsoNormal">Many thanks,</p>
<p class="MsoNormal"><b>Rami Kassem</b><br>Youth Programme Officer<br>UNRWA Lebanon Field Office | Saida Area Office</p>
</div>"""
    body = leaf("text/html", html_wrap(inner), "windows-1252", "quoted-printable")
    rows = std_rows(when, "mail-db8eur05.outbound.protection.outlook.example.com", "40.107.20.61", "4DV1cR9Fm2z7",
                    "Rami Kassem <r.kassem@unrwa.example.org>",
                    "Youth centres following the 23 Feb consultation - group connection?", rfcdate(tz(sent, 0)),
                    "<DB7PR08MB3049C61F2A8E4D0B7C93E5A1D0B60@DB7PR08MB3049.eurprd08.prod.outlook.example.com>",
                    ret="r.kassem@unrwa.example.org")
    rows += [("Thread-Topic", "Youth centres following the 23 Feb consultation - group connection?"),
             ("Thread-Index", "AdbpG8x3Y1mQ0rT5SUeVkZ2nP9w4Lg=="), ("Content-Language", "en-GB")]
    add(6, when, top(body, rows), dict(category="other", language="en", acknowledge=True, on_time=None,
        notes="HTML-only Outlook message (windows-1252, numbered <ol>) from UNRWA staff with logistics questions "
              "(group connection, recordings); says explicitly that no speaker is proposed; Date header in UTC."))


def m07():
    when = at("2021-02-03 12:26:44")
    sent = when - dt.timedelta(seconds=22)
    text = """Madame, Monsieur,

Suite à votre lettre d'invitation à l'examen régional du Pacte mondial sur les migrations, le Centre de jeunesse Beit Al-Shabab (CJBS) du camp de Mar Elias à Beyrouth a le plaisir de vous proposer la candidature suivante :

Nom : ABOU RACHED Lina
Fonction : Responsable du programme jeunesse et plaidoyer
Organisation : Centre de jeunesse Beit Al-Shabab (CJBS)
Type d'intervention souhaité : intervention dans la table ronde thématique n°4

Lina a 26 ans, elle est née et a grandi dans le camp ; elle anime depuis trois ans notre groupe de plaidoyer sur l'accès des jeunes réfugiés palestiniens au marché du travail libanais.

Nous restons à votre entière disposition.

Veuillez agréer, Madame, Monsieur, l'expression de nos salutations distinguées.

Georges Khoury
Directeur
Centre de jeunesse Beit Al-Shabab
Camp de Mar Elias, Beyrouth - Liban
Tél. : +961 1 300 472
"""
    html = html_wrap('<div class="WordSection1">' + text2html(text).replace("<p>", '<p class="MsoNormal">') + "</div>", None, "iso-8859-1")
    body = multi("alternative", [leaf("text/plain", text, "iso-8859-1"), leaf("text/html", html, "iso-8859-1")],
                 "----=_NextPart_000_0047_01D6FA2C.8E3B1F90")
    rows = std_rows(when, "mail.cjbs-liban.example.org", "178.135.8.201", "4DVq7k2Hn0z5",
                    addr("Georges Khoury", "direction@cjbs-liban.example.org"),
                    hdr("Candidature - prise de parole - Centre de jeunesse Beit Al-Shabab", "iso-8859-1", "Q"),
                    rfcdate(sent), "<004701d6fa2c$8e3b1f90$aab15eb0$@cjbs-liban.example.org>",
                    ret="direction@cjbs-liban.example.org")
    rows += [("X-Mailer", "Microsoft Outlook 16.0"), ("Thread-Index", "AdbqLI47H5CqsV6wRmOdYb3uK1x2Fw=="),
             ("Content-Language", "fr")]
    add(7, when, top(body, rows), dict(category="speaker_request", language="fr", acknowledge=True, on_time=True,
        speakers=[sp("Lina Abou Rached", "Responsable du programme jeunesse et plaidoyer",
                     "Centre de jeunesse Beit Al-Shabab (CJBS)", ["roundtable"], 4)],
        notes="labelled lines (Nom / Fonction / Organisation) with the name SURNAME-first in capitals ('ABOU "
              "RACHED Lina', a two-word surname); the director signing is not the speaker; camp and city after the "
              "organisation are not part of it; 'table ronde thématique n°4'; Outlook iso-8859-1 QP."))


def m08():
    when = at("2021-02-03 19:02:15")
    sent = when - dt.timedelta(seconds=5)
    quoted = "\n".join(("> " + l) if l else ">" for l in M04_TEXT.rstrip("\n").split("\n"))
    text = """تصحيح بسيط لو سمحتو:
اسم الأخت ريم الكامل ريم عدنان الزعبي، وهي منسقة لجنة المرأة مش مسؤولة (غلطت بالإيميل الأول). وإذا في مجال كمان بتحب تكون مقررة وتقرأ الرسائل الرئيسية، غير النقاش المفتوح.

الباقي متل ما هو.
أبو محمد

في الاثنين، 1 فبراير 2021 في 8:33 م، Mohammad Alhariri <m.alhariri.mafraq@gmail.example.com> كتب:
""" + quoted + "\n"
    body = gmail_rtl_alt(text, "000000000000d7a02805ba6b3e91")
    rows = gm_rows(when, 52, "4DW3fZ5Tr9z8", addr("Mohammad Alhariri", "m.alhariri.mafraq@gmail.example.com"),
                   re_hdr("Re: ", M04_SUBJ), rfcdate(sent),
                   "<CAK3hPq9Yu2nS7xO0wC3zG5dM1tE8fK6bY9hV4jP2lU7oN3s@mail.gmail.example.com>",
                   "m.alhariri.mafraq@gmail.example.com",
                   extra=[("In-Reply-To", M04_ID), ("References", M04_ID)])
    add(8, when, top(body, rows), dict(category="speaker_request", language="ar", acknowledge=True, on_time=True,
        speakers=[sp("ريم عدنان الزعبي", "منسقة لجنة المرأة", "ملتقى اللاجئين السوريين",
                     ["open_discussion", "rapporteur"])],
        thread_of="h133-04.eml",
        notes="Gmail reply to his own message correcting the second speaker's full name and title and adding the "
              "rapporteur role ('كمان بتحب تكون مقررة ... غير النقاش المفتوح'); the first speaker is unchanged "
              "('الباقي متل ما هو') and only in the quoted text; signed with the kunya only; affiliation only in the "
              "quote."))


def m09():
    when = at("2021-02-04 10:15:37")
    sent = when - dt.timedelta(seconds=18)
    name = "GCCDC_GCM_Voluntary_Report_Feb2021.pdf"
    text = """Dear Sir/Madam,
السلام عليكم

Please find attached the voluntary GCM review report prepared by the Gaza Camp Community Development Centre (GCCDC) in Jerash, with inputs from the camp's popular committee and the women's programme centre. The report focuses on ex-Gazan refugees in Jordan who hold temporary passports and have no national ID number (access to work, health, university).

Also we would like to propose our director Ms. Amal Abu Hashhash to serve as rapporteur, delivering the key messages of the stakeholders, if the organisers see it fit. She took part in the national GCM consultation in Amman last year.

Her details:
Amal Abu Hashhash - Director - GCCDC

Thank you and best regards,
Yousef Abu Zeid
Programme Assistant
Gaza Camp Community Development Centre
Jerash, Jordan
"""
    pdf = make_pdf(["Gaza Camp Community Development Centre (GCCDC) - Jerash",
                    "Voluntary GCM Review Report - February 2021",
                    "Ex-Gazan refugees in Jordan: temporary passports, work and services",
                    "Prepared with the Gaza Camp Popular Committee and the Women's Programme Centre"])
    body = multi("mixed", [gmail_alt(text, "0000000000002e8b4105ba7c9d02", "quoted-printable"),
                           attach("application/pdf", pdf, name)], "0000000000002e8b4305ba7c9d04")
    rows = gm_rows(when, 35, "4DWM0x3Ra6z2", "Yousef Abu Zeid <gccdc.jerash@gmail.example.com>",
                   "GCM voluntary report + rapporteur nomination - GCCDC Jerash", rfcdate(sent),
                   "<CAH2jLm5Qw8eR1tY4uI7oP0aS3dF6gH9jK2lZ5xC8vB1nM4q@mail.gmail.example.com>",
                   "gccdc.jerash@gmail.example.com")
    add(9, when, top(body, rows), dict(category="both", language="en", acknowledge=True, on_time=True,
        speakers=[sp("Amal Abu Hashhash", "Director", "Gaza Camp Community Development Centre (GCCDC)", ["rapporteur"])],
        report_attachments=[name],
        notes="report PDF and a rapporteur nomination in one mail; speaker details as a dash-separated line using "
              "only the acronym, the full name of the centre is in the first paragraph; Arabic greeting line in an "
              "English message; the sender (programme assistant) is not the speaker; 'Ms.' is an honorific."))


M10_ID = "<3b7f2e91-6c0a-4d58-a1f3-9e2c7b5d0a48@andc-liban.example.org>"
M10_SUBJ = "Rapport collectif - comités de réfugiés syriens de la Békaa"
M10_NAME = "Rapport_collectif_comités_réfugiés_Békaa.pdf"
M10_TEXT = """Bonjour,

Veuillez trouver ci-joint le rapport volontaire collectif préparé par cinq comités de réfugiés syriens des campements informels de Bar Elias et Saadnayel, avec l'appui de notre association, dans le cadre de l'examen régional du Pacte mondial pour des migrations sûres, ordonnées et régulières.

Le rapport a été rédigé en arabe puis traduit ; une version corrigée de la traduction pourrait suivre dans quelques jours.

Bien à vous,

-- 
Maya Fares
Chargée de projets
Association Nour pour le développement communautaire (ANDC)
Zahlé - Liban
"""


def m10():
    when = at("2021-02-04 16:48:02")
    sent = when - dt.timedelta(seconds=33)
    t = leaf("text/plain", flowed(M10_TEXT), "UTF-8", "8bit", params=[("format", "flowed")])
    pdf = make_pdf(["Rapport volontaire collectif - Examen regional du PMM 2021",
                    "Comites de refugies syriens de Bar Elias et Saadnayel (Bekaa, Liban)",
                    "Avec l'appui de l'Association Nour pour le developpement communautaire (ANDC)",
                    "1. Logement et expulsions  2. Residence legale  3. Education des enfants"])
    body = multi("mixed", [t, attach("application/pdf", pdf, M10_NAME, "2231")],
                 "------------A4E2C07B91D35F6E8B0C1D27")
    rows = std_rows(when, "smtp.andc-liban.example.org", "91.232.100.37", "4DWf5n8Jk1z9",
                    "Maya Fares <m.fares@andc-liban.example.org>", hdr(M10_SUBJ, "utf-8", "Q"),
                    rfcdate(sent), M10_ID, ret="m.fares@andc-liban.example.org")
    rows += [("User-Agent", "Mozilla/5.0 (X11; Linux x86_64; rv:78.0) Gecko/20100101 Thunderbird/78.7.0"),
             ("Content-Language", "fr")]
    add(10, when, top(body, rows), dict(category="voluntary_report", language="fr", acknowledge=True, on_time=True,
        report_attachments=[M10_NAME],
        notes="collective report of five refugee committees sent by the supporting association; Thunderbird "
              "format=flowed 8bit, RFC 2231 file name with accents; announces a corrected version (h133-20)."))


def m11():
    when = at("2021-02-05 09:12:55")
    sent = when - dt.timedelta(seconds=7)
    text = """Hello GCM team, مرحبا

We are a youth group in Kawergosk camp (Erbil), Syrian Kurdish refugees. We want to propose 2 young speakers for the regional review:

- from Kawergosk Camp Youth Centre, our volunteer coordinator Dilan Hasso -- plenary session please
- Volunteer trainer at the same centre: Ahmad Jumaa, he can speak Arabic and English -- any roundtable is ok for him

Both are refugees themselves (22 and 24 yrs old). sorry for the short email, we have internet only in the centre.

Thanks a lot, شكراً جزيلاً
Baran
Kawergosk Camp Youth Centre
"""
    body = gmail_alt(text, "000000000000519fb205ba8a7e63", "quoted-printable")
    rows = std_rows(when, "sonic309-21.consmr.mail.ir2.yahoo.example.com", "77.238.177.147", "4DWz8r2Mv3z6",
                    "Baran K <baran.kcyc@yahoo.example.com>", "speakers from Kawergosk youth centre",
                    rfcdate(tz(sent, 3)), "<1146250913.2841733.1612505568094@mail.yahoo.example.com>",
                    ret="baran.kcyc@yahoo.example.com")
    rows += [("X-Mailer", "WebService/1.1.17648 YMailNorrin")]
    aff = "Kawergosk Camp Youth Centre"
    add(11, when, top(body, rows), dict(category="speaker_request", language="en", acknowledge=True, on_time=True,
        speakers=[sp("Dilan Hasso", "volunteer coordinator", aff, ["plenary"]),
                  sp("Ahmad Jumaa", "Volunteer trainer", aff, ["roundtable"])],
        notes="two speakers in a dashed list with organisation/title before the name ('from X, our volunteer "
              "coordinator NAME', 'Volunteer trainer at the same centre: NAME'); 'any roundtable' = roundtable "
              "role without a number; English with Arabic greeting and thanks; sender known only as 'Baran'; "
              "Date in UTC+3."))


def m12():
    when = at("2021-02-05 17:30:10")
    sent = when - dt.timedelta(seconds=26)
    text = """Bonjour,

Nous sommes l'Association des femmes syriennes de Tripoli (AFST), une petite association de réfugiées syriennes installée au Liban-Nord depuis 2014. On n'a pas les moyens de faire un vrai rapport en PDF, alors voici notre contribution à l'examen volontaire directement dans ce mail :

1) Documentation (objectif 4) : la majorité des enfants nés au Liban depuis 2016 dans nos familles n'ont pas d'acte de naissance enregistré auprès du Noufous, à cause du coût et des papiers de résidence exigés des parents.
2) Travail (objectif 6) : les femmes travaillent dans l'agriculture et le ménage sans contrat, souvent payées moins de la moitié du salaire convenu.
3) Accès aux services (objectif 15) : depuis la crise des banques, l'aide en cash ne couvre plus le loyer, beaucoup de familles ont été expulsées.
4) Nos recommandations : une procédure simple et gratuite pour l'enregistrement des naissances, et une protection contre les expulsions.

Aussi nous voulons proposer notre présidente, Mme Ghada AL-AHMAD, pour intervenir dans la table ronde thématique 2 ou sinon en séance plénière.

Cordialement,
Fatima Hamwi, secrétaire de l'association
AFST - Tripoli, Liban
"""
    body = multi("alternative", [leaf("text/plain", text, "UTF-8", "quoted-printable"),
                                 leaf("text/html", '<div dir="ltr">' + text2html(text) + "</div>\n", "UTF-8", "quoted-printable")],
                 "000000000000c1d5e605ba91f0a7")
    rows = gm_rows(when, 47, "4DXK1w5Qb8z0", "AFST Tripoli <afst.tripoli@gmail.example.com>",
                   hdr("Contribution de l'AFST à l'examen régional + intervenante", "utf-8", "Q"), rfcdate(sent),
                   "<CAE5nR2tY8uI1oP4aS7dF0gH3jK6lZ9xC2vB5nM8qW1eR4tY@mail.gmail.example.com>",
                   "afst.tripoli@gmail.example.com")
    add(12, when, top(body, rows), dict(category="both", language="fr", acknowledge=True, on_time=True,
        speakers=[sp("Ghada Al-Ahmad", "présidente", "Association des femmes syriennes de Tripoli (AFST)",
                     ["roundtable", "plenary"], 2)],
        notes="voluntary report written in the body (numbered points, no attachment) plus a speaker proposal; "
              "surname in capitals after the given name ('Ghada AL-AHMAD'); 'de Tripoli' is part of the "
              "association's name in the body, while '- Tripoli, Liban' after the acronym in the signature is not; "
              "roundtable 2 with plenary as fallback; sent by the secretary from a shared account."))


def m13():
    when = at("2021-02-05 23:57:10")
    sent = when - dt.timedelta(seconds=12)
    rows_t = [("الاسم", "الصفة", "الجهة", "نوع المشاركة"),
              ("د. سامر ناجي العلي", "عضو الهيئة الإدارية", "تجمع فلسطينيي العراق", "مداخلة في الجلسة العامة")]
    text = """السادة الشبكة الإقليمية للأمم المتحدة المعنية بالهجرة المحترمين

نرجو التكرم بقبول ترشيحنا للمشاركة في المؤتمر الإقليمي لمراجعة الاتفاق العالمي للهجرة، مع الاعتذار عن التأخير بسبب انقطاع الكهرباء والإنترنت في مجمع البلديات طوال اليوم. تفاصيل المرشح في الجدول أدناه:

""" + "\n".join("\t".join(r) for r in rows_t) + """

مع التقدير
سامر العلي
بغداد
"""
    table = ('<table border="1" cellspacing="0" cellpadding="4" dir="rtl" style="border-collapse:collapse">'
             + "".join("<tr>" + "".join(("<th>%s</th>" if i == 0 else "<td>%s</td>") % esc(c) for c in r) + "</tr>"
                       for i, r in enumerate(rows_t)) + "</table>")
    paras = text.split("\n\n")
    inner = (text2html(paras[0]) + text2html(paras[1]) + table + text2html(paras[3]))
    html = html_wrap('<div dir="rtl" style="font-family:Tahoma">' + inner + "</div>", "rtl")
    body = multi("alternative", [leaf("text/plain", text, "utf-8", "base64"), leaf("text/html", html, "utf-8", "base64")],
                 "----=_Part_1742_1980421577.1612562218870")
    rows = std_rows(when, "mail.iraqpal.example.org", "37.236.14.90", "4DXd3h9Wp2z4",
                    addr("سامر العلي", "samer.alali@iraqpal.example.org"),
                    hdr("ترشيح للمشاركة – تجمع فلسطينيي العراق"), rfcdate(tz(sent, 3)),
                    "<1983442057.1741.1612562218870@mail.iraqpal.example.org>", ret="samer.alali@iraqpal.example.org")
    rows += [("X-Mailer", "Zimbra 8.8.15_GA_3869 (ZimbraWebClient - GC88 (Win)/8.8.15_GA_3869)")]
    add(13, when, top(body, rows), dict(category="speaker_request", language="ar", acknowledge=True, on_time=True,
        speakers=[sp("سامر ناجي العلي", "عضو الهيئة الإدارية", "تجمع فلسطينيي العراق", ["plenary"])],
        notes="deadline edge: received 23:57:10 Beirut on Fri 5 Feb (on time) but the Date header, written in "
              "Baghdad time (UTC+3), reads Sat 6 Feb 00:56; the sender apologises for being late; speaker details "
              "only in an HTML table (tab-separated in the text part) with the honorific 'د.' in the name cell; "
              "the sender proposes himself (short name in signature)."))


def m14():
    when = at("2021-02-06 00:04:31")
    sent = when - dt.timedelta(seconds=29)
    text = """Bonsoir,

Je vous écris au nom de l'association Solidarité Camps Liban, qui accompagne depuis Paris plusieurs comités du camp de Rashidieh (Tyr).

Nous souhaitons proposer Mme Hanane ABOU ALI, présidente du Comité des femmes du camp de Rashidieh, pour une intervention dans l'une des tables rondes thématiques, idéalement celle qui traitera de la protection. Elle s'exprimera en arabe.

J'espère que ce message arrive bien dans les délais, nous sommes encore le 5 février !

Bien cordialement,
Claire Morel
Bénévole - Solidarité Camps Liban
"""
    body = multi("alternative", [leaf("text/plain", text, "UTF-8", "quoted-printable"),
                                 leaf("text/html", '<div dir="ltr">' + text2html(text) + "</div>\n", "UTF-8", "quoted-printable")],
                 "000000000000f0a3b905ba9c2d58")
    rows = gm_rows(when, 66, "4DXf0q4Ns7z3", hdr("Claire Morel", "utf-8", "Q"), "Proposition d'intervenante - Rashidieh",
                   rfcdate(tz(sent, 1)), "<CAB1xT6yU9iO2pA5sD8fG1hJ4kL7zX0cV3bN6mQ9wE2rT5y@mail.gmail.example.com>",
                   "claire.morel.scl@gmail.example.com")
    rows = [(k, ("Claire Morel <claire.morel.scl@gmail.example.com>" if k == "From" else v)) for k, v in rows]
    add(14, when, top(body, rows), dict(category="speaker_request", language="fr", acknowledge=True, on_time=False,
        speakers=[sp("Hanane Abou Ali", "présidente", "Comité des femmes du camp de Rashidieh", ["roundtable"])],
        notes="deadline edge: Date header 'Fri, 5 Feb 2021 23:04:02 +0100' (Paris) and the sender insists it is "
              "still 5 February, but it was received 00:04:31 Beirut on Sat 6 Feb: late; the volunteer of a "
              "Paris support association proposes a camp women's committee president (surname in capitals); "
              "roundtable role without a number ('celle qui traitera de la protection')."))


def m15():
    when = at("2021-02-06 09:00:12")
    sent = when - dt.timedelta(seconds=2)
    text = """Thank you for your email. I am out of the office until Sunday 14 February with very limited access to email.

For urgent matters regarding the GCCDC voluntary report or the rapporteur nomination, please contact Ms. Amal Abu Hashhash (Director).

شكراً لتواصلكم
Yousef Abu Zeid
"""
    body = gmail_alt(text, "0000000000005d1e7a05baa3c4f1", "quoted-printable")
    ack = "<ack-20210204-0915-gccdc@gcmrrarabstates.iom.int>"
    rows = gm_rows(when, 35, "4DXs6c1Bd4z8", "Yousef Abu Zeid <gccdc.jerash@gmail.example.com>",
                   "Re: Acknowledgement of receipt - GCM Regional Review", rfcdate(sent),
                   "<CAH2jLm7Rr1fT4uY7iO0pA3sD6fG9hJ2kL5zX8cV1bN4mQ7w@mail.gmail.example.com>",
                   "", extra=[("In-Reply-To", ack), ("References", ack), ("Auto-Submitted", "auto-replied"),
                              ("X-Autoreply", "yes")])
    rows = [(k, "<>" if k == "Return-Path" else v) for k, v in rows]
    add(15, when, top(body, rows), dict(category="auto_reply", language="en", acknowledge=False, on_time=None,
        notes="Gmail vacation responder answering our acknowledgement (Auto-Submitted: auto-replied, empty "
              "Return-Path, 'Re:' subject); mentions the report, the rapporteur nomination and a named person, "
              "but proposes nothing new; Arabic thank-you line in an English reply."))


def m16():
    when = at("2021-02-08 13:20:45")
    sent = when - dt.timedelta(seconds=41)
    name = "تقرير المراجعة الطوعية - جمعية نور الأمل.pdf"
    text = """السادة الشبكة الإقليمية للأمم المتحدة المعنية بالهجرة – أمانة المراجعة الإقليمية المحترمين،

تحية طيبة وبعد،

نرفق لكم طيّه التقرير الطوعي لجمعية نور الأمل الأهلية حول أوضاع اللاجئين الفلسطينيين المهجّرين داخل سوريا والعائدين إلى مخيم خان الشيح، وذلك في إطار المراجعة الإقليمية للاتفاق العالمي من أجل الهجرة الآمنة والمنظمة والنظامية.

كما نتشرف بترشيح المهندس عمر حسين الشهابي، رئيس مجلس الإدارة، للمشاركة بمداخلة في إحدى الموائد المستديرة المواضيعية.

ونعتذر عن تأخرنا في الإرسال نظراً لصعوبة الاتصال بالإنترنت في المخيم.

وتفضلوا بقبول فائق الاحترام

لينا عبد الله
مسؤولة العلاقات العامة
جمعية نور الأمل الأهلية – مخيم خان الشيح، ريف دمشق
"""
    html = html_wrap('<div dir="rtl" style="font-family:Simplified Arabic">' + text2html(text) + "</div>", "rtl", "windows-1256")
    alt = multi("alternative", [leaf("text/plain", text, "windows-1256"), leaf("text/html", html, "windows-1256")],
                "----=_NextPart_001_00A3_01D6FE11.5C7D2E80")
    pdf = make_pdf(["Nour Al-Amal Association - Khan Eshieh camp, Rural Damascus",
                    "Voluntary GCM review report 2021 (Arabic original, English summary)",
                    "Palestine refugees internally displaced in Syria and returns to Khan Eshieh"])
    att = Message(policy=POL)
    att["Content-Type"] = 'application/pdf;\r\n\tname="%s"' % b_word(name)
    att["Content-Description"] = b_word(name)
    att["Content-Disposition"] = 'attachment;\r\n\tfilename="%s"; size=%d' % (b_word(name), len(pdf))
    att["Content-Transfer-Encoding"] = "base64"
    att.set_payload(base64.encodebytes(pdf).decode("ascii"))
    body = multi("mixed", [alt, att], "----=_NextPart_000_00A2_01D6FE11.5C7D2E80")
    rows = std_rows(when, "mail.nouralamal-sy.example.org", "82.137.200.45", "4DYq2t7Xe5z1",
                    addr("لينا عبد الله", "pr@nouralamal-sy.example.org", "windows-1256"),
                    hdr("التقرير الطوعي وترشيح متحدث – جمعية نور الأمل", "windows-1256"),
                    rfcdate(sent), "<00a201d6fe11$5c7d2e80$15558b80$@nouralamal-sy.example.org>",
                    ret="pr@nouralamal-sy.example.org")
    rows += [("X-Mailer", "Microsoft Outlook 15.0"), ("Thread-Index", "Adb+EVx8LoDq1Tk3R3ifE1V6bq9QRQ=="),
             ("Content-Language", "ar-sy")]
    add(16, when, top(body, rows), dict(category="both", language="ar", acknowledge=True, on_time=False,
        speakers=[sp("عمر حسين الشهابي", "رئيس مجلس الإدارة", "جمعية نور الأمل الأهلية", ["roundtable"])],
        report_attachments=[name],
        notes="'both' sent on Mon 8 Feb: the report is on time (16 Feb) but the speaker part is late (5 Feb), so "
              "on_time is false; honorific 'المهندس'; title 'رئيس مجلس الإدارة' keeps the board; roundtable without a "
              "number ('إحدى الموائد المستديرة'); camp and governorate after a dash in the signature are not part of "
              "the affiliation; Outlook windows-1256 QP, Arabic PDF name as RFC 2047 in quotes."))


def m17():
    when = at("2021-02-09 08:14:22")
    orig_id = "<ack-20210205-0913-kawergosk@gcmrrarabstates.iom.int>"
    human = POSTFIX_NOTICE + """
<baran.kcyc@yahoo.example.com>: host mta7.am0.yahoodns.example.net[67.195.204.72]
    said: 554 delivery error: dd Sorry your message to
    baran.kcyc@yahoo.example.com cannot be delivered. This mailbox is disabled
    (554.30). (in reply to end of DATA command)
"""
    p1 = leaf("text/plain", human, "us-ascii", "7bit", extra=[("Content-Description", "Notification")])
    ds = Message(policy=POL)
    ds["Content-Description"] = "Delivery report"
    ds["Content-Type"] = "message/delivery-status"
    from email.parser import Parser
    dsn = ("Reporting-MTA: dns; mx1.iom.int\nX-Postfix-Queue-ID: 4DYz5k0Gq7z2\n"
           "X-Postfix-Sender: rfc822; gcmrrarabstates@iom.int\n"
           "Arrival-Date: Tue,  9 Feb 2021 08:14:18 +0200 (EET)\n\n"
           "Final-Recipient: rfc822; baran.kcyc@yahoo.example.com\n"
           "Original-Recipient: rfc822;baran.kcyc@yahoo.example.com\nAction: failed\n"
           "Status: 5.0.0\nRemote-MTA: dns; mta7.am0.yahoodns.example.net\n"
           "Diagnostic-Code: smtp; 554 delivery error: dd Sorry your message to\n"
           "    baran.kcyc@yahoo.example.com cannot be delivered. This mailbox is disabled\n    (554.30)\n")
    for block in dsn.strip("\n").split("\n\n"):
        ds.attach(Parser(policy=POL).parsestr(block + "\n", headersonly=True))
    oh = leaf("text/rfc822-headers", "Received: by mx1.iom.int (Postfix, from userid 1001)\r\n\tid 4DYz5k0Gq7z2; Tue,  9 Feb 2021 08:14:18 +0200 (EET)\r\n"
                   "From: GCM Regional Review Arab States <gcmrrarabstates@iom.int>\r\n"
                   "To: Baran K <baran.kcyc@yahoo.example.com>\r\n"
                   "Subject: Acknowledgement of receipt - GCM Regional Review\r\n"
                   "Date: Tue, 9 Feb 2021 08:14:17 +0200\r\nMessage-ID: %s\r\n" % orig_id,
              "us-ascii", "7bit", extra=[("Content-Description", "Undelivered Message Headers")])
    body = multi("report", [p1, ds, oh], "4DYz5k3Wv1z9.1612851262/mx1.iom.int", params=[("report-type", "delivery-status")])
    body.preamble = "This is a MIME-encapsulated message."
    rows = [("Return-Path", "<>"), ("Delivered-To", BOX),
            ("Received", "by mx1.iom.int (Postfix)\r\n\tid 4DYz5k3Wv1z9; %s" % rfcdate(when, "EET")),
            ("Date", rfcdate(when, "EET")), ("From", "MAILER-DAEMON@mx1.iom.int (Mail Delivery System)"),
            ("Subject", "Undelivered Mail Returned to Sender"), ("To", BOX), ("Auto-Submitted", "auto-replied"),
            ("Message-ID", "<20210209061422.4DYz5k3Wv1z9@mx1.iom.int>")]
    add(17, when, top(body, rows), dict(category="bounce", language="en", acknowledge=False, on_time=None,
        notes="Postfix DSN (multipart/report delivery-status, headers only) for our acknowledgement to the Kawergosk "
              "youth centre's Yahoo address (h133-11); must not be acknowledged and is not a follow-up of that "
              "submission."))


def m18():
    when = at("2021-02-10 21:05:33")
    sent = when - dt.timedelta(seconds=14)
    text = """مساء الخير

حسب رسالة الدعوة بالعربي آخر موعد لطلب المداخلة هو الجمعة ٢٣ شباط، فبعتلكم قبل الموعد إن شاء الله 🙏

بدي رشّح حالي للمشاركة بالنقاش المفتوح للمشاورة يوم ٢٣، لأحكي عن الشباب بالمخيم والهجرة بالبحر لأوروبا، من مخيمنا لحالو راح أكتر من ٤٠ شب بالسنتين الأخيرين.

أحمد محمود ميعاري
مدير مركز شباب مخيم الجليل – بعلبك

أُرسلت من الـ iPhone
"""
    body = leaf("text/plain", text, "utf-8", "base64")
    rows = std_rows(when, "smtp.jalil-youth.example.org", "94.187.13.66", "4DZb9m2Vr6z5",
                    addr("Ahmad Mi'ari", "ahmad@jalil-youth.example.org"), hdr("طلب مداخلة"), rfcdate(sent),
                    "<C2E7A9F4-1B3D-4F8A-9E60-7D2C5B1A8F39@jalil-youth.example.org>", ret="ahmad@jalil-youth.example.org")
    rows += [("X-Mailer", "iPhone Mail (18D52)")]
    m = top(body, rows)
    m.replace_header("Content-Type", "text/plain; charset=utf-8")
    add(18, when, m, dict(category="speaker_request", language="ar", acknowledge=True, on_time=False,
        speakers=[sp("أحمد محمود ميعاري", "مدير", "مركز شباب مخيم الجليل", ["open_discussion"])],
        notes="late speaker request (Wed 10 Feb) relying on the misprinted Arabic deadline 'الجمعة ٢٣ شباط'; "
              "self-nomination in Levantine colloquial; name, title and centre only in a two-line signature "
              "('مدير مركز شباب مخيم الجليل – بعلبك': the title is 'مدير', the city after the dash is dropped); "
              "emoji; iPhone base64 plain text; display name in Latin letters."))


def m19():
    when = at("2021-02-11 11:37:19")
    sent = when - dt.timedelta(seconds=20)
    name = "MRFA Voluntary GCM Review - Iraqi refugees in Amman.pdf"
    text = """Dear colleagues,

On behalf of the Mesopotamia Refugee Families Association (MRFA), a community group run by Iraqi refugees in east Amman (Hashmi, Marka and Jabal Al-Nuzha), I am sending you their voluntary GCM review report, attached.

Our organisation supports MRFA under a UNHCR-funded community empowerment project; the report itself was written by the MRFA members (in Arabic) and we only helped with the English translation and layout. Questions on the content are best sent to their chairperson, Mr. Abbas Al-Saadi (abbas.mrfa@gmail.example.com), with me in copy.

Kind regards,

Dana Haddad
Community Empowerment Officer
Jordan Community Care Network (JCCN)
[logo]
"""
    html = html_wrap('<div class="WordSection1">' + text2html(text.replace("[logo]\n", "")).replace("<p>", '<p class="MsoNormal">')
                     + '<p class="MsoNormal"><img width="120" height="40" src="cid:image001.png@01D70061.3A5F2B10" alt="JCCN"></p></div>')
    alt = multi("alternative", [leaf("text/plain", text, "us-ascii", "7bit"), leaf("text/html", html, "us-ascii", "quoted-printable")],
                "_000_AM6PR03MB4210D2C8F1A94E7BB13C6E5AA8B50AM6PR03MB4210_")
    logo = leaf("image/png", make_png(24, 8, (0, 110, 80)), cte="base64", params=[("name", '"image001.png"')],
                disp='inline; filename="image001.png"; size=95',
                extra=[("Content-ID", "<image001.png@01D70061.3A5F2B10>")])
    rel = multi("related", [alt, logo], "_004_AM6PR03MB4210D2C8F1A94E7BB13C6E5AA8B50AM6PR03MB4210_",
                params=[("type", '"multipart/alternative"')])
    pdf = make_pdf(["Mesopotamia Refugee Families Association (MRFA)", "Voluntary GCM Review Report - 2021",
                    "Iraqi refugees in east Amman: resettlement limbo, overstay fines, access to work",
                    "English translation with support from JCCN"])
    body = multi("mixed", [rel, attach("application/pdf", pdf, name, "outlook")],
                 "_005_AM6PR03MB4210D2C8F1A94E7BB13C6E5AA8B50AM6PR03MB4210_")
    rows = std_rows(when, "mail-am6eur03.outbound.protection.outlook.example.com", "40.107.3.118", "4DZr4f6Tc0z7",
                    "Dana Haddad <d.haddad@jccn-jo.example.org>",
                    "Voluntary GCM review report - Mesopotamia Refugee Families Association (MRFA)", rfcdate(sent),
                    "<AM6PR03MB4210D2C8F1A94E7BB13C6E5AA8B50@AM6PR03MB4210.eurprd03.prod.outlook.example.com>",
                    ret="d.haddad@jccn-jo.example.org")
    rows.insert(5, ("Cc", "\"abbas.mrfa@gmail.example.com\" <abbas.mrfa@gmail.example.com>"))
    rows += [("Thread-Topic", "Voluntary GCM review report - Mesopotamia Refugee Families Association (MRFA)"),
             ("Thread-Index", "AdcAYTpfKxBq6c4YSr2TqGQbXv1H7w=="), ("Accept-Language", "en-US"),
             ("Content-Language", "en-US"), ("X-MS-Has-Attach", "yes")]
    add(19, when, top(body, rows), dict(category="voluntary_report", language="en", acknowledge=True, on_time=True,
        report_attachments=[name],
        notes="a UNHCR-funded partner's officer sends the report of an Iraqi refugee group; multipart/mixed > "
              "related > alternative with an inline signature logo (image001.png, not part of the report) and "
              "a PDF whose name has spaces; names a chairperson as contact, which is not a speaker proposal."))


def m20():
    when = at("2021-02-12 10:02:48")
    sent = when - dt.timedelta(seconds=37)
    name = "Rapport_collectif_comités_réfugiés_Békaa_v2.pdf"
    quoted = "\n".join(("> " + l) if l else ">" for l in M10_TEXT.rstrip("\n").split("\n"))
    text = """Bonjour,

Comme annoncé, voici la version corrigée de notre rapport collectif (traduction revue, chiffres de la section 2 mis à jour). Merci de remplacer la version envoyée le 4 février par celle-ci.

Bien à vous,
Maya

Le 04/02/2021 à 16:47, Maya Fares a écrit :
""" + quoted + "\n"
    t = leaf("text/plain", flowed(text), "UTF-8", "8bit", params=[("format", "flowed")])
    pdf = make_pdf(["Rapport volontaire collectif - Examen regional du PMM 2021 - VERSION 2 (corrigee)",
                    "Comites de refugies syriens de Bar Elias et Saadnayel (Bekaa, Liban)",
                    "1. Logement et expulsions  2. Residence legale (chiffres 2020 mis a jour)  3. Education"])
    body = multi("mixed", [t, attach("application/pdf", pdf, name, "2231")], "------------0B5E9A3C7D12F48E6A2C9B71")
    rows = std_rows(when, "smtp.andc-liban.example.org", "91.232.100.37", "4F0a8d3Hm2z6",
                    "Maya Fares <m.fares@andc-liban.example.org>", hdr("Re: " + M10_SUBJ, "utf-8", "Q"),
                    rfcdate(sent), "<9d1c6a40-2e7b-4f35-b8c2-61a0f3e7d5b9@andc-liban.example.org>",
                    ret="m.fares@andc-liban.example.org",
                    extra=[("In-Reply-To", M10_ID), ("References", M10_ID)])
    rows += [("User-Agent", "Mozilla/5.0 (X11; Linux x86_64; rv:78.0) Gecko/20100101 Thunderbird/78.7.1"),
             ("Content-Language", "fr")]
    add(20, when, top(body, rows), dict(category="voluntary_report", language="fr", acknowledge=True, on_time=True,
        report_attachments=[name], thread_of="h133-10.eml",
        notes="revised version replacing h133-10 ('Merci de remplacer la version envoyée le 4 février'); reply to "
              "her own message with the original '>'-quoted; new file name differs only by '_v2'."))


def m21():
    when = at("2021-02-15 12:44:03")
    sent = when - dt.timedelta(seconds=3)
    ack = "<ack-20210202-1108-baqaa@gcmrrarabstates.iom.int>"
    text = """شكراً إلكم، وصلنا الرد 🌷
الله يعطيكم العافية

سماح - لجنة المرأة
"""
    body = gmail_rtl_alt(text, "000000000000e1b7c905bb5d0e42")
    rows = gm_rows(when, 60, "4F1w2y9Kd5z3", addr("لجنة المرأة مخيم البقعة", "women.committee.baqaa@gmail.example.com"),
                   re_hdr("Re: ", "تقرير لجنة المرأة - مخيم البقعة"), rfcdate(sent),
                   "<CAM9wQe6Tu9aW3kQ5rC8uF0hI2jL4nN7bZ9eX1gU3iO6kT8r@mail.gmail.example.com>",
                   "women.committee.baqaa@gmail.example.com",
                   extra=[("In-Reply-To", ack), ("References", M05_ID + " " + ack)])
    add(21, when, top(body, rows), dict(category="other", language="ar", acknowledge=False, on_time=None,
        thread_of="h133-05.eml",
        notes="thank-you reply to our acknowledgement of the women's committee report (References name h133-05); "
              "adds nothing new, so no acknowledgement; no quoted text, emoji, colloquial."))


def m22():
    when = at("2021-02-16 23:58:40")
    sent = when - dt.timedelta(seconds=19)
    n1 = "Contribution RAPT - Examen régional PMM.docx"
    n2 = "Annexe - associations signataires.pdf"
    text = """Bonjour,

Je vous envoie, au nom du Réseau des associations palestiniennes de Tyr (RAPT), notre contribution à l'examen volontaire du Pacte mondial, avec en annexe la liste des onze associations et comités populaires qui l'ont signée (camps de Rashidieh, Bourj el-Chemali et El-Buss).

Je suis à Montréal pour mes études, j'espère que c'est encore le 16 chez vous... désolé pour l'heure tardive, on a fini les signatures ce soir seulement.

Merci et bonne soirée,
Karim Saleh
membre du bureau, RAPT
"""
    doc = make_docx(["Réseau des associations palestiniennes de Tyr (RAPT)",
                     "Contribution à l'examen régional du Pacte mondial pour des migrations sûres, ordonnées et régulières",
                     "Accès au travail et à la propriété des réfugiés palestiniens au Liban", "Recommandations"])
    pdf = make_pdf(["Annexe - Associations et comites populaires signataires (11)",
                    "Camps de Rashidieh, Bourj el-Chemali et El-Buss - Tyr, Liban"])
    body = multi("mixed", [gmail_alt(text, "0000000000009fa4d105bb7a1c63", "quoted-printable"),
                           attach(DOCX, doc, n1), attach("application/pdf", pdf, n2)],
                 "0000000000009fa4d305bb7a1c65")
    rows = gm_rows(when, 71, "4F3q5b0Xs8z4", "Karim Saleh <karim.saleh.tyr@gmail.example.com>",
                   hdr("Contribution RAPT à l'examen volontaire (PMM)", "utf-8", "Q"), rfcdate(tz(sent, -5)),
                   "<CAD8pS1vW4yZ7bC0eF3hI6kL9nO2qR5tU8wX1zA4cE7gJ0mP@mail.gmail.example.com>",
                   "karim.saleh.tyr@gmail.example.com")
    add(22, when, top(body, rows), dict(category="voluntary_report", language="fr", acknowledge=True, on_time=True,
        report_attachments=[n1, n2],
        notes="deadline edge: received 23:58:40 Beirut on Tue 16 Feb (on time), Date header 16:58 -0500 "
              "(Montréal); the report is a DOCX plus a PDF annex (list of signatories), both part of it; accented "
              "DOCX name as RFC 2047 in Gmail style; the sender describes himself as abroad."))


def m23():
    when = at("2021-02-17 00:03:12")
    sent = when - dt.timedelta(seconds=25)
    name = "PYF-NahrElBared_GCM-report.pdf"
    text = """hi,

attached is the voluntary review report from the Palestinian Youth Forum - Nahr el-Bared. apologies it's last minute, i'm the only one in the group with a proper laptop and i'm in Berlin for my masters.

the report covers the youth of the camp: reconstruction delays since 2007, irregular departures by sea and the situation of young people without ID.

thanks,
Hadi
"""
    t = leaf("text/plain", text, "utf-8", "quoted-printable")
    pdf = make_pdf(["Palestinian Youth Forum - Nahr el-Bared camp (North Lebanon)",
                    "Voluntary GCM Review Report 2021",
                    "Reconstruction, irregular departures by sea, youth without ID documents"])
    body = multi("mixed", [t, attach("application/pdf", pdf, name, "2231")], "Apple-Mail=_5C0B8E2A-19F4-4D63-A7E1-2B9C6F3D0E84")
    rows = std_rows(when, "mout.gmx.example.net", "212.227.17.20", "4F3r0c2Pn9z1",
                    "Hadi Mousa <hadi.mousa@gmx.example.de>", "GCM report - Palestinian Youth Forum Nahr el-Bared",
                    rfcdate(tz(sent, 1)), "<7E3A1C95-4D2B-4E8F-A06C-9B5D2F8E1A73@gmx.example.de>",
                    ret="hadi.mousa@gmx.example.de")
    rows += [("X-Mailer", "Apple Mail (2.3608.120.23.2.4)")]
    add(23, when, top(body, rows), dict(category="voluntary_report", language="en", acknowledge=True, on_time=False,
        report_attachments=[name],
        notes="deadline edge: Date header 'Tue, 16 Feb 2021 23:02:47 +0100' (Berlin) looks on time but it was "
              "received 00:03:12 Beirut on Wed 17 Feb: late by 3 minutes; all lower-case, first name only; the group "
              "name has a camp after a dash; Apple Mail RFC 2231 file name."))


def m24():
    when = at("2021-02-18 10:20:00")
    sent = when - dt.timedelta(seconds=11)
    text = """Bonjour,

Nous n'avons toujours pas reçu le lien Zoom pour la consultation du mardi 23 février. Pourriez-vous nous l'envoyer à cette adresse ? Il y aura une interprétation en arabe ? La plupart de nos jeunes ne parlent ni français ni anglais.

Merci beaucoup,

Georges Khoury
Centre de jeunesse Beit Al-Shabab
"""
    body = multi("alternative", [leaf("text/plain", text, "iso-8859-1"),
                                 leaf("text/html", html_wrap('<div class="WordSection1">' + text2html(text) + "</div>", None, "iso-8859-1"), "iso-8859-1")],
                 "----=_NextPart_000_0112_01D705D4.A1C6E2F0")
    rows = std_rows(when, "mail.cjbs-liban.example.org", "178.135.8.201", "4F4m7v1Hx3z6",
                    addr("Georges Khoury", "direction@cjbs-liban.example.org"), "Lien Zoom - consultation 23 fevrier",
                    rfcdate(sent), "<011201d705d4$a1c6e2f0$e554a8d0$@cjbs-liban.example.org>",
                    ret="direction@cjbs-liban.example.org")
    rows += [("X-Mailer", "Microsoft Outlook 16.0"), ("Thread-Index", "AdcF1KHG4vBlX2n9Q0q3ZkVt8Yc5Bw=="),
             ("Content-Language", "fr")]
    add(24, when, top(body, rows), dict(category="other", language="fr", acknowledge=True, on_time=None,
        notes="logistics question (Zoom link, Arabic interpretation) from the director who earlier proposed a speaker "
              "(h133-07), written as a new message, not a reply; no deadline applies."))


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
