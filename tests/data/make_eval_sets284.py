#!/usr/bin/env python3
"""Write the blind evaluation set holdout284 (24 raw .eml messages + labels.json).

Deterministic, standard library only:  python3 tests/data/make_eval_sets284.py
Theme: speakers given in tables and forms (25 January - 17 February 2021).  An Amman legal-aid network's Outlook
table whose second row says 'Same as above' and leaves the title empty (the first speaker's Exchange out-of-office
answers our acknowledgement), a Beirut domestic workers' association's Gmail table with a header row in Arabic and
English, three rows, 'نفس الجهة' and an empty title (completed two days later by a reply quoting the table), a
Casablanca association's ASCII pipe table with cells wrapped over several lines and 'idem' (one of its speakers is
withdrawn later), a Kuwait Filipino workers' group registering four members pasted from Excel who only want to
listen, a Zarzis association writing in Tunisian Arabic around a French form, a Beirut lawyers' report with the
English speaker form filled in French, a Cairo delegation of five in which only one row asks to speak (a question
about the others follows), an Oran collective whose only candidate is 'à confirmer', an Erbil organisation's report
with speakers pasted from Excel with ditto marks and empty cells, an Alexandria foundation's English-labelled form
filled in Arabic (the Cc'd speaker's university mailbox is full: an Arabic Exchange NDR), an Algiers network's
Excel paste with separate Nom/Prénom columns and 'idem' in three cells at 23:48 on the speaker deadline (the Cc'd
coordinator's Zimbra out-of-office), a Moroccan observatory's RTL table sent at 23:21 local time = 00:21 in Beirut
with an empty roundtable cell, a Sudanese report with a table of its drafting team, a Doha centre's report with a
late speaker table, a Rabat foundation's report with a 'fiche de synthèse' naming a focal point, a thank-you, a
submission form whose speaker section says 'N/A' at 23:51 on the report deadline, and a late report with a
French/Arabic table header from a diaspora association.  Helpers from mailgen.py.
"""
import datetime as dt

from mailgen import (EvalSet, DOCX, addr, alt, at, attach, b_word, esc, gmail_html, hdr, html_only, leaf, make_docx,
                     make_png, mk, multi, re_hdr, rep_pdf, rfcdate, sent_at, sp, std_rows, top, exchange_ooo_rows)
from mailgen import outlook_rows as outlook
from mailgen import quote_block as gt, ack_id as ack_mid, logo

SET = EvalSet(284)
add = SET.add
H = "h284-%02d.eml"

TB = "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:78.0) Gecko/20100101 Thunderbird/78.7.0"
APPLE = "Apple Mail (2.3608.120.23.2.4)"
MAC_OUTLOOK = "Microsoft-MacOutlook/16.45.21011103"
YAHOO_ANDROID = "WebService/1.1.17576 YahooMailAndroidMobile"
YAHOO = "WebService/1.1.17648 YMailNorrin"
OX = "Open-Xchange Mailer v7.10.3-Rev34"
ZIMBRA = "Zimbra 8.8.15_GA_3869 (zclient/8.8.15_GA_3869)"


# ---------------------------------------------------------------- body builders
def yahoo_html(text, rtl=False):
    d = "rtl" if rtl else "ltr"
    lines = "".join('<div dir="%s" data-setdir="false">%s</div>' % (d, esc(x).replace("\t", "&nbsp;&nbsp;&nbsp;&nbsp;")
                                                                    if x else "<br>")
                    for x in text.rstrip("\n").split("\n"))
    return ('<html><head></head><body><div class="ydp3f9a2c71yahoo-style-wrap" style="font-family:Helvetica Neue, '
            'Helvetica, Arial, sans-serif;font-size:13px;">%s</div></body></html>\n' % lines)


def gdiv(text, rtl=False):
    """Gmail's way of writing typed lines: <div> per line, <br> for an empty one."""
    d = ' dir="rtl"' if rtl else ' dir="ltr"'
    return "<div%s>%s</div>" % (d, "".join("<div>%s</div>" % (esc(x) if x else "<br>")
                                           for x in text.strip("\n").split("\n")))


def gmail_page(inner):
    return ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body>%s'
            '</body></html>\n' % inner)


def tabbed(rows):
    """A table as Excel puts it on the clipboard (and Gmail/Apple Mail in text/plain): tab-separated rows."""
    return "\n".join("\t".join(r) for r in rows)


def outlook_cells(rows):
    """A table in Outlook's text/plain: every cell a paragraph of its own, an empty cell an empty line."""
    out = []
    for r in rows:
        for c in r:
            out.append(c)
            out.append("")
    return "\n".join(out).rstrip("\n")


def outlook_table(rows, widths, rtl=False, head_bg="#D9E2F3"):
    d = ' dir="rtl"' if rtl else ""
    pd = ' dir="RTL"' if rtl else ""
    trs = []
    for i, r in enumerate(rows):
        tds = []
        for c, w in zip(r, widths):
            if c:
                inner = esc(c)
                if i == 0:
                    inner = "<b>%s</b>" % inner
                p = '<p class="MsoNormal"%s>%s<o:p></o:p></p>' % (pd, inner)
            else:
                p = '<p class="MsoNormal"%s><o:p>&nbsp;</o:p></p>' % pd
            bg = ";background:%s" % head_bg if i == 0 else ""
            tds.append('<td width="%d" valign="top" style="width:%.1fpt;border:solid windowtext 1.0pt;'
                       'padding:0cm 5.4pt 0cm 5.4pt%s">%s</td>' % (w, w * 0.75, bg, p))
        trs.append("<tr>%s</tr>" % "".join(tds))
    return ('<table class="MsoTableGrid" border="1" cellspacing="0" cellpadding="0"%s style="border-collapse:'
            'collapse;border:none">%s</table>' % (d, "".join(trs)))


def outlook_page(parts, lang="EN-US", img_cid=None, rtl=False):
    """Outlook HTML: text parts as MsoNormal paragraphs, ('table', html) parts as they are."""
    d = ' dir="rtl"' if rtl else ""
    pd = ' dir="RTL"' if rtl else ""
    body = []
    for p in parts:
        if isinstance(p, tuple):
            body.append(p[1])
            body.append('<p class="MsoNormal"%s><o:p>&nbsp;</o:p></p>' % pd)
            continue
        for para in p.strip("\n").split("\n\n"):
            body.append('<p class="MsoNormal"%s>%s<o:p></o:p></p>' % (pd, esc(para).replace("\n", "<br>\n")))
    if img_cid:
        body.append('<p class="MsoNormal"><img width="120" height="60" src="cid:%s"></p>' % img_cid)
    return ('<html xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word">'
            '<head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"><meta name="Generator" '
            'content="Microsoft Word 15 (filtered medium)"></head><body lang="%s" link="#0563C1"%s>'
            '<div class="WordSection1"%s>%s</div></body></html>\n' % (lang, d, d, "".join(body)))


def plain_of(parts, cells=outlook_cells):
    out = []
    for p in parts:
        out.append(cells(p[2]) if isinstance(p, tuple) else p.strip("\n"))
    return "\n\n".join(out) + "\n"


def sheet_table(rows, rtl=False, empty="", bold_head=True):
    """A table pasted from Excel/Google Sheets into Gmail or Apple Mail."""
    d = ' dir="rtl"' if rtl else ' dir="ltr"'
    trs = []
    for i, r in enumerate(rows):
        tds = []
        for c in r:
            inner = esc(c) if c else empty
            if i == 0 and bold_head and c:
                inner = "<b>%s</b>" % inner
            tds.append('<td style="border:1px solid #cccccc;padding:2px 3px;vertical-align:bottom;font-family:Arial;'
                       'font-size:10pt">%s</td>' % inner)
        trs.append('<tr style="height:21px">%s</tr>' % "".join(tds))
    return ('<table cellspacing="0" cellpadding="0" border="1"%s style="table-layout:fixed;font-size:10pt;'
            'font-family:Arial;border-collapse:collapse;border:none"><tbody>%s</tbody></table>' % (d, "".join(trs)))


def ack_text(lang, subject, what):
    if lang == "ar":
        return ("حضرات السادة المحترمين،\n\nتؤكد أمانة الاستعراض الإقليمي للاتفاق العالمي من أجل الهجرة الآمنة "
                "والمنظمة والنظامية في المنطقة العربية استلام رسالتكم «%s» و%s، وستتواصل معكم الأمانة لاحقاً "
                "عند الحاجة.\n\nالاستعراض الإقليمي للاتفاق العالمي للهجرة - المنطقة العربية" % (subject, what))
    return ("Dear colleague,\n\nThe secretariat of the Regional Review of the Global Compact for Migration in the Arab "
            "region acknowledges receipt of your message \"%s\" and of %s. The secretariat will come back to you "
            "about the programme.\n\nGCM Regional Review - Arab States" % (subject, what))


# ================================================================ 01  EN  speaker  Amman legal-aid network: Outlook table, 'Same as above', empty title cell
M01_ID = "<DB7PR03MB4972A1E58C0B3F6D@DB7PR03MB4972.eurprd03.prod.outlook.example.com>"
M01_SUBJ = "Nominations for speaking roles - MNMLA (GCM Regional Review, Arab States)"
M01_QID = "4DPq1Wc73Lz2"
MNMLA = "Mashreq Network for Migrant Workers' Legal Aid (MNMLA)"


