#!/usr/bin/env python3
"""Write the blind evaluation set holdout230 (24 raw .eml messages + labels.json).

Deterministic, standard library only:  python3 tests/data/make_eval_sets230.py
Theme: networks and coalitions that gather nominations from their members (1-17 February 2021).  A regional
network's coordinator consolidating several speakers from different member organisations in one message (a
numbered list, a plain-text table, HTML tables, paragraphs); a coalition mail addressed to its partners with the
review address in Cc and a member's reply-all adding a name; a federation proposing one speaker for each of the
four roundtables; two members of the same platform sending overlapping nominations separately; a member asking
whether her network already nominated her; a network withdrawing one of its speakers; a coalition's collective
report signed by twelve organisations with its annex sent separately; thanks, questions, an out-of-office and a
bounce.  English, Arabic (formal, Levantine and Moroccan colloquial) and French from the Maghreb, the Sahel
diaspora and France.
Helpers from mailgen.py.
"""
import datetime as dt

from mailgen import (EvalSet, DOCX, POSTFIX_NOTICE, addr, alt, at, attach, dsn_report, flowed, gmail_html, hdr,
                     leaf, make_docx, make_pdf, mk, multi, re_hdr, rep_pdf, rfcdate, sent_at, sp, std_rows, top, esc)
from mailgen import exchange_ooo_rows, outlook_rows as outlook
from mailgen import quote_block as gt, ack_id as ack_mid, logo

SET = EvalSet(230)
add = SET.add
H = "h230-%02d.eml"

TB = "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:78.0) Gecko/20100101 Thunderbird/78.7.1"
IPHONE = "iPhone Mail (18D52)"


def outlook_html(text, lang="EN-US", img_cid=None, rtl=False, table=None, split=None):
    """Outlook-style HTML from plain text; with `table` (an HTML string) put in place of the paragraph `split`."""
    d = ' dir="rtl"' if rtl else ""

    def paras(t):
        return "".join('<p class="MsoNormal"%s>%s<o:p></o:p></p>' % (d, esc(p).replace("\n", "<br>\n"))
                       for p in t.strip("\n").split("\n\n"))
    if table is not None:
        before, after = split
        inner = paras(before) + table + paras(after)
    else:
        inner = paras(text)
    img = ('<p class="MsoNormal"><img width="120" height="60" src="cid:%s"></p>' % img_cid) if img_cid else ""
    return ('<html xmlns:o="urn:schemas-microsoft-com:office:office"><head><meta http-equiv="Content-Type" '
            'content="text/html; charset=utf-8"></head><body lang="%s" link="#0563C1"%s><div class="WordSection1"%s>'
            '%s%s</div></body></html>\n' % (lang, d, d, inner, img))


def html_table(rows, rtl=False):
    d = ' dir="rtl"' if rtl else ""
    return ('<table class="MsoTableGrid"%s border="1" cellspacing="0" cellpadding="5" '
            'style="border-collapse:collapse">' % d
            + "".join("<tr>%s</tr>" % "".join(
                ('<td style="background:#DEEAF6"><b>%s</b></td>' if i == 0 else "<td>%s</td>") % esc(c) for c in r)
                for i, r in enumerate(rows)) + "</table>")


# ================================================================ 01  EN  speaker  regional network: five speakers from member organisations, numbered list
M01_ID = "<AM0PR07MB6148B2E9D41C7A53@AM0PR07MB6148.eurprd07.prod.outlook.example.com>"
M01_SUBJ = "GMMRN consolidated speaker nominations - Regional Review of the GCM (Arab region)"
M01_QID = "4DTh3K7pRvz2"
M01_TEXT = """Dear colleagues of the Regional UN Network on Migration,

On behalf of the Gulf and Mashreq Migrant Rights Network (GMMRN), thank you for the invitation to the Regional Review of the Global Compact for Migration in the Arab region.

Following a call for nominations among our 27 member organisations (closed on 29 January), our Steering Committee agreed on the five speakers below. Each of them is nominated by, and would speak for, their own member organisation, except no. 5, who would speak for the Network as a whole.

1. Dr. Lina Barakat, Director of Research, Lebanese Centre for Migration Studies (LCMS) - floor intervention in Thematic Roundtable 2
2. Mr. Joseph Mwangi, Chairperson, Kenyan Community Welfare Association in Kuwait (KCWA) - open discussion of the multi-stakeholder consultation (23 February)
3. Ms. Sunita Gurung, Case Manager, Nepali Migrant Women's Support Group (NMWSG) - floor intervention in Thematic Roundtable 4
4. Mr. Ahmad Rawashdeh, Legal Counsel, Justice Centre for Migrant Workers (JCMW), Amman - floor intervention in a plenary session
5. Farah Kassem (myself), Network Coordinator, GMMRN - rapporteur, to deliver the stakeholders' key messages

All five nominees are copied on this email so that you can reach them directly for logistics. Short bios can be shared on request.

Some of our members may also write to you directly about their voluntary reports; the list above is the Network's only speaker nomination.

Best regards,

Farah Kassem
Network Coordinator
Gulf and Mashreq Migrant Rights Network (GMMRN)
Secretariat hosted in Amman, Jordan
T +962 6 000 0000 | www.gmmrn.example.org

CONFIDENTIALITY NOTICE: This e-mail and any attachments are intended only for the addressee(s) and may contain confidential information. If you have received it in error, please notify the sender and delete it. GMMRN does not accept liability for any views expressed that are not those of the Network.
"""


def m01():
    when = at("2021-02-01 09:40:12")
    cid = "image001.png@01D6F878.2A4B9C10"
    rel = multi("related", [leaf("text/html", outlook_html(M01_TEXT, lang="EN-GB", img_cid=cid)),
                            logo(cid, (150, 30, 60))], "_004_AM0PR07MB6148B2E9D41C7A53_",
                params=[("type", '"text/html"')])
    body = multi("alternative", [leaf("text/plain", M01_TEXT), rel], "_000_AM0PR07MB6148B2E9D41C7A53_")
    cc = ("Lina Barakat <l.barakat@lcms.example.org>, Joseph Mwangi <chair@kcwa-kuwait.example.org>, "
          "Sunita Gurung <sunita.g@nmwsg.example.org>, Ahmad Rawashdeh <a.rawashdeh@jcmw.example.org>")
    m = mk(when, sent_at(when, 2, 6), "mail-am0eur07on0601.outbound.protection.outlook.example.com",
           "198.51.100.101", M01_QID, "Farah Kassem <f.kassem@gmmrn.example.org>", M01_SUBJ, M01_ID, body, cc=cc,
           extra=outlook(M01_SUBJ, "AdcSp4Nq7Lw2Ke9Rt5Yu3Ii1Oo8Pp6A==", lang="en-GB"))
    add(1, when, m, dict(category="speaker_request", language="en", acknowledge=True, on_time=True, speakers=[
        sp("Lina Barakat", "Director of Research", "Lebanese Centre for Migration Studies (LCMS)", ["roundtable"], 2),
        sp("Joseph Mwangi", "Chairperson", "Kenyan Community Welfare Association in Kuwait (KCWA)",
           ["open_discussion"]),
        sp("Sunita Gurung", "Case Manager", "Nepali Migrant Women's Support Group (NMWSG)", ["roundtable"], 4),
        sp("Ahmad Rawashdeh", "Legal Counsel", "Justice Centre for Migrant Workers (JCMW)", ["plenary"]),
        sp("Farah Kassem", "Network Coordinator", "Gulf and Mashreq Migrant Rights Network (GMMRN)", ["rapporteur"])],
        notes="a regional network's coordinator consolidates five nominations from four member organisations and "
              "herself in one numbered list ('Name, Title, Organisation - role'); each speaker keeps the affiliation "
              "of their own member organisation, not the network's; 'Dr.'/'Mr.'/'Ms.' dropped; ', Amman' after "
              "JCMW is the place; no. 5 is the sender ('(myself)' not part of the name), her organisation written "
              "only as 'GMMRN' on the line, recorded in the full form of the first paragraph and the signature. "
              "'in Kuwait' is part of KCWA's name. All nominees in Cc; one of them answers our acknowledgement "
              "with an out-of-office (h230-02). Outlook related part with an inline logo; confidentiality notice."))


# ================================================================ 02  EN  auto_reply  out-of-office of a nominee in Cc of 01
def m02():
    when = at("2021-02-01 09:41:37")
    ack = ack_mid(M01_QID)
    text = """Thank you for your message.

I am travelling to Nairobi for community consultations and will be back in Kuwait on 10 February 2021, with limited access to email. For urgent KCWA matters please call our office on +965 2200 0000 or write to secretary@kcwa-kuwait.example.org.

Joseph Mwangi
Chairperson, KCWA
"""
    body = alt(text, "_000_DB8PR01MB5532OOF4C1E7A9B2_")
    rows = exchange_ooo_rows(when, "mail-db8eur01on0633.outbound.protection.outlook.example.com",
                             "198.51.100.133", "4DTh4P1mWqz5",
                             "Joseph Mwangi <chair@kcwa-kuwait.example.org>",
                             "<DB8PR01MB5532OOF4C1E7A9B2D6@DB8PR01MB5532.eurprd01.prod.outlook.example.com>",
                             M01_SUBJ, M01_ID, ack, "en-US", (3, 2))
    add(2, when, top(body, rows), dict(category="auto_reply", language="en", acknowledge=False, on_time=None,
        notes="Exchange out-of-office of one of the five nominees copied on h230-01, answering the copy of our "
              "acknowledgement 85 seconds later (References also name h230-01); it names an office address and a "
              "phone number but is machine-generated. Never acknowledge; thread_of null as for dev auto-replies."))


