#!/usr/bin/env python3
"""Write the blind evaluation set holdout216 (24 raw .eml messages + labels.json).

Deterministic, standard library only:  python3 tests/data/make_eval_sets216.py
Theme: the edges of the invitation (28 January - 3 March 2021).  Someone who only wants to attend, a request to
moderate a roundtable and one to sit on a 'panel' (roles the letter does not offer), one speaker for the
consultation AND the conference, a 'see attached' phone message whose speaker form is a DOCX, a reply to our
acknowledgement adding a second speaker, a replacement, a withdrawn rapporteur request and a withdrawn report,
a question whether a report may be in Arabic or late, a report written for another regional review (and the
bounce of its acknowledgement), and the mail after the conference: thanks with a late report, the rapporteur's
key messages, a report sent in March.  Helpers from mailgen.py.
"""
import datetime as dt

from mailgen import (EvalSet, DOCX, addr, alt, at, attach, dsn_report, flowed, gmail_html, hdr, html_only, leaf,
                     make_docx, mk, multi, re_hdr, rep_pdf, rfcdate, sent_at, sp, std_rows, top)
from mailgen import outlook_rows as outlook
from mailgen import quote_block as gt, ack_id as ack_mid, logo

SET = EvalSet(216)
add = SET.add
H = "h216-%02d.eml"

TB = "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:78.0) Gecko/20100101 Thunderbird/78.7.0"
IPHONE = "iPhone Mail (18C66)"


def plain(text, charset="utf-8", cte="quoted-printable"):
    return leaf("text/plain", text, charset, cte)


# ================================================================ 01  EN  other  wants to attend, not to speak
def m01():
    when = at("2021-01-28 11:02:41")
    text = """Hello,

Thanks for the invitation to the regional review. We are not planning to take the floor this time and we have no report of our own, but two of us would like to follow the consultation on 23 Feb and the conference sessions as observers.

- Nadia Farouk, Senior Advocacy Officer
- Tom Whitfield, Policy Intern

Both from the Mixed Migration Support Hub (MMSH), Cairo office. Could you let us know whether we need to register somewhere and whether the link will be the same for both days?

Thanks a lot,
Nadia

--
Nadia Farouk
Senior Advocacy Officer | MMSH
"""
    body = alt(text, "0000000000009c3e1f05ba06d2a1", html=gmail_html(text))
    m = mk(when, sent_at(when, 2, 5), "mail-ej1-f41.google.example.com", "192.0.2.41", "4DRh0t2Lq8z1",
           "Nadia Farouk <nadia.farouk.mmsh@gmail.example.com>", "Attending the regional review (no speaking role)",
           "<CAKp3xQv7dN0aW2m+T9rLz4eY1uJk6bH8sF@mail.gmail.example.com>", body)
    add(1, when, m, dict(category="other", language="en", acknowledge=True, on_time=None,
        notes="wants to attend as observers only ('not planning to take the floor'): names, titles and an "
              "organisation are given, but no speaking role is requested, so no speakers (as dev 007)."))


# ================================================================ 02  FR  speaker  asks to MODERATE a roundtable (role not offered)
M02_ID = "<PR2P264MB0871D4C2A9E13F57@PR2P264MB0871.FRAP264.PROD.OUTLOOK.example.com>"


def m02():
    when = at("2021-01-29 15:40:18")
    subj = "Proposition de modération - Table ronde 2 - Conférence d'examen régional"
    text = """Madame, Monsieur,

Faisant suite à votre courrier d'invitation, l'Alliance Maghrébine pour la Mobilité Équitable (AMME) a l'honneur de proposer sa directrice exécutive, Mme Samia Kharroubi, pour assurer la modération de la table ronde thématique n°2 lors de la Conférence d'examen régional des 24 et 25 février 2021.

Mme Kharroubi a animé de nombreux dialogues régionaux sur la migration de travail et la protection sociale des travailleurs migrants ; son CV est disponible sur demande.

Dans l'attente de votre retour, nous vous prions d'agréer, Madame, Monsieur, l'expression de nos salutations distinguées.

Karim Ait Oufella
Chargé de communication
Alliance Maghrébine pour la Mobilité Équitable (AMME)
Alger - Algérie
"""
    html = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>'
            '<body lang="FR"><div class="WordSection1">%s</div></body></html>\n'
            % "".join('<p class="MsoNormal">%s<o:p></o:p></p>' % p.replace("\n", "<br>") for p in text.split("\n\n")))
    body = multi("alternative", [plain(text), leaf("text/html", html)], "_000_PR2P264MB0871D4C2A9E13F57_")
    m = mk(when, sent_at(when, 1, 6), "mail-pr2fra01on0609.outbound.protection.outlook.example.com",
           "198.51.100.61", "4DSK6m1Bpzz3", addr("Karim Ait Oufella", "k.aitoufella@amme.example.org"),
           hdr(subj, enc="Q"), M02_ID, body, extra=outlook(subj, "AQHW9kG2rT5mPxYc0k2iQ1x7bE4v8A==", lang="fr-FR"))
    add(2, when, m, dict(category="speaker_request", language="fr", acknowledge=True, on_time=True, speakers=[
        sp("Samia Kharroubi", "directrice exécutive", "Alliance Maghrébine pour la Mobilité Équitable (AMME)", [])],
        notes="asks for a MODERATOR role for roundtable 2, which the letter does not offer (only floor "
              "interventions): recorded as a speaking-role request with roles empty and roundtable null (roundtable "
              "is only set with the roundtable role); the acknowledgement should say which roles exist. The sender "
              "(communication officer) is not the proposed person; 'Mme' dropped; the title is written in prose "
              "('sa directrice exécutive'); the city/country line of the signature is not part of the affiliation."))


# ================================================================ 03  AR  speaker  consultation AND conference (roundtable 1)
M03_ID = "<CAG9vR1sT2kWq8eYb4N0pLm5xZ7cD3fH6jA@mail.gmail.example.com>"
M03_SUBJ = "طلب مشاركة متحدث في المشاورة والمؤتمر - الشبكة العربية لحقوق المهاجرين"
M03_TEXT = """السادة القائمون على الاستعراض الإقليمي للاتفاق العالمي من أجل الهجرة الآمنة والمنظمة والنظامية،
تحية طيبة وبعد،

يسرّ الشبكة العربية لحقوق المهاجرين أن تتقدم بطلب مشاركة ممثلها في فعاليتين:

- النقاش المفتوح في مشاورة أصحاب المصلحة المتعددين يوم ٢٣ فبراير،
- ومداخلة في المائدة المستديرة المواضيعية الأولى خلال المؤتمر يومي ٢٤ و٢٥ فبراير.

الاسم: عمر الزعبي
الصفة: منسق البرامج الإقليمية
الجهة: الشبكة العربية لحقوق المهاجرين (ANMR)

مع خالص الشكر والتقدير،
عمر الزعبي
"""


def m03():
    when = at("2021-01-31 10:15:09")
    body = alt(M03_TEXT, "000000000000d41a7c05ba2e93f0", html=gmail_html(M03_TEXT, rtl=True))
    m = mk(when, sent_at(when, 2, 4), "mail-wm1-f47.google.example.com", "192.0.2.47", "4DT4k02Vmhz6",
           addr("عمر الزعبي", "omar.zoubi.anmr@gmail.example.com"), hdr(M03_SUBJ), M03_ID, body)
    add(3, when, m, dict(category="speaker_request", language="ar", acknowledge=True, on_time=True, speakers=[
        sp("عمر الزعبي", "منسق البرامج الإقليمية", "الشبكة العربية لحقوق المهاجرين (ANMR)",
           ["open_discussion", "roundtable"], 1)],
        notes="one speaker for both events: the consultation's open discussion (23 Feb) and roundtable 1 of the "
              "conference ('الأولى', ordinal word). Latin acronym beside the Arabic name, kept. A second speaker is "
              "added in a reply to our acknowledgement (h216-09)."))


