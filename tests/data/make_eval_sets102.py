#!/usr/bin/env python3
"""Write the blind evaluation set holdout102 (24 raw .eml messages + labels.json).

Deterministic, standard library only:  python3 tests/data/make_eval_sets102.py
Theme: coalitions and networks writing collectively (national NGO platforms, regional networks,
alliances, consortiums, focal points nominating member staff, joint reports).
"""
import base64
import datetime as dt
import json
import os
from email.message import Message
from mailgen import (HERE, BOX, POL, rfcdate, at, tz, hdr, re_hdr, addr, leaf, multi,
                     html_wrap, esc, text2html, flowed, make_pdf, make_docx, make_png, DOCX,
                     rfc2231, rfc2231_cont, b_word, received, top, serialize, sp, std_rows)

OUT = os.path.join(HERE, "holdout102")


# ---------------------------------------------------------------- message assembly


MESSAGES = []


def add(num, when, msg, label):
    fname = "h102-%02d.eml" % num
    lab = {"file": fname, "received_at": when.isoformat()}
    lab.update(label)
    full = {k: lab.get(k) for k in ["file", "received_at", "category", "language", "acknowledge", "on_time",
                                    "speakers", "report_attachments", "thread_of", "notes"]}
    for k, default in (("speakers", []), ("report_attachments", []), ("thread_of", None)):
        if full[k] is None and default is not None:
            full[k] = default
    MESSAGES.append((fname, serialize(msg), full))


def finish(num, when, body, host, ip, qid, frm, subject, date, mid, label, extra=None, ret=None, to=BOX):
    rows = std_rows(when, host, ip, qid, frm, subject, date, mid, to=to, ret=ret)
    rows += list(extra or [])
    m = top(body, rows)
    add(num, when, m, label)
    return m


def pdf_att(name, lines, quoted=True, extra=None, disp="attachment"):
    data = make_pdf(lines)
    nm = '"%s"' % name if quoted else name
    return leaf("application/pdf", data, cte="base64", params=[("name", nm)],
                disp='%s; filename=%s' % (disp, nm), extra=extra)


def docx_att(name, paras, extra=None):
    return leaf(DOCX, make_docx(paras), cte="base64", params=[("name", '"%s"' % name)],
                disp='attachment; filename="%s"' % name, extra=extra)


def intl_att(ctype, data, name):
    """Non-ASCII file name: RFC 2047 in name=, RFC 2231 in filename*= (Outlook/Gmail style)."""
    m = Message(policy=POL)
    m["Content-Type"] = '%s; name="%s"' % (ctype, b_word(name))
    m["Content-Transfer-Encoding"] = "base64"
    m["Content-Disposition"] = "attachment; filename*=%s" % rfc2231(name)
    m.set_payload(base64.encodebytes(data).decode("ascii"))
    return m


IDS = {}

# ================================================================ the 24 messages


def m01():
    # Arabic MSA, Outlook multipart/alternative; network nominates two speakers from two member organisations
    when = at("2021-02-01 10:14:22")
    sent = when - dt.timedelta(seconds=4)
    text = """السادة الكرام في فريق الاستعراض الإقليمي للاتفاق العالمي من أجل الهجرة،

تحية طيبة وبعد،

بالإشارة إلى رسالة الدعوة الخاصة بالاستعراض الإقليمي للاتفاق العالمي من أجل الهجرة الآمنة والمنظمة والنظامية في المنطقة العربية، يسرّ الشبكة العربية للهجرة والتنمية المستدامة (ANMSD) أن ترشّح عضوين من أعضائها للمشاركة في المؤتمر، وذلك على النحو التالي:

أولاً: الدكتور سامي عبد الرحمن الخطيب، مدير البرامج في جمعية التضامن مع العمال المهاجرين – الأردن، للمداخلة في المائدة المستديرة الثانية.

ثانياً: الأستاذة نادين فرحات، باحثة أولى في مركز دراسات اللجوء والهجرة (CRMS) – بيروت، لمداخلة من القاعة في الجلسة العامة.

وقد تم اختيار المرشَّحَين بالتشاور مع لجنة التنسيق في الشبكة، ونرجو التكرم بإفادتنا بما يلزم من ترتيبات تقنية.

وتفضلوا بقبول فائق الاحترام والتقدير،

هالة منصور
المنسقة الإقليمية
الشبكة العربية للهجرة والتنمية المستدامة (ANMSD)
هاتف: +961 1 555 014
"""
    html = html_wrap('<div class="WordSection1">' + "".join(
        '<p class="MsoNormal" dir="RTL" style="text-align:right;direction:rtl;unicode-bidi:embed">'
        '<span lang="AR-SA" style="font-family:&quot;Simplified Arabic&quot;">%s</span></p>\n'
        % ("<br>".join(esc(x) for x in para.split("\n")) or "&nbsp;") for para in text.split("\n\n")) + "</div>",
        dir_="rtl")
    body = multi("alternative", [leaf("text/plain", text, "utf-8", "base64"), leaf("text/html", html, "utf-8", "base64")],
                 "_000_VI1PR06MB4208B1C3A9E54D2F8E7A1C40B9C30VI1PR06MB4208eurp_")
    mid = "<VI1PR06MB4208B1C3A9E54D2F8E7A1C40B9C30@VI1PR06MB4208.eurprd06.prod.outlook.example.com>"
    IDS[1] = mid
    finish(1, when, body, "mail-eopbgr80052.outbound.protection.outlook.example.com", "40.107.8.52", "4DTb7q2Lk1z3",
           addr("هالة منصور", "h.mansour@anmsd.example.org"),
           hdr("ترشيح متحدثين – الاستعراض الإقليمي للاتفاق العالمي من أجل الهجرة"), rfcdate(tz(sent, 0)), mid,
           dict(category="speaker_request", language="ar", acknowledge=True, on_time=True, speakers=[
               sp("سامي عبد الرحمن الخطيب", "مدير البرامج", "جمعية التضامن مع العمال المهاجرين – الأردن", ["roundtable"], 2),
               sp("نادين فرحات", "باحثة أولى", "مركز دراسات اللجوء والهجرة (CRMS) – بيروت", ["plenary"])],
               notes="regional network (ANMSD) nominates two speakers from two different member organisations; the "
                     "coordinator who signs is not a speaker and her affiliation (the network) is not theirs; "
                     "honorifics الدكتور / الأستاذة dropped; 'المائدة المستديرة الثانية' = roundtable 2 in words; "
                     "'مداخلة من القاعة في الجلسة العامة' = plenary; Outlook, both parts base64, Date in +0000."),
           extra=[("Thread-Topic", hdr("ترشيح متحدثين – الاستعراض الإقليمي للاتفاق العالمي من أجل الهجرة")),
                  ("Thread-Index", "AdcA3Kf1s9xQ2m7ZRu6yLw1cP0aB4A=="), ("Accept-Language", "ar-LB, en-US"),
                  ("Content-Language", "ar-LB"), ("X-MS-Has-Attach", ""), ("X-MS-TNEF-Correlator", "")],
           ret="h.mansour@anmsd.example.org")


def m02():
    # English, Gmail; self-nomination "X, on behalf of the Y network"
    when = at("2021-02-01 16:40:05")
    sent = when - dt.timedelta(seconds=2)
    text = """Hi,

I'm writing to ask for a speaking slot at the regional review. Ideally I would serve as rapporteur for the stakeholder key messages - our network ran three sub-regional consultations last autumn (Khartoum, Cairo, Sana'a online) so I have a fairly good overview of what our members are saying. If that role is already given to someone else, I would be happy to just take part in the open discussion on the 23rd.

For the programme, please list me as:
Tariq Osman, Advocacy Lead, Sudanese Migrants Solidarity Initiative, on behalf of the Horn-Arab Migration Civil Society Network (HAMNet)

thanks a lot and looking forward,
Tariq

--
Tariq Osman
Advocacy Lead | SMSI
+249 91 234 5678
"""
    html = '<div dir="ltr">' + text2html(text.split("\n--\n")[0]) + \
        '<br>-- <br><div dir="ltr" class="gmail_signature">Tariq Osman<br>Advocacy Lead | SMSI<br>+249 91 234 5678</div></div>\n'
    body = multi("alternative", [leaf("text/plain", text, "UTF-8"), leaf("text/html", html, "UTF-8")],
                 "000000000000b71f0c05ba4c2d18")
    finish(2, when, body, "mail-ej1-f41.google.example.com", "209.85.218.41", "4DTmQ90fJbz7",
           "Tariq Osman <tariq.osman.smsi@gmail.example.com>", "Speaking role request - rapporteur",
           rfcdate(sent), "<CAJ5hN2pWq8k0Lr3xYv7ZbT4mE1sA9dF6gC2uH8jK0nR5oPqs@mail.gmail.example.com>",
           dict(category="speaker_request", language="en", acknowledge=True, on_time=True, speakers=[
               sp("Tariq Osman", "Advocacy Lead",
                  "Sudanese Migrants Solidarity Initiative, on behalf of the Horn-Arab Migration Civil Society Network (HAMNet)",
                  ["rapporteur", "open_discussion"])],
               notes="affiliation written as 'X, on behalf of the Y network' on one line; signature only has the "
                     "acronym SMSI; rapporteur first choice, open discussion as fallback ('on the 23rd'); sender is "
                     "the speaker; Gmail address, not the organisation's domain."),
           ret="tariq.osman.smsi@gmail.example.com")


