#!/usr/bin/env python3
"""Write the blind evaluation set holdout183 (24 raw .eml messages + labels.json).

Deterministic, standard library only:  python3 tests/data/make_eval_sets183.py
Theme: youth and students: student unions, youth networks, volunteers, young migrants' groups. Informal
writing, emoji, mixed languages, phone mail, decisions taken by a group (a vote, a bureau meeting, a WhatsApp
group), several nominees in one message.  Helpers imported from mailgen.py.
"""
import datetime as dt

from mailgen import (EvalSet, DOCX, addr, at, attach, hdr, leaf, make_docx, make_pdf, make_png, mk, multi,
                     re_hdr, flowed, rfcdate, sp, std_rows, text2html, top, esc, sent_at, dsn_report, b_word,
                     rfc2231, rfc2231_cont)

SET = EvalSet(183)
add = SET.add

INVITE_EN = "<INV-2021-01-26-EN.0183@gcmrrarabstates.iom.int>"


# ---------------------------------------------------------------- small local builders
def page(inner, rtl=False, lang=None):
    attrs = (' lang="%s"' % lang if lang else "") + (' dir="rtl"' if rtl else "")
    return ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>'
            '<body%s>%s</body></html>\n' % (attrs, inner))


def two(text, boundary, html=None, rtl=False, cte="quoted-printable"):
    """text/plain + text/html; the HTML is derived from the text unless given."""
    if html is None:
        d = ' dir="rtl"' if rtl else ""
        html = page('<div%s>%s</div>' % (d, text2html(text)))
    return multi("alternative", [leaf("text/plain", text, "utf-8", cte), leaf("text/html", html, "utf-8", cte)],
                 boundary)


def lines_html(text, rtl=False):
    """Phone clients: one <div> per line, <br> for blank lines."""
    d = ' dir="rtl"' if rtl else ' dir="auto"'
    out = []
    for ln in text.rstrip("\n").split("\n"):
        out.append("<div%s>%s</div>" % (d, esc(ln) if ln else "<br>"))
    return page("\n".join(out))


def pdf(title, who, sections):
    lines = [title, who, ""]
    for k, s in enumerate(sections, 1):
        lines.append("%d. %s" % (k, s))
    return make_pdf(lines)


def ack_id(n):
    return "<ack.h183-%02d.%s@gcmrrarabstates.iom.int>" % (n, "7Qx2")


# ================================================================ the 24 messages
def m01():
    # Gmail vacation responder of a student union officer, to the English invitation
    when = at("2021-01-27 10:02:15")
    sent = sent_at(when, 1, 3)
    text = """Hi there! 👋

I'm on an Erasmus exchange in Lyon until 15 February and checking mail only now and then.
For anything about the Arab Students' Union (ASU-Lebanon) please write to board@asu-leb.example.org and someone from the board will get back to you.

Cheers,
Omar
"""
    body = two(text, "000000000000e1c9a805b9e2f4d1")
    rows = std_rows(when, "mail-ed1-f43.google.example.com", "209.85.208.43", "4DQ2h71Kc9z3",
                    "Omar Khalifa <omar.khalifa.asu@gmail.example.com>",
                    "Re: Invitation: Regional Review of the Global Compact for Migration in the Arab Region",
                    rfcdate(sent), "<CAGv4acTn2Xq8wVacation0Okh7Lp3Rz9@mail.gmail.example.com>",
                    extra=[("Auto-Submitted", "auto-replied")], ret="omar.khalifa.asu@gmail.example.com")
    rows += [("In-Reply-To", INVITE_EN), ("References", INVITE_EN)]
    add(1, when, top(body, rows), dict(category="auto_reply", language="en", acknowledge=False, on_time=None,
        notes="Gmail vacation responder of a student union officer to the English invitation: only "
              "'Auto-Submitted: auto-replied' marks it (plain 'Re:' subject, normal Return-Path, chatty human "
              "tone with an emoji, names an organisation and another address). Never acknowledge."))


M02_ID = "<CAFt8Lm2Qe7UessT0nis4Vb9Kc1Rw3Hy6Jx0Pd5A@mail.gmail.example.com>"


def m02():
    when = at("2021-01-29 21:17:40")
    sent = sent_at(when, 1, 6)
    text = """Bonsoir,

Suite à notre assemblée générale du mercredi 27 janvier, le bureau exécutif de l'UESST a décidé (vote à main levée 😊) de proposer deux de ses membres pour la Revue régionale du PMM :

- Aminata Koné, secrétaire générale, pour la discussion ouverte de la consultation multipartite du 23 février ;
- Jean-Baptiste Nkurunziza, chargé des affaires sociales, pour la table ronde thématique n°2 (ou la n°3 si la 2 est déjà complète).

Les deux sont étudiants en master et membres de l'Union depuis 2018. Ils parleront surtout des titres de séjour étudiants, du travail informel pendant les études et de l'accès aux soins.

Nous restons disponibles pour toute information complémentaire.

Bien à vous,

--
Aminata Koné
Secrétaire générale
Union des Étudiants Subsahariens en Tunisie (UESST) – Tunis
+216 52 418 907
"""
    sig = text.split("\n--\n")
    html = page('<div dir="ltr">' + text2html(sig[0]) + '<br clear="all"><div>--<br>'
                '<div dir="ltr" class="gmail_signature">' + "<br>".join(esc(x) for x in sig[1].strip().split("\n"))
                + "</div></div></div>")
    body = two(text, "000000000000c4a17105ba0d92e3", html=html)
    m = mk(when, sent, "mail-wm1-f53.google.example.com", "209.85.128.53", "4DS9pX2mVtz1",
           addr("Aminata Koné", "uesst.tunisie@gmail.example.com"),
           hdr("Candidature UESST – discussion ouverte et table ronde 2", enc="Q"), M02_ID, body)
    add(2, when, m, dict(category="speaker_request", language="fr", acknowledge=True, on_time=True, speakers=[
        sp("Aminata Koné", "Secrétaire générale", "Union des Étudiants Subsahariens en Tunisie (UESST)",
           ["open_discussion"]),
        sp("Jean-Baptiste Nkurunziza", "chargé des affaires sociales",
           "Union des Étudiants Subsahariens en Tunisie (UESST)", ["roundtable"], 2)],
        notes="student union; two nominees chosen by a vote of the bureau, in a dashed list (name, title, role). "
              "The affiliation is written in full only in the signature (the list says 'l'UESST' / 'ses membres'): "
              "recorded in its fullest form with the acronym, city after the dash dropped. Roundtable 2 is the first "
              "choice ('ou la n°3'). The sender (first nominee) writes from the union's shared Gmail."))


def m03():
    when = at("2021-01-30 23:41:05")
    sent = sent_at(when, 2, 9)
    text = """مساء الخير 🌸
انا مريم من شبكة شباب بلا حدود، عايزين نشارك في النقاش المفتوح يوم ٢٣ فبراير 🙏 وانا اللي هتكلم ان شاء الله عن الشباب المهاجرين اللي بيشتغلوا من غير عقود
ممكن تبعتولنا اللينك او تقولولنا نعمل ايه بعد كده؟
شكرا ليكم جدا ❤️

مريم عادل
منسقة برامج الشباب
شبكة شباب بلا حدود - القاهرة

مُرسل من جهاز HUAWEI الخاص بي
"""
    body = two(text, "--_com.huawei.email_1612043941902", html=lines_html(text, rtl=True), cte="base64")
    m = mk(when, sent, "mail-pf1-f170.google.example.com", "209.85.210.170", "4DSqN41yHrz6",
           "Mariam Adel <mariam.adel.eg@gmail.example.com>", hdr("المشاركة في النقاش المفتوح 🙏"),
           "<huawei.1612043941902.mariam.adel.eg@gmail.example.com>", body,
           extra=[("X-Mailer", "Huawei Email")])
    add(3, when, m, dict(category="speaker_request", language="ar", acknowledge=True, on_time=True, speakers=[
        sp("مريم عادل", "منسقة برامج الشباب", "شبكة شباب بلا حدود", ["open_discussion"])],
        notes="Egyptian colloquial from a phone, emoji in body and subject, Latin display name; the body gives "
              "only the first name ('انا مريم'): full name and title only in the signature; city after the "
              "organisation in the signature ('- القاهرة') is not part of the affiliation. 'النقاش المفتوح يوم ٢٣' = "
              "open discussion."))


