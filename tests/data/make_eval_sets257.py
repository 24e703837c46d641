#!/usr/bin/env python3
"""Write the blind evaluation set holdout257 (24 raw .eml messages + labels.json).

Deterministic, standard library only:  python3 tests/data/make_eval_sets257.py
Theme: anti-racism, xenophobia and hate speech (25 January - 17 February 2021).  A Sudanese youth volunteer in Cairo
asking, angrily, whether the review will address racism at all; a collective of Black Tunisians in Medenine sending
a report with a very long title (then questions in reply to our acknowledgement); an Amman observatory of online
hate speech proposing its 'منسق الرصد' and a data analyst (then a thank-you); a Beirut community football club
fighting racist chants in stadiums (roles and roundtable in words; a coach added a week later as a reply); a
media-monitoring observatory's report with a signed cover letter; an interfaith dialogue centre sending a report, a
speaker and a brochure (its autoresponder answers our acknowledgement); a collective of sub-Saharan residents of Sfax
proposing its 'porte-parole' for 'table ronde IV' (his out-of-office follows); a Tunisian lawyer who pleaded the
first racism case under law 2018-50, writing for herself only; a Mauritanian initiative proposing a 'chargée de
plaidoyer' as rapporteur in an HTML-only mail sent at 15:55 GMT; an Oujda association whose Date header says Friday
23:31 (+01:00) but which reached Beirut after midnight, and whose full mailbox bounces our acknowledgement; a
student who only wants to attend; an Ivorian slam poet asking, late, for 'a few minutes' without any role; a
Lebanese anti-racism network whose report is replaced by its final version; an Ethiopian photographer asking about an
exhibition; migrant artists in Rabat sending a report and two speakers a week late; a Kuwait network's report at
00:52 Kuwait time (on time in Beirut); and a pleading late report from Oran.  Helpers from mailgen.py.
"""
import datetime as dt

from mailgen import (EvalSet, DOCX, POSTFIX_NOTICE, addr, alt, at, attach, dsn_report, esc, flowed, gmail_html, hdr,
                     html_only, leaf, make_docx, make_png, mk, multi, re_hdr, rep_pdf, rfcdate, sent_at, sp,
                     std_rows, top)
from mailgen import outlook_html, outlook_rows as outlook
from mailgen import quote_block as gt, ack_id as ack_mid, logo

SET = EvalSet(257)
add = SET.add
H = "h257-%02d.eml"

TB = "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:78.0) Gecko/20100101 Thunderbird/78.7.1"
IPHONE = "iPhone Mail (18D52)"
APPLE = "Apple Mail (2.3654.60.0.2.21)"
YAHOO = "WebService/1.1.17648 YMailNorrin"
YAHOO_ANDROID = "WebService/1.1.17712 YahooMailAndroidMobile"
ROUNDCUBE = "Roundcube Webmail/1.4.11"
HORDE = "Horde Application Framework 5"

ACK_EN = "Acknowledgement of receipt - "
ACK_FR = "Accusé de réception - "
ACK_AR = "إشعار استلام - "


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


def yahoo_html(text):
    lines = "".join('<div dir="ltr" data-setdir="false">%s</div>' % (esc(x) if x else "<br>")
                    for x in text.rstrip("\n").split("\n"))
    return ('<html><head></head><body><div class="ydp3c91d0a2yahoo-style-wrap" style="font-family:Helvetica Neue, '
            'Helvetica, Arial, sans-serif;font-size:13px;">%s</div></body></html>\n' % lines)


def roundcube_html(text, rtl=False):
    d = ' dir="rtl"' if rtl else ""
    paras = "".join("<p%s>%s</p>" % (d, esc(p).replace("\n", "<br />")) for p in text.strip("\n").split("\n\n"))
    return ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8" /></head>'
            '<body style="font-size: 10pt; font-family: Verdana,Geneva,sans-serif">%s</body></html>\n' % paras)


