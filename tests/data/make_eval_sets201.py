#!/usr/bin/env python3
"""Write the blind evaluation set holdout201 (24 raw .eml messages + labels.json).

Deterministic, standard library only:  python3 tests/data/make_eval_sets201.py
Theme: health and humanitarian work (1-18 February 2021).  Red Crescent branches, medical NGOs and migrant
clinics, a hospital's social work department, psychosocial support teams and a pharmacists' syndicate write
to the review mailbox: head nurses typing on their phones between shifts, a médecin-chef whose assistant
writes for him, a doctor on mission whose out-of-office answers our acknowledgement, signatures in two
languages, a report that is a phone scan (image-only PDF), late nominations that quote the misprinted Arabic
deadline, a French Exchange NDR, thanks and follow-ups in threads.  Helpers from mailgen.py.
"""
import datetime as dt
import zlib

from mailgen import (EvalSet, DOCX, addr, alt, at, attach, dsn_report, flowed, hdr, html_only, leaf,
                     make_docx, make_png, mk, multi, re_hdr, rfcdate, sent_at, sp, std_rows, top)
from mailgen import gmail_html, outlook_rows, rep_pdf
from mailgen import quote_block as quote, ack_id, logo

SET = EvalSet(201)
add = SET.add


def scanned_pdf(pages=2, w=124, h=176):
    """An image-only PDF as a phone scanning app writes it: each page one grey-scale image, no text layer."""
    objs = [b"<< /Type /Catalog /Pages 2 0 R >>", None]
    kids = []
    for p in range(pages):
        rows = []
        for y in range(h):
            row = bytearray([246] * w)
            if 14 < y < h - 14 and (y // 4) % 3 != 2 and y % 37 > 3:     # 'lines of text' as dark speckles
                for x in range(12, w - 12):
                    if (x * 7 + y * 3 + p * 11) % 9 < 4:
                        row[x] = 60 + (x * y) % 50
            rows.append(bytes(row))
        img = zlib.compress(b"".join(rows), 9)
        n_img = len(objs) + 1
        objs.append(b"<< /Type /XObject /Subtype /Image /Width %d /Height %d /ColorSpace /DeviceGray "
                    b"/BitsPerComponent 8 /Filter /FlateDecode /Length %d >>\nstream\n" % (w, h, len(img))
                    + img + b"\nendstream")
        content = b"q 595 0 0 842 0 0 cm /Im0 Do Q\n"
        n_cont = len(objs) + 1
        objs.append(b"<< /Length %d >>\nstream\n" % len(content) + content + b"endstream")
        n_page = len(objs) + 1
        objs.append(b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /XObject << /Im0 %d 0 R >> >>"
                    b" /Contents %d 0 R >>" % (n_img, n_cont))
        kids.append(n_page)
    objs[1] = b"<< /Type /Pages /Kids [%s] /Count %d >>" % (b" ".join(b"%d 0 R" % k for k in kids), pages)
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offs = []
    for i, o in enumerate(objs, 1):
        offs.append(len(out))
        out += b"%d 0 obj\n" % i + o + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1)
    for o in offs:
        out += b"%010d 00000 n \n" % o
    out += (b"trailer\n<< /Size %d /Root 1 0 R /Info << /Producer (CamScanner) >> >>\nstartxref\n%d\n%%%%EOF\n"
            % (len(objs) + 1, xref))
    return bytes(out)


# ================================================================ 01  EN  speaker  head nurse, iPhone, details in signature
M01_ID = "<8C2E4A91-77D3-4F0B-A1E6-3B9D02C5F7A4@stlukesclinic.example.org>"
M01_SUBJ = "Speaking request - GCM review"


def m01():
    when = at("2021-02-01 07:12:44")
    sent = sent_at(when, 2, 9)
    text = """Good morning,

Just off night shift so apologies for the short mail. I would like to request a floor intervention at the Regional Review conference, roundtable #3 if possible - we see every day what happens when migrant workers without papers cannot reach care, and I think the nurses' view is missing from these discussions.

Registered on the platform already.

Many thanks,
Grace

Grace Wanjiru Mwangi
Head Nurse, Outpatient Unit
St Luke's Migrant Health Clinic
Amman, Jordan

Sent from my iPhone"""
    body = leaf("text/plain", flowed(text), "utf-8", "quoted-printable", params=[("format", "flowed")])
    m = mk(when, sent, "mail-pj1-f41.google.example.com", "192.0.2.41", "4DTk2p0Wc1z3",
           "Grace Mwangi <g.mwangi@stlukesclinic.example.org>", M01_SUBJ, M01_ID, body,
           extra=[("X-Mailer", "iPhone Mail (18C66)")])
    add(1, when, m, dict(category="speaker_request", language="en", acknowledge=True, on_time=True, speakers=[
        sp("Grace Wanjiru Mwangi", "Head Nurse, Outpatient Unit", "St Luke's Migrant Health Clinic",
           ["roundtable"], 3)],
        notes="sent from an iPhone after a night shift; the speaker proposes herself and her name, title and "
              "affiliation are only in the signature (the sign-off says only 'Grace'; the From display name drops "
              "the middle name, the label takes the signature's full name). Title written with its unit, kept as "
              "written (as dev 012); 'Amman, Jordan' is not part of the affiliation. 'roundtable #3'."))


# ================================================================ 02  AR  speaker  Red Crescent, two speakers, labelled
M02_ID = "<DB7PR04MB5130A8E2C1F94D0B6E7A2C3DDB7PR04MB5130@DB7PR04MB5130.eurprd04.prod.outlook.example.com>"
M02_SUBJ = "طلب مداخلة - جمعية الهلال الأحمر العربي للإغاثة - الاستعراض الإقليمي للاتفاق العالمي للهجرة"


def m02():
    when = at("2021-02-01 13:40:05")
    sent = sent_at(when, 2, 7)
    text = """السادة المنظمة الدولية للهجرة - فريق الاستعراض الإقليمي المحترمين،

تحية طيبة وبعد،

بالإشارة إلى دعوتكم الكريمة للمشاركة في الاستعراض الإقليمي للاتفاق العالمي من أجل الهجرة الآمنة والمنظمة والنظامية في المنطقة العربية، يسر جمعية الهلال الأحمر العربي للإغاثة أن تقترح المتحدثَين التاليين:

أولاً:
الاسم: الدكتور خالد عبد الله النعيمي
المسمى الوظيفي: مدير إدارة الخدمات الصحية
الجهة: جمعية الهلال الأحمر العربي للإغاثة
نوع المشاركة: مداخلة في الجلسة العامة

ثانياً:
الاسم: السيدة ريم حداد
المسمى الوظيفي: منسقة برنامج الدعم النفسي والاجتماعي
الجهة: جمعية الهلال الأحمر العربي للإغاثة
نوع المشاركة: مداخلة في المائدة المستديرة المواضيعية الثانية

وتفضلوا بقبول فائق الاحترام والتقدير،

د. خالد النعيمي
مدير إدارة الخدمات الصحية
جمعية الهلال الأحمر العربي للإغاثة - المركز الرئيسي
هاتف: ٠٠٩٦٢٦٥٠٠٠٠٠٠
"""
    body = multi("related", [alt(text, "_000_DB7PR04MB5130A8E2C1F94D0B_", rtl=True), logo("image001.png@01D6F8A1.2C4B5E70", (200, 16, 46))],
                 "_004_DB7PR04MB5130A8E2C1F94D0B_", params=[("type", '"multipart/alternative"')])
    m = mk(when, sent, "mail-db7eur04on0618.outbound.protection.outlook.example.com", "198.51.100.18",
           "4DTx1m3Kq8z5", addr("د. خالد النعيمي", "k.nuaimi@arcrs.example.org"), hdr(M02_SUBJ), M02_ID, body,
           extra=outlook_rows(M02_SUBJ, "AdcWz9p0kL3m5Q8RTxqU1Hc2bVnYwg==", lang="ar-JO"))
    add(2, when, m, dict(category="speaker_request", language="ar", acknowledge=True, on_time=True, speakers=[
        sp("خالد عبد الله النعيمي", "مدير إدارة الخدمات الصحية", "جمعية الهلال الأحمر العربي للإغاثة", ["plenary"]),
        sp("ريم حداد", "منسقة برنامج الدعم النفسي والاجتماعي", "جمعية الهلال الأحمر العربي للإغاثة", ["roundtable"], 2)],
        notes="formal Arabic, two speakers in labelled blocks; honorifics 'الدكتور' and 'السيدة' dropped from the names; "
              "the sender is the first speaker (signature 'د. خالد النعيمي' is a shorter form of the labelled name, the "
              "label uses the full labelled form); roundtable as an ordinal word ('الثانية'); '- المركز الرئيسي' in the "
              "signature is not part of the affiliation; inline logo in multipart/related. The sender's out-of-office "
              "answers our acknowledgement (03)."))


