#!/usr/bin/env python3
"""Write the blind evaluation set holdout81 (24 raw .eml messages + labels.json).

Deterministic, standard library only:  python3 tests/data/make_eval_sets81.py
Theme: sports clubs, cultural associations, artists' and writers' collectives, theatre and cinema groups,
music ensembles (Lebanon, Tunisia, Morocco, Jordan, Iraq, Algeria).
"""
import base64
import datetime as dt
import json
import os
from email.message import Message
from mailgen import (HERE, BOX, POL, rfcdate, at, tz, hdr, re_hdr, addr, leaf, multi,
                     html_wrap, esc, flowed, make_pdf, make_docx, make_png, DOCX,
                     rfc2231_cont, b_word, received, top, serialize, sp, std_rows)
from mailgen import POSTFIX_NOTICE

OUT = os.path.join(HERE, "holdout81")


# ---------------------------------------------------------------- message assembly


MESSAGES = []


def add(num, when, msg, label):
    fname = "h81-%02d.eml" % num
    lab = {"file": fname, "received_at": when.isoformat()}
    lab.update(label)
    full = {k: lab.get(k) for k in ["file", "received_at", "category", "language", "acknowledge", "on_time",
                                    "speakers", "report_attachments", "thread_of", "notes"]}
    for k, default in (("speakers", []), ("report_attachments", []), ("thread_of", None)):
        if full[k] is None and default is not None:
            full[k] = default
    MESSAGES.append((fname, serialize(msg), full))


# ================================================================ small builders
def att(ctype, data, name, style="plain"):
    """An attachment leaf.  style: plain (quoted ASCII), b (RFC 2047 in both), 2231 (RFC 2231),
    cont (RFC 2231 continuations, ASCII or UTF-8), outlook (name= RFC 2047, filename*= RFC 2231)."""
    a = Message(policy=POL)
    if style == "plain":
        a["Content-Type"] = '%s; name="%s"' % (ctype, name)
        a["Content-Disposition"] = 'attachment; filename="%s"' % name
    elif style == "b":
        a["Content-Type"] = '%s;\r\n name="%s"' % (ctype, b_word(name))
        a["Content-Disposition"] = 'attachment;\r\n filename="%s"' % b_word(name)
    elif style == "outlook":
        a["Content-Type"] = '%s;\r\n\tname="%s"' % (ctype, b_word(name))
        a["Content-Description"] = b_word(name)
        a["Content-Disposition"] = "attachment;\r\n " + ";\r\n ".join(rfc2231_cont("filename", name))
    elif style == "cont":
        try:
            name.encode("ascii")
            chunks = [name[i:i + 60] for i in range(0, len(name), 60)]
            a["Content-Type"] = '%s; \r\n\tname="%s"' % (ctype, name)
            a["Content-Disposition"] = "attachment; \r\n\t" + "; \r\n\t".join(
                'filename*%d="%s"' % (k, c) for k, c in enumerate(chunks))
        except UnicodeEncodeError:
            a["Content-Type"] = ctype + ";\r\n " + ";\r\n ".join(rfc2231_cont("name", name))
            a["Content-Disposition"] = "attachment;\r\n " + ";\r\n ".join(rfc2231_cont("filename", name))
    a["Content-Transfer-Encoding"] = "base64"
    a.set_payload(base64.encodebytes(data).decode("ascii"))
    return a


def gmail_alt(text, boundary, cte="quoted-printable", rtl=False, html=None):
    if html is None:
        d = ' dir="rtl"' if rtl else ' dir="ltr"'
        html = "<div%s>%s</div>\n" % (d, "<div><br></div>".join(
            "<div>" + "<br>".join(esc(x) for x in para.split("\n")) + "</div>" for para in text.split("\n\n")))
    return multi("alternative", [leaf("text/plain", text, "UTF-8", cte), leaf("text/html", html, "UTF-8", cte)],
                 boundary)


def outlook_html(text, rtl=False):
    d = ' dir="RTL"' if rtl else ""
    paras = []
    for line in text.split("\n"):
        paras.append('<p class="MsoNormal"%s>%s<o:p></o:p></p>' % (d, esc(line) if line else "&nbsp;"))
    return ('<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" '
            'xmlns:w="urn:schemas-microsoft-com:office:word" xmlns="http://www.w3.org/TR/REC-html40">\n'
            '<head>\n<meta http-equiv="Content-Type" content="text/html; charset=utf-8">\n'
            '<meta name="Generator" content="Microsoft Word 15 (filtered medium)">\n'
            '<style><!--\np.MsoNormal, li.MsoNormal, div.MsoNormal\n\t{margin:0cm;font-size:11.0pt;'
            'font-family:"Calibri",sans-serif;}\n--></style>\n</head>\n'
            '<body lang="EN-US" link="#0563C1" vlink="#954F72" style="word-wrap:break-word">\n'
            '<div class="WordSection1">\n' + "\n".join(paras) + "\n</div>\n</body>\n</html>\n")


def outlook_alt(text, boundary, rtl=False, cte="quoted-printable"):
    return multi("alternative", [leaf("text/plain", text, "utf-8", cte),
                                 leaf("text/html", outlook_html(text, rtl), "utf-8", cte)], boundary)


def outlook_extra(topic, index):
    return [("Thread-Topic", topic), ("Thread-Index", index), ("Accept-Language", "en-US"),
            ("Content-Language", "en-US"), ("X-MS-Has-Attach", "yes"), ("X-MS-TNEF-Correlator", "")]


def gmail_date_ar(d):
    return d


INVITE_ID = "<DB8PR04MB7164A2C0E91F3B5D8E44C0A1B2D70@DB8PR04MB7164.eurprd04.prod.outlook.example.com>"
ID = {}


def pdf(*lines):
    return make_pdf(list(lines))


# ================================================================ the 24 messages
def m01():
    when = at("2021-01-26 10:12:41")
    sent = when - dt.timedelta(seconds=4)
    text = """Dear GCM Regional Review team,

I'm writing on behalf of Bab Idriss Theatre Company in Beirut. For the past four years we have been running devised-theatre workshops with Syrian and Ethiopian women living in Lebanon, and their stories ended up on stage in our play "Kafala" (2019, then a small tour in Tripoli and Saida in 2020 before everything closed).

We would like to propose Rasha Nassif to take the floor in one of the plenary sessions on 24-25 February. She is our artistic director. Rasha designed the workshop method and she is the one who can speak about what these women told us about work, papers and going home - much better than I could.

I'm the company's general director and will handle logistics on our side (connection tests etc.), so please keep me in the loop.

Many thanks and best,
Georges

--
Georges Khalil
General Director | Bab Idriss Theatre Company
Mar Mikhael, Beirut - Lebanon
+961 3 555 018
"""
    body = gmail_alt(text, "000000000000a4c81f05b9c2d7e3")
    ID[1] = "<CAGk7x2Lr0pQ4sV9Yw1zEt3uHnB8mD6cJ5aF2gK0iR7oTqWe@mail.gmail.example.com>"
    rows = std_rows(when, "mail-ed1-f47.google.example.com", "209.85.208.47", "4DQ1mz3Rq8z1",
                    "Georges Khalil <georges.khalil@babidriss-theatre.example.org>",
                    "Speaking slot - Bab Idriss Theatre Company", rfcdate(sent), ID[1],
                    ret="georges.khalil@babidriss-theatre.example.org")
    add(1, when, top(body, rows), dict(category="speaker_request", language="en", acknowledge=True, on_time=True,
        speakers=[sp("Rasha Nassif", "artistic director", "Bab Idriss Theatre Company", ["plenary"])],
        notes="theatre director proposes an actress; her title only comes in the next sentence ('She is our "
              "artistic director.'); the sender (General Director, in the signature) is not a speaker; "
              "'plenary sessions' written in prose; the play title and workshop participants are decoys."))