# ================================================================ 03  AR  speaker  Arab network: four member organisations in an HTML table
M03_ID = "<DB9PR02MB7314E0C6A2B85F19@DB9PR02MB7314.eurprd02.prod.outlook.example.com>"
M03_SUBJ = "ترشيحات الشبكة العربية للهجرة والتنمية للمشاركة في الاستعراض الإقليمي للاتفاق العالمي للهجرة"
M03_ROWS = [("م", "الاسم", "الصفة", "الجهة العضو في الشبكة", "البلد", "المشاركة المطلوبة"),
            ("١", "د. سامي عبد الكريم الحسن", "مدير المركز", "مركز البصرة لدراسات الهجرة والنزوح", "العراق",
             "مداخلة في الجلسة العامة"),
            ("٢", "أ. نادية فؤاد الشريف", "منسقة برنامج الحماية", "جمعية الأمل لرعاية المهاجرين واللاجئين", "مصر",
             "مداخلة في المائدة المستديرة المواضيعية الثانية"),
            ("٣", "السيد محمد الأمين ولد أحمد سالم", "رئيس الجمعية", "الجمعية الموريتانية لحقوق المهاجرين",
             "موريتانيا", "مداخلة في المائدة المستديرة المواضيعية الثالثة"),
            ("٤", "السيدة هدى يوسف الحمصي", "باحثة قانونية", "مركز الشرق للدراسات القانونية", "لبنان",
             "المشاركة في النقاش المفتوح للمشاورة (٢٣ شباط/فبراير)")]
M03_INTRO = """السادة/ أمانة الاستعراض الإقليمي للاتفاق العالمي من أجل الهجرة الآمنة والمنظمة والنظامية في المنطقة العربية      المحترمين

تحية طيبة وبعد،

بالإشارة إلى خطاب الدعوة الصادر عن شبكة الأمم المتحدة الإقليمية المعنية بالهجرة، وبعد التشاور مع المنظمات الأعضاء في الشبكة العربية للهجرة والتنمية (وعددها ثلاث وعشرون منظمة في أحد عشر بلداً عربياً)، يسرنا أن نرفع إليكم ترشيحات الشبكة للمشاركة في أعمال المشاورة والمؤتمر، علماً بأن كل مرشح سيتحدث باسم منظمته العضو في الشبكة:
"""
M03_OUTRO = """وقد جرى اختيار المرشحين بحيث تُمثَّل المنظمات الأعضاء من المشرق ووادي النيل والمغرب العربي، ونرجو التكرم بالتواصل معنا بشأن الترتيبات اللازمة.

وتفضلوا بقبول فائق الاحترام والتقدير،

وليد نصر الدين
منسق الشبكة العربية للهجرة والتنمية
بيروت - لبنان
هاتف: +961 1 000 000
"""
M03_TEXT = M03_INTRO + "\n" + "\n".join("\t".join(r) for r in M03_ROWS) + "\n\n" + M03_OUTRO
M03_QID = "4DTqB52nHsz8"


def m03():
    when = at("2021-02-01 13:15:44")
    html = outlook_html(None, lang="AR-SA", rtl=True, table=html_table(M03_ROWS, rtl=True),
                        split=(M03_INTRO, M03_OUTRO))
    body = alt(M03_TEXT, "_000_DB9PR02MB7314E0C6A2B85F19_", html=html, b64=True)
    m = mk(when, sent_at(when, 2, 7), "mail-db9eur02on0618.outbound.protection.outlook.example.com",
           "198.51.100.118", M03_QID, addr("وليد نصر الدين", "coordination@anmd-network.example.org"),
           hdr(M03_SUBJ), M03_ID, body, extra=outlook(hdr(M03_SUBJ), "AdcSr8Tb1Wq6Ln4Mz2Xc7Vb9Kj5Hg3Fd==",
                                                       lang="ar-LB"))
    add(3, when, m, dict(category="speaker_request", language="ar", acknowledge=True, on_time=True, speakers=[
        sp("سامي عبد الكريم الحسن", "مدير المركز", "مركز البصرة لدراسات الهجرة والنزوح", ["plenary"]),
        sp("نادية فؤاد الشريف", "منسقة برنامج الحماية", "جمعية الأمل لرعاية المهاجرين واللاجئين", ["roundtable"], 2),
        sp("محمد الأمين ولد أحمد سالم", "رئيس الجمعية", "الجمعية الموريتانية لحقوق المهاجرين", ["roundtable"], 3),
        sp("هدى يوسف الحمصي", "باحثة قانونية", "مركز الشرق للدراسات القانونية", ["open_discussion"])],
        notes="formal Arabic; a network coordinator sends four nominees from four member organisations in a "
              "six-column Outlook HTML table (tab-separated in the text part, both base64); honorifics 'د.', 'أ.', "
              "'السيد', 'السيدة' dropped ('ولد' is part of the name); the 'البلد' column is the country, not part of "
              "the affiliation; each speaker's affiliation is the member organisation, not the network; roundtables "
              "as ordinal words. The signer (network coordinator) is not a speaker. The fourth nominee asks on her "
              "own whether she was nominated (h230-11); the third is withdrawn later (h230-14)."))


# ================================================================ 04  FR  speaker  Maghreb coalition: three member associations in a plain-text table
M04_SUBJ = "CMDM - Propositions d'intervenant·e·s pour l'examen régional du Pacte mondial"
M04_QID = "4DVG8w3RtLz6"
M04_ID = "<8a61f2c4-93d7-4e0b-b5a1-2f7c9e04d6b8@cmdm-maghreb.example.org>"


def m04():
    when = at("2021-02-02 10:30:05")
    text = """Madame, Monsieur,

Suite à la lettre d'invitation du Réseau régional des Nations Unies sur les migrations, la Coalition Maghrébine pour les Droits des Migrants (CMDM) a recueilli les propositions de ses associations membres. Après concertation, le bureau de la Coalition a retenu trois intervenant·e·s, issu·e·s de trois de nos associations membres :
- l'Association Tunisienne pour la Mobilité et les Droits (ATMD), Sfax ;
- le Collectif Migrants du Souss (CMS), Agadir ;
- la Ligue Algérienne pour la Défense des Migrants (LADM), Oran.

 N° | Nom                   | Fonction                       | Association | Participation souhaitée
----+-----------------------+--------------------------------+-------------+-----------------------------------
 1  | M. Karim Bensaïd      | Président                      | ATMD        | Table ronde thématique n°1
 2  | Mme Nawal Ait Lahcen  | Chargée de plaidoyer           | CMS         | Discussion ouverte (23 février)
 3  | Me Youcef Brahimi     | Avocat, coordinateur juridique | LADM        | Intervention en séance plénière

Chaque intervenant·e s'exprimera au nom de son association, en lien avec les positions communes de la Coalition. Les trois personnes sont joignables par mon intermédiaire.

Nous vous remercions de votre attention et restons à votre disposition.

Bien cordialement,

--
Imen Gharsallah
Coordinatrice régionale
Coalition Maghrébine pour les Droits des Migrants (CMDM)
Rue de Marseille, Tunis - Tunisie
"""
    body = leaf("text/plain", text, "utf-8", "8bit")
    m = mk(when, sent_at(when, 1, 5), "smtp.cmdm-maghreb.example.org", "203.0.113.31", M04_QID,
           "Imen Gharsallah <coordination@cmdm-maghreb.example.org>", hdr(M04_SUBJ, enc="Q"), M04_ID, body,
           extra=[("User-Agent", TB), ("Content-Language", "fr")])
    add(4, when, m, dict(category="speaker_request", language="fr", acknowledge=True, on_time=True, speakers=[
        sp("Karim Bensaïd", "Président", "Association Tunisienne pour la Mobilité et les Droits (ATMD)",
           ["roundtable"], 1),
        sp("Nawal Ait Lahcen", "Chargée de plaidoyer", "Collectif Migrants du Souss (CMS)", ["open_discussion"]),
        sp("Youcef Brahimi", "Avocat, coordinateur juridique", "Ligue Algérienne pour la Défense des Migrants (LADM)",
           ["plenary"])],
        notes="Maghreb coalition; three nominees from three member associations in a fixed-width plain-text table "
              "(pipes and dashes, 8bit, no HTML): the table gives only the acronyms, the full names with acronyms "
              "are in the list above it (the cities after them are places); 'M.', 'Mme', 'Me' dropped; a title with "
              "a comma kept whole; inclusive writing ('intervenant·e·s') in subject and body. The coordinator is "
              "not a speaker. Thunderbird; Date in UTC+1."))


# ================================================================ 05  EN  speaker  coalition mail addressed to its partners, review address in Cc, paragraphs
M05_ID = "<CAJw7Lq2xR9sT4mN+b8Vc1Kd6fH3gY0eZ5p@mail.gmail.example.com>"
M05_SUBJ = "DWRC-ME speaker nominations for the GCM Regional Review (secretariat in cc)"
M05_QID = "4DVT2c6FpMz1"
M05_TO = ("Meseret Alemu <meseret@edwu.example.org>, Rania Haddad <r.haddad@ilms.example.org>, "
          "Peter Otieno <p.otieno@kmdwa.example.org>, DWRC-ME members <members@dwrc-me.example.org>")
M05_TEXT = """Dear partners,

Thank you all for joining Friday's call and for sending your suggestions. As agreed, the Coalition is putting forward the three speakers below for the GCM Regional Review. I am copying the Regional Review secretariat (gcmrrarabstates@iom.int) so that this email also serves as our formal request - dear secretariat colleagues, please take note of the nominations below.

For the open discussion of the multi-stakeholder consultation on 23 February, we propose Meseret Alemu, founder and chairperson of Ethiopian Domestic Workers United (EDWU). Meseret was herself a domestic worker in Beirut for eleven years and now leads a self-organised group of more than 600 women.

For a floor intervention in Thematic Roundtable 3, we propose Dr. Rania Haddad, Senior Researcher at the Institute for Labour and Mobility Studies (ILMS), who coordinated the Coalition's 2020 study on the kafala system and COVID-19.

As rapporteur, to deliver the stakeholders' key messages, we propose our own Policy Officer, Sara Nasser, who will draft the Coalition's messages with input from all of you.

If anyone has concerns, please reply all by Wednesday. Thanks again for a very rich discussion.

Warm regards,
Dalia

--
Dalia Mansour
Coordinator
Domestic Workers' Rights Coalition - Middle East (DWRC-ME)
Mar Mikhael, Beirut - Lebanon
"""


