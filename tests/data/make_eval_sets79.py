#!/usr/bin/env python3
"""Write the blind evaluation set holdout79 (24 raw .eml messages + labels.json).

Deterministic, standard library only:  python3 tests/data/make_eval_sets79.py
Theme: government bodies and official delegations (ministries of labour, interior and foreign affairs,
national committees on migration, parliament committees, embassies: Iraq, Jordan, Lebanon, Libya, Yemen,
Morocco, Bahrain).
"""
import base64
import datetime as dt
import json
import os
import re
from email.message import Message
from mailgen import (HERE, POL, rfcdate, at, tz, hdr, re_hdr, addr, leaf, multi,
                     html_wrap, esc, text2html, flowed, make_pdf, make_docx, make_png, DOCX,
                     rfc2231, b_word, top, serialize, sp, std_rows)

OUT = os.path.join(HERE, "holdout79")


# ---------------------------------------------------------------- message assembly


MESSAGES = []


def add(num, when, msg, label):
    fname = "h79-%02d.eml" % num
    lab = {"file": fname, "received_at": when.isoformat()}
    lab.update(label)
    full = {k: lab.get(k) for k in ["file", "received_at", "category", "language", "acknowledge", "on_time",
                                    "speakers", "report_attachments", "thread_of", "notes"]}
    for k, default in (("speakers", []), ("report_attachments", []), ("thread_of", None)):
        if full[k] is None and default is not None:
            full[k] = default
    MESSAGES.append((fname, serialize(msg), full))


# ================================================================ set-79 helpers
INVITE_ID = "<DB8PR04MB66014E2A9C7B1D3F0A5E8C21B9C40@DB8PR04MB6601.eurprd04.prod.outlook.example.com>"
INVITE_SUBJ = "Invitation: Regional Review of the GCM in the Arab region - 23-25 February 2021"


def mail(num, when, off, frm, subj, mid, body, label, extra=(), cc=None, delay=30, irt=None, refs=None,
         host=None, ret=None):
    sent = when - dt.timedelta(seconds=delay)
    email_addr = re.search(r"[\w.+-]+@[\w.-]+", frm if isinstance(frm, str) else str(frm)).group(0) \
        if ret is None else ret
    dom = email_addr.split("@")[1]
    h = host or "mail." + dom
    rows = std_rows(when, h, "198.51.100.%d" % (20 + num * 7), "4D%02dK%dq%04dZ" % (num, num % 7, 1000 + num * 37),
                    frm, subj, rfcdate(tz(sent, off)), mid, ret=email_addr)
    i = [k for k, _ in rows].index("To") + 1
    if cc:
        rows.insert(i, ("Cc", cc))
    if irt:
        rows.append(("In-Reply-To", irt))
    if refs:
        rows.append(("References", refs))
    for k, v in extra:
        if k == "Thread-Index":  # one per message, derived from the Message-ID
            v = base64.b64encode(b"\x01\xd6" + bytes(ord(c) % 256 for c in mid[1:21])).decode("ascii")
        rows.append((k, v))
    m = top(body, rows)
    add(num, when, m, label)


def attach(ctype, data, name, disp="attachment", style="plain", extra=None):
    """style: plain = name="x"; 2231 = filename*=utf-8''..., name as RFC 2047 B word."""
    a = Message(policy=POL)
    if style == "2231":
        a["Content-Type"] = '%s;\r\n name="%s"' % (ctype, b_word(name))
        a["Content-Disposition"] = "%s;\r\n filename*=%s" % (disp, rfc2231(name))
    elif style == "2047":
        a["Content-Type"] = '%s;\r\n name="%s"' % (ctype, b_word(name))
        a["Content-Disposition"] = '%s;\r\n filename="%s"' % (disp, b_word(name))
    else:
        a["Content-Type"] = '%s;\r\n name="%s"' % (ctype, name)
        a["Content-Disposition"] = '%s;\r\n filename="%s"' % (disp, name)
    a["Content-Transfer-Encoding"] = "base64"
    for k, v in (extra or []):
        a[k] = v
    a.set_payload(base64.encodebytes(data).decode("ascii"))
    return a


def alt(text, charset="utf-8", cte="quoted-printable", boundary="b", html=None, dir_=None):
    h = html if html is not None else html_wrap(text2html(text) if not dir_ else
                                                 '<div dir="rtl">' + text2html(text) + "</div>", dir_, charset)
    return multi("alternative", [leaf("text/plain", text, charset, cte), leaf("text/html", h, charset, cte)],
                 boundary)


OUTLOOK = [("X-Mailer", "Microsoft Outlook 16.0"), ("Thread-Index", "AdbxQ2k7Lr0pZ9m4T1eRb2VxYw8s3A==")]
GMAIL_UA = []
TBIRD = [("User-Agent", "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:78.0) Gecko/20100101 Thunderbird/78.7.1")]
IPHONE = [("X-Mailer", "iPhone Mail (18D52)")]


# ================================================================ the 24 messages
def m01():
    when = at("2021-01-27 10:20:14")
    text = """Dear Colleagues,

With reference to the invitation of the Regional United Nations Network on Migration to the Regional Review of the Global Compact for Safe, Orderly and Regular Migration in the Arab region, the Ministry of Labour of the Hashemite Kingdom of Jordan is pleased to inform you that the Jordanian delegation to the Regional Review Conference (24-25 February 2021) will be composed as follows:

1. H.E. Eng. Haitham Al-Najjar, Secretary General, Ministry of Labour - Head of Delegation
2. Ms. Rasha Al-Qudah, Director, Migrant Workers Directorate - Member
3. Mr. Fadi Hourani, Head of International Cooperation Section - Alternate

The Head of Delegation would like to deliver the national statement of Jordan during the plenary session. The Member and the Alternate will follow the roundtables and are available should the organisers need additional governmental speakers.

Kindly address all correspondence to the undersigned, with copy to the International Cooperation Section.

Best regards,

Dana Khasawneh
International Cooperation Section
Ministry of Labour | Amman - Jordan
Tel: +962 6 5802666 ext. 214
"""
    body = alt(text, "utf-8", "quoted-printable", "_000_AM6PR10MB2854A1C7D3E0F4B9A6E2AM6PR10MB2854EURP_")
    aff = "Ministry of Labour of the Hashemite Kingdom of Jordan"
    mail(1, when, 2, "Dana Khasawneh <d.khasawneh@mol.example.gov.jo>",
         "Jordan - Composition of the Delegation - GCM Regional Review Conference",
         "<AM6PR10MB2854A1C7D3E0F4B9A6E2@AM6PR10MB2854.EURPRD10.PROD.OUTLOOK.example.com>", body,
         dict(category="speaker_request", language="en", acknowledge=True, on_time=True, speakers=[
             sp("Haitham Al-Najjar", "Secretary General", aff, ["plenary"]),
             sp("Rasha Al-Qudah", "Director, Migrant Workers Directorate", aff, []),
             sp("Fadi Hourani", "Head of International Cooperation Section", aff, [])],
             notes="delegation of three (head, member, alternate) in a numbered list; only the Head of Delegation "
                   "asks for a role (plenary, 'national statement'); member and alternate are listed as possible "
                   "speakers without a stated role; 'Head of Delegation' is a delegation function, not the title; "
                   "honorifics 'H.E. Eng.' stripped; affiliation written in full only in the intro sentence; "
                   "sender (signature) is not a speaker."),
         cc="ICS <ics@mol.example.gov.jo>", extra=OUTLOOK + [("Content-Language", "en-US")])


