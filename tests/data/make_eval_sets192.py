#!/usr/bin/env python3
"""Write the blind evaluation set holdout192 (24 raw .eml messages + labels.json).

Deterministic, standard library only:  python3 tests/data/make_eval_sets192.py
Theme: the last days and after, 14 to 20 February 2021: late reports and revised reports, late speaker
requests, a speaker replaced, a role changed, a speaker withdrawn, logistics questions before the
consultation, an out-of-office of someone travelling, a bounce.  Helpers from mailgen.py.
"""
import datetime as dt

from mailgen import (EvalSet, DOCX, addr, alt, at, attach, dsn_report, esc, hdr, html_only, leaf,
                     make_docx, make_pdf, make_png, mk, multi, re_hdr, rfcdate, sent_at, sp, std_rows, text2html,
                     top)
from mailgen import POSTFIX_NOTICE

SET = EvalSet(192)
add = SET.add


def report_pdf(title, org, parts):
    lines = [title, org, "Regional Review of the GCM - Arab region - February 2021", ""]
    lines += ["%d. %s" % (k, s) for k, s in enumerate(parts, 1)]
    return make_pdf(lines)


def mso(topic, index, lang="en-US", has_attach="no"):
    """Headers Outlook/Exchange adds."""
    return [("Thread-Topic", topic), ("Thread-Index", index), ("Content-Language", lang),
            ("X-MS-Has-Attach", has_attach), ("X-MS-TNEF-Correlator", ""),
            ("X-Mailer", "Microsoft Outlook 16.0")]


def inline_logo(cid, rgb):
    return leaf("image/png", make_png(12, 6, rgb), cte="base64", params=[("name", '"image001.png"')],
                disp='inline; filename="image001.png"', extra=[("Content-ID", "<%s>" % cid)])


def div_html(text, rtl=False):
    d = "rtl" if rtl else "ltr"
    return ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body>'
            '<div dir="%s">' % d + "<br>\n".join(esc(x) for x in text.strip("\n").split("\n"))
            + "</div></body></html>\n")


def quote_gt(text):
    return "\n".join(("> " + x) if x else ">" for x in text.strip("\n").split("\n"))


ACK = "GCM Regional Review Arab States <gcmrrarabstates@iom.int>"

# ================================================================ the 24 messages
M01_ID = "<DB8PR02MB5641A9C3E20F4B7D8E1A2C3B4D5E6@DB8PR02MB5641.eurprd02.prod.outlook.example.com>"
M01_SUBJ = "Rapport collectif CTMD - Examen régional du PMM"


def m01():
    # Tunisian coalition, Outlook, collective report PDF two days before the deadline
    when = at("2021-02-14 09:12:30")
    sent = sent_at(when, 1, 6)
    text = """Madame, Monsieur,

Au nom des sept associations membres de la Coalition tunisienne Migrations et Droits (CTMD), j'ai le plaisir de vous transmettre en pièce jointe notre rapport collectif dans le cadre de l'examen régional du Pacte mondial pour des migrations sûres, ordonnées et régulières.

Le rapport porte principalement sur les objectifs 5, 13 et 21 (voies de migration régulière, alternatives à la détention, retour et réintégration) et s'appuie sur des ateliers tenus à Sfax, Médenine et Tunis en janvier.

Nous vous serions reconnaissants de bien vouloir en accuser réception.

Bien cordialement,

Inès Ben Ammar
Chargée de suivi et évaluation
Coalition tunisienne Migrations et Droits (CTMD)
Rue d'Angleterre, Tunis
"""
    fname = "CTMD_Rapport_collectif_PMM_2021.pdf"
    pdf = report_pdf("CTMD - Rapport collectif volontaire", "Coalition tunisienne Migrations et Droits",
                     ["Voies de migration reguliere", "Alternatives a la detention", "Retour et reintegration"])
    body = multi("mixed", [alt(text, "_000_DB8PR02MB5641A9C3E20F4B7D8E1A2C3B4D5E6DB8PR02MB5641eurp_"),
                           attach("application/pdf", pdf, fname)],
                 "_004_DB8PR02MB5641A9C3E20F4B7D8E1A2C3B4D5E6DB8PR02MB5641eurp_")
    m = mk(when, sent, "mail-db8eur02on0705.outbound.protection.outlook.example.com", "40.107.8.205",
           "4DdYq10Lk7z3", addr("Inès Ben Ammar", "i.benammar@ctmd-tn.example.org", enc="Q"),
           hdr(M01_SUBJ, enc="Q"), M01_ID, body,
           extra=mso(M01_SUBJ, "AdcClr5kXw3Z0bN9QUyqA8fP2t6yVg==", lang="fr-FR", has_attach="yes"))
    add(1, when, m, dict(category="voluntary_report", language="fr", acknowledge=True, on_time=True,
        report_attachments=[fname],
        notes="collective report (seven member associations), Outlook, on time (14 February); the signature title "
              "is not a speaker request. A revised v2 follows (h192-12)."))


M02_ID = "<CAM7p9rQx4T2vKd8sW0nLhE3yUf1jB6gZ5oA@mail.gmail.example.com>"
M02_SUBJ = "ترشيح متحدثين - الاستعراض الإقليمي للاتفاق العالمي للهجرة"
M02_TEXT = """السادة الأفاضل في أمانة الاستعراض الإقليمي،
تحية طيبة وبعد،

يسر الجمعية المصرية لدعم العمال المهاجرين أن ترشح اثنين من أعضائها للمشاركة في أعمال الاستعراض الإقليمي، مع اعتذارنا عن تأخر هذا الترشيح، إذ لم تصلنا الدعوة إلا عن طريق إحدى الشبكات الشريكة الأسبوع الماضي:

١- الأستاذ حسام الدين فؤاد، المدير التنفيذي للجمعية، للمشاركة في النقاش المفتوح ضمن المشاورة مع أصحاب المصلحة المتعددين يوم ٢٣ فبراير.
٢- الدكتورة إيمان سعد، مستشارة السياسات بالجمعية، لتقديم مداخلة في المائدة المستديرة المواضيعية الرابعة.

نرجو إفادتنا بإمكانية قبول الترشيح رغم فوات الموعد.

وتفضلوا بقبول فائق الاحترام،

منة الله عادل
مسؤولة التواصل والإعلام
الجمعية المصرية لدعم العمال المهاجرين - القاهرة
"""


def m02():
    # Cairo association, Gmail, formal Arabic, two speakers, late, sent by the communications officer
    when = at("2021-02-14 11:40:05")
    sent = sent_at(when, 2, 5)
    body = alt(M02_TEXT, "000000000000a3f1c205bb4e7d21", html=div_html(M02_TEXT, rtl=True), b64=True)
    m = mk(when, sent, "mail-ed1-f47.google.example.com", "209.85.208.47", "4DdbzT6Fh2z1",
           addr("Menna Adel", "menna.adel.easmw@gmail.example.com"), hdr(M02_SUBJ), M02_ID, body)
    add(2, when, m, dict(category="speaker_request", language="ar", acknowledge=True, on_time=False, speakers=[
        sp("حسام الدين فؤاد", "المدير التنفيذي", "الجمعية المصرية لدعم العمال المهاجرين", ["open_discussion"]),
        sp("إيمان سعد", "مستشارة السياسات", "الجمعية المصرية لدعم العمال المهاجرين", ["roundtable"], 4)],
        notes="LATE (14 February) and says so; two speakers in an Arabic-Indic numbered list with honorifics "
              "('الأستاذ', 'الدكتورة', dropped); the organisation is given as 'للجمعية'/'بالجمعية' by reference and "
              "in full in the first sentence and the signature ('- القاهرة' is a place, not part of the "
              "affiliation); roundtable as an ordinal word ('الرابعة'); the sender is not a speaker. The second "
              "speaker is replaced in h192-09."))


