#!/usr/bin/env python3
"""Write the blind evaluation set holdout227 (24 raw .eml messages + labels.json).

Deterministic, standard library only:  python3 tests/data/make_eval_sets227.py
Theme: the very short and the very long (1-17 February 2021).  One-line requests that still name the speaker
with title and organisation (phone mail, HTML-only webmail, Outlook for Android), a Gmail message whose body is
empty and whose subject carries the whole request, a two-word thank-you answering our acknowledgement, long
letters that spend five paragraphs on the organisation's history and mission before the request in the sixth,
a report pasted into the body at length (and later quoted whole in a follow-up), signatures whose legal
disclaimer is longer than the message, a pasted nomination form, an out-of-office and a bounce.
Helpers from mailgen.py.
"""
import datetime as dt

from mailgen import (EvalSet, DOCX, POSTFIX_NOTICE, addr, alt, at, attach, dsn_report, flowed, gmail_html, hdr,
                     html_only, leaf, make_docx, mk, multi, re_hdr, rep_pdf, rfcdate, sent_at, sp, std_rows, top)
from mailgen import outlook_rows as outlook
from mailgen import quote_block as gt, ack_id as ack_mid, logo

SET = EvalSet(227)
add = SET.add
H = "h227-%02d.eml"

TB = "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:78.0) Gecko/20100101 Thunderbird/78.7.0"
IPHONE = "iPhone Mail (18D52)"


def qp_or_7bit(text):
    return "7bit" if all(ord(c) < 128 for c in text) else "quoted-printable"


# ================================================================ 01  EN  speaker  one line from a phone, on behalf, 'Dr.'
M01_ID = "<9E1D7C2A-4B3F-4E8A-A0C6-5D2B8F1E3A74@mrfl.example.org>"


def m01():
    when = at("2021-02-01 09:14:33")
    text = ("Hello, please register Dr. Hannah Okafor, Senior Policy Advisor, Migrant Rights Forum Levant (MRFL), "
            "for a floor intervention in Roundtable 3 - thanks!\n\nTom\n\nSent from my iPhone\n")
    body = leaf("text/plain", text, "us-ascii", "7bit")
    m = mk(when, sent_at(when, 2, 9), "smtp.mrfl.example.org", "203.0.113.61", "4DTn8B1xKqz4",
           "Tom Becker <t.becker@mrfl.example.org>", "Speaker - RT3", M01_ID, body,
           extra=[("X-Mailer", IPHONE)])
    add(1, when, m, dict(category="speaker_request", language="en", acknowledge=True, on_time=True, speakers=[
        sp("Hannah Okafor", "Senior Policy Advisor", "Migrant Rights Forum Levant (MRFL)", ["roundtable"], 3)],
        notes="one line from an iPhone: name, title and organisation comma-separated in a single sentence; 'Dr.' "
              "dropped; the sender (Tom) is not the speaker; subject only says 'Speaker - RT3'."))


# ================================================================ 02  AR  speaker  empty body, everything in the subject
M02_ID = "<CAHm2xQ7vT0pK9sW4eR1nB6yL3fD8gZ5jUc@mail.gmail.example.com>"
M02_SUBJ = "طلب مداخلة في الجلسة العامة / خالد العبيدي / مدير البرامج / الشبكة العربية للهجرة والتنمية"


def m02():
    when = at("2021-02-01 13:02:10")
    body = alt("\n", "000000000000b4c1d905ba4e21f7", html='<div dir="rtl"><br></div>\n')
    m = mk(when, sent_at(when, 3, 5), "mail-ej1-f47.google.example.com", "192.0.2.47", "4DTw0c3Vg2z7",
           addr("Khaled Al-Obaidi", "khaled.obaidi.arnmd@gmail.example.com"), hdr(M02_SUBJ), M02_ID, body)
    add(2, when, m, dict(category="speaker_request", language="ar", acknowledge=True, on_time=True, speakers=[
        sp("خالد العبيدي", "مدير البرامج", "الشبكة العربية للهجرة والتنمية", ["plenary"])],
        notes="the body is empty (Gmail: a blank text part and '<div dir=\"rtl\"><br></div>'); the whole request "
              "is in the Arabic subject, slash-separated: role (plenary), name, title, organisation. The From "
              "display name is in Latin script. check_labels warns that name/title/affiliation are not in the "
              "message text because it does not read the subject: expected for this case."))


# ================================================================ 03  FR  speaker  long letter, request in the 6th paragraph, two speakers
M03_ID = "<AM6PR08MB43921F7C0D2E5A18@AM6PR08MB4392.eurprd08.prod.outlook.example.com>"
M03_SUBJ = "Association Horizons Migrants - Conférence régionale d'examen du PMM"


def m03():
    when = at("2021-02-02 11:27:40")
    text = """Madame, Monsieur,

Fondée en 1998 à Oujda par un petit groupe d'enseignants, de travailleurs sociaux et d'avocats bénévoles, l'Association Horizons Migrants (AHM) est née de la rencontre, dans les quartiers périphériques de la ville, avec les premières familles de migrants subsahariens bloquées à la frontière. Ce qui n'était au départ qu'une permanence hebdomadaire dans un local prêté par une paroisse est devenu, au fil de plus de vingt ans, une structure reconnue d'utilité publique, présente aujourd'hui à Oujda, Nador, Berkane et Fès.

Notre mission est restée la même depuis l'origine : garantir à toute personne migrante, quel que soit son statut administratif, l'accès effectif à ses droits fondamentaux - santé, éducation, justice et travail décent - et lutter contre toutes les formes de discrimination. Nous défendons une approche fondée sur les droits humains et sur la participation directe des personnes concernées, qui siègent d'ailleurs à notre conseil d'administration depuis 2011.

Concrètement, l'AHM accompagne chaque année près de 3 000 personnes. Nos équipes assurent un accueil juridique et social, l'orientation vers les services de santé, le soutien à la scolarisation des enfants, ainsi que des formations professionnelles en partenariat avec des entreprises locales. Depuis 2014, nous menons également un programme spécifique pour les femmes migrantes victimes de violences, en lien avec les tribunaux de la région de l'Oriental.

Nous travaillons en réseau avec une quinzaine d'associations marocaines et africaines, avec les collectivités territoriales et avec plusieurs agences du système des Nations Unies. L'AHM a contribué aux consultations nationales sur la stratégie nationale d'immigration et d'asile, et participe depuis sa création à la plateforme régionale des organisations de la société civile sur les migrations.

Enfin, l'association suit de près le Pacte mondial pour des migrations sûres, ordonnées et régulières depuis la Conférence intergouvernementale de Marrakech de décembre 2018, à laquelle deux de nos membres ont pris part. Nous avons organisé en 2019 et 2020 des ateliers de vulgarisation du Pacte auprès des associations de migrants, et nous préparons actuellement notre propre contribution à l'examen régional.

C'est à ce titre que l'AHM souhaite répondre à votre invitation et solliciter deux prises de parole : notre présidente, Mme Naïma Berrada, souhaiterait participer à la discussion ouverte de la consultation multipartite du 23 février, et M. Hicham Zerouali, juriste et coordinateur du pôle accès aux droits, souhaiterait intervenir lors de la table ronde thématique n°2 de la Conférence.

Nous vous remercions par avance de l'attention portée à notre demande et vous prions d'agréer, Madame, Monsieur, l'expression de nos salutations distinguées.

Naïma Berrada
Présidente
Association Horizons Migrants (AHM)
Oujda - Maroc
"""
    html = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>'
            '<body lang="FR"><div class="WordSection1">%s</div></body></html>\n'
            % "".join('<p class="MsoNormal">%s</p>' % p.replace("\n", "<br>") for p in text.split("\n\n")))
    body = alt(text, "_000_AM6PR08MB43921F7C0D2E5A18_", html=html)
    m = mk(when, sent_at(when, 1, 6), "mail-am6eur08on0627.outbound.protection.outlook.example.com",
           "198.51.100.27", "4DVK3s0Ypdz9", addr("Naïma Berrada", "presidence@ahm-oujda.example.org", enc="Q"),
           hdr(M03_SUBJ, enc="Q"), M03_ID, body,
           extra=outlook(M03_SUBJ, "AdcpUn3kQ7b1x2Yz4Ac5Bd6Ce7Df8g==", lang="fr-FR"))
    add(3, when, m, dict(category="speaker_request", language="fr", acknowledge=True, on_time=True, speakers=[
        sp("Naïma Berrada", "Présidente", "Association Horizons Migrants (AHM)", ["open_discussion"]),
        sp("Hicham Zerouali", "juriste et coordinateur du pôle accès aux droits", "Association Horizons Migrants (AHM)",
           ["roundtable"], 2)],
        notes="long letter: five paragraphs of history, mission, activities and GCM engagement before the request in "
              "the sixth paragraph; two speakers in prose ('Mme', 'M.' dropped). The president's title is only in "
              "the signature ('notre présidente' in the text); the second speaker's affiliation is given by "
              "reference ('l'AHM'), recorded as the fullest form the letter writes. 'Oujda - Maroc' in the "
              "signature is the place, not part of the affiliation. Title with its unit kept as written (dev 012)."))


