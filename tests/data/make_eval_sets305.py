#!/usr/bin/env python3
"""Write the blind evaluation set holdout305 (24 raw .eml messages + labels.json).

Deterministic, standard library only:  python3 tests/data/make_eval_sets305.py
Theme: media, arts and cultural organisations and journalists' unions (20 January - 17 February 2021).  Long
narrative messages in which the speaker's name, post and organisation sit in the middle of a paragraph, and people
writing for someone else: a press-freedom centre's communications officer (who later corrects the director's title
in the same thread), a theatre company's intern (the artistic director, in Cc, answers our acknowledgement with an
out-of-office), a women journalists' association's executive coordinator (two speakers, prose and a numbered list;
her thank-you to our acknowledgement adds nothing), a film festival's programme assistant (HTML-only table), a
community radio's editor-in-chief two minutes before the speaker deadline, a Maghreb daily's editorial secretary an
hour after it in her own time zone (late), a Lebanese band's project coordinator writing in dialect with no session
named, a Gulf radio network's editorial intern with a nomination letter and a CV (the Cc'd speaker's address is
mistyped and our acknowledgement bounces), a journalists' union's administrative secretary with a signed letter in
PDF (withdrawn ten days later), a film archive's report plus its president in the plenary, an arts foundation's
report with a late roundtable request and a CV, reports with decoys (a workshop agenda, a festival programme, an
exhibition poster, a cover letter, a signature logo), a TV channel's press accreditation question, a documentary
collective's question whether a film can be the voluntary report, a cultural foundation's newsletter, a storytelling
initiative's report at 23:59:41 on the report deadline (Date header already 17 February in UTC+3) and a journalists'
network's report three minutes after it (Date header still 16 February in UTC+1).
Exercises: honorifics (Ms., Mme, M., Mr., الأستاذة, الأستاذ, السيد) dropped from names; titles written in prose
('our Head of the Migration Desk, ...', 'directrice artistique et metteuse en scène', 'رئيس التحرير'); roles in
words ('the open discussion of the multi-stakeholder consultation', 'serve as rapporteur', 'en séance plénière',
'roundtable 3', 'la table ronde n° 4', 'الطاولة المستديرة الثانية/الرابعة'); a dialect request with no role;
windows-1256, ISO-8859-1, base64, quoted-printable, 8bit format=flowed; Outlook, OWA (HTML-only), Apple Mail, Gmail,
Gmail for Android, Yahoo, Thunderbird, Open-Xchange and Zimbra webmail, iPhone; Sieve-style out-of-office, Postfix
DSN, a bulk list mail.  Helpers from mailgen.py.
"""
import datetime as dt

from mailgen import (EvalSet, DOCX, POSTFIX_NOTICE, addr, alt, at, attach, dsn_report, esc, flowed, gmail_html, hdr,
                     html_only, leaf, make_docx, make_pdf, make_png, mk, multi, re_hdr, rep_pdf, rfcdate, sent_at,
                     sp, std_rows, top)
from mailgen import outlook_html, outlook_rows, logo
from mailgen import quote_block as q, ack_id

SET = EvalSet(305)
add = SET.add
H = "h305-%02d.eml"

APPLE = "Apple Mail (2.3654.40.0.2.32)"
THUNDERBIRD = "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:78.0) Gecko/20100101 Thunderbird/78.7.1"
THUNDERBIRD_MAC = "Mozilla/5.0 (Macintosh; Intel Mac OS X 10.15; rv:78.0) Gecko/20100101 Thunderbird/78.7.0"
OX = "Open-Xchange Mailer v7.10.4-Rev19"
ZIMBRA = "Zimbra 8.8.15_GA_3869 (ZimbraWebClient - FF85 (Linux)/8.8.15_GA_3869)"
YAHOO = "WebService/1.1.17648 YahooMailAndroidMobile"
IPHONE = "iPhone Mail (18D52)"
OUTLOOK_MAC = "Microsoft-MacOutlook/16.45.21011103"


# ---------------------------------------------------------------- client-specific HTML
def apple_html(text):
    divs = "".join('<div class="">%s</div>' % (esc(x) if x else '<br class="">') for x in text.rstrip("\n").split("\n"))
    return ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body '
            'style="word-wrap: break-word; -webkit-nbsp-mode: space; line-break: after-white-space;" class="">'
            '%s</body></html>\n' % divs)


def ymail_html(text, rtl=False):
    d = "rtl" if rtl else "ltr"
    rows = "".join('<div dir="%s">%s</div>' % (d, esc(x) if x else "<br>") for x in text.rstrip("\n").split("\n"))
    return ('<html><head></head><body><div class="yahoo-style-wrap" style="font-family:Helvetica Neue, Helvetica, '
            'Arial, sans-serif;font-size:16px;">%s</div></body></html>\n' % rows)


def ox_html(text):
    paras = "".join("<p>%s</p>" % "<br>".join(esc(x) for x in p.split("\n")) for p in text.strip("\n").split("\n\n"))
    return ('<!doctype html>\n<html><head><meta charset="UTF-8"></head><body><div class="default-style">%s</div>'
            '</body></html>\n' % paras)


def zimbra_html(text):
    inner = "<br>".join(esc(x) for x in text.rstrip("\n").split("\n"))
    return ('<html><body><div style="font-family: arial, helvetica, sans-serif; font-size: 12pt; color: #000000">'
            '<div>%s</div></div></body></html>\n' % inner)


def ack_text(lang, subject):
    """Our acknowledgement as quoted in the replies of this set (invented wording)."""
    if lang == "ar":
        return ("تحية طيبة،\n\nتشكركم أمانة الاستعراض الإقليمي للاتفاق العالمي للهجرة في المنطقة العربية على رسالتكم "
                "«%s»، وتؤكد استلامها. سنوافيكم بالبرنامج النهائي وبتفاصيل المشاركة في أقرب وقت.\n\n"
                "أمانة الاستعراض الإقليمي - الدول العربية" % subject)
    if lang == "fr":
        return ("Bonjour,\n\nNous accusons bonne réception de votre message « %s ». Le secrétariat de l'Examen "
                "régional du Pacte mondial pour les migrations vous tiendra informé(e) du programme définitif.\n\n"
                "Secrétariat de l'Examen régional – États arabes" % subject)
    return ("Hello,\n\nThank you for your message \"%s\", which the secretariat of the GCM Regional Review in the Arab "
            "region has received. We will be in touch about the final programme.\n\n"
            "GCM Regional Review Secretariat - Arab States" % subject)


# ================================================================ 01  EN  speaker  press-freedom centre: the communications officer writes for the Executive Director
M01_ID = "<VI1PR02MB5561A3F07C2E9B41@VI1PR02MB5561.eurprd02.prod.outlook.example.com>"
M01_SUBJ = "Participation of MCMF's Executive Director in the GCM Regional Review"
M01_TEXT = """Dear GCM Regional Review team,

I am writing on behalf of our Executive Director, who is travelling this week and asked me to get in touch with you before the end of January.

The Mashriq Centre for Media Freedom (MCMF) has worked since 2009 with journalists who cover migration and displacement in Lebanon, Syria and Jordan, and since 2017 we have run a fellowship for refugee and migrant reporters, many of whom now write for regional outlets. Over the past year we have also documented more than forty cases of migrant domestic workers who were named, photographed or filmed without their consent in news reports, and we are drafting a short code of practice with six newsrooms. It is in this spirit that our Executive Director, Ms. Hala Mroueh-Daccache, would like to take part in the open discussion of the multi-stakeholder consultation on 23 February, where she hopes to raise how the media can report on migrants without exposing them to harm, and what objective 17 of the Global Compact could mean in practice for editors and journalism schools. Ms. Mroueh-Daccache has trained more than 300 journalists in the region and sits on the boards of two press councils.

She has already registered through the online form. Please copy me on any reply, as I am managing her schedule for the review.

Kind regards,

Maya Sfeir
Communications Officer
Mashriq Centre for Media Freedom (MCMF)
Hamra, Beirut - Lebanon
+961 1 000 000 | www.mcmf.example.org
"""


def m01():
    when = at("2021-01-20 16:12:07")
    cid = "image001.png@01D6EF4B.7A1C2E30"
    rel = multi("related", [leaf("text/html", outlook_html(M01_TEXT, img_cid=cid)), logo(cid, (170, 20, 40))],
                "_004_VI1PR02MB5561A3F07C2E9B41_", params=[("type", '"text/html"')])
    body = multi("alternative", [leaf("text/plain", M01_TEXT), rel], "_000_VI1PR02MB5561A3F07C2E9B41_")
    m = mk(when, sent_at(when, 2, 6), "mail-vi1eur02on0611.outbound.protection.outlook.example.com", "198.51.100.61",
           "4DLB3kQ07Tz1", "Maya Sfeir <m.sfeir@mcmf.example.org>", M01_SUBJ, M01_ID, body, ret="m.sfeir@mcmf.example.org",
           extra=outlook_rows(M01_SUBJ, "AdbvNq4Rk7Ws2Ty5Ui8Op1As3Df6Gh==", has_attach="no"))
    add(1, when, m, dict(category="speaker_request", language="en", acknowledge=True, on_time=True, speakers=[
        sp("Hala Mroueh-Daccache", "Executive Director", "Mashriq Centre for Media Freedom (MCMF)",
           ["open_discussion"])],
        notes="the communications officer (her own name, title and the organisation in the signature) writes for "
              "the Executive Director, who is named only in the middle of a long paragraph ('our Executive "
              "Director, Ms. Hala Mroueh-Daccache, would like to take part in the open discussion of the "
              "multi-stakeholder consultation'); 'Ms.' dropped; 2009, 2017, 'forty cases', 'objective 17' and "
              "'300 journalists' are noise. Outlook with an inline signature logo, Date in UTC+2. Her title is "
              "corrected in the same thread on 26 January (h305-05)."))


# ================================================================ 02  FR  speaker  theatre company: the intern writes for the artistic director (in Cc)
M02_ID = "<5E0C7A1B-93D4-4F2A-B8E6-2C91D07F4A63@passeursderives.example.org>"
M02_SUBJ = "Demande d'intervention – Compagnie Les Passeurs de Rives (table ronde n° 2)"
M02_QID = "4DMa8Pc26Hz3"
M02_CC = "Amel Triki-Bouzid <amel.triki@passeursderives.example.org>"


