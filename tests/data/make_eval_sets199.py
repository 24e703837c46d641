#!/usr/bin/env python3
"""Write the blind evaluation set holdout199 (24 raw .eml messages + labels.json).

Deterministic, standard library only:  python3 tests/data/make_eval_sets199.py
Theme: lawyers, bar associations, legal aid clinics and human rights defenders (detention monitoring,
anti-trafficking hotlines, statelessness) writing to the review mailbox: formal legal register, case and
file references, power-of-attorney phrasing, a lawyer nominating a migrant client, joint submissions by
several clinics under a lead organisation, confidentiality requests.  Helpers from mailgen.py.
"""
import datetime as dt

from mailgen import (EvalSet, DOCX, addr, alt, at, attach, b_word, dsn_report, flowed, hdr, html_only, leaf,
                     make_docx, make_pdf, make_png, mk, multi, re_hdr, rfcdate, sent_at, sp, std_rows, top)
from mailgen import outlook_rows as outlook

SET = EvalSet(199)
add = SET.add
INVITE_ID = "<invitation.20210125@gcmrrarabstates.iom.int>"
INVITE_SUBJ = "Regional Review of the Global Compact for Migration in the Arab Region - Invitation"


def gmail_extra(tag="Kq2"):
    return [("X-Gm-Message-State", "AOAM53%sZ0pLw8vYt4Rk1NsXe7bQ2mC6dF9hJ3uA5gW" % tag),
            ("X-Google-Smtp-Source", "ABdhPJx7Lm2Qv9%sTs4Yp1Rb8Nc3Wd6Ke0Hf5Ga" % tag)]


def logo(cid, name="image001.png", rgb=(120, 20, 30)):
    return leaf("image/png", make_png(16, 8, rgb), cte="base64", params=[("name", '"%s"' % name)],
                disp='inline; filename="%s"' % name, extra=[("Content-ID", "<%s>" % cid)])


# ================================================================ messages
def m01():
    # English Exchange out-of-office of a litigation lawyer, answering the invitation mailing
    when = at("2021-01-26 08:41:19")
    sent = sent_at(when, 2, 3)
    text = """Thank you for your email.

I am attending court hearings and detention visits until Monday 1 February 2021 and will have limited access to email. For urgent matters relating to pending cases, please contact our duty lawyer at duty@karamlegal.example.lb or call +961 1 334 210.

This message and any attachments may contain privileged and confidential information intended only for the addressee.

Nour Karam
Associate | Karam & Associates, Attorneys at Law
"""
    body = alt(text, "_000_DB8PR02MB5612OOF2601084119_")
    rows = std_rows(when, "mail-db8eur02on0708.outbound.protection.outlook.example.com", "40.107.2.108",
                    "4DPx7q2VhNz4", "Nour Karam <n.karam@karamlegal.example.lb>",
                    "Automatic reply: " + INVITE_SUBJ, rfcdate(sent),
                    "<DB8PR02MB5612A0B1C2D3E4F5@DB8PR02MB5612.eurprd02.prod.outlook.example.com>",
                    extra=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All"),
                           ("X-MS-Exchange-Inbox-Rules-Loop", "n.karam@karamlegal.example.lb")])
    rows = [(k, "<>" if k == "Return-Path" else v) for k, v in rows]
    rows += [("In-Reply-To", INVITE_ID), ("Content-Language", "en-US")]
    add(1, when, top(body, rows), dict(category="auto_reply", language="en", acknowledge=False, on_time=None,
        notes="Exchange out-of-office of a lawyer answering the invitation mailing (Auto-Submitted: auto-replied, "
              "null Return-Path); legal confidentiality disclaimer and a signature with a title are decoys. "
              "Never acknowledge."))


def m02():
    # French: a Maghreb lawyers' federation proposes a bar member for the plenary, formal letter in the body
    when = at("2021-01-28 10:22:37")
    sent = sent_at(when, 1, 6)
    text = """Réf. : FMADM/SG/2021-07
Objet : Revue régionale du Pacte mondial sur les migrations – proposition d'intervenante

Madame, Monsieur,

Faisant suite à votre invitation du 25 janvier 2021, j'ai l'honneur de vous informer que le Bureau exécutif de la Fédération maghrébine des avocats pour les droits des migrants (FMADM), réuni le 27 janvier 2021, a décidé de proposer la candidature de :

Me Rachida Ouazzani, avocate au barreau de Rabat,
Présidente de la commission Migrations et Asile

pour une intervention lors d'une séance plénière de la Conférence des 24 et 25 février 2021. Me Ouazzani assure depuis 2014 la défense de personnes migrantes placées en rétention administrative et pourra témoigner de la jurisprudence récente en la matière.

La Fédération se réserve la possibilité de vous adresser ultérieurement une contribution écrite.

Je vous prie d'agréer, Madame, Monsieur, l'expression de ma haute considération.

Me Anouar Belkhayat
Secrétaire général
FMADM – Rabat
"""
    body = alt(text, "_000_PR3PR09MB5431C6E2F1A0B9D8_")
    subj = hdr("Réf. FMADM/SG/2021-07 - Proposition d'intervenante (séance plénière)", enc="Q")
    m = mk(when, sent, "mail-pr3eur09on0630.outbound.protection.outlook.example.com", "40.107.9.130",
           "4DQb2K7mJtz9", "Anouar Belkhayat <sg@fmadm.example.ma>", subj,
           "<PR3PR09MB5431C6E2F1A0B9D8@PR3PR09MB5431.eurprd09.prod.outlook.example.com>", body,
           cc="Rachida Ouazzani <r.ouazzani@avocats-rabat.example.ma>",
           extra=outlook("Réf. FMADM/SG/2021-07 - Proposition d'intervenante", "AdbzV1kQ7tLm3R9pXc2Wq4Nh8eYg==",
                         "fr-FR"))
    add(2, when, m, dict(category="speaker_request", language="fr", acknowledge=True, on_time=True, speakers=[
        sp("Rachida Ouazzani", "Présidente de la commission Migrations et Asile",
           "Fédération maghrébine des avocats pour les droits des migrants (FMADM)", ["plenary"])],
        notes="formal letter with reference number sent by the Secretary-General (not the speaker); 'Me' (Maître) "
              "dropped from the name; 'avocate au barreau de Rabat' is her professional qualification, the title "
              "recorded is the function line; affiliation is the federation named in the body with its acronym; "
              "announces a later written contribution (not a report yet)."))


M03_ID = "<CAHx4Tq9rW2mPz7KjB1nV5sL0cD8eF3gY6uA_Lq1ZeR@mail.gmail.example.com>"


def m03():
    # Arabic: legal aid centre in Amman, labelled lines, Gmail plain text
    when = at("2021-01-29 14:05:12")
    sent = sent_at(when, 2, 4)
    text = """السادة أمانة الاستعراض الإقليمي المحترمين،

تحية طيبة وبعد،

إشارةً إلى دعوتكم الكريمة للمشاركة في الاستعراض الإقليمي للاتفاق العالمي من أجل الهجرة، يسرّنا في مركز سند للعون القانوني أن نتقدم بطلب مداخلة في إحدى الموائد المستديرة المواضيعية، وذلك وفق البيانات التالية:

الاسم: المحامية رزان العمري
المسمى الوظيفي: منسقة برنامج العون القانوني للعمال المهاجرين
الجهة: مركز سند للعون القانوني - عمّان
نوع المشاركة: مداخلة في المائدة المستديرة الثانية

علماً بأن المركز قدّم خلال عام ٢٠٢٠ أكثر من ٦٠٠ استشارة قانونية لعمال مهاجرين في قضايا أجور وحجز وثائق سفر.

وتفضلوا بقبول فائق الاحترام،
رزان العمري
"""
    body = alt(text, "000000000000a7c1e405b9f3d2e6", rtl=True, b64=True)
    m = mk(when, sent, "mail-wm1-f44.google.example.com", "209.85.128.44", "4DRf1Ls5pWz2",
           addr("Razan Al-Omari", "razan.alomari.sanad@gmail.example.com"), hdr("طلب مداخلة - مركز سند للعون القانوني"),
           M03_ID, body, extra=gmail_extra("Ra3"))
    add(3, when, m, dict(category="speaker_request", language="ar", acknowledge=True, on_time=True, speakers=[
        sp("رزان العمري", "منسقة برنامج العون القانوني للعمال المهاجرين", "مركز سند للعون القانوني",
           ["roundtable"], 2)],
        notes="labelled lines; 'المحامية' (the lawyer, used before the name like an honorific) dropped from the name, "
              "as dev drops 'Eng.'/'Dr.'; '- عمّان' after the centre is a place, not part of the affiliation; "
              "roundtable as an ordinal word ('الثانية'). Replaced later by h199-16."))


