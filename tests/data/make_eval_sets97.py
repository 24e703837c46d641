#!/usr/bin/env python3
"""Write the blind evaluation set holdout97 (24 raw .eml messages + labels.json).

Deterministic, standard library only:  python3 tests/data/make_eval_sets97.py
Theme: trade unions and workers' federations -- general federations of labour, sectoral and domestic
workers' unions, migrant workers' committees inside unions (Morocco, Tunisia, Jordan, Lebanon, Bahrain, Iraq).
"""
import datetime as dt
import json
import os
from email.message import Message
from mailgen import (HERE, BOX, POL, rfcdate, at, tz, hdr, re_hdr, addr, leaf, multi,
                     html_wrap, text2html, flowed, make_pdf, make_docx, make_png, DOCX,
                     rfc2231_cont, b_word, top, serialize, sp, std_rows)
from mailgen import POSTFIX_NOTICE

OUT = os.path.join(HERE, "holdout97")


# ---------------------------------------------------------------- message assembly


MESSAGES = []


def add(num, when, msg, label):
    fname = "h97-%02d.eml" % num
    lab = {"file": fname, "received_at": when.isoformat()}
    lab.update(label)
    full = {k: lab.get(k) for k in ["file", "received_at", "category", "language", "acknowledge", "on_time",
                                    "speakers", "report_attachments", "thread_of", "notes"]}
    for k, default in (("speakers", []), ("report_attachments", []), ("thread_of", None)):
        if full[k] is None and default is not None:
            full[k] = default
    MESSAGES.append((fname, serialize(msg), full))


# ---------------------------------------------------------------- local shortcuts
def alt(text, html, bnd, charset="utf-8", cte="quoted-printable"):
    return multi("alternative", [leaf("text/plain", text, charset, cte), leaf("text/html", html, charset, cte)], bnd)


def gmail_html(text, rtl=False):
    d = ' dir="rtl"' if rtl else ' dir="ltr"'
    return "<div%s>%s</div>\n" % (d, text2html(text))


def attach_ascii(ctype, data, name, extra=None):
    return leaf(ctype, data, cte="base64", params=[("name", '"%s"' % name)],
                disp='attachment; filename="%s"' % name, extra=extra)


def quote_lines(text, mark="> "):
    return "\n".join((mark + ln) if ln else mark.rstrip() for ln in text.rstrip("\n").split("\n"))


ACK_PREFIX = "<ack-"


# ================================================================ the 24 messages
def m01():
    when = at("2021-01-28 09:40:12")
    sent = when - dt.timedelta(seconds=21)
    text = """السادة الأفاضل في الشبكة الإقليمية للأمم المتحدة المعنية بالهجرة المحترمين،
تحية طيبة وبعد،

بالإشارة إلى دعوتكم الكريمة للمشاركة في الاستعراض الإقليمي للاتفاق العالمي من أجل الهجرة الآمنة والمنظمة والنظامية في المنطقة العربية، يسر الاتحاد العام لنقابات عمال الأردن أن يرشح الزميلين التاليين من النقابات العامة الأعضاء في الاتحاد لأخذ الكلمة خلال المؤتمر:

1. السيد محمد عودة الزعبي، رئيس النقابة العامة للعاملين في الغزل والنسيج والألبسة، للمداخلة في المائدة المستديرة الثالثة.
2. السيدة سناء الحوراني، مسؤولة لجنة العمال المهاجرين في النقابة العامة للعاملين في الخدمات العامة والمهن الحرة، للمداخلة في الجلسة العامة.

علماً بأن النقابتين تضمان في عضويتهما أعداداً كبيرة من العمال المهاجرين، ولا سيما في المناطق الصناعية المؤهلة وقطاع العمالة المنزلية.

وتفضلوا بقبول فائق الاحترام والتقدير،

م. عبد الكريم الخوالدة
الأمين العام
الاتحاد العام لنقابات عمال الأردن
عمّان – الأردن
هاتف: +962 6 5675533
"""
    html = html_wrap('<div dir="rtl" style="font-family:Simplified Arabic;font-size:14pt">' + text2html(text)
                     + "</div>", "rtl")
    body = alt(text, html, "_000_VI1PR0702MB3584B2C1A0E94F7D2C3B11E0A8B79VI1PR0702MB3584_")
    rows = std_rows(when, "mail.gfjtu.example.org", "198.51.100.23", "4DRk0q1Zt6z3",
                    addr("عبد الكريم الخوالدة", "gs@gfjtu.example.org"),
                    hdr("ترشيح متحدثين - الاتحاد العام لنقابات عمال الأردن"), rfcdate(sent),
                    "<VI1PR0702MB3584B2C1A0E94F7D2C3B11E0A8B79@VI1PR0702MB3584.eurprd07.prod.outlook.example.com>",
                    extra=[("Thread-Topic", hdr("ترشيح متحدثين - الاتحاد العام لنقابات عمال الأردن")),
                           ("Thread-Index", "AdbxZ2eVmk3pQq8sS0a1M7cKq9u0Xw=="),
                           ("Content-Language", "ar-JO"), ("X-MS-Has-Attach", "")],
                    ret="gs@gfjtu.example.org")
    add(1, when, top(body, rows), dict(
        category="speaker_request", language="ar", acknowledge=True, on_time=True,
        speakers=[sp("محمد عودة الزعبي", "رئيس", "النقابة العامة للعاملين في الغزل والنسيج والألبسة", ["roundtable"], 3),
                  sp("سناء الحوراني", "مسؤولة لجنة العمال المهاجرين",
                     "النقابة العامة للعاملين في الخدمات العامة والمهن الحرة", ["plenary"])],
        notes="general federation proposes two speakers from member unions in a numbered list; title and "
              "union run together in one clause ('رئيس النقابة العامة...'); the sender (secretary-general) is "
              "not a speaker; roundtable given as a word ('الثالثة'); 'الجلسة العامة' = plenary"))


def m02():
    when = at("2021-01-29 15:20:44")
    sent = when - dt.timedelta(seconds=9)
    text = """Bonjour,

Je me permets de vous écrire de la part du Syndicat des travailleuses et travailleurs domestiques au Liban (SDTL), affilié à la FENASOL.

Suite à l'invitation reçue pour la Revue régionale du Pacte mondial sur les migrations, nous souhaitons proposer comme intervenante Madame Rahel Tesfaye, Présidente du syndicat, elle-même travailleuse domestique migrante au Liban depuis 14 ans. Elle souhaiterait faire une intervention lors de la séance plénière, ou à défaut dans la table ronde n° 2.

Mme Tesfaye s'exprime en anglais et en arabe (libanais), donc pas besoin d'interprétation vers le français pour elle.

Je reste à votre disposition pour tout complément d'information.

Bien à vous,
Nour Khoury
Chargée de plaidoyer
SDTL / FENASOL
Beyrouth
"""
    body = alt(text, gmail_html(text), "0000000000004c8e2a05ba0b7f1d")
    rows = std_rows(when, "mail-ed1-f52.google.example.com", "209.85.208.52", "4DRz7c0bHsz9",
                    "Nour Khoury <nour.khoury.sdtl@gmail.example.com>",
                    hdr("Proposition d'intervenante - Revue régionale PMM (SDTL)", enc="Q"), rfcdate(sent),
                    "<CAJx7Lq2fG0mT4n9Kc8pRw1VbZ3yE6uH5sD2aN0oXk7qP9jYt4A@mail.gmail.example.com>",
                    ret="nour.khoury.sdtl@gmail.example.com")
    add(2, when, top(body, rows), dict(
        category="speaker_request", language="fr", acknowledge=True, on_time=True,
        speakers=[sp("Rahel Tesfaye", "Présidente",
                     "Syndicat des travailleuses et travailleurs domestiques au Liban (SDTL)",
                     ["plenary", "roundtable"], 2)],
        notes="speaker proposed by a staff member for someone else ('Madame Rahel Tesfaye, Présidente du syndicat'); "
              "two roles: plenary first choice, roundtable n° 2 as fallback; sender Nour Khoury is not a speaker"))


