#!/usr/bin/env python3
"""Write the blind evaluation set holdout137 (24 raw .eml messages + labels.json).

Deterministic, standard library only:  python3 tests/data/make_eval_sets137.py
Theme: climate and environmental displacement: NGOs, researchers and farmers' groups working on drought,
water scarcity, sea-level rise and desertification (Sahel-Maghreb, Iraq marshes, Nile delta, Yemen).
"""
import datetime as dt
import json
import os
from email.message import Message
from mailgen import (HERE, BOX, POL, rfcdate, at, tz, hdr, re_hdr, addr, leaf, multi,
                     html_wrap, esc, text2html, flowed, make_pdf, make_docx, make_png, DOCX,
                     rfc2231, b_word, received, top, serialize, sp, std_rows)
from mailgen import POSTFIX_NOTICE

OUT = os.path.join(HERE, "holdout137")


# ---------------------------------------------------------------- message assembly


MESSAGES = []


def add(num, when, msg, label):
    fname = "h137-%02d.eml" % num
    lab = {"file": fname, "received_at": when.isoformat()}
    lab.update(label)
    full = {k: lab.get(k) for k in ["file", "received_at", "category", "language", "acknowledge", "on_time",
                                    "speakers", "report_attachments", "thread_of", "notes"]}
    for k, default in (("speakers", []), ("report_attachments", []), ("thread_of", None)):
        if full[k] is None and default is not None:
            full[k] = default
    MESSAGES.append((fname, serialize(msg), full))


# ================================================================ the 24 messages


def m01():
    # en, other: question about report format, Gmail multipart/alternative, sender in Aden (+03:00)
    when = at("2021-01-28 11:42:10")
    sent = when - dt.timedelta(seconds=21)
    text = """Hello,

We are a small NGO in Hodeidah working with fishing families who are losing their homes to coastal erosion and the flooding of the Tihama coast. We read the invitation letter and we want to prepare a report but we have some questions:

- is there a template or max number of pages?
- can we write it in Arabic only or does it need English version also?
- can two organisations send one report together (we work with a partner in Aden)?

Sorry if these are answered somewhere, we could not find it.

Thanks a lot
Waleed

--
Waleed Saeed Bamatraf
Tihama Coastal Communities Initiative
Hodeidah - Yemen
"""
    html = '<div dir="ltr">' + text2html(text).replace("<p>--", "<p>-- ") + "</div>\n"
    body = multi("alternative", [leaf("text/plain", text, "UTF-8"), leaf("text/html", html, "UTF-8")],
                 "0000000000007a1c3e05b9f0d2a4")
    rows = std_rows(when, "mail-ed1-f54.google.example.com", "209.85.208.54", "4DRk1f0Qm3z2",
                    "Waleed Bamatraf <waleed.bamatraf@gmail.example.com>",
                    "questions about the voluntary report", rfcdate(tz(sent, 3)),
                    "<CAJx7nQe0sF3kD9pL2vR6tY1uW8aZ4cB5mN0hG7jK3qX9eT2yA@mail.gmail.example.com>",
                    ret="waleed.bamatraf@gmail.example.com")
    add(1, when, top(body, rows), dict(category="other", language="en", acknowledge=True, on_time=None,
        notes="questions about the voluntary report (template, length, language, joint report): keyword-heavy "
              "('report', 'invitation letter') but nothing is submitted and no speaker is proposed."))


M02_ID = "<DB8PR03MB5211C4E0A7F2B39D1E6A8C55B4F09@DB8PR03MB5211.eurprd03.prod.outlook.example.com>"


def m02():
    # en, speaker for someone else; named in full once, then only 'Dr. Al-Jabouri'; Outlook
    when = at("2021-01-30 14:05:33")
    sent = when - dt.timedelta(seconds=40)
    text = """Dear colleagues,

Thank you for the invitation to the Regional Review of the GCM in the Arab region.

On behalf of the Iraqi Green Wetlands Society, I would like to propose Dr. Hadeel Kareem Al-Jabouri as a speaker for the conference. Dr. Al-Jabouri is a Senior Researcher at the Marshlands Research Centre, University of Basrah, and has been documenting the displacement of buffalo herders and fishing households from the Central and Hawizeh marshes since the 2018 drought, when salinity in the Shatt al-Arab reached record levels.

We think her work fits best in the third thematic roundtable. Dr. Al-Jabouri can speak in Arabic or English and will connect from Basra.

Please let me know if you need a short bio or a photo.

Kind regards,

Noor Salman
Programme Manager
Iraqi Green Wetlands Society
Baghdad, Iraq
Tel: +964 770 000 1234
"""
    html = ('<html xmlns:o="urn:schemas-microsoft-com:office:office"><head><meta http-equiv="Content-Type" '
            'content="text/html; charset=utf-8"><style><!-- p.MsoNormal {margin:0cm; font-size:11.0pt; '
            'font-family:"Calibri",sans-serif;} --></style></head><body lang="EN-US"><div class="WordSection1">\n'
            + "\n".join('<p class="MsoNormal">%s<o:p></o:p></p><p class="MsoNormal"><o:p>&nbsp;</o:p></p>'
                        % "<br>\n".join(esc(x) for x in para.split("\n"))
                        for para in text.strip().split("\n\n"))
            + "\n</div></body></html>\n")
    body = multi("alternative", [leaf("text/plain", text, "us-ascii", "quoted-printable"),
                                 leaf("text/html", html, "us-ascii", "quoted-printable")],
                 "_000_DB8PR03MB5211C4E0A7F2B39D1E6A8C55B4F09DB8PR03MB5211eurp_")
    rows = std_rows(when, "EUR03-DB5-obe.outbound.protection.outlook.example.com", "40.107.4.61", "4DSb2H1kLpz7",
                    "Noor Salman <noor.salman@igws-iraq.example.org>",
                    "Speaker nomination - Regional Review of the GCM", rfcdate(tz(sent, 3)), M02_ID,
                    ret="noor.salman@igws-iraq.example.org",
                    extra=[("Thread-Topic", "Speaker nomination - Regional Review of the GCM"),
                           ("Thread-Index", "AdbG3kQ2mV1xZ0nJTm6kH2b1cXe9Pg=="),
                           ("Content-Language", "en-US")])
    rows += [("X-MS-Has-Attach", ""), ("X-Mailer", "Microsoft Outlook 16.0")]
    add(2, when, top(body, rows), dict(category="speaker_request", language="en", acknowledge=True, on_time=True,
        speakers=[sp("Hadeel Kareem Al-Jabouri", "Senior Researcher",
                     "Marshlands Research Centre, University of Basrah", ["roundtable"], 3)],
        notes="the speaker is not the sender; full name given once ('Dr. Hadeel Kareem Al-Jabouri'), afterwards only "
              "'Dr. Al-Jabouri'; affiliation includes the parent university; roundtable written 'the third thematic "
              "roundtable'; the sender's own title/organisation in the signature are decoys."))


M03_ID = "<7c1e4b2a-93f0-4d8e-b5a1-2f6c0e9d4a37@rsmcm.example.org>"


def m03():
    # fr, network coordinator, three speakers one per line; Thunderbird format=flowed, Rabat (+01:00)
    when = at("2021-02-01 16:20:05")
    sent = when - dt.timedelta(seconds=17)
    text = """Madame, Monsieur,

Au nom du Réseau Sahel-Maghreb Climat et Mobilités (RSMCM), qui regroupe une trentaine d'associations, de centres de recherche et d'organisations paysannes travaillant sur la sécheresse, la désertification et les mobilités qui en découlent, je vous remercie pour votre invitation à l'Examen régional du Pacte mondial sur les migrations.

Notre réseau souhaite proposer trois intervenant(e)s, issu(e)s de nos organisations membres :

1. Mme Khadija Amrani, chargée de plaidoyer, Association Oasis Vivantes (Errachidia)
2. DIALLO Mamadou, chercheur associé, Laboratoire d'études sur les dynamiques sahéliennes (LEDS), Université Abdou Moumouni de Niamey
3. M. Slim Ben Youssef, président, Union des agriculteurs du Cap Bon

Nous souhaiterions que Mme Amrani prenne part à la discussion ouverte de la consultation du 23 février, que M. Diallo intervienne dans la table ronde thématique n°2 et M. Ben Youssef en séance plénière.

Je reste à votre disposition pour toute information complémentaire (CV, photos).

Bien cordialement,

-- 
Fatima-Zahra Lamrini
Coordinatrice régionale
Réseau Sahel-Maghreb Climat et Mobilités (RSMCM)
Rabat - Maroc
"""
    body = leaf("text/plain", flowed(text), "UTF-8", "8bit", params=[("format", "flowed")])
    body.replace_header("Content-Type", 'text/plain; charset=UTF-8; format=flowed')
    rows = std_rows(when, "mail.rsmcm.example.org", "196.200.131.18", "4DTs8q2Nbmz1",
                    addr("Fatima-Zahra Lamrini", "fz.lamrini@rsmcm.example.org"),
                    hdr("Proposition de trois intervenant·e·s – RSMCM", enc="Q"), rfcdate(tz(sent, 1)), M03_ID,
                    ret="fz.lamrini@rsmcm.example.org")
    rows += [("User-Agent", "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:78.0) Gecko/20100101 Thunderbird/78.7.0"),
             ("Content-Language", "fr")]
    add(3, when, top(body, rows), dict(category="speaker_request", language="fr", acknowledge=True, on_time=True,
        speakers=[sp("Khadija Amrani", "chargée de plaidoyer", "Association Oasis Vivantes", ["open_discussion"]),
                  sp("Mamadou Diallo", "chercheur associé",
                     "Laboratoire d'études sur les dynamiques sahéliennes (LEDS), Université Abdou Moumouni de Niamey",
                     ["roundtable"], 2),
                  sp("Slim Ben Youssef", "président", "Union des agriculteurs du Cap Bon", ["plenary"])],
        notes="network coordinator (not a speaker) proposes three speakers from member organisations, one per line "
              "'name, post, organisation'; roles assigned in a separate sentence; second speaker written SURNAME "
              "first in capitals ('DIALLO Mamadou'); city in parentheses after the first organisation is not part "
              "of it; parent university kept for the second; Thunderbird format=flowed 8bit."))


