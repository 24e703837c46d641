#!/usr/bin/env python3
"""Write the blind evaluation set holdout271 (24 raw .eml messages + labels.json).

Deterministic, standard library only:  python3 tests/data/make_eval_sets271.py
Theme: French administrative and informal mail from the Maghreb, the Sahel and the francophone diaspora (20 January -
18 February 2021).  An Oran association's letter 'J'ai l'honneur de...' signed 'P/O La Présidente' that proposes
'Mme la Présidente ..., le Pr Zohra BENKHEDDA' for the plenary (her university out-of-office answers our
acknowledgement with a block of titles in capitals), a Malian home-town association of Montreuil writing entirely in
capitals without accents (two speakers), a Casablanca neighbourhood association in Darija typed in Latin letters
with digits, a Mauritanian diaspora association in New York writing English the French way ('I have the honour to',
'P/O The President') and its thank-you, an N'Djamena organisation in Arabic with a French signature in capitals whose
speaker has no title until a reply to our acknowledgement gives it, a Nouakchott NGO's report typed without accents on
a QWERTY keyboard (the copy of our acknowledgement to its president bounces from a Mauritanian server in French), a
Zarzis association's report and its lawyer ('Me') written with Arabic words in Latin letters, a Béchar volunteer's
question on interpretation in Algerian Arabic with French words, a Rosso league's report and rapporteur, a Rabat
student's iPhone message mangled by predictive text (she only wants to attend), a Montreal researcher whose iPhone
turned 'plenary' into 'plenty', a Niamey field worker writing from a Samsung phone at 23:41 local time on the speaker
deadline (00:41 in Beirut: late), an Ottawa association writing in English capitals to decline, a Brussels
federation's English report and its revised version at 23:31 on the report deadline, a Maghnia association's French
report sent with an Arabic letter (its bilingual Gmail vacation reply answers), a Bamako research network's 'both'
(speaker part late), a Beni Mellal letter 'S/C de Monsieur le Président de la Fédération' with a signed cover letter
beside the report, and a Nador association's report one day late in Darija with 'P.J :'.  Helpers from mailgen.py.
"""
import datetime as dt
from email.header import Header
from email.message import Message
from email.parser import Parser

from mailgen import (EvalSet, DOCX, POL, addr, alt, at, attach, esc, flowed, gmail_html, hdr, leaf, make_docx,
                     make_pdf, mk, multi, re_hdr, received, rep_pdf, rfcdate, sent_at, sp, std_rows, top)
from mailgen import outlook_html, outlook_rows as outlook
from mailgen import quote_block as gt, ack_id as ack_mid, logo

SET = EvalSet(271)
add = SET.add
H = "h271-%02d.eml"

TB = "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:78.0) Gecko/20100101 Thunderbird/78.7.0"
IPHONE = "iPhone Mail (18D52)"
YAHOO = "WebService/1.1.17712 YMailNorrin"
ZIMBRA = "Zimbra 8.8.15_GA_3869 (ZimbraWebClient - GC88 (Win)/8.8.15_GA_3869)"
AOL = "AOL Webmail 44798-STANDARD"
OUTLOOK15 = "Microsoft Outlook 15.0"


def android_html(text):
    inner = "<br>".join(esc(x) for x in text.rstrip("\n").split("\n"))
    return ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body>'
            '<div dir="auto">%s</div></body></html>\n' % inner)


def yahoo_html(text, rtl=False):
    d = "rtl" if rtl else "ltr"
    lines = "".join('<div dir="%s" data-setdir="false">%s</div>' % (d, esc(x) if x else "<br>")
                    for x in text.rstrip("\n").split("\n"))
    return ('<html><head></head><body><div class="ydp5c21e0a4yahoo-style-wrap" style="font-family:Helvetica Neue, '
            'Helvetica, Arial, sans-serif;font-size:16px;">%s</div></body></html>\n' % lines)


def apple_html(text):
    inner = "".join("<div>%s</div>" % (esc(x) if x else "<br>") for x in text.rstrip("\n").split("\n"))
    return ('<html><head><meta http-equiv="content-type" content="text/html; charset=utf-8"></head>'
            '<body dir="auto">%s</body></html>\n' % inner)


def hotmail_html(text):
    inner = "".join('<div style="font-family: Calibri, Arial, Helvetica, sans-serif; font-size: 12pt; color: '
                    'rgb(0, 0, 0);">%s</div>' % (esc(x) if x else "<br>") for x in text.rstrip("\n").split("\n"))
    return ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"><style type="text/css" '
            'style="display:none;"> P {margin-top:0;margin-bottom:0;} </style></head><body dir="ltr">%s</body>'
            '</html>\n' % inner)


def aol_html(text):
    inner = "".join("<div>%s</div>" % (esc(x) if x else "<br>") for x in text.rstrip("\n").split("\n"))
    return ('<html><head></head><body><div style="font-family: Arial, Helvetica, sans-serif; font-size: 10pt;">'
            '%s</div></body></html>\n' % inner)


def zimbra_html(text):
    inner = "".join("<div>%s</div>" % (esc(x) if x else "<br data-mce-bogus=\"1\">")
                    for x in text.rstrip("\n").split("\n"))
    return ('<html><body><div style="font-family: arial, helvetica, sans-serif; font-size: 12pt; color: #000000">'
            '%s</div></body></html>\n' % inner)


