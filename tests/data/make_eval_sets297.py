#!/usr/bin/env python3
"""Write the blind evaluation set holdout297 (24 raw .eml messages + labels.json).

Deterministic, standard library only:  python3 tests/data/make_eval_sets297.py
Theme: national institutions and parliament (25 January - 18 February 2021).  Ministries, national human rights
institutions and parliamentary committees writing in formal administrative style ('J'ai l'honneur de ...',
'Son Excellence', 'بالإشارة إلى', note verbale formulas): a Mauritanian NHRI transmitting its President's letter
(PDF on letterhead) that designates its vice-president for 'la deuxième table ronde' (the Cc'd secretary general's
out-of-office answers our acknowledgement), a Jordanian parliamentary committee chair asking for the plenary with
an alternate who would only stand in for him (then a thank-you), a Bahraini national committee's note verbale with
its national report, a covering note verbale PDF and a delegation table whose head and alternate speak (a mistyped
Cc bounces; the alternate is later replaced, and the head's statement finally withdrawn), an Algerian ministry's
questions, a Sudanese NHRI's three speakers in order of precedence in an Arabic HTML table, an Iraqi parliamentary
committee registering Members who will not take the floor, a Tunisian parliamentary committee sending both a
contribution and two speakers (its 'Rapporteure' does not speak), an Iraqi ministry's delegation list whose last
sentence asks for the floor (23:58), a Moroccan ministry designating a director at 23:04 Rabat time (00:04 in
Beirut, late), a Libyan NHRI declining in a reply that quotes the invitation, a Yemeni NHRI sending a cover letter
and a Word report (later replaced by the final PDF), a Tunisian observatory's report, a Lebanese parliamentary
committee's late 'both', an Egyptian council's report with its Secretary-General's letter (a Cc'd director's
out-of-office, then a colloquial follow-up), a Djibouti observatory's report that only recalls an earlier speaker
request, and an Algerian parliamentary committee's report a day late.  Many officials in Cc, HTML tables,
letterhead PDFs, Outlook/Exchange, Zimbra, Lotus Notes, Thunderbird, Roundcube, Gmail and iPhone.
Helpers from mailgen.py.
"""
import datetime as dt

from mailgen import (EvalSet, DOCX, POSTFIX_NOTICE, alt, at, attach, b_word, dsn_report, esc, flowed, gmail_html, hdr,
                     leaf, make_docx, make_pdf, mk, multi, re_hdr, rep_pdf, rfcdate, sent_at, sp, std_rows, top)
from mailgen import outlook_html, outlook_rows as outlook
from mailgen import quote_block as gt, ack_id as ack_mid, logo

SET = EvalSet(297)
add = SET.add
H = "h297-%02d.eml"

IPHONE = "iPhone Mail (18D52)"
TB = "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:78.0) Gecko/20100101 Thunderbird/78.7.1"
ZIMBRA = "Zimbra 8.8.15_GA_3869 (ZimbraWebClient - GC88 (Win)/8.8.15_GA_3869)"
NOTES = "IBM Notes Release 9.0.1FP10 SHF68 February 19, 2018"
ROUNDCUBE = "Roundcube Webmail/1.4.9"
OWA = "Outlook Web App"


# ---------------------------------------------------------------- local helpers
def ad(name, email_addr):
    """One address; a non-ASCII display name as a single RFC 2047 encoded word."""
    try:
        name.encode("ascii")
        if any(c in name for c in ',.;:()<>@"'):
            return '"%s" <%s>' % (name, email_addr)
        return "%s <%s>" % (name, email_addr)
    except UnicodeEncodeError:
        return "%s <%s>" % (b_word(name), email_addr)


def ads(*pairs):
    """An address list (To/Cc) of (display name, address) pairs."""
    return ", ".join(ad(n, e) for n, e in pairs)


def plain_list(*pairs):
    """The same list as a mail client prints it in a quoted header block."""
    return "; ".join("%s <%s>" % (n, e) for n, e in pairs)


def letter_pdf(lines):
    """A one-page letter on letterhead (ASCII lines only)."""
    return make_pdf(lines)


def ms_table(rows, rtl=False):
    d = ' dir="rtl"' if rtl else ""
    out = ['<table class="MsoTableGrid" border="1" cellspacing="0" cellpadding="0"%s '
           'style="border-collapse:collapse;border:none">' % d]
    for i, row in enumerate(rows):
        cells = []
        for c in row:
            txt = esc(c)
            if i == 0:
                txt = "<b>%s</b>" % txt
            cells.append('<td valign="top" style="border:solid windowtext 1.0pt;padding:0cm 5.4pt 0cm 5.4pt">'
                         '<p class="MsoNormal"%s>%s<o:p></o:p></p></td>' % (d, txt))
        out.append("<tr>%s</tr>" % "".join(cells))
    out.append("</table>")
    return "".join(out)


def table_text(rows):
    return "\n".join("\t".join(r) for r in rows)


def blocks_text(blocks):
    out = []
    for b in blocks:
        out.append(b.strip("\n") if isinstance(b, str) else table_text(b[1]))
    return "\n\n".join(out) + "\n"


def blocks_html(blocks, lang="EN-US", rtl=False, img_cid=None):
    d = ' dir="rtl"' if rtl else ""
    inner = []
    for b in blocks:
        if isinstance(b, str):
            inner.append("".join('<p class="MsoNormal"%s>%s<o:p></o:p></p>' % (d, esc(p).replace("\n", "<br>\n"))
                                 for p in b.strip("\n").split("\n\n")))
            inner.append('<p class="MsoNormal"%s><o:p>&nbsp;</o:p></p>' % d)
        else:
            inner.append(ms_table(b[1], rtl))
            inner.append('<p class="MsoNormal"%s><o:p>&nbsp;</o:p></p>' % d)
    if img_cid:
        inner.append('<p class="MsoNormal"%s><img width="140" height="70" src="cid:%s"></p>' % (d, img_cid))
    return ('<html xmlns:o="urn:schemas-microsoft-com:office:office"><head><meta http-equiv="Content-Type" '
            'content="text/html; charset=utf-8"><meta name="Generator" content="Microsoft Word 15 (filtered medium)">'
            '</head><body lang="%s" link="#0563C1"%s><div class="WordSection1"%s>%s</div></body></html>\n'
            % (lang, d, d, "".join(inner)))


def ol_body(text, tag, html=None, lang="EN-US", rtl=False, cid=None, rgb=(0, 60, 120), atts=(), b64=False):
    """An Outlook body: alternative(plain, html | related(html, logo)), in a mixed part when there are files."""
    cte = "base64" if b64 else "quoted-printable"
    h = html if html is not None else outlook_html(text, lang=lang, img_cid=cid, rtl=rtl)
    hp = leaf("text/html", h, cte=cte)
    if cid:
        hp = multi("related", [hp, logo(cid, rgb)], "_004_%s_" % tag, params=[("type", '"text/html"')])
    a = multi("alternative", [leaf("text/plain", text, cte=cte), hp], "_000_%s_" % tag)
    if atts:
        return multi("mixed", [a] + list(atts), "_007_%s_" % tag)
    return a