# ================================================================ 04  EN  both  report PDF + rapporteur, sent by an assistant
M04_ID = "<AM6PR08MB4213B7E90C1A5D62@AM6PR08MB4213.eurprd08.prod.outlook.example.com>"
M04_SUBJ = "GCM voluntary review report + rapporteur nomination - Migrant-Rights Working Group Lebanon"
M04_FILE = "MRWG-Lebanon_GCM_voluntary_review_Jan2021.pdf"
M04_TEXT = """Dear GCM Regional Review team,

On behalf of Ms. Rania Abou Jaoude, Executive Director of the Migrant-Rights Working Group Lebanon (MRWG), please find attached the Working Group's voluntary GCM review report, prepared with our 14 member organisations.

In addition, MRWG would like to propose Ms. Abou Jaoude to serve as rapporteur delivering the stakeholders' key messages at the multi-stakeholder consultation.

Speaker: Rania Abou Jaoude
Position: Executive Director
Organisation: Migrant-Rights Working Group Lebanon (MRWG)

Kind regards,

Lina Haddad
Executive Assistant to the Director
Migrant-Rights Working Group Lebanon (MRWG)
Badaro, Beirut | +961 0 000 000
"""


def m04():
    when = at("2021-02-01 09:48:27")
    pdf = rep_pdf("Voluntary GCM Review Report", "Migrant-Rights Working Group Lebanon (MRWG)",
                  ["Context and methodology (14 member organisations)", "GCM objectives 2, 6 and 7",
                   "Impact of the 2020 crises", "Recommendations"])
    html = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body lang="EN-US">'
            '<div class="WordSection1">%s<p><img width="90" height="45" src="cid:image001.png@01D6F87B.2A1C3E40">'
            '</p></div></body></html>\n' % "".join('<p class="MsoNormal">%s</p>' % p.replace("\n", "<br>")
                                                    for p in M04_TEXT.split("\n\n")))
    rel = multi("related", [leaf("text/html", html), logo("image001.png@01D6F87B.2A1C3E40", (0, 120, 80))],
                "_004_AM6PR08MB4213B7E90C1A5D62_", params=[("type", '"text/html"')])
    a = multi("alternative", [plain(M04_TEXT), rel], "_000_AM6PR08MB4213B7E90C1A5D62_")
    body = multi("mixed", [a, attach("application/pdf", pdf, M04_FILE)], "_005_AM6PR08MB4213B7E90C1A5D62_")
    m = mk(when, sent_at(when, 2, 8), "mail-am6eur08on0620.outbound.protection.outlook.example.com", "198.51.100.20",
           "4DTdX54Fjqz9", "Lina Haddad <l.haddad@mrwg-lb.example.org>", M04_SUBJ, M04_ID, body,
           extra=outlook(M04_SUBJ, "AdcYpQ7n3Vb1c2T4u5W6x7Y8z9a0Bw==", has_attach="yes"))
    add(4, when, m, dict(category="both", language="en", acknowledge=True, on_time=True,
        speakers=[sp("Rania Abou Jaoude", "Executive Director", "Migrant-Rights Working Group Lebanon (MRWG)",
                     ["rapporteur"])],
        report_attachments=[M04_FILE],
        notes="both, on time; sent by the director's executive assistant (her own title in the signature is not a "
              "speaker); 'Ms.' dropped; 'Lebanon' is part of the organisation's name here, not a trailing place. "
              "Inline logo image001.png is not part of the report. Its acknowledgement gets an out-of-office "
              "(h216-05); the rapporteur request is withdrawn later (h216-15)."))