def m02():
    when = at("2021-01-22 11:40:33")
    text = """Madame, Monsieur,

Je suis stagiaire au sein de la Compagnie Les Passeurs de Rives, une compagnie de théâtre installée à Sfax, et je vous écris à la demande de notre directrice, actuellement en tournée, qui m'a chargée de vous transmettre notre demande.

Depuis 2016, la compagnie anime des ateliers d'écriture et de jeu avec de jeunes migrants subsahariens installés à Sfax et avec des familles de pêcheurs de Kerkennah dont les enfants ont pris la mer. Notre dernier spectacle, « Le sel et la route », joué dans onze villes tunisiennes et à Palerme, est né de ces ateliers. Forte de cette expérience, Mme Amel Triki-Bouzid, directrice artistique et metteuse en scène de la compagnie, souhaiterait prendre la parole lors de la table ronde n° 2 de la Conférence régionale, afin d'évoquer la place de la culture dans l'inclusion des personnes migrantes et dans la lutte contre les discours de haine. Si le format le permet, elle pourrait également présenter un court extrait filmé du spectacle (trois minutes environ).

Mme Triki-Bouzid est en copie de ce message. N'hésitez pas à me contacter pour tout complément d'information : je m'occupe de son agenda jusqu'à la fin de mon stage, en mars.

Bien cordialement,

Lina Jaziri
Stagiaire – Communication et relations publiques
Compagnie Les Passeurs de Rives
Sfax, Tunisie
"""
    body = alt(text, "Apple-Mail=_3B7E2D91-6A0C-4F58-A1D3-9C2B4E7F0A15", html=apple_html(text))
    m = mk(when, sent_at(when, 1, 5), "smtp.passeursderives.example.org", "203.0.113.52", M02_QID,
           "Lina Jaziri <stage.com@passeursderives.example.org>", hdr(M02_SUBJ), M02_ID, body, cc=M02_CC,
           ret="stage.com@passeursderives.example.org", extra=[("X-Mailer", APPLE)])
    add(2, when, m, dict(category="speaker_request", language="fr", acknowledge=True, on_time=True, speakers=[
        sp("Amel Triki-Bouzid", "directrice artistique et metteuse en scène", "Compagnie Les Passeurs de Rives",
           ["roundtable"], 2)],
        notes="an intern ('Stagiaire – Communication et relations publiques') writes for the artistic director, who "
              "is in Cc; the speaker, her post and the roundtable are all inside one long narrative paragraph "
              "('Mme Amel Triki-Bouzid, directrice artistique et metteuse en scène de la compagnie, souhaiterait "
              "prendre la parole lors de la table ronde n° 2'); 'Mme' dropped; the play's title, 2016, 'onze "
              "villes' and 'trois minutes' are noise. Apple Mail, Date in UTC+1. The director's out-of-office "
              "answers our acknowledgement (h305-03)."))


# ================================================================ 03  FR  auto_reply  the Cc'd artistic director's out-of-office on our acknowledgement of 02
def m03():
    when = at("2021-01-22 11:41:19")
    ack = ack_id(M02_QID)
    text = """Bonjour,

Je suis en tournée avec la compagnie (Sousse, Tunis puis Palerme) jusqu'au 7 février et je consulte rarement ma messagerie.

Pour toute demande urgente, vous pouvez écrire à Lina Jaziri, stagiaire chargée de la communication (stage.com@passeursderives.example.org), ou appeler l'administration de la compagnie au +216 74 000 000.

Bien à vous,

Amel Triki-Bouzid
Directrice artistique
Compagnie Les Passeurs de Rives
"""
    body = leaf("text/plain", text, "utf-8", "quoted-printable")
    subj = hdr("Réponse automatique : Accusé de réception - " + M02_SUBJ, enc="Q")
    rows = std_rows(when, "smtp.passeursderives.example.org", "203.0.113.52", "4DMa9Bv41Jz7",
                    "Amel Triki-Bouzid <amel.triki@passeursderives.example.org>", subj, rfcdate(sent_at(when, 1, 3)),
                    "<autoreply.1611308476.8842@passeursderives.example.org>",
                    extra=[("Auto-Submitted", "auto-replied"), ("X-Autoreply", "yes")], ret="")
    rows = [(k, "<>" if k == "Return-Path" else v) for k, v in rows]
    rows += [("In-Reply-To", ack), ("References", M02_ID + " " + ack)]
    add(3, when, top(body, rows), dict(category="auto_reply", language="fr", acknowledge=False, on_time=None,
        notes="out-of-office of the artistic director (in Cc of h305-02) answering our acknowledgement 46 seconds "
              "later (Auto-Submitted: auto-replied, X-Autoreply: yes, null Return-Path, 'Réponse automatique :' "
              "subject): signed with her name and post, it names the intern; no request. Never acknowledge; "
              "thread_of null as for dev auto-replies."))


# ================================================================ 04  AR  speaker  women journalists' association: two speakers, prose and a numbered list
M04_ID = "<CAF9mQ2v7Yt4Kp1Rz8+Nb3Wc6Hd0Lj5Gs2E@mail.gmail.example.com>"
M04_SUBJ = "ترشيح متحدثتين من الرابطة العربية للصحفيات والإعلاميات"
M04_QID = "4DNh2Wx54Fz8"


def m04():
    when = at("2021-01-25 09:05:50")
    text = """السادة أمانة الاستعراض الإقليمي المحترمين،
تحية طيبة وبعد،

أكتب إليكم بصفتي منسقة المكتب التنفيذي في الرابطة العربية للصحفيات والإعلاميات، وبتكليف من رئيسة الرابطة، للتعبير عن رغبتنا في المشاركة في أعمال الاستعراض الإقليمي للاتفاق العالمي من أجل الهجرة الآمنة والمنظمة والنظامية.

تضم الرابطة أكثر من ستمئة صحفية وإعلامية من اثني عشر بلداً عربياً، بينهن عدد متزايد من الزميلات اللاجئات والمهاجرات اللواتي اضطررن إلى مغادرة بلدانهن بسبب عملهن الصحفي أو فقدن مصدر رزقهن في بلدان اللجوء. وقد أطلقنا عام 2019 برنامجاً للإرشاد المهني والدعم القانوني لهن، ونرى أن تجربتهن تستحق أن تُسمع في هذا المحفل. ولذلك يسرنا أن نرشح رئيسة الرابطة، الأستاذة ريم الحسيني، وهي صحفية استقصائية عملت في الصحافة المكتوبة أكثر من عشرين عاماً، لتكون مقررة تنقل الرسائل الرئيسية لأصحاب المصلحة، كما نرشح الزميلة جنى عيسى، مسؤولة برنامج الصحفيات المهاجرات في الرابطة، للمداخلة في الطاولة المستديرة الثانية، حيث ستتحدث عن أوضاع الصحفيات المهاجرات وسبل حمايتهن من التحرش والملاحقة عبر الإنترنت.

وتسهيلاً لعملكم نورد البيانات كما يلي:
1. ريم الحسيني – رئيسة الرابطة – مقررة
2. جنى عيسى – مسؤولة برنامج الصحفيات المهاجرات – الطاولة المستديرة الثانية

ونحن على استعداد لتزويدكم بالسيرة الذاتية لكل منهما عند الطلب.

مع خالص التقدير،

سارة الدباغ
منسقة المكتب التنفيذي
الرابطة العربية للصحفيات والإعلاميات
عمّان – الأردن
"""
    body = alt(text, "0000000000003c9e1f05b9a7d4e2", html=gmail_html(text, rtl=True), b64=True)
    m = mk(when, sent_at(when, 2, 8), "mail-wm1-f54.google.example.com", "192.0.2.54", M04_QID,
           addr("سارة الدباغ", "sara.dabbagh@awja.example.org"), hdr(M04_SUBJ), M04_ID, body,
           ret="sara.dabbagh@awja.example.org")
    add(4, when, m, dict(category="speaker_request", language="ar", acknowledge=True, on_time=True, speakers=[
        sp("ريم الحسيني", "رئيسة الرابطة", "الرابطة العربية للصحفيات والإعلاميات", ["rapporteur"]),
        sp("جنى عيسى", "مسؤولة برنامج الصحفيات المهاجرات", "الرابطة العربية للصحفيات والإعلاميات", ["roundtable"], 2)],
        notes="the association's executive coordinator writes 'بتكليف من رئيسة الرابطة' and proposes the president "
              "herself and a colleague: both are named in the middle of a long paragraph ('الأستاذة' and "
              "'الزميلة' dropped; 'صحفية استقصائية ...' is a description, the post is 'رئيسة الرابطة' as the list "
              "repeats), then in a numbered list with dashes; 'مقررة تنقل الرسائل الرئيسية' = rapporteur, "
              "'الطاولة المستديرة الثانية' = roundtable 2. The sender (signature) is not a speaker. Gmail, base64, "
              "RTL HTML. Her thank-you to our acknowledgement follows (h305-08)."))


# ================================================================ 05  EN  speaker  correction of 01's title in the same thread
def m05():
    when = at("2021-01-26 14:30:02")
    text = """Dear colleagues,

Following up on my message of 20 January (below): Hala has asked me to correct her title before your programme is drafted. She handed over the day-to-day management of the Centre at the end of December, so her title is now Founding Director and Chair of the Board, not Executive Director as I wrote. Her request itself is unchanged - she would still like to take part in the open discussion on 23 February.

For your records, then: Hala Mroueh-Daccache, Founding Director and Chair of the Board, Mashriq Centre for Media Freedom (MCMF).

Apologies for the confusion, and many thanks.

Maya

Maya Sfeir
Communications Officer
Mashriq Centre for Media Freedom (MCMF)

From: Maya Sfeir
Sent: Wednesday, January 20, 2021 4:12 PM
To: gcmrrarabstates@iom.int
Subject: """ + M01_SUBJ + "\n\n" + M01_TEXT
    mid = "<VI1PR02MB5561D82B4E0F7A96@VI1PR02MB5561.eurprd02.prod.outlook.example.com>"
    body = alt(text, "_000_VI1PR02MB5561D82B4E0F7A96_", html=outlook_html(text))
    m = mk(when, sent_at(when, 2, 7), "mail-vi1eur02on0611.outbound.protection.outlook.example.com", "198.51.100.61",
           "4DNq6Mh80Cz2", "Maya Sfeir <m.sfeir@mcmf.example.org>", "RE: " + M01_SUBJ, mid, body,
           ret="m.sfeir@mcmf.example.org",
           extra=[("In-Reply-To", M01_ID), ("References", M01_ID)] +
           outlook_rows(M01_SUBJ, "AdbvNq4Rk7Ws2Ty5Ui8Op1As3Df6GhAAH3kLw=="))
    add(5, when, m, dict(category="speaker_request", language="en", acknowledge=True, on_time=True, speakers=[
        sp("Hala Mroueh-Daccache", "Founding Director and Chair of the Board", "Mashriq Centre for Media Freedom (MCMF)",
           ["open_discussion"])],
        thread_of=H % 1,
        notes="correction of the speaker's title six days later, as an Outlook reply to h305-01 (In-Reply-To, "
              "quoted original not '>'-prefixed): the new title 'Founding Director and Chair of the Board' "
              "replaces 'Executive Director', which still appears in the new text ('not Executive Director as I "
              "wrote') and in the quoted message; role restated as unchanged (open discussion). Labelled like the "
              "dev replacement 021: speaker_request with the corrected speaker, thread_of the original. "
              "Acknowledged: it changes the request."))


