#!/usr/bin/env python3
"""Write the blind evaluation set holdout185 (24 raw .eml messages + labels.json).

Deterministic, standard library only:  python3 tests/data/make_eval_sets185.py
Theme: refugee-serving NGOs and community groups in Jordan, Lebanon and Iraq writing from shared office
accounts and phones, late January to mid February 2021; messages that mix languages (Arabic notes with English
signatures, French messages with Arabic names).  Helpers from mailgen.py.
"""
import datetime as dt

from mailgen import (EvalSet, DOCX, addr, alt, at, attach, dsn_report, esc, flowed, hdr, html_only, leaf,
                     make_docx, make_pdf, make_png, mk, multi, re_hdr, rfcdate, sent_at, sp, std_rows, text2html,
                     top)
from mailgen import POSTFIX_NOTICE, outlook_rows as outlook

SET = EvalSet(185)
add = SET.add


def rep_pdf(title, org, sections):
    lines = [title, org, "Voluntary GCM review - Regional Review, Arab region 2021", ""]
    lines += ["%d. %s" % (k, s) for k, s in enumerate(sections, 1)]
    return make_pdf(lines)


def logo(cid, rgb=(180, 40, 40)):
    return leaf("image/png", make_png(10, 10, rgb), cte="base64", params=[("name", '"image001.png"')],
                disp='inline; filename="image001.png"', extra=[("Content-ID", "<%s>" % cid)])


def lines_html(text, dir_="ltr"):
    return ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body>'
            '<div dir="%s">' % dir_ + "<br>".join(esc(x) for x in text.strip("\n").split("\n"))
            + "</div></body></html>\n")


# ================================================================ the 24 messages
M01_ID = "<HE1PR0301MB2265D7A04C1B9E3F58A2B6C7D9E10@HE1PR0301MB2265.eurprd03.prod.outlook.example.com>"


def m01():
    # Jordan NGO, shared info@ account, two speakers (one from a camp committee), Outlook, Cc to the first speaker
    when = at("2021-01-26 10:14:22")
    sent = sent_at(when, 2, 5)
    text = """Dear colleagues at the GCM Regional Review secretariat,

Thank you for the invitation, which reached us through the Jordan INGO Forum list. SRS would like to put forward two people for speaking roles:

- Ms. Reem Haddad, Protection Programme Manager at SRS, to act as one of the rapporteurs presenting the key messages of stakeholders;
- Mr. Abdulrahman Al-Masri, volunteer Outreach Lead with the Zaatari Camp Community Committee, for a floor intervention in thematic roundtable 2. Abdulrahman is himself a refugee and has worked with us since 2014; he will speak in Arabic.

Reem is in copy. Please write to this shared address as well, since she is often in the field.

Best regards,

Programmes Team
Sawa for Refugee Support (SRS)
Al-Hashmi Street, Irbid - Jordan
Tel. +962 2 724 1180
"""
    html = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>'
            '<body lang="EN-GB"><div class="WordSection1">' + text2html(text.split("\n\nProgrammes Team")[0]) +
            '<p class="MsoNormal"><b><span style="color:#1F4E79">Programmes Team</span></b><br>Sawa for Refugee '
            'Support (SRS)<br>Al-Hashmi Street, Irbid &#8211; Jordan<br>Tel. +962 2 724 1180</p>'
            '</div></body></html>\n')
    body = alt(text, "_000_HE1PR0301MB2265D7A04C1B9E3F58A2B6C7D9E10HE1PR0301MB2265eurp_", html=html)
    subj = "Speaking roles - Regional Review of the GCM (SRS Jordan)"
    m = mk(when, sent, "mail-he1eur03on0118.outbound.protection.outlook.example.com", "40.107.6.118",
           "4DQ7Kb2Hn1z5", "SRS Info <info@sawa-srs.example.jo>", subj, M01_ID, body,
           cc="Reem Haddad <r.haddad@sawa-srs.example.jo>",
           extra=outlook(subj, "AdbzC1kq7Rw0Pn3LTa2mXbE9fQ4h1g==", lang="en-GB"))
    add(1, when, m, dict(category="speaker_request", language="en", acknowledge=True, on_time=True, speakers=[
        sp("Reem Haddad", "Protection Programme Manager", "Sawa for Refugee Support (SRS)", ["rapporteur"]),
        sp("Abdulrahman Al-Masri", "volunteer Outreach Lead", "Zaatari Camp Community Committee", ["roundtable"], 2)],
        notes="shared info@ account signed 'Programmes Team' (no person sending); two speakers in a dashed list; "
              "the first names the organisation only as 'SRS', the full name with acronym is in the signature "
              "(fullest form recorded); the second speaker belongs to a camp committee, not to the sender's NGO; "
              "'Ms.'/'Mr.' dropped; title kept as written ('volunteer Outreach Lead'); 'Irbid - Jordan' not part of "
              "the affiliation. The Cc'd first speaker's out-of-office answers the acknowledgement (h185-02)."))


def m02():
    # Exchange out-of-office of the Cc'd speaker of h185-01, answering the acknowledgement
    when = at("2021-01-26 10:15:51")
    sent = sent_at(when, 2, 2)
    text = """I am on mission in Azraq and Zaatari camps until Sunday 31 January with limited access to e-mail. For urgent matters please contact info@sawa-srs.example.jo or call +962 2 724 1180.

أنا في مهمة ميدانية في مخيمي الأزرق والزعتري حتى يوم الأحد ٣١ كانون الثاني، والوصول إلى البريد محدود. للأمور العاجلة يرجى التواصل مع info@sawa-srs.example.jo

Reem Haddad
Protection Programme Manager | SRS
"""
    body = alt(text, "_000_HE1PR0301MB2265AUTO1611648951_", b64=True)
    ack_id = "<ack.4DQ7Kb2Hn1z5@gcmrrarabstates.iom.int>"
    subj = "Automatic reply: Acknowledgement of receipt - Speaking roles - Regional Review of the GCM (SRS Jordan)"
    rows = std_rows(when, "mail-he1eur03on0121.outbound.protection.outlook.example.com", "40.107.6.121",
                    "4DQ7Mc0Sx4z2", "Reem Haddad <r.haddad@sawa-srs.example.jo>", subj, rfcdate(sent),
                    "<HE1PR0301MB2265E0B1C2D3F4A5@HE1PR0301MB2265.eurprd03.prod.outlook.example.com>",
                    to="GCM Regional Review Arab States <gcmrrarabstates@iom.int>",
                    extra=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All"),
                           ("X-MS-Exchange-Inbox-Rules-Loop", "r.haddad@sawa-srs.example.jo")])
    rows = [(k, "<>" if k == "Return-Path" else v) for k, v in rows]
    rows += [("In-Reply-To", ack_id), ("References", "%s %s" % (M01_ID, ack_id)), ("Content-Language", "en-GB")]
    add(2, when, top(body, rows), dict(category="auto_reply", language="en", acknowledge=False, on_time=None,
        notes="Exchange out-of-office of the speaker Cc'd on h185-01, answering our acknowledgement 89 seconds later; "
              "English then Arabic text; Auto-Submitted: auto-replied, X-Auto-Response-Suppress, null Return-Path; "
              "References names h185-01 but an auto-reply is never part of a submission (thread_of null, as dev "
              "auto-replies). Never acknowledge (loop)."))


