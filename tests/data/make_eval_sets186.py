#!/usr/bin/env python3
"""Write the blind evaluation set holdout186 (24 raw .eml messages + labels.json).

Deterministic, standard library only:  python3 tests/data/make_eval_sets186.py
Theme: the private sector writes in -- employers' federations, chambers of commerce, recruitment agencies and
fair-recruitment initiatives, private foundations.  Corporate signatures with legal disclaimers and long footers,
executive assistants writing for their principals, calendar-style confirmations (one with an .ics file).
8 Arabic, 8 English, 8 French; 9 speaker requests, 6 reports, 3 both, 4 other, 1 auto-reply, 1 bounce.
Helpers from mailgen.py.
"""
import datetime as dt

from mailgen import (EvalSet, DOCX, addr, alt, at, attach, dsn_report, esc, flowed, hdr, html_only, leaf,
                     make_docx, make_pdf, make_png, mk, multi, re_hdr, rfcdate, sent_at, sp, std_rows, text2html,
                     top)

SET = EvalSet(186)
add = SET.add

OUR = "GCM Regional Review Arab States <gcmrrarabstates@iom.int>"


# ---------------------------------------------------------------- local builders
def pdf_doc(heading, author, chapters):
    rows = [heading, author, "Contribution to the 2021 Regional Review of the GCM - Arab States", "-" * 40]
    rows += ["%s. %s" % (chr(64 + i), c) for i, c in enumerate(chapters, 1)]
    return make_pdf(rows)


def inline_img(cid, name="image001.png", rgb=(120, 30, 40)):
    return leaf("image/png", make_png(16, 10, rgb), cte="base64", params=[("name", '"%s"' % name)],
                disp='inline; filename="%s"' % name, extra=[("Content-ID", "<%s>" % cid)])


def exch(topic, tindex, lang="en-US", attach_flag="no", mailer=True):
    rows = [("Thread-Topic", topic), ("Thread-Index", tindex), ("Content-Language", lang),
            ("X-MS-Has-Attach", attach_flag), ("X-MS-TNEF-Correlator", "")]
    if mailer:
        rows.append(("X-Mailer", "Microsoft Outlook 16.0"))
    return rows


def lines_html(lines, bold_first=True):
    out = [esc(x) for x in lines]
    if bold_first and out:
        out[0] = "<b>%s</b>" % out[0]
    return "<br>".join(out)


DISC_EN_LONG = """DISCLAIMER: This e-mail message and any attachments are confidential and may be legally privileged. They are intended solely for the use of the addressee(s). If you are not the intended recipient, please notify the sender immediately and delete this message from your system; any use, copying, disclosure or distribution of its contents is strictly prohibited. Views expressed in this message are those of the individual sender and do not necessarily reflect the official position of the organisation. E-mail transmission cannot be guaranteed to be secure or error-free; the organisation accepts no liability for any damage caused by viruses transmitted by this e-mail."""

DISC_FR = """AVERTISSEMENT : Ce message et toutes les pièces jointes sont établis à l'intention exclusive de leurs destinataires et sont confidentiels. Si vous recevez ce message par erreur, merci de le détruire et d'en avertir immédiatement l'expéditeur. Toute utilisation de ce message non conforme à sa destination, toute diffusion ou toute publication, totale ou partielle, est interdite, sauf autorisation expresse. L'internet ne permettant pas d'assurer l'intégrité de ce message, l'émetteur décline toute responsabilité au titre de ce message, dans l'hypothèse où il aurait été modifié.
Pensez à l'environnement : n'imprimez ce courriel que si nécessaire."""

DISC_AR = """إخلاء مسؤولية: هذه الرسالة ومرفقاتها سرية ومخصصة للمرسل إليه فقط. إذا وصلتك هذه الرسالة عن طريق الخطأ يرجى إبلاغ المرسل فوراً وحذفها، ويحظر نسخها أو توزيعها أو استخدام محتواها بأي شكل من الأشكال. الآراء الواردة في هذه الرسالة تعبر عن رأي كاتبها ولا تمثل بالضرورة رأي الاتحاد.
Disclaimer: This message and its attachments are confidential and intended solely for the addressee. If received in error, please notify the sender and delete it."""


# ================================================================ the 24 messages
M01_ID = "<DB9PR04MB8412A6C0F2E9B7D31C5A8E40F9B21@DB9PR04MB8412.eurprd04.prod.outlook.example.com>"


def m01():
    # executive assistant ("Last, First" display name) writes for the Director-General; Outlook; long disclaimer
    when = at("2021-02-01 09:40:12")
    sent = sent_at(when, 4, 6)
    body_txt = """Dear GCM Regional Review Secretariat,

Good morning. I am writing on behalf of H.E. Tariq Al Mansoori, Director-General of the Gulf Employers' Federation (GEF), who has asked me to convey his interest in making a floor intervention during one of the plenary sessions of the Regional Review Conference on 24-25 February 2021.

For your records:

Speaker:       H.E. Tariq Al Mansoori
Designation:   Director-General
Organisation:  Gulf Employers' Federation (GEF), Dubai

Kindly address all correspondence on logistics to me, copying the DG's office (dg.office@gef-employers.example.ae). H.E. Al Mansoori's availability on the 24th is limited to the morning session.

Best regards,

Priya Nair
Executive Assistant to the Director-General
Office of the Director-General
Gulf Employers' Federation (GEF)
Level 14, Al Saqr Business Tower, Sheikh Zayed Road, P.O. Box 11822, Dubai, UAE
T +971 4 331 7700 | M +971 50 612 4408
www.gef-employers.example.ae

"""
    text = body_txt + DISC_EN_LONG + "\n"
    sig = lines_html(["Priya Nair", "Executive Assistant to the Director-General", "Office of the Director-General",
                      "Gulf Employers' Federation (GEF)",
                      "Level 14, Al Saqr Business Tower, Sheikh Zayed Road, P.O. Box 11822, Dubai, UAE",
                      "T +971 4 331 7700 | M +971 50 612 4408", "www.gef-employers.example.ae"])
    html = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>'
            '<body lang="EN-GB"><div class="WordSection1">'
            '<p class="MsoNormal">Dear GCM Regional Review Secretariat,</p><p class="MsoNormal">&nbsp;</p>'
            '<p class="MsoNormal">Good morning. I am writing on behalf of H.E. Tariq Al Mansoori, Director-General '
            'of the Gulf Employers&#8217; Federation (GEF), who has asked me to convey his interest in making a floor '
            'intervention during one of the plenary sessions of the Regional Review Conference on 24-25 February '
            '2021.</p><p class="MsoNormal">&nbsp;</p><p class="MsoNormal">For your records:</p>'
            '<table border="0" cellpadding="2"><tr><td>Speaker:</td><td>H.E. Tariq Al Mansoori</td></tr>'
            '<tr><td>Designation:</td><td>Director-General</td></tr>'
            '<tr><td>Organisation:</td><td>Gulf Employers&#8217; Federation (GEF), Dubai</td></tr></table>'
            '<p class="MsoNormal">Kindly address all correspondence on logistics to me, copying the DG&#8217;s office '
            '(dg.office@gef-employers.example.ae). H.E. Al Mansoori&#8217;s availability on the 24th is limited to '
            'the morning session.</p><p class="MsoNormal">&nbsp;</p><p class="MsoNormal">Best regards,</p>'
            '<p class="MsoNormal">' + sig + '</p>'
            '<p style="font-size:7pt;color:#808080">' + esc(DISC_EN_LONG) + '</p>'
            '</div></body></html>\n')
    body = alt(text, "_000_DB9PR04MB8412A6C0F2E9B7D31C5A8E40F9B21DB9PR04MB8412eurp_", html=html)
    subj = "Speaking slot request - Plenary - H.E. Tariq Al Mansoori, DG, GEF"
    m = mk(when, sent, "mail-db9eur04on0612.outbound.protection.outlook.example.com", "40.107.14.112",
           "4DTL0p2k9Qz4", '"Nair, Priya" <priya.nair@gef-employers.example.ae>', subj, M01_ID, body,
           cc="DG Office <dg.office@gef-employers.example.ae>",
           extra=exch(subj, "AdbIa3Hc0Qv1T8ZrR2m6YkP4wL9eNg==", lang="en-GB"))
    add(1, when, m, dict(category="speaker_request", language="en", acknowledge=True, on_time=True, speakers=[
        sp("Tariq Al Mansoori", "Director-General", "Gulf Employers' Federation (GEF)", ["plenary"])],
        notes="executive assistant writes on behalf of her Director-General (she is not the speaker; her own title "
              "'Executive Assistant to the Director-General' is a decoy); From display name 'Nair, Priya'; honorific "
              "'H.E.' dropped; ', Dubai' after the organisation is not part of the affiliation (dev 004/024); acronym "
              "kept (dev 020); labelled lines in an HTML table; long legal disclaimer."))