def m04():
    # ar (Moroccan darija), farmers' cooperative president, title after the name; iPhone base64, +01:00
    when = at("2021-02-02 20:11:47")
    sent = when - dt.timedelta(seconds=26)
    text = """السلام عليكم ورحمة الله

انا الحسين أوبلا رئيس تعاونية واحة النخيل الفلاحية بمحاميد الغزلان، إقليم زاكورة.
سمعنا من واحد الجمعية بلي كاين مؤتمر ديال الأمم المتحدة على الهجرة وبغينا نشاركو. الفلاحة عندنا تقريبا ماتت بالجفاف، الخطارات نشفو والرملة دخلات للواحة، والشباب كاملين مشاو لكازا ولا لبرا.

بغيت ناخد الكلمة ف الجلسة العامة ديال المؤتمر نهار 24 ولا 25 فبراير باش نهضر على هاد الشي اللي كايوقع للفلاحة الصغار.
ماعنديش بزاف ديال التجربة مع هاد الاجتماعات، إلا خاصكم شي وراق قولوها ليا.

وشكرا بزاف

أرسلت من iPhone
"""
    body = leaf("text/plain", text, "utf-8", "base64")
    rows = std_rows(when, "smtp.menara.example.ma", "41.248.17.203", "4DVc0yT7rXz4",
                    addr("Lahcen Oubella", "oubella.lahcen@menara.example.ma"),
                    hdr("المشاركة ف المؤتمر"), rfcdate(tz(sent, 1)),
                    "<A3F09C12-6B7E-4D21-8E5A-C94B1D0F7E22@menara.example.ma>",
                    ret="oubella.lahcen@menara.example.ma")
    rows += [("X-Mailer", "iPhone Mail (18C66)")]
    add(4, when, top(body, rows), dict(category="speaker_request", language="ar", acknowledge=True, on_time=True,
        speakers=[sp("الحسين أوبلا", "رئيس", "تعاونية واحة النخيل الفلاحية", ["plenary"])],
        notes="Moroccan darija; farmers' cooperative president introduces himself with the title after the name "
              "('انا الحسين أوبلا رئيس تعاونية ...') and the place glued to the name with ب ('بمحاميد الغزلان'); "
              "'الجلسة العامة' = plenary; From display name is in Latin script (Lahcen Oubella); iPhone base64."))


def m05():
    # en, HTML-only Gmail; speaker for someone else with two roles
    when = at("2021-02-02 22:30:10")
    sent = when - dt.timedelta(seconds=33)
    html = """<div dir="ltr"><div>hi team,</div><div><br></div><div>hope you are all well. I&#39;m writing from Aden Youth for Climate Action (AYCA) - we are a youth-led group working on heat, water shortages and the families pushed out of the coastal villages around Aden and Abyan.</div><div><br></div><div>Our Programme Lead for Climate Resilience, Ms. Sara Ba-Wazir, would love to join the <b>open discussion</b> on 23 Feb. She is also happy to be the <b>rapporteur</b> and present the key messages if you still need someone for that :)</div><div><br></div><div>She speaks Arabic + English.</div><div><br></div><div>thanks!!</div><div>Mohammed</div><div><br></div><div>--</div><div><span style="color:rgb(0,128,0)">Mohammed Al-Aidarous | Volunteer Coordinator</span></div><div><span style="color:rgb(0,128,0)">AYCA | Aden, Yemen</span></div></div>
"""
    body = leaf("text/html", html, "UTF-8", "quoted-printable")
    rows = std_rows(when, "mail-wm1-f66.google.example.com", "209.85.128.66", "4DVhKq5Twbz9",
                    "Mohammed Al-Aidarous <ayca.aden@gmail.example.com>",
                    "AYCA - participation in the 23 Feb consultation", rfcdate(tz(sent, 3)),
                    "<CAHp2Lq9vN4yT8wX1cR5zB7mE3kJ0fG6aD2sU9oI4hQ8nV5rM1w@mail.gmail.example.com>",
                    ret="ayca.aden@gmail.example.com")
    add(5, when, top(body, rows), dict(category="speaker_request", language="en", acknowledge=True, on_time=True,
        speakers=[sp("Sara Ba-Wazir", "Programme Lead for Climate Resilience", "Aden Youth for Climate Action (AYCA)",
                     ["open_discussion", "rapporteur"])],
        notes="HTML-only Gmail message (no text/plain part); speaker is a colleague of the sender, title before the "
              "name ('Our Programme Lead for Climate Resilience, Ms. Sara Ba-Wazir'); two roles, the second "
              "conditional; sender's signature title ('Volunteer Coordinator') is a decoy."))


M06_ID = "<AM6PR08MB4423E1F7C90B5A2D3C6E8F01A7B2@AM6PR08MB4423.eurprd08.prod.outlook.example.com>"
M06_PDF = "NileDelta_SLR_GCM_Voluntary_Review_2021.pdf"


def m06():
    # en, voluntary report as PDF with a long English title in the body; Outlook with inline logo
    when = at("2021-02-03 12:15:00")
    sent = when - dt.timedelta(seconds=44)
    text = """Dear Regional Review Secretariat,

Please find attached the voluntary GCM review report of the Delta Coastal Livelihoods Forum (DCLF), entitled:

"Rising Seas, Sinking Fields: Soil Salinization, Livelihood Loss and Internal Mobility in the Northern Nile Delta - A Civil Society Review of the Implementation of GCM Objectives 2, 5 and 23 in Kafr El-Sheikh, Damietta and Beheira Governorates (2018-2020)"

The report was prepared with farmers' associations and fishing cooperatives around Lake Burullus and Lake Manzala and is based on 140 household interviews.

We would be grateful if you could confirm receipt.

Best regards,

Amr Hegazy
Research Coordinator | Delta Coastal Livelihoods Forum (DCLF)
Mansoura, Egypt
"""
    html = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>'
            '<body lang="EN-GB"><div class="WordSection1">\n' + text2html(text).replace(
                "<p>Amr Hegazy", '<p><img width="120" height="40" src="cid:image001.png@01D6FA1B.5C3E2D40" '
                'alt="DCLF logo"><br>\nAmr Hegazy') + "\n</div></body></html>\n")
    alt = multi("alternative", [leaf("text/plain", text, "utf-8"), leaf("text/html", html, "utf-8")],
                "_000_AM6PR08MB4423E1F7C90B5A2D3C6E8F01A7B2AM6PR08MB4423eurp_")
    png = leaf("image/png", make_png(12, 4, (20, 110, 60)), cte="base64",
               params=[("name", '"image001.png"')], disp='inline; filename="image001.png"',
               extra=[("Content-ID", "<image001.png@01D6FA1B.5C3E2D40>")])
    rel = multi("related", [alt, png], "_004_AM6PR08MB4423E1F7C90B5A2D3C6E8F01A7B2AM6PR08MB4423eurp_",
                params=[("type", '"multipart/alternative"')])
    pdf = make_pdf(["Delta Coastal Livelihoods Forum (DCLF)", "Rising Seas, Sinking Fields",
                    "Soil Salinization, Livelihood Loss and Internal Mobility in the Northern Nile Delta",
                    "Voluntary GCM Review - Objectives 2, 5 and 23", "February 2021"])
    att = leaf("application/pdf", pdf, cte="base64", params=[("name", '"%s"' % M06_PDF)],
               disp='attachment; filename="%s"; size=%d' % (M06_PDF, len(pdf)))
    body = multi("mixed", [rel, att], "_005_AM6PR08MB4423E1F7C90B5A2D3C6E8F01A7B2AM6PR08MB4423eurp_")
    rows = std_rows(when, "EUR05-AM6-obe.outbound.protection.outlook.example.com", "40.107.22.83", "4DWR6m3Ccqz5",
                    '"Amr Hegazy (DCLF)" <a.hegazy@dclf-egypt.example.org>',
                    "DCLF voluntary GCM review report", rfcdate(tz(sent, 2)), M06_ID,
                    ret="a.hegazy@dclf-egypt.example.org",
                    extra=[("Thread-Topic", "DCLF voluntary GCM review report"),
                           ("Thread-Index", "AdbJv4m0Wq7Zk2YxR0ChbN3sT1uQvw==")])
    rows += [("X-MS-Has-Attach", "yes"), ("Content-Language", "en-GB")]
    add(6, when, top(body, rows), dict(category="voluntary_report", language="en", acknowledge=True, on_time=True,
        report_attachments=[M06_PDF],
        notes="voluntary report as PDF; the long English report title is quoted in the body; Outlook "
              "multipart/mixed[related[alternative, inline logo image001.png], PDF]: the logo is not part of the "
              "report; no speaker despite a named sender with title."))