def ooo_rows(when, host, ip, qid, sender, mid, subject, topic, orig_id, ack, lang, delay):
    """Headers of an Exchange out-of-office answering our acknowledgement (localised subject)."""
    rows = std_rows(when, host, ip, qid, sender, subject, rfcdate(sent_at(when, *delay)), mid,
                    extra=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")], ret="")
    rows = [(k, "<>" if k == "Return-Path" else v) for k, v in rows]
    loop = str(sender).split("<")[-1].rstrip(">")
    return rows + [("In-Reply-To", ack), ("References", orig_id + " " + ack), ("Thread-Topic", topic),
                   ("Content-Language", lang), ("X-MS-Exchange-Inbox-Rules-Loop", loop)]


def ack_text(lang, subject, what, extra=""):
    if lang == "ar":
        return ("حضرات السادة المحترمين،\n\nتؤكد أمانة الاستعراض الإقليمي للاتفاق العالمي من أجل الهجرة الآمنة "
                "والمنظمة والنظامية في المنطقة العربية استلام رسالتكم «%s» و%s.%s\n\n"
                "الاستعراض الإقليمي للاتفاق العالمي للهجرة - المنطقة العربية" % (subject, what, extra))
    return ("Dear colleague,\n\nThe secretariat of the Regional Review of the Global Compact for Migration in the Arab "
            "region acknowledges receipt of your message \"%s\" and of %s. The secretariat will come back to you "
            "about the programme.%s\n\nGCM Regional Review - Arab States" % (subject, what, extra))


# ================================================================ 01  FR  speaker  Oran association: 'J'ai l'honneur', 'P/O La Présidente', 'le Pr'
M01_ID = "<000b01d6efd4$3c1a2e70$b44e8b50$@nourelbahia-oran.example.dz>"
M01_SUBJ = "N/Réf : 007/ANB/P/2021 - Participation à l'Examen régional du Pacte mondial (demande de prise de parole)"
M01_QID = "4DLb7Rq2Tkz4"
M01_AFF = "Association Nour El Bahia pour la Solidarité avec les Familles de Migrants Disparus (ANB)"


def m01():
    when = at("2021-01-21 10:42:17")
    text = """ASSOCIATION NOUR EL BAHIA POUR LA SOLIDARITE AVEC LES FAMILLES DE MIGRANTS DISPARUS
Agréée sous le n° 0112 du 14/06/2009 – Wilaya d'Oran

Oran, le 19 janvier 2021
N/Réf : 007/ANB/P/2021

A
Monsieur le Coordonnateur du Secrétariat de l'Examen régional
du Pacte mondial pour des migrations sûres, ordonnées et régulières
(Région arabe)

Objet : Participation à la Conférence régionale des 24 et 25 février 2021 – demande de prise de parole.
Réf : Votre lettre d'invitation.

Monsieur le Coordonnateur,

J'ai l'honneur de vous faire connaître que notre association, l'Association Nour El Bahia pour la Solidarité avec les Familles de Migrants Disparus (ANB), a bien reçu votre lettre d'invitation citée en référence et qu'elle se félicite d'être associée à l'Examen régional du Pacte mondial.

Depuis 2009, l'ANB accompagne les familles des jeunes Oranais disparus en mer lors des traversées clandestines vers les côtes espagnoles : recherche et identification, soutien psychologique, démarches auprès des consulats et des services de médecine légale. Plus de 340 familles ont frappé à notre porte à ce jour.

A cet effet, j'ai l'honneur de solliciter, au nom de Mme la Présidente de l'association, le Pr Zohra BENKHEDDA, qu'il lui soit accordé une intervention lors de la séance plénière, afin de porter la voix des mères et des pères qui attendent, parfois depuis plus de dix ans, des nouvelles de leurs enfants.

Mme la Présidente, qui enseigne par ailleurs la psychologie clinique à l'Université El Bahia d'Oran, est en copie de la présente. Se trouvant actuellement en mission à l'étranger, elle m'a chargé de signer la présente par ordre. Vous trouverez ci-joint l'original signé et cacheté.

Je vous prie d'agréer, Monsieur le Coordonnateur, l'expression de ma haute considération.

P/O La Présidente
Le Secrétaire Général

Kamel HADJ-AISSA

--
ASSOCIATION NOUR EL BAHIA
POUR LA SOLIDARITE AVEC LES FAMILLES DE MIGRANTS DISPARUS (ANB)
SECRETARIAT GENERAL
Siège : 14, rue des Frères Bensaïd – Oran 31000 – ALGERIE
Tél/Fax : +213 41 00 00 00 – Mob : +213 550 00 00 00
"""
    letter = make_pdf(["ASSOCIATION NOUR EL BAHIA", "N/Ref : 007/ANB/P/2021", "Oran, le 19 janvier 2021",
                       "Objet : Participation a la Conference regionale des 24 et 25 fevrier 2021",
                       "P/O La Presidente - Le Secretaire General", "[cachet et signature]"])
    cid = "image001.jpg@01D6EFD4.3B9E5A10"
    rel = multi("related", [leaf("text/html", outlook_html(text, lang="FR", img_cid=cid)),
                            logo(cid, (0, 102, 153), "image001.jpg")], "----=_NextPart_001_000C_01D6EFDC.9DE2A5A0",
                params=[("type", '"multipart/alternative"')])
    a = multi("alternative", [leaf("text/plain", text), rel], "----=_NextPart_001_000D_01D6EFDC.9DE2A5A0")
    body = multi("mixed", [a, attach("application/pdf", letter, "Lettre_007-ANB-P-2021.pdf")],
                 "----=_NextPart_000_000B_01D6EFDC.9DE2A5A0")
    m = mk(when, sent_at(when, 1, 7), "mail.nourelbahia-oran.example.dz", "203.0.113.41", M01_QID,
           addr("Kamel Hadj-Aïssa", "sg.nourelbahia@nourelbahia-oran.example.dz", enc="Q"), hdr(M01_SUBJ, enc="Q"),
           M01_ID, body, cc=addr("Zohra Benkhedda", "z.benkhedda@univ-elbahia.example.dz"),
           extra=[("X-Mailer", "Microsoft Outlook 16.0"), ("Thread-Index", "AdbvzwX9kQ2yT4lURs6Hc1bNfA0Ryw=="),
                  ("Content-Language", "fr")])
    add(1, when, m, dict(category="speaker_request", language="fr", acknowledge=True, on_time=True, speakers=[
        sp("Zohra Benkhedda", "Présidente", M01_AFF, ["plenary"])],
        notes="Algerian administrative letter ('N/Réf', 'Objet :', 'J'ai l'honneur de solliciter') signed 'P/O La "
              "Présidente / Le Secrétaire Général': the signer is not the speaker; the speaker is 'Mme la Présidente "
              "de l'association, le Pr Zohra BENKHEDDA' (honorifics 'Mme', 'le Pr' dropped, surname in capitals "
              "recorded in ordinary case); her university teaching is a second activity, not the affiliation. The "
              "attached PDF is the signed letter, not a report. 2009, 340 families and 'dix ans' are history. "
              "Outlook, Date in UTC+1; she is in Cc and her out-of-office answers (h271-02)."))


# ================================================================ 02  FR  auto_reply  the Présidente's university out-of-office, titles in capitals
def m02():
    when = at("2021-01-21 10:43:05")
    ack = ack_mid(M01_QID)
    text = """Bonjour,

Je suis en mission à l'étranger jusqu'au 31 janvier 2021 et ne consulte ma messagerie que de manière irrégulière.

Pour les questions pédagogiques, merci de vous adresser au secrétariat du département (dep.psycho@univ-elbahia.example.dz).
Pour l'association Nour El Bahia, vous pouvez joindre M. Kamel Hadj-Aïssa, Secrétaire Général (sg.nourelbahia@nourelbahia-oran.example.dz).

Cordialement,

Pr Zohra BENKHEDDA
PROFESSEUR DE PSYCHOLOGIE CLINIQUE
CHEF DE L'EQUIPE DE RECHERCHE "TRAUMA, DEUIL ET EXIL"
FACULTE DES SCIENCES HUMAINES ET SOCIALES
UNIVERSITE EL BAHIA D'ORAN
PRESIDENTE DE L'ASSOCIATION NOUR EL BAHIA
"""
    body = alt(text, "_000_DB7PR02MB4619B2E8C04F1A73DB7PR02MB4619eurp_", html=outlook_html(text, lang="FR"))
    subj = hdr("Réponse automatique : Accusé de réception - " + M01_SUBJ, enc="Q")
    rows = ooo_rows(when, "mail-db7eur02on0641.outbound.protection.outlook.example.com", "198.51.100.141",
                    "4DLb8Fm64Wz0", addr("Zohra Benkhedda", "z.benkhedda@univ-elbahia.example.dz"),
                    "<DB7PR02MB4619B2E8C04F1A73@DB7PR02MB4619.eurprd02.prod.outlook.example.com>", subj,
                    hdr("Accusé de réception - " + M01_SUBJ, enc="Q"), M01_ID, ack, "fr-FR", (1, 2))
    add(2, when, top(body, rows), dict(category="auto_reply", language="fr", acknowledge=False, on_time=None,
        notes="French Exchange out-of-office of the speaker proposed in h271-01 (in Cc), answering our acknowledgement "
              "48 seconds later: 'Pr' and six lines of titles in capitals (professor, research team head, "
              "faculty, university, 'PRESIDENTE DE L'ASSOCIATION') and a colleague with 'M.' and his title make it "
              "look like a speaker proposal. Never acknowledge; thread_of null as for dev auto-replies."))


# ================================================================ 03  FR  speaker  Malian home-town association in Montreuil: ALL CAPS, no accents, two speakers
M03_AFF = "Association des Ressortissants du Cercle de Yelimane a Montreuil (ARCYM)"


def m03():
    when = at("2021-01-25 19:06:33")
    subj = "DEMANDE DE PRISE DE PAROLE ARCYM MONTREUIL"
    text = """BONJOUR MADAME MONSIEUR

NOUS AVONS RECU VOTRE LETTRE D INVITATION PAR LE BIAIS DE LA COORDINATION DES ASSOCIATIONS SONINKE D ILE DE FRANCE ET NOUS VOUS EN REMERCIONS.

JE VOUS ECRIS AU NOM DE L ASSOCIATION DES RESSORTISSANTS DU CERCLE DE YELIMANE A MONTREUIL (ARCYM). NOTRE ASSOCIATION EXISTE DEPUIS 1987, ELLE REGROUPE LES TRAVAILLEURS MALIENS DU FOYER DES ROSIERS ET DES ENVIRONS ET ELLE FINANCE DES PROJETS AU PAYS (PUITS, ECOLE, CENTRE DE SANTE).

BEAUCOUP DE NOS JEUNES PASSENT PAR L ALGERIE ET LA LIBYE POUR ESSAYER DE VENIR EN EUROPE. CERTAINS SONT BLOQUES LA BAS DEPUIS DES ANNEES, D AUTRES SONT MORTS DANS LE DESERT OU EN MER. C EST POUR CA QUE LA REUNION DES PAYS ARABES NOUS CONCERNE AUSSI.

NOUS DEMANDONS DONC :
1) QUE NOTRE PRESIDENT, MONSIEUR BOUBACAR SISSOKO, PUISSE PRENDRE LA PAROLE A LA TABLE RONDE NUMERO 3. IL PARLE SONINKE, BAMBARA ET FRANCAIS.
2) QUE MONSIEUR MOUSSA KANTE, RESPONSABLE DES JEUNES DE L ASSOCIATION, QUI EST REVENU DE LIBYE EN 2019, PUISSE PARLER A LA DISCUSSION OUVERTE DU 23 FEVRIER POUR RACONTER CE QU IL A VECU.

MERCI D AVANCE DE NOUS REPONDRE.

LE SECRETAIRE A L ORGANISATION
MAMADOU DIAWARA
ARCYM - MONTREUIL
TEL 06 00 00 00 00

Envoyé à partir de Outlook
"""
    body = alt(text, "_000_AM0PR10MB2931E4C7A05B8D26AM0PR10MB2931EURP_", html=hotmail_html(text))
    m = mk(when, sent_at(when, 1, 6), "EUR05-AM6-obe.outbound.protection.outlook.example.com", "198.51.100.75",
           "4DPf3Vb70Kz2", "DIAWARA MAMADOU <arcym.montreuil@hotmail.example.fr>", subj,
           "<AM0PR10MB2931E4C7A05B8D26@AM0PR10MB2931.EURPRD10.PROD.OUTLOOK.example.com>", body,
           extra=[("Thread-Topic", subj), ("Thread-Index", "AQHW81Kx0c7nC4bUSm2vT9aLr3FqXg=="),
                  ("Content-Language", "fr-FR"), ("X-MS-Has-Attach", ""), ("X-MS-TNEF-Correlator", "")])
    add(3, when, m, dict(category="speaker_request", language="fr", acknowledge=True, on_time=True, speakers=[
        sp("Boubacar Sissoko", "President", M03_AFF, ["roundtable"], 3),
        sp("Moussa Kante", "Responsable des jeunes", M03_AFF, ["open_discussion"])],
        notes="whole message in capitals and without accents or apostrophes ('L ASSOCIATION', 'A MONTREUIL'): "
              "recorded in ordinary case with the letters as typed (no accents added: 'President', 'Kante', "
              "'Yelimane a Montreuil'). Two numbered requests; 'MONSIEUR' dropped; 'TABLE RONDE NUMERO 3' and 'LA "
              "DISCUSSION OUVERTE DU 23 FEVRIER'. The signer (secretary for organisation) is not a speaker; the "
              "coordination that relayed the invitation is not the affiliation; 1987 and 2019 are history. "
              "Outlook.com ('Envoyé à partir de Outlook'), From written SURNAME first."))


# ================================================================ 04  AR  speaker  Casablanca neighbourhood association: Darija in Latin letters (Arabizi)
def m04():
    when = at("2021-01-26 14:27:51")
    subj = "Table ronde 1 - jam3iyat Tadamon Derb Sultan"
    text = """Salam 3alikoum,

Ana smiti Hajar Ait Taleb, khdama coordinatrice f l'Association Tadamon Derb Sultan f Casa. Kankhedmo m3a l3a2ilat dyal drari li mchaw f lharg w ma rj3ouch, w kan3awnou ta les migrants subsahariens li 3aychin m3ana f l7ay (sakan, lmdrassa l wladhom, tbib...).

Chft l'invitation dyalkom 3la la page dyal wa7d jam3iya sa7ba lina w bghit nsharek. Ila kan momkin bghit nhder f la table ronde 1 (nhar 24 wla 25, kif ma bghitou), 3la tajriba dyalna f l7ay: kifach l3a2ilat kay3ichou mlli weldhom kaymchi f lb7er, w kifach wlad l7ay w wlad les migrants kayt3allmou m3a ba3dhom.

Wach khassni n3mmer chi formulaire wla had l'email kafi?

Chokran bzaf w lah ykhlikom

Hajar Ait Taleb
Coordinatrice
Association Tadamon Derb Sultan (ATDS)
Casablanca
06 00 00 00 00
"""
    body = alt(text, "000000000000a7c31e05b9c4e2d8", html=android_html(text))
    m = mk(when, sent_at(when, 1, 5), "mail-wr1-f53.google.example.com", "192.0.2.53", "4DQ2hT8xNkz6",
           "Hajar Ait Taleb <hajar.aittaleb.atds@gmail.example.com>", subj,
           "<CAJk7Tq3vPz0Wn5Rb9Yc2Lm4Ux8Hs6Dg1Fe3@mail.gmail.example.com>", body)
    add(4, when, m, dict(category="speaker_request", language="ar", acknowledge=True, on_time=True, speakers=[
        sp("Hajar Ait Taleb", "Coordinatrice", "Association Tadamon Derb Sultan (ATDS)", ["roundtable"], 1)],
        notes="Moroccan Darija typed in Latin letters with digits (3 = ع, 7 = ح, 2 = ء) and French nouns dropped in "
              "('la table ronde 1', 'les migrants subsahariens', 'formulaire'); the signature is in French. The "
              "writer's language is Darija, so the acknowledgement is in Arabic (as for the Lebanese Arabizi of "
              "h212-03; LABELS.md does not cover Arabizi). Self-nomination, 'nhar 24 wla 25' is the roundtable "
              "day; the question about a form does not make it 'other'. Gmail for Android, Date in UTC+1."))


# ================================================================ 05  EN  speaker  Mauritanian diaspora in New York: 'I have the honour to', 'P/O The President'
M05_ID = "<CAF8wRt2nQ7vLp4Xc9Bz1Ke6Yh3Mj0Sd5Ga@mail.gmail.example.com>"
M05_SUBJ = "Nomination of a rapporteur - Association of Mauritanian Communities in North America (AMCNA)"
M05_QID = "4DQm6Ys15Hz8"
M05_AFF = "Association of Mauritanian Communities in North America (AMCNA)"


def m05():
    when = at("2021-01-27 16:11:09")
    text = """Dear Sir/Madam,

I have the honour to refer to your letter of invitation to the Regional Review of the Global Compact for Safe, Orderly and Regular Migration in the Arab region, which reached us through our partners in Nouakchott.

The Association of Mauritanian Communities in North America (AMCNA) gathers some 2,300 members in New York, Ohio, Kentucky and Montreal. Many of them came through Morocco and the Canary Islands and, in recent years, by the long route through South and Central America.

I have the honour to propose that our Vice-President, Pr. Aichetou Mint Ahmed Salem, serve as one of the rapporteurs who will deliver the stakeholders' key messages at the conference. Pr. Mint Ahmed Salem has coordinated the consultations of our members on the Global Compact since 2019 and is fluent in Arabic (Hassaniya), French and English.

Please accept, Sir/Madam, the assurances of my highest consideration.

P/O The President
Cheikh Ould Baba
Secretary General

ASSOCIATION OF MAURITANIAN COMMUNITIES IN NORTH AMERICA (AMCNA)
ASSOCIATION DES COMMUNAUTES MAURITANIENNES D'AMERIQUE DU NORD
OFFICE OF THE SECRETARY GENERAL
THE BRONX, NEW YORK, NY 10451 - USA
TEL. +1 718 000 0000 / WHATSAPP +222 00 00 00 00
"""
    body = alt(text, "000000000000d2f8a105b9e7c4a1", html=gmail_html(text))
    m = mk(when, sent_at(when, -5, 8), "mail-qk1-f171.google.example.com", "192.0.2.171", M05_QID,
           "Cheikh Ould Baba <secretariat.amcna@gmail.example.com>", M05_SUBJ, M05_ID, body)
    add(5, when, m, dict(category="speaker_request", language="en", acknowledge=True, on_time=True, speakers=[
        sp("Aichetou Mint Ahmed Salem", "Vice-President", M05_AFF, ["rapporteur"])],
        notes="English written the French way ('I have the honour to', 'Please accept ... the assurances of my "
              "highest consideration', 'P/O The President'): the signer, Secretary General, signs for the "
              "president and neither is the speaker. 'Pr.' dropped; 'Mint' (daughter of) is part of the name, and "
              "the second mention uses the surname only ('Pr. Mint Ahmed Salem'). Rapporteur in words. The French "
              "name of the association in capitals below the English one; 2,300 members and 2019 are not event "
              "data. Gmail, Date in UTC-5. Its thank-you follows (h271-09)."))


# ================================================================ 06  AR  speaker  N'Djamena organisation: Arabic letter, French signature in capitals, no title
M06_ID = "<1611830138204.2210574@mail.yahoo.example.com>"
M06_SUBJ = "ترشيح للمشاركة في النقاش المفتوح - المنظمة التشادية لمساعدة المهاجرين والعائدين"
M06_QID = "4DRc0Lx38Pz5"
M06_AFF = "المنظمة التشادية لمساعدة المهاجرين والعائدين (OTAMR)"


def m06():
    when = at("2021-01-28 12:35:40")
    text = """بسم الله الرحمن الرحيم

إلى السادة أمانة الاستعراض الإقليمي للاتفاق العالمي من أجل الهجرة الآمنة والمنظمة والنظامية
المحترمين

الموضوع: ترشيح للمشاركة في النقاش المفتوح

تحية طيبة وبعد،

يشرفني أن أتقدم إليكم باسم المنظمة التشادية لمساعدة المهاجرين والعائدين (OTAMR) بالشكر على دعوتكم الكريمة، وأن أحيطكم علماً بأن منظمتنا تعمل منذ سنة 2011 مع الشباب التشاديين العائدين من ليبيا والجزائر، ومع المهاجرين العالقين في الشمال بين فايا وزوار، وقد استقبلت مراكزها خلال سنة 2020 وحدها أكثر من 1900 عائد.

ويشرفني أن أرشح الأستاذ آدم محمد أبكر للمشاركة في النقاش المفتوح للتشاور مع أصحاب المصلحة يوم الثلاثاء 23 فبراير 2021، حيث سيعرض تجربة المنظمة في استقبال العائدين ومرافقتهم.

وتفضلوا بقبول فائق التقدير والاحترام

عن المنظمة
عبد الكريم محمد نور

LE SECRETAIRE EXECUTIF
ABDELKERIM MAHAMAT NOUR
ORGANISATION TCHADIENNE POUR L'ASSISTANCE AUX MIGRANTS ET RAPATRIES (OTAMR)
QUARTIER MOURSAL, N'DJAMENA - TCHAD
TEL : +235 60 00 00 00 / 90 00 00 00
"""
    a = alt(text, "----=_Part_2210573_1193804477.1611830138203", html=yahoo_html(text, rtl=True), b64=True)
    m = mk(when, sent_at(when, 1, 9), "sonic312-25.consmr.mail.ir2.yahoo.example.com", "198.51.100.212", M06_QID,
           addr("OTAMR Tchad", "otamr.tchad@yahoo.example.fr"), hdr(M06_SUBJ), M06_ID, a, extra=[("X-Mailer", YAHOO)])
    add(6, when, m, dict(category="speaker_request", language="ar", acknowledge=True, on_time=True, speakers=[
        sp("آدم محمد أبكر", None, M06_AFF, ["open_discussion"])],
        notes="Chadian letter in formal Arabic ('يشرفني أن') with the signer's block in French capitals "
              "(LE SECRETAIRE EXECUTIF ...): the signer is not the speaker. 'الأستاذ' is an honorific, and the "
              "speaker's title is not given: title null (the acknowledgement may ask for it; a reply gives it, "
              "h271-10). Affiliation in the body's Arabic form with its French acronym (the name and the "
              "acknowledgement are in Arabic); the French form is in the signature. Open discussion named with its "
              "date; 2011, 2020 and 1900 returnees are history. Yahoo, base64, Date in UTC+1."))


# ================================================================ 07  FR  report  Nouakchott NGO: French without accents (QWERTY), PDF + logo, Cc president
M07_ID = "<5e1b9c3a-7f02-4d6e-a8c4-21f0b6d7e935@tedm-ong.example.mr>"
M07_SUBJ = "Transmission du rapport volontaire de l ONG TEDM - Examen regional PMM"
M07_QID = "4DRw5Kn92Bz1"
M07_FILE = "Rapport_volontaire_TEDM_PMM_2021.pdf"
M07_CC = "a.ouldsidina@chinguinet.example.mr"


def m07():
    when = at("2021-01-29 11:20:26")
    text = """Monsieur le Coordonnateur,

J'ai l'honneur de vous transmettre ci-joint le rapport volontaire de l'ONG Terre d'Espoir pour le Developpement et la Migration (TEDM) dans le cadre de l'Examen regional du Pacte mondial pour des migrations sures, ordonnees et regulieres.

Ce rapport, valide par notre Conseil d'Administration lors de sa session du 23 janvier 2021, porte sur trois points :
- la situation des migrants ouest-africains en transit a Nouadhibou et a Nouakchott ;
- l'acces des pecheurs et des travailleurs migrants aux titres de sejour et aux soins ;
- les retours et les refoulements aux postes frontieres de Rosso et de Gogui.

Notre President, M. Ahmedou Ould Sidina, en copie du present message, reste a votre entiere disposition pour tout complement d'information.

Veuillez agreer, Monsieur le Coordonnateur, l'expression de notre haute consideration.

(Nous vous prions d'excuser l'absence d'accents : notre clavier est en QWERTY.)

-- 
MOHAMED SALEM OULD BOYE
COORDINATEUR NATIONAL
CHARGE DES PROGRAMMES MIGRATION ET PROTECTION
ONG TERRE D'ESPOIR POUR LE DEVELOPPEMENT ET LA MIGRATION (TEDM)
MEMBRE DU RESEAU MAURITANIEN DES ONG DE PROTECTION DES MIGRANTS
ILOT K, LOT 210 - TEVRAGH ZEINA - NOUAKCHOTT - MAURITANIE
BP 0000 - TEL : +222 45 00 00 00 - CEL : +222 36 00 00 00
www.tedm-ong.example.mr
"""
    pdf = rep_pdf("Rapport volontaire - ONG TEDM", "Terre d'Espoir pour le Developpement et la Migration, Nouakchott",
                  ["Migrants en transit a Nouadhibou et Nouakchott", "Titres de sejour et acces aux soins",
                   "Retours et refoulements (Rosso, Gogui)", "Recommandations"])
    cid = "part1.6B0D2E41.3C9F7A85@tedm-ong.example.mr"
    html = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"></head><body>'
            '<p>%s</p><img src="cid:%s" alt="TEDM" width="160" height="60"></body></html>\n'
            % (esc(text).replace("\n", "<br>\n"), cid))
    rel = multi("related", [leaf("text/html", html), logo(cid, (0, 120, 60), "logo_tedm.png")],
                "------------A1E6C04B7D3F52E98B0A14C7")
    a = multi("alternative", [leaf("text/plain", flowed(text), params=[("format", "flowed")]), rel],
              "------------2F7C91D0E5A4B36C81D09E5A")
    body = multi("mixed", [a, attach("application/pdf", pdf, M07_FILE)], "------------C4E08B2A6F91D3570A2E6B1F")
    m = mk(when, sent_at(when, 0, 9), "mail.tedm-ong.example.mr", "203.0.113.58", M07_QID,
           '"ONG TEDM - Coordination" <coordination@tedm-ong.example.mr>', M07_SUBJ, M07_ID, body,
           cc="Ahmedou Ould Sidina <%s>" % M07_CC, extra=[("User-Agent", TB), ("Content-Language", "fr")])
    add(7, when, m, dict(category="voluntary_report", language="fr", acknowledge=True, on_time=True,
        report_attachments=[M07_FILE],
        notes="formal 'J'ai l'honneur de vous transmettre ci-joint' typed without any accent (the sender says the "
              "keyboard is QWERTY); nine-line signature in capitals with two titles and a network membership. "
              "'Notre President, M. ..., en copie ... reste a votre entiere disposition' is not a speaker proposal. "
              "The logo (logo_tedm.png, inline in a related part) is not part of the report. Thunderbird, "
              "format=flowed, Date in UTC+0. The copy of our acknowledgement to the president bounces (h271-08)."))


