#!/usr/bin/env python3
"""Write the blind evaluation set holdout121 (24 raw .eml messages + labels.json).

Deterministic, standard library only:  python3 tests/data/make_eval_sets121.py
Theme: speakers proposed by third parties (UN agency offices, donors, embassies, ministries, journalists)
recommending someone from another organisation; some proposed people are cc'd and reply in the thread
(Jordan, Lebanon, Egypt, Morocco, Tunisia, Iraq, Kuwait).
"""
import datetime as dt
import json
import os
from email.message import Message
from mailgen import (HERE, BOX, POL, rfcdate, at, tz, hdr, re_hdr, addr, leaf, multi,
                     html_wrap, text2html, flowed, make_pdf, make_docx, make_png, DOCX,
                     rfc2231, b_word, received, top, serialize, sp, std_rows)

OUT = os.path.join(HERE, "holdout121")


# ---------------------------------------------------------------- message assembly


MESSAGES = []


def add(num, when, msg, label):
    fname = "h121-%02d.eml" % num
    lab = {"file": fname, "received_at": when.isoformat()}
    lab.update(label)
    full = {k: lab.get(k) for k in ["file", "received_at", "category", "language", "acknowledge", "on_time",
                                    "speakers", "report_attachments", "thread_of", "notes"]}
    for k, default in (("speakers", []), ("report_attachments", []), ("thread_of", None)):
        if full[k] is None and default is not None:
            full[k] = default
    MESSAGES.append((fname, serialize(msg), full))


# ================================================================ shared bits
def alt(text, boundary, charset="utf-8", cte="quoted-printable", dir_=None, html_inner=None, html_cte=None):
    inner = html_inner if html_inner is not None else text2html(text)
    if dir_:
        inner = '<div dir="%s">%s</div>' % (dir_, inner)
    return multi("alternative", [leaf("text/plain", text, charset, cte),
                                 leaf("text/html", html_wrap(inner, dir_, charset), charset, html_cte or cte)],
                 boundary)


def attach(ctype, data, name, encoded_name=None, disp="attachment", extra=None):
    """Attachment leaf; encoded_name: 'rfc2047' (Outlook), 'rfc2231' (Thunderbird/Apple) or None (ASCII)."""
    if encoded_name == "rfc2047":
        n = '"%s"' % b_word(name)
        return leaf(ctype, data, cte="base64", params=[("name", n)],
                    disp='%s; filename=%s' % (disp, n), extra=extra)
    if encoded_name == "rfc2231":
        return leaf(ctype, data, cte="base64", params=[("name*", rfc2231(name))],
                    disp="%s;\r\n filename*=%s" % (disp, rfc2231(name)), extra=extra)
    return leaf(ctype, data, cte="base64", params=[("name", '"%s"' % name)],
                disp='%s; filename="%s"' % (disp, name), extra=extra)


def quote_lines(text, prefix="> "):
    return "\n".join((prefix + ln) if ln else prefix.rstrip() for ln in text.rstrip("\n").split("\n")) + "\n"


OUTLOOK_DISCLAIMER_UN = ("This e-mail is intended only for the addressee(s) and may contain confidential information. "
                         "If you are not the intended recipient, please notify the sender and delete it. "
                         "Views expressed do not necessarily reflect those of the United Nations.")


# ================================================================ the 24 messages
M01_ID = "<AM6PR09MB4471E2C0B3D8A91F6C2E7A44C6A19@AM6PR09MB4471.eurprd09.prod.outlook.example.com>"


def m01():
    when = at("2021-01-26 10:41:27")
    sent = when - dt.timedelta(seconds=4)
    text = """Dear GCM Regional Review Secretariat,

I hope this message finds you well.

UNFPA Jordan would like to recommend one of our long-standing implementing partners for a speaking role at the Regional Review Conference. We believe she would bring a strong field perspective on the protection of migrant women and survivors of gender-based violence, in particular migrant domestic workers living in host communities in the north of Jordan.

Proposed speaker:
Name: Dr. Hanan Saleh Al-Masri
Position: Executive Director
Organization: Sawasiyah Women's Protection Network (SWPN), Irbid - Jordan
Preferred session: floor intervention in a plenary session (24-25 Feb)
Email: h.almasri@swpn-jo.example.org

Please note that Dr. Al-Masri is not UNFPA staff - she would speak on behalf of SWPN and not of the agency.

Many thanks for considering this recommendation, and do not hesitate to contact me should you need anything further.

Best regards,
Lina

Lina Farouki
Programme Officer - Gender-Based Violence
Gender, Human Rights and Culture Unit
United Nations Population Fund (UNFPA) | Jordan Country Office
Al-Shmeisani, 12 Abdelrahim Al-Waked Street | P.O. Box 941631 | Amman 11194, Jordan
Tel: +962 6 500 0000 ext. 241 | Mobile: +962 79 000 0241
farouki@unfpa.example.org | jordan.unfpa.example.org
Follow us on Twitter @UNFPAJordan

""" + OUTLOOK_DISCLAIMER_UN + "\n"
    body = alt(text, "_000_AM6PR09MB4471E2C0B3D8A91F6C2E7A44C6A19AM6PR09MB4471eurp_")
    rows = std_rows(when, "mail-am6eur05on2101.outbound.protection.outlook.example.com", "40.107.22.101",
                    "4DPs1v2Jq8z3", "Lina Farouki <farouki@unfpa.example.org>",
                    "Recommendation of a speaker - GCM Regional Review, Arab region", rfcdate(sent), M01_ID,
                    ret="farouki@unfpa.example.org")
    rows += [("Thread-Topic", "Recommendation of a speaker - GCM Regional Review, Arab region"),
             ("Thread-Index", "AdbzqQ1r7v8aK2lNR5i0c1dHfQ3o9w=="), ("Accept-Language", "en-US"),
             ("Content-Language", "en-US"), ("X-MS-Has-Attach", ""), ("X-Originating-IP", "[10.110.4.21]")]
    m = top(body, rows)
    add(1, when, m, dict(category="speaker_request", language="en", acknowledge=True, on_time=True, speakers=[
        sp("Hanan Saleh Al-Masri", "Executive Director", "Sawasiyah Women's Protection Network (SWPN)",
           ["plenary"])],
        notes="UN agency programme officer recommends a partner NGO's director: the affiliation is the NGO "
              "(SWPN), not UNFPA, although 'UNFPA' appears far more often; the sender's long signature (agency, "
              "unit, street address, phones, disclaimer) comes after the speaker block; honorific 'Dr.' dropped; "
              "'Irbid - Jordan' is a location, not part of the organisation name."))


M02_ID = "<000901d6f4a7$8b1c2e30$a1548a90$@momd.example.gov.iq>"


def m02():
    when = at("2021-01-27 12:20:44")
    sent = when - dt.timedelta(seconds=37)
    text = """جمهورية العراق
وزارة الهجرة والمهجرين
دائرة العلاقات والتعاون الدولي / قسم شؤون المنظمات

العدد: ع د / 1187
التاريخ: 27/1/2021

إلى / الشبكة الإقليمية للأمم المتحدة المعنية بالهجرة - فريق المراجعة الإقليمية للاتفاق العالمي
م / ترشيح متحدث من منظمات المجتمع المدني

تحية طيبة ...

إشارةً إلى كتاب الدعوة الموجه إلى أصحاب المصلحة للمشاركة في المراجعة الإقليمية للاتفاق العالمي من أجل الهجرة الآمنة والمنظمة والنظامية في المنطقة العربية، المزمع عقدها للفترة من 23 ولغاية 25 شباط 2021، وحرصاً من وزارتنا على إشراك منظمات المجتمع المدني العراقية الفاعلة في مجال العودة الطوعية وإعادة الإدماج، نرشح لكم السيد حيدر عبد الكريم الساعدي، رئيس منظمة بيت العودة للتنمية والإغاثة (منظمة غير حكومية مسجلة لدى دائرة المنظمات غير الحكومية في الأمانة العامة لمجلس الوزراء)، لتقديم مداخلة في المائدة المستديرة المواضيعية الثانية.

علماً أن المرشح لا يمثل الوزارة وإنما يتحدث باسم منظمته، ويمكن التواصل معه مباشرة على البريد الإلكتروني المثبت أدناه.

للتفضل بالاطلاع ... مع التقدير.

المرفقات:
- السيرة الذاتية للمرشح

البريد الإلكتروني للمرشح: h.alsaadi@baitalawda.example.org

د. سلوى جاسم الربيعي
مدير عام دائرة العلاقات والتعاون الدولي
وزارة الهجرة والمهجرين - بغداد
"""
    alt_ = alt(text, "----=_NextPart_001_000A_01D6F4C0.A2F3B140", "windows-1256", dir_="rtl")
    pdf = make_pdf(["Curriculum Vitae - Haider Abdulkarim Al-Saadi",
                    "President, Bait Al-Awda Organization for Development and Relief (Baghdad)",
                    "2016-present: return and reintegration programmes, Anbar and Ninewa",
                    "2011-2016: field coordinator, IDP camps, Baghdad belt"])
    cv = attach("application/pdf", pdf, "السيرة الذاتية - حيدر الساعدي.pdf", "rfc2047")
    body = multi("mixed", [alt_, cv], "----=_NextPart_000_0009_01D6F4C0.A2F3B140")
    rows = std_rows(when, "mail.momd.example.gov.iq", "185.124.86.30", "4DQ8kM0t3Vz1",
                    addr("دائرة العلاقات والتعاون الدولي", "ircd@momd.example.gov.iq", "windows-1256"),
                    hdr("ترشيح متحدث من منظمات المجتمع المدني - المراجعة الإقليمية للاتفاق العالمي", "windows-1256"),
                    rfcdate(tz(sent, 3)), M02_ID, ret="ircd@momd.example.gov.iq")
    rows += [("X-Mailer", "Microsoft Outlook 16.0"), ("Thread-Index", "AQHW9KeLHC4wEbYK0kqS1Jm3fT8pZQ=="),
             ("Content-Language", "ar-iq")]
    m = top(body, rows)
    add(2, when, m, dict(category="speaker_request", language="ar", acknowledge=True, on_time=True, speakers=[
        sp("حيدر عبد الكريم الساعدي", "رئيس", "منظمة بيت العودة للتنمية والإغاثة", ["roundtable"], 2)],
        notes="formal Iraqi ministry letter (reference number, 'م / ترشيح') proposing an NGO president; windows-1256 "
              "Outlook; the parenthesis after the NGO name is a description (registration), not part of the name; "
              "the signer (a director-general, 'د.') and the ministry are not the speaker; the attached PDF is the "
              "candidate's CV, not a voluntary report; roundtable as the ordinal 'الثانية'; Date in UTC+3."))


