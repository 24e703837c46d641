#!/usr/bin/env python3
"""Write the blind evaluation set holdout188 (24 raw .eml messages + labels.json).

Deterministic, standard library only:  python3 tests/data/make_eval_sets188.py
Theme: women-led and gender organisations and organisations of persons with disabilities (OPDs), late January to
17 February 2021: threads where the secretariat asked for missing details and the sender answers, corrections of
an earlier speaker (new title, another person), accessibility questions.  Helpers from mailgen.py.
"""
import datetime as dt

from mailgen import (EvalSet, DOCX, addr, alt, at, attach, dsn_report, esc, flowed, hdr, html_only, leaf,
                     make_docx, make_pdf, make_png, mk, multi, re_hdr, rfcdate, sent_at, sp, std_rows, top)
from mailgen import POSTFIX_NOTICE, outlook_rows as ms_rows

SET = EvalSet(188)
add = SET.add
F = "h188-%02d.eml"
ACK_FROM = "GCM Regional Review Arab States <gcmrrarabstates@iom.int>"


# ---------------------------------------------------------------- small local builders
def pdf_doc(title, org, paras):
    lines = [title, org, "Voluntary GCM review - Regional Review, Arab region 2021", ""]
    lines += ["%d. %s" % (k, p) for k, p in enumerate(paras, 1)]
    return make_pdf(lines)


def png_inline(cid, fname="image001.png", rgb=(120, 40, 120)):
    return leaf("image/png", make_png(10, 10, rgb), cte="base64", params=[("name", '"%s"' % fname)],
                disp='inline; filename="%s"' % fname, extra=[("Content-ID", "<%s>" % cid)])


def brlines(text):
    return "<br>\n".join(esc(x) for x in text.rstrip("\n").split("\n"))


def quote_gt(text):
    return "\n".join((">" + (" " + x if x else "")) for x in text.rstrip("\n").split("\n"))


# ================================================================ the 24 messages
M01_ID = "<DB8PR03MB5871A2F04C6E19B7D3E8A05C71F92@DB8PR03MB5871.eurprd03.prod.outlook.example.com>"
M01_TEXT = """Dear colleagues,

Further to the invitation letter on the Regional Review of the GCM, the Arab Forum of Women with Disabilities (AFWD) would like to request a speaking slot in thematic roundtable 2 of the conference (24-25 February).

Our speaker will be Ms. Rasha Khoury, who leads our work with refugee and migrant women with disabilities in Lebanon and Jordan. She will speak in English; she uses a wheelchair, which is not an issue for an online session as far as we understand.

Many thanks and best regards,
Joumana Saab
Programme Assistant
Arab Forum of Women with Disabilities (AFWD)
Hamra, Beirut
"""


def m01():
    # Outlook, the speaker's title is missing (secretariat will ask for it: h188-07)
    when = at("2021-01-28 10:12:40")
    sent = sent_at(when, 2, 5)
    html = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>'
            '<body lang="EN-GB"><div class="WordSection1">' +
            "".join('<p class="MsoNormal">%s</p>' % brlines(p) for p in M01_TEXT.split("\n\n")) +
            '</div></body></html>\n')
    body = alt(M01_TEXT, "_000_DB8PR03MB5871A2F04C6E19B7D3E8A05C71F92DB8PR03MB5871eurp_", html=html)
    subj = "Speaking request - Roundtable 2 - AFWD"
    m = mk(when, sent, "mail-db8eur03on2107.outbound.protection.outlook.example.com", "40.107.8.107",
           "4DRg1h5Kc2z1", "Joumana Saab <j.saab@afwd-arab.example.org>", subj, M01_ID, body,
           extra=ms_rows(subj, "AQHW9V1b2kTz0c8XQ0mN3rJ4p6Hq1g==", lang="en-GB"))
    add(1, when, m, dict(category="speaker_request", language="en", acknowledge=True, on_time=True, speakers=[
        sp("Rasha Khoury", None, "Arab Forum of Women with Disabilities (AFWD)", ["roundtable"], 2)],
        notes="speaker proposed by a programme assistant (not the speaker); the speaker's title is not given (null) "
              "- the secretariat asked for it and the answer is h188-07; 'Ms.' dropped; 'Hamra, Beirut' in the "
              "signature is not part of the affiliation; the wheelchair remark is an accessibility detail, not a "
              "question needing an answer."))


M02_ID = "<CAK3q8vR1mT0yZ5bN7xWd2Lf9Hs4Jc6Pe0Ug8Qa1XoE@mail.gmail.example.com>"
M02_TEXT = """مرحبا،

نحنا بجمعية "كرامة" لحقوق العاملات في الخدمة المنزلية حابين نشارك بالمراجعة الإقليمية، وبدنا نرشّح اسمين:

- لمى حداد، منسّقة مشروع "صوتنا"، بدها تشارك بالنقاش المفتوح يوم ٢٣ شباط
- ريم عيسى، مسؤولة المناصرة، للمداخلة بالطاولة المستديرة الرابعة

الاتنين من فريق الجمعية. إذا في أي معلومة ناقصة خبّرونا.

شكراً كتير ويعطيكن العافية
نادين
--
نادين فرح
المديرة التنفيذية
جمعية كرامة لحقوق العاملات في الخدمة المنزلية
بيروت - لبنان
"""


def m02():
    # Gmail, Lebanese colloquial, two speakers in a dashed list; a colleague in Cc (her OOO is h188-03)
    when = at("2021-01-29 13:30:05")
    sent = sent_at(when, 2, 4)
    html = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"></head><body>'
            '<div dir="rtl">' + brlines(M02_TEXT) + '</div></body></html>\n')
    body = alt(M02_TEXT, "000000000000a4b1c905ba1d7e3f", html=html, b64=True)
    m = mk(when, sent, "mail-ej1-f52.google.example.com", "209.85.218.52", "4DRh7Lm0Q3z4",
           addr("Nadine Farah", "karama.dw.lb@gmail.example.com"),
           hdr("ترشيح متحدثتين - جمعية كرامة"), M02_ID, body,
           cc=addr("Rim Issa", "rim.issa@karama-dw.example.org"))
    aff = "جمعية كرامة لحقوق العاملات في الخدمة المنزلية"
    add(2, when, m, dict(category="speaker_request", language="ar", acknowledge=True, on_time=True, speakers=[
        sp("لمى حداد", "منسّقة مشروع \"صوتنا\"", aff, ["open_discussion"]),
        sp("ريم عيسى", "مسؤولة المناصرة", aff, ["roundtable"], 4)],
        notes="Lebanese colloquial Arabic, Gmail; two speakers on dashed lines 'name، title، role'; their "
              "affiliation only by reference ('من فريق الجمعية') to the organisation named in the body and the "
              "signature (signature form, the fullest, recorded); the sender (executive director) is not a "
              "speaker; 'بيروت - لبنان' not part of the affiliation; roundtable as an ordinal word ('الرابعة'). "
              "The second speaker is replaced in h188-14."))


