#!/usr/bin/env python3
"""Write the blind evaluation set holdout241 (24 raw .eml messages + labels.json).

Deterministic, standard library only:  python3 tests/data/make_eval_sets241.py
Theme: cities and local authorities (21 January - 19 February 2021).  Municipalities, mayors' offices,
governorates, regional councils, a city network and a local development agency in Lebanon (Ghobeiry, Tyre,
Batroun), Jordan (Madaba, Salt, Karak), Tunisia (Ben Guerdane, Bizerte, Kairouan, Jendouba), Morocco (Tétouan,
Larache), Mauritania (Kaédi, Atar, Inchiri) and Iraq (Babil, Nasiriyah, Kut, Karbala).  Formal administrative
Arabic and French: letters pasted into the body with their reference number, date and 'الموضوع' / 'Objet'
(Lebanese 'حضرة ... المحترمين', Tunisian 'وبعد' / 'والسلام' / 'صحبته' / 'جانفي', Iraqi 'العدد' / 'م /'
/ 'إشارة إلى كتاب'), a Moroccan mayor's chief of staff writing 'D'ordre de Monsieur le Président' for the mayor
and later designating a vice-president in his place, a city network's secretariat nominating two mayors for two
roundtables in an HTML table (one Cc address bounces our acknowledgement) and later its newsletter, titles with
units ('نائب رئيس المجلس البلدي', 'مساعدة رئيس البلدية مكلفة ب...', 'First Deputy Mayor in charge of ...',
'Chef du service ... , Direction ...'), a director who nominates himself in a phone signature, a nomination only
in an attached form, a governor's approval letter and a municipality's signed letter beside (or instead of) a
report, a report pasted into the body, a forwarded internal chain, an Arabic out-of-office answering our
reminder, questions (eligibility, an invitation letter for the Interior ministry's authorisation, a late report)
and a thank-you.  Helpers from mailgen.py.
"""
import datetime as dt

from mailgen import (EvalSet, DOCX, POSTFIX_NOTICE, addr, alt, at, attach, dsn_report, esc, flowed, gmail_html,
                     hdr, html_only, leaf, make_docx, make_pdf, mk, multi, re_hdr, rep_pdf, rfcdate, sent_at, sp,
                     std_rows, top)
from mailgen import outlook_html, outlook_rows as outlook
from mailgen import quote_block as gt, ack_id as ack_mid, logo

SET = EvalSet(241)
add = SET.add
H = "h241-%02d.eml"

TB = "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:78.0) Gecko/20100101 Thunderbird/78.7.1"
APPLE = "Apple Mail (2.3654.60.0.2.21)"
YAHOO = "WebService/1.1.17648 YMailNorrin"
ZIMBRA = "Zimbra 8.8.15_GA_3869 (ZimbraWebClient - GC88 (Win)/8.8.15_GA_3869)"
OUTLOOK_IOS = "Microsoft Outlook for iOS (4.2104.0)"


def tb_plain(text):
    """Thunderbird: a lone text/plain part, format=flowed, 8bit."""
    return leaf("text/plain", flowed(text), "utf-8", "8bit", params=[("format", "flowed")])


def yahoo_html(text, rtl=False):
    d = "rtl" if rtl else "ltr"
    lines = "".join('<div dir="%s" data-setdir="false">%s</div>' % (d, esc(x) if x else "<br>")
                    for x in text.rstrip("\n").split("\n"))
    return ('<html><head></head><body><div class="ydp7b2e41c0yahoo-style-wrap" style="font-family:Helvetica Neue, '
            'Helvetica, Arial, sans-serif;font-size:13px;">%s</div></body></html>\n' % lines)


def android_html(text):
    inner = "<br>".join(esc(x) for x in text.rstrip("\n").split("\n"))
    return ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body>'
            '<div dir="auto">%s</div></body></html>\n' % inner)


def apple_html(text):
    paras = "".join("<div>%s</div>" % (esc(x) if x else "<br>") for x in text.rstrip("\n").split("\n"))
    return ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>'
            '<body style="word-wrap: break-word; -webkit-nbsp-mode: space; line-break: after-white-space;" '
            'class="">%s</body></html>\n' % paras)


# ================================================================ 01  EN  other  Greater Madaba Municipality: eligibility questions before anything is sent
def m01():
    when = at("2021-01-21 10:12:33")
    subj = "Query - participation of municipalities in the GCM Regional Review"
    text = """Dear Sir/Madam,

Greetings from Madaba.

We have received your invitation through the Ministry of Local Administration, which forwarded it to the Municipality on 19 January 2021 under cover of its letter No. 14/3/2417. His Excellency the Mayor has asked me to clarify a few points before we start preparing anything:

1. Is a municipality considered a "stakeholder" for the purpose of the voluntary GCM review reports, or should our inputs be channeled through the Ministry of Local Administration, which is preparing the national submission?
2. Is there a template or a maximum length for the voluntary report, and can it be submitted in Arabic only?
3. If the Municipality decides to request a speaking role, would the Mayor be able to speak in Arabic in the plenary, and will interpretation be provided?

We would appreciate your reply at your earliest convenience, as the Municipal Council meets on 2 February and any participation needs its approval.

Kind regards,

Rasha Nabil Al-Azaizeh
International Cooperation Officer
Local Development Unit | Greater Madaba Municipality
Tel: +962 5 000 0000 | Ext. 214
رشا نبيل العزايزة
وحدة التنمية المحلية | بلدية مادبا الكبرى
"""
    cid = "image001.png@01D6EFD1.3A8C5E20"
    rel = multi("related", [leaf("text/html", outlook_html(text, lang="EN-US", img_cid=cid)),
                            logo(cid, (120, 40, 30))], "_004_VI1PR09MB4120D8E2A7C3F519_",
                params=[("type", '"text/html"')])
    body = multi("alternative", [leaf("text/plain", text), rel], "_000_VI1PR09MB4120D8E2A7C3F519_")
    m = mk(when, sent_at(when, 2, 7), "mail-vi1eur09on0612.outbound.protection.outlook.example.com",
           "198.51.100.112", "4DLc7Wq2RbzT", "Rasha Al-Azaizeh <r.azaizeh@madaba-municipality.example.jo>", subj,
           "<VI1PR09MB4120D8E2A7C3F519@VI1PR09MB4120.eurprd09.prod.outlook.example.com>", body,
           extra=outlook(subj, "AdbvP3Kq8Lm2Nx5Rt7Yw1Ze4Ha6Jc9Df==", lang="en-US"))
    add(1, when, m, dict(category="other", language="en", acknowledge=True, on_time=None,
        notes="early question (21 January) from a Jordanian municipality before it prepares anything: is a "
              "municipality a stakeholder, template and language of the report, may the Mayor speak in Arabic "
              "in the plenary. Keyword-heavy ('voluntary GCM review reports', 'speaking role', 'plenary') but "
              "conditional ('If the Municipality decides to request') and the Mayor is not named: no speaker. "
              "The ministry's letter number and the dates 19 January / 2 February are not deadlines; bilingual "
              "signature; Outlook related part with an inline logo."))


# ================================================================ 02  AR  speaker  بلدية الغبيري: formal letter pasted in the body + signed PDF copy
M02_ID = "<CAEh6vT1pW9kR3nX+q8Lb5Mz2cY7dFs4gJu@mail.gmail.example.com>"
M02_SUBJ = "كتاب بلدية الغبيري رقم 2021/136/ص - ترشيح ممثل عن البلدية"
M02_QID = "4DNm8Xc3TpzK"
M02_LETTER = "كتاب ترشيح ممثل البلدية - بلدية الغبيري.pdf"


def m02():
    when = at("2021-01-25 11:40:18")
    text = """حضرة أمانة الاستعراض الإقليمي المحترمين،

تجدون مرفقاً كتاب بلدية الغبيري رقم 2021/136/ص تاريخ 22/1/2021 موقعاً ومختوماً، وننسخ نصه أدناه للتسهيل.

مع الشكر،
قلم بلدية الغبيري

-----------------------------------------

الجمهورية اللبنانية
محافظة جبل لبنان - قضاء بعبدا
بلدية الغبيري

الرقم: 2021/136/ص
التاريخ: 22 كانون الثاني 2021

حضرة أمانة الاستعراض الإقليمي للاتفاق العالمي من أجل الهجرة الآمنة والمنظمة والنظامية في المنطقة العربية المحترمين

الموضوع: ترشيح ممثل عن بلدية الغبيري للمشاركة في الاستعراض الإقليمي
المرجع: دعوتكم الواردة إلى البلدية بتاريخ 14 كانون الثاني 2021

تحية طيبة وبعد،

بالإشارة إلى الموضوع والمرجع المذكورين أعلاه، وحيث إن نطاق بلدية الغبيري يضم أعداداً كبيرة من العاملات والعمال المهاجرين واللاجئين، لا سيما في أحياء صبرا وحي فرحات والجناح، وقد تابعت البلدية خلال عام 2020 أوضاعهم في ظل الأزمة الاقتصادية وجائحة كورونا وانفجار مرفأ بيروت، من خلال توزيع المساعدات وتسجيل الوافدين الجدد وتنظيم السكن،

يتشرف رئيس بلدية الغبيري بترشيح نائب رئيس المجلس البلدي، الأستاذ حسين علي فحص، للمشاركة بمداخلة في المائدة المستديرة المواضيعية الثانية، وهو يتابع هذا الملف منذ سنوات بصفته رئيس لجنة الشؤون الاجتماعية والصحية في المجلس البلدي.

يرجى التفضل بالاطلاع وإبلاغنا بالترتيبات اللازمة.

وتفضلوا بقبول فائق الاحترام والتقدير.

رئيس بلدية الغبيري
المهندس وسام أديب زعيتر
"""
    pdf = make_pdf(["Republique Libanaise - Mohafazat du Mont-Liban - Caza de Baabda", "Municipalite de Ghobeiry",
                    "Ref. 2021/136/S - 22/01/2021", "[scanned letter in Arabic - signature and stamp]"])
    a = alt(text, "000000000000d41b7a05b9a8e3f1", html=gmail_html(text, rtl=True), b64=True)
    body = multi("mixed", [a, attach("application/pdf", pdf, M02_LETTER)], "000000000000d41b7c05b9a8e3f3")
    m = mk(when, sent_at(when, 2, 6), "mail-ed1-f52.google.example.com", "192.0.2.52", M02_QID,
           addr("Ghobeiry Municipality", "ghobeiry.municipality@gmail.example.com"), hdr(M02_SUBJ), M02_ID, body)
    add(2, when, m, dict(category="speaker_request", language="ar", acknowledge=True, on_time=True, speakers=[
        sp("حسين علي فحص", "نائب رئيس المجلس البلدي", "بلدية الغبيري", ["roundtable"], 2)],
        notes="Lebanese municipality: a two-line cover from the municipality's registry ('قلم البلدية') above the "
              "formal letter pasted in the body (letterhead, 'الرقم: 2021/136/ص', 'التاريخ', 'الموضوع', 'المرجع'); "
              "the signed PDF copy of the letter has an Arabic name (RFC 2231 + RFC 2047) and is not a report. The "
              "mayor ('رئيس بلدية الغبيري', 'المهندس') signs but is not the speaker; the speaker is named after "
              "his title ('نائب رئيس المجلس البلدي، الأستاذ ...', honorific dropped); 'بصفته رئيس لجنة ...' "
              "describes why he is chosen and is not recorded as his title. Dates 14 and 22 January are the "
              "invitation and the letter, not deadlines. Thanked in h241-03."))


