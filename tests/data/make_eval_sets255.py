#!/usr/bin/env python3
"""Write the blind evaluation set holdout255 (24 raw .eml messages + labels.json).

Deterministic, standard library only:  cd tests/data && python3 make_eval_sets255.py
Theme: speakers recommended by third parties (25 January - 18 February 2021).  A London charity's programme
officer recommending the director of the Amman legal-aid centre it funds (then asking, in a reply to her own mail,
whether the roundtables are online), a UN agency's country office in Khartoum recommending the coordinator of a
returnee women's initiative (a colleague in Cc answers with an out-of-office), a geography professor in Agadir
recommending his former master's student, a researcher who only floats an idea ('you might consider inviting'), an
embassy's labour office in Amman proposing the head of its community association in a note verbale with a scanned
copy attached, a Tunisian network forwarding a member association's nomination (the member's president, in Cc,
is on the road), a Nepali workers' forum in Doha whose general secretary proposes himself and a colleague after the
deadline, an Oran association sending its report and recommending a community spokesman who is not its member,
the ILO office recommending a trade unionist without her title and sending it the next morning with the roundtable
in Roman numerals, a Kuwaiti union committee writing after midnight Kuwait time but before midnight in Beirut,
a doctoral student who only wants to listen, a collective report with a cover letter, a professor sending her
students' report (and a corrected version) with a conditional word for one of them, a Yemeni foundation's report
with two recommended speakers and a CV after the speaker deadline, a donor forwarding its partner's report a day
late (the Cc copy of our acknowledgement bounces), and a retired ambassador's suggestion.  Senders' own names,
titles and organisations sit right next to the speakers'.  Helpers from mailgen.py.
"""
import datetime as dt

from mailgen import (EvalSet, DOCX, POSTFIX_NOTICE, addr, alt, at, attach, dsn_report, esc, flowed, gmail_html,
                     hdr, html_only, leaf, make_docx, make_pdf, mk, multi, re_hdr, rep_pdf, rfcdate, sent_at, sp,
                     std_rows, top, exchange_ooo_rows)
from mailgen import outlook_html, outlook_rows as outlook
from mailgen import quote_block as gt, ack_id as ack_mid, logo

SET = EvalSet(255)
add = SET.add
H = "h255-%02d.eml"

TB = "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:78.0) Gecko/20100101 Thunderbird/78.7.1"
APPLE = "Apple Mail (2.3608.120.23.2.4)"
IPHONE = "iPhone Mail (18D52)"
IPAD = "iPad Mail (18D52)"
YAHOO = "WebService/1.1.17648 YMailNorrin"
ROUNDCUBE = "Roundcube Webmail/1.4.10"


def apple_html(text):
    inner = "".join("<div class=\"\">%s</div>" % (esc(x) if x else "<br class=\"\">")
                    for x in text.rstrip("\n").split("\n"))
    return ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body '
            'style="word-wrap: break-word; -webkit-nbsp-mode: space; line-break: after-white-space;" class="">'
            '%s</body></html>\n' % inner)


def android_html(text):
    inner = "<br>".join(esc(x) for x in text.rstrip("\n").split("\n"))
    return ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body>'
            '<div dir="auto">%s</div></body></html>\n' % inner)


def yahoo_html(text, rtl=False):
    d = "rtl" if rtl else "ltr"
    lines = "".join('<div dir="%s" data-setdir="false">%s</div>' % (d, esc(x) if x else "<br>")
                    for x in text.rstrip("\n").split("\n"))
    return ('<html><head></head><body><div class="ydp3f6a1c2byahoo-style-wrap" style="font-family:Helvetica Neue, '
            'Helvetica, Arial, sans-serif;font-size:16px;">%s</div></body></html>\n' % lines)


def ack_fr(subject, what):
    return """Bonjour,

Nous accusons bonne réception de votre message « %s » et de %s. Merci de votre contribution à l'examen régional du Pacte mondial pour des migrations sûres, ordonnées et régulières dans la région arabe.

Le secrétariat de l'examen régional
gcmrrarabstates@iom.int""" % (subject, what)


# ================================================================ 01  EN  speaker  London charity recommends the director of the Amman legal-aid centre it funds
M01_ID = "<LO2P265MB3120A7C4E91D2F60@LO2P265MB3120.GBRP265.PROD.OUTLOOK.example.com>"
M01_SUBJ = "Recommendation of a speaker - Dr Lubna Haddadin (MASAR)"
M01_TEXT = """Dear colleagues,

I hope this finds you well. I am writing from The Kestrel Trust, which has been funding legal aid for migrant workers in Jordan since 2017, to recommend one of our partners as a speaker for the Regional Review conference.

Dr Lubna Haddadin is the Executive Director of the Masar Legal Aid Centre for Migrant Workers (MASAR) in Amman. Her team represents garment-sector and agricultural workers from Bangladesh, Sri Lanka and Egypt in unpaid-wage and passport-confiscation cases; last year they took on more than 1,400 cases, many of them linked to COVID-19 lay-offs and to workers stranded without flights home. I have heard her speak to ministers and to workers on a factory floor with the same clarity, and I think she would bring exactly the practitioner's perspective the roundtables need.

We would suggest her for a floor intervention in Roundtable II (24-25 February). Lubna knows about this email and is copied; she can send you anything further you need directly.

To be clear, the Trust is not seeking a speaking slot of its own - this recommendation is for MASAR.

With best wishes,

Helen Marwick-Oduya
Programme Officer, Middle East & North Africa
The Kestrel Trust
14 Calloway Yard, London EC1V 0XX
+44 20 0000 0000 | www.kestreltrust.example.org

The Kestrel Trust is a registered charity in England and Wales (no. 000000).
"""


def m01():
    when = at("2021-01-25 10:14:22")
    cid = "image001.png@01D6F2F1.7A3C5E10"
    rel = multi("related", [leaf("text/html", outlook_html(M01_TEXT, lang="EN-GB", img_cid=cid)),
                            logo(cid, (34, 84, 61))], "_004_LO2P265MB3120A7C4E91D2F60_",
                params=[("type", '"text/html"')])
    body = multi("alternative", [leaf("text/plain", M01_TEXT), rel], "_000_LO2P265MB3120A7C4E91D2F60_")
    m = mk(when, sent_at(when, 0, 6), "mail-lo2gbr01on0612.outbound.protection.outlook.example.com",
           "198.51.100.12", "4DPHq31RvKz2", "Helen Marwick-Oduya <h.marwick-oduya@kestreltrust.example.org>",
           M01_SUBJ, M01_ID, body, cc="Lubna Haddadin <l.haddadin@masar-legal.example.jo>",
           extra=outlook(M01_SUBJ, "AdbzAq4Rt7Yu1Io3Pa5Sd7Fg9Hj2Kl==", lang="en-GB"))
    add(1, when, m, dict(category="speaker_request", language="en", acknowledge=True, on_time=True, speakers=[
        sp("Lubna Haddadin", "Executive Director", "Masar Legal Aid Centre for Migrant Workers (MASAR)",
           ["roundtable"], 2)],
        notes="a donor's programme officer recommends the director of a partner NGO it funds: the sender's long "
              "signature (name, title, charity, London address, charity number) and the speaker (in Cc) are both "
              "there, and 'the Trust is not seeking a speaking slot of its own'; 'Dr' dropped; 'Roundtable II' in "
              "Roman numerals; 1,400 cases, 2017 and 24-25 February are not roundtable numbers. Outlook with an "
              "inline logo in a related part; Date in UTC+0. Followed up by h255-12."))


# ================================================================ 02  AR  speaker  UN agency country office (Khartoum) recommends a returnee women's initiative coordinator
M02_ID = "<AM6PR08MB4452C1E7D93A0B58@AM6PR08MB4452.eurprd08.prod.outlook.example.com>"
M02_SUBJ = "ترشيح متحدثة للاستعراض الإقليمي للاتفاق العالمي بشأن الهجرة"
M02_QID = "4DPz7Tb0WcZ4"


