#!/usr/bin/env python3
"""Write the blind evaluation set holdout74 (24 raw .eml messages + labels.json).

Deterministic, standard library only:  python3 tests/data/make_eval_sets74.py
Theme: local and regional governments, municipalities, mayors' networks and city councils, and
diaspora/return programmes in the Maghreb and Libya (Tunisia, Algeria, Morocco, Libya, Mauritania).
Messages are built in chronological order of received_at and numbered h74-01 ... h74-24.
"""
import base64
import datetime as dt
import json
import os
import quopri
import shutil
from email.message import Message
from mailgen import (HERE, BOX, POL, rfcdate, at, tz, hdr, re_hdr, addr, multi, html_wrap, esc, text2html, flowed, make_pdf, make_docx, make_png, DOCX, rfc2231,
                     rfc2231_cont, b_word, received, top, serialize, sp)
from mailgen import POSTFIX_NOTICE

OUT = os.path.join(HERE, "holdout74")


# ---------------------------------------------------------------- part helpers
def leaf(ctype, body, charset="utf-8", cte="quoted-printable", params=None, disp=None, extra=None):
    """A single MIME leaf.  body: str (encoded with charset) or bytes."""
    m = Message(policy=POL)
    data = body.encode(charset) if isinstance(body, str) else body
    ct = ctype
    if ctype.startswith("text/"):
        ct += '; charset="%s"' % charset
    for k, v in (params or []):
        ct += ("; %s=%s" % (k, v)) if k else (";\r\n\t" + v)
    m["Content-Type"] = ct
    m["Content-Transfer-Encoding"] = cte
    if disp:
        m["Content-Disposition"] = disp
    for k, v in (extra or []):
        m[k] = v
    if cte == "base64" and ctype.startswith("text/"):
        data = data.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")
    if cte == "base64":
        payload = base64.encodebytes(data).decode("ascii")
    elif cte == "quoted-printable":
        payload = quopri.encodestring(data.replace(b"\r\n", b"\n")).decode("ascii")
    elif cte == "8bit":
        payload = data.decode("ascii", "surrogateescape")
    else:
        payload = data.decode("ascii")
    m.set_payload(payload)
    return m


# ---------------------------------------------------------------- message assembly


MESSAGES = []


def add(key, when, msg, label):
    lab = {"key": key, "received_at": when.isoformat()}
    lab.update(label)
    MESSAGES.append((when, key, serialize(msg), lab))


def std_rows(when, host, ip, qid, frm, subject, date, mid, to=BOX, extra=None, ret=None, pre=None):
    rows = [("Return-Path", "<%s>" % ret if ret else None),
            ("Delivered-To", BOX),
            ("Received", received(when, host, ip, qid))]
    rows += list(pre or [])
    rows += [("From", frm), ("To", to), ("Subject", subject), ("Date", date), ("Message-ID", mid)]
    rows += list(extra or [])
    return rows


def alt(text, html, boundary, charset="utf-8", cte="quoted-printable", hcte=None):
    return multi("alternative", [leaf("text/plain", text, charset, cte), leaf("text/html", html, charset, hcte or cte)],
                 boundary)


def attach(ctype, data, name, encoded_name=None, disp="attachment", extra=None):
    """Attachment leaf; encoded_name: 'rfc2231' or 'rfc2047' for non-ASCII names."""
    if encoded_name == "rfc2231":
        params = [("name*", rfc2231(name))]
        d = "%s; filename*=%s" % (disp, rfc2231(name))
    elif encoded_name == "rfc2231cont":
        params = [("", "\r\n\t".join(x + ";" for x in rfc2231_cont("name", name)).rstrip(";"))]
        d = "%s;\r\n\t%s" % (disp, ";\r\n\t".join(rfc2231_cont("filename", name)))
    elif encoded_name == "rfc2047":
        params = [("name", '"%s"' % b_word(name))]
        d = '%s; filename="%s"' % (disp, b_word(name))
    else:
        params = [("name", '"%s"' % name)]
        d = '%s; filename="%s"' % (disp, name)
    return leaf(ctype, data, cte="base64", params=params, disp=d, extra=extra)


OUTLOOK_HTML = ('<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" '
                'xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" '
                'xmlns="http://www.w3.org/TR/REC-html40"><head><meta http-equiv="Content-Type" content="text/html; charset=%s">'
                '<meta name="Generator" content="Microsoft Word 15 (filtered medium)"><style><!--\n'
                'p.MsoNormal, li.MsoNormal, div.MsoNormal {margin:0cm; font-size:11.0pt; font-family:"Calibri",sans-serif;}\n'
                '--></style></head><body lang="%s" link="#0563C1" vlink="#954F72"%s><div class="WordSection1">\n%s\n</div></body></html>\n')


def outlook_html(text, charset="utf-8", lang="EN-US", rtl=False):
    paras = []
    for line in text.split("\n"):
        paras.append('<p class="MsoNormal"%s>%s<o:p></o:p></p>' % (' dir="RTL"' if rtl else "",
                                                                     esc(line) if line.strip() else "&nbsp;"))
    return OUTLOOK_HTML % (charset, lang, ' dir="RTL"' if rtl else "", "\n".join(paras))


def gmail_html(text, rtl=False):
    d = ' dir="rtl"' if rtl else ' dir="ltr"'
    out = []
    for line in text.split("\n"):
        out.append("<div%s>%s</div>" % (d, esc(line) if line.strip() else "<br>"))
    return '<div%s>%s</div>\n' % (d, "".join(out))


def ack_mid(n):
    return "<ack-%s@gcmrrarabstates.iom.int>" % n


# ================================================================ the 24 messages
def m_sfax_cos():
    when = at("2021-02-01 10:14:22")
    sent = when - dt.timedelta(seconds=21)
    text = """Dear Colleagues of the Regional UN Network on Migration,

Greetings from Sfax.

With reference to your kind invitation to the Regional Review of the Global Compact for Safe, Orderly and Regular Migration in the Arab Region, I have the honour to inform you that the Mayor of Sfax, Mr. Hatem Bouzid, would be pleased to contribute to the Conference on 24-25 February.

Given the experience of our city with migrants in transit and with Tunisian returnees, the Mayor would like to take the floor in Roundtable III, "Cities and local authorities: inclusion, protection and access to services", which in our view is closest to the priorities of the Municipality.

The Mayor will speak in French or Arabic. Could you kindly let us know whether interpretation will be available and how much time is allocated per intervention? For any coordination, please contact me directly (+216 74 000 512).

Thank you in advance for your consideration.

Kind regards,

Amel Triki
Chief of Staff, Office of the Mayor
Municipality of Sfax - Tunisia
Avenue Habib Bourguiba, 3000 Sfax
"""
    body = alt(text, outlook_html(text), "_000_DB8PR02MB5402E1A0C4E2B1F8A3C5D6E7DB8PR02MB5402eurp_")
    rows = std_rows(when, "mail-db8eur05on2107.outbound.protection.outlook.com", "40.107.20.107", "4DTkq52Lr9z1Mb",
                    "Amel Triki <a.triki@commune-sfax.example.tn>",
                    "Proposal of the Mayor of Sfax as speaker - Roundtable III", rfcdate(tz(sent, 1)),
                    "<DB8PR02MB5402E1A0C4E2B1F8A3C5D6E7@DB8PR02MB5402.eurprd02.prod.outlook.com>",
                    ret="a.triki@commune-sfax.example.tn",
                    extra=[("Thread-Topic", "Proposal of the Mayor of Sfax as speaker - Roundtable III"),
                           ("Thread-Index", "AdbIqf3k0c1kY2pXQm2U9o5xA7Z0Ow=="), ("Content-Language", "en-US"),
                           ("X-MS-Has-Attach", ""), ("X-Originating-IP", "[197.14.52.118]")])
    add("sfax_cos", when, top(body, rows), dict(category="speaker_request", language="en", acknowledge=True,
        on_time=True, speakers=[sp("Hatem Bouzid", "Mayor of Sfax", "Municipality of Sfax", ["roundtable"], 3)],
        notes="the sender is the mayor's chief of staff (her own title in the signature), the speaker is the mayor, "
              "named in prose with 'Mr.'; roundtable given by Roman numeral and theme name ('Roundtable III, \"Cities "
              "and local authorities...\"'); affiliation only as 'Municipality of Sfax' in the sender's signature; "
              "questions on interpretation and speaking time are not a separate category."))


