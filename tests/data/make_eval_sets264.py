#!/usr/bin/env python3
"""Write the blind evaluation set holdout264 (24 raw .eml messages + labels.json).

Deterministic, standard library only:  python3 tests/data/make_eval_sets264.py
Theme: hedged and indirect language (25 January - 18 February 2021).  Tentative, conditional and very polite
requests and refusals where the category turns on one sentence: a Beirut domestic workers' league asking in
Levantine Arabic whether it may propose a volunteer (without naming her) and naming her a week later in a reply to
the secretariat's answer (then thanking us), a Gulf forum 'honoured should there be room' for its Executive
Director, a Sfax association that 'had hoped to propose' its president but will not, a Manama research centre's
MSA letter proposing its head of research 'if the programme allows' (his bilingual out-of-office follows), an Oran
association proposing an advocacy officer while asking whether slides are needed, a Beirut university offering
volunteer note-takers for the rapporteurs, a coalition coordinator putting herself forward as rapporteur 'if you
are still looking', a Moroccan association whose director 'might be available' (please do not list her yet) and
who confirms her three days later, an Amman research centre leaving it to us whether its researcher speaks in the
plenary or in Roundtable 1 (with its report), an Egyptian foundation proposing its programme director only if the
conference is online, a seafarers' network writing from Dubai at 23:47 on the speaker deadline 'if it is not too
late', a Kuwaiti volunteer association writing in Gulf dialect the day after the deadline, a Moroccan network
'leaving to our judgement' whether it should speak (no name), a Doha network that 'will not be able to send a
speaker this time but here is our report' (the Cc'd address bounces), a Baghdad organisation's modest report
whose president missed the speaker deadline, a Tunisian association whose report carries a late conditional
speaker offer 'si jamais une place venait à se libérer', a Beirut collective's report at 23:56 on the report
deadline (its president's out-of-office follows) and a Khartoum initiative's report the morning after, 'if it is
not too late'.  Helpers from mailgen.py.
"""
import datetime as dt

from mailgen import (EvalSet, DOCX, POSTFIX_NOTICE, addr, alt, at, attach, dsn_report, esc, flowed, gmail_html, hdr,
                     leaf, make_docx, mk, multi, re_hdr, rep_pdf, rfcdate, sent_at, sp, std_rows, top)
from mailgen import outlook_html, outlook_rows as outlook, exchange_ooo_rows
from mailgen import quote_block as gt, ack_id as ack_mid, logo

SET = EvalSet(264)
add = SET.add
H = "h264-%02d.eml"

IPHONE = "iPhone Mail (18D52)"
TB = "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:78.0) Gecko/20100101 Thunderbird/78.7.0"
TB_LINUX = "Mozilla/5.0 (X11; Linux x86_64; rv:78.0) Gecko/20100101 Thunderbird/78.7.1"
APPLE = "Apple Mail (2.3654.60.0.2.21)"
MAC_OUTLOOK = "Microsoft-MacOutlook/16.45.21011103"
YAHOO = "WebService/1.1.17648 YMailNorrin"


def apple_html(text):
    inner = "".join("<div>%s</div>" % (esc(x) if x else '<br class="">') for x in text.rstrip("\n").split("\n"))
    return ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body '
            'style="word-wrap: break-word; -webkit-nbsp-mode: space; line-break: after-white-space;" class="">'
            '%s</body></html>\n' % inner)


def android_html(text):
    inner = "<br>".join(esc(x) for x in text.rstrip("\n").split("\n"))
    return ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body>'
            '<div dir="auto">%s</div></body></html>\n' % inner)


def yahoo_html(text, rtl=False):
    d = "rtl" if rtl else "ltr"
    lines = "".join('<div dir="%s" data-setdir="false">%s</div>' % (d, esc(x) if x else "<br>")
                    for x in text.rstrip("\n").split("\n"))
    return ('<html><head></head><body><div class="ydp5c21e9a0yahoo-style-wrap" style="font-family:Helvetica Neue, '
            'Helvetica, Arial, sans-serif;font-size:13px;">%s</div></body></html>\n' % lines)


def mac_outlook_html(text):
    inner = "".join('<div><span style="font-size:11pt">%s</span></div>' % (esc(x) if x else "&nbsp;")
                    for x in text.rstrip("\n").split("\n"))
    return ('<html xmlns:o="urn:schemas-microsoft-com:office:office"><head><meta http-equiv="Content-Type" '
            'content="text/html; charset=utf-8"><meta name="Generator" content="Microsoft Word 15 (filtered '
            'medium)"></head><body lang="FR" link="#0563C1"><div class="WordSection1">%s</div></body></html>\n'
            % inner)


def ack_text(lang, subject, what):
    """The acknowledgement the service sent, as the senders quote it."""
    if lang == "ar":
        return ("حضرات السادة المحترمين،\n\nتؤكد أمانة الاستعراض الإقليمي للاتفاق العالمي من أجل الهجرة الآمنة "
                "والمنظمة والنظامية في المنطقة العربية استلام رسالتكم «%s» و%s، وستتواصل معكم الأمانة لاحقاً "
                "بشأن البرنامج.\n\nالاستعراض الإقليمي للاتفاق العالمي للهجرة - المنطقة العربية" % (subject, what))
    if lang == "fr":
        return ("Madame, Monsieur,\n\nLe secrétariat de l'Examen régional du Pacte mondial sur les migrations dans la "
                "région arabe accuse réception de votre message « %s » et de %s. Le secrétariat reviendra vers vous "
                "au sujet du programme.\n\nExamen régional du PMM - États arabes" % (subject, what))
    return ("Dear colleague,\n\nThe secretariat of the Regional Review of the Global Compact for Migration in the Arab "
            "region acknowledges receipt of your message \"%s\" and of %s. The secretariat will come back to you "
            "about the programme.\n\nGCM Regional Review - Arab States" % (subject, what))


# ================================================================ 01  AR  other  Beirut league asks (Levantine) whether it may propose a volunteer
M01_ID = "<CAJx7Nq2Vr8tK4mW+b1Lz6Hc3sP9dFy5gE0@mail.gmail.example.com>"
M01_SUBJ = "سؤال قبل ما نرشّح حدا للمؤتمر"
M01_QID = "4DKy3Rb7NwZ1"
M01_TEXT = """مرحبا،

نحنا "رابطة سند للعاملات في الخدمة المنزلية"، رابطة صغيرة ببيروت بتشتغل مع عاملات من إثيوبيا وسريلانكا والفيليبين وكينيا من سنة 2017. وصلتنا رسالة الدعوة عن طريق شبكة صديقة وقرأناها أكتر من مرة.

عنّا سؤال قبل ما نعمل أي خطوة: هل منقدر نقترح عاملة منزلية متطوّعة معنا، يعني مش موظفة بالرابطة، لتحكي عن تجربتها؟ وإذا حكت بالأمهرية، بيكون في ترجمة، ولا لازم تحكي بالعربي أو الإنكليزي؟

ما بدنا نحطّ اسمها بأي مراسلة قبل ما نتأكد إنو هيدا مقبول، لأنو وضعها القانوني حسّاس شوي وما بدنا نعرّضها لشي.

وإذا الجواب لأ، ولا يهمكن، منكون من الحضور ومنتابع من بعيد.

شكراً كتير سلفاً، وبعتذر إذا السؤال بسيط.

ريتا أبو جودة
منسّقة - رابطة سند للعاملات في الخدمة المنزلية
بيروت، لبنان
"""


def m01():
    when = at("2021-01-25 11:32:18")
    body = alt(M01_TEXT, "000000000000a4c71e05b9b95d02", html=gmail_html(M01_TEXT, rtl=True), b64=True)
    m = mk(when, sent_at(when, 2, 7), "mail-ej1-f53.google.example.com", "192.0.2.53", M01_QID,
           addr("Rita Abou Jaoude", "sanad.league.beirut@gmail.example.com"), hdr(M01_SUBJ), M01_ID, body)
    add(1, when, m, dict(category="other", language="ar", acknowledge=True, on_time=None,
        notes="Levantine Arabic question whether the league may propose a migrant domestic worker who volunteers "
              "with it (not staff) and whether Amharic would be interpreted; it explicitly withholds her name until "
              "it knows ('ما بدنا نحطّ اسمها ... قبل ما نتأكد'): asking whether they may propose, not proposing. "
              "'منكون من الحضور' is only the fallback. Gmail, base64, Latin From name. The nomination follows as a "
              "reply to the secretariat's answer (h264-10)."))