def exch_ooo(when, host, ip, qid, sender, mid, subject, topic, orig_id, ack, lang, delay):
    """Headers of an Exchange out-of-office answering our acknowledgement of a message (localised subject)."""
    rows = std_rows(when, host, ip, qid, sender, subject, rfcdate(sent_at(when, *delay)), mid,
                    extra=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")], ret="")
    rows = [(k, "<>" if k == "Return-Path" else v) for k, v in rows]
    loop = str(sender).split("<")[-1].rstrip(">")
    return rows + [("In-Reply-To", ack), ("References", orig_id + " " + ack), ("Thread-Topic", topic),
                   ("Content-Language", lang), ("X-MS-Exchange-Inbox-Rules-Loop", loop)]


def ack_text(lang, subject, what):
    if lang == "ar":
        return ("حضرات السادة المحترمين،\n\nتؤكد أمانة الاستعراض الإقليمي للاتفاق العالمي من أجل الهجرة الآمنة "
                "والمنظمة والنظامية في المنطقة العربية استلام رسالتكم «%s» و%s، وستتواصل معكم الأمانة لاحقاً "
                "بشأن البرنامج.\n\nالاستعراض الإقليمي للاتفاق العالمي للهجرة - المنطقة العربية" % (subject, what))
    if lang == "fr":
        return ("Madame, Monsieur,\n\nLe secrétariat de l'Examen régional du Pacte mondial pour des migrations sûres, "
                "ordonnées et régulières dans la région arabe accuse réception de votre message « %s » et de %s. "
                "Le secrétariat reviendra vers vous au sujet du programme.\n\nExamen régional du PMM - États arabes"
                % (subject, what))
    return ("Dear colleague,\n\nThe secretariat of the Regional Review of the Global Compact for Migration in the Arab "
            "region acknowledges receipt of your message \"%s\" and of %s. The secretariat will come back to you "
            "about the programme.\n\nGCM Regional Review - Arab States" % (subject, what))


# ================================================================ 01  FR  speaker  Mauritanian NHRI: the President's letter (PDF), 'deuxième table ronde'
M01_ID = "<DB7PR02MB4712C8E1A93F5B60@DB7PR02MB4712.eurprd02.prod.outlook.example.com>"
M01_SUBJ = "Lettre n° 047/P/CNDH – Participation de la CNDH à l'Examen régional du Pacte mondial sur les migrations"
M01_QID = "4DPm2Xc71Rz4"
M01_SG = ("Mohamed Lemine Ould Sidi", "sg@cndh.example.mr")
M01_LETTER = "Lettre n°047-P-CNDH – Examen régional PMM.pdf"


def m01():
    when = at("2021-01-25 10:41:17")
    text = """Madame, Monsieur,

J'ai l'honneur de vous transmettre ci-joint la lettre n° 047/P/CNDH du 22 janvier 2021 par laquelle Madame la Présidente de la Commission Nationale des Droits de l'Homme (CNDH) de Mauritanie répond à l'invitation à prendre part à l'Examen régional du Pacte mondial pour des migrations sûres, ordonnées et régulières dans la région arabe.

Aux termes de cette lettre, la Commission a désigné Monsieur Sidi Mohamed Ould Ahmed Salem, Vice-président de la Commission, chargé des questions de migration et de lutte contre la traite des personnes, pour intervenir au nom de la CNDH lors de la deuxième table ronde thématique de la Conférence régionale des 24 et 25 février 2021.

Pour mémoire, la CNDH est l'institution nationale des droits de l'homme de la République Islamique de Mauritanie, accréditée au statut A par l'Alliance globale des institutions nationales des droits de l'homme (GANHRI).

M. Ould Ahmed Salem, ainsi que Monsieur le Secrétaire général et les services concernés, sont en copie du présent message. L'original de la lettre suit par la voie diplomatique, sous le couvert de la Mission permanente de la République Islamique de Mauritanie à Genève.

Je vous prie d'agréer, Madame, Monsieur, l'assurance de ma considération distinguée.

Mariem Mint Cheikhna
Chef du Secrétariat particulier de la Présidente
Commission Nationale des Droits de l'Homme (CNDH) – Mauritanie
Tevragh Zeina – Nouakchott
Tél. : +222 45 00 00 00
www.cndh.example.mr

AVERTISSEMENT : Ce message et ses pièces jointes sont confidentiels et établis à l'intention exclusive de leurs destinataires. Toute utilisation ou diffusion non autorisée est interdite. Si vous avez reçu ce message par erreur, merci d'en avertir immédiatement l'expéditeur et de le détruire.
"""
    pdf = letter_pdf(["REPUBLIQUE ISLAMIQUE DE MAURITANIE", "Honneur - Fraternite - Justice",
                      "COMMISSION NATIONALE DES DROITS DE L'HOMME (CNDH)", "La Presidente", "",
                      "Nouakchott, le 22 janvier 2021", "N. 047/P/CNDH", "",
                      "A Monsieur le Coordonnateur du Secretariat de l'Examen regional",
                      "du Pacte mondial sur les migrations - Etats arabes", "",
                      "Objet : Participation de la CNDH a l'Examen regional du Pacte mondial", "",
                      "Monsieur le Coordonnateur,",
                      "J'ai l'honneur d'accuser reception de votre lettre d'invitation et de vous informer",
                      "que la Commission a designe M. Sidi Mohamed Ould Ahmed Salem, Vice-president,",
                      "pour intervenir lors de la deuxieme table ronde thematique (24-25 fevrier 2021).",
                      "Veuillez agreer, Monsieur le Coordonnateur, l'assurance de ma haute consideration.",
                      "", "La Presidente", "Zeinebou Mint Ahmedou"])
    cid = "image001.png@01D6F2F4.1B8E3C20"
    body = ol_body(text, "DB7PR02MB4712C8E1A93F5B60", lang="FR", cid=cid, rgb=(0, 110, 60),
                   atts=[attach("application/pdf", pdf, M01_LETTER)])
    cc = ads(M01_SG, ("Sidi Mohamed Ould Ahmed Salem", "vp.migration@cndh.example.mr"),
             ("Ahmed Ould Bah", "cooperation@cndh.example.mr"),
             ("Cabinet de la Présidente", "cabinet@cndh.example.mr"),
             ("Mission permanente de Mauritanie - Genève", "mission.mauritanie@geneve.example.mr"))
    m = mk(when, sent_at(when, 0, 9), "mail-db7eur02on0614.outbound.protection.outlook.example.com",
           "198.51.100.114", M01_QID, ad("Mariem Mint Cheikhna", "secretariat.presidente@cndh.example.mr"),
           hdr(M01_SUBJ, enc="Q"), M01_ID, body, cc=cc,
           extra=outlook(hdr(M01_SUBJ, enc="Q"), "AdbzDq4Nk7Lp1Wx3Er5Ty7Ui9Op1As==", lang="fr-FR", has_attach="yes"))
    add(1, when, m, dict(category="speaker_request", language="fr", acknowledge=True, on_time=True, speakers=[
        sp("Sidi Mohamed Ould Ahmed Salem",
           "Vice-président de la Commission, chargé des questions de migration et de lutte contre la traite des "
           "personnes", "Commission Nationale des Droits de l'Homme (CNDH)", ["roundtable"], 2)],
        notes="formal transmission of an NHRI President's letter by her private secretariat: the attached PDF is the "
              "letter on letterhead (n° 047/P/CNDH), not a report, so speaker_request only. The body restates the "
              "designation: 'Monsieur' dropped; the long title recorded as written; 'la deuxième table ronde "
              "thématique' = 2. Neither the signer, the President (who signs the PDF) nor the secretary general "
              "in Cc is a speaker; 'statut A', GANHRI and the letter's date are noise. Five officials in Cc, one "
              "of whom (the secretary general) answers our acknowledgement with an out-of-office (h297-02). "
              "Outlook with an inline logo, Date in UTC+0 (Nouakchott)."))


# ================================================================ 02  FR  auto_reply  the Cc'd secretary general's out-of-office on our acknowledgement of 01
def m02():
    when = at("2021-01-25 10:42:03")
    ack = ack_mid(M01_QID)
    text = """Bonjour,

Je suis en mission à l'intérieur du pays du 25 au 29 janvier 2021 et ne consulterai ma messagerie que de manière irrégulière.

Pour toute question urgente, vous pouvez vous adresser à M. Ahmed Ould Bah, Directeur de la Coopération internationale (cooperation@cndh.example.mr).

Cordialement,

Mohamed Lemine Ould Sidi
Secrétaire général
Commission Nationale des Droits de l'Homme (CNDH)
"""
    body = alt(text, "_000_DB7PR02MB4712OOF8C2A1E94_", html=outlook_html(text, lang="FR"))
    subj = hdr("Réponse automatique : Accusé de réception - " + M01_SUBJ, enc="Q")
    rows = exch_ooo(when, "mail-db7eur02on0614.outbound.protection.outlook.example.com", "198.51.100.114",
                    "4DPm3Bv94Kz1", ad(*M01_SG),
                    "<DB7PR02MB4712E6B3D9F1C208@DB7PR02MB4712.eurprd02.prod.outlook.example.com>", subj,
                    hdr("Accusé de réception - " + M01_SUBJ, enc="Q"), M01_ID, ack, "fr-FR", (0, 3))
    add(2, when, top(body, rows), dict(category="auto_reply", language="fr", acknowledge=False, on_time=None,
        notes="Exchange out-of-office of the secretary general copied on h297-01, answering our acknowledgement 46 "
              "seconds later ('Réponse automatique :' before our subject; References name h297-01; Auto-Submitted, "
              "X-Auto-Response-Suppress, null Return-Path). It names a colleague with 'M.' and his title, which "
              "is not a nomination. Never acknowledge; thread_of null as for dev auto-replies."))


# ================================================================ 03  AR  speaker  Jordanian parliamentary committee chair: plenary, alternate only stands in
M03_ID = "<7E4B21C9A05D4F3B8C6E19D2A7F05B31@EXCH02.parliament.example.jo>"
M03_SUBJ = "كتاب لجنة العمل والتنمية الاجتماعية والسكان بشأن المشاركة في الاستعراض الإقليمي للاتفاق العالمي للهجرة"
M03_QID = "4DRb7Hm25Tz9"
M03_LETTER = "كتاب رئيس لجنة العمل رقم ل ع-3-57.pdf"


def m03():
    when = at("2021-01-27 12:15:40")
    text = """السادة أمانة الاستعراض الإقليمي للاتفاق العالمي من أجل الهجرة الآمنة والمنظمة والنظامية - المنطقة العربية المحترمين،

تحية طيبة وبعد،

نرفق لكم طيّه كتاب سعادة رئيس لجنة العمل والتنمية الاجتماعية والسكان رقم ل ع/3/57 تاريخ 26/1/2021، ونورد نصه أدناه تسهيلاً للاطلاع.

مع وافر الاحترام،

عمر فيصل الحياري
مديرية العلاقات الدولية والبرلمانية
الأمانة العامة - مجلس النواب الأردني
هاتف: 00962 6 000 0000 - فرعي 2214

--------------------------------------------

مجلس النواب
لجنة العمل والتنمية الاجتماعية والسكان

الرقم: ل ع/3/57
التاريخ: 13 جمادى الآخرة 1442 هـ
الموافق: 26/1/2021 م

حضرة منسق أمانة الاستعراض الإقليمي للاتفاق العالمي من أجل الهجرة الآمنة والمنظمة والنظامية في المنطقة العربية المحترم

الموضوع: المشاركة في المؤتمر الإقليمي لاستعراض الاتفاق العالمي للهجرة

تحية طيبة وبعد،

بالإشارة إلى كتاب الدعوة الموجّه إلى مجلس النواب للمشاركة في الاستعراض الإقليمي للاتفاق العالمي من أجل الهجرة الآمنة والمنظمة والنظامية، يسرّني إعلامكم برغبة اللجنة في المشاركة في أعمال المؤتمر الإقليمي المنعقد يومي 24 و25 شباط/فبراير 2021، وأرجو التكرم بإدراج اسمي ضمن طالبي الكلمة لإلقاء مداخلة من القاعة في الجلسة العامة، أعرض فيها جهود مجلس النواب في مواءمة التشريعات الوطنية الناظمة لاستقدام العمالة الوافدة وتشغيلها مع أهداف الاتفاق العالمي، ولا سيما مشروع القانون المعدّل لقانون العمل المعروض حالياً على اللجنة.

وفي حال تعذّر حضوري لارتباطات تشريعية طارئة، تنوب عني في إلقاء المداخلة ذاتها سعادة النائب الدكتورة هالة محمود الزعبي، نائب رئيس اللجنة.

وتفضلوا بقبول فائق الاحترام والتقدير،

النائب المهندس خالد سليمان العبادي
رئيس لجنة العمل والتنمية الاجتماعية والسكان في مجلس النواب الأردني

نسخة/ معالي الأمين العام لمجلس النواب
نسخة/ مديرية العلاقات الدولية والبرلمانية
نسخة/ الملف
"""
    pdf = letter_pdf(["The Hashemite Kingdom of Jordan - House of Representatives",
                      "Committee on Labour, Social Development and Population", "",
                      "No.: L A/3/57      Date: 26/1/2021", "",
                      "To: Coordinator, Secretariat of the Regional Review of the GCM - Arab region",
                      "Subject: Participation in the Regional Conference (scanned Arabic original)", "",
                      "[signed and stamped]", "Eng. Khaled Suleiman Al-Abbadi, MP",
                      "Chairman of the Committee"])
    cid = "image001.png@01D6F4A3.6C2B1E90"
    body = ol_body(text, "EXCH02M03PARLJO", lang="AR-JO", rtl=True, cid=cid, rgb=(150, 110, 20), b64=True,
                   atts=[attach("application/pdf", pdf, M03_LETTER)])
    cc = ads(("مكتب معالي الأمين العام", "sg.office@parliament.example.jo"),
             ("أمانة سر لجنة العمل والتنمية الاجتماعية والسكان", "labour.committee@parliament.example.jo"),
             ("مديرية العلاقات الدولية والبرلمانية", "intl.relations@parliament.example.jo"),
             ("هالة الزعبي", "h.zoubi@parliament.example.jo"))
    m = mk(when, sent_at(when, 2, 7), "mail.parliament.example.jo", "203.0.113.45", M03_QID,
           ad("عمر فيصل الحياري", "o.hayari@parliament.example.jo"), hdr(M03_SUBJ), M03_ID, body, cc=cc,
           extra=outlook(hdr(M03_SUBJ), "AQHW9Gx2Lk5Rt8Nb1Vm4Pz7Qc0Sd3Fg6Hj==", lang="ar-JO", has_attach="yes"))
    add(3, when, m, dict(category="speaker_request", language="ar", acknowledge=True, on_time=True, speakers=[
        sp("خالد سليمان العبادي", "رئيس لجنة العمل والتنمية الاجتماعية والسكان", "مجلس النواب الأردني",
           ["plenary"])],
        notes="a parliament's international relations officer forwards a committee chair's letter (text in the body, "
              "scanned PDF attached: a letter, not a report). The chair asks for himself ('إدراج اسمي ضمن طالبي "
              "الكلمة ... مداخلة من القاعة في الجلسة العامة' = plenary); his name only in the signature after "
              "'النائب المهندس' (both dropped). The vice-chair is named only as a stand-in for the same intervention "
              "if he cannot attend ('تنوب عني في إلقاء المداخلة ذاتها'): one intervention, one speaker. Hijri date, "
              "'الرقم', 'نسخة/' lines; officials in Cc. The sender thanks us for the acknowledgement (h297-04)."))


# ================================================================ 04  AR  other  thank-you (iPhone) to our acknowledgement of 03
def m04():
    when = at("2021-01-28 09:03:22")
    ack = ack_mid(M03_QID)
    quoted = ack_text("ar", M03_SUBJ, "طلب المداخلة")
    text = """شكراً جزيلاً على التأكيد، يعطيكم العافية.

تم إبلاغ سعادة رئيس اللجنة، وبنتواصل معكم إذا صار أي تغيير.

عمر الحياري

أُرسلت من الـ iPhone

> في ‏27‏/01‏/2021، الساعة ‏12:16 م، كتب ‏GCM Regional Review Arab States <gcmrrarabstates@iom.int>:
>
""" + gt(quoted) + "\n"
    html = gmail_html(text, rtl=True)
    body = alt(text, "Apple-Mail-2B9E7C41-5D03-4F8A-A6C1-93E0D27B4F15", html=html, b64=True)
    m = mk(when, sent_at(when, 2, 6), "mail.parliament.example.jo", "203.0.113.45", "4DRt1Ks83Vz2",
           ad("عمر فيصل الحياري", "o.hayari@parliament.example.jo"), re_hdr("Re: ", "إشعار استلام - " + M03_SUBJ),
           "<C41A8F2E-7B9D-4E06-91C3-5D2F8A0B6E47@parliament.example.jo>", body,
           extra=[("In-Reply-To", ack), ("References", M03_ID + " " + ack), ("X-Mailer", IPHONE)])
    add(4, when, m, dict(category="other", language="ar", acknowledge=False, on_time=None, thread_of=H % 3,
        notes="a thank-you from the sender of h297-03 answering our acknowledgement (References name h297-03), "
              "from his iPhone in Jordanian colloquial ('يعطيكم العافية', 'بنتواصل معكم إذا صار أي تغيير'): it "
              "adds nothing new, so no acknowledgement. The quoted acknowledgement repeats the subject and 'طلب "
              "المداخلة'."))


# ================================================================ 05  EN  both  Bahraini national committee: note verbale, national report, delegation table
M05_ID = "<AM0PR03MB5874D2E9B17C4A06@AM0PR03MB5874.eurprd03.prod.outlook.example.com>"
M05_SUBJ = "Note Verbale No. NCLMTP/IO/2021/019 - National voluntary GCM review report and delegation"
M05_QID = "4DSn5Pk48Lz7"
M05_NV = "Note_Verbale_NCLMTP-IO-2021-019.pdf"
M05_REP = "Bahrain_National_Voluntary_GCM_Review_Report_2021.pdf"
M05_FROM = ("Huda Ebrahim Janahi", "h.janahi@nclmtp.example.bh")
M05_CC = [("Yusuf Jassim Bucheeri", "y.bucheeri@lmra.example.bh"),
          ("Noora Khalid Al-Sayed", "n.alsayed@nclmtp.example.bh"),
          ("Ahmed Rashid Al-Kooheji", "a.alkoheji@mofa.example.bh"),
          ("International Organizations Directorate", "io.directorate@mofa.example.bh"),
          ("Office of the Chairperson NCLMTP", "chair.office@nclmtp.example.bh")]
M05_ROWS = [["No.", "Name", "Position", "Delegation", "Speaking role"],
            ["1", "H.E. Ms. Fatima Abdulla Al-Mannai",
             "Chairperson, National Committee on Labour Mobility and Combating Trafficking in Persons (NCLMTP)",
             "Head of Delegation", "Statement in the plenary session"],
            ["2", "Mr. Yusuf Jassim Bucheeri",
             "Director of Labour Migration Policy, Labour Market Regulatory Authority (LMRA)",
             "Alternate Head of Delegation", "Floor intervention, Thematic Roundtable 3"],
            ["3", "Ms. Noora Khalid Al-Sayed", "Legal Researcher, NCLMTP Secretariat", "Delegate", "-"],
            ["4", "Mr. Ahmed Rashid Al-Kooheji",
             "First Secretary, Permanent Mission of the Kingdom of Bahrain, Geneva", "Delegate", "-"]]
M05_PRE = """Dear Sir/Madam,

Please find attached Note Verbale No. NCLMTP/IO/2021/019 of the Secretariat of the National Committee on Labour Mobility and Combating Trafficking in Persons (NCLMTP), together with the national voluntary GCM review report of the Kingdom of Bahrain, for the Regional Review of the Global Compact for Migration in the Arab region.

The Note Verbale reads as follows:

"The Secretariat of the National Committee on Labour Mobility and Combating Trafficking in Persons of the Kingdom of Bahrain presents its compliments to the Secretariat of the Regional Review of the Global Compact for Safe, Orderly and Regular Migration in the Arab region and, with reference to the letter of invitation, has the honour to transmit herewith the national voluntary GCM review report of the Kingdom of Bahrain.

The Secretariat of the National Committee further has the honour to inform that the delegation of the Kingdom of Bahrain to the Regional Conference on 24-25 February 2021 will be composed as follows, in order of precedence, and kindly requests that the speaking roles indicated below be reserved:"
"""
M05_POST = """"The Secretariat of the National Committee on Labour Mobility and Combating Trafficking in Persons avails itself of this opportunity to renew to the Secretariat of the Regional Review the assurances of its highest consideration."

Best regards,

Huda Ebrahim Janahi
Senior International Relations Specialist
Secretariat of the National Committee on Labour Mobility and Combating Trafficking in Persons
Kingdom of Bahrain
Tel: +973 1700 0000

DISCLAIMER: This e-mail and any attachments are confidential and intended solely for the addressee(s). If you have received it in error, please notify the sender and delete it. Views expressed are not necessarily those of the Government of the Kingdom of Bahrain.
"""
M05_BLOCKS = [M05_PRE, ("table", M05_ROWS), M05_POST]
M05_TEXT = blocks_text(M05_BLOCKS)


def m05():
    when = at("2021-01-29 09:12:48")
    nv = letter_pdf(["KINGDOM OF BAHRAIN", "National Committee on Labour Mobility and Combating Trafficking in Persons",
                     "Secretariat", "", "Ref: NCLMTP/IO/2021/019", "Manama, 28 January 2021", "",
                     "NOTE VERBALE", "",
                     "The Secretariat of the National Committee presents its compliments to the Secretariat",
                     "of the Regional Review of the Global Compact for Safe, Orderly and Regular Migration",
                     "in the Arab region and has the honour to transmit herewith the national voluntary",
                     "GCM review report of the Kingdom of Bahrain and the composition of its delegation.",
                     "", "[stamp]"])
    rep = rep_pdf("Kingdom of Bahrain - National Voluntary GCM Review Report 2021",
                  "National Committee on Labour Mobility and Combating Trafficking in Persons (NCLMTP)",
                  ["Institutional framework", "Wage Protection System and flexible work permits",
                   "Combating trafficking in persons", "Migrant workers and COVID-19", "Way forward"])
    cid = "image001.png@01D6F60B.3A9D2E70"
    html = blocks_html(M05_BLOCKS, lang="EN-US", img_cid=cid)
    body = ol_body(M05_TEXT, "AM0PR03MB5874D2E9B17C4A06", html=html, cid=cid, rgb=(200, 16, 46),
                   atts=[attach("application/pdf", nv, M05_NV), attach("application/pdf", rep, M05_REP)])
    m = mk(when, sent_at(when, 3, 10), "mail-am0eur03on0626.outbound.protection.outlook.example.com",
           "198.51.100.126", M05_QID, ad(*M05_FROM), M05_SUBJ, M05_ID, body, cc=ads(*M05_CC),
           extra=outlook(M05_SUBJ, "AQHW9fK3Lm8Pq2Rs5Tu7Vw9Xy1Za3Bc5De==", lang="en-US", has_attach="yes"))
    add(5, when, m, dict(category="both", language="en", acknowledge=True, on_time=True, speakers=[
        sp("Fatima Abdulla Al-Mannai", "Chairperson",
           "National Committee on Labour Mobility and Combating Trafficking in Persons (NCLMTP)", ["plenary"]),
        sp("Yusuf Jassim Bucheeri", "Director of Labour Migration Policy",
           "Labour Market Regulatory Authority (LMRA)", ["roundtable"], 3)],
        report_attachments=[M05_REP],
        notes="a national committee's e-mail quoting its note verbale: it transmits the national voluntary GCM "
              "review report (a voluntary report for the review) and asks that speaking roles be reserved for the "
              "delegation listed in an HTML table in order of precedence. Only rows 1 and 2 have a speaking role "
              "(head of delegation: plenary statement; alternate head: Thematic Roundtable 3); rows 3-4 are "
              "delegates without one. 'H.E. Ms.'/'Mr.' dropped; the Position cell is split into title and "
              "institution. Two PDFs: the note verbale (letter, not part of the report) and the report. A mistyped "
              "Cc address bounces our acknowledgement (h297-06); the alternate is replaced in h297-11 and the "
              "plenary statement withdrawn in h297-24. Date in UTC+3."))


# ================================================================ 06  EN  bounce  the Cc copy of our acknowledgement of 05: mistyped address
def m06():
    when = at("2021-01-29 09:13:31")
    rcpt = "a.alkoheji@mofa.example.bh"
    text = POSTFIX_NOTICE + """
<%s>: host mx1.mofa.example.bh[203.0.113.210] said: 550 5.1.1
    <%s>: Recipient address rejected: User unknown in relay
    recipient table (in reply to RCPT TO command)
""" % (rcpt, rcpt)
    dsn = ("Reporting-MTA: dns; mx1.iom.int\n"
           "X-Postfix-Queue-ID: 4DSn6Fq02Wz3\n"
           "X-Postfix-Sender: rfc822; gcmrrarabstates@iom.int\n"
           "Arrival-Date: %s\n\n"
           "Final-Recipient: rfc822; %s\n"
           "Original-Recipient: rfc822;%s\n"
           "Action: failed\n"
           "Status: 5.1.1\n"
           "Remote-MTA: dns; mx1.mofa.example.bh\n"
           "Diagnostic-Code: smtp; 550 5.1.1 <%s>: Recipient address rejected: User\n"
           "    unknown in relay recipient table\n"
           % (rfcdate(when - dt.timedelta(seconds=5), "EET"), rcpt, rcpt, rcpt))
    hdrs = ("Return-Path: <gcmrrarabstates@iom.int>\n"
            "From: GCM Regional Review Arab States <gcmrrarabstates@iom.int>\n"
            "To: Huda Ebrahim Janahi <h.janahi@nclmtp.example.bh>\n"
            "Cc: %s\n"
            "Subject: Acknowledgement of receipt - %s\n"
            "Date: %s\n"
            "Message-ID: %s\n"
            "In-Reply-To: %s\n"
            "References: %s\n" % (",\n    ".join("%s <%s>" % c for c in M05_CC), M05_SUBJ,
                                  rfcdate(when - dt.timedelta(seconds=8)), ack_mid(M05_QID), M05_ID, M05_ID))
    body = dsn_report(text, dsn, hdrs, "4DSn6Hx27Nz5.1611904411/mx1.iom.int")
    rows = [("Return-Path", "<>"), ("Delivered-To", "gcmrrarabstates@iom.int"),
            ("Received", "by mx1.iom.int (Postfix)\r\n\tid 4DSn6Hx27Nz5; %s" % rfcdate(when, "EET")),
            ("Date", rfcdate(when, "EET")),
            ("From", "MAILER-DAEMON@mx1.iom.int (Mail Delivery System)"),
            ("Subject", "Undelivered Mail Returned to Sender"),
            ("To", "gcmrrarabstates@iom.int"),
            ("Auto-Submitted", "auto-replied"),
            ("Message-Id", "<20210129071331.4DSn6Hx27Nz5@mx1.iom.int>")]
    add(6, when, top(body, rows), dict(category="bounce", language="en", acknowledge=False, on_time=None,
        notes="Postfix DSN (5.1.1 user unknown) for the copy of our acknowledgement of h297-05 sent to a mistyped "
              "Cc address of the delegation ('alkoheji' for 'Al-Kooheji'); the returned headers carry the note "
              "verbale's subject and five officials' names. Never acknowledge; thread_of null as for dev "
              "bounces."))


# ================================================================ 07  FR  other  Algerian ministry: questions before designating anyone
def m07():
    when = at("2021-02-01 10:30:54")
    subj = "Examen régional PMM – demande de précisions (rapport volontaire, désignation de l'intervenant)"
    text = """Madame, Monsieur,

Suite à la lettre d'invitation relative à l'Examen régional du Pacte mondial pour des migrations sûres, ordonnées et régulières dans la région arabe, transmise au Ministère par le canal de notre Ambassade à Beyrouth, j'ai l'honneur de solliciter de votre haute bienveillance les précisions suivantes, afin de permettre à nos services de finaliser les modalités de la participation algérienne :

1. Les États membres ayant déjà présenté un examen national volontaire peuvent-ils également soumettre un rapport volontaire au titre de l'examen régional, ou celui-ci est-il réservé aux parties prenantes (société civile, syndicats, secteur privé, institutions nationales des droits de l'homme) ?

2. La désignation d'un intervenant gouvernemental doit-elle vous parvenir par note verbale de la Mission permanente à Genève, ou un courriel de la Direction générale suffit-il ? Le nom de l'intervenant vous sera en tout état de cause communiqué dès sa validation par le Cabinet de Monsieur le Ministre.

3. Une lettre d'invitation nominative pourrait-elle être adressée aux membres de la délégation ? Elle est requise pour l'établissement des ordres de mission, y compris pour une participation à distance.

Je vous saurais gré de bien vouloir nous faire parvenir ces éléments dans les meilleurs délais, compte tenu de la date limite du 5 février.

Veuillez agréer, Madame, Monsieur, l'expression de ma considération distinguée.

Nadir Benmansour
Sous-directeur des Affaires sociales et de la Circulation des personnes
Direction générale de la Communauté nationale à l'étranger
Ministère des Affaires étrangères – Alger
"""
    html = ('<html><body><div style="font-family: arial, helvetica, sans-serif; font-size: 12pt; color: #000000">'
            + "".join("<div>%s</div>" % (esc(x) if x else "<br data-mce-bogus=\"1\">")
                      for x in text.rstrip("\n").split("\n")) + "</div></body></html>\n")
    body = alt(text, "=_3f7c1a92-5e0b-4d8e-a6f1-2c9b7d04e5a8", html=html)
    cc = ads(("Direction générale de la Communauté nationale à l'étranger", "dgcne@mae.example.dz"),
             ("Karima Ait Saada", "k.aitsaada@mae.example.dz"))
    m = mk(when, sent_at(when, 1, 5), "zimbra.mae.example.dz", "203.0.113.88", "4DV0c8Lm14Rz",
           ad("Nadir Benmansour", "n.benmansour@mae.example.dz"), hdr(subj, enc="Q"),
           "<1902447713.5521904.1612171849102.JavaMail.zimbra@mae.example.dz>", body, cc=cc,
           extra=[("X-Mailer", ZIMBRA), ("Thread-Index", "d8Hk2Xq7Lp4Vb9Nc3Mz1Rt6Wy0Fs5Ag==")])
    add(7, when, m, dict(category="other", language="fr", acknowledge=True, on_time=None,
        notes="a ministry's formal questions (may a State that has presented a national review also send a "
              "voluntary report? must the speaker be designated by note verbale? nominative invitation letters "
              "for mission orders?): the name of its speaker 'vous sera communiqué' later and no report is sent, "
              "so nothing is requested or submitted yet despite the words 'rapport volontaire', 'intervenant' and "
              "'date limite du 5 février'. Zimbra web client, Date in UTC+1."))


# ================================================================ 08  AR  speaker  Sudanese NHRI: three speakers in order of precedence, Arabic HTML table
M08_ROWS = [["الترتيب", "الاسم", "المنصب", "الصفة في الوفد", "الدور المطلوب"],
            ["1", "سعادة الأستاذ الدكتور عثمان الطيب عبد الرحيم", "رئيس الهيئة", "رئيس الوفد",
             "مداخلة في الجلسة العامة للمؤتمر"],
            ["2", "الأستاذة سلوى إبراهيم النور", "عضو مجلس المفوضين ومقررة لجنة الهجرة واللجوء", "نائب رئيس الوفد",
             "مداخلة في المائدة المستديرة المواضيعية الثانية"],
            ["3", "السيدة رحاب عوض الكريم محمد", "مديرة إدارة الرصد والشكاوى", "عضو",
             "مقرِّرة لعرض الرسائل الرئيسية لأصحاب المصلحة"]]


def m08():
    when = at("2021-02-02 11:45:22")
    subj = "ترشيح متحدثي الهيئة الوطنية المستقلة لحقوق الإنسان - المؤتمر الإقليمي لاستعراض الاتفاق العالمي للهجرة"
    pre = """السادة أمانة الاستعراض الإقليمي للاتفاق العالمي للهجرة في المنطقة العربية المحترمين،

تحية طيبة وبعد،

بالإشارة إلى دعوتكم الكريمة للمؤسسات الوطنية لحقوق الإنسان إلى المشاركة في الاستعراض الإقليمي للاتفاق العالمي من أجل الهجرة الآمنة والمنظمة والنظامية، يسرّ الهيئة الوطنية المستقلة لحقوق الإنسان أن تحيطكم علماً بتشكيلة وفدها إلى المشاورة متعددة أصحاب المصلحة (23 شباط/فبراير) والمؤتمر الإقليمي (24-25 شباط/فبراير)، مرتّبةً حسب البروتوكول، مع الأدوار التي نرجو التكرم بحجزها لكل منهم:
"""
    post = """ونفيدكم بأن الهيئة بصدد استكمال تقريرها الطوعي، وسترسله إليكم قبل الموعد المحدد في 16 شباط/فبراير.

وتفضلوا بقبول فائق الاحترام،

مكتب رئيس الهيئة
الهيئة الوطنية المستقلة لحقوق الإنسان
الخرطوم - جمهورية السودان
هاتف: +249 183 000 000
"""
    blocks = [pre, ("table", M08_ROWS), post]
    text = blocks_text(blocks)
    cid = "image001.png@01D6F95C.2E7A4B10"
    body = ol_body(text, "VI1PR09MB3312B5E8A4C1D927", html=blocks_html(blocks, lang="AR-SA", rtl=True, img_cid=cid),
                   cid=cid, rgb=(0, 70, 140), b64=True)
    cc = ads(("سلوى إبراهيم النور", "s.elnour@nihr.example.sd"), ("رحاب عوض الكريم", "r.awadelkarim@nihr.example.sd"),
             ("إدارة العلاقات الدولية", "intl@nihr.example.sd"))
    m = mk(when, sent_at(when, 2, 8), "mail-vi1eur09on0633.outbound.protection.outlook.example.com",
           "198.51.100.133", "4DVk4Rn62Pz8", ad("مكتب رئيس الهيئة", "chairman.office@nihr.example.sd"), hdr(subj),
           "<VI1PR09MB3312B5E8A4C1D927@VI1PR09MB3312.eurprd09.prod.outlook.example.com>", body, cc=cc,
           extra=outlook(hdr(subj), "AQHW+Rk8Tz1Wq4Xc7Vb0Nm3Lp6Ks9Jh2Gf==", lang="ar-SA"))
    aff = "الهيئة الوطنية المستقلة لحقوق الإنسان"
    add(8, when, m, dict(category="speaker_request", language="ar", acknowledge=True, on_time=True, speakers=[
        sp("عثمان الطيب عبد الرحيم", "رئيس الهيئة", aff, ["plenary"]),
        sp("سلوى إبراهيم النور", "عضو مجلس المفوضين ومقررة لجنة الهجرة واللجوء", aff, ["roundtable"], 2),
        sp("رحاب عوض الكريم محمد", "مديرة إدارة الرصد والشكاوى", aff, ["rapporteur"])],
        notes="an NHRI's chair's office lists three speakers in order of precedence in an RTL HTML table (tab-"
              "separated rows in the plain text): honorifics ('سعادة الأستاذ الدكتور', 'الأستاذة', 'السيدة') "
              "dropped; the delegation-role column (رئيس الوفد ...) is not the job title; roles plenary, "
              "roundtable as an ordinal ('الثانية') and rapporteur ('مقرِّرة لعرض الرسائل الرئيسية'); the second "
              "speaker's title contains 'مقررة لجنة' (committee rapporteur), which is not the rapporteur role. The "
              "report is only announced for later: speaker_request. Sent from a generic office mailbox."))


# ================================================================ 09  EN  other  Iraqi parliamentary committee registers Members who will not take the floor
def m09():
    when = at("2021-02-03 14:05:11")
    subj = "Registration of the delegation of the Committee on Displacement, Migration and Expatriate Affairs"
    rows = [["No.", "Name", "Position", "Participation"],
            ["1", "Hon. Dr. Raad Hameed Al-Dulaimi", "Chairman of the Committee", "Head of Delegation - online"],
            ["2", "Hon. Ms. Shatha Kadhim Al-Musawi", "Deputy Chairperson of the Committee", "Online"],
            ["3", "Hon. Mr. Ammar Younis Al-Hamdani", "Rapporteur of the Committee", "Online"],
            ["4", "Mr. Firas Nabil Abdulwahid", "Director, Committee Office", "Online - staff support"]]
    pre = """Dear Colleagues,

With reference to your invitation to the Regional Review of the Global Compact for Migration in the Arab region, and upon the instructions of the Chairman of the Committee on Displacement, Migration and Expatriate Affairs of the Council of Representatives of Iraq, I have the honour to register the following Members of Parliament and staff for the Regional Conference on 24-25 February 2021:
"""
    post = """The delegation will follow the proceedings as observers. None of the Honourable Members intends to take the floor, since the position of the Republic of Iraq will be presented by the Government delegation.

We would be grateful if the connection details could be sent to each participant at the e-mail addresses in copy, and if you could confirm whether simultaneous interpretation into Arabic will be provided in the plenary and in the roundtables.

Please accept the assurances of our highest consideration.

Firas Nabil Abdulwahid
Director, Office of the Committee on Displacement, Migration and Expatriate Affairs
Council of Representatives of Iraq
Baghdad
"""
    blocks = [pre, ("table", rows), post]
    text = blocks_text(blocks)
    inner = "".join("<div>%s</div>" % (esc(x) if x else "<br>") for x in pre.strip("\n").split("\n"))
    inner += "<div><br></div>" + ms_table(rows).replace('class="MsoTableGrid" ', '') + "<div><br></div>"
    inner += "".join("<div>%s</div>" % (esc(x) if x else "<br>") for x in post.strip("\n").split("\n"))
    html = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body dir="ltr">'
            '<div style="font-family:Calibri,Arial,Helvetica,sans-serif;font-size:12pt;color:rgb(0,0,0)">%s</div>'
            '</body></html>\n' % inner)
    body = alt(text, "_000_AS8PR07MB7623F1C4B9E2A058_", html=html)
    cc = ads(("Raad Al-Dulaimi", "r.aldulaimi@parliament.example.iq"),
             ("Shatha Al-Musawi", "s.almusawi@parliament.example.iq"),
             ("Ammar Al-Hamdani", "a.alhamdani@parliament.example.iq"),
             ("Protocol Department", "protocol@parliament.example.iq"))
    m = mk(when, sent_at(when, 3, 9), "mail-as8eur07on0648.outbound.protection.outlook.example.com",
           "198.51.100.148", "4DWq7Ts09Bz6", ad("Firas Nabil Abdulwahid", "f.abdulwahid@parliament.example.iq"),
           subj, "<AS8PR07MB7623F1C4B9E2A058@AS8PR07MB7623.eurprd07.prod.outlook.example.com>", body, cc=cc,
           extra=outlook(subj, "AQHW+k2Rt5Yp8Wm1Qs4Xn7Bz0Vc3Lk6Jd==", lang="en-US")[:5] + [("X-Mailer", OWA)])
    add(9, when, m, dict(category="other", language="en", acknowledge=True, on_time=None,
        notes="a parliamentary committee registers four participants in an HTML table (Head of Delegation, "
              "Deputy Chairperson, 'Rapporteur of the Committee' ...) but states 'None of the Honourable Members "
              "intends to take the floor': attendance only, not a speaker request. The committee rapporteur's "
              "title is not the rapporteur role; 'plenary' and 'roundtables' appear only in a question about "
              "interpretation. Outlook Web App, Date in UTC+3."))