# ================================================================ 03  AR  other  Ghobeiry thanks for our acknowledgement of 02
def m03():
    when = at("2021-01-25 14:06:20")
    ack = ack_mid(M02_QID)
    q = """في الاثنين، 25 يناير 2021 في 11:41 ص، كتب GCM Regional Review Arab States <gcmrrarabstates@iom.int>:
""" + gt("""حضرة المرسل،
نؤكد لكم استلام رسالتكم بعنوان «%s».
ستتواصل معكم الأمانة لاحقاً بشأن تفاصيل البرنامج.
أمانة الاستعراض الإقليمي للاتفاق العالمي من أجل الهجرة - الدول العربية""" % M02_SUBJ)
    text = """شكراً كتير على سرعة الرد 🙏
تم إبلاغ حضرة الرئيس والأستاذ حسين، ومنكون بانتظار التفاصيل.

مع التحية،
قلم بلدية الغبيري

""" + q + "\n"
    body = alt(text, "000000000000f2c8e105b9aae6b0", html=gmail_html(text, rtl=True), b64=True)
    m = mk(when, sent_at(when, 2, 5), "mail-ed1-f52.google.example.com", "192.0.2.52", "4DNr2Lk6WszQ",
           addr("Ghobeiry Municipality", "ghobeiry.municipality@gmail.example.com"),
           re_hdr("Re: ", "إشعار استلام - " + M02_SUBJ),
           "<CAEh6vT3mK1xW8pN+r4Zb7Hc0sY2dLf9qTe@mail.gmail.example.com>", body,
           extra=[("In-Reply-To", ack), ("References", M02_ID + " " + ack)])
    add(3, when, m, dict(category="other", language="ar", acknowledge=False, on_time=None, thread_of=H % 2,
        notes="thank-you in Lebanese colloquial ('شكراً كتير', 'منكون بانتظار') with an emoji, answering our "
              "acknowledgement of h241-02 (References name h241-02): adds nothing new, so no acknowledgement; it "
              "mentions the speaker by first name ('الأستاذ حسين') and the quoted acknowledgement repeats the "
              "nomination subject."))


# ================================================================ 04  FR  speaker  Commune de Tétouan: the mayor's chief of staff writes for the mayor
M04_ID = "<PR3P192MB07412C9E5B1A7D04@PR3P192MB0741.EURP192.PROD.OUTLOOK.example.com>"
M04_SUBJ = "Participation de Monsieur le Président du Conseil communal de Tétouan à l'examen régional du PMM"
M04_FROM_NAME = "Cabinet du Président - Commune de Tétouan"
M04_ADDR = "cabinet.president@tetouan-commune.example.ma"
M04_TEXT = """Réf. : N° 0211/CAB/2021
Tétouan, le 27 janvier 2021

Objet : Participation de Monsieur le Président du Conseil communal de Tétouan à l'examen régional du Pacte mondial sur les migrations

Madame, Monsieur,

D'ordre de Monsieur le Président du Conseil communal de Tétouan, j'ai l'honneur de vous faire part de son souhait de prendre part à l'examen régional du Pacte mondial pour des migrations sûres, ordonnées et régulières, auquel vous avez bien voulu convier les collectivités territoriales.

Ville proche de Fnideq et de Sebta, Tétouan est confrontée depuis plusieurs années à l'arrivée de mineurs non accompagnés, aux conséquences de la fermeture du passage frontalier en 2019 pour les familles qui vivaient du commerce transfrontalier, et à l'installation durable de migrants subsahariens dans certains quartiers périphériques. La Commune a ouvert en 2020, avec ses partenaires associatifs, un guichet d'accueil et d'orientation des personnes migrantes.

À ce titre, M. Rachid Benaissa El Khamlichi, Président du Conseil communal, souhaiterait intervenir lors de l'une des séances plénières de la Conférence des 24 et 25 février 2021, afin de présenter l'expérience de la ville.

Je vous serais reconnaissant de bien vouloir adresser votre réponse au Cabinet, qui assure le suivi de ce dossier pour Monsieur le Maire.

Veuillez agréer, Madame, Monsieur, l'expression de ma haute considération.

Mehdi Bakkali Tahiri
Chef de Cabinet du Président du Conseil communal
Commune de Tétouan - Hôtel de Ville
Tél. : +212 5 39 00 00 00
مهدي البقالي الطاهري
رئيس ديوان رئيس المجلس الجماعي لتطوان
"""


def m04():
    when = at("2021-01-28 12:05:47")
    a = alt(M04_TEXT, "_000_PR3P192MB07412C9E5B1A7D04_", html=outlook_html(M04_TEXT, lang="FR"))
    m = mk(when, sent_at(when, 1, 8), "mail-pr3fra01on0629.outbound.protection.outlook.example.com",
           "198.51.100.129", "4DRf5Hn0KczW", addr(M04_FROM_NAME, M04_ADDR, enc="Q"), hdr(M04_SUBJ, enc="Q"), M04_ID, a,
           extra=outlook(hdr(M04_SUBJ, enc="Q"), "AdbzK7Mp2Qr4St6Uv8Wx0Yz2Ab4Cd6Ef==", lang="fr-FR"))
    add(4, when, m, dict(category="speaker_request", language="fr", acknowledge=True, on_time=True, speakers=[
        sp("Rachid Benaissa El Khamlichi", "Président du Conseil communal", "Commune de Tétouan", ["plenary"])],
        notes="Moroccan commune: the mayor's chief of staff writes 'D'ordre de Monsieur le Président du Conseil "
              "communal' for the mayor, who is the speaker (named once in the body, 'M.' dropped); the signer "
              "(Chef de Cabinet, bilingual signature) is not. The mayor is called both 'Président du Conseil "
              "communal' and 'Monsieur le Maire': the title as written beside his name; 'l'une des séances "
              "plénières' = plenary. Reference number and letter date above the 'Objet'; the 2019 border closure is "
              "context; Outlook, Date in UTC+1. Replaced by h241-09."))


# ================================================================ 05  EN  report  Babil Governorate: report PDF + the governor's approval letter
M05_FILE = "Babil_Governorate_GCM_Voluntary_Report_2021.pdf"
M05_LETTER = "كتاب المحافظ 3307 في 27-1-2021.pdf"


def m05():
    when = at("2021-01-29 15:31:09")
    subj = "Babil Governorate - Voluntary GCM Review Report"
    text = """Dear GCM Regional Review Team,

Kindly find attached the voluntary GCM review report of Babil Governorate, prepared by the Displacement and Migration Unit of the Planning and Follow-up Directorate in coordination with the municipalities of Hilla, Al-Musayyib, Al-Mahawil and Al-Hashimiya.

Also attached is the official letter of the Governor No. 3307 dated 27/1/2021 approving the submission of the report to your respected secretariat.

The report covers the families displaced from Anbar, Salah al-Din and Nineveh who are still living in Babil, the return of Iraqi migrants from Turkey and Europe since 2019, and the foreign workers in the construction and services sectors in Hilla, with the role of the municipalities in registration, housing and services.

We remain at your disposal for any clarification.

Best regards,

Haider Kadhim Al-Janabi
Head of Displacement and Migration Unit
Planning and Follow-up Directorate - Babil Governorate
Hilla, Iraq
حيدر كاظم الجنابي
"""
    pdf = rep_pdf("Voluntary GCM Review Report - Babil Governorate", "Planning and Follow-up Directorate, Babil",
                  ["Displaced families from Anbar, Salah al-Din and Nineveh", "Returning Iraqi migrants since 2019",
                   "Foreign workers in Hilla", "Role of the municipalities", "Recommendations"])
    letter = make_pdf(["Republic of Iraq - Babil Governorate - Office of the Governor", "No. 3307 - 27/1/2021",
                       "Subject: approval to submit the voluntary GCM review report", "[signature and stamp]"])
    a = alt(text, "0000000000007c3e9105b9f41a28", html=gmail_html(text))
    body = multi("mixed", [a, attach("application/pdf", pdf, M05_FILE), attach("application/pdf", letter, M05_LETTER)],
                 "0000000000007c3e9305b9f41a2a")
    m = mk(when, sent_at(when, 3, 9), "mail-wm1-f43.google.example.com", "192.0.2.143", "4DSk0Vb7NqzR",
           "Haider Al-Janabi <babil.planning.migration@gmail.example.com>", subj,
           "<CAMr8qW2tL5nV1xK+b6Pz9Hc3dY4sFe7gJw@mail.gmail.example.com>", body)
    add(5, when, m, dict(category="voluntary_report", language="en", acknowledge=True, on_time=True,
        report_attachments=[M05_FILE],
        notes="Iraqi governorate's report (Gmail, Date in UTC+3): two PDFs, of which only the English-named report "
              "is listed; the governor's approval letter with an Arabic name (RFC 2231 + RFC 2047) is not part of "
              "the report. Letter number and date '27/1/2021' in the body; municipalities and governorates listed "
              "are context; 'Head of Displacement and Migration Unit' is the sender's title, no speaker."))


