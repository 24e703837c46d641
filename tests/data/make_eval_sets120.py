#!/usr/bin/env python3
"""Write the blind evaluation set holdout120 (24 raw .eml messages + labels.json).

Deterministic, standard library only:  python3 tests/data/make_eval_sets120.py
Theme: long formal narrative letters (organisation history, partners, donors, ministers thanked) with the
speaker named once in a subordinate clause and reports described by their quoted title (Jordan, Morocco,
Egypt, Lebanon, Sudan, Mauritania, Qatar).
"""
import datetime as dt
import json
import os
from email.message import Message
from email import message_from_string
from mailgen import (HERE, BOX, POL, rfcdate, at, tz, hdr, re_hdr, addr, leaf, multi,
                     html_wrap, esc, text2html, flowed, make_pdf, make_docx, make_png, DOCX,
                     rfc2231, b_word, top, serialize, sp, std_rows)

OUT = os.path.join(HERE, "holdout120")


# ---------------------------------------------------------------- message assembly


MESSAGES = []


def add(num, when, msg, label):
    fname = "h120-%02d.eml" % num
    lab = {"file": fname, "received_at": when.isoformat()}
    lab.update(label)
    full = {k: lab.get(k) for k in ["file", "received_at", "category", "language", "acknowledge", "on_time",
                                    "speakers", "report_attachments", "thread_of", "notes"]}
    for k, default in (("speakers", []), ("report_attachments", []), ("thread_of", None)):
        if full[k] is None and default is not None:
            full[k] = default
    MESSAGES.append((fname, serialize(msg), full))


# ---------------------------------------------------------------- set-120 helpers
def att(ctype, data, filename, style="plain"):
    """Attachment leaf; style: plain (ASCII name), 2231 (RFC 2231 name*), b (RFC 2047 encoded words)."""
    if style == "2231":
        params = [("name*", rfc2231(filename))]
        disp = "attachment; filename*=%s" % rfc2231(filename)
    elif style == "b":
        params = [("name", '"%s"' % b_word(filename))]
        disp = 'attachment; filename="%s"' % b_word(filename)
    else:
        params = [("name", '"%s"' % filename)]
        disp = 'attachment; filename="%s"' % filename
    return leaf(ctype, data, cte="base64", params=params, disp=disp)


def alt(text, html, boundary, cte="quoted-printable", charset="UTF-8"):
    return multi("alternative", [leaf("text/plain", text, charset, cte), leaf("text/html", html, charset, cte)],
                 boundary)


def outlook_html(text, dir_=None):
    inner = "\n".join('<p class="MsoNormal">%s<o:p></o:p></p>' % ("<br>\n".join(esc(x) for x in p.split("\n")) or "&nbsp;")
                      for p in text.split("\n\n"))
    return html_wrap('<div class="WordSection1">\n%s\n</div>' % inner, dir_)


def gmail_html(text, dir_="ltr"):
    inner = "".join("<div>%s</div><div><br></div>" % "<br>".join(esc(x) for x in p.split("\n"))
                    for p in text.split("\n\n"))
    return '<div dir="%s">%s</div>\n' % (dir_, inner)


def quote_gt(text):
    return "\n".join(("> " + l) if l else ">" for l in text.split("\n"))


def mail(num, when, sent_hours, body, frm, subject, mid, host, ip, qid, label, extra=(), to=BOX,
         irt=None, refs=None, ret=None, zone=None, sent_delta=4):
    sent = tz(when - dt.timedelta(seconds=sent_delta), sent_hours)
    rows = std_rows(when, host, ip, qid, frm, subject, rfcdate(sent, zone), mid, to=to, extra=extra, ret=ret)
    if irt:
        rows.append(("In-Reply-To", irt))
        rows.append(("References", refs or irt))
    m = top(body, rows)
    add(num, when, m, label)
    return m


MID = {}

# ================================================================ the 24 messages
T01 = """Dear Members of the Regional UN Network on Migration,

On behalf of the Board and staff of the Jordanian Association for Migrant Workers' Rights (JAMWR), I would like to thank you for the kind invitation to take part in the Regional Review of the Global Compact for Safe, Orderly and Regular Migration in the Arab region, to be held on 23-25 February 2021.

JAMWR was founded in Amman in 2004 by the late Dr. Fawzi Haddad, a labour lawyer, together with Ms. Suhair Nasser, who still serves as our honorary president. What began as a small legal clinic for domestic workers in Jabal Al-Weibdeh now operates four offices (Amman, Zarqa, Irbid and Aqaba) and has provided legal counselling to more than 31,000 migrant workers from Egypt, Bangladesh, Sri Lanka, the Philippines and Uganda. Over the years we have worked closely with the ILO Regional Office for Arab States, UN Women, the Tamkeen Fields for Aid and the Jordan Bar Association, and since 2017 we have co-chaired the national Civil Society Working Group on Labour Migration.

Allow me to take this opportunity to express our sincere gratitude to H.E. Mr. Nayef Al-Khasawneh, Minister of Labour, for his personal commitment to the reform of the recruitment regulations adopted last year, and to Ms. Ingrid Solberg of the Royal Norwegian Embassy in Amman and Mr. Thomas Keller, Head of Cooperation at the Swiss Agency for Development and Cooperation (SDC), whose generous and patient support has made our work in the qualified industrial zones possible. We are equally indebted to our Executive Director Emeritus, Mr. Bassam Qudah, who represented JAMWR at the first regional consultation in Beirut in 2019.

In light of this experience, and bearing in mind the importance the Regional Review attaches to the voices of those who work directly with migrants, we would be grateful if you would consider our Head of Legal Aid, Mr. Omar Abu-Rumman, who joined JAMWR as a volunteer lawyer in 2009, for a floor intervention in one of the plenary sessions on 24-25 February. Mr. Abu-Rumman has personally supervised the strategic litigation on wage protection that is referred to in the national GCM review.

Please do not hesitate to contact me should you require any further information.

With highest consideration,

Haya Al-Zoubi
Executive Director
Jordanian Association for Migrant Workers' Rights (JAMWR)
Amman - Jordan
Tel. +962 6 555 0192
"""


def m01():
    when = at("2021-01-28 10:12:40")
    body = alt(T01, outlook_html(T01), "_000_AM0PR08MB5412E7C4A1F0B1C9D3A2E5F6AM0PR08MB5412eurp_")
    MID[1] = "<AM0PR08MB5412E7C4A1F0B1C9D3A2E5F6@AM0PR08MB5412.eurprd08.prod.outlook.example.com>"
    mail(1, when, 2, body, "Haya Al-Zoubi <h.alzoubi@jamwr.example.org>",
         "Regional Review of the GCM - nomination of JAMWR speaker", MID[1],
         "mail-am6eur05on2071.outbound.protection.outlook.example.com", "40.107.22.71", "4DRk0H3mYvz1",
         dict(category="speaker_request", language="en", acknowledge=True, on_time=True,
              speakers=[sp("Omar Abu-Rumman", "Head of Legal Aid",
                           "Jordanian Association for Migrant Workers' Rights (JAMWR)", ["plenary"])],
              notes="five paragraphs of history before the request; founder, honorary president, the Minister of "
                    "Labour, two donor officials and an Executive Director Emeritus are all named and thanked "
                    "before the actual speaker, who appears once mid-sentence after his title ('our Head of "
                    "Legal Aid, Mr. ...') followed by a relative clause; signer is not the speaker"),
         extra=[("Thread-Topic", "Regional Review of the GCM - nomination of JAMWR speaker"),
                ("Thread-Index", "AdbzK1c9Qe7hY2b3SkK8k1YwQ9LxAA=="), ("Content-Language", "en-US"),
                ("X-MS-Has-Attach", ""), ("X-Mailer", "Microsoft Outlook 16.0")],
         ret="h.alzoubi@jamwr.example.org")


T02 = """السادة الأفاضل في شبكة الأمم المتحدة الإقليمية المعنية بالهجرة،
تحية طيبة وبعد،

يسرّ مؤسسة النيل للهجرة والتنمية أن تتقدم إليكم بخالص الشكر على دعوتها للمشاركة في الاستعراض الإقليمي للاتفاق العالمي من أجل الهجرة الآمنة والمنظمة والنظامية في المنطقة العربية.

تأسست المؤسسة عام 1998 في محافظة سوهاج على يد المرحوم الأستاذ عبد المنعم الشاذلي ونخبة من أساتذة جامعة جنوب الوادي، وعملت منذ ذلك الحين على دعم أسر العمال المصريين في الخارج ورصد أوضاع الهجرة غير النظامية من قرى الصعيد. وقد تعاونت المؤسسة خلال العقدين الماضيين مع وزارة الدولة للهجرة وشؤون المصريين بالخارج، والمجلس القومي للمرأة، ومنظمة العمل الدولية، كما حظيت برامجها بدعم كريم من الاتحاد الأوروبي والوكالة الألمانية للتعاون الدولي (GIZ)، ونخص بالشكر الدكتورة سلوى عبد الباقي، رئيسة مجلس الأمناء، والأستاذ هشام فرغلي، مدير البرامج، على جهودهما في إعداد هذا العمل.

وفي هذا الإطار، يشرفنا أن نقدّم لكم تقريرنا الطوعي بعنوان «الهجرة والتنمية في صعيد مصر: مراجعة طوعية لتنفيذ الاتفاق العالمي 2019-2020»، وهو تقرير فردي أعدّه فريق المؤسسة بالتشاور مع ست جمعيات قاعدية في سوهاج وقنا وأسيوط، ويتناول الأهداف 2 و6 و19 من الاتفاق العالمي. تجدون التقرير مرفقاً بصيغة PDF.

نرجو التكرم بإفادتنا بالاستلام، ولكم منا جزيل الشكر والتقدير.

وتفضلوا بقبول فائق الاحترام،

أحمد الطنطاوي
منسق العلاقات الخارجية
مؤسسة النيل للهجرة والتنمية
سوهاج - جمهورية مصر العربية
"""