# ================================================================ 03  AR  auto_reply  doctor on a medical mission
def m03():
    when = at("2021-02-01 13:40:51")
    sent = sent_at(when, 2, 2)
    text = """شكراً لرسالتكم.
أنا حالياً في مهمة طبية ميدانية مع القافلة الصحية في المناطق الحدودية حتى ١٠ شباط/فبراير ٢٠٢١، والاتصال بالإنترنت محدود جداً.
للأمور العاجلة يرجى التواصل مع مكتب إدارة الخدمات الصحية: health@arcrs.example.org

Thank you for your email. I am on a medical field mission until 10 February 2021 with very limited connectivity.
For urgent matters please contact health@arcrs.example.org

د. خالد النعيمي
"""
    body = alt(text, "_000_DB7PR04MB5130F0E1D2C3B4A5_", rtl=True)
    rows = std_rows(when, "mail-db7eur04on0619.outbound.protection.outlook.example.com", "198.51.100.19",
                    "4DTx2b0Lr1z7", addr("د. خالد النعيمي", "k.nuaimi@arcrs.example.org"),
                    re_hdr("Automatic reply: ", "إشعار استلام - " + M02_SUBJ), rfcdate(sent),
                    "<DB7PR04MB5130F0E1D2C3B4A5@DB7PR04MB5130.eurprd04.prod.outlook.example.com>",
                    extra=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")])
    rows[0] = ("Return-Path", "<>")
    rows += [("In-Reply-To", ack_id("4DTx1m3Kq8z5")), ("References", M02_ID + " " + ack_id("4DTx1m3Kq8z5")),
             ("Content-Language", "ar-JO")]
    add(3, when, top(body, rows), dict(category="auto_reply", language="ar", acknowledge=False, on_time=None,
        notes="Exchange out-of-office of a doctor on a medical mission, answering our acknowledgement of 02 "
              "46 seconds after it; bilingual text (Arabic first, then English); References also names 02. "
              "Never acknowledge (loop); thread_of null as for dev auto-replies."))


# ================================================================ 04  FR  speaker  assistant writes for the médecin-chef
def m04():
    when = at("2021-02-02 10:05:31")
    sent = sent_at(when, 1, 6)
    text = """Madame, Monsieur,

Je me permets de vous écrire de la part du Pr Hédi Ben Amor, Médecin-chef du service de médecine communautaire au Centre de santé Solidarité Migrants (CSSM), actuellement en garde et difficilement joignable.

Le Pr Ben Amor souhaiterait intervenir lors d'une des sessions plénières de la Conférence régionale d'examen (24-25 février 2021), sur l'accès aux soins de santé primaires des migrants en situation irrégulière.

Je reste à votre disposition pour toute information complémentaire ; merci d'adresser vos réponses à moi-même avec copie au Pr Ben Amor.

Bien cordialement,

Sonia Trabelsi
Assistante de direction
Centre de santé Solidarité Migrants (CSSM)
12, rue de la Liberté – Tunis
Tél. : +216 71 000 000
"""
    html = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>'
            '<body lang="FR" style="font-family:Calibri"><div class="WordSection1">'
            + "".join("<p class=\"MsoNormal\">%s<o:p></o:p></p>" % (x.replace("&", "&amp;") or "&nbsp;")
                      for x in text.split("\n")) + "</div></body></html>\n")
    body = alt(text, "_000_PR1PR02MB57444E1C0A9B2D3F_", html=html)
    m = mk(when, sent, "mail-pr1fra01on0702.outbound.protection.outlook.example.com", "198.51.100.102",
           "4DVb0t6Gh2z8", "Sonia Trabelsi <s.trabelsi@cssm.example.tn>",
           hdr("Demande d'intervention – Pr Hédi Ben Amor (CSSM)", enc="Q"),
           "<PR1PR02MB57444E1C0A9B2D3F@PR1PR02MB5744.eurprd02.prod.outlook.example.com>", body,
           cc="=?iso-8859-1?Q?H=E9di_Ben_Amor?= <h.benamor@cssm.example.tn>",
           extra=outlook_rows("Demande d'intervention – Pr Hédi Ben Amor (CSSM)", "AdcZ2k1qR8n3Tm4Lw0Yc7Xb5Vd9PsA==",
                              lang="fr-FR"))
    add(4, when, m, dict(category="speaker_request", language="fr", acknowledge=True, on_time=True, speakers=[
        sp("Hédi Ben Amor", "Médecin-chef du service de médecine communautaire",
           "Centre de santé Solidarité Migrants (CSSM)", ["plenary"])],
        notes="sent on behalf of the speaker by his assistant (her own title in the signature is not a speaker); "
              "honorific 'Pr' dropped; title written with its unit ('Médecin-chef du service de ...', kept as written, "
              "dev 012); the acronym beside the organisation is kept (dev 020); the speaker is in Cc (ISO-8859-1 "
              "encoded display name); street address and city are not part of the affiliation."))


# ================================================================ 05  EN  report  medical NGO, PDF, Outlook logo
def m05():
    when = at("2021-02-02 16:20:09")
    sent = sent_at(when, 2, 11)
    text = """Dear Regional Review team,

On behalf of Mediterranean Medical Relief (MMR), please find attached our voluntary GCM review report. It draws on the consultations our mobile medical units held with migrant and refugee patients in Lebanon and Jordan during 2019-2020, and covers in particular objectives 7, 15 and 16.

We would be glad to discuss any part of it.

Kind regards,

Dr. Nadim Sfeir
Country Director | Mediterranean Medical Relief (MMR)
Beirut | Amman
[cid:image001.png@01D6F969.3B2A1C40]
This e-mail and any attachments are confidential and intended solely for the addressee.
"""
    fname = "MMR_GCM_Voluntary_Review_Report_2021.pdf"
    pdf = rep_pdf("Voluntary GCM Review Report 2021", "Mediterranean Medical Relief (MMR)",
                  ["Context: migrants in our mobile clinics", "Objective 7: reducing vulnerabilities",
                   "Objective 15: access to basic services (health)", "Objective 16: inclusion",
                   "Recommendations"])
    inner = multi("related", [alt(text, "_000_AM0PR05MB6114B2C9E8D7F6A5_"),
                              logo("image001.png@01D6F969.3B2A1C40", (0, 120, 90))],
                  "_005_AM0PR05MB6114B2C9E8D7F6A5_", params=[("type", '"multipart/alternative"')])
    body = multi("mixed", [inner, attach("application/pdf", pdf, fname)], "_006_AM0PR05MB6114B2C9E8D7F6A5_")
    subj = "MMR - Voluntary GCM review report"
    m = mk(when, sent, "mail-am0eur05on0611.outbound.protection.outlook.example.com", "198.51.100.111",
           "4DVm4s7Pk0z1", '"Sfeir, Nadim" <nadim.sfeir@mmr-relief.example.org>', subj,
           "<AM0PR05MB6114B2C9E8D7F6A5@AM0PR05MB6114.eurprd05.prod.outlook.example.com>", body,
           extra=outlook_rows(subj, "AdcZ6Kq1mP7Rt2Ws8Xy3Nb4Vc5Lo0A==", has_attach="yes"))
    add(5, when, m, dict(category="voluntary_report", language="en", acknowledge=True, on_time=True,
        report_attachments=[fname],
        notes="Outlook layout (mixed > related > alternative); the inline signature logo image001.png is not part "
              "of the report; the sender's title in the signature is not a speaker request; 'Last, First' display "
              "name."))