# ================================================================ 05  EN  auto_reply  out of office answering our acknowledgement of 04
def m05():
    when = at("2021-02-01 09:49:33")
    text = """Thank you for your message.

I am out of the office until Monday 8 February with limited access to email. For anything urgent regarding MRWG, please write to info@mrwg-lb.example.org.

Best,
Lina Haddad
"""
    body = alt(text, "_000_AM6PR08MB4213OOF20210201_")
    rows = std_rows(when, "mail-am6eur08on0620.outbound.protection.outlook.example.com", "198.51.100.20",
                    "4DTdYq0Lsnz2", "Lina Haddad <l.haddad@mrwg-lb.example.org>",
                    "Automatic reply: Acknowledgement of receipt - " + M04_SUBJ,
                    rfcdate(sent_at(when, 2, 2)),
                    "<AM6PR08MB4213OOF5C1D9E2A@AM6PR08MB4213.eurprd08.prod.outlook.example.com>",
                    extra=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")])
    rows = [("Return-Path", "<>")] + rows[1:]
    rows += [("In-Reply-To", ack_mid("4DTdX54Fjqz9")), ("References", ack_mid("4DTdX54Fjqz9")),
             ("Content-Language", "en-US")]
    add(5, when, top(body, rows), dict(category="auto_reply", language="en", acknowledge=False, on_time=None,
        notes="Exchange out-of-office of the sender of h216-04 answering our acknowledgement a minute later (null "
              "Return-Path, Auto-Submitted). Never acknowledge; thread_of null as for dev auto-replies."))


# ================================================================ 06  AR  speaker  'see attached' from a phone, details only in a DOCX form
M06_FILE = "استمارة طلب مداخلة.docx"


def m06():
    when = at("2021-02-02 19:22:50")
    text = """مرفق الاستمارة

هالة منصور

أُرسلت من الـ iPhone الخاص بي
"""
    form = make_docx(["استمارة طلب دور متحدث - الاستعراض الإقليمي للاتفاق العالمي من أجل الهجرة",
                      "الاسم الكامل: هالة منصور",
                      "المسمى الوظيفي: مسؤولة المناصرة",
                      "الجهة: جمعية تضامن للعمال المهاجرين",
                      "الدور المطلوب: مداخلة في المائدة المستديرة المواضيعية ٢",
                      "البريد الإلكتروني: hala.mansour@tadamon.example.org"])
    body = multi("mixed", [plain(text), attach(DOCX, form, M06_FILE)], "Apple-Mail-6F1A2B3C-4D5E-6F70-8192-A3B4C5D6E7F8")
    m = mk(when, sent_at(when, 2, 9), "smtp.tadamon.example.org", "203.0.113.66", "4DV1rg3Jc9z4",
           addr("Hala Mansour", "hala.mansour@tadamon.example.org"), hdr("استمارة"),
           "<3E7A9C21-5B4D-4F18-8C6A-2D0E1F9B7A45@tadamon.example.org>", body, extra=[("X-Mailer", IPHONE)])
    add(6, when, m, dict(category="speaker_request", language="ar", acknowledge=True, on_time=True, speakers=[
        sp("هالة منصور", "مسؤولة المناصرة", "جمعية تضامن للعمال المهاجرين", ["roundtable"], 2)],
        notes="the body only says 'مرفق الاستمارة' (see the attached form) plus a name; the title, organisation "
              "and role are only in the attached DOCX speaker form (so check_labels cannot find them in the message "
              "text: expected warnings). The form is not a report: no report_attachments. English display name, "
              "one-word Arabic subject."))


# ================================================================ 07  FR  other  may the report be in Arabic? may it come late?
def m07():
    when = at("2021-02-03 10:05:36")
    text = """Bonjour,

Nous préparons actuellement le rapport volontaire de notre coalition sur la mise en œuvre du Pacte mondial au Maroc. Deux questions avant l'envoi :

1) Le rapport a été rédigé en arabe par nos associations membres. Pouvons-nous le transmettre en arabe seulement, ou une traduction en français ou en anglais est-elle exigée ?
2) Si la traduction est nécessaire, il nous faudra une dizaine de jours de plus. Un envoi vers le 25 février serait-il encore accepté, ou le 16 février est-il impératif ?

Merci d'avance pour votre réponse.

Cordialement,
Hicham Lamrani
Coordination Migrations et Droits - Maroc
"""
    body = leaf("text/plain", flowed(text), "utf-8", "8bit", params=[("format", "flowed")])
    m = mk(when, sent_at(when, 1, 3), "smtp.cmd-maroc.example.org", "203.0.113.70", "4DVSx70Kpbz1",
           addr("Hicham Lamrani", "h.lamrani@cmd-maroc.example.org"),
           hdr("Question : rapport volontaire en langue arabe / délai", enc="Q"),
           "<a0c3f9e2-6d1b-4e7a-9b25-c84d0e1f3a62@cmd-maroc.example.org>", body,
           extra=[("User-Agent", TB), ("Content-Language", "fr")])
    add(7, when, m, dict(category="other", language="fr", acknowledge=True, on_time=None,
        notes="questions only: may the report be in Arabic only, and may it be sent around 25 February (after the "
              "16 February deadline)? Keyword-heavy (rapport volontaire, dates) but nothing is submitted."))


# ================================================================ 08  EN  speaker  'panellist' in roundtable 3, HTML-only
M08_ID = "<0102017765a1c3d4-8e2f4b6a-1c9d-4e3f-a7b8-5d6e7f809a1b-000000@email.example-ses.com>"
M08_SUBJ = "Panellist proposal - Roundtable 3 (labour migration)"


def m08():
    when = at("2021-02-03 16:30:12")
    inner = """<p>Dear Secretariat,</p>
<p>The Institute for Labour Mobility Studies would be delighted to contribute to the Regional Review Conference. We would like to propose our Research Director as a <b>panellist</b> for <b>Roundtable 3</b>, where she could present our findings on recruitment fees in the Gulf corridors.</p>
<table border="1" cellpadding="4" style="border-collapse:collapse">
<tr><td><b>Name</b></td><td>Dr. Meera Krishnan</td></tr>
<tr><td><b>Title</b></td><td>Research Director</td></tr>
<tr><td><b>Organization</b></td><td>Institute for Labour Mobility Studies (ILMS), Doha</td></tr>
</table>
<p>We would of course be happy to share slides in advance.</p>
<p>With best regards,<br>Daniel Osei<br>Events &amp; Partnerships Manager, ILMS</p>"""
    body = html_only(inner, newlines=True)
    m = mk(when, sent_at(when, 3, 2), "a8-31.smtp-out.example-ses.com", "198.51.100.131", "4DVhG12Rnqz7",
           '"Osei, Daniel" <d.osei@ilms.example.edu>', M08_SUBJ, M08_ID, body)
    add(8, when, m, dict(category="speaker_request", language="en", acknowledge=True, on_time=True, speakers=[
        sp("Meera Krishnan", "Research Director", "Institute for Labour Mobility Studies (ILMS)", ["roundtable"], 3)],
        notes="HTML-only with a table; asks for a PANELLIST seat, which the letter does not offer: a careful "
              "secretary registers the request under the roundtable named (3) as the nearest offered role, and the "
              "acknowledgement should explain that only floor interventions exist. 'Dr.' dropped; ', Doha' after "
              "the organisation is a place, not part of the affiliation. Replaced later by h216-11."))


# ================================================================ 09  AR  speaker  reply to our acknowledgement of 03 adding a second speaker
def m09():
    when = at("2021-02-04 12:10:44")
    ack = ack_mid("4DT4k02Vmhz6")
    new = """شكراً جزيلاً على التأكيد.

نود إضافة متحدثة ثانية من الشبكة، وهي الأستاذة رنا الخطيب، باحثة قانونية في الشبكة العربية لحقوق المهاجرين، لتقديم مداخلة في الجلسة العامة للمؤتمر إن أمكن ذلك. أما مشاركة الزميل عمر فتبقى كما هي.

مع التحية،
عمر
"""
    quoted = """السيد عمر الزعبي المحترم،

شكراً لرسالتكم "%s". نؤكد استلام طلبكم لدور متحدث (متحدث واحد). ستتواصل معكم الأمانة بشأن البرنامج.

الاستعراض الإقليمي للاتفاق العالمي من أجل الهجرة - المنطقة العربية""" % M03_SUBJ
    text = new + "\nفي الأحد، ٣١ يناير ٢٠٢١ في ١٠:١٧ ص كتب GCM Regional Review Arab States <gcmrrarabstates@iom.int>:\n\n" + gt(quoted) + "\n"
    body = alt(text, "000000000000f2b09a05ba83c417", html=gmail_html(text, rtl=True))
    m = mk(when, sent_at(when, 2, 5), "mail-wm1-f52.google.example.com", "192.0.2.52", "4DVq0x5Gtwz8",
           addr("عمر الزعبي", "omar.zoubi.anmr@gmail.example.com"),
           re_hdr("Re: ", "إشعار استلام - " + M03_SUBJ),
           "<CAG9vR1sT2kWq8eYb4N0pLm5xZ7cD3fH6jA+2B@mail.gmail.example.com>", body,
           extra=[("In-Reply-To", ack), ("References", M03_ID + " " + ack)])
    add(9, when, m, dict(category="speaker_request", language="ar", acknowledge=True, on_time=True,
        thread_of=H % 3, speakers=[
            sp("رنا الخطيب", "باحثة قانونية", "الشبكة العربية لحقوق المهاجرين", ["plenary"])],
        notes="reply to our acknowledgement of h216-03 (References names it) that ADDS a second speaker: it "
              "brings something new, so it is acknowledged. Only the new speaker is listed (the first one stays as "
              "recorded from h216-03 and is only mentioned, 'تبقى كما هي'). 'الأستاذة' is an honorific, dropped; "
              "name/title/affiliation in one prose sentence; affiliation written without the acronym here."))


# ================================================================ 10  FR  speaker  two speakers in a pasted form, sent by the secretariat of a union
def m10():
    when = at("2021-02-05 21:14:03")
    text = """Bonsoir,

Au nom du Bureau exécutif de l'UTAM, je vous transmets ci-dessous les deux formulaires de demande de prise de parole, remplis par nos représentants (copiés depuis le modèle Word, désolée pour la mise en forme).

-------------------------------------------
FORMULAIRE DE DEMANDE DE PRISE DE PAROLE
1. Nom et prénom : Salma BOUAZIZI
2. Fonction : Vice-présidente
3. Organisation : Union Tunisienne des Associations de Migrants (UTAM)
4. Intervention souhaitée :
   [X] Séance plénière
   [ ] Table ronde thématique n° ___
   [ ] Discussion ouverte (consultation du 23/02)
   [ ] Rapporteur
-------------------------------------------
FORMULAIRE DE DEMANDE DE PRISE DE PAROLE
1. Nom et prénom : Anis GHARBI
2. Fonction : Chargé de projets migration et emploi
3. Organisation : Union Tunisienne des Associations de Migrants (UTAM) - bureau régional de Sfax
4. Intervention souhaitée :
   [ ] Séance plénière
   [X] Table ronde thématique n° 4
   [ ] Discussion ouverte (consultation du 23/02)
   [ ] Rapporteur
-------------------------------------------

Bien à vous,

Sonia Mabrouk
Assistante administrative - Secrétariat de l'UTAM
"""
    body = alt(text, "----=_Part_48213_1650977433.1612552443118")
    m = mk(when, sent_at(when, 1, 4), "smtp.topnet.example.tn", "203.0.113.92", "4DXYpk2R1xz5",
           addr("Secrétariat UTAM", "secretariat.utam@topnet.example.tn", enc="Q"),
           hdr("Demandes de prise de parole - UTAM (2 intervenants)", enc="Q"),
           "<1180374922.48214.1612552443120@webmail.topnet.example.tn>", body,
           extra=[("X-Mailer", "Zimbra 8.8.15_GA_3869 (ZimbraWebClient - GC88 (Win)/8.8.15_GA_3869)")])
    add(10, when, m, dict(category="speaker_request", language="fr", acknowledge=True, on_time=True, speakers=[
        sp("Salma Bouazizi", "Vice-présidente", "Union Tunisienne des Associations de Migrants (UTAM)", ["plenary"]),
        sp("Anis Gharbi", "Chargé de projets migration et emploi",
           "Union Tunisienne des Associations de Migrants (UTAM)", ["roundtable"], 4)],
        notes="two speakers in a pasted Word form with tick boxes ('[X]'); family names in capitals after the first "
              "name ('Salma BOUAZIZI'), recorded in ordinary case as a secretary would type them; the second "
              "organisation line ends with '- bureau régional de Sfax' (a local office/place, not part of the "
              "affiliation, as dev 004/024). Sent by an administrative assistant from a shared mailbox whose "
              "display name is the organisation."))


# ================================================================ 11  EN  speaker  replaces the 'panellist' of 08, 23:52 on the deadline day
def m11():
    when = at("2021-02-05 23:52:37")
    inner = """<p>Dear colleagues,</p>
<p>Thank you for your call this afternoon clarifying that the roundtables have no panels and that the floor is open to stakeholders for interventions. Unfortunately Dr. Krishnan will be travelling on 24-25 February, so we would like to withdraw her name and put forward instead:</p>
<p>Mr. Yusuf Al-Mannai<br>Senior Researcher<br>Institute for Labour Mobility Studies (ILMS)</p>
<p>for a floor intervention in Roundtable 3, as in our first message.</p>
<p>Apologies for the late hour,<br>Daniel</p>
<hr>
<p><b>From:</b> Osei, Daniel &lt;d.osei@ilms.example.edu&gt;<br><b>Sent:</b> Wednesday, February 3, 2021 5:30 PM<br><b>To:</b> gcmrrarabstates@iom.int<br><b>Subject:</b> %s</p>
<blockquote>
<p>The Institute for Labour Mobility Studies would be delighted to contribute to the Regional Review Conference. We would like to propose our Research Director as a panellist for Roundtable 3.</p>
<p>Name: Dr. Meera Krishnan &middot; Title: Research Director &middot; Organization: Institute for Labour Mobility Studies (ILMS), Doha</p>
</blockquote>""" % M08_SUBJ
    body = html_only(inner, newlines=True)
    m = mk(when, sent_at(when, 3, 3), "a8-44.smtp-out.example-ses.com", "198.51.100.144", "4DXb9w0Lhcz2",
           '"Osei, Daniel" <d.osei@ilms.example.edu>', "RE: " + M08_SUBJ,
           "<0102017773e0f1a2-b3c4d5e6-7f80-4a91-b2c3-d4e5f6a7b8c9-000000@email.example-ses.com>", body,
           extra=[("In-Reply-To", M08_ID), ("References", M08_ID)])
    add(11, when, m, dict(category="speaker_request", language="en", acknowledge=True, on_time=True,
        thread_of=H % 8, speakers=[
            sp("Yusuf Al-Mannai", "Senior Researcher", "Institute for Labour Mobility Studies (ILMS)", ["roundtable"], 3)],
        notes="replaces the proposed speaker of h216-08 (In-Reply-To set) after the secretariat explained by phone "
              "that there are no panels; received 23:52:37 on 5 February Beirut time (Sat 00:52 +0300 in the Date "
              "header): on time. The quoted original still names the old speaker; only the new one is recorded. "
              "'Mr.' dropped."))


# ================================================================ 12  FR  speaker  details only in the signature, late (Saturday 6 February)
def m12():
    when = at("2021-02-06 09:31:20")
    text = """Bonjour,

Je me permets de vous écrire avec un peu de retard (je n'ai reçu l'invitation que jeudi soir par un collègue) : je souhaiterais intervenir lors d'une séance plénière de la Conférence d'examen régional, sur les mineurs non accompagnés au Maroc, thème sur lequel porte notre enquête de terrain 2019-2020.

Si la date limite d'hier ne peut pas être assouplie, je comprendrai tout à fait.

Bien cordialement,

--
Dr Fatima-Zahra Benali
Enseignante-chercheuse, Département de sociologie
Faculté des lettres et des sciences humaines, Université Mohammed V de Rabat
"""
    body = alt(text, "000000000000a7c3d205baa5e1f9", html=gmail_html(text))
    m = mk(when, sent_at(when, 1, 6), "mail-lf1-f66.google.example.com", "192.0.2.66", "4DXrMv3Q2pz0",
           "Fatima-Zahra Benali <fz.benali.um5@gmail.example.com>", hdr("Demande d'intervention - séance plénière", enc="Q"),
           "<CAHr2qT8yUe0bN4m+Kd6Xv1sPz9Wf3aL7cJ@mail.gmail.example.com>", body)
    add(12, when, m, dict(category="speaker_request", language="fr", acknowledge=True, on_time=False, speakers=[
        sp("Fatima-Zahra Benali", "Enseignante-chercheuse, Département de sociologie",
           "Faculté des lettres et des sciences humaines, Université Mohammed V de Rabat", ["plenary"])],
        notes="late (Saturday 6 February, 09:31) and says so; the sender proposes herself and her name, title and "
              "affiliation are only in the signature; 'Dr' dropped; title written with its unit (kept, as dev 012); "
              "the affiliation line is recorded whole (faculty + university; 'de Rabat' is part of the university's "
              "name)."))


# ================================================================ 13  FR  both  report DOCX on time, speaker part late
M13_FILE = "Rapport_volontaire_ATAM_PMM_2021.docx"


def m13():
    when = at("2021-02-08 14:00:51")
    subj = "Rapport volontaire + demande d'intervention - ATAM"
    text = """Madame, Monsieur,

L'Association Tunisienne pour l'Accueil des Migrants (ATAM) a le plaisir de vous transmettre en pièce jointe son rapport volontaire d'examen du Pacte mondial pour les migrations.

Par ailleurs, notre Président, M. Nabil Trabelsi, souhaiterait prendre la parole lors de la table ronde thématique I. Nous savons que le délai des demandes d'intervention était fixé au 5 février ; nous vous serions reconnaissants de bien vouloir examiner notre demande malgré ce retard.

Veuillez agréer, Madame, Monsieur, nos salutations distinguées.

Imen Chaouch
Secrétaire générale
Association Tunisienne pour l'Accueil des Migrants (ATAM)
"""
    docx = make_docx(["Rapport volontaire d'examen du Pacte mondial pour les migrations",
                      "Association Tunisienne pour l'Accueil des Migrants (ATAM)",
                      "1. Contexte", "2. Objectifs 4, 7 et 15", "3. Recommandations"])
    html = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body lang="FR">'
            '<div class="WordSection1">%s</div></body></html>\n'
            % "".join('<p class="MsoNormal">%s</p>' % p.replace("\n", "<br>") for p in text.split("\n\n")))
    a = multi("alternative", [plain(text), leaf("text/html", html)], "_000_DB9PR01MB7354E0A1F2C3D4B5_")
    body = multi("mixed", [a, attach(DOCX, docx, M13_FILE)], "_004_DB9PR01MB7354E0A1F2C3D4B5_")
    m = mk(when, sent_at(when, 1, 7), "mail-db9eur01on0617.outbound.protection.outlook.example.com", "198.51.100.77",
           "4DZ3fT1Vkmz4", addr("Imen Chaouch", "sg@atam-tn.example.org"), hdr(subj, enc="Q"),
           "<DB9PR01MB7354E0A1F2C3D4B5@DB9PR01MB7354.eurprd01.prod.outlook.example.com>", body,
           extra=outlook(subj, "AdcWnB4c5d6e7f8g9h0i1j2k3l4m5A==", lang="fr-FR", has_attach="yes"))
    add(13, when, m, dict(category="both", language="fr", acknowledge=True, on_time=False, speakers=[
        sp("Nabil Trabelsi", "Président", "Association Tunisienne pour l'Accueil des Migrants (ATAM)", ["roundtable"], 1)],
        report_attachments=[M13_FILE],
        notes="both, received 8 February: the report part is on time but the speaker part is late (the sender says "
              "so), so on_time is false. The speaker is described in prose ('notre Président, M. ...'), 'M.' "
              "dropped, affiliation by reference to the sending association; roundtable as a Roman numeral ('I')."))