def m02():
    when = at("2021-01-31 13:40:22")
    pdf = make_pdf(["Nile Foundation for Migration and Development", "Voluntary GCM Review 2019-2020",
                    "Migration and Development in Upper Egypt", "Objectives 2, 6 and 19", "Sohag, January 2021"])
    body = multi("mixed", [alt(T02, gmail_html(T02, "rtl"), "000000000000a41f0205ba2c7e11", "base64"),
                           att("application/pdf", pdf, "NMDF_GCM_VR_final_v3.pdf")],
                 "000000000000a4210205ba2c7e13")
    MID[2] = "<CAJx7Yq2b+Nf0hPq3kR8sW1tUvZa5cE6dG9mH2jL4nO7pQ@mail.gmail.example.com>"
    mail(2, when, 2, body, addr("أحمد الطنطاوي", "ahmed.tantawy.nmdf@gmail.example.com"),
         hdr("تقرير طوعي - مؤسسة النيل للهجرة والتنمية"), MID[2],
         "mail-ed1-f43.google.example.com", "209.85.208.43", "4DT5qW1bLgz2",
         dict(category="voluntary_report", language="ar", acknowledge=True, on_time=True, speakers=[],
              report_attachments=["NMDF_GCM_VR_final_v3.pdf"],
              notes="report title given in Arabic guillemets in the body, attached under an unrelated Latin file "
                    "name; founder, board chair and programme director named and thanked but no speaker proposed"),
         ret="ahmed.tantawy.nmdf@gmail.example.com")


T03 = """Madame, Monsieur,

L'Association Al Amal pour l'Accompagnement des Migrants (AAAM) a bien reçu, par l'intermédiaire du Réseau Marocain des Associations pour la Migration et le Développement (REMAMID), dont elle est membre fondateur depuis 2012, votre lettre d'invitation au Examen régional du Pacte mondial pour des migrations sûres, ordonnées et régulières, et vous en remercie vivement.

Créée à Oujda en 2006 à l'initiative de M. Mohammed Berrada, ancien instituteur, et de Sœur Anne-Marie Dupuis, l'AAAM accompagne chaque année plus de 2 500 personnes migrantes et réfugiées dans l'Oriental : accueil de jour, orientation médicale, scolarisation des enfants, médiation avec les autorités locales. Nos actions sont menées en partenariat avec la Caritas Maroc, le HCR, l'Entraide Nationale et le Conseil régional de l'Oriental, et elles bénéficient du soutien de l'AECID et de la Fondation Drosos, que nous tenons à remercier ici, de même que M. Rachid Benkirane, président du REMAMID, pour son appui constant.

Dans le cadre de la Conférence régionale des 24 et 25 février, nous souhaiterions que notre chargée de plaidoyer, Mme Samira El Ouafi, qui siège par ailleurs au bureau exécutif du REMAMID et a coordonné la contribution du réseau à l'examen national, puisse prendre la parole lors de la table ronde thématique n°3.

Nous restons à votre disposition pour tout complément d'information.

Veuillez agréer, Madame, Monsieur, l'expression de nos salutations distinguées.

--
Khalid Ziani
Secrétaire général
Association Al Amal pour l'Accompagnement des Migrants (AAAM)
Bd Mohammed V, Oujda - Maroc
"""


def m03():
    when = at("2021-02-01 16:25:09")
    body = leaf("text/plain", flowed(T03), "UTF-8", "quoted-printable", params=[("format", "flowed")])
    MID[3] = "<8c1f2e4a-6b3d-4f7a-9e21-5d0c7b8a3f16@aaam-oujda.example.ma>"
    mail(3, when, 1, body, "Khalid Ziani <k.ziani@aaam-oujda.example.ma>",
         hdr("Demande d'intervention - Conférence régionale PMM - AAAM Oujda", enc="Q"), MID[3],
         "smtp.aaam-oujda.example.ma", "196.200.131.18", "4DTx9R2kQmz5",
         dict(category="speaker_request", language="fr", acknowledge=True, on_time=True,
              speakers=[sp("Samira El Ouafi", "chargée de plaidoyer",
                           "Association Al Amal pour l'Accompagnement des Migrants (AAAM)", ["roundtable"], 3)],
              notes="speaker's association is a member of a network (REMAMID) also named, and she sits on the "
                    "network's board: affiliation is her own association; network president, founders, donors "
                    "all named; 'table ronde thématique n°3'; Thunderbird format=flowed"),
         extra=[("User-Agent", "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:78.0) Gecko/20100101 Thunderbird/78.7.0"),
                ("Content-Language", "fr")],
         ret="k.ziani@aaam-oujda.example.ma")


T04 = """ألف شكر على التأكيد، وصلتنا رسالتكم.

مع خالص التحية،
أحمد الطنطاوي
مؤسسة النيل للهجرة والتنمية

‫في الاثنين، 1 فبراير 2021 في 4:02 م كتب ‪GCM Regional Review Arab States‬‏ <‪gcmrrarabstates@iom.int‬‏>:‬
"""
ACK02 = """السادة مؤسسة النيل للهجرة والتنمية،

نشكركم على رسالتكم. نؤكد استلام تقريركم الطوعي، وسيتم إدراجه ضمن مدخلات الاستعراض الإقليمي.

مع التحية،
أمانة الاستعراض الإقليمي
"""


def m04():
    when = at("2021-02-02 09:03:51")
    text = T04 + quote_gt(ACK02) + "\n"
    body = alt(text, gmail_html(text, "rtl"), "000000000000c7d80105ba3e9a0f", "base64")
    ack = "<ack-20210201-1402-7f3a@gcmrr.iom.int>"
    MID[4] = "<CAJx7Yq0r5Tt8wLm+Qe1Ab3Cd4Ef5Gh6Ij7Kl8Mn9Op0Qr@mail.gmail.example.com>"
    mail(4, when, 2, body, addr("أحمد الطنطاوي", "ahmed.tantawy.nmdf@gmail.example.com"),
         re_hdr("Re: ", "تأكيد استلام - تقرير طوعي"), MID[4],
         "mail-ed1-f50.google.example.com", "209.85.208.50", "4DV3sK0pHqz7",
         dict(category="other", language="ar", acknowledge=False, on_time=None, thread_of="h120-02.eml",
              notes="thank-you reply to our acknowledgement of h120-02.eml, adds nothing new: no acknowledgement"),
         irt=ack, refs=MID[2] + " " + ack, ret="ahmed.tantawy.nmdf@gmail.example.com")


T05 = """<div dir="rtl" style="font-family:Arial,sans-serif;font-size:14px">
<p>حضرة السادة في شبكة الأمم المتحدة الإقليمية المعنية بالهجرة المحترمين،</p>
<p>تحية طيبة وبعد،</p>
<p>يتشرّف مركز الأرز للدراسات والدعم القانوني للمهاجرين، الذي أسّسه الأب جورج خوري والمحامية ليلى صعب في بيروت عام 2001، بأن يعرب لكم عن تقديره لمبادرتكم إلى تنظيم الاستعراض الإقليمي للاتفاق العالمي للهجرة. لقد انطلق المركز من مكتب صغير في الأشرفية يقدّم الاستشارات القانونية للعاملات في الخدمة المنزلية، ثم توسّع عمله ليشمل الرصد والتوثيق والمناصرة في ملف نظام الكفالة، بالتعاون مع نقابة المحامين في بيروت وكلية الحقوق في الجامعة اللبنانية.</p>
<p>وقد شهدت السنتان الأخيرتان ظروفاً بالغة القسوة على العمال المهاجرين في لبنان، من الانهيار الاقتصادي إلى جائحة كورونا وانفجار مرفأ بيروت في 4 آب/أغسطس 2020، حيث وجد آلاف العاملات أنفسهنّ في الشارع أمام سفارات بلدانهنّ. وفي هذه المرحلة، تمكّن المركز، بفضل الدعم السخي من الاتحاد الأوروبي ومؤسسة فريدريش إيبرت ومنظمة كاريتاس لبنان، من تأمين المأوى والعودة الطوعية لأكثر من 600 عاملة، ونخصّ بالشكر معالي وزيرة العمل السيدة منى الحاج على تجاوبها مع مطالبنا بتعليق العمل بعقد العمل الموحّد السابق.</p>
<p>كما نودّ أن نشير إلى أن المركز شارك في إعداد مساهمة المجتمع المدني اللبناني في الاستعراض الوطني، إلى جانب شبكة حقوق العمال المهاجرين وحركة مناهضة العنصرية، وأن الدروس المستخلصة من هذه التجربة قد تكون مفيدة للنقاش الإقليمي، ولا سيما في ما يتعلق بالأهداف 6 و7 و15 من الاتفاق العالمي.</p>
<p>وبناءً على ما تقدّم، نتشرّف بترشيح الأستاذة ريما فخري، مديرة البرامج في المركز، للمشاركة في النقاش المفتوح خلال المشاورة متعددة أصحاب المصلحة يوم 23 شباط/فبراير، علماً بأنها تتابع هذا الملف منذ عام 2012، ومنشكركم سلفاً على حسن تعاونكم.</p>
<p>وتفضّلوا بقبول فائق الاحترام،</p>
<p>جوزيف حداد<br>رئيس الهيئة الإدارية<br>مركز الأرز للدراسات والدعم القانوني للمهاجرين<br>بيروت - لبنان</p>
</div>
"""