def m_tiznit():
    when = at("2021-02-01 16:40:05")
    sent = when - dt.timedelta(seconds=33)
    text = """Royaume du Maroc
Ministère de l'Intérieur
Région Souss-Massa - Province de Tiznit
Commune de Tiznit
Le Président du Conseil Communal

Objet : Participation à l'Examen régional du Pacte mondial sur les migrations - Région arabe
Réf. : Votre lettre d'invitation de février 2021

Madame, Monsieur,

Suite à votre honorable invitation, et en application des orientations du Conseil Communal de Tiznit visant à renforcer le rôle des collectivités territoriales dans la gouvernance de la migration, j'ai l'honneur de vous proposer Monsieur le Vice-Président chargé des Affaires Sociales et de la Coopération Décentralisée, M. Brahim Aït Oufkir, pour prendre part à la discussion ouverte de la consultation multipartite prévue le 23 février 2021.

M. Aït Oufkir suit depuis 2016 le dossier des migrants subsahariens installés dans la commune ainsi que les programmes d'accompagnement des MRE (Marocains résidant à l'étranger) originaires de la province.

Nous restons à votre entière disposition pour tout complément d'information.

Veuillez agréer, Madame, Monsieur, l'expression de nos salutations les plus distinguées.

P/ Le Président du Conseil Communal
Le Directeur Général des Services
Lahcen Boutaleb

Bureau d'Ordre - Commune de Tiznit
Tél : +212 528 86 00 00
"""
    html = outlook_html(text, "windows-1252", "FR")
    body = alt(text, html, "_000_PR1P264MB0873A6C2B11E0F4D2C7E3A91PR1P264MB0873FRAP_", charset="windows-1252")
    rows = std_rows(when, "mail-pr1fra01on2091.outbound.protection.outlook.com", "40.107.12.91", "4DTxQ33WkHz7Nn",
                    addr("Bureau d'Ordre - Commune de Tiznit", "bo@commune-tiznit.example.ma"),
                    hdr("Participation à l'Examen régional du PMM - Commune de Tiznit", "windows-1252", "Q"),
                    rfcdate(tz(sent, 1)),
                    "<PR1P264MB0873A6C2B11E0F4D2C7E3A91@PR1P264MB0873.FRAP264.PROD.OUTLOOK.COM>",
                    ret="bo@commune-tiznit.example.ma",
                    extra=[("Thread-Topic", hdr("Participation à l'Examen régional du PMM - Commune de Tiznit",
                                                "windows-1252", "Q")),
                           ("Thread-Index", "AQHW+KpZs3c8xq7L0k2tIY0sF4nV3w=="), ("Content-Language", "fr-FR"),
                           ("X-MS-Has-Attach", "")])
    add("tiznit", when, top(body, rows), dict(category="speaker_request", language="fr", acknowledge=True,
        on_time=True, speakers=[sp("Brahim Aït Oufkir", "Vice-Président chargé des Affaires Sociales et de la "
                                   "Coopération Décentralisée", "Conseil Communal de Tiznit", ["open_discussion"])],
        notes="official Moroccan municipal letter pasted into the mail (letterhead lines, 'Objet', 'P/ Le Président'); "
              "the title comes before the name ('Monsieur le Vice-Président chargé des ..., M. Brahim Aït Oufkir'); "
              "signed by the Directeur Général des Services, who is not the speaker; windows-1252 quoted-printable; "
              "role 'discussion ouverte de la consultation multipartite'."))


def m_darija():
    when = at("2021-02-02 13:05:51")
    sent = when - dt.timedelta(seconds=17)
    text = """السلام عليكم ورحمة الله

تحية طيبة،
وصلاتنا الدعوة ديالكم عن طريق المكتب ديال المنظمة الدولية للهجرة فالرباط، شكرا بزاف.
احنا شبكة ديال المنتخبات فالجماعات الترابية، خدامين على الهجرة والمرأة المهاجرة والعائدات من أوروبا.
بغينا نقترحو الأخت نزهة الحيحي، هي المنسقة الجهوية ديال الشبكة، باش تدير مداخلة فالجلسة العامة ديال المؤتمر (24-25 فبراير).
هي كتهضر العربية والفرنسية مزيان.

واش خاصنا نعمرو شي استمارة ولا هاد الإيميل كافي؟

بالتوفيق وشكرا مسبقا

خديجة أمزيان
الكاتبة العامة
شبكة المنتخبات الجماعيات بجهة سوس ماسة
أكادير
"""
    html = gmail_html(text, rtl=True)
    body = alt(text, html, "000000000000a1c4e605ba5a7c19", cte="base64")
    rows = std_rows(when, "mail-wm1-f53.google.example.com", "209.85.128.53", "4DVLbz6Wq0z9Pp",
                    addr("خديجة أمزيان", "khadija.amzian.rej@gmail.example.com"),
                    hdr("المشاركة فالمؤتمر - شبكة المنتخبات"), rfcdate(tz(sent, 1)),
                    "<CAJx7pL2rQ9mV4kT8sN0wY3aE6dG1hF5jK9cB2xZ7vU4nM8pR@mail.gmail.example.com>",
                    ret="khadija.amzian.rej@gmail.example.com")
    add("darija", when, top(body, rows), dict(category="speaker_request", language="ar", acknowledge=True,
        on_time=True, speakers=[sp("نزهة الحيحي", "المنسقة الجهوية",
                                   "شبكة المنتخبات الجماعيات بجهة سوس ماسة", ["plenary"])],
        notes="Moroccan Darija-tinged Arabic ('بغينا نقترحو', 'باش تدير مداخلة فالجلسة العامة', 'واش'); the title is "
              "given as 'المنسقة الجهوية ديال الشبكة' and the network's name only in the sender's signature; honorific "
              "'الأخت' before the name; the sender (secretary-general) is not the speaker; base64 Gmail text."))


def m_misrata_q():
    when = at("2021-02-02 20:11:37")
    sent = when - dt.timedelta(seconds=12)
    text = """Dear Sir/Madam,

I am writing from the Misrata Municipal Council, Department of International Cooperation.

We received the invitation for the Regional Review of the GCM. Before we prepare anything we would like to ask few questions please:

1- Are municipalities considered as "stakeholders" for this review or it is only for civil society and trade unions? Our municipality is not a member of any network.
2- Is the consultation on 23 Feb online only or there is possibility to attend in Beirut/Cairo?
3- Is there a template for the voluntary report, or we can write it in free format in Arabic?

Thank you for your help and sorry if these questions were answered before.

Regards
Eng. Mohamed Elshaibi
International Cooperation Dept.
Misrata Municipal Council - Libya
"""
    body = leaf("text/plain", text, "us-ascii", "7bit")
    rows = std_rows(when, "mout.mail-host.example.ly", "41.208.71.20", "4DVZ1P0dMHz6Qq",
                    "Mohamed Elshaibi <m.elshaibi@misrata-council.example.ly>",
                    "Questions about participation of municipalities", rfcdate(tz(sent, 2)),
                    "<1612289485.7731.misrata@webmail.misrata-council.example.ly>",
                    ret="m.elshaibi@misrata-council.example.ly",
                    extra=[("User-Agent", "Roundcube Webmail/1.4.9")])
    add("misrata_q", when, top(body, rows), dict(category="other", language="en", acknowledge=True, on_time=None,
        notes="questions only (are municipalities stakeholders, venue, report template); mentions both the "
              "consultation and the voluntary report without submitting anything or proposing a speaker; the sender "
              "has a title and affiliation in the signature but is not proposed; plain 7bit webmail."))


def m_zuwara():
    when = at("2021-02-03 11:22:09")
    sent = when - dt.timedelta(seconds=25)
    rows_t = [("حافظ بن ساسي", "عميد البلدية", "المجلس البلدي زوارة", "مداخلة في الجلسة العامة"),
              ("سالمة الشريف", "عضو المجلس البلدي، مقررة لجنة الهجرة والنازحين", "المجلس البلدي زوارة",
               "المائدة المستديرة الثانية")]
    tr = "".join("<tr>" + "".join('<td style="border:1px solid #999;padding:4px">%s</td>' % esc(c) for c in r)
                  + "</tr>\n" for r in rows_t)
    inner = """<div style="font-family:Tahoma;font-size:13px">
<p>السادة الكرام في الشبكة الإقليمية للأمم المتحدة المعنية بالهجرة،</p>
<p>تحية طيبة وبعد،</p>
<p>إشارة إلى دعوتكم الكريمة للمشاركة في الاستعراض الإقليمي للاتفاق العالمي من أجل الهجرة الآمنة والمنظمة والنظامية في المنطقة العربية، يسر المجلس البلدي زوارة أن يرشح المتحدثين المبينة بياناتهم في الجدول أدناه:</p>
<table style="border-collapse:collapse" dir="rtl">
<tr><th style="border:1px solid #999;padding:4px">الاسم</th><th style="border:1px solid #999;padding:4px">الصفة</th><th style="border:1px solid #999;padding:4px">الجهة</th><th style="border:1px solid #999;padding:4px">المشاركة المقترحة</th></tr>
%s</table>
<p>علما بأن مدينة زوارة تعد من أهم نقاط العبور والانطلاق على الساحل الغربي، وللمجلس تجربة في التنسيق مع المنظمات الدولية بخصوص المهاجرين المحتجزين والعائدين.</p>
<p>وتقبلوا فائق الاحترام والتقدير،</p>
<p>مكتب العلاقات العامة والتعاون الدولي<br>بلدية زوارة - ليبيا</p>
</div>""" % tr
    body = leaf("text/html", html_wrap(inner, "rtl"), "utf-8", "base64")
    rows = std_rows(when, "sonic310-21.consmr.mail.ir2.yahoo.example.com", "77.238.176.84", "4DWHk12TnNz4Rr",
                    addr("Zuwara Municipality", "zuwara.municipality@yahoo.example.com"),
                    hdr("ترشيح متحدثين - المجلس البلدي زوارة"), rfcdate(tz(sent, 2)),
                    "<1784559920.1204883.1612344104117@mail.yahoo.example.com>",
                    ret="zuwara.municipality@yahoo.example.com",
                    extra=[("X-Mailer", "WebService/1.1.17648 YMailNorrin")])
    add("zuwara", when, top(body, rows), dict(category="speaker_request", language="ar", acknowledge=True,
        on_time=True, speakers=[sp("حافظ بن ساسي", "عميد البلدية", "المجلس البلدي زوارة", ["plenary"]),
                                sp("سالمة الشريف", "عضو المجلس البلدي، مقررة لجنة الهجرة والنازحين",
                                   "المجلس البلدي زوارة", ["roundtable"], 2)],
        notes="HTML-only (base64) message with the two speakers in a table (name / title / body / proposed "
              "participation); Libyan 'عميد البلدية' = mayor; the second speaker's title contains 'مقررة' (rapporteur "
              "of a council committee), which is not the conference rapporteur role; roundtable written as an "
              "ordinal word ('المائدة المستديرة الثانية')."))