def m04():
    # English: joint submission of six clinics with a lead network, main report + confidential annex
    when = at("2021-02-01 16:40:55")
    sent = sent_at(when, 2, 8)
    text = """Dear GCM Regional Review Secretariat,

On behalf of the Mashreq Legal Aid Network (MLAN), acting as lead organisation, I am pleased to submit the attached joint voluntary GCM review report, prepared together with the following legal aid clinics:

- Legal Clinic for Refugees and Migrants, Faculty of Law (Beirut)
- Access to Justice Clinic (Amman)
- Tadamon Legal Aid Unit (Erbil)
- Migrant Workers' Legal Desk (Tripoli)
- Right to Remedy Clinic (Zarqa)

The report (main document) draws on 1,142 case files handled between January 2019 and December 2020 and focuses on GCM Objectives 13 (alternatives to detention), 16 and 17.

Annex B contains anonymised case summaries. Although personal identifiers have been removed, we respectfully ask that Annex B be treated as CONFIDENTIAL: for the use of the review secretariat only, not to be published, posted online or circulated further. The main report may be made public.

Each co-signing clinic has authorised MLAN in writing to submit this report on its behalf; the authorisations are available on request.

Kind regards,

Layla Mansour
Network Coordinator
Mashreq Legal Aid Network (MLAN)
www.mlan.example.org

PRIVILEGED & CONFIDENTIAL: this email may contain information protected by legal professional privilege.
"""
    f1, f2 = "MLAN_Joint_GCM_Review_Report_2021.pdf", "Annex_B_Case_Summaries_CONFIDENTIAL.pdf"
    rep = make_pdf(["Mashreq Legal Aid Network (MLAN) - Joint voluntary GCM review report", "January 2021",
                    "Lead organisation: MLAN; five co-signing legal aid clinics", "",
                    "1. Methodology: 1,142 case files (2019-2020)", "2. Objective 13 - detention as a last resort",
                    "3. Objective 16 - inclusion and social cohesion", "4. Objective 17 - discrimination",
                    "5. Recommendations"])
    annex = make_pdf(["ANNEX B - CONFIDENTIAL - NOT FOR PUBLICATION", "Anonymised case summaries",
                      "Case MLAN/BEY/2020/0417 - wage theft, passport retention",
                      "Case MLAN/AMM/2020/0233 - administrative detention, 94 days",
                      "Case MLAN/ERB/2020/0058 - deportation order, no interpreter"])
    html = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body>'
            '<div style="font-family:Calibri,sans-serif;font-size:11pt">'
            + "".join("<p>%s</p>" % p.replace("\n", "<br>\n") for p in text.split("\n\n"))
            + '<img src="cid:image001.png@01D6F8B2.4C1E7A30" alt="MLAN"></div></body></html>\n')
    body = multi("mixed", [
        multi("related", [alt(text, "_000_AS8PR07MB7029E1D2C3_", html=html),
                          logo("image001.png@01D6F8B2.4C1E7A30", rgb=(10, 70, 140))],
              "_005_AS8PR07MB7029E1D2C3_", params=[("type", '"multipart/alternative"')]),
        attach("application/pdf", rep, f1), attach("application/pdf", annex, f2)], "_006_AS8PR07MB7029E1D2C3_")
    m = mk(when, sent, "mail-as8eur07on0612.outbound.protection.outlook.example.com", "40.107.7.112",
           "4DTm0c3xHqz5", "Layla Mansour <coordination@mlan.example.org>",
           "Joint voluntary GCM review report - MLAN and five legal aid clinics",
           "<AS8PR07MB7029E1D2C3B4A5F6@AS8PR07MB7029.eurprd07.prod.outlook.example.com>", body,
           cc="clinics-list@mlan.example.org",
           extra=outlook("Joint voluntary GCM review report - MLAN and five legal aid clinics",
                         "AQHW+3mT9kLb2Rz5Nq8Vc1Pe4Xy7Ag==", "en-GB", "yes"))
    add(4, when, m, dict(category="voluntary_report", language="en", acknowledge=True, on_time=True,
        report_attachments=[f1, f2],
        notes="collective report by a lead network for six clinics (places in brackets after clinic names); the "
              "main report and the confidential Annex B together make up the report (both listed); the "
              "confidentiality request concerns publication, not receipt; inline logo decoy; the 'Network "
              "Coordinator' signature is not a speaker request."))


M05_ID = "<3f9a1c7e2b8d4e60a5c1@webmail.cvt-traite.example.tn>"


def m05():
    # French HTML-only webmail: anti-trafficking hotline collective, two speakers in a table
    when = at("2021-02-02 11:15:48")
    sent = sent_at(when, 1, 5)
    inner = """<p>Bonjour,</p>
<p>Le Collectif Vigilance Traite (CVT), qui g&egrave;re depuis 2017 une ligne d'&eacute;coute gratuite pour les victimes de traite et d'exploitation, souhaite prendre part &agrave; la Conf&eacute;rence r&eacute;gionale. Nous proposons les deux intervenants suivants&nbsp;:</p>
<table border="1" cellpadding="4" style="border-collapse:collapse">
<tr><th>Nom</th><th>Fonction</th><th>Organisation</th><th>R&ocirc;le souhait&eacute;</th></tr>
<tr><td>Mme Hajar Benslimane</td><td>Présidente</td><td>Collectif Vigilance Traite (CVT)</td><td>Rapporteuse (présentation des messages clés)</td></tr>
<tr><td>M. Ousmane Kane</td><td>Coordinateur de la ligne d'écoute</td><td>Collectif Vigilance Traite (CVT)</td><td>Intervention – table ronde thématique n°3</td></tr>
</table>
<p>M. Kane pourra pr&eacute;senter les donn&eacute;es anonymis&eacute;es des 1&nbsp;380 appels re&ccedil;us en 2020.</p>
<p>Bien cordialement,</p>
<p>Hajar Benslimane<br>
Pr&eacute;sidente &ndash; CVT<br>
+216 98 114 502</p>"""
    body = html_only(inner, lang="fr", newlines=True)
    m = mk(when, sent, "mo1.mail-out.ovh.example.net", "46.105.44.120", "4DVa8r5pMkz3",
           "Collectif Vigilance Traite <contact@cvt-traite.example.tn>",
           hdr("Demande d'intervention – CVT (2 intervenants)", enc="Q"), M05_ID, body,
           extra=[("User-Agent", "Roundcube Webmail/1.4.11"), ("X-Originating-IP", "[197.15.40.88]")])
    add(5, when, m, dict(category="speaker_request", language="fr", acknowledge=True, on_time=True, speakers=[
        sp("Hajar Benslimane", "Présidente", "Collectif Vigilance Traite (CVT)", ["rapporteur"]),
        sp("Ousmane Kane", "Coordinateur de la ligne d'écoute", "Collectif Vigilance Traite (CVT)",
           ["roundtable"], 3)],
        notes="HTML-only (no text/plain) with a table of two speakers, some cells with HTML entities; 'Mme'/'M.' "
              "dropped; 'Rapporteuse' = rapporteur role; roundtable written 'table ronde thématique n°3'."))