# ================================================================ 06  AR  other  documentary collective: can a film be the voluntary report?
def m06():
    when = at("2021-01-27 10:15:44")
    subj = "سؤال حول شكل التقرير الطوعي - فيلم وثائقي"
    text = """مساء الخير،

نحن مجموعة صغيرة من صانعات الأفلام الوثائقية في القاهرة، نعمل منذ ثلاث سنوات مع عاملات منازل مهاجرات من السودان وإريتريا والفلبين، وقد أنهينا قبل أسابيع فيلماً وثائقياً بعنوان «مفاتيح البيوت الأخرى» مدته 38 دقيقة، تروي فيه سبع عاملات قصصهن بأصواتهن: الاستقدام، ومصادرة جوازات السفر، والعمل دون يوم راحة، ثم محاولات العودة خلال الجائحة. وقد عُرض الفيلم في مهرجانين، ونظمنا بعد كل عرض نقاشاً مع محامين وممثلين عن جمعيات أهلية.

قرأنا الدعوة إلى تقديم تقارير طوعية عن تنفيذ الاتفاق العالمي، ولدينا سؤالان قبل أن نقرر كيف نشارك:
1. هل يمكن أن نرسل الفيلم نفسه (رابط مشاهدة خاص) بوصفه تقريرنا الطوعي، مرفقاً بملخص مكتوب من صفحتين؟ أم يجب أن يكون التقرير نصاً مكتوباً كاملاً؟
2. هل هناك إمكانية لعرض الفيلم أو مقاطع منه على هامش المؤتمر الإقليمي، حضورياً أو عبر الإنترنت؟

لم نرسل أي شيء بعد، وننتظر ردكم قبل أن نعدّ الملف.

مع خالص الشكر،
ليلى منصور
عن مجموعة «عدسة» لصانعات الأفلام الوثائقية
"""
    body = alt(text, "----=_Part_2240918_1187363550.1611735340512", html=ymail_html(text, rtl=True))
    m = mk(when, sent_at(when, 2, 9), "sonic315-22.consmr.mail.bf2.yahoo.example.com", "198.51.100.215",
           "4DPb1Ls37Nz5", addr("Laila Mansour", "laila.mansour.films@yahoo.example.com"), hdr(subj),
           "<1611735340512.2240919@mail.yahoo.example.com>", body, ret="laila.mansour.films@yahoo.example.com",
           extra=[("X-Mailer", YAHOO)])
    add(6, when, m, dict(category="other", language="ar", acknowledge=True, on_time=None,
        notes="a documentary collective asks whether a film (private link plus a two-page summary) can be its "
              "voluntary report and whether it can be screened at the conference: 'التقارير الطوعية', 'تقريرنا "
              "الطوعي' and the conference are all there, but 'لم نرسل أي شيء بعد' - nothing is submitted and no "
              "speaker is proposed. Yahoo Mail (Android), Latin display name over an Arabic body."))


# ================================================================ 07  EN  speaker  film festival: two speakers in an HTML-only table (OWA)
def m07():
    when = at("2021-01-28 17:22:10")
    subj = "Speaker proposals - Rawi Documentary Film Festival"
    inner = """<div style="font-family: Calibri, Arial, Helvetica, sans-serif; font-size: 12pt; color: rgb(0,0,0);">
<p>Dear colleagues,</p>
<p>I am writing on behalf of the Director of the Rawi Documentary Film Festival (RDFF), which has taken place in Amman every November since 2012 and has screened more than sixty films by or about refugees and migrants. In 2020 we ran, for the first time, a film lab for migrant domestic workers who wanted to tell their own stories; three of the short films made in the lab were later broadcast on national television.</p>
<p>We would like to propose two speakers for the Regional Review Conference. Our Festival Director would like to make a floor intervention in a plenary session on how cultural institutions can change the way the public sees migrants. The second speaker is one of the filmmakers from our lab, who would speak in roundtable 3 about making films with, rather than about, migrant workers. Their details are in the table below.</p>
<table border="1" cellspacing="0" cellpadding="4" style="border-collapse: collapse;">
<tr><th>Name</th><th>Position</th><th>Organisation</th><th>Session</th></tr>
<tr><td>Dalia Saab</td><td>Festival Director</td><td>Rawi Documentary Film Festival (RDFF)</td><td>Plenary session</td></tr>
<tr><td>Tesfaye Girma Bekele</td><td>Filmmaker and Community Organiser</td><td>Habesha Voices Media Collective</td><td>Roundtable 3</td></tr>
</table>
<p>Mr. Girma Bekele does not have a work e-mail address, so please send any correspondence for him through me.</p>
<p>Best regards,</p>
<p>Omar Haddadin<br>
Programme Assistant<br>
Rawi Documentary Film Festival (RDFF)<br>
Jabal Al-Weibdeh, Amman - Jordan</p>
</div>"""
    body = html_only(inner, newlines=True)
    m = mk(when, sent_at(when, 2, 5), "mail-am6eur05on2071.outbound.protection.outlook.example.com", "198.51.100.71",
           "4DQc5Tg19Rz6", "Omar Haddadin <omar.h@rawifilmfest.example.org>", subj,
           "<AM6PR05MB41733E9C1B7D2A58@AM6PR05MB4173.eurprd05.prod.outlook.example.com>", body,
           ret="omar.h@rawifilmfest.example.org",
           extra=[("Thread-Topic", subj), ("Thread-Index", "AQHW9Xk3c8Rt2Vb6Nm1Qa4Ze7Ws0Lp=="),
                  ("Content-Language", "en-GB"), ("X-MS-Has-Attach", ""), ("X-MS-TNEF-Correlator", ""),
                  ("X-Originating-IP", "[203.0.113.87]")])
    add(7, when, m, dict(category="speaker_request", language="en", acknowledge=True, on_time=True, speakers=[
        sp("Dalia Saab", "Festival Director", "Rawi Documentary Film Festival (RDFF)", ["plenary"]),
        sp("Tesfaye Girma Bekele", "Filmmaker and Community Organiser", "Habesha Voices Media Collective",
           ["roundtable"], 3)],
        notes="HTML-only message from Outlook on the web (no text/plain part): two speakers in an HTML table "
              "(Name / Position / Organisation / Session), each also described in prose without a name ('Our "
              "Festival Director ...', 'one of the filmmakers from our lab ... in roundtable 3'); the second "
              "speaker belongs to another organisation. The sender, a programme assistant writing for the "
              "Director, is not a speaker; 'Mr.' dropped in prose; 2012, 'sixty films', 2020 are noise."))


# ================================================================ 08  AR  other  thank-you to our acknowledgement of 04 (adds nothing)
def m08():
    when = at("2021-02-01 12:00:27")
    ack = ack_id(M04_QID)
    quoted = ack_text("ar", M04_SUBJ)
    text = """شكراً جزيلاً على تأكيد الاستلام، وبانتظار أخباركم بخصوص البرنامج.

تحياتي،
سارة

تم الإرسال من هاتف Samsung Galaxy الذكي.

في الإثنين، 25 يناير 2021 في 9:06 ص، كتب GCM Regional Review Arab States <gcmrrarabstates@iom.int>:

""" + q(quoted) + "\n"
    body = alt(text, "000000000000b7f52a05ba3c61e9", html=gmail_html(text, rtl=True))
    m = mk(when, sent_at(when, 2, 6), "mail-pf1-f178.google.example.com", "192.0.2.178", "4DSk3Vn28Bz4",
           addr("سارة الدباغ", "sara.dabbagh@awja.example.org"), re_hdr("Re: ", "إشعار استلام - " + M04_SUBJ),
           "<CAF9mQ2vK3rT8Wq5+Xe1Nd7Cz4Hb6Pa9Jm0F@mail.gmail.example.com>", body, ret="sara.dabbagh@awja.example.org",
           extra=[("In-Reply-To", ack), ("References", M04_ID + " " + ack)])
    add(8, when, m, dict(category="other", language="ar", acknowledge=False, on_time=None, thread_of=H % 4,
        notes="one-line thank-you from Gmail for Android answering our acknowledgement of h305-04 (References name "
              "h305-04 and the acknowledgement): adds nothing new, so no acknowledgement; the '>'-quoted "
              "acknowledgement repeats the subject 'ترشيح متحدثتين'. 'Re:' kept in ASCII before the encoded "
              "Arabic subject."))


# ================================================================ 09  FR  both  film archive: report + its president in the plenary (on time)
M09_REPORT = "Rapport_volontaire_ACMM_PMM_2021.pdf"
M09_PROG = "Programme_Festival_ACMM_2020.pdf"