def m07():
    # fr, follow-up to m03: one speaker replaced; Thunderbird reply with '>' quoting
    when = at("2021-02-04 09:02:44")
    sent = when - dt.timedelta(seconds=15)
    text = """Madame, Monsieur,

Suite à mon message du 1er février, je vous informe que M. Slim Ben Youssef ne pourra finalement pas participer (récolte et réunion du conseil régional le même jour).

L'Union des agriculteurs du Cap Bon propose à sa place Mme Houda Jlassi, vice-présidente de l'Union, pour la même intervention en plénière. Les deux autres propositions (Mme Amrani et M. Diallo) restent inchangées.

Avec mes excuses pour ce changement,

Fatima-Zahra Lamrini
RSMCM

Le 01/02/2021 à 15:19, Fatima-Zahra Lamrini a écrit :
> Madame, Monsieur,
>
> Au nom du Réseau Sahel-Maghreb Climat et Mobilités (RSMCM), qui regroupe une trentaine d'associations, de centres de recherche et d'organisations paysannes travaillant sur la sécheresse, la désertification et les mobilités qui en découlent, je vous remercie pour votre invitation à l'Examen régional du Pacte mondial sur les migrations.
>
> Notre réseau souhaite proposer trois intervenant(e)s, issu(e)s de nos organisations membres :
>
> 1. Mme Khadija Amrani, chargée de plaidoyer, Association Oasis Vivantes (Errachidia)
> 2. DIALLO Mamadou, chercheur associé, Laboratoire d'études sur les dynamiques sahéliennes (LEDS), Université Abdou Moumouni de Niamey
> 3. M. Slim Ben Youssef, président, Union des agriculteurs du Cap Bon
>
> Nous souhaiterions que Mme Amrani prenne part à la discussion ouverte de la consultation du 23 février, que M. Diallo intervienne dans la table ronde thématique n°2 et M. Ben Youssef en séance plénière.
>
> Je reste à votre disposition pour toute information complémentaire (CV, photos).
>
> Bien cordialement,
>
"""
    body = leaf("text/plain", flowed(text), "UTF-8", "8bit", params=[("format", "flowed")])
    rows = std_rows(when, "mail.rsmcm.example.org", "196.200.131.18", "4DXm1b8Fhkz6",
                    addr("Fatima-Zahra Lamrini", "fz.lamrini@rsmcm.example.org"),
                    hdr("Re: Proposition de trois intervenant·e·s – RSMCM", enc="Q"), rfcdate(tz(sent, 1)),
                    "<e51a0f3c-2b7d-4c91-a8e6-0d4f9b3c7e12@rsmcm.example.org>",
                    ret="fz.lamrini@rsmcm.example.org",
                    extra=[("In-Reply-To", M03_ID), ("References", M03_ID)])
    rows += [("User-Agent", "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:78.0) Gecko/20100101 Thunderbird/78.7.0"),
             ("Content-Language", "fr")]
    add(7, when, top(body, rows), dict(category="speaker_request", language="fr", acknowledge=True, on_time=True,
        speakers=[sp("Houda Jlassi", "vice-présidente", "Union des agriculteurs du Cap Bon", ["plenary"])],
        thread_of="h137-03.eml",
        notes="follow-up replacing one of three speakers of h137-03: only the new speaker is proposed here, the role "
              "is given by reference ('pour la même intervention en plénière'); the other two names and the quoted "
              "original list are not new proposals; organisation named before the title ('de l'Union')."))


M08_DOCX = "GCM_Voluntary_Review_Taiz_2021.docx"


def m08():
    # ar MSA, both: DOCX report + rapporteur request in an HTML table; Outlook base64, Yemen (+03:00)
    when = at("2021-02-04 13:40:20")
    sent = when - dt.timedelta(seconds=52)
    intro = ("السادة/ الأمانة الفنية للاستعراض الإقليمي للاتفاق العالمي من أجل الهجرة الآمنة والمنظمة والنظامية\n"
             "المحترمين\n\nتحية طيبة وبعد،،\n\n"
             "يسرنا أن نرفق لكم التقرير الطوعي لمؤسسة الأرض الطيبة للتنمية حول أثر شح المياه والجفاف المتكرر على "
             "النزوح الداخلي في محافظة تعز والمناطق الريفية المحيطة بها، وذلك مساهمةً منا في الاستعراض الإقليمي.\n\n"
             "كما نود ترشيح ممثل عن المؤسسة للتحدث خلال المؤتمر وفق البيانات التالية:")
    rows_t = [("الاسم", "م. عبدالله أحمد الحكيمي"), ("المسمى الوظيفي", "مدير برنامج المياه والإصحاح"),
              ("الجهة", "مؤسسة الأرض الطيبة للتنمية - تعز"), ("الدور المطلوب", "مقرر لعرض الرسائل الرئيسية")]
    outro = "وتفضلوا بقبول فائق الاحترام والتقدير،،\n\nأمة الرحمن الشرعبي\nمسؤولة المشاريع\nمؤسسة الأرض الطيبة للتنمية\nتعز – الجمهورية اليمنية"
    plain = intro + "\n\n" + "\n".join("%s\t%s" % r for r in rows_t) + "\n\n" + outro + "\n"
    table = ('<table border="1" cellspacing="0" cellpadding="4" dir="rtl" style="border-collapse:collapse">\n'
             + "\n".join('<tr><td style="background:#DEEAF6"><b>%s</b></td><td>%s</td></tr>' % (esc(a), esc(b))
                         for a, b in rows_t) + "\n</table>")
    html = html_wrap('<div dir="rtl" style="font-family:Simplified Arabic;font-size:14pt">\n' + text2html(intro)
                     + "\n" + table + "\n" + text2html(outro) + "\n</div>", "rtl")
    alt = multi("alternative", [leaf("text/plain", plain, "utf-8", "base64"), leaf("text/html", html, "utf-8", "base64")],
                "_000_VI1PR02MB5874A9C3E71F2D08B4C6E5F3A2D1VI1PR02MB5874eurp_")
    docx = make_docx(["Good Land Foundation for Development - Taiz, Yemen",
                      "Voluntary GCM Review Report (2021)",
                      "Water scarcity, recurrent drought and internal displacement in Taiz governorate",
                      "1. Context  2. GCM Objectives 2 and 5  3. Recommendations"])
    att = leaf(DOCX, docx, cte="base64", params=[("name", '"%s"' % M08_DOCX)],
               disp='attachment; filename="%s"; size=%d' % (M08_DOCX, len(docx)))
    body = multi("mixed", [alt, att], "_004_VI1PR02MB5874A9C3E71F2D08B4C6E5F3A2D1VI1PR02MB5874eurp_")
    rows = std_rows(when, "EUR02-VI1-obe.outbound.protection.outlook.example.com", "40.107.0.95", "4DXs3dP0Wnz2",
                    addr("أمة الرحمن الشرعبي", "projects@goodland-ye.example.org"),
                    hdr("التقرير الطوعي وترشيح متحدث - مؤسسة الأرض الطيبة للتنمية"), rfcdate(tz(sent, 3)),
                    "<VI1PR02MB5874A9C3E71F2D08B4C6E5F3A2D1@VI1PR02MB5874.eurprd02.prod.outlook.example.com>",
                    ret="projects@goodland-ye.example.org")
    rows += [("X-MS-Has-Attach", "yes"), ("Content-Language", "ar-SA")]
    add(8, when, top(body, rows), dict(category="both", language="ar", acknowledge=True, on_time=True,
        speakers=[sp("عبدالله أحمد الحكيمي", "مدير برنامج المياه والإصحاح", "مؤسسة الأرض الطيبة للتنمية",
                     ["rapporteur"])],
        report_attachments=[M08_DOCX],
        notes="report (DOCX, English content) and speaker request in one Outlook message; speaker details in an HTML "
              "table (tab-separated in the base64 text part); 'م.' (engineer) honorific dropped; ' - تعز' after the "
              "organisation is the city; the female sender's signature is a decoy."))