# ================================================================ 06  AR  both  بلدية بنقردان (Tunisia): report DOCX + speaker in labelled lines
M06_FILE = "التقرير الطوعي لبلدية بنقردان - جانفي 2021.docx"


def m06():
    when = at("2021-02-01 10:22:41")
    subj = "مساهمة بلدية بنقردان في الاستعراض الإقليمي للاتفاق العالمي من أجل الهجرة"
    text = """الجمهورية التونسية
ولاية مدنين
بلدية بنقردان

عدد: 87/2021
بنقردان في 29 جانفي 2021

من رئيس بلدية بنقردان
إلى السادة أمانة الاستعراض الإقليمي للاتفاق العالمي من أجل الهجرة الآمنة والمنظمة والنظامية

الموضوع: مساهمة بلدية بنقردان في الاستعراض الإقليمي

وبعد،

فيشرفني أن أحيل إليكم صحبته التقرير الطوعي لبلدية بنقردان حول تنفيذ الاتفاق العالمي على المستوى المحلي، ويتناول خاصة تأثير غلق المعبر الحدودي برأس جدير على الأسر التي تعيش من التجارة مع ليبيا، وعودة العمال التونسيين من ليبيا، وهجرة الشباب نحو إيطاليا انطلاقاً من سواحل الجنوب، وإحاطة البلدية بالمهاجرين من إفريقيا جنوب الصحراء العابرين للمدينة.

كما تقترح البلدية المشاركة في المائدة المستديرة المواضيعية الثالثة، وفق البيانات التالية:

الاسم واللقب: نجلاء بن عمر الزواري
الصفة: مساعدة رئيس البلدية مكلفة بالشؤون الاجتماعية والهجرة
الهيكل: بلدية بنقردان
نوع المشاركة: مداخلة في المائدة المستديرة المواضيعية الثالثة
الهاتف: 000 000 75 216+

والسلام

رئيس بلدية بنقردان
محمد الهادي الشطي
Commune de Ben Guerdane
"""
    doc = make_docx(["Commune de Ben Guerdane - rapport volontaire (version arabe)", "1. Fermeture du poste de Ras Jedir",
                     "2. Retour des travailleurs tunisiens de Libye", "3. Departs des jeunes vers l'Italie",
                     "4. Migrants subsahariens en transit", "5. Recommandations"])
    a = alt(text, "_000_DB6PR0902MB2257A3F0C1E9D4B8_", html=outlook_html(text, lang="AR-TN", rtl=True), b64=True)
    body = multi("mixed", [a, attach(DOCX, doc, M06_FILE)], "_004_DB6PR0902MB2257A3F0C1E9D4B8_")
    m = mk(when, sent_at(when, 1, 7), "mail-db6eur09on0614.outbound.protection.outlook.example.com",
           "198.51.100.114", "4DTb9Qw4JmzX", addr("Commune Ben Guerdane", "contact@commune-benguerdane.example.tn"),
           hdr(subj), "<DB6PR0902MB2257A3F0C1E9D4B8@DB6PR0902MB2257.eurprd09.prod.outlook.example.com>", body,
           extra=outlook(hdr(subj), "AdbyQ1Wc3Ev5Rb7Tn9Ym1Ui3Ol5Pk7Aj==", lang="ar-TN", has_attach="yes"))
    add(6, when, m, dict(category="both", language="ar", acknowledge=True, on_time=True, speakers=[
        sp("نجلاء بن عمر الزواري", "مساعدة رئيس البلدية مكلفة بالشؤون الاجتماعية والهجرة", "بلدية بنقردان",
           ["roundtable"], 3)],
        report_attachments=[M06_FILE],
        notes="both, on time (1 February); Tunisian municipal letter ('من ... إلى ...', 'وبعد،', 'صحبته', 'والسلام', "
              "month 'جانفي'); the report is the DOCX with an Arabic name (RFC 2231 + RFC 2047); the speaker in "
              "Tunisian labelled lines ('الاسم واللقب', 'الصفة', 'الهيكل', 'نوع المشاركة'); the mayor who signs is "
              "not the speaker; French line under the Arabic signature; Outlook base64, Date in UTC+1."))


# ================================================================ 07  FR  speaker  city network secretariat: two mayors, two roundtables, HTML table
M07_ID = "<AM0PR08MB5297F3B61D8C2A47@AM0PR08MB5297.eurprd08.prod.outlook.example.com>"
M07_SUBJ = "ReVMSIM - Proposition de deux maires pour les tables rondes thématiques"
M07_QID = "4DTw3Ns8FkzP"
M07_CC_ROSSO = "maire@commune-roso.example.mr"


def m07():
    when = at("2021-02-02 09:45:12")
    text = """Madame, Monsieur,

Le Secrétariat permanent du Réseau des Villes Maghrébines et Sahéliennes pour l'Inclusion des Migrants (ReVMSIM), qui rassemble 31 communes de Mauritanie, du Maroc, de Tunisie et de Libye, a le plaisir de vous proposer, à la suite de la réunion de son Bureau du 29 janvier 2021, deux maires de villes membres pour les tables rondes thématiques de la Conférence :

N°\tNom et prénom\tFonction\tCollectivité\tPays\tTable ronde souhaitée
1\tM. Brahim Ould Ahmed Jiddou\tMaire\tCommune de Rosso\tMauritanie\tTable ronde thématique 2
2\tMe Amel Guermazi-Tlili\tMaire\tCommune de Mahdia\tTunisie\tTable ronde thématique 4

M. le Maire de Rosso pourra témoigner de la gestion d'une ville-frontière sur le fleuve Sénégal, et Mme la Maire de Mahdia de l'accueil des migrants secourus en mer et des familles des jeunes disparus.

Les deux maires sont en copie de ce message. Le Secrétariat reste votre interlocuteur pour les aspects pratiques.

Bien cordialement,

Hajer Ben Slimane
Chargée de programme
Secrétariat permanent du ReVMSIM
Rue du Lac Léman, Les Berges du Lac - Tunis
Tél. : +216 71 000 000
"""
    rows = [("1", "M. Brahim Ould Ahmed Jiddou", "Maire", "Commune de Rosso", "Mauritanie", "Table ronde thématique 2"),
            ("2", "Me Amel Guermazi-Tlili", "Maire", "Commune de Mahdia", "Tunisie", "Table ronde thématique 4")]
    head = ("N°", "Nom et prénom", "Fonction", "Collectivité", "Pays", "Table ronde souhaitée")
    td = '<td style="border:solid #8EAADB 1.0pt;padding:0cm 5.4pt"><p class="MsoNormal">%s<o:p></o:p></p></td>'
    table = ('<table class="MsoTableGrid" border="1" cellspacing="0" cellpadding="0" style="border-collapse:collapse">'
             + "<tr>" + "".join(td % ("<b>%s</b>" % esc(h)) for h in head) + "</tr>"
             + "".join("<tr>" + "".join(td % esc(c) for c in r) + "</tr>" for r in rows) + "</table>")
    intro, rest = text.split("N°\t", 1)
    rest = rest.split("Table ronde thématique 4\n", 1)[1]

    def paras(t):
        return "".join('<p class="MsoNormal">%s<o:p></o:p></p>' % esc(p).replace("\n", "<br>\n")
                       for p in t.strip("\n").split("\n\n"))
    html = ('<html xmlns:o="urn:schemas-microsoft-com:office:office"><head><meta http-equiv="Content-Type" '
            'content="text/html; charset=utf-8"></head><body lang="FR" link="#0563C1"><div class="WordSection1">'
            + paras(intro) + table + '<p class="MsoNormal"><o:p>&nbsp;</o:p></p>' + paras(rest)
            + '</div></body></html>\n')
    a = alt(text, "_000_AM0PR08MB5297F3B61D8C2A47_", html=html)
    cc = "Brahim Ould Ahmed Jiddou <%s>, Amel Guermazi-Tlili <maire@commune-mahdia.example.tn>" % M07_CC_ROSSO
    m = mk(when, sent_at(when, 1, 7), "mail-am0eur08on0621.outbound.protection.outlook.example.com",
           "198.51.100.121", M07_QID, "Hajer Ben Slimane <secretariat@revmsim.example.org>", M07_SUBJ, M07_ID, a,
           cc=cc, extra=outlook(M07_SUBJ, "AdbzX4Cv6Bn8Mq0We2Rt4Yu6Io8Pa0Sd==", lang="fr-FR"))
    add(7, when, m, dict(category="speaker_request", language="fr", acknowledge=True, on_time=True, speakers=[
        sp("Brahim Ould Ahmed Jiddou", "Maire", "Commune de Rosso", ["roundtable"], 2),
        sp("Amel Guermazi-Tlili", "Maire", "Commune de Mahdia", ["roundtable"], 4)],
        notes="a city network's secretariat (Tunis) nominates two mayors of member cities for two different "
              "roundtables in an Outlook HTML table (tab-separated rows in the plain part); each speaker's "
              "affiliation is her or his own commune (the 'Collectivité' column), not the network that writes; the "
              "country column is not part of it. 'M.' and 'Me' (Maître) in the name cells dropped; 'Maire' is the "
              "title of both, 'Mme la Maire' in prose. The sender is not a speaker. Both mayors in Cc: the Rosso "
              "address is mistyped and our acknowledgement bounces (h241-08). Outlook, Date in UTC+1."))