def m06():
    # Arabic: a lawyer, under a power of attorney, nominates his client (a migrant domestic worker)
    when = at("2021-02-03 19:30:26")
    sent = sent_at(when, 2, 9)
    text = """حضرة السادة المنظمة الدولية للهجرة – أمانة الاستعراض الإقليمي للاتفاق العالمي للهجرة المحترمين

الموضوع: طلب مشاركة موكلتي في النقاش المفتوح

تحية واحتراماً،

أنا الموقّع أدناه المحامي جورج نصر، بصفتي وكيلاً قانونياً عن موكلتي السيدة ميرون تسفاي بموجب الوكالة الخاصة المنظمة لدى الكاتب العدل بتاريخ ١٢/١١/٢٠٢٠، وبناءً على رغبتها الصريحة وموافقتها الخطية، أتقدم بطلب مشاركتها في النقاش المفتوح ضمن المشاورة متعددة أصحاب المصلحة المقررة يوم ٢٣ شباط ٢٠٢١.

موكلتي عاملة منزلية مهاجرة، وهي المدعية في الدعوى رقم ٢٠٢٠/٧٨٣ المتعلقة بحجز جواز سفرها وحرمانها من أجورها، وقد أبدت رغبتها في أن تروي تجربتها بنفسها أمام المشاركين. ستحتاج إلى ترجمة فورية من اللغة الأمهرية أو الإنكليزية.

ونظراً لأن الدعوى ما زالت عالقة أمام القضاء، أرجو التكرم بعدم نشر اسمها الكامل في أي قائمة أو وثيقة علنية، والاكتفاء بالاسم الأول.

وتفضلوا بقبول الاحترام،

المحامي جورج نصر
مكتب نصر للمحاماة والاستشارات القانونية
بيروت – بدارو، بناية الأمل، الطابق الثالث
هاتف: ٠١/٣٨٨٤٥٠

تم الإرسال من هاتف Samsung Galaxy الذكي."""
    body = leaf("text/plain", text, cte="base64")
    m = mk(when, sent, "mail-ej1-f53.google.example.com", "209.85.218.53", "4DWc5Tn2Rvz8",
           addr("George Nasr", "nasr.lawoffice@gmail.example.com"), hdr("طلب مشاركة - وكالة عن السيدة ميرون تسفاي"),
           "<CAJp2Xn7ePw3Lk9Qb5vT1mZ8sR4dH6cY0gU2fA_n9Bw@mail.gmail.example.com>", body,
           extra=gmail_extra("Gn6"))
    add(6, when, m, dict(category="speaker_request", language="ar", acknowledge=True, on_time=True, speakers=[
        sp("ميرون تسفاي", None, None, ["open_discussion"])],
        notes="a lawyer acting under a power of attorney nominates his client, an individual migrant domestic "
              "worker: the client is the speaker, not the lawyer; 'السيدة' dropped. She has no title and no "
              "organisation: title and affiliation null (the lawyer's firm is not her affiliation; 'عاملة منزلية "
              "مهاجرة' describes her situation, not a title - not covered by dev, recorded as a secretary would). "
              "Confidentiality request (publish first name only) and interpretation need; phone plain text."))


def m07():
    # English: detention monitoring NGO asks questions before submitting
    when = at("2021-02-03 21:10:03")
    sent = sent_at(when, 4, 4)
    text = """Dear colleagues,

Detention Watch Gulf is preparing a short written contribution to the regional review, based on our monitoring visits to immigration detention facilities in 2019-2020. Before we submit, could you kindly clarify three points:

1. Is there a page limit or a template for the voluntary GCM review reports?
2. Part of our material consists of testimonies of detainees. Can we send it as a separate confidential annex that will not be published on the review website?
3. Two partner organisations would like to co-sign. Is it acceptable that one organisation submits the report on behalf of all three, and should their logos appear on the cover?

We do not plan to request a speaking slot at this stage.

Many thanks in advance,

Samira Qasim
Monitoring & Advocacy Lead
Detention Watch Gulf
"""
    body = alt(text, "0000000000005b3e2d05ba6c91f4")
    m = mk(when, sent, "mail-pj1-f65.google.example.com", "209.85.216.65", "4DWf0Hq8Ktz1",
           "Samira Qasim <samira@detentionwatchgulf.example.org>",
           "Questions on the voluntary report (confidential annex, co-signatories)",
           "<CAF8vLq2Zm0Tj7Ry4Nw1Xb9Kc6Pe3Sd5Ga8Hu_Qs7Mx@mail.gmail.example.com>", body, extra=gmail_extra("Sq7"))
    add(7, when, m, dict(category="other", language="en", acknowledge=True, on_time=None,
        notes="questions before submitting (page limit, confidential annex, co-signatories); explicitly no speaker "
              "request; mentions reports and testimonies but sends none. The same organisation submits its report "
              "later as a new message (h199-20)."))


M08_ID = "<7b2e9c4f-1a3d-4e58-9f60-c2d1b8a7e6f5@droit-sousse.example.tn>"


def m08():
    # French Thunderbird format=flowed: university legal clinic, report DOCX + speaker
    when = at("2021-02-04 15:30:41")
    sent = sent_at(when, 1, 7)
    text = """Madame, Monsieur,

Au nom de la Clinique juridique Hijra de la Faculté de droit et des sciences politiques de Sousse, j'ai le plaisir de vous transmettre en pièce jointe notre contribution écrite à la revue régionale du Pacte mondial pour des migrations sûres, ordonnées et régulières. Elle rend compte de l'accompagnement juridique de 212 personnes migrantes par nos étudiants et avocats encadrants en 2020 (accès à la justice, titres de séjour, pénalités de dépassement de séjour).

Par ailleurs, nous souhaiterions que la clinique puisse intervenir lors de la table ronde 1. L'intervenante proposée est :

Pr Amel Jaziri, Directrice de la clinique, Clinique juridique Hijra

Les noms des étudiants cités dans le document ont été anonymisés ; nous vous remercions de ne pas diffuser l'annexe statistique en dehors du secrétariat.

Veuillez agréer, Madame, Monsieur, l'expression de nos salutations distinguées.

--
Amel Jaziri
Professeure de droit public
Directrice de la clinique
Clinique juridique Hijra
Faculté de droit et des sciences politiques de Sousse
"""
    fname = "Rapport_Clinique_Hijra_PMM_2021.docx"
    doc = make_docx(["Clinique juridique Hijra", "Contribution à la revue régionale du Pacte mondial sur les migrations",
                     "Février 2021", "1. Présentation de la clinique", "2. Accès à la justice des personnes migrantes",
                     "3. Titres de séjour et pénalités", "4. Recommandations", "Annexe statistique (diffusion restreinte)"])
    txt = leaf("text/plain", flowed(text), params=[("format", "flowed")])
    body = multi("mixed", [txt, attach(DOCX, doc, fname)], "------------A1C3E5F7091B2D4F6A8C0E12")
    m = mk(when, sent, "smtp.droit-sousse.example.tn", "41.229.18.6", "4DXk3Bv9Pqz6",
           "Amel Jaziri <amel.jaziri@droit-sousse.example.tn>",
           hdr("Contribution écrite et demande d'intervention - Clinique juridique Hijra", enc="Q"), M08_ID, body,
           extra=[("User-Agent", "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:78.0) Gecko/20100101 Thunderbird/78.7.0"),
                  ("Content-Language", "fr")])
    add(8, when, m, dict(category="both", language="fr", acknowledge=True, on_time=True, speakers=[
        sp("Amel Jaziri", "Directrice de la clinique", "Clinique juridique Hijra", ["roundtable"], 1)],
        report_attachments=[fname],
        notes="both, on time: DOCX report + the sender proposes herself in the third person ('Pr' dropped); the "
              "request line gives 'Directrice de la clinique, Clinique juridique Hijra' (the signature adds her "
              "academic title and the faculty: the request line is recorded); format=flowed plain text; "
              "restricted-circulation request for an annex."))


M09_ID = "<HE1PR06MB3321F9A8B7C6D5E4@HE1PR06MB3321.eurprd06.prod.outlook.example.com>"


