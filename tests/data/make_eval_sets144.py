#!/usr/bin/env python3
"""Write the blind evaluation set holdout144 (24 raw .eml messages + labels.json).

Deterministic, standard library only:  /tmp/venv/bin/python tests/data/make_eval_sets144.py
Theme: child protection and social work (unaccompanied and separated children, social workers'
syndicates, children's villages, juvenile justice, child helplines; Libya, Tunisia, Morocco, Egypt,
Lebanon, Jordan, Yemen).
"""
import datetime as dt
from email.message import Message

from mailgen import EvalSet, DOCX, POL, addr, at, attach, esc, flowed, hdr, html_wrap, leaf, make_docx, make_pdf, make_png, mk, multi, re_hdr, rfcdate, sp, std_rows, text2html, top, tz

SET = EvalSet(144)
add = SET.add


ACK_FR = "<ACK-20210202-0117.fr@gcmrrarabstates.iom.int>"


# ================================================================ the 24 messages
def m01():
    when = at("2021-01-27 10:20:33")
    sent = when - dt.timedelta(seconds=2)
    text = """شكراً على رسالتكم.

أنا خارج المكتب في مهمة ميدانية حتى يوم الأحد 7 شباط/فبراير 2021 مع تغطية محدودة للبريد الإلكتروني.
للأمور العاجلة يرجى التواصل مع الزميلة منى عبد الله على البريد mona.abdallah@himaya-kids.example.org
وفي حالات حماية الطفل الطارئة يرجى الاتصال بخط نجدة الطفل المجاني 110.

مع التحية،
هالة
"""
    body = leaf("text/plain", text, "utf-8", "base64")
    rows = std_rows(when, "mail.himaya-kids.example.org", "196.203.77.14", "4DQmk31Tz8z9Lw",
                    addr("هالة الشامي", "hala.shami@himaya-kids.example.org"),
                    re_hdr("", "رد تلقائي: دعوة للمشاركة - المراجعة الإقليمية للاتفاق العالمي من أجل الهجرة في المنطقة العربية"),
                    rfcdate(sent), "<auto.7f31c0d2a9@mail.himaya-kids.example.org>",
                    extra=[("Auto-Submitted", "auto-replied"), ("X-Autoreply", "yes"), ("Precedence", "auto_reply")],
                    ret="")
    rows[0] = ("Return-Path", "<>")
    rows.append(("In-Reply-To", "<INV-2021-01-26-AR.0001@gcmrrarabstates.iom.int>"))
    add(1, when, top(body, rows), dict(category="auto_reply", language="ar", acknowledge=False, on_time=None,
        notes="Arabic out-of-office reply to the invitation mailing (Auto-Submitted, X-Autoreply, null Return-Path); "
              "mentions dates, a colleague's address and a child helpline number, none of which is a submission."))


def m02():
    when = at("2021-01-28 14:02:51")
    sent = tz(when - dt.timedelta(seconds=4), 3)
    text = """Dear team,

greetings from Aden. We are a small network of local NGOs working on child protection, mostly with separated and unaccompanied kids arriving from the Horn of Africa.

We are preparing a report for the review but have 2 questions:
- our draft is in arabic only. Is this acceptable or do you need an english version too ?
- is there a page limit / template? and is it ok if the report focus only on children (objective 7 mostly) and not on all 23 objectives

Thanks in advance and sorry if this was already explained somewhere.

Nabil

--
Nabil Saleh Ba-Abbad
Programme Officer
Yemen Child Protection Network (YCPN)
Aden, Yemen
"""
    html = "<div dir=\"ltr\">" + text2html(text) + "</div>"
    body = multi("alternative", [leaf("text/plain", text), leaf("text/html", html)], "000000000000e41b7605b9f8c0a2")
    m = mk(when, sent, "mail-ej1-f47.google.example.com", "209.85.218.47", "4DRQ7c1bVzz2",
           "Nabil Ba-Abbad <nabil.baabbad@gmail.example.com>", "question re. report language and length",
           "<CAFk2mWq8yP0vQ3nX1rZt6Ld4eJb7GhS9uK2aO5cN@mail.gmail.example.com>", body)
    add(2, when, m, dict(category="other", language="en", acknowledge=True, on_time=None,
        notes="question about the voluntary report (language, template, scope) announcing a future report: no report "
              "attached yet, so 'other'; the signature's name/title/affiliation are not a speaker proposal."))


def m03():
    when = at("2021-02-01 12:41:09")
    sent = when - dt.timedelta(seconds=5)
    text = """Dear Colleagues at the Regional UN Network on Migration,

On behalf of the Syndicate of Social Workers in Jordan (SSWJ), and further to your kind invitation to the Regional Review of the GCM, I am pleased to put forward two speakers from our member organisations. Both work daily with unaccompanied and separated children and can speak to what the frontline actually looks like.

1. Ms. Hana Al-Qudah
   Senior Case Manager
   Dar Al-Wifaq Family Protection Centre
   -> floor intervention in the plenary session

2. Mr. Yazan Tarawneh
   Juvenile Justice Programme Coordinator
   Mizan Legal Aid for Children (MLAC)
   -> thematic roundtable No. 3

Please note that the SSWJ itself will not take the floor; we preferred to give the space to practitioners.

I remain at your disposal for any further information.

Best regards,

Ruba Haddad
Secretary-General
Syndicate of Social Workers in Jordan (SSWJ)
Jabal Al-Hussein, Amman - Jordan
Tel: +962 6 5 60 12 34
"""
    html = ('<html xmlns:o="urn:schemas-microsoft-com:office:office"><head><meta http-equiv="Content-Type" '
            'content="text/html; charset=utf-8"><style><!-- p.MsoNormal{margin:0cm;font-size:11.0pt;'
            'font-family:"Calibri",sans-serif;} --></style></head><body lang="EN-US"><div class="WordSection1">'
            + "".join('<p class="MsoNormal">%s<o:p></o:p></p>' % (esc(l) if l.strip() else "&nbsp;")
                      for l in text.split("\n")) + "</div></body></html>\n")
    body = multi("alternative", [leaf("text/plain", text), leaf("text/html", html)],
                 "----=_NextPart_000_0041_01D6F8A3.5C2E1B90")
    m = mk(when, sent, "mail-am6eur05.outbound.protection.example.com", "40.107.22.91", "4DTl0b2q3Hz7",
           '"Ruba Haddad" <sg@sswj-jo.example.org>', "SSWJ - nomination of two speakers for the GCM Regional Review",
           "<001a01d6f88b$4e2c7a10$ea856e30$@sswj-jo.example.org>", body,
           extra=[("X-Mailer", "Microsoft Outlook 16.0"), ("Thread-Index", "AdbyiO0kc1NzdHBtS3p3c1dqNXV0Rg==")])
    add(3, when, m, dict(category="speaker_request", language="en", acknowledge=True, on_time=True, speakers=[
        sp("Hana Al-Qudah", "Senior Case Manager", "Dar Al-Wifaq Family Protection Centre", ["plenary"]),
        sp("Yazan Tarawneh", "Juvenile Justice Programme Coordinator", "Mizan Legal Aid for Children (MLAC)",
           ["roundtable"], 3)],
        notes="a social workers' syndicate proposes two speakers, each from a different member organisation: the "
              "affiliation is the member organisation, not the syndicate; the signing Secretary-General is not a "
              "speaker ('the SSWJ itself will not take the floor'); honorifics Ms./Mr. dropped."))