M03_ID = "<5e2b7c1a-9f40-4d3b-8a61-0c7e2d9f4b18@diplomatie.example.gouv.fr>"
M03_TEXT = """Madame, Monsieur,

Dans le cadre de l'Examen régional du Pacte mondial pour des migrations sûres, ordonnées et régulières dans la région arabe, l'Ambassade de France au Maroc souhaite porter à votre attention deux personnalités de la société civile marocaine avec lesquelles notre service travaille depuis plusieurs années, et qui nous semblent particulièrement à même d'enrichir vos échanges :

- Mme Aïcha Benkirane, coordinatrice du pôle juridique de l'Association Marocaine d'Accompagnement des Migrants (AMAM), basée à Oujda. Elle pourrait intervenir lors de la table ronde thématique n° 3.

- M. Jean-Paul Mbarga Essomba, d'origine camerounaise, président et porte-parole du Collectif des Communautés Subsahariennes de Tanger (CCST). Il souhaiterait prendre part à la discussion ouverte de la consultation multipartite du 23 février.

Je précise que ces deux associations sont indépendantes de l'Ambassade, qui n'a pas vocation à intervenir elle-même. Vous trouverez leurs coordonnées ci-dessous ; tous deux sont en copie de ce message.

Aïcha Benkirane - a.benkirane@amam-oujda.example.ma - +212 6 61 00 00 00
Jean-Paul Mbarga Essomba - ccst.tanger@example.com

Je vous prie d'agréer, Madame, Monsieur, l'expression de mes salutations distinguées.

-- 
Camille Rousseau
Attachée de coopération - Migrations et gouvernance
Service de coopération et d'action culturelle (SCAC)
Ambassade de France au Maroc
1, rue Aguelmane Sidi Ali - Agdal - Rabat
"""


def m03():
    when = at("2021-01-28 16:05:12")
    sent = when - dt.timedelta(seconds=9)
    body = leaf("text/plain", flowed(M03_TEXT), "UTF-8", "quoted-printable",
                params=[("format", "flowed")])
    rows = std_rows(when, "smtp-out.diplomatie.example.gouv.fr", "193.252.22.68", "4DQq0Y5fN1z4",
                    "Camille Rousseau <camille.rousseau@diplomatie.example.gouv.fr>",
                    hdr("Recommandation de deux intervenants - Examen régional du PMM (région arabe)", "utf-8", "Q"),
                    rfcdate(tz(sent, 1)), M03_ID, ret="camille.rousseau@diplomatie.example.gouv.fr")
    rows.insert(5, ("Cc", "=?UTF-8?Q?A=C3=AFcha_Benkirane?= <a.benkirane@amam-oujda.example.ma>, "
                          "Jean-Paul Mbarga Essomba <ccst.tanger@example.com>"))
    rows += [("User-Agent", "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:78.0) Gecko/20100101 Thunderbird/78.6.1"),
             ("Content-Language", "fr")]
    m = top(body, rows)
    add(3, when, m, dict(category="speaker_request", language="fr", acknowledge=True, on_time=True, speakers=[
        sp("Aïcha Benkirane", "coordinatrice du pôle juridique",
           "Association Marocaine d'Accompagnement des Migrants (AMAM)", ["roundtable"], 3),
        sp("Jean-Paul Mbarga Essomba", "président et porte-parole",
           "Collectif des Communautés Subsahariennes de Tanger (CCST)", ["open_discussion"])],
        notes="French embassy attachée recommends two people from two different associations (each speaker has "
              "her/his own affiliation, neither is the embassy); Thunderbird format=flowed QP; honorifics Mme/M.; "
              "'table ronde thématique n° 3'; 'discussion ouverte de la consultation multipartite' = open_discussion; "
              "both proposed people in Cc; Date in UTC+1 (Rabat)."))


M04_ID = "<001f01d6f7a3$4e9c2b10$ebd48130$@momd.example.gov.iq>"
ACK02_ID = "<ack-20210127-0041@gcmrr.iom.int>"


def m04():
    when = at("2021-01-31 09:12:08")
    sent = when - dt.timedelta(seconds=15)
    text = """السادة فريق المراجعة الإقليمية المحترمين

شكراً جزيلاً على تأكيد الاستلام، وتم إبلاغ المرشح بذلك.

مع التقدير
أوس فاضل
قسم شؤون المنظمات

-----Original Message-----
From: GCM Regional Review Arab States <gcmrrarabstates@iom.int>
Sent: Wednesday, January 27, 2021 12:31 PM
To: ircd@momd.example.gov.iq
Subject: RE: ترشيح متحدث من منظمات المجتمع المدني - المراجعة الإقليمية للاتفاق العالمي

شكراً لكم على رسالتكم. نؤكد استلام طلب الترشيح لدور متحدث في المراجعة الإقليمية للاتفاق العالمي من أجل الهجرة في المنطقة العربية، وسيتواصل معكم الفريق لاحقاً.

Thank you for your message. We confirm receipt of your speaker request.
"""
    body = alt(text, "----=_NextPart_000_0020_01D6F7B4.1225A950", "windows-1256", dir_="rtl")
    rows = std_rows(when, "mail.momd.example.gov.iq", "185.124.86.30", "4DSwq62kHcz9",
                    addr("أوس فاضل", "ircd@momd.example.gov.iq", "windows-1256"),
                    re_hdr("RE: ", "ترشيح متحدث من منظمات المجتمع المدني - المراجعة الإقليمية للاتفاق العالمي",
                           "windows-1256"),
                    rfcdate(tz(sent, 3)), M04_ID, ret="ircd@momd.example.gov.iq")
    rows += [("In-Reply-To", ACK02_ID), ("References", "%s %s" % (M02_ID, ACK02_ID)),
             ("X-Mailer", "Microsoft Outlook 16.0"), ("Content-Language", "ar-iq")]
    m = top(body, rows)
    add(4, when, m, dict(category="other", language="ar", acknowledge=False, on_time=None, thread_of="h121-02.eml",
        notes="thank-you reply to our acknowledgement of h121-02 (same ministry mailbox, different signer); adds "
              "nothing new, so no acknowledgement; quotes our bilingual acknowledgement which contains the words "
              "'طلب الترشيح' and 'speaker request'."))


M05_ID = "<DB7PR02MB3996A1F5E07C2B843D9E6F10C2E0@DB7PR02MB3996.eurprd02.prod.outlook.example.com>"
M05_TEXT = """Dear colleagues,

Allow me to bring to your attention Ms. Maya Salameh of the Migrant Domestic Workers' Solidarity Centre (MDWSC) in Beirut, a partner of our Embassy's migration and protection programme since 2018. Maya has been working closely with domestic worker community groups (Ethiopian, Sri Lankan, Filipino, Kenyan) throughout the kafala reform debate, the economic crisis and the aftermath of the port explosion, and I think she would make a valuable contribution to one of the thematic roundtables - ideally the one dealing with labour migration and decent work.

She is in copy and can confirm her availability directly. To be clear, she would be speaking for MDWSC and not on behalf of the Netherlands.

With kind regards,

Pieter van der Berg
First Secretary - Migration & Humanitarian Affairs
Embassy of the Kingdom of the Netherlands in Lebanon
Beirut
"""


def m05():
    when = at("2021-02-01 14:30:51")
    sent = when - dt.timedelta(seconds=6)
    body = alt(M05_TEXT, "_000_DB7PR02MB3996A1F5E07C2B843D9E6F10C2E0DB7PR02MB3996eurp_")
    rows = std_rows(when, "mail-db7eur02on2118.outbound.protection.outlook.example.com", "40.107.20.118",
                    "4DTqRz3vLnz2", '"van der Berg, Pieter" <pieter.vanderberg@minbuza.example.nl>',
                    "Suggestion for a speaker - Regional Review of the GCM", rfcdate(sent), M05_ID,
                    ret="pieter.vanderberg@minbuza.example.nl")
    rows.insert(5, ("Cc", "Maya Salameh <maya.salameh@mdwsc-lb.example.org>"))
    rows += [("Thread-Topic", "Suggestion for a speaker - Regional Review of the GCM"),
             ("Thread-Index", "AQHW+J2kQm7s0b9P1kCXvN3aY5E6Tg=="), ("Accept-Language", "nl-NL, en-US"),
             ("Content-Language", "en-US")]
    m = top(body, rows)
    add(5, when, m, dict(category="speaker_request", language="en", acknowledge=True, on_time=True, speakers=[
        sp("Maya Salameh", None, "Migrant Domestic Workers' Solidarity Centre (MDWSC)", ["roundtable"])],
        notes="donor embassy recommends a partner NGO staff member (in Cc); no title given; 'one of the thematic "
              "roundtables - ideally the one dealing with labour migration' gives the role but no number; the "
              "sender's title/embassy must not be taken for the speaker's."))


