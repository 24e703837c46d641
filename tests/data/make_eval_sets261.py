#!/usr/bin/env python3
"""Write the blind evaluation set holdout261 (24 raw .eml messages + labels.json).

Deterministic, standard library only:  python3 tests/data/make_eval_sets261.py
Theme: digital tools and technology (25 January - 18 February 2021).  Mail produced by or about tools: a
migration-tech startup in Amman that first asks whether a company may take part and later nominates its co-founder
in a reply to the secretariat, an Assiut association forwarding a Google Forms response notification (then thanking
us for the acknowledgement), a Kuwait digital-rights initiative whose report is only a OneDrive link with a QR code
in the signature, an Oujda association whose speaker is only in an attached vCard (his Gmail vacation reply follows),
a Beirut hackathon team proposing two of its members (the Cc'd student address bounces), a WhatsApp chatbot for
migrant workers in Amman whose speaker signs with a QR code and social handles, a Tunisian digital-identity
association sending a report with a cover letter and a speaker, an internal Teams meeting invitation from Khartoum
sent to the review address by mistake, a digital-ID researcher naming herself only in her signature, an Oran
collective writing from a phone at 23:46 on the speaker deadline, a Typeform notification from Baghdad forwarded
days late, Zoom/Teams questions from a community centre's IT officer, an e-learning platform in Beirut sending a
DOCX with a Google Drive copy and then replacing it with the final PDF, a Tunis coding school's late 'both' (its
Freshdesk helpdesk answers our acknowledgement), a migrant women's podcast collective with a WeTransfer link to its
episodes, a Cairo open-data project at 23:52 on the report deadline, a Sudanese developer in Riyadh who only wants
to attend, and a Nouadhibou association whose WeTransfer upload failed.  Signatures with social-media handles, app
store links and QR codes.  Helpers from mailgen.py.
"""
import datetime as dt

from mailgen import (EvalSet, DOCX, POSTFIX_NOTICE, addr, alt, at, attach, dsn_report, esc, flowed, gmail_html, hdr,
                     html_only, leaf, make_docx, make_png, mk, multi, re_hdr, rep_pdf, rfcdate, sent_at, sp, std_rows,
                     top)
from mailgen import outlook_html, outlook_rows as outlook
from mailgen import quote_block as gt, ack_id as ack_mid, logo

SET = EvalSet(261)
add = SET.add
H = "h261-%02d.eml"

IPHONE = "iPhone Mail (18D52)"
TB = "Mozilla/5.0 (X11; Linux x86_64; rv:78.0) Gecko/20100101 Thunderbird/78.7.1"
MAC_OUTLOOK = "Microsoft-MacOutlook/16.45.21011103"
ROUNDCUBE = "Roundcube Webmail/1.4.10"
YAHOO = "WebService/1.1.17648 YMailNorrin"


def qr(cid, name):
    """A signature QR code (a 29 x 29 black-on-white square stand-in), inline, referred to by its Content-ID."""
    return leaf("image/png", make_png(29, 29, (20, 20, 20)), cte="base64", params=[("name", '"%s"' % name)],
                disp='inline; filename="%s"' % name, extra=[("Content-ID", "<%s>" % cid)])


def yahoo_divs(text, rtl=False):
    d = "rtl" if rtl else "ltr"
    lines = "".join('<div dir="%s">%s</div>' % (d, esc(x) if x else "<br>") for x in text.rstrip("\n").split("\n"))
    return ('<html><head></head><body><div class="yahoo-style-wrap" style="font-family:Helvetica Neue, Helvetica, '
            'Arial, sans-serif;font-size:13px;">%s</div></body></html>\n' % lines)


def mac_outlook_html(text):
    inner = "".join('<div><span style="font-size:11pt">%s</span></div>' % (esc(x) if x else "&nbsp;")
                    for x in text.rstrip("\n").split("\n"))
    return ('<html xmlns:o="urn:schemas-microsoft-com:office:office"><head><meta http-equiv="Content-Type" '
            'content="text/html; charset=utf-8"><meta name="Generator" content="Microsoft Word 15 (filtered '
            'medium)"></head><body lang="FR" link="#0563C1"><div class="WordSection1">%s</div></body></html>\n'
            % inner)


def ack_text(lang, subject, what):
    if lang == "ar":
        return ("حضرات السادة المحترمين،\n\nتؤكد أمانة الاستعراض الإقليمي للاتفاق العالمي من أجل الهجرة الآمنة "
                "والمنظمة والنظامية في المنطقة العربية استلام رسالتكم «%s» و%s، وستتواصل معكم الأمانة لاحقاً "
                "بشأن البرنامج.\n\nالاستعراض الإقليمي للاتفاق العالمي للهجرة - المنطقة العربية" % (subject, what))
    return ("Dear colleague,\n\nThe secretariat of the Regional Review of the Global Compact for Migration in the Arab "
            "region acknowledges receipt of your message \"%s\" and of %s. The secretariat will come back to you "
            "about the programme.\n\nGCM Regional Review - Arab States" % (subject, what))


# ================================================================ 01  EN  other  migration-tech startup: may a company take part?
M01_ID = "<CAH3pRw7Kt2mQ9vX+e4Nb8Zc1sL6dFy0gU5@mail.gmail.example.com>"
M01_SUBJ = "Can a migration-tech startup take part in the GCM regional review?"
M01_QID = "4DKx2Tq9LmZ3"
M01_TEXT = """Hello,

I hope this is the right address for questions - I found it in the invitation letter that the Jordan INGO Forum shared on its Slack channel last week.

I'm one of the two co-founders of Sikka Labs, a small startup in Amman. Our app, Sikka, helps Jordanians and Syrians working in the Gulf keep track of their contracts, recruitment fees and remittances, and connects those who come back with job-matching and legal-aid partners. We launched in March 2020 and have about 14,000 active users, mostly in Saudi Arabia, Qatar and the UAE.

We read the letter carefully but we're not sure we fit. It speaks of stakeholders and civil society, and we are a registered company (a very small one, six people). So, three quick questions:

- Can a for-profit company take part in the multi-stakeholder consultation on 23 February, or is it reserved for NGOs?
- If yes, could we propose a speaker? My co-founder Lina leads our user research and would be the natural person, but we don't want to nominate anyone before we know we're eligible.
- We are not planning a voluntary report of our own; we gave anonymised survey data to the Arab Network for Labour Mobility (ANLM) for theirs. Is that the right way for a company to contribute, or would you expect something from us directly?

Thanks a lot, and sorry if these are basic questions - this is our first UN process.

Best,
Omar

--
Omar Qutaishat
Co-founder & CEO, Sikka Labs
Amman, Jordan | +962 79 000 0000
Twitter: @sikkalabs | LinkedIn: linkedin.com/company/sikka-labs
Get the app: App Store apps.apple.com/jo/app/sikka/id1498000000 | Google Play play.google.com/store/apps/details?id=com.sikkalabs.app
"""


def m01():
    when = at("2021-01-25 10:14:22")
    body = alt(M01_TEXT, "000000000000f1a27c05b9b83e45", html=gmail_html(M01_TEXT))
    m = mk(when, sent_at(when, 2, 6), "mail-lj1-f181.google.example.com", "192.0.2.181", M01_QID,
           "Omar Qutaishat <omar@sikkalabs.example.io>", M01_SUBJ, M01_ID, body)
    add(1, when, m, dict(category="other", language="en", acknowledge=True, on_time=None,
        notes="eligibility questions from a migration-tech startup (may a for-profit company take part? propose a "
              "speaker? contribute through another network's report?): it mentions a possible speaker ('My "
              "co-founder Lina', no surname, explicitly not nominated yet) and a voluntary report it will not write, "
              "but requests and submits nothing. Gmail signature with a Twitter handle, LinkedIn and App Store / "
              "Google Play links. The nomination follows as a reply in h261-12."))


# ================================================================ 02  AR  speaker  Assiut association forwards a Google Forms response notification
M02_ID = "<CAN8vLq2Wx5tR7mK+c3Pz9Hb4sY1dGf6jE0@mail.gmail.example.com>"
M02_SUBJ_INNER = "ردّ جديد على نموذج «ترشيحات الجمعية للاستعراض الإقليمي للهجرة»"
M02_SUBJ = "Fwd: " + M02_SUBJ_INNER
M02_QID = "4DMq8Vb3XcZ1"