def m05():
    when = at("2021-02-02 19:48:17")
    body = leaf("text/html", html_wrap(T05, "rtl"), "UTF-8", "base64")
    MID[5] = "<1612287993.4471.cedarcentre@webmail.cedar-migrants.example.org.lb>"
    mail(5, when, 2, body, addr("جوزيف حداد", "j.haddad@cedar-migrants.example.org.lb"),
         hdr("ترشيح للمشاركة في الاستعراض الإقليمي للاتفاق العالمي للهجرة"), MID[5],
         "webmail.cedar-migrants.example.org.lb", "185.87.12.40", "4DVhB1mZcRz3",
         dict(category="speaker_request", language="ar", acknowledge=True, on_time=True,
              speakers=[sp("ريما فخري", "مديرة البرامج", "مركز الأرز للدراسات والدعم القانوني للمهاجرين",
                           ["open_discussion"])],
              notes="HTML-only (base64) RTL letter; three paragraphs of context naming founders, donors, the "
                    "Minister of Labour and partner networks; the speaker only appears in the last paragraph "
                    "('الأستاذة' is an honorific); open discussion on 23 Feb; Levantine 'منشكركم' in a formal "
                    "letter; signer (board chair) is not the speaker"),
         extra=[("X-Mailer", "Roundcube Webmail/1.4.9")], ret="j.haddad@cedar-migrants.example.org.lb")


T06 = """Dear colleagues,

Further to our Executive Director's letter below, I would like to add two points on behalf of JAMWR.

First, Mr. Abu-Rumman's correct title is Head of Legal Aid and Strategic Litigation (the unit was renamed in December). Second, after consulting with him we would prefer that he be considered for thematic roundtable 2 rather than a plenary session, since his intervention will focus on access to justice for migrant workers.

Many thanks and apologies for the back and forth.

Best,
Lina Saadeh
Programme Officer | JAMWR
"""


def m06():
    when = at("2021-02-03 11:31:02")
    orig = ("From: Haya Al-Zoubi <h.alzoubi@jamwr.example.org>\nSent: Thursday, January 28, 2021 10:12 AM\n"
            "To: gcmrrarabstates@iom.int\nCc: Lina Saadeh <l.saadeh@jamwr.example.org>\n"
            "Subject: Regional Review of the GCM - nomination of JAMWR speaker\n\n" + T01)
    text = T06 + "\n________________________________\n" + orig
    html = outlook_html(T06) .replace("</div>\n</body>", "<hr>" + "".join(
        "<p>%s</p>" % esc(x) for x in orig.split("\n") if x) + "</div>\n</body>")
    body = alt(text, html, "_000_AM0PR08MB54129B2D4C6E1F0A7B3C8D9EAM0PR08MB5412eurp_")
    MID[6] = "<AM0PR08MB54129B2D4C6E1F0A7B3C8D9E@AM0PR08MB5412.eurprd08.prod.outlook.example.com>"
    mail(6, when, 2, body, "Lina Saadeh <l.saadeh@jamwr.example.org>",
         "RE: Regional Review of the GCM - nomination of JAMWR speaker", MID[6],
         "mail-am6eur05on2062.outbound.protection.outlook.example.com", "40.107.22.62", "4DWHq82tNbz9",
         dict(category="speaker_request", language="en", acknowledge=True, on_time=True, thread_of="h120-01.eml",
              speakers=[sp("Omar Abu-Rumman", "Head of Legal Aid and Strategic Litigation",
                           "Jordanian Association for Migrant Workers' Rights (JAMWR)", ["roundtable"], 2)],
              notes="follow-up from a different staff member revising h120-01: new title and roundtable 2 "
                    "instead of plenary; the new text only says 'JAMWR'; the full "
                    "organisation name comes from the quoted original; Outlook top-posting"),
         extra=[("Thread-Topic", "Regional Review of the GCM - nomination of JAMWR speaker"),
                ("Thread-Index", "AdbzK1c9Qe7hY2b3SkK8k1YwQ9LxAAEk7p2Q"), ("Cc", "Haya Al-Zoubi <h.alzoubi@jamwr.example.org>")],
         irt=MID[1], ret="l.saadeh@jamwr.example.org")


def m07():
    when = at("2021-02-03 15:10:44")
    expl = """This is the mail system at host mx1.iom.int.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

For further assistance, please send mail to postmaster.

                   The mail system

<info@sodrs-sudan.example.sd>: host mx.sodrs-sudan.example.sd[196.29.166.7]
    said: 550 5.1.1 <info@sodrs-sudan.example.sd>: Recipient address rejected:
    User unknown in virtual mailbox table (in reply to RCPT TO command)
"""
    ds = ("Reporting-MTA: dns; mx1.iom.int\nX-Postfix-Queue-ID: 4DWQn53FhTz4\n"
          "X-Postfix-Sender: rfc822; gcmrrarabstates@iom.int\nArrival-Date: Wed,  3 Feb 2021 15:10:39 +0200 (EET)\n\n"
          "Final-Recipient: rfc822; info@sodrs-sudan.example.sd\nOriginal-Recipient: rfc822;info@sodrs-sudan.example.sd\n"
          "Action: failed\nStatus: 5.1.1\nRemote-MTA: dns; mx.sodrs-sudan.example.sd\n"
          "Diagnostic-Code: smtp; 550 5.1.1 <info@sodrs-sudan.example.sd>: Recipient address\n"
          "    rejected: User unknown in virtual mailbox table\n")
    hdrs = ("From: GCM Regional Review Arab States <gcmrrarabstates@iom.int>\nTo: info@sodrs-sudan.example.sd\n"
            "Subject: Regional Review of the GCM - reminder on deadlines\nDate: Wed, 3 Feb 2021 15:10:30 +0200\n"
            "Message-ID: <reminder-20210203-0912@gcmrr.iom.int>\nMIME-Version: 1.0\n")
    p1 = leaf("text/plain", expl, "us-ascii", "7bit", extra=[("Content-Description", "Notification")])
    p2 = Message(policy=POL)
    p2["Content-Description"] = "Delivery report"
    p2["Content-Type"] = "message/delivery-status"
    for block in ds.strip("\n").split("\n\n"):
        p2.attach(message_from_string(block + "\n", policy=POL))
    p3 = leaf("text/rfc822-headers", hdrs.encode("ascii"), cte="7bit", extra=[("Content-Description", "Undelivered Message Headers")])
    body = multi("report", [p1, p2, p3], "4DWQn53FhTz4.1612357844/mx1.iom.int",
                 params=[("report-type", "delivery-status")])
    body.replace_header("Content-Type", 'multipart/report; report-type=delivery-status;\r\n\tboundary="4DWQn53FhTz4.1612357844/mx1.iom.int"')
    mail(7, when, 2, body, "MAILER-DAEMON@mx1.iom.int (Mail Delivery System)",
         "Undelivered Mail Returned to Sender", "<20210203131044.5C1A2E0457@mx1.iom.int>",
         "localhost", "127.0.0.1", "4DWQp01XkWz6",
         dict(category="bounce", language="en", acknowledge=False, on_time=None,
              notes="Postfix DSN for a reminder we sent; mentions a Sudanese organisation's address but is not "
                    "from a person"),
         extra=[("Auto-Submitted", "auto-replied")], ret=None, zone="EET", sent_delta=0)


T08 = """Dear Colleagues of the Regional UN Network on Migration,

Greetings from Khartoum.

It is with great pleasure that the Sudanese Organisation for Displacement and Return Studies (SODRS) responds to your invitation of January 2021. SODRS was established in 1994 by Prof. Abdelrahman El-Tayeb and a small group of researchers from the University of Khartoum, at a time when very few national institutions were documenting the movement of people between Darfur, the Red Sea coast and the Gulf. Since then we have grown into a network of 40 field researchers in eleven states, and we have been privileged to work alongside Ahfad University for Women, the Commissioner for Refugees, UNHCR and IOM Sudan, as well as with colleagues from the IGAD Secretariat on the regional migration framework.

None of this would have been possible without the trust of our partners. We wish in particular to thank H.E. Dr. Samia Abdelgadir, Minister of Labour and Social Development, for the openness of her ministry during the preparation of the national review, Mr. Pieter de Vries of the Embassy of the Kingdom of the Netherlands, whose support for the "Safe Journeys" programme has been unfailing since 2016, and our late Board member Ustaz Hassan Babiker, to whose memory this year's work is dedicated.

We are therefore honoured to submit, as our individual contribution to the Regional Review, the report entitled "Between Khartoum and the Coast: Sudan's Voluntary Review of the Global Compact for Migration, 2018-2020", which our coordinator Ms Amna Osman Idris, who has led the programme since 2015, would be honoured to present at the fourth thematic roundtable of the conference. The report is attached in Word format; an Arabic summary will follow next week.

We remain at your disposal for any clarification and look forward to our collaboration.

Yours sincerely,

Dr. Mohamed Salih Nour
Secretary-General
Sudanese Organisation for Displacement and Return Studies (SODRS)
Khartoum, Sudan
"""