M04_ID = "<PR3P194MB0911C2D84A6E5F17@PR3P194MB0911.EURP194.PROD.OUTLOOK.example.com>"


def m04():
    when = at("2021-02-01 14:05:30")
    sent = sent_at(when, 3, 5)
    inner = """<div style="font-family:Segoe UI,Arial,sans-serif;font-size:11pt">
<p>Dear GCM Regional Review team,</p>
<p>Greetings from the MENA Young Migrants Forum! Following our online members' call last Saturday, our steering group agreed to nominate two young people for speaking roles at the Regional Review Conference. We copied their answers from our internal nomination form below.</p>
<table border="1" cellpadding="4" cellspacing="0" style="border-collapse:collapse">
<tr style="background:#ffd966"><th>#</th><th>Full name</th><th>Position</th><th>Organisation</th><th>Role requested</th></tr>
<tr><td>1</td><td>Ms. Yara Haddad</td><td>Youth Delegate</td><td>MENA Young Migrants Forum (MYMF)</td><td>Rapporteur &#8211; delivering the stakeholders' key messages</td></tr>
<tr><td>2</td><td>Mr. Bilal Othman</td><td>Volunteer Coordinator, Amman chapter</td><td>MENA Young Migrants Forum (MYMF)</td><td>Floor intervention in the plenary (25 Feb preferred)</td></tr>
</table>
<p>Both are under 30 and have lived the migration journey themselves &#128170;. Yara is based in Beirut and Bilal in Amman; both can connect online.</p>
<p>Warm regards,<br>
Tala<br>
<span style="color:#7f7f7f;font-size:9pt">Tala Nassar | Network Facilitator | MENA Young Migrants Forum<br>
&#127760; www.mymf.example.org | Instagram @mymf_youth</span></p>
</div>"""
    body = leaf("text/html", page(inner), "utf-8", "quoted-printable")
    m = mk(when, sent, "mail-vi1eur05.outbound.protection.example.com", "40.107.21.88", "4DTx5K0bQrz2",
           "MENA Young Migrants Forum <hello@mymf.example.org>", "Speaker nominations - MENA Young Migrants Forum",
           M04_ID, body, extra=[("Content-Language", "en-US"), ("X-MS-Has-Attach", ""),
                                ("X-MS-TNEF-Correlator", "")])
    add(4, when, m, dict(category="speaker_request", language="en", acknowledge=True, on_time=True, speakers=[
        sp("Yara Haddad", "Youth Delegate", "MENA Young Migrants Forum (MYMF)", ["rapporteur"]),
        sp("Bilal Othman", "Volunteer Coordinator, Amman chapter", "MENA Young Migrants Forum (MYMF)",
           ["plenary"])],
        notes="HTML-only (no text/plain), two nominees in an HTML table pasted from a nomination form after a "
              "steering-group decision; 'Ms.'/'Mr.' dropped; Bilal's title is written with its unit "
              "('Volunteer Coordinator, Amman chapter') and kept whole as in dev 012; the sender (network "
              "facilitator, signature) is not a speaker; From display name is the network."))


def m05():
    when = at("2021-02-02 09:48:12")
    sent = sent_at(when, 2, 7)
    text = """Hello,

I'm writing for the Students for Refugee Rights Society at our university. We are about 20 members, mostly undergrads, and many of us would love to follow the multi-stakeholder consultation on 23 February and the conference.

A few quick questions:
- Does every student have to register individually, or can the society register as a group?
- Some of our volunteers are 17 - can they attend?
- Will there be interpretation into Arabic? Several members are more comfortable in Arabic.

We are not asking for a speaking slot this time, we just want to listen and learn :)

Thanks a lot!
Noor

Noor Al-Sayed
President, Students for Refugee Rights Society
Faculty of Arts and Sciences
"""
    body = two(text, "_000_VI1PR0302MB3341A2F0_")
    m = mk(when, sent, "mail-he1eur04.outbound.protection.example.com", "40.107.7.91", "4DVc8T3pLwz7",
           "Noor Al-Sayed <nma41@mail.university.example.edu.lb>", "Questions - student society attending the GCM review",
           "<VI1PR0302MB3341A2F0B8C4E29D@VI1PR0302MB3341.eurprd03.prod.outlook.example.com>", body,
           extra=[("Content-Language", "en-US"), ("X-MS-Has-Attach", "")])
    add(5, when, m, dict(category="other", language="en", acknowledge=True, on_time=None,
        notes="questions about attending (group registration, minors, interpretation) from a student society; "
              "names a title and organisation in the signature but explicitly asks for no speaking slot: "
              "not a speaker request."))


def m06():
    when = at("2021-02-03 11:20:44")
    sent = sent_at(when, 2, 5)
    text = """السادة أمانة المراجعة الإقليمية للاتفاق العالمي من أجل الهجرة الآمنة والمنظمة والنظامية المحترمون،
تحية طيبة وبعد،

بالإشارة إلى دعوتكم الكريمة، نود إعلامكم بأن الهيئة التنسيقية للشبكة الليبية للمتطوعين الشباب عقدت اجتماعها يوم الأحد الماضي، وبعد التصويت بين ثلاثة مرشحين من أعضاء الشبكة، تقرر ترشيح الآنسة ريم بن عامر لتقديم مداخلة في المائدة المستديرة المواضيعية الثالثة من المؤتمر.

وفيما يلي بياناتها:
الاسم: الآنسة ريم بن عامر
الصفة: منسقة وحدة الشباب والمتطوعين
الجهة: الشبكة الليبية للمتطوعين الشباب – طرابلس

وتفضلوا بقبول فائق الاحترام والتقدير،

عماد الفيتوري
المنسق العام
الشبكة الليبية للمتطوعين الشباب
"""
    body = two(text, "_000_AM9PR10MB4212E7B1_", rtl=True, cte="base64")
    m = mk(when, sent, "mail-am6eur05.outbound.protection.example.com", "40.107.22.61", "4DW8rB9nHsz4",
           addr("عماد الفيتوري", "coordination@lyvn.example.ly"),
           hdr("ترشيح متحدثة للمائدة المستديرة الثالثة"),
           "<AM9PR10MB4212E7B1C93D0A56@AM9PR10MB4212.EURPRD10.PROD.OUTLOOK.example.com>", body,
           extra=[("Content-Language", "ar-LY"), ("X-MS-Has-Attach", "")])
    add(6, when, m, dict(category="speaker_request", language="ar", acknowledge=True, on_time=True, speakers=[
        sp("ريم بن عامر", "منسقة وحدة الشباب والمتطوعين", "الشبكة الليبية للمتطوعين الشباب", ["roundtable"], 3)],
        notes="formal Arabic; nominee chosen by a vote of the network's coordinating body ('ثلاثة مرشحين' are not "
              "named); sent by the general coordinator, who is not the speaker; honorific 'الآنسة' dropped; city "
              "after the organisation ('– طرابلس') dropped; 'المائدة المستديرة المواضيعية الثالثة' = roundtable 3."))


