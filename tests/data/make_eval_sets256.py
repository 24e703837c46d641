#!/usr/bin/env python3
"""Write the blind evaluation set holdout256 (24 raw .eml messages + labels.json).

Deterministic, standard library only:  cd tests/data && python3 make_eval_sets256.py
Theme: North African dialects and code-switching (25 January - 18 February 2021).  Moroccan Darija, Algerian and
Tunisian Arabic written in Arabic script and in Latin script with digits (3, 7, 9), switching mid-sentence with
French; Mauritanian Hassaniya; Kabyle, Tachelhit and Tuareg names and organisations with their Tifinagh forms;
signatures in French under Arabic bodies.  A Sfax youth association's questions in French laced with Tunisian, an
Oujda coordinator asking in Darija for 'la table ronde numéro جوج', an Oran communications officer nominating his
president in Arabizi, a Rabat platform's collective report (Tifinagh in the file name, a cover letter beside it) and
its advocacy officer's French out-of-office, a Fès professor proposing herself and a postdoc for 'Roundtable II', a
Nouadhibou shelter writing Hassaniya (our acknowledgement bounces: mailbox full), a Kabyle association's two
speakers, a Zarzis families' association sending a report and a mother of a missing migrant (then a corrected
report), a Tangier doctoral student who only wants to attend, an Algiers association's lawyer for 'la table ronde
I', a Casablanca doctor writing at 20:40 on the speaker deadline, a Darija thank-you, a Tunis researcher asking to
speak three days late, a Nouakchott report in French, a Rabat council of anglophone migrants' report and its chair's
Gmail vacation reply, a Tamanrasset report in Algerian Arabic with a stamp image, an Agadir question about a report
in Tifinagh, a Tunis network's 'both' at 21:58 on the report deadline, a Sabha report a day late in Word and PDF,
and a question answering our acknowledgement.  The acknowledgement's language is the one the sender mostly writes:
Latin-script Darija is Arabic, French sprinkled with Darija is French, English with Tunisian words is English.
Helpers from mailgen.py.
"""
import datetime as dt

from mailgen import (EvalSet, DOCX, POSTFIX_NOTICE, addr, alt, at, attach, b_word, dsn_report, esc, flowed,
                     gmail_html, hdr, html_only, leaf, make_docx, make_png, mk, multi, re_hdr, rep_pdf, rfcdate,
                     sent_at, sp, std_rows, top)
from mailgen import outlook_html, outlook_rows as outlook
from mailgen import quote_block as gt, ack_id as ack_mid, logo

SET = EvalSet(256)
add = SET.add
H = "h256-%02d.eml"

TB = "Mozilla/5.0 (X11; Linux x86_64; rv:78.0) Gecko/20100101 Thunderbird/78.7.1"
IPHONE = "iPhone Mail (18D52)"
APPLE = "Apple Mail (2.3654.60.0.2.21)"
YAHOO = "WebService/1.1.17712 YMailNorrin"
ROUNDCUBE = "Roundcube Webmail/1.4.10"

# the subjects our acknowledgements carried, by language
ACK_SUBJ = {"ar": "إشعار استلام - ", "en": "Acknowledgement of receipt - ", "fr": "Accusé de réception - "}


def android_html(text, rtl=False):
    d = ' dir="rtl"' if rtl else ' dir="auto"'
    inner = "<br>".join(esc(x) for x in text.rstrip("\n").split("\n"))
    return ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body>'
            '<div%s>%s</div></body></html>\n' % (d, inner))


def apple_html(text):
    inner = "".join('<div class="">%s</div>' % (esc(x) if x else '<br class="">')
                    for x in text.rstrip("\n").split("\n"))
    return ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>'
            '<body style="word-wrap: break-word; -webkit-nbsp-mode: space; line-break: after-white-space;" class="">'
            '%s</body></html>\n' % inner)


def yahoo_html(text, rtl=False):
    d = "rtl" if rtl else "ltr"
    lines = "".join('<div dir="%s" data-setdir="false">%s</div>' % (d, esc(x) if x else "<br>")
                    for x in text.rstrip("\n").split("\n"))
    return ('<html><head></head><body><div class="ydpa3c1f7e2yahoo-style-wrap" style="font-family:Helvetica Neue, '
            'Helvetica, Arial, sans-serif;font-size:16px;">%s</div></body></html>\n' % lines)


def ios_outlook_html(text):
    inner = "".join('<div dir="ltr">%s</div>' % (esc(x) if x else "<br>") for x in text.rstrip("\n").split("\n"))
    return ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body>'
            '<div dir="ltr">%s</div></body></html>\n' % inner)


def ack_ar(name, what):
    return """السيد/ة %s المحترم/ة،

تتقدم أمانة الاستعراض الإقليمي للاتفاق العالمي من أجل الهجرة في المنطقة العربية بالشكر على رسالتكم، وتفيدكم باستلام %s. وسنوافيكم لاحقاً بالتفاصيل المتعلقة ببرنامج الجلسات.

أمانة الاستعراض الإقليمي - الدول العربية""" % (name, what)


def ack_fr(subject, what):
    return """Madame, Monsieur,

Nous accusons bonne réception de votre message « %s » et de %s. Le secrétariat de l'examen régional du Pacte mondial pour les migrations dans la région arabe reviendra vers vous au sujet du programme.

Secrétariat de l'examen régional du PMM - région arabe""" % (subject, what)


# ================================================================ 01  FR  other  Sfax youth association: questions in French with Tunisian
def m01():
    when = at("2021-01-25 10:14:22")
    subj = "Questions : participation d'une association de Sfax et langue du rapport"
    text = """Bonjour,

Je m'appelle Skander Frikha, je fais partie du bureau de l'Association Jeunes Sfax pour la Citoyenneté. Un ami qui travaille à Tunis nous a fait suivre votre lettre d'invitation, ya3tikom essa7a pour l'initiative !

Avant de nous lancer, on a quelques questions :

- Le rapport volontaire, est-ce qu'on peut l'écrire en français ? Pour nos jeunes c'est beaucoup plus simple que l'arabe littéraire, w mouch kol chay yetkteb bel fos7a, vous voyez ce que je veux dire.
- Un rapport « individuel », ça veut dire signé par une seule association, ou bien par une seule personne ?
- La conférence, c'est en ligne ou à Beyrouth ? Si c'est en présentiel, est-ce que les frais de voyage sont pris en charge ?

On réfléchit aussi à proposer une intervenante pour la table ronde 2 si le thème correspond à notre travail (les jeunes de Sfax qui partent par la mer depuis Kerkennah), mais on n'a encore choisi personne, on attend vos réponses d'abord.

Merci d'avance, w nchallah nchoufoukom 9rib.

Skander Frikha
Trésorier
Association Jeunes Sfax pour la Citoyenneté (AJSC)
Route de Gremda, Sfax – Tunisie
"""
    body = alt(text, "0000000000009f3b2c05b9a7e1d4", html=gmail_html(text))
    m = mk(when, sent_at(when, 1, 6), "mail-wr1-f54.google.example.com", "192.0.2.54", "4DPb3Kq1VnZ7",
           "Skander Frikha <skander.frikha.ajsc@gmail.example.com>", hdr(subj, enc="Q"),
           "<CAFq8Tz2Lm4wR9xN+b3Vc7Hs1dK6yGj5pW0@mail.gmail.example.com>", body)
    add(1, when, m, dict(category="other", language="fr", acknowledge=True, on_time=None,
        notes="a Sfax youth association's questions (report in French? 'individuel' = one association or one "
              "person? online or in Beirut, travel costs?) in French switching to Tunisian in Latin script "
              "('ya3tikom essa7a', 'w mouch kol chay yetkteb bel fos7a', 'nchoufoukom 9rib'): mostly French, so "
              "the acknowledgement is French. 'une intervenante pour la table ronde 2' names nobody ('on n'a "
              "encore choisi personne'), so no speaker and not a request. Gmail; Date in UTC+1."))


# ================================================================ 02  AR  speaker  Oujda coordinator in Darija: 'la table ronde numéro جوج'
M02_ID = "<A7D2C95E-3B41-4F8A-9E16-0C5B8D2F7A43@icloud.example.com>"
M02_SUBJ = "طلب المشاركة - جمعية وجدة للتضامن مع المهاجرين"
M02_QID = "4DQ5Hn2WkLz3"


