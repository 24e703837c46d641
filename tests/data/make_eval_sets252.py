#!/usr/bin/env python3
"""Write the blind evaluation set holdout252 (24 raw .eml messages + labels.json).

Deterministic, standard library only:  cd tests/data && python3 make_eval_sets252.py
Theme: roles and roundtables in every wording (25 January - 5 February 2021, plus a few late ones up to 12
February).  Speakers asked for the open discussion, as rapporteur, for the plenary or for a roundtable, in paraphrase
and shorthand: 'the discussion open to all on the 23rd', 'sum up the key messages', 'rapporteuse', 'دور المقرر',
'كلمة في الجلسة العامة', 'مداخلة في الجلسة العامة', 'table ronde n°III', 'RT#2', 'the second roundtable',
'la quatrième table ronde thématique', 'المائدة المستديرة الرابعة', 'الطاولة المستديرة الثانية', 'the open exchange
among stakeholders'.  A domestic workers' network in Amman with a first and a second wish for one organiser, a
Casablanca researcher nominating herself as rapporteuse from a 'SURNAME First name' Outlook account, an Iraqi
organisation giving each of three people a different role (then withdrawing the rapporteur in a follow-up, with the
coordinator's out-of-office in between), a Kuwait coalition's collective report that talks about the rapporteur
without naming one, a Tunisian collective's first and second choices (and its later question about confirmation), a
Beirut student who only wants to listen, a Cairo report announcing a plenary speaker for later, a Beirut research
centre's report with a cover letter and a roundtable speaker, a Khartoum 'RT#2' typed on an iPhone, a Yemeni
nomination with no role at all (and its thank-you), questions from Algiers about the roundtables, a Bahrain forum's
three speakers with three roles and a chair who will only attend, a Mauritanian report whose members will follow
roundtable 1 'comme auditeurs', a researcher's individual report from Muscat and her out-of-office, a Djibouti request
sent after midnight local time but before midnight in Beirut (its Cc bounces our acknowledgement), a Libyan 'both'
whose speaker part is a day late, a late plenary request from a lawyer for a farm worker without email, and an
Oujda report whose 'rapporteuse' wrote the workshop synthesis.  Helpers from mailgen.py.
"""
import datetime as dt

from mailgen import (EvalSet, DOCX, POSTFIX_NOTICE, addr, alt, at, attach, dsn_report, esc, flowed, gmail_html, hdr,
                     html_only, leaf, make_docx, mk, multi, re_hdr, rep_pdf, rfcdate, sent_at, sp, std_rows, top)
from mailgen import outlook_html, outlook_rows as outlook, exchange_ooo_rows
from mailgen import quote_block as gt, ack_id as ack_mid, logo

SET = EvalSet(252)
add = SET.add
H = "h252-%02d.eml"

TB = "Mozilla/5.0 (X11; Linux x86_64; rv:78.0) Gecko/20100101 Thunderbird/78.6.1"
IPHONE = "iPhone Mail (18D52)"
YAHOO = "WebService/1.1.17648 YMailNorrin"
APPLE = "Apple Mail (2.3654.60.0.2.21)"
ROUNDCUBE = "Roundcube Webmail/1.4.10"


def apple_html(text):
    inner = "".join("<div>%s</div>" % (esc(x) if x else "<br class=\"\">") for x in text.rstrip("\n").split("\n"))
    return ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body '
            'style="word-wrap: break-word; -webkit-nbsp-mode: space; line-break: after-white-space;" class="">'
            '%s</body></html>\n' % inner)


def yahoo_html(text):
    lines = "".join('<div dir="ltr" data-setdir="false">%s</div>' % (esc(x) if x else "<br>")
                    for x in text.rstrip("\n").split("\n"))
    return ('<html><head></head><body><div class="ydp3f9a1c2eyahoo-style-wrap" style="font-family:Helvetica Neue, '
            'Helvetica, Arial, sans-serif;font-size:16px;">%s</div></body></html>\n' % lines)


def android_html(text):
    inner = "<br>".join(esc(x) for x in text.rstrip("\n").split("\n"))
    return ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body>'
            '<div dir="auto">%s</div></body></html>\n' % inner)


def ack_subject_en(subject):
    return "Acknowledgement of receipt - " + subject


# ================================================================ 01  EN  speaker  Amman domestic workers' network: one organiser, a first and a second wish
M01_ID = "<CAH7kPq2Rw9xT4nB+v1Ls6Mc3dZ8yGf5jX0@mail.gmail.example.com>"
M01_SUBJ = "Speaker nomination for the GCM regional review - JDWSN"
M01_QID = "4DLq3Bv8RkTz"
M01_TEXT = """Dear colleagues at the GCM review secretariat,

Thank you for circulating the invitation through the Amman protection working group last week.

The Jordan Domestic Workers' Solidarity Network would like to put forward Ms. Maricel Abad Villanueva, who is a community organiser with our network, as a speaker. Maricel came to Jordan from Iloilo in 2009 and has worked in four households since then. For the last three years she has run our Sunday peer-support circle in Jabal Al-Weibdeh, where women share what they know about contracts, passports kept by employers, and what to do when a sponsor refuses to sign a release.

Her first wish is to be part of the discussion open to all on the 23rd, because many of the women in her circle will be following it from their phones. If there is still space afterwards, she would also be glad to say a few words in the second roundtable. She will speak in English.

Warm regards,

Tamara Haddadin
Programme Lead
Jordan Domestic Workers' Solidarity Network (JDWSN)
Amman, Jordan
"""


def m01():
    when = at("2021-01-25 10:14:27")
    body = alt(M01_TEXT, "0000000000003e8b1c05b9b8d2a4", html=gmail_html(M01_TEXT))
    m = mk(when, sent_at(when, 2, 6), "mail-wr1-f52.google.example.com", "192.0.2.52", M01_QID,
           "Tamara Haddadin <tamara.jdwsn@gmail.example.com>", M01_SUBJ, M01_ID, body)
    add(1, when, m, dict(category="speaker_request", language="en", acknowledge=True, on_time=True, speakers=[
        sp("Maricel Abad Villanueva", "community organiser",
           "Jordan Domestic Workers' Solidarity Network (JDWSN)", ["open_discussion", "roundtable"], 2)],
        notes="one speaker with a first and a second wish, both in paraphrase: 'the discussion open to all on the "
              "23rd' (open discussion, first) and 'a few words in the second roundtable' (roundtable 2, written as an "
              "ordinal word). 'Ms.' dropped; the title is a relative clause ('who is a community organiser with our "
              "network'); the body names the network without its acronym, the fullest form with '(JDWSN)' is only in "
              "the sender's signature. The sender is not the speaker; 2009 and 'three years' are background. "
              "Gmail, multipart/alternative, Date UTC+2."))


# ================================================================ 02  FR  speaker  Casablanca researcher nominates herself as 'rapporteuse'
def m02():
    when = at("2021-01-26 16:02:51")
    subj = "Candidature – rôle de rapporteuse (conférence des 24-25 février)"
    text = """Madame, Monsieur,

Suite à la réception de la lettre d'invitation, je souhaiterais vous faire part de ma candidature pour le rôle de rapporteuse : il s'agirait, si j'ai bien compris, de restituer en séance les messages clés formulés par les parties prenantes.

Je travaille depuis une dizaine d'années sur les parcours des migrantes subsahariennes installées à Casablanca, Rabat et Tanger, et j'ai déjà assuré ce type de synthèse lors des concertations nationales sur la Stratégie nationale d'immigration et d'asile. Je peux travailler en français, en arabe et en anglais.

Par ailleurs, l'Observatoire prépare son rapport volontaire, que nous comptons vous adresser d'ici la mi-février.

En vous remerciant par avance de l'attention portée à cette candidature, je vous prie d'agréer, Madame, Monsieur, mes salutations distinguées.

Dr Ghita Benkirane
Coordinatrice du pôle Genre et Mobilités
Observatoire Marocain des Migrations Subsahariennes (OMMS)
Casablanca – Maroc
"""
    a = alt(text, "_000_PAXPR02MB7246E1C9B3D4A58F_", html=outlook_html(text, lang="FR"))
    m = mk(when, sent_at(when, 1, 9), "mail-pa2fra01on0611.outbound.protection.outlook.example.com",
           "198.51.100.111", "4DMf7Wq2ZcLz", "BENKIRANE Ghita <g.benkirane@omms-maroc.example.ma>",
           hdr(subj, enc="Q"), "<PAXPR02MB7246E1C9B3D4A58F@PAXPR02MB7246.eurprd02.prod.outlook.example.com>", a,
           extra=outlook(hdr(subj, enc="Q"), "AdbzwK4Rt7Yp1Lm3Nq5Sv8Xz0Bc2De==", lang="fr-FR"))
    add(2, when, m, dict(category="speaker_request", language="fr", acknowledge=True, on_time=True, speakers=[
        sp("Ghita Benkirane", "Coordinatrice du pôle Genre et Mobilités",
           "Observatoire Marocain des Migrations Subsahariennes (OMMS)", ["rapporteur"])],
        notes="self-nomination in the first person ('ma candidature pour le rôle de rapporteuse', explained as "
              "'restituer en séance les messages clés'): name, title and organisation are only in the signature "
              "('Dr' dropped); the From display name is 'BENKIRANE Ghita' (surname first, in capitals); the body "
              "says only 'l'Observatoire'. The report announced 'd'ici la mi-février' is not attached, so not "
              "'both'. Outlook, Date in UTC+1."))