def m08():
    when = at("2021-02-04 08:55:33")
    docx = make_docx(["Between Khartoum and the Coast", "Sudan's Voluntary Review of the Global Compact for Migration, 2018-2020",
                      "Sudanese Organisation for Displacement and Return Studies (SODRS)", "1. Introduction",
                      "This review covers GCM objectives 1, 3, 10 and 21."])
    body = multi("mixed", [alt(T08, gmail_html(T08), "0000000000003e6b4f05ba7d2c91"),
                           att(DOCX, docx, "SODRS GCM review 2021 (EN).docx")], "0000000000003e6b5105ba7d2c93")
    MID[8] = "<CAF4kR9t2mZq-xW1vB8nL3cD5eF7gH9jK0lM2nP4qS6uV8wY@mail.gmail.example.com>"
    mail(8, when, 2, body, "\"Dr. Mohamed Salih Nour\" <sodrs.sg@gmail.example.com>",
         "SODRS submission to the GCM Regional Review (Arab States)", MID[8],
         "mail-wm1-f66.google.example.com", "209.85.128.66", "4DWvR52pXcz1",
         dict(category="both", language="en", acknowledge=True, on_time=True,
              speakers=[sp("Amna Osman Idris", "coordinator",
                           "Sudanese Organisation for Displacement and Return Studies (SODRS)", ["roundtable"], 4)],
              report_attachments=["SODRS GCM review 2021 (EN).docx"],
              notes="the speaker request hides in a relative clause attached to the report title ('which our "
                    "coordinator Ms ..., who has led the programme since 2015, would be honoured to present at the "
                    "fourth thematic roundtable'); founder, minister, donor official and a late board member are "
                    "named; 'Safe Journeys' in quotes is a programme, not the report; roundtable written as 'fourth'"),
         ret="sodrs.sg@gmail.example.com")


T09 = """Bonjour,

Suite à notre courrier du 1er février (ci-dessous), nous vous informons que Mme Samira El Ouafi ne pourra malheureusement pas être disponible les 24 et 25 février pour des raisons familiales.

L'AAAM souhaite donc proposer à sa place M. Youssef Ait Benhaddou, coordinateur du pôle juridique de l'association, pour la même table ronde (n°3). M. Ait Benhaddou suit depuis 2014 les dossiers de régularisation dans l'Oriental.

Avec nos excuses pour ce changement et nos remerciements,

Khalid Ziani
Secrétaire général, AAAM

Le 01/02/2021 à 15:25, Khalid Ziani a écrit :
"""


def m09():
    when = at("2021-02-04 14:20:08")
    text = T09 + quote_gt(T03)
    body = leaf("text/plain", flowed(text), "UTF-8", "quoted-printable", params=[("format", "flowed")])
    MID[9] = "<3b7d9e10-2c4f-4a8b-b5e6-91f0d2c3a7e4@aaam-oujda.example.ma>"
    mail(9, when, 1, body, "Khalid Ziani <k.ziani@aaam-oujda.example.ma>",
         hdr("Re: Demande d'intervention - Conférence régionale PMM - AAAM Oujda", enc="Q"), MID[9],
         "smtp.aaam-oujda.example.ma", "196.200.131.18", "4DWzG81tHvz2",
         dict(category="speaker_request", language="fr", acknowledge=True, on_time=True, thread_of="h120-03.eml",
              speakers=[sp("Youssef Ait Benhaddou", "coordinateur du pôle juridique",
                           "Association Al Amal pour l'Accompagnement des Migrants (AAAM)", ["roundtable"], 3)],
              notes="replaces the speaker of h120-03.eml (Mme El Ouafi withdrawn, still named); 'la même table ronde "
                    "(n°3)'; full organisation name only in the quoted original"),
         extra=[("User-Agent", "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:78.0) Gecko/20100101 Thunderbird/78.7.0"),
                ("Content-Language", "fr")],
         irt=MID[3], ret="k.ziani@aaam-oujda.example.ma")


T10_TOP = """السلام عليكم ورحمة الله،

حضراتكم عاملين إيه؟ إن شاء الله تكونوا بخير.

أنا بكتب لحضراتكم نيابةً عن جمعية أجيال للتنمية والهجرة بأسيوط، واللي بدأت شغلها سنة 2009 على إيد الحاج محمود عبد الرحيم والمهندسة نادية كامل، وبقالنا أكتر من عشر سنين بنشتغل مع أهالي الشباب اللي بيسافروا ليبيا والأردن والخليج، بالتعاون مع مديرية القوى العاملة بأسيوط وكاريتاس مصر، وبدعم من السفارة السويسرية ومؤسسة ساويرس للتنمية الاجتماعية - وبجد شكر خاص للأستاذة هالة منصور من مؤسسة ساويرس اللي وقفت جنبنا السنة اللي فاتت.

مديرنا التنفيذي الأستاذ عادل شحاتة طلب مني أبعت لحضراتكم ترشيحات الجمعية للمؤتمر الإقليمي، وهما اتنين من زمايلنا:
"""
T10_TABLE = [("الاسم", "الصفة", "الجهة", "المشاركة المطلوبة"),
             ("د. منى عبد الحميد", "مستشارة بحثية", "جمعية أجيال للتنمية والهجرة - أسيوط", "مداخلة في الجلسة العامة"),
             ("كريم سعد الدين", "منسق برنامج الشباب والهجرة الآمنة", "جمعية أجيال للتنمية والهجرة - أسيوط",
              "مداخلة في المائدة المستديرة رقم 2")]
T10_BOTTOM = """
أنا مش من ضمن المرشحين، أنا بس بتابع الموضوع من ناحية التواصل. ولو محتاجين السير الذاتية أو أي بيانات تانية قولولي وأنا أبعتها على طول.

وشكراً جزيلاً لحضراتكم،
سارة جرجس
مسؤولة التواصل والإعلام
جمعية أجيال للتنمية والهجرة
"""


def m10():
    when = at("2021-02-04 22:15:26")
    rows_txt = "\n".join(" | ".join(r) for r in T10_TABLE)
    text = T10_TOP + "\n" + rows_txt + "\n" + T10_BOTTOM
    cells = "".join("<tr>%s</tr>" % "".join('<td style="border:1px solid #999;padding:4px">%s</td>' % esc(c) for c in r)
                    for r in T10_TABLE)
    html = ('<div dir="rtl">' + gmail_html(T10_TOP, "rtl") + '<table dir="rtl" style="border-collapse:collapse">'
            + cells + "</table>" + gmail_html(T10_BOTTOM, "rtl") + "</div>\n")
    body = alt(text, html, "000000000000f1e2d305ba8a44c7", "base64")
    MID[10] = "<CAGm5Nh8Qx-3pL7vR2tW9yB4cE6fH8jK1mN3oQ5rS7uX9zA@mail.gmail.example.com>"
    mail(10, when, 2, body, addr("Sara Girgis", "sara.girgis.agyal@gmail.example.com"),
         hdr("ترشيحات جمعية أجيال - المؤتمر الإقليمي للهجرة"), MID[10],
         "mail-lj1-f181.google.example.com", "209.85.208.181", "4DXD7m3qFtz8",
         dict(category="speaker_request", language="ar", acknowledge=True, on_time=True,
              speakers=[sp("منى عبد الحميد", "مستشارة بحثية", "جمعية أجيال للتنمية والهجرة - أسيوط", ["plenary"]),
                        sp("كريم سعد الدين", "منسق برنامج الشباب والهجرة الآمنة",
                           "جمعية أجيال للتنمية والهجرة - أسيوط", ["roundtable"], 2)],
              notes="Egyptian colloquial; sender (communications officer) writes on behalf of the executive "
                    "director and explicitly is not a candidate; founders, a donor officer and the director named; "
                    "two speakers in an HTML table (pipe-separated in the text part); 'د.' honorific"),
         ret="sara.girgis.agyal@gmail.example.com")