def m01():
    when = at("2021-01-25 11:02:17")
    table = [["#", "Name", "Job title", "Organisation", "Requested role"],
             ["1", "Dr. Suha Al-Tal", "Executive Director", MNMLA, "Rapporteur (key messages of the stakeholders)"],
             ["2", "Mr. Bassam Omar Khrais", "", "Same as above", "Floor intervention - Roundtable 2"]]
    parts = ["""Dear colleagues,

Further to the invitation to the Regional Review of the Global Compact for Migration in the Arab region, the Mashreq Network for Migrant Workers' Legal Aid (MNMLA) would like to put forward the following two nominations:""",
             ("table", outlook_table(table, [24, 140, 110, 190, 180]), table),
             """Mr. Khrais has just taken up a new post within the network and we will confirm his exact job title in due course. Dr. Al-Tal is copied on this email.

MNMLA brings together 11 legal aid organisations in Jordan, Lebanon and Iraq that represent migrant workers in wage and contract disputes; in 2020 our members handled more than 2,300 cases, most of them concerning unpaid wages and confiscated passports.

We would be grateful if you could confirm receipt.

Kind regards,

Dana Qudah
Programme Coordinator
Mashreq Network for Migrant Workers' Legal Aid (MNMLA)
Jabal Al-Weibdeh, Amman - Jordan
Tel: +962 6 000 0000

This email and any attachments are confidential and intended solely for the addressee. If you have received it in error, please notify the sender and delete it."""]
    text = plain_of(parts)
    cid = "image001.png@01D6F30B.4A2C7E10"
    rel = multi("related", [leaf("text/html", outlook_page(parts, "EN-GB", cid)), logo(cid, (30, 80, 140))],
                "_004_DB7PR03MB4972A1E58C0B3F6D_", params=[("type", '"text/html"')])
    body = multi("alternative", [leaf("text/plain", text), rel], "_000_DB7PR03MB4972A1E58C0B3F6D_")
    m = mk(when, sent_at(when, 2, 9), "mail-db7eur03on0614.outbound.protection.outlook.example.com",
           "198.51.100.114", M01_QID, "Dana Qudah <d.qudah@mnmla.example.org>", M01_SUBJ, M01_ID, body,
           cc="Suha Al-Tal <s.altal@mnmla.example.org>",
           extra=outlook(M01_SUBJ, "AdbzDq2Lm4Nx6Pw8Rt0Vy2Bc4Fg6Hk==", lang="en-GB", has_attach="yes"))
    add(1, when, m, dict(category="speaker_request", language="en", acknowledge=True, on_time=True, speakers=[
        sp("Suha Al-Tal", "Executive Director", MNMLA, ["rapporteur"]),
        sp("Bassam Omar Khrais", None, MNMLA, ["roundtable"], 2)],
        notes="two speakers in an Outlook table (text/plain renders every cell as a paragraph of its own, the empty "
              "title cell as an empty line); the second row's organisation is 'Same as above' = the first row's "
              "full name with acronym, and his job title cell is empty and announced for later ('we will confirm "
              "his exact job title in due course'): title null. 'Dr.'/'Mr.' dropped; the '#' column (1, 2) is not "
              "a roundtable; '11 legal aid organisations', 2020 and 2,300 cases are not event data. The sender is "
              "not a speaker; the first speaker is in Cc and her out-of-office answers our acknowledgement "
              "(h284-02). Outlook related part with a logo, confidentiality disclaimer."))


# ================================================================ 02  EN  auto_reply  the first speaker's Exchange out-of-office on our acknowledgement of 01
def m02():
    when = at("2021-01-25 11:03:01")
    text = """Thank you for your email.

I am travelling from 25 to 31 January with limited access to email and will reply on my return. For urgent matters, please contact Dana Qudah, Programme Coordinator (d.qudah@mnmla.example.org).

Dr. Suha Al-Tal
Executive Director
Mashreq Network for Migrant Workers' Legal Aid (MNMLA)
"""
    html = outlook_page([text], "EN-GB")
    body = alt(text, "_000_DB7PR03MB4972OOF71C2E9A_", html=html)
    rows = exchange_ooo_rows(when, "mail-db7eur03on0614.outbound.protection.outlook.example.com", "198.51.100.114",
                             "4DPq2Bf85Mz9", "Suha Al-Tal <s.altal@mnmla.example.org>",
                             "<DB7PR03MB4972C7E1A90F2B58@DB7PR03MB4972.eurprd03.prod.outlook.example.com>",
                             M01_SUBJ, M01_ID, ack_mid(M01_QID), "en-GB", (2, 3))
    add(2, when, top(body, rows), dict(category="auto_reply", language="en", acknowledge=False, on_time=None,
        notes="Exchange out-of-office of the first speaker of h284-01 (she was in Cc), answering our acknowledgement "
              "44 seconds later ('Automatic reply:' subject, Auto-Submitted, X-Auto-Response-Suppress, null "
              "Return-Path, References name h284-01): the signature repeats her name, title and organisation and "
              "names a colleague with her title, but it proposes nobody. Never acknowledge; thread_of null as for "
              "dev auto-replies."))


# ================================================================ 03  AR  speaker  Beirut domestic workers' association: Gmail table, header row in Arabic and English
M03_ID = "<CAJq4Rt8Wm2xN6vB+c1Kp9Lz3sH7dFe5gY0@mail.gmail.example.com>"
M03_SUBJ = "ترشيح ٣ متحدثين من جمعية جسور"
M03_FROM = "ريتا أبي راشد"
M03_ADDR = "rita.jusur@gmail.example.com"
JUSUR = "جمعية جسور للعاملات المهاجرات في لبنان"
M03_TABLE = [["الاسم / Name", "الصفة / Position", "الجهة / Organisation", "المشاركة المطلوبة / Requested role"],
             ["ليال فرنسيس", "منسقة البرامج", JUSUR, "مداخلة في المائدة المستديرة الثالثة"],
             ["د. كريم عساف", "مستشار قانوني", "نفس الجهة", "النقاش المفتوح (23 شباط)"],
             ["ميرون تسفاي", "", "نفس الجهة", "مداخلة في الجلسة العامة"]]
M03_BEFORE = """مرحبا،

نحنا جمعية جسور للعاملات المهاجرات في لبنان، منشتغل من 2014 مع العاملات بالمنازل ببيروت والمتن. من بعد انفجار المرفأ والأزمة الاقتصادية صار عنا كتير حالات عاملات متروكات بلا أوراق وبلا معاش وبلا تذكرة رجعة.

حابين نرشّح تلاتة من فريقنا للمشاركة بالاستعراض الإقليمي، التفاصيل بالجدول تحت:"""
M03_AFTER = """ميرون صرلها 12 سنة بلبنان وبتحكي عربي منيح، فبتقدر تحكي بالعربي أو بالإنكليزي، متل ما بتريحكن.

إذا في أي استمارة لازم نعبّيها خبرونا.

شكراً كتير
ريتا أبي راشد
جمعية جسور
+961 1 000 000"""


def m03():
    when = at("2021-01-26 14:37:52")
    text = M03_BEFORE + "\n\n" + tabbed(M03_TABLE) + "\n\n" + M03_AFTER + "\n"
    html = gmail_page(gdiv(M03_BEFORE, True) + "<br>" + sheet_table(M03_TABLE, rtl=True) + "<br>"
                      + gdiv(M03_AFTER, True))
    body = alt(text, "000000000000d3a51f05b9c2e871", html=html, b64=True)
    m = mk(when, sent_at(when, 2, 8), "mail-wr1-f47.google.example.com", "192.0.2.147", "4DQ3kX62Tz5",
           addr(M03_FROM, M03_ADDR), hdr(M03_SUBJ), M03_ID, body)
    add(3, when, m, dict(category="speaker_request", language="ar", acknowledge=True, on_time=True, speakers=[
        sp("ليال فرنسيس", "منسقة البرامج", JUSUR, ["roundtable"], 3),
        sp("كريم عساف", "مستشار قانوني", JUSUR, ["open_discussion"]),
        sp("ميرون تسفاي", None, JUSUR, ["plenary"])],
        notes="three speakers in a Gmail table whose header row is in Arabic and English ('الاسم / Name', 'الجهة / "
              "Organisation'...); rows 2 and 3 say 'نفس الجهة' for the organisation (= the first row's full name); "
              "the third row's title cell is empty (title null; it is supplied in h284-09); 'د.' dropped. Roles as "
              "phrases: 'المائدة المستديرة الثالثة' (ordinal word), 'النقاش المفتوح (23 شباط)', 'الجلسة العامة'. "
              "Lebanese colloquial Arabic ('نحنا', 'حابين نرشّح', 'صرلها'), Arabic-Indic '٣' in the subject; 2014 "
              "and 12 years are not event data. The sender is not a speaker. Gmail, base64, text/plain rows "
              "tab-separated."))


# ================================================================ 04  FR  speaker  Casablanca association: ASCII pipe table, wrapped cells, 'idem'
M04_ID = "<7c2e94b1-58d3-4f0a-b6e2-1d9a3c5f80e7@aps-casa.example.ma>"
M04_SUBJ = "Propositions d'intervenants – Association Passerelles Solidaires (Casablanca)"
M04_FROM = "Yassine Bennani <y.bennani@aps-casa.example.ma>"
APS = "Association Passerelles Solidaires (APS)"
M04_TEXT = """Bonjour,

Suite à votre lettre d'invitation, l'Association Passerelles Solidaires (APS), qui accompagne depuis 2013 les migrants subsahariens installés à Derb Sultan et à Sidi Moumen, souhaite proposer deux intervenants pour l'examen régional :

| N° | Nom                    | Fonction                | Organisation     | Rôle souhaité          |
|----|------------------------|-------------------------|------------------|------------------------|
| 1  | Mme Hind Lamrani       | Présidente              | Association      | Intervention – table   |
|    |                        |                         | Passerelles      | ronde n° 2             |
|    |                        |                         | Solidaires (APS) |                        |
|----|------------------------|-------------------------|------------------|------------------------|
| 2  | M. Mamadou Lamine Sow  | Médiateur communautaire | idem             | Discussion ouverte     |
|    |                        |                         |                  | (23 février)           |

Mme Lamrani a déjà participé aux consultations nationales de 2019. M. Sow, lui-même arrivé de Guinée en 2012, anime nos groupes de parole ; il s'exprimera en français.

Merci de nous dire si un document complémentaire (CV, photo) est nécessaire.

Cordialement,

--
Yassine Bennani
Chargé de communication
Association Passerelles Solidaires (APS)
Casablanca – Maroc
"""


def m04():
    when = at("2021-01-27 16:20:09")
    body = leaf("text/plain", M04_TEXT, "utf-8", "8bit")
    m = mk(when, sent_at(when, 1, 7), "mail.aps-casa.example.ma", "203.0.113.44", "4DR6nH28Kz4", M04_FROM,
           hdr(M04_SUBJ, enc="Q"), M04_ID, body, extra=[("User-Agent", TB), ("Content-Language", "fr")])
    add(4, when, m, dict(category="speaker_request", language="fr", acknowledge=True, on_time=True, speakers=[
        sp("Hind Lamrani", "Présidente", APS, ["roundtable"], 2),
        sp("Mamadou Lamine Sow", "Médiateur communautaire", APS, ["open_discussion"])],
        notes="ASCII pipe table typed in Thunderbird plain text (8bit, not flowed): the organisation and role cells "
              "wrap over two or three lines ('Association / Passerelles / Solidaires (APS)', 'Intervention – table "
              "/ ronde n° 2') and must be read down the column; the second row's organisation is 'idem'. 'Mme'/'M.' "
              "dropped; 'N°' column (1, 2) is not a roundtable; 2013, 2019 and 2012 are history. The signer is not a "
              "speaker. The second speaker is withdrawn in h284-18."))