def m02():
    # Exchange out-of-office to the secretariat's 1 February reminder mailing
    when = at("2021-02-01 10:02:51")
    sent = sent_at(when, 3, 2)
    text = """Thank you for your email.

I am currently travelling on business with limited access to email and will be back in the office on Sunday 7 February 2021. For urgent recruitment or compliance matters please contact Ms. Grace Odhiambo at compliance@bluecrest-recruit.example.com or call +966 11 480 2255.

Kind regards,
Faisal Al-Harbi
Managing Director | BlueCrest Recruitment Services
Riyadh, KSA
"""
    body = alt(text, "_000_AM0PR10MB3391auto_")
    subj = ("Automatic reply: Reminder - GCM Regional Review, Arab States: speaking roles by 5 February, "
            "voluntary reports by 16 February")
    rows = std_rows(when, "mail-am0eur10on0708.outbound.protection.outlook.example.com", "40.107.6.208",
                    "4DTLWq6Fp1z8", "Faisal Al-Harbi <f.alharbi@bluecrest-recruit.example.com>", subj, rfcdate(sent),
                    "<AM0PR10MB33914C1A7E2F0B9D6E58A3C2B7F41@AM0PR10MB3391.eurprd10.prod.outlook.example.com>",
                    to=OUR, extra=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All"),
                                   ("X-MS-Exchange-Inbox-Rules-Loop", "f.alharbi@bluecrest-recruit.example.com")],
                    ret="")
    rows = [(k, "<>" if k == "Return-Path" else v) for k, v in rows]
    rows += [("In-Reply-To", "<reminder.20210201.0930@gcmrrarabstates.iom.int>"),
             ("Thread-Topic", "Reminder - GCM Regional Review, Arab States"), ("Content-Language", "en-US")]
    add(2, when, top(body, rows), dict(category="auto_reply", language="en", acknowledge=False, on_time=None,
        notes="Exchange out-of-office of a recruitment agency's managing director answering the secretariat's "
              "reminder mailing; the quoted subject names both deadlines and the signature has a name, title and "
              "company: no request. Auto-Submitted: auto-replied, null Return-Path. Never acknowledge."))


M03_ID = "<AS8PR07MB7702E1F0C3B9A58D4E6F2C7B1A390@AS8PR07MB7702.eurprd07.prod.outlook.example.com>"


def m03():
    # chamber federation, president's office, two speakers, formal Arabic, bilingual disclaimer
    when = at("2021-02-01 12:15:30")
    sent = sent_at(when, 3, 5)
    text = """سعادة منسق أمانة المراجعة الإقليمية للاتفاق العالمي من أجل الهجرة الآمنة والمنظمة والنظامية       المحترم

تحية طيبة وبعد،

إشارةً إلى كتابكم الكريم بشأن المراجعة الإقليمية للاتفاق العالمي للهجرة في المنطقة العربية، يسرّ اتحاد غرف الأعمال العربية أن يعرب عن رغبته في المشاركة بمداخلتين خلال مؤتمر المراجعة الإقليمية يومي ٢٤ و٢٥ فبراير ٢٠٢١، وذلك على النحو الآتي:

١- سعادة السيد خالد بن راشد الدوسري، رئيس الاتحاد، مداخلة في الجلسة العامة.
٢- السيدة ريم يوسف النعيمي، مديرة إدارة العلاقات الدولية والاتفاقيات، مداخلة في المائدة المستديرة الثانية.

وسيتولى مكتب الرئيس التنسيق معكم في ما يخص الترتيبات اللوجستية.

وتفضلوا بقبول فائق الاحترام والتقدير،،،

مكتب الرئيس
اتحاد غرف الأعمال العربية
المنامة - مملكة البحرين
هاتف: ١٧٥٥٠٢٠٠ (٩٧٣+)   فاكس: ١٧٥٥٠٢٠١ (٩٧٣+)

"""
    text += DISC_AR + "\n"
    body = alt(text, "_000_AS8PR07MB7702E1F0C3B9A58D4E6F2C7B1A390AS8PR07MB7702eurp_", rtl=True, b64=True)
    subj = "مشاركة اتحاد غرف الأعمال العربية في مؤتمر المراجعة الإقليمية"
    m = mk(when, sent, "mail-as8eur07on0119.outbound.protection.outlook.example.com", "40.107.1.119",
           "4DTQ3v1yXkz6", addr("مكتب الرئيس - اتحاد غرف الأعمال", "president.office@uabc.example.bh"), hdr(subj),
           M03_ID, body, extra=exch(hdr(subj), "AQHW+Ik2Zr0bVq5Xm3TzLc8o1yEwJA==", lang="ar-BH"))
    aff = "اتحاد غرف الأعمال العربية"
    add(3, when, m, dict(category="speaker_request", language="ar", acknowledge=True, on_time=True, speakers=[
        sp("خالد بن راشد الدوسري", "رئيس الاتحاد", aff, ["plenary"]),
        sp("ريم يوسف النعيمي", "مديرة إدارة العلاقات الدولية والاتفاقيات", aff, ["roundtable"], 2)],
        notes="sent by the president's office (no person as sender); two speakers in a numbered list "
              "'name, title, role'; honorifics 'سعادة السيد' / 'السيدة' dropped; roundtable as an ordinal word "
              "('الثانية'); the city/country line of the signature is not part of the affiliation; bilingual "
              "disclaimer. Followed up by h186-15."))


M04_ID = "<PR3PR09MB5320C7F1E2A4B6D8093E1F5A7C2D4@PR3PR09MB5320.eurprd09.prod.outlook.example.com>"
M04_FILE = "FEES_Rapport_volontaire_PMM_2021.pdf"


def m04():
    # private foundation sends its voluntary report; Outlook mixed > related > alternative, inline logo, disclaimer
    when = at("2021-02-01 18:02:45")
    sent = sent_at(when, 1, 7)
    main = """Madame, Monsieur,

Dans le cadre de l'examen régional du Pacte mondial pour des migrations sûres, ordonnées et régulières, la Fondation Ennakhil pour l'Entrepreneuriat Solidaire a l'honneur de vous transmettre, en pièce jointe, sa contribution volontaire.

Ce document retrace nos programmes d'appui à l'insertion économique des personnes migrantes et des rapatriés (incubation de microprojets, accès au financement, partenariats avec les entreprises) menés entre 2018 et 2020, ainsi que nos recommandations au titre des objectifs 6, 18 et 19 du Pacte.

Nous restons à votre disposition pour toute précision.

Veuillez agréer, Madame, Monsieur, l'expression de nos salutations distinguées.
"""
    sig = ["Ghita Lahlou", "Responsable du pôle Études et Plaidoyer",
           "Fondation Ennakhil pour l'Entrepreneuriat Solidaire (FEES)",
           "12, rue Ibn Toufaïl – Marrakech", "Tél. : +212 5 24 43 18 60"]
    text = main + "\n" + "\n".join(sig) + "\n\n" + DISC_FR + "\n"
    html = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>'
            '<body lang="FR"><div class="WordSection1">' + text2html(main) +
            '<p class="MsoNormal"><img width="90" height="40" src="cid:image001.png@01D6F8B2.3C41A0E0" '
            'alt="Fondation Ennakhil"><br>' + lines_html(sig) + '</p>'
            '<p style="font-size:7.5pt;color:#7f7f7f">' + esc(DISC_FR).replace("\n", "<br>") + '</p>'
            '</div></body></html>\n')
    rel = multi("related", [alt(text, "_000_PR3PR09MB5320C7F1_", html=html),
                            inline_img("image001.png@01D6F8B2.3C41A0E0", rgb=(20, 100, 60))],
                "_004_PR3PR09MB5320C7F1_", params=[("type", '"multipart/alternative"')])
    rep = attach("application/pdf", pdf_doc("Contribution volontaire - Fondation Ennakhil (FEES)",
                                             "Fondation Ennakhil pour l'Entrepreneuriat Solidaire",
                                             ["Presentation de la Fondation", "Programmes 2018-2020",
                                              "Objectifs 6, 18 et 19", "Recommandations"]), M04_FILE)
    body = multi("mixed", [rel, rep], "_005_PR3PR09MB5320C7F1_")
    subj = "Contribution volontaire de la Fondation Ennakhil – Examen régional du PMM"
    m = mk(when, sent, "mail-pr3eur09on0104.outbound.protection.outlook.example.com", "40.107.13.104",
           "4DTYh85Ncgz1", addr("Ghita Lahlou", "g.lahlou@fondation-ennakhil.example.ma"), hdr(subj, enc="Q"),
           M04_ID, body, extra=exch(hdr(subj, enc="Q"), "AdbIr0Yk8LmQw2Z4TfC1n7eBx5Ua3w==", lang="fr-FR",
                                    attach_flag="yes"))
    add(4, when, m, dict(category="voluntary_report", language="fr", acknowledge=True, on_time=True,
        report_attachments=[M04_FILE],
        notes="private foundation's report, one PDF; the inline signature logo image001.png is not part of the "
              "report; French legal disclaimer and 'Pensez à l'environnement' footer. Replaced by the corrected "
              "version h186-20."))