T11 = """Madame, Monsieur,

C'est avec un grand plaisir que l'Association Libanaise pour l'Éducation et la Mobilité (ALEM) répond à l'invitation du Réseau régional des Nations Unies sur les migrations.

Fondée en 1996 à Zahlé par feu le Professeur Antoine Maalouf et par Mme Hoda Saliba, l'ALEM s'est d'abord consacrée à l'accompagnement des étudiants libanais partant étudier en France et au Canada, avant d'élargir son action, à partir de 2008, aux familles de travailleurs libanais émigrés dans les pays du Golfe. Nous avons eu la chance de travailler durant toutes ces années avec l'Université Saint-Joseph, l'Agence universitaire de la Francophonie et le Mouvement social, grâce au soutien de l'Agence française de développement et de la Fondation Konrad Adenauer. Nous remercions tout particulièrement M. Marc Hélou, directeur régional de l'AUF, et S.E. M. Fadi Karam, ancien ministre, pour leurs conseils lors de la préparation de notre contribution.

Comme vous le savez, le Liban traverse depuis 2019 une crise sans précédent, et le retour forcé de nombreux travailleurs libanais du Golfe s'est ajouté à l'émigration massive des jeunes diplômés. C'est dans ce contexte que nous avons préparé notre rapport d'examen volontaire intitulé « Les oubliés du Golfe : retours et réintégration des travailleurs libanais (2018-2020) », que vous trouverez en pièce jointe.

Par ailleurs, notre responsable du plaidoyer, Mme Carla Abi Nader, qui a dirigé les entretiens avec plus de 200 familles de Zahlé et de la Békaa, serait honorée de contribuer en tant que rapporteure aux messages clés des parties prenantes, si vous le jugez utile.

En vous remerciant de l'attention portée à notre demande, nous vous prions d'agréer, Madame, Monsieur, nos salutations les plus respectueuses.

Georges Saliba
Président
ALEM - Zahlé, Liban
"""


def m11():
    when = at("2021-02-05 10:40:57")
    pdf = make_pdf(["ALEM - Association Libanaise pour l'Education et la Mobilite",
                    "Les oublies du Golfe : retours et reintegration des travailleurs libanais (2018-2020)",
                    "Rapport d'examen volontaire - Pacte mondial pour les migrations", "Zahle, fevrier 2021"])
    body = multi("mixed", [alt(T11, outlook_html(T11), "_000_VI1PR02MB4471C3D2E1F0A9B8C7D6E5F4VI1PR02MB4471eurp_"),
                           att("application/pdf", pdf, "rapport_ALEM_PMM_fév2021.pdf", "2231")],
                 "_004_VI1PR02MB4471C3D2E1F0A9B8C7D6E5F4VI1PR02MB4471eurp_")
    MID[11] = "<VI1PR02MB4471C3D2E1F0A9B8C7D6E5F4@VI1PR02MB4471.eurprd02.prod.outlook.example.com>"
    mail(11, when, 2, body, "Georges Saliba <president@alem-liban.example.org>",
         hdr("Rapport volontaire et proposition de rapporteure - ALEM (Liban)", enc="Q"), MID[11],
         "mail-vi1eur02on2090.outbound.protection.outlook.example.com", "40.107.8.90", "4DXXb63wKpz4",
         dict(category="both", language="fr", acknowledge=True, on_time=True,
              speakers=[sp("Carla Abi Nader", "responsable du plaidoyer",
                           "Association Libanaise pour l'Éducation et la Mobilité (ALEM)", ["rapporteur"])],
              report_attachments=["rapport_ALEM_PMM_fév2021.pdf"],
              notes="Levantine French formal letter; founders, a former minister and an AUF director thanked; "
                    "report title in French guillemets, attachment with a different, RFC 2231-encoded name; "
                    "rapporteur role phrased as 'contribuer en tant que rapporteure aux messages clés'"),
         extra=[("Thread-Topic", "Rapport volontaire et proposition de rapporteure - ALEM (Liban)"),
                ("Thread-Index", "AQHW+5a3k2Vb7c8dRkGm0d1xYz9fJg=="), ("Content-Language", "fr-FR"),
                ("X-MS-Has-Attach", "yes")],
         ret="president@alem-liban.example.org")


T12 = """Bonjour,

Je suis absente du bureau du 4 au 12 février 2021 inclus, avec un accès limité à ma messagerie.

Pour toute question urgente concernant les programmes de la Fondation Orient-Occident, merci de contacter M. Hicham Lamrani (h.lamrani@fondation-oo.example.ma).

Cordialement,
Nawal Bennani
"""


def m12():
    when = at("2021-02-05 12:02:13")
    body = leaf("text/plain", T12, "iso-8859-1", "quoted-printable")
    mail(12, when, 1, body, "Nawal Bennani <n.bennani@fondation-oo.example.ma>",
         hdr("Réponse automatique : Regional Review of the GCM - reminder on deadlines", "iso-8859-1", "Q"),
         "<AM5PR0102MB2876A1B2C3D4E5F60718@AM5PR0102MB2876.eurprd01.prod.outlook.example.com>",
         "mail-am5eur01on2081.outbound.protection.outlook.example.com", "40.107.13.81", "4DXZ2T0hRmz6",
         dict(category="auto_reply", language="fr", acknowledge=False, on_time=None,
              notes="French out-of-office reply to our reminder; names a colleague as contact, not a speaker"),
         extra=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All"),
                ("Content-Language", "fr-FR")],
         irt="<reminder-20210205-0930@gcmrr.iom.int>", ret=None, sent_delta=2)


T13 = """بسم الله الرحمن الرحيم

سعادة منسقي الاستعراض الإقليمي للاتفاق العالمي للهجرة حفظهم الله،
السلام عليكم ورحمة الله وبركاته، وبعد،

فيسعد مركز الدوحة لدراسات العمالة الوافدة أن يشارك في أعمال الاستعراض الإقليمي، وهو المركز الذي تأسس عام 2012 بمبادرة من الدكتور عبدالله السليطي وعدد من الباحثين القطريين، ويعمل بالشراكة مع وزارة التنمية الإدارية والعمل والشؤون الاجتماعية ومكتب مشروع منظمة العمل الدولية في الدوحة ولجنة حقوق الإنسان الوطنية.

ونودّ بهذه المناسبة أن نرفع جزيل الشكر إلى سعادة الوزير على دعمه للإصلاحات الأخيرة المتعلقة بالحد الأدنى للأجور وإلغاء شهادة عدم الممانعة، وإلى الأستاذة مريم الهاجري من صندوق قطر للتنمية على رعايتها لدراستنا الميدانية حول سكن العمال التي صدرت العام الماضي، وهي الدراسة التي أشرف عليها زميلنا السيد جاسم الكواري، رئيس قسم البحوث بالمركز، والذي يسعدنا ترشيحه مقرراً لعرض الرسائل الرئيسية لأصحاب المصلحة في المؤتمر.

ونعتذر عن تأخرنا في المراسلة إلى هذه الساعة.

وتفضلوا بقبول وافر التحية والتقدير،

خالد المهندي
مدير المركز
مركز الدوحة لدراسات العمالة الوافدة

أُرسلت من الـ iPhone
"""


def m13():
    when = at("2021-02-05 23:52:40")
    body = leaf("text/plain", T13, "utf-8", "base64")
    MID[13] = "<5E8A1C2D-7F3B-4E96-A0D1-2B4C6E8F0A13@dcmls.example.qa>"
    mail(13, when, 3, body, addr("خالد المهندي", "k.almohannadi@dcmls.example.qa"),
         hdr("ترشيح مقرر - مركز الدوحة لدراسات العمالة الوافدة"), MID[13],
         "mail.dcmls.example.qa", "78.100.44.12", "4DXq5V1cBnz3",
         dict(category="speaker_request", language="ar", acknowledge=True, on_time=True,
              speakers=[sp("جاسم الكواري", "رئيس قسم البحوث", "مركز الدوحة لدراسات العمالة الوافدة",
                           ["rapporteur"])],
              notes="deadline edge: sent from Doha, Date header Sat 6 Feb 00:52 +0300 but received 23:52 Beirut on "
                    "5 Feb (on time); speaker named inside a relative clause about a study funded by a named donor "
                    "officer, after founder and minister; 'السيد' honorific; Gulf formal style, iPhone plain text"),
         extra=[("X-Mailer", "iPhone Mail (18D52)")], ret="k.almohannadi@dcmls.example.qa", sent_delta=6)


T14 = """Dear GCM Regional Review team,

Please forgive the late hour of this message - we only received your invitation this week through our partners in Khartoum, and wanted to make sure it reached you before the deadline.

The Sudanese Diaspora Network for Migration and Development (SDN-MD) was set up in London in 2008 by the late Mr. Kamal Abdalla and a handful of Sudanese doctors and engineers who had come to the UK in the 1990s. Today we bring together 27 diaspora associations in the UK, Ireland, the Netherlands and the Gulf, and we work with the Sudanese Working Abroad Organisation (SWAO), the Africa-Europe Diaspora Development Platform (ADEPT) and, since the revolution of 2019, with the Transitional Government's diaspora office. Our remittance-literacy work has been funded by Comic Relief and by the Joseph Rowntree Charitable Trust, and we are deeply grateful to Ms. Fiona McAllister at Comic Relief for believing in it from the start.

Our Chair, Dr Hiba Mahjoub - who many of you may know from her work with the Sudanese Doctors Union UK, and who has coordinated our contribution to the African Union's diaspora consultations - would very much like to make a floor intervention in the plenary on diaspora engagement and remittances.

Thank you, and apologies again for the timing.

Warm regards,
Yasir Elamin
Network Coordinator, SDN-MD
London
"""