# ================================================================ 05  EN  other  Kuwait Filipino workers' group: four attendees pasted from Excel, no speaking role
def m05():
    when = at("2021-01-28 09:12:44")
    subj = "Registration of 4 members - BMWA Kuwait"
    table = [["No.", "Name", "Position", "Organization", "Participation", "Remarks"],
             ["1", "Maricel Dizon", "Secretary", "BMWA-K", "Online", ""],
             ["2", "Jocelyn Ramos Aquino", "President", "BMWA-K", "Online", "day off is Friday only"],
             ["3", "Arnel Cruz", "Member", "BMWA-K", "Online", ""],
             ["4", "Gemma Villanueva", "Treasurer", "BMWA-K", "Online", ""]]
    text = """Good day!

We are the Bayanihan Migrant Workers Association - Kuwait (BMWA-K), a group of Filipino household service workers and drivers. A friend from our community centre shared your invitation with us.

We would like to register the following members to attend the consultation on 23 February and the conference on 24-25 February:

""" + tabbed(table) + """

We are joining as participants only. We will not give a speech or send a report this time, we just want to listen and learn because this is our first time in this kind of meeting.

Can you please send us the link? Is there a registration form we have to fill? Most of us will join by mobile phone.

Thank you and God bless!

Maricel Dizon
Secretary, BMWA-K

Sent from Yahoo Mail on Android
"""
    body = alt(text, "----=_Part_2297415_1630582231.1611817964551", html=yahoo_html(text))
    m = mk(when, sent_at(when, 3, 6), "sonic302-19.consmr.mail.gq1.yahoo.example.com", "198.51.100.202",
           "4DRt4Jc91Pz6", "Maricel Dizon <maricel.dizon82@yahoo.example.com>", subj,
           "<1447205123.2297416.1611817964552@mail.yahoo.example.com>", body, extra=[("X-Mailer", YAHOO_ANDROID)])
    add(5, when, m, dict(category="other", language="en", acknowledge=True, on_time=None,
        notes="registration of four attendees in a table pasted from Excel (tab-separated, with Position and "
              "Organization columns and an empty Remarks cell) that looks exactly like a nomination table; one "
              "sentence decides it: 'We are joining as participants only. We will not give a speech or send a "
              "report'. Questions about the link and a registration form. Yahoo Mail on Android, Date in UTC+3 "
              "(Kuwait)."))


# ================================================================ 06  AR  speaker  Zarzis association: Tunisian Arabic body, French form
def m06():
    when = at("2021-01-29 12:40:31")
    subj = "ترشيح للمشاركة في المائدة المستديرة - جمعية المتوسط للتضامن بجرجيس"
    text = """السلام عليكم،

تحية طيبة وبعد،

جمعيتنا تخدم من 2015 مع البحّارة وعائلات المفقودين في البحر في جرجيس وبن قردان، ومع المهاجرين اللي يوصلو للشط بعد عمليات الإنقاذ. نحبّو نرشّحو زميلنا باش يشارك في الاستعراض الإقليمي ويحكي على تجربة الصيادين اللي يلقاو أرواح في البحر وما يلقاوش شكون يعاونهم.

المعطيات متاعو في الاستمارة اللي نستعملوها عادة في الجمعية، وهي بالفرنسية، سامحونا:

----------------------------------------
FICHE DE PROPOSITION D'INTERVENANT
Nom et prénom : Sami Ben Hmida
Fonction : Chargé de projets « pêche et sauvetage en mer »
Organisme : Association Méditerranée Solidarité – Zarzis (AMS)
Rôle souhaité : Intervention dans la table ronde thématique n° 1
Langue d'intervention : arabe (avec interprétation si possible)
Téléphone / WhatsApp : +216 00 000 000
----------------------------------------

وشكراً على المجهود الكل.

نور الهدى الغرسلي
الكاتبة العامة
Association Méditerranée Solidarité – Zarzis (AMS)
"""
    body = alt(text, "0000000000007f3c2a05ba0d8e14", html=gmail_html(text, rtl=True), b64=True)
    m = mk(when, sent_at(when, 1, 6), "mail-ed1-f52.google.example.com", "192.0.2.152", "4DSb7Vq40Nz1",
           addr("Nour El Houda Gharsalli", "ams.zarzis@gmail.example.com"), hdr(subj),
           "<CAPx2Nw7Qk4tL8mR+e5Vb1Hc6sJ9dZa3fT2@mail.gmail.example.com>", body)
    add(6, when, m, dict(category="speaker_request", language="ar", acknowledge=True, on_time=True, speakers=[
        sp("Sami Ben Hmida", "Chargé de projets « pêche et sauvetage en mer »",
           "Association Méditerranée Solidarité – Zarzis (AMS)", ["roundtable"], 1)],
        notes="the body is Tunisian Arabic ('نحبّو نرشّحو زميلنا', 'متاعو', 'سامحونا'), the speaker's details only "
              "in a pasted French form ('Nom et prénom :', 'Fonction :', 'Organisme :', 'Rôle souhaité :'): the "
              "acknowledgement is in Arabic, the speaker's fields are recorded as written in French (the body only "
              "says 'جمعيتنا'). 'table ronde thématique n° 1'; the interpretation request, phone and 2015 are noise. "
              "The sender (secretary general, Latin From name) is not the speaker. Gmail, base64, Date in UTC+1."))


# ================================================================ 07  FR  both  Beirut lawyers' association: report + the English speaker form filled in French
M07_FILE = "ALDTM - Rapport volontaire PMM 2021.pdf"
ALDTM = "Association Libanaise pour les Droits des Travailleurs Migrants (ALDTM)"


def m07():
    when = at("2021-02-01 15:05:26")
    subj = "ALDTM – Rapport volontaire et formulaire de proposition d'intervenante"
    form = [["SPEAKER NOMINATION FORM", ""],
            ["Full name", "Me Carla Nassif"],
            ["Position / Title", "Avocate, responsable du pôle juridique"],
            ["Organization", ALDTM],
            ["Speaking role requested (tick one)",
             "☐ Open discussion (23 Feb)   ☐ Rapporteur   ☐ Plenary   ☒ Thematic roundtable"],
            ["Roundtable number (1-4)", "3"],
            ["Language", "Français / arabe"]]
    parts = ["""Madame, Monsieur,

Veuillez trouver ci-joint le rapport volontaire de l'Association Libanaise pour les Droits des Travailleurs Migrants (ALDTM) dans le cadre de l'examen régional du Pacte mondial pour des migrations sûres, ordonnées et régulières.

Nous souhaitons également proposer une intervenante. Faute d'avoir trouvé une version française du formulaire, nous avons repris le modèle anglais qui circule entre les organisations ; vous le trouverez rempli ci-dessous.""",
             ("table", outlook_table(form, [210, 380], head_bg="#FFF2CC"), form),
             """Me Nassif plaide depuis 2016 les dossiers de travailleuses domestiques retenues par leurs employeurs ou privées de salaire, et a coordonné la partie juridique du rapport.

Nous restons à votre disposition pour tout complément.

Bien cordialement,

Joumana Abou Jaoudé
Coordinatrice générale
ALDTM
Achrafieh, Beyrouth – Liban"""]
    text = plain_of(parts)
    pdf = rep_pdf("Rapport volontaire - Examen regional du PMM", "ALDTM - Beyrouth",
                  ["Cadre juridique du travail domestique au Liban", "Retenue des passeports et des salaires",
                   "Acces a la justice", "Recommandations"])
    a = alt(text, "_000_PR3P191MB1482E6A0C2D97B51_", html=outlook_page(parts, "FR"))
    body = multi("mixed", [a, attach("application/pdf", pdf, M07_FILE)], "_004_PR3P191MB1482E6A0C2D97B51_")
    m = mk(when, sent_at(when, 2, 10), "mail-pr3fra01on0627.outbound.protection.outlook.example.com",
           "198.51.100.127", "4DVw2Rm67Cz3", addr("Joumana Abou Jaoudé", "j.aboujaoude@aldtm.example.org.lb", enc="Q"),
           hdr(subj, enc="Q"), "<PR3P191MB1482E6A0C2D97B51@PR3P191MB1482.EURP191.PROD.OUTLOOK.example.com>", body,
           extra=outlook(hdr(subj, enc="Q"), "AdcAe1Gk3Lm5Np7Qr9St1Uv3Wx5Yz==", lang="fr-FR", has_attach="yes"))
    add(7, when, m, dict(category="both", language="fr", acknowledge=True, on_time=True, speakers=[
        sp("Carla Nassif", "Avocate, responsable du pôle juridique", ALDTM, ["roundtable"], 3)],
        report_attachments=[M07_FILE],
        notes="both, on time (1 February): a PDF report and, in the body, an English speaker form (two-column "
              "Outlook table) filled in French: labels 'Full name', 'Position / Title', 'Organization'; the "
              "acknowledgement is in French, the language of the mail. 'Me' (Maître, a lawyer's honorific) dropped; "
              "the role is the ticked box '☒ Thematic roundtable' among unticked ones, the number in its own row; "
              "'(1-4)' and 'Open discussion (23 Feb)' are form text. The signer is not the speaker; 2016 is "
              "history."))


# ================================================================ 08  EN  speaker  Cairo delegation of five: only one row asks to speak
M08_ID = "<6B1E3D92-7A4C-4F58-9E20-C3D1A7B5F864@efrw.example.org>"
M08_SUBJ = "EFRW delegation - GCM Regional Review (23-25 February)"
M08_QID = "4DWd8Kx15Qz7"
EFRW = "Egyptian Forum for Returnee Workers (EFRW)"