def m03():
    # Lebanese women's group, Samsung phone, Levantine Arabic body, English signature holding the details
    when = at("2021-01-27 21:08:10")
    sent = sent_at(when, 2, 7)
    text = """مرحبا،

نحنا مجموعة نسوان لاجئات سوريات بالبقاع، وصلتنا الدعوة عن طريق الشبكة. حابة شارك بالنقاش المفتوح يلي رح يصير يوم ٢٣ شباط، بدي احكي عن وضع النساء بالمخيمات العشوائية وعن الخوف من الترحيل وعن الإقامات.
المعلومات كلها تحت بالتوقيع. اذا في استمارة لازم نعبيها ابعتولنا ياها لو سمحتو.

شكرا كتير الكن

Hala Al-Hamwi
Women's Committee Coordinator
Nour Community Initiative - Bar Elias, Bekaa
+961 70 418 552

Sent from my Samsung Galaxy smartphone.
"""
    html = lines_html(text, "rtl")
    body = alt(text, "--_com.samsung.android.email_2841097713504120", html=html, b64=True)
    subj = "المشاركة بالنقاش المفتوح"
    m = mk(when, sent, "mail-wm1-f66.google.example.com", "209.85.128.66", "4DQw9t3Rr8z1",
           addr("Nour Bekaa", "nour.initiative.bekaa@gmail.example.com"), hdr(subj),
           "<q8w1ir0bxk3j2n6e4c7sz0mt.1611774483117@email.android.com>", body)
    add(3, when, m, dict(category="speaker_request", language="ar", acknowledge=True, on_time=True, speakers=[
        sp("Hala Al-Hamwi", "Women's Committee Coordinator", "Nour Community Initiative", ["open_discussion"])],
        notes="Levantine colloquial Arabic body ('حابة شارك بالنقاش المفتوح'), the sender proposes herself; name, "
              "title and organisation only in the English signature; ' - Bar Elias, Bekaa' after the organisation is "
              "a place, not part of the affiliation; shared community Gmail with a Latin display name; Samsung "
              "Email. Acknowledge in Arabic."))


def m04():
    # French question from a Lebanese association: language and format of the report, collective report with camp committees
    when = at("2021-01-28 11:30:04")
    sent = sent_at(when, 2, 3)
    text = """Bonjour,

Nous avons bien reçu la lettre d'invitation relative à l'examen régional du Pacte mondial sur les migrations et nous vous en remercions.

Avant de finaliser notre contribution, nous aurions deux questions :
1) Le rapport volontaire peut-il être rédigé en français, ou faut-il obligatoirement une version arabe ou anglaise ?
2) Nous travaillons avec trois comités populaires des camps de Beddaoui et Nahr el-Bared (représentés par M. Abou Ali Mawed et Mme Samah Jomaa). Pouvons-nous déposer un rapport collectif au nom de ces comités et de notre association, et y a-t-il un nombre de pages à ne pas dépasser ?

Dans l'attente de votre réponse, veuillez recevoir nos meilleures salutations.

Maya Khoury-Saadé
Secrétariat
Association Entraide et Dignité (AED) – Tripoli, Liban
"""
    body = leaf("text/plain", text, "utf-8", "quoted-printable")
    m = mk(when, sent, "webmail.aed-liban.example.org", "94.187.12.40", "4DRR0p7Vd2z6",
           "AED Tripoli <contact@aed-liban.example.org>", hdr("Questions - rapport volontaire (langue, format)", enc="Q"),
           "<e3b0c44298fc1c14a2b9@webmail.aed-liban.example.org>", body,
           extra=[("User-Agent", "Roundcube Webmail/1.4.9")])
    add(4, when, m, dict(category="other", language="fr", acknowledge=True, on_time=None,
        notes="questions about the report's language, a collective report and its length: nothing submitted; "
              "Arabic names of two camp committee representatives appear (with 'M.'/'Mme') but they are not "
              "proposed as speakers; shared contact@ account of the association."))


M05_ID = "<VI1PR06MB4430F2A91B3C8D7E6F5A40B2C1D9E@VI1PR06MB4430.eurprd06.prod.outlook.example.com>"


def m05():
    # Iraqi network, collective report PDF, Outlook with inline logo (decoy)
    when = at("2021-01-29 13:02:45")
    sent = sent_at(when, 3, 6)
    text = """Dear Sir/Madam,

On behalf of the 14 member organisations of the Iraq Refugee and IDP NGO Network (IRNN), please find attached our collective voluntary report for the Regional Review of the Global Compact for Safe, Orderly and Regular Migration.

The report was prepared through consultations held in Erbil, Duhok, Sulaymaniyah and Mosul in December 2020 and January 2021 with Syrian refugees, IDPs and returnees, and covers mainly Objectives 7, 15 and 16. An Arabic summary is included as Annex A inside the same file.

Kindly confirm receipt.

Best regards,

IRNN Secretariat
Iraq Refugee and IDP NGO Network
شبكة المنظمات غير الحكومية للاجئين والنازحين في العراق
100 Meter Road, Erbil, Kurdistan Region - Iraq
"""
    html = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>'
            '<body lang="EN-US"><div class="WordSection1">' + text2html(text.split("\n\nIRNN Secretariat")[0]) +
            '<p class="MsoNormal"><img width="60" height="60" src="cid:image001.png@01D6F63A.2E1B4C70" alt="IRNN">'
            '<br><b>IRNN Secretariat</b><br>Iraq Refugee and IDP NGO Network<br><span dir="rtl">'
            'شبكة المنظمات غير الحكومية للاجئين والنازحين في العراق</span><br>100 Meter Road, Erbil, Kurdistan '
            'Region &#8211; Iraq</p></div></body></html>\n')
    related = multi("related", [alt(text, "_000_VI1PR06MB4430F2A91B3C8D7E6F5A40B2C1D9EVI1PR06MB4430eurp_",
                                    html=html), logo("image001.png@01D6F63A.2E1B4C70", (0, 100, 60))],
                    "_004_VI1PR06MB4430F2A91B3C8D7E6F5A40B2C1D9EVI1PR06MB4430eurp_",
                    params=[("type", '"multipart/alternative"')])
    fname = "IRNN_Collective_Voluntary_GCM_Report_Jan2021.pdf"
    rep = attach("application/pdf", rep_pdf("Collective voluntary report", "Iraq Refugee and IDP NGO Network (IRNN)",
                                            ["Methodology - 4 governorate consultations", "Objective 7",
                                             "Objective 15 - access to basic services", "Objective 16",
                                             "Annex A - Arabic summary"]), fname)
    body = multi("mixed", [related, rep], "_005_VI1PR06MB4430F2A91B3C8D7E6F5A40B2C1D9EVI1PR06MB4430eurp_")
    subj = "IRNN collective voluntary report - GCM Regional Review"
    m = mk(when, sent, "mail-vi1eur06on0107.outbound.protection.outlook.example.com", "40.107.4.107",
           "4DRx3G5m0Kz8", "IRNN Secretariat <secretariat@irnn-iq.example.org>", subj, M05_ID, body,
           extra=outlook(subj, "AQHW9hN2b5e0Lx4kRZ2yPdQ8mT1cVw==", has_attach="yes"))
    add(5, when, m, dict(category="voluntary_report", language="en", acknowledge=True, on_time=True,
        report_attachments=[fname],
        notes="collective report of 14 members sent from a shared secretariat account; Outlook mixed > related > "
              "alternative; the inline logo image001.png is not part of the report; signature carries the "
              "network's Arabic name. A thank-you reply to the acknowledgement follows (h185-18)."))