# ================================================================ 08  FR  bounce  a Mauritanian server returns the Cc copy of our acknowledgement: mailbox full (French DSN)
def m08():
    when = at("2021-01-29 11:21:58")
    host = "mx.chinguinet.example.mr"
    text = """Ceci est le système de messagerie de l'hôte %s.

Nous sommes au regret de vous informer que votre message n'a pas pu
être remis à un ou plusieurs destinataires. Les en-têtes du message
retourné figurent ci-dessous.

Pour toute assistance, écrivez à postmaster@chinguinet.example.mr en
joignant le présent rapport.

                   Le système de messagerie

<%s> : la boîte aux lettres du destinataire est pleine
    (quota dépassé : 102400 Ko)
""" % (host, M07_CC)
    dsn = ("Reporting-MTA: dns; %s\n"
           "X-Postfix-Queue-ID: 2A7F31C0E4\n"
           "X-Postfix-Sender: rfc822; gcmrrarabstates@iom.int\n"
           "Arrival-Date: %s\n\n"
           "Final-Recipient: rfc822; %s\n"
           "Original-Recipient: rfc822;%s\n"
           "Action: failed\n"
           "Status: 5.2.2\n"
           "Diagnostic-Code: x-unix; maildrop: maildir over quota.\n"
           % (host, rfcdate(tz0(when - dt.timedelta(seconds=70))), M07_CC, M07_CC))
    ack_subj = Header("Accusé de réception - " + M07_SUBJ, "utf-8").encode()
    hdrs = ("Return-Path: <gcmrrarabstates@iom.int>\n"
            "Received: from mx1.iom.int (mx1.iom.int [192.0.2.10])\n"
            "\tby %s (Postfix) with ESMTPS id 2A7F31C0E4\n"
            "\tfor <%s>; %s\n"
            "From: GCM Regional Review Arab States <gcmrrarabstates@iom.int>\n"
            "To: \"ONG TEDM - Coordination\" <coordination@tedm-ong.example.mr>\n"
            "Cc: Ahmedou Ould Sidina <%s>\n"
            "Subject: %s\n"
            "Date: %s\n"
            "Message-ID: %s\n"
            "In-Reply-To: %s\n"
            "References: %s\n"
            "MIME-Version: 1.0\n"
            "Content-Type: text/plain; charset=\"utf-8\"\n"
            "Content-Transfer-Encoding: quoted-printable\n"
            % (host, M07_CC, rfcdate(tz0(when - dt.timedelta(seconds=70))), M07_CC, ack_subj,
               rfcdate(when - dt.timedelta(seconds=75)), ack_mid(M07_QID), M07_ID, M07_ID))
    p1 = leaf("text/plain", text, "utf-8", "quoted-printable", extra=[("Content-Description", "Notification")])
    p2 = Message(policy=POL)
    p2["Content-Description"] = "Delivery report"
    p2["Content-Type"] = "message/delivery-status"
    for block in dsn.strip("\n").split("\n\n"):
        p2.attach(Parser(policy=POL).parsestr(block + "\n", headersonly=True))
    p3 = leaf("text/rfc822-headers", hdrs, "us-ascii", "7bit",
              extra=[("Content-Description", "Undelivered Message Headers")])
    body = multi("report", [p1, p2, p3], "3C9B41C0E5.1611912118/%s" % host,
                 params=[("report-type", "delivery-status")])
    rows = [("Return-Path", "<>"), ("Delivered-To", "gcmrrarabstates@iom.int"),
            ("Received", received(when, host, "203.0.113.61", "4DRw7Mp03Dz8")),
            ("Received", "by %s (Postfix)\r\n\tid 3C9B41C0E5; %s" % (host, rfcdate(tz0(when - dt.timedelta(seconds=3)))))]
    rows += [("Date", rfcdate(tz0(when - dt.timedelta(seconds=3)))),
             ("From", "MAILER-DAEMON@%s (Systeme de messagerie)" % host),
             ("Subject", hdr("Message non remis : retour à l'expéditeur", enc="Q")),
             ("To", "gcmrrarabstates@iom.int"),
             ("Auto-Submitted", "auto-replied"),
             ("Message-Id", "<20210129092155.3C9B41C0E5@%s>" % host)]
    add(8, when, top(body, rows), dict(category="bounce", language="fr", acknowledge=False, on_time=None,
        notes="French-localised DSN from the Mauritanian provider's server (not ours): the copy of our "
              "acknowledgement of h271-07 sent to the president in Cc could not be delivered (5.2.2, maildir over "
              "quota). multipart/report with a French notice, the delivery status and the returned headers, which "
              "carry h271-07's subject about a 'rapport volontaire'. Never acknowledge; thread_of null as for dev "
              "bounces."))


