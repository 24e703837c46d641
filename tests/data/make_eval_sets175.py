#!/usr/bin/env python3
"""Write the blind evaluation set holdout175 (24 raw .eml messages + labels.json).

Deterministic, standard library only:  python3 tests/data/make_eval_sets175.py
Theme: international NGOs and donors' partners -- country offices and regional hubs writing formal English and
French (and Arabic) bureaucratic mail: Outlook HTML, reference numbers, confidentiality disclaimers and long legal
footers, mail 'sent on behalf of the Country Director', pasted internal forms, phone replies.
Helpers imported from mailgen.py.
"""
import datetime as dt
from email.message import Message
from email.parser import Parser

from mailgen import (EvalSet, DOCX, POL, addr, at, attach, b_word, esc, hdr, leaf, make_docx, make_pdf,
                     make_png, mk, multi, re_hdr, rfcdate, sp, std_rows, top, tz, alt, html_only, sent_at)

SET = EvalSet(175)
add = SET.add

INVITE_ID = "<INV-2021-01-26-GCMRR.0001@gcmrrarabstates.iom.int>"

DISCLAIMER_EN = """DISCLAIMER: This e-mail and any files transmitted with it are confidential and intended solely for the use of the individual or entity to whom they are addressed. If you are not the intended recipient, you are hereby notified that any review, retransmission, dissemination, copying or other use of, or taking of any action in reliance upon, this information is strictly prohibited. If you have received this communication in error, please contact the sender and delete the material from any computer. The views expressed in this message are those of the author and do not necessarily reflect the official position of the organisation or of its donors. The organisation accepts no liability for any damage caused by any virus transmitted by this e-mail. Please consider the environment before printing this e-mail."""

DISCLAIMER_FR = """AVERTISSEMENT : Ce message et toutes les pièces jointes sont établis à l'intention exclusive de leurs destinataires et sont confidentiels. Si vous recevez ce message par erreur, merci de le détruire et d'en avertir immédiatement l'expéditeur. Toute utilisation de ce message non conforme à sa destination, toute diffusion ou toute publication, totale ou partielle, est interdite, sauf autorisation expresse. L'internet ne permettant pas d'assurer l'intégrité de ce message, l'association décline toute responsabilité au titre de ce message, dans l'hypothèse où il aurait été modifié. Les opinions exprimées n'engagent que leur auteur et non l'organisation ni ses bailleurs de fonds."""


def outlook_html(text, lang="EN-US", rtl=False, logo_cid=None, small_tail=None):
    """Outlook desktop style HTML: WordSection1, one MsoNormal paragraph per line, a grey small-print footer."""
    d = ' dir="RTL"' if rtl else ""
    paras = []
    for line in text.split("\n"):
        if line.strip():
            paras.append('<p class="MsoNormal"%s><span style="font-size:11.0pt;font-family:&quot;Calibri&quot;,'
                         'sans-serif">%s</span></p>' % (d, esc(line)))
        else:
            paras.append('<p class="MsoNormal"%s><o:p>&nbsp;</o:p></p>' % d)
    if logo_cid:
        paras.append('<p class="MsoNormal"><img width="120" height="40" id="Picture_x0020_1" '
                     'src="cid:%s" alt="logo"></p>' % logo_cid)
    if small_tail:
        paras.append('<p class="MsoNormal"><span style="font-size:7.5pt;color:#7F7F7F">%s</span></p>'
                     % esc(small_tail))
    return ('<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" '
            'xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" '
            'xmlns="http://www.w3.org/TR/REC-html40"><head><meta http-equiv="Content-Type" content="text/html; '
            'charset=utf-8"><meta name="Generator" content="Microsoft Word 15 (filtered medium)"><style><!--\n'
            'p.MsoNormal, li.MsoNormal, div.MsoNormal {margin:0cm;font-size:11.0pt;font-family:"Calibri",sans-serif;}\n'
            '@page WordSection1 {size:612.0pt 792.0pt;margin:72.0pt 72.0pt 72.0pt 72.0pt;}\n'
            'div.WordSection1 {page:WordSection1;}\n--></style></head>'
            '<body lang="%s" link="#0563C1" vlink="#954F72" style="word-wrap:break-word"%s>'
            '<div class="WordSection1">\n%s\n</div></body></html>\n' % (lang, d, "\n".join(paras)))


def logo_part(cid, rgb=(0, 80, 150)):
    return leaf("image/png", make_png(12, 4, rgb), cte="base64", params=[("name", '"image001.png"')],
                disp='inline; filename="image001.png"', extra=[("Content-ID", "<%s>" % cid)])


OUTLOOK = [("X-Mailer", "Microsoft Outlook 16.0"), ("X-MS-Has-Attach", ""), ("X-MS-TNEF-Correlator", "")]


# ================================================================ the 24 messages
def m01():
    when = at("2021-01-28 09:40:12")
    sent = sent_at(when, 2, 3)
    text = """Thank you for your e-mail.

I am out of the office on annual leave from 27 January until 7 February 2021 inclusive, with no access to e-mail.

For programme matters please contact Ms. Nour Sabbagh, Programme Quality Manager (nour.sabbagh@hopebridges.example.org). For anything requiring the Country Director's signature, please write to the Country Director's office at cd.office.lebanon@hopebridges.example.org quoting your reference number.

Regards,
Gareth Collins
Deputy Country Director - Programmes
Hope Bridges International | Lebanon Country Office

""" + DISCLAIMER_EN + "\n"
    body = alt(text, "_000_DB8PR03MB5913E0A1B2C3D4E5DB8PR03MB5913eurp_",
               html=outlook_html(text.replace("\n\n" + DISCLAIMER_EN + "\n", ""), lang="EN-GB",
                                 small_tail=DISCLAIMER_EN))
    rows = std_rows(when, "mail-db8eur03.outbound.protection.example.com", "40.107.6.84", "4DR0Pq3x2Lz8",
                    "Gareth Collins <g.collins@hopebridges.example.org>",
                    "Automatic reply: Invitation: Regional Review of the Global Compact for Migration in the Arab Region",
                    rfcdate(sent), "<DB8PR03MB5913E0A1B2C3D4E5.autoreply@DB8PR03MB5913.eurprd03.prod.outlook.example.com>",
                    extra=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All"),
                           ("X-MS-Exchange-Inbox-Rules-Loop", "g.collins@hopebridges.example.org")])
    rows[0] = ("Return-Path", "<>")
    rows += [("In-Reply-To", INVITE_ID), ("References", INVITE_ID), ("Thread-Topic",
             "Invitation: Regional Review of the Global Compact for Migration in the Arab Region"),
             ("Content-Language", "en-GB")]
    add(1, when, top(body, rows), dict(category="auto_reply", language="en", acknowledge=False, on_time=None,
        notes="Exchange out-of-office reply to the invitation from an INGO deputy country director: names a "
              "colleague with 'Ms.', mentions the Country Director and reference numbers, long legal disclaimer; "
              "Auto-Submitted: auto-replied, null Return-Path. Never acknowledge."))


def m02():
    when = at("2021-01-29 15:22:05")
    sent = sent_at(when, 1, 5)
    text = """Réf. : SSR/TUN/DIR/2021-027
Objet : Demande de prise de parole – Examen régional du Pacte mondial pour les migrations (région arabe)

Madame, Monsieur,

Pour le compte du Directeur pays, M. Laurent Mercier, actuellement en déplacement à Sfax, j'ai l'honneur de vous transmettre la candidature de Solidarités Sans Rivages (SSR), mission Tunisie, aux prises de parole de la Conférence d'examen régional des 24 et 25 février 2021.

SSR souhaiterait proposer deux intervenants :

1. M. Laurent Mercier, Directeur pays, Solidarités Sans Rivages (SSR) – intervention depuis la salle lors d'une séance plénière ;
2. Mme Amel Trabelsi, Responsable du programme Protection, Solidarités Sans Rivages (SSR) – intervention dans la table ronde thématique n° 2.

Nous restons à votre disposition pour tout complément d'information et vous prions d'agréer, Madame, Monsieur, l'expression de nos salutations distinguées.

P/O Laurent Mercier
Sonia Ben Ammar
Assistante de direction
Solidarités Sans Rivages – Mission Tunisie
Rue du Lac Windermere, Les Berges du Lac, 1053 Tunis
Tél. : +216 71 000 000

""" + DISCLAIMER_FR + "\n"
    html = outlook_html(text.replace("\n\n" + DISCLAIMER_FR + "\n", ""), lang="FR", small_tail=DISCLAIMER_FR)
    body = alt(text, "_000_PR1PR09MB4410A2B3C4D5E6F7PR1PR09MB4410eurp_", html=html)
    m = mk(when, sent, "mail-pr1eur09.outbound.protection.example.com", "40.107.14.61", "4DRsZ02hYkz4",
           "Sonia Ben Ammar <tunisie.direction@ssr-ngo.example.org>",
           hdr("Réf. SSR/TUN/DIR/2021-027 – Demande de prise de parole (2 intervenants)", enc="Q"),
           "<PR1PR09MB4410A2B3C4D5E6F7@PR1PR09MB4410.eurprd09.prod.outlook.example.com>", body,
           ret="tunisie.direction@ssr-ngo.example.org",
           cc="Laurent Mercier <l.mercier@ssr-ngo.example.org>, Amel Trabelsi <a.trabelsi@ssr-ngo.example.org>",
           extra=OUTLOOK + [("Content-Language", "fr-FR")])
    add(2, when, m, dict(category="speaker_request", language="fr", acknowledge=True, on_time=True, speakers=[
        sp("Laurent Mercier", "Directeur pays", "Solidarités Sans Rivages (SSR)", ["plenary"]),
        sp("Amel Trabelsi", "Responsable du programme Protection", "Solidarités Sans Rivages (SSR)",
           ["roundtable"], 2)],
        notes="sent by the director's assistant from a shared mailbox 'pour le compte du Directeur pays' (P/O): the "
              "sender is not a speaker; two numbered speakers in prose lines; 'M.'/'Mme' dropped; 'mission "
              "Tunisie' is the country office/place after the organisation, not part of the affiliation (dev 004, "
              "013, 043); reference number and subject repeated in the body; French legal disclaimer."))