def m02():
    when = at("2021-01-28 12:05:33")
    text = """جمهورية العراق
وزارة العمل والشؤون الاجتماعية
دائرة العلاقات والتعاون الدولي
العدد: ع.د/ 2/ 1147
التاريخ: 2021/1/27

إلى / الشبكة الإقليمية للأمم المتحدة المعنية بالهجرة في المنطقة العربية
م / ترشيح

تحية طيبة وبعد...

إشارة إلى كتاب دعوتكم الخاص بالمراجعة الإقليمية للاتفاق العالمي من أجل الهجرة الآمنة والمنظمة والنظامية في المنطقة العربية، يسرّنا إعلامكم بترشيح سعادة الدكتور عبد الكريم جاسم الساعدي، وكيل وزارة العمل والشؤون الاجتماعية لشؤون العمل والضمان الاجتماعي ورئيس اللجنة الوطنية لتنظيم العمالة الوافدة، لإلقاء مداخلة في المائدة المستديرة المواضيعية الثالثة ضمن أعمال المؤتمر يومي 24 و25 شباط 2021.

للتفضل بالاطلاع وإعلامنا... مع وافر التقدير.

المدير العام
دائرة العلاقات والتعاون الدولي

نسخة منه إلى:
- مكتب السيد الوزير
- مكتب السيد الوكيل / للتفضل بالاطلاع
- الصادرة
"""
    html = html_wrap('<div dir="rtl" style="font-family:\'Simplified Arabic\';font-size:14pt">'
                     + text2html(text) + "</div>", "rtl", "windows-1256")
    body = multi("alternative", [leaf("text/plain", text, "windows-1256", "quoted-printable"),
                                 leaf("text/html", html, "windows-1256", "quoted-printable")],
                 "----=_NextPart_000_0031_01D6F4C2.7E9A1B20")
    mail(2, when, 3, addr("دائرة العلاقات والتعاون الدولي", "irc@molsa.example.gov.iq", "windows-1256"),
         hdr("ترشيح – المراجعة الإقليمية للاتفاق العالمي للهجرة", "windows-1256"), M02_ID, body,
         dict(category="speaker_request", language="ar", acknowledge=True, on_time=True, speakers=[
             sp("عبد الكريم جاسم الساعدي",
                "وكيل وزارة العمل والشؤون الاجتماعية لشؤون العمل والضمان الاجتماعي ورئيس اللجنة الوطنية لتنظيم العمالة الوافدة",
                "وزارة العمل والشؤون الاجتماعية", ["roundtable"], 3)],
             notes="formal Iraqi ministry letter (letterhead, reference number 'العدد', date line, 'تحية طيبة وبعد', "
                   "copy list); speaker introduced as 'سعادة الدكتور ...' (both honorifics stripped) with a very "
                   "long double title that itself contains the ministry name; affiliation only in the letterhead; "
                   "roundtable as ordinal 'الثالثة'; windows-1256 QP text+HTML; sender is an office, signed by "
                   "'المدير العام' without a name; 'مكتب السيد الوزير' in the copy list is not a speaker."),
         extra=OUTLOOK + [("Content-Language", "ar-iq")])


M02_ID = "<003101d6f4c2$7e9a1b20$7bcf5160$@molsa.example.gov.iq>"
M03_ID = "<PR3P193MB08714F2C9E5A3B1D7C6E0A4BB9C20@PR3P193MB0871.EURP193.PROD.OUTLOOK.example.com>"
MA_MFA = "Ministère des Affaires Étrangères, de la Coopération Africaine et des Marocains Résidant à l'Étranger"


def m03():
    when = at("2021-01-29 11:30:02")
    text = """AMBASSADE DU ROYAUME DU MAROC
BEYROUTH

N° 047/2021

L'Ambassade du Royaume du Maroc à Beyrouth présente ses compliments au Réseau régional des Nations Unies sur les migrations pour la région arabe et, se référant à sa lettre d'invitation relative à l'Examen régional du Pacte mondial pour des migrations sûres, ordonnées et régulières, a l'honneur de lui faire savoir que M. Abdelkrim Tazi, Directeur des Affaires Consulaires et Sociales au %s, prendra la parole lors de la session plénière de la Conférence d'examen régional, les 24 et 25 février 2021.

L'Ambassade du Royaume du Maroc saisit cette occasion pour renouveler au Réseau régional des Nations Unies sur les migrations les assurances de sa haute considération.

Beyrouth, le 29 janvier 2021

(Copie de la Note Verbale signée en pièce jointe)
""" % MA_MFA
    pdf = make_pdf(["AMBASSADE DU ROYAUME DU MAROC - BEYROUTH", "Note Verbale N. 047/2021",
                    "L'Ambassade du Royaume du Maroc a Beyrouth presente ses compliments au Reseau regional",
                    "des Nations Unies sur les migrations ... M. Abdelkrim Tazi ... session pleniere.",
                    "[cachet et paraphe]"])
    body = multi("mixed", [alt(text, "iso-8859-1", "quoted-printable", "_000_PR3P193MB0871ALT_"),
                           attach("application/pdf", pdf, "NV 047-2021 OIM.pdf")],
                 "_004_PR3P193MB08714F2C9E5A3B1D7C6E0A4BB9C20PR3P193MB0871EURP_")
    mail(3, when, 2, addr("Ambassade du Maroc - Beyrouth", "ambmaroc.beyrouth@maec.example.gov.ma"),
         hdr("Note Verbale N° 047/2021 - Examen régional du Pacte mondial sur les migrations", "iso-8859-1", "Q"),
         M03_ID, body,
         dict(category="speaker_request", language="fr", acknowledge=True, on_time=True, speakers=[
             sp("Abdelkrim Tazi", "Directeur des Affaires Consulaires et Sociales", MA_MFA, ["plenary"])],
             notes="diplomatic note verbale in the third person ('présente ses compliments ... a l'honneur de lui "
                   "faire savoir'); the sender is the Embassy in Beirut but the speaker's affiliation is the "
                   "ministry named after 'au'; the attached PDF is a scan of the note verbale, NOT a voluntary "
                   "report; ISO-8859-1 QP text+HTML, Q-encoded subject with 'N°'. Replaced by h79-10."),
         extra=OUTLOOK + [("Content-Language", "fr-FR")])


def m04():
    when = at("2021-02-01 09:45:50")
    text = """Dear Sir / Madam,

Greetings from the Ministry of Foreign Affairs and Emigrants of Lebanon.

We have received the invitation to the Regional Review of the GCM in the Arab region with thanks. Before we send the names of our delegation, we would appreciate a clarification on one point: the letter invites "stakeholders" to take part in the open discussion of the Multi-Stakeholder Consultation on 23 February. Does this include Member States? In other words, may government representatives take the floor during the consultation, or is the 23rd reserved for civil society, trade unions, academia etc. with governments speaking only at the Conference on 24-25 February?

Your guidance would be highly appreciated so that we can plan accordingly.

With best regards,

Rami Nasrallah
Counsellor
Directorate of International Organizations, Conferences and Cultural Relations
Ministry of Foreign Affairs and Emigrants
Beirut, Lebanon
"""
    body = alt(text, "us-ascii", "7bit", "_000_VI1PR0602MB3456B7E1A2C3D4E5F6A7VI1PR0602MB3456eurp_")
    mail(4, when, 2, "Rami Nasrallah <r.nasrallah@mfa.example.gov.lb>",
         "Query - participation of Member States in the Multi-Stakeholder Consultation (23 Feb)",
         "<VI1PR0602MB3456B7E1A2C3D4E5F6A7@VI1PR0602MB3456.eurprd06.prod.outlook.example.com>", body,
         dict(category="other", language="en", acknowledge=True, on_time=None,
              notes="question whether governments may take the floor in the stakeholder consultation; mentions "
                    "the open discussion, delegation and dates but proposes no speaker yet; signature has a "
                    "name/title/affiliation block that must not become a speaker."),
         extra=OUTLOOK)