def m02():
    when = at("2021-01-26 09:32:10")
    text = """السادة أمانة الاستعراض الإقليمي للاتفاق العالمي من أجل الهجرة الآمنة والمنظمة والنظامية في المنطقة العربية،

تحية طيبة،

بالإشارة إلى رسالة الدعوة الخاصة بالاستعراض الإقليمي، يسرّ المكتب القطري لهيئة الأمم المتحدة للمرأة في السودان أن يوصي بمشاركة الأستاذة رشا يوسف كرم الله، منسقة مبادرة عائدات لدعم النساء العائدات، وهي مبادرة مجتمعية تعمل في الخرطوم وكسلا مع النساء اللواتي عدن من دول الخليج بعد أن فقدن أعمالهن خلال جائحة كورونا، وتساعدهن في استخراج الأوراق الثبوتية والحصول على فرص عمل ودعم نفسي.

يتعاون مكتبنا مع المبادرة منذ عام 2019، ونرى أن الأستاذة رشا قادرة على نقل أصوات هؤلاء النساء بأمانة، لذا نقترح أن تتولى دور المقررة التي تعرض الرسائل الرئيسية لأصحاب المصلحة، وإن تعذّر ذلك فالمشاركة في النقاش المفتوح للمشاورة يوم 23 فبراير.

ونودّ التوضيح بأن المكتب لا يطلب مداخلة باسمه، وأن هذا الترشيح باسم المبادرة.

للتواصل مع الأستاذة رشا مباشرة: rasha.karamalla@gmail.example.com

مع خالص التقدير،

د. منى عبد الباقي الأمين
مسؤولة برنامج التمكين الاقتصادي للمرأة
هيئة الأمم المتحدة للمرأة – المكتب القطري في السودان
الخرطوم
"""
    body = alt(text, "_000_AM6PR08MB4452C1E7D93A0B58_", html=outlook_html(text, lang="AR-SA", rtl=True), b64=True)
    m = mk(when, sent_at(when, 2, 8), "mail-am6eur08on0631.outbound.protection.outlook.example.com",
           "198.51.100.131", M02_QID, addr("منى عبد الباقي الأمين", "mona.elamin@unwomen.example.org"),
           hdr(M02_SUBJ), M02_ID, body, cc=addr("عمر حسن بابكر", "omer.babiker@unwomen.example.org"),
           extra=outlook(hdr(M02_SUBJ), "AdbzwJ2Hk5Lm7Nb9Vc1Xz3As5Df7Gh==", lang="ar-SA"))
    add(2, when, m, dict(category="speaker_request", language="ar", acknowledge=True, on_time=True, speakers=[
        sp("رشا يوسف كرم الله", "منسقة", "مبادرة عائدات لدعم النساء العائدات", ["rapporteur", "open_discussion"])],
        notes="a UN agency's country office (Khartoum) recommends a civil-society activist: the agency is named far "
              "more often than the initiative and the sender's 'د.', title and agency sit under the speaker's "
              "details, but the speaker's affiliation is the initiative ('الأستاذة' dropped; 'منسقة مبادرة ...' "
              "split into title and initiative); rapporteur first, open discussion as the fallback ('وإن تعذّر "
              "ذلك'), both stated; 'لا يطلب مداخلة باسمه'. Outlook, Arabic, base64; a colleague in Cc answers with "
              "an out-of-office (h255-03)."))


# ================================================================ 03  AR  auto_reply  the Cc'd colleague's out-of-office on our acknowledgement of 02
def m03():
    when = at("2021-01-26 09:33:05")
    text = """شكراً على رسالتك.

أنا حالياً في مهمة ميدانية في ولاية كسلا حتى يوم الخميس 4 فبراير 2021، مع إمكانية محدودة جداً للاطلاع على البريد الإلكتروني، وسأرد عليك فور عودتي.
في الأمور العاجلة يرجى التواصل مع د. منى الأمين (mona.elamin@unwomen.example.org).

I am on mission in Kassala State until Thursday 4 February 2021 with very limited access to email. For urgent matters please contact Dr Mona Elamin.

عمر حسن بابكر
مساعد برامج
هيئة الأمم المتحدة للمرأة – السودان
"""
    body = alt(text, "_000_AM6PR08MB4452OOFB7E21C9_", html=outlook_html(text, lang="AR-SA", rtl=True), b64=True)
    sender = addr("عمر حسن بابكر", "omer.babiker@unwomen.example.org")
    rows = exchange_ooo_rows(when, "mail-am6eur08on0631.outbound.protection.outlook.example.com", "198.51.100.131",
                             "4DPz8Ld6QmZ1", "Omer Babiker <omer.babiker@unwomen.example.org>",
                             "<AM6PR08MB44529B3E0F1A7D22@AM6PR08MB4452.eurprd08.prod.outlook.example.com>",
                             M02_SUBJ, M02_ID, ack_mid(M02_QID), "ar-SA", (2, 3))
    fix = {"From": sender, "Subject": hdr("Automatic reply: Acknowledgement of receipt - " + M02_SUBJ),
           "Thread-Topic": hdr("Acknowledgement of receipt - " + M02_SUBJ)}
    rows = [(k, fix.get(k, v)) for k, v in rows]
    add(3, when, top(body, rows), dict(category="auto_reply", language="ar", acknowledge=False, on_time=None,
        notes="Exchange out-of-office (Auto-Submitted, X-Auto-Response-Suppress, null Return-Path) of the colleague "
              "in Cc of h255-02 answering our acknowledgement 55 seconds later; Arabic first with an English line; "
              "it names the sender of h255-02 with 'د.', a date (4 February) and a title, but proposes nothing. "
              "Never acknowledge; thread_of null as for dev auto-replies."))


# ================================================================ 04  FR  speaker  a professor in Agadir recommends his former master's student
def m04():
    when = at("2021-01-28 15:47:30")
    subj = "Recommandation d'une ancienne étudiante – Examen régional du PMM"
    text = """Madame, Monsieur,

Je me permets de vous écrire au sujet de l'appel à intervenants pour l'Examen régional du Pacte mondial sur les migrations dans la région arabe.

J'ai eu le plaisir d'encadrer, de 2016 à 2018, le mémoire de master de Rokhaya Diop Faye, consacré aux femmes sénégalaises et guinéennes installées à Agadir et à leurs projets de départ vers l'Europe ou de retour au pays. C'est l'une des étudiantes les plus rigoureuses que j'aie eues, et elle a gardé depuis un lien très concret avec le terrain.

Mme Diop Faye est aujourd'hui chargée de suivi des projets à l'Association Sunu Yakaar pour les Migrants au Maroc (ASYMM), qui accompagne à Agadir et à Tiznit des migrantes subsahariennes et leurs enfants (scolarisation, accès aux soins, régularisation). Je crois qu'elle serait tout à fait à sa place lors de la quatrième table ronde thématique, pour parler d'un Maroc devenu pays d'installation et non plus seulement de transit.

Elle est au courant de ma démarche ; vous pouvez la joindre directement à l'adresse rokhaya.diopfaye@asymm.example.ma. Pour ma part, je ne sollicite pas de temps de parole.

Je vous prie d'agréer, Madame, Monsieur, l'expression de mes salutations distinguées.

Pr Mohamed Amine Benkirane
Professeur de géographie humaine
Laboratoire Migrations, Territoires et Sociétés (LMTS)
Faculté des Lettres et des Sciences Humaines – Université Ibn Zohr, Agadir
"""
    body = multi("alternative", [leaf("text/plain", text), leaf("text/html", apple_html(text))],
                 "Apple-Mail=_3B9E1C57-0D4A-4F82-A6E3-91C7D2B5F048")
    m = mk(when, sent_at(when, 1, 7), "smtp-out.uiz.example.ac.ma", "203.0.113.77", "4DRFv52KpXz8",
           "Mohamed Amine Benkirane <ma.benkirane@uiz.example.ac.ma>", hdr(subj, enc="Q"),
           "<8F2D41C7-3E9A-4B65-B0D8-5A1E7C93F264@uiz.example.ac.ma>", body, extra=[("X-Mailer", APPLE)])
    add(4, when, m, dict(category="speaker_request", language="fr", acknowledge=True, on_time=True, speakers=[
        sp("Rokhaya Diop Faye", "chargée de suivi des projets", "Association Sunu Yakaar pour les Migrants au Maroc "
           "(ASYMM)", ["roundtable"], 4)],
        notes="a professor recommends his former student: her full name in one paragraph ('Rokhaya Diop Faye'), "
              "'Mme Diop Faye' with her title and association in the next; 'la quatrième table ronde thématique' = "
              "roundtable 4 in words; 2016-2018 are years of the master. The sender's 'Pr', title, laboratory "
              "acronym (LMTS) and university follow right after, and he asks nothing for himself. Apple Mail, "
              "multipart/alternative, quoted-printable; Date in UTC+1."))


# ================================================================ 05  EN  other  a researcher floats an idea: 'you might consider inviting ...'
def m05():
    when = at("2021-01-29 11:05:40")
    subj = "A thought on speakers for the regional review"
    text = """Hello,

I work on labour mobility between Egypt and the Gulf, and a colleague passed on your call for stakeholder contributions to the regional review.

I'm not writing to nominate anyone formally - I'm not in a position to, and I haven't spoken to the person concerned - but you might consider inviting someone like Mr. Samir Fawzy Abdelmalak, who chairs the Returnees' Committee of the Minya Farmers' and Workers' Cooperative (MFWC). He spent eleven years working in Kuwait and Saudi Arabia and now runs the cooperative's small reintegration fund for men coming back to Upper Egypt. If you are looking for a returnee's voice in one of the plenary sessions, he would be worth a phone call; the cooperative's office in Minya can put you in touch.

Either way, good luck with the review.

Best wishes,
Daniel Okafor-Reyes
Postdoctoral Fellow
Centre for Mobility and Labour Studies
Cairo
"""
    body = alt(text, "000000000000f2a79d05ba0c4e71", html=gmail_html(text))
    m = mk(when, sent_at(when, 2, 5), "mail-ej1-f54.google.example.com", "192.0.2.54", "4DS2hN7VxBz6",
           "Daniel Okafor-Reyes <d.okaforreyes@gmail.example.com>", subj,
           "<CAHs2Pq8Rv4nY7wK+d1Tz6Mb3cL9xFj5uA0@mail.gmail.example.com>", body)
    add(5, when, m, dict(category="other", language="en", acknowledge=True, on_time=None,
        notes="only an idea, not a request: 'you might consider inviting someone like Mr. ...' after 'I'm not "
              "writing to nominate anyone formally' and 'I haven't spoken to the person concerned'. The named man "
              "comes with a title ('chairs the Returnees' Committee'), an organisation with its acronym and a role "
              "('one of the plenary sessions'), everything a parser looks for, so it is a trap; nothing to "
              "extract. A person wrote it, so it is acknowledged. Gmail, multipart/alternative."))