# ================================================================ 06  AR  other  hospital social work department asks
def m06():
    when = at("2021-02-03 11:47:26")
    sent = sent_at(when, 3, 3)
    text = """السلام عليكم،

معكم قسم الخدمة الاجتماعية في مستشفى الرحمة الحكومي. وصلتنا دعوتكم عن طريق إحدى الجمعيات الشريكة، وعندنا كم سؤال قبل ما نبدأ:

١- هل يحق لقسم داخل مستشفى حكومي أن يقدم تقريراً طوعياً، أم أن التقارير فقط لمنظمات المجتمع المدني؟
٢- هل يشترط أن يكون التقرير باللغة الإنجليزية، أم يقبل بالعربية؟
٣- هل في نموذج محدد للتقرير أو عدد صفحات معين؟

نتعامل يومياً مع حالات عمال مهاجرين بدون تأمين صحي ونحب نشارك تجربتنا.

وشكراً لكم،
أمل الزعبي
أخصائية اجتماعية - قسم الخدمة الاجتماعية
مستشفى الرحمة الحكومي
"""
    body = multi("alternative", [leaf("text/plain", text, "utf-8", "base64"),
                                 leaf("text/html", gmail_html(text, rtl=True), "utf-8", "base64")],
                 "0000000000004e7c1a05ba6b21f3")
    m = mk(when, sent, "mail-wr1-f53.google.example.com", "192.0.2.53", "4DWQ6h1Ds5z2",
           addr("Amal Zoubi", "amal.zoubi.sw@gmail.example.com"), hdr("استفسار عن التقارير الطوعية"),
           "<CAJx4P2k7Qm9Vb1Rt6Wn3Ys8Lc5Hd0Ea2Zf@mail.gmail.example.com>", body)
    add(6, when, m, dict(category="other", language="ar", acknowledge=True, on_time=None,
        notes="questions before preparing a report (eligibility of a public hospital department, language, format); "
              "keyword-heavy ('تقريراً طوعياً') but nothing is submitted; mixed colloquial/formal Arabic; English "
              "display name on an Arabic message."))


# ================================================================ 07  FR  both  pharmacists' syndicate, DOCX + roundtable 1
M07_ID = "<3b91e0c4-5d2f-4a7e-9c18-6f2a0d4b8e71@snpl.example.mr>"
M07_SUBJ = "Contribution du SNPL : rapport volontaire et demande d'intervention"


def m07():
    when = at("2021-02-03 18:02:40")
    sent = sent_at(when, 0, 8)
    text = """Mesdames, Messieurs,

Le Syndicat National des Pharmaciens Libéraux (SNPL) a l'honneur de vous transmettre, en pièce jointe, son rapport volontaire dans le cadre de l'examen régional du Pacte mondial pour des migrations sûres, ordonnées et régulières.

Par ailleurs, le SNPL souhaite prendre la parole lors de la table ronde thématique n° 1. Il sera représenté par :

- Nom : Dr Aïcha Mint Sidi
- Fonction : Vice-présidente chargée de l'accès aux médicaments
- Organisation : Syndicat National des Pharmaciens Libéraux (SNPL)

Nous vous prions d'agréer, Mesdames, Messieurs, l'expression de nos salutations distinguées.

Le Secrétaire général
Mamadou Ba
SNPL – Nouakchott
"""
    fname = "Rapport_SNPL_acces_aux_medicaments_migrants_2021.docx"
    docx = make_docx(["Syndicat National des Pharmaciens Libéraux (SNPL)",
                      "Rapport volontaire – examen régional du PMM, région arabe, 2021",
                      "1. Contexte : les officines face aux patients migrants",
                      "2. Objectif 15 : accès aux services de base (médicaments essentiels)",
                      "3. Difficultés : ordonnances, coût, absence de couverture",
                      "4. Recommandations"])
    body = multi("mixed", [leaf("text/plain", text, "utf-8", "8bit"), attach(DOCX, docx, fname)],
                 "------------A1B2C3D4E5F60718293A4B5C")
    m = mk(when, sent, "smtp.snpl.example.mr", "203.0.113.77", "4DWb3r9Hn6z4",
           "=?UTF-8?Q?SNPL_-_Secr=C3=A9tariat?= <secretariat@snpl.example.mr>",
           hdr(M07_SUBJ, enc="Q"), M07_ID, body,
           extra=[("User-Agent", "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:78.0) Gecko/20100101 Thunderbird/78.7.0"),
                  ("Content-Language", "fr")])
    add(7, when, m, dict(category="both", language="fr", acknowledge=True, on_time=True, report_attachments=[fname],
        speakers=[sp("Aïcha Mint Sidi", "Vice-présidente chargée de l'accès aux médicaments",
                     "Syndicat National des Pharmaciens Libéraux (SNPL)", ["roundtable"], 1)],
        notes="both, each part on time; pharmacists' syndicate writing from a shared secretariat mailbox; the "
              "signatory (Secrétaire général) is not the speaker; honorific 'Dr' dropped; dashed labelled lines; "
              "8bit UTF-8 body (Thunderbird)."))


# ================================================================ 08  EN  speaker  HTML-only, two speakers, psychosocial team
def m08():
    when = at("2021-02-04 07:55:18")
    sent = sent_at(when, 3, 5)
    inner = """<div style="font-family:Arial,sans-serif;font-size:10pt">
<p>Dear colleagues,</p>
<p>The psychosocial support team of <b>Sanad Mental Health &amp; Psychosocial Support (Sanad MHPSS)</b> would like to take part in the Regional Review. We propose:</p>
<ol>
<li><b>Dr. Rania Aboud</b>, Clinical Psychologist &amp; MHPSS Team Leader &ndash; to take part in the <u>open discussion</u> of the multi-stakeholder consultation on 23 February;</li>
<li><b>Mr. Omar Fadel</b>, Senior Psychosocial Case Worker &ndash; to deliver the key messages of the stakeholders as <u>rapporteur</u>, if the organisers agree.</li>
</ol>
<p>Both work directly with migrant domestic workers and survivors of trafficking in our Beirut and Tripoli centres.</p>
<p>With thanks and best wishes,<br>
Rania</p>
<p style="color:#555">--<br>
Rania Aboud, PsyD<br>
MHPSS Team Leader<br>
Sanad MHPSS<br>
<a href="https://sanad-mhpss.example.org">sanad-mhpss.example.org</a></p>
</div>"""
    body = html_only(inner, newlines=True)
    m = mk(when, sent, "mail-oln040092065.outbound.protection.outlook.example.com", "198.51.100.65",
           "4DX0Lq2Ng3z6", "Rania Aboud <rania@sanad-mhpss.example.org>",
           "Two speakers from Sanad MHPSS - open discussion / rapporteur",
           "<1612418113.7742@sanad-mhpss.example.org>", body,
           extra=[("X-Mailer", "Zoho Mail")])
    add(8, when, m, dict(category="speaker_request", language="en", acknowledge=True, on_time=True, speakers=[
        sp("Rania Aboud", "Clinical Psychologist & MHPSS Team Leader",
           "Sanad Mental Health & Psychosocial Support (Sanad MHPSS)", ["open_discussion"]),
        sp("Omar Fadel", "Senior Psychosocial Case Worker",
           "Sanad Mental Health & Psychosocial Support (Sanad MHPSS)", ["rapporteur"])],
        notes="HTML-only, two speakers in an ordered list; the affiliation is written once in the intro sentence "
              "(fullest form with the acronym) and applies to both; '&amp;' and '&ndash;' entities; 'Dr.'/'Mr.' and "
              "the post-nominal 'PsyD' are not part of the name; the signature gives a shorter title ('MHPSS Team "
              "Leader'), the label uses the fuller one of the list."))