# ================================================================ 10  FR  both  Tunisian parliamentary committee: contribution + two speakers (its 'Rapporteure' does not speak)
M10_LETTER = "Lettre_ARP_CTEM_2021-036.pdf"
M10_REP = "Contribution écrite – Commission TEM – Examen régional PMM.pdf"


def m10():
    when = at("2021-02-04 16:22:45")
    subj = "Participation de la Commission des Tunisiens à l'étranger et de la migration (ARP) – Examen régional PMM"
    text = """Madame, Monsieur,

D'ordre de Madame la Présidente de la Commission des Tunisiens à l'étranger et de la migration de l'Assemblée des Représentants du Peuple (ARP), j'ai l'honneur de vous faire parvenir ci-joint la lettre n° 2021/036 relative à la participation de la Commission à l'Examen régional du Pacte mondial pour des migrations sûres, ordonnées et régulières dans la région arabe.

La délégation de la Commission à la Conférence régionale des 24 et 25 février 2021 se compose comme suit, par ordre protocolaire :

1. Mme Olfa Ben Romdhane, Présidente de la Commission des Tunisiens à l'étranger et de la migration, cheffe de la délégation : intervention en séance plénière ;
2. M. Hichem Jaziri, Vice-président de la Commission, chef adjoint de la délégation : intervention dans la table ronde thématique n° 1 ;
3. Mme Ines Khemiri, Rapporteure de la Commission : membre de la délégation, sans prise de parole.

La Commission a par ailleurs l'honneur de vous transmettre, également en pièce jointe, sa contribution écrite au titre des rapports volontaires de l'examen régional, adoptée en réunion de commission le 2 février 2021.

Les intéressés sont en copie du présent courriel.

Veuillez agréer, Madame, Monsieur, l'expression de ma haute considération.

Sonia Trabelsi
Administratrice conseillère
Direction des Relations extérieures et de la Coopération parlementaire
Assemblée des Représentants du Peuple (ARP)
Palais du Bardo – Tunis
Tél. : +216 71 000 000
"""
    letter = letter_pdf(["REPUBLIQUE TUNISIENNE", "Assemblee des Representants du Peuple",
                         "Commission des Tunisiens a l'etranger et de la migration", "",
                         "Le Bardo, le 3 fevrier 2021", "N. 2021/036", "",
                         "Objet : Participation a l'Examen regional du Pacte mondial sur les migrations", "",
                         "J'ai l'honneur de vous faire connaitre la composition de la delegation de la Commission",
                         "(voir liste) et de vous transmettre sa contribution ecrite.", "",
                         "La Presidente de la Commission", "Olfa Ben Romdhane"])
    rep = rep_pdf("Contribution ecrite de la Commission des Tunisiens a l'etranger et de la migration (ARP)",
                  "Assemblee des Representants du Peuple, Tunis - fevrier 2021",
                  ["Cadre legislatif de la migration en Tunisie", "Projet de loi sur l'asile",
                   "Tunisiens a l'etranger et COVID-19", "Recommandations de la Commission"])
    body = ol_body(text, "PR0P264MB1823A5C7E29B4D61", lang="FR", b64=False,
                   atts=[attach("application/pdf", letter, M10_LETTER), attach("application/pdf", rep, M10_REP)])
    cc = ads(("Olfa Ben Romdhane", "o.benromdhane@arp.example.tn"), ("Hichem Jaziri", "h.jaziri@arp.example.tn"),
             ("Ines Khemiri", "i.khemiri@arp.example.tn"),
             ("Direction des Relations extérieures", "relations.exterieures@arp.example.tn"),
             ("Cabinet du Président de l'ARP", "cabinet.president@arp.example.tn"))
    m = mk(when, sent_at(when, 1, 12), "mail.arp.example.tn", "203.0.113.61", "4DXs3Kv58Gz2",
           ad("Sonia Trabelsi", "s.trabelsi@arp.example.tn"), hdr(subj, enc="Q"),
           "<001c01d6fb0a$8e4f2a10$aaed7e30$@arp.example.tn>", body, cc=cc,
           extra=outlook(hdr(subj, enc="Q"), "AQIb4Rk7Tz2Wq5Xc8Vb1Nm4Lp7Ks0Jh3Gf==", lang="fr", has_attach="yes"))
    aff = "Assemblée des Représentants du Peuple (ARP)"
    add(10, when, m, dict(category="both", language="fr", acknowledge=True, on_time=True, speakers=[
        sp("Olfa Ben Romdhane", "Présidente de la Commission des Tunisiens à l'étranger et de la migration", aff,
           ["plenary"]),
        sp("Hichem Jaziri", "Vice-président de la Commission", aff, ["roundtable"], 1)],
        report_attachments=[M10_REP],
        notes="a parliamentary committee's delegation in order of precedence, in a numbered list: the head "
              "(plénière) and her deputy ('table ronde thématique n° 1') speak; the third member is 'Rapporteure "
              "de la Commission' (her title) but 'sans prise de parole', so she is neither a speaker nor the "
              "rapporteur role. The written contribution 'au titre des rapports volontaires' makes it 'both' (on "
              "time on 4 February); two PDFs, only the contribution is the report, the other is the letter on "
              "letterhead. 'Mme'/'M.' dropped; the delegation roles (cheffe, chef adjoint) are not titles. Outlook "
              "desktop, five in Cc, Date in UTC+1."))