def m07():
    when = at("2021-02-03 19:52:10")
    sent = sent_at(when, 1, 11)
    text = """Salam, bonsoir 👋

Voilà le formulaire rempli pour notre intervention, inchallah on pourra participer 🙏🙏

---------------
Nom et prénom : EL AMRANI Hamza
Fonction : Bénévole / responsable communication
Organisation : Jeunes Volontaires pour les Migrants – JVM Oujda
Rôle souhaité : Intervention en plénière (24/02)
---------------

L'équipe a choisi Hamza parce qu'il parle bien arabe, français et un peu anglais 😄
Chokran bzaf et bonne soirée !
Yassine

Envoyé de mon iPhone
"""
    body = two(text, "Apple-Mail-4B1E2C7A-93D0-4F5B-8E21-0C6A9D3F7B12", html=lines_html(text))
    m = mk(when, sent, "mail-qt1-f180.google.example.com", "209.85.160.180", "4DWMk65Rfvz8",
           "Yassine B. <yassine.jvm@gmail.example.com>", "Formulaire intervention JVM",
           "<E4A21C0B-5D7F-4A9E-B3C8-2F16D9A0E7C4@gmail.example.com>", body,
           extra=[("X-Mailer", "iPhone Mail (18D52)")])
    add(7, when, m, dict(category="speaker_request", language="fr", acknowledge=True, on_time=True, speakers=[
        sp("Hamza El Amrani", "Bénévole / responsable communication", "Jeunes Volontaires pour les Migrants – JVM",
           ["plenary"])],
        notes="iPhone, French mixed with Moroccan darija in Latin script ('Salam', 'Chokran bzaf', 'inchallah'), "
              "emoji; details only in a pasted form; sent on behalf of the volunteer team by someone else. Not covered "
              "by dev: the form writes the name surname-first in capitals ('EL AMRANI Hamza'); recorded as a "
              "secretary would type it, 'Hamza El Amrani'. Affiliation as written with its dash-acronym, city "
              "('Oujda') dropped. 'Intervention en plénière' = plenary."))


def m08():
    when = at("2021-02-04 10:33:00")
    sent = sent_at(when, 2, 6)
    text = """Dear GCM team,

Please find attached the voluntary GCM review report of the Young Sudanese in Egypt Initiative (YSEI). We wrote it together over three workshops in January with 40 young Sudanese, Eritrean and South Sudanese migrants in Cairo and Giza - the photo is from the last one :)

We would also like to take the floor. I would speak in the open discussion on 23 February, and if possible also in the first thematic roundtable on the 24th.

Thank you and stay safe,
Abdelrahman

--
Abdelrahman Musa
Co-founder & Youth Coordinator
Young Sudanese in Egypt Initiative (YSEI)
"""
    sig = text.split("\n--\n")
    html = page('<div dir="ltr">' + text2html(sig[0]) + '<div>--<br><div dir="ltr" class="gmail_signature">'
                + "<br>".join(esc(x) for x in sig[1].strip().split("\n")) + "</div></div></div>")
    alt_ = two(text, "0000000000007be3a905ba7f0c11", html=html)
    rep = attach("application/pdf", pdf("Voluntary GCM Review Report - Young Sudanese in Egypt Initiative (YSEI)",
                                        "February 2021", ["Who we are and how we wrote this report",
                                                          "Access to residence permits for young migrants",
                                                          "Education and recognition of diplomas",
                                                          "Work without contracts", "Recommendations"]),
                 "YSEI_Voluntary_GCM_Review_Report_Feb2021.pdf")
    photo = attach("image/png", make_png(16, 12, (200, 120, 40)), "workshop3_giza.png")
    body = multi("mixed", [alt_, rep, photo], "0000000000007be3ab05ba7f0c13")
    m = mk(when, sent, "mail-lj1-f171.google.example.com", "209.85.208.171", "4DWrS02tTnz5",
           "Abdelrahman Musa <abdelrahman.ysei@gmail.example.com>", "YSEI voluntary report + speaking request",
           "<CAHq3YseiR7mW0xLk9Tb2Vn5Pc8Ez1Jd4Ua6Fh3@mail.gmail.example.com>", body)
    add(8, when, m, dict(category="both", language="en", acknowledge=True, on_time=True, speakers=[
        sp("Abdelrahman Musa", "Co-founder & Youth Coordinator", "Young Sudanese in Egypt Initiative (YSEI)",
           ["open_discussion", "roundtable"], 1)],
        report_attachments=["YSEI_Voluntary_GCM_Review_Report_Feb2021.pdf"],
        notes="both, on time (4 February): a young migrants' group sends its PDF report and the sender asks to "
              "speak; title only in the Gmail signature; two roles ('open discussion' and 'first thematic "
              "roundtable' = 1); the PNG workshop photo is not part of the report."))


def m09():
    when = at("2021-02-04 15:12:30")
    sent = sent_at(when, 2, 4)
    text = """حضرات القائمين على المراجعة الإقليمية للاتفاق العالمي للهجرة المحترمين،
تحية طيبة وبعد،

بصفتي المشرف الأكاديمي على نادي الهجرة واللجوء الطلابي في كلية الآداب، أتشرف بأن أرسل إليكم نيابةً عن طلبة النادي، الذين لا يملكون بعد بريداً مؤسسياً مفعّلاً، طلب مشاركتهم في المائدة المستديرة المواضيعية الرابعة. وقد اختار أعضاء النادي ممثلَيهم بالاقتراع في اجتماعهم الأخير:

١- الطالبة سارة المومني – رئيسة نادي الهجرة واللجوء – جامعة اليرموك
٢- الطالب أحمد الزعبي – أمين سر النادي – جامعة اليرموك

وسيكون موضوع مداخلتهما تجربة الطلبة اللاجئين في الوصول إلى التعليم الجامعي والمنح الدراسية.

وتفضلوا بقبول فائق الاحترام،

د. خالد العمري
أستاذ مشارك – قسم العلوم السياسية
جامعة اليرموك
"""
    body = two(text, "_000_DB9PR05MB7720F3A9_", rtl=True)
    m = mk(when, sent, "mail-db5eur01.outbound.protection.example.com", "40.107.15.72", "4DX1dQ6mWcz0",
           addr("Khaled Al-Omari", "k.omari@staff.university.example.edu.jo"),
           hdr("طلب مشاركة طلبة نادي الهجرة واللجوء – المائدة المستديرة الرابعة"),
           "<DB9PR05MB7720F3A9E1B04C2D@DB9PR05MB7720.eurprd05.prod.outlook.example.com>", body,
           extra=[("Content-Language", "en-US"), ("X-MS-Has-Attach", "")])
    add(9, when, m, dict(category="speaker_request", language="ar", acknowledge=True, on_time=True, speakers=[
        sp("سارة المومني", "رئيسة نادي الهجرة واللجوء", "جامعة اليرموك", ["roundtable"], 4),
        sp("أحمد الزعبي", "أمين سر النادي", "جامعة اليرموك", ["roundtable"], 4)],
        notes="a lecturer writes on behalf of two students elected by their club (he is not a speaker; his "
              "signature title and 'د.' are decoys); 'الطالبة'/'الطالب' before the names are descriptors, not part "
              "of the names (not covered by dev: dropped like an honorific). The club is written as part of each "
              "title ('رئيسة نادي الهجرة واللجوء', title with its unit, dev 012) and the university is the "
              "affiliation; 'أمين سر النادي' kept as written. English display name, Content-Language en-US, "
              "Arabic body: acknowledge in Arabic. 'الرابعة' = roundtable 4."))