M06_ID = "<8F2D4C1B-7A3E-4B95-9C60-2E1F0D7B5A34@mdwsc-lb.example.org>"


def m06():
    when = at("2021-02-01 21:47:33")
    sent = when - dt.timedelta(seconds=12)
    text = """Dear Pieter, dear GCM team,

Thank you so much for the kind words! Happy to confirm I'm available on 24-25 Feb.
For your records my title is Advocacy & Outreach Coordinator at MDWSC. If possible I'd prefer roundtable 2, but I'm flexible.

Best,
Maya

Sent from my iPhone

> On 1 Feb 2021, at 14:30, van der Berg, Pieter <pieter.vanderberg@minbuza.example.nl> wrote:
> 
""" + quote_lines(M05_TEXT)
    html = ('<div dir="ltr">Dear Pieter, dear GCM team,</div><div dir="ltr"><br></div><div dir="ltr">Thank you so much '
            'for the kind words! Happy to confirm I\u2019m available on 24-25 Feb.</div><div dir="ltr">For your records '
            'my title is Advocacy &amp; Outreach Coordinator at MDWSC. If possible I\u2019d prefer roundtable 2, but '
            'I\u2019m flexible.</div><div dir="ltr"><br></div><div dir="ltr">Best,</div><div dir="ltr">Maya<br><br>'
            'Sent from my iPhone</div><div dir="ltr"><br><blockquote type="cite">On 1 Feb 2021, at 14:30, van der '
            'Berg, Pieter &lt;pieter.vanderberg@minbuza.example.nl&gt; wrote:<br><br></blockquote></div>'
            '<blockquote type="cite"><div dir="ltr">' + text2html(M05_TEXT) + '</div></blockquote>')
    text = text.replace("I'm available", "I\u2019m available").replace("I'd prefer", "I\u2019d prefer") \
               .replace("but I'm", "but I\u2019m")
    body = multi("alternative", [leaf("text/plain", text, "utf-8", "quoted-printable"),
                                 leaf("text/html", html_wrap(html), "utf-8", "quoted-printable")],
                 "Apple-Mail-3C9E1A72-0D4B-4F8E-B2A6-51C7E9D03F84")
    rows = std_rows(when, "mail.mdwsc-lb.example.org", "185.97.93.14", "4DV2hG7s1Xz6",
                    "Maya Salameh <maya.salameh@mdwsc-lb.example.org>",
                    "Re: Suggestion for a speaker - Regional Review of the GCM", rfcdate(sent), M06_ID,
                    ret="maya.salameh@mdwsc-lb.example.org")
    rows.insert(5, ("Cc", '"van der Berg, Pieter" <pieter.vanderberg@minbuza.example.nl>'))
    rows += [("In-Reply-To", M05_ID), ("References", M05_ID), ("X-Mailer", "iPhone Mail (18D52)")]
    m = top(body, rows)
    add(6, when, m, dict(category="speaker_request", language="en", acknowledge=True, on_time=True,
        thread_of="h121-05.eml", speakers=[
            sp("Maya Salameh", "Advocacy & Outreach Coordinator",
               "Migrant Domestic Workers' Solidarity Centre (MDWSC)", ["roundtable"], 2)],
        notes="the cc'd proposed person replies-all from her iPhone to confirm and add her title and a roundtable "
              "number; the full organisation name is only in the quoted original (her own text says 'MDWSC'); "
              "'&' in the title (escaped in HTML); curly apostrophes; follow-up of h121-05."))


M07_ID = "<a3c9e05d-61f2-4b7a-9e18-7d2b4f0c8e63@diplomatie.example.gouv.fr>"


def m07():
    when = at("2021-02-02 11:00:19")
    sent = when - dt.timedelta(seconds=8)
    text = """Madame, Monsieur,

Je reviens vers vous concernant ma recommandation du 28 janvier (ci-dessous).

M. Mbarga Essomba me demande si une interprétation vers le français sera assurée lors de la consultation multipartite du 23 février, et si le format est entièrement en ligne ou s'il est prévu une partie en présentiel à Beyrouth - auquel cas il aurait besoin d'une lettre d'invitation officielle pour ses démarches de visa (il est titulaire d'une carte de séjour marocaine).

Par ailleurs, Mme Benkirane ne trouve pas de message de votre part dans sa boîte ; pourriez-vous me confirmer que vous avez bien pris note des deux candidatures ?

Avec mes remerciements,

-- 
Camille Rousseau
Attachée de coopération - Migrations et gouvernance
Service de coopération et d'action culturelle (SCAC)
Ambassade de France au Maroc

Le 28/01/2021 à 15:05, Camille Rousseau a écrit :
""" + quote_lines(M03_TEXT.split("\n-- \n")[0] + "\n")
    body = leaf("text/plain", flowed(text), "UTF-8", "quoted-printable", params=[("format", "flowed")])
    rows = std_rows(when, "smtp-out.diplomatie.example.gouv.fr", "193.252.22.68", "4DVcTq1mJbz7",
                    "Camille Rousseau <camille.rousseau@diplomatie.example.gouv.fr>",
                    hdr("Re: Recommandation de deux intervenants - Examen régional du PMM (région arabe)", "utf-8", "Q"),
                    rfcdate(tz(sent, 1)), M07_ID, ret="camille.rousseau@diplomatie.example.gouv.fr")
    rows.insert(5, ("Cc", "=?UTF-8?Q?A=C3=AFcha_Benkirane?= <a.benkirane@amam-oujda.example.ma>, "
                          "Jean-Paul Mbarga Essomba <ccst.tanger@example.com>"))
    rows += [("In-Reply-To", M03_ID), ("References", M03_ID),
             ("User-Agent", "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:78.0) Gecko/20100101 Thunderbird/78.6.1"),
             ("Content-Language", "fr")]
    m = top(body, rows)
    add(7, when, m, dict(category="other", language="fr", acknowledge=True, on_time=None, thread_of="h121-03.eml",
        notes="follow-up of h121-03 by the same attachée: logistics questions (interpretation, online/in person, "
              "visa invitation letter) and 'did you receive it'; no new speaker: the two recommendations appear "
              "only in the quoted text, so this is not a new speaker request."))


M08_ID = "<CAJx7mQe3pN0v-2kHs8Wf1RzB5tLc9YdG4aU6iO0nE7jX2bM5qA@mail.gmail.example.com>"
M08_TEXT = """مساء الخير،

معاكم أحمد سمير، صحفي في موقع "مدى الهجرة" (بغطي ملف اللاجئين والمهاجرين في مصر من حوالي ٦ سنين).

عرفت من زملاء إن فيه مراجعة إقليمية للاتفاق العالمي للهجرة آخر الشهر ده، وحبيت أرشحلكم الأستاذ عبد الرحيم آدم إسحاق، رئيس رابطة أبناء دارفور بعين شمس. هو من أنشط الناس في الجالية السودانية في القاهرة، وبيساعد الأسر الجديدة في التسجيل والسكن والمدارس. أنا شايف إن صوته مهم يتسمع في الجلسة العامة بدل ما الكلام كله يبقى من المنظمات الكبيرة.

أنا مش بتكلم باسم الموقع اللي بشتغل فيه، ده ترشيح شخصي. حطيته نسخة على الإيميل (cc) عشان تتواصلوا معاه على طول.

شكراً ليكم
أحمد سمير
صحفي - القاهرة
"""


def m08():
    when = at("2021-02-02 19:15:40")
    sent = when - dt.timedelta(seconds=3)
    body = alt(M08_TEXT, "000000000000f1a2b305ba5c9d17", "UTF-8", "base64", dir_="rtl")
    rows = std_rows(when, "mail-ej1-f42.google.example.com", "209.85.218.42", "4DVq8b2WcRz3",
                    addr("Ahmed Samir", "ahmed.samir.press@gmail.example.com"),
                    hdr("ترشيح متحدث من الجالية السودانية"), rfcdate(sent), M08_ID,
                    ret="ahmed.samir.press@gmail.example.com")
    rows.insert(5, ("Cc", "abdelrahim.adam.ishaq@yahoo.example.com"))
    m = top(body, rows)
    add(8, when, m, dict(category="speaker_request", language="ar", acknowledge=True, on_time=True, speakers=[
        sp("عبد الرحيم آدم إسحاق", "رئيس", "رابطة أبناء دارفور بعين شمس", ["plenary"])],
        notes="Egyptian colloquial, Gmail base64; a journalist (not the speaker, explicitly not speaking for his "
              "outlet 'مدى الهجرة') recommends a Sudanese community leader; honorific 'الأستاذ' dropped; 'يتسمع "
              "في الجلسة العامة' = plenary; Arabic-Indic digit '٦'; the proposed person is a bare address in Cc."))


M09_ID = "<1612352412.4417209.1612352400123@mail.yahoo.example.com>"


