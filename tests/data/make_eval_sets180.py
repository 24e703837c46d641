#!/usr/bin/env python3
"""Write the blind evaluation set holdout180 (24 raw .eml messages + labels.json).

Deterministic, standard library only:  python3 tests/data/make_eval_sets180.py
Theme: trade unions, domestic workers' collectives and municipal / local-authority networks (mayors, city
councils, unions of municipalities, labour federations), often writing as institutions through an assistant,
a secretariat or a communications officer.  Helpers imported from mailgen.py.
"""
import datetime as dt

from mailgen import (EvalSet, DOCX, addr, at, attach, hdr, leaf, make_docx, make_pdf, mk, multi, re_hdr,
                     rfc2231, rfc2231_cont, b_word, flowed, rfcdate, sp, std_rows, text2html, top, tz, esc,
                     sent_at, dsn_report, make_png)

SET = EvalSet(180)
add = SET.add

INVITE_AR = "<INV-2021-01-26-AR.0003@gcmrrarabstates.iom.int>"


# ---------------------------------------------------------------- small local builders
def page(inner, rtl=False, charset="utf-8", body_attrs=""):
    d = ' dir="rtl"' if rtl else ""
    return ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=%s"></head>'
            '<body%s%s>%s</body></html>\n' % (charset, d, body_attrs, inner))


def two(text, boundary, html=None, rtl=False, cte="quoted-printable", charset="utf-8"):
    """text/plain + text/html; the HTML derived from the text unless given."""
    if html is None:
        html = page('<div>%s</div>' % text2html(text), rtl=rtl, charset=charset)
    return multi("alternative", [leaf("text/plain", text, charset, cte), leaf("text/html", html, charset, cte)],
                 boundary)


def report_pdf(title, org, sections):
    lines = [title, org, "Voluntary GCM review - Arab region - 2021", ""]
    for k, s in enumerate(sections, 1):
        lines.append("%d. %s" % (k, s))
    return make_pdf(lines)


REPORT_SECTIONS = ["Introduction and context", "Methodology and consultations held",
                   "Progress on GCM objectives 6, 7 and 16", "Challenges observed since 2018",
                   "Recommendations to governments and local authorities"]


# ================================================================ the 24 messages
def m01():
    # Exchange out-of-office of a municipal department head, answering the Arabic invitation
    when = at("2021-01-27 09:12:40")
    sent = sent_at(when, 3, 1)
    text = """شكراً لرسالتكم.

أنا خارج المكتب في مهمة رسمية حتى يوم الأحد ٧ شباط/فبراير ٢٠٢١، ولن أتمكن من الاطلاع على البريد الإلكتروني بانتظام.
للأمور العاجلة يرجى التواصل مع مكتب الشؤون الاجتماعية على الرقم الداخلي ٢٢٤ أو على العنوان social.affairs@baladiya-nahr.example.org

م. وليد الصرايرة
مدير دائرة التنمية الاجتماعية
"""
    html = page('<div dir="rtl" style="font-family:Arial;font-size:11pt">%s</div>' % text2html(text))
    body = two(text, "_000_VI1PR0601MB2249B3F0C6E1A7D8VI1PR0601MB2249eurp_", html=html, cte="base64")
    rows = std_rows(when, "mail-vi1eur06.outbound.protection.example.com", "40.107.5.91", "4DQ0Xk2v8Nz3",
                    addr("وليد الصرايرة", "w.sarayreh@baladiya-nahr.example.org"),
                    hdr("رد تلقائي: دعوة: المراجعة الإقليمية للاتفاق العالمي من أجل الهجرة - المنطقة العربية"),
                    rfcdate(sent), "<VI1PR0601MB2249B3F0C6E1A7D8@VI1PR0601MB2249.eurprd06.prod.outlook.example.com>",
                    extra=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All"),
                           ("X-MS-Exchange-Inbox-Rules-Loop", "w.sarayreh@baladiya-nahr.example.org"),
                           ("Content-Language", "ar-JO")],
                    ret=None)
    rows[0] = ("Return-Path", "<>")
    rows += [("In-Reply-To", INVITE_AR), ("References", INVITE_AR)]
    add(1, when, top(body, rows), dict(category="auto_reply", language="ar", acknowledge=False, on_time=None,
        notes="Exchange out-of-office (Auto-Submitted: auto-replied, null Return-Path) of a municipal department head "
              "answering the Arabic invitation; the Arabic prefix 'رد تلقائي:' is inside the RFC 2047 "
              "subject (no ASCII 'Automatic reply'); In-Reply-To names the invitation; the body gives another address: never acknowledge."))


M02_ID = "<AM9PR08MB6611D4A27C0E5B19F3@AM9PR08MB6611.eurprd08.prod.outlook.example.com>"


def m02():
    when = at("2021-01-28 14:05:17")
    sent = sent_at(when, 2, 6)
    text = """Dear colleagues at the GCM Regional Review Secretariat,

On behalf of the General Secretary of the Arab Federation of Food and Agriculture Workers (AFFAW), and further to your invitation of 26 January, I am pleased to put forward two speakers from our Federation for the Regional Review Conference on 24-25 February.

1. Mr. Nabil Haddadin - General Secretary, Arab Federation of Food and Agriculture Workers (AFFAW), Amman
   Requested: floor intervention in a plenary session (seasonal and agricultural workers, wage protection)

2. Ms. Reem Odeh - Head of the Women Workers' Committee, AFFAW
   Requested: floor intervention in Roundtable II

Both have completed the online registration. Could you kindly copy me on any correspondence regarding the programme, as I am coordinating the General Secretary's agenda?

Kind regards,

Dalia Sweis
Communications Officer
Arab Federation of Food and Agriculture Workers (AFFAW)
Jabal Al-Hussein, Amman - Jordan
Tel: +962 6 565 0192
"""
    html = page('<div class="WordSection1"><p class="MsoNormal">' +
                text2html(text).replace("<p>", '<p class="MsoNormal">') + "</div>",
                body_attrs=' lang="EN-US" link="#0563C1" vlink="#954F72"')
    body = two(text, "_000_AM9PR08MB6611D4A27C0E5B19F3AM9PR08MB6611eurp_", html=html)
    m = mk(when, sent, "mail-am9eur08.outbound.protection.example.com", "40.107.13.55", "4DQp2L0Vw5z1",
           "Dalia Sweis <d.sweis@affaw.example.org>",
           "AFFAW speakers - Regional Review Conference 24-25 February", M02_ID, body,
           extra=[("Thread-Topic", "AFFAW speakers - Regional Review Conference 24-25 February"),
                  ("Content-Language", "en-US"), ("X-MS-Has-Attach", ""), ("X-Mailer", "Microsoft Outlook 16.0")],
           cc="Nabil Haddadin <gs@affaw.example.org>")
    add(2, when, m, dict(category="speaker_request", language="en", acknowledge=True, on_time=True, speakers=[
        sp("Nabil Haddadin", "General Secretary", "Arab Federation of Food and Agriculture Workers (AFFAW)",
           ["plenary"]),
        sp("Reem Odeh", "Head of the Women Workers' Committee",
           "Arab Federation of Food and Agriculture Workers (AFFAW)", ["roundtable"], 2)],
        notes="communications officer writes on behalf of the General Secretary (sender is not a speaker; the "
              "speaker is in Cc); two speakers on numbered dash-separated lines; 'Amman' after the federation is "
              "not part of the affiliation; the second speaker's line gives only the acronym 'AFFAW': recorded "
              "with the fullest form written in the message (secretary's choice, not covered by dev); title kept "
              "with its unit ('Head of the Women Workers' Committee'); 'Roundtable II' = 2; Mr./Ms. dropped."))