M10_ID = "<5f3c9a21-7b0e-4d2a-9c61-rjm.sfax@laposte.example.net>"


def m10():
    when = at("2021-02-05 17:40:22")
    sent = sent_at(when, 1, 7)
    text = """Bonjour,

Suite à la discussion ci-dessous au sein du bureau, le RJM propose Mariem Jaziri pour le rôle de rapporteure (présentation des messages clés des parties prenantes). Ses coordonnées complètes sont dans sa signature plus bas.

Désolé pour l'envoi un peu tardif, on a mis du temps à se mettre d'accord :)

Cordialement,
Lucas Ben Salem
Trésorier, RJM


-------- Message transféré --------
Sujet : Re: Qui pour le PMM ?
Date : Fri, 5 Feb 2021 11:02:47 +0100
De : Mariem Jaziri <mariem.jaziri@laposte.example.net>
Pour : bureau-rjm@framalistes.example.org

OK pour moi, je veux bien faire la rapporteure 👍 Je peux préparer les messages clés avec Sami.

Mariem Jaziri
Vice-présidente chargée du plaidoyer
Réseau Jeunesse et Mobilité (RJM)
Sfax, Tunisie

Le 05/02/2021 à 09:15, Sami Trabelsi a écrit :
> Salut tout le monde, il faut envoyer notre candidature aujourd'hui !
> Karim aurait été bien pour la table ronde 1 mais il n'est pas dispo
> le 24. Je propose Mariem comme rapporteure. Des objections ?
"""
    body = leaf("text/plain", flowed(text), "utf-8", "8bit", params=[("format", "flowed")])
    m = mk(when, sent, "smtp.laposte.example.net", "160.92.124.66", "4DXq2w8LbNz3",
           "Lucas Ben Salem <lucas.bensalem@laposte.example.net>", "Fwd: Re: Qui pour le PMM ?", M10_ID, body,
           extra=[("User-Agent", "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:78.0) Gecko/20100101 "
                                 "Thunderbird/78.7.0"), ("Content-Language", "fr")])
    add(10, when, m, dict(category="speaker_request", language="fr", acknowledge=True, on_time=True, speakers=[
        sp("Mariem Jaziri", "Vice-présidente chargée du plaidoyer", "Réseau Jeunesse et Mobilité (RJM)",
           ["rapporteur"])],
        notes="a forwarded internal thread of the bureau (Thunderbird, format=flowed) with a short cover note by "
              "the treasurer; the nominee's title and organisation are only in her signature inside the forwarded "
              "part; decoy names in the thread (Karim 'pour la table ronde 1 mais il n'est pas dispo', Sami); city "
              "line after the organisation dropped. On time (5 February, 17:40)."))


M11_ID = "<CAL7yMrsYq2Vb0Wn4Tk8Pz6Jd1Ra3Hc5Ue9Gx0F@mail.gmail.example.com>"


def m11():
    when = at("2021-02-06 00:12:40")
    sent = sent_at(when, 2, 9)
    text = """مرحبا،

نحنا رابطة الشباب المهاجرين واللاجئين، شفنا الدعوة متأخر شوي بس حسب الرسالة العربية آخر موعد لطلبات المشاركة هو ٢٣ شباط، فإن شاء الله لسا في وقت 🙂

قررنا بالاجتماع الأخير نرشح شخصين:
- محمد الأحمد، منسق الرابطة، للطاولة المستديرة الثانية
- لمى حسن، متطوعة بفريق الدعم النفسي بالرابطة، لمداخلة بالجلسة العامة

الاتنين عمرهم تحت ٢٥ سنة وعايشين التجربة بحالهم.

شكراً كتير
محمد الأحمد
رابطة الشباب المهاجرين واللاجئين – بيروت
"""
    body = two(text, "000000000000d51e2f05baa6b0c7", rtl=True, cte="base64")
    m = mk(when, sent, "mail-ej1-f47.google.example.com", "209.85.218.47", "4DXy1b3CwQz9",
           addr("محمد الأحمد", "ymrl.beirut@gmail.example.com"), hdr("ترشيح شخصين من الرابطة"), M11_ID, body)
    add(11, when, m, dict(category="speaker_request", language="ar", acknowledge=True, on_time=False, speakers=[
        sp("محمد الأحمد", "منسق الرابطة", "رابطة الشباب المهاجرين واللاجئين", ["roundtable"], 2),
        sp("لمى حسن", "متطوعة بفريق الدعم النفسي", "رابطة الشباب المهاجرين واللاجئين", ["plenary"])],
        notes="late: received 00:12:40 on 6 February; the sender relies on the misprinted date of the Arabic "
              "letter ('٢٣ شباط'), but the English/French deadline of 5 February stands. Levantine colloquial; "
              "two nominees decided at a meeting; 'منسق الرابطة' and Lama's role description recorded as written "
              "(the trailing 'بالرابطة' of Lama's title only points back to the association, which is the affiliation: not covered by dev, left out of the title as a secretary would); 'الطاولة المستديرة الثانية' = roundtable 2; 'الجلسة "
              "العامة' = plenary; city after the association ('– بيروت') dropped."))


M12_ID = "<20210206100505.Horde.Ib7Sow4kT2nQ@webmail.etu.univ-example.tn>"


def m12():
    when = at("2021-02-06 10:05:11")
    sent = sent_at(when, 1, 5)
    text = """Bonjour,

Je me permets de vous relancer au sujet de la candidature de l'UESST envoyée le 29 janvier (message ci-dessous) : nous n'avons reçu aucun accusé de réception, peut-être est-il arrivé dans les spams ? Pouvez-vous nous confirmer que la candidature a bien été enregistrée ?

Par ailleurs, M. Nkurunziza souhaiterait savoir s'il peut intervenir en anglais lors de la table ronde.

Merci d'avance,
Ibrahima Sow
Secrétaire général adjoint, UESST

----- Message de uesst.tunisie@gmail.example.com -----
   Date : Fri, 29 Jan 2021 20:17:34 +0100
     De : Aminata Koné <uesst.tunisie@gmail.example.com>
Objet : Candidature UESST – discussion ouverte et table ronde 2
      À : gcmrrarabstates@iom.int

> Bonsoir,
>
> Suite à notre assemblée générale du mercredi 27 janvier, le bureau
> exécutif de l'UESST a décidé (vote à main levée 😊) de proposer deux de
> ses membres pour la Revue régionale du PMM :
>
> - Aminata Koné, secrétaire générale, pour la discussion ouverte de la
> consultation multipartite du 23 février ;
> - Jean-Baptiste Nkurunziza, chargé des affaires sociales, pour la table
> ronde thématique n°2 (ou la n°3 si la 2 est déjà complète).
"""
    body = leaf("text/plain", text, "utf-8", "quoted-printable")
    m = mk(when, sent, "webmail.etu.univ-example.tn", "193.95.66.14", "4DY9k37HqPz2",
           "Ibrahima Sow <ibrahima.sow@etu.univ-example.tn>",
           hdr("Relance : Candidature UESST – discussion ouverte et table ronde 2", enc="Q"), M12_ID, body,
           extra=[("In-Reply-To", M02_ID), ("References", M02_ID),
                  ("User-Agent", "Horde Application Framework 5")])
    add(12, when, m, dict(category="other", language="fr", acknowledge=True, on_time=None, thread_of="h183-02.eml",
        notes="follow-up by another officer of the union (different address) asking whether h183-02 was received, "
              "with a language question; quotes the original request (names, roles): nothing new is submitted. "
              "In-Reply-To names h183-02. The acknowledgement to this university mailbox bounces (h183-13)."))