def m09():
    # fr, other: questions from a Senegal river valley farmers' organisation; Gmail, +00:00
    when = at("2021-02-04 17:55:00")
    sent = when - dt.timedelta(seconds=12)
    text = """Bonjour,

Je suis membre du bureau d'une fédération de producteurs de la vallée du fleuve Sénégal (Podor). Avec la salinisation et la baisse des crues beaucoup de nos jeunes partent vers la Mauritanie, le Maroc ou l'Espagne.

J'ai 2 questions svp :
- est ce que la consultation du 23 février est ouverte aux organisations qui n'ont pas le statut consultatif ECOSOC ?
- il y aura une interprétation en français ou tout se passe en anglais et arabe ?

Si c'est possible nous aimerions peut-être intervenir, mais je dois d'abord consulter notre bureau et je reviendrai vers vous.

Merci d'avance
Ousmane Ba
"""
    html = '<div dir="ltr">' + text2html(text) + "</div>\n"
    body = multi("alternative", [leaf("text/plain", text, "UTF-8"), leaf("text/html", html, "UTF-8")],
                 "000000000000c4f2e805ba8a7b19")
    rows = std_rows(when, "mail-wr1-f41.google.example.com", "209.85.221.41", "4DXz7Lk2Pvz8",
                    "Ousmane Ba <ousmane.ba.podor@gmail.example.com>",
                    "Questions consultation 23 fevrier", rfcdate(tz(sent, 0)),
                    "<CAL8wR2nF5qV9xD3hJ7kT1mB4zC6sE0yP2uA8gN5oI3rW7vX1cQ@mail.gmail.example.com>",
                    ret="ousmane.ba.podor@gmail.example.com")
    add(9, when, top(body, rows), dict(category="other", language="fr", acknowledge=True, on_time=None,
        notes="questions (eligibility, interpretation); a vague wish to speak that is explicitly deferred "
              "('je dois d'abord consulter notre bureau'): no speaker is proposed."))


M10_PDF = "Rapport OLEM - examen volontaire PMM 2021.pdf"


def m10():
    # fr (Lebanese), both: PDF report + the sender proposes herself for the plenary; Apple Mail
    when = at("2021-02-05 10:12:30")
    sent = when - dt.timedelta(seconds=20)
    text = """Bonjour,

J'espère que vous allez bien.

Je vous prie de trouver ci-joint le rapport d'examen volontaire de l'Observatoire libanais de l'eau et des migrations (OLEM) sur la mise en œuvre du Pacte mondial au Liban. Le rapport porte surtout sur la sécheresse dans la Békaa et le Akkar, l'effondrement de l'agriculture irriguée et les déplacements des travailleurs agricoles syriens et libanais.

Par la même occasion, je voudrais me proposer pour une intervention lors de la session plénière du 24 ou du 25 février, pour présenter brièvement les conclusions du rapport.

Je vous remercie d'avance pour votre collaboration et je reste à votre disposition.

Bien à vous,

Rima Khoury Nassar
Directrice de recherche, OLEM
Beyrouth, Liban
+961 1 000 000
"""
    html = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>'
            '<body style="word-wrap: break-word; -webkit-nbsp-mode: space; line-break: after-white-space;" class="">'
            + "".join('<div class="">%s</div><div class=""><br class=""></div>' % "<br class="">".join(esc(x) for x in p.split("\n"))
                      for p in text.strip().split("\n\n")) + "</body></html>\n")
    alt = multi("alternative", [leaf("text/plain", text, "utf-8"), leaf("text/html", html, "utf-8")],
                "Apple-Mail=_5B7C2E90-1F4A-4D3B-9E8C-7A6D5F4E3C2B")
    pdf = make_pdf(["Observatoire libanais de l'eau et des migrations (OLEM)",
                    "Examen volontaire du Pacte mondial sur les migrations - Liban 2021",
                    "Secheresse, agriculture irriguee et mobilites dans la Bekaa et le Akkar"])
    att = leaf("application/pdf", pdf, cte="base64",
               params=[("x-unix-mode", "0644"), ("name", '"%s"' % M10_PDF)],
               disp='attachment;\r\n\tfilename="%s"' % M10_PDF)
    body = multi("mixed", [alt, att], "Apple-Mail=_0D3E2F1A-8B7C-4E6D-A5F4-3C2B1A0E9D8F")
    rows = std_rows(when, "mail.olem-lb.example.org", "185.94.36.12", "4DYK0vS5Gmz3",
                    "Rima Khoury Nassar <r.khourynassar@olem-lb.example.org>",
                    hdr("Rapport d'examen volontaire OLEM + demande d'intervention", enc="Q"), rfcdate(tz(sent, 2)),
                    "<3E8B1C7D-2A9F-4F60-B4D1-6C5E7A8B9D0F@olem-lb.example.org>",
                    ret="r.khourynassar@olem-lb.example.org")
    rows += [("X-Mailer", "Apple Mail (2.3654.40.0.2.32)")]
    add(10, when, top(body, rows), dict(category="both", language="fr", acknowledge=True, on_time=True,
        speakers=[sp("Rima Khoury Nassar", "Directrice de recherche",
                     "Observatoire libanais de l'eau et des migrations (OLEM)", ["plenary"])],
        report_attachments=[M10_PDF],
        notes="report and self-nomination ('je voudrais me proposer'): the speaker is the sender, her title only "
              "in the signature next to the acronym; the full organisation name only in the report sentence; "
              "Apple Mail, attachment name with spaces."))


def m11():
    # en, deadline edge on time: 23:48 Beirut on 5 Feb, Date header already 6 Feb (+03:00); iPhone
    when = at("2021-02-05 23:48:09")
    sent = when - dt.timedelta(seconds=18)
    text = """Hi,
Sorry for the late mail, power cut all evening here in Basra. We would like to nominate our director to speak in the plenary session:

Ali Kadhim Al-Maliki
Basra Water Justice Initiative
Founding Director

He worked 12 years on the salt water coming up the Shatt al-Arab and the farmers leaving Abu al-Khasib and Fao.

Thank you
Zainab

Sent from my iPhone"""
    body = leaf("text/plain", text, "us-ascii", "7bit")
    rows = std_rows(when, "mail.bwji-iq.example.org", "37.239.52.14", "4DYt9Rz1Kqz6",
                    "Zainab Hamid <zainab@bwji-iq.example.org>",
                    "Plenary speaker", rfcdate(tz(sent, 3)),
                    "<F1C2D3E4-5A6B-4C7D-8E9F-0A1B2C3D4E5F@bwji-iq.example.org>",
                    ret="zainab@bwji-iq.example.org")
    rows += [("X-Mailer", "iPhone Mail (18D52)")]
    add(11, when, top(body, rows), dict(category="speaker_request", language="en", acknowledge=True, on_time=True,
        speakers=[sp("Ali Kadhim Al-Maliki", "Founding Director", "Basra Water Justice Initiative", ["plenary"])],
        notes="deadline edge: received 23:48:09 Beirut on Fri 5 Feb (on time) but the Date header reads 'Sat, 6 Feb "
              "2021 00:47:51 +0300'; apology for lateness; speaker details in three lines with the organisation "
              "before the title; sender signs with first name only."))


def m12():
    # ar (Gulf/Iraqi colloquial), two speakers in prose; edge on time; sender in Dubai (+04:00)
    when = at("2021-02-05 23:56:40")
    sent = when - dt.timedelta(seconds=18)
    text = """مساء الخير

حبينا نرشح اثنين من ربعنا للمؤتمر قبل لا يسكر باب التسجيل الليلة. الأول الأستاذ كاظم جبار الغانمي، منسق مشروع إحياء الأهوار في جمعية حماة الأهوار العراقية، يبي يشارك في المائدة المستديرة الرابعة لأن موضوعه الرعاة وجفاف هور الحويزة. والثانية الدكتورة سلوى عبد الأمير، باحثة في التغير المناخي بنفس الجمعية، ودها تكون في النقاش المفتوح يوم ٢٣ فبراير.

اذا تبون سيرهم الذاتية نرسلها باجر ان شاء الله.

مع التحية
حسين الموسوي
جمعية حماة الأهوار العراقية | مكتب دبي
"""
    html = '<div dir="rtl">' + text2html(text) + "</div>\n"
    body = multi("alternative", [leaf("text/plain", text, "UTF-8", "base64"), leaf("text/html", html, "UTF-8", "base64")],
                 "000000000000e91b7d05baa1c6f0")
    rows = std_rows(when, "mail-pj1-f43.google.example.com", "209.85.216.43", "4DZ0pW4Hxvz1",
                    addr("حسين الموسوي", "h.almousawi.marshes@gmail.example.com"),
                    hdr("ترشيح متحدثين - جمعية حماة الأهوار"), rfcdate(tz(sent, 4)),
                    "<CAN5tY8mK2pR6vB0xE4hL9qW3zD7jF1aS5cU8oG2iM6nT0yH4rA@mail.gmail.example.com>",
                    ret="h.almousawi.marshes@gmail.example.com")
    add(12, when, top(body, rows), dict(category="speaker_request", language="ar", acknowledge=True, on_time=True,
        speakers=[sp("كاظم جبار الغانمي", "منسق مشروع إحياء الأهوار", "جمعية حماة الأهوار العراقية", ["roundtable"], 4),
                  sp("سلوى عبد الأمير", "باحثة في التغير المناخي", "جمعية حماة الأهوار العراقية",
                     ["open_discussion"])],
        notes="deadline edge: received 23:56:40 Beirut on Fri 5 Feb (on time), Date header 'Sat, 6 Feb 2021 01:56:22 "
              "+0400' (Dubai); Gulf/Iraqi colloquial; two speakers in one prose paragraph with honorifics "
              "(الأستاذ، الدكتورة); the second's organisation only by reference ('بنفس الجمعية'); '| مكتب دبي' "
              "in the signature is a branch, not part of the organisation; Eastern Arabic digits in the date."))