def m09():
    when = at("2021-02-02 15:47:12")
    subj = "Rapport volontaire et demande d'intervention – Association Ciné-Mémoires Migrantes"
    text = """Madame, Monsieur,

Je me permets de vous écrire au nom de l'Association Ciné-Mémoires Migrantes (ACMM), basée à Casablanca, dont je suis la chargée de communication.

Depuis 2011, notre association recueille, restaure et numérise les films amateurs, les photographies et les « lettres filmées » que les familles marocaines émigrées en Europe envoyaient au pays, et, depuis 2018, les témoignages filmés de migrants subsahariens installés au Maroc. Ces archives sont montrées chaque année lors de notre festival et dans les lycées. Dans le cadre de l'Examen régional, nous avons rédigé un rapport volontaire, que vous trouverez en pièce jointe, sur la mémoire des migrations et son rôle dans la lutte contre la discrimination (objectifs 16 et 17 du Pacte mondial). Le programme de notre dernier festival est également joint, à titre d'illustration.

Par ailleurs, notre président, M. Karim Ouazzani, souhaiterait intervenir en séance plénière lors de la Conférence régionale des 24 et 25 février. Réalisateur de trois documentaires sur l'émigration rifaine, il voudrait y présenter les conclusions du rapport et plaider pour que les archives des migrants soient reconnues comme patrimoine commun.

Je reste à votre disposition pour tout renseignement.

Bien cordialement,

Hind Lamrani
Chargée de communication
Association Ciné-Mémoires Migrantes (ACMM)
Casablanca – Maroc
"""
    pdf = rep_pdf("Rapport volontaire - Association Cine-Memoires Migrantes (ACMM)",
                  "Examen regional du Pacte mondial pour les migrations - region arabe",
                  ["Presentation de l'ACMM et methodologie", "Archives des familles emigrees",
                   "Temoignages des migrants subsahariens au Maroc", "Memoire et lutte contre la discrimination",
                   "Defis", "Recommandations"])
    prog = make_pdf(["Festival Cine-Memoires Migrantes - 9e edition", "Casablanca, 12-15 novembre 2020",
                     "Jeudi 12 : ouverture, Lettres filmees (1968-1985)", "Vendredi 13 : projections dans les lycees",
                     "Samedi 14 : table ronde Archives et migrations", "Dimanche 15 : cloture"])
    a = alt(text, "----=_Part_88214_1377529401.1612273628401", html=ox_html(text))
    body = multi("mixed", [a, attach("application/pdf", pdf, M09_REPORT), attach("application/pdf", prog, M09_PROG)],
                 "----=_Part_88213_402781596.1612273628400")
    m = mk(when, sent_at(when, 1, 4), "smtp-out.webmail.example.ma", "198.51.100.109", "4DTf7Gq62Kz0",
           "Hind Lamrani <hind.lamrani@cinememoires.example.ma>", hdr(subj, enc="Q"),
           "<1398204733.88215.1612273628402@webmail.example.ma>", body, ret="hind.lamrani@cinememoires.example.ma",
           extra=[("X-Mailer", OX), ("Importance", "Normal"), ("X-Priority", "3")])
    add(9, when, m, dict(category="both", language="fr", acknowledge=True, on_time=True, speakers=[
        sp("Karim Ouazzani", "président", "Association Ciné-Mémoires Migrantes (ACMM)", ["plenary"])],
        report_attachments=[M09_REPORT],
        notes="both, on time (2 February): the report PDF plus a festival programme PDF (decoy, 'à titre "
              "d'illustration'); the communication officer writes and proposes 'notre président, M. Karim "
              "Ouazzani' for 'séance plénière' in the middle of a paragraph ('M.' dropped; 'Réalisateur de trois "
              "documentaires' is a description, not the post). Open-Xchange webmail, Date in UTC+1; 2011, 2018, "
              "'objectifs 16 et 17' are noise."))


# ================================================================ 10  FR  speaker  journalists' union: letter in PDF + body, plenary
M10_ID = "<DB6PR01MB3862F4A70C9E2B15@DB6PR01MB3862.eurprd01.prod.outlook.example.com>"
M10_SUBJ = "SJSM – Désignation d'un intervenant pour la Conférence régionale d'examen du PMM"
M10_LETTER = "Lettre_SJSM_Examen_regional_PMM.pdf"
M10_TEXT = """Madame, Monsieur,

Pour le Secrétaire général, empêché, j'ai l'honneur de vous transmettre la lettre ci-jointe par laquelle le Syndicat des Journalistes du Sahel et du Maghreb (SJSM) répond à votre invitation.

Le SJSM regroupe plus de 900 journalistes de Mauritanie, du Mali, du Niger, du Sénégal et des pays du Maghreb, dont beaucoup couvrent les routes migratoires au péril de leur sécurité. Réuni le 28 janvier à Nouakchott, notre Bureau exécutif a estimé que la voix des journalistes devait être entendue lors de l'Examen régional et a désigné M. Abdoulaye Sow-Ba, Secrétaire général adjoint chargé des droits et libertés, pour prendre la parole lors d'une séance plénière de la Conférence régionale. M. Sow-Ba a coordonné en 2019 et en 2020 l'enquête du Syndicat sur les conditions de travail des correspondants locaux à Nouadhibou et à Agadez, et il souhaiterait en présenter les principales conclusions.

La lettre, signée par le Secrétaire général, M. Sidi Mohamed Ould Ely, reprend ces informations.

Veuillez agréer, Madame, Monsieur, l'expression de nos salutations distinguées.

Aïchetou Mint Sidi
Secrétaire administrative
Syndicat des Journalistes du Sahel et du Maghreb (SJSM)
Nouakchott – Mauritanie
"""


def m10():
    when = at("2021-02-03 10:10:16")
    letter = make_pdf(["SYNDICAT DES JOURNALISTES DU SAHEL ET DU MAGHREB (SJSM)", "Le Secretaire general",
                       "Nouakchott, le 29 janvier 2021", "Objet : Examen regional du PMM - designation d'un intervenant",
                       "Le Bureau executif a designe M. Abdoulaye Sow-Ba, Secretaire general adjoint",
                       "charge des droits et libertes, pour une intervention en seance pleniere.",
                       "Sidi Mohamed Ould Ely, Secretaire general"])
    a = alt(M10_TEXT, "_000_DB6PR01MB3862F4A70C9E2B15_", html=outlook_html(M10_TEXT, lang="FR"))
    body = multi("mixed", [a, attach("application/pdf", letter, M10_LETTER)], "_004_DB6PR01MB3862F4A70C9E2B15_")
    m = mk(when, sent_at(when, 0, 8), "mail-db6eur01on0620.outbound.protection.outlook.example.com", "198.51.100.20",
           "4DVa2Rt09Pz3", "Aichetou Mint Sidi <secretariat@sjsm.example.org>", hdr(M10_SUBJ, enc="Q"), M10_ID, body,
           ret="secretariat@sjsm.example.org",
           extra=outlook_rows(hdr(M10_SUBJ, enc="Q"), "AdbsWq5Lk2Zx8Cv3Bn6Mq9Wa1Se4Dr==", lang="fr-FR",
                              has_attach="yes"))
    add(10, when, m, dict(category="speaker_request", language="fr", acknowledge=True, on_time=True, speakers=[
        sp("Abdoulaye Sow-Ba", "Secrétaire général adjoint chargé des droits et libertés",
           "Syndicat des Journalistes du Sahel et du Maghreb (SJSM)", ["plenary"])],
        notes="a union's administrative secretary writes 'Pour le Secrétaire général, empêché'; the speaker is "
              "designated mid-paragraph ('a désigné M. Abdoulaye Sow-Ba, Secrétaire général adjoint chargé des "
              "droits et libertés, pour prendre la parole lors d'une séance plénière') and again in the attached "
              "signed letter (PDF, not a report). The Secretary-General who signs and the sender are not speakers; "
              "'M.' dropped. Outlook, Date in UTC+0, From display name without the diacritic. Withdrawn on 12 "
              "February (h305-19)."))


# ================================================================ 11  AR  speaker  Lebanese band, dialect, written by the project coordinator, no session named
def m11():
    when = at("2021-02-03 18:44:03")
    subj = "طلب مشاركة - فرقة نغم الدروب"
    text = """مرحبا،

أنا رولا، بشتغل منسقة مشاريع بفرقة نغم الدروب، وعم إكتبلكن بالنيابة عن المدير الفني تبعنا لأنه ما بيحب الإيميلات كتير.

الفرقة بلّشت سنة 2015 بطرابلس، وهلّق فيها موسيقيين لبنانيين وسوريين وسودانيين، ومعن كمان عاملات منازل من إثيوبيا والفيليبين بيغنّوا معنا كل أحد، وعم نعمل حفلات ببيروت والشمال منحكي فيها قصص الهجرة بالموسيقى وبلغات كل الأعضاء. السنة الماضية، وقت الأزمة والانفجار، صارت الحفلات كمان طريقة نجمع فيها مساعدات للعاملات يلي انقطعوا بلبنان. المدير الفني تبع الفرقة، الأستاذ وسيم الحلبي، حابب كتير يحكي بالمؤتمر عن هالتجربة وكيف الفن فيه يجمع الناس بدل ما يفرّقهن، وهو جاهز يشارك بأي جلسة بتشوفوها مناسبة. بصراحة ما بعرف شو الجلسات بالزبط، بس هو بيحكي عربي وإنكليزي منيح.

إذا بدكن أي معلومات تانية خبروني، ومنبعتلكن كمان فيديو قصير عن الفرقة إذا بيفيد.

شكراً كتير،
رولا
"""
    body = alt(text, "000000000000f1a83d05ba6b9c47", html=gmail_html(text, rtl=True), b64=True)
    m = mk(when, sent_at(when, 2, 7), "mail-ej1-f68.google.example.com", "192.0.2.68", "4DVn5Hc73Wz9",
           addr("Rola Khoury", "rola.khoury.music@gmail.example.com"), hdr(subj),
           "<CAH4nR8pL2wQ6Tx9+Vz3Mk7Bc1Jd5Gf0Ys8A@mail.gmail.example.com>", body,
           ret="rola.khoury.music@gmail.example.com")
    add(11, when, m, dict(category="speaker_request", language="ar", acknowledge=True, on_time=True, speakers=[
        sp("وسيم الحلبي", "المدير الفني", "فرقة نغم الدروب", [])],
        notes="Lebanese dialect from a personal Gmail address; the project coordinator ('رولا', Latin display "
              "name) writes for the band's artistic director, named mid-paragraph ('المدير الفني تبع الفرقة، "
              "الأستاذ وسيم الحلبي'; 'الأستاذ' dropped). No role is stated ('جاهز يشارك بأي جلسة بتشوفوها "
              "مناسبة', 'ما بعرف شو الجلسات'): roles empty. A video is only offered. Gmail, base64."))


# ================================================================ 12  EN  speaker  Gulf radio network: the editorial intern, rapporteur, letter DOCX + CV
M12_ID = "<CAKp3Wv9Rb6Yx2Qm+Ln8Tc5Zd1Hs4Jf7Ga0E@mail.gmail.example.com>"
M12_SUBJ = "Nomination: Samar Al-Khayyat (GVRN) as rapporteur"
M12_QID = "4DWb8Kt16Mz2"
M12_BADCC = "s.alkhayat@gvrn.example.org"


