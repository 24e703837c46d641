#!/usr/bin/env python3
"""Write the blind evaluation set holdout253 (24 raw .eml messages + labels.json).

Deterministic, standard library only:  python3 tests/data/make_eval_sets253.py
Theme: families of missing and disappeared migrants (22 January - 18 February 2021).  A collective of families of
harraga lost at sea from Annaba asking whether a mother may speak without her name (then nominating one, known by
her kunya, as a reply to our acknowledgement), a Sfax association of families of missing migrants sending a report
whose annex holds the photographs of the missing plus separate photographs of a vigil (then a corrected version),
its president's vacation reply, a Tunisian mother writing for herself from her daughter's phone, a forensic
identification NGO proposing two speakers (a colleague's out-of-office follows), a Palermo network whose Zarzis
representative signs the mail with its coordinator (his mistyped Cc bounces our acknowledgement), a
restoring-family-links programme that sends a report with a cover letter and declines to speak, a Lebanese
committee of the families of the kidnapped and missing with a signed letter in PDF, Syrian families of the detained
and disappeared in Gaziantep ('both') and in London (late), a Tunis lawyer for families nominating herself and a
father (then asking practical questions), a Khouribga association writing at 23:20 Moroccan time, one hour after
the Beirut deadline, a Nador association whose speaker comes late, a Tripoli group of families of a lost boat,
a brother from Mostaganem who only wants to find his brother, an Oran mothers' association whose report is a Drive
link because of its photographs, a researcher who only wants to attend and a late collective report in two
languages.  Kunyas (Oum Yacine, أم حسام, Umm Bilal), nasab forms ('بنت الطاهر'), honorifics in three languages.
Helpers from mailgen.py.
"""
import datetime as dt

from mailgen import (EvalSet, DOCX, POSTFIX_NOTICE, addr, alt, at, attach, dsn_report, esc, flowed, gmail_html,
                     hdr, html_only, leaf, make_docx, make_pdf, make_png, mk, multi, re_hdr, rep_pdf, rfcdate,
                     sent_at, sp, std_rows, top, exchange_ooo_rows)
from mailgen import outlook_html, outlook_rows as outlook
from mailgen import quote_block as gt, ack_id as ack_mid, logo

SET = EvalSet(253)
add = SET.add
H = "h253-%02d.eml"

TB = "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:78.0) Gecko/20100101 Thunderbird/78.7.1"
IPHONE = "iPhone Mail (18D52)"
APPLE = "Apple Mail (2.3654.60.0.2.21)"
YAHOO = "WebService/1.1.17712 YMailNorrin"
ROUNDCUBE = "Roundcube Webmail/1.4.11"


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
    return ('<html><head></head><body><div class="ydp9c1f3e27yahoo-style-wrap" style="font-family:Helvetica Neue, '
            'Helvetica, Arial, sans-serif;font-size:13px;">%s</div></body></html>\n' % lines)


def roundcube_html(text):
    paras = "".join("<p>%s</p>" % "<br />".join(esc(x) for x in p.split("\n")) for p in text.strip("\n").split("\n\n"))
    return ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8" /></head>'
            '<body style=\'font-size: 10pt; font-family: Verdana,Geneva,sans-serif\'>\n%s\n</body></html>\n' % paras)


def ack_fr(subject, what):
    return """Bonjour,

Le secrétariat de l'examen régional du Pacte mondial sur les migrations (région arabe) a bien reçu votre message « %s » (%s). Nous reviendrons vers vous dès que possible.

Secrétariat de l'examen régional du PMM – États arabes
gcmrrarabstates@iom.int""" % (subject, what)


def ack_ar(subject, what):
    return """تحية طيبة،

تفيدكم أمانة الاستعراض الإقليمي للاتفاق العالمي من أجل الهجرة في المنطقة العربية باستلام رسالتكم «%s» (%s)، وسنعود إليكم في أقرب وقت ممكن.

أمانة الاستعراض الإقليمي للاتفاق العالمي للهجرة - الدول العربية
gcmrrarabstates@iom.int""" % (subject, what)


# ================================================================ 01  FR  other  Annaba collective: may a mother speak without her name?
M01_ID = "<1611303262418.2750914@mail.yahoo.example.com>"
M01_SUBJ = "Des mères de harraga disparus peuvent-elles témoigner sans être nommées ?"
M01_QID = "4DLf2Q6mRtz3"


def m01():
    when = at("2021-01-22 10:14:22")
    text = """Bonjour,

Je vous écris au nom du Collectif des Familles de Harraga Disparus d'Annaba (CFHDA). Nous sommes une cinquantaine de familles dont les enfants ont pris la mer vers la Sardaigne depuis les plages de Sidi Salem, de Chetaïbi ou de Ras El Hamra, entre 2007 et 2020, et dont nous sommes sans nouvelles. Chaque famille a sa photo, son dossier et ses rumeurs : l'un aurait été vu dans un centre en Italie, l'autre dans une prison en Tunisie... et jamais aucune réponse officielle.

Un ami d'une association d'Oran nous a fait suivre votre lettre d'invitation. Plusieurs mères voudraient parler à la conférence, mais elles ont peur. Chez nous, la harga est un délit depuis 2009, certaines ont d'autres enfants qui vivent en Europe sans papiers, et d'autres ne veulent pas que leur nom apparaisse quelque part. D'où nos questions :

1. Une mère peut-elle intervenir sans que son nom complet soit affiché ni prononcé, par exemple sous son prénom, ou sous le nom de « Oum » suivi du prénom de son fils, comme on nous appelle ici ?
2. Si la conférence se tient en ligne, peut-elle parler sans caméra, seulement avec sa voix ?
3. Notre collectif n'est pas une association agréée. Pouvons-nous quand même proposer quelqu'un ?

Nous vous enverrons un nom dès que nous aurons votre réponse. Merci de votre compréhension, c'est un sujet très douloureux pour nous.

Nacer-Eddine Boukhalfa
Porte-parole
Collectif des Familles de Harraga Disparus d'Annaba (CFHDA)
Annaba – Algérie
"""
    body = alt(text, "----=_Part_2750913_1146580214.1611303262417", html=yahoo_html(text))
    m = mk(when, sent_at(when, 1, 6), "sonic306-21.consmr.mail.ir2.yahoo.example.com", "198.51.100.206",
           M01_QID, "Nacer-Eddine Boukhalfa <cfhda.annaba@yahoo.example.fr>", hdr(M01_SUBJ, enc="Q"), M01_ID,
           body, extra=[("X-Mailer", YAHOO)])
    add(1, when, m, dict(category="other", language="fr", acknowledge=True, on_time=None,
        notes="families' collective from Annaba asks whether a mother may speak without her full name, under her "
              "kunya ('Oum' + her son's name), without camera, and whether an unregistered collective may propose "
              "someone: full of 'intervenir', 'parler à la conférence' and 'proposer quelqu'un', but no speaker is "
              "named yet ('Nous vous enverrons un nom dès que nous aurons votre réponse'). Yahoo, "
              "multipart/alternative quoted-printable; Date in UTC+1. The nomination follows in h253-07."))


# ================================================================ 02  EN  speaker  forensic identification NGO: two speakers, Outlook with logo, Cc colleague
M02_ID = "<VI1PR07MB5839A2C7E1D04F96@VI1PR07MB5839.eurprd07.prod.outlook.example.com>"
M02_SUBJ = "MFII - request for two speaking slots (roundtable + open discussion)"
M02_QID = "4DN7Hv1KpQz8"


def m02():
    when = at("2021-01-25 11:32:05")
    text = """Dear GCM Regional Review Secretariat,

Further to the invitation circulated by the regional network, the Mediterranean Forensic Identification Initiative (MFII) would like to request two speaking slots.

MFII is a non-profit forensic organisation with offices in Athens and Beirut. We work with medico-legal authorities in Greece, Italy, Lebanon and Tunisia to recover and identify the remains of people who died on migration routes, and with families to collect ante-mortem information and reference DNA samples. Since 2016 our teams have documented 1,140 unidentified bodies buried in cemeteries along the Aegean and the Central Mediterranean, and 212 families have received an identification.

We would propose:

- Dr. Karim Nassereddine, our Head of Identification, for a floor intervention in the second thematic roundtable (24-25 February). Karim is a forensic anthropologist by training and leads our joint work with the Lebanese and Greek authorities.

- Layal Sfeir, for the open discussion of the multi-stakeholder consultation on 23 February. Layal runs our family liaison work from the Beirut office (her title is Family Liaison Coordinator) and for the last four years she has been the person the families call first.

Both can speak Arabic, English and French. My colleague Thanos, who heads our partnerships team, is copied.

With best regards,

Eleni Markou
Programme Officer - Partnerships
Mediterranean Forensic Identification Initiative (MFII)
Athens | Beirut
"""
    cid = "image001.png@01D6F30B.7A41C2E0"
    rel = multi("related", [leaf("text/html", outlook_html(text, lang="EN-GB", img_cid=cid)),
                            logo(cid, (20, 60, 110))], "_004_VI1PR07MB5839A2C7E1D04F96_",
                params=[("type", '"text/html"')])
    body = multi("alternative", [leaf("text/plain", text), rel], "_000_VI1PR07MB5839A2C7E1D04F96_")
    m = mk(when, sent_at(when, 2, 7), "mail-vi1eur07on0631.outbound.protection.outlook.example.com",
           "198.51.100.131", M02_QID, "Eleni Markou <e.markou@mfii.example.org>", M02_SUBJ, M02_ID, body,
           cc="Thanos Kalogeropoulos <t.kalogeropoulos@mfii.example.org>",
           extra=outlook(M02_SUBJ, "AdbzB4Lk2Pq9Rw7Ts5Uv3Xy1Za8Cd6Ef==", lang="en-GB"))
    mfii = "Mediterranean Forensic Identification Initiative (MFII)"
    add(2, when, m, dict(category="speaker_request", language="en", acknowledge=True, on_time=True, speakers=[
        sp("Karim Nassereddine", "Head of Identification", mfii, ["roundtable"], 2),
        sp("Layal Sfeir", "Family Liaison Coordinator", mfii, ["open_discussion"])],
        notes="forensic identification NGO proposing two colleagues; the sender (programme officer) and the "
              "colleague in Cc are not speakers. 'Dr.' dropped; 'our Head of Identification' as an apposition "
              "('a forensic anthropologist by training' is background); the second title sits in brackets in a "
              "later sentence; 'the second thematic roundtable' in words; 1,140 bodies, 212 families and 2016 "
              "are figures, not dates or numbers of the event. Outlook related part with an inline logo; the Cc "
              "colleague's out-of-office answers our acknowledgement (h253-03)."))