def exch_ooo(when, host, ip, qid, sender, mid, subject, topic, orig_id, ack, lang, delay):
    """Headers of an Exchange out-of-office answering our acknowledgement of a message (localised subject)."""
    rows = std_rows(when, host, ip, qid, sender, subject, rfcdate(sent_at(when, *delay)), mid,
                    extra=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")], ret="")
    rows = [(k, "<>" if k == "Return-Path" else v) for k, v in rows]
    loop = str(sender).split("<")[-1].rstrip(">")
    return rows + [("In-Reply-To", ack), ("References", orig_id + " " + ack), ("Thread-Topic", topic),
                   ("Content-Language", lang), ("X-MS-Exchange-Inbox-Rules-Loop", loop)]


def our_ack_ar(subject, what):
    return """تحية طيبة،

تؤكد أمانة الاستعراض الإقليمي للاتفاق العالمي من أجل الهجرة في المنطقة العربية استلام رسالتكم «%s»، بما فيها %s، وسنتواصل معكم لاحقاً بشأن برنامج الاستعراض.

أمانة الاستعراض الإقليمي للاتفاق العالمي من أجل الهجرة - المنطقة العربية""" % (subject, what)


def our_ack_fr(subject, what):
    return """Bonjour,

Le secrétariat de l'examen régional du Pacte mondial sur les migrations (région arabe) a bien reçu votre message « %s » ainsi que %s. Nous reviendrons vers vous au sujet du programme.

Secrétariat de l'examen régional du PMM – région arabe""" % (subject, what)


def our_ack_hdrs(to, subject, when, qid, orig_id):
    """The headers of our acknowledgement as a bounce returns them (encoded subject)."""
    return ("Return-Path: <gcmrrarabstates@iom.int>\n"
            "From: GCM Regional Review Arab States <gcmrrarabstates@iom.int>\n"
            "To: %s\n"
            "Subject: %s\n"
            "Date: %s\n"
            "Message-ID: %s\n"
            "In-Reply-To: %s\n"
            "References: %s\n" % (to, subject, rfcdate(when), ack_mid(qid), orig_id, orig_id))


# ================================================================ 01  EN  other  Sudanese youth in Cairo: will the review address racism at all?
def m01():
    when = at("2021-01-25 10:14:22")
    subj = "Will the regional review talk about racism at all?"
    text = """Hello,

I will be direct, because we are tired of writing polite letters.

I read your invitation twice, in English and in Arabic. It talks about labour mobility, remittances, regular pathways, data and cooperation. It does not use the word racism once. Not once. Xenophobia and hate speech are not there either, unless I missed them in the French version.

I am one of the volunteers of a small group of young Sudanese and South Sudanese women and men in Cairo. Every one of us has been called "ya samara", "chocolata" or worse, in the street, in the microbus, at the hospital. Last autumn, after a Sudanese boy was killed in Ard El Lewa, TikTok and Facebook filled up with videos laughing at our people and telling us to go back where we came from. We saved and documented more than 300 of those posts and comments. No official body has ever asked us about them.

So my question is simple. Will this regional review address racism, xenophobia and hate speech against migrants: yes or no? Is there a roundtable, a session, even one paragraph of the outcome where this will be discussed?

If the answer is yes, we will write a voluntary report with what we documented, and maybe one of us will ask to speak. If the answer is no, please tell us honestly, so we don't spend our evenings on another report that nobody reads.

Thank you for reading until the end.

Nafisa Arbab
Kandaka Youth Initiative - Cairo
(volunteers, no office, no budget)
"""
    body = alt(text, "000000000000e8d41a05b9b7c3f1", html=gmail_html(text))
    m = mk(when, sent_at(when, 2, 6), "mail-wm1-f54.google.example.com", "192.0.2.54", "4DPQ1w3XkRz7",
           "Nafisa Arbab <nafisa.arbab.kandaka@gmail.example.com>", subj,
           "<CAF7kQz2Wd9nR4vX+t6Mb1Ls8pH3cYg5eJ0@mail.gmail.example.com>", body)
    add(1, when, m, dict(category="other", language="en", acknowledge=True, on_time=None,
        notes="an angry question whether the review will address racism, xenophobia and hate speech at all; it "
              "speaks of a report ('we will write a voluntary report') and of speaking ('maybe one of us will ask to "
              "speak') only as conditional future steps: nothing is submitted and no speaker is named, so 'other'. "
              "300 posts and the killing 'last autumn' are background. Gmail multipart/alternative, Date in Cairo "
              "time (UTC+2)."))


# ================================================================ 02  FR  report  collective of Black Tunisians in Medenine, very long report title
M02_ID = "<VI1PR09MB4417A2C9E0D3F586@VI1PR09MB4417.eurprd09.prod.outlook.example.com>"
M02_SUBJ = "Rapport volontaire – COMES – discriminations raciales dans le Sud-Est tunisien"
M02_QID = "4DQkT51HvMz3"
M02_FILE = "Rapport_COMES_loi_2018-50_Médenine-Gabès-Djerba.docx"


def m02():
    when = at("2021-01-26 11:02:47")
    text = """Madame, Monsieur,

Au nom du Collectif Mémoire et Égalité – Tunisien·ne·s noir·e·s du Sud (COMES), j'ai le plaisir de vous transmettre notre rapport volontaire pour l'examen régional du Pacte mondial pour des migrations sûres, ordonnées et régulières, intitulé :

« Nous ne sommes pas des étrangers chez nous : racisme anti-Noir·e·s, discours de haine et accès à la justice des Tunisien·ne·s noir·e·s et des personnes migrantes subsahariennes à Médenine, Gabès et Djerba – bilan de deux années d'application de la loi organique n° 2018-50 relative à l'élimination de toutes les formes de discrimination raciale (octobre 2018 – décembre 2020) »

Le titre est long, nous le savons : il résume deux années de permanences juridiques, quarante-trois témoignages et une veille des pages Facebook locales. Nous y montrons comment le racisme que vivent les citoyen·ne·s noir·e·s du Sud et celui que subissent les étudiant·e·s et travailleur·euse·s venu·e·s d'Afrique de l'Ouest se nourrissent l'un l'autre, et pourquoi les plaintes fondées sur la loi de 2018 aboutissent si rarement.

Le document est joint au format Word. Une version arabe est en cours de relecture.

Je vous remercie par avance de bien vouloir en accuser réception.

Bien cordialement,

Sarra Jaballah
Chargée de plaidoyer
Collectif Mémoire et Égalité – Tunisien·ne·s noir·e·s du Sud (COMES)
Médenine – Tunisie
"""
    doc = make_docx(["Collectif Memoire et Egalite - Tunisien.ne.s noir.e.s du Sud (COMES)",
                     "Nous ne sommes pas des etrangers chez nous",
                     "1. Methode : permanences juridiques, 43 temoignages, veille Facebook",
                     "2. Racisme anti-Noir.e.s et discours de haine dans le Sud-Est",
                     "3. Personnes migrantes subsahariennes a Medenine, Gabes et Djerba",
                     "4. La loi organique n. 2018-50 : deux ans d'application", "5. Recommandations"])
    cid = "image001.png@01D6F3C2.7A41E090"
    rel = multi("related", [multi("alternative", [leaf("text/plain", text),
                                                  leaf("text/html", outlook_html(text, lang="FR", img_cid=cid))],
                                  "_000_VI1PR09MB4417A2C9E0D3F586_"),
                            logo(cid, (40, 40, 40))], "_005_VI1PR09MB4417A2C9E0D3F586_",
                params=[("type", '"multipart/alternative"')])
    body = multi("mixed", [rel, attach(DOCX, doc, M02_FILE)], "_006_VI1PR09MB4417A2C9E0D3F586_")
    m = mk(when, sent_at(when, 1, 9), "mail-vi1eur09on0631.outbound.protection.outlook.example.com",
           "198.51.100.131", M02_QID, "Sarra Jaballah <s.jaballah@comes-tn.example.org>", hdr(M02_SUBJ, enc="Q"),
           M02_ID, body,
           extra=outlook(hdr(M02_SUBJ, enc="Q"), "AdbzF4Rk2Lm8Np0Qs6Tu3Vw5Xy7Za9Bc==", lang="fr-FR", has_attach="yes"))
    add(2, when, m, dict(category="voluntary_report", language="fr", acknowledge=True, on_time=True,
        report_attachments=[M02_FILE],
        notes="report of a collective of Black Tunisians with a four-line title in guillemets full of dates and a law "
              "number (octobre 2018 – décembre 2020, n° 2018-50) that are not deadlines; an Arabic version is "
              "announced, not sent. Outlook mixed[related[alternative, inline signature logo], DOCX]: the DOCX (name "
              "with accents, RFC 2231 + RFC 2047) is the report, the logo image001.png is not. Inclusive-writing "
              "middle dots in the organisation's name. Questions in reply to our acknowledgement follow (h257-06)."))


# ================================================================ 03  AR  speaker  Amman online hate speech observatory: monitoring coordinator + data analyst
M03_ID = "<CAH2mPx8Kv4tR7wN+d1Qb6Lz3sG9cYf5hT2@mail.gmail.example.com>"
M03_SUBJ = "طلب مشاركة متحدثَين - مرصد مرآة لخطاب الكراهية"
M03_QID = "4DRn8Vq2LbXz"


def m03():
    when = at("2021-01-27 13:37:05")
    text = """السادة في أمانة الاستعراض الإقليمي للاتفاق العالمي للهجرة المحترمين،
تحية طيبة وبعد،

نحن في "مرصد مرآة لخطاب الكراهية على الإنترنت" فريق صغير من الصحفيين ومحللي البيانات في عمّان، نتابع منذ عام 2019 المنشورات والتعليقات التي تستهدف اللاجئين والعمال المهاجرين على فيسبوك وتويتر وتيك توك في الأردن. وخلال جائحة كورونا رصدنا ارتفاعاً كبيراً في التعليقات التي تحمّل العمال المصريين واللاجئين السوريين مسؤولية نشر الفيروس أو "سرقة" فرص العمل، وبعضها وصل إلى التحريض الصريح على العنف.

يسعدنا أن نرشح زميلين من فريق المرصد للمشاركة:

- السيد عمر نزار الحمصي، منسق الرصد، لإلقاء مداخلة في المائدة المستديرة المواضيعية الثالثة (24-25 شباط)، يعرض فيها أبرز الأنماط التي رصدناها خلال عام 2020.
- الآنسة لمى فراس عودة، محللة بيانات في المرصد، للمشاركة في النقاش المفتوح ضمن المشاورة متعددة أصحاب المصلحة يوم 23 شباط.

ونعمل حالياً على تقرير طوعي مفصّل سنرسله إليكم قبل الموعد المحدد إن شاء الله.

أما أنا فلن أتمكن من المشاركة شخصياً بسبب التزامات سابقة، لكنني جاهزة لأي استفسار.

مع خالص التحية،
رزان الكيلاني
مديرة المرصد
مرصد مرآة لخطاب الكراهية على الإنترنت
عمّان - الأردن
"""
    body = alt(text, "000000000000f2b76e05b9d9a4c8", html=gmail_html(text, rtl=True), b64=True)
    m = mk(when, sent_at(when, 2, 8), "mail-ej1-f49.google.example.com", "192.0.2.49", M03_QID,
           addr("رزان الكيلاني", "razan.kilani.mirror@gmail.example.com"), hdr(M03_SUBJ), M03_ID, body)
    mir = "مرصد مرآة لخطاب الكراهية على الإنترنت"
    add(3, when, m, dict(category="speaker_request", language="ar", acknowledge=True, on_time=True, speakers=[
        sp("عمر نزار الحمصي", "منسق الرصد", mir, ["roundtable"], 3),
        sp("لمى فراس عودة", "محللة بيانات", mir, ["open_discussion"])],
        notes="observatory of online hate speech proposing two colleagues in one bullet list: 'السيد' and 'الآنسة' "
              "dropped; 'المائدة المستديرة المواضيعية الثالثة' = roundtable 3 in words; 'في المرصد' after the second "
              "title refers to the affiliation; the organisation's full name is in quotes in the first paragraph and "
              "in the signature. The sender (director) says she will not take part; the report is only announced "
              "('سنرسله'), so not 'both'. Gmail, base64 parts. Thanked in h257-04."))


# ================================================================ 04  AR  other  thank-you to our acknowledgement of 03
def m04():
    when = at("2021-01-28 09:21:33")
    ack = ack_mid(M03_QID)
    new = """شكراً جزيلاً على تأكيد الاستلام 🌷
عمر ولمى متحمسان جداً، وننتظر منكم تفاصيل البرنامج.

تحياتي،
رزان
"""
    quoted = our_ack_ar(M03_SUBJ, "ترشيح متحدثَين")
    text = new + "\n\u200fفي الأربعاء، 27 يناير 2021 في 1:38 م، كتب \u200f\u200fGCM Regional Review Arab States \u200f<\u200f" \
        "gcmrrarabstates@iom.int\u200f>:\u200f\n\n" + gt(quoted) + "\n"
    html = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body>'
            '<div dir="rtl">%s</div><br><div class="gmail_quote"><div dir="rtl" class="gmail_attr">في الأربعاء، 27 '
            'يناير 2021 في 1:38 م، كتب GCM Regional Review Arab States &lt;<a href="mailto:gcmrrarabstates@iom.int">'
            'gcmrrarabstates@iom.int</a>&gt;:<br></div><blockquote class="gmail_quote" style="margin:0px 0px 0px '
            '0.8ex;border-right:1px solid rgb(204,204,204);padding-right:1ex"><div dir="rtl">%s</div></blockquote>'
            '</div></body></html>\n' % ("<br>".join(esc(x) for x in new.rstrip("\n").split("\n")),
                                       "<br>".join(esc(x) for x in quoted.split("\n"))))
    body = alt(text, "000000000000a7c03205b9e8f1d6", html=html)
    m = mk(when, sent_at(when, 2, 5), "mail-ej1-f49.google.example.com", "192.0.2.49", "4DS1bW7mQcz0",
           addr("رزان الكيلاني", "razan.kilani.mirror@gmail.example.com"), re_hdr("Re: ", ACK_AR + M03_SUBJ),
           "<CAH2mPx9Rt6vK2wB+n8Qc4Lz1sG7dYf3jU5@mail.gmail.example.com>", body,
           extra=[("In-Reply-To", ack), ("References", M03_ID + " " + ack)])
    add(4, when, m, dict(category="other", language="ar", acknowledge=False, on_time=None, thread_of=H % 3,
        notes="thank-you answering our acknowledgement of h257-03 (References name h257-03), with an emoji: it names "
              "the two speakers by first name and waits for the programme, but adds nothing new, so no "
              "acknowledgement. Gmail reply with the quoted Arabic acknowledgement (bidi marks in the attribution "
              "line), quoted-printable."))


# ================================================================ 05  EN  speaker  Beirut community football club against racist chants: two speakers
M05_ID = "<1611931686402.3318804.ymail@mail.yahoo.example.com>"
M05_SUBJ = "Speaking request - football club fighting racism in Lebanese stadiums"
M05_TEXT = """Dear organisers,

I'm writing on behalf of Karantina United Football Club, a community club from the Karantina neighbourhood in Beirut that plays in the Lebanese Third Division. About a third of our players are not Lebanese: Syrians, Palestinians, Sudanese, and a few young men from Ghana and Nigeria who came to Lebanon to work and ended up on our pitch.

Last season our striker was racially abused during an away game. Monkey noises from the stands, a banana thrown onto the pitch, and the referee did not stop the match. When the video went round, the comments online were even worse than the stands. Since then we have been running a small campaign called "Same Shirt, Same Respect", with workshops for supporters and for our youth teams, and we would like to bring this experience to the regional review.

We would like to ask for two speaking slots:

First, our club president, Mr. Charbel Nassar, for a floor intervention during one of the plenary sessions. He can speak about what clubs and the federation could do, and what they haven't done.

Second, Kwame Asante-Boateng, first-team striker and ambassador of the campaign, for the second thematic roundtable (roundtable two). Kwame came from Kumasi in 2016 as a migrant worker and has played for us since 2018. He would speak in English.

I'm the club's volunteer communications officer, so please write to me for anything practical.

Best,
Maya Daou
Communications Officer (volunteer)
Karantina United FC
Beirut, Lebanon
"""