# ================================================================ 09  AR  speaker  Android, Levantine, bilingual signature
def m09():
    when = at("2021-02-04 22:41:57")
    sent = sent_at(when, 2, 14)
    text = """مسا الخير

بدي اطلب مداخلة بالجلسة العامة للمؤتمر (٢٤-٢٥ شباط) عن شغل العيادات المتنقلة مع العمال الزراعيين المهاجرين بالبقاع. سجلت عالمنصة امبارح.
معلش عالاختصار، طالع من مناوبة

--
يوسف الحلبي | Youssef Halabi
منسق ميداني | Field Coordinator
عيادة الأمل المتنقلة | Al Amal Mobile Clinic
+961 70 000 000

Sent from my Galaxy"""
    body = multi("alternative", [leaf("text/plain", text, "utf-8", "base64"),
                                 leaf("text/html", gmail_html(text, rtl=True), "utf-8", "base64")],
                 "000000000000a1c9e705ba8d4f02")
    m = mk(when, sent, "mail-ej1-f66.google.example.com", "192.0.2.66", "4DXN7c5Vb2z9",
           "Youssef Halabi <youssef.halabi.amc@gmail.example.com>", hdr("مداخلة بالجلسة العامة"),
           "<CAF7kQm2Xv9Lp3Rs8Tn1Wb6Yc4Hd0Jf5Ue@mail.gmail.example.com>", body)
    add(9, when, m, dict(category="speaker_request", language="ar", acknowledge=True, on_time=True, speakers=[
        sp("يوسف الحلبي", "منسق ميداني", "عيادة الأمل المتنقلة", ["plenary"])],
        notes="phone (Gmail app, 'Sent from my Galaxy'), Levantine dialect, written between shifts; the speaker is "
              "the sender and his details are only in a bilingual signature (Arabic | English on each line). Not "
              "covered by dev: with both forms written, the label keeps the Arabic forms, the language of the "
              "message (dev 022 took the English signature because only that form was given for the name)."))


# ================================================================ 10  EN  other  follow-up to 01: scheduling and interpretation
def m10():
    when = at("2021-02-05 13:10:02")
    sent = sent_at(when, 2, 6)
    prev = """Good morning,

Just off night shift so apologies for the short mail. I would like to request a floor intervention at the Regional Review conference, roundtable #3 if possible - we see every day what happens when migrant workers without papers cannot reach care, and I think the nurses' view is missing from these discussions.

Registered on the platform already.

Many thanks,
Grace"""
    text = """Hello again,

Quick question on my request below - could you tell me roughly what time roundtable 3 will run on the 24th or 25th? I work on a rota and need to swap shifts with a colleague at least a week in advance. Also, will there be Arabic-English interpretation in the roundtables?

Thank you!
Grace

Sent from my iPhone

On 1 Feb 2021, at 07:12, Grace Mwangi <g.mwangi@stlukesclinic.example.org> wrote:

""" + quote(prev) + "\n"
    body = leaf("text/plain", text, "utf-8", "quoted-printable")
    m = mk(when, sent, "mail-pj1-f43.google.example.com", "192.0.2.43", "4DXn0f8Rt4z2",
           "Grace Mwangi <g.mwangi@stlukesclinic.example.org>", "Re: " + M01_SUBJ,
           "<5E0B7C22-19A4-4C8D-9F3E-D1A6B48E2C07@stlukesclinic.example.org>", body,
           extra=[("In-Reply-To", M01_ID), ("References", M01_ID), ("X-Mailer", "iPhone Mail (18C66)")])
    add(10, when, m, dict(category="other", language="en", acknowledge=True, on_time=None, thread_of="h201-01.eml",
        notes="reply to her own earlier request (01) asking about the roundtable schedule and interpretation; the "
              "quoted original contains the whole speaker request, but the new text only asks questions: no new "
              "speaker, nothing submitted."))


# ================================================================ 11  FR  speaker  pasted registration form, 23:40 on the deadline
def m11():
    when = at("2021-02-05 23:40:36")
    sent = sent_at(when, 1, 9)
    text = """Bonsoir,

Suite à mon inscription en ligne, je vous confirme ma demande d'intervention. Je copie ci-dessous le récapitulatif reçu par courriel après l'inscription :

------------------------------------------------------------
RÉCAPITULATIF DE VOTRE INSCRIPTION
Nom et prénom : Dr Lamia GHARBI
Fonction : Responsable du pôle santé
Organisation : Association Santé Sans Frontières Maghreb (ASSFM)
Pays : Maroc
Type de participation souhaitée : Intervention – table ronde thématique 4
------------------------------------------------------------

Bien à vous,
L. Gharbi
"""
    body = alt(text, "_000_MR2P264MB0915C7A1E2F3D4B5_")
    subj = "Demande d'intervention - table ronde 4"
    m = mk(when, sent, "mail-mr2fra01on2077.outbound.protection.outlook.example.com", "198.51.100.77",
           "4DXq9z1Hs7z3", "GHARBI Lamia <l.gharbi@assfm.example.ma>", subj,
           "<MR2P264MB0915C7A1E2F3D4B5@MR2P264MB0915.FRAP264.PROD.OUTLOOK.example.com>", body,
           extra=outlook_rows(subj, "AdcbB1x9Qw2Er3Ty4Ui5Op6As7Df8A==", lang="fr-FR"))
    add(11, when, m, dict(category="speaker_request", language="fr", acknowledge=True, on_time=True, speakers=[
        sp("Lamia Gharbi", "Responsable du pôle santé", "Association Santé Sans Frontières Maghreb (ASSFM)",
           ["roundtable"], 4)],
        notes="on time by 19 minutes (received 23:40:36 Beirut on 5 February, Date header 22:40 +0100); details "
              "only in a pasted registration summary; 'Dr' dropped; the surname written in capitals ('GHARBI') is "
              "recorded in normal case as a secretary would type it (not covered by dev); 'Pays : Maroc' is not "
              "part of the affiliation; roundtable written 'table ronde thématique 4'."))


# ================================================================ 12  EN  speaker  late by 4 minutes, on behalf of the Secretary General
def m12():
    when = at("2021-02-06 00:04:12")
    sent = sent_at(when, 4, 21)
    text = """Dear GCM team,

Apologies for sending this at the very last minute - the day ran away from us with the cold-wave response.

On behalf of our Secretary General, Dr. Samir Qudsi, the Levant Red Crescent Society (LRCS) would like to nominate him to deliver the key messages of the stakeholders as rapporteur at the Regional Review conference.

Dr. Qudsi's details:
Name: Dr. Samir Qudsi
Title: Secretary General
Organization: Levant Red Crescent Society (LRCS)

Kind regards,
Maya Khalil
Volunteer Coordinator, Youth & Volunteering Department
LRCS

Get Outlook for Android"""
    body = alt(text, "_000_HE1PR0701MB2987C4D3E2F1A0B9_")
    m = mk(when, sent, "mail-he1eur04on0745.outbound.protection.outlook.example.com", "198.51.100.145",
           "4DXr0g2Jt9z5", "Maya Khalil <maya.khalil@lrcs.example.org>", "Nomination - rapporteur - LRCS",
           "<HE1PR0701MB2987C4D3E2F1A0B9@HE1PR0701MB2987.eurprd07.prod.outlook.example.com>", body,
           extra=[("X-Mailer", "Outlook for Android")])
    add(12, when, m, dict(category="speaker_request", language="en", acknowledge=True, on_time=False, speakers=[
        sp("Samir Qudsi", "Secretary General", "Levant Red Crescent Society (LRCS)", ["rapporteur"])],
        notes="late by about four minutes: received 00:04:12 on 6 February Beirut time (Date header Sat 02:03 +0400); "
              "sent on behalf of the Secretary General by a volunteer coordinator (her own title in the signature is "
              "not a speaker); 'Dr.' dropped; Outlook for Android."))