def m03():
    # French (Tunisian platform), signed by the secretariat only, no person's name
    when = at("2021-02-02 11:05:40")
    sent = tz(when - dt.timedelta(seconds=6), 1)
    text = """Madame, Monsieur,

Suite à la lettre d'invitation relative à l'Examen régional du Pacte mondial pour des migrations sûres, ordonnées et régulières dans la région arabe, la Plateforme tunisienne des organisations de la société civile pour la migration (PTOM) a l'honneur de vous proposer la candidature de :

Mme Samira Ben Salem, chargée de plaidoyer à l'Association Terre d'Accueil Sud, association membre de la Plateforme,

pour une intervention lors de la table ronde thématique n°3 (24-25 février 2021).

Mme Ben Salem s'exprimera au nom de l'ensemble des 23 associations membres de la PTOM. Ses coordonnées : s.bensalem@terredaccueilsud.example.org / +216 71 000 482.

Nous restons à votre disposition pour tout complément d'information.

Veuillez agréer, Madame, Monsieur, l'expression de nos salutations distinguées.

Le Secrétariat de la PTOM
Plateforme tunisienne des organisations de la société civile pour la migration
14, rue d'Angleterre - 1000 Tunis
"""
    body = leaf("text/plain", text, "iso-8859-1", "quoted-printable")
    mid = "<000a01d6f94e$3c8b2e10$b5a18a30$@ptom-tn.example.org>"
    IDS[3] = mid
    finish(3, when, body, "smtp.topnet.example.tn", "197.3.41.18", "4DTxL51c8Pz2",
           '"Secretariat PTOM" <secretariat@ptom-tn.example.org>',
           "Candidature PTOM - table ronde 3 - Examen regional PMM", rfcdate(sent), mid,
           dict(category="speaker_request", language="fr", acknowledge=True, on_time=True, speakers=[
               sp("Samira Ben Salem", "chargée de plaidoyer", "Association Terre d'Accueil Sud", ["roundtable"], 3)],
               notes="signed 'Le Secrétariat de la PTOM' with no person's name (From is a generic secretariat "
                     "mailbox); the speaker is staff of a member association, not of the platform, although she "
                     "will speak on behalf of the 23 members; 'Mme' dropped; 'table ronde thématique n°3'; "
                     "ISO-8859-1 quoted-printable, Outlook 2016 on Tunis time (+0100)."),
           extra=[("X-Mailer", "Microsoft Outlook 16.0"), ("Thread-Index", "AQHW+U48i04QtaGKMLRcK2mLZ4CKQA=="),
                  ("Content-Language", "fr")],
           ret="secretariat@ptom-tn.example.org")


def m04():
    # Arabic Levantine, Gmail plain text, affiliation 'X، عن شبكة Y'
    when = at("2021-02-02 19:22:13")
    sent = when - dt.timedelta(seconds=3)
    text = """مرحبا،

انا ريم حداد، منسقة مشاريع بجمعية دروب. حابة شارك بالنقاش المفتوح تبع المشاورة يوم ٢٣ شباط، ورح احكي باسم الشبكة كلها مش بس باسم الجمعية.

اذا بدكن تكتبوا اسمي ع البرنامج هيك:
ريم حداد – منسقة مشاريع، جمعية دروب، عن شبكة المنظمات الأهلية اللبنانية لحقوق المهاجرين

الشبكة فيها ١٧ جمعية وعم نشتغل ع تقرير مشترك كمان، رح نبعتو قبل ١٦ شباط ان شاء الله.

شكراً كتير
ريم
"""
    body = leaf("text/plain", text, "UTF-8", "base64")
    finish(4, when, body, "mail-wm1-f45.google.example.com", "209.85.128.45", "4DV9sR3mKpz5",
           addr("Reem Haddad", "reem.haddad.droub@gmail.example.com"), hdr("مشاركة بالنقاش المفتوح"),
           rfcdate(sent), "<CAB7xq0Lm2nP4rS6tU8vW0yZ2aC4eG6iK8mO0qS2uW4yA6cE@mail.gmail.example.com>",
           dict(category="speaker_request", language="ar", acknowledge=True, on_time=True, speakers=[
               sp("ريم حداد", "منسقة مشاريع", "جمعية دروب، عن شبكة المنظمات الأهلية اللبنانية لحقوق المهاجرين",
                  ["open_discussion"])],
               notes="Levantine colloquial ('حابة شارك', 'بدكن'); affiliation written 'X، عن شبكة Y'; "
                     "'النقاش المفتوح تبع المشاورة يوم ٢٣ شباط' = open discussion (Levantine month name, Arabic-Indic "
                     "digits); announces a future joint report but attaches none (not 'both'); From display name in "
                     "Latin script."),
           ret="reem.haddad.droub@gmail.example.com")


def m05():
    # English, Outlook; joint report with long list of endorsing organisations in the body + logo image
    when = at("2021-02-03 09:48:51")
    sent = tz(when - dt.timedelta(seconds=5), 2)
    name = "Joint CSO Submission - GCM Regional Review Arab States 2021.pdf"
    text = """Dear Regional Review Secretariat,

Please find attached the joint civil society submission to the Regional Review of the Global Compact for Migration in the Arab region. The submission was coordinated by the Arab Platform for Migrant Workers' Rights (APMWR) and is endorsed by the following organisations:

1. Arab Platform for Migrant Workers' Rights (APMWR) - regional
2. Association for Migrant Domestic Workers' Dignity - Lebanon
3. Bahrain Workers' Welfare Society
4. Egyptian Forum for Mobility and Rights
5. Gulf Labour Watch Collective
6. Iraqi Network for Returnees and IDPs
7. Jordanian Coalition against Forced Labour
8. Kuwait Migrant Workers Support Group
9. Mauritanian Association for Migrants and Refugees (AMMR)
10. Palestinian Refugee Rights Working Group
11. Qatar Domestic Workers Solidarity Initiative
12. Sudanese Returnees Forum
13. Tunisian League for Mobility and Dignity
14. Yemeni Coalition for Migrants in Transit

We would be grateful if the submission could be reflected in the regional synthesis report. Endorsing organisations may follow up separately regarding speaking roles.

With best regards,

Mariam Youssef
Coordinator | Arab Platform for Migrant Workers' Rights (APMWR)
Beirut - Lebanon
[cid:image001.png@01D6FA0B.6E3C4D20]
"""
    alt = multi("alternative", [leaf("text/plain", text, "us-ascii"),
                                leaf("text/html", html_wrap(text2html(text.replace(
                                    "[cid:image001.png@01D6FA0B.6E3C4D20]",
                                    "@@IMG@@")).replace("@@IMG@@", '<img width="90" height="30" src="cid:image001.png@01D6FA0B.6E3C4D20" alt="APMWR">')),
                                     "us-ascii")],
                "_000_AM6PR02MB4423_")
    png = leaf("image/png", make_png(12, 4, (150, 30, 40)), cte="base64", params=[("name", '"image001.png"')],
               disp='inline; filename="image001.png"', extra=[("Content-ID", "<image001.png@01D6FA0B.6E3C4D20>")])
    rel = multi("related", [alt, png], "_004_AM6PR02MB4423_", params=[("type", '"multipart/alternative"')])
    pdf = pdf_att(name, ["Joint Civil Society Submission", "Regional Review of the GCM - Arab States 2021",
                         "Coordinated by APMWR, endorsed by 14 organisations"])
    body = multi("mixed", [rel, pdf], "_005_AM6PR02MB4423_")
    finish(5, when, body, "mail-am6eur05on2072.outbound.protection.outlook.example.com", "40.107.22.72", "4DVnW20hRcz9",
           "Mariam Youssef <m.youssef@apmwr.example.org>", "Joint CSO submission - GCM Regional Review (Arab States)",
           rfcdate(sent), "<AM6PR02MB442391C3E08D4F7A2B5C6E1D8F0A2@AM6PR02MB4423.eurprd02.prod.outlook.example.com>",
           dict(category="voluntary_report", language="en", acknowledge=True, on_time=True, report_attachments=[name],
                notes="collective report endorsed by 14 organisations listed in the body (none is a speaker; 'may "
                      "follow up separately regarding speaking roles' is not a request); signature logo image001.png "
                      "is inline and not part of the report; file name with spaces; multipart/mixed > related > "
                      "alternative (Outlook)."),
           extra=[("Accept-Language", "en-US"), ("Content-Language", "en-US"), ("X-MS-Has-Attach", "yes")],
           ret="m.youssef@apmwr.example.org")