def m08():
    when = at("2021-02-02 13:15:03")
    table = [["No.", "Name", "Position", "Organisation", "Attendance", "Speaking role"],
             ["1", "Dr. Hany Farag", "Chairman of the Board", "EFRW", "Online", "—"],
             ["2", "Marwa Selim", "Programme Officer", "EFRW", "Online", "—"],
             ["3", "Ahmed Said Abou Zeid", "Board member", "EFRW", "Online", "—"],
             ["4", "Nesma Kamal El-Din", "Research & Advocacy Manager", "EFRW", "Online",
              "Floor intervention, Roundtable IV"],
             ["5", "Youssef Tawfik", "Volunteer", "EFRW", "Online", ""]]
    before = """Dear GCM Regional Review team,

Greetings from Cairo. The Egyptian Forum for Returnee Workers (EFRW) is pleased to take part in the Regional Review, and below is the list of our delegation. The last column shows the speaking role we would like to request."""
    after = """Could you let us know how the online participants should register?

Best regards,

Marwa Selim
Programme Officer
Egyptian Forum for Returnee Workers (EFRW)
Dokki, Giza - Egypt
"""
    text = before + "\n\n" + tabbed(table) + "\n\n" + after
    inner = "".join('<div><span style="font-size:11pt">%s</span></div>' % (esc(x) if x else "&nbsp;")
                    for x in before.split("\n"))
    inner += "<div>&nbsp;</div>" + sheet_table(table).replace("font-family:Arial", "font-family:Calibri") + \
        "<div>&nbsp;</div>"
    inner += "".join('<div><span style="font-size:11pt">%s</span></div>' % (esc(x) if x else "&nbsp;")
                     for x in after.rstrip("\n").split("\n"))
    html = ('<html xmlns:o="urn:schemas-microsoft-com:office:office"><head><meta http-equiv="Content-Type" '
            'content="text/html; charset=utf-8"><meta name="Generator" content="Microsoft Word 15 (filtered '
            'medium)"></head><body lang="EN-US" link="#0563C1"><div class="WordSection1">%s</div></body></html>\n'
            % inner)
    body = alt(text, "B_3695118903_1849261147", html=html)
    m = mk(when, sent_at(when, 2, 7), "mail.efrw.example.org", "203.0.113.58", M08_QID,
           "Marwa Selim <m.selim@efrw.example.org>", M08_SUBJ, M08_ID, body,
           extra=[("User-Agent", MAC_OUTLOOK), ("Thread-Topic", M08_SUBJ),
                  ("Thread-Index", "AQHW+Ukt2Lm5Qp8Wx3Zc6Bn9Df2Hg=="), ("Content-Language", "en-US")])
    add(8, when, m, dict(category="speaker_request", language="en", acknowledge=True, on_time=True, speakers=[
        sp("Nesma Kamal El-Din", "Research & Advocacy Manager", EFRW, ["roundtable"], 4)],
        notes="a delegation table of five attendees in which only row 4 asks to speak ('Floor intervention, "
              "Roundtable IV', Roman numeral); the other rows have '—' or an empty cell in the 'Speaking role' "
              "column and are not speakers, although they have names, positions and an organisation. The table "
              "gives only 'EFRW'; the full name with acronym is in the body and signature. 'Dr.' in row 1 only. "
              "The sender (row 2) is not a speaker. Outlook for Mac, tab-separated text/plain. Her question about "
              "the other four follows (h284-17)."))


# ================================================================ 09  AR  speaker  Jusur fills in the empty title cell of 03 (reply quoting the table)
def m09():
    when = at("2021-02-02 18:40:57")
    new = """مرحبا مرة تانية،

عفواً، نسينا نعبّي خانة الصفة لميرون بالجدول. ميرون تسفاي هي منسّقة التواصل المجتمعي بالجمعية من سنة 2019.

الباقي متل ما هو.

شكراً
ريتا"""
    attr = "في الثلاثاء، 26 يناير 2021 في 2:37 م، كتب %s <%s>:" % (M03_FROM, M03_ADDR)
    orig_text = M03_BEFORE + "\n\n" + tabbed(M03_TABLE) + "\n\n" + M03_AFTER
    text = new + "\n\n" + attr + "\n\n" + gt(orig_text) + "\n"
    orig_html = gdiv(M03_BEFORE, True) + "<br>" + sheet_table(M03_TABLE, rtl=True) + "<br>" + gdiv(M03_AFTER, True)
    html = gmail_page(gdiv(new, True) + '<br><div class="gmail_quote"><div dir="rtl" class="gmail_attr">%s<br></div>'
                      '<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid '
                      'rgb(204,204,204);padding-left:1ex">%s</blockquote></div>' % (esc(attr), orig_html))
    body = alt(text, "000000000000a4e72b05ba5e3c90", html=html, b64=True)
    m = mk(when, sent_at(when, 2, 6), "mail-wr1-f53.google.example.com", "192.0.2.153", "4DWm6Gz28Tz0",
           addr(M03_FROM, M03_ADDR), re_hdr("Re: ", M03_SUBJ),
           "<CAJq4Rt1Vn5yP8wC+d3Lk6Mx0sJ2eGf9hZ4@mail.gmail.example.com>", body,
           extra=[("In-Reply-To", M03_ID), ("References", M03_ID)])
    add(9, when, m, dict(category="speaker_request", language="ar", acknowledge=True, on_time=True,
        thread_of=H % 3, speakers=[sp("ميرون تسفاي", "منسّقة التواصل المجتمعي", JUSUR, ["plenary"])],
        notes="reply to the sender's own h284-03 (In-Reply-To/References) that fills in the empty title cell of the "
              "third row ('نسينا نعبّي خانة الصفة'): only the completed speaker is labelled, with the title from the "
              "new text and the role and the organisation ('نفس الجهة' = the first row's) from the quoted Gmail "
              "table; the other two rows are unchanged ('الباقي متل ما هو') and not proposed again. Lebanese "
              "colloquial; 2019 is history. Gmail, base64."))


# ================================================================ 10  FR  other  Oran collective: attendees table, the only candidate 'À confirmer'
def m10():
    when = at("2021-02-03 10:20:14")
    subj = "Inscription de trois membres du COAM"
    table = [["Nom", "Fonction", "Organisation", "Participation", "Intervention"],
             ["Samia Bouzid", "Vice-présidente", "COAM", "En ligne", "À confirmer"],
             ["Rachid Belhadj", "Trésorier", "COAM", "En ligne", "Non"],
             ["Aïssatou Bah", "Bénévole, cours d'alphabétisation", "COAM", "En ligne", "Non"]]
    before = """Bonjour,

Le Collectif Oranais pour l'Accueil des Migrants (COAM) souhaite inscrire trois de ses membres à la consultation du 23 février et à la conférence des 24 et 25 février :"""
    after = """Pour Mme Bouzid, le bureau doit encore décider si elle demandera à prendre la parole ; pour le moment, merci de les inscrire tous les trois comme participants. Nous reviendrons vers vous avant la date limite si nous confirmons.

Cordialement,

Farid Zerrouki
Secrétaire général du COAM
Oran – Algérie"""
    text = before + "\n\n" + tabbed(table) + "\n\n" + after + "\n"
    html = gmail_page(gdiv(before) + "<br>" + sheet_table(table) + "<br>" + gdiv(after))
    body = alt(text, "000000000000e91c4d05ba6f0b27", html=html)
    m = mk(when, sent_at(when, 1, 5), "mail-wm1-f48.google.example.com", "192.0.2.148", "4DXb3Lw90Rz5",
           "Farid Zerrouki <coam.oran@gmail.example.com>", subj,
           "<CAB9sTn4Xr7kQ2mW+f8Lc5Pz1vH3dJg6eK0@mail.gmail.example.com>", body)
    add(10, when, m, dict(category="other", language="fr", acknowledge=True, on_time=None,
        notes="registration of three attendees in a Gmail table with an 'Intervention' column: 'Non' twice and 'À "
              "confirmer' for the vice-president, and the text says the board has not decided yet and asks to "
              "register all three 'comme participants' ('Nous reviendrons vers vous ... si nous confirmons'): no "
              "speaking role is requested, so other; no confirmation follows in the set. Gmail, Date in UTC+1."))


# ================================================================ 11  EN  both  Erbil organisation: report + speakers pasted from Excel with ditto marks and empty cells
M11_FILE = "TRRO_Voluntary_GCM_Review_2021.docx"
TRRO = "Tigris Rights and Return Organization (TRRO)"


def m11():
    when = at("2021-02-04 11:30:48")
    subj = "TRRO voluntary GCM review report + speaker nominations"
    table = [["Name", "Title", "Organization", "Role", "Roundtable no."],
             ["Zainab Hadi Al-Obaidi", "Executive Director", TRRO, "Roundtable", "1"],
             ["Kawa Aziz Rasul", "Field Coordinator, Duhok", '"', "Open discussion", ""],
             ["Layla Ismail Khalaf", "", '"', "Roundtable", "3"]]
    before = """Dear Secretariat,

Please find attached the voluntary GCM review report of the Tigris Rights and Return Organization (TRRO), based in Erbil with field offices in Duhok and Mosul. The report covers the return of Iraqi migrants from Turkey and Europe since 2018 and the situation of the families of missing migrants.

We would also like to nominate three colleagues for speaking roles (copied from our planning sheet, sorry for the format):"""
    after = """Layla will speak in Arabic; Zainab and Kawa can speak in English.

Kind regards,

Hawre Jalal
Reporting & Communications Officer
TRRO - Tigris Rights and Return Organization
Erbil, Kurdistan Region - Iraq"""
    text = before + "\n\n" + tabbed(table) + "\n\n" + after + "\n"
    html = gmail_page(gdiv(before) + "<br>" + sheet_table(table) + "<br>" + gdiv(after))
    doc = make_docx(["Tigris Rights and Return Organization (TRRO)", "Voluntary GCM review report - February 2021",
                     "1. Returns from Turkey and Europe since 2018", "2. Families of missing migrants",
                     "3. Documentation and reintegration", "4. Recommendations"])
    a = alt(text, "000000000000f5b27c05ba7a91d3", html=html)
    body = multi("mixed", [a, attach(DOCX, doc, M11_FILE)], "000000000000f5b27e05ba7a91d5")
    m = mk(when, sent_at(when, 3, 9), "mail-ej1-f67.google.example.com", "192.0.2.167", "4DYf5Tq38Vz2",
           "Hawre Jalal <hawre.jalal.trro@gmail.example.com>", subj,
           "<CAM2vKp8Yt3nR6xL+g1Wb4Qd7sN0eHf5jC9@mail.gmail.example.com>", body)
    add(11, when, m, dict(category="both", language="en", acknowledge=True, on_time=True, speakers=[
        sp("Zainab Hadi Al-Obaidi", "Executive Director", TRRO, ["roundtable"], 1),
        sp("Kawa Aziz Rasul", "Field Coordinator, Duhok", TRRO, ["open_discussion"]),
        sp("Layla Ismail Khalaf", None, TRRO, ["roundtable"], 3)],
        notes="both, on time (4 February): a DOCX report and three speakers pasted from a spreadsheet (Gmail HTML "
              "table, tab-separated text/plain): rows 2 and 3 give the organisation as a ditto mark '\"' (= the "
              "first row's), row 3's title cell is empty (null) and row 2's roundtable cell is empty because his "
              "role is the open discussion; 'Field Coordinator, Duhok' is the title as written. 2018 is history. "
              "The sender is not a speaker. Gmail, Date in UTC+3."))