# ================================================================ 14  AR  speaker  two speakers, Lebanese dialect, late, from a phone
def m14():
    when = at("2021-02-09 11:20:15")
    text = """مرحبا،

بعتذر كتير عالتأخير، الإيميل تبع الدعوة وصلنا متأخر. هيدي أسامي المتحدثين من عنا:

١) الأستاذ جاد نصر الله - مسؤول المشاريع - جمعية درب للعمال المهاجرين - بيروت، بدو يحكي بالطاولة المستديرة التانية
٢) ميرنا حداد - منسقة الإعلام والمناصرة - من نفس الجمعية، بالجلسة العامة

إذا في مجال تقبلوهن منكون كتير ممنونين 🙏

ريم
جمعية درب

تم الإرسال من Samsung Galaxy
"""
    body = alt(text, "--_com.samsung.android.email_2219460838151870", b64=True)
    m = mk(when, sent_at(when, 2, 11), "mail-pf1-f180.google.example.com", "192.0.2.180", "4DZjL62Ncbz1",
           addr("Reem K.", "reem.darb@gmail.example.com"), hdr("اسماء المتحدثين"),
           "<ehsccj8tv5p2q1k0m9n7b6x4@email.android.example.com>", body)
    add(14, when, m, dict(category="speaker_request", language="ar", acknowledge=True, on_time=False, speakers=[
        sp("جاد نصر الله", "مسؤول المشاريع", "جمعية درب للعمال المهاجرين", ["roundtable"], 2),
        sp("ميرنا حداد", "منسقة الإعلام والمناصرة", "جمعية درب للعمال المهاجرين", ["plenary"])],
        notes="late (9 February); Lebanese dialect ('بدو يحكي', 'التانية' for the second roundtable), Samsung "
              "phone, base64 text and HTML, an emoji. Sent on behalf by 'ريم', who is not a speaker. 'الأستاذ' "
              "dropped; dash-separated fields; '- بيروت' after the organisation is a place, not part of the "
              "affiliation; the second speaker's organisation is only given by reference ('من نفس الجمعية') and "
              "recorded as the first one's."))