def m06():
    # French (Moroccan network), Gmail; report DOCX + two speakers from two member organisations (list)
    when = at("2021-02-03 14:30:09")
    sent = tz(when - dt.timedelta(seconds=3), 1)
    name = "Rapport_volontaire_REMAS_PMM_2021.docx"
    text = """Bonjour,

Au nom du Réseau marocain des associations pour la migration et l'asile (REMAS), je vous transmets ci-joint notre rapport volontaire d'examen du PMM. C'est une version quasi finale, on vous enverra la version définitive si des membres ont encore des retours.

Par ailleurs le réseau souhaite proposer deux intervenant(e)s issu(e)s de ses associations membres :

- M. Youssef El Amrani, Président de l'Association Chemins de Solidarité (Oujda) -> intervention en séance plénière
- Mme Khadija Bennani, Collectif Migrants Droits Maroc (CMDM), coordinatrice juridique -> table ronde 1

Merci de nous confirmer la bonne réception.

Cordialement,
Hicham Tazi
Secrétaire général du REMAS
Rabat
"""
    html = '<div dir="ltr">' + text2html(text) + "</div>\n"
    alt = multi("alternative", [leaf("text/plain", text, "UTF-8"), leaf("text/html", html, "UTF-8")],
                "000000000000e4a9b105ba6f7d21")
    att = docx_att(name, ["Réseau marocain des associations pour la migration et l'asile (REMAS)",
                          "Rapport volontaire - Examen régional du Pacte mondial sur les migrations (PMM), 2021",
                          "1. Méthodologie", "2. Progrès et lacunes", "3. Recommandations"],
                   extra=[("X-Attachment-Id", "f_kkp3x9a70")])
    body = multi("mixed", [alt, att], "000000000000e4a9b305ba6f7d23")
    mid = "<CAGz8Y2k1Tp5wR0sN3qL7bV9mX4cE6hJ2dF8aK0gU5iO3rSt@mail.gmail.example.com>"
    IDS[6] = mid
    finish(6, when, body, "mail-wr1-f43.google.example.com", "209.85.221.43", "4DVw0m6nBfz1",
           "Hicham Tazi <h.tazi.remas@gmail.example.com>", "REMAS - rapport volontaire + intervenants",
           rfcdate(sent), mid,
           dict(category="both", language="fr", acknowledge=True, on_time=True, speakers=[
               sp("Youssef El Amrani", "Président", "Association Chemins de Solidarité (Oujda)", ["plenary"]),
               sp("Khadija Bennani", "coordinatrice juridique", "Collectif Migrants Droits Maroc (CMDM)", ["roundtable"], 1)],
               report_attachments=[name],
               notes="report + two speakers from two member associations of the network; second speaker's "
                     "organisation written before her title; arrows '->' for roles; the report is announced as "
                     "'quasi finale' (a final version follows in h102-18); signer (secrétaire général) is not a "
                     "speaker; Date +0100 (Rabat)."),
           ret="h.tazi.remas@gmail.example.com")


def m07():
    # Arabic Egyptian colloquial, iPhone; report PDF (Arabic file name) + one speaker from a member
    when = at("2021-02-04 00:45:30")
    sent = when - dt.timedelta(seconds=9)
    name = "تقرير التحالف المصري للهجرة - الاستعراض الطوعي.pdf"
    text = """مساء الخير

مبعوت لحضراتكم تقرير التحالف المصري للهجرة والتنمية (١١ جمعية) للاستعراض الطوعي، متأخرين شوية معلش بس كان لازم كل الأعضاء يوافقوا عليه.

وكمان عايزين نرشح أ. محمود سعيد، مسؤول ملف الهجرة في مؤسسة حلول للتنمية (عضو في التحالف)، يتكلم في المائدة المستديرة الرابعة لو ينفع.

شكرا جدا
نهى
التحالف المصري للهجرة والتنمية

مرسلة من الـiPhone
"""
    t = leaf("text/plain", text, "utf-8", "quoted-printable")
    pdf = make_pdf(["Egyptian Alliance for Migration and Development", "Voluntary GCM review report - 2021"])
    att = intl_att("application/pdf", pdf, name)
    body = multi("mixed", [t, att], "Apple-Mail-3C1D9E2F-7A4B-4C8D-9E0F-1A2B3C4D5E6F")
    finish(7, when, body, "mail.tahaluf-eg.example.org", "41.33.17.204", "4DWGk71sYqz4",
           addr("Noha Abdelaziz", "noha@tahaluf-eg.example.org"), hdr("تقرير التحالف + ترشيح"),
           rfcdate(sent), "<5E7F9A1B-3C5D-4E7F-9A1B-3C5D7E9F1A2B@tahaluf-eg.example.org>",
           dict(category="both", language="ar", acknowledge=True, on_time=True, speakers=[
               sp("محمود سعيد", "مسؤول ملف الهجرة", "مؤسسة حلول للتنمية", ["roundtable"], 4)],
               report_attachments=[name],
               notes="Egyptian colloquial ('مبعوت لحضراتكم', 'عايزين', 'لو ينفع'); the sender apologises for being "
                     "late but it is 4 Feb, on time for both parts; speaker is staff of a member foundation "
                     "('عضو في التحالف' is not part of the affiliation), 'أ.' honorific dropped; Arabic PDF name "
                     "(RFC 2047 name=, RFC 2231 filename*=); signed with first name only."),
           extra=[("X-Mailer", "iPhone Mail (18C66)")], ret="noha@tahaluf-eg.example.org")