def m_diaspora_dz():
    when = at("2021-02-03 17:48:44")
    sent = when - dt.timedelta(seconds=40)
    text = """Bonjour,

Je me permets de vous écrire au nom de notre association, suite à l'invitation reçue par le biais du Forum des diasporas.

L'AAPDL travaille depuis 2012 avec les APC de la wilaya de Tlemcen et de Béjaïa sur le retour et l'investissement des jeunes de la diaspora, en lien avec les municipalités d'origine. Nous serions très honorés de pouvoir partager cette expérience lors de l'Examen régional.

Nous souhaitons proposer comme intervenant :

- Nom : Samir Hadjadj
- Fonction : Chargé du programme "Retour et investissement local"
- Structure : Association des Algériens de Provence pour le Développement Local (AAPDL), Marseille
  - Table ronde souhaitée : n°4 (sinon la 2)

Samir est lui-même revenu s'installer à Tlemcen pendant 3 ans avant de rejoindre l'association, c'est pour ça qu'on pense qu'il a un témoignage intéressant.

Merci de nous confirmer la réception, et bon courage pour l'organisation.

Bien cordialement,

Nassima Kherbouche
Présidente - AAPDL
06 12 00 00 47
"""
    body = leaf("text/plain", flowed(text), "utf-8", "8bit", params=[("format", "flowed")])
    body.replace_header("Content-Type", 'text/plain; charset=UTF-8; format=flowed')
    body.set_payload(flowed(text).encode("utf-8").decode("ascii", "surrogateescape"))
    rows = std_rows(when, "smtp-out.aapdl-asso.example.fr", "93.184.216.34", "4DWV9c3QRfz2Ss",
                    "Nassima Kherbouche <presidence@aapdl-asso.example.fr>",
                    hdr("Proposition d'intervenant - AAPDL (diaspora algérienne)", enc="Q"), rfcdate(tz(sent, 1)),
                    "<7f3c2a91-5d4e-4b8a-9c1f-2e6d8a0b4c77@aapdl-asso.example.fr>",
                    ret="presidence@aapdl-asso.example.fr",
                    extra=[("User-Agent", "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:78.0) Gecko/20100101 "
                                          "Thunderbird/78.7.0"), ("Content-Language", "fr")])
    add("diaspora_dz", when, top(body, rows), dict(category="speaker_request", language="fr", acknowledge=True,
        on_time=True, speakers=[sp("Samir Hadjadj", 'Chargé du programme "Retour et investissement local"',
                                   "Association des Algériens de Provence pour le Développement Local (AAPDL)",
                                   ["roundtable"], 4)],
        notes="Thunderbird 8bit format=flowed; labelled list for someone else than the sender; two roundtable "
              "choices ('n°4 (sinon la 2)'): the first choice counts; affiliation followed by the city ('..., "
              "Marseille') which is not part of the name; 'APC' (Algerian municipalities) and the sender's own title "
              "are distractors."))


def m_nouadhibou_fwd():
    when = at("2021-02-04 09:30:16")
    sent = when - dt.timedelta(seconds=14)
    fwd_text = """Chers partenaires,

Dans le cadre de l'Examen régional du Pacte mondial pour des migrations sûres, ordonnées et régulières, le Conseil Régional de Dakhlet Nouadhibou a le plaisir de proposer la candidature de M. Ahmed Salem Ould Bouh, Conseiller régional chargé de la migration et de la coopération, pour une intervention en séance plénière de la Conférence (24-25 février 2021).

Nouadhibou accueille chaque année des milliers de migrants en transit vers les Canaries et la Région a mis en place avec ses partenaires un dispositif d'accueil et d'orientation.

Nous vous serions reconnaissants de bien vouloir transmettre cette proposition aux organisateurs, l'adresse indiquée dans l'invitation ne fonctionnant pas depuis notre messagerie.

Cordialement,
Mariem Mint Sidi
Secrétariat du Président
Conseil Régional de Dakhlet Nouadhibou"""
    top_text = """Dear colleagues,

Please find below the nomination from the Regional Council of Dakhlet Nouadhibou, which they asked us to pass on to you as they could not reach your address. Could you please register their speaker and confirm to them directly (in French)?

Many thanks and best regards,
Julien Marchetti
Programme Officer - Local Governance
Sahel-Atlantic Cities Alliance
Nouakchott, Mauritania

"""
    quoted_hdr = """________________________________
From: Secrétariat Conseil Régional <secretariat@crdn-region.example.mr>
Sent: Wednesday, February 3, 2021 5:12 PM
To: Julien Marchetti <j.marchetti@sahel-cities.example.org>
Subject: Proposition d'intervenant - Conseil Régional de Dakhlet Nouadhibou

"""
    text = top_text + quoted_hdr + fwd_text + "\n"
    top_html = outlook_html(top_text.rstrip("\n"))
    fwd_html = ('<div id="appendonsend"></div><hr style="display:inline-block;width:98%%" tabindex="-1">'
                '<div id="divRplyFwdMsg" dir="ltr"><font face="Calibri, sans-serif" style="font-size:11pt" '
                'color="#000000"><b>From:</b> Secrétariat Conseil Régional &lt;secretariat@crdn-region.example.mr&gt;'
                '<br><b>Sent:</b> Wednesday, February 3, 2021 5:12 PM<br><b>To:</b> Julien Marchetti '
                '&lt;j.marchetti@sahel-cities.example.org&gt;<br><b>Subject:</b> Proposition d\'intervenant - Conseil '
                'Régional de Dakhlet Nouadhibou</font><div>&nbsp;</div></div><div>%s</div>' % text2html(fwd_text))
    html = top_html.replace("</div></body></html>", fwd_html + "\n</div></body></html>")
    body = alt(text, html, "_000_AM6PR07MB4470B8F2C3D41A0E9B6C5F21AM6PR07MB4470eurp_")
    rows = std_rows(when, "mail-am6eur05on2120.outbound.protection.outlook.com", "40.107.22.120", "4DWtDm0s3xz5Tt",
                    "Julien Marchetti <j.marchetti@sahel-cities.example.org>",
                    hdr("FW: Proposition d'intervenant - Conseil Régional de Dakhlet Nouadhibou", enc="Q"),
                    rfcdate(tz(sent, 0)),
                    "<AM6PR07MB4470B8F2C3D41A0E9B6C5F21@AM6PR07MB4470.eurprd07.prod.outlook.com>",
                    ret="j.marchetti@sahel-cities.example.org",
                    extra=[("Reply-To", "Julien Marchetti <j.marchetti@sahel-citties.example.org>"),
                           ("Thread-Topic", hdr("Proposition d'intervenant - Conseil Régional de Dakhlet Nouadhibou",
                                                enc="Q")),
                           ("Thread-Index", "AQHW+lL0aQ3k8bYjP0eQ6t1C2mX9ZKo7yA0p"), ("Content-Language", "en-GB"),
                           ("X-MS-Has-Attach", "")])
    add("nouadhibou_fwd", when, top(body, rows), dict(category="speaker_request", language="en", acknowledge=True,
        on_time=True, speakers=[sp("Ahmed Salem Ould Bouh", "Conseiller régional chargé de la migration et de la "
                                   "coopération", "Conseil Régional de Dakhlet Nouadhibou", ["plenary"])],
        notes="Outlook forward (FW:) with a short English note on top; the speaker, his title, the council and the "
              "role ('intervention en séance plénière') are only in the forwarded French message; the note asks for a "
              "confirmation in French but the sender wrote English; the sender's Reply-To has a typo domain (see the "
              "bounce of the acknowledgement)."))