# ================================================================ 08  EN  bounce  our acknowledgement of 07 to the mistyped Rosso address
def m08():
    when = at("2021-02-02 09:45:58")
    rcpt = M07_CC_ROSSO
    text = POSTFIX_NOTICE + """
<%s>: Host or domain name not found. Name service error
    for name=commune-roso.example.mr type=AAAA: Host not found
""" % rcpt
    dsn = ("Reporting-MTA: dns; mx1.iom.int\n"
           "X-Postfix-Queue-ID: 4DTw4B1mQrz6\n"
           "X-Postfix-Sender: rfc822; gcmrrarabstates@iom.int\n"
           "Arrival-Date: %s\n\n"
           "Final-Recipient: rfc822; %s\n"
           "Original-Recipient: rfc822;%s\n"
           "Action: failed\n"
           "Status: 5.4.4\n"
           "Diagnostic-Code: X-Postfix; Host or domain name not found. Name service error\n"
           "    for name=commune-roso.example.mr type=AAAA: Host not found\n"
           % (rfcdate(when - dt.timedelta(seconds=5), "EET"), rcpt, rcpt))
    hdrs = ("Return-Path: <gcmrrarabstates@iom.int>\n"
            "From: GCM Regional Review Arab States <gcmrrarabstates@iom.int>\n"
            "To: Hajer Ben Slimane <secretariat@revmsim.example.org>\n"
            "Cc: Brahim Ould Ahmed Jiddou <%s>,\n"
            " Amel Guermazi-Tlili <maire@commune-mahdia.example.tn>\n"
            "Subject: =?utf-8?q?Accus=C3=A9_de_r=C3=A9ception_-_ReVMSIM_-_Proposition_de_deux_maires?=\n"
            " =?utf-8?q?_pour_les_tables_rondes_th=C3=A9matiques?=\n"
            "Date: %s\n"
            "Message-ID: %s\n"
            "In-Reply-To: %s\n"
            "References: %s\n" % (rcpt, rfcdate(when - dt.timedelta(seconds=6)), ack_mid(M07_QID), M07_ID, M07_ID))
    body = dsn_report(text, dsn, hdrs, "4DTw4C7pXsz2.1612251958/mx1.iom.int")
    rows = [("Return-Path", "<>"), ("Delivered-To", "gcmrrarabstates@iom.int"),
            ("Received", "by mx1.iom.int (Postfix)\r\n\tid 4DTw4C7pXsz2; %s" % rfcdate(when, "EET")),
            ("Date", rfcdate(when, "EET")),
            ("From", "MAILER-DAEMON@mx1.iom.int (Mail Delivery System)"),
            ("Subject", "Undelivered Mail Returned to Sender"),
            ("To", "gcmrrarabstates@iom.int"),
            ("Auto-Submitted", "auto-replied"),
            ("Message-Id", "<20210202074558.4DTw4C7pXsz2@mx1.iom.int>")]
    add(8, when, top(body, rows), dict(category="bounce", language="en", acknowledge=False, on_time=None,
        notes="Postfix DSN (5.4.4, domain not found: 'commune-roso' for 'commune-rosso') for the copy of our French "
              "acknowledgement of h241-07 sent to the Cc'd mayor; the returned headers name h241-07, a mayor and a "
              "subject about two mayors and roundtables. Never acknowledge; thread_of null as for dev bounces."))


# ================================================================ 09  FR  speaker  Tétouan: the chief of staff designates a vice-president instead (Outlook reply)
def m09():
    when = at("2021-02-03 10:14:26")
    text = """Madame, Monsieur,

Suite à notre courrier réf. N° 0211/CAB/2021 du 27 janvier 2021, j'ai le regret de vous informer que Monsieur le Président du Conseil communal ne pourra pas intervenir lors de la Conférence, la session ordinaire de février du Conseil ayant été fixée au 24 février 2021.

Il a désigné pour le représenter Mme Salma Afailal Idrissi, Vice-présidente du Conseil communal chargée des affaires sociales et de la santé, qui suit le guichet d'accueil des migrants depuis son ouverture. Plutôt qu'en séance plénière, Mme Afailal Idrissi souhaiterait intervenir dans la table ronde thématique n° 1.

Nous vous prions de bien vouloir modifier votre enregistrement en conséquence et vous remercions de votre compréhension.

Veuillez agréer, Madame, Monsieur, l'expression de ma haute considération.

Mehdi Bakkali Tahiri
Chef de Cabinet du Président du Conseil communal
Commune de Tétouan

De : Cabinet du Président - Commune de Tétouan <cabinet.president@tetouan-commune.example.ma>
Envoyé : jeudi 28 janvier 2021 11:05
À : gcmrrarabstates@iom.int
Objet : %s

%s""" % (M04_SUBJ, M04_TEXT)
    a = alt(text, "_000_PR3P192MB0741E8A4C2F16B39_", html=outlook_html(text, lang="FR"))
    subj = hdr("RE: " + M04_SUBJ, enc="Q")
    m = mk(when, sent_at(when, 1, 6), "mail-pr3fra01on0629.outbound.protection.outlook.example.com",
           "198.51.100.129", "4DVg6Kp1RtzM", addr(M04_FROM_NAME, M04_ADDR, enc="Q"), subj,
           "<PR3P192MB0741E8A4C2F16B39@PR3P192MB0741.EURP192.PROD.OUTLOOK.example.com>", a,
           extra=[("In-Reply-To", M04_ID), ("References", M04_ID)]
           + outlook(hdr(M04_SUBJ, enc="Q"), "AdbzK7Mp2Qr4St6Uv8Wx0Yz2Ab4Cd6EfAACh3Zk=", lang="fr-FR"))
    add(9, when, m, dict(category="speaker_request", language="fr", acknowledge=True, on_time=True, speakers=[
        sp("Salma Afailal Idrissi", "Vice-présidente du Conseil communal chargée des affaires sociales et de la santé",
           "Commune de Tétouan", ["roundtable"], 1)],
        thread_of=H % 4,
        notes="Outlook reply ('RE:', In-Reply-To h241-04) from the chief of staff replacing the mayor by a "
              "vice-president and changing the role (plenary -> 'table ronde thématique n° 1'); only the new "
              "speaker is recorded, while the Outlook-quoted letter below (French 'De : / Envoyé :' block, not "
              "'>'-prefixed) still names the mayor and the plenary. 'Mme' dropped; the affiliation by reference to "
              "the commune; 24 February is the council's session, not a deadline. On time (3 February)."))