M06_ID = "<DB8PR03MB5706A9C3E1F2B4D6E8A0C2B4D6F81@DB8PR03MB5706.eurprd03.prod.outlook.example.com>"
M06_TEXT = """السادة أمانة المراجعة الإقليمية للاتفاق العالمي للهجرة المحترمون

تحية طيبة،

استناداً إلى كتاب الدعوة الموجّه إلى منظمات المجتمع المدني، يسرّ جمعيتنا أن ترشّح كلاً من:

١. الأستاذ محمد يونس الطائي، مدير البرامج، للمداخلة في الجلسات العامة للمؤتمر.
٢. السيدة سرى خالد النعيمي، مسؤولة وحدة الحماية والدعم النفسي الاجتماعي، للمداخلة في المائدة المستديرة الرابعة.

علماً أن الجمعية تعمل منذ عام ٢٠١٧ مع النازحين والعائدين واللاجئين السوريين في محافظة نينوى.

مع فائق الاحترام

مكتب الإدارة
جمعية الأمل لإغاثة النازحين واللاجئين - نينوى
الموصل، حي الزهور
"""


def m06():
    # Mosul association, formal MSA, two speakers (plenary + roundtable 4), sent by the administration office
    when = at("2021-02-01 09:40:12")
    sent = sent_at(when, 3, 8)
    body = alt(M06_TEXT, "_000_DB8PR03MB5706A9C3E1F2B4D6E8A0C2B4D6F81DB8PR03MB5706eurp_", rtl=True, b64=True)
    subj = "ترشيح متحدثين - جمعية الأمل"
    m = mk(when, sent, "mail-db8eur03on0140.outbound.protection.outlook.example.com", "40.107.7.140",
           "4DTb8Q1Fz3z4", addr("جمعية الأمل - الإدارة", "admin@alamal-ninawa.example.org"), hdr(subj), M06_ID, body,
           extra=outlook(hdr(subj), "AdcIqP0r4m2Kn8WbTyE1sLh3fZ6v0g==", lang="ar-IQ"))
    aff = "جمعية الأمل لإغاثة النازحين واللاجئين"
    add(6, when, m, dict(category="speaker_request", language="ar", acknowledge=True, on_time=True, speakers=[
        sp("محمد يونس الطائي", "مدير البرامج", aff, ["plenary"]),
        sp("سرى خالد النعيمي", "مسؤولة وحدة الحماية والدعم النفسي الاجتماعي", aff, ["roundtable"], 4)],
        notes="formal Arabic, numbered list with Arabic-Indic numerals; 'الأستاذ' and 'السيدة' used as Mr./Ms. "
              "(dropped); organisation only in the signature of the 'مكتب الإدارة' (not a speaker); ' - نينوى' after "
              "the organisation is the governorate, not part of the affiliation; second title written with its unit "
              "(kept whole, dev 012); roundtable as an ordinal word ('الرابعة'); base64 Outlook. Followed up in "
              "h185-15."))


def m07():
    # Lebanese association, French, Outlook HTML with labelled lines; sent by an assistant for the speaker
    when = at("2021-02-02 15:20:30")
    sent = sent_at(when, 2, 4)
    text = """Madame, Monsieur,

Pour faire suite à votre courrier d'invitation, l'ALAR souhaite proposer une intervenante pour la conférence d'examen régional des 24 et 25 février 2021 :

Nom : Mme Rouba Abou Jaoudé
Fonction : Responsable du programme Protection
Organisation : Association Libanaise pour l'Accueil des Réfugiés (ALAR), Beyrouth
Rôle souhaité : intervention dans la table ronde thématique n° 1

Mme Abou Jaoudé s'exprimera en français ; une interprétation vers l'arabe serait souhaitable.

Avec nos remerciements,

Pour la Présidente,
Karim Nassar
Assistant administratif
ALAR – الجمعية اللبنانية لاستقبال اللاجئين
"""
    rows_html = "".join('<tr><td style="padding:2px 8px"><b>%s</b></td><td style="padding:2px 8px">%s</td></tr>'
                        % (esc(a), esc(b)) for a, b in [
                            ("Nom :", "Mme Rouba Abou Jaoudé"), ("Fonction :", "Responsable du programme Protection"),
                            ("Organisation :", "Association Libanaise pour l'Accueil des Réfugiés (ALAR), Beyrouth"),
                            ("Rôle souhaité :", "intervention dans la table ronde thématique n° 1")])
    html = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>'
            '<body lang="FR"><div class="WordSection1"><p class="MsoNormal">Madame, Monsieur,</p>'
            '<p class="MsoNormal">Pour faire suite à votre courrier d\'invitation, l\'ALAR souhaite proposer une '
            'intervenante pour la conférence d\'examen régional des 24 et 25 février 2021&nbsp;:</p>'
            '<table border="0">' + rows_html + '</table>'
            '<p class="MsoNormal">Mme Abou Jaoudé s\'exprimera en français&nbsp;; une interprétation vers l\'arabe '
            'serait souhaitable.</p><p class="MsoNormal">Avec nos remerciements,</p>'
            '<p class="MsoNormal">Pour la Présidente,<br><b>Karim Nassar</b><br>Assistant administratif<br>ALAR '
            '&#8211; <span dir="rtl">الجمعية اللبنانية لاستقبال اللاجئين</span></p></div></body></html>\n')
    body = alt(text, "_000_PAXPR02MB7310B4E2C1A0F9D8_", html=html)
    subj = "Proposition d'intervenante – table ronde 1 – ALAR"
    m = mk(when, sent, "mail-pax02on0129.outbound.protection.outlook.example.com", "40.107.12.129",
           "4DVB6r1Pq7z3", addr("ALAR Secrétariat", "secretariat@alar.example.org.lb", enc="Q"),
           hdr(subj, enc="Q"), "<PAXPR02MB7310B4E2C1A0F9D8@PAXPR02MB7310.eurprd02.prod.outlook.example.com>", body,
           extra=outlook(hdr(subj, enc="Q"), "AdcJ0o1n5Qk7Zp2Lw3Ex9Rt6sYb8aQ==", lang="fr-FR"))
    add(7, when, m, dict(category="speaker_request", language="fr", acknowledge=True, on_time=True, speakers=[
        sp("Rouba Abou Jaoudé", "Responsable du programme Protection",
           "Association Libanaise pour l'Accueil des Réfugiés (ALAR)", ["roundtable"], 1)],
        notes="labelled lines (French, space before the colon) in an HTML table and in the text part; 'Mme' dropped; "
              "', Beyrouth' after the organisation not part of the affiliation; sent by an administrative assistant "
              "'Pour la Présidente' (neither is the speaker); Arabic organisation name in the signature."))


M08_ID = "<A7C3E1F0-2B4D-4E6F-8A9B-0C1D2E3F4A5B@hbor-iq.example.org>"


def m08():
    # Iraqi group (Duhok), iPhone: Arabic body, English signature; DOCX report + the executive director as rapporteur
    when = at("2021-02-03 12:11:05")
    sent = sent_at(when, 3, 9)
    t1 = """السلام عليكم

مرفق طيه التقرير الطوعي لمنظمتنا حول تنفيذ الاتفاق العالمي للهجرة، أعددناه بعد جلسات مع لاجئين سوريين ونازحين إيزيديين في مخيمات دهوك.

كما نود ترشيح المدير التنفيذي لمنظمتنا، السيد شفان عبد الكريم، ليكون مقرراً يقدّم الرسائل الرئيسية لأصحاب المصلحة في المؤتمر.

مع التقدير

Layla Sabri | Programme Officer
Hope Bridge Organization for Refugees (HBOR)
Duhok, Kurdistan Region - Iraq

Sent from my iPhone
"""
    t2 = "\n"
    fname = "HBOR_GCM_voluntary_report_2021.docx"
    doc = make_docx(["Hope Bridge Organization for Refugees (HBOR)", "Voluntary GCM review report 2021",
                     "1. Context: camps in Duhok governorate", "2. Objective 7 and 15", "3. Recommendations"])
    body = multi("mixed", [leaf("text/plain", t1, "utf-8", "quoted-printable"), attach(DOCX, doc, fname),
                           leaf("text/plain", t2, "us-ascii", "7bit")], "Apple-Mail-3F1A2B4C-5D6E-7F80-91A2-B3C4D5E6F708")
    subj = "التقرير الطوعي + ترشيح مقرر"
    m = mk(when, sent, "mail.hbor-iq.example.org", "37.236.18.77", "4DVt2W8Kj5z0",
           "Layla Sabri <programmes@hbor-iq.example.org>", hdr(subj), M08_ID, body,
           extra=[("X-Mailer", "iPhone Mail (18C66)"), ("Content-Language", "en-us")])
    add(8, when, m, dict(category="both", language="ar", acknowledge=True, on_time=True, speakers=[
        sp("شفان عبد الكريم", "المدير التنفيذي", "Hope Bridge Organization for Refugees (HBOR)", ["rapporteur"])],
        report_attachments=[fname],
        notes="both, on time: DOCX report plus a rapporteur; Arabic body, English signature of the sender (not the "
              "speaker); the speaker's organisation is only 'لمنظمتنا' in the body, recorded from the English "
              "signature (fullest form, as dev 022/035); 'السيد' dropped; iPhone layout text/DOCX/text. Revised "
              "report follows in h185-20."))