def m_bounce():
    when = at("2021-02-04 09:31:09")
    rcpt = "j.marchetti@sahel-citties.example.org"
    human = POSTFIX_NOTICE + """
<%s>: Host or domain name not found. Name service error for
    name=sahel-citties.example.org type=MX: Host not found, try again
""" % rcpt
    status = """Reporting-MTA: dns; mx1.iom.int
X-Postfix-Queue-ID: 4DWtF02bKcz8Ww
X-Postfix-Sender: rfc822; gcmrrarabstates@iom.int
Arrival-Date: Thu,  4 Feb 2021 09:30:58 +0200 (EET)

Final-Recipient: rfc822; %s
Original-Recipient: rfc822;%s
Action: failed
Status: 5.4.4
Diagnostic-Code: X-Postfix; Host or domain name not found. Name service error
    for name=sahel-citties.example.org type=MX: Host not found, try again
""" % (rcpt, rcpt)
    orig = """Return-Path: <gcmrrarabstates@iom.int>
Received: from intake.iom.int (intake.iom.int [10.20.4.17])
	by mx1.iom.int (Postfix) with ESMTPS id 4DWtF02bKcz8Ww
	for <%s>; Thu,  4 Feb 2021 09:30:58 +0200 (EET)
From: GCM Regional Review <gcmrrarabstates@iom.int>
To: %s
Subject: Acknowledgement of receipt - GCM Regional Review (Arab region)
Date: Thu, 04 Feb 2021 07:30:57 +0000
Message-ID: %s
In-Reply-To: <AM6PR07MB4470B8F2C3D41A0E9B6C5F21@AM6PR07MB4470.eurprd07.prod.outlook.com>
Auto-Submitted: auto-replied
""" % (rcpt, rcpt, ack_mid("20210204073057.nouadhibou"))
    p1 = leaf("text/plain", human, "us-ascii", "7bit", extra=[("Content-Description", "Notification")])
    p2 = Message(policy=POL)
    p2["Content-Description"] = "Delivery report"
    p2["Content-Type"] = "message/delivery-status"
    from email.parser import Parser
    for block in status.strip("\n").split("\n\n"):
        p2.attach(Parser(policy=POL).parsestr(block + "\n", headersonly=True))
    p3 = leaf("text/rfc822-headers", orig, "us-ascii", "7bit",
              extra=[("Content-Description", "Undelivered Message Headers")])
    p3.replace_header("Content-Type", "text/rfc822-headers")
    body = multi("report", [p1, p2, p3], "4DWtF4736Jz8Xx.1612423869/mx1.iom.int",
                 params=[("report-type", "delivery-status")])
    body.preamble = "This is a MIME-encapsulated message."
    rows = [("Return-Path", "<>"), ("Delivered-To", BOX),
            ("Received", "by mx1.iom.int (Postfix)\r\n\tid 4DWtF4736Jz8Xx; %s" % rfcdate(when, "EET")),
            ("Date", rfcdate(when, "EET")), ("From", "MAILER-DAEMON@mx1.iom.int (Mail Delivery System)"),
            ("Subject", "Undelivered Mail Returned to Sender"), ("To", BOX), ("Auto-Submitted", "auto-replied"),
            ("Message-ID", "<20210204073109.4DWtF4736Jz8Xx@mx1.iom.int>")]
    add("bounce", when, top(body, rows), dict(category="bounce", language="en", acknowledge=False, on_time=None,
        notes="Postfix DSN (5.4.4, domain not found) for the acknowledgement sent to the misspelled Reply-To of the "
              "forwarded Nouadhibou nomination; only the headers of the acknowledgement are returned."))


def m_revimes_both():
    when = at("2021-02-04 15:02:58")
    sent = when - dt.timedelta(seconds=29)
    name = "REVIMES_Rapport_examen_volontaire_PMM_2021.pdf"
    text = """Mesdames, Messieurs,

Au nom du Réseau des Villes Méditerranéennes du Sud pour la Migration (REVIMES), qui regroupe 14 communes de Tunisie, d'Algérie, du Maroc et de Mauritanie, j'ai le plaisir de vous transmettre en pièce jointe notre rapport d'examen volontaire de la mise en œuvre du Pacte mondial, élaboré de manière collective avec les communes membres entre novembre 2020 et janvier 2021.

Par ailleurs, notre réseau serait heureux d'assurer le rôle de rapporteur chargé de présenter les messages clés des parties prenantes. Nous proposons pour cela notre Secrétaire générale, Dr Olfa Jaziri, qui a coordonné la rédaction du rapport.

Restant à votre disposition,
Bien cordialement,

Olfa Jaziri
Secrétaire générale
REVIMES - Réseau des Villes Méditerranéennes du Sud pour la Migration
Immeuble Zitouna, Les Berges du Lac, Tunis
"""
    html = gmail_html(text)
    a = alt(text, html, "0000000000007b1f9e05ba8c2e40")
    pdf = make_pdf(["REVIMES - Reseau des Villes Mediterraneennes du Sud pour la Migration",
                    "Rapport d'examen volontaire - Pacte mondial pour les migrations",
                    "Examen regional - Region arabe 2021", "Contribution collective de 14 communes"])
    att = attach("application/pdf", pdf, name, extra=[("X-Attachment-Id", "f_kkqz8w1r0")])
    body = multi("mixed", [a, att], "0000000000007b1f9f05ba8c2e42")
    rows = std_rows(when, "mail-ej1-f44.google.example.com", "209.85.218.44", "4DX6bS1pYfz3Yy",
                    "Olfa Jaziri <sg@revimes.example.org>",
                    hdr("Rapport volontaire REVIMES + proposition de rapporteur", enc="Q"), rfcdate(tz(sent, 1)),
                    "<CAHk2vR8p1Lq5Xz0bN3mE7wT9cY4aF6sJ2dG8hK0uP5oM1iQ@mail.gmail.example.com>",
                    ret="sg@revimes.example.org")
    add("revimes_both", when, top(body, rows), dict(category="both", language="fr", acknowledge=True, on_time=True,
        speakers=[sp("Olfa Jaziri", "Secrétaire générale",
                     "Réseau des Villes Méditerranéennes du Sud pour la Migration (REVIMES)", ["rapporteur"])],
        report_attachments=[name],
        notes="collective report (PDF) and a rapporteur request in one message, before both deadlines; the sender "
              "proposes herself in the third person ('notre Secrétaire générale, Dr Olfa Jaziri'); the fullest "
              "affiliation is the body text form with the acronym in brackets."))


def m_benghazi_both():
    when = at("2021-02-04 21:40:12")
    sent = when - dt.timedelta(seconds=36)
    rname = "Benghazi_Municipality_GCM_Report_2021.pdf"
    text = """مرحبا بيكم

نبعتولكم توا تقرير بلدية بنغازي الطوعي حول تنفيذ الاتفاق العالمي للهجرة، مرفق في الإيميل (ملف PDF).
التقرير فيه شغل البلدية مع المهاجرين في مراكز الإيواء وبرنامج العودة الطوعية ومشاكل التوثيق.

وكمان نبو نشاركو في المائدة المستديرة الأولى، المتحدث حيكون م. عادل الفاخري، مدير مكتب شؤون المهاجرين ببلدية بنغازي. حطيت صورته مرفقة لو تحتاجوها للبرنامج.

لو فيه أي نقص في البيانات قولولنا باهي؟

مع التحية
ربيعة العبيدي
مكتب الإعلام والتواصل - بلدية بنغازي

Sent from my iPhone"""
    body_text = leaf("text/plain", text, "utf-8", "quoted-printable")
    pdf = make_pdf(["Benghazi Municipality", "Voluntary GCM Review Report 2021",
                    "Shelters, voluntary return programme, documentation"])
    png = make_png(12, 16, (150, 120, 90))
    att1 = attach("application/pdf", pdf, rname)
    att2 = attach("image/png", png, "صورة عادل الفاخري.png", encoded_name="rfc2047")
    body = multi("mixed", [body_text, att1, att2], "Apple-Mail-5E0A1C93-7B44-4F2D-A8E1-33C9D0B6F7A2")
    rows = std_rows(when, "mail-pj1-f41.google.example.com", "209.85.216.41", "4DXKc70LsTz1Zz",
                    addr("Rabia Elobeidi", "rabia.obeidi.bgz@gmail.example.com"),
                    hdr("تقرير بلدية بنغازي + مشاركة"), rfcdate(tz(sent, 2)),
                    "<8C1D7E24-55A9-4B0F-9E63-F2A41C7D0B58@gmail.example.com>",
                    ret="rabia.obeidi.bgz@gmail.example.com",
                    extra=[("X-Mailer", "iPhone Mail (18C66)")])
    add("benghazi_both", when, top(body, rows), dict(category="both", language="ar", acknowledge=True, on_time=True,
        speakers=[sp("عادل الفاخري", "مدير مكتب شؤون المهاجرين", "بلدية بنغازي", ["roundtable"], 1)],
        report_attachments=[rname],
        notes="Libyan colloquial Arabic ('نبعتولكم توا', 'نبو نشاركو', 'باهي'); report PDF plus a photo of the speaker "
              "(RFC 2047 Arabic file name) that is not part of the report; 'م.' (engineer) is an honorific; "
              "affiliation written as 'ببلدية بنغازي'; roundtable as an ordinal word ('المائدة المستديرة الأولى')."))