def m05():
    # association of recruitment offices: DOCX report (Arabic name, RFC 2231) + chairman for roundtable 4; Gmail
    when = at("2021-02-02 11:20:05")
    sent = sent_at(when, 3, 4)
    text = """السلام عليكم ورحمة الله وبركاته

الإخوة الكرام في أمانة المراجعة الإقليمية،

نرفق لكم طيّه التقرير الطوعي لرابطة مكاتب الاستقدام الأهلية حول تنفيذ الاتفاق العالمي للهجرة، ويتناول بشكل خاص الهدف السادس (تيسير التوظيف العادل والأخلاقي) وتجربة المكاتب الأعضاء في إلغاء رسوم الاستقدام التي يتحملها العامل.

كما نود ترشيح رئيس مجلس إدارة الرابطة للمشاركة بمداخلة في المائدة المستديرة الرابعة:
الاسم: م. عبد العزيز بن فهد القحطاني
المنصب: رئيس مجلس الإدارة
الجهة: رابطة مكاتب الاستقدام الأهلية

نأمل التكرم بتأكيد الاستلام.

مع خالص التحية،
نوال الشهري
أخصائية علاقات عامة
رابطة مكاتب الاستقدام الأهلية - الرياض
"""
    html = ('<div dir="rtl">' + "<br>".join(esc(x) for x in text.strip().split("\n")) + "</div>")
    fname = "التقرير الطوعي - رابطة مكاتب الاستقدام الأهلية.docx"
    rep = attach(DOCX, make_docx(["التقرير الطوعي", "رابطة مكاتب الاستقدام الأهلية",
                                  "الهدف السادس: التوظيف العادل والأخلاقي", "التوصيات"]), fname)
    body = multi("mixed", [alt(text, "000000000000a3f19405ba5c2e77",
                               html=html_only(html).get_payload(decode=True).decode("utf-8"), b64=True), rep],
                 "000000000000a3f19605ba5c2e79")
    subj = "التقرير الطوعي وترشيح متحدث - رابطة مكاتب الاستقدام الأهلية"
    m = mk(when, sent, "mail-ej1-f53.google.example.com", "209.85.218.53", "4DTzK40bQwz2",
           addr("Nawal Alshehri", "nawal.rro@gmail.example.com"), hdr(subj),
           "<CAF3vQd9kW2xYt7Lp0Rz1Ne5Hc8Mb4Ua6Gs3Jo2Vi-x@mail.gmail.example.com>", body)
    add(5, when, m, dict(category="both", language="ar", acknowledge=True, on_time=True, speakers=[
        sp("عبد العزيز بن فهد القحطاني", "رئيس مجلس الإدارة", "رابطة مكاتب الاستقدام الأهلية", ["roundtable"], 4)],
        report_attachments=[fname],
        notes="both, on time; DOCX with an Arabic file name (RFC 2231 filename*, RFC 2047 name); the engineer's "
              "abbreviation 'م.' (مهندس) before the name is an honorific, dropped; roundtable as an ordinal word "
              "('الرابعة'); the sender (PR specialist, Latin display name on a Gmail address) is not the speaker; "
              "'- الرياض' after the organisation in the signature is a place, not part of the affiliation."))


def m06():
    # employers' union: calendar-style confirmation written by an assistant, with an .ics hold (not a report)
    when = at("2021-02-02 16:48:19")
    sent = sent_at(when, 1, 5)
    text = """Bonjour,

Pour faire suite à l'invitation de l'OIM, veuillez trouver ci-dessous la confirmation de participation de notre Vice-président :

Événement : Conférence régionale d'examen du Pacte mondial sur les migrations – région arabe
Date : jeudi 25 février 2021 (séance plénière), en ligne
Intervenant : M. Hichem Ben Ammar
Fonction : Vice-président chargé des affaires sociales et de la formation
Organisation : Union patronale des entreprises du Maghreb (UPEM)
Rôle souhaité : intervention depuis la salle lors de la séance plénière

Je joins une invitation de calendrier afin que la plage soit bloquée dans l'agenda de M. Ben Ammar ; merci de nous communiquer l'horaire exact et le lien de connexion dès qu'ils seront disponibles.

Cordialement,

Olfa Mejri
Assistante de direction – Cabinet de la Présidence
UPEM – Union patronale des entreprises du Maghreb
Immeuble Le Lac, Les Berges du Lac 1053 – Tunis
Tél. : +216 71 960 415

"""
    text += DISC_FR + "\n"
    ics = ("BEGIN:VCALENDAR\r\nPRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN\r\nVERSION:2.0\r\n"
           "METHOD:PUBLISH\r\nBEGIN:VEVENT\r\nUID:040000008200E00074C5B7101A82E00800000000A0C3F1B2\r\n"
           "DTSTAMP:20210202T154800Z\r\nDTSTART:20210225T080000Z\r\nDTEND:20210225T120000Z\r\n"
           "SUMMARY;LANGUAGE=fr-FR:Conférence régionale d'examen PMM – plénière (H. Ben Ammar)\r\n"
           "LOCATION;LANGUAGE=fr-FR:En ligne\r\nTRANSP:OPAQUE\r\nSTATUS:TENTATIVE\r\nEND:VEVENT\r\n"
           "END:VCALENDAR\r\n")
    cal = leaf("text/calendar", ics, "utf-8", "base64", params=[("method", "PUBLISH"),
                                                               ("name", '"Conference_PMM_25022021.ics"')],
               disp='attachment; filename="Conference_PMM_25022021.ics"')
    body = multi("mixed", [alt(text, "_000_VI1PR06MB6114D2E0_"), cal], "_002_VI1PR06MB6114D2E0_")
    subj = "Confirmation de participation – M. Hichem Ben Ammar (UPEM) – plénière du 25 février"
    m = mk(when, sent, "mail-vi1eur06on0133.outbound.protection.outlook.example.com", "40.107.5.133",
           "4DVCq71XbTz5", addr("Olfa Mejri", "o.mejri@upem.example.tn"), hdr(subj, enc="Q"),
           "<VI1PR06MB6114D2E0B7F3A91C4E2D5F6A8B3C1@VI1PR06MB6114.eurprd06.prod.outlook.example.com>", body,
           extra=exch(hdr(subj, enc="Q"), "AdbJNq5w0c2YpL8XeR7sZk1Tm3Vb4Q==", lang="fr-FR", attach_flag="yes"))
    add(6, when, m, dict(category="speaker_request", language="fr", acknowledge=True, on_time=True, speakers=[
        sp("Hichem Ben Ammar", "Vice-président chargé des affaires sociales et de la formation",
           "Union patronale des entreprises du Maghreb (UPEM)", ["plenary"])],
        notes="calendar-style confirmation written by the executive assistant (not the speaker) in labelled lines "
              "('Intervenant :', 'Fonction :', 'Organisation :'); the .ics attachment only blocks the agenda and is "
              "not a report; 'M.' dropped; acronym kept as written beside the name; the signature's 'UPEM – ...' "
              "order differs from the labelled line, the labelled form is recorded."))


def m07():
    # fair-recruitment initiative, HTML-only (Gmail), two speakers, one from a member company
    when = at("2021-02-03 08:55:02")
    sent = sent_at(when, 2, 3)
    inner = ('<div dir="ltr"><div>Dear colleagues,</div><div><br></div>'
             '<div>Further to the invitation to the Regional Review, the <b>Ethical Recruitment Compact &#8211; '
             'Middle East (ERC-ME)</b> would like to propose two speakers:</div><ul>'
             '<li><b>Dr. Samir Kassab</b>, Head of Policy &amp; Partnerships, ERC-ME &#8211; as <i>rapporteur</i> to '
             'deliver the stakeholders&#39; key messages, if the role is still open;</li>'
             '<li><b>Joanna Pereira</b>, Supply Chain Due Diligence Lead at Halcyon Hospitality Group (one of our '
             'founding member companies) &#8211; to take part in the open discussion of the multi-stakeholder '
             'consultation on 23 February.</li></ul>'
             '<div>Both are based in Amman and will join online. Please let me know if you need short bios.</div>'
             '<div><br></div><div>Many thanks,</div><div>Leen</div><div><br></div>'
             '<div>-- <br><div dir="ltr"><font color="#555555">Leen Abu Ghazaleh<br>Programme Officer<br>'
             'Ethical Recruitment Compact &#8211; Middle East (ERC-ME)<br>Amman, Jordan<br>'
             '<a href="https://erc-me.example.org">erc-me.example.org</a> | Twitter: @ERC_ME</font></div></div>'
             '<div><br></div><div><font size="1" color="#999999">The ERC-ME is a multi-stakeholder initiative hosted '
             'by a not-for-profit company limited by guarantee. This message may contain confidential information; if '
             'you have received it in error, please delete it and notify the sender.</font></div></div>')
    body = html_only(inner)
    subj = "ERC-ME speakers for the GCM Regional Review"
    m = mk(when, sent, "mail-wm1-f44.google.example.com", "209.85.128.44", "4DVn1c2Y7Hz9",
           "Leen Abu Ghazaleh <leen@erc-me.example.org>", subj,
           "<CAM9pQ2zXe7T_kL4vRw0YbN6Hs1Jd8Uf3Ga5Co7Mi2Pq@mail.gmail.example.com>", body)
    add(7, when, m, dict(category="speaker_request", language="en", acknowledge=True, on_time=True, speakers=[
        sp("Samir Kassab", "Head of Policy & Partnerships", "Ethical Recruitment Compact – Middle East (ERC-ME)",
           ["rapporteur"]),
        sp("Joanna Pereira", "Supply Chain Due Diligence Lead", "Halcyon Hospitality Group", ["open_discussion"])],
        notes="HTML-only (no text/plain); two speakers in a bulleted list; the first names the organisation only by "
              "acronym 'ERC-ME', the fullest form (with acronym) is in the body and signature; the second belongs to a "
              "member company, not to the initiative; 'Dr.' dropped; '&amp;' in the title is '&'; the sender "
              "(programme officer) is not a speaker."))