M13_ID = "<AM0PR10MB3217B6D4E2F1A09C8E7D5F3B1C6A@AM0PR10MB3217.EURPRD10.PROD.OUTLOOK.example.com>"


def m13():
    # fr (Algeria), late by 7 minutes; Date header still 5 Feb (+01:00); Outlook QP
    when = at("2021-02-06 00:07:15")
    sent = when - dt.timedelta(seconds=17)
    text = """Madame, Monsieur,

Suite à votre lettre d'invitation relative à l'Examen régional du Pacte mondial pour des migrations sûres, ordonnées et régulières, l'Association El Khadra pour la lutte contre la désertification (AKLD) a l'honneur de vous proposer la candidature de M. Tahar Bouzid, Secrétaire général de l'Association El Khadra pour la lutte contre la désertification, pour une intervention en séance plénière.

M. Bouzid travaille depuis vingt ans avec les éleveurs de la steppe de Djelfa et de Laghouat, dont beaucoup ont dû abandonner le pastoralisme à cause de l'avancée du sable et des sécheresses successives.

Veuillez agréer, Madame, Monsieur, l'expression de nos salutations distinguées.

Nacera Benaïssa
Chargée de communication
Association El Khadra – Djelfa, Algérie
"""
    html = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1252"></head>'
            '<body lang="FR"><div class="WordSection1">' + text2html(text) + "</div></body></html>\n")
    alt = multi("alternative", [leaf("text/plain", text, "windows-1252"), leaf("text/html", html, "windows-1252")],
                "_000_AM0PR10MB3217B6D4E2F1A09C8E7D5F3B1C6AAM0PR10MB3217EURP_")
    rows = std_rows(when, "EUR10-AM0-obe.outbound.protection.outlook.example.com", "40.107.10.52", "4DZ7fN2Tqcz4",
                    addr("Nacera Benaïssa", "n.benaissa@elkhadra-dz.example.org", "windows-1252", "Q"),
                    hdr("Candidature intervention séance plénière – AKLD", "windows-1252", "Q"), rfcdate(tz(sent, 1)),
                    M13_ID, ret="n.benaissa@elkhadra-dz.example.org")
    rows += [("X-MS-Has-Attach", ""), ("Content-Language", "fr-FR")]
    add(13, when, top(alt, rows), dict(category="speaker_request", language="fr", acknowledge=True,
        on_time=False,
        speakers=[sp("Tahar Bouzid", "Secrétaire général",
                     "Association El Khadra pour la lutte contre la désertification (AKLD)", ["plenary"])],
        notes="late by 7 minutes: received 00:07:15 Beirut on Sat 6 Feb while the Date header still reads 'Fri, 5 "
              "Feb 2021 23:06:58 +0100' (Algiers); title followed by the full organisation name (title is only "
              "'Secrétaire général'); fullest form with acronym in the opening sentence; sender's signature "
              "(shortened name + city) is a decoy; windows-1252 quoted-printable."))


def m14():
    # fr, automatic out-of-office reply to the acknowledgement sent for h137-13
    when = at("2021-02-06 00:09:31")
    sent = when - dt.timedelta(seconds=9)
    text = """Bonjour,

Je suis absente du bureau du 6 au 14 février inclus, avec un accès très limité à ma messagerie.
Pour toute question urgente, merci de contacter M. Tahar Bouzid (t.bouzid@elkhadra-dz.example.org).

Cordialement,
Nacera Benaïssa
Association El Khadra
"""
    body = leaf("text/plain", text, "windows-1252", "quoted-printable")
    ack_id = "<ack-20210206-000731-4f2a@gcmrrarabstates.iom.int>"
    rows = [("Return-Path", "<>"), ("Delivered-To", BOX),
            ("Received", received(when, "EUR10-AM0-obe.outbound.protection.outlook.example.com", "40.107.10.52",
                                  "4DZ7hQ5Vtfz2")),
            ("From", addr("Nacera Benaïssa", "n.benaissa@elkhadra-dz.example.org", "windows-1252", "Q")),
            ("To", "GCM Regional Review Arab States <%s>" % BOX),
            ("Subject", hdr("Réponse automatique : Accusé de réception – Candidature intervention séance plénière – AKLD",
                            "windows-1252", "Q")),
            ("Date", rfcdate(tz(sent, 1))),
            ("Message-ID", "<AM0PR10MB3217C0F5A4D2E19B7A6C8D2E4F0B@AM0PR10MB3217.EURPRD10.PROD.OUTLOOK.example.com>"),
            ("In-Reply-To", ack_id), ("References", ack_id),
            ("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All"),
            ("X-MS-Exchange-Inbox-Rules-Loop", "n.benaissa@elkhadra-dz.example.org"),
            ("Content-Language", "fr-FR")]
    add(14, when, top(body, rows), dict(category="auto_reply", language="fr", acknowledge=False, on_time=None,
        notes="French Outlook out-of-office reply ('Réponse automatique :') to the acknowledgement of h137-13; "
              "Auto-Submitted: auto-replied, null Return-Path; names a colleague (the speaker of h137-13) and an "
              "address, which must not be read as a new speaker request."))


def m15():
    # ar MSA, late speaker request citing the Arabic misprint; windows-1256 QP, Khartoum (+02:00)
    when = at("2021-02-08 10:25:00")
    sent = when - dt.timedelta(seconds=31)
    text = """السادة/ منظمو الاستعراض الإقليمي للاتفاق العالمي من أجل الهجرة في المنطقة العربية
تحية طيبة وبعد،

بالإشارة إلى خطاب الدعوة الذي حدد يوم الجمعة 23 فبراير 2021 آخر موعد لتلقي طلبات المشاركة بالحديث، يسرنا ترشيح الأستاذة آمنة عثمان إدريس، مديرة وحدة البحوث والرصد بمنظمة الساحل الأخضر للتنمية والبيئة، للمشاركة في النقاش المفتوح ضمن المشاورة متعددة أصحاب المصلحة.

تعمل الأستاذة آمنة منذ عام 2012 على رصد حركة الرعاة والمزارعين من شمال كردفان وشمال دارفور نحو المدن بسبب التصحر وتدهور المراعي، ولديها بيانات ميدانية حديثة حول هذا الموضوع.

وتفضلوا بقبول وافر الاحترام،،

عثمان الطيب
الأمين العام
منظمة الساحل الأخضر للتنمية والبيئة - الخرطوم
"""
    body = leaf("text/plain", text, "windows-1256", "quoted-printable")
    rows = std_rows(when, "mail.sahelgreen-sd.example.org", "196.29.167.8", "4Dbk2Mq7Zsz9",
                    addr("عثمان الطيب", "o.eltayeb@sahelgreen-sd.example.org", "windows-1256", "B"),
                    hdr("ترشيح للمشاركة في النقاش المفتوح", "windows-1256", "B"), rfcdate(tz(sent, 2)),
                    "<000001d6fdf2$3a9b4c10$afd1e430$@sahelgreen-sd.example.org>",
                    ret="o.eltayeb@sahelgreen-sd.example.org")
    rows += [("X-Mailer", "Microsoft Outlook 15.0"), ("Thread-Index", "Adb98jqbTBCv0eQwQ2m1Yk9sZ0x3Hg=="),
             ("Content-Language", "ar-sa")]
    add(15, when, top(body, rows), dict(category="speaker_request", language="ar", acknowledge=True, on_time=False,
        speakers=[sp("آمنة عثمان إدريس", "مديرة وحدة البحوث والرصد", "منظمة الساحل الأخضر للتنمية والبيئة",
                     ["open_discussion"])],
        notes="late (Mon 8 Feb): the sender relies on the Arabic letter's misprinted deadline 'الجمعة 23 فبراير'; "
              "speaker is not the sender, honorific 'الأستاذة' dropped, later only 'الأستاذة آمنة'; title keeps "
              "the unit; organisation glued with ب; signature title 'الأمين العام' is the sender's; windows-1256 QP."))