def m05():
    when = at("2021-02-02 15:20:33")
    body = alt(M05_TEXT, "000000000000c4a7e905ba5e2b71", html=gmail_html(M05_TEXT))
    m = mk(when, sent_at(when, 2, 5), "mail-wm1-f54.google.example.com", "192.0.2.154", M05_QID,
           "Dalia Mansour <dalia@dwrc-me.example.org>", M05_SUBJ, M05_ID, body, to=M05_TO,
           cc="gcmrrarabstates@iom.int")
    add(5, when, m, dict(category="speaker_request", language="en", acknowledge=True, on_time=True, speakers=[
        sp("Meseret Alemu", "founder and chairperson", "Ethiopian Domestic Workers United (EDWU)",
           ["open_discussion"]),
        sp("Rania Haddad", "Senior Researcher", "Institute for Labour and Mobility Studies (ILMS)", ["roundtable"], 3),
        sp("Sara Nasser", "Policy Officer", "Domestic Workers' Rights Coalition - Middle East (DWRC-ME)",
           ["rapporteur"])],
        notes="a coalition coordinator writes to her partners (To) with the review address only in Cc, saying the "
              "mail is also the formal request: a speaker request. Three nominees in prose paragraphs, one per "
              "role; titles as written ('founder and chairperson' in lower case; 'our own Policy Officer' -> "
              "'Policy Officer', affiliation the coalition of the signature); 'Dr.' dropped; 'in Beirut' is the "
              "nominee's story, not the organisation. Google Workspace on the coalition's domain. A member adds a "
              "name by reply-all (h230-07); our acknowledgement to one partner address bounces (h230-06)."))


# ================================================================ 06  EN  bounce  the copy of our acknowledgement of 05 to a partner address
def m06():
    when = at("2021-02-02 15:21:02")
    text = POSTFIX_NOTICE + """
<meseret@edwu.example.org>: host mx.edwu.example.org[203.0.113.140] said: 550
    5.1.1 <meseret@edwu.example.org>: Recipient address rejected: User unknown
    in virtual mailbox table (in reply to RCPT TO command)
"""
    dsn = ("Reporting-MTA: dns; mx1.iom.int\n"
           "X-Postfix-Queue-ID: 4DVT2x0HqNz4\n"
           "X-Postfix-Sender: rfc822; gcmrrarabstates@iom.int\n"
           "Arrival-Date: %s\n\n"
           "Final-Recipient: rfc822; meseret@edwu.example.org\n"
           "Original-Recipient: rfc822;meseret@edwu.example.org\n"
           "Action: failed\n"
           "Status: 5.1.1\n"
           "Remote-MTA: dns; mx.edwu.example.org\n"
           "Diagnostic-Code: smtp; 550 5.1.1 <meseret@edwu.example.org>: Recipient address\n"
           "    rejected: User unknown in virtual mailbox table\n" % rfcdate(when - dt.timedelta(seconds=4), "EET"))
    hdrs = ("Return-Path: <gcmrrarabstates@iom.int>\n"
            "From: GCM Regional Review Arab States <gcmrrarabstates@iom.int>\n"
            "To: Dalia Mansour <dalia@dwrc-me.example.org>\n"
            "Cc: Meseret Alemu <meseret@edwu.example.org>, Rania Haddad <r.haddad@ilms.example.org>,\n"
            " Peter Otieno <p.otieno@kmdwa.example.org>, DWRC-ME members <members@dwrc-me.example.org>\n"
            "Subject: Acknowledgement of receipt - %s\n"
            "Date: %s\n"
            "Message-ID: %s\n"
            "In-Reply-To: %s\n" % (M05_SUBJ, rfcdate(when - dt.timedelta(seconds=7)), ack_mid(M05_QID), M05_ID))
    body = dsn_report(text, dsn, hdrs, "4DVT2y2KsPz7.1612272062/mx1.iom.int")
    rows = [("Return-Path", "<>"), ("Delivered-To", "gcmrrarabstates@iom.int"),
            ("Received", "by mx1.iom.int (Postfix)\r\n\tid 4DVT2y2KsPz7; %s" % rfcdate(when, "EET")),
            ("Date", rfcdate(when, "EET")),
            ("From", "MAILER-DAEMON@mx1.iom.int (Mail Delivery System)"),
            ("Subject", "Undelivered Mail Returned to Sender"),
            ("To", "gcmrrarabstates@iom.int"),
            ("Auto-Submitted", "auto-replied"),
            ("Message-Id", "<20210202132102.4DVT2y2KsPz7@mx1.iom.int>")]
    add(6, when, top(body, rows), dict(category="bounce", language="en", acknowledge=False, on_time=None,
        notes="Postfix DSN 5.1.1 (user unknown) for the copy of our acknowledgement of h230-05 sent to one of the "
              "partner addresses of that mail (a nominee's address); the returned headers name h230-05 in "
              "In-Reply-To and its subject about speaker nominations. Never acknowledge; thread_of null as for "
              "dev bounces."))


# ================================================================ 07  EN  speaker  a member's reply-all adding a name to the coalition's list (05)
def m07():
    when = at("2021-02-03 08:55:10")
    text = """Dear Dalia, dear all,

Thanks for the clear summary - KMDWA fully supports the three nominations.

One addition, if there is still room: we would like to propose Grace Achieng, our Programme Manager, for a floor intervention in Thematic Roundtable 2. Grace runs our pre-departure and return programme and could speak to the recruitment side, which the other three nominations do not cover.

Secretariat colleagues (still in cc): please treat Grace as an additional nomination from the Coalition, unless Dalia tells you otherwise.

Kind regards,
Peter

Peter Otieno
Executive Secretary
Kenya Migrant Domestic Workers Association (KMDWA)
Nairobi | Kuwait City

From: Dalia Mansour <dalia@dwrc-me.example.org>
Sent: Tuesday, February 2, 2021 3:20 PM
To: Meseret Alemu <meseret@edwu.example.org>; Rania Haddad <r.haddad@ilms.example.org>; Peter Otieno <p.otieno@kmdwa.example.org>; DWRC-ME members <members@dwrc-me.example.org>
Cc: gcmrrarabstates@iom.int
Subject: %s

%s""" % (M05_SUBJ, M05_TEXT)
    subj = "RE: " + M05_SUBJ
    body = alt(text, "_000_VI1PR04MB6877A3D09F4E2C61_", html=outlook_html(text, lang="EN-US"))
    to = ("Dalia Mansour <dalia@dwrc-me.example.org>, Meseret Alemu <meseret@edwu.example.org>, "
          "Rania Haddad <r.haddad@ilms.example.org>, DWRC-ME members <members@dwrc-me.example.org>")
    m = mk(when, sent_at(when, 3, 6), "mail-vi1eur04on0627.outbound.protection.outlook.example.com",
           "198.51.100.127", "4DVwL39XcRz0", "Peter Otieno <p.otieno@kmdwa.example.org>", subj,
           "<VI1PR04MB6877A3D09F4E2C61@VI1PR04MB6877.eurprd04.prod.outlook.example.com>", body, to=to,
           cc="gcmrrarabstates@iom.int",
           extra=outlook(M05_SUBJ, "AQHW+Tq7cK1mR2x9Lk3Vb0Nf6Hs4Dg==", lang="en-US")
           + [("In-Reply-To", M05_ID), ("References", M05_ID)])
    add(7, when, m, dict(category="speaker_request", language="en", acknowledge=True, on_time=True, speakers=[
        sp("Grace Achieng", "Programme Manager", "Kenya Migrant Domestic Workers Association (KMDWA)",
           ["roundtable"], 2)],
        thread_of=H % 5,
        notes="a member's Outlook reply-all to the coalition mail h230-05 (In-Reply-To), the review address still "
              "in Cc: it adds one nominee from the member's own organisation ('our Programme Manager'), affiliation "
              "from the signature. Only the added speaker is recorded; the three quoted nominations (Outlook header "
              "block, not '>'-prefixed) are the coalition's earlier request. thread_of h230-05: not covered by "
              "LABELS.md for a different sender; decided that the addition follows up the coalition's submission "
              "(the member asks that it be treated as part of it)."))