# ================================================================ 06  AR  speaker  embassy labour office in Amman proposes the head of the community association
M06_FILE = "مذكرة رقم 112 - ترشيح.pdf"


def m06():
    when = at("2021-02-01 12:20:15")
    subj = "ترشيح من المكتب العمالي بسفارة جمهورية مصر العربية في عمّان"
    text = """المكتب العمالي
سفارة جمهورية مصر العربية – عمّان
رقم الصادر: 112/ع/2021
التاريخ: 31 يناير 2021

يهدي المكتب العمالي بسفارة جمهورية مصر العربية في عمّان أطيب تحياته إلى أمانة الاستعراض الإقليمي للاتفاق العالمي من أجل الهجرة الآمنة والمنظمة والنظامية في المنطقة العربية، وبالإشارة إلى خطاب الدعوة الخاص بالاستعراض، يتشرف بأن يقترح مشاركة أحد أبناء الجالية المصرية في المملكة الأردنية الهاشمية، وفيما يلي بياناته:

الاسم: السيد/ عبد المنعم حسانين الشاذلي
الصفة: رئيس مجلس الإدارة
الجهة: رابطة أبناء الجالية المصرية بالمملكة الأردنية الهاشمية
المشاركة المقترحة: مداخلة من القاعة في إحدى الجلسات العامة للمؤتمر (24-25 فبراير)

والسيد الشاذلي مقيم في الأردن منذ عام 1994، ويتابع منذ سنوات أوضاع العمالة المصرية في قطاعي الزراعة والإنشاءات، ويساعد العمال على تسوية أوضاعهم، ويعاون أسر المتوفين في إجراءات نقل الجثامين إلى مصر.

مرفق صورة من المذكرة الموقعة.

ويغتنم المكتب العمالي هذه المناسبة ليعرب لأمانة الاستعراض عن فائق التقدير والاحترام.

المستشار/ حاتم فاروق الجندي
الملحق العمالي
سفارة جمهورية مصر العربية – عمّان
"""
    pdf = make_pdf(["Embassy of the Arab Republic of Egypt - Amman - Labour Office",
                    "Note No. 112/L/2021 - 31 January 2021",
                    "To: Secretariat, Regional Review of the GCM, Arab region",
                    "Proposed speaker: Abdelmoneim Hassanein El-Shazly",
                    "Chairman of the Board, Association of the Egyptian Community in Jordan",
                    "Proposed role: floor intervention in a plenary session",
                    "[signature and seal]"])
    inner = "".join("<p>%s</p>" % (esc(x) if x else "&nbsp;") for x in text.rstrip("\n").split("\n"))
    page = html_only('<div style="font-family:Simplified Arabic;font-size:14pt">%s</div>' % inner, rtl=True,
                     lang="ar")
    body = multi("mixed", [page, attach("application/pdf", pdf, M06_FILE)], "----=_NextPart_000_0A1F_01D6F8A2.5C3B7E40")
    m = mk(when, sent_at(when, 2, 11), "mail.mfa-eg.example.gov", "203.0.113.112", "4DTKc08MwRz3",
           addr("المكتب العمالي - سفارة مصر بعمان", "labour.amman@mfa-eg.example.gov"), hdr(subj),
           "<000a01d6f8a2$5c3b7e40$14b26ac0$@mfa-eg.example.gov>", body,
           extra=[("X-Mailer", "Microsoft Outlook 15.0"), ("Thread-Index", "AdbzyP3Wq6Er8Ty0Ui2Op4As6Df8Gh=="),
                  ("Content-Language", "ar-eg")])
    add(6, when, m, dict(category="speaker_request", language="ar", acknowledge=True, on_time=True, speakers=[
        sp("عبد المنعم حسانين الشاذلي", "رئيس مجلس الإدارة", "رابطة أبناء الجالية المصرية بالمملكة الأردنية الهاشمية",
           ["plenary"])],
        notes="an embassy's labour office proposes a community leader in a note-verbale style (reference number, "
              "date, third person 'يهدي ... أطيب تحياته'); 'السيد/' (slash form) dropped; 'مداخلة من القاعة في إحدى "
              "الجلسات العامة' = plenary. The signer's 'المستشار/', title and embassy follow; the attached PDF is a "
              "scanned copy of the note (Arabic name, RFC 2231 + RFC 2047), not a report. HTML-only body (one <p> "
              "per line) plus the PDF, no text/plain."))


# ================================================================ 07  FR  speaker  a Tunisian network forwards a member association's nomination
M07_ID = "<5e3b9a17-c2d4-48f1-9a06-7b2e1d8c4f30@rtmd.example.tn>"
M07_SUBJ = "Fwd: Proposition d'intervenante - AMDM Sfax"
M07_QID = "4DTwR64JbNz0"


def m07():
    when = at("2021-02-02 09:58:12")
    text = """Bonjour,

Au nom du Réseau Tunisien pour la Mobilité et les Droits (RTMD), je vous transfère ci-dessous la proposition de l'une de nos associations membres, l'AMDM de Sfax, qui n'avait pas reçu directement votre invitation. Le réseau soutient pleinement cette candidature : les familles de disparus en mer sont trop rarement entendues dans ces espaces.

Merci d'adresser votre réponse à Mme Ben Salah, en copie.

Bien cordialement,

Anis Gharsallah
Coordinateur national
Réseau Tunisien pour la Mobilité et les Droits (RTMD)
Tunis


-------- Message transféré --------
Sujet : 	Proposition d'intervenante - AMDM Sfax
Date : 	Sun, 31 Jan 2021 20:47:12 +0100
De : 	Naziha Ben Salah <amdm.sfax@topnet.example.tn>
Pour : 	Anis Gharsallah <coordination@rtmd.example.tn>


Cher Anis,

Comme convenu lors de la réunion du réseau, voici notre proposition pour l'examen régional du Pacte mondial. Pourrais-tu la transmettre à l'OIM ? Nous n'avons pas leur adresse.

L'Association Mères des Disparus en Mer (AMDM) souhaite proposer Mme Saïda Jlassi Mahjoub, notre vice-présidente, pour une intervention en séance plénière. Saïda a perdu son fils en 2011 au large de Lampedusa ; depuis, elle accompagne les mères de Sfax, de Mahdia et de Kerkennah dans leurs démarches auprès des autorités tunisiennes et italiennes pour faire identifier les disparus (prélèvements ADN, listes des personnes débarquées...).

Elle s'exprime en arabe tunisien : une interprétation vers le français ou l'anglais serait nécessaire.

Merci d'avance,

Naziha Ben Salah
Présidente de l'AMDM
Sfax
"""
    body = leaf("text/plain", flowed(text), "utf-8", "8bit", params=[("format", "flowed")])
    m = mk(when, sent_at(when, 1, 6), "mail.rtmd.example.tn", "203.0.113.29", M07_QID,
           "Anis Gharsallah <coordination@rtmd.example.tn>", M07_SUBJ, M07_ID, body,
           cc="Naziha Ben Salah <amdm.sfax@topnet.example.tn>",
           extra=[("User-Agent", TB), ("Content-Language", "fr")])
    add(7, when, m, dict(category="speaker_request", language="fr", acknowledge=True, on_time=True, speakers=[
        sp("Saïda Jlassi Mahjoub", "vice-présidente", "Association Mères des Disparus en Mer (AMDM)", ["plenary"])],
        notes="a network forwards a member association's nomination (Thunderbird 'Message transféré' block with "
              "tab-aligned headers): the speaker is only in the forwarded part; two signatures, the network "
              "coordinator's (RTMD) and the member's president's, and neither is the speaker nor the speaker's "
              "affiliation for the network; 'Mme' dropped; 'en séance plénière' = plenary; the need for "
              "interpretation is not a role; 2011 is history. format=flowed, 8bit; the president in Cc answers "
              "with an auto-reply (h255-08)."))


# ================================================================ 08  FR  auto_reply  the member's president (Cc of 07): sieve vacation reply
def m08():
    when = at("2021-02-02 09:59:01")
    ack = ack_mid(M07_QID)
    text = """Bonjour,

Je suis actuellement en déplacement et ne consulterai ma messagerie que de façon irrégulière jusqu'au mercredi 10 février.
Pour toute urgence concernant l'association, merci de contacter notre secrétaire générale, Mme Rim Kchaou, au +216 00 000 000.

Cordialement,
Naziha Ben Salah
Présidente - Association Mères des Disparus en Mer (AMDM)
"""
    body = leaf("text/plain", text, "utf-8", "quoted-printable")
    subj = hdr("Réponse automatique : Acknowledgement of receipt - " + M07_SUBJ, enc="Q")
    rows = [("Return-Path", "<>"), ("Delivered-To", "gcmrrarabstates@iom.int"),
            ("Received", "from mx.topnet.example.tn (mx.topnet.example.tn [203.0.113.201])\r\n\tby mx1.iom.int "
                         "(Postfix) with ESMTPS id 4DTwS35MhVz7\r\n\tfor <gcmrrarabstates@iom.int>; %s"
             % rfcdate(when, "EET")),
            ("Auto-Submitted", "auto-replied (vacation)"), ("Precedence", "bulk"),
            ("From", "Naziha Ben Salah <amdm.sfax@topnet.example.tn>"), ("To", "gcmrrarabstates@iom.int"),
            ("Subject", subj), ("Date", rfcdate(sent_at(when, 1, 2))),
            ("Message-ID", "<sieve-vacation-8c41e2a7d05b@topnet.example.tn>"),
            ("In-Reply-To", ack), ("References", M07_ID + " " + ack)]
    add(8, when, top(body, rows), dict(category="auto_reply", language="fr", acknowledge=False, on_time=None,
        notes="sieve vacation reply ('Auto-Submitted: auto-replied (vacation)', Precedence: bulk, null Return-Path) "
              "of the president in Cc of h255-07, answering our acknowledgement; the French subject prefix "
              "'Réponse automatique :' is encoded in front of our English subject; it names another person with "
              "'Mme' and a title and a date, and signs with the association's full name, but proposes nobody. "
              "Never acknowledge; thread_of null."))