M03_ID = "<1611912043.482915.1611912043@webmail.commune-zarzis.example.tn>"


def m03():
    when = at("2021-01-29 11:20:49")
    sent = sent_at(when, 1, 5)
    text = """Madame, Monsieur,

Suite à votre lettre d'invitation relative à l'examen régional du Pacte mondial pour les migrations dans la région arabe, j'ai l'honneur de vous transmettre, sur instruction de Monsieur le Maire, la fiche de candidature ci-dessous, que nous avons préparée à partir de votre formulaire.

---------- FICHE ORATEUR ----------
Nom et prénom de l'orateur : BEN REJEB Lotfi
Fonction : Maire
Organisme : Commune de Zarzis
Session souhaitée : séance plénière (24 ou 25 février)
Thème : gouvernance locale des migrations de retour et accueil des rescapés en mer
-----------------------------------

Monsieur le Maire ne maîtrisant pas l'anglais, il interviendrait en arabe ; merci de nous indiquer si une interprétation est prévue.

Je reste à votre disposition pour tout complément.

Veuillez agréer, Madame, Monsieur, l'expression de nos salutations distinguées.

Amel Jaziri
Chargée de communication - Cabinet du Maire
Commune de Zarzis
"""
    body = leaf("text/plain", text, "iso-8859-1", "quoted-printable")
    m = mk(when, sent, "mail.commune-zarzis.example.tn", "196.203.78.14", "4DR8nQ3yJhz6",
           addr("Amel Jaziri - Commune de Zarzis", "communication@commune-zarzis.example.tn"),
           hdr("Candidature orateur - Monsieur le Maire de Zarzis - séance plénière", "iso-8859-1", "Q"),
           M03_ID, body, extra=[("User-Agent", "Roundcube Webmail/1.4.9"), ("X-Sender", "communication@commune-zarzis.example.tn")])
    add(3, when, m, dict(category="speaker_request", language="fr", acknowledge=True, on_time=True, speakers=[
        sp("Lotfi Ben Rejeb", "Maire", "Commune de Zarzis", ["plenary"])],
        notes="sent by the mayor's communications officer (sender is not the speaker) with a pasted form; the form "
              "writes the name 'SURNAME First' in capitals ('BEN REJEB Lotfi'): recorded in natural order and "
              "case as a secretary would type it (not verbatim in the message); here the town is part of the "
              "organisation's name ('Commune de Zarzis'), not a place written after it; ISO-8859-1 plain text."))


def m04():
    when = at("2021-01-31 21:47:03")
    sent = sent_at(when, 2, 9)
    text = """مرحبا
نحنا مجموعة من العاملات بالمنازل بلبنان، من اثيوبيا وكينيا وسريلانكا والفيليبين، عم نشتغل سوا من ٢٠١٧ بـ"تجمّع العاملات المنزليات المهاجرات" (MDWC)
شفنا الدعوة تبع الاجتماع يوم ٢٣ شباط وحابين يكون في صوت للعاملات بالنقاش المفتوح
بدنا نرشح رفيقتنا تيغيست ولدي، هي منسقة التجمّع وبتحكي عربي منيح
اذا بدكن شي معلومات تانية احكوني عهالايميل او عالرقم ٧١٢٣٤٥٦٧

شكرا كتير
بيتي
"""
    html = page('<div dir="auto">' + "<br>".join(esc(x) for x in text.strip().split("\n")) + "</div>")
    body = two(text, "000000000000f1c2a705ba2e9d41", html=html, cte="base64")
    m = mk(when, sent, "mail-ej1-f66.google.example.com", "209.85.218.66", "4DT9bR1kXqz2",
           "Betty M <betty.mdwc@gmail.example.com>", hdr("النقاش المفتوح ٢٣ شباط"),
           "<CAH7p0Lk2vRdN9xMqT3eY8fW5bJ1sZc6Ug4Ao@mail.gmail.example.com>", body)
    add(4, when, m, dict(category="speaker_request", language="ar", acknowledge=True, on_time=True, speakers=[
        sp("تيغيست ولدي", "منسقة التجمّع", "تجمّع العاملات المنزليات المهاجرات (MDWC)", ["open_discussion"])],
        notes="migrant domestic workers' collective writing from a phone in Lebanese colloquial (no punctuation); "
              "the sender ('بيتي', Latin display name 'Betty M') proposes a colleague ('رفيقتنا'); the title is "
              "relative ('منسقة التجمّع' = coordinator of the collective), recorded as written; the collective's "
              "name is in quotes with a Latin acronym after it: acronym kept, quotes dropped (so the label is not verbatim in the text); 'النقاش المفتوح' = open discussion."))


def m05():
    when = at("2021-02-01 10:15:26")
    sent = sent_at(when, 1, 7)
    inner = """<div style="font-family:Calibri,Arial,sans-serif;font-size:11pt">
<p>Dear GCM Regional Review team,</p>
<p>Please find attached the voluntary GCM review report of the <b>Mediterranean &amp; Arab Cities Network on Migration (MACNM)</b>. It was prepared jointly by the migration focal points of eleven member municipalities in Jordan, Lebanon, Morocco and Tunisia between November and January, and validated at our online general assembly on 21 January.</p>
<p>The report looks in particular at local access to services for migrants regardless of status (GCM objective 15) and at the role of cities in social cohesion (objective 16).</p>
<p>Best regards,</p>
<p><img src="cid:image001.png@01D6F87A.3C2B1E40" width="120" height="40" alt="MACNM"><br>
<b>Joëlle Abou Jaoude</b><br>Network Secretariat | Policy Officer<br>Mediterranean &amp; Arab Cities Network on Migration (MACNM)<br>Beirut Office</p>
</div>"""
    html = leaf("text/html", page(inner, body_attrs=' lang="EN-GB"'), "utf-8", "quoted-printable")
    logo = leaf("image/png", make_png(24, 8, (10, 80, 130)), cte="base64", params=[("name", '"image001.png"')],
                disp='inline; filename="image001.png"', extra=[("Content-ID", "<image001.png@01D6F87A.3C2B1E40>")])
    rel = multi("related", [html, logo], "_005_DB7PR02MB4580C1E2F3A4B5C6DB7PR02MB4580eurp_",
                params=[("type", '"text/html"')])
    fname = "MACNM_Voluntary_GCM_Review_Report_2021.pdf"
    rep = attach("application/pdf", report_pdf("Cities and the Global Compact for Migration",
                                               "Mediterranean & Arab Cities Network on Migration (MACNM)",
                                               REPORT_SECTIONS), fname)
    body = multi("mixed", [rel, rep], "_006_DB7PR02MB4580C1E2F3A4B5C6DB7PR02MB4580eurp_")
    m = mk(when, sent, "mail-db7eur02.outbound.protection.example.com", "40.107.1.83", "4DTw5g9PbLz8",
           "MACNM Secretariat <secretariat@macnm.example.org>",
           "Voluntary GCM Review Report - MACNM (cities network)",
           "<DB7PR02MB4580C1E2F3A4B5C6@DB7PR02MB4580.eurprd02.prod.outlook.example.com>", body,
           extra=[("X-MS-Has-Attach", "yes"), ("Content-Language", "en-GB")])
    add(5, when, m, dict(category="voluntary_report", language="en", acknowledge=True, on_time=True,
        report_attachments=[fname],
        notes="collective report of a cities network sent from the secretariat's shared mailbox; HTML-only "
              "(multipart/related with an inline Outlook logo image001.png, a decoy) plus the PDF; mentions GCM "
              "objectives but no speaker request."))