def m03():
    when = at("2021-01-31 16:22:05")
    sent = when - dt.timedelta(seconds=14)
    text = """Hello,

I'm writing from the Migrant Workers Committee at the General Federation of Bahrain Trade Unions (GFBTU). We received the invitation forwarded from the ITUC Arab office, thanks.

Few questions before we decide who to nominate:
- will there be interpretation to/from English during the roundtables? some of our members (domestic workers, construction) dont speak arabic well
- can a migrant worker who is member of our committee but not an official of the federation take the floor?
- is the consultation on the 23rd on zoom or another platform? do participants need to register seperately?

Sorry for the many questions, we want to prepare properly.

Thanks and regards
Anil Fernando
Migrant Workers Committee - GFBTU
"""
    body = alt(text, gmail_html(text), "000000000000a1b2c905ba3e6d44")
    rows = std_rows(when, "mail-pj1-f41.google.example.com", "209.85.216.41", "4DT9mW3Lkqz1",
                    "Anil Fernando <anil.fernando.bh@gmail.example.com>",
                    "Questions re GCM regional review - migrant workers participation", rfcdate(tz(sent, 3)),
                    "<CAH3pQ8nV1rT6wX2kL9mZ4bC7dF0gJ5sA8eR3uY6iO1pK2lM9nB@mail.gmail.example.com>",
                    ret="anil.fernando.bh@gmail.example.com")
    add(3, when, top(body, rows), dict(
        category="other", language="en", acknowledge=True, on_time=None,
        notes="questions only (interpretation, whether rank-and-file migrant members may speak, platform); "
              "mentions nominating and taking the floor but proposes nobody; Date header in +0300 (Bahrain)"))


def m04():
    when = at("2021-02-01 11:05:37")
    sent = when - dt.timedelta(seconds=30)
    text = """Chers camarades, chers collègues,

Suite à la lettre d'invitation du Réseau régional des Nations Unies sur les migrations, je souhaite par la présente manifester mon intérêt pour prendre la parole lors de la discussion ouverte de la consultation multipartite du 23 février.

L'UMT suit de près la situation des travailleurs migrants subsahariens au Maroc, notamment dans l'agriculture et le BTP, ainsi que celle des ouvrières saisonnières marocaines en Espagne (Huelva). Nous pensons que la voix syndicale doit être entendue dans cette revue régionale.

Salutations syndicales,

-- 
Youssef Aït Lahcen
Secrétaire national chargé de l'immigration
Union Marocaine du Travail (UMT)
232, avenue des F.A.R., Casablanca
Tél. : +212 5 22 30 25 14
"""
    body = leaf("text/plain", flowed(text), "UTF-8", "8bit", params=[("format", "flowed")])
    rows = std_rows(when, "smtp.umt.example.ma", "192.0.2.77", "4DTqk51Xv0z4",
                    addr("Youssef Aït Lahcen", "y.aitlahcen@umt.example.ma"),
                    hdr("Demande de prise de parole - consultation du 23 février", enc="Q"), rfcdate(tz(sent, 1)),
                    "<5b1e2f3a-7c4d-4e9a-8b2f-0d6c1a9e4f27@umt.example.ma>",
                    extra=[("User-Agent", "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:78.0) Gecko/20100101 "
                            "Thunderbird/78.7.0"), ("Content-Language", "fr")],
                    ret="y.aitlahcen@umt.example.ma")
    add(4, when, top(body, rows), dict(
        category="speaker_request", language="fr", acknowledge=True, on_time=True,
        speakers=[sp("Youssef Aït Lahcen", "Secrétaire national chargé de l'immigration",
                     "Union Marocaine du Travail (UMT)", ["open_discussion"])],
        notes="'Chers camarades' address; the sender proposes himself and his name/title/union appear only "
              "in the signature below '-- '; open discussion of the 23 Feb consultation; Thunderbird, "
              "format=flowed, 8bit body"))


M05_ID = "<CAB9wN4kR7tY2uI5oP8aS1dF3gH6jK9lZ2xC5vB8nM1qW4eR7tY@mail.gmail.example.com>"
M05_TEXT = """مرحبا،

نحنا بالاتحاد الوطني لنقابات العمال والمستخدمين في لبنان (FENASOL) وصلتنا الدعوة، شكراً إلكن.

بدنا نرشّح الرفيق جورج سعادة، رئيس الاتحاد، ليكون هو المقرّر اللي بيقدّم الرسائل الرئيسية لأصحاب المصلحة بالمؤتمر، لأنو إلو خبرة طويلة بملف العمال المهاجرين ونظام الكفالة.

وإذا في مجال كمان، منحب تحكي وحدة من رفيقاتنا العاملات بالخدمة المنزلية، منبعتلكن اسمها بعد ما نتفق معها.

ومنشكركن سلفاً
ريما حداد
مسؤولة العلاقات الخارجية - فنسول
03 456 789
"""


def m05():
    when = at("2021-02-02 13:30:19")
    sent = when - dt.timedelta(seconds=11)
    body = alt(M05_TEXT, gmail_html(M05_TEXT, rtl=True), "0000000000007e3f1b05ba5d0c9a", cte="base64")
    rows = std_rows(when, "mail-wm1-f65.google.example.com", "209.85.128.65", "4DVP2s6Cq1z8",
                    addr("ريما حداد", "rima.haddad.fenasol@gmail.example.com"),
                    hdr("ترشيح من فنسول"), rfcdate(sent), M05_ID,
                    ret="rima.haddad.fenasol@gmail.example.com")
    add(5, when, top(body, rows), dict(
        category="speaker_request", language="ar", acknowledge=True, on_time=True,
        speakers=[sp("جورج سعادة", "رئيس الاتحاد",
                     "الاتحاد الوطني لنقابات العمال والمستخدمين في لبنان (FENASOL)", ["rapporteur"])],
        notes="Levantine colloquial; 'الرفيق' as form of address (not part of the name); rapporteur role in "
              "prose ('المقرّر اللي بيقدّم الرسائل الرئيسية'); a second, unnamed domestic worker is announced "
              "for later and must not be recorded as a speaker; acronym in Latin, Arabic 'فنسول' in signature"))