# ================================================================ 02  EN  speaker  Gulf forum 'honoured should there be room' for its Executive Director
def m02():
    when = at("2021-01-26 09:05:44")
    subj = "GLMF - possible floor intervention, Regional Review of the GCM"
    text = """Dear colleagues,

Thank you very much for the kind invitation to the Regional Review of the Global Compact for Migration in the Arab region, which our Executive Director received with great interest.

We are conscious that the programme is likely to be very full and that many organisations will wish to contribute. With that in mind, we would be honoured should there be room for our Executive Director, Dr Hana Mirza, to share a few brief remarks from the floor during the plenary session on 24 February. Should the plenary already be fully subscribed, she would equally be glad to contribute in whichever thematic roundtable the organisers consider most appropriate.

The Gulf Labour Mobility Forum (GLMF) brings together employers, recruitment agencies that have signed our fair-recruitment pledge and migrant community associations in four GCC countries. Dr Mirza would speak to what we have learned about zero-fee recruitment since the pledge was launched in 2018.

Please do not hesitate to let me know if any further information would be helpful.

With kind regards,

Rami Khalaf
Programme Officer
Gulf Labour Mobility Forum (GLMF)
Dubai, United Arab Emirates
T +971 4 000 0000 | www.glmf.example.ae

This e-mail and any attachments are confidential and intended solely for the addressee. If you have received it in error, please notify the sender and delete it. GLMF accepts no liability for any damage caused by viruses transmitted by this e-mail.
"""
    cid = "image001.png@01D6F3B8.4E1A7C20"
    rel = multi("related", [leaf("text/html", outlook_html(text, lang="EN-GB", img_cid=cid)),
                            logo(cid, (0, 82, 147))], "_004_DB9PR06MB7322C4A1E5B9F031_",
                params=[("type", '"text/html"')])
    body = multi("alternative", [leaf("text/plain", text), rel], "_000_DB9PR06MB7322C4A1E5B9F031_")
    m = mk(when, sent_at(when, 4, 9), "mail-db9eur06on0611.outbound.protection.outlook.example.com",
           "198.51.100.111", "4DLb6Hq2RxZ8", "Rami Khalaf <r.khalaf@glmf.example.ae>", subj,
           "<DB9PR06MB7322C4A1E5B9F031@DB9PR06MB7322.eurprd06.prod.outlook.example.com>", body,
           extra=outlook(subj, "AdbzyT4Qm8Lp2Wx6Rt0Ke3Vb7Nc1Hs==", lang="en-GB"))
    add(2, when, m, dict(category="speaker_request", language="en", acknowledge=True, on_time=True, speakers=[
        sp("Hana Mirza", "Executive Director", "Gulf Labour Mobility Forum (GLMF)", ["plenary", "roundtable"])],
        notes="the request is one deferential sentence ('we would be honoured should there be room for our Executive "
              "Director, Dr Hana Mirza, to share a few brief remarks from the floor during the plenary session'): a "
              "proposal, not a question. 'Dr' dropped. The fallback 'in whichever thematic roundtable the organisers "
              "consider most appropriate' adds the roundtable role without a number (roundtable null). The signer "
              "(Programme Officer) is not the speaker; '2018' and 'four GCC countries' are not data. Outlook with "
              "logo and a confidentiality disclaimer; Date in UTC+4."))


# ================================================================ 03  FR  other  Sfax association 'had hoped to propose' its president, but will not
def m03():
    when = at("2021-01-27 16:48:02")
    subj = "Examen régional PMM – notre participation"
    text = """Madame, Monsieur,

Nous vous remercions pour l'invitation à l'examen régional du Pacte mondial sur les migrations, que notre association a reçue par l'intermédiaire du Forum tunisien des associations de Sfax.

Nous aurions vivement souhaité proposer notre présidente, Mme Souad Jaziri, pour une intervention à la table ronde 2, car elle suit depuis plus de dix ans la situation des travailleurs subsahariens dans le secteur agricole de la région. Malheureusement, son état de santé ne le lui permettra pas en février, et aucun autre membre du bureau ne sera disponible à ces dates. Nous ne proposerons donc personne cette fois-ci, et nous le regrettons.

En revanche, nous comptons bien vous faire parvenir notre rapport volontaire avant la date limite du 16 février. Pourriez-vous simplement nous confirmer qu'il peut être rédigé en français, et s'il existe un nombre de pages à ne pas dépasser ?

Avec nos remerciements et nos salutations distinguées,

Hatem Karoui
Secrétaire général
Association Sfax Solidarité Migrants (ASSM)
Route de Tunis km 4, Sfax – Tunisie
"""
    tp = leaf("text/plain", flowed(text), "utf-8", "8bit", params=[("format", "flowed"), ("delsp", "no")])
    m = mk(when, sent_at(when, 1, 6), "mail.assm-sfax.example.tn", "203.0.113.41", "4DMd2Xk5PqZ0",
           "Hatem Karoui <h.karoui@assm-sfax.example.tn>", hdr(subj, enc="Q"),
           "<7c2e9a41-5b80-4d3f-a6e1-08f4c2b9d735@assm-sfax.example.tn>", tp,
           extra=[("User-Agent", TB), ("Content-Language", "fr")])
    add(3, when, m, dict(category="other", language="fr", acknowledge=True, on_time=None,
        notes="a polite refusal turning on one sentence: 'Nous aurions vivement souhaité proposer notre présidente, "
              "Mme Souad Jaziri, pour une intervention à la table ronde 2' looks like a proposal (name, role, "
              "roundtable) but the next sentences withdraw it ('Nous ne proposerons donc personne cette fois-ci'). "
              "The report is only announced ('nous comptons bien vous faire parvenir'), and the mail asks two "
              "questions (French? page limit?): other, no speakers. Thunderbird, 8bit format=flowed, Date UTC+1."))


# ================================================================ 04  AR  speaker  Manama research centre: MSA letter, conditional proposal
M04_ID = "<AM6PR03MB4471E2B8C9A5D067@AM6PR03MB4471.eurprd03.prod.outlook.example.com>"
M04_SUBJ = "مقترح مشاركة مركز المنامة في الاستعراض الإقليمي للاتفاق العالمي للهجرة"
M04_QID = "4DMw8Lc1TzZ3"


def m04():
    when = at("2021-01-28 10:21:37")
    text = """بسم الله الرحمن الرحيم

حضرات السادة في أمانة الاستعراض الإقليمي للاتفاق العالمي من أجل الهجرة الآمنة والمنظمة والنظامية في المنطقة العربية المحترمين،

تحية طيبة وبعد،

فقد تلقّى مركز المنامة لدراسات العمل والهجرة ببالغ التقدير دعوتكم الكريمة للمشاركة في أعمال الاستعراض الإقليمي، ويسعدنا أن نكون جزءاً من هذا الحوار.

وإنه ليشرّفنا، إن رأيتم ذلك مناسباً وكان في برنامج المؤتمر متّسع، أن نقترح اسم الدكتور عيسى يوسف المرزوقي، رئيس قسم البحوث والدراسات في المركز، ليتاح له إلقاء مداخلة قصيرة ضمن المائدة المستديرة المواضيعية الثانية، يعرض فيها أبرز نتائج دراستنا الميدانية حول انتقال العمال المهاجرين بين أصحاب العمل في دول الخليج. وإن تعذّر ذلك، فلا نرى بأساً في أن تكون مداخلته في الجلسة العامة، وفق ما ترونه أنسب.

والدكتور المرزوقي في نسخة هذه الرسالة، ويسعده تزويدكم بأي معلومات إضافية.

وتفضلوا بقبول فائق الاحترام والتقدير،

أ. د. خالد إبراهيم الشيراوي
المدير العام
مركز المنامة لدراسات العمل والهجرة
المنامة - مملكة البحرين
هاتف: 00973 1700 0000
"""
    cid = "image001.png@01D6F571.8B2C4D10"
    rel = multi("related", [leaf("text/html", outlook_html(text, lang="AR-BH", img_cid=cid, rtl=True), cte="base64"),
                            logo(cid, (120, 30, 40))], "_004_AM6PR03MB4471E2B8C9A5D067_",
                params=[("type", '"text/html"')])
    body = multi("alternative", [leaf("text/plain", text, cte="base64"), rel], "_000_AM6PR03MB4471E2B8C9A5D067_")
    m = mk(when, sent_at(when, 3, 8), "mail-am6eur03on0627.outbound.protection.outlook.example.com",
           "198.51.100.127", M04_QID, addr("Khalid Al-Shirawi", "dg@mclms.example.bh"), hdr(M04_SUBJ), M04_ID, body,
           cc=addr("Eisa Al-Marzooqi", "e.almarzooqi@mclms.example.bh"),
           extra=outlook(hdr(M04_SUBJ), "AdbzzL7Pq3Wm5Rt9Yx1Ke4Nb8Vc2Hs==", lang="ar-BH"))
    add(4, when, m, dict(category="speaker_request", language="ar", acknowledge=True, on_time=True, speakers=[
        sp("عيسى يوسف المرزوقي", "رئيس قسم البحوث والدراسات", "مركز المنامة لدراسات العمل والهجرة",
           ["roundtable", "plenary"], 2)],
        notes="formal MSA letter whose proposal is wrapped in two conditions ('إن رأيتم ذلك مناسباً وكان في برنامج "
              "المؤتمر متّسع' and 'وإن تعذّر ذلك ... في الجلسة العامة'): still a speaker request, first choice "
              "roundtable 2 (ordinal word 'الثانية'), the plenary as a fallback role. 'الدكتور' dropped; the title "
              "'رئيس قسم البحوث والدراسات' without 'في المركز'. The signer (المدير العام, 'أ. د.') is not the "
              "speaker. Outlook rtl with logo, base64; Latin From and Cc names; Date UTC+3. The speaker is in Cc "
              "and his out-of-office answers our acknowledgement (h264-05)."))