def m05():
    when = at("2021-02-02 14:10:27")
    text = """السلام عليكم ورحمة الله

بخصوص المراجعة الإقليمية متع الاتفاق العالمي للهجرة، نبو نشاركو بكلمة في الجلسة العامة يوم 24 فبراير، الكلمة حنقدمها أنا شخصياً. بياناتي في التوقيع تحت.
لو فيه أي حاجة ناقصة كلموني على الواتساب 00218 91 xxx xxxx

تحياتي

--
عقيد/ سالم مفتاح الورفلي
مدير مكتب التعاون الدولي
جهاز مكافحة الهجرة غير الشرعية - وزارة الداخلية
طرابلس - ليبيا
"""
    html = '<div dir="rtl">' + text2html(text) + "</div>\n"
    body = alt(text, "UTF-8", "base64", "000000000000f1a2b305ba4c7d21", html=html)
    mail(5, when, 2, addr("سالم الورفلي", "salem.warfalli.dcim@gmail.example.com"),
         hdr("مشاركة جهاز مكافحة الهجرة غير الشرعية"),
         "<CAJx7pQm2Lr9sT4vW1yZ3bC5dF7hJ9kM1nP3qR5tV7xZ9aB@mail.gmail.example.com>", body,
         dict(category="speaker_request", language="ar", acknowledge=True, on_time=True, speakers=[
             sp("سالم مفتاح الورفلي", "مدير مكتب التعاون الدولي",
                "جهاز مكافحة الهجرة غير الشرعية - وزارة الداخلية", ["plenary"])],
             notes="Libyan colloquial ('متع', 'نبو نشاركو', 'حنقدمها'); the sender is the speaker and points to "
                   "his signature; military rank 'عقيد/' before the name is not part of the name; agency and "
                   "ministry joined by a dash in the signature; personal Gmail address; base64 text+HTML; "
                   "'الجلسة العامة' = plenary."),
         host="mail-ej1-f41.google.example.com")


def m06():
    when = at("2021-02-02 17:25:08")
    rows = [("Col.", "Nadim Abou Jaoudé", "Chef du Bureau des Affaires des Étrangers", "Table ronde thématique n°4"),
            ("Cdt.", "Rita Saad", "Chef de la Section des Relations Internationales",
             "Discussion ouverte de la consultation multipartite (23/02)")]
    tr = "".join("<tr>" + "".join('<td style="border:1px solid #999;padding:4px">%s</td>' % esc(c) for c in r)
                 + "</tr>\n" for r in rows)
    html = html_wrap("""<p>Bonjour,</p>
<p>Suite à votre invitation à l'Examen régional du Pacte mondial sur les migrations, la Direction Générale de la Sûreté Générale (DGSG) du Liban souhaiterait proposer les intervenants ci-dessous :</p>
<table style="border-collapse:collapse">
<tr><th style="border:1px solid #999">Grade</th><th style="border:1px solid #999">Nom</th><th style="border:1px solid #999">Fonction</th><th style="border:1px solid #999">Session souhaitée</th></tr>
%s</table>
<p>Merci de nous confirmer la réception svp, et de nous envoyer les détails techniques (lien, horaires) dès que possible.</p>
<p>Cordialement,<br>
Bureau des Relations Publiques<br>
Direction Générale de la Sûreté Générale<br>
Beyrouth – Liban</p>
""" % tr, None, "utf-8")
    body = leaf("text/html", html, "utf-8", "quoted-printable")
    aff = "Direction Générale de la Sûreté Générale (DGSG)"
    mail(6, when, 2, addr("DGSG Relations Publiques", "rp@dgsg.example.gov.lb"),
         "Intervenants DGSG - Examen régional PMM",
         "<1612279508.4471.dgsg-webmail@dgsg.example.gov.lb>", body,
         dict(category="speaker_request", language="fr", acknowledge=True, on_time=True, speakers=[
             sp("Nadim Abou Jaoudé", "Chef du Bureau des Affaires des Étrangers", aff, ["roundtable"], 4),
             sp("Rita Saad", "Chef de la Section des Relations Internationales", aff, ["open_discussion"])],
             notes="HTML-only message with a table (grade / nom / fonction / session); military ranks in their own "
                   "column; affiliation only in the intro sentence ('... (DGSG) du Liban'); one speaker for "
                   "roundtable 4 ('n°4'), one for the open discussion of the consultation; sender is an office."),
         extra=[("User-Agent", "Roundcube Webmail/1.4.9")])


def m07():
    when = at("2021-02-03 08:02:11")
    text = """شكراً لتواصلكم مع إدارة المنظمات الدولية بوزارة الخارجية - مملكة البحرين.
تم استلام رسالتكم، وسيتم التعامل معها في أقرب وقت ممكن. يرجى عدم الرد على هذه الرسالة.

Thank you for contacting the International Organizations Directorate, Ministry of Foreign Affairs - Kingdom of Bahrain.
Your message has been received and will be dealt with as soon as possible. Please do not reply to this message.
"""
    body = leaf("text/plain", text, "utf-8", "base64")
    mail(7, when, 3, addr("إدارة المنظمات الدولية", "io.directorate@mofa.example.gov.bh"),
         re_hdr("Automatic reply: ", INVITE_SUBJ.replace("Invitation: ", "")),
         "<e1b7c4d2a9f04e3b8c6d5a1f2e3d4c5b@EXCH02.mofa.example.gov.bh>", body,
         dict(category="auto_reply", language="ar", acknowledge=False, on_time=None,
              notes="Exchange auto-reply of a ministry to the invitation mailing; bilingual Arabic then English "
                    "(Arabic first, so ar); Auto-Submitted and X-Auto-Response-Suppress headers; 'Automatic reply:' "
                    "subject; must not be acknowledged."),
         irt=INVITE_ID, refs=INVITE_ID, delay=2,
         extra=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All"),
                ("X-MS-Exchange-Inbox-Rules-Loop", "io.directorate@mofa.example.gov.bh")])