def m06():
    when = at("2021-02-02 18:10:51")
    sent = when - dt.timedelta(seconds=8)
    text = """مرحبا مجدداً،

تصحيح صغير: الرفيق جورج هو نائب رئيس الاتحاد مش الرئيس، عذراً عالغلط.

وهيدا اسم الرفيقة اللي حكيتلكن عنها: ماري جوزيه أنغابو (Marie-José Ngabo)، منسّقة لجنة العاملات المهاجرات بنقابة العاملين في الخدمة المنزلية، وحابة تشارك بالطاولة المستديرة التانية إذا بيصير.

يعطيكن العافية
ريما

"""
    text += ("في الثلاثاء، 2 فبراير 2021 في 1:30 م، ريما حداد <rima.haddad.fenasol@gmail.example.com> كتب:\n"
             + quote_lines(M05_TEXT) + "\n")
    body = alt(text, gmail_html(text, rtl=True), "000000000000f04a7c05ba60c5e1", cte="base64")
    rows = std_rows(when, "mail-wm1-f66.google.example.com", "209.85.128.66", "4DVWk30Rr9z2",
                    addr("ريما حداد", "rima.haddad.fenasol@gmail.example.com"),
                    re_hdr("Re: ", "ترشيح من فنسول"), rfcdate(sent),
                    "<CAB9wN4kT0yU3iO6pA9sD2fG4hJ7kL0zX3cV6bN9mQ2wE5rT8yU@mail.gmail.example.com>",
                    extra=[("In-Reply-To", M05_ID), ("References", M05_ID)],
                    ret="rima.haddad.fenasol@gmail.example.com")
    add(6, when, top(body, rows), dict(
        category="speaker_request", language="ar", acknowledge=True, on_time=True,
        speakers=[sp("جورج سعادة", "نائب رئيس الاتحاد",
                     "الاتحاد الوطني لنقابات العمال والمستخدمين في لبنان (FENASOL)", ["rapporteur"]),
                  sp("ماري جوزيه أنغابو", "منسّقة لجنة العاملات المهاجرات",
                     "نقابة العاملين في الخدمة المنزلية", ["roundtable"], 2)],
        thread_of="h97-05.eml",
        notes="follow-up in the same Gmail thread: corrects the first speaker's title (vice-president, not "
              "president; full union name and rapporteur role only in the quoted original) and names the "
              "second speaker announced earlier, name in Arabic with Latin spelling in brackets; "
              "'الطاولة المستديرة التانية' = roundtable 2 in Levantine spelling"))


def m07():
    when = at("2021-02-03 10:00:33")
    sent = when - dt.timedelta(seconds=40)
    inner = """<p>Dear Organizers,</p>
<p>Greetings from the General Federation of Iraqi Workers (GFIW).</p>
<p>Further to your kind invitation, please find below the nominations of GFIW for speaking roles at the Regional Review of the Global Compact for Migration:</p>
<table border="1" cellspacing="0" cellpadding="4" style="border-collapse:collapse">
<tr><td><b>Name</b></td><td><b>Position</b></td><td><b>Organization</b></td><td><b>Requested slot</b></td></tr>
<tr><td>Mr. Hashim Kadhim Al-Rikabi</td><td>Head, Migrant &amp; Foreign Workers Committee</td><td>GFIW</td><td>Roundtable 4</td></tr>
<tr><td>Dr. Nadia Jabbar Hassan</td><td>Legal Advisor</td><td>GFIW</td><td>Plenary session (24 Feb)</td></tr>
</table>
<p>Kindly note that Mr. Al-Rikabi will deliver his intervention in Arabic.</p>
<p>Best regards,</p>
<p>Ali Sabah<br>Foreign Relations Office<br>General Federation of Iraqi Workers<br>Baghdad - Iraq</p>"""
    html = html_wrap('<div class="WordSection1" style="font-family:Calibri,sans-serif">' + inner + "</div>")
    body = leaf("text/html", html, "utf-8", "base64")
    rows = std_rows(when, "mail.gfiw.example.iq", "203.0.113.14", "4DWFq7yN2pz6",
                    "Ali Sabah <foreign.relations@gfiw.example.iq>",
                    "GFIW nominations - speakers for GCM Regional Review", rfcdate(tz(sent, 3)),
                    "<000f01d6fa0b$4c2e8d10$e48ba730$@gfiw.example.iq>",
                    extra=[("X-Mailer", "Microsoft Outlook 16.0"), ("Thread-Index", "AQHW+gtMLo0Q5IunMBdeQ0Xq1xk7pA==")],
                    ret="foreign.relations@gfiw.example.iq")
    add(7, when, top(body, rows), dict(
        category="speaker_request", language="en", acknowledge=True, on_time=True,
        speakers=[sp("Hashim Kadhim Al-Rikabi", "Head, Migrant & Foreign Workers Committee",
                     "General Federation of Iraqi Workers (GFIW)", ["roundtable"], 4),
                  sp("Nadia Jabbar Hassan", "Legal Advisor", "General Federation of Iraqi Workers (GFIW)",
                     ["plenary"])],
        notes="HTML-only (base64) with the two speakers in a table; the organisation column says only 'GFIW', "
              "full name in the greeting; honorifics Mr./Dr. to strip; '&amp;' in a title"))


M08_ID = "<AM6PR02MB4423C1F7E2A94B0D8A5F63C2B1FA9@AM6PR02MB4423.eurprd02.prod.outlook.example.com>"
M08_SUBJ = "Contribution FGA-UGTT - Examen régional du Pacte mondial sur les migrations"


def m08():
    when = at("2021-02-03 14:45:02")
    sent = when - dt.timedelta(seconds=25)
    name = "Contribution_FGA-UGTT_examen_PMM_2021.pdf"
    text = """Madame, Monsieur,

Au nom de la Fédération Générale de l'Agriculture (FGA), affiliée à l'Union Générale Tunisienne du Travail, j'ai l'honneur de vous transmettre ci-joint notre contribution volontaire à l'examen régional du Pacte mondial pour des migrations sûres, ordonnées et régulières.

Ce rapport porte principalement sur les travailleurs agricoles saisonniers tunisiens (Italie, France) et sur les travailleurs subsahariens employés dans les oliveraies de la région de Sfax.

Par ailleurs, nous souhaiterions que notre camarade Najoua Ben Salah, Secrétaire générale adjointe chargée de la femme rurale et des migrations, puisse intervenir lors de la table ronde thématique n°2.

Veuillez agréer, Madame, Monsieur, l'expression de nos salutations distinguées.

Lotfi Mejri
Secrétaire général
FGA – UGTT
Place Mohamed Ali, Tunis
"""
    html = html_wrap('<div class="WordSection1">' + text2html(text) + "</div>")
    a = alt(text, html, "_000_AM6PR02MB4423C1F7E2A94B0D8A5F63C2B1FA9AM6PR02MB4423eurp_")
    pdf = make_pdf(["Federation Generale de l'Agriculture - UGTT", "Contribution volontaire a l'examen regional du PMM",
                    "Travailleurs agricoles saisonniers et migrants subsahariens a Sfax", "Tunis, fevrier 2021"])
    body = multi("mixed", [a, attach_ascii("application/pdf", pdf, name)],
                 "_004_AM6PR02MB4423C1F7E2A94B0D8A5F63C2B1FA9AM6PR02MB4423eurp_")
    rows = std_rows(when, "mail-eopbgr80085.outbound.protection.outlook.example.com", "40.107.8.85", "4DWMz2Kp8xz5",
                    "Lotfi Mejri <l.mejri@fga-ugtt.example.tn>", hdr(M08_SUBJ, enc="Q"), rfcdate(tz(sent, 1)), M08_ID,
                    extra=[("Thread-Topic", hdr(M08_SUBJ, enc="Q")), ("Content-Language", "fr-FR"),
                           ("X-MS-Has-Attach", "yes")],
                    ret="l.mejri@fga-ugtt.example.tn")
    add(8, when, top(body, rows), dict(
        category="both", language="fr", acknowledge=True, on_time=True,
        speakers=[sp("Najoua Ben Salah", "Secrétaire générale adjointe chargée de la femme rurale et des migrations",
                     "Fédération Générale de l'Agriculture (FGA)", ["roundtable"], 2)],
        report_attachments=[name],
        notes="report (PDF) and a speaker for a colleague ('notre camarade') in one formal letter; affiliation "
              "written as 'Fédération Générale de l'Agriculture (FGA), affiliée à l'Union Générale Tunisienne du "
              "Travail' and 'FGA – UGTT'; the signatory is not the speaker; 'table ronde thématique n°2'"))