def m08():
    # iPhone, Levantine colloquial, details pasted from the online registration form
    when = at("2021-02-03 21:37:44")
    sent = sent_at(when, 2, 9)
    text = """مرحبا،

حابب رشّح حالي للمداخلة بالطاولة المستديرة الأولى بمؤتمر المراجعة. سجّلت عالرابط اليوم وهيدي المعلومات متل ما عبّيتها بالاستمارة:

الاسم الكامل: وسيم نصّار
المنصب: مدير الموارد البشرية
المؤسسة: مجموعة الشرق للمقاولات ش.م.ل
البلد: لبنان
المشاركة: مداخلة - طاولة مستديرة ١

نحنا عنا خبرة مع العمال المهاجرين بقطاع البناء وحابين نحكي عن تجربتنا بالتوظيف المباشر بدون سماسرة.

شكراً سلفاً

Sent from my iPhone
"""
    body = leaf("text/plain", text, "utf-8", "quoted-printable", params=[("format", "flowed"), ("delsp", "yes")])
    subj = "طلب مداخلة"
    m = mk(when, sent, "mail-qt1-f182.google.example.com", "209.85.160.182", "4DW8sR3c5Nz0",
           addr("Wassim Nassar", "wassim.nassar@gmail.example.com"), hdr(subj),
           "<A1F3C2E8-7B4D-4E19-9C55-0D2B6E8F4A71@gmail.example.com>", body,
           extra=[("X-Mailer", "iPhone Mail (18C66)"), ("Content-Language", "ar")])
    add(8, when, m, dict(category="speaker_request", language="ar", acknowledge=True, on_time=True, speakers=[
        sp("وسيم نصّار", "مدير الموارد البشرية", "مجموعة الشرق للمقاولات ش.م.ل", ["roundtable"], 1)],
        notes="iPhone, Levantine colloquial ('حابب رشّح حالي'), the sender proposes himself; labelled lines pasted "
              "from the registration form, including a separate 'البلد' line (not part of the affiliation); the "
              "company's legal form 'ش.م.ل' is written as part of its name and kept (fullest form written; not "
              "covered by dev, a secretary copies the company name as given); roundtable as 'الطاولة المستديرة "
              "الأولى' and '١'. No signature."))


def m09():
    # chamber of commerce asks whether a private-sector body may submit a report and in what format
    when = at("2021-02-04 10:11:26")
    sent = sent_at(when, 1, 4)
    text = """Madame, Monsieur,

La Chambre de commerce et d'industrie euro-méditerranéenne d'Oran (CCIEMO) a bien reçu l'appel à contributions relatif à l'examen régional du Pacte mondial sur les migrations.

Avant d'engager la rédaction, nous souhaiterions savoir :
1) si un rapport volontaire peut être présenté par une chambre consulaire ou une organisation d'employeurs, ou si l'exercice est réservé aux organisations de la société civile ;
2) s'il existe un canevas, un nombre de pages maximal ou une langue imposée (nos membres travaillent surtout en français) ;
3) si un rapport commun avec deux autres chambres partenaires serait recevable.

Dans l'attente de votre retour, nous vous prions d'agréer nos salutations distinguées.

Karim Zerrouki
Chef du département Coopération internationale
CCIEMO
Boulevard de la Soummam, Oran - Algérie
"""
    body = leaf("text/plain", text, "iso-8859-1", "quoted-printable")
    subj = "Question - rapport volontaire par une chambre de commerce ?"
    m = mk(when, sent, "smtp.cciemo.example.dz", "105.96.12.41", "4DWTr02LxPz3",
           addr("Karim Zerrouki", "k.zerrouki@cciemo.example.dz", "iso-8859-1", "Q"), subj,
           "<000a01d6fad8$6c2e1b40$448a51c0$@cciemo.example.dz>", body,
           extra=[("X-Mailer", "Microsoft Outlook 15.0"), ("Thread-Index", "AQHW+tYTbVx3k9c2hMZr1pE7wq0Lsw=="),
                  ("Content-Language", "fr")])
    add(9, when, m, dict(category="other", language="fr", acknowledge=True, on_time=None,
        notes="questions before writing a report (eligibility of a chamber, format, joint report): nothing is "
              "submitted; keyword-heavy ('rapport volontaire', 'appel à contributions'); ISO-8859-1 quoted-printable "
              "plain text from an older Outlook."))


M10_ID = "<AM9PR03MB7210F6B2D4C8E0A13579B2D4F6E8A@AM9PR03MB7210.eurprd03.prod.outlook.example.com>"
M10_FILE = "AMCC Voluntary Review Report - GCM Arab Region 2021.pdf"


def m10():
    # chamber of commerce: PDF report, Outlook, security-gateway banner on top and a long footer
    when = at("2021-02-04 14:30:08")
    sent = sent_at(when, 0, 6)
    main = """Dear Sir/Madam,

On behalf of the Arab-Mediterranean Chamber of Commerce (AMCC), please find attached our voluntary review report for the Regional Review of the Global Compact for Safe, Orderly and Regular Migration in the Arab region.

The report draws on a survey of 140 member companies employing migrant workers in Jordan, Lebanon and the Gulf, and focuses on skills recognition (Objective 18) and fair recruitment (Objective 6).

We would be grateful if you could confirm receipt.

Yours faithfully,

Charlotte Haddad-Morel
Senior Policy Adviser, Business & Human Rights
Arab-Mediterranean Chamber of Commerce (AMCC)
43 Upper Grosvenor Street, London W1K 2NJ
Direct: +44 20 7659 4821
"""
    banner = "CAUTION: This email originated from inside the AMCC network. Do not forward externally without authorisation.\n\n"
    footer = ("\nThe Arab-Mediterranean Chamber of Commerce is a company limited by guarantee registered in England and "
              "Wales (No. 01234567). Registered office as above.\n" + DISC_EN_LONG +
              "\nThis email has been scanned for viruses and malware by the AMCC email security service.\n")
    text = banner + main + footer
    html = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body>'
            '<table style="background:#fff3cd"><tr><td><small>' + esc(banner.strip()) + '</small></td></tr></table>'
            + text2html(main.split("\n\nCharlotte")[0]) +
            '<p><img src="cid:image002.jpg@01D6FAEB.9F2C4D10" width="120" height="36" alt="AMCC"><br>' +
            lines_html(main.split("Yours faithfully,\n\n")[1].strip().split("\n")) + '</p>'
            '<p style="font-size:8pt;color:gray">' + esc(footer).replace("\n", "<br>") + '</p></body></html>\n')
    logo = leaf("image/jpeg", make_png(20, 6, (0, 51, 102)), cte="base64", params=[("name", '"image002.jpg"')],
                disp='inline; filename="image002.jpg"', extra=[("Content-ID", "<image002.jpg@01D6FAEB.9F2C4D10>")])
    rel = multi("related", [alt(text, "_000_AM9PR03MB7210F6B2_", html=html), logo], "_004_AM9PR03MB7210F6B2_",
                params=[("type", '"multipart/alternative"')])
    rep = attach("application/pdf", pdf_doc("AMCC Voluntary Review Report", "Arab-Mediterranean Chamber of Commerce",
                                            ["Methodology: member survey", "Objective 6 - fair recruitment",
                                             "Objective 18 - skills recognition", "Recommendations to employers"]),
                 M10_FILE)
    body = multi("mixed", [rel, rep], "_005_AM9PR03MB7210F6B2_")
    subj = "AMCC submission - Voluntary GCM review report"
    m = mk(when, sent, "mail-am9eur03on0207.outbound.protection.outlook.example.com", "40.107.3.207",
           "4DWc6K0vRxz1", "Charlotte Haddad-Morel <c.haddadmorel@amcc.example.co.uk>", subj, M10_ID, body,
           extra=exch(subj, "AdbKsT8e1wQ0Ym5Vb2Rx7Pc9Ln3Hz4==", lang="en-GB", attach_flag="yes"))
    add(10, when, m, dict(category="voluntary_report", language="en", acknowledge=True, on_time=True,
        report_attachments=[M10_FILE],
        notes="chamber of commerce report, one PDF whose name contains spaces; a security banner above the text and a "
              "company-registration footer plus disclaimer below it; the inline logo (a PNG misnamed image002.jpg) "
              "is not part of the report; the signature title is not a speaker request. Thanked in h186-19."))