# ================================================================ 03  AR  speaker  Baghdad organisation: three people, three roles
M03_ID = "<DB8PR03MB5931A7C4E2F19D36@DB8PR03MB5931.eurprd03.prod.outlook.example.com>"
M03_SUBJ = "ترشيح ممثلي منظمة دجلة للمشاركة في الاستعراض الإقليمي"
M03_QID = "4DNb2Hx6KmQz"


def m03():
    when = at("2021-01-27 11:37:06")
    text = """السادة أمانة الاستعراض الإقليمي للاتفاق العالمي من أجل الهجرة الآمنة والمنظمة والنظامية المحترمون

تحية طيبة وبعد...

استناداً إلى كتاب الدعوة الموجه إلى أصحاب المصلحة في المنطقة العربية، يسر منظمة دجلة للتنمية وحقوق المهاجرين أن ترشح الزملاء الآتية أسماؤهم للمشاركة في أعمال الاستعراض، على أن يتولى كل منهم دوراً مختلفاً:

أولاً: السيد عمار كاظم الموسوي، رئيس مجلس الإدارة، لإلقاء كلمة في الجلسة العامة.

ثانياً: الأستاذة زينب فاضل العبيدي، مسؤولة وحدة الرصد والتوثيق، لتولي دور المقرر وعرض الرسائل الرئيسية لأصحاب المصلحة.

ثالثاً: الدكتور حيدر جاسم الربيعي، باحث أول في شؤون العمالة الوافدة، لمداخلة في المائدة المستديرة الرابعة.

وتعمل المنظمة منذ عام 2012 على رصد أوضاع العمال المهاجرين القادمين من بنغلاديش ونيبال وباكستان إلى بغداد والبصرة، وعلى متابعة أوضاع النازحين العائدين إلى مناطقهم.

يرجى تأكيد استلام هذه الرسالة، ولكم فائق الشكر والتقدير.

سُرى نوري الخفاجي
منسقة العلاقات الخارجية
منظمة دجلة للتنمية وحقوق المهاجرين
بغداد - العراق
"""
    a = alt(text, "_000_DB8PR03MB5931A7C4E2F19D36_", html=outlook_html(text, lang="AR-IQ", rtl=True), b64=True)
    m = mk(when, sent_at(when, 3, 8), "mail-db8eur03on0625.outbound.protection.outlook.example.com",
           "198.51.100.125", M03_QID, addr("سرى الخفاجي", "sura.khafaji@dijla-org.example.iq"), hdr(M03_SUBJ), M03_ID,
           a, extra=outlook(hdr(M03_SUBJ), "AQHW9Ok3Jh5Gf7Ds9Ap1Lk3Mn5Bv7Cx==", lang="ar-IQ"))
    dj = "منظمة دجلة للتنمية وحقوق المهاجرين"
    add(3, when, m, dict(category="speaker_request", language="ar", acknowledge=True, on_time=True, speakers=[
        sp("عمار كاظم الموسوي", "رئيس مجلس الإدارة", dj, ["plenary"]),
        sp("زينب فاضل العبيدي", "مسؤولة وحدة الرصد والتوثيق", dj, ["rapporteur"]),
        sp("حيدر جاسم الربيعي", "باحث أول في شؤون العمالة الوافدة", dj, ["roundtable"], 4)],
        notes="three speakers, each with a different role announced as such ('على أن يتولى كل منهم دوراً مختلفاً'): "
              "'كلمة في الجلسة العامة' = plenary, 'دور المقرر وعرض الرسائل الرئيسية' = rapporteur (masculine 'المقرر' "
              "for a woman), 'المائدة المستديرة الرابعة' = roundtable 4 (ordinal word). Honorifics 'السيد', "
              "'الأستاذة', 'الدكتور' dropped; the items are numbered with words ('أولاً', 'ثانياً', 'ثالثاً'). The "
              "signer is not a speaker; her out-of-office answers our acknowledgement (h252-04) and she withdraws "
              "the rapporteur in h252-15. Outlook, base64, Date UTC+3."))