# ================================================================ 04  EN  report  PDF, Outlook, disclaimer longer than the message
M04_SUBJ = "AWRO - Voluntary GCM Review Report"
M04_FILE = "AWRO_GCM_Voluntary_Review_2021.pdf"
DISCLAIMER_EN = """CONFIDENTIALITY NOTICE: This e-mail message, including any attachments, is intended solely for the use of the individual or entity to which it is addressed and may contain information that is confidential, privileged, proprietary or otherwise protected from disclosure under applicable law. If you are not the intended recipient, or the employee or agent responsible for delivering this message to the intended recipient, you are hereby notified that any review, dissemination, distribution, copying or other use of this communication or of any of its contents is strictly prohibited. If you have received this communication in error, please notify the sender immediately by replying to this e-mail and permanently delete the original message and any copies from your system, including any backups.

The views and opinions expressed in this message are those of the author and do not necessarily reflect the official position of the Arab Workers' Rights Observatory, its Board of Trustees, its members or its funding partners. The Observatory accepts no liability for any damage caused by any virus transmitted by this e-mail, and the recipient should check this e-mail and any attachments for the presence of viruses. E-mail transmission cannot be guaranteed to be secure or error-free, as information could be intercepted, corrupted, lost, destroyed, arrive late or incomplete. The sender therefore does not accept liability for any errors or omissions in the contents of this message which arise as a result of e-mail transmission.

Please consider the environment before printing this e-mail."""


def m04():
    when = at("2021-02-02 15:50:12")
    text = """Dear Secretariat,

Please find attached the voluntary GCM review report of our Observatory.

Kind regards,
Rania

--
Rania Khoury
Research Officer | Labour Mobility Programme
Arab Workers' Rights Observatory (AWRO)
Hamra Street, Sidani Bldg, 4th floor | Beirut, Lebanon
T +961 1 000 000 | M +961 3 000 000
www.awro.example.org | Twitter @AWRO_example

""" + DISCLAIMER_EN + "\n"
    pdf = rep_pdf("Voluntary GCM Review Report 2021", "Arab Workers' Rights Observatory (AWRO)",
                  ["Executive summary", "Methodology", "Objectives 6, 7 and 22", "Gaps and challenges",
                   "Recommendations to member states"])
    cid = "image001.png@01D6F977.8A1B2C30"
    paras = text.split("\n\n")
    html = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body lang="EN-US">'
            '<div class="WordSection1">%s<p><img width="120" height="40" src="cid:%s"></p>%s</div></body></html>\n'
            % ("".join('<p class="MsoNormal">%s</p>' % p.replace("\n", "<br>") for p in paras[:4]), cid,
               "".join('<p class="MsoNormal" style="font-size:7.5pt;color:gray">%s</p>' % p for p in paras[4:])))
    rel = multi("related", [leaf("text/html", html), logo(cid, (10, 70, 120))], "_004_VI1PR0402MB3120AWRO_",
                params=[("type", '"text/html"')])
    a = multi("alternative", [leaf("text/plain", text), rel], "_000_VI1PR0402MB3120AWRO_")
    body = multi("mixed", [a, attach("application/pdf", pdf, M04_FILE)], "_005_VI1PR0402MB3120AWRO_")
    m = mk(when, sent_at(when, 2, 7), "mail-vi1eur04on0702.outbound.protection.outlook.example.com",
           "198.51.100.70", "4DVWq92Lcnz1", "Rania Khoury <r.khoury@awro.example.org>", M04_SUBJ,
           "<VI1PR0402MB3120D4E5F6A7B8C9@VI1PR0402MB3120.eurprd04.prod.outlook.example.com>", body,
           extra=outlook(M04_SUBJ, "AdcpZp9Qw1e2R3t4Y5u6I7o8P9a0Sg==", has_attach="yes"))
    add(4, when, m, dict(category="voluntary_report", language="en", acknowledge=True, on_time=True,
        report_attachments=[M04_FILE],
        notes="one-sentence message; the signature (title with unit, address, phones) and a two-paragraph legal "
              "disclaimer are several times longer than the message and mention 'the Observatory' again; inline "
              "Outlook logo image001.png is not part of the report."))


# ================================================================ 05  AR  other  two-word reply to our acknowledgement of 02
def m05():
    when = at("2021-02-02 19:05:41")
    ack = ack_mid("4DTw0c3Vg2z7")
    quoted = """السيد خالد العبيدي،

شكراً لرسالتكم "طلب مداخلة في الجلسة العامة / خالد العبيدي / مدير البرامج / الشبكة العربية للهجرة والتنمية". نؤكد استلام طلبكم للمشاركة كمتحدث (متحدث واحد). ستتواصل معكم الأمانة بشأن البرنامج.

الاستعراض الإقليمي للاتفاق العالمي من أجل الهجرة - الدول العربية
"""
    text = ("شكراً جزيلاً\n\n"
            "\u202bفي الاثنين، 1 فبراير 2021 في 1:02 م، كتب GCM Regional Review Arab States "
            "<gcmrrarabstates@iom.int>:\u202c\n\n" + gt(quoted) + "\n")
    html = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body>'
            '<div dir="rtl">شكراً جزيلاً</div><br><div class="gmail_quote"><div dir="rtl" class="gmail_attr">'
            'في الاثنين، 1 فبراير 2021 في 1:02 م، كتب GCM Regional Review Arab States &lt;gcmrrarabstates@iom.int&gt;:'
            '<br></div><blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-right:1px solid '
            'rgb(204,204,204);padding-right:1ex" dir="rtl">%s</blockquote></div></body></html>\n'
            % quoted.replace("\n", "<br>"))
    body = alt(text, "000000000000e7f1a205ba5a90c3", html=html)
    m = mk(when, sent_at(when, 3, 4), "mail-ej1-f54.google.example.com", "192.0.2.54", "4DVq6T2kMwz5",
           addr("Khaled Al-Obaidi", "khaled.obaidi.arnmd@gmail.example.com"),
           re_hdr("Re: ", "إشعار باستلام - " + M02_SUBJ),
           "<CAHm2xQ5nB8vY1tR6wE3qZ0kP4sL7dF9gHx@mail.gmail.example.com>", body,
           extra=[("In-Reply-To", ack), ("References", M02_ID + " " + ack)])
    add(5, when, m, dict(category="other", language="ar", acknowledge=False, on_time=None, thread_of=H % 2,
        notes="two words ('شكراً جزيلاً') answering our acknowledgement of h227-02; the quoted acknowledgement "
              "repeats the speaker's name, title and organisation, but nothing new is submitted: no "
              "acknowledgement (LABELS.md), no speakers; thread_of h227-02 (References names it)."))