def m08():
    # English, HTML-only table with three speakers from a consortium
    when = at("2021-02-04 17:45:00")
    sent = tz(when - dt.timedelta(seconds=4), 4)
    rows_ = [("Dr. Priya Menon", "Research Director", "Migrant Forum Gulf Chapter", "Open discussion (23 Feb)"),
             ("Abdullah Al-Harthy", "Legal Advisor", "Oman Human Rights Lawyers Collective",
              "Rapporteur (or plenary floor intervention if rapporteur is taken)"),
             ("Grace Wanjiru", "Community Organiser", "Kenyan Domestic Workers Association &ndash; Gulf Branch",
              "Roundtable 4 (labour migration)")]
    trs = "".join('<tr>%s</tr>\n' % "".join('<td style="border:1px solid #999;padding:4px">%s</td>' % c for c in r)
                  for r in rows_)
    html = html_wrap("""<div style="font-family:Calibri,Arial,sans-serif;font-size:11pt">
<p>Dear GCM Regional Review team,</p>
<p>On behalf of the <b>Gulf-Asia-Africa Migrant Workers Consortium (GAMWC)</b>, a consortium of 31 migrant-led and migrant-serving groups across the GCC, I am pleased to put forward the following three members for speaking roles:</p>
<table style="border-collapse:collapse">
<tr><th style="border:1px solid #999;padding:4px">Name</th><th style="border:1px solid #999;padding:4px">Position</th><th style="border:1px solid #999;padding:4px">Member organisation</th><th style="border:1px solid #999;padding:4px">Requested role</th></tr>
%s</table>
<p>All three have confirmed availability on 23-25 February. Grace would need the session to be in English.</p>
<p>Warm regards,<br>
Jonathan Reyes<br>
Consortium Coordinator, GAMWC<br>
Dubai, UAE</p>
</div>""" % trs)
    body = leaf("text/html", html, "utf-8", "quoted-printable")
    mid = "<1f3e5a7c-9b2d-4e6f-8a1c-3e5a7c9b2d4e@gamwc.example.org>"
    IDS[8] = mid
    finish(8, when, body, "smtp.gamwc.example.org", "94.200.15.77", "4DWb1n8XrKz6",
           "Jonathan Reyes <coordinator@gamwc.example.org>", "GAMWC speaker nominations (3)", rfcdate(sent), mid,
           dict(category="speaker_request", language="en", acknowledge=True, on_time=True, speakers=[
               sp("Priya Menon", "Research Director", "Migrant Forum Gulf Chapter", ["open_discussion"]),
               sp("Abdullah Al-Harthy", "Legal Advisor", "Oman Human Rights Lawyers Collective", ["rapporteur", "plenary"]),
               sp("Grace Wanjiru", "Community Organiser", "Kenyan Domestic Workers Association – Gulf Branch",
                  ["roundtable"], 4)],
               notes="HTML-only message, three speakers in a table with a column per field; speakers belong to "
                     "member organisations, not to the consortium (GAMWC) that the coordinator signs for; "
                     "rapporteur with plenary as fallback; '&ndash;' entity in an organisation name; Date +0400 "
                     "(Dubai)."),
           extra=[("User-Agent", "Roundcube Webmail/1.4.10")], ret="coordinator@gamwc.example.org")


def m09():
    # French, Levantine (Lebanese) French, Thunderbird latin-1; title/org in unusual order
    when = at("2021-02-05 08:40:27")
    sent = when - dt.timedelta(seconds=5)
    text = """Bonjour à toute l'équipe,

J'espère que vous allez bien malgré tout. Je vous écris pour demander une prise de parole lors de la séance plénière du 24 ou du 25 février.

Je suis au Centre Nour pour la dignité des migrants, où j'occupe le poste de coordinatrice des programmes depuis 2018 ; notre centre est membre fondateur du Collectif libanais pour les droits des travailleurs migrants, et c'est d'ailleurs le Collectif qui m'a demandé de porter cette intervention, sur la kafala et les travailleuses domestiques bloquées au Liban après l'explosion du 4 août.

Je reste dispo pour un appel si besoin, yalla merci d'avance !

Rita Khoury
Centre Nour - Achrafieh, Beyrouth
+961 3 123 456
"""
    body = leaf("text/plain", flowed(text), "ISO-8859-1", "quoted-printable", params=[("format", "flowed")])
    finish(9, when, body, "mail.centrenour.example.org", "185.104.12.9", "4DWqT35gHvz8",
           "Rita Khoury <rita.khoury@centrenour.example.org>", "Demande d'intervention - pleniere",
           rfcdate(sent), "<7a2c4e6f-8b1d-3f5a-7c9e-1b3d5f7a9c2e@centrenour.example.org>",
           dict(category="speaker_request", language="fr", acknowledge=True, on_time=True, speakers=[
               sp("Rita Khoury", "coordinatrice des programmes", "Centre Nour pour la dignité des migrants", ["plenary"])],
               notes="Lebanese French ('dispo', 'yalla'); title and organisation given in prose in reverse order "
                     "('Je suis au Centre Nour ..., où j'occupe le poste de coordinatrice des programmes'); she "
                     "speaks at the request of the Collectif (a network) but her affiliation is the centre; "
                     "signature shortens it to 'Centre Nour'; ISO-8859-1 QP, format=flowed (Thunderbird)."),
           extra=[("User-Agent", "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:78.0) Gecko/20100101 Thunderbird/78.7.0"),
                  ("Content-Language", "fr")],
           ret="rita.khoury@centrenour.example.org")


def m10():
    # Arabic Gulf colloquial, focal point proposes a member's staff; 2 minutes before the speaker deadline
    when = at("2021-02-05 23:57:41")
    sent = tz(when - dt.timedelta(seconds=6), 3)
    text = """السلام عليكم ورحمة الله

حياكم الله، معكم خالد المطيري نقطة الاتصال (focal point) لشبكة الخليج لحقوق العمالة المنزلية.

حبينا نرشح الأخت فاطمة العنزي تكون مقررة وتقدم الرسائل الرئيسية لأصحاب المصلحة، وهي باحثة قانونية في جمعية الوفاق لدعم العمالة المنزلية - الكويت، وهي من الجمعيات الأعضاء في الشبكة.

ترى شفنا بالرسالة العربية إن آخر موعد الجمعة ٢٣ فبراير بس قلنا نرسل الحين احتياطاً 🙏

وتقبلوا تحياتي
خالد المطيري
نقطة الاتصال – شبكة الخليج لحقوق العمالة المنزلية
الكويت
"""
    html = '<div dir="rtl">' + text2html(text) + "</div>\n"
    alt = multi("alternative", [leaf("text/plain", text, "UTF-8", "base64"), leaf("text/html", html, "UTF-8", "base64")],
                "0000000000003c5e7a05baa1b2c4")
    finish(10, when, body=alt, host="mail-pl1-f170.google.example.com", ip="209.85.214.170", qid="4DXL7w0pSgz2",
           frm=addr("خالد المطيري", "k.almutairi.gdwn@gmail.example.com"),
           subject=hdr("ترشيح مقررة - شبكة الخليج لحقوق العمالة المنزلية"), date=rfcdate(sent),
           mid="<CAM4pQ7rS0tU3vW6xY9zA2bC5dE8fG1hI4jK7lM0nO3pQ6rS@mail.gmail.example.com>",
           label=dict(category="speaker_request", language="ar", acknowledge=True, on_time=True, speakers=[
               sp("فاطمة العنزي", "باحثة قانونية", "جمعية الوفاق لدعم العمالة المنزلية - الكويت", ["rapporteur"])],
               notes="deadline edge: received 23:57:41 Beirut on Fri 5 Feb, on time, but the Date header reads "
                     "'Sat, 6 Feb 2021 00:57:35 +0300' (Kuwait); Gulf colloquial ('حبينا', 'ترى', 'الحين'); "
                     "quotes the Arabic letter's misprinted 'الجمعة ٢٣ فبراير'; focal point of the network writes "
                     "but proposes a member association's staff; 'الأخت' dropped; 'مقررة' = rapporteur."),
           ret="k.almutairi.gdwn@gmail.example.com")


def m11():
    # English, London, 7 minutes after the speaker deadline
    when = at("2021-02-06 00:06:40")
    sent = tz(when - dt.timedelta(seconds=9), 0)
    text = """Dear Sir or Madam,

Just making it before tonight's deadline, I hope!

The Euro-Arab Diaspora Alliance for Migration (EADAM) would like to request a floor intervention in the plenary on 24 or 25 February. Our nominee is the Chair of our Board:

    Samir Haddad
    Chair of the Board
    Euro-Arab Diaspora Alliance for Migration (EADAM)

EADAM brings together 40 diaspora associations in 9 European countries with roots in the Arab region; Samir would speak on remittances and diaspora engagement (GCM objective 19/20).

Many thanks,

Louise Martin-Saad
Membership & Policy Officer, EADAM
London
"""
    body = leaf("text/plain", text, "us-ascii", "7bit")
    finish(11, when, body, "mail.eadam.example.org", "51.140.22.9", "4DXLKq6ZtMz0",
           "Louise Martin-Saad <l.martin-saad@eadam.example.org>", "EADAM - request for plenary floor intervention",
           rfcdate(sent), "<161256279101.4412.98120334876@eadam.example.org>",
           dict(category="speaker_request", language="en", acknowledge=True, on_time=False, speakers=[
               sp("Samir Haddad", "Chair of the Board", "Euro-Arab Diaspora Alliance for Migration (EADAM)", ["plenary"])],
               notes="late by 7 minutes: received 00:06:40 Beirut on Sat 6 Feb, while the Date header says 'Fri, 5 "
                     "Feb 2021 22:06:31 +0000' (London) and the sender thinks she is in time; speaker block indented "
                     "after the intro; sender is not the speaker."),
           extra=[("User-Agent", "Mutt/1.10.1 (2018-07-13)")], ret="l.martin-saad@eadam.example.org")