# ================================================================ 08  AR  speaker  federation: one speaker for each of the four roundtables
def m08():
    when = at("2021-02-03 12:10:40")
    subj = "ترشيحات الاتحاد العربي لجمعيات الجاليات والمهاجرين للموائد المستديرة المواضيعية الأربع"
    text = """السادة/ شبكة الأمم المتحدة الإقليمية المعنية بالهجرة - أمانة الاستعراض الإقليمي      المحترمين

السلام عليكم ورحمة الله وبركاته،

إشارة إلى دعوتكم الكريمة للمشاركة في المؤتمر الإقليمي لاستعراض الاتفاق العالمي من أجل الهجرة الآمنة والمنظمة والنظامية يومي ٢٤ و٢٥ فبراير ٢٠٢١، يتشرف الاتحاد العربي لجمعيات الجاليات والمهاجرين، الذي يضم سبع عشرة جمعية من جمعيات الجاليات العربية في دول مجلس التعاون الخليجي، بترشيح متحدث واحد لكل مائدة من الموائد المستديرة المواضيعية الأربع، وذلك على النحو الآتي:

أولاً - المائدة المستديرة المواضيعية الأولى:
الاسم: أ. خالد عمر باعبود
الصفة: الأمين العام للاتحاد
الجهة: الاتحاد العربي لجمعيات الجاليات والمهاجرين

ثانياً - المائدة المستديرة المواضيعية الثانية:
الاسم: د. سلوى إبراهيم النور
الصفة: رئيسة لجنة المرأة والأسرة
الجهة: جمعية الجالية السودانية بالرياض (عضو الاتحاد)

ثالثاً - المائدة المستديرة المواضيعية الثالثة:
الاسم: السيد/ ماجد عبده الحكيمي
الصفة: مسؤول الشؤون القانونية
الجهة: رابطة الجالية اليمنية في الكويت (عضو الاتحاد)

رابعاً - المائدة المستديرة المواضيعية الرابعة:
الاسم: أ. هبة محمود عيسى
الصفة: منسقة برامج الشباب
الجهة: جمعية الجالية المصرية في قطر (عضو الاتحاد)

وقد راعى الاتحاد في ترشيحاته أن يكون لكل مائدة متحدث من ذوي الخبرة في موضوعها، ويسعدنا تزويدكم بالسير الذاتية للمرشحين عند الطلب.

وتفضلوا بقبول فائق الاحترام والتقدير،

ريم فهد الشمري
مديرة المكتب التنفيذي
الاتحاد العربي لجمعيات الجاليات والمهاجرين
الكويت - هاتف: +965 2240 0000
"""
    a = alt(text, "_000_AS8PR10MB6412D7C3E0A5B92F_", html=outlook_html(text, lang="AR-KW", rtl=True), b64=True)
    m = mk(when, sent_at(when, 3, 9), "mail-as8pr10on0640.outbound.protection.outlook.example.com",
           "198.51.100.140", "4DW0f58TnKz3", addr("أمانة الاتحاد", "secretariat@afcma-gulf.example.org"), hdr(subj),
           "<AS8PR10MB6412D7C3E0A5B92F@AS8PR10MB6412.EURPRD10.PROD.OUTLOOK.example.com>", a,
           extra=outlook(hdr(subj), "AdcT2Kw9Yx4Lp7Qm1Rb3Nc6Vd8Fg0Hj==", lang="ar-KW"))
    add(8, when, m, dict(category="speaker_request", language="ar", acknowledge=True, on_time=True, speakers=[
        sp("خالد عمر باعبود", "الأمين العام للاتحاد", "الاتحاد العربي لجمعيات الجاليات والمهاجرين", ["roundtable"], 1),
        sp("سلوى إبراهيم النور", "رئيسة لجنة المرأة والأسرة", "جمعية الجالية السودانية بالرياض", ["roundtable"], 2),
        sp("ماجد عبده الحكيمي", "مسؤول الشؤون القانونية", "رابطة الجالية اليمنية في الكويت", ["roundtable"], 3),
        sp("هبة محمود عيسى", "منسقة برامج الشباب", "جمعية الجالية المصرية في قطر", ["roundtable"], 4)],
        notes="formal Gulf Arabic; a federation proposes one speaker for each of the four roundtables in labelled "
              "blocks headed by the roundtable as an ordinal word; the first is the federation's own secretary "
              "general (title 'الأمين العام للاتحاد' kept as written, as a label line), the other three come from "
              "member associations ('(عضو الاتحاد)' is a remark, not part of the affiliation; 'بالرياض' / 'في "
              "الكويت' / 'في قطر' are part of the community associations' names). Honorifics 'أ.', 'د.', 'السيد/' "
              "dropped. Shared mailbox, signed by the executive office director (not a speaker); Outlook, base64."))


# ================================================================ 09  FR  speaker  platform member A: the platform's president + herself
M09_SUBJ = "Proposition d'intervenants - Plateforme Marocaine Migrations et Solidarités"


def m09():
    when = at("2021-02-03 17:40:22")
    text = """Bonjour,

Je me permets de vous écrire au nom de l'Association Ponts Solidaires (APS), membre de la Plateforme Marocaine Migrations et Solidarités (PMMS), qui regroupe une vingtaine d'associations travaillant avec les personnes migrantes au Maroc.

Lors de notre dernière réunion de coordination, les membres de la Plateforme ont souhaité que son président, M. Abdelilah Berrada, puisse prendre la parole lors d'une séance plénière de la Conférence des 24 et 25 février.

Par ailleurs, je souhaiterais moi-même intervenir lors de la table ronde thématique n°2, pour présenter l'expérience de notre permanence d'accueil à Rabat (accompagnement administratif, accès aux soins et à la scolarisation).

Merci de nous confirmer la bonne réception de ces propositions.

Bien cordialement,

Hind Lamrani
Chargée de programme
Association Ponts Solidaires (APS) - membre de la PMMS
Rabat
"""
    body = alt(text, "000000000000b8e2f405ba6c9d13", html=gmail_html(text))
    m = mk(when, sent_at(when, 1, 6), "mail-ej1-f45.google.example.com", "192.0.2.45", "4DW8q17ZbPz9",
           "Hind Lamrani <hind.lamrani.aps@gmail.example.com>", hdr(M09_SUBJ, enc="Q"),
           "<CAN4rT8qW2mK6vX+p1Lz9Bc3dY7fG0hJ5e@mail.gmail.example.com>", body)
    add(9, when, m, dict(category="speaker_request", language="fr", acknowledge=True, on_time=True, speakers=[
        sp("Abdelilah Berrada", "président", "Plateforme Marocaine Migrations et Solidarités (PMMS)", ["plenary"]),
        sp("Hind Lamrani", "Chargée de programme", "Association Ponts Solidaires (APS)", ["roundtable"], 2)],
        notes="first of two overlapping nominations sent separately by two members of the same platform (see "
              "h230-10): the platform's president for a plenary ('son président, M. ...': title as written, 'M.' "
              "dropped, affiliation the platform) and the sender herself ('moi-même', details in the signature; "
              "'- membre de la PMMS' and 'Rabat' are not part of her affiliation) for table ronde n°2. Gmail; "
              "Date in UTC+1."))


# ================================================================ 10  FR  speaker  platform member B, separately: same president + another person
def m10():
    when = at("2021-02-04 11:05:48")
    subj = "Participation de la PMMS - propositions d'intervenants (AOAM)"
    text = """Madame, Monsieur,

L'Association Oujda Accueil Migrants (AOAM), membre de la Plateforme Marocaine Migrations et Solidarités (PMMS), a l'honneur de vous proposer, au nom de la Plateforme, les intervenants suivants pour l'examen régional du Pacte mondial :

- M. Abdelilah Berrada, Président de la PMMS : intervention en séance plénière ;
- Mme Fatima Zahra Oukacha, responsable du pôle juridique de l'AOAM : rapporteure, chargée de présenter les messages clés des parties prenantes.

Mme Oukacha suit depuis 2017 les dossiers des personnes migrantes refoulées vers la frontière orientale et a coordonné le dernier rapport de la Plateforme sur l'accès à la justice.

Nous ignorons si d'autres associations membres de la Plateforme vous ont déjà écrit à ce sujet ; le cas échéant, merci de considérer le présent courriel comme la proposition de l'AOAM.

Veuillez agréer, Madame, Monsieur, l'expression de nos salutations distinguées.

Mustapha El Khatib
Secrétaire général
Association Oujda Accueil Migrants (AOAM)
Oujda - Maroc

Ce message et toutes les pièces jointes sont confidentiels et établis à l'attention exclusive de leurs destinataires. Toute utilisation ou diffusion non autorisée est interdite.
"""
    a = alt(text, "_000_PR1PR01MB5093F1C6A8E2B47D_", html=outlook_html(text, lang="FR"))
    m = mk(when, sent_at(when, 1, 7), "mail-pr1eur01on0612.outbound.protection.outlook.example.com",
           "198.51.100.112", "4DWjX05KtSz2", "Mustapha El Khatib <sg@aoam-oujda.example.ma>", hdr(subj, enc="Q"),
           "<PR1PR01MB5093F1C6A8E2B47D@PR1PR01MB5093.eurprd01.prod.outlook.example.com>", a,
           extra=outlook(hdr(subj, enc="Q"), "AdcU6Hn2Bv8Xc4Zq1Wm7Lk3Jp9Rs5Tf==", lang="fr-FR"))
    add(10, when, m, dict(category="speaker_request", language="fr", acknowledge=True, on_time=True, speakers=[
        sp("Abdelilah Berrada", "Président", "Plateforme Marocaine Migrations et Solidarités (PMMS)", ["plenary"]),
        sp("Fatima Zahra Oukacha", "responsable du pôle juridique", "Association Oujda Accueil Migrants (AOAM)",
           ["rapporteur"])],
        notes="second, independent nomination from another member of the same platform as h230-09: the same "
              "president for the same plenary (overlap) plus a different second person as rapporteur. Not a reply "
              "and not from the same sender, so thread_of null (not covered by LABELS.md; each message is labelled "
              "as written, the secretariat reconciles the overlap). Titles without 'de la PMMS' / 'de l'AOAM'; "
              "'M.'/'Mme' dropped; 'Oujda - Maroc' is the address. Outlook, confidentiality notice."))


# ================================================================ 11  AR  other  Levantine: a member asks whether her network already nominated her
def m11():
    when = at("2021-02-04 19:30:15")
    subj = "سؤال عن ترشيح الشبكة"
    text = """مرحبا،

أنا هدى الحمصي، باحثة قانونية بمركز الشرق للدراسات القانونية ببيروت، ومركزنا عضو بالشبكة العربية للهجرة والتنمية.

الشبكة كانت طالبة من الأعضاء يبعتولها أسماء، وأنا بعتتلهن اسمي للنقاش المفتوح تبع المشاورة يوم ٢٣ شباط. بس لهلق ما حدا رد علي، ومش عارفة إذا فعلاً حطّوني بالقائمة اللي بعتوها إلكن ولا لأ.

فيكن تأكدولي إذا اسمي موجود؟ ما بدي إبعت طلب لحالي إذا هنّي بعتوه، كرمال ما يصير في تكرار.

شكراً كتير ويعطيكن العافية
هدى

أُرسلت من الـ iPhone
"""
    body = leaf("text/plain", text, "utf-8", "base64")
    m = mk(when, sent_at(when, 2, 9), "mr85p00im-ztdg06021101.me.example.com", "198.51.100.186", "4DWxT44GnQz6",
           addr("Houda Homsi", "houda.homsi@icloud.example.com"), hdr(subj),
           "<5B2E8D71-4A9C-4F06-B3E2-7C1D9A0F6E48@icloud.example.com>", body, extra=[("X-Mailer", IPHONE)])
    add(11, when, m, dict(category="other", language="ar", acknowledge=True, on_time=None,
        notes="Levantine colloquial ('بعتتلهن', 'لهلق', 'إلكن', 'كرمال'); a member asks whether her network already "
              "included her in its list: she is indeed the fourth nominee of h230-03, but this message is a "
              "question and explicitly does not submit a request of its own ('ما بدي إبعت طلب لحالي'), so no "
              "speaker although name, title, organisation and role are all written. Not a reply and not the "
              "network's sender: thread_of null. Latin-script display name spelled differently; iPhone, base64."))