def m02():
    when = at("2021-01-29 13:40:17")
    sent = when - dt.timedelta(seconds=9)
    text = """السادة الكرام في شبكة الأمم المتحدة الإقليمية المعنية بالهجرة،
تحية طيبة وبعد،

استناداً إلى رسالة الدعوة الخاصة بالاستعراض الإقليمي للاتفاق العالمي من أجل الهجرة الآمنة والمنظمة والنظامية في المنطقة العربية، يسرّنا أن نرفق طيّه التقرير الطوعي لجمعية رواق عمّان للثقافة والفنون، والذي يستعرض تجربتنا خلال عامي 2019 و2020 في تنظيم ورش الكتابة الإبداعية والموسيقى للشباب اللاجئين والمهاجرين في عمّان والزرقاء والمفرق.

يتناول التقرير الأهداف 16 و17 و23 من الاتفاق العالمي، ويتضمن في قسمه الأخير توصيات موجّهة إلى البلديات ووزارة الثقافة.

نرجو التكرم بتأكيد الاستلام.

وتفضلوا بقبول فائق الاحترام والتقدير،

هالة الزعبي
منسّقة البرامج
جمعية رواق عمّان للثقافة والفنون
عمّان – الأردن
"""
    name = "التقرير الطوعي - جمعية رواق عمان 2021.pdf"
    data = pdf("Riwaq Amman Association for Culture and Arts", "Voluntary GCM Review Report 2019-2020",
               "Creative writing and music workshops with refugee and migrant youth", "Amman - Zarqa - Mafraq")
    body = multi("mixed", [outlook_alt(text, "_000_VI1PR0302MB2718C4B1D2E5F6A7B8C9DA0B1C2D3VI1PR0302MB27_",
                                       rtl=True, cte="base64"),
                           att("application/pdf", data, name, "outlook")],
                 "_004_VI1PR0302MB2718C4B1D2E5F6A7B8C9DA0B1C2D3VI1PR0302MB27_")
    ID[2] = "<VI1PR0302MB2718C4B1D2E5F6A7B8C9DA0B1C2D3@VI1PR0302MB2718.eurprd03.prod.outlook.example.com>"
    rows = std_rows(when, "mail-vi1eur03on2071.outbound.protection.outlook.example.com", "40.107.103.71",
                    "4DRw8K1b2Yz3", addr("هالة الزعبي", "hala.zoubi@riwaq-amman.example.jo"),
                    hdr("التقرير الطوعي - جمعية رواق عمّان للثقافة والفنون"), rfcdate(sent), ID[2],
                    extra=outlook_extra(hdr("التقرير الطوعي - جمعية رواق عمّان للثقافة والفنون"),
                                        "AQHW9kZq3rT1mC7bS0yLxVd2fE8uKw=="),
                    ret="hala.zoubi@riwaq-amman.example.jo")
    add(2, when, top(body, rows), dict(category="voluntary_report", language="ar", acknowledge=True, on_time=True,
        report_attachments=[name],
        notes="formal MSA report mail from Outlook: base64 bodies, Arabic PDF file name as RFC 2047 in name= "
              "and RFC 2231 continuations in filename*; GCM objective numbers are not roundtable numbers."))


def m03():
    when = at("2021-02-01 09:25:33")
    sent = tz(when - dt.timedelta(seconds=6), 1)
    text = """Bonjour à toutes et à tous,

Suite à la lettre d'invitation du Réseau régional des Nations Unies sur les migrations, l'Association tunisienne des arts et de la culture (ATAC) souhaite proposer une intervention lors de la table ronde thématique n°2.

Intervenant·e : Sarra Ben Amor
Fonction : chargée de programmation jeunesse et mobilité
Structure : Association tunisienne des arts et de la culture (ATAC), Tunis
Rôle souhaité : prise de parole depuis la salle, table ronde thématique n°2
Langue : français (ou arabe tunisien si interprétation)

Sarra coordonne depuis 2018 nos résidences artistiques croisées Tunis / Sfax / Palerme avec des artistes tunisien·ne·s et subsaharien·ne·s installé·e·s en Tunisie.

Nous restons à votre disposition pour tout complément.

Bien cordialement,

-- 
Amel Jaziri
Secrétaire générale – ATAC
19, rue de Marseille – 1000 Tunis
"""
    body = leaf("text/plain", flowed(text), "UTF-8", "8bit", params=[("format", "flowed")])
    body["Content-Language"] = "fr"
    ID[3] = "<6f2d1c3a-8b4e-4f0a-9c1d-2e7b5a9f0c31@atac-tunis.example.org>"
    rows = std_rows(when, "mail.atac-tunis.example.org", "197.14.52.9", "4DTk2N5v0gz7",
                    "Amel Jaziri <amel.jaziri@atac-tunis.example.org>",
                    hdr("Proposition d'intervention – table ronde n°2 – ATAC", "utf-8", "Q"),
                    rfcdate(sent), ID[3], ret="amel.jaziri@atac-tunis.example.org",
                    extra=[("User-Agent", "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:78.0) Gecko/20100101 "
                                          "Thunderbird/78.7.0")])
    add(3, when, top(body, rows), dict(category="speaker_request", language="fr", acknowledge=True, on_time=True,
        speakers=[sp("Sarra Ben Amor", "chargée de programmation jeunesse et mobilité",
                     "Association tunisienne des arts et de la culture (ATAC)", ["roundtable"], 2)],
        notes="inclusive writing 'Intervenant·e :' as the speaker label (middle dot) and 'tunisien·ne·s'; "
              "Thunderbird format=flowed 8bit; 'Structure :' line adds the city after the acronym; "
              "'depuis la salle' = floor intervention in roundtable 2; the signer is not the speaker."))


def m04():
    when = at("2021-02-01 11:02:09")
    sent = tz(when - dt.timedelta(seconds=2), 1)
    text = """Bonjour,

Je suis en déplacement (Festival des musiques sacrées, Fès) jusqu'au lundi 8 février 2021, avec un accès limité à ma messagerie.

Pour toute demande urgente, merci d'écrire à contact@fondation-ailes.example.ma.

Cordialement,
Karim Bennani
Fondation Ailes pour les arts vivants – Rabat
"""
    body = leaf("text/plain", text, "utf-8", "quoted-printable")
    rows = [("Return-Path", "<>"), ("Delivered-To", BOX),
            ("Received", received(when, "smtp.fondation-ailes.example.ma", "41.248.11.30", "4DTmQ81pXz2c")),
            ("From", "Karim Bennani <k.bennani@fondation-ailes.example.ma>"), ("To", BOX),
            ("Subject", hdr("Réponse automatique : Invitation – Examen régional du Pacte mondial sur les "
                            "migrations dans la région arabe", "utf-8", "Q")),
            ("Date", rfcdate(sent)), ("Message-ID", "<autoreply.1612170127.4471@fondation-ailes.example.ma>"),
            ("In-Reply-To", INVITE_ID), ("References", INVITE_ID),
            ("Auto-Submitted", "auto-replied"), ("X-Autoreply", "yes"), ("Precedence", "bulk")]
    add(4, when, top(body, rows), dict(category="auto_reply", language="fr", acknowledge=False, on_time=None,
        notes="French out-of-office reply to the invitation (Auto-Submitted, X-Autoreply, Precedence: bulk, "
              "null Return-Path); mentions an arts festival and a contact address - never acknowledge."))


def m05():
    when = at("2021-02-02 16:48:20")
    sent = tz(when - dt.timedelta(seconds=5), 1)
    text = """Hello,

Thank you for the invitation. Tanja Ciné Collective would be glad to contribute. We would like to put forward our co-founder as rapporteur for the stakeholders' key messages - he did the same at the Mediterranean Film & Mobility Forum last year, so he knows the drill.

His details, copied from his card:

BEGIN:VCARD
VERSION:3.0
N:El Amrani;Youssef;;;
FN:Youssef El Amrani
TITLE:Co-founder and Head of Programming
ORG:Tanja Ciné Collective (TCC)
TEL;TYPE=CELL:+212 661 004 729
EMAIL:y.elamrani@tanjacine.example.ma
ADR;TYPE=WORK:;;Rue d'Italie;Tangier;;90000;Morocco
END:VCARD

Happy to send a bio and photo if needed.

Best regards,
Salma Tazi
Communications Officer
Tanja Ciné | Tangier, Morocco

From: GCM Regional Review Arab States <gcmrrarabstates@iom.int>
Sent: Monday, January 25, 2021 2:15 PM
To: undisclosed-recipients
Subject: Invitation - Regional Review of the GCM in the Arab region

Dear colleagues,
The Regional UN Network on Migration is pleased to invite you to the Regional Review of the Global Compact for Migration in the Arab region. Stakeholders may request a speaking role (open discussion of the multi-stakeholder consultation, rapporteur, floor intervention in a plenary session or in one of the four thematic roundtables) by Friday 5 February 2021, giving the speaker's name, title and organizational affiliation.
"""
    body = outlook_alt(text, "_000_MR2P264MB0641E3A9B0C17D2F4A5B6C7D8E9FMR2P264MB0641FRAP_")
    ID[5] = "<MR2P264MB0641E3A9B0C17D2F4A5B6C7D8E9F@MR2P264MB0641.FRAP264.PROD.OUTLOOK.example.com>"
    rows = std_rows(when, "mail-mr2fra01on2090.outbound.protection.outlook.example.com", "40.107.9.90",
                    "4DVc0x6LqHz5", "Salma Tazi <salma.tazi@tanjacine.example.ma>",
                    "RE: Invitation - Regional Review of the GCM in the Arab region", rfcdate(sent), ID[5],
                    extra=outlook_extra("Invitation - Regional Review of the GCM in the Arab region",
                                        "AQHW+Zb1c9kq0oTnR0GxJ3vL5yF2aA=="),
                    ret="salma.tazi@tanjacine.example.ma")
    rows += [("In-Reply-To", INVITE_ID), ("References", INVITE_ID)]
    add(5, when, top(body, rows), dict(category="speaker_request", language="en", acknowledge=True, on_time=True,
        speakers=[sp("Youssef El Amrani", "Co-founder and Head of Programming", "Tanja Ciné Collective (TCC)",
                     ["rapporteur"])],
        notes="speaker details only in a vCard-like block pasted in the body (FN/TITLE/ORG lines, N: in "
              "reversed order); Outlook reply quoting the invitation, whose list of all four roles is a decoy; "
              "sender (Communications Officer) is not the speaker; signature uses a shorter org name."))