# ================================================================ 09  AR  report  Nouadhibou returnee-support association, DOCX; a speaker will come from elsewhere
M09_FILE = "التقرير الطوعي - جمعية الأمل نواذيبو 2021.docx"


def m09():
    when = at("2021-02-03 13:12:08")
    subj = "التقرير الطوعي لجمعية الأمل لدعم المهاجرين العائدين - نواذيبو"
    text = """بسم الله الرحمن الرحيم

السادة الكرام في أمانة الاستعراض الإقليمي للاتفاق العالمي للهجرة،

السلام عليكم ورحمة الله وبركاته، وبعد،

تتشرف جمعية الأمل لدعم المهاجرين العائدين في نواذيبو بأن ترسل إليكم طيّه تقريرها الطوعي عن تنفيذ الاتفاق العالمي من أجل الهجرة الآمنة والمنظمة والنظامية كما تعيشه مدينتنا، التي صارت منذ سنوات نقطة انطلاق للقوارب المتجهة إلى جزر الكناري، ونقطة عودة لكثير من الشباب الموريتانيين الذين أعيدوا من المغرب وإسبانيا.

ويتناول التقرير أربعة محاور: أوضاع الشباب العائدين وإعادة إدماجهم، والمهاجرين من دول غرب إفريقيا العالقين في المدينة، وأسر الصيادين الذين فقدوا أبناءهم في البحر، والتعاون مع السلطات المحلية في التوثيق والحماية.

ونحيطكم علماً بأن الاتحاد الوطني لجمعيات الشباب، الذي تنتمي إليه جمعيتنا، سيتواصل معكم مباشرة بشأن ترشيح من يمثل الشباب في المداخلات، ولذلك لا نرشح أحداً في هذه الرسالة.

نرجو التكرم بإشعارنا بالاستلام.

وتقبلوا فائق التقدير والاحترام،

الشيخ ولد محمد الأمين
الكاتب العام لجمعية الأمل لدعم المهاجرين العائدين
نواذيبو – موريتانيا
"""
    doc = make_docx(["جمعية الأمل لدعم المهاجرين العائدين - نواذيبو",
                     "التقرير الطوعي - الاستعراض الإقليمي للاتفاق العالمي للهجرة، المنطقة العربية 2021",
                     "أولاً: الشباب العائدون وإعادة الإدماج",
                     "ثانياً: المهاجرون من غرب إفريقيا العالقون في نواذيبو",
                     "ثالثاً: أسر الصيادين المفقودين في البحر",
                     "رابعاً: التعاون مع السلطات المحلية",
                     "خامساً: التوصيات"])
    a = alt(text, "000000000000a8d31e05ba6f2c94", html=gmail_html(text, rtl=True), b64=True)
    body = multi("mixed", [a, attach(DOCX, doc, M09_FILE)], "000000000000a8d32005ba6f2c96")
    m = mk(when, sent_at(when, 0, 9), "mail-wr1-f65.google.example.com", "192.0.2.165", "4DVQk27ZtHz5",
           addr("جمعية الأمل نواذيبو", "alamal.ndb@gmail.example.com"), hdr(subj),
           "<CAKt7Wm3Zq9pR2xN+f8Vb4Lc1sH6dJg0yE5@mail.gmail.example.com>", body)
    add(9, when, m, dict(category="voluntary_report", language="ar", acknowledge=True, on_time=True,
        report_attachments=[M09_FILE],
        notes="report only: a speaker is mentioned ('ترشيح من يمثل الشباب في المداخلات') but will come from the "
              "national youth federation, and 'لا نرشح أحداً في هذه الرسالة'; the signer's 'الشيخ' is a Mauritanian "
              "given name, not an honorific (and he is no speaker). DOCX with an Arabic name (RFC 2231 + RFC "
              "2047); Gmail, base64; Date in UTC+0 (Nouadhibou)."))


# ================================================================ 10  FR  both  Oran association: report + a community spokesman who is not its member
M10_ID = "<DB8PR01MB5964B2D07E3A1C48@DB8PR01MB5964.eurprd01.prod.exchangelabs.example.com>"
M10_SUBJ = "Rapport volontaire de l'AWAM (Oran) et recommandation d'un intervenant"
M10_QID = "4DVgB48RnKz1"
M10_FILE = "Rapport PMM – AWAM Oran.pdf"


def m10():
    when = at("2021-02-03 16:40:51")
    text = """Bonjour,

Veuillez trouver ci-joint le rapport volontaire de l'Association El Wiam pour l'Accueil des Migrants (AWAM), basée à Oran, dans le cadre de l'examen régional du Pacte mondial pour les migrations.

Nous profitons de cet envoi pour vous recommander un intervenant qui n'est pas membre de notre association mais avec qui nous travaillons au quotidien : M. Emmanuel Ngoy Kabongo, porte-parole de la Communauté des Congolais d'Oran (CCO). Installé en Algérie depuis 2012, il fait le lien entre les familles congolaises et camerounaises du quartier de Sidi El Houari, les écoles et les centres de santé. Il nous semblerait très utile qu'il participe à la discussion ouverte de la consultation du 23 février ; il s'exprime en français et en lingala.

Son adresse : emmanuel.ngoy@yahoo.example.fr

En vous souhaitant bonne réception,

Meriem Bouhadjar-Slimani
Chargée de communication
Association El Wiam pour l'Accueil des Migrants (AWAM)
Oran – Algérie
"""
    pdf = rep_pdf("Rapport volontaire - AWAM Oran", "Association El Wiam pour l'Accueil des Migrants (AWAM)",
                  ["Oran, ville d'arrivee et d'installation", "Acces a l'ecole et aux soins",
                   "Travail informel dans le batiment", "Recommandations"])
    cid = "image001.png@01D6FA3B.1E8C2D90"
    html = outlook_html(text, lang="FR", img_cid=cid)
    rel = multi("related", [alt(text, "_000_DB8PR01MB5964B2D07E3A1C48_", html=html), logo(cid, (196, 90, 24),
                                                                                        "logo_awam.png")],
                "_005_DB8PR01MB5964B2D07E3A1C48_", params=[("type", '"multipart/alternative"')])
    body = multi("mixed", [rel, attach("application/pdf", pdf, M10_FILE)], "_006_DB8PR01MB5964B2D07E3A1C48_")
    m = mk(when, sent_at(when, 1, 10), "mail-db8eur01olkn2016.outbound.protection.outlook.example.com",
           "198.51.100.16", M10_QID, "Meriem Bouhadjar-Slimani <awam.oran@outlook.example.fr>", M10_SUBJ, M10_ID, body,
           extra=outlook(M10_SUBJ, "AQHW+kT3Bv5Nm7Xc9Za1Sd3Fg5Hj7Kl==", lang="fr-FR", has_attach="yes"))
    add(10, when, m, dict(category="both", language="fr", acknowledge=True, on_time=True, speakers=[
        sp("Emmanuel Ngoy Kabongo", "porte-parole", "Communauté des Congolais d'Oran (CCO)", ["open_discussion"])],
        report_attachments=[M10_FILE],
        notes="both, on time (3 February): an association sends its report and recommends a speaker 'qui n'est pas "
              "membre de notre association', so the affiliation is the community (CCO), not AWAM whose name fills "
              "the first line and the signature; 'M.' dropped; 'la discussion ouverte de la consultation du 23 "
              "février' = open discussion; 2012 is history. PDF name with an en dash (RFC 2231 + RFC 2047); the "
              "inline logo in the related part is not the report. Outlook.com, mixed > related > alternative."))


# ================================================================ 11  EN  speaker  ILO regional office recommends a trade unionist (no title yet, no roundtable number)
M11_ID = "<VI1PR0601MB2284E9A3C07D5B16@VI1PR0601MB2284.eurprd06.prod.outlook.example.com>"
M11_SUBJ = "Recommendation: Joumana Kanaan (SHCWL) as roundtable speaker"
M11_TEXT = """Dear Secretariat colleagues,

Further to the invitation circulated through the UN Network on Migration in the region, the ILO Regional Office for Arab States would like to recommend Ms. Joumana Said Kanaan of the Syndicate of Home Care Workers in Lebanon (SHCWL) as a speaker.

The SHCWL is one of very few worker-led organisations in the region that represent both Lebanese and migrant care workers, and Joumana has been central to its work on the kafala system and on the women left stranded in Beirut after the port explosion. We think she would make a strong floor intervention in one of the thematic roundtables - ideally whichever one deals with labour migration and decent work, but we leave that to you.

She has just been re-elected to the SHCWL's executive board and I am waiting to confirm her exact title; I will send it as soon as I have it.

Kind regards,
Markus Feldhaus
Technical Officer, Labour Migration
International Labour Organization - Regional Office for Arab States
Beirut, Lebanon
Tel: +961 1 000 000
"""