# ================================================================ 03  EN  auto_reply  the Cc'd colleague's Exchange out-of-office on our acknowledgement of 02
def m03():
    when = at("2021-01-25 11:32:51")
    ack = ack_mid(M02_QID)
    text = """Thank you for your email.

I am on mission on Lesvos with limited connectivity until Monday 8 February 2021 and will reply on my return.

For questions about identification cases, please write to cases@mfii.example.org. For partnerships and events, please contact Eleni Markou (e.markou@mfii.example.org).

Kind regards,
Thanos Kalogeropoulos
Head of Partnerships, MFII
"""
    body = alt(text, "_000_VI1PR07MB5839OOF3C1E8_", html=outlook_html(text, lang="EN-GB"))
    rows = exchange_ooo_rows(when, "mail-vi1eur07on0631.outbound.protection.outlook.example.com",
                             "198.51.100.131", "4DN7Jb3WsLz1",
                             "Thanos Kalogeropoulos <t.kalogeropoulos@mfii.example.org>",
                             "<VI1PR07MB58397D2E4B9A1C03@VI1PR07MB5839.eurprd07.prod.outlook.example.com>",
                             M02_SUBJ, M02_ID, ack, "en-GB", (2, 1))
    add(3, when, top(body, rows), dict(category="auto_reply", language="en", acknowledge=False, on_time=None,
        notes="Exchange out-of-office of the colleague in Cc of h253-02, answering our acknowledgement 46 seconds "
              "later (In-Reply-To our acknowledgement, References name h253-02); it names a date, a person with "
              "her address and a title like a signature. Never acknowledge; thread_of null as for dev "
              "auto-replies."))


# ================================================================ 04  AR  speaker  Lebanese committee of the families of the kidnapped and missing, signed letter in PDF
M04_FILE = "كتاب اللجنة - طلب مشاركة.pdf"


def m04():
    when = at("2021-01-26 12:05:40")
    subj = "طلب مشاركة لجنة أهالي المخطوفين والمفقودين في عكار والشمال"
    text = """طرابلس في 25 كانون الثاني 2021

إلى أمانة الاستعراض الإقليمي للاتفاق العالمي من أجل الهجرة الآمنة والمنظمة والنظامية في المنطقة العربية

الموضوع: طلب مشاركة لجنة أهالي المخطوفين والمفقودين في عكار والشمال

تحية وبعد،

منذ أكثر من ثلاثين عاماً تطالب عائلات المخطوفين والمفقودين في لبنان بحقها في معرفة مصير أحبائها. وقد كان صدور القانون 105/2018 خطوة انتظرناها طويلاً، لكن الهيئة الوطنية التي أنشأها لم تُعطَ حتى اليوم الإمكانات اللازمة لعملها.

وفي السنتين الأخيرتين انضمت إلى لجنتنا عائلات لم تفقد أبناءها في الحرب بل في البحر: شبان من عكار وطرابلس والمنية ركبوا قوارب الهجرة نحو قبرص وإيطاليا ولم يصلوا، ولم تُنتشل جثامينهم، ولا تعرف أمهاتهم إلى من يتوجّهن بالسؤال. إن معاناة أهالي المفقودين واحدة، أياً كان تاريخ الفقدان أو مكانه.

بناءً عليه، يسرّ اللجنة أن ترشّح للمشاركة في أعمال الاستعراض:
- رئيسة اللجنة السيدة سعاد توفيق المرعبي، لتكون مقرِّرة تنقل الرسائل الرئيسية لأصحاب المصلحة إلى المؤتمر؛
- السيد خالد محمود الدهيبي، عضو الهيئة الإدارية، وهو شقيق أحد المفقودين في غرق قارب أيلول 2020 قبالة الشاطئ الشمالي، لإلقاء مداخلة من القاعة في إحدى الجلسات العامة.

مرفق نسخة موقّعة ومختومة عن هذا الكتاب.

وتفضلوا بقبول فائق الاحترام،

أمين سر اللجنة
المحامي وسيم نجيب الأيوبي
"""
    letter = make_pdf(["Comite des familles des enleves et disparus - Akkar et Nord Liban",
                       "Tripoli, 25/01/2021", "Letter to the GCM Regional Review secretariat (Arabic, signed)",
                       "[scanned page - signature and stamp]"])
    a = alt(text, "_000_DU2PR10MB5138E7C4A9F2B160_", html=outlook_html(text, lang="AR-LB", rtl=True), b64=True)
    body = multi("mixed", [a, attach("application/pdf", letter, M04_FILE)], "_004_DU2PR10MB5138E7C4A9F2B160_")
    m = mk(when, sent_at(when, 2, 11), "mail-du2eur10olkn2017.outbound.protection.outlook.example.com",
           "198.51.100.17", "4DNnW52TcHz6", addr("لجنة أهالي المخطوفين", "lijnat.ahali.north@hotmail.example.com"),
           hdr(subj), "<DU2PR10MB5138E7C4A9F2B160@DU2PR10MB5138.EURPRD10.PROD.OUTLOOK.example.com>", body,
           extra=outlook(hdr(subj), "AQHW8zT5Kc3Vn7Bm1Xp9Lq4Rs6Dw2Fy0Gh==", lang="ar-LB", has_attach="yes"))
    lj = "لجنة أهالي المخطوفين والمفقودين في عكار والشمال"
    add(4, when, m, dict(category="speaker_request", language="ar", acknowledge=True, on_time=True, speakers=[
        sp("سعاد توفيق المرعبي", "رئيسة اللجنة", lj, ["rapporteur"]),
        sp("خالد محمود الدهيبي", "عضو الهيئة الإدارية", lj, ["plenary"])],
        notes="Lebanese committee of the families of the kidnapped and missing, formal letter (place and date, "
              "'الموضوع:'); two speakers with 'السيدة' and 'السيد' dropped; the first title comes before the name "
              "('رئيسة اللجنة السيدة ...'); 'مقرِّرة تنقل الرسائل الرئيسية' = rapporteur, 'مداخلة من القاعة في "
              "إحدى الجلسات العامة' = plenary; law 105/2018 and 'أيلول 2020' are history. The signer (secretary, "
              "'المحامي') is not a speaker. The attached PDF is the signed copy of the letter, not a report."))


# ================================================================ 05  FR  report  Sfax families' association: report with photographs + separate vigil photos
M05_ID = "<CAHf3Lq8Xz2bN5vR+k7Tw1Mc9sP4dGj6eY0@mail.gmail.example.com>"
M05_SUBJ = "Rapport volontaire – Association Amal wa Dhakira (Sfax)"
M05_QID = "4DPq8Mz3VbLz2"
M05_FILE = "Rapport AADFMD – Pacte mondial 2021.pdf"
M05_PHOTOS = ["Veillée port de Sfax 10-01-2021 (1).png", "Veillée port de Sfax 10-01-2021 (2).png",
              "Veillée port de Sfax 10-01-2021 (3).png"]
M05_TEXT = """Madame, Monsieur,

Au nom de l'Association Amal wa Dhakira des familles de migrants disparus (AADFMD), j'ai l'honneur de vous transmettre notre rapport volontaire dans le cadre de l'examen régional du Pacte mondial sur les migrations.

Notre association a été créée à Sfax en 2012 par des mères dont les fils avaient pris la mer vers Lampedusa au printemps 2011. Elle réunit aujourd'hui 96 familles de Sfax, de Kerkennah, de Mahdia et d'El Hencha. Aucune d'entre elles n'a reçu de réponse officielle sur le sort de son enfant.

Le rapport (PDF, 14 pages) présente les témoignages de 31 mères et pères, les démarches entreprises par les familles auprès des autorités tunisiennes et italiennes, la question des prélèvements ADN, et nos recommandations. Avec l'accord des familles, il reproduit en annexe les photographies de 23 jeunes disparus.

Vous trouverez aussi, en pièces jointes séparées, trois photos de la veillée que nous avons organisée le 10 janvier au port de Sfax, où les mères ont lu à voix haute les noms de leurs enfants. Vous pouvez les utiliser pendant la conférence, en citant l'association.

Plusieurs mères aimeraient prendre la parole ; nous vous écrirons à ce sujet après notre prochaine assemblée.

Notre présidente, Mme Mongia Ayari, est en copie de ce message.

Veuillez agréer, Madame, Monsieur, l'expression de nos salutations distinguées.

Hela Kchaou
Secrétaire générale
Association Amal wa Dhakira des familles de migrants disparus (AADFMD)
Sfax – Tunisie
"""