def m06():
    when = at("2021-02-03 10:30:52")
    sent = tz(when - dt.timedelta(seconds=7), 3)
    text = """هلا بيكم
آني علي الربيعي من فرقة بغداد للمقام العراقي. شفنا الدعوة مالتكم عالفيسبوك وحبينا نشارك بالنقاش المفتوح مال يوم 23 شباط.

احنا من 2017 دنشتغل ويا شباب نازحين ورجعوا من المخيمات، نسويلهم دورات عود وجالغي بغدادي، وعدنا هواية قصص نگدر نحچي بيها عن النزوح والرجعة.

ردنا نرشح اثنين:
١- الأستاذ كريم جبار الساعدي، رئيس الفرقة وعازف السنطور
٢- زينب فاضل، وحدة من طالباتنا، هي نفسها چانت نازحة بالموصل وهسه تدرّس موسيقى للأطفال

زينب تگدر تحچي بالنقاش المفتوح، وكريم اذا اكو مجال يكون مقرر (rapporteur) للرسائل الرئيسية، واذا ماكو خليه هم بالنقاش المفتوح.

اذا تحتاجون أي شي بس گولولنا
تحياتي
علي
فرقة بغداد للمقام العراقي – بغداد، الكرادة
0770 123 4567
"""
    body = gmail_alt(text, "000000000000f1e2d305ba92c7a4", cte="base64", rtl=True)
    ID[6] = "<CAJ9mQ4sTz7u2WkE1rX0vH6cN3dL8pB5yF4gA2iO7jRqUeZw@mail.gmail.example.com>"
    rows = std_rows(when, "mail-wm1-f65.google.example.com", "209.85.128.65", "4DWd7Rk2PLz8",
                    addr("علي الربيعي", "ali.rubaie.maqam@gmail.example.com"),
                    hdr("طلب مشاركة - فرقة بغداد للمقام"), rfcdate(sent), ID[6],
                    ret="ali.rubaie.maqam@gmail.example.com")
    aff = "فرقة بغداد للمقام العراقي"
    add(6, when, top(body, rows), dict(category="speaker_request", language="ar", acknowledge=True, on_time=True,
        speakers=[sp("كريم جبار الساعدي", "رئيس الفرقة وعازف السنطور", aff, ["rapporteur", "open_discussion"]),
                  sp("زينب فاضل", None, aff, ["open_discussion"])],
        notes="Iraqi colloquial (آني، مالتكم، نگدر، نحچي، هسه، ماكو، گولولنا) with گ/چ letters; two speakers in an "
              "Arabic-numbered list; 'الأستاذ' is an honorific; Karim: rapporteur first, open discussion as "
              "fallback; Zainab has no title ('one of our students'); the sender (Ali) is not a speaker."))


def m07():
    when = at("2021-02-03 16:10:05")
    sent = when - dt.timedelta(seconds=3)
    text = """Hi there,

A couple of quick questions before our board decides whether to nominate anyone for a speaking role:

1) Will the conference on 24-25 Feb be fully online (Zoom?) or hybrid in Beirut?
2) Is there Arabic-English interpretation in the roundtables? Some of our coaches don't speak English.
3) Can people from our club attend as observers without speaking? We'd have 3 or 4 people.

Thanks a lot,

Dana Qudah
Programme Manager
Jordan Ultimate Frisbee Association (JUFA)
Amman - Jordan
"""
    body = leaf("text/plain", text, "us-ascii", "7bit")
    ID[7] = "<AM0PR10MB2962B7F1C4D0E9A3B2C5D6E7F8A9@AM0PR10MB2962.EURPRD10.PROD.OUTLOOK.example.com>"
    rows = std_rows(when, "mail-am6eur05on2112.outbound.protection.outlook.example.com", "40.107.22.112",
                    "4DWp3Xg9Ttz1", "Dana Qudah <dana.qudah@jufa.example.jo>",
                    "Question on participation format + interpretation", rfcdate(sent), ID[7],
                    extra=outlook_extra("Question on participation format + interpretation",
                                        "AdcJ5mW2rQ0bN8kTS7e1xZ4cYp9uVg=="),
                    ret="dana.qudah@jufa.example.jo")
    add(7, when, top(body, rows), dict(category="other", language="en", acknowledge=True, on_time=None,
        notes="logistics questions (format, interpretation, observers) from a sports association that talks "
              "about nominating speakers and roundtables but proposes nobody; the signer is not a speaker."))


def m08():
    when = at("2021-02-04 21:45:30")
    sent = when - dt.timedelta(seconds=12)
    text = """hello,
this is Samer Odeh coach of Hashmi Stars FC (east Amman). we have a mixed u-19 team, jordanian syrian iraqi and sudanese boys. we want our captain to speak in the roundtable about integration/social cohesion if its possible. his name is Mustafa Adam, he is 18 and came from darfur in 2014 with his family. his english is good and arabic ofcourse

pls tell us what we need to do
thx
Samer

Sent from my iPhone
"""
    body = leaf("text/plain", flowed(text, 76), "us-ascii", "7bit", params=[("format", "flowed")])
    ID[8] = "<8B3E1F0A-7C2D-4E5B-9A6F-1D0C3B2A4E5F@yahoo.example.com>"
    rows = std_rows(when, "sonic307-21.consmr.mail.ne1.yahoo.example.com", "66.163.190.146", "4DX3qM0sWvz4",
                    "Samer Odeh <samer.odeh77@yahoo.example.com>", "speaker", rfcdate(sent), ID[8],
                    extra=[("X-Mailer", "iPhone Mail (18D52)")], ret="samer.odeh77@yahoo.example.com")
    add(8, when, top(body, rows), dict(category="speaker_request", language="en", acknowledge=True, on_time=True,
        speakers=[sp("Mustafa Adam", "captain", "Hashmi Stars FC", ["roundtable"])],
        notes="iPhone, all lower case, no punctuation; the speaker is 'our captain' (title only as 'captain'), "
              "named in the next sentence; roundtable wanted but described by theme, no number; the coach "
              "(sender) is not the speaker; one-word subject."))