# ================================================================ 06  FR  report  pasted into the body at length, no attachment
M06_ID = "<f3a9c1e2-7b4d-4a60-9e85-2c1d0b7a6f43@csms-sfax.example.org>"
M06_SUBJ = "Rapport volontaire PMM - CSMS (texte dans le corps du message)"
M06_TEXT = """Bonjour,

Notre pièce jointe étant refusée par notre messagerie (taille), nous vous transmettons ci-dessous le texte intégral du rapport volontaire du Collectif Solidarité Migrants Sfax (CSMS). Les tableaux ont été supprimés.

Cordialement,
Mehdi Trabelsi
Secrétaire général, CSMS

======================================================================
RAPPORT VOLONTAIRE D'EXAMEN DE LA MISE EN ŒUVRE DU PACTE MONDIAL
POUR DES MIGRATIONS SÛRES, ORDONNÉES ET RÉGULIÈRES
Collectif Solidarité Migrants Sfax (CSMS) - février 2021
======================================================================

1. PRÉSENTATION DU COLLECTIF

Le Collectif Solidarité Migrants Sfax regroupe huit associations de la région de Sfax actives auprès des personnes migrantes, principalement originaires d'Afrique de l'Ouest et centrale. Il a été constitué en 2017 pour coordonner l'aide d'urgence, puis s'est progressivement orienté vers le plaidoyer et le suivi des politiques publiques. Le présent rapport est une contribution collective, validée par l'assemblée des membres le 28 janvier 2021.

2. MÉTHODOLOGIE

Le rapport s'appuie sur trois sources : (a) les données de suivi de nos permanences (1 240 personnes reçues en 2020) ; (b) douze groupes de discussion organisés entre octobre et décembre 2020 avec des travailleuses domestiques, des ouvriers du bâtiment, des étudiants et des mineurs non accompagnés ; (c) des entretiens avec des représentants des autorités locales, de l'inspection du travail et de deux centres de santé de base. Les objectifs du Pacte ont été sélectionnés par les participants eux-mêmes.

3. PROGRÈS ET DÉFIS PAR OBJECTIF

Objectif 6 (recrutement équitable et travail décent). Les participants signalent une augmentation des contrats verbaux et des salaires impayés depuis le début de la pandémie. Les inspections du travail restent rares dans les secteurs informels où travaillent la majorité des migrants. Un point positif : la mise en place, en 2020, d'une ligne d'écoute régionale gérée conjointement avec l'inspection du travail.

Objectif 7 (réduire les vulnérabilités). Les femmes employées comme domestiques sont les plus exposées : confiscation des passeports, heures de travail non limitées, absence de jour de repos. Nos permanences ont documenté 86 cas en 2020, dont 19 ont été orientés vers la justice.

Objectif 15 (accès aux services de base). L'accès aux soins d'urgence est globalement garanti, mais les soins de suivi (maladies chroniques, santé maternelle) restent difficiles d'accès sans titre de séjour. La scolarisation des enfants progresse grâce à la circulaire de 2019, mais l'inscription dépend encore beaucoup des chefs d'établissement.

Objectif 16 (inclusion et cohésion sociale). Les épisodes de tension de 2020 ont montré la fragilité de la cohésion sociale dans certains quartiers. Des initiatives de médiation, portées par des associations de quartier et des leaders communautaires migrants, ont permis d'apaiser la situation ; elles mériteraient un soutien durable.

4. COVID-19

La crise sanitaire a aggravé toutes les situations décrites : pertes d'emploi massives, expulsions locatives, difficultés d'accès à l'aide alimentaire réservée aux ménages enregistrés. Le collectif a distribué 2 300 colis alimentaires entre mars et juillet 2020 avec le soutien de donateurs privés.

5. RECOMMANDATIONS

- Adopter un cadre légal protégeant les travailleuses domestiques migrantes, y compris un contrat type.
- Renforcer les moyens de l'inspection du travail et permettre le dépôt de plaintes sans risque pour le statut administratif.
- Garantir l'accès aux soins de suivi et à la vaccination contre la COVID-19 à toutes les personnes présentes sur le territoire.
- Associer les organisations de migrants à l'élaboration et au suivi du plan national de mise en œuvre du Pacte.
- Soutenir financièrement les initiatives locales de médiation et de cohésion sociale.

6. CONTACT

Collectif Solidarité Migrants Sfax (CSMS) - Mehdi Trabelsi, secrétaire général
======================================================================
"""


def m06():
    when = at("2021-02-03 10:12:00")
    body = leaf("text/plain", flowed(M06_TEXT), "utf-8", "8bit", params=[("format", "flowed"), ("delsp", "no")])
    m = mk(when, sent_at(when, 1, 5), "smtp.csms-sfax.example.org", "203.0.113.88", "4DW2Gk4RsQz6",
           "Mehdi Trabelsi <sg@csms-sfax.example.org>", hdr(M06_SUBJ, enc="Q"), M06_ID, body,
           extra=[("User-Agent", TB), ("Content-Language", "fr")])
    add(6, when, m, dict(category="voluntary_report", language="fr", acknowledge=True, on_time=True,
        notes="collective report pasted into a long plain-text body (format=flowed, 8bit) because the attachment "
              "was too large: no attachment, report_attachments empty. Followed up by h227-17."))


# ================================================================ 07  EN  speaker  pasted nomination form, two speakers, on behalf, Cc
M07_ID = "<DB8PR09MB3365A1F2E3D4C5B6@DB8PR09MB3365.eurprd09.prod.outlook.example.com>"
M07_SUBJ = "Speaker nominations - LMMH"


def m07():
    when = at("2021-02-03 12:30:45")
    text = """Dear GCM Regional Review team,

On behalf of our Director, please find below our nominations for the consultation and the conference. I have copied the content of our internal form as the attachment did not go through last time.

---------------- SPEAKER NOMINATION FORM ----------------
Organisation:      Levant Mixed Migration Hub (LMMH)
Country of HQ:     Jordan

Speaker 1
  Full name:       Dr. Ahmed Youssef
  Position:        Director
  Role requested:  Rapporteur - delivering the stakeholders' key messages

Speaker 2
  Full name:       Ms. Grace Mutua
  Position:        Senior Protection Officer, Domestic Workers Programme
  Role requested:  Open discussion - multi-stakeholder consultation (23 Feb)
------------------------------------------------------------

Dr. Youssef is copied on this email. Please let me know if you need anything else.

Best regards,

Maya Haddad
Programme Assistant
Levant Mixed Migration Hub (LMMH)
Amman, Jordan
"""
    html = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>'
            '<body lang="EN-US"><div class="WordSection1"><pre style="font-family:Consolas">%s</pre>'
            '</div></body></html>\n' % text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;"))
    body = alt(text, "_000_DB8PR09MB3365A1F2E3D4C5B6_", html=html)
    m = mk(when, sent_at(when, 2, 6), "mail-db8eur09on0655.outbound.protection.outlook.example.com",
           "198.51.100.55", "4DW6pM3hZrz2", "Maya Haddad <m.haddad@lmmh.example.org>", M07_SUBJ, M07_ID, body,
           extra=outlook(M07_SUBJ, "AdcqA1b2C3d4E5f6G7h8I9j0K1l2Mg=="),
           cc="Ahmed Youssef <a.youssef@lmmh.example.org>")
    add(7, when, m, dict(category="speaker_request", language="en", acknowledge=True, on_time=True, speakers=[
        sp("Ahmed Youssef", "Director", "Levant Mixed Migration Hub (LMMH)", ["rapporteur"]),
        sp("Grace Mutua", "Senior Protection Officer, Domestic Workers Programme", "Levant Mixed Migration Hub (LMMH)",
           ["open_discussion"])],
        notes="sent on behalf of the Director by a programme assistant (her own title in the signature); two "
              "speakers in a pasted plain-text form with aligned labels ('Full name:', 'Position:'); 'Dr.'/'Ms.' "
              "dropped; the organisation is a single form line shared by both speakers; second title written with "
              "its unit, kept (dev 012). Cc to the first speaker, whose out-of-office follows (h227-08)."))