# ================================================================ 11  EN  speaker  Bahrain: the alternate is replaced (reply to 05)
M11_ID = "<AM0PR03MB5874A7F3C9E1B024@AM0PR03MB5874.eurprd03.prod.outlook.example.com>"
M11_NEW = """Dear Sir/Madam,

Further to our email below and to Note Verbale No. NCLMTP/IO/2021/019, please note the following change in the delegation of the Kingdom of Bahrain.

Mr. Yusuf Jassim Bucheeri, Alternate Head of Delegation, will regrettably be unable to take part in the Regional Conference owing to prior official commitments. He will be replaced as Alternate Head of Delegation by Ms. Maryam Hasan Al-Aali, Acting Director of Labour Migration Policy at the Labour Market Regulatory Authority (LMRA), who will deliver the floor intervention in Thematic Roundtable 3 in his stead.

The rest of the delegation, including the statement of H.E. the Head of Delegation in the plenary session, remains as communicated. A Note Verbale confirming this change will follow.

Best regards,

Huda Ebrahim Janahi
Senior International Relations Specialist
Secretariat of the National Committee on Labour Mobility and Combating Trafficking in Persons
Kingdom of Bahrain
Tel: +973 1700 0000
"""
M11_QHEAD = """From: Huda Ebrahim Janahi <h.janahi@nclmtp.example.bh>
Sent: Friday, January 29, 2021 10:12 AM
To: gcmrrarabstates@iom.int
Cc: %s
Subject: %s
""" % (plain_list(*M05_CC), M05_SUBJ)