def m11():
    when = at("2021-02-04 10:25:33")
    body = alt(M11_TEXT, "_000_VI1PR0601MB2284E9A3C07D5B16_", html=outlook_html(M11_TEXT, lang="EN-US"))
    m = mk(when, sent_at(when, 2, 7), "mail-vi1eur06on0605.outbound.protection.outlook.example.com",
           "198.51.100.105", "4DW3Jt19PsZ6", "Markus Feldhaus <feldhaus@ilo.example.org>", M11_SUBJ, M11_ID, body,
           extra=outlook(M11_SUBJ, "AdbwBn5Cv7Xz9Lk1Jh3Gf5Ds7Ap9Oi==", lang="en-US"))
    add(11, when, m, dict(category="speaker_request", language="en", acknowledge=True, on_time=True, speakers=[
        sp("Joumana Said Kanaan", None, "Syndicate of Home Care Workers in Lebanon (SHCWL)", ["roundtable"])],
        notes="a UN agency's regional office recommends a trade unionist: no title yet ('I am waiting to confirm "
              "her exact title'; 're-elected to the executive board' is not a title), so title null; 'one of the "
              "thematic roundtables - ideally whichever one deals with labour migration' gives the role but no "
              "number; 'Ms.' dropped. The sender's title and the ILO office follow in the signature. Outlook, "
              "quoted-printable. Completed by h255-13."))


# ================================================================ 12  EN  other  the donor of 01 follows up with logistics questions
def m12():
    when = at("2021-02-04 17:55:02")
    text = """Dear colleagues,

Just following up on my message below. Two practical questions, if I may:

1. Will the roundtables on 24-25 February be held online only, or will there be an in-person component in Beirut? Lubna's passport renewal is still pending and she may not be able to travel this month.
2. Can donors follow the roundtables as observers? Two colleagues from the Trust would like to listen in - neither of us would ask for the floor.

Many thanks, and apologies if this is explained somewhere I have missed.

Best,
Helen

Helen Marwick-Oduya
Programme Officer, Middle East & North Africa
The Kestrel Trust

From: Helen Marwick-Oduya
Sent: 25 January 2021 08:14
To: gcmrrarabstates@iom.int
Cc: Lubna Haddadin <l.haddadin@masar-legal.example.jo>
Subject: Recommendation of a speaker - Dr Lubna Haddadin (MASAR)

""" + M01_TEXT
    subj = "RE: " + M01_SUBJ
    body = alt(text, "_000_LO2P265MB3120F04B6D2E8A13_", html=outlook_html(text, lang="EN-GB"))
    m = mk(when, sent_at(when, 0, 9), "mail-lo2gbr01on0612.outbound.protection.outlook.example.com",
           "198.51.100.12", "4DWJ5b82XnZ9", "Helen Marwick-Oduya <h.marwick-oduya@kestreltrust.example.org>", subj,
           "<LO2P265MB3120F04B6D2E8A13@LO2P265MB3120.GBRP265.PROD.OUTLOOK.example.com>", body,
           cc="Lubna Haddadin <l.haddadin@masar-legal.example.jo>",
           extra=[("In-Reply-To", M01_ID), ("References", M01_ID)]
           + outlook(subj, "AdbzAq4Rt7Yu1Io3Pa5Sd7Fg9Hj2KlAAgCk3Q==", lang="en-GB"))
    add(12, when, m, dict(category="other", language="en", acknowledge=True, on_time=None, thread_of=H % 1,
        notes="the donor of h255-01 answers her own sent message (In-Reply-To h255-01, 'RE:') with logistics "
              "questions (online or in person, donors as observers); the new text names the speaker by first name "
              "only ('Lubna's passport'), her full name, title and 'Roundtable II' are only in the quoted original "
              "below an Outlook 'From: / Sent:' block, so this is no new speaker request; 'neither of us would ask for the floor'. Asks something, so acknowledged."))


# ================================================================ 13  EN  speaker  the ILO officer completes 11: title + 'Roundtable III'
def m13():
    when = at("2021-02-05 08:50:19")
    text = """Dear colleagues,

As promised, a quick update on Ms. Kanaan: her title is Secretary-General of the SHCWL (she was re-elected on 2 February). Having now seen the draft programme, she would prefer Roundtable III.

She also mentioned she would be glad to help as rapporteur if you end up short of one, but that is entirely at your discretion - her request is for the roundtable.

Best regards,
Markus

Markus Feldhaus
Technical Officer, Labour Migration
ILO Regional Office for Arab States

From: Markus Feldhaus <feldhaus@ilo.example.org>
Sent: Thursday, February 4, 2021 10:25 AM
To: gcmrrarabstates@iom.int
Subject: Recommendation: Joumana Kanaan (SHCWL) as roundtable speaker

""" + M11_TEXT
    subj = "RE: " + M11_SUBJ
    body = alt(text, "_000_VI1PR0601MB22847C1D5A9E0F38_", html=outlook_html(text, lang="EN-US"))
    m = mk(when, sent_at(when, 2, 6), "mail-vi1eur06on0605.outbound.protection.outlook.example.com",
           "198.51.100.105", "4DWmV06TqDz4", "Markus Feldhaus <feldhaus@ilo.example.org>", subj,
           "<VI1PR0601MB22847C1D5A9E0F38@VI1PR0601MB2284.eurprd06.prod.outlook.example.com>", body,
           extra=[("In-Reply-To", M11_ID), ("References", M11_ID)]
           + outlook(subj, "AdbwBn5Cv7Xz9Lk1Jh3Gf5Ds7Ap9OiAB2xR4w==", lang="en-US"))
    add(13, when, m, dict(category="speaker_request", language="en", acknowledge=True, on_time=True, thread_of=H % 11,
        speakers=[sp("Joumana Said Kanaan", "Secretary-General", "Syndicate of Home Care Workers in Lebanon (SHCWL)",
                     ["roundtable"], 3)],
        notes="follow-up of h255-11 (RE:, In-Reply-To) completing the same speaker: the new text gives only 'Ms. "
              "Kanaan', the title 'Secretary-General of the SHCWL' and 'Roundtable III' (Roman numerals); her full "
              "name and the organisation's full form are only in the quoted original. The rapporteur offer is "
              "conditional ('if you end up short of one ... her request is for the roundtable'), not a role; "
              "'2 February' is the date of her re-election. Sent the morning of the speaker deadline."))


# ================================================================ 14  AR  speaker  Kuwaiti union committee, after midnight in Kuwait but before midnight in Beirut
def m14():
    when = at("2021-02-05 23:41:37")
    subj = "ترشيح متحدثة من العاملات المنزليات"
    text = """مساء الخير،

أعتذر عن الإرسال في هذا الوقت المتأخر، توني طالع من اجتماع اللجنة وحبيت ألحق الموعد.

نحن في لجنة العمالة الوافدة باتحاد نقابات العاملين في القطاع الخاص بالكويت نوصي بترشيح الأخت Maria Lourdes Bautista، منسقة لجنة الدعم المتبادل في رابطة كابايان للعاملات المنزليات في الكويت. هي عاملة منزلية فلبينية تعيش في الكويت من 14 سنة، وكان لها دور كبير خلال الجائحة في إيواء العاملات اللي تركوا بيوت الكفلاء وإيصال المساعدات لهن.

نرشحها لمداخلة في الجلسة العامة، وإذا ما كان فيه مجال، في المائدة المستديرة الأولى.

تتكلم إنجليزي وتاغالوغ وشوية عربي، فتحتاج ترجمة.

رقمها على الواتساب: +965 0000 0000

تحياتي،
بدر سعود العنزي
أمين سر لجنة العمالة الوافدة
اتحاد نقابات العاملين في القطاع الخاص – الكويت
"""
    body = alt(text, "0000000000009e4c7105baa3d18f", html=android_html(text), b64=True)
    m = mk(when, sent_at(when, 3, 6), "mail-lj1-f181.google.example.com", "192.0.2.181", "4DX5qM30GhZ2",
           addr("Bader Alenezi", "bader.alenezi.kw@gmail.example.com"), hdr(subj),
           "<CAN4xB8Tq2vR7kM+p5Zw3Lf9cY1dHs6gJn2@mail.gmail.example.com>", body)
    add(14, when, m, dict(category="speaker_request", language="ar", acknowledge=True, on_time=True, speakers=[
        sp("Maria Lourdes Bautista", "منسقة لجنة الدعم المتبادل", "رابطة كابايان للعاملات المنزليات في الكويت",
           ["plenary", "roundtable"], 1)],
        notes="deadline edge: the Date header reads 'Sat, 6 Feb 2021 00:41 +0300' (Kuwait) but it is 23:41 on Friday "
              "5 February in Beirut, so on time. A union committee recommends a Filipino domestic worker whose name "
              "is written in Latin script inside the Arabic text ('الأخت' dropped); the sender's own committee title "
              "and union follow; plenary first and 'المائدة المستديرة الأولى' as the second choice (ordinal word); "
              "Gulf colloquial touches; the need for interpretation is not a role. Gmail on Android, base64."))