def m08():
    when = at("2021-02-03 15:40:44")
    aff = ("Ministère Délégué auprès du Ministre des Affaires Étrangères, de la Coopération Africaine et des "
           "Marocains Résidant à l'Étranger, chargé des Marocains Résidant à l'Étranger (MDCMRE)")
    text = """Salam,

Suite à la lettre d'invitation du Réseau régional, veuillez trouver ci-joint le rapport volontaire du Royaume du Maroc sur la mise en oeuvre du PMM, préparé par le %s en concertation avec les départements concernés.

Par ailleurs notre département souhaite intervenir dans la table ronde thématique N°1. L'intervenant sera:
Mr Youssef Amrani El Hassani - Directeur de la Coopération et de la Promotion Économique

On reste à votre disposition pour tout complément d'info.

Bien à vous

Khadija Bennani
Cheffe de service - Organisations internationales
MDCMRE - Rabat
""" % aff
    pdf = make_pdf(["ROYAUME DU MAROC", "Rapport volontaire national - Pacte mondial pour des migrations",
                    "sures, ordonnees et regulieres (PMM) - Examen regional 2021", "Sommaire", "1. Introduction"])
    body = multi("mixed", [alt(text, "utf-8", "quoted-printable", "_000_MRXP264MB0523ALT_"),
                           attach("application/pdf", pdf, "Rapport_volontaire_PMM_Maroc_2021.pdf")],
                 "_004_MRXP264MB05239C1E2F3A4B5C6D7EMRXP264MB0523FRAP_")
    mail(8, when, 1, "Khadija Bennani <k.bennani@mdcmre.example.gov.ma>",
         "Rapport volontaire du Maroc + intervention table ronde 1",
         "<MRXP264MB05239C1E2F3A4B5C6D7E@MRXP264MB0523.FRAP264.PROD.OUTLOOK.example.com>", body,
         dict(category="both", language="fr", acknowledge=True, on_time=True, speakers=[
             sp("Youssef Amrani El Hassani", "Directeur de la Coopération et de la Promotion Économique", aff,
                ["roundtable"], 1)],
             report_attachments=["Rapport_volontaire_PMM_Maroc_2021.pdf"],
             notes="report + speaker in one message; Maghrebi French ('Salam', 'complément d'info'); very long "
                   "ministry name with acronym given once in the report sentence, only the acronym in the "
                   "signature; 'Mr' honorific without dot; roundtable 'N°1'; sender (signature) is not the "
                   "speaker; Date in UTC+1."),
         extra=OUTLOOK)


M09_DOCX = "Libya_MoLR_GCM_voluntary_review_2021.docx"


def m09():
    when = at("2021-02-04 10:15:09")
    text = """Dear GCM team,

Good morning. Attached please find the voluntary GCM review report of the Ministry of Labour and Rehabilitation, prepared with the Department of Foreign Labour and the Labour Inspection Department.

As for the speaking roles - the Department of Foreign Labour, Ministry of Labour and Rehabilitation would like Mr. Abdulsalam Elghwel (he is the Director of the department) to speak in roundtable 2 on the second day. And myself for the rapporteur role, if it is still open for government side.

Thanks a lot and have a nice day

Huda Ben Amer
Legal Advisor
Ministry of Labour and Rehabilitation (MoLR) - Tripoli, Libya
"""
    docx = make_docx(["State of Libya - Ministry of Labour and Rehabilitation",
                      "Voluntary GCM Review Report 2021", "1. Labour migration governance",
                      "2. Regularisation of foreign workers", "3. Challenges and recommendations"])
    html = '<div dir="ltr">' + text2html(text) + "</div>\n"
    a = multi("alternative", [leaf("text/plain", text, "UTF-8", "quoted-printable"),
                              leaf("text/html", html, "UTF-8", "quoted-printable")], "000000000000aa10c105ba7e3f12")
    body = multi("mixed", [a, attach(DOCX, docx, M09_DOCX, extra=[("X-Attachment-Id", "f_kkq3b1x20")])],
                 "000000000000aa10c305ba7e3f14")
    mail(9, when, 2, "Huda Ben Amer <huda.benamer@molr.example.gov.ly>",
         "MoLR Libya: voluntary review report & speakers",
         "<CAHk2Vn8xW0qR5sT7uY9zA1bC3dE5fG7hI9jK1lM3nO5pQ@mail.gmail.example.com>", body,
         dict(category="both", language="en", acknowledge=True, on_time=True, speakers=[
             sp("Abdulsalam Elghwel", "Director", "Department of Foreign Labour, Ministry of Labour and Rehabilitation",
                ["roundtable"], 2),
             sp("Huda Ben Amer", "Legal Advisor", "Ministry of Labour and Rehabilitation (MoLR)", ["rapporteur"])],
             report_attachments=[M09_DOCX],
             notes="report (DOCX) + two speakers; the first speaker's title is in a parenthetical after the name "
                   "('he is the Director of the department') and his affiliation comes before the name; the second "
                   "speaker is the sender herself ('And myself for the rapporteur role'), details only in the "
                   "signature; 'on the second day' is not a roundtable number."),
         host="mail-wm1-f47.google.example.com")


def m10():
    when = at("2021-02-04 16:50:37")
    text = """AMBASSADE DU ROYAUME DU MAROC
BEYROUTH

N° 052/2021

L'Ambassade du Royaume du Maroc à Beyrouth présente ses compliments au Réseau régional des Nations Unies sur les migrations pour la région arabe et, se référant à sa Note Verbale n° 047/2021 du 29 janvier 2021, a l'honneur de l'informer que, pour des contraintes d'agenda, M. Abdelkrim Tazi sera remplacé par Mme Samira El Idrissi, Conseillère des Affaires Étrangères, Chef de la Division des Migrations au %s, qui interviendra lors de la session plénière et, si possible, dans la table ronde thématique n° 2.

L'Ambassade du Royaume du Maroc saisit cette occasion pour renouveler au Réseau régional des Nations Unies sur les migrations les assurances de sa haute considération.

Beyrouth, le 4 février 2021

________________________________
De : Ambassade du Maroc - Beyrouth
Envoyé : vendredi 29 janvier 2021 11:29
À : gcmrrarabstates@iom.int
Objet : Note Verbale N° 047/2021 - Examen régional du Pacte mondial sur les migrations

AMBASSADE DU ROYAUME DU MAROC
BEYROUTH
N° 047/2021
L'Ambassade du Royaume du Maroc à Beyrouth présente ses compliments [...]
""" % MA_MFA
    body = alt(text, "iso-8859-1", "quoted-printable", "_000_PR3P193MB0871C2D3ALT_")
    mail(10, when, 2, addr("Ambassade du Maroc - Beyrouth", "ambmaroc.beyrouth@maec.example.gov.ma"),
         hdr("RE: Note Verbale N° 047/2021 - Examen régional du Pacte mondial sur les migrations", "iso-8859-1", "Q"),
         "<PR3P193MB0871C2D3E4F5A6B7C8D9E0F1A2B3@PR3P193MB0871.EURP193.PROD.OUTLOOK.example.com>", body,
         dict(category="speaker_request", language="fr", acknowledge=True, on_time=True, speakers=[
             sp("Samira El Idrissi", "Conseillère des Affaires Étrangères, Chef de la Division des Migrations",
                MA_MFA, ["plenary", "roundtable"], 2)],
             thread_of="h79-03.eml",
             notes="second note verbale replacing the speaker of h79-03 (M. Tazi is withdrawn, not a speaker "
                   "here); two roles, roundtable 'si possible'; double title before the ministry; quoted Outlook "
                   "header block in French ('De :', 'Envoyé :'); In-Reply-To the first note."),
         irt=M03_ID, refs=M03_ID, extra=OUTLOOK + [("Content-Language", "fr-FR")])