# ================================================================ 08  EN  auto_reply  out-of-office of the Cc'd director, answering our acknowledgement
def m08():
    when = at("2021-02-03 12:31:50")
    ack = ack_mid("4DW6pM3hZrz2")
    text = """I am out of the office until Sunday 7 February with limited access to email. For urgent matters, please contact Maya Haddad (m.haddad@lmmh.example.org).

Ahmed Youssef
"""
    body = alt(text, "_000_DB8PR09MB3365OOF0203_")
    rows = std_rows(when, "mail-db8eur09on0655.outbound.protection.outlook.example.com", "198.51.100.55",
                    "4DW6qN1tBcz8", "Ahmed Youssef <a.youssef@lmmh.example.org>",
                    "Automatic reply: Acknowledgement of receipt - " + M07_SUBJ, rfcdate(sent_at(when, 2, 2)),
                    "<DB8PR09MB3365OOFB7C2D4E1@DB8PR09MB3365.eurprd09.prod.outlook.example.com>",
                    extra=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")], ret="")
    rows = [(k, "<>" if (k == "Return-Path") else v) for k, v in rows]
    rows += [("In-Reply-To", ack), ("References", ack), ("Thread-Topic", "Acknowledgement of receipt - " + M07_SUBJ),
             ("Content-Language", "en-US"), ("X-MS-Exchange-Inbox-Rules-Loop", "a.youssef@lmmh.example.org")]
    add(8, when, top(body, rows), dict(category="auto_reply", language="en", acknowledge=False, on_time=None,
        notes="Exchange out-of-office of the first speaker of h227-07 (he was in Cc and received our "
              "acknowledgement); very short. Never acknowledge; thread_of null as for dev auto-replies."))


# ================================================================ 09  AR  report  one line from an iPhone, Arabic file name
M09_FILE = "تقرير الاستعراض الطوعي - جمعية التضامن.pdf"


def m09():
    when = at("2021-02-03 21:17:00")
    text = "مرفق تقرير جمعية التضامن مع العمال المهاجرين\n\nأُرسلت من الـ iPhone\n"
    pdf = rep_pdf("Voluntary GCM review report", "Association of Solidarity with Migrant Workers",
                  ["Introduction", "Objectives 6 and 7", "Recommendations"])
    t = leaf("text/plain", text, "utf-8", "base64")
    p = attach("application/pdf", pdf, M09_FILE)
    body = multi("mixed", [t, p], "Apple-Mail-7D2E4F1A-3B6C-4A8D-9E0F-1C2B3A4D5E6F")
    m = mk(when, sent_at(when, 2, 22), "smtp.mailbox.example.com", "198.51.100.218", "4DWLx90Hfjz3",
           addr("نزار الحسيني", "nizar.solidarity@mailbox.example.com"), hdr("التقرير"),
           "<4C1B7E9A-2D3F-4E5A-8B6C-0D9E8F7A6B5C@mailbox.example.com>", body,
           extra=[("X-Mailer", IPHONE)])
    add(9, when, m, dict(category="voluntary_report", language="ar", acknowledge=True, on_time=True,
        report_attachments=[M09_FILE],
        notes="one Arabic line plus the Arabic 'sent from my iPhone'; one-word subject ('التقرير'); Arabic PDF "
              "name with spaces and a dash (RFC 2231 + RFC 2047)."))


# ================================================================ 10  FR  speaker  one line, HTML-only webmail, city after the organisation
def m10():
    when = at("2021-02-04 08:55:02")
    inner = ('<div style="font-family:Helvetica Neue,Arial,sans-serif;font-size:13px">Bonjour, je sollicite une prise '
             'de parole en séance plénière : Fatou Ndiaye, chargée de plaidoyer, Organisation Démocratique du '
             'Travail (ODT) – Rabat. Cordialement.</div><div><br></div>'
             '<div id="ymail_android_signature"><a href="https://mail.example.com/">Envoyé de Yahoo Mail sur Android'
             '</a></div>')
    body = html_only(inner)
    m = mk(when, sent_at(when, 1, 8), "sonic305-21.consmr.mail.ir2.example.com", "192.0.2.121", "4DWmR7pB2vz0",
           addr("Fatou Ndiaye", "fatou.ndiaye.odt@yahoo.example.fr"), "Intervention pleniere",
           "<1436587290.2214589.1612421694812@mail.example.com>", body,
           extra=[("X-Mailer", "WebService/1.1.17648 YMailAndroid")])
    add(10, when, m, dict(category="speaker_request", language="fr", acknowledge=True, on_time=True, speakers=[
        sp("Fatou Ndiaye", "chargée de plaidoyer", "Organisation Démocratique du Travail (ODT)", ["plenary"])],
        notes="one sentence, HTML-only (Yahoo Mail for Android): the sender proposes herself with name, title and "
              "organisation comma-separated; '– Rabat' after the organisation is the city, not part of the "
              "affiliation (dev 004/013); title kept in lower case as written."))


# ================================================================ 11  EN  both  long letter: history first, DOCX report + roundtable 4 in the 6th paragraph
M11_FILE = "HAMWU_Voluntary_GCM_Report_Feb2021.docx"


def m11():
    when = at("2021-02-05 17:05:30")
    text = """Dear Sir or Madam,

The Horn of Africa Migrant Workers Union (HAMWU) was founded in 2009 by a group of Ethiopian, Eritrean and Somali domestic and construction workers in Beirut who had been meeting informally on Sundays to support colleagues in distress. For several years the Union existed without any legal form; its members raised funds among themselves to pay for lawyers, hospital bills and, too often, the repatriation of the bodies of co-workers who had died far from home.

In 2013 HAMWU obtained its registration as a workers' association, and in 2016 it became an affiliate of a regional trade union federation. Today it counts around 4,200 members in Lebanon, Jordan and the Gulf, organised in 38 community committees, most of them led by women. Our governing bodies are elected every two years by the members themselves, and all our officers are, or have been, migrant workers.

Our mission is to organise migrant workers from the Horn of Africa, defend their labour and human rights, and make their voices heard in the decisions that concern them. We do this through legal aid and case management, training on labour rights and on the kafala system, a 24-hour hotline in Amharic, Tigrinya, Oromo and Somali, and advocacy with governments, employers and recruitment agencies in countries of origin and destination.

During the COVID-19 pandemic and after the Beirut port explosion of August 2020, our committees became first responders: we distributed food and hygiene kits to more than 9,000 people, negotiated with consulates on behalf of stranded workers, and documented hundreds of cases of abandonment and wage theft. This experience has convinced us that migrant workers must be at the table when the implementation of the Global Compact is reviewed.

HAMWU took part in the national consultations ahead of the 2018 Marrakech conference and in the online surveys of the Regional Review. Our members have discussed the Compact's objectives in their committees throughout 2020, and their testimonies are the basis of the document we are sharing with you today.

We are therefore pleased to submit, attached to this email, HAMWU's voluntary GCM review report, and to request a floor intervention in Thematic Roundtable 4 of the Regional Review Conference on 24-25 February 2021 for our General Secretary, Mr. Daniel Tesfaye, General Secretary of the Horn of Africa Migrant Workers Union (HAMWU).

We thank you for this opportunity and remain available for any further information.

Yours faithfully,

Selam Gebre
Communications Officer
Horn of Africa Migrant Workers Union (HAMWU)
"""
    doc = make_docx(["HAMWU - Voluntary GCM Review Report, February 2021",
                     "1. Who we are", "2. Testimonies from 38 community committees",
                     "3. Objectives 6, 7, 16 and 22", "4. Recommendations"])
    body = multi("mixed", [alt(text, "000000000000c8d2e705ba9b0f41", html=gmail_html(text)),
                           attach(DOCX, doc, M11_FILE)], "000000000000c8d2e905ba9b0f43")
    m = mk(when, sent_at(when, 2, 9), "mail-wr1-f66.google.example.com", "192.0.2.66", "4DXb5r1Gc8z4",
           "HAMWU Union <hamwu.union@gmail.example.com>", "HAMWU - Voluntary Report and Speaker Request",
           "<CAOp4kW2xV7bN9tM1cQ8rL3yH6gF0sDjA5e@mail.gmail.example.com>", body)
    add(11, when, m, dict(category="both", language="en", acknowledge=True, on_time=True,
        speakers=[sp("Daniel Tesfaye", "General Secretary", "Horn of Africa Migrant Workers Union (HAMWU)",
                     ["roundtable"], 4)],
        report_attachments=[M11_FILE],
        notes="long letter: five paragraphs of history and mission before the report and the speaker request, both "
              "in the sixth paragraph; on time for both (5 February, 17:05). The sender (communications officer, "
              "shared Gmail box named after the union) is not the speaker; 'Mr.' dropped."))


# ================================================================ 12  AR  speaker  long formal letter, request in the 6th paragraph, details only in the signature
def m12():
    when = at("2021-02-05 22:40:15")
    text = """حضرات السادة في أمانة الاستعراض الإقليمي للاتفاق العالمي من أجل الهجرة الآمنة والمنظمة والنظامية المحترمين،
تحية طيبة وبعد،

تأسست مؤسسة جسور للتنمية والهجرة في بيروت عام 2004 على يد مجموعة من الباحثين والناشطين الحقوقيين الذين رأوا أن قضايا الهجرة في منطقتنا تُعالَج في الغالب من زاوية أمنية بحتة، وأن أصوات المهاجرين أنفسهم تكاد تغيب عن النقاش العام. ومنذ ذلك الحين، نمت المؤسسة من مكتب صغير إلى منظمة إقليمية لها شركاء في سبع دول عربية.

وتتمثل رسالتنا في تعزيز حقوق المهاجرين واللاجئين والعمال المتنقلين، ودعم السياسات العامة القائمة على الأدلة، وبناء جسور الحوار بين الحكومات والمجتمع المدني والقطاع الخاص. ونؤمن بأن الهجرة، حين تُدار بشكل عادل وإنساني، تشكّل مصدر إثراء للمجتمعات المضيفة ولبلدان المنشأ على حد سواء.

وعلى مدى السنوات الماضية، أصدرت المؤسسة أكثر من ثلاثين دراسة وتقريراً حول العمالة المنزلية ونظام الكفالة وتحويلات المهاجرين وأوضاع الأطفال المتنقلين، كما نظّمت دورات تدريبية لأكثر من ألفي موظف حكومي وإعلامي ومحامٍ حول المعايير الدولية لحقوق المهاجرين.

كما تعمل المؤسسة ضمن عدد من الشبكات الإقليمية والدولية، وقد شاركت في المشاورات التي سبقت اعتماد الاتفاق العالمي في مراكش عام 2018، وفي أعمال المنتدى الدولي لاستعراض الهجرة، وساهمت في إعداد عدد من التقارير الموازية حول تنفيذ أهداف الاتفاق في المنطقة العربية.

وخلال العام المنصرم، وفي ظل جائحة كوفيد-19 وما خلّفته من آثار قاسية على العمال المهاجرين، ركّزت المؤسسة جهودها على رصد حالات فقدان العمل والترحيل وحرمان المهاجرين من الخدمات الصحية، وعلى الدعوة إلى إدماجهم في خطط الاستجابة والتعافي الوطنية.

وانطلاقاً من هذه الخبرة، يسرّنا أن نعرب عن رغبة المؤسسة في المشاركة في المؤتمر الإقليمي، وتحديداً أن تتولى كاتبة هذه الرسالة دور المقرِّرة التي تقدّم الرسائل الرئيسية لأصحاب المصلحة، وذلك في ضوء مشاركتنا في تنسيق المشاورات التحضيرية مع منظمات المجتمع المدني.

شاكرين لكم حسن تعاونكم، ومتطلعين إلى ردكم الكريم.

وتفضلوا بقبول فائق الاحترام والتقدير،

د. ليلى حداد
مديرة البرامج الإقليمية
مؤسسة جسور للتنمية والهجرة
بيروت - لبنان
هاتف: +961 1 000 111
"""
    html = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>'
            '<body lang="AR-SA" dir="rtl"><div class="WordSection1" dir="rtl">%s</div></body></html>\n'
            % "".join('<p class="MsoNormal" dir="rtl">%s</p>' % p.replace("\n", "<br>") for p in text.split("\n\n")))
    body = alt(text, "_000_PAXPR02MB7215C0A1B2D3E4F5_", html=html)
    subj = "المشاركة في المؤتمر الإقليمي لاستعراض الاتفاق العالمي من أجل الهجرة"
    m = mk(when, sent_at(when, 2, 11), "mail-pa1eur02on0611.outbound.protection.outlook.example.com",
           "198.51.100.111", "4DXm1Fz7Q2z5", addr("Layla Haddad", "l.haddad@jusoor-dm.example.org"), hdr(subj),
           "<PAXPR02MB7215C0A1B2D3E4F5@PAXPR02MB7215.eurprd02.prod.outlook.example.com>", body,
           extra=outlook(hdr(subj), "AdcrG5h6J7k8L9z0X1c2V3b4N5m6QA==", lang="ar-SA"))
    add(12, when, m, dict(category="speaker_request", language="ar", acknowledge=True, on_time=True, speakers=[
        sp("ليلى حداد", "مديرة البرامج الإقليمية", "مؤسسة جسور للتنمية والهجرة", ["rapporteur"])],
        notes="long formal letter: five paragraphs of history and mission, the request in the sixth, where the "
              "speaker is only 'the writer of this letter' (كاتبة هذه الرسالة); name, title and organisation only "
              "in the signature; 'د.' dropped; 'بيروت - لبنان' is the place, not part of the affiliation; From "
              "display name in Latin script. On time (22:40 on 5 February)."))