def m06():
    when = at("2021-02-02 16:30:08")
    sent = sent_at(when, 1, 3)
    text = """Bonjour,

Je me permets de vous écrire au nom du bureau confédéral de la Confédération générale autonome des travailleurs (CGAT), au sujet de l'appel à rapports volontaires.

Deux questions avant que nous ne finalisions notre contribution :

1) Notre rapport est rédigé en commun avec deux organisations patronales dans le cadre d'un comité tripartite. Est-il recevable sous cette forme, ou faut-il que chaque organisation envoie son propre rapport ?
2) Si nous proposons un orateur avant le 5 février, sera-t-il possible de remplacer la personne ultérieurement si elle n'est pas disponible ?

Nous n'envoyons rien pour l'instant ; le rapport suivra avant le 16 février.

Avec nos remerciements,

Hichem Mansouri
Secrétaire confédéral chargé des relations internationales
CGAT - Tunis
"""
    body = leaf("text/plain", flowed(text), "utf-8", "8bit", params=[("format", "flowed")])
    m = mk(when, sent, "smtp.cgat.example.tn", "197.14.12.40", "4DVG0z7tRsz4",
           "Hichem Mansouri <h.mansouri@cgat.example.tn>",
           hdr("Questions sur l'appel à rapports volontaires (rapport tripartite)", enc="Q"),
           "<8f2e1d4c-93ab-4b7e-a1c6-5d0e7f3b2a91@cgat.example.tn>", body,
           extra=[("User-Agent", "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:78.0) Gecko/20100101 "
                                 "Thunderbird/78.7.0"), ("Content-Language", "fr")])
    add(6, when, m, dict(category="other", language="fr", acknowledge=True, on_time=None,
        notes="trade-union confederation asks two questions (joint tripartite report, replacing a speaker later); "
              "keyword-heavy ('rapport', 'orateur', both deadlines) but nothing is submitted and no speaker is "
              "named; says the report will follow. Thunderbird format=flowed, 8bit."))


M07_ID = "<CAFw8Ge3Zq1NvK5yRt0Lp2Hs7Dm4Xc9Bb6Wa3Ju@mail.gmail.example.com>"
M07_FILE = "تقرير الاتحاد العام لنقابات عمال البناء - الاتفاق العالمي للهجرة.docx"
M07_TEXT = """السادة أمانة المراجعة الإقليمية للاتفاق العالمي من أجل الهجرة الآمنة والمنظمة والنظامية المحترمين،
تحية نقابية وبعد،

بتكليف من الأمانة العامة للاتحاد العام لنقابات عمال البناء والأخشاب، نرفق لكم طيّه التقرير الطوعي للاتحاد حول تنفيذ الاتفاق العالمي للهجرة، وقد أعدّته لجنة العمال الوافدين في الاتحاد بالتشاور مع النقابات الأعضاء في خمس محافظات.

كما يرشّح الاتحاد الأخ الأمين العام سليمان الزعبي للقيام بدور المقرّر الذي يعرض الرسائل الرئيسية لأصحاب المصلحة في المؤتمر الإقليمي، نظراً لمشاركته في إعداد التقرير وفي المشاورات الوطنية.

بيانات المرشح:
الاسم: الأخ سليمان الزعبي
الصفة: الأمين العام
الجهة: الاتحاد العام لنقابات عمال البناء والأخشاب

وتفضلوا بقبول فائق الاحترام،

المكتب الإعلامي
الاتحاد العام لنقابات عمال البناء والأخشاب
عمّان - الأردن
"""


def m07():
    when = at("2021-02-03 09:40:33")
    sent = sent_at(when, 2, 5)
    alt_ = two(M07_TEXT, "000000000000c3a1d905ba6f2b10", rtl=True, cte="base64")
    data = make_docx(["التقرير الطوعي - الاتحاد العام لنقابات عمال البناء والأخشاب",
                      "المراجعة الإقليمية للاتفاق العالمي من أجل الهجرة 2021",
                      "مقدمة", "المنهجية", "التقدم المحرز في الأهداف 6 و7 و22", "التحديات", "التوصيات"])
    doc = leaf(DOCX, data, cte="base64", params=[("name", '"%s"' % b_word(M07_FILE))],
               disp='attachment; filename="%s"' % b_word(M07_FILE),
               extra=[("Content-ID", "<f_kkojm2wq0>"), ("X-Attachment-Id", "f_kkojm2wq0")])
    body = multi("mixed", [alt_, doc], "000000000000c3a1dc05ba6f2b12")
    m = mk(when, sent, "mail-wm1-f47.google.example.com", "209.85.128.47", "4DVkR2d6Thz9",
           addr("الاتحاد العام لنقابات عمال البناء", "gfbwu.media@gmail.example.com"),
           hdr("التقرير الطوعي للاتحاد وترشيح مقرر"), M07_ID, body)
    add(7, when, m, dict(category="both", language="ar", acknowledge=True, on_time=True, speakers=[
        sp("سليمان الزعبي", "الأمين العام", "الاتحاد العام لنقابات عمال البناء والأخشاب", ["rapporteur"])],
        report_attachments=[M07_FILE],
        notes="both, on time (3 February); a union's media office writes from a Gmail address (display name is the "
              "organisation, shortened); the trade-union courtesy 'الأخ' ('Brother') precedes the name and is "
              "dropped like السيد; the long RFC 2047 display name is split into two encoded words mid-word (policy.default inserts a stray space, decode_header does not); 'عمّان - الأردن' after the organisation in the signature is a place, not part of "
              "it; Gmail-style RFC 2047 file name inside quotes."))


def m08():
    when = at("2021-02-03 13:05:51")
    sent = sent_at(when, 2, 6)
    text = """حضرات السادة في أمانة المراجعة الإقليمية للاتفاق العالمي للهجرة،

بالإشارة إلى كتابكم الكريم بخصوص المؤتمر الإقليمي لاستعراض الاتفاق العالمي من أجل الهجرة، يسرّ مكتب رئيس البلدية إعلامكم برغبة سعادة رئيس بلدية الفيحاء الكبرى المهندس مروان الدباغ في المشاركة بمداخلة ضمن المائدة المستديرة المواضيعية الثالثة، وذلك لعرض تجربة البلدية في إدماج العمال المهاجرين والنازحين في الخدمات المحلية.

كما نرشح معه السيدة ريما فخري، رئيسة قسم الخدمات الاجتماعية في البلدية، للمشاركة في النقاش المفتوح للمشاورة يوم 23 شباط.

مع فائق الاحترام والتقدير،

سهى الحلبي
سكرتيرة رئيس البلدية
بلدية الفيحاء الكبرى
"""
    body = two(text, "----=_NextPart_000_0041_01D6FA1C.8B3E5C20", rtl=True, charset="windows-1256")
    m = mk(when, sent, "mail.faihaa-municipality.example.org", "192.0.2.58", "4DVs4n1JQcz7",
           addr("مكتب رئيس البلدية", "mayor.office@faihaa-municipality.example.org", "windows-1256"),
           hdr("مشاركة بلدية الفيحاء الكبرى في المؤتمر الإقليمي", "windows-1256"),
           "<004101d6fa1c$8b3e5c20$a1b2c3d4$@faihaa-municipality.example.org>", body,
           extra=[("X-Mailer", "Microsoft Outlook 16.0"), ("Thread-Index", "AdcKHIs+TcBaa1b2c3d4e5f6"),
                  ("Content-Language", "ar-sa")])
    add(8, when, m, dict(category="speaker_request", language="ar", acknowledge=True, on_time=True, speakers=[
        sp("مروان الدباغ", "رئيس بلدية الفيحاء الكبرى", "بلدية الفيحاء الكبرى", ["roundtable"], 3),
        sp("ريما فخري", "رئيسة قسم الخدمات الاجتماعية", "بلدية الفيحاء الكبرى", ["open_discussion"])],
        notes="the mayor's secretary writes (sender is not a speaker); two speakers in prose, no labelled lines; "
              "honorifics 'سعادة' and the professional 'المهندس' and 'السيدة' dropped; the mayor's title contains "
              "the municipality ('رئيس بلدية الفيحاء الكبرى'), kept as written, with the municipality as "
              "affiliation; the second speaker's affiliation only by reference ('في البلدية'): recorded as the "
              "municipality; 'الثالثة' = 3; windows-1256 Outlook."))