def m09():
    when = at("2021-02-04 08:12:40")
    sent = when - dt.timedelta(seconds=2)
    text = """Thank you for your email.

I am out of the office on mission until Sunday 14 February 2021 with limited access to email. For urgent matters please contact the Federation office at info@gfjtu.example.org or +962 6 5675533.

Kind regards,
Bassam Al-Majali
Projects Unit - GFJTU
"""
    body = alt(text, html_wrap(text2html(text)), "_000_HE1PR0301MB2237AA0F3E0B8E6B1A2F6D11C4FB0HE1PR0301MB2237_")
    rows = std_rows(when, "mail.gfjtu.example.org", "198.51.100.23", "4DX0nK4yCmz7",
                    "Bassam Al-Majali <projects@gfjtu.example.org>",
                    "Automatic reply: GCM Regional Review Arab States - stakeholder update", rfcdate(sent),
                    "<HE1PR0301MB2237AA0F3E0B8E6B1A2F6D11C4FB0@HE1PR0301MB2237.eurprd03.prod.outlook.example.com>",
                    extra=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All"),
                           ("X-MS-Exchange-Inbox-Rules-Loop", "projects@gfjtu.example.org"),
                           ("In-Reply-To", "<gcmrr-update-20210203@iom.int>"),
                           ("References", "<gcmrr-update-20210203@iom.int>")],
                    ret=None)
    rows.insert(0, ("Return-Path", "<>"))
    add(9, when, top(body, rows), dict(
        category="auto_reply", language="en", acknowledge=False, on_time=None,
        notes="Exchange out-of-office from a union staff member replying to a mailing from the mailbox; "
              "empty Return-Path, Auto-Submitted: auto-replied"))


def m10():
    when = at("2021-02-04 12:20:16")
    sent = when - dt.timedelta(seconds=19)
    name = "CGTL - Rapport volontaire PMM (version finale).pdf"
    text = """Bonjour,

Veuillez trouver ci-joint le rapport volontaire de la Confédération Générale des Travailleurs au Liban (CGTL) dans le cadre de l'examen régional du PMM, préparé par notre comité des travailleurs migrants.

Le rapport est en français, on prépare une version en arabe qu'on pourra vous envoyer plus tard si besoin.

Merci de nous confirmer la bonne réception.

Cordialement,
Hiba Nasrallah
Comité des travailleurs migrants – CGTL
Tél : +961 1 305 114
"""
    html = html_wrap('<div class="WordSection1">' + text2html(text) + "</div>")
    a = alt(text, html, "_000_DB7PR10MB2027F1C2A0D3E4B5C6D7E8F9A0B1C2DB7PR10MB2027EURP_")
    pdf = make_pdf(["Confederation Generale des Travailleurs au Liban (CGTL)", "Comite des travailleurs migrants",
                    "Rapport volontaire - Pacte mondial sur les migrations", "Beyrouth, janvier 2021"])
    att = leaf("application/pdf", pdf, cte="base64", params=[("name", '"%s"' % name)],
               disp='attachment; filename="%s"; size=%d;\r\n\tcreation-date="Thu, 04 Feb 2021 10:18:44 GMT"'
               % (name, len(pdf)))
    body = multi("mixed", [a, att], "_004_DB7PR10MB2027F1C2A0D3E4B5C6D7E8F9A0B1C2DB7PR10MB2027EURP_")
    rows = std_rows(when, "mail.cgtl.example.lb", "203.0.113.90", "4DX6fR1pSwz3",
                    "Hiba Nasrallah <migrants@cgtl.example.lb>",
                    "Rapport volontaire PMM - CGTL", rfcdate(tz(sent, 0)),
                    "<DB7PR10MB2027F1C2A0D3E4B5C6D7E8F9A0B1C2@DB7PR10MB2027.EURPRD10.PROD.OUTLOOK.example.com>",
                    extra=[("Content-Language", "fr-FR"), ("X-MS-Has-Attach", "yes")],
                    ret="migrants@cgtl.example.lb")
    add(10, when, top(body, rows), dict(
        category="voluntary_report", language="fr", acknowledge=True, on_time=True,
        report_attachments=[name],
        notes="plain report submission; an Arabic version is promised later (not a speaker request, nothing "
              "to wait for); file name with spaces and brackets; Outlook Date header in +0000"))


def m11():
    when = at("2021-02-05 09:10:27")
    sent = when - dt.timedelta(seconds=13)
    name = "تقرير الكونفدرالية الديمقراطية للشغل حول الميثاق العالمي للهجرة.docx"
    text = """السلام عليكم،

كنصيفطو ليكم فالمرفق التقرير ديال الكونفدرالية الديمقراطية للشغل على تطبيق الميثاق العالمي للهجرة فالمغرب، خدمنا عليه مع لجنة العمال المهاجرين اللي عندنا فالنقابة.

وبغينا حتى نشاركو فالمؤتمر: الأخ عبد الرحيم الورديغي، عضو المكتب التنفيذي ومسؤول ملف الهجرة فالكونفدرالية، بغا ياخد الكلمة فالجلسة العامة نهار 24.

إلا كان شي مشكل فالملف قولو لينا.

بالتوفيق
سعاد بنعلي
الكونفدرالية الديمقراطية للشغل - CDT
الدار البيضاء
"""
    a = alt(text, gmail_html(text, rtl=True), "000000000000b7c41d05ba8f2e60", cte="base64")
    docx = make_docx(["الكونفدرالية الديمقراطية للشغل", "تقرير طوعي حول تنفيذ الميثاق العالمي من أجل الهجرة الآمنة والمنظمة والنظامية",
                      "المغرب - فبراير 2021", "1. العمال المهاجرون من إفريقيا جنوب الصحراء في الفلاحة والبناء",
                      "2. العاملات الموسميات المغربيات في إسبانيا"])
    enc = b_word(name)
    att = leaf(DOCX, docx, cte="base64", params=[("name", '"%s"' % enc)],
               disp='attachment; filename="%s"' % enc, extra=[("Content-ID", "<f_kkr4m0x50>"),
                                                               ("X-Attachment-Id", "f_kkr4m0x50")])
    body = multi("mixed", [a, att], "000000000000b7c41e05ba8f2e62")
    rows = std_rows(when, "mail-wr1-f44.google.example.com", "209.85.221.44", "4DXpL9zWk3z1",
                    addr("سعاد بنعلي", "souad.benali.cdt@gmail.example.com"),
                    hdr("التقرير ديال CDT + طلب المشاركة"), rfcdate(tz(sent, 1)),
                    "<CAPm2vX8kQ1wE4rT7yU0iO3pA6sD9fG2hJ5kL8zX1cV4bN7mQ0w@mail.gmail.example.com>",
                    ret="souad.benali.cdt@gmail.example.com")
    add(11, when, top(body, rows), dict(
        category="both", language="ar", acknowledge=True, on_time=True,
        speakers=[sp("عبد الرحيم الورديغي", "عضو المكتب التنفيذي ومسؤول ملف الهجرة",
                     "الكونفدرالية الديمقراطية للشغل - CDT", ["plenary"])],
        report_attachments=[name],
        notes="Moroccan Darija; report as a DOCX whose file name is Arabic (RFC 2047 encoded-word inside the "
              "quoted name/filename parameters, as Gmail does); speaker introduced with 'الأخ' (honorific); "
              "title joins two functions; 'الجلسة العامة نهار 24' = plenary; received 5 Feb so both parts on time"))