# ================================================================ 05  AR  auto_reply  bilingual out-of-office of 04's speaker
def m05():
    when = at("2021-01-28 10:22:15")
    ack = ack_mid(M04_QID)
    text = """شكراً على رسالتكم. أنا خارج المكتب في مهمة ميدانية حتى الأحد 7 فبراير 2021، مع إمكانية محدودة للاطلاع على البريد الإلكتروني. للأمور العاجلة يرجى التواصل مع السيدة نوف الحايكي، باحثة أولى (n.alhaiki@mclms.example.bh).

Thank you for your message. I am out of the office on field work until Sunday 7 February 2021, with limited access to e-mail. For urgent matters please contact Ms Noof Al-Haiki, Senior Researcher (n.alhaiki@mclms.example.bh).

د. عيسى يوسف المرزوقي | Dr. Eisa Y. Al-Marzooqi
رئيس قسم البحوث والدراسات | Head of Research and Studies
مركز المنامة لدراسات العمل والهجرة | Manama Centre for Labour and Migration Studies
"""
    body = alt(text, "_000_AM6PR03MB4471OOF9D2E4A1_", html=outlook_html(text, lang="AR-BH", rtl=True), b64=True)
    rows = exchange_ooo_rows(when, "mail-am6eur03on0627.outbound.protection.outlook.example.com", "198.51.100.127",
                             "4DMw9Fd3KvZ6", addr("Eisa Al-Marzooqi", "e.almarzooqi@mclms.example.bh"),
                             "<AM6PR03MB4471B7F3C1E8A294@AM6PR03MB4471.eurprd03.prod.outlook.example.com>",
                             M04_SUBJ, M04_ID, ack, "ar-BH", (3, 3))
    fix = {"Subject": hdr("رد تلقائي: تأكيد استلام - " + M04_SUBJ), "Thread-Topic": hdr("تأكيد استلام - " + M04_SUBJ)}
    rows = [(k, fix.get(k, v)) for k, v in rows]
    add(5, when, top(body, rows), dict(category="auto_reply", language="ar", acknowledge=False, on_time=None,
        notes="Arabic/English Exchange out-of-office of the speaker proposed in h264-04 (in Cc), 38 seconds after our "
              "acknowledgement ('Automatic reply:' subject, Auto-Submitted, References name h264-04): it is signed "
              "with his name, title and centre in both languages and names a colleague with her title, so it looks "
              "like a proposal. Never acknowledge; thread_of null as for dev auto-replies."))


# ================================================================ 06  FR  speaker  Oran association proposes while asking questions
def m06():
    when = at("2021-01-29 14:10:51")
    subj = "Question – intervention à la table ronde 4 ?"
    text = """Bonjour,

Je me permets de vous écrire au nom de l'Association Wafa pour l'Accompagnement des Migrants (AWAM), à Oran, qui accompagne depuis 2015 des migrants subsahariens et des familles de harraga disparus en mer.

Serait-il envisageable que M. Karim Zeroual, notre chargé de plaidoyer, intervienne lors de la quatrième table ronde ? Il a coordonné l'an dernier notre travail de documentation des disparitions en Méditerranée occidentale et pourrait en présenter les principaux enseignements.

Le cas échéant, j'aurais deux petites questions :
- faudrait-il prévoir un support visuel (PowerPoint), ou s'agit-il d'interventions orales uniquement ?
- les tables rondes se tiendront-elles en présentiel à Beyrouth, en ligne, ou sous une forme hybride ?

Je vous remercie par avance de votre réponse et vous prie d'agréer mes salutations les meilleures.

Fatiha Mekki
Présidente
AWAM – Association Wafa pour l'Accompagnement des Migrants
Oran, Algérie
"""
    body = alt(text, "000000000000e82b4c05ba0f71d9", html=gmail_html(text))
    m = mk(when, sent_at(when, 1, 5), "mail-wr1-f44.google.example.com", "192.0.2.44", "4DNg5Vb8HtZ2",
           addr("AWAM Oran", "awam.oran@gmail.example.com"), hdr(subj, enc="Q"),
           "<CAGm4Tz8Kx2qN7vR+e5Wb1Pc9sD3fHy6jL0@mail.gmail.example.com>", body)
    add(6, when, m, dict(category="speaker_request", language="fr", acknowledge=True, on_time=True, speakers=[
        sp("Karim Zeroual", "chargé de plaidoyer", "Association Wafa pour l'Accompagnement des Migrants (AWAM)",
           ["roundtable"], 4)],
        notes="a proposal phrased as a question in the conditional ('Serait-il envisageable que M. Karim Zeroual, "
              "notre chargé de plaidoyer, intervienne lors de la quatrième table ronde ?') followed by logistics "
              "questions (slides? in person or online?) and a question-mark subject: still a speaker request. "
              "'M.' dropped; roundtable as an ordinal word ('quatrième'); the affiliation's fullest form is the "
              "body's, with the acronym from the signature. The signer (Présidente) is not the speaker; the From "
              "name is the association's. Gmail, Date UTC+1."))


# ================================================================ 07  EN  other  university offers volunteer note-takers for the rapporteurs
def m07():
    when = at("2021-01-31 19:27:33")
    subj = "An offer of help - student note-takers and interpreters"
    text = """Dear colleagues,

I hope you will forgive an unsolicited message. A colleague at IOM Beirut mentioned that the regional review of the Global Compact will bring together a great many stakeholders, in three languages, over three days, and it occurred to me that we might be of some small use.

I coordinate the MA in Conference Interpreting at Cedar Hills University. Our second-year students (eleven this year, working between Arabic, English and French) need supervised practice hours, and several of them have asked whether they could volunteer at a real multilateral event. Should it be of any help, they could:

- take notes in each of the four thematic roundtables, to support the rapporteurs in preparing the key messages;
- provide informal whispered or chat interpretation for participants who are more comfortable in French or Arabic;
- help with the Zoom rooms on the day (admitting participants, managing the chat).

We would of course leave it entirely to you whether any of this is useful; I quite understand that you may already have everything in hand, and there would be no cost to the secretariat. I would simply ask to be allowed to follow the sessions myself as an observer, to supervise the students.

With warm regards,

Rima Nassar
Associate Professor of Translation Studies
Coordinator, MA in Conference Interpreting
Department of Languages and Translation
Cedar Hills University, Beirut
"""
    body = multi("alternative", [leaf("text/plain", text), leaf("text/html", apple_html(text))],
                 "Apple-Mail=_5B0E9C27-4A1D-48F3-9E62-C7D1A8305F4B")
    m = mk(when, sent_at(when, 2, 6), "smtp.chu-example.edu.lb", "203.0.113.121", "4DPa7Jn4WcZ9",
           "Rima Nassar <rnassar@chu-example.edu.lb>", subj,
           "<0F3A8C52-9E17-4B6D-A2C4-5D81E7B9F063@chu-example.edu.lb>", body, extra=[("X-Mailer", APPLE)])
    add(7, when, m, dict(category="other", language="en", acknowledge=True, on_time=None,
        notes="an offer of help, not of a speaker: volunteer student note-takers 'to support the rapporteurs', "
              "interpretation and Zoom hosting, 'leave it entirely to you whether any of this is useful'; the only "
              "request is to follow the sessions as an observer. Keyword decoys: rapporteurs, key messages, four "
              "thematic roundtables, a full signature with a title. Apple Mail, Beirut."))


# ================================================================ 08  EN  speaker  coalition coordinator puts herself forward as rapporteur
def m08():
    when = at("2021-02-01 08:55:06")
    subj = "Rapporteur for the stakeholders' key messages?"
    text = """Dear Secretariat,

I hesitate to write this, as you may well have someone in mind already, and please feel free to say so.

But if you are still looking for a rapporteur to deliver the stakeholders' key messages at the end of the consultation, I would be glad to put myself forward. Over the past two months I have facilitated the online preparatory meetings of our coalition's 34 member organisations in nine Arab countries, so I have heard most of the messages that will come up, and I am used to summarising positions I don't always share. I work comfortably in Arabic and English and can follow French.

If the role is already taken, no problem at all - I will be there in any case, and happy to help in any other way.

Best wishes,
Nadine

-- 
Nadine Sfeir
Regional Coordinator
Migrant Rights Coalition - MENA (MRC-MENA)
Amman, Jordan
Skype: nadine.sfeir.mrc
"""
    tp = leaf("text/plain", flowed(text), "utf-8", "8bit", params=[("format", "flowed"), ("delsp", "no")])
    m = mk(when, sent_at(when, 2, 4), "mail.mrc-mena.example.org", "203.0.113.64", "4DPq1Mz6RbZ5",
           "Nadine Sfeir <n.sfeir@mrc-mena.example.org>", subj,
           "<3e71c9b2-84a6-4f0d-b25e-9a8d1f6c4e07@mrc-mena.example.org>", tp,
           extra=[("User-Agent", TB_LINUX), ("Content-Language", "en-GB")])
    add(8, when, m, dict(category="speaker_request", language="en", acknowledge=True, on_time=True, speakers=[
        sp("Nadine Sfeir", "Regional Coordinator", "Migrant Rights Coalition - MENA (MRC-MENA)", ["rapporteur"])],
        notes="a self-nomination as rapporteur hedged on every side ('I hesitate to write this', 'if you are still "
              "looking', 'If the role is already taken, no problem'): 'I would be glad to put myself forward' is the "
              "request. Name, title and coalition only in the signature after '-- '; signed 'Nadine'; the subject "
              "is a question. '34 member organisations', 'nine Arab countries' are not data. Thunderbird, 8bit "
              "format=flowed. Contrast with h264-07 (an offer of help that is not a speaking role)."))