def m03():
    # English logistics questions from an NGO whose speaker was confirmed earlier (not in this set)
    when = at("2021-02-14 15:05:12")
    sent = sent_at(when, 3, 8)
    text = """Hi,

Hope you're well. Our Director, Yara Nasser, got the confirmation last week that she'll be speaking in roundtable 1 on the 24th - thanks again for that.

A few practical questions before next week:
- Will speakers get a separate link from the one on the registration page? And is there a technical rehearsal? She'd prefer to test her connection beforehand since she'll probably be dialing in from Erbil.
- Are the session times on the concept note in Beirut time or Geneva time?
- Can she share 2-3 slides on screen, or should it be oral only?
- How long is each floor intervention - 3 minutes or 5?

Thanks a lot,
Dalia

Dalia Hameed
Communications & Events
Kurdistan Women's Rights Initiative
"""
    body = leaf("text/plain", text, "utf-8", "quoted-printable")
    m = mk(when, sent, "mail-wr1-f54.google.example.com", "209.85.221.54", "4Ddl8C2Nv5z9",
           "Dalia Hameed <dalia.hameed@kwri-iq.example.org>", "Speaker logistics - roundtable 1 (24 Feb)",
           "<CAHx2Lk9mQ3nR7tYb5Wd0sPz8vE1cF4gJ6hA@mail.gmail.example.com>", body)
    add(3, when, m, dict(category="other", language="en", acknowledge=True, on_time=None,
        notes="logistics questions (link, rehearsal, time zone, slides, length) about a speaker already confirmed "
              "in earlier correspondence that is not in this set: names a speaker, her role and roundtable, but "
              "proposes nobody, so other with no speakers."))


M04_ID = "<AM6PR10MB3127E4D2C1B0A9F8E7D6C5B4A3F2@AM6PR10MB3127.EURPRD10.PROD.OUTLOOK.example.com>"
M04_SUBJ = "Late request - speaking slot for Dr Tarek El-Amine (GILS)"
M04_TEXT = """Dear GCM Regional Review Team,

I am writing on behalf of Dr Tarek El-Amine, who has asked me to submit his request for a floor intervention. We realise the deadline for speaker requests has passed and would be grateful if you could still consider it. Dr El-Amine was travelling and only saw the invitation on his return.

I have copied below the details as entered in the online registration form:

---------- copied from the registration form ----------
Full name: Dr Tarek El-Amine
Position: Director, Migration Policy Unit
Organization: Gulf Institute for Labour Studies (GILS), Doha
Country: Qatar
Session of interest: Thematic Roundtable 2
Language of intervention: English
--------------------------------------------------------

Please do not hesitate to contact me should you need his bio or any further information.

Kind regards,

Sophie Abraham
Executive Assistant to the Director
Gulf Institute for Labour Studies
T +974 4403 2217
"""


def m04():
    # Doha institute, Outlook, executive assistant on behalf of the director, pasted registration form, late
    when = at("2021-02-15 08:30:44")
    sent = sent_at(when, 3, 9)
    body = alt(M04_TEXT, "_000_AM6PR10MB3127E4D2C1B0A9F8E7D6C5B4A3F2AM6PR10MB3127EURP_")
    m = mk(when, sent, "mail-am6eur05on2071.outbound.protection.outlook.example.com", "40.107.22.71",
           "4DfB3s0Hq6z4", "Sophie Abraham <s.abraham@gils-qa.example.org>", M04_SUBJ, M04_ID, body,
           extra=mso(M04_SUBJ, "AdcDaw7pE0r1T5y2U8i3O9p4A6s5Dw==", lang="en-GB"))
    add(4, when, m, dict(category="speaker_request", language="en", acknowledge=True, on_time=False, speakers=[
        sp("Tarek El-Amine", "Director, Migration Policy Unit", "Gulf Institute for Labour Studies (GILS)",
           ["roundtable"], 2)],
        notes="LATE (15 February) and says so; sent on behalf of the speaker by his executive assistant (her own "
              "title in the signature); details only in a pasted registration form; 'Dr' dropped; title written "
              "with its unit kept whole (as dev 012); ', Doha' after the organisation and the Country row are not "
              "part of the affiliation; acronym kept. The role is changed in h192-17."))


M05_ID = "<VI1PR08MB2950C7B6A5F4E3D2C1B0A9F8E7D6@VI1PR08MB2950.eurprd08.prod.outlook.example.com>"
M05_SUBJ = "التقرير الطوعي - مرصد الأردن للعمل اللائق"
M05_FNAME = "تقرير_مرصد_العمل_اللائق_الاتفاق_العالمي_للهجرة.docx"


def m05():
    # Amman observatory, Outlook, Arabic DOCX name, inline logo decoy
    when = at("2021-02-15 10:02:18")
    sent = sent_at(when, 2, 7)
    text = """السادة المحترمون،

تحية طيبة،

نرفق لكم طيه التقرير الطوعي لمرصد الأردن للعمل اللائق حول تنفيذ الاتفاق العالمي من أجل الهجرة الآمنة والمنظمة والنظامية، ويتناول التقرير أوضاع العمال المهاجرين في قطاعي الزراعة والعمل المنزلي، ونظام الكفالة، والحصول على العدالة.

يرجى التكرم بتأكيد الاستلام.

مع الاحترام،

ربى الزعبي
باحثة رئيسية
مرصد الأردن للعمل اللائق
عمّان - الأردن
"""
    html = ('<html dir="rtl"><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>'
            '<body lang="AR-JO" dir="rtl"><div class="WordSection1">' + text2html(text) +
            '<p><img width="120" height="60" src="cid:image001.png@01D70385.4B1C2E60" alt="JODWO"></p>'
            '</div></body></html>\n')
    rel = multi("related", [alt(text, "_000_VI1PR08MB2950C7B6A5F4E3D2C1B0A9F8E7D6VI1PR08MB2950eurp_",
                                html=html, b64=True),
                            inline_logo("image001.png@01D70385.4B1C2E60", (20, 110, 60))],
                "_005_VI1PR08MB2950C7B6A5F4E3D2C1B0A9F8E7D6VI1PR08MB2950eurp_",
                params=[("type", '"multipart/alternative"')])
    docx = make_docx(["Jordan Decent Work Observatory", "Voluntary GCM review report - draft for internal comments",
                      "1. Agriculture", "2. Domestic work", "3. Sponsorship (kafala)", "4. Access to justice"])
    body = multi("mixed", [rel, attach(DOCX, docx, M05_FNAME)],
                 "_006_VI1PR08MB2950C7B6A5F4E3D2C1B0A9F8E7D6VI1PR08MB2950eurp_")
    m = mk(when, sent, "mail-vi1eur04on0712.outbound.protection.outlook.example.com", "40.107.8.112",
           "4DfDK71Wz2z8", addr("Ruba Al-Zoubi", "r.zoubi@jodwo.example.org"), hdr(M05_SUBJ), M05_ID, body,
           extra=mso(M05_SUBJ, "AdcDcF1mN8b2V4c6X0z9L3k5J7h1Gg==", lang="ar-JO", has_attach="yes"))
    add(5, when, m, dict(category="voluntary_report", language="ar", acknowledge=True, on_time=True,
        report_attachments=[M05_FNAME],
        notes="Outlook multipart/mixed > related > alternative; Arabic DOCX name (RFC 2231 + RFC 2047); the inline "
              "logo image001.png is not part of the report. On time; the file turns out to be an internal draft "
              "and is replaced in h192-18."))