# ================================================================ 10  AR  auto_reply  Salt municipality's out-of-office answers our reminder
def m10():
    when = at("2021-02-03 14:02:05")
    reminder_subj = "Reminder: speaker requests for the GCM Regional Review are due on Friday 5 February 2021"
    text = """شكراً لرسالتكم.
أنا خارج المكتب في إجازة حتى يوم الأربعاء 10/2/2021، ولن أتمكن من متابعة البريد الإلكتروني.
للأمور المستعجلة يرجى التواصل مع قسم العلاقات العامة في البلدية على الرقم 000000 5 962+ أو على العنوان pr@salt-municipality.example.jo

Thank you for your email. I am on leave until Wednesday 10 February 2021 with no access to email.

م. ليث عوده الحياري
مدير وحدة التنمية المحلية
بلدية السلط الكبرى
"""
    body = alt(text, "_000_DB8PR04MB6921OOF5E2A7C19_", html=outlook_html(text, lang="AR-JO", rtl=True), b64=True)
    rid = "<reminder.speakers.20210203@gcmrrarabstates.iom.int>"
    sender = addr("م. ليث عوده الحياري", "l.hiyari@salt-municipality.example.jo")
    rows = std_rows(when, "mail-db8eur04on0609.outbound.protection.outlook.example.com", "198.51.100.109",
                    "4DVq1Hc5ZwzN", sender, hdr("رد تلقائي: " + reminder_subj), rfcdate(sent_at(when, 2, 2)),
                    "<DB8PR04MB6921A7E3C9B04F12@DB8PR04MB6921.eurprd04.prod.outlook.example.com>",
                    extra=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")], ret="")
    rows = [(k, "<>" if k == "Return-Path" else v) for k, v in rows]
    rows += [("In-Reply-To", rid), ("References", rid), ("Thread-Topic", reminder_subj), ("Content-Language", "ar-JO"),
             ("X-MS-Exchange-Inbox-Rules-Loop", "l.hiyari@salt-municipality.example.jo")]
    add(10, when, top(body, rows), dict(category="auto_reply", language="ar", acknowledge=False, on_time=None,
        notes="Arabic Exchange out-of-office ('رد تلقائي:') of a Jordanian municipal official answering the "
              "secretariat's reminder about the speaker deadline (sent to all invitees), not an acknowledgement: "
              "In-Reply-To names the reminder, no labelled message. Its subject quotes 'speaker requests' and the "
              "deadline; the body has a date, a phone number, an English line and a signature with 'م.' and a "
              "title. Never acknowledge."))


# ================================================================ 11  EN  speaker  Nasiriyah municipality: the director nominates himself, signature only, phone
def m11():
    when = at("2021-02-04 09:17:39")
    subj = "Request for intervention in roundtable"
    text = """Dear Sir/Madam,

With reference to your kind invitation, I would like to request a floor intervention in the thematic roundtable No. 4 , to share the experience of our municipality with the families who moved from the marshes and the rural areas of Dhi Qar to the city because of the water shortage and unemployment, and with the Iraqi returnees from Europe.

Please confirm receiving.

Best Regards

Dr. Eng. Mortadha Abdulameer Al-Rikabi
Director of Planning and Engineering Department
Nasiriyah Municipality Directorate
Dhi Qar Governorate - Iraq
Mob: +964 780 000 0000

Get Outlook for iOS
"""
    body = alt(text, "_000_AS8PR07MB7430C1B9E6F2D385_", html=android_html(text))
    m = mk(when, sent_at(when, 3, 11), "mail-as8eur07on0617.outbound.protection.outlook.example.com",
           "198.51.100.117", "4DWc8Tr2HnzY", "Mortadha Al-Rikabi <mortadha.alrikabi@outlook.example.com>", subj,
           "<AS8PR07MB7430C1B9E6F2D385@AS8PR07MB7430.eurprd07.prod.outlook.example.com>", body,
           extra=[("X-Mailer", OUTLOOK_IOS)])
    add(11, when, m, dict(category="speaker_request", language="en", acknowledge=True, on_time=True, speakers=[
        sp("Mortadha Abdulameer Al-Rikabi", "Director of Planning and Engineering Department",
           "Nasiriyah Municipality Directorate", ["roundtable"], 4)],
        notes="Iraqi municipal director asks to speak himself ('I would like to request'): name, title and "
              "affiliation only in the signature; the double honorific 'Dr. Eng.' dropped; 'Dhi Qar Governorate - "
              "Iraq' is the place; 'roundtable No. 4 ,' with a stray space; 'confirm receiving'. Outlook for iOS "
              "from a personal outlook address; Date in UTC+3."))


# ================================================================ 12  EN  speaker  Municipality of Tyre: nomination only in the attached form (Apple Mail)
M12_FORM = "Speaker nomination form - Tyre Municipality.docx"


def m12():
    when = at("2021-02-04 17:52:14")
    subj = "Nomination form - Municipality of Tyre"
    text = """Dear colleagues,

Please find attached the nomination form of the Municipality of Tyre for the Regional Review, filled and signed.

Kind regards,
Mira

Mira Hassan Jaber
Projects and Partnerships Officer
Municipality of Tyre | بلدية صور
South Lebanon
"""
    form = make_docx(["Regional Review of the Global Compact for Migration - Arab Region 2021",
                      "SPEAKER NOMINATION FORM",
                      "Name of entity: Municipality of Tyre (South Lebanon)",
                      "Name of speaker: Kassem Ahmad Ezzeddine",
                      "Title / position: Member of the Municipal Council, Head of the Social Affairs Committee",
                      "Role requested (tick all that apply):",
                      "[X] Open discussion of the multi-stakeholder consultation (23 February)",
                      "[ ] Rapporteur (key messages of stakeholders)",
                      "[ ] Floor intervention in a plenary session",
                      "[X] Floor intervention in a thematic roundtable - Roundtable no.: 1",
                      "Language of intervention: Arabic",
                      "Contact: k.ezzeddine@tyre-municipality.example.lb",
                      "Signature of the head of the entity: [signed] Mayor of Tyre"])
    a = alt(text, "Apple-Mail=_4F2A9C71-6B3D-4E85-9A10-7C2E5D8B3F64", html=apple_html(text))
    body = multi("mixed", [a, attach(DOCX, form, M12_FORM)],
                 "Apple-Mail=_1C8E5B30-9D47-4A2F-B6E1-3F0A7D9C5E28")
    m = mk(when, sent_at(when, 2, 8), "mail-sor-f41.google.example.com", "192.0.2.41", "4DWx2Fm6LczB",
           "Mira Jaber <m.jaber@tyre-municipality.example.lb>", subj,
           "<8B3E1F6A-2C94-4D7B-A05E-9F1C3D6B7A28@tyre-municipality.example.lb>", body, extra=[("X-Mailer", APPLE)])
    add(12, when, m, dict(category="speaker_request", language="en", acknowledge=True, on_time=True, speakers=[
        sp("Kassem Ahmad Ezzeddine", "Member of the Municipal Council, Head of the Social Affairs Committee",
           "Municipality of Tyre", ["open_discussion", "roundtable"], 1)],
        notes="the body names nobody: the nomination is only in the attached DOCX form (not a report), where two "
              "boxes are ticked ('[X] Open discussion' and '[X] ... thematic roundtable - Roundtable no.: 1') and "
              "two are not; the two-part title kept whole; '(South Lebanon)' is the place. The sender signs with "
              "her first name and a bilingual signature; she is not the speaker. Apple Mail."))


# ================================================================ 13  AR  speaker  بلدية كيهيدي (Mauritania): two speakers, phone, names in two scripts
def m13():
    when = at("2021-02-05 11:24:08")
    subj = "مشاركة بلدية كيهيدي"
    text = """السلام عليكم ورحمة الله
إلى أمانة الاستعراض الإقليمي

بعد التحية، بلدية كيهيدي (ولاية كوركول) تريد المشاركة في الاستعراض الإقليمي للاتفاق العالمي للهجرة. المدينة على ضفة النهر مع السنغال وعندنا حركة كل يوم للناس والبضايع بين الضفتين، وعدد كبير من شبابنا هاجرو لفرنسا وإسبانيا وأمريكا.

نرشح:
1- السيد آمادو صمبا جالو (Amadou Samba Diallo)، عمدة البلدية، للنقاش المفتوح يوم 23 فبراير
2- السيدة فاطمة بنت سيدي ولد أحمد محمود، المستشارة البلدية المكلفة بالشباب والمغتربين، كمقررة تعرض الرسائل الرئيسية

ولكم منا جزيل الشكر
واسمحو لنا على التأخير، الرسالة كان لازم تخرج من أسبوع

إبراهيما سي
الأمين العام لبلدية كيهيدي
Secrétaire général de la Commune de Kaédi
"""
    body = alt(text, "000000000000a6f1c305ba8f2e47", html=android_html(text), b64=True)
    m = mk(when, sent_at(when, 0, 9), "mail-yw1-f171.google.example.com", "192.0.2.171", "4DXb5Kq9VnzH",
           "Ibrahima Sy <ibrahima.sy.kaedi@gmail.example.com>", hdr(subj),
           "<CAPw2nT8rK4mX6vB+z1Lc9Hq3sY5dGf7eJo@mail.gmail.example.com>", body)
    add(13, when, m, dict(category="speaker_request", language="ar", acknowledge=True, on_time=True, speakers=[
        sp("آمادو صمبا جالو", "عمدة البلدية", "بلدية كيهيدي", ["open_discussion"]),
        sp("فاطمة بنت سيدي ولد أحمد محمود", "المستشارة البلدية المكلفة بالشباب والمغتربين", "بلدية كيهيدي",
           ["rapporteur"])],
        notes="Mauritanian commune on the Senegal river; short Gmail-app mail with Hassaniya touches ('عندنا', "
              "'كان لازم تخرج', 'اسمحو') and spellings without hamza; two speakers on numbered lines: the mayor's "
              "name in Arabic followed by its Latin spelling in brackets (recorded in Arabic, the message's "
              "language), 'السيد'/'السيدة' dropped, title 'عمدة البلدية' as written; a 'بنت ... ولد' chain kept whole. "
              "The apology for being late is wrong: 5 February 11:24 is on time. The secretary-general who writes "
              "(French line in the signature, Latin From name, Date in UTC+0) is not a speaker."))


# ================================================================ 14  EN  both  Municipality of Bizerte: English report + French summary, deputy mayor as rapporteur
M14_FILE1 = "Bizerte_Municipality_GCM_Voluntary_Report_EN.pdf"
M14_FILE2 = "Synthèse_FR_Commune_de_Bizerte.pdf"


def m14():
    when = at("2021-02-05 15:10:37")
    subj = "Municipality of Bizerte - voluntary report and proposed rapporteur"
    text = """Dear Madam, Dear Sir,

Further to your invitation, the Municipality of Bizerte is pleased to send you its voluntary contribution to the regional review of the Global Compact for Migration: the full report in English and its executive summary in French (two files attached).

We would also like to propose Mr. Walid Ben Romdhane, First Deputy Mayor in charge of international cooperation and local economic development, as rapporteur to present the key messages of the stakeholders. Mr. Ben Romdhane moderated on 18 January our local consultation with the associations of Bizerte on the departures of young people by sea and on the fishermen who rescue migrants.

We thank you in advance and remain available for any further information.

Best regards,

Sonia Mejri
Chargée de la coopération internationale
Commune de Bizerte - Bureau de la coopération internationale
بلدية بنزرت
Tél. : +216 72 000 000
"""
    pdf1 = rep_pdf("Voluntary GCM Review - Municipality of Bizerte", "Municipality of Bizerte, Tunisia",
                   ["Young people leaving by sea", "Fishermen and rescue at sea", "Returnees from Italy",
                    "Municipal services for migrants", "Recommendations"])
    pdf2 = make_pdf(["Commune de Bizerte - Synthese du rapport volontaire", "Examen regional du Pacte mondial 2021",
                     "1. Departs des jeunes par la mer", "2. Pecheurs et sauvetage", "3. Recommandations"])
    a = alt(text, "_000_PR0P264MB2518B7D4E1C9A263_", html=outlook_html(text, lang="EN-US"))
    body = multi("mixed", [a, attach("application/pdf", pdf1, M14_FILE1), attach("application/pdf", pdf2, M14_FILE2)],
                 "_004_PR0P264MB2518B7D4E1C9A263_")
    m = mk(when, sent_at(when, 1, 8), "mail-pr0fra01on0616.outbound.protection.outlook.example.com",
           "198.51.100.116", "4DXk1Pw7CszL", "Sonia Mejri <cooperation@commune-bizerte.example.tn>", subj,
           "<PR0P264MB2518B7D4E1C9A263@PR0P264MB2518.FRAP264.PROD.OUTLOOK.example.com>", body,
           extra=outlook(subj, "AdbzZ9Lk1Jh3Gf5Ds7Aq9Wp1Oe3Ir5Ut==", lang="en-US", has_attach="yes"))
    add(14, when, m, dict(category="both", language="en", acknowledge=True, on_time=True, speakers=[
        sp("Walid Ben Romdhane", "First Deputy Mayor in charge of international cooperation and local economic "
           "development", "Municipality of Bizerte", ["rapporteur"])],
        report_attachments=[M14_FILE1, M14_FILE2],
        notes="both, on time (Friday 5 February 15:10); Tunisian municipality writing English with a French and "
              "Arabic signature: acknowledge in English, the language of the body. The report is two files (the "
              "English report and its French summary, accented name RFC 2231 + RFC 2047), both listed. Speaker in "
              "prose ('Mr.' dropped), long title with its portfolio; the 18 January consultation is context. The "
              "sender is not the speaker. Outlook, Date in UTC+1."))


# ================================================================ 15  FR  speaker  Commune de Kairouan: the secretary-general writes late on the deadline evening
def m15():
    when = at("2021-02-05 23:41:27")
    subj = "Demande de participation - Commune de Kairouan"
    text = """Madame, Monsieur,

Je vous prie de trouver ci-dessous la demande de participation de la Commune de Kairouan a l'examen regional du Pacte mondial sur les migrations, validee ce soir par Madame la Maire a l'issue de la reunion du bureau municipal.

La Commune propose M. Anis Boughanmi, Chef du service des Tunisiens a l'etranger et de la migration, Direction des affaires sociales de la Commune de Kairouan, pour une intervention dans la table ronde thematique n° 2. M. Boughanmi suit depuis 2018 les dossiers des familles de jeunes partis vers l'Italie et le programme municipal d'appui aux migrants de retour.

Madame la Maire, retenue par la session du conseil regional les 24 et 25 fevrier, ne pourra malheureusement pas participer elle-meme.

Avec nos excuses pour l'heure tardive de cet envoi, et nos remerciements.

Slim Haddad
Secretaire general de la Commune de Kairouan
Tel. : +216 77 000 000
"""
    body = tb_plain(text)
    m = mk(when, sent_at(when, 1, 9), "smtp.commune-kairouan.example.tn", "203.0.113.77", "4DXz7Rm3BkzS",
           "Slim Haddad <sg@commune-kairouan.example.tn>", subj,
           "<6a1f3c2e-8b47-4d90-a5e1-2c9b7f04d318@commune-kairouan.example.tn>", body,
           extra=[("User-Agent", TB), ("Content-Language", "fr")])
    add(15, when, m, dict(category="speaker_request", language="fr", acknowledge=True, on_time=True, speakers=[
        sp("Anis Boughanmi", "Chef du service des Tunisiens a l'etranger et de la migration, Direction des affaires "
           "sociales", "Commune de Kairouan", ["roundtable"], 2)],
        notes="Tunisian commune's secretary-general writing at 23:41 Beirut time on the speaker deadline day "
              "(22:41 in Tunis, Date in UTC+1): on time, although the sender apologises for 'l'heure tardive'. "
              "Administrative French typed without accents (the title recorded as written, as h226-03); title with its directorate, recorded without the "
              "trailing 'de la Commune de Kairouan' (the affiliation); 'table ronde thematique n° 2'. The mayor "
              "(unnamed, 'Madame la Maire') explicitly does not take part; the signer is not a speaker. "
              "Thunderbird, format=flowed, 8bit."))


# ================================================================ 16  FR  other  Commune d'Atar (Mauritania): an invitation letter for the Interior ministry's authorisation
def m16():
    when = at("2021-02-08 10:05:44")
    subj = "Demande de lettre d'invitation au nom du Maire d'Atar"
    text = """Monsieur/Madame,

Je suis le Secrétaire général de la Commune d'Atar (Wilaya de l'Adrar, Mauritanie). Notre Maire souhaite suivre les travaux de la Conférence régionale des 24 et 25 février 2021 en tant que participant.

Conformément à la réglementation, toute participation d'un élu local à une réunion internationale doit être autorisée par le Ministère de l'Intérieur et de la Décentralisation, sur avis de S.E. le Wali de l'Adrar, et sur la base d'une invitation nominative.

Pourriez-vous donc nous adresser une lettre d'invitation au nom de M. le Maire, Sidi Mohamed Ould Ahmed Salem, en précisant les dates et si la Conférence se tiendra en présentiel ou en ligne ?

Nous ne sollicitons pas de prise de parole (nous avons noté que le délai était fixé au 5 février).

Dans l'attente, veuillez agréer mes salutations distinguées.

Mohamed Mahmoud Ould Cheikhna
Secrétaire général
Commune d'Atar
Tél. : +222 46 00 00 00
"""
    body = alt(text, "----=_Part_1184029_1620466381.1612771540118", html=yahoo_html(text))
    m = mk(when, sent_at(when, 0, 4), "sonic314-21.consmr.mail.ir2.yahoo.example.com", "198.51.100.214",
           "4DZ3Wq8NkzbF", "Mohamed Mahmoud Ould Cheikhna <commune_atar@yahoo.example.fr>", hdr(subj, enc="Q"),
           "<1612771540118.1184030@mail.yahoo.example.com>", body, extra=[("X-Mailer", YAHOO)])
    add(16, when, m, dict(category="other", language="fr", acknowledge=True, on_time=None,
        notes="administrative request from a Mauritanian commune's secretary-general: a nominative invitation "
              "letter for the mayor so that the Interior ministry can authorise his participation as a "
              "participant; the mayor is named with his title but 'Nous ne sollicitons pas de prise de parole': "
              "no speaker. 'S.E. le Wali de l'Adrar' is an authority, not a speaker; the 5 February deadline is "
              "quoted. Yahoo, Date in UTC+0."))


# ================================================================ 17  FR  other  the city network's newsletter (bulk), mentions its two nominations
def m17():
    when = at("2021-02-08 16:00:03")
    subj = "La Lettre du ReVMSIM n° 9 - février 2021"
    text = """La Lettre du ReVMSIM - n° 9 - février 2021
Réseau des Villes Maghrébines et Sahéliennes pour l'Inclusion des Migrants

À LA UNE - Examen régional du Pacte mondial sur les migrations
Le Secrétariat a proposé deux maires du réseau pour intervenir lors des tables rondes thématiques de la Conférence des 24 et 25 février : M. le Maire de Rosso (table ronde 2) et Mme la Maire de Mahdia (table ronde 4). Les villes membres peuvent encore transmettre leur rapport volontaire au secrétariat de l'examen régional (gcmrrarabstates@iom.int) jusqu'au 16 février.

VIE DU RÉSEAU
- Bienvenue à la Commune de Zouérate, 31e membre du réseau.
- Webinaire « Guichets municipaux d'accueil des migrants » : jeudi 18 février, 10h (heure de Tunis).
- Appel à projets « Villes accueillantes 2021 » : dossiers jusqu'au 15 mars.

Vous recevez cette lettre car votre adresse figure dans la liste de diffusion du ReVMSIM.
Se désinscrire : https://r.revmsim.example.org/unsubscribe/9f3c2a
"""
    html = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body>'
            '<table width="600" align="center" cellpadding="0" cellspacing="0"><tr><td>'
            '<h1 style="color:#1f5f8b">La Lettre du ReVMSIM - n&deg; 9 - f&eacute;vrier 2021</h1>'
            + text2html_nl(text.split("\n", 1)[1]) + '</td></tr></table></body></html>\n')
    body = alt(text, "----=_SIB_7c41e2a9f0b38d56", html=html)
    m = mk(when, sent_at(when, 1, 3), "m18-41.sendinblue.example.com", "192.0.2.241", "4DZH6Ts0PqzV",
           "ReVMSIM - La Lettre <newsletter@revmsim.example.org>", hdr(subj, enc="Q"),
           "<202102081500.19573845771@smtp-relay.sendinblue.example.com>", body,
           to="gcmrrarabstates@iom.int",
           extra=[("Precedence", "bulk"), ("List-Id", "<lettre.revmsim.example.org>"),
                  ("List-Unsubscribe", "<https://r.revmsim.example.org/unsubscribe/9f3c2a>"),
                  ("X-Mailer", "Sendinblue"), ("Feedback-ID", "41:2217493:campaign:sendinblue")],
           ret="bounces-2217493-9f3c2a@bounces.sendinblue.example.com")
    add(17, when, m, dict(category="other", language="fr", acknowledge=False, on_time=None,
        notes="the city network's newsletter (Sendinblue: Precedence: bulk, List-Id, List-Unsubscribe) from the "
              "same network as h241-07: it repeats its two nominations (mayors, roundtables 2 and 4) and quotes "
              "the review address and the report deadline, but submits nothing and asks nothing; bulk mail is "
              "never acknowledged; thread_of null (not a follow-up of the submission)."))