M09_ID = "<0100017767a2b3c4-5d6e7f80-9a1b-4c2d-8e3f-4a5b6c7d8e9f-000000@email.example.com>"


def m09():
    when = at("2021-02-04 11:50:14")
    sent = sent_at(when, 3, 4)
    text = """Dear Secretariat,

Greetings from the Gulf Domestic Workers' Solidarity Alliance (GDWSA).

We are a collective of domestic workers' groups and community associations in Kuwait, Bahrain and Qatar. Please find attached our voluntary GCM review report, which we wrote together with our members over three community meetings in January (the report is in English; an Arabic summary is on the last page).

We would also like to request a floor intervention at the 4th thematic roundtable. Our proposed speaker is:

Name: Josephine Dela Cruz
Position: Chairperson, GDWSA
Organization: Gulf Domestic Workers' Solidarity Alliance

She is a domestic worker herself and can only be online after 6 pm Kuwait time, so we would be grateful if her slot could be in the afternoon.

In solidarity,
Marites Gonzales
Secretary, GDWSA
"""
    alt_ = two(text, "=_4a1c9e7f2b8d3e6a5c0f1b2d")
    fname = "GDWSA voluntary GCM review report 2021.pdf"
    rep = attach("application/pdf", report_pdf("Domestic workers in the Gulf and the GCM",
                                               "Gulf Domestic Workers' Solidarity Alliance (GDWSA)",
                                               REPORT_SECTIONS), fname)
    body = multi("mixed", [alt_, rep], "=_7e3b5d9a1c2f4e6b8d0a2c4e")
    m = mk(when, sent, "b224-13.smtp-out.eu-west-1.example.com", "198.51.100.224", "4DWM8s3bHkz0",
           "GDWSA <contact@gdwsa.example.org>", "Voluntary report + speaker for roundtable 4 (GDWSA)", M09_ID, body,
           extra=[("X-Mailer", "Zoho Mail"), ("Reply-To", "Marites Gonzales <marites.g@gdwsa.example.org>")])
    add(9, when, m, dict(category="both", language="en", acknowledge=True, on_time=True, speakers=[
        sp("Josephine Dela Cruz", "Chairperson", "Gulf Domestic Workers' Solidarity Alliance (GDWSA)",
           ["roundtable"], 4)],
        report_attachments=[fname],
        notes="both, on time (4 February); sent by the collective's secretary, not the speaker; the labelled "
              "'Position' line appends the acronym ('Chairperson, GDWSA') and the 'Organization' line omits it: "
              "title 'Chairperson', affiliation the fullest form written in the message (name with acronym, from "
              "the greeting line); '4th thematic roundtable' = 4; Reply-To differs from From; file name with spaces."))


def m10():
    when = at("2021-02-04 16:20:40")
    sent = sent_at(when, 2, 5)
    text = """Dear Madam/Sir,

I write to express my interest in taking part in the thematic roundtable on social inclusion and access to services (I understand this is roundtable three) at the Regional Review Conference.

Our council has been running a small one-stop desk for migrant and refugee workers since 2019 and I would like to share what has and has not worked at municipal level.

I am happy to send a short bio if needed.

Best wishes,

Cllr. Samir Nassar
Chair, Social Affairs Committee
Greater Irbid Municipality
Irbid, Jordan
M: +962 77 918 3342

This e-mail and any attachments are confidential and intended solely for the addressee. If you have received it in error please notify the sender and delete it.
"""
    body = leaf("text/plain", text, "us-ascii", "7bit")
    m = mk(when, sent, "mail-ot1-f49.google.example.com", "209.85.210.49", "4DWY1m7cFvz5",
           "Samir Nassar <samir.nassar@irbid-council.example.org>", "Roundtable participation - Greater Irbid",
           "<CAN4qP8xLs2Wd7Yt3Rv9Kb1Mh5Ge0Jf6Ac@mail.gmail.example.com>", body)
    add(10, when, m, dict(category="speaker_request", language="en", acknowledge=True, on_time=True, speakers=[
        sp("Samir Nassar", "Chair, Social Affairs Committee", "Greater Irbid Municipality", ["roundtable"], 3)],
        notes="city councillor proposes himself; title and affiliation only in the signature; 'Cllr.' is an "
              "honorific, dropped; the title includes its committee and a comma ('Chair, Social Affairs Committee'); "
              "'Irbid, Jordan' after the municipality is a place line; 'roundtable three' = 3; plain 7bit text "
              "with a confidentiality footer."))


def m11():
    when = at("2021-02-05 20:15:02")
    sent = sent_at(when, 1, 6)
    text = """Bonsoir,

La Fédération nationale des travailleuses domestiques (FNTD-UMT) souhaite proposer deux intervenantes pour la Conférence régionale d'examen du PMM des 24 et 25 février :

- Mme Fatima Zahra Amrani, Secrétaire générale de la FNTD, Casablanca : rôle de rapporteure (présentation des messages clés des parties prenantes) ;
- Mme Naïma Boukhris, responsable du pôle juridique de la fédération : intervention dans la première table ronde thématique (recrutement et conditions de travail).

Nous vous remercions de nous confirmer la bonne réception de ces candidatures, envoyées un peu à la dernière minute, nous en sommes désolées.

Bien cordialement,

Khadija El Ouafi
Assistante administrative
Fédération nationale des travailleuses domestiques (FNTD-UMT)
"""
    body = leaf("text/plain", flowed(text), "utf-8", "quoted-printable", params=[("format", "flowed")])
    m = mk(when, sent, "smtp.menara.example.ma", "196.200.131.7", "4DWxT6p0Kfz3",
           addr("Khadija El Ouafi", "fntd.secretariat@menara.example.ma"),
           hdr("Candidatures FNTD – rapporteure et table ronde 1", enc="Q"),
           "<5d1c2b3a-7e8f-4a90-b1c2-d3e4f5a6b7c8@menara.example.ma>", body,
           extra=[("User-Agent", "Mozilla/5.0 (X11; Ubuntu; Linux x86_64; rv:78.0) Gecko/20100101 "
                                 "Thunderbird/78.6.0"), ("Content-Language", "fr-FR")])
    add(11, when, m, dict(category="speaker_request", language="fr", acknowledge=True, on_time=True, speakers=[
        sp("Fatima Zahra Amrani", "Secrétaire générale", "Fédération nationale des travailleuses domestiques (FNTD-UMT)",
           ["rapporteur"]),
        sp("Naïma Boukhris", "responsable du pôle juridique",
           "Fédération nationale des travailleuses domestiques (FNTD-UMT)", ["roundtable"], 1)],
        notes="assistant writes for the federation (sender is not a speaker); two speakers in a dashed prose list; "
              "'Mme' dropped; the first line gives only 'de la FNTD, Casablanca' (city dropped) and the second "
              "only 'de la fédération': both recorded with the fullest form written (name with the compound "
              "acronym 'FNTD-UMT', from the first sentence and signature); title lower-case as written; "
              "'première table ronde' = 1; 'rapporteure' = rapporteur; format=flowed QP."))