def tz0(d):
    return d.astimezone(dt.timezone.utc)


# ================================================================ 09  EN  other  the New York association thanks us (reply to our acknowledgement of 05)
def m09():
    when = at("2021-01-30 15:03:12")
    ack = ack_mid(M05_QID)
    quoted = ack_text("en", M05_SUBJ, "your request for a speaking role (rapporteur)")
    text = """Dear Secretariat,

Thank you very much for your acknowledgement, well received. Choukran.

Pr. Mint Ahmed Salem, in copy, also thanks you and remains, like all of us, at your entire disposal for any further information.

Best regards,

Cheikh Ould Baba
Secretary General, AMCNA

On Wed, Jan 27, 2021 at 9:11 AM GCM Regional Review Arab States <gcmrrarabstates@iom.int> wrote:

""" + gt(quoted) + "\n"
    body = alt(text, "000000000000f1c49305ba1a7e62", html=gmail_html(text))
    m = mk(when, sent_at(when, -5, 7), "mail-qk1-f182.google.example.com", "192.0.2.182", "4DSg9Wt27Rz3",
           "Cheikh Ould Baba <secretariat.amcna@gmail.example.com>", "Re: Acknowledgement of receipt - " + M05_SUBJ,
           "<CAF8wRt5Kx1nYp7Dm3Qa8Lz6Vc0Hb2Je9Ws4@mail.gmail.example.com>", body,
           cc="Aichetou Mint Ahmed Salem <a.mintahmedsalem@gmail.example.com>",
           extra=[("In-Reply-To", ack), ("References", M05_ID + " " + ack)])
    add(9, when, m, dict(category="other", language="en", acknowledge=False, on_time=None, thread_of=H % 5,
        notes="thank-you answering our acknowledgement of h271-05 ('Choukran'): adds nothing new, so no "
              "acknowledgement. The proposed speaker is named again with 'Pr.' and is in Cc, and the quoted "
              "acknowledgement mentions the speaking role: not a new request. Gmail reply with the '>' quote, Date "
              "in UTC-5."))


# ================================================================ 10  AR  speaker  the N'Djamena organisation gives the speaker's title (reply to our acknowledgement of 06)
def m10():
    when = at("2021-02-01 09:48:30")
    ack = ack_mid(M06_QID)
    quoted = ack_text("ar", M06_SUBJ, "طلب المشاركة في النقاش المفتوح",
                      " ونرجو تزويدنا بالمسمى الوظيفي للمتحدث المقترح.")
    text = """السادة أمانة الاستعراض الإقليمي المحترمين،

شكراً على ردكم. وبناءً على طلبكم نفيدكم بأن الأستاذ آدم محمد أبكر يشغل في منظمتنا منصب منسق برنامج استقبال العائدين ومرافقتهم، وهو المسؤول عن مكتبنا في فايا منذ 2017.

ADAM MAHAMAT ABAKAR - COORDONNATEUR DU PROGRAMME D'ACCUEIL ET D'ACCOMPAGNEMENT DES RAPATRIES

وتفضلوا بقبول فائق الاحترام

عبد الكريم محمد نور
الأمين التنفيذي
المنظمة التشادية لمساعدة المهاجرين والعائدين (OTAMR)


في الخميس، 28 يناير 2021، 11:36:02 ص غرينتش+1، كتب GCM Regional Review Arab States <gcmrrarabstates@iom.int>:

""" + gt(quoted) + "\n"
    a = alt(text, "----=_Part_3390125_704912663.1612165706318", html=yahoo_html(text, rtl=True), b64=True)
    m = mk(when, sent_at(when, 1, 8), "sonic305-21.consmr.mail.ir2.yahoo.example.com", "198.51.100.205",
           "4DTq4Cz61Nz7", addr("OTAMR Tchad", "otamr.tchad@yahoo.example.fr"),
           re_hdr("Re: ", "إشعار استلام - " + M06_SUBJ), "<1612165706319.3390126@mail.yahoo.example.com>", a,
           extra=[("In-Reply-To", ack), ("References", M06_ID + " " + ack), ("X-Mailer", YAHOO)])
    add(10, when, m, dict(category="speaker_request", language="ar", acknowledge=True, on_time=True, speakers=[
        sp("آدم محمد أبكر", "منسق برنامج استقبال العائدين ومرافقتهم", M06_AFF, ["open_discussion"])],
        thread_of=H % 6,
        notes="answers our acknowledgement of h271-06, which asked for the speaker's title: it adds the title "
              "('منسق برنامج استقبال العائدين ومرافقتهم'), so it is new information and is acknowledged. The role is "
              "only in the first message (open discussion); a line in French capitals repeats the name in Latin "
              "letters and the title in French, the Arabic forms are kept. 'فايا' and 2017 are not event data. "
              "Yahoo reply with the Arabic quote header, base64."))