def m14():
    when = at("2021-02-05 23:58:30")
    body = alt(T14, gmail_html(T14), "00000000000081c4a905ba9f3e62")
    MID[14] = "<CAB9pQ3x-Lm7Ns2Ot5Rw8Uy1Az4Bc6De8Fg0Hi3Jk5Lm7No@mail.gmail.example.com>"
    mail(14, when, 0, body, "Yasir Elamin <yasir.elamin.sdn@gmail.example.com>",
         "Speaker request - SDN-MD (Sudanese diaspora)", MID[14],
         "mail-wr1-f48.google.example.com", "209.85.221.48", "4DXqDL4kMwz5",
         dict(category="speaker_request", language="en", acknowledge=True, on_time=True,
              speakers=[sp("Hiba Mahjoub", "Chair",
                           "Sudanese Diaspora Network for Migration and Development (SDN-MD)", ["plenary"])],
              notes="deadline edge: Date 21:58 +0000 (London), received 23:58:30 Beirut on 5 Feb: on time; speaker "
                    "sentence is interrupted by a long dash clause naming another organisation she works with "
                    "(Sudanese Doctors Union UK) - not her affiliation here; founder, partner networks and donor "
                    "officer named"),
         ret="yasir.elamin.sdn@gmail.example.com")


T15 = """Madame, Monsieur,

Nous avons l'honneur de vous faire part de l'intérêt de l'Association Mauritanienne pour les Droits des Migrants et la Solidarité (AMDMS) pour la Conférence régionale d'examen du Pacte mondial.

Fondée à Nouadhibou en 2005, au plus fort des départs en pirogue vers les Canaries, par M. Brahim Ould Cheikh et Mme Aminetou Mint Elkory, l'AMDMS intervient auprès des migrants en transit et des familles des disparus en mer. Nos activités ont été soutenues par la Coopération espagnole, par le Croissant-Rouge mauritanien et par l'OIM Mauritanie, et nous tenons à remercier le Commissaire aux droits de l'homme et à l'action humanitaire ainsi que M. Alberto Ruiz, de l'AECID, pour leur écoute.

Notre chargé des programmes, M. Sidi Mohamed Ould Ahmed Salem, qui représente également l'AMDMS au sein de la plateforme nationale des ONG, souhaiterait intervenir lors d'une des tables rondes thématiques.

Dans l'attente de votre réponse, veuillez agréer nos salutations distinguées.

Le Président
Mohamed Lemine Ould Sidi
AMDMS - Nouadhibou
"""


def m15():
    when = at("2021-02-06 00:07:10")
    html = html_wrap('<div style="font-family:Calibri,Arial,Helvetica,sans-serif;font-size:12pt">%s</div>' % text2html(T15))
    body = leaf("text/html", html, "utf-8", "quoted-printable")
    MID[15] = "<DB7PR04MB5082E1D2C3B4A5968778@DB7PR04MB5082.eurprd04.prod.outlook.example.com>"
    mail(15, when, 0, body, "AMDMS Nouadhibou <amdms.ndb@outlook.example.com>",
         hdr("Demande de prise de parole – AMDMS Mauritanie"), MID[15],
         "mail-db8eur05on2045.outbound.protection.outlook.example.com", "40.107.20.45", "4DXqLk0xTpz1",
         dict(category="speaker_request", language="fr", acknowledge=True, on_time=False,
              speakers=[sp("Sidi Mohamed Ould Ahmed Salem", "chargé des programmes",
                           "Association Mauritanienne pour les Droits des Migrants et la Solidarité (AMDMS)",
                           ["roundtable"])],
              notes="deadline edge: Date Fri 5 Feb 22:07 +0000 (Nouakchott) looks on time but received 00:07 "
                    "Beirut on 6 Feb: late; roundtable without a number; HTML-only Outlook.com; long founder/donor "
                    "paragraph; the speaker also represents the organisation in a national platform"),
         ret="amdms.ndb@outlook.example.com")


T16 = """السلام عليكم،

أنا عبد الرحيم من جمعية الأطلس للهجرة والتنمية بتزنيت. بغيت نسول واحد السؤال عافاكم: الرسالة ديال الدعوة بالعربية كتقول بلي آخر أجل باش نقترحو متدخل هو "الجمعة 23 فبراير"، ولكن صاحبي لقا فالنسخة الفرنسية 5 فبراير. شنو هو التاريخ الصحيح؟

الرئيس ديالنا السي الحسين أوبلا كان باغي يقترح شي واحد من المكتب، ولكن ما زال ما تافقناش على الاسم. واش مازال ممكن نبعتو الاقتراح هاد الأسبوع ولا فات الوقت؟

وشكرا بزاف على المجهود ديالكم.

عبد الرحيم أمزيان
الكاتب العام - جمعية الأطلس للهجرة والتنمية
"""


def m16():
    when = at("2021-02-06 11:15:48")
    body = alt(T16, gmail_html(T16, "rtl"), "0000000000009b7c2105baa6d418", "base64")
    mail(16, when, 1, body, addr("عبد الرحيم أمزيان", "amzian.atlas@gmail.example.com"),
         hdr("سؤال على آخر أجل"), "<CAHt2Yp7-Qn4Mr8Ks1Lw3Jx5Vz7Bc9Dd1Ef3Gh5Ij7Kl9Mn@mail.gmail.example.com>",
         "mail-wm1-f43.google.example.com", "209.85.128.43", "4DY6Rs2cWnz4",
         dict(category="other", language="ar", acknowledge=True, on_time=None,
              notes="Moroccan darija question about the Arabic letter's misprinted '23 February' deadline; the "
                    "president is named but no speaker is proposed yet"),
         ret="amzian.atlas@gmail.example.com")


T17 = """Bonjour Madame, Monsieur,

Je me permets de vous écrire au nom du Collectif des Associations de Migrants Subsahariens au Maroc (CAMSM), qui regroupe depuis 2013 douze associations de Rabat, Casablanca, Tanger et Oujda, avec l'appui du Conseil national des droits de l'Homme (CNDH) et de la Fondation Orient-Occident.

Nous préparons actuellement un rapport collectif et nous aurions quelques questions avant de vous l'envoyer :
- est-ce qu'un rapport rédigé en français est accepté, ou faut-il une version anglaise ou arabe ?
- y a-t-il un nombre de pages maximum ?
- un rapport signé par le collectif au nom des douze associations compte-t-il comme un seul rapport « collectif », ou chaque association doit-elle envoyer le sien ?
- peut-on joindre des annexes (témoignages, photos) ?

Merci d'avance pour vos réponses, et bravo pour l'organisation.

Bien à vous,
Fatou Diallo
Chargée de communication - CAMSM
Rabat
"""


def m17():
    when = at("2021-02-08 10:30:19")
    body = alt(T17, gmail_html(T17), "000000000000d2a91405bac8f1c3")
    mail(17, when, 1, body, "Fatou Diallo <camsm.maroc@gmail.example.com>",
         hdr("Questions sur le rapport volontaire (rapport collectif)", enc="Q"),
         "<CAKv8Wq1-Ts5Nm9Pr2Ux4Yz6Ab8Cd0Ef2Gh4Ij6Kl8Mn0Op@mail.gmail.example.com>",
         "mail-ej1-f52.google.example.com", "209.85.218.52", "4DZ2Lm7qXbz6",
         dict(category="other", language="fr", acknowledge=True, on_time=None,
              notes="questions about a collective report still being prepared; nothing attached, no speaker"),
         ret="camsm.maroc@gmail.example.com")


T18 = """Mesdames, Messieurs,

Au nom de la Coalition libanaise pour des migrations dignes (CLMD), j'ai l'honneur de vous transmettre la contribution collective de la société civile libanaise à l'examen régional du Pacte mondial.

La Coalition est née en 2017 de la rencontre de neuf organisations - parmi lesquelles Insan, le Centre Afamia pour les droits humains, l'Association Najdeh et la Ligue des femmes libanaises - qui travaillaient séparément sur la situation des travailleuses domestiques, des réfugiés palestiniens et des Libanais de la diaspora. Sa coordination a été assurée successivement par Me Nadim Farhat et par Mme Rola Kassab, et ses travaux ont été soutenus par la Fondation Heinrich Böll, l'Union européenne et l'Ambassade de Suisse au Liban, que nous remercions chaleureusement.

Le rapport, intitulé « Mobilités contraintes : bilan de la société civile libanaise sur la mise en œuvre du Pacte mondial (2019-2020) », est le fruit de quatre ateliers tenus à Beyrouth, Tripoli, Saïda et Baalbek entre octobre et décembre 2020. Il est joint au présent courriel au format Word ; une version arabe est en cours de finalisation.

Nous vous prions de bien vouloir en accuser réception et restons à votre disposition.

Bien cordialement,

Walid Chidiac
Secrétariat de la Coalition libanaise pour des migrations dignes (CLMD)
Beyrouth
"""


def m18():
    when = at("2021-02-10 13:05:37")
    docx = make_docx(["Mobilités contraintes", "Bilan de la société civile libanaise sur la mise en œuvre du Pacte mondial (2019-2020)",
                      "Coalition libanaise pour des migrations dignes (CLMD)", "Introduction"])
    body = multi("mixed", [alt(T18, gmail_html(T18), "0000000000004c2de805bae71a90"),
                           att(DOCX, docx, "Bilan_PMM_Liban_coalition_VF.docx")], "0000000000004c2dea05bae71a92")
    mail(18, when, 2, body, "Walid Chidiac <clmd.secretariat@gmail.example.com>",
         hdr("Contribution collective de la société civile libanaise - examen régional PMM", enc="Q"),
         "<CAMx3Hr6-Pq1Ws4Tu7Vx0Yz2Ab5Cd8Ef1Gh3Ij6Kl9Mn2Op@mail.gmail.example.com>",
         "mail-wr1-f41.google.example.com", "209.85.221.41", "4DbJ9t5nRcz2",
         dict(category="voluntary_report", language="fr", acknowledge=True, on_time=True,
              report_attachments=["Bilan_PMM_Liban_coalition_VF.docx"],
              notes="collective report of a coalition; nine member organisations, two past coordinators and "
                    "three donors named, none proposed to speak; title in guillemets, attachment named differently"),
         ret="clmd.secretariat@gmail.example.com")