# ================================================================ 15  EN  speaker  Nepali workers' forum in Doha: the general secretary proposes himself and a colleague, late
def m15():
    when = at("2021-02-07 19:10:33")
    subj = "Speaking request - SWWFQ (2 persons)"
    text = """Dear Sir/Madam,

Good evening. Our embassy shared the invitation with us only on Friday night, so I am sorry this comes after the date.

Our chairman Mr. Hari Prasad Bhattarai asked me to write on behalf of the Forum. We would like to request two speaking slots:

- myself, for a floor intervention in the plenary session, about the recruitment fees our members pay in Nepal before departure and the wage theft that follows; and
- my colleague Ms. Sunita Gurung Thapa, our Women's Desk Coordinator, for roundtable four. Sunita worked as a domestic worker in Doha for six years before she joined the Forum, and she now runs our helpline for women workers.

Mr. Bhattarai himself will not be able to attend.

We can both join online from Doha. Please let me know if anything else is needed.

Thank you and regards,

Bikash Raj Adhikari
General Secretary
Sagarmatha Workers' Welfare Forum Qatar (SWWFQ)
Doha, Qatar
+974 0000 0000

Sent from my iPhone
"""
    body = leaf("text/plain", text, "us-ascii", "7bit")
    m = mk(when, sent_at(when, 3, 12), "mr85p00im-hyfv06011401.me.example.com", "198.51.100.190", "4DYc2Fk84Wz3",
           "Bikash Adhikari <bikash.adhikari@icloud.example.com>", subj,
           "<3A7E9C21-5B4D-4F06-8E1A-C2D9F0B6E835@icloud.example.com>", body, extra=[("X-Mailer", IPHONE)])
    swwfq = "Sagarmatha Workers' Welfare Forum Qatar (SWWFQ)"
    add(15, when, m, dict(category="speaker_request", language="en", acknowledge=True, on_time=False, speakers=[
        sp("Bikash Raj Adhikari", "General Secretary", swwfq, ["plenary"]),
        sp("Sunita Gurung Thapa", "Women's Desk Coordinator", swwfq, ["roundtable"], 4)],
        notes="the one sender who is a speaker: he proposes 'myself' and a colleague; his name and title are only in "
              "the signature (the From name is shorter) and the Forum's full name and acronym only there; the "
              "chairman who 'asked me to write' is not a speaker; 'roundtable four' in words; 'Ms.' dropped. Late "
              "(7 February, the sender knows it); iPhone, 7bit plain text; Date in UTC+3."))


# ================================================================ 16  AR  other  a doctoral student in Baghdad only wants to attend
def m16():
    when = at("2021-02-09 11:20:40")
    subj = "طلب حضور بصفة مراقب"
    text = """السلام عليكم

أنا الباحث مصطفى كريم الساعدي، طالب دكتوراه في علم الاجتماع بجامعة بغداد، وأعدّ أطروحتي عن هجرة الشباب العراقيين إلى أوروبا بعد عام 2015 وعودة بعضهم. نصحني المشرف على رسالتي، الأستاذ الدكتور جبار عودة الربيعي، بمتابعة أعمال الاستعراض الإقليمي للاتفاق العالمي، لأنها فرصة نادرة للاستماع إلى آراء المنظمات والحكومات في المنطقة.

لذلك أرجو التفضل بتسجيلي لحضور المؤتمر يومي 24 و25 شباط بصفة مراقب أو مستمع فقط، عن بُعد. لا أرغب في إلقاء أي مداخلة، ولا أمثل أي منظمة.

وإذا كان التسجيل يتم عبر رابط خاص، فأرجو إرساله إلى هذا البريد.

مع الشكر والتقدير
مصطفى كريم الساعدي
طالب دكتوراه – قسم علم الاجتماع، كلية الآداب، جامعة بغداد

Sent from Yahoo Mail on Android
"""
    body = alt(text, "----=_Part_2047713_1164829051.1612862436218", html=yahoo_html(text, rtl=True))
    m = mk(when, sent_at(when, 3, 4), "sonic307-21.consmr.mail.ne1.yahoo.example.com", "198.51.100.207",
           "4DZrL94QcXz8", addr("مصطفى الساعدي", "mustafa.alsaadi88@yahoo.example.com"), hdr(subj),
           "<1612862436219.2047714@mail.yahoo.example.com>", body, extra=[("X-Mailer", YAHOO)])
    add(16, when, m, dict(category="other", language="ar", acknowledge=True, on_time=None,
        notes="someone who only wants to attend as an observer ('لا أرغب في إلقاء أي مداخلة، ولا أمثل أي منظمة'): "
              "the first line and the signature give his name, title and university like a self-nomination, and "
              "his supervisor 'الأستاذ الدكتور' recommended that he attend, not speak. No speaker. Yahoo on "
              "Android, quoted-printable; Date in UTC+3."))


# ================================================================ 17  FR  other  thank-you to our acknowledgement of 10
def m17():
    when = at("2021-02-09 15:02:10")
    ack = ack_mid(M10_QID)
    quoted = ack_fr(M10_SUBJ, "de votre rapport volontaire et de votre proposition d'intervenant")
    text = """Bonjour,

Bien reçu, merci beaucoup. J'ai transmis votre message à M. Ngoy Kabongo, qui vous remercie également.

Bonne journée,
Meriem
AWAM – Oran

________________________________
De : GCM Regional Review Arab States <gcmrrarabstates@iom.int>
Envoyé : mercredi 3 février 2021 15:41
À : awam.oran@outlook.example.fr <awam.oran@outlook.example.fr>
Objet : Acknowledgement of receipt - %s

%s
""" % (M10_SUBJ, quoted)
    subj = "RE: Acknowledgement of receipt - " + M10_SUBJ
    body = alt(text, "_000_DB8PR01MB59646E1A0C2B7D93_", html=outlook_html(text, lang="FR"))
    m = mk(when, sent_at(when, 1, 8), "mail-db8eur01olkn2016.outbound.protection.outlook.example.com",
           "198.51.100.16", "4DZwC17MbRz5", "Meriem Bouhadjar-Slimani <awam.oran@outlook.example.fr>", subj,
           "<DB8PR01MB59646E1A0C2B7D93@DB8PR01MB5964.eurprd01.prod.exchangelabs.example.com>", body,
           extra=[("In-Reply-To", ack), ("References", M10_ID + " " + ack)]
           + outlook(subj, "AQHW+kT3Bv5Nm7Xc9Za1Sd3Fg5Hj7KlAIA8k2Q==", lang="fr-FR"))
    add(17, when, m, dict(category="other", language="fr", acknowledge=False, on_time=None, thread_of=H % 10,
        notes="thank-you answering our acknowledgement of h255-10 (References name h255-10): adds nothing new, so no "
              "acknowledgement; it names the recommended speaker again ('M. Ngoy Kabongo') and the quoted "
              "acknowledgement mentions a report and a speaker, but nothing is sent or proposed. Outlook.com "
              "reply with a French header block under a rule."))


# ================================================================ 18  FR  report  collective report with a separate cover letter
M18_FILES = ["Lettre_accompagnement_CEME.pdf", "Rapport collectif CEME – Examen régional PMM 2021.pdf"]


def m18():
    when = at("2021-02-10 10:45:03")
    subj = "Rapport collectif – Collectif Ensemble pour la Mobilité Équitable (CEME)"
    text = """Madame, Monsieur,

Le Collectif Ensemble pour la Mobilité Équitable (CEME), qui regroupe douze associations marocaines et subsahariennes actives à Rabat, Casablanca, Oujda et Tanger, a le plaisir de vous adresser son rapport collectif pour l'examen régional du Pacte mondial.

Vous trouverez en pièces jointes :
- notre lettre d'accompagnement, signée par les associations membres ;
- le rapport lui-même (28 pages), qui traite de l'accès aux soins et à l'école, de ce qui reste aujourd'hui des opérations de régularisation de 2014 et 2017, et de la situation des ouvrières saisonnières parties à Huelva.

L'une de nos associations membres, Bayti Migrante (Oujda), nous a fait savoir qu'elle vous écrirait directement au sujet d'une intervention ; le CEME, en tant que collectif, ne propose pas d'intervenant.

Nous restons disponibles pour toute question.

Salutations solidaires,

Ilham Tazi-Mokha
pour le Secrétariat du CEME
Rabat
"""
    letter = make_pdf(["Collectif Ensemble pour la Mobilite Equitable (CEME) - Rabat, le 9 fevrier 2021",
                       "Objet : transmission du rapport collectif", "Signataires : 12 associations membres",
                       "(liste et signatures)"])
    rep = rep_pdf("Rapport collectif du CEME", "Collectif Ensemble pour la Mobilite Equitable (CEME)",
                  ["Acces aux soins et a l'ecole", "Les regularisations de 2014 et 2017",
                   "Ouvrieres saisonnieres a Huelva", "Recommandations"])
    body = multi("mixed", [leaf("text/plain", text, "utf-8", "quoted-printable"),
                           attach("application/pdf", letter, M18_FILES[0]),
                           attach("application/pdf", rep, M18_FILES[1])],
                 "=_b7e41c09a3d25f86e0c1d4a7b93f5e28")
    m = mk(when, sent_at(when, 1, 7), "webmail.ceme-maroc.example.ma", "203.0.113.144", "4F0Aq73NvLz6",
           "Ilham Tazi-Mokha <secretariat@ceme-maroc.example.ma>", hdr(subj, enc="Q"),
           "<b1f37d2e94c0a85b6e72d1c4039f8a61@ceme-maroc.example.ma>", body, extra=[("User-Agent", ROUNDCUBE)])
    add(18, when, m, dict(category="voluntary_report", language="fr", acknowledge=True, on_time=True,
        report_attachments=[M18_FILES[1]],
        notes="collective report with a separate cover letter: only the report PDF (en dash and accent in its name, "
              "RFC 2231 + RFC 2047) is listed, not 'Lettre_accompagnement_CEME.pdf'; a member association 'vous "
              "écrirait directement au sujet d'une intervention' and the collective 'ne propose pas d'intervenant', "
              "so no speaker; 2014 and 2017 are years of regularisation. Roundcube, text/plain quoted-printable."))