def m12():
    when = at("2021-02-04 09:30:25")
    text = """Dear Secretariat,

My name is Priya Raman and I am an editorial intern at the Gulf Voices Radio Network (GVRN) in Dubai. I am writing on behalf of our Head of the Migration Desk, who is presenting the morning show all this week and asked me to send this before Friday's deadline.

GVRN broadcasts in Arabic, English, Hindi, Urdu, Tagalog and Malayalam, and for many of the migrant workers who listen to us it is the only news they get in their own language. Since 2014 our weekly call-in programme "Far From Home" has taken questions from workers about contracts, unpaid wages, passports kept by employers and, during the pandemic, repatriation flights, and it runs a small referral service with two legal aid organisations. Having listened to thousands of these calls, our Head of the Migration Desk, Samar Al-Khayyat, feels she could bring something useful to the review, and she would like to serve as rapporteur and deliver the stakeholders' key messages at the end of the consultation. She has moderated many live debates in Arabic and English and is used to summarising long discussions under time pressure.

I attach a short nomination letter signed by our Managing Editor, Tariq Siddiqui, and Samar's CV. Samar is copied on this e-mail, so please reply to both of us.

With many thanks,

Priya Raman
Editorial Intern | Gulf Voices Radio Network (GVRN)
Dubai Media City, Dubai - UAE
"""
    letter = make_docx(["Gulf Voices Radio Network (GVRN)", "Dubai, 3 February 2021",
                        "To the Secretariat of the GCM Regional Review - Arab States",
                        "GVRN is pleased to nominate Ms. Samar Al-Khayyat, Head of the Migration Desk,",
                        "to serve as rapporteur of the stakeholders' key messages.",
                        "Tariq Siddiqui, Managing Editor"])
    cv = make_pdf(["CURRICULUM VITAE", "Samar Al-Khayyat", "Head of the Migration Desk, GVRN (2016 - )",
                   "Presenter, Far From Home (2014 - )", "Reporter, Gulf Today Radio (2008 - 2014)",
                   "MA Journalism, American University of Sharjah"])
    a = alt(text, "000000000000a2c71e05ba84f3b6", html=gmail_html(text))
    body = multi("mixed", [a, attach(DOCX, letter, "GVRN_nomination_letter_rapporteur.docx"),
                           attach("application/pdf", cv, "Samar_Al-Khayyat_CV_2021.pdf")],
                 "000000000000a2c72005ba84f3b8")
    m = mk(when, sent_at(when, 4, 9), "mail-lj1-f182.google.example.com", "192.0.2.182", M12_QID,
           "Priya Raman <priya.raman@gvrn.example.org>", M12_SUBJ, M12_ID, body, cc="Samar Al-Khayyat <%s>" % M12_BADCC,
           ret="priya.raman@gvrn.example.org")
    add(12, when, m, dict(category="speaker_request", language="en", acknowledge=True, on_time=True, speakers=[
        sp("Samar Al-Khayyat", "Head of the Migration Desk", "Gulf Voices Radio Network (GVRN)", ["rapporteur"])],
        notes="an editorial intern writes for the Head of the Migration Desk, named only in the middle of a long "
              "paragraph ('our Head of the Migration Desk, Samar Al-Khayyat, ... would like to serve as rapporteur "
              "and deliver the stakeholders' key messages'); the Managing Editor who signs the attached nomination "
              "letter (DOCX) is not a speaker; the letter and the CV (PDF) are not reports. Google Workspace, Date "
              "in UTC+4. The Cc'd speaker's address is mistyped and our acknowledgement's copy bounces (h305-13)."))


# ================================================================ 13  EN  bounce  the Cc copy of our acknowledgement of 12: user unknown
def m13():
    when = at("2021-02-04 09:31:40")
    diag = ("host mx.gvrn.example.org[203.0.113.118] said: 550 5.1.1\n    <%s>: Recipient address rejected: "
            "User unknown in local recipient\n    table (in reply to RCPT TO command)" % M12_BADCC)
    text = POSTFIX_NOTICE + "\n<%s>: %s\n" % (M12_BADCC, diag)
    dsn = ("Reporting-MTA: dns; mx1.iom.int\n"
           "X-Postfix-Queue-ID: 4DWb9Pr44Qz7\n"
           "X-Postfix-Sender: rfc822; gcmrrarabstates@iom.int\n"
           "Arrival-Date: %s\n\n"
           "Final-Recipient: rfc822; %s\n"
           "Original-Recipient: rfc822;%s\n"
           "Action: failed\n"
           "Status: 5.1.1\n"
           "Remote-MTA: dns; mx.gvrn.example.org\n"
           "Diagnostic-Code: smtp; 550 5.1.1 <%s>: Recipient address rejected:\n"
           "    User unknown in local recipient table\n"
           % (rfcdate(when - dt.timedelta(seconds=6), "EET"), M12_BADCC, M12_BADCC, M12_BADCC))
    hdrs = ("Return-Path: <gcmrrarabstates@iom.int>\n"
            "From: GCM Regional Review Arab States <gcmrrarabstates@iom.int>\n"
            "To: Priya Raman <priya.raman@gvrn.example.org>\n"
            "Cc: Samar Al-Khayyat <%s>\n"
            "Subject: Acknowledgement of receipt - %s\n"
            "Date: %s\n"
            "Message-ID: %s\n"
            "In-Reply-To: %s\n"
            "References: %s\n" % (M12_BADCC, M12_SUBJ, rfcdate(when - dt.timedelta(seconds=8)), ack_id(M12_QID),
                                  M12_ID, M12_ID))
    body = dsn_report(text, dsn, hdrs, "4DWb9Pr44Qz7.1612423900/mx1.iom.int")
    rows = [("Return-Path", "<>"), ("Delivered-To", "gcmrrarabstates@iom.int"),
            ("Received", "by mx1.iom.int (Postfix)\r\n\tid 4DWb9Pr44Qz7; %s" % rfcdate(when, "EET")),
            ("Date", rfcdate(when, "EET")),
            ("From", "MAILER-DAEMON@mx1.iom.int (Mail Delivery System)"),
            ("Subject", "Undelivered Mail Returned to Sender"),
            ("To", "gcmrrarabstates@iom.int"),
            ("Auto-Submitted", "auto-replied"),
            ("Message-Id", "<20210204073140.4DWb9Pr44Qz7@mx1.iom.int>")]
    add(13, when, top(body, rows), dict(category="bounce", language="en", acknowledge=False, on_time=None,
        notes="Postfix DSN (5.1.1 user unknown: 'alkhayat' for 'alkhayyat') for the Cc copy of our acknowledgement "
              "of h305-12; the returned headers carry h305-12's subject with a speaker's name and 'rapporteur'. "
              "Never acknowledge; thread_of null as for dev bounces."))


# ================================================================ 14  FR  speaker  community radio: editor-in-chief, 23:57:48 on the speaker deadline
def m14():
    when = at("2021-02-05 23:57:48")
    subj = "Radio Voix des Oasis - demande de participation (consultation du 23 février)"
    text = """Bonsoir,

Pardonnez l'heure tardive : nous sortons tout juste du direct de notre émission du vendredi soir et je tenais à vous écrire avant la clôture des demandes.

Je dirige la rédaction d'une petite radio associative qui émet depuis Zagora, aux portes du désert, en arabe, en amazighe et en français. Depuis 2018, nous produisons chaque semaine « Les voix du retour », une émission dans laquelle des jeunes partis vers l'Europe, ou refoulés à la frontière, racontent leur parcours, et où des familles de disparus en mer prennent la parole. Je souhaiterais participer à la discussion ouverte de la consultation multipartite du 23 février et, si c'est possible, intervenir également lors de la table ronde n° 4 de la Conférence, pour parler du rôle des médias de proximité dans l'information des jeunes tentés par le départ.

Je me suis inscrite sur la plateforme en ligne cet après-midi.

Bien à vous,

-- 
Zineb Aït Oufkir
Rédactrice en chef
Radio Communautaire Voix des Oasis (RCVO)
Zagora, Maroc
"""
    body = leaf("text/plain", flowed(text), "utf-8", "8bit", params=[("format", "flowed")])
    m = mk(when, sent_at(when, 1, 4), "smtp.rcvo.example.ma", "203.0.113.144", "4DXz0Ws95Lz1",
           addr("Zineb Aït Oufkir", "redaction@rcvo.example.ma", enc="Q"), hdr(subj, enc="Q"),
           "<b3e81f4c-7d20-4a95-9c16-2f8e0d5a3b71@rcvo.example.ma>", body, ret="redaction@rcvo.example.ma",
           extra=[("User-Agent", THUNDERBIRD), ("Content-Language", "fr")])
    add(14, when, m, dict(category="speaker_request", language="fr", acknowledge=True, on_time=True, speakers=[
        sp("Zineb Aït Oufkir", "Rédactrice en chef", "Radio Communautaire Voix des Oasis (RCVO)",
           ["open_discussion", "roundtable"], 4)],
        notes="deadline edge: received 23:57:48 Beirut time on 5 February (Date header Fri 22:57:44 +0100), on "
              "time. The sender proposes herself: name, post and radio only in the signature after '-- ' (the body "
              "says 'Je dirige la rédaction'); two roles in one sentence ('la discussion ouverte de la "
              "consultation multipartite' and 'la table ronde n° 4'). Thunderbird, format=flowed, 8bit."))


# ================================================================ 15  AR  speaker  Algerian daily: editorial secretary, 23:14 in Algiers = 00:14 in Beirut (late)
def m15():
    when = at("2021-02-06 00:14:15")
    subj = "اقتراح مداخلة لرئيس تحرير جريدة الصباح المغاربي"
    text = """السادة أمانة الاستعراض الإقليمي للاتفاق العالمي من أجل الهجرة الآمنة والمنظمة والنظامية المحترمين،
تحية طيبة وبعد،

أكتب إليكم من الجزائر العاصمة بتكليف من إدارة تحرير جريدة الصباح المغاربي، وأرجو أن تصلكم رسالتي قبل انقضاء الأجل المحدد هذه الليلة.

تتابع جريدتنا منذ تأسيسها عام 2003 قضايا الهجرة في منطقة المغرب العربي والساحل، وقد نشرت خلال العامين الماضيين سلسلة تحقيقات بعنوان «على طريق الصحراء» عن أوضاع المهاجرين العابرين في تمنراست وأقاديز، نالت إحداها جائزة إقليمية للصحافة الاستقصائية. وانطلاقاً من هذه التجربة، يشرفني أن أقترح السيد عبد الحميد بن سالم، رئيس التحرير، للمداخلة في الطاولة المستديرة الرابعة، حيث يود أن يتحدث عن دور الصحافة في مكافحة الصور النمطية عن المهاجرين وعن سلامة الصحفيين الذين يغطون طرق الهجرة. والسيد بن سالم يمارس الصحافة منذ أكثر من خمس وعشرين سنة، وهو عضو في مجلس أخلاقيات المهنة.

يسعدني تزويدكم بأي معلومات إضافية.

مع فائق الاحترام والتقدير،

نسيمة قادري
سكرتيرة التحرير
جريدة الصباح المغاربي
الجزائر العاصمة – الجزائر
"""
    html = outlook_html(text, lang="AR-DZ", rtl=True).replace("charset=utf-8", "charset=windows-1256")
    body = multi("alternative", [leaf("text/plain", text, "windows-1256", "quoted-printable"),
                                 leaf("text/html", html, "windows-1256", "quoted-printable")],
                 "_000_PR3PR08MB5723B19E4D0C6A27_")
    m = mk(when, sent_at(when, 1, 6), "mail-pr3eur08on0612.outbound.protection.outlook.example.com", "198.51.100.112",
           "4DY0fTk30Nz5", addr("نسيمة قادري", "n.kadri@essabah-maghreb.example.dz", charset="windows-1256"),
           hdr(subj, "windows-1256"), "<PR3PR08MB5723B19E4D0C6A27@PR3PR08MB5723.eurprd08.prod.outlook.example.com>",
           body, ret="n.kadri@essabah-maghreb.example.dz",
           extra=outlook_rows(hdr(subj, "windows-1256"), "AdbrTq7Yx1Wc4Vb9Nm2Lk5Jh8Gf3Ds==", lang="ar-DZ"))
    add(15, when, m, dict(category="speaker_request", language="ar", acknowledge=True, on_time=False, speakers=[
        sp("عبد الحميد بن سالم", "رئيس التحرير", "جريدة الصباح المغاربي", ["roundtable"], 4)],
        notes="late by a quarter of an hour: the Date header is Fri 5 Feb 23:14:09 +0100 and the writer hopes it "
              "arrives 'قبل انقضاء الأجل المحدد هذه الليلة', but it was received at 00:14:15 on 6 February Beirut "
              "time. The editorial secretary writes for the management; the editor-in-chief is proposed "
              "mid-paragraph ('السيد' dropped) for 'الطاولة المستديرة الرابعة' (roundtable 4). Outlook, "
              "windows-1256 quoted-printable body and RFC 2047 headers."))