T19 = """Dear Sir or Madam,

The Mafraq Community Development Forum (MCDF) is pleased to submit its voluntary review to the Regional Review of the Global Compact for Migration in the Arab region.

MCDF was established in 2013 as an initiative of community leaders in Mafraq governorate, among them Sheikh Talal Al-Sarhan and Ms. Reem Al-Masri, in response to the arrival of Syrian refugees in host communities in northern Jordan. Our work on social cohesion, livelihoods and access to work permits has benefitted from partnerships with the Ministry of Planning and International Cooperation, the Mafraq Municipality, UNHCR, the ILO and the Jordan River Foundation, and from the financial support of the European Union Regional Trust Fund in Response to the Syrian Crisis (the Madad Fund) and of the German Federal Ministry for Economic Cooperation and Development (BMZ).

Our report, "Hosting and Belonging: Host Communities, Refugees and Migrant Workers in Northern Jordan - a Voluntary GCM Review", is attached as a Word document. Please note that it is still a working draft; a final PDF version with the executive summary will be sent to you before the deadline. A signed cover letter from our Chairperson, Mr. Ayman Al-Khalidi, is also attached.

Respectfully,

Dana Al-Momani
Research and Advocacy Manager
Mafraq Community Development Forum (MCDF)
Mafraq, Jordan
"""


def m19():
    when = at("2021-02-11 09:45:03")
    docx = make_docx(["Hosting and Belonging", "Host Communities, Refugees and Migrant Workers in Northern Jordan",
                      "A Voluntary GCM Review - WORKING DRAFT", "Mafraq Community Development Forum (MCDF)"])
    cover = make_pdf(["Mafraq Community Development Forum (MCDF)", "Cover letter", "Signed: Ayman Al-Khalidi, Chairperson"])
    logo = make_png(12, 12, (20, 110, 60))
    html = outlook_html(T19).replace("</div>\n</body>", '<p class="MsoNormal"><img width="48" height="48" src="cid:image001.png@01D70047.3A2B1C00"></p></div>\n</body>')
    rel = multi("related", [leaf("text/html", html, "UTF-8", "quoted-printable"),
                            leaf("image/png", logo, cte="base64", params=[("name", '"image001.png"')],
                                 disp='inline; filename="image001.png"',
                                 extra=[("Content-ID", "<image001.png@01D70047.3A2B1C00>")])],
                "_006_DB6PR07MB3190A0B1C2D3E4F5A6B7C8D9DB6PR07MB3190eurp_", params=[("type", '"text/html"')])
    altp = multi("alternative", [leaf("text/plain", T19, "UTF-8", "quoted-printable"), rel],
                 "_000_DB6PR07MB3190A0B1C2D3E4F5A6B7C8D9DB6PR07MB3190eurp_")
    body = multi("mixed", [altp, att(DOCX, docx, "MCDF GCM review_draft 10Feb.docx"),
                           att("application/pdf", cover, "Cover letter MCDF signed.pdf")],
                 "_007_DB6PR07MB3190A0B1C2D3E4F5A6B7C8D9DB6PR07MB3190eurp_")
    MID[19] = "<DB6PR07MB3190A0B1C2D3E4F5A6B7C8D9@DB6PR07MB3190.eurprd07.prod.outlook.example.com>"
    mail(19, when, 2, body, "Dana Al-Momani <d.almomani@mcdf-jo.example.org>",
         "MCDF Voluntary Review - Regional Review of the GCM (Arab region)", MID[19],
         "mail-db6eur07on2118.outbound.protection.outlook.example.com", "40.107.3.118", "4DbrVn1hYqz7",
         dict(category="voluntary_report", language="en", acknowledge=True, on_time=True,
              report_attachments=["MCDF GCM review_draft 10Feb.docx"],
              notes="three attachments: the report draft (DOCX), a signed cover letter (PDF, not part of the report) "
                    "and an inline logo; report title in quotes differs from the file name; announces a final PDF "
                    "to follow; founders, chairperson, ministries and donors named"),
         extra=[("Thread-Topic", "MCDF Voluntary Review - Regional Review of the GCM (Arab region)"),
                ("Thread-Index", "AdcAR7k1b2c3d4e5f6a7b8c9d0e1fA=="), ("X-MS-Has-Attach", "yes"),
                ("Content-Language", "en-GB")],
         ret="d.almomani@mcdf-jo.example.org")


T20 = """بسم الله الرحمن الرحيم

إلى السادة الكرام في أمانة الاستعراض الإقليمي للاتفاق العالمي للهجرة،

تحية طيبة وبعد، فإن الجمعية الموريتانية لدعم المهاجرين والعائدين، التي أسسها المرحوم الشيخ محمد الأمين ولد أحمدو سنة 2003 في مدينة روصو على ضفة نهر السنغال، تتشرف بأن تضع بين أيديكم تقريرها الطوعي الموسوم بـ"العبور والعودة: تجربة المجتمع المدني الموريتاني في تنفيذ الاتفاق العالمي للهجرة"، والذي أعدّته الجمعية بالتعاون مع رابطة العلماء الموريتانيين وشبكة منظمات المجتمع المدني في ولاية الترارزة، وبدعم من الوكالة الإسبانية للتعاون الدولي من أجل التنمية والمفوضية السامية للأمم المتحدة لشؤون اللاجئين. ونغتنم الفرصة لنشكر معالي وزير الداخلية واللامركزية، والسيد إدريسا جالو ممثل الشبكة، على ما قدموه من تسهيلات خلال العمل الميداني.

كما يسعدنا أن نقترح أن تتولى الأمينة العامة للجمعية، السيدة مريم منت أحمد، عرض خلاصات هذا التقرير في المائدة المستديرة الثانية إن أمكن ذلك، ونرجو المعذرة عن تأخرنا في إرسال هذا الطلب بسبب انقطاع الإنترنت في روصو الأسبوع الماضي.

وتقبلوا فائق التقدير والاحترام،

الشيخ ولد سيدي محمد
رئيس الجمعية الموريتانية لدعم المهاجرين والعائدين
"""


def m20():
    when = at("2021-02-12 16:20:55")
    pdf = make_pdf(["Association Mauritanienne d'Appui aux Migrants et aux Rapatries", "Transit et retour",
                    "Rapport volontaire - Pacte mondial sur les migrations", "Rosso, 2021"])
    inner = "".join("<p>%s</p>" % "<br>".join(esc(x) for x in p.split("\n")) for p in T20.split("\n\n"))
    html = html_wrap('<div dir="rtl" style="font-family:Tahoma">%s</div>' % inner, "rtl")
    body = multi("mixed", [alt(T20, html, "----=_Part_1184302_771205664.1613139655201", "base64"),
                           att("application/pdf", pdf, "تقرير الجمعية 2021.pdf", "b")],
                 "----=_Part_1184301_1520431897.1613139655201")
    mail(20, when, 0, body, addr("Cheikh Ould Sidi Mohamed", "amsmr.rosso@yahoo.example.fr"),
         hdr("تقرير طوعي وطلب مداخلة"), "<1184303.771205.1613139655201@mail.yahoo.example.com>",
         "sonic311-21.consmr.mail.ir2.yahoo.example.com", "77.238.176.140", "4DcdHv2tLmz3",
         dict(category="both", language="ar", acknowledge=True, on_time=False,
              speakers=[sp("مريم منت أحمد", "الأمينة العامة", "الجمعية الموريتانية لدعم المهاجرين والعائدين",
                           ["roundtable"], 2)],
              report_attachments=["تقرير الجمعية 2021.pdf"],
              notes="'both' sent on 12 Feb: report on time but the speaker part is after 5 Feb, so on_time false; "
                    "one very long first paragraph naming founder, partners, donors, a minister and a network "
                    "representative; speaker given as 'الأمينة العامة للجمعية، السيدة ...'; Arabic file name in "
                    "RFC 2047 encoded words; Yahoo mail from Mauritania (+0000)"),
         extra=[("X-Mailer", "WebService/1.1.17648 YMailNorrin")], ret="amsmr.rosso@yahoo.example.fr")


T21 = """Dear colleagues,

As promised in my email of 11 February (below), please find attached the final version of MCDF's voluntary review, "Hosting and Belonging", now including the executive summary and the annex on work permits. This version replaces the draft we sent earlier.

Kind regards,
Dana

Dana Al-Momani
Research and Advocacy Manager | MCDF
"""