M06_ID = "<20210215124703.Horde.Kp3WzAq9eR1vT8bN2xYm4Lc@webmail.univ-oran2.example.dz>"
M06_SUBJ = "Demande d'intervention - séance plénière"
M06_TEXT = """Bonjour,

Je me permets de vous écrire, certes un peu tardivement, pour solliciter une prise de parole lors de l'une des séances plénières de la conférence (24 ou 25 février). Je travaille depuis plusieurs années sur les migrations de transit en Algérie et sur la situation des mineurs non accompagnés, et je pense pouvoir apporter un éclairage utile sur l'objectif 7.

Je reste à votre disposition pour tout complément.

Bien à vous,

--
Aïcha Belkacem
Maître de conférences en sociologie
Université d'Oran 2 – Algérie
"""


def m06():
    # Algerian academic, Horde webmail, plain text, details only in the signature, late, plenary
    when = at("2021-02-15 13:47:09")
    sent = sent_at(when, 1, 6)
    body = leaf("text/plain", M06_TEXT, "utf-8", "8bit", params=[("format", "flowed"), ("DelSp", "Yes")])
    m = mk(when, sent, "webmail.univ-oran2.example.dz", "193.194.77.12", "4DfJ0v3Ck8z5",
           addr("Aïcha Belkacem", "aicha.belkacem@univ-oran2.example.dz", enc="Q"), hdr(M06_SUBJ, enc="Q"),
           M06_ID, body, extra=[("User-Agent", "Horde Application Framework 5")])
    add(6, when, m, dict(category="speaker_request", language="fr", acknowledge=True, on_time=False, speakers=[
        sp("Aïcha Belkacem", "Maître de conférences en sociologie", "Université d'Oran 2", ["plenary"])],
        notes="LATE (15 February), 'certes un peu tardivement'; the sender proposes herself; name, title and "
              "affiliation only in the signature after '--'; ' – Algérie' is a place, not part of the affiliation; "
              "8bit UTF-8 body. Withdrawn in h192-16."))


M07_ID = "<CAF3kP8sW2mZ7qR4tX9vB1nY6cL0dH5jE8gU@mail.gmail.example.com>"
M07_SUBJ = "ANMDW voluntary report + rapporteur nomination"


def m07():
    # Beirut network, Gmail, report PDF (on time) + rapporteur nomination of a community leader (late)
    when = at("2021-02-15 18:20:31")
    sent = sent_at(when, 2, 5)
    text = """Dear colleagues,

Please find attached the voluntary GCM review report of the Arab Network for Migrant Domestic Workers (ANMDW). It draws on 42 interviews with domestic workers in Lebanon, Jordan and Kuwait carried out between October and December 2020.

We would also like to nominate Grace Atieno, Community Organiser with the Kenyan Domestic Workers' Association in Lebanon (KDWAL), as one of the rapporteurs delivering the stakeholders' key messages. Grace has led the self-organisation of Kenyan workers in Beirut since the explosion in August and would bring the voice of workers themselves. We know the speaker deadline was on the 5th, so we'd understand if this is no longer possible.

Best,
Rania

--
Rania Jaber
Programme Officer
Arab Network for Migrant Domestic Workers (ANMDW)
Beirut
"""
    fname = "ANMDW_voluntary_report_GCM_2021.pdf"
    pdf = report_pdf("ANMDW - Voluntary GCM review report", "Arab Network for Migrant Domestic Workers",
                     ["Recruitment and debt", "Kafala and exit permits", "Access to justice after Aug 2020"])
    body = multi("mixed", [alt(text, "000000000000c4d2e305bb52a1f0"), attach("application/pdf", pdf, fname)],
                 "000000000000c4d2e105bb52a1ee")
    m = mk(when, sent, "mail-lj1-f179.google.example.com", "209.85.208.179", "4DfQ6h9Xm1z7",
           "Rania Jaber <rania.jaber@anmdw.example.org>", M07_SUBJ, M07_ID, body)
    add(7, when, m, dict(category="both", language="en", acknowledge=True, on_time=False,
        report_attachments=[fname], speakers=[
            sp("Grace Atieno", "Community Organiser",
               "Kenyan Domestic Workers' Association in Lebanon (KDWAL)", ["rapporteur"])],
        notes="both: the report is on time (15 February) but the speaker part is late, so on_time is false; the "
              "speaker is not the sender and belongs to another organisation (acronym kept). The sender's "
              "out-of-office answers the acknowledgement (h192-08)."))


def m08():
    # Gmail vacation responder of the sender of h192-07, answering our acknowledgement: travelling
    when = at("2021-02-15 18:21:50")
    sent = sent_at(when, 2, 2)
    text = """Thank you for your email. I am travelling from 15 to 19 February (Beirut - Geneva) with limited access to email. I will reply as soon as possible after my return on Monday 22 February.

For urgent matters related to ANMDW, please contact info@anmdw.example.org.

Rania Jaber
Programme Officer, ANMDW
"""
    ack_id = "<ack.4DfQ6h9Xm1z7@gcmrrarabstates.iom.int>"
    body = alt(text, "000000000000e7a1b905bb52a5c3")
    rows = std_rows(when, "mail-sor-f69.google.example.com", "209.85.220.69", "4DfQ8k1Pt3z2",
                    "Rania Jaber <rania.jaber@anmdw.example.org>",
                    "Re: Acknowledgement of receipt - ANMDW voluntary report + rapporteur nomination",
                    rfcdate(sent), "<CAF3kP8sW2mZ7qR4tVAC5nY6cL0dH5jE8gU@mail.gmail.example.com>",
                    to="gcmrrarabstates@iom.int",
                    extra=[("Auto-Submitted", "auto-replied")], ret="rania.jaber@anmdw.example.org")
    rows += [("In-Reply-To", ack_id), ("References", "%s %s" % (M07_ID, ack_id)),
             ("Precedence", "bulk"), ("X-Autoreply", "yes")]
    add(8, when, top(body, rows), dict(category="auto_reply", language="en", acknowledge=False, on_time=None,
        notes="Gmail vacation responder of the sender of h192-07 (travelling Beirut - Geneva), answering our "
              "acknowledgement 79 seconds later; subject 'Re: Acknowledgement of receipt - ...' looks like a human "
              "reply; Auto-Submitted: auto-replied + Precedence: bulk; References names h192-07 but an auto-reply "
              "is not part of a submission (thread_of null, as dev auto-replies). Never acknowledge (loop)."))


def m09():
    # Cairo association replaces its second speaker (h192-02): Gmail reply, '>' quote
    when = at("2021-02-16 09:15:02")
    sent = sent_at(when, 2, 4)
    new = """صباح الخير،

إلحاقاً برسالتنا السابقة، نحيطكم علماً بأن الدكتورة إيمان سعد لن تتمكن من المشاركة لظرف صحي طارئ، وترشح الجمعية بدلاً منها الأستاذة نهى عبد الحميد، منسقة برنامج الحماية بالجمعية، للمداخلة في المائدة المستديرة نفسها.
أما ترشيح الأستاذ حسام الدين فؤاد للنقاش المفتوح فيبقى كما هو دون تغيير.

شكراً لتفهمكم،
منة الله عادل
الجمعية المصرية لدعم العمال المهاجرين
"""
    quoted = ("\nفي الأحد، ١٤ فبراير ٢٠٢١ في ١١:٤٠ ص كتب Menna Adel <menna.adel.easmw@gmail.example.com>:\n"
              + quote_gt(M02_TEXT) + "\n")
    text = new + quoted
    body = alt(text, "000000000000f2b8d405bb5f0e91", html=div_html(text, rtl=True), b64=True)
    m = mk(when, sent, "mail-ej1-f52.google.example.com", "209.85.218.52", "4DfpR2c5Lq0z",
           addr("Menna Adel", "menna.adel.easmw@gmail.example.com"), re_hdr("Re: ", M02_SUBJ),
           "<CAM7p9rQx4T2vKd8sW0nLhE3yUf1jB6gZ5oB+Kw@mail.gmail.example.com>", body,
           extra=[("In-Reply-To", M02_ID), ("References", M02_ID)])
    add(9, when, m, dict(category="speaker_request", language="ar", acknowledge=True, on_time=False,
        thread_of="h192-02.eml", speakers=[
            sp("نهى عبد الحميد", "منسقة برنامج الحماية", "الجمعية المصرية لدعم العمال المهاجرين", ["roundtable"], 4)],
        notes="replaces the second speaker of h192-02 (In-Reply-To set); the roundtable is given only by reference "
              "('المائدة المستديرة نفسها' = the fourth, from the quoted original); the first speaker is confirmed "
              "unchanged and not proposed anew, so only the new speaker is listed; honorifics dropped; affiliation "
              "by reference ('بالجمعية') and in the signature; late like the original; the quoted original still "
              "holds both old speakers."))