def m12():
    when = at("2021-02-05 15:35:48")
    sent = when - dt.timedelta(seconds=6)
    text = """مساء الخير

حاب أشارك في الجلسة العامة للمؤتمر يوم ٢٤ فبراير إذا ممكن، عندنا تجربة في البحرين مع تصريح العمل المرن وودنا نوصل صوت العمال الوافدين

النقابة: نقابة عمال ألمنيوم البحرين (ألبا)
الاسم: جعفر عبدالله المرزوق
مسؤول لجنة العمالة الوافدة بالنقابة

وشكراً لكم 

مرسل من الـ iPhone
"""
    body = leaf("text/plain", text, "utf-8", "quoted-printable")
    rows = std_rows(when, "p-east3-cluster1-host4-snip4-10.eps.apple.example.com", "17.58.63.10", "4DY1cT8mPnz4",
                    addr("Jaafar Almarzooq", "jaafar.marzooq@icloud.example.com"),
                    hdr("المشاركة بالمؤتمر"), rfcdate(tz(sent, 3)),
                    "<A7C3E9B1-4F2D-4A8E-9C6B-2D5E8F1A3B7C@icloud.example.com>",
                    extra=[("X-Mailer", "iPhone Mail (18D52)")],
                    ret="jaafar.marzooq@icloud.example.com")
    add(12, when, top(body, rows), dict(
        category="speaker_request", language="ar", acknowledge=True, on_time=True,
        speakers=[sp("جعفر عبدالله المرزوق", "مسؤول لجنة العمالة الوافدة بالنقابة",
                     "نقابة عمال ألمنيوم البحرين (ألبا)", ["plenary"])],
        notes="Gulf colloquial ('حاب', 'ودنا'); iPhone plain text; sender proposes himself with union first, "
              "then name, then an unlabelled title line; From display name in Latin script only; Eastern "
              "Arabic digits for the date"))


def m13():
    when = at("2021-02-05 23:56:40")
    sent = when - dt.timedelta(seconds=22)
    text = """Dear colleagues,

Hope its not too late - I'd like to request a speaking slot at the roundtable on labour migration / decent work on 24-25 Feb. We have a lot to say on the situation of Tunisian workers in Libya and the returnees since last year.

Apologies for the last minute email, long week.

Best,
Sami Trabelsi
Migration officer
UGTT
"""
    body = alt(text, gmail_html(text), "0000000000003d9a6e05ba9c41b8")
    rows = std_rows(when, "mail-wm1-f47.google.example.com", "209.85.128.47", "4DYQ0vH6xkz9",
                    "Sami Trabelsi <sami.trabelsi.ugtt@gmail.example.com>",
                    "speaking slot request - UGTT", rfcdate(tz(sent, 1)),
                    "<CAK5tR8yU1iO4pA7sD0fG3hJ6kL9zX2cV5bN8mQ1wE4rT7yU0iO@mail.gmail.example.com>",
                    ret="sami.trabelsi.ugtt@gmail.example.com")
    add(13, when, top(body, rows), dict(
        category="speaker_request", language="en", acknowledge=True, on_time=True,
        speakers=[sp("Sami Trabelsi", "Migration officer", "UGTT", ["roundtable"])],
        notes="deadline edge: received 23:56:40 Beirut on 5 Feb (Date header 22:56:18 +0100, Tunis), on time "
              "despite 'hope its not too late'; signature gives the union's acronym only; roundtable named by "
              "theme, no number"))


def m14():
    when = at("2021-02-06 00:04:10")
    sent = when - dt.timedelta(seconds=18)
    text = """Bonsoir,

Je vous écris au nom du Syndicat National des Travailleuses et Travailleurs Domestiques (SNTTD) affilié a la FDT. Nous souhaitons que notre Secrétaire générale Mme Khadija Oubaha participe à la table ronde 1 pour parler des travailleuses domestiques migrantes au Maroc (Philippines, Côte d'Ivoire, Sénégal) et de l'application de la loi 19-12.

Dsl pour le retard on vient juste de finir la réunion du bureau.

Cordialement
Hassan Ezzahraoui

Envoyé de mon iPhone
"""
    body = leaf("text/plain", text, "utf-8", "quoted-printable")
    rows = std_rows(when, "mail.menara.example.ma", "192.0.2.141", "4DYQ8mS2dbz6",
                    "Hassan Ezzahraoui <h.ezzahraoui@menara.example.ma>",
                    hdr("Participation SNTTD table ronde", enc="Q"), rfcdate(tz(sent, 1)),
                    "<9E2B7D41-3C8A-4F5E-B1D6-7A0C2E9F4B83@menara.example.ma>",
                    extra=[("X-Mailer", "iPhone Mail (18C66)")],
                    ret="h.ezzahraoui@menara.example.ma")
    add(14, when, top(body, rows), dict(
        category="speaker_request", language="fr", acknowledge=True, on_time=False,
        speakers=[sp("Khadija Oubaha", "Secrétaire générale",
                     "Syndicat National des Travailleuses et Travailleurs Domestiques (SNTTD)", ["roundtable"], 1)],
        notes="deadline edge: received 00:04:10 Beirut on Sat 6 Feb, late, although the Date header reads "
              "'Fri, 5 Feb 2021 23:03:52 +0100' (Morocco); speaker is someone else ('notre Secrétaire générale "
              "Mme ...', title before name); 'affilié a la FDT' (confederation, not the speaker's union)"))


def m15():
    when = at("2021-02-07 11:30:09")
    sent = when - dt.timedelta(seconds=15)
    text = """السلام عليكم ورحمة الله

أنا من لجنة العمال المصريين في النقابة العامة للعاملين في الزراعة والصناعات الغذائية بالأردن. الإخوة في النقابة بلغونا إن فيه مؤتمر عن الهجرة آخر الشهر.

عايزين نعرف لو ينفع العمال نفسهم يحضروا ويتكلموا ولا لازم يكون حد من إدارة النقابة؟ وكمان هل المؤتمر هيكون أونلاين ولا في مكان؟ عشان أغلبنا شغالين في المزارع في الأغوار ومش سهل ننزل عمان.

وشكراً ليكم
أحمد عبد الفتاح
"""
    body = alt(text, gmail_html(text, rtl=True), "000000000000e58c2a05bac7a9f3", cte="base64")
    rows = std_rows(when, "mail-lf1-f53.google.example.com", "209.85.167.53", "4DZ3hQ7bLtz2",
                    addr("Ahmed Abdelfattah", "ahmed.abdelfattah88@gmail.example.com"),
                    hdr("استفسار عن المؤتمر"), rfcdate(sent),
                    "<CAL8yU1iO4pA7sD0fG3hJ6kL9zX2cV5bN8mQ1wE4rT7yU0iO3pA@mail.gmail.example.com>",
                    ret="ahmed.abdelfattah88@gmail.example.com")
    add(15, when, top(body, rows), dict(
        category="other", language="ar", acknowledge=True, on_time=None,
        notes="Egyptian colloquial from a migrant workers' committee inside a Jordanian union; asks whether "
              "workers themselves may attend and speak and whether the event is online: a question, no speaker "
              "named"))