def m09():
    # Lebanese association, Gmail, DOCX report with accented name; Arabic names of the authors in the body
    when = at("2021-02-04 10:05:00")
    sent = sent_at(when, 2, 6)
    text = """Bonjour à toute l'équipe,

Veuillez trouver ci-joint le rapport volontaire du Mouvement Social Solidarité Liban (MSSL) dans le cadre de l'examen régional du PMM. Il a été rédigé par Rana Itani et Bilal Moussawi à partir des entretiens menés dans nos centres de Saïda et de Tyr avec des familles réfugiées syriennes et palestiniennes, et avec des travailleuses domestiques migrantes.

N'hésitez pas à revenir vers nous pour toute précision.

Cordialement,
Rana

--
Rana Itani
Chargée de suivi-évaluation
MSSL – Saïda
"""
    main_, sig = text.split("\n--\n")
    html = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"></head><body>'
            '<div dir="ltr">' + text2html(main_) + '<br clear="all"><div><br>-- <br><div dir="ltr" '
            'class="gmail_signature">' + "<br>".join(esc(x) for x in sig.strip().split("\n"))
            + "</div></div></div></body></html>\n")
    fname = "Rapport_volontaire_MSSL_Pacte_mondial_migrations_février_2021.docx"
    doc = make_docx(["Mouvement Social Solidarité Liban (MSSL)", "Rapport volontaire - examen régional du PMM",
                     "1. Méthodologie", "2. Accès aux services (objectif 15)", "3. Recommandations"])
    body = multi("mixed", [alt(text, "0000000000004a1c7e05ba80d1e2", html=html), attach(DOCX, doc, fname)],
                 "0000000000004a1c8105ba80d1e4")
    m = mk(when, sent, "mail-ed1-f47.google.example.com", "209.85.208.47", "4DWQ5h0Zc1z9",
           "Rana Itani <mssl.saida@gmail.example.com>", "Rapport volontaire MSSL - examen regional PMM",
           "<CAF7nq2+Zx8Lk0Wb3Rp9Ty5Vc1Uo6Ed4Si2Ha0Mg@mail.gmail.example.com>", body)
    add(9, when, m, dict(category="voluntary_report", language="fr", acknowledge=True, on_time=True,
        report_attachments=[fname],
        notes="French body with Arabic personal names of the report's authors (not speakers); DOCX name with 'é' "
              "(RFC 2231 filename*, RFC 2047 name); office Gmail account used by the whole team."))


def m10():
    # Zarqa committee, shared Gmail, HTML-only, details pasted from the online registration form
    when = at("2021-02-04 16:45:10")
    sent = sent_at(when, 2, 5)
    rows = [("Full name", "Fatima Mahmoud Al-Hariri"), ("Position", "Founder and Chairwoman"),
            ("Organization", "Zarqa Women Refugees Committee (ZWRC)"), ("Country", "Jordan"),
            ("Stakeholder group", "Refugee-led / community-based organization"),
            ("Requested session", "Plenary session - floor intervention"),
            ("Language", "Arabic")]
    table = ('<table style="border-collapse:collapse" border="1" cellpadding="4">'
             + "".join('<tr><td style="background:#f3f3f3">%s</td><td>%s</td></tr>' % (esc(a), esc(b)) for a, b in rows)
             + "</table>")
    inner = ('<div dir="ltr">Hello,<br><br>We filled the online registration form today, and the invitation said to '
             'also send the speaker details by email, so we copy them below.<br><br>' + table +
             '<br>She will speak in Arabic, one of our volunteers can translate if needed.<br><br>Thank you,<br>'
             'ZWRC team</div>')
    body = html_only(inner)
    m = mk(when, sent, "mail-lj1-f176.google.example.com", "209.85.208.176", "4DWb0n3Gt6z2",
           "ZWRC Zarqa <zwrc.zarqa@gmail.example.com>", "speaker details",
           "<CAMx9f1Q+aR3Lt7Ws0Kd5Zp2Yh8Nc4Vb6Ej1Ug3Oo@mail.gmail.example.com>", body)
    add(10, when, m, dict(category="speaker_request", language="en", acknowledge=True, on_time=True, speakers=[
        sp("Fatima Mahmoud Al-Hariri", "Founder and Chairwoman", "Zarqa Women Refugees Committee (ZWRC)",
           ["plenary"])],
        notes="HTML-only; speaker details pasted from the online registration form as a two-column table; the "
              "'Country' row is not part of the affiliation; the team writes from a shared Gmail, no personal "
              "signature; terse lowercase subject."))


def m11():
    # Baghdad youth group, Android Gmail, Iraqi colloquial; Date header already 6 Feb (+0300), received 5 Feb 23:41 Beirut
    when = at("2021-02-05 23:41:17")
    sent = sent_at(when, 3, 12)
    text = """هلا بيكم
اعتذر على التأخير، هسه خلصنا من التوزيع بمخيم الخازر. حبيت اسجل اسمي للمشاركة بالطاولة المستديرة الثانية بالمؤتمر:
- الاسم: علي حسين الجبوري
- العمل: منسق ميداني
- المنظمة: منظمة شباب الرافدين للإغاثة / بغداد
رقمي على الواتساب ٠٧٧٠١٢٣٤٥٦٧ اذا تحتاجون اي شي
تحياتي
"""
    body = alt(text, "000000000000e1f20305ba8a6c93", html=lines_html(text, "rtl"), b64=True)
    m = mk(when, sent, "mail-pj1-f45.google.example.com", "209.85.216.45", "4DX0Lr6Yh2z7",
           addr("Ali Hussein", "ali.rafidain.youth@gmail.example.com"), hdr("الطاولة المستديرة الثانية"),
           "<CAN4vR8+Wq1Xz0Lk2Tb7Pe9Ys3Uc5Mh6Df0Ja1Go@mail.gmail.example.com>", body)
    add(11, when, m, dict(category="speaker_request", language="ar", acknowledge=True, on_time=True, speakers=[
        sp("علي حسين الجبوري", "منسق ميداني", "منظمة شباب الرافدين للإغاثة", ["roundtable"], 2)],
        notes="edge: Date header is Sat 6 Feb 00:41 +0300 (already 6 February in Baghdad) but the server received it "
              "at 23:41:17 on 5 February Beirut time: on time. Iraqi colloquial; dashed labelled lines with "
              "non-standard labels ('العمل' for the title, 'المنظمة'); '/ بغداد' after the organisation is the "
              "city, not part of the affiliation; roundtable 'الطاولة المستديرة الثانية'."))


