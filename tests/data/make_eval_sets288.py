#!/usr/bin/env python3
"""Write the blind evaluation set holdout288 (24 raw .eml messages + labels.json).

Deterministic, standard library only:  python3 tests/data/make_eval_sets288.py
Theme: countries of origin and partners outside the region (25 January - 17 February 2021).  Embassies and labour
attachés of Asian and African countries of origin and donor or observer states writing in formal diplomatic English,
French and Arabic: a Philippine note verbale nominating its Labor Attaché (who later withdraws and is replaced by a
written contribution filed as the report), a Canadian First Secretary who asks whether observer States may take the
floor before naming anyone (then nominates her Head of Cooperation in a reply to the secretariat's answer), a Swiss
embassy in Beirut proposing its Counsellor for 'table ronde IV' (and thanking us for the acknowledgement from an
iPhone), an Ethiopian note verbale in Arabic ('تهدي سفارة ... أطيب تحياتها') and its follow-up about English and a
Chargé d'affaires a.i. who will only observe, the Lebanese local employee of Bangladesh's Labour Wing asking in
dialect whether non-Arab embassies may speak (then nominating her Counsellor with Latin-script labelled lines; her
Gmail vacation reply answers our acknowledgement), a Belgian note verbale whose request is conditional on observers
being allowed to speak (the First Secretary's bilingual FR/NL out-of-office; she then replaces the Chargé
d'affaires after the deadline), a Swiss cooperation office in Amman sending a report and a speaker in Arabic, a
Kenyan Labour Attaché nominating two officers at 00:41 Riyadh time on the deadline night (a mistyped Cc bounces), a
Kuwaiti authority forwarding a Nepali note verbale late, a Canadian embassy in Rabat whose speaker comes after the
deadline, an EU delegation registering three observers who will not speak, a Nepali embassy's report with its annex
and a Bikram Sambat date, an EU delegation's bilingual report, an EU delegation in Rabat at 22:58 local time on the
report deadline and a Swiss report a day late.  Note verbale conventions ('presents its compliments', 'avails itself
of this opportunity', 'saisit cette occasion', 'وتغتنم ... هذه الفرصة'), references, protocol titles.
Helpers from mailgen.py.
"""
import datetime as dt

from mailgen import (EvalSet, DOCX, POSTFIX_NOTICE, addr, alt, at, attach, dsn_report, esc, gmail_html, hdr,
                     leaf, make_docx, make_pdf, mk, multi, rep_pdf, rfcdate, sent_at, sp,
                     std_rows, top, flowed)
from mailgen import outlook_html, outlook_rows as outlook
from mailgen import quote_block as gt, ack_id as ack_mid, logo

SET = EvalSet(288)
add = SET.add
H = "h288-%02d.eml"

TB = "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:78.0) Gecko/20100101 Thunderbird/78.7.1"
IPHONE = "iPhone Mail (18D52)"
YAHOO = "WebService/1.1.17712 YMailNorrin"
ZIMBRA = "Zimbra 8.8.15_GA_4007 (ZimbraWebClient - GC88 (Win)/8.8.15_GA_3953)"


def yahoo_html(text, rtl=False):
    d = "rtl" if rtl else "ltr"
    lines = "".join('<div dir="%s" data-setdir="false">%s</div>' % (d, esc(x) if x else "<br>")
                    for x in text.rstrip("\n").split("\n"))
    return ('<html><head></head><body><div class="ydp5c1e8a42yahoo-style-wrap" style="font-family:Helvetica Neue, '
            'Helvetica, Arial, sans-serif;font-size:16px;">%s</div></body></html>\n' % lines)


def owa_html(text):
    inner = "".join("<div>%s</div>" % (esc(x) if x else "<br>") for x in text.strip("\n").split("\n"))
    return ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body dir="ltr">'
            '<div style="font-family: Calibri, Arial, Helvetica, sans-serif; font-size: 12pt; color: rgb(0, 0, 0);">'
            '%s</div></body></html>\n' % inner)


def zimbra_html(text):
    inner = "".join("<div>%s</div>" % (esc(x) if x else "<br data-mce-bogus=\"1\">")
                    for x in text.strip("\n").split("\n"))
    return ('<html><body><div style="font-family: arial, helvetica, sans-serif; font-size: 10pt; color: #000000">'
            '%s</div></body></html>\n' % inner)


def outlook_mail(text, bnd, lang="EN-US", rtl=False, logo_rgb=None, b64=False):
    """Outlook body: text/plain + HTML (with the signature logo in a related part when logo_rgb is given)."""
    cte = "base64" if b64 else "quoted-printable"
    if logo_rgb is None:
        return multi("alternative", [leaf("text/plain", text, cte=cte),
                                     leaf("text/html", outlook_html(text, lang=lang, rtl=rtl), cte=cte)],
                     "_000_%s_" % bnd)
    cid = "image001.png@01D6F3%s" % bnd[:6]
    rel = multi("related", [leaf("text/html", outlook_html(text, lang=lang, img_cid=cid, rtl=rtl), cte=cte),
                            logo(cid, logo_rgb)], "_005_%s_" % bnd, params=[("type", '"text/html"')])
    return multi("alternative", [leaf("text/plain", text, cte=cte), rel], "_000_%s_" % bnd)