def m05():
    when = at("2021-01-29 16:48:10")
    body = alt(M05_TEXT, "----=_Part_3318803_1492756240.1611931686401", html=yahoo_html(M05_TEXT))
    m = mk(when, sent_at(when, 2, 4), "sonic308-21.consmr.mail.ir2.yahoo.example.com", "198.51.100.208",
           "4DT6pC1ZwKz8", "Maya Daou <maya.daou.kufc@yahoo.example.com>", M05_SUBJ, M05_ID, body,
           extra=[("X-Mailer", YAHOO)])
    kufc = "Karantina United Football Club"
    add(5, when, m, dict(category="speaker_request", language="en", acknowledge=True, on_time=True, speakers=[
        sp("Charbel Nassar", "club president", kufc, ["plenary"]),
        sp("Kwame Asante-Boateng", "first-team striker and ambassador of the campaign", kufc, ["roundtable"], 2)],
        notes="football club fighting racist abuse in stadiums, two speakers in two prose paragraphs opened by "
              "'First,' and 'Second,': 'Mr.' dropped; the roundtable written in words ('the second thematic "
              "roundtable (roundtable two)'); the club's full name only in the first sentence, the signature has "
              "the short 'Karantina United FC'; 2016 and 2018 are history; the striker abused 'last season' is not "
              "named as such. The sender (communications officer) is not a speaker. Yahoo webmail. A third speaker "
              "is added in h257-12."))


# ================================================================ 06  FR  other  COMES answers our acknowledgement of 02 with two questions
def m06():
    when = at("2021-01-30 12:05:51")
    ack = ack_mid(M02_QID)
    quoted = our_ack_fr(M02_SUBJ, "votre rapport volontaire (1 pièce jointe)")
    text = """Bonjour,

Merci pour votre accusé de réception.

Deux questions, si vous le permettez :

– Faut-il vous envoyer aussi la version arabe du rapport quand elle sera prête, ou la version française suffit-elle pour l'examen ?

– Votre message dit que vous reviendrez vers nous « au sujet du programme ». Cela signifie-t-il que les organisations qui ont envoyé un rapport seront invitées à la consultation du 23 février ? Nous n'avons encore désigné personne pour prendre la parole et nous ne savons pas s'il faut le faire maintenant.

Bonne journée,
Sarra
COMES

Le 26/01/2021 à 10:03, GCM Regional Review Arab States a écrit :
""" + gt(quoted) + "\n"
    body = leaf("text/plain", flowed(text), "utf-8", "8bit", params=[("format", "flowed"), ("delsp", "no")])
    m = mk(when, sent_at(when, 1, 7), "mail.comes-tn.example.org", "203.0.113.77", "4DTr2Gd9NfZ5",
           "Sarra Jaballah <s.jaballah@comes-tn.example.org>", hdr("Re: " + ACK_FR + M02_SUBJ, enc="Q"),
           "<5f0e2c7a-91b4-4d3e-8a26-c3f7b1d9e042@comes-tn.example.org>", body,
           extra=[("In-Reply-To", ack), ("References", M02_ID + " " + ack), ("User-Agent", TB),
                  ("Content-Language", "fr")])
    add(6, when, m, dict(category="other", language="fr", acknowledge=True, on_time=None, thread_of=H % 2,
        notes="reply to our acknowledgement of h257-02 (References name h257-02) with two real questions (is the "
              "Arabic version needed? are reporting organisations invited on 23 February?), so it is acknowledged, "
              "unlike a thank-you; it mentions the report and taking the floor but sends nothing and names nobody "
              "('Nous n'avons encore désigné personne'). Thunderbird from a different host than h257-02, "
              "format=flowed, 8bit, en-dash bullets."))


# ================================================================ 07  EN  report  media-monitoring observatory: report + signed cover letter
M07_FILES = ["LMMO_Othering-on-Air_GCM-Voluntary-Report_Feb2021.pdf", "LMMO cover letter (signed).pdf"]


def m07():
    when = at("2021-02-01 15:30:19")
    subj = "LMMO voluntary report: \"Othering on Air\" (GCM Regional Review, Arab region)"
    text = """Dear colleagues,

On behalf of the Levant Media Monitoring Observatory (LMMO), please find attached our voluntary report for the Regional Review of the Global Compact for Migration in the Arab region:

"Othering on Air: Xenophobic Framing of Refugees, Migrant Domestic Workers and Black Residents in Prime-Time News and Talk Shows in Jordan and Lebanon, March 2020 - January 2021"

The report is based on the coding of 1,146 news segments and 212 talk-show episodes from nine television channels. It documents how the pandemic and the economic collapse in Lebanon were used to present migrants as carriers of disease, as a burden or as a security threat, and how rarely migrants themselves were given a voice on screen (in fewer than 4% of the segments we coded). The last chapter sets out recommendations for broadcasters, regulators and journalism schools, linked to GCM Objective 17.

A signed cover letter from our Board is also attached for your records.

Our two lead researchers would be glad to present the findings at some point, should the programme allow it, but we leave that entirely to you.

With best regards,

Dr. Lina Haddadin
Executive Director
Levant Media Monitoring Observatory (LMMO)
Jabal Al-Weibdeh, Amman - Jordan
"""
    rep = rep_pdf("Othering on Air - LMMO", "Levant Media Monitoring Observatory (LMMO), Amman",
                  ["Method: 1,146 news segments, 212 talk-show episodes, nine channels",
                   "Migrants as carriers of disease", "Migrants as burden and threat", "Who speaks on screen?",
                   "Recommendations (GCM Objective 17)"])
    cover = rep_pdf("Cover letter", "Board of the Levant Media Monitoring Observatory",
                    ["Transmission of the LMMO voluntary report", "Signed: Chair of the Board"])
    a = alt(text, "_000_DB8PR03MB5961E7A2C4F10B93_", html=outlook_html(text, lang="EN-GB"))
    body = multi("mixed", [a, attach("application/pdf", rep, M07_FILES[0]),
                           attach("application/pdf", cover, M07_FILES[1])], "_004_DB8PR03MB5961E7A2C4F10B93_")
    m = mk(when, sent_at(when, 2, 10), "mail-db8eur03on0652.outbound.protection.outlook.example.com",
           "198.51.100.152", "4DVb3Pk6HsWz", "Lina Haddadin <l.haddadin@lmmo-levant.example.org>", subj,
           "<DB8PR03MB5961E7A2C4F10B93@DB8PR03MB5961.eurprd03.prod.outlook.example.com>", body,
           extra=outlook(subj, "AdbzJ7Hm4Qp1Rs3Tu5Vw8Xz0Ab2Cd4Ef==", lang="en-GB", has_attach="yes"))
    add(7, when, m, dict(category="voluntary_report", language="en", acknowledge=True, on_time=True,
        report_attachments=[M07_FILES[0]],
        notes="media-monitoring observatory's report with a long quoted title and many figures; two PDFs, but the "
              "signed cover letter (name with spaces and brackets) is not part of the report. 'Our two lead "
              "researchers would be glad to present the findings ... should the programme allow it' names nobody "
              "and asks for no role, so no speaker and not 'both'; 'Dr.' signer is not a speaker. Outlook, en-GB."))


# ================================================================ 08  AR  both  interfaith dialogue centre: report + executive director + brochure
M08_ID = "<e7b2a04c1f9d3e58b6a2c0f47d913e25@aljusour-dialogue.example.org>"
M08_SUBJ = "التقرير الطوعي وترشيح متحدثة - مركز الجسور للحوار بين الأديان"
M08_QID = "4DW4kF8RpTz2"
M08_FILES = ["تقرير مركز الجسور - من المنبر إلى الشاشة 2021.pdf", "كتيب تعريفي - مركز الجسور.pdf"]


