#!/usr/bin/env python3
"""Write the blind evaluation set holdout219 (24 raw .eml messages + labels.json).

Deterministic, standard library only:  python3 tests/data/make_eval_sets219.py
Theme: international and regional bodies writing to the secretariat (1-17 February 2021): UN agencies' own
staff writing 'on behalf of the Regional Director', the League of Arab States and its specialised bodies,
regional economic bodies (IGAD, UMA, Council of Arab Economic Unity, Union of Arab Chambers), international
trade union federations (ITUC/ATUC, BWI, USTMA, RSMMS) and embassies' cooperation offices.  Long titles with
grades, several people in Cc, a mailing-list bulletin and a calendar invitation that reach the mailbox, a
thank-you answering our acknowledgement, an out-of-office and a bounce of our acknowledgement, and requests
where the person speaking is not the person writing.  Helpers from mailgen.py.
"""
from mailgen import (EvalSet, DOCX, POSTFIX_NOTICE, addr, alt, at, attach, dsn_report, flowed, gmail_html, hdr,
                     html_only, leaf, make_docx, mk, multi, re_hdr, rep_pdf, rfcdate, sent_at, sp, std_rows, top)
from mailgen import outlook_rows as outlook
from mailgen import quote_block as gt, ack_id as ack_mid, logo

SET = EvalSet(219)
add = SET.add
H = "h219-%02d.eml"

TB = "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:78.0) Gecko/20100101 Thunderbird/78.7.0"
IPHONE = "iPhone Mail (18D52)"


def outlook_html(text, lang="EN-US", rtl=False, cid=None):
    d = ' dir="RTL"' if rtl else ""
    paras = "".join('<p class="MsoNormal"%s>%s</p>' % (d, p.replace("&", "&amp;").replace("<", "&lt;")
                                                        .replace(">", "&gt;").replace("\n", "<br>"))
                    for p in text.split("\n\n"))
    img = '<p class="MsoNormal"><img width="120" height="40" src="cid:%s"></p>' % cid if cid else ""
    return ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">'
            '<style><!-- p.MsoNormal {margin:0cm;font-family:"Calibri",sans-serif;} --></style></head>'
            '<body lang="%s"><div class="WordSection1">%s%s</div></body></html>\n' % (lang, paras, img))


# ================================================================ 01  AR  speaker  League of Arab States, on behalf of the ASG, plenary
M01_ID = "<VI1PR0902MB2231E4A7B0C95D12@VI1PR0902MB2231.eurprd09.prod.outlook.example.com>"
M01_SUBJ = "ترشيح متحدثة - الأمانة العامة لجامعة الدول العربية - الجلسة العامة"
M01_QID = "4DTq0Lx2Gmz7"
M01_TEXT = """السادة/ أمانة الاستعراض الإقليمي للاتفاق العالمي من أجل الهجرة الآمنة والمنظمة والنظامية          المحترمين

تحية طيبة وبعد،،،

بالإشارة إلى الدعوة الكريمة الموجهة إلى الأمانة العامة لجامعة الدول العربية للمشاركة في المؤتمر الإقليمي الأول لاستعراض تنفيذ الاتفاق العالمي في المنطقة العربية (٢٤-٢٥ فبراير ٢٠٢١)، وبتكليف من معالي السفيرة الأمين العام المساعد، نتشرف بإفادتكم برغبة معاليها في إلقاء كلمة في الجلسة العامة للمؤتمر.

وفيما يلي بيانات المتحدثة:
الاسم: معالي السفيرة د. نادية الصيرفي
الصفة: الأمين العام المساعد - رئيس قطاع الشؤون الاجتماعية
الجهة: الأمانة العامة لجامعة الدول العربية

ونرجو التكرم بالتنسيق بشأن الترتيبات الفنية مع إدارة المغتربين والهجرة (الأستاذة/ ريم سليمان، في النسخة).

وتفضلوا بقبول فائق الاحترام والتقدير،،،

وزير مفوض/ عماد الدين الحسيني
مدير إدارة المغتربين والهجرة
قطاع الشؤون الاجتماعية
جامعة الدول العربية - القاهرة
"""


def m01():
    when = at("2021-02-01 10:05:14")
    a = alt(M01_TEXT, "_000_VI1PR0902MB2231E4A7B0C95D12_", html=outlook_html(M01_TEXT, "AR-SA", rtl=True))
    m = mk(when, sent_at(when, 2, 6), "mail-vi1eur09on0101.outbound.protection.outlook.example.com", "198.51.100.101",
           M01_QID, addr("إدارة المغتربين والهجرة - جامعة الدول العربية", "migration.dept@las.example.int"),
           hdr(M01_SUBJ), M01_ID, a,
           cc="%s, %s" % (addr("Reem Soliman", "reem.soliman@las.example.int"),
                          addr("ASG Office", "asg.social@las.example.int")),
           extra=outlook(M01_SUBJ, "AdcYx0AbCdEf0123456789ABCDEF==", lang="ar-SA"))
    add(1, when, m, dict(category="speaker_request", language="ar", acknowledge=True, on_time=True, speakers=[
        sp("نادية الصيرفي", "الأمين العام المساعد - رئيس قطاع الشؤون الاجتماعية",
           "الأمانة العامة لجامعة الدول العربية", ["plenary"])],
        notes="written by the department director (a minister plenipotentiary, 'وزير مفوض/') on behalf of the "
              "Assistant Secretary-General, who is the speaker; the name line carries 'معالي السفيرة د.' (form of "
              "address, diplomatic rank and academic title), none part of the name. The title is kept as written "
              "with its sector. The person in Cc (الأستاذة/ ريم سليمان) is a contact, not a speaker. From display "
              "name is the department."))


# ================================================================ 02  EN  speaker  UNDP RBAS, on behalf of the Regional Director, several in Cc
M02_ID = "<AM6PR02MB4405B1E2C3D4A5F6@AM6PR02MB4405.eurprd02.prod.outlook.example.com>"
M02_SUBJ = "GCM Regional Review - speaking slot for the UNDP Regional Director (plenary, 24 Feb)"


def m02():
    when = at("2021-02-01 11:32:40")
    text = """Dear colleagues at the GCM Regional Review secretariat,

On behalf of the Regional Director, I am writing to request a speaking slot for him in the plenary session of the Regional Review Conference on 24 February. As discussed at last week's Regional UN Network on Migration meeting, he would speak to the links between the GCM and the 2030 Agenda in the region.

Speaker details:
Name: Mr. Hisham Barakat
Title: Assistant Secretary-General and Regional Director, Regional Bureau for Arab States
Organization: United Nations Development Programme (UNDP)

For information, Ms. Rana Zaki, Policy Specialist (P3), will follow the discussions of thematic roundtable 2 for UNDP, as a participant only.

Copying the Regional Director's front office, Rana and our colleagues at IOM ROMENA, who kindly flagged the call.

With best regards,
Mireille

Mireille Haddad
Senior Programme Officer (P4)
Office of the Regional Director | Regional Bureau for Arab States (RBAS)
United Nations Development Programme (UNDP)
Amman, Jordan
"""
    a = alt(text, "_000_AM6PR02MB4405B1E2C3D4A5F6_", html=outlook_html(text))
    cc = ", ".join([addr("Front Office RBAS", "rbas.frontoffice@undp.example.org"),
                    addr("Rana Zaki", "rana.zaki@undp.example.org"),
                    addr("Jean-Paul Kabore", "jpkabore@iom.example.int"),
                    addr("Nour Khalil", "nkhalil@iom.example.int")])
    m = mk(when, sent_at(when, 2, 4), "mail-am6eur02on0130.outbound.protection.outlook.example.com", "198.51.100.130",
           "4DTsB81Q4Jz2", addr("Mireille Haddad", "mireille.haddad@undp.example.org"), M02_SUBJ, M02_ID, a, cc=cc,
           extra=outlook(M02_SUBJ, "AdcYyKf1a2B3c4D5e6F7g8H9i0J1kA=="))
    add(2, when, m, dict(category="speaker_request", language="en", acknowledge=True, on_time=True, speakers=[
        sp("Hisham Barakat", "Assistant Secretary-General and Regional Director, Regional Bureau for Arab States",
           "United Nations Development Programme (UNDP)", ["plenary"])],
        notes="UN agency staff member (Senior Programme Officer (P4), her grade in her own title) writing on behalf "
              "of the Regional Director, who is the speaker; long title written with its bureau, kept as written. "
              "Decoy: a colleague with title and grade who will attend roundtable 2 'as a participant only' is not "
              "a speaker. Four people in Cc (UNDP and IOM)."))