def m11():
    # investors' association, Egyptian colloquial, speaker in prose, open discussion; Yahoo-style HTML + text
    when = at("2021-02-05 22:40:31")
    sent = sent_at(when, 2, 11)
    text = """مساء الفل،

إحنا في جمعية رجال أعمال الصعيد للتنمية كنا عايزين نرشح الأستاذة/ داليا عبد الحميد منصور، مديرة وحدة المسؤولية المجتمعية عندنا، عشان تشارك في النقاش المفتوح بتاع التشاور مع أصحاب المصلحة يوم ٢٣ فبراير. هي شغالة من سنين على برامج تدريب وتشغيل الشباب اللي راجعين من ليبيا والخليج.

معلش اتأخرنا شوية في الرد، بس إن شاء الله لسه في الميعاد.

شكراً جداً،
أحمد سعيد
سكرتير تنفيذي - جمعية رجال أعمال الصعيد للتنمية
أسيوط
"""
    html = ('<html><head></head><body><div style="font-family:Helvetica Neue, Helvetica, Arial, sans-serif;'
            'font-size:16px;"><div dir="rtl">' + "<br>".join(esc(x) for x in text.strip().split("\n")) +
            '</div></div></body></html>')
    body = alt(text, "----=_Part_2311408_1830455118.1612557625107", html=html)
    subj = "ترشيح للنقاش المفتوح ٢٣ فبراير"
    m = mk(when, sent, "sonic311-21.consmr.mail.ir2.yahoo.example.com", "77.238.177.212", "4DXQ0T9hL2z7",
           addr("احمد سعيد", "ahmed_saeed_ubad@yahoo.example.com"), hdr(subj),
           "<1183570224.2311409.1612557631002@mail.yahoo.example.com>", body,
           extra=[("X-Mailer", "WebService/1.1.17648 YMailNorrin")])
    add(11, when, m, dict(category="speaker_request", language="ar", acknowledge=True, on_time=True, speakers=[
        sp("داليا عبد الحميد منصور", "مديرة وحدة المسؤولية المجتمعية", "جمعية رجال أعمال الصعيد للتنمية",
           ["open_discussion"])],
        notes="Egyptian colloquial; speaker in prose after the honorific 'الأستاذة/' (dropped); her affiliation is "
              "only given by reference ('عندنا') to the association named in the sentence and the signature; the "
              "sender (executive secretary) is not the speaker; received 22:40 on 5 February, on time although he "
              "apologises for being late; 'أسيوط' is a place, not part of the affiliation."))


def m12():
    # recruitment agency, Android Gmail, Date already 6 Feb in Doha but received 23:59:10 on 5 Feb Beirut time
    when = at("2021-02-05 23:59:10")
    sent = sent_at(when, 3, 7)
    text = """Hello,

Apologies for the last-minute message. Crescent Manpower Solutions W.L.L. would like to request a floor intervention in Roundtable 4 for our Operations Director, Mr. Arjun Menon, who oversees our worker-welfare and zero-fees programme.

Name: Arjun Menon
Position: Operations Director
Company: Crescent Manpower Solutions W.L.L.

Thanks and regards,
Mariam Al-Kuwari
HR & Compliance Executive
Crescent Manpower Solutions W.L.L., Doha, Qatar
Tel: +974 4436 2190

Sent from my Galaxy
"""
    body = alt(text, "0000000000006be62805ba7d5f0c")
    subj = "Request for floor intervention - Roundtable 4"
    m = mk(when, sent, "mail-lj1-f170.google.example.com", "209.85.208.170", "4DXS9y6Zb0z4",
           "Mariam Al-Kuwari <mariam.k@crescent-manpower.example.qa>", subj,
           "<CAPx7Rw2m_5TqJz0kYv9L3Nc1Ho8Fb4Ea6Gd2Ui-s@mail.gmail.example.com>", body)
    add(12, when, m, dict(category="speaker_request", language="en", acknowledge=True, on_time=True, speakers=[
        sp("Arjun Menon", "Operations Director", "Crescent Manpower Solutions W.L.L.", ["roundtable"], 4)],
        notes="edge: Date header Sat, 6 Feb 2021 00:59 +0300 (already the 6th in Doha) but received 23:59:10 on 5 "
              "February Beirut time: on time. Sent by an HR executive for the director; the company's legal form "
              "'W.L.L.' is part of the written name and kept (not covered by dev: copied as given); 'Position'/"
              "'Company' labels; ', Doha, Qatar' in the signature is a place."))


M13_ID = "<b4e2d7a91c3f5e60@imre-recrutement.example.tn>"


def m13():
    # late (6 Feb), two speakers, one without a title; plain text from Roundcube; says it is late
    when = at("2021-02-06 11:05:57")
    sent = sent_at(when, 1, 3)
    text = """Bonjour Madame, Monsieur,

Nous avons conscience que le délai pour les intervenants était fixé au 5 février et nous vous prions d'excuser ce retard, dû à la validation tardive de notre conseil d'administration.

L'Initiative Maghreb pour un recrutement équitable (IMRE) souhaiterait proposer :
- moi-même, pour une intervention dans la table ronde thématique n° 4 ;
- notre collègue M. Anis Gharbi, pour la discussion ouverte de la consultation multipartite du 23 février.

Si le programme ne permet plus d'ajouter des intervenants, nous participerons volontiers en tant qu'observateurs.

Bien cordialement,

Salma Trabelsi
Directrice exécutive
IMRE – Initiative Maghreb pour un recrutement équitable
Sfax, Tunisie
"""
    body = leaf("text/plain", text, "utf-8", "quoted-printable", params=[("format", "flowed")])
    subj = "Proposition d'intervenants (hors délai) - IMRE"
    m = mk(when, sent, "webmail.imre-recrutement.example.tn", "197.14.52.88", "4DXmQ12Pc8z6",
           addr("Salma Trabelsi", "contact@imre-recrutement.example.tn"), hdr(subj, enc="Q"), M13_ID, body,
           extra=[("User-Agent", "Roundcube Webmail/1.4.10")])
    aff = "Initiative Maghreb pour un recrutement équitable (IMRE)"
    add(13, when, m, dict(category="speaker_request", language="fr", acknowledge=True, on_time=False, speakers=[
        sp("Salma Trabelsi", "Directrice exécutive", aff, ["roundtable"], 4),
        sp("Anis Gharbi", None, aff, ["open_discussion"])],
        notes="late (6 February) and says so; two speakers in a dashed list; the first is the sender herself "
              "('moi-même'): her name, title and organisation are only in the signature; the second has no title "
              "(null) and his affiliation only by reference ('notre collègue'); the signature writes the acronym "
              "first ('IMRE – Initiative ...'), recorded as 'full name (acronym)' as the body writes it; shared contact@ address, whose acknowledgement bounces (h186-14); the observer fallback is "
              "not a role."))


def m14():
    # French-localised Postfix DSN: the acknowledgement of h186-13 refused by the receiving server (quota)
    when = at("2021-02-06 11:06:44")
    text = """Ceci est le système de messagerie de l'hôte mx1.iom.int.

J'ai le regret de vous informer que votre message n'a pas pu être
remis à un ou plusieurs destinataires. Il est joint ci-dessous.

Pour toute assistance, veuillez envoyer un courriel au postmaster.

                   Le système de messagerie

<contact@imre-recrutement.example.tn>: host mx.imre-recrutement.example.tn[197.14.52.90]
    said: 552 5.2.2 <contact@imre-recrutement.example.tn>: Mailbox full -
    quota exceeded (in reply to RCPT TO command)
"""
    dsn = ("Reporting-MTA: dns; mx1.iom.int\n"
           "X-Postfix-Queue-ID: 4DXmR40Vt2z9\n"
           "X-Postfix-Sender: rfc822; gcmrrarabstates@iom.int\n"
           "Arrival-Date: %s\n\n"
           "Final-Recipient: rfc822; contact@imre-recrutement.example.tn\n"
           "Original-Recipient: rfc822;contact@imre-recrutement.example.tn\n"
           "Action: failed\n"
           "Status: 5.2.2\n"
           "Remote-MTA: dns; mx.imre-recrutement.example.tn\n"
           "Diagnostic-Code: smtp; 552 5.2.2 <contact@imre-recrutement.example.tn>: Mailbox\n"
           "    full - quota exceeded\n" % rfcdate(when - dt.timedelta(seconds=5), "EET"))
    hdrs = ("Return-Path: <gcmrrarabstates@iom.int>\n"
            "From: GCM Regional Review Arab States <gcmrrarabstates@iom.int>\n"
            "To: contact@imre-recrutement.example.tn\n"
            "Subject: =?utf-8?q?Accus=C3=A9_de_r=C3=A9ception_-_Proposition_d=27intervenants_=28hors_d=C3=A9lai=29?=\n"
            "Date: %s\n"
            "Message-ID: <ack.4DXmR40Vt2z9@gcmrrarabstates.iom.int>\n"
            "In-Reply-To: %s\n"
            "Content-Language: fr\n" % (rfcdate(when - dt.timedelta(seconds=6)), M13_ID))
    p1 = dsn_report("", dsn, hdrs, "4DXmR6Wn1pz3.1612602404/mx1.iom.int")
    # the human part is French with accents: rebuild it as utf-8 quoted-printable
    p1.get_payload()[0] = leaf("text/plain", text, "utf-8", "quoted-printable",
                               extra=[("Content-Description", "Notification")])
    rows = [("Return-Path", "<>"), ("Delivered-To", "gcmrrarabstates@iom.int"),
            ("Received", "by mx1.iom.int (Postfix)\r\n\tid 4DXmR6Wn1pz3; %s" % rfcdate(when, "EET")),
            ("Date", rfcdate(when, "EET")),
            ("From", "MAILER-DAEMON@mx1.iom.int (Mail Delivery System)"),
            ("Subject", hdr("Message non distribué retourné à l'expéditeur", enc="Q")),
            ("To", "gcmrrarabstates@iom.int"),
            ("Auto-Submitted", "auto-replied"),
            ("Message-Id", "<20210206090644.4DXmR6Wn1pz3@mx1.iom.int>")]
    add(14, when, top(p1, rows), dict(category="bounce", language="fr", acknowledge=False, on_time=None,
        notes="French-localised Postfix DSN (5.2.2 mailbox full) for the French acknowledgement of h186-13, whose "
              "shared mailbox is over quota; only the returned headers (In-Reply-To names h186-13). Language fr as "
              "the returned acknowledgement (dev 030). Never acknowledge."))