def m_tiznit_followup():
    when = at("2021-02-05 12:20:31")
    sent = when - dt.timedelta(seconds=27)
    text = """Madame, Monsieur,

Suite à notre message du 1er février 2021 concernant la participation de la Commune de Tiznit, nous vous informons que Monsieur le Vice-Président M. Brahim Aït Oufkir sera empêché à la date du 23 février pour des raisons de service (session extraordinaire du Conseil).

Le Conseil Communal propose à sa place Madame la Conseillère communale Fatima Zahra Oubaha, Présidente de la Commission du Développement Humain et des Affaires Sociales, pour la même séance de discussion ouverte.

Nous vous prions de bien vouloir prendre en compte cette modification et vous en remercions.

Salutations distinguées.

Lahcen Boutaleb
Directeur Général des Services
Commune de Tiznit

De : Bureau d'Ordre - Commune de Tiznit <bo@commune-tiznit.example.ma>
Envoyé : lundi 1 février 2021 15:39
À : gcmrrarabstates@iom.int
Objet : Participation à l'Examen régional du PMM - Commune de Tiznit

Royaume du Maroc
Ministère de l'Intérieur
Commune de Tiznit
Le Président du Conseil Communal

Objet : Participation à l'Examen régional du Pacte mondial sur les migrations - Région arabe

Madame, Monsieur,

Suite à votre honorable invitation, [...] j'ai l'honneur de vous proposer Monsieur le Vice-Président chargé des Affaires Sociales et de la Coopération Décentralisée, M. Brahim Aït Oufkir, pour prendre part à la discussion ouverte de la consultation multipartite prévue le 23 février 2021.
[...]
"""
    html = outlook_html(text, "windows-1252", "FR")
    body = alt(text, html, "_000_PR1P264MB0873C90E1D2A4B5F6E7A8B90PR1P264MB0873FRAP_", charset="windows-1252")
    orig = "<PR1P264MB0873A6C2B11E0F4D2C7E3A91@PR1P264MB0873.FRAP264.PROD.OUTLOOK.COM>"
    rows = std_rows(when, "mail-pr1fra01on2095.outbound.protection.outlook.com", "40.107.12.95", "4DXcQ1t2vBz6Aa",
                    addr("Bureau d'Ordre - Commune de Tiznit", "bo@commune-tiznit.example.ma"),
                    hdr("RE: Participation à l'Examen régional du PMM - Commune de Tiznit", "windows-1252", "Q"),
                    rfcdate(tz(sent, 1)),
                    "<PR1P264MB0873C90E1D2A4B5F6E7A8B90@PR1P264MB0873.FRAP264.PROD.OUTLOOK.COM>",
                    ret="bo@commune-tiznit.example.ma",
                    extra=[("In-Reply-To", orig), ("References", orig),
                           ("Thread-Topic", hdr("Participation à l'Examen régional du PMM - Commune de Tiznit",
                                                "windows-1252", "Q")),
                           ("Thread-Index", "AQHW+KpZs3c8xq7L0k2tIY0sF4nV3wBvC2Q1"), ("Content-Language", "fr-FR")])
    add("tiznit_followup", when, top(body, rows), dict(category="speaker_request", language="fr", acknowledge=True,
        on_time=True, speakers=[sp("Fatima Zahra Oubaha", "Présidente de la Commission du Développement Humain et "
                                   "des Affaires Sociales", "Commune de Tiznit", ["open_discussion"])],
        thread_of="tiznit",
        notes="replaces the speaker of the earlier Tiznit request (Outlook 'RE:' with In-Reply-To); the new speaker "
              "is preceded by 'Madame la Conseillère communale' (honorific + function) before her name and her title "
              "after it ('Conseillère communale' kept out of the title as it sits with the honorific); affiliation as the "
              "new text writes it ('Commune de Tiznit'); the old speaker still appears in the new text ('sera empêché') and in the quoted letter; "
              "role only by reference ('la même séance de discussion ouverte')."))


def m_london_edge():
    when = at("2021-02-05 23:57:40")
    sent = when - dt.timedelta(seconds=19)
    text = """Hi,

Sorry for the last minute email, we only got the invitation forwarded today from a partner in Tripoli!

LDMD would like to propose 2 speakers if still possible:

1) Dr Huda Elmagrahi - Chair of the Board - for the roundtable on return, reintegration and diaspora investment
2) Omar Zway, our Returnee Entrepreneurs Liaison (he moved back to Misrata in 2019), for the open discussion on the 23rd

Both can speak Arabic + English. Happy to send bios tomorrow.

Thanks so much
Huda

--
Dr Huda Elmagrahi
Chair, Libyan Diaspora for Municipal Development (LDMD)
London | Tripoli

Sent from my iPhone"""
    html = ('<html><head><meta http-equiv="content-type" content="text/html; charset=utf-8"></head>'
            '<body dir="auto">%s</body></html>\n' % "".join(
                "<div dir=\"ltr\">%s</div>" % (esc(l) if l.strip() else "<br>") for l in text.split("\n")))
    body = alt(text, html, "Apple-Mail-0B7E3F51-A2C4-4D86-9E1F-6C58A7B3D2E0")
    rows = std_rows(when, "mail-wr1-f66.google.example.com", "209.85.221.66", "4DXxR84Hqmz2Bb",
                    "Huda Elmagrahi <huda@ldmd.example.org.uk>", "Speakers - LDMD", rfcdate(tz(sent, 0)),
                    "<A5F2C6B1-9D3E-47A8-B0C4-1E7F28D95A63@ldmd.example.org.uk>",
                    ret="huda@ldmd.example.org.uk", extra=[("X-Mailer", "iPhone Mail (18D52)")])
    add("london_edge", when, top(body, rows), dict(category="speaker_request", language="en", acknowledge=True,
        on_time=True,
        speakers=[sp("Huda Elmagrahi", "Chair of the Board", "Libyan Diaspora for Municipal Development (LDMD)",
                     ["roundtable"]),
                  sp("Omar Zway", "Returnee Entrepreneurs Liaison", "Libyan Diaspora for Municipal Development (LDMD)",
                     ["open_discussion"])],
        notes="deadline edge: received 23:57:40 Beirut on Fri 5 Feb (Date header 21:57:21 +0000, London), on time "
              "although the sender apologises for being last-minute; two speakers in a numbered list, the first is the "
              "sender herself ('Dr', title 'Chair of the Board' in the list, 'Chair' in the signature); roundtable "
              "given by theme only, no number; the full affiliation only in the signature; iPhone."))


def m_oran_late():
    when = at("2021-02-06 00:03:12")
    sent = when - dt.timedelta(seconds=44)
    text = """بسم الله الرحمن الرحيم

إلى السادة المحترمين، الشبكة الإقليمية للأمم المتحدة المعنية بالهجرة

الموضوع: ترشيح متدخل في الاستعراض الإقليمي للاتفاق العالمي بشأن الهجرة

تحية طيبة وبعد،

يتشرف المجلس الشعبي البلدي لبلدية وهران، في إطار الدعوة الكريمة التي تلقيناها، بأن يقترح عليكم السيد عبد القادر بلحاج، نائب الرئيس المكلف بالتضامن والشؤون الاجتماعية، للمشاركة بمداخلة في المائدة المستديرة الرابعة.

ونحيطكم علما أننا أرسلنا هذا الترشيح قبل الآجال المحددة في رسالتكم (الجمعة 23 فبراير 2021)، ونتمنى أن يحظى بالقبول.

تقبلوا منا فائق عبارات التقدير والاحترام.

عن رئيس المجلس الشعبي البلدي
مصلحة العلاقات الخارجية
بلدية وهران - الجزائر
"""
    body = leaf("text/plain", text, "windows-1256", "base64")
    rows = std_rows(when, "smtp.apc-oran.example.dz", "105.96.14.22", "4DXxXc5Rr9z3Cc",
                    addr("مصلحة العلاقات الخارجية - بلدية وهران", "relations.ext@apc-oran.example.dz", "windows-1256"),
                    hdr("ترشيح متدخل - بلدية وهران", "windows-1256"), rfcdate(tz(sent, 1)),
                    "<000001d6fc1a$4e8b2c10$dba18430$@apc-oran.example.dz>",
                    ret="relations.ext@apc-oran.example.dz",
                    extra=[("X-Mailer", "Microsoft Outlook 16.0"), ("Thread-Index", "AdcAGkU2m8yRNY0rQnKc1J4zF5p3Yw=="),
                           ("Content-Language", "ar-dz")])
    add("oran_late", when, top(body, rows), dict(category="speaker_request", language="ar", acknowledge=True,
        on_time=False,
        speakers=[sp("عبد القادر بلحاج", "نائب الرئيس المكلف بالتضامن والشؤون الاجتماعية",
                     "المجلس الشعبي البلدي لبلدية وهران", ["roundtable"], 4)],
        notes="late by 3 minutes: received 00:03:12 Beirut on Sat 6 Feb while the Date header says 'Fri, 5 Feb 2021 "
              "23:02:28 +0100' (Algeria); the sender relies on the misprinted Arabic deadline ('الجمعة 23 فبراير'); "
              "plain text in windows-1256, base64; 'السيد' is an honorific; title relative to the council ('نائب "
              "الرئيس المكلف ...'); Algerian 'الآجال'; roundtable as an ordinal word."))