def m11():
    when = at("2021-02-05 12:30:56")
    text = """Bonjour,

Je vous confirme l'intérêt du Ministère pour le rôle de rapporteur (messages clés) lors de la consultation multipartite du 23. Mes coordonnées ci-dessous. Merci de me tenir au courant

Bonne journée

Maya Sfeir
Premier Secrétaire
Ministère des Affaires Étrangères et des Émigrés - Liban

Envoyé de mon iPhone"""
    body = leaf("text/plain", text, "utf-8", "quoted-printable")
    mail(11, when, 2, "Maya Sfeir <m.sfeir@mfa.example.gov.lb>", "Rapporteur",
         "<5D3E7A91-2C4B-4F6E-9A1D-8B7C6E5F4A3D@mfa.example.gov.lb>", body,
         dict(category="speaker_request", language="fr", acknowledge=True, on_time=True, speakers=[
             sp("Maya Sfeir", "Premier Secrétaire", "Ministère des Affaires Étrangères et des Émigrés - Liban",
                ["rapporteur"])],
             notes="iPhone, one-word subject; sender proposes herself, name/title/affiliation only in the "
                   "signature; 'Liban' attached to the ministry with a dash; no explicit 'speaker' word, "
                   "'rôle de rapporteur (messages clés)'."),
         extra=IPHONE)


def m12():
    when = at("2021-02-05 23:52:40")
    text = """السادة/ أمانة المراجعة الإقليمية للاتفاق العالمي للهجرة        المحترمون

تحية طيبة وبعد،،

نعتذر عن التأخير بسبب انقطاع الانترنت، وإشارة إلى دعوتكم نرشح من وزارة شؤون المغتربين الأسماء التالية:

١- الأستاذ/ محمد عبده الشرعبي – وكيل الوزارة لقطاع الجاليات – للمشاركة بكلمة في الجلسة العامة
٢- الأخت/ أروى أحمد باعباد – مديرة إدارة المنظمات الدولية – المائدة المستديرة الرابعة

وتقبلوا خالص التحية،،

عبدالله صالح بن بريك
مدير مكتب الوكيل
وزارة شؤون المغتربين
عدن – الجمهورية اليمنية
"""
    html = html_wrap('<div dir="rtl">' + text2html(text) + "</div>", "rtl")
    body = alt(text, "utf-8", "base64", "_000_YEMEXP01ALT_", html=html)
    aff = "وزارة شؤون المغتربين"
    mail(12, when, 3, addr("عبدالله بن بريك", "a.binbraik@mofea.example.gov.ye"),
         hdr("ترشيح متحدثين - وزارة شؤون المغتربين"),
         "<003a01d6fc1e$9b2d4c80$d1876d80$@mofea.example.gov.ye>", body,
         dict(category="speaker_request", language="ar", acknowledge=True, on_time=True, speakers=[
             sp("محمد عبده الشرعبي", "وكيل الوزارة لقطاع الجاليات", aff, ["plenary"]),
             sp("أروى أحمد باعباد", "مديرة إدارة المنظمات الدولية", aff, ["roundtable"], 4)],
             notes="deadline edge: received 23:52:40 Beirut on Fri 5 Feb (on time) while the Date header reads "
                   "Sat, 6 Feb 00:52 +0300 (Aden); apologises for being late; two speakers in an Arabic-numeral "
                   "list with dash-separated fields and honorifics 'الأستاذ/' and 'الأخت/'; affiliation stated only "
                   "in the intro ('نرشح من وزارة شؤون المغتربين'); title 'وكيل الوزارة' refers to the ministry."),
         extra=OUTLOOK)


def m13():
    when = at("2021-02-06 00:07:15")
    text = """Dear Regional Network colleagues,

On behalf of the Ministry of Migration and Displaced (MoMD) of the Republic of Iraq, and following coordination with Baghdad, I am writing to request a speaking slot for:

Dr. Karim Hassan Al-Nouri
Deputy Minister of Migration and Displaced

Dr. Al-Nouri would speak in Roundtable 1. He will be joining remotely.

Apologies for sending this at the last minute, today is still Friday 5 February here in Washington.

Sincerely,

Hussein Al-Rikabi
Second Secretary
Embassy of the Republic of Iraq, Washington D.C.
"""
    body = alt(text, "us-ascii", "7bit", "_000_BN7PR11MB2641ALT_")
    mail(13, when, -5, "Hussein Al-Rikabi <h.alrikabi@iraqiembassy.example.org>",
         "Iraq - speaker request (MoMD) - Regional Review of the GCM",
         "<BN7PR11MB2641D5E6F7A8B9C0D1E2F3A4B5C6@BN7PR11MB2641.namprd11.prod.outlook.example.com>", body,
         dict(category="speaker_request", language="en", acknowledge=True, on_time=False, speakers=[
             sp("Karim Hassan Al-Nouri", "Deputy Minister of Migration and Displaced",
                "Ministry of Migration and Displaced (MoMD)", ["roundtable"], 1)],
             notes="late by 7 minutes: received 00:07:15 Beirut on Sat 6 Feb; Date header 'Fri, 5 Feb 2021 "
                   "17:06:45 -0500' and the body insists it is still Friday 5 Feb in Washington; the embassy "
                   "(sender) is not the speaker's affiliation; title repeats the ministry name; 'Dr.' stripped."),
         extra=OUTLOOK)


def m14():
    when = at("2021-02-08 11:00:21")
    name = "ورقة لجنة العمل النيابية - الاتفاق العالمي للهجرة.pdf"
    text = """السادة الشبكة الإقليمية للأمم المتحدة المعنية بالهجرة المحترمين

تحية طيبة وبعد،

مرفق لكم الورقة المقدمة من لجنة العمل والتنمية الاجتماعية والسكان النيابية في مجلس النواب الأردني كتقرير طوعي حول تنفيذ الاتفاق العالمي من أجل الهجرة الآمنة والمنظمة والنظامية، وبالأخص ما يتعلق بالعمالة المهاجرة وتعديلات قانون العمل.

كما ترغب اللجنة بأن يشارك سعادة النائب الدكتور سليمان الزبن، رئيس لجنة العمل والتنمية الاجتماعية والسكان النيابية، بكلمة في الجلسة العامة للمؤتمر. ومعلش إذا تأخرنا شوي بموضوع المتحدث، كان في انتخابات داخلية للجنة.

مع الاحترام،

م. لانا الحياري
سكرتيرة اللجنة
مجلس النواب الأردني
"""
    pdf = make_pdf(["House of Representatives - Hashemite Kingdom of Jordan",
                    "Labour, Social Development and Population Committee",
                    "Contribution to the GCM Regional Review 2021 (Arabic original attached)"])
    body = multi("mixed", [alt(text, "utf-8", "base64", "000000000000c3d4e505bab1f9a0",
                               html='<div dir="rtl">' + text2html(text) + "</div>\n"),
                           attach("application/pdf", pdf, name, style="2231")],
                 "000000000000c3d4e705bab1f9a2")
    mail(14, when, 2, addr("لانا الحياري", "lana.hiyari@parliament.example.jo"),
         hdr("تقرير طوعي + متحدث - لجنة العمل النيابية"),
         "<CAN4pL7kR2sU9wX1zB3cD5eF7gH9iJ1kL3mN5oP7qR9sT@mail.gmail.example.com>", body,
         dict(category="both", language="ar", acknowledge=True, on_time=False, speakers=[
             sp("سليمان الزبن", "رئيس لجنة العمل والتنمية الاجتماعية والسكان النيابية", "مجلس النواب الأردني",
                ["plenary"])],
             report_attachments=[name],
             notes="both on 8 Feb: the report part is on time but the speaker part is after the 5 Feb deadline, "
                   "so on_time is false; the report is called 'الورقة ... كتقرير طوعي'; honorifics 'سعادة النائب "
                   "الدكتور' stripped; Jordanian colloquial apology ('ومعلش إذا تأخرنا شوي'); Arabic PDF name as "
                   "RFC 2231 filename* and RFC 2047 name; sender (committee secretary) is not the speaker."),
         host="mail-lf1-f52.google.example.com")