# ================================================================ 19  FR  report  a professor sends her students' report; a conditional word for one of them
M19_ID = "<CAFr6Lb2Wq8tN4xP+k9Vm1Zc7sD3hYg5jQ8@mail.gmail.example.com>"
M19_SUBJ = "Rapport volontaire – étudiants du Master Migrations et Sociétés (FLSH Sousse)"
M19_QID = "4F0t2Kd95RpZ"
M19_FILE = "Rapport_volontaire_Master_MS_Sousse_février2021.docx"
M19_TEXT = """Bonjour,

En tant que responsable du Master professionnel « Migrations et Sociétés » de la Faculté des lettres et des sciences humaines de Sousse, je vous transmets le rapport volontaire rédigé par les étudiantes et étudiants de deuxième année dans le cadre de leur atelier de recherche appliquée.

Le rapport s'appuie sur une trentaine d'entretiens menés en novembre et décembre derniers avec des jeunes de Sousse, Monastir et Kairouan revenus d'Italie ou de France, ainsi qu'avec des travailleurs ivoiriens et camerounais employés dans l'hôtellerie de la côte. Il est le fruit d'un travail collectif et n'engage pas l'Université.

Je sais que l'appel à intervenants est clos ; mais si une place venait à se libérer pour une jeune voix lors des tables rondes, je recommanderais sans hésiter Yasmine Gharbi, qui a coordonné la rédaction. Je le mentionne à toutes fins utiles.

Bien cordialement,

Leïla Ben Amor
Maître de conférences en sociologie
Responsable du Master « Migrations et Sociétés »
FLSH Sousse
"""


def m19():
    when = at("2021-02-11 18:22:15")
    doc = make_docx(["Rapport volontaire - Examen regional du Pacte mondial sur les migrations",
                     "Master professionnel Migrations et Societes, FLSH Sousse (promotion 2020-2021)",
                     "1. Methode : 31 entretiens", "2. Les jeunes revenus d'Italie et de France",
                     "3. Travailleurs ivoiriens et camerounais dans l'hotellerie", "4. Recommandations"])
    a = alt(M19_TEXT, "000000000000d4b81f05bb1e9a37", html=gmail_html(M19_TEXT))
    body = multi("mixed", [a, attach(DOCX, doc, M19_FILE)], "000000000000d4b82105bb1e9a39")
    m = mk(when, sent_at(when, 1, 8), "mail-wm1-f49.google.example.com", "192.0.2.149", M19_QID,
           "Leila Ben Amor <leila.benamor.flshs@gmail.example.com>", hdr(M19_SUBJ, enc="Q"), M19_ID, body)
    add(19, when, m, dict(category="voluntary_report", language="fr", acknowledge=True, on_time=True,
        report_attachments=[M19_FILE],
        notes="a professor sends a report written by her master's students: report only, because the recommendation "
              "of a student is conditional ('si une place venait à se libérer ... je recommanderais', 'à toutes fins "
              "utiles') and gives neither title nor role; the sender's own title and programme follow. DOCX name "
              "with 'é' (RFC 2231 + RFC 2047); Gmail. Replaced by a corrected version in h255-21."))


# ================================================================ 20  AR  both  Aden foundation: report on time, two recommended speakers late, a CV attached
M20_FILES = ["التقرير الطوعي - مؤسسة فجر عدن 2021.pdf", "السيرة الذاتية - د. هدى باشراحيل.pdf"]


def m20():
    when = at("2021-02-12 12:05:33")
    subj = "التقرير الطوعي لمؤسسة فجر للتنمية المجتمعية + ترشيحات"
    text = """الإخوة والأخوات في أمانة الاستعراض الإقليمي للاتفاق العالمي بشأن الهجرة،
تحية طيبة وبعد،

نرسل إليكم مرفقاً التقرير الطوعي لمؤسسة فجر للتنمية المجتمعية في عدن، ويتناول أوضاع المهاجرين القادمين من القرن الأفريقي عبر سواحل شبوة ولحج، والنازحين داخلياً في عدن، والعائدين من المملكة العربية السعودية بعد تشديد إجراءات الإقامة.

ونعلم أن موعد طلبات المداخلات انتهى في الخامس من فبراير، لكننا نأمل إن أمكن أن تنظروا في مشاركة شخصين نوصي بهما، أولهما من خارج مؤسستنا:

• الدكتورة هدى عبد الله باشراحيل، أستاذة مشاركة في قسم علم الاجتماع بجامعة عدن، وقد أشرفت على المسح الميداني الذي بُني عليه التقرير، لمداخلة في المائدة المستديرة الرابعة.
• الأستاذ وضاح أحمد اليافعي، منسق وحدة الحماية في مؤسسة فجر للتنمية المجتمعية، للمشاركة في النقاش المفتوح للمشاورة يوم 23 فبراير.

ومرفق أيضاً السيرة الذاتية للدكتورة هدى.

مع خالص الشكر والتقدير،

نبيل سالم بن بريك
المدير التنفيذي
مؤسسة فجر للتنمية المجتمعية – عدن، اليمن
"""
    rep = rep_pdf("Voluntary GCM review report (Arabic)", "Fajr Foundation for Community Development, Aden",
                  ["Migrants from the Horn of Africa on the Shabwa and Lahj coasts", "Internally displaced in Aden",
                   "Returnees from Saudi Arabia", "Recommendations"])
    cv = make_pdf(["Curriculum vitae", "Dr Huda Abdullah Basharahil",
                   "Associate Professor, Department of Sociology, University of Aden"])
    a = alt(text, "----=_Part_3318402_702615943.1612778727415", html=yahoo_html(text, rtl=True), b64=True)
    body = multi("mixed", [a, attach("application/pdf", rep, M20_FILES[0]),
                           attach("application/pdf", cv, M20_FILES[1])],
                 "----=_Part_3318401_1420977530.1612778727414")
    m = mk(when, sent_at(when, 3, 9), "sonic314-19.consmr.mail.ir2.yahoo.example.com", "198.51.100.214",
           "4F1Pn58GdWz2", addr("مؤسسة فجر للتنمية المجتمعية", "fajr.aden@yahoo.example.com"), hdr(subj),
           "<1612778727416.3318403@mail.yahoo.example.com>", body, extra=[("X-Mailer", YAHOO)])
    add(20, when, m, dict(category="both", language="ar", acknowledge=True, on_time=False, speakers=[
        sp("هدى عبد الله باشراحيل", "أستاذة مشاركة في قسم علم الاجتماع", "جامعة عدن", ["roundtable"], 4),
        sp("وضاح أحمد اليافعي", "منسق وحدة الحماية", "مؤسسة فجر للتنمية المجتمعية", ["open_discussion"])],
        report_attachments=[M20_FILES[0]],
        notes="'both' on 12 February: the report is on time but the two speakers come after the speaker deadline "
              "(the sender says so), so on_time false. Two speakers in bullets, the first from outside the "
              "foundation (a university, 'الدكتورة' dropped), the second its own staff ('الأستاذ' dropped); "
              "'المائدة المستديرة الرابعة' = 4 in words. Two Arabic-named PDFs: the report is listed, the CV "
              "(with 'د.' in its name) is not. The signer (executive director) is not a speaker. Yahoo, base64; "
              "Date in UTC+3."))


# ================================================================ 21  FR  report  corrected version of 19, answering our acknowledgement
def m21():
    when = at("2021-02-15 09:30:47")
    ack = ack_mid(M19_QID)
    quoted = ack_fr(M19_SUBJ, "de votre rapport volontaire")
    text = """Bonjour,

Suite à votre accusé de réception, je me permets de vous envoyer une version corrigée de notre rapport : deux tableaux comportaient des erreurs de pourcentages et la bibliographie était incomplète. Merci de bien vouloir remplacer le fichier envoyé le 11 février par celui-ci.

Avec mes excuses pour ce double envoi,

Leïla Ben Amor

Le jeu. 11 févr. 2021 à 17:22, GCM Regional Review Arab States <gcmrrarabstates@iom.int> a écrit :

""" + gt(quoted) + "\n"
    fname = "Rapport_volontaire_Master_MS_Sousse_février2021_v2_corrigé.docx"
    doc = make_docx(["Rapport volontaire - Examen regional du Pacte mondial sur les migrations (version corrigee)",
                     "Master professionnel Migrations et Societes, FLSH Sousse (promotion 2020-2021)",
                     "1. Methode : 31 entretiens", "2. Les jeunes revenus d'Italie et de France",
                     "3. Travailleurs ivoiriens et camerounais dans l'hotellerie", "4. Recommandations",
                     "Bibliographie"])
    a = alt(text, "000000000000e81c4a05bb5f2d06", html=gmail_html(text))
    body = multi("mixed", [a, attach(DOCX, doc, fname)], "000000000000e81c4c05bb5f2d08")
    subj = "Re: Acknowledgement of receipt - " + M19_SUBJ
    m = mk(when, sent_at(when, 1, 9), "mail-wm1-f49.google.example.com", "192.0.2.149", "4F2mW30HxKz7",
           "Leila Ben Amor <leila.benamor.flshs@gmail.example.com>", hdr(subj, enc="Q"),
           "<CAFr6Lb3Xn1vP7yQ+m2Wk8Zd4tE6jRh9bS0@mail.gmail.example.com>", body,
           extra=[("In-Reply-To", ack), ("References", M19_ID + " " + ack)])
    add(21, when, m, dict(category="voluntary_report", language="fr", acknowledge=True, on_time=True,
        report_attachments=[fname], thread_of=H % 19,
        notes="corrected version of the report of h255-19, sent as a reply to our acknowledgement (References name "
              "h255-19) and asking to replace the first file: a new report submission (acknowledged), on time; "
              "only the new DOCX (two accented letters in its name) is listed. The quoted acknowledgement is "
              "'>'-quoted under a Gmail 'a écrit' line; the conditional recommendation of h255-19 is not repeated."))