def m11():
    when = at("2021-02-05 17:40:10")
    subj = "RE: " + M05_SUBJ
    cc = M05_CC[:2] + M05_CC[3:] + [("Maryam Hasan Al-Aali", "m.alaali@lmra.example.bh")]
    blocks = [M11_NEW, "________________________________\n" + M11_QHEAD] + M05_BLOCKS
    text = blocks_text(blocks)
    html = blocks_html(blocks, lang="EN-US")
    body = ol_body(text, "AM0PR03MB5874A7F3C9E1B024", html=html)
    m = mk(when, sent_at(when, 3, 9), "mail-am0eur03on0626.outbound.protection.outlook.example.com",
           "198.51.100.126", "4DZ2nQ84Tz1K", ad(*M05_FROM), subj, M11_ID, body, cc=ads(*cc),
           extra=[("In-Reply-To", M05_ID), ("References", M05_ID)]
           + outlook(subj, "AQHW9fK3Lm8Pq2Rs5Tu7Vw9Xy1Za3Bc5DeAAhR4kPA=", lang="en-US"))
    add(11, when, m, dict(category="speaker_request", language="en", acknowledge=True, on_time=True,
        thread_of=H % 5, speakers=[
            sp("Maryam Hasan Al-Aali", "Acting Director of Labour Migration Policy",
               "Labour Market Regulatory Authority (LMRA)", ["roundtable"], 3)],
        notes="replacement of a speaker, as an Outlook reply quoting h297-05 (In-Reply-To set; quoted header block "
              "and the whole delegation table below, not '>'-prefixed): the new alternate takes the Roundtable 3 "
              "intervention 'in his stead'; the head's plenary statement is only said to be unchanged, so only the "
              "new speaker is listed. Received 17:40 on 5 February, on time. The corrected Cc drops the address "
              "that bounced (h297-06)."))


# ================================================================ 12  AR  speaker  Iraqi ministry: delegation list, the last sentence asks for the floor (23:58)
def m12():
    when = at("2021-02-05 23:58:40")
    subj = "تسجيل وفد وزارة شؤون المغتربين والهجرة في المؤتمر الإقليمي للاتفاق العالمي للهجرة"
    rows = [["ت", "الاسم", "المنصب", "الجهة", "الصفة في الوفد"],
            ["1", "الدكتور نوفل جبار الخفاجي", "الوكيل الأقدم للوزارة", "وزارة شؤون المغتربين والهجرة", "رئيس الوفد"],
            ["2", "السيدة إيمان عبد الستار الجبوري", "مديرة عام دائرة شؤون المغتربين", "وزارة شؤون المغتربين والهجرة",
             "عضو"],
            ["3", "السيد حسنين علي الموسوي", "مدير قسم المنظمات الدولية", "وزارة شؤون المغتربين والهجرة", "عضو"],
            ["4", "السيدة زينب قاسم الربيعي", "مترجمة - قسم العلاقات الخارجية", "وزارة شؤون المغتربين والهجرة",
             "عضو (دعم فني)"]]
    pre = """السادة أمانة الاستعراض الإقليمي للاتفاق العالمي للهجرة المحترمين،

تحية طيبة،

بالإشارة إلى كتاب الدعوة الخاص بالاستعراض الإقليمي للاتفاق العالمي من أجل الهجرة الآمنة والمنظمة والنظامية، نرجو التفضل بتسجيل أعضاء وفد وزارة شؤون المغتربين والهجرة المدرجة أسماؤهم في الجدول أدناه للمشاركة في أعمال المؤتمر الإقليمي يومي 24 و25 شباط 2021 عبر الاتصال المرئي:
"""
    post = """كما يرغب السيد الوكيل الأقدم للوزارة، رئيس الوفد، في تقديم مداخلة ضمن المائدة المستديرة المواضيعية الرابعة.

نعتذر عن تأخر إرسال هذه القائمة إلى هذه الساعة بسبب انتظار موافقة مكتب السيد الوزير.

مع التقدير،

م. مصطفى كريم السعدي
قسم المنظمات الدولية
دائرة العلاقات الخارجية - وزارة شؤون المغتربين والهجرة
بغداد - جمهورية العراق
"""
    blocks = [pre, ("table", rows), post]
    text = blocks_text(blocks)
    body = ol_body(text, "MOMDEXCH01B7A2", html=blocks_html(blocks, lang="AR-IQ", rtl=True), b64=True)
    cc = ads(("مكتب الوكيل الأقدم", "senior.deputy@momd.example.iq"),
             ("إيمان الجبوري", "e.aljubouri@momd.example.iq"), ("حسنين الموسوي", "h.almousawi@momd.example.iq"))
    m = mk(when, sent_at(when, 3, 6), "mail.momd.example.iq", "203.0.113.97", "4DZ9wLx31Mz5",
           ad("مصطفى كريم السعدي", "m.alsaadi@momd.example.iq"), hdr(subj),
           "<b3e91f0c47d24a6e9c15f28a7d03e6b4@EXCH01.momd.example.iq>", body, cc=cc,
           extra=outlook(hdr(subj), "AdcLq9Xw2Rt5Yu8Io1Pa4Sd7Fg0Hj3Kl==", lang="ar-IQ"))
    add(12, when, m, dict(category="speaker_request", language="ar", acknowledge=True, on_time=True, speakers=[
        sp("نوفل جبار الخفاجي", "الوكيل الأقدم للوزارة", "وزارة شؤون المغتربين والهجرة", ["roundtable"], 4)],
        notes="a ministry registers its four-member delegation (HTML table, RTL) for attendance; the category turns "
              "on the sentence after the table: the head of delegation 'يرغب ... في تقديم مداخلة ضمن المائدة "
              "المستديرة المواضيعية الرابعة' (= 4), while the other three only attend. He is named in that sentence "
              "by his post only; name from the table ('الدكتور' dropped), title as in the Position column, the "
              "ministry from the Institution column. Deadline edge: received 23:58:40 Beirut on Friday 5 February "
              "(Date Sat 6 Feb 00:58 +0300): on time, despite the apology for the hour. The signer ('م.') is not a "
              "speaker. On-premises Exchange."))


# ================================================================ 13  FR  speaker  Moroccan ministry: 23:04 in Rabat is 00:04 in Beirut (late)
def m13():
    when = at("2021-02-06 00:04:12")
    subj = "Désignation de la représentante du Ministère – Discussion ouverte du 23 février"
    text = """Madame, Monsieur,

J'ai l'honneur de porter à votre connaissance que Son Excellence Monsieur le Ministre de l'Emploi et de l'Insertion professionnelle a bien voulu désigner Madame Khadija Bennani, Directrice de la Migration de travail, pour représenter le Ministère et prendre part à la discussion ouverte de la consultation multipartite du 23 février 2021, dans le cadre de l'Examen régional du Pacte mondial sur les migrations.

Mme Bennani présentera notamment le dispositif marocain d'intermédiation pour l'emploi à l'international et les accords bilatéraux de main-d'œuvre conclus avec l'Espagne (travail saisonnier agricole) et plusieurs pays du Golfe.

Ses coordonnées : k.bennani@emploi.example.ma – +212 5 37 00 00 00.

Je vous prie de bien vouloir excuser l'envoi tardif de ce message, dû aux délais de validation, et vous confirme qu'il vous parvient dans le délai fixé au 5 février.

Veuillez agréer, Madame, Monsieur, l'expression de mes salutations distinguées.

Youssef Alaoui Mdaghri
Chef de la Division de la Coopération internationale
Direction de la Migration de travail
Ministère de l'Emploi et de l'Insertion professionnelle – Royaume du Maroc
"""
    cid = "image001.png@01D6FBC4.9A2E5F30"
    body = ol_body(text, "MR2P264MB0851C3E7A9B1F462", lang="FR", cid=cid, rgb=(193, 39, 45))
    cc = ads(("Khadija Bennani", "k.bennani@emploi.example.ma"),
             ("Cabinet du Ministre", "cabinet@emploi.example.ma"),
             ("Direction de la Migration de travail", "dmt@emploi.example.ma"))
    m = mk(when, sent_at(when, 1, 4), "mail-mr2fra01on0607.outbound.protection.outlook.example.com",
           "198.51.100.107", "4DZB1Tm47Qz0", ad("Youssef Alaoui Mdaghri", "y.alaouimdaghri@emploi.example.ma"),
           hdr(subj, enc="Q"), "<MR2P264MB0851C3E7A9B1F462@MR2P264MB0851.FRAP264.PROD.OUTLOOK.example.com>", body,
           cc=cc, extra=outlook(hdr(subj, enc="Q"), "AdbzEw5Rt8Yu1Io4Pa7Sd0Fg3Hj6Kl9Zx==", lang="fr-FR"))
    add(13, when, m, dict(category="speaker_request", language="fr", acknowledge=True, on_time=False, speakers=[
        sp("Khadija Bennani", "Directrice de la Migration de travail",
           "Ministère de l'Emploi et de l'Insertion professionnelle", ["open_discussion"])],
        notes="deadline edge the other way: the Date header says Friday 5 February 23:04 +0100 (Rabat) and the "
              "sender believes it is within 'le délai fixé au 5 février', but it reached the server at 00:04:12 "
              "Beirut time on 6 February: late. 'prendre part à la discussion ouverte de la consultation "
              "multipartite du 23 février' = open_discussion. 'Son Excellence Monsieur le Ministre' designates; "
              "'Madame' dropped; the ministry's full name only in the signature. The signer is not the speaker; "
              "inline logo."))