def m16():
    when = at("2021-02-08 09:50:31")
    sent = when - dt.timedelta(seconds=28)
    name = "GFWCUI voluntary GCM report 2021.pdf"
    text = """Dear GCM Regional Review Team,

Please find attached the voluntary report of the General Federation of Workers Councils and Unions in Iraq (GFWCUI) on the implementation of the GCM, with a focus on foreign workers in the oil sector and in Kurdistan Region.

We would also like to propose the following speakers, if there is still place (we understand the deadline was last week, sorry):

* GFWCUI - Muayad Jasim, President - roundtable 3
* Oil Workers Union in Basra (member of GFWCUI) - Sundus Kareem, Women & Migrant Workers officer - roundtable 3 as well, or the open discussion

Regards,
Kamal Hussein
Office of the President, GFWCUI
"""
    html = html_wrap('<div class="WordSection1">' + text2html(text).replace("* ", "&bull;&nbsp;") + "</div>")
    a = alt(text, html, "_000_AS8PR03MB6839E2D1C4B5A6978F0E1D2C3B4A5AS8PR03MB6839eurp_")
    pdf = make_pdf(["General Federation of Workers Councils and Unions in Iraq (GFWCUI)",
                    "Voluntary GCM review report - February 2021",
                    "Foreign workers in the oil sector and in the Kurdistan Region"])
    body = multi("mixed", [a, attach_ascii("application/pdf", pdf, name)],
                 "_004_AS8PR03MB6839E2D1C4B5A6978F0E1D2C3B4A5AS8PR03MB6839eurp_")
    rows = std_rows(when, "mail.gfwcui.example.iq", "203.0.113.57", "4DZq6Wc1Hyz8",
                    "Kamal Hussein <president.office@gfwcui.example.iq>",
                    "GFWCUI report + speakers", rfcdate(tz(sent, 3)),
                    "<AS8PR03MB6839E2D1C4B5A6978F0E1D2C3B4A5@AS8PR03MB6839.eurprd03.prod.outlook.example.com>",
                    extra=[("X-MS-Has-Attach", "yes"), ("Content-Language", "en-US")],
                    ret="president.office@gfwcui.example.iq")
    add(16, when, top(body, rows), dict(
        category="both", language="en", acknowledge=True, on_time=False,
        speakers=[sp("Muayad Jasim", "President",
                     "General Federation of Workers Councils and Unions in Iraq (GFWCUI)", ["roundtable"], 3),
                  sp("Sundus Kareem", "Women & Migrant Workers officer", "Oil Workers Union in Basra",
                     ["roundtable", "open_discussion"], 3)],
        report_attachments=[name],
        notes="report on time but speaker part after the 5 Feb deadline (sender admits it), so on_time false; "
              "bullet list with organisation first, then name, then title; second speaker has two roles"))


def m17():
    when = at("2021-02-11 17:40:02")
    orig_date = rfcdate(when - dt.timedelta(minutes=3))
    text = POSTFIX_NOTICE + """
<migrants.committee@gfbtu.example.org>: host mail.gfbtu.example.org[198.51.100.140]
    said: 550 5.1.1 <migrants.committee@gfbtu.example.org>: Recipient address
    rejected: User unknown in virtual mailbox table (in reply to RCPT TO command)
"""
    ds = ("Reporting-MTA: dns; mx1.iom.int\nX-Postfix-Queue-ID: 4Dbx1R0Jq9z5\n"
          "X-Postfix-Sender: rfc822; gcmrrarabstates@iom.int\nArrival-Date: %s\n\n"
          "Final-Recipient: rfc822; migrants.committee@gfbtu.example.org\n"
          "Original-Recipient: rfc822;migrants.committee@gfbtu.example.org\nAction: failed\nStatus: 5.1.1\n"
          "Remote-MTA: dns; mail.gfbtu.example.org\n"
          "Diagnostic-Code: smtp; 550 5.1.1 <migrants.committee@gfbtu.example.org>: Recipient\n"
          "    address rejected: User unknown in virtual mailbox table\n" % orig_date)
    p1 = leaf("text/plain", text, "us-ascii", "7bit", extra=[("Content-Description", "Notification")])
    p2 = Message(policy=POL)
    p2["Content-Description"] = "Delivery report"
    p2["Content-Type"] = "message/delivery-status"
    blocks = []
    for chunk in ds.split("\n\n"):
        b = Message(policy=POL)
        for ln in chunk.strip("\n").split("\n"):
            if ln.startswith(" "):
                k = list(b.keys())[-1]
                v = b[k]
                del b[k]
                b[k] = v + "\r\n" + ln
            else:
                k, v = ln.split(": ", 1)
                b[k] = v
        b.set_payload("")
        blocks.append(b)
    p2.set_payload(blocks)
    hdrs = ("From: GCM Regional Review Arab States <gcmrrarabstates@iom.int>\n"
            "To: migrants.committee@gfbtu.example.org\n"
            "Subject: Regional Review of the GCM - reminder: report deadline extended to 16 February\n"
            "Date: %s\nMessage-ID: <gcmrr-reminder-20210211-014@iom.int>\n" % orig_date)
    p3 = leaf("text/rfc822-headers", hdrs.encode("ascii"), "us-ascii", "7bit",
              extra=[("Content-Description", "Undelivered Message Headers")])
    p3.replace_header("Content-Type", "text/rfc822-headers")
    body = multi("report", [p1, p2, p3], "4Dbx1R0Jq9z5.1613058002/mx1.iom.int",
                 params=[("report-type", "delivery-status")])
    rows = [("Return-Path", "<>"), ("Delivered-To", BOX),
            ("Received", "by mx1.iom.int (Postfix)\r\n\tid 4Dbx1S3Kp2z7; %s" % rfcdate(when, "EET")),
            ("From", "MAILER-DAEMON@mx1.iom.int (Mail Delivery System)"), ("To", BOX),
            ("Subject", "Undelivered Mail Returned to Sender"), ("Date", rfcdate(when, "EET")),
            ("Message-ID", "<20210211154002.4Dbx1S3Kp2z7@mx1.iom.int>"), ("Auto-Submitted", "auto-replied")]
    add(17, when, top(body, rows), dict(
        category="bounce", language="en", acknowledge=False, on_time=None,
        notes="Postfix DSN for a reminder sent from the mailbox to a union committee address; "
              "multipart/report delivery-status; mentions the report deadline in the returned headers"))


def m18():
    when = at("2021-02-12 10:20:55")
    sent = when - dt.timedelta(seconds=17)
    ack_id = "<ack-20210203-0008@iom.int>"
    text = """Merci beaucoup pour votre accusé de réception.
Bonne continuation et au plaisir de vous retrouver le 24.

Lotfi Mejri
Secrétaire général
FGA – UGTT

De : GCM Regional Review Arab States <gcmrrarabstates@iom.int>
Envoyé : mercredi 3 février 2021 14:52
À : Lotfi Mejri <l.mejri@fga-ugtt.example.tn>
Objet : Accusé de réception : %s

Madame, Monsieur,

Nous accusons réception de votre message et de votre contribution. Le secrétariat reviendra vers vous concernant la demande de prise de parole.

Le Secrétariat de la Revue régionale du PMM
""" % M08_SUBJ
    html = html_wrap('<div class="WordSection1">' + text2html(text) + "</div>")
    body = alt(text, html, "_000_AM6PR02MB44230A1B2C3D4E5F6A7B8C9D0E1F2AM6PR02MB4423eurp_")
    subj = "RE: Accusé de réception : " + M08_SUBJ
    rows = std_rows(when, "mail-eopbgr80091.outbound.protection.outlook.example.com", "40.107.8.91", "4Dc3Lr8Tnqz1",
                    "Lotfi Mejri <l.mejri@fga-ugtt.example.tn>", hdr(subj, enc="Q"), rfcdate(tz(sent, 1)),
                    "<AM6PR02MB44230A1B2C3D4E5F6A7B8C9D0E1F2@AM6PR02MB4423.eurprd02.prod.outlook.example.com>",
                    extra=[("In-Reply-To", ack_id), ("References", "%s %s" % (M08_ID, ack_id)),
                           ("Content-Language", "fr-FR")],
                    ret="l.mejri@fga-ugtt.example.tn")
    add(18, when, top(body, rows), dict(
        category="other", language="fr", acknowledge=False, on_time=None, thread_of="h97-08.eml",
        notes="thank-you reply to our acknowledgement of h97-08, adds nothing new: no acknowledgement; the "
              "quoted acknowledgement mentions 'contribution' and 'prise de parole'"))