# ================================================================ 12  AR  speaker  Moroccan darija: network coordinator, three members in paragraphs, two minutes late
def m12():
    when = at("2021-02-06 00:02:03")
    subj = "ترشيحات شبكة جمعيات الجهة الشرقية"
    text = """السلام عليكم ورحمة الله،

معاكم سعيد المرابط، منسق شبكة جمعيات الجهة الشرقية لدعم المهاجرين. سمحو لينا على التأخير، ما قدرناش نجمعو الأسماء من عند الجمعيات حتى لليوم فالعشية، وها حنا كنصيفطوهم قبل ما تسالي المهلة.

الشبكة كتقترح تلاتة ديال المتدخلين من الجمعيات الأعضاء:

الأولى هي الأستاذة فاطمة الزهراء الإدريسي، رئيسة جمعية الأمل للتنمية والهجرة، من وجدة، بغات تشارك فالنقاش المفتوح ديال المشاورة نهار 23 فبراير.

التاني هو السي عبد الرحيم بوزيان، المنسق ديال جمعية أيادي التضامن اللي كاينة فالناظور، غادي يدير مداخلة فالمائدة المستديرة التانية، حيت خدام مع المهاجرين اللي فالغابات قرب الحدود.

والتالتة هي خديجة أوعلي، مكلفة بالترافع فالشبكة ديالنا، بغيناها تكون مقررة وتقدم الرسائل الرئيسية.

إلى خصكم شي معلومة خرى، أنا رهن الإشارة.

شكراً بزاف
سعيد المرابط
منسق الشبكة
شبكة جمعيات الجهة الشرقية لدعم المهاجرين
وجدة
"""
    body = alt(text, "000000000000f1d9a305ba8e4c26", html=gmail_html(text, rtl=True), b64=True)
    m = mk(when, sent_at(when, 1, 8), "mail-wr1-f65.google.example.com", "192.0.2.165", "4DXr0Q7MbVz4",
           addr("Said Elmrabet", "said.elmrabet.reseau@gmail.example.com"), hdr(subj),
           "<CAK8vN2qT5wR1mX+c4Lb7Zs0dH9fJ3gY6e@mail.gmail.example.com>", body)
    add(12, when, m, dict(category="speaker_request", language="ar", acknowledge=True, on_time=False, speakers=[
        sp("فاطمة الزهراء الإدريسي", "رئيسة", "جمعية الأمل للتنمية والهجرة", ["open_discussion"]),
        sp("عبد الرحيم بوزيان", "المنسق", "جمعية أيادي التضامن", ["roundtable"], 2),
        sp("خديجة أوعلي", "مكلفة بالترافع", "شبكة جمعيات الجهة الشرقية لدعم المهاجرين", ["rapporteur"])],
        notes="deadline edge, LATE by 2 minutes 3 seconds: the Date header reads Fri 5 Feb 23:01:55 +0100 "
              "(Oujda) and the writer believes he is in time ('قبل ما تسالي المهلة'), but the server received it at "
              "00:02:03 on 6 February Beirut time. Moroccan darija ('كنصيفطوهم', 'بغات', 'فالعشية'); three nominees "
              "in prose paragraphs; honorifics 'الأستاذة' and 'السي' dropped; titles without their organisation "
              "('رئيسة جمعية ...' -> 'رئيسة', 'المنسق ديال جمعية ...' -> 'المنسق'); 'من وجدة' and 'اللي كاينة فالناظور' are places; "
              "the third nominee's affiliation is the network ('فالشبكة ديالنا'), full name from the signature; "
              "'التانية' = second. The sender (coordinator) is not a speaker."))


# ================================================================ 13  FR  speaker  Sahelian network: six member associations in an HTML table, late
def m13():
    when = at("2021-02-08 10:20:31")
    subj = "RASM - Liste consolidée des intervenants proposés par les associations membres"
    rows = [("N°", "Nom", "Fonction", "Association membre", "Pays", "Participation souhaitée"),
            ("1", "M. Moussa KEÏTA", "Président", "Association des Maliens de Tunisie (AMT)", "Tunisie",
             "Table ronde thématique I"),
            ("2", "Mme Aminata SY", "Secrétaire générale", "Association des Femmes Sénégalaises au Maroc (AFSM)",
             "Maroc", "Table ronde thématique III"),
            ("3", "M. Issa OUÉDRAOGO", "Trésorier", "Union des Burkinabè d'Algérie (UBA)", "Algérie",
             "Discussion ouverte du 23 février"),
            ("4", "Mme Mariam DIALLO", "Chargée de communication", "Collectif des Guinéens de Nouakchott (CGN)",
             "Mauritanie", "Séance plénière"),
            ("5", "M. Abdoulaye MAÏGA", "Coordinateur du réseau", "RASM", "Maroc", "Rapporteur (messages clés)"),
            ("6", "Mme Fanta CAMARA", "Juriste", "Association des Ivoiriens de Sfax (AIS)", "Tunisie",
             "Table ronde thématique IV")]
    intro = """Madame, Monsieur,

Le Réseau des Associations Sahéliennes au Maghreb (RASM) regroupe trente-deux associations de ressortissants maliens, sénégalais, burkinabè, guinéens, nigériens et ivoiriens installées au Maroc, en Algérie, en Tunisie et en Mauritanie.

Nous savons que la date limite du 5 février pour les demandes d'intervention est dépassée. Le retard est dû à la consultation de nos membres dans quatre pays, dont certains n'ont pu se réunir qu'en fin de semaine. Nous vous serions très reconnaissants de bien vouloir examiner malgré tout la liste consolidée ci-dessous, validée par le bureau du Réseau le 7 février :
"""
    outro = """Les intervenant·e·s s'exprimeront au nom de leur association membre, sauf M. Maïga qui portera la voix du Réseau.

Avec nos remerciements anticipés et nos salutations distinguées,

Abdoulaye Maïga
Coordinateur
Réseau des Associations Sahéliennes au Maghreb (RASM)
Casablanca - Maroc
Tél. : +212 5 22 00 00 00
"""
    text = intro + "\n" + "\n".join("\t".join(r) for r in rows) + "\n\n" + outro
    html = outlook_html(None, lang="FR", table=html_table(rows), split=(intro, outro))
    a = alt(text, "_000_MR2P264MB0771C8A1E5D3F096_", html=html)
    m = mk(when, sent_at(when, 1, 6), "mail-mr2fra01on0609.outbound.protection.outlook.example.com",
           "198.51.100.109", "4DYg3S6LwHz8", "RASM Coordination <coordination@rasm-maghreb.example.org>",
           hdr(subj, enc="Q"), "<MR2P264MB0771C8A1E5D3F096@MR2P264MB0771.FRAP264.PROD.OUTLOOK.example.com>", a,
           extra=outlook(hdr(subj, enc="Q"), "AdcV9Qs3Mn6Bv1Xz8Lk4Jh2Gf7Dd5Sa==", lang="fr-FR"))
    add(13, when, m, dict(category="speaker_request", language="fr", acknowledge=True, on_time=False, speakers=[
        sp("Moussa Keïta", "Président", "Association des Maliens de Tunisie (AMT)", ["roundtable"], 1),
        sp("Aminata Sy", "Secrétaire générale", "Association des Femmes Sénégalaises au Maroc (AFSM)",
           ["roundtable"], 3),
        sp("Issa Ouédraogo", "Trésorier", "Union des Burkinabè d'Algérie (UBA)", ["open_discussion"]),
        sp("Mariam Diallo", "Chargée de communication", "Collectif des Guinéens de Nouakchott (CGN)", ["plenary"]),
        sp("Abdoulaye Maïga", "Coordinateur du réseau", "Réseau des Associations Sahéliennes au Maghreb (RASM)",
           ["rapporteur"]),
        sp("Fanta Camara", "Juriste", "Association des Ivoiriens de Sfax (AIS)", ["roundtable"], 4)],
        notes="LATE (8 February) and says so. Six nominees in an Outlook HTML table (tab-separated in the text "
              "part), five from member associations and the sender himself (no. 5, 'RASM' only in the cell: full "
              "form from the first paragraph and the signature; his table title 'Coordinateur du réseau' kept as "
              "written in its cell). Surnames in capitals, recorded in normal case; 'M.'/'Mme' dropped; the 'Pays' "
              "column is not part of the affiliation ('de Sfax', 'de Nouakchott' are in the names); roundtables as "
              "Roman numerals. Sent from the network's shared mailbox; Date in UTC+1."))