# ================================================================ 12  AR  speaker  Alexandria foundation: English-labelled form filled in Arabic, Cc'd speaker
M12_ID = "<1612446617902.3318540@mail.yahoo.example.com>"
M12_SUBJ = "ترشيح متحدثين - مؤسسة البحر للتنمية وحماية المهاجرين"
M12_QID = "4DYq9Fn26Xz8"
M12_FROM = "منى عبد الرحيم"
M12_ADDR = "mona.albahr@yahoo.example.com"
M12_CC = "sherif.mansour@alex-univ.example.edu.eg"
BAHR = "مؤسسة البحر للتنمية وحماية المهاجرين"


def m12():
    when = at("2021-02-04 15:50:22")
    text = """السادة أمانة الاستعراض الإقليمي المحترمين،
تحية طيبة وبعد،

إحنا مؤسسة البحر للتنمية وحماية المهاجرين في إسكندرية، بنشتغل مع أسر الشباب اللي سافروا في مراكب الهجرة غير النظامية ومع القُصّر الراجعين من إيطاليا. حابين نرشّح اتنين من فريقنا، والبيانات مكتوبة على نفس الفورمة اللي استخدمناها قبل كده في مؤتمر تاني:

Speaker (1)
Name: أ. هبة الله مصطفى رضوان
Title: مديرة وحدة الدعم النفسي والاجتماعي
Organization: مؤسسة البحر للتنمية وحماية المهاجرين
Role: Plenary

Speaker (2)
Name: م. شريف عادل منصور
Title: باحث ميداني
Organization: نفس الجهة
Role: Roundtable 2
E-mail: (in copy)

ياريت تأكدوا لنا الاستلام.

مع خالص الشكر،
منى عبد الرحيم
منسقة المشروعات
مؤسسة البحر للتنمية وحماية المهاجرين - الإسكندرية
"""
    body = alt(text, "----=_Part_3318539_1209854412.1612446617901", html=yahoo_html(text, rtl=True), b64=True)
    m = mk(when, sent_at(when, 2, 5), "sonic317-22.consmr.mail.ir2.yahoo.example.com", "198.51.100.217", M12_QID,
           addr(M12_FROM, M12_ADDR), hdr(M12_SUBJ), M12_ID, body, cc=addr("شريف منصور", M12_CC),
           extra=[("X-Mailer", YAHOO)])
    add(12, when, m, dict(category="speaker_request", language="ar", acknowledge=True, on_time=True, speakers=[
        sp("هبة الله مصطفى رضوان", "مديرة وحدة الدعم النفسي والاجتماعي", BAHR, ["plenary"]),
        sp("شريف عادل منصور", "باحث ميداني", BAHR, ["roundtable"], 2)],
        notes="Egyptian colloquial body ('إحنا', 'حابين نرشّح', 'الفورمة') around a form whose labels are in "
              "English ('Name:', 'Title:', 'Organization:', 'Role:') and whose values are in Arabic, except the roles "
              "('Plenary', 'Roundtable 2'); the second speaker's organisation is 'نفس الجهة'. 'أ.' (أستاذة) and 'م.' "
              "(engineer) dropped; 'Speaker (1)/(2)' numbers are not roundtables. The sender is not a speaker; the "
              "second speaker is in Cc and our acknowledgement to him bounces (h284-13). Yahoo, base64."))


# ================================================================ 13  AR  bounce  Arabic Exchange NDR: the Cc'd speaker's university mailbox is full
def m13():
    when = at("2021-02-04 15:51:10")
    ack = ack_mid(M12_QID)
    sent = when - dt.timedelta(seconds=38)
    utc = dt.timezone.utc
    notice = """تعذر تسليم رسالتك إلى %s

صندوق بريد المستلم ممتلئ ولا يمكنه قبول الرسائل الآن. حاول إعادة إرسال الرسالة لاحقاً، أو اتصل بالمستلم مباشرة.

معلومات تشخيصية للمسؤولين:

Generating server: EXCH02.alex-univ.example.edu.eg

%s
Remote Server returned '554 5.2.2 mailbox full; STOREDRV.Deliver.Exception:QuotaExceededException.MapiExceptionShutoffQuotaExceeded'

Original message headers: انظر المرفق.
""" % (M12_CC, M12_CC)
    html = ('<html dir="rtl"><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>'
            '<body dir="rtl"><p><b><font color="#000066" size="3" face="Arial">تعذر تسليم رسالتك إلى %s</font></b>'
            '</p><p>صندوق بريد المستلم ممتلئ ولا يمكنه قبول الرسائل الآن. حاول إعادة إرسال الرسالة لاحقاً، أو '
            'اتصل بالمستلم مباشرة.</p><p dir="ltr"><b>Diagnostic information for administrators:</b><br>Generating '
            'server: EXCH02.alex-univ.example.edu.eg<br>%s<br>Remote Server returned \'554 5.2.2 mailbox full; '
            'STOREDRV.Deliver.Exception:QuotaExceededException.MapiExceptionShutoffQuotaExceeded\'</p></body></html>\n'
            % (M12_CC, M12_CC))
    p1 = alt(notice, "_000_EXCH02alexunivexampleedueg_", html=html, b64=True)
    from email.message import Message
    from email.parser import Parser
    from mailgen import POL
    p2 = Message(policy=POL)
    p2["Content-Type"] = "message/delivery-status"
    blocks = ["Reporting-MTA: dns;EXCH02.alex-univ.example.edu.eg\nReceived-From-MTA: dns;mx1.iom.int\n"
              "Arrival-Date: %s\n" % rfcdate(sent.astimezone(utc) + dt.timedelta(seconds=2)),
              "Original-Recipient: rfc822;%s\nFinal-Recipient: rfc822;%s\nAction: failed\nStatus: 5.2.2\n"
              "Diagnostic-Code: smtp;554 5.2.2 mailbox full;\n STOREDRV.Deliver.Exception:QuotaExceededException."
              "MapiExceptionShutoffQuotaExceeded\n" % (M12_CC, M12_CC)]
    for b in blocks:
        p2.attach(Parser(policy=POL).parsestr(b, headersonly=True))
    ack_subj = "إشعار استلام - " + M12_SUBJ
    hdrs = ("Return-Path: <gcmrrarabstates@iom.int>\n"
            "From: GCM Regional Review Arab States <gcmrrarabstates@iom.int>\n"
            "To: %s <%s>\n"
            "Cc: %s <%s>\n"
            "Subject: %s\n"
            "Date: %s\n"
            "Message-ID: %s\n"
            "In-Reply-To: %s\n"
            "References: %s\n"
            "Auto-Submitted: auto-replied\n"
            "MIME-Version: 1.0\n"
            "Content-Type: text/plain; charset=\"utf-8\"\n"
            "Content-Transfer-Encoding: base64\n"
            % (b_word(M12_FROM), M12_ADDR, b_word("شريف منصور"), M12_CC, b_word(ack_subj), rfcdate(sent), ack,
               M12_ID, M12_ID))
    p3 = leaf("text/rfc822-headers", hdrs, "us-ascii", "7bit")
    body = multi("report", [p1, p2, p3], "_004_EXCH02alexunivexampleedueg_",
                 params=[("report-type", "delivery-status")])
    subj = hdr("غير قابل للتسليم: " + ack_subj)
    rows = [("Return-Path", "<>"), ("Delivered-To", "gcmrrarabstates@iom.int"),
            ("Received", "from mail.alex-univ.example.edu.eg (mail.alex-univ.example.edu.eg [203.0.113.212])\r\n"
                         "\tby mx1.iom.int (Postfix) with ESMTPS id 4DYqB47Kz1\r\n\tfor <gcmrrarabstates@iom.int>; %s"
                         % rfcdate(when, "EET")),
            ("From", "Microsoft Outlook\r\n <MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@alex-univ.example.edu.eg>"),
            ("To", "gcmrrarabstates@iom.int"), ("Date", rfcdate((when - dt.timedelta(seconds=3)).astimezone(utc))),
            ("Subject", subj),
            ("Message-ID", "<f3a8c1e07b2d4e59a6c0d9b1e2f47a38@EXCH02.alex-univ.example.edu.eg>"),
            ("In-Reply-To", ack), ("References", ack), ("Content-Language", "ar-EG"),
            ("Auto-Submitted", "auto-replied"), ("X-MS-Exchange-Message-Is-Ndr", ""), ("X-MS-Has-Attach", ""),
            ("X-MS-TNEF-Correlator", "")]
    add(13, when, top(body, rows), dict(category="bounce", language="ar", acknowledge=False, on_time=None,
        notes="Arabic-localised Exchange NDR (multipart/report whose first part is multipart/alternative in base64; "
              "5.2.2 mailbox full) from the university server of the second speaker of h284-12, returning our "
              "acknowledgement's headers (Arabic subject naming h284-12, In-Reply-To to h284-12). It names a "
              "speaker's address but requests nothing. Never acknowledge; thread_of null as for dev bounces."))


# ================================================================ 14  FR  speaker  Algiers network: Excel paste with Nom/Prénom columns, 'idem' x3, 23:48 on the deadline
M14_ID = "<A3F0B8D2-5C61-4E97-8B2A-0D4E7C9F1A36@rima-dz.example.org>"
M14_SUBJ = "Propositions d'intervenants RIMA (avant ce soir minuit)"
M14_QID = "4DZk7Hw52Mz3"
RIMA = "Réseau Ifriqiya Migrations – Algérie (RIMA)"