# ================================================================ 09  FR  other  Moroccan association: the director 'might be available', do not list her yet
M09_ID = "<PR2P264MB0483D7A1B5E29C46@PR2P264MB0483.FRAP264.PROD.OUTLOOK.example.com>"
M09_SUBJ = "AMPM – disponibilité éventuelle de notre directrice"
M09_QID = "4DQb4Kw9XsZ7"
M09_TEXT = """Madame, Monsieur,

Je vous remercie de l'invitation adressée à l'Association Marocaine Passerelles Migrations (AMPM) pour l'examen régional du Pacte mondial.

Notre directrice, Mme Sonia Belkacem, pourrait être disponible le 24 février pour une courte intervention en plénière, mais elle attend encore la confirmation d'une mission à Bruxelles prévue à la même période. Je me permettrai de revenir vers vous dès que son agenda sera fixé ; d'ici là, nous vous serions reconnaissants de ne pas encore l'inscrire.

Pourriez-vous me dire si une confirmation le vendredi 5 février suffirait, ou s'il vaut mieux vous écrire plus tôt ?

Bien cordialement,

Hicham Ouali
Chargé de communication
Association Marocaine Passerelles Migrations (AMPM)
Rabat – Maroc
"""


def m09():
    when = at("2021-02-02 12:40:19")
    body = alt(M09_TEXT, "_000_PR2P264MB0483D7A1B5E29C46_", html=outlook_html(M09_TEXT, lang="FR"))
    m = mk(when, sent_at(when, 1, 7), "mail-pr2fra01on0618.outbound.protection.outlook.example.com",
           "198.51.100.118", M09_QID, "Hicham Ouali <h.ouali@ampm.example.ma>", hdr(M09_SUBJ, enc="Q"), M09_ID, body,
           extra=outlook(hdr(M09_SUBJ, enc="Q"), "AQHW+ZxK3m7Pq9Rt1Vb5Nc8Lw2Ys4Hg==", lang="fr-FR"))
    add(9, when, m, dict(category="other", language="fr", acknowledge=True, on_time=None,
        notes="a tentative announcement, not a request: the director 'pourrait être disponible' for the plenary, "
              "but 'nous vous serions reconnaissants de ne pas encore l'inscrire' and the sender will come back; the "
              "mail asks whether a confirmation on 5 February is soon enough. Name, title and role are all present, "
              "which makes it look like a proposal. The confirmation follows as a reply to our acknowledgement "
              "(h264-14). Outlook, Date UTC+1."))


# ================================================================ 10  AR  speaker  the league of 01 names its volunteer in a reply to our answer
M10_ID = "<CAJx7Nq5Wk3pT8vB+d2Mz9Hc6sR1fGy4hE7@mail.gmail.example.com>"
M10_SUBJ = "Re: " + M01_SUBJ
M10_QID = "4DRc6Tp1LmZ4"
M10_TEXT = """مرحبا مرة تانية،

شكراً كتير على الجواب الواضح، ريّحتونا. بما إنو الترشيح مفتوح لأي حدا من الجهة، حتى لو متطوّعة، وبما إنو رح يكون في ترجمة من الأمهرية بالمائدة المستديرة إذا خبّرناكن من قبل، منحب نقترح:

الاسم: ميسيريت تاديسي
الصفة: متطوّعة ومنسّقة مجموعة الدعم بين الأقران
الجهة: رابطة سند للعاملات في الخدمة المنزلية

ميسيريت بلبنان من 11 سنة، واشتغلت عند أربع عائلات، وهلق بتنسّق مجموعة دعم فيها شي 60 عاملة. حابّة تحكي بالمائدة المستديرة التالتة إذا في مجال، وإذا ما في مجال فيها، أي مائدة بتناسبكن.

وللأمانة: هي بتفضّل ما ينذكر اسم الكفيل الحالي ولا عنوانها بأي وثيقة.

شكراً إلكن،
ريتا
"""


def m10():
    when = at("2021-02-03 17:03:48")
    ans_id = ack_mid(M01_QID)
    answer = """السيدة ريتا أبو جودة المحترمة،

شكراً لرسالتكم. يمكن لأي جهة معنية أن تقترح متحدثاً أو متحدثة، سواء كان من موظفيها أو من أعضائها أو المتطوعين معها، مع ذكر الاسم والصفة والجهة قبل يوم الجمعة 5 شباط/فبراير 2021. ويمكن توفير الترجمة من الأمهرية في المائدة المستديرة إذا أُبلغت الأمانة بذلك مسبقاً.

الاستعراض الإقليمي للاتفاق العالمي للهجرة - المنطقة العربية"""
    text = M10_TEXT + """
في الثلاثاء، 26 يناير 2021 في 10:15 ص، كتب GCM Regional Review Arab States <gcmrrarabstates@iom.int>:

""" + gt(answer) + "\n>\n> في الاثنين، 25 يناير 2021 في 11:32 ص، كتب Rita Abou Jaoude <sanad.league.beirut@gmail.example.com>:\n" + \
        "\n".join("> " + x if x else ">" for x in gt(M01_TEXT).split("\n")) + "\n"
    body = alt(text, "000000000000c63d8f05ba7a9e41", html=gmail_html(text, rtl=True), b64=True)
    m = mk(when, sent_at(when, 2, 6), "mail-ej1-f53.google.example.com", "192.0.2.53", M10_QID,
           addr("Rita Abou Jaoude", "sanad.league.beirut@gmail.example.com"), re_hdr("Re: ", M01_SUBJ), M10_ID,
           body, extra=[("In-Reply-To", ans_id), ("References", M01_ID + " " + ans_id)])
    add(10, when, m, dict(category="speaker_request", language="ar", acknowledge=True, on_time=True,
        thread_of=H % 1, speakers=[
            sp("ميسيريت تاديسي", "متطوّعة ومنسّقة مجموعة الدعم بين الأقران", "رابطة سند للعاملات في الخدمة المنزلية",
               ["roundtable"], 3)],
        notes="the nomination withheld in h264-01, sent in Levantine Arabic as a Gmail reply to the secretariat's "
              "answer (References name h264-01): labelled lines for name, title and body, then a hedged role ('حابّة "
              "تحكي بالمائدة المستديرة التالتة إذا في مجال', dialect spelling of الثالثة, then 'أي مائدة'). thread_of "
              "points to the question that opened the exchange. The quoted answer repeats 'الاسم والصفة والجهة' and "
              "the deadline; '11 سنة', 'أربع عائلات', '60 عاملة' are not data. Thanked in h264-11."))


# ================================================================ 11  AR  other  thank-you to our acknowledgement of 10
def m11():
    when = at("2021-02-03 18:26:40")
    ack = ack_mid(M10_QID)
    quoted = ack_text("ar", M10_SUBJ, "طلب المشاركة بمداخلة")
    text = """ألف شكر، وصلنا التأكيد 🙏 خبّرنا ميسيريت وهي كتير مبسوطة، حتى لو ما طلع في مجال بالآخر.

ريتا

Sent from my iPhone

> في 3 شباط 2021، الساعة 5:04 م، كتب GCM Regional Review Arab States <gcmrrarabstates@iom.int>:
>
""" + gt(quoted) + "\n"
    body = leaf("text/plain", text, "utf-8", "base64")
    m = mk(when, sent_at(when, 2, 5), "mail-qt1-f171.google.example.com", "192.0.2.171", "4DRc9Wv2NkZ0",
           addr("Rita Abou Jaoude", "sanad.league.beirut@gmail.example.com"),
           re_hdr("Re: ", "تأكيد استلام - " + M10_SUBJ),
           "<5D1E8B47-2C96-4F3A-B7E0-8A4C1F2D9E63@gmail.example.com>", body,
           extra=[("In-Reply-To", ack), ("References", M01_ID + " " + M10_ID + " " + ack), ("X-Mailer", IPHONE)])
    add(11, when, m, dict(category="other", language="ar", acknowledge=False, on_time=None, thread_of=H % 1,
        notes="Levantine thank-you from an iPhone answering our acknowledgement of h264-10: adds nothing new, so no "
              "acknowledgement; the hedge 'حتى لو ما طلع في مجال بالآخر' is not a withdrawal. thread_of is the first "
              "message of the chain (h264-01). Emoji, English 'Sent from my iPhone', text/plain base64; the quoted "
              "acknowledgement repeats 'طلب المشاركة بمداخلة'."))


# ================================================================ 12  EN  both  Amman research centre: report, and 'we leave it to you whether...'
M12_FILE = "HCLMS_Voluntary_GCM_Review_Report_2021.pdf"