# ================================================================ 13  AR  speaker  late, two speakers, quotes the misprinted deadline
M13_ID = "<CAH3vR8Lm1Kp6Qs9Tx2Wc5Yb7Nd4Jf0Ug@mail.gmail.example.com>"
M13_SUBJ = "طلب مداخلة - قسم الخدمة الاجتماعية - مستشفى الرحمة الحكومي"


def m13():
    when = at("2021-02-07 10:30:15")
    sent = sent_at(when, 3, 4)
    text = """السادة فريق الاستعراض الإقليمي المحترمين،

تحية طيبة،

نيابة عن رئيسة القسم، نرجو تسجيل طلب المداخلة التالي قبل الموعد النهائي المذكور في رسالتكم (الجمعة ٢٣ شباط/فبراير):

١. الأستاذة سهام القاسم، رئيسة قسم الخدمة الاجتماعية، مستشفى الرحمة الحكومي – مداخلة في المائدة المستديرة الرابعة
٢. أمل الزعبي، أخصائية اجتماعية، مستشفى الرحمة الحكومي – المشاركة في النقاش المفتوح للمشاورة (٢٣ شباط)

ونود الإشارة إلى أن تقريرنا الطوعي قيد الإعداد وسنرسله قبل ١٦ شباط إن شاء الله.

مع الشكر،
أمل الزعبي
قسم الخدمة الاجتماعية

-----
من النص الوارد في الدعوة:
"... يرجى إرسال طلبات المداخلة متضمنة اسم المتحدث ومسماه الوظيفي والجهة التي يمثلها في موعد أقصاه يوم الجمعة ٢٣ فبراير ٢٠٢١ ..."
"""
    body = multi("alternative", [leaf("text/plain", text, "utf-8", "base64"),
                                 leaf("text/html", gmail_html(text, rtl=True), "utf-8", "base64")],
                 "000000000000b7d2f105baa7c311")
    m = mk(when, sent, "mail-wm1-f47.google.example.com", "192.0.2.47", "4DYC3k6Mw1z8",
           addr("Amal Zoubi", "amal.zoubi.sw@gmail.example.com"), hdr(M13_SUBJ), M13_ID, body)
    add(13, when, m, dict(category="speaker_request", language="ar", acknowledge=True, on_time=False, speakers=[
        sp("سهام القاسم", "رئيسة قسم الخدمة الاجتماعية", "مستشفى الرحمة الحكومي", ["roundtable"], 4),
        sp("أمل الزعبي", "أخصائية اجتماعية", "مستشفى الرحمة الحكومي", ["open_discussion"])],
        notes="late (7 February): the sender relies on the misprinted Arabic deadline ('الجمعة ٢٣ فبراير', quoted at "
              "the end) but the English/French date (5 February) stands. Two speakers on comma-separated lines; "
              "'الأستاذة' is a courtesy title, dropped like an honorific; the head's title includes her unit (kept as "
              "written, dev 012) and the hospital is the affiliation. The sender (second speaker) asked about reports "
              "in 06 but this is a new message, not a reply; the report is only announced (speaker_request, not both)."))


# ================================================================ 14  FR  report  phone scan (image-only PDF)
M14_ID = "<20210208091455.Horde.aB3kQ9zT7mXwP2Lc@webmail.crt-medenine.example.tn>"
M14_SUBJ = "Rapport volontaire PMM - Croissant-Rouge comité local de Médenine"


def m14():
    when = at("2021-02-08 09:15:03")
    sent = sent_at(when, 1, 8)
    text = """Bonjour,

Veuillez trouver ci-joint le rapport volontaire de notre comité local sur l'examen du Pacte mondial sur les migrations (version signée et scannée). La version Word suivra dès que possible, notre ordinateur de bureau est en panne.

Cordialement,

Dr Fethi Mansouri
Président du comité local de Médenine
Croissant-Rouge
"""
    fname = "CamScanner 02-08-2021 09.10.pdf"
    body = multi("mixed", [leaf("text/plain", flowed(text), "utf-8", "quoted-printable",
                                params=[("format", "flowed"), ("delsp", "Yes")]),
                           attach("application/pdf", scanned_pdf(), fname)],
                 "=_k7Pq2Zx9Lm4Bv8Nc1Rt6Ws3")
    m = mk(when, sent, "webmail.crt-medenine.example.tn", "203.0.113.140", "4DYx5n0Pq2z6",
           "Croissant-Rouge CL Medenine <cl.medenine@crt-medenine.example.tn>", hdr(M14_SUBJ, enc="Q"),
           M14_ID, body, extra=[("User-Agent", "Horde Application Framework 5")])
    add(14, when, m, dict(category="voluntary_report", language="fr", acknowledge=True, on_time=True,
        report_attachments=[fname],
        notes="the report is a phone scan: an image-only PDF (two pages of grey-scale images, no text layer) named by "
              "the scanning app ('CamScanner 02-08-2021 09.10.pdf', spaces, US date order); an editable version is "
              "announced (it arrives late in 23). Our acknowledgement to this address bounces (15). The signatory's "
              "title is not a speaker request."))