# ================================================================ 22  EN  report  a donor forwards its partner's report the morning after the deadline
M22_ID = "<PR2PR08MB47213A9E6C0D1B74@PR2PR08MB4721.eurprd08.prod.outlook.example.com>"
M22_SUBJ = "Voluntary GCM report of the Akkar Returnees' Support Network (sent on their behalf)"
M22_QID = "4F4Dz81KwQz5"
M22_FILE = "ARSN - Voluntary GCM Review Report (final).pdf"
M22_CC = "Fadi Merhi <fadi.merhi@arsn-akkar.exmaple.org>"


def m22():
    when = at("2021-02-17 08:40:12")
    text = """Dear GCM Regional Review team,

I am sending the attached voluntary review report on behalf of our partner, the Akkar Returnees' Support Network (ARSN). Their coordinator tried to send it to you on Monday evening, but their mail server rejected the attachment and they forwarded it to me instead. I only picked it up this morning, so I realise it now reaches you after the deadline, for which I apologise - the delay is entirely on our side, not theirs.

The report was written by ARSN; CareBridge International only funded the consultations it draws on (in Halba, Bebnine and Wadi Khaled, with Syrian refugees who went back to Syria and returned, and with Lebanese families who have relatives abroad). Questions on the content should go to Fadi Merhi at ARSN, who is copied.

Kind regards,

Rachel Whitcombe
Grants Manager, Lebanon Programme
CareBridge International
Beirut
"""
    rep = rep_pdf("Voluntary GCM review report", "Akkar Returnees' Support Network (ARSN), North Lebanon",
                  ["Consultations in Halba, Bebnine and Wadi Khaled", "Refugees who went back and returned",
                   "Lebanese families with relatives abroad", "Recommendations"])
    a = alt(text, "_000_PR2PR08MB47213A9E6C0D1B74_", html=outlook_html(text, lang="EN-GB"))
    body = multi("mixed", [a, attach("application/pdf", rep, M22_FILE)], "_004_PR2PR08MB47213A9E6C0D1B74_")
    m = mk(when, sent_at(when, 2, 10), "mail-pr2fra08on0618.outbound.protection.outlook.example.com",
           "198.51.100.118", M22_QID, "Rachel Whitcombe <r.whitcombe@carebridge-intl.example.org>", M22_SUBJ,
           M22_ID, body, cc=M22_CC,
           extra=outlook(M22_SUBJ, "AdcFa8Lm2Nb4Vc6Xz8Qw0Er2Ty4Ui6Op==", lang="en-GB", has_attach="yes"))
    add(22, when, m, dict(category="voluntary_report", language="en", acknowledge=True, on_time=False,
        report_attachments=[M22_FILE],
        notes="a donor forwards its partner's report the morning after the report deadline (17 February, 08:40): "
              "late although the partner tried on Monday (15 February) and the sender blames herself; the sender "
              "is not the author, and the partner's coordinator in Cc is named with his organisation, but no "
              "speaker is proposed. PDF name with spaces, a dash and brackets. Outlook. The Cc address has a "
              "mistyped domain and the copy of our acknowledgement bounces (h255-23)."))


# ================================================================ 23  EN  bounce  the Cc copy of our acknowledgement of 22: domain not found
def m23():
    when = at("2021-02-17 08:40:31")
    text = POSTFIX_NOTICE + """
<fadi.merhi@arsn-akkar.exmaple.org>: Host or domain name not found. Name service
    error for name=arsn-akkar.exmaple.org type=AAAA: Host not found
"""
    dsn = ("Reporting-MTA: dns; mx1.iom.int\n"
           "X-Postfix-Queue-ID: 4F4F0b2LtVz9\n"
           "X-Postfix-Sender: rfc822; gcmrrarabstates@iom.int\n"
           "Arrival-Date: %s\n\n"
           "Final-Recipient: rfc822; fadi.merhi@arsn-akkar.exmaple.org\n"
           "Original-Recipient: rfc822;fadi.merhi@arsn-akkar.exmaple.org\n"
           "Action: failed\n"
           "Status: 5.4.4\n"
           "Diagnostic-Code: X-Postfix; Host or domain name not found. Name service error for\n"
           "    name=arsn-akkar.exmaple.org type=AAAA: Host not found\n"
           % rfcdate(when - dt.timedelta(seconds=3), "EET"))
    hdrs = ("Return-Path: <gcmrrarabstates@iom.int>\n"
            "From: GCM Regional Review Arab States <gcmrrarabstates@iom.int>\n"
            "To: Rachel Whitcombe <r.whitcombe@carebridge-intl.example.org>\n"
            "Cc: %s\n"
            "Subject: Acknowledgement of receipt - %s\n"
            "Date: %s\n"
            "Message-ID: %s\n"
            "In-Reply-To: %s\n"
            "References: %s\n" % (M22_CC, M22_SUBJ, rfcdate(when - dt.timedelta(seconds=6)), ack_mid(M22_QID),
                                  M22_ID, M22_ID))
    body = dsn_report(text, dsn, hdrs, "4F4F0d6PmXz1.1613544031/mx1.iom.int")
    rows = [("Return-Path", "<>"), ("Delivered-To", "gcmrrarabstates@iom.int"),
            ("Received", "by mx1.iom.int (Postfix)\r\n\tid 4F4F0d6PmXz1; %s" % rfcdate(when, "EET")),
            ("Date", rfcdate(when, "EET")),
            ("From", "MAILER-DAEMON@mx1.iom.int (Mail Delivery System)"),
            ("Subject", "Undelivered Mail Returned to Sender"),
            ("To", "gcmrrarabstates@iom.int"),
            ("Auto-Submitted", "auto-replied"),
            ("Message-Id", "<20210217064031.4F4F0d6PmXz1@mx1.iom.int>")]
    add(23, when, top(body, rows), dict(category="bounce", language="en", acknowledge=False, on_time=None,
        notes="Postfix DSN (5.4.4, host or domain name not found: 'exmaple') for the Cc copy of our acknowledgement "
              "of h255-22; the returned headers carry h255-22's subject about a voluntary report and a person's "
              "name in the Cc. Never acknowledge; thread_of null as for dev bounces."))


# ================================================================ 24  AR  other  a retired ambassador's suggestion, after the deadline
def m24():
    when = at("2021-02-18 10:15:20")
    subj = "اقتراح بخصوص المتحدثين"
    text = """تحية طيبة،

قرأت عن الاستعراض الإقليمي للاتفاق العالمي للهجرة الذي ستعقدونه هذا الشهر، وخطرت لي فكرة أحببت أن أشارككم إياها، لا أكثر.

لعله من المفيد أن تفكروا في دعوة الدكتور شريف نبيل الحناوي، مدير مرصد الهجرة والتنقل بكلية الاقتصاد والعلوم السياسية في جامعة القاهرة، فهو من أكثر الباحثين المصريين معرفة بملف العمالة المصرية في ليبيا والخليج، وله دراسات ميدانية مهمة عن العائدين من ليبيا بعد 2014، ويمكن أن يثري أي جلسة عامة.

لم أحدّثه في الأمر، ولا أعرف إن كان وقته يسمح، وأعلم أن باب الترشيحات ربما أُغلق، فاعتبروا رسالتي مجرد اقتراح.

مع أطيب التمنيات بالتوفيق،

السفير أحمد توفيق المنياوي
مساعد وزير الخارجية الأسبق

أُرسلت من الـiPad الخاص بي
"""
    body = leaf("text/plain", text, "utf-8", "quoted-printable")
    m = mk(when, sent_at(when, 2, 5), "mr85p00im-zteg06021601.me.example.com", "198.51.100.191", "4F4yK69TdNz2",
           addr("أحمد المنياوي", "a.elminiawy@icloud.example.com"), hdr(subj),
           "<91C4E2B7-6F3A-4D58-A0E1-7B2D9C5F8E46@icloud.example.com>", body, extra=[("X-Mailer", IPAD)])
    add(24, when, m, dict(category="other", language="ar", acknowledge=True, on_time=None,
        notes="a suggestion, not a request: 'لعله من المفيد أن تفكروا في دعوة الدكتور ...' with the man's title, "
              "observatory, university and even 'أي جلسة عامة', but 'لم أحدّثه في الأمر' and 'اعتبروا رسالتي مجرد "
              "اقتراح'; the signer's 'السفير' and former post sit right under it. No speaker; a person wrote it, so "
              "acknowledged. iPad, text/plain quoted-printable; Date in UTC+2 (Cairo)."))


def main():
    for f in (m01, m02, m03, m04, m05, m06, m07, m08, m09, m10, m11, m12, m13, m14, m15, m16, m17, m18, m19,
              m20, m21, m22, m23, m24):
        f()
    SET.write()


if __name__ == "__main__":
    main()