def m12():
    when = at("2021-02-04 10:12:27")
    subj = "Voluntary GCM review report - Hikma Centre for Labour and Migration Studies"
    text = """Dear colleagues,

On behalf of the Hikma Centre for Labour and Migration Studies (HCLMS), I am pleased to share our voluntary GCM review report, attached.

The report draws on a survey of 640 migrant workers in Jordan's garment sector and agriculture, carried out between August and November 2020, and focuses on GCM objectives 6 (fair recruitment and decent work) and 15 (access to basic services) during the pandemic.

We would not wish to impose on what must already be a very full programme, but should the organisers find it useful, our Senior Researcher, Dr Lubna Sawalha, who led the fieldwork, could present the main findings. We leave it to you whether that would fit better in the plenary or in Roundtable 1.

Thank you for your consideration, and for organising this review at such a difficult time.

Yours sincerely,

Tariq Obeidat
Director
Hikma Centre for Labour and Migration Studies (HCLMS)
Jabal Al-Lweibdeh, Amman - Jordan
"""
    pdf = rep_pdf("Voluntary GCM review report", "Hikma Centre for Labour and Migration Studies (HCLMS), Amman",
                  ["Survey of 640 migrant workers, Aug-Nov 2020", "Objective 6: recruitment and decent work",
                   "Objective 15: access to basic services", "Recommendations"])
    cid = "image001.png@01D6FAD2.3C5E9B70"
    rel = multi("related", [leaf("text/html", outlook_html(text, lang="EN-GB", img_cid=cid)),
                            logo(cid, (20, 110, 70))], "_006_VI1PR08MB5327F1A9C3E6B84D_",
                params=[("type", '"text/html"')])
    a = multi("alternative", [leaf("text/plain", text), rel], "_000_VI1PR08MB5327F1A9C3E6B84D_")
    body = multi("mixed", [a, attach("application/pdf", pdf, M12_FILE)], "_007_VI1PR08MB5327F1A9C3E6B84D_")
    m = mk(when, sent_at(when, 2, 10), "mail-vi1eur08on0614.outbound.protection.outlook.example.com",
           "198.51.100.114", "4DSd3Hq7VbZ1", "Tariq Obeidat <t.obeidat@hclms.example.jo>", subj,
           "<VI1PR08MB5327F1A9C3E6B84D@VI1PR08MB5327.eurprd08.prod.outlook.example.com>", body,
           extra=outlook(subj, "AQHW+tPq2Lm6Vx9Rb4Kc1Nz7Ws3Yh5Jg==", lang="en-GB", has_attach="yes"))
    add(12, when, m, dict(category="both", language="en", acknowledge=True, on_time=True, speakers=[
        sp("Lubna Sawalha", "Senior Researcher", "Hikma Centre for Labour and Migration Studies (HCLMS)",
           ["plenary", "roundtable"], 1)],
        report_attachments=[M12_FILE],
        notes="a report with a speaker offer hidden in two deferential sentences ('We would not wish to impose ... "
              "should the organisers find it useful, our Senior Researcher, Dr Lubna Sawalha, ... could present the "
              "main findings. We leave it to you whether that would fit better in the plenary or in Roundtable 1'): "
              "both, on time (4 February). Both roles offered as alternatives, roundtable 1; 'Dr' dropped. "
              "'objectives 6 ... and 15' and '640' are not roundtable numbers. Outlook with logo; the signer "
              "(Director) is not the speaker."))


# ================================================================ 13  AR  speaker  Egyptian foundation: proposes only if the conference is online
def m13():
    when = at("2021-02-04 15:44:09")
    subj = "ترشيح لكلمة في الجلسة العامة (لو المؤتمر أونلاين)"
    text = """السلام عليكم ورحمة الله وبركاته،

إزيّكم، أتمنى تكونوا بخير.

إحنا في مؤسسة جسور للتنمية والهجرة في القاهرة، بنشتغل من 2014 مع الأسر اللي ولادها سافروا بشكل غير نظامي من قرى المنوفية والغربية وكفر الشيخ.

لو ينفع يعني، كنا حابّين نرشّح الأستاذة نرمين سعد الدين، مديرة البرامج عندنا، لكلمة قصيرة في الجلسة العامة يوم 24. بس عندنا سؤال الأول: المؤتمر هيبقى أونلاين ولا حضوري في بيروت؟ لأن أستاذة نرمين مش هتقدر تسافر الفترة دي خالص. لو أونلاين يبقى تمام وإحنا مبسوطين جداً بالترشيح، ولو حضوري يبقى للأسف نعتذر ومتعتبروش الرسالة دي ترشيح.

ولو محتاجين سيرتها الذاتية نبعتهالكم على طول.

شكراً جزيلاً،
أحمد فوزي
مسؤول التواصل - مؤسسة جسور للتنمية والهجرة
01000000000

مرسل من هاتفي Samsung Galaxy
"""
    body = alt(text, "0000000000004b7e2a05ba8c3f16", html=android_html(text), b64=True)
    m = mk(when, sent_at(when, 2, 8), "mail-oi1-f182.google.example.com", "192.0.2.182", "4DSf8Kn2QwZ6",
           addr("Ahmed Fawzy", "ahmed.fawzy.gosour@gmail.example.com"), hdr(subj),
           "<CAKd9Rv3Lw6mT1xQ+f8Nb2Zc5sH7gJy0kP4@mail.gmail.example.com>", body)
    add(13, when, m, dict(category="speaker_request", language="ar", acknowledge=True, on_time=True, speakers=[
        sp("نرمين سعد الدين", "مديرة البرامج", "مؤسسة جسور للتنمية والهجرة", ["plenary"])],
        notes="Egyptian colloquial nomination under a condition ('لو ينفع يعني ... لو أونلاين يبقى تمام ..., ولو حضوري "
              "... متعتبروش الرسالة دي ترشيح'): the speaker, title, organisation and role are all given and the "
              "condition is about the format, which the secretariat answers; a careful reader files it as a speaker "
              "request (on time, 4 February) and answers the question. 'الأستاذة' dropped; 'الجلسة العامة يوم 24' = "
              "plenary. The sender (مسؤول التواصل) is not the speaker. Gmail on Android, base64; 'sent from my "
              "Samsung' in Arabic."))


# ================================================================ 14  FR  speaker  the AMPM director is confirmed: reply to our acknowledgement of 09
def m14():
    when = at("2021-02-05 12:18:55")
    ack = ack_mid(M09_QID)
    quoted = ack_text("fr", M09_SUBJ, "votre demande")
    text = """Madame, Monsieur,

Comme annoncé dans mon message du 2 février, je reviens vers vous au sujet de notre directrice.

Bonne nouvelle : sa mission à Bruxelles a été reportée à mars. L'AMPM a donc l'honneur de proposer Mme Sonia Belkacem, directrice exécutive de l'Association Marocaine Passerelles Migrations (AMPM), pour une courte intervention lors de la séance plénière du 24 février. Si la plénière était déjà complète, elle interviendrait volontiers dans la table ronde 2.

Elle est joignable directement à l'adresse s.belkacem@ampm.example.ma.

Bien cordialement,

Hicham Ouali
Chargé de communication
Association Marocaine Passerelles Migrations (AMPM)
Rabat – Maroc

De : GCM Regional Review Arab States <gcmrrarabstates@iom.int>
Envoyé : mardi 2 février 2021 11:41
À : Hicham Ouali <h.ouali@ampm.example.ma>
Objet : Accusé de réception - %s

%s
""" % (M09_SUBJ, quoted)
    body = alt(text, "_000_PR2P264MB04836E2C9A1F7B58_", html=outlook_html(text, lang="FR"))
    subj = hdr("RE: Accusé de réception - " + M09_SUBJ, enc="Q")
    m = mk(when, sent_at(when, 1, 6), "mail-pr2fra01on0618.outbound.protection.outlook.example.com",
           "198.51.100.118", "4DTh2Pm5XcZ3", "Hicham Ouali <h.ouali@ampm.example.ma>", subj,
           "<PR2P264MB04836E2C9A1F7B58@PR2P264MB0483.FRAP264.PROD.OUTLOOK.example.com>", body,
           extra=[("In-Reply-To", ack), ("References", M09_ID + " " + ack)]
           + outlook(hdr("Accusé de réception - " + M09_SUBJ, enc="Q"), "AQHW+ZxK3m7Pq9Rt1Vb5Nc8Lw2Ys4HgAA6Nb8Q=",
                     lang="fr-FR"))
    add(14, when, m, dict(category="speaker_request", language="fr", acknowledge=True, on_time=True,
        thread_of=H % 9, speakers=[
            sp("Sonia Belkacem", "directrice exécutive", "Association Marocaine Passerelles Migrations (AMPM)",
               ["plenary", "roundtable"], 2)],
        notes="the confirmation announced in h264-09, sent as an Outlook reply ('RE: Accusé de réception - ...') to "
              "our acknowledgement, whose text is quoted below an Outlook 'De : / Envoyé : / À : / Objet :' block: "
              "now a firm proposal ('L'AMPM a donc l'honneur de proposer Mme Sonia Belkacem, directrice exécutive "
              "...'), plenary first and 'table ronde 2' as a fallback in the conditional. 'Mme' dropped; the title is "
              "now 'directrice exécutive' (09 said only 'Notre directrice'). On time (5 February, 12:18); "
              "thread_of h264-09. Date UTC+1."))