def m13():
    when = at("2021-02-06 10:06:02")
    text = """Ceci est le système de messagerie de la machine mx.etu.univ-example.tn.

J'ai le regret de vous informer que votre message n'a pas pu
être distribué à un ou plusieurs destinataires. Vous trouverez
ci-dessous les en-têtes du message renvoyé.

Pour plus d'assistance, veuillez contacter le postmaster.

                   Le système de messagerie

<ibrahima.sow@etu.univ-example.tn>: la boîte aux lettres du destinataire est pleine
    (quota dépassé)
"""
    dsn = ("Reporting-MTA: dns; mx.etu.univ-example.tn\n"
           "X-Postfix-Queue-ID: 9A1C2E04B7\n"
           "X-Postfix-Sender: rfc822; gcmrrarabstates@iom.int\n"
           "Arrival-Date: %s\n\n"
           "Final-Recipient: rfc822; ibrahima.sow@etu.univ-example.tn\n"
           "Original-Recipient: rfc822;ibrahima.sow@etu.univ-example.tn\n"
           "Action: failed\n"
           "Status: 5.2.2\n"
           "Diagnostic-Code: X-Postfix; mailbox full: quota exceeded (ibrahima.sow)\n"
           % rfcdate(tz_(when - dt.timedelta(seconds=30), 1)))
    hdrs = ("Return-Path: <gcmrrarabstates@iom.int>\n"
            "From: GCM Regional Review Arab States <gcmrrarabstates@iom.int>\n"
            "To: Ibrahima Sow <ibrahima.sow@etu.univ-example.tn>\n"
            "Subject: =?utf-8?q?Accus=C3=A9_de_r=C3=A9ception_-_Relance_=3A_Candidature_UESST?=\n"
            "Date: %s\n"
            "Message-ID: %s\n"
            "In-Reply-To: %s\n" % (rfcdate(when - dt.timedelta(seconds=44)), ack_id(12), M12_ID))
    body = dsn_report("-", dsn, hdrs, "9A1C2E04B7.1612598762/mx.etu.univ-example.tn")
    # the localised notice is UTF-8 (quoted-printable), which dsn_report's ASCII part cannot carry
    body.get_payload()[0] = leaf("text/plain", text, "utf-8", "quoted-printable",
                                 extra=[("Content-Description", "Notification")])
    rows = [("Return-Path", "<>"), ("Delivered-To", "gcmrrarabstates@iom.int"),
            ("Received", "from mx.etu.univ-example.tn (mx.etu.univ-example.tn [193.95.66.10])\r\n"
                         "\tby mx1.iom.int (Postfix) with ESMTPS id 4DY9m02XrTz6\r\n"
                         "\tfor <gcmrrarabstates@iom.int>; %s" % rfcdate(when, "EET")),
            ("Date", rfcdate(tz_(when - dt.timedelta(seconds=3), 1))),
            ("From", "MAILER-DAEMON@mx.etu.univ-example.tn (Systeme de messagerie)"),
            ("Subject", hdr("Message non délivré retourné à l'expéditeur", enc="Q")),
            ("To", "gcmrrarabstates@iom.int"),
            ("Auto-Submitted", "auto-replied"),
            ("Message-Id", "<20210206090559.0D3F1E04C1@mx.etu.univ-example.tn>")]
    add(13, when, top(body, rows), dict(category="bounce", language="fr", acknowledge=False, on_time=None,
        notes="French-localised Postfix DSN from the university's server (5.2.2, mailbox full) for the "
              "acknowledgement of h183-12; returned headers only; the subject and the returned headers mention the "
              "candidature. Never acknowledge."))


def tz_(d, hours):
    return d.astimezone(dt.timezone(dt.timedelta(hours=hours)))


def m14():
    when = at("2021-02-08 13:25:47")
    sent = sent_at(when, 3, 6)
    text = """Hi,

I know the deadline for speakers was last Friday, sorry!! 😅 We had final exams all week and I only saw the invitation yesterday when a friend forwarded it.

If there is still any chance, I would really like to speak in one of the plenary sessions about what it is like to volunteer with domestic workers who run away from their employers, and why young people from the community are the first ones they call.

Thanks a lot for considering it.

Farah

Farah Nasser | Volunteer Team Leader | Migrant Workers Youth Solidarity Group (MWYSG) | Kuwait
"""
    body = leaf("text/plain", text, "utf-8", "quoted-printable")
    m = mk(when, sent, "sonic301-21.consmr.mail.ir2.yahoo.example.com", "77.238.176.147", "4DZM4r0tVgz1",
           "Farah Nasser <farah_nasser99@yahoo.example.com>", "late request to speak (plenary) - sorry!",
           "<1187726093.2204117.1612779941123@mail.yahoo.example.com>", body,
           extra=[("X-Mailer", "WebService/1.1.17648 YMailNorrin")])
    add(14, when, m, dict(category="speaker_request", language="en", acknowledge=True, on_time=False, speakers=[
        sp("Farah Nasser", "Volunteer Team Leader", "Migrant Workers Youth Solidarity Group (MWYSG)", ["plenary"])],
        notes="late (8 February) and says so; Yahoo plain text; title and organisation only in a one-line "
              "pipe-separated signature whose last field is the country (not part of the affiliation)."))


M15_ID = "<AS8PR08MB6630B4E1D2C9A07F@AS8PR08MB6630.eurprd08.prod.outlook.example.com>"
F15 = "التقرير الطوعي الجماعي - ائتلاف شباب المغرب العربي للهجرة 2021.docx"


def m15():
    when = at("2021-02-09 12:40:00")
    sent = sent_at(when, 1, 5)
    text = """السيدات والسادة في أمانة المراجعة الإقليمية،
تحية طيبة،

يسرنا أن نرفق لكم التقرير الطوعي الجماعي لائتلاف شباب المغرب العربي للهجرة، الذي أعدته إحدى عشرة منظمة شبابية وطلابية من المغرب والجزائر وتونس وليبيا وموريتانيا، في إطار المراجعة الإقليمية للاتفاق العالمي من أجل الهجرة الآمنة والمنظمة والنظامية.

وقد صادقت الجمعية العامة للائتلاف على النسخة النهائية يوم ٦ فبراير ٢٠٢١ بعد مشاورات عبر الإنترنت شارك فيها أكثر من ١٢٠ شاباً وشابة.

مع فائق التقدير،

أسماء الورغي
منسقة الائتلاف
ائتلاف شباب المغرب العربي للهجرة
"""
    alt_ = two(text, "_000_AS8PR08MB6630B4E1_", rtl=True, cte="base64")
    rep = leaf(DOCX, make_docx(["التقرير الطوعي الجماعي", "ائتلاف شباب المغرب العربي للهجرة",
                                "المراجعة الإقليمية للاتفاق العالمي من أجل الهجرة 2021",
                                "أولاً: منهجية إعداد التقرير", "ثانياً: الشباب والهجرة غير النظامية",
                                "ثالثاً: التوصيات"]),
               cte="base64", params=[("name", '"%s"' % b_word(F15))],
               disp="attachment; " + "; ".join(
                   rfc2231_cont("filename", F15)))
    body = multi("mixed", [alt_, rep], "_004_AS8PR08MB6630B4E1_")
    m = mk(when, sent, "mail-vi1eur04.outbound.protection.example.com", "40.107.8.104", "4Dc0Vh3ZsLz5",
           addr("أسماء الورغي", "coord@maghreb-youth-coalition.example.org"),
           hdr("التقرير الطوعي الجماعي – ائتلاف شباب المغرب العربي للهجرة"), M15_ID, body,
           extra=[("Content-Language", "ar-TN"), ("X-MS-Has-Attach", "yes")])
    add(15, when, m, dict(category="voluntary_report", language="ar", acknowledge=True, on_time=True,
        report_attachments=[F15],
        notes="collective report of eleven youth and student organisations (formal Arabic, Outlook); long Arabic "
              "DOCX name as RFC 2231 continuations (filename*0*/filename*1*...) plus an RFC 2047 name parameter. "
              "The coordinator's signature title is not a speaker request."))