M10_ID = "<1613486664.7731902.1613486660921@mail.menara.example.ma>"
M10_SUBJ = "Rapport AMAMS + demande de prise de parole"


def m10():
    # Moroccan association, webmail HTML-only, report PDF (on time) + two speakers (late)
    when = at("2021-02-16 16:44:27")
    sent = sent_at(when, 1, 7)
    inner = """<p>Bonjour,</p>
<p>L'Association Marocaine d'Appui aux Migrants Subsahariens (AMAMS) a l'honneur de vous adresser ci-joint son rapport volontaire sur la mise en &oelig;uvre du Pacte mondial sur les migrations au Maroc.</p>
<p>Par ailleurs, nous souhaiterions proposer deux intervenant&middot;e&middot;s :</p>
<ul>
<li><b>Mme Khadija Ouazzani</b>, pr&eacute;sidente de l'AMAMS : participation &agrave; la discussion ouverte de la consultation du 23 f&eacute;vrier ;</li>
<li><b>M. Serge Mbarga</b>, m&eacute;diateur communautaire au Collectif des Communaut&eacute;s Subsahariennes au Maroc (CCSM) : intervention lors de la table ronde th&eacute;matique n&deg;&nbsp;3.</li>
</ul>
<p>Nous savons que le d&eacute;lai pour les intervenants est d&eacute;pass&eacute; et esp&eacute;rons que notre demande pourra n&eacute;anmoins &ecirc;tre examin&eacute;e.</p>
<p>Cordialement,<br>
Le bureau de l'AMAMS<br>
Rabat &ndash; Maroc</p>"""
    fname = "Rapport AMAMS PMM 2021.pdf"
    pdf = report_pdf("AMAMS - Rapport volontaire PMM", "Association Marocaine d'Appui aux Migrants Subsahariens",
                     ["Regularisation", "Acces aux soins", "Refoulements"])
    body = multi("mixed", [html_only(inner, lang="fr", newlines=True), attach("application/pdf", pdf, fname)],
                 "----=_Part_7731901_1613486660920")
    m = mk(when, sent, "smtp.menara.example.ma", "41.248.12.19", "4Dg1Lw5Yn2z6",
           "AMAMS Bureau <amams.bureau@menara.example.ma>", M10_SUBJ, M10_ID, body,
           extra=[("X-Mailer", "Menara Webmail")])
    add(10, when, m, dict(category="both", language="fr", acknowledge=True, on_time=False,
        report_attachments=[fname], speakers=[
            sp("Khadija Ouazzani", "présidente", "Association Marocaine d'Appui aux Migrants Subsahariens (AMAMS)",
               ["open_discussion"]),
            sp("Serge Mbarga", "médiateur communautaire", "Collectif des Communautés Subsahariennes au Maroc (CCSM)",
               ["roundtable"], 3)],
        notes="HTML-only with entities; both: the report is on time (16 February) but the speakers are late, so "
              "on_time is false; two speakers from two organisations ('de l'AMAMS' refers to the sender, full name "
              "with acronym in the first paragraph); 'Mme'/'M.' dropped; titles lower case as written; "
              "'table ronde thématique n° 3' with a no-break space; signed by 'Le bureau', no person. A thank-you "
              "reply follows (h192-22)."))


def m11():
    # Riyadh-based support group, iPhone, last hour of the deadline (Date header already 17 Feb)
    when = at("2021-02-16 23:52:10")
    sent = sent_at(when, 3, 11)
    text = """السلام عليكم
مرفق تقرير المبادرة، نعتذر عن التأخير
فريق مبادرة سند للعمالة الوافدة

Sent from my iPhone
"""
    fname = "تقرير مبادرة سند.pdf"
    pdf = report_pdf("Sanad Initiative - voluntary report", "Sanad Initiative for Migrant Workers",
                     ["Wage protection", "Housing", "Recommendations"])
    part1 = leaf("text/plain", text, "utf-8", "base64")
    body = multi("mixed", [part1, attach("application/pdf", pdf, fname, inline=True),
                           leaf("text/plain", "\n", "us-ascii", "7bit")],
                 "Apple-Mail-8C2A1F7E-3B4D-4E5F-9A6B-7C8D9E0F1A2B")
    m = mk(when, sent, "mail-pj1-f41.google.example.com", "209.85.216.41", "4Dg9Wc0Vr5z1",
           addr("Sanad", "sanad.initiative.sa@gmail.example.com"), hdr("تقرير"),
           "<7E3B1C9A-5D2F-4A8B-B6C0-1E9F2D3A4B5C@gmail.example.com>", body,
           extra=[("X-Mailer", "iPhone Mail (18D52)")])
    add(11, when, m, dict(category="voluntary_report", language="ar", acknowledge=True, on_time=True,
        report_attachments=[fname],
        notes="ON TIME by 8 minutes: received 23:52:10 on 16 February Beirut time, although the Date header is "
              "Wed 17 Feb 00:51:59 +0300 and the sender apologises for being late ('نعتذر عن التأخير'); iPhone layout "
              "with the PDF inline (Content-Disposition inline) between two text parts; Arabic file name; "
              "one-word subject."))


def m12():
    # CTMD revised report v2 (reply to h192-01), late
    when = at("2021-02-17 09:05:40")
    sent = sent_at(when, 1, 5)
    new = """Madame, Monsieur,

Suite à notre envoi du 14 février, nous vous prions de bien vouloir trouver ci-joint une version révisée (v2) de notre rapport collectif, qui annule et remplace la précédente. Deux associations membres avaient été omises dans la liste des signataires et un tableau de la section 3 comportait une erreur.

Avec nos excuses pour ce désagrément et nos remerciements,

Inès Ben Ammar
Chargée de suivi et évaluation
Coalition tunisienne Migrations et Droits (CTMD)
"""
    quoted = ("\n________________________________\n"
              "De : Inès Ben Ammar <i.benammar@ctmd-tn.example.org>\n"
              "Envoyé : dimanche 14 février 2021 08:12\n"
              "À : gcmrrarabstates@iom.int\n"
              "Objet : %s\n\n" % M01_SUBJ) + """Madame, Monsieur,

Au nom des sept associations membres de la Coalition tunisienne Migrations et Droits (CTMD), j'ai le plaisir de vous transmettre en pièce jointe notre rapport collectif dans le cadre de l'examen régional du Pacte mondial pour des migrations sûres, ordonnées et régulières.
[...]
"""
    fname = "CTMD_Rapport_collectif_PMM_2021_v2.pdf"
    pdf = report_pdf("CTMD - Rapport collectif volontaire (v2)", "Coalition tunisienne Migrations et Droits",
                     ["Voies de migration reguliere", "Alternatives a la detention", "Retour et reintegration",
                      "Liste des 9 signataires"])
    body = multi("mixed", [alt(new + quoted, "_000_DB8PR02MB56412F1E0D9C8B7A6F5E4D3C2B1A0_"),
                           attach("application/pdf", pdf, fname)], "_004_DB8PR02MB56412F1E0D9C8B7A6F5E4D3C2B1A0_")
    subj = "RE: " + M01_SUBJ + " (version révisée)"
    m = mk(when, sent, "mail-db8eur02on0712.outbound.protection.outlook.example.com", "40.107.8.212",
           "4DgP3n6Ty0z2", addr("Inès Ben Ammar", "i.benammar@ctmd-tn.example.org", enc="Q"), hdr(subj, enc="Q"),
           "<DB8PR02MB56412F1E0D9C8B7A6F5E4D3C2B1A0@DB8PR02MB5641.eurprd02.prod.outlook.example.com>", body,
           extra=mso(M01_SUBJ, "AdcClr5kXw3Z0bN9QUyqA8fP2t6yVgBgWq3Q", lang="fr-FR", has_attach="yes")
           + [("In-Reply-To", M01_ID), ("References", M01_ID)])
    add(12, when, m, dict(category="voluntary_report", language="fr", acknowledge=True, on_time=False,
        report_attachments=[fname], thread_of="h192-01.eml",
        notes="revised report v2 'annule et remplace' the one of h192-01 (In-Reply-To set); late (17 February) "
              "although the original was on time; Outlook 'De : / Envoyé :' quoted header, truncated quote."))