M03_ID = "<VI1PR06MB6320B7C8D9E0F1A2@VI1PR06MB6320.eurprd06.prod.outlook.example.com>"


def m03():
    when = at("2021-01-31 11:08:40")
    sent = sent_at(when, 2, 6)
    text = """المرجع: م أ ت د/م إ/2021/112
التاريخ: 31 كانون الثاني/يناير 2021

السادة أمانة المراجعة الإقليمية للاتفاق العالمي من أجل الهجرة الآمنة والمنظمة والنظامية المحترمين،
تحية طيبة وبعد،

إشارةً إلى دعوتكم الكريمة للمشاركة في المراجعة الإقليمية للاتفاق العالمي في المنطقة العربية، يسرّ المكتب الإقليمي لمنظمة الأفق للتنمية الدولية أن يتقدّم بطلب لتقديم مداخلة خلال المائدة المستديرة المواضيعية الثالثة، وذلك وفق البيانات التالية:

الاسم: السيد طارق الحلبي
المسمى الوظيفي: مدير البرامج الإقليمي
الجهة: منظمة الأفق للتنمية الدولية، عمّان

وتفضلوا بقبول فائق الاحترام والتقدير،

مكتب المدير الإقليمي
منظمة الأفق للتنمية الدولية – المكتب الإقليمي للشرق الأوسط وشمال أفريقيا
عمّان – المملكة الأردنية الهاشمية

""" + DISCLAIMER_EN + "\n"
    html = outlook_html(text.replace("\n\n" + DISCLAIMER_EN + "\n", ""), lang="AR-SA", rtl=True,
                        small_tail=DISCLAIMER_EN)
    body = alt(text, "_000_VI1PR06MB6320B7C8D9E0F1A2VI1PR06MB6320eurp_", html=html)
    m = mk(when, sent, "mail-vi1eur06.outbound.protection.example.com", "40.107.24.33", "4DT7wB1nVgz6",
           addr("مكتب المدير الإقليمي - منظمة الأفق", "rd.office@ufuq-intl.example.org"),
           hdr("طلب مداخلة - المائدة المستديرة الثالثة - المرجع 2021/112"), M03_ID, body,
           ret="rd.office@ufuq-intl.example.org", extra=OUTLOOK + [("Content-Language", "ar-SA")])
    add(3, when, m, dict(category="speaker_request", language="ar", acknowledge=True, on_time=True, speakers=[
        sp("طارق الحلبي", "مدير البرامج الإقليمي", "منظمة الأفق للتنمية الدولية", ["roundtable"], 3)],
        notes="formal Arabic letter with reference number and date lines, sent from the regional director's "
              "office mailbox; labelled lines; 'السيد' dropped; the city written after the organisation in the "
              "labelled line ('، عمّان') is not part of the affiliation (dev 004/013/024/043); roundtable as an "
              "ordinal word (الثالثة); English disclaimer under an Arabic body; the From display name (the office, "
              "not the speaker) spans two encoded-words, which policy.default's address parser splits with a stray "
              "space (dev 059 trap)."))


def m04():
    when = at("2021-02-01 16:45:03")
    sent = sent_at(when, 2, 4)
    inner = """<div class="WordSection1">
<p class="MsoNormal"><b>Our ref: HBI/JO/CD/2021/0041</b></p>
<p class="MsoNormal">&nbsp;</p>
<p class="MsoNormal">Dear GCM Regional Review Secretariat,</p>
<p class="MsoNormal">&nbsp;</p>
<p class="MsoNormal">I am writing on behalf of the Country Director of Hope Bridges International (HBI) in Jordan, with reference to the invitation letter of 26 January 2021.</p>
<p class="MsoNormal">&nbsp;</p>
<p class="MsoNormal">HBI would be grateful for the opportunity to make a floor intervention in one of the <u>plenary sessions</u> of the Regional Review Conference (24-25 February 2021), drawing on its work with refugee and migrant workers in the Jordan Valley and the host communities of Mafraq. The proposed speaker is:</p>
<p class="MsoNormal">&nbsp;</p>
<table class="MsoTableGrid" border="1" cellspacing="0" cellpadding="0" style="border-collapse:collapse">
<tr><td width="140"><p class="MsoNormal"><b>Name</b></p></td><td><p class="MsoNormal">Dr. Ingrid Solberg</p></td></tr>
<tr><td><p class="MsoNormal"><b>Title</b></p></td><td><p class="MsoNormal">Country Director</p></td></tr>
<tr><td><p class="MsoNormal"><b>Organization</b></p></td><td><p class="MsoNormal">Hope Bridges International (HBI) &#8211; Jordan Country Office</p></td></tr>
</table>
<p class="MsoNormal">&nbsp;</p>
<p class="MsoNormal">Kindly address any correspondence on this matter to this mailbox, copying Dr. Solberg.</p>
<p class="MsoNormal">&nbsp;</p>
<p class="MsoNormal">Yours sincerely,</p>
<p class="MsoNormal">&nbsp;</p>
<p class="MsoNormal"><b>Rasha Qudah</b></p>
<p class="MsoNormal">Executive Officer to the Country Director</p>
<p class="MsoNormal">Hope Bridges International | Jordan Country Office</p>
<p class="MsoNormal">Abdoun, Amman 11183 | Jordan</p>
<p class="MsoNormal"><span style="color:#1F4E79">Sent on behalf of Dr. Ingrid Solberg, Country Director</span></p>
<p class="MsoNormal">&nbsp;</p>
<p class="MsoNormal"><span style="font-size:7.5pt;color:gray">%s</span></p>
<p class="MsoNormal"><span style="font-size:7.5pt;color:gray">Hope Bridges International is a charity registered in England and Wales (No. 000000) and a company limited by guarantee (No. 0000000). Registered office: 1 Example Street, London, United Kingdom.</span></p>
</div>""" % esc(DISCLAIMER_EN)
    body = html_only(inner, lang="EN-GB")
    m = mk(when, sent, "mail-am7eur03.outbound.protection.example.com", "40.107.5.129", "4DVB8k0mRtz1",
           "Country Director's Office - HBI Jordan <cd.office.jordan@hopebridges.example.org>",
           "HBI/JO/CD/2021/0041 - Request for a speaking role - Regional Review Conference",
           "<AM7PR03MB6542C3D4E5F6A7B8@AM7PR03MB6542.eurprd03.prod.outlook.example.com>", body,
           ret="cd.office.jordan@hopebridges.example.org",
           cc="Ingrid Solberg <i.solberg@hopebridges.example.org>",
           extra=OUTLOOK + [("Content-Language", "en-GB"), ("Importance", "high")])
    add(4, when, m, dict(category="speaker_request", language="en", acknowledge=True, on_time=True, speakers=[
        sp("Ingrid Solberg", "Country Director", "Hope Bridges International (HBI)", ["plenary"])],
        notes="HTML-only Outlook mail (no text part) sent from the Country Director's office mailbox by her "
              "executive officer 'on behalf of' the speaker; details in an HTML table; 'Dr.' dropped; "
              "'– Jordan Country Office' after the organisation is the office/place, not part of the affiliation "
              "(recorded as the secretary would, following dev 004/013/043 for places); charity registration footer."))