# ================================================================ 15  FR  bounce  Exchange NDR (French) for the acknowledgement of 14
def m15():
    when = at("2021-02-08 09:16:22")
    text = """Votre message n'a pas pu être remis à un ou plusieurs destinataires.

      Objet :   Accusé de réception - Rapport volontaire PMM - Croissant-Rouge comité local de Médenine

La remise à ces destinataires a échoué :

      cl.medenine@crt-medenine.example.tn
      La boîte aux lettres du destinataire est pleine et ne peut pas accepter de messages pour l'instant.
      Veuillez réessayer ultérieurement ou contacter directement le destinataire.

Informations de diagnostic pour les administrateurs :

Serveur de génération : MX02.crt-medenine.example.tn

cl.medenine@crt-medenine.example.tn
#552 5.2.2 mailbox full; STOREDRV.Deliver.Exception:QuotaExceededException ##
"""
    dsn = ("Reporting-MTA: dns;MX02.crt-medenine.example.tn\n"
           "Received-From-MTA: dns;mx1.iom.int\n"
           "Arrival-Date: %s\n\n"
           "Final-Recipient: rfc822;cl.medenine@crt-medenine.example.tn\n"
           "Action: failed\n"
           "Status: 5.2.2\n"
           "Diagnostic-Code: smtp;552 5.2.2 mailbox full;\n"
           " STOREDRV.Deliver.Exception:QuotaExceededException\n" % rfcdate(when - dt.timedelta(seconds=40)))
    hdrs = ("From: GCM Regional Review Arab States <gcmrrarabstates@iom.int>\n"
            "To: cl.medenine@crt-medenine.example.tn\n"
            "Subject: =?utf-8?q?Accus=C3=A9_de_r=C3=A9ception_-_Rapport_volontaire_PMM_-_Croissant-Rouge_comit?=\n"
            " =?utf-8?q?=C3=A9_local_de_M=C3=A9denine?=\n"
            "Date: %s\n"
            "Message-ID: %s\n"
            "In-Reply-To: %s\n" % (rfcdate(when - dt.timedelta(seconds=45)), ack_id("4DYx5n0Pq2z6"), M14_ID))
    body = dsn_report("-", dsn, hdrs, "_e1b2c3d4-a5f6-4b7c-8d9e-0f1a2b3c4d5e_")
    # Exchange writes the human-readable notice in the recipient organisation's language (UTF-8, QP)
    body._payload[0] = leaf("text/plain", text, "utf-8", "quoted-printable",
                            extra=[("Content-Description", "Notification")])
    rows = [("Return-Path", "<>"), ("Delivered-To", "gcmrrarabstates@iom.int"),
            ("Received", "from MX02.crt-medenine.example.tn (MX02.crt-medenine.example.tn [203.0.113.141])\r\n"
                         "\tby mx1.iom.int (Postfix) with ESMTPS id 4DYx7b1Rs4z1\r\n\tfor <gcmrrarabstates@iom.int>; %s"
                         % rfcdate(when, "EET")),
            ("From", "postmaster@crt-medenine.example.tn"),
            ("To", "gcmrrarabstates@iom.int"),
            ("Date", rfcdate(sent_at(when, 1, 3))),
            ("Subject", hdr("Non remis : Accusé de réception - " + M14_SUBJ, enc="Q")),
            ("Message-ID", "<e1b2c3d4a5f64b7c8d9e0f1a2b3c4d5e@MX02.crt-medenine.example.tn>"),
            ("In-Reply-To", ack_id("4DYx5n0Pq2z6")),
            ("References", ack_id("4DYx5n0Pq2z6")),
            ("Auto-Submitted", "auto-replied"),
            ("Content-Language", "fr-FR"),
            ("X-MS-Exchange-Message-Is-Ndr", "")]
    add(15, when, top(body, rows), dict(category="bounce", language="fr", acknowledge=False, on_time=None,
        notes="French-localised Exchange NDR (multipart/report, 5.2.2 mailbox full) for our acknowledgement of 14; "
              "subject 'Non remis :' plus the acknowledgement subject, which names the voluntary report; only the "
              "returned headers. Never acknowledge; thread_of null as for dev bounces."))


# ================================================================ 16  EN  report  DOCX, bilingual signature, Red Crescent health dept
def m16():
    when = at("2021-02-09 14:02:47")
    sent = sent_at(when, 2, 10)
    text = """Dear colleagues,

Please find attached the voluntary GCM review report of the Community Health Department of the Levant Red Crescent Society. It was prepared with our branch health teams and the Migrant Health Working Group we co-chair, and focuses on primary health care, maternal health and vaccination for migrants regardless of status.

Best regards,

Dr. Layla Haddad | د. ليلى حداد
Head, Community Health Department | رئيسة قسم صحة المجتمع
Levant Red Crescent Society | جمعية الهلال الأحمر المشرقية
"""
    fname = "LRCS_Community_Health_GCM_Voluntary_Report_Feb2021.docx"
    docx = make_docx(["Levant Red Crescent Society - Community Health Department",
                      "Voluntary GCM Review Report, February 2021",
                      "1. Primary health care for migrants regardless of status",
                      "2. Maternal and newborn health", "3. Vaccination outreach",
                      "4. Gaps and recommendations"])
    body = multi("mixed", [multi("alternative", [leaf("text/plain", text, "utf-8", "quoted-printable"),
                                                 leaf("text/html", gmail_html(text), "utf-8", "quoted-printable")],
                                 "000000000000c4e1a905bab3d7e2"),
                           attach(DOCX, docx, fname)],
                 "000000000000c4e1ab05bab3d7e4")
    m = mk(when, sent, "mail-lf1-f50.google.example.com", "192.0.2.50", "4DZd1k8Lx6z7",
           "Layla Haddad <layla.haddad@lrcs.example.org>", "LRCS Community Health - GCM voluntary report",
           "<CAM9pW3Xs7Kq2Lr5Tv8Yb1Nc6Hd4Jf0Ue@mail.gmail.example.com>", body)
    add(16, when, m, dict(category="voluntary_report", language="en", acknowledge=True, on_time=True,
        report_attachments=[fname],
        notes="report of one department of a national society, with a bilingual signature (English | Arabic on each "
              "line); English body, so the acknowledgement is in English; the sender's title is not a speaker request."))


# ================================================================ 17  AR  report  PDF with Arabic file name, Outlook
def m17():
    when = at("2021-02-10 11:03:29")
    sent = sent_at(when, 3, 7)
    text = """السادة فريق الاستعراض الإقليمي للاتفاق العالمي للهجرة المحترمين،

تحية طيبة وبعد،

يسرنا أن نرفق لكم التقرير الطوعي لجمعية الشفاء الطبية للمهاجرين حول تنفيذ الاتفاق العالمي من أجل الهجرة الآمنة والمنظمة والنظامية، ويتناول التقرير خدمات الرعاية الصحية الأولية والصحة الإنجابية التي قدمتها عياداتنا الثلاث للعمال المهاجرين وأسرهم خلال عامي ٢٠١٩ و٢٠٢٠، والتحديات التي واجهناها خلال جائحة كوفيد-١٩.

نشكر لكم تمديد الموعد النهائي، فقد أتاح لنا استكمال البيانات.

وتفضلوا بقبول فائق الاحترام،

الدكتورة سلوى الحسيني
المديرة الطبية
جمعية الشفاء الطبية للمهاجرين
"""
    fname = "تقرير جمعية الشفاء الطبية - الاستعراض الطوعي 2021.pdf"
    pdf = rep_pdf("Al-Shifa Medical Association for Migrants", "Voluntary report (Arabic original)",
                  ["Primary health care", "Reproductive health", "COVID-19 response", "Challenges", "Recommendations"])
    body = multi("mixed", [alt(text, "_000_AS8PR08MB6470D1E2F3A4B5C6_", rtl=True),
                           attach("application/pdf", pdf, fname)], "_004_AS8PR08MB6470D1E2F3A4B5C6_")
    subj = "التقرير الطوعي - جمعية الشفاء الطبية للمهاجرين"
    m = mk(when, sent, "mail-as8eur08on0702.outbound.protection.outlook.example.com", "198.51.100.202",
           "4DZr2m4Ny8z3", addr("سلوى الحسيني", "s.husseini@alshifa-med.example.org"), hdr(subj),
           "<AS8PR08MB6470D1E2F3A4B5C6@AS8PR08MB6470.eurprd08.prod.outlook.example.com>", body,
           extra=outlook_rows(subj, "AdcXt5Qp8Lw2Rm7Ks4Vb1Nz9Hc3Yd6A==", lang="ar-SA", has_attach="yes"))
    add(17, when, m, dict(category="voluntary_report", language="ar", acknowledge=True, on_time=True,
        report_attachments=[fname],
        notes="formal Arabic; Arabic PDF file name with spaces and a hyphen (RFC 2231 filename*, RFC 2047 name); "
              "mentions the extension; the signatory's title is not a speaker request."))