# ================================================================ 16  EN  other  TV channel: press accreditation for a crew (no speaking role)
def m16():
    when = at("2021-02-08 11:20:05")
    subj = "Media accreditation request - Levant 24 TV crew"
    text = """Hello,

I'm the news editor at Levant 24 TV, an independent satellite and online channel based in Beirut. We have followed the Global Compact for Migration since Marrakesh in 2018 and would very much like to cover the Regional Review Conference on 24-25 February, including, if possible, the multi-stakeholder consultation the day before.

Our correspondent Lina Farah and our camera operator Bassel Nour would be the crew. Lina has reported on migrant domestic workers and on the Beirut port explosion's impact on migrant communities, and she would like to interview a few of the speakers and civil society participants during the breaks.

Could you tell us:
- whether there is a media accreditation process, and by when we need to apply;
- whether the plenary sessions and roundtables will be open to the press, or streamed;
- whether filming is allowed in the room, and whether there is a press area.

To be clear, we are not asking for a speaking slot - this is only about coverage.

Thanks a lot,

Jad Karam
News Editor
Levant 24 TV
"""
    body = alt(text, "0000000000005e7d3a05bae1c48f", html=gmail_html(text))
    m = mk(when, sent_at(when, 2, 8), "mail-qk1-f170.google.example.com", "192.0.2.170", "4DZg4Nb67Sz8",
           "Jad Karam <jad.karam@levant24.example.com>", subj,
           "<CAMx5Tq8Wn3Rz7Kb+Vc2Ld9Hf4Jy6Ps1Ge0B@mail.gmail.example.com>", body, ret="jad.karam@levant24.example.com")
    add(16, when, m, dict(category="other", language="en", acknowledge=True, on_time=None,
        notes="press accreditation question from a TV channel's news editor: a correspondent and a camera operator "
              "are named with their jobs, and 'plenary sessions and roundtables', 'speakers' and 'interview' are "
              "mentioned, but 'we are not asking for a speaking slot': no speaker, nothing submitted. Google "
              "Workspace, Date in UTC+2."))


# ================================================================ 17  EN  both  arts foundation: report DOCX (on time) + late roundtable request + CV
M17_REPORT = "FMAH_Voluntary_GCM_Review_Report_2021.docx"


def m17():
    when = at("2021-02-10 13:02:44")
    subj = "FMAH voluntary GCM review report + speaking request for our Director"
    text = """Dear GCM Regional Review Secretariat,

On behalf of the Director of the Foundation for Migrant Arts and Heritage (FMAH), please find attached our voluntary GCM review report, which our board approved last Thursday.

The report looks at how migrant and refugee artists in Lebanon, Jordan and Iraq make a living and take part in cultural life: the permits they need to perform or exhibit, their access to public cultural funds, the copyright and payment problems of artists without legal residence, and the role of cultural centres as places where host and migrant communities meet. It draws on 64 interviews with artists and on the Foundation's grant programme, which has supported 120 projects since 2015, and it ends with recommendations to ministries of culture and labour and to donors.

Our Director, Rania Touma, has also asked me to request a floor intervention for her in roundtable 3, where she would speak about migrant artists' access to residence and work permits and to public cultural funding. I realise that the deadline for speaking requests was 5 February and I apologise for the delay; the request was held up while the report was being finalised. I also attach her CV, in case it is useful.

Kind regards,

Karim Nassar
Executive Assistant to the Director
Foundation for Migrant Arts and Heritage (FMAH)
Mar Mikhael, Beirut
"""
    doc = make_docx(["Foundation for Migrant Arts and Heritage (FMAH)", "Voluntary GCM review report - February 2021",
                     "1. Introduction and methodology (64 interviews)", "2. Permits to perform and exhibit",
                     "3. Access to public cultural funds", "4. Copyright and payment without legal residence",
                     "5. Cultural centres as meeting places", "6. Recommendations"])
    cv = make_pdf(["Rania Touma - Curriculum Vitae", "Director, Foundation for Migrant Arts and Heritage (2015 - )",
                   "Curator, Beirut Art Centre (2009 - 2015)", "MA Cultural Management, Universite Saint-Joseph"])
    text_html = outlook_html(text)
    a = alt(text, "B_3695116964_1830466271", html=text_html)
    body = multi("mixed", [a, attach(DOCX, doc, M17_REPORT), attach("application/pdf", cv, "Rania_Touma_CV.pdf")],
                 "B_3695116964_1092437718")
    m = mk(when, sent_at(when, 2, 5), "smtp.fmah.example.org", "198.51.100.177", "4F0c7Lr22Hz6",
           "Karim Nassar <k.nassar@fmah.example.org>", subj, "<5A1C3E9F-72B8-4D06-91E4-8C0F2B7D6A13@fmah.example.org>",
           body, ret="k.nassar@fmah.example.org",
           extra=[("Thread-Topic", subj), ("Thread-Index", "AQHW/6Bx4Kq9Tz2Wm7Rc1Vn8Ys3Hd=="),
                  ("User-Agent", OUTLOOK_MAC), ("Content-Language", "en-US")])
    add(17, when, m, dict(category="both", language="en", acknowledge=True, on_time=False, speakers=[
        sp("Rania Touma", "Director", "Foundation for Migrant Arts and Heritage (FMAH)", ["roundtable"], 3)],
        report_attachments=[M17_REPORT],
        notes="both, received 10 February: the report part is on time but the speaker part is late (the sender "
              "says so), so on_time is false. The executive assistant writes for the Director, who is proposed "
              "mid-paragraph for 'roundtable 3'; her CV (PDF) is a decoy, the DOCX is the report. Outlook for Mac, "
              "Date in UTC+2; 64 interviews, 120 projects, 2015 are noise."))


# ================================================================ 18  AR  report  media-ethics observatory: PDF + workshop agenda decoy, windows-1256
M18_REPORT = "التقرير_الطوعي_مرصد_أخلاقيات_الإعلام_2021.pdf"
M18_AGENDA = "جدول_أعمال_ورشة_30_كانون_الثاني.pdf"


def m18():
    when = at("2021-02-11 10:05:30")
    subj = "التقرير الطوعي لمرصد أخلاقيات الإعلام في تغطية الهجرة"
    text = """حضرات السادة المحترمين،

تحية طيبة،

بالنيابة عن مدير مرصد أخلاقيات الإعلام في تغطية الهجرة، الدكتور فادي النجار، الذي يشارك هذا الأسبوع في دورة تدريبية خارج البلاد، يسرني أن أرسل إليكم التقرير الطوعي للمرصد في إطار الاستعراض الإقليمي للاتفاق العالمي من أجل الهجرة الآمنة والمنظمة والنظامية.

يستند التقرير إلى رصد 1850 مادة صحفية وتلفزيونية نُشرت في الأردن ولبنان والعراق خلال عام 2020، ويحلل طريقة تناول وسائل الإعلام للاجئين والعمال المهاجرين، ولا سيما خلال جائحة كورونا، حين ربطت تغطيات كثيرة بين المهاجرين وانتشار الفيروس. كما يعرض التقرير ما قام به المرصد لتنفيذ الهدف السابع عشر من الاتفاق العالمي، من دليل للتغطية المهنية وتدريب 140 صحفياً وصحفية، ويختم بتوصيات لنقابات الصحفيين وهيئات الإعلام والحكومات.

المرفقات:
- التقرير الطوعي (PDF)
- جدول أعمال ورشة العمل التي عقدناها في 30 كانون الثاني لمناقشة مسودة التقرير مع الصحفيين، للاطلاع فقط

نرجو التكرم بتأكيد الاستلام.

مع الشكر والتقدير،

هبة الزعبي
مسؤولة الاتصال والإعلام
مرصد أخلاقيات الإعلام في تغطية الهجرة
عمّان – الأردن
"""
    pdf = rep_pdf("Media Ethics Observatory on Migration Coverage - Voluntary GCM review report",
                  "Amman, February 2021",
                  ["Methodology: 1850 press and TV items, 2020", "Coverage of refugees and migrant workers",
                   "COVID-19 and stigma", "Implementation of GCM objective 17", "Recommendations"])
    agenda = make_pdf(["Workshop agenda - 30 January 2021", "Discussion of the draft voluntary report with journalists",
                       "10:00 Welcome", "10:30 Presentation of findings", "12:00 Working groups", "14:00 Closing"])
    html = outlook_html(text, lang="AR-JO", rtl=True).replace("charset=utf-8", "charset=windows-1256")
    a = multi("alternative", [leaf("text/plain", text, "windows-1256", "quoted-printable"),
                              leaf("text/html", html, "windows-1256", "quoted-printable")],
              "_000_AM9PR03MB6815C4B2E7A1D093_")
    body = multi("mixed", [a, attach("application/pdf", pdf, M18_REPORT), attach("application/pdf", agenda, M18_AGENDA)],
                 "_004_AM9PR03MB6815C4B2E7A1D093_")
    m = mk(when, sent_at(when, 2, 9), "mail-am9eur03on0640.outbound.protection.outlook.example.com", "198.51.100.140",
           "4F1d9Pv05Xz3", addr("هبة الزعبي", "h.alzoubi@meomc.example.jo", charset="windows-1256"),
           hdr(subj, "windows-1256"), "<AM9PR03MB6815C4B2E7A1D093@AM9PR03MB6815.eurprd03.prod.outlook.example.com>",
           body, ret="h.alzoubi@meomc.example.jo",
           extra=outlook_rows(hdr(subj, "windows-1256"), "AdcAWk2Rx5Ty8Ui1Op4As7Df0Gh3Jk==", lang="ar-JO",
                              has_attach="yes"))
    add(18, when, m, dict(category="voluntary_report", language="ar", acknowledge=True, on_time=True,
        report_attachments=[M18_REPORT],
        notes="the communication officer sends the report 'بالنيابة عن مدير المرصد، الدكتور فادي النجار' (named "
              "with his post, not a speaker); two Arabic-named PDFs, of which the workshop agenda is a decoy "
              "('للاطلاع فقط'). Outlook, windows-1256 quoted-printable body and RFC 2047 headers; 1850 items, 140 "
              "journalists and 'الهدف السابع عشر' are noise."))