def m03():
    # OOO of the colleague in Cc of h188-02, answering our acknowledgement
    when = at("2021-01-29 13:31:22")
    sent = sent_at(when, 2, 2)
    text = """أنا خارج المكتب حتى ٨ شباط/فبراير ٢٠٢١ مع وصول محدود إلى البريد الإلكتروني.
للأمور العاجلة يرجى التواصل مع الزميلة نادين فرح على العنوان karama.dw.lb@gmail.example.com

I am out of the office until 8 February 2021 with limited access to e-mail.
"""
    ack_id = "<ack.4DRh7Lm0Q3z4@gcmrrarabstates.iom.int>"
    subj = "رد تلقائي: Acknowledgement of receipt - ترشيح متحدثتين - جمعية كرامة"
    body = alt(text, "_000_autoreply_karama_1611919882_", rtl=True, b64=True)
    rows = std_rows(when, "mail.karama-dw.example.org", "91.232.14.77", "4DRh8x2Ffbz6",
                    addr("ريم عيسى", "rim.issa@karama-dw.example.org"), hdr(subj), rfcdate(sent),
                    "<auto.1611919882.55120@mail.karama-dw.example.org>",
                    to=ACK_FROM,
                    extra=[("Auto-Submitted", "auto-replied"), ("X-Autoreply", "yes"),
                           ("Precedence", "auto_reply")])
    rows = [(k, "<>" if k == "Return-Path" else v) for k, v in rows]
    rows += [("In-Reply-To", ack_id), ("References", "%s %s" % (M02_ID, ack_id))]
    add(3, when, top(body, rows), dict(category="auto_reply", language="ar", acknowledge=False, on_time=None,
        notes="out-of-office of the colleague in Cc of h188-02 (who is herself one of the proposed speakers) "
              "answering our acknowledgement: Auto-Submitted, X-Autoreply, Precedence auto_reply, null Return-Path; "
              "References names h188-02 but it is a robot: no thread, never acknowledge."))


def m04():
    # collective report of an OPD federation, Outlook mixed > related > alternative, logo decoy
    when = at("2021-01-31 11:05:17")
    sent = sent_at(when, 1, 7)
    text = """Madame, Monsieur,

Dans le cadre de l'examen régional du Pacte mondial pour des migrations sûres, ordonnées et régulières, la Fédération tunisienne des associations de personnes handicapées (FTAPH) a l'honneur de vous transmettre, ci-joint, son rapport volontaire.

Ce rapport a été élaboré collectivement par quatorze associations membres, à l'issue de trois ateliers régionaux (Sfax, Médenine, Tunis). Il porte en particulier sur l'accès des personnes migrantes en situation de handicap aux services de santé et de réadaptation, ainsi que sur la prise en compte du handicap dans les dispositifs de protection.

Nous vous prions d'agréer, Madame, Monsieur, l'expression de nos salutations distinguées.

Lotfi Ben Amor
Secrétaire général
Fédération tunisienne des associations de personnes handicapées (FTAPH)
"""
    html = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>'
            '<body lang="FR"><div class="WordSection1">' +
            "".join('<p class="MsoNormal">%s</p>' % brlines(p) for p in text.split("\n\n")) +
            '<p class="MsoNormal"><img width="60" height="60" src="cid:image001.png@01D6F7B1.3C2A9E10"></p>'
            '</div></body></html>\n')
    related = multi("related", [alt(text, "_000_PR3PR09MB5436E1A7C2B08D9F4E6A3B21C05D7PR3PR09MB5436eurp_",
                                    html=html), png_inline("image001.png@01D6F7B1.3C2A9E10")],
                    "_004_PR3PR09MB5436E1A7C2B08D9F4E6A3B21C05D7PR3PR09MB5436eurp_",
                    params=[("type", '"multipart/alternative"')])
    fname = "FTAPH_Rapport_volontaire_PMM_2021.pdf"
    rep = attach("application/pdf", pdf_doc("Rapport volontaire - Pacte mondial sur les migrations",
                 "FTAPH - Federation tunisienne des associations de personnes handicapees",
                 ["Contexte et methodologie (14 associations, 3 ateliers)",
                  "Acces aux soins et a la readaptation des migrants handicapes",
                  "Protection et handicap: lacunes identifiees", "Recommandations"]), fname)
    body = multi("mixed", [related, rep], "_005_PR3PR09MB5436E1A7C2B08D9F4E6A3B21C05D7PR3PR09MB5436eurp_")
    subj = "Rapport volontaire FTAPH - Examen régional du PMM"
    m = mk(when, sent, "mail-pr3eur09on2071.outbound.protection.outlook.example.com", "40.107.13.71",
           "4DTB3q6Vn8z2", "Lotfi Ben Amor <sg@ftaph.example.tn>", hdr(subj, enc="Q"),
           "<PR3PR09MB5436E1A7C2B08D9F4E6A3B21C05D7@PR3PR09MB5436.eurprd09.prod.outlook.example.com>", body,
           extra=ms_rows(hdr(subj, enc="Q"), "AQHW97Hk3Lm9c0Qx2Pz1Tb4eWn8Ra5A==", lang="fr-FR", has_attach="yes"))
    add(4, when, m, dict(category="voluntary_report", language="fr", acknowledge=True, on_time=True,
        report_attachments=[fname],
        notes="collective report of an organisation of persons with disabilities (14 member associations); Outlook "
              "layout mixed > related > alternative with an inline logo (image001.png, not part of the report); "
              "formal administrative French."))


def m05():
    # accessibility question (screen readers, accessible documents), Gmail plain+html, no submission
    when = at("2021-02-01 09:40:51")
    sent = sent_at(when, 3, 6)
    text = """Hello,

I am writing for the Iraqi Society for the Visually Impaired. We received the invitation and several of our members would like to follow the consultation on 23 February and possibly the conference.

Before we decide, could you tell us:
- whether the online platform you will use works with screen readers (NVDA / JAWS), and if the registration form can be filled without a mouse;
- whether the concept note, agenda and background documents will be available in accessible Word or tagged PDF (the letter we received was a scanned PDF, which our members could not read).

If it is easier we can have a short call.

Thanks a lot,
Ali Kadhim
(this message was written with a screen reader, please excuse any typos)
"""
    body = alt(text, "0000000000003e9f2a05ba4c1b77")
    m = mk(when, sent, "mail-qt1-f180.google.example.com", "209.85.160.180", "4DTv9d1Yk0z5",
           "Ali Kadhim <ali.kadhim.isvi@gmail.example.com>", "Accessibility of the online consultation",
           "<CAF7mJ2c9Xv0oP4rQ1Tz8Yb3Nd6Ke5Wa2Lh0Ug7SiR@mail.gmail.example.com>", body)
    add(5, when, m, dict(category="other", language="en", acknowledge=True, on_time=None,
        notes="accessibility question from an organisation of blind persons (screen readers, accessible formats); "
              "mentions attending the consultation and conference but proposes no speaker and submits nothing."))


M06_ID = "<20210201142011.7F3A2C01B5@mail.cfmd-maghreb.example.org>"
M06_TEXT = """Madame, Monsieur,

Je me permets de vous écrire au nom de Mme Salma Gharbi, Vice-présidente chargée des relations extérieures du Collectif Femmes, Migration et Droits (CFMD).

Mme Gharbi souhaiterait prendre la parole lors d'une session plénière de la conférence régionale des 24 et 25 février 2021, afin de présenter les constats du Collectif sur la situation des travailleuses migrantes et des femmes en situation de handicap en transit.

Je vous remercie de bien vouloir accuser réception de la présente demande.

Veuillez agréer, Madame, Monsieur, mes salutations respectueuses.

Sonia Trabelsi
Assistante de direction
CFMD - Collectif Femmes, Migration et Droits
Tunis
"""


def m06():
    # on behalf of the vice-president; ISO-8859-1 plain text, Roundcube
    when = at("2021-02-01 16:20:14")
    sent = sent_at(when, 1, 3)
    body = leaf("text/plain", M06_TEXT, "iso-8859-1", "quoted-printable")
    m = mk(when, sent, "mail.cfmd-maghreb.example.org", "197.14.52.30", "4DTz4r7Hsnz2",
           addr("Sonia Trabelsi", "direction@cfmd-maghreb.example.org"),
           hdr("Demande de prise de parole en plénière - CFMD", "iso-8859-1", "Q"), M06_ID, body,
           extra=[("User-Agent", "Roundcube Webmail/1.4.9")])
    add(6, when, m, dict(category="speaker_request", language="fr", acknowledge=True, on_time=True, speakers=[
        sp("Salma Gharbi", "Vice-présidente chargée des relations extérieures",
           "Collectif Femmes, Migration et Droits (CFMD)", ["plenary"])],
        notes="sent on behalf of the speaker by the executive assistant; 'Mme' dropped; title with its portfolio "
              "kept whole (dev 012); affiliation written 'Collectif Femmes, Migration et Droits (CFMD)' in the body "
              "and 'CFMD - Collectif ...' in the signature: the body form with the acronym recorded. ISO-8859-1. "
              "Her title is corrected in h188-09."))