def m19():
    when = at("2021-02-14 20:05:44")
    sent = when - dt.timedelta(seconds=31)
    name = "GFBTU_GCM_Voluntary_Report_AR.pdf"
    text = """السادة/ فريق الاستعراض الإقليمي للاتفاق العالمي بشأن الهجرة                      المحترمين

تحية طيبة وبعد،،

يسر الاتحاد العام لنقابات عمال البحرين أن يرفق لكم طيه التقرير الطوعي الجماعي الذي أعدته لجنة العمال المهاجرين بالاتحاد بالتعاون مع عدد من النقابات الأعضاء، حول أوضاع العمال المهاجرين في مملكة البحرين ومدى التقدم المحرز في تحقيق أهداف الاتفاق العالمي.

آملين أن يشكل التقرير مساهمة مفيدة في أعمال الاستعراض الإقليمي.

وتفضلوا بقبول وافر الاحترام،،

حسن علي الحلواجي
الأمين العام المساعد للعلاقات الدولية
الاتحاد العام لنقابات عمال البحرين
"""
    html = html_wrap('<div class="WordSection1" dir="rtl">' + text2html(text) + "</div>", "rtl", "windows-1256")
    a = alt(text, html, "----=_NextPart_001_01D7030A.4B2C1E90", charset="windows-1256")
    pdf = make_pdf(["General Federation of Bahrain Trade Unions (GFBTU)", "Migrant Workers Committee",
                    "Collective voluntary GCM review report (Arabic)", "Manama, February 2021"])
    body = multi("mixed", [a, attach_ascii("application/pdf", pdf, name)], "----=_NextPart_000_01D7030A.4B2C1E90")
    rows = std_rows(when, "mail.gfbtu.example.org", "198.51.100.140", "4Dd9Wm2Qxfz3",
                    addr("حسن الحلواجي", "intl@gfbtu.example.org", "windows-1256"),
                    hdr("التقرير الطوعي للاتحاد العام لنقابات عمال البحرين", "windows-1256"), rfcdate(tz(sent, 3)),
                    "<001a01d7030a$4b2c1e90$e18455b0$@gfbtu.example.org>",
                    extra=[("X-Mailer", "Microsoft Outlook 16.0"), ("Content-Language", "ar-bh"),
                           ("Thread-Index", "AdcDCksaHpDhhFWwQ7mW2r0aK9c1Tg==")],
                    ret="intl@gfbtu.example.org")
    add(19, when, top(body, rows), dict(
        category="voluntary_report", language="ar", acknowledge=True, on_time=True,
        report_attachments=[name],
        notes="formal MSA, windows-1256 quoted-printable; collective report prepared with member unions; "
              "no speaker"))


def m20():
    when = at("2021-02-15 09:30:21")
    sent = when - dt.timedelta(seconds=24)
    pdf_name, docx_name = "UMT_Rapport_PMM_Maroc_2021.pdf", "Annexe statistique UMT.docx"
    text = """Chers collègues,

Veuillez trouver ci-joint le rapport de l'Union Marocaine du Travail sur la mise en œuvre du Pacte mondial au Maroc (document principal, en PDF) ainsi que son annexe statistique (fichier Word), qui en fait partie intégrante.

Nous restons à votre disposition pour toute précision.

Salutations syndicales

Leïla Amrani
Département de l'immigration
UMT
"""
    html_inner = text2html(text) + '<p><img src="cid:image001.png@01D70371.2A9B8C40" width="60" height="60" alt="UMT"></p>'
    a = alt(text, html_wrap('<div class="WordSection1">' + html_inner + "</div>"),
            "_000_PR3PR08MB5721A9B8C7D6E5F4A3B2C1D0E9F8APR3PR08MB5721eurp_")
    img = leaf("image/png", make_png(12, 12, (200, 20, 30)), cte="base64", params=[("name", '"image001.png"')],
               disp='inline; filename="image001.png"', extra=[("Content-ID", "<image001.png@01D70371.2A9B8C40>")])
    rel = multi("related", [a, img], "_005_PR3PR08MB5721A9B8C7D6E5F4A3B2C1D0E9F8APR3PR08MB5721eurp_",
                params=[("type", '"multipart/alternative"')])
    pdf = make_pdf(["Union Marocaine du Travail (UMT)", "Rapport sur la mise en oeuvre du PMM au Maroc",
                    "Casablanca, fevrier 2021"])
    docx = make_docx(["Annexe statistique", "Travailleurs migrants affilies a l'UMT par secteur, 2018-2020",
                      "Agriculture : 4 120", "BTP : 2 870", "Services domestiques : 640"])
    body = multi("mixed", [rel, attach_ascii("application/pdf", pdf, pdf_name), attach_ascii(DOCX, docx, docx_name)],
                 "_006_PR3PR08MB5721A9B8C7D6E5F4A3B2C1D0E9F8APR3PR08MB5721eurp_")
    rows = std_rows(when, "mail-eopbgr130057.outbound.protection.outlook.example.com", "40.107.13.57", "4Ddl0Vx5Gkz9",
                    addr("Leïla Amrani", "l.amrani@umt.example.ma", enc="Q"),
                    hdr("Rapport UMT - examen régional PMM", enc="Q"), rfcdate(tz(sent, 1)),
                    "<PR3PR08MB5721A9B8C7D6E5F4A3B2C1D0E9F8A@PR3PR08MB5721.eurprd08.prod.outlook.example.com>",
                    extra=[("X-MS-Has-Attach", "yes"), ("Content-Language", "fr-FR")],
                    ret="l.amrani@umt.example.ma")
    add(20, when, top(body, rows), dict(
        category="voluntary_report", language="fr", acknowledge=True, on_time=True,
        report_attachments=[pdf_name, docx_name],
        notes="report in two files (main PDF + Word annex 'qui en fait partie intégrante'); an inline signature "
              "logo image001.png is not part of the report; signature gives the acronym only"))


M21_ID = "<CAN4pA7sD0fG3hJ6kL9zX2cV5bN8mQ1wE4rT7yU0iO3pA6sD9fG@mail.gmail.example.com>"
M21_TEXT = """Dear GCM Regional Review team,

On behalf of the Migrant Workers' Committee of the General Trade Union of Workers in Agriculture and Food Industries (Jordan), please find attached our voluntary GCM review report.

The report covers Egyptian and Syrian agricultural workers in the Jordan Valley and Mafraq, work permits, housing and social security coverage.

Kind regards,
Omar Bani Hani
Programme Coordinator
Migrant Workers' Committee
General Trade Union of Workers in Agriculture and Food Industries - Jordan
"""