# ================================================================ 14  AR  other  the Arab network withdraws one of its four nominees (03)
def m14():
    when = at("2021-02-08 14:15:09")
    text = """السادة/ أمانة الاستعراض الإقليمي      المحترمين

تحية طيبة وبعد،

إلحاقاً برسالتنا المؤرخة في ١ شباط/فبراير ٢٠٢١ بشأن ترشيحات الشبكة العربية للهجرة والتنمية، نحيطكم علماً بأن السيد محمد الأمين ولد أحمد سالم، رئيس الجمعية الموريتانية لحقوق المهاجرين، قد أبلغنا بتعذّر مشاركته في المائدة المستديرة المواضيعية الثالثة لأسباب صحية، ولذلك نرجو شطب اسمه من قائمة مرشحي الشبكة.

ولن تقترح الشبكة بديلاً عنه، نظراً لانقضاء المهلة المحددة لطلبات المشاركة، وتبقى الترشيحات الثلاثة الأخرى كما وردت في رسالتنا السابقة دون تغيير.

مع الشكر والتقدير،

وليد نصر الدين
منسق الشبكة العربية للهجرة والتنمية

________________________________
من: وليد نصر الدين <coordination@anmd-network.example.org>
تم الإرسال: الاثنين، ١ فبراير ٢٠٢١ ١:١٥ م
إلى: gcmrrarabstates@iom.int
الموضوع: """ + M03_SUBJ + "\n\n" + M03_TEXT
    subj = "رد: " + M03_SUBJ
    a = alt(text, "_000_DB9PR02MB73142B7F0E4C9A61_", html=outlook_html(text, lang="AR-SA", rtl=True), b64=True)
    m = mk(when, sent_at(when, 2, 6), "mail-db9eur02on0618.outbound.protection.outlook.example.com",
           "198.51.100.118", "4DYpL72VcTz1", addr("وليد نصر الدين", "coordination@anmd-network.example.org"),
           hdr(subj), "<DB9PR02MB73142B7F0E4C9A61@DB9PR02MB7314.eurprd02.prod.outlook.example.com>", a,
           extra=outlook(hdr(M03_SUBJ), "AdcSr8Tb1Wq6Ln4Mz2Xc7Vb9Kj5Hg3FdAAG2nWq==", lang="ar-LB")
           + [("In-Reply-To", M03_ID), ("References", M03_ID)])
    add(14, when, m, dict(category="other", language="ar", acknowledge=True, on_time=None, thread_of=H % 3,
        notes="the network withdraws one of the four nominees of h230-03 (Outlook reply to its own message, the "
              "original quoted below an Arabic header block with the whole table): no replacement, and the other "
              "three nominations stand unchanged but are not proposed again, so no speaker is recorded and the "
              "category is other (as earlier withdrawals; the secretariat strikes the name in the register of "
              "h230-03). The withdrawn speaker is named with his title and roundtable in the new text (decoy). "
              "Acknowledged: it changes the submission."))


# ================================================================ 15  EN  report  coalition's collective report signed by twelve organisations; annex to follow
M15_ID = "<AS4PR03MB8394E16C2A0B7D58@AS4PR03MB8394.eurprd03.prod.outlook.example.com>"
M15_SUBJ = "CFLMG collective voluntary GCM review report (12 signatory organisations)"
M15_FILE = "CFLMG_Joint_Voluntary_GCM_Review_Report_2021.pdf"
M15_TEXT = """Dear Secretariat,

On behalf of the Coalition for Fair Labour Migration in the Gulf (CFLMG), please find attached our collective voluntary GCM review report. The report was drafted by a working group of the Coalition, validated at our members' meeting of 4 February and is signed by the following twelve organisations:

1. Migrant-Rights Watch Gulf (MRWG)
2. Bahrain Migrant Workers Support Society
3. Kuwait Society for Migrant Workers' Welfare
4. Oman Fair Recruitment Forum
5. Qatar Labour Justice Initiative
6. UAE Workers' Welfare Volunteers
7. Saudi Domestic Workers Outreach Group
8. Philippine Migrant Community Council - Gulf
9. Nepal Returnee Workers' Network
10. South Asia Labour Mobility Centre
11. East African Migrant Workers Alliance
12. Gulf Legal Aid Clinic Network

The report addresses GCM Objectives 6 (fair and ethical recruitment), 7 (reducing vulnerabilities) and 16 (inclusion and social cohesion), with a chapter on the COVID-19 crisis and wage theft.

Our statistical annex (anonymised case data from the twelve organisations, 2019-2020) is too large to send together with the report; it will follow in a separate email later today.

With kind regards,

Maya Pereira
Coalition Secretary
Coalition for Fair Labour Migration in the Gulf (CFLMG)
Manama, Bahrain

This message may contain confidential information. If you are not the intended recipient, please inform the sender and delete it.
"""


def m15():
    when = at("2021-02-09 11:00:40")
    pdf = rep_pdf("Joint Voluntary GCM Review Report", "Coalition for Fair Labour Migration in the Gulf (CFLMG)",
                  ["Twelve signatory organisations", "Objective 6: fair and ethical recruitment",
                   "Objective 7: reducing vulnerabilities", "Objective 16: inclusion", "COVID-19 and wage theft",
                   "Recommendations"])
    cid = "image001.png@01D6FED3.5C0A7E20"
    rel = multi("related", [leaf("text/html", outlook_html(M15_TEXT, lang="EN-GB", img_cid=cid)),
                            logo(cid, (0, 96, 128))], "_005_AS4PR03MB8394E16C2A0B7D58_",
                params=[("type", '"text/html"')])
    a = multi("alternative", [leaf("text/plain", M15_TEXT), rel], "_000_AS4PR03MB8394E16C2A0B7D58_")
    body = multi("mixed", [a, attach("application/pdf", pdf, M15_FILE)], "_006_AS4PR03MB8394E16C2A0B7D58_")
    m = mk(when, sent_at(when, 3, 8), "mail-as4eur03on0631.outbound.protection.outlook.example.com",
           "198.51.100.131", "4DZ3Hk81QxZ5", "Maya Pereira <secretary@cflmg.example.org>", M15_SUBJ, M15_ID, body,
           extra=outlook(M15_SUBJ, "AdcW4Rt7Yu0Io3Pa6Sd9Fg2Hj5Kl8Zx==", lang="en-GB", has_attach="yes"))
    add(15, when, m, dict(category="voluntary_report", language="en", acknowledge=True, on_time=True,
        report_attachments=[M15_FILE],
        notes="a coalition's collective report signed by twelve organisations listed in the body (none of them is a "
              "speaker, and no speaking role is requested); the statistical annex is announced for a separate email "
              "(h230-16). Outlook mixed > alternative > related: the inline logo image001.png is not part of the "
              "report. Signed by the coalition secretary; confidentiality notice; Date in UTC+3."))


# ================================================================ 16  EN  report  the annex of 15, sent separately as a reply to the sender's own mail
M16_FILE = "CFLMG_Annex_Case_Data_2019-2020.pdf"


def m16():
    when = at("2021-02-09 16:30:12")
    text = """Dear Secretariat,

As announced this morning, please find attached the statistical annex to our collective report (anonymised case data from the twelve signatory organisations, 2019-2020). The annex is an integral part of the report.

With kind regards,

Maya Pereira
Coalition Secretary
Coalition for Fair Labour Migration in the Gulf (CFLMG)

-----Original Message-----
From: Maya Pereira <secretary@cflmg.example.org>
Sent: Tuesday, 9 February 2021 12:00
To: gcmrrarabstates@iom.int
Subject: """ + M15_SUBJ + "\n\n" + M15_TEXT
    pdf = make_pdf(["CFLMG - Statistical annex to the joint voluntary GCM review report",
                    "Anonymised case data, 12 organisations, 2019-2020", "Table A1. Cases by country and sector",
                    "Table A2. Recruitment fees reported", "Table A3. Wage theft cases, 2020"])
    subj = "RE: " + M15_SUBJ
    a = multi("alternative", [leaf("text/plain", text), leaf("text/html", outlook_html(text, lang="EN-GB"))],
              "_000_AS4PR03MB83940A5D7C2E1F93_")
    body = multi("mixed", [a, attach("application/pdf", pdf, M16_FILE)], "_004_AS4PR03MB83940A5D7C2E1F93_")
    m = mk(when, sent_at(when, 3, 9), "mail-as4eur03on0631.outbound.protection.outlook.example.com",
           "198.51.100.131", "4DZFn27TcWz0", "Maya Pereira <secretary@cflmg.example.org>", subj,
           "<AS4PR03MB83940A5D7C2E1F93@AS4PR03MB8394.eurprd03.prod.outlook.example.com>", body,
           extra=outlook(M15_SUBJ, "AdcW4Rt7Yu0Io3Pa6Sd9Fg2Hj5Kl8ZxAAFq2Bw=", lang="en-GB", has_attach="yes")
           + [("In-Reply-To", M15_ID), ("References", M15_ID)])
    add(16, when, m, dict(category="voluntary_report", language="en", acknowledge=True, on_time=True,
        report_attachments=[M16_FILE], thread_of=H % 15,
        notes="the annex announced in h230-15, sent separately the same afternoon as a reply to the sender's own "
              "mail ('-----Original Message-----' block quoting the whole first message with its list of twelve "
              "organisations); 'an integral part of the report', so it is listed as a report attachment and the "
              "message is a voluntary report in the thread of h230-15 (as dev 037 counts an annex, and earlier "
              "sets a separately sent annex); on time."))


# ================================================================ 17  FR  report  the Maghreb coalition's collective report (DOCX, accented name)
M17_ID = "<0c3e7b92-5a14-4d8f-a6b0-e1f29d7c4a85@cmdm-maghreb.example.org>"
M17_SUBJ = "CMDM - Rapport collectif - Examen régional du Pacte mondial"
M17_QID = "4DZXc41PmFz7"
M17_FILE = "CMDM_Rapport_collectif_examen_régional_PMM_2021.docx"


def m17():
    when = at("2021-02-10 09:45:27")
    text = """Madame, Monsieur,

Veuillez trouver ci-joint le rapport collectif de la Coalition Maghrébine pour les Droits des Migrants (CMDM) dans le cadre de l'examen régional du Pacte mondial pour des migrations sûres, ordonnées et régulières.

Ce rapport a été rédigé à partir des contributions de nos neuf associations membres en Tunisie, en Algérie, au Maroc et en Mauritanie ; il porte notamment sur les expulsions collectives aux frontières, l'accès à la justice et la situation des mineurs non accompagnés. Il est cosigné par les neuf associations, dont la liste figure en page 2.

Pour rappel, nos propositions d'intervenant·e·s vous ont été adressées séparément le 2 février.

Bien cordialement,

--
Imen Gharsallah
Coordinatrice régionale
Coalition Maghrébine pour les Droits des Migrants (CMDM)
Rue de Marseille, Tunis - Tunisie
"""
    doc = make_docx(["Coalition Maghrebine pour les Droits des Migrants (CMDM) - rapport collectif",
                     "Associations cosignataires (9)", "1. Expulsions collectives aux frontieres",
                     "2. Acces a la justice", "3. Mineurs non accompagnes", "4. Recommandations"])
    body = multi("mixed", [leaf("text/plain", flowed(text), "utf-8", "8bit", params=[("format", "flowed")]),
                           attach(DOCX, doc, M17_FILE)], "------------5B1D9F3A7C0E2B4D6F8A1C3E")
    m = mk(when, sent_at(when, 1, 7), "smtp.cmdm-maghreb.example.org", "203.0.113.31", M17_QID,
           "Imen Gharsallah <coordination@cmdm-maghreb.example.org>", hdr(M17_SUBJ, enc="Q"), M17_ID, body,
           extra=[("User-Agent", TB), ("Content-Language", "fr")])
    add(17, when, m, dict(category="voluntary_report", language="fr", acknowledge=True, on_time=True,
        report_attachments=[M17_FILE],
        notes="collective report of the Maghreb coalition of h230-04 (same sender, new submission, not a reply: "
              "thread_of null); DOCX name with an accent (RFC 2231 + RFC 2047); the reminder of the speaker "
              "proposals sent on 2 February is not a new request. Thunderbird format=flowed, 8bit. Thanked in "
              "h230-19."))