def m04():
    when = at("2021-02-02 09:15:47")
    sent = when - dt.timedelta(seconds=3)
    text = """Hello,

I'd like to be considered for the rapporteur role (delivering the stakeholders' key messages). I have been following the GCM process since Marrakech and have coordinated the civil society inputs on child-sensitive return in Egypt for the last 2 years. If the rapporteur slot goes to someone else I'd be glad to join the open discussion on the 23rd instead.

Many thanks,
Mariam

Mariam Fawzy
Cairo Centre for Child Rights and Juvenile Justice (CCCRJJ)
Senior Legal Officer, Juvenile Justice Unit
15 Road 9, Maadi, Cairo

On Tue, Jan 26, 2021 at 4:02 PM GCM Regional Review Arab States <gcmrrarabstates@iom.int> wrote:
> Dear colleagues,
>
> The Regional UN Network on Migration is pleased to invite you to the
> Regional Review of the Global Compact for Safe, Orderly and Regular
> Migration in the Arab region. [...] Stakeholders wishing to take the floor
> (open discussion, rapporteur, plenary sessions or one of the four thematic
> roundtables) are kindly requested to share the name, title and
> organizational affiliation of the speaker by Friday 5 February 2021.
>
> Best regards,
> Regional UN Network on Migration for the Arab Region
"""
    body = leaf("text/plain", text, cte="quoted-printable")
    m = mk(when, sent, "mail-wm1-f41.google.example.com", "209.85.128.41", "4DVG2m5Lkqz3",
           "Mariam Fawzy <mariam.fawzy@cccrjj-eg.example.org>",
           "Re: Invitation - Regional Review of the GCM in the Arab region",
           "<CAHx1Tn3p0_wQe7VZr4mYb8KcPj2LdF6aS5uXg@mail.gmail.example.com>", body,
           extra=[("In-Reply-To", "<INV-2021-01-26-EN.0001@gcmrrarabstates.iom.int>"),
                  ("References", "<INV-2021-01-26-EN.0001@gcmrrarabstates.iom.int>")])
    add(4, when, m, dict(category="speaker_request", language="en", acknowledge=True, on_time=True, speakers=[
        sp("Mariam Fawzy", "Senior Legal Officer, Juvenile Justice Unit",
           "Cairo Centre for Child Rights and Juvenile Justice (CCCRJJ)", ["rapporteur", "open_discussion"])],
        notes="self-nomination; title and organisation only in the signature, organisation line BEFORE the title line, "
              "then a street address; first choice rapporteur, fallback open discussion; the quoted invitation "
              "lists every role and must not add roles."))


M05_ID = "<CAJq7Rz0nW4xLp2YtB9vKd3mHs8QfE1cUa6oGi@mail.gmail.example.com>"


def m05():
    when = at("2021-02-02 16:48:22")
    sent = tz(when - dt.timedelta(seconds=6), 1)
    text = """Bonjour,

Suite à votre invitation pour l'examen régional du Pacte mondial sur les migrations, je souhaiterais prendre la parole lors de la discussion ouverte de la consultation multipartite du 23 février.

Notre ligne d'écoute reçoit de plus en plus d'appels concernant des enfants migrants non accompagnés, notamment à Sfax et Médenine, et il me semble important de partager ces constats.

Je reste disponible pour tout complément d'information.

Cordialement,

Ines Gharbi
Responsable de la ligne d'écoute enfants | Association Tunisienne de Protection de l'Enfance (ATPE)
Tél. : +216 71 000 182
Tunis, Tunisie
"""
    html = ('<div dir="ltr"><div>Bonjour,</div><div><br></div><div>Suite à votre invitation pour l\'examen régional du '
            'Pacte mondial sur les migrations, je souhaiterais prendre la parole lors de la discussion ouverte de la '
            'consultation multipartite du 23 février.</div><div><br></div><div>Notre ligne d\'écoute reçoit de plus '
            'en plus d\'appels concernant des enfants migrants non accompagnés, notamment à Sfax et Médenine, et il '
            'me semble important de partager ces constats.</div><div><br></div><div>Je reste disponible pour tout '
            'complément d\'information.</div><div><br></div><div>Cordialement,</div><div><br></div>'
            '<div dir="ltr" class="gmail_signature"><div><b>Ines Gharbi</b></div><div><span style="color:#666">'
            'Responsable de la ligne d\'écoute enfants | Association Tunisienne de Protection de l\'Enfance (ATPE)'
            '</span></div><div>Tél. : +216 71 000 182</div><div>Tunis, Tunisie</div></div></div>\n')
    body = multi("alternative", [leaf("text/plain", text), leaf("text/html", html)], "00000000000071c2a805ba1b33e0")
    m = mk(when, sent, "mail-lf1-f66.google.example.com", "209.85.167.66", "4DVb8r0HcXz5",
           "Ines Gharbi <ines.gharbi@atpe-tn.example.org>",
           hdr("Demande de prise de parole – discussion ouverte du 23 février", enc="Q"), M05_ID, body)
    add(5, when, m, dict(category="speaker_request", language="fr", acknowledge=True, on_time=True, speakers=[
        sp("Ines Gharbi", "Responsable de la ligne d'écoute enfants",
           "Association Tunisienne de Protection de l'Enfance (ATPE)", ["open_discussion"])],
        notes="child helpline manager proposes herself; post and organisation on ONE signature line separated by "
              "' | ' (split: title before the pipe, affiliation after it); city/country on a later line is not "
              "part of the affiliation; Date header in +0100."))


def m06():
    when = at("2021-02-03 11:30:40")
    sent = tz(when - dt.timedelta(seconds=9), 3)
    text = """Dear Sir/Madam,

Please find attached the voluntary GCM review report of the Juvenile Justice Programme of the Yemeni Observatory for Child Rights. It covers detention of migrant children in Aden and Lahj, alternatives to detention and family tracing (Objectives 7, 13 and 21).

In addition we would like to request a speaking slot:

Name: Eng. Abdulrahman Al-Maqtari
Title: Programme Manager
Organization: Juvenile Justice Programme, Yemeni Observatory for Child Rights (YOCR)
Session: Roundtable 1

Our internet connection is unstable, so if anything is missing kindly reply and we will resend.

Regards,
Abdulrahman Al-Maqtari
YOCR - Sana'a / Aden
"""
    pdf = make_pdf(["Yemeni Observatory for Child Rights (YOCR) - Juvenile Justice Programme",
                    "Voluntary GCM Review Report - Arab Region, February 2021",
                    "1. Context: migrant children in detention in Aden and Lahj",
                    "2. Alternatives to detention and case management",
                    "3. Family tracing and reunification (Objective 21)",
                    "4. Recommendations"])
    body = multi("mixed", [leaf("text/plain", flowed(text), params=[("format", "flowed")], cte="8bit"),
                           attach("application/pdf", pdf, "YOCR_JJP_GCM_Voluntary_Review_Feb2021.pdf")],
                 "------------A3E0C5D1F7B24E8C9D0A1B2C")
    m = mk(when, sent, "mx.yocr-ye.example.org", "134.35.12.88", "4DW0xP3vRfz1",
           "Abdulrahman Al-Maqtari <jjp@yocr-ye.example.org>", "Voluntary report + speaker request - YOCR",
           "<5c2e9a1f-77b3-4d0e-a8c1-2f6b0d93e451@yocr-ye.example.org>", body,
           extra=[("User-Agent", "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:78.0) Gecko/20100101 Thunderbird/78.7.0"),
                  ("Content-Language", "en-US")])
    add(6, when, m, dict(category="both", language="en", acknowledge=True, on_time=True, speakers=[
        sp("Abdulrahman Al-Maqtari", "Programme Manager",
           "Juvenile Justice Programme, Yemeni Observatory for Child Rights (YOCR)", ["roundtable"], 1)],
        report_attachments=["YOCR_JJP_GCM_Voluntary_Review_Feb2021.pdf"],
        notes="report PDF + labelled speaker lines; honorific 'Eng.' dropped from the name; affiliation is a "
              "programme of a parent organisation (both kept); sender is the speaker; Thunderbird format=flowed 8bit."))