def m12():
    # Arabic auto-reply (out of office) from a network coordinator
    when = at("2021-02-06 08:12:03")
    sent = tz(when - dt.timedelta(seconds=1), 1)
    text = """شكراً لرسالتكم.
أنا خارج المكتب في مهمة ميدانية حتى ١٥ شباط/فبراير ٢٠٢١ مع إمكانية محدودة للاطلاع على البريد الإلكتروني.
للمسائل المتعلقة بالشبكة يرجى التواصل مع الأمانة: secretariat@rmmaghreb.example.org

Thank you for your message. I am on mission until 15 February 2021 with limited access to email.
For network matters please contact secretariat@rmmaghreb.example.org

مراد بن يوسف
منسق الشبكة المغاربية للهجرة والتنقل
"""
    body = leaf("text/plain", text, "utf-8", "base64")
    rows_extra = [("In-Reply-To", "<ack-20210206-0045@gcmrr.iom.int>"), ("References", "<ack-20210206-0045@gcmrr.iom.int>"),
                  ("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All"),
                  ("Precedence", "bulk")]
    finish(12, when, body, "mail.rmmaghreb.example.org", "102.164.9.31", "4DXZ4c2Wd5z7",
           addr("مراد بن يوسف", "m.benyoussef@rmmaghreb.example.org"),
           re_hdr("Automatic reply: ", "تم استلام طلبكم"), rfcdate(sent), "<20210206071202.7Q3R@rmmaghreb.example.org>",
           dict(category="auto_reply", language="ar", acknowledge=False, on_time=None,
                notes="bilingual Arabic/English out-of-office of a network coordinator answering one of our "
                      "acknowledgements; Auto-Submitted: auto-replied, Precedence: bulk; mentions the network and a "
                      "secretariat address but is not a submission; never acknowledge."),
           extra=rows_extra, ret="m.benyoussef@rmmaghreb.example.org")


def m13():
    # English Outlook reply: replaces one speaker of h102-08, after the deadline
    when = at("2021-02-07 11:20:16")
    sent = tz(when - dt.timedelta(seconds=7), 4)
    text = """Dear team,

Unfortunately Grace Wanjiru will not be able to join us after all (travel/work permit issue). The consortium would like to propose instead Mary Atieno, Programme Officer at the same association, Kenyan Domestic Workers Association - Gulf Branch, for the same slot in Roundtable 4.

Priya and Abdullah remain as nominated below.

Apologies for the change and thank you for your flexibility.

Jonathan

From: Jonathan Reyes <coordinator@gamwc.example.org>
Sent: Thursday, February 4, 2021 7:44 PM
To: gcmrrarabstates@iom.int
Subject: GAMWC speaker nominations (3)

Dear GCM Regional Review team,

On behalf of the Gulf-Asia-Africa Migrant Workers Consortium (GAMWC), a consortium of 31 migrant-led and migrant-serving groups across the GCC, I am pleased to put forward the following three members for speaking roles:

Name | Position | Member organisation | Requested role
Dr. Priya Menon | Research Director | Migrant Forum Gulf Chapter | Open discussion (23 Feb)
Abdullah Al-Harthy | Legal Advisor | Oman Human Rights Lawyers Collective | Rapporteur (or plenary floor intervention if rapporteur is taken)
Grace Wanjiru | Community Organiser | Kenyan Domestic Workers Association - Gulf Branch | Roundtable 4 (labour migration)

All three have confirmed availability on 23-25 February. Grace would need the session to be in English.

Warm regards,
Jonathan Reyes
Consortium Coordinator, GAMWC
Dubai, UAE
"""
    html = html_wrap('<div class="WordSection1">' + text2html(text) + "</div>")
    body = multi("alternative", [leaf("text/plain", text, "us-ascii"), leaf("text/html", html, "us-ascii")],
                 "_000_DB7PR05MB5032A1B2C3D4E5F6_")
    finish(13, when, body, "mail-db8eur05on2081.outbound.protection.outlook.example.com", "40.107.20.81", "4DYm2s9KqBz3",
           "Jonathan Reyes <coordinator@gamwc.example.org>", "RE: GAMWC speaker nominations (3)", rfcdate(sent),
           "<DB7PR05MB5032A1B2C3D4E5F60718293A4B5C6@DB7PR05MB5032.eurprd05.prod.outlook.example.com>",
           dict(category="speaker_request", language="en", acknowledge=True, on_time=False, speakers=[
               sp("Mary Atieno", "Programme Officer", "Kenyan Domestic Workers Association - Gulf Branch",
                  ["roundtable"], 4)],
               thread_of="h102-08.eml",
               notes="follow-up of h102-08 that replaces one of three speakers, sent 7 Feb (after the speaker "
                     "deadline, so late although the original nomination was on time); only the new speaker is "
                     "proposed here, the other two are in the quoted Outlook original ('remain as nominated'); 'the "
                     "same slot in Roundtable 4'; Outlook top-posting with From/Sent/To quote header."),
           extra=[("In-Reply-To", IDS[8]), ("References", IDS[8]), ("Thread-Topic", "GAMWC speaker nominations (3)"),
                  ("Thread-Index", "AQHW+uKc1x0Qm3bQy0aZ7T5nL2xF8KqT"), ("Content-Language", "en-US")],
           ret="coordinator@gamwc.example.org")


def m14():
    # Arabic Maghrebi colloquial (Darija) question: one report for all members or one each?
    when = at("2021-02-08 13:05:44")
    sent = tz(when - dt.timedelta(seconds=3), 1)
    text = """السلام عليكم

بغينا نسولو واحد السؤال: التنسيقية ديالنا فيها 9 ديال الجمعيات، واش نقدرو نصيفطو تقرير واحد باسم كاع الجمعيات الأعضاء ولا خاص كل جمعية تصيفط التقرير ديالها بوحدها؟ و واش التقرير يقدر يكون بالفرنسية؟

و زعما واش غادي تكون الترجمة للعربية فالمؤتمر نهار 24 و 25؟

بارك الله فيكم
عبد الإله
التنسيقية المغاربية للهجرة - وجدة
"""
    body = leaf("text/plain", text, "UTF-8", "quoted-printable")
    finish(14, when, body, "mail-lj1-f178.google.example.com", "209.85.208.178", "4DZ8pF1vGxz4",
           addr("Abdelilah Tmg", "tansiqiya.maghribiya@gmail.example.com"), hdr("سؤال على التقرير"),
           rfcdate(sent), "<CAK1wX4zA7bC0dE3fG6hI9jK2lM5nO8pQ1rS4tU7vW0xY3zA@mail.gmail.example.com>",
           dict(category="other", language="ar", acknowledge=True, on_time=None,
                notes="Moroccan Darija ('بغينا نسولو', 'نصيفطو', 'كاع', 'واش'); a coordination of 9 associations "
                      "asks whether one collective report is enough and about French and interpretation: a "
                      "question, no submission; not a speaker request despite the conference dates."),
           ret="tansiqiya.maghribiya@gmail.example.com")


def m15():
    # French, Lebanese, iPhone; collective report, accented file name (RFC 2231)
    when = at("2021-02-09 18:33:09")
    sent = when - dt.timedelta(seconds=8)
    name = "Rapport collectif – Réseau Tadamon.pdf"
    text = """Bonsoir,
Ci-joint le rapport collectif du Réseau Tadamon (12 associations, Liban-Nord et Bekaa) pour l'examen volontaire du PMM.
Désolée pour le format, c'est un scan de la version signée par toutes les assos.
Bonne soirée
Joumana

Envoyé de mon iPhone
"""
    t = leaf("text/plain", text, "utf-8", "quoted-printable")
    pdf = make_pdf(["Reseau Tadamon - Rapport collectif", "Examen volontaire du Pacte mondial sur les migrations",
                    "Liban-Nord et Bekaa, 2021"])
    att = Message(policy=POL)
    att["Content-Type"] = "application/pdf;\r\n\tname*=%s" % rfc2231(name)
    att["Content-Disposition"] = "attachment;\r\n\tfilename*=%s" % rfc2231(name)
    att["Content-Transfer-Encoding"] = "base64"
    att.set_payload(base64.encodebytes(pdf).decode("ascii"))
    body = multi("mixed", [t, att], "Apple-Mail-9A8B7C6D-5E4F-4A3B-2C1D-0E9F8A7B6C5D")
    finish(15, when, body, "mail.tadamon-lb.example.org", "178.135.4.20", "4DZjR8cN1wz6",
           "Joumana Saliba <joumana@tadamon-lb.example.org>", "Rapport", rfcdate(sent),
           "<A1B2C3D4-E5F6-4789-ABCD-EF0123456789@tadamon-lb.example.org>",
           dict(category="voluntary_report", language="fr", acknowledge=True, on_time=True, report_attachments=[name],
                notes="very short iPhone mail, one-word subject 'Rapport'; collective report of a 12-association "
                      "network; file name with an en dash and accent in RFC 2231 only (name*=, filename*=); 'assos'."),
           extra=[("X-Mailer", "iPhone Mail (18D52)")], ret="joumana@tadamon-lb.example.org")