def m09():
    when = at("2021-02-03 13:40:27")
    sent = when - dt.timedelta(seconds=14)
    text = """الإخوة الكرام في الشبكة الإقليمية،
السلام عليكم ورحمة الله

أشكر الأخ أحمد على الترشيح، وأؤكد لكم استعدادي للمشاركة بمداخلة في الجلسة العامة يوم ٢٤ أو ٢٥ فبراير إن شاء الله.

تصحيح بسيط فقط: الاسم الرسمي للرابطة هو "رابطة أبناء دارفور للتنمية والتكافل - القاهرة" وليس كما ورد في رسالة الأخ أحمد، وصفتي فيها رئيس مجلس الإدارة.

ولكم جزيل الشكر
عبد الرحيم آدم إسحاق


في الثلاثاء، ٢ فبراير ٢٠٢١ ٧:١٥ م، كتب أحمد سمير <ahmed.samir.press@gmail.example.com>:
""" + quote_lines(M08_TEXT)
    body = alt(text, "----=_Part_4417208_1120384761.1612352400120", "UTF-8", "quoted-printable", dir_="rtl")
    rows = std_rows(when, "sonic312-21.consmr.mail.ir2.yahoo.example.com", "77.238.177.148", "4DW6kY0pHqz5",
                    addr("عبدالرحيم آدم", "abdelrahim.adam.ishaq@yahoo.example.com"),
                    re_hdr("Re: ", "ترشيح متحدث من الجالية السودانية"), rfcdate(sent), M09_ID,
                    ret="abdelrahim.adam.ishaq@yahoo.example.com")
    rows.insert(5, ("Cc", "Ahmed Samir <ahmed.samir.press@gmail.example.com>"))
    rows += [("In-Reply-To", M08_ID), ("References", M08_ID),
             ("X-Mailer", "WebService/1.1.17648 YMailNorrin")]
    m = top(body, rows)
    add(9, when, m, dict(category="speaker_request", language="ar", acknowledge=True, on_time=True,
        thread_of="h121-08.eml", speakers=[
            sp("عبد الرحيم آدم إسحاق", "رئيس مجلس الإدارة", "رابطة أبناء دارفور للتنمية والتكافل - القاهرة",
               ["plenary"])],
        notes="the cc'd proposed person replies (Yahoo, MSA with Sudanese politeness) to confirm and to correct the "
              "organisation's official name and his title; the quoted original still has the old name and title "
              "('رئيس'), the corrected ones must win; display name 'عبدالرحيم آدم' differs from the full name; "
              "follow-up of h121-08."))


M10_ID = "<KW2P282MB0931B7E45AD1C06F83A2D95EC4EB@KW2P282MB0931.KWTP282.PROD.OUTLOOK.example.com>"
ACK10_ID = "<ack-20210204-0219@gcmrr.iom.int>"


def m10():
    when = at("2021-02-04 10:05:16")
    sent = when - dt.timedelta(seconds=22)
    name = "التقرير الطوعي - جمعية سند 2021.pdf"
    text = """السلام عليكم ورحمة الله وبركاته

مساكم الله بالخير، حبيت أرسل لكم التقرير الطوعي اللي جهزته جمعية سند لدعم العمالة المنزلية عن تطبيق الاتفاق العالمي في الكويت، هم طلبوا منا نرسله عنهم لأن الإيميل عندهم فيه مشكلة في المرفقات. التقرير مرفق (PDF).

وبعد لو تكرمتوا نرشح المحامية دانة عبدالله الرشيد، المستشارة القانونية في جمعية سند، تكون مقررة وتقدم الرسائل الرئيسية لأصحاب المصلحة، هي شاركت في صياغة التقرير وتعرف الملف زين.

ملاحظة: احنا في الديوان جهة داعمة بس، الكلام والتقرير كله للجمعية.

مع الشكر والتقدير
فهد ناصر العنزي
منسق البرامج
ديوان العمل الأهلي - الكويت
"""
    alt_ = alt(text, "_000_KW2P282MB0931B7E45AD1C06F83A2D95EC4EBKW2P282MB0931KWTP_", "utf-8", "base64",
               dir_="rtl")
    pdf = make_pdf(["Sanad Association for Domestic Workers Support - Kuwait",
                    "Voluntary GCM Review Report 2021",
                    "Objectives 6 and 7: fair recruitment, access to justice for domestic workers",
                    "Prepared with the legal unit of the association"])
    att = attach("application/pdf", pdf, name, "rfc2047")
    body = multi("mixed", [alt_, att], "_004_KW2P282MB0931B7E45AD1C06F83A2D95EC4EBKW2P282MB0931KWTP_")
    rows = std_rows(when, "mail-kw2p282cu001.outbound.protection.outlook.example.com", "52.100.174.212",
                    "4DWpR8c6Tsz0", addr("فهد ناصر العنزي", "f.alenezi@diwan-ahli.example.org.kw"),
                    hdr("التقرير الطوعي لجمعية سند + ترشيح مقررة"), rfcdate(tz(sent, 3)), M10_ID,
                    ret="f.alenezi@diwan-ahli.example.org.kw")
    rows += [("Thread-Topic", hdr("التقرير الطوعي لجمعية سند + ترشيح مقررة")),
             ("Thread-Index", "AdbL0vKq3n8cT5Rw2kG7mZ1pQx9e4g=="), ("X-MS-Has-Attach", "yes"),
             ("Content-Language", "ar-KW")]
    m = top(body, rows)
    add(10, when, m, dict(category="both", language="ar", acknowledge=True, on_time=True, speakers=[
        sp("دانة عبدالله الرشيد", "المستشارة القانونية", "جمعية سند لدعم العمالة المنزلية", ["rapporteur"])],
        report_attachments=[name],
        notes="Gulf (Kuwaiti) colloquial from Outlook on the web, base64; a supporting body sends a partner "
              "association's report AND proposes the association's legal adviser as rapporteur ('تكون مقررة وتقدم "
              "الرسائل الرئيسية'); 'المحامية' is a profession prefix, not part of the name; the association's full "
              "name appears once, then 'جمعية سند'; RFC 2047 Arabic attachment name; Date in UTC+3."))


def m11():
    when = at("2021-02-04 10:21:02")
    text = """أنا خارج المكتب في مهمة رسمية من 4 إلى 11 فبراير 2021 مع وصول محدود للبريد الإلكتروني.
للأمور العاجلة يرجى التواصل مع الزميلة مريم الشمري: m.alshammari@diwan-ahli.example.org.kw

I am out of the office on mission from 4 to 11 February 2021 with limited access to e-mail.
For urgent matters please contact Maryam Al-Shammari: m.alshammari@diwan-ahli.example.org.kw

فهد ناصر العنزي
"""
    body = alt(text, "_000_KW2P282MB09314A7C1E2D3F6B8A9C0D1E2F3AKW2P282MB0931KWTP_", "utf-8", "base64",
               dir_="rtl")
    rows = std_rows(when, "mail-kw2p282cu001.outbound.protection.outlook.example.com", "52.100.174.212",
                    "4DWpnQ1Kx7z2", addr("فهد ناصر العنزي", "f.alenezi@diwan-ahli.example.org.kw"),
                    re_hdr("Automatic reply: ", "التقرير الطوعي لجمعية سند + ترشيح مقررة"),
                    rfcdate(tz(when - dt.timedelta(seconds=2), 0)),
                    "<KW2P282MB09314A7C1E2D3F6B8A9C0D1E2F3A@KW2P282MB0931.KWTP282.PROD.OUTLOOK.example.com>",
                    to="GCM Regional Review Arab States <gcmrrarabstates@iom.int>", ret="<>")
    rows[0] = ("Return-Path", "<>")
    rows += [("In-Reply-To", ACK10_ID), ("Auto-Submitted", "auto-replied"),
             ("X-Auto-Response-Suppress", "All"), ("X-MS-Exchange-Inbox-Rules-Loop", "f.alenezi@diwan-ahli.example.org.kw"),
             ("Content-Language", "ar-KW")]
    m = top(body, rows)
    add(11, when, m, dict(category="auto_reply", language="ar", acknowledge=False, on_time=None,
        notes="Exchange out-of-office (Auto-Submitted: auto-replied) from the sender of h121-10 answering our "
              "acknowledgement; bilingual Arabic first then English; quotes the subject with 'مقررة'; must not be "
              "acknowledged nor treated as a follow-up."))


M12_ID = "<PR3P193MB0811C2A9F4E6B0D7351E8C4AB9D70@PR3P193MB0811.EURP193.PROD.OUTLOOK.example.com>"


def m12():
    when = at("2021-02-05 23:57:20")
    sent = when - dt.timedelta(seconds=19)
    name = "Rapport_PTAMD_Revue_PMM_2021.pdf"
    text = """Bonsoir,

Désolée pour l'heure tardive. Au nom du projet ProMigration de la GIZ en Tunisie, je vous transmets ci-joint le rapport volontaire collectif élaboré par la Plateforme Tunisienne des Associations Migration et Développement (PTAMD), qui regroupe 14 associations de Tunis, Sfax, Médenine et Zarzis. La GIZ a uniquement appuyé l'atelier de rédaction ; le contenu relève entièrement de la plateforme.

Par la même occasion, la plateforme souhaiterait proposer son coordinateur national, M. Karim Jlassi, pour une prise de parole en séance plénière (24 ou 25 février). Il est joignable au +216 98 000 000.

Bien cordialement,

Sonia Ben Ammar
Chargée de programme | Projet ProMigration
Deutsche Gesellschaft für Internationale Zusammenarbeit (GIZ) GmbH
Bureau de Tunis - Immeuble Mercure, Les Berges du Lac, 1053 Tunis
T +216 71 000 000
"""
    alt_ = alt(text, "_000_PR3P193MB0811C2A9F4E6B0D7351E8C4AB9D70PR3P193MB0811EURP_", "iso-8859-1")
    pdf = make_pdf(["Plateforme Tunisienne des Associations Migration et Developpement (PTAMD)",
                    "Rapport volontaire collectif - Examen regional du PMM 2021",
                    "1. Methodologie: 14 associations, ateliers de Sfax et Medenine",
                    "2. Objectifs 5, 15 et 19", "3. Recommandations aux autorites et aux partenaires"])
    att = attach("application/pdf", pdf, name)
    body = multi("mixed", [alt_, att], "_004_PR3P193MB0811C2A9F4E6B0D7351E8C4AB9D70PR3P193MB0811EURP_")
    rows = std_rows(when, "mail-eopbgr80072.outbound.protection.outlook.example.com", "40.107.8.72",
                    "4DXY0m5Jhwz8", "Ben Ammar Sonia GIZ TN <sonia.benammar@giz.example.de>",
                    "Rapport volontaire PTAMD + proposition d'intervenant", rfcdate(tz(sent, 1)), M12_ID,
                    ret="sonia.benammar@giz.example.de")
    rows += [("Thread-Topic", "Rapport volontaire PTAMD + proposition d'intervenant"),
             ("Thread-Index", "AdbMRk2h5QzP0Ww8Sy6Hc1nV7tB3jA=="), ("X-MS-Has-Attach", "yes"),
             ("Accept-Language", "fr-FR, de-DE"), ("Content-Language", "fr-FR")]
    m = top(body, rows)
    add(12, when, m, dict(category="both", language="fr", acknowledge=True, on_time=True, speakers=[
        sp("Karim Jlassi", "coordinateur national",
           "Plateforme Tunisienne des Associations Migration et Développement (PTAMD)", ["plenary"])],
        report_attachments=[name],
        notes="deadline edge: received 23:57:20 Beirut on Fri 5 Feb (Date 22:57 +0100, Tunis), so the speaker part "
              "is on time and the report too; a donor project officer sends a platform's collective report and "
              "proposes its coordinator; 'son coordinateur national' (title before the name, organisation by "
              "reference to 'la plateforme'); iso-8859-1 Outlook."))