def m07():
    when = at("2021-02-03 13:05:18")
    sent = when - dt.timedelta(seconds=4)
    text = """السادة/ شبكة الأمم المتحدة الإقليمية المعنية بالهجرة                    المحترمين
الموضوع: ترشيح للمشاركة في المراجعة الإقليمية للاتفاق العالمي من أجل الهجرة الآمنة والمنظمة والنظامية

تحية طيبة وبعد،

بالإشارة إلى كتابكم بشأن المراجعة الإقليمية للاتفاق العالمي من أجل الهجرة في المنطقة العربية، وانطلاقاً من اهتمام الوزارة بأوضاع الأطفال المهاجرين غير المصحوبين والمنفصلين عن ذويهم، نفيدكم برغبتنا في تقديم مداخلة في إحدى الجلسات العامة يومي 24 و25 شباط/فبراير 2021، تتناول تجربة آلية الرصد والإحالة الوطنية للأطفال المهاجرين في ليبيا.

وستتولى تقديم المداخلة الموقّعة أدناه.

وتفضلوا بقبول فائق الاحترام والتقدير،

د. سالمة عمر بن عامر
رئيسة وحدة الرصد والإحالة
إدارة حماية الطفل
وزارة الشؤون الاجتماعية
دولة ليبيا - طرابلس
"""
    lines = text.split("\n")
    html_inner = "".join('<p class="MsoNormal" dir="RTL" style="text-align:right"><span lang="AR-SA" '
                         'style="font-family:\'Simplified Arabic\',serif">%s</span></p>\n'
                         % (esc(l) if l.strip() else "&nbsp;") for l in lines)
    html = html_wrap('<div class="WordSection1">\n' + html_inner + "</div>", "rtl", "windows-1256")
    body = multi("alternative", [leaf("text/plain", text, "windows-1256"), leaf("text/html", html, "windows-1256")],
                 "----=_NextPart_000_0123_01D6FA21.8B6C3E40")
    m = mk(when, sent, "mail.social.gov.example.ly", "41.208.70.19", "4DW3Lq6yPbz8",
           addr("إدارة حماية الطفل", "childprotection@social.gov.example.ly", "windows-1256"),
           hdr("ترشيح للمشاركة - وزارة الشؤون الاجتماعية / إدارة حماية الطفل", "windows-1256"),
           "<000c01d6fa10$7a1b2c30$6e518490$@social.gov.example.ly>", body,
           extra=[("X-Mailer", "Microsoft Outlook 15.0"), ("Content-Language", "ar-ly")])
    add(7, when, m, dict(category="speaker_request", language="ar", acknowledge=True, on_time=True, speakers=[
        sp("سالمة عمر بن عامر", "رئيسة وحدة الرصد والإحالة", "إدارة حماية الطفل، وزارة الشؤون الاجتماعية",
           ["plenary"])],
        notes="formal ministry letter (windows-1256 Outlook); the speaker is only 'الموقّعة أدناه': the signature "
              "gives post, department and ministry on three separate lines, then country/city (not part of the "
              "affiliation); the affiliation joins department and parent ministry (not verbatim, lines joined); "
              "honorific 'د.' dropped; From display name is the department, not a person."))


M08_ID = "<VI1PR0602MB3215A7C4E19B2F0D88C1E4D6B3B59@VI1PR0602MB3215.eurprd06.prod.outlook.example.com>"


def m08():
    when = at("2021-02-04 10:22:05")
    sent = when - dt.timedelta(seconds=7)
    rows = [("Mme Carole HADDAD", "Assistante sociale principale, unité mineurs non accompagnés",
             "Association Libanaise pour l'Enfance en Danger (ALED)", "Table ronde thématique n°4"),
            ("M. Georges NASSAR", "Psychologue clinicien", "ALED", "Discussion ouverte (23 février)")]
    trs = "".join("<tr>" + "".join('<td style="border:solid #999 1px;padding:4px">%s</td>' % esc(c) for c in r)
                  + "</tr>\n" for r in rows)
    html = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>'
            '<body><div style="font-family:Calibri,Arial;font-size:11pt">'
            '<p>Bonjour Madame, Monsieur,</p>'
            '<p>J\'espère que vous allez bien. Suite à votre aimable invitation, nous avons le plaisir de vous '
            'proposer deux intervenants de notre association pour la Revue régionale du PMM. Vous trouverez '
            'ci-dessous leurs coordonnées :</p>\n'
            '<table style="border-collapse:collapse"><tr>'
            + "".join('<th style="border:solid #999 1px;background:#dde">%s</th>' % h
                      for h in ("Nom", "Fonction", "Organisation", "Rôle souhaité"))
            + "</tr>\n" + trs + '</table>\n'
            '<p>Carole suit depuis 2016 les dossiers des mineurs syriens et soudanais non accompagnés au Liban, '
            'Georges anime les groupes de parole dans nos centres. Merci de nous confirmer dès que possible, '
            'on doit organiser leur agenda.</p>'
            '<p>Avec mes sentiments les meilleurs,</p>'
            '<p><b>Rita Abou Jaoudé</b><br>Directrice<br>ALED – Beyrouth, Liban<br>+961 1 200 451</p>'
            '</div></body></html>\n')
    body = leaf("text/html", html, cte="quoted-printable")
    m = mk(when, sent, "mail-db8eur05.outbound.protection.example.com", "40.107.20.118", "4DWs9n2TKxz4",
           addr("Rita Abou Jaoudé", "direction@aled-lb.example.org"),
           hdr("Revue régionale PMM – proposition d'intervenants (ALED)", enc="Q"), M08_ID, body,
           extra=[("X-MS-Has-Attach", ""), ("Content-Language", "fr-FR"),
                  ("Thread-Topic", hdr("Revue régionale PMM – proposition d'intervenants (ALED)", enc="Q"))])
    aff = "Association Libanaise pour l'Enfance en Danger (ALED)"
    add(8, when, m, dict(category="speaker_request", language="fr", acknowledge=True, on_time=True, speakers=[
        sp("Carole Haddad", "Assistante sociale principale, unité mineurs non accompagnés", aff, ["roundtable"], 4),
        sp("Georges Nassar", "Psychologue clinicien", aff, ["open_discussion"])],
        notes="HTML-only Outlook mail, speakers in a table (Nom | Fonction | Organisation | Rôle); surnames in "
              "capitals after the given name; second row gives only the acronym 'ALED' (fullest form is in the row "
              "above); the signing Directrice is not a speaker; 'Beyrouth, Liban' after a dash is not affiliation."))