# ================================================================ 14  AR  other  Libyan NHRI declines, in a reply quoting the invitation
def m14():
    when = at("2021-02-08 09:30:37")
    inv_subj = "دعوة للمشاركة في الاستعراض الإقليمي للاتفاق العالمي من أجل الهجرة الآمنة والمنظمة والنظامية في المنطقة العربية"
    text = """السيدات والسادة أمانة الاستعراض الإقليمي المحترمين،

تحية طيبة وبعد،

بالإشارة إلى رسالتكم أدناه بشأن الدعوة إلى الاستعراض الإقليمي للاتفاق العالمي للهجرة، تتقدم الهيئة بالشكر على دعوتها، وتأسف لإبلاغكم بتعذّر مشاركتها في المشاورة متعددة أصحاب المصلحة وفي المؤتمر الإقليمي، لتزامن موعدهما مع انعقاد الدورة العادية لمجلس المفوضين ومع بعثة الرصد الميدانية إلى مراكز إيواء المهاجرين في الجنوب.

كما نحيطكم علماً بأن الهيئة لن تتمكن من إعداد تقرير طوعي في الآجال المحددة، وستكتفي بمتابعة مخرجات الاستعراض، ونرجو إبقاءنا على قائمتكم البريدية لموافاتنا بالتقرير الختامي.

مع خالص التقدير،

نوري المبروك الفيتوري
مدير إدارة العلاقات الدولية
الهيئة الليبية المستقلة لحقوق الإنسان
طرابلس - ليبيا

________________________________
من: GCM Regional Review Arab States <gcmrrarabstates@iom.int>
تم الإرسال: الثلاثاء، 19 يناير، 2021 10:00 ص
إلى: intl.relations@lihr.example.ly
الموضوع: %s

حضرات السيدات والسادة،

يسرّ أمانة الاستعراض الإقليمي دعوتكم إلى المشاركة في الاستعراض الإقليمي للاتفاق العالمي من أجل الهجرة الآمنة والمنظمة والنظامية في المنطقة العربية: المشاورة متعددة أصحاب المصلحة يوم 23 شباط/فبراير 2021، والمؤتمر الإقليمي يومي 24 و25 شباط/فبراير 2021 عبر الاتصال المرئي.

ندعوكم إلى تقديم تقارير طوعية عن تنفيذ الاتفاق العالمي، وإلى إبداء الرغبة في أحد الأدوار التالية مع ذكر اسم المتحدث وصفته والجهة التي يمثلها: المشاركة في النقاش المفتوح للمشاورة متعددة أصحاب المصلحة، أو تقديم الرسائل الرئيسية لأصحاب المصلحة بصفة مقرر، أو مداخلة من القاعة في الجلسة العامة أو في إحدى الموائد المستديرة المواضيعية الأربع.

يرجى إرسال طلبات المداخلة في موعد أقصاه يوم الجمعة 23 شباط/فبراير 2021، والتقارير الطوعية في موعد أقصاه يوم الثلاثاء 16 شباط/فبراير 2021، على العنوان gcmrrarabstates@iom.int.

أمانة الاستعراض الإقليمي
""" % inv_subj
    inv_id = "<invitation.20210119.ar.0412@gcmrrarabstates.iom.int>"
    body = ol_body(text, "LIHREXCH7C1D4E", lang="AR-LY", rtl=True, b64=True)
    m = mk(when, sent_at(when, 2, 7), "mail.lihr.example.ly", "203.0.113.142", "4F0Ab3Wn72Kz",
           ad("نوري المبروك الفيتوري", "intl.relations@lihr.example.ly"), re_hdr("RE: ", inv_subj),
           "<9d27e4b0c1a84f3e8b6d5a0f2c7e1b93@EXCH.lihr.example.ly>", body,
           cc=ads(("مكتب رئيس الهيئة", "chairman@lihr.example.ly")),
           extra=[("In-Reply-To", inv_id), ("References", inv_id)]
           + outlook(re_hdr("RE: ", inv_subj), "AQHW7l3Pq6Rs9Tu2Vw5Xy8Za1Bc4De7Fg==", lang="ar-LY"))
    add(14, when, m, dict(category="other", language="ar", acknowledge=True, on_time=None,
        notes="an NHRI declines: it will neither take part ('تعذّر مشاركتها') nor prepare a voluntary report ('لن "
              "تتمكن من إعداد تقرير طوعي'). Outlook reply quoting our whole invitation below a localised header "
              "block (not '>'-prefixed), which lists every role, 'اسم المتحدث وصفته' and both deadlines (with the "
              "Arabic misprint 'الجمعة 23 شباط/فبراير'): none of it is a request. Acknowledge (a person wrote); no "
              "deadline applies to 'other'."))


# ================================================================ 15  EN  report  Yemeni NHRI: signed cover letter (PDF) + report (DOCX)
M15_ID = "<DU2PR03MB7941E5A2C8B3F017@DU2PR03MB7941.eurprd03.prod.outlook.example.com>"
M15_SUBJ = "Voluntary GCM review report of the National Independent Human Rights Commission (NIHRC)"
M15_LETTER = "NIHRC_Cover_Letter_Ref_SG-2021-112.pdf"
M15_REP = "NIHRC Voluntary GCM Review Report - Feb 2021.docx"
M15_FROM = ("Rasha Abdulqawi Al-Maqtari", "r.almaqtari@nihrc.example.ye")
M15_TEXT = """Dear Sir/Madam,

On behalf of the Secretary-General of the National Independent Human Rights Commission (NIHRC), I have the honour to transmit the Commission's voluntary GCM review report for the Regional Review of the Global Compact for Migration in the Arab region.

Two files are attached:
- the cover letter of the Secretary-General (Ref. NIHRC/SG/2021/112, on letterhead, signed);
- the report itself, in Word format, so that it can be used for the regional compilation.

The report covers migrants transiting through Yemen from the Horn of Africa: conditions in detention and holding facilities, access to protection for victims of trafficking, and the situation of migrants stranded by the COVID-19 movement restrictions.

The Commission will not request a separate speaking slot: its Chairperson will take part as a member of the national delegation.

Yours faithfully,

Rasha Abdulqawi Al-Maqtari
Head of International Cooperation Unit
National Independent Human Rights Commission (NIHRC)
Aden - Republic of Yemen
Tel: +967 2 000 000
"""


def m15():
    when = at("2021-02-09 11:11:19")
    letter = letter_pdf(["REPUBLIC OF YEMEN", "National Independent Human Rights Commission (NIHRC)",
                         "Office of the Secretary-General", "", "Ref.: NIHRC/SG/2021/112", "Aden, 8 February 2021", "",
                         "To: The Secretariat of the Regional Review of the GCM - Arab region", "",
                         "Subject: Voluntary GCM review report of the NIHRC", "",
                         "I have the honour to submit herewith the voluntary GCM review report of the",
                         "National Independent Human Rights Commission.", "",
                         "[signature]  Secretary-General"])
    doc = make_docx(["National Independent Human Rights Commission (NIHRC) - Voluntary GCM review report",
                     "1. Mandate of the Commission", "2. Migrants in detention and holding facilities",
                     "3. Victims of trafficking", "4. Migrants stranded by COVID-19 restrictions",
                     "5. Recommendations"])
    cid = "image001.png@01D6FECB.4C7B2A10"
    body = ol_body(M15_TEXT, "DU2PR03MB7941E5A2C8B3F017", lang="EN-GB", cid=cid, rgb=(0, 120, 80),
                   atts=[attach("application/pdf", letter, M15_LETTER), attach(DOCX, doc, M15_REP)])
    cc = ads(("NIHRC Secretary-General Office", "sg.office@nihrc.example.ye"),
             ("Migration Unit NIHRC", "migration.unit@nihrc.example.ye"))
    m = mk(when, sent_at(when, 3, 11), "mail-du2eur03on0622.outbound.protection.outlook.example.com",
           "198.51.100.162", "4F1Ht6Wp23Vz", ad(*M15_FROM), M15_SUBJ, M15_ID, body, cc=cc,
           extra=outlook(M15_SUBJ, "AQHW/tK4Lq7Np0Rs3Tu6Vw9Xy2Za5Bc8De==", lang="en-GB", has_attach="yes"))
    add(15, when, m, dict(category="voluntary_report", language="en", acknowledge=True, on_time=True,
        report_attachments=[M15_REP],
        notes="an NHRI's report as a Word file with a signed cover letter on letterhead as a PDF: only the DOCX is "
              "the report (the body says which file is which). 'will not request a separate speaking slot' and "
              "the Chairperson 'as a member of the national delegation' must not add a speaker. Inline logo; "
              "replaced by the final PDF in h297-22. Date in UTC+3."))


# ================================================================ 16  FR  report  Tunisian observatory (Thunderbird): the speaker is the ministry's business
def m16():
    when = at("2021-02-10 13:40:02")
    subj = "Rapport volontaire de l'ONMM – Examen régional du Pacte mondial sur les migrations"
    fname = "Rapport_volontaire_ONMM_PMM_2021.pdf"
    text = """Madame, Monsieur,

J'ai l'honneur de vous transmettre ci-joint, au nom de Monsieur le Directeur général de l'Observatoire national des migrations et de la mobilité (ONMM), le rapport volontaire de l'Observatoire dans le cadre de l'Examen régional du Pacte mondial pour des migrations sûres, ordonnées et régulières.

Le rapport s'appuie sur les données de l'enquête nationale sur la migration internationale et sur les travaux de l'Observatoire en 2019-2020 ; il porte principalement sur les objectifs 1, 3 et 17 du Pacte.

S'agissant des interventions, la désignation du représentant de l'Observatoire relève du Ministère des Affaires sociales, qui vous a adressé directement ses propositions.

Je reste à votre disposition pour tout complément d'information.

Veuillez agréer, Madame, Monsieur, l'expression de ma considération distinguée.

-- 
Meriem Gharbi
Chargée d'études principale
Observatoire national des migrations et de la mobilité (ONMM)
Ministère des Affaires sociales – Tunis
"""
    pdf = rep_pdf("Rapport volontaire - Observatoire national des migrations et de la mobilite (ONMM)",
                  "Tunis, fevrier 2021",
                  ["Donnees et statistiques migratoires (objectif 1)", "Information des migrants (objectif 3)",
                   "Lutte contre la discrimination (objectif 17)", "Recommandations"])
    body = multi("mixed", [leaf("text/plain", flowed(text), "utf-8", "8bit", params=[("format", "flowed")]),
                           attach("application/pdf", pdf, fname)], "------------A3E95C0F7B21D84E6C1F0B92")
    m = mk(when, sent_at(when, 1, 6), "smtp.onmm.example.tn", "203.0.113.174", "4F2Lc5Nx80Qz",
           ad("Meriem Gharbi", "m.gharbi@onmm.example.tn"), hdr(subj, enc="Q"),
           "<5c2e8f41-9a07-4b3d-b1e6-d04f7a29c835@onmm.example.tn>", body,
           cc=ads(("Direction générale ONMM", "dg@onmm.example.tn")),
           extra=[("User-Agent", TB), ("Content-Language", "fr")])
    add(16, when, m, dict(category="voluntary_report", language="fr", acknowledge=True, on_time=True,
        report_attachments=[fname],
        notes="a public observatory's report on behalf of its Director General ('J'ai l'honneur de vous "
              "transmettre'); the category turns on one sentence: the designation of a speaker 'relève du "
              "Ministère des Affaires sociales, qui vous a adressé directement ses propositions', so no speaker "
              "here. 'objectifs 1, 3 et 17 du Pacte' are GCM objectives, not roundtables. Thunderbird, "
              "format=flowed, 8bit, sig separator."))