# ================================================================ 18  FR  other  thanks in reply to our acknowledgement of 07
def m18():
    when = at("2021-02-11 15:30:44")
    sent = sent_at(when, 0, 5)
    ack = """Madame, Monsieur,

Nous accusons réception de votre message « Contribution du SNPL : rapport volontaire et demande d'intervention », reçu le 3 février 2021.
Votre rapport volontaire et votre demande d'intervention ont été enregistrés. Les intervenants retenus seront contactés par le secrétariat.

Secrétariat de l'examen régional du PMM – région arabe
gcmrrarabstates@iom.int"""
    text = """Bien reçu, merci beaucoup pour votre retour rapide.

Cordialement,
Mamadou Ba
Secrétaire général du SNPL

Le 3 févr. 2021 à 16:03, GCM Regional Review Arab States <gcmrrarabstates@iom.int> a écrit :

""" + quote(ack) + "\n"
    body = leaf("text/plain", text, "utf-8", "8bit")
    m = mk(when, sent, "smtp.snpl.example.mr", "203.0.113.77", "4F0a1b2Cd3z4",
           "=?UTF-8?Q?SNPL_-_Secr=C3=A9tariat?= <secretariat@snpl.example.mr>",
           hdr("Re: Accusé de réception - " + M07_SUBJ, enc="Q"),
           "<9d0e4f1a-2b3c-4d5e-8f6a-7b8c9d0e1f2a@snpl.example.mr>", body,
           extra=[("In-Reply-To", ack_id("4DWb3r9Hn6z4")), ("References", M07_ID + " " + ack_id("4DWb3r9Hn6z4")),
                  ("User-Agent", "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:78.0) Gecko/20100101 Thunderbird/78.7.0")])
    add(18, when, m, dict(category="other", language="fr", acknowledge=False, on_time=None, thread_of="h201-07.eml",
        notes="a thank-you in reply to our acknowledgement of 07 that adds nothing new: not acknowledged (LABELS.md); "
              "the quoted acknowledgement mentions the report and the speaker request. thread_of the submission it "
              "follows (07)."))


# ================================================================ 19  EN  both  PDF on time, speaker part late
def m19():
    when = at("2021-02-12 09:40:19")
    sent = sent_at(when, 4, 6)
    text = """Dear Sir/Madam,

Please find attached the voluntary GCM review report of Open Hands Medical Outreach (OHMO), which runs free weekend clinics for low-wage migrant workers in three Gulf cities.

We would also like to request a floor intervention in thematic roundtable 2 for:
Dr. Priya Menon, Medical Coordinator, Open Hands Medical Outreach (OHMO)

We understand the speaker deadline may have passed, and would be grateful if the request could still be considered.

Warm regards,
Joseph Mathew
Programme Officer, OHMO
"""
    fname = "OHMO Voluntary GCM Report 2021.pdf"
    pdf = rep_pdf("Voluntary GCM Review Report", "Open Hands Medical Outreach (OHMO)",
                  ["Who we serve", "Health access for low-wage migrant workers", "Occupational health",
                   "Mental health", "Recommendations"])
    body = multi("mixed", [alt(text, "Apple-Mail=_B2C3D4E5-F6A7-48B9-9C0D-1E2F3A4B5C6D"),
                           attach("application/pdf", pdf, fname)],
                 "Apple-Mail=_A1B2C3D4-E5F6-47A8-8B9C-0D1E2F3A4B5C")
    m = mk(when, sent, "smtp.ohmo.example.org", "203.0.113.160", "4F0n3p6Qr8z1",
           "Joseph Mathew <joseph.mathew@ohmo.example.org>", "OHMO report + roundtable request",
           "<7A1C3E5F-9B2D-4F6A-8C0E-2D4F6A8C0E1B@ohmo.example.org>", body,
           extra=[("X-Mailer", "Apple Mail (2.3654.40.0.2.32)")])
    add(19, when, m, dict(category="both", language="en", acknowledge=True, on_time=False,
        report_attachments=[fname],
        speakers=[sp("Priya Menon", "Medical Coordinator", "Open Hands Medical Outreach (OHMO)", ["roundtable"], 2)],
        notes="both: the report part is on time (12 February) but the speaker part is late, so on_time is false; the "
              "sender (programme officer) is not the speaker; 'Dr.' dropped; PDF file name with spaces; Apple Mail."))


# ================================================================ 20  AR  both  collective psychosocial report + open discussion, late part
def m20():
    when = at("2021-02-14 20:12:08")
    sent = sent_at(when, 2, 9)
    text = """مساء الخير،

مرفق التقرير الطوعي الجماعي لتحالف الدعم النفسي الاجتماعي للمهاجرين، أعدّته خمس منظمات أعضاء في التحالف بعد ثلاث جلسات تشاورية مع فرق الدعم النفسي الميدانية.

كما أرغب، إن أمكن، بالمشاركة شخصياً في النقاش المفتوح خلال المشاورة مع أصحاب المصلحة المتعددين يوم ٢٣ شباط، لعرض أبرز ما ورد في التقرير عن الصحة النفسية للعاملات المنزليات المهاجرات.

مع التحية،

هبة منصور
منسقة فريق الدعم النفسي الاجتماعي
تحالف الدعم النفسي الاجتماعي للمهاجرين (تدعم)
Heba Mansour – PSS Team Coordinator – Migrants Psychosocial Support Alliance (TADAM)
"""
    fname = "التقرير الجماعي - تحالف تدعم.docx"
    docx = make_docx(["تحالف الدعم النفسي الاجتماعي للمهاجرين (تدعم)", "التقرير الطوعي الجماعي 2021",
                      "المنهجية", "الصحة النفسية للعاملات المنزليات المهاجرات", "التوصيات"])
    body = multi("mixed", [multi("alternative", [leaf("text/plain", text, "utf-8", "base64"),
                                                 leaf("text/html", gmail_html(text, rtl=True), "utf-8", "base64")],
                                 "000000000000d5f2b705bb17e8a1"),
                           attach(DOCX, docx, fname)], "000000000000d5f2b905bb17e8a3")
    m = mk(when, sent, "mail-ed1-f44.google.example.com", "192.0.2.44", "4F1Kx2s5Tv7z0",
           "Heba Mansour <heba.mansour.tadam@gmail.example.com>", hdr("التقرير الجماعي لتحالف تدعم + طلب مشاركة"),
           "<CAN2rT6Ym8Lq3Ks1Wv9Xb4Pc7Hd5Jf0Ug@mail.gmail.example.com>", body)
    add(20, when, m, dict(category="both", language="ar", acknowledge=True, on_time=False,
        report_attachments=[fname],
        speakers=[sp("هبة منصور", "منسقة فريق الدعم النفسي الاجتماعي", "تحالف الدعم النفسي الاجتماعي للمهاجرين (تدعم)",
                     ["open_discussion"])],
        notes="both: collective report (five member organisations) on time, the speaker part (14 February) late, so "
              "on_time is false; the speaker is the sender, in first person, with her details only in the signature, "
              "which also has an English line; the label keeps the Arabic forms of the message's language, acronym "
              "'(تدعم)' kept; Arabic DOCX file name."))


# ================================================================ 21  FR  speaker  late, no title, two roles
def m21():
    when = at("2021-02-15 17:25:50")
    sent = sent_at(when, 1, 12)
    text = """Bonjour,

Je sais que la date est passée, mais je tente quand même : je m'appelle Sara Benjelloun, je travaille dans l'équipe mobile de Médecins du Cœur Maroc (MCM) qui suit les migrants subsahariens dans les forêts autour d'Oujda.

J'aimerais participer à la discussion ouverte du 23 février et, si c'est possible, intervenir aussi à la table ronde thématique n° 3.

Merci d'avance pour votre compréhension,
Sara
"""
    body = multi("alternative", [leaf("text/plain", text, "utf-8", "quoted-printable"),
                                 leaf("text/html", gmail_html(text), "utf-8", "quoted-printable")],
                 "000000000000e6a3c805bb2f9b14")
    m = mk(when, sent, "mail-qk1-f52.google.example.com", "192.0.2.52", "4F1qM4t8Wx2z5",
           "Sara Benjelloun <sara.benjelloun88@gmail.example.com>", hdr("Demande de participation (en retard, désolée)",
                                                                        enc="Q"),
           "<CAP8sU1Zn4Mr7Lt2Xw5Yc9Qd3He6Kg0Vh@mail.gmail.example.com>", body)
    add(21, when, m, dict(category="speaker_request", language="fr", acknowledge=True, on_time=False, speakers=[
        sp("Sara Benjelloun", None, "Médecins du Cœur Maroc (MCM)", ["open_discussion", "roundtable"], 3)],
        notes="late (15 February) and says so; first-person prose, no signature block; no job title given (null), "
              "only the unit she works in ('l'équipe mobile'), which is not a title; two roles (discussion ouverte + "
              "table ronde n° 3); personal Gmail address."))