def m12():
    # union of municipalities; received 19 seconds before the speaker deadline
    when = at("2021-02-05 23:59:40")
    sent = tz(when - dt.timedelta(seconds=3), 2)
    text = """السادة المنظمين المحترمين،

نرجو التكرم بقبول طلب اتحاد بلديات وادي النهر للمشاركة في المؤتمر الإقليمي، ونعتذر عن إرسال الطلب في اللحظات الأخيرة بسبب انعقاد مجلس الاتحاد اليوم.

المتحدث المقترح: رئيس الاتحاد الأستاذ جورج خوري
الدور المطلوب: مداخلة في الجلسة العامة
موضوع المداخلة: دور السلطات المحلية في حماية العمال المهاجرين خلال جائحة كورونا

مع الشكر،
أمانة سر اتحاد بلديات وادي النهر
"""
    body = leaf("text/plain", text, "windows-1256", "quoted-printable")
    m = mk(when, sent, "mail.wadi-nahr.example.org", "203.0.113.41", "4DXD9w5nGrz8",
           addr("أمانة سر الاتحاد", "secretariat@wadi-nahr.example.org", "windows-1256"),
           hdr("طلب مشاركة - اتحاد بلديات وادي النهر", "windows-1256"),
           "<000a01d6fbff$2c4d5e60$84e7fb20$@wadi-nahr.example.org>", body,
           extra=[("X-Mailer", "Microsoft Outlook 14.0"), ("Content-Language", "ar-lb")])
    add(12, when, m, dict(category="speaker_request", language="ar", acknowledge=True, on_time=True, speakers=[
        sp("جورج خوري", "رئيس الاتحاد", "اتحاد بلديات وادي النهر", ["plenary"])],
        notes="edge: received 23:59:40 Beirut time on 5 February, 19 seconds before the speaker deadline: on time; "
              "sent by the secretariat of a union of municipalities; speaker line 'رئيس الاتحاد الأستاذ جورج خوري': "
              "title before an honorific ('الأستاذ' dropped), affiliation only in the first paragraph and "
              "signature; 'الجلسة العامة' = plenary; windows-1256 plain text."))


def m13():
    when = at("2021-02-06 00:03:12")
    sent = sent_at(when, 3, 9)
    text = """Hello, sorry this is a bit late, our executive only met tonight.
The Bahrain Migrant Workers Union Network would like to nominate our president Mr Anand Raghunathan to speak in the open discussion on 23 Feb. He is a driver and has been organizing workers here since 2011.
Thank you
Priya

Sent from my iPhone"""
    body = leaf("text/plain", text, "utf-8", "7bit")
    m = mk(when, sent, "sonic313-22.consmr.mail.ir2.yahoo.example.com", "198.51.100.77", "4DXDG30ZmKz2",
           "Priya Menon <priya.bmwun@yahoo.example.com>", "Speaker nomination - open discussion",
           "<A7C3E9F1-2B4D-4F6A-8C0E-1D3F5B7A9C2E@yahoo.example.com>", body,
           extra=[("X-Mailer", "iPhone Mail (18C66)")])
    add(13, when, m, dict(category="speaker_request", language="en", acknowledge=True, on_time=False, speakers=[
        sp("Anand Raghunathan", "president", "Bahrain Migrant Workers Union Network", ["open_discussion"])],
        notes="LATE: received 00:03 Beirut on 6 February (Date header 01:03 +0300), the writer knows it; iPhone plain "
              "text, two-line prose; the sender nominates 'our president Mr ...': title given only as 'president' "
              "(recorded lower-case as written, 'Mr' dropped); 'He is a driver' is his job, not his title here "
              "(secretary records the union role)."))


M14_ID = "<DB6PR0802MB2536E7A1B9C3D5F2@DB6PR0802MB2536.eurprd08.prod.outlook.example.com>"
M14_FILE = "Rapport volontaire RELM - Examen régional PMM 2021.docx"


def m14():
    when = at("2021-02-08 10:30:05")
    sent = sent_at(when, 1, 5)
    text = """Madame, Monsieur,

Au nom du Réseau des élus locaux pour les migrations (RELM), qui regroupe 37 maires, présidents de conseils communaux et conseillers municipaux du Maroc, de Tunisie et de Mauritanie, nous avons le plaisir de vous adresser ci-joint notre rapport volontaire dans le cadre de l'examen régional du Pacte mondial pour des migrations sûres, ordonnées et régulières.

Le rapport a été adopté par le bureau du réseau le 4 février. Il comprend une synthèse des pratiques communales (état civil, accès aux soins de proximité, guichets d'orientation), les difficultés rencontrées et nos recommandations aux États.

Nous vous serions reconnaissants d'en accuser réception.

Bien cordialement,

Le Secrétariat permanent du RELM
Réseau des élus locaux pour les migrations
Rabat – Maroc
"""
    alt_ = two(text, "_000_DB6PR0802MB2536E7A1B9C3D5F2DB6PR0802MB2536eurp_",
               html=page('<div class="WordSection1">%s</div>' % text2html(text), body_attrs=' lang="FR"'))
    data = make_docx(["Réseau des élus locaux pour les migrations (RELM)",
                      "Rapport volontaire - Examen régional du Pacte mondial pour les migrations - 2021",
                      "1. Introduction", "2. Méthodologie", "3. Pratiques communales par objectif du PMM",
                      "4. Difficultés", "5. Recommandations"])
    disp = "attachment;\r\n\t" + ";\r\n\t".join(rfc2231_cont("filename", M14_FILE, 45))
    doc = leaf(DOCX, data, cte="base64", params=[("name", '"%s"' % b_word(M14_FILE))], disp=disp)
    body = multi("mixed", [alt_, doc], "_004_DB6PR0802MB2536E7A1B9C3D5F2DB6PR0802MB2536eurp_")
    m = mk(when, sent, "mail-db6eur08.outbound.protection.example.com", "40.107.2.66", "4DYp1f3sQwz6",
           addr("Secrétariat RELM", "secretariat@relm.example.org"),
           hdr("Rapport volontaire du RELM – examen régional du PMM", enc="Q"), M14_ID, body,
           extra=[("X-MS-Has-Attach", "yes"), ("Content-Language", "fr-FR"), ("Disposition-Notification-To",
                  "secretariat@relm.example.org")])
    add(14, when, m, dict(category="voluntary_report", language="fr", acknowledge=True, on_time=True,
        report_attachments=[M14_FILE],
        notes="collective report of a network of mayors and councillors, sent by its permanent secretariat (signed "
              "as an office, no person); DOCX name with spaces and an accent in RFC 2231 continuations plus an "
              "RFC 2047 name; asks for a read receipt (Disposition-Notification-To); the acknowledgement bounces "
              "(h180-15)."))