def m08():
    when = at("2021-02-02 10:44:02")
    text = """حضرات السادة في أمانة الاستعراض الإقليمي للاتفاق العالمي من أجل الهجرة الآمنة والمنظمة والنظامية المحترمين،

تحية طيبة وبعد،

يتشرّف مركز الجسور للحوار بين الأديان والعيش المشترك في بيروت بأن يرفق طيّه تقريره الطوعي بعنوان: «من المنبر إلى الشاشة: خطاب الكراهية ضد اللاجئين والعمال المهاجرين في الخطاب الديني والإعلامي في لبنان، ودور القيادات الدينية في مواجهته».

ويستند التقرير إلى ورش عمل عقدها المركز خلال عام 2020 مع أربعين من رجال الدين والواعظات من مختلف الطوائف، وإلى رصد عيّنة من خطب الجمعة وعظات الأحد المنشورة على وسائل التواصل الاجتماعي.

كما يرغب المركز في ترشيح المديرة التنفيذية للمركز، الدكتورة ريما فؤاد عبد النور، لإلقاء مداخلة في إحدى الجلسات العامة للمؤتمر يومي 24 و25 شباط/فبراير.

وقد أرفقنا أيضاً الكتيّب التعريفي بالمركز للاطلاع فقط.

وتفضلوا بقبول فائق الاحترام،

الأب يوحنا سمعان
رئيس مجلس الإدارة
مركز الجسور للحوار بين الأديان والعيش المشترك
بيروت - لبنان
"""
    rep = rep_pdf("From the pulpit to the screen (Arabic)", "Al-Jusour Centre for Interfaith Dialogue, Beirut",
                  ["Workshops with 40 clergy and women preachers (2020)", "Friday and Sunday sermons online",
                   "Hate speech against refugees and migrant workers", "Recommendations for religious leaders"])
    broch = rep_pdf("Al-Jusour Centre - who we are", "Brochure", ["Mission", "Programmes 2021", "Contacts"])
    a = alt(text, "=_c41f7e9b2a0d5c83e6f1a97b4d20e5c8", html=roundcube_html(text, rtl=True))
    body = multi("mixed", [a, attach("application/pdf", rep, M08_FILES[0]),
                           attach("application/pdf", broch, M08_FILES[1])], "=_8d3a51e0f7c2b94e1a6d0c5f3b72e918")
    m = mk(when, sent_at(when, 2, 6), "webmail.aljusour-dialogue.example.org", "203.0.113.92", M08_QID,
           addr("مركز الجسور", "info@aljusour-dialogue.example.org"), hdr(M08_SUBJ), M08_ID, body,
           extra=[("User-Agent", ROUNDCUBE)])
    add(8, when, m, dict(category="both", language="ar", acknowledge=True, on_time=True, speakers=[
        sp("ريما فؤاد عبد النور", "المديرة التنفيذية", "مركز الجسور للحوار بين الأديان والعيش المشترك", ["plenary"])],
        report_attachments=[M08_FILES[0]],
        notes="both, on time: an interfaith dialogue centre sends its report and proposes its executive director in "
              "prose ('المديرة التنفيذية للمركز، الدكتورة ...': 'الدكتورة' dropped, 'للمركز' refers to the centre, not part of the title); 'إحدى "
              "الجلسات العامة' = plenary. Two PDFs with Arabic names (RFC 2231 + RFC 2047): the report, and a "
              "brochure sent 'للاطلاع فقط' that is not part of it. The signer ('الأب', chair of the board) is not "
              "the speaker. Roundcube from a shared info@ address whose autoresponder answers our acknowledgement "
              "(h257-09)."))


# ================================================================ 09  AR  auto_reply  the centre's autoresponder answers our acknowledgement of 08
def m09():
    when = at("2021-02-02 10:44:57")
    ack = ack_mid(M08_QID)
    text = """شكراً لتواصلكم مع مركز الجسور للحوار بين الأديان والعيش المشترك.

هذا رد آلي لإعلامكم بأن رسالتكم قد وصلت، وسيقوم أحد أعضاء فريق المركز بالرد عليها خلال ثلاثة أيام عمل.

أوقات الدوام: من الاثنين إلى الجمعة، من الساعة 9:00 صباحاً حتى 4:00 بعد الظهر.
للاستفسارات العاجلة: 00961 1 000 000

Thank you for contacting Al-Jusour Centre for Interfaith Dialogue and Coexistence. This is an automatic reply.
"""
    body = leaf("text/plain", text, "utf-8", "base64")
    rows = std_rows(when, "webmail.aljusour-dialogue.example.org", "203.0.113.92", "4DW4lH2SqVz6",
                    addr("مركز الجسور", "info@aljusour-dialogue.example.org"), hdr("رد آلي: " + ACK_AR + M08_SUBJ),
                    rfcdate(sent_at(when, 2, 2)), "<autoreply.1612255495.28814@aljusour-dialogue.example.org>",
                    extra=[("Auto-Submitted", "auto-replied"), ("X-Autorespond", "Autoresponder"),
                           ("Precedence", "auto_reply")], ret="")
    rows = [(k, "<>" if k == "Return-Path" else v) for k, v in rows]
    rows += [("In-Reply-To", ack), ("References", M08_ID + " " + ack)]
    add(9, when, top(body, rows), dict(category="auto_reply", language="ar", acknowledge=False, on_time=None,
        notes="the shared info@ address's autoresponder (Auto-Submitted, X-Autorespond, Precedence: auto_reply, null "
              "Return-Path) answering our acknowledgement of h257-08 55 seconds later, 'رد آلي:' before our Arabic "
              "subject; it says 'سيقوم أحد أعضاء فريق المركز بالرد' like a person would and has an English line. "
              "Never acknowledge; thread_of null as for dev auto-replies."))


# ================================================================ 10  FR  speaker  sub-Saharan residents of Sfax: porte-parole, 'table ronde IV'
M10_ID = "<PR1P264MB2350B3D7E9A1C4F6@PR1P264MB2350.FRAP264.PROD.OUTLOOK.example.com>"
M10_SUBJ = "Demande de prise de parole – table ronde IV"
M10_QID = "4DXk9Lm3VcZ1"


def m10():
    when = at("2021-02-03 18:12:36")
    text = """Bonsoir,

Je me permets de vous écrire au nom de notre collectif, qui rassemble depuis 2019 des étudiant·e·s, des travailleur·euse·s et des familles originaires d'Afrique de l'Ouest et centrale installé·e·s à Sfax.

Depuis l'été dernier, les agressions verbales et physiques se sont multipliées dans certains quartiers, souvent après la diffusion de vidéos ou de publications appelant à « chasser les Africains » (comme si la Tunisie n'était pas en Afrique). Beaucoup de nos membres n'osent plus porter plainte, de peur d'être contrôlés à leur tour.

C'est pourquoi nous souhaitons demander une prise de parole pour notre porte-parole, M. Ange-Désiré Kouassi, lors de la table ronde thématique IV (24-25 février). Il connaît chacun des dossiers de nos membres ; il est en copie de ce message.

Nous ne pourrons pas envoyer de rapport écrit cette année, faute de moyens, mais nous espérons que notre voix comptera quand même.

Avec nos salutations fraternelles,

Aminata Traoré
Secrétaire chargée de la communication
Collectif Ubuntu des Résident·e·s Subsaharien·ne·s de Sfax (CURSS)
Sfax – Tunisie
"""
    a = alt(text, "_000_PR1P264MB2350B3D7E9A1C4F6_", html=outlook_html(text, lang="FR"))
    m = mk(when, sent_at(when, 1, 7), "mail-pr1fra01on0612.outbound.protection.outlook.example.com",
           "198.51.100.212", M10_QID, addr("Aminata Traoré", "a.traore@curss-sfax.example.org", enc="Q"),
           hdr(M10_SUBJ, enc="Q"), M10_ID, a, cc=addr("Ange-Désiré Kouassi", "ad.kouassi@curss-sfax.example.org", enc="Q"),
           extra=outlook(hdr(M10_SUBJ, enc="Q"), "AdbzK3Lp9Qr2St4Uv6Wx8Yz0Ab1Cd3Ef==", lang="fr-FR"))
    add(10, when, m, dict(category="speaker_request", language="fr", acknowledge=True, on_time=True, speakers=[
        sp("Ange-Désiré Kouassi", "porte-parole",
           "Collectif Ubuntu des Résident·e·s Subsaharien·ne·s de Sfax (CURSS)", ["roundtable"], 4)],
        notes="collective of sub-Saharan residents of Sfax: the body says only 'notre collectif' and 'notre "
              "porte-parole, M. ...' ('M.' dropped), the collective's name and acronym are only in the sender's "
              "signature; roundtable in Roman numerals ('table ronde thématique IV'), also in the subject. 'Nous ne "
              "pourrons pas envoyer de rapport' mentions a report only to say there is none. The sender is not the "
              "speaker; the speaker is in Cc and his out-of-office answers our acknowledgement (h257-11)."))


# ================================================================ 11  FR  auto_reply  the porte-parole's Exchange out-of-office on our acknowledgement of 10
def m11():
    when = at("2021-02-03 18:13:20")
    ack = ack_mid(M10_QID)
    text = """Bonjour,

Je suis en déplacement entre Zarzis et Médenine jusqu'au mardi 9 février inclus, avec un accès très limité à ma messagerie. Je vous répondrai dès mon retour à Sfax.

Pour toute urgence, merci de contacter Aminata Traoré, chargée de la communication du collectif, au +216 00 000 000.

Ange-Désiré Kouassi
Porte-parole
Collectif Ubuntu des Résident·e·s Subsaharien·ne·s de Sfax (CURSS)
"""
    body = alt(text, "_000_PR1P264MB2350OOF91C3E7A2_", html=outlook_html(text, lang="FR"))
    subj = hdr("Réponse automatique : " + ACK_FR + M10_SUBJ, enc="Q")
    rows = exch_ooo(when, "mail-pr1fra01on0612.outbound.protection.outlook.example.com", "198.51.100.212",
                    "4DXkB7Np5WdZ", addr("Ange-Désiré Kouassi", "ad.kouassi@curss-sfax.example.org", enc="Q"),
                    "<PR1P264MB2350F2A8C6D0E413@PR1P264MB2350.FRAP264.PROD.OUTLOOK.example.com>", subj,
                    hdr(ACK_FR + M10_SUBJ, enc="Q"), M10_ID, ack, "fr-FR", (1, 2))
    add(11, when, top(body, rows), dict(category="auto_reply", language="fr", acknowledge=False, on_time=None,
        notes="French Exchange out-of-office of the speaker proposed in h257-10 (he was in Cc), answering our "
              "acknowledgement 44 seconds later ('Réponse automatique :'); its signature gives his name, title and "
              "the collective like a nomination would, and it quotes a date. Never acknowledge; thread_of null as "
              "for dev auto-replies."))