def m16():
    # Arabic (Jordan), Thunderbird; report + speaker as a key:value list; speaker part late
    when = at("2021-02-10 10:10:52")
    sent = when - dt.timedelta(seconds=5)
    name = "Jordan_National_CSO_Platform_GCM_Report.pdf"
    text = """الإخوة والأخوات في فريق الاستعراض الإقليمي المحترمين،

تحية طيبة،

نرفق لكم التقرير الطوعي المشترك الصادر عن المنصة الوطنية الأردنية لمنظمات المجتمع المدني العاملة في مجال الهجرة، والذي شاركت في إعداده 15 منظمة.

كما نرجو التكرم باعتماد المتحدثة التالية باسم المنصة:

الاسم: لينا عبيدات
الصفة: مديرة تنفيذية
الجهة: مركز سند للمساعدة القانونية وحقوق الإنسان
المشاركة المطلوبة: المائدة المستديرة الأولى

مع الشكر الجزيل،
أمانة سر المنصة
عمر الزيود
"""
    t = leaf("text/plain", flowed(text), "UTF-8", "8bit", params=[("format", "flowed")])
    pdf = pdf_att(name, ["Jordan National Platform of CSOs working on Migration", "Joint voluntary GCM review report",
                         "15 organisations, February 2021"])
    body = multi("mixed", [t, pdf], "------------8D2E4F6A1B3C5D7E9F0A2B4C")
    finish(16, when, body, "mail.jo-cso-platform.example.org", "212.34.5.66", "4F0b6Tq2Xmz8",
           addr("عمر الزيود", "o.zyoud@jo-cso-platform.example.org"),
           hdr("التقرير الطوعي للمنصة الوطنية + متحدثة"), rfcdate(sent),
           "<4c6e8a0b-2d4f-6a8c-0e2b-4d6f8a0c2e4b@jo-cso-platform.example.org>",
           dict(category="both", language="ar", acknowledge=True, on_time=False, speakers=[
               sp("لينا عبيدات", "مديرة تنفيذية", "مركز سند للمساعدة القانونية وحقوق الإنسان", ["roundtable"], 1)],
               report_attachments=[name],
               notes="both on 10 Feb: the report is on time but the speaker request is after 5 Feb, so on_time is "
                     "false; speaker details as 'key: value' lines; speaks 'باسم المنصة' but her affiliation is "
                     "her centre; signature 'أمانة سر المنصة' then a name; Thunderbird 8bit format=flowed."),
           extra=[("User-Agent", "Mozilla/5.0 (X11; Ubuntu; Linux x86_64; rv:78.0) Gecko/20100101 Thunderbird/78.6.1"),
                  ("Content-Language", "ar")],
           ret="o.zyoud@jo-cso-platform.example.org")


def m17():
    # English logistics question (Gmail)
    when = at("2021-02-11 15:00:37")
    sent = tz(when - dt.timedelta(seconds=2), 1)
    text = """Hello,

quick logistics question: we are an alliance of about 30 member groups and many of them would like to follow the conference on 24-25 Feb even if they're not speaking. Will there be a public livestream or do they each need to register for the Zoom? And is there French interpretation in the roundtables? Several of our Maghreb members are more comfortable in French.

Thanks!
Sofia

Sofia Lindqvist-Amrani
Network Facilitator
MENA Migrant Justice Alliance
"""
    html = '<div dir="ltr">' + text2html(text) + "</div>\n"
    body = multi("alternative", [leaf("text/plain", text, "UTF-8"), leaf("text/html", html, "UTF-8")],
                 "00000000000071a3c905bb1d4e2f")
    finish(17, when, body, "mail-ed1-f52.google.example.com", "209.85.208.52", "4F0rY3kPfNz1",
           "Sofia Lindqvist-Amrani <sofia@menamja.example.org>", "Livestream / interpretation?", rfcdate(sent),
           "<CAH2yZ5aB8cD1eF4gH7iJ0kL3mN6oP9qR2sT5uV8wX1yZ4aB@mail.gmail.example.com>",
           dict(category="other", language="en", acknowledge=True, on_time=None,
                notes="logistics question from a network facilitator (livestream, registration, interpretation); "
                      "mentions the roundtables and conference dates but proposes no speaker."),
           ret="sofia@menamja.example.org")


def m18():
    # French Gmail reply to h102-06 with the final version of the report
    when = at("2021-02-12 09:10:25")
    sent = tz(when - dt.timedelta(seconds=4), 1)
    name = "Rapport_volontaire_REMAS_PMM_2021_VF.docx"
    text = """Bonjour,

Comme annoncé, voici la version finale (VF) de notre rapport, qui annule et remplace celle envoyée le 3 février. Les intervenants proposés restent inchangés.

Bien cordialement,
Hicham Tazi
Secrétaire général du REMAS

Le mer. 3 févr. 2021 à 13:30, Hicham Tazi <h.tazi.remas@gmail.example.com> a écrit :
> Bonjour,
>
> Au nom du Réseau marocain des associations pour la migration et l'asile (REMAS), je vous transmets ci-joint notre rapport volontaire d'examen du PMM. C'est une version quasi finale, on vous enverra la version définitive si des membres ont encore des retours.
>
> Par ailleurs le réseau souhaite proposer deux intervenant(e)s issu(e)s de ses associations membres :
>
> - M. Youssef El Amrani, Président de l'Association Chemins de Solidarité (Oujda) -> intervention en séance plénière
> - Mme Khadija Bennani, Collectif Migrants Droits Maroc (CMDM), coordinatrice juridique -> table ronde 1
>
> Merci de nous confirmer la bonne réception.
>
> Cordialement,
> Hicham Tazi
> Secrétaire général du REMAS
> Rabat
"""
    html = '<div dir="ltr">' + text2html(text.split("\n\nLe mer.")[0]) + \
        '<br><div class="gmail_quote"><div dir="ltr" class="gmail_attr">Le mer. 3 févr. 2021 à 13:30, Hicham Tazi &lt;h.tazi.remas@gmail.example.com&gt; a écrit&nbsp;:<br></div>' \
        '<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex">' + \
        text2html("\n".join(l[2:] if l.startswith("> ") else l[1:] for l in text.split("a écrit :\n")[1].splitlines())) + \
        "</blockquote></div></div>\n"
    alt = multi("alternative", [leaf("text/plain", text, "UTF-8"), leaf("text/html", html, "UTF-8")],
                "000000000000a1b2c305bb2f6e90")
    att = docx_att(name, ["Réseau marocain des associations pour la migration et l'asile (REMAS)",
                          "Rapport volontaire - Examen régional du PMM, 2021 - VERSION FINALE"],
                   extra=[("X-Attachment-Id", "f_kl1a2b3c0")])
    body = multi("mixed", [alt, att], "000000000000a1b2c505bb2f6e92")
    finish(18, when, body, "mail-wr1-f47.google.example.com", "209.85.221.47", "4F1Hm0Zs7Qz5",
           "Hicham Tazi <h.tazi.remas@gmail.example.com>", "Re: REMAS - rapport volontaire + intervenants",
           rfcdate(sent), "<CAGz8Y2mV4n7pQ0rS3tU6vW9xY2zA5bC8dE1fG4hI7jK0lMn@mail.gmail.example.com>",
           dict(category="voluntary_report", language="fr", acknowledge=True, on_time=True, report_attachments=[name],
                thread_of="h102-06.eml",
                notes="revised report replacing the one in h102-06 ('annule et remplace'); the quoted original "
                      "still lists two speakers, but this message proposes none ('restent inchangés'), so it is a "
                      "voluntary_report, not 'both'; Gmail French quote header 'Le mer. 3 févr. 2021 à 13:30'."),
           extra=[("In-Reply-To", IDS[6]), ("References", IDS[6])], ret="h.tazi.remas@gmail.example.com")