def m09():
    when = at("2021-02-04 22:31:14")
    sent = when - dt.timedelta(seconds=5)
    text = """Bonsoir,

Je vous écris de la part du Ciné-Club de Zahlé (Bekaa). Comme convenu hier au téléphone avec Mme Rima, veuillez trouver ci-joint notre rapport volontaire pour l'examen du Pacte mondial : il retrace trois ans de projections itinérantes dans les campements informels de la Bekaa et les débats qui ont suivi avec les familles syriennes et les travailleuses domestiques.

Par ailleurs on aimerait beaucoup prendre la parole lors d'une séance plénière (le 24 ou le 25, peu importe). C'est notre présidente, Mme Joëlle Abou Jaoudé, réalisatrice et enseignante à l'USJ, qui interviendrait en notre nom.

Je vous remercie d'avance, et je reste joignable au +961 71 203 448 si besoin.

Bien à vous,
Nadine Frem
Chargée de communication
Ciné-Club de Zahlé
"""
    name = "Rapport PMM - Cine-Club Zahle.docx"
    docx = make_docx(["Ciné-Club de Zahlé", "Rapport volontaire - Examen régional du Pacte mondial sur les migrations",
                      "Projections itinérantes dans la Bekaa, 2018-2020"])
    body = multi("mixed", [gmail_alt(text, "000000000000b7c30a05ba8f11c2"), att(DOCX, docx, name)],
                 "000000000000b7c30c05ba8f11c4")
    ID[9] = "<CAF3pZ8wQn1kR5tY2uX7oL0eM4vB9sD6cH3jG1aN8iKwEqTr@mail.gmail.example.com>"
    rows = std_rows(when, "mail-lf1-f41.google.example.com", "209.85.167.41", "4DX4w1bJ7Cz6",
                    addr("Nadine Frem", "nadine.frem@cineclub-zahle.example.lb"),
                    hdr("Ciné-Club de Zahlé – rapport volontaire + demande d'intervention", "utf-8", "Q"),
                    rfcdate(sent), ID[9], ret="nadine.frem@cineclub-zahle.example.lb")
    add(9, when, top(body, rows), dict(category="both", language="fr", acknowledge=True, on_time=True,
        speakers=[sp("Joëlle Abou Jaoudé", "présidente", "Ciné-Club de Zahlé", ["plenary"])],
        report_attachments=[name],
        notes="Levantine French ('on aimerait', 'Comme convenu avec Mme Rima'); report (DOCX) and a plenary "
              "request in one mail; speaker's title 'notre présidente' comes before the name, followed by a "
              "second description ('réalisatrice et enseignante à l'USJ' - USJ is not her affiliation for this "
              "request); 'Mme Rima' is an IOM contact, not a speaker; both parts on time."))


def m10():
    when = at("2021-02-05 12:06:48")
    sent = tz(when - dt.timedelta(seconds=8), 1)
    text = """السلام عليكم

معاكم حمزة الوالي، الكاتب العام ديال جمعية الأمل الرياضية لكرة القدم بفاس (AASF). صيفطنا ليكم التقرير ديالنا فالمرفقات، فيه الخدمة اللي درنا مع الشباب المهاجرين من افريقيا جنوب الصحراء فالحومة ديالنا من 2018 حتى ل 2020: الدوريات، التكوين، والمواكبة الإدارية.

وزيدون بغينا نشاركو فالطاولة المستديرة الرابعة، والمتدخل غادي يكون المدرب ديالنا السي عبد الرحيم بنموسى، هو اللي كيتابع فرقة المهاجرين من الأول.

الله يعاونكم وشكرا بزاف
حمزة
"""
    name = "Rapport AASF Fes 2021.pdf"
    data = pdf("Association Al Amal Sportive de Football - Fes (AASF)", "Rapport volontaire - Pacte mondial",
               "Tournois, formation et accompagnement des jeunes migrants 2018-2020")
    body = multi("mixed", [gmail_alt(text, "000000000000c9d41e05ba95a2b0", cte="base64", rtl=True),
                           att("application/pdf", data, name)], "000000000000c9d42005ba95a2b2")
    ID[10] = "<CAH2rW6nYq0sZ4tK8vM1pX3uB7eL9cD5oJ2gF6aI0kTwRqEy@mail.gmail.example.com>"
    rows = std_rows(when, "mail-wr1-f52.google.example.com", "209.85.221.52", "4DXNm5cQ2Fz9",
                    "Hamza Ouali <hamza.ouali.aasf@gmail.example.com>", "rapport + mocharaka",
                    rfcdate(sent), ID[10], ret="hamza.ouali.aasf@gmail.example.com")
    add(10, when, top(body, rows), dict(category="both", language="ar", acknowledge=True, on_time=True,
        speakers=[sp("عبد الرحيم بنموسى", "المدرب", "جمعية الأمل الرياضية لكرة القدم بفاس (AASF)",
                     ["roundtable"], 4)],
        report_attachments=[name],
        notes="Moroccan Darija (معاكم، ديال، صيفطنا، بغينا، غادي، كيتابع) with a French/latin subject; report "
              "PDF and a roundtable request in one mail; 'السي' is an honorific; the speaker's title is 'المدرب "
              "ديالنا' (our coach); 'الطاولة المستديرة الرابعة' = roundtable 4 in words; the sender (الكاتب "
              "العام) is not the speaker; sent from Morocco (+0100)."))


def m11():
    when = at("2021-02-05 15:20:26")
    sent = tz(when - dt.timedelta(seconds=6), 3)
    new = """مرحبا مرة ثانية
بس حبيت اصحح شغلة: زينب ما راح تگدر تشارك لأن عدها امتحانات بالمعهد، فبمكانها راح تحچي رُسل حميد، مديرة البرامج التعليمية بالفرقة. كريم مثل ما هو.
سوري عالإزعاج 🙏
علي
"""
    quoted = "\n".join(("> " + l) if l else ">" for l in """هلا بيكم
آني علي الربيعي من فرقة بغداد للمقام العراقي. شفنا الدعوة مالتكم عالفيسبوك وحبينا نشارك بالنقاش المفتوح مال يوم 23 شباط.

ردنا نرشح اثنين:
١- الأستاذ كريم جبار الساعدي، رئيس الفرقة وعازف السنطور
٢- زينب فاضل، وحدة من طالباتنا، هي نفسها چانت نازحة بالموصل وهسه تدرّس موسيقى للأطفال

زينب تگدر تحچي بالنقاش المفتوح، وكريم اذا اكو مجال يكون مقرر (rapporteur) للرسائل الرئيسية، واذا ماكو خليه هم بالنقاش المفتوح.""".split("\n"))
    text = new + "\nفي الأربعاء، 3 فبراير 2021 في 11:30 ص تمت كتابة ما يلي بواسطة علي الربيعي <ali.rubaie.maqam@gmail.example.com>:\n\n" + quoted + "\n"
    html = ('<div dir="rtl">' + "<br>".join(esc(x) for x in new.strip().split("\n")) + '</div><br>'
            '<div class="gmail_quote"><div dir="rtl" class="gmail_attr">في الأربعاء، 3 فبراير 2021 في 11:30 ص '
            'تمت كتابة ما يلي بواسطة علي الربيعي &lt;<a href="mailto:ali.rubaie.maqam@gmail.example.com">'
            'ali.rubaie.maqam@gmail.example.com</a>&gt;:<br></div><blockquote class="gmail_quote" '
            'style="margin:0px 0px 0px 0.8ex;border-right:1px solid rgb(204,204,204);padding-right:1ex">'
            '<div dir="rtl">' + "<br>".join(esc(l[2:] if l.startswith("> ") else "") for l in quoted.split("\n"))
            + '</div></blockquote></div>\n')
    body = gmail_alt(text, "0000000000003e5f7a05ba97c1d8", cte="base64", html=html)
    ID[11] = "<CAJ9mQ4vXb2n7RkP0sW5tY1uE8cL3oH6dA9gF2iM4jZqTeKw@mail.gmail.example.com>"
    rows = std_rows(when, "mail-wm1-f66.google.example.com", "209.85.128.66", "4DXTb0nG4Rz2",
                    addr("علي الربيعي", "ali.rubaie.maqam@gmail.example.com"),
                    re_hdr("Re: ", "طلب مشاركة - فرقة بغداد للمقام"), rfcdate(sent), ID[11],
                    ret="ali.rubaie.maqam@gmail.example.com")
    rows += [("In-Reply-To", ID[6]), ("References", ID[6])]
    aff = "فرقة بغداد للمقام العراقي"
    add(11, when, top(body, rows), dict(category="speaker_request", language="ar", acknowledge=True, on_time=True,
        speakers=[sp("كريم جبار الساعدي", "رئيس الفرقة وعازف السنطور", aff, ["rapporteur", "open_discussion"]),
                  sp("رُسل حميد", "مديرة البرامج التعليمية", aff, ["open_discussion"])],
        thread_of="h81-06.eml",
        notes="Iraqi colloquial follow-up replacing one of the two speakers of h81-06 (Zainab -> Rusul Hamid); "
              "Karim is kept ('مثل ما هو') so his title/roles come only from the quoted original; Rusul's role "
              "is inherited ('بمكانها' = in her place: open discussion); 'بالفرقة' = of the ensemble; the "
              "quoted original still lists Zainab; Gmail Arabic attribution line."))