def m05():
    when = at("2021-02-02 13:12:30")
    sent = sent_at(when, 2, 7)
    text = """Dear Colleagues,

On behalf of the Levant Resilience Partnership (LRP), a consortium of five international NGOs and eleven national partners funded under the Regional Development and Protection Programme, I am pleased to submit our voluntary GCM review report for the Arab region (attached, PDF).

The report was prepared through consultations held in December and January with partner staff and migrant community representatives in Lebanon, Jordan and Iraq. It covers GCM Objectives 2, 7, 15 and 16 in particular.

In addition, LRP would like to request a speaking role: our Regional Director, Mr. Samir Haddad, would welcome the opportunity to serve as one of the rapporteurs delivering the stakeholders' key messages at the conference.

Please do not hesitate to contact me should you require any further information.

Kind regards,

Charlotte Verhoeven
Regional Advocacy and Learning Coordinator
Levant Resilience Partnership (LRP) – Regional Hub
Beirut | Amman | Erbil
M +961 3 000 000 | Skype: c.verhoeven.lrp
[cid:image001.png@01D6F95B.2C1A8E30]

""" + DISCLAIMER_EN + "\n"
    cid = "image001.png@01D6F95B.2C1A8E30"
    html = outlook_html(text.replace("[cid:%s]\n\n" % cid + DISCLAIMER_EN + "\n", ""), lang="EN-GB",
                        logo_cid=cid, small_tail=DISCLAIMER_EN)
    f1 = "LRP_GCM_Voluntary_Review_Arab_Region_Feb2021.pdf"
    rep = make_pdf(["Levant Resilience Partnership (LRP)", "Voluntary GCM Review Report - Arab Region",
                    "February 2021", "1. Introduction", "2. Methodology: partner consultations Dec 2020 - Jan 2021",
                    "3. Progress on GCM Objectives 2, 7, 15 and 16", "4. Challenges", "5. Recommendations"])
    body = multi("mixed", [
        multi("related", [alt(text, "_000_AS4PR02MB7790D4E5F6A7B8C9AS4PR02MB7790eurp_", html=html),
                          logo_part(cid, (0, 110, 90))],
              "_004_AS4PR02MB7790D4E5F6A7B8C9AS4PR02MB7790eurp_", params=[("type", '"multipart/alternative"')]),
        attach("application/pdf", rep, f1)], "_005_AS4PR02MB7790D4E5F6A7B8C9AS4PR02MB7790eurp_")
    m = mk(when, sent, "mail-as4eur02.outbound.protection.example.com", "40.107.21.118", "4DVv3S5gKkz2",
           "Charlotte Verhoeven <c.verhoeven@lrp-consortium.example.org>",
           "LRP submission: voluntary GCM review report + rapporteur nomination",
           "<AS4PR02MB7790D4E5F6A7B8C9@AS4PR02MB7790.eurprd02.prod.outlook.example.com>", body,
           ret="c.verhoeven@lrp-consortium.example.org",
           cc="Samir Haddad <s.haddad@lrp-consortium.example.org>",
           extra=[("X-Mailer", "Microsoft Outlook 16.0"), ("X-MS-Has-Attach", "yes"), ("Content-Language", "en-GB")])
    add(5, when, m, dict(category="both", language="en", acknowledge=True, on_time=True, report_attachments=[f1],
        speakers=[sp("Samir Haddad", "Regional Director", "Levant Resilience Partnership (LRP)", ["rapporteur"])],
        notes="one message does both: a consortium report (PDF) and a rapporteur nomination in prose ('our Regional "
              "Director, Mr. Samir Haddad'); the sender is not the speaker; inline Outlook logo image001.png is not "
              "a report file; signature lists three cities and '– Regional Hub'; received 2 February so both parts "
              "on time."))


def m06():
    when = at("2021-02-02 21:05:17")
    sent = sent_at(when, 1, 9)
    text = """Bonsoir,

Suite à l'invitation reçue via notre siège, je souhaiterais intervenir lors de la table ronde 2 (travail décent et recrutement équitable) le 24 ou 25 février.
Mes coordonnées ci-dessous.

Cdlt

Nadia Belkacem
Chargée de programme Migration
CAMI (Comité d'Aide Médicale Internationale)
Délégation Algérie – Alger

Envoyé de mon iPhone"""
    body = leaf("text/plain", text, "utf-8", "quoted-printable", params=[("format", "flowed"), ("delsp", "yes")])
    m = mk(when, sent, "smtp-out.cami-intl.example.org", "192.0.2.77", "4DWJ6p1cQmz9",
           "Nadia Belkacem <n.belkacem@cami-intl.example.org>", "Intervention table ronde",
           "<8C2E1F04-6B7A-4D3E-9F10-2A5B7C8D9E01@cami-intl.example.org>", body,
           ret="n.belkacem@cami-intl.example.org",
           extra=[("X-Mailer", "iPhone Mail (18D52)"), ("Content-Language", "fr")])
    add(6, when, m, dict(category="speaker_request", language="fr", acknowledge=True, on_time=True, speakers=[
        sp("Nadia Belkacem", "Chargée de programme Migration", "CAMI (Comité d'Aide Médicale Internationale)",
           ["roundtable"], 2)],
        notes="iPhone, plain text, very short: name, title and affiliation only in the signature; the acronym "
              "written before the full name in parentheses is kept (dev 020/025/029 keep acronyms); 'Délégation "
              "Algérie – Alger' (country delegation and city) not part of the affiliation."))


def m07():
    when = at("2021-02-03 10:25:51")
    sent = sent_at(when, 3, 5)
    text = """Dear GCM Regional Review team,

Ref.: KA-IQ/PQ/2021/009

Kestrel Aid's Iraq country office supports three local partner organisations in Duhok and Ninewa under a donor-funded livelihoods and protection grant. Before we start drafting, could you kindly clarify the following regarding the voluntary GCM review reports:

1. May the three partners submit one collective report under Kestrel Aid's cover, or should each organisation send its own report?
2. Is there a template, page limit or preferred format (PDF/Word)?
3. Can the report be submitted in English only, or should an Arabic version be provided as well?

We would like to make sure we meet the 16 February deadline.

Many thanks in advance for your guidance.

Best regards,

Aveen Rashid
Programme Quality & Partnerships Manager
Kestrel Aid – Iraq Country Office
Erbil, Kurdistan Region of Iraq

""" + DISCLAIMER_EN + "\n"
    html = outlook_html(text.replace("\n\n" + DISCLAIMER_EN + "\n", ""), lang="EN-US", small_tail=DISCLAIMER_EN)
    body = alt(text, "_000_HE1PR04MB3201E5F6A7B8C9D0HE1PR04MB3201eurp_", html=html)
    m = mk(when, sent, "mail-he1eur04.outbound.protection.example.com", "40.107.7.54", "4DWm0T2bFhz7",
           "Aveen Rashid <aveen.rashid@kestrelaid.example.org>",
           "Query on voluntary GCM review reports (collective submission / format) - Ref KA-IQ/PQ/2021/009",
           "<HE1PR04MB3201E5F6A7B8C9D0@HE1PR04MB3201.eurprd04.prod.outlook.example.com>", body,
           ret="aveen.rashid@kestrelaid.example.org", extra=OUTLOOK + [("Content-Language", "en-US")])
    add(7, when, m, dict(category="other", language="en", acknowledge=True, on_time=None,
        notes="question about how to submit a collective report (partners, template, language) before writing it: "
              "keyword-heavy ('voluntary GCM review reports', 'submit', '16 February deadline') but nothing is "
              "submitted; reference number in subject and body; disclaimer."))


M08_ID = "<CAJx8f2QzW3nR5tP7vL9yB1cD4eF6gH8iK0mN2oP4qR6sT8u@mail.gmail.example.com>"


def m08():
    when = at("2021-02-03 18:30:22")
    sent = sent_at(when, 2, 5)
    text = """مرحبا،

عم بكتبلكن بالنيابة عن مديرتنا ريم لأنو هي مسافرة هالأسبوع وما عندها نت منيح. جمعية سنابل للإغاثة والتنمية حابّة تشارك بالمؤتمر بشخصين:

- ريم عيسى، مديرة المكتب القطري، جمعية سنابل للإغاثة والتنمية: بدها تشارك بالنقاش المفتوح للتشاور يوم 23 شباط
- فادي نصّار، منسق الحماية، جمعية سنابل للإغاثة والتنمية: مداخلة بالطاولة المستديرة الرابعة

إذا في أي استمارة لازم نعبيها خبرونا.

شكراً كتير،
جود
--
جود الخطيب | Joud El Khatib
مساعدة إدارية | Admin Assistant
جمعية سنابل للإغاثة والتنمية – بيروت
"""
    body = alt(text, "000000000000a7c2e905ba6b1f3d", rtl=True, b64=True)
    m = mk(when, sent, "mail-wm1-f54.google.example.com", "209.85.128.54", "4DX3yV5pWcz0",
           addr("Joud El Khatib", "joud.sanabel@gmail.example.com"),
           re_hdr("", "مشاركة جمعية سنابل بالمؤتمر"), M08_ID, body, ret="joud.sanabel@gmail.example.com",
           cc="reem.issa@sanabel-relief.example.org, fadi.nassar@sanabel-relief.example.org")
    add(8, when, m, dict(category="speaker_request", language="ar", acknowledge=True, on_time=True, speakers=[
        sp("ريم عيسى", "مديرة المكتب القطري", "جمعية سنابل للإغاثة والتنمية", ["open_discussion"]),
        sp("فادي نصّار", "منسق الحماية", "جمعية سنابل للإغاثة والتنمية", ["roundtable"], 4)],
        notes="Gmail, Levantine colloquial Arabic; an admin assistant writes on behalf of the director (away): "
              "sender is not a speaker; two speakers on dashed lines; title 'مديرة المكتب القطري' written with its "
              "unit kept (dev 012); bilingual signature; 'شباط' month name."))


M09_ID = "<PAXPR08MB6911F6A7B8C9D0E1@PAXPR08MB6911.eurprd08.prod.outlook.example.com>"
F09 = "Rapport_examen_volontaire_PMM_Réseau_Partenaires_Méditerranée.docx"