def m05():
    when = at("2021-01-28 15:20:11")
    pdf = rep_pdf("Rapport volontaire - AADFMD, Sfax",
                  "Association Amal wa Dhakira des familles de migrants disparus (AADFMD)",
                  ["Qui sommes-nous : 96 familles", "Temoignages de 31 meres et peres",
                   "Demarches en Tunisie et en Italie", "Prelevements ADN", "Recommandations",
                   "Annexe : photographies de 23 jeunes disparus"])
    a = alt(M05_TEXT, "000000000000f2b81c05b9f1a6d3", html=gmail_html(M05_TEXT))
    parts = [a, attach("application/pdf", pdf, M05_FILE)]
    for k, name in enumerate(M05_PHOTOS):
        parts.append(attach("image/png", make_png(48, 32, (40 + 30 * k, 50, 70)), name))
    body = multi("mixed", parts, "000000000000f2b82005b9f1a6d5")
    m = mk(when, sent_at(when, 1, 9), "mail-wr1-f54.google.example.com", "192.0.2.54", M05_QID,
           "Hela Kchaou <aadfmd.sfax@gmail.example.com>", hdr(M05_SUBJ, enc="Q"), M05_ID, body,
           cc="Mongia Ayari <mongia.ayari@topnet.example.tn>")
    add(5, when, m, dict(category="voluntary_report", language="fr", acknowledge=True, on_time=True,
        report_attachments=[M05_FILE],
        notes="report of a Sfax association of families of missing migrants: a PDF whose annex holds photographs "
              "of the missing (en dash in the file name, RFC 2231 + RFC 2047), plus three separate PNG photos of "
              "a vigil 'en pièces jointes séparées', offered for the conference: not part of the report. 'Plusieurs "
              "mères aimeraient prendre la parole' names nobody, so not 'both'. The president in Cc ('Mme' in the "
              "body) is not a speaker; her vacation reply is h253-06 and a corrected report follows in h253-19. "
              "Gmail, Date in UTC+1."))


# ================================================================ 06  FR  auto_reply  the president's Sieve vacation reply to our acknowledgement of 05
def m06():
    when = at("2021-01-28 15:20:58")
    ack = ack_mid(M05_QID)
    text = """Bonjour,

Je suis absente jusqu'au dimanche 7 février (rencontre des familles de disparus à Palerme) et je ne consulte mes messages que rarement.

Pour le rapport de l'association et pour toute autre question, merci de vous adresser à notre secrétaire générale, Hela Kchaou (aadfmd.sfax@gmail.example.com).

Mongia Ayari
Présidente de l'AADFMD
"""
    body = leaf("text/plain", text, "utf-8", "quoted-printable")
    rows = std_rows(when, "smtp.topnet.example.tn", "203.0.113.77", "4DPq9Fd6NwZ4",
                    "Mongia Ayari <mongia.ayari@topnet.example.tn>",
                    hdr("Absence : Accusé de réception - " + M05_SUBJ, enc="Q"),
                    rfcdate(sent_at(when, 1, 2)), "<dovecot-sieve-1611839658-714093-0@mx2.topnet.example.tn>",
                    extra=[("Auto-Submitted", "auto-replied (vacation)"), ("Precedence", "bulk")], ret="")
    rows = [("Return-Path", "<>")] + rows + [("In-Reply-To", ack), ("References", M05_ID + " " + ack)]
    add(6, when, top(body, rows), dict(category="auto_reply", language="fr", acknowledge=False, on_time=None,
        notes="Sieve/Dovecot vacation reply of the president copied on h253-05, answering our acknowledgement "
              "(Auto-Submitted: auto-replied (vacation), Precedence: bulk, empty Return-Path; its own subject "
              "'Absence : ...', not 'Re:'); it talks about 'le rapport de l'association' and names a person and a "
              "date. Never acknowledge; thread_of null as for dev auto-replies."))


# ================================================================ 07  FR  speaker  Annaba collective answers our acknowledgement of 01 with a mother, 'Oum Yacine'
def m07():
    when = at("2021-02-01 18:45:30")
    ack = ack_mid(M01_QID)
    quoted = ack_fr(M01_SUBJ, "votre question")
    text = """Bonsoir,

Merci pour votre accusé de réception, et merci surtout à la personne de votre secrétariat qui nous a rappelés jeudi. Elle nous a confirmé qu'une mère pouvait intervenir sous son prénom ou sa kounya, et sans caméra si elle le souhaite. Cela a beaucoup rassuré les familles.

Les mères se sont réunies dimanche chez nous et ont choisi celle qui parlera au nom de toutes : Mme Fatima-Zohra Belaïd, que tout le quartier appelle Oum Yacine. Son fils Yacine est parti de la plage de Sidi Salem dans la nuit du 14 novembre 2018 avec treize autres jeunes ; le bateau n'est jamais arrivé. Depuis, elle est de toutes les démarches, et c'est elle qui tient le registre des familles du collectif.

Elle souhaite intervenir dans la table ronde IV, ou à défaut dans la table ronde II. Elle parlera en arabe algérien. Pour son titre, vous pouvez écrire : membre fondatrice du collectif. Mais sur le programme et pendant la séance, merci de la présenter seulement comme « Oum Yacine, mère d'un harrag disparu ».

Avec nos remerciements,

Nacer-Eddine Boukhalfa
Porte-parole
Collectif des Familles de Harraga Disparus d'Annaba (CFHDA)

Le vendredi 22 janvier 2021 à 09:14:40 UTC+1, GCM Regional Review Arab States <gcmrrarabstates@iom.int> a écrit :

""" + gt(quoted) + "\n"
    body = alt(text, "----=_Part_3318207_208814651.1612197926107", html=yahoo_html(text))
    subj = hdr("Re: Accusé de réception - " + M01_SUBJ, enc="Q")
    m = mk(when, sent_at(when, 1, 4), "sonic314-19.consmr.mail.ir2.yahoo.example.com", "198.51.100.214",
           "4DTr3Lc8PmZ5", "Nacer-Eddine Boukhalfa <cfhda.annaba@yahoo.example.fr>", subj,
           "<1612197926108.3318208@mail.yahoo.example.com>", body,
           extra=[("In-Reply-To", ack), ("References", M01_ID + " " + ack), ("X-Mailer", YAHOO)])
    add(7, when, m, dict(category="speaker_request", language="fr", acknowledge=True, on_time=True,
        thread_of=H % 1, speakers=[
        sp("Fatima-Zohra Belaïd", "membre fondatrice du collectif",
           "Collectif des Familles de Harraga Disparus d'Annaba (CFHDA)", ["roundtable"], 4)],
        notes="the nomination announced in h253-01, sent as a Yahoo reply to our acknowledgement of it (References "
              "name h253-01). 'Mme' dropped; the kunya 'Oum Yacine' (to be used on the programme instead of her "
              "name) is not her name; title dictated in a separate sentence ('Pour son titre, vous pouvez "
              "écrire : ...'); Roman numerals 'table ronde IV, ou à défaut ... II' (first choice 4); 14 novembre "
              "2018 is history. The sender (spokesperson) is not the speaker; the affiliation is only in his "
              "signature."))


# ================================================================ 08  AR  speaker  a Tunisian mother writes for herself from her daughter's phone
def m08():
    when = at("2021-02-02 21:10:44")
    subj = "نحب نحكي في المؤتمر"
    text = """السلام عليكم

أنا منية، أم أيمن. وليدي أيمن خرج في حرقة من قرقنة ليلة 7 سبتمبر 2018، كان عمرو 19 سنة، ومن نهارتها ما عندي حتى خبر عليه. ما لقيناش جثة، ما قالولناش مات ولا حي، ما قالولنا شيء. مشيت للحرس وللولاية وللقنصلية الطليانية وعملت ADN مرتين، والملف مازال كيف ما هو.

سمعت من جارتي اللي تمشي للجمعية اللي فما مؤتمر على الهجرة في فيفري والأمهات ينجمو يحكيو فيه. أنا ما نيش في حتى جمعية وما نعرفش نكتب بالفرنسي، أما نحب نحكي في المؤتمر ونقول كلمتي قدام المسؤولين، على أيمن وعلى الصغار الكل اللي مشاو وما رجعوش.

اسمي الكامل: منية بنت الطاهر الجلاصي، من صفاقس.
بنتي ريم هي اللي كتبتلي الإيميل هذا من تليفونها، تنجمو تجاوبو هنا ولا تكلموني على 98000000.

ربي يعيشكم
أم أيمن
"""
    body = leaf("text/plain", text, "utf-8", "base64")
    m = mk(when, sent_at(when, 1, 10), "mail-wm1-f66.google.example.com", "192.0.2.66", "4DVd1Tq7XkRz9",
           "Rim Jlassi <rim.jlassi.2002@gmail.example.com>", hdr(subj),
           "<CAKp7Vr2Ys9dM4nQ+w1Hb6Tx3cF8jL5gA0e@mail.gmail.example.com>", body)
    add(8, when, m, dict(category="speaker_request", language="ar", acknowledge=True, on_time=True, speakers=[
        sp("منية بنت الطاهر الجلاصي", None, None, [])],
        notes="a mother from Sfax writes for herself in Tunisian colloquial Arabic ('نحب نحكي في المؤتمر') from her "
              "daughter's Gmail account: the From name (Rim Jlassi) is the daughter's, the speaker's full name "
              "comes late in the body with the nasab 'بنت الطاهر' (kept) and the kunya 'أم أيمن' (not the name). "
              "No title, no affiliation ('ما نيش في حتى جمعية'), no role ('نحكي في المؤتمر' names none). "
              "text/plain base64 only; Date in UTC+1."))


# ================================================================ 09  EN  report  restoring-family-links programme: report DOCX + cover letter, declines to speak
M09_FILES = ["HBS_Cover_Letter_GCM_Review_signed.pdf", "HBS RFL – GCM voluntary review contribution (final).docx"]