def m07():
    # answer to the secretariat's request for the missing title of h188-01, Outlook reply quoting the thread
    when = at("2021-02-02 08:55:30")
    sent = sent_at(when, 2, 6)
    sec_id = "<AM0PR02MB5523F09E1C4D7B2A86E3D90C4A7B1@AM0PR02MB5523.eurprd02.prod.outlook.example.com>"
    text = """Dear Secretariat,

Apologies for the omission. Rasha's title is Inclusion and Advocacy Coordinator. Everything else in our request stands (roundtable 2).

Best regards,
Joumana

Joumana Saab
Programme Assistant
Arab Forum of Women with Disabilities (AFWD)

From: GCM Regional Review Arab States <gcmrrarabstates@iom.int>
Sent: Monday, 1 February 2021 17:48
To: Joumana Saab <j.saab@afwd-arab.example.org>
Subject: RE: Speaking request - Roundtable 2 - AFWD

Dear Ms. Saab,

Thank you for your message. Could you please let us know the title/position of Ms. Rasha Khoury, so that we can complete the list of speakers?

Kind regards,
GCM Regional Review Secretariat

From: Joumana Saab <j.saab@afwd-arab.example.org>
Sent: Thursday, 28 January 2021 10:12
To: gcmrrarabstates@iom.int
Subject: Speaking request - Roundtable 2 - AFWD

""" + M01_TEXT
    html = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>'
            '<body lang="EN-GB"><div class="WordSection1"><p class="MsoNormal">' + brlines(text) +
            '</p></div></body></html>\n')
    body = alt(text, "_000_DB8PR03MB58719C1E4F2A07B6D35E8C1A02B74DB8PR03MB5871eurp_", html=html)
    subj = "RE: Speaking request - Roundtable 2 - AFWD"
    m = mk(when, sent, "mail-db8eur03on2113.outbound.protection.outlook.example.com", "40.107.8.113",
           "4DVK0s3Gtyz8", "Joumana Saab <j.saab@afwd-arab.example.org>", subj,
           "<DB8PR03MB58719C1E4F2A07B6D35E8C1A02B74@DB8PR03MB5871.eurprd03.prod.outlook.example.com>", body,
           extra=[("In-Reply-To", sec_id), ("References", "%s %s" % (M01_ID, sec_id))]
           + ms_rows("Speaking request - Roundtable 2 - AFWD", "AQHW9V1b2kTz0c8XQ0mN3rJ4p6Hq1gAGxQ5YgAA3bHk=",
                     lang="en-GB"))
    add(7, when, m, dict(category="speaker_request", language="en", acknowledge=True, on_time=True,
        thread_of=F % 1, speakers=[
            sp("Rasha Khoury", "Inclusion and Advocacy Coordinator", "Arab Forum of Women with Disabilities (AFWD)",
               ["roundtable"], 2)],
        notes="answer to the secretariat's request for the missing title of the speaker of h188-01 (In-Reply-To is "
              "the secretariat's message, References also names h188-01): the speaker record is completed, the "
              "roundtable given by reference ('roundtable 2' repeated) and in the quoted original; Outlook-style "
              "quoted thread (not '>'-prefixed) containing our own question."))


def m08():
    # collective report of women's organisations, Arabic DOCX name (RFC 2231), Outlook
    when = at("2021-02-02 14:10:02")
    sent = sent_at(when, 3, 5)
    text = """السادة الأفاضل في أمانة المراجعة الإقليمية،

تحية طيبة،

يسعدنا أن نرفق لكم التقرير الطوعي المشترك الصادر عن "تحالف المنظمات النسوية العربية من أجل حقوق المهاجرات" بشأن تنفيذ الاتفاق العالمي من أجل الهجرة الآمنة والمنظمة والنظامية، وقد شاركت في إعداده تسع منظمات من سبع دول عربية.

يركّز التقرير على الهدفين ٦ و٧ من أهداف الاتفاق، وعلى أوضاع العاملات المنزليات وضحايا العنف القائم على النوع الاجتماعي من النساء المهاجرات.

مع خالص الشكر والتقدير،

د. سهى العبيدي
منسقة التحالف
"""
    fname = "التقرير الطوعي - تحالف المنظمات النسوية العربية 2021.docx"
    doc = attach(DOCX, make_docx(["التقرير الطوعي المشترك", "تحالف المنظمات النسوية العربية من أجل حقوق المهاجرات",
                                  "١. المنهجية", "٢. العاملات المنزليات", "٣. العنف القائم على النوع الاجتماعي",
                                  "٤. التوصيات"]), fname)
    body = multi("mixed", [alt(text, "_000_AS8PR04MB7811B6C0E2D9A4F13B7C85E0D6A12AS8PR04MB7811eurp_", rtl=True,
                               b64=True), doc],
                 "_004_AS8PR04MB7811B6C0E2D9A4F13B7C85E0D6A12AS8PR04MB7811eurp_")
    subj = "التقرير الطوعي المشترك - تحالف المنظمات النسوية العربية"
    m = mk(when, sent, "mail-as8eur04on2090.outbound.protection.outlook.example.com", "40.107.7.90",
           "4DVTq1n5Wbz3", addr("Suha Al-Obaidi", "coordination@afc-migrantwomen.example.org"), hdr(subj),
           "<AS8PR04MB7811B6C0E2D9A4F13B7C85E0D6A12@AS8PR04MB7811.eurprd04.prod.outlook.example.com>", body,
           extra=ms_rows(hdr(subj), "AQHW+Ts1c8Qm2Lk4Xb7Np0Rz9Ew3Yg==", lang="ar-SA", has_attach="yes"))
    add(8, when, m, dict(category="voluntary_report", language="ar", acknowledge=True, on_time=True,
        report_attachments=[fname],
        notes="collective report of a coalition of women's organisations (nine organisations); Arabic DOCX file name "
              "(RFC 2231 filename*, RFC 2047 name); formal Arabic; Latin display name."))


def m09():
    # correction of h188-06: new title after the general assembly; plain reply with '>' quoting
    when = at("2021-02-03 10:30:44")
    sent = sent_at(when, 1, 4)
    text = """Madame, Monsieur,

Suite à notre demande du 1er février (ci-dessous), nous vous informons que Mme Salma Gharbi a été élue Présidente du Collectif lors de l'assemblée générale du 30 janvier. Je vous saurais gré de bien vouloir corriger son titre dans la liste des intervenants : Présidente, et non plus Vice-présidente.

La demande de prise de parole en plénière reste inchangée.

Avec nos excuses pour ce changement,

Sonia Trabelsi
Assistante de direction
CFMD - Collectif Femmes, Migration et Droits

Le 01/02/2021 15:20, Sonia Trabelsi a écrit :
""" + quote_gt(M06_TEXT)
    body = leaf("text/plain", text, "iso-8859-1", "quoted-printable")
    m = mk(when, sent, "mail.cfmd-maghreb.example.org", "197.14.52.30", "4DVq6c2Mhrz1",
           addr("Sonia Trabelsi", "direction@cfmd-maghreb.example.org"),
           hdr("Re: Demande de prise de parole en plénière - CFMD", "iso-8859-1", "Q"),
           "<20210203093040.1B9E4D07A2@mail.cfmd-maghreb.example.org>", body,
           extra=[("In-Reply-To", M06_ID), ("References", M06_ID), ("User-Agent", "Roundcube Webmail/1.4.9")])
    add(9, when, m, dict(category="speaker_request", language="fr", acknowledge=True, on_time=True,
        thread_of=F % 6, speakers=[
            sp("Salma Gharbi", "Présidente", "Collectif Femmes, Migration et Droits (CFMD)", ["plenary"])],
        notes="correction of h188-06 (In-Reply-To set): same speaker, new title 'Présidente' (the quoted original "
              "still says 'Vice-présidente'); role only by reference ('reste inchangée') and in the quote; the "
              "affiliation is the one of the original request; '>'-quoted original."))