def m09():
    when = at("2021-02-04 19:40:12")
    sent = when - dt.timedelta(seconds=3)
    text = """مرحبا،

نحنا بقرى الأمل للأطفال - لبنان حابين نرشّح زميلتنا ريم الحلبي لتحكي بالطاولة المستديرة التانية اذا في مجال. ريم هي مسؤولة برنامج تقوية الأسر عنا وعندها خبرة أكتر من ١٢ سنة مع الولاد المنفصلين عن أهاليهن، خصوصاً السوريين.

اذا بدكن سيرة ذاتية او صورة منبعتلكن ياها بكرا.

شكراً كتير
جاد

Sent from my iPhone"""
    body = leaf("text/plain", text, cte="base64")
    m = mk(when, sent, "mail-pl1-f180.google.example.com", "209.85.214.180", "4DX6Hs8mYwz2",
           addr("Jad Karam", "jad.karam@amalvillages-lb.example.org"), re_hdr("", "ترشيح متحدثة"),
           "<9F2C1B7E-4A0D-4E63-B1C8-0D7A5E3F2196@amalvillages-lb.example.org>", body,
           extra=[("X-Mailer", "iPhone Mail (18D52)")])
    add(9, when, m, dict(category="speaker_request", language="ar", acknowledge=True, on_time=True, speakers=[
        sp("ريم الحلبي", "مسؤولة برنامج تقوية الأسر", "قرى الأمل للأطفال", ["roundtable"], 2)],
        notes="Levantine colloquial, iPhone plain text (base64); sender (Jad) proposes a colleague; the organisation "
              "is given in the opening line ('قرى الأمل للأطفال - لبنان': country after the dash not part of it); "
              "roundtable number as a colloquial ordinal ('التانية'); title after 'هي'."))


def m10():
    when = at("2021-02-04 21:10:30")
    sent = tz(when - dt.timedelta(seconds=3), 1)
    text = """Merci beaucoup pour la confirmation !
Bonne soirée à toute l'équipe.
Ines

Envoyé de mon iPhone

> Le 4 févr. 2021 à 13:02, GCM Regional Review Arab States <gcmrrarabstates@iom.int> a écrit :
>
> Madame,
>
> Nous accusons réception de votre demande de prise de parole pour l'examen régional du PMM. Le programme
> définitif des interventions vous sera communiqué ultérieurement.
>
> Cordialement,
> Secrétariat de la Revue régionale
"""
    body = leaf("text/plain", text, cte="quoted-printable")
    m = mk(when, sent, "mail-ed1-f54.google.example.com", "209.85.208.54", "4DX9aQ1kMdz6",
           "Ines Gharbi <ines.gharbi@atpe-tn.example.org>",
           hdr("Re: Accusé de réception – Demande de prise de parole – discussion ouverte du 23 février", enc="Q"),
           "<6D1A3F90-2C7B-4B55-9E1D-A84C7F02B3E6@atpe-tn.example.org>", body,
           extra=[("In-Reply-To", ACK_FR), ("References", M05_ID + " " + ACK_FR),
                  ("X-Mailer", "iPhone Mail (18C66)")])
    add(10, when, m, dict(category="other", language="fr", acknowledge=False, on_time=None, thread_of="h144-05.eml",
        notes="thank-you reply to our acknowledgement of h144-05: adds nothing new, so no acknowledgement; "
              "References name h144-05; quoted acknowledgement mentions 'demande de prise de parole'."))


def m11():
    when = at("2021-02-05 11:02:44")
    sent = when - dt.timedelta(seconds=5)
    text = """Bonjour,

Petite modification par rapport à mon mail d'hier : malheureusement Georges ne sera pas disponible le 23 février (mission à Tripoli-Liban). Nous proposons à sa place Maya Khoury, éducatrice spécialisée dans notre centre d'accueil d'Achrafieh, toujours pour la discussion ouverte.

Pour Carole rien ne change (table ronde 4).

Désolée pour le changement et merci de votre compréhension.
Rita

Envoyé de mon iPhone

> Le 4 févr. 2021 à 10:21, Rita Abou Jaoudé <direction@aled-lb.example.org> a écrit :
>
> Bonjour Madame, Monsieur,
> J'espère que vous allez bien. Suite à votre aimable invitation, nous avons le plaisir de vous proposer deux intervenants de notre association pour la Revue régionale du PMM. Vous trouverez ci-dessous leurs coordonnées :
> Nom\tFonction\tOrganisation\tRôle souhaité
> Mme Carole HADDAD\tAssistante sociale principale, unité mineurs non accompagnés\tAssociation Libanaise pour l'Enfance en Danger (ALED)\tTable ronde thématique n°4
> M. Georges NASSAR\tPsychologue clinicien\tALED\tDiscussion ouverte (23 février)
> Carole suit depuis 2016 les dossiers des mineurs syriens et soudanais non accompagnés au Liban, Georges anime les groupes de parole dans nos centres. Merci de nous confirmer dès que possible, on doit organiser leur agenda.
> Avec mes sentiments les meilleurs,
> Rita Abou Jaoudé
> Directrice
> ALED – Beyrouth, Liban
> +961 1 200 451
"""
    body = leaf("text/plain", text, cte="quoted-printable")
    m = mk(when, sent, "mail-db8eur05.outbound.protection.example.com", "40.107.20.121", "4DXT3w7FQnz1",
           addr("Rita Abou Jaoudé", "direction@aled-lb.example.org"),
           hdr("Re: Revue régionale PMM – proposition d'intervenants (ALED)", enc="Q"),
           "<0B7E4C21-95AF-4D3E-8F60-1C2D3E4F5A6B@aled-lb.example.org>", body,
           extra=[("In-Reply-To", M08_ID), ("References", M08_ID), ("X-Mailer", "iPhone Mail (18D52)")])
    add(11, when, m, dict(category="speaker_request", language="fr", acknowledge=True, on_time=True,
        thread_of="h144-08.eml", speakers=[
            sp("Maya Khoury", "éducatrice spécialisée", "Association Libanaise pour l'Enfance en Danger (ALED)",
               ["open_discussion"])],
        notes="follow-up replacing one of the two speakers of h144-08 (Georges Nassar out, Maya Khoury in, same "
              "role); Carole unchanged and not re-proposed; the new speaker's affiliation is only 'notre centre' + "
              "the quoted original (ALED); 'Tripoli-Liban' is a place, not an affiliation; tab-separated quoted "
              "table from the iPhone."))