def m09():
    # English: executive assistant sends a pasted nomination form with two speakers
    when = at("2021-02-04 18:45:09")
    sent = sent_at(when, 2, 6)
    text = """Dear Secretariat,

On behalf of Dr. Farah Odeh, please find below the nominations of the Arab Network on Statelessness and Nationality Rights for the Regional Review conference. The details are pasted from our internal nomination form.

------------------------------------------------
SPEAKER NOMINATION FORM - GCM Regional Review
------------------------------------------------
Speaker 1
  Full name:      Dr. Farah Odeh
  Title:          Executive Director
  Organisation:   Arab Network on Statelessness and Nationality Rights (ANSNR)
  Requested role: Floor intervention - plenary session

Speaker 2
  Full name:      Mr. Bassel Haidar
  Title:          Senior Legal Officer, Nationality Rights Unit
  Organisation:   Arab Network on Statelessness and Nationality Rights (ANSNR)
  Requested role: Floor intervention - Roundtable 4 (if possible), otherwise Roundtable 2
------------------------------------------------

Please do not hesitate to contact me for any logistical matter.

Best regards,

Mira Sfeir
Executive Assistant to the Executive Director
ANSNR Secretariat
T: +961 1 612 077
"""
    body = alt(text, "_000_HE1PR06MB3321F9A8B7C6D5E4_")
    m = mk(when, sent, "mail-he1eur06on0720.outbound.protection.outlook.example.com", "40.107.6.120",
           "4DXq6Wm1Ntz4", "Mira Sfeir <secretariat@ansnr.example.org>",
           "ANSNR nominations - GCM Regional Review (2 speakers)", M09_ID, body,
           cc="Farah Odeh <f.odeh@ansnr.example.org>",
           extra=outlook("ANSNR nominations - GCM Regional Review (2 speakers)", "AQHW+9bX2pL4kT7mN1qR6cV3zE8dYw=="))
    add(9, when, m, dict(category="speaker_request", language="en", acknowledge=True, on_time=True, speakers=[
        sp("Farah Odeh", "Executive Director", "Arab Network on Statelessness and Nationality Rights (ANSNR)",
           ["plenary"]),
        sp("Bassel Haidar", "Senior Legal Officer, Nationality Rights Unit",
           "Arab Network on Statelessness and Nationality Rights (ANSNR)", ["roundtable"], 4)],
        notes="sent by an executive assistant on behalf of the director (the sender is not a speaker); pasted "
              "form with two speakers; 'Dr.'/'Mr.' dropped; the second title written with its unit (kept, as dev "
              "012); two roundtables given, the first choice (4) recorded."))


M10_ID = "<9D3F2A71-5C8B-4E06-B1A4-7E2C9F0D6B31@yahoo.example.com>"


def m10():
    # Arabic iPhone: details only in the signature, rapporteur, late in the evening of the deadline
    when = at("2021-02-05 22:41:33")
    sent = sent_at(when, 3, 11)
    text = """السلام عليكم
أرجو قبول طلبي للمشاركة بصفة مقرر لتقديم الرسائل الرئيسية لأصحاب المصلحة في المؤتمر، وقد عملت خلال السنوات الخمس الماضية على ملفات المهاجرين المحتجزين وضحايا الاتجار في العراق.
السيرة الذاتية سأرسلها لاحقاً إذا لزم.
مع التقدير

المحامي حيدر الكعبي
رئيس لجنة الدفاع عن حقوق المهاجرين
رابطة المحامين للدفاع عن حقوق الإنسان
٠٧٨٠١٢٣٤٥٦٧

أُرسلت من الـ iPhone"""
    body = leaf("text/plain", text, cte="base64")
    m = mk(when, sent, "sonic311-21.consmr.mail.ir2.yahoo.example.com", "77.238.177.148", "4DYb7Pk0Xwz9",
           addr("حيدر الكعبي", "haider.alkaabi.law@yahoo.example.com"), hdr("طلب مشاركة كمقرر"), M10_ID, body,
           extra=[("X-Mailer", "iPhone Mail (18D52)")])
    add(10, when, m, dict(category="speaker_request", language="ar", acknowledge=True, on_time=True, speakers=[
        sp("حيدر الكعبي", "رئيس لجنة الدفاع عن حقوق المهاجرين", "رابطة المحامين للدفاع عن حقوق الإنسان",
           ["rapporteur"])],
        notes="name, title and affiliation only in the signature ('المحامي' dropped); short iPhone message received "
              "22:41 on 5 February Beirut time (Date header 23:41 +0300): on time. The acknowledgement bounces "
              "(h199-11)."))


def m11():
    # Arabic-localised Exchange NDR: the acknowledgement of h199-10 could not be delivered (mailbox full)
    when = at("2021-02-06 00:02:48")
    text = """تعذّر تسليم رسالتك إلى haider.alkaabi.law@yahoo.example.com

علبة البريد الخاصة بالمستلم ممتلئة ولا يمكنها قبول رسائل جديدة في الوقت الحالي. يرجى المحاولة مرة أخرى لاحقاً أو التواصل مع المستلم بطريقة أخرى.

Your message to haider.alkaabi.law@yahoo.example.com couldn't be delivered: the recipient's mailbox is full.

معلومات تشخيصية للمسؤولين:
خادم التوليد: mx1.iom.int
Remote server returned '552 5.2.2 Mailbox full / over quota'
"""
    dsn = ("Reporting-MTA: dns; mx1.iom.int\n"
           "X-Postfix-Queue-ID: 4DYc0Tn3Frz1\n"
           "X-Postfix-Sender: rfc822; gcmrrarabstates@iom.int\n"
           "Arrival-Date: %s\n\n"
           "Final-Recipient: rfc822; haider.alkaabi.law@yahoo.example.com\n"
           "Original-Recipient: rfc822;haider.alkaabi.law@yahoo.example.com\n"
           "Action: failed\n"
           "Status: 5.2.2\n"
           "Remote-MTA: dns; mta7.am0.yahoodns.example.net\n"
           "Diagnostic-Code: smtp; 552 5.2.2 Mailbox full / over quota\n"
           % rfcdate(when - dt.timedelta(seconds=9), "EET"))
    hdrs = ("Return-Path: <gcmrrarabstates@iom.int>\n"
            "From: GCM Regional Review Arab States <gcmrrarabstates@iom.int>\n"
            "To: haider.alkaabi.law@yahoo.example.com\n"
            "Subject: %s\n"
            "Date: %s\n"
            "Message-ID: <ack.4DYc0Sx8Lqz7@gcmrrarabstates.iom.int>\n"
            "In-Reply-To: %s\n" % (b_word("إفادة بالاستلام - طلب مشاركة كمقرر"),
                                    rfcdate(when - dt.timedelta(seconds=10)), M10_ID))
    body = dsn_report("-", dsn, hdrs, "4DYc0Tn3Frz1.1612562568/mx1.iom.int")
    body.get_payload()[0] = leaf("text/plain", text, "utf-8", "base64",
                                 extra=[("Content-Description", "Notification")])
    rows = [("Return-Path", "<>"), ("Delivered-To", "gcmrrarabstates@iom.int"),
            ("Received", "by mx1.iom.int (Postfix)\r\n\tid 4DYc0W2pHsz5; %s" % rfcdate(when, "EET")),
            ("Date", rfcdate(when, "EET")),
            ("From", "MAILER-DAEMON@mx1.iom.int (Mail Delivery System)"),
            ("Subject", hdr("تعذّر التسليم: إفادة بالاستلام")),
            ("To", "gcmrrarabstates@iom.int"),
            ("Auto-Submitted", "auto-replied"),
            ("Content-Language", "ar-SA"),
            ("Message-Id", "<20210205220248.4DYc0W2pHsz5@mx1.iom.int>")]
    add(11, when, top(body, rows), dict(category="bounce", language="ar", acknowledge=False, on_time=None,
        notes="Arabic-localised delivery status notification (5.2.2 mailbox full) for our acknowledgement of "
              "h199-10; returned headers only (In-Reply-To names h199-10); a bounce is never part of a "
              "submission (thread_of null). Never acknowledge."))