# ================================================================ 17  EN  both  Lebanese parliamentary committee: contribution on time, speaker late
def m17():
    when = at("2021-02-11 10:05:48")
    subj = "Contribution of the Human Rights Committee of the Lebanese Parliament + speaker request"
    fname = "Human Rights Committee - Lebanese Parliament - GCM contribution.docx"
    text = """Dear GCM Regional Review team,

On behalf of the Human Rights Committee of the Lebanese Parliament, please find attached the Committee's written contribution to the Regional Review, which we submit as a voluntary GCM review report. It summarises the Committee's work since 2018 on the draft law regulating the work of domestic workers, the hearings held after the Beirut port explosion on the situation of migrant workers, and the Committee's recommendations on the reform of the sponsorship (kafala) system.

We realise that the deadline for speaking requests was 5 February, and apologise: the Committee only met on 9 February to approve the contribution. If it is still possible, MP Rania Abou Khalil, Chair of the Human Rights Committee, would like to take the floor in Roundtable 2 to present these recommendations. If the list of speakers is closed, we fully understand.

The Committee's Secretary, Mr. Georges Haddad, is copied.

With best regards,

Karim Saadeh
Parliamentary Adviser, Human Rights Committee
Lebanese Parliament - Nejmeh Square, Beirut
+961 3 000 000
"""
    doc = make_docx(["Human Rights Committee - Lebanese Parliament",
                     "Written contribution to the Regional Review of the GCM (Arab region), February 2021",
                     "1. Draft law on domestic work", "2. Hearings after 4 August 2020",
                     "3. Reform of the sponsorship (kafala) system", "4. Recommendations"])
    a = alt(text, "000000000000c3a58e05bb0d71f2", html=gmail_html(text))
    body = multi("mixed", [a, attach(DOCX, doc, fname)], "000000000000c3a59005bb0d71f4")
    m = mk(when, sent_at(when, 2, 7), "mail-wm1-f43.google.example.com", "192.0.2.43", "4F3Nd8Rv15Wz",
           ad("Karim Saadeh", "karim.saadeh.lb@gmail.example.com"), subj,
           "<CAJ7pWx4Rt2nL9vM+f8Qz3Hb6sK1dGe5jY0@mail.gmail.example.com>", body,
           cc=ads(("Georges Haddad", "hr.committee@lp.example.gov.lb"),
                  ("Rania Abou Khalil", "r.aboukhalil@lp.example.gov.lb")))
    add(17, when, m, dict(category="both", language="en", acknowledge=True, on_time=False, speakers=[
        sp("Rania Abou Khalil", "Chair of the Human Rights Committee", "Lebanese Parliament", ["roundtable"], 2)],
        report_attachments=[fname],
        notes="'both' on 11 February: the contribution, explicitly submitted 'as a voluntary GCM review report', is "
              "on time, but the speaker part is late (the sender knows: 'the deadline for speaking requests was 5 "
              "February'), so on_time false. 'MP' dropped; the committee's Secretary in Cc ('Mr. Georges Haddad') "
              "is not a speaker. A parliamentary adviser writing from a personal Gmail account."))


# ================================================================ 18  AR  report  Egyptian council: Secretary-General's letter + report, two PDFs
M18_ID = "<HE1PR08MB2913D4A7C1E9B560@HE1PR08MB2913.eurprd08.prod.outlook.example.com>"
M18_SUBJ = "التقرير الطوعي للمجلس القومي لشؤون المصريين في الخارج - الاستعراض الإقليمي للاتفاق العالمي للهجرة"
M18_QID = "4F4Pq2Xk69Mz"
M18_LETTER = "خطاب الأمين العام - صادر 214.pdf"
M18_REP = "التقرير الطوعي - المجلس القومي لشؤون المصريين في الخارج.pdf"
M18_OOO = ("محمد سامي الشريف", "m.elsherif@ncea.example.eg")
M18_FROM = ("هبة الله محمود عبد المقصود", "h.abdelmaksoud@ncea.example.eg")


def m18():
    when = at("2021-02-12 10:26:33")
    text = """السادة/ أمانة الاستعراض الإقليمي للاتفاق العالمي من أجل الهجرة الآمنة والمنظمة والنظامية في المنطقة العربية
تحية طيبة وبعد،

بالإشارة إلى خطاب الدعوة بشأن الاستعراض الإقليمي للاتفاق العالمي للهجرة، يتشرف المجلس القومي لشؤون المصريين في الخارج بأن يرفق لسيادتكم:

1- خطاب السيد الأمين العام للمجلس (صادر رقم 214 بتاريخ 10/2/2021).
2- التقرير الطوعي للمجلس بشأن تنفيذ أهداف الاتفاق العالمي للهجرة خلال الفترة 2019-2020.

ويتناول التقرير على وجه الخصوص جهود المجلس في ربط المصريين بالخارج بالوطن، والتوعية بمخاطر الهجرة غير النظامية في محافظات الصعيد والدلتا، وإعادة دمج العائدين من دول الخليج وليبيا في سوق العمل خلال جائحة كورونا.

وتفضلوا بقبول فائق الاحترام،

هبة الله محمود عبد المقصود
مدير عام العلاقات الخارجية
المجلس القومي لشؤون المصريين في الخارج
القاهرة - جمهورية مصر العربية
"""
    letter = letter_pdf(["Arab Republic of Egypt", "National Council for Egyptians Abroad", "Secretary-General",
                         "", "Outgoing No. 214      Date: 10/2/2021", "",
                         "To: Secretariat of the Regional Review of the GCM - Arab region", "",
                         "Subject: Voluntary report of the Council (scanned Arabic original)", "",
                         "[signed and stamped]  Secretary-General"])
    rep = rep_pdf("National Council for Egyptians Abroad - Voluntary GCM review report",
                  "Cairo, February 2021 (Arabic original)",
                  ["Linking Egyptians abroad with the homeland", "Awareness of the risks of irregular migration",
                   "Reintegration of returnees from the Gulf and Libya during COVID-19", "Recommendations"])
    cid = "image001.png@01D7010F.6E3A9B20"
    body = ol_body(text, "HE1PR08MB2913D4A7C1E9B560", lang="AR-EG", rtl=True, cid=cid, rgb=(170, 30, 40), b64=True,
                   atts=[attach("application/pdf", letter, M18_LETTER), attach("application/pdf", rep, M18_REP)])
    cc = ads(("مكتب الأمين العام", "sg.office@ncea.example.eg"), M18_OOO,
             ("منى عزت", "m.ezzat@ncea.example.eg"), ("إدارة العلاقات الخارجية", "external@ncea.example.eg"))
    m = mk(when, sent_at(when, 2, 9), "mail-he1eur08on0611.outbound.protection.outlook.example.com",
           "198.51.100.211", M18_QID, ad(*M18_FROM), hdr(M18_SUBJ), M18_ID, body, cc=cc,
           extra=outlook(hdr(M18_SUBJ), "AQHXARb5Mq8Wp1Xs4Tn7Vz0Lc3Kd6Jf9Gh==", lang="ar-EG", has_attach="yes"))
    add(18, when, m, dict(category="voluntary_report", language="ar", acknowledge=True, on_time=True,
        report_attachments=[M18_REP],
        notes="a national council's formal submission ('يتشرف ... بأن يرفق لسيادتكم') listing two enclosures: the "
              "Secretary-General's letter ('صادر رقم 214') and the report, both PDFs with Arabic names (RFC 2231 + "
              "RFC 2047); only the second is the report. Cc'd director's out-of-office answers our acknowledgement "
              "(h297-19); the sender follows up in h297-21."))


# ================================================================ 19  AR  auto_reply  Cc'd director's out-of-office on our acknowledgement of 18
def m19():
    when = at("2021-02-12 10:27:14")
    ack = ack_mid(M18_QID)
    text = """السلام عليكم،

أنا خارج المكتب في مهمة رسمية حتى يوم الأحد 21 فبراير 2021.
للأمور العاجلة برجاء التواصل مع الأستاذة منى عزت على البريد m.ezzat@ncea.example.eg.

مع التحية،
محمد سامي الشريف
مدير إدارة المتابعة والتقييم
المجلس القومي لشؤون المصريين في الخارج
"""
    body = alt(text, "_000_HE1PR08MB2913OOF91D3C7_", html=outlook_html(text, lang="AR-EG", rtl=True), b64=True)
    subj = hdr("رد تلقائي: إشعار استلام - " + M18_SUBJ)
    rows = exch_ooo(when, "mail-he1eur08on0611.outbound.protection.outlook.example.com", "198.51.100.211",
                    "4F4Pr7Bc05Nz", ad(*M18_OOO),
                    "<HE1PR08MB2913A9E2F4C7B613@HE1PR08MB2913.eurprd08.prod.outlook.example.com>", subj,
                    hdr("إشعار استلام - " + M18_SUBJ), M18_ID, ack, "ar-EG", (2, 3))
    add(19, when, top(body, rows), dict(category="auto_reply", language="ar", acknowledge=False, on_time=None,
        notes="Arabic Exchange out-of-office ('رد تلقائي:') of a director copied on h297-18, answering our "
              "acknowledgement 41 seconds later (References name h297-18): 'مهمة رسمية' and a colleague's name "
              "and address. Never acknowledge; thread_of null as for dev auto-replies."))


# ================================================================ 20  FR  report  Djibouti observatory: the speaker line only recalls an earlier request (Lotus Notes)
def m20():
    when = at("2021-02-14 12:48:09")
    subj = "Rapport volontaire ONDHM – Examen régional PMM (États arabes)"
    fname = "Rapport volontaire ONDHM Djibouti - PMM 2021.pdf"
    text = """Madame, Monsieur,

Nous avons l'honneur de vous transmettre en pièce jointe le rapport volontaire de l'Observatoire national des droits humains et des migrations (ONDHM) de la République de Djibouti au titre de l'Examen régional du Pacte mondial sur les migrations.

Le rapport traite de la situation des migrants éthiopiens et somaliens qui transitent par Djibouti vers le Yémen et les pays du Golfe sur la route de l'Est, de leur accès aux soins et de la prise en charge des mineurs non accompagnés à Obock.

Nous vous rappelons par ailleurs que l'ONDHM a sollicité le 3 février un temps de parole pour sa Présidente, Mme Asma Houmed Bourhan, en qualité de rapporteure ; votre secrétariat en a accusé réception le jour même. Nous restons dans l'attente de la confirmation du programme.

Veuillez agréer, Madame, Monsieur, l'expression de nos salutations distinguées.

Abdourahman Ismaïl Guedi
Secrétaire permanent
Observatoire national des droits humains et des migrations (ONDHM)
Djibouti
"""
    pdf = rep_pdf("Rapport volontaire - Observatoire national des droits humains et des migrations (ONDHM)",
                  "Republique de Djibouti, fevrier 2021",
                  ["La route de l'Est", "Acces aux soins des migrants en transit",
                   "Mineurs non accompagnes a Obock", "Recommandations"])
    html = ('<html><body><font size="2" face="sans-serif">%s</font></body></html>\n'
            % "<br>".join(esc(x) for x in text.rstrip("\n").split("\n")))
    a = alt(text, "=_alternative 0046A2F74225866B_=", html=html)
    body = multi("mixed", [a, attach("application/pdf", pdf, fname)], "=_mixed 0046A2F74225866B_=")
    m = mk(when, sent_at(when, 3, 5), "notes.ondhm.example.dj", "203.0.113.203", "4F6Gt1Hw38Pz",
           ad("Abdourahman Ismaïl Guedi", "a.guedi@ondhm.example.dj"), hdr(subj, enc="Q"),
           "<OF4E2B91C7.8D3A05F1-ON4225866B.0046A2F7-4225866B.0047B3E1@ondhm.example.dj>", body,
           cc=ads(("Asma Houmed Bourhan", "presidence@ondhm.example.dj")),
           extra=[("X-Mailer", NOTES),
                  ("X-MIMETrack", "Serialize by Router on NOTES01/ONDHM(Release 9.0.1FP10|January 09, 2018) at "
                                  "14/02/2021 13:48:05")])
    add(20, when, m, dict(category="voluntary_report", language="fr", acknowledge=True, on_time=True,
        report_attachments=[fname],
        notes="a report; the category turns on one paragraph: the speaker (the President, 'en qualité de "
              "rapporteure') was requested on 3 February and already acknowledged ('votre secrétariat en a accusé "
              "réception le jour même'); this mail only recalls it and asks for the programme, it makes no new "
              "request, so not 'both' (which would also wrongly be late). Lotus Notes, Date in UTC+3."))