def m12():
    when = at("2021-02-05 21:10:06")
    sent = tz(when - dt.timedelta(seconds=8), 1)
    text = """Madame, Monsieur,

Nous avons l'honneur de vous faire parvenir ci-joint la contribution volontaire de notre association à l'examen régional du Pacte mondial pour des migrations sûres, ordonnées et régulières, relative à la prise en charge des mineurs étrangers en conflit avec la loi au Maroc.

Par la même occasion, nous sollicitons votre haute bienveillance afin de permettre à notre chargé de programme d'intervenir lors d'une séance plénière (24 ou 25 février), selon les informations suivantes :

EL AMRANI Youssef
Chargé du programme justice juvénile
Association Marocaine pour la Justice des Mineurs (AMJM)

Veuillez agréer, Madame, Monsieur, l'expression de nos salutations distinguées.

EL AMRANI Youssef
AMJM - Casablanca
"""
    html = ('<div dir="ltr">' + text2html(text).replace("<p>EL AMRANI Youssef<br>\nChargé", "<p><b>EL AMRANI Youssef</b><br>\nChargé")
            + "</div>\n")
    pdf = make_pdf(["Association Marocaine pour la Justice des Mineurs (AMJM)",
                    "Contribution volontaire - Examen regional du PMM (region arabe)",
                    "Mineurs etrangers en conflit avec la loi au Maroc",
                    "Fevrier 2021"])
    body = multi("mixed", [
        multi("alternative", [leaf("text/plain", text), leaf("text/html", html)], "000000000000a9f3c105ba9d1e27"),
        attach("application/pdf", pdf, "Contribution_volontaire_PMM_AMJM_2021.pdf")],
        "000000000000a9f3c305ba9d1e29")
    m = mk(when, sent, "mail-wr1-f45.google.example.com", "209.85.221.45", "4DYMd0sWk2z9",
           "AMJM Maroc <amjm.maroc@gmail.example.com>",
           "Contribution volontaire AMJM + demande d'intervention en pleniere",
           "<CAKd9Vn5oE3pR2sW8yT4uI7qZc1XbM6aL0gJh@mail.gmail.example.com>", body)
    add(12, when, m, dict(category="both", language="fr", acknowledge=True, on_time=True, speakers=[
        sp("Youssef El Amrani", "Chargé du programme justice juvénile",
           "Association Marocaine pour la Justice des Mineurs (AMJM)", ["plenary"])],
        report_attachments=["Contribution_volontaire_PMM_AMJM_2021.pdf"],
        notes="both on the speaker deadline day (20:10 in Morocco, 21:10 Beirut, on time); name written SURNAME first "
              "in capitals ('EL AMRANI Youssef' -> Youssef El Amrani); generic organisation Gmail account; "
              "'séance plénière (24 ou 25 février)'."))


def m13():
    when = at("2021-02-05 23:04:15")
    sent = tz(when - dt.timedelta(seconds=3), 3)
    text = """الإخوة الأعزاء في شبكة الأمم المتحدة الإقليمية المعنية بالهجرة،
السلام عليكم ورحمة الله وبركاته

أتقدم إليكم بطلب المشاركة بصفة مقرر لعرض الرسائل الرئيسية لأصحاب المصلحة، وذلك في إطار المراجعة الإقليمية للاتفاق العالمي من أجل الهجرة.

أعمل مديراً لخط نجدة الطفل في مؤسسة سند لحماية الطفولة - اليمن، وقد تعاملنا خلال العام الماضي مع أكثر من 900 بلاغ يخص أطفالاً مهاجرين عالقين في اليمن، وأتواجد حالياً في الرياض لمهمة عمل.

ملاحظة: النسخة العربية من الدعوة تذكر أن آخر موعد هو يوم الجمعة 23 فبراير، لكن حرصاً منا أرسلنا الطلب اليوم.

مع خالص التقدير،
عبدالله محمد الحميري
مدير خط نجدة الطفل
مؤسسة سند لحماية الطفولة - اليمن
"""
    html = '<div dir="rtl">' + text2html(text) + "</div>\n"
    body = multi("alternative", [leaf("text/plain", text, cte="base64"), leaf("text/html", html, cte="base64")],
                 "0000000000003be21f05baa0c7d4")
    m = mk(when, sent, "mail-io1-f51.google.example.com", "209.85.166.51", "4DYRb2m0Q4z3",
           addr("عبدالله الحميري", "a.alhumairi@sanad-ye.example.org"),
           re_hdr("", "طلب مشاركة كمقرر - المراجعة الإقليمية للاتفاق العالمي للهجرة"),
           "<CAMv2Qy7rT0eW5nU9iO3pA1sD8fG4hJ6kL2zX@mail.gmail.example.com>", body)
    add(13, when, m, dict(category="speaker_request", language="ar", acknowledge=True, on_time=True, speakers=[
        sp("عبدالله محمد الحميري", "مدير خط نجدة الطفل", "مؤسسة سند لحماية الطفولة", ["rapporteur"])],
        notes="deadline edge: Date header 'Sat, 6 Feb 2021 00:04 +0300' (sender in Riyadh) is Fri 5 Feb 23:04 Beirut: "
              "ON TIME despite the Saturday date; mentions the Arabic misprint 'الجمعة 23 فبراير'; country after a "
              "dash not part of the affiliation; title stated twice (prose 'مديراً' and signature)."))


def m14():
    when = at("2021-02-06 00:03:54")
    sent = tz(when - dt.timedelta(seconds=4), 0)
    text = """Dear colleagues,

Apologies for the very late email, I only saw the invitation this afternoon
when our Tripoli team forwarded it.

SafePassage for Separated Children (SPSC) would like to propose our Libya
Country Lead, Amal Ferjani, to speak at one of the thematic roundtables -
ideally roundtable four, given her work on guardianship for unaccompanied
children disembarked in Libya. Amal is based in Tunis and can connect
remotely.

I hope it is still possible to consider this.

Best wishes,
Helen

--
Helen Marsh
Head of Programmes
SafePassage for Separated Children (SPSC)
London, United Kingdom
"""
    body = leaf("text/plain", text, cte="7bit")
    m = mk(when, sent, "smtp.spsc-uk.example.org", "185.70.40.22", "4DYTh5r1Wnz6",
           "Helen Marsh <helen.marsh@spsc-uk.example.org>", "Speaker proposal - SPSC (Libya)",
           "<7a4e1c2b-9d8f-4a3e-b2c1-5f6e7d8c9b0a@spsc-uk.example.org>", body,
           extra=[("User-Agent", "Mozilla/5.0 (Macintosh; Intel Mac OS X 10.15; rv:78.0) Gecko/20100101 Thunderbird/78.7.1")])
    add(14, when, m, dict(category="speaker_request", language="en", acknowledge=True, on_time=False, speakers=[
        sp("Amal Ferjani", "Libya Country Lead", "SafePassage for Separated Children (SPSC)", ["roundtable"], 4)],
        notes="deadline edge: Date header 'Fri, 5 Feb 2021 22:03 +0000' (London) looks like the deadline day but is "
              "00:03 on 6 Feb in Beirut: LATE; title given before the name in prose ('our Libya Country Lead, Amal "
              "Ferjani'); signer is not the speaker; 'roundtable four' in words."))


def m15():
    when = at("2021-02-07 12:00:27")
    sent = when - dt.timedelta(seconds=6)
    text = """السادة الكرام،

تحية طيبة،

لاحظنا أن النسخة العربية من رسالة الدعوة تذكر أن آخر موعد لطلبات الكلمات هو يوم الجمعة 23 شباط/فبراير 2021، بينما تذكر النسخة الإنجليزية يوم 5 شباط. كنا نعتمد على النسخة العربية ولم نرسل أي طلب بعد.

هل ما زال بالإمكان أن نرشّح متحدثاً أو متحدثة باسم الجمعية؟ وإذا كان الجواب لا، هل يمكننا على الأقل حضور الجلسات كمراقبين؟

شاكرين تعاونكم،

لانا الخوالدة
منسقة المشاريع
الجمعية الأردنية لرعاية الأحداث
عمّان
"""
    html = html_wrap('<div style="direction:rtl;font-family:Tahoma">' + text2html(text) + "</div>", "rtl")
    body = multi("alternative", [leaf("text/plain", text), leaf("text/html", html)],
                 "_000_AM0PR08MB4185D3E2B1C0A9F8E7D6C5B4A3AM0PR08MB4185eurp_")
    m = mk(when, sent, "mail-ve1eur03.outbound.protection.example.com", "40.107.5.83", "4DZ8kP0c2Jz5",
           addr("لانا الخوالدة", "projects@jajc-jo.example.org"),
           re_hdr("", "استفسار حول موعد طلبات الكلمات"),
           "<AM0PR08MB4185D3E2B1C0A9F8E7D6C5B4A3@AM0PR08MB4185.eurprd08.prod.outlook.example.com>", body,
           extra=[("Content-Language", "ar-JO")])
    add(15, when, m, dict(category="other", language="ar", acknowledge=True, on_time=None,
        notes="question about the misprinted Arabic speaker deadline ('الجمعة 23 شباط'): asks whether a speaker can "
              "still be proposed but names nobody, so it is not a speaker request; the signer's name/title/"
              "organisation are not a proposal."))