def m16():
    when = at("2021-02-10 16:22:31")
    sent = sent_at(when, 1, 5)
    text = """Madame, Monsieur,

Au nom du Collectif des Jeunes Migrants d'Alger (CJMA), j'ai l'honneur de vous transmettre, en pièce jointe, notre rapport volontaire dans le cadre de l'examen régional du Pacte mondial pour des migrations sûres, ordonnées et régulières.

Ce rapport a été rédigé par les bénévoles du Collectif à partir de 35 entretiens menés auprès de jeunes migrants âgés de 16 à 29 ans. Il aborde notamment l'accès à l'éducation, l'emploi informel et les expulsions.

Nous vous prions d'agréer, Madame, Monsieur, l'expression de nos salutations distinguées.

Kevin Mbemba
Responsable du pôle plaidoyer
Collectif des Jeunes Migrants d'Alger (CJMA)
"""
    html = page('<div style="font-family:Calibri,sans-serif;font-size:11pt">' + text2html(text)
                + '<p><img src="cid:image001.png@01D6FF8A.3C2B1E40" width="90" height="40" alt="CJMA"></p></div>')
    alt_ = two(text, "_000_PAXPR02MB7310_", html=html)
    logo = leaf("image/png", make_png(18, 8, (230, 80, 20)), cte="base64", params=[("name", '"image001.png"')],
                disp='inline; filename="image001.png"', extra=[("Content-ID", "<image001.png@01D6FF8A.3C2B1E40>")])
    rel = multi("related", [alt_, logo], "_005_PAXPR02MB7310_", params=[("type", '"multipart/alternative"')])
    rep = attach("application/pdf", pdf("Rapport volontaire - Collectif des Jeunes Migrants d'Alger (CJMA)",
                                        "Examen regional du PMM - fevrier 2021",
                                        ["Methodologie: 35 entretiens", "Acces a l'education",
                                         "Emploi informel", "Expulsions et detention", "Recommandations"]),
                 "CJMA_Rapport_volontaire_PMM_2021.pdf")
    body = multi("mixed", [rel, rep], "_006_PAXPR02MB7310_")
    m = mk(when, sent, "mail-db8eur05.outbound.protection.example.com", "40.107.20.130", "4DcjT6wYpBz8",
           "Kevin Mbemba <plaidoyer@cjma.example.dz>",
           hdr("Transmission du rapport volontaire du CJMA – Examen régional du PMM", enc="Q"),
           "<PAXPR02MB7310A1C5E8D94F3B@PAXPR02MB7310.eurprd02.prod.outlook.example.com>", body,
           extra=[("Content-Language", "fr-FR"), ("X-MS-Has-Attach", "yes"),
                  ("X-Mailer", "Microsoft Outlook 16.0")])
    add(16, when, m, dict(category="voluntary_report", language="fr", acknowledge=True, on_time=True,
        report_attachments=["CJMA_Rapport_volontaire_PMM_2021.pdf"],
        notes="administrative French, Outlook layout mixed > related > alternative with an inline logo "
              "(image001.png, decoy); PDF report of a young migrants' collective; signature title is not a speaker "
              "request."))


def m17():
    when = at("2021-02-11 08:15:09")
    sent = sent_at(when, 1, 6)
    ack_subj = "إشعار استلام: التقرير الطوعي الجماعي – ائتلاف شباب المغرب العربي للهجرة"
    text = """شكراً جزيلاً على التأكيد 🙏🌹
بالتوفيق للجميع

أسماء

________________________________
من: GCM Regional Review Arab States <gcmrrarabstates@iom.int>
تم الإرسال: الثلاثاء، ٩ فبراير ٢٠٢١ ١١:٤١ ص
إلى: أسماء الورغي <coord@maghreb-youth-coalition.example.org>
الموضوع: %s

السيدة أسماء الورغي،
نشكركم على إرسال التقرير الطوعي. لقد تم استلامه وتسجيله.
أمانة المراجعة الإقليمية للاتفاق العالمي من أجل الهجرة في المنطقة العربية
""" % ack_subj
    body = two(text, "_000_AS8PR08MB66302C7E_", rtl=True, cte="base64")
    refs = "%s %s" % (M15_ID, ack_id(15))
    m = mk(when, sent, "mail-vi1eur04.outbound.protection.example.com", "40.107.8.117", "4DcyB51nQfz0",
           addr("أسماء الورغي", "coord@maghreb-youth-coalition.example.org"),
           re_hdr("RE: ", ack_subj),
           "<AS8PR08MB66302C7E90A1F4B3@AS8PR08MB6630.eurprd08.prod.outlook.example.com>", body,
           extra=[("In-Reply-To", ack_id(15)), ("References", refs), ("Content-Language", "ar-TN"),
                  ("X-MS-Has-Attach", "")])
    add(17, when, m, dict(category="other", language="ar", acknowledge=False, on_time=None, thread_of="h183-15.eml",
        notes="thank-you reply (Outlook, Arabic quote header, not '>'-prefixed) to our acknowledgement of h183-15: "
              "adds nothing new, so no acknowledgement. Not covered by dev: thread_of set to h183-15 because the "
              "secretary would file it with that submission (References names h183-15)."))


M18_ID = "<CAJx2MyvS9qT4wLn7Rb0Kc3Vd8Pe1Hf6Ug5Ya2Zo@mail.gmail.example.com>"
M18_TEXT = """Dear Secretariat,

On behalf of Migrant Youth Voices (MYV), please find attached our voluntary GCM review report. It was written by 14 young members aged 18 to 27 (students, domestic workers, refugees) after six months of peer interviews in Beirut and Tripoli. The short version is also on our Instagram (@myv.voices) if that helps!

Main asks in one line: let young migrants study and work legally, and stop detaining minors.

Best,
Samir Idris
Peer Research Lead, Migrant Youth Voices
"""


def m18():
    when = at("2021-02-12 20:40:00")
    sent = sent_at(when, 2, 7)
    alt_ = two(M18_TEXT, "000000000000f0a2c105bb2d9e41")
    rep = attach("application/pdf", pdf("Voluntary GCM Review Report - Migrant Youth Voices (MYV)",
                                        "Peer research by young migrants, Lebanon, 2020-2021",
                                        ["Study and work permits", "Detention of minors", "Access to health",
                                         "Recommendations"]),
                 "MYV_GCM_report_final.pdf")
    body = multi("mixed", [alt_, rep], "000000000000f0a2c305bb2d9e43")
    m = mk(when, sent, "mail-wr1-f45.google.example.com", "209.85.221.45", "4DdV8p5YxMz3",
           "Samir Idris <samir.myv@gmail.example.com>", "Voluntary GCM review report - Migrant Youth Voices",
           M18_ID, body)
    add(18, when, m, dict(category="voluntary_report", language="en", acknowledge=True, on_time=True,
        report_attachments=["MYV_GCM_report_final.pdf"],
        notes="youth-led peer research report (PDF), Gmail; the Instagram mention is not a link to the report; "
              "replaced four days later by a corrected version (h183-21)."))