M13_ID = "<CAJw5nT8pR2kL9xV3mB7qZ1cY4dF6gH0sE2uA@mail.gmail.example.com>"


def m13():
    # Khartoum initiative, Gmail, late report PDF + DOCX annex, Reply-To to an info@ address
    when = at("2021-02-17 10:20:03")
    sent = sent_at(when, 2, 6)
    text = """Dear GCM Regional Review Secretariat,

Apologies for sending this a day after the deadline - we lost internet for most of yesterday in Khartoum. Attached is the voluntary report of the Sudanese Migrants Solidarity Initiative (SMSI) together with Annex 1, the interview guide we used with returnees from Libya and Saudi Arabia.

We hope it can still be considered for the regional synthesis. Please reply to our info address (in Reply-To), as I will be in the field next week.

With thanks and best regards,
Mohamed Osman
Research Coordinator, SMSI
"""
    f1 = "SMSI_GCM_Report_final.pdf"
    f2 = "Annex 1 - Interview guide.docx"
    pdf = report_pdf("SMSI - Voluntary GCM review report", "Sudanese Migrants Solidarity Initiative",
                     ["Returnees from Libya", "Returnees from Saudi Arabia", "Recommendations"])
    docx = make_docx(["Annex 1 - Interview guide", "Section A: journey", "Section B: return", "Section C: needs"])
    body = multi("mixed", [alt(text, "0000000000001a7e3c05bb6b9f42"), attach("application/pdf", pdf, f1),
                           attach(DOCX, docx, f2)], "0000000000001a7e3a05bb6b9f40")
    m = mk(when, sent, "mail-wm1-f49.google.example.com", "209.85.128.49", "4DgR1t8Kw4z3",
           "Mohamed Osman <m.osman.smsi@gmail.example.com>", "SMSI Voluntary Report (late submission)", M13_ID,
           body, extra=[("Reply-To", "SMSI Info <info@smsi-sd.example.org>")])
    add(13, when, m, dict(category="voluntary_report", language="en", acknowledge=True, on_time=False,
        report_attachments=[f1, f2],
        notes="LATE (17 February) and says so; the report is a PDF plus a DOCX annex, both part of it; Reply-To "
              "(info@) differs from From: the acknowledgement to the Reply-To address bounces (h192-14)."))


def m14():
    # Postfix DSN: acknowledgement of h192-13 sent to its Reply-To, user unknown
    when = at("2021-02-17 10:20:41")
    text = POSTFIX_NOTICE + """
<info@smsi-sd.example.org>: host mx.smsi-sd.example.org[196.29.166.40] said:
    550 5.1.1 <info@smsi-sd.example.org>: Recipient address rejected: User
    unknown in virtual mailbox table (in reply to RCPT TO command)
"""
    dsn = ("Reporting-MTA: dns; mx1.iom.int\n"
           "X-Postfix-Queue-ID: 4DgR2b0Mx7z9\n"
           "X-Postfix-Sender: rfc822; gcmrrarabstates@iom.int\n"
           "Arrival-Date: %s\n\n"
           "Final-Recipient: rfc822; info@smsi-sd.example.org\n"
           "Original-Recipient: rfc822;info@smsi-sd.example.org\n"
           "Action: failed\n"
           "Status: 5.1.1\n"
           "Remote-MTA: dns; mx.smsi-sd.example.org\n"
           "Diagnostic-Code: smtp; 550 5.1.1 <info@smsi-sd.example.org>: Recipient address\n"
           "    rejected: User unknown in virtual mailbox table\n" % rfcdate(when - dt.timedelta(seconds=4), "EET"))
    hdrs = ("Return-Path: <gcmrrarabstates@iom.int>\n"
            "From: GCM Regional Review Arab States <gcmrrarabstates@iom.int>\n"
            "To: SMSI Info <info@smsi-sd.example.org>\n"
            "Subject: Acknowledgement of receipt - SMSI Voluntary Report (late submission)\n"
            "Date: %s\n"
            "Message-ID: <ack.4DgR1t8Kw4z3@gcmrrarabstates.iom.int>\n"
            "In-Reply-To: %s\n" % (rfcdate(when - dt.timedelta(seconds=5)), M13_ID))
    body = dsn_report(text, dsn, hdrs, "4DgR2b0Mx7z9.1613550041/mx1.iom.int")
    rows = [("Return-Path", "<>"), ("Delivered-To", "gcmrrarabstates@iom.int"),
            ("Received", "by mx1.iom.int (Postfix)\r\n\tid 4DgR2d2Nq1z4; %s" % rfcdate(when, "EET")),
            ("Date", rfcdate(when, "EET")),
            ("From", "MAILER-DAEMON@mx1.iom.int (Mail Delivery System)"),
            ("Subject", "Undelivered Mail Returned to Sender"),
            ("To", "gcmrrarabstates@iom.int"),
            ("Auto-Submitted", "auto-replied"),
            ("Message-Id", "<20210217082041.4DgR2d2Nq1z4@mx1.iom.int>")]
    add(14, when, top(body, rows), dict(category="bounce", language="en", acknowledge=False, on_time=None,
        notes="Postfix DSN, 5.1.1 user unknown, for the acknowledgement sent to the Reply-To address of h192-13; "
              "only the returned headers (In-Reply-To names h192-13). Never acknowledge; the secretariat can still "
              "reach the sender at his From address."))


M15_ID = "<000001d7052a$3f8e1c40$beaa54c0$@gulfunions.example.bh>"
M15_SUBJ = "طلب مشاركة متحدث - الاتحاد الخليجي لنقابات العمال"