def m09():
    when = at("2021-02-03 10:40:15")
    subj = "HBS contribution to the GCM Regional Review - Restoring Family Links"
    text = """Dear Sir/Madam,

On behalf of the Humanitarian Bridges Society (HBS), please find attached our contribution to the voluntary GCM review, prepared by our Restoring Family Links (RFL) programme, together with a cover letter signed by our Secretary-General.

The RFL programme helps people in Jordan who have lost contact with relatives because of conflict, disaster or migration to search for them, to exchange family news and, where possible, to be reunited. In 2020 we opened 1,126 tracing requests; 38% of them concern relatives last heard of on migration routes towards Europe, Libya or the Gulf. The contribution summarises what families tell us (the long wait, the absence of a single place to report a missing migrant, the fear of approaching the authorities), the limits of cross-border data sharing, and seven recommendations linked to GCM Objective 8.

Please note that, in keeping with our principles of neutrality and confidentiality, HBS will not request a speaking role at the consultation or at the conference. Our RFL coordinator, Ms Dima Qasem, would follow the consultation on 23 February if observers are admitted.

Kind regards,

Tamer Abu Zeid
Restoring Family Links Programme Manager
Humanitarian Bridges Society (HBS)
Amman, Jordan
"""
    cover = make_pdf(["Humanitarian Bridges Society (HBS) - Amman", "To: GCM Regional Review secretariat",
                      "Cover letter - contribution of the RFL programme", "Signed: Secretary-General"])
    doc = make_docx(["Humanitarian Bridges Society (HBS) - Restoring Family Links programme",
                     "Contribution to the voluntary GCM review - Arab region 2021",
                     "1. Tracing requests in 2020: 1,126", "2. What families tell us",
                     "3. Cross-border data sharing", "4. Seven recommendations (GCM Objective 8)"])
    cid = "image001.png@01D6FA12.4C8E3B10"
    rel = multi("related", [leaf("text/html", outlook_html(text, lang="EN-US", img_cid=cid)),
                            logo(cid, (190, 20, 30))], "_006_AM6PR03MB4471B3D8F0C2E519_",
                params=[("type", '"text/html"')])
    a = multi("alternative", [leaf("text/plain", text), rel], "_000_AM6PR03MB4471B3D8F0C2E519_")
    body = multi("mixed", [a, attach("application/pdf", cover, M09_FILES[0]), attach(DOCX, doc, M09_FILES[1])],
                 "_007_AM6PR03MB4471B3D8F0C2E519_")
    m = mk(when, sent_at(when, 2, 12), "mail-am6eur03on0702.outbound.protection.outlook.example.com",
           "198.51.100.102", "4DVx6Kp2HqWz", "Tamer Abu Zeid <t.abuzeid@hbs-jordan.example.org>", subj,
           "<AM6PR03MB4471B3D8F0C2E519@AM6PR03MB4471.eurprd03.prod.outlook.example.com>", body,
           extra=outlook(subj, "AdcB7Tq2Xw4Yr6Zs8At0Bu2Cv4Dw6Ex8Fy==", lang="en-US", has_attach="yes"))
    add(9, when, m, dict(category="voluntary_report", language="en", acknowledge=True, on_time=True,
        report_attachments=[M09_FILES[1]],
        notes="a humanitarian society's restoring-family-links programme: two attachments, of which only the "
              "DOCX (en dash and brackets in its name, RFC 2231 + RFC 2047) is the contribution; the signed PDF is "
              "a cover letter, and the inline signature logo is not a file of the report. It explicitly declines a "
              "speaking role ('will not request a speaking role'); the RFL coordinator named with 'Ms' would only "
              "observe. Outlook, related part with logo inside multipart/mixed."))


# ================================================================ 10  EN  speaker  Palermo network: co-signed by the Zarzis father, details only in the signature
M10_ID = "<5E2A9C71-3B8D-4F16-A0C4-D7E19B2F6A58@pontidimemoria.example.it>"
M10_SUBJ = "Open discussion 23 February - Bridges of Memory Network (Zarzis families)"
M10_QID = "4DWb0Gs5LqMz"


def m10():
    when = at("2021-02-03 17:25:36")
    text = """Dear colleagues of the GCM Regional Review,

I am writing on behalf of the Bridges of Memory Network – Families of Missing Migrants (BMN), a small network based in Palermo that accompanies families from Tunisia, Algeria and Morocco in their search for relatives who went missing while crossing to Italy. Since 2017 we have helped families to give DNA samples, to visit the cemeteries of Sicily and Lampedusa where unidentified migrants are buried, and to be heard by Italian prosecutors.

Our representative for the families in Zarzis would like to take part in the open discussion of the multi-stakeholder consultation on 23 February. His son Rami left Zarzis in October 2017 on a boat that was never found. Since then he has been travelling between Zarzis and Sicily, and today he speaks for more than forty families of the south of Tunisia in our network. He speaks Arabic and Italian (and insists that his Italian is better than my Arabic).

He is copied on this email, and we are signing it together because we wrote it together.

Warm regards,

Giulia Ferrante
Coordinator, Palermo office

Lotfi Ben Salah Gharbi
Families' Representative
Zarzis, Tunisia

Bridges of Memory Network – Families of Missing Migrants (BMN)
Via dei Cantieri, Palermo
"""
    body = multi("alternative", [leaf("text/plain", text), leaf("text/html", apple_html(text))],
                 "Apple-Mail=_4B71E0D2-9A3C-4E85-B6F1-20C8D5A7E934")
    m = mk(when, sent_at(when, 1, 8), "smtp-out.pontidimemoria.example.it", "203.0.113.91", M10_QID,
           "Giulia Ferrante <g.ferrante@pontidimemoria.example.it>", M10_SUBJ, M10_ID, body,
           cc="Lotfi Gharbi <lotfi.gharbi.zarzis@gnail.example.com>", extra=[("X-Mailer", APPLE)])
    add(10, when, m, dict(category="speaker_request", language="en", acknowledge=True, on_time=True, speakers=[
        sp("Lotfi Ben Salah Gharbi", "Families' Representative",
           "Bridges of Memory Network – Families of Missing Migrants (BMN)", ["open_discussion"])],
        notes="the body never names the speaker ('Our representative for the families in Zarzis', 'He is "
              "copied'): his full name and title are only in the second block of a two-person signature, after "
              "the sender's own (Giulia Ferrante, coordinator, not a speaker); 'Zarzis, Tunisia' is the place. "
              "Affiliation with an en dash and the acronym. Apple Mail, Date in UTC+1. His Cc address is mistyped "
              "('gnail') and the copy of our acknowledgement bounces (h253-11)."))


# ================================================================ 11  EN  bounce  the mistyped Cc of 10: domain not found
def m11():
    when = at("2021-02-03 17:26:19")
    text = POSTFIX_NOTICE + """
<lotfi.gharbi.zarzis@gnail.example.com>: Host or domain name not found. Name
    service error for name=gnail.example.com type=AAAA: Host not found
"""
    dsn = ("Reporting-MTA: dns; mx1.iom.int\n"
           "X-Postfix-Queue-ID: 4DWb1Mv8RtPz\n"
           "X-Postfix-Sender: rfc822; gcmrrarabstates@iom.int\n"
           "Arrival-Date: %s\n\n"
           "Final-Recipient: rfc822; lotfi.gharbi.zarzis@gnail.example.com\n"
           "Original-Recipient: rfc822;lotfi.gharbi.zarzis@gnail.example.com\n"
           "Action: failed\n"
           "Status: 5.4.4\n"
           "Diagnostic-Code: X-Postfix; Host or domain name not found. Name service error\n"
           "    for name=gnail.example.com type=AAAA: Host not found\n"
           % rfcdate(when - dt.timedelta(seconds=3), "EET"))
    hdrs = ("Return-Path: <gcmrrarabstates@iom.int>\n"
            "From: GCM Regional Review Arab States <gcmrrarabstates@iom.int>\n"
            "To: Giulia Ferrante <g.ferrante@pontidimemoria.example.it>\n"
            "Cc: Lotfi Gharbi <lotfi.gharbi.zarzis@gnail.example.com>\n"
            "Subject: Acknowledgement of receipt - %s\n"
            "Date: %s\n"
            "Message-ID: %s\n"
            "In-Reply-To: %s\n"
            "References: %s\n" % (M10_SUBJ, rfcdate(when - dt.timedelta(seconds=6)), ack_mid(M10_QID), M10_ID,
                                  M10_ID))
    body = dsn_report(text, dsn, hdrs, "4DWb1Pz3KsWz.1612365979/mx1.iom.int")
    rows = [("Return-Path", "<>"), ("Delivered-To", "gcmrrarabstates@iom.int"),
            ("Received", "by mx1.iom.int (Postfix)\r\n\tid 4DWb1Pz3KsWz; %s" % rfcdate(when, "EET")),
            ("Date", rfcdate(when, "EET")),
            ("From", "MAILER-DAEMON@mx1.iom.int (Mail Delivery System)"),
            ("Subject", "Undelivered Mail Returned to Sender"),
            ("To", "gcmrrarabstates@iom.int"),
            ("Auto-Submitted", "auto-replied"),
            ("Message-Id", "<20210203152619.4DWb1Pz3KsWz@mx1.iom.int>")]
    add(11, when, top(body, rows), dict(category="bounce", language="en", acknowledge=False, on_time=None,
        notes="Postfix DSN for the copy of our acknowledgement of h253-10 sent to its mistyped Cc: a DNS failure "
              "(5.4.4, no Remote-MTA) rather than a rejected mailbox; the returned headers carry h253-10's "
              "subject about the open discussion and a person's name. Never acknowledge; thread_of null as for "
              "dev bounces."))


# ================================================================ 12  AR  both  Syrian families of the detained and disappeared (Gaziantep): report + a mother, kunya
M12_ID = "<CAB9tWx4Qm7vK2nR+c5Lp8Zd1sH3fYj6gU2@mail.gmail.example.com>"
M12_SUBJ = "التقرير الطوعي لرابطة نور وترشيح أم حسام للمؤتمر"
M12_QID = "4DXc5Rm9TvHz"
M12_FILE = "تقرير رابطة نور - المختفون قسراً والهجرة 2021.pdf"