# ================================================================ 15  EN  speaker  Dubai seafarers' network at 23:47 on the speaker deadline
def m15():
    when = at("2021-02-05 23:47:10")
    subj = "Open discussion 23 Feb - hope it's not too late"
    text = """Dear GCM secretariat,

Apologies for writing at this hour (it's nearly 2am here in Dubai) - I only saw the invitation this evening and I hope it is not too late.

If there is still any room in the open discussion of the multi-stakeholder consultation on 23 February, I would be very grateful for the chance to say a few words about seafarers who are abandoned on ships off Fujairah and Khor Fakkan, sometimes for more than a year, without wages, and who fall between every system: labour law, maritime law and immigration.

If the list is already closed I completely understand, and I'll follow the discussion online.

Many thanks,

Joseph D'Souza
Community Coordinator
Gulf Seafarers' Welfare Network (GSWN)
Dubai, UAE

Sent from my iPhone
"""
    body = leaf("text/plain", text, "utf-8", "quoted-printable")
    m = mk(when, sent_at(when, 4, 9), "mr85p00im-hyfv06021301.me.example.com", "198.51.100.185", "4DTz5Rb8KmZ9",
           "Joseph D'Souza <joseph.dsouza@icloud.example.com>", subj,
           "<9A2F6C1B-E35D-4807-B1C4-7F0E3D8A52B9@icloud.example.com>", body, extra=[("X-Mailer", IPHONE)])
    add(15, when, m, dict(category="speaker_request", language="en", acknowledge=True, on_time=True, speakers=[
        sp("Joseph D'Souza", "Community Coordinator", "Gulf Seafarers' Welfare Network (GSWN)",
           ["open_discussion"])],
        notes="deadline edge: received 23:47 Beirut time on Friday 5 February (Date 01:47 on the 6th, UTC+4): on time "
              "although the sender fears it is too late ('I hope it is not too late', 'If the list is already "
              "closed'). The request is conditional ('If there is still any room in the open discussion ... I would "
              "be very grateful for the chance to say a few words'); name, title and network only in the signature. "
              "iPhone plain text, apostrophes in the name and the network's name."))


# ================================================================ 16  AR  speaker  Kuwaiti volunteer association, Gulf dialect, a day late
def m16():
    when = at("2021-02-06 11:09:42")
    subj = "ترشيح متأخر شوي.. إذا ما فات الوقت"
    text = """السلام عليكم ورحمة الله وبركاته

مساكم الله بالخير. أدري إن موعد الترشيح كان أمس الجمعة، بس ما انتبهنا للرسالة إلا اليوم الصبح لأنها راحت للبريد غير الهام، فسامحونا على التأخير.

لو ما عليكم أمر، ودّنا نرشّح الأخت شيخة فهد العنزي، منسقة برنامج العمالة المنزلية في الجمعية الكويتية التطوعية لدعم العمالة المنزلية، للمشاركة بمداخلة في المائدة المستديرة الرابعة، إذا للحين فيه مجال. شيخة تتابع من سنين قضايا العاملات اللي يهربون من الكفيل ويقعدون في مراكز الإيواء، وعندها شي تقوله.

وإذا ما يصير خلاص، ولا يهمكم، نتابع معكم أونلاين.

جزاكم الله خير
بدر الشمري
أمين السر - الجمعية الكويتية التطوعية لدعم العمالة المنزلية

Sent from my iPhone
"""
    body = leaf("text/plain", text, "utf-8", "base64")
    m = mk(when, sent_at(when, 3, 8), "mr85p00im-ztdg06021101.me.example.com", "198.51.100.186", "4DVb1Nc6TxZ2",
           addr("Bader Alshammari", "bader.alshammari@icloud.example.com"), hdr(subj),
           "<C4E7A1D9-6B2F-4E08-93A5-1D8F0C7B2E46@icloud.example.com>", body, extra=[("X-Mailer", IPHONE)])
    add(16, when, m, dict(category="speaker_request", language="ar", acknowledge=True, on_time=False, speakers=[
        sp("شيخة فهد العنزي", "منسقة برنامج العمالة المنزلية", "الجمعية الكويتية التطوعية لدعم العمالة المنزلية",
           ["roundtable"], 4)],
        notes="late (Saturday 6 February) and says so; Gulf-dialect conditional request ('لو ما عليكم أمر، ودّنا "
              "نرشّح ... إذا للحين فيه مجال', 'وإذا ما يصير خلاص'). 'الأخت' is a form of address, dropped like an "
              "honorific; roundtable as the ordinal word 'الرابعة'. The sender (أمين السر) is not the speaker. "
              "iPhone, text/plain base64, Latin From name, Date UTC+3."))


# ================================================================ 17  FR  other  Moroccan network leaves it to the secretariat whether it should speak (no name)
def m17():
    when = at("2021-02-08 10:30:14")
    subj = "REMAT – participation à l'examen régional"
    text = """Bonjour,

Le Réseau Marocain Migration et Territoires (REMAT) regroupe une vingtaine d'associations locales de Tanger à Agadir, et nous avons lu avec intérêt la lettre d'invitation.

Nous laissons entièrement à votre appréciation l'opportunité d'une prise de parole de notre réseau : si vous jugiez utile qu'un ou une de nos membres intervienne, dans une table ronde ou ailleurs, nous serions heureux de vous proposer un nom. Nous savons toutefois que le délai pour les intervenants est passé, et nous ne voudrions en aucun cas bousculer votre programme.

Par ailleurs, pourriez-vous nous indiquer comment nous inscrire pour suivre les travaux des 24 et 25 février ? Nous serions sans doute quatre ou cinq à nous connecter.

Avec nos remerciements,

Khadija Amrani
Coordinatrice nationale – REMAT
Tanger
"""
    body = alt(text, "----=_Part_2781904_1386520417.1612776610452", html=yahoo_html(text))
    m = mk(when, sent_at(when, 1, 4), "sonic305-21.consmr.mail.ir2.yahoo.example.com", "198.51.100.205",
           "4DWk3Lp8ByZ5", addr("Khadija Amrani", "remat.reseau@yahoo.example.fr"), hdr(subj, enc="Q"),
           "<1283746510.2781905.1612776610455@mail.yahoo.example.com>", body, extra=[("X-Mailer", YAHOO)])
    add(17, when, m, dict(category="other", language="fr", acknowledge=True, on_time=None,
        notes="'Nous laissons entièrement à votre appréciation ... si vous jugiez utile qu'un ou une de nos membres "
              "intervienne ... nous serions heureux de vous proposer un nom': an offer to propose someone, no "
              "speaker named, after the speaker deadline (which the mail itself acknowledges); the actual request is "
              "how to register to follow the sessions. other. Yahoo webmail, Date UTC+1; 'une vingtaine', 'quatre ou "
              "cinq' are decoys."))


# ================================================================ 18  EN  report  Doha network: 'we will not be able to send a speaker this time but here is our report'
M18_ID = "<AS1PR04MB9263A5C8E1F7B302@AS1PR04MB9263.eurprd04.prod.outlook.example.com>"
M18_SUBJ = "SAWN-Gulf voluntary GCM review report"
M18_QID = "4DXn6Tq2WcZ8"
M18_FILE = "SAWN-Gulf_Voluntary_GCM_Review_Feb2021.pdf"
M18_CC = "m.hossain.intern@sawn-gulf.example.org"


def m18():
    when = at("2021-02-09 13:15:27")
    text = """Dear colleagues,

I'm afraid we will not be able to send a speaker this time. Our director, Mr Faisal Rahman, had very much hoped to take the floor in Roundtable 3, but he will be travelling to Dhaka for the whole of the last week of February, and by the time we knew it the deadline for speakers had passed.

We hope our report can speak for us instead: please find attached the voluntary GCM review report of the South Asian Workers' Network - Gulf (SAWN-Gulf). It brings together testimonies from 87 Bangladeshi, Nepali and Sri Lankan workers in Qatar who were stranded without wages during the 2020 lockdowns, and what our volunteers learned while helping them get home.

My colleague Mahmud, who compiled the testimonies, is copied.

With best regards,

Shirin Akter
Programme Manager
South Asian Workers' Network - Gulf (SAWN-Gulf)
Doha, Qatar
"""
    pdf = rep_pdf("Voluntary GCM review report - SAWN-Gulf", "South Asian Workers' Network - Gulf, Doha",
                  ["87 testimonies from the 2020 lockdowns", "Wages withheld, contracts ended",
                   "Getting home: repatriation flights and costs", "Recommendations"])
    a = alt(text, "_000_AS1PR04MB9263A5C8E1F7B302_", html=outlook_html(text, lang="EN-US"))
    body = multi("mixed", [a, attach("application/pdf", pdf, M18_FILE)], "_004_AS1PR04MB9263A5C8E1F7B302_")
    m = mk(when, sent_at(when, 3, 7), "mail-as1eur04on0632.outbound.protection.outlook.example.com",
           "198.51.100.132", M18_QID, "Shirin Akter <s.akter@sawn-gulf.example.org>", M18_SUBJ, M18_ID, body,
           cc="Mahmud Hossain <%s>" % M18_CC,
           extra=outlook(M18_SUBJ, "AQHW/uRt5Kp8Mz2Lx7Qb4Nc1Vw9Hs3Jg==", lang="en-US", has_attach="yes"))
    add(18, when, m, dict(category="voluntary_report", language="en", acknowledge=True, on_time=True,
        report_attachments=[M18_FILE],
        notes="'I'm afraid we will not be able to send a speaker this time' then the report: the director named with "
              "a roundtable ('had very much hoped to take the floor in Roundtable 3') is explicitly not proposed, so "
              "no speakers; voluntary_report on time (9 February). '87' and 'the last week of February' are decoys. "
              "Outlook, Date UTC+3. Our acknowledgement to the Cc'd colleague bounces (h264-19)."))