# ================================================================ 15  EN  other  withdraws the rapporteur request of 04 (report stays)
def m15():
    when = at("2021-02-10 08:45:09")
    ack = ack_mid("4DTdX54Fjqz9")
    text = """Dear colleagues,

Back in the office after a week away. Ms. Abou Jaoude has asked me to withdraw her nomination as rapporteur for the consultation on 23 February: she has since been asked to chair a national event on the same day and cannot do both. Please consider the rapporteur request withdrawn. Our voluntary report remains submitted as sent.

Many thanks for your understanding, and apologies for any inconvenience.

Kind regards,
Lina Haddad
Executive Assistant to the Director
Migrant-Rights Working Group Lebanon (MRWG)

From: GCM Regional Review Arab States <gcmrrarabstates@iom.int>
Sent: Monday, February 1, 2021 9:49 AM
To: Lina Haddad <l.haddad@mrwg-lb.example.org>
Subject: Acknowledgement of receipt - %s

Dear Lina Haddad,

Thank you for your message. We confirm receipt of your voluntary GCM review report (1 file) and of your speaking-role request (1 speaker). The secretariat will be in touch about the programme.

GCM Regional Review - Arab States
""" % M04_SUBJ
    body = alt(text, "_000_AM6PR08MB4213C1D2E3F4A5B6_")
    subj = "RE: Acknowledgement of receipt - " + M04_SUBJ
    m = mk(when, sent_at(when, 2, 5), "mail-am6eur08on0633.outbound.protection.outlook.example.com", "198.51.100.33",
           "4F0Q7h3Mz1z6", "Lina Haddad <l.haddad@mrwg-lb.example.org>", subj,
           "<AM6PR08MB4213C1D2E3F4A5B6@AM6PR08MB4213.eurprd08.prod.outlook.example.com>", body,
           extra=outlook(subj, "AdcYpQ7n3Vb1c2T4u5W6x7Y8z9a0BwAGb3Lk") + [("In-Reply-To", ack),
                                                                          ("References", M04_ID + " " + ack)])
    add(15, when, m, dict(category="other", language="en", acknowledge=True, on_time=None, thread_of=H % 4,
        notes="WITHDRAWS the rapporteur request of h216-04 (the report stays): a reply to our acknowledgement, but "
              "it changes the submission, so it is acknowledged (not a bare thank-you). No speaker is proposed: "
              "speakers empty, category other; thread_of h216-04 (References names it). Outlook-style quoted "
              "acknowledgement, not '>'-prefixed."))


# ================================================================ 16  AR  report  Arabic DOCX, Outlook (withdrawn by 21)
M16_ID = "<VI1PR06MB6112A9B8C7D6E5F4@VI1PR06MB6112.eurprd06.prod.outlook.example.com>"
M16_FILE = "التقرير الطوعي - المرصد السوداني للهجرة والتنقل.docx"
M16_SUBJ = "التقرير الطوعي لاستعراض الاتفاق العالمي - المرصد السوداني للهجرة والتنقل"