# ================================================================ 11  FR  both  Zarzis association: Arabic words in Latin letters, DOCX + 'Me' for roundtable 2
M11_FILE = "Rapport volontaire AABFM – Zarzis (version finale).docx"


def m11():
    when = at("2021-02-02 16:15:44")
    subj = "Rapport volontaire + intervenante table ronde 2 (Amal El Bahr - Zarzis)"
    text = """Aslema,

J'espère que vous allez bien, hamdoullah.

Je vous écris au nom de l'Association Amal El Bahr pour les Familles de Migrants (AABFM), de Zarzis. Chez nous presque chaque famille a un fils, un cousin ou un voisin qui a pris la mer, et depuis 2011 on accompagne les familles des disparus, les rescapés et les pêcheurs qui portent secours en mer.

1) Vous trouverez en pièce jointe notre rapport volontaire sur la mise en œuvre du Pacte vue depuis Zarzis. On l'a écrit avec les mamans des disparus pendant trois réunions au local, bel 3arbi w bel fransi, puis on a tout mis en français. Il est un peu long, smahna.

2) On aimerait aussi que Me Inès Ben Slimane, chargée du pôle juridique de l'association, prenne la parole à la table ronde 2. Elle est avocate au barreau de Médenine et c'est elle qui suit les dossiers d'identification ADN et les procès, elle connaît le sujet mieux que personne.

Inchallah on se verra, même en ligne, le 24. Yaatikom essaha pour votre travail.

Mohamed Ali Jlassi
Secrétaire général – AABFM
Zarzis, Médenine – Tunisie
+216 20 000 000
"""
    doc = make_docx(["Association Amal El Bahr pour les Familles de Migrants (AABFM) - Zarzis",
                     "Rapport volontaire - Examen regional du Pacte mondial sur les migrations 2021",
                     "1. Les familles des disparus en mer", "2. Identification et restitution des corps",
                     "3. Les pecheurs et le sauvetage", "4. Recommandations"])
    a = alt(text, "0000000000007b3e2a05ba5f91c3", html=gmail_html(text))
    body = multi("mixed", [a, attach(DOCX, doc, M11_FILE)], "0000000000007b3e2c05ba5f91c5")
    m = mk(when, sent_at(when, 1, 11), "mail-ed1-f47.google.example.com", "192.0.2.147", "4DVk1Rw58Gz4",
           "Association Amal El Bahr Zarzis <amal.elbahr.zarzis@gmail.example.com>", hdr(subj, enc="Q"),
           "<CAGm4Xz8Tq2Rv6Kp1Wb9Lc3Nd7Yh5Fs0Ej2@mail.gmail.example.com>", body)
    add(11, when, m, dict(category="both", language="fr", acknowledge=True, on_time=True, speakers=[
        sp("Inès Ben Slimane", "chargée du pôle juridique",
           "Association Amal El Bahr pour les Familles de Migrants (AABFM)", ["roundtable"], 2)],
        report_attachments=[M11_FILE],
        notes="French sprinkled with Tunisian Arabic in Latin letters ('Aslema', 'hamdoullah', 'bel 3arbi w bel "
              "fransi', 'smahna', 'Inchallah', 'Yaatikom essaha'): acknowledge in French. Report and speaker in two "
              "numbered points, both on time (2 February). 'Me' (Maître) dropped; her title in the association is "
              "recorded, 'avocate au barreau de Médenine' is her profession. DOCX name with an en dash and brackets "
              "(RFC 2231 + RFC 2047). The sender (secretary general) is not a speaker; 2011 and 'le 24' are not "
              "deadlines. Gmail, Date in UTC+1."))


# ================================================================ 12  AR  other  Béchar volunteer: interpretation and registration, Algerian Arabic with French words
def m12():
    when = at("2021-02-03 20:32:07")
    subj = "سؤال على الترجمة / interprétation"
    text = """السلام عليكم

أنا نسيمة، متطوعة في جمعية الساورة للتضامن مع المهاجرين ببشار. شفنا الدعوة تاعكم وحبينا نتبعو الأشغال تاع 24 و25 فيفري.

عندي زوج أسئلة:
1- واش كاين interprétation simultanée عربي-فرنسي؟ رئيس الجمعية يفهم العربية والفرنسية برك، الإنجليزية لا.
2- واش لازم نعمرو formulaire d'inscription باش نتبعو en ligne، ولا يكفي le lien؟ ووقتاش تبعثوه؟

حنا ما عندناش مداخلة ولا تقرير هاد العام، غير نحبو نسمعو ونتعلمو.

صحيتو، وربي يعاونكم
نسيمة بلحاج

Obtenir Outlook pour Android
"""
    body = alt(text, "_000_VI1PR07MB5328A0C9E61F7B42VI1PR07MB5328eurp_", html=hotmail_html(text).replace(
        'dir="ltr"', 'dir="rtl"'), b64=True)
    m = mk(when, sent_at(when, 1, 9), "EUR03-VE1-obe.outbound.protection.outlook.example.com", "198.51.100.83",
           "4DWp6Gs13Tz9", "Nassima Belhadj <nassima.belhadj.bechar@outlook.example.com>", hdr(subj),
           "<VI1PR07MB5328A0C9E61F7B42@VI1PR07MB5328.eurprd07.prod.outlook.example.com>", body,
           extra=[("Thread-Topic", hdr(subj)), ("Thread-Index", "AQHW+m3cR8bQ1xKvT0SeJ4nZ2uYb5A=="),
                  ("Content-Language", "ar-DZ"), ("X-MS-Has-Attach", ""), ("X-MS-TNEF-Correlator", "")])
    add(12, when, m, dict(category="other", language="ar", acknowledge=True, on_time=None,
        notes="questions on simultaneous interpretation and registration in Algerian Arabic ('واش كاين', 'برك', "
              "'فيفري') with French words in Latin letters ('interprétation simultanée', 'formulaire "
              "d'inscription', 'en ligne', 'le lien'): acknowledge in Arabic. 'حنا ما عندناش مداخلة ولا تقرير' says "
              "they send neither a speaker nor a report; the president is mentioned, not named or proposed. Outlook "
              "for Android, RTL HTML, base64, Date in UTC+1."))


# ================================================================ 13  AR  both  Rosso league: DOCX report + its secretary general as rapporteur (Hassaniya touches)
M13_FILE = "التقرير الطوعي - رابطة العائدين والمهاجرين بروصو.docx"


def m13():
    when = at("2021-02-04 13:05:19")
    subj = "التقرير الطوعي للرابطة وترشيح مقررة"
    text = """بسم الله الرحمن الرحيم

السادة الكرام في أمانة الاستعراض الإقليمي،
السلام عليكم ورحمة الله،

يشرفني أن أحيل إليكم مرفقاً التقرير الطوعي لرابطة العائدين والمهاجرين بروصو (LRMR) حول تنفيذ الاتفاق العالمي من أجل الهجرة، وقد أعددناه بعد لقاءات مع العائدين من إسبانيا وليبيا والمغرب، ومع المهاجرين الذين يعبرون النهر بين روصو السنغالية وروصو الموريتانية. وفيه نتكلم عن المشاكل اللي اتلاگاو فيها العائدين: الأوراق، والخدمة، ونظرة المجتمع لهم.

كما يشرفني أن أقترح السيدة مريم منت الشيخ سيدي، الأمينة العامة للرابطة، لتكون من بين المقررين الذين سيتولون عرض الرسائل الرئيسية لأصحاب المصلحة في المؤتمر.

وتقبلوا فائق الاحترام والتقدير.

محمد الأمين ولد أحمد فال
رئيس الرابطة

LIGUE DES RAPATRIES ET MIGRANTS DE ROSSO (LRMR)
رابطة العائدين والمهاجرين بروصو
ROSSO - TRARZA - MAURITANIE
TEL : +222 46 00 00 00
"""
    doc = make_docx(["رابطة العائدين والمهاجرين بروصو (LRMR)", "التقرير الطوعي - الاستعراض الإقليمي للاتفاق العالمي للهجرة",
                     "أولاً: العائدون من إسبانيا وليبيا والمغرب", "ثانياً: المهاجرون العابرون للنهر",
                     "ثالثاً: الأوراق الثبوتية والعمل", "رابعاً: التوصيات"])
    a = alt(text, "000000000000c5a81f05ba7b2e94", html=gmail_html(text, rtl=True), b64=True)
    body = multi("mixed", [a, attach(DOCX, doc, M13_FILE)], "000000000000c5a82105ba7b2e96")
    m = mk(when, sent_at(when, 0, 12), "mail-wm1-f52.google.example.com", "192.0.2.152", "4DXd2Jv47Wz1",
           addr("رابطة العائدين بروصو", "rabita.rosso@gmail.example.com"), hdr(subj),
           "<CAMr9Qt4Wx7Lk2Pn5Bv8Yd1Zc6Hg3Ja0Fs7@mail.gmail.example.com>", body)
    add(13, when, m, dict(category="both", language="ar", acknowledge=True, on_time=True, speakers=[
        sp("مريم منت الشيخ سيدي", "الأمينة العامة", "رابطة العائدين والمهاجرين بروصو (LRMR)", ["rapporteur"])],
        report_attachments=[M13_FILE],
        notes="Mauritanian formal Arabic with Hassaniya touches ('اللي اتلاگاو فيها', 'الخدمة' for work): report and "
              "rapporteur in one message, both on time (4 February). 'السيدة' dropped, 'منت' (daughter of) kept in "
              "the name; title 'الأمينة العامة للرابطة' recorded without 'للرابطة'; the affiliation with its French "
              "acronym as the body writes it, the French name in capitals in the signature. The signer (president) "
              "is not a speaker; the two Rossos are places. Arabic DOCX name (RFC 2231 + RFC 2047); Gmail, base64, "
              "Date in UTC+0."))