# ================================================================ 03  FR  other  mailing-list bulletin of the regional UN network
def m03():
    when = at("2021-02-01 15:20:03")
    text = """RÉSEAU RÉGIONAL DES NATIONS UNIES SUR LES MIGRATIONS - ÉTATS ARABES
Bulletin d'information n° 4 - février 2021

1. Examen régional du Pacte mondial (23-25 février 2021)
La consultation multipartite se tiendra le 23 février, suivie de la Conférence régionale d'examen les 24 et 25 février, en format virtuel. Les parties prenantes souhaitant intervenir sont invitées à écrire à gcmrrarabstates@iom.int avant le vendredi 5 février ; les rapports volontaires d'examen peuvent être envoyés à la même adresse jusqu'au 16 février (délai prolongé).

2. Groupe de travail sur les alternatives à la détention
Prochaine réunion le 11 février, 14h00 (heure de Beyrouth).

3. Publications
Note d'orientation conjointe sur la protection sociale des travailleurs migrants.

--
Vous recevez ce message parce que vous êtes inscrit(e) à la liste unnm-arabstates-fr.
Pour vous désabonner : https://lists.example.int/mailman/listinfo/unnm-arabstates-fr
"""
    body = leaf("text/plain", text, "utf-8", "quoted-printable")
    lst = "unnm-arabstates-fr@lists.example.int"
    extra = [("Sender", "unnm-arabstates-fr-bounces@lists.example.int"),
             ("Precedence", "list"),
             ("List-Id", "Reseau regional ONU migrations - Etats arabes (FR) <unnm-arabstates-fr.lists.example.int>"),
             ("List-Unsubscribe", "<https://lists.example.int/mailman/options/unnm-arabstates-fr>, "
                                  "<mailto:unnm-arabstates-fr-request@lists.example.int?subject=unsubscribe>"),
             ("List-Post", "<mailto:%s>" % lst),
             ("X-Mailman-Version", "2.1.29")]
    m = mk(when, sent_at(when, 2, 9), "lists.example.int", "203.0.113.200", "4DV0gk1mQwz3",
           addr("Secrétariat du Réseau régional", "unnm-arabstates-secretariat@iom.example.int", enc="Q"),
           hdr("[UNNM-AS-FR] Bulletin n° 4 - Examen régional du PMM, groupes de travail, publications", enc="Q"),
           "<20210201131955.7F2A1C0B@lists.example.int>", body, extra=extra,
           ret="unnm-arabstates-fr-bounces@lists.example.int", to=lst)
    add(3, when, m, dict(category="other", language="fr", acknowledge=False, on_time=None,
        notes="mailing-list bulletin (Precedence: list, List-Id, List-Unsubscribe, To: the list) to which the "
              "mailbox is subscribed; it repeats the call, both deadlines and the review address, but submits "
              "nothing and asks nothing: never acknowledge list mail."))


# ================================================================ 04  AR  report  Arab Labour Organization, PDF with Arabic name
M04_FILE = "تقرير منظمة العمل العربية - الاستعراض الطوعي للاتفاق العالمي.pdf"


def m04():
    when = at("2021-02-02 08:47:31")
    text = """السادة أمانة الاستعراض الإقليمي المحترمين،

تحية طيبة،

يسرّ منظمة العمل العربية، بناءً على توجيهات السيد المدير العام، أن ترفق طيّه تقريرها الطوعي حول تنفيذ الاتفاق العالمي من أجل الهجرة الآمنة والمنظمة والنظامية في الدول العربية، والذي أعدّه المركز العربي لإدارة العمل والتشغيل بالتعاون مع إدارة الحماية الاجتماعية وهجرة العمالة.

ويتضمن التقرير عرضاً لأوضاع العمالة الوافدة والعمالة العربية المتنقلة، والتشريعات الصادرة خلال الفترة ٢٠١٨-٢٠٢٠، وتوصيات للدورة القادمة.

مع خالص التحية،

د. حسام الدين العبيدي
خبير أول - إدارة الحماية الاجتماعية وهجرة العمالة
منظمة العمل العربية (ALO)
"""
    pdf = rep_pdf("Voluntary GCM Review - Arab Labour Organization (ALO)", "Arab Labour Organization",
                  ["Introduction", "Labour mobility in the Arab region 2018-2020", "Legislation",
                   "Objectives 6 and 22", "Recommendations"])
    a = alt(text, "_000_AS8PR05MB7761F1A2B3C4D5E6_", html=outlook_html(text, "AR-EG", rtl=True))
    body = multi("mixed", [a, attach("application/pdf", pdf, M04_FILE)], "_004_AS8PR05MB7761F1A2B3C4D5E6_")
    m = mk(when, sent_at(when, 2, 8), "mail-as8eur05on0712.outbound.protection.outlook.example.com", "198.51.100.71",
           "4DVLw23mHcz1", addr("حسام الدين العبيدي", "h.obeidi@alolabor.example.org"),
           hdr("التقرير الطوعي لمنظمة العمل العربية - الاستعراض الإقليمي للاتفاق العالمي للهجرة"),
           "<AS8PR05MB7761F1A2B3C4D5E6@AS8PR05MB7761.eurprd05.prod.outlook.example.com>", body,
           cc=addr("Office of the Director-General", "dg.office@alolabor.example.org"),
           extra=outlook("التقرير الطوعي", "AdcZ0ab1cd2ef3gh4ij5kl6mn7op8Q==", lang="ar-EG", has_attach="yes"))
    add(4, when, m, dict(category="voluntary_report", language="ar", acknowledge=True, on_time=True,
        report_attachments=[M04_FILE],
        notes="report of a specialised organisation of the League of Arab States, sent 'بناءً على توجيهات السيد "
              "المدير العام' by a senior expert; long Arabic PDF name (RFC 2231 filename*, RFC 2047 name); the "
              "signature title (خبير أول) is not a speaker request."))


# ================================================================ 05  AR  other  thank-you answering our acknowledgement of 01
def m05():
    when = at("2021-02-02 09:03:55")
    text = """شكراً جزيلاً على الإفادة بالاستلام.

مع التحية،
ريم سليمان
إدارة المغتربين والهجرة - جامعة الدول العربية

________________________________
من: GCM Regional Review Arab States <gcmrrarabstates@iom.int>
تاريخ الإرسال: الاثنين، ١ فبراير ٢٠٢١ ١٠:٠٥ ص
إلى: إدارة المغتربين والهجرة - جامعة الدول العربية
الموضوع: إشعار استلام - %s

تم استلام رسالتكم، وسيتم التواصل معكم بشأن طلب المداخلة بعد انتهاء المهلة المحددة.
أمانة الاستعراض الإقليمي
""" % M01_SUBJ
    a = alt(text, "_000_VI1PR0902MB2231A0B1C2D3E4F5_", html=outlook_html(text, "AR-SA", rtl=True))
    refs = M01_ID + " " + ack_mid(M01_QID)
    m = mk(when, sent_at(when, 2, 5), "mail-vi1eur09on0101.outbound.protection.outlook.example.com", "198.51.100.101",
           "4DVMJ51pXsz6", addr("إدارة المغتربين والهجرة - جامعة الدول العربية", "migration.dept@las.example.int"),
           re_hdr("RE: ", "إشعار استلام - " + M01_SUBJ),
           "<VI1PR0902MB2231A0B1C2D3E4F5@VI1PR0902MB2231.eurprd09.prod.outlook.example.com>", a,
           extra=outlook("إشعار استلام", "AdcYx0AbCdEf0123456789ABCDEFAAA1xY", lang="ar-SA") +
           [("In-Reply-To", ack_mid(M01_QID)), ("References", refs)])
    add(5, when, m, dict(category="other", language="ar", acknowledge=False, on_time=None, thread_of=H % 1,
        notes="thank-you from the Cc'd contact, sent from the department's shared mailbox in answer to our "
              "acknowledgement of h219-01 (In-Reply-To = the acknowledgement, References also h219-01): adds "
              "nothing new, so no acknowledgement."))