def m12():
    when = at("2021-02-05 23:57:14")
    sent = tz(when - dt.timedelta(seconds=4), 1)
    text = """Bonsoir Madame, Monsieur,

Désolé pour l'heure tardive, on sort juste de l'entraînement. Notre association, l'Association Sportive Derb Sultan – section athlétisme (ASDS), souhaite proposer deux intervenants pour l'examen régional :

- Mlle Fatou Diop, athlète de demi-fond (800 m), d'origine sénégalaise, installée à Casablanca depuis 2016 -> table ronde thématique (si possible la n°3)
- M. Rachid Lahlou (moi-même), président de l'ASDS -> débat ouvert de la consultation du 23 février

Je vous prie d'agréer, Madame, Monsieur, l'expression de mes salutations sportives.

Rachid LAHLOU
Président
ASDS – Casablanca
"""
    body = outlook_alt(text, "_000_PR3P193MB0715A1B2C3D4E5F60718293A4B5CPR3P193MB0715EURP_")
    ID[12] = "<PR3P193MB0715A1B2C3D4E5F60718293A4B5C@PR3P193MB0715.EURP193.PROD.OUTLOOK.example.com>"
    rows = std_rows(when, "mail-pr3eur02on2089.outbound.protection.outlook.example.com", "40.107.14.89",
                    "4DXg3Zp7Mwz5", "Rachid LAHLOU <r.lahlou@asds-athletisme.example.ma>",
                    hdr("Proposition d'intervenants – ASDS Casablanca", "utf-8", "Q"), rfcdate(sent), ID[12],
                    extra=outlook_extra(hdr("Proposition d'intervenants – ASDS Casablanca", "utf-8", "Q"),
                                        "AdcMBe4kq2p9vR7nSxW1yT0zL6uH3A=="),
                    ret="r.lahlou@asds-athletisme.example.ma")
    aff = "Association Sportive Derb Sultan – section athlétisme (ASDS)"
    add(12, when, top(body, rows), dict(category="speaker_request", language="fr", acknowledge=True, on_time=True,
        speakers=[sp("Fatou Diop", "athlète de demi-fond", aff, ["roundtable"], 3),
                  sp("Rachid Lahlou", "président", aff, ["open_discussion"])],
        notes="deadline edge: Date header Fri 5 Feb 22:57 +0100 (Casablanca), received 23:57:14 Beirut = on "
              "time with under 3 minutes left; Maghrebi French; two speakers, the second is the sender "
              "himself ('moi-même'); honorifics Mlle/M.; name in capitals in the signature; '(800 m)' and "
              "origin are not part of the title; 'débat ouvert' = open discussion."))


def m13():
    when = at("2021-02-06 00:03:25")
    sent = tz(when - dt.timedelta(seconds=3), 1)
    text = """السادة المحترمون،
تحية طيبة،

بالإشارة إلى رسالة الدعوة إلى الاستعراض الإقليمي للاتفاق العالمي من أجل الهجرة في المنطقة العربية، أتشرّف بأن أتقدّم بطلب لإلقاء مداخلة في الجلسة العامة يومي 24 و25 فيفري، أتناول فيها أدب المنفى والهجرة غير النظامية في الرواية التونسية المعاصرة وما يمكن أن يقدّمه الكتّاب في تغيير الخطاب العام حول المهاجرين.

علماً أن آخر أجل لطلبات المداخلة حسب النص العربي للرسالة هو يوم الجمعة 23 فيفري.

مع فائق الاحترام والتقدير،

د. منية الشابي
عضو الهيئة المديرة
رابطة كتّاب الهجرة والمنفى – تونس
"""
    body = gmail_alt(text, "0000000000007b2c4d05baa0e3f6", cte="base64", rtl=True)
    ID[13] = "<CAK5tP1wRz8m3YqN6vX0sU2eB4cH7oL9dF1gJ5aI3kTwQnEx@mail.gmail.example.com>"
    rows = std_rows(when, "mail-ej1-f43.google.example.com", "209.85.218.43", "4DXgB2sN0kz3",
                    addr("Monia Chebbi", "monia.chebbi.lkme@gmail.example.com"),
                    hdr("طلب مداخلة في الجلسة العامة"), rfcdate(sent), ID[13],
                    ret="monia.chebbi.lkme@gmail.example.com")
    add(13, when, top(body, rows), dict(category="speaker_request", language="ar", acknowledge=True, on_time=False,
        speakers=[sp("منية الشابي", "عضو الهيئة المديرة", "رابطة كتّاب الهجرة والمنفى", ["plenary"])],
        notes="deadline edge: Date header Fri 5 Feb 23:03 +0100 (Tunis) looks like Friday, but it was received "
              "00:03:25 Beirut on 6 Feb = 3 minutes late; the sender relies on the Arabic misprint ('الجمعة 23 "
              "فيفري'); self-nomination with name/title/org only in the signature ('د.' honorific); Tunisian "
              "month name فيفري; Latin display name."))


def m14():
    when = at("2021-02-06 00:05:09")
    qid = "7A1C93E2B4"
    ack_sent = when - dt.timedelta(seconds=8)
    text = POSTFIX_NOTICE + """
<r.lahlou@asds-athletisme.example.ma>: host
    mx.asds-athletisme.example.ma[196.200.131.40] said: 552 5.2.2
    <r.lahlou@asds-athletisme.example.ma>: Mailbox full - quota exceeded (in
    reply to RCPT TO command)
"""
    dsn = """Reporting-MTA: dns; mx1.iom.int
X-Postfix-Queue-ID: %s
X-Postfix-Sender: rfc822; gcmrrarabstates@iom.int
Arrival-Date: %s

Final-Recipient: rfc822; r.lahlou@asds-athletisme.example.ma
Original-Recipient: rfc822;r.lahlou@asds-athletisme.example.ma
Action: failed
Status: 5.2.2
Remote-MTA: dns; mx.asds-athletisme.example.ma
Diagnostic-Code: smtp; 552 5.2.2 <r.lahlou@asds-athletisme.example.ma>:
    Mailbox full - quota exceeded
""" % (qid, rfcdate(ack_sent, "EET"))
    hdrs = """Received: from gcmrr-ack.iom.int (gcmrr-ack.iom.int [10.20.1.15])
	by mx1.iom.int (Postfix) with ESMTPS id %s
	for <r.lahlou@asds-athletisme.example.ma>; %s
From: GCM Regional Review Arab States <gcmrrarabstates@iom.int>
To: Rachid LAHLOU <r.lahlou@asds-athletisme.example.ma>
Subject: =?utf-8?q?Accus=C3=A9_de_r=C3=A9ception_=3A_Proposition_d=27intervenants_=E2=80=93_ASDS_Casablanca?=
Date: %s
Message-ID: <ack-20210206-0007@gcmrr.iom.int>
In-Reply-To: %s
References: %s
Auto-Submitted: auto-replied
""" % (qid, rfcdate(ack_sent, "EET"), rfcdate(ack_sent), ID[12], ID[12])
    p1 = leaf("text/plain", text, "us-ascii", "7bit", extra=[("Content-Description", "Notification")])
    p2 = Message(policy=POL)
    p2["Content-Description"] = "Delivery report"
    p2["Content-Type"] = "message/delivery-status"
    from email.parser import Parser
    for block in dsn.strip("\n").split("\n\n"):
        p2.attach(Parser(policy=POL).parsestr(block + "\n", headersonly=True))
    p3 = leaf("text/rfc822-headers", hdrs, "us-ascii", "7bit",
              extra=[("Content-Description", "Undelivered Message Headers")])
    body = multi("report", [p1, p2, p3], "%s.1612562709/mx1.iom.int" % qid,
                 params=[("report-type", "delivery-status")])
    body.preamble = "This is a MIME-encapsulated message."
    m = Message(policy=POL)
    m["Return-Path"] = "<>"
    m["Delivered-To"] = BOX
    m["Received"] = "by mx1.iom.int (Postfix)\r\n\tid %s; %s" % (qid, rfcdate(when, "EET"))
    m["Date"] = rfcdate(when, "EET")
    m["From"] = "MAILER-DAEMON@mx1.iom.int (Mail Delivery System)"
    m["Subject"] = "Undelivered Mail Returned to Sender"
    m["To"] = BOX
    m["Auto-Submitted"] = "auto-replied"
    m["MIME-Version"] = "1.0"
    m["Message-Id"] = "<20210205220509.%s@mx1.iom.int>" % qid
    for k, v in body.items():
        m[k] = v
    m.set_payload(body.get_payload())
    m.preamble = body.preamble
    add(14, when, m, dict(category="bounce", language="en", acknowledge=False, on_time=None,
        notes="Postfix DSN (552 5.2.2 mailbox full) for our acknowledgement of h81-12; the returned headers "
              "carry a French subject and In-Reply-To h81-12, but this is not a follow-up of a submission."))