# ================================================================ 14  FR  other  Rabat student from her iPhone, predictive text: only wants to attend
def m14():
    when = at("2021-02-04 22:47:36")
    subj = "Participation conférence 24-25 février"
    text = """Bonsoir,

Je m'appelle Salma Lahlou, je suis étudiante en master Migrations et sociétés à la fac de Rabat et je prépare mon mémoire sur les mineurs non accompagnés à Tanger.

Mon directeur de mémoire, le Pr Benjelloun, m'a conseillé de vous écrire. Est-ce que je pourrai assister à la conférence du 24 et 25 février comme observatoire ? (*observatrice pardon, le correcteur de mon téléphone…)

Je ne veux pas prendre la parole hein, juste écouter et prendre des notes. Est ce qu'il faut s'inscrire quelque part ou il y aura un lieu zoom ? (*lien)

Merci d'avance et bon courage pour l'organisation, inchallah tout se passera bien.

Salma

Envoyé de mon iPhone
"""
    body = multi("alternative", [leaf("text/plain", text), leaf("text/html", apple_html(text))],
                 "Apple-Mail-9C4E27B1-6D0A-4F83-B52E-17A3C8D90F64")
    m = mk(when, sent_at(when, 1, 10), "mail-wr1-f44.google.example.com", "192.0.2.144", "4DXy5Nc82Lz3",
           "Salma Lahlou <salma.lahlou98@gmail.example.com>", hdr(subj, enc="Q"),
           "<7D2A9E41-C3B8-4F05-91E6-5A0B8C2D4F17@gmail.example.com>", body, extra=[("X-Mailer", IPHONE)])
    add(14, when, m, dict(category="other", language="fr", acknowledge=True, on_time=None,
        notes="a student who only wants to attend, typed on an iPhone whose predictive text wrote 'observatoire' "
              "for 'observatrice' and 'lieu' for 'lien' (she corrects both in brackets); the category turns on "
              "'Je ne veux pas prendre la parole hein'. 'le Pr Benjelloun' is her supervisor, not a speaker; "
              "'inchallah'. Date in UTC+1, 22:47 in Beirut the day before the speaker deadline."))


# ================================================================ 15  EN  speaker  Montreal researcher from her iPhone: 'plenty session' for plenary
def m15():
    when = at("2021-02-05 17:52:03")
    subj = "Speaker request GCM review"
    text = """Hello,

Apologies for the short notice and for writing from my phone, I just realised the deadline for speakers is today.

My name is Sonia Trabelsi, I am a postdoctoral researcher at the Centre for Mobility and Borders Studies (CMBS), Université du Saint-Laurent in Montréal. My work is on the young Tunisians who left from Sax (*Sfax) and Mahdia since 2017 and on those who were returned from Italy.

I would like to request a floor intervention in the plenty session on the 24th or 25th. Ten minutes, five minutes, whatever is possible. I can speak in English, French or Arabic.

Many thanks and best wishes,
Sonia

Sent from my iPhone
"""
    body = multi("alternative", [leaf("text/plain", text), leaf("text/html", apple_html(text))],
                 "Apple-Mail-2E8B06D4-91C7-4A3F-8D25-E0F4B1C6A973")
    m = mk(when, sent_at(when, -5, 9), "smtp.ustl.example.ca", "203.0.113.118", "4DYh8Tb26Qz0",
           "Sonia Trabelsi <sonia.trabelsi@ustl.example.ca>", subj,
           "<A84F1C27-5D6E-4B93-8F0A-3C2E7D9B1A65@ustl.example.ca>", body, extra=[("X-Mailer", IPHONE)])
    add(15, when, m, dict(category="speaker_request", language="en", acknowledge=True, on_time=True, speakers=[
        sp("Sonia Trabelsi", "postdoctoral researcher",
           "Centre for Mobility and Borders Studies (CMBS), Université du Saint-Laurent", ["plenary"])],
        notes="iPhone autocorrect: 'the plenty session on the 24th or 25th' is the plenary (the only session on "
              "those days that is not a roundtable); 'Sax (*Sfax)' is corrected by the writer. Self-nomination in "
              "the body, no signature; the centre and its university are one affiliation, 'in Montréal' is the "
              "city. Sent 10:52 in Montreal (UTC-5) on the speaker deadline: on time."))


# ================================================================ 16  FR  speaker  Niamey field worker, Samsung phone, 23:41 local time = 00:41 in Beirut: late
def m16():
    when = at("2021-02-06 00:41:09")
    subj = "demande intervention table ronde 4"
    text = """Bonsoir madame monsieur
Je suis Issoufou Mahamane Sani animateur au Centre d Ecoute et d Orientation des Migrants de Niamey (CEOMN). Je voudrais intervenu a la table ronde 4 pour parler des migrants refoules d Algerie qui arrivent a Assamaka et a Agadez sans rien, nous les recevons chaque semaine au centre.
Dsl pour le retard j etais sur le terrain a Agadez et le réseau ne passe pas bien. J espère que c est encore possible avant minuit Inch Allah.
Merci
Issoufou

Envoyé depuis mon smartphone Samsung Galaxy.
"""
    body = alt(text, "--_com.samsung.android.email_4471926081637204", html=android_html(text), b64=True)
    m = mk(when, sent_at(when, 1, 12), "mail-ej1-f67.google.example.com", "192.0.2.67", "4DYz3Kd70Fz5",
           "issoufou mahamane sani <issoufou.msani@gmail.example.com>", subj,
           "<x7k2q9w4m1r8t5b3v6n0c2z8.1612564857112@email.android.com>", body)
    add(16, when, m, dict(category="speaker_request", language="fr", acknowledge=True, on_time=False, speakers=[
        sp("Issoufou Mahamane Sani", "animateur",
           "Centre d Ecoute et d Orientation des Migrants de Niamey (CEOMN)", ["roundtable"], 4)],
        notes="written on a Samsung phone at 23:41 in Niamey (UTC+1) on 5 February, hoping it arrives 'avant "
              "minuit': received 00:41 on 6 February in Beirut, late. Predictive text wrote 'intervenu' for "
              "'intervenir'; no apostrophes ('d Ecoute', 'd Algerie'), accents only where the phone added them; "
              "lower-case From name. Self-nomination in one sentence; Assamaka and Agadez are places."))


# ================================================================ 17  EN  other  Ottawa association in capitals: declines to propose a speaker
def m17():
    when = at("2021-02-08 18:20:55")
    subj = "RE INVITATION GCM REGIONAL REVIEW - ACMAS OTTAWA"
    text = """DEAR SIR OR MADAM,

ON BEHALF OF THE ALGERIAN CANADIAN MUTUAL AID SOCIETY (ACMAS) OF OTTAWA, I THANK YOU FOR YOUR KIND INVITATION TO THE REGIONAL REVIEW OF THE GLOBAL COMPACT FOR MIGRATION.

OUR PRESIDENT, MR. RABAH OUALI, WOULD HAVE BEEN HONOURED TO TAKE THE FLOOR AT THE PLENARY SESSION. UNFORTUNATELY HE IS RECOVERING FROM AN OPERATION AND HIS DOCTOR HAS ASKED HIM TO REST UNTIL THE END OF MARCH. THE BOARD HAS THEREFORE DECIDED NOT TO PROPOSE ANY SPEAKER THIS YEAR. WE ARE SORRY THAT OUR ANSWER COMES AFTER YOUR DATE OF 5 FEBRUARY.

SOME OF OUR MEMBERS WOULD LIKE TO FOLLOW THE DISCUSSIONS ONLINE. PLEASE LET US KNOW HOW THEY CAN REGISTER.

WITH OUR BEST REGARDS AND ALL OUR ENCOURAGEMENTS,

MOHAND AREZKI SAIDANI
SECRETARY GENERAL
ALGERIAN CANADIAN MUTUAL AID SOCIETY (ACMAS)
SOCIETE D'ENTRAIDE ALGERO-CANADIENNE
OTTAWA, ONTARIO - CANADA
"""
    body = alt(text, "--=_AOL_5e4c2a91b7d3f", html=aol_html(text))
    m = mk(when, sent_at(when, -5, 6), "omr-m022e.mx.aol.example.com", "198.51.100.222", "4F0Bq7Yx52Kz6",
           "ACMAS OTTAWA <acmas.ottawa@aol.example.com>", subj,
           "<1486201533.2207914.1612801251077@mail.aol.example.com>", body, extra=[("X-Mailer", AOL)])
    add(17, when, m, dict(category="other", language="en", acknowledge=True, on_time=None,
        notes="all capitals; 'RE' in the subject without a colon and no In-Reply-To: a first message, not a reply. "
              "It names the president and the plenary but declines ('WOULD HAVE BEEN HONOURED', 'DECIDED NOT TO "
              "PROPOSE ANY SPEAKER'), and asks how members can register: other, acknowledged. French-style closing "
              "('ALL OUR ENCOURAGEMENTS'); the apology for answering after 5 February is not a request. AOL, Date "
              "in UTC-5."))


# ================================================================ 18  EN  report  Brussels federation: English report, French accented file name, logo
M18_ID = "<AM8PR01MB5204C7A91E3D60B2@AM8PR01MB5204.eurprd01.prod.outlook.example.com>"
M18_SUBJ = "FAMB contribution - voluntary GCM review report"
M18_FILE = "Contribution_FAMB_examen_régional_PMM_2021.pdf"
M18_TEXT = """Dear colleagues,

Please find attached the voluntary GCM review report of the Fédération des Associations Maghrébines de Belgique (FAMB), which brings together 31 associations of people of Moroccan, Algerian and Tunisian origin in Brussels, Liège, Antwerp and Charleroi.

We chose to write the report in English so that it can be shared with our partners in the Arab region and in Brussels. It covers the cost of sending remittances, consular services for the diaspora during the COVID-19 border closures, and the participation of the diaspora in development projects in the regions of origin.

Some figures in chapter 3 are still being checked with our member associations; should they change, we will send you a revised version before the deadline of 16 February.

Kind regards,

Nadia El Khattabi
Chargée de projets | Project Officer
FÉDÉRATION DES ASSOCIATIONS MAGHRÉBINES DE BELGIQUE (FAMB)
Rue de la Colonne 00 – 1080 Bruxelles
T +32 2 000 00 00
"""