def m10():
    # both: OPD alliance report (PDF) + rapporteur, details in a pasted registration form
    when = at("2021-02-04 12:00:37")
    sent = sent_at(when, 3, 8)
    text = """Dear GCM Regional Review team,

Please find attached the voluntary GCM review report of the Gulf Alliance of Disabled Persons' Organisations (GADPO), prepared with our member DPOs in Kuwait, Bahrain, Oman and Qatar. It focuses on migrant workers who acquire a disability at work and on the situation of migrant domestic workers with disabilities.

In addition, GADPO would like to nominate a rapporteur to deliver the stakeholders' key messages. I paste below the details as entered in our internal nomination form:

---------- Nomination form ----------
Full name: Dr. Noura Al-Mutairi
Position: Chairperson, Women with Disabilities Committee
Organization: Gulf Alliance of Disabled Persons' Organisations (GADPO)
Requested role: Rapporteur (key messages)
Language: Arabic / English
Reasonable accommodation: none
-------------------------------------

Kind regards,

Khalid Al-Rashidi
Executive Director | GADPO
Kuwait City, Kuwait
"""
    fname = "GADPO_Voluntary_GCM_Review_Report_Feb2021.pdf"
    rep = attach("application/pdf", pdf_doc("Voluntary GCM Review Report",
                 "Gulf Alliance of Disabled Persons' Organisations (GADPO)",
                 ["Migrant workers acquiring a disability at work", "Domestic workers with disabilities",
                  "Access to justice and compensation", "Recommendations to GCC States"]), fname)
    body = multi("mixed", [alt(text, "_000_PAXPR08MB6894C1D0E3B5A7F2946E8D1B03C5FPAXPR08MB6894eurp_"), rep],
                 "_004_PAXPR08MB6894C1D0E3B5A7F2946E8D1B03C5FPAXPR08MB6894eurp_")
    subj = "GADPO voluntary report + rapporteur nomination"
    m = mk(when, sent, "mail-px8eur08on2059.outbound.protection.outlook.example.com", "40.107.14.59",
           "4DWP3k8Zq5z7", "Khalid Al-Rashidi <ed@gadpo.example.org>", subj, M10_ID, body,
           extra=ms_rows(subj, "AQHW+ut5d0Lk9Qm3Xz8Rb2Nc1Pe7Hw==", lang="en-US", has_attach="yes"))
    add(10, when, m, dict(category="both", language="en", acknowledge=True, on_time=True,
        report_attachments=[fname], speakers=[
            sp("Noura Al-Mutairi", "Chairperson, Women with Disabilities Committee",
               "Gulf Alliance of Disabled Persons' Organisations (GADPO)", ["rapporteur"])],
        notes="both, on time; the speaker's details only in a pasted form block ('Full name/Position/Organization'); "
              "'Dr.' dropped; title written with its committee kept whole (dev 012); the sender (executive director) "
              "is not the speaker; 'Kuwait City, Kuwait' not part of the affiliation. The thank-you h188-18 follows."))


M10_ID = "<PAXPR08MB6894C1D0E3B5A7F2946E8D1B03C5F@PAXPR08MB6894.eurprd08.prod.outlook.example.com>"


M11_ID = "<1612453500.884213.7731@webmail.rfopd-arab.example.org>"
M11_ROWS = [("الاسم", "المسمى الوظيفي", "الجهة", "نوع المشاركة"),
            ("أ. سامر الدباغ", "رئيس الاتحاد", "الاتحاد الإقليمي لمنظمات الأشخاص ذوي الإعاقة", "مداخلة في الجلسة العامة"),
            ("السيدة هبة منصور", "", "الاتحاد الإقليمي لمنظمات الأشخاص ذوي الإعاقة", "مداخلة في الطاولة المستديرة الأولى")]


def m11_table(rows):
    out = ['<table border="1" cellpadding="4" style="border-collapse:collapse">']
    for k, r in enumerate(rows):
        tag = "th" if k == 0 else "td"
        out.append("<tr>" + "".join("<%s>%s</%s>" % (tag, esc(c) if c else "&nbsp;", tag) for c in r) + "</tr>")
    out.append("</table>")
    return "\n".join(out)


M11_INNER = ("<p>السادة أمانة المراجعة الإقليمية للاتفاق العالمي للهجرة،</p>\n"
             "<p>تحية طيبة وبعد،</p>\n"
             "<p>بالنيابة عن رئاسة الاتحاد، أرسل إليكم أسماء المرشحين لأخذ الكلمة خلال المؤتمر الإقليمي (٢٤-٢٥ فبراير):</p>\n"
             + m11_table(M11_ROWS) +
             "\n<p>ملاحظة: السيدة هبة منصور صمّاء وتحتاج إلى ترجمة بلغة الإشارة العربية أثناء مداخلتها، وسنوافيكم "
             "بالمسمى الوظيفي لها لاحقاً.</p>\n"
             "<p>مع وافر التحية،<br>\nوليد عثمان<br>\nمكتب الرئاسة - الاتحاد الإقليمي لمنظمات الأشخاص ذوي الإعاقة<br>\n"
             "عمّان</p>")


def m11():
    # HTML-only, on behalf of the president's office, two speakers in a table, second title empty
    when = at("2021-02-04 17:45:09")
    sent = sent_at(when, 2, 5)
    body = html_only(M11_INNER, rtl=True, b64=True, lang="ar", newlines=True)
    subj = "ترشيحات المتحدثين - الاتحاد الإقليمي لمنظمات الأشخاص ذوي الإعاقة"
    m = mk(when, sent, "webmail.rfopd-arab.example.org", "176.28.130.19", "4DWc1v6Rm2z9",
           addr("مكتب الرئاسة", "presidency@rfopd-arab.example.org"), hdr(subj), M11_ID, body,
           extra=[("User-Agent", "Horde Application Framework 5")])
    aff = "الاتحاد الإقليمي لمنظمات الأشخاص ذوي الإعاقة"
    add(11, when, m, dict(category="speaker_request", language="ar", acknowledge=True, on_time=True, speakers=[
        sp("سامر الدباغ", "رئيس الاتحاد", aff, ["plenary"]),
        sp("هبة منصور", None, aff, ["roundtable"], 1)],
        notes="HTML-only (base64), two speakers in an HTML table sent by the president's office (the signer is not a "
              "speaker); honorifics 'أ.' and 'السيدة' dropped; the second speaker's title cell is empty (null) and "
              "announced for later - completed in h188-13; she needs Arabic sign-language interpretation (a note for "
              "the secretariat, not a role); roundtable as an ordinal word ('الأولى')."))