def m02():
    when = at("2021-01-28 12:03:47")
    cover = """السادة أمانة الاستعراض الإقليمي المحترمين،

تحية طيبة وبعد،

جمعنا ترشيحات أعضاء الجمعية للمشاركة في الاستعراض عبر استمارة Google داخلية، واستقر رأي مجلس الإدارة في اجتماعه أمس على الترشيح الوارد أدناه. أعيد توجيه إشعار الاستمارة إليكم كما وصلني دون تعديل، حتى لا يسقط شيء من البيانات.

مع خالص التحية،
محمود رشدي عبد الباري
منسق البرامج - جمعية سواعد لتنمية المجتمع بأسيوط
"""
    fwd_head = """---------- الرسالة المُعاد توجيهها ---------
من: Email Notifications for Google Forms <forms-notifications@addons.example.com>
التاريخ: الأربعاء، 27 يناير 2021 في 9:41 م
الموضوع: %s
إلى: <sawaed.assiut@gmail.example.com>
""" % M02_SUBJ_INNER
    rows = [("الطابع الزمني", "27/01/2021 21:41:08"),
            ("الاسم الكامل للمرشح/ة", "د. منى عبد الحليم الجارحي"),
            ("الصفة أو المسمى الوظيفي", "أستاذة مساعدة بقسم الاجتماع - كلية الآداب، ومستشارة الجمعية لشؤون الهجرة"),
            ("الجهة التي يمثلها/تمثلها المرشح/ة", "جمعية سواعد لتنمية المجتمع بأسيوط"),
            ("نوع المشاركة المطلوبة", "مداخلة في مائدة مستديرة"),
            ("في حال اختيار المائدة المستديرة، اذكر رقمها بالترتيب المفضل", "الثالثة، ثم الأولى"),
            ("رقم الهاتف (واتساب)", "+20 10 0000 0000"),
            ("هل سبق للمرشح/ة المشاركة في فعالية أممية؟", "نعم - منتدى الشباب العربي 2019 (كمستمعة)")]
    form_txt = "ردّ جديد على نموذجك «ترشيحات الجمعية للاستعراض الإقليمي للهجرة»\n\n" + "\n\n".join(
        "%s\n%s" % r for r in rows) + "\n\nعرض الرد في جداول بيانات Google\n" \
        "https://docs.google.example.com/spreadsheets/d/1sWq7Nf3Kd9Lp2Xz5Bt8Vm4Rc6Hy0Je/edit\n"
    text = cover + "\n" + fwd_head + "\n" + form_txt
    trs = "".join('<tr><td style="padding:6px;border-bottom:1px solid #ddd;color:#5f6368"><b>%s</b></td>'
                  '<td style="padding:6px;border-bottom:1px solid #ddd">%s</td></tr>' % (esc(q), esc(a)) for q, a in rows)
    html = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body>'
            '<div dir="rtl">%s</div><br><div class="gmail_quote"><div dir="rtl" class="gmail_attr">%s</div><br>'
            '<div dir="rtl"><p style="font-size:16px;color:#673ab7">ردّ جديد على نموذجك «ترشيحات الجمعية للاستعراض '
            'الإقليمي للهجرة»</p><table dir="rtl" style="border-collapse:collapse;font-family:Arial">%s</table>'
            '<p><a href="https://docs.google.example.com/spreadsheets/d/1sWq7Nf3Kd9Lp2Xz5Bt8Vm4Rc6Hy0Je/edit">عرض '
            'الرد في جداول بيانات Google</a></p></div></div></body></html>\n'
            % ("<br>".join(esc(x) for x in cover.rstrip("\n").split("\n")),
               "<br>".join(esc(x) for x in fwd_head.rstrip("\n").split("\n")), trs))
    body = alt(text, "0000000000003c9e1a05b9f7d248", html=html, b64=True)
    m = mk(when, sent_at(when, 2, 8), "mail-wm1-f66.google.example.com", "192.0.2.66", M02_QID,
           addr("جمعية سواعد - أسيوط", "sawaed.assiut@gmail.example.com"), re_hdr("Fwd: ", M02_SUBJ_INNER),
           M02_ID, body)
    add(2, when, m, dict(category="speaker_request", language="ar", acknowledge=True, on_time=True, speakers=[
        sp("منى عبد الحليم الجارحي", "أستاذة مساعدة بقسم الاجتماع - كلية الآداب، ومستشارة الجمعية لشؤون الهجرة",
           "جمعية سواعد لتنمية المجتمع بأسيوط", ["roundtable"], 3)],
        notes="a programme coordinator forwards (Gmail 'Fwd:', Arabic forward header) a Google Forms add-on "
              "notification: the speaker's details are only in the form's question/answer pairs (an HTML table; "
              "question line then answer line in the plain text). 'د.' dropped; long title recorded as written "
              "(university post plus advisory role); roundtable as ordinal words with a second choice ('الثالثة، "
              "ثم الأولى' = 3, the first choice); the form's time stamp, phone and past-event answer are noise. "
              "The forwarder is not the speaker. Thanked in h261-03."))


# ================================================================ 03  AR  other  thank-you to our acknowledgement of 02
def m03():
    when = at("2021-01-28 14:40:09")
    ack = ack_mid(M02_QID)
    quoted = ack_text("ar", M02_SUBJ, "طلب المشاركة بمداخلة")
    text = """شكراً جزيلاً على سرعة الرد، وصلنا التأكيد وأبلغنا الدكتورة منى وهي سعيدة جداً.

بالتوفيق للجميع
محمود

في الخميس، 28 يناير 2021 في 12:04 م، كتب GCM Regional Review Arab States <gcmrrarabstates@iom.int>:

""" + gt(quoted) + "\n"
    body = alt(text, "000000000000b72e4d05b9f9a1c3", html=gmail_html(text, rtl=True), b64=True)
    m = mk(when, sent_at(when, 2, 5), "mail-pg1-f172.google.example.com", "192.0.2.172", "4DMvK21RtWz8",
           addr("جمعية سواعد - أسيوط", "sawaed.assiut@gmail.example.com"),
           re_hdr("Re: ", "تأكيد استلام - " + M02_SUBJ),
           "<CAN8vLq5Ty1nW4pM+d7Hx2Kc9sB3fGe8jR6@mail.gmail.example.com>", body,
           extra=[("In-Reply-To", ack), ("References", M02_ID + " " + ack)])
    add(3, when, m, dict(category="other", language="ar", acknowledge=False, on_time=None, thread_of=H % 2,
        notes="thank-you answering our acknowledgement of h261-02 (References name h261-02): adds nothing new, so no "
              "acknowledgement; it names the speaker by title and first name only ('الدكتورة منى'), which is not a "
              "new nomination. Gmail on a phone, base64; the quoted acknowledgement repeats the words 'طلب المشاركة "
              "بمداخلة'."))


# ================================================================ 04  EN  report  Kuwait digital-rights initiative: OneDrive link, QR code in the signature
def m04():
    when = at("2021-01-29 09:37:05")
    subj = "MDRI voluntary GCM review report (OneDrive link)"
    text = """Dear colleagues at the Regional Review secretariat,

Please find below the link to the voluntary GCM review report of the Musawa Digital Rights Initiative (MDRI):

GCM Voluntary Review - MDRI - January 2021.pdf
https://mdri-my.sharepoint.example.com/:b:/g/personal/a_menon_mdri_example_org/EcT8xQ2Lk9JHmW4vYb7Rz1sB3fN6pD0aKq?e=h7Zt2M

The file is 31 MB because of the screenshots in annex B, which is why we did not attach it. Anyone with the link can open and download it; no Microsoft account is needed. You can also scan the QR code in my signature with a phone.

The report looks at how migrant workers in Kuwait use, and are exposed by, digital tools: residency and labour services moving online during COVID-19, recruitment through Facebook and TikTok groups, wages paid into e-wallets, and what happens to workers' data when they change employer or are deported. It draws on 212 survey answers collected over WhatsApp in eight languages and on 19 interviews.

Please let me know if the link gives you any trouble.

Kind regards,

Anjali Menon
Research and Advocacy Lead
Musawa Digital Rights Initiative (MDRI)
Kuwait City, Kuwait
Twitter: @MusawaDigital
[Scan to open the report]
"""
    lcid, qcid = "image001.png@01D6F61E.2A7C3B40", "image002.png@01D6F61E.2A7C3B40"
    html = outlook_html(text, lang="EN-GB", img_cid=lcid).replace(
        "</div></body>", '<p class="MsoNormal"><img width="96" height="96" src="cid:%s" alt="QR code"></p>'
        "</div></body>" % qcid)
    rel = multi("related", [leaf("text/html", html), logo(lcid, (120, 40, 140)), qr(qcid, "image002.png")],
                "_004_AS8PR03MB6871B4E2C9D1A057_", params=[("type", '"text/html"')])
    body = multi("alternative", [leaf("text/plain", text), rel], "_000_AS8PR03MB6871B4E2C9D1A057_")
    m = mk(when, sent_at(when, 3, 9), "mail-as8eur03on0701.outbound.protection.outlook.example.com",
           "198.51.100.71", "4DNc3Fw8PkZ2", "Anjali Menon <a.menon@mdri.example.org>", subj,
           "<AS8PR03MB6871B4E2C9D1A057@AS8PR03MB6871.eurprd03.prod.outlook.example.com>", body,
           extra=outlook(subj, "AQHW9hL2Rt5Kx8Vb1Nm4Pz7Qc0Sd3Fg6Hj==", lang="en-GB", has_attach="yes"))
    add(4, when, m, dict(category="voluntary_report", language="en", acknowledge=True, on_time=True,
        notes="the report is only a OneDrive/SharePoint link (file name written as link text, 31 MB, not attached): a "
              "voluntary report with nothing to file, report_attachments empty. The two MIME images are the "
              "signature logo and a QR code pointing to the same link (X-MS-Has-Attach: yes), neither is the "
              "report. Outlook related part; Date in UTC+3 (Kuwait)."))


# ================================================================ 05  FR  speaker  Oujda association: speaker only in an attached vCard (iPhone)
M05_ID = "<5E2A9C71-3B8D-4F06-A1E4-7D9C2B05F6A3@atnm-oujda.example.ma>"
M05_SUBJ = "Intervenant table ronde III – ATNM"
M05_QID = "4DQf5Hs1VnZ7"
M05_VCF = "Yassine El Amrani.vcf"


def m05():
    when = at("2021-02-01 11:22:40")
    part1 = """Bonjour,

Je vous écris depuis mon téléphone, excusez la brièveté.

Comme je l'ai indiqué ce matin à votre collègue au téléphone, l'ATNM souhaite proposer son responsable du pôle numérique pour une prise de parole dans la table ronde III. Il anime depuis 2019 nos ateliers d'initiation au smartphone pour les migrants subsahariens bloqués à Oujda (démarches en ligne, transferts d'argent, protection des données).

Ses coordonnées complètes sont dans la fiche contact ci-jointe.
"""
    part2 = """
Je le mets en copie.

Bien cordialement,
Salma

Envoyé de mon iPhone
"""
    vcf = """BEGIN:VCARD
VERSION:3.0
PRODID:-//Apple Inc.//iPhone OS 14.4//EN
N:El Amrani;Yassine;;Dr;
FN:Dr Yassine El Amrani
ORG:Association Tawasol Numérique pour les Migrants (ATNM);Pôle numérique et innovation
TITLE:Responsable du pôle numérique et innovation
EMAIL;type=INTERNET;type=WORK;type=pref:yassine.elamrani.atnm@gmail.example.com
TEL;type=CELL;type=VOICE;type=pref:+212 6 00 00 00 00
item1.ADR;type=WORK;type=pref:;;Bd Mohammed V;Oujda;;60000;Maroc
item1.X-ABADR:ma
item2.URL;type=pref:linkedin.com/in/yassine-elamrani-atnm
item2.X-ABLabel:_$!<HomePage>!$_
END:VCARD
"""
    vc = leaf("text/vcard", vcf.replace("\n", "\r\n").encode("utf-8"), cte="base64",
              params=[("name", '"%s"' % M05_VCF), ("x-unix-mode", "0644")],
              disp='attachment; filename="%s"' % M05_VCF)
    body = multi("mixed", [leaf("text/plain", part1), vc, leaf("text/plain", part2)],
                 "Apple-Mail-7C41E0B2-9D35-4A68-B1F7-2E8C5D03A914")
    m = mk(when, sent_at(when, 1, 12), "mail.atnm-oujda.example.ma", "203.0.113.77", M05_QID,
           "Salma Bouazzaoui <s.bouazzaoui@atnm-oujda.example.ma>", hdr(M05_SUBJ, enc="Q"), M05_ID, body,
           cc="Yassine El Amrani <yassine.elamrani.atnm@gmail.example.com>", extra=[("X-Mailer", IPHONE)])
    add(5, when, m, dict(category="speaker_request", language="fr", acknowledge=True, on_time=True, speakers=[
        sp("Yassine El Amrani", "Responsable du pôle numérique et innovation",
           "Association Tawasol Numérique pour les Migrants (ATNM)", ["roundtable"], 3)],
        notes="iPhone mail whose body only says 'son responsable du pôle numérique' and gives the acronym ATNM: the "
              "speaker's name, full title and the association's full name are only in the attached vCard (FN/N with "
              "'Dr' dropped, TITLE, ORG before the ';' unit); the Cc display name confirms the name. Roundtable as "
              "the Roman numeral 'III'. Apple splits the text around the attachment (text / vcard / text). The "
              "sender (signs 'Salma') is not the speaker; his Gmail vacation reply answers our acknowledgement "
              "(h261-06). Date in UTC+1 (Morocco)."))