def m12():
    # Beirut collective, late (8 Feb), Outlook, assistant writes on behalf of the director; two speakers, one without title
    when = at("2021-02-08 09:55:00")
    sent = sent_at(when, 2, 7)
    text = """Madame, Monsieur,

Au nom de notre directeur exécutif, M. Georges Haddad, je me permets de vous adresser, avec un peu de retard, la candidature du Collectif Entraide Réfugiés Liban (CERL) pour la discussion ouverte de la consultation multipartite du 23 février.

Deux personnes souhaiteraient y prendre la parole :
• M. Georges Haddad, Directeur exécutif du CERL ;
• Mme Aya Al-Khatib, du Comité des femmes de Chatila, partenaire du CERL depuis 2016.

Nous sommes conscients que la date limite du 5 février est dépassée et vous serions reconnaissants de bien vouloir examiner malgré tout cette demande.

Bien respectueusement,

Nadine Frem
Assistante de direction
Collectif Entraide Réfugiés Liban – CERL
Mar Mikhael, Beyrouth
"""
    body = alt(text, "_000_AM0PR10MB3217C5D4E3F2A1B0_")
    subj = "Candidature CERL – discussion ouverte du 23 février (demande tardive)"
    m = mk(when, sent, "mail-am0eur10on0144.outbound.protection.outlook.example.com", "40.107.5.144",
           "4DYz7k4Bq0z1", "Direction CERL <direction@cerl-liban.example.org>", hdr(subj, enc="Q"),
           "<AM0PR10MB3217C5D4E3F2A1B0@AM0PR10MB3217.eurprd10.prod.outlook.example.com>", body,
           extra=outlook(hdr(subj, enc="Q"), "AdcN2Tq5e8Lr1Zx0Wk7Pb4Yd3Hs6ug==", lang="fr-FR"))
    add(12, when, m, dict(category="speaker_request", language="fr", acknowledge=True, on_time=False, speakers=[
        sp("Georges Haddad", "Directeur exécutif", "Collectif Entraide Réfugiés Liban (CERL)", ["open_discussion"]),
        sp("Aya Al-Khatib", None, "Comité des femmes de Chatila", ["open_discussion"])],
        notes="LATE (8 February) and says so; sent by the director's assistant from the direction@ account (she is "
              "not a speaker); bullet list; 'M.'/'Mme' dropped; 'Directeur exécutif du CERL' recorded as title + "
              "affiliation with the full name and acronym from the body; the second speaker has no title (null) and "
              "belongs to a partner camp committee, not to CERL."))


M13_ID = "<VE1PR01MB6527.eurprd01.prod.outlook.example.com.1612787415@outlook.example.com>"


def m13():
    # Lebanon, refugee-led network, Outlook for Android; late, relying on the Arabic letter's misprinted date
    when = at("2021-02-08 14:30:20")
    sent = sent_at(when, 2, 6)
    text = """Hi,

I'm writing on behalf of Omar Darwish, co-founder and spokesperson of our network, the Syrian Refugees Voices Network (SRVN). He would like to take the floor in the third thematic roundtable on 24/25 Feb.

We understood from the Arabic letter that the deadline for speakers is Friday 23 February, so we hope we are still on time.

Regards
Lama - SRVN office

Get Outlook for Android
"""
    body = alt(text, "_000_VE1PR01MB6527AND1612787415_")
    m = mk(when, sent, "mail-ve1eur01on0101.outbound.protection.outlook.example.com", "40.107.14.101",
           "4DZ4Tq8Mn2z6", "SRVN <srvn.office@srvn-lb.example.org>", "Speaker - roundtable 3 - SRVN", M13_ID, body,
           extra=[("Content-Language", "en-US"), ("X-Mailer", "Outlook-Android/2.2.0")])
    add(13, when, m, dict(category="speaker_request", language="en", acknowledge=True, on_time=False, speakers=[
        sp("Omar Darwish", "co-founder and spokesperson", "Syrian Refugees Voices Network (SRVN)", ["roundtable"], 3)],
        notes="LATE (8 February): the sender relies on the Arabic letter's misprinted 'Friday 23 February'; the "
              "English and French date (5 February) stands. Written on behalf of the speaker by 'Lama' from a "
              "shared office account (first name only); title in lower case kept as written; roundtable as "
              "'third thematic roundtable'. The acknowledgement to this mailbox bounces (h185-14)."))


def m14():
    # Postfix DSN: acknowledgement of h185-13 returned, mailbox full
    when = at("2021-02-08 14:31:35")
    text = POSTFIX_NOTICE + """
<srvn.office@srvn-lb.example.org>: host mail.srvn-lb.example.org[185.89.4.21]
    said: 552 5.2.2 <srvn.office@srvn-lb.example.org>: Mailbox full, quota
    exceeded (in reply to RCPT TO command)
"""
    dsn = ("Reporting-MTA: dns; mx1.iom.int\n"
           "X-Postfix-Queue-ID: 4DZ4Vb1Xr9z3\n"
           "X-Postfix-Sender: rfc822; gcmrrarabstates@iom.int\n"
           "Arrival-Date: %s\n\n"
           "Final-Recipient: rfc822; srvn.office@srvn-lb.example.org\n"
           "Original-Recipient: rfc822;srvn.office@srvn-lb.example.org\n"
           "Action: failed\n"
           "Status: 5.2.2\n"
           "Remote-MTA: dns; mail.srvn-lb.example.org\n"
           "Diagnostic-Code: smtp; 552 5.2.2 <srvn.office@srvn-lb.example.org>: Mailbox\n"
           "    full, quota exceeded\n" % rfcdate(when - dt.timedelta(seconds=2), "EET"))
    hdrs = ("Return-Path: <gcmrrarabstates@iom.int>\n"
            "From: GCM Regional Review Arab States <gcmrrarabstates@iom.int>\n"
            "To: srvn.office@srvn-lb.example.org\n"
            "Subject: Acknowledgement of receipt - Speaker - roundtable 3 - SRVN\n"
            "Date: %s\n"
            "Message-ID: <ack.4DZ4Tq8Mn2z6@gcmrrarabstates.iom.int>\n"
            "In-Reply-To: %s\n" % (rfcdate(when - dt.timedelta(seconds=3)), M13_ID))
    body = dsn_report(text, dsn, hdrs, "4DZ4Vb1Xr9z3.1612787495/mx1.iom.int")
    rows = [("Return-Path", "<>"), ("Delivered-To", "gcmrrarabstates@iom.int"),
            ("Received", "by mx1.iom.int (Postfix)\r\n\tid 4DZ4Vd3Kp1z8; %s" % rfcdate(when, "EET")),
            ("Date", rfcdate(when, "EET")),
            ("From", "MAILER-DAEMON@mx1.iom.int (Mail Delivery System)"),
            ("Subject", "Undelivered Mail Returned to Sender"),
            ("To", "gcmrrarabstates@iom.int"),
            ("Auto-Submitted", "auto-replied"),
            ("Message-Id", "<20210208123135.4DZ4Vd3Kp1z8@mx1.iom.int>")]
    add(14, when, top(body, rows), dict(category="bounce", language="en", acknowledge=False, on_time=None,
        notes="Postfix DSN, permanent failure 5.2.2 (mailbox full) for the acknowledgement sent to the shared "
              "office account of h185-13; only the returned headers, whose In-Reply-To names h185-13. Never "
              "acknowledge; the secretariat may need another way to reach SRVN."))