def m02():
    when = at("2021-01-26 13:07:45")
    text = """السلام عليكم،

أنا نعيمة، كنخدم منسقة ديال المشاريع ف جمعية وجدة للتضامن مع المهاجرين. وصلاتنا l'invitation ديالكم عن طريق واحد الصاحبة ديالي ف الرباط، و فرحنا بزاف.

حنا كنخدمو مع المهاجرين اللي كيدخلو من الحدود الشرقية، و خصوصا les mineurs non accompagnés اللي كيبقاو ف الغابة حدا الجامعة، و مع العيالات اللي جاو من غينيا و الكوت ديفوار و ولدو هنا ف وجدة.

بغيت نطلب باش ندير مداخلة ف la table ronde numéro جوج (24-25 فبراير)، حيت الموضوع ديالها قريب بزاف من الخدمة ديالنا مع الدراري الصغار. إلا خصكم شي معلومات خرين، أنا رهن الإشارة.

شكرا بزاف و الله يعاونكم

Naïma Zerouali
Coordinatrice de projets
Association Oujda Solidarité Migrants (AOSM)
Oujda – Maroc
Tél : +212 6 00 00 00 00

Envoyé de mon iPhone
"""
    body = leaf("text/plain", text, "utf-8", "base64")
    m = mk(when, sent_at(when, 1, 9), "mr85p00im-ztdg06021101.me.example.com", "198.51.100.186", M02_QID,
           "Naima Zerouali <naima.zerouali@icloud.example.com>", hdr(M02_SUBJ), M02_ID, body,
           extra=[("X-Mailer", IPHONE)])
    add(2, when, m, dict(category="speaker_request", language="ar", acknowledge=True, on_time=True, speakers=[
        sp("Naïma Zerouali", "Coordinatrice de projets", "Association Oujda Solidarité Migrants (AOSM)",
           ["roundtable"], 2)],
        notes="self-nomination in Moroccan Darija (Arabic script) switching to French mid-sentence ('بغيت نطلب باش "
              "ندير مداخلة ف la table ronde numéro جوج'): the roundtable number is only the Darija word 'جوج' (= 2). "
              "The body gives only her first name and 'منسقة ديال المشاريع ف جمعية وجدة...'; the full name, title and "
              "the organisation with its acronym are in the French signature (labelled from there; the From name "
              "has no diaeresis). Mostly Darija, so Arabic acknowledgement although the signature and 'Envoyé de "
              "mon iPhone' are French. iPhone, text/plain base64 only. Thanked in h256-14."))


# ================================================================ 03  AR  speaker  Oran association in Arabizi: 'la présidente ta3na, Dr ...'
def m03():
    when = at("2021-01-27 21:52:10")
    subj = "Demande de participation - AJEW Oran"
    text = """Salam alikoum,

Ana Walid, men l'association Jeunesse Espoir Wahran. Chefna l'invitation ta3kom 3la la page Facebook ta3 wa7ed le réseau d'associations f Alger, w 7abbina nchariko m3akom.

Hna nkhadmo m3a chbab li y7awlo yrouhou l'7arga men les plages ta3 Wahran w 3in Tmouchent, w m3a les familles ta3 li ghar9o wella li mazal ma3rafnach win rahoum. Men 2019 lel youm jawna kter men 60 famille.

Bghina nproposiw la présidente ta3na, Dr Souad Bendjebbar, bach tahder f la plénière, nhar 24 wella 25 février kima tchoufou ntouma. Hiya tbiba w hiya li tetba3 les familles men lowel, ta3ref les dossiers mlih bezzaf.

Ila lazem formulaire wella CV wella 7aja okhra, goulouli w nab3athhom toul.

Sa7a 3likoum w merci bezzaf

Walid Benyoucef
Chargé de communication
Association Jeunesse Espoir Wahran (AJEW)
Oran – Algérie
Tél : +213 5 00 00 00 00
"""
    body = alt(text, "000000000000b82f4105b9c3d7a2", html=android_html(text))
    m = mk(when, sent_at(when, 1, 7), "mail-ej1-f47.google.example.com", "192.0.2.47", "4DR2vM8JpTz6",
           "Walid Benyoucef <walid.ajew.oran@gmail.example.com>", subj,
           "<CAHx2Nw7Rk5qT8vB+m1Lz4Pc9sY3dGf6hJa@mail.gmail.example.com>", body)
    add(3, when, m, dict(category="speaker_request", language="ar", acknowledge=True, on_time=True, speakers=[
        sp("Souad Bendjebbar", "présidente", "Association Jeunesse Espoir Wahran (AJEW)", ["plenary"])],
        notes="Algerian Arabic written in Latin script with digits (3, 7, 9: 'Bghina nproposiw la présidente ta3na') "
              "mixed with French nouns; the subject line is French, but the body is mostly Darja, so the "
              "acknowledgement is Arabic. The sender (communications officer) nominates his president: 'Dr' "
              "dropped, title 'présidente' from 'la présidente ta3na' ('tbiba' = doctor is background); the "
              "affiliation is only in the sender's French signature; 'f la plénière' = plenary; the 60 families and "
              "2019 are history. Gmail app on Android; Date in UTC+1."))


# ================================================================ 04  FR  report  Rabat platform: collective report (Tifinagh in the name) + cover letter
M04_ID = "<PR2P264MB0518A3C7E91D4F26@PR2P264MB0518.FRAP264.PROD.OUTLOOK.example.com>"
M04_SUBJ = "Rapport volontaire collectif de la Plateforme Amoudou (9 associations, Maroc)"
M04_QID = "4DRq6Tz0HbZ2"
M04_FILE = "Rapport_collectif_PADPM_ⴰⵎⵓⴷⴷⵓ_2021.pdf"
M04_COVER = "Lettre de transmission signée - 9 associations.docx"


def m04():
    when = at("2021-01-28 11:36:04")
    text = """Madame, Monsieur,

La Plateforme Amoudou pour les droits des personnes migrantes (PADPM), qui réunit neuf associations actives à Rabat, Tanger, Oujda, Agadir et Laâyoune, a le plaisir de vous adresser son rapport volontaire collectif dans le cadre de l'examen régional du Pacte mondial pour des migrations sûres, ordonnées et régulières.

Vous trouverez en pièces jointes :
- le rapport (PDF, 34 pages), rédigé à l'issue de six ateliers régionaux tenus entre octobre et décembre 2020 ;
- notre lettre de transmission, signée par les neuf associations membres.

Le rapport est rédigé en français ; une synthèse en arabe et en amazighe (en tifinagh) ouvre le document. Comme on dit chez nous, « lli bgha l3ssel, ysber l9ris n-n7el » : accorder neuf associations sur un même texte nous a demandé un peu de patience !

Nos membres n'ont pas encore arrêté leur décision quant à une éventuelle demande de prise de parole ; nous reviendrons vers vous le cas échéant.

Mon collègue Youssef Aït Brahim, chargé du plaidoyer, est en copie.

Veuillez agréer, Madame, Monsieur, l'expression de nos salutations distinguées.

Hind Lamrani
Coordinatrice nationale
ⴰⵎⵓⴷⴷⵓ – Plateforme Amoudou pour les droits des personnes migrantes (PADPM)
Rabat – Maroc
"""
    rep = rep_pdf("Rapport volontaire collectif - Plateforme Amoudou (PADPM)",
                  "9 associations : Rabat, Tanger, Oujda, Agadir, Laayoune",
                  ["Synthese en arabe et en amazighe", "Regularisation et acces aux droits",
                   "Mineurs non accompagnes", "Femmes migrantes et travail domestique", "Retours et refoulements",
                   "Recommandations"])
    cover = make_docx(["Plateforme Amoudou pour les droits des personnes migrantes (PADPM)",
                       "Rabat, le 27 janvier 2021",
                       "Objet : transmission du rapport volontaire collectif",
                       "Les neuf associations signataires transmettent par la presente leur rapport collectif.",
                       "Signatures : (9 associations membres)"])
    cid = "image001.png@01D6F56B.4A2C9E10"
    rel = multi("related", [leaf("text/html", outlook_html(text, lang="FR", img_cid=cid)), logo(cid, (196, 30, 58))],
                "_006_PR2P264MB0518A3C7E91D4F26_", params=[("type", '"text/html"')])
    a = multi("alternative", [leaf("text/plain", text), rel], "_000_PR2P264MB0518A3C7E91D4F26_")
    body = multi("mixed", [a, attach("application/pdf", rep, M04_FILE), attach(DOCX, cover, M04_COVER)],
                 "_007_PR2P264MB0518A3C7E91D4F26_")
    m = mk(when, sent_at(when, 1, 8), "mail-pr2fra01on0618.outbound.protection.outlook.example.com",
           "198.51.100.118", M04_QID, "Hind Lamrani <h.lamrani@amoudou-plateforme.example.ma>", hdr(M04_SUBJ, enc="Q"),
           M04_ID, body, cc="Youssef =?utf-8?q?A=C3=AFt?= Brahim <y.aitbrahim@amoudou-plateforme.example.ma>",
           extra=outlook(hdr(M04_SUBJ, enc="Q"), "AdbzVq3Nk7Wm2Rt5Yp8Ls1Dx4Fg6Hj9Kz==", lang="fr-FR",
                         has_attach="yes"))
    add(4, when, m, dict(category="voluntary_report", language="fr", acknowledge=True, on_time=True,
        report_attachments=[M04_FILE],
        notes="a platform of nine Moroccan associations sends a collective report: the PDF's name carries Tifinagh "
              "letters (RFC 2231 + RFC 2047); the signed cover letter (DOCX) is not part of the report, nor is the "
              "signature logo. A Darija proverb in Latin script with digits inside the French; 'une éventuelle "
              "demande de prise de parole' is not a request (nobody named, nothing decided). Signature with the "
              "Tifinagh name before the French one. Outlook, related part; the Cc'd colleague's out-of-office "
              "answers our acknowledgement (h256-05); a question follows in h256-24."))