M16_PDF = "Rapport_volontaire_PMM_ATEO_2021.pdf"


def m16():
    # fr (Tunisia), voluntary report PDF + inline logo; Gmail multipart/related
    when = at("2021-02-10 11:03:00")
    sent = when - dt.timedelta(seconds=25)
    text = """Bonjour,

Veuillez trouver ci-joint le rapport volontaire de l'Association tunisienne de l'eau et des oasis (ATEO) dans le cadre de l'examen régional du PMM.

Le rapport traite de l'épuisement des nappes dans les oasis de Kébili et Tozeur, de la salinisation des sols et de la migration des jeunes vers Tunis, la Libye et l'Italie.

Merci de nous confirmer la bonne réception.

Cordialement
Sami Gharbi
Trésorier, ATEO
"""
    html = ('<div dir="ltr">' + text2html(text) +
            '<div><img src="cid:ii_kkz3f9a10" alt="logo_ateo.png" width="96" height="32"><br></div></div>\n')
    alt = multi("alternative", [leaf("text/plain", text, "UTF-8"), leaf("text/html", html, "UTF-8")],
                "000000000000a1b2c305bb02d4e7")
    png = leaf("image/png", make_png(16, 6, (0, 120, 180)), cte="base64", params=[("name", '"logo_ateo.png"')],
               disp='inline; filename="logo_ateo.png"',
               extra=[("Content-ID", "<ii_kkz3f9a10>"), ("X-Attachment-Id", "ii_kkz3f9a10")])
    rel = multi("related", [alt, png], "000000000000a1b2c405bb02d4e8")
    pdf = make_pdf(["Association tunisienne de l'eau et des oasis (ATEO)",
                    "Rapport volontaire - Examen regional du Pacte mondial sur les migrations",
                    "Oasis de Kebili et Tozeur : nappes, salinisation et migration des jeunes"])
    att = leaf("application/pdf", pdf, cte="base64", params=[("name", '"%s"' % M16_PDF)],
               disp='attachment; filename="%s"' % M16_PDF, extra=[("X-Attachment-Id", "f_kkz3fb2p1")])
    body = multi("mixed", [rel, att], "000000000000a1b2c505bb02d4e9")
    rows = std_rows(when, "mail-wm1-f52.google.example.com", "209.85.128.52", "4Dcq8Hn3Lbz5",
                    "Sami Gharbi <ateo.oasis@gmail.example.com>",
                    "Rapport volontaire ATEO - PMM", rfcdate(tz(sent, 1)),
                    "<CAE9rT3vM7yQ1wZ5cB8nK2pX6hJ0dL4sF9aG3uO7iR1eV5tN8mW@mail.gmail.example.com>",
                    ret="ateo.oasis@gmail.example.com")
    add(16, when, top(body, rows), dict(category="voluntary_report", language="fr", acknowledge=True, on_time=True,
        report_attachments=[M16_PDF],
        notes="voluntary report PDF; Gmail multipart/mixed[related[alternative, inline logo PNG], PDF]: the logo is "
              "not part of the report."))


M17_DOCX = "التقرير الطوعي - جمعية سنابل البقاع.docx"
M17_ID = "<CAB4kW9pX2nR7tY1vC5mZ8qL3hE6fJ0aD4sG9uI2oT7wN5xK1bP@mail.gmail.example.com>"


def m17():
    # ar (Lebanese), voluntary report DOCX with an Arabic RFC 2231 file name; Reply-To with a typo (see m18)
    when = at("2021-02-11 15:30:00")
    sent = when - dt.timedelta(seconds=22)
    text = """مرحبا،

بعتنالكن مرفق التقرير الطوعي تبع جمعية سنابل البقاع عن الجفاف بالبقاع الشمالي وكيف أثّر على المزارعين والعمال الزراعيين السوريين اللي صاروا يتنقلوا من منطقة لمنطقة ورا الشغل والمي. اشتغلنا عليه مع تعاونيتين بالهرمل وعرسال.

إذا في أي ملاحظة أو بدكن نسخة بالإنكليزي خبرونا.

يعطيكن العافية
رولا حداد
جمعية سنابل البقاع
"""
    html = '<div dir="rtl">' + text2html(text) + "</div>\n"
    alt = multi("alternative", [leaf("text/plain", text, "UTF-8", "base64"), leaf("text/html", html, "UTF-8", "base64")],
                "00000000000056f7a805bb1c3d92")
    docx = make_docx(["Sanabel Bekaa Association", "Voluntary GCM review report - February 2021",
                      "Drought in the northern Bekaa and the mobility of agricultural workers",
                      "With the Hermel and Arsal farmers' cooperatives"])
    att = leaf(DOCX, docx, cte="base64", params=[("name", '"%s"' % b_word(M17_DOCX))],
               disp="attachment; filename*=%s" % rfc2231(M17_DOCX), extra=[("X-Attachment-Id", "f_kl0a9b3c0")])
    body = multi("mixed", [alt, att], "00000000000056f7a905bb1c3d94")
    rows = std_rows(when, "mail-ej1-f50.google.example.com", "209.85.218.50", "4Ddp5Vw1Xhz3",
                    addr("رولا حداد", "sanabel.bekaa@gmail.example.com"),
                    hdr("التقرير الطوعي - سنابل البقاع"), rfcdate(tz(sent, 2)), M17_ID,
                    ret="sanabel.bekaa@gmail.example.com",
                    extra=[("Reply-To", "rola.haddad@sanabel-bekaa.exmaple.org")])
    add(17, when, top(body, rows), dict(category="voluntary_report", language="ar", acknowledge=True, on_time=True,
        report_attachments=[M17_DOCX],
        notes="Lebanese colloquial; DOCX with an Arabic file name (RFC 2047 in name=, RFC 2231 in filename*=); "
              "Reply-To has a typo in the domain ('exmaple'), so the acknowledgement bounces (h137-18)."))


def m18():
    # en, bounce: DSN for the acknowledgement sent to the mistyped Reply-To of h137-17
    when = at("2021-02-11 15:31:12")
    ack_id = "<ack-20210211-153041-9c7e@gcmrrarabstates.iom.int>"
    human = POSTFIX_NOTICE + """
<rola.haddad@sanabel-bekaa.exmaple.org>: Host or domain name not found. Name
    service error for name=sanabel-bekaa.exmaple.org type=AAAA: Host not found
"""
    dsn = """Reporting-MTA: dns; mx1.iom.int
X-Postfix-Queue-ID: 4DdpCq0Z1Jz7
X-Postfix-Sender: rfc822; gcmrrarabstates@iom.int
Arrival-Date: Thu, 11 Feb 2021 15:30:41 +0200 (EET)

Final-Recipient: rfc822; rola.haddad@sanabel-bekaa.exmaple.org
Original-Recipient: rfc822;rola.haddad@sanabel-bekaa.exmaple.org
Action: failed
Status: 5.1.2
Diagnostic-Code: X-Postfix; Host or domain name not found. Name service error
    for name=sanabel-bekaa.exmaple.org type=AAAA: Host not found
"""
    hdrs = """Return-Path: <gcmrrarabstates@iom.int>
From: GCM Regional Review Arab States <gcmrrarabstates@iom.int>
To: rola.haddad@sanabel-bekaa.exmaple.org
Subject: =?UTF-8?B?2KrYo9mD2YrYryDYp9mE2KfYs9iq2YTYp9mFIC8gQWNrbm93bGVkZ2VtZW50IG9mIHJlY2VpcHQ=?=
Date: Thu, 11 Feb 2021 15:30:41 +0200
Message-ID: %s
In-Reply-To: %s
Auto-Submitted: auto-replied
""" % (ack_id, M17_ID)
    p1 = leaf("text/plain", human, "us-ascii", "7bit", extra=[("Content-Description", "Notification")])
    p2 = Message(policy=POL)
    p2["Content-Description"] = "Delivery report"
    p2["Content-Type"] = "message/delivery-status"
    from email.parser import Parser
    for block in dsn.strip().split("\n\n"):
        p2.attach(Parser(policy=POL).parsestr(block + "\n", headersonly=True))
    p3 = Message(policy=POL)
    p3["Content-Description"] = "Undelivered Message Headers"
    p3["Content-Type"] = "text/rfc822-headers"
    p3.set_payload(hdrs)
    body = multi("report", [p1, p2, p3], "4DdpCq0Z1Jz7.1613050272/mx1.iom.int",
                 params=[("report-type", "delivery-status")])
    rows = [("Return-Path", "<>"), ("Delivered-To", BOX),
            ("Received", "by mx1.iom.int (Postfix)\r\n\tid 4DdpD02kVbz9; %s" % rfcdate(when, "EET")),
            ("Date", rfcdate(when, "EET")),
            ("From", "MAILER-DAEMON@mx1.iom.int (Mail Delivery System)"),
            ("Subject", "Undelivered Mail Returned to Sender"),
            ("To", BOX), ("Auto-Submitted", "auto-replied"),
            ("Message-Id", "<20210211133112.4DdpD02kVbz9@mx1.iom.int>")]
    add(18, when, top(body, rows), dict(category="bounce", language="en", acknowledge=False, on_time=None,
        notes="Postfix DSN (5.1.2, host not found) for the acknowledgement of h137-17, sent to its mistyped Reply-To; "
              "the returned headers carry an Arabic subject and In-Reply-To pointing at h137-17."))