# ================================================================ 06  FR  auto_reply  the speaker's Gmail vacation responder on our acknowledgement of 05
def m06():
    when = at("2021-02-01 11:23:05")
    ack = ack_mid(M05_QID)
    text = """Bonjour,

Je suis en mission à Nador et Berkane jusqu'au lundi 8 février, avec un accès très limité à internet. Je répondrai à votre message à mon retour.

Pour toute urgence concernant les ateliers numériques, merci de contacter l'association au +212 5 36 00 00 00.

Yassine El Amrani
ATNM – Pôle numérique
LinkedIn : linkedin.com/in/yassine-elamrani-atnm
"""
    body = alt(text, "000000000000e4b91f05ba3c7d06", html=gmail_html(text))
    rows = std_rows(when, "mail-sor-f41.google.example.com", "192.0.2.41", "4DQf6Lb4WpZ0",
                    "Yassine El Amrani <yassine.elamrani.atnm@gmail.example.com>",
                    hdr("Absent jusqu'au 8 février – Re: Accusé de réception - " + M05_SUBJ, enc="Q"),
                    rfcdate(sent_at(when, 1, 3)), "<CAF5sWn8Pq2vR6kT+h1Lx4Mb7cZ9dYe3gA0@mail.gmail.example.com>",
                    extra=[("Auto-Submitted", "auto-replied")], ret="")
    rows = [(k, "<>" if k == "Return-Path" else v) for k, v in rows]
    rows += [("In-Reply-To", ack), ("References", M05_ID + " " + ack), ("Precedence", "bulk")]
    add(6, when, top(body, rows), dict(category="auto_reply", language="fr", acknowledge=False, on_time=None,
        notes="Gmail vacation responder of the speaker of h261-05 (in Cc), answering our acknowledgement 25 seconds "
              "later (References name h261-05; Auto-Submitted: auto-replied, Precedence: bulk, null Return-Path): it "
              "repeats his name and unit, which must not be read as a new request. Never acknowledge; thread_of "
              "null as for dev auto-replies."))


# ================================================================ 07  EN  speaker  hackathon team: two members, one of them the sender
M07_ID = "<CAK2nVx9Lt4pW7rM+b6Qz1Hc8sF3dYg5jT2@mail.gmail.example.com>"
M07_SUBJ = "Speaker request from team Bawsala (Code for Migration Hackathon 2020)"
M07_QID = "4DRk9Ty2MbZ5"


def m07():
    when = at("2021-02-02 15:48:19")
    text = """Hi GCM Regional Review team,

We're Bawsala - five students and young developers from Beirut who won first prize at the Code for Migration Hackathon in November 2020 with a prototype app that maps services (shelters, legal aid, embassies, clinics) for migrant domestic workers in Lebanon, in Amharic, Sinhala, Tagalog, French and English. Since the hackathon we've kept working on it as volunteers, and about 300 women now use the beta as a web app (no install needed, which matters when your phone is checked by your employer).

We'd love to bring the perspective of young tech volunteers into the review, so we'd like to ask for two speaking slots:

1) Maysa Khoury, our UX researcher, who ran the 40 interviews with domestic workers that shaped the app - a floor intervention in Roundtable Two.
2) Myself, as team lead - the open discussion at the multi-stakeholder consultation on the 23rd.

Maysa is cc'd. We can both join online from Beirut. Neither of us has spoken at a UN meeting before, so any guidance on format and timing is welcome!

Thanks for considering it,

Tarek Abi Nader
Team Lead & Backend Developer - Bawsala
🧭 bawsala.example.app | GitHub: github.com/bawsala-lb | Instagram: @bawsala.app
1st prize, Code for Migration Hackathon, Beirut, Nov 2020
"""
    body = alt(text, "000000000000a8d35e05ba5f2c71", html=gmail_html(text))
    m = mk(when, sent_at(when, 2, 7), "mail-ej1-f54.google.example.com", "192.0.2.54", M07_QID,
           "Tarek Abi Nader <tarek.abinader.dev@gmail.example.com>", M07_SUBJ, M07_ID, body,
           cc="Maysa Khoury <maysa.khoury@students.usf-example.edu.lb>")
    add(7, when, m, dict(category="speaker_request", language="en", acknowledge=True, on_time=True, speakers=[
        sp("Maysa Khoury", "UX researcher", "Bawsala", ["roundtable"], 2),
        sp("Tarek Abi Nader", "Team Lead & Backend Developer", "Bawsala", ["open_discussion"])],
        notes="hackathon team asking for two slots in a numbered list: the second speaker is the sender himself "
              "('Myself, as team lead'), whose full name and title are only in the signature; roundtable as the "
              "word 'Two'; 'the open discussion at the multi-stakeholder consultation on the 23rd' = "
              "open_discussion. The team name is the affiliation (the hackathon is where it won a prize, not an "
              "organisation). Emoji and GitHub/Instagram in the signature. The Cc'd student address bounces our "
              "acknowledgement (h261-08)."))


# ================================================================ 08  EN  bounce  the Cc copy of our acknowledgement of 07: user unknown
def m08():
    when = at("2021-02-02 15:49:31")
    rcpt = "maysa.khoury@students.usf-example.edu.lb"
    text = POSTFIX_NOTICE + """
<%s>: host mx.students.usf-example.edu.lb[203.0.113.190] said:
    550 5.1.1 <%s>: Recipient address rejected: User unknown in
    virtual mailbox table (in reply to RCPT TO command)
""" % (rcpt, rcpt)
    dsn = ("Reporting-MTA: dns; mx1.iom.int\n"
           "X-Postfix-Queue-ID: 4DRkB03WxNz1\n"
           "X-Postfix-Sender: rfc822; gcmrrarabstates@iom.int\n"
           "Arrival-Date: %s\n\n"
           "Final-Recipient: rfc822; %s\n"
           "Original-Recipient: rfc822;%s\n"
           "Action: failed\n"
           "Status: 5.1.1\n"
           "Remote-MTA: dns; mx.students.usf-example.edu.lb\n"
           "Diagnostic-Code: smtp; 550 5.1.1 <%s>: Recipient address rejected: User\n"
           "    unknown in virtual mailbox table\n"
           % (rfcdate(when - dt.timedelta(seconds=6), "EET"), rcpt, rcpt, rcpt))
    hdrs = ("Return-Path: <gcmrrarabstates@iom.int>\n"
            "From: GCM Regional Review Arab States <gcmrrarabstates@iom.int>\n"
            "To: Tarek Abi Nader <tarek.abinader.dev@gmail.example.com>\n"
            "Cc: Maysa Khoury <%s>\n"
            "Subject: Acknowledgement of receipt - %s\n"
            "Date: %s\n"
            "Message-ID: %s\n"
            "In-Reply-To: %s\n"
            "References: %s\n" % (rcpt, M07_SUBJ, rfcdate(when - dt.timedelta(seconds=9)), ack_mid(M07_QID),
                                  M07_ID, M07_ID))
    body = dsn_report(text, dsn, hdrs, "4DRkB35ZyQz4.1612273771/mx1.iom.int")
    rows = [("Return-Path", "<>"), ("Delivered-To", "gcmrrarabstates@iom.int"),
            ("Received", "by mx1.iom.int (Postfix)\r\n\tid 4DRkB35ZyQz4; %s" % rfcdate(when, "EET")),
            ("Date", rfcdate(when, "EET")),
            ("From", "MAILER-DAEMON@mx1.iom.int (Mail Delivery System)"),
            ("Subject", "Undelivered Mail Returned to Sender"),
            ("To", "gcmrrarabstates@iom.int"),
            ("Auto-Submitted", "auto-replied"),
            ("Message-Id", "<20210202134931.4DRkB35ZyQz4@mx1.iom.int>")]
    add(8, when, top(body, rows), dict(category="bounce", language="en", acknowledge=False, on_time=None,
        notes="Postfix DSN (5.1.1 user unknown) for the copy of our acknowledgement of h261-07 sent to the Cc'd "
              "student address; the returned headers carry h261-07's 'Speaker request' subject and name both team "
              "members. Never acknowledge; thread_of null as for dev bounces."))