M13_ID = "<CAHr5k2Lq9wE-7xPz3Nn0sYb8vF1mTgC6dJ4uA2oK9iR5eW3hB@mail.gmail.example.com>"


def m13():
    when = at("2021-02-05 23:58:40")
    sent = when - dt.timedelta(seconds=21)
    text = """Hi there,

I'm a reporter with the Kuwait Herald (labour & migration beat) and only realised tonight that the deadline for speakers is today, so sorry for the rush!!

I'd strongly suggest you hear from Bishnu Prasad Adhikari, chairperson of the Nepali Migrant Workers Forum - Kuwait Chapter (NMWF-K), a volunteer group that helped hundreds of stranded workers during the 2020 lockdowns - repatriation flights, unpaid wages cases, food distribution etc. He has nothing to do with our paper, he's just someone I interviewed many times and he speaks really well about what workers face on the ground.

His number is +965 9000 0000 and email bishnu.nmwf@example.com. I didnt cc him because his inbox is a mess lol but he knows I'm writing.

No idea which session would fit best, you decide.

Cheers,
Rakesh Menon
Kuwait Herald
"""
    body = alt(text, "000000000000a7c3d205ba9e1f42", "UTF-8", "quoted-printable")
    rows = std_rows(when, "mail-wm1-f67.google.example.com", "209.85.128.67", "4DXY2c1Qmvz5",
                    "Rakesh Menon <rakesh.menon.kw@gmail.example.com>",
                    "speaker suggestion (sorry last minute!!)", rfcdate(tz(sent, 3)), M13_ID,
                    ret="rakesh.menon.kw@gmail.example.com")
    m = top(body, rows)
    add(13, when, m, dict(category="speaker_request", language="en", acknowledge=True, on_time=True, speakers=[
        sp("Bishnu Prasad Adhikari", "chairperson", "Nepali Migrant Workers Forum - Kuwait Chapter (NMWF-K)", [])],
        notes="deadline edge the other way: the Date header reads 'Sat, 6 Feb 2021 00:58 +0300' (Kuwait) but it is "
              "23:58:40 on Fri 5 Feb in Beirut, so it is on time; a journalist recommends a migrant community "
              "leader from another organisation; lower-case title in apposition after the name; "
              "the organisation is a volunteer group ('a volunteer group that...' is description); no session stated ('you decide') so no roles."))


M14_ID = "<VI1P190MB0413F6A2D8C93E17B05D4A2CE8F61@VI1P190MB0413.EURP190.PROD.OUTLOOK.example.com>"


def m14():
    when = at("2021-02-06 00:06:10")
    sent = when - dt.timedelta(seconds=18)
    inner = """<div class="WordSection1">
<p class="MsoNormal">Madame, Monsieur,<o:p></o:p></p>
<p class="MsoNormal"><o:p>&nbsp;</o:p></p>
<p class="MsoNormal">La D&eacute;l&eacute;gation de l'Union europ&eacute;enne en Tunisie a le plaisir de recommander la participation de <b>M. Mohamed Ali Trabelsi</b>, premier adjoint au maire de Sfax, charg&eacute; des affaires sociales et de la migration (Municipalit&eacute; de Sfax), en qualit&eacute; d'intervenant &agrave; la table ronde th&eacute;matique 4.<o:p></o:p></p>
<p class="MsoNormal">Sfax fait partie des villes pilotes de notre programme d'appui &agrave; la gouvernance locale des migrations ; M. Trabelsi y a pilot&eacute; la mise en place du guichet municipal d'orientation des migrants, premier du genre en Tunisie.<o:p></o:p></p>
<p class="MsoNormal">M. Trabelsi s'exprimera au nom de la municipalit&eacute;. Ses coordonn&eacute;es : <a href="mailto:ma.trabelsi@commune-sfax.example.tn">ma.trabelsi@commune-sfax.example.tn</a> / +216 74 000 000 (il est en copie).<o:p></o:p></p>
<p class="MsoNormal">Je reste &agrave; votre disposition pour tout compl&eacute;ment.<o:p></o:p></p>
<p class="MsoNormal"><o:p>&nbsp;</o:p></p>
<p class="MsoNormal">Cordialement,<o:p></o:p></p>
<p class="MsoNormal"><b><span style="color:#003399">Ines Gharbi</span></b><br>
Charg&eacute;e de programme &ndash; Migration et mobilit&eacute;<br>
Section Coop&eacute;ration<br>
D&eacute;l&eacute;gation de l'Union europ&eacute;enne en Tunisie<br>
Rue du Lac Biwa, Les Berges du Lac, 1053 Tunis<o:p></o:p></p>
</div>"""
    html = ('<html xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word">'
            '<head><meta http-equiv="Content-Type" content="text/html; charset=us-ascii"><style><!-- p.MsoNormal '
            '{margin:0cm;font-size:11.0pt;font-family:"Calibri",sans-serif;} --></style></head>'
            '<body lang="FR" link="#0563C1">\n' + inner + '\n</body></html>\n')
    body = leaf("text/html", html, "us-ascii", "quoted-printable")
    rows = std_rows(when, "mail-vi1eur04on0631.outbound.protection.outlook.example.com", "40.107.8.31",
                    "4DXYBv6Ldrz1", "=?iso-8859-1?Q?GHARBI_In=E8s_=28EEAS-TUNIS=29?= <ines.gharbi@eeas.example.eu>",
                    hdr("Recommandation - intervenant table ronde 4 (Municipalité de Sfax)", "iso-8859-1", "Q"),
                    rfcdate(tz(sent, 1)), M14_ID, ret="ines.gharbi@eeas.example.eu")
    rows.insert(5, ("Cc", "ma.trabelsi@commune-sfax.example.tn"))
    rows += [("Thread-Topic", hdr("Recommandation - intervenant table ronde 4 (Municipalité de Sfax)", "iso-8859-1", "Q")),
             ("Thread-Index", "AdbMUc8n0H2xRkXq7a1J9b3pZ5e6Wg=="), ("Accept-Language", "fr-FR, en-US"),
             ("Content-Language", "fr-FR")]
    m = top(body, rows)
    add(14, when, m, dict(category="speaker_request", language="fr", acknowledge=True, on_time=False, speakers=[
        sp("Mohamed Ali Trabelsi", "premier adjoint au maire de Sfax, chargé des affaires sociales et de la migration",
           "Municipalité de Sfax", ["roundtable"], 4)],
        notes="late by 6 minutes: received 00:06:10 Beirut on Sat 6 Feb although the Date header says 'Fri, 5 Feb "
              "2021 23:05 +0100' (Tunis); HTML-only Outlook with entities (&eacute;); an EU Delegation recommends a "
              "local official, the affiliation is the municipality given in parentheses after a long title; "
              "ISO-8859-1 encoded display name and subject; the sender's long signature follows."))