def m19():
    # French (Algerian), Outlook HTML-only; question about individual vs collective contributions
    when = at("2021-02-13 12:00:18")
    sent = tz(when - dt.timedelta(seconds=6), 1)
    html = html_wrap("""<div class="WordSection1">
<p class="MsoNormal">Bonjour Madame, Monsieur,</p>
<p class="MsoNormal">Notre collectif (Collectif algérien des associations d'aide aux migrants, CAAAM) a participé au rapport collectif régional coordonné par un réseau partenaire. Certaines de nos associations membres souhaitent savoir si elles peuvent <u>également</u> envoyer une contribution individuelle, ou si cela ferait doublon ?</p>
<p class="MsoNormal">Par ailleurs, la date limite du 16 février est-elle définitive ou une nouvelle prolongation est-elle envisagée ? Nos membres du Sud (Tamanrasset) ont des difficultés de connexion.</p>
<p class="MsoNormal">Dans l'attente de votre retour, veuillez recevoir nos salutations les meilleures.</p>
<p class="MsoNormal">Amina Belkacem<br>Chargée de la coordination<br>CAAAM – Alger</p>
</div>""")
    body = leaf("text/html", html, "windows-1252", "quoted-printable")
    finish(19, when, body, "mail-eopbgr110090.outbound.protection.outlook.example.com", "40.107.11.90", "4F2Pd5Lr8Wz0",
           "Amina Belkacem <a.belkacem@caaam-dz.example.org>", "Question : contributions individuelles et collectives",
           rfcdate(sent), "<PR3P193MB0876D1E2F3A4B5C6D7E8F90A1B2C3@PR3P193MB0876.EURP193.PROD.OUTLOOK.example.com>",
           dict(category="other", language="fr", acknowledge=True, on_time=None,
                notes="question (can members also send individual contributions? will 16 Feb be extended?); "
                      "HTML-only windows-1252 QP Outlook; names a collective and a collective report but submits "
                      "nothing."),
           extra=[("Content-Language", "fr-FR"), ("X-MS-Has-Attach", "")], ret="a.belkacem@caaam-dz.example.org")


def m20():
    # Arabic MSA collective report with the list of endorsing organisations in the body (Thunderbird)
    when = at("2021-02-15 20:30:47")
    sent = when - dt.timedelta(seconds=4)
    name = "التقرير_الجماعي_لتحالف_حماية_المهاجرين_2021.pdf"
    text = """حضرات القائمين على الاستعراض الإقليمي للاتفاق العالمي من أجل الهجرة،

تحية طيبة وبعد،

يتشرف تحالف المنظمات العربية لحماية المهاجرين واللاجئين بأن يرسل إليكم طيّه تقريره الطوعي الجماعي حول تنفيذ الاتفاق العالمي من أجل الهجرة في المنطقة العربية (2019-2020)، وقد صادقت عليه المنظمات التالية:

- الجمعية التونسية للدفاع عن حقوق المهاجرين
- المرصد السوداني للهجرة غير النظامية
- جمعية أصدقاء المهاجرين – نواكشوط
- مركز العراق لحقوق العائدين والنازحين
- الرابطة اليمنية للاجئين والمهاجرين
- منظمة بيت الهجرة – الدار البيضاء
- المبادرة الليبية لحماية المهاجرين في مراكز الاحتجاز
- مؤسسة كرامة العمال – عمّان
- الجمعية الفلسطينية لحقوق اللاجئين

ونأمل أن تُدرج خلاصات التقرير في التقرير التجميعي الإقليمي.

مع فائق الاحترام،

د. منى الشريف
رئيسة لجنة المتابعة
تحالف المنظمات العربية لحماية المهاجرين واللاجئين
"""
    t = leaf("text/plain", flowed(text), "UTF-8", "8bit", params=[("format", "flowed")])
    pdf = make_pdf(["Coalition of Arab Organisations for the Protection of Migrants and Refugees",
                    "Collective voluntary GCM review report 2019-2020", "Endorsed by 9 organisations"])
    att = Message(policy=POL)
    att["Content-Type"] = 'application/pdf;\r\n name="%s"' % b_word(name)
    att["Content-Transfer-Encoding"] = "base64"
    att["Content-Disposition"] = "attachment;\r\n " + ";\r\n ".join(rfc2231_cont("filename", name, 60))
    att.set_payload(base64.encodebytes(pdf).decode("ascii"))
    body = multi("mixed", [t, att], "------------1F3E5D7C9B0A2E4D6C8B0A1F")
    finish(20, when, body, "mail.arab-mrc.example.org", "196.203.12.40", "4F4Vb2Nq6Rz9",
           addr("منى الشريف", "mona.sharif@arab-mrc.example.org"),
           hdr("التقرير الطوعي الجماعي - تحالف المنظمات العربية لحماية المهاجرين واللاجئين"), rfcdate(sent),
           "<8e0a2c4e-6f8a-0c2e-4a6c-8e0a2c4e6f8a@arab-mrc.example.org>",
           dict(category="voluntary_report", language="ar", acknowledge=True, on_time=True, report_attachments=[name],
                notes="collective report; nine endorsing organisations listed in the body as bullets, none of them a "
                      "speaker and no speaker requested; Arabic PDF name in RFC 2231 continuations "
                      "(filename*0*/filename*1*...) and RFC 2047 name=; Thunderbird 8bit format=flowed."),
           extra=[("User-Agent", "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:78.0) Gecko/20100101 Thunderbird/78.7.1"),
                  ("Content-Language", "ar")],
           ret="mona.sharif@arab-mrc.example.org")


def m21():
    # bounce: our mail to a network's member list address was rejected
    when = at("2021-02-16 09:02:11")
    qid = "4F4x8Kc1Dqz3"
    arr = tz(when - dt.timedelta(seconds=40), 1)
    text = """This is the mail system at host mx.remas-maroc.example.org.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

For further assistance, please send mail to postmaster.

If you do so, please include this problem report. You can
delete your own text from the attached returned message.

                   The mail system

<membres@remas-maroc.example.org>: host lists.remas-maroc.example.org[41.248.7.19] said:
    550 5.7.1 <membres@remas-maroc.example.org>: Sender not a member of this list
    (in reply to RCPT TO command)
"""
    dsn = """Reporting-MTA: dns; mx.remas-maroc.example.org
X-Postfix-Queue-ID: %s
X-Postfix-Sender: rfc822; gcmrrarabstates@iom.int
Arrival-Date: %s

Final-Recipient: rfc822; membres@remas-maroc.example.org
Original-Recipient: rfc822;membres@remas-maroc.example.org
Action: failed
Status: 5.7.1
Remote-MTA: dns; lists.remas-maroc.example.org
Diagnostic-Code: smtp; 550 5.7.1 <membres@remas-maroc.example.org>: Sender not a
    member of this list
""" % (qid, rfcdate(arr))
    hdrs = """From: GCM Regional Review Arab States <gcmrrarabstates@iom.int>
To: membres@remas-maroc.example.org
Subject: Reminder: voluntary GCM review reports due 16 February 2021
Date: %s
Message-ID: <reminder-20210216-0007@gcmrr.iom.int>
""" % rfcdate(tz(arr - dt.timedelta(seconds=3), 2))
    p1 = leaf("text/plain", text, "us-ascii", "7bit", extra=[("Content-Description", "Notification")])
    p2 = Message(policy=POL)
    p2["Content-Description"] = "Delivery report"
    p2["Content-Type"] = "message/delivery-status"
    from email.parser import Parser
    for block in dsn.strip("\n").split("\n\n"):
        p2.attach(Parser(policy=POL).parsestr(block + "\n", headersonly=True))
    p3 = leaf("text/rfc822-headers", hdrs, "us-ascii", "7bit",
              extra=[("Content-Description", "Undelivered Message Headers")])
    body = multi("report", [p1, p2, p3], "%s.1613458931/mx.remas-maroc.example.org" % qid,
                 params=[("report-type", "delivery-status")])
    m = Message(policy=POL)
    m["Return-Path"] = "<>"
    m["Delivered-To"] = BOX
    m["Received"] = received(when, "mx.remas-maroc.example.org", "41.248.7.18", "4F4x9Bq0Tmz1")
    m["Date"] = rfcdate(tz(when - dt.timedelta(seconds=2), 1))
    m["From"] = "MAILER-DAEMON@mx.remas-maroc.example.org (Mail Delivery System)"
    m["Subject"] = "Undelivered Mail Returned to Sender"
    m["To"] = BOX
    m["Auto-Submitted"] = "auto-replied"
    m["MIME-Version"] = "1.0"
    m["Message-Id"] = "<20210216080209.%s@mx.remas-maroc.example.org>" % qid
    for k, v in body.items():
        m[k] = v
    m.set_payload(body.get_payload())
    m.preamble = "This is a MIME-encapsulated message."
    add(21, when, m, dict(category="bounce", language="en", acknowledge=False, on_time=None,
        notes="Postfix DSN from a member network's mail server: our reminder to its members list was rejected "
              "(5.7.1 sender not a member of this list); the returned headers mention the 16 February report "
              "deadline; never acknowledge."))