def m16():
    when = at("2021-02-08 09:12:40")
    d = when.astimezone(dt.timezone(dt.timedelta(hours=1)))
    text = """Votre message n'a pas pu être remis à un ou plusieurs destinataires.

Destinataire : s.bennani@enfance-maroc.example.ma
Motif : 550 5.1.1 La boîte aux lettres du destinataire est introuvable (utilisateur inconnu).

Le message original était intitulé « Accusé de réception – Revue régionale du PMM » et a été envoyé le 08/02/2021 à 08:10.

Ceci est un message généré automatiquement. Merci de ne pas y répondre.
"""
    dsn = ("Reporting-MTA: dns; mx2.enfance-maroc.example.ma\n"
           "Arrival-Date: %s\n\n"
           "Final-Recipient: rfc822; s.bennani@enfance-maroc.example.ma\n"
           "Action: failed\n"
           "Status: 5.1.1\n"
           "Diagnostic-Code: smtp; 550 5.1.1 <s.bennani@enfance-maroc.example.ma>: Recipient address rejected: "
           "User unknown\n" % rfcdate(d))
    hdrs = ("From: GCM Regional Review Arab States <gcmrrarabstates@iom.int>\n"
            "To: s.bennani@enfance-maroc.example.ma\n"
            "Subject: =?UTF-8?Q?Accus=C3=A9_de_r=C3=A9ception_=E2=80=93_Revue_r=C3=A9gionale_du_PMM?=\n"
            "Date: %s\n"
            "Message-ID: <ACK-20210208-0412.fr@gcmrrarabstates.iom.int>\n" % rfcdate(when - dt.timedelta(minutes=2)))
    p2 = Message(policy=POL)
    p2["Content-Description"] = "Delivery report"
    p2["Content-Type"] = "message/delivery-status"
    from email.parser import Parser
    for block in dsn.strip("\n").split("\n\n"):
        p2.attach(Parser(policy=POL).parsestr(block + "\n", headersonly=True))
    body = multi("report", [leaf("text/plain", text, cte="quoted-printable"), p2,
                            leaf("text/rfc822-headers", hdrs, "us-ascii", "7bit")],
                 "4DZs3t1Xq8z2.1612768360/mx2.enfance-maroc.example.ma", params=[("report-type", "delivery-status")])
    body.preamble = "This is a MIME-encapsulated message."
    rows = std_rows(when, "mx2.enfance-maroc.example.ma", "196.200.131.7", "4DZs3t1Xq8z2",
                    "Systeme de messagerie <MAILER-DAEMON@mx2.enfance-maroc.example.ma>",
                    hdr("Non remis : Accusé de réception – Revue régionale du PMM", enc="Q"), rfcdate(d),
                    "<20210208081240.4DZs3t1Xq8z2@mx2.enfance-maroc.example.ma>",
                    extra=[("Auto-Submitted", "auto-replied")])
    rows[0] = ("Return-Path", "<>")
    add(16, when, top(body, rows), dict(category="bounce", language="fr", acknowledge=False, on_time=None,
        notes="French-localised delivery status notification (multipart/report, delivery-status) for one of our "
              "acknowledgements; the returned subject says 'Accusé de réception'; never acknowledge."))


def m17():
    when = at("2021-02-09 10:30:51")
    sent = tz(when - dt.timedelta(seconds=12), 1)
    subj = ("Rapport volontaire – Examen régional du PMM : « Protection des enfants non accompagnés et séparés au "
            "Maroc : état des lieux, défis et recommandations de la société civile pour la mise en œuvre de "
            "l'objectif 7 du Pacte mondial » (version finale)")
    text = """Bonjour,

Au nom du Collectif Enfance en Mobilité Maroc (CEMM), qui regroupe onze associations de Tanger, Oujda, Nador, Rabat et Casablanca, je vous transmets en pièce jointe notre rapport volontaire dans le cadre de l'examen régional du Pacte mondial sur les migrations.

Le rapport (28 pages, en français) est collectif ; la liste des associations signataires figure en page 2. Une version arabe est en cours de traduction et pourra vous être envoyée d'ici fin février si cela est utile.

Restant à votre disposition,

Bien cordialement,

Khadija Ouazzani
Coordinatrice du Collectif Enfance en Mobilité Maroc (CEMM)
Tanger – Maroc
"""
    html = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body lang="FR">'
            '<div class="WordSection1">' + text2html(text).replace("Tanger – Maroc</p>",
            'Tanger – Maroc<br><img src="cid:image001.png@01D6FEC2.3A1B5C40" width="120" height="40" alt="CEMM"></p>')
            + "</div></body></html>\n")
    docx = make_docx(["Collectif Enfance en Mobilité Maroc (CEMM)",
                      "Protection des enfants non accompagnés et séparés au Maroc : état des lieux, défis et "
                      "recommandations de la société civile pour la mise en œuvre de l'objectif 7 du Pacte mondial",
                      "Rapport volontaire – Examen régional du PMM, région arabe – février 2021",
                      "1. Introduction", "2. Cadre juridique", "3. Constats de terrain", "4. Recommandations"])
    png = make_png(12, 4, (200, 80, 20))
    img = leaf("image/png", png, cte="base64", params=[("name", '"image001.png"')],
               disp='inline; filename="image001.png"', extra=[("Content-ID", "<image001.png@01D6FEC2.3A1B5C40>")])
    body = multi("mixed", [
        multi("related", [multi("alternative", [leaf("text/plain", text), leaf("text/html", html)],
                                "----=_NextPart_002_0207_01D6FEC2.3A1B5C40"), img],
              "----=_NextPart_001_0206_01D6FEC2.3A1B5C40", params=[('type', '"multipart/alternative"')]),
        attach(DOCX, docx, "Rapport_volontaire_PMM_ENAS_Maroc_version_finale.docx")],
        "----=_NextPart_000_0205_01D6FEC2.3A1B5C40")
    m = mk(when, sent, "smtp.cemm-ma.example.org", "41.248.11.203", "4Dbb7s5Gvcz8",
           "Khadija Ouazzani <coordination@cemm-ma.example.org>", hdr(subj, enc="Q"),
           "<002101d6fec1$9c4e1a20$d4ea4e60$@cemm-ma.example.org>", body,
           extra=[("X-Mailer", "Microsoft Outlook 16.0"), ("Content-Language", "fr")])
    add(17, when, m, dict(category="voluntary_report", language="fr", acknowledge=True, on_time=True,
        report_attachments=["Rapport_volontaire_PMM_ENAS_Maroc_version_finale.docx"],
        notes="collective report as DOCX; very long French subject (RFC 2047 Q, folded over several lines, with "
              "guillemets and 'œ'); an inline signature logo (image001.png) is not part of the report; mention of a "
              "future Arabic version is not a second submission."))