# ================================================================ 19  FR  other  the union withdraws its speaker (reply to 10)
def m19():
    when = at("2021-02-12 16:40:12")
    text = """Madame, Monsieur,

Pour faire suite à notre message du 3 février (ci-dessous), je suis chargée de vous informer que M. Abdoulaye Sow-Ba ne pourra finalement pas prendre part à la Conférence régionale : il est retenu à Bamako par une mission d'enquête qui se prolonge. Le Bureau exécutif ayant décidé de ne pas désigner de remplaçant à une date aussi tardive, le SJSM retire sa demande d'intervention en séance plénière.

Nous suivrons néanmoins les travaux en ligne et vous remercions pour votre compréhension.

Veuillez agréer, Madame, Monsieur, l'expression de nos salutations distinguées.

Aïchetou Mint Sidi
Secrétaire administrative
Syndicat des Journalistes du Sahel et du Maghreb (SJSM)

De : Aïchetou Mint Sidi <secretariat@sjsm.example.org>
Envoyé : mercredi 3 février 2021 08:10
À : gcmrrarabstates@iom.int
Objet : """ + M10_SUBJ + "\n\n" + M10_TEXT
    mid = "<DB6PR01MB38627D1E9A4C0F58@DB6PR01MB3862.eurprd01.prod.outlook.example.com>"
    a = alt(text, "_000_DB6PR01MB38627D1E9A4C0F58_", html=outlook_html(text, lang="FR"))
    m = mk(when, sent_at(when, 0, 7), "mail-db6eur01on0620.outbound.protection.outlook.example.com", "198.51.100.20",
           "4F2k6Wd81Tz0", "Aichetou Mint Sidi <secretariat@sjsm.example.org>", re_hdr("RE: ", M10_SUBJ), mid, a,
           ret="secretariat@sjsm.example.org",
           extra=[("In-Reply-To", M10_ID), ("References", M10_ID)] +
           outlook_rows(hdr(M10_SUBJ, enc="Q"), "AdbsWq5Lk2Zx8Cv3Bn6Mq9Wa1Se4DrAAJm2Qx==", lang="fr-FR"))
    add(19, when, m, dict(category="other", language="fr", acknowledge=True, on_time=None, thread_of=H % 10,
        notes="withdrawal: an Outlook reply to h305-10 (In-Reply-To) saying the designated speaker cannot come and "
              "'le SJSM retire sa demande d'intervention', with no replacement; the quoted original still "
              "designates him for the plenary. No speaker; thread_of the original request; acknowledged."))


# ================================================================ 20  FR  report  cultural centre in Oran: DOCX + exhibition poster, Thunderbird ISO-8859-1
M20_REPORT = "Rapport_volontaire_MCN_Oran_février_2021.docx"
M20_POSTER = "Affiche_exposition_Traversées.png"


def m20():
    when = at("2021-02-13 12:12:40")
    subj = "Contribution de la Maison des Cultures Nomades à l'Examen régional"
    text = """Bonjour,

Je vous écris au nom de la directrice de la Maison des Cultures Nomades (MCN), Mme Souad Belkacem, qui m'a demandé de vous faire parvenir notre contribution à l'Examen régional.

Vous trouverez ci-joint notre rapport volontaire sur la mise en oeuvre du Pacte mondial dans le domaine culturel à Oran. Depuis 2014, la Maison accueille des artistes, musiciens et conteurs venus du Mali, du Niger, du Cameroun et de Syrie, organise des ateliers pour les enfants des familles migrantes et des soirées de contes dans les quartiers de Sidi El Houari et d'El Hamri. Le rapport décrit ces activités, les obstacles administratifs rencontrés par les artistes étrangers (visas, autorisations de se produire, rémunération) et formule huit recommandations aux autorités locales et aux bailleurs.

J'ai également joint l'affiche de notre exposition « Traversées », présentée en décembre dernier, à titre d'information.

Avec mes salutations cordiales,

-- 
Yacine Benaïssa
Responsable de la communication
Maison des Cultures Nomades (MCN)
Oran - Algérie
"""
    doc = make_docx(["Maison des Cultures Nomades (MCN) - Oran", "Rapport volontaire - Examen regional du PMM, fevrier 2021",
                     "1. Presentation et methodologie", "2. Artistes et conteurs migrants a Oran",
                     "3. Ateliers pour les enfants des familles migrantes", "4. Obstacles administratifs",
                     "5. Huit recommandations"])
    poster = make_png(60, 90, (200, 120, 30))
    t = leaf("text/plain", flowed(text), "iso-8859-1", "quoted-printable", params=[("format", "flowed")])
    body = multi("mixed", [t, attach(DOCX, doc, M20_REPORT), attach("image/png", poster, M20_POSTER)],
                 "------------9C1E4B7A2D05F36840A1C7E2")
    m = mk(when, sent_at(when, 1, 6), "smtp.mcn-oran.example.dz", "203.0.113.160", "4F3n1Bq48Vz5",
           addr("Yacine Benaïssa", "communication@mcn-oran.example.dz", charset="iso-8859-1", enc="Q"),
           hdr(subj, "iso-8859-1", "Q"), "<8f2a6c1e-4b93-7d05-e8a1-3c9f0b2d7e64@mcn-oran.example.dz>", body,
           ret="communication@mcn-oran.example.dz", extra=[("User-Agent", THUNDERBIRD_MAC), ("Content-Language", "fr")])
    add(20, when, m, dict(category="voluntary_report", language="fr", acknowledge=True, on_time=True,
        report_attachments=[M20_REPORT],
        notes="the communication officer sends the report for the director ('Mme Souad Belkacem', not a speaker); "
              "DOCX with accented name (RFC 2231 'février'), plus an exhibition poster PNG with an accented name "
              "('à titre d'information'), a decoy. Thunderbird plain text only, ISO-8859-1 quoted-printable, "
              "format=flowed ('mise en oeuvre' typed without œ); RFC 2047 Q ISO-8859-1 From and Subject."))


# ================================================================ 21  AR  other  a cultural foundation's monthly newsletter (bulk)
def m21():
    when = at("2021-02-14 08:00:06")
    subj = "نشرة الجسر الثقافية | شباط 2021: تقريرنا الجديد عن الفنانين المهاجرين ومواعيد الاستعراض الإقليمي"
    text = """نشرة الجسر الثقافية – شباط 2021
مؤسسة الجسر للثقافة والفنون

لعرض النشرة في المتصفح: https://aljisr-culture.example.org/newsletter/2021-02

1. صدر حديثاً: تقريرنا السنوي «فنانون بلا أوراق»
يرصد التقرير أوضاع أكثر من مئتي فنان مهاجر ولاجئ في المنطقة، ويقترح سياسات لدعمهم. للتحميل: https://aljisr-culture.example.org/reports/2021

2. الاستعراض الإقليمي للاتفاق العالمي للهجرة
يُعقد المؤتمر الإقليمي يومي 24 و25 شباط 2021، وتسبقه مشاورة أصحاب المصلحة في 23 شباط. يمكن للمنظمات إرسال تقاريرها الطوعية إلى gcmrrarabstates@iom.int حتى 16 شباط.

3. معرض «حقائب» في بيت الجسر – من 20 شباط حتى 20 آذار

تصلك هذه الرسالة لأنك مشترك في نشرة مؤسسة الجسر.
لإلغاء الاشتراك: https://aljisr-culture.example.org/unsubscribe?u=5c2e91&l=ar
مؤسسة الجسر للثقافة والفنون، بيروت، لبنان
"""
    html = ('<!DOCTYPE html><html dir="rtl" lang="ar"><head><meta charset="utf-8"><title>نشرة الجسر الثقافية</title>'
            '</head><body style="margin:0;background:#efe9e1"><table width="100%" cellpadding="0" cellspacing="0">'
            '<tr><td align="center"><table width="600" style="background:#fff;font-family:Tahoma,Arial">'
            '<tr><td style="padding:18px;background:#7a2e1d;color:#fff"><h1 style="margin:0">نشرة الجسر الثقافية</h1>'
            '<p style="margin:0">شباط 2021 · مؤسسة الجسر للثقافة والفنون</p></td></tr><tr><td style="padding:18px">'
            '<h2>صدر حديثاً: تقريرنا السنوي «فنانون بلا أوراق»</h2><p>يرصد التقرير أوضاع أكثر من مئتي فنان مهاجر '
            'ولاجئ في المنطقة، ويقترح سياسات لدعمهم.</p><p><a href="https://aljisr-culture.example.org/reports/2021">'
            'تحميل التقرير</a></p><h2>الاستعراض الإقليمي للاتفاق العالمي للهجرة</h2><p>يُعقد المؤتمر الإقليمي يومي 24 '
            'و25 شباط 2021، وتسبقه مشاورة أصحاب المصلحة في 23 شباط. يمكن للمنظمات إرسال تقاريرها الطوعية إلى '
            'gcmrrarabstates@iom.int حتى 16 شباط.</p><h2>معرض «حقائب» في بيت الجسر</h2><p>من 20 شباط حتى 20 آذار'
            '</p></td></tr><tr><td style="padding:10px;font-size:11px;color:#777">تصلك هذه الرسالة لأنك مشترك في '
            'نشرة مؤسسة الجسر. <a href="https://aljisr-culture.example.org/unsubscribe?u=5c2e91&amp;l=ar">إلغاء '
            'الاشتراك</a><img src="https://aljisr-culture.example.org/o/5c2e91.gif" width="1" height="1" alt="">'
            '</td></tr></table></td></tr></table></body></html>\n')
    body = alt(text, "=_a91f3e6c0b2d47e58c1d9f20", html=html)
    m = mk(when, sent_at(when, 2, 3), "mta3.news.aljisr-culture.example.org", "198.51.100.223", "4F4p0Hs12Gz7",
           addr("مؤسسة الجسر للثقافة والفنون", "news@aljisr-culture.example.org"), hdr(subj),
           "<20210214060003.5c2e91.7740@news.aljisr-culture.example.org>", body,
           ret="bounce-5c2e91-7740@news.aljisr-culture.example.org",
           extra=[("List-Id", "Al-Jisr Cultural Newsletter <newsletter.aljisr-culture.example.org>"),
                  ("List-Unsubscribe", "<https://aljisr-culture.example.org/unsubscribe?u=5c2e91&l=ar>,\r\n "
                                       "<mailto:unsubscribe@aljisr-culture.example.org?subject=5c2e91>"),
                  ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"),
                  ("Precedence", "bulk"), ("X-Mailer", "Jisr Mailer 2.4"),
                  ("Feedback-ID", "nl-202102:aljisr")])
    add(21, when, m, dict(category="other", language="ar", acknowledge=False, on_time=None,
        notes="a cultural foundation's monthly newsletter (List-Id, List-Unsubscribe, Precedence: bulk, bounce "
              "Return-Path): announces 'تقريرنا السنوي' with a download link and relays the review dates, the "
              "voluntary report deadline and the review address; not a submission and not a question, never "
              "acknowledged. The Arabic From display name spans two RFC 2047 encoded-words (policy.default's "
              "address parser leaves a stray space inside 'والفنون')."))