def m19():
    when = at("2021-02-14 11:02:18")
    sent = sent_at(when, 1, 5)
    text = """Bonjour,

Veuillez trouver ci-joint le rapport volontaire de l'Union des Étudiants Étrangers au Maroc (UEEM) sur la mise en œuvre du PMM, adopté par notre bureau national le 12 février.

Par ailleurs, nous souhaiterions, si c'est encore possible, proposer une intervenante pour la table ronde 4 :
Intervenante : Mme Fatoumata Diarra – Présidente de la commission sociale, UEEM

Nous savons que la date pour les intervenants est passée, mais la commission sociale a porté l'essentiel du travail sur le rapport et il nous semble important qu'elle puisse le présenter.

Cordialement,

Ousmane Traoré
Secrétaire chargé des relations extérieures
Union des Étudiants Étrangers au Maroc (UEEM) – Rabat
"""
    txt = leaf("text/plain", text, "utf-8", "quoted-printable")
    rep = attach(DOCX, make_docx(["Rapport volontaire - Union des Etudiants Etrangers au Maroc (UEEM)",
                                  "Examen regional du Pacte mondial pour les migrations - 2021",
                                  "1. Titres de sejour et bourses", "2. Logement et discriminations",
                                  "3. Recommandations"]),
                 "Rapport_UEEM_PMM_2021.docx")
    body = multi("mixed", [txt, rep], "=_b3f8a2c41e0d97c6a5f2e1d0c9b8a7f6")
    m = mk(when, sent, "webmail.menara.example.ma", "196.200.131.22", "4DfQ2x7CkHz6",
           "Ousmane Traore <relations.ext@ueem.example.ma>",
           hdr("Rapport volontaire UEEM + proposition d'intervenante (table ronde 4)", enc="Q"),
           "<b3f8a2c41e0d97c6a5f2e1d0c9b8a7f6@ueem.example.ma>", body,
           extra=[("User-Agent", "Roundcube Webmail/1.4.10")])
    add(19, when, m, dict(category="both", language="fr", acknowledge=True, on_time=False, speakers=[
        sp("Fatoumata Diarra", "Présidente de la commission sociale", "Union des Étudiants Étrangers au Maroc (UEEM)",
           ["roundtable"], 4)],
        report_attachments=["Rapport_UEEM_PMM_2021.docx"],
        notes="both; the report part is on time (14 February) but the speaker part is late (the sender says so), "
              "so on_time is false. The speaker line gives only the acronym ('UEEM'): affiliation recorded in the "
              "fullest form written (body and signature), city dropped; 'Mme' dropped; title with its unit kept "
              "whole. The sender (signature) is not the speaker. Roundcube, plain text only."))


def m20():
    when = at("2021-02-15 22:14:51")
    sent = sent_at(when, 2, 12)
    fname = "تقرير فريق شباب الزعتري.pdf"
    t1 = "مرحبا، هاد تقرير فريقنا التطوعي للمراجعة الطوعية 👇 كتبناه نحنا الشباب بالمخيم\nيعطيكم العافية\n"
    t2 = "\n\nأُرسلت من الـ iPhone\n"
    p1 = leaf("text/plain", t1, "utf-8", "base64")
    rep = leaf("application/pdf", pdf("Zaatari youth volunteers - voluntary GCM review report",
                                      "February 2021", ["Education after grade 9", "Work permits for young refugees",
                                                        "Recommendations"]),
               cte="base64", params=[("name", '"%s"' % b_word(fname))],
               disp="inline; filename*=%s" % rfc2231(fname))
    p3 = leaf("text/plain", t2, "utf-8", "base64")
    body = multi("mixed", [p1, rep, p3], "Apple-Mail-7C1D9E20-4B3A-4F8E-A6D2-91E0B5C3F7A8")
    m = mk(when, sent, "mail-pl1-f182.google.example.com", "209.85.214.182", "4Dg4Lw0RsXz1",
           "Rami <rami.zaatari.vol@gmail.example.com>", hdr("التقرير 📄"),
           "<9D4E7B21-0C6F-4A38-B5E2-7F1A3C9D0E64@gmail.example.com>", body,
           extra=[("X-Mailer", "iPhone Mail (18D52)")])
    add(20, when, m, dict(category="voluntary_report", language="ar", acknowledge=True, on_time=True,
        report_attachments=[fname],
        notes="iPhone, Levantine colloquial, one line of text and an emoji subject; iPhone layout multipart/mixed "
              "[text, PDF with Content-Disposition inline, text]: the inline PDF is the report; Arabic file name in "
              "RFC 2231 (filename*) and RFC 2047 (name); the sender gives only a first name."))


def m21():
    when = at("2021-02-16 22:48:30")
    sent = sent_at(when, 2, 8)
    text = """Hi again,

So sorry, I attached the wrong file last week - that one was missing the recommendations section 🙈 Please use this version (v3) instead of the first one.

Thanks and sorry for the trouble!
Samir

On Fri, 12 Feb 2021 at 20:39, Samir Idris <samir.myv@gmail.example.com> wrote:
""" + "".join("> " + ln + "\n" if ln else ">\n" for ln in M18_TEXT.rstrip("\n").split("\n"))
    alt_ = two(text, "0000000000001c7e9f05bb6a4d20")
    rep = attach("application/pdf", pdf("Voluntary GCM Review Report - Migrant Youth Voices (MYV) - v3",
                                        "Peer research by young migrants, Lebanon, 2020-2021",
                                        ["Study and work permits", "Detention of minors", "Access to health",
                                         "Recommendations (new in v3)"]),
                 "MYV_GCM_report_v3.pdf")
    body = multi("mixed", [alt_, rep], "0000000000001c7e9f25bb6a4d22")
    m = mk(when, sent, "mail-wm1-f41.google.example.com", "209.85.128.41", "4Dh0Ts6NvKz4",
           "Samir Idris <samir.myv@gmail.example.com>", "Re: Voluntary GCM review report - Migrant Youth Voices",
           "<CAJx2MyvU4nR8tWm0Ke5Lb2Xc7Pd9Gh1Vf3Za6Yo@mail.gmail.example.com>", body,
           extra=[("In-Reply-To", M18_ID), ("References", M18_ID)])
    add(21, when, m, dict(category="voluntary_report", language="en", acknowledge=True, on_time=True,
        thread_of="h183-18.eml", report_attachments=["MYV_GCM_report_v3.pdf"],
        notes="replacement version of h183-18 (reply to his own message, quoted with '>'), received 22:48 on 16 "
              "February: still on time; only the new PDF belongs to this submission."))