def m12():
    # easy-to-read (FALC) question; Outlook plain text
    when = at("2021-02-04 19:10:26")
    sent = sent_at(when, 1, 9)
    text = """Bonjour,

Notre association accompagne des personnes migrantes ayant une déficience intellectuelle et leurs familles. Nous préparons une contribution à l'examen régional et avons deux questions :

1) Pouvons-nous envoyer, en plus du rapport volontaire "classique", une version en FALC (facile à lire et à comprendre) rédigée avec les personnes concernées ? Sera-t-elle prise en compte au même titre que le rapport ?
2) La date limite du 16 février s'applique-t-elle aussi à cette version, dont l'illustration prend plus de temps ?

Merci d'avance pour votre retour.

Cordialement,
Meriem Haddad
Chargée de projets inclusion
Association Horizons pour l'inclusion - Alger
"""
    body = alt(text, "_000_MRXP264MB0775A3C1E9F2D04B86C7E51D9A30MRXP264MB0775FRAP_")
    subj = "Question : version FALC du rapport volontaire"
    m = mk(when, sent, "mail-mr2fra01on2102.outbound.protection.outlook.example.com", "40.107.9.102",
           "4DWf7j0Kx1z4", "Meriem Haddad <m.haddad@horizons-inclusion.example.dz>", hdr(subj, enc="Q"),
           "<MRXP264MB0775A3C1E9F2D04B86C7E51D9A30@MRXP264MB0775.FRAP264.PROD.OUTLOOK.example.com>", body,
           extra=ms_rows(hdr(subj, enc="Q"), "AdcHs0b2Tq8mL4xK1zR9Nw3e5Pc7Ag==", lang="fr-FR"))
    add(12, when, m, dict(category="other", language="fr", acknowledge=True, on_time=None,
        notes="accessibility question (easy-to-read 'FALC' version of a report, deadline for it); keyword-heavy "
              "('rapport volontaire', '16 février') but nothing is submitted."))


def m13():
    # answer to the secretariat's request for the missing title of h188-11; re-lists both speakers; plain text
    when = at("2021-02-05 10:20:48")
    sent = sent_at(when, 2, 4)
    sec_id = "<AM0PR02MB5523A7D3E0F14C9B28E6F1D3B5C08@AM0PR02MB5523.eurprd02.prod.outlook.example.com>"
    text = """السادة الأمانة المحترمين،

شكراً على رسالتكم. كما طلبتم، نرسل البيانات الكاملة للمرشحين:

١- سامر الدباغ - رئيس الاتحاد - الاتحاد الإقليمي لمنظمات الأشخاص ذوي الإعاقة - الجلسة العامة
٢- هبة منصور - مسؤولة ملف النساء ذوات الإعاقة - الاتحاد الإقليمي لمنظمات الأشخاص ذوي الإعاقة - الطاولة المستديرة الأولى

ونذكّر بحاجة السيدة هبة إلى مترجم/ة لغة إشارة عربية.

مع التحية،
وليد عثمان
مكتب الرئاسة

----- رسالة من GCM Regional Review Arab States <gcmrrarabstates@iom.int> -----
التاريخ: الخميس ٤ فبراير ٢٠٢١ ١٩:٠٢
الموضوع: RE: ترشيحات المتحدثين - الاتحاد الإقليمي لمنظمات الأشخاص ذوي الإعاقة

> تحية طيبة،
> شكراً لرسالتكم. نرجو تزويدنا بالمسمى الوظيفي للسيدة هبة منصور حتى نستكمل قائمة المتحدثين قبل الموعد النهائي (٥ فبراير).
> أمانة المراجعة الإقليمية
"""
    body = leaf("text/plain", text, "utf-8", "base64")
    subj = "ترشيحات المتحدثين - الاتحاد الإقليمي لمنظمات الأشخاص ذوي الإعاقة"
    m = mk(when, sent, "webmail.rfopd-arab.example.org", "176.28.130.19", "4DX2p9Hc5tz3",
           addr("مكتب الرئاسة", "presidency@rfopd-arab.example.org"), re_hdr("Re: ", subj),
           "<1612513244.102938.7731@webmail.rfopd-arab.example.org>", body,
           extra=[("In-Reply-To", sec_id), ("References", "%s %s" % (M11_ID, sec_id)),
                  ("User-Agent", "Horde Application Framework 5")])
    aff = "الاتحاد الإقليمي لمنظمات الأشخاص ذوي الإعاقة"
    add(13, when, m, dict(category="speaker_request", language="ar", acknowledge=True, on_time=True,
        thread_of=F % 11, speakers=[
            sp("سامر الدباغ", "رئيس الاتحاد", aff, ["plenary"]),
            sp("هبة منصور", "مسؤولة ملف النساء ذوات الإعاقة", aff, ["roundtable"], 1)],
        notes="answer to the secretariat's request for the missing title in h188-11 (In-Reply-To is our question, "
              "References also names h188-11); the sender re-lists both speakers with full details, so both are "
              "recorded, the second now with her title; Horde-style quoted header in Arabic, '>'-quoted question."))


def m14():
    # replacement of the second speaker of h188-02 (another person), Gmail reply with quote
    when = at("2021-02-05 21:05:33")
    sent = sent_at(when, 2, 4)
    text = """مرحبا مجدداً،

للأسف ريم عيسى ما رح تقدر تشارك لأنها مسافرة بهيداك الوقت، فمنحب نرشّح بدالها زميلتنا ميساء خوري، مسؤولة التواصل والإعلام بالجمعية، لنفس الطاولة المستديرة.
لمى حداد باقية متل ما هي للنقاش المفتوح.

شكراً لتفهمكم
نادين

"""
    quoted = "في الجمعة، ٢٩ يناير ٢٠٢١ في ١:٣٠ م، Nadine Farah <karama.dw.lb@gmail.example.com> كتب:\n" + quote_gt(M02_TEXT)
    full = text + quoted + "\n"
    html = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"></head><body>'
            '<div dir="rtl">' + brlines(text) + '</div><br><div class="gmail_quote"><div dir="rtl" '
            'class="gmail_attr">' + esc(quoted.split("\n")[0]) + '</div><blockquote class="gmail_quote" '
            'style="margin:0px 0px 0px 0.8ex;border-right:1px solid rgb(204,204,204);padding-right:1ex">'
            '<div dir="rtl">' + brlines(M02_TEXT) + '</div></blockquote></div></body></html>\n')
    body = alt(full, "0000000000007d2e8f05ba9b3c41", html=html, b64=True)
    m = mk(when, sent, "mail-ej1-f48.google.example.com", "209.85.218.48", "4DXJ0w8Rb6z2",
           addr("Nadine Farah", "karama.dw.lb@gmail.example.com"),
           re_hdr("Re: ", "ترشيح متحدثتين - جمعية كرامة"),
           "<CAK3q8vS0nU2aZ7cP9yXe4Mg1Jt6Ld8Rf2Wh0Sb3YqF@mail.gmail.example.com>", body,
           extra=[("In-Reply-To", M02_ID), ("References", M02_ID)])
    add(14, when, m, dict(category="speaker_request", language="ar", acknowledge=True, on_time=True,
        thread_of=F % 2, speakers=[
            sp("ميساء خوري", "مسؤولة التواصل والإعلام", "جمعية كرامة لحقوق العاملات في الخدمة المنزلية",
               ["roundtable"], 4)],
        notes="replaces the second speaker of h188-02 with another person (In-Reply-To set): only the new speaker "
              "is recorded (as dev 021); her roundtable only by reference ('لنفس الطاولة المستديرة') = 4 from the "
              "quoted original; 'بالجمعية' refers to the organisation of the original (signature form recorded); "
              "the unchanged first speaker is only confirmed. Lebanese colloquial; Gmail quote."))


M15_ID = "<6A2F1C9E-7B34-4D0A-9E58-31C4B27F0D96@gmail.example.com>"