def m15():
    when = at("2021-02-08 11:22:47")
    sent = tz(when - dt.timedelta(seconds=6), 3)
    text = """Dear colleagues,

On behalf of the Erbil Artists' Collective (EAC), please find attached our voluntary contribution to the GCM regional review. It documents two years of community art and mural projects with displaced Yazidi and Syrian Kurdish artists in Erbil and Duhok, and the barriers they face to work permits and residency.

This is the Word draft. A PDF signed off by our board will follow before the deadline.

With kind regards,

Shilan Kareem
Coordinator | Erbil Artists' Collective (EAC)
Erbil, Kurdistan Region - Iraq
"""
    name = "EAC_GCM_voluntary_review_draft.docx"
    docx = make_docx(["Erbil Artists' Collective (EAC)", "Voluntary GCM review - DRAFT",
                      "Community art with displaced artists in Erbil and Duhok, 2019-2020"])
    html = outlook_html(text).replace("Erbil, Kurdistan Region - Iraq<o:p></o:p></p>",
                                      'Erbil, Kurdistan Region - Iraq<o:p></o:p></p>\n<p class="MsoNormal">'
                                      '<img width="120" height="40" src="cid:image001.png@01D6FE12.3A4B5C60">'
                                      '<o:p></o:p></p>')
    alt = multi("alternative", [leaf("text/plain", text, "us-ascii", "quoted-printable"),
                                leaf("text/html", html, "us-ascii", "quoted-printable")],
                "_000_DB7PR02MB4876C1D2E3F4A5B6C7D8E9F0A1B2DB7PR02MB4876eurp_")
    logo = leaf("image/png", make_png(12, 4, (180, 40, 30)), cte="base64", params=[("name", '"image001.png"')],
                disp='inline; filename="image001.png"', extra=[("Content-ID", "<image001.png@01D6FE12.3A4B5C60>")])
    rel = multi("related", [alt, logo], "_006_DB7PR02MB4876C1D2E3F4A5B6C7D8E9F0A1B2DB7PR02MB4876eurp_",
                params=[("type", '"multipart/alternative"')])
    body = multi("mixed", [rel, att(DOCX, docx, name)],
                 "_007_DB7PR02MB4876C1D2E3F4A5B6C7D8E9F0A1B2DB7PR02MB4876eurp_")
    ID[15] = "<DB7PR02MB4876C1D2E3F4A5B6C7D8E9F0A1B2@DB7PR02MB4876.eurprd02.prod.outlook.example.com>"
    rows = std_rows(when, "mail-db8eur05on2051.outbound.protection.outlook.example.com", "40.107.20.51",
                    "4DYxK7mT1qz6", "Shilan Kareem <shilan@erbil-artists.example.krd>",
                    "Voluntary GCM review - Erbil Artists' Collective (EAC)", rfcdate(sent), ID[15],
                    extra=outlook_extra("Voluntary GCM review - Erbil Artists' Collective (EAC)",
                                        "AdcACr2mT7kWq0pS5nE3yL1vX9bZ4g=="),
                    ret="shilan@erbil-artists.example.krd")
    add(15, when, top(body, rows), dict(category="voluntary_report", language="en", acknowledge=True, on_time=True,
        report_attachments=[name],
        notes="Outlook multipart/related with an inline logo (image001.png, not part of the report) plus the "
              "DOCX draft; the sender announces a signed PDF version to follow (see h81-20)."))


def m16():
    when = at("2021-02-09 19:41:02")
    sent = when - dt.timedelta(seconds=5)
    inner = """<div dir="rtl" style="font-family:Tahoma,sans-serif;font-size:11pt">
<div>مرحبا،</div>
<div>نحنا فرقة "نَفَس" الموسيقية من طرابلس، فرقة صغيرة فيها موسيقيين لبنانيين وسوريين. قرينا عن المؤتمر الإقليمي ب 24 و25 شباط وحبّينا نسأل: في مجال إنو نقدّم فقرة موسيقية قصيرة (شي عشر دقايق) بالافتتاح أو بالاستراحة؟ وإذا المؤتمر أونلاين فينا نسجّل فيديو ونبعتلكن ياه.</div>
<div><br></div>
<div>ما بدنا نحكي بالجلسات، بس حابّين نشارك بالموسيقى 🎶</div>
<div><br></div>
<div>شكراً كتير وبانتظار ردكن</div>
<div>ربيع</div>
<div>فرقة نَفَس – طرابلس، لبنان</div>
</div>"""
    body = leaf("text/html", html_wrap(inner), "utf-8", "base64")
    ID[16] = "<AS8P190MB1208D3E4F5A6B7C8D9E0F1A2B3C4@AS8P190MB1208.EURP190.PROD.OUTLOOK.example.com>"
    rows = std_rows(when, "mail-oln040092069054.outbound.protection.outlook.example.com", "40.92.69.54",
                    "4DZf1Qw8Xyz2", addr("ربيع الحلو", "rabih.nafas@hotmail.example.com"),
                    hdr("سؤال عن فقرة موسيقية بالمؤتمر"), rfcdate(sent), ID[16],
                    ret="rabih.nafas@hotmail.example.com")
    add(16, when, top(body, rows), dict(category="other", language="ar", acknowledge=True, on_time=None,
        notes="Lebanese colloquial (نحنا، قرينا، في مجال، فينا، ردكن) HTML-only mail asking whether the band may "
              "perform (live or by video) at the conference; explicitly not asking to speak ('ما بدنا نحكي "
              "بالجلسات') although it names the conference dates."))


def m17():
    when = at("2021-02-10 14:08:36")
    sent = tz(when - dt.timedelta(seconds=7), 1)
    text = """Bonjour,

Veuillez trouver ci-joint le rapport volontaire du Collectif Plumes Nomades, écrit à plusieurs mains par quatorze auteurs et autrices d'Oran, d'Alger et de Tlemcen. On a choisi une forme un peu libre (carnet de bord, extraits de textes, témoignages de harraga et de leurs mères), mais la 3e partie reprend bien les objectifs du Pacte (3, 7, 16 et 17) comme demandé.

Saha et merci pour cette initiative, c'est rare qu'on demande l'avis des écrivains.

Karima Belkacem
pour le Collectif Plumes Nomades
Oran
"""
    name = ("Rapport_Volontaire_Examen_Regional_PMM_Collectif_Plumes_Nomades_Oran_Alger_Tlemcen_"
            "fevrier_2021_version_finale.pdf")
    data = pdf("Collectif Plumes Nomades - Oran / Alger / Tlemcen", "Rapport volontaire - Examen regional du PMM",
               "Carnet de bord, fevrier 2021")
    body = multi("mixed", [gmail_alt(text, "0000000000004c1a9f05bb0e7d12"),
                           att("application/pdf", data, name, "cont")], "0000000000004c1aa105bb0e7d14")
    ID[17] = "<CAM1sR7vUq3n8ZpK2wY5tX0eC6bH9oL4dG3jF7aN1iTwSmEr@mail.gmail.example.com>"
    rows = std_rows(when, "mail-wr1-f44.google.example.com", "209.85.221.44", "4Db7Ht5Ln2z8",
                    "Collectif Plumes Nomades <plumes.nomades.dz@gmail.example.com>",
                    hdr("Contribution volontaire – Collectif Plumes Nomades (Oran)", "utf-8", "Q"),
                    rfcdate(sent), ID[17], ret="plumes.nomades.dz@gmail.example.com")
    add(17, when, top(body, rows), dict(category="voluntary_report", language="fr", acknowledge=True, on_time=True,
        report_attachments=[name],
        notes="Algerian French ('Saha', 'harraga'); PDF with a 110-character descriptive file name full of "
              "underscores, split over RFC 2231 filename*0/filename*1 continuations; the report is called "
              "'contribution'/'rapport volontaire'; GCM objective numbers are decoys."))