def m16():
    when = at("2021-02-12 13:00:26")
    text = """السادة أمانة الاستعراض الإقليمي المحترمين،

تحية طيبة،

يسعدنا أن نرفق لكم التقرير الطوعي للمرصد السوداني للهجرة والتنقل حول تنفيذ الاتفاق العالمي من أجل الهجرة الآمنة والمنظمة والنظامية في السودان خلال الفترة ٢٠١٩-٢٠٢٠، وقد أُعدّ باللغة العربية.

وتفضلوا بقبول فائق الاحترام،

د. الطيب عثمان
المدير التنفيذي
المرصد السوداني للهجرة والتنقل - الخرطوم
"""
    docx = make_docx(["التقرير الطوعي لاستعراض تنفيذ الاتفاق العالمي من أجل الهجرة", "المرصد السوداني للهجرة والتنقل",
                      "أولاً: المنهجية", "ثانياً: الأهداف ٢ و٥ و٢٣", "ثالثاً: التوصيات"])
    html = ('<html dir="rtl"><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>'
            '<body lang="AR-SA" dir="rtl"><div class="WordSection1">%s</div></body></html>\n'
            % "".join('<p class="MsoNormal" dir="RTL">%s</p>' % p.replace("\n", "<br>") for p in text.split("\n\n")))
    a = multi("alternative", [plain(text), leaf("text/html", html)], "_000_VI1PR06MB6112A9B8C7D6E5F4_")
    body = multi("mixed", [a, attach(DOCX, docx, M16_FILE)], "_004_VI1PR06MB6112A9B8C7D6E5F4_")
    m = mk(when, sent_at(when, 2, 9), "mail-vi1eur06on0601.outbound.protection.outlook.example.com", "198.51.100.161",
           "4Db8Xc0Gfhz3", addr("Eltayeb Osman", "e.osman@sudan-mmo.example.org"), hdr(M16_SUBJ), M16_ID, body,
           extra=outlook(M16_SUBJ, "AdcBq1r2s3t4u5v6w7x8y9z0A1B2Cw==", lang="ar-SA", has_attach="yes"))
    add(16, when, m, dict(category="voluntary_report", language="ar", acknowledge=True, on_time=True,
        report_attachments=[M16_FILE],
        notes="report written in Arabic as a DOCX with a long Arabic file name with spaces and a hyphen (RFC 2231 + "
              "RFC 2047); English From display name. Withdrawn five days later (h216-21)."))


# ================================================================ 17  AR  report  collective PDF, windows-1256 Outlook
def m17():
    when = at("2021-02-14 10:20:48")
    fname = "GCM_Voluntary_Report_Gulf_Coalition_2021.pdf"
    subj = "تقرير طوعي جماعي - الائتلاف الخليجي لحماية العمالة الوافدة"
    text = """الإخوة والأخوات في أمانة الاستعراض الإقليمي،

السلام عليكم ورحمة الله وبركاته،

نيابة عن الائتلاف الخليجي لحماية العمالة الوافدة، الذي يضم سبع منظمات من الكويت والبحرين وعُمان وقطر، نرفق لكم تقريرنا الطوعي الجماعي عن تنفيذ الاتفاق العالمي من أجل الهجرة، مع التركيز على الأهداف 6 و7 و22.

نشكر لكم تمديد الموعد النهائي إلى 16 فبراير، فقد أتاح لنا استكمال المشاورات مع الأعضاء.

مع خالص التحيات،
يوسف البلوشي
منسق الائتلاف
"""
    pdf = rep_pdf("Collective voluntary GCM review report", "Gulf Coalition for the Protection of Migrant Workers (7 members)",
                  ["Methodology", "Objective 6: fair recruitment", "Objective 7: vulnerabilities",
                   "Objective 22: portability of social security", "Recommendations"])
    html = ('<html dir="rtl"><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1256"></head>'
            '<body lang="AR-KW" dir="rtl">%s</body></html>\n'
            % "".join('<p class="MsoNormal" dir="RTL">%s</p>' % p.replace("\n", "<br>") for p in text.split("\n\n")))
    a = multi("alternative", [leaf("text/plain", text, "windows-1256"), leaf("text/html", html, "windows-1256")],
              "_000_KU1PR02MB3340F1E2D3C4B5A6_")
    body = multi("mixed", [a, attach("application/pdf", pdf, fname)], "_004_KU1PR02MB3340F1E2D3C4B5A6_")
    m = mk(when, sent_at(when, 3, 6), "mail-ku1apc02on0644.outbound.protection.outlook.example.com", "198.51.100.44",
           "4DcHq45Wtlz7", addr("يوسف البلوشي", "y.albalushi@gulf-coalition.example.org", charset="windows-1256"),
           hdr(subj, "windows-1256"), "<KU1PR02MB3340F1E2D3C4B5A6@KU1PR02MB3340.apcprd02.prod.outlook.example.com>",
           body, extra=outlook(subj, "AdcCr9s8t7u6v5w4x3y2z1a0B9C8Dw==", lang="ar-KW", has_attach="yes"))
    add(17, when, m, dict(category="voluntary_report", language="ar", acknowledge=True, on_time=True,
        report_attachments=[fname],
        notes="collective report (seven member organisations); windows-1256 body and RFC 2047 headers; English "
              "PDF file name; mentions the extended deadline."))


# ================================================================ 18  FR  report  written for ANOTHER regional review (Africa)
def m18():
    when = at("2021-02-15 16:05:12")
    fname = "ReSAOM_rapport_examen_regional_Afrique_PMM.pdf"
    text = """Bonjour,

Dans le cadre de l'examen régional du Pacte mondial sur les migrations pour l'Afrique, le Réseau Sahel-Afrique de l'Ouest pour la Migration (ReSAOM) a élaboré le rapport volontaire ci-joint, qui couvre le Sénégal, le Mali, le Niger et la Mauritanie.

Nous l'avons adressé au secrétariat de l'examen africain et nous vous le transmettons également, la Mauritanie relevant aussi de la région arabe. Merci de nous indiquer s'il peut être versé à votre examen.

Cordialement,

Aminata Sow
Chargée de programme
ReSAOM - Dakar
"""
    pdf = rep_pdf("Rapport volontaire - Examen regional du PMM pour l'Afrique",
                  "Reseau Sahel-Afrique de l'Ouest pour la Migration (ReSAOM)",
                  ["Senegal", "Mali", "Niger", "Mauritanie", "Recommandations"])
    body = multi("mixed", [plain(text), attach("application/pdf", pdf, fname)], "=_9b2e7d41c0a35f86e1d4b7a2c9f0e3d1")
    m = mk(when, sent_at(when, 0, 5), "webmail.resaom.example.sn", "203.0.113.141", "4Dcq5B2Jwrz9",
           "Aminata Sow <a.sow@resaom.example.sn>", "Rapport volontaire ReSAOM - examen regional PMM",
           "<2d8e41f0b7c95a3e6d1c0f2b4a789e53@resaom.example.sn>", body,
           extra=[("User-Agent", "Roundcube Webmail/1.4.10")])
    add(18, when, m, dict(category="voluntary_report", language="fr", acknowledge=True, on_time=True,
        report_attachments=[fname],
        notes="a voluntary report written for ANOTHER regional review (Africa), covering Mauritania (also in the "
              "Arab region) and sent here too with a question whether it can count. Not covered by LABELS.md/dev: "
              "a careful secretary registers it as a voluntary report received on time and acknowledges it, leaving "
              "the question of scope to the secretariat. Its acknowledgement bounces (h216-19)."))


# ================================================================ 19  FR  bounce  French-localised Postfix, our acknowledgement of 18
NOTICE_FR = """Ceci est le logiciel de messagerie de l'hôte mx1.iom.int.

J'ai le regret de vous informer que votre message n'a pas pu être
remis à un ou plusieurs destinataires. Il est joint ci-dessous.

Pour toute assistance, veuillez écrire à postmaster.

Si vous le faites, joignez ce rapport d'erreur. Vous pouvez
supprimer votre propre texte du message retourné ci-joint.

                   Le logiciel de messagerie
"""