def m15():
    # Manama union federation, HTML-only Outlook-ish, pasted form on behalf of the assistant secretary-general, late
    when = at("2021-02-17 14:10:16")
    sent = sent_at(when, 3, 9)
    inner = """<div dir="rtl" style="font-family:Arial">
<p>السلام عليكم ورحمة الله وبركاته،</p>
<p>نبغى نشارك معكم في المؤتمر الاستعراضي، وندري إن الموعد فات، بس ما وصلتنا الدعوة إلا متأخر. نرسل لكم بيانات المتحدث كما هي في استمارة الاتحاد:</p>
<table border="1" cellpadding="4" style="border-collapse:collapse">
<tr><td>الاسم الكامل</td><td>م. خالد بن سالم الهاشمي</td></tr>
<tr><td>الصفة</td><td>الأمين العام المساعد لشؤون العمال الوافدين</td></tr>
<tr><td>الجهة</td><td>الاتحاد الخليجي لنقابات العمال - المنامة</td></tr>
<tr><td>نوع المشاركة المطلوبة</td><td>مداخلة في المائدة المستديرة الأولى</td></tr>
</table>
<p>وشاكرين لكم تعاونكم،</p>
<p>مكتب الأمين العام<br>الاتحاد الخليجي لنقابات العمال<br>هاتف: 17 22 5510 973+</p>
</div>"""
    body = html_only(inner, rtl=True, b64=True, lang="ar", newlines=True)
    m = mk(when, sent, "mail.gulfunions.example.bh", "37.131.64.18", "4DgZ7m3Qs8z5",
           addr("مكتب الأمين العام", "sg.office@gulfunions.example.bh"), hdr(M15_SUBJ), M15_ID, body,
           extra=[("X-Mailer", "Microsoft Outlook 14.0"), ("Content-Language", "ar-bh")])
    add(15, when, m, dict(category="speaker_request", language="ar", acknowledge=True, on_time=False, speakers=[
        sp("خالد بن سالم الهاشمي", "الأمين العام المساعد لشؤون العمال الوافدين", "الاتحاد الخليجي لنقابات العمال",
           ["roundtable"], 1)],
        notes="LATE (17 February) and says so, in Gulf dialect ('نبغى نشارك', 'ندري إن الموعد فات'); HTML-only "
              "(base64) with the details in a pasted form table; sent by the secretary-general's office for the "
              "speaker; 'م.' (engineer) is an honorific, dropped; '- المنامة' is a place, not part of the "
              "affiliation; roundtable as an ordinal word ('الأولى'). A follow-up question comes in h192-23."))


def m16():
    # Algerian academic withdraws her speaker request (reply to h192-06, Horde quote)
    when = at("2021-02-17 16:30:55")
    sent = sent_at(when, 1, 6)
    new = """Bonjour,

Je reviens vers vous au sujet de ma demande d'intervention en plénière : je dois malheureusement la retirer, car je serai en mission de terrain à Tamanrasset du 22 au 28 février, sans connexion fiable.

Je vous prie de m'excuser pour ce changement et vous souhaite une excellente conférence.

Bien à vous,
Aïcha Belkacem
"""
    quoted = "\n\nAïcha Belkacem <aicha.belkacem@univ-oran2.example.dz> a écrit :\n\n" + quote_gt(M06_TEXT) + "\n"
    body = leaf("text/plain", new + quoted, "utf-8", "8bit", params=[("format", "flowed"), ("DelSp", "Yes")])
    m = mk(when, sent, "webmail.univ-oran2.example.dz", "193.194.77.12", "4DgfH1p4Vm7z",
           addr("Aïcha Belkacem", "aicha.belkacem@univ-oran2.example.dz", enc="Q"),
           hdr("Re: " + M06_SUBJ + " - retrait", enc="Q"),
           "<20210217153049.Horde.Zq7RmX1bV9cN4tY2wL8kPe3@webmail.univ-oran2.example.dz>", body,
           extra=[("User-Agent", "Horde Application Framework 5"), ("In-Reply-To", M06_ID),
                  ("References", M06_ID)])
    add(16, when, m, dict(category="other", language="fr", acknowledge=True, on_time=None, thread_of="h192-06.eml",
        notes="withdrawal of the speaker request of h192-06 by the speaker herself (In-Reply-To set): nothing is "
              "submitted, so other with no speakers, thread_of the original; not covered by LABELS.md or dev - "
              "recorded as a secretary would (the register entry of h192-06 is withdrawn); acknowledge, since it "
              "brings new information; the quoted original still holds the request."))


def m17():
    # GILS assistant changes the role of the speaker of h192-04 (Outlook reply, quote without '>')
    when = at("2021-02-18 08:50:12")
    sent = sent_at(when, 3, 8)
    new = """Dear colleagues,

Following up on my email below: after looking at the draft programme, Dr El-Amine would rather make his intervention in the plenary session on Wednesday 24 February than in Roundtable 2, as the plenary discussion on labour mobility is closer to his work. Could you please update his request accordingly?

Apologies for the back and forth, and thank you for your flexibility.

Kind regards,

Sophie Abraham
Executive Assistant to the Director
Gulf Institute for Labour Studies
"""
    quoted = ("\nFrom: Sophie Abraham <s.abraham@gils-qa.example.org>\n"
              "Sent: Monday, February 15, 2021 9:30 AM\n"
              "To: gcmrrarabstates@iom.int\n"
              "Subject: %s\n\n" % M04_SUBJ) + M04_TEXT
    body = alt(new + quoted, "_000_AM6PR10MB31279A8B7C6D5E4F3A2B1C0D9E8F_")
    subj = "RE: " + M04_SUBJ
    m = mk(when, sent, "mail-am6eur05on2064.outbound.protection.outlook.example.com", "40.107.22.64",
           "4Dh3Xk8Rn6z1", "Sophie Abraham <s.abraham@gils-qa.example.org>", subj,
           "<AM6PR10MB31279A8B7C6D5E4F3A2B1C0D9E8F@AM6PR10MB3127.EURPRD10.PROD.OUTLOOK.example.com>", body,
           extra=mso(M04_SUBJ, "AdcDaw7pE0r1T5y2U8i3O9p4A6s5DwBgXd4w", lang="en-GB")
           + [("In-Reply-To", M04_ID), ("References", M04_ID)])
    add(17, when, m, dict(category="speaker_request", language="en", acknowledge=True, on_time=False,
        thread_of="h192-04.eml", speakers=[
            sp("Tarek El-Amine", "Director, Migration Policy Unit", "Gulf Institute for Labour Studies (GILS)",
               ["plenary"])],
        notes="changes the role of the speaker of h192-04 (In-Reply-To set) from roundtable 2 to plenary ('would rather ... than in Roundtable 2'), so the role recorded is plenary "
              "only and roundtable null, although the quoted original still asks for Roundtable 2; title and affiliation are only in the quoted original form (register entry "
              "updated, not a new speaker) - a case not covered by dev; late like the original; 'Dr' dropped."))


def m18():
    # Jordan observatory replaces the draft of h192-05 with the final DOCX (Outlook reply, Arabic), late
    when = at("2021-02-18 11:15:37")
    sent = sent_at(when, 2, 7)
    fname = "تقرير_مرصد_العمل_اللائق_النسخة_النهائية.docx"
    text = """السادة المحترمون،

نعتذر، فقد تبيّن لنا أن الملف الذي أرسلناه يوم الإثنين ١٥ شباط هو مسودة داخلية لم تكتمل مراجعتها. نرجو سحب ذلك الملف واعتماد النسخة النهائية المرفقة بدلاً منه.

مع الشكر والتقدير،

ربى الزعبي
باحثة رئيسية
مرصد الأردن للعمل اللائق

________________________________
من: Ruba Al-Zoubi <r.zoubi@jodwo.example.org>
تاريخ الإرسال: الاثنين، ١٥ فبراير، ٢٠٢١ ١٠:٠٢ ص
إلى: gcmrrarabstates@iom.int
الموضوع: %s

السادة المحترمون،

تحية طيبة،

نرفق لكم طيه التقرير الطوعي لمرصد الأردن للعمل اللائق حول تنفيذ الاتفاق العالمي من أجل الهجرة الآمنة والمنظمة والنظامية ...
""" % M05_SUBJ
    docx = make_docx(["Jordan Decent Work Observatory", "Voluntary GCM review report - final", "1. Agriculture",
                      "2. Domestic work", "3. Sponsorship (kafala)", "4. Access to justice", "5. Recommendations"])
    body = multi("mixed", [alt(text, "_000_VI1PR08MB29504D3C2B1A0F9E8D7C6B5A4F3E_", rtl=True, b64=True),
                           attach(DOCX, docx, fname)], "_004_VI1PR08MB29504D3C2B1A0F9E8D7C6B5A4F3E_")
    m = mk(when, sent, "mail-vi1eur04on0720.outbound.protection.outlook.example.com", "40.107.8.120",
           "4Dh7Ts2Gz9z0", addr("Ruba Al-Zoubi", "r.zoubi@jodwo.example.org"), re_hdr("RE: ", M05_SUBJ),
           "<VI1PR08MB29504D3C2B1A0F9E8D7C6B5A4F3E@VI1PR08MB2950.eurprd08.prod.outlook.example.com>", body,
           extra=mso(M05_SUBJ, "AdcDcF1mN8b2V4c6X0z9L3k5J7h1GgBgYt2Q", lang="ar-JO", has_attach="yes")
           + [("In-Reply-To", M05_ID), ("References", M05_ID)])
    add(18, when, m, dict(category="voluntary_report", language="ar", acknowledge=True, on_time=False,
        report_attachments=[fname], thread_of="h192-05.eml",
        notes="replaces the report of h192-05 ('نرجو سحب ذلك الملف واعتماد النسخة النهائية'): the first file was an "
              "internal draft; late (18 February) although the original was on time; Outlook reply with the "
              "Arabic 'من: / تاريخ الإرسال:' quoted header; new Arabic DOCX name."))