# ================================================================ 06  FR  speaker  UNECA North Africa, two speakers, 'au nom de la Directrice'
M06_ID = "<MR2P264MB0418C7D6E5F4A3B2@MR2P264MB0418.FRAP264.PROD.OUTLOOK.example.com>"
M06_SUBJ = "CEA-BSR/AN : proposition d'intervenants - Examen régional du PMM"


def m06():
    when = at("2021-02-02 12:10:26")
    text = """Madame, Monsieur,

Au nom de la Directrice du Bureau sous-régional pour l'Afrique du Nord de la Commission économique des Nations Unies pour l'Afrique (CEA), j'ai l'honneur de vous communiquer les noms des intervenants proposés par la CEA pour la Conférence régionale d'examen du Pacte mondial sur les migrations :

1) Mme Amina Tazi, Directrice du Bureau sous-régional pour l'Afrique du Nord - intervention en séance plénière (24 février) ;
2) M. Olivier Nkulu, Économiste principal (P5) - table ronde thématique n° 1.

Les deux intervenants participeront en ligne depuis Rabat.

Je reste à votre disposition pour toute précision.

Veuillez agréer, Madame, Monsieur, l'expression de ma considération distinguée.

Hélène Marchetti
Chargée des affaires économiques (P3)
Bureau sous-régional pour l'Afrique du Nord
Commission économique des Nations Unies pour l'Afrique (CEA)
Rabat, Maroc
"""
    a = alt(text, "_000_MR2P264MB0418C7D6E5F4A3B2_", html=outlook_html(text, "FR"))
    m = mk(when, sent_at(when, 1, 6), "mail-mr2fra01on0628.outbound.protection.outlook.example.com", "198.51.100.28",
           "4DVTm90sLbz4", addr("Hélène Marchetti", "marchetti@uneca.example.org", enc="Q"), hdr(M06_SUBJ, enc="Q"),
           M06_ID, a, cc="%s, %s" % (addr("Amina Tazi", "tazi.a@uneca.example.org"),
                                     addr("Olivier Nkulu", "nkulu@uneca.example.org")),
           extra=outlook(M06_SUBJ, "AdcZFa0b1c2d3e4f5g6h7i8j9k0lMg==", lang="fr-FR"))
    add(6, when, m, dict(category="speaker_request", language="fr", acknowledge=True, on_time=True, speakers=[
        sp("Amina Tazi", "Directrice du Bureau sous-régional pour l'Afrique du Nord",
           "Commission économique des Nations Unies pour l'Afrique (CEA)", ["plenary"]),
        sp("Olivier Nkulu", "Économiste principal (P5)",
           "Commission économique des Nations Unies pour l'Afrique (CEA)", ["roundtable"], 1)],
        notes="written 'au nom de la Directrice' by a staff member (P3) who is not a speaker; two speakers on "
              "numbered prose lines with 'Mme'/'M.' (dropped). The affiliation is only written once, in the "
              "opening sentence and the signature; 'Rabat' is a place. Not covered by dev: the second title carries "
              "the UN grade '(P5)'; recorded as written, as a secretary copying the title would."))


# ================================================================ 07  EN  other  calendar invitation from an IOM colleague
def m07():
    when = at("2021-02-02 16:55:48")
    text = """You have been invited to the following event.

GCM Regional Review - roundtable co-facilitators prep call
When: Wed 10 Feb 2021 11:00 - 12:00 Eastern European Time - Beirut
Joining info: Join with Microsoft Teams (link in the invitation)
Calendar: gcmrrarabstates@iom.int
Who:
* nkhalil@iom.example.int - organizer
* gcmrrarabstates@iom.int
* jpkabore@iom.example.int
* reem.hamdan@escwa.example.org
* s.ouali@ilo.example.org

Agenda: allocation of floor interventions per roundtable, timing, interpretation (AR/EN/FR).

Invitation from Google Calendar
You are receiving this email at the account gcmrrarabstates@iom.int because you are an attendee of this event.
"""
    ics = """BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTART:20210210T090000Z
DTEND:20210210T100000Z
DTSTAMP:20210202145544Z
ORGANIZER;CN=Nour Khalil:mailto:nkhalil@iom.example.int
UID:3k9v0c2b7q1m8n4p6r5s@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=gcmrrarabstates@iom.int:mailto:gcmrrarabstates@iom.int
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=reem.hamdan@escwa.example.org:mailto:reem.hamdan@escwa.example.org
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Nour Khalil:mailto:nkhalil@iom.example.int
DESCRIPTION:Agenda: allocation of floor interventions per roundtable\\, timing\\, interpretation (AR/EN/FR).
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:GCM Regional Review - roundtable co-facilitators prep call
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
"""
    ics = ics.replace("\n", "\r\n")
    a = multi("alternative", [leaf("text/plain", text, cte="7bit"), leaf("text/html", gmail_html(text)),
                              leaf("text/calendar", ics, cte="7bit", params=[("method", "REQUEST")])],
              "0000000000007a1b2c05ba5f0e11")
    body = multi("mixed", [a, leaf("application/ics", ics.encode("utf-8"), cte="base64",
                                   params=[("name", '"invite.ics"')], disp='attachment; filename="invite.ics"')],
                 "0000000000007a1b2c05ba5f0e13")
    subj = ("Invitation: GCM Regional Review - roundtable co-facilitators prep call @ Wed 10 Feb 2021 "
            "11am - 12pm (EET) (gcmrrarabstates@iom.int)")
    m = mk(when, sent_at(when, 2, 3), "mail-sor-f69.google.example.com", "192.0.2.69", "4DVhF62nRqz8",
           addr("Nour Khalil", "nkhalil@iom.example.int"), subj,
           "<0000000000007f4e1d05ba5f0e0d@google.com>", body, extra=[("Reply-To", "nkhalil@iom.example.int"),
                                                                   ("Sender", "Google Calendar <calendar-notification@google.example.com>")])
    add(7, when, m, dict(category="other", language="en", acknowledge=False, on_time=None,
        notes="Google Calendar invitation (text/calendar METHOD:REQUEST + invite.ics) from an IOM colleague to an "
              "internal prep call; the mailbox is an attendee. Not covered by LABELS.md/dev: sent on behalf of a "
              "person but machine-generated and answered by accepting/declining in the calendar, not by our "
              "acknowledgement; a careful secretary would file it without acknowledging (acknowledge false). "
              "Mentions roundtables and floor interventions but proposes no speaker."))


# ================================================================ 08  EN  both  ITUC + ATUC joint report (PDF) and two speakers; Reply-To mistyped (bounce 09)
M08_ID = "<CAF7kPq2xR9m+Tw4bZ1eHc8Ny3uJ6sLd0Vg@mail.gmail.example.com>"
M08_SUBJ = "ITUC-ATUC joint voluntary review + speakers (rapporteur / RT2)"
M08_FILE = "ITUC-ATUC_joint_GCM_review_Arab_region_2021.pdf"
M08_QID = "4DW2cV0hWkz5"


def m08():
    when = at("2021-02-03 10:20:09")
    text = """Dear GCM Regional Review secretariat,

Please find attached the joint voluntary GCM review prepared by the International Trade Union Confederation (ITUC) and the Arab Trade Union Confederation (ATUC), with inputs from affiliates in Jordan, Lebanon, Bahrain, Kuwait, Morocco and Tunisia.

We would also like to propose two trade union speakers:

1. Sister Hiba Khoury - Migrant Workers' Coordinator - Arab Trade Union Confederation (ATUC) - rapporteur, to deliver the key messages of the stakeholders
2. Brother Anil Joshi - Policy Adviser, Migration - International Trade Union Confederation (ITUC) - floor intervention in Roundtable 2

Please reply to our migration desk (address below), which both of us follow.

In solidarity,

Stefan Dorner
Human and Trade Union Rights Department
ITUC - International Trade Union Confederation
Boulevard du Roi Albert II, 5, Bte 1 - 1210 Brussels
"""
    pdf = rep_pdf("Joint voluntary GCM review - ITUC / ATUC", "International Trade Union Confederation (ITUC) and "
                  "Arab Trade Union Confederation (ATUC)", ["Introduction", "Kafala and labour mobility",
                                                            "Objectives 6, 16 and 22", "Union organising of migrant "
                                                            "workers", "Recommendations"])
    a = alt(text, "000000000000c4d5e605ba6f1a2b", html=gmail_html(text))
    body = multi("mixed", [a, attach("application/pdf", pdf, M08_FILE)], "000000000000c4d5e505ba6f1a29")
    m = mk(when, sent_at(when, 1, 7), "mail-ej1-f52.google.example.com", "192.0.2.52", M08_QID,
           addr("Stefan Dorner", "stefan.dorner@ituc-csi.example.org"), M08_SUBJ, M08_ID, body,
           cc="%s, %s" % (addr("Hiba Khoury", "hiba.khoury@arabtuc.example.org"),
                          addr("Anil Joshi", "anil.joshi@ituc-csi.example.org")),
           extra=[("Reply-To", "ITUC Migration Desk <migration-desk@ituc-csi.exmaple.org>")])
    add(8, when, m, dict(category="both", language="en", acknowledge=True, on_time=True,
        report_attachments=[M08_FILE], speakers=[
        sp("Hiba Khoury", "Migrant Workers' Coordinator", "Arab Trade Union Confederation (ATUC)", ["rapporteur"]),
        sp("Anil Joshi", "Policy Adviser, Migration", "International Trade Union Confederation (ITUC)",
           ["roundtable"], 2)],
        notes="joint report of two trade union confederations (PDF) plus two speakers, both on time (3 February); "
              "the trade-union forms of address 'Sister'/'Brother' are honorifics, not part of the names; the "
              "sender is not a speaker. Reply-To is a mistyped domain ('exmaple'): the acknowledgement to it "
              "bounces (h219-09)."))