def m19():
    # en, revised report replacing h137-06 (reply in Outlook, top-posted, quoted header block)
    when = at("2021-02-15 18:20:00")
    sent = when - dt.timedelta(seconds=36)
    name = "NileDelta_SLR_GCM_Voluntary_Review_2021_v2.pdf"
    text = """Dear colleagues,

Please find attached a revised version (v2) of our report. We corrected the figures in Table 3 (households interviewed in Damietta) and added a two-page executive summary in Arabic. Kindly replace the version we sent on 3 February with this one.

Many thanks and apologies for the extra work.

Amr

________________________________
From: Amr Hegazy (DCLF) <a.hegazy@dclf-egypt.example.org>
Sent: Wednesday, February 3, 2021 12:14 PM
To: gcmrrarabstates@iom.int <gcmrrarabstates@iom.int>
Subject: DCLF voluntary GCM review report

Dear Regional Review Secretariat,

Please find attached the voluntary GCM review report of the Delta Coastal Livelihoods Forum (DCLF), entitled:

"Rising Seas, Sinking Fields: Soil Salinization, Livelihood Loss and Internal Mobility in the Northern Nile Delta - A Civil Society Review of the Implementation of GCM Objectives 2, 5 and 23 in Kafr El-Sheikh, Damietta and Beheira Governorates (2018-2020)"

[...]
"""
    html = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body>'
            '<div style="font-family:Calibri,Arial,Helvetica,sans-serif;font-size:12pt">'
            + text2html(text.split("________________________________")[0]) + "</div>"
            '<hr style="display:inline-block;width:98%"><div id="divRplyFwdMsg" dir="ltr">'
            + text2html(text.split("________________________________\n")[1]) + "</div></body></html>\n")
    alt = multi("alternative", [leaf("text/plain", text, "utf-8"), leaf("text/html", html, "utf-8")],
                "_000_AM6PR08MB44239B2C1D0E3F4A5B6C7D8E9F01AM6PR08MB4423eurp_")
    pdf = make_pdf(["Delta Coastal Livelihoods Forum (DCLF)", "Rising Seas, Sinking Fields (revised, v2)",
                    "Soil Salinization, Livelihood Loss and Internal Mobility in the Northern Nile Delta",
                    "Executive summary in Arabic added; Table 3 corrected", "15 February 2021"])
    att = leaf("application/pdf", pdf, cte="base64", params=[("name", '"%s"' % name)],
               disp='attachment; filename="%s"; size=%d' % (name, len(pdf)))
    body = multi("mixed", [alt, att], "_004_AM6PR08MB44239B2C1D0E3F4A5B6C7D8E9F01AM6PR08MB4423eurp_")
    rows = std_rows(when, "EUR05-AM6-obe.outbound.protection.outlook.example.com", "40.107.22.71", "4Dg3Rt6Wkpz1",
                    '"Amr Hegazy (DCLF)" <a.hegazy@dclf-egypt.example.org>',
                    "RE: DCLF voluntary GCM review report - REVISED v2", rfcdate(tz(sent, 2)),
                    "<AM6PR08MB44239B2C1D0E3F4A5B6C7D8E9F01@AM6PR08MB4423.eurprd08.prod.outlook.example.com>",
                    ret="a.hegazy@dclf-egypt.example.org",
                    extra=[("In-Reply-To", M06_ID), ("References", M06_ID),
                           ("Thread-Topic", "DCLF voluntary GCM review report"),
                           ("Thread-Index", "AdbJv4m0Wq7Zk2YxR0ChbN3sT1uQvwLp9x0A")])
    rows += [("X-MS-Has-Attach", "yes"), ("Content-Language", "en-GB")]
    add(19, when, top(body, rows), dict(category="voluntary_report", language="en", acknowledge=True, on_time=True,
        report_attachments=[name], thread_of="h137-06.eml",
        notes="revised report (v2) replacing h137-06, Outlook reply with In-Reply-To/References and the original "
              "quoted under a From/Sent/To/Subject block; only the v2 PDF is attached."))


def m20():
    # ar (Jordanian colloquial), other: logistics questions; Gmail HTML+plain QP
    when = at("2021-02-15 21:04:37")
    sent = when - dt.timedelta(seconds=14)
    text = """مرحبا يعطيكم العافية

معكم رنا من جمعية واحة الأزرق البيئية، احنا جمعية صغيرة بالأزرق بنشتغل على موضوع شح المي وجفاف الواحة والعائلات اللي بتطلع من المنطقة.

بدي أسأل كم سؤال:
١- المؤتمر رح يكون أونلاين ولا حضوري بعمّان؟
٢- في ترجمة فورية للعربي؟
٣- اذا ما خلصنا التقرير بكرا، بنقدر نبعته بعد ١٦ شباط ولا خلص؟

وشكرا كتير الكم
رنا العمري
"""
    html = '<div dir="rtl">' + text2html(text) + "</div>\n"
    body = multi("alternative", [leaf("text/plain", text, "UTF-8"), leaf("text/html", html, "UTF-8")],
                 "0000000000003c9d1e05bb6a7f20")
    rows = std_rows(when, "mail-lf1-f45.google.example.com", "209.85.167.45", "4Dg9Wm0Qfhz6",
                    addr("Rana Al-Omari", "rana.azraq.oasis@gmail.example.com"),
                    hdr("استفسار عن المؤتمر"), rfcdate(tz(sent, 2)),
                    "<CAG1pV7xN3qT9wB5yK0mR4zH8cJ2eF6aL1sD5uO9iX3tM7vW2nQ@mail.gmail.example.com>",
                    ret="rana.azraq.oasis@gmail.example.com")
    add(20, when, top(body, rows), dict(category="other", language="ar", acknowledge=True, on_time=None,
        notes="Jordanian colloquial; logistics and deadline questions the day before the report deadline; mentions "
              "'التقرير' but nothing is submitted; Eastern Arabic digits."))


M21_DOCX = "SCMP_GCM_review_Sahel-Maghreb_FINAL.docx"


def m21():
    # en, both: report on time but the speaker part is late; Dakar (+00:00); Gmail
    when = at("2021-02-16 23:40:12")
    sent = when - dt.timedelta(seconds=17)
    text = """Dear Secretariat,

Attached is the voluntary review report of the Sahel Climate Mobility Platform (SCMP), covering pastoralist and farmer mobility linked to drought and land degradation between the Sahel and the Maghreb (Mali, Niger, Senegal, Mauritania, Morocco).

I know the date for speakers has passed but in case there is still space, we would like to request a slot for our chair in roundtable 1:
Mariama Sow - Chair of the Board, SCMP

Apologies for sending this so late in the evening.

Best,
Cheikh Tidiane Ndiaye
Policy Officer
Sahel Climate Mobility Platform
Dakar, Senegal
"""
    html = '<div dir="ltr">' + text2html(text) + "</div>\n"
    alt = multi("alternative", [leaf("text/plain", text, "UTF-8"), leaf("text/html", html, "UTF-8")],
                "000000000000f4e3d205bb7c9a61")
    docx = make_docx(["Sahel Climate Mobility Platform (SCMP)", "Voluntary GCM Review Report - FINAL",
                      "Drought, land degradation and mobility between the Sahel and the Maghreb"])
    att = leaf(DOCX, docx, cte="base64", params=[("name", '"%s"' % M21_DOCX)],
               disp='attachment; filename="%s"' % M21_DOCX, extra=[("X-Attachment-Id", "f_kl8r1x2c0")])
    body = multi("mixed", [alt, att], "000000000000f4e3d305bb7c9a63")
    rows = std_rows(when, "mail-wr1-f47.google.example.com", "209.85.221.47", "4DgXq1Nc7Tz2",
                    "Cheikh Tidiane Ndiaye <ct.ndiaye@scmp-sahel.example.org>",
                    "SCMP report + speaker request", rfcdate(tz(sent, 0)),
                    "<CAD6sX0wL4pQ8vT2yN6mB1zR5hK9cE3aJ7dF1uG5oI9tW3nV7xS@mail.gmail.example.com>",
                    ret="ct.ndiaye@scmp-sahel.example.org")
    add(21, when, top(body, rows), dict(category="both", language="en", acknowledge=True, on_time=False,
        speakers=[sp("Mariama Sow", "Chair of the Board", "Sahel Climate Mobility Platform (SCMP)", ["roundtable"], 1)],
        report_attachments=[M21_DOCX],
        notes="'both' sent 20 minutes before the report deadline (Date 21:39:55 +0000, Dakar): the report is on time "
              "but the speaker part is 11 days late, so on_time is false; speaker line uses only the acronym, the "
              "full name is in the report sentence; 'Chair of the Board' keeps the board."))