def m15():
    # follow-up of h186-03: did you receive our nominations? Outlook reply quoting the original (not '>')
    when = at("2021-02-07 10:20:14")
    sent = sent_at(when, 3, 4)
    orig_date = "الاثنين، ١ فبراير ٢٠٢١ ١:١٥ م"
    text = """السادة الأفاضل،

تحية طيبة،

نرجو التكرم بإفادتنا بما إذا كانت رسالتنا أدناه بشأن ترشيحات الاتحاد للمداخلات قد وصلتكم، إذ لم نتلقَّ حتى الآن أي تأكيد، كما نرجو إعلامنا بموعد الجلسة العامة حتى يتسنى لنا ترتيب جدول سعادة الرئيس.

مع التحية،
مكتب الرئيس
اتحاد غرف الأعمال العربية

________________________________
من: مكتب الرئيس - اتحاد غرف الأعمال <president.office@uabc.example.bh>
تاريخ الإرسال: %s
إلى: gcmrrarabstates@iom.int
الموضوع: مشاركة اتحاد غرف الأعمال العربية في مؤتمر المراجعة الإقليمية

سعادة منسق أمانة المراجعة الإقليمية المحترم

تحية طيبة وبعد،

إشارةً إلى كتابكم الكريم بشأن المراجعة الإقليمية للاتفاق العالمي للهجرة في المنطقة العربية، يسرّ اتحاد غرف الأعمال العربية أن يعرب عن رغبته في المشاركة بمداخلتين خلال مؤتمر المراجعة الإقليمية يومي ٢٤ و٢٥ فبراير ٢٠٢١، وذلك على النحو الآتي:

١- سعادة السيد خالد بن راشد الدوسري، رئيس الاتحاد، مداخلة في الجلسة العامة.
٢- السيدة ريم يوسف النعيمي، مديرة إدارة العلاقات الدولية والاتفاقيات، مداخلة في المائدة المستديرة الثانية.

وتفضلوا بقبول فائق الاحترام والتقدير،،،

""" % orig_date
    text += DISC_AR + "\n"
    body = alt(text, "_000_AS8PR07MB77029B1D_", rtl=True, b64=True)
    subj = "مشاركة اتحاد غرف الأعمال العربية في مؤتمر المراجعة الإقليمية"
    m = mk(when, sent, "mail-as8eur07on0132.outbound.protection.outlook.example.com", "40.107.1.132",
           "4DYR2n8Kq7z5", addr("مكتب الرئيس - اتحاد غرف الأعمال", "president.office@uabc.example.bh"),
           re_hdr("RE: ", subj),
           "<AS8PR07MB77029B1D4E0F2A6C8E1B3D5F7A9C0@AS8PR07MB7702.eurprd07.prod.outlook.example.com>", body,
           extra=exch(re_hdr("RE: ", subj), "AQHW+Ik2Zr0bVq5Xm3TzLc8o1yEwJKqXz8Ap", lang="ar-BH") +
           [("In-Reply-To", M03_ID), ("References", M03_ID)])
    add(15, when, m, dict(category="other", language="ar", acknowledge=True, on_time=None, thread_of="h186-03.eml",
        notes="follow-up asking whether h186-03 was received and when the plenary is; the Outlook-style quoted "
              "original (not '>'-prefixed) repeats both speakers' names: not a new request, no speakers."))


def m16():
    # late (8 Feb): EA forwards her CEO's instructions; two speakers; calendar-style availability lines
    when = at("2021-02-08 09:14:33")
    sent = sent_at(when, 3, 5)
    text = """Dear IOM colleagues,

Please see below a note from our CEO. I appreciate that the deadline for speakers was last Friday -- we only received the invitation through our partners yesterday -- and would be grateful if you could still consider the two names.

Confirmed availability (Beirut time):
- Wed 24 Feb, 09:00-13:00: Dr. Huda Al-Sabah, Chief Executive Officer -- plenary
- Thu 25 Feb, 14:00-17:00: Mr. Omar Rifai, Director of Programmes -- Roundtable III

Warm regards,
Lama Haddad
Executive Assistant to the CEO
Sadeem Foundation for Migrant Families
Kuwait City | +965 2245 8890

-----Original Message-----
From: Huda Al-Sabah <h.alsabah@sadeem-foundation.example.org>
Sent: Sunday, February 7, 2021 8:52 PM
To: Lama Haddad <l.haddad@sadeem-foundation.example.org>
Cc: Omar Rifai <o.rifai@sadeem-foundation.example.org>
Subject: GCM regional review - speakers

Lama, please write to the IOM address today: I would like to take the floor in the plenary, and Omar should go to roundtable III (migrant families and children). Block the two days in our calendars.
H.

Sent from my iPad

"""
    text += ("Sadeem Foundation for Migrant Families is a private charitable foundation registered in the State of "
             "Kuwait. " + DISC_EN_LONG + "\n")
    body = alt(text, "_000_AM6PR02MB5047C1_")
    subj = "FW: GCM regional review - speakers"
    m = mk(when, sent, "mail-am6eur02on0118.outbound.protection.outlook.example.com", "40.107.2.118",
           "4DZ6pX1Wf3z2", "Lama Haddad <l.haddad@sadeem-foundation.example.org>", subj,
           "<AM6PR02MB5047C1E3F5A7B9D0B2C4E6F8A1D3E@AM6PR02MB5047.eurprd02.prod.outlook.example.com>", body,
           cc="Huda Al-Sabah <h.alsabah@sadeem-foundation.example.org>, "
              "Omar Rifai <o.rifai@sadeem-foundation.example.org>",
           extra=exch(subj, "AQHW/Xk5b2Lm0cN8Tq1Rz4Pw7YeGJg==", lang="en-US"))
    aff = "Sadeem Foundation for Migrant Families"
    add(16, when, m, dict(category="speaker_request", language="en", acknowledge=True, on_time=False, speakers=[
        sp("Huda Al-Sabah", "Chief Executive Officer", aff, ["plenary"]),
        sp("Omar Rifai", "Director of Programmes", aff, ["roundtable"], 3)],
        notes="late (8 February) and says so; the executive assistant forwards her CEO's note ('FW:', Outlook "
              "'-----Original Message-----'); the request itself is in calendar-style availability lines; "
              "roundtable as Roman numeral 'III'; 'Dr.'/'Mr.' dropped; affiliation only in the assistant's "
              "signature (the speakers' own addresses share its domain); 'Kuwait City' is a place."))


def m17():
    # private foundation: PDF report (on time) + its director as rapporteur (late): both, on_time false
    when = at("2021-02-09 15:42:10")
    sent = sent_at(when, 0, 6)
    text = """Madame, Monsieur,

La Fondation Sahel Entreprendre vous prie de trouver ci-joint son rapport volontaire au titre de l'examen régional du Pacte mondial pour des migrations sûres, ordonnées et régulières, consacré à l'emploi des jeunes migrants et rapatriés en Mauritanie et au Sénégal.

Par ailleurs, et bien que nous sachions la date du 5 février dépassée, nous nous permettons de proposer notre directrice générale, Mme Aïssata Diop, pour le rôle de rapporteuse chargée de présenter les messages clés des parties prenantes, si ce rôle n'a pas encore été attribué.

Avec nos remerciements anticipés,

Mamadou Sy
Chargé de mission – Partenariats
Fondation Sahel Entreprendre
Nouakchott | Dakar

--
Fondation Sahel Entreprendre – fondation d'entreprise reconnue d'utilité publique.
Ce courriel et ses pièces jointes sont confidentiels. S'il ne vous est pas destiné, merci d'en informer l'expéditeur et de le supprimer.
"""
    fname = "Rapport_FSE_Examen_regional_PMM_fev2021.pdf"
    rep = attach("application/pdf", pdf_doc("Rapport volontaire - Fondation Sahel Entreprendre",
                                            "Fondation Sahel Entreprendre",
                                            ["Emploi des jeunes migrants", "Rapatries: reinsertion economique",
                                             "Partenariats avec le secteur prive", "Recommandations"]), fname)
    body = multi("mixed", [alt(text, "--_com.samsung.android.email_2291845117320519"), rep],
                 "--_com.samsung.android.email_2291845117320520")
    subj = "Rapport volontaire + proposition de rapporteuse – Fondation Sahel Entreprendre"
    m = mk(when, sent, "mail-wr1-f68.google.example.com", "209.85.221.68", "4DZwL31Hsbz8",
           addr("Mamadou Sy", "m.sy@sahel-entreprendre.example.org"), hdr(subj, enc="Q"),
           "<6022a9f1.1c69fb81.4e2b3.19d7@mx.google.example.com>", body)
    add(17, when, m, dict(category="both", language="fr", acknowledge=True, on_time=False, speakers=[
        sp("Aïssata Diop", "Directrice générale", "Fondation Sahel Entreprendre", ["rapporteur"])],
        report_attachments=[fname],
        notes="both, received 9 February: the report is on time but the speaker part is late, so on_time is false "
              "(LABELS.md); the speaker is described in prose ('notre directrice générale, Mme Aïssata Diop'), "
              "title taken from that phrase with a capital as a register entry, affiliation by reference ('notre'); "
              "'rapporteuse' is the rapporteur role; sender is not the speaker; footer disclaimer after '--'."))