def m21():
    when = at("2021-02-15 10:10:26")
    pdf = make_pdf(["Hosting and Belonging", "Host Communities, Refugees and Migrant Workers in Northern Jordan",
                    "A Voluntary GCM Review - FINAL", "Executive summary", "Annex: work permits"])
    orig = ("From: Dana Al-Momani <d.almomani@mcdf-jo.example.org>\nSent: Thursday, 11 February 2021 09:45\n"
            "To: gcmrrarabstates@iom.int\nSubject: MCDF Voluntary Review - Regional Review of the GCM (Arab region)\n\n"
            + T19)
    text = T21 + "\n-----Original Message-----\n" + orig
    body = multi("mixed", [alt(text, outlook_html(text), "_000_DB6PR07MB31905E4F3A2B1C0D9E8F7A6BDB6PR07MB3190eurp_"),
                           att("application/pdf", pdf, "MCDF_Hosting-and-Belonging_FINAL.pdf")],
                 "_004_DB6PR07MB31905E4F3A2B1C0D9E8F7A6BDB6PR07MB3190eurp_")
    mail(21, when, 2, body, "Dana Al-Momani <d.almomani@mcdf-jo.example.org>",
         "RE: MCDF Voluntary Review - Regional Review of the GCM (Arab region)",
         "<DB6PR07MB31905E4F3A2B1C0D9E8F7A6B@DB6PR07MB3190.eurprd07.prod.outlook.example.com>",
         "mail-db6eur07on2101.outbound.protection.outlook.example.com", "40.107.3.101", "4DfGx03WbNz8",
         dict(category="voluntary_report", language="en", acknowledge=True, on_time=True, thread_of="h120-19.eml",
              report_attachments=["MCDF_Hosting-and-Belonging_FINAL.pdf"],
              notes="final version replacing the draft of h120-19.eml; the quoted original still mentions the draft "
                    "DOCX and the cover letter, which are not attached here"),
         extra=[("Thread-Topic", "MCDF Voluntary Review - Regional Review of the GCM (Arab region)"),
                ("Thread-Index", "AdcAR7k1b2c3d4e5f6a7b8c9d0e1fAD3nQ1w"), ("X-MS-Has-Attach", "yes")],
         irt=MID[19], ret="d.almomani@mcdf-jo.example.org")


T22 = """السادة المحترمين،

تحية طيبة وبعد،

يسرّ جمعية قطر الخيرية للتضامن مع العمال المهاجرين، التي انبثقت عام 2015 عن مبادرة لعدد من المتطوعين بقيادة الأستاذ ناصر الكبيسي والدكتورة لولوة المري، وتعمل بالتنسيق مع الهلال الأحمر القطري وإدارة علاقات العمل بوزارة التنمية الإدارية والعمل والشؤون الاجتماعية، أن تتقدم إليكم بتقريرها الطوعي للاستعراض الإقليمي بعنوان "من الكفالة إلى العقد: قراءة في إصلاحات سوق العمل القطري 2018-2020".

يغطي التقرير الأهداف 6 و20 و22 من الاتفاق العالمي، ويستند إلى مقابلات مع 150 عاملاً وعاملة من نيبال والفلبين والهند وكينيا ومصر، وقد موّلت إعداده مؤسسة قطر للعمل الاجتماعي مشكورة. كما نتوجه بالشكر إلى السيد محمد عبيدلي من منظمة العمل الدولية على ملاحظاته القيّمة على المسودة.

نعتذر عن إرسال التقرير في ساعة متأخرة، ونأمل أن يكون في الموعد.

مع خالص التقدير،
فاطمة السادة
منسقة البرامج
"""


def m22():
    when = at("2021-02-16 23:58:20")
    pdf = make_pdf(["From Kafala to Contract", "Qatar labour market reforms 2018-2020",
                    "Voluntary GCM review - GCM objectives 6, 20 and 22"])
    body = multi("mixed", [leaf("text/plain", T22, "utf-8", "base64"),
                           att("application/pdf", pdf, "Report_QCS-MW_GCM_Feb2021.pdf")],
                 "Apple-Mail-5B2E9A71-4C3D-4E8F-9A0B-1C2D3E4F5A6B")
    mail(22, when, 3, body, addr("فاطمة السادة", "f.alsada@qcsmw.example.qa"),
         hdr("التقرير الطوعي - الاستعراض الإقليمي"), "<E2F4A6C8-1B3D-4F5E-8A9B-0C1D2E3F4A5B@qcsmw.example.qa>",
         "mail.qcsmw.example.qa", "89.211.17.5", "4DgWp52rSvz9",
         dict(category="voluntary_report", language="ar", acknowledge=True, on_time=True,
              report_attachments=["Report_QCS-MW_GCM_Feb2021.pdf"],
              notes="deadline edge: Date Wed 17 Feb 00:58 +0300 (Doha) but received 23:58:20 Beirut on 16 Feb: on "
                    "time despite apologising for lateness; report title in quotes in Arabic, file name in English; "
                    "founders, partners, funder and an ILO official named"),
         extra=[("X-Mailer", "iPhone Mail (18D52)")], ret="f.alsada@qcsmw.example.qa", sent_delta=9)


T23 = """Madame, Monsieur,

Veuillez trouver ci-joint le rapport d'examen volontaire de l'Association Tawassol pour la Migration et le Développement Solidaire (ATMDS), intitulé « Partir, revenir, investir : la diaspora de l'Oriental et le Pacte mondial (2018-2020) ».

Pour rappel, l'ATMDS a été créée à Nador en 2010 par des émigrés de retour de Belgique et des Pays-Bas, dont M. Mimoun Aharchi et Mme Fadma Boukili, et elle travaille avec l'Agence de l'Oriental, le Conseil de la communauté marocaine à l'étranger (CCME) et la Fondation Hassan II pour les Marocains résidant à l'étranger. Ce rapport a été réalisé grâce à l'appui de l'ENABEL et de la commune de Nador ; nous remercions particulièrement M. Jan Peeters pour son accompagnement.

Désolés pour l'envoi tardif, le fichier était trop lourd et a été refusé deux fois par notre serveur.

Cordialement,
Nordine Azzouzi
Coordinateur, ATMDS - Nador
"""


def m23():
    when = at("2021-02-17 00:04:45")
    pdf = make_pdf(["Partir, revenir, investir", "La diaspora de l'Oriental et le Pacte mondial (2018-2020)",
                    "ATMDS - Nador, version compressee"])
    body = multi("mixed", [leaf("text/plain", T23, "windows-1252", "quoted-printable"),
                           att("application/pdf", pdf, "Rapport ATMDS compressé.pdf", "2231")],
                 "------------8F3C2A1B7E6D5C4B3A291807")
    mail(23, when, 1, body, "Nordine Azzouzi <atmds.nador@menara.example.ma>",
         hdr("Rapport volontaire ATMDS (PMM)", "windows-1252", "Q"),
         "<6d2e8f10-4a5b-4c7d-9e3f-a1b2c3d4e5f6@menara.example.ma>",
         "smtp.menara.example.ma", "41.248.3.77", "4DgWw13kPnz2",
         dict(category="voluntary_report", language="fr", acknowledge=True, on_time=False,
              report_attachments=["Rapport ATMDS compressé.pdf"],
              notes="deadline edge: Date Tue 16 Feb 23:04 +0100 (Morocco) looks on time but received 00:04:45 "
                    "Beirut on 17 Feb: late; windows-1252 text; report title in guillemets, differently named "
                    "RFC 2231 attachment; founders, partner institutions and a donor official named"),
         extra=[("User-Agent", "Mozilla/5.0 (Windows NT 6.1; rv:78.0) Gecko/20100101 Thunderbird/78.7.1")],
         ret="atmds.nador@menara.example.ma", sent_delta=40)


T24 = """Good morning,

I hope this finds you well. Our organisation, the Egyptian Forum for Migrant Rights and Return (EFMRR), submitted its speaker nomination and report last week through our partner network. We would now be grateful for some practical information:

1. Will the consultation on 23 February and the conference be held fully online, and on which platform?
2. Is Arabic-English interpretation available in the roundtables?
3. Do participants need to register individually, and by when?

Our Executive Director, Dr. Magdy Fouad, and our board member Ms. Heba Youssef are both planning to attend as observers.

With thanks in advance,
Rania Mostafa
Programme Assistant, EFMRR
Cairo
"""


def m24():
    when = at("2021-02-18 09:30:12")
    body = alt(T24, gmail_html(T24), "000000000000e3a5f705bb8c2d71")
    mail(24, when, 2, body, "Rania Mostafa <rania.mostafa.efmrr@gmail.example.com>",
         "Practical questions - online format and interpretation",
         "<CANp4Rt9-Uv2Wx5Yz8Ab1Cd3Ef6Gh9Ij2Kl4Mn7Op0Qr3St@mail.gmail.example.com>",
         "mail-ot1-f45.google.example.com", "209.85.210.45", "4DhB2n6cVtz5",
         dict(category="other", language="en", acknowledge=True, on_time=None,
              notes="logistics questions; mentions a speaker nomination sent elsewhere and names two people who "
                    "will attend as observers - not a speaker request"),
         ret="rania.mostafa.efmrr@gmail.example.com")


def main():
    for n in range(1, 25):
        globals()["m%02d" % n]()
    if os.path.isdir(OUT):
        for n in os.listdir(OUT):
            os.remove(os.path.join(OUT, n))
    os.makedirs(OUT, exist_ok=True)
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