def m09():
    when = at("2021-02-04 10:02:33")
    sent = sent_at(when, 1, 8)
    text = """N/Réf. : RPM/DG/2021/019
V/Réf. : Lettre d'invitation du 26 janvier 2021

Madame, Monsieur,

J'ai l'honneur de vous transmettre ci-joint, au nom du Réseau Partenaires Méditerranée (RPM) et de ses organisations membres au Maroc, en Tunisie et en Mauritanie, le rapport d'examen volontaire du Pacte mondial pour des migrations sûres, ordonnées et régulières (PMM), élaboré dans le cadre de l'examen régional pour la région arabe.

Ce rapport collectif est le fruit d'ateliers de consultation organisés avec l'appui financier de nos partenaires techniques et financiers entre novembre 2020 et janvier 2021. Il porte notamment sur les objectifs 1, 4, 5 et 23 du Pacte.

Nous vous saurions gré de bien vouloir en accuser réception.

Veuillez agréer, Madame, Monsieur, l'expression de notre haute considération.

Pour le Délégué général et par délégation,
Hélène Garnier-Bouzid
Responsable des partenariats institutionnels
Réseau Partenaires Méditerranée (RPM)
Siège : Marseille – Bureau régional : Tunis

""" + DISCLAIMER_FR + "\n"
    html = outlook_html(text.replace("\n\n" + DISCLAIMER_FR + "\n", ""), lang="FR", small_tail=DISCLAIMER_FR)
    rep = make_docx(["Réseau Partenaires Méditerranée (RPM)",
                     "Rapport d'examen volontaire du Pacte mondial pour les migrations (PMM) - région arabe",
                     "1. Introduction", "2. Méthodologie : ateliers de consultation (novembre 2020 - janvier 2021)",
                     "3. Progrès par objectif : 1, 4, 5 et 23", "4. Défis", "5. Recommandations"])
    body = multi("mixed", [alt(text, "_000_PAXPR08MB6911F6A7B8C9D0E1PAXPR08MB6911eurp_", html=html),
                           attach(DOCX, rep, F09)], "_004_PAXPR08MB6911F6A7B8C9D0E1PAXPR08MB6911eurp_")
    m = mk(when, sent, "mail-pax08.outbound.protection.example.com", "40.107.15.90", "4DXc2N7dJsz3",
           "=?iso-8859-1?Q?H=E9l=E8ne_Garnier-Bouzid?= <h.garnier@rpm-reseau.example.org>",
           hdr("N/Réf. RPM/DG/2021/019 – Transmission du rapport d'examen volontaire du PMM", enc="Q"),
           M09_ID, body, ret="h.garnier@rpm-reseau.example.org",
           extra=[("X-Mailer", "Microsoft Outlook 16.0"), ("X-MS-Has-Attach", "yes"), ("Content-Language", "fr-FR")])
    add(9, when, m, dict(category="voluntary_report", language="fr", acknowledge=True, on_time=True,
        report_attachments=[F09],
        notes="formal French transmittal letter (N/Réf., V/Réf., 'par délégation') with a collective network "
              "report as DOCX whose name has accents (RFC 2231 / RFC 2047 file name); ISO-8859-1 encoded-word "
              "display name; long legal footer. Revised later by h175-24 and asked about in h175-17."))


def m10():
    when = at("2021-02-04 15:47:10")
    sent = sent_at(when, 3, 6)
    inner = """<div dir="rtl" style="font-family:Arial,sans-serif;font-size:11pt">
<p>السادة في فريق المراجعة الإقليمية المحترمين،</p>
<p>تحية طيبة،</p>
<p>نودّ الاستفسار عن أمرين يتعلقان بالمؤتمر الاستعراضي الإقليمي يومي 24 و25 شباط/فبراير 2021:</p>
<ol>
<li>هل ستتوفر الترجمة الفورية من الإنجليزية إلى العربية وبالعكس خلال الموائد المستديرة المواضيعية، أم في الجلسات العامة فقط؟ فعدد من زملائنا في المنظمات الشريكة المحلية لا يتحدثون الإنجليزية.</li>
<li>رابط التسجيل الوارد في رسالة الدعوة يُظهر لنا رسالة خطأ (Page not found) منذ يوم أمس. هل هناك رابط بديل؟</li>
</ol>
<p>مع الشكر الجزيل،</p>
<p><b>زينب كاظم</b><br>
مسؤولة الشراكات<br>
منظمة الرافدين للإغاثة الدولية – المكتب القطري في العراق<br>
بغداد</p>
<p style="font-size:8pt;color:#888888">%s</p>
</div>""" % esc(DISCLAIMER_EN)
    body = html_only(inner, rtl=False, b64=True, lang="AR-IQ")
    m = mk(when, sent, "mail-ve1eur03.outbound.protection.example.com", "40.107.5.71", "4DXq8R3tLbz5",
           addr("زينب كاظم", "z.kadhim@rafidain-intl.example.org"),
           hdr("استفسار: الترجمة الفورية ورابط التسجيل"),
           "<VE1PR03MB5520A7B8C9D0E1F2@VE1PR03MB5520.eurprd03.prod.outlook.example.com>", body,
           ret="z.kadhim@rafidain-intl.example.org", extra=OUTLOOK + [("Content-Language", "ar-IQ")])
    add(10, when, m, dict(category="other", language="ar", acknowledge=True, on_time=None,
        notes="HTML-only (base64) logistics question: interpretation in the roundtables and a broken registration "
              "link; mentions roundtables and plenary sessions but asks for no speaking role and sends no report; "
              "English disclaimer under Arabic text."))


def m11():
    when = at("2021-02-05 17:55:48")
    sent = sent_at(when, 1, 4)
    text = """Dear Secretariat,

Further to the invitation of 26 January, please find below the nominations of the Tern Foundation for Displacement and Development (TFDD) for speaking roles at the Regional Review Conference. I have pasted the details from our internal speaker clearance form so that nothing is lost in translation.

---------- SPEAKER CLEARANCE FORM (internal) ----------
Event: GCM Regional Review - Arab Region, 24-25 Feb 2021
Clearance no.: TFDD-EXT-2021-0112
Cleared by: Regional Director, MENA (signed 04/02/2021)

Speaker 1
  Full name ............ Mr. Jonas Whitfield
  Position ............. Head of Programmes, MENA Regional Hub
  Organisation ......... Tern Foundation for Displacement and Development (TFDD)
  Session requested .... Plenary (floor intervention)

Speaker 2
  Full name ............ Ms. Hiba Al-Khatib
  Position ............. Senior Policy Adviser
  Organisation ......... TFDD
  Session requested .... Roundtable I (floor intervention)

Media/photo consent .... Yes / Yes
-------------------------------------------------------

Both speakers will join online from Amman.

With thanks and best wishes,

Peter Lindqvist
External Relations Officer
Tern Foundation for Displacement and Development (TFDD)
MENA Regional Hub, Amman

This message is intended only for the addressee. TFDD is registered as a foundation under the laws of Sweden (reg. no. 000000-0000). TFDD does not accept liability for any errors or omissions in the contents of this message which arise as a result of e-mail transmission.
"""
    body = leaf("text/plain", text, "utf-8", "quoted-printable")
    m = mk(when, sent, "smtp1.tfdd.example.org", "198.51.100.41", "4DYG1m6sRdz8",
           "Peter Lindqvist <peter.lindqvist@tfdd.example.org>",
           "Speaker nominations - TFDD (clearance TFDD-EXT-2021-0112)",
           "<6ba1f0e2-91c4-4d7e-a0a3-5c2d8e7f9b10@tfdd.example.org>", body, ret="peter.lindqvist@tfdd.example.org",
           extra=[("User-Agent", "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:78.0) Gecko/20100101 Thunderbird/78.7.0"),
                  ("Content-Language", "en-GB")])
    add(11, when, m, dict(category="speaker_request", language="en", acknowledge=True, on_time=True, speakers=[
        sp("Jonas Whitfield", "Head of Programmes, MENA Regional Hub",
           "Tern Foundation for Displacement and Development (TFDD)", ["plenary"]),
        sp("Hiba Al-Khatib", "Senior Policy Adviser", "Tern Foundation for Displacement and Development (TFDD)",
           ["roundtable"], 1)],
        notes="plain text with a pasted internal clearance form (dotted leaders, 'Mr.'/'Ms.' dropped); the second "
              "speaker's form only says 'TFDD': the fullest form written in the message is recorded; first speaker's "
              "title written with its unit, kept as written (dev 012); 'Roundtable I' = 1; sender not a speaker; "
              "the form's 'Regional Director, MENA' is the clearing officer, not a speaker."))


M12_ID = "<AM9PR01MB7342B8C9D0E1F2A3@AM9PR01MB7342.eurprd01.prod.outlook.example.com>"