def m15():
    when = at("2021-02-09 13:20:04")
    text = """This is the mail system at host mx.iraqiembassy.example.org.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

For further assistance, please send mail to postmaster.

If you do so, please include this problem report. You can
delete your own text from the attached returned message.

                   The mail system

<k.alnouri@iraqiembassy.example.org>: host mx.iraqiembassy.example.org[203.0.113.45] said: 550 5.1.1
    <k.alnouri@iraqiembassy.example.org>: Recipient address rejected: User unknown in virtual mailbox table
    (in reply to RCPT TO command)
"""
    ds = Message(policy=POL)
    ds["Content-Type"] = "message/delivery-status"
    ds["Content-Description"] = "Delivery report"
    g1 = Message(policy=POL)
    g1["Reporting-MTA"] = "dns; mx.iraqiembassy.example.org"
    g1["X-Postfix-Queue-ID"] = "4DZq1T0k2Mz3"
    g1["Arrival-Date"] = "Tue,  9 Feb 2021 06:19:58 -0500 (EST)"
    g2 = Message(policy=POL)
    g2["Final-Recipient"] = "rfc822; k.alnouri@iraqiembassy.example.org"
    g2["Original-Recipient"] = "rfc822;k.alnouri@iraqiembassy.example.org"
    g2["Action"] = "failed"
    g2["Status"] = "5.1.1"
    g2["Remote-MTA"] = "dns; mx.iraqiembassy.example.org"
    g2["Diagnostic-Code"] = ("smtp; 550 5.1.1 <k.alnouri@iraqiembassy.example.org>: Recipient address rejected:"
                             " User unknown in virtual mailbox table")
    ds.set_payload([g1, g2])
    hd = Message(policy=POL)
    hd["Content-Type"] = "text/rfc822-headers"
    hd["Content-Description"] = "Undelivered Message Headers"
    hd.set_payload("From: GCM Regional Review Arab States <gcmrrarabstates@iom.int>\r\n"
                   "To: k.alnouri@iraqiembassy.example.org\r\n"
                   "Subject: Information note - Regional Review of the GCM - connection details\r\n"
                   "Date: Tue, 9 Feb 2021 13:19:51 +0200\r\n"
                   "Message-ID: <ack-4f2e9c1d7b@gcmrrarabstates.iom.int>\r\n")
    d1 = Message(policy=POL)
    d1["Content-Description"] = "Notification"
    d1["Content-Type"] = "text/plain; charset=us-ascii"
    d1.set_payload(text)
    body = multi("report", [d1, ds, hd], "4DZq1T0k2Mz3.1612871998/mx.iraqiembassy.example.org",
                 params=[("report-type", "delivery-status")])
    mail(15, when, -5, "MAILER-DAEMON@mx.iraqiembassy.example.org (Mail Delivery System)",
         "Undelivered Mail Returned to Sender",
         "<20210209111958.4DZq1T0k2Mz3@mx.iraqiembassy.example.org>", body,
         dict(category="bounce", language="en", acknowledge=False, on_time=None,
              notes="Postfix DSN (multipart/report delivery-status) for an information note the mailbox sent to a "
                    "colleague of the Iraqi embassy; the person named in it was proposed as a speaker in h79-13 "
                    "but this is a robot: no speaker, no acknowledgement."),
         delay=6, ret="MAILER-DAEMON@mx.iraqiembassy.example.org", host="mx.iraqiembassy.example.org",
         extra=[("Auto-Submitted", "auto-replied")])


M16_ID = "<DB9PR08MB6734E1F2A3B4C5D6E7F8A9B0C1D2@DB9PR08MB6734.eurprd08.prod.outlook.example.com>"
M16_PDF = "Bahrain_National_GCM_Voluntary_Review_2021_signed.pdf"
M16_DOC = "Bahrain National GCM Voluntary Review Report 2021.docx"


def m16():
    when = at("2021-02-10 09:30:48")
    text = """Dear Regional UN Network on Migration,

On behalf of the National Committee on Labour Migration of the Kingdom of Bahrain, chaired by the Labour Market Regulatory Authority (LMRA), I have the pleasure to submit the national voluntary GCM review report of the Kingdom of Bahrain.

Two files are attached:
- the signed and stamped version (scanned PDF), which is the official submission;
- the Word version of the same text, to facilitate your compilation of the regional report.

We would be grateful for a confirmation of receipt.

Kind regards,

Noora Al-Mannai
Senior Specialist, International Relations
Labour Market Regulatory Authority (LMRA)
Kingdom of Bahrain
[LMRA logo]
"""
    html = html_wrap('<div style="font-family:Calibri">' + text2html(text.replace("[LMRA logo]\n", ""))
                     + '<img src="cid:image001.png@01D6FF6E.2A3B4C50" alt="LMRA" width="120"></div>', None)
    a = multi("alternative", [leaf("text/plain", text, "us-ascii", "7bit"),
                              leaf("text/html", html, "us-ascii", "quoted-printable")], "_000_DB9PR08ALT_")
    logo = leaf("image/png", make_png(12, 6, (160, 20, 40)), cte="base64", params=[("name", '"image001.png"')],
                disp='inline; filename="image001.png"', extra=[("Content-ID", "<image001.png@01D6FF6E.2A3B4C50>")])
    rel = multi("related", [a, logo], "_005_DB9PR08REL_", params=[('type', '"multipart/alternative"')])
    pdf = make_pdf(["KINGDOM OF BAHRAIN - National Committee on Labour Migration",
                    "National Voluntary GCM Review Report 2021", "[scanned page 1 of 24]",
                    "Signed: Chairperson of the National Committee   [stamp]"])
    docx = make_docx(["Kingdom of Bahrain", "National Voluntary GCM Review Report 2021",
                      "1. Methodology", "2. Progress on GCM objectives", "3. Flexi permit and wage protection"])
    body = multi("mixed", [rel, attach("application/pdf", pdf, M16_PDF), attach(DOCX, docx, M16_DOC)],
                 "_006_DB9PR08MB6734E1F2A3B4C5D6E7F8A9B0C1D2DB9PR08MB6734eurp_")
    mail(16, when, 3, "Noora Al-Mannai <nalmannai@lmra.example.gov.bh>",
         "Kingdom of Bahrain - National Voluntary GCM Review Report",
         M16_ID, body,
         dict(category="voluntary_report", language="en", acknowledge=True, on_time=True,
              report_attachments=[M16_PDF, M16_DOC],
              notes="national report as a signed PDF scan plus the Word version: both files make up the report; "
                    "an inline signature logo (image001.png in multipart/related) is not part of it; name with "
                    "spaces in the DOCX file name; Date in UTC+3."),
         extra=OUTLOOK)