# ================================================================ 21  AR  other  colloquial follow-up on 18: did the letter arrive too? English version later?
def m21():
    when = at("2021-02-15 09:55:41")
    ack = ack_mid(M18_QID)
    quoted = ack_text("ar", M18_SUBJ, "التقرير الطوعي المرفق")
    text = """صباح الخير،

شكراً على رسالة الاستلام. بس عايزين نتأكد من حاجة: إحنا بعتنا ملفين، خطاب السيد الأمين العام والتقرير نفسه، ورسالتكم ما ذكرتش غير التقرير. هل الخطاب وصل برضه ولا نبعته تاني؟

وكمان لو ينفع نبعت النسخة الإنجليزية من التقرير بعد يوم 16، لأن الترجمة لسه في المراجعة.

شكراً جزيلاً
هبة الله عبد المقصود
العلاقات الخارجية - المجلس القومي لشؤون المصريين في الخارج

Get Outlook for Android

________________________________
From: GCM Regional Review Arab States <gcmrrarabstates@iom.int>
Sent: Friday, February 12, 2021 10:27:02 AM
To: %s <%s>
Subject: إشعار استلام - %s

%s
""" % (M18_FROM[0], M18_FROM[1], M18_SUBJ, quoted)
    html = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body>'
            '<div dir="auto">%s</div></body></html>\n' % "<br>".join(esc(x) for x in text.rstrip("\n").split("\n")))
    body = alt(text, "_000_HE1PR08MB29137B3E0A5F4C18_", html=html, b64=True)
    m = mk(when, sent_at(when, 2, 8), "mail-he1eur08on0611.outbound.protection.outlook.example.com",
           "198.51.100.211", "4F7Kw9Zq52Lz", ad(*M18_FROM), re_hdr("RE: ", "إشعار استلام - " + M18_SUBJ),
           "<HE1PR08MB29137B3E0A5F4C18@HE1PR08MB2913.eurprd08.prod.outlook.example.com>", body,
           extra=[("In-Reply-To", ack), ("References", M18_ID + " " + ack)])
    add(21, when, m, dict(category="other", language="ar", acknowledge=True, on_time=None, thread_of=H % 18,
        notes="a reply to our acknowledgement of h297-18 (References name it) that is not a mere thank-you: "
              "Egyptian colloquial questions (did the Secretary-General's letter arrive too? may the English "
              "version come after the 16th?), so acknowledge. Nothing new is attached; the report is only talked "
              "about. Outlook for Android with an English quoted header over the Arabic acknowledgement."))


# ================================================================ 22  EN  report  Yemeni NHRI replaces its Word report with the final PDF (reply to 15)
def m22():
    when = at("2021-02-16 22:10:27")
    fname = "NIHRC Voluntary GCM Review Report - FINAL 15 Feb 2021.pdf"
    new = """Dear Sir/Madam,

Further to my email of 9 February below, please find attached the final version of the NIHRC voluntary GCM review report, in PDF, which replaces the Word version sent earlier. The Commission's Board made two changes on 15 February: the figures on detention in section 2 were updated to 31 January 2021, and a recommendation on consular access was added.

We kindly ask that this version be used for the regional compilation. The cover letter of the Secretary-General remains valid and is not re-sent.

Yours faithfully,

Rasha Abdulqawi Al-Maqtari
Head of International Cooperation Unit
National Independent Human Rights Commission (NIHRC)
"""
    qhead = """From: Rasha Abdulqawi Al-Maqtari <r.almaqtari@nihrc.example.ye>
Sent: Tuesday, February 9, 2021 12:11 PM
To: gcmrrarabstates@iom.int
Cc: NIHRC Secretary-General Office <sg.office@nihrc.example.ye>; Migration Unit NIHRC <migration.unit@nihrc.example.ye>
Subject: %s
""" % M15_SUBJ
    text = new + "\n________________________________\n" + qhead + "\n" + M15_TEXT
    pdf = rep_pdf("National Independent Human Rights Commission (NIHRC) - Voluntary GCM review report (final)",
                  "Aden, 15 February 2021",
                  ["Mandate of the Commission", "Migrants in detention (figures to 31 January 2021)",
                   "Victims of trafficking", "Migrants stranded by COVID-19 restrictions",
                   "Recommendations, including consular access"])
    body = ol_body(text, "DU2PR03MB79416C1E8B4A2D93", lang="EN-GB",
                   atts=[attach("application/pdf", pdf, fname)])
    subj = "RE: " + M15_SUBJ
    cc = ads(("NIHRC Secretary-General Office", "sg.office@nihrc.example.ye"),
             ("Migration Unit NIHRC", "migration.unit@nihrc.example.ye"))
    m = mk(when, sent_at(when, 3, 10), "mail-du2eur03on0622.outbound.protection.outlook.example.com",
           "198.51.100.162", "4F8Rm3Tb76Xz", ad(*M15_FROM), subj,
           "<DU2PR03MB79416C1E8B4A2D93@DU2PR03MB7941.eurprd03.prod.outlook.example.com>", body, cc=cc,
           extra=[("In-Reply-To", M15_ID), ("References", M15_ID)]
           + outlook(subj, "AQHW/tK4Lq7Np0Rs3Tu6Vw9Xy2Za5Bc8DeAB3xKw2Q=", lang="en-GB", has_attach="yes"))
    add(22, when, m, dict(category="voluntary_report", language="en", acknowledge=True, on_time=True,
        thread_of=H % 15, report_attachments=[fname],
        notes="revised report replacing h297-15's DOCX ('which replaces the Word version sent earlier'), an "
              "Outlook reply to the sender's own message (In-Reply-To h297-15) with the original quoted below "
              "(including its list of two files and 'will not request a separate speaking slot'). Received 22:10 "
              "on 16 February (23:10 in Aden): on time. The cover letter is not re-sent; only the new PDF is "
              "listed."))


# ================================================================ 23  FR  report  Algerian parliamentary committee, a day late (Roundcube)
def m23():
    when = at("2021-02-17 09:20:15")
    subj = "Rapport volontaire de la Commission (APN) – Examen régional du Pacte mondial sur les migrations"
    fname = "Rapport_volontaire_Commission_CNEM_APN_février_2021.docx"
    text = """Madame, Monsieur,

J'ai l'honneur de vous faire parvenir, d'ordre de Monsieur le Président de la Commission de la communauté nationale à l'étranger et des migrations de l'Assemblée Populaire Nationale, le rapport volontaire de la Commission au titre de l'Examen régional du Pacte mondial pour des migrations sûres, ordonnées et régulières dans la région arabe.

Ce document, adopté par la Commission lors de sa réunion du 15 février 2021, présente les travaux parlementaires consacrés à la protection des membres de la communauté nationale établie à l'étranger, au rapatriement des dépouilles et à la lutte contre la migration clandestine par voie maritime.

Nous sommes conscients que ce rapport vous parvient après la date limite du 16 février, en raison des délais d'adoption en commission, et vous serions reconnaissants de bien vouloir néanmoins le prendre en considération.

Veuillez agréer, Madame, Monsieur, l'assurance de ma haute considération.

Lyes Hamadouche
Administrateur principal, chargé du secrétariat de la Commission
Assemblée Populaire Nationale – Alger
"""
    doc = make_docx(["Assemblee Populaire Nationale - Commission de la communaute nationale a l'etranger et des "
                     "migrations", "Rapport volontaire - Examen regional du Pacte mondial sur les migrations",
                     "1. Protection de la communaute nationale a l'etranger", "2. Rapatriement des depouilles",
                     "3. Migration clandestine par voie maritime", "4. Recommandations"])
    html = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8" /></head><body '
            'style=\'font-size: 10pt; font-family: Verdana,Geneva,sans-serif\'>\n<p>%s</p>\n</body></html>\n'
            % "</p>\n<p>".join("<br />\n".join(esc(x) for x in para.split("\n"))
                              for para in text.strip("\n").split("\n\n")))
    a = alt(text, "=_b72c4e19a05f83d61e0a9c47f2d8b35e", html=html)
    body = multi("mixed", [a, attach(DOCX, doc, fname)], "=_5d0e93f7c21a4b86e7f1a2c09d4b8e63")
    m = mk(when, sent_at(when, 1, 5), "webmail.apn.example.dz", "203.0.113.219", "4F9Bx6Kq41Rz",
           ad("Lyes Hamadouche", "l.hamadouche@apn.example.dz"), hdr(subj, enc="Q"),
           "<b72c4e19a05f83d61e0a9c47f2d8b35e@apn.example.dz>", body,
           cc=ads(("Secrétariat de la Commission CNEM", "commission.cnem@apn.example.dz"),
                  ("Direction des Relations extérieures APN", "relations.exterieures@apn.example.dz")),
           extra=[("User-Agent", ROUNDCUBE)])
    add(23, when, m, dict(category="voluntary_report", language="fr", acknowledge=True, on_time=False,
        report_attachments=[fname],
        notes="a parliamentary committee's report received on 17 February at 09:20 (08:20 in Algiers), after the "
              "16 February deadline, as the sender admits: late. 'adopté ... le 15 février' is a decoy date. DOCX "
              "with an accent in the name (RFC 2231 + RFC 2047). Roundcube webmail, Date in UTC+1."))


# ================================================================ 24  EN  other  Bahrain withdraws the head of delegation's statement (reply in the thread of 05)
def m24():
    when = at("2021-02-18 11:32:50")
    subj = "RE: " + M05_SUBJ
    new = """Dear Sir/Madam,

With reference to our previous correspondence below, the Secretariat of the National Committee regrets to inform you that H.E. Ms. Fatima Abdulla Al-Mannai, Head of Delegation, will no longer be able to participate in the Regional Conference, as she will accompany an official visit abroad on 24-25 February.

Consequently, the request for a statement in the plenary session is hereby withdrawn. Ms. Maryam Hasan Al-Aali will lead the delegation and will deliver the intervention in Thematic Roundtable 3, as already communicated on 5 February; no additional speaking time is requested.

We would be grateful if the list of speakers and participants could be updated accordingly.

Best regards,

Huda Ebrahim Janahi
Senior International Relations Specialist
Secretariat of the National Committee on Labour Mobility and Combating Trafficking in Persons
Kingdom of Bahrain
"""
    cc = M05_CC[:2] + M05_CC[3:] + [("Maryam Hasan Al-Aali", "m.alaali@lmra.example.bh")]
    qhead = """From: Huda Ebrahim Janahi <h.janahi@nclmtp.example.bh>
Sent: Friday, February 5, 2021 6:40 PM
To: gcmrrarabstates@iom.int
Cc: %s
Subject: %s
""" % (plain_list(*cc), subj)
    blocks = [new, "________________________________\n" + qhead, M11_NEW,
              "________________________________\n" + M11_QHEAD] + M05_BLOCKS
    text = blocks_text(blocks)
    body = ol_body(text, "AM0PR03MB58749E2B7D4C1A85", html=blocks_html(blocks, lang="EN-US"))
    m = mk(when, sent_at(when, 3, 9), "mail-am0eur03on0626.outbound.protection.outlook.example.com",
           "198.51.100.126", "4FB3Lw8Nc27Qz", ad(*M05_FROM), subj,
           "<AM0PR03MB58749E2B7D4C1A85@AM0PR03MB5874.eurprd03.prod.outlook.example.com>", body, cc=ads(*cc),
           extra=[("In-Reply-To", M11_ID), ("References", M05_ID + " " + M11_ID)]
           + outlook(subj, "AQHW9fK3Lm8Pq2Rs5Tu7Vw9Xy1Za3Bc5DeAAhR4kPAAJ3mXcg==", lang="en-US"))
    add(24, when, m, dict(category="other", language="en", acknowledge=True, on_time=None, thread_of=H % 5,
        notes="withdrawal in the thread of h297-05 (reply to h297-11; References name both, thread_of the first): "
              "the head of delegation's plenary statement 'is hereby withdrawn' and the replacement alternate's "
              "Roundtable 3 intervention is only confirmed 'as already communicated' with 'no additional speaking "
              "time' requested, so no speaker request; names, titles and roles appear throughout the new text and "
              "the quoted chain (two header blocks, the delegation table). A person's update: acknowledge."))


def main():
    for f in (m01, m02, m03, m04, m05, m06, m07, m08, m09, m10, m11, m12, m13, m14, m15, m16, m17, m18, m19,
              m20, m21, m22, m23, m24):
        f()
    SET.write()


if __name__ == "__main__":
    main()