def m15():
    # iPhone, 23:41 on 5 Feb (on time), details only in the signature, open discussion
    when = at("2021-02-05 23:41:02")
    sent = sent_at(when, 2, 7)
    text = """Hi, sorry for the late email - I would like to take part in the open discussion on 23 Feb as a mother and as a member of our network. Is it still possible?
Thank you

Hanan Zoubi
Founder & Coordinator
Arab Network of Mothers of Children with Disabilities (ANMCD)
Irbid

Sent from my iPhone"""
    body = leaf("text/plain", text, "utf-8", "quoted-printable")
    m = mk(when, sent, "mail-wm1-f66.google.example.com", "209.85.128.66", "4DXN5b3Twdz6",
           "Hanan Zoubi <hanan.zoubi@gmail.example.com>", "Open discussion 23 Feb", M15_ID, body,
           extra=[("X-Mailer", "iPhone Mail (18C66)")])
    add(15, when, m, dict(category="speaker_request", language="en", acknowledge=True, on_time=True, speakers=[
        sp("Hanan Zoubi", "Founder & Coordinator",
           "Arab Network of Mothers of Children with Disabilities (ANMCD)", ["open_discussion"])],
        notes="edge: received 23:41 on 5 February Beirut time, on time although she apologises for being late; "
              "the speaker proposes herself, name/title/organisation only in the signature; 'Irbid' not part of "
              "the affiliation; iPhone plain text. The acknowledgement to her address bounces (h188-16)."))


def m16():
    # Postfix DSN: acknowledgement of h188-15 refused, mailbox full
    when = at("2021-02-05 23:42:19")
    text = POSTFIX_NOTICE + """
<hanan.zoubi@gmail.example.com>: host gmail-smtp-in.l.google.example.com[142.250.27.26]
    said: 552-5.2.2 The email account that you tried to reach is over quota.
    (in reply to end of DATA command)
"""
    dsn = ("Reporting-MTA: dns; mx1.iom.int\n"
           "X-Postfix-Queue-ID: 4DXN6c1Pqkz2\n"
           "X-Postfix-Sender: rfc822; gcmrrarabstates@iom.int\n"
           "Arrival-Date: %s\n\n"
           "Final-Recipient: rfc822; hanan.zoubi@gmail.example.com\n"
           "Original-Recipient: rfc822;hanan.zoubi@gmail.example.com\n"
           "Action: failed\n"
           "Status: 5.2.2\n"
           "Remote-MTA: dns; gmail-smtp-in.l.google.example.com\n"
           "Diagnostic-Code: smtp; 552-5.2.2 The email account that you tried to reach is\n"
           "    over quota.\n" % rfcdate(when - dt.timedelta(seconds=5), "EET"))
    hdrs = ("Return-Path: <gcmrrarabstates@iom.int>\n"
            "From: GCM Regional Review Arab States <gcmrrarabstates@iom.int>\n"
            "To: hanan.zoubi@gmail.example.com\n"
            "Subject: Acknowledgement of receipt - Open discussion 23 Feb\n"
            "Date: %s\n"
            "Message-ID: <ack.4DXN5b3Twdz6@gcmrrarabstates.iom.int>\n"
            "In-Reply-To: %s\n" % (rfcdate(when - dt.timedelta(seconds=6)), M15_ID))
    body = dsn_report(text, dsn, hdrs, "4DXN6c1Pqkz2.1612561339/mx1.iom.int")
    rows = [("Return-Path", "<>"), ("Delivered-To", "gcmrrarabstates@iom.int"),
            ("Received", "by mx1.iom.int (Postfix)\r\n\tid 4DXN6f4Mwnz8; %s" % rfcdate(when, "EET")),
            ("Date", rfcdate(when, "EET")),
            ("From", "MAILER-DAEMON@mx1.iom.int (Mail Delivery System)"),
            ("Subject", "Undelivered Mail Returned to Sender"),
            ("To", "gcmrrarabstates@iom.int"),
            ("Auto-Submitted", "auto-replied"),
            ("Message-Id", "<20210205214219.4DXN6f4Mwnz8@mx1.iom.int>")]
    add(16, when, top(body, rows), dict(category="bounce", language="en", acknowledge=False, on_time=None,
        notes="Postfix DSN, permanent failure 5.2.2 (recipient over quota) for our acknowledgement of h188-15; only "
              "the returned headers, whose In-Reply-To names h188-15. Never acknowledge."))


M17_ID = "<VI1P190MB0318D4C2B7E1A09F53C6D82E4B17A@VI1P190MB0318.EURP190.PROD.OUTLOOK.example.com>"


def m17():
    # late (8 Feb), two speakers, association of women with disabilities, Outlook plain+html
    when = at("2021-02-08 09:15:56")
    sent = sent_at(when, 1, 6)
    text = """Madame, Monsieur,

Nous avons bien conscience que le délai fixé au 5 février est dépassé ; notre bureau n'a pris connaissance de l'invitation que vendredi soir, par l'intermédiaire du Collectif marocain pour l'inclusion. Nous vous serions néanmoins reconnaissantes d'examiner la candidature de nos deux représentantes :

• Mme Fatima-Zahra Alaoui, Présidente de l'Association Voix des Femmes Handicapées du Maroc (AVFHM), pour une intervention lors de la table ronde thématique n° 2 ;
• Mme Khadija Ait Brahim, juriste, chargée du suivi des dossiers de femmes migrantes au sein de l'AVFHM, qui pourrait assurer le rôle de rapporteuse pour les messages clés.

Mme Ait Brahim est malvoyante ; les documents préparatoires devront lui parvenir en format Word.

Dans l'attente de votre retour, veuillez recevoir nos salutations les meilleures.

Naïma Bouzid
Secrétaire générale
AVFHM
Casablanca
"""
    body = alt(text, "_000_VI1P190MB0318D4C2B7E1A09F53C6D82E4B17AVI1P190MB0318EURP_")
    subj = "Candidature tardive - intervenantes AVFHM"
    m = mk(when, sent, "mail-vi1eur04on0719.outbound.protection.outlook.example.com", "40.107.4.19",
           "4DZ0r2Vm7kz5", addr("Naïma Bouzid", "avfhm.maroc@outlook.example.com"), subj, M17_ID, body,
           extra=ms_rows(subj, "AQHW/gk5n8Rz2Lc0Qp4Ty7Xm1Bw9Eg==", lang="fr-FR"))
    aff = "Association Voix des Femmes Handicapées du Maroc (AVFHM)"
    add(17, when, m, dict(category="speaker_request", language="fr", acknowledge=True, on_time=False, speakers=[
        sp("Fatima-Zahra Alaoui", "Présidente", aff, ["roundtable"], 2),
        sp("Khadija Ait Brahim", "juriste, chargée du suivi des dossiers de femmes migrantes", aff, ["rapporteur"])],
        notes="LATE (8 February) and says so; two speakers in a bulleted list, written in prose; 'Mme' dropped; "
              "the first affiliation is written in full with its acronym, the second only as 'au sein de l'AVFHM' - "
              "fullest form recorded for both; the second title is a description ('juriste, chargée du suivi des "
              "dossiers de femmes migrantes'), recorded as written (secretary's choice, not covered by dev); "
              "'rapporteuse' = rapporteur; the signer is not a speaker. Follow-up question h188-20."))


M18_TEXT_Q = "Acknowledgement of receipt - GADPO voluntary report + rapporteur nomination"