def m12():
    when = at("2021-02-06 00:14:09")
    sent = tz(when - dt.timedelta(seconds=29), 1)
    text = """السادة الكرام،

تحية طيبة،

نعتذر عن التأخير في الرد، إذ فهمنا من النسخة العربية لرسالة الدعوة أن آخر أجل لطلبات المداخلة هو "يوم الجمعة 23 فبراير 2021".

تقترح الشبكة الإقليمية لشركاء التنمية (رشد) أن تشارك منسقة المناصرة لديها، السيدة سلوى المرزوقي، بصفة مقررة تتولى تقديم الرسائل الرئيسية لأصحاب المصلحة خلال المؤتمر.

مع فائق التقدير،

سلوى المرزوقي
منسقة المناصرة
الشبكة الإقليمية لشركاء التنمية (رشد)
تونس العاصمة

أُرسلت من Outlook لنظام Android
"""
    body = alt(text, "_000_AM9PR01MB7342B8C9D0E1F2A3AM9PR01MB7342eurp_", rtl=True, charset="windows-1256")
    m = mk(when, sent, "mail-am9eur01.outbound.protection.example.com", "40.107.2.96", "4DYv0K8hXpz2",
           addr("سلوى المرزوقي", "s.marzouki@rushd-network.example.org", charset="windows-1256"),
           hdr("طلب مداخلة كمقررة - شبكة رشد", charset="windows-1256"), M12_ID, body,
           ret="s.marzouki@rushd-network.example.org",
           extra=[("X-Mailer", "Outlook-Android"), ("Content-Language", "ar-TN")])
    add(12, when, m, dict(category="speaker_request", language="ar", acknowledge=True, on_time=False, speakers=[
        sp("سلوى المرزوقي", "منسقة المناصرة", "الشبكة الإقليمية لشركاء التنمية (رشد)", ["rapporteur"])],
        notes="late by 14 minutes: Date header Fri 5 Feb 23:13:40 +0100 (Tunis) but received 00:14:09 on 6 February "
              "Beirut time; quotes the Arabic letter's misprinted deadline ('الجمعة 23 فبراير'), which must not be "
              "used; windows-1256 body and headers; Arabic acronym in parentheses kept; 'السيدة' dropped; the "
              "speaker is the sender (details in prose and signature). Its acknowledgement bounces (h175-13)."))


def m13():
    when = at("2021-02-06 00:16:02")
    d = tz(when - dt.timedelta(seconds=2), 1)
    text = """Ceci est le logiciel de messagerie du serveur mx.rushd-network.example.org.

Votre message n'a pas pu être remis à un ou plusieurs destinataires.
Il est joint ci-dessous (en-têtes uniquement).

Pour obtenir de l'aide, veuillez contacter <postmaster@rushd-network.example.org>.
Si vous écrivez au postmaster, joignez ce rapport de non-remise.

                   Le logiciel de messagerie

<s.marzouki@rushd-network.example.org> : l'hôte mail.rushd-network.example.org[203.0.113.58] a répondu :
    550 5.7.1 <s.marzouki@rushd-network.example.org>: Message rejeté : politique anti-spam du domaine
    (en réponse à la commande RCPT TO)
"""
    dsn = ("Reporting-MTA: dns; mx.rushd-network.example.org\n"
           "X-Postfix-Queue-ID: 4DYv2Q0sLmz7\n"
           "X-Postfix-Sender: rfc822; gcmrrarabstates@iom.int\n"
           "Arrival-Date: %s\n\n"
           "Final-Recipient: rfc822; s.marzouki@rushd-network.example.org\n"
           "Original-Recipient: rfc822;s.marzouki@rushd-network.example.org\n"
           "Action: failed\n"
           "Status: 5.7.1\n"
           "Remote-MTA: dns; mail.rushd-network.example.org\n"
           "Diagnostic-Code: smtp; 550 5.7.1 <s.marzouki@rushd-network.example.org>: Message rejete : politique "
           "anti-spam du domaine\n" % rfcdate(d - dt.timedelta(seconds=20)))
    hdrs = ("Return-Path: <gcmrrarabstates@iom.int>\n"
            "From: GCM Regional Review Arab States <gcmrrarabstates@iom.int>\n"
            "To: s.marzouki@rushd-network.example.org\n"
            "Subject: %s\n"
            "In-Reply-To: %s\n"
            "Date: %s\n"
            "Message-ID: <ack.20210206.0015.a41c@gcmrrarabstates.iom.int>\n"
            "Auto-Submitted: auto-replied\n" % (b_word("تم الاستلام: طلب مداخلة كمقررة"), M12_ID, rfcdate(tz(when - dt.timedelta(seconds=40), 2))))
    p1 = leaf("text/plain", text, "utf-8", "8bit", extra=[("Content-Description", "Notification")])
    p2 = Message(policy=POL)
    p2["Content-Description"] = "Delivery report"
    p2["Content-Type"] = "message/delivery-status"
    for block in dsn.strip("\n").split("\n\n"):
        p2.attach(Parser(policy=POL).parsestr(block + "\n", headersonly=True))
    p3 = leaf("text/rfc822-headers", hdrs, "us-ascii", "7bit", extra=[("Content-Description", "Undelivered Message Headers")])
    body = multi("report", [p1, p2, p3], "4DYv2Q0sLmz7.1612563362/mx.rushd-network.example.org",
                 params=[("report-type", "delivery-status")])
    rows = std_rows(when, "mx.rushd-network.example.org", "203.0.113.57", "4DYv2S1kPqz3",
                    "MAILER-DAEMON@mx.rushd-network.example.org (Le Facteur)",
                    hdr("Message non remis : retour à l'expéditeur", enc="Q"), rfcdate(d),
                    "<20210205221600.4DYv2Q0sLmz7@mx.rushd-network.example.org>",
                    extra=[("Auto-Submitted", "auto-replied")])
    rows[0] = ("Return-Path", "<>")
    add(13, when, top(body, rows), dict(category="bounce", language="fr", acknowledge=False, on_time=None,
        notes="French-localised Postfix DSN (5.7.1 rejected by anti-spam policy) for the acknowledgement of h175-12, "
              "returning only the headers (text/rfc822-headers; Arabic RFC 2047 subject, In-Reply-To h175-12's "
              "Message-ID); the French human-readable part sets the language. Never acknowledge."))


def m14():
    when = at("2021-02-08 11:30:26")
    sent = sent_at(when, 0, 6)
    text = """Réf. : ASSD/DP-MR/2021/0087

Madame, Monsieur,

Au nom de la Directrice pays de l'Alliance Sahel Santé et Développement (ASSD) en Mauritanie, Mme Claire Dufresne-Kaboré, je me permets de revenir vers vous au sujet de la Conférence d'examen régional du PMM.

Nous n'avons reçu votre lettre d'invitation que le 6 février, transférée par notre siège, et avons bien noté que la date limite du 5 février est dépassée. Si cela reste possible, Mme Dufresne-Kaboré souhaiterait :
- intervenir depuis la salle lors d'une séance plénière ;
- à défaut, ou en complément, prendre la parole à la table ronde n° 3.

Intervenante proposée : Claire Dufresne-Kaboré, Directrice pays, Alliance Sahel Santé et Développement (ASSD).

En vous remerciant par avance de votre compréhension, nous vous prions d'agréer, Madame, Monsieur, nos salutations respectueuses.

P.O. la Directrice pays
Ibrahima Sow
Assistant administratif et logistique
ASSD – Bureau de Nouakchott
Ilot K, Tevragh Zeina, Nouakchott, Mauritanie

""" + DISCLAIMER_FR + "\n"
    html = outlook_html(text.replace("\n\n" + DISCLAIMER_FR + "\n", ""), lang="FR", small_tail=DISCLAIMER_FR)
    body = alt(text, "_000_DU2PR10MB5288C9D0E1F2A3B4DU2PR10MB5288eurp_", html=html)
    m = mk(when, sent, "mail-du2eur10.outbound.protection.example.com", "40.107.133.20", "4DZf4P9sBwz6",
           "ASSD Mauritanie - Direction <direction.mr@assd-sahel.example.org>",
           hdr("Réf. ASSD/DP-MR/2021/0087 : demande d'intervention (hors délai) – Examen régional PMM", enc="Q"),
           "<DU2PR10MB5288C9D0E1F2A3B4@DU2PR10MB5288.eurprd10.prod.outlook.example.com>", body,
           ret="direction.mr@assd-sahel.example.org",
           cc="Claire Dufresne-Kaboré <c.dufresne@assd-sahel.example.org>",
           extra=OUTLOOK + [("Content-Language", "fr-FR")])
    add(14, when, m, dict(category="speaker_request", language="fr", acknowledge=True, on_time=False, speakers=[
        sp("Claire Dufresne-Kaboré", "Directrice pays", "Alliance Sahel Santé et Développement (ASSD)",
           ["plenary", "roundtable"], 3)],
        notes="late (8 February) and says so; sent 'P.O. la Directrice pays' by an administrative assistant from a "
              "shared direction mailbox: the sender is not the speaker; one speaker, two roles (plenary, 'à défaut, "
              "ou en complément' the 'table ronde n° 3'); hyphenated surname; 'en Mauritanie' / 'Bureau de "
              "Nouakchott' not part of the affiliation; Date header in UTC+0."))