def m18():
    when = at("2021-02-09 14:12:30")
    pdf = rep_pdf("Voluntary GCM review report", "Federation des Associations Maghrebines de Belgique (FAMB)",
                  ["Who we are: 31 member associations", "The cost of remittances (draft figures)",
                   "Consular services during border closures", "Diaspora and development", "Recommendations"])
    cid = "image001.png@01D6FEE3.5A1C7B20"
    rel = multi("related", [leaf("text/html", outlook_html(M18_TEXT, lang="FR-BE", img_cid=cid)),
                            logo(cid, (200, 40, 60))], "_004_AM8PR01MB5204C7A91E3D60B2_",
                params=[("type", '"text/html"')])
    a = multi("alternative", [leaf("text/plain", M18_TEXT), rel], "_000_AM8PR01MB5204C7A91E3D60B2_")
    body = multi("mixed", [a, attach("application/pdf", pdf, M18_FILE)], "_007_AM8PR01MB5204C7A91E3D60B2_")
    m = mk(when, sent_at(when, 1, 8), "mail-am8eur01on0625.outbound.protection.outlook.example.com",
           "198.51.100.125", "4F1Mr3Hq84Wz7", "Nadia El Khattabi <n.elkhattabi@famb.example.be>", M18_SUBJ, M18_ID,
           body, extra=outlook(M18_SUBJ, "Adb+5Nq1Wk3Er5Ty7Ui9Op1As3Df5Gh==", lang="en-GB", has_attach="yes"))
    add(18, when, m, dict(category="voluntary_report", language="en", acknowledge=True, on_time=True,
        report_attachments=[M18_FILE],
        notes="a Belgian federation of Maghrebi associations writes in English (the report is in English) with a "
              "French signature in capitals and a French, accented file name (RFC 2231 + RFC 2047); the inline "
              "logo is not part of the report. A revised version is announced and comes at 23:31 on the report "
              "deadline (h271-23). 31 associations and COVID-19 are not event data. Outlook, Date in UTC+1."))


# ================================================================ 19  AR  report  Maghnia association: Arabic letter, French report PDF, French signature in capitals
M19_ID = "<CAK2pWx6Rt9Lm3Qz7Bn1Vc5Hd8Yg0Js4Fe6@mail.gmail.example.com>"
M19_SUBJ = "إرسال التقرير الطوعي - جمعية الوئام للتضامن والتنمية - مغنية"
M19_QID = "4F2Dx8Wm15Rz2"
M19_FILE = "Rapport PMM - Association El Wiam Maghnia - fevrier 2021.pdf"


def m19():
    when = at("2021-02-10 11:05:48")
    text = """السلام عليكم ورحمة الله تعالى وبركاته

يشرفنا أن نرسل لكم في المرفقات التقرير الطوعي لجمعية الوئام للتضامن والتنمية بمغنية (ولاية تلمسان) في إطار الاستعراض الإقليمي للاتفاق العالمي من أجل الهجرة الآمنة والمنظمة والنظامية.

التقرير محرر باللغة الفرنسية لأن أغلب أعضاء المكتب يكتبون بها، ويتناول وضعية المهاجرين القادمين من دول الساحل والعالقين قرب الشريط الحدودي، والتكفل الصحي بالنساء والأطفال، والتنسيق مع السلطات المحلية والهلال الأحمر.

نشكركم مسبقاً على تأكيد الاستلام.

تقبلوا منا فائق التقدير والاحترام

عن المكتب التنفيذي
الكاتب العام
بلقاسم زروقي

ASSOCIATION EL WIAM POUR LA SOLIDARITE ET LE DEVELOPPEMENT - MAGHNIA
AGREMENT N° 31/2012 - WILAYA DE TLEMCEN
TEL/FAX : +213 43 00 00 00
"""
    pdf = rep_pdf("Rapport volontaire - Association El Wiam (Maghnia)", "Association El Wiam pour la Solidarite et le Developpement",
                  ["Migrants venus du Sahel pres de la frontiere", "Sante des femmes et des enfants",
                   "Coordination avec les autorites locales", "Recommandations"])
    a = alt(text, "0000000000004e8b1c05bafc3d71", html=gmail_html(text, rtl=True), b64=True)
    body = multi("mixed", [a, attach("application/pdf", pdf, M19_FILE)], "0000000000004e8b1e05bafc3d73")
    m = mk(when, sent_at(when, 1, 6), "mail-wm1-f48.google.example.com", "192.0.2.148", M19_QID,
           addr("جمعية الوئام مغنية", "elwiam.maghnia@gmail.example.com"), hdr(M19_SUBJ), M19_ID, body)
    add(19, when, m, dict(category="voluntary_report", language="ar", acknowledge=True, on_time=True,
        report_attachments=[M19_FILE],
        notes="Arabic cover mail for a report written in French (the body says so) and named in French: acknowledge "
              "in Arabic, the sender's language. French signature block in capitals with the registration number; "
              "'نشكركم مسبقاً على تأكيد الاستلام' asks for the acknowledgement. Gmail, base64, Date in UTC+1. The "
              "association's Gmail vacation reply answers our acknowledgement (h271-20)."))


# ================================================================ 20  AR  auto_reply  the Maghnia association's bilingual Gmail vacation reply
def m20():
    when = at("2021-02-10 11:06:31")
    ack = ack_mid(M19_QID)
    text = """شكراً على رسالتكم.
مكتب الجمعية مغلق من 10 إلى 14 فيفري 2021. سنرد على رسالتكم ابتداءً من يوم 15 فيفري إن شاء الله.
للحالات المستعجلة (مهاجرون في خطر): 0550 00 00 00

Merci pour votre message. Le bureau de l'association est fermé du 10 au 14 février 2021. Nous vous répondrons à partir du 15 février.
Urgences (migrants en danger) : 0550 00 00 00

جمعية الوئام للتضامن والتنمية - مغنية
"""
    body = alt(text, "000000000000a3f5d205bafc4012", html=gmail_html(text, rtl=True), b64=True)
    subj = hdr("رد آلي - جمعية الوئام / Réponse automatique")
    rows = std_rows(when, "mail-sor-f41.google.example.com", "192.0.2.41", "4F2Dy1Qk67Tz5",
                    addr("جمعية الوئام مغنية", "elwiam.maghnia@gmail.example.com"), subj,
                    rfcdate(sent_at(when, 1, 2)), "<CAK2pWx8Dn4Tq6Zr1Hm9Vb3Lc7Yf0Ks5Gw2@mail.gmail.example.com>",
                    extra=[("Auto-Submitted", "auto-replied")], ret="elwiam.maghnia@gmail.example.com")
    rows += [("In-Reply-To", ack), ("References", M19_ID + " " + ack)]
    add(20, when, top(body, rows), dict(category="auto_reply", language="ar", acknowledge=False, on_time=None,
        notes="Gmail vacation responder of the association of h271-19 answering our acknowledgement 43 seconds "
              "later: Arabic then French, 'Auto-Submitted: auto-replied', In-Reply-To our acknowledgement; it "
              "thanks us for our message like a person would. Never acknowledge; thread_of null as for dev "
              "auto-replies; language of its first part."))


# ================================================================ 21  EN  both  Bamako research network: report on time, speaker late (open discussion + roundtable 1)
M21_FILE = "SMRN-REMSA_GCM_voluntary_report_2021.pdf"


def m21():
    when = at("2021-02-12 13:40:02")
    subj = "SMRN / REMSA - Voluntary GCM review report and speaker proposal"
    text = """Dear Madam, Dear Sir,

I have the pleasure to send you, on behalf of the Sahel Mobility Research Network (SMRN) – Réseau d'Études sur les Mobilités au Sahel (REMSA), our voluntary GCM review report (attached, PDF). It synthesises field studies carried out in 2019-2020 in Gao, Agadez, Tamanrasset and Nouadhibou by eleven member researchers, with a focus on Objectives 5, 8 and 21 of the Compact.

We would also be honoured if our Scientific Coordinator, Pr. Oumar Sangaré, could take part in the open discussion on 23 February and, if the programme allows, make a floor intervention in Roundtable 1. I understand that the date for speaker requests may have passed; we leave this to your appreciation.

With my best regards,

Awa Traoré
Communication and Partnerships Officer
SAHEL MOBILITY RESEARCH NETWORK (SMRN)
RÉSEAU D'ÉTUDES SUR LES MOBILITÉS AU SAHEL (REMSA)
Hamdallaye ACI 2000, Bamako – Mali
Tel. +223 20 00 00 00
"""
    pdf = rep_pdf("Voluntary GCM review report", "Sahel Mobility Research Network (SMRN) - REMSA, Bamako",
                  ["Field studies 2019-2020: Gao, Agadez, Tamanrasset, Nouadhibou", "Objective 5: regular pathways",
                   "Objective 8: saving lives", "Objective 21: return and reintegration", "Recommendations"])
    a = alt(text, "=_b41c7e2a9f03d5186e2c0a7b", html=zimbra_html(text))
    body = multi("mixed", [a, attach("application/pdf", pdf, M21_FILE)], "=_9d2f61a0c47e3b58a1d6e2f0")
    m = mk(when, sent_at(when, 0, 10), "mail.remsa.example.ml", "203.0.113.223", "4F3Sk6Ln29Hz8",
           "Awa Traore <a.traore@remsa.example.ml>", subj,
           "<1318842077.48213.1613130000121.JavaMail.zimbra@remsa.example.ml>", body,
           extra=[("X-Mailer", ZIMBRA), ("Thread-Index", "Xk3Lq9T2bVw7nR4cYa1Hs8Pd6Fu0Eg==")])
    add(21, when, m, dict(category="both", language="en", acknowledge=True, on_time=False, speakers=[
        sp("Oumar Sangaré", "Scientific Coordinator", "Sahel Mobility Research Network (SMRN)",
           ["open_discussion", "roundtable"], 1)],
        report_attachments=[M21_FILE],
        notes="'both' on 12 February: the report is on time but the speaker part is late (the sender suspects it). "
              "One speaker, two roles (the open discussion on 23 February, then 'if the programme allows' "
              "Roundtable 1); 'Pr.' dropped. The network is named in English and in French with two acronyms: the "
              "English form is recorded, the language of the message. The sender is not the speaker; 2019-2020, "
              "eleven researchers and Objectives 5, 8, 21 are not event data. Zimbra, Date in UTC+0."))