def m18():
    # private foundation, Gmail, PDF with an Arabic file name, short formal Arabic, Arabic-Indic digits
    when = at("2021-02-10 12:03:55")
    sent = sent_at(when, 2, 4)
    text = """السادة في المنظمة الدولية للهجرة - أمانة المراجعة الإقليمية المحترمين،

تحية طيبة،

تتشرف مؤسسة الوفاء للتنمية المجتمعية (مؤسسة خاصة غير ربحية) بأن ترفق لكم تقريرها الطوعي بشأن تنفيذ أهداف الاتفاق العالمي من أجل الهجرة الآمنة والمنظمة والنظامية للفترة ٢٠١٩–٢٠٢٠، ولا سيما ما يتعلق بدمج العمال المهاجرين وأسرهم في برامج الحماية الاجتماعية والخدمات الصحية.

نرجو التفضل بالإفادة بالاستلام.

وتقبلوا وافر التقدير،
د. سهى الزعبي
المديرة التنفيذية
مؤسسة الوفاء للتنمية المجتمعية
إربد - الأردن
"""
    fname = "تقرير مؤسسة الوفاء الطوعي 2021.pdf"
    rep = attach("application/pdf", pdf_doc("Al Wafa Foundation - Voluntary GCM report",
                                            "Al Wafa Foundation for Community Development",
                                            ["Social protection", "Health services", "Recommendations"]), fname)
    html = '<div dir="rtl">' + "<br>".join(esc(x) for x in text.strip().split("\n")) + "</div>"
    body = multi("mixed", [alt(text, "000000000000d0e1c205bafc4a10", html=html, b64=True), rep],
                 "000000000000d0e1c405bafc4a12")
    subj = "التقرير الطوعي - مؤسسة الوفاء للتنمية المجتمعية"
    m = mk(when, sent, "mail-ed1-f47.google.example.com", "209.85.208.47", "4DbLt52QmTz0",
           addr("Suha Al-Zoubi", "suha.zoubi.wafa@gmail.example.com"), hdr(subj),
           "<CAN4hT8xPq1_Zv6mWk0Ls9Ry3Jc7Bd2Ef5Gu1Ha-kQ@mail.gmail.example.com>", body)
    add(18, when, m, dict(category="voluntary_report", language="ar", acknowledge=True, on_time=True,
        report_attachments=[fname],
        notes="private non-profit foundation's report, one PDF with an Arabic file name (RFC 2231 / RFC 2047); the "
              "signer's title and organisation are not a speaker request; Latin display name, Arabic body."))


def m19():
    # thank-you reply to our acknowledgement of h186-10: nothing new; long footer again
    when = at("2021-02-11 08:47:21")
    sent = sent_at(when, 0, 4)
    ack_id = "<ack.4DWc6M3qTkz5@gcmrrarabstates.iom.int>"
    text = """Many thanks for confirming receipt - much appreciated.

Best wishes,
Charlotte

Charlotte Haddad-Morel
Senior Policy Adviser, Business & Human Rights
Arab-Mediterranean Chamber of Commerce (AMCC)

From: GCM Regional Review Arab States <gcmrrarabstates@iom.int>
Sent: 04 February 2021 12:31
To: Charlotte Haddad-Morel <c.haddadmorel@amcc.example.co.uk>
Subject: Acknowledgement of receipt - AMCC submission - Voluntary GCM review report

Dear Charlotte Haddad-Morel,

Thank you for your message. We confirm receipt of your voluntary GCM review report (AMCC Voluntary Review Report - GCM Arab Region 2021.pdf) for the Regional Review of the Global Compact for Migration in the Arab region.

GCM Regional Review Secretariat

The Arab-Mediterranean Chamber of Commerce is a company limited by guarantee registered in England and Wales (No. 01234567).
""" + DISC_EN_LONG + "\n"
    body = alt(text, "_000_AM9PR03MB72109E4A_")
    subj = "RE: Acknowledgement of receipt - AMCC submission - Voluntary GCM review report"
    m = mk(when, sent, "mail-am9eur03on0211.outbound.protection.outlook.example.com", "40.107.3.211",
           "4DcFh90PwLz3", "Charlotte Haddad-Morel <c.haddadmorel@amcc.example.co.uk>", subj,
           "<AM9PR03MB72109E4A1B3C5D7E9F0A2B4C6D8E1@AM9PR03MB7210.eurprd03.prod.outlook.example.com>", body,
           extra=exch(subj, "AdbKsT8e1wQ0Ym5Vb2Rx7Pc9Ln3Hz4ABCd1234", lang="en-GB") +
           [("In-Reply-To", ack_id), ("References", "%s %s" % (M10_ID, ack_id))])
    add(19, when, m, dict(category="other", language="en", acknowledge=False, on_time=None,
        thread_of="h186-10.eml",
        notes="thank-you reply to our acknowledgement of h186-10: adds nothing, so no acknowledgement (LABELS.md); "
              "quotes the acknowledgement, which names the report file and 'voluntary GCM review report'; "
              "References names h186-10."))


def m20():
    # corrected version of h186-04's report, replying to the original; DOCX this time; "annule et remplace"
    when = at("2021-02-12 17:26:02")
    sent = sent_at(when, 1, 5)
    text = """Madame, Monsieur,

Une erreur s'est glissée dans les chiffres du tableau 2 de notre contribution envoyée le 1er février. Vous trouverez ci-joint la version corrigée, qui annule et remplace la précédente. Pour faciliter vos éventuelles reprises, nous l'envoyons cette fois au format Word.

Avec nos excuses pour ce désagrément,

Ghita Lahlou
Responsable du pôle Études et Plaidoyer
Fondation Ennakhil pour l'Entrepreneuriat Solidaire (FEES)

De : Ghita Lahlou
Envoyé : lundi 1 février 2021 17:02
À : gcmrrarabstates@iom.int
Objet : Contribution volontaire de la Fondation Ennakhil – Examen régional du PMM

Madame, Monsieur,

Dans le cadre de l'examen régional du Pacte mondial pour des migrations sûres, ordonnées et régulières, la Fondation Ennakhil pour l'Entrepreneuriat Solidaire a l'honneur de vous transmettre, en pièce jointe, sa contribution volontaire.

""" + DISC_FR + "\n"
    fname = "FEES_Rapport_volontaire_PMM_2021_VERSION_CORRIGEE.docx"
    rep = attach(DOCX, make_docx(["Contribution volontaire - Fondation Ennakhil (FEES)", "Version corrigée",
                                  "Tableau 2 (corrigé)", "Recommandations"]), fname)
    body = multi("mixed", [alt(text, "_000_PR3PR09MB53208A2C_"), rep], "_002_PR3PR09MB53208A2C_")
    subj = "RE: Contribution volontaire de la Fondation Ennakhil – Examen régional du PMM – VERSION CORRIGÉE"
    m = mk(when, sent, "mail-pr3eur09on0121.outbound.protection.outlook.example.com", "40.107.13.121",
           "4DcvN03ZrFz6", addr("Ghita Lahlou", "g.lahlou@fondation-ennakhil.example.ma"), hdr(subj, enc="Q"),
           "<PR3PR09MB53208A2C0E4F6B8D1A3C5E7F9B2D4@PR3PR09MB5320.eurprd09.prod.outlook.example.com>", body,
           extra=exch(hdr(subj, enc="Q"), "AdbIr0Yk8LmQw2Z4TfC1n7eBx5Ua3wAAF5tR", lang="fr-FR", attach_flag="yes")
           + [("In-Reply-To", M04_ID), ("References", M04_ID)])
    add(20, when, m, dict(category="voluntary_report", language="fr", acknowledge=True, on_time=True,
        report_attachments=[fname], thread_of="h186-04.eml",
        notes="corrected version that 'annule et remplace' h186-04's report (In-Reply-To set), now as DOCX, on time; "
              "the quoted original is not '>'-prefixed (Outlook 'De : / Envoyé :' block)."))