def m15():
    when = at("2021-02-09 14:20:18")
    sent = sent_at(when, 2, 9)
    text = """السادة أمانة المراجعة الإقليمية للاتفاق العالمي من أجل الهجرة – المنطقة العربية،
تحية طيبة وبعد،

نيابةً عن المدير الإقليمي لمؤسسة جسور المتوسط الدولية، يسرّنا أن نرفق لكم تقرير المراجعة الطوعية للاتفاق العالمي الذي أعدّه المكتب الإقليمي بالتعاون مع شركائنا المحليين في مصر والسودان وليبيا.

كما نودّ ترشيح الأستاذ عمر الفقي، رئيس وحدة السياسات والمناصرة في مؤسسة جسور المتوسط الدولية، ليكون أحد المقررين الذين يقدّمون الرسائل الرئيسية لأصحاب المصلحة خلال المؤتمر، إن كان ذلك لا يزال ممكناً.

وتفضلوا بقبول وافر الاحترام،

منة الله رشدي
مسؤولة البرامج الإقليمية
مؤسسة جسور المتوسط الدولية – المكتب الإقليمي، القاهرة
[cid:image001.png@01D6FEA2.7C3B1D40]

""" + DISCLAIMER_EN + "\n"
    cid = "image001.png@01D6FEA2.7C3B1D40"
    html = outlook_html(text.replace("[cid:%s]\n\n" % cid + DISCLAIMER_EN + "\n", ""), lang="AR-EG", rtl=True,
                        logo_cid=cid, small_tail=DISCLAIMER_EN)
    f1 = "تقرير المراجعة الطوعية - مؤسسة جسور المتوسط الدولية 2021.pdf"
    rep = make_pdf(["Mediterranean Bridges International Foundation - Regional Office (Cairo)",
                    "Voluntary GCM Review Report 2021 (Arabic original, English summary)",
                    "Introduction / Methodology / Progress by objective / Challenges / Recommendations"])
    body = multi("mixed", [
        multi("related", [alt(text, "_000_AM0PR02MB4563D0E1F2A3B4C5AM0PR02MB4563eurp_", html=html),
                          logo_part(cid, (10, 60, 120))],
              "_004_AM0PR02MB4563D0E1F2A3B4C5AM0PR02MB4563eurp_", params=[("type", '"multipart/alternative"')]),
        attach("application/pdf", rep, f1)], "_005_AM0PR02MB4563D0E1F2A3B4C5AM0PR02MB4563eurp_")
    m = mk(when, sent, "mail-am0eur02.outbound.protection.example.com", "40.107.12.88", "4DbL7x2nFtz4",
           addr("منة الله رشدي", "m.roshdy@jusoor-med.example.org"),
           hdr("تقرير المراجعة الطوعية + ترشيح مقرر – مؤسسة جسور المتوسط الدولية"),
           "<AM0PR02MB4563D0E1F2A3B4C5@AM0PR02MB4563.eurprd02.prod.outlook.example.com>", body,
           ret="m.roshdy@jusoor-med.example.org",
           extra=[("X-Mailer", "Microsoft Outlook 16.0"), ("X-MS-Has-Attach", "yes"), ("Content-Language", "ar-EG")])
    add(15, when, m, dict(category="both", language="ar", acknowledge=True, on_time=False, report_attachments=[f1],
        speakers=[sp("عمر الفقي", "رئيس وحدة السياسات والمناصرة", "مؤسسة جسور المتوسط الدولية", ["rapporteur"])],
        notes="'both' received 9 February: the report part is on time but the rapporteur nomination is after the "
              "5 February speaker deadline, so on_time is false; sent 'نيابةً عن المدير الإقليمي' by a programme "
              "officer (not the speaker); 'الأستاذ' honorific dropped; title with its unit kept (dev 012); Arabic "
              "PDF file name (RFC 2231 / RFC 2047); inline logo image001.png is not a report file."))


M16_ID = "<AM7PR03MB6542E7F8A9B0C1D2@AM7PR03MB6542.eurprd03.prod.outlook.example.com>"


def m16():
    when = at("2021-02-10 12:05:37")
    sent = sent_at(when, 2, 5)
    text = """Our ref: HBI/JO/CD/2021/0063

Dear Sir/Madam,

Sent on behalf of Dr. Ingrid Solberg, Country Director, Hope Bridges International (HBI) Jordan.

Please find attached the voluntary GCM review report of Hope Bridges International and its implementing partners in Jordan (Jordanian Women's Union branches in Mafraq and Irbid, and the Jordan Valley Workers' Committee), together with the Country Director's signed cover letter.

The report was produced under our EU- and SDC-funded "Safe Mobility" action and reflects the views of HBI and its partners only; it does not necessarily reflect the views of the donors.

Yours faithfully,

Rasha Qudah
Executive Officer to the Country Director
Hope Bridges International | Jordan Country Office
Abdoun, Amman 11183 | Jordan

""" + DISCLAIMER_EN + """
Hope Bridges International is a charity registered in England and Wales (No. 000000) and a company limited by guarantee (No. 0000000). Registered office: 1 Example Street, London, United Kingdom.
"""
    html = outlook_html(text.split("\n\n" + DISCLAIMER_EN)[0] + "\n", lang="EN-GB", small_tail=DISCLAIMER_EN)
    f1 = "HBI-JO_GCM-Voluntary-Review_2021_FINAL.pdf"
    f2 = "Cover letter HBI-JO-CD-2021-0063 (signed).pdf"
    rep = make_pdf(["Hope Bridges International (HBI) - Jordan", "Voluntary GCM Review Report 2021",
                    "With implementing partners in Mafraq, Irbid and the Jordan Valley",
                    "1 Introduction  2 Methodology  3 Progress by GCM objective  4 Challenges  5 Recommendations"])
    cover = make_pdf(["Our ref: HBI/JO/CD/2021/0063", "Amman, 9 February 2021",
                      "To: GCM Regional Review Secretariat, IOM", "Subject: Transmission of HBI voluntary GCM review report",
                      "Signed: Ingrid Solberg, Country Director"])
    body = multi("mixed", [alt(text, "_000_AM7PR03MB6542E7F8A9B0C1D2AM7PR03MB6542eurp_", html=html),
                           attach("application/pdf", rep, f1), attach("application/pdf", cover, f2)],
                 "_004_AM7PR03MB6542E7F8A9B0C1D2AM7PR03MB6542eurp_")
    m = mk(when, sent, "mail-am7eur03.outbound.protection.example.com", "40.107.5.131", "4DbwR52vHkz9",
           "Country Director's Office - HBI Jordan <cd.office.jordan@hopebridges.example.org>",
           "HBI/JO/CD/2021/0063 - Submission of voluntary GCM review report - Hope Bridges International Jordan",
           M16_ID, body, ret="cd.office.jordan@hopebridges.example.org",
           cc="Ingrid Solberg <i.solberg@hopebridges.example.org>",
           extra=[("X-Mailer", "Microsoft Outlook 16.0"), ("X-MS-Has-Attach", "yes"), ("Content-Language", "en-GB")])
    add(16, when, m, dict(category="voluntary_report", language="en", acknowledge=True, on_time=True,
        report_attachments=[f1],
        notes="'Sent on behalf of' the Country Director from her office mailbox (same organisation as h175-04, but a "
              "new, unrelated submission: thread_of null); two PDFs: the report and a signed cover/transmittal "
              "letter. Not covered by dev: the cover letter is recorded as not part of the report (a secretary "
              "files the report, the letter is correspondence); donor disclaimer in the body; registration footer."))


def m17():
    when = at("2021-02-11 09:14:50")
    sent = sent_at(when, 1, 7)
    text = """Madame, Monsieur,

Sauf erreur de notre part, nous n'avons pas reçu d'accusé de réception pour le rapport d'examen volontaire transmis le 4 février (N/Réf. : RPM/DG/2021/019). Pourriez-vous nous confirmer sa bonne réception et nous indiquer s'il sera publié sur la page de l'examen régional ?

Avec nos remerciements,

Hélène Garnier-Bouzid
Responsable des partenariats institutionnels
Réseau Partenaires Méditerranée (RPM)

De : Hélène Garnier-Bouzid
Envoyé : jeudi 4 février 2021 09:02
À : gcmrrarabstates@iom.int
Objet : N/Réf. RPM/DG/2021/019 – Transmission du rapport d'examen volontaire du PMM

N/Réf. : RPM/DG/2021/019
V/Réf. : Lettre d'invitation du 26 janvier 2021

Madame, Monsieur,

J'ai l'honneur de vous transmettre ci-joint, au nom du Réseau Partenaires Méditerranée (RPM) et de ses organisations membres au Maroc, en Tunisie et en Mauritanie, le rapport d'examen volontaire du Pacte mondial pour des migrations sûres, ordonnées et régulières (PMM), élaboré dans le cadre de l'examen régional pour la région arabe.

[...]

""" + DISCLAIMER_FR + "\n"
    html = outlook_html(text.replace("\n\n" + DISCLAIMER_FR + "\n", ""), lang="FR", small_tail=DISCLAIMER_FR)
    body = alt(text, "_000_PAXPR08MB6911A1B2C3D4E5F6PAXPR08MB6911eurp_", html=html)
    m = mk(when, sent, "mail-pax08.outbound.protection.example.com", "40.107.15.93", "4DcR3M8kTvz1",
           "=?iso-8859-1?Q?H=E9l=E8ne_Garnier-Bouzid?= <h.garnier@rpm-reseau.example.org>",
           hdr("RE: N/Réf. RPM/DG/2021/019 – Transmission du rapport d'examen volontaire du PMM", enc="Q"),
           "<PAXPR08MB6911A1B2C3D4E5F6@PAXPR08MB6911.eurprd08.prod.outlook.example.com>", body,
           ret="h.garnier@rpm-reseau.example.org",
           extra=OUTLOOK + [("In-Reply-To", M09_ID), ("References", M09_ID), ("Content-Language", "fr-FR")])
    add(17, when, m, dict(category="other", language="fr", acknowledge=True, on_time=None, thread_of="h175-09.eml",
        notes="'did you receive it?' follow-up replying to its own h175-09 (In-Reply-To set), quoting the "
              "transmittal letter Outlook-style (De/Envoyé/À/Objet, not '>'-prefixed) but without the attachment; "
              "asks a question, submits nothing new."))