# ================================================================ 19  EN  bounce  the Cc copy of our acknowledgement of 18: mailbox disabled
def m19():
    when = at("2021-02-09 13:15:36")
    text = POSTFIX_NOTICE + """
<%s>: host mx.sawn-gulf.example.org[203.0.113.199] said:
    550 5.2.1 <%s>: Recipient address rejected: This mailbox has
    been disabled (in reply to RCPT TO command)
""" % (M18_CC, M18_CC)
    dsn = ("Reporting-MTA: dns; mx1.iom.int\n"
           "X-Postfix-Queue-ID: 4DXn7Bv3LpZ1\n"
           "X-Postfix-Sender: rfc822; gcmrrarabstates@iom.int\n"
           "Arrival-Date: %s\n\n"
           "Final-Recipient: rfc822; %s\n"
           "Original-Recipient: rfc822;%s\n"
           "Action: failed\n"
           "Status: 5.2.1\n"
           "Remote-MTA: dns; mx.sawn-gulf.example.org\n"
           "Diagnostic-Code: smtp; 550 5.2.1 <%s>: Recipient address rejected: This\n"
           "    mailbox has been disabled\n"
           % (rfcdate(when - dt.timedelta(seconds=7), "EET"), M18_CC, M18_CC, M18_CC))
    hdrs = ("Return-Path: <gcmrrarabstates@iom.int>\n"
            "From: GCM Regional Review Arab States <gcmrrarabstates@iom.int>\n"
            "To: Shirin Akter <s.akter@sawn-gulf.example.org>\n"
            "Cc: Mahmud Hossain <%s>\n"
            "Subject: Acknowledgement of receipt - %s\n"
            "Date: %s\n"
            "Message-ID: %s\n"
            "In-Reply-To: %s\n"
            "References: %s\n" % (M18_CC, M18_SUBJ, rfcdate(when - dt.timedelta(seconds=8)), ack_mid(M18_QID),
                                  M18_ID, M18_ID))
    body = dsn_report(text, dsn, hdrs, "4DXn7Bv3LpZ1.1612869336/mx1.iom.int")
    rows = [("Return-Path", "<>"), ("Delivered-To", "gcmrrarabstates@iom.int"),
            ("Received", "by mx1.iom.int (Postfix)\r\n\tid 4DXn7Bv3LpZ1; %s" % rfcdate(when, "EET")),
            ("Date", rfcdate(when, "EET")),
            ("From", "MAILER-DAEMON@mx1.iom.int (Mail Delivery System)"),
            ("Subject", "Undelivered Mail Returned to Sender"),
            ("To", "gcmrrarabstates@iom.int"),
            ("Auto-Submitted", "auto-replied"),
            ("Message-Id", "<20210209111536.4DXn7Bv3LpZ1@mx1.iom.int>")]
    add(19, when, top(body, rows), dict(category="bounce", language="en", acknowledge=False, on_time=None,
        notes="Postfix DSN (5.2.1 mailbox disabled) for the copy of our acknowledgement of h264-18 sent to the Cc'd "
              "intern's address; the returned headers carry h264-18's report subject. Never acknowledge; thread_of "
              "null as for dev bounces."))


# ================================================================ 20  AR  report  Baghdad organisation: a 'modest' report, the president missed the speaker deadline
M20_FILE = "تقرير منظمة الرافدين - الاستعراض الطوعي للاتفاق العالمي.docx"


def m20():
    when = at("2021-02-11 20:02:45")
    subj = "التقرير الطوعي لمنظمة الرافدين لرعاية العمال المهاجرين"
    text = """السادة أمانة الاستعراض الإقليمي للاتفاق العالمي للهجرة المحترمون،

تحية طيبة،

يسرّنا أن نضع بين أيديكم تقريرنا الطوعي المتواضع حول أوضاع العمال المهاجرين في العراق، ولا سيما العمال القادمين من بنغلاديش ونيبال وباكستان إلى بغداد والبصرة، وما واجهوه خلال الجائحة من فقدان للعمل وتأخر في تجديد الإقامات. وإن رأيتم أنه لا يستوفي الشروط المطلوبة في التقارير الطوعية، فلا حرج في اعتباره مساهمة للاطلاع فقط.

وقد كنا نأمل أن يشارك رئيس المنظمة، الأستاذ حيدر كاظم الموسوي، بمداخلة في المائدة المستديرة الأولى، غير أن موعد الترشيح قد فات قبل أن تكتمل الموافقات الداخلية، فنكتفي هذه المرة بالتقرير، على أمل أن تتاح الفرصة في مناسبات قادمة.

مع خالص الشكر والتقدير،

زينب عبد الرزاق الجبوري
مسؤولة المشاريع
منظمة الرافدين لرعاية العمال المهاجرين
بغداد - العراق
"""
    doc = make_docx(["منظمة الرافدين لرعاية العمال المهاجرين", "التقرير الطوعي - الاستعراض الإقليمي للاتفاق العالمي للهجرة",
                     "أولاً: العمال المهاجرون في العراق", "ثانياً: أثر الجائحة", "ثالثاً: الإقامات وتجديدها",
                     "رابعاً: التوصيات"])
    a = alt(text, "000000000000f39c1b05bb1d6e27", html=gmail_html(text, rtl=True), b64=True)
    body = multi("mixed", [a, attach(DOCX, doc, M20_FILE)], "000000000000f39c1d05bb1d6e29")
    m = mk(when, sent_at(when, 3, 9), "mail-ed1-f41.google.example.com", "192.0.2.141", "4DYq8Mw4RvZ7",
           addr("زينب الجبوري", "rafidain.migrants@gmail.example.com"), hdr(subj),
           "<CAMx2Pn6Tq9wK3vL+g7Rb1Zc4sJ8dFy5hM2@mail.gmail.example.com>", body)
    add(20, when, m, dict(category="voluntary_report", language="ar", acknowledge=True, on_time=True,
        report_attachments=[M20_FILE],
        notes="a self-effacing MSA report ('تقريرنا الطوعي المتواضع', 'فلا حرج في اعتباره مساهمة للاطلاع فقط' is not a "
              "withdrawal) with a speaker who is explicitly not proposed: 'كنا نأمل أن يشارك رئيس المنظمة ... في "
              "المائدة المستديرة الأولى، غير أن موعد الترشيح قد فات ... فنكتفي هذه المرة بالتقرير' (name, role and "
              "roundtable all present). voluntary_report, on time (11 February). DOCX with an Arabic name (RFC 2231 "
              "+ RFC 2047); Gmail, base64, Arabic From name; Date UTC+3."))


# ================================================================ 21  FR  both  Tunisian association: report + a late conditional speaker offer
M21_FILE = "Rapport_ATHM_PMM_2021.pdf"


def m21():
    when = at("2021-02-12 09:48:30")
    subj = "Rapport volontaire de l'ATHM – Examen régional du PMM"
    text = """Madame, Monsieur,

L'Association Tunisienne Horizons Migrations (ATHM) a le plaisir de vous transmettre ci-joint son rapport volontaire dans le cadre de l'examen régional du Pacte mondial sur les migrations. Il porte sur les jeunes de Kasserine et de Sidi Bouzid partis par la mer en 2020, et sur l'accompagnement de leurs familles.

Et si jamais une place venait à se libérer dans l'une des tables rondes, notre coordinatrice, Mme Emna Ferchichi, chargée des projets migration, serait ravie d'y intervenir : nous penserions surtout à la table ronde 3. Nous savons que le délai pour les intervenants est dépassé et nous comprendrions tout à fait que ce ne soit plus possible.

En vous remerciant de votre attention, nous vous prions d'agréer, Madame, Monsieur, nos salutations distinguées.

Walid Hammami
Président
Association Tunisienne Horizons Migrations (ATHM)
Kasserine – Tunisie
"""
    pdf = rep_pdf("Rapport volontaire - Association Tunisienne Horizons Migrations (ATHM)", "Kasserine, fevrier 2021",
                  ["Partir par la mer en 2020", "Les familles qui restent", "Accompagnement psychosocial",
                   "Recommandations"])
    tp = leaf("text/plain", flowed(text), "utf-8", "8bit", params=[("format", "flowed"), ("delsp", "no")])
    body = multi("mixed", [tp, attach("application/pdf", pdf, M21_FILE)], "------------A73E0C19B5D28F64E1C7B903")
    m = mk(when, sent_at(when, 1, 9), "mail.athm-kasserine.example.tn", "203.0.113.58", "4DZr2Hb9KwZ0",
           "Walid Hammami <w.hammami@athm-kasserine.example.tn>", hdr(subj, enc="Q"),
           "<a4f08c1d-3e62-4b97-8d15-c9e2b7a05f38@athm-kasserine.example.tn>", body,
           extra=[("User-Agent", TB), ("Content-Language", "fr")])
    add(21, when, m, dict(category="both", language="fr", acknowledge=True, on_time=False, speakers=[
        sp("Emna Ferchichi", "chargée des projets migration", "Association Tunisienne Horizons Migrations (ATHM)",
           ["roundtable"], 3)],
        report_attachments=[M21_FILE],
        notes="the category turns on one conditional sentence after the report ('Et si jamais une place venait à se "
              "libérer dans l'une des tables rondes, notre coordinatrice, Mme Emna Ferchichi, chargée des projets "
              "migration, serait ravie d'y intervenir : nous penserions surtout à la table ronde 3'): a named speaker "
              "with a role, so both; on_time false because the speaker part is late (12 February) although the "
              "report is on time. 'Mme' dropped; title as written, not 'coordinatrice'. Thunderbird, 8bit "
              "format=flowed, Date UTC+1."))