def m15():
    when = at("2021-02-08 10:31:22")
    text = """This is the mail system at host mx.relm.example.org.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

For further assistance, please send mail to postmaster.

If you do so, please include this problem report. You can
delete your own text from the attached returned message.

                   The mail system

<secretariat@relm.example.org>: host mailstore.relm.example.org[192.0.2.25]
    said: 552 5.2.2 <secretariat@relm.example.org>: Recipient address
    rejected: Mailbox full (quota exceeded) (in reply to RCPT TO command)
"""
    dsn = ("Reporting-MTA: dns; mx.relm.example.org\n"
           "X-Postfix-Queue-ID: 4DYp2L6hVbz1\n"
           "X-Postfix-Sender: rfc822; gcmrrarabstates@iom.int\n"
           "Arrival-Date: %s\n\n"
           "Final-Recipient: rfc822; secretariat@relm.example.org\n"
           "Original-Recipient: rfc822;secretariat@relm.example.org\n"
           "Action: failed\n"
           "Status: 5.2.2\n"
           "Remote-MTA: dns; mailstore.relm.example.org\n"
           "Diagnostic-Code: smtp; 552 5.2.2 <secretariat@relm.example.org>: Recipient address\n"
           "    rejected: Mailbox full (quota exceeded)\n"
           % rfcdate(tz(when - dt.timedelta(seconds=9), 1)))
    hdrs = ("Return-Path: <gcmrrarabstates@iom.int>\n"
            "From: GCM Regional Review Arab States <gcmrrarabstates@iom.int>\n"
            "To: secretariat@relm.example.org\n"
            "Subject: =?utf-8?q?Accus=C3=A9_de_r=C3=A9ception_-_Rapport_volontaire_du_RELM?=\n"
            "Date: %s\n"
            "Message-ID: <ack.4DYp1f3sQwz6@gcmrrarabstates.iom.int>\n"
            "In-Reply-To: %s\n" % (rfcdate(when - dt.timedelta(seconds=12)), M14_ID))
    body = dsn_report(text, dsn, hdrs, "4DYp2L6hVbz1.1612776673/mx.relm.example.org")
    rows = [("Return-Path", "<>"), ("Delivered-To", BOX_),
            ("Received", "from mx.relm.example.org (mx.relm.example.org [192.0.2.24])\r\n\tby mx1.iom.int "
                         "(Postfix) with ESMTPS id 4DYp2P0kXdz4\r\n\tfor <%s>; %s" % (BOX_, rfcdate(when, "EET"))),
            ("Received", "by mx.relm.example.org (Postfix)\r\n\tid 4DYp2L6hVbz1; %s"
             % rfcdate(tz(when - dt.timedelta(seconds=2), 1))),
            ("Date", rfcdate(tz(when - dt.timedelta(seconds=2), 1))),
            ("From", "MAILER-DAEMON@mx.relm.example.org (Mail Delivery System)"),
            ("Subject", "Undelivered Mail Returned to Sender"),
            ("To", BOX_),
            ("Auto-Submitted", "auto-replied"),
            ("Message-Id", "<20210208093120.4DYp2L6hVbz1@mx.relm.example.org>")]
    add(15, when, top(body, rows), dict(category="bounce", language="en", acknowledge=False, on_time=None,
        notes="Postfix DSN from the sender's own server: the acknowledgement of h180-14 could not be delivered "
              "(552 5.2.2 mailbox full); the returned headers name h180-14's Message-ID in In-Reply-To and the "
              "French acknowledgement subject. Never acknowledge; thread_of stays null (a bounce opens no submission)."))


BOX_ = "gcmrrarabstates@iom.int"
M16_FILE = "تقرير_شبكة_العاملات_المنزليات_الاتفاق_العالمي.pdf"


def m16():
    when = at("2021-02-09 12:00:48")
    sent = sent_at(when, 2, 5)
    text = """مساء الخير،

مرفق التقرير الطوعي الخاص بشبكة دعم العاملات في الخدمة المنزلية حول تطبيق الاتفاق العالمي للهجرة في لبنان والأردن.

التقرير جماعي، شاركت في إعداده سبع جمعيات ومجموعات من العاملات أنفسهن، ونعتذر إن كانت الصياغة بسيطة.

يرجى تأكيد الاستلام.

مع التحية،
نادين
المساعدة الإدارية – شبكة دعم العاملات في الخدمة المنزلية
"""
    alt_ = two(text, "000000000000e8f1a305baf3c4d5", rtl=True, cte="base64")
    rep = leaf("application/pdf", report_pdf("Domestic workers and the GCM in Lebanon and Jordan",
                                            "Domestic Work Support Network - collective report", REPORT_SECTIONS),
               cte="base64", params=[("name", '"%s"' % b_word(M16_FILE))],
               disp='attachment; filename="%s"' % b_word(M16_FILE),
               extra=[("Content-ID", "<f_kkw3b9r10>"), ("X-Attachment-Id", "f_kkw3b9r10")])
    body = multi("mixed", [alt_, rep], "000000000000e8f1a605baf3c4d7")
    m = mk(when, sent, "mail-qk1-f170.google.example.com", "209.85.222.170", "4DZD0y2mNsz5",
           addr("Nadine Saad", "dwsn.lb@gmail.example.com"), hdr("التقرير الطوعي - شبكة دعم العاملات"),
           "<CAOe5Rk1Pw8Tn2Zq7Lx4Bm0Vy3Hs6Jd9Gc2Fb@mail.gmail.example.com>", body)
    add(16, when, m, dict(category="voluntary_report", language="ar", acknowledge=True, on_time=True,
        report_attachments=[M16_FILE],
        notes="collective report of a domestic-workers support network, sent by its administrative assistant "
              "(Latin display name, Arabic body); Gmail-style RFC 2047 Arabic file name inside quotes in both "
              "name and filename parameters."))


def m17():
    when = at("2021-02-10 15:45:19")
    sent = sent_at(when, 1, 6)
    inner = """<div style="font-family:Arial,sans-serif;font-size:10pt">
<p>Madame, Monsieur,</p>
<p>L'Union syndicale des travailleurs migrants et saisonniers (USTMS) a l'honneur de vous transmettre en pièce jointe son rapport volontaire sur la mise en œuvre du Pacte mondial pour les migrations, adopté par sa commission exécutive le 6 février 2021.</p>
<p>Par la même occasion, nous souhaiterions que notre secrétaire générale, Mme Aïcha Lamrani, puisse prendre la parole lors d'une séance plénière de la Conférence régionale, afin de présenter les principales conclusions du rapport. Nous sommes conscients que la date du 5 février est passée pour les orateurs et nous nous en remettons à votre appréciation.</p>
<p>Veuillez agréer, Madame, Monsieur, nos salutations syndicales.</p>
<p>--<br>Saïd Berrechid<br>Chargé des relations extérieures<br>Union syndicale des travailleurs migrants et saisonniers (USTMS)<br>Oujda</p>
</div>"""
    htmlp = leaf("text/html", page(inner), "utf-8", "quoted-printable")
    fname = "USTMS_rapport_volontaire_PMM.pdf"
    rep = attach("application/pdf", report_pdf("Rapport volontaire - examen regional du PMM",
                                               "Union syndicale des travailleurs migrants et saisonniers (USTMS)",
                                               REPORT_SECTIONS), fname)
    body = multi("mixed", [htmlp, rep], "----=_Part_331245_1928374650.1612964719000")
    m = mk(when, sent, "smtp-out.orange.example.fr", "192.0.2.131", "4DZs6j8pLcz3",
           addr("USTMS - Relations extérieures", "relations.ext@ustms.example.ma", enc="Q"),
           hdr("Rapport volontaire USTMS et demande d'intervention en plénière", enc="Q"),
           "<1028374650.331246.1612964719012@webmail.orange.example.fr>", body,
           extra=[("X-Mailer", "Open-Xchange Mailer v7.10.4-Rev22")])
    add(17, when, m, dict(category="both", language="fr", acknowledge=True, on_time=False, speakers=[
        sp("Aïcha Lamrani", "secrétaire générale", "Union syndicale des travailleurs migrants et saisonniers (USTMS)",
           ["plenary"])],
        report_attachments=[fname],
        notes="both; received 10 February: report part on time, speaker part late (the sender admits it), so "
              "on_time false; HTML-only with the PDF; speaker in prose ('notre secrétaire générale, Mme ...'): "
              "title lower-case as written, affiliation by reference to the union named in the first sentence; "
              "the sender (external relations officer) is not the speaker; 'Oujda' after the union is a place."))