M18_ID = "<CAKp3rT5vW7xY9zA1bC3dE5fG7hI9jK1lM3nO5pQ7rS9tU1v@mail.gmail.example.com>"


def m18():
    when = at("2021-02-12 20:40:05")
    sent = sent_at(when, 2, 6)
    text = """السلام عليكم ورحمة الله،

مرفق طيّه تقرير المراجعة الطوعية الخاص بجمعية الأمل للتنمية المجتمعية (الشريك المنفّذ لمشروع "سُبل" في شمال لبنان)، بصيغة Word.

أرجو التكرّم بإفادتنا بالاستلام.

وشكراً،
سمر الأيوبي

--
Samar Ayoubi
M&E Officer – Al Amal Association for Community Development
Tripoli, Lebanon
"""
    f1 = "تقرير المراجعة الطوعية - جمعية الأمل - شباط 2021.docx"
    rep = make_docx(["جمعية الأمل للتنمية المجتمعية", "تقرير المراجعة الطوعية للاتفاق العالمي من أجل الهجرة",
                     "مقدمة", "المنهجية", "التقدم المحرز حسب الأهداف", "التحديات", "التوصيات"])
    a = leaf(DOCX, rep, cte="base64", params=[("name", '"%s"' % b_word(f1))],
             disp='attachment; filename="%s"' % b_word(f1))
    body = multi("mixed", [alt(text, "000000000000f1e2d305bb2a9c41", rtl=True, b64=True), a],
                 "000000000000f1e2d505bb2a9c43")
    m = mk(when, sent, "mail-lj1-f178.google.example.com", "209.85.208.178", "4DdF1w6qZnz5",
           addr("Samar Ayoubi", "samar.ayoubi.amal@gmail.example.com"),
           re_hdr("", "تقرير المراجعة الطوعية - جمعية الأمل"), M18_ID, body, ret="samar.ayoubi.amal@gmail.example.com")
    add(18, when, m, dict(category="voluntary_report", language="ar", acknowledge=True, on_time=True,
        report_attachments=[f1],
        notes="Gmail, short Arabic body with an English signature (language is the sender's Arabic text); DOCX with "
              "an Arabic file name as a Gmail-style RFC 2047 encoded-word inside quotes (filename=\"=?UTF-8?B?...?=\"); "
              "the implementing partner of a donor-funded project. Its acknowledgement is thanked in h175-23."))


def m19():
    when = at("2021-02-14 08:03:11")
    sent = sent_at(when, 1, 5)
    text = """Hi there,

Apologies for the late note - I only saw the invitation now, forwarded by a colleague in Geneva. Would it still be possible for me to join the open discussion of the multi-stakeholder consultation on the 23rd? Happy to keep it short.

Thanks,
Tom

Tom Achterberg
Regional Protection Adviser, Middle East Hub
Kestrel Aid
+31 6 00000000

Sent from my iPhone"""
    body = leaf("text/plain", text, "us-ascii", "7bit")
    m = mk(when, sent, "smtp-out.kestrelaid.example.org", "198.51.100.160", "4DfC6v0pLgz3",
           "Tom Achterberg <tom.achterberg@kestrelaid.example.org>", "Open discussion 23 Feb - still possible?",
           "<3F9A2B1C-7D6E-4F50-8A1B-C2D3E4F5A6B7@kestrelaid.example.org>", body,
           ret="tom.achterberg@kestrelaid.example.org", extra=[("X-Mailer", "iPhone Mail (18D52)")])
    add(19, when, m, dict(category="speaker_request", language="en", acknowledge=True, on_time=False, speakers=[
        sp("Tom Achterberg", "Regional Protection Adviser, Middle East Hub", "Kestrel Aid", ["open_discussion"])],
        notes="late (14 February), phone, plain 7bit; the request is phrased as a question but asks for a role; "
              "name/title/affiliation only in the signature; title written with its hub kept as written (dev 012); "
              "same INGO as h175-07 but unrelated."))


def m20():
    when = at("2021-02-15 17:33:29")
    sent = sent_at(when, 1, 8)
    inner = """<div style="font-family:Verdana,sans-serif;font-size:10pt">
<p>Mesdames et Messieurs,</p>
<p>Le Forum des ONG internationales au Maroc (FOIM) a le plaisir de vous adresser, au nom de ses vingt-deux membres, sa contribution collective à l'examen régional du PMM&nbsp;:</p>
<ul>
<li>le rapport d'examen volontaire (PDF)&nbsp;;</li>
<li>son annexe statistique (PDF).</li>
</ul>
<p>Par ailleurs, le FOIM souhaiterait, si le programme le permet encore, qu'une intervention soit accordée à sa coordinatrice lors de la <b>table ronde 4</b>&nbsp;:</p>
<p style="margin-left:20px">Nom&nbsp;: Sophie Marchetti<br>
Fonction&nbsp;: Coordinatrice plaidoyer régional<br>
Organisation&nbsp;: Forum des ONG internationales au Maroc (FOIM)</p>
<p>Nous vous prions d'agréer, Mesdames et Messieurs, l'expression de nos salutations distinguées.</p>
<p>--<br>
<b>Secrétariat du FOIM</b><br>
Forum des ONG internationales au Maroc<br>
Rabat – Agdal<br>
<a href="https://foim.example.org">foim.example.org</a></p>
<p style="font-size:7pt;color:#999999">%s</p>
</div>""" % esc(DISCLAIMER_FR)
    f1 = "FOIM - Rapport examen volontaire PMM 2021.pdf"
    f2 = "FOIM - Annexe statistique.pdf"
    rep = make_pdf(["Forum des ONG internationales au Maroc (FOIM)", "Rapport d'examen volontaire du PMM - 2021",
                    "Introduction / Methodologie / Progres par objectif / Defis / Recommandations"])
    ann = make_pdf(["FOIM - Annexe statistique", "Tableaux 1 a 6 : donnees des membres 2019-2020"])
    body = multi("mixed", [html_only(inner, lang="FR"), attach("application/pdf", rep, f1),
                           attach("application/pdf", ann, f2)], "----=_Part_48213_1930584412.1613403209000")
    m = mk(when, sent, "smtp.foim.example.org", "192.0.2.140", "4DfZ2n5hWsz7",
           "=?utf-8?Q?Secr=C3=A9tariat_FOIM?= <secretariat@foim.example.org>",
           hdr("Contribution du FOIM à l'examen régional du PMM", enc="Q"),
           "<1930584412.48214.1613403209000@webmail.foim.example.org>", body, ret="secretariat@foim.example.org",
           extra=[("User-Agent", "Roundcube Webmail/1.4.10")])
    add(20, when, m, dict(category="both", language="fr", acknowledge=True, on_time=False, report_attachments=[f1, f2],
        speakers=[sp("Sophie Marchetti", "Coordinatrice plaidoyer régional",
                     "Forum des ONG internationales au Maroc (FOIM)", ["roundtable"], 4)],
        notes="HTML-only webmail from a shared secretariat mailbox: a collective report PDF with its statistical "
              "annex (both part of the report) and a speaker request for 'table ronde 4'; received 15 February: the "
              "report is on time but the speaker part is late, so on_time is false; labelled lines with '&nbsp;:'."))


def m21():
    when = at("2021-02-16 16:22:45")
    sent = sent_at(when, 3, 5)
    text = """الرقم: ر ا د/ع ق/2021/045
حضرات السادة المحترمين،

بالنيابة عن المدير القطري لمنظمة الرافدين للإغاثة الدولية في العراق، نرفق طيّه تقرير المراجعة الطوعية للاتفاق العالمي من أجل الهجرة، والذي أُعدّ بالتشاور مع خمس منظمات شريكة محلية في بغداد والبصرة والموصل، وبدعم من الجهات المانحة للبرنامج.

نرجو التفضل بتأكيد الاستلام، مع الإشارة إلى أن النسخة الإنجليزية ستُرسل لاحقاً عند الانتهاء من الترجمة.

مع التقدير،

زينب كاظم
مسؤولة الشراكات
منظمة الرافدين للإغاثة الدولية – المكتب القطري في العراق

""" + DISCLAIMER_EN + "\n"
    html = outlook_html(text.replace("\n\n" + DISCLAIMER_EN + "\n", ""), lang="AR-IQ", rtl=True,
                        small_tail=DISCLAIMER_EN)
    f1 = "RIRO-Iraq_GCM_Voluntary_Review_AR_2021.pdf"
    rep = make_pdf(["Rafidain International Relief Organisation - Iraq Country Office",
                    "Voluntary GCM Review Report 2021 (Arabic version)",
                    "Introduction / Methodology / Progress / Challenges / Recommendations"])
    body = multi("mixed", [alt(text, "_000_VE1PR03MB5520F2A3B4C5D6E7VE1PR03MB5520eurp_", html=html),
                           attach("application/pdf", rep, f1)], "_004_VE1PR03MB5520F2A3B4C5D6E7VE1PR03MB5520eurp_")
    m = mk(when, sent, "mail-ve1eur03.outbound.protection.example.com", "40.107.5.74", "4Dg8Hq4cNrz2",
           addr("زينب كاظم", "z.kadhim@rafidain-intl.example.org"),
           hdr("تقرير المراجعة الطوعية - منظمة الرافدين للإغاثة الدولية / العراق"),
           "<VE1PR03MB5520F2A3B4C5D6E7@VE1PR03MB5520.eurprd03.prod.outlook.example.com>", body,
           ret="z.kadhim@rafidain-intl.example.org",
           extra=[("X-Mailer", "Microsoft Outlook 16.0"), ("X-MS-Has-Attach", "yes"), ("Content-Language", "ar-IQ")])
    add(21, when, m, dict(category="voluntary_report", language="ar", acknowledge=True, on_time=True,
        report_attachments=[f1],
        notes="formal Arabic, 'بالنيابة عن المدير القطري', reference number line; PDF with an English file name; "
              "announces an English version to follow (not sent: nothing else to record); same sender as the "
              "question h175-10 but a new submission (thread_of null); received on the last day, on time."))