def m15():
    when = at("2021-02-06 00:21:37")
    qid = "TU4P190MB0208"
    text = """Impossible de remettre le message à ces destinataires ou groupes :

ma.trabelsi@commune-sfax.example.tn
L'adresse de messagerie que vous avez entrée est introuvable. Vérifiez l'adresse de messagerie du destinataire et renvoyez le message. Si le problème persiste, contactez votre service d'assistance.

Informations de diagnostic pour les administrateurs :

Serveur de génération : TU4P190MB0208.commune-sfax.example.tn

ma.trabelsi@commune-sfax.example.tn
Remote Server returned '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup'
"""
    arr = when - dt.timedelta(seconds=40)
    dsn = """Reporting-MTA: dns;TU4P190MB0208.commune-sfax.example.tn
Received-From-MTA: dns;mx1.iom.int
Arrival-Date: %s

Final-Recipient: rfc822;ma.trabelsi@commune-sfax.example.tn
Action: failed
Status: 5.1.10
Diagnostic-Code: smtp;550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup
""" % rfcdate(tz(arr, 1))
    hdrs = """From: GCM Regional Review Arab States <gcmrrarabstates@iom.int>
To: ines.gharbi@eeas.example.eu
CC: ma.trabelsi@commune-sfax.example.tn
Subject: RE: Recommandation - intervenant table ronde 4 =?iso-8859-1?Q?=28Municipalit=E9_de_Sfax=29?=
Date: %s
Message-ID: <ack-20210206-0007@gcmrr.iom.int>
In-Reply-To: %s
Auto-Submitted: auto-replied
""" % (rfcdate(arr), M14_ID)
    p1 = alt(text, "--_000_TU4P190MB0208NDR_", "utf-8", "quoted-printable")
    p2 = Message(policy=POL)
    p2["Content-Type"] = "message/delivery-status"
    from email.parser import Parser
    for block in dsn.strip("\n").split("\n\n"):
        p2.attach(Parser(policy=POL).parsestr(block + "\n", headersonly=True))
    p3 = leaf("text/rfc822-headers", hdrs, "us-ascii", "7bit")
    body = multi("report", [p1, p2, p3], "--_001_TU4P190MB0208NDR_",
                 params=[("report-type", "delivery-status")])
    m = Message(policy=POL)
    m["Return-Path"] = "<>"
    m["Delivered-To"] = BOX
    m["Received"] = received(when, "mail-tu4p190.commune-sfax.example.tn", "197.13.18.5", "4DXYWk0Zp3z9")
    m["From"] = "postmaster@commune-sfax.example.tn"
    m["To"] = BOX
    m["Subject"] = hdr("Non remis : RE: Recommandation - intervenant table ronde 4 (Municipalité de Sfax)",
                       "iso-8859-1", "Q")
    m["Date"] = rfcdate(tz(when - dt.timedelta(seconds=3), 1))
    m["Message-ID"] = "<8d2f61ab-3c47-4e09-b15a-7f0e2c9d4a61@%s.commune-sfax.example.tn>" % qid
    m["Auto-Submitted"] = "auto-replied"
    m["Content-Language"] = "fr-FR"
    m["MIME-Version"] = "1.0"
    for k, v in body.items():
        m[k] = v
    m.set_payload(body.get_payload())
    add(15, when, m, dict(category="bounce", language="fr", acknowledge=False, on_time=None,
        notes="Exchange non-delivery report in French (multipart/report delivery-status) for our acknowledgement "
              "of h121-14 copied to the proposed official's address, which does not exist; the returned headers "
              "quote 'table ronde 4' and the In-Reply-To of h121-14 but this is a bounce, never acknowledge."))


def m16():
    when = at("2021-02-09 11:32:05")
    sent = when - dt.timedelta(seconds=7)
    name = "JWU_Voluntary_GCM_Review_Feb2021.pdf"
    inner = """<div class="WordSection1">
<p class="MsoNormal">Dear Secretariat,</p>
<p class="MsoNormal">&nbsp;</p>
<p class="MsoNormal">Please find below two proposed speakers from partner organisations supported by the Swiss Agency for Development and Cooperation (SDC) in Jordan. We are aware that the 5 February date has passed and apologise &ndash; our partners only finalised their nominations this week. We would be grateful if they could still be considered.</p>
<p class="MsoNormal">&nbsp;</p>
<table class="MsoTableGrid" border="1" cellspacing="0" cellpadding="0" style="border-collapse:collapse;border:none">
<tr><td style="background:#D9E2F3"><b>Organisation</b></td><td style="background:#D9E2F3"><b>Name</b></td><td style="background:#D9E2F3"><b>Position</b></td><td style="background:#D9E2F3"><b>Session</b></td></tr>
<tr><td>Jordanian Women's Union (JWU)</td><td>Ms. Nisreen Haddadin</td><td>Migration &amp; Refugee Programme Coordinator</td><td>Thematic roundtable 1</td></tr>
<tr><td>Mafraq Host Community Council</td><td>Mr. Ali Khalaf Al-Zoubi</td><td>Head of the Council</td><td>Plenary &ndash; floor intervention</td></tr>
</table>
<p class="MsoNormal">&nbsp;</p>
<p class="MsoNormal">In addition, JWU has asked us to forward their voluntary GCM review report, which you will find attached.</p>
<p class="MsoNormal">&nbsp;</p>
<p class="MsoNormal">Kind regards,</p>
<p class="MsoNormal">Reto Baumgartner</p>
<p class="MsoNormal"><span style="font-size:9.0pt;color:gray">Programme Officer Migration &amp; Protection<br>
Swiss Cooperation Office Jordan | Embassy of Switzerland<br>
Ibn Battuta Street 19, Jabal Amman, P.O. Box 5341, Amman 11183</span></p>
</div>"""
    html = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"><style><!-- '
            'p.MsoNormal {margin:0cm;font-size:11.0pt;font-family:"Calibri",sans-serif;} --></style></head>'
            '<body lang="DE-CH">\n' + inner + '\n</body></html>\n')
    h = leaf("text/html", html, "utf-8", "quoted-printable")
    pdf = make_pdf(["Jordanian Women's Union (JWU)", "Voluntary GCM Review Report - February 2021",
                    "Migrant and refugee women in Amman, Zarqa and Mafraq: access to protection and work",
                    "GCM objectives 7, 16 and 17"])
    att = attach("application/pdf", pdf, name)
    body = multi("mixed", [h, att], "_004_ZR0P278MB0217D4E19A3B6C5F20E7C18D4A92ZR0P278MB0217CHEP_")
    rows = std_rows(when, "mail-zr0che01on2109.outbound.protection.outlook.example.com", "40.107.24.109",
                    "4DZs3n8Fbqz4", "Baumgartner Reto EDA BGR <reto.baumgartner@eda.example.ch>",
                    "Proposed speakers from SDC partners + JWU voluntary report", rfcdate(tz(sent, 2)),
                    "<ZR0P278MB0217D4E19A3B6C5F20E7C18D4A92@ZR0P278MB0217.CHEP278.PROD.OUTLOOK.example.com>",
                    ret="reto.baumgartner@eda.example.ch")
    rows += [("Thread-Topic", "Proposed speakers from SDC partners + JWU voluntary report"),
             ("X-MS-Has-Attach", "yes"), ("Accept-Language", "de-CH, en-US"), ("Content-Language", "en-US")]
    m = top(body, rows)
    add(16, when, m, dict(category="both", language="en", acknowledge=True, on_time=False, speakers=[
        sp("Nisreen Haddadin", "Migration & Refugee Programme Coordinator", "Jordanian Women's Union (JWU)",
           ["roundtable"], 1),
        sp("Ali Khalaf Al-Zoubi", "Head of the Council", "Mafraq Host Community Council", ["plenary"])],
        report_attachments=[name],
        notes="HTML-only Outlook with a table whose columns run Organisation | Name | Position | Session; a donor "
              "(SDC/Embassy of Switzerland) proposes two people from two different partners (an NGO and a local "
              "council) and forwards one partner's report; the speaker part is after 5 Feb (the sender says so), "
              "the report part is on time, so on_time is false for 'both'; honorifics Ms./Mr. in the Name column."))


def m17():
    when = at("2021-02-10 15:12:48")
    sent = when - dt.timedelta(seconds=10)
    name = "DWU-Lebanon GCM voluntary report.docx"
    text = """Dear colleagues,

Forwarding below on behalf of the Domestic Workers' Union in Lebanon (DWU-L), one of the workers' organisations we support, who had trouble sending the attachment from their own account (file size limit on their side). The report is attached again here.

The report is theirs - ILO has not edited it. Please reply to Gemma directly, copying me.

Best,
Nadia

Nadia Hamdan
Technical Officer - Labour Migration
International Labour Organization
Regional Office for Arab States
Aresco Centre, Justinien Street, Kantari | P.O. Box 11-4088 Riad El Solh | Beirut 1107-2150, Lebanon
Tel: +961 1 752 400

From: Gemma Tesfaye <dwu.lebanon@gmail.example.com>
Sent: Wednesday, February 10, 2021 1:02 PM
To: Hamdan, Nadia <hamdan@ilo.example.org>
Subject: report for the GCM review

Dear Nadia, as we discussed on the phone can you please send this to the GCM people, our email keep rejecting it. It is the voluntary report of our union, with the input of women from 6 communities (Ethiopian, Kenyan, Sierra Leonean, Filipino, Bangladeshi, Sri Lankan). Thank you sister!!

Gemma
"""
    alt_ = alt(text, "_000_DB9PR06MB7243E0A61C4F2B83D7E9F5C2A1B8DB9PR06MB7243eurp_")
    docx = make_docx(["Domestic Workers' Union in Lebanon (DWU-L)", "Voluntary GCM Review Report 2021",
                      "Voices of migrant domestic workers from six communities",
                      "1. Kafala and the standard unified contract", "2. Access to justice and shelters",
                      "3. Recommendations"])
    att = attach(DOCX, docx, name)
    body = multi("mixed", [alt_, att], "_004_DB9PR06MB7243E0A61C4F2B83D7E9F5C2A1B8DB9PR06MB7243eurp_")
    rows = std_rows(when, "mail-db9eur06on0612.outbound.protection.outlook.example.com", "40.107.4.112",
                    "4Dbf6K1wRsz2", '"Hamdan, Nadia" <hamdan@ilo.example.org>',
                    "FW: report for the GCM review", rfcdate(sent),
                    "<DB9PR06MB7243E0A61C4F2B83D7E9F5C2A1B8@DB9PR06MB7243.eurprd06.prod.outlook.example.com>",
                    ret="hamdan@ilo.example.org")
    rows.insert(5, ("Cc", "Gemma Tesfaye <dwu.lebanon@gmail.example.com>"))
    rows += [("Thread-Topic", "report for the GCM review"), ("X-MS-Has-Attach", "yes"),
             ("Accept-Language", "en-US"), ("Content-Language", "en-US")]
    m = top(body, rows)
    add(17, when, m, dict(category="voluntary_report", language="en", acknowledge=True, on_time=True,
        report_attachments=[name],
        notes="Outlook forward (FW:, inline 'From:/Sent:' header block) by a UN agency officer on behalf of a "
              "migrant domestic workers' union; the report belongs to the union; no speaker is proposed; file "
              "name with spaces and a hyphen."))