def m18():
    when = at("2021-02-10 16:55:12")
    sent = when - dt.timedelta(seconds=9)
    text = """Dear organizers,

Please find attached the voluntary GCM review report of Darb Collective for Music and Visual Arts (DCMVA).

We know the deadline for speakers was last Friday (sorry - the report took all our energy), but if there is still room we would be very happy to contribute:

Name\tPosition\tOrganisation\tSession
Ms. Tamara Haddadin\tFounder & Director\tDarb Collective for Music and Visual Arts (DCMVA)\tPlenary, 25 Feb
Ahmad Al-Masri\tMusician / Community Facilitator\tDarb Collective - Zaatari branch\tRoundtable 1

Thanks so much,
Ruba Saleh
Admin & Finance
DCMVA, Jabal Al-Weibdeh, Amman
"""
    rows_html = "".join(
        "<tr>" + "".join('<td style="border:1px solid #999;padding:4px">%s</td>' % esc(c) for c in r) + "</tr>"
        for r in [("Ms. Tamara Haddadin", "Founder & Director",
                   "Darb Collective for Music and Visual Arts (DCMVA)", "Plenary, 25 Feb"),
                  ("Ahmad Al-Masri", "Musician / Community Facilitator", "Darb Collective - Zaatari branch",
                   "Roundtable 1")])
    html = ('<div dir="ltr"><div>Dear organizers,</div><div><br></div><div>Please find attached the voluntary '
            'GCM review report of Darb Collective for Music and Visual Arts (DCMVA).</div><div><br></div><div>We '
            'know the deadline for speakers was last Friday (sorry - the report took all our energy), but if '
            'there is still room we would be very happy to contribute:</div><div><br></div>'
            '<table style="border-collapse:collapse"><tr><th style="border:1px solid #999">Name</th>'
            '<th style="border:1px solid #999">Position</th><th style="border:1px solid #999">Organisation</th>'
            '<th style="border:1px solid #999">Session</th></tr>' + rows_html + '</table><div><br></div>'
            '<div>Thanks so much,</div><div>Ruba Saleh<br>Admin &amp; Finance<br>DCMVA, Jabal Al-Weibdeh, Amman'
            '</div></div>\n')
    name = "Darb_GCM_Voluntary_Report.pdf"
    data = pdf("Darb Collective for Music and Visual Arts (DCMVA)", "Voluntary GCM Review Report",
               "Music and visual arts with refugees in Amman and Zaatari")
    body = multi("mixed", [gmail_alt(text, "000000000000e2f5b605bb10a9c3", html=html),
                           att("application/pdf", data, name)], "000000000000e2f5b805bb10a9c5")
    ID[18] = "<CAB8uT2xWr4p9YqM3vZ6sK1eD7cJ0oN5fH4gL8aP2iRwUoEt@mail.gmail.example.com>"
    rows = std_rows(when, "mail-pj1-f53.google.example.com", "209.85.216.53", "4DbBp9Vr3Mz1",
                    "Ruba Saleh <ruba.saleh@darb-collective.example.jo>",
                    "DCMVA - voluntary report (+ speakers if still possible)", rfcdate(sent), ID[18],
                    ret="ruba.saleh@darb-collective.example.jo")
    add(18, when, top(body, rows), dict(category="both", language="en", acknowledge=True, on_time=False,
        speakers=[sp("Tamara Haddadin", "Founder & Director", "Darb Collective for Music and Visual Arts (DCMVA)",
                     ["plenary"]),
                  sp("Ahmad Al-Masri", "Musician / Community Facilitator", "Darb Collective - Zaatari branch",
                     ["roundtable"], 1)],
        report_attachments=[name],
        notes="report on time (10 Feb) but the speaker part is late (after 5 Feb), so 'both' is not on time; "
              "two speakers in a table (HTML table, tab-separated in text/plain); 'Ms.' honorific; second "
              "speaker's affiliation is a branch of the collective; the sender (Admin & Finance) is not a "
              "speaker."))


def m19():
    when = at("2021-02-12 09:14:55")
    sent = when - dt.timedelta(seconds=4)
    ack_id = "<ack-20210211-0213@gcmrr.iom.int>"
    text = """Merci infiniment, bien reçu ! Bonne continuation à toute l'équipe 🙏

Nadine

Envoyé de mon iPhone

> Le 11 févr. 2021 à 18:02, GCM Regional Review Arab States <gcmrrarabstates@iom.int> a écrit :
> 
> Bonjour,
> 
> Nous accusons réception de votre message « Ciné-Club de Zahlé – rapport volontaire + demande d'intervention » et vous en remercions.
> 
> L'équipe de l'Examen régional du PMM – États arabes
"""
    body = leaf("text/plain", text, "utf-8", "quoted-printable")
    ID[19] = "<5C2E7A14-9F3B-4D81-B6A0-2E9C1F7D3A58@cineclub-zahle.example.lb>"
    rows = std_rows(when, "mail.cineclub-zahle.example.lb", "185.89.86.12", "4DcL6Fq2Wnz7",
                    addr("Nadine Frem", "nadine.frem@cineclub-zahle.example.lb"),
                    hdr("Re: Accusé de réception : Ciné-Club de Zahlé – rapport volontaire + demande "
                        "d'intervention", "utf-8", "Q"), rfcdate(sent), ID[19],
                    extra=[("X-Mailer", "iPhone Mail (18D52)")], ret="nadine.frem@cineclub-zahle.example.lb")
    rows += [("In-Reply-To", ack_id), ("References", ID[9] + " " + ack_id)]
    add(19, when, top(body, rows), dict(category="other", language="fr", acknowledge=False, on_time=None,
        thread_of="h81-09.eml",
        notes="iPhone thank-you reply to our acknowledgement of h81-09 (References carries h81-09): adds "
              "nothing new, so no acknowledgement; the quoted ack repeats the 'rapport volontaire + demande "
              "d'intervention' subject."))


def m20():
    when = at("2021-02-15 12:37:09")
    sent = tz(when - dt.timedelta(seconds=6), 3)
    text = """Dear colleagues,

As promised, please find attached the final version of our report, signed off by the EAC board (PDF). It replaces the Word draft I sent on 8 February - please disregard the earlier file.

Apologies for the double email.

Best,
Shilan

________________________________
From: Shilan Kareem <shilan@erbil-artists.example.krd>
Sent: Monday, February 8, 2021 12:22 PM
To: gcmrrarabstates@iom.int <gcmrrarabstates@iom.int>
Subject: Voluntary GCM review - Erbil Artists' Collective (EAC)

Dear colleagues,

On behalf of the Erbil Artists' Collective (EAC), please find attached our voluntary contribution to the GCM regional review.

This is the Word draft. A PDF signed off by our board will follow before the deadline.

With kind regards,

Shilan Kareem
Coordinator | Erbil Artists' Collective (EAC)
"""
    name = "EAC_GCM_voluntary_review_FINAL_signed.pdf"
    data = pdf("Erbil Artists' Collective (EAC)", "Voluntary GCM review - FINAL", "Approved by the Board, 14 February 2021")
    body = multi("mixed", [outlook_alt(text, "_000_DB7PR02MB4876F9E8D7C6B5A4F3E2D1C0B9A8DB7PR02MB4876eurp_",
                                       cte="quoted-printable"),
                           att("application/pdf", data, name)],
                 "_004_DB7PR02MB4876F9E8D7C6B5A4F3E2D1C0B9A8DB7PR02MB4876eurp_")
    ID[20] = "<DB7PR02MB4876F9E8D7C6B5A4F3E2D1C0B9A8@DB7PR02MB4876.eurprd02.prod.outlook.example.com>"
    rows = std_rows(when, "mail-db8eur05on2062.outbound.protection.outlook.example.com", "40.107.20.62",
                    "4DfP2Ns6Ykz4", "Shilan Kareem <shilan@erbil-artists.example.krd>",
                    "RE: Voluntary GCM review - Erbil Artists' Collective (EAC)", rfcdate(sent), ID[20],
                    extra=outlook_extra("Voluntary GCM review - Erbil Artists' Collective (EAC)",
                                        "AdcACr2mT7kWq0pS5nE3yL1vX9bZ4gABxT2mQw=="),
                    ret="shilan@erbil-artists.example.krd")
    rows += [("In-Reply-To", ID[15]), ("References", ID[15])]
    add(20, when, top(body, rows), dict(category="voluntary_report", language="en", acknowledge=True, on_time=True,
        report_attachments=[name], thread_of="h81-15.eml",
        notes="revised report replacing the DOCX draft of h81-15 (In-Reply-To, Outlook quote of the first mail); "
              "only the new PDF is the report of this message."))