# ================================================================ 09  AR  speaker  WhatsApp chatbot for migrant workers: the developer asks for herself
def m09():
    when = at("2021-02-03 10:06:55")
    subj = "طلب مداخلة في الجلسة العامة - روبوت المحادثة «رفيق» للعمال المهاجرين"
    text = """السادة أمانة الاستعراض الإقليمي للاتفاق العالمي للهجرة المحترمين،

تحية طيبة وبعد،

أكتب إليكم بخصوص الدعوة إلى المؤتمر الإقليمي، إذ أرغب في طلب فرصة لإلقاء مداخلة من القاعة خلال إحدى الجلسات العامة يومي 24 و25 شباط/فبراير.

منذ آذار 2020، ومع بدء الإغلاق، أطلقنا في الجمعية روبوت محادثة على تطبيق واتساب اسمه «رفيق»، يجيب العاملات والعمال المهاجرين في الأردن عن أسئلتهم المتكررة: تجديد تصريح العمل والإقامة، الأجور المتأخرة، الغرامات، وإجراءات السفر والعودة. يعمل الروبوت بسبع لغات منها الأمهرية والسنهالية والبنغالية والتاغالوغية، وقد استقبل حتى نهاية كانون الثاني أكثر من 38 ألف سؤال، ويحوّل الحالات الصعبة إلى محامية الجمعية.

نودّ أن نشارك ما تعلّمناه: عمّا تسأل العاملات في منتصف الليل، وأين تنتهي قدرة التكنولوجيا ويبدأ دور الإنسان، وكيف نحمي بيانات المستخدمين.

أشرفتُ على تصميم الروبوت وتطويره منذ البداية، وسأكون أنا المتحدثة باسم الجمعية إن تفضلتم بالموافقة. بياناتي في التوقيع أدناه.

مع الشكر والتقدير،

م. ريم عادل النسور
مسؤولة التحول الرقمي
جمعية رفيق لدعم العمال المهاجرين (RAFIQ)
عمّان - الأردن
هاتف: 00962 6 000 0000
فيسبوك وإنستغرام: @rafiq.jo | تويتر: @RafiqJordan
جرّبوا «رفيق» على واتساب: امسحوا رمز QR أدناه أو أرسلوا «مرحبا» إلى +962 79 000 0000
"""
    lcid, qcid = "image001.png@01D6FA0C.5B3E2D10", "image002.png@01D6FA0C.5B3E2D10"
    html = outlook_html(text, lang="AR-JO", img_cid=lcid, rtl=True).replace(
        "</div></body>", '<p class="MsoNormal" dir="rtl"><img width="110" height="110" src="cid:%s" '
        'alt="رمز QR لروبوت رفيق"></p></div></body>' % qcid)
    rel = multi("related", [leaf("text/html", html, cte="base64"), logo(lcid, (0, 150, 136)),
                            qr(qcid, "image002.png")],
                "_004_DB9PR02MB7290E3A1C5F8D462_", params=[("type", '"text/html"')])
    body = multi("alternative", [leaf("text/plain", text, cte="base64"), rel], "_000_DB9PR02MB7290E3A1C5F8D462_")
    m = mk(when, sent_at(when, 2, 10), "mail-db9eur02on0616.outbound.protection.outlook.example.com",
           "198.51.100.116", "4DSq4Nw7GcZ9", "Reem Al-Nsour <reem.nsour@rafiq-jo.example.org>", hdr(subj),
           "<DB9PR02MB7290E3A1C5F8D462@DB9PR02MB7290.eurprd02.prod.outlook.example.com>", body,
           extra=outlook(hdr(subj), "AQHW+g7Kp2Xs5Nb8Vm1Lq4Rt7Zc0Wd3Ef6==", lang="ar-JO", has_attach="yes"))
    add(9, when, m, dict(category="speaker_request", language="ar", acknowledge=True, on_time=True, speakers=[
        sp("ريم عادل النسور", "مسؤولة التحول الرقمي", "جمعية رفيق لدعم العمال المهاجرين (RAFIQ)", ["plenary"])],
        notes="self-nomination of a chatbot's developer: the body says only 'سأكون أنا المتحدثة' and points to the "
              "signature, where name ('م.' = engineer, dropped), title and association (Latin acronym in brackets) "
              "are. 'مداخلة من القاعة خلال إحدى الجلسات العامة' = plenary; 38 ألف and آذار 2020 are figures, not "
              "dates of the event. Signature with Facebook/Instagram/Twitter handles, a WhatsApp number and an inline "
              "QR code image; Outlook, base64 text and HTML, Latin From name."))


# ================================================================ 10  FR  both  Tunisian digital-identity association: cover letter + report + speaker
M10_FILES = ["Lettre de transmission ATINI.pdf", "Rapport volontaire ATINI – Identité numérique et migrations.pdf"]


def m10():
    when = at("2021-02-04 09:51:30")
    subj = "ATINI – rapport volontaire et proposition d'intervenante"
    text = """Madame, Monsieur,

L'Association Tunisienne pour l'Identité Numérique Inclusive (ATINI) a l'honneur de vous adresser sa contribution à l'examen régional du Pacte mondial sur les migrations. Vous trouverez ci-joints notre lettre de transmission, signée par notre président, et le rapport volontaire lui-même.

Le rapport porte sur un sujet encore peu discuté dans la région : ce que la numérisation de l'état civil et des titres de séjour change pour les personnes migrantes. Nous y décrivons les difficultés des étudiants et travailleurs subsahariens de Tunis et de Sfax pour obtenir un rendez-vous en ligne, l'absence de recours lorsqu'une empreinte biométrique n'est pas reconnue, et les risques liés au partage des données entre administrations.

Nous souhaiterions par ailleurs que notre chargée de plaidoyer, Mme Ines Gharbi Ben Salah, qui a coordonné la rédaction du rapport, puisse prendre la parole lors de l'une des séances plénières de la conférence des 24 et 25 février.

Nous vous remercions de votre attention et restons à votre disposition.

Mehdi Trabelsi
Secrétaire général
ATINI – Association Tunisienne pour l'Identité Numérique Inclusive
Tunis, Tunisie
Twitter : @ATINI_tn | atini.example.tn
"""
    cover = rep_pdf("Lettre de transmission", "ATINI - Tunis",
                    ["Objet : contribution volontaire a l'examen regional du PMM", "Signe : le President de l'ATINI"])
    rep = rep_pdf("Rapport volontaire - Identite numerique et migrations",
                  "Association Tunisienne pour l'Identite Numerique Inclusive (ATINI)",
                  ["Etat civil et titres de sejour en ligne", "Rendez-vous numeriques et exclusion",
                   "Biometrie sans recours", "Partage des donnees entre administrations", "Recommandations"])
    tp = leaf("text/plain", flowed(text), "utf-8", "8bit", params=[("format", "flowed"), ("delsp", "no")])
    body = multi("mixed", [tp, attach("application/pdf", cover, M10_FILES[0]),
                           attach("application/pdf", rep, M10_FILES[1])], "------------9E4B1D7C2A05F3E86B1C0D42")
    m = mk(when, sent_at(when, 1, 8), "mail.atini.example.tn", "203.0.113.88", "4DTc1Xm6RfZ4",
           "Mehdi Trabelsi <m.trabelsi@atini.example.tn>", hdr(subj, enc="Q"),
           "<b81f3e27-6c94-4a0d-9e52-3d7a1c0f8b64@atini.example.tn>", body,
           extra=[("User-Agent", TB), ("Content-Language", "fr")])
    add(10, when, m, dict(category="both", language="fr", acknowledge=True, on_time=True, speakers=[
        sp("Ines Gharbi Ben Salah", "chargée de plaidoyer",
           "Association Tunisienne pour l'Identité Numérique Inclusive (ATINI)", ["plenary"])],
        report_attachments=[M10_FILES[1]],
        notes="both, on time (4 February): two PDFs, of which only the second (en dash and accents in the name, RFC "
              "2231 + RFC 2047) is the report; the first is a cover letter. Speaker in prose ('notre chargée de "
              "plaidoyer, Mme ...': 'Mme' dropped, double family name kept whole); 'l'une des séances plénières' = "
              "plenary. The signature writes the name acronym first ('ATINI – Association ...'); the body gives the "
              "fullest form. Thunderbird, 8bit format=flowed; Date UTC+1."))


# ================================================================ 11  AR  other  internal Teams meeting invitation sent to the review address by mistake
def m11():
    when = at("2021-02-04 13:27:14")
    subj = "مراجعة مسودة التقرير الطوعي + اختيار المتحدث/ة"
    join = "https://teams.microsoft.example.com/l/meetup-join/19%3ameeting_NzQ2ZjE4YjMtOWQ1Yy00@thread.v2/0"
    text = """الزملاء الأعزاء،

أرسل لكم دعوة لاجتماعنا الداخلي على Microsoft Teams يوم الأحد 7 فبراير من الساعة 11:00 حتى 12:30 بتوقيت الخرطوم.

جدول الأعمال:
1- مراجعة المسودة الثانية من تقريرنا الطوعي (أرسلتها لكم أمس على مجموعة الواتساب) وملاحظات الأستاذ عصام على فصل العائدين من ليبيا.
2- الاتفاق على من سيمثّل المنظمة إن قررنا طلب مداخلة في إحدى الموائد المستديرة، مع العلم أن آخر موعد لطلبات المداخلة هو الجمعة 5 فبراير، يعني غالباً فاتنا الموعد، سنناقش ذلك.
3- توزيع المهام الأخيرة قبل إرسال التقرير في موعده (16 فبراير).

يرجى قراءة المسودة قبل الاجتماع.

نهى

________________________________________________________________________________
اجتماع Microsoft Teams
الانضمام عبر الكمبيوتر أو تطبيق الجوال
انقر هنا للانضمام إلى الاجتماع<%s>
تعرّف على المزيد<https://aka.example.ms/JoinTeamsMeeting> | خيارات الاجتماع<https://teams.microsoft.example.com/meetingOptions/>
________________________________________________________________________________
""" % join
    html_text = text.replace("<%s>" % join, "").replace("<https://aka.example.ms/JoinTeamsMeeting>", "").replace(
        "<https://teams.microsoft.example.com/meetingOptions/>", "")
    html = outlook_html(html_text, lang="AR-SA", rtl=True)
    desc = ("الزملاء الأعزاء،\\nأرسل لكم دعوة لاجتماعنا الداخلي على Microsoft Teams.\\nجدول الأعمال: مراجعة المسودة "
            "الثانية من تقريرنا الطوعي\\, الاتفاق على من سيمثّل المنظمة\\, توزيع المهام.\\n%s\\n" % join)
    ics = "\n".join([
        "BEGIN:VCALENDAR", "METHOD:REQUEST", "PRODID:Microsoft Exchange Server 2010", "VERSION:2.0",
        "BEGIN:VTIMEZONE", "TZID:Sudan Standard Time", "BEGIN:STANDARD", "DTSTART:16010101T000000",
        "TZOFFSETFROM:+0200", "TZOFFSETTO:+0200", "END:STANDARD", "END:VTIMEZONE",
        "BEGIN:VEVENT",
        "ORGANIZER;CN=نهى عثمان الطيب:mailto:noha.osman@sanad-sd.example.org",
        "ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=عصام الفكي:mailto:essam.elfaki@sanad-sd.example.org",
        "ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=سارة محجوب:mailto:sara.mahjoub@sanad-sd.example.org",
        "ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=GCM Regional Review Arab States:mailto:gcmrrarabstates@iom.int",
        "DESCRIPTION;LANGUAGE=ar-SA:" + desc,
        "UID:040000008200E00074C5B7101A82E00800000000A1F3C6B2E8FAD601000000000000000010000000C2D4E6F8A0B2C4D6E8F0A2B4C6D8E0F2",
        "SUMMARY;LANGUAGE=ar-SA:" + subj,
        "DTSTART;TZID=Sudan Standard Time:20210207T110000",
        "DTEND;TZID=Sudan Standard Time:20210207T123000",
        "CLASS:PUBLIC", "PRIORITY:5", "DTSTAMP:20210204T112710Z", "TRANSP:OPAQUE", "STATUS:CONFIRMED",
        "SEQUENCE:0", "LOCATION;LANGUAGE=ar-SA:اجتماع Microsoft Teams",
        "X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE", "X-MICROSOFT-CDO-IMPORTANCE:1",
        "BEGIN:VALARM", "DESCRIPTION:REMINDER", "TRIGGER;RELATED=START:-PT15M", "ACTION:DISPLAY", "END:VALARM",
        "END:VEVENT", "END:VCALENDAR", ""])
    body = multi("alternative", [leaf("text/plain", text, cte="base64"), leaf("text/html", html, cte="base64"),
                                 leaf("text/calendar", ics, cte="base64", params=[("method", "REQUEST")])],
                 "_000_AM9PR04MB8115F2C7A4E91D36_")
    to = "عصام الفكي <essam.elfaki@sanad-sd.example.org>, سارة محجوب <sara.mahjoub@sanad-sd.example.org>, " \
         "GCM Regional Review Arab States <gcmrrarabstates@iom.int>"
    to_h = hdr("عصام الفكي")
    to_h.append(" <essam.elfaki@sanad-sd.example.org>, ", "us-ascii")
    to_h.append("سارة محجوب", "utf-8")
    to_h.append(" <sara.mahjoub@sanad-sd.example.org>, GCM Regional Review Arab States <gcmrrarabstates@iom.int>",
                "us-ascii")
    assert "gcmrrarabstates" in to
    m = mk(when, sent_at(when, 2, 6), "mail-am9eur04on0623.outbound.protection.outlook.example.com",
           "198.51.100.123", "4DTkP58VzLz6", addr("نهى عثمان الطيب", "noha.osman@sanad-sd.example.org"), hdr(subj),
           "<AM9PR04MB8115F2C7A4E91D36@AM9PR04MB8115.eurprd04.prod.outlook.example.com>", body, to=to_h,
           extra=outlook(hdr(subj), "AdcA5wQ3Ls7Nx1Pz4Rt8Vb2Km6Yc9Jh0==", lang="ar-SA")
           + [("Content-class", "urn:content-classes:calendarmessage")])
    add(11, when, m, dict(category="other", language="ar", acknowledge=True, on_time=None,
        notes="Outlook meeting request (text + HTML + text/calendar method=REQUEST, Teams join block) for an internal "
              "meeting of a Khartoum organisation, with the review address among the colleagues in To (picked by "
              "mistake): it is full of 'تقريرنا الطوعي', 'مداخلة في إحدى الموائد المستديرة' and both deadlines, but "
              "submits nothing and names no speaker ('الأستاذ عصام' is a colleague commenting on the draft). Written "
              "by a person to the address, so 'other' and acknowledged, as earlier sets label person-made meeting "
              "requests; Date UTC+2 (Khartoum)."))