def m12():
    when = at("2021-02-04 14:02:55")
    text = """السادة في أمانة الاستعراض الإقليمي للاتفاق العالمي للهجرة المحترمين،
تحية طيبة،

باسم رابطة نور لعائلات المعتقلين والمختفين قسراً، نرسل إليكم تقريرنا الطوعي مرفقاً بصيغة PDF. أعددنا التقرير بعد جلسات استماع مع 83 عائلة سورية في غازي عنتاب وأورفا والريحانية، وفي البقاع وعرسال في لبنان، خلال الأشهر الأربعة الماضية.

يتناول التقرير:
- العائلات التي لا تعرف مصير أبنائها منذ اعتقالهم، والتي اضطرت إلى الهجرة وهي تحمل صورهم وأوراقهم معها؛
- الشباب الذين انقطعت أخبارهم على طرق الهجرة بين تركيا واليونان، وخوف أهاليهم من الإبلاغ عنهم خشية الترحيل؛
- النساء اللواتي لا يستطعن تسجيل ولادات أطفالهن أو الحصول على الوصاية عليهم أو التصرف بالممتلكات، لغياب الزوج من دون وثيقة وفاة.

كما يسرّنا أن نرشّح للمشاركة في المؤتمر السيدة فدوى عبد الكريم العلي، أم حسام، عضو مجلس إدارة الرابطة، للمداخلة في المائدة المستديرة الأولى. زوجها معتقل منذ عام 2013 ولا تعرف عنه شيئاً، وابنها حسام انقطع أثره في آذار 2019 على الحدود البرية بين تركيا واليونان. ستتحدث بالعربية.

مع خالص التقدير،

عمر ياسين الخطيب
منسق المناصرة
رابطة نور لعائلات المعتقلين والمختفين قسراً
غازي عنتاب - تركيا
"""
    pdf = rep_pdf("Voluntary GCM review report (Arabic)", "Nour Association of Families of the Detained and Disappeared",
                  ["83 Syrian families heard in Turkey and Lebanon", "Families who migrated carrying the photos",
                   "Young men missing between Turkey and Greece", "Women without a death certificate",
                   "Recommendations"])
    cid = "ii_kkq3m0a81"
    html = gmail_html(text, rtl=True).replace(
        "</div></body>", '<br><img src="cid:%s" alt="nour_logo.png" width="96" height="48"></div></body>' % cid)
    rel = multi("related", [leaf("text/html", html, cte="base64"),
                            logo(cid, (0, 110, 90), name="nour_logo.png")], "000000000000a7c55a05ba84f3c2")
    a = multi("alternative", [leaf("text/plain", text, cte="base64"), rel], "000000000000a7c55905ba84f3c1")
    body = multi("mixed", [a, attach("application/pdf", pdf, M12_FILE)], "000000000000a7c55c05ba84f3c4")
    m = mk(when, sent_at(when, 3, 8), "mail-ej1-f51.google.example.com", "192.0.2.51", M12_QID,
           addr("عمر الخطيب - رابطة نور", "nour.families.gaziantep@gmail.example.com"), hdr(M12_SUBJ), M12_ID,
           body)
    add(12, when, m, dict(category="both", language="ar", acknowledge=True, on_time=True, speakers=[
        sp("فدوى عبد الكريم العلي", "عضو مجلس إدارة الرابطة", "رابطة نور لعائلات المعتقلين والمختفين قسراً",
           ["roundtable"], 1)],
        report_attachments=[M12_FILE],
        notes="both, on time (4 February): Syrian families of the detained and disappeared, based in Gaziantep. "
              "'السيدة' dropped, the kunya 'أم حسام' between commas after the name is not part of it; the title "
              "names the association ('عضو مجلس إدارة الرابطة', kept as written); 'المائدة المستديرة الأولى' as an "
              "ordinal word; 2013 and آذار 2019 are history. Arabic PDF name (RFC 2231 + RFC 2047) is the report; "
              "the inline logo of the Gmail signature (related part) is not. The sender is not the speaker; Date "
              "in UTC+3. His thank-you follows in h253-15."))


# ================================================================ 13  FR  speaker  Tunis lawyer for families: herself (signature only) + a father, Friday evening
M13_ID = "<8c41f0e27a9d3b56e1c4a7d2f09b3e85@cabinet-bouallegue.example.tn>"
M13_SUBJ = "Demande d'intervention – familles de migrants disparus (Kerkennah)"
M13_QID = "4DYm2Wb6QsKz"


def m13():
    when = at("2021-02-05 21:40:09")
    text = """Madame, Monsieur,

Avocate au barreau de Tunis, je représente depuis 2015 vingt-sept familles de jeunes Tunisiens disparus en mer entre la Tunisie et l'Italie, dans les procédures ouvertes à Sfax, à Agrigente et à Rome. J'ai eu connaissance de votre lettre d'invitation par l'Association des familles de disparus de Kerkennah, dont je suis le conseil.

Je souhaiterais intervenir moi-même, depuis la salle, lors d'une séance plénière, sur l'accès des familles à la justice et à l'information : le droit de connaître le sort de leurs proches, l'échange des données ADN entre États et la restitution des dépouilles.

Je me permets également de vous proposer M. Habib Ben Hassine Chaouch, membre du bureau de l'Association des familles de disparus de Kerkennah (AFDK), pour la discussion ouverte de la consultation multipartite du 23 février. Son fils Wajdi, 22 ans, a disparu en mars 2019 au large de Lampedusa. M. Chaouch s'exprimera en arabe tunisien.

Je reste à votre disposition et vous prie d'agréer, Madame, Monsieur, l'expression de ma considération distinguée.

Me Sonia Bouallègue
Avocate à la Cour de cassation
Cabinet Bouallègue & Associés
Avenue Habib Bourguiba, Tunis
Tél. : +216 71 000 000
"""
    body = multi("alternative", [leaf("text/plain", text), leaf("text/html", roundcube_html(text))],
                 "=_b3f7a0c91e2d48f56a7c0e1d9b42f3a8")
    m = mk(when, sent_at(when, 1, 6), "webmail.cabinet-bouallegue.example.tn", "203.0.113.140", M13_QID,
           addr("Sonia Bouallègue", "s.bouallegue@cabinet-bouallegue.example.tn", enc="Q"),
           hdr(M13_SUBJ, enc="Q"), M13_ID, body, extra=[("User-Agent", ROUNDCUBE)])
    add(13, when, m, dict(category="speaker_request", language="fr", acknowledge=True, on_time=True, speakers=[
        sp("Sonia Bouallègue", "Avocate à la Cour de cassation", "Cabinet Bouallègue & Associés", ["plenary"]),
        sp("Habib Ben Hassine Chaouch", "membre du bureau", "Association des familles de disparus de Kerkennah (AFDK)",
           ["open_discussion"])],
        notes="a lawyer for families nominates herself ('Je souhaiterais intervenir moi-même ... lors d'une "
              "séance plénière') without writing her name in the body: name, title and firm only in the signature "
              "('Me' dropped; the body's 'Avocate au barreau de Tunis' is a description, the signature's title is "
              "recorded). A second speaker, a father, with 'M.' dropped; the association is named twice, the "
              "fullest form with its acronym. Sent at 21:40 Beirut on the speaker deadline (on time). Roundcube, "
              "multipart/alternative; RFC 2047 From name. Her practical questions follow in h253-18."))


# ================================================================ 14  AR  speaker  Khouribga families' association, 23:20 in Morocco = 00:20 in Beirut: late
def m14():
    when = at("2021-02-06 00:20:31")
    subj = "ترشيح متدخلين - جمعية أسر ضحايا الهجرة غير النظامية بإقليم خريبكة"
    text = """بسم الله الرحمن الرحيم

السلام عليكم ورحمة الله تعالى وبركاته،
إلى السادة المنظمين للاستعراض الإقليمي للميثاق العالمي للهجرة

نحن جمعية أسر ضحايا الهجرة غير النظامية بإقليم خريبكة، تأسست سنة 2009 وتضم اليوم أزيد من 140 أسرة من خريبكة وبني ملال والفقيه بن صالح، فقدت أبناءها في البحر أو في الطريق إلى ليبيا وإيطاليا. منهم من غرق، ومنهم من وصلنا خبر أنه في السجن ثم انقطع، ومنهم من لا نعرف عنه أي شيء إلى اليوم.

نعتذر على التأخر، كنا ننتظر اجتماع المكتب، ولم نجتمع إلا هذا المساء. ونقترح عليكم:

1. رئيس الجمعية، كاتب هذه الرسالة، للمداخلة في الجلسة العامة حول حق الأسر في معرفة مصير أبنائها.
2. الحاجة فاطنة بنت العربي المسكيني، عضوة المكتب، للمداخلة في المائدة المستديرة الثانية. الحاجة فاطنة أم لشابين غرقا قبالة السواحل الليبية سنة 2016، ولم يُسلَّم لها إلا جثمان واحد. هي كتهضر غير بالدارجة، ونطلب الترجمة إذا أمكن.

نتمنى أن تصلكم الرسالة في الوقت، الساعة عندنا الآن الحادية عشرة ليلاً.

والسلام عليكم
عبد الرحيم بوعزاوي
رئيس الجمعية
جمعية أسر ضحايا الهجرة غير النظامية بإقليم خريبكة
الهاتف: 0661000000
"""
    body = alt(text, "----=_Part_1907264_551830217.1612563627804", html=yahoo_html(text, rtl=True), b64=True)
    m = mk(when, sent_at(when, 1, 4), "sonic308-13.consmr.mail.bf2.yahoo.example.com", "198.51.100.208",
           "4DYx7Bn1LcTz", addr("جمعية الأسر - خريبكة", "afvhi.khouribga@yahoo.example.fr"), hdr(subj),
           "<1612563627805.1907265@mail.yahoo.example.com>", body, extra=[("X-Mailer", YAHOO)])
    jm = "جمعية أسر ضحايا الهجرة غير النظامية بإقليم خريبكة"
    add(14, when, m, dict(category="speaker_request", language="ar", acknowledge=True, on_time=False, speakers=[
        sp("عبد الرحيم بوعزاوي", "رئيس الجمعية", jm, ["plenary"]),
        sp("فاطنة بنت العربي المسكيني", "عضوة المكتب", jm, ["roundtable"], 2)],
        notes="deadline edge: the Date header says Fri, 5 Feb 2021 23:20 +0100 (Morocco) and the writer hopes it "
              "arrives in time ('الساعة عندنا الآن الحادية عشرة ليلاً'), but the server received it at 00:20 "
              "Beirut on Saturday 6 February: late. Two speakers; the first is the writer himself, only as 'رئيس "
              "الجمعية، كاتب هذه الرسالة' in the body, his name in the signature; 'الحاجة' dropped, 'بنت العربي' "
              "kept; 'المائدة المستديرة الثانية' in words; the interpretation request is not a role. Moroccan "
              "formal Arabic with darija ('كتهضر غير بالدارجة'). Yahoo, base64."))