# ================================================================ 22  FR  report  Beni Mellal letter 'S/C de Monsieur le Président de la Fédération', cover letter + report
M22_REPORT = "Rapport_volontaire_AKDM_PMM_2021.pdf"
M22_LETTER = "Lettre_transmission_AKDM_021-2021_signee.pdf"


def m22():
    when = at("2021-02-15 12:18:27")
    subj = "Transmission du rapport volontaire – Association Al Karama pour le Développement et la Migration"
    text = """ROYAUME DU MAROC
ASSOCIATION AL KARAMA POUR LE DEVELOPPEMENT ET LA MIGRATION
BENI MELLAL

Béni Mellal, le 12 février 2021
N° 021/AKDM/2021

Le Président de l'Association Al Karama pour le Développement et la Migration (AKDM)

à

Monsieur le Coordonnateur du Secrétariat de l'Examen régional du Pacte mondial sur les migrations – Région arabe

S/C de Monsieur le Président de la Fédération Régionale des Associations de Développement de Béni Mellal-Khénifra

Objet : Transmission du rapport volontaire.
P.J. : – Lettre de transmission signée (1 page)
       – Rapport volontaire de l'AKDM (PDF)

Monsieur le Coordonnateur,

J'ai l'honneur de vous transmettre, sous couvert de Monsieur le Président de la Fédération Régionale, le rapport volontaire de notre association relatif à la mise en œuvre du Pacte mondial pour des migrations sûres, ordonnées et régulières dans notre province, l'une des premières zones d'émigration du Royaume vers l'Italie et l'Espagne.

Le rapport traite notamment du retour des travailleurs saisonniers et des migrants touchés par la crise sanitaire, de l'investissement des Marocains résidant à l'étranger dans la province et de la prévention de la migration irrégulière des mineurs.

Le Bureau de l'association se réserve la possibilité de désigner ultérieurement un représentant à la Conférence, si le programme le permet. Mme la Vice-Présidente, Mme Latifa Ouchen, suit ce dossier et se tient à votre disposition.

Veuillez agréer, Monsieur le Coordonnateur, l'expression de ma parfaite considération.

Le Président
Abdelaziz BOUHADDOU

P/O : Hind, secrétariat de l'AKDM
"""
    report = rep_pdf("Rapport volontaire - AKDM", "Association Al Karama pour le Developpement et la Migration, Beni Mellal",
                     ["Retour des travailleurs saisonniers", "Les MRE et l'investissement dans la province",
                      "Prevention de la migration irreguliere des mineurs", "Recommandations"])
    letter = make_pdf(["ASSOCIATION AL KARAMA POUR LE DEVELOPPEMENT ET LA MIGRATION", "N 021/AKDM/2021",
                       "S/C de Monsieur le President de la Federation Regionale",
                       "Objet : Transmission du rapport volontaire", "Le President [signature et cachet]"])
    tp = leaf("text/plain", text, "windows-1252", "quoted-printable")
    body = multi("mixed", [tp, attach("application/pdf", letter, M22_LETTER),
                           attach("application/pdf", report, M22_REPORT)],
                 "----=_NextPart_000_0047_01D70392.6B1E4A30")
    m = mk(when, sent_at(when, 1, 9), "smtp.alkarama-bm.example.ma", "203.0.113.92", "4F5Kp2Cz81Vz4",
           '"Association Al Karama - Beni Mellal" <contact@alkarama-bm.example.ma>',
           hdr(subj, charset="windows-1252", enc="Q"), "<004601d7038a$09b1e3f0$1d15abd0$@alkarama-bm.example.ma>",
           body, extra=[("X-Mailer", OUTLOOK15), ("Thread-Index", "AdcDiYr1TmQ4zKbWRe2v0Hs9Lk3NfA=="),
                        ("Content-Language", "fr")])
    add(22, when, m, dict(category="voluntary_report", language="fr", acknowledge=True, on_time=True,
        report_attachments=[M22_REPORT],
        notes="Moroccan administrative letter routed 'S/C de Monsieur le Président de la Fédération Régionale' "
              "(sous couvert: the federation is a channel, not the author), 'N°', 'Objet :', 'P.J. :' listing two "
              "files: only the report PDF is the report, the signed cover letter is not. 'se réserve la "
              "possibilité de désigner ultérieurement un représentant' names nobody and 'Mme la Vice-Présidente, "
              "Mme Latifa Ouchen, suit ce dossier' is a contact: no speaker, not 'both'. Sent by the secretariat "
              "('P/O : Hind'). Old Outlook, windows-1252 plain text, Date in UTC+1."))


# ================================================================ 23  EN  report  the Brussels federation's revised report at 23:31 on the deadline (reply to 18)
M23_FILE = "Contribution_FAMB_examen_régional_PMM_2021_v2 (chiffres définitifs).pdf"


def m23():
    when = at("2021-02-16 23:31:47")
    subj = "RE: " + M18_SUBJ
    text = """Dear colleagues,

As announced, please find attached the revised version of our report, with the final figures in chapter 3 (remittance costs, tables 3.2 to 3.4). It replaces the version sent on 9 February; the rest of the text is unchanged.

Sorry for sending it so late in the evening.

Kind regards,

Nadia El Khattabi
Chargée de projets | Project Officer
FÉDÉRATION DES ASSOCIATIONS MAGHRÉBINES DE BELGIQUE (FAMB)

From: Nadia El Khattabi
Sent: Tuesday, 9 February 2021 13:12
To: gcmrrarabstates@iom.int
Subject: """ + M18_SUBJ + "\n\n" + M18_TEXT
    pdf = rep_pdf("Voluntary GCM review report (v2, final figures)",
                  "Federation des Associations Maghrebines de Belgique (FAMB)",
                  ["Who we are: 31 member associations", "The cost of remittances (final figures)",
                   "Consular services during border closures", "Diaspora and development", "Recommendations"])
    a = alt(text, "_000_AM8PR01MB52043F0D2B8E1C97_", html=outlook_html(text, lang="EN-GB"))
    body = multi("mixed", [a, attach("application/pdf", pdf, M23_FILE)], "_004_AM8PR01MB52043F0D2B8E1C97_")
    m = mk(when, sent_at(when, 1, 9), "mail-am8eur01on0631.outbound.protection.outlook.example.com",
           "198.51.100.131", "4F6Tn9Rb40Mz1", "Nadia El Khattabi <n.elkhattabi@famb.example.be>", subj,
           "<AM8PR01MB52043F0D2B8E1C97@AM8PR01MB5204.eurprd01.prod.outlook.example.com>", body,
           extra=[("In-Reply-To", M18_ID), ("References", M18_ID)]
           + outlook(subj, "Adb+5Nq1Wk3Er5Ty7Ui9Op1As3Df5GhAB6Nc2Q==", lang="en-GB", has_attach="yes"))
    add(23, when, m, dict(category="voluntary_report", language="en", acknowledge=True, on_time=True,
        report_attachments=[M23_FILE], thread_of=H % 18,
        notes="revised report replying to h271-18 (In-Reply-To/References), received 23:31 on 16 February in "
              "Beirut (22:31 in Brussels): on time. It replaces the earlier file; the Outlook-style quoted "
              "original (not '>'-prefixed) repeats the first message and its 'revised version' announcement. PDF "
              "name with accents, brackets and spaces (RFC 2231 + RFC 2047)."))


# ================================================================ 24  AR  report  Nador association: Darija in Arabic script with French words, 'P.J :', one day late
M24_FILE = "تقرير جمعية ثويزا - الاتفاق العالمي للهجرة.docx"


def m24():
    when = at("2021-02-17 10:12:39")
    subj = "التقرير الطوعي - جمعية ثويزا - الناظور (مع الاعتذار على التأخير)"
    text = """السلام عليكم ورحمة الله

نبعثو ليكم التقرير ديال جمعية ثويزا للتنمية والهجرة بالناظور، وسمحو لينا على التأخير: كنا باغيين نصيفطوه البارح ولكن الكونيكسيون طاحت فالمقر طول النهار.

التقرير كيهضر على الشباب اللي كيحاولو يدخلو لمليلية، والقاصرين اللي كيعيشو فالزنقة، والعائلات ديال المفقودين فالبحر، وعلى الخدمة ديالنا مع المهاجرين اللي جايين من إفريقيا جنوب الصحراء.

P.J : التقرير (Word)

شكراً بزاف
عن الجمعية
رشيد أمزيان
أمين المال
"""
    doc = make_docx(["جمعية ثويزا للتنمية والهجرة - الناظور", "التقرير الطوعي - الاستعراض الإقليمي للاتفاق العالمي للهجرة",
                     "الشباب ومليلية", "القاصرون غير المصحوبين", "عائلات المفقودين في البحر", "التوصيات"])
    a = alt(text, "0000000000009d4e7a05bb8c1f52", html=gmail_html(text, rtl=True), b64=True)
    body = multi("mixed", [a, attach(DOCX, doc, M24_FILE)], "0000000000009d4e7c05bb8c1f54")
    m = mk(when, sent_at(when, 1, 8), "mail-wr1-f49.google.example.com", "192.0.2.149", "4F7Bw4Hx93Nz6",
           addr("جمعية ثويزا الناظور", "thouiza.nador@gmail.example.com"), hdr(subj),
           "<CAPt3Wz7Kq1Xm5Rv9Lb2Nc6Yd0Hg4Js8Fa3@mail.gmail.example.com>", body)
    add(24, when, m, dict(category="voluntary_report", language="ar", acknowledge=True, on_time=False,
        report_attachments=[M24_FILE],
        notes="Moroccan Darija in Arabic script with French words written in Arabic letters ('الكونيكسيون', "
              "'نصيفطوه') and a French 'P.J :' line before an Arabic word: report one day late (10:12 on 17 "
              "February), and the sender apologises for it; still acknowledged. Arabic DOCX name (RFC 2231 + RFC "
              "2047). The signer (treasurer) proposes nobody. Gmail, base64, Date in UTC+1."))


def main():
    for f in (m01, m02, m03, m04, m05, m06, m07, m08, m09, m10, m11, m12, m13, m14, m15, m16, m17, m18, m19,
              m20, m21, m22, m23, m24):
        f()
    SET.write()


if __name__ == "__main__":
    main()