# ================================================================ 12  EN  speaker  the startup of 01 nominates its co-founder in a reply to the secretariat
def m12():
    when = at("2021-02-04 16:40:09")
    ans = ack_mid(M01_QID)
    answer = """Dear Mr Qutaishat,

Thank you for your message. Private sector actors are among the stakeholders invited to the consultation and the conference, and companies may propose a speaker in the same way as other organisations (name, title and organisational affiliation, by Friday 5 February 2021). Contributions to a collective voluntary report are very welcome; a company may also submit its own.

GCM Regional Review - Arab States"""
    text = """Hi,

Thank you for the quick and clear answer - good to know the private sector is welcome, and that a company may send its own report (we'll stick to supporting ANLM's, as planned).

So, as promised, here is our nomination: Lina Haddadin, co-founder and Chief Product Officer of Sikka Labs. Lina would like to make a floor intervention in Roundtable I, if there is still room, on what returning users tell us about recruitment debt and about being paid (or not) in their last months before coming home.

She designed and runs our in-app surveys and speaks Arabic and English. She's copied here.

Best,
Omar

--
Omar Qutaishat
Co-founder & CEO, Sikka Labs
Amman, Jordan | +962 79 000 0000
Twitter: @sikkalabs | LinkedIn: linkedin.com/company/sikka-labs

On Tue, Jan 26, 2021 at 11:02 AM GCM Regional Review Arab States <gcmrrarabstates@iom.int> wrote:

""" + gt(answer) + "\n>\n> On Mon, Jan 25, 2021 at 10:14 AM Omar Qutaishat <omar@sikkalabs.example.io> wrote:\n" + \
        "\n".join("> " + x if x else ">" for x in gt(M01_TEXT).split("\n")) + "\n"
    body = alt(text, "000000000000c5e9a305ba7b4d18", html=gmail_html(text))
    m = mk(when, sent_at(when, 2, 5), "mail-lj1-f181.google.example.com", "192.0.2.181", "4DTr7Qc2HwZ8",
           "Omar Qutaishat <omar@sikkalabs.example.io>", "Re: " + M01_SUBJ,
           "<CAH3pRw9Mv4nT1xB+f6Kc3Zq8sL2dGy7hW1@mail.gmail.example.com>", body,
           cc="Lina Haddadin <lina@sikkalabs.example.io>",
           extra=[("In-Reply-To", ans), ("References", M01_ID + " " + ans)])
    add(12, when, m, dict(category="speaker_request", language="en", acknowledge=True, on_time=True, thread_of=H % 1,
        speakers=[sp("Lina Haddadin", "co-founder and Chief Product Officer", "Sikka Labs", ["roundtable"], 1)],
        notes="the nomination announced in h261-01, sent as a reply to the secretariat's answer (References name "
              "h261-01): thread_of points to the question that opened the exchange. Roundtable as the Roman numeral "
              "'I'; the title is written in running prose ('co-founder and Chief Product Officer of Sikka Labs'); "
              "the quoted answer repeats 'name, title and organisational affiliation' and the deadline, and the "
              "doubly quoted first mail mentions 'My co-founder Lina'. The sender (CEO) is not the speaker; ANLM's "
              "report is not submitted here."))


# ================================================================ 13  EN  speaker  digital-ID researcher, name only in her signature
def m13():
    when = at("2021-02-05 17:15:48")
    subj = "Request to take the floor - open discussion, 23 February"
    text = """Dear colleagues,

A colleague at the Arab Digital Rights Coalition forwarded me the invitation, and I hope it is not too late to write: I would like to ask for the chance to take the floor during the open discussion of the multi-stakeholder consultation on 23 February.

My research looks at digital identity systems and migration in the region: biometric registration of refugees, e-visa and e-residency platforms, and the "digital by default" turn that COVID-19 accelerated in consular services. Over the past year my team interviewed 64 migrants and refugees in Lebanon, Jordan and the UAE about what happens when a system does not recognise them - a failed iris scan, an expired QR code on a health pass, a SIM card registered in an employer's name. Several GCM objectives (4 on legal identity, 7 on vulnerabilities) now play out on screens, and I think the consultation would benefit from hearing how these systems look from the user's side.

For clarity, I am not sending a voluntary report myself: I contributed a chapter to the Coalition's collective report, which they will submit separately.

Two practical questions: will the consultation run on Zoom or on another platform, and could a speaker share a single slide (one diagram)? I am happy to speak without it if not.

With best regards,
Leen

Dr. Leen Mahfouz
Postdoctoral Research Fellow
Centre for Digital Identity and Mobility Research (CDIMR)
Beirut, Lebanon
Twitter: @leen_mahfouz | ORCID: 0000-0002-0000-0000
she/her
"""
    body = alt(text, "_000_VI1PR07MB5262D8F3A1C6B097_", html=outlook_html(text, lang="EN-GB"))
    m = mk(when, sent_at(when, 2, 9), "mail-vi1eur07on0640.outbound.protection.outlook.example.com",
           "198.51.100.140", "4DVb2Kw5NsZ1", "Leen Mahfouz <l.mahfouz@cdimr.example.org>", subj,
           "<VI1PR07MB5262D8F3A1C6B097@VI1PR07MB5262.eurprd07.prod.outlook.example.com>", body,
           extra=outlook(subj, "AdcB8mT4Wq1Rz6Xk3Pn7Ls0Vc5Yb2Hd9==", lang="en-GB"))
    add(13, when, m, dict(category="speaker_request", language="en", acknowledge=True, on_time=True, speakers=[
        sp("Leen Mahfouz", "Postdoctoral Research Fellow", "Centre for Digital Identity and Mobility Research (CDIMR)",
           ["open_discussion"])],
        notes="self-nomination ('I would like to ask for the chance to take the floor') by a digital-ID researcher "
              "whose full name, title and centre are only in the signature ('Dr.' dropped; the body is signed "
              "'Leen'); 'open discussion of the multi-stakeholder consultation' = open_discussion. Decoys: a "
              "collective report she contributed to but does not submit, GCM objectives 4 and 7 (not roundtable "
              "numbers), 64 interviews, a Zoom question. ORCID and pronouns in the signature; Outlook, en-GB."))


# ================================================================ 14  FR  speaker  Oran collective from a phone at 23:46 on the speaker deadline, rapporteur
def m14():
    when = at("2021-02-05 23:46:18")
    subj = "Proposition rapporteure – Collectif Numérique Solidaire d'Oran"
    text = """Bonsoir,

Je sais qu'il est tard et que c'est le dernier jour, désolé de vous écrire à cette heure : on sort à peine de notre réunion sur Zoom.

Le Collectif Numérique Solidaire d'Oran (CNSO) souhaite proposer Kenza Belhadj comme rapporteure, pour porter les messages clés des parties prenantes lors de la conférence. Kenza est développeuse et co-fondatrice du collectif ; c'est elle qui a monté en 2020 notre plateforme de cours en ligne (français, informatique, entrepreneuriat) pour les jeunes migrants et pour les jeunes revenus au pays après une traversée.

Une question pratique : la conférence se fera-t-elle sur Zoom ou sur Teams ? Kenza n'a qu'une connexion 4G, on voudrait anticiper.

Merci d'avance,
Amine Benyahia
Trésorier – CNSO

Envoyé depuis mon smartphone Samsung Galaxy.
"""
    inner = "".join('<div dir="auto">%s</div>' % (esc(x) if x else "<br>") for x in text.rstrip("\n").split("\n"))
    body = html_only(inner, b64=True)
    m = mk(when, sent_at(when, 1, 14), "smtp.djaweb.example.dz", "203.0.113.131", "4DVz9Rn3KpZ2",
           "Amine Benyahia <amine.benyahia@cnso-oran.example.dz>", hdr(subj, enc="Q"),
           "<q7z2k1-m4x8v3-lp9r6n-2b5t0c.w4@email.android.com>", body)
    add(14, when, m, dict(category="speaker_request", language="fr", acknowledge=True, on_time=True, speakers=[
        sp("Kenza Belhadj", "développeuse et co-fondatrice du collectif", "Collectif Numérique Solidaire d'Oran (CNSO)",
           ["rapporteur"])],
        notes="deadline edge: received 23:46 Beirut time on Friday 5 February (22:46 in the Date header, UTC+1): on "
              "time although the sender apologises for the last day. 'comme rapporteure, pour porter les messages "
              "clés' = rapporteur; title in running prose; the Zoom/Teams question and 'notre réunion sur Zoom' are "
              "not roles. Samsung phone, HTML-only base64 (no text/plain part); the sender (treasurer) is not the "
              "speaker."))