# ================================================================ 09  EN  bounce  our acknowledgement of 08 to the mistyped Reply-To
def m09():
    when = at("2021-02-03 10:21:02")
    rcpt = "migration-desk@ituc-csi.exmaple.org"
    dsn = """Reporting-MTA: dns; mx1.iom.int
X-Postfix-Queue-ID: 4DW2dT3kQpz1
X-Postfix-Sender: rfc822; gcmrrarabstates@iom.int
Arrival-Date: %s

Final-Recipient: rfc822; %s
Original-Recipient: rfc822;%s
Action: failed
Status: 5.4.4
Diagnostic-Code: X-Postfix; Host or domain name not found. Name service error
    for name=ituc-csi.exmaple.org type=AAAA: Host not found
""" % (rfcdate(at("2021-02-03 10:20:58")), rcpt, rcpt)
    returned = """Return-Path: <gcmrrarabstates@iom.int>
From: GCM Regional Review Arab States <gcmrrarabstates@iom.int>
To: ITUC Migration Desk <%s>
Subject: Acknowledgement of receipt - %s
Date: %s
Message-ID: %s
In-Reply-To: %s
Auto-Submitted: auto-replied
""" % (rcpt, M08_SUBJ, rfcdate(at("2021-02-03 10:20:57")), ack_mid(M08_QID), M08_ID)
    notice = POSTFIX_NOTICE + ("\n<%s>: Host or domain name not found. Name service error for\n"
                               "    name=ituc-csi.exmaple.org type=AAAA: Host not found\n" % rcpt)
    body = dsn_report(notice, dsn, returned, "4DW2dT3kQpz1.1612340462/mx1.iom.int")
    rows = std_rows(when, "localhost", "127.0.0.1", "4DW2eB0cRtz9", "MAILER-DAEMON@mx1.iom.int (Mail Delivery System)",
                    "Undelivered Mail Returned to Sender", rfcdate(when), "<20210203082102.4DW2eB0cRtz9@mx1.iom.int>",
                    extra=[("Auto-Submitted", "auto-replied")], ret="")
    rows[0] = ("Return-Path", "<>")
    add(9, when, top(body, rows), dict(category="bounce", language="en", acknowledge=False, on_time=None,
        notes="Postfix DSN (5.4.4, domain not found) for our acknowledgement of h219-08 sent to its mistyped "
              "Reply-To; returned headers only. thread_of null as for dev bounces."))


# ================================================================ 10  AR  speaker  Union of Arab Chambers, two speakers, sent by the SG's office
def m10():
    when = at("2021-02-03 14:40:17")
    text = """السادة الأفاضل في أمانة الاستعراض الإقليمي،

تحية طيبة وبعد،

يطيب لمكتب الأمين العام لاتحاد الغرف العربية أن يرشح للمشاركة في المؤتمر الإقليمي لاستعراض الاتفاق العالمي للهجرة كلاً من:

- سعادة الدكتور وليد قباني، الأمين العام لاتحاد الغرف العربية، للمشاركة في النقاش المفتوح للمشاورة متعددة أصحاب المصلحة يوم ٢٣ فبراير؛
- السيدة جمانة الرفاعي، مديرة إدارة البحوث الاقتصادية، لمداخلة في المائدة المستديرة المواضيعية الثانية (العمل اللائق وتنقل العمالة).

الجهة: اتحاد الغرف العربية (UAC) - بيروت

نرجو إفادتنا بأي متطلبات تقنية للمشاركة عن بعد.

مع فائق التقدير،
مكتب الأمين العام
اتحاد الغرف العربية
"""
    body = alt(text, "000000000000e1f2a305ba7245c6", html=gmail_html(text, rtl=True))
    m = mk(when, sent_at(when, 2, 5), "mail-wr1-f43.google.example.com", "192.0.2.43", "4DW9mQ7xTvz2",
           addr("مكتب الأمين العام - اتحاد الغرف العربية", "sg.office.uac@gmail.example.com"),
           hdr("ترشيح متحدثين من اتحاد الغرف العربية"),
           "<CAH2nLq5zT8v+Xw0cQ3rFb6Md9yK1pEs4Ru@mail.gmail.example.com>", body)
    add(10, when, m, dict(category="speaker_request", language="ar", acknowledge=True, on_time=True, speakers=[
        sp("وليد قباني", "الأمين العام لاتحاد الغرف العربية", "اتحاد الغرف العربية (UAC)", ["open_discussion"]),
        sp("جمانة الرفاعي", "مديرة إدارة البحوث الاقتصادية", "اتحاد الغرف العربية (UAC)", ["roundtable"], 2)],
        notes="regional economic body; written by the Secretary-General's office (no person signs) for two "
              "speakers on dash lines with 'سعادة الدكتور' and 'السيدة' (dropped). One 'الجهة:' line after both "
              "speakers applies to both; '- بيروت' is a place, not part of the affiliation; the acronym written "
              "beside it is kept. The first title is written with the organisation ('الأمين العام لاتحاد الغرف "
              "العربية') and kept as written. Roundtable as an ordinal word ('الثانية')."))


# ================================================================ 11  FR  speaker  USTMA, details only in the signature, open discussion
def m11():
    when = at("2021-02-04 09:12:44")
    text = """Bonjour,

Suite à l'invitation reçue par notre Secrétariat général, je souhaiterais prendre la parole lors de la discussion ouverte de la consultation multipartite du 23 février, pour porter la voix des syndicats maghrébins sur la protection sociale des travailleurs migrants et la portabilité des droits.

Pouvez-vous me confirmer la réception de cette demande ?

Cordialement,

--
Noureddine Belhaj
Chargé des relations internationales
Union Syndicale des Travailleurs du Maghreb Arabe (USTMA)
Tunis - Tél. +216 00 000 000
"""
    body = leaf("text/plain", flowed(text), "utf-8", "8bit", params=[("format", "flowed")])
    m = mk(when, sent_at(when, 1, 5), "smtp.ustma.example.org", "203.0.113.47", "4DWh1y4Ns6z3",
           "Noureddine Belhaj <n.belhaj@ustma.example.org>", hdr("Demande de prise de parole - consultation du 23 février",
                                                                 enc="Q"),
           "<7d1e2f3a-4b5c-4d6e-8f70-a1b2c3d4e5f6@ustma.example.org>", body,
           extra=[("User-Agent", TB), ("Content-Language", "fr")])
    add(11, when, m, dict(category="speaker_request", language="fr", acknowledge=True, on_time=True, speakers=[
        sp("Noureddine Belhaj", "Chargé des relations internationales",
           "Union Syndicale des Travailleurs du Maghreb Arabe (USTMA)", ["open_discussion"])],
        notes="regional trade union federation; the sender proposes himself ('je souhaiterais prendre la parole') "
              "and his name, title and affiliation are only in the signature; 'Tunis' with the phone number is not "
              "part of the affiliation. Thunderbird, format=flowed, 8bit."))