# ================================================================ 15  AR  other  thank-you from the Gaziantep sender to our acknowledgement of 12
def m15():
    when = at("2021-02-06 11:03:17")
    ack = ack_mid(M12_QID)
    quoted = ack_ar(M12_SUBJ, "التقرير الطوعي وترشيح متحدثة واحدة")
    ack_subj = "إشعار استلام - " + M12_SUBJ
    text = """شكراً جزيلاً لكم على تأكيد الاستلام، ويعطيكم ألف عافية على جهودكم.
أم حسام كانت كتير مبسوطة لما قرأتلها الرسالة، وبتسلّم عليكم.

عمر الخطيب
رابطة نور

في الخميس، 4 شباط 2021 في 3:03 م، كتب GCM Regional Review Arab States <gcmrrarabstates@iom.int>:

""" + gt(quoted) + "\n"
    body = alt(text, "0000000000003d9e7105baa8c1e6", html=gmail_html(text, rtl=True), b64=True)
    m = mk(when, sent_at(when, 3, 6), "mail-ej1-f44.google.example.com", "192.0.2.44", "4DZ2Sx8VmNz0",
           addr("عمر الخطيب - رابطة نور", "nour.families.gaziantep@gmail.example.com"), re_hdr("Re: ", ack_subj),
           "<CAB9tWx7Nr1pL4xV+e8Kq2Mb5sG9dYh3fT6@mail.gmail.example.com>", body,
           extra=[("In-Reply-To", ack), ("References", M12_ID + " " + ack)])
    add(15, when, m, dict(category="other", language="ar", acknowledge=False, on_time=None, thread_of=H % 12,
        notes="thank-you answering our acknowledgement of h253-12 (References name h253-12), Levantine colloquial; "
              "it mentions the speaker by her kunya only and quotes our acknowledgement (with 'التقرير الطوعي' and "
              "'ترشيح'); adds nothing new, so no acknowledgement. Gmail reply, base64, 'Re: ' before an Arabic "
              "encoded word."))


# ================================================================ 16  EN  other  a researcher who only wants to attend as an observer
def m16():
    when = at("2021-02-08 16:12:40")
    subj = "Request to attend as an observer (consultation of 23 February)"
    text = """Dear colleagues,

My name is Noor Haidar and I am a doctoral researcher at the Centre for Migration and Memory Studies of the University of Lausanne.

For the last two years I have been working with families of missing migrants in Tunisia and Algeria, and I helped the Maghreb Coalition of Families of Missing Migrants to collect testimonies for the collective report they are preparing for the regional review. I understand they will send it to you themselves in the coming days.

I am not asking for a speaking role (the families should speak, not researchers), but I would be grateful if I could follow the multi-stakeholder consultation on 23 February and, if it is open, the conference on 24-25 February as an observer. Could you let me know whether observers need to register, and whether the sessions will be recorded?

Many thanks in advance,

Noor Haidar
PhD candidate
Centre for Migration and Memory Studies
University of Lausanne
"""
    inner = "".join("<div>%s</div>" % (esc(x) if x else "<br>") for x in text.strip("\n").split("\n"))
    body = html_only('<div style="font-family: Calibri, Arial, Helvetica, sans-serif; font-size: 12pt; '
                     'color: rgb(0, 0, 0);">%s</div>' % inner, b64=True)
    m = mk(when, sent_at(when, 1, 9), "mail-zr0che01on0712.outbound.protection.outlook.example.com",
           "198.51.100.112", "4F0bN4Hx2RpZ", "Noor Haidar <noor.haidar@unil.example.ch>", subj,
           "<ZR0P278MB0391C5A2E8F17D64@ZR0P278MB0391.CHEP278.PROD.OUTLOOK.example.com>", body,
           extra=[("Thread-Topic", subj), ("Thread-Index", "AQHW/hT2Kc8Vn3Bm5Xp7Lq9Rs1Dw3Fy5Gh=="),
                  ("Content-Language", "en-GB"), ("X-MS-Has-Attach", ""), ("X-MS-TNEF-Correlator", "")])
    add(16, when, m, dict(category="other", language="en", acknowledge=True, on_time=None,
        notes="a researcher who only wants to attend as an observer and explicitly does not ask to speak ('I am not "
              "asking for a speaking role'); she mentions a collective report being prepared by a coalition (it "
              "arrives late as h253-24) without submitting anything. Outlook on the web, HTML-only base64 body; "
              "Date in UTC+1."))


# ================================================================ 17  EN  speaker  Syrian families' network in London: late, Roman numeral, kunya
def m17():
    when = at("2021-02-09 13:33:48")
    subj = "Nomination for Roundtable III - Families of the Absent (Syria)"
    text = """Dear organisers,

I hope it is not too late. We only heard about the regional review last week, from our friends at Nour in Gaziantep, and I see from the invitation that speaker requests were due on 5 February. Apologies - we are a small volunteer group and most of us work full-time.

Families of the Absent – Syria (FAS) is a network of about sixty Syrian families in the UK, Germany and the Netherlands whose relatives were detained or forcibly disappeared in Syria, or went missing on the routes through Turkey, Greece and the Balkans. Many of our families received refugee status years ago but still cannot bring their other children to join them, because the father is "absent" and no document says whether he is alive.

We would like to nominate Mrs Hind Abdulaziz Al-Khatib (Umm Bilal), our Mothers' Circle Coordinator, to speak at Roundtable III. Hind came to the UK in 2016 through the resettlement scheme. Her eldest son Bilal has been missing since he was arrested at a checkpoint near Harasta in 2012, and her nephew drowned in the Aegean in 2015. She will speak in Arabic.

We also hope to put together a short written contribution on family reunification for the families of the disappeared, but I cannot promise it will be ready by the 16th.

Kind regards,
Lina

--
Lina Darwish-Moore
Volunteer Coordinator
Families of the Absent – Syria (FAS)
London
"""
    body = alt(text, "000000000000b84e2f05bae7d903", html=gmail_html(text))
    m = mk(when, sent_at(when, 0, 7), "mail-wm1-f48.google.example.com", "192.0.2.48", "4F0xR7Lm3WqZ",
           "Lina Darwish-Moore <lina.fas.uk@gmail.example.com>", subj,
           "<CAF2mVt8Wx5nL1pQ+b3Rk7Yc9sD4hGe6jZ1@mail.gmail.example.com>", body)
    add(17, when, m, dict(category="speaker_request", language="en", acknowledge=True, on_time=False, speakers=[
        sp("Hind Abdulaziz Al-Khatib", "Mothers' Circle Coordinator", "Families of the Absent – Syria (FAS)",
           ["roundtable"], 3)],
        notes="late speaker request (9 February) from Syrian families of the disappeared in London; the writer "
              "knows the deadline has passed. 'Mrs' dropped and the kunya '(Umm Bilal)' is not part of the name; "
              "'Roundtable III' in Roman numerals; the promised written contribution is not attached (not "
              "'both'); 2012, 2015 and 2016 are history; the sender (volunteer coordinator) is not the speaker. "
              "Gmail, Date in UTC+0."))


# ================================================================ 18  FR  other  the lawyer answers our acknowledgement of 13 with practical questions
def m18():
    when = at("2021-02-09 17:50:02")
    ack = ack_mid(M13_QID)
    quoted = ack_fr(M13_SUBJ, "votre demande d'intervention (2 intervenants)")
    text = """Madame, Monsieur,

Je vous remercie de votre accusé de réception. Quelques questions pratiques, pour que M. Chaouch et moi puissions nous préparer :

- De combien de minutes disposera chaque intervenant, en plénière et pendant la discussion ouverte ?
- Une interprétation depuis l'arabe tunisien est-elle prévue, ou M. Chaouch doit-il s'exprimer en arabe standard ?
- M. Chaouch aimerait montrer une photographie de son fils pendant son intervention. Est-ce possible sur la plateforme ?
- Recevrons-nous le lien de connexion directement, ou par l'intermédiaire de l'AFDK ?

Bien cordialement,

Me Sonia Bouallègue

Le 05/02/2021 20:40, GCM Regional Review Arab States a écrit :
""" + gt(quoted) + "\n"
    body = multi("alternative", [leaf("text/plain", text), leaf("text/html", roundcube_html(text))],
                 "=_71c2e9d04fa83b6e5d10c7a2b9e4f813")
    m = mk(when, sent_at(when, 1, 5), "webmail.cabinet-bouallegue.example.tn", "203.0.113.140", "4F12Dk9VpRz3",
           addr("Sonia Bouallègue", "s.bouallegue@cabinet-bouallegue.example.tn", enc="Q"),
           hdr("Re: Accusé de réception - " + M13_SUBJ, enc="Q"),
           "<2f9d71b05c3e8a46d0b1e7c94a28f561@cabinet-bouallegue.example.tn>", body,
           extra=[("In-Reply-To", ack), ("References", M13_ID + " " + ack), ("User-Agent", ROUNDCUBE)])
    add(18, when, m, dict(category="other", language="fr", acknowledge=True, on_time=None, thread_of=H % 13,
        notes="reply to our acknowledgement of h253-13 (References name h253-13) with four practical questions "
              "(speaking time, interpretation from Tunisian Arabic, showing a photograph, the connection link): it "
              "asks something, so it is acknowledged; the two speakers are only mentioned again, nothing new is "
              "proposed. Roundcube, multipart/alternative."))