def m19():
    when = at("2021-02-15 16:06:40")
    text = NOTICE_FR + """
<a.sow@resaom.example.sn>: host mail.resaom.example.sn[203.0.113.141] said: 552
    5.2.2 <a.sow@resaom.example.sn>: Mailbox full: quota exceeded (in reply to
    RCPT TO command)
"""
    dsn = ("Reporting-MTA: dns; mx1.iom.int\n"
           "X-Postfix-Queue-ID: 4Dcq6W1Ksnz4\n"
           "X-Postfix-Sender: rfc822; gcmrrarabstates@iom.int\n"
           "Arrival-Date: %s\n\n"
           "Final-Recipient: rfc822; a.sow@resaom.example.sn\n"
           "Original-Recipient: rfc822;a.sow@resaom.example.sn\n"
           "Action: failed\n"
           "Status: 5.2.2\n"
           "Remote-MTA: dns; mail.resaom.example.sn\n"
           "Diagnostic-Code: smtp; 552 5.2.2 <a.sow@resaom.example.sn>: Mailbox full: quota\n"
           "    exceeded\n" % rfcdate(when - dt.timedelta(seconds=4), "EET"))
    hdrs = ("Return-Path: <gcmrrarabstates@iom.int>\n"
            "From: GCM Regional Review Arab States <gcmrrarabstates@iom.int>\n"
            "To: Aminata Sow <a.sow@resaom.example.sn>\n"
            "Subject: =?utf-8?q?Accus=C3=A9_de_r=C3=A9ception?= - Rapport volontaire ReSAOM - examen regional PMM\n"
            "Date: %s\n"
            "Message-ID: %s\n"
            "In-Reply-To: <2d8e41f0b7c95a3e6d1c0f2b4a789e53@resaom.example.sn>\n"
            % (rfcdate(when - dt.timedelta(seconds=8)), ack_mid("4Dcq5B2Jwrz9")))
    body = dsn_report("", dsn, hdrs, "4Dcq6Y3Mtpz1.1613398000/mx1.iom.int")
    # the localised notice is not ASCII: replace the first part by a utf-8 quoted-printable one
    body.get_payload()[0] = leaf("text/plain", text, "utf-8", "quoted-printable",
                                 extra=[("Content-Description", "Notification")])
    rows = [("Return-Path", "<>"), ("Delivered-To", "gcmrrarabstates@iom.int"),
            ("Received", "by mx1.iom.int (Postfix)\r\n\tid 4Dcq6Y3Mtpz1; %s" % rfcdate(when, "EET")),
            ("Date", rfcdate(when, "EET")),
            ("From", "MAILER-DAEMON@mx1.iom.int (Logiciel de messagerie)"),
            ("Subject", hdr("Message non délivré retourné à l'expéditeur", enc="Q")),
            ("To", "gcmrrarabstates@iom.int"),
            ("Auto-Submitted", "auto-replied"),
            ("Message-Id", "<20210215140640.4Dcq6Y3Mtpz1@mx1.iom.int>")]
    add(19, when, top(body, rows), dict(category="bounce", language="fr", acknowledge=False, on_time=None,
        notes="French-localised Postfix DSN (5.2.2 mailbox full) for our acknowledgement of h216-18; the returned "
              "headers name h216-18 in In-Reply-To. Never acknowledge; thread_of null as for dev bounces."))


# ================================================================ 20  EN  report  23:47 on 16 February, report + Arabic summary
def m20():
    when = at("2021-02-16 23:47:10")
    f1 = "YDMN_GCM_Voluntary_Review_Report_2021.pdf"
    f2 = "YDMN_Executive_Summary_AR.pdf"
    text = """Dear Secretariat,

Just in time, I hope! Please find attached the voluntary GCM review report of the Yemen Displacement & Migration Network (YDMN), together with its executive summary in Arabic (both files make up our submission).

Our connection has been unstable all evening, so please let me know if the files do not open.

Best regards,
Abdulrahman Al-Saqqaf
Coordinator, YDMN
Aden
"""
    p1 = rep_pdf("Voluntary GCM Review Report 2021", "Yemen Displacement & Migration Network (YDMN)",
                 ["Mixed movements through Yemen", "Objectives 7, 8 and 21", "Recommendations"])
    p2 = rep_pdf("Executive summary (Arabic version)", "YDMN", ["Summary of findings", "Recommendations"])
    body = multi("mixed", [leaf("text/plain", flowed(text), "utf-8", "7bit", params=[("format", "flowed")]),
                           attach("application/pdf", p1, f1), attach("application/pdf", p2, f2)],
                 "------------8A3C2E1F0B9D7C6E5A4B3C2D")
    m = mk(when, sent_at(when, 3, 12), "mail.ydmn.example.org", "203.0.113.167", "4Dd0Zs4Qyhz2",
           "Abdulrahman Al-Saqqaf <coordinator@ydmn.example.org>", "YDMN voluntary GCM review report",
           "<7f1c2e3d-4b5a-4697-8e8f-9a0b1c2d3e4f@ydmn.example.org>", body,
           extra=[("User-Agent", TB), ("Content-Language", "en-US")])
    add(20, when, m, dict(category="voluntary_report", language="en", acknowledge=True, on_time=True,
        report_attachments=[f1, f2],
        notes="received 23:47:10 on 16 February Beirut time (Date header Wed 17 Feb 00:46 +0300): on time. Two "
              "files make up the report (main report + Arabic executive summary)."))


# ================================================================ 21  AR  other  withdraws the report of 16
def m21():
    when = at("2021-02-17 09:10:33")
    subj = "RE: " + M16_SUBJ
    text = """السادة الأفاضل،

نرجو التكرم بسحب التقرير الطوعي الذي أرسلناه إليكم يوم ١٢ فبراير وعدم اعتماده ضمن التقارير المقدَّمة، إذ تبيّن أن مجلس أمناء المرصد لم يصادق عليه بعد. لن نتمكن من إرسال نسخة معتمدة قبل انعقاد المؤتمر، ونعتذر عن أي إرباك.

مع التقدير،
د. الطيب عثمان

________________________________
من: Eltayeb Osman <e.osman@sudan-mmo.example.org>
تاريخ الإرسال: الجمعة، ١٢ فبراير ٢٠٢١ ٠١:٠٠ م
إلى: gcmrrarabstates@iom.int
الموضوع: %s
""" % M16_SUBJ
    html = ('<html dir="rtl"><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>'
            '<body lang="AR-SA" dir="rtl">%s</body></html>\n'
            % "".join('<p class="MsoNormal" dir="RTL">%s</p>' % p.replace("\n", "<br>") for p in text.split("\n\n")))
    body = multi("alternative", [plain(text), leaf("text/html", html)], "_000_VI1PR06MB6112B1C2D3E4F5A6_")
    m = mk(when, sent_at(when, 2, 6), "mail-vi1eur06on0601.outbound.protection.outlook.example.com", "198.51.100.161",
           "4DdLr21Hbnz5", addr("Eltayeb Osman", "e.osman@sudan-mmo.example.org"), re_hdr("RE: ", M16_SUBJ),
           "<VI1PR06MB6112B1C2D3E4F5A6@VI1PR06MB6112.eurprd06.prod.outlook.example.com>", body,
           extra=outlook(M16_SUBJ, "AdcBq1r2s3t4u5v6w7x8y9z0A1B2CwAHc4Ml", lang="ar-SA")
           + [("In-Reply-To", M16_ID), ("References", M16_ID)])
    add(21, when, m, dict(category="other", language="ar", acknowledge=True, on_time=None, thread_of=H % 16,
        notes="WITHDRAWS the voluntary report of h216-16 (not yet approved by the board) and sends nothing new: "
              "category other, no report_attachments, thread_of h216-16 (In-Reply-To); acknowledged because it "
              "changes the submission. Outlook reply with the Arabic header block of the original (no attachment)."))