# ================================================================ 12  EN  speaker  IGAD, two speakers in a pasted form, RT4 (out-of-office 13)
M12_ID = "<DB9PR10MB5034D1C2B3A49586@DB9PR10MB5034.EURPRD10.PROD.OUTLOOK.example.com>"
M12_SUBJ = "IGAD nominations - Thematic Roundtable 4 - GCM Regional Review Arab region"
M12_QID = "4DWmZ04rQ1z6"


def m12():
    when = at("2021-02-04 11:02:37")
    text = """Dear Secretariat,

Greetings from the IGAD Secretariat in Djibouti.

Further to the invitation, please find below the nominations of IGAD for Thematic Roundtable 4. I have copied the information exactly as entered in the online registration form:

------------------------------------------
Speaker name: Dr. Fatuma Adan Ali
Position/Title: Head, Migration Programme, Health and Social Development Division
Institution: Intergovernmental Authority on Development (IGAD)
Session: Thematic Roundtable 4
------------------------------------------
Speaker name: Mr. Abebe Tesfaye Gebre
Position/Title: Labour Migration Expert
Institution: Intergovernmental Authority on Development (IGAD)
Session: Thematic Roundtable 4 (to speak only if Dr. Fatuma cannot connect)
------------------------------------------

I will be on mission from today until 12 February; please copy my colleague Mr. Abebe in any correspondence.

Kind regards,

Grace Wanjiru
Programme Officer (Migration)
IGAD Secretariat
Avenue Georges Clemenceau, Djibouti
"""
    a = alt(text, "_000_DB9PR10MB5034D1C2B3A49586_", html=outlook_html(text))
    m = mk(when, sent_at(when, 3, 6), "mail-db9eur10on0645.outbound.protection.outlook.example.com", "198.51.100.45",
           M12_QID, addr("Grace Wanjiru", "grace.wanjiru@igad.example.int"), M12_SUBJ, M12_ID, a,
           cc="%s, %s" % (addr("Abebe Tesfaye", "abebe.tesfaye@igad.example.int"),
                          addr("Fatuma Adan", "fatuma.adan@igad.example.int")),
           extra=outlook(M12_SUBJ, "AdcaKL1m2n3o4p5q6r7s8t9u0v1wXw=="))
    add(12, when, m, dict(category="speaker_request", language="en", acknowledge=True, on_time=True, speakers=[
        sp("Fatuma Adan Ali", "Head, Migration Programme, Health and Social Development Division",
           "Intergovernmental Authority on Development (IGAD)", ["roundtable"], 4),
        sp("Abebe Tesfaye Gebre", "Labour Migration Expert", "Intergovernmental Authority on Development (IGAD)",
           ["roundtable"], 4)],
        notes="regional economic community; the sender (a programme officer) is not a speaker and pastes the "
              "online form for two nominees; 'Dr.'/'Mr.' dropped. The second nominee is an alternate ('to speak "
              "only if ... cannot connect'): recorded as proposed, with the same roundtable. Long title written "
              "with its programme and division, kept. Her out-of-office answers our acknowledgement (h219-13)."))