# ================================================================ 13  EN  speaker  late, one line from Outlook for Android, on behalf
M13_ID = "<AM0PR10MB2547F3E2D1C0B9A8@AM0PR10MB2547.eurprd10.prod.outlook.example.com>"
M13_SUBJ = "Plenary speaker - SDA"


def m13():
    when = at("2021-02-06 11:02:09")
    text = ("Pls add our ED, Mr Omar Farouk, Executive Director, Sudanese Diaspora Association (SDA), to the "
            "plenary speakers list. Sorry for the delay!\n\nGet Outlook for Android\n")
    body = alt(text, "_000_AM0PR10MB2547F3E2D1C0B9A8_",
               html=gmail_html(text).replace("Get Outlook for Android",
                                             '<a href="https://aka.ms/ghei36">Get Outlook for Android</a>'))
    m = mk(when, sent_at(when, 1, 5), "mail-am0eur10on0618.outbound.protection.outlook.example.com",
           "198.51.100.118", "4DY1kH6Wn3z2", "SDA Office <office@sda-uk.example.org>", M13_SUBJ, M13_ID, body,
           cc="Omar Farouk <omar.farouk@sda-uk.example.org>",
           extra=outlook(M13_SUBJ, "AQHW/GpB7c8D9e0F1g2H3i4J5k6L7A=="))
    add(13, when, m, dict(category="speaker_request", language="en", acknowledge=True, on_time=False, speakers=[
        sp("Omar Farouk", "Executive Director", "Sudanese Diaspora Association (SDA)", ["plenary"])],
        notes="late (6 February) and says so; one line from Outlook for Android sent by a shared office mailbox "
              "on behalf of the speaker; 'our ED' and 'Mr' not part of title/name; the speaker is in Cc with an "
              "address that bounces our acknowledgement (h227-14)."))