# ================================================================ 15  AR  speaker  Typeform notification forwarded days late (Baghdad)
def m15():
    when = at("2021-02-08 10:12:33")
    subj_inner = "New response: Speaker nomination – GCM Arab States Review"
    text = """الإخوة والأخوات في أمانة الاستعراض الإقليمي المحترمين،

تحية طيبة،

نعتذر عن تأخر هذا الترشيح. كنا قد فتحنا استمارة على Typeform لجمع ترشيحات أعضاء الشبكة، ثم تبيّن أن إشعارات الردود كانت تذهب إلى بريد زميل غادر الشبكة الشهر الماضي، فلم ننتبه إلى الرد إلا صباح اليوم. الرد أدناه كما وصل من Typeform، وهو الترشيح الذي وافقت عليه الهيئة التنسيقية.

الأستاذ حيدر يعمل معنا منذ 2018 على تطبيق للتبليغ عن مشاكل العائدين إلى مناطقهم، ونأمل أن تتسع الجلسة لمداخلته.

مع التقدير،
بسمة جاسم الربيعي
مسؤولة الاتصال والإعلام
شبكة العائدين العراقية
بغداد

________________________________
من: Typeform <notifications@followups.typeform.example.com>
تم الإرسال: الخميس، 4 فبراير، 2021 08:17 م
إلى: Karrar Hussein <karrar.h@irn-iraq.example.org>
الموضوع: %s

Speaker nomination – GCM Arab States Review
You have a new response! Here's what they said:

What is the full name of the person you are nominating?
Eng. Haider Abdulameer Al-Saadi

What is their position?
Digital Services Coordinator

Which organisation do they represent?
Iraqi Returnees Network (IRN)

How would they like to take part?
Floor intervention in a plenary session (24-25 February)

Anything else we should know?
Speaks Arabic and English. Can only join online.

View all responses: https://admin.typeform.example.com/form/Xq7PzL/results
Don't want to receive these emails? Manage your notifications in Typeform.
""" % subj_inner
    html = outlook_html(text, lang="AR-IQ", rtl=True)
    body = alt(text, "_000_PAXPR08MB6960A7C4E2B5F193_", html=html, b64=True)
    subj = hdr("إعادة توجيه: ")
    subj.append(subj_inner, "utf-8")
    m = mk(when, sent_at(when, 3, 11), "mail-pax-eur08on0619.outbound.protection.outlook.example.com",
           "198.51.100.119", "4DYc5Tg8LrZ3", addr("بسمة جاسم الربيعي", "basma.alrubaie@irn-iraq.example.org"), subj,
           "<PAXPR08MB6960A7C4E2B5F193@PAXPR08MB6960.eurprd08.prod.outlook.example.com>", body,
           extra=outlook(subj, "AQHW+t3Hq5Kv8Nb1Xc4Zm7Lp0Rs3Wd6Ya==", lang="ar-IQ"))
    add(15, when, m, dict(category="speaker_request", language="ar", acknowledge=True, on_time=False, speakers=[
        sp("Haider Abdulameer Al-Saadi", "Digital Services Coordinator", "Iraqi Returnees Network (IRN)",
           ["plenary"])],
        notes="late speaker request (received 8 February) forwarding a Typeform 'New response' notification dated "
              "4 February: the notification's date is before the deadline but the mail reached us after it, and the "
              "sender apologises. Arabic cover (acknowledge in Arabic) over an English form: speaker details only in "
              "the question/answer pairs under a localised Outlook header block ('إعادة توجيه:', 'تم الإرسال'); "
              "'Eng.' dropped; the cover calls him 'الأستاذ حيدر' and gives the network only in Arabic, the form's "
              "English name with acronym is the fullest. The forwarder is not the speaker; Date UTC+3."))


# ================================================================ 16  EN  other  community centre's IT officer: Zoom or Teams?
def m16():
    when = at("2021-02-09 12:04:57")
    subj = "Technical questions - online participation (Zoom / Teams?)"
    text = """Dear Sir/Madam,

I am the IT officer of the Hayat Community Centre in Zarqa. Our programme manager sent you a request on 3 February for our director, Ms. Suhad, to speak in one of the roundtables, and she received your acknowledgement, so this is not a new request: I only have some technical questions so we can prepare properly.

1. Which platform will be used for the consultation and the conference: Zoom, Microsoft Teams or Webex? Our office network blocks the Zoom desktop app, so if it is Zoom I have to ask our provider to open it, which takes about a week.
2. Can participants join from the browser without installing anything?
3. Will there be a technical rehearsal for speakers before 24 February?
4. Will Arabic-English interpretation be on a separate audio channel?
5. Will the sessions be recorded or streamed publicly on YouTube or Facebook? Some of the women who may appear on camera with our director would prefer not to be.

We have not yet decided whether we will also send a voluntary report; if we do, it will be before 16 February.

Many thanks,

Khaled Al-Hawamdeh
IT Officer
Hayat Community Centre - Zarqa, Jordan
"""
    body = alt(text, "----=_Part_2291804_1466730915.1612865097288", html=yahoo_divs(text))
    m = mk(when, sent_at(when, 2, 6), "sonic305-21.consmr.mail.bf2.yahoo.example.com", "198.51.100.205",
           "4DZb7Mv2QtZ5", "Khaled Al-Hawamdeh <k_hawamdeh@yahoo.example.com>", subj,
           "<1887216403.2291805.1612865097290@mail.yahoo.example.com>", body, extra=[("X-Mailer", YAHOO)])
    add(16, when, m, dict(category="other", language="en", acknowledge=True, on_time=None,
        notes="technical questions (Zoom/Teams/Webex, browser access, rehearsal, interpretation channel, recording) "
              "from a community centre's IT officer: it mentions a speaking role already requested by someone else "
              "('our director, Ms. Suhad ... this is not a new request') and a report not yet decided, and asks "
              "for neither; numbered list of questions with dates. Yahoo webmail."))


# ================================================================ 17  AR  report  e-learning platform: DOCX + Google Drive copy
M17_ID = "<CAD4wKz7Rt1nP8vL+g3Mx6Hb9sQ2cFy5jN7@mail.gmail.example.com>"
M17_SUBJ = "التقرير الطوعي لمنصة دروب للتعليم الإلكتروني"
M17_FILE = "تقرير دروب الطوعي - الاتفاق العالمي للهجرة.docx"
M17_TEXT = """مرحباً،

تحية من فريق منصة دروب،

نرسل إليكم مرفقاً تقريرنا الطوعي في إطار الاستعراض الإقليمي للاتفاق العالمي من أجل الهجرة الآمنة والمنظمة والنظامية. دروب منصة تعليم إلكتروني مجانية تعمل منذ 2018، تقدّم دروساً مصوّرة بالعربية والإنكليزية والفرنسية لأطفال العاملات المهاجرات واللاجئين في لبنان ممن لا يستطيعون الالتحاق بالمدارس الرسمية، ويستخدمها اليوم نحو 4600 طفل وطفلة عبر التطبيق وعبر واتساب.

يتناول التقرير ما كشفه التعليم عن بُعد خلال سنة الجائحة: هاتف واحد لثلاثة أطفال، باقات إنترنت تنفد في منتصف الشهر، أمهات يعملن ساعات طويلة ولا يستطعن المتابعة، وأطفال بلا أوراق ثبوتية لا يحق لهم التقدم لأي امتحان رسمي.

في حال تعذّر فتح الملف المرفق، وضعنا نسخة منه على Google Drive:
https://drive.google.example.com/file/d/1Qm7ZtPw3Lk9Xs2Vb8Nc4Yh6Rd0Ja5Fe/view?usp=sharing

شكراً لكم، ونتمنى لكم التوفيق في التحضير للمؤتمر.

هبة الزين
مديرة البرامج - منصة دروب للتعليم الإلكتروني
بيروت، لبنان
حمّلوا تطبيق دروب:
App Store: apps.apple.com/lb/app/duroob/id1450000000
Google Play: play.google.com/store/apps/details?id=org.duroob.learn
إنستغرام: @duroob.learn
"""


def m17():
    when = at("2021-02-10 11:26:40")
    doc = make_docx(["Duroob e-learning platform - Voluntary GCM review report (draft)",
                     "1. Who we are", "2. Remote learning during the pandemic", "3. Children without documents",
                     "4. [Recommendations - to be completed]"])
    a = alt(M17_TEXT, "0000000000007a3f2c05bafe91d4", html=gmail_html(M17_TEXT, rtl=True), b64=True)
    body = multi("mixed", [a, attach(DOCX, doc, M17_FILE)], "0000000000007a3f2e05bafe91d6")
    m = mk(when, sent_at(when, 2, 12), "mail-wr1-f49.google.example.com", "192.0.2.149", "4F0Lm6Rb8XzZ",
           addr("Hiba El Zein", "hiba.elzein.duroob@gmail.example.com"), hdr(M17_SUBJ), M17_ID, body)
    add(17, when, m, dict(category="voluntary_report", language="ar", acknowledge=True, on_time=True,
        report_attachments=[M17_FILE],
        notes="e-learning platform's report as a DOCX with a long Arabic name (spaces, dash; RFC 2231 + RFC 2047) and "
              "a Google Drive copy of the same file as a fallback link (not an attachment to list); signature with "
              "App Store / Google Play links and an Instagram handle; Latin-script From name, base64 Gmail parts. "
              "Replaced by the final PDF in h261-21."))