def m14():
    when = at("2021-02-05 23:48:10")
    table = [["Nom", "Prénom", "Fonction", "Structure", "Rôle", "TR"],
             ["Benali", "Karima", "Coordinatrice nationale", RIMA, "Table ronde", "1"],
             ["Hamrouche", "Nadir", "Chargé de plaidoyer", "idem", "idem", "idem"]]
    before = """Bonsoir,

Juste avant la date limite, voici nos deux propositions d'intervenants (copiées depuis notre tableau de suivi) :"""
    after = """Karima Benali et Nadir Hamrouche pourront se connecter depuis Alger ; ils parlent arabe et français. Karima est en copie.

Bien à vous,

Lyes Aït Ouarab
Chargé de communication – RIMA
Alger"""
    text = before + "\n\n" + tabbed(table) + "\n\n" + after + "\n"
    trs = []
    for i, r in enumerate(table):
        tds = "".join('<td class="xl%d" style="border:.5pt solid windowtext;padding:0 4px;font-family:Calibri;'
                      'font-size:11pt%s">%s</td>' % (65 + (i == 0), ";font-weight:700" if i == 0 else "", esc(c))
                      for c in r)
        trs.append('<tr height="20" style="height:15pt">%s</tr>' % tds)
    tbl = ('<table border="0" cellpadding="0" cellspacing="0" style="border-collapse:collapse" class="">%s</table>'
           % "".join(trs))
    div = lambda t: "".join('<div class="">%s</div>' % (esc(x) if x else '<br class="">') for x in t.split("\n"))
    html = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body '
            'style="word-wrap: break-word; -webkit-nbsp-mode: space; line-break: after-white-space;" class="">'
            '%s<div class=""><br class=""></div>%s<div class=""><br class=""></div>%s</body></html>\n'
            % (div(before), tbl, div(after)))
    body = alt(text, "Apple-Mail=_5D8B2E17-0C4A-4F93-A6E1-7B3C9D2F0E58", html=html)
    m = mk(when, sent_at(when, 1, 6), "mail.rima-dz.example.org", "203.0.113.96", M14_QID,
           addr("Lyes Aït Ouarab", "l.aitouarab@rima-dz.example.org", enc="Q"), hdr(M14_SUBJ, enc="Q"), M14_ID, body,
           cc="Karima Benali <k.benali@rima-dz.example.org>", extra=[("X-Mailer", APPLE)])
    add(14, when, m, dict(category="speaker_request", language="fr", acknowledge=True, on_time=True, speakers=[
        sp("Karima Benali", "Coordinatrice nationale", RIMA, ["roundtable"], 1),
        sp("Nadir Hamrouche", "Chargé de plaidoyer", RIMA, ["roundtable"], 1)],
        notes="deadline edge: 23:48 Beirut time on Friday 5 February (Date 22:48 +0100, Algiers), on time. An Excel "
              "paste (Apple Mail HTML table, tab-separated text/plain) with the name split into 'Nom' and 'Prénom' "
              "columns (names recorded given name first, as the text writes them) and the second row saying 'idem' "
              "for Structure, Rôle and TR: both speakers are in roundtable 1 of the 'TR' column. The signer is not "
              "a speaker; the first speaker is in Cc and her Zimbra out-of-office follows (h284-15)."))


# ================================================================ 15  FR  auto_reply  the Cc'd coordinator's Zimbra out-of-office
def m15():
    when = at("2021-02-05 23:49:02")
    ack = ack_mid(M14_QID)
    text = """Bonjour,

Je suis en congé jusqu'au lundi 15 février inclus et je ne consulte pas ma messagerie. En cas d'urgence, vous pouvez contacter Nadir Hamrouche, chargé de plaidoyer (n.hamrouche@rima-dz.example.org).

Karima Benali
Coordinatrice nationale – RIMA
"""
    body = leaf("text/plain", text, "utf-8", "quoted-printable")
    rows = std_rows(when, "mail.rima-dz.example.org", "203.0.113.96", "4DZk8Nc03Pz6",
                    "Karima Benali <k.benali@rima-dz.example.org>",
                    hdr("Réponse automatique : Accusé de réception - " + M14_SUBJ, enc="Q"),
                    rfcdate(sent_at(when, 1, 2)), "<1612561740112.2084.JavaMail.zimbra@rima-dz.example.org>",
                    extra=[("Auto-Submitted", "auto-replied (zimbra; vacation)")], ret="")
    rows = [(k, "<>" if k == "Return-Path" else v) for k, v in rows]
    rows += [("In-Reply-To", ack), ("References", M14_ID + " " + ack), ("X-Mailer", ZIMBRA)]
    add(15, when, top(body, rows), dict(category="auto_reply", language="fr", acknowledge=False, on_time=None,
        notes="Zimbra vacation reply ('Auto-Submitted: auto-replied (zimbra; vacation)', null Return-Path) of the "
              "first speaker of h284-14, answering our acknowledgement 52 seconds later, just before midnight on "
              "the speaker deadline; it names the second speaker with his title, which must not be read as a new "
              "proposal. Never acknowledge; thread_of null as for dev auto-replies."))


# ================================================================ 16  AR  speaker  Moroccan observatory: RTL Outlook table at 23:21 local = 00:21 in Beirut, empty roundtable cell
def m16():
    when = at("2021-02-06 00:21:33")
    subj = "ترشيح متدخلين - المرصد المغربي للهجرة والتنمية المجالية"
    obs = "المرصد المغربي للهجرة والتنمية المجالية"
    table = [["الاسم الكامل", "الصفة", "المؤسسة", "نوع المشاركة", "رقم المائدة المستديرة"],
             ["ذ. عبد الإله المرابط", "أستاذ باحث في علم الاجتماع، جامعة ابن طفيل", obs, "مداخلة في مائدة مستديرة", ""],
             ["سعاد أيت علي", "منسقة مشروع «الهجرة والمجال القروي»", "نفس المؤسسة", "مقررة (الرسائل الرئيسية)", "—"]]
    parts = ["""السادة أعضاء أمانة الاستعراض الإقليمي للاتفاق العالمي من أجل الهجرة المحترمين،

تحية طيبة وبعد،

يشرفنا، في إطار الاستعراض الإقليمي للاتفاق العالمي من أجل الهجرة الآمنة والمنظمة والنظامية، أن نقترح عليكم المتدخلين التاليين، داخل الأجل المحدد في رسالة الدعوة:""",
             ("table", outlook_table(table, [150, 190, 170, 150, 90], rtl=True), table),
             """ونظراً لأن محاور الموائد المستديرة لم تتضح لنا بعد بشكل دقيق، نترك لكم اختيار المائدة الأنسب للأستاذ المرابط.

وتقبلوا فائق التقدير والاحترام.

عن المكتب التنفيذي
حسناء البقالي
الكاتبة العامة
المرصد المغربي للهجرة والتنمية المجالية
القنيطرة – المغرب"""]
    text = plain_of(parts)
    a = alt(text, "_000_AM6PR10MB2417B8E2D5C0F3A9_", html=outlook_page(parts, "AR-MA", rtl=True), b64=True)
    m = mk(when, sent_at(when, 1, 4), "mail-am6eur10on0638.outbound.protection.outlook.example.com",
           "198.51.100.138", "4F0Ag91Dkz4", addr("حسناء البقالي", "omhdm.secretariat@outlook.example.com"), hdr(subj),
           "<AM6PR10MB2417B8E2D5C0F3A9@AM6PR10MB2417.EURPRD10.PROD.OUTLOOK.example.com>", a,
           extra=outlook(hdr(subj), "AQHW+7xN3Pq6Tr9Wv2Yz5Bc8Ef1Hj==", lang="ar-MA"))
    add(16, when, m, dict(category="speaker_request", language="ar", acknowledge=True, on_time=False, speakers=[
        sp("عبد الإله المرابط", "أستاذ باحث في علم الاجتماع، جامعة ابن طفيل", obs, ["roundtable"]),
        sp("سعاد أيت علي", "منسقة مشروع «الهجرة والمجال القروي»", obs, ["rapporteur"])],
        notes="late by 21 minutes: the Date header reads Fri 5 Feb 23:21 +0100 (Morocco) but the server received it "
              "at 00:21 on 6 February in Beirut, and the letter says 'داخل الأجل المحدد'. RTL Outlook table, every "
              "cell a paragraph in text/plain: the roundtable-number cell is empty for the first speaker (roundtable "
              "role without a number, the sender leaves the choice to us), '—' for the rapporteur; 'نفس المؤسسة' = "
              "the first row's organisation; 'ذ.' (Moroccan honorific for أستاذ) dropped; the title cell includes "
              "the university and is kept as written. Moroccan usage ('متدخلين'). The signer is not a speaker."))


# ================================================================ 17  EN  other  EFRW asks whether the other four delegates must register (reply to our acknowledgement of 08)
def m17():
    when = at("2021-02-08 10:05:19")
    ack = ack_mid(M08_QID)
    quoted = ack_text("en", M08_SUBJ, "your request for a speaking role")
    text = """Dear colleagues,

Thank you for confirming receipt.

One question: do the four other members of our delegation listed in the table (Dr. Farag, Mr. Abou Zeid, Mr. Tawfik and myself) need to register individually somewhere, or is our email enough for them to receive the link? Mr. Tawfik may also be replaced by another volunteer; would that be a problem?

Best regards,

Marwa Selim
Programme Officer
Egyptian Forum for Returnee Workers (EFRW)

From: GCM Regional Review Arab States <gcmrrarabstates@iom.int>
Date: Tuesday, 2 February 2021 at 13:16
To: Marwa Selim <m.selim@efrw.example.org>
Subject: Acknowledgement of receipt - %s

%s
""" % (M08_SUBJ, quoted)
    inner = "".join('<div><span style="font-size:11pt">%s</span></div>' % (esc(x) if x else "&nbsp;")
                    for x in text.rstrip("\n").split("\n"))
    html = ('<html xmlns:o="urn:schemas-microsoft-com:office:office"><head><meta http-equiv="Content-Type" '
            'content="text/html; charset=utf-8"></head><body lang="EN-US" link="#0563C1"><div class="WordSection1">'
            '%s</div></body></html>\n' % inner)
    body = alt(text, "B_3695452001_2040918255", html=html)
    subj = "Re: Acknowledgement of receipt - " + M08_SUBJ
    m = mk(when, sent_at(when, 2, 6), "mail.efrw.example.org", "203.0.113.58", "4F1Cr58Wbz7",
           "Marwa Selim <m.selim@efrw.example.org>", subj, "<2E7C9A14-B3D0-4F6E-91A5-8C2D0F7B4E13@efrw.example.org>",
           body, extra=[("In-Reply-To", ack), ("References", M08_ID + " " + ack), ("User-Agent", MAC_OUTLOOK),
                        ("Thread-Topic", "Acknowledgement of receipt - " + M08_SUBJ),
                        ("Thread-Index", "AQHW+Ukt2Lm5Qp8Wx3Zc6Bn9Df2HgAJ7kR4="), ("Content-Language", "en-US")])
    add(17, when, m, dict(category="other", language="en", acknowledge=True, on_time=None, thread_of=H % 8,
        notes="reply to our acknowledgement of h284-08 (References name h284-08) asking whether the four delegates "
              "who do not speak must register and whether one may be replaced: a question that needs an answer, so "
              "acknowledged, but no speaker and no new request (the named delegates only attend). Outlook for Mac, "
              "quoted acknowledgement under a 'From:/Date:/To:/Subject:' block."))