# ================================================================ 12  EN  speaker  the football club adds its women's team coach (reply to 05)
def m12():
    when = at("2021-02-04 11:26:44")
    new = """Hi again,

A quick addition to my email of last Friday (below). Our board met last night and asked me to add one more name: Aline Haddad, Head Coach of the Women's Team. Aline would like to take part in the open discussion on 23 February. She started our girls' programme in 2017 and has been dealing with the racist insults our Ethiopian and Sudanese players get in the women's league, which gets much less attention than what happens in the men's game.

Charbel's and Kwame's requests stay as they were.

Many thanks,
Maya

Sent from Yahoo Mail for Android
"""
    text = new + "\n  On Fri, Jan 29, 2021 at 4:48 PM, Maya Daou<maya.daou.kufc@yahoo.example.com> wrote:\n" + \
        gt(M05_TEXT) + "\n"
    html = ('<html><head></head><body><div dir="ltr">%s</div><div id="yahoo_quoted_6120418832" '
            'class="yahoo_quoted"><div style="font-family:\'Helvetica Neue\', Helvetica, Arial, sans-serif;'
            'font-size:13px;color:#26282a;"><div>On Fri, Jan 29, 2021 at 4:48 PM, Maya Daou</div><div>&lt;'
            'maya.daou.kufc@yahoo.example.com&gt; wrote:</div><blockquote>%s</blockquote></div></div></body></html>\n'
            % ("<br>".join(esc(x) for x in new.rstrip("\n").split("\n")),
               "<br>".join(esc(x) for x in M05_TEXT.rstrip("\n").split("\n"))))
    body = alt(text, "----=_Part_412977_908113654.1612430800512", html=html)
    m = mk(when, sent_at(when, 2, 3), "sonic301-14.consmr.mail.ir2.yahoo.example.com", "198.51.100.201",
           "4DY0Qh4CsFz7", "Maya Daou <maya.daou.kufc@yahoo.example.com>", "Re: " + M05_SUBJ,
           "<1612430800512.412978.ymail@mail.yahoo.example.com>", body,
           extra=[("In-Reply-To", M05_ID), ("References", M05_ID), ("X-Mailer", YAHOO_ANDROID)])
    add(12, when, m, dict(category="speaker_request", language="en", acknowledge=True, on_time=True, speakers=[
        sp("Aline Haddad", "Head Coach of the Women's Team", "Karantina United Football Club", ["open_discussion"])],
        thread_of=H % 5,
        notes="Yahoo Android reply to the sender's own h257-05 adding a third speaker: only the new one is proposed "
              "(the two earlier requests 'stay as they were' and are only quoted); her club is named only in the "
              "quoted original ('Karantina United Football Club'); 'open discussion on 23 February'; 2017 is "
              "history. thread_of h257-05."))


# ================================================================ 13  AR  speaker  Tunisian lawyer of the first racism case, for herself, no affiliation
M13_ID = "<8A3E61F0-4C2B-4D97-B5E8-1F07C9D3A264@icloud.example.com>"
M13_SUBJ = "طلب مداخلة - محامية في أول قضية تمييز عنصري في تونس"


def m13():
    when = at("2021-02-04 20:09:15")
    text = """تحية طيبة،

اسمحوا لي أن أكون صريحة: حضرتُ خلال السنوات الماضية اجتماعات كثيرة عن الهجرة في منطقتنا، ولم تُذكر العنصرية ضد السود، مواطنين كانوا أو مهاجرين، في أغلبها إلا في سطر أو سطرين، وكأنها موضوع ثانوي.

أنا محامية، وترافعتُ في أول قضية تمييز عنصري صدر فيها حكم بالإدانة استناداً إلى القانون الأساسي عدد 50 لسنة 2018 المتعلق بالقضاء على جميع أشكال التمييز العنصري، وهي قضية شاب تونسي أسود وطالب إيفواري تعرّضا للشتم والاعتداء في محطة للحافلات. ومنذ ذلك الحين تصلني رسائل شتم وتهديد على فيسبوك لأنني "أدافع عن الأفارقة".

لذلك أطلب أن تُتاح لي مداخلة في المائدة المستديرة الثانية، وإن تعذّر ذلك ففي الرابعة، لأتحدث عن الهوة بين النص القانوني والواقع: شكاوى لا تُسجَّل، ومحاضر تُكتب على أنها "خصام"، وضحايا مهاجرون يخافون الاقتراب من مراكز الأمن.

وأوضّح أنني أكتب بصفتي الشخصية ولا أمثّل أي جمعية، وإن كنت قد ساهمت في الجزء القانوني من تقرير أرسلته إليكم إحدى الجمعيات في الجنوب.

مع الشكر،

الأستاذة هندة بن عمارة
محامية لدى التعقيب
تونس

أُرسلت من الـiPhone
"""
    body = leaf("text/plain", text, "utf-8", "quoted-printable")
    m = mk(when, sent_at(when, 1, 9), "mr85p00im-zteg06021601.me.example.com", "198.51.100.186", "4DYSc62JtHz4",
           addr("Hinda Ben Ammara", "hinda.benammara@icloud.example.com"), hdr(M13_SUBJ), M13_ID, body,
           extra=[("X-Mailer", IPHONE)])
    add(13, when, m, dict(category="speaker_request", language="ar", acknowledge=True, on_time=True, speakers=[
        sp("هندة بن عمارة", "محامية لدى التعقيب", None, ["roundtable"], 2)],
        notes="self-nomination of a Tunisian lawyer, angry that racism against Black people is a footnote: 'أنا "
              "محامية' in the body, her name only in the signature with 'الأستاذة' (dropped) and the From name in "
              "Latin script; title 'محامية لدى التعقيب'; affiliation null because she writes 'بصفتي الشخصية ولا "
              "أمثّل أي جمعية' (and 'تونس' is a place); roundtable 'الثانية، وإن تعذّر ذلك ففي الرابعة' = 2, the "
              "first choice. Law 50 of 2018 is not a date; the report she contributed to was sent by someone else. "
              "iPhone text/plain quoted-printable, Date UTC+1."))


# ================================================================ 14  FR  speaker  Mauritanian initiative: chargée de plaidoyer as rapporteure, HTML-only, GMT
def m14():
    when = at("2021-02-05 17:55:38")
    subj = "Candidature – rôle de rapporteure – IMEM (Mauritanie)"
    inner = """<div style="font-family:Calibri,Arial,Helvetica,sans-serif;font-size:12pt;color:rgb(0,0,0)">
<p>Madame, Monsieur,</p>
<p>L'Initiative Mauritanienne Égalité et Migrations (IMEM) travaille à Nouakchott et à Nouadhibou avec les migrant·e·s d'Afrique de l'Ouest ainsi qu'avec les communautés haratines et négro-mauritaniennes, qui subissent elles aussi des discriminations fondées sur la couleur de peau et l'ascendance.</p>
<p>Nous avons l'honneur de vous soumettre la candidature suivante&nbsp;:</p>
<ul>
<li><b>Intervenante&nbsp;:</b> Mme Mariem Mint Ahmedou Salem</li>
<li><b>Fonction&nbsp;:</b> Chargée de plaidoyer</li>
<li><b>Rôle souhaité&nbsp;:</b> rapporteure, chargée de restituer les messages clés des parties prenantes</li>
</ul>
<p>Mme Mint Ahmedou Salem a coordonné en 2020 notre veille des propos racistes et xénophobes diffusés sur les radios privées et dans les groupes WhatsApp pendant la fermeture des frontières. Elle s'exprime en français, en hassaniya et en wolof.</p>
<p>Par ailleurs, l'IMEM contribue au rapport collectif préparé par le Réseau ouest-africain Migration et Dignité&nbsp;; ce rapport vous sera transmis directement par le réseau.</p>
<p>Veuillez agréer, Madame, Monsieur, l'expression de nos salutations distinguées.</p>
<p>Sidi Mohamed Ould Boubacar<br>Président<br>Initiative Mauritanienne Égalité et Migrations (IMEM)<br>Nouakchott – Mauritanie</p>
</div>"""
    body = html_only(inner, newlines=True)
    m = mk(when, sent_at(when, 0, 11), "mail-am5eur02on0619.outbound.protection.outlook.example.com",
           "198.51.100.119", "4DZ2Hn8WqKz9", "Sidi Mohamed Ould Boubacar <president@imem-rim.example.org>",
           hdr(subj, enc="Q"), "<AM5PR0201MB2468C7E3A9F15D20@AM5PR0201MB2468.eurprd02.prod.outlook.example.com>",
           body, extra=[("Thread-Topic", hdr(subj, enc="Q")), ("Thread-Index", "AQHW+1cKq7Rm3Ts5Uv7Wx9Yz1Ab3Cd5Ef=="),
                        ("Content-Language", "fr-FR"), ("X-MS-Has-Attach", ""), ("X-Originating-IP", "[41.188.0.0]")])
    add(14, when, m, dict(category="speaker_request", language="fr", acknowledge=True, on_time=True, speakers=[
        sp("Mariem Mint Ahmedou Salem", "Chargée de plaidoyer", "Initiative Mauritanienne Égalité et Migrations (IMEM)",
           ["rapporteur"])],
        notes="HTML-only Outlook on the web mail (no text/plain) with the nomination in a bulleted list of bold labels "
              "followed by '&nbsp;:'; 'Mme' dropped, 'Mint' is part of the Mauritanian name; 'rapporteure, chargée "
              "de restituer les messages clés' = rapporteur. The collective report 'vous sera transmis directement "
              "par le réseau' is not sent here. The president who signs is not the speaker. Sent 15:55 GMT (Date "
              "+0000) = 17:55 Beirut on the speaker deadline: on time."))


# ================================================================ 15  AR  speaker  Oujda association: Date says Friday 23:31 +0100, Beirut already Saturday
M15_ID = "<20210205233102.Horde.Qm7xT2kVbN4pR8sZ1aFh3Lw@webmail.menara.example.ma>"
M15_SUBJ = "ترشيح للمشاركة في الاستعراض الإقليمي - جمعية الشرق للتضامن مع المهاجرين"
M15_QID = "4DZfJ07XbNz3"
M15_FROM = "assoc.charq.oujda@menara.example.ma"