# ================================================================ 22  EN  report  after the conference: thanks + late report
def m22():
    when = at("2021-02-26 10:30:05")
    fname = "RMLAJ - Voluntary GCM Review Report (final).pdf"
    text = """Dear GCM Regional Review team,

Congratulations on a rich and well-organised conference this week, and thank you for giving the floor to civil society in the roundtables.

Several of you encouraged us during the conference to still share our written contribution, so please find attached our voluntary GCM review report. We know it arrives well after the 16 February deadline and fully understand if it can only be used as background.

Warm regards,

Layla Odeh
Legal Programme Manager
Refugee & Migrant Legal Aid Jordan (RMLAJ)
"""
    pdf = rep_pdf("Voluntary GCM Review Report (final)", "Refugee & Migrant Legal Aid Jordan (RMLAJ)",
                  ["Access to justice", "Objectives 16 and 17", "Recommendations"])
    html = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>'
            '<body style="word-wrap: break-word; -webkit-nbsp-mode: space; line-break: after-white-space;">%s'
            '</body></html>\n' % "".join("<div>%s</div><div><br></div>" % p.replace("\n", "<br>")
                                         for p in text.split("\n\n")))
    a = multi("alternative", [plain(text), leaf("text/html", html)], "Apple-Mail=_5C2D8E1A-3B4F-4A6C-9D7E-0F1A2B3C4D5E")
    body = multi("mixed", [a, attach("application/pdf", pdf, fname)], "Apple-Mail=_0E9D8C7B-6A5F-4E3D-2C1B-0A9F8E7D6C5B")
    m = mk(when, sent_at(when, 2, 4), "smtp.rmlaj.example.org", "203.0.113.188", "4DnB1p3Vwxz8",
           "Layla Odeh <l.odeh@rmlaj.example.org>", "Thank you + our (late) voluntary report",
           "<B4E1C2D3-A5F6-4789-8A0B-1C2D3E4F5A6B@rmlaj.example.org>", body,
           extra=[("X-Mailer", "Apple Mail (2.3654.40.0.2.32)")])
    add(22, when, m, dict(category="voluntary_report", language="en", acknowledge=True, on_time=False,
        report_attachments=[fname],
        notes="after the conference (26 February): thanks plus a voluntary report sent ten days late (the sender "
              "says so); Apple Mail; file name with spaces and parentheses. The sender's title/organisation in the "
              "signature are not a speaker request."))


# ================================================================ 23  FR  other  the rapporteur sends the key messages after the consultation
def m23():
    when = at("2021-02-26 15:12:48")
    fname = "Messages clés - consultation multipartite du 23 février 2021.docx"
    sec_mid = "<HE1PR0401MB2468ABCDEF012345@HE1PR0401MB2468.eurprd04.prod.outlook.example.com>"
    text = """Chère équipe,

Comme convenu, veuillez trouver ci-joint la version finale des messages clés que j'ai présentés en tant que rapporteur au nom des parties prenantes le 23 février, intégrant les deux remarques reçues des organisations de jeunesse.

Merci encore pour la confiance et pour l'excellente organisation de ces trois journées.

Bien à vous,
Rachid Benyahia

> Le 24 févr. 2021 à 18:05, GCM Regional Review Arab States <gcmrrarabstates@iom.int> a écrit :
>
> Cher M. Benyahia,
> Merci pour votre présentation des messages clés hier. Pourriez-vous nous faire parvenir le texte final d'ici vendredi, afin de l'annexer au rapport de la conférence ?
> Bien cordialement,
> Le secrétariat
"""
    docx = make_docx(["Messages clés des parties prenantes", "Consultation multipartite - 23 février 2021",
                      "1. Voies de migration régulière", "2. Protection des travailleurs migrants",
                      "3. Participation de la société civile au suivi du Pacte"])
    body = multi("mixed", [plain(text), attach(DOCX, docx, fname)], "Apple-Mail=_7A1B2C3D-4E5F-4061-8273-94A5B6C7D8E9")
    m = mk(when, sent_at(when, 1, 5), "smtp.orange.example.fr", "203.0.113.199", "4DnK3t0Rcfz6",
           "Rachid Benyahia <rachid.benyahia@orange.example.fr>",
           hdr("Re: Messages clés - consultation du 23 février", enc="Q"),
           "<F1E2D3C4-B5A6-4978-8695-A4B3C2D1E0F9@orange.example.fr>", body,
           extra=[("X-Mailer", "Apple Mail (2.3608.120.23.2.4)"), ("In-Reply-To", sec_mid), ("References", sec_mid)])
    add(23, when, m, dict(category="other", language="fr", acknowledge=True, on_time=None,
        notes="after the consultation: the rapporteur sends the final key messages (DOCX) that the secretariat asked "
              "for, in reply to a secretariat message that is not in the set (thread_of null). Not a voluntary report "
              "and not a speaker request (the role is already over): category other, no report_attachments; a "
              "person writing something new, so acknowledged (case not covered by LABELS.md/dev)."))


# ================================================================ 24  AR  report  sent in March, iPhone, inline PDF
def m24():
    when = at("2021-03-03 12:41:19")
    fname = "تقرير جمعية أمان للمهاجرين.pdf"
    t1 = """السلام عليكم
مرفق تقريرنا الطوعي، نعتذر عن التأخير بسبب ظروف الإغلاق.
"""
    t2 = """
جمعية أمان للمهاجرين - نواكشوط

مرسل من الـ iPhone
"""
    pdf = rep_pdf("Voluntary GCM review report", "Association Aman pour les migrants (Nouakchott)",
                  ["Context", "Objectives 5 and 13", "Recommendations"])
    body = multi("mixed", [plain(t1), attach("application/pdf", pdf, fname, inline=True), plain(t2)],
                 "Apple-Mail-9C8B7A6F-5E4D-3C2B-1A09-F8E7D6C5B4A3")
    m = mk(when, sent_at(when, 0, 7), "mail-qk1-f172.google.example.com", "192.0.2.172", "4Dr5Vn1Kxgz3",
           addr("جمعية أمان", "aman.migrants.nkc@gmail.example.com"), hdr("التقرير"),
           "<8D3F2A1B-7C6E-4D5A-9B8C-1E2F3A4B5C6D@gmail.example.com>", body, extra=[("X-Mailer", IPHONE)])
    add(24, when, m, dict(category="voluntary_report", language="ar", acknowledge=True, on_time=False,
        report_attachments=[fname],
        notes="report sent in March (3 March), two weeks after the deadline and after the conference; iPhone "
              "layout multipart/mixed [text, PDF inline, text]: the inline PDF is the report. Arabic file name; "
              "'- نواكشوط' after the organisation is a place."))


def main():
    for f in (m01, m02, m03, m04, m05, m06, m07, m08, m09, m10, m11, m12, m13, m14, m15, m16, m17, m18, m19,
              m20, m21, m22, m23, m24):
        f()
    SET.write()


if __name__ == "__main__":
    main()