def text2html_nl(text):
    out = []
    for para in text.strip("\n").split("\n\n"):
        out.append("<p>" + "<br>\n".join(esc(x) for x in para.split("\n")) + "</p>")
    return "\n".join(out)


# ================================================================ 18  AR  speaker  مديرية بلدية الكوت (Iraq): official letter, late, through the ministry
def m18():
    when = at("2021-02-09 12:18:36")
    subj = "م/ ترشيح - مديرية بلدية الكوت"
    text = """جمهورية العراق
محافظة واسط
مديرية بلدية الكوت
العدد: م ب/ 1906
التاريخ: 2021/2/8

الى / أمانة الاستعراض الإقليمي للاتفاق العالمي من أجل الهجرة الآمنة والمنظمة والنظامية - المنظمة الدولية للهجرة

م / ترشيح

تحية طيبة ...

إشارة إلى كتاب وزارة الإعمار والإسكان والبلديات والأشغال العامة / المديرية العامة للبلديات ذي العدد 2210 في 2021/1/31 المتضمن دعوتكم الكريمة للمشاركة في الاستعراض الإقليمي، وبناءً على موافقة السيد مدير عام البلديات المؤرخة في 2021/2/7،

نرشح السيد المهندس عباس جبار حسن الزاملي معاون مدير بلدية الكوت للشؤون الفنية للمشاركة بمداخلة في المائدة المستديرة المواضيعية الرابعة، لعرض تجربة البلدية في استقبال العوائل النازحة والوافدين من الأرياف والأهوار بسبب الجفاف وقلة فرص العمل.

للتفضل بالاطلاع ... مع التقدير.

المهندس
كريم عبد الحسين الموسوي
مدير بلدية الكوت
2021/2/8
"""
    body = alt(text, "000000000000e2b7d905bae4c1f6", html=gmail_html(text, rtl=True), b64=True)
    m = mk(when, sent_at(when, 3, 7), "mail-lj1-f173.google.example.com", "192.0.2.173", "4DZp3Yc8WkzJ",
           addr("بلدية الكوت", "kut.municipality.office@gmail.example.com"), hdr(subj),
           "<CAHv5nR7wT2kM9xQ+c3Bz6Lp1sY8dFg4eJr@mail.gmail.example.com>", body)
    add(18, when, m, dict(category="speaker_request", language="ar", acknowledge=True, on_time=False, speakers=[
        sp("عباس جبار حسن الزاملي", "معاون مدير بلدية الكوت للشؤون الفنية", "مديرية بلدية الكوت", ["roundtable"], 4)],
        notes="late (9 February) but the letter does not say so: the invitation reached the municipality through "
              "the ministry's letter of 31 January and the approval is dated 7 February. Iraqi official letter "
              "('العدد', 'التاريخ', 'الى /', 'م / ترشيح', 'إشارة إلى كتاب ... ذي العدد ... في ...'); the speaker in "
              "prose without punctuation around his title ('السيد المهندس' dropped); the title contains the "
              "municipality's name and is kept whole; the signing director is not the speaker. Gmail base64 from "
              "an office account, Date in UTC+3."))