def m18():
    when = at("2021-02-11 09:47:22")
    sent = when - dt.timedelta(seconds=5)
    text = """Hello,

Quick question from the UNHCR Lebanon community-based protection team: a refugee-led organisation we work with in the Bekaa asked whether it is still possible to nominate a speaker for the thematic roundtables now that the 5 Feb deadline has passed - or, if not, whether some of their members could at least follow the open discussion on the 23rd as participants. They haven't decided who would speak yet.

Could you advise what we should tell them? And will Arabic interpretation be available throughout?

Thanks a lot,
Karim

--
Karim Nassar | Associate Protection Officer (Community-Based Protection) | UNHCR Lebanon | Beirut
"""
    body = alt(text, "B_3695788042_1389207445", "UTF-8", "quoted-printable")
    rows = std_rows(when, "mail-he1eur02lp2053.outbound.protection.outlook.example.com", "104.47.5.53",
                    "4Dc4Zt0nYhz8", "Karim Nassar <nassark@unhcr.example.org>",
                    "Question - nominations after 5 Feb?", rfcdate(sent),
                    "<7A1D3F2E-5B8C-4E90-A6D1-2C4F8E0B9A37@unhcr.example.org>", ret="nassark@unhcr.example.org")
    rows += [("User-Agent", "Microsoft-MacOutlook/16.45.21011103"), ("Thread-Topic", "Question - nominations after 5 Feb?"),
             ("Content-Language", "en-US")]
    m = top(body, rows)
    add(18, when, m, dict(category="other", language="en", acknowledge=True, on_time=None,
        notes="a UN agency asks on behalf of a refugee-led organisation whether a speaker can still be nominated "
              "and about interpretation; mentions 'nominate a speaker', 'roundtables', 'open discussion' but names "
              "nobody ('They haven't decided who would speak yet'), so it is a question, not a speaker request."))


def m19():
    when = at("2021-02-12 20:10:55")
    sent = when - dt.timedelta(seconds=26)
    name = "تقرير ائتلاف جمعيات المفرق - الاتفاق العالمي للهجرة.pdf"
    t1 = leaf("text/plain", """مرحبا
بعتلكم التقرير الطوعي تبع ائتلاف جمعيات المفرق لدعم العمال المهاجرين، الجماعة طلبوا مني ابعثه لانو انا كنت حاضر الورشة اللي عملوها بالبلدية. الملف مرفق، اذا في اي مشكلة بفتحه خبروني
يعطيكم العافية

م. عمر الخالدي
رئيس قسم التنمية المحلية - بلدية المفرق الكبرى

مرسل من الـ iPhone
""", "utf-8", "base64")
    pdf = make_pdf(["Mafraq Coalition of Associations for Migrant Workers Support",
                    "Voluntary report - Global Compact for Migration regional review 2021",
                    "Agricultural migrant workers in Mafraq governorate: housing, work permits, health"])
    att = attach("application/pdf", pdf, name, "rfc2231", disp="inline")
    t2 = leaf("text/plain", "\n\n", "us-ascii", "7bit")
    body = multi("mixed", [t1, att, t2], "Apple-Mail-52E1B9A4-7C3D-4F06-8D2E-A19B0C7F6E35")
    rows = std_rows(when, "mail.mafraq-municipality.example.gov.jo", "212.118.15.90", "4DcmF0b7Kvz1",
                    addr("Omar Alkhaldi", "o.alkhaldi@mafraq-municipality.example.gov.jo"),
                    hdr("التقرير الطوعي"), rfcdate(sent),
                    "<E4B7C2A9-1D5F-4A3E-9B08-6F2C7D1E0A95@mafraq-municipality.example.gov.jo>",
                    ret="o.alkhaldi@mafraq-municipality.example.gov.jo")
    rows += [("X-Mailer", "iPhone Mail (18D52)")]
    m = top(body, rows)
    add(19, when, m, dict(category="voluntary_report", language="ar", acknowledge=True, on_time=True,
        report_attachments=[name],
        notes="Levantine (Jordanian) colloquial from an iPhone, base64; a municipal official sends a coalition's "
              "report because he attended their workshop; Arabic PDF name in RFC 2231 encoding, disposition "
              "inline; iPhone layout text/PDF/empty text; bare two-word subject; Latin display name."))


def m20():
    when = at("2021-02-15 17:26:03")
    sent = when - dt.timedelta(seconds=11)
    name = "Rapport CODTM - Examen PMM 2021 (version finale).pdf"
    text = """Bonjour,

J'espère que vous allez bien.

Veuillez trouver ci-joint le rapport volontaire du Collectif des ONG libanaises pour les droits des travailleurs migrants (CODTM), dans le cadre de l'examen régional du Pacte mondial sur les migrations. Le Collectif m'a demandé de vous le transmettre puisque j'ai suivi leurs travaux pour le Ministère ; le ministère n'est toutefois pas signataire du rapport et ne s'associe pas forcément à toutes ses recommandations.

La version arabe suivra d'ici quelques jours, inchallah.

Merci de bien vouloir en accuser réception.

Bien à vous,
Rana Abi Khalil
Conseillère auprès du Ministre des Affaires sociales
Beyrouth - Liban
"""
    html_inner = ('<div dir="ltr">' + text2html(text).replace("<p>", '<p style="margin:0">') + "</div>")
    alt_ = multi("alternative", [leaf("text/plain", text, "UTF-8", "quoted-printable"),
                                 leaf("text/html", html_inner + "\n", "UTF-8", "quoted-printable")],
                 "0000000000004e8c1d05bb5a7f29")
    pdf = make_pdf(["Collectif des ONG libanaises pour les droits des travailleurs migrants (CODTM)",
                    "Rapport volontaire - Examen regional du Pacte mondial sur les migrations 2021",
                    "Travail domestique, kafala, acces a la justice", "Version finale - fevrier 2021"])
    att = attach("application/pdf", pdf, name, extra=[("X-Attachment-Id", "f_kl5q8r2c0")])
    body = multi("mixed", [alt_, att], "0000000000004e8c1e05bb5a7f2b")
    rows = std_rows(when, "mail-wr1-f66.google.example.com", "209.85.221.66", "4DdyqQ3Hm1z6",
                    "Rana Abi Khalil <rana.abikhalil@gmail.example.com>",
                    "Rapport volontaire CODTM - Examen régional PMM", rfcdate(sent),
                    "<CAGm2yR8pT4vN-0wXz5Kq1bH7sJ3dL9cF6eA0uY2oI8nM4rE@mail.gmail.example.com>",
                    ret="rana.abikhalil@gmail.example.com")
    rows[5] = ("Subject", hdr("Rapport volontaire CODTM - Examen régional PMM", "utf-8", "Q"))
    m = top(body, rows)
    add(20, when, m, dict(category="voluntary_report", language="fr", acknowledge=True, on_time=True,
        report_attachments=[name],
        notes="Levantine French from a personal Gmail account of a ministerial adviser who transmits an NGO "
              "collective's report (explicitly not the ministry's); announces an Arabic version to come "
              "('inchallah'); attachment name with spaces and parentheses; asks for acknowledgement."))


def m21():
    when = at("2021-02-16 11:40:31")
    sent = when - dt.timedelta(seconds=30)
    text = """السادة/ فريق المراجعة الإقليمية للاتفاق العالمي من أجل الهجرة - المنطقة العربية
تحية طيبة وبعد،

بناءً على طلب مؤسسة طريق الأمل لتنمية المجتمع بمحافظة الفيوم، وهي إحدى الجمعيات الأهلية الشريكة في مبادرة "مراكب النجاة" للتوعية بمخاطر الهجرة غير النظامية، نرسل لسيادتكم فيما يلي نص التقرير الطوعي الذي أعدته المؤسسة، إذ تعذر عليها الإرسال مباشرة:

---------------------------------------------
التقرير الطوعي لمؤسسة طريق الأمل لتنمية المجتمع - الفيوم
المراجعة الإقليمية للاتفاق العالمي من أجل الهجرة الآمنة والمنظمة والنظامية 2021

أولاً: نبذة عن المؤسسة
تعمل المؤسسة منذ عام 2009 في قرى مركزي يوسف الصديق وطامية، وهي من أكثر القرى التي يخرج منها شباب وأطفال غير مصحوبين عبر البحر المتوسط.

ثانياً: الأنشطة المرتبطة بأهداف الاتفاق العالمي
- الهدف 2 (الحد من العوامل الدافعة): مشروعات صغيرة لـ 320 شاباً وشابة.
- الهدف 10 (مكافحة الاتجار بالبشر): 45 ندوة توعية في المدارس ومراكز الشباب.
- الهدف 21 (العودة وإعادة الإدماج): متابعة 60 طفلاً عائداً بالتنسيق مع لجان حماية الطفل.

ثالثاً: التحديات
ضعف التمويل، وصعوبة الوصول إلى الأطفال العائدين بعد عودتهم إلى قراهم.

رابعاً: التوصيات
1. دعم برامج بديلة للشباب في القرى المصدرة للهجرة.
2. إشراك الجمعيات الأهلية المحلية في آليات المتابعة الوطنية للاتفاق.
---------------------------------------------

وتفضلوا بقبول وافر الاحترام،

وحدة الهجرة والتنمية
وزارة الدولة للهجرة وشؤون المصريين بالخارج
القاهرة - جمهورية مصر العربية
"""
    alt_ = alt(text, "----=_NextPart_000_0031_01D70470.5A8C2E10", "windows-1256", "quoted-printable", dir_="rtl",
               html_inner=text2html(text) + '\n<p><img width="72" height="24" src="cid:image001.png@01D70470.5A8C2E10"></p>')
    logo = make_png(24, 8, (180, 20, 30))
    img = leaf("image/png", logo, cte="base64", params=[("name", '"image001.png"')],
               disp='inline; filename="image001.png"', extra=[("Content-ID", "<image001.png@01D70470.5A8C2E10>")])
    body = multi("related", [alt_, img], "----=_NextPart_001_0032_01D70470.5A8C2E10",
                 params=[("type", '"multipart/alternative"')])
    rows = std_rows(when, "mail.emigration.example.gov.eg", "41.33.190.24", "4DfH2p9Wqxz7",
                    addr("وحدة الهجرة والتنمية", "migration.dev@emigration.example.gov.eg", "windows-1256"),
                    hdr("التقرير الطوعي لمؤسسة طريق الأمل لتنمية المجتمع - الفيوم", "windows-1256"),
                    rfcdate(sent), "<003101d70470$5a8c2e10$0fa48a30$@emigration.example.gov.eg>",
                    ret="migration.dev@emigration.example.gov.eg")
    rows += [("X-Mailer", "Microsoft Outlook 15.0"), ("Content-Language", "ar-eg")]
    m = top(body, rows)
    add(21, when, m, dict(category="voluntary_report", language="ar", acknowledge=True, on_time=True,
        notes="formal Egyptian ministry unit pastes an NGO's voluntary report into the body (between dashed "
              "lines), so report_attachments is empty; the only attachment is an inline signature logo "
              "(image001.png in multipart/related); windows-1256 Outlook; no person named at all."))