def m18():
    when = at("2021-02-11 09:20:37")
    sent = sent_at(when, 2, 4)
    quoted = "\n".join(("> " + x) if x else ">" for x in M07_TEXT.strip().split("\n"))
    text = """صباح الخير،

نرجو التكرم بإعلامنا إن كان التقرير وترشيح الأخ الأمين العام قد وصلا، فلم يصلنا أي رد حتى الآن. كما نود أن نعرف متى سيتم إعلام المتحدثين بالبرنامج النهائي.

شكراً لكم
المكتب الإعلامي

في الأربعاء، ٣ فبراير ٢٠٢١ في ٩:٤٠ ص، كتب الاتحاد العام لنقابات عمال البناء <gfbwu.media@gmail.example.com>:
""" + quoted + "\n"
    body = two(text, "000000000000a1b2c305bb0d7e8f", rtl=True, cte="base64")
    m = mk(when, sent, "mail-wm1-f52.google.example.com", "209.85.128.52", "4Dbb7c1rVmz2",
           addr("الاتحاد العام لنقابات عمال البناء", "gfbwu.media@gmail.example.com"),
           re_hdr("Re: ", "التقرير الطوعي للاتحاد وترشيح مقرر"),
           "<CAFw8Ge5Tr2Lp9Xy1Nq4Hd7Ks0Mb3Vc6Zj8Wa@mail.gmail.example.com>", body,
           extra=[("In-Reply-To", M07_ID), ("References", M07_ID)])
    add(18, when, m, dict(category="other", language="ar", acknowledge=True, on_time=None, thread_of="h180-07.eml",
        notes="follow-up to the union's own h180-07 (In-Reply-To set): asks whether the report and the nomination "
              "arrived and when speakers will hear; Gmail Arabic '>' quote of the whole original, including the "
              "labelled speaker lines and the report announcement, but the attachment is not re-sent: nothing new "
              "is submitted."))


M19_ID = "<SN6PR11MB2702F4A3B2C1D0E9@SN6PR11MB2702.namprd11.prod.outlook.example.com>"


def m19():
    when = at("2021-02-12 14:10:09")
    sent = sent_at(when, -5, 8)
    text = """Dear GCM Regional Review Secretariat,

On behalf of the Building and Wood Workers' Regional Office for the Middle East and North Africa (BWW-MENA), I am attaching our voluntary GCM review report. It is based on a survey of 1,240 migrant construction workers in Qatar, Saudi Arabia and the UAE carried out by our affiliates between August and December 2020, and on a review of legal reforms since 2018 (kafala, wage protection, heat stress).

The second attachment is our press release on the survey findings, for your information only.

Please do not hesitate to contact me should you need anything further.

Best regards,

Thomas Lindqvist
Project Coordinator, Migrant Workers' Rights
Building and Wood Workers' Regional Office MENA
"""
    alt_ = two(text, "_000_SN6PR11MB2702F4A3B2C1D0E9SN6PR11MB2702namp_")
    f1 = "BWW-MENA_GCM_Voluntary_Review_2021_final.pdf"
    rep = attach("application/pdf", report_pdf("Migrant construction workers in the Gulf: GCM voluntary review",
                                               "BWW-MENA regional office", REPORT_SECTIONS), f1)
    pr = attach(DOCX, make_docx(["PRESS RELEASE - for immediate release",
                                 "Survey: heat stress and unpaid wages remain top concerns of Gulf construction workers"]),
                "Press release - survey findings.docx")
    body = multi("mixed", [alt_, rep, pr], "_004_SN6PR11MB2702F4A3B2C1D0E9SN6PR11MB2702namp_")
    m = mk(when, sent, "mail-bn8nam11.outbound.protection.example.com", "40.107.236.50", "4Dc4Q7y0Hbz8",
           "Thomas Lindqvist <thomas.lindqvist@bww-mena.example.org>",
           "BWW-MENA - Voluntary GCM Review Report", M19_ID, body,
           extra=[("X-MS-Has-Attach", "yes"), ("Content-Language", "en-US")])
    add(19, when, m, dict(category="voluntary_report", language="en", acknowledge=True, on_time=True,
        report_attachments=[f1],
        notes="regional office of a global union federation; two attachments: the report PDF and a press release "
              "DOCX that the sender says is 'for your information only' (not part of the report); Date header in "
              "UTC-5 (sent from Washington)."))


def m20():
    when = at("2021-02-12 17:35:44")
    sent = sent_at(when, 1, 5)
    text = """Bonjour,

Je vous transmets ci-dessous la demande de Mme l'adjointe au maire, qui n'a pas pu utiliser le formulaire en ligne (le lien ne fonctionnait plus).

Nom : Mme Khadija Ouali
Fonction : Adjointe au maire chargée de la cohésion sociale et des migrations
Institution : Commune urbaine d'Agadir - Direction des affaires sociales
Intervention souhaitée : table ronde thématique n° 2 ou, à défaut, discussion ouverte du 23 février

Nous savons que le délai est dépassé ; nous vous serions reconnaissants si la demande pouvait malgré tout être examinée.

Cordialement,

Yassine Ait Baha
Secrétariat de l'adjointe au maire
"""
    body = two(text, "----=_NextPart_000_0013_01D70163.2A4B6C80", charset="iso-8859-1")
    m = mk(when, sent, "smtp.agadir-commune.example.ma", "203.0.113.90", "4Dc9Wf2kRtz1",
           addr("Yassine Ait Baha", "y.aitbaha@agadir-commune.example.ma"),
           hdr("Demande d'intervention - Mme Khadija Ouali (hors délai)", "iso-8859-1", "Q"),
           "<001301d70163$2a4b6c80$7e9f1a20$@agadir-commune.example.ma>", body,
           extra=[("X-Mailer", "Microsoft Outlook 15.0"), ("Content-Language", "fr")])
    add(20, when, m, dict(category="speaker_request", language="fr", acknowledge=True, on_time=False, speakers=[
        sp("Khadija Ouali", "Adjointe au maire chargée de la cohésion sociale et des migrations",
           "Commune urbaine d'Agadir - Direction des affaires sociales", ["roundtable", "open_discussion"], 2)],
        notes="LATE (12 February), sender admits it; secretariat writes for the deputy mayor with labelled lines "
              "copied from the form; 'Mme' dropped from the name line; the institution line names a directorate "
              "after a dash: kept whole as written (unit of the commune, not a place — secretary's choice, not "
              "covered by dev); roundtable n° 2 as first choice and open discussion as fallback: both roles "
              "recorded, roundtable 2; ISO-8859-1 Outlook."))