# ================================================================ 18  AR  report  the Arab network's collective report (Arabic PDF name)
M18_FILE = "التقرير الجماعي للشبكة العربية للهجرة والتنمية - الاستعراض الطوعي 2021.pdf"


def m18():
    when = at("2021-02-11 12:30:55")
    subj = "التقرير الطوعي الجماعي للشبكة العربية للهجرة والتنمية"
    text = """السادة/ أمانة الاستعراض الإقليمي للاتفاق العالمي من أجل الهجرة      المحترمين

تحية طيبة وبعد،

يسر الشبكة العربية للهجرة والتنمية أن ترفق لكم تقريرها الطوعي الجماعي حول تنفيذ الاتفاق العالمي من أجل الهجرة الآمنة والمنظمة والنظامية في المنطقة العربية، والذي أُعدّ بمشاركة ثماني عشرة منظمة من المنظمات الأعضاء في الشبكة، ويتناول بوجه خاص الأهداف ٧ و١٥ و٢١ من الاتفاق: الحد من أوجه الضعف، والحصول على الخدمات الأساسية، والعودة وإعادة الإدماج.

وقد تضمّن التقرير في ملحقه قائمة بالمنظمات المشاركة في إعداده.

وتفضلوا بقبول فائق الاحترام والتقدير،

وليد نصر الدين
منسق الشبكة العربية للهجرة والتنمية
بيروت - لبنان
"""
    pdf = rep_pdf("Collective voluntary GCM review report (Arabic)", "Arab Network for Migration and Development",
                  ["Eighteen member organisations", "Objective 7: vulnerabilities", "Objective 15: basic services",
                   "Objective 21: return and reintegration", "Annex: participating organisations"])
    a = alt(text, "_000_DB9PR02MB7314C5A9E3F0B217_", html=outlook_html(text, lang="AR-SA", rtl=True), b64=True)
    body = multi("mixed", [a, attach("application/pdf", pdf, M18_FILE)], "_004_DB9PR02MB7314C5A9E3F0B217_")
    m = mk(when, sent_at(when, 2, 7), "mail-db9eur02on0618.outbound.protection.outlook.example.com",
           "198.51.100.118", "4F0C7d92SrKz", addr("وليد نصر الدين", "coordination@anmd-network.example.org"),
           hdr(subj), "<DB9PR02MB7314C5A9E3F0B217@DB9PR02MB7314.eurprd02.prod.outlook.example.com>", body,
           extra=outlook(hdr(subj), "AdcYh1Lp5Ws8Qm2Xn7Bv4Kc0Rt3Zg9Jd==", lang="ar-LB", has_attach="yes"))
    add(18, when, m, dict(category="voluntary_report", language="ar", acknowledge=True, on_time=True,
        report_attachments=[M18_FILE],
        notes="formal Arabic; the network of h230-03 sends its collective report (eighteen member organisations) as "
              "a new message, not a reply: thread_of null; long Arabic PDF name with spaces, a dash and digits "
              "(RFC 2231 + RFC 2047); the signer is the network coordinator, no speaker. Outlook, base64."))


# ================================================================ 19  FR  other  thanks for the acknowledgement of 17
def m19():
    when = at("2021-02-11 15:10:03")
    ack = ack_mid(M17_QID)
    text = """Bonjour,

Merci beaucoup pour l'accusé de réception, c'est bien noté de notre côté. Je transmets aux associations membres.

Bonne fin de journée,
Imen

Le 10/02/2021 à 08:45, GCM Regional Review Arab States a écrit :
> Madame, Monsieur,
>
> Nous accusons réception de votre message « %s » et de votre rapport
> volontaire (1 fichier : %s).
>
> Examen régional du Pacte mondial - États arabes
""" % (M17_SUBJ, M17_FILE)
    body = leaf("text/plain", flowed(text), "utf-8", "8bit", params=[("format", "flowed")])
    m = mk(when, sent_at(when, 1, 4), "smtp.cmdm-maghreb.example.org", "203.0.113.31", "4F0Jw63BnXz2",
           "Imen Gharsallah <coordination@cmdm-maghreb.example.org>",
           hdr("Re: Accusé de réception - " + M17_SUBJ, enc="Q"),
           "<e7a42c19-0b6d-4f3e-8c51-9a2d6f0b3e74@cmdm-maghreb.example.org>", body,
           extra=[("User-Agent", TB), ("In-Reply-To", ack), ("References", M17_ID + " " + ack),
                  ("Content-Language", "fr")])
    add(19, when, m, dict(category="other", language="fr", acknowledge=False, on_time=None, thread_of=H % 17,
        notes="a thank-you answering our acknowledgement of h230-17 (References name h230-17): adds nothing new "
              "('je transmets aux associations membres' is internal), so no acknowledgement although a person "
              "wrote it (LABELS.md); the '>'-quoted acknowledgement names the report file."))


# ================================================================ 20  EN  other  the network coordinator of 01 asks about a member's separate nomination
def m20():
    when = at("2021-02-12 10:05:19")
    ack = ack_mid(M01_QID)
    text = """Dear colleagues,

Thank you for confirming receipt of our five nominations on 1 February.

Two quick questions, as several members have asked me:

1. The Lebanese Centre for Migration Studies tells me that, before our consolidated list went out, they had also sent you a separate email proposing Dr. Barakat for Roundtable 2. This is the same nomination as no. 1 on our list, so please count it once. Is there anything we need to do on our side?

2. When will the secretariat let nominees know whether they have been selected, and will you contact them directly or through the Network secretariat?

Many thanks,
Farah

Farah Kassem
Network Coordinator
Gulf and Mashreq Migrant Rights Network (GMMRN)

CONFIDENTIALITY NOTICE: This e-mail and any attachments are intended only for the addressee(s) and may contain confidential information. If you have received it in error, please notify the sender and delete it.

From: GCM Regional Review Arab States <gcmrrarabstates@iom.int>
Sent: Monday, February 1, 2021 9:40 AM
To: Farah Kassem <f.kassem@gmmrn.example.org>
Cc: Lina Barakat <l.barakat@lcms.example.org>; Joseph Mwangi <chair@kcwa-kuwait.example.org>; Sunita Gurung <sunita.g@nmwsg.example.org>; Ahmad Rawashdeh <a.rawashdeh@jcmw.example.org>
Subject: Acknowledgement of receipt - %s

Dear Farah Kassem,

Thank you for your message "%s". The secretariat confirms receipt of your speaker request (5 speakers). The secretariat will contact you about the programme.

GCM Regional Review - Arab States
""" % (M01_SUBJ, M01_SUBJ)
    subj = "RE: Acknowledgement of receipt - " + M01_SUBJ
    a = alt(text, "_000_AM0PR07MB6148F7C2A9D03E45_", html=outlook_html(text, lang="EN-GB"))
    m = mk(when, sent_at(when, 2, 7), "mail-am0eur07on0601.outbound.protection.outlook.example.com",
           "198.51.100.101", "4F0rB85HkVz6", "Farah Kassem <f.kassem@gmmrn.example.org>", subj,
           "<AM0PR07MB6148F7C2A9D03E45@AM0PR07MB6148.eurprd07.prod.outlook.example.com>", a,
           extra=outlook("Acknowledgement of receipt - " + M01_SUBJ, "AdcSp4Nq7Lw2Ke9Rt5Yu3Ii1Oo8Pp6AAJb7Tx==", lang="en-GB")
           + [("In-Reply-To", ack), ("References", M01_ID + " " + ack)])
    add(20, when, m, dict(category="other", language="en", acknowledge=True, on_time=None, thread_of=H % 1,
        notes="reply to our acknowledgement of h230-01 (References name h230-01) with real questions: a member's "
              "separate email nominated the same speaker before the network's list (not in this set), and when "
              "selection will be announced; it restates one nominee ('Dr. Barakat for Roundtable 2') but proposes "
              "nobody new, so no speaker; acknowledged, unlike a plain thank-you. Outlook header-block quote."))


# ================================================================ 21  AR  both  Yemeni coalition: collective DOCX report + two member nominees, speaker part late
M21_FILE = "تقرير التحالف اليمني لحماية المهاجرين - الاستعراض الطوعي 2021.docx"