def m22():
    # French thank-you from the PTOM secretariat, reply to our acknowledgement of h102-03
    when = at("2021-02-16 11:45:30")
    sent = tz(when - dt.timedelta(seconds=5), 1)
    ack = "<ack-20210202-0061@gcmrr.iom.int>"
    text = """Bonjour,

Bien reçu, merci beaucoup pour la confirmation.

Bonne journée,

Le Secrétariat de la PTOM

-----Message d'origine-----
De : GCM Regional Review Arab States <gcmrrarabstates@iom.int>
Envoyé : mardi 2 février 2021 11:40
À : Secretariat PTOM <secretariat@ptom-tn.example.org>
Objet : Accusé de réception : Candidature PTOM - table ronde 3 - Examen regional PMM

Nous accusons réception de votre demande de prise de parole.
"""
    body = leaf("text/plain", text, "iso-8859-1", "quoted-printable")
    finish(22, when, body, "smtp.topnet.example.tn", "197.3.41.18", "4F52Hs7wLbz6",
           '"Secretariat PTOM" <secretariat@ptom-tn.example.org>',
           hdr("RE: Accusé de réception : Candidature PTOM - table ronde 3 - Examen regional PMM", "iso-8859-1", "Q"),
           rfcdate(sent), "<001b01d70441$7e2a9c40$7a7fd4c0$@ptom-tn.example.org>",
           dict(category="other", language="fr", acknowledge=False, on_time=None, thread_of="h102-03.eml",
                notes="thank-you reply to our acknowledgement of h102-03, adds nothing new: do not acknowledge; "
                      "signed by the secretariat with no person's name; subject still says 'Candidature ... table "
                      "ronde 3' but no speaker is proposed."),
           extra=[("In-Reply-To", ack), ("References", "%s %s" % (IDS[3], ack)), ("X-Mailer", "Microsoft Outlook 16.0"),
                  ("Content-Language", "fr")],
           ret="secretariat@ptom-tn.example.org")


def m23():
    # French (Tunis), report 4 minutes before the report deadline, same report in PDF and DOCX
    when = at("2021-02-16 23:56:12")
    sent = tz(when - dt.timedelta(seconds=10), 1)
    html = html_wrap("""<div>Madame, Monsieur,</div>
<div><br></div>
<div>Veuillez trouver ci-joint le rapport volontaire de l'Alliance maghr&eacute;bine pour la mobilit&eacute; et les droits (AMMD), consortium de 16 organisations de Tunisie, d'Alg&eacute;rie, du Maroc et de Mauritanie, en version PDF et en version Word (m&ecirc;me contenu) au cas o&ugrave; vous auriez besoin de reprendre des passages.</div>
<div><br></div>
<div>Nous esp&eacute;rons qu'il arrive dans les temps, la validation par le comit&eacute; de pilotage s'est termin&eacute;e ce soir.</div>
<div><br></div>
<div>Pour l'Alliance,<br>Nadia Gharbi<br>Coordinatrice r&eacute;gionale AMMD &ndash; Tunis</div>""")
    h = leaf("text/html", html, "utf-8", "quoted-printable")
    a1 = pdf_att("Rapport_AMMD_PMM_2021.pdf", ["Alliance maghrebine pour la mobilite et les droits (AMMD)",
                                                "Rapport volontaire - Examen regional du PMM 2021"])
    a2 = docx_att("Rapport_AMMD_PMM_2021.docx", ["Alliance maghrébine pour la mobilité et les droits (AMMD)",
                                                 "Rapport volontaire - Examen régional du PMM 2021"])
    body = multi("mixed", [h, a1, a2], "----=_Part_48213_1220458331.1613512562000")
    finish(23, when, body, "smtp.ammd-maghreb.example.org", "41.226.11.88", "4F5Nc1Gw3pz2",
           "Nadia Gharbi <n.gharbi@ammd-maghreb.example.org>", "Rapport volontaire AMMD - PMM",
           rfcdate(sent), "<1467203958.48214.1613512562001@webmail.ammd-maghreb.example.org>",
           dict(category="voluntary_report", language="fr", acknowledge=True, on_time=True,
                report_attachments=["Rapport_AMMD_PMM_2021.pdf", "Rapport_AMMD_PMM_2021.docx"],
                notes="deadline edge: received 23:56:12 Beirut on Tue 16 Feb, on time; Date header 'Tue, 16 Feb "
                      "2021 22:56:02 +0100' (Tunis); the same report in PDF and DOCX, both are the report; HTML-only "
                      "body with entities; signed 'Pour l'Alliance,'."),
           extra=[("X-Mailer", "Zimbra 8.8.15_GA_3869 (ZimbraWebClient - FF85 (Win)/8.8.15_GA_3869)")],
           ret="n.gharbi@ammd-maghreb.example.org")


def m24():
    # English, Washington DC, report 4 minutes after the deadline, co-authored by three networks
    when = at("2021-02-17 00:03:48")
    sent = tz(when - dt.timedelta(seconds=8), -5)
    name = "Joint_Report_Arab_Diaspora_Networks_GCM_2021.pdf"
    text = """Dear colleagues,

Attached please find the joint voluntary review report prepared by three diaspora networks:

  - Arab American Migration Policy Network (AAMPN)
  - Network of Arab Diaspora Professionals in Canada
  - Levantine Diaspora Alliance - North America

It's just past 5pm here in Washington, so I hope we are comfortably within the 16 February deadline. The report covers GCM objectives 19 and 20 (diaspora contributions and remittances).

Best,
Karim Aziz
Policy Director, AAMPN
Washington, DC
"""
    html = '<div dir="ltr">' + text2html(text) + "</div>\n"
    alt = multi("alternative", [leaf("text/plain", text, "UTF-8"), leaf("text/html", html, "UTF-8")],
                "000000000000f0e1d205bb7a3c94")
    att = pdf_att(name, ["Joint voluntary GCM review report", "AAMPN - NADPC - LDA-NA", "February 2021"],
                  extra=[("X-Attachment-Id", "f_kl9z8y7x0")])
    body = multi("mixed", [alt, att], "000000000000f0e1d405bb7a3c96")
    finish(24, when, body, "mail-qk1-f182.google.example.com", "209.85.222.182", "4F5Pq8Jx0rz4",
           "Karim Aziz <karim.aziz@aampn.example.org>", "Joint voluntary review report - diaspora networks",
           rfcdate(sent), "<CAN9sR2tU5vW8xY1zA4bC7dE0fG3hI6jK9lM2nO5pQ8rS1tU@mail.gmail.example.com>",
           dict(category="voluntary_report", language="en", acknowledge=True, on_time=False, report_attachments=[name],
                notes="late by about 4 minutes: received 00:03:48 Beirut on Wed 17 Feb, Date header 'Tue, 16 Feb "
                      "2021 17:03:40 -0500' and the sender believes he is 'comfortably within' the deadline; joint "
                      "report of three networks listed in the body (not speakers)."),
           ret="karim.aziz@aampn.example.org")


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