def m_mmnm_report():
    when = at("2021-02-09 14:33:20")
    sent = when - dt.timedelta(seconds=31)
    r1, r2 = "MMNM_Collective_GCM_Review_2021.pdf", "Annex1_participating_municipalities.pdf"
    text = """Dear GCM Regional Review team,

On behalf of the Maghreb Mayors Network on Migration (MMNM), please find attached our collective voluntary GCM review report, prepared with seven member municipalities: Tangier, Oujda, Oran, Tlemcen, Sousse, Zarzis and Rosso. Annex 1 lists the municipalities and the focal points who contributed.

The report focuses on objectives 15, 16 and 21 (access to basic services, inclusion and social cohesion, return and reintegration) from the perspective of local authorities, who are usually the first to respond but the last to be consulted.

We would be grateful for a confirmation of receipt.

Best regards,

Youssef El Mansouri
Policy Coordinator
Maghreb Mayors Network on Migration (MMNM)
Tangier, Morocco
www.mmnm.example.org
"""
    a = alt(text, gmail_html(text), "000000000000f4e2a705bae7d1c3")
    att1 = attach("application/pdf", make_pdf(["Maghreb Mayors Network on Migration (MMNM)",
                                                "Collective Voluntary GCM Review Report 2021",
                                                "Objectives 15, 16 and 21: a local authorities' perspective"]), r1,
                  extra=[("X-Attachment-Id", "f_kkx1a2b30")])
    att2 = attach("application/pdf", make_pdf(["Annex 1 - Participating municipalities and focal points",
                                                "Tangier, Oujda, Oran, Tlemcen, Sousse, Zarzis, Rosso"]), r2,
                  extra=[("X-Attachment-Id", "f_kkx1a2b41")])
    body = multi("mixed", [a, att1, att2], "000000000000f4e2a805bae7d1c5")
    rows = std_rows(when, "mail-lf1-f52.google.example.com", "209.85.167.52", "4DZnWq6Hbvz4Dd",
                    "Youssef El Mansouri <y.elmansouri@mmnm.example.org>",
                    "MMNM - Collective Voluntary GCM Review Report", rfcdate(tz(sent, 1)),
                    "<CAPn4xW2bY7kR0qL3sF9mT6vE1zH8cJ5aD2gN4pU7oK0iB3e@mail.gmail.example.com>",
                    ret="y.elmansouri@mmnm.example.org")
    add("mmnm_report", when, top(body, rows), dict(category="voluntary_report", language="en", acknowledge=True,
        on_time=True, report_attachments=[r1, r2],
        notes="collective report by a mayors' network in two PDFs (report + annex listing the participating "
              "municipalities), both part of the submission; the sender's title and network in the signature are "
              "not a speaker proposal."))


def m_nouakchott_q():
    when = at("2021-02-10 10:05:48")
    sent = when - dt.timedelta(seconds=22)
    text = """السلام عليكم

نحن بلدية تفرغ زينة (نواكشوط - موريتانيا). أرسلنا لكم طلب مشاركة عن طريق شبكة بلديات الساحل ولم نتلق أي رد لحد الآن.
نرجو إفادتنا بما يلي:
- هل سيتم إرسال رابط الاجتماع (زووم) لكل مشارك على حدة أم للجهة فقط؟
- هل تتوفر الترجمة الفورية إلى العربية يوم 23 فبراير؟
- وهل يمكن لمن لم يقدم تقريرا أن يحضر كملاحظ؟

مع الشكر والتقدير
سيدي محمد ولد أحمد سالم
مكلف بالتعاون اللامركزي
بلدية تفرغ زينة
"""
    html = outlook_html(text, lang="AR-SA", rtl=True)
    body = alt(text, html, "_000_VI1PR0601MB2206D3E4A5B6C7D8E9F0A1B2VI1PR0601MB2206eurp_")
    rows = std_rows(when, "mail-vi1eur04on2061.outbound.protection.outlook.com", "40.107.8.61", "4DbGm32Nc7z5Ee",
                    addr("سيدي محمد ولد أحمد سالم", "cooperation@tevraghzeina.example.mr"),
                    hdr("استفسار حول رابط الاجتماع والترجمة"), rfcdate(tz(sent, 0)),
                    "<VI1PR0601MB2206D3E4A5B6C7D8E9F0A1B2@VI1PR0601MB2206.eurprd06.prod.outlook.com>",
                    ret="cooperation@tevraghzeina.example.mr",
                    extra=[("Content-Language", "ar-SA"), ("X-MS-Has-Attach", "")])
    add("nouakchott_q", when, top(body, rows), dict(category="other", language="ar", acknowledge=True, on_time=None,
        notes="logistics questions (Zoom link, interpretation, attending as observer); mentions an earlier speaker "
              "request sent through another network that is not in this mailbox, but proposes nobody here; the "
              "sender's title/municipality in the signature are not a speaker proposal."))


MEDENINE_MID = "<AM0PR10MB3217B4C5D6E7F8091A2B3C4DAM0PR10MB3217EURP@AM0PR10MB3217.EURPRD10.PROD.OUTLOOK.COM>"


def m_medenine_report():
    when = at("2021-02-11 12:47:03")
    sent = when - dt.timedelta(seconds=26)
    name = "تقرير بلدية مدنين - الاستعراض الطوعي للاتفاق العالمي 2021.pdf"
    text = """السادة المحترمين،

تحية طيبة وبعد،

تبعا لرسالة الدعوة المتعلقة بالاستعراض الإقليمي للاتفاق العالمي من أجل الهجرة الآمنة والمنظمة والنظامية، يسعدنا أن نوافيكم طيه بالتقرير الطوعي لبلدية مدنين، والذي أعدته لجنة الشؤون الاجتماعية والهجرة بالتشاور مع مكونات المجتمع المدني المحلي ومركز الإيواء بالجهة.

نرجو التفضل بتأكيد الاستلام.

مع فائق التقدير والاحترام،

منية الغرياني
رئيسة مصلحة التعاون الدولي
بلدية مدنين - الجمهورية التونسية
"""
    html = outlook_html(text, lang="AR-SA", rtl=True)
    a = alt(text, html, "_000_AM0PR10MB3217B4C5D6E7F8091A2B3C4DAM0PR10MB3217EURP_")
    pdf = make_pdf(["Municipalite de Medenine - Baladiyat Medenine", "Voluntary GCM review report 2021 (Arabic)",
                    "Commission des affaires sociales et de la migration"])
    att = attach("application/pdf", pdf, name, encoded_name="rfc2231cont")
    body = multi("mixed", [a, att], "_004_AM0PR10MB3217B4C5D6E7F8091A2B3C4DAM0PR10MB3217EURP_")
    rows = std_rows(when, "mail-am0eur02on2082.outbound.protection.outlook.com", "40.107.2.82", "4DcCk55Prwz6Ff",
                    addr("منية الغرياني", "m.gheriani@commune-medenine.example.tn"),
                    hdr("التقرير الطوعي لبلدية مدنين"), rfcdate(tz(sent, 1)), MEDENINE_MID,
                    ret="m.gheriani@commune-medenine.example.tn",
                    extra=[("Content-Language", "ar-TN"), ("X-MS-Has-Attach", "yes")])
    add("medenine_report", when, top(body, rows), dict(category="voluntary_report", language="ar", acknowledge=True,
        on_time=True, report_attachments=[name],
        notes="report PDF whose file name is in Arabic (with spaces and a hyphen), encoded with RFC 2231 "
              "(filename*=utf-8''...); Outlook RTL HTML; the body only announces the report ('نوافيكم طيه')."))


def m_thanks_ack():
    when = at("2021-02-11 15:10:44")
    sent = when - dt.timedelta(seconds=18)
    ack = ack_mid("20210211104705.medenine")
    text = """شكرا جزيلا على تأكيد الاستلام، وبالتوفيق في تنظيم المؤتمر.

منية الغرياني
بلدية مدنين

From: GCM Regional Review <gcmrrarabstates@iom.int>
Sent: Thursday, February 11, 2021 11:47 AM
To: منية الغرياني <m.gheriani@commune-medenine.example.tn>
Subject: إشعار باستلام تقريركم الطوعي / Acknowledgement of receipt

تم استلام رسالتكم وتقريركم الطوعي بشأن الاتفاق العالمي من أجل الهجرة، وشكرا لمساهمتكم.
"""
    html = outlook_html(text, lang="AR-SA", rtl=True)
    body = alt(text, html, "_000_AM0PR10MB32175A6B7C8D9E0F1A2B3C4DAM0PR10MB3217EURP_")
    rows = std_rows(when, "mail-am0eur02on2088.outbound.protection.outlook.com", "40.107.2.88", "4DcGy71Trmz7Gg",
                    addr("منية الغرياني", "m.gheriani@commune-medenine.example.tn"),
                    re_hdr("RE: ", "إشعار باستلام تقريركم الطوعي / Acknowledgement of receipt"), rfcdate(tz(sent, 1)),
                    "<AM0PR10MB32179F8E7D6C5B4A3F2E1D0CAM0PR10MB3217EURP@AM0PR10MB3217.EURPRD10.PROD.OUTLOOK.COM>",
                    ret="m.gheriani@commune-medenine.example.tn",
                    extra=[("In-Reply-To", ack), ("References", MEDENINE_MID + " " + ack),
                           ("Content-Language", "ar-TN")])
    add("thanks_ack", when, top(body, rows), dict(category="other", language="ar", acknowledge=False, on_time=None,
        thread_of="medenine_report",
        notes="thank-you reply to the service's acknowledgement of the Medenine report (In-Reply-To the "
              "acknowledgement, References also the report): adds nothing new, so no acknowledgement; the quoted "
              "acknowledgement mentions the voluntary report."))