def m21():
    when = at("2021-02-16 11:00:38")
    sent = when - dt.timedelta(seconds=12)
    name = "JOR-AgriUnion_GCM_report_v1.pdf"
    a = alt(M21_TEXT, gmail_html(M21_TEXT), "0000000000009f2c6b05bb7a0d15")
    pdf = make_pdf(["General Trade Union of Workers in Agriculture and Food Industries - Jordan",
                    "Migrant Workers' Committee", "Voluntary GCM review report (draft v1)"])
    body = multi("mixed", [a, attach_ascii("application/pdf", pdf, name, extra=[("X-Attachment-Id", "f_kl7a1b2c0")])],
                 "0000000000009f2c6c05bb7a0d17")
    rows = std_rows(when, "mail-ej1-f54.google.example.com", "209.85.218.54", "4DfKp3Tz8Rz4",
                    "Omar Bani Hani <omar.banihani.union@gmail.example.com>",
                    "Voluntary GCM review report - Agriculture & Food Industries Union (Jordan)", rfcdate(sent),
                    M21_ID, ret="omar.banihani.union@gmail.example.com")
    add(21, when, top(body, rows), dict(
        category="voluntary_report", language="en", acknowledge=True, on_time=True,
        report_attachments=[name],
        notes="first version of a report later replaced by h97-23; committee inside a sectoral union"))


def m22():
    when = at("2021-02-16 23:58:30")
    sent = when - dt.timedelta(seconds=23)
    name = "تقرير لجنة العمال الأجانب - GFTU Iraq.pdf"
    text = """السلام عليكم

نرفق لكم تقرير لجنة العمال الأجانب في الاتحاد العام لنقابات العمال في العراق بخصوص الاستعراض الطوعي للاتفاق العالمي للهجرة.
نعتذر عن التأخير، الانترنيت جان مقطوع عدنا أغلب اليوم.

مع التقدير
كريم جبار الساعدي
لجنة العمال الأجانب
الاتحاد العام لنقابات العمال في العراق
"""
    a = alt(text, gmail_html(text, rtl=True), "000000000000c4e1a805bb81f3a2", cte="base64")
    pdf = make_pdf(["General Federation of Trade Unions in Iraq - Foreign Workers Committee",
                    "Voluntary GCM review report", "Baghdad, February 2021"])
    params = [("name", '"%s"' % b_word(name))]
    disp = "attachment;\r\n\t" + ";\r\n\t".join(rfc2231_cont("filename", name))
    att = leaf("application/pdf", pdf, cte="base64", params=params, disp=disp)
    body = multi("mixed", [a, att], "000000000000c4e1a905bb81f3a4")
    rows = std_rows(when, "mail-wr1-f52.google.example.com", "209.85.221.52", "4DfY8nQ1Bsz7",
                    addr("كريم الساعدي", "kareem.alsaadi.iq@gmail.example.com"),
                    hdr("تقرير لجنة العمال الأجانب"), rfcdate(tz(sent, 3)),
                    "<CAQ7sD0fG3hJ6kL9zX2cV5bN8mQ1wE4rT7yU0iO3pA6sD9fG2hJ@mail.gmail.example.com>",
                    ret="kareem.alsaadi.iq@gmail.example.com")
    add(22, when, top(body, rows), dict(
        category="voluntary_report", language="ar", acknowledge=True, on_time=True,
        report_attachments=[name],
        notes="deadline edge: received 23:58:30 Beirut on 16 Feb, on time, although the Date header reads "
              "'Wed, 17 Feb 2021 00:58:07 +0300' (Baghdad) and the sender apologises for being late; Iraqi "
              "colloquial touches ('جان', 'عدنا'); Arabic file name as RFC 2231 continuation"))


def m23():
    when = at("2021-02-17 00:03:15")
    sent = when - dt.timedelta(seconds=24)
    name = "JOR-AgriUnion_GCM_report_v2_FINAL.pdf"
    text = """Dear team,

Apologies - please use the attached revised version instead of the one I sent this morning. The first one was missing the section on workers' housing in the Jordan Valley and had some wrong figures on work permits.

I'm in Geneva this week so sending from the hotel.

Many thanks,
Omar

On Tue, Feb 16, 2021 at 10:00 AM Omar Bani Hani <omar.banihani.union@gmail.example.com> wrote:

""" + quote_lines(M21_TEXT) + "\n"
    a = alt(text, gmail_html(text), "000000000000e7a1c305bb821b60")
    pdf = make_pdf(["General Trade Union of Workers in Agriculture and Food Industries - Jordan",
                    "Migrant Workers' Committee", "Voluntary GCM review report (final, v2)",
                    "Annex: housing of agricultural workers in the Jordan Valley"])
    body = multi("mixed", [a, attach_ascii("application/pdf", pdf, name, extra=[("X-Attachment-Id", "f_kl8c4d5e0")])],
                 "000000000000e7a1c405bb821b62")
    rows = std_rows(when, "mail-wm1-f43.google.example.com", "209.85.128.43", "4DfYF2kW6mz5",
                    "Omar Bani Hani <omar.banihani.union@gmail.example.com>",
                    "Re: Voluntary GCM review report - Agriculture & Food Industries Union (Jordan)",
                    rfcdate(tz(sent, 1)),
                    "<CAN4pA7sG6hJ9kL2zX5cV8bN1mQ4wE7rT0yU3iO6pA9sD2fG5hJ@mail.gmail.example.com>",
                    extra=[("In-Reply-To", M21_ID), ("References", M21_ID)],
                    ret="omar.banihani.union@gmail.example.com")
    add(23, when, top(body, rows), dict(
        category="voluntary_report", language="en", acknowledge=True, on_time=False,
        report_attachments=[name], thread_of="h97-21.eml",
        notes="revised report replacing h97-21; deadline edge: received 00:03:15 Beirut on 17 Feb, late, while "
              "the Date header reads 'Tue, 16 Feb 2021 23:02:51 +0100' (Geneva) and the quoted text says "
              "'this morning'"))


def m24():
    when = at("2021-02-19 10:40:06")
    sent = when - dt.timedelta(seconds=10)
    text = """Bonjour,

Je reviens vers vous au sujet de la participation de Mme Rahel Tesfaye (SDTL). Elle n'a toujours pas reçu le lien de connexion pour le 24, et on voudrait savoir si son intervention en plénière est confirmée ou si ce sera plutôt la table ronde 2, pour qu'elle puisse se préparer.

Est-ce qu'il y a aussi un temps de parole précis (3 min, 5 min ?)

Merci d'avance
Nour

Le ven. 29 janv. 2021 à 15:20, Nour Khoury <nour.khoury.sdtl@gmail.example.com> a écrit :
> Bonjour,
>
> Je me permets de vous écrire de la part du Syndicat des travailleuses et travailleurs domestiques au Liban (SDTL), affilié à la FENASOL.
> [...]
"""
    body = alt(text, gmail_html(text), "0000000000005b3d8f05bbb0c7e4")
    orig = "<CAJx7Lq2fG0mT4n9Kc8pRw1VbZ3yE6uH5sD2aN0oXk7qP9jYt4A@mail.gmail.example.com>"
    rows = std_rows(when, "mail-ed1-f49.google.example.com", "209.85.208.49", "4DhQ3rN7Vcz2",
                    "Nour Khoury <nour.khoury.sdtl@gmail.example.com>",
                    hdr("Re: Proposition d'intervenante - Revue régionale PMM (SDTL)", enc="Q"), rfcdate(sent),
                    "<CAJx7Lq2kH3nU6o1Ld9qSx2WcA4zF7vI6tE3bO1pYl8rQ0kZu5B@mail.gmail.example.com>",
                    extra=[("In-Reply-To", orig), ("References", orig)],
                    ret="nour.khoury.sdtl@gmail.example.com")
    add(24, when, top(body, rows), dict(
        category="other", language="fr", acknowledge=True, on_time=None, thread_of="h97-02.eml",
        notes="logistics follow-up in the thread of the speaker request h97-02 (connection link, which slot, "
              "speaking time); re-mentions the speaker and both roles but proposes nobody new"))


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