# ================================================================ 19  EN  both  Greater Karak Municipality: forwarded internal chain, report on time, speaker late
M19_FILE = "GKM GCM Voluntary Report - final.pdf"


def m19():
    when = at("2021-02-10 11:47:20")
    subj = "Fwd: GCM report + speaker"
    text = """Dear Secretariat,

As instructed by H.E. the Mayor, please see below and attached the contribution of Greater Karak Municipality to the Regional Review. Apologies for the delay, the report had to be approved by the Municipal Council on 8 February.

Best regards,
Lubna

Lubna Khaled Al-Tarawneh
Mayor's Office Manager
Greater Karak Municipality (GKM)
بلدية الكرك الكبرى

---------- Forwarded message ---------
From: Omar Al-Sarayrah <o.sarayrah@karak-municipality.example.jo>
Date: Tue, Feb 9, 2021 at 3:12 PM
Subject: GCM report + speaker
To: Mayor's Office <mayor.office@karak-municipality.example.jo>

Dear Lubna,

Attached is the final version of the GCM voluntary report as approved by the council yesterday, kindly send it to the IOM email in the invitation.

For the speaker, the Mayor agreed that Dr. Hala Suleiman Al-Majali, Head of the Local Development Unit, will speak in the plenary session on our experience with the Syrian refugees and the Egyptian agricultural workers in the Karak villages.

Thanks,
Omar

Eng. Omar Al-Sarayrah
Projects Coordinator - Local Development Unit
Greater Karak Municipality
"""
    pdf = rep_pdf("Voluntary GCM Review Report", "Greater Karak Municipality (GKM), Jordan",
                  ["Syrian refugees in Karak", "Egyptian agricultural workers", "Municipal services and social cohesion",
                   "Recommendations"])
    a = alt(text, "000000000000b39f4a05bb00d7e2", html=gmail_html(text))
    body = multi("mixed", [a, attach("application/pdf", pdf, M19_FILE)], "000000000000b39f4c05bb00d7e4")
    m = mk(when, sent_at(when, 2, 6), "mail-qk1-f180.google.example.com", "192.0.2.180", "4F0Bd5Mn2XzC",
           "Lubna Al-Tarawneh <mayor.office@karak-municipality.example.jo>", subj,
           "<CAN1xV6pQ3kT8mW+f5Rz2Hb9sL4cY7dJe0n@mail.gmail.example.com>", body)
    add(19, when, m, dict(category="both", language="en", acknowledge=True, on_time=False, speakers=[
        sp("Hala Suleiman Al-Majali", "Head of the Local Development Unit", "Greater Karak Municipality (GKM)",
           ["plenary"])],
        report_attachments=[M19_FILE],
        notes="both, 10 February: the report is on time but the speaker part is late, so on_time is false; the "
              "sender apologises only for the report's delay. The mayor's office manager forwards (Gmail 'Fwd:') an "
              "internal mail in which the speaker is named ('Dr.' dropped); the affiliation in its fullest form "
              "with the acronym from the outer signature; 'H.E. the Mayor' and the two senders are not speakers; "
              "PDF name with spaces."))


# ================================================================ 20  FR  report  Larache local development agency: the report in the body (Apple Mail)
def m20():
    when = at("2021-02-11 09:36:52")
    subj = "Contribution de l'ACDL Larache à l'examen régional du PMM"
    text = """Réf. : ACDL/DG/2021-019

Madame, Monsieur,

Notre contribution étant courte, nous vous la transmettons directement dans le corps de ce message, au titre de rapport volontaire de l'Agence Communale de Développement Local de Larache (ACDL) pour l'examen régional du Pacte mondial sur les migrations.

RAPPORT VOLONTAIRE - ACDL LARACHE - FÉVRIER 2021

1. Contexte
Larache (environ 125 000 habitants) est une ville de départ vers l'Espagne depuis les années 1990 et, depuis 2015, une ville de passage et d'installation pour des migrants d'Afrique de l'Ouest employés dans l'agriculture (fruits rouges) du bassin du Loukkos.

2. Actions menées (objectifs 16, 18 et 19 du Pacte)
- Cellule municipale d'orientation des migrants ouverte en 2019 (412 personnes reçues en 2020) ;
- Formation de 60 jeunes de retour d'Espagne aux métiers de la pêche et de l'agriculture ;
- Appui aux associations des Marocains de Larache résidant en Espagne pour des projets d'investissement locaux.

3. Difficultés
Absence de données locales fiables, logement saisonnier insalubre, blocage des retours pendant la fermeture des frontières en 2020.

4. Recommandations
- Associer les communes aux plans nationaux de mise en œuvre du Pacte ;
- Créer des guichets territoriaux uniques pour les migrants et les Marocains de retour ;
- Financer des programmes de mobilité circulaire encadrés.

Nous restons à votre disposition.

Nadia El Ouazzani
Directrice générale
Agence Communale de Développement Local de Larache (ACDL)
Larache - Maroc
"""
    body = alt(text, "Apple-Mail=_7E0C3A51-D94B-4F28-8B6A-2E1F9C5D0A73", html=apple_html(text))
    m = mk(when, sent_at(when, 1, 10), "smtp.acdl-larache.example.ma", "203.0.113.41", "4F0Wq3Jt7MzD",
           "Nadia El Ouazzani <direction@acdl-larache.example.ma>", hdr(subj, enc="Q"),
           "<3F9B2D7C-1A5E-4C86-B0D4-7E2A9C6F1B38@acdl-larache.example.ma>", body, extra=[("X-Mailer", APPLE)])
    add(20, when, m, dict(category="voluntary_report", language="fr", acknowledge=True, on_time=True,
        notes="a local development agency's short report written in the body (title, four numbered sections, "
              "GCM objectives) and declared 'au titre de rapport volontaire': a voluntary report with no "
              "report_attachments. Reference number above the salutation; years and figures are context; the "
              "director who signs is not a speaker. Apple Mail, multipart/alternative, Date in UTC+1."))


# ================================================================ 21  AR  report  المجلس الجهوي لإينشيري (Mauritania): Arabic PDF name, Yahoo
M21_FILE = "تقرير المجلس الجهوي لإينشيري حول الهجرة - فبراير 2021.pdf"