def m18():
    when = at("2021-02-09 16:20:09")
    sent = tz(when - dt.timedelta(seconds=5), 1)
    text = """السلام عليكم ورحمة الله،

كنصيفطو ليكم فالمرفقات التقرير الطوعي ديال جمعية أمان لحماية الطفولة على الأطفال المهاجرين غير المرافقين فوجدة والناظور.

وبغينا رئيسة الجمعية، الأستاذة فاطمة الزهراء بنعلي، تشارك بمداخلة فالجلسة العامة إلا كان ممكن. عارفين بلي الأجل ديال الكلمات فات شوية، ولكن كنا كنتسناو الموافقة ديال المكتب.

بارك الله فيكم
يوسف الإدريسي
الكاتب العام، جمعية أمان لحماية الطفولة
وجدة - المغرب
"""
    docx = make_docx(["جمعية أمان لحماية الطفولة", "التقرير الطوعي - المراجعة الإقليمية للاتفاق العالمي من أجل الهجرة",
                      "الأطفال المهاجرون غير المرافقين في وجدة والناظور", "فبراير 2021"])
    fname = "التقرير الطوعي - جمعية أمان.docx"
    body = multi("mixed", [leaf("text/plain", text, cte="base64"), attach(DOCX, docx, fname)],
                 "000000000000f1c8d905bae0a6b1")
    m = mk(when, sent, "mail-qt1-f170.google.example.com", "209.85.160.170", "4DbqT4n9Hsz1",
           addr("Youssef Idrissi", "amane.oujda@gmail.example.com"), re_hdr("", "التقرير ديال جمعية أمان + طلب مداخلة"),
           "<CAPw5Xr2tY8uI1oP4aS7dF0gH3jK6lZ9xC2vB@mail.gmail.example.com>", body)
    add(18, when, m, dict(category="both", language="ar", acknowledge=True, on_time=False, speakers=[
        sp("فاطمة الزهراء بنعلي", "رئيسة الجمعية", "جمعية أمان لحماية الطفولة", ["plenary"])],
        report_attachments=[fname],
        notes="Moroccan darija; report on time (9 Feb) but the speaker part is after 5 Feb, so 'both' is NOT on "
              "time (the sender even admits it); speaker is the president, named in prose with honorific "
              "'الأستاذة'; title 'رئيسة الجمعية' keeps the generic word for its own body; affiliation only in the "
              "sender's signature after his own title; Arabic attachment name (RFC 2231)."))


def m19():
    when = at("2021-02-10 08:55:36")
    sent = when - dt.timedelta(seconds=4)
    text = "Hi,\n\nattached the coalition's voluntary GCM review report.\n\nBest,\nDina\n\nSent from my iPhone\n"
    pdf = make_pdf(["Egyptian Coalition for Children on the Move",
                    "Voluntary Review of the GCM - civil society report", "Cairo, February 2021",
                    "Part I: unaccompanied and separated children in Egypt",
                    "Part II: access to birth registration, education and health"])
    fname = "Egypt CCM - GCM voluntary report FINAL.pdf"
    body = multi("mixed", [leaf("text/plain", text, "us-ascii", "7bit"),
                           attach("application/pdf", pdf, fname)],
                 "Apple-Mail-4E2B7C10-8D3A-4F51-A6C2-9B0E1D7F3A25")
    m = mk(when, sent, "mail-ot1-f52.google.example.com", "209.85.210.52", "4DcCq7Yx5tz4",
           "Dina Soliman <dina.soliman.ccm@gmail.example.com>", "report",
           "<A1C3E5F7-2B4D-4F60-8A9C-1E3D5F7B9A2C@gmail.example.com>", body,
           extra=[("X-Mailer", "iPhone Mail (18D52)")])
    add(19, when, m, dict(category="voluntary_report", language="en", acknowledge=True, on_time=True,
        report_attachments=[fname],
        notes="minimal iPhone mail: one-word subject 'report', no signature, no organisation in the text; the "
              "report is only identifiable from the PDF attachment (file name with spaces)."))


def m20():
    when = at("2021-02-11 13:00:14")
    sent = when - dt.timedelta(seconds=3)
    text = """Dear organisers,

A few practical questions from the Order of Social Workers in Lebanon (OSWL):

1) Three of our members would like to follow the consultation on 23 Feb as observers only - Nour Saab (child protection officer, Beirut), Hiba Itani (family social worker, Saida) and Khalil Daher (juvenile court social worker). Do they need to register individually, and where?
2) Will there be Arabic interpretation in the roundtables, or English only?
3) When will the Zoom/Teams link be sent?

Thanks a lot, and well done on organising this despite Covid.

Lina
Lina Moawad | OSWL Training & Membership Officer
"""
    html = ('<div dir="ltr">' + text2html(text) + "</div>\n")
    body = multi("alternative", [leaf("text/plain", text, cte="7bit", charset="us-ascii"),
                                 leaf("text/html", html, cte="7bit", charset="us-ascii")],
                 "0000000000004de77a05bb0e1c93")
    m = mk(when, sent, "mail-yb1-f181.google.example.com", "209.85.219.181", "4DcvG1m6Bvz0",
           "Lina Moawad <training@oswl-lb.example.org>", "Practical questions - observers, interpretation, link",
           "<CAB6tE8yN1qW4rT7uI0oP3aS6dF9gH2jK5lZ8@mail.gmail.example.com>", body)
    add(20, when, m, dict(category="other", language="en", acknowledge=True, on_time=None,
        notes="logistics questions from a social workers' professional body; three people named with titles and "
              "'roundtables' mentioned, but explicitly 'as observers only': no speaker request."))


M21_ID = "<CAGz4Rt1yU7iO0pA3sD6fG9hJ2kL5zX8cV1bN@mail.gmail.example.com>"


def m21():
    when = at("2021-02-12 15:30:02")
    sent = when - dt.timedelta(seconds=5)
    text = """أهلاً بحضراتكم،

مرفق التقرير الطوعي بتاع جمعية نور لحماية الطفل عن الأطفال المهاجرين واللاجئين غير المصحوبين في القاهرة والإسكندرية، ضمن المراجعة الإقليمية للاتفاق العالمي للهجرة.

معلش اتأخرنا شوية بسبب الإغلاق، وأي استفسار أنا تحت أمركم.

تحياتي،
م. شيرين عبد الحميد
منسقة البرامج - جمعية نور لحماية الطفل
القاهرة
"""
    pdf = make_pdf(["Nour Association for Child Protection - Cairo",
                    "Voluntary GCM review report (Arabic) - February 2021", "v1"])
    fname = "تقرير المراجعة الطوعية - جمعية نور.pdf"
    html = '<div dir="rtl">' + text2html(text) + "</div>\n"
    body = multi("mixed", [multi("alternative", [leaf("text/plain", text, cte="base64"),
                                                 leaf("text/html", html, cte="base64")], "000000000000c7a91e05bb2f4d16"),
                           attach("application/pdf", pdf, fname)], "000000000000c7a92005bb2f4d18")
    m = mk(when, sent, "mail-wm1-f44.google.example.com", "209.85.128.44", "4DdXp2wR8kz7",
           addr("شيرين عبد الحميد", "nour.childprotection@gmail.example.com"),
           re_hdr("", "التقرير الطوعي - جمعية نور لحماية الطفل"), M21_ID, body)
    add(21, when, m, dict(category="voluntary_report", language="ar", acknowledge=True, on_time=True,
        report_attachments=[fname],
        notes="Egyptian colloquial; report PDF with an Arabic file name (RFC 2231 / RFC 2047 name); the signer "
              "is not a speaker."))