# ================================================================ 18  FR  both  Tunis coding school: report on time, speaker late
M18_ID = "<5F1C9A3E-7B24-4D8E-9A06-C3E7B2D41F85@tremplin-code.example.tn>"
M18_SUBJ = "Rapport volontaire + intervenant – École de code Tremplin"
M18_QID = "4F1Dz82HkVz4"
M18_FILE = "Tremplin_Rapport_volontaire_PMM_2021.pdf"


def m18():
    when = at("2021-02-11 10:33:12")
    text = """Bonjour,

Veuillez trouver ci-joint le rapport volontaire de l'École de code Tremplin pour l'examen régional du Pacte mondial sur les migrations.

Tremplin est une école de développement web gratuite, installée à Tunis depuis 2017, qui forme chaque année une quarantaine d'apprenants, pour la plupart des jeunes venus d'Afrique subsaharienne (Côte d'Ivoire, Cameroun, Guinée, Mali) et quelques jeunes Tunisiens rentrés d'Italie. Le rapport raconte ce que deviennent nos diplômés : ceux qui décrochent un emploi à distance pour une entreprise européenne mais ne peuvent pas être payés faute de compte bancaire, ceux que la carte de séjour bloque, ceux qui repartent.

Nous aimerions aussi, si c'est encore possible, que l'un d'eux puisse témoigner. Nous proposons M. Ibrahim Sylla, ancien apprenant de la promotion 2019, aujourd'hui développeur web et mentor chez Tremplin, pour une intervention dans la quatrième table ronde thématique.

Je mets en copie l'adresse générale de l'école.

Bien à vous,

Sarra Mejri
Coordinatrice pédagogique
École de code Tremplin
Tunis – Tunisie
LinkedIn : linkedin.com/school/tremplin-code | Facebook : @tremplin.code
"""
    pdf = rep_pdf("Rapport volontaire - Ecole de code Tremplin", "Ecole de code Tremplin, Tunis",
                  ["Qui sommes-nous", "Que deviennent nos diplomes", "Travail a distance sans compte bancaire",
                   "Carte de sejour et mobilite", "Recommandations"])
    a = alt(text, "B_3695710392_1804127653", html=mac_outlook_html(text))
    body = multi("mixed", [a, attach("application/pdf", pdf, M18_FILE)], "B_3695710392_1129463871")
    m = mk(when, sent_at(when, 1, 10), "mail-am6eur05on0631.outbound.protection.outlook.example.com",
           "198.51.100.131", M18_QID, addr("Sarra Mejri", "sarra.mejri@tremplin-code.example.tn"),
           hdr(M18_SUBJ, enc="Q"), M18_ID, body,
           cc=addr("École de code Tremplin", "contact@tremplin-code.example.tn", enc="Q"),
           extra=[("User-Agent", MAC_OUTLOOK), ("Thread-Topic", hdr(M18_SUBJ, enc="Q")),
                  ("Thread-Index", "AQHXAFc3Rk9mTz2Lp5Vx8Nb1Qc4Wd7Ey0=="), ("Content-Language", "fr-FR")])
    add(18, when, m, dict(category="both", language="fr", acknowledge=True, on_time=False, speakers=[
        sp("Ibrahim Sylla", "développeur web et mentor", "École de code Tremplin", ["roundtable"], 4)],
        report_attachments=[M18_FILE],
        notes="'both' on 11 February: the report is on time but the speaker part is late (only 'si c'est encore "
              "possible' hints at it), so on_time false. Speaker in prose: 'M.' dropped; 'ancien apprenant de la "
              "promotion 2019' is background, 'chez Tremplin' the affiliation, the title 'développeur web et "
              "mentor'; 'la quatrième table ronde' = 4. The school's general address in Cc is a Freshdesk helpdesk "
              "that answers our acknowledgement (h261-19). Outlook for Mac."))


# ================================================================ 19  FR  auto_reply  the school's Freshdesk helpdesk answers our acknowledgement of 18
def m19():
    when = at("2021-02-11 10:33:58")
    ack = ack_mid(M18_QID)
    inner = """<div style="font-family:Helvetica,Arial,sans-serif;font-size:14px;color:#12344d">
<p>Bonjour,</p>
<p>Merci d'avoir contacté l'École de code Tremplin&nbsp;! Votre demande a bien été enregistrée sous le numéro <b>#2291</b>. Un membre de notre équipe vous répondra dans un délai de 48&nbsp;heures ouvrables.</p>
<p>Vous souhaitez candidater à la prochaine promotion&nbsp;? Toutes les informations sont sur notre page <a href="https://tremplin-code.example.tn/inscriptions-2021">Inscriptions 2021</a>.</p>
<p>Pour suivre votre demande&nbsp;: <a href="https://tremplin.freshdesk.example.com/support/tickets/2291">https://tremplin.freshdesk.example.com/support/tickets/2291</a></p>
<p>L'équipe Tremplin</p>
<p style="color:#92a2b1;font-size:12px">Ceci est un message automatique, merci de ne pas y répondre.</p>
</div>"""
    body = html_only(inner, lang="fr", newlines=True)
    subj = hdr("Demande reçue : Accusé de réception - " + M18_SUBJ + " [#2291]", enc="Q")
    rows = std_rows(when, "mx-out-11.freshdesk.example.com", "198.51.100.211", "4F1F0c6NpRz7",
                    addr("École de code Tremplin", "contact@tremplin-code.example.tn", enc="Q"), subj,
                    rfcdate(sent_at(when, 0, 4)), "<tremplin.2291.1613032434.fd@freshdesk.example.com>",
                    extra=[("Auto-Submitted", "auto-replied"), ("X-FD-Email", "contact@tremplin-code.example.tn")],
                    ret="bounces+2291@email.freshdesk.example.com")
    rows += [("In-Reply-To", ack), ("References", M18_ID + " " + ack),
             ("Reply-To", "contact@tremplin-code.example.tn")]
    add(19, when, top(body, rows), dict(category="auto_reply", language="fr", acknowledge=False, on_time=None,
        notes="Freshdesk ticket autoresponder of the school's general address (Cc of h261-18) answering our "
              "acknowledgement 46 seconds later: a helpdesk confirmation with a ticket number, an ad for "
              "'Inscriptions 2021' and a 'message automatique' footer, sent from the school's own address (not "
              "noreply) with Auto-Submitted; HTML-only, Date in UTC. Never acknowledge (that would open a ticket "
              "loop); thread_of null as for dev auto-replies."))


# ================================================================ 20  FR  report  migrant women's podcast collective: PDF + WeTransfer link to the episodes
M20_FILE = "Rapport volontaire – Collectif Ondes Migrantes.pdf"


def m20():
    when = at("2021-02-12 18:20:44")
    subj = "Rapport volontaire du Collectif Ondes Migrantes + lien vers les épisodes"
    text = """Bonjour à l'équipe de l'examen régional,

Nous sommes le Collectif Ondes Migrantes (COM), un groupe de travailleuses domestiques migrantes et d'amies libanaises qui produit depuis 2019 un podcast en français, en anglais et en amharique, enregistré sur nos téléphones le dimanche, notre jour de repos.

Voici notre rapport volontaire, en PDF joint à ce message. Il s'appuie sur 23 épisodes où des femmes racontent la kafala, la crise de 2020, l'explosion du port et le retour difficile vers l'Éthiopie, le Cameroun ou Madagascar.

Les épisodes eux-mêmes (fichiers audio et transcriptions) sont trop lourds pour un courriel : nous les avons déposés sur WeTransfer, le lien reste valable jusqu'au 19 février.
https://we.tl/t-Kx7mQ2pZ9d

Merci de votre écoute, c'est le cas de le dire !

Joséphine Mbarga
Coordinatrice éditoriale – Collectif Ondes Migrantes
Beyrouth
SoundCloud : soundcloud.example.com/ondesmigrantes | Instagram : @ondes.migrantes
"""
    pdf = rep_pdf("Rapport volontaire - Collectif Ondes Migrantes (COM)", "Beyrouth, fevrier 2021",
                  ["Un podcast fait au telephone", "La kafala racontee par celles qui la vivent",
                   "2020 : crise, explosion, retours", "Recommandations"])
    tp = leaf("text/plain", text, "utf-8", "quoted-printable")
    body = multi("mixed", [tp, attach("application/pdf", pdf, M20_FILE)], "=_6a2f9c1e4b7d03e58f21a9c7b4d6e0f3")
    m = mk(when, sent_at(when, 2, 5), "webmail.ondesmigrantes.example.org", "203.0.113.150", "4F2Hx47TcMz9",
           addr("Joséphine Mbarga", "josephine@ondesmigrantes.example.org", enc="Q"), hdr(subj, enc="Q"),
           "<8d4c2b91e7a35f06d1c9b8e2a4f70c35@ondesmigrantes.example.org>", body,
           extra=[("User-Agent", ROUNDCUBE)])
    add(20, when, m, dict(category="voluntary_report", language="fr", acknowledge=True, on_time=True,
        report_attachments=[M20_FILE],
        notes="a migrant domestic workers' podcast collective: the report is the attached PDF (en dash in the name, "
              "RFC 2231 + RFC 2047); the episodes and transcripts are only a WeTransfer link (annex material, not a "
              "file to list). Decoys: '23 épisodes', 'valable jusqu'au 19 février', 'Merci de votre écoute'. "
              "Roundcube webmail, quoted-printable text/plain."))


# ================================================================ 21  AR  report  e-learning platform replaces its draft DOCX with the final PDF
M21_FILE = "تقرير دروب الطوعي - النسخة النهائية.pdf"