def m15():
    # Mosul office follows up on h185-06 (Outlook reply, original quoted without '>'): received? Zoom link?
    when = at("2021-02-09 10:20:00")
    sent = sent_at(when, 3, 5)
    text = """السادة المحترمون،

نرجو التفضل بتأكيد استلام رسالتنا أدناه الخاصة بترشيح متحدثَين عن الجمعية، إذ لم يصلنا أي رد حتى الآن. كما نرجو إعلامنا بموعد إرسال رابط المشاركة الإلكترونية، لأن الاتصال بالإنترنت في الموصل غير مستقر ونحتاج إلى الترتيب مسبقاً.

مع التقدير

مكتب الإدارة
جمعية الأمل لإغاثة النازحين واللاجئين - نينوى

From: جمعية الأمل - الإدارة <admin@alamal-ninawa.example.org>
Sent: Monday, February 1, 2021 10:40 AM
To: gcmrrarabstates@iom.int
Subject: ترشيح متحدثين - جمعية الأمل

""" + M06_TEXT
    body = alt(text, "_000_DB8PR03MB57060B1C2D3E4F5A6_", rtl=True, b64=True)
    subj = "رد: ترشيح متحدثين - جمعية الأمل"
    m = mk(when, sent, "mail-db8eur03on0140.outbound.protection.outlook.example.com", "40.107.7.140",
           "4DZn1c5Hw8z2", addr("جمعية الأمل - الإدارة", "admin@alamal-ninawa.example.org"), hdr(subj),
           "<DB8PR03MB57060B1C2D3E4F5A6@DB8PR03MB5706.eurprd03.prod.outlook.example.com>", body,
           extra=[("In-Reply-To", M06_ID), ("References", M06_ID)]
           + outlook(hdr("ترشيح متحدثين - جمعية الأمل"), "AdcIqP0r4m2Kn8WbTyE1sLh3fZ6v0gABc3Fq", lang="ar-IQ"))
    add(15, when, m, dict(category="other", language="ar", acknowledge=True, on_time=None, thread_of="h185-06.eml",
        notes="follow-up to h185-06 asking whether it was received and when the online link comes; Outlook reply "
              "with the whole original (both speakers, labelled in a numbered list) quoted without '>': the new "
              "text proposes nobody new. Received after the speaker deadline but nothing is submitted."))


def m16():
    # Franco-Lebanese association, Apple Mail: PDF report + a DOCX cover letter (not part of the report)
    when = at("2021-02-10 11:47:03")
    sent = sent_at(when, 2, 8)
    text = """Madame, Monsieur,

Vous trouverez ci-joints :
- le rapport volontaire de l'Association Terre des Cèdres pour les Réfugiés (ATCR) sur la mise en œuvre du Pacte mondial au Liban ;
- notre lettre de couverture signée par la présidente, Mme Hiba Chamseddine.

Le rapport s'appuie notamment sur les témoignages recueillis par nos animatrices, Zahraa Fakih et Joumana Rizk, auprès de familles syriennes et irakiennes de la Békaa-Ouest.

Très cordialement,

Élodie Saab-Marchand
Responsable plaidoyer – ATCR
"""
    f_rep = "ATCR_Rapport_PMM_2021.pdf"
    f_cov = "Lettre_de_couverture_ATCR.docx"
    pdf = rep_pdf("Rapport volontaire - Pacte mondial sur les migrations", "Association Terre des Cedres (ATCR)",
                  ["Contexte", "Acces aux documents d'etat civil", "Protection contre les expulsions",
                   "Recommandations"])
    cov = make_docx(["Beyrouth, le 9 février 2021", "Objet : transmission du rapport volontaire de l'ATCR",
                     "Madame, Monsieur, ... Hiba Chamseddine, Présidente"])
    body = multi("mixed", [leaf("text/plain", text, "utf-8", "quoted-printable"),
                           attach("application/pdf", pdf, f_rep), attach(DOCX, cov, f_cov)],
                 "Apple-Mail=_8C2E5F1A-3B7D-4A90-B6E2-7D19C04F3A58")
    subj = "Rapport volontaire ATCR – Examen régional PMM"
    m = mk(when, sent, "mail.atcr-liban.example.org", "178.135.40.9", "4DbH6p0Nw3z5",
           addr("Élodie Saab-Marchand", "plaidoyer@atcr-liban.example.org", enc="Q"), hdr(subj, enc="Q"),
           "<3D91A0C7-6E2B-4F58-9A14-B7C2E0D4F815@atcr-liban.example.org>", body,
           extra=[("X-Mailer", "Apple Mail (2.3654.40.0.2.32)")])
    add(16, when, m, dict(category="voluntary_report", language="fr", acknowledge=True, on_time=True,
        report_attachments=[f_rep],
        notes="two attachments: the PDF report and a DOCX cover letter; the cover letter only transmits the report "
              "and is not part of it (a careful secretary files only the PDF as the report; not covered by dev, "
              "where every non-decoy attachment was report content). Arabic names of the president and field staff "
              "in the French text, none proposed as a speaker."))


def m17():
    # Palestinian community centre in a Lebanese camp, shared Gmail; Arabic PDF name; English signature
    when = at("2021-02-11 17:25:40")
    sent = sent_at(when, 2, 6)
    text = """تحية طيبة وبعد،

يسعدنا في مركز الجليل المجتمعي أن نرسل إليكم تقريرنا الطوعي حول الاتفاق العالمي من أجل الهجرة الآمنة والمنظمة والنظامية، وهو يتناول أوضاع اللاجئين الفلسطينيين المهجّرين من سوريا إلى لبنان، ولا سيما في مخيمي عين الحلوة والمية ومية.

التقرير مرفق بصيغة PDF. نرجو إعلامنا في حال واجهتم أي مشكلة في فتح الملف.

مع الشكر والتقدير،
فريق المركز

--
Galilee Community Center
Ein El Hilweh Camp - Saida, Lebanon
galilee.cc.lb@gmail.example.com
"""
    main_, sig = text.split("\n--\n")
    html = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"></head><body>'
            '<div dir="rtl">' + text2html(main_) + '</div><div><br>-- <br><div dir="ltr" class="gmail_signature">'
            + "<br>".join(esc(x) for x in sig.strip().split("\n")) + "</div></div></body></html>\n")
    fname = "تقرير مركز الجليل - الاتفاق العالمي للهجرة 2021.pdf"
    pdf = rep_pdf("Galilee Community Center - voluntary GCM report (Arabic)", "Ein El Hilweh, Lebanon",
                  ["Palestinian refugees from Syria", "Documentation and legal stay", "Recommendations"])
    body = multi("mixed", [alt(text, "000000000000c2d9e805bb1f0a71", html=html, b64=True),
                           attach("application/pdf", pdf, fname)], "000000000000c2d9ea05bb1f0a73")
    subj = "التقرير الطوعي - مركز الجليل المجتمعي"
    m = mk(when, sent, "mail-wr1-f52.google.example.com", "209.85.221.52", "4Dc2Jk7Tb4z0",
           "Galilee CC <galilee.cc.lb@gmail.example.com>", hdr(subj),
           "<CAJr2+Tq8Wb5Lm0Xk3Ze7Pn1Ys9Uc4Hf6Dg2Va0Ro@mail.gmail.example.com>", body)
    add(17, when, m, dict(category="voluntary_report", language="ar", acknowledge=True, on_time=True,
        report_attachments=[fname],
        notes="formal Arabic body signed 'فريق المركز', English-only signature and display name; Arabic PDF name "
              "with spaces and a hyphen (RFC 2231 filename*, RFC 2047 name); shared community Gmail."))