# ================================================================ 04  AR  auto_reply  the Baghdad coordinator's out-of-office on our acknowledgement of 03
def m04():
    when = at("2021-01-27 11:38:19")
    ack = ack_mid(M03_QID)
    text = """شكراً لتواصلكم.

أنا خارج المكتب في مهمة ميدانية في البصرة حتى يوم الثلاثاء 2 شباط 2021، مع إمكانية محدودة للاطلاع على البريد الإلكتروني.
للأمور العاجلة يرجى الاتصال بمكتب المنظمة على الرقم 00964 770 000 0000 أو مراسلة info@dijla-org.example.iq.

سرى الخفاجي
منظمة دجلة للتنمية وحقوق المهاجرين
"""
    body = alt(text, "_000_DB8PR03MB5931OOF2B7E4C19_", html=outlook_html(text, lang="AR-IQ", rtl=True), b64=True)
    subj = hdr("رد تلقائي:")
    subj.append(" " + ack_subject_en(""), "us-ascii")
    subj.append(M03_SUBJ, "utf-8")
    sender = addr("سرى الخفاجي", "sura.khafaji@dijla-org.example.iq")
    rows = std_rows(when, "mail-db8eur03on0625.outbound.protection.outlook.example.com", "198.51.100.125",
                    "4DNb3Tq0VwXz", sender, subj, rfcdate(sent_at(when, 3, 2)),
                    "<DB8PR03MB59318D2F6A0B1C47@DB8PR03MB5931.eurprd03.prod.outlook.example.com>",
                    extra=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")], ret="")
    rows = [(k, "<>" if k == "Return-Path" else v) for k, v in rows]
    rows += [("In-Reply-To", ack), ("References", M03_ID + " " + ack),
             ("Thread-Topic", ack_subject_en(M03_SUBJ)), ("Content-Language", "ar-IQ"),
             ("X-MS-Exchange-Inbox-Rules-Loop", "sura.khafaji@dijla-org.example.iq")]
    add(4, when, top(body, rows), dict(category="auto_reply", language="ar", acknowledge=False, on_time=None,
        notes="Arabic Exchange out-of-office of the sender of h252-03, answering our acknowledgement 73 seconds "
              "later ('رد تلقائي:' before our subject; References name h252-03); it names a date, a phone number, "
              "another address and the organisation like a signature. Never acknowledge; thread_of null as for "
              "dev auto-replies."))


# ================================================================ 05  EN  report  Kuwait coalition's collective report; the rapporteur mentioned, nobody named
M05_FILE = "CFRK_Collective_Voluntary_GCM_Review_2021.pdf"


def m05():
    when = at("2021-01-28 09:20:44")
    subj = "CFRK collective voluntary GCM review report"
    text = """Dear Regional Review team,

On behalf of the seven member groups of the Coalition for Fair Recruitment in Kuwait (CFRK), I am attaching our collective voluntary GCM review report.

The report was put together between October and December 2020 by the Nepali, Sri Lankan, Filipino, Ethiopian, Egyptian, Bangladeshi and Indian community groups of the coalition. It covers recruitment fees paid in the countries of origin, workers left stranded when the 2020 amnesty flights stopped, access to the labour courts, and the non-payment of wages during the lockdowns in Jleeb Al-Shuyoukh and Mahboula.

Some of our member groups have asked me about the speaking roles in your letter, in particular the person who will present the stakeholders' key messages. The coalition has not agreed on anyone yet, so please take this email as the report only. If we decide to put someone forward, we will write again before 5 February.

With thanks and best regards,

Joseph Mathew Kurian
Coordinator
Coalition for Fair Recruitment in Kuwait (CFRK)
Kuwait City
"""
    cid = "image001.png@01D6F55B.2C7E9A10"
    pdf = rep_pdf("Collective voluntary GCM review report", "Coalition for Fair Recruitment in Kuwait (CFRK)",
                  ["Recruitment fees in countries of origin", "Stranded after the 2020 amnesty",
                   "Access to the labour courts", "Wages during the lockdowns", "Recommendations"])
    rel = multi("related", [leaf("text/html", outlook_html(text, lang="EN-US", img_cid=cid)),
                            logo(cid, (196, 30, 58))], "_004_AS8PR04MB7893C1A6E5D2B904_",
                params=[("type", '"text/html"')])
    a = multi("alternative", [leaf("text/plain", text), rel], "_000_AS8PR04MB7893C1A6E5D2B904_")
    body = multi("mixed", [a, attach("application/pdf", pdf, M05_FILE)], "_005_AS8PR04MB7893C1A6E5D2B904_")
    m = mk(when, sent_at(when, 3, 10), "mail-as8eur04on0618.outbound.protection.outlook.example.com",
           "198.51.100.118", "4DPc8Lm1TyWz", "Joseph Mathew Kurian <coordinator@cfrk-kw.example.org>", subj,
           "<AS8PR04MB7893C1A6E5D2B904@AS8PR04MB7893.eurprd04.prod.outlook.example.com>", body,
           extra=outlook(subj, "AdbzXq2Wr4Ty6Ui8Op0As2Df4Gh6Jk8L==", lang="en-US", has_attach="yes"))
    add(5, when, m, dict(category="voluntary_report", language="en", acknowledge=True, on_time=True,
        report_attachments=[M05_FILE],
        notes="collective report of a seven-group coalition (PDF); the mail talks about 'the person who will present "
              "the stakeholders' key messages' (the rapporteur) and 'put someone forward', but says explicitly that "
              "nobody is chosen ('please take this email as the report only'): not 'both'. Outlook multipart/mixed "
              "with a related HTML part whose inline logo (image001.png) is not part of the report. Date UTC+3."))


# ================================================================ 06  FR  speaker  Tunisian collective: first choice 'table ronde n°III', plenary as fallback
M06_ID = "<9A4C7E21-3B58-4F0D-A6E9-D2B17C84F503@ctmd.example.tn>"
M06_SUBJ = "Proposition d'intervenante – CTMD"
M06_QID = "4DQk5Ns9GbVz"


def m06():
    when = at("2021-01-29 14:45:12")
    text = """Bonjour,

Le Collectif Tunisien Mobilité et Dignité (CTMD) souhaite proposer notre vice-présidente, Mme Olfa Ben Mahmoud-Jaziri, comme intervenante lors de la conférence régionale.

Olfa suit depuis 2015 les familles de jeunes disparus en mer au départ de Sfax, Mahdia et Zarzis, et accompagne les mères dans leurs démarches auprès des autorités tunisiennes et italiennes.

Nos préférences, par ordre :
– en premier choix, une intervention à la table ronde n°III ;
– à défaut, une prise de parole en séance plénière.

Merci de nous indiquer si d'autres informations vous sont nécessaires.

Bien cordialement,

Anis Trabelsi
Chargé de communication
Collectif Tunisien Mobilité et Dignité (CTMD)
Tunis
"""
    body = multi("alternative", [leaf("text/plain", text), leaf("text/html", apple_html(text))],
                 "Apple-Mail=_3F7B91C2-D4E8-4A65-B0C1-8E2F6D9A4B37")
    m = mk(when, sent_at(when, 1, 7), "smtp.ctmd.example.tn", "203.0.113.86", M06_QID,
           "Anis Trabelsi <anis.trabelsi@ctmd.example.tn>", hdr(M06_SUBJ, enc="Q"), M06_ID, body,
           extra=[("X-Mailer", APPLE)])
    add(6, when, m, dict(category="speaker_request", language="fr", acknowledge=True, on_time=True, speakers=[
        sp("Olfa Ben Mahmoud-Jaziri", "vice-présidente", "Collectif Tunisien Mobilité et Dignité (CTMD)",
           ["roundtable", "plenary"], 3)],
        notes="one speaker with ordered preferences: 'en premier choix ... la table ronde n°III' (Roman numeral, "
              "roundtable 3) and 'à défaut ... en séance plénière' (plenary, second). 'Mme' dropped; compound "
              "surname with a hyphen; title from 'notre vice-présidente'. The sender (communication officer) is not "
              "the speaker. Apple Mail, multipart/alternative, Date UTC+1. Its sender asks about confirmation in "
              "h252-24."))


# ================================================================ 07  EN  other  Beirut student who only wants to listen
def m07():
    when = at("2021-01-30 19:05:33")
    subj = "Attending the consultation on 23 February as an observer"
    text = """Hello,

I'm a second-year MA student in migration studies at a university in Beirut, writing my thesis on how civil society takes part in the GCM reviews. One of my professors forwarded me your invitation.

I'm not part of any organisation, I'm not submitting a report and I don't want to take the floor in any session - I would just like to listen. Would it be possible to follow the open discussion on 23 February, and maybe one or two of the roundtables, as an observer? If so, do I need to register somewhere, and will the link be the same for all the sessions?

Thanks a lot for your help,
Jad Sfeir
"""
    body = alt(text, "----=_Part_2207318_1045289173.1612026333102", html=yahoo_html(text))
    m = mk(when, sent_at(when, 2, 5), "sonic306-19.consmr.mail.bf2.yahoo.example.com", "198.51.100.206",
           "4DRm1Cz4PxHz", "Jad Sfeir <jad.sfeir94@yahoo.example.com>", subj,
           "<1207318450.2207319.1612026333102@mail.yahoo.example.com>", body, extra=[("X-Mailer", YAHOO)])
    add(7, when, m, dict(category="other", language="en", acknowledge=True, on_time=None,
        notes="a student who only wants to attend ('I don't want to take the floor in any session - I would just "
              "like to listen'): names the open discussion on 23 February and the roundtables, but asks to follow "
              "them as an observer, with registration questions; no organisation, no report, no speaker. Yahoo "
              "webmail."))


# ================================================================ 08  AR  report  Cairo foundation: DOCX with an Arabic name; plenary speaker announced for later
M08_FILE = "التقرير الطوعي - مؤسسة جسور النيل لدعم العمالة العائدة.docx"


def m08():
    when = at("2021-01-31 12:10:05")
    subj = "التقرير الطوعي لمؤسسة جسور النيل - الاستعراض الإقليمي للاتفاق العالمي"
    text = """السادة المسؤولون عن الاستعراض الإقليمي للاتفاق العالمي للهجرة،

تحية طيبة وبعد،

مرفق طيه التقرير الطوعي لمؤسسة جسور النيل لدعم العمالة المصرية العائدة، ويتناول أوضاع العمال المصريين العائدين خلال عام 2020 من ليبيا والأردن ودول الخليج إلى محافظات أسيوط وسوهاج والمنيا، وما واجهوه من ضياع أجور متأخرة وصعوبة في العودة إلى سوق العمل المحلي.

وبخصوص المداخلات، فإن مجلس أمناء المؤسسة سيجتمع الأسبوع القادم لاختيار من يمثلها بكلمة في الجلسة العامة، وسنوافيكم بالاسم فور اعتماده.

وتفضلوا بقبول وافر الاحترام،

أ. هشام فتحي عبد الباقي
المدير التنفيذي
مؤسسة جسور النيل لدعم العمالة المصرية العائدة
القاهرة
"""
    doc = make_docx(["مؤسسة جسور النيل لدعم العمالة المصرية العائدة",
                     "التقرير الطوعي - الاستعراض الإقليمي للاتفاق العالمي من أجل الهجرة 2021",
                     "أولاً: العائدون من ليبيا والأردن والخليج في 2020",
                     "ثانياً: الأجور المتأخرة",
                     "ثالثاً: العودة إلى سوق العمل المحلي",
                     "رابعاً: التوصيات"])
    a = alt(text, "000000000000b5d7e205ba2c4f91", html=gmail_html(text, rtl=True), b64=True)
    body = multi("mixed", [a, attach(DOCX, doc, M08_FILE)], "000000000000b5d7e405ba2c4f93")
    m = mk(when, sent_at(when, 2, 9), "mail-lj1-f174.google.example.com", "192.0.2.174", "4DSf6Vb3MnRz",
           addr("هشام عبد الباقي", "nile.bridges.found@gmail.example.com"), hdr(subj),
           "<CAK3mTp8Xv2qR7wN+d4Bz9Hc1sL6yGf0eV5@mail.gmail.example.com>", body)
    add(8, when, m, dict(category="voluntary_report", language="ar", acknowledge=True, on_time=True,
        report_attachments=[M08_FILE],
        notes="report (DOCX, long Arabic file name with spaces and a hyphen, RFC 2231 + RFC 2047); the mail also "
              "speaks of 'كلمة في الجلسة العامة' but the speaker is still to be chosen by the board of trustees "
              "('سنوافيكم بالاسم فور اعتماده'): no speaker, not 'both'. Signed with 'أ.' and a title, which is not a "
              "nomination. Gmail, base64."))


# ================================================================ 09  FR  both  Beirut research centre: report + cover letter, speaker for the fourth roundtable
M09_FILES = ["Lettre d'accompagnement – CLETM.pdf", "Rapport volontaire CLETM – Examen régional PMM 2021.pdf"]


def m09():
    when = at("2021-02-01 10:55:40")
    subj = "CLETM : rapport volontaire et proposition d'intervention"
    text = """Madame, Monsieur,

Vous trouverez ci-joint le rapport volontaire du Centre Libanais d'Études sur le Travail Migrant (CLETM) pour l'examen régional du Pacte mondial, accompagné d'une lettre signée par notre président.

Le rapport s'appuie sur une enquête menée entre septembre et décembre 2020 auprès de 212 travailleuses domestiques éthiopiennes, kényanes et sri-lankaises à Beyrouth et au Mont-Liban, après l'explosion du port et au plus fort de la crise monétaire. Il porte en particulier sur les départs bloqués, les salaires versés en livres libanaises et l'accès aux soins.

Nous souhaiterions par ailleurs que Mme Rima Frangieh-Khoury, directrice de recherche du Centre et principale auteure du rapport, puisse en présenter les conclusions lors de la quatrième table ronde thématique (24-25 février).

Nous restons à votre disposition pour tout complément.

Cordialement,

Karl Nassif
Assistant de recherche
CLETM – Beyrouth
"""
    letter = rep_pdf("Lettre d'accompagnement", "Centre Libanais d'Etudes sur le Travail Migrant (CLETM)",
                     ["Objet : transmission du rapport volontaire", "Signature du president"])
    rep = rep_pdf("Rapport volontaire - Examen regional du PMM 2021",
                  "Centre Libanais d'Etudes sur le Travail Migrant (CLETM), Beyrouth",
                  ["Methode : enquete aupres de 212 travailleuses domestiques", "Departs bloques",
                   "Salaires en livres libanaises", "Acces aux soins", "Recommandations"])
    txt = leaf("text/plain", flowed(text), "utf-8", "8bit", params=[("format", "flowed")])
    body = multi("mixed", [txt, attach("application/pdf", letter, M09_FILES[0]),
                           attach("application/pdf", rep, M09_FILES[1])], "------------5C0E8A3B7F2D914E6A1B9C04")
    m = mk(when, sent_at(when, 2, 8), "mail.cletm-liban.example.org", "203.0.113.64", "4DTw9Qe2HsKz",
           "Karl Nassif <k.nassif@cletm-liban.example.org>", hdr(subj, enc="Q"),
           "<b7e31c05-4d9a-42f8-8e16-a3c05f72d9b1@cletm-liban.example.org>", body,
           extra=[("User-Agent", TB), ("Content-Language", "fr")])
    add(9, when, m, dict(category="both", language="fr", acknowledge=True, on_time=True, speakers=[
        sp("Rima Frangieh-Khoury", "directrice de recherche", "Centre Libanais d'Études sur le Travail Migrant (CLETM)",
           ["roundtable"], 4)],
        report_attachments=[M09_FILES[1]],
        notes="both, on time. Two PDFs with an en dash and accents in their names (RFC 2231 + RFC 2047): the report "
              "and a signed cover letter, which is not part of the report. Speaker in prose ('Mme' dropped; title "
              "'directrice de recherche du Centre', recorded without 'du Centre'; 'principale auteure du rapport' is "
              "not a title); 'la quatrième table ronde thématique' = roundtable 4 as an ordinal word. The sender "
              "(research assistant) is not the speaker. Thunderbird, format=flowed, 8bit."))


# ================================================================ 10  EN  speaker  Khartoum 'RT#2' typed on an iPhone, affiliation only in the sender's signature
def m10():
    when = at("2021-02-01 21:30:18")
    text = """Hello team,

Quick one from my phone, sorry. Could you pls put down Dr. Amna Yousif El-Tayeb for RT#2 (24/25 Feb)? She is our head of research and led the study on Eritrean and Ethiopian young people moving through Gedaref and Khartoum towards Libya and Egypt.

Happy to send a formal letter if you need one.

Thanks
Mohamed

--
Mohamed Osman Babiker
Programmes Officer
Sudanese Observatory for Migration and Displacement (SOMD)
Khartoum

Sent from my iPhone
"""
    body = leaf("text/plain", text, "utf-8", "quoted-printable")
    m = mk(when, sent_at(when, 2, 11), "mr85p00im-ztdg06021601.me.example.com", "198.51.100.191", "4DVh4Rk7YcPz",
           "Mohamed Osman Babiker <mo.babiker@somd-sudan.example.org>", "RT#2 speaker",
           "<5E8A2C71-B94D-4F36-9A0E-C13D7B6F2E85@somd-sudan.example.org>", body, extra=[("X-Mailer", IPHONE)])
    add(10, when, m, dict(category="speaker_request", language="en", acknowledge=True, on_time=True, speakers=[
        sp("Amna Yousif El-Tayeb", "head of research", "Sudanese Observatory for Migration and Displacement (SOMD)",
           ["roundtable"], 2)],
        notes="short iPhone message with the roundtable as shorthand 'RT#2' (subject and body); 'Dr.' dropped; the "
              "title is lower case in prose ('She is our head of research'); 'our' points to the organisation that "
              "is only in the sender's signature after '--'. The sender is not the speaker. Plain text "
              "quoted-printable; Khartoum, UTC+2."))


# ================================================================ 11  AR  speaker  Yemeni foundation: a speaker with no role stated
M11_ID = "<CAN6pRt3Wq8xK1vB+m5Lz7Hc2dY9sGf4jU2@mail.gmail.example.com>"
M11_SUBJ = "ترشيح متحدثة عن مؤسسة مدى"
M11_QID = "4DWn8Js2FqXz"


def m11():
    when = at("2021-02-02 09:48:30")
    text = """السلام عليكم ورحمة الله وبركاته

الإخوة في أمانة الاستعراض الإقليمي المحترمين

نحن في مؤسسة مدى لحماية المهاجرين واللاجئين نعمل منذ 2016 في عدن ولحج وصنعاء مع المهاجرين القادمين من القرن الأفريقي، ويسرنا أن نرشح الأستاذة أروى عبدالله الحمادي، مديرة برنامج الحماية في المؤسسة، للمشاركة كمتحدثة باسمنا في الاستعراض الإقليمي.

ولم نحدد بعد الجلسة التي تناسبها، ونترك لكم ذلك بحسب ما ترونه مناسباً من برنامج المؤتمر.

وجزاكم الله خيراً
عبدالرحمن سالم باعباد
رئيس المؤسسة
"""
    body = alt(text, "0000000000009a3f6d05ba4b2e17", html=android_html(text), b64=True)
    m = mk(when, sent_at(when, 3, 12), "mail-pf1-f180.google.example.com", "192.0.2.180", M11_QID,
           addr("Abdulrahman Baabbad", "mada.foundation.ye@gmail.example.com"), hdr(M11_SUBJ), M11_ID, body)
    add(11, when, m, dict(category="speaker_request", language="ar", acknowledge=True, on_time=True, speakers=[
        sp("أروى عبدالله الحمادي", "مديرة برنامج الحماية", "مؤسسة مدى لحماية المهاجرين واللاجئين", [])],
        notes="a speaker is proposed but no role at all: 'لم نحدد بعد الجلسة التي تناسبها، ونترك لكم ذلك' - roles "
              "empty, roundtable null. 'الأستاذة' dropped; the title is written 'مديرة برنامج الحماية في المؤسسة' "
              "(recorded without 'في المؤسسة'); the organisation only in the first sentence ('نحن في ...'), the "
              "signer is the president and not the speaker; Latin-script From name. Gmail app, base64, UTC+3. "
              "Thanked in h252-22."))


# ================================================================ 12  FR  other  Algiers: questions about the roundtables and the rapporteur before proposing anyone
def m12():
    when = at("2021-02-02 15:20:09")
    subj = "Questions sur les tables rondes et le rôle de rapporteur"
    inner = ("<p>Bonjour,</p>\n"
             "<p>L'Association Algérienne d'Aide aux Migrants en Transit (AAAMT) envisage de proposer une ou deux "
             "personnes pour la conférence régionale, mais avant de vous envoyer des noms, nous aurions besoin de "
             "quelques précisions&nbsp;:</p>\n<ol>\n"
             "<li>Les quatre tables rondes thématiques auront-elles lieu en même temps&nbsp;? Pouvez-vous nous "
             "communiquer leurs thèmes&nbsp;?</li>\n"
             "<li>Une même personne peut-elle demander à intervenir à la fois en plénière et dans une table "
             "ronde&nbsp;?</li>\n"
             "<li>Le ou la rapporteur(e) est-il désigné par le secrétariat, ou les organisations peuvent-elles "
             "proposer quelqu'un&nbsp;?</li>\n"
             "<li>La discussion ouverte du 23 février est-elle réservée aux personnes inscrites comme "
             "intervenantes&nbsp;?</li>\n</ol>\n"
             "<p>Nous vous enverrons nos propositions dès réception de votre réponse, avant le 5 février.</p>\n"
             "<p>Cordialement,<br>\nSouad Khelifi<br>\nSecrétaire générale – AAAMT<br>\nAlger</p>")
    body = html_only(inner, newlines=True)
    m = mk(when, sent_at(when, 1, 6), "webmail.aaamt-dz.example.org", "203.0.113.97", "4DXc3Gm6WkTz",
           "Souad Khelifi <sg@aaamt-dz.example.org>", hdr(subj, enc="Q"),
           "<c41d8e7a93f05b2e6a1c7d94f8b3e025@aaamt-dz.example.org>", body,
           extra=[("User-Agent", ROUNDCUBE)])
    add(12, when, m, dict(category="other", language="fr", acknowledge=True, on_time=None,
        notes="questions asked before any nomination ('avant de vous envoyer des noms'): how the four roundtables "
              "are organised, whether one person may ask for the plenary and a roundtable, who designates the "
              "rapporteur, who may speak in the open discussion - every role is named but nobody is proposed. "
              "HTML-only Roundcube mail with an ordered list and &nbsp; before French punctuation; the signature "
              "gives only the acronym after the title."))


# ================================================================ 13  EN  speaker  Bahrain forum: three speakers, three roles, a chair who will only attend
M13_QID = "4DYp7Kd1NvBz"


def m13():
    when = at("2021-02-03 11:05:57")
    subj = "MWWF - three speakers for the regional review"
    text = """Dear Sir/Madam,

Greetings from Bahrain.

Further to your invitation, the Migrant Workers Welfare Forum (MWWF) would like to propose three of our members, each for a different part of the programme:

- Ms. Rowena Castillo-Dimaculangan, Case Worker at our shelter in Manama, has offered to sum up the key messages of the stakeholders at the end, if the organisers are still looking for someone to do this.
- Mr. Suresh Narayanan Pillai, Deputy Chair, would like to take the floor in one of the plenary sessions on 24 or 25 February.
- Ms. Bishnu Maya Gurung, Community Volunteer, who works mostly with the Nepali community, hopes to join the open exchange among stakeholders on 23 February.

Our Chair, Dr. Fawzia Abdulrahman Al-Sayed, will also attend the conference, but only as a participant; she does not wish to speak.

Kind regards,

Leena Thomas
Coordinator, Advocacy and Outreach
Migrant Workers Welfare Forum (MWWF)
Manama, Kingdom of Bahrain
"""
    html = outlook_html(text.replace("\n- ", "\n\u2022 "), lang="EN-GB")
    a = alt(text, "_000_GV0P278MB0421F3B8D6A1C592_", html=html)
    m = mk(when, sent_at(when, 3, 9), "mail-gv0che01on0629.outbound.protection.outlook.example.com",
           "198.51.100.129", M13_QID, "Leena Thomas <leena.thomas@mwwf-bh.example.org>", subj,
           "<GV0P278MB0421F3B8D6A1C592@GV0P278MB0421.CHEP278.PROD.OUTLOOK.example.com>", a,
           extra=outlook(subj, "AdcAKb3Ne5Rg7Th9Yj1Uk3Il5Op7As9==", lang="en-GB"))
    mw = "Migrant Workers Welfare Forum (MWWF)"
    add(13, when, m, dict(category="speaker_request", language="en", acknowledge=True, on_time=True, speakers=[
        sp("Rowena Castillo-Dimaculangan", "Case Worker", mw, ["rapporteur"]),
        sp("Suresh Narayanan Pillai", "Deputy Chair", mw, ["plenary"]),
        sp("Bishnu Maya Gurung", "Community Volunteer", mw, ["open_discussion"])],
        notes="three speakers, a different role each, all in paraphrase: 'sum up the key messages of the "
              "stakeholders at the end' = rapporteur, 'take the floor in one of the plenary sessions' = plenary, "
              "'the open exchange among stakeholders on 23 February' = open discussion. A fourth person, the Chair "
              "('Dr.' ...), 'will also attend ... only as a participant; she does not wish to speak': not a speaker. "
              "'Ms.'/'Mr.' dropped; 'at our shelter in Manama' is not part of the title; the sender is not a "
              "speaker. Outlook, UTC+3."))


# ================================================================ 14  FR  report  Nouadhibou association: report, members will follow roundtable 1 as listeners
M14_FILE = "Rapport volontaire AAMN Nouadhibou - février 2021.docx"


def m14():
    when = at("2021-02-03 17:40:26")
    subj = "Rapport volontaire de l'AAMN (Nouadhibou)"
    text = """Bonjour Madame, Monsieur,

Je vous prie de trouver en pièce jointe le rapport volontaire de l'Association pour l'Accueil des Migrants de Nouadhibou (AAMN) dans le cadre de l'examen régional du Pacte mondial sur les migrations.

Notre rapport traite surtout de la situation des migrants ouest-africains bloqués à Nouadhibou depuis la reprise des départs vers les Canaries en 2020, des interceptions en mer et de l'accès aux soins pour les femmes enceintes et les mineurs non accompagnés.

Deux membres de notre bureau suivront en ligne la discussion ouverte du 23 et la table ronde n°1, mais uniquement comme auditeurs : nous ne demandons pas de temps de parole cette année.

Merci de bien vouloir accuser réception.

Salutations distinguées,

Mariem Mint Cheikh Sidiya
Trésorière de l'AAMN
Nouadhibou – Mauritanie
"""
    doc = make_docx(["Association pour l'Accueil des Migrants de Nouadhibou (AAMN)",
                     "Rapport volontaire - Examen regional du Pacte mondial sur les migrations",
                     "1. Migrants bloques a Nouadhibou", "2. Interceptions en mer",
                     "3. Acces aux soins : femmes enceintes et mineurs non accompagnes", "4. Recommandations"])
    a = alt(text, "----=_Part_3318426_1926473058.1612366822419", html=yahoo_html(text))
    body = multi("mixed", [a, attach(DOCX, doc, M14_FILE)], "----=_Part_3318425_845710293.1612366822418")
    m = mk(when, sent_at(when, 0, 4), "sonic314-22.consmr.mail.ir2.yahoo.example.com", "198.51.100.214",
           "4DZr2Xw5LhMz", "Mariem Mint Cheikh Sidiya <aamn.nouadhibou@yahoo.example.fr>", hdr(subj, enc="Q"),
           "<1926473058.3318427.1612366822419@mail.yahoo.example.com>", body, extra=[("X-Mailer", YAHOO)])
    add(14, when, m, dict(category="voluntary_report", language="fr", acknowledge=True, on_time=True,
        report_attachments=[M14_FILE],
        notes="report (DOCX, accented name with spaces); the mail names 'la discussion ouverte du 23' and 'la table "
              "ronde n°1', but only to say two members will follow them 'uniquement comme auditeurs' and 'nous ne "
              "demandons pas de temps de parole': no speaker, not 'both'. Signed 'Trésorière de l'AAMN' with the "
              "Mauritanian particle 'Mint'. Yahoo, Date UTC+0."))


# ================================================================ 15  AR  other  Baghdad: withdraws the rapporteur of 03, no replacement
def m15():
    when = at("2021-02-04 08:15:32")
    ack = ack_mid(M03_QID)
    quoted = """تؤكد أمانة الاستعراض الإقليمي للاتفاق العالمي من أجل الهجرة الآمنة والمنظمة والنظامية (الدول العربية) استلام رسالتكم «%s» وطلب المشاركة (3 متحدثين). وستتواصل معكم الأمانة بشأن البرنامج.

الاستعراض الإقليمي للاتفاق العالمي للهجرة - الدول العربية""" % M03_SUBJ
    text = """السادة أمانة الاستعراض الإقليمي المحترمون،

تحية طيبة،

إلحاقاً برسالتنا المؤرخة في 27 كانون الثاني بشأن ترشيح ممثلي المنظمة، نود إعلامكم بسحب ترشيح الأستاذة زينب فاضل العبيدي لدور المقرر، إذ تبين أنها ستكون في مهمة ميدانية في محافظة نينوى خلال أيام المؤتمر ولن تتمكن من المشاركة.

ولا نرغب في ترشيح بديل عنها لهذا الدور، أما ترشيح السيد عمار الموسوي للجلسة العامة والدكتور حيدر الربيعي للمائدة المستديرة الرابعة فيبقى كما هو دون تغيير.

مع الشكر والتقدير،

سرى نوري الخفاجي
منسقة العلاقات الخارجية
منظمة دجلة للتنمية وحقوق المهاجرين

________________________________
من: GCM Regional Review Arab States <gcmrrarabstates@iom.int>
تم الإرسال: الأربعاء، 27 كانون الثاني، 2021 12:37 م
إلى: سرى الخفاجي <sura.khafaji@dijla-org.example.iq>
الموضوع: %s

%s
""" % (ack_subject_en(M03_SUBJ), quoted)
    subj = re_hdr("RE: ", ack_subject_en(M03_SUBJ))
    a = alt(text, "_000_DB8PR03MB59314E7A1C6F2D08_", html=outlook_html(text, lang="AR-IQ", rtl=True), b64=True)
    m = mk(when, sent_at(when, 3, 9), "mail-db8eur03on0625.outbound.protection.outlook.example.com",
           "198.51.100.125", "4F0a6Tc8RmWz", addr("سرى الخفاجي", "sura.khafaji@dijla-org.example.iq"), subj,
           "<DB8PR03MB59314E7A1C6F2D08@DB8PR03MB5931.eurprd03.prod.outlook.example.com>", a,
           extra=[("In-Reply-To", ack), ("References", M03_ID + " " + ack)]
           + outlook(ack_subject_en(M03_SUBJ), "AQHW9Ok3Jh5Gf7Ds9Ap1Lk3Mn5Bv7CxAAgAGXbQ==", lang="ar-IQ"))
    add(15, when, m, dict(category="other", language="ar", acknowledge=True, on_time=None, thread_of=H % 3,
        notes="follow-up to h252-03 (a reply to our acknowledgement, References name h252-03) that WITHDRAWS one "
              "role - the rapporteur - with no replacement ('لا نرغب في ترشيح بديل'); the two other nominations are "
              "named again with their roles ('الجلسة العامة', 'المائدة المستديرة الرابعة') but only to say they stand "
              "unchanged, so nothing new is proposed: other, no speakers, acknowledged because it changes the "
              "submission. Outlook reply, Arabic header block above the quoted acknowledgement, base64."))


# ================================================================ 16  EN  report  Muscat researcher's individual report; would only listen
M16_ID = "<0D7F3B9E-6A21-4C85-B4F0-E92A5C1D8B36@univ-muscat.example.om>"
M16_SUBJ = "Individual voluntary GCM review - fishing crews in Dhofar"
M16_QID = "4F1b9Hn3ZpKz"
M16_FILE = "GCM review – Dhofar fishing crews (individual submission).pdf"


def m16():
    when = at("2021-02-04 13:26:48")
    text = """Dear colleagues,

Please find attached an individual voluntary review of the GCM, based on my fieldwork between 2018 and 2020 with South Asian crews on artisanal fishing boats along the Dhofar and Al Wusta coasts. It looks at sponsorship in the fisheries sector, wages paid as a share of the catch, and what happened to crews stranded in port during the COVID-19 closures.

I am writing in a personal capacity, not on behalf of my university. I am not requesting a speaking role, although I would be glad to listen to the open discussion on 23 February if observers are welcome.

With best wishes,

Hind Al-Rawahi
Assistant Professor of Sociology
Muscat
"""
    pdf = rep_pdf("Individual voluntary GCM review", "Hind Al-Rawahi, Muscat",
                  ["Fieldwork 2018-2020 on the Dhofar and Al Wusta coasts", "Sponsorship in the fisheries sector",
                   "Wages as a share of the catch", "Crews stranded in port in 2020", "Recommendations"])
    a = multi("alternative", [leaf("text/plain", text), leaf("text/html", apple_html(text))],
              "Apple-Mail=_B21E6F84-7C3A-4D90-8E5B-1F4A9C2D7E63")
    body = multi("mixed", [a, attach("application/pdf", pdf, M16_FILE)],
                 "Apple-Mail=_6D9C2A15-E38B-47F1-A0D4-5B7E1C3F9A28")
    m = mk(when, sent_at(when, 4, 6), "mail-me3are01on0617.outbound.protection.outlook.example.com",
           "198.51.100.117", M16_QID, "Hind Al-Rawahi <h.rawahi@univ-muscat.example.om>", M16_SUBJ, M16_ID, body,
           extra=[("X-Mailer", APPLE)])
    add(16, when, m, dict(category="voluntary_report", language="en", acknowledge=True, on_time=True,
        report_attachments=[M16_FILE],
        notes="individual report by a researcher 'in a personal capacity' (PDF name with an en dash and brackets, "
              "RFC 2231 + RFC 2047); 'I am not requesting a speaking role' and she would only listen to the open "
              "discussion: no speaker. Apple Mail through a university Exchange server, Date UTC+4. Her "
              "out-of-office answers our acknowledgement (h252-17)."))


# ================================================================ 17  EN  auto_reply  the Muscat researcher's out-of-office on our acknowledgement of 16
def m17():
    when = at("2021-02-04 13:27:31")
    text = """Thank you for your message. I am on fieldwork in Dhofar until Sunday 14 February with only occasional access to email. Messages are not being forwarded; I will reply when I am back in Muscat.

Hind Al-Rawahi
"""
    body = alt(text, "_000_ME3P281MB0884OOF5C2A7E_", html=outlook_html(text, lang="EN-US"))
    rows = exchange_ooo_rows(when, "mail-me3are01on0617.outbound.protection.outlook.example.com", "198.51.100.117",
                             "4F1c0Jq5TrLz", "Hind Al-Rawahi <h.rawahi@univ-muscat.example.om>",
                             "<ME3P281MB08847A2C5E1F9B30@ME3P281MB0884.AUSP281.PROD.OUTLOOK.example.com>",
                             M16_SUBJ, M16_ID, ack_mid(M16_QID), "en-US", (4, 2))
    add(17, when, top(body, rows), dict(category="auto_reply", language="en", acknowledge=False, on_time=None,
        notes="Exchange out-of-office ('Automatic reply:') of the sender of h252-16, 43 seconds after our "
              "acknowledgement (References name h252-16); it mentions fieldwork and a date. Never acknowledge; "
              "thread_of null as for dev auto-replies."))


# ================================================================ 18  FR  speaker  Djibouti: two speakers sent after midnight local time, before midnight in Beirut
M18_ID = "<CAF2xQw7Tn4pM9vR+k3Bz8Lc5sH1dYg6eW7@mail.gmail.example.com>"
M18_SUBJ = "Demande d'intervention UFPMO – plénière / table ronde n°4 / discussion ouverte"
M18_QID = "4F2d5Wm8BxQz"


def m18():
    when = at("2021-02-05 23:40:18")
    text = """Bonsoir,

Pardon pour l'heure tardive, il est déjà minuit passé à Djibouti mais nous avons eu une coupure d'internet toute la soirée.

L'Union des Femmes pour la Protection des Migrants à Obock (UFPMO) souhaite proposer deux intervenants :

– Mme Fatouma Houmed Ali, présidente de l'UFPMO (en copie) : une intervention lors d'une séance plénière ou, si ce n'est pas possible, à la table ronde n°4 ;
– M. Ibrahim Daher Robleh, animateur de terrain à Obock : une prise de parole pendant la discussion ouverte à tous le 23 février.

Obock est le point de départ des bateaux vers le Yémen ; nous y accueillons aussi les jeunes Éthiopiens qui reviennent du Yémen à pied, épuisés.

Avec nos remerciements,

Hasna Moussa Guedi
Secrétaire
Union des Femmes pour la Protection des Migrants à Obock (UFPMO)
"""
    body = alt(text, "0000000000004f2a8c05baa1d3e6", html=gmail_html(text))
    m = mk(when, sent_at(when, 3, 7), "mail-ej1-f47.google.example.com", "192.0.2.47", M18_QID,
           "Hasna Moussa Guedi <ufpmo.obock@gmail.example.com>", hdr(M18_SUBJ, enc="Q"), M18_ID, body,
           cc="Fatouma Houmed Ali <fatouma.houmed.ali@yahoo.example.fr>")
    uf = "Union des Femmes pour la Protection des Migrants à Obock (UFPMO)"
    add(18, when, m, dict(category="speaker_request", language="fr", acknowledge=True, on_time=True, speakers=[
        sp("Fatouma Houmed Ali", "présidente", uf, ["plenary", "roundtable"], 4),
        sp("Ibrahim Daher Robleh", "animateur de terrain", uf, ["open_discussion"])],
        notes="deadline edge: received 23:40 Beirut on Friday 5 February (on time) while the Date header reads "
              "Sat, 6 Feb 2021 00:40 +0300 and the writer apologises that it is 'déjà minuit passé à Djibouti'. Two "
              "speakers with different roles: the first has a first choice (plenary) and a fallback ('si ce n'est "
              "pas possible, à la table ronde n°4'); the second 'la discussion ouverte à tous le 23 février'. "
              "'Mme'/'M.' dropped; titles 'présidente de l'UFPMO' and 'animateur de terrain à Obock' recorded "
              "without the organisation and the place; the body gives only the acronym, the full name is in the "
              "signature and the first sentence. The subject lists three roles. The first speaker is in Cc and "
              "that copy of our acknowledgement bounces (h252-19). Gmail."))


# ================================================================ 19  EN  bounce  our acknowledgement of 18 to its Cc: mailbox unknown
def m19():
    when = at("2021-02-05 23:41:02")
    text = POSTFIX_NOTICE + """
<fatouma.houmed.ali@yahoo.example.fr>: host mta7.am0.yahoodns.example.net[198.51.100.37]
    said: 554 delivery error: dd This user doesn't have a yahoo.fr account
    (fatouma.houmed.ali@yahoo.example.fr) [0] - mta1234.mail.ir2.yahoo.example.com (in
    reply to end of DATA command)
"""
    dsn = ("Reporting-MTA: dns; mx1.iom.int\n"
           "X-Postfix-Queue-ID: 4F2d6Ar1CyRz\n"
           "X-Postfix-Sender: rfc822; gcmrrarabstates@iom.int\n"
           "Arrival-Date: %s\n\n"
           "Final-Recipient: rfc822; fatouma.houmed.ali@yahoo.example.fr\n"
           "Original-Recipient: rfc822;fatouma.houmed.ali@yahoo.example.fr\n"
           "Action: failed\n"
           "Status: 5.0.0\n"
           "Remote-MTA: dns; mta7.am0.yahoodns.example.net\n"
           "Diagnostic-Code: smtp; 554 delivery error: dd This user doesn't have a yahoo.fr account\n"
           % rfcdate(when - dt.timedelta(seconds=6), "EET"))
    hdrs = ("Return-Path: <gcmrrarabstates@iom.int>\n"
            "From: GCM Regional Review Arab States <gcmrrarabstates@iom.int>\n"
            "To: Hasna Moussa Guedi <ufpmo.obock@gmail.example.com>\n"
            "Cc: Fatouma Houmed Ali <fatouma.houmed.ali@yahoo.example.fr>\n"
            "Subject: =?utf-8?q?Accus=C3=A9_de_r=C3=A9ception_-_Demande_d=27intervention_UFPMO?=\n"
            " =?utf-8?q?_=E2=80=93_pl=C3=A9ni=C3=A8re_/_table_ronde_n=C2=B04_/_discussion_ouverte?=\n"
            "Date: %s\n"
            "Message-ID: %s\n"
            "In-Reply-To: %s\n"
            "References: %s\n" % (rfcdate(when - dt.timedelta(seconds=9)), ack_mid(M18_QID), M18_ID, M18_ID))
    body = dsn_report(text, dsn, hdrs, "4F2d6Ds4FbTz.1612561262/mx1.iom.int")
    rows = [("Return-Path", "<>"), ("Delivered-To", "gcmrrarabstates@iom.int"),
            ("Received", "by mx1.iom.int (Postfix)\r\n\tid 4F2d6Ds4FbTz; %s" % rfcdate(when, "EET")),
            ("Date", rfcdate(when, "EET")),
            ("From", "MAILER-DAEMON@mx1.iom.int (Mail Delivery System)"),
            ("Subject", "Undelivered Mail Returned to Sender"),
            ("To", "gcmrrarabstates@iom.int"),
            ("Auto-Submitted", "auto-replied"),
            ("Message-Id", "<20210205214102.4F2d6Ds4FbTz@mx1.iom.int>")]
    add(19, when, top(body, rows), dict(category="bounce", language="en", acknowledge=False, on_time=None,
        notes="Postfix DSN (554, no such Yahoo account) for the Cc copy of our acknowledgement of h252-18, 44 "
              "seconds after it arrived; the returned headers carry h252-18's French subject naming the plenary, "
              "'table ronde n°4' and the open discussion (RFC 2047 encoded). Never acknowledge; thread_of null as "
              "for dev bounces."))


# ================================================================ 20  AR  both  Zuwara organisation: report on time, speaker a day late, two choices
M20_FILE = "تقرير منظمة شراع - زوارة 2021.pdf"


def m20():
    when = at("2021-02-06 10:30:45")
    subj = "التقرير الطوعي لمنظمة شراع + ترشيح رئيس المنظمة"
    text = """السادة في أمانة الاستعراض الإقليمي للاتفاق العالمي للهجرة، تحية طيبة

نرسل لكم في المرفق التقرير الطوعي لمنظمة شراع لدعم المهاجرين، ويتناول أوضاع المهاجرين في مراكز الاحتجاز وأوضاع العاملين في البناء والزراعة في زوارة والمدن المجاورة على الساحل الغربي، وعمليات الإنزال بعد الاعتراض في البحر خلال سنة 2020.

ونقترح أن يشارك رئيس المنظمة م. صلاح الدين ميلاد بن غربية بمداخلة في الطاولة المستديرة الثانية، وإذا ما فيش مكان نتمنى يشارك في النقاش المفتوح يوم 23 فبراير.

نعتذر على التأخير في الترشيح، عرفنا أن آخر موعد كان أمس الجمعة، لكن الإنترنت كان مقطوع عندنا أغلب الأسبوع.

مع التحية
خديجة علي الزوي
منسقة المشاريع
منظمة شراع لدعم المهاجرين - زوارة
"""
    cid = "image001.png@01D6FC61.5A3E8B40"
    pdf = rep_pdf("Voluntary GCM review report (Arabic)", "Shiraa Organisation for Migrant Support - Zuwara, Libya",
                  ["Migrants in detention centres", "Construction and farm workers on the western coast",
                   "Disembarkation after interception at sea in 2020", "Recommendations"])
    rel = multi("related", [leaf("text/html", outlook_html(text, lang="AR-LY", img_cid=cid, rtl=True),
                                 cte="base64"), logo(cid, (0, 84, 147))], "_004_VI1P194MB0516A9E3C7D2F148_",
                params=[("type", '"text/html"')])
    a = multi("alternative", [leaf("text/plain", text, cte="base64"), rel], "_000_VI1P194MB0516A9E3C7D2F148_")
    body = multi("mixed", [a, attach("application/pdf", pdf, M20_FILE)], "_005_VI1P194MB0516A9E3C7D2F148_")
    m = mk(when, sent_at(when, 2, 12), "mail-vi1eur02olkn2071.outbound.protection.outlook.example.com",
           "198.51.100.71", "4F3f1Pv6KdSz", addr("خديجة الزوي", "khadija.zuwi@outlook.example.com"), hdr(subj),
           "<VI1P194MB0516A9E3C7D2F148@VI1P194MB0516.EURP194.PROD.OUTLOOK.example.com>", body,
           extra=outlook(hdr(subj), "AQHW/Ck5Rn7Tp9Vr1Xt3Zv5Bx7Dz9Fb==", lang="ar-LY", has_attach="yes"))
    add(20, when, m, dict(category="both", language="ar", acknowledge=True, on_time=False, speakers=[
        sp("صلاح الدين ميلاد بن غربية", "رئيس المنظمة", "منظمة شراع لدعم المهاجرين",
           ["roundtable", "open_discussion"], 2)],
        report_attachments=[M20_FILE],
        notes="both, received Saturday 6 February: the report is on time but the speaker part is a day late (the "
              "sender says so: 'آخر موعد كان أمس الجمعة'), so on_time false. A first choice 'الطاولة المستديرة "
              "الثانية' (roundtable 2, 'طاولة' not 'مائدة') and a fallback in Libyan colloquial ('وإذا ما فيش مكان') "
              "for 'النقاش المفتوح يوم 23 فبراير'. The title precedes the name with the engineer's 'م.' (dropped); "
              "'- زوارة' is the place. PDF with an Arabic name (RFC 2231 + RFC 2047) is the report; the inline "
              "signature logo is not. The signer is not the speaker. Outlook.com, base64."))


# ================================================================ 21  AR  speaker  late plenary request from a volunteer lawyer for a farm worker without email
def m21():
    when = at("2021-02-08 12:15:09")
    subj = "طلب مداخلة في الجلسة العامة - ملتقى عمال الزراعة في الأغوار"
    text = """تحية طيبة،

أكتب إليكم بصفتي محامية متطوعة مع ملتقى عمال الزراعة في الأغوار، وهو تجمع غير رسمي للعمال الزراعيين المصريين والسوريين في مزارع الشونة الجنوبية ودير علا. لم تصلنا دعوتكم إلا في نهاية الأسبوع الماضي عن طريق إحدى النقابات، ونعلم أن موعد تقديم الطلبات قد انتهى، لكننا نأمل أن تنظروا في طلبنا.

يرغب الملتقى في أن يقدم السيد رمضان عبد الحميد أبو زيد، ممثل العمال المصريين في الملتقى، مداخلة في الجلسة العامة عن أوضاع العمال الموسميين بعد إغلاق الحدود عام 2020 وعن تصاريح العمل الزراعية. ويعمل السيد رمضان في الأغوار منذ عام 1998، وليس لديه بريد إلكتروني، لذلك أرسل الطلب نيابة عنه.

مع الاحترام،
المحامية ديما سليمان العدوان
عمّان
"""
    body = leaf("text/plain", text, "windows-1256", "quoted-printable")
    m = mk(when, sent_at(when, 2, 8), "mail-am7eur03olkn2049.outbound.protection.outlook.example.com",
           "198.51.100.49", "4F4g7Rb2WnHz", addr("ديما العدوان", "dima.adwan.law@hotmail.example.com",
                                                 charset="windows-1256"),
           hdr(subj, charset="windows-1256"),
           "<AM7PR03MB6548D1F9A3C2E764@AM7PR03MB6548.eurprd03.prod.outlook.example.com>", body,
           extra=[("X-Mailer", "Microsoft Outlook 14.0"), ("Thread-Index", "Adb+Gt2Hk4Lm6Np8Qr0St2Uv4Wx6Yz=="),
                  ("Content-Language", "ar-jo")])
    add(21, when, m, dict(category="speaker_request", language="ar", acknowledge=True, on_time=False, speakers=[
        sp("رمضان عبد الحميد أبو زيد", "ممثل العمال المصريين", "ملتقى عمال الزراعة في الأغوار", ["plenary"])],
        notes="late speaker request (Monday 8 February), the sender knows it ('نعلم أن موعد تقديم الطلبات قد "
              "انتهى'). 'مداخلة في الجلسة العامة' in subject and body = plenary. A volunteer lawyer writes for a farm "
              "worker who has no email ('السيد' dropped; 'المحامية' before her own name is her profession, and she "
              "is not a speaker); title written 'ممثل العمال المصريين في الملتقى' (recorded without 'في الملتقى'); "
              "an informal gathering as affiliation. Old Outlook, windows-1256 quoted-printable text/plain, "
              "windows-1256 encoded words."))


# ================================================================ 22  AR  other  thank-you from the Yemeni foundation to our acknowledgement of 11
def m22():
    when = at("2021-02-09 09:40:27")
    ack = ack_mid(M11_QID)
    quoted = """تؤكد أمانة الاستعراض الإقليمي للاتفاق العالمي من أجل الهجرة الآمنة والمنظمة والنظامية (الدول العربية) استلام رسالتكم «%s» وطلب المشاركة (متحدثة واحدة). وستتواصل معكم الأمانة بشأن البرنامج.

الاستعراض الإقليمي للاتفاق العالمي للهجرة - الدول العربية""" % M11_SUBJ
    text = """وصلت، شكراً جزيلاً لكم على التأكيد 🌹
الأستاذة أروى تهديكم تحياتها.

عبدالرحمن باعباد
مؤسسة مدى

في الثلاثاء، 2 فبراير 2021 في 10:49 ص، كتب GCM Regional Review Arab States <gcmrrarabstates@iom.int>:

""" + gt(quoted) + "\n"
    body = alt(text, "000000000000e7c1a405bae9f52d", html=android_html(text), b64=True)
    m = mk(when, sent_at(when, 3, 10), "mail-pf1-f180.google.example.com", "192.0.2.180", "4F5h2Ty9MsVz",
           addr("Abdulrahman Baabbad", "mada.foundation.ye@gmail.example.com"),
           re_hdr("Re: ", ack_subject_en("") + M11_SUBJ),
           "<CAN6pRt9Bz1vT4kQ+x8Mw2Lc5dY3sHf7jG9@mail.gmail.example.com>", body,
           extra=[("In-Reply-To", ack), ("References", M11_ID + " " + ack)])
    add(22, when, m, dict(category="other", language="ar", acknowledge=False, on_time=None, thread_of=H % 11,
        notes="thank-you answering our acknowledgement of h252-11 (References name h252-11) with an emoji and "
              "greetings from the speaker, named only as 'الأستاذة أروى': adds nothing new, so no acknowledgement. "
              "Gmail app reply with an Arabic attribution line and the '>'-quoted acknowledgement, base64."))


# ================================================================ 23  FR  report  Oujda association: the 'rapporteuse' is the author of the workshop synthesis
M23_FILE = "Rapport_volontaire_AOSM_2021.pdf"


def m23():
    when = at("2021-02-10 16:50:13")
    subj = "Rapport volontaire – Association Oriental Solidarité Migrants"
    text = """Bonjour,

Nous avons le plaisir de vous transmettre ci-joint le rapport volontaire de l'Association Oriental Solidarité Migrants (AOSM), basée à Oujda.

Ce rapport est le fruit de six ateliers tenus entre novembre et janvier avec des migrants subsahariens de passage à Oujda et à Nador, des bénévoles et deux avocats. Notre rapporteuse, Mlle Salma Idrissi, a rédigé la synthèse des ateliers qui forme le chapitre 3 ; c'est elle qui pourra répondre à vos éventuelles questions sur le fond.

Nous n'avons pas demandé de temps de parole pour la conférence.

Bien à vous,

Youssef Amrani
Président de l'AOSM
"""
    pdf = rep_pdf("Rapport volontaire - AOSM", "Association Oriental Solidarite Migrants (AOSM), Oujda",
                  ["Six ateliers, novembre 2020 - janvier 2021", "Migrants de passage a Oujda et Nador",
                   "Synthese des ateliers", "Recommandations"])
    a = alt(text, "000000000000a8d3f105bb0f6c92", html=gmail_html(text))
    body = multi("mixed", [a, attach("application/pdf", pdf, M23_FILE)], "000000000000a8d3f305bb0f6c94")
    m = mk(when, sent_at(when, 1, 6), "mail-wm1-f41.google.example.com", "192.0.2.141", "4F6j8Lx4CwNz",
           "AOSM Oujda <aosm.oujda@gmail.example.com>", hdr(subj, enc="Q"),
           "<CAB9wLq4Xt7nR2vK+p6Mz1Hd8sY3cGf5eZ4@mail.gmail.example.com>", body)
    add(23, when, m, dict(category="voluntary_report", language="fr", acknowledge=True, on_time=True,
        report_attachments=[M23_FILE],
        notes="report (PDF) whose body says 'Notre rapporteuse, Mlle Salma Idrissi' - the member who wrote the "
              "synthesis of the workshops, not a request for the rapporteur role; the association adds 'Nous "
              "n'avons pas demandé de temps de parole'. No speaker. Shared Gmail account, Date UTC+1."))


# ================================================================ 24  FR  other  the Tunisian collective asks when its speaker will be confirmed (reply to our acknowledgement of 06)
def m24():
    when = at("2021-02-12 11:25:40")
    ack = ack_mid(M06_QID)
    quoted = """Madame, Monsieur,

Le secrétariat de l'examen régional du Pacte mondial pour les migrations (États arabes) accuse réception de votre message « %s » et de votre demande d'intervention (1 intervenante). Le secrétariat reviendra vers vous au sujet du programme.

Examen régional du PMM - États arabes""" % M06_SUBJ
    text = """Bonjour,

Merci pour votre accusé de réception du 29 janvier.

Pourriez-vous nous dire à quelle date vous confirmerez les intervenants ? Mme Ben Mahmoud-Jaziri doit savoir si elle est retenue pour la table ronde n°III ou pour la plénière avant de répondre à une autre invitation à Sfax le 24 février.

Merci d'avance,

Anis Trabelsi
CTMD

> Le 29 janv. 2021 à 13:45, GCM Regional Review Arab States <gcmrrarabstates@iom.int> a écrit :
>
""" + gt(quoted) + "\n"
    body = multi("alternative", [leaf("text/plain", text), leaf("text/html", apple_html(text))],
                 "Apple-Mail=_E4A82C97-1B6D-4F3E-9C05-7D2B8A6F1E40")
    m = mk(when, sent_at(when, 1, 5), "smtp.ctmd.example.tn", "203.0.113.86", "4F7k3Nz6DyPz",
           "Anis Trabelsi <anis.trabelsi@ctmd.example.tn>", hdr("Re: Accusé de réception - " + M06_SUBJ, enc="Q"),
           "<F1C6A93E-8D27-4B50-A7E2-3C9D1B5F4A82@ctmd.example.tn>", body,
           extra=[("In-Reply-To", ack), ("References", M06_ID + " " + ack), ("X-Mailer", APPLE)])
    add(24, when, m, dict(category="other", language="fr", acknowledge=True, on_time=None, thread_of=H % 6,
        notes="reply to our acknowledgement of h252-06 (References name h252-06) asking when speakers will be "
              "confirmed: it repeats the speaker ('Mme Ben Mahmoud-Jaziri') and both choices ('table ronde n°III', "
              "'la plénière') but proposes nothing new - a question, acknowledged, no speakers. Apple Mail, "
              "'>'-quoted French acknowledgement; 12 February, after the speaker deadline (on_time null for "
              "'other')."))


def main():
    for f in (m01, m02, m03, m04, m05, m06, m07, m08, m09, m10, m11, m12, m13, m14, m15, m16, m17, m18, m19,
              m20, m21, m22, m23, m24):
        f()
    SET.write()


if __name__ == "__main__":
    main()