def m22():
    when = at("2021-02-17 01:05:10")
    sent = at("2021-02-16 23:55:40")
    text = """السادة أمانة المراجعة الإقليمية للاتفاق العالمي للهجرة،
تحية طيبة وبعد،

نرفق لكم التقرير الطوعي لرابطة الطلاب الوافدين للهجرة والتنمية، وقد أعددناه بمشاركة طلاب من السودان واليمن والصومال وجزر القمر يدرسون في الجامعات المصرية، راجين أن يصلكم قبل انتهاء المهلة.

كما ترشح الرابطة الطالب عثمان إدريس، رئيس اللجنة الثقافية في الرابطة، ليكون مقرراً يعرض الرسائل الرئيسية لأصحاب المصلحة، إن أمكن ذلك.

وتقبلوا خالص الشكر،
هيئة مكتب رابطة الطلاب الوافدين للهجرة والتنمية
"""
    alt_ = multi("alternative", [leaf("text/plain", text, "windows-1256", "quoted-printable"),
                                 leaf("text/html", page('<div dir="rtl">%s</div>' % text2html(text))
                                      .replace("utf-8", "windows-1256"), "windows-1256", "quoted-printable")],
                 "_000_HE1PR0102MB2844_")
    rep = attach("application/pdf", pdf("Voluntary report - League of International Students for Migration and "
                                        "Development", "February 2021", ["Student visas and residence",
                                                                         "Tuition fees and work",
                                                                         "Recommendations"]),
                 "Rabita_Students_GCM_Report_2021.pdf")
    body = multi("mixed", [alt_, rep], "_004_HE1PR0102MB2844_")
    inner = ("from [192.168.1.34] (unknown [41.209.77.18])\r\n\tby smtp.students-league.example.org (Postfix) "
             "with ESMTPSA id 5B2E1A0F3C\r\n\tfor <gcmrrarabstates@iom.int>; %s" % rfcdate(when - dt.timedelta(seconds=12)))
    m = mk(when, sent, "smtp.students-league.example.org", "41.209.77.30", "4Dh4Fq1MwRz7",
           addr("رابطة الطلاب الوافدين", "office@students-league.example.org", "windows-1256"),
           hdr("التقرير الطوعي + ترشيح مقرر", "windows-1256"),
           "<HE1PR0102MB2844D7A3F1@students-league.example.org>", body,
           extra=[("Received", inner), ("X-Mailer", "Microsoft Outlook 16.0"), ("Content-Language", "ar-EG")])
    add(22, when, m, dict(category="both", language="ar", acknowledge=True, on_time=False, speakers=[
        sp("عثمان إدريس", "رئيس اللجنة الثقافية", "رابطة الطلاب الوافدين للهجرة والتنمية",
           ["rapporteur"])],
        report_attachments=["Rabita_Students_GCM_Report_2021.pdf"],
        notes="both, both parts late: the Date header says 16 Feb 23:55:40 +0200 but the sender's own server "
              "relayed it only at 01:04 and the mailbox received it at 01:05:10 on 17 February; on_time follows "
              "received_at. windows-1256 body and headers; the speaker is named in prose after 'الطالب' "
              "(descriptor dropped); title kept with its unit ('رئيس اللجنة الثقافية') but without the trailing 'في الرابطة', which only points back to the association (not covered by dev; a secretary would not repeat it); affiliation only by reference "
              "('في الرابطة') to the association named in the first paragraph. 'مقرراً يعرض الرسائل الرئيسية' = "
              "rapporteur."))


def m23():
    when = at("2021-02-18 09:30:00")
    sent = sent_at(when, 3, 6)
    inner = """<div style="font-family:Segoe UI,Arial,sans-serif;font-size:11pt">
<p>Hi again,</p>
<p>Just checking in on our speaker nominations from 1 February (Yara Haddad and Bilal Othman). Have speakers been confirmed yet? The consultation is next Tuesday and our members keep asking us &#128517;</p>
<p>Also, could you please share the Zoom link, and can Bilal speak in Arabic?</p>
<p>Thanks so much,<br>Tala</p>
<hr style="display:inline-block;width:98%">
<div><b>From:</b> MENA Young Migrants Forum &lt;hello@mymf.example.org&gt;<br>
<b>Sent:</b> Monday, February 1, 2021 3:05 PM<br>
<b>To:</b> gcmrrarabstates@iom.int<br>
<b>Subject:</b> Speaker nominations - MENA Young Migrants Forum</div>
<p>Dear GCM Regional Review team,</p>
<p>Greetings from the MENA Young Migrants Forum! Following our online members' call last Saturday, our steering group agreed to nominate two young people for speaking roles at the Regional Review Conference. [...]</p>
<p>1 &#8211; Ms. Yara Haddad &#8211; Youth Delegate &#8211; Rapporteur<br>2 &#8211; Mr. Bilal Othman &#8211; Volunteer Coordinator, Amman chapter &#8211; Plenary</p>
</div>"""
    body = leaf("text/html", page(inner), "utf-8", "quoted-printable")
    m = mk(when, sent, "mail-vi1eur05.outbound.protection.example.com", "40.107.21.93", "4Dj7Qc2LsWz5",
           "MENA Young Migrants Forum <hello@mymf.example.org>", "RE: Speaker nominations - MENA Young Migrants Forum",
           "<PR3P194MB0911E8A3C5B27D40@PR3P194MB0911.EURP194.PROD.OUTLOOK.example.com>", body,
           extra=[("In-Reply-To", M04_ID), ("References", M04_ID), ("Content-Language", "en-US"),
                  ("X-MS-Has-Attach", "")])
    add(23, when, m, dict(category="other", language="en", acknowledge=True, on_time=None, thread_of="h183-04.eml",
        notes="HTML-only Outlook follow-up to h183-04 (In-Reply-To set) asking about selection, the link and the "
              "language of the intervention; the quoted original repeats the nominees and roles, but nothing new "
              "is proposed."))


def m24():
    when = at("2021-02-18 17:45:33")
    sent = sent_at(when, 1, 7)
    fname = "Rapport_volontaire_étudiants_AEAC.pdf"
    inner = """<div style="font-family:Helvetica Neue,Helvetica,Arial,sans-serif;font-size:13px"><div>Bonjour,</div>
<div><br></div>
<div>Vous trouverez en pièce jointe le rapport volontaire de l'Association des Étudiants Africains de Constantine (AEAC), avec quelques jours de retard, veuillez nous en excuser : nos membres étaient en examens et nous avons eu des coupures d'internet à la cité universitaire.</div>
<div><br></div>
<div>Nous espérons qu'il pourra malgré tout être pris en compte.</div>
<div><br></div>
<div>Cordialement,</div>
<div>Le bureau de l'AEAC</div>
<div>Aïssatou Bah, présidente</div></div>"""
    htmlp = leaf("text/html", page(inner), "utf-8", "quoted-printable")
    rep = attach("application/pdf", pdf("Rapport volontaire - Association des Etudiants Africains de Constantine",
                                        "Examen regional du PMM 2021", ["Bourses et titres de sejour",
                                                                        "Travail pendant les etudes",
                                                                        "Recommandations"]), fname)
    body = multi("mixed", [htmlp, rep], "----=_Part_2718281_1618033988.1613663126")
    m = mk(when, sent, "sonic315-27.consmr.mail.ir2.yahoo.example.com", "77.238.176.201", "4DjNx83FbTz9",
           addr("AEAC Constantine", "aeac.constantine@yahoo.example.fr"),
           hdr("Rapport volontaire AEAC (en retard, désolés)", enc="Q"),
           "<1618033988.2718281.1613663126554@mail.yahoo.example.com>", body,
           extra=[("X-Mailer", "WebService/1.1.17712 YMailNorrin")])
    add(24, when, m, dict(category="voluntary_report", language="fr", acknowledge=True, on_time=False,
        report_attachments=[fname],
        notes="late (18 February), the sender apologises; Yahoo HTML-only body; accented PDF name (RFC 2231 "
              "filename* plus RFC 2047 name); signed by the bureau and its president, which is not a speaker "
              "request."))


def main():
    for f in (m01, m02, m03, m04, m05, m06, m07, m08, m09, m10, m11, m12, m13, m14, m15, m16, m17, m18, m19,
              m20, m21, m22, m23, m24):
        f()
    SET.write()


if __name__ == "__main__":
    main()