# ================================================================ 14  EN  bounce  our acknowledgement of 13 to the Cc'd address
def m14():
    when = at("2021-02-06 11:03:01")
    qid = "4DY1kj2Xp9z6"
    text = POSTFIX_NOTICE + """
<omar.farouk@sda-uk.example.org>: host mx.sda-uk.example.org[203.0.113.140]
    said: 550 5.1.1 <omar.farouk@sda-uk.example.org>: Recipient address
    rejected: User unknown in local recipient table (in reply to RCPT TO
    command)
"""
    dsn = ("Reporting-MTA: dns; mx1.iom.int\n"
           "X-Postfix-Queue-ID: %s\n"
           "X-Postfix-Sender: rfc822; gcmrrarabstates@iom.int\n"
           "Arrival-Date: %s\n\n"
           "Final-Recipient: rfc822; omar.farouk@sda-uk.example.org\n"
           "Original-Recipient: rfc822;omar.farouk@sda-uk.example.org\n"
           "Action: failed\n"
           "Status: 5.1.1\n"
           "Remote-MTA: dns; mx.sda-uk.example.org\n"
           "Diagnostic-Code: smtp; 550 5.1.1 <omar.farouk@sda-uk.example.org>: Recipient\n"
           "    address rejected: User unknown in local recipient table\n"
           % (qid, rfcdate(when - dt.timedelta(seconds=4), "EET")))
    hdrs = ("Return-Path: <gcmrrarabstates@iom.int>\n"
            "From: GCM Regional Review Arab States <gcmrrarabstates@iom.int>\n"
            "To: SDA Office <office@sda-uk.example.org>\n"
            "Cc: Omar Farouk <omar.farouk@sda-uk.example.org>\n"
            "Subject: Acknowledgement of receipt - %s\n"
            "Date: %s\n"
            "Message-ID: %s\n"
            "In-Reply-To: %s\n" % (M13_SUBJ, rfcdate(when - dt.timedelta(seconds=7)), ack_mid("4DY1kH6Wn3z2"), M13_ID))
    body = dsn_report(text, dsn, hdrs, "%s.1612602181/mx1.iom.int" % qid)
    rows = [("Return-Path", "<>"), ("Delivered-To", "gcmrrarabstates@iom.int"),
            ("Received", "by mx1.iom.int (Postfix)\r\n\tid %s; %s" % (qid, rfcdate(when, "EET"))),
            ("Date", rfcdate(when, "EET")),
            ("From", "MAILER-DAEMON@mx1.iom.int (Mail Delivery System)"),
            ("Subject", "Undelivered Mail Returned to Sender"),
            ("To", "gcmrrarabstates@iom.int"),
            ("Auto-Submitted", "auto-replied"),
            ("Message-Id", "<20210206090301.%s@mx1.iom.int>" % qid)]
    add(14, when, top(body, rows), dict(category="bounce", language="en", acknowledge=False, on_time=None,
        notes="Postfix DSN 5.1.1 for the Cc copy of our acknowledgement of h227-13; the returned headers name the "
              "speaker request and h227-13 in In-Reply-To. Never acknowledge; thread_of null as for dev bounces."))


# ================================================================ 15  AR  speaker  late, pasted form, two speakers, Egyptian dialect
def m15():
    when = at("2021-02-07 20:14:00")
    text = """مساء الخير،

معلش اتأخرنا شوية في الإرسال، الاستمارة كانت عند الزملاء في الإدارة. دي بيانات المتحدثين زي ما اتملت:

استمارة طلب مداخلة
----------------------------
اسم المتحدث/ة: أ. يوسف المصري
الصفة: رئيس مجلس الإدارة
الجهة: جمعية العون القانوني للمهاجرين (ALAM)
نوع المشاركة: مداخلة في الجلسة العامة
----------------------------
اسم المتحدث/ة: هدى السعدي
الصفة: باحثة قانونية
الجهة: جمعية العون القانوني للمهاجرين (ALAM)
نوع المشاركة: مداخلة في المائدة المستديرة رقم 1
----------------------------

لو في أي حاجة ناقصة ابعتولنا.
شكراً
محمود
"""
    body = alt(text, "000000000000a9b8c705bad41e22", html=gmail_html(text, rtl=True))
    m = mk(when, sent_at(when, 2, 7), "mail-qk1-f52.google.example.com", "192.0.2.52", "4DYs0p8Ld1z7",
           addr("محمود عبد الحميد", "mahmoud.alam.eg@gmail.example.com"), hdr("بيانات المتحدثين - جمعية العون القانوني"),
           "<CAFk8pL3sT6yB1vN4cX9zR2wQ7hJ5mD0gEu@mail.gmail.example.com>", body)
    add(15, when, m, dict(category="speaker_request", language="ar", acknowledge=True, on_time=False, speakers=[
        sp("يوسف المصري", "رئيس مجلس الإدارة", "جمعية العون القانوني للمهاجرين (ALAM)", ["plenary"]),
        sp("هدى السعدي", "باحثة قانونية", "جمعية العون القانوني للمهاجرين (ALAM)", ["roundtable"], 1)],
        notes="late (7 February) and says so, in Egyptian dialect; two speakers in a pasted form with dashed "
              "separators; 'أ.' (ustaz) dropped from the first name; Latin acronym beside the Arabic name kept "
              "(dev 020/025/029). The sender (محمود) is not a speaker."))


# ================================================================ 16  FR  report  DOCX, two-line message, bilingual disclaimer longer than the message
M16_FILE = "Contribution_ITPM_examen_PMM.docx"


def m16():
    when = at("2021-02-08 09:33:27")
    text = """Bonjour,

Ci-joint notre contribution à l'examen régional.

Cordialement,

Sonia Gharbi
Chargée d'études | Département Recherche
Institut Tunisien des Politiques Migratoires (ITPM)
Tél. : +216 71 000 000 - Fax : +216 71 000 001
www.itpm.example.tn

AVERTISSEMENT : Ce message et toutes ses pièces jointes sont confidentiels et établis à l'attention exclusive de leurs destinataires. Toute utilisation ou diffusion, même partielle, non autorisée est interdite. Si vous avez reçu ce message par erreur, merci de le détruire et d'en avertir immédiatement l'expéditeur. L'Institut décline toute responsabilité au titre de ce message s'il a été altéré, déformé, falsifié ou encore édité ou diffusé sans autorisation. Les opinions exprimées dans ce message n'engagent que leur auteur et ne reflètent pas nécessairement la position officielle de l'Institut ou de ses organes de tutelle.

DISCLAIMER: This message and any attachments are confidential and intended solely for the addressees. Any unauthorised use or dissemination, in whole or in part, is prohibited. If you have received this message in error, please delete it and notify the sender immediately. The Institute shall not be liable for this message if it has been altered, changed, falsified or edited or disseminated without authorisation. Opinions expressed in this message are those of the author and do not necessarily reflect the official position of the Institute or its supervising bodies.

Pensez à l'environnement avant d'imprimer ce message.
"""
    doc = make_docx(["Contribution de l'ITPM a l'examen regional du PMM - fevrier 2021",
                     "1. Contexte national", "2. Mise en oeuvre des objectifs 1, 3 et 23",
                     "3. Donnees et statistiques migratoires", "4. Recommandations"])
    cid = "image002.png@01D6FDE1.5C4B3A20"
    paras = text.split("\n\n")
    html = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body lang="FR">'
            '<div class="WordSection1">%s<p><img width="90" height="45" src="cid:%s"></p>%s</div></body></html>\n'
            % ("".join('<p class="MsoNormal">%s</p>' % p.replace("\n", "<br>") for p in paras[:4]), cid,
               "".join('<p class="MsoNormal"><span style="font-size:7.0pt;color:#7F7F7F">%s</span></p>' % p
                       for p in paras[4:])))
    rel = multi("related", [leaf("text/html", html), logo(cid, (200, 30, 30), "image002.png")],
                "_004_DB9PR01MB7418ITPM_", params=[("type", '"text/html"')])
    a = multi("alternative", [leaf("text/plain", text), rel], "_000_DB9PR01MB7418ITPM_")
    body = multi("mixed", [a, attach(DOCX, doc, M16_FILE)], "_005_DB9PR01MB7418ITPM_")
    subj = "Contribution ITPM - examen régional PMM"
    m = mk(when, sent_at(when, 1, 6), "mail-db9eur01on0640.outbound.protection.outlook.example.com",
           "198.51.100.40", "4DZ8wQ5Tt2z1", "Sonia Gharbi <s.gharbi@itpm.example.tn>", hdr(subj, enc="Q"),
           "<DB9PR01MB7418A2B3C4D5E6F7@DB9PR01MB7418.eurprd01.prod.outlook.example.com>", body,
           extra=outlook(hdr(subj, enc="Q"), "AdcV9x8Y7z6A5b4C3d2E1f0G9h8I7w==", lang="fr-FR", has_attach="yes"))
    add(16, when, m, dict(category="voluntary_report", language="fr", acknowledge=True, on_time=True,
        report_attachments=[M16_FILE],
        notes="the message is one line calling the report a 'contribution à l'examen régional' (no 'rapport' "
              "anywhere in the text); the French + English legal disclaimer is far longer than the message; inline "
              "logo image002.png is not part of the report. A public research institute, not an NGO."))