def m18():
    # thank-you reply to our acknowledgement of h188-10 (adds nothing new)
    when = at("2021-02-09 11:30:12")
    sent = sent_at(when, 3, 3)
    ack_id = "<ack.4DWP3k8Zq5z7@gcmrrarabstates.iom.int>"
    text = """Many thanks for the confirmation, well noted. Looking forward to the conference.

Best,
Khalid

From: GCM Regional Review Arab States <gcmrrarabstates@iom.int>
Sent: Thursday, February 4, 2021 12:01 PM
To: Khalid Al-Rashidi <ed@gadpo.example.org>
Subject: Acknowledgement of receipt - GADPO voluntary report + rapporteur nomination

Dear Khalid Al-Rashidi,

We confirm receipt of your voluntary GCM review report and of your speaker request. The secretariat will come back to you regarding the programme.

GCM Regional Review - Arab States
"""
    body = alt(text, "_000_PAXPR08MB68942B0C4D1E9F7A3658C2E1D0B47PAXPR08MB6894eurp_")
    subj = "RE: " + M18_TEXT_Q
    m = mk(when, sent, "mail-px8eur08on2063.outbound.protection.outlook.example.com", "40.107.14.63",
           "4DZr8m1Kv3z0", "Khalid Al-Rashidi <ed@gadpo.example.org>", subj,
           "<PAXPR08MB68942B0C4D1E9F7A3658C2E1D0B47@PAXPR08MB6894.eurprd08.prod.outlook.example.com>", body,
           extra=[("In-Reply-To", ack_id), ("References", "%s %s" % (M10_ID, ack_id))]
           + ms_rows(M18_TEXT_Q, "AQHW+ut5d0Lk9Qm3Xz8Rb2Nc1Pe7HwAIk3QxAAB2cR0=", lang="en-US"))
    add(18, when, m, dict(category="other", language="en", acknowledge=False, on_time=None, thread_of=F % 10,
        notes="a thank-you reply to our acknowledgement of h188-10 that adds nothing new: do not acknowledge "
              "(LABELS.md); References names h188-10; the quoted acknowledgement mentions the report and the "
              "speaker request."))


def m19():
    # iPhone, minimal: Sudanese women's union, PDF, Arabic name in Latin file name
    when = at("2021-02-09 15:50:40")
    sent = sent_at(when, 2, 5)
    text = """السلام عليكم
مرفق تقرير الاتحاد الطوعي عن الاتفاق العالمي للهجرة
مع الشكر
آمنة

أُرسلت من الـ iPhone"""
    fname = "SWU_GCM_report_2021.pdf"
    rep = attach("application/pdf", pdf_doc("Voluntary report on the GCM", "Sudanese Women's Union for Development",
                                            ["Women migrants and displaced women in Khartoum",
                                             "Trafficking and smuggling on the eastern route",
                                             "Recommendations"]), fname)
    body = multi("mixed", [leaf("text/plain", text, "utf-8", "base64"), rep],
                 "Apple-Mail-8C3E1F52-4A7B-4D10-9E26-B05F7D3A1C84")
    m = mk(when, sent, "mail-wr1-f53.google.example.com", "209.85.221.53", "4DZz1c7Nh0z6",
           addr("Amna", "amna.swu.sd@gmail.example.com"), hdr("تقرير"),
           "<3E9B72A1-0C5D-4F84-A1B6-7D2E9F40C813@gmail.example.com>", body,
           extra=[("X-Mailer", "iPhone Mail (18D52)")])
    add(19, when, m, dict(category="voluntary_report", language="ar", acknowledge=True, on_time=True,
        report_attachments=[fname],
        notes="minimal iPhone message, one-word subject, first name only; the organisation is named only inside "
              "the PDF; report on time."))


def m20():
    # sign-language interpretation question following the late request h188-17
    when = at("2021-02-10 10:05:27")
    sent = sent_at(when, 1, 4)
    text = """Bonjour,

Je reviens vers vous au sujet de notre message du 8 février (candidatures de Mmes Alaoui et Ait Brahim), pour lequel nous n'avons pas encore eu de réponse.

Indépendamment de la décision concernant les interventions, pourriez-vous nous indiquer si une interprétation en langue des signes et un sous-titrage en direct sont prévus pendant la consultation du 23 février et la conférence ? Plusieurs membres sourdes de notre association souhaitent suivre les débats.

Bien cordialement,

Naïma Bouzid
Secrétaire générale - AVFHM
"""
    html = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>'
            '<body lang="FR"><div class="WordSection1"><p class="MsoNormal">' + brlines(text) +
            '</p></div></body></html>\n')
    body = alt(text, "_000_VI1P190MB031881E2A4C07D9B3F5E6A0C2D39EVI1P190MB0318EURP_", html=html)
    subj = "RE: Candidature tardive - intervenantes AVFHM"
    m = mk(when, sent, "mail-vi1eur04on0722.outbound.protection.outlook.example.com", "40.107.4.22",
           "4Dbf4x0Lq9z1", addr("Naïma Bouzid", "avfhm.maroc@outlook.example.com"), subj,
           "<VI1P190MB031881E2A4C07D9B3F5E6A0C2D39E@VI1P190MB0318.EURP190.PROD.OUTLOOK.example.com>", body,
           extra=[("In-Reply-To", M17_ID), ("References", M17_ID)]
           + ms_rows("Candidature tardive - intervenantes AVFHM", "AQHW/gk5n8Rz2Lc0Qp4Ty7Xm1Bw9EgAJ8sDAA==",
                     lang="fr-FR"))
    add(20, when, m, dict(category="other", language="fr", acknowledge=True, on_time=None, thread_of=F % 17,
        notes="follow-up to h188-17 (In-Reply-To set, nothing quoted): asks about sign-language interpretation and "
              "live captioning and notes no answer yet; names the two earlier speakers but proposes nobody new: "
              "'other', not a speaker request."))


def m21():
    # DOCX report, administrative French, RFC 2231 accented file name, Thunderbird
    when = at("2021-02-12 14:40:03")
    sent = sent_at(when, 1, 5)
    text = """Madame, Monsieur,

Veuillez trouver en pièce jointe la contribution de l'Union des femmes de Mauritanie pour l'égalité (UFME) à l'examen volontaire du Pacte mondial sur les migrations, au titre de l'examen régional pour la région arabe.

Le document traite des femmes migrantes en transit à Nouadhibou et de l'accès des femmes rapatriées aux dispositifs de réinsertion.

Restant à votre disposition,

Aïcha Mint Mohamed
Chargée de suivi-évaluation
UFME - Nouakchott
"""
    fname = "Contribution_UFME_Examen_régional_PMM.docx"
    doc = attach(DOCX, make_docx(["Contribution de l'UFME a l'examen regional du Pacte mondial",
                                  "1. Femmes migrantes en transit a Nouadhibou",
                                  "2. Reinsertion des femmes rapatriees", "3. Recommandations"]), fname)
    body = multi("mixed", [leaf("text/plain", flowed(text), "utf-8", "8bit", params=[("format", "flowed")]), doc],
                 "------------A8D3C61E0F27B94D5E1C0A73")
    m = mk(when, sent, "smtp.ufme.example.mr", "41.188.64.12", "4DcT9h2Ywkz3",
           addr("Aïcha Mint Mohamed", "suivi@ufme.example.mr"),
           hdr("Contribution UFME - examen régional du Pacte mondial", enc="Q"),
           "<5b8e2c71-3f04-4a9d-b6e0-1c7d9a2f4e53@ufme.example.mr>", body,
           extra=[("User-Agent", "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:78.0) Gecko/20100101 "
                                 "Thunderbird/78.7.1"), ("Content-Language", "fr")])
    add(21, when, m, dict(category="voluntary_report", language="fr", acknowledge=True, on_time=True,
        report_attachments=[fname],
        notes="report as a 'contribution' (not called 'rapport volontaire' in the body); DOCX with an accented file "
              "name (RFC 2231 filename*, RFC 2047 name); Thunderbird, format=flowed 8bit."))