def m15():
    when = at("2021-02-06 00:31:06")
    text = """السلام عليكم ورحمة الله،

وبعد،

يشرفنا في جمعية الشرق للتضامن مع المهاجرين ومناهضة العنصرية بوجدة أن نتقدم إليكم، قبل انتهاء الأجل المحدد في يوم الجمعة 5 فبراير، بترشيح عضوين من الجمعية للمشاركة في أشغال الاستعراض الإقليمي:

1. السيد يونس بلحاج، الكاتب العام للجمعية، لتقديم مداخلة في الجلسة العامة، وكذا في المائدة المستديرة الرابعة إن أمكن.
2. السيدة فاتوماتا كامارا، منسقة مجموعة النساء المهاجرات بالجمعية، للمشاركة في النقاش المفتوح يوم 23 فبراير.

تشتغل جمعيتنا منذ 2013 على مواكبة المهاجرين من بلدان إفريقيا جنوب الصحراء العالقين بوجدة وعلى الشريط الحدودي، وعلى رصد حالات العنف والتمييز العنصري والخطاب التحريضي ضدهم في الصحافة المحلية والمواقع الإلكترونية. والسيدة كامارا من غينيا، مقيمة بالمغرب منذ 2016، وتتحدث الفرنسية والدارجة.

وتقبلوا فائق التقدير والاحترام.

عن المكتب المسير
الرئيس: محمد الزياني
جمعية الشرق للتضامن مع المهاجرين ومناهضة العنصرية - وجدة
"""
    body = leaf("text/plain", text, "utf-8", "8bit")
    m = mk(when, sent_at(when, 1, 4), "smtp.menara.example.ma", "203.0.113.151", M15_QID,
           addr("جمعية الشرق وجدة", M15_FROM), hdr(M15_SUBJ), M15_ID, body, extra=[("User-Agent", HORDE)])
    charq = "جمعية الشرق للتضامن مع المهاجرين ومناهضة العنصرية"
    add(15, when, m, dict(category="speaker_request", language="ar", acknowledge=True, on_time=False, speakers=[
        sp("يونس بلحاج", "الكاتب العام", charq, ["plenary", "roundtable"], 4),
        sp("فاتوماتا كامارا", "منسقة مجموعة النساء المهاجرات", charq, ["open_discussion"])],
        notes="deadline edge the other way: the Date header reads Fri, 5 Feb 2021 23:31:02 +0100 (Oujda) and the "
              "text says it is sent 'قبل انتهاء الأجل ... الجمعة 5 فبراير', but the mailbox received it at 00:31 "
              "Beirut on Saturday 6 February: late. Two numbered speakers in Moroccan formal Arabic ('الكاتب العام', "
              "'أشغال', 'وكذا'): 'السيد'/'السيدة' dropped, 'للجمعية'/'بالجمعية' after the titles refer to the "
              "association; the first asks for a plenary intervention and roundtable four. Horde webmail, 8bit "
              "text/plain. Our acknowledgement bounces (mailbox full, h257-16)."))


# ================================================================ 16  EN  bounce  our acknowledgement of 15: the association's mailbox is full
def m16():
    when = at("2021-02-06 00:31:41")
    subj_enc = hdr(ACK_AR + M15_SUBJ).encode()
    text = POSTFIX_NOTICE + """
<%s>: host mx1.menara.example.ma[203.0.113.150] said: 552
    5.2.2 <%s>: Mailbox full - quota exceeded (in
    reply to RCPT TO command)
""" % (M15_FROM, M15_FROM)
    dsn = ("Reporting-MTA: dns; mx1.iom.int\n"
           "X-Postfix-Queue-ID: 4DZfJ29YcPz5\n"
           "X-Postfix-Sender: rfc822; gcmrrarabstates@iom.int\n"
           "Arrival-Date: %s\n\n"
           "Final-Recipient: rfc822; %s\n"
           "Original-Recipient: rfc822;%s\n"
           "Action: failed\n"
           "Status: 5.2.2\n"
           "Remote-MTA: dns; mx1.menara.example.ma\n"
           "Diagnostic-Code: smtp; 552 5.2.2 <%s>: Mailbox full - quota exceeded\n"
           % (rfcdate(when - dt.timedelta(seconds=4), "EET"), M15_FROM, M15_FROM, M15_FROM))
    hdrs = our_ack_hdrs("%s <%s>" % (hdr("جمعية الشرق وجدة").encode(), M15_FROM), subj_enc,
                        when - dt.timedelta(seconds=6), M15_QID, M15_ID)
    body = dsn_report(text, dsn, hdrs, "4DZfJ3BZdQz7.1612564301/mx1.iom.int")
    rows = [("Return-Path", "<>"), ("Delivered-To", "gcmrrarabstates@iom.int"),
            ("Received", "by mx1.iom.int (Postfix)\r\n\tid 4DZfJ3BZdQz7; %s" % rfcdate(when, "EET")),
            ("Date", rfcdate(when, "EET")),
            ("From", "MAILER-DAEMON@mx1.iom.int (Mail Delivery System)"),
            ("Subject", "Undelivered Mail Returned to Sender"),
            ("To", "gcmrrarabstates@iom.int"),
            ("Auto-Submitted", "auto-replied"),
            ("Message-Id", "<20210205223141.4DZfJ3BZdQz7@mx1.iom.int>")]
    add(16, when, top(body, rows), dict(category="bounce", language="en", acknowledge=False, on_time=None,
        notes="Postfix DSN: our acknowledgement of h257-15 could not be delivered because the association's own "
              "mailbox is full (552 5.2.2 quota exceeded), 35 seconds after its request; the returned headers "
              "carry an RFC 2047 Arabic subject about a nomination and h257-15's Message-ID. Never acknowledge; "
              "thread_of null as for dev bounces."))


# ================================================================ 17  FR  other  a student who only wants to attend
def m17():
    when = at("2021-02-08 14:20:09")
    subj = "Assister à la consultation du 23 février"
    text = """Bonjour,

Je m'appelle Yosra Hamrouni, je suis étudiante en master de sociologie à l'Université de Sfax et bénévole au COMES, où j'ai mené une partie des entretiens de leur rapport.

Je voudrais simplement assister à la consultation du 23 février, et si possible à la conférence des 24 et 25, comme observatrice. Je précise que je ne demande pas de temps de parole : je veux juste écouter et prendre des notes pour mon mémoire sur le racisme anti-Noir·e·s en Tunisie.

Faut-il s'inscrire quelque part ? Et y aura-t-il une interprétation en français ?

Merci beaucoup et bonne journée,
Yosra
"""
    body = alt(text, "0000000000003c9e8105bad2f7a4", html=android_html(text))
    m = mk(when, sent_at(when, 1, 5), "mail-lf1-f67.google.example.com", "192.0.2.67", "4DbQv83HkMz1",
           "Yosra Hamrouni <yosra.hamrouni97@gmail.example.com>", hdr(subj, enc="Q"),
           "<CAN4rYp6Td1wQ9xK+b3Mz7Lc5sF2eHg8jV1@mail.gmail.example.com>", body)
    add(17, when, m, dict(category="other", language="fr", acknowledge=True, on_time=None,
        notes="a student who only wants to attend as an observer and says so ('je ne demande pas de temps de "
              "parole'): she writes her full name and affiliation like a speaker would, mentions the COMES report "
              "she worked on (h257-02, no thread), and asks about registration and French interpretation. Gmail "
              "app, multipart/alternative, Date UTC+1."))


# ================================================================ 18  FR  speaker  Ivorian slam poet in Tunis: late, 'quelques minutes', no role
def m18():
    when = at("2021-02-09 21:47:30")
    subj = "demande pour slamer à la conférence"
    text = """Bonsoir à vous,

Je m'appelle Fabrice, je suis ivoirien, je vis à Tunis depuis 2015 et je fais du slam. C'est un frère du collectif Ubuntu de Sfax qui m'a parlé de votre conférence. Je sais que c'est un peu tard, mais je tente quand même ma chance.

Depuis deux ans j'écris sur ce qu'on vit ici : le « kahlouch » qu'on nous lance dans la rue, le taxi qui ne s'arrête pas, les commentaires sous les vidéos sur Facebook. Mon dernier texte s'appelle « Je suis africain, toi aussi ». Je l'ai dit dans des cafés culturels à Tunis et à Sousse, et les gens pleurent, Tunisiens comme Subsahariens.

Est-ce que je pourrais avoir quelques minutes pour dire ce texte devant les participants, au moment que vous choisirez ? Parfois un poème dit en cinq minutes ce que les rapports disent en cinquante pages.

Merci de me lire, que Dieu vous garde.

Fabrice Yao Kouamé
alias « Fab La Plume »
Slameur – poète
Collectif Awalé Arts, Tunis
+216 00 000 000
"""
    body = leaf("text/plain", text, "utf-8", "base64")
    m = mk(when, sent_at(when, 1, 8), "mail-pf1-f182.google.example.com", "192.0.2.182", "4DcB7Rw2LnZ6",
           "Fab La Plume <fablaplume.slam@gmail.example.com>", hdr(subj, enc="Q"),
           "<q3x8b1-v7n2k5-h9rz4d-2m6c1s.f4@email.android.com>", body)
    add(18, when, m, dict(category="speaker_request", language="fr", acknowledge=True, on_time=False, speakers=[
        sp("Fabrice Yao Kouamé", "Slameur – poète", "Collectif Awalé Arts", [])],
        notes="a migrant artist asking, late (9 February, 'je sais que c'est un peu tard'), for 'quelques minutes pour "
              "dire ce texte ... au moment que vous choisirez': a request to take the floor with no role stated, so "
              "roles empty. Only his first name in the body; full name, title and collective in the signature, with "
              "a stage name ('alias « Fab La Plume »', also the From display name) that is not his name; ', Tunis' "
              "is the place; 'collectif Ubuntu de Sfax' is how he heard of it, not his affiliation. Samsung mail, "
              "text/plain base64."))