def m22():
    when = at("2021-02-17 00:20:31")
    sent = tz(when - dt.timedelta(seconds=26), -5)
    text = """Dear GCM Regional Review Secretariat,

On behalf of the Global Fair Mobility Initiative (GFMI) and its grantee partners in Jordan, Lebanon and the Gulf, I am pleased to submit today, 16 February, our voluntary GCM review report (attached).

The report consolidates findings from six partner-led consultations with migrant domestic workers and recruitment agencies held in late 2020.

Please let me know if any additional information is needed.

Best,

Michael Osei-Bonsu
Senior Program Officer, Labor Migration Portfolio
Global Fair Mobility Initiative (GFMI)
1100 Example Avenue NW, Washington, DC 20005

CONFIDENTIALITY NOTICE: This communication, including any attachments, may contain confidential or privileged information and is intended solely for the named recipient(s). Any unauthorized review, use, disclosure or distribution is prohibited. GFMI is a 501(c)(3) nonprofit organization. Nothing in this message constitutes an offer of a grant or a contractual commitment.
"""
    f1 = "GFMI Voluntary GCM Review - Arab States - Feb 2021.pdf"
    rep = make_pdf(["Global Fair Mobility Initiative (GFMI)", "Voluntary GCM Review Report - Arab States",
                    "February 2021", "Findings from six partner-led consultations"])
    body = multi("mixed", [alt(text, "_000_BN8PR12MB3346A3B4C5D6E7F8BN8PR12MB3346namp_",
                               html=outlook_html(text, lang="EN-US")),
                           attach("application/pdf", rep, f1)], "_004_BN8PR12MB3346A3B4C5D6E7F8BN8PR12MB3346namp_")
    m = mk(when, sent, "mail-bn8nam12.outbound.protection.example.com", "40.107.237.52", "4DgQ0v7xKmz8",
           "Michael Osei-Bonsu <mosei-bonsu@gfmi.example.org>",
           "GFMI voluntary GCM review report - Arab States",
           "<BN8PR12MB3346A3B4C5D6E7F8@BN8PR12MB3346.namprd12.prod.outlook.example.com>", body,
           ret="mosei-bonsu@gfmi.example.org",
           extra=[("X-Mailer", "Microsoft Outlook 16.0"), ("X-MS-Has-Attach", "yes"), ("Content-Language", "en-US")])
    add(22, when, m, dict(category="voluntary_report", language="en", acknowledge=True, on_time=False,
        report_attachments=[f1],
        notes="late: sent 16 February 17:20 -0500 from Washington and says 'submit today, 16 February', but received "
              "00:20:31 on 17 February Beirut time; donor-side grant-maker writing for its grantee partners; US "
              "confidentiality notice."))


def m23():
    when = at("2021-02-17 10:05:12")
    sent = sent_at(when, 2, 4)
    ack_id = "<ack.20210212.2041.7e2b@gcmrrarabstates.iom.int>"
    text = """شكراً جزيلاً على التأكيد، وبالتوفيق في المؤتمر.

سمر

‫في الجمعة، 12 فبراير 2021 في 8:41 م، كتب ‪GCM Regional Review Arab States‬‏ <‪gcmrrarabstates@iom.int‬‏>:‬
> السيدة سمر الأيوبي المحترمة،
>
> نؤكد استلام تقرير المراجعة الطوعية الذي أرسلتموه بتاريخ 12 شباط/فبراير 2021، وسيُدرج ضمن مساهمات أصحاب المصلحة في المراجعة الإقليمية.
>
> مع التحية،
> أمانة المراجعة الإقليمية للاتفاق العالمي من أجل الهجرة – المنطقة العربية
"""
    body = alt(text, "0000000000003b9c4f05bb7e2d18", rtl=True, b64=True)
    m = mk(when, sent, "mail-lj1-f172.google.example.com", "209.85.208.172", "4Dgm5z1rWbz4",
           addr("Samar Ayoubi", "samar.ayoubi.amal@gmail.example.com"),
           re_hdr("Re: ", "تم الاستلام: تقرير المراجعة الطوعية - جمعية الأمل"),
           "<CAKp3rT5vW7xY9zA1bC3dE5fG7hI9jK1lM3nO5pQ7rS9tU2w@mail.gmail.example.com>", body,
           ret="samar.ayoubi.amal@gmail.example.com",
           extra=[("In-Reply-To", ack_id), ("References", "%s %s" % (M18_ID, ack_id))])
    add(23, when, m, dict(category="other", language="ar", acknowledge=False, on_time=None, thread_of="h175-18.eml",
        notes="a thank-you reply to our acknowledgement of h175-18 that adds nothing new: written by a person "
              "(category other) but must not be acknowledged (LABELS.md); Gmail Arabic attribution line with bidi "
              "controls and '>'-quoted acknowledgement mentioning the report. thread_of set to the submission it "
              "follows (References carry h175-18's Message-ID): the acknowledgement itself is not labelled."))


def m24():
    when = at("2021-02-19 11:40:06")
    sent = sent_at(when, 1, 6)
    text = """Madame, Monsieur,

Suite à notre envoi du 4 février (N/Réf. : RPM/DG/2021/019), vous trouverez ci-joint une version révisée du rapport d'examen volontaire du Réseau Partenaires Méditerranée (RPM). Elle intègre les contributions de deux organisations membres mauritaniennes reçues tardivement et corrige les données de l'objectif 5.

Cette version (v2) annule et remplace la précédente.

Veuillez agréer, Madame, Monsieur, l'expression de nos salutations distinguées.

Hélène Garnier-Bouzid
Responsable des partenariats institutionnels
Réseau Partenaires Méditerranée (RPM)

""" + DISCLAIMER_FR + "\n"
    html = outlook_html(text.replace("\n\n" + DISCLAIMER_FR + "\n", ""), lang="FR", small_tail=DISCLAIMER_FR)
    f1 = "Rapport_examen_volontaire_PMM_RPM_v2_19022021.docx"
    rep = make_docx(["Réseau Partenaires Méditerranée (RPM)", "Rapport d'examen volontaire du PMM - version 2",
                     "Annule et remplace la version du 4 février 2021", "Objectif 5 : données corrigées"])
    body = multi("mixed", [alt(text, "_000_PAXPR08MB6911B9C0D1E2F3A4PAXPR08MB6911eurp_", html=html),
                           attach(DOCX, rep, f1)], "_004_PAXPR08MB6911B9C0D1E2F3A4PAXPR08MB6911eurp_")
    m = mk(when, sent, "mail-pax08.outbound.protection.example.com", "40.107.15.97", "4DhT8c3mQpz6",
           "=?iso-8859-1?Q?H=E9l=E8ne_Garnier-Bouzid?= <h.garnier@rpm-reseau.example.org>",
           hdr("Rapport PMM – version révisée (annule et remplace) – RPM", enc="Q"),
           "<PAXPR08MB6911B9C0D1E2F3A4@PAXPR08MB6911.eurprd08.prod.outlook.example.com>", body,
           ret="h.garnier@rpm-reseau.example.org",
           extra=[("X-Mailer", "Microsoft Outlook 16.0"), ("X-MS-Has-Attach", "yes"), ("Content-Language", "fr-FR")])
    add(24, when, m, dict(category="voluntary_report", language="fr", acknowledge=True, on_time=False,
        thread_of="h175-09.eml", report_attachments=[f1],
        notes="revised report (v2, 'annule et remplace') sent as a new message without In-Reply-To, after the "
              "16 February deadline: late, although the original h175-09 was on time; thread_of points to the first "
              "submission h175-09 (not to the question h175-17)."))


def main():
    for f in (m01, m02, m03, m04, m05, m06, m07, m08, m09, m10, m11, m12, m13, m14, m15, m16, m17, m18, m19,
              m20, m21, m22, m23, m24):
        f()
    SET.write()


if __name__ == "__main__":
    main()