def m21():
    when = at("2021-02-14 13:20:48")
    subj = "التقرير الطوعي للتحالف اليمني لحماية المهاجرين وترشيح متحدثَين"
    text = """السادة/ أمانة الاستعراض الإقليمي للاتفاق العالمي من أجل الهجرة الآمنة والمنظمة والنظامية
المحترمون

تحية طيبة وبعد،

يسر التحالف اليمني لحماية المهاجرين، الذي يضم أربع عشرة منظمة محلية في عدن ولحج وشبوة وحضرموت، أن يرفق لكم تقريره الطوعي الجماعي حول تنفيذ الاتفاق العالمي، ويتناول أوضاع المهاجرين القادمين من القرن الأفريقي عبر السواحل اليمنية، ومخاطر الاتجار والاحتجاز، وأثر جائحة كورونا على حركة العبور.

كما يرشح التحالف، بعد التشاور مع أعضائه، متحدثَين اثنين من منظماته الأعضاء:
- المهندسة أروى عبد الله الصبري، مديرة البرامج في مؤسسة عدن للتنمية والحماية، لتكون مقررة تعرض الرسائل الرئيسية لأصحاب المصلحة؛
- الأستاذ صالح محمد باسندوة، رئيس جمعية المكلا لرعاية المهاجرين، لمداخلة في المائدة المستديرة المواضيعية الأولى.

ونعتذر عن تأخرنا في إرسال الترشيحات بسبب صعوبة التواصل بين أعضاء التحالف في المحافظات، آملين أن يتسع المجال لقبولها.

وتفضلوا بقبول فائق الاحترام والتقدير،

د. عبد الله سالم الحضرمي
منسق التحالف اليمني لحماية المهاجرين
عدن - الجمهورية اليمنية
"""
    doc = make_docx(["Yemeni Coalition for the Protection of Migrants - collective voluntary GCM review (Arabic)",
                     "14 member organisations", "1. Arrivals from the Horn of Africa", "2. Trafficking and detention",
                     "3. COVID-19 and transit", "4. Recommendations"])
    a = alt(text, "000000000000d2b8f605bb6e1c47", html=gmail_html(text, rtl=True), b64=True)
    body = multi("mixed", [a, attach(DOCX, doc, M21_FILE)], "000000000000d2b8f805bb6e1c49")
    m = mk(when, sent_at(when, 3, 7), "mail-lf1-f50.google.example.com", "192.0.2.50", "4F1tN38WqLz5",
           addr("Abdullah Al-Hadhrami", "ycpm.coordinator@gmail.example.com"), hdr(subj),
           "<CAF9sW3mR7tK1vB+q6Xn2Lc8dZ4gH0jY5p@mail.gmail.example.com>", body)
    add(21, when, m, dict(category="both", language="ar", acknowledge=True, on_time=False, speakers=[
        sp("أروى عبد الله الصبري", "مديرة البرامج", "مؤسسة عدن للتنمية والحماية", ["rapporteur"]),
        sp("صالح محمد باسندوة", "رئيس", "جمعية المكلا لرعاية المهاجرين", ["roundtable"], 1)],
        report_attachments=[M21_FILE],
        notes="both, received 14 February: the collective report is on time but the two nominations come after the "
              "5 February speaker deadline (the sender apologises), so on_time is false. Two nominees from member "
              "organisations in a dashed list in prose: 'المهندسة' and 'الأستاذ' dropped; titles without the "
              "organisation ('مديرة البرامج في ...', 'رئيس جمعية ...' -> 'رئيس'); the signer ('د.', coalition "
              "coordinator) is not a speaker. Arabic DOCX name with spaces and a dash; Gmail, Latin display name."))


# ================================================================ 22  FR  both  diaspora collective in France: report PDF + one speaker, speaker part late
M22_FILE = "CADTF - Rapport volontaire PMM 2021.pdf"


def m22():
    when = at("2021-02-15 17:35:02")
    subj = "Rapport volontaire du CADTF et proposition d'intervenante"
    text = """Bonjour,

Le Collectif des Associations de la Diaspora Tunisienne en France (CADTF), qui fédère onze associations à Paris, Lyon, Marseille et Nice, a le plaisir de vous transmettre en pièce jointe son rapport volontaire pour l'examen régional du Pacte mondial. Le rapport a été rédigé avec nos associations membres et porte sur les liens entre la diaspora et les migrants tunisiens en situation irrégulière en France, les transferts de fonds et le retour.

Par ailleurs, nous souhaiterions que notre vice-présidente, Mme Leïla Chaabane, puisse intervenir lors de la table ronde thématique n°2, si cela est encore possible.

Avec nos remerciements et nos salutations les meilleures,

Sami Ben Youssef
Secrétaire général du CADTF
Paris
"""
    pdf = rep_pdf("Rapport volontaire - Examen regional du PMM",
                  "Collectif des Associations de la Diaspora Tunisienne en France (CADTF)",
                  ["Onze associations membres", "Diaspora et migrants en situation irreguliere",
                   "Transferts de fonds", "Retour et reintegration", "Recommandations"])
    a = alt(text, "000000000000a4c9e205bb7f3d58", html=gmail_html(text))
    body = multi("mixed", [a, attach("application/pdf", pdf, M22_FILE)], "000000000000a4c9e405bb7f3d5a")
    m = mk(when, sent_at(when, 1, 6), "mail-wr1-f47.google.example.com", "192.0.2.147", "4F2bQ71JtDz3",
           "CADTF <cadtf.collectif@gmail.example.com>", hdr(subj, enc="Q"),
           "<CAB6tR1wN8mQ3kV+z5Xc0Lp7dY2fH9gJ4s@mail.gmail.example.com>", body)
    add(22, when, m, dict(category="both", language="fr", acknowledge=True, on_time=False, speakers=[
        sp("Leïla Chaabane", "vice-présidente",
           "Collectif des Associations de la Diaspora Tunisienne en France (CADTF)", ["roundtable"], 2)],
        report_attachments=[M22_FILE],
        notes="both, received 15 February: the report is on time but the speaker request is after the 5 February "
              "deadline ('si cela est encore possible', no date named), so on_time is false. Diaspora collective in "
              "France (Date in UTC+1); speaker in prose ('notre vice-présidente, Mme ...': 'Mme' dropped, "
              "affiliation the collective of the first sentence); PDF name with spaces; shared Gmail account, "
              "signed by the secretary general (not a speaker)."))


# ================================================================ 23  AR  report  Kuwaiti network: collective PDF 80 seconds before the deadline
M23_FILE = "Kuwait_DW_Network_GCM_Voluntary_Report_AR.pdf"


def m23():
    when = at("2021-02-16 23:58:40")
    subj = "التقرير الطوعي لشبكة الكويت لحقوق العمالة المنزلية"
    text = """السادة أمانة الاستعراض الإقليمي المحترمين،

تحية طيبة،

نرفق لكم التقرير الطوعي الجماعي لشبكة الكويت لحقوق العمالة المنزلية، الذي شاركت في إعداده ست منظمات وجمعيات أعضاء في الشبكة، ويتناول أوضاع العمالة المنزلية خلال جائحة كورونا، ومشكلات الإيواء والأجور المتأخرة، وتطبيق قانون العمالة المنزلية.

نعتذر عن الإرسال في هذه الساعة المتأخرة، فقد انتظرنا موافقة آخر الأعضاء على الصيغة النهائية، ونأمل أن يصلكم قبل انتهاء المهلة بتوقيت بيروت.

مع خالص التحية،
نورة بدر الصباح
منسقة الشبكة
شبكة الكويت لحقوق العمالة المنزلية
"""
    pdf = rep_pdf("Collective voluntary GCM review report (Arabic)", "Kuwait Domestic Workers' Rights Network",
                  ["Six member organisations", "Domestic workers during COVID-19", "Shelters and unpaid wages",
                   "The domestic workers law", "Recommendations"])
    a = alt(text, "000000000000e5f1a705bb8c2e69", html=gmail_html(text, rtl=True), b64=True)
    body = multi("mixed", [a, attach("application/pdf", pdf, M23_FILE)], "000000000000e5f1a905bb8c2e6b")
    m = mk(when, sent_at(when, 3, 9), "mail-pj1-f41.google.example.com", "192.0.2.141", "4F3Kz95RvMz8",
           addr("نورة الصباح", "noura.kdwrn@gmail.example.com"), hdr(subj),
           "<CAL3pX7vR1nT9wK+m4Bz6Qc0dH2fY8gJ5u@mail.gmail.example.com>", body)
    add(23, when, m, dict(category="voluntary_report", language="ar", acknowledge=True, on_time=True,
        report_attachments=[M23_FILE],
        notes="deadline edge: received 23:58:40 Beirut time on 16 February, on time by 79 seconds, while the Date "
              "header (+0300, Kuwait) already reads 17 February 00:58; the sender apologises for the late hour. "
              "Collective report of a six-member network; English PDF name; Gmail, base64 text."))


# ================================================================ 24  EN  report  Qatar migrant communities network, DOCX, the morning after the deadline
M24_FILE = "QMCN Voluntary GCM Review Report - Feb 2021.docx"


def m24():
    when = at("2021-02-17 09:15:26")
    subj = "QMCN voluntary report - apologies for the delay"
    text = """Dear Regional Review team,

Please find attached the voluntary GCM review report of the Qatar Migrant Communities Network (QMCN), prepared with nine of our member community associations (Nepali, Sri Lankan, Kenyan, Ugandan, Filipino, Bangladeshi, Indian, Pakistani and Ghanaian).

We are aware that the deadline was yesterday. Two of our member associations could only send their sections late last night, after their weekly day off, and we preferred to submit a report that all members have seen. We hope it can still be taken into account.

Best regards,

Rohan Silva
Coordinator
Qatar Migrant Communities Network (QMCN)
Doha, Qatar
"""
    doc = make_docx(["Qatar Migrant Communities Network (QMCN) - voluntary GCM review report",
                     "Nine member community associations", "1. Wage protection", "2. Access to justice",
                     "3. Community responses to COVID-19", "4. Recommendations"])
    a = alt(text, "000000000000b7e3c905bb9a4f71", html=gmail_html(text))
    body = multi("mixed", [a, attach(DOCX, doc, M24_FILE)], "000000000000b7e3cb05bb9a4f73")
    m = mk(when, sent_at(when, 3, 6), "mail-ed1-f49.google.example.com", "192.0.2.49", "4F3gW18CxNz0",
           "Rohan Silva <rohan.silva.qmcn@gmail.example.com>", subj,
           "<CAM5vT8qX2nR6wL+k1Bc9Zp3dF7gH0jY4e@mail.gmail.example.com>", body)
    add(24, when, m, dict(category="voluntary_report", language="en", acknowledge=True, on_time=False,
        report_attachments=[M24_FILE],
        notes="late (17 February, the morning after the report deadline) and says so; collective report of a "
              "network of community associations; DOCX name with spaces and a dash; Gmail, Date in UTC+3."))


def main():
    for f in (m01, m02, m03, m04, m05, m06, m07, m08, m09, m10, m11, m12, m13, m14, m15, m16, m17, m18, m19,
              m20, m21, m22, m23, m24):
        f()
    SET.write()


if __name__ == "__main__":
    main()