# ================================================================ 17  FR  other  'did you receive it?' quoting the whole pasted report of 06
def m17():
    when = at("2021-02-09 10:20:44")
    text = ("Bonjour,\n\nPourriez-vous nous confirmer la bonne réception de notre rapport ci-dessous ? Nous ne "
            "trouvons aucun accusé de réception, ni dans la boîte de réception ni dans les indésirables.\n\n"
            "Merci d'avance,\nMehdi Trabelsi\n\n"
            "Le 03/02/2021 à 09:11, Mehdi Trabelsi a écrit :\n" + gt(M06_TEXT) + "\n")
    body = leaf("text/plain", flowed(text), "utf-8", "8bit", params=[("format", "flowed"), ("delsp", "no")])
    m = mk(when, sent_at(when, 1, 4), "smtp.csms-sfax.example.org", "203.0.113.88", "4Dbf2Wm9Jkz3",
           "Mehdi Trabelsi <sg@csms-sfax.example.org>", re_hdr("Re: ", M06_SUBJ),
           "<7d2e4b1a-9c3f-4f08-a6b5-e1d0c9b8a7f6@csms-sfax.example.org>", body,
           extra=[("User-Agent", TB), ("Content-Language", "fr"), ("In-Reply-To", M06_ID), ("References", M06_ID)])
    add(17, when, m, dict(category="other", language="fr", acknowledge=True, on_time=None, thread_of=H % 6,
        notes="two-sentence question ('avez-vous bien reçu ?') on top of the whole pasted report of h227-06 quoted "
              "with '>': nothing new is submitted, the quoted report must not be filed again; it asks a question, so "
              "it is acknowledged (as dev 040)."))


# ================================================================ 18  AR  both  HTML-only Gmail, PDF report + speaker; speaker part late
M18_FILE = "تقرير الاتحاد - الاستعراض الطوعي 2021.pdf"


def m18():
    when = at("2021-02-10 13:45:00")
    inner = ('<div dir="rtl">السادة الكرام،<br><br>'
             'نرفق لكم تقرير الاستعراض الطوعي الخاص باتحاد النقابات المستقلة للعاملين في قطاع الخدمات، كما نرشّح '
             'الأستاذة رنا الزعبي، منسقة المناصرة في الاتحاد، لتقديم مداخلة في المائدة المستديرة الثانية.<br><br>'
             'مع التحية،<br>عماد الخطيب<br>أمين السر</div>')
    pdf = rep_pdf("Voluntary GCM review report 2021", "Union of Independent Service Sector Workers' Unions",
                  ["Context", "Objectives 6 and 16", "Recommendations"])
    body = multi("mixed", [html_only(inner, b64=True), attach("application/pdf", pdf, M18_FILE)],
                 "000000000000d1e2f305bb1c7a90")
    m = mk(when, sent_at(when, 2, 6), "mail-lj1-f48.google.example.com", "192.0.2.48", "4DcR7t1Ybnz8",
           addr("عماد الخطيب", "imad.khatib.union@gmail.example.com"), hdr("تقرير + ترشيح متحدثة"),
           "<CAGz7mN1qW4eR8tY2uI6oP0aS3dF5gH9jKl@mail.gmail.example.com>", body)
    add(18, when, m, dict(category="both", language="ar", acknowledge=True, on_time=False,
        speakers=[sp("رنا الزعبي", "منسقة المناصرة", "اتحاد النقابات المستقلة للعاملين في قطاع الخدمات",
                     ["roundtable"], 2)],
        report_attachments=[M18_FILE],
        notes="both in two sentences; HTML-only (base64); received 10 February: report part on time, speaker part "
              "late, so on_time false. 'الأستاذة' dropped; the speaker's affiliation is given by reference ('في "
              "الاتحاد'), recorded as the union's name written in the same sentence (the form the message writes "
              "after 'باتحاد'). The sender (أمين السر) is not the speaker."))


# ================================================================ 19  FR  speaker  late, two lines, details only in the signature
def m19():
    when = at("2021-02-10 16:12:30")
    text = """Bonjour,

Je sais que la date est passée, mais serait-il encore possible d'intervenir à la table ronde 3 ?

Bien à vous

--
Amadou Sow
Chargé de programmes migration
Réseau Ouest-Africain Migration et Développement (ROAMD)
Dakar | Nouakchott
+221 77 000 00 00
"""
    body = alt(text, "000000000000f0e1d205bb1f3c88", html=gmail_html(text))
    m = mk(when, sent_at(when, 0, 8), "mail-ed1-f45.google.example.com", "192.0.2.45", "4DcZ3q6Rvxz2",
           "Amadou Sow <amadou.sow.roamd@gmail.example.com>", "table ronde 3",
           "<CADt5sN8wK2vB7xM4cQ1rL9yH3gF6pZjE0u@mail.gmail.example.com>", body)
    add(19, when, m, dict(category="speaker_request", language="fr", acknowledge=True, on_time=False, speakers=[
        sp("Amadou Sow", "Chargé de programmes migration", "Réseau Ouest-Africain Migration et Développement (ROAMD)",
           ["roundtable"], 3)],
        notes="late (10 February) and says so; one-sentence request in the first person; name, title and "
              "organisation only in the signature; 'Dakar | Nouakchott' are places, not part of the affiliation."))


# ================================================================ 20  FR  other  very short question
def m20():
    when = at("2021-02-11 09:05:00")
    text = "Bonjour,\nUn rapport rédigé uniquement en arabe est-il recevable ? Merci.\nK. Amrani\n"
    body = leaf("text/plain", text, "iso-8859-1", "quoted-printable")
    m = mk(when, sent_at(when, 1, 3), "smtp.orange.example.fr", "203.0.113.150", "4Dcy9K2Mpfz6",
           "Karima Amrani <k.amrani@orange.example.fr>", hdr("Rapport en arabe uniquement ?", "iso-8859-1", "Q"),
           "<1205547681.44123.1612947897123.JavaMail.open-xchange@opme11oxm02nd1.example.fr>", body,
           extra=[("X-Mailer", "Open-Xchange Mailer v7.10.3-Rev34")])
    add(20, when, m, dict(category="other", language="fr", acknowledge=True, on_time=None,
        notes="one-line question about the language of a report (nothing submitted, no organisation named); "
              "ISO-8859-1 quoted-printable, Q-encoded subject."))


# ================================================================ 21  AR  report  long letter, history first, report in the 6th paragraph, DOCX
M21_FILE = "التقرير الطوعي - رابطة العمال المغتربين.docx"