# ================================================================ 05  FR  auto_reply  the Cc'd advocacy officer's Exchange out-of-office on our ack of 04
def m05():
    when = at("2021-01-28 11:37:19")
    ack = ack_mid(M04_QID)
    text = """ⴰⵣⵓⵍ, Bonjour,

Je suis en mission à Laâyoune et Dakhla jusqu'au lundi 8 février, avec un accès très limité à ma messagerie.

Pour toute question concernant le rapport collectif de la Plateforme ou nos activités de plaidoyer, merci de contacter Hind Lamrani, coordinatrice nationale (h.lamrani@amoudou-plateforme.example.ma).

Bien cordialement,
Youssef Aït Brahim
Chargé du plaidoyer – PADPM
"""
    body = alt(text, "_000_PR2P264MB0518OOF71C3E9A5_", html=outlook_html(text, lang="FR"))
    orig = "Accusé de réception - " + M04_SUBJ
    subj = hdr("Réponse automatique : " + orig, enc="Q")
    sender = "Youssef =?utf-8?q?A=C3=AFt?= Brahim <y.aitbrahim@amoudou-plateforme.example.ma>"
    rows = std_rows(when, "mail-pr2fra01on0618.outbound.protection.outlook.example.com", "198.51.100.118",
                    "4DRq8Bv3NcZ5", sender, subj, rfcdate(sent_at(when, 1, 2)),
                    "<PR2P264MB05187C1E3A9F4D52@PR2P264MB0518.FRAP264.PROD.OUTLOOK.example.com>",
                    extra=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")], ret="")
    rows = [(k, "<>" if k == "Return-Path" else v) for k, v in rows]
    rows += [("In-Reply-To", ack), ("References", M04_ID + " " + ack), ("Thread-Topic", hdr(orig, enc="Q")),
             ("Content-Language", "fr-FR"), ("X-MS-Exchange-Inbox-Rules-Loop", "y.aitbrahim@amoudou-plateforme.example.ma")]
    add(5, when, top(body, rows), dict(category="auto_reply", language="fr", acknowledge=False, on_time=None,
        notes="French Exchange out-of-office ('Réponse automatique :' before our subject, Auto-Submitted, null "
              "Return-Path) of the colleague in Cc of h256-04, 75 seconds after it; opens with the Tifinagh greeting "
              "'ⴰⵣⵓⵍ' and talks about 'le rapport collectif', which must not make it a submission. Never "
              "acknowledge; thread_of null as for dev auto-replies."))


# ================================================================ 06  EN  speaker  Fès professor: herself (rapporteur + open discussion) and a postdoc, 'Roundtable II'
def m06():
    when = at("2021-01-29 16:20:33")
    subj = "Two names from LMTS (Fès) for the GCM regional review"
    text = """Dear colleagues,

Salam from Fès!

I'm writing to put forward two names from our lab for the regional review. Bon, to keep it short:

- myself, as rapporteur for the stakeholders' key messages. I helped coordinate the Moroccan civil society side-events around the Marrakech conference in December 2018, so pulling many voices into a few messages is something I know. If it fits, I would of course also join the open discussion on the 23rd;
- Dr. Hamza Berrada, for a floor intervention in Roundtable II.

Hamza is a postdoctoral researcher with us. His fieldwork follows young men from the Middle Atlas who went to Spain and Italy on seasonal contracts and came back, some with savings, many with debts. He speaks English, French and Darija, and, inchallah, enough Spanish by February to read his own interviews again :)

Shukran bzaf, and bon courage with all the preparations.

Best,
Ghizlane

--
Pr. Ghizlane El Ouazzani
Professor of Sociology
Laboratoire Migrations, Territoires et Sociétés (LMTS)
Université Sidi Mohamed Ben Abdellah, Fès – Morocco
"""
    body = alt(text, "0000000000004e7a1b05b9e8c3f0", html=gmail_html(text))
    m = mk(when, sent_at(when, 1, 5), "mail-lf1-f51.google.example.com", "192.0.2.151", "4DSd1Xw9QmZ4",
           "Ghizlane El Ouazzani <g.elouazzani.lmts@gmail.example.com>", subj,
           "<CAKt6Rw1Pz9nM3vQ+c8Xb2Lk5sD7yHf4jN1@mail.gmail.example.com>", body)
    lmts = "Laboratoire Migrations, Territoires et Sociétés (LMTS)"
    add(6, when, m, dict(category="speaker_request", language="en", acknowledge=True, on_time=True, speakers=[
        sp("Ghizlane El Ouazzani", "Professor of Sociology", lmts, ["rapporteur", "open_discussion"]),
        sp("Hamza Berrada", "postdoctoral researcher", lmts, ["roundtable"], 2)],
        notes="two speakers in one English mail with French and Darija touches ('Bon', 'inchallah', 'Shukran "
              "bzaf'): the sender proposes 'myself' (name only as 'Ghizlane' in the body; surname, title and lab in "
              "the signature, 'Pr.' dropped) as rapporteur and, conditionally, the open discussion; her colleague "
              "'Dr.' Hamza Berrada for 'Roundtable II' (Roman numeral), his title in a later paragraph ('a "
              "postdoctoral researcher with us'). Marrakech 2018 is history. Gmail; Date in UTC+1."))


# ================================================================ 07  AR  speaker  Nouadhibou shelter in Hassaniya: its president as rapporteur
M07_ID = "<DB7PR01MB5121E3B8C94A7F06@DB7PR01MB5121.eurprd01.prod.outlook.example.com>"
M07_SUBJ = "ترشيح رئيسة جمعية الساحل (نواذيبو) للاستعراض الإقليمي"
M07_QID = "4DT0kF5RzWz8"
M07_FROM = "sahel.nouadhibou@mauritel.example.mr"


def m07():
    when = at("2021-01-30 12:02:48")
    text = """السلام عليكم ورحمة الله وبركاته

تحية طيبة،

نكتب لكم من نواذيبو باسم جمعية الساحل لإيواء ومساعدة المهاجرين. الدعوة ماه وصلتنا ألا ظرك عن طريق شركائنا في نواكشوط، والحمد لله اللي الوقت ماه فات.

نواذيبو كيف اتعرفو هي آخر نقطة قبل البحر للمهاجرين اللي ماشين لجزر الكناري، وفي 2020 الطريق ذاك رجع ينشط ياسر، وعدد من الشباب الموريتانيين زادين ركبو فيه. واحنا نستقبلو في المركز اللي رجعوهم وإلين ما عندهم شي.

نقترح رئيسة الجمعية، السيدة فاطمة منت أحمد سالم، تكون هي المقررة اللي تقدم الرسائل الرئيسية لأصحاب المصلحة في المؤتمر، لأنها تابعت گاع الجلسات اللي عملنا مع المهاجرين والبحارة ونساء الحي، وتعرف تجمع الكلام.

إلين كان يلزم شي استمارة ولا ورقة، گولو لنا ونرسلوها.

وشكرا ليكم

محمد الأمين ولد الشيخ
الأمين العام
جمعية الساحل لإيواء ومساعدة المهاجرين - نواذيبو، موريتانيا
"""
    body = alt(text, "_000_DB7PR01MB5121E3B8C94A7F06_", html=outlook_html(text, lang="AR-SA", rtl=True), b64=True)
    m = mk(when, sent_at(when, 0, 11), "mail-db7eur01olkn2097.outbound.protection.outlook.example.com",
           "198.51.100.97", M07_QID, addr("جمعية الساحل نواذيبو", M07_FROM), hdr(M07_SUBJ), M07_ID, body,
           extra=outlook(hdr(M07_SUBJ), "AQHW9sLk2Fp4Rv6Tb8Nc0Xm3Qz5Hd7Ja==", lang="ar-SA"))
    add(7, when, m, dict(category="speaker_request", language="ar", acknowledge=True, on_time=True, speakers=[
        sp("فاطمة منت أحمد سالم", "رئيسة الجمعية", "جمعية الساحل لإيواء ومساعدة المهاجرين", ["rapporteur"])],
        notes="Mauritanian Hassaniya (ظرك، ألا، ماه، ياسر، گاع، إلين، گولو) mixed with standard Arabic: the "
              "secretary-general (not the speaker) proposes the president; 'السيدة' dropped, 'منت' (daughter of) "
              "is part of the name; 'المقررة اللي تقدم الرسائل الرئيسية' = rapporteur; '- نواذيبو، موريتانيا' is "
              "the place. Outlook.com, base64 RTL HTML; Date in UTC+0. Our acknowledgement to this address "
              "bounces (h256-08)."))


# ================================================================ 08  EN  bounce  our acknowledgement of 07: mailbox over quota
def m08():
    when = at("2021-01-30 12:03:31")
    text = POSTFIX_NOTICE + """
<%s>: host mx.mauritel.example.mr[203.0.113.77] said: 552 5.2.2
    <%s>: Recipient address rejected: Mailbox full, quota
    exceeded (in reply to RCPT TO command)
""" % (M07_FROM, M07_FROM)
    dsn = ("Reporting-MTA: dns; mx1.iom.int\n"
           "X-Postfix-Queue-ID: 4DT0mH7TbXz1\n"
           "X-Postfix-Sender: rfc822; gcmrrarabstates@iom.int\n"
           "Arrival-Date: %s\n\n"
           "Final-Recipient: rfc822; %s\n"
           "Original-Recipient: rfc822;%s\n"
           "Action: failed\n"
           "Status: 5.2.2\n"
           "Remote-MTA: dns; mx.mauritel.example.mr\n"
           "Diagnostic-Code: smtp; 552 5.2.2 <%s>: Recipient address rejected: Mailbox full, quota exceeded\n"
           % (rfcdate(when - dt.timedelta(seconds=4), "EET"), M07_FROM, M07_FROM, M07_FROM))
    hdrs = ("Return-Path: <gcmrrarabstates@iom.int>\n"
            "From: GCM Regional Review Arab States <gcmrrarabstates@iom.int>\n"
            "To: %s <%s>\n"
            "Subject: %s\n"
            "Date: %s\n"
            "Message-ID: %s\n"
            "In-Reply-To: %s\n"
            "References: %s\n" % (b_word("جمعية الساحل نواذيبو"), M07_FROM, b_word(ACK_SUBJ["ar"] + M07_SUBJ),
                                  rfcdate(when - dt.timedelta(seconds=6)), ack_mid(M07_QID), M07_ID, M07_ID))
    body = dsn_report(text, dsn, hdrs, "4DT0mK2VdQz9.1612000983/mx1.iom.int")
    rows = [("Return-Path", "<>"), ("Delivered-To", "gcmrrarabstates@iom.int"),
            ("Received", "by mx1.iom.int (Postfix)\r\n\tid 4DT0mK2VdQz9; %s" % rfcdate(when, "EET")),
            ("Date", rfcdate(when, "EET")),
            ("From", "MAILER-DAEMON@mx1.iom.int (Mail Delivery System)"),
            ("Subject", "Undelivered Mail Returned to Sender"),
            ("To", "gcmrrarabstates@iom.int"),
            ("Auto-Submitted", "auto-replied"),
            ("Message-Id", "<20210130100331.4DT0mK2VdQz9@mx1.iom.int>")]
    add(8, when, top(body, rows), dict(category="bounce", language="en", acknowledge=False, on_time=None,
        notes="Postfix DSN (552 5.2.2 mailbox full, quota exceeded) for our Arabic acknowledgement of h256-07; the "
              "returned headers carry encoded Arabic words naming a nomination. Never acknowledge; thread_of null "
              "as for dev bounces."))


# ================================================================ 09  FR  speaker  Kabyle association of Tizi Ouzou: two speakers, 'table ronde numéro quatre'
def m09():
    when = at("2021-02-01 19:45:12")
    subj = "Propositions d'intervenants - Association Tafat n Tmurt (Tizi Ouzou)"
    text = """Azul fellawen,

Je vous écris au nom de l'Association culturelle et sociale Tafat n Tmurt (ACSTT), de Tizi Ouzou, qui accompagne depuis 2012 les familles de Kabylie dont un ou plusieurs enfants ont pris la mer, ainsi que les jeunes revenus après un refus de séjour en Europe.

Après discussion au sein de notre bureau, nous souhaitons proposer deux personnes :

– Mme Tiziri Ameziane, notre vice-présidente, pour une intervention en séance plénière ;
– M. Massinissa Haddadi, juriste bénévole de l'association, pour la table ronde numéro quatre.

Tous deux s'expriment en kabyle, en français et en arabe. Ma ulac aɣilif, pourriez-vous nous indiquer si les interventions se feront à distance ? Plusieurs de nos membres n'ont pas de passeport valide.

Tanemmirt nwen, et bon courage pour l'organisation.

Kamal Meziani
Secrétaire général
ⵜⴰⴼⴰⵜ ⵏ ⵜⵎⵓⵔⵜ
Association culturelle et sociale Tafat n Tmurt (ACSTT)
Tizi Ouzou – Algérie
"""
    body = leaf("text/plain", flowed(text), "utf-8", "8bit", params=[("format", "flowed")])
    m = mk(when, sent_at(when, 1, 6), "smtp.tafat-n-tmurt.example.dz", "203.0.113.91", "4DVh3Pq6MxZ0",
           "Kamal Meziani <k.meziani@tafat-n-tmurt.example.dz>", hdr(subj, enc="Q"),
           "<3f9a2c71-5e84-4b0d-a6c3-8d1e7b20f594@tafat-n-tmurt.example.dz>", body,
           extra=[("User-Agent", TB), ("Content-Language", "fr")])
    acstt = "Association culturelle et sociale Tafat n Tmurt (ACSTT)"
    add(9, when, m, dict(category="speaker_request", language="fr", acknowledge=True, on_time=True, speakers=[
        sp("Tiziri Ameziane", "vice-présidente", acstt, ["plenary"]),
        sp("Massinissa Haddadi", "juriste bénévole", acstt, ["roundtable"], 4)],
        notes="Kabyle association: French with Kabyle greeting and phrases ('Azul fellawen', 'Ma ulac aɣilif', "
              "'Tanemmirt nwen'); two speakers in a dash list, 'Mme'/'M.' dropped, titles from 'notre "
              "vice-présidente' and 'juriste bénévole de l'association', the roundtable number written out "
              "('numéro quatre'); the signature gives the name in Tifinagh above the French form (affiliation from "
              "the French line with its acronym). The signer is not a speaker; the question about remote "
              "participation is not a role. Thunderbird, format=flowed, 8bit."))


# ================================================================ 10  AR  both  Zarzis families' association: report + a mother of a missing migrant
M10_ID = "<CAN4sV8Tq2xR7wK+p5Lm1Bz9Hc3dYf6gE0@mail.gmail.example.com>"
M10_SUBJ = "التقرير الطوعي متاع الجمعية + مشاركة في la plénière"
M10_FILE = "تقرير جمعية الأمل جرجيس - فيفري 2021.pdf"
M10_IMG = "وقفة الأمهات في الميناء.png"
M10_TEXT = """عسلامة،

نكتبولكم من جرجيس باسم جمعيتنا. بعثنالكم التقرير الطوعي متاعنا على الميثاق العالمي للهجرة، راهو في la pièce jointe (PDF). التقرير يحكي على العائلات اللي أولادهم حرقو من 2011 لتوا وما عندهم حتى خبر عليهم، وعلى التعب اللي يلقاوه مع الإدارة باش يعملو تحليل الـ ADN ويعرفو شكون اللي لقاوه البحر.

وزادا نحبو نشاركو في la plénière: نقترحو السيدة الزهرة بن عمر، عضوة في الهيئة المديرة متاع الجمعية، وهي أم لشاب مفقود من سبتمبر 2018. تحكي بالتونسي وشوية بالفرنساوي، وعندها برشا ما تقول.

بعثنالكم زادا تصويرة من الوقفة متاع الأمهات في الميناء، موش لازم تنشروها.

يعطيكم الصحة

Sami Trabelsi
Secrétaire général
Association El Amal des familles de migrants disparus
Zarzis – Tunisie
"""


def m10():
    when = at("2021-02-02 10:28:56")
    pdf = rep_pdf("Rapport volontaire (arabe) - Association El Amal, Zarzis",
                  "Association El Amal des familles de migrants disparus",
                  ["Les familles des disparus depuis 2011", "Tests ADN et identification",
                   "Relations avec l'administration", "Recommandations"])
    a = alt(M10_TEXT, "000000000000f17c9a05ba5e2b83", html=gmail_html(M10_TEXT, rtl=True), b64=True)
    body = multi("mixed", [a, attach("application/pdf", pdf, M10_FILE),
                           attach("image/png", make_png(48, 32, (70, 110, 150)), M10_IMG)],
                 "000000000000f17c9c05ba5e2b85")
    m = mk(when, sent_at(when, 1, 8), "mail-wm1-f66.google.example.com", "192.0.2.166", "4DVz5Lr8KcZ2",
           "Sami Trabelsi <elamal.zarzis@gmail.example.com>", hdr(M10_SUBJ), M10_ID, body)
    add(10, when, m, dict(category="both", language="ar", acknowledge=True, on_time=True, speakers=[
        sp("الزهرة بن عمر", "عضوة في الهيئة المديرة", "Association El Amal des familles de migrants disparus",
           ["plenary"])],
        report_attachments=[M10_FILE],
        notes="Tunisian Derja in Arabic script switching to French inside sentences ('راهو في la pièce jointe', "
              "'نحبو نشاركو في la plénière'), subject included: a report and a speaker in one mail, both on time. "
              "The speaker is named in Arabic in the body ('السيدة' dropped, title 'عضوة في الهيئة المديرة', her "
              "missing son and 2011/2018 are background), while the association is only named in the French "
              "signature of the sender (not a speaker); the body only says 'جمعيتنا'. The photo of the mothers' "
              "vigil (Arabic PNG name) is not part of the report. Gmail; a corrected report follows (h256-21)."))


# ================================================================ 11  EN  other  Tangier doctoral student: only wants to attend
def m11():
    when = at("2021-02-03 08:55:40")
    subj = "Attending the 23 Feb consultation as an observer?"
    text = """Hi,

My name is Othmane Lahlou, I'm a PhD candidate in sociology at Abdelmalek Essaâdi University in Tangier. My thesis is on teenagers from Fnideq and Martil who try to swim or climb into Ceuta, so this regional review is basically my whole life right now haha.

I'm not with any NGO, and I'm not sending a report or asking for a speaking slot. Wa7ed l'question bsita: could I just attend, as an observer, the consultation on 23 Feb and maybe one or two of the roundtables? If it's online even better, I'd just need the link.

Merci d'avance, and sorry if this is not the right address for this kind of question.

Othmane

Get Outlook for iOS
"""
    body = alt(text, "_000_VI1PR02MB5983F2A6C1B7E094_", html=ios_outlook_html(text))
    m = mk(when, sent_at(when, 1, 7), "mail-vi1eur02olkn2051.outbound.protection.outlook.example.com",
           "198.51.100.51", "4DWj8Sx2TqZ7", "Othmane Lahlou <othmane.lahlou95@outlook.example.com>", subj,
           "<VI1PR02MB5983F2A6C1B7E094@VI1PR02MB5983.eurprd02.prod.outlook.example.com>", body,
           extra=[("Thread-Topic", subj), ("Thread-Index", "AQHW+d4Fq2Lm7Xz0Tb5Rk8Wn3Vc6Hs9Jp=="),
                  ("Content-Language", "en-US")])
    add(11, when, m, dict(category="other", language="en", acknowledge=True, on_time=None,
        notes="a doctoral student who only wants to attend as an observer: English with a Darija/French line "
              "('Wa7ed l'question bsita', 'Merci d'avance'); he says outright he is not sending a report nor asking "
              "to speak, yet mentions the consultation, the roundtables and his thesis. Outlook for iOS; Date in "
              "UTC+1."))


# ================================================================ 12  AR  speaker  Algiers association: their lawyer for 'la table ronde I'
def m12():
    when = at("2021-02-04 14:11:27")
    subj = "اقتراح متدخلة - جمعية الجزائر"
    text = """السلام عليكم

واش راكم، إن شاء الله لاباس عليكم.

حنا جمعية نخدمو مع المهاجرين الأفارقة اللي راهم في الجزائر العاصمة، وزادة مع الشباب الجزايريين اللي رجعوهم من أوروبا. حبينا نقترحو الأستاذة نسيمة بوعلام باش تدخل في la table ronde I، نهار 24 ولا 25 فيفري على حساب البرنامج تاعكم.

الأستاذة نسيمة محامية، وهي المستشارة القانونية تاع الجمعية من 2016، وتعرف مليح les dossiers تاع الترحيل والحبس.

إذا لازم formulaire ولا CV قولولنا ونبعثوهم.

يعطيكم الصحة

رشيد حمادي
Association Algérienne d'Aide aux Migrants et Réfugiés (AAAMR)
Alger
"""
    body = alt(text, "----=_Part_2741093_1188624307.1612440683207", html=yahoo_html(text, rtl=True), b64=True)
    m = mk(when, sent_at(when, 1, 6), "sonic305-21.consmr.mail.ir2.yahoo.example.com", "198.51.100.205",
           "4DX6Qm1PvRz5", addr("Rachid Hamadi", "rachid.hamadi_aaamr@yahoo.example.fr"), hdr(subj),
           "<1429837561.2741094.1612440683209@mail.yahoo.example.com>", body, extra=[("X-Mailer", YAHOO)])
    add(12, when, m, dict(category="speaker_request", language="ar", acknowledge=True, on_time=True, speakers=[
        sp("نسيمة بوعلام", "المستشارة القانونية", "Association Algérienne d'Aide aux Migrants et Réfugiés (AAAMR)",
           ["roundtable"], 1)],
        notes="Algerian Darja in Arabic script with French inserted ('في la table ronde I', 'les dossiers تاع "
              "الترحيل'): the roundtable number is a Roman numeral inside Arabic text; 'الأستاذة' dropped (here "
              "the lawyer's courtesy title), her title stated in a separate paragraph ('المستشارة القانونية تاع "
              "الجمعية'; 'محامية' is her profession); the association is named only in the French signature of the "
              "sender, who is not the speaker. Yahoo Mail, base64 RTL HTML; Latin-script From name."))


# ================================================================ 13  FR  speaker  Casablanca doctor at 20:40 on the speaker deadline, French with Darija
def m13():
    when = at("2021-02-05 21:40:09")
    subj = "Prise de parole le 23 février - AFMR Casablanca"
    text = """Bonsoir,

Désolée pour l'heure tardive, c'était une journée de fou, wallah. Je n'ai vu que ce matin que la date limite pour les prises de parole, c'est aujourd'hui.

Donc voilà : je voudrais participer à la discussion ouverte de la consultation du 23 février, au nom de l'AFMR. Ana chakhsiyan, je suis sur le terrain avec les femmes migrantes à Casa depuis 2013 (je suis médecin), surtout les Subsahariennes qui travaillent comme domestiques dans les quartiers de Maârif et de l'Oasis, w 3ndi bzaf dyal les témoignages à partager.

Pour le rapport, on est encore en train de le finaliser, on vous l'envoie avant le 16 inchallah.

Merci beaucoup w bon courage !

Dr Meryem Chraibi Alaoui
Responsable du pôle santé
Association Femmes Migrantes et Résilience (AFMR)
Casablanca – Maroc
"""
    body = alt(text, "Apple-Mail=_3C9F1E72-8A4B-4D06-B5E3-61D0A7F29C48", html=apple_html(text))
    m = mk(when, sent_at(when, 1, 10), "mr85p00im-hyfv06011501.me.example.com", "198.51.100.187", "4DXr0Fb5WnZ9",
           "Meryem Chraibi <meryem.chraibi@icloud.example.com>", hdr(subj, enc="Q"),
           "<9E2B7C40-1F3D-4A85-B6C9-D0E47A3F1B62@icloud.example.com>", body, extra=[("X-Mailer", APPLE)])
    add(13, when, m, dict(category="speaker_request", language="fr", acknowledge=True, on_time=True, speakers=[
        sp("Meryem Chraibi Alaoui", "Responsable du pôle santé", "Association Femmes Migrantes et Résilience (AFMR)",
           ["open_discussion"])],
        notes="sent at 20:40 Casablanca time (21:40 Beirut) on the speaker deadline: on time. French code-switching "
              "to Darija in Latin script ('wallah', 'Ana chakhsiyan', 'w 3ndi bzaf dyal les témoignages'): mostly "
              "French. Self-request: the body says only 'au nom de l'AFMR'; the full name ('Dr' dropped, longer "
              "than the From name), title and organisation are in the signature ('je suis médecin' is not the "
              "title). The report promised 'avant le 16' is not attached, so not 'both'. Apple Mail."))


# ================================================================ 14  AR  other  Darija thank-you answering our acknowledgement of 02
def m14():
    when = at("2021-02-06 11:19:50")
    ack = ack_mid(M02_QID)
    quoted = ack_ar("Naïma Zerouali", "طلبكم للمشاركة بمداخلة")
    text = """شكرا بزاف، توصلت بالرسالة ديالكم. الله يخليكم، و نتمناو نتلاقاو ف 24 فبراير إن شاء الله

نعيمة

Envoyé de mon iPhone

> Le 26 janv. 2021 à 12:08, GCM Regional Review Arab States <gcmrrarabstates@iom.int> a écrit :
>
""" + gt(quoted) + "\n"
    body = leaf("text/plain", text, "utf-8", "quoted-printable")
    m = mk(when, sent_at(when, 1, 5), "mr85p00im-ztdg06021101.me.example.com", "198.51.100.186", "4DY2Tk7MvBz1",
           "Naima Zerouali <naima.zerouali@icloud.example.com>", re_hdr("Re: ", ACK_SUBJ["ar"] + M02_SUBJ),
           "<5F1D8A3C-72E9-4B06-A4C1-E9B30D6F2A57@icloud.example.com>", body,
           extra=[("In-Reply-To", ack), ("References", M02_ID + " " + ack), ("X-Mailer", IPHONE)])
    add(14, when, m, dict(category="other", language="ar", acknowledge=False, on_time=None, thread_of=H % 2,
        notes="a one-line Darija thank-you answering our Arabic acknowledgement of h256-02 (References name "
              "h256-02), adds nothing new, so no acknowledgement; the iPhone's French attribution line ('Le 26 "
              "janv. 2021 à 12:08, ... a écrit :') and the date '24 فبراير' must not make it French or a request."))


# ================================================================ 15  EN  speaker  Tunis researcher, three days late (covid), 'roundtable number three'
def m15():
    when = at("2021-02-08 09:33:15")
    subj = "Late request - floor intervention, roundtable 3?"
    text = """Hello,

Hope you're all doing well.

I know, I know, the deadline for speaking requests was last Friday. I was stuck at home with covid for ten days and only got back to my emails yesterday, so please bear with me, 3aychkom.

I would like to request a floor intervention in roundtable number three. Our work is on young Tunisians sent back from Italy after crossing by sea (the famous "7arga"), and what happens to them once they are back in Kasserine or Sidi Bouzid with nothing, not even the money they borrowed for the boat.

If it's too late, mafama mochkla, we'll follow online and send you our key points in writing.

Best,
Yosra

--
Yosra Mejri
Research & Advocacy Officer
Tunisian Youth Migration Lab (TYML)
Tunis, Tunisia
"""
    inner = "".join("<div>%s</div>" % (esc(x) if x else "<br>") for x in text.rstrip("\n").split("\n"))
    body = html_only('<div style="font-family: Verdana, Arial, Helvetica, sans-serif; font-size: 10pt;">%s</div>'
                     % inner, newlines=True)
    m = mk(when, sent_at(when, 1, 6), "sender4-op-o12.zoho.example.com", "136.143.188.12", "4DZ8Gx3QnHz4",
           "Yosra Mejri <yosra.mejri@tyml-tunisia.example.org>", subj,
           "<1777f3a2c41.b8e2d5c1.4917263@tyml-tunisia.example.org>", body,
           extra=[("User-Agent", "Zoho Mail"), ("X-Mailer", "Zoho Mail")])
    add(15, when, m, dict(category="speaker_request", language="en", acknowledge=True, on_time=False, speakers=[
        sp("Yosra Mejri", "Research & Advocacy Officer", "Tunisian Youth Migration Lab (TYML)", ["roundtable"], 3)],
        notes="late self-request (8 February, after the 5 February deadline, and the sender says so): on_time "
              "false. English with Tunisian in Latin script ('3aychkom', '7arga', 'mafama mochkla'); the roundtable "
              "number written out ('roundtable number three', the subject says 'roundtable 3?'); surname, title "
              "and organisation only in the signature; 'send you our key points in writing' is not a report. "
              "HTML-only Zoho mail."))


# ================================================================ 16  FR  report  Nouakchott association: DOCX report, a missed speaker deadline mentioned
M16_FILE = "Rapport_volontaire_AEIM_Mauritanie_février_2021.docx"


def m16():
    when = at("2021-02-09 15:04:44")
    subj = "Rapport volontaire de l'AEIM (Nouakchott) - examen régional du Pacte mondial"
    text = """Bonjour Madame, Monsieur,

Au nom de l'Association Ennour pour l'insertion des migrants (AEIM), basée à Nouakchott, je vous transmets ci-joint notre rapport volontaire sur la mise en œuvre du Pacte mondial en Mauritanie, el hamdoulillah terminé à temps.

Le rapport porte sur les migrants ouest-africains de passage à Nouakchott et à Nouadhibou, sur les pêcheurs sénégalais et maliens installés au port, et sur les jeunes Mauritaniens partis ces derniers mois vers les Canaries. Une partie des témoignages a été recueillie en hassaniya et en pulaar, puis traduite en français par nos bénévoles.

Nous aurions aimé proposer aussi une intervenante pour la conférence, mais nous avons découvert trop tard la date du 5 février. Ce sera pour une prochaine fois, inchallah.

Cordialement,

Mariem Mint Bouya
Chargée de suivi-évaluation
Association Ennour pour l'insertion des migrants (AEIM)
Tevragh Zeina, Nouakchott – Mauritanie
"""
    doc = make_docx(["Association Ennour pour l'insertion des migrants (AEIM) - Nouakchott",
                     "Rapport volontaire - examen regional du Pacte mondial sur les migrations (region arabe)",
                     "1. Migrants ouest-africains a Nouakchott et Nouadhibou",
                     "2. Pecheurs senegalais et maliens", "3. Departs vers les Canaries (2020)",
                     "4. Recommandations"])
    a = alt(text, "----=_Part_3318205_420917736.1612875880514", html=yahoo_html(text), b64=True)
    body = multi("mixed", [a, attach(DOCX, doc, M16_FILE)], "----=_Part_3318204_1960471283.1612875880512")
    m = mk(when, sent_at(when, 0, 9), "sonic314-19.consmr.mail.ir2.yahoo.example.com", "198.51.100.214",
           "4DZx9Ht4LpZ6", "Mariem Mint Bouya <mariem.bouya@yahoo.example.fr>", hdr(subj, enc="Q"),
           "<1093528847.3318206.1612875880516@mail.yahoo.example.com>", body, extra=[("X-Mailer", YAHOO)])
    add(16, when, m, dict(category="voluntary_report", language="fr", acknowledge=True, on_time=True,
        report_attachments=[M16_FILE],
        notes="Mauritanian association's report in French with a Hassaniya/Arabic touch ('el hamdoulillah', "
              "'inchallah'); the DOCX name has an accent (RFC 2231 + RFC 2047). 'Nous aurions aimé proposer aussi "
              "une intervenante' mentions a speaker who is neither named nor requested (they missed 5 February), "
              "so not 'both'; 'Mint' is part of the signer's name. Yahoo, base64 parts; Date in UTC+0."))


# ================================================================ 17  EN  report  Rabat council of anglophone migrants, PDF + logo PNG
M17_ID = "<CAB3wQ9Xn6tL2vR+k8Pz4Mc1sH7dYf5jT3@mail.gmail.example.com>"
M17_SUBJ = "Voluntary GCM review report - AMCCR (Rabat)"
M17_QID = "4F0Bn6Wq2KZ3"
M17_FILE = "AMCCR_Voluntary_Report_GCM_Rabat_Feb2021.pdf"


def m17():
    when = at("2021-02-10 12:47:02")
    text = """Dear Sir/Madam,

Please find attached the voluntary GCM review report of the Anglophone Migrants Community Council of Rabat (AMCCR). We are a community-led group of migrants from Nigeria, Ghana, Liberia, Sierra Leone and Cameroon living in Rabat, Salé and Témara, most of us in Morocco for more than five years now.

The report comes from three community meetings we held in Takaddoum and Hay Nahda in January. It covers the 2014 and 2017 regularisation campaigns and what came after them, access to health care for pregnant women, and the "bricolage" (small daily jobs) most of us live from. Like they say here, shwiya b shwiya, little by little.

Our logo is attached too in case you list the contributing organisations.

I am travelling from tomorrow until 1 March, so for any question please write to our secretary, Mr. Kwabena Asante (kwabena.amccr@gmail.example.com).

Thank you and God bless,

Chioma Eze
Chairperson, AMCCR
Rabat, Morocco
"""
    pdf = rep_pdf("Voluntary GCM review report", "Anglophone Migrants Community Council of Rabat (AMCCR)",
                  ["Who we are", "Regularisation 2014 and 2017, and after", "Health care for pregnant women",
                   "Bricolage: informal work", "Recommendations"])
    a = alt(text, "000000000000a6c31f05bb03e7d9", html=gmail_html(text))
    body = multi("mixed", [a, attach("application/pdf", pdf, M17_FILE),
                           attach("image/png", make_png(32, 32, (0, 135, 81)), "AMCCR logo.png")],
                 "000000000000a6c32105bb03e7db")
    m = mk(when, sent_at(when, 1, 7), "mail-wr1-f43.google.example.com", "192.0.2.143", M17_QID,
           "Chioma Eze <chioma.eze.amccr@gmail.example.com>", M17_SUBJ, M17_ID, body)
    add(17, when, m, dict(category="voluntary_report", language="en", acknowledge=True, on_time=True,
        report_attachments=[M17_FILE],
        notes="community council of English-speaking sub-Saharan migrants in Rabat: English with a Darija phrase "
              "in Latin script ('shwiya b shwiya') and a French word ('bricolage'); the attached logo PNG is not "
              "part of the report; the secretary named for questions ('Mr.') is not a speaker; 2014/2017 are "
              "history. Gmail. Her vacation responder answers our acknowledgement (h256-18)."))


# ================================================================ 18  EN  auto_reply  her Gmail vacation responder, English and French
def m18():
    when = at("2021-02-10 12:48:10")
    ack = ack_mid(M17_QID)
    text = """Hello, I am travelling and will be back on 1 March 2021. For AMCCR matters please contact our secretary Kwabena Asante (kwabena.amccr@gmail.example.com).

Bonjour, je suis en déplacement jusqu'au 1er mars 2021. Pour l'AMCCR, merci d'écrire à notre secrétaire Kwabena Asante.

Chioma
"""
    body = alt(text, "000000000000c2e84705bb03eb1a", html=gmail_html(text))
    rows = std_rows(when, "mail-sor-f65.google.example.com", "192.0.2.65", "4F0Bq1Rt7MZ8",
                    "Chioma Eze <chioma.eze.amccr@gmail.example.com>", "Away until 1 March / Absente jusqu'au 1er mars",
                    rfcdate(sent_at(when, 1, 3)), "<CAB3wQ9Yp2vK7nT+x4Lc8Rz1Md6sHg3fW9@mail.gmail.example.com>",
                    extra=[("Auto-Submitted", "auto-replied")], ret="chioma.eze.amccr@gmail.example.com")
    rows += [("In-Reply-To", ack), ("References", M17_ID + " " + ack)]
    add(18, when, top(body, rows), dict(category="auto_reply", language="en", acknowledge=False, on_time=None,
        notes="Gmail vacation responder (Auto-Submitted: auto-replied) of the sender of h256-17, answering our "
              "acknowledgement 68 seconds after her report; its own bilingual English/French subject, not 'Re:'; "
              "'1 March' is not a deadline. Never acknowledge; thread_of null as for dev auto-replies."))


# ================================================================ 19  AR  report  Tamanrasset association: Algerian Arabic + French, DOCX + stamp image
M19_FILE = "تقرير جمعية تيديت - تمنراست 2021.docx"
M19_STAMP = "cachet_association_Tidit.png"


def m19():
    when = at("2021-02-11 10:15:37")
    subj = "التقرير الطوعي - جمعية تيديت للتضامن والتنمية (تمنراست)"
    text = """السلام عليكم ورحمة الله

تحية طيبة،

نبعثولكم تقرير جمعية تيديت للتضامن والتنمية بتمنراست، في إطار الاستعراض الإقليمي للاتفاق العالمي للهجرة. التقرير راهو في la pièce jointe (Word)، ومعاه صورة الختم تاع الجمعية.

تمنراست كيما تعرفو مدينة عبور للمهاجرين الجايين من النيجر ومالي. التقرير يحكي على الأطفال اللي يخدمو في la ville بلا وثائق، وعلى النساء اللي يبقاو هنا شهور وهوما يستناو، وعلى عمليات الترحيل نحو الحدود بين 2018 و2020.

كنا حابين نشاركو حتى في المداخلات، بصح فاتنا الوقت. إن شاء الله مرة أخرى.

بالتوفيق، وأخوكم

Brahim Ag Elhousseini
Président
ⵜⵉⴷⵉⵜ – Association Tidit pour la solidarité et le développement
Tamanrasset – Algérie
"""
    doc = make_docx(["جمعية تيديت للتضامن والتنمية - تمنراست",
                     "التقرير الطوعي - الاستعراض الإقليمي للاتفاق العالمي من أجل الهجرة الآمنة والمنظمة والنظامية",
                     "أولا: تمنراست مدينة عبور", "ثانيا: الأطفال العاملون بلا وثائق", "ثالثا: النساء",
                     "رابعا: الترحيل نحو الحدود 2018-2020", "خامسا: التوصيات"])
    a = alt(text, "_000_AM5PR04MB3009D6B1E7C2A485_", html=outlook_html(text, lang="AR-DZ", rtl=True), b64=True)
    body = multi("mixed", [a, attach(DOCX, doc, M19_FILE),
                           attach("image/png", make_png(40, 40, (30, 60, 150)), M19_STAMP)],
                 "_004_AM5PR04MB3009D6B1E7C2A485_")
    m = mk(when, sent_at(when, 1, 9), "mail-am5eur04olkn2034.outbound.protection.outlook.example.com",
           "198.51.100.34", "4F1Mt8Vz3PZ0", addr("Brahim Ag Elhousseini", "tidit.tam@hotmail.example.com"),
           hdr(subj), "<AM5PR04MB3009D6B1E7C2A485@AM5PR04MB3009.eurprd04.prod.outlook.example.com>", body,
           extra=outlook(hdr(subj), "AQHXAFm4Kp7Tq1Wz3Rb6Nc9Lx2Vd5Hs8Jf==", lang="ar-DZ", has_attach="yes"))
    add(19, when, m, dict(category="voluntary_report", language="ar", acknowledge=True, on_time=True,
        report_attachments=[M19_FILE],
        notes="Tamanrasset association writing Algerian Darja in Arabic script with French inserted ('التقرير راهو "
              "في la pièce jointe (Word)', 'في la ville'); Tuareg signer ('Ag' is part of the name) and the "
              "organisation's Tifinagh name, both only in a French signature. The stamp image is not part of the "
              "report; 'كنا حابين نشاركو حتى في المداخلات، بصح فاتنا الوقت' mentions speaking without requesting "
              "it. Arabic DOCX name (RFC 2231 + RFC 2047). Hotmail/Outlook."))


# ================================================================ 20  FR  other  Agadir Amazigh association: a report in Tifinagh? Tachelhit interpretation?
def m20():
    when = at("2021-02-12 17:26:51")
    subj = "Rapport en tamazight (tifinagh) et interprétation en tachelhit ?"
    text = """Azul fellawen,

L'Association Tiwizi Souss pour le développement (ATSD) – ⵜⵉⵡⵉⵣⵉ – travaille depuis 2009 avec les familles des vallées de l'Anti-Atlas, dont les jeunes partent travailler en Europe, dans le Golfe ou tout simplement à Casablanca et Agadir.

Nous préparons un rapport volontaire pour l'examen régional et nous aurions deux questions avant de l'envoyer :

1) Pouvons-nous le rédiger en tamazight, en caractères tifinagh, accompagné d'une traduction française ? Pour nos membres c'est une question de principe : ⵜⴰⵎⴰⵣⵉⵖⵜ est langue officielle au Maroc depuis 2011.

2) Si nous demandions, hors délai nous le savons bien, une prise de parole pour notre président, pourrait-il s'exprimer en tachelhit avec un interprète que nous fournirions nous-mêmes ?

Tanmmirt (merci) d'avance pour votre réponse.

Lahoucine Id Belkacem
Secrétaire général, ATSD
Agadir – Maroc
"""
    body = leaf("text/plain", text, "utf-8", "quoted-printable", params=[("format", "flowed")])
    m = mk(when, sent_at(when, 1, 8), "webmail.tiwizi-souss.example.ma", "203.0.113.126", "4F2Pw4Nc9RZ3",
           "Lahoucine Id Belkacem <contact@tiwizi-souss.example.ma>", hdr(subj, enc="Q"),
           "<8c4e1b7f2a9d3065e1f4c7b2a0d9e831@tiwizi-souss.example.ma>", body,
           extra=[("User-Agent", ROUNDCUBE)])
    add(20, when, m, dict(category="other", language="fr", acknowledge=True, on_time=None,
        notes="Amazigh association in Agadir asking whether a report may be written in Tifinagh and whether an "
              "unnamed president could speak in Tachelhit: a report 'en préparation' and a hypothetical speaking "
              "request ('Si nous demandions...'), neither submitted nor made, so 'other'. French with Tifinagh words "
              "in the body and Amazigh greetings ('Azul fellawen', 'Tanmmirt'). Roundcube, text/plain QP."))


# ================================================================ 21  AR  report  Zarzis: corrected report replacing the one in 10
def m21():
    when = at("2021-02-14 20:09:03")
    fname = "تقرير جمعية الأمل جرجيس - النسخة المصححة.pdf"
    text = """عسلامة مرة أخرى،

سامحونا على الإزعاج. التقرير اللي بعثناه نهار 2 فيفري فيه غلطة في الأرقام متاع المفقودين (كتبنا 214 والصحيح 241) وزادا ناقص صفحة التوصيات. هاذي النسخة المصححة، اعتمدو عليها هي وفسخو الأولى من فضلكم.

اللي يخص المشاركة متاع السيدة الزهرة في la plénière ما تبدل فيه شي.

يعطيكم الصحة
Sami Trabelsi

‫في الثلاثاء، 2 فبراير 2021 في 9:28 ص كتب ‪Sami Trabelsi‬‏ <‪elamal.zarzis@gmail.example.com‬‏>:‬

""" + gt(M10_TEXT) + "\n"
    pdf = rep_pdf("Rapport volontaire (arabe) - VERSION CORRIGEE", "Association El Amal des familles de migrants "
                  "disparus, Zarzis", ["Les familles des disparus depuis 2011 (241 cas)",
                                       "Tests ADN et identification", "Relations avec l'administration",
                                       "Recommandations"])
    a = alt(text, "0000000000002d9e6b05bb5a1c47", html=gmail_html(text, rtl=True), b64=True)
    body = multi("mixed", [a, attach("application/pdf", pdf, fname)], "0000000000002d9e6d05bb5a1c49")
    m = mk(when, sent_at(when, 1, 6), "mail-wm1-f66.google.example.com", "192.0.2.166", "4F4Dk2Sx7TZ5",
           "Sami Trabelsi <elamal.zarzis@gmail.example.com>", re_hdr("Re: ", M10_SUBJ),
           "<CAN4sV8Wk3pQ6vR+x9Lb2Tz7Mc1dHf4gY8@mail.gmail.example.com>", body,
           extra=[("In-Reply-To", M10_ID), ("References", M10_ID)])
    add(21, when, m, dict(category="voluntary_report", language="ar", acknowledge=True, on_time=True,
        report_attachments=[fname], thread_of=H % 10,
        notes="corrected report replacing the one of h256-10 ('اعتمدو عليها هي وفسخو الأولى'), a Gmail reply to the "
              "sender's own mail with the first mail quoted: the subject still says 'مشاركة في la plénière' and the "
              "body mentions the speaker, but nothing new is requested, so a report (not 'both') and no speakers. "
              "Tunisian Derja; 214/241 are figures, not dates; Arabic PDF name (RFC 2231 + RFC 2047)."))


# ================================================================ 22  EN  both  Tunis returnees network at 21:58 on the report deadline: speaker part late
M22_FILE = "TRSN_GCM_voluntary_review_FINAL_v3.pdf"


def m22():
    when = at("2021-02-16 22:58:30")
    subj = "TRSN voluntary report (+ a late speaker proposal, sorry!)"
    text = """Dear GCM review team,

Finally! 7amdoullah, after weeks of back and forth, please find attached the voluntary review report of the Tunisian Returnees Support Network (TRSN). It is based on interviews with 48 young women and men who came back, forcibly or not, from Italy, France and Libya since 2017.

Also, and I know we are very late for this part (yezzi mel retard, sorry), we would like to propose our advocacy officer, Ms. Emna Gharsalli, for a floor intervention at one of the thematic roundtables, ideally the fourth one, otherwise the second. Emna ran most of the interviews herself.

Sorry again for the last-minute email, it's almost 10 pm here and the team is still in the office.

Kind regards,

Mehdi Ben Hmida
Executive Director
Tunisian Returnees Support Network (TRSN)
Tunis – Tunisia
"""
    pdf = rep_pdf("Voluntary GCM review report", "Tunisian Returnees Support Network (TRSN)",
                  ["48 returnees interviewed (2017-2020)", "Forced returns from Italy and France",
                   "Returns from Libya", "Reintegration and debts", "Recommendations"])
    cid = "image001.jpg@01D704A2.6F3B1C80"
    rel = multi("related", [leaf("text/html", outlook_html(text, lang="EN-US", img_cid=cid)),
                            logo(cid, (200, 16, 46), name="image001.jpg")],
                "_006_DB8PR09MB3451E6C2A9F17D30_", params=[("type", '"text/html"')])
    a = multi("alternative", [leaf("text/plain", text), rel], "_000_DB8PR09MB3451E6C2A9F17D30_")
    body = multi("mixed", [a, attach("application/pdf", pdf, M22_FILE)], "_007_DB8PR09MB3451E6C2A9F17D30_")
    m = mk(when, sent_at(when, 1, 9), "mail-db8eur09on0623.outbound.protection.outlook.example.com",
           "198.51.100.123", "4F6Kz9Bn1WZ2", "Mehdi Ben Hmida <m.benhmida@trsn-tunisie.example.org>", subj,
           "<DB8PR09MB3451E6C2A9F17D30@DB8PR09MB3451.eurprd09.prod.outlook.example.com>", body,
           extra=outlook(subj, "AdcEqM7Wn2Xk5Rb8Tz1Lp4Vc6Hd9Fs3Jg==", lang="en-US", has_attach="yes"))
    add(22, when, m, dict(category="both", language="en", acknowledge=True, on_time=False, speakers=[
        sp("Emna Gharsalli", "advocacy officer", "Tunisian Returnees Support Network (TRSN)", ["roundtable"], 4)],
        report_attachments=[M22_FILE],
        notes="'both' at 21:58 Tunis time (22:58 Beirut) on the report deadline: the report is on time but the "
              "speaker part is 11 days late (the sender says so), so on_time false. English with Tunisian in Latin "
              "script ('7amdoullah', 'yezzi mel retard'); 'Ms.' dropped; two roundtable choices in words ('the "
              "fourth one, otherwise the second': first choice 4); the sender is not the speaker; the inline logo "
              "is not part of the report. Outlook with a related part."))


# ================================================================ 23  EN  report  Sabha youth initiative a day late, same report in Word and PDF
M23_FILES = ["FHYI_Voluntary_Report_GCM_2021.docx", "FHYI_Voluntary_Report_GCM_2021.pdf"]


def m23():
    when = at("2021-02-17 10:42:18")
    subj = "FHYI voluntary report - sorry, one day late"
    text = """Dear colleagues,

Salam from Sabha. I am very sorry, we are one day late. The internet in the south was cut for almost all of yesterday (this happens halba here), and I could only send it now from a café with a better connection.

Attached is the voluntary report of the Fezzan Humanitarian Youth Initiative (FHYI), in Word and also in PDF in case the Word file does not open properly. It is the same report. It covers migrants held in informal places around Sabha and Murzuq, the young Libyans from the south who now also try the sea, and the work of local volunteers when nobody else comes.

We hope you can still accept it, bahi?

Regards,

Abdussalam Al-Fitouri
Coordinator, FHYI
Sabha, Libya
"""
    doc = make_docx(["Fezzan Humanitarian Youth Initiative (FHYI) - Sabha, Libya",
                     "Voluntary GCM review report 2021", "1. Informal detention around Sabha and Murzuq",
                     "2. Young Libyans from the south and the sea route", "3. Local volunteers",
                     "4. Recommendations"])
    pdf = rep_pdf("Voluntary GCM review report 2021", "Fezzan Humanitarian Youth Initiative (FHYI) - Sabha, Libya",
                  ["Informal detention around Sabha and Murzuq", "Young Libyans from the south and the sea route",
                   "Local volunteers", "Recommendations"])
    html = apple_html(text).replace(
        "</body></html>\n",
        '<div class=""></div></body></html>\n')
    inner = multi("mixed", [leaf("text/html", html), attach(DOCX, doc, M23_FILES[0]),
                            attach("application/pdf", pdf, M23_FILES[1]),
                            leaf("text/html", '<html><head><meta http-equiv="Content-Type" content="text/html; '
                                 'charset=us-ascii"></head><body style="word-wrap: break-word; -webkit-nbsp-mode: '
                                 'space; line-break: after-white-space;" class=""><div class=""><br class=""></div>'
                                 '</body></html>\n', "us-ascii", "7bit")],
                  "Apple-Mail=_B4E81C07-3D92-4A6F-8C15-E7029F3D6A18")
    body = multi("alternative", [leaf("text/plain", text), inner], "Apple-Mail=_A1D73F52-6C08-4B9E-9D24-F58E3B10C7A6")
    m = mk(when, sent_at(when, 2, 12), "mr85p00im-ztdg06021801.me.example.com", "198.51.100.181", "4F6tX3Mq8CZ7",
           "Abdussalam Al-Fitouri <a.alfitouri@icloud.example.com>", subj,
           "<0B7C4E92-A5D1-4F38-9E60-2C8F1D73B5A4@icloud.example.com>", body, extra=[("X-Mailer", APPLE)])
    add(23, when, m, dict(category="voluntary_report", language="en", acknowledge=True, on_time=False,
        report_attachments=M23_FILES,
        notes="report from Sabha (Libya) the morning after the report deadline (17 February; the sender says 'one "
              "day late'): on_time false. English with Libyan words ('halba', 'bahi'); the same report in Word and "
              "in PDF, both listed. Apple Mail's multipart/alternative whose HTML branch is a multipart/mixed with "
              "the attachments between two HTML parts; Date in UTC+2."))


# ================================================================ 24  FR  other  Rabat platform answers our acknowledgement of 04 with questions
def m24():
    when = at("2021-02-18 09:50:05")
    ack = ack_mid(M04_QID)
    quoted = ack_fr(M04_SUBJ, "de votre rapport volontaire (1 pièce jointe)")
    new = """Bonjour,

Merci pour votre accusé de réception, et toutes nos excuses pour cette réponse tardive.

Deux questions de la part de nos associations membres :
- Le rapport collectif sera-t-il présenté, ou au moins cité, lors de la conférence des 24 et 25 février, ou seulement versé au dossier de l'examen ?
- Pour la consultation du 23 février, plusieurs de nos membres aimeraient suivre les échanges en ligne, sans prendre la parole : y aura-t-il un lien public, ou faut-il s'inscrire nom par nom ?

Bien cordialement,

Hind Lamrani
Coordinatrice nationale – PADPM"""
    sep = """________________________________
De : GCM Regional Review Arab States <gcmrrarabstates@iom.int>
Envoyé : jeudi 28 janvier 2021 10:37
À : Hind Lamrani <h.lamrani@amoudou-plateforme.example.ma>
Cc : Youssef Aït Brahim <y.aitbrahim@amoudou-plateforme.example.ma>
Objet : %s%s

""" % (ACK_SUBJ["fr"], M04_SUBJ)
    text = new + "\n\n" + sep + quoted + "\n"
    a = alt(text, "_000_PR2P264MB05189B4D2E6F1A73_", html=outlook_html(text, lang="FR"))
    subj = hdr("RE: " + ACK_SUBJ["fr"] + M04_SUBJ, enc="Q")
    m = mk(when, sent_at(when, 1, 8), "mail-pr2fra01on0618.outbound.protection.outlook.example.com",
           "198.51.100.118", "4F7Hs5Dw2NZ4", "Hind Lamrani <h.lamrani@amoudou-plateforme.example.ma>", subj,
           "<PR2P264MB05189B4D2E6F1A73@PR2P264MB0518.FRAP264.PROD.OUTLOOK.example.com>", a,
           extra=[("In-Reply-To", ack), ("References", M04_ID + " " + ack)]
           + outlook(subj, "AdbzVq3Nk7Wm2Rt5Yp8Ls1Dx4Fg6Hj9KzAAhQm7Xc=", lang="fr-FR"))
    add(24, when, m, dict(category="other", language="fr", acknowledge=True, on_time=None, thread_of=H % 4,
        notes="reply to our acknowledgement of h256-04 three weeks later (References name h256-04) with questions "
              "(will the collective report be presented? a public link for 23 February?): it asks something, so "
              "it is acknowledged; 'sans prendre la parole' rules out a request; no attachment, so not a new "
              "report. Outlook 'RE:' with the French header block of the quoted acknowledgement."))


def main():
    for f in (m01, m02, m03, m04, m05, m06, m07, m08, m09, m10, m11, m12, m13, m14, m15, m16, m17, m18, m19,
              m20, m21, m22, m23, m24):
        f()
    SET.write()


if __name__ == "__main__":
    main()