def m21():
    when = at("2021-02-14 20:08:27")
    text = """مرحباً مجدداً،

نعتذر عن الإزعاج: انتبهنا بعد الإرسال إلى أن الملف المرفق برسالتنا السابقة كان مسودة قديمة ينقصها قسم التوصيات وأرقام شهر كانون الثاني.

مرفق الآن النسخة النهائية بصيغة PDF، ونرجو اعتمادها بدلاً من الملف السابق. وقد استبدلنا الملف على Google Drive أيضاً، فالرابط نفسه يفتح الآن النسخة النهائية.

مع الشكر،
هبة الزين
منصة دروب للتعليم الإلكتروني

في الأربعاء، 10 فبراير 2021 في 11:26 ص، كتب Hiba El Zein <hiba.elzein.duroob@gmail.example.com>:

""" + gt(M17_TEXT) + "\n"
    pdf = rep_pdf("Duroob e-learning platform - Voluntary GCM review report (final)", "Beirut, February 2021",
                  ["Who we are", "Remote learning during the pandemic", "Children without documents",
                   "Figures for January 2021", "Recommendations"])
    a = alt(text, "000000000000d18e5b05bb4a27f3", html=gmail_html(text, rtl=True), b64=True)
    body = multi("mixed", [a, attach("application/pdf", pdf, M21_FILE)], "000000000000d18e5d05bb4a27f5")
    m = mk(when, sent_at(when, 2, 9), "mail-wr1-f49.google.example.com", "192.0.2.149", "4F3Qs29WkTz0",
           addr("Hiba El Zein", "hiba.elzein.duroob@gmail.example.com"), re_hdr("Re: ", M17_SUBJ),
           "<CAD4wKz9Vn3qR2xM+h5Lb8Tc1sP6dGy4kW3@mail.gmail.example.com>", body,
           extra=[("In-Reply-To", M17_ID), ("References", M17_ID)])
    add(21, when, m, dict(category="voluntary_report", language="ar", acknowledge=True, on_time=True,
        thread_of=H % 17, report_attachments=[M21_FILE],
        notes="revised report replacing h261-17 ('نرجو اعتمادها بدلاً من الملف السابق'): a Gmail reply to the "
              "sender's own message (In-Reply-To h261-17), the final version now a PDF with an Arabic name (RFC "
              "2231 + RFC 2047); only the new file is attached and listed. The quoted original still carries the "
              "Drive link and the old wording 'نرسل إليكم مرفقاً تقريرنا'."))


# ================================================================ 22  EN  report  Cairo open-data project at 23:52 on the report deadline
def m22():
    when = at("2021-02-16 23:52:31")
    subj = "OMDI voluntary GCM review report - submitted 16 Feb"
    file_ = "OMDI_Voluntary_GCM_Review_2021.pdf"
    text = """Dear GCM Regional Review secretariat,

Apologies for the late hour - we were fixing the last charts until a few minutes ago. I hope this still reaches you today.

Attached is the voluntary GCM review report of the Open Migration Data Initiative (OMDI). OMDI is a volunteer-run open data project based in Cairo: we collect, clean and publish public data on migration in and from Egypt, Sudan and Libya (recruitment agency licences, labour attachés' statistics, detention and deportation figures reported in the press) so that journalists and NGOs can use them.

The report reviews GCM Objective 1 (accurate and disaggregated data) from the point of view of data users, and lists twelve datasets that governments in the region could publish without any risk to migrants' privacy.

All the underlying data and code are on our GitHub (github.com/omdi-eg) under an open licence; the QR code below takes you there.

Best regards,

Yasmine El-Shafei
Data Lead, Open Migration Data Initiative (OMDI)
Cairo, Egypt
Twitter: @OMDI_eg | Mastodon: @omdi@mastodon.example.social
"""
    qcid = "qr-omdi-github@omdi.example.org"
    inner = text2divs(text) + '<div><img src="cid:%s" width="100" height="100" alt="QR code: github.com/omdi-eg">' \
        '</div>' % qcid
    page = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body dir="ltr">'
            '<div style="font-family:Calibri,Arial,Helvetica,sans-serif;font-size:12pt;color:rgb(0,0,0)">%s</div>'
            '</body></html>\n' % inner)
    rel = multi("related", [leaf("text/html", page), qr(qcid, "omdi-github-qr.png")],
                "_006_HE1PR0101MB2871C3B9E5A7F042_", params=[("type", '"text/html"')])
    a = multi("alternative", [leaf("text/plain", text), rel], "_000_HE1PR0101MB2871C3B9E5A7F042_")
    pdf = rep_pdf("Voluntary GCM review report - Open Migration Data Initiative (OMDI)", "Cairo, 16 February 2021",
                  ["GCM Objective 1 seen by data users", "What is published, what is not",
                   "Twelve datasets that could be opened safely", "Privacy safeguards", "Recommendations"])
    body = multi("mixed", [a, attach("application/pdf", pdf, file_)], "_007_HE1PR0101MB2871C3B9E5A7F042_")
    m = mk(when, sent_at(when, 2, 11), "mail-he1eur01on0602.outbound.protection.outlook.example.com",
           "198.51.100.102", "4F4Wm61BxRz2", "Yasmine El-Shafei <yasmine.elshafei@omdi.example.org>", subj,
           "<HE1PR0101MB2871C3B9E5A7F042@HE1PR0101MB2871.eurprd01.prod.exchangelabs.example.com>", body,
           extra=outlook(subj, "AQHXBLr4Tm7Wc1Qz9Nk2Pv5Xs8Hb3Jd6Lf==", lang="en-US", has_attach="yes")[:5]
           + [("X-Mailer", "Outlook Web App")])
    add(22, when, m, dict(category="voluntary_report", language="en", acknowledge=True, on_time=True,
        report_attachments=[file_],
        notes="deadline edge: received 23:52 Beirut time on Tuesday 16 February (Date 23:52 +0200, Cairo), on time "
              "although the sender fears it is late. The PDF is the report; the inline QR code image (in a related "
              "part with the HTML) points to the data on GitHub and is not part of the report. 'GCM Objective 1' and "
              "'twelve datasets' are not roundtable numbers; no speaker. Outlook Web App, multipart/mixed around "
              "alternative/related; Twitter and Mastodon handles."))


def text2divs(text):
    return "".join("<div>%s</div>" % (esc(x) if x else "<br>") for x in text.rstrip("\n").split("\n"))


# ================================================================ 23  AR  other  Sudanese developer in Riyadh who only wants to attend
def m23():
    when = at("2021-02-17 21:35:16")
    subj = "استفسار عن حضور المؤتمر أونلاين"
    text = """السلام عليكم ورحمة الله

أنا مطوّر برمجيات سوداني مقيم في الرياض، شفت إعلان عن المؤتمر الإقليمي للاتفاق العالمي للهجرة في تغريدة على تويتر، وعايز أحضر جلسات يوم 24 و25 فبراير كمستمع بس، ما عندي نية أقدّم مداخلة ولا تقرير.

أنا شغّال مع اتنين من أصحابي على تطبيق صغير بيساعد السودانيين في السعودية يعرفوا حقوقهم في نظام العمل ويحسبوا مكافأة نهاية الخدمة، وحابّين نسمع النقاشات عشان نفهم الموضوع أكتر.

هل الحضور مفتوح للناس العاديين؟ ولو مفتوح، كيف أسجّل وأتحصّل على رابط الزوم؟

وشكراً مقدماً

محمد الأمين عوض

أُرسلت من الـ iPhone
"""
    body = leaf("text/plain", text, "utf-8", "base64")
    m = mk(when, sent_at(when, 3, 7), "mr85p00im-ztdg06011801.me.example.com", "198.51.100.180", "4F5Kd83PvWz6",
           addr("Mohamed Elamin", "m.elamin.awad@icloud.example.com"), hdr(subj),
           "<A3C7E15F-2D89-4B60-8E1A-F94C0B6D27E3@icloud.example.com>", body, extra=[("X-Mailer", IPHONE)])
    add(23, when, m, dict(category="other", language="ar", acknowledge=True, on_time=None,
        notes="someone who only wants to attend as a listener ('ما عندي نية أقدّم مداخلة ولا تقرير') and asks how to "
              "register and get the Zoom link; Sudanese colloquial Arabic from an iPhone in Riyadh (Date UTC+3), "
              "text/plain base64, Latin From name; the words مداخلة and تقرير appear only to say he sends neither; "
              "written after the report deadline, but 'other' has no deadline."))


# ================================================================ 24  FR  report  Nouadhibou association, WeTransfer upload failed: late DOCX
def m24():
    when = at("2021-02-18 10:05:49")
    subj = "Rapport AMINM – examen régional PMM (envoi tardif, transfert échoué)"
    file_ = "Rapport_AMINM_Examen_régional_PMM_version_allégée.docx"
    text = """Bonjour,

Nous avions préparé notre rapport volontaire à temps et tenté de vous l'envoyer le 16 février au soir par WeTransfer, mais la connexion a coupé plusieurs fois à Nouadhibou et le transfert n'a jamais abouti (il s'est arrêté à 96 %). Nous ne nous en sommes rendu compte qu'hier.

Le voici donc en pièce jointe, dans une version Word allégée (sans les photos). Nous espérons qu'il pourra encore être pris en compte.

Le rapport traite de l'accès au numérique des migrants en transit à Nouadhibou : cybercafés, recharge des téléphones, transferts d'argent par les services de paiement mobile, et enregistrement des cartes SIM, qui exige un titre de séjour que la plupart n'ont pas.

Avec toutes nos excuses pour ce retard,

Aïssata Diallo
Secrétaire exécutive
Association Mauritanienne pour l'Inclusion Numérique des Migrants (AMINM)
Nouadhibou – Mauritanie
"""
    doc = make_docx(["AMINM - Rapport volontaire - Examen regional du PMM (version allegee, sans photos)",
                     "1. Nouadhibou, ville de transit", "2. Cybercafes et recharge des telephones",
                     "3. Paiement mobile et transferts", "4. Cartes SIM et titres de sejour", "5. Recommandations"])
    a = alt(text, "----=_Part_3318402_507193846.1613635545110", html=yahoo_divs(text))
    body = multi("mixed", [a, attach(DOCX, doc, file_)], "----=_Part_3318401_1940385271.1613635545109")
    m = mk(when, sent_at(when, 0, 4), "sonic316-13.consmr.mail.ir2.yahoo.example.com", "198.51.100.216",
           "4F6Ry05LmQz3", addr("Aïssata Diallo", "aminm.ndb@yahoo.example.fr", enc="Q"), hdr(subj, enc="Q"),
           "<1944023871.3318403.1613635545112@mail.yahoo.example.com>", body, extra=[("X-Mailer", YAHOO)])
    add(24, when, m, dict(category="voluntary_report", language="fr", acknowledge=True, on_time=False,
        report_attachments=[file_],
        notes="late report (18 February) whose sender explains a failed WeTransfer upload on the evening of the "
              "16th: the attempt does not make it on time, the mail is what was received. DOCX with accents in the "
              "name (RFC 2231 + RFC 2047); '96 %' and 'le 16 février' are decoys. Yahoo webmail from Mauritania, "
              "Date in UTC+0."))


def main():
    for f in (m01, m02, m03, m04, m05, m06, m07, m08, m09, m10, m11, m12, m13, m14, m15, m16, m17, m18, m19,
              m20, m21, m22, m23, m24):
        f()
    SET.write()


if __name__ == "__main__":
    main()