def m_tripoli_report():
    when = at("2021-02-12 09:18:27")
    sent = when - dt.timedelta(seconds=15)
    name = "Rapport_PARR-Libye_examen_volontaire_PMM_VF.pdf"
    text = """Bonjour,

J'espère que vous allez bien.

Ci-joint le rapport d'examen volontaire du Programme d'appui au retour et à la réintégration (PARR-Libye), mis en œuvre avec les municipalités de Tripoli centre, Souk El Joumaa et Zliten. Le rapport a été validé hier par le comité de pilotage, d'où le petit retard dans l'envoi, désolée.

Je suis consultante basée à Beyrouth et je suis en charge de la rédaction pour le programme; pour toute question sur le contenu, vous pouvez me contacter sur ce mail ou sur WhatsApp au +961 3 000 418.

Merci de nous confirmer la bonne réception svp.

Bien à vous,
Rita Khoury
Consultante - Suivi & Évaluation
PARR-Libye

"""
    html = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>'
            '<body style="word-wrap: break-word; -webkit-nbsp-mode: space; line-break: after-white-space;">'
            '%s<div><img apple-inline="yes" id="logo" src="cid:parr-logo@khoury" width="80" height="40"></div>'
            '</body></html>\n' % "".join("<div>%s</div>" % (esc(l) if l.strip() else "<br>")
                                         for l in text.split("\n")))
    a = alt(text, html, "Apple-Mail=_3C9E1A7F-2B5D-4E80-91C6-7D4F0A8B2E13")
    logo = leaf("image/png", make_png(16, 8, (200, 30, 40)), cte="base64", params=[("name", '"logo-parr.png"')],
                disp='inline; filename="logo-parr.png"', extra=[("Content-Id", "<parr-logo@khoury>")])
    rel = multi("related", [a, logo], "Apple-Mail=_5D0B2C8E-4F61-4A97-B3E2-8C1F6D9A0B24",
                params=[("type", '"multipart/alternative"')])
    att = attach("application/pdf", make_pdf(["PARR-Libye - Programme d'appui au retour et a la reintegration",
                                               "Rapport d'examen volontaire - PMM", "Version finale (VF)"]), name)
    body = multi("mixed", [rel, att], "Apple-Mail=_7E2D4F1A-6B83-4C09-A5D7-9E3B1F2C4D56")
    rows = std_rows(when, "smtp.idm.example.net.lb", "185.89.86.31", "4Dcd0R3Kxpz8Hh",
                    "Rita Khoury <rita.khoury@consult-me.example.com>",
                    hdr("Rapport d'examen volontaire - PARR Libye", enc="Q"), rfcdate(tz(sent, 2)),
                    "<E4B1C7A2-93F0-4D5E-8A6B-1C2D3E4F5A6B@consult-me.example.com>",
                    ret="rita.khoury@consult-me.example.com",
                    extra=[("X-Mailer", "Apple Mail (2.3654.60.0.2.21)")])
    add("tripoli_report", when, top(body, rows), dict(category="voluntary_report", language="fr", acknowledge=True,
        on_time=True, report_attachments=[name],
        notes="Levantine French ('J'espère que vous allez bien', 'Ci-joint', 'svp', 'Bien à vous') from a "
              "Beirut-based consultant for a Libyan return programme; apologises for a 'retard' although well before "
              "the deadline; Apple Mail related/alternative with an inline logo PNG that is not part of the report."))


def m_oujda_both_late():
    when = at("2021-02-12 17:55:10")
    sent = when - dt.timedelta(seconds=48)
    name = "Rapport Commune Oujda - PMM 2021.docx"
    text = """Bonsoir,

Veuillez trouver ci-joint le rapport de la Commune d'Oujda relatif à l'examen volontaire du Pacte Mondial pour des Migrations Sûres, Ordonnées et Régulières.

Par la même occasion, M. le Président du Conseil Communal, M. Mohamed Azzaoui, souhaiterait prendre la parole lors de la séance plénière du 24 février, vu la position de la ville d'Oujda sur la route migratoire de l'Oriental. Nous savons que la date du 5 février est dépassée, mais nous espérons qu'une exception sera possible vu l'importance du sujet pour notre région.

Avec nos vifs remerciements,

Hicham Bensaïd
Chef de Division de la Coopération et du Partenariat
Commune d'Oujda
"""
    html = outlook_html(text, lang="FR")
    a = alt(text, html, "_000_MRXP264MB0612E3F4A5B6C7D8E9F0A1B2MRXP264MB0612FRAP_", cte="base64")
    docx = make_docx(["Royaume du Maroc - Commune d'Oujda",
                      "Rapport d'examen volontaire du Pacte mondial pour les migrations - 2021",
                      "1. Contexte : Oujda, ville frontaliere et de transit",
                      "2. Services municipaux aux migrants", "3. Recommandations"])
    att = attach(DOCX, docx, name)
    body = multi("mixed", [a, att], "_004_MRXP264MB0612E3F4A5B6C7D8E9F0A1B2MRXP264MB0612FRAP_")
    rows = std_rows(when, "mail-mr2fra01on2068.outbound.protection.outlook.com", "40.107.9.68", "4DcvH60Wqtz9Jj",
                    addr("Hicham Bensaïd", "h.bensaid@commune-oujda.example.ma"),
                    hdr("Rapport Commune d'Oujda - Examen régional PMM", enc="Q"), rfcdate(tz(sent, 1)),
                    "<MRXP264MB0612E3F4A5B6C7D8E9F0A1B2@MRXP264MB0612.FRAP264.PROD.OUTLOOK.COM>",
                    ret="h.bensaid@commune-oujda.example.ma",
                    extra=[("Content-Language", "fr-FR"), ("X-MS-Has-Attach", "yes")])
    add("oujda_both_late", when, top(body, rows), dict(category="both", language="fr", acknowledge=True,
        on_time=False,
        speakers=[sp("Mohamed Azzaoui", "Président du Conseil Communal", "Commune d'Oujda", ["plenary"])],
        report_attachments=[name],
        notes="report (DOCX, file name with spaces) on time but the plenary request for the council president comes "
              "a week after the speaker deadline, which the sender acknowledges: 'both' is therefore not on time; "
              "title before the name ('M. le Président du Conseil Communal, M. Mohamed Azzaoui'); base64 Outlook."))


def m_mmnm_followup():
    when = at("2021-02-13 11:02:44")
    sent = when - dt.timedelta(seconds=13)
    orig = "<CAPn4xW2bY7kR0qL3sF9mT6vE1zH8cJ5aD2gN4pU7oK0iB3e@mail.gmail.example.com>"
    text = """Dear colleagues,

Just following up on the email below - could you kindly confirm that our report was well received? We have not had any confirmation yet and some of our member mayors are asking.

Many thanks,
Youssef

On Tue, Feb 9, 2021 at 1:32 PM Youssef El Mansouri <y.elmansouri@mmnm.example.org> wrote:

> Dear GCM Regional Review team,
>
> On behalf of the Maghreb Mayors Network on Migration (MMNM), please find
> attached our collective voluntary GCM review report, prepared with seven
> member municipalities: Tangier, Oujda, Oran, Tlemcen, Sousse, Zarzis and
> Rosso. Annex 1 lists the municipalities and the focal points who
> contributed.
>
> [...]
>
> Best regards,
>
> Youssef El Mansouri
> Policy Coordinator
> Maghreb Mayors Network on Migration (MMNM)
"""
    body = alt(text, gmail_html(text), "00000000000091c3d805bb3a6f21")
    rows = std_rows(when, "mail-lf1-f45.google.example.com", "209.85.167.45", "4DdBv24Ymsz1Kk",
                    "Youssef El Mansouri <y.elmansouri@mmnm.example.org>",
                    "Re: MMNM - Collective Voluntary GCM Review Report", rfcdate(tz(sent, 1)),
                    "<CAPn4xW3cZ8lS1rM4tG0nU7wF2aI9dK6bE3hO5qV8pL1jC4f@mail.gmail.example.com>",
                    ret="y.elmansouri@mmnm.example.org", extra=[("In-Reply-To", orig), ("References", orig)])
    add("mmnm_followup", when, top(body, rows), dict(category="other", language="en", acknowledge=True, on_time=None,
        thread_of="mmnm_report",
        notes="'did you receive it?' follow-up to the MMNM report (Gmail reply with '>' quote, attachments not "
              "re-sent): a question, not a new submission; the quoted text still says 'please find attached our "
              "collective voluntary GCM review report'."))


MONTREAL_MID = "<5b8e1f2a-7c3d-4e9f-a0b1-c2d3e4f5a6b7@atmdr-quebec.example.ca>"


def m_montreal_report():
    when = at("2021-02-16 23:20:31")
    sent = when - dt.timedelta(seconds=22)
    name = "Rapport_ATMDR_Examen_régional_PMM_2021.docx"
    text = """Bonjour à toute l'équipe,

Comme convenu lors de la réunion d'information avec le Forum des Tunisiens à l'étranger, nous vous faisons parvenir ci-joint le rapport volontaire de l'Association des Tunisiens de Montréal pour le Développement Régional (ATMDR).

Le rapport présente nos projets de jumelage entre la diaspora et les municipalités de Kasserine, Gafsa et Médenine (transferts de compétences, investissement des migrants de retour, appui aux conseils municipaux élus en 2018).

Nous vous remercions de l'attention que vous y porterez et restons joignables pour toute précision.

Salutations fraternelles,

Sonia Ben Amor
Coordonnatrice des projets
ATMDR - Montréal (Québec)
514 000-0177
"""
    a = alt(text, text2html(text), "----=_Part_1184_1520470218.1613510409000", cte="quoted-printable")
    docx = make_docx(["Association des Tunisiens de Montreal pour le Developpement Regional (ATMDR)",
                      "Rapport volontaire - Examen regional du PMM, region arabe 2021",
                      "Jumelages diaspora - municipalites : Kasserine, Gafsa, Medenine"])
    att = attach(DOCX, docx, name, encoded_name="rfc2047")
    body = multi("mixed", [a, att], "----=_Part_1183_1046512994.1613510409000")
    rows = std_rows(when, "smtp.videotron.example.ca", "24.201.245.36", "4DgJr74Bszz2Ll",
                    "Sonia Ben Amor <coordination@atmdr-quebec.example.ca>",
                    hdr("Rapport volontaire - ATMDR (diaspora tunisienne, Montréal)", enc="Q"),
                    rfcdate(tz(sent, -5)), MONTREAL_MID, ret="coordination@atmdr-quebec.example.ca",
                    extra=[("User-Agent", "Microsoft-MacOutlook/16.45.21011103")])
    add("montreal_report", when, top(body, rows), dict(category="voluntary_report", language="fr", acknowledge=True,
        on_time=True, report_attachments=[name],
        notes="received 23:20:31 Beirut on 16 Feb, on time; Date header 'Tue, 16 Feb 2021 16:20:09 -0500' "
              "(Montreal); DOCX whose file name has an accent, given as an RFC 2047 encoded word inside the quoted "
              "filename parameter; the body names three Tunisian municipalities (one also in another message)."))