def m17():
    when = at("2021-02-10 12:45:03")
    text = """مرحبا،

نحنا من لجنة الشؤون الخارجية والمغتربين بمجلس النواب اللبناني. عنا كم سؤال عن المؤتمر:
- في ترجمة فورية عربي/إنكليزي/فرنسي بالجلسات؟
- كيف منحصل على رابط الزوم؟ ولازم كل نائب يسجّل لحالو ولا منبعتلكن لائحة؟
- النواب بيقدروا يحضروا كمراقبين بس، بلا ما يحكوا؟

شكراً سلفاً

جوزيف حداد
أمانة سر لجنة الشؤون الخارجية والمغتربين
"""
    body = leaf("text/plain", text, "utf-8", "quoted-printable")
    mail(17, when, 2, addr("Joseph Haddad", "j.haddad@lp.example.gov.lb"),
         hdr("أسئلة عن المؤتمر"),
         "<CAP9rT2kL4mN6oP8qR0sT2uV4wX6yZ8aB0cD2eF4gH6iJ@mail.gmail.example.com>", body,
         dict(category="other", language="ar", acknowledge=True, on_time=None,
              notes="logistics questions (interpretation, Zoom link, registration, observers) in Levantine "
                    "colloquial from a parliament committee; Latin display name, Arabic body; mentions MPs "
                    "who might 'speak' but proposes no speaker."),
         host="mail-wr1-f66.google.example.com")


M18_ACK = "<ack-7a3c1e9b02@gcmrrarabstates.iom.int>"


def m18():
    when = at("2021-02-11 10:10:40")
    text = """شكراً جزيلاً على تأكيد الاستلام.
مع التقدير
دائرة العلاقات والتعاون الدولي

________________________________
من: GCM Regional Review Arab States <gcmrrarabstates@iom.int>
تاريخ الإرسال: الخميس، 28 كانون الثاني 2021 02:40 م
إلى: دائرة العلاقات والتعاون الدولي
الموضوع: RE: ترشيح – المراجعة الإقليمية للاتفاق العالمي للهجرة

شكراً لرسالتكم. تم استلام طلبكم للمشاركة كمتحدث في المراجعة الإقليمية وسيتم التواصل معكم لاحقاً.
"""
    body = alt(text, "windows-1256", "quoted-printable", "----=_NextPart_000_0047_01D70045.AB12CD30",
               dir_="rtl")
    mail(18, when, 3, addr("دائرة العلاقات والتعاون الدولي", "irc@molsa.example.gov.iq", "windows-1256"),
         re_hdr("RE: ", "ترشيح – المراجعة الإقليمية للاتفاق العالمي للهجرة", "windows-1256"),
         "<004701d70045$ab12cd30$01373890$@molsa.example.gov.iq>", body,
         dict(category="other", language="ar", acknowledge=False, on_time=None, thread_of="h79-02.eml",
              notes="thank-you reply to our acknowledgement of h79-02, adds nothing new: no acknowledgement; "
                    "quoted acknowledgement mentions 'متحدث' and the subject is the nomination subject."),
         irt=M18_ACK, refs=M02_ID + " " + M18_ACK, extra=OUTLOOK)


def m19():
    when = at("2021-02-12 14:00:26")
    name = "Contribution Ministère du Travail Liban - examen PMM.docx"
    text = flowed("""Bonsoir,

Ci-joint la contribution du Ministère du Travail libanais au rapport volontaire (examen régional du PMM). Elle porte surtout sur les travailleuses domestiques migrantes et le contrat unifié.

Désolés pour le format Word, la version signée par Monsieur le Directeur Général suivra la semaine prochaine si Dieu le veut.

Bien cordialement,

-- 
Carla Abi Nader
Service des relations extérieures
Ministère du Travail - Liban
""")
    docx = make_docx(["Ministère du Travail - République Libanaise", "Contribution au rapport volontaire",
                      "Examen régional du Pacte mondial sur les migrations 2021",
                      "1. Le contrat unifié standard", "2. Travailleuses domestiques migrantes"])
    t = leaf("text/plain", text, "UTF-8", "8bit", params=[("format", "flowed")])
    body = multi("mixed", [t, attach(DOCX, docx, name, style="2231")], "------------0A3B5C7D9E1F2A4B6C8D0E2F")
    mail(19, when, 2, "Carla Abi Nader <c.abinader@labor.example.gov.lb>",
         hdr("Contribution du Ministère du Travail - rapport volontaire PMM", "utf-8", "Q"),
         "<2c9e7f31-4a6b-8d0e-1f3a-5b7c9d1e3f5a@labor.example.gov.lb>", body,
         dict(category="voluntary_report", language="fr", acknowledge=True, on_time=True,
              report_attachments=[name],
              notes="Thunderbird format=flowed 8bit; the ministry calls it a 'contribution au rapport volontaire' "
                    "(still a report submission); file name with spaces and 'è' in RFC 2231; announces a signed "
                    "version later; 'Monsieur le Directeur Général' is not a speaker."),
         extra=TBIRD + [("Content-Language", "fr")])


def m20():
    when = at("2021-02-14 16:30:12")
    name = "Bahrain National GCM Voluntary Review Report 2021 - rev1.docx"
    text = """Dear colleagues,

Please find attached a revised Word version of the Bahrain national report, replacing the one sent on 10 February (corrected figures in Table 3 and a typo in section 2). The signed PDF remains unchanged.

Apologies for any inconvenience.

Kind regards,
Noora

From: Noora Al-Mannai
Sent: Wednesday, February 10, 2021 10:30 AM
To: gcmrrarabstates@iom.int
Subject: Kingdom of Bahrain - National Voluntary GCM Review Report

Dear Regional UN Network on Migration,

On behalf of the National Committee on Labour Migration of the Kingdom of Bahrain, chaired by the Labour Market Regulatory Authority (LMRA), I have the pleasure to submit the national voluntary GCM review report of the Kingdom of Bahrain.
[...]
"""
    docx = make_docx(["Kingdom of Bahrain", "National Voluntary GCM Review Report 2021 (rev1)",
                      "1. Methodology", "2. Progress on GCM objectives", "Table 3 (corrected)"])
    body = multi("mixed", [alt(text, "us-ascii", "7bit", "_000_DB9PR08MB6734REV1ALT_"), attach(DOCX, docx, name)],
                 "_004_DB9PR08MB6734F0A1B2C3D4E5F6A7B8C9D0E1DB9PR08MB6734eurp_")
    mail(20, when, 3, "Noora Al-Mannai <nalmannai@lmra.example.gov.bh>",
         "RE: Kingdom of Bahrain - National Voluntary GCM Review Report",
         "<DB9PR08MB6734F0A1B2C3D4E5F6A7B8C9D0E1@DB9PR08MB6734.eurprd08.prod.outlook.example.com>", body,
         dict(category="voluntary_report", language="en", acknowledge=True, on_time=True,
              report_attachments=[name], thread_of="h79-16.eml",
              notes="revision of the report of h79-16: only the revised Word file is attached; reply to her own "
                    "sent message (Outlook quote block), In-Reply-To h79-16."),
         irt=M16_ID, refs=M16_ID, extra=OUTLOOK)