def m21():
    # a thank-you answering the service's acknowledgement of h180-19: nothing new, not to be acknowledged
    when = at("2021-02-15 08:40:27")
    sent = sent_at(when, -5, 6)
    ack_id = "<ack.4Dc4Q7y0Hbz8@gcmrrarabstates.iom.int>"
    inner = """<div style="font-family:Calibri,Arial,Helvetica,sans-serif;font-size:11pt;color:rgb(0,0,0)">
<p>Many thanks for confirming receipt - much appreciated.</p>
<p>Best,<br>Thomas</p>
</div>
<hr style="display:inline-block;width:98%" tabindex="-1">
<div id="divRplyFwdMsg" dir="ltr"><font face="Calibri, sans-serif" style="font-size:11pt" color="#000000"><b>From:</b> GCM Regional Review Arab States &lt;gcmrrarabstates@iom.int&gt;<br>
<b>Sent:</b> Friday, February 12, 2021 7:10 AM<br>
<b>To:</b> Thomas Lindqvist &lt;thomas.lindqvist@bww-mena.example.org&gt;<br>
<b>Subject:</b> Acknowledgement of receipt - BWW-MENA - Voluntary GCM Review Report</font>
<div>&nbsp;</div></div>
<div><p>Dear Thomas Lindqvist,</p>
<p>Thank you for your message. We confirm receipt of your voluntary GCM review report (BWW-MENA_GCM_Voluntary_Review_2021_final.pdf), received on 12 February 2021.</p>
<p>GCM Regional Review Secretariat</p></div>
"""
    body = leaf("text/html", page(inner), "utf-8", "quoted-printable")
    m = mk(when, sent, "mail-bn8nam11.outbound.protection.example.com", "40.107.236.57", "4DdQ2h5zKpz7",
           "Thomas Lindqvist <thomas.lindqvist@bww-mena.example.org>",
           "RE: Acknowledgement of receipt - BWW-MENA - Voluntary GCM Review Report",
           "<SN6PR11MB27029A8B7C6D5E4F@SN6PR11MB2702.namprd11.prod.outlook.example.com>", body,
           extra=[("In-Reply-To", ack_id), ("References", "%s %s" % (M19_ID, ack_id)),
                  ("Content-Language", "en-US")])
    add(21, when, m, dict(category="other", language="en", acknowledge=False, on_time=None,
        thread_of="h180-19.eml",
        notes="a one-line thank-you replying to the service's acknowledgement of h180-19 (References names "
              "h180-19 and the acknowledgement): written by a person but adds nothing new, so per LABELS.md no "
              "acknowledgement; thread_of h180-19 (it follows up that submission); the quoted acknowledgement "
              "names the report file but nothing is attached; HTML-only Outlook reply."))


def m22():
    # municipality, last minutes of the report deadline
    when = at("2021-02-16 23:58:30")
    sent = sent_at(when, 2, 7)
    text = """السادة الأفاضل،

تحية طيبة،

مرفق لحضراتكم التقرير الطوعي لبلدية الفيحاء الكبرى حول تنفيذ الاتفاق العالمي من أجل الهجرة على المستوى المحلي، وقد تم اعتماده صباح اليوم من المجلس البلدي.

نرجو المعذرة عن التأخر في الإرسال إلى هذه الساعة.

مع التقدير،
سهى الحلبي
سكرتيرة رئيس البلدية
بلدية الفيحاء الكبرى
"""
    alt_ = two(text, "----=_NextPart_000_0087_01D704A2.6F1E3D40", rtl=True, charset="windows-1256")
    fname = "تقرير بلدية الفيحاء الكبرى.docx"
    data = make_docx(["بلدية الفيحاء الكبرى", "التقرير الطوعي حول تنفيذ الاتفاق العالمي من أجل الهجرة",
                      "مقدمة", "المنهجية", "الخدمات المحلية للمهاجرين", "التحديات", "التوصيات"])
    doc = leaf(DOCX, data, cte="base64", params=[("name", '"%s"' % b_word(fname, "windows-1256"))],
               disp="attachment; filename*=%s" % rfc2231(fname, "windows-1256"))
    body = multi("mixed", [alt_, doc], "----=_NextPart_000_0086_01D704A2.6F1E3D40")
    m = mk(when, sent, "mail.faihaa-municipality.example.org", "192.0.2.58", "4DfT0v9bWnz4",
           addr("مكتب رئيس البلدية", "mayor.office@faihaa-municipality.example.org", "windows-1256"),
           hdr("التقرير الطوعي - بلدية الفيحاء الكبرى", "windows-1256"),
           "<008701d704a2$6f1e3d40$4d5eb7c0$@faihaa-municipality.example.org>", body,
           extra=[("X-Mailer", "Microsoft Outlook 16.0"), ("Content-Language", "ar-sa")])
    add(22, when, m, dict(category="voluntary_report", language="ar", acknowledge=True, on_time=True,
        report_attachments=[fname],
        notes="edge: received 23:58:30 Beirut time on 16 February, 89 seconds before the report deadline: on time; "
              "same mayor's office as h180-08 but a new submission (report, not a follow-up): thread_of null; "
              "windows-1256 body and an RFC 2231 file name in windows-1256 (not utf-8)."))


def m23():
    when = at("2021-02-17 09:10:55")
    sent = sent_at(when, 1, 5)
    text = """Bonjour,

Veuillez trouver ci-joint le rapport volontaire du Collectif des travailleuses domestiques migrantes de Tunis (CTDM), avec nos excuses pour ce retard : notre dernière réunion de validation a dû être reportée à cause du couvre-feu.

Le rapport a été rédigé à partir des témoignages de 43 travailleuses ivoiriennes, camerounaises et guinéennes.

Merci d'avance,

Awa Koné
pour le bureau du CTDM

Envoyé de mon Galaxy"""
    t = leaf("text/plain", text, "utf-8", "base64")
    fname = "Rapport CTDM PMM fevrier 2021.pdf"
    rep = attach("application/pdf", report_pdf("Rapport volontaire - travailleuses domestiques migrantes",
                                               "Collectif des travailleuses domestiques migrantes de Tunis (CTDM)",
                                               REPORT_SECTIONS), fname)
    body = multi("mixed", [t, rep], "--_com.samsung.android.email_2712843095310641")
    m = mk(when, sent, "mail-wr1-f41.google.example.com", "209.85.221.41", "4Dfq5K2nTxz9",
           "Awa Kone <ctdm.tunis@gmail.example.com>", "Rapport CTDM",
           "<CALr3Hw9Zp4Nq7Ts1Kv8Bd2Mx6Yc0Jg5Fe3Sa@mail.gmail.example.com>", body,
           extra=[("X-Mailer", "Samsung Email")])
    add(23, when, m, dict(category="voluntary_report", language="fr", acknowledge=True, on_time=False,
        report_attachments=[fname],
        notes="LATE (17 February morning), the sender apologises; domestic workers' collective writing from a "
              "phone (Samsung Email, base64 plain text); file name without accents; short subject."))


def m24():
    when = at("2021-02-19 11:25:03")
    sent = sent_at(when, 1, 4)
    text = """Madame, Monsieur,

Je reviens vers vous au sujet de la candidature de Monsieur le Maire de Zarzis pour une intervention en séance plénière, que je vous avais adressée le 29 janvier.

Pourriez-vous nous indiquer :
- si sa participation est confirmée, et à quelle séance (24 ou 25 février) ;
- si une interprétation arabe-français est prévue pour les intervenants ;
- quelle plateforme sera utilisée, afin que notre service informatique prépare la salle de la mairie.

Merci d'avance pour votre retour.

Bien cordialement,

Amel Jaziri
Chargée de communication - Cabinet du Maire
Commune de Zarzis
"""
    body = leaf("text/plain", text, "iso-8859-1", "quoted-printable")
    m = mk(when, sent, "mail.commune-zarzis.example.tn", "196.203.78.14", "4Dgk8m1cWqz0",
           addr("Amel Jaziri - Commune de Zarzis", "communication@commune-zarzis.example.tn"),
           hdr("Suivi : candidature de M. le Maire de Zarzis (séance plénière)", "iso-8859-1", "Q"),
           "<1613726700.519032.1613726700@webmail.commune-zarzis.example.tn>", body,
           extra=[("User-Agent", "Roundcube Webmail/1.4.9")])
    add(24, when, m, dict(category="other", language="fr", acknowledge=True, on_time=None, thread_of="h180-03.eml",
        notes="follow-up by the same communications officer about the speaker request of h180-03, as a new message "
              "(no In-Reply-To): asks for confirmation, interpretation and platform; nothing new is submitted; "
              "thread_of h180-03 by sender and reference to the 29 January request."))


def main():
    for f in (m01, m02, m03, m04, m05, m06, m07, m08, m09, m10, m11, m12, m13, m14, m15, m16, m17, m18, m19,
              m20, m21, m22, m23, m24):
        f()
    SET.write()


if __name__ == "__main__":
    main()