def m22():
    # both: DOCX report on time + speaker request late -> on_time false; Yahoo HTML
    when = at("2021-02-15 16:30:49")
    sent = sent_at(when, 1, 7)
    inner = ("<div>Bonjour,</div><div><br></div>"
             "<div>Au nom du Réseau libanais des femmes en situation de handicap (RLFH), veuillez trouver ci-joint "
             "notre rapport volontaire sur la mise en œuvre du Pacte mondial.</div><div><br></div>"
             "<div>Nous souhaiterions également, si cela est encore possible, que notre coordinatrice, Mme Carla "
             "Haddad, Coordinatrice nationale du RLFH, puisse intervenir dans la table ronde thématique IV (femmes, "
             "handicap et protection).</div><div><br></div>"
             "<div>Merci d'avance,</div><div>Joëlle Nasr<br>Chargée de communication, RLFH</div>")
    html = ('<html><head></head><body><div class="yahoo-style-wrap" style="font-family:Helvetica Neue, '
            'Helvetica, Arial, sans-serif;font-size:13px;">' + inner + '</div></body></html>')
    fname = "RLFH - Rapport volontaire PMM 2021.docx"
    doc = attach(DOCX, make_docx(["Rapport volontaire - RLFH", "Reseau libanais des femmes en situation de handicap",
                                  "1. Femmes migrantes handicapees apres l'explosion du port de Beyrouth",
                                  "2. Acces aux services", "3. Recommandations"]), fname)
    plain = ("Bonjour,\n\nAu nom du Réseau libanais des femmes en situation de handicap (RLFH), veuillez trouver "
             "ci-joint notre rapport volontaire sur la mise en œuvre du Pacte mondial.\n\nNous souhaiterions "
             "également, si cela est encore possible, que notre coordinatrice, Mme Carla Haddad, Coordinatrice "
             "nationale du RLFH, puisse intervenir dans la table ronde thématique IV (femmes, handicap et protection).\n\n"
             "Merci d'avance,\nJoëlle Nasr\nChargée de communication, RLFH\n")
    body = multi("mixed", [alt(plain, "----=_Part_2417731_1290458825.1613399445812", html=html), doc],
                 "----=_Part_2417730_1986142213.1613399445812")
    m = mk(when, sent, "sonic315-21.consmr.mail.ir2.yahoo.example.com", "77.238.177.146", "4Dfr2m9Bvcz7",
           addr("Joëlle Nasr", "joelle.nasr@yahoo.example.fr"), hdr("Rapport volontaire RLFH + intervention",
                                                                      enc="Q"),
           "<1613399445.2417732.1613399449812@mail.yahoo.example.com>", body,
           extra=[("X-Mailer", "WebService/1.1.17648 YMailNorrin")])
    add(22, when, m, dict(category="both", language="fr", acknowledge=True, on_time=False,
        report_attachments=[fname], speakers=[
            sp("Carla Haddad", "Coordinatrice nationale",
               "Réseau libanais des femmes en situation de handicap (RLFH)", ["roundtable"], 4)],
        notes="both: report on time (15 February) but the speaker part is late, so on_time is false; roundtable "
              "as a Roman numeral ('table ronde thématique IV', the parenthesis is the speaker's topic, not the "
              "roundtable's official title); title 'Coordinatrice nationale du RLFH' "
              "recorded without the organisation; Yahoo; 'œ' in the text."))


def m23():
    # Iraqi women's organisation, DOCX, 23:10 on 16 Feb (on time), Outlook, formal Arabic
    when = at("2021-02-16 23:10:15")
    sent = sent_at(when, 3, 6)
    text = """السادة أمانة المراجعة الإقليمية المحترمون،

نرفق طيّه التقرير الطوعي لمنظمة "أمان" لتمكين المرأة في العراق حول تنفيذ الاتفاق العالمي من أجل الهجرة الآمنة والمنظمة والنظامية، مع الاعتذار عن التأخر في الإرسال إلى اليوم الأخير بسبب انقطاع الكهرباء.

ويتناول التقرير أوضاع النساء النازحات والعائدات، والنساء ذوات الإعاقة منهن بشكل خاص.

مع التقدير،
زينب الساعدي
مديرة البرامج
منظمة أمان لتمكين المرأة - بغداد
"""
    fname = "Aman_Voluntary_Report_GCM_AR.docx"
    doc = attach(DOCX, make_docx(["التقرير الطوعي - منظمة أمان لتمكين المرأة",
                                  "١. النساء النازحات والعائدات", "٢. النساء ذوات الإعاقة", "٣. التوصيات"]), fname)
    body = multi("mixed", [alt(text, "_000_DU2PR07MB8160F1B3C7D2E09A64E5B7C3D18F2DU2PR07MB8160eurp_", rtl=True,
                               b64=True), doc],
                 "_004_DU2PR07MB8160F1B3C7D2E09A64E5B7C3D18F2DU2PR07MB8160eurp_")
    subj = "التقرير الطوعي - منظمة أمان"
    m = mk(when, sent, "mail-du2eur07on2045.outbound.protection.outlook.example.com", "40.107.15.45",
           "4Dg7Lc5Nrmz2", addr("زينب الساعدي", "programs@aman-women.example.iq"), hdr(subj),
           "<DU2PR07MB8160F1B3C7D2E09A64E5B7C3D18F2@DU2PR07MB8160.eurprd07.prod.outlook.example.com>", body,
           extra=ms_rows(hdr(subj), "AQHXBGx2m7Lc0Tz9Kq4Rb1Pn8Ws3Eg==", lang="ar-IQ", has_attach="yes"))
    add(23, when, m, dict(category="voluntary_report", language="ar", acknowledge=True, on_time=True,
        report_attachments=[fname],
        notes="edge: sent on the last day, received 23:10 on 16 February Beirut time (Date header 00:10 on 17 "
              "February, UTC+3): on time; she apologises for the delay, which is not lateness."))


def m24():
    # late report, HTML-only, PDF; women-led OPD network
    when = at("2021-02-17 01:12:58")
    sent = sent_at(when, 4, 6)
    inner = ("<p>Dear Secretariat,</p>"
             "<p>Please accept our apologies for sending this after the deadline. Attached is the voluntary review "
             "report of the <b>Women with Disabilities Network - Gulf &amp; Yemen (WDN-GY)</b>, focusing on women "
             "migrant workers with disabilities and on Yemeni women displaced abroad.</p>"
             "<p>We hope it can still be considered for the regional synthesis.</p>"
             "<p>Warm regards,<br>Maryam Al Balushi<br>Network Coordinator, WDN-GY<br>Muscat</p>")
    fname = "WDN-GY_GCM_voluntary_review.pdf"
    rep = attach("application/pdf", pdf_doc("Voluntary GCM review", "Women with Disabilities Network - Gulf & Yemen",
                                            ["Women migrant workers with disabilities",
                                             "Yemeni women displaced abroad", "Recommendations"]), fname)
    body = multi("mixed", [html_only(inner), rep], "Apple-Mail=_4E1B9C27-83D0-4F6A-B215-9C0E7A3D5F18")
    m = mk(when, sent, "smtp.wdn-gy.example.om", "5.36.12.200", "4Dg9Qv1Xbjz5",
           "Maryam Al Balushi <coordinator@wdn-gy.example.om>", "Late submission - WDN-GY voluntary report",
           "<D8F1A2C3-5E47-4B90-8C16-2A7E3F9D0B54@wdn-gy.example.om>", body,
           extra=[("X-Mailer", "Apple Mail (2.3654.40.0.2.32)")])
    add(24, when, m, dict(category="voluntary_report", language="en", acknowledge=True, on_time=False,
        report_attachments=[fname],
        notes="LATE (01:12 on 17 February Beirut time; Date header 03:12 +0400) and says so; HTML-only body with "
              "the PDF report; women-led network of persons with disabilities."))


def main():
    for f in (m01, m02, m03, m04, m05, m06, m07, m08, m09, m10, m11, m12, m13, m14, m15, m16, m17, m18, m19,
              m20, m21, m22, m23, m24):
        f()
    SET.write()


if __name__ == "__main__":
    main()