# ================================================================ 18  FR  other  APS withdraws its second speaker (reply quoting the pipe table of 04)
def m18():
    when = at("2021-02-09 14:30:40")
    new = """Bonjour,

Je reviens vers vous au sujet de notre message du 27 janvier (ci-dessous). M. Mamadou Lamine Sow a dû partir en urgence en Guinée pour raisons familiales et ne pourra pas prendre part à la discussion ouverte du 23 février. Nous retirons donc sa candidature, sans la remplacer.

La proposition concernant Mme Hind Lamrani (table ronde n° 2) reste inchangée.

Cordialement,

--
Yassine Bennani
Chargé de communication
Association Passerelles Solidaires (APS)
Casablanca – Maroc

Le 27/01/2021 à 15:20, Yassine Bennani a écrit :
"""
    text = new + gt(M04_TEXT) + "\n"
    body = leaf("text/plain", text, "utf-8", "8bit")
    m = mk(when, sent_at(when, 1, 6), "mail.aps-casa.example.ma", "203.0.113.44", "4F1Vt26Hqz9", M04_FROM,
           hdr("Re: " + M04_SUBJ, enc="Q"), "<d40a6f3c-91e2-4b7d-a5c8-2f6e0b9d1c43@aps-casa.example.ma>", body,
           extra=[("In-Reply-To", M04_ID), ("References", M04_ID), ("User-Agent", TB), ("Content-Language", "fr")])
    add(18, when, m, dict(category="other", language="fr", acknowledge=True, on_time=None, thread_of=H % 4,
        notes="withdrawal of the second speaker of h284-04 by a reply to it (In-Reply-To/References): nobody new is "
              "proposed and the first speaker's proposal is only said to stand ('reste inchangée'), so other with "
              "no speakers, acknowledged; the quoted pipe table still lists both speakers with titles and roles. "
              "Thunderbird plain text, 8bit."))


# ================================================================ 19  AR  report  Sudanese organisation: PDF report + a table of its drafting team
M19_ID = "<CAE6wRz3Tn8kV1pX+h4Mc7Lq2sB5dKf9gA1@mail.gmail.example.com>"
M19_SUBJ = "التقرير الطوعي لمنظمة النيل الأزرق لحقوق المهاجرين واللاجئين"
M19_QID = "4F2Gd83Npz1"
M19_FILE = "التقرير الطوعي - منظمة النيل الأزرق - فبراير 2021.pdf"
M19_FROM = "آمنة عثمان الطيب"
M19_ADDR = "blue.nile.mrr@gmail.example.com"


def m19():
    when = at("2021-02-10 12:00:05")
    table = [["الاسم", "الصفة", "الدور في إعداد التقرير"],
             ["د. عوض الكريم إدريس", "المدير التنفيذي", "الإشراف العام والمراجعة"],
             ["آمنة عثمان الطيب", "منسقة البحوث", "جمع البيانات الميدانية (كسلا والقضارف)"],
             ["محمد الأمين حامد", "باحث مساعد", "المقابلات في الخرطوم"],
             ["رزان صديق", "متطوعة", "الترجمة والتنسيق"]]
    before = """الإخوة والأخوات في أمانة الاستعراض الإقليمي
السلام عليكم ورحمة الله وبركاته

يسعدنا أن نرسل لكم مرفقاً التقرير الطوعي لمنظمة النيل الأزرق لحقوق المهاجرين واللاجئين حول تنفيذ الاتفاق العالمي للهجرة في السودان، مع التركيز على الاتجار بالبشر في شرق السودان، وأوضاع العمال السودانيين العائدين من ليبيا، والعمال الإثيوبيين والإريتريين في الخرطوم.

أعدّ التقرير فريق من المنظمة على النحو التالي:"""
    after = """ويسعد الفريق الرد على أي استفسار بخصوص محتوى التقرير عبر هذا البريد.

مع وافر الشكر والتقدير
آمنة عثمان الطيب
منسقة البحوث
منظمة النيل الأزرق لحقوق المهاجرين واللاجئين
الخرطوم - السودان"""
    text = before + "\n\n" + tabbed(table) + "\n\n" + after + "\n"
    html = gmail_page(gdiv(before, True) + "<br>" + sheet_table(table, rtl=True) + "<br>" + gdiv(after, True))
    pdf = rep_pdf("Voluntary GCM review report - Blue Nile Organisation for the Rights of Migrants and Refugees",
                  "Khartoum, February 2021",
                  ["Trafficking in eastern Sudan", "Sudanese workers returning from Libya",
                   "Ethiopian and Eritrean workers in Khartoum", "Recommendations"])
    a = alt(text, "000000000000c28e5a05bb0f4d61", html=html, b64=True)
    body = multi("mixed", [a, attach("application/pdf", pdf, M19_FILE)], "000000000000c28e5c05bb0f4d63")
    m = mk(when, sent_at(when, 2, 12), "mail-wm1-f59.google.example.com", "192.0.2.159", M19_QID,
           addr(M19_FROM, M19_ADDR), hdr(M19_SUBJ), M19_ID, body)
    add(19, when, m, dict(category="voluntary_report", language="ar", acknowledge=True, on_time=True,
        report_attachments=[M19_FILE],
        notes="report PDF (Arabic file name, RFC 2231 + RFC 2047) and, in the body, a four-row table of the team "
              "that drafted it (name, title, 'الدور في إعداد التقرير'): it looks like a speaker table but nobody is "
              "proposed to speak, so voluntary_report only. 'د.' in row 1; the sender is row 2. Gmail, base64; its "
              "thank-you follows (h284-22)."))


# ================================================================ 20  EN  both  Doha centre: report on time, speaker table after the speaker deadline
M20_FILE = "DCMLS Voluntary GCM Review Report 2021.pdf"
DCMLS = "Doha Centre for Migration and Labour Studies (DCMLS)"


def m20():
    when = at("2021-02-11 16:25:37")
    subj = "DCMLS voluntary report and a (late) speaker proposal"
    table = [["Name", "Title", "Affiliation", "Session", "Roundtable"],
             ["Prof. Ayesha Rahman Chowdhury", "Associate Professor of Labour Economics", DCMLS,
              "Plenary (24 or 25 February)", ""]]
    parts = ["""Dear colleagues,

Please find attached the voluntary GCM review report of the Doha Centre for Migration and Labour Studies (DCMLS). It summarises three years of our research on wage protection, recruitment costs and the 2020 labour reforms in Qatar.

I realise that the deadline for speaking roles was 5 February, but in case any places remain, we would like to propose the following colleague:""",
             ("table", outlook_table(table, [150, 160, 170, 120, 70]), table),
             """Kind regards,

Khalid Al-Mannai
Research Coordinator
DCMLS
Doha, Qatar"""]
    text = plain_of(parts)
    pdf = rep_pdf("Voluntary GCM review report", DCMLS,
                  ["Wage protection", "Recruitment costs", "The 2020 labour reforms", "Recommendations"])
    a = alt(text, "_000_DB8PR09MB3307F1C4A6E2B905_", html=outlook_page(parts, "EN-US"))
    body = multi("mixed", [a, attach("application/pdf", pdf, M20_FILE)], "_004_DB8PR09MB3307F1C4A6E2B905_")
    m = mk(when, sent_at(when, 3, 8), "mail-db8eur09on0611.outbound.protection.outlook.example.com",
           "198.51.100.111", "4F2Wk47Ryz5", "Khalid Al-Mannai <k.almannai@dcmls.example.edu.qa>", subj,
           "<DB8PR09MB3307F1C4A6E2B905@DB8PR09MB3307.eurprd09.prod.outlook.example.com>", body,
           extra=outlook(subj, "AQHXAImR4Tn7Wq0Zc3Bf6Hk9Lp2Sv==", lang="en-US", has_attach="yes"))
    add(20, when, m, dict(category="both", language="en", acknowledge=True, on_time=False, speakers=[
        sp("Ayesha Rahman Chowdhury", "Associate Professor of Labour Economics", DCMLS, ["plenary"])],
        report_attachments=[M20_FILE],
        notes="both on 11 February: the report is on time but the speaker part is late (the sender says so), so "
              "on_time false. One-row Outlook table: 'Prof.' dropped; the 'Roundtable' cell is empty because the "
              "session is 'Plenary (24 or 25 February)'; text/plain has one paragraph per cell. 2020 and 'three "
              "years' are not event data. The signer is not the speaker. Date in UTC+3."))


# ================================================================ 21  FR  report  Rabat foundation: report + 'fiche de synthèse' naming a focal point
M21_FILE = "FOMH_Rapport_volontaire_examen_regional_PMM.pdf"