def m12():
    # French latin-1 plain text: late speaker request sent on behalf of the president
    when = at("2021-02-08 09:50:14")
    sent = sent_at(when, 0, 5)
    text = """Bonjour,

Je me permets de vous écrire de la part de notre Président, M. Mamadou Lamine Sow, qui souhaiterait intervenir lors de la table ronde n° 2 de la Conférence régionale, au nom de l'Association Sahel Droits et Dignité (ASDD).

L'ASDD assure depuis 2012 le monitoring des refoulements et des expulsions collectives aux frontières, ainsi que l'assistance juridique aux personnes refoulées. M. Sow est avocat de formation.

Nous savons que le délai du 5 février est dépassé : nous n'avons reçu l'invitation que vendredi soir, par l'intermédiaire d'un partenaire. Si une place reste disponible, nous vous serions très reconnaissants.

Fonction : Président
Téléphone : +222 45 25 71 30

Cordialement,

Aïssata Ba
Chargée de communication
Association Sahel Droits et Dignité (ASDD)
"""
    body = leaf("text/plain", text, "iso-8859-1", "quoted-printable")
    m = mk(when, sent, "smtp-out.mauritel.example.mr", "82.151.64.17", "4DZ2mQ8vLhz3",
           "ASDD <asdd.contact@mauritel.example.mr>", "Demande tardive d'intervention - table ronde 2 - ASDD",
           "<20210208094809.1F2A3B4C5D@smtp-out.mauritel.example.mr>", body,
           extra=[("X-Mailer", "Microsoft Windows Live Mail 16.4.3528.331")])
    add(12, when, m, dict(category="speaker_request", language="fr", acknowledge=True, on_time=False, speakers=[
        sp("Mamadou Lamine Sow", "Président", "Association Sahel Droits et Dignité (ASDD)", ["roundtable"], 2)],
        notes="late (8 February) and says so; written by the communication officer on behalf of the president "
              "(the sender's own title is a decoy); title only in a labelled 'Fonction :' line; ISO-8859-1 "
              "quoted-printable; shared mailbox with an organisation display name."))


M13_ID = "<VI1PR03MB6620B3C4D5E6F7A8@VI1PR03MB6620.eurprd03.prod.outlook.example.com>"
M13_FILE = "تقرير_الائتلاف_العربي_الاستعراض_الطوعي_2021.pdf"


def m13():
    # Arabic: coalition against trafficking (with hotline) sends its collective report, Arabic file name
    when = at("2021-02-09 12:20:39")
    sent = sent_at(when, 2, 6)
    text = """السادة أمانة الاستعراض الإقليمي للاتفاق العالمي للهجرة المحترمين،

تحية طيبة،

يتشرّف الائتلاف العربي لمناهضة الاتجار بالبشر، باسم المنظمات الأعضاء التسع، بأن يرفق لكم تقريره الطوعي الجماعي حول تنفيذ الاتفاق العالمي من أجل الهجرة الآمنة والمنظمة والنظامية، ولا سيما الهدف العاشر المتعلق بمنع الاتجار بالأشخاص ومكافحته.

يستند التقرير إلى البلاغات الواردة إلى الخط الساخن للائتلاف خلال عامي ٢٠١٩ و٢٠٢٠، وإلى الملفات التي تابعها محامو المنظمات الأعضاء أمام المحاكم.

نرجو التكرّم بمعاملة الجدول رقم (٤) الخاص بتوزيع البلاغات حسب الجنسية معاملة سرية وعدم نشره، حفاظاً على سلامة المبلّغين.

وتفضلوا بقبول فائق الاحترام والتقدير،

منسق الائتلاف
وليد حمدان
الائتلاف العربي لمناهضة الاتجار بالبشر
"""
    pdf = make_pdf(["Arab Coalition Against Trafficking in Persons - Collective voluntary GCM review report",
                    "2021", "Objective 10 - prevent, combat and eradicate trafficking in persons",
                    "1. Hotline reports 2019-2020", "2. Cases followed before the courts",
                    "3. Table 4 (CONFIDENTIAL) - reports by nationality", "4. Recommendations"])
    body = multi("mixed", [alt(text, "_000_VI1PR03MB6620B3C4D5E6F7A8_", rtl=True, b64=True),
                           attach("application/pdf", pdf, M13_FILE)], "_004_VI1PR03MB6620B3C4D5E6F7A8_")
    m = mk(when, sent, "mail-vi1eur03on0641.outbound.protection.outlook.example.com", "40.107.3.141",
           "4DZt4Gx2Mwz8", addr("وليد حمدان", "coordinator@aract.example.org"),
           hdr("التقرير الطوعي الجماعي للائتلاف العربي لمناهضة الاتجار بالبشر"), M13_ID, body,
           extra=outlook("التقرير الطوعي الجماعي", "AQHW/4cR8nT1mK5vL2qZ9bX6pE3dWg==", "ar-LB", "yes"))
    add(13, when, m, dict(category="voluntary_report", language="ar", acknowledge=True, on_time=True,
        report_attachments=[M13_FILE],
        notes="collective report of a coalition of nine organisations (hotline data, court cases); Arabic PDF file "
              "name (RFC 2231 / RFC 2047); confidentiality request for one table of the report (not a reason to "
              "withhold the acknowledgement). Followed up by h199-19."))


def m14():
    # French: thank-you reply to our acknowledgement of h199-05 (adds nothing new)
    when = at("2021-02-09 16:04:22")
    sent = sent_at(when, 1, 4)
    ack_id = "<ack.4DVa9Lz3Qkz1@gcmrrarabstates.iom.int>"
    inner = """<p>Bonjour,</p>
<p>Merci beaucoup pour votre accus&eacute; de r&eacute;ception. Nous restons &agrave; votre disposition.</p>
<p>Bien &agrave; vous,<br>Hajar Benslimane</p>
<blockquote style="border-left:2px solid #1010ff;padding-left:5px">
<p>Le 03/02/2021 10:12, GCM Regional Review Arab States a &eacute;crit&nbsp;:</p>
<p>Nous accusons r&eacute;ception de votre demande d'intervention (2 intervenants) pour la Conf&eacute;rence r&eacute;gionale des 24 et 25 f&eacute;vrier 2021. Le programme d&eacute;finitif vous sera communiqu&eacute; ult&eacute;rieurement.</p>
<p>Secr&eacute;tariat de la revue r&eacute;gionale du PMM</p>
</blockquote>"""
    body = html_only(inner, lang="fr", newlines=True)
    m = mk(when, sent, "mo1.mail-out.ovh.example.net", "46.105.44.121", "4DZz9Rb6Ctz2",
           "Collectif Vigilance Traite <contact@cvt-traite.example.tn>",
           hdr("Re: Accusé de réception - Demande d'intervention – CVT (2 intervenants)", enc="Q"),
           "<8c41e0a2d7b95f36e1a4@webmail.cvt-traite.example.tn>", body,
           extra=[("User-Agent", "Roundcube Webmail/1.4.11"), ("In-Reply-To", ack_id),
                  ("References", "%s %s" % (M05_ID, ack_id))])
    add(14, when, m, dict(category="other", language="fr", acknowledge=False, on_time=None,
        thread_of="h199-05.eml",
        notes="thank-you reply to our acknowledgement of h199-05 (References name it): adds nothing new, not "
              "acknowledged; the quoted acknowledgement mentions speakers and dates but is ours; HTML-only."))


def m15():
    # English: defenders' network, report on time + speaker (late) -> both, on_time false
    when = at("2021-02-10 13:31:57")
    sent = sent_at(when, 3, 5)
    text = """Dear Regional Review team,

Please find attached the voluntary GCM review report of Gulf Migrant Rights Defenders (GMRD). It documents 37 cases of reprisals against migrant workers and the lawyers representing them, and the use of absconding charges against workers who file labour complaints (GCM Objectives 6 and 7).

For security reasons, the names of the defenders mentioned in the report have been replaced by initials. We kindly ask that the report not be shared with government delegations before the conference.

Also, I realise we are late for this, but we would like to put forward our colleague Aisha Rahman, Legal Researcher at GMRD, to take part in the open discussion of the multi-stakeholder consultation on 23 February. She drafted most of the report.

With thanks and best wishes,

Yusuf Adeyemi
Director
Gulf Migrant Rights Defenders (GMRD)
Secure contact: Signal +44 7700 900 418
"""
    fname = "GMRD_Voluntary_GCM_Review_Report_Feb2021.pdf"
    pdf = make_pdf(["Gulf Migrant Rights Defenders (GMRD)", "Voluntary GCM review report - February 2021",
                    "Reprisals against migrant workers and their lawyers", "", "1. 37 documented cases",
                    "2. Absconding charges (Objectives 6 and 7)", "3. Recommendations"])
    body = multi("mixed", [alt(text, "0000000000004e7a1c05bafc3d28"), attach("application/pdf", pdf, fname)],
                 "0000000000004e7a1e05bafc3d2a")
    m = mk(when, sent, "mail-lf1-f47.google.example.com", "209.85.167.47", "4DbP1Vn7Kxz5",
           "Yusuf Adeyemi <director@gmrd.example.org>", "GMRD report + nomination for the open discussion",
           "<CAB3kNp8Wq1Zr6Tm4Yx0Lc7Vd2Hs9Fe5Ju_Gb1Rk3Pw@mail.gmail.example.com>", body, extra=gmail_extra("Ya2"))
    add(15, when, m, dict(category="both", language="en", acknowledge=True, on_time=False, speakers=[
        sp("Aisha Rahman", "Legal Researcher", "Gulf Migrant Rights Defenders (GMRD)", ["open_discussion"])],
        report_attachments=[fname],
        notes="both: the report part is on time (10 February) but the speaker part is late, so on_time is false; "
              "the speaker is a colleague named in prose ('Legal Researcher at GMRD'), the organisation's full "
              "name with acronym is in the body and the director's signature (fullest form recorded); "
              "confidentiality request (not to be shared with governments)."))