def m19():
    # Mauritanian national institution, Outlook, administrative French, two speakers, late
    when = at("2021-02-19 09:30:08")
    sent = sent_at(when, 0, 9)
    text = """Monsieur le Coordonnateur,

J'ai l'honneur de vous faire connaître que l'Instance nationale de protection des droits des migrants (INPDM) souhaite prendre part aux travaux de l'Examen régional du Pacte mondial pour des migrations sûres, ordonnées et régulières.

À cet effet, elle propose les personnes suivantes :

- M. Sidi Mohamed Ould Ahmed Salem, Vice-président de l'Instance, en qualité de rapporteur chargé de présenter les messages clés des parties prenantes ;
- Mme Mariem Sow, Chef du service des études et du plaidoyer, pour une intervention dans le cadre de la deuxième table ronde thématique.

Consciente que la date limite fixée au 5 février est dépassée, l'Instance vous saurait gré de bien vouloir examiner cette demande avec bienveillance.

Je vous prie d'agréer, Monsieur le Coordonnateur, l'expression de ma haute considération.

Le Secrétaire général
Abdallahi Ould Mohamed Vall

Instance nationale de protection des droits des migrants (INPDM)
Tevragh Zeina, Nouakchott – Mauritanie
"""
    body = alt(text, "_000_PR3P191MB14725E6D7C8B9A0F1E2D3C4B5A6_")
    subj = "Participation de l'INPDM - Examen régional du PMM"
    m = mk(when, sent, "mail-pr3eur01on0630.outbound.protection.outlook.example.com", "40.107.14.130",
           "4DhYc4Jv1Hz6", "Secretariat INPDM <secretariat@inpdm.example.mr>", subj,
           "<PR3P191MB14725E6D7C8B9A0F1E2D3C4B5A6@PR3P191MB1472.EURP191.PROD.OUTLOOK.example.com>", body,
           extra=mso(subj, "AdcGm9kX4f8H2j5L1n7Q3r6T0v9Wzg==", lang="fr-FR"))
    add(19, when, m, dict(category="speaker_request", language="fr", acknowledge=True, on_time=False, speakers=[
        sp("Sidi Mohamed Ould Ahmed Salem", "Vice-président",
           "Instance nationale de protection des droits des migrants (INPDM)", ["rapporteur"]),
        sp("Mariem Sow", "Chef du service des études et du plaidoyer",
           "Instance nationale de protection des droits des migrants (INPDM)", ["roundtable"], 2)],
        notes="LATE (19 February) and says so; formal administrative letter signed by the Secretary-General (not a "
              "speaker); two speakers with 'M.'/'Mme' dropped; titles as written ('Vice-président de l'Instance' "
              "refers to the sender's institution, recorded in full from the first paragraph and signature); "
              "roundtable as 'deuxième table ronde thématique'; 'Tevragh Zeina, Nouakchott – Mauritanie' is an "
              "address, not part of the affiliation; Date header in UTC+00."))


def m20():
    # Libyan organisation, Yahoo, DOCX report + the sender proposes himself for the open discussion, both late
    when = at("2021-02-19 12:05:22")
    sent = sent_at(when, 2, 10)
    text = """السلام عليكم ورحمة الله،

نرسل إليكم مرفقاً التقرير الطوعي لمنظمة الساحل لحقوق المهاجرين حول أوضاع المهاجرين في مراكز الاحتجاز والعمل غير النظامي في غرب ليبيا. نعلم أن الموعد قد انقضى، لكن الظروف الأمنية وانقطاع الإنترنت في طرابلس حالا دون إرساله في الوقت المحدد.

كما أرغب، بصفتي رئيس المنظمة، في المشاركة في النقاش المفتوح يوم ٢٣ فبراير إن أمكن ذلك.

مع التحية،

عبد الرؤوف المقريف
رئيس منظمة الساحل لحقوق المهاجرين
طرابلس - ليبيا

Sent from Yahoo Mail on Android
"""
    fname = "Sahel_GCM_report_2021_AR.docx"
    docx = make_docx(["Sahel Organisation for Migrants' Rights", "Voluntary GCM report 2021 (Arabic)",
                      "1. Detention centres", "2. Informal work", "3. Recommendations"])
    body = multi("mixed", [alt(text, "----=_Part_3317702_845120.1613729117410", html=div_html(text, rtl=True)),
                           attach(DOCX, docx, fname)], "----=_Part_3317701_845119.1613729117409")
    m = mk(when, sent, "sonic314-22.consmr.mail.ir2.yahoo.example.com", "77.238.177.160", "4Dhf9p1Kc3z2",
           addr("عبد الرؤوف المقريف", "sahel.migrants.ly@yahoo.example.com"), hdr("التقرير الطوعي وطلب مشاركة"),
           "<3317702.845120.1613729117410@mail.yahoo.example.com>", body,
           extra=[("X-Mailer", "WebService/1.1.17712 YMailNodin")])
    add(20, when, m, dict(category="both", language="ar", acknowledge=True, on_time=False,
        report_attachments=[fname], speakers=[
            sp("عبد الرؤوف المقريف", "رئيس", "منظمة الساحل لحقوق المهاجرين", ["open_discussion"])],
        notes="both, both parts late (19 February), says so; the sender proposes himself ('بصفتي رئيس المنظمة'); "
              "title and organisation fused in the signature line 'رئيس منظمة الساحل لحقوق المهاجرين' - split into "
              "title 'رئيس' and the organisation (as a secretary would type it; not covered by dev); '- ليبيا' "
              "place dropped; Yahoo for Android."))