def m21():
    # employers' federation: report PDF + signed cover letter PDF + speaker (late part); formal Arabic
    when = at("2021-02-14 13:10:48")
    sent = sent_at(when, 2, 6)
    text = """السادة/ أمانة المراجعة الإقليمية للاتفاق العالمي للهجرة – المنظمة الدولية للهجرة

الموضوع: التقرير الطوعي لاتحاد أصحاب العمل في وادي النيل

تحية طيبة وبعد،،

نرفق لسيادتكم التقرير الطوعي للاتحاد حول دور أصحاب العمل في تنفيذ الاتفاق العالمي للهجرة، مع خطاب التغطية الموقّع من رئيس الاتحاد.

كما نرجو النظر في إتاحة فرصة لمداخلة في المائدة المستديرة الأولى للسيد المستشار/ عمرو حسن البنا، المدير التنفيذي للاتحاد، علماً بأننا لم نتمكن من إرسال الترشيح قبل الموعد المحدد بسبب ظروف السفر.

وتفضلوا بقبول وافر الاحترام،

إدارة العلاقات الخارجية
اتحاد أصحاب العمل في وادي النيل
١٤ شارع قصر النيل – القاهرة
"""
    rep_name = "Nile Valley Employers Federation - GCM Voluntary Report.pdf"
    cov_name = "Cover letter - signed.pdf"
    rep = attach("application/pdf", pdf_doc("Voluntary GCM review report", "Nile Valley Employers' Federation",
                                            ["Employers and labour migration", "Skills and recognition",
                                             "Recommendations"]), rep_name)
    cov = attach("application/pdf", make_pdf(["Nile Valley Employers' Federation", "Cairo, 11 February 2021",
                                              "To: GCM Regional Review Secretariat",
                                              "Please find enclosed our voluntary report.", "President (signed)"]),
                 cov_name)
    body = multi("mixed", [alt(text, "_000_HE1PR0101MB2265_", rtl=True), cov, rep], "_002_HE1PR0101MB2265_")
    subj = "التقرير الطوعي للاتحاد + ترشيح متحدث"
    m = mk(when, sent, "mail-he1eur01on0098.outbound.protection.outlook.example.com", "40.107.0.98",
           "4DdsV12Yq0z4", addr("العلاقات الخارجية - اتحاد أصحاب العمل", "external.relations@nvef.example.eg"),
           hdr(subj), "<HE1PR0101MB2265F0A2C4E6D8B1A3C5E7F9D0B2@HE1PR0101MB2265.eurprd01.prod.outlook.example.com>",
           body, extra=exch(hdr(subj), "AQHXAt7kR5Wm1Yp0Ls3Nz8Qc2Vb6Ej==", lang="ar-EG", attach_flag="yes"))
    add(21, when, m, dict(category="both", language="ar", acknowledge=True, on_time=False, speakers=[
        sp("عمرو حسن البنا", "المدير التنفيذي", "اتحاد أصحاب العمل في وادي النيل", ["roundtable"], 1)],
        report_attachments=[rep_name],
        notes="both, received 14 February: report on time, speaker part late (says so), so on_time false; two PDFs "
              "attached, the signed cover letter comes first and is not part of the report (only the report file "
              "recorded; not covered by dev, a secretary files the report, not the covering letter); honorifics "
              "'السيد المستشار/' dropped; affiliation by reference ('للاتحاد'); sent from a department mailbox."))


def m22():
    # edge: report received 23:57:36 on 16 Feb Beirut; Date header already 17 Feb in India (+05:30); DOCX
    when = at("2021-02-16 23:57:36")
    sent = sent_at(when, 5.5, 9)
    text = """Dear Sir / Madam,

Greetings from SAGERN.

Please find enclosed the voluntary GCM review report of the South Asia-Gulf Ethical Recruiters Network (SAGERN), prepared jointly by 23 licensed recruitment agencies in India, Nepal and Sri Lanka that place workers in the GCC countries. The report covers employer-pays practices, contract substitution and grievance mechanisms along the corridor.

Kindly acknowledge receipt.

With regards,

Rajesh Pillai
Hon. Secretary, SAGERN
Kochi, Kerala, India
Mob: +91 98470 11236

********************************************************************
This message and attachments are for the addressee only. SAGERN is a voluntary network of RA-licensed recruiting agents; it does not charge fees to workers. If you are not the intended recipient, please delete this email.
********************************************************************
"""
    fname = "SAGERN_GCM_Voluntary_Report_Feb2021.docx"
    rep = attach(DOCX, make_docx(["SAGERN - Voluntary GCM Review Report", "Employer-pays practices",
                                  "Contract substitution", "Grievance mechanisms"]), fname)
    body = multi("mixed", [leaf("text/plain", text, "utf-8", "7bit"), rep], "----=_NextPart_000_0013_01D704A1.2C7B9E40")
    subj = "Voluntary GCM Review Report - SAGERN"
    m = mk(when, sent, "smtp.rediffmail.example.com", "119.252.152.14", "4DgSx80NrVz1",
           "Rajesh Pillai <sagern.secretary@rediffmail.example.com>", subj,
           "<20210216215727.27541.qmail@rediffmail.example.com>", body,
           extra=[("X-Mailer", "Rediffmail")])
    add(22, when, m, dict(category="voluntary_report", language="en", acknowledge=True, on_time=True,
        report_attachments=[fname],
        notes="edge: Date header Wed, 17 Feb 2021 03:27 +0530 but received 23:57:36 on 16 February Beirut time: on "
              "time; collective report of 23 recruitment agencies; 'Hon. Secretary' in the signature is a title, no "
              "speaker request; asterisk-boxed footer."))


def m23():
    # late report (17 Feb) sent from a phone, chamber of commerce, PDF, apologises
    when = at("2021-02-17 09:31:12")
    sent = sent_at(when, 1, 4)
    text = """Bonjour,

Veuillez trouver ci-joint le rapport volontaire de la Chambre mixte de commerce euro-maghrébine (CMCEM) pour l'examen régional du PMM. Nous sommes conscients qu'il vous parvient avec un jour de retard et espérons qu'il pourra néanmoins être pris en compte.

Bien à vous,
Nadia Kaci
Secrétaire générale adjointe, CMCEM

Envoyé depuis mon smartphone Samsung Galaxy.
"""
    fname = "Rapport CMCEM - PMM 2021.pdf"
    rep = attach("application/pdf", pdf_doc("Rapport volontaire - CMCEM", "Chambre mixte de commerce euro-maghrebine",
                                            ["Mobilite des competences", "Recrutement equitable",
                                             "Recommandations"]), fname)
    body = multi("mixed", [alt(text, "--_com.samsung.android.email_3108554121190471"), rep],
                 "--_com.samsung.android.email_3108554121190472")
    subj = "Rapport volontaire CMCEM"
    m = mk(when, sent, "smtp.cmcem.example.fr", "62.210.18.77", "4DgnB35MtPz7",
           addr("Nadia Kaci", "n.kaci@cmcem.example.fr"), subj,
           "<mqxk3t2e9bn7-a4c6e8f0b1d3@email.android.example.com>", body)
    add(23, when, m, dict(category="voluntary_report", language="fr", acknowledge=True, on_time=False,
        report_attachments=[fname],
        notes="late (17 February, one day after the report deadline) and says so; sent from an Android phone; PDF "
              "name with spaces; the signer's title is not a speaker request."))


def m24():
    # businesswomen's council asks about recordings and the rapporteur's key messages; formal Arabic, HTML only
    when = at("2021-02-18 11:45:00")
    sent = sent_at(when, 4, 3)
    inner = ("<p>تحية طيبة،</p>"
             "<p>نحن في مجلس سيدات الأعمال الخليجي تابعنا الدعوة إلى مؤتمر المراجعة الإقليمية، ونود الاستفسار عن "
             "الآتي:</p><ol><li>هل ستكون جلسات الموائد المستديرة مسجلة ومتاحة لاحقاً لمن لم يتمكن من الحضور؟</li>"
             "<li>هل ستنشر الأمانة وثيقة الرسائل الرئيسية التي سيعرضها المقرر، وبأي لغات؟</li>"
             "<li>هل يمكن لعضواتنا متابعة المؤتمر بصفة مراقب دون تسجيل مسبق؟</li></ol>"
             "<p>مع الشكر والتقدير،</p>"
             "<p>شيماء الهاشمي<br>منسقة المشاريع<br>مجلس سيدات الأعمال الخليجي<br>أبوظبي</p>"
             "<p style=\"font-size:9px;color:#888\">" + esc(DISC_AR).replace("\n", "<br>") + "</p>")
    body = html_only(inner, rtl=True, b64=True, lang="ar")
    subj = "استفسار بخصوص جلسات المؤتمر"
    m = mk(when, sent, "mail.gbwc.example.ae", "94.200.41.17", "4DhC1w7SfRz2",
           addr("شيماء الهاشمي", "projects@gbwc.example.ae"), hdr(subj),
           "<0f7a6e2c-5b1d-4a39-8e04-c2d9b7f31a58@gbwc.example.ae>", body,
           extra=[("X-Mailer", "Zimbra 8.8.15_GA_3953 (ZimbraWebClient - GC88 (Win)/8.8.15_GA_3953)")])
    add(24, when, m, dict(category="other", language="ar", acknowledge=True, on_time=None,
        notes="questions (recordings, publication of the rapporteur's key messages, observers) after both deadlines; "
              "mentions roundtables and the rapporteur but proposes nobody; HTML-only, base64, with a bilingual "
              "disclaimer."))


def main():
    for f in (m01, m02, m03, m04, m05, m06, m07, m08, m09, m10, m11, m12, m13, m14, m15, m16, m17, m18, m19,
              m20, m21, m22, m23, m24):
        f()
    SET.write()


if __name__ == "__main__":
    main()