def m16():
    # Arabic: replacement of the speaker of h199-03, after the deadline, Gmail reply quoting the original
    when = at("2021-02-11 11:08:45")
    sent = sent_at(when, 2, 6)
    text = """السادة الأفاضل،

تحية طيبة،

نعتذر عن إبلاغكم بأن الزميلة رزان العمري لن تتمكن من المشاركة بسبب تزامن موعد المؤتمر مع جلسة مرافعة في قضية جزائية لا يمكن تأجيلها. ويقترح المركز أن يحل محلها في نفس المائدة المستديرة:

المحامي طارق الحديد – المستشار القانوني، مركز سند للعون القانوني

نعلم أن باب الترشيح قد أُغلق، ونأمل أن يكون الاستبدال ممكناً لأن المداخلة نفسها سبق أن قُدّم طلبها في الموعد.

مع الشكر والتقدير،
رزان العمري
منسقة برنامج العون القانوني للعمال المهاجرين
مركز سند للعون القانوني

في الجمعة، ٢٩ يناير ٢٠٢١ في ٢:٠٥ م كتب Razan Al-Omari <razan.alomari.sanad@gmail.example.com>:
> الاسم: المحامية رزان العمري
> المسمى الوظيفي: منسقة برنامج العون القانوني للعمال المهاجرين
> الجهة: مركز سند للعون القانوني - عمّان
> نوع المشاركة: مداخلة في المائدة المستديرة الثانية
"""
    body = alt(text, "000000000000c2f18b05bb1e7d40", rtl=True, b64=True)
    m = mk(when, sent, "mail-wm1-f47.google.example.com", "209.85.128.47", "4Dbx3Fq6Tnz0",
           addr("Razan Al-Omari", "razan.alomari.sanad@gmail.example.com"),
           re_hdr("Re: ", "طلب مداخلة - مركز سند للعون القانوني"),
           "<CAHx4Tq9rW2mPz7KjB1nV5sL0cD8eF3gY6uA_Xk4ReM@mail.gmail.example.com>", body,
           extra=gmail_extra("Ra3") + [("In-Reply-To", M03_ID), ("References", M03_ID)])
    add(16, when, m, dict(category="speaker_request", language="ar", acknowledge=True, on_time=False, speakers=[
        sp("طارق الحديد", "المستشار القانوني", "مركز سند للعون القانوني", ["roundtable"], 2)],
        thread_of="h199-03.eml",
        notes="replaces the speaker of h199-03 after the deadline (11 February): the new name arrives late, so "
              "on_time is false although the slot was requested on time (not covered by dev: recorded by the date "
              "the new name arrived); roundtable only by reference ('نفس المائدة المستديرة') and in the quoted "
              "original, which still carries the old speaker's labelled lines; the sender is the replaced speaker."))


def m17():
    # English: an individual lawyer's report in a personal capacity, Thunderbird flowed + DOCX
    when = at("2021-02-12 22:05:30")
    sent = sent_at(when, 1, 8)
    text = """To the GCM Regional Review Secretariat,

I am a practising immigration lawyer (called to the bar in 2009) and I submit the attached short report in my personal capacity, not on behalf of my firm or of any bar association. It summarises what I have observed in 48 deportation and detention cases I have handled since 2018, with reference to GCM Objectives 13 and 21, including the systematic absence of interpreters at hearings and the lack of judicial review of detention orders.

All client information has been anonymised (cases referred to as A-1 to A-48). I would ask that my name not be published together with the report; if it is placed on the website, please attribute it to "an independent legal practitioner".

Yours faithfully,

Hani Karam
"""
    fname = "Submission_H_Karam_personal_capacity.docx"
    doc = make_docx(["Voluntary GCM review - individual submission", "Independent legal practitioner",
                     "Observations from 48 deportation and detention cases (2018-2020)",
                     "Objective 13 - detention only as a measure of last resort",
                     "Objective 21 - safe and dignified return", "Recommendations"])
    txt = leaf("text/plain", flowed(text), params=[("format", "flowed")])
    body = multi("mixed", [txt, attach(DOCX, doc, fname)], "------------0E2B4D6F8A1C3E5A7B9D1F30")
    m = mk(when, sent, "relay.mailbox.example.org", "80.241.60.212", "4DcG6Mj1Hsz7",
           "Hani Karam <hani.karam@mailbox.example.org>", "Voluntary GCM review - individual submission",
           "<a4c9e1b3-7d2f-4a80-b6e5-91f0c3d8a2b7@mailbox.example.org>", body,
           extra=[("User-Agent", "Mozilla/5.0 (X11; Linux x86_64; rv:78.0) Gecko/20100101 Thunderbird/78.7.1"),
                  ("Content-Language", "en-GB")])
    add(17, when, m, dict(category="voluntary_report", language="en", acknowledge=True, on_time=True,
        report_attachments=[fname],
        notes="individual report by a lawyer in his personal capacity (not his firm or bar); anonymised case "
              "references; asks not to be named if published; format=flowed plain text; no speaker request."))


M18_ID = "<AM0PR10MB2987D4E5F6A7B8C9@AM0PR10MB2987.eurprd10.prod.outlook.example.com>"
M18_FILE = "Contribution_OMLPL_révision_régionale_PMM.pdf"


def m18():
    # French: detention monitoring observatory, PDF with accented name, confidentiality request
    when = at("2021-02-15 17:45:02")
    sent = sent_at(when, 1, 6)
    text = """Madame, Monsieur,

Nous avons l'honneur de vous adresser, en pièce jointe, la contribution de l'Observatoire maghrébin des lieux de privation de liberté (OMLPL) à la revue régionale du Pacte mondial sur les migrations dans la région arabe.

Ce document, établi à partir de 31 visites de centres de rétention et de zones d'attente effectuées entre mars 2019 et décembre 2020, porte principalement sur l'objectif 13 (recours à la détention en dernier ressort) et sur l'accès des personnes retenues à un avocat.

Sous réserve de validation par notre Conseil d'administration le 20 février, nous vous prions de considérer ce document comme CONFIDENTIEL et de ne pas le mettre en ligne d'ici là. Une version définitive pourra vous être adressée après cette date.

Nous vous prions d'agréer, Madame, Monsieur, l'expression de nos salutations distinguées.

Karim Hadj-Ali
Responsable du pôle Monitoring
OMLPL
"""
    pdf = make_pdf(["Observatoire maghrebin des lieux de privation de liberte (OMLPL)",
                    "Contribution a la revision regionale du PMM - CONFIDENTIEL", "Fevrier 2021", "",
                    "1. 31 visites de lieux de retention (2019-2020)", "2. Objectif 13 - detention en dernier ressort",
                    "3. Acces a un avocat et a un interprete", "4. Recommandations"])
    body = multi("mixed", [alt(text, "_000_AM0PR10MB2987D4E5F6A7B8C9_"),
                           attach("application/pdf", pdf, M18_FILE)], "_004_AM0PR10MB2987D4E5F6A7B8C9_")
    m = mk(when, sent, "mail-am0eur10on0652.outbound.protection.outlook.example.com", "40.107.10.152",
           "4DfQ2Xk8Bvz3", "Karim Hadj-Ali <monitoring@omlpl.example.dz>",
           hdr("Contribution de l'OMLPL – revue régionale du PMM (confidentiel)", enc="Q"), M18_ID, body,
           extra=outlook("Contribution de l'OMLPL – revue régionale du PMM", "AdcDq8R2vT5mL1kN9xW3pZ7bY4eHg==",
                         "fr-FR", "yes"))
    add(18, when, m, dict(category="voluntary_report", language="fr", acknowledge=True, on_time=True,
        report_attachments=[M18_FILE],
        notes="detention-monitoring report, PDF name with an accent (RFC 2231 / RFC 2047); marked confidential "
              "until board validation and announces a final version (sent as h199-21)."))