# ================================================================ 22  EN  report  media workers' union: report PDF + cover letter PDF + signature logo, sent by an intern
M22_REPORT = "IMWUL_Voluntary_GCM_Report_Feb2021.pdf"
M22_COVER = "IMWUL_Cover_Letter_SG.pdf"


def m22():
    when = at("2021-02-15 15:33:03")
    subj = "Voluntary GCM review report - Independent Media Workers' Union of the Levant"
    text = """Dear Sir or Madam,

On behalf of Mr. Walid Azar, Secretary-General of the Independent Media Workers' Union of the Levant (IMWUL), I am pleased to submit the Union's voluntary GCM review report. Mr. Azar's cover letter is also attached.

The report is based on a survey of 412 union members carried out in November and December 2020, a third of whom are refugee or migrant journalists, photographers and technicians working freelance for regional and international outlets. It describes their working conditions, the legal risks they face when their residence or work permits lapse, the effects of the pandemic on freelance income, and the Union's own work since 2019 on legal aid, press cards for non-nationals and safety training. It closes with recommendations on GCM objectives 6 and 17.

Please let me know if you need the report in another format.

Best regards,

Nadine Chamoun
Intern, Office of the Secretary-General
Independent Media Workers' Union of the Levant (IMWUL)
Beirut - Lebanon
"""
    pdf = rep_pdf("Independent Media Workers' Union of the Levant (IMWUL)", "Voluntary GCM review report - February 2021",
                  ["Survey of 412 members (Nov-Dec 2020)", "Working conditions of refugee and migrant media workers",
                   "Legal risks: residence and work permits", "COVID-19 and freelance income",
                   "Union action since 2019", "Recommendations on GCM objectives 6 and 17"])
    cover = make_pdf(["IMWUL - Office of the Secretary-General", "Beirut, 15 February 2021",
                      "To the Secretariat of the GCM Regional Review - Arab States",
                      "I have the honour to transmit the Union's voluntary GCM review report.",
                      "Walid Azar, Secretary-General"])
    cid = "image001.png@01D703B7.5E8C1A20"
    rel = multi("related", [leaf("text/html", outlook_html(text, img_cid=cid)), logo(cid, (20, 60, 110))],
                "_004_AM0PR06MB5129A8D3F61C2E47_", params=[("type", '"text/html"')])
    a = multi("alternative", [leaf("text/plain", text), rel], "_000_AM0PR06MB5129A8D3F61C2E47_")
    body = multi("mixed", [a, attach("application/pdf", cover, M22_COVER), attach("application/pdf", pdf, M22_REPORT)],
                 "_005_AM0PR06MB5129A8D3F61C2E47_")
    m = mk(when, sent_at(when, 2, 8), "mail-am0eur06on0619.outbound.protection.outlook.example.com", "198.51.100.119",
           "4F5r3Kc57Dz1", "Nadine Chamoun <intern.sg@imwul.example.org>", subj,
           "<AM0PR06MB5129A8D3F61C2E47@AM0PR06MB5129.eurprd06.prod.outlook.example.com>", body,
           ret="intern.sg@imwul.example.org",
           extra=outlook_rows(subj, "AdcDq3Wz6Xc9Vb2Nm5Lk8Jh1Gf4Ds7==", has_attach="yes"))
    add(22, when, m, dict(category="voluntary_report", language="en", acknowledge=True, on_time=True,
        report_attachments=[M22_REPORT],
        notes="an intern sends the union's report on behalf of the Secretary-General (named with his post, not a "
              "speaker): the cover letter PDF comes first and is a decoy, the report is the second PDF; the inline "
              "signature logo image001.png is not part of it. Outlook, multipart/mixed > alternative > related; "
              "412 members, 2019, 'objectives 6 and 17' are noise."))


# ================================================================ 23  AR  report  storytelling initiative at 23:59:41 (Date header 17 Feb 00:59 +0300), iPhone
M23_REPORT = "تقرير مبادرة حكايات الوافدين.pdf"


def m23():
    when = at("2021-02-16 23:59:41")
    subj = "التقرير الطوعي"
    text = """مساء الخير،

مرفق التقرير الطوعي لمبادرة حكايات الوافدين، أرسله نيابة عن منسقة المبادرة الأستاذة منيرة العتيبي لأنها مسافرة. آسفة على الإرسال في آخر لحظة، أتمنى يوصلكم في الوقت.

تحياتي،
دانة

أُرسلت من الـ iPhone
"""
    pdf = rep_pdf("Hikayat Al-Wafideen Initiative - voluntary GCM review report", "Kuwait, February 2021",
                  ["Oral histories of migrant workers (48 recorded stories)", "Storytelling evenings and podcasts",
                   "Inclusion and perceptions of migrants", "Recommendations"])
    body = multi("mixed", [leaf("text/plain", text, "utf-8", "quoted-printable"),
                           attach("application/pdf", pdf, M23_REPORT)],
                 "Apple-Mail-6D0B2F84-1C7A-4E93-B5D8-2A9F3E71C046")
    m = mk(when, sent_at(when, 3, 5), "mail.hikayat.example.com", "203.0.113.203", "4F6s8Zt99Bz4",
           addr("Dana Al-Mutairi", "dana@hikayat.example.com"), hdr(subj),
           "<A7C2E9D4-5B18-4F60-8E3A-91D0C6B2F475@hikayat.example.com>", body, ret="dana@hikayat.example.com",
           extra=[("X-Mailer", IPHONE)])
    add(23, when, m, dict(category="voluntary_report", language="ar", acknowledge=True, on_time=True,
        report_attachments=[M23_REPORT],
        notes="deadline edge: received 23:59:41 Beirut time on 16 February, on time, although the Date header is "
              "Wed 17 Feb 00:59:36 +0300 and the sender apologises for sending 'في آخر لحظة'. Sent from an iPhone "
              "on behalf of the coordinator ('الأستاذة منيرة العتيبي', not a speaker); one-word-pair subject; "
              "Arabic PDF name (RFC 2231 + RFC 2047), Gulf-flavoured Arabic."))


# ================================================================ 24  FR  report  journalists' network: 23:03 in Tunis = 00:03 in Beirut (late), Zimbra
M24_REPORT = "Rapport_RJTM_examen_PMM_2021.pdf"


def m24():
    when = at("2021-02-17 00:03:12")
    subj = "Rapport volontaire du RJTM – Examen régional du Pacte mondial"
    text = """Madame, Monsieur,

À la demande de notre coordinatrice, Mme Olfa Gharbi, qui est en déplacement à Médenine, je vous transmets ci-joint le rapport volontaire du Réseau des Journalistes Tunisiens pour la Migration (RJTM), avant l'échéance de ce soir.

Ce rapport s'appuie sur l'analyse de 600 articles et reportages publiés en Tunisie en 2020 et sur une vingtaine d'entretiens avec des journalistes de Sfax, de Zarzis et de Tunis. Il montre comment la couverture des naufrages, des retours forcés et de la présence des migrants subsahariens a évolué pendant la pandémie, présente les formations et le guide de terminologie produits par le réseau, et formule des recommandations à la Haute Autorité Indépendante de la Communication Audiovisuelle, aux rédactions et aux écoles de journalisme.

Merci de bien vouloir en accuser réception.

Cordialement,

Mehdi Trabelsi
Chargé de mission
Réseau des Journalistes Tunisiens pour la Migration (RJTM)
Tunis
"""
    pdf = rep_pdf("Reseau des Journalistes Tunisiens pour la Migration (RJTM)", "Rapport volontaire - fevrier 2021",
                  ["Methodologie : 600 articles et reportages, 20 entretiens", "Naufrages et retours forces",
                   "Les migrants subsahariens dans les medias", "Formations et guide de terminologie",
                   "Recommandations"])
    a = alt(text, "=_a7d2c0f9-5e1b-4c83-9f26-0b3e8d41a6c7", html=zimbra_html(text))
    body = multi("mixed", [a, attach("application/pdf", pdf, M24_REPORT)], "=_c91e4b20-7a3d-4f58-b6e0-2d8c5f19e3a4")
    m = mk(when, sent_at(when, 1, 7), "zimbra.rjtm.example.tn", "197.0.0.124", "4F6t0Cm03Rz8",
           "Mehdi Trabelsi <m.trabelsi@rjtm.example.tn>", hdr(subj, enc="Q"),
           "<1478203391.2254817.1613516585102.JavaMail.zimbra@rjtm.example.tn>", body, ret="m.trabelsi@rjtm.example.tn",
           extra=[("X-Mailer", ZIMBRA), ("Thread-Index", "Ac9xK2LmRt8Vb4Nz1Qw6Ys3Hd0Pa7A=="),
                  ("Thread-Topic", "Rapport volontaire du RJTM")])
    add(24, when, m, dict(category="voluntary_report", language="fr", acknowledge=True, on_time=False,
        report_attachments=[M24_REPORT],
        notes="late by three minutes: the Date header is Tue 16 Feb 23:03:05 +0100 and the text says 'avant "
              "l'échéance de ce soir', but the server received it at 00:03:12 on 17 February Beirut time. A chargé "
              "de mission sends it for the coordinator ('Mme Olfa Gharbi', not a speaker). Zimbra webmail, the "
              "HAICA and 600 articles are noise."))


def main():
    for f in (m01, m02, m03, m04, m05, m06, m07, m08, m09, m10, m11, m12, m13, m14, m15, m16, m17, m18, m19,
              m20, m21, m22, m23, m24):
        f()
    SET.write()


if __name__ == "__main__":
    main()