def m21():
    when = at("2021-02-15 11:20:35")
    text = """Bonjour Madame, Monsieur,

Je me permets de vous écrire au nom de la Commission des secteurs sociaux de la Chambre des Représentants du Royaume du Maroc.

Quelques députés membres de la commission aimeraient suivre les travaux de la conférence des 24 et 25 février en tant qu'observateurs. Est-ce possible ? Et est ce que l'interprétation vers le français sera assurée svp ? Plusieurs collègues ne maitrisent pas bien l'anglais.

Merci d'avance pour votre retour, et bon courage pour l'organisation inchallah tout se passera bien.

Mohamed Amine Lahlou
Administrateur, Commission des secteurs sociaux
Chambre des Représentants - Rabat
"""
    html = '<div dir="ltr">' + text2html(text) + "</div>\n"
    body = alt(text, "UTF-8", "quoted-printable", "000000000000e5f6a705bb4a1c30", html=html)
    mail(21, when, 1, "Mohamed Amine Lahlou <ma.lahlou.chambre@gmail.example.com>",
         "Participation des parlementaires en tant qu'observateurs + interprétation",
         "<CAM1nB3vC5xZ7aS9dF1gH3jK5lQ7wE9rT1yU3iO5pA7sD@mail.gmail.example.com>", body,
         dict(category="other", language="fr", acknowledge=True, on_time=None,
              notes="parliament committee asking about observer attendance and French interpretation; no speaking "
                    "role requested; Gmail, Maghrebi French ('inchallah'), Date in UTC+1."),
         host="mail-wm1-f53.google.example.com")


def m22():
    when = at("2021-02-16 23:55:30")
    name = "Contribution_DMSF_Examen_regional_PMM_2021.pdf"
    text = """Bonsoir,

Ci-joint la contribution de la Direction de la Migration et de la Surveillance des Frontières (DMSF) du Ministère de l'Intérieur au rapport volontaire d'examen du PMM, envoyée avant l'échéance de ce soir.

Cordialement

Driss Ouazzani
DMSF - Ministère de l'Intérieur
Rabat
"""
    pdf = make_pdf(["ROYAUME DU MAROC - MINISTERE DE L'INTERIEUR",
                    "Direction de la Migration et de la Surveillance des Frontieres",
                    "Contribution a l'examen regional du PMM 2021"])
    body = multi("mixed", [alt(text, "iso-8859-1", "quoted-printable", "_000_MR1P264MB2210ALT_"),
                           attach("application/pdf", pdf, name)],
                 "_004_MR1P264MB2210A9B8C7D6E5F4A3B2C1D0MR1P264MB2210FRAP_")
    mail(22, when, 1, "Driss Ouazzani <d.ouazzani@interieur.example.gov.ma>",
         hdr("Contribution DMSF - rapport volontaire PMM", "iso-8859-1", "Q"),
         "<MR1P264MB2210A9B8C7D6E5F4A3B2C1D0@MR1P264MB2210.FRAP264.PROD.OUTLOOK.example.com>", body,
         dict(category="voluntary_report", language="fr", acknowledge=True, on_time=True,
              report_attachments=[name],
              notes="deadline edge: received 23:55:30 Beirut on Tue 16 Feb, Date header 22:55 +0100 (Rabat); "
                    "on time; ISO-8859-1 QP body."),
         extra=OUTLOOK, delay=20)


def m23():
    when = at("2021-02-16 23:58:50")
    name = "تقرير العراق الطوعي - وزارة الهجرة والمهجرين.pdf"
    text = """السلام عليكم

نرفق لكم التقرير الطوعي لجمهورية العراق بخصوص الاتفاق العالمي للهجرة، المُعدّ من قبل وزارة الهجرة والمهجرين بالتنسيق مع اللجنة الوطنية العليا للهجرة.
التقرير مالتنا متأخر شوية بسبب الموافقات، نرجو قبوله.

مع التقدير
قسم المنظمات الدولية
وزارة الهجرة والمهجرين - بغداد
"""
    pdf = make_pdf(["Republic of Iraq - Ministry of Migration and Displaced",
                    "Voluntary GCM Review Report 2021 (Arabic)", "Prepared with the Higher National Committee on Migration"])
    body = multi("mixed", [leaf("text/plain", text, "utf-8", "base64"),
                           attach("application/pdf", pdf, name, style="2047")],
                 "000000000000a1b2c305bb7d4e90")
    mail(23, when, 3, addr("قسم المنظمات الدولية - وزارة الهجرة", "io.section@momd.example.gov.iq"),
         hdr("التقرير الطوعي - العراق"),
         "<CAQ5sW7eR9tY1uI3oP5aS7dF9gH1jK3lZ5xC7vB9nM1qW@mail.gmail.example.com>", body,
         dict(category="voluntary_report", language="ar", acknowledge=True, on_time=True,
              report_attachments=[name],
              notes="deadline edge: received 23:58:50 Beirut on Tue 16 Feb (on time) but the Date header reads Wed, "
                    "17 Feb 00:58 +0300 (Baghdad) and the sender calls it late ('متأخر شوية', Iraqi 'مالتنا'); "
                    "Arabic PDF name as RFC 2047 words inside quoted name= and filename= (not RFC 2231); "
                    "text/plain only, base64."),
         host="mail-ed1-f44.google.example.com", delay=28)


def m24():
    when = at("2021-02-17 00:04:02")
    name = "Yemen_NCRA_GCM_Voluntary_Report_2021.pdf"
    inner = """<div style="font-family:Tahoma;font-size:11pt">
<p>Dear Sirs,</p>
<p>Kindly find attached the voluntary GCM review report from the <b>National Committee for Refugees and Migrants Affairs (NCRA)</b>, Republic of Yemen.</p>
<p>We apologise for the late submission due to power and internet cuts in Sana&#39;a this evening; we hope it can still be considered as submitted on the 16th.</p>
<p>Best regards,<br>
Nabil Al-Ansi<br>
Rapporteur, NCRA<br>
Sana&#39;a - Yemen</p>
</div>"""
    html = html_wrap(inner, None)
    pdf = make_pdf(["Republic of Yemen", "National Committee for Refugees and Migrants Affairs (NCRA)",
                    "Voluntary GCM Review Report 2021"])
    body = multi("mixed", [leaf("text/html", html, "utf-8", "quoted-printable"),
                           attach("application/pdf", pdf, name)], "----=_Part_48213_1093847561.1613513042000")
    mail(24, when, 3, "Nabil Al-Ansi <ncra.yemen@yahoo.example.com>",
         "Yemen NCRA - Voluntary GCM Review Report",
         "<1093847561.48214.1613513042000@mail.yahoo.example.com>", body,
         dict(category="voluntary_report", language="en", acknowledge=True, on_time=False,
              report_attachments=[name],
              notes="late by 4 minutes: received 00:04:02 Beirut on Wed 17 Feb, Date header 01:03 +0300; HTML-only "
                    "body with the attachment; signer's title 'Rapporteur' is not a request for the rapporteur "
                    "role; the sender hopes it counts as the 16th."),
         host="sonic311-21.consmr.mail.bf2.yahoo.example.com", delay=20)


def main():
    for f in (m01, m02, m03, m04, m05, m06, m07, m08, m09, m10, m11, m12, m13, m14, m15, m16, m17, m18, m19,
              m20, m21, m22, m23, m24):
        f()
    if os.path.isdir(OUT):
        for n in os.listdir(OUT):
            os.remove(os.path.join(OUT, n))
    os.makedirs(OUT, exist_ok=True)
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