def m19():
    # Arabic: did you receive our report? Outlook reply quoting h199-13
    when = at("2021-02-16 09:32:16")
    sent = sent_at(when, 2, 5)
    text = """صباح الخير،

نرجو التكرم بتأكيد استلام التقرير الطوعي الجماعي الذي أرسلناه يوم الثلاثاء الماضي، إذ لم يصلنا أي إشعار بالاستلام حتى الآن، ونخشى أن يكون حجم المرفق قد حال دون وصوله. هل يلزمنا إرساله مجدداً؟

مع الشكر،
وليد حمدان
منسق الائتلاف

________________________________
From: وليد حمدان <coordinator@aract.example.org>
Sent: Tuesday, February 9, 2021 12:20 PM
To: gcmrrarabstates@iom.int
Subject: التقرير الطوعي الجماعي للائتلاف العربي لمناهضة الاتجار بالبشر

السادة أمانة الاستعراض الإقليمي للاتفاق العالمي للهجرة المحترمين،

يتشرّف الائتلاف العربي لمناهضة الاتجار بالبشر، باسم المنظمات الأعضاء التسع، بأن يرفق لكم تقريره الطوعي الجماعي [...]
"""
    body = alt(text, "_000_VI1PR03MB6620C9D8E7F6A5B4_", rtl=True, b64=True)
    m = mk(when, sent, "mail-vi1eur03on0650.outbound.protection.outlook.example.com", "40.107.3.150",
           "4DfY8Nm3Rqz6", addr("وليد حمدان", "coordinator@aract.example.org"),
           re_hdr("RE: ", "التقرير الطوعي الجماعي للائتلاف العربي لمناهضة الاتجار بالبشر"),
           "<VI1PR03MB6620C9D8E7F6A5B4@VI1PR03MB6620.eurprd03.prod.outlook.example.com>", body,
           extra=outlook("التقرير الطوعي الجماعي", "AQHW/4cR8nT1mK5vL2qZ9bX6pE3dWgABc7Fq", "ar-LB")
           + [("In-Reply-To", M13_ID), ("References", M13_ID)])
    add(19, when, m, dict(category="other", language="ar", acknowledge=True, on_time=None, thread_of="h199-13.eml",
        notes="follow-up asking whether the report of h199-13 arrived; Outlook reply quoting the original (not "
              "'>'-prefixed) without re-attaching it: a question, not a new submission."))


def m20():
    # English: detention monitoring report at the very edge of the report deadline (sender already on 17 Feb)
    when = at("2021-02-16 23:57:40")
    sent = sent_at(when, 4, 9)
    text = """Dear colleagues,

Following my email of 3 February, please find attached the voluntary GCM review report of Detention Watch Gulf, submitted jointly with Migrant-Rights Lawyers Forum and Haven Legal Aid, with Detention Watch Gulf as the submitting organisation.

The detainee testimonies are not included in this document; as suggested, they can be shared separately on a confidential basis if the secretariat wishes.

Apologies for the late hour.

Samira Qasim
Monitoring & Advocacy Lead
Detention Watch Gulf

Sent from my iPad"""
    fname = "DWG_joint_report_GCM_regional_review.pdf"
    pdf = make_pdf(["Detention Watch Gulf - joint voluntary GCM review report",
                    "with Migrant-Rights Lawyers Forum and Haven Legal Aid", "February 2021", "",
                    "1. Monitoring visits 2019-2020", "2. Conditions and length of immigration detention",
                    "3. Access to lawyers and consular assistance", "4. Recommendations"])
    body = multi("mixed", [leaf("text/plain", text, cte="7bit"), attach("application/pdf", pdf, fname)],
                 "Apple-Mail-4C7E2A19-8B3D-4F60-A1E5-2D9C7B0F3E81")
    m = mk(when, sent, "mail-pg1-f178.google.example.com", "209.85.215.178", "4DfZ1Hc5Wkz9",
           "Samira Qasim <samira@detentionwatchgulf.example.org>", "DWG voluntary report - GCM regional review",
           "<6E1B9A2C-3D4F-4A58-B7C0-E9D2F1A8B3C6@detentionwatchgulf.example.org>", body,
           extra=[("X-Mailer", "iPad Mail (18D52)")])
    add(20, when, m, dict(category="voluntary_report", language="en", acknowledge=True, on_time=True,
        report_attachments=[fname],
        notes="edge: received 23:57:40 on 16 February Beirut time; the Date header is already Wed 17 Feb 01:57 "
              "+0400: on time. Joint report of three organisations with a submitting lead; refers to the earlier "
              "question h199-07 but is a new submission (no In-Reply-To; thread_of null)."))


def m21():
    # French: final version of the h199-18 report, after the deadline
    when = at("2021-02-17 11:20:53")
    sent = sent_at(when, 1, 7)
    fname = "Contribution_OMLPL_révision_régionale_PMM_v2.pdf"
    text = """Madame, Monsieur,

Comme annoncé, veuillez trouver ci-joint la version définitive de notre contribution, validée hier soir par le Conseil d'administration. Elle remplace la version du 15 février ; la réserve de confidentialité est levée et le document peut être publié.

Seules les recommandations (section 4) ont été modifiées.

Bien cordialement,

Karim Hadj-Ali
Responsable du pôle Monitoring
OMLPL

-----Message d'origine-----
De : Karim Hadj-Ali <monitoring@omlpl.example.dz>
Envoyé : lundi 15 février 2021 16:45
À : gcmrrarabstates@iom.int
Objet : Contribution de l'OMLPL – revue régionale du PMM (confidentiel)

Madame, Monsieur,

Nous avons l'honneur de vous adresser, en pièce jointe, la contribution de l'Observatoire [...]
"""
    pdf = make_pdf(["Observatoire maghrebin des lieux de privation de liberte (OMLPL)",
                    "Contribution a la revision regionale du PMM - version definitive (v2)", "Fevrier 2021", "",
                    "1. 31 visites de lieux de retention", "2. Objectif 13", "3. Acces a un avocat",
                    "4. Recommandations (revisees)"])
    body = multi("mixed", [alt(text, "_000_AM0PR10MB2987E1F2A3B4C5D6_"), attach("application/pdf", pdf, fname)],
                 "_004_AM0PR10MB2987E1F2A3B4C5D6_")
    m = mk(when, sent, "mail-am0eur10on0659.outbound.protection.outlook.example.com", "40.107.10.159",
           "4DfsT7Lp2Xz4", "Karim Hadj-Ali <monitoring@omlpl.example.dz>",
           hdr("RE: Contribution de l'OMLPL – revue régionale du PMM – version définitive", enc="Q"),
           "<AM0PR10MB2987E1F2A3B4C5D6@AM0PR10MB2987.eurprd10.prod.outlook.example.com>", body,
           extra=outlook("Contribution de l'OMLPL – revue régionale du PMM", "AdcDq8R2vT5mL1kN9xW3pZ7bY4eHgAAh2Kc=",
                         "fr-FR", "yes") + [("In-Reply-To", M18_ID), ("References", M18_ID)])
    add(21, when, m, dict(category="voluntary_report", language="fr", acknowledge=True, on_time=False,
        report_attachments=[fname], thread_of="h199-18.eml",
        notes="final version replacing the report of h199-18 (In-Reply-To set), received after the report "
              "deadline although the first version was on time (as dev 053); lifts the confidentiality "
              "reservation; Outlook French quote header."))