def m21():
    when = at("2021-02-16 23:58:44")
    sent = tz(when - dt.timedelta(seconds=4), 4)
    text = """مسا الخير
السموحة تأخرنا شوي، أنا حالياً بدبي عشان الشغل وتوني خلصت من الدوام. مرفق التقرير الطوعي مال تجمّع مسرح الشارع – صيدا عن مراجعة الاتفاق العالمي للهجرة، كتبناه مع الشباب بالمجموعة.
ان شاء الله يوصلكم قبل نهاية المهلة 🙏

يعطيكم العافية
طارق البزري
تجمّع مسرح الشارع – صيدا، لبنان
"""
    name = "تقرير مسرح الشارع صيدا.pdf"
    data = pdf("Street Theatre Collective - Saida, Lebanon", "Voluntary GCM review report", "February 2021")
    body = multi("mixed", [gmail_alt(text, "0000000000008d3e6a05bb7c0f41", cte="base64", rtl=True),
                           att("application/pdf", data, name, "b")], "0000000000008d3e6c05bb7c0f43")
    ID[21] = "<CAN4vS9yXt6q1ZrL7wB3uY0eF8dK2oM5gJ9hH4aQ6iPwToEu@mail.gmail.example.com>"
    rows = std_rows(when, "mail-ot1-f49.google.example.com", "209.85.210.49", "4DgS9Wn0Cqz5",
                    addr("Tarek Bizri", "tarek.bizri.saida@gmail.example.com"),
                    hdr("تقرير طوعي - تجمّع مسرح الشارع صيدا"), rfcdate(sent), ID[21],
                    ret="tarek.bizri.saida@gmail.example.com")
    add(21, when, top(body, rows), dict(category="voluntary_report", language="ar", acknowledge=True, on_time=True,
        report_attachments=[name],
        notes="deadline edge: Date header Wed 17 Feb 01:58 +0400 (Dubai) looks a day late, but it was received "
              "23:58:44 Beirut on 16 Feb = on time; Gulf-tinged colloquial (السموحة، توني، الدوام، مال) from a "
              "Lebanese collective member working in Dubai; Arabic PDF name as RFC 2047 encoded word."))


def m22():
    when = at("2021-02-17 00:01:30")
    sent = tz(when - dt.timedelta(seconds=5), 1)
    text = """Madame, Monsieur,

Nous avons l'honneur de vous transmettre, dans les délais impartis, le rapport volontaire de l'Ensemble Nouba Sud (Gabès) relatif à l'examen régional du Pacte mondial pour des migrations sûres, ordonnées et régulières.

Ce rapport présente nos activités de transmission du malouf et des musiques du Sud tunisien auprès des jeunes migrants subsahariens et des familles de retour de Libye.

Veuillez agréer, Madame, Monsieur, l'expression de nos salutations distinguées.

Hédi Trabelsi
Directeur artistique
Ensemble Nouba Sud – Gabès, Tunisie
"""
    name = "Rapport ENS Nouba Sud - PMM 2021.docx"
    docx = make_docx(["Ensemble Nouba Sud - Gabès", "Rapport volontaire - Examen régional du PMM", "Février 2021"])
    body = multi("mixed", [outlook_alt(text, "_000_PAXP193MB17229A8B7C6D5E4F3A2B1C0D9E8FPAXP193MB1722EURP_"),
                           att(DOCX, docx, name)],
                 "_004_PAXP193MB17229A8B7C6D5E4F3A2B1C0D9E8FPAXP193MB1722EURP_")
    ID[22] = "<PAXP193MB17229A8B7C6D5E4F3A2B1C0D9E8F@PAXP193MB1722.EURP193.PROD.OUTLOOK.example.com>"
    rows = std_rows(when, "mail-pax3eur01on2067.outbound.protection.outlook.example.com", "40.107.21.67",
                    "4DgSDc1Zr7z2", "=?iso-8859-1?Q?H=E9di_Trabelsi?= <ensemble.noubasud@planet.example.tn>",
                    "Rapport volontaire - Ensemble Nouba Sud (Gabes)", rfcdate(sent), ID[22],
                    extra=outlook_extra("Rapport volontaire - Ensemble Nouba Sud (Gabes)",
                                        "AdcEr7pN2kWq5mS0yT3vL8uX1bZ6hA=="),
                    ret="ensemble.noubasud@planet.example.tn")
    add(22, when, top(body, rows), dict(category="voluntary_report", language="fr", acknowledge=True, on_time=False,
        report_attachments=[name],
        notes="deadline edge: Date header Tue 16 Feb 23:01 +0100 (Tunis) but received 00:01:30 Beirut on 17 Feb "
              "= late by 90 seconds, although the text says 'dans les délais impartis'; formal French; the "
              "signer's title is not a speaker request."))


def m23():
    when = at("2021-02-17 10:14:38")
    sent = tz(when - dt.timedelta(seconds=6), 1)
    text = """Bonjour,

svp est ce que c encore possible d'envoyer notre rapport? on a vu que la date limite c'était hier le 16 mais on a eu des coupures d'internet toute la semaine à Agadir.
Et aussi est ce que la conférence du 24-25 sera traduite en français ou seulement arabe/anglais?

Merci d'avance et bon courage
Saïd
Compagnie Tafsut Danse
"""
    body = leaf("text/plain", text, "utf-8", "quoted-printable")
    ID[23] = "<1613553272.918244.1766@mail.yahoo.example.com>"
    rows = std_rows(when, "sonic314-19.consmr.mail.ir2.yahoo.example.com", "87.248.110.83", "4DgfR4Lk9Tz6",
                    "=?UTF-8?B?U2HDr2QgT3VhaGlk?= <said.tafsut@yahoo.example.fr>",
                    "question rapport", rfcdate(sent), ID[23],
                    extra=[("X-Mailer", "WebService/1.1.17648 YMailNorrin")], ret="said.tafsut@yahoo.example.fr")
    add(23, when, top(body, rows), dict(category="other", language="fr", acknowledge=True, on_time=None,
        notes="Maghrebi French SMS style ('c encore', 'svp'); asks whether a report can still be sent after "
              "the deadline and about interpretation, but sends no report (no attachment)."))


def m24():
    when = at("2021-02-18 10:48:21")
    sent = when - dt.timedelta(seconds=8)
    text = """صباح الخير يا جماعة،

أنا محمود عبد العال، مصري مقيم في عمّان وبشتغل مع فرقة الرصيف المسرحية بقالي خمس سنين. عارف إن الميعاد عدّى من زمان، بس لو لسه فيه مكان في أي طاولة مستديرة أو حتى في النقاش المفتوح، كنا عايزين نرشّح مؤسِّسة الفرقة ومخرجتها، رنا الشوبكي.

رنا هي اللي عملت عرض "شنطة سفر" عن العمال المصريين في الأردن، واتعرض في عمّان وإربد السنة اللي فاتت، وعندها كلام مهم جداً عن الكفالة وتصاريح العمل.

ياريت تردّوا علينا حتى لو الرد لأ 😅
شكراً جداً
محمود
"""
    body = gmail_alt(text, "000000000000a7b9c105bb8e4d26", cte="base64", rtl=True)
    ID[24] = "<CAP6wT3zYu8r2ZsN9xC4vA1eG0fL3oQ7hK5jI8aR2iSwVpEo@mail.gmail.example.com>"
    rows = std_rows(when, "mail-qt1-f170.google.example.com", "209.85.160.170", "4DhG2Yp5Xsz3",
                    addr("محمود عبد العال", "mahmoud.abdelaal.rasif@gmail.example.com"),
                    hdr("ترشيح متأخر - فرقة الرصيف المسرحية"), rfcdate(sent), ID[24],
                    ret="mahmoud.abdelaal.rasif@gmail.example.com")
    add(24, when, top(body, rows), dict(category="speaker_request", language="ar", acknowledge=True, on_time=False,
        speakers=[sp("رنا الشوبكي", "مؤسِّسة الفرقة ومخرجتها", "فرقة الرصيف المسرحية",
                     ["roundtable", "open_discussion"])],
        notes="Egyptian colloquial (بشتغل، بقالي، عايزين، لسه، ياريت) from an Egyptian member of an Amman "
              "theatre group; late (18 Feb) and says so; title before the name, relative to the group "
              "('مؤسِّسة الفرقة ومخرجتها'); any roundtable (no number) or the open discussion; the sender is "
              "not the speaker; the play title is a decoy."))


def main():
    for f in (m01, m02, m03, m04, m05, m06, m07, m08, m09, m10, m11, m12, m13, m14, m15, m16, m17, m18, m19,
              m20, m21, m22, m23, m24):
        f()
    os.makedirs(OUT, exist_ok=True)
    for n in os.listdir(OUT):
        if n.endswith(".eml") or n == "labels.json":
            os.remove(os.path.join(OUT, n))
    labels = []
    prev = None
    for fname, data, lab in MESSAGES:
        assert len(data) < 1024 * 1024, fname
        with open(os.path.join(OUT, fname), "wb") as fh:
            fh.write(data)
        r = dt.datetime.fromisoformat(lab["received_at"])
        assert prev is None or r > prev, fname
        prev = r
        labels.append(lab)
    with open(os.path.join(OUT, "labels.json"), "w", encoding="utf-8", newline="\n") as fh:
        json.dump(labels, fh, ensure_ascii=False, indent=2)
        fh.write("\n")
    print("wrote %d messages to %s" % (len(MESSAGES), OUT))


if __name__ == "__main__":
    main()