def m_gulf_edge():
    when = at("2021-02-16 23:58:10")
    sent = when - dt.timedelta(seconds=9)
    name = "LRCP_Voluntary_Report_AR_final2.docx"
    text = """هلا والله

مساء الخير، حبيت أرسل لكم تقرير برنامج عودة الكفاءات الليبية (LRCP) قبل لا يخلص الوقت، التقرير مرفق بصيغة وورد.
العذر منكم على التأخير، كان عندنا شغل وايد هالأسبوع في مكتب دبي ويا شركاء البرنامج في البلديات الليبية.

إن شاء الله يوصلكم وتأكدون لنا الاستلام.

تحياتي
طارق الورفلي
منسق البرنامج - مكتب دبي
برنامج عودة الكفاءات الليبية
"""
    a = alt(text, gmail_html(text, rtl=True), "000000000000c5a1e205bb7b9d04", cte="base64")
    docx = make_docx(["Libyan Returning Competencies Programme (LRCP)", "Voluntary GCM review report (Arabic)",
                      "Returnee professionals and Libyan municipalities"])
    att = attach(DOCX, docx, name, extra=[("X-Attachment-Id", "f_kl7w0e9m0")])
    body = multi("mixed", [a, att], "000000000000c5a1e305bb7b9d06")
    rows = std_rows(when, "mail-pl1-f180.google.example.com", "209.85.214.180", "4DgKq91Mtvz3Mm",
                    addr("طارق الورفلي", "tareq.warfalli@lrcp.example.org"),
                    hdr("تقرير LRCP"), rfcdate(tz(sent, 4)),
                    "<CAM9kD4xP1rT6vZ0bF3nH8qW2eY5aJ7cL0gS4iU9oR2mK6tB@mail.gmail.example.com>",
                    ret="tareq.warfalli@lrcp.example.org")
    add("gulf_edge", when, top(body, rows), dict(category="voluntary_report", language="ar", acknowledge=True,
        on_time=True, report_attachments=[name],
        notes="deadline edge: received 23:58:10 Beirut on Tue 16 Feb, on time, but the Date header is already 'Wed, 17 "
              "Feb 2021 01:58:01 +0400' (Dubai); Gulf colloquial Arabic ('هلا والله', 'حبيت', 'قبل لا يخلص "
              "الوقت', 'وايد', 'ويا'); apologises for being late; DOCX named '..._final2'."))


def m_mauritania_late():
    when = at("2021-02-17 00:06:41")
    sent = when - dt.timedelta(seconds=21)
    name = "AMM_GCM_Voluntary_Review_Report_16Feb2021.pdf"
    text = """To: the GCM Regional Review Secretariat

Dear Madam/Sir,

Please find attached the voluntary GCM review report of the Association of Mayors of Mauritania (AMM), submitted today 16 February 2021 as per the extended deadline.

The report was prepared with the municipalities of Nouakchott, Nouadhibou, Rosso and Sélibaby and covers the reception of migrants in transit, the return of Mauritanian workers from the Gulf and Europe during the COVID-19 crisis, and the role of mayors in civil registration.

Apologies for the late hour, we had power cuts this evening.

Yours faithfully,
Cheikh Ould Mohamed Lemine
Permanent Secretary
Association of Mayors of Mauritania (AMM)
Nouakchott
"""
    a = alt(text, outlook_html(text), "_000_DB9PR04MB8413F1E2D3C4B5A69788DB9PR04MB8413eurp_")
    att = attach("application/pdf", make_pdf(["Association of Mayors of Mauritania (AMM)",
                                               "Voluntary GCM Review Report - 16 February 2021",
                                               "Nouakchott, Nouadhibou, Rosso, Selibaby"]), name)
    body = multi("mixed", [a, att], "_004_DB9PR04MB8413F1E2D3C4B5A69788DB9PR04MB8413eurp_")
    rows = std_rows(when, "mail-db9eur04on2119.outbound.protection.outlook.com", "40.107.5.119", "4DgKx15Rprz4Nn",
                    '"Association of Mayors of Mauritania (AMM)" <sp@amm-mauritanie.example.mr>',
                    "AMM Voluntary GCM Review Report (16 February 2021)", rfcdate(tz(sent, 0)),
                    "<DB9PR04MB8413F1E2D3C4B5A69788@DB9PR04MB8413.eurprd04.prod.outlook.com>",
                    ret="sp@amm-mauritanie.example.mr",
                    extra=[("Content-Language", "en-US"), ("X-MS-Has-Attach", "yes")])
    add("mauritania_late", when, top(body, rows), dict(category="voluntary_report", language="en", acknowledge=True,
        on_time=False, report_attachments=[name],
        notes="late by 6 minutes: received 00:06:41 Beirut on Wed 17 Feb, while the Date header says 'Tue, 16 Feb "
              "2021 22:06:20 +0000' (Nouakchott) and the subject, body and file name all say 16 February; the mayors' "
              "association is the display name."))


def m_autoreply_fr():
    when = at("2021-02-17 10:12:05")
    sent = when - dt.timedelta(seconds=3)
    ack = ack_mid("20210216212035.montreal")
    text = """Bonjour,

Je suis absente du bureau jusqu'au lundi 22 février 2021 inclusivement, avec un accès limité à mes courriels.

Pour toute question urgente concernant les projets de l'ATMDR, veuillez écrire à info@atmdr-quebec.example.ca.

Merci et bonne journée,

Sonia Ben Amor
Coordonnatrice des projets - ATMDR
"""
    body = leaf("text/plain", text, "utf-8", "quoted-printable")
    rows = std_rows(when, "smtp.videotron.example.ca", "24.201.245.37", "4DgZm08Fwqz5Pp",
                    "Sonia Ben Amor <coordination@atmdr-quebec.example.ca>",
                    hdr("Réponse automatique : Accusé de réception / Acknowledgement of receipt - GCM Regional Review",
                        enc="Q"),
                    rfcdate(tz(sent, -5)), "<auto.7d1e3c5a9b@atmdr-quebec.example.ca>",
                    ret="coordination@atmdr-quebec.example.ca",
                    extra=[("In-Reply-To", ack), ("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All"),
                           ("User-Agent", "Microsoft-MacOutlook/16.45.21011103")])
    add("autoreply_fr", when, top(body, rows), dict(category="auto_reply", language="fr", acknowledge=False,
        on_time=None,
        notes="French out-of-office reply to the acknowledgement of the ATMDR report (Auto-Submitted: auto-replied); "
              "same sender address as the report; gives another address to write to."))


ORDER = [m_sfax_cos, m_tiznit, m_darija, m_misrata_q, m_zuwara, m_diaspora_dz, m_nouadhibou_fwd, m_bounce,
         m_revimes_both, m_benghazi_both, m_tiznit_followup, m_london_edge, m_oran_late, m_mmnm_report,
         m_nouakchott_q, m_medenine_report, m_thanks_ack, m_tripoli_report, m_oujda_both_late, m_mmnm_followup,
         m_montreal_report, m_gulf_edge, m_mauritania_late, m_autoreply_fr]


def main():
    for f in ORDER:
        f()
    MESSAGES.sort(key=lambda x: x[0])
    files = {}
    for i, (when, key, data, lab) in enumerate(MESSAGES, 1):
        files[key] = "h74-%02d.eml" % i
    if os.path.isdir(OUT):
        shutil.rmtree(OUT)
    os.makedirs(OUT)
    labels = []
    prev = None
    for when, key, data, lab in MESSAGES:
        assert prev is None or when > prev, key
        prev = when
        assert len(data) < 1024 * 1024, key
        fname = files[key]
        with open(os.path.join(OUT, fname), "wb") as fh:
            fh.write(data)
        full = {"file": fname}
        for k in ["received_at", "category", "language", "acknowledge", "on_time", "speakers", "report_attachments",
                  "thread_of", "notes"]:
            full[k] = lab.get(k)
        full["speakers"] = full["speakers"] or []
        full["report_attachments"] = full["report_attachments"] or []
        if full["thread_of"] is not None:
            full["thread_of"] = files[full["thread_of"]]
        labels.append(full)
    with open(os.path.join(OUT, "labels.json"), "w", encoding="utf-8", newline="\n") as fh:
        json.dump(labels, fh, ensure_ascii=False, indent=2)
        fh.write("\n")
    print("wrote %d messages to %s" % (len(MESSAGES), OUT))


if __name__ == "__main__":
    main()