def m22():
    # Arabic windows-1256: statelessness initiative, report DOCX + speaker, both late
    when = at("2021-02-18 13:02:11")
    sent = sent_at(when, 3, 5)
    text = """السادة المنظمة الدولية للهجرة المحترمين،

تحية طيبة وبعد،

نرفق لكم مساهمة مبادرة الحق في الجنسية في الاستعراض الإقليمي، وهي ورقة تتناول أوضاع الأطفال المولودين لأمهات مواطنات وآباء أجانب أو عديمي الجنسية، وصعوبات تسجيل المواليد للمهاجرين غير النظاميين، والقضايا التي ترافعت فيها المبادرة أمام المحاكم الإدارية.

نعتذر عن التأخير في الإرسال، فقد علمنا بتمديد المهلة متأخرين.

كما نرجو، إن أمكن، إتاحة الفرصة للمحامية سلمى الخطيب، المستشارة القانونية للمبادرة، للمداخلة في المائدة المستديرة الرابعة.

مع خالص الشكر،
سلمى الخطيب
المستشارة القانونية
مبادرة الحق في الجنسية
"""
    fname = "ورقة_مبادرة_الحق_في_الجنسية.docx"
    doc = make_docx(["مبادرة الحق في الجنسية", "مساهمة في الاستعراض الإقليمي للاتفاق العالمي للهجرة",
                     "انعدام الجنسية وتسجيل المواليد", "التوصيات"])
    body = multi("mixed", [alt(text, "----=_NextPart_001_01D705E8.3C2B1A90", rtl=True, charset="windows-1256"),
                           attach(DOCX, doc, fname)], "----=_NextPart_000_01D705E8.3C2B1A90")
    m = mk(when, sent, "mail.nationality-right.example.org", "185.12.77.40", "4DgK5Qw9Ntz2",
           addr("سلمى الخطيب", "salma@nationality-right.example.org", "windows-1256"),
           hdr("مساهمة مبادرة الحق في الجنسية وطلب مداخلة", "windows-1256"),
           "<000b01d705e8$3c2b1a90$b4815fb0$@nationality-right.example.org>", body,
           extra=[("X-Mailer", "Microsoft Outlook 14.0"), ("Content-Language", "ar-kw")])
    add(22, when, m, dict(category="both", language="ar", acknowledge=True, on_time=False, speakers=[
        sp("سلمى الخطيب", "المستشارة القانونية", "مبادرة الحق في الجنسية", ["roundtable"], 4)],
        report_attachments=[fname],
        notes="both, and both parts late (report after 16 February, speaker after 5 February); windows-1256 text "
              "with an Arabic DOCX file name; the sender proposes herself in the third person ('المحامية' "
              "dropped); title from the signature ('المستشارة القانونية'), the body says the same 'للمبادرة'; "
              "roundtable as an ordinal word ('الرابعة')."))


def m23():
    # English HTML-only: a lawyer nominates herself and her migrant client, late
    when = at("2021-02-19 10:05:34")
    sent = sent_at(when, 2, 6)
    inner = """<div style="font-family:Arial,sans-serif;font-size:10pt">
<p>Dear Sir/Madam,</p>
<p><b>Re: Participation in the GCM Regional Review &ndash; our ref. AZP/IMM/2020/117</b></p>
<p>I act for Mr. Joseph Mensah under a signed letter of authority dated 14 January 2021. Mr. Mensah is a former migrant construction worker whose case concerning unpaid wages and his subsequent detention is currently before the Labour Court. With his informed consent, I am writing to ask whether he could speak in the open discussion of the multi-stakeholder consultation on 23 February, to give a first-hand account.</p>
<p>I would also like to request a floor intervention in Roundtable 3 for myself, to address access to legal remedies for detained migrant workers:</p>
<p>Hanan Aziz<br>Managing Partner<br>Aziz &amp; Partners Law Firm</p>
<p>I am aware that the deadline for speakers was 5 February and apologise for the delay, which was due to the time needed to obtain my client's consent. Mr. Mensah has asked that his name not appear in any public list of speakers.</p>
<p>Yours faithfully,</p>
<p>Hanan Aziz<br>
<span style="color:#7f7f7f">Managing Partner | Aziz &amp; Partners Law Firm<br>
This e-mail is confidential and may be legally privileged.</span></p>
</div>"""
    body = html_only(inner, b64=True)
    m = mk(when, sent, "mail-co1nam11on2091.outbound.protection.outlook.example.com", "40.107.220.91",
           "4DhB2Wt6Mpz1", "Hanan Aziz <h.aziz@azizpartners.example.com>",
           "Participation in the GCM Regional Review - our ref. AZP/IMM/2020/117",
           "<CO1PR11MB4913A7B6C5D4E3F2@CO1PR11MB4913.namprd11.prod.outlook.example.com>", body,
           extra=outlook("Participation in the GCM Regional Review - our ref. AZP/IMM/2020/117",
                         "AQHXBm4Tq9Lz2Kp7Rc1Nv5Wd8Yh3Fg=="))
    add(23, when, m, dict(category="speaker_request", language="en", acknowledge=True, on_time=False, speakers=[
        sp("Joseph Mensah", None, None, ["open_discussion"]),
        sp("Hanan Aziz", "Managing Partner", "Aziz & Partners Law Firm", ["roundtable"], 3)],
        notes="late (19 February); HTML-only (base64); a lawyer nominates her client (an individual migrant, no "
              "title or organisation: null, not covered by dev, as a secretary would record it; 'Mr.' dropped) "
              "and herself; '&amp;' entity in the firm name; confidentiality request for the client's name."))


def m24():
    # French: logistics/confidentiality question replying to h199-08
    when = at("2021-02-20 09:15:27")
    sent = sent_at(when, 1, 5)
    text = """Madame, Monsieur,

Pour faire suite à notre envoi du 4 février, nous souhaiterions savoir :

- si la liste des participants et des intervenants sera rendue publique, car certaines des personnes migrantes accompagnées par la clinique souhaiteraient assister à la Conférence en tant qu'observatrices sans que leur nom soit diffusé ;
- si une interprétation vers l'anglais sera assurée lors de la table ronde 1 ;
- si le lien de connexion sera transmis nominativement.

Nous vous remercions par avance de votre réponse.

Bien cordialement,

--
Amel Jaziri
Directrice de la clinique
Clinique juridique Hijra

Le 04/02/2021 à 15:30, Amel Jaziri a écrit :
> Madame, Monsieur,
>
> Au nom de la Clinique juridique Hijra de la Faculté de droit et des
> sciences politiques de Sousse, j'ai le plaisir de vous transmettre en
> pièce jointe notre contribution écrite [...]
"""
    txt = leaf("text/plain", flowed(text), params=[("format", "flowed")])
    m = mk(when, sent, "smtp.droit-sousse.example.tn", "41.229.18.6", "4DhW9Cs3Lqz8",
           "Amel Jaziri <amel.jaziri@droit-sousse.example.tn>",
           hdr("Re: Contribution écrite et demande d'intervention - Clinique juridique Hijra", enc="Q"),
           "<e5d4c3b2-a190-4f8e-8d7c-6b5a49382716@droit-sousse.example.tn>", txt,
           extra=[("User-Agent", "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:78.0) Gecko/20100101 Thunderbird/78.7.0"),
                  ("Content-Language", "fr"), ("In-Reply-To", M08_ID), ("References", M08_ID)])
    add(24, when, m, dict(category="other", language="fr", acknowledge=True, on_time=None, thread_of="h199-08.eml",
        notes="follow-up questions (public participant list, interpretation, connection link) replying to "
              "h199-08; migrants wishing to attend as observers are not speaker requests; the quoted original "
              "mentions the report but nothing is re-sent."))


def main():
    for f in (m01, m02, m03, m04, m05, m06, m07, m08, m09, m10, m11, m12, m13, m14, m15, m16, m17, m18, m19,
              m20, m21, m22, m23, m24):
        f()
    SET.write()


if __name__ == "__main__":
    main()