M22_PDF = "Burullus_GCM_report_AR.pdf"
M22_ID = "<CAF0mQ4xR8vW2yB6nT1kL5pZ9hC3jE7aD0sG4uI8oX2tN6vM0wK@mail.gmail.example.com>"


def m22():
    # ar (MSA with Egyptian touches), report 2.5 minutes before the deadline; sender in Riyadh (+03:00)
    when = at("2021-02-16 23:57:31")
    sent = when - dt.timedelta(seconds=17)
    text = """السادة الأفاضل،

مرفق لسيادتكم التقرير الطوعي الخاص بجمعية صيادي بحيرة البرلس للتنمية عن تأثير ارتفاع منسوب البحر وتملّح الأراضي على الصيادين والمزارعين في شمال الدلتا، وهجرة الشباب للقاهرة والخليج.

معلش اتأخرنا شوية، كنت مسافر ومفيش نت كويس.

برجاء التكرم بتأكيد الاستلام.

مع خالص الشكر،
محمد عبد الستار الشناوي
عضو مجلس الإدارة
جمعية صيادي بحيرة البرلس للتنمية
"""
    html = '<div dir="rtl">' + text2html(text) + "</div>\n"
    alt = multi("alternative", [leaf("text/plain", text, "UTF-8", "base64"), leaf("text/html", html, "UTF-8", "base64")],
                "000000000000b7c8d905bb7ce2f4")
    pdf = make_pdf(["Burullus Lake Fishermen Association for Development",
                    "Voluntary GCM Review Report (Arabic version)",
                    "Sea-level rise, soil salinity and migration in the northern Nile Delta"])
    att = leaf("application/pdf", pdf, cte="base64", params=[("name", '"%s"' % M22_PDF)],
               disp='attachment; filename="%s"' % M22_PDF, extra=[("X-Attachment-Id", "f_kl8rz0w41")])
    body = multi("mixed", [alt, att], "000000000000b7c8da05bb7ce2f6")
    rows = std_rows(when, "mail-pl1-f177.google.example.com", "209.85.214.177", "4DgY0Gv3Mhz8",
                    addr("محمد الشناوي", "m.elshenawy.burullus@gmail.example.com"),
                    hdr("التقرير الطوعي - جمعية صيادي بحيرة البرلس"), rfcdate(tz(sent, 3)), M22_ID,
                    ret="m.elshenawy.burullus@gmail.example.com")
    add(22, when, top(body, rows), dict(category="voluntary_report", language="ar", acknowledge=True, on_time=True,
        report_attachments=[M22_PDF],
        notes="deadline edge: received 23:57:31 Beirut on Tue 16 Feb (on time) while the Date header reads 'Wed, 17 "
              "Feb 2021 00:57:14 +0300' (Riyadh) and the sender apologises for being late; Egyptian touches "
              "('معلش اتأخرنا شوية'); signature with a board title is not a speaker request."))


M23_DOCX = "Rapport_collectif_CMOC_PMM_2021.docx"


def m23():
    # fr (Morocco), collective report 3m50s late; Date still 16 Feb (+01:00)
    when = at("2021-02-17 00:03:50")
    sent = when - dt.timedelta(seconds=20)
    text = """Salam,

Ci-joint le rapport collectif de la Coalition marocaine Oasis et Climat (CMOC), préparé avec 11 associations du Drâa-Tafilalet et de Figuig, sur la sécheresse, l'ensablement des palmeraies et l'exode des jeunes.

Désolés pour l'heure tardive, on a eu une coupure d'internet à Ouarzazate toute la soirée, j'espère que c'est encore bon pour aujourd'hui.

Bonne soirée,
Youssef Aït Brahim
pour la CMOC
"""
    body_t = leaf("text/plain", text, "UTF-8", "quoted-printable")
    docx = make_docx(["Coalition marocaine Oasis et Climat (CMOC)", "Rapport collectif - examen volontaire du PMM",
                      "Secheresse, ensablement des palmeraies et exode des jeunes (Draa-Tafilalet, Figuig)"])
    att = leaf(DOCX, docx, cte="base64", params=[("name", M23_DOCX)], disp="attachment; filename=%s" % M23_DOCX)
    body = multi("mixed", [body_t, att], "------------0E2F4A6C8B1D3F5A7C9E2B4D")
    rows = std_rows(when, "smtp.cmoc-oasis.example.ma", "105.157.44.201", "4DgY6Rb8Xqz4",
                    addr("Youssef Aït Brahim", "y.aitbrahim@cmoc-oasis.example.ma"),
                    "Rapport collectif CMOC", rfcdate(tz(sent, 1)),
                    "<5d9c2e71-0b4f-4a3d-9e86-7f1a2c3b4d5e@cmoc-oasis.example.ma>",
                    ret="y.aitbrahim@cmoc-oasis.example.ma")
    rows += [("User-Agent", "Mozilla/5.0 (X11; Linux x86_64; rv:78.0) Gecko/20100101 Thunderbird/78.7.1"),
             ("Content-Language", "fr")]
    add(23, when, top(body, rows), dict(category="voluntary_report", language="fr", acknowledge=True, on_time=False,
        report_attachments=[M23_DOCX],
        notes="late by 3 min 50 s: received 00:03:50 Beirut on Wed 17 Feb, Date header 'Tue, 16 Feb 2021 23:03:30 "
              "+0100' (Morocco) and the sender thinks it is 'encore bon pour aujourd'hui'; collective report; "
              "Maghrebi French opening 'Salam'; unquoted file name."))


def m24():
    # ar (Egyptian colloquial), thank-you reply to the acknowledgement of h137-22: nothing new
    when = at("2021-02-17 09:14:05")
    sent = when - dt.timedelta(seconds=19)
    ack_id = "<ack-20210216-235802-1b6d@gcmrrarabstates.iom.int>"
    text = """ألف شكر يا جماعة، وصلنا إيميل التأكيد. ربنا يوفقكم ونشوفكم في المؤتمر إن شاء الله.

محمد

في الأربعاء، ١٧ فبراير ٢٠٢١ ١٢:٥٨ ص GCM Regional Review Arab States <gcmrrarabstates@iom.int> كتب:
> شكراً لكم. تم استلام تقريركم الطوعي "Burullus_GCM_report_AR.pdf" بتاريخ 16 فبراير 2021.
> الأمانة الفنية للاستعراض الإقليمي
"""
    html = ('<div dir="rtl">ألف شكر يا جماعة، وصلنا إيميل التأكيد. ربنا يوفقكم ونشوفكم في المؤتمر إن شاء الله.'
            '<div><br></div><div>محمد</div></div><br><div class="gmail_quote"><div dir="rtl" class="gmail_attr">'
            'في الأربعاء، ١٧ فبراير ٢٠٢١ ١٢:٥٨ ص GCM Regional Review Arab States &lt;gcmrrarabstates@iom.int&gt; كتب:<br></div>'
            '<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-right:1px solid rgb(204,204,204);'
            'padding-right:1ex">شكراً لكم. تم استلام تقريركم الطوعي &quot;Burullus_GCM_report_AR.pdf&quot; بتاريخ '
            '16 فبراير 2021.<br>الأمانة الفنية للاستعراض الإقليمي</blockquote></div>\n')
    body = multi("alternative", [leaf("text/plain", text, "UTF-8", "base64"), leaf("text/html", html, "UTF-8", "base64")],
                 "000000000000d1e2f305bb84a0c7")
    rows = std_rows(when, "mail-pl1-f171.google.example.com", "209.85.214.171", "4Dgm3Pz5Kbz1",
                    addr("محمد الشناوي", "m.elshenawy.burullus@gmail.example.com"),
                    re_hdr("Re: ", "تأكيد الاستلام / Acknowledgement of receipt"), rfcdate(tz(sent, 3)),
                    "<CAF0mQ4xR8vW2yB6nT1kL5pZ9hC3jE7aD0sG4uI8oX2tN6vM0wL@mail.gmail.example.com>",
                    ret="m.elshenawy.burullus@gmail.example.com",
                    extra=[("In-Reply-To", ack_id), ("References", "%s %s" % (M22_ID, ack_id))])
    add(24, when, top(body, rows), dict(category="other", language="ar", acknowledge=False, on_time=None,
        thread_of="h137-22.eml",
        notes="thank-you reply to our acknowledgement of h137-22 (Egyptian colloquial): adds nothing new, must not be "
              "acknowledged; quotes the acknowledgement, which names the report file."))


def main():
    for f in (m01, m02, m03, m04, m05, m06, m07, m08, m09, m10, m11, m12, m13, m14, m15, m16, m17, m18, m19,
              m20, m21, m22, m23, m24):
        f()
    os.makedirs(OUT, exist_ok=True)
    for n in os.listdir(OUT):
        p = os.path.join(OUT, n)
        if os.path.isfile(p):
            os.remove(p)
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