def m18():
    # IRNN thanks for the acknowledgement of h185-05: nothing new
    when = at("2021-02-12 09:03:14")
    sent = sent_at(when, 3, 4)
    ack_id = "<ack.4DRx3G5m0Kz8@gcmrrarabstates.iom.int>"
    text = """Dear colleagues,

Thank you for the confirmation. Our members were happy to hear that the report has been registered, and we look forward to the conference.

Kind regards,

IRNN Secretariat
Iraq Refugee and IDP NGO Network

________________________________
From: GCM Regional Review Arab States <gcmrrarabstates@iom.int>
Sent: Friday, January 29, 2021 2:03 PM
To: IRNN Secretariat <secretariat@irnn-iq.example.org>
Subject: Acknowledgement of receipt - IRNN collective voluntary report - GCM Regional Review

Dear IRNN Secretariat,

Thank you for your message. Your voluntary GCM review report (IRNN_Collective_Voluntary_GCM_Report_Jan2021.pdf) has been received and registered for the Regional Review of the Global Compact for Migration in the Arab region.

GCM Regional Review Secretariat
"""
    body = alt(text, "_000_VI1PR06MB44301A2B3C4D5E6F7_")
    subj = "RE: Acknowledgement of receipt - IRNN collective voluntary report - GCM Regional Review"
    m = mk(when, sent, "mail-vi1eur06on0107.outbound.protection.outlook.example.com", "40.107.4.107",
           "4DcQ1m8Vp6z4", "IRNN Secretariat <secretariat@irnn-iq.example.org>", subj,
           "<VI1PR06MB44301A2B3C4D5E6F7@VI1PR06MB4430.eurprd06.prod.outlook.example.com>", body,
           extra=[("In-Reply-To", ack_id), ("References", "%s %s" % (M05_ID, ack_id))]
           + outlook("Acknowledgement of receipt - IRNN collective voluntary report - GCM Regional Review",
                     "AQHW9hN2b5e0Lx4kRZ2yPdQ8mT1cVwJk2B"))
    add(18, when, m, dict(category="other", language="en", acknowledge=False, on_time=None, thread_of="h185-05.eml",
        notes="thank-you reply to our acknowledgement of h185-05 (References name it): adds nothing new, no "
              "acknowledgement (LABELS.md); the quoted acknowledgement names the report file, but nothing is "
              "attached or submitted again."))


def m19():
    # Lebanese association for Iraqi refugees, Thunderbird plain text: PDF report (on time) + late speaker
    when = at("2021-02-12 15:50:00")
    sent = sent_at(when, 2, 5)
    text = """Bonjour,

L'Association Karama pour les Réfugiés Irakiens au Liban (AKRIL) vous transmet en pièce jointe son rapport volontaire sur la mise en œuvre du Pacte mondial.

Par la même occasion, et même si nous savons que le délai pour les intervenants est passé, nous aimerions proposer notre directrice, Mme Zeinab Al-Moussawi, pour une intervention dans la table ronde thématique 4 (ou, à défaut, la table ronde 2). Elle suit depuis 2015 les dossiers de réinstallation des familles irakiennes chrétiennes et yézidies à Beyrouth.

Merci de votre compréhension.

Cordialement,

--
Joseph Yacoub
Chargé de communication
AKRIL
Sad el Bauchrieh, Metn
"""
    fname = "AKRIL_rapport_volontaire_PMM.pdf"
    pdf = rep_pdf("Rapport volontaire AKRIL", "Association Karama pour les Refugies Irakiens au Liban",
                  ["Reinstallation", "Acces au travail", "Recommandations"])
    body = multi("mixed", [leaf("text/plain", flowed(text), "utf-8", "8bit", params=[("format", "flowed")]),
                           attach("application/pdf", pdf, fname)], "------------A1B2C3D4E5F60718293A4B5C")
    m = mk(when, sent, "smtp.akril.example.org.lb", "91.197.32.14", "4DcfT2q9Lx3z7",
           "AKRIL <info@akril.example.org.lb>", hdr("Rapport volontaire + proposition d'intervenante (AKRIL)", enc="Q"),
           "<5b8e2c1d-7f3a-4e90-b6c4-1a2d3e4f5a6b@akril.example.org.lb>", body,
           extra=[("User-Agent", "Mozilla/5.0 (X11; Linux x86_64; rv:78.0) Gecko/20100101 Thunderbird/78.7.0"),
                  ("Content-Language", "fr")])
    add(19, when, m, dict(category="both", language="fr", acknowledge=True, on_time=False, speakers=[
        sp("Zeinab Al-Moussawi", "Directrice", "Association Karama pour les Réfugiés Irakiens au Liban (AKRIL)",
           ["roundtable"], 4)],
        report_attachments=[fname],
        notes="both, received 12 February: the report part is on time but the speaker part is late (the sender "
              "says so), so on_time is false; speaker in prose ('notre directrice, Mme ...', 'Mme' dropped, title "
              "'Directrice'); 'table ronde thématique 4 (ou, à défaut, la table ronde 2)': first choice 4; the "
              "sender (communication officer) is not the speaker; format=flowed 8bit."))


def m20():
    # HBOR sends a revised report replying to its own h185-08, iPhone
    when = at("2021-02-13 13:10:30")
    sent = sent_at(when, 3, 7)
    text = """مرحباً،
نرسل لكم النسخة المعدّلة من تقريرنا بعد ملاحظات الشركاء في دهوك وزاخو، يرجى اعتمادها بدلاً من النسخة السابقة. الترشيح كما هو بدون تغيير.

شكراً

Layla Sabri | Programme Officer
HBOR

Sent from my iPhone

> On 3 Feb 2021, at 1:11 pm, Layla Sabri <programmes@hbor-iq.example.org> wrote:
>
> السلام عليكم
>
> مرفق طيه التقرير الطوعي لمنظمتنا حول تنفيذ الاتفاق العالمي للهجرة، أعددناه بعد جلسات مع لاجئين سوريين ونازحين إيزيديين في مخيمات دهوك.
>
> كما نود ترشيح المدير التنفيذي لمنظمتنا، السيد شفان عبد الكريم، ليكون مقرراً يقدّم الرسائل الرئيسية لأصحاب المصلحة في المؤتمر.
"""
    fname = "HBOR_GCM_voluntary_report_2021_v2.docx"
    doc = make_docx(["Hope Bridge Organization for Refugees (HBOR)", "Voluntary GCM review report 2021 - revised",
                     "1. Context: camps in Duhok and Zakho", "2. Objective 7 and 15", "3. Recommendations (revised)"])
    body = multi("mixed", [leaf("text/plain", text, "utf-8", "quoted-printable"), attach(DOCX, doc, fname)],
                 "Apple-Mail-9E8D7C6B-5A4F-4E3D-8C2B-1A0F9E8D7C6B")
    subj = "Re: التقرير الطوعي + ترشيح مقرر"
    m = mk(when, sent, "mail.hbor-iq.example.org", "37.236.18.77", "4DdK0w5Rs1z2",
           "Layla Sabri <programmes@hbor-iq.example.org>", re_hdr("Re: ", "التقرير الطوعي + ترشيح مقرر"),
           "<F1E2D3C4-B5A6-4978-8B6A-5C4D3E2F1A0B@hbor-iq.example.org>", body,
           extra=[("In-Reply-To", M08_ID), ("References", M08_ID), ("X-Mailer", "iPhone Mail (18D52)")])
    add(20, when, m, dict(category="voluntary_report", language="ar", acknowledge=True, on_time=True,
        report_attachments=[fname], thread_of="h185-08.eml",
        notes="revised report (v2) replacing the DOCX of h185-08, as a reply (In-Reply-To set), on time; 'the "
              "nomination is unchanged' ('الترشيح كما هو'): the quoted original still holds the rapporteur "
              "request, but no speaker is proposed anew, so voluntary_report with no speakers."))