# ================================================================ 19  FR  report  Sfax association: corrected version replacing the report of 05
M19_FILE = "Rapport AADFMD – Pacte mondial 2021 (version corrigée).pdf"


def m19():
    when = at("2021-02-10 12:15:27")
    text = """Madame, Monsieur,

Nous vous prions de bien vouloir remplacer le rapport que nous vous avons envoyé le 28 janvier (message ci-dessous) par la version corrigée ci-jointe.

Deux familles de Kerkennah nous ont demandé de retirer la photographie de leur fils de l'annexe, et le nombre de jeunes disparus de Mahdia était erroné en page 6 (19 et non 16). Le reste du texte ne change pas.

Les photos de la veillée restent valables, nous ne les renvoyons pas.

Avec nos excuses et nos remerciements,

Hela Kchaou
Secrétaire générale, AADFMD

Le jeu. 28 janv. 2021 à 14:20, Hela Kchaou <aadfmd.sfax@gmail.example.com> a écrit :

""" + gt(M05_TEXT) + "\n"
    pdf = rep_pdf("Rapport volontaire - AADFMD, Sfax (version corrigee, 10/02/2021)",
                  "Association Amal wa Dhakira des familles de migrants disparus (AADFMD)",
                  ["Qui sommes-nous : 96 familles", "Temoignages de 31 meres et peres",
                   "Demarches en Tunisie et en Italie", "Prelevements ADN", "Recommandations",
                   "Annexe : photographies de 21 jeunes disparus"])
    a = alt(text, "000000000000c93a4e05bb0f72a1", html=gmail_html(text))
    body = multi("mixed", [a, attach("application/pdf", pdf, M19_FILE)], "000000000000c93a5005bb0f72a3")
    m = mk(when, sent_at(when, 1, 8), "mail-wr1-f41.google.example.com", "192.0.2.41", "4F1LpT6XcWz8",
           "Hela Kchaou <aadfmd.sfax@gmail.example.com>", hdr("Re: " + M05_SUBJ, enc="Q"),
           "<CAHf3Lq9Bd6wT1xK+m4Rz8Vn2sL7cHj5fQ3@mail.gmail.example.com>", body,
           cc="Mongia Ayari <mongia.ayari@topnet.example.tn>",
           extra=[("In-Reply-To", M05_ID), ("References", M05_ID)])
    add(19, when, m, dict(category="voluntary_report", language="fr", acknowledge=True, on_time=True,
        thread_of=H % 5, report_attachments=[M19_FILE],
        notes="corrected version that replaces the report of h253-05 (Gmail reply to the sender's own message, "
              "which is quoted in full with its 'pièces jointes séparées' and 'prendre la parole'); only the new "
              "PDF is attached and listed (en dash, brackets and an accent in the name, RFC 2231 + RFC 2047); the "
              "vigil photos are explicitly not sent again. On time (10 February)."))


# ================================================================ 20  FR  both  Nador association: report on time, speaker late
M20_FILE = "Rapport ATFMD – disparus Nador-Almería 2021.docx"


def m20():
    when = at("2021-02-12 10:48:36")
    subj = "ATFMD : rapport volontaire et proposition d'une intervenante"
    text = """Bonjour,

L'Association Tafat des Familles de Migrants Disparus – Nador (ATFMD) vous adresse ci-joint sa contribution à l'examen régional du Pacte mondial sur les migrations : un rapport de onze pages sur les jeunes du Rif disparus entre les côtes de Nador et celles d'Almería, et sur les difficultés des familles pour obtenir des informations des autorités marocaines et espagnoles.

Nous aimerions aussi que la voix des mères soit entendue pendant la conférence. Nous proposons Mme Naïma El Ouariachi, vice-présidente de l'association, pour une intervention lors de la troisième table ronde thématique. Naïma a perdu deux fils, Anas et Mourad, partis ensemble en juillet 2018 ; un seul corps a été retrouvé, sur une plage d'Almería, et identifié huit mois plus tard grâce à un prélèvement ADN.

Nous savons que nous écrivons tard pour cette proposition et espérons qu'elle pourra encore être prise en compte.

Cordialement,

Mohamed Azzouzi
Président de l'ATFMD
Nador – Maroc
"""
    doc = make_docx(["Association Tafat des Familles de Migrants Disparus - Nador (ATFMD)",
                     "Rapport volontaire - examen regional du Pacte mondial sur les migrations",
                     "1. Les jeunes du Rif disparus entre Nador et Almeria",
                     "2. L'acces des familles a l'information", "3. Identification et rapatriement des corps",
                     "4. Recommandations"])
    cid = "bb6f2a1c-4d3e-4b8a-9c70-e51f2d83a6b4"
    rel = multi("related", [leaf("text/html", outlook_html(text, lang="FR", img_cid=cid), cte="base64"),
                            logo(cid, (230, 140, 20), name="logo_ATFMD.png")], "_006_DB9P190MB1187F4C2A8E3D715_",
                params=[("type", '"text/html"')])
    a = multi("alternative", [leaf("text/plain", text, cte="base64"), rel], "_000_DB9P190MB1187F4C2A8E3D715_")
    body = multi("mixed", [a, attach(DOCX, doc, M20_FILE)], "_007_DB9P190MB1187F4C2A8E3D715_")
    m = mk(when, sent_at(when, 1, 10), "mail-db9eur02olkn2054.outbound.protection.outlook.example.com",
           "198.51.100.54", "4F2Wq5Gt8NkZ", "Mohamed Azzouzi <atfmd.nador@hotmail.example.com>", subj,
           "<DB9P190MB1187F4C2A8E3D715@DB9P190MB1187.EURP190.PROD.OUTLOOK.example.com>", body,
           extra=outlook(subj, "AQHXAQ3r5Tx7Vz9Bb1Dd3Ff5Hh7Jj9Ll1N==", lang="fr-FR", has_attach="yes"))
    add(20, when, m, dict(category="both", language="fr", acknowledge=True, on_time=False, speakers=[
        sp("Naïma El Ouariachi", "vice-présidente", "Association Tafat des Familles de Migrants Disparus – Nador (ATFMD)",
           ["roundtable"], 3)],
        report_attachments=[M20_FILE],
        notes="both on 12 February: the report is on time, the speaker part a week late (the sender half-admits "
              "it: 'nous écrivons tard pour cette proposition'), so on_time false. 'Mme' dropped; title "
              "'vice-présidente' (the following 'de l'association' is the affiliation); 'la troisième table ronde' "
              "in words; the affiliation's en dash and place are part of its name. The DOCX (accents, en dash) is "
              "the report, the Hotmail signature logo is not. The sender (president) is not the speaker; Date in "
              "UTC+1; base64 parts."))


# ================================================================ 21  AR  report  Tripoli families of a lost boat: iPhone, DOCX, mothers 'will tell you later'
M21_FILE = "تقرير تجمع أهالي المفقودين في البحر.docx"


def m21():
    when = at("2021-02-13 19:05:12")
    subj = "تقرير أهالي المفقودين في البحر - طرابلس"
    before = """مساء الخير،

نحنا مجموعة من أهالي الشباب اللي فُقدوا بالبحر بعد ما طلعوا بمراكب من شط المنية والقلمون وطرابلس باتجاه قبرص وإيطاليا، من سنة 2019 لليوم. اجتمعنا بعد غرق مركب أيلول 2020 وسمّينا حالنا «تجمّع أهالي المفقودين في البحر - طرابلس والشمال».

مرفق تقريرنا الطوعي للاستعراض الإقليمي. كتبناه بمساعدة صحافية وطالبتين من الجامعة، وفيه شهادات 17 عيلة، وكل المراسلات اللي بعتناها للدولة اللبنانية ولقبرص وللأمم المتحدة وما حدا رد علينا.

"""
    after = """
في كم إم بدهن يحكوا بالمؤتمر، بس بعدن ما قرروا مين، منرجع منخبركم.

الله يعطيكن العافية
ربيع محمد عكاري
عن تجمّع أهالي المفقودين في البحر - طرابلس والشمال

أُرسلت من الـ iPhone
"""
    doc = make_docx(["تقرير تجمّع أهالي المفقودين في البحر - طرابلس والشمال",
                     "الاستعراض الإقليمي للاتفاق العالمي للهجرة 2021",
                     "أولاً: من نحن", "ثانياً: شهادات 17 عائلة", "ثالثاً: مراسلاتنا مع الجهات الرسمية",
                     "رابعاً: مطالبنا"])
    att = attach(DOCX, doc, M21_FILE)
    body = multi("mixed", [leaf("text/plain", before, cte="base64"), att, leaf("text/plain", after, cte="base64")],
                 "Apple-Mail-8F3D1A6C-27B4-4E90-A5C2-D91E06B7F384")
    m = mk(when, sent_at(when, 2, 14), "mr85p00im-ztdg06021901.me.example.com", "198.51.100.190", "4F3Kh8Vb2MqZ",
           addr("Rabih Akkari", "rabih.akkari@icloud.example.com"), hdr(subj),
           "<3A7E91C4-5D2B-4F08-B6A3-E8C10D27F9B5@icloud.example.com>", body, extra=[("X-Mailer", IPHONE)])
    add(21, when, m, dict(category="voluntary_report", language="ar", acknowledge=True, on_time=True,
        report_attachments=[M21_FILE],
        notes="families of young men lost at sea from the north of Lebanon, Levantine colloquial Arabic; iPhone "
              "layout multipart/mixed [text, DOCX, text] with the body split around the attachment (Arabic DOCX "
              "name, RFC 2231 + RFC 2047); 'في كم إم بدهن يحكوا بالمؤتمر ... منرجع منخبركم' mentions mothers who may "
              "speak but names nobody, so a report only. Latin-script From name; Date in UTC+2."))