def m21():
    when = at("2021-02-12 09:40:12")
    subj = "Transmission du rapport volontaire de la FOMH"
    fiche = [["Organisation", "Fondation Oasis pour la Mobilité Humaine (FOMH)"],
             ["Titre du rapport", "Mobilités humaines et changements climatiques dans les oasis du Sud-Est marocain"],
             ["Période couverte", "2018-2020"],
             ["Point focal", "Mme Zineb Cherkaoui"],
             ["Fonction", "Responsable du programme Climat et mobilité"],
             ["Courriel", "z.cherkaoui@fomh.example.ma"],
             ["Langue du rapport", "Français (résumé en arabe)"],
             ["Nombre de pages", "38"]]
    parts = ["""Madame, Monsieur,

La Fondation Oasis pour la Mobilité Humaine (FOMH) a le plaisir de vous transmettre, en pièce jointe, son rapport volontaire dans le cadre de l'examen régional du Pacte mondial pour des migrations sûres, ordonnées et régulières.

Vous trouverez ci-dessous la fiche de synthèse que notre conseil d'administration demande de joindre à chacune de nos contributions :""",
             ("table", outlook_table(fiche, [160, 360], head_bg="#FFFFFF"), fiche),
             """Mme Cherkaoui se tient à votre disposition pour toute question sur le contenu du rapport.

Nous vous prions d'agréer, Madame, Monsieur, l'expression de nos salutations distinguées.

Hamza El Idrissi
Directeur exécutif
Fondation Oasis pour la Mobilité Humaine (FOMH)
Rabat – Maroc"""]
    text = plain_of(parts)
    pdf = rep_pdf("Rapport volontaire - Fondation Oasis pour la Mobilite Humaine (FOMH)",
                  "Mobilites humaines et changements climatiques dans les oasis du Sud-Est marocain",
                  ["Secheresse et departs", "Les femmes qui restent", "Retours saisonniers", "Recommandations"])
    cid = "image001.png@01D7010E.3B9F2A60"
    rel = multi("related", [leaf("text/html", outlook_page(parts, "FR", cid)), logo(cid, (160, 120, 40))],
                "_006_MR2P264MB0610A5E3C8D1F247_", params=[("type", '"text/html"')])
    a = multi("alternative", [leaf("text/plain", text), rel], "_000_MR2P264MB0610A5E3C8D1F247_")
    body = multi("mixed", [a, attach("application/pdf", pdf, M21_FILE)], "_007_MR2P264MB0610A5E3C8D1F247_")
    m = mk(when, sent_at(when, 1, 9), "mail-mr2fra01on0619.outbound.protection.outlook.example.com",
           "198.51.100.119", "4F3Jm16Tcz8", "Hamza El Idrissi <h.elidrissi@fomh.example.ma>", subj,
           "<MR2P264MB0610A5E3C8D1F247@MR2P264MB0610.FRAP264.PROD.OUTLOOK.example.com>", body,
           extra=outlook(subj, "AdcBa7Qw9Er1Ty3Ui5Op7As9Df1Gh==", lang="fr-FR", has_attach="yes"))
    add(21, when, m, dict(category="voluntary_report", language="fr", acknowledge=True, on_time=True,
        report_attachments=[M21_FILE],
        notes="report PDF plus a two-column 'fiche de synthèse' table naming a 'Point focal' with her 'Fonction' "
              "and e-mail: a name/title/organisation triple that is not a speaker proposal (she answers questions "
              "on the report); 2018-2020 and 38 pages are not event data. The signature logo (inline, related "
              "part) is not part of the report. Outlook, Date in UTC+1."))


# ================================================================ 22  AR  other  thank-you to our acknowledgement of 19
def m22():
    when = at("2021-02-15 10:10:29")
    ack = ack_mid(M19_QID)
    quoted = ack_text("ar", M19_SUBJ, "التقرير الطوعي المرفق")
    text = """شكراً جزيلاً، وصلنا إشعار الاستلام. بالتوفيق في المؤتمر إن شاء الله.

آمنة

في الأربعاء، 10 فبراير 2021 في 12:01 م، كتب GCM Regional Review Arab States <gcmrrarabstates@iom.int>:

""" + gt(quoted) + "\n"
    body = alt(text, "0000000000004b7e9d05bb5c1a38", html=gmail_html(text, rtl=True), b64=True)
    m = mk(when, sent_at(when, 2, 5), "mail-pj1-f41.google.example.com", "192.0.2.41", "4F4Lq72Vdz3",
           addr(M19_FROM, M19_ADDR), re_hdr("Re: ", "إشعار استلام - " + M19_SUBJ),
           "<CAE6wRz7Kq2mX5vB+j8Nd1Pc4sT6eLg3hF0@mail.gmail.example.com>", body,
           extra=[("In-Reply-To", ack), ("References", M19_ID + " " + ack)])
    add(22, when, m, dict(category="other", language="ar", acknowledge=False, on_time=None, thread_of=H % 19,
        notes="one-line thank-you answering our acknowledgement of h284-19 (References name h284-19): adds nothing "
              "new, so no acknowledgement; the quoted acknowledgement repeats 'التقرير الطوعي'. Gmail on a phone, "
              "base64."))


# ================================================================ 23  EN  report  Amman platform: submission form whose speaker section is 'N/A', 23:51 on the report deadline
M23_FILE = "APMDW_Invisible_Households_GCM_report.docx"


def m23():
    when = at("2021-02-16 23:51:40")
    subj = "Voluntary GCM review report - APMDW"
    text = """Dear Secretariat,

Please find attached our voluntary GCM review report. Apologies for sending it so close to the deadline; our board approved it only this evening.

We used the submission form circulated by the regional civil society platform:

==============================================================
VOLUNTARY GCM REVIEW - SUBMISSION FORM
==============================================================
1. Organisation:     Amman Platform for Migrant Domestic Workers (APMDW)
2. Type:             [ ] Government  [X] Civil society  [ ] Academia  [ ] Other
3. Country:          Jordan
4. Report title:     Invisible Households: Migrant Domestic Workers
                     in Jordan and the GCM
5. Contact person:   Hiba Nasser, Research Officer
6. Report attached:  [X] Yes   [ ] No (link)
7. Speaker nomination (optional)
   Name:             N/A
   Title:
   Organisation:
   Role requested:   [ ] Open discussion  [ ] Rapporteur  [ ] Plenary
                     [ ] Roundtable (1-4): __
==============================================================

Best regards,

Hiba Nasser
Research Officer
Amman Platform for Migrant Domestic Workers (APMDW)
Amman, Jordan
"""
    doc = make_docx(["Amman Platform for Migrant Domestic Workers (APMDW)",
                     "Invisible Households: Migrant Domestic Workers in Jordan and the GCM",
                     "1. Recruitment and sponsorship", "2. Wages and rest days", "3. Access to justice",
                     "4. Recommendations"])
    body = multi("mixed", [leaf("text/plain", text, "utf-8", "7bit"), attach(DOCX, doc, M23_FILE)],
                 "------------A41C7E02B9D5F3860E2B1C74")
    m = mk(when, sent_at(when, 2, 8), "mail.apmdw.example.jo", "203.0.113.123", "4F6Xn35Bqz6",
           "Hiba Nasser <h.nasser@apmdw.example.jo>", subj,
           "<9e41c7b3-2d58-4a06-b1f9-7c3e5a0d2b84@apmdw.example.jo>", body,
           extra=[("User-Agent", TB), ("Content-Language", "en-GB")])
    add(23, when, m, dict(category="voluntary_report", language="en", acknowledge=True, on_time=True,
        report_attachments=[M23_FILE],
        notes="deadline edge: 23:51 Beirut time on Tuesday 16 February (Date 23:51 +0200, Amman), on time. A pasted "
              "submission form whose 'Speaker nomination (optional)' section says 'Name: N/A' with empty Title/ "
              "Organisation and unticked role boxes: no speaker, so voluntary_report only; the contact person "
              "(name and title) is the sender, not a speaker; 'Roundtable (1-4)' is form text. Thunderbird plain "
              "text with a DOCX."))


# ================================================================ 24  FR  both  Paris diaspora association: late report + table with a French/Arabic header
M24_FILE = "Rapport AMFSR - Retour et réinsertion en Mauritanie.pdf"
AMFSR = "Association des Mauritaniens de France pour la Solidarité et le Retour (AMFSR)"


def m24():
    when = at("2021-02-17 11:20:55")
    subj = "Rapport et intervenants de l'AMFSR (avec retard)"
    table = [["Nom / الاسم", "Fonction / الصفة", "Organisation / الجهة", "Rôle / الدور"],
             ["Mohamed Abdallahi Ould Cheikh", "Président", AMFSR, "Table ronde 4"],
             ["Mariem Mint Ahmed Salem", "", "idem", "Discussion ouverte"]]
    before = """Bonjour,

Avec beaucoup de retard, nous vous faisons parvenir le rapport de notre association sur le retour des Mauritaniens de France au pays (pièce jointe), ainsi que nos propositions d'intervenants. Nous avons repris le tableau bilingue préparé pour nos adhérents arabophones :"""
    after = """Nous savons que les délais sont dépassés et comprendrons si ce n'est plus possible.

Cordialement,

Fatimetou Mint Brahim
Secrétaire de l'AMFSR
Montreuil"""
    trs = []
    for i, r in enumerate(table):
        cell = "th" if i == 0 else "td"
        trs.append("<tr>%s</tr>" % "".join('<%s style="border:1px solid #999;padding:4px">%s</%s>'
                                          % (cell, esc(c) if c else "&nbsp;", cell) for c in r))
    tbl = '<table style="border-collapse:collapse">%s</table>' % "".join(trs)
    inner = ('<div class="default-style">%s<p>&nbsp;</p>%s<p>&nbsp;</p>%s</div>'
             % ("".join("<p>%s</p>" % (esc(x) if x else "&nbsp;") for x in before.split("\n")), tbl,
                "".join("<p>%s</p>" % (esc(x) if x else "&nbsp;") for x in after.split("\n"))))
    pdf = rep_pdf("Rapport - Retour et reinsertion en Mauritanie", "AMFSR - Montreuil",
                  ["Qui rentre et pourquoi", "Pensions et droits acquis en France", "Reinsertion a Nouakchott et "
                   "dans le fleuve", "Recommandations"])
    body = multi("mixed", [html_only(inner, newlines=True), attach("application/pdf", pdf, M24_FILE)],
                 "----=_Part_118422_1540362918.1613553651203")
    m = mk(when, sent_at(when, 1, 4), "smtp-out.orange.example.fr", "193.252.22.71", "4F7Dp08Hkz2",
           "Fatimetou Mint Brahim <amfsr.montreuil@orange.example.fr>", hdr(subj, enc="Q"),
           "<884120573.118421.1613553651202@wwinf1m17.orange.example.fr>", body,
           extra=[("X-Mailer", OX), ("X-Originating-IP", "[92.154.31.8]")])
    add(24, when, m, dict(category="both", language="fr", acknowledge=True, on_time=False, speakers=[
        sp("Mohamed Abdallahi Ould Cheikh", "Président", AMFSR, ["roundtable"], 4),
        sp("Mariem Mint Ahmed Salem", None, AMFSR, ["open_discussion"])],
        notes="both, late on both counts (17 February, the sender says so): a PDF report (accented name, RFC 2231 + "
              "RFC 2047) and an HTML table whose header row is in French and Arabic ('Nom / الاسم', 'Fonction / "
              "الصفة'...), values in French; the second row has an empty Fonction cell (title null) and 'idem' as "
              "organisation; Mauritanian names with 'Ould'/'Mint' kept whole. Orange webmail, HTML only; Date in "
              "UTC+1. The signer is not a speaker."))


def main():
    for f in (m01, m02, m03, m04, m05, m06, m07, m08, m09, m10, m11, m12, m13, m14, m15, m16, m17, m18, m19,
              m20, m21, m22, m23, m24):
        f()
    SET.write()


if __name__ == "__main__":
    main()