def m21():
    when = at("2021-02-12 13:05:15")
    subj = "إرسال التقرير الطوعي للمجلس الجهوي لإينشيري"
    text = """بسم الله الرحمن الرحيم

الجمهورية الإسلامية الموريتانية
شرف - إخاء - عدل
المجلس الجهوي لإينشيري
رقم: 0043/م.ج.إ/2021
أكجوجت بتاريخ: 11 فبراير 2021

إلى السادة أمانة الاستعراض الإقليمي للاتفاق العالمي من أجل الهجرة الآمنة والمنظمة والنظامية

الموضوع: إرسال التقرير الطوعي

السلام عليكم ورحمة الله وبركاته، وبعد،

يشرفني أن أرسل إليكم طيه التقرير الطوعي للمجلس الجهوي لإينشيري حول تنفيذ الاتفاق العالمي على مستوى الولاية، ويتناول على وجه الخصوص تدفق الباحثين عن الذهب من داخل البلاد ومن دول الجوار منذ 2016 إلى مناطق التنقيب السطحي، وضغطه على الماء والصحة في أكجوجت، وأوضاع العمال الأجانب في المناجم.

وسيتابع السيد رئيس المجلس أعمال المؤتمر عن بعد.

وتقبلوا فائق التقدير والاحترام.

الأمين العام
محمد الأمين ولد الشيخ سيديا
Conseil Régional de l'Inchiri
"""
    pdf = rep_pdf("Voluntary GCM review report (Arabic)", "Conseil Regional de l'Inchiri, Mauritanie",
                  ["Gold seekers since 2016", "Water and health in Akjoujt", "Foreign workers in the mines",
                   "Recommendations"])
    a = alt(text, "----=_Part_1572210_1809364702.1613127910844", html=yahoo_html(text, rtl=True), b64=True)
    body = multi("mixed", [a, attach("application/pdf", pdf, M21_FILE)], "----=_Part_1572209_732146880.1613127910843")
    m = mk(when, sent_at(when, 0, 5), "sonic318-24.consmr.mail.ir2.yahoo.example.com", "198.51.100.218",
           "4F1Kc6Rv9TzG", addr("Mohamed Lemine Cheikh Sidiya", "crinchiri@yahoo.example.fr"), hdr(subj),
           "<1613127910844.1572211@mail.yahoo.example.com>", body, extra=[("X-Mailer", YAHOO)])
    add(21, when, m, dict(category="voluntary_report", language="ar", acknowledge=True, on_time=True,
        report_attachments=[M21_FILE],
        notes="Mauritanian regional council: formal letter in the body (motto 'شرف - إخاء - عدل', 'رقم', 'بتاريخ', "
              "'الموضوع', 'طيه') with the report as a PDF with an Arabic name (RFC 2231 + RFC 2047); 'وسيتابع السيد "
              "رئيس المجلس أعمال المؤتمر عن بعد' is attendance, not a speaker request; the secretary-general signs "
              "(French line in the signature, Latin From name). Yahoo base64, Date in UTC+0."))


# ================================================================ 22  FR  report  Commune de Jendouba: 23:58 on the report deadline day, HTML-only (Zimbra)
M22_FILE = "Contribution_Commune_de_Jendouba_Examen_régional_PMM.pdf"


def m22():
    when = at("2021-02-16 23:58:10")
    subj = "Contribution de la Commune de Jendouba - examen régional PMM"
    inner = ("<div>Madame, Monsieur,</div><div><br></div>"
             "<div>Réf. : 221/SG/2021 du 15/02/2021</div><div><br></div>"
             "<div>J'ai l'honneur de vous transmettre ci-joint la contribution de la Commune de Jendouba à l'examen "
             "régional du Pacte mondial pour des migrations sûres, ordonnées et régulières, adoptée par le conseil "
             "municipal lors de sa séance du 15 février 2021.</div><div><br></div>"
             "<div>Elle porte sur les départs des jeunes du gouvernorat vers l'Europe, sur les travailleurs "
             "saisonniers algériens et sur les besoins des familles de migrants.</div><div><br></div>"
             "<div>Nous vous prions d'excuser cet envoi tardif, dû à une coupure de la connexion internet de la "
             "mairie cet après-midi.</div><div><br></div>"
             "<div>Veuillez agréer, Madame, Monsieur, l'expression de mes salutations distinguées.</div><div><br></div>"
             "<div>Le Secrétaire général de la Commune</div><div>Kamel Ayari</div>"
             "<div>Commune de Jendouba - بلدية جندوبة</div>")
    pdf = rep_pdf("Contribution de la Commune de Jendouba", "Commune de Jendouba, Tunisie",
                  ["Departs des jeunes vers l'Europe", "Travailleurs saisonniers algeriens",
                   "Familles de migrants", "Recommandations"])
    body = multi("mixed", [html_only(inner, lang="fr"), attach("application/pdf", pdf, M22_FILE)],
                 "=_a3f91c7e2b05d8641f2e9c70b4d13a58")
    m = mk(when, sent_at(when, 1, 8), "zimbra.commune-jendouba.example.tn", "203.0.113.88", "4F4Sm1Wd5HzK",
           "Kamel Ayari <sg@commune-jendouba.example.tn>", hdr(subj, enc="Q"),
           "<1283947561.20418.1613512682047.JavaMail.zimbra@commune-jendouba.example.tn>", body,
           extra=[("X-Mailer", ZIMBRA)])
    add(22, when, m, dict(category="voluntary_report", language="fr", acknowledge=True, on_time=True,
        report_attachments=[M22_FILE],
        notes="received 23:58 Beirut time on 16 February (22:58 in Jendouba, Date in UTC+1): on time although the "
              "sender apologises for 'cet envoi tardif'. HTML-only body (Zimbra web client, no text/plain), a "
              "reference number and the council's 15 February session date; the PDF name has an accent (RFC 2231 "
              "+ RFC 2047). The secretary-general signs, no speaker."))


# ================================================================ 23  AR  other  مديرية بلدية كربلاء: may the report come after the deadline?
def m23():
    when = at("2021-02-17 10:40:29")
    subj = "استفسار بخصوص موعد استلام التقرير الطوعي"
    text = """السلام عليكم

الأخوة في أمانة الاستعراض الإقليمي المحترمون

تحية طيبة

نود الاستفسار: تقريرنا الطوعي عن الهجرة والنزوح في كربلاء جاهز تقريباً، بس ينتظر توقيع السيد المحافظ، وعلمنا أن آخر موعد كان يوم أمس 16 شباط. هل ممكن تستلمون التقرير إذا وصلكم لغاية يوم 25 شباط؟ وهل يدخل ضمن الاستعراض لو وصل بعد المؤتمر؟

نرجو إعلامنا حتى نرتب أمورنا، مع الشكر الجزيل.

م. زينب حسين الخفاجي
شعبة التخطيط والمتابعة
مديرية بلدية كربلاء المقدسة
"""
    body = alt(text, "000000000000d5a2f805bb7e3c91", html=gmail_html(text, rtl=True), b64=True)
    m = mk(when, sent_at(when, 3, 6), "mail-ej1-f54.google.example.com", "192.0.2.54", "4F4mQ8Bx2RzN",
           addr("زينب الخفاجي", "zainab.alkhafaji.krb@gmail.example.com"), hdr(subj),
           "<CAGt9wP3nV6kR1xM+d8Lz4Hc2sY5bFq7eJk@mail.gmail.example.com>", body)
    add(23, when, m, dict(category="other", language="ar", acknowledge=True, on_time=None,
        notes="the day after the report deadline, an Iraqi municipality asks whether its report, awaiting the "
              "governor's signature, can still be received until 25 February: keyword-heavy ('تقريرنا الطوعي', "
              "'آخر موعد') but nothing is attached or submitted, so other with on_time null; Iraqi colloquial "
              "touches ('بس', 'تستلمون', 'لغاية'); 'م.' before the sender's name; Gmail base64, Date in UTC+3."))


# ================================================================ 24  EN  report  Municipality of Batroun: late report with apologies
M24_FILE = "Batroun Municipality - GCM contribution (Feb 2021).pdf"


def m24():
    when = at("2021-02-19 12:20:45")
    subj = "Late submission - Batroun Municipality contribution to the GCM regional review"
    text = """Dear colleagues,

Please accept our apologies for this late submission. Attached please find the contribution of the Municipality of Batroun to the regional review of the Global Compact for Migration, which we could not finalize before the deadline because of the lockdown and the closure of the municipal offices.

Our contribution focuses on the Syrian and migrant workers in the fishing port and in agriculture, on the impact of the economic crisis on both migrant workers and host families, and on the young people of Batroun who have left the country since 2019.

We hope it can still be taken into consideration.

Kind regards,

Rita Gerges Saadeh
Member of the Municipal Council, in charge of Social Affairs
Municipality of Batroun - بلدية البترون
North Lebanon
"""
    pdf = rep_pdf("Contribution to the GCM Regional Review", "Municipality of Batroun, North Lebanon",
                  ["Syrian and migrant workers in the port and agriculture", "Economic crisis and host families",
                   "Emigration of young people since 2019", "Recommendations"])
    a = alt(text, "_000_DB9PR01MB8264F2C7A0E5D913_", html=outlook_html(text, lang="EN-US"))
    body = multi("mixed", [a, attach("application/pdf", pdf, M24_FILE)], "_004_DB9PR01MB8264F2C7A0E5D913_")
    m = mk(when, sent_at(when, 2, 7), "mail-db9eur01on0625.outbound.protection.outlook.example.com",
           "198.51.100.125", "4F5Wn4Kc8TzP", "Rita Saadeh <r.saadeh@batroun-municipality.example.lb>", subj,
           "<DB9PR01MB8264F2C7A0E5D913@DB9PR01MB8264.eurprd01.prod.outlook.example.com>", body,
           extra=outlook(subj, "AdcGh5Jk7Lm9Nb1Vc3Xz5Qw7Er9Ty1Ui==", lang="en-US", has_attach="yes"))
    add(24, when, m, dict(category="voluntary_report", language="en", acknowledge=True, on_time=False,
        report_attachments=[M24_FILE],
        notes="late report (19 February, after the 16 February deadline) with apologies; the sender is a municipal "
              "councillor whose title is in the signature, but no speaker is proposed; PDF name with spaces and "
              "brackets; bilingual signature; Outlook, Date in UTC+2."))


def main():
    for f in (m01, m02, m03, m04, m05, m06, m07, m08, m09, m10, m11, m12, m13, m14, m15, m16, m17, m18, m19,
              m20, m21, m22, m23, m24):
        f()
    SET.write()


if __name__ == "__main__":
    main()