def m22():
    when = at("2021-02-14 11:45:37")
    sent = when - dt.timedelta(seconds=6)
    text = """آسفين جداً على الإزعاج،

اكتشفنا إن النسخة اللي بعتناها يوم الجمعة فيها غلط في جدول الأرقام (صفحة 6). مرفق النسخة المعدلة، برجاء اعتمادها بدل القديمة.

شكراً لحضراتكم
شيرين

في الجمعة، 12 فبراير 2021 3:29 م، كتب شيرين عبد الحميد <nour.childprotection@gmail.example.com>:
> أهلاً بحضراتكم،
>
> مرفق التقرير الطوعي بتاع جمعية نور لحماية الطفل عن الأطفال المهاجرين واللاجئين غير المصحوبين في القاهرة
> والإسكندرية، ضمن المراجعة الإقليمية للاتفاق العالمي للهجرة.
"""
    pdf = make_pdf(["Nour Association for Child Protection - Cairo",
                    "Voluntary GCM review report (Arabic) - February 2021", "v2 - corrected table p.6"])
    fname = "تقرير المراجعة الطوعية - جمعية نور (معدل).pdf"
    html = '<div dir="rtl">' + text2html(text) + "</div>\n"
    body = multi("mixed", [multi("alternative", [leaf("text/plain", text, cte="base64"),
                                                 leaf("text/html", html, cte="base64")], "000000000000e2b40305bb4a7c81"),
                           attach("application/pdf", pdf, fname)], "000000000000e2b40505bb4a7c83")
    m = mk(when, sent, "mail-wr1-f49.google.example.com", "209.85.221.49", "4Dfh0Kc3Tpz2",
           addr("شيرين عبد الحميد", "nour.childprotection@gmail.example.com"),
           re_hdr("Re: ", "التقرير الطوعي - جمعية نور لحماية الطفل"),
           "<CAGz4Rt9qW2eR5tY8uI1oP4aS7dF0gH3jK6lZ@mail.gmail.example.com>", body,
           extra=[("In-Reply-To", M21_ID), ("References", M21_ID)])
    add(22, when, m, dict(category="voluntary_report", language="ar", acknowledge=True, on_time=True,
        thread_of="h144-21.eml", report_attachments=[fname],
        notes="revised report replacing h144-21 (reply in the same thread, Gmail Arabic quote header); the new "
              "attachment name differs only by '(معدل)'."))


def m23():
    when = at("2021-02-16 23:57:36")
    sent = tz(when - dt.timedelta(seconds=5), -5)
    text = """Dear GCM Regional Review team,

Please find attached the voluntary review report of the Jordan Alliance for Children in Alternative Care (JACAC), together with its statistical annex. Both documents should be read together as our submission.

Apologies for sending this so close to the deadline - I am finalising it from New York, where I am on a fellowship this semester.

With best regards,

Dr. Samer Obeidat
Research Consultant to JACAC
"""
    html = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=us-ascii"></head><body lang="EN-US">'
            '<div class="WordSection1">' + text2html(text) + '</div></body></html>\n')
    rep = make_pdf(["Jordan Alliance for Children in Alternative Care (JACAC)",
                    "Voluntary Review of the Global Compact for Migration", "Children without parental care on the move"])
    annex = make_pdf(["JACAC voluntary report - Annex: statistical tables 2018-2020"])
    body = multi("mixed", [
        multi("alternative", [leaf("text/plain", text, "us-ascii"), leaf("text/html", html, "us-ascii")],
              "_000_BN8PR04MB6210A1B2C3D4E5F6A7B8C9D0BN8PR04MB6210namp_"),
        attach("application/pdf", rep, "JACAC_GCM_Voluntary_Report_2021.pdf"),
        attach("application/pdf", annex, "JACAC_Annex_Statistics.pdf")],
        "_004_BN8PR04MB6210A1B2C3D4E5F6A7B8C9D0BN8PR04MB6210namp_")
    m = mk(when, sent, "mail-bn8nam04.outbound.protection.example.com", "40.107.100.53", "4DgR8s1Nqwz6",
           "Samer Obeidat <s.obeidat@columbia-fellows.example.edu>", "JACAC voluntary report (with annex)",
           "<BN8PR04MB6210A1B2C3D4E5F6A7B8C9D0@BN8PR04MB6210.namprd04.prod.outlook.example.com>", body,
           extra=[("Content-Language", "en-US"), ("X-MS-Has-Attach", "yes")])
    add(23, when, m, dict(category="voluntary_report", language="en", acknowledge=True, on_time=True,
        report_attachments=["JACAC_GCM_Voluntary_Report_2021.pdf", "JACAC_Annex_Statistics.pdf"],
        notes="deadline edge: Date 'Tue, 16 Feb 2021 16:57 -0500' (New York) is 23:57 Beirut: ON TIME by under "
              "3 minutes; two PDFs that together make up the report (report + annex); sender is a consultant "
              "with a university-style address."))


def m24():
    when = at("2021-02-17 00:05:14")
    sent = tz(when - dt.timedelta(seconds=4), 1)
    text = """Bonsoir,

ci-joint le rapport volontaire du Réseau tunisien des travailleurs sociaux pour l'enfance (RTTSE) pour l'examen régional du PMM.
Désolée pour le retard, on a eu des coupures d'internet toute la soirée à Kairouan... j'espère qu'il sera quand même pris en compte.

Bien à vous,
Sonia Ben Salah
RTTSE
"""
    html = '<div dir="ltr">' + text2html(text) + "</div>\n"
    pdf = make_pdf(["Reseau tunisien des travailleurs sociaux pour l'enfance (RTTSE)",
                    "Rapport volontaire - Examen regional du PMM", "Fevrier 2021"])
    fname = "RTTSE_rapport_volontaire_PMM.pdf"
    body = multi("mixed", [multi("alternative", [leaf("text/plain", text), leaf("text/html", html)],
                                 "0000000000008f2d6b05bb6e91a4"),
                           attach("application/pdf", pdf, fname)], "0000000000008f2d6d05bb6e91a6")
    m = mk(when, sent, "mail-ej1-f53.google.example.com", "209.85.218.53", "4DgRF90Zc4z3",
           "Sonia Ben Salah <sonia.bensalah.rttse@gmail.example.com>", "Rapport volontaire RTTSE - PMM",
           "<CAN3yU6iO9pA2sD5fG8hJ1kL4zX7cV0bN3mQ@mail.gmail.example.com>", body)
    add(24, when, m, dict(category="voluntary_report", language="fr", acknowledge=True, on_time=False,
        report_attachments=[fname],
        notes="deadline edge: Date 'Tue, 16 Feb 2021 23:05 +0100' (Tunisia) looks like the deadline day but is "
              "00:05 on 17 Feb in Beirut: LATE."))


def main():
    for f in (m01, m02, m03, m04, m05, m06, m07, m08, m09, m10, m11, m12, m13, m14, m15, m16, m17, m18, m19,
              m20, m21, m22, m23, m24):
        f()
    SET.write()


if __name__ == "__main__":
    main()