# ================================================================ 22  FR  report  Beirut collective at 23:56 on the report deadline, 'si ce n'est pas trop tard'
M22_ID = "<VI1P195MB0638B2E7D4A91C5F@VI1P195MB0638.EURP195.PROD.OUTLOOK.example.com>"
M22_SUBJ = "Rapport volontaire CLDTM – si ce n'est pas trop tard"
M22_QID = "4F4Wt7Nc3RzZ"
M22_FILE = "Rapport_CLDTM_examen_régional_PMM_2021.pdf"


def m22():
    when = at("2021-02-16 23:56:31")
    text = """Bonsoir,

Si ce n'est pas trop tard – il est presque minuit à Beyrouth, je sais –, voici le rapport volontaire du Collectif Libanais pour les Droits des Travailleurs Migrants (CLDTM), en pièce jointe.

Nous avons hésité jusqu'au dernier moment à l'envoyer, car il n'a pas pu être relu par tous les membres du collectif ; nous préférons toutefois vous le transmettre tel quel plutôt que de ne rien envoyer. Nous vous serions reconnaissants de bien vouloir le prendre en considération, et nous comprendrions que vous ne puissiez pas le faire.

Notre président, Georges Aoun, est en copie.

Bien à vous,

Maya Khalil
Chargée de recherche
Collectif Libanais pour les Droits des Travailleurs Migrants (CLDTM)
Beyrouth – Liban
"""
    pdf = rep_pdf("Rapport volontaire - CLDTM", "Collectif Libanais pour les Droits des Travailleurs Migrants, Beyrouth",
                  ["La kafala apres l'effondrement de la livre", "Expulsions et abandons en 2020",
                   "Acces a la justice", "Recommandations"])
    a = multi("alternative", [leaf("text/plain", text), leaf("text/html", mac_outlook_html(text))],
              "B_3696271016_1873420591")
    body = multi("mixed", [a, attach("application/pdf", pdf, M22_FILE)], "B_3696271016_1259380174")
    m = mk(when, sent_at(when, 2, 8), "mail-vi1eur04on0609.outbound.protection.outlook.example.com",
           "198.51.100.109", M22_QID, "Maya Khalil <m.khalil@cldtm.example.org>", hdr(M22_SUBJ, enc="Q"), M22_ID,
           body, cc="Georges Aoun <g.aoun@cldtm.example.org>",
           extra=[("User-Agent", MAC_OUTLOOK), ("Thread-Topic", hdr(M22_SUBJ, enc="Q")),
                  ("Thread-Index", "AQHXBLs9Kt4Lm2Pq7Rx1Vb8Nc3Wz6Y=="), ("Content-Language", "fr-FR")])
    add(22, when, m, dict(category="voluntary_report", language="fr", acknowledge=True, on_time=True,
        report_attachments=[M22_FILE],
        notes="deadline edge: received 23:56 Beirut time on Tuesday 16 February, on time although the subject and "
              "body hedge ('si ce n'est pas trop tard', 'nous comprendrions que vous ne puissiez pas le faire'). "
              "The doubt about sending an unrevised version is not a withdrawal. PDF with an accent in the name "
              "(RFC 2231 + RFC 2047); the president in Cc is not a speaker. Mac Outlook; his Exchange out-of-office "
              "answers our acknowledgement (h264-23)."))


# ================================================================ 23  FR  auto_reply  the Cc'd president's out-of-office on our acknowledgement of 22
def m23():
    when = at("2021-02-16 23:57:04")
    ack = ack_mid(M22_QID)
    text = """Bonjour,

Je suis absent du bureau du 15 au 21 février inclus et n'aurai qu'un accès très limité à mes courriels.

Pour toute demande urgente, merci de contacter Maya Khalil (m.khalil@cldtm.example.org). Pour les demandes de la presse, écrivez à presse@cldtm.example.org.

Merci de votre compréhension,

Georges Aoun
Président – Collectif Libanais pour les Droits des Travailleurs Migrants (CLDTM)
"""
    body = alt(text, "_000_VI1P195MB0638OOF4C2A9E1_", html=outlook_html(text, lang="FR"))
    rows = exchange_ooo_rows(when, "mail-vi1eur04on0609.outbound.protection.outlook.example.com", "198.51.100.109",
                             "4F4Wv1Lk8PzZ", "Georges Aoun <g.aoun@cldtm.example.org>",
                             "<VI1P195MB0638F1A3C8E27D94@VI1P195MB0638.EURP195.PROD.OUTLOOK.example.com>",
                             M22_SUBJ, M22_ID, ack, "fr-FR", (2, 2))
    fix = {"Subject": hdr("Réponse automatique : Accusé de réception - " + M22_SUBJ, enc="Q"),
           "Thread-Topic": hdr("Accusé de réception - " + M22_SUBJ, enc="Q")}
    rows = [(k, fix.get(k, v)) for k, v in rows]
    add(23, when, top(body, rows), dict(category="auto_reply", language="fr", acknowledge=False, on_time=None,
        notes="French Exchange out-of-office of the president copied on h264-22 ('Réponse automatique :', "
              "Auto-Submitted, null Return-Path, References name h264-22), 33 seconds after our acknowledgement "
              "and still on 16 February: it names the report's sender as the contact. Never acknowledge; thread_of "
              "null as for dev auto-replies."))


# ================================================================ 24  EN  report  Khartoum initiative, the morning after the deadline, 'if it is not too late'
M24_FILES = ["SRSI_Voluntary_GCM_Review_2021.pdf", "SRSI_Annex_Returnee_Survey_Tables.docx"]


def m24():
    when = at("2021-02-17 09:41:58")
    subj = "SRSI voluntary report - if it is not too late"
    text = """Dear Regional Review team,

I do hope it is not too late. Our internet was down for most of yesterday in Khartoum, and I could only send this now.

Attached please find the voluntary GCM review report of the Sudanese Returnees' Support Initiative (SRSI), with its annex of survey tables. The report looks at Sudanese workers who came back from Libya and Saudi Arabia in 2020 and what reintegration support, if any, reached them.

We would be most grateful if you could still consider it, but of course we will understand if it has to be set aside. We had also hoped to suggest one of our coordinators for a roundtable, but we know that deadline passed long ago, so we will simply follow the discussions.

With many thanks and best regards,

Amna Osman Babiker
Executive Coordinator
Sudanese Returnees' Support Initiative (SRSI)
Khartoum, Sudan
"""
    pdf = rep_pdf("Voluntary GCM review report - Sudanese Returnees' Support Initiative (SRSI)", "Khartoum, February 2021",
                  ["Returns from Libya and Saudi Arabia in 2020", "What reintegration support reached returnees",
                   "Women returnees", "Recommendations"])
    doc = make_docx(["SRSI - Annex: returnee survey tables", "Table 1. Returnees by country of return (n=212)",
                     "Table 2. Support received after return", "Table 3. Employment six months after return"])
    a = alt(text, "000000000000a91f6c05bb8e4d52", html=gmail_html(text))
    body = multi("mixed", [a, attach("application/pdf", pdf, M24_FILES[0]), attach(DOCX, doc, M24_FILES[1])],
                 "000000000000a9216e05bb8e4d54")
    m = mk(when, sent_at(when, 2, 7), "mail-wm1-f45.google.example.com", "192.0.2.145", "4F5Xk2Qm9TzZ",
           "Amna Osman <amna.srsi@gmail.example.com>", subj,
           "<CANq8Lx3Rw5mT2vK+h9Pb6Zc1sG4dJy7eN3@mail.gmail.example.com>", body)
    add(24, when, m, dict(category="voluntary_report", language="en", acknowledge=True, on_time=False,
        report_attachments=M24_FILES,
        notes="late report (Wednesday 17 February, 09:41) hedged 'if it is not too late' and explained by an internet "
              "outage the day before: on_time false. Two attachments make up the report (PDF + DOCX annex of survey "
              "tables). 'We had also hoped to suggest one of our coordinators for a roundtable, but ... we will "
              "simply follow the discussions' proposes no one. Gmail, Date UTC+2 (Khartoum)."))


def main():
    for f in (m01, m02, m03, m04, m05, m06, m07, m08, m09, m10, m11, m12, m13, m14, m15, m16, m17, m18, m19,
              m20, m21, m22, m23, m24):
        f()
    SET.write()


if __name__ == "__main__":
    main()