def m21():
    # Yemeni diaspora network, Gmail, two speakers in prose, late
    when = at("2021-02-19 17:45:49")
    sent = sent_at(when, 1, 7)
    text = """Hello GCM team,

I'm reaching out from the Yemeni Diaspora Professionals Network (YDPN). I know we're very late for this, but we only heard about the conference this week through a WhatsApp group, and we would really love to be part of it.

We'd like to propose two speakers:

Our chair, Dr. Abdulkarim Al-Sanabani (Chair of the Board), would like to make a floor intervention in one of the plenary sessions, about remittances and the role of the diaspora in Yemen's crisis.

I would also like to speak myself in Roundtable III, mainly on youth and on stranded Yemeni students abroad. My details: Noura Bazara, Youth Focal Point, YDPN.

Thank you for considering this and for all your work!

Warm regards,
Noura

Noura Bazara | Youth Focal Point
Yemeni Diaspora Professionals Network
Marseille, France
"""
    html = div_html(text)
    body = alt(text, "000000000000b81f5e05bbb4c7d2", html=html)
    m = mk(when, sent, "mail-qk1-f182.google.example.com", "209.85.222.182", "4DhqL8z0Wb4z",
           "Noura Bazara <noura.bazara@gmail.example.com>", "Speakers from YDPN (late, sorry!)",
           "<CAK8bN2vR7pQ1xZ4mT9wL3sY6cH0dF5jG2kE@mail.gmail.example.com>", body)
    add(21, when, m, dict(category="speaker_request", language="en", acknowledge=True, on_time=False, speakers=[
        sp("Abdulkarim Al-Sanabani", "Chair of the Board", "Yemeni Diaspora Professionals Network (YDPN)",
           ["plenary"]),
        sp("Noura Bazara", "Youth Focal Point", "Yemeni Diaspora Professionals Network (YDPN)", ["roundtable"], 3)],
        notes="LATE (19 February) and says so; two speakers in prose, one of them the sender ('I would also like "
              "to speak myself'); 'Dr.' dropped; roundtable as a Roman numeral ('Roundtable III'); organisation "
              "written in full with acronym in the first sentence, 'YDPN' alone later; 'Marseille, France' is a "
              "place; personal Gmail."))


def m22():
    # AMAMS says thanks to our acknowledgement of h192-10: nothing new
    when = at("2021-02-20 10:10:03")
    sent = sent_at(when, 1, 6)
    inner = """<p>Bonjour,</p>
<p>Bien reçu, merci beaucoup pour votre retour rapide et bonne préparation de la conférence.</p>
<p>Cordialement,<br>Le bureau de l'AMAMS</p>
<blockquote style="border-left:2px solid #1010ff;margin-left:5px;padding-left:5px">
<p><b>De :</b> GCM Regional Review Arab States &lt;gcmrrarabstates@iom.int&gt;<br>
<b>Envoyé :</b> mardi 16 février 2021 15:44<br>
<b>Objet :</b> Accusé de réception - Rapport AMAMS + demande de prise de parole</p>
<p>Bonjour,<br>Nous accusons réception de votre message du 16 février 2021. Votre rapport volontaire et votre demande de prise de parole ont été enregistrés sous la référence GCM-AR-2021-0192-10. L'équipe de la revue régionale vous contactera au sujet des interventions.</p>
</blockquote>"""
    ack_id = "<ack.4Dg1Lw5Yn2z6@gcmrrarabstates.iom.int>"
    body = html_only(inner, lang="fr", newlines=True)
    m = mk(when, sent, "smtp.menara.example.ma", "41.248.12.19", "4DjF2q7Rm9z1",
           "AMAMS Bureau <amams.bureau@menara.example.ma>",
           hdr("RE: Accusé de réception - Rapport AMAMS + demande de prise de parole", enc="Q"),
           "<1613808597.8114420.1613808597310@mail.menara.example.ma>", body,
           extra=[("X-Mailer", "Menara Webmail"), ("In-Reply-To", ack_id),
                  ("References", "%s %s" % (M10_ID, ack_id))])
    add(22, when, m, dict(category="other", language="fr", acknowledge=False, on_time=None, thread_of="h192-10.eml",
        notes="thank-you reply to our acknowledgement of h192-10 that adds nothing new: do not acknowledge; "
              "HTML-only, quotes the acknowledgement in a blockquote (which mentions the report and the speaking "
              "request); References names h192-10, so thread_of is set (like dev 040 follow-ups)."))


def m23():
    # Bahrain union office asks whether its late request (h192-15) was accepted, and about timing and link
    when = at("2021-02-20 13:30:26")
    sent = sent_at(when, 3, 8)
    inner = """<div dir="rtl" style="font-family:Arial">
<p>السلام عليكم،</p>
<p>بالإشارة إلى رسالتنا بتاريخ ١٧ فبراير بخصوص مشاركة م. خالد الهاشمي في المائدة المستديرة الأولى، نود الاستفسار:</p>
<ol>
<li>هل تمت الموافقة على مشاركته رغم التأخير؟</li>
<li>في أي يوم وساعة تعقد المائدة المستديرة الأولى، بتوقيت البحرين؟</li>
<li>متى يصلنا رابط الدخول، وهل تتوفر ترجمة فورية من العربية إلى الإنجليزية؟</li>
</ol>
<p>مع الشكر،<br>مكتب الأمين العام<br>الاتحاد الخليجي لنقابات العمال</p>
</div>"""
    body = html_only(inner, rtl=True, b64=True, lang="ar", newlines=True)
    m = mk(when, sent, "mail.gulfunions.example.bh", "37.131.64.18", "4DjL0s5Tp3z8",
           addr("مكتب الأمين العام", "sg.office@gulfunions.example.bh"), re_hdr("RE: ", M15_SUBJ),
           "<000001d70762$a1b2c3d0$e4f5a6b7$@gulfunions.example.bh>", body,
           extra=[("X-Mailer", "Microsoft Outlook 14.0"), ("Content-Language", "ar-bh"),
                  ("In-Reply-To", M15_ID), ("References", M15_ID)])
    add(23, when, m, dict(category="other", language="ar", acknowledge=True, on_time=None, thread_of="h192-15.eml",
        notes="follow-up questions (accepted despite the delay? time in Bahrain time? link, interpretation) on the "
              "late speaker request of h192-15 (In-Reply-To set); names the speaker and the roundtable again but "
              "proposes nothing new: other, thread_of h192-15."))


def m24():
    # Tunisian youth activist, phone, very late (20 Feb), details only in signature, conditional roles
    when = at("2021-02-20 20:05:14")
    sent = sent_at(when, 1, 12)
    text = """Bonsoir,
Est-il encore possible de demander une prise de parole ? Je souhaiterais intervenir dans une des tables rondes thématiques (peu importe laquelle), ou à défaut dans la discussion ouverte du 23.
Merci d'avance

Skander Jlassi
Coordinateur jeunesse
Forum des Jeunes pour la Mobilité Solidaire (FJMS) - Sousse

Envoyé de mon Galaxy
"""
    body = alt(text, "--_com.samsung.android.email_1613844301552890", html=div_html(text), b64=True)
    m = mk(when, sent, "mail-wr1-f68.google.example.com", "209.85.221.68", "4DjX4c8Gf2z5",
           "Skander Jlassi <skander.jlassi.fjms@gmail.example.com>", "prise de parole ?",
           "<x2p7m4t9kq1d8c3v6n0b5zyw.1613844301552@email.android.com>", body)
    add(24, when, m, dict(category="speaker_request", language="fr", acknowledge=True, on_time=False, speakers=[
        sp("Skander Jlassi", "Coordinateur jeunesse", "Forum des Jeunes pour la Mobilité Solidaire (FJMS)",
           ["roundtable", "open_discussion"])],
        notes="LATE (20 February, three days before the consultation); phrased as a question ('Est-il encore "
              "possible') but a request; name, title and affiliation only in the signature ('- Sousse' is a place); "
              "first choice any roundtable ('peu importe laquelle': roundtable null, as dev 024), open discussion "
              "as a fallback ('à défaut'), both recorded in the order written - a secretary would note both; "
              "Samsung Email, lower-case subject."))


def main():
    for f in (m01, m02, m03, m04, m05, m06, m07, m08, m09, m10, m11, m12, m13, m14, m15, m16, m17, m18, m19,
              m20, m21, m22, m23, m24):
        f()
    SET.write()


if __name__ == "__main__":
    main()