# ================================================================ 22  EN  report  HTML-only + PDF, 98 seconds before the deadline
def m22():
    when = at("2021-02-16 23:58:22")
    sent = sent_at(when, 3, 15)
    inner = """<div dir="ltr">Hi,<div><br></div><div>Sorry for the last-minute submission, I only got off my shift now. Attached is the voluntary report of the Gulf Migrant Workers&#39; Health Initiative (GMWHI).</div><div><br></div><div>Thank you for the extension, we would not have made it otherwise!</div><div><br></div><div>Best,</div><div>Fatima Al-Amiri, RN</div><div>GMWHI volunteer clinic team</div></div>"""
    fname = "GMWHI report final final.pdf"
    pdf = rep_pdf("Gulf Migrant Workers' Health Initiative (GMWHI)", "Voluntary report 2021",
                  ["Heat stress and occupational health", "Access to clinics", "Health insurance", "Recommendations"])
    body = multi("mixed", [html_only(inner), attach("application/pdf", pdf, fname)], "000000000000f7b4d905bb4e2c35")
    m = mk(when, sent, "mail-pl1-f180.google.example.com", "192.0.2.180", "4F2Dg7v1Yz3z8",
           "Fatima Al-Amiri <f.alamiri.gmwhi@gmail.example.com>", "GMWHI voluntary report",
           "<CAQ9tV2Ao5Ns8Mu3Yx6Zd1Re4If7Lh0Wj@mail.gmail.example.com>", body)
    add(22, when, m, dict(category="voluntary_report", language="en", acknowledge=True, on_time=True,
        report_attachments=[fname],
        notes="edge: received 23:58:22 Beirut time on 16 February (Date header 00:58 +0300 on the 17th): on time. "
              "HTML-only body (no text/plain) beside the PDF; file name 'final final' with spaces."))


# ================================================================ 23  FR  report  late Word version of the scanned report (14)
def m23():
    when = at("2021-02-17 08:45:37")
    sent = sent_at(when, 1, 7)
    prev = """Bonjour,

Veuillez trouver ci-joint le rapport volontaire de notre comité local sur l'examen du Pacte mondial sur les migrations (version signée et scannée). La version Word suivra dès que possible, notre ordinateur de bureau est en panne.

Cordialement,

Dr Fethi Mansouri"""
    text = """Bonjour,

Comme annoncé, voici la version Word de notre rapport (même contenu que la version scannée envoyée le 8 février). Nous n'avons pas reçu d'accusé de réception, merci de nous confirmer la bonne réception.

Cordialement,

Dr Fethi Mansouri
Président du comité local de Médenine
Croissant-Rouge

----- Message de cl.medenine@crt-medenine.example.tn ---------
   Date : Mon, 08 Feb 2021 08:14:55 +0100
     De : Croissant-Rouge CL Medenine <cl.medenine@crt-medenine.example.tn>
  Objet : """ + M14_SUBJ + """
      À : gcmrrarabstates@iom.int

""" + quote(prev) + "\n"
    fname = "Rapport PMM CL Médenine 2021.docx"
    docx = make_docx(["Croissant-Rouge – Comité local de Médenine",
                      "Rapport volontaire – examen régional du PMM 2021",
                      "1. Assistance aux migrants secourus en mer", "2. Soins de santé et premiers secours",
                      "3. Soutien psychosocial", "4. Recommandations"])
    body = multi("mixed", [leaf("text/plain", flowed(text), "utf-8", "quoted-printable",
                                params=[("format", "flowed"), ("delsp", "Yes")]),
                           attach(DOCX, docx, fname)], "=_r5Tn8Wq1Zx4Mb7Lc2Kv9Ps6")
    m = mk(when, sent, "webmail.crt-medenine.example.tn", "203.0.113.140", "4F2Qh9w3Ab5z1",
           "Croissant-Rouge CL Medenine <cl.medenine@crt-medenine.example.tn>", hdr("Re: " + M14_SUBJ, enc="Q"),
           "<20210217074530.Horde.Kp4mX8vQ2zR7nT1w@webmail.crt-medenine.example.tn>", body,
           extra=[("In-Reply-To", M14_ID), ("References", M14_ID), ("User-Agent", "Horde Application Framework 5")])
    add(23, when, m, dict(category="voluntary_report", language="fr", acknowledge=True, on_time=False,
        thread_of="h201-14.eml", report_attachments=[fname],
        notes="editable (DOCX) version of the scanned report of 14, replying to it (In-Reply-To): the same report, "
              "received after the deadline (17 February) although the scan was on time, so on_time false as for a "
              "late revision (dev 053). Also asks whether 14 was received (our acknowledgement bounced, 15). Horde "
              "quoting style; accented DOCX file name."))


# ================================================================ 24  AR  other  were our speakers accepted? (follow-up to 13)
def m24():
    when = at("2021-02-18 12:20:31")
    sent = sent_at(when, 3, 5)
    prev = """السادة فريق الاستعراض الإقليمي المحترمين،

تحية طيبة،

نيابة عن رئيسة القسم، نرجو تسجيل طلب المداخلة التالي قبل الموعد النهائي المذكور في رسالتكم (الجمعة ٢٣ شباط/فبراير):

١. الأستاذة سهام القاسم، رئيسة قسم الخدمة الاجتماعية، مستشفى الرحمة الحكومي – مداخلة في المائدة المستديرة الرابعة
٢. أمل الزعبي، أخصائية اجتماعية، مستشفى الرحمة الحكومي – المشاركة في النقاش المفتوح للمشاورة (٢٣ شباط)"""
    text = """مرحباً،

بس حبينا نتأكد: هل تم قبول طلب المداخلة تبعنا؟ الدكتورة سهام لازم ترتب مناوبات القسم قبل المؤتمر، فإذا في أي رد ياريت تبلغونا بأقرب وقت.

وبالنسبة للتقرير، للأسف ما لحقنا نخلصه قبل ١٦ شباط.

شكراً كتير
أمل

في الأحد، ٧ فبراير ٢٠٢١ في ١٠:٣٠ ص، كتب Amal Zoubi <amal.zoubi.sw@gmail.example.com>:

""" + quote(prev) + "\n"
    body = multi("alternative", [leaf("text/plain", text, "utf-8", "base64"),
                                 leaf("text/html", gmail_html(text, rtl=True), "utf-8", "base64")],
                 "000000000000a8c5e105bb5f3d46")
    m = mk(when, sent, "mail-wm1-f49.google.example.com", "192.0.2.49", "4F2vJ1y5Cd7z3",
           addr("Amal Zoubi", "amal.zoubi.sw@gmail.example.com"), re_hdr("Re: ", M13_SUBJ),
           "<CAH3vR8Ln2Lq7Rt0Uy3Xd6Zc8Oe5Kg1Vh@mail.gmail.example.com>", body,
           extra=[("In-Reply-To", M13_ID), ("References", M13_ID)])
    add(24, when, m, dict(category="other", language="ar", acknowledge=True, on_time=None, thread_of="h201-13.eml",
        notes="follow-up in the thread of 13 asking whether the (late) speaker request was accepted; colloquial "
              "Arabic; says the announced report will not come; the quoted original repeats both speakers but "
              "nothing new is proposed. Gmail's Arabic quote header."))


def main():
    for f in (m01, m02, m03, m04, m05, m06, m07, m08, m09, m10, m11, m12, m13, m14, m15, m16, m17, m18, m19,
              m20, m21, m22, m23, m24):
        f()
    SET.write()


if __name__ == "__main__":
    main()