def m22():
    when = at("2021-02-16 23:56:30")
    sent = when - dt.timedelta(seconds=28)
    name = "Rapport volontaire RAOMD - PMM 2021.docx"
    text = """Bonsoir Mesdames et Messieurs,

Suite à notre échange téléphonique de ce matin, veuillez trouver ci-joint le rapport volontaire du Réseau des Associations de l'Oriental pour la Migration et le Développement (RAOMD), rédigé avec l'appui d'Enabel dans le cadre du projet de renforcement de la société civile. Le réseau n'ayant pas encore d'adresse institutionnelle stable, ses membres m'ont chargé de vous le faire parvenir avant la date limite.

Je reste à votre disposition pour tout complément d'information. En vous souhaitant bonne réception.

Cordialement

Youssef El Idrissi
Chargé de projet
Enabel - Agence belge de développement
Oujda - Maroc
"""
    alt_ = alt(text, "_000_AM0PR04MB6563B2F1E9C7A0D4385F1E2AC3D4AM0PR04MB6563eurp_", "iso-8859-1")
    docx = make_docx(["Reseau des Associations de l'Oriental pour la Migration et le Developpement (RAOMD)",
                      "Rapport volontaire - Examen regional du PMM 2021",
                      "Migrants en transit a Oujda, Nador et Figuig", "Recommandations"])
    att = attach(DOCX, docx, name)
    body = multi("mixed", [alt_, att], "_004_AM0PR04MB6563B2F1E9C7A0D4385F1E2AC3D4AM0PR04MB6563eurp_")
    rows = std_rows(when, "mail-am0eur04on2119.outbound.protection.outlook.example.com", "40.107.2.119",
                    "4Dfzl10Hsvz3", "Youssef El Idrissi <youssef.elidrissi@enabel.example.be>",
                    "Rapport volontaire RAOMD", rfcdate(tz(sent, 1)),
                    "<AM0PR04MB6563B2F1E9C7A0D4385F1E2AC3D4@AM0PR04MB6563.eurprd04.prod.outlook.example.com>",
                    ret="youssef.elidrissi@enabel.example.be")
    rows += [("X-MS-Has-Attach", "yes"), ("Accept-Language", "fr-FR, nl-BE"), ("Content-Language", "fr-FR")]
    m = top(body, rows)
    add(22, when, m, dict(category="voluntary_report", language="fr", acknowledge=True, on_time=True,
        report_attachments=[name],
        notes="deadline edge: received 23:56:30 Beirut on Tue 16 Feb (Date 22:56 +0100, Oujda), on time; a "
              "development agency's project officer sends a Moroccan network's report on its behalf; Maghrebi "
              "French formulas ('Suite à notre échange', 'En vous souhaitant bonne réception'); iso-8859-1 Outlook."))


def m23():
    when = at("2021-02-17 00:03:15")
    sent = when - dt.timedelta(seconds=24)
    name = "IRIN_Collective_GCM_Report_2021.pdf"
    text = """Dear GCM Regional Review team,

Apologies for the late hour - please find attached the collective voluntary report of the Iraqi Returnees and IDPs Network (IRIN), ten local NGOs working in Ninewa, Anbar and Salah al-Din. DRC Iraq supported the consultations but the report is entirely theirs. Their coordinator, Sa'ad Hameed, is cc'd in case you have questions on the content.

Hope it can still be taken into account.

Kind regards,
Hélène Marchetti
Protection & Advocacy Manager
Danish Refugee Council (DRC) - Iraq
Erbil
"""
    html_inner = text2html(text).replace("Hélène Marchetti", '<img src="cid:ii_kl9d2e3f1" width="24" height="8"> '
                                         'Hélène Marchetti')
    a = multi("alternative", [leaf("text/plain", text, "UTF-8", "quoted-printable"),
                              leaf("text/html", '<div dir="ltr">' + html_inner + "</div>\n", "UTF-8",
                                   "quoted-printable")], "00000000000052a9f305bb7c1e84")
    logo = make_png(24, 8, (230, 120, 0))
    img = leaf("image/png", logo, cte="base64", params=[("name", '"drc_logo.png"')],
               disp='inline; filename="drc_logo.png"', extra=[("Content-ID", "<ii_kl9d2e3f1>"),
                                                              ("X-Attachment-Id", "ii_kl9d2e3f1")])
    rel = multi("related", [a, img], "00000000000052a9f405bb7c1e85")
    pdf = make_pdf(["Iraqi Returnees and IDPs Network (IRIN)", "Collective Voluntary GCM Review Report 2021",
                    "Ninewa - Anbar - Salah al-Din", "Durable solutions, documentation, housing land and property"])
    att = attach("application/pdf", pdf, name, extra=[("X-Attachment-Id", "f_kl9d2e3f2")])
    body = multi("mixed", [rel, att], "00000000000052a9f505bb7c1e86")
    rows = std_rows(when, "mail-lj1-f171.google.example.com", "209.85.208.171", "4Dg0CZ4Lt9z1",
                    "=?UTF-8?Q?H=C3=A9l=C3=A8ne_Marchetti?= <helene.marchetti@drc.example.ngo>",
                    "IRIN collective voluntary report - GCM regional review", rfcdate(tz(sent, 3)),
                    "<CAKq8sP3rV6xZ-1yB4dF7hJ0lN3pR6tV9xA2cE5gI8kM1oQ4@mail.gmail.example.com>",
                    ret="helene.marchetti@drc.example.ngo")
    rows.insert(5, ("Cc", "=?UTF-8?Q?Sa=27ad_Hameed?= <irin.coordination@example.iq>"))
    m = top(body, rows)
    add(23, when, m, dict(category="voluntary_report", language="en", acknowledge=True, on_time=False,
        report_attachments=[name],
        notes="late by 3 minutes: received 00:03:15 Beirut on Wed 17 Feb, Date 'Wed, 17 Feb 2021 01:02 +0300' "
              "(Erbil); an INGO sends a network's collective report; the network's coordinator is named and cc'd "
              "only as a contact, not proposed as a speaker; an inline logo in multipart/related is not part of "
              "the report."))


def m24():
    when = at("2021-02-18 10:04:49")
    sent = when - dt.timedelta(seconds=13)
    text = """Bonjour,

Salam,

Le Ministère délégué chargé des Marocains Résidant à l'Étranger et des Affaires de la Migration a recommandé à plusieurs associations partenaires de participer à la consultation multipartite du 23 février. Ces associations nous demandent si le programme détaillé et les liens de connexion leur seront envoyés directement par vos soins ou s'ils transiteront par le Ministère.

Pourriez-vous également nous préciser à quelle heure (heure de Rabat) débute la consultation ?

Merci d'avance pour votre retour.

Bien cordialement,

Mohammed Amine Bennani
Cadre - Direction des Affaires de la Migration
Ministère délégué chargé des MRE et des Affaires de la Migration
Rabat
"""
    body = leaf("text/plain", text, "UTF-8", "base64")
    rows = std_rows(when, "mail.mre.example.gov.ma", "196.200.131.12", "4DgWbq2Rk8z5",
                    "Bennani Mohammed Amine <m.bennani@mre.example.gov.ma>",
                    hdr("Consultation du 23 février - programme et liens de connexion", "utf-8", "B"),
                    rfcdate(tz(sent, 1)), "<1f3a9c72e4b8d05a61c2@mre.example.gov.ma>",
                    ret="m.bennani@mre.example.gov.ma")
    rows += [("X-Mailer", "Zimbra 8.8.15_GA_3953 (ZimbraWebClient - GC88 (Win)/8.8.15_GA_3953)")]
    m = top(body, rows)
    add(24, when, m, dict(category="other", language="fr", acknowledge=True, on_time=None,
        notes="Moroccan ministry logistics question (programme, connection links, start time in Rabat time) about "
              "associations it 'recommended'; no one is named or proposed, no role requested; 'Salam' greeting; "
              "base64 plain text from Zimbra."))


def main():
    for f in (m01, m02, m03, m04, m05, m06, m07, m08, m09, m10, m11, m12, m13, m14, m15, m16, m17, m18, m19,
              m20, m21, m22, m23, m24):
        f()
    os.makedirs(OUT, exist_ok=True)
    for n in sorted(os.listdir(OUT)):
        p = os.path.join(OUT, n)
        if os.path.isfile(p):
            os.remove(p)
    labels = []
    prev = None
    for fname, data, lab in MESSAGES:
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