def exch_ooo(when, host, ip, qid, sender, mid, subject, topic, orig_id, ack, lang, delay):
    """Headers of an Exchange out-of-office answering our acknowledgement of a message (localised subject)."""
    rows = std_rows(when, host, ip, qid, sender, subject, rfcdate(sent_at(when, *delay)), mid,
                    extra=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")], ret="")
    rows = [(k, "<>" if k == "Return-Path" else v) for k, v in rows]
    loop = str(sender).split("<")[-1].rstrip(">")
    return rows + [("In-Reply-To", ack), ("References", orig_id + " " + ack), ("Thread-Topic", topic),
                   ("Content-Language", lang), ("X-MS-Exchange-Inbox-Rules-Loop", loop)]


# ================================================================ 01  EN  speaker  Philippine embassy's note verbale: Labor Attaché, Thematic Roundtable 2
M01_ID = "<HK0PR04MB3186B7E52A9C41F0@HK0PR04MB3186.apcprd04.prod.outlook.example.com>"
M01_SUBJ = "Note Verbale No. BEI-074-2021 - Nomination for the GCM Regional Review (Arab Region)"
M01_QID = "4DQ2kT71Rhz4"
M01_NV = "NV BEI-074-2021 GCM Regional Review.pdf"
M01_TEXT = """Dear Sir/Madam,

Good day!

Please find attached the Embassy's Note Verbale No. BEI-074-2021 dated 25 January 2021 on the above subject. The text of the Note is reproduced below for your easy reference.

---

No. BEI-074-2021

The Embassy of the Republic of the Philippines in Beirut presents its compliments to the International Organization for Migration (IOM), in its capacity as secretariat of the Regional Review of the Global Compact for Safe, Orderly and Regular Migration in the Arab Region, and has the honor to refer to the latter's invitation to the multi-stakeholder consultation on 23 February 2021 and to the regional conference on 24-25 February 2021.

The Embassy has the further honor to convey the wish of the Government of the Philippines to take part in the Review, and to request that Labor Attaché Maricel Dizon Santiago of the Embassy be given the opportunity to deliver a floor intervention during Thematic Roundtable 2. Labor Attaché Santiago heads the Philippine Overseas Labor Office (POLO) attached to the Embassy, which assists some 17,000 Overseas Filipino Workers in Lebanon and has handled the repatriation of more than 4,800 of them since August 2020.

The Embassy of the Republic of the Philippines avails itself of this opportunity to renew to the International Organization for Migration the assurances of its highest consideration.

Beirut, 25 January 2021

---

Thank you and warm regards,

Ma. Cecilia R. Magno
Third Secretary and Vice Consul
Embassy of the Republic of the Philippines
Beirut, Lebanon
Tel. +961 1 000 000
"""


def m01():
    when = at("2021-01-25 11:05:37")
    nv = make_pdf(["REPUBLIC OF THE PHILIPPINES", "EMBASSY OF THE PHILIPPINES - BEIRUT", "No. BEI-074-2021",
                   "The Embassy of the Republic of the Philippines in Beirut presents its compliments",
                   "to the International Organization for Migration (IOM) ...", "Beirut, 25 January 2021",
                   "(initialled, seal of the Embassy)"])
    a = outlook_mail(M01_TEXT, "HK0PR04MB3186B7E52A9C41F0", logo_rgb=(0, 56, 168))
    body = multi("mixed", [a, attach("application/pdf", nv, M01_NV)], "_006_HK0PR04MB3186B7E52A9C41F0_")
    m = mk(when, sent_at(when, 2, 9), "mail-hk2apc01on2061.outbound.protection.outlook.example.com",
           "198.51.100.61", M01_QID, "Philippine Embassy Beirut <beirut.pe@dfa.example.gov.ph>", M01_SUBJ, M01_ID,
           body, cc="POLO Beirut <polo.beirut@dole.example.gov.ph>",
           extra=outlook(M01_SUBJ, "AdbzD1a7Kq3Mw5Ez7Ry9Tu1Io3Pa5Sd==", has_attach="yes"))
    add(1, when, m, dict(category="speaker_request", language="en", acknowledge=True, on_time=True, speakers=[
        sp("Maricel Dizon Santiago", "Labor Attaché", "Embassy of the Republic of the Philippines in Beirut",
           ["roundtable"], 2)],
        notes="note verbale reproduced in the body between '---' lines (third person: 'presents its compliments', "
              "'has the further honor', 'avails itself of this opportunity'); the title stands before the name as a "
              "protocol form ('Labor Attaché Maricel Dizon Santiago of the Embassy'), US spelling 'Labor'; the "
              "affiliation is the Embassy (POLO is the office she heads, 'attached to the Embassy'). The signer "
              "(Third Secretary and Vice Consul) is not the speaker. The attached PDF is the note verbale, not a "
              "report. 17,000 workers, 4,800 repatriations and August 2020 are not event data. Outlook with a "
              "signature logo; POLO in Cc. Withdrawn on 12 February (h288-20)."))


# ================================================================ 02  EN  other  Canadian First Secretary: may observer States take the floor? (before naming anyone)
M02_ID = "<YT1PR01MB35424E0B9D7C2A61@YT1PR01MB3542.CANPRD01.PROD.OUTLOOK.example.com>"
M02_SUBJ = "Observer States - floor interventions at the GCM Regional Review?"
M02_TEXT = """Dear colleagues,

I hope this finds you well.

The Embassy of Canada to Jordan has received the invitation to the Regional Review of the Global Compact for Migration in the Arab region. Canada would like to follow both the multi-stakeholder consultation and the regional conference, and we are considering whether to put forward a speaker.

Before we do so, could you kindly clarify the following:

1. Will States from outside the Arab region, attending as observers, be able to take the floor, either in the plenary or in one of the thematic roundtables? Or are floor interventions reserved for the States of the region and for stakeholders?
2. If observers may speak, is there a time limit, and may interventions be delivered in French?
3. Should a request come through a note verbale, or is an e-mail from the Embassy sufficient?

We would be grateful for your guidance at your earliest convenience, as any nomination will need internal approval.

Best regards / Meilleures salutations,

Alison MacPherson
First Secretary (Migration) | Première secrétaire (Migration)
Embassy of Canada to Jordan | Ambassade du Canada en Jordanie
Amman
Tel./Tél.: +962 6 000 0000
"""


def m02():
    when = at("2021-01-26 14:22:48")
    text = M02_TEXT + """
This e-mail is intended only for the addressee and may contain information that is protected. / Ce courriel est destiné uniquement au destinataire et peut contenir des renseignements protégés.
"""
    body = outlook_mail(text, "YT1PR01MB35424E0B9D7C2A61", lang="EN-CA", logo_rgb=(216, 6, 33))
    m = mk(when, sent_at(when, 2, 7), "mail-yt1can01on0619.outbound.protection.outlook.example.com",
           "198.51.100.19", "4DR0cM53Xvz1",
           '"MacPherson, Alison -AMMAN- IRCC" <alison.macpherson@international.example.gc.ca>', M02_SUBJ, M02_ID,
           body, extra=outlook(M02_SUBJ, "AdbzF4Jq8Lp2Xc6Vb0Nm4Qw8Er2Ty==", lang="en-CA"))
    add(2, when, m, dict(category="other", language="en", acknowledge=True, on_time=None,
        notes="a question, not a request: 'we are considering whether to put forward a speaker. Before we do so, "
              "could you kindly clarify ...' whether observer States may take the floor, in French, by note "
              "verbale; nobody is named except the sender. Bilingual signature and disclaimer (English and "
              "French) but the mail is in English. From display name 'Last, First -POST- unit' quoted. The "
              "nomination follows in a reply to the secretariat's answer (h288-09)."))


# ================================================================ 03  FR  speaker  Swiss embassy in Beirut: its Counsellor for 'table ronde thématique IV'
M03_ID = "<7c1e5d2a49b84f06a3d19e0b52c8f471@EDA-EXCH-BE03.eda.example.admin.ch>"
M03_SUBJ = "Examen régional du Pacte mondial – proposition d'intervenante de l'Ambassade de Suisse au Liban"
M03_QID = "4DRv7Jp29Wz6"


def m03():
    when = at("2021-01-27 10:40:12")
    text = """Madame, Monsieur,

Au nom de l'Ambassade de Suisse au Liban, nous vous remercions de votre invitation à l'examen régional du Pacte mondial pour des migrations sûres, ordonnées et régulières dans la région arabe.

La Suisse, qui suivra les travaux en qualité d'État observateur, souhaiterait contribuer aux échanges de la table ronde thématique IV. Nous avons le plaisir de vous proposer à cet effet Mme Anne-Laure Favre, Conseillère, Cheffe de la coopération internationale à l'Ambassade de Suisse au Liban.

Mme Favre suit depuis 2018 les programmes de la Direction du développement et de la coopération (DDC) en faveur des travailleuses et travailleurs migrants au Liban et en Jordanie, notamment l'accès à la justice des travailleuses domestiques et l'appui aux retours volontaires depuis l'explosion du 4 août.

Nous restons volontiers à votre disposition pour tout complément d'information.

Nous vous prions d'agréer, Madame, Monsieur, nos salutations distinguées.

Sophie Ruchti
Chargée de programme
Coopération internationale

Département fédéral des affaires étrangères DFAE
Ambassade de Suisse au Liban
Immeuble Bourj al-Ghazal, Achrafieh
Beyrouth
"""
    body = outlook_mail(text, "EDAEXCHBE037c1e5d2a49b8", lang="FR-CH", logo_rgb=(213, 43, 30))
    m = mk(when, sent_at(when, 2, 8), "mx2.eda.example.admin.ch", "203.0.113.42", M03_QID,
           "Ruchti Sophie EDA RUS <sophie.ruchti@eda.example.admin.ch>", hdr(M03_SUBJ, enc="Q"), M03_ID, body,
           extra=outlook(hdr(M03_SUBJ, enc="Q"), "AdbzG8s2Hk4Jl6Zx8Cv0Bn2Mq4We==", lang="fr-CH"))
    add(3, when, m, dict(category="speaker_request", language="fr", acknowledge=True, on_time=True, speakers=[
        sp("Anne-Laure Favre", "Conseillère, Cheffe de la coopération internationale", "Ambassade de Suisse au Liban",
           ["roundtable"], 4)],
        notes="an observer State proposes its Counsellor: 'Mme' dropped, a double protocol title ('Conseillère, "
              "Cheffe de la coopération internationale') followed by 'à l'Ambassade de Suisse au Liban'; roundtable "
              "as a Roman numeral ('table ronde thématique IV'). The DDC and the DFAE in the signature are not her "
              "affiliation as written; 2018 and '4 août' are history. The signer (programme officer) is not the "
              "speaker; Swiss federal Outlook display name 'Last First EDA ABC'. Her thank-you follows (h288-04)."))


# ================================================================ 04  FR  other  the Swiss programme officer thanks us for the acknowledgement (iPhone)
def m04():
    when = at("2021-01-28 09:15:33")
    ack = ack_mid(M03_QID)
    ack_text = """Madame, Monsieur,

Le secrétariat de l'Examen régional du Pacte mondial sur les migrations (États arabes) accuse réception de votre message « %s » et de votre demande de prise de parole. Le secrétariat reviendra vers vous au sujet du programme.

Examen régional du PMM – États arabes""" % M03_SUBJ
    text = """Madame, Monsieur,

Nous accusons bonne réception de votre message et vous en remercions.

Meilleures salutations,
Sophie Ruchti

Envoyé de mon iPhone

> Le 27 janv. 2021 à 10:41, GCM Regional Review Arab States <gcmrrarabstates@iom.int> a écrit :
>
""" + gt(ack_text) + "\n"
    body = leaf("text/plain", text, "utf-8", "quoted-printable")
    m = mk(when, sent_at(when, 2, 6), "mx2.eda.example.admin.ch", "203.0.113.42", "4DSb1Kc86Tz2",
           "Ruchti Sophie EDA RUS <sophie.ruchti@eda.example.admin.ch>",
           hdr("Re: Accusé de réception - " + M03_SUBJ, enc="Q"),
           "<4F2A9C61-3B7E-4D05-8E1A-B6C0D94F2E73@eda.example.admin.ch>", body,
           extra=[("In-Reply-To", ack), ("References", M03_ID + " " + ack), ("X-Mailer", IPHONE)])
    add(4, when, m, dict(category="other", language="fr", acknowledge=False, on_time=None, thread_of=H % 3,
        notes="diplomatic courtesy: 'Nous accusons bonne réception de votre message et vous en remercions' answers "
              "our acknowledgement of h288-03 (References name h288-03): an acknowledgement of an acknowledgement "
              "adds nothing new, so none is sent back; the quoted acknowledgement repeats 'demande de prise de "
              "parole'. iPhone plain text."))


# ================================================================ 05  AR  speaker  Ethiopian note verbale in Arabic: the Labour Attaché, fourth roundtable
M05_ID = "<1611822612044.3318264@mail.yahoo.example.com>"
M05_SUBJ = "مذكرة السفارة رقم 112/2021 - الترشيح للمشاركة في الاستعراض الإقليمي للاتفاق العالمي للهجرة"
M05_QID = "4DSk4Hw13Vz8"
M05_NV = "Note Verbale 112-2021.pdf"


def m05():
    when = at("2021-01-28 12:30:16")
    text = """السادة أمانة الاستعراض الإقليمي المحترمين،
تحية طيبة،

مرفق طيه مذكرة السفارة رقم 112/2021 بشأن الترشيح للمشاركة في الاستعراض الإقليمي، وقد نسخنا نصها أدناه للتسهيل.

****

سفارة جمهورية إثيوبيا الديمقراطية الاتحادية
بيروت

الرقم: س.إ.ب/ع/112/2021

مذكرة

تهدي سفارة جمهورية إثيوبيا الديمقراطية الاتحادية في بيروت أطيب تحياتها إلى المنظمة الدولية للهجرة، بصفتها أمانة الاستعراض الإقليمي للاتفاق العالمي من أجل الهجرة الآمنة والمنظمة والنظامية في المنطقة العربية، وتتشرف بالإشارة إلى الدعوة الكريمة للمشاركة في أعمال المشاورة متعددة أصحاب المصلحة يوم 23 شباط/فبراير 2021 والمؤتمر الإقليمي يومي 24 و25 شباط/فبراير 2021.

وتود السفارة أن تحيطكم علماً بأن حكومة جمهورية إثيوبيا الديمقراطية الاتحادية، بوصفها من أكبر دول المنشأ للعاملات في الخدمة المنزلية في لبنان ودول الخليج العربي، تولي هذا الاستعراض أهمية خاصة، وعليه فإنها ترشح السيد تسفاي ولدميكائيل أيانا، الملحق العمالي في السفارة، لإلقاء مداخلة في المائدة المستديرة المواضيعية الرابعة، يتناول فيها أوضاع العاملات الإثيوبيات اللواتي تقطعت بهن السبل بعد انفجار مرفأ بيروت وجهود السفارة في إعادتهن طوعاً إلى الوطن.

وتغتنم سفارة جمهورية إثيوبيا الديمقراطية الاتحادية هذه الفرصة لتعرب للمنظمة الدولية للهجرة عن أسمى آيات التقدير والاحترام.

بيروت في 27 كانون الثاني/يناير 2021

نسخة إلى: وزارة الخارجية والمغتربين – مديرية المراسم

****

مع الشكر،
سلمى عبد القادر
مترجمة
سفارة إثيوبيا – بيروت
"""
    nv = make_pdf(["Embassy of the Federal Democratic Republic of Ethiopia - Beirut", "No. 112/2021",
                   "Note Verbale (Arabic original)", "Beirut, 27 January 2021", "(stamp and initials)"])
    a = alt(text, "----=_Part_3318263_1190488720.1611822612043", html=yahoo_html(text, rtl=True), b64=True)
    body = multi("mixed", [a, attach("application/pdf", nv, M05_NV)], "----=_Part_3318262_402215871.1611822612042")
    m = mk(when, sent_at(when, 2, 7), "sonic311-24.consmr.mail.ir2.yahoo.example.com", "198.51.100.211", M05_QID,
           addr("Ethiopian Embassy Beirut", "ethembassy.beirut@yahoo.example.com"), hdr(M05_SUBJ), M05_ID, body,
           extra=[("X-Mailer", YAHOO)])
    add(5, when, m, dict(category="speaker_request", language="ar", acknowledge=True, on_time=True, speakers=[
        sp("تسفاي ولدميكائيل أيانا", "الملحق العمالي", "سفارة جمهورية إثيوبيا الديمقراطية الاتحادية في بيروت",
           ["roundtable"], 4)],
        notes="Arabic note verbale pasted between '****' lines ('تهدي سفارة ... أطيب تحياتها', 'وتتشرف', 'وتغتنم ... "
              "هذه الفرصة'): the speaker is 'السيد' (dropped) + an Ethiopian name, title 'الملحق العمالي في "
              "السفارة' where 'السفارة' refers back to the embassy named in full at the start; roundtable as an "
              "ordinal word ('الرابعة'). The copy line (ministry's protocol department), the translator who signs "
              "and the PDF note verbale are not speakers or reports; the event dates in the note are the "
              "invitation's. Yahoo, base64, RTL HTML. Its follow-up questions come in h288-19."))


# ================================================================ 06  AR  other  Bangladesh Labour Wing's local employee asks (Lebanese dialect) whether non-Arab embassies may speak
M06_ID = "<CAJ8vRm2Pq7sK4xT+b1Nc6Wd9fL3hGz5eA2@mail.gmail.example.com>"
M06_SUBJ = "استفسار من قسم العمل - سفارة بنغلادش في بيروت"
M06_TEXT = """مرحبا،

أنا رشا حمدان، بشتغل بقسم العمل (Labour Wing) بسفارة بنغلادش ببيروت. شفنا الدعوة تبع الاستعراض الإقليمي للاتفاق العالمي للهجرة، والمستشار تبعنا لشؤون العمل حابب يشارك، بس قبل ما نبعتلكن الترشيح الرسمي عنا كم سؤال:

1- نحنا مش دولة عربية، يعني منعتبر مراقبين؟ وإذا هيك، بيحقلنا ناخد الكلمة ولا بس منحضر ومنسمع؟
2- المستشار ما بيحكي عربي، فيه يحكي بالإنكليزي؟
3- لازم الترشيح يكون بمذكرة رسمية (Note Verbale) مختومة، ولا بيمشي الحال بإيميل عادي؟
4- آخر مهلة للترشيح هي 5 شباط؟ لأنو بالنص العربي للدعوة مكتوب الجمعة 23 شباط وما فهمنا.

شكراً سلفاً، وآسفين عالأسئلة الكتير 🙏

رشا حمدان
Labour Wing – Embassy of the People's Republic of Bangladesh, Beirut
"""


def m06():
    when = at("2021-01-30 11:48:05")
    body = alt(M06_TEXT, "000000000000a91c3e05ba1f7b24", html=gmail_html(M06_TEXT, rtl=True), b64=True)
    m = mk(when, sent_at(when, 2, 6), "mail-wr1-f52.google.example.com", "192.0.2.52", "4DTq8Bd41Mz3",
           addr("Rasha Hamdan", "rasha.hamdan.bdlabour@gmail.example.com"), hdr(M06_SUBJ), M06_ID, body)
    add(6, when, m, dict(category="other", language="ar", acknowledge=True, on_time=None,
        notes="Lebanese dialect ('بشتغل', 'بيحقلنا ناخد الكلمة', 'ولا بس منحضر ومنسمع') from the local employee of a "
              "non-Arab embassy: four questions (observer status, English, note verbale or e-mail, the misprinted "
              "Arabic deadline) 'قبل ما نبعتلكن الترشيح الرسمي'; the Counsellor is mentioned by function only and "
              "not yet proposed. English signature, emoji. Gmail, base64. The nomination follows in h288-11."))


# ================================================================ 07  FR  speaker  Belgian note verbale: conditional request for the Chargé d'affaires a.i. in plenary
M07_ID = "<AM0PR02MB5473D0C81E6B29A4@AM0PR02MB5473.eurprd02.prod.outlook.example.com>"
M07_SUBJ = "Note verbale n° 2021/0156 – Examen régional du Pacte mondial sur les migrations"
M07_QID = "4DVh5Gr20Nz7"
M07_NV = "NV 2021-0156 OIM examen régional PMM.pdf"
M07_TEXT = """Madame, Monsieur,

Veuillez trouver ci-joint la note verbale n° 2021/0156 de l'Ambassade, dont le texte est repris ci-dessous.

N° 2021/0156

L'Ambassade de Belgique à Beyrouth présente ses compliments à l'Organisation internationale pour les migrations (OIM), en sa qualité de secrétariat de l'Examen régional du Pacte mondial pour des migrations sûres, ordonnées et régulières dans la région arabe, et a l'honneur de se référer à l'invitation relative à la consultation multipartite du 23 février 2021 et à la conférence régionale des 24 et 25 février 2021.

La Belgique, qui n'est pas un État de la région, souhaiterait suivre ces travaux en qualité d'observateur. L'Ambassade saurait gré au secrétariat de bien vouloir lui indiquer si les États observateurs sont admis à prendre la parole. Dans l'affirmative, l'Ambassade souhaiterait que M. Olivier Dethier, Chargé d'affaires a.i., puisse faire une brève intervention lors de la séance plénière du 24 février 2021.

L'Ambassade de Belgique saisit cette occasion pour renouveler à l'Organisation internationale pour les migrations les assurances de sa haute considération.

Beyrouth, le 29 janvier 2021

Le Secrétariat de l'Ambassade
Ambassade de Belgique à Beyrouth
Rue Jal el-Dib, Metn
"""


def m07():
    when = at("2021-02-01 10:02:44")
    nv = make_pdf(["ROYAUME DE BELGIQUE", "Ambassade de Belgique a Beyrouth", "N 2021/0156",
                   "L'Ambassade de Belgique a Beyrouth presente ses compliments ...", "Beyrouth, le 29 janvier 2021",
                   "(cachet de l'Ambassade)"])
    a = outlook_mail(M07_TEXT, "AM0PR02MB5473D0C81E6B29A4", lang="FR-BE")
    body = multi("mixed", [a, attach("application/pdf", nv, M07_NV)], "_004_AM0PR02MB5473D0C81E6B29A4_")
    m = mk(when, sent_at(when, 2, 8), "mail-am0eur02on0622.outbound.protection.outlook.example.com",
           "198.51.100.122", M07_QID, addr("Ambassade de Belgique à Beyrouth", "beirut@diplobel.example.fed.be",
                                           enc="Q"),
           hdr(M07_SUBJ, enc="Q"), M07_ID, body,
           cc=addr("Vandenbroucke Hélène", "helene.vandenbroucke@diplobel.example.fed.be", enc="Q"),
           extra=outlook(hdr(M07_SUBJ, enc="Q"), "AdbzH6t0Ly8Wm2Qk4Ea6Sd8Fg0Hj==", lang="fr-BE", has_attach="yes"))
    add(7, when, m, dict(category="speaker_request", language="fr", acknowledge=True, on_time=True, speakers=[
        sp("Olivier Dethier", "Chargé d'affaires a.i.", "Ambassade de Belgique à Beyrouth", ["plenary"])],
        notes="hard case turning on one sentence: the note asks whether observer States may speak and, 'Dans "
              "l'affirmative', requests a short plenary intervention by a named official with his protocol title: "
              "a conditional request is still a request (the secretariat decides eligibility), unlike h288-02 "
              "where nobody is named. 'M.' dropped; title 'Chargé d'affaires a.i.'; 'séance plénière du 24 février'. "
              "Signed by the embassy's secretariat; the PDF is the note verbale, not a report. The First "
              "Secretary in Cc answers our acknowledgement with an out-of-office (h288-08), then replaces him "
              "(h288-17)."))


# ================================================================ 08  FR  auto_reply  the Belgian First Secretary's bilingual FR/NL out-of-office on our acknowledgement of 07
def m08():
    when = at("2021-02-01 10:03:51")
    ack = ack_mid(M07_QID)
    text = """Je suis absente du bureau jusqu'au lundi 8 février 2021 inclus, sans accès régulier à ma messagerie.
Pour toute question urgente, veuillez contacter le secrétariat de l'Ambassade : beirut@diplobel.example.fed.be.

Ik ben afwezig tot en met maandag 8 februari 2021. Voor dringende zaken kunt u contact opnemen met het secretariaat van de Ambassade: beirut@diplobel.example.fed.be.

Hélène Vandenbroucke
Première Secrétaire | Eerste Secretaris
Ambassade de Belgique à Beyrouth | Ambassade van België in Beiroet
"""
    body = multi("alternative", [leaf("text/plain", text), leaf("text/html", outlook_html(text, lang="FR-BE"))],
                 "_000_AM0PR02MB5473OOF9E41C27_")
    subj = hdr("Réponse automatique : Accusé de réception - " + M07_SUBJ, enc="Q")
    rows = exch_ooo(when, "mail-am0eur02on0622.outbound.protection.outlook.example.com", "198.51.100.122",
                    "4DVh6Mx53Pz0", addr("Vandenbroucke Hélène", "helene.vandenbroucke@diplobel.example.fed.be",
                                         enc="Q"),
                    "<AM0PR02MB5473F19B2C7E0A85@AM0PR02MB5473.eurprd02.prod.outlook.example.com>", subj,
                    hdr("Accusé de réception - " + M07_SUBJ, enc="Q"), M07_ID, ack, "fr-BE", (2, 2))
    add(8, when, top(body, rows), dict(category="auto_reply", language="fr", acknowledge=False, on_time=None,
        notes="Exchange out-of-office of the First Secretary copied on h288-07, answering our acknowledgement a "
              "minute later (References name h288-07; Auto-Submitted, X-Auto-Response-Suppress, null Return-Path); "
              "French then Dutch, signed with her name and bilingual protocol title, so it looks like a person "
              "writing. Never acknowledge; thread_of null as for dev auto-replies."))


# ================================================================ 09  EN  speaker  Canada: nomination in a reply to the secretariat's answer (thread of 02)
def m09():
    when = at("2021-02-02 15:20:09")
    answer_id = "<reply.4DR0cM53Xvz1@gcmrrarabstates.iom.int>"
    text = """Dear Ms. Khoury,

Many thanks for your prompt and very helpful reply.

Further to it, the Embassy of Canada to Jordan would like to request a floor intervention in the plenary of the regional conference (24-25 February) for:

Mr. Marc-André Lévesque, Counsellor (Development) and Head of Cooperation, Embassy of Canada to Jordan

Mr. Lévesque will speak in English and will keep to the three minutes you indicated. Should a note verbale still be useful for your records, we can send one through the usual channels.

Best regards,

Alison

Alison MacPherson
First Secretary (Migration) | Première secrétaire (Migration)
Embassy of Canada to Jordan | Ambassade du Canada en Jordanie

From: GCM Regional Review Arab States <gcmrrarabstates@iom.int>
Sent: Monday, February 1, 2021 4:12 PM
To: MacPherson, Alison -AMMAN- IRCC <alison.macpherson@international.example.gc.ca>
Subject: RE: """ + M02_SUBJ + """

Dear Ms. MacPherson,

Thank you for your message. States from outside the region attending as observers may request a floor intervention in the plenary or in one of the thematic roundtables; each intervention is limited to three minutes and may be delivered in Arabic, English or French. An e-mail from the Embassy giving the speaker's name, title and organisational affiliation is sufficient; requests are due by Friday 5 February 2021.

With best regards,
Nour Khoury
GCM Regional Review - Arab States secretariat

From: MacPherson, Alison -AMMAN- IRCC <alison.macpherson@international.example.gc.ca>
Sent: Tuesday, January 26, 2021 2:22 PM
To: gcmrrarabstates@iom.int
Subject: """ + M02_SUBJ + "\n\n" + M02_TEXT
    subj = "RE: " + M02_SUBJ
    body = outlook_mail(text, "YT1PR01MB35428D3F61A0C9E2", lang="EN-CA", logo_rgb=(216, 6, 33))
    m = mk(when, sent_at(when, 2, 8), "mail-yt1can01on0619.outbound.protection.outlook.example.com",
           "198.51.100.19", "4DWp2Ls68Fz5",
           '"MacPherson, Alison -AMMAN- IRCC" <alison.macpherson@international.example.gc.ca>', subj,
           "<YT1PR01MB35428D3F61A0C9E2@YT1PR01MB3542.CANPRD01.PROD.OUTLOOK.example.com>", body,
           extra=[("In-Reply-To", answer_id), ("References", M02_ID + " " + answer_id)]
           + outlook(subj, "AdbzF4Jq8Lp2Xc6Vb0Nm4Qw8Er2TyABf3kZgAA5mQ", lang="en-CA"))
    add(9, when, m, dict(category="speaker_request", language="en", acknowledge=True, on_time=True, thread_of=H % 2,
        speakers=[sp("Marc-André Lévesque", "Counsellor (Development) and Head of Cooperation",
                     "Embassy of Canada to Jordan", ["plenary"])],
        notes="the nomination announced in h288-02, sent as an Outlook reply to the secretariat's answer "
              "(References name h288-02): thread_of points to the question that opened the exchange. One labelled "
              "line 'Mr. Name, Title, Affiliation' ('Mr.' dropped; the title holds a comma-free parenthesis and "
              "'and'); 'in the plenary'. The quoted answer repeats 'name, title and organisational affiliation' and "
              "the deadline, and the quoted first mail mentions roundtables and French. The sender signs 'Alison' "
              "and is not the speaker."))


# ================================================================ 10  AR  both  Swiss cooperation office in Amman: report PDF + a colleague for the first roundtable
M10_REPORT = "التقرير الطوعي - مكتب التعاون السويسري عمان 2021.pdf"
M10_FACT = "Migration and Protection Programme Jordan - Fact sheet.pdf"


def m10():
    when = at("2021-02-03 13:10:27")
    subj = "التقرير الطوعي وترشيح متحدث - مكتب التعاون السويسري في عمّان"
    text = """حضرات السادة في أمانة الاستعراض الإقليمي للاتفاق العالمي من أجل الهجرة الآمنة والمنظمة والنظامية المحترمين،
تحية طيبة وبعد،

يسرّني باسم مكتب التعاون السويسري – سفارة سويسرا في الأردن أن أرسل إليكم التقرير الطوعي للمكتب حول تنفيذ الاتفاق العالمي في إطار برنامج «الهجرة والحماية في الأردن» الذي تموّله سويسرا منذ عام 2016 بالشراكة مع وزارة العمل وعدد من منظمات المجتمع المدني. يتناول التقرير ثلاثة محاور: وصول العمال المهاجرين إلى العدالة، والحد من رسوم الاستقدام، وحماية العاملات في المنازل خلال الإغلاق الذي فرضته جائحة كورونا.

التقرير مرفق بصيغة PDF، ومرفق معه أيضاً ملخص تعريفي بالبرنامج باللغة الإنجليزية للاطلاع فقط.

كما نرغب، بصفة سويسرا دولة مراقبة، في ترشيح زميلي السيد طارق سليمان الزعبي، مسؤول البرامج الوطني لشؤون الهجرة في مكتب التعاون السويسري – سفارة سويسرا في الأردن، لإلقاء مداخلة في المائدة المستديرة الأولى.

وتفضلوا بقبول فائق الاحترام،

لينا الخطيب
مسؤولة برامج
مكتب التعاون السويسري – سفارة سويسرا في الأردن
عمّان – جبل عمّان، الدوار الرابع
"""
    rep = rep_pdf("Voluntary GCM review report (Arabic original)", "Swiss Cooperation Office - Embassy of Switzerland, Amman",
                  ["Access to justice for migrant workers", "Reducing recruitment fees",
                   "Domestic workers during the COVID-19 lockdown", "Recommendations"])
    fact = make_pdf(["Migration and Protection Programme Jordan", "Fact sheet 2020", "Budget, partners, results",
                     "Swiss Agency for Development and Cooperation SDC"])
    a = outlook_mail(text, "DB9PR02MB71626A3E0F4B81D7", lang="AR-JO", rtl=True, b64=True)
    body = multi("mixed", [a, attach("application/pdf", rep, M10_REPORT), attach("application/pdf", fact, M10_FACT)],
                 "_004_DB9PR02MB71626A3E0F4B81D7_")
    m = mk(when, sent_at(when, 2, 9), "mx2.eda.example.admin.ch", "203.0.113.42", "4DXc9Nt27Bz1",
           addr("الخطيب لينا EDA KHL", "lina.khatib@eda.example.admin.ch"), hdr(subj),
           "<DB9PR02MB71626A3E0F4B81D7@DB9PR02MB7162.eurprd02.prod.outlook.example.com>", body,
           extra=outlook(hdr(subj), "AdbzJ2w6Nb0Vc4Xz8Lk2Jh6Gf0Ds==", lang="ar-JO", has_attach="yes"))
    add(10, when, m, dict(category="both", language="ar", acknowledge=True, on_time=True, speakers=[
        sp("طارق سليمان الزعبي", "مسؤول البرامج الوطني لشؤون الهجرة", "مكتب التعاون السويسري – سفارة سويسرا في الأردن",
           ["roundtable"], 1)],
        report_attachments=[M10_REPORT],
        notes="a donor's cooperation office sends its report and proposes a colleague, both on 3 February (on "
              "time): two PDFs, only the Arabic-named one is the report ('ملخص تعريفي ... للاطلاع فقط' = the fact "
              "sheet is not); 'السيد' dropped, the title is followed by 'في' + the affiliation written with an en "
              "dash exactly as in the signature; 'المائدة المستديرة الأولى'. Outlook, base64, RTL; From name in "
              "the Swiss federal 'Last First EDA ABC' form in Arabic."))


# ================================================================ 11  AR  speaker  Bangladesh: the nomination, Latin-script labelled lines (thread of 06)
M11_ID = "<CAJ8vRm5Tx2dW9pL+k4Qc7Ba1hN6sFy3eZ8@mail.gmail.example.com>"
M11_QID = "4DYf3Rk95Cz4"
M11_NV = "NV No. BEI-LAB-2021-19.pdf"


def m11():
    when = at("2021-02-04 13:55:40")
    answer_id = "<reply.4DTq8Bd41Mz3@gcmrrarabstates.iom.int>"
    answer = """السيدة رشا حمدان المحترمة،

شكراً على رسالتك. يمكن للدول من خارج المنطقة التي تحضر بصفة مراقب أن تطلب مداخلة في الجلسة العامة أو في إحدى الموائد المستديرة، ويمكن إلقاء المداخلة بالعربية أو الإنجليزية أو الفرنسية. يكفي بريد إلكتروني من السفارة يتضمن اسم المتحدث ومسماه الوظيفي والجهة التي يمثلها، ولا حاجة إلى مذكرة رسمية. الموعد الأخير لطلبات الكلام هو الجمعة 5 شباط/فبراير 2021، والتاريخ الوارد في النص العربي للدعوة خطأ مطبعي.

أمانة الاستعراض الإقليمي للاتفاق العالمي للهجرة - الدول العربية"""
    text = """مرحبا مجدداً، وشكراً كتير عالتوضيح.

متل ما قلتولنا، هيدي تفاصيل المرشح، ومرفقة كمان المذكرة الرسمية للعلم:

Name: Md. Shahriar Kabir Bhuiyan
Designation: Counsellor (Labour)
Organisation: Embassy of the People's Republic of Bangladesh, Beirut

بيحب ياخد الكلمة بالجلسة العامة (plenary) يوم 24 أو 25 شباط، وإذا بيضل في وقت كمان بالنقاش المفتوح يوم 23.

أنا بإجازة من اليوم بعد الظهر لـ 15 شباط، فإذا في شي بتقدروا تحكوا مع زميلي كريم على labourwing.beirut@mofa.example.gov.bd

رشا

في الأحد، 31 يناير 2021 في 10:05 ص تمت كتابة ما يلي بواسطة GCM Regional Review Arab States <gcmrrarabstates@iom.int>:

""" + gt(answer) + "\n>\n> في السبت، 30 يناير 2021 في 11:48 ص تمت كتابة ما يلي بواسطة Rasha Hamdan <rasha.hamdan.bdlabour@gmail.example.com>:\n" + \
        "\n".join("> " + x if x else ">" for x in gt(M06_TEXT).split("\n")) + "\n"
    nv = make_pdf(["Embassy of the People's Republic of Bangladesh, Beirut", "Labour Wing",
                   "No. BEI-LAB-2021-19", "Note Verbale", "Beirut, 3 February 2021", "(seal)"])
    a = alt(text, "000000000000f27d9a05ba81c3e6", html=gmail_html(text, rtl=True), b64=True)
    body = multi("mixed", [a, attach("application/pdf", nv, M11_NV)], "000000000000f27d9c05ba81c3e8")
    m = mk(when, sent_at(when, 2, 5), "mail-wr1-f49.google.example.com", "192.0.2.49", M11_QID,
           addr("Rasha Hamdan", "rasha.hamdan.bdlabour@gmail.example.com"), hdr("Re: " + M06_SUBJ), M11_ID, body,
           extra=[("In-Reply-To", answer_id), ("References", M06_ID + " " + answer_id)])
    add(11, when, m, dict(category="speaker_request", language="ar", acknowledge=True, on_time=True, thread_of=H % 6,
        speakers=[sp("Md. Shahriar Kabir Bhuiyan", "Counsellor (Labour)",
                     "Embassy of the People's Republic of Bangladesh, Beirut", ["plenary", "open_discussion"])],
        notes="the nomination announced in h288-06, as a Gmail reply to the secretariat's answer (References name "
              "h288-06): Lebanese dialect around English labelled lines ('Name:', 'Designation:', 'Organisation:'): "
              "acknowledge in Arabic. 'Md.' is the usual Bangladeshi abbreviation of Mohammad, part of the name, "
              "not an honorific. Two roles, the second conditional ('وإذا بيضل في وقت كمان بالنقاش المفتوح يوم "
              "23'); the attached note verbale is not a report; 15 February is her leave. Her Gmail vacation "
              "responder answers our acknowledgement (h288-12)."))


# ================================================================ 12  AR  auto_reply  her Gmail vacation responder (Arabic + English) on our acknowledgement of 11
def m12():
    when = at("2021-02-04 13:56:12")
    ack = ack_mid(M11_QID)
    text = """مرحبا،
أنا بإجازة لغاية 15 شباط 2021 وما رح شوف الإيميلات. للأمور المتعلقة بقسم العمل بسفارة بنغلادش، الرجاء التواصل على labourwing.beirut@mofa.example.gov.bd

Hello, I am on leave until 15 February 2021. For Labour Wing matters please write to labourwing.beirut@mofa.example.gov.bd

رشا حمدان
"""
    body = alt(text, "000000000000a3f18e05ba81c5d1", html=gmail_html(text, rtl=True), b64=True)
    rows = std_rows(when, "mail-sor-f69.google.example.com", "192.0.2.69", "4DYf4Tm02Gz9",
                    addr("Rasha Hamdan", "rasha.hamdan.bdlabour@gmail.example.com"), hdr("إجازة / On leave"),
                    rfcdate(sent_at(when, 2, 3)), "<CAJ8vRm8Kd4wQ1nT+p7Zc2Xf5bM9sLh6gY0@mail.gmail.example.com>",
                    extra=[("Auto-Submitted", "auto-replied")], ret="")
    rows = [(k, "<>" if k == "Return-Path" else v) for k, v in rows]
    rows += [("In-Reply-To", ack), ("References", M11_ID + " " + ack), ("Precedence", "bulk")]
    add(12, when, top(body, rows), dict(category="auto_reply", language="ar", acknowledge=False, on_time=None,
        notes="Gmail vacation responder of the sender of h288-11 (subject set by her: 'إجازة / On leave', not 'Re:'), "
              "answering our acknowledgement 32 seconds later (References name h288-11; Auto-Submitted: "
              "auto-replied, Precedence: bulk, null Return-Path); Lebanese dialect and English. Never acknowledge; "
              "thread_of null as for dev auto-replies."))


# ================================================================ 13  EN  speaker  Kenyan Labour Attaché: two officers at 00:41 Riyadh time (23:41 Beirut) on 5/6 February
M13_ID = "<6b0e3c7f-92d4-4a18-b5e1-0c7d8f24a936@mfa.example.go.ke>"
M13_SUBJ = "NOMINATION OF SPEAKERS - GCM REGIONAL REVIEW (ARAB REGION) - EMBASSY OF KENYA, RIYADH"
M13_QID = "4DZ3pHb71Kz2"
M13_CC = "faith.mwangi.welfare@gmial.example.com"


def m13():
    when = at("2021-02-05 23:41:07")
    text = """Dear Sir/Madam,

RE: NOMINATION OF SPEAKERS FOR THE REGIONAL REVIEW OF THE GLOBAL COMPACT FOR MIGRATION IN THE ARAB REGION
Ref: KE/RYD/LAB/4/2021/(27)

The Embassy of the Republic of Kenya in Riyadh acknowledges with thanks the invitation to the above Review. Kenya has a large and growing number of nationals working in the Kingdom, the majority of them women in domestic work, and the Embassy wishes to share its experience of case management, rescue and repatriation.

The Embassy wishes to nominate the following officers:

1. Mr. Joseph Kiprono Langat - Labour Attaché, Embassy of the Republic of Kenya, Riyadh - floor intervention in Thematic Roundtable 3;
2. Ms. Faith Wanjiru Mwangi - Welfare Officer (Migrant Workers), Embassy of the Republic of Kenya, Riyadh - to take part in the open discussion of the multi-stakeholder consultation on 23rd February 2021.

Kindly accept our apologies for the late hour of this submission: the nominations were only cleared by the Ministry of Foreign Affairs in Nairobi this evening. Ms. Mwangi is copied.

Yours faithfully,

Joseph K. Langat
LABOUR ATTACHÉ
EMBASSY OF THE REPUBLIC OF KENYA
RIYADH, KINGDOM OF SAUDI ARABIA
Tel: +966 11 000 0000
"""
    body = leaf("text/plain", flowed(text), "utf-8", "8bit", params=[("format", "flowed")])
    m = mk(when, sent_at(when, 3, 4), "mail.mfa.example.go.ke", "41.89.64.17", M13_QID,
           "Joseph Langat <jk.langat@mfa.example.go.ke>", M13_SUBJ, M13_ID, body,
           cc="Faith Mwangi <%s>" % M13_CC, extra=[("User-Agent", TB), ("Content-Language", "en-GB")])
    kenya = "Embassy of the Republic of Kenya, Riyadh"
    add(13, when, m, dict(category="speaker_request", language="en", acknowledge=True, on_time=True, speakers=[
        sp("Joseph Kiprono Langat", "Labour Attaché", kenya, ["roundtable"], 3),
        sp("Faith Wanjiru Mwangi", "Welfare Officer (Migrant Workers)", kenya, ["open_discussion"])],
        notes="deadline edge: the Date header says Sat, 6 Feb 00:41 +0300 and the sender apologises for 'the late "
              "hour', but it reached the server at 23:41:07 on 5 February Beirut time: on time. Kenyan government "
              "letter style ('RE:' heading in capitals, 'Ref:' line, 'Yours faithfully'); the sender proposes "
              "himself and a colleague in a numbered list of 'Name - Title, Affiliation - role' lines; the "
              "signature shortens his name ('Joseph K. Langat'); '23rd February' = open discussion. Thunderbird, "
              "format=flowed. The Cc address is mistyped (gmial) and our acknowledgement bounces (h288-14)."))


# ================================================================ 14  EN  bounce  the Cc copy of our acknowledgement of 13: domain not found
def m14():
    when = at("2021-02-05 23:42:15")
    rcpt = M13_CC
    text = POSTFIX_NOTICE + """
<%s>: Host or domain name not found. Name service error for
    name=gmial.example.com type=A: Host not found
""" % rcpt
    dsn = ("Reporting-MTA: dns; mx1.iom.int\n"
           "X-Postfix-Queue-ID: 4DZ3pV02Lhz6\n"
           "X-Postfix-Sender: rfc822; gcmrrarabstates@iom.int\n"
           "Arrival-Date: %s\n\n"
           "Final-Recipient: rfc822; %s\n"
           "Original-Recipient: rfc822;%s\n"
           "Action: failed\n"
           "Status: 5.4.4\n"
           "Diagnostic-Code: X-Postfix; Host or domain name not found. Name service error\n"
           "    for name=gmial.example.com type=A: Host not found\n"
           % (rfcdate(when - dt.timedelta(seconds=5), "EET"), rcpt, rcpt))
    hdrs = ("Return-Path: <gcmrrarabstates@iom.int>\n"
            "From: GCM Regional Review Arab States <gcmrrarabstates@iom.int>\n"
            "To: Joseph Langat <jk.langat@mfa.example.go.ke>\n"
            "Cc: Faith Mwangi <%s>\n"
            "Subject: Acknowledgement of receipt - %s\n"
            "Date: %s\n"
            "Message-ID: %s\n"
            "In-Reply-To: %s\n"
            "References: %s\n" % (rcpt, M13_SUBJ, rfcdate(when - dt.timedelta(seconds=8)), ack_mid(M13_QID),
                                  M13_ID, M13_ID))
    body = dsn_report(text, dsn, hdrs, "4DZ3pV02Lhz6.1612561335/mx1.iom.int")
    rows = [("Return-Path", "<>"), ("Delivered-To", "gcmrrarabstates@iom.int"),
            ("Received", "by mx1.iom.int (Postfix)\r\n\tid 4DZ3pX17Mqz8; %s" % rfcdate(when, "EET")),
            ("Date", rfcdate(when, "EET")),
            ("From", "MAILER-DAEMON@mx1.iom.int (Mail Delivery System)"),
            ("Subject", "Undelivered Mail Returned to Sender"),
            ("To", "gcmrrarabstates@iom.int"),
            ("Auto-Submitted", "auto-replied"),
            ("Message-Id", "<20210205214215.4DZ3pX17Mqz8@mx1.iom.int>")]
    add(14, when, top(body, rows), dict(category="bounce", language="en", acknowledge=False, on_time=None,
        notes="Postfix DSN (5.4.4, host or domain name not found: 'gmial' for 'gmail') for the Cc copy of our "
              "acknowledgement of h288-13, one minute before midnight on the speaker deadline; the returned headers "
              "carry the 'NOMINATION OF SPEAKERS' subject. Never acknowledge; thread_of null as for dev bounces."))


# ================================================================ 15  AR  speaker  Kuwaiti manpower authority forwards a Nepali note verbale (late)
M15_NV = "NV Lab-NV-2021-033.pdf"


def m15():
    when = at("2021-02-08 10:30:52")
    subj = "إحالة: مذكرة سفارة نيبال بشأن المشاركة في الاستعراض الإقليمي للاتفاق العالمي للهجرة"
    text = """السادة/ أمانة الاستعراض الإقليمي للاتفاق العالمي للهجرة – المنظمة الدولية للهجرة      المحترمين
تحية طيبة وبعد،،

نحيل إليكم طيّه صورة من المذكرة رقم Lab/NV/2021/033 المؤرخة 2 فبراير 2021، الواردة إلى الهيئة من سفارة نيبال لدى دولة الكويت، والتي تطلب فيها السفارة التكرم بإبلاغكم برغبتها في مشاركة ملحقها العمالي بكلمة في الجلسة العامة للمؤتمر الإقليمي.

ونظراً لأن المذكرة وردت إلى الهيئة يوم الأربعاء 3 فبراير وأحيلت إلى إدارتنا صباح اليوم، نرجو التكرم بالنظر في الطلب والتواصل مع السفارة مباشرة على عنوانها الوارد أدناه.

وتفضلوا بقبول فائق الاحترام والتقدير،،

م. عبدالعزيز فهد المطيري
مراقب العلاقات الدولية
إدارة التعاون الدولي
الهيئة العامة للقوى العاملة – دولة الكويت

From: Embassy of Nepal - Kuwait <eonkuwait@mofa.example.gov.np>
Sent: Wednesday, February 3, 2021 11:20 AM
To: International Cooperation <intl.coop@manpower.example.gov.kw>
Subject: Note Verbale - GCM Regional Review (Arab Region)

Dear Sir/Madam,
Please find attached herewith the Embassy's Note Verbale No. Lab/NV/2021/033, reproduced below.

No. Lab/NV/2021/033

The Embassy of Nepal in Kuwait presents its compliments to the Public Authority for Manpower of the State of Kuwait and has the honour to inform that the Government of Nepal wishes to participate in the Regional Review of the Global Compact for Safe, Orderly and Regular Migration in the Arab Region, to be held on 23-25 February 2021.

The Embassy would be grateful if the esteemed Authority could kindly convey to the organisers the Embassy's request that Mr. Bishnu Prasad Adhikari, Labour Attaché, be given the floor during the plenary session of the regional conference on 24-25 February 2021.

The Embassy of Nepal avails itself of this opportunity to renew to the Public Authority for Manpower of the State of Kuwait the assurances of its highest consideration.

Kuwait, 2 February 2021
"""
    nv = make_pdf(["EMBASSY OF NEPAL", "KUWAIT", "No. Lab/NV/2021/033",
                   "The Embassy of Nepal in Kuwait presents its compliments to the Public Authority for Manpower ...",
                   "Kuwait, 2 February 2021", "(seal)"])
    a = outlook_mail(text, "VI1PR03MB4862C1E9B27D5F04", lang="AR-KW", b64=True)
    body = multi("mixed", [a, attach("application/pdf", nv, M15_NV)], "_004_VI1PR03MB4862C1E9B27D5F04_")
    m = mk(when, sent_at(when, 3, 9), "mail-vi1eur03on0617.outbound.protection.outlook.example.com",
           "198.51.100.117", "4F0Kx38Rwz5", addr("إدارة التعاون الدولي - الهيئة العامة للقوى العاملة",
                                                  "intl.coop@manpower.example.gov.kw"), hdr(subj),
           "<VI1PR03MB4862C1E9B27D5F04@VI1PR03MB4862.eurprd03.prod.outlook.example.com>", body,
           extra=outlook(hdr(subj), "AdcAm4Rt8Yu2Io6Pa0Sd4Fg8Hj2Kl==", lang="ar-KW", has_attach="yes"))
    add(15, when, m, dict(category="speaker_request", language="ar", acknowledge=True, on_time=False, speakers=[
        sp("Bishnu Prasad Adhikari", "Labour Attaché", "Embassy of Nepal in Kuwait", ["plenary"])],
        notes="a host-country authority forwards, in Arabic, an English note verbale asking it to 'convey to the "
              "organisers' the Embassy's request for a plenary floor: the request reaches us only now, so it is a "
              "speaker request received on 8 February, late, although the note is dated 2 February and reached "
              "the authority on the 3rd (the forwarder explains the delay). The speaker, his title and affiliation "
              "are in the forwarded English text; the acknowledgement goes in Arabic to the forwarder. 'م.' is "
              "the signer's (not a speaker's) honorific; the PDF is the note verbale. Outlook, base64; the long "
              "Arabic From name spans two RFC 2047 encoded-words (policy.default leaves a stray space, as in dev "
              "059)."))


# ================================================================ 16  FR  both  Canadian embassy in Rabat: report PDF + a speaker after the speaker deadline
M16_FILE = "Contribution volontaire du Canada – Examen régional PMM (États arabes).pdf"


def m16():
    when = at("2021-02-08 16:05:19")
    subj = "Contribution volontaire du Canada et proposition d'intervenant – Examen régional du PMM"
    text = """Madame, Monsieur,

L'Ambassade du Canada au Maroc a le plaisir de vous transmettre ci-joint la contribution volontaire du Canada à l'examen régional du Pacte mondial pour des migrations sûres, ordonnées et régulières dans la région arabe. Ce document présente les programmes que le Canada appuie dans la région en matière de migration de main-d'œuvre, de protection des personnes migrantes en transit et de réintégration, ainsi que les enseignements que nous en tirons au regard des objectifs 6, 7 et 21 du Pacte.

Par ailleurs, et bien que nous sachions que le délai fixé au 5 février pour les demandes de prise de parole soit échu, nous souhaiterions proposer que M. Patrick Ouellet, Conseiller et chef de la coopération, Ambassade du Canada au Maroc, intervienne lors de la table ronde thématique 3. Nous comprendrions parfaitement que le programme soit déjà arrêté.

Veuillez agréer, Madame, Monsieur, l'expression de notre considération distinguée.

Julie Bergeron
Première secrétaire (Migration) | First Secretary (Migration)
Ambassade du Canada au Maroc | Embassy of Canada to Morocco
Rabat
"""
    pdf = rep_pdf("Contribution volontaire du Canada", "Ambassade du Canada au Maroc",
                  ["Migration de main-d'oeuvre", "Protection des personnes migrantes en transit", "Reintegration",
                   "Objectifs 6, 7 et 21"])
    a = outlook_mail(text, "YQXPR01MB2873E4A90D6B1C25", lang="FR-CA", logo_rgb=(216, 6, 33))
    body = multi("mixed", [a, attach("application/pdf", pdf, M16_FILE)], "_006_YQXPR01MB2873E4A90D6B1C25_")
    m = mk(when, sent_at(when, 1, 7), "mail-yqx01can01on0603.outbound.protection.outlook.example.com",
           "198.51.100.103", "4F0Tq62Hmz7",
           addr("Bergeron, Julie -RABAT- GR", "julie.bergeron@international.example.gc.ca"), hdr(subj, enc="Q"),
           "<YQXPR01MB2873E4A90D6B1C25@YQXPR01MB2873.CANPRD01.PROD.OUTLOOK.example.com>", body,
           extra=outlook(hdr(subj, enc="Q"), "AdcAn8Ws2Ed4Rf6Tg8Yh0Uj2Ik4Ol==", lang="fr-CA", has_attach="yes"))
    add(16, when, m, dict(category="both", language="fr", acknowledge=True, on_time=False, speakers=[
        sp("Patrick Ouellet", "Conseiller et chef de la coopération", "Ambassade du Canada au Maroc",
           ["roundtable"], 3)],
        report_attachments=[M16_FILE],
        notes="'both' on 8 February: the report is on time but the speaker part is late, and the sender says so "
              "('le délai fixé au 5 février ... soit échu'): on_time false. 'M.' dropped; 'Name, Title, "
              "Affiliation' on one line in running prose; 'table ronde thématique 3'; objectives 6, 7 and 21 are "
              "not roundtables. Bilingual signature, From display name 'Last, First -POST- unit' (quoted). PDF "
              "name with an en dash, accents and brackets (RFC 2231 + RFC 2047). Date in UTC+1."))


# ================================================================ 17  FR  speaker  Belgium replaces its Chargé d'affaires by the First Secretary (late, thread of 07)
def m17():
    when = at("2021-02-09 11:20:36")
    subj = "RE: " + M07_SUBJ
    text = """Madame, Monsieur,

Nous nous référons à notre note verbale n° 2021/0156 du 29 janvier dernier, reprise ci-dessous.

M. Olivier Dethier, Chargé d'affaires a.i., ayant été rappelé à Bruxelles pour consultations, ne pourra pas participer à la conférence. L'Ambassade souhaiterait dès lors que la soussignée, Première Secrétaire, puisse prendre la parole à sa place lors de la séance plénière, dans les mêmes conditions.

Nous sommes conscients que ce changement intervient après le 5 février et vous remercions de votre compréhension.

Avec mes salutations distinguées,

Hélène Vandenbroucke
Première Secrétaire
Ambassade de Belgique à Beyrouth

De : Ambassade de Belgique à Beyrouth <beirut@diplobel.example.fed.be>
Envoyé : lundi 1 février 2021 10:02
À : gcmrrarabstates@iom.int
Cc : Vandenbroucke Hélène <helene.vandenbroucke@diplobel.example.fed.be>
Objet : """ + M07_SUBJ + "\n\n" + M07_TEXT
    body = outlook_mail(text, "AM0PR02MB54737A2D9E6C3B18", lang="FR-BE")
    m = mk(when, sent_at(when, 2, 7), "mail-am0eur02on0622.outbound.protection.outlook.example.com",
           "198.51.100.122", "4F1Dw07Jnz3",
           addr("Vandenbroucke Hélène", "helene.vandenbroucke@diplobel.example.fed.be", enc="Q"), hdr(subj, enc="Q"),
           "<AM0PR02MB54737A2D9E6C3B18@AM0PR02MB5473.eurprd02.prod.outlook.example.com>", body,
           cc=addr("Ambassade de Belgique à Beyrouth", "beirut@diplobel.example.fed.be", enc="Q"),
           extra=[("In-Reply-To", M07_ID), ("References", M07_ID)]
           + outlook(hdr(subj, enc="Q"), "AdbzH6t0Ly8Wm2Qk4Ea6Sd8Fg0HjAA3nR5Q", lang="fr-BE"))
    add(17, when, m, dict(category="speaker_request", language="fr", acknowledge=True, on_time=False,
        thread_of=H % 7, speakers=[
            sp("Hélène Vandenbroucke", "Première Secrétaire", "Ambassade de Belgique à Beyrouth", ["plenary"])],
        notes="replacement of the speaker of h288-07 after the speaker deadline (9 February, the sender says so): "
              "late. The new speaker is 'la soussignée' = the signer, named only in the signature; the withdrawn "
              "Chargé d'affaires a.i. is named in the new text and in the quoted note verbale; 'dans les mêmes "
              "conditions' and 'à sa place lors de la séance plénière' give the role. Outlook reply with a French "
              "header block ('De :', 'Envoyé :', 'Objet :'); the quoted note's conditional question about "
              "observers is old."))


# ================================================================ 18  EN  other  EU delegation registers three observers who will not speak
def m18():
    when = at("2021-02-09 15:45:03")
    subj = "Registration of EU Delegation observers - GCM Regional Review, 23-25 February"
    text = """Dear Secretariat,

The Delegation of the European Union to Jordan would like to follow the multi-stakeholder consultation on 23 February and the regional conference on 24-25 February as an observer.

Could you kindly register the following colleagues:

- Ms. Katarzyna Nowak, Head of Cooperation
- Mr. Pieter Janssens, Attaché, Political, Press and Information Section
- Ms. Dalia Haddadin, Programme Manager - Migration and Mobility (myself)

Please note that the Delegation does not request a speaking slot: we will listen and take note of the key messages. We would appreciate receiving the connection details in due course, and would be grateful to know whether observers are expected to keep their cameras off.

Kind regards,

Dalia Haddadin
Programme Manager - Migration and Mobility
Delegation of the European Union to Jordan
Amman

The views expressed in this e-mail are those of the author and may not in any circumstances be regarded as stating an official position of the European Union.
"""
    body = leaf("text/html", owa_html(text), cte="base64")
    m = mk(when, sent_at(when, 2, 6), "mail-db7eur03on0711.outbound.protection.outlook.example.com",
           "198.51.100.71", "4F1Lr45Tbz0",
           addr("HADDADIN Dalia (EEAS-AMMAN)", "dalia.haddadin@eeas.example.europa.eu"), subj,
           "<DB7PR03MB4972B5C18E0A36F2@DB7PR03MB4972.eurprd03.prod.outlook.example.com>", body,
           extra=[("Thread-Topic", subj), ("Thread-Index", "AQHW/s3Kb8Lm2Nq4Rt6Vx8Zb0Dc2Fe=="),
                  ("Content-Language", "en-GB"), ("X-MS-Has-Attach", ""), ("X-MS-TNEF-Correlator", "")])
    add(18, when, m, dict(category="other", language="en", acknowledge=True, on_time=None,
        notes="registration of three observers with honorifics, names and protocol titles in a list that looks "
              "exactly like a speaker list, but 'the Delegation does not request a speaking slot: we will listen': "
              "attend only, so other (dev 007). Asks for connection details and camera etiquette. Outlook on the "
              "web, HTML-only base64; From name in the EU 'SURNAME First (SERVICE-POST)' form; disclaimer."))


# ================================================================ 19  AR  other  Ethiopian embassy: may the attaché speak English, may the Chargé d'affaires a.i. observe? (thread of 05)
def m19():
    when = at("2021-02-10 12:00:41")
    ack = ack_mid(M05_QID)
    ack_text = """السادة المحترمون،

تشكركم أمانة الاستعراض الإقليمي على رسالتكم «%s»، وتؤكد استلام طلب المشاركة بكلمة. سيتم التواصل معكم بشأن برنامج الجلسات.

الاستعراض الإقليمي للاتفاق العالمي من أجل الهجرة - الدول العربية""" % M05_SUBJ
    text = """السادة في أمانة الاستعراض الإقليمي،
تحية طيبة،

شكراً لتأكيد الاستلام. لدينا استفساران بخصوص مشاركة السفارة:

1. هل يمكن للملحق العمالي السيد تسفاي أن يلقي مداخلته باللغة الإنجليزية؟ فهو لا يتقن العربية، وهل ستتوفر ترجمة فورية؟
2. يرغب القائم بالأعمال بالنيابة، السيد يوهانس بيكيلي تاديسي، في حضور الجلسة الافتتاحية للمؤتمر يوم 24 شباط بصفة مراقب فقط، دون إلقاء أي كلمة. فهل يلزمه تسجيل منفصل؟
"""
    text += """
مع الشكر والتقدير،
سلمى عبد القادر
مترجمة – سفارة إثيوبيا، بيروت

في الخميس، 28 يناير 2021 12:31 م، كتب GCM Regional Review Arab States <gcmrrarabstates@iom.int>:

""" + gt(ack_text) + "\n"
    a = alt(text, "----=_Part_4107725_1653349186.1612951241330", html=yahoo_html(text, rtl=True), b64=True)
    m = mk(when, sent_at(when, 2, 5), "sonic306-22.consmr.mail.ir2.yahoo.example.com", "198.51.100.206",
           "4F2Bt19Qcz6", addr("Ethiopian Embassy Beirut", "ethembassy.beirut@yahoo.example.com"),
           hdr("رد: إشعار استلام - " + M05_SUBJ), "<1612951241330.4107726@mail.yahoo.example.com>", a,
           extra=[("In-Reply-To", ack), ("References", M05_ID + " " + ack), ("X-Mailer", YAHOO)])
    add(19, when, m, dict(category="other", language="ar", acknowledge=True, on_time=None, thread_of=H % 5,
        notes="reply to our acknowledgement of h288-05 (References name h288-05) with two questions that need an "
              "answer (English and interpretation for the speaker already proposed; a separate registration for "
              "the Chargé d'affaires a.i. 'بصفة مراقب فقط، دون إلقاء أي كلمة'): a named official with a protocol "
              "title who will only attend is not a speaker, and the attaché is not proposed again. Yahoo, base64, "
              "quote line with the Arabic date."))


# ================================================================ 20  EN  report  Philippines: the Labor Attaché withdraws; a written contribution as the report (thread of 01)
M20_REPORT = "POLO Beirut Written Contribution - GCM Regional Review 2021.pdf"
M20_NV = "NV BEI-103-2021.pdf"


def m20():
    when = at("2021-02-12 09:30:18")
    subj = "RE: " + M01_SUBJ
    text = """Dear Sir/Madam,

Good day!

Further to the Embassy's Note Verbale No. BEI-074-2021 dated 25 January 2021 (trail below), please be informed that Labor Attaché Maricel Dizon Santiago has been recalled to the DOLE Home Office in Manila effective 20 February 2021 and will therefore no longer be able to deliver the intervention in Thematic Roundtable 2. The Embassy will not be nominating a replacement speaker.

In lieu of the intervention, the Embassy respectfully submits the attached written contribution prepared by the Philippine Overseas Labor Office (POLO) in Beirut, which we request be considered as the Philippines' voluntary GCM review report. The Embassy's Note Verbale No. BEI-103-2021 on the matter is also attached.

Thank you and warm regards,

Ma. Cecilia R. Magno
Third Secretary and Vice Consul
Embassy of the Republic of the Philippines
Beirut, Lebanon

From: Philippine Embassy Beirut <beirut.pe@dfa.example.gov.ph>
Sent: Monday, January 25, 2021 11:05 AM
To: gcmrrarabstates@iom.int
Cc: POLO Beirut <polo.beirut@dole.example.gov.ph>
Subject: """ + M01_SUBJ + "\n\n" + M01_TEXT
    rep = rep_pdf("Written contribution of the Philippine Overseas Labor Office (POLO) Beirut",
                  "Embassy of the Republic of the Philippines, Beirut",
                  ["OFWs in Lebanon after August 2020", "Repatriation and the Kafala system",
                   "Assistance to distressed workers", "Recommendations"])
    nv = make_pdf(["EMBASSY OF THE PHILIPPINES - BEIRUT", "No. BEI-103-2021",
                   "... withdrawal of the nomination of Labor Attache Santiago ...", "Beirut, 11 February 2021"])
    a = outlook_mail(text, "HK0PR04MB31869C2F05E7A4D3", logo_rgb=(0, 56, 168))
    body = multi("mixed", [a, attach("application/pdf", rep, M20_REPORT), attach("application/pdf", nv, M20_NV)],
                 "_006_HK0PR04MB31869C2F05E7A4D3_")
    m = mk(when, sent_at(when, 2, 8), "mail-hk2apc01on2061.outbound.protection.outlook.example.com",
           "198.51.100.61", "4F3Hn84Vdz2", "Philippine Embassy Beirut <beirut.pe@dfa.example.gov.ph>", subj,
           "<HK0PR04MB31869C2F05E7A4D3@HK0PR04MB3186.apcprd04.prod.outlook.example.com>", body,
           cc="POLO Beirut <polo.beirut@dole.example.gov.ph>",
           extra=[("In-Reply-To", M01_ID), ("References", M01_ID)]
           + outlook(subj, "AdbzD1a7Kq3Mw5Ez7Ry9Tu1Io3Pa5SdAEm7q2w", has_attach="yes"))
    add(20, when, m, dict(category="voluntary_report", language="en", acknowledge=True, on_time=True,
        report_attachments=[M20_REPORT], thread_of=H % 1,
        notes="hard case: withdraws the speaker of h288-01 ('will not be nominating a replacement speaker') and, 'in "
              "lieu of the intervention', submits a 'written contribution' to be 'considered as the Philippines' "
              "voluntary GCM review report': a report, no speaker (the quoted note verbale still holds the old "
              "nomination). Two PDFs: the contribution is the report, the new note verbale is not. Outlook reply "
              "to its own message (In-Reply-To h288-01), so thread_of h288-01; on time (12 February)."))


# ================================================================ 21  EN  report  Embassy of Nepal in Doha: DOCX report + its Annex I (Zimbra), Bikram Sambat date
M21_REPORT = "Nepal Embassy Doha - Voluntary GCM Review Report.docx"
M21_ANNEX = "Annex I - Statistical Tables (Nepali workers in Qatar 2019-2020).pdf"


def m21():
    when = at("2021-02-12 14:10:44")
    subj = "Submission of Voluntary GCM Review Report - Embassy of Nepal, Doha"
    text = """Dear Sir/Madam,

Namaste and warm greetings from the Embassy of Nepal, Doha.

With reference to the invitation to the Regional Review of the Global Compact for Migration in the Arab region, the Embassy is pleased to submit herewith its voluntary GCM review report, prepared by the Labour Section of the Embassy, together with its Annex I (statistical tables on Nepali workers in Qatar, 2019-2020). The two files should be read together.

The report covers the Embassy's work on wage protection and unpaid dues, compensation for deaths and injuries at work, the repatriation of mortal remains, shelter for distressed female workers, and the implementation of the labour agreement between Nepal and the State of Qatar.

Kindly acknowledge receipt.

With best regards,

Ram Kumar Shrestha
Second Secretary (Labour)
Embassy of Nepal
Doha, State of Qatar

Ref. No.: 2077/78 Lab. 212
Date: 2077/10/30 B.S. (12 February 2021)
"""
    doc = make_docx(["Embassy of Nepal, Doha - Labour Section", "Voluntary GCM Review Report",
                     "1. Wage protection and unpaid dues", "2. Compensation for deaths and injuries",
                     "3. Repatriation of mortal remains", "4. Shelter for distressed female workers",
                     "5. Bilateral labour agreement", "6. Recommendations"])
    annex = make_pdf(["Annex I - Statistical Tables", "Nepali workers in Qatar 2019-2020",
                      "Table 1: labour permits", "Table 2: complaints received", "Table 3: deaths and repatriation"])
    a = alt(text, "=_a3e19c7b-5f40-4d2e-9b61-0d8f2c4e7a15", html=zimbra_html(text))
    body = multi("mixed", [a, attach(DOCX, doc, M21_REPORT), attach("application/pdf", annex, M21_ANNEX)],
                 "=_7d4b2e90-1c6a-4f83-a5d0-e29b81c63f47")
    m = mk(when, sent_at(when, 3, 6), "mail.mofa.example.gov.np", "202.45.144.71", "4F3Qc27Zpz8",
           "Embassy of Nepal Doha - Labour Section <eondoha.labour@mofa.example.gov.np>", subj,
           "<1846203917.4471825.1613131838412.JavaMail.zimbra@mofa.example.gov.np>", body,
           extra=[("X-Mailer", ZIMBRA), ("Thread-Topic", subj), ("Thread-Index", "Xk8b3Qw1Vn5Lp7Rt9Yz2Ae4Sd6Fg8Hj==")])
    add(21, when, m, dict(category="voluntary_report", language="en", acknowledge=True, on_time=True,
        report_attachments=[M21_REPORT, M21_ANNEX],
        notes="a country of origin's embassy submits its report as a DOCX plus 'its Annex I' ('the two files should "
              "be read together'): both files make up the report (dev 037). The Bikram Sambat date '2077/10/30 "
              "B.S.' and reference '2077/78' are not Gregorian dates; 2019-2020 in the annex name is data. "
              "Zimbra webmail, Date in UTC+3; nobody is proposed to speak."))


# ================================================================ 22  AR  report  EU delegation to Lebanon: the report in Arabic and English (two attachments)
M22_AR = "مساهمة بعثة الاتحاد الأوروبي إلى لبنان - الاستعراض الإقليمي 2021.pdf"
M22_EN = "EU Delegation to Lebanon - contribution to the GCM Regional Review 2021 (EN).pdf"


def m22():
    when = at("2021-02-15 11:00:29")
    subj = "مساهمة بعثة الاتحاد الأوروبي إلى لبنان في الاستعراض الإقليمي للاتفاق العالمي للهجرة"
    text = """السادة أمانة الاستعراض الإقليمي للاتفاق العالمي من أجل الهجرة الآمنة والمنظمة والنظامية المحترمين،

تحية طيبة وبعد،

يسعدني أن أرسل إليكم المساهمة الطوعية لبعثة الاتحاد الأوروبي إلى لبنان في الاستعراض الإقليمي، بنسختيها العربية والإنجليزية (مرفقتان). تعرض المساهمة ما موّله الاتحاد الأوروبي منذ عام 2017 لصالح العمال المهاجرين في لبنان، ولا سيما العاملات في الخدمة المنزلية: الملاجئ والمساعدة القانونية، ودعم العودة الطوعية بعد انفجار 4 آب، والحوار مع وزارة العمل حول عقد العمل الموحد.

نرجو اعتبار النسختين وثيقة واحدة، والنص العربي هو المعتمد.

لن تطلب البعثة أخذ الكلمة، وسيحضر ممثل عنها أعمال المؤتمر بصفة مراقب.

مع فائق الاحترام،

ريم أبو جودة
مديرة برامج – قسم التعاون
بعثة الاتحاد الأوروبي إلى لبنان
بيروت

The views expressed in this e-mail are those of the author and may not in any circumstances be regarded as stating an official position of the European Union.
"""
    rep_ar = rep_pdf("Contribution of the EU Delegation to Lebanon (Arabic version)", "EU Delegation to Lebanon",
                     ["Shelters and legal aid", "Voluntary return after 4 August 2020",
                      "Dialogue on the unified employment contract", "Recommendations"])
    rep_en = rep_pdf("Contribution of the EU Delegation to Lebanon (English version)", "EU Delegation to Lebanon",
                     ["Shelters and legal aid", "Voluntary return after 4 August 2020",
                      "Dialogue on the unified employment contract", "Recommendations"])
    a = outlook_mail(text, "AS8PR03MB6824D05B7E1A93C2", lang="AR-LB", rtl=True, b64=True)
    body = multi("mixed", [a, attach("application/pdf", rep_ar, M22_AR), attach("application/pdf", rep_en, M22_EN)],
                 "_004_AS8PR03MB6824D05B7E1A93C2_")
    m = mk(when, sent_at(when, 2, 9), "mail-as8eur03on0704.outbound.protection.outlook.example.com",
           "198.51.100.104", "4F5Dk66Xmz1", addr("ABOU JAOUDE Reem (EEAS-BEIRUT)", "reem.abou-jaoude@eeas.example.europa.eu"),
           hdr(subj), "<AS8PR03MB6824D05B7E1A93C2@AS8PR03MB6824.eurprd03.prod.outlook.example.com>", body,
           extra=outlook(hdr(subj), "AdcDc1Fv3Gb5Hn7Jm9Kq1Lw3Ze5Xr==", lang="ar-LB", has_attach="yes"))
    add(22, when, m, dict(category="voluntary_report", language="ar", acknowledge=True, on_time=True,
        report_attachments=[M22_AR, M22_EN],
        notes="an EU delegation's contribution in two language versions, 'نرجو اعتبار النسختين وثيقة واحدة': both "
              "PDFs are the report (Arabic name in RFC 2231 + RFC 2047); 'لن تطلب البعثة أخذ الكلمة' and an "
              "unnamed observer are not a speaker request. 2017 and '4 آب' are history. Arabic body with an English "
              "EU disclaimer; From display name in the EU 'SURNAME First (SERVICE-POST)' form; Outlook, base64."))


# ================================================================ 23  FR  report  EU delegation in Rabat at 22:58 local time on the report deadline (23:58 Beirut)
M23_FILE = "Contribution DUE Maroc – Examen régional PMM 2021.pdf"


def m23():
    when = at("2021-02-16 23:58:20")
    subj = "Contribution de la Délégation de l'UE au Maroc – rapports volontaires, examen régional du PMM"
    text = """Madame, Monsieur,

Veuillez trouver ci-joint la contribution de la Délégation de l'Union européenne au Royaume du Maroc à l'examen régional du Pacte mondial pour des migrations sûres, ordonnées et régulières, au titre des rapports volontaires.

Le document porte sur la coopération de l'Union européenne avec le Maroc en matière de migration depuis 2016 : appui à la mise en œuvre de la Stratégie nationale d'immigration et d'asile, protection des personnes migrantes vulnérables, migration légale et mobilité des talents, ainsi que réintégration des personnes de retour.

Avec nos excuses pour cet envoi tardif en soirée, et en vous remerciant de votre compréhension,

Cordialement,

Mathilde Verhaegen
Chargée de programme – Migration et mobilité
Délégation de l'Union européenne au Royaume du Maroc
Rabat

Les opinions exprimées dans ce courriel sont celles de leur auteur et ne peuvent en aucun cas être considérées comme une position officielle de l'Union européenne.
"""
    pdf = rep_pdf("Contribution de la Delegation de l'UE au Maroc", "Delegation de l'Union europeenne au Royaume du Maroc",
                  ["Strategie nationale d'immigration et d'asile", "Protection des personnes vulnerables",
                   "Migration legale et mobilite des talents", "Reintegration"])
    a = outlook_mail(text, "PR3PR02MB6137A8E0C4D25F91", lang="FR", logo_rgb=(0, 51, 153))
    body = multi("mixed", [a, attach("application/pdf", pdf, M23_FILE)], "_006_PR3PR02MB6137A8E0C4D25F91_")
    m = mk(when, sent_at(when, 1, 6), "mail-pr3eur02on0615.outbound.protection.outlook.example.com",
           "198.51.100.115", "4F6Wn91Lbz3",
           addr("VERHAEGEN Mathilde (EEAS-RABAT)", "mathilde.verhaegen@eeas.example.europa.eu"), hdr(subj, enc="Q"),
           "<PR3PR02MB6137A8E0C4D25F91@PR3PR02MB6137.eurprd02.prod.outlook.example.com>", body,
           extra=outlook(hdr(subj, enc="Q"), "AdcEb7Mn9Qk1Ws3Ed5Rf7Tg9Yh1Uj==", lang="fr-FR", has_attach="yes"))
    add(23, when, m, dict(category="voluntary_report", language="fr", acknowledge=True, on_time=True,
        report_attachments=[M23_FILE],
        notes="deadline edge: Date header 22:58 +0100 on 16 February, received 23:58:20 Beirut time, on time; the "
              "sender apologises for the 'envoi tardif en soirée'. 'au titre des rapports volontaires' calls the "
              "'contribution' a report; the inline signature logo is not part of it. PDF name with an en dash "
              "(RFC 2231 + RFC 2047); 2016 is history. Outlook, EU disclaimer in French."))


# ================================================================ 24  FR  report  Swiss embassy in Tunis, the morning after the report deadline
M24_FILE = "Rapport volontaire – Partenariat migratoire Suisse-Tunisie (Ambassade de Suisse).docx"


def m24():
    when = at("2021-02-17 09:12:55")
    subj = "Rapport volontaire de l'Ambassade de Suisse en Tunisie – examen régional du PMM"
    text = """Madame, Monsieur,

Je vous prie de trouver en annexe le rapport volontaire de l'Ambassade de Suisse en Tunisie (Coopération internationale) sur le partenariat migratoire entre la Suisse et la Tunisie, conclu en 2012, et sur les projets qu'il soutient : protection des personnes migrantes en situation de vulnérabilité, migration de travail et échanges de jeunes professionnels, et appui aux collectivités locales.

Le document aurait dû vous parvenir hier ; sa validation par la Centrale à Berne n'est intervenue que ce matin. Nous espérons qu'il pourra néanmoins être pris en compte.

Meilleures salutations,

Nicolas Zbinden
Chargé de programme, Migration
Ambassade de Suisse en Tunisie
Tunis
"""
    doc = make_docx(["Ambassade de Suisse en Tunisie – Coopération internationale",
                     "Rapport volontaire – Partenariat migratoire Suisse-Tunisie",
                     "1. Le partenariat migratoire depuis 2012", "2. Protection des personnes vulnérables",
                     "3. Migration de travail et jeunes professionnels", "4. Collectivités locales",
                     "5. Recommandations"])
    text_part = leaf("text/plain", flowed(text), "utf-8", "8bit", params=[("format", "flowed")])
    body = multi("mixed", [text_part, attach(DOCX, doc, M24_FILE)], "------------2E81C4A97B05D3F61E0A8C24")
    m = mk(when, sent_at(when, 1, 5), "mx2.eda.example.admin.ch", "203.0.113.42", "4F7Jc53Rwz9",
           "Nicolas Zbinden <nicolas.zbinden@eda.example.admin.ch>", hdr(subj, enc="Q"),
           "<a7c3e1f0-5b92-4d68-8e14-2f9b0c6d3a57@eda.example.admin.ch>", body,
           extra=[("User-Agent", TB), ("Content-Language", "fr-CH")])
    add(24, when, m, dict(category="voluntary_report", language="fr", acknowledge=True, on_time=False,
        report_attachments=[M24_FILE],
        notes="report received at 09:12 on 17 February, the morning after the report deadline; the sender says it "
              "'aurait dû vous parvenir hier': late, still acknowledged. DOCX name with an en dash, a hyphen and "
              "brackets (RFC 2231 + RFC 2047); 2012 is history. Thunderbird, format=flowed 8bit, Date in UTC+1; "
              "nobody is proposed to speak."))


def main():
    for f in (m01, m02, m03, m04, m05, m06, m07, m08, m09, m10, m11, m12, m13, m14, m15, m16, m17, m18, m19,
              m20, m21, m22, m23, m24):
        f()
    SET.write()


if __name__ == "__main__":
    main()