# ================================================================ 22  AR  other  a brother from Mostaganem asks for help finding his brother
def m22():
    when = at("2021-02-15 09:30:14")
    subj = "أرجوكم ساعدوني في البحث عن أخي سفيان"
    text = """السلام عليكم ورحمة الله،

اسمي بلال قادة، من مستغانم في الجزائر. أخي الصغير سفيان قادة، مولود في 3 ماي 2000، خرج في حرقة من شاطئ صلامندر ليلة 21 أكتوبر 2019 مع أحد عشر شاباً آخرين باتجاه ألميريا في إسبانيا. وصلتنا منه رسالة صوتية على الواتساب في الساعة الثانية صباحاً يقول فيها إنهم يرون أضواء الشاطئ، ومن بعدها لا شيء.

بحثنا في كل مكان: الحماية المدنية، حرس السواحل، القنصلية الجزائرية في أليكانتي، الصليب الأحمر، وصفحات الفيسبوك. قرأت على الإنترنت أنكم تنظمون مؤتمراً عن الهجرة، ففكرت أنه ربما عندكم قوائم بالذين وصلوا إلى إسبانيا أو بالجثث التي وُجدت في البحر في تلك الأيام.

أنا لا أريد أن أتكلم في أي مؤتمر ولا أن أكتب أي تقرير، أريد فقط أن أعرف أين أخي. أمي مريضة منذ ذلك اليوم ولا تنام. إذا كان هذا الأمر ليس من اختصاصكم، أرجو أن تدلّوني على الجهة التي يمكنها أن تساعدنا.

أرفقت لكم صورة سفيان.

أخوكم بلال قادة
0550000000
"""
    a = leaf("text/plain", text, "utf-8", "base64")
    body = multi("mixed", [a, attach("image/png", make_png(30, 40, (150, 120, 100)), "سفيان.png")],
                 "000000000000e81f3a05bb5d02c7")
    m = mk(when, sent_at(when, 1, 12), "mail-pl1-f172.google.example.com", "192.0.2.172", "4F4Tb2Nw6HxZ",
           "Bilal Kada <bilal.kada.mosta@gmail.example.com>", hdr(subj),
           "<CAN4rWq6Tx9mB2vK+h7Lp1Zc5sF3dYg8jE0@mail.gmail.example.com>", body)
    add(22, when, m, dict(category="other", language="ar", acknowledge=True, on_time=None,
        notes="a brother asks the mailbox to help find his brother lost at sea (the secretariat is not a tracing "
              "service): emotional, dates and places of the crossing, a photo attached, and he says outright he "
              "wants neither to speak nor to write a report ('لا أريد أن أتكلم في أي مؤتمر ولا أن أكتب أي تقرير'). "
              "A person's request, so acknowledged. Gmail on Android, text/plain base64 + a PNG with an Arabic "
              "name (RFC 2231 + RFC 2047); Date in UTC+1."))


# ================================================================ 23  AR  report  Oran mothers' association: report as a Drive link because of the photographs
def m23():
    when = at("2021-02-16 22:50:05")
    subj = "التقرير الطوعي لجمعية نداء الأمهات - وهران (رابط)"
    link = "https://drive.google.example.com/file/d/1Vq7XcT9mLp2Rw4Zb8Nd6Hs3Jf0Kg5Ye/view?usp=sharing"
    text = """السلام عليكم

نبعتولكم تقرير جمعية نداء الأمهات لعائلات المفقودين في البحر بوهران، في إطار الاستعراض الإقليمي للميثاق العالمي للهجرة.

حاولنا نبعتوه مرفق ثلاث مرات وما حبش يتبعث، لأنه فيه صور 42 شاب مفقود مع شهادات أمهاتهم، وحجمه 38 ميغا. حطيناه في جوجل درايف، وهذا هو الرابط:
%s

الرابط مفتوح لأي واحد عندو الرابط. وإذا ما قدرتوش تفتحوه قولولنا ونبعتولكم نسخة بلا صور.

سمحولنا على التأخير، الله يجازيكم بالخير.

خيرة بن عودة
أمينة المال
جمعية نداء الأمهات لعائلات المفقودين في البحر بوهران
""" % link
    html = gmail_html(text, rtl=True).replace(esc(link), '<a href="%s">%s</a>' % (link, esc(link)))
    body = alt(text, "0000000000007a2c5e05bb72e0f9", html=html, b64=True)
    m = mk(when, sent_at(when, 1, 7), "mail-wr1-f69.google.example.com", "192.0.2.69", "4F5Jm1Rx9DqZ",
           addr("جمعية نداء الأمهات وهران", "nidaa.oumahat.oran@gmail.example.com"), hdr(subj),
           "<CAE5kTv1Xm8pR3wN+d6Lq9Bz2sJ4hFc7gY5@mail.gmail.example.com>", body)
    add(23, when, m, dict(category="voluntary_report", language="ar", acknowledge=True, on_time=True,
        notes="report submitted as a Google Drive link because the file with the photographs of 42 missing young "
              "men is too large (38 MB): a voluntary report with no attachment, so report_attachments empty. "
              "Algerian colloquial ('نبعتولكم', 'ما حبش يتبعث'); received 22:50 Beirut on the report deadline "
              "(on time) with an apology for the delay. Gmail, base64, link in an <a> in the HTML part; "
              "Date in UTC+1."))


# ================================================================ 24  EN  report  coalition's collective report, French original + English version, late
M24_FILES = ["MCFMM_rapport_collectif_PMM_2021_FR.pdf", "MCFMM_collective_report_GCM_2021_EN.pdf"]


def m24():
    when = at("2021-02-18 11:20:44")
    subj = "Collective voluntary report - Maghreb Coalition of Families of Missing Migrants (late, with apologies)"
    text = """Dear Secretariat,

Please find attached the collective voluntary GCM review report of the Maghreb Coalition of Families of Missing Migrants (MCFMM), endorsed by eleven associations and collectives of families from Tunisia, Algeria and Morocco, among them AADFMD in Sfax, the families' collective of Annaba and ATFMD in Nador.

We know that the deadline was Tuesday and we apologise for the delay. The French original had to be read aloud to each association and approved by its members, some of whom do not read, and the last approval came only yesterday evening. We sincerely hope the report can still be taken into account.

Two files are attached: the French original and its English translation. They are the same report; please treat the French version as the reference text.

Our main demands, in short:
1. a regional mechanism to which families can report a missing migrant and receive answers;
2. the systematic collection and cross-border exchange of DNA data, with the families' consent;
3. the identification and dignified burial or repatriation of the remains found on both shores;
4. that families are never prosecuted or harassed for asking.

With our thanks, and our apologies again,

Anouar Dhaouadi
Coordinator
Maghreb Coalition of Families of Missing Migrants (MCFMM)
Tunis
"""
    fr = rep_pdf("Rapport volontaire collectif (version originale)", "Coalition maghrebine des familles de migrants "
                 "disparus (MCFMM)", ["Onze associations et collectifs", "Ce que vivent les familles",
                                      "ADN et identification", "Nos demandes"])
    en = rep_pdf("Collective voluntary report (English translation)",
                 "Maghreb Coalition of Families of Missing Migrants (MCFMM)",
                 ["Eleven associations and collectives", "What families live through", "DNA and identification",
                  "Our demands"])
    text_part = leaf("text/plain", flowed(text), "utf-8", "8bit", params=[("format", "flowed")])
    body = multi("mixed", [text_part, attach("application/pdf", fr, M24_FILES[0]),
                           attach("application/pdf", en, M24_FILES[1])], "------------8D2F40B7C91E3A6D5F0B2C47")
    m = mk(when, sent_at(when, 1, 6), "mail.mcfmm.example.org", "203.0.113.166", "4F6qW3Kz8BnZ",
           "Anouar Dhaouadi <coordination@mcfmm.example.org>", subj,
           "<4b9e2d71-c3a8-4f05-8d61-7e0a2b95c4f3@mcfmm.example.org>", body,
           extra=[("User-Agent", TB), ("Content-Language", "en-US")])
    add(24, when, m, dict(category="voluntary_report", language="en", acknowledge=True, on_time=False,
        report_attachments=M24_FILES,
        notes="late collective report (Thursday 18 February, the sender knows 'the deadline was Tuesday'); two PDFs "
              "that are the same report in two languages (French original and English translation): both listed. "
              "It names member associations seen elsewhere in the set (AADFMD, ATFMD) but is a new submission, not a "
              "thread. Thunderbird, format=flowed, 8bit; Date in UTC+1. The report announced in h253-16."))


def main():
    for f in (m01, m02, m03, m04, m05, m06, m07, m08, m09, m10, m11, m12, m13, m14, m15, m16, m17, m18, m19,
              m20, m21, m22, m23, m24):
        f()
    SET.write()


if __name__ == "__main__":
    main()