# ================================================================ 19  AR  report  Lebanese anti-racism network: report (a draft, it turns out)
M19_ID = "<CAK8vRz1Np4wT6mQ+c2Hb9Ld7sX3fYg5kW0@mail.gmail.example.com>"
M19_SUBJ = "التقرير الطوعي لشبكة «لسنا غرباء» لمناهضة العنصرية"
M19_FILE = "تقرير لسنا غرباء - مسودة 3 - للمراجعة.docx"
M19_TEXT = """مساء الخير،

باسم شبكة «لسنا غرباء» لمناهضة العنصرية في لبنان، نرسل إليكم مرفقاً تقريرنا الطوعي للاستعراض الإقليمي للاتفاق العالمي من أجل الهجرة، وعنوانه:

«لسنا غرباء: خطاب الكراهية والعنصرية ضد العاملات المنزليات المهاجرات واللاجئين السوريين والسودانيين في الإعلام اللبناني ومواقع التواصل الاجتماعي، من الانهيار الاقتصادي إلى انفجار مرفأ بيروت (تشرين الأول 2019 - كانون الأول 2020)»

يوثّق التقرير أكثر من 600 منشور وتعليق ومقطع فيديو، إلى جانب شهادات 27 عاملة منزلية تُركن أمام قنصليات بلدانهن بعد أن تخلّى عنهن أصحاب العمل في صيف 2020، ويقترح توصيات موجّهة إلى وزارة العمل والمجلس الوطني للإعلام والمنصات الرقمية.

نرجو تأكيد الاستلام.

مع التحية،
جنى الحاج
منسقة البرامج
شبكة «لسنا غرباء» لمناهضة العنصرية - لبنان
"""


def m19():
    when = at("2021-02-10 13:15:40")
    doc = make_docx(["Lasna Ghuraba network - voluntary GCM review report - DRAFT 3 for review",
                     "1. Hate speech in Lebanese media and social media, Oct 2019 - Dec 2020",
                     "2. Migrant domestic workers left at consulates (summer 2020)",
                     "3. Syrian and Sudanese refugees", "4. Recommendations [figures to be checked]"])
    a = alt(M19_TEXT, "000000000000b5e21f05bb0e3c79", html=gmail_html(M19_TEXT, rtl=True), b64=True)
    body = multi("mixed", [a, attach(DOCX, doc, M19_FILE)], "000000000000b5e22105bb0e3c7b")
    m = mk(when, sent_at(when, 2, 9), "mail-wr1-f66.google.example.com", "192.0.2.166", "4DcT2Mb8QvXz",
           "Jana El Hajj <jana.elhajj.lasnaghuraba@gmail.example.com>", hdr(M19_SUBJ), M19_ID, body)
    add(19, when, m, dict(category="voluntary_report", language="ar", acknowledge=True, on_time=True,
        report_attachments=[M19_FILE],
        notes="Lebanese anti-racism network's report with a long title in guillemets holding a date range "
              "(تشرين الأول 2019 - كانون الأول 2020) that is not a deadline; the DOCX (Arabic name with 'مسودة 3 - "
              "للمراجعة', RFC 2231 + RFC 2047) is the report as sent, even though it is a draft: it is replaced by "
              "the final version in h257-22. Latin From name, Arabic body and signature; Gmail, base64 parts."))


# ================================================================ 20  EN  other  Ethiopian photographer in Beirut: can her photos be exhibited?
def m20():
    when = at("2021-02-11 10:02:55")
    subj = "Photography exhibition - a question"
    text = """Dear Sir or Madam,

My name is Tigist Alemu. I am Ethiopian and I live in Beirut since 2011. I came as a domestic worker, and today I work as a photographer. For two years I have made portraits of women who left their employers' houses and now live together in small rooms in Bourj Hammoud and Dora, and also of the women who slept in front of our consulate last summer after the explosion. The series is called "Not a Maid, a Woman".

I read about the regional review and I want to ask: is there any possibility to show some of these photos during the conference, maybe in the hall or in an online gallery? I can print 10 or 12 pictures, and I have the written consent of every woman in them.

I am not asking to speak. I am a photographer, not a speaker, and my English is not so good for a big room. My friend Banchi from our women's group will maybe write to you herself to ask for speaking.

Please, even if the answer is no, answer me. Many times we write and nobody answers.

Thank you,
Tigist Alemu
Photographer
Instagram: @tigist.lens.beirut
"""
    inner = ('<div style="font-family: Calibri, Arial, Helvetica, sans-serif; font-size: 12pt; color: rgb(0, 0, 0);">'
             + "".join("<div>%s</div>" % (esc(x) if x else "<br>") for x in text.rstrip("\n").split("\n")) + "</div>")
    body = html_only(inner, b64=True)
    m = mk(when, sent_at(when, 2, 12), "mail-db5eur01olkn2104.outbound.protection.outlook.example.com",
           "198.51.100.104", "4Dd5Tk1VrHz8", "Tigist Alemu <tigist.alemu.photo@outlook.example.com>", subj,
           "<DB6P191MB0231D8F4A1E7C395@DB6P191MB0231.EURP191.PROD.OUTLOOK.example.com>", body,
           extra=[("Thread-Topic", subj), ("Thread-Index", "AQHXAE5pNq2Rs4Tu6Vw8Xy0Za2Bc4De6Fg=="),
                  ("Content-Language", "en-US"), ("X-MS-Has-Attach", "")])
    add(20, when, m, dict(category="other", language="en", acknowledge=True, on_time=None,
        notes="a migrant photographer (former domestic worker) asks whether her portrait series can be exhibited; "
              "'I am not asking to speak' and a friend who 'will maybe write to you herself to ask for speaking' "
              "(first name only) make no speaker request; a pleading 'even if the answer is no, answer me'. "
              "Outlook.com HTML-only body in base64, one <div> per line; 2011 and 'last summer' are history."))


# ================================================================ 21  EN  both  migrant artists' collective in Rabat: report on time, speakers a week late
M21_FILE = "AMCC_Walls-that-Speak_GCM-report_Rabat–Casablanca.pdf"


def m21():
    when = at("2021-02-12 16:33:12")
    subj = "Voluntary report + speaker proposal - Afro-Maghreb Creative Collective"
    top_text = """Dear GCM Regional Review team,

Greetings from Rabat.

Attached is the voluntary report of the Afro-Maghreb Creative Collective (AMCC), "Walls That Speak: Street Art, Everyday Racism and the Right to the City for Sub-Saharan Migrants in Rabat and Casablanca". It brings together what we learned from eleven murals painted with migrant and Moroccan young people in Takaddoum, Hay Nahda and Derb Sultan since 2019, from the insults that were sprayed over some of them, and from the conversations with neighbours that followed.

"""
    bottom_text = """
We would also like to propose two speakers from the collective:
- Mr. Chinedu Okafor-Bello, Artistic Director, for a floor intervention in a plenary session;
- Ms. Salma Ait Lahcen, Mural Project Co-lead, for the open discussion on 23 February.

Chinedu is Nigerian and has lived in Rabat since 2014; Salma is an illustrator from Salé. Both would speak in English (Salma can also speak in Darija or French if there is interpretation).

Warm regards,
Joséphine Mbarga
Coordinator
Afro-Maghreb Creative Collective (AMCC)
Rabat, Morocco
"""
    pdf = rep_pdf("Walls That Speak - AMCC", "Afro-Maghreb Creative Collective (AMCC), Rabat",
                  ["Eleven murals, 2019-2020", "Insults sprayed over the walls", "Talking with neighbours",
                   "The right to the city", "Recommendations"])
    plain = leaf("text/plain", top_text + bottom_text, cte="quoted-printable")
    h1 = leaf("text/html", apple_html(top_text), cte="quoted-printable")
    pdf_part = attach("application/pdf", pdf, M21_FILE, inline=True)
    h2 = leaf("text/html", apple_html(bottom_text), cte="quoted-printable")
    mixed = multi("mixed", [h1, pdf_part, h2], "Apple-Mail=_5B0E7C2A-91D4-4F36-8E1B-3A6C9D2F7B40")
    body = multi("alternative", [plain, mixed], "Apple-Mail=_2F8D41B6-3C7E-4A95-B0D2-E6F1A3C85D97")
    m = mk(when, sent_at(when, 1, 7), "mr85p00im-ztdg06021101.me.example.com", "198.51.100.187", "4DdsK49PmWz2",
           addr("Joséphine Mbarga", "j.mbarga@amcc-rabat.example.org", enc="Q"), subj,
           "<C2E94A7B-6F13-4D08-9B5C-81A3E7F0D264@amcc-rabat.example.org>", body, extra=[("X-Mailer", APPLE)])
    amcc = "Afro-Maghreb Creative Collective (AMCC)"
    add(21, when, m, dict(category="both", language="en", acknowledge=True, on_time=False, speakers=[
        sp("Chinedu Okafor-Bello", "Artistic Director", amcc, ["plenary"]),
        sp("Salma Ait Lahcen", "Mural Project Co-lead", amcc, ["open_discussion"])],
        report_attachments=[M21_FILE],
        notes="both, received 12 February: the report is on time but the two speakers come a week after the "
              "speaker deadline, and the sender does not mention it: on_time false. Apple Mail with the PDF inline "
              "between two HTML parts (multipart/alternative[plain, mixed[html, inline PDF, html]]), file name "
              "with an en dash (RFC 2231 + RFC 2047); 'Mr.'/'Ms.' dropped; 2014 and 2019 are history; the "
              "coordinator who signs is not a speaker."))


# ================================================================ 22  AR  report  the network replaces its draft with the final version (reply to 19)
M22_FILES = ["تقرير لسنا غرباء - النسخة النهائية.docx", "تقرير لسنا غرباء - النسخة النهائية.pdf"]