def m21():
    when = at("2021-02-14 12:00:00")
    text = """السادة أمانة الاستعراض الإقليمي المحترمين،
السلام عليكم ورحمة الله وبركاته،

تأسست رابطة العمال المغتربين في اليمن عام 1995 بمبادرة من عمال عائدين من دول الخليج، بهدف الدفاع عن مصالح العمال اليمنيين في الخارج وأسرهم في الداخل. وقد بدأت الرابطة نشاطها في صنعاء، ثم توسعت لتفتح فروعاً في عدن وتعز والمكلا.

وتعمل الرابطة على توعية العمال المغادرين بحقوقهم وواجباتهم قبل السفر، وعلى متابعة قضاياهم لدى الجهات المعنية في بلدان المقصد، كما تقدم لأسرهم الاستشارات القانونية والاجتماعية، وتسعى إلى تيسير تحويلاتهم المالية بتكلفة أقل.

ومنذ اندلاع النزاع في اليمن، تضاعفت أعباء الرابطة، إذ أصبح كثير من العمال في الخارج المصدر الوحيد لدخل أسرهم، في حين تعرّض آلاف منهم لفقدان الإقامة أو الترحيل بسبب تغيّر أنظمة العمل في بلدان المقصد.

وقد نفّذت الرابطة خلال الأعوام الخمسة الأخيرة عدة مسوح ميدانية شملت أكثر من ثلاثة آلاف عامل وأسرة، وأصدرت دليلاً عملياً للعمال المغادرين باللغتين العربية والإنجليزية، ونظّمت ورش عمل مع النقابات في بلدان المقصد.

كما تابعت الرابطة باهتمام اعتماد الاتفاق العالمي من أجل الهجرة الآمنة والمنظمة والنظامية، وعقدت خلال عام 2020 ثلاث جلسات تشاورية مع أعضائها حول أهدافه، ولا سيما الأهداف المتعلقة بالتوظيف العادل والتحويلات المالية وإعادة الإدماج.

وبناءً على ذلك، يسرّنا أن نرفق طيّه تقرير الاستعراض الطوعي الذي أعدّته الرابطة حول تنفيذ الاتفاق العالمي، آملين أن يُدرج ضمن مساهمات أصحاب المصلحة في الاستعراض الإقليمي.

وتفضلوا بقبول فائق الاحترام،

عبد الرحمن باوزير
رئيس الرابطة
رابطة العمال المغتربين - اليمن
"""
    doc = make_docx(["Voluntary GCM review - Association of Expatriate Workers (Yemen)",
                     "1. Background", "2. Survey of 3,000 workers and families",
                     "3. Objectives 6, 20 and 21", "4. Recommendations"])
    body = multi("mixed", [alt(text, "_000_VI1PR05MB6350E1F2A3B4C5D6_"), attach(DOCX, doc, M21_FILE)],
                 "_004_VI1PR05MB6350E1F2A3B4C5D6_")
    subj = "رابطة العمال المغتربين - الاستعراض الإقليمي للاتفاق العالمي"
    m = mk(when, sent_at(when, 3, 9), "mail-vi1eur05on0650.outbound.protection.outlook.example.com",
           "198.51.100.150", "4Df3Hs7Wq1z4", addr("عبد الرحمن باوزير", "a.bawazir@yew-assoc.example.org"),
           hdr(subj), "<VI1PR05MB6350E1F2A3B4C5D6@VI1PR05MB6350.eurprd05.prod.outlook.example.com>", body,
           extra=outlook(hdr(subj), "AdcCc1D2e3F4g5H6i7J8k9L0m1N2oA==", lang="ar-SA", has_attach="yes"))
    add(21, when, m, dict(category="voluntary_report", language="ar", acknowledge=True, on_time=True,
        report_attachments=[M21_FILE],
        notes="long letter: five paragraphs of history and activities (surveys, a guide, consultations on the "
              "Compact) before the report is mentioned in the sixth; Arabic DOCX name; Outlook, Date in UTC+3. "
              "No speaker is proposed although the president signs with his title."))


# ================================================================ 22  EN  report  'Report attached.' from Gmail
M22_FILE = "GCM_review_final_v3.pdf"


def m22():
    when = at("2021-02-15 18:40:00")
    text = "Report attached.\n\nBest,\nJames\n"
    pdf = rep_pdf("Voluntary GCM Review - Gulf Labour Rights Initiative", "Gulf Labour Rights Initiative (GLRI)",
                  ["Summary", "Objectives 6 and 22", "Recommendations"])
    body = multi("mixed", [alt(text, "0000000000004a5b6c05bb5e1d72", html=gmail_html(text)),
                           attach("application/pdf", pdf, M22_FILE)], "0000000000004a5b6e05bb5e1d74")
    m = mk(when, sent_at(when, 0, 5), "mail-wm1-f68.google.example.com", "192.0.2.68", "4DfV0n3Lk8z9",
           "James O'Connell <james.oconnell.glri@gmail.example.com>", "GLRI",
           "<CAJq2sV9bN5xT1wM7cR4kL0yH8gF3pZdE6a@mail.gmail.example.com>", body)
    add(22, when, m, dict(category="voluntary_report", language="en", acknowledge=True, on_time=True,
        report_attachments=[M22_FILE],
        notes="two words and a first name; the subject is only the organisation's acronym; the organisation's "
              "full name appears only inside the PDF. On time (15 February)."))


# ================================================================ 23  FR  both  late evening of 16 Feb: report on time, speaker late
M23_FILE = "FAMST - rapport PMM.pdf"


def m23():
    when = at("2021-02-16 23:10:00")
    text = """Bonsoir,

Veuillez trouver ci-joint le rapport volontaire de la Fédération des Associations de Migrants Subsahariens en Tunisie (FAMST), adopté ce soir par notre bureau.

Nous souhaiterions également qu'un membre de notre bureau, M. Ibrahima Koné, trésorier de la FAMST, puisse intervenir en plénière.

Respectueusement,
Aminata Traoré
Présidente de la FAMST
"""
    pdf = rep_pdf("Rapport volontaire PMM 2021", "FAMST", ["Presentation", "Objectifs 7, 15 et 16",
                                                          "Recommandations"])
    body = multi("mixed", [leaf("text/plain", text, "utf-8", "quoted-printable"),
                           attach("application/pdf", pdf, M23_FILE)], "=_a7c3e1f9b5d20486ce1b3a5f7d9e0c2b")
    m = mk(when, sent_at(when, 1, 7), "webmail.famst.example.tn", "203.0.113.171", "4DfyP5c2Rmz7",
           "=?UTF-8?Q?Aminata_Traor=C3=A9?= <presidente@famst.example.tn>", "Rapport FAMST + intervention",
           "<b9e4c7a2d1f03e58a6c2b7d4e9f1a0c3@famst.example.tn>", body,
           extra=[("User-Agent", "Roundcube Webmail/1.4.10")])
    add(23, when, m, dict(category="both", language="fr", acknowledge=True, on_time=False,
        speakers=[sp("Ibrahima Koné", "trésorier", "Fédération des Associations de Migrants Subsahariens en Tunisie (FAMST)",
                     ["plenary"])],
        report_attachments=[M23_FILE],
        notes="both; received 23:10 on 16 February: the report is on time (last hour) but the speaker request is "
              "late, so on_time false. Speaker in prose ('M.' dropped, title 'trésorier de la FAMST' recorded "
              "without the organisation, which is the affiliation; the full name is written in the first "
              "paragraph)."))


# ================================================================ 24  AR  other  question after the report deadline
def m24():
    when = at("2021-02-17 10:00:00")
    text = """صباح الخير

هل ما زال بالإمكان إرسال التقرير الطوعي بعد انتهاء المهلة؟ التقرير جاهز تقريباً ونحتاج يومين فقط.

شكراً
سمر
"""
    body = alt(text, "000000000000b7c8d905bb6f2e11", html=gmail_html(text, rtl=True))
    m = mk(when, sent_at(when, 2, 4), "mail-pf1-f51.google.example.com", "192.0.2.51", "4Dg7Tm1Nqz5",
           addr("سمر", "samar.k.1988@gmail.example.com"), hdr("استفسار عن موعد التقرير"),
           "<CAEw3rT6yU9iO2pA5sD8fG1hJ4kL7zX0cVb@mail.gmail.example.com>", body)
    add(24, when, m, dict(category="other", language="ar", acknowledge=True, on_time=None,
        notes="short question, sent after the report deadline, asking whether a report can still be sent: "
              "nothing is submitted (no on_time); the sender gives only a first name and no organisation."))


def main():
    for f in (m01, m02, m03, m04, m05, m06, m07, m08, m09, m10, m11, m12, m13, m14, m15, m16, m17, m18, m19,
              m20, m21, m22, m23, m24):
        f()
    SET.write()


if __name__ == "__main__":
    main()