def m21():
    # French NGO mission in Erbil, colleague writes from the shared phone on behalf of the doctor; late rapporteur
    when = at("2021-02-14 10:40:00")
    sent = sent_at(when, 3, 6)
    text = """Bonjour,

Je vous écris de la part du Dr Hussein Ali Qader, responsable santé mentale de notre mission à Erbil, qui souhaiterait être l'un des rapporteurs chargés de présenter les messages clés des parties prenantes. Il parle arabe, kurde, anglais et français.

Nous savons que nous sommes en retard, veuillez nous en excuser : la mission a été fermée deux semaines à cause du confinement.

Cordialement,
Claire pour l'équipe ASM Erbil
Solidarité Mésopotamie (ASM) – Mission Irak

Envoyé de mon iPhone
"""
    body = leaf("text/plain", text, "utf-8", "quoted-printable")
    m = mk(when, sent, "mail-yw1-f171.google.example.com", "209.85.128.171", "4DdlS3x7Ph0z",
           "ASM Erbil <asm.erbil.mission@gmail.example.com>", "Rapporteur - ASM Erbil",
           "<9C0F5E7A-1D2B-4C3E-A4F5-B6C7D8E9F0A1@gmail.example.com>", body,
           extra=[("X-Mailer", "iPhone Mail (18D52)")])
    add(21, when, m, dict(category="speaker_request", language="fr", acknowledge=True, on_time=False, speakers=[
        sp("Hussein Ali Qader", "responsable santé mentale", "Solidarité Mésopotamie (ASM)",
           ["rapporteur"])],
        notes="LATE (14 February) and says so; written 'de la part du Dr ...' by a colleague signing with a first "
              "name only, from the mission's shared Gmail on a phone; 'Dr' dropped; title recorded as 'responsable "
              "santé mentale' (lower case as written): 'de notre mission à Erbil' names the organisation's office "
              "and city, not a unit of the title (like 'Directeur exécutif du CERL' in h185-12; not covered by "
              "dev); affiliation from the signature, '– Mission Irak' (the country "
              "office) not part of it."))


def m22():
    # Baghdad women's association, Yahoo, plain text; PDF with spaces in the name; Arabic org name in signature
    when = at("2021-02-15 12:20:00")
    sent = sent_at(when, 3, 9)
    text = """Dear GCM team,

Please find attached the voluntary report of Al-Nahrain Relief Association for the GCM regional review. It is short (6 pages) because we are a small volunteer group, but it documents 38 cases of returnee women from camps in Anbar and Salah al-Din without civil documents.

Best,
Sarah Kadhim
Volunteer coordinator
Al-Nahrain Relief Association
جمعية النهرين للإغاثة - بغداد
"""
    fname = "ANRA GCM report Feb 2021.pdf"
    pdf = rep_pdf("Al-Nahrain Relief Association - voluntary GCM report", "Baghdad, February 2021",
                  ["Returnee women without civil documentation", "38 case summaries", "Recommendations"])
    body = multi("mixed", [leaf("text/plain", text, "utf-8", "quoted-printable"),
                           attach("application/pdf", pdf, fname)], "----=_Part_1184302_947213.1613384391551")
    m = mk(when, sent, "sonic301-21.consmr.mail.ir2.yahoo.example.com", "77.238.176.98", "4DfD9j2Wn5z1",
           "Sarah Kadhim <sarah_kadhim88@yahoo.example.com>", "ANRA voluntary report",
           "<1184302.947213.1613384391551@mail.yahoo.example.com>", body,
           extra=[("X-Mailer", "WebService/1.1.17712 YMailNorrin")])
    add(22, when, m, dict(category="voluntary_report", language="en", acknowledge=True, on_time=True,
        report_attachments=[fname],
        notes="Yahoo plain text; personal address of a volunteer; file name with spaces; signature ends with the "
              "organisation's Arabic name and city (mixed script)."))


def m23():
    # AED (h185-04) decides not to send a report; asks how to follow the consultation as observers
    when = at("2021-02-15 16:05:00")
    sent = sent_at(when, 2, 4)
    text = """Bonjour,

Suite à nos échanges internes, l'AED ne déposera finalement pas de rapport cette année : les comités des camps n'ont pas pu se réunir à cause des restrictions sanitaires.

Nous souhaiterions toutefois suivre la consultation du 23 février et la conférence en tant qu'observateurs (deux personnes, sans prise de parole). Comment pouvons-nous obtenir le lien de connexion ? Une interprétation en français est-elle prévue ?

Merci d'avance et bonne journée,

Maya Khoury-Saadé
Secrétariat
Association Entraide et Dignité (AED) – Tripoli, Liban
"""
    body = leaf("text/plain", text, "utf-8", "quoted-printable")
    m = mk(when, sent, "webmail.aed-liban.example.org", "94.187.12.40", "4DfK2s6Ym8z3",
           "AED Tripoli <contact@aed-liban.example.org>", hdr("Participation en tant qu'observateurs", enc="Q"),
           "<8f14e45fceea167a5a36@webmail.aed-liban.example.org>", body,
           extra=[("User-Agent", "Roundcube Webmail/1.4.9")])
    add(23, when, m, dict(category="other", language="fr", acknowledge=True, on_time=None,
        notes="logistics question (link, interpretation) from the sender of h185-04, as a new message; says no "
              "report will be sent and asks to attend 'sans prise de parole': neither a report nor a speaker "
              "request; thread_of null since h185-04 was a question, not a submission."))


def m24():
    # Kirkuk association, phone, PDF report received 17 Feb 00:20 Beirut (01:20 in Iraq): late
    when = at("2021-02-17 00:20:15")
    sent = sent_at(when, 3, 10)
    text = """السلام عليكم ورحمة الله
نرفق لكم تقرير جمعيتنا الطوعي، نأمل أن يصلكم قبل انتهاء المهلة، وعذراً على التأخير بسبب انقطاع الكهرباء.

جمعية بيت السلام للاجئين والنازحين - كركوك

Sent from Yahoo Mail for Android
"""
    fname = "report_final.pdf"
    pdf = rep_pdf("Bayt Al-Salam Association - voluntary GCM report", "Kirkuk, Iraq",
                  ["Displacement in Kirkuk governorate", "Access to services", "Recommendations"])
    body = multi("mixed", [alt(text, "----=_Part_2210457_1183.1613514014872", html=lines_html(text, "rtl")),
                           attach("application/pdf", pdf, fname)], "----=_Part_2210456_1182.1613514014871")
    m = mk(when, sent, "sonic317-20.consmr.mail.ir2.yahoo.example.com", "77.238.177.145", "4DgC7v1Qz4z6",
           addr("بيت السلام", "baytalsalam.kirkuk@yahoo.example.com"), hdr("التقرير الطوعي"),
           "<2210457.1183.1613514014872@mail.yahoo.example.com>", body,
           extra=[("X-Mailer", "WebService/1.1.17712 YMailNodin")])
    add(24, when, m, dict(category="voluntary_report", language="ar", acknowledge=True, on_time=False,
        report_attachments=[fname],
        notes="LATE: Date header Wed 17 Feb 01:20 +0300 and received 00:20:15 on 17 February Beirut time, 20 minutes "
              "after the report deadline; the text hopes it arrives 'before the deadline' and apologises; generic "
              "file name; organisation and city only as the signature line; Yahoo for Android."))


def main():
    for f in (m01, m02, m03, m04, m05, m06, m07, m08, m09, m10, m11, m12, m13, m14, m15, m16, m17, m18, m19,
              m20, m21, m22, m23, m24):
        f()
    SET.write()


if __name__ == "__main__":
    main()