# ================================================================ 13  EN  auto_reply  out-of-office of 12's sender
def m13():
    when = at("2021-02-04 11:03:29")
    text = """I am on mission with limited access to email until Friday 12 February 2021.

For urgent matters related to the IGAD Migration Programme, please contact Mr. Abebe Tesfaye (abebe.tesfaye@igad.example.int).

Grace Wanjiru
Programme Officer (Migration), IGAD Secretariat
"""
    body = alt(text, "_000_DB9PR10MB5034OOF20210204_")
    rows = std_rows(when, "mail-db9eur10on0645.outbound.protection.outlook.example.com", "198.51.100.45",
                    "4DWmb16tSdz1", addr("Grace Wanjiru", "grace.wanjiru@igad.example.int"),
                    "Automatic reply: Acknowledgement of receipt - " + M12_SUBJ, rfcdate(sent_at(when, 3, 2)),
                    "<DB9PR10MB5034OOF5A6B7C8D9@DB9PR10MB5034.EURPRD10.PROD.OUTLOOK.example.com>",
                    extra=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")], ret="")
    rows[0] = ("Return-Path", "<>")
    rows += [("In-Reply-To", ack_mid(M12_QID)), ("References", ack_mid(M12_QID)), ("Content-Language", "en-US"),
             ("X-MS-Exchange-Inbox-Rules-Loop", "grace.wanjiru@igad.example.int")]
    add(13, when, top(body, rows), dict(category="auto_reply", language="en", acknowledge=False, on_time=None,
        notes="Exchange out-of-office of the sender of h219-12 answering our acknowledgement (null Return-Path, "
              "Auto-Submitted); the subject names the nominations and Roundtable 4, and the text names a colleague: "
              "no new speaker. Never acknowledge; thread_of null as for dev auto-replies."))


# ================================================================ 14  AR  other  ESCWA colleague's question (Levantine), inter-agency
def m14():
    when = at("2021-02-04 13:30:52")
    text = """مرحبا زملاءنا،

سؤال سريع لو سمحتوا: نحنا بالإسكوا عم نحضّر ورقة عن الهجرة والتغير المناخي بالمنطقة، وفي زملاء من وكالات تانية بالشبكة الإقليمية سألونا إذا التقارير الطوعية بتنقبل من وكالات الأمم المتحدة نفسها، ولا بس من الحكومات وأصحاب المصلحة؟

وإذا بتنقبل، منقدر نبعتها بالإنجليزي مع ملخص بالعربي؟ ولا لازم تكون باللغتين؟

شكراً كتير وعافاكم على الشغل.

ريم حمدان
مسؤولة شؤون اجتماعية (P3) - قسم السكان والتنمية الاجتماعية
الإسكوا
"""
    body = alt(text, "_000_PAXPR08MB6990A1B2C3D4E5F6_", html=outlook_html(text, "AR-LB", rtl=True))
    m = mk(when, sent_at(when, 2, 4), "mail-pax08on0601.outbound.protection.outlook.example.com", "198.51.100.61",
           "4DWqD83cLfz9", addr("Reem Hamdan", "reem.hamdan@escwa.example.org"),
           hdr("سؤال عن التقارير الطوعية من وكالات الأمم المتحدة"),
           "<PAXPR08MB6990A1B2C3D4E5F6@PAXPR08MB6990.eurprd08.prod.outlook.example.com>", body,
           cc=addr("Nour Khalil", "nkhalil@iom.example.int"),
           extra=outlook("سؤال عن التقارير الطوعية", "AdcaN2o3p4q5r6s7t8u9v0w1x2y3Zg==", lang="en-US"))
    add(14, when, m, dict(category="other", language="ar", acknowledge=True, on_time=None,
        notes="question in Levantine Arabic from a UN colleague (ESCWA) about whether UN agencies may send "
              "voluntary reports and in which language; mentions a paper in preparation but submits nothing. "
              "Content-Language en-US (Outlook setting) with an Arabic body: acknowledge in Arabic."))


# ================================================================ 15  AR  speaker  UNHCR MENA, on behalf of the Regional Director, pasted form, iPhone
def m15():
    when = at("2021-02-05 10:45:06")
    text = """السلام عليكم،

بالنيابة عن المدير الإقليمي لمكتب المفوضية في الشرق الأوسط وشمال أفريقيا، أرجو التكرّم بتسجيل المتحدث التالي، وهذه البيانات كما أدخلناها في استمارة التسجيل:

الاسم الكامل: سامر حداد
المنصب: نائب المدير الإقليمي - مكتب الشرق الأوسط وشمال أفريقيا
الجهة: المفوضية السامية للأمم المتحدة لشؤون اللاجئين (UNHCR)
الجلسة: المائدة المستديرة المواضيعية ٣

ملاحظة: المدير الإقليمي نفسه لن يتمكن من المشاركة بسبب مهمة ميدانية.

مع الشكر،
لينا عبدالله

Lina Abdallah | External Relations Associate (G6)
UNHCR MENA Bureau | Amman, Jordan

أُرسلت من الـ iPhone الخاص بي
"""
    body = leaf("text/plain", text, "utf-8", "base64")
    m = mk(when, sent_at(when, 2, 7), "mail-il1-f180.google.example.com", "192.0.2.180", "4DXB6m2wJnz4",
           addr("Lina Abdallah", "abdallah.lina@unhcr.example.org"), hdr("تسجيل متحدث - المفوضية"),
           "<E1F2A3B4-C5D6-4E7F-8091-A2B3C4D5E6F7@unhcr.example.org>", body,
           cc=addr("Regional Director's Office", "mena.rdo@unhcr.example.org"),
           extra=[("X-Mailer", IPHONE)])
    add(15, when, m, dict(category="speaker_request", language="ar", acknowledge=True, on_time=True, speakers=[
        sp("سامر حداد", "نائب المدير الإقليمي - مكتب الشرق الأوسط وشمال أفريقيا",
           "المفوضية السامية للأمم المتحدة لشؤون اللاجئين (UNHCR)", ["roundtable"], 3)],
        notes="written 'بالنيابة عن المدير الإقليمي' by an associate (G6 grade in her English signature); the "
              "speaker is the Deputy Regional Director, not the Regional Director (who is explicitly not "
              "speaking) and not the sender. Pasted form with Arabic labels, roundtable in Arabic-Indic digit; "
              "iPhone, single base64 text/plain part."))


# ================================================================ 16  FR  both  French embassy cooperation service: PDF contribution + RT3 speaker
M16_FILE = "Contribution_SCAC_Tunis_examen_regional_PMM.pdf"


def m16():
    when = at("2021-02-05 18:22:50")
    text = """Madame, Monsieur,

Pour le Conseiller de coopération et d'action culturelle, empêché, je vous prie de trouver ci-joint la contribution volontaire du Service de coopération et d'action culturelle (SCAC) de l'Ambassade de France en Tunisie à l'examen régional du Pacte mondial pour des migrations sûres, ordonnées et régulières. Elle présente les projets soutenus en 2019-2020 en matière de mobilité des jeunes, de migration de travail et d'accompagnement des retours.

Le SCAC souhaiterait en outre intervenir lors de la table ronde thématique n°3. L'intervention serait assurée par :

M. Julien Roussel
Attaché de coopération - gouvernance et migrations
Service de coopération et d'action culturelle (SCAC), Ambassade de France en Tunisie

Je vous remercie de bien vouloir accuser réception de ces deux éléments.

Bien cordialement,

Camille Lefort
Volontaire internationale - chargée de mission
SCAC - Ambassade de France en Tunisie
"""
    pdf = rep_pdf("Contribution volontaire - Examen regional du PMM", "SCAC - Ambassade de France en Tunisie",
                  ["Contexte", "Mobilite des jeunes", "Migration de travail", "Retours et reintegration",
                   "Perspectives"])
    a = alt(text, "_000_PR0P264MB2011A9B8C7D6E5F4_", html=outlook_html(text, "FR", cid="image001.png@01D6FBE1.0A1B2C30"))
    rel = multi("related", [a, logo("image001.png@01D6FBE1.0A1B2C30", (0, 35, 149))],
                "_005_PR0P264MB2011A9B8C7D6E5F4_", params=[("type", '"multipart/alternative"')])
    body = multi("mixed", [rel, attach("application/pdf", pdf, M16_FILE)], "_006_PR0P264MB2011A9B8C7D6E5F4_")
    subj = "Ambassade de France en Tunisie / SCAC - contribution à l'examen régional du PMM et demande d'intervention"
    m = mk(when, sent_at(when, 1, 9), "mail-pr0fra01on0610.outbound.protection.outlook.example.com", "198.51.100.10",
           "4DXZ3k9pWmz7", addr("LEFORT Camille", "camille.lefort@diplomatie.example.fr"), hdr(subj, enc="Q"),
           "<PR0P264MB2011A9B8C7D6E5F4@PR0P264MB2011.FRAP264.PROD.OUTLOOK.example.com>", body,
           cc=", ".join([addr("ROUSSEL Julien", "julien.roussel@diplomatie.example.fr"),
                         addr("SCAC Tunis - Secretariat", "scac.tunis@diplomatie.example.fr")]),
           extra=outlook(subj, "AdcbOp1q2r3s4t5u6v7w8x9y0z1aBw==", lang="fr-FR", has_attach="yes"))
    add(16, when, m, dict(category="both", language="fr", acknowledge=True, on_time=True,
        report_attachments=[M16_FILE], speakers=[
        sp("Julien Roussel", "Attaché de coopération - gouvernance et migrations",
           "Service de coopération et d'action culturelle (SCAC), Ambassade de France en Tunisie", ["roundtable"], 3)],
        notes="embassy cooperation office: a 'contribution volontaire' (PDF) + a roundtable 3 speaker, both on time "
              "(5 February, 18:22); written 'pour le Conseiller..., empêché' by a VI who is neither the author nor "
              "the speaker. Outlook related > alternative with inline logo decoy; display names 'NOM Prénom'. The "
              "affiliation line names the service and the embassy; 'en Tunisie' is part of the embassy's name "
              "(the mission to Tunisia), not a place added after it, so it is kept as written."))


# ================================================================ 17  EN  speaker  BWI MENA, late, phone, details in the signature
def m17():
    when = at("2021-02-08 09:15:33")
    text = """Dear team,

Apologies for the late reply, I was travelling last week and only saw the call now. BWI would very much like to take the floor in the plenary on 25 Feb, on the kafala reforms and the situation of construction workers in the Gulf. I would speak myself.

If the list is already closed, we would be happy with any slot.

Best,
Yousef

Yousef Haddadin
Regional Representative, Middle East & North Africa
Building and Wood Workers' International (BWI)
Beirut office

Sent from my Galaxy
"""
    body = alt(text, "--_com.samsung.android.email_1612768529_41", html=gmail_html(text))
    m = mk(when, sent_at(when, 2, 4), "mail-yb1-f174.google.example.com", "192.0.2.174", "4DZ0Bq5HkLz3",
           addr("Yousef Haddadin", "y.haddadin@bwint.example.org"), "BWI - speaking request (plenary)",
           "<ab12cd34-ef56-4a78-9b0c-1d2e3f4a5b6c@email.android.com>", body)
    add(17, when, m, dict(category="speaker_request", language="en", acknowledge=True, on_time=False, speakers=[
        sp("Yousef Haddadin", "Regional Representative, Middle East & North Africa",
           "Building and Wood Workers' International (BWI)", ["plenary"])],
        notes="late (8 February) and says so; international trade union federation; the sender speaks himself "
              "('I would speak myself') and his details are only in the signature; 'Beirut office' is a place "
              "line, not part of the affiliation. Samsung phone client."))


# ================================================================ 18  FR  speaker  AUF Middle East, late, HTML-only table, 'pour le compte de'
def m18():
    when = at("2021-02-09 11:30:19")
    inner = """<div style="font-family:Arial,sans-serif;font-size:10pt">
<p>Madame, Monsieur,</p>
<p>Pour le compte de la Directrice régionale, et avec nos excuses pour ce délai, l'Agence universitaire de la Francophonie souhaite proposer une intervenante pour la Conférence régionale d'examen du PMM :</p>
<table border="1" cellpadding="4" cellspacing="0" style="border-collapse:collapse">
<tr><th>Nom</th><th>Fonction</th><th>Organisme</th><th>Session souhaitée</th></tr>
<tr><td>Pr Rania Saad</td><td>Directrice régionale pour le Moyen-Orient</td><td>Agence universitaire de la Francophonie (AUF)</td><td>Discussion ouverte (23/02) et, si possible, table ronde 2</td></tr>
</table>
<p>La Directrice régionale interviendrait sur la mobilité étudiante et la reconnaissance des diplômes.</p>
<p>Bien à vous,</p>
<p><b>Joëlle Abi Nader</b><br>Chargée de projets<br>Direction régionale Moyen-Orient<br>Agence universitaire de la Francophonie (AUF)<br>Beyrouth, Liban</p>
</div>"""
    body = html_only(inner, lang="fr", newlines=True)
    m = mk(when, sent_at(when, 2, 5), "mx.auf.example.org", "203.0.113.88", "4DZSv70gNcz5",
           addr("Joëlle Abi Nader", "joelle.abinader@auf.example.org", enc="Q"),
           hdr("AUF - Proposition d'intervenante / Examen régional PMM", enc="Q"),
           "<1612863014.8812.auf-webmail@auf.example.org>", body,
           extra=[("User-Agent", "Zimbra 8.8.15_GA (ZimbraWebClient - GC88)")])
    add(18, when, m, dict(category="speaker_request", language="fr", acknowledge=True, on_time=False, speakers=[
        sp("Rania Saad", "Directrice régionale pour le Moyen-Orient", "Agence universitaire de la Francophonie (AUF)",
           ["open_discussion", "roundtable"], 2)],
        notes="late (9 February), apologises for the delay; HTML-only with the speaker in a table row; 'Pr' "
              "(professeure) is an academic honorific, dropped; two roles asked, the roundtable conditional ('si "
              "possible, table ronde 2'), recorded as asked. Written 'pour le compte de la Directrice régionale' by "
              "a project officer who is not the speaker."))


# ================================================================ 19  AR  both  Council of Arab Economic Unity: DOCX report + rapporteur, speaker part late
M19_FILE = "CAEU_التقرير_الطوعي_للاتفاق_العالمي_للهجرة_2021.docx"


def m19():
    when = at("2021-02-10 12:05:41")
    text = """السادة/ أمانة الاستعراض الإقليمي للاتفاق العالمي للهجرة
المحترمين

تحية طيبة وبعد،

تهدي الأمانة العامة لمجلس الوحدة الاقتصادية العربية أطيب تحياتها، ويسرها أن ترفق تقريرها الطوعي بشأن مساهمة المجلس في تنفيذ الاتفاق العالمي من أجل الهجرة، ولا سيما ما يتعلق بتنقل الأيدي العاملة وتحويلات العاملين في الخارج.

كما يرغب المجلس في أن يتولى الدكتور محمود عبد العال، مدير إدارة الدراسات الاقتصادية والاجتماعية بالمجلس، مهمة المقرر لعرض الرسائل الرئيسية لأصحاب المصلحة، إن كان ذلك لا يزال ممكناً.

وتفضلوا بقبول وافر الاحترام،

عن الأمين العام
منى فتحي
سكرتير أول
مجلس الوحدة الاقتصادية العربية
القاهرة - جمهورية مصر العربية
"""
    doc = make_docx(["Voluntary GCM review - Council of Arab Economic Unity", "1. Introduction",
                     "2. Labour mobility and remittances", "3. Objectives 19 and 20", "4. Recommendations"])
    a = alt(text, "_000_AM9PR04MB8211C1D2E3F4A5B6_", html=outlook_html(text, "AR-EG", rtl=True))
    body = multi("mixed", [a, attach(DOCX, doc, M19_FILE)], "_004_AM9PR04MB8211C1D2E3F4A5B6_")
    m = mk(when, sent_at(when, 2, 6), "mail-am9eur04on0655.outbound.protection.outlook.example.com", "198.51.100.55",
           "4F0bH61sTqz2", addr("Mona Fathy - CAEU", "mona.fathy@caeu.example.org"),
           hdr("مجلس الوحدة الاقتصادية العربية - التقرير الطوعي وترشيح مقرر"),
           "<AM9PR04MB8211C1D2E3F4A5B6@AM9PR04MB8211.eurprd04.prod.outlook.example.com>", body,
           cc=addr("Mahmoud Abdelaal", "m.abdelaal@caeu.example.org"),
           extra=outlook("التقرير الطوعي وترشيح مقرر", "AdcfQr2s3t4u5v6w7x8y9z0a1b2cDw==", lang="ar-EG",
                         has_attach="yes"))
    add(19, when, m, dict(category="both", language="ar", acknowledge=True, on_time=False,
        report_attachments=[M19_FILE], speakers=[
        sp("محمود عبد العال", "مدير إدارة الدراسات الاقتصادية والاجتماعية", "مجلس الوحدة الاقتصادية العربية",
           ["rapporteur"])],
        notes="both, received 10 February: the report is on time but the rapporteur nomination is late, so "
              "on_time is false; the sender acknowledges it may be late ('إن كان ذلك لا يزال ممكناً'). Written "
              "'عن الأمين العام' by a first secretary; speaker in prose with 'الدكتور' (dropped); 'بالمجلس' after "
              "the title refers to the council, not part of the title; the place line in the signature is not "
              "part of the affiliation. DOCX name mixing Latin and Arabic (RFC 2231)."))


# ================================================================ 20  EN  report  Swiss Cooperation Office (embassy), DOCX, several in Cc
M20_FILE = "SDC_MENA_contribution_GCM_regional_review_2021.docx"


def m20():
    when = at("2021-02-11 15:50:02")
    text = """Dear Sir or Madam,

On behalf of the Head of Cooperation, please find attached the contribution of the Swiss Agency for Development and Cooperation (SDC) to the voluntary review of the GCM in the Arab region, prepared by the Swiss Cooperation Office in Amman together with our colleagues in Beirut and Cairo.

The document covers our migration and protection portfolio in Jordan, Lebanon, Egypt and Iraq (2019-2020) and the lessons we draw from it for Objectives 2, 5 and 23.

We are not requesting a speaking role.

Kind regards

Daniel Meier
Deputy Head of Cooperation
Embassy of Switzerland in Jordan - Swiss Cooperation Office
Swiss Agency for Development and Cooperation SDC
"""
    doc = make_docx(["Contribution to the voluntary GCM review - Arab region 2021",
                     "Swiss Agency for Development and Cooperation (SDC) - Middle East",
                     "1. Portfolio overview", "2. Objectives 2, 5 and 23", "3. Lessons learned"])
    a = alt(text, "_000_ZRAP278MB0491E1F2A3B4C5D6_", html=outlook_html(text, cid="image001.png@01D70089.5C6D7E80"))
    rel = multi("related", [a, logo("image001.png@01D70089.5C6D7E80", (220, 0, 24))],
                "_005_ZRAP278MB0491E1F2A3B4C5D6_", params=[("type", '"multipart/alternative"')])
    body = multi("mixed", [rel, attach(DOCX, doc, M20_FILE)], "_006_ZRAP278MB0491E1F2A3B4C5D6_")
    subj = "Contribution of Switzerland (SDC) to the voluntary GCM review - Arab region"
    cc = ", ".join([addr("AMMAN-SCO", "amman@eda.example.ch"), addr("Leila Nasser", "leila.nasser@eda.example.ch"),
                    addr("BEIRUT-SCO", "beirut@eda.example.ch"), addr("CAIRO-SCO", "cairo@eda.example.ch")])
    m = mk(when, sent_at(when, 2, 5), "mail-zr0che01on0622.outbound.protection.outlook.example.com", "198.51.100.22",
           "4F15Nh3vWcz8", addr("Meier Daniel EDA MDD", "daniel.meier@eda.example.ch"), subj,
           "<ZRAP278MB0491E1F2A3B4C5D6@ZRAP278MB0491.CHEP278.PROD.OUTLOOK.example.com>", body, cc=cc,
           extra=outlook(subj, "AdcAgS3t4u5v6w7x8y9z0a1b2c3dEw==", lang="en-GB", has_attach="yes"))
    add(20, when, m, dict(category="voluntary_report", language="en", acknowledge=True, on_time=True,
        report_attachments=[M20_FILE],
        notes="embassy cooperation office sends a donor's contribution (DOCX) 'on behalf of the Head of "
              "Cooperation'; four addresses in Cc; inline logo decoy; says explicitly that no speaking role is "
              "requested; Outlook display name in the 'Surname Firstname UNIT' form."))


# ================================================================ 21  FR  report  UMA General Secretariat, PDF (revised by 23)
M21_ID = "<DB8P191MB0922A1B2C3D4E5F6@DB8P191MB0922.EURP191.PROD.OUTLOOK.example.com>"
M21_SUBJ = "UMA - Rapport volontaire sur la mise en oeuvre du PMM"
M21_FILE = "UMA_Rapport_examen_PMM_2021.pdf"
M21_TEXT = """Madame, Monsieur,

P.O. le Secrétaire général de l'Union du Maghreb Arabe, j'ai l'honneur de vous faire parvenir ci-joint le rapport volontaire du Secrétariat général de l'UMA relatif à la mise en œuvre du Pacte mondial pour des migrations sûres, ordonnées et régulières dans l'espace maghrébin.

Ce rapport a été élaboré par la Direction des affaires sociales sur la base des contributions des États membres.

Veuillez agréer, Madame, Monsieur, l'assurance de ma haute considération.

Karima Bennani
Conseillère - Direction des affaires sociales
Secrétariat général de l'Union du Maghreb Arabe (UMA)
Rabat
"""


def m21():
    when = at("2021-02-12 10:10:55")
    pdf = rep_pdf("Rapport volontaire - Union du Maghreb Arabe (UMA)", "Secretariat general de l'UMA",
                  ["Introduction", "Cadre juridique maghrebin", "Mobilite intra-maghrebine", "Objectifs 7, 10 et 23",
                   "Recommandations"])
    a = alt(M21_TEXT, "_000_DB8P191MB0922A1B2C3D4E5F6_", html=outlook_html(M21_TEXT, "FR"))
    body = multi("mixed", [a, attach("application/pdf", pdf, M21_FILE)], "_004_DB8P191MB0922A1B2C3D4E5F6_")
    m = mk(when, sent_at(when, 1, 6), "mail-db8eur19on0611.outbound.protection.outlook.example.com", "198.51.100.111",
           "4F1Qw25bXjz4", addr("Karima Bennani", "k.bennani@maghrebarabe.example.org"), M21_SUBJ, M21_ID, body,
           cc=addr("Cabinet du Secrétaire général", "cabinet.sg@maghrebarabe.example.org", enc="Q"),
           extra=outlook(M21_SUBJ, "AdcBhT4u5v6w7x8y9z0a1b2c3d4eFw==", lang="fr-FR", has_attach="yes"))
    add(21, when, m, dict(category="voluntary_report", language="fr", acknowledge=True, on_time=True,
        report_attachments=[M21_FILE],
        notes="regional economic body; administrative French ('P.O. le Secrétaire général'); PDF report; the "
              "signature title is not a speaker request. Replaced by a corrected version in h219-23."))


# ================================================================ 22  FR  report  RSMMS trade union network, collective DOCX, Gmail
M22_FILE = "Rapport_RSMMS_examen_régional_PMM.docx"


def m22():
    when = at("2021-02-15 17:35:27")
    text = """Bonsoir,

Au nom du Réseau Syndical Migrations Méditerranéennes Subsahariennes (RSMMS), animé avec l'appui de la CSI, je vous transmets notre rapport collectif pour l'examen régional du PMM. Il rassemble les contributions de quatorze centrales syndicales (Maroc, Algérie, Tunisie, Mauritanie, Égypte, Liban, Jordanie...).

Bonne réception,
Salah Eddine Ouali
Point focal du RSMMS
"""
    doc = make_docx(["Rapport collectif du RSMMS - examen regional du PMM 2021", "1. Introduction",
                     "2. Quatorze centrales syndicales", "3. Droits syndicaux des travailleurs migrants",
                     "4. Recommandations"])
    a = alt(text, "000000000000d2e3f405bb6a7c81", html=gmail_html(text))
    body = multi("mixed", [a, attach(DOCX, doc, M22_FILE)], "000000000000d2e3f305bb6a7c7f")
    m = mk(when, sent_at(when, 1, 6), "mail-wm1-f66.google.example.com", "192.0.2.66", "4F3y7R1qPdz6",
           addr("Salah Eddine Ouali", "rsmms.pointfocal@gmail.example.com"),
           hdr("Rapport collectif RSMMS - examen régional PMM", enc="Q"),
           "<CAJ9pTm4wS0n+Yv3eR7kGc2Lb8xU5oQd1Zh@mail.gmail.example.com>", body)
    add(22, when, m, dict(category="voluntary_report", language="fr", acknowledge=True, on_time=True,
        report_attachments=[M22_FILE],
        notes="collective report (DOCX) of a trade union network of fourteen national centres supported by the "
              "ITUC (CSI); accented file name (RFC 2231 + RFC 2047); Gmail, short text."))


# ================================================================ 23  FR  report  UMA corrected version, reply to 21, still on time
M23_FILE = "UMA_Rapport_examen_PMM_2021_version_corrigee.pdf"


def m23():
    when = at("2021-02-16 14:05:12")
    text = """Madame, Monsieur,

Suite à notre envoi du 12 février, veuillez trouver ci-joint une version corrigée du rapport du Secrétariat général de l'UMA : le tableau du chapitre 3 comportait des données erronées pour deux États membres. Nous vous prions de bien vouloir remplacer la version précédente par celle-ci.

Avec nos excuses pour ce désagrément.

Karima Bennani
Conseillère - Direction des affaires sociales
Secrétariat général de l'Union du Maghreb Arabe (UMA)

De : Karima Bennani
Envoyé : vendredi 12 février 2021 09:10
À : gcmrrarabstates@iom.int
Cc : Cabinet du Secrétaire général
Objet : %s

""" % M21_SUBJ + M21_TEXT
    pdf = rep_pdf("Rapport volontaire - Union du Maghreb Arabe (UMA) - version corrigee", "Secretariat general de l'UMA",
                  ["Introduction", "Cadre juridique maghrebin", "Mobilite intra-maghrebine (tableau corrige)",
                   "Objectifs 7, 10 et 23", "Recommandations"])
    a = alt(text, "_000_DB8P191MB0922F6E5D4C3B2A1_", html=outlook_html(text, "FR"))
    body = multi("mixed", [a, attach("application/pdf", pdf, M23_FILE)], "_004_DB8P191MB0922F6E5D4C3B2A1_")
    m = mk(when, sent_at(when, 1, 5), "mail-db8eur19on0611.outbound.protection.outlook.example.com", "198.51.100.111",
           "4F4KpX8dMzz1", addr("Karima Bennani", "k.bennani@maghrebarabe.example.org"), "RE: " + M21_SUBJ,
           "<DB8P191MB0922F6E5D4C3B2A1@DB8P191MB0922.EURP191.PROD.OUTLOOK.example.com>", body,
           cc=addr("Cabinet du Secrétaire général", "cabinet.sg@maghrebarabe.example.org", enc="Q"),
           extra=outlook(M21_SUBJ, "AdcBhT4u5v6w7x8y9z0a1b2c3d4eFwAAC4tQ", lang="fr-FR", has_attach="yes") +
           [("In-Reply-To", M21_ID), ("References", M21_ID)])
    add(23, when, m, dict(category="voluntary_report", language="fr", acknowledge=True, on_time=True,
        thread_of=H % 21, report_attachments=[M23_FILE],
        notes="corrected version replacing the report of h219-21 (Outlook reply, In-Reply-To set, quoted "
              "original not '>'-prefixed); received on the last day of the report deadline (16 February), on time."))


# ================================================================ 24  AR  report  Arab Women Organization, PDF, late
M24_FILE = "AWO_GCM_Voluntary_Report_2021.pdf"


def m24():
    when = at("2021-02-17 10:40:36")
    text = """السادة الكرام،

تحية طيبة،

مرفق طيه التقرير الطوعي لمنظمة المرأة العربية حول أوضاع النساء المهاجرات في المنطقة العربية في إطار الاتفاق العالمي، ونعتذر عن التأخر في الإرسال بسبب إجراءات الاعتماد الداخلية لدى المجلس التنفيذي. نرجو التكرم بقبوله ضمن وثائق الاستعراض.

مع التقدير،
إدارة البرامج
منظمة المرأة العربية - جامعة الدول العربية
"""
    pdf = rep_pdf("Voluntary GCM Review - Arab Women Organization", "Arab Women Organization (AWO)",
                  ["Introduction", "Women migrant workers", "Objectives 6, 7 and 18", "Recommendations"])
    a = alt(text, "000000000000f5a6b705bb8e9d12", html=gmail_html(text, rtl=True), b64=True)
    body = multi("mixed", [a, attach("application/pdf", pdf, M24_FILE)], "000000000000f5a6b605bb8e9d10")
    m = mk(when, sent_at(when, 2, 4), "mail-qk1-f171.google.example.com", "192.0.2.171", "4F5Fd90kBnz7",
           addr("منظمة المرأة العربية", "programs@arabwomenorg.example.org"),
           hdr("التقرير الطوعي - منظمة المرأة العربية"),
           "<CAM1rWn6yQ3p+Zx8dT2hEb5Kc9vL4uJf0Sa@mail.gmail.example.com>", body)
    add(24, when, m, dict(category="voluntary_report", language="ar", acknowledge=True, on_time=False,
        report_attachments=[M24_FILE],
        notes="late (17 February, the day after the report deadline) and apologises for it; a League of Arab "
              "States organisation writing from its programme department (no person signs); base64 text parts."))


def main():
    for f in (m01, m02, m03, m04, m05, m06, m07, m08, m09, m10, m11, m12, m13, m14, m15, m16, m17, m18, m19,
              m20, m21, m22, m23, m24):
        f()
    SET.write()


if __name__ == "__main__":
    main()