def m22():
    when = at("2021-02-15 11:40:26")
    new = """عذراً على الإزعاج،

انتبهنا اليوم إلى أن الملف الذي أرسلناه يوم الأربعاء هو المسودة الثالثة قبل المراجعة النهائية، وفيه أرقام لم ندققها بعد. مرفق النسخة النهائية التي اعتمدتها الهيئة التنسيقية للشبكة، بصيغتي Word وPDF (المحتوى نفسه)، ونرجو اعتمادها بدلاً من الملف السابق.

شكراً لتفهمكم،
جنى
"""
    attr = "\u200fفي الأربعاء، 10 فبراير 2021 في 1:15 م، كتب \u200fJana El Hajj \u200f<\u200f" \
           "jana.elhajj.lasnaghuraba@gmail.example.com\u200f>:\u200f"
    text = new + "\n" + attr + "\n\n" + gt(M19_TEXT) + "\n"
    html = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body>'
            '<div dir="rtl">%s</div><br><div class="gmail_quote"><div dir="rtl" class="gmail_attr">%s<br></div>'
            '<blockquote class="gmail_quote" style="margin:0px 0.8ex 0px 0px;border-right:1px solid rgb(204,204,204);'
            'padding-right:1ex"><div dir="rtl">%s</div></blockquote></div></body></html>\n'
            % ("<br>".join(esc(x) for x in new.rstrip("\n").split("\n")), esc(attr),
               "<br>".join(esc(x) for x in M19_TEXT.rstrip("\n").split("\n"))))
    paras = ["Lasna Ghuraba network - voluntary GCM review report - FINAL",
             "1. Hate speech in Lebanese media and social media, Oct 2019 - Dec 2020",
             "2. Migrant domestic workers left at consulates (summer 2020)", "3. Syrian and Sudanese refugees",
             "4. Recommendations to the Ministry of Labour, the National Media Council and platforms"]
    a = alt(text, "000000000000d17f4a05bb5a92e3", html=html, b64=True)
    body = multi("mixed", [a, attach(DOCX, make_docx(paras), M22_FILES[0]),
                           attach("application/pdf", rep_pdf(paras[0], "Lasna Ghuraba network, Lebanon", paras[1:]),
                                  M22_FILES[1])], "000000000000d17f4c05bb5a92e5")
    m = mk(when, sent_at(when, 2, 8), "mail-wr1-f66.google.example.com", "192.0.2.166", "4DfW8Nc5RtZ3",
           "Jana El Hajj <jana.elhajj.lasnaghuraba@gmail.example.com>", re_hdr("Re: ", M19_SUBJ),
           "<CAK8vRz3Qt7yW2nP+f5Jb1Ld9sX6gYh2mZ4@mail.gmail.example.com>", body,
           extra=[("In-Reply-To", M19_ID), ("References", M19_ID)])
    add(22, when, m, dict(category="voluntary_report", language="ar", acknowledge=True, on_time=True,
        report_attachments=M22_FILES, thread_of=H % 19,
        notes="Gmail reply to the sender's own h257-19 replacing the draft by the final version ('نرجو اعتمادها "
              "بدلاً من الملف السابق'): two files with the same Arabic name in Word and PDF, the same report in two "
              "formats, both listed; the quoted original still describes the report; 'يوم الأربعاء' refers to "
              "10 February. thread_of h257-19; on time (15 February)."))


# ================================================================ 23  EN  report  Kuwait network: 00:52 Kuwait time = 23:52 Beirut on the deadline
M23_FILE = "KMSN_DeportThem_online-hate-speech_report_2021.pdf"


def m23():
    when = at("2021-02-16 23:52:02")
    subj = "KMSN voluntary report - online hate speech against migrant workers in Kuwait"
    text = """Dear Secretariat,

Apologies for sending this after midnight - I really hope it can still be accepted.

Please find attached the voluntary GCM review report of the Kuwait Migrant Solidarity Network (KMSN), titled:

#DeportThem: Online Hate Speech against Migrant Workers in Kuwait during the COVID-19 Pandemic - An Analysis of 48,000 Arabic and English Tweets, March to December 2020

In spring 2020, while thousands of Egyptian, Indian, Bangladeshi and Filipino workers were stuck in overcrowded housing or waiting for amnesty flights, hashtags calling for their mass deportation trended for days, and some public figures joined in. Our volunteers collected and coded the tweets; the report shows who spread them, what they said, and what the platforms and the authorities did (mostly nothing).

The dataset itself is not attached for privacy reasons, but we can share the coding frame on request.

Kind regards,

Priya Fernandes (she/her)
Research Volunteer Lead
Kuwait Migrant Solidarity Network (KMSN)
"""
    cid = "Outlook-k3w0yq1d.png"
    rel = multi("related", [multi("alternative", [leaf("text/plain", text),
                                                  leaf("text/html", outlook_html(text, lang="EN-US", img_cid=cid))],
                                  "_000_PA4P190MB1054E2B7C9A3D516_"),
                            logo(cid, (180, 30, 60), name="Outlook-k3w0yq1d.png")],
                "_005_PA4P190MB1054E2B7C9A3D516_", params=[("type", '"multipart/alternative"')])
    pdf = rep_pdf("#DeportThem - KMSN", "Kuwait Migrant Solidarity Network (KMSN)",
                  ["48,000 tweets, March-December 2020", "Who spread the hashtags", "What they said",
                   "Platforms and authorities", "Recommendations"])
    body = multi("mixed", [rel, attach("application/pdf", pdf, M23_FILE)], "_006_PA4P190MB1054E2B7C9A3D516_")
    m = mk(when, sent_at(when, 3, 6), "mail-pa4eur04on0627.outbound.protection.outlook.example.com",
           "198.51.100.127", "4DgP5Xr9KwZ1", "Priya Fernandes <priya.f.kmsn@outlook.example.com>", subj,
           "<PA4P190MB1054E2B7C9A3D516@PA4P190MB1054.EURP190.PROD.OUTLOOK.example.com>", body,
           extra=outlook(subj, "AQHXBLq3Sv5Ux7Wz9Ab1Cd3Ef5Gh7Ij9Kl==", lang="en-US", has_attach="yes"))
    add(23, when, m, dict(category="voluntary_report", language="en", acknowledge=True, on_time=True,
        report_attachments=[M23_FILE],
        notes="deadline edge: the Date header says Wed, 17 Feb 2021 00:51:56 +0300 (Kuwait) and the sender "
              "apologises 'for sending this after midnight', but the mailbox received it at 23:52 Beirut on Tuesday "
              "16 February: on time. The title starts with a hashtag and carries a date range; the dataset is "
              "explicitly not attached; the Outlook signature image (Outlook-k3w0yq1d.png, inline) is not part of "
              "the report, only the PDF is."))


# ================================================================ 24  FR  report  Oran collective of sub-Saharan migrants, pleading, one day late
M24_FILE = "Rapport CMSO Oran – racisme et discours de haine – février 2021.pdf"


def m24():
    when = at("2021-02-17 10:05:48")
    subj = "Rapport du CMSO - svp acceptez-le malgré le retard"
    text = """Bonjour Madame, Monsieur,

Nous vous écrivons avec beaucoup d'inquiétude. Nous savons que la date limite pour les rapports était hier, mardi 16 février, et que nous avons un jour de retard. Nous vous supplions de bien vouloir accepter quand même notre rapport, qui est en pièce jointe.

La semaine dernière, plusieurs de nos membres ont été arrêtés lors d'une opération dans le quartier de Coca et à Bir El Djir, et notre secrétaire général, qui avait le fichier sur son téléphone, est resté trois jours sans pouvoir nous joindre. Nous avons dû tout reprendre à partir de nos notes.

Le rapport parle de ce que vivent les migrant·e·s subsaharien·ne·s à Oran : les insultes dans la rue et dans les bus, les vidéos sur Facebook qui nous traitent de « criminels » et de « porteurs de maladies », les propriétaires qui refusent de nous louer, les expulsions vers la frontière. Ce n'est pas un rapport de spécialistes, c'est ce que nous vivons.

Que Dieu vous bénisse.

Pour le Collectif des Migrants Subsahariens d'Oran (CMSO),
Hervé Nkoulou Mbida
Secrétaire adjoint
"""
    pdf = rep_pdf("Rapport du CMSO - Oran", "Collectif des Migrants Subsahariens d'Oran (CMSO)",
                  ["Insultes dans la rue et les bus", "Videos sur Facebook", "Logement",
                   "Expulsions vers la frontiere", "Nos demandes"])
    a = alt(text, "_000_AS8P194MB1287C4E9A2B7F031_", html=outlook_html(text, lang="FR"))
    body = multi("mixed", [a, attach("application/pdf", pdf, M24_FILE)], "_004_AS8P194MB1287C4E9A2B7F031_")
    m = mk(when, sent_at(when, 1, 9), "mail-as8eur05olkn2031.outbound.protection.outlook.example.com",
           "198.51.100.31", "4DgkR63TpVz9", "Herve Nkoulou <cmso.oran@hotmail.example.com>", hdr(subj, enc="Q"),
           "<AS8P194MB1287C4E9A2B7F031@AS8P194MB1287.EURP194.PROD.OUTLOOK.example.com>", body,
           extra=outlook(hdr(subj, enc="Q"), "AQHXBQz4Ta6Vc8Xe0Zg2Bi4Dk6Fm8Ho0Jq==", lang="fr-FR", has_attach="yes"))
    add(24, when, m, dict(category="voluntary_report", language="fr", acknowledge=True, on_time=False,
        report_attachments=[M24_FILE],
        notes="late report (Wednesday 17 February, 10:05 Beirut; the sender knows it is 'un jour de retard') from a "
              "collective of sub-Saharan migrants in Oran, pleading ('Nous vous supplions'); PDF name with en dashes "
              "and an accent (RFC 2231 + RFC 2047); 'hier, mardi 16 février' is the deadline quoted, not the date "
              "of sending. Hotmail account named after the collective with an unaccented From name."))


def main():
    for f in (m01, m02, m03, m04, m05, m06, m07, m08, m09, m10, m11, m12, m13, m14, m15, m16, m17, m18, m19,
              m20, m21, m22, m23, m24):
        f()
    SET.write()


if __name__ == "__main__":
    main()
