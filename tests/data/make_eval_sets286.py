#!/usr/bin/env python3
"""Write the blind evaluation set holdout286 (24 raw .eml messages + labels.json).

Deterministic, standard library only:  python3 tests/data/make_eval_sets286.py
Theme: climate, drought and environmental displacement; rural cooperatives, fishers and pastoralist associations
(21 January - 18 February 2021).  Much of the mail comes from a mailbox that is not the writer's own: a cybercafe in
Kiffa typing what the president of a transhumant herders' association dictates (questions about a report made of a
hand-drawn map and photos, then the scanned report itself as a reply to the secretariat's answer), a daughter
writing from the family Gmail for her father, head of a fishermen and buffalo breeders' cooperative in the Iraqi
marshes, a Qamishli association's shared office mailbox sending a drought field study with its A3 map (its
director's out-of-office answers our acknowledgement), a nephew's Hotmail for his uncle, a Kerkennah fisherman (two
roles; the nephew's thank-you follows), a Somali pastoralist network's shared office mailbox declining, a cybercafe
employee in El Obeid for a nomad union's sheikh (Sudanese dialect), a Lebanese highland cooperative's shared Gmail
sending a photo essay and its photographer as speaker (her Cc address bounces; a corrected essay follows, signed by
another member), a Zagora coordinator writing from her husband's Gmail (his vacation responder answers), a Basra
date-palm cooperative writing from the agricultural extension office's webmail at 00:58 Iraq time on 6 February
(23:58 in Beirut), an Aden fishermen's association writing from a youth centre the morning after the speaker
deadline and trusting the Arabic misprint, a Libyan teacher writing from her brother's account who only wants to
listen, a GIS lab's shared account sending an atlas (the KMZ is not the report), a Tihama fishers' cooperative using
its accountant's mailbox for a late 'both', an Algerian steppe photo report sent from a university lab whose
association would have liked to propose its president (it does not), a Delta field study sent at 23:49 on the report
deadline from the board chairman's Hotmail (then 'did you receive it?'), a Gulf fishers' welfare desk 12 minutes
late, and a Tataouine publinet asking whether a report can still be sent.  Reports described as field studies,
maps, atlases and photo essays.  Helpers from mailgen.py.
"""
import datetime as dt
import io
import struct
import zipfile

from mailgen import (EvalSet, DOCX, POSTFIX_NOTICE, addr, alt, at, attach, dsn_report, esc, flowed, gmail_html, hdr,
                     leaf, make_docx, make_pdf, mk, multi, re_hdr, rep_pdf, rfcdate, sent_at, sp, std_rows, top)
from mailgen import outlook_html, outlook_rows as outlook
from mailgen import quote_block as gt, ack_id as ack_mid, logo

SET = EvalSet(286)
add = SET.add
H = "h286-%02d.eml"

YAHOO = "WebService/1.1.17648 YMailNorrin"
TB = "Mozilla/5.0 (X11; Linux x86_64; rv:78.0) Gecko/20100101 Thunderbird/78.7.0"
ROUNDCUBE = "Roundcube Webmail/1.4.9"
ZIMBRA = "Zimbra 8.8.15_GA_3869 (ZimbraWebClient - FF85 (Win)/8.8.15_GA_3869)"
IPHONE_OUTLOOK = "Outlook-iOS/709.2226530.prod.iphone (4.2103.0)"


# ---------------------------------------------------------------- small real files
DC_BITS = [0, 1, 5, 1, 1, 1, 1, 1, 1, 0, 0, 0, 0, 0, 0, 0]
DC_VALS = list(range(12))
AC_BITS = [0, 2] + [0] * 14
AC_VALS = [0x00, 0x01]


def _huff(bits, vals):
    codes, code, k = {}, 0, 0
    for length in range(1, 17):
        for _ in range(bits[length - 1]):
            codes[vals[k]] = (code, length)
            code += 1
            k += 1
        code <<= 1
    return codes


def make_jpeg(w, h, colour_at, comment=None):
    """A small valid baseline JPEG (4:4:4, one flat colour per 8 x 8 block): a blocky photo stand-in."""
    out = bytearray(b"\xff\xd8")

    def seg(marker, payload):
        out.extend(b"\xff" + bytes([marker]) + struct.pack(">H", len(payload) + 2) + payload)
    seg(0xE0, b"JFIF\x00\x01\x01\x01\x00\x48\x00\x48\x00\x00")
    if comment:
        seg(0xFE, comment.encode("ascii"))
    seg(0xDB, b"\x00" + bytes([8] * 64))
    seg(0xC0, struct.pack(">BHHB", 8, h, w, 3) + b"\x01\x11\x00\x02\x11\x00\x03\x11\x00")
    seg(0xC4, b"\x00" + bytes(DC_BITS) + bytes(DC_VALS) + b"\x10" + bytes(AC_BITS) + bytes(AC_VALS))
    seg(0xDA, b"\x03\x01\x00\x02\x00\x03\x00\x00\x3f\x00")
    dc, ac = _huff(DC_BITS, DC_VALS), _huff(AC_BITS, AC_VALS)
    stream, pred = [], [0, 0, 0]
    for by in range(h // 8):
        for bx in range(w // 8):
            r, g, b = colour_at(bx, by)
            ycc = (0.299 * r + 0.587 * g + 0.114 * b,
                   128 - 0.168736 * r - 0.331264 * g + 0.5 * b,
                   128 + 0.5 * r - 0.418688 * g - 0.081312 * b)
            for c, v in enumerate(ycc):
                q = max(-128, min(127, int(round(v)) - 128))
                diff, pred[c] = q - pred[c], q
                size = abs(diff).bit_length()
                stream.append(dc[size])
                if size:
                    stream.append((diff if diff > 0 else diff + (1 << size) - 1, size))
                stream.append(ac[0])
    acc = n = 0
    data = bytearray()
    for v, ln in stream:
        acc, n = (acc << ln) | v, n + ln
        while n >= 8:
            byte = (acc >> (n - 8)) & 0xFF
            n -= 8
            data.append(byte)
            if byte == 0xFF:
                data.append(0)
        acc &= (1 << n) - 1
    if n:
        byte = ((acc << (8 - n)) | ((1 << (8 - n)) - 1)) & 0xFF
        data.append(byte)
        if byte == 0xFF:
            data.append(0)
    return bytes(out + data + b"\xff\xd9")


def photo(seed, w=64, h=48, comment=None):
    def col(bx, by):
        return (120 + (seed * 23 + bx * 7 + by * 3) % 100, 100 + (seed * 11 + bx * 3 + by * 9) % 90,
                60 + (seed * 7 + bx * 5 + by * 11) % 110)
    return make_jpeg(w, h, col, comment)


def make_kmz(placemarks):
    kml = ('<?xml version="1.0" encoding="UTF-8"?>\n<kml xmlns="http://www.opengis.net/kml/2.2"><Document>'
           '<name>Ninewa drought displacement layers</name>'
           + "".join('<Placemark><name>%s</name><description>%s</description><Point><coordinates>%s,%s,0'
                     '</coordinates></Point></Placemark>' % p for p in placemarks)
           + '</Document></kml>\n')
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        zi = zipfile.ZipInfo("doc.kml", date_time=(2021, 2, 10, 18, 0, 0))
        zi.compress_type = zipfile.ZIP_DEFLATED
        z.writestr(zi, kml.encode("utf-8"))
    return buf.getvalue()


# ---------------------------------------------------------------- client renderings
def yahoo_divs(text, rtl=False):
    d = "rtl" if rtl else "ltr"
    lines = "".join('<div dir="%s" data-setdir="false">%s</div>' % (d, esc(x) if x else "<br>")
                    for x in text.rstrip("\n").split("\n"))
    return ('<html><head></head><body><div class="ydp6b1e2f0ayahoo-style-wrap" style="font-family:Helvetica Neue, '
            'Helvetica, Arial, sans-serif;font-size:13px;">%s</div></body></html>\n' % lines)


def owa_html(text, rtl=False):
    """Outlook.com / OWA: one div per line in a Calibri wrapper."""
    d = ' dir="rtl"' if rtl else ' dir="ltr"'
    inner = "".join('<div>%s</div>' % (esc(x) if x else "<br>") for x in text.rstrip("\n").split("\n"))
    return ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"><style type="text/css" '
            'style="display:none;"> P {margin-top:0;margin-bottom:0;} </style></head><body%s><div style="font-family: '
            'Calibri, Arial, Helvetica, sans-serif; font-size: 12pt; color: rgb(0, 0, 0);">%s</div></body></html>\n'
            % (d, inner))


def android_html(text):
    inner = "<br>".join(esc(x) for x in text.rstrip("\n").split("\n"))
    return ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body>'
            '<div dir="auto">%s</div></body></html>\n' % inner)


def zimbra_html(text):
    inner = "".join("<div>%s</div>" % (esc(x) if x else "<br data-mce-bogus=\"1\">")
                    for x in text.rstrip("\n").split("\n"))
    return ('<html><body><div style="font-family: arial, helvetica, sans-serif; font-size: 12pt; color: #000000">'
            '%s</div></body></html>' % inner)


def ack_text(lang, subject, what):
    if lang == "ar":
        return ("حضرات السادة المحترمين،\n\nتؤكد أمانة الاستعراض الإقليمي للاتفاق العالمي من أجل الهجرة الآمنة "
                "والمنظمة والنظامية في المنطقة العربية استلام رسالتكم «%s» و%s، وستتواصل معكم الأمانة لاحقاً "
                "بشأن البرنامج.\n\nالاستعراض الإقليمي للاتفاق العالمي للهجرة - المنطقة العربية" % (subject, what))
    if lang == "fr":
        return ("Madame, Monsieur,\n\nLe secrétariat de l'Examen régional du Pacte mondial pour des migrations sûres, "
                "ordonnées et régulières dans la région arabe accuse réception de votre message « %s » et de %s. Le "
                "secrétariat reviendra vers vous au sujet du programme.\n\nExamen régional du PMM – États arabes"
                % (subject, what))
    return ("Dear colleague,\n\nThe secretariat of the Regional Review of the Global Compact for Migration in the Arab "
            "region acknowledges receipt of your message \"%s\" and of %s. The secretariat will come back to you "
            "about the programme.\n\nGCM Regional Review - Arab States" % (subject, what))


# ================================================================ 01  FR  other  Kiffa cybercafe types the questions of a herders' association president
M01_ID = "<1389204717.2210493.1611218462801@mail.yahoo.example.com>"
M01_SUBJ = "Question rapport éleveurs - Assaba"
M01_QID = "4DLb7Kx2QvZ6"
M01_TEXT = """Bonjour,

Je suis Cheikh Ahmed, gérant du Cyber Espoir à Kiffa. J'écris ce message pour M. Mohamed Lemine ould Ahmed Salem, président de l'Association des Éleveurs Transhumants de l'Assaba (AETA), qui est assis à côté de moi et qui m'a dicté ce qui suit. Il ne se sert pas de l'ordinateur. Merci de répondre à cette adresse, je lui transmettrai.

« Nous avons reçu la lettre d'invitation par le délégué régional de l'élevage. Notre association regroupe 340 familles d'éleveurs qui descendent chaque année vers le Mali avec les troupeaux. Depuis trois ans les pluies sont faibles, les mares sèchent en novembre au lieu de février, et beaucoup de jeunes ont laissé les troupeaux pour aller à Nouakchott, à Nouadhibou ou plus loin.

Nous voulons participer à l'examen régional mais nous avons trois questions :

1. Nous n'avons pas de rapport écrit à la manière des ONG. Nous avons dessiné avec les anciens une carte des parcours et des points d'eau, avant et maintenant, et les jeunes ont pris des photos avec leurs téléphones. Est-ce qu'une carte et des photos avec des explications peuvent être acceptées comme rapport volontaire ?

2. Peut-on l'envoyer par WhatsApp ? Le réseau ici est faible et le cyber est loin de certains campements.

3. Si quelqu'un de chez nous parle à la conférence, pourra-t-il parler en hassaniya ou en arabe ? »

Merci beaucoup pour votre réponse.

Pour le président de l'AETA,
Cheikh Ahmed
Cyber Espoir - Kiffa, à côté du marché central
Tél. +222 46 00 00 00
"""


def m01():
    when = at("2021-01-21 10:41:07")
    body = alt(M01_TEXT, "----=_Part_2210492_1774920388.1611218462800", html=yahoo_divs(M01_TEXT))
    m = mk(when, sent_at(when, 0, 5), "sonic304-21.consmr.mail.ir2.yahoo.example.com", "198.51.100.204", M01_QID,
           "Cyber Espoir Kiffa <cyberespoir.kiffa@yahoo.example.fr>", hdr(M01_SUBJ, enc="Q"), M01_ID, body,
           extra=[("X-Mailer", YAHOO)])
    add(1, when, m, dict(category="other", language="fr", acknowledge=True, on_time=None,
        notes="a cybercafe manager types what the president of a herders' association dictates (the From name is "
              "the cybercafe; the writer signs 'Pour le président de l'AETA'): three questions (can a hand-drawn "
              "map with photos be a voluntary report? can it go by WhatsApp? may a speaker use Hassaniya or "
              "Arabic?). Nothing is submitted and nobody is proposed: 'Si quelqu'un de chez nous parle' is a "
              "hypothetical and the president is only the person the questions come from. 340 families, 'novembre "
              "au lieu de février' are decoys. Yahoo from Mauritania, Date in UTC+0. The report follows as a reply to "
              "the secretariat's answer (h286-16)."))


# ================================================================ 02  EN  speaker  a daughter writes from the family account for her father (Iraqi marshes)
def m02():
    when = at("2021-01-25 19:30:44")
    subj = "Speaking request - fishermen of the Chibayish marshes"
    text = """Dear Sir/Madam,

My name is Zainab. I am writing from our family email on behalf of my father, who asked me to write in English because I studied it at university. He does not use email himself.

My father, Kadhim Jabbar Al-Saadi, is the head of the Chibayish Fishermen and Buffalo Breeders Cooperative Society in the Chibayish marshes (Dhi Qar, south of Iraq). The marshes are drying again. The water coming down the Euphrates was very low in 2018 and it is low again this winter, the water has become salty, and the fish and the buffaloes die. Many families from our area have already moved to Nasiriyah, Basra or Baghdad and live in the informal areas at the edge of the city. Some young men went to Turkey and then to Europe.

He would like to make a floor intervention in the fourth roundtable of the conference, to explain what happens to people when the water leaves. He will speak in Arabic (Iraqi dialect) and I will sit with him to help with the connection.

His details:
Name: Kadhim Jabbar Al-Saadi
Title: Head of the cooperative
Organisation: Chibayish Fishermen and Buffalo Breeders Cooperative Society

Please write to this email address for any reply. My own phone is +964 780 000 0000 (WhatsApp).

Thank you very much,
Zainab Kadhim
(daughter of Kadhim Jabbar Al-Saadi)
"""
    body = alt(text, "000000000000a3c17e05b9b9d4f2", html=gmail_html(text))
    m = mk(when, sent_at(when, 3, 7), "mail-wr1-f47.google.example.com", "192.0.2.47", "4DPm2Wc8RtZ1",
           "Al-Saadi Family <alsaadi.family.nsr@gmail.example.com>", subj,
           "<CAJ7wPq4Xs9nB2vK+e6Lr1Zt8cH3dMy5gF0@mail.gmail.example.com>", body)
    add(2, when, m, dict(category="speaker_request", language="en", acknowledge=True, on_time=True, speakers=[
        sp("Kadhim Jabbar Al-Saadi", "Head of the cooperative",
           "Chibayish Fishermen and Buffalo Breeders Cooperative Society", ["roundtable"], 4)],
        notes="written by a daughter from the family Gmail ('Al-Saadi Family'), signed 'Zainab Kadhim': the writer "
              "is neither the mailbox owner nor the speaker. The father is named in prose and again in labelled "
              "lines; 'the fourth roundtable' in words. He will speak in Arabic but the mail is in English, so the "
              "acknowledgement is in English. 2018 and 'this winter' are not event dates. Gmail, Date in UTC+3."))


# ================================================================ 03  AR  report  Qamishli association's shared office mailbox: drought field study + A3 map
M03_ID = "<VI1PR02MB4711C2E8A5B39F60@VI1PR02MB4711.eurprd02.prod.outlook.example.com>"
M03_SUBJ = "التقرير الطوعي لجمعية الخابور للتنمية الريفية - دراسة ميدانية عن الجفاف والنزوح في ريف الحسكة"
M03_QID = "4DRc5Hn1KwZ3"
M03_FILES = ["دراسة ميدانية - الجفاف والنزوح في ريف الحسكة.pdf", "خريطة القرى - ملحق الدراسة.jpg"]


def m03():
    when = at("2021-01-28 11:05:12")
    text = """السادة أمانة الاستعراض الإقليمي للاتفاق العالمي من أجل الهجرة الآمنة والمنظمة والنظامية المحترمين،

تحية طيبة وبعد،

يسرّ جمعية الخابور للتنمية الريفية أن ترسل إليكم مساهمتها الطوعية في الاستعراض الإقليمي، وهي دراسة ميدانية أجراها فريق الجمعية بين أيلول وكانون الأول 2020 في 27 قرية من ريف الحسكة الجنوبي وحوض الخابور، حول أثر الجفاف وتراجع منسوب نهر الخابور وانقطاع المياه المتكرر على هجرة الأسر الريفية ونزوحها.

المرفقات:
1- الدراسة الميدانية (PDF، 38 صفحة).
2- خريطة القرى المشمولة بالدراسة مع نسبة الأسر التي غادرت كل قرية، وهي الملحق رقم 1 من الدراسة، أرسلناها في ملف منفصل لأنها بقياس A3.

تتضمن الدراسة شهادات 64 أسرة ونتائج استبيان شمل 412 أسرة، وتوصيات موجهة إلى السلطات المحلية والمنظمات الدولية لدعم المزارعين ومربي المواشي حتى يتمكنوا من البقاء في أرضهم، ولحماية من اضطر منهم إلى الرحيل.

ملاحظة: هذا هو البريد العام لمكتب الجمعية في القامشلي ويستخدمه عدد من الموظفين، لذا نرجو عند الرد ذكر اسمي أو اسم مديرة الجمعية الأستاذة سلوى حنا (في النسخة).

مع الشكر والتقدير،

م. دلشاد عمر حسو
منسق الأبحاث الميدانية
جمعية الخابور للتنمية الريفية
القامشلي - الحسكة، سوريا
"""
    lcid = "image001.png@01D6F56B.3C9A1E20"
    html = outlook_html(text, lang="AR-SY", img_cid=lcid, rtl=True)
    rel = multi("related", [leaf("text/html", html, cte="base64"), logo(lcid, (46, 125, 50))],
                "_004_VI1PR02MB4711C2E8A5B39F60_", params=[("type", '"text/html"')])
    a = multi("alternative", [leaf("text/plain", text, cte="base64"), rel], "_000_VI1PR02MB4711C2E8A5B39F60_")
    pdf = rep_pdf("Drought and displacement in rural Hasakah - a field study", "Al-Khabour Association for Rural "
                  "Development, Qamishli, January 2021",
                  ["Method: 27 villages, 412 households, 64 testimonies", "Rainfall, the Khabour river and wells",
                   "Who leaves, who stays", "Herders and their flocks", "Recommendations"])
    jpg = photo(3, 96, 64, comment="Annex 1 - Map of the surveyed villages (A3)")
    body = multi("mixed", [a, attach("application/pdf", pdf, M03_FILES[0]), attach("image/jpeg", jpg, M03_FILES[1])],
                 "_005_VI1PR02MB4711C2E8A5B39F60_")
    m = mk(when, sent_at(when, 2, 9), "mail-vi1eur02on0611.outbound.protection.outlook.example.com", "198.51.100.111",
           M03_QID, addr("مكتب جمعية الخابور - القامشلي", "office@alkhabour-assoc.example.org"), hdr(M03_SUBJ),
           M03_ID, body, cc=addr("سلوى حنا", "salwa.hanna@alkhabour-assoc.example.org"),
           extra=outlook(hdr(M03_SUBJ), "AQHW9VaE4kT7Rz2Nm5Xc8Pb1Lq3Hd6Wf0==", lang="ar-SY", has_attach="yes"))
    add(3, when, m, dict(category="voluntary_report", language="ar", acknowledge=True, on_time=True,
        report_attachments=M03_FILES,
        notes="a field study sent from an association's shared office mailbox (From name 'مكتب جمعية الخابور'; the "
              "writer signs as research coordinator, 'م.' = engineer): the report is the PDF study plus its map, "
              "which the 'المرفقات:' list calls annex 1 of the study and sent as a separate JPEG because it is A3, "
              "so both are listed (Arabic names, RFC 2231 + RFC 2047). The inline logo image001.png is not. 27 "
              "villages, 412 and 64 households, 38 pages are decoys. The director is in Cc and her out-of-office "
              "answers our acknowledgement (h286-04). Outlook, base64, Date UTC+2."))


# ================================================================ 04  AR  auto_reply  the Cc'd director's Exchange out-of-office on our acknowledgement of 03
def m04():
    when = at("2021-01-28 11:05:58")
    ack = ack_mid(M03_QID)
    text = """شكراً لرسالتكم.

أنا خارج المكتب في زيارة ميدانية إلى قرى ريف تل تمر حتى يوم الخميس 4 شباط، مع تغطية محدودة جداً للإنترنت.

للأمور العاجلة المتعلقة بالدراسة الميدانية يرجى التواصل مع م. دلشاد حسو على البريد العام للجمعية office@alkhabour-assoc.example.org، ولغير ذلك سأرد عليكم بعد عودتي.

سلوى حنا
مديرة جمعية الخابور للتنمية الريفية
"""
    html = outlook_html(text, lang="AR-SY", rtl=True)
    body = alt(text, "_000_AM6PR02MB5520B7D1E4C86A39_", html=html, b64=True)
    subj = hdr("رد تلقائي: تأكيد استلام - " + M03_SUBJ)
    rows = std_rows(when, "mail-am6eur02on0620.outbound.protection.outlook.example.com", "198.51.100.120",
                    "4DRc6Pq9TmZ5", addr("سلوى حنا", "salwa.hanna@alkhabour-assoc.example.org"), subj,
                    rfcdate(sent_at(when, 2, 4)),
                    "<AM6PR02MB5520B7D1E4C86A39@AM6PR02MB5520.eurprd02.prod.outlook.example.com>",
                    extra=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")], ret="")
    rows = [(k, "<>" if k == "Return-Path" else v) for k, v in rows]
    rows += [("In-Reply-To", ack), ("References", M03_ID + " " + ack),
             ("Thread-Topic", hdr("تأكيد استلام - " + M03_SUBJ)), ("Content-Language", "ar-SY"),
             ("X-MS-Exchange-Inbox-Rules-Loop", "salwa.hanna@alkhabour-assoc.example.org")]
    add(4, when, top(body, rows), dict(category="auto_reply", language="ar", acknowledge=False, on_time=None,
        notes="Exchange out-of-office of the director copied on h286-03, answering our acknowledgement 46 seconds "
              "later ('رد تلقائي:' before our Arabic subject; References name h286-03; Auto-Submitted, "
              "X-Auto-Response-Suppress, null Return-Path): it talks about a field visit and the field study and "
              "signs with her title and the association, but it is a robot. Never acknowledge; thread_of null as for "
              "dev auto-replies."))


# ================================================================ 05  FR  speaker  a nephew's Hotmail for his uncle, Kerkennah fishermen, two roles
M05_ID = "<DB8P190MB0634A7F21C9E5B38@DB8P190MB0634.EURP190.PROD.OUTLOOK.example.com>"
M05_SUBJ = "Demande de prise de parole - pêcheurs de Kerkennah"
M05_QID = "4DSf1Vb6NzZ8"


def m05():
    when = at("2021-01-29 16:20:31")
    text = """Bonjour,

Je me permets de vous écrire de la part de mon oncle, Hédi Jaziri, qui n'a pas d'adresse e-mail. Il est pêcheur depuis quarante ans et président de la Coopérative de pêche artisanale « El Amal » de Kerkennah (CPA El Amal), aux îles Kerkennah, au large de Sfax.

Sur l'archipel, la mer monte et mange les terres : les sebkhas s'étendent, les palmiers meurent à cause du sel, et la pêche traditionnelle à la charfia rapporte de moins en moins. Beaucoup de jeunes de Kerkennah sont partis en bateau vers Lampedusa ces dernières années, certains ne sont jamais arrivés.

Mon oncle souhaiterait prendre la parole :
- lors de la discussion ouverte de la consultation multipartite du 23 février ;
- et, si c'est possible, intervenir depuis la salle dans la table ronde n° 1.

Il parlera en arabe (en dialecte tunisien). Je l'aiderai pour la connexion Zoom depuis la maison de la culture de Remla.

Pour toute réponse, merci d'écrire à cette adresse ou d'appeler mon oncle au +216 98 000 000.

Cordialement,
Wassim Jaziri
(neveu de M. Hédi Jaziri)
"""
    body = alt(text, "_000_DB8P190MB0634A7F21C9E5B38_", html=owa_html(text))
    m = mk(when, sent_at(when, 1, 6), "mail-db8eur05olkn2045.outbound.protection.outlook.example.com",
           "198.51.100.45", M05_QID, "Wassim Jaziri <wassim.jaziri93@hotmail.example.com>", hdr(M05_SUBJ, enc="Q"),
           M05_ID, body, extra=[("Thread-Topic", hdr(M05_SUBJ, enc="Q")),
                                ("Thread-Index", "AQHW9l3cR8kT2Vx5Nb7Mq1Lz4Pw0Yg=="), ("Content-Language", "fr-FR"),
                                ("X-MS-Has-Attach", ""), ("X-MS-TNEF-Correlator", "")])
    add(5, when, m, dict(category="speaker_request", language="fr", acknowledge=True, on_time=True, speakers=[
        sp("Hédi Jaziri", "président", "Coopérative de pêche artisanale « El Amal » de Kerkennah (CPA El Amal)",
           ["open_discussion", "roundtable"], 1)],
        notes="a nephew writes from his own Hotmail for his uncle, who has no e-mail address: the From name and the "
              "signature are the nephew's, the speaker is the uncle ('M.' dropped in the signature line). Title "
              "'président' is in running prose after 'pêcheur depuis quarante ans' (not a title); the affiliation "
              "has French guillemets and its acronym. Two roles in a dashed list: 'la discussion ouverte de la "
              "consultation multipartite du 23 février' and 'la table ronde n° 1'. Outlook.com, Date UTC+1. The "
              "nephew's thank-you follows (h286-14)."))


# ================================================================ 06  EN  other  Somali pastoralist network's shared office mailbox declines
def m06():
    when = at("2021-02-01 09:50:12")
    subj = "RE: FW: Invitation - Regional Review of the Global Compact for Migration in the Arab region"
    text = """Dear colleagues,

Thank you for the invitation to the Regional Review, which reached us through the IOM sub-office in Garowe (Abdirahman, copied).

After discussing it at our coordination meeting on Saturday, the Somali Pastoralist Resilience Network (SPRN) has decided that it will not submit a voluntary report and will not propose a speaker this time. Most of our member associations are in the middle of the Jilaal dry-season response: the Deyr rains failed again in late 2020, water trucking prices have doubled since November, and our two field coordinators are with the mobile teams in Nugaal and Sool until March. We would not be able to do the review justice.

We have shared the invitation with our 31 member associations and with the Puntland youth groups we work with, in case some of them wish to follow the conference online. We hope there will be another opportunity to bring the voices of pastoralist families displaced by drought into the GCM discussions, and we would be glad to contribute to the next review.

With best regards,

Faadumo Cali Warsame
Programme Assistant, for the SPRN Coordination Office
Somali Pastoralist Resilience Network (SPRN)
Garowe, Puntland, Somalia

This mailbox is shared by the SPRN Coordination Office team. Please keep office@sprn-somalia.example.org in copy of any reply.

________________________________
From: Abdirahman Yusuf <ayusuf@iom-garowe.example.int>
Sent: Tuesday, January 19, 2021 11:42 AM
To: SPRN Office Garowe <office@sprn-somalia.example.org>
Subject: FW: Invitation - Regional Review of the Global Compact for Migration in the Arab region

Dear SPRN colleagues, please see the invitation below, FYI. Best, Abdirahman

[...] Stakeholders are invited to submit voluntary GCM review reports by 16 February 2021. Requests for a speaking role (open discussion of the multi-stakeholder consultation, rapporteur, floor interventions in the plenary or in one of the four thematic roundtables) should be sent with the name, title and organisational affiliation of the proposed speaker by 5 February 2021 to gcmrrarabstates@iom.int. [...]
"""
    body = alt(text, "_000_MN2PR14MB3920E1B6C4A7D258_", html=outlook_html(text, lang="EN-US"))
    m = mk(when, sent_at(when, 3, 8), "mail-mn2nam14on0628.outbound.protection.outlook.example.com",
           "198.51.100.28", "4DTw9Zc3LxZ2", "SPRN Office Garowe <office@sprn-somalia.example.org>", subj,
           "<MN2PR14MB3920E1B6C4A7D258@MN2PR14MB3920.namprd14.prod.outlook.example.com>", body,
           cc="Abdirahman Yusuf <ayusuf@iom-garowe.example.int>",
           extra=outlook(subj, "AQHW7l2KbN5Rx9Tc3Wm1Pz8Vq4Ls6Jh0AB0eXvQ=", lang="en-US")
           + [("In-Reply-To", "<BN6PR11MB1459F2A8C3D7E016@BN6PR11MB1459.namprd11.prod.outlook.example.com>"),
              ("References", "<BN6PR11MB1459F2A8C3D7E016@BN6PR11MB1459.namprd11.prod.outlook.example.com>")])
    add(6, when, m, dict(category="other", language="en", acknowledge=True, on_time=None,
        notes="a network declines both things in one sentence ('will not submit a voluntary report and will not "
              "propose a speaker this time'), written from a shared office mailbox by a programme assistant 'for the "
              "SPRN Coordination Office'; the Outlook-style quoted invitation (forwarded by an IOM colleague, not by "
              "this mailbox) lists every role and both deadlines. 31 associations, 'until March' and 'Saturday' are "
              "decoys. A person wrote it, so it is acknowledged. Outlook, Date UTC+3."))


# ================================================================ 07  AR  speaker  El Obeid cybercafe employee writes for a nomad union's sheikh
def m07():
    when = at("2021-02-02 13:15:26")
    subj = "طلب مشاركة في المؤتمر - اتحاد الرعاة"
    text = """السلام عليكم ورحمة الله وبركاته

أنا عثمان، شغّال في مقهى النور للإنترنت في الأبيض. الرسالة دي بكتبها بالنيابة عن الشيخ آدم إسحق أبكر، وهو قاعد معاي هنا وبيملي عليّ الكلام، لأنو ما عندو إيميل. أي رد أرسلوه على الإيميل ده وأنا بوصّلو ليهو، أو اتصلوا بيهو في الرقم تحت.

كلام الشيخ:

نحن اتحاد الرعاة الرحّل بولاية شمال كردفان، نمثّل أكتر من ألفين أسرة من الأبّالة والبقّارة. في السنين الأخيرة المطرة بقت قليلة والمراحيل اتقفلت بالمشاريع الزراعية، وحصلت مشاكل كتيرة مع المزارعين، وكتير من شبابنا خلّوا البهايم ومشوا ليبيا ومصر والسعودية، وفي منهم ماتوا في الصحراء.

بنطلب إنو الشيخ آدم يشارك في النقاش المفتوح في المشاورة يوم 23 فبراير، عشان يوصّل صوت الرعاة.

بياناته:
الاسم: آدم إسحق أبكر
الصفة: رئيس الاتحاد
الجهة: اتحاد الرعاة الرحّل بولاية شمال كردفان
التلفون: +249 91 000 0000

وشكراً ليكم

عثمان
مقهى النور للإنترنت - الأبيض، جنب السوق الكبير
"""
    body = alt(text, "000000000000d2f84a05ba4e7c91", html=gmail_html(text, rtl=True), b64=True)
    m = mk(when, sent_at(when, 2, 6), "mail-ed1-f68.google.example.com", "192.0.2.68", "4DVg3Ns7WbZ4",
           addr("مقهى النور للإنترنت", "alnour.netcafe.obeid@gmail.example.com"), hdr(subj),
           "<CAM5tRz8Qw3pK6nV+c1Xb4Hd9sL7fGj2eY5@mail.gmail.example.com>", body)
    add(7, when, m, dict(category="speaker_request", language="ar", acknowledge=True, on_time=True, speakers=[
        sp("آدم إسحق أبكر", "رئيس الاتحاد", "اتحاد الرعاة الرحّل بولاية شمال كردفان", ["open_discussion"])],
        notes="a cybercafe employee writes for a nomad union's sheikh who dictates (From name is the cybercafe, "
              "signed 'عثمان'); Sudanese colloquial framing ('شغّال', 'بيملي عليّ', 'ما عندو إيميل') with labelled "
              "lines for the speaker ('الاسم/الصفة/الجهة'); 'الشيخ' dropped from the name. 'النقاش المفتوح في "
              "المشاورة يوم 23 فبراير' = open_discussion. ألفين أسرة is a decoy. Gmail, base64, Date UTC+2."))


# ================================================================ 08  EN  both  Akkar highland cooperative's shared Gmail: photo essay + the photographer as speaker
M08_ID = "<CAG2vNk7Tq4xW9mR+b3Lz6Hc1sF8dYp5jE4@mail.gmail.example.com>"
M08_SUBJ = "Voluntary report (photo essay) + speaker request - Akkar Highlands Cooperative"
M08_QID = "4DWn8Rf2HcZ7"
M08_FILE = "Dry Seasons - Akkar Highlands photo essay.pdf"
M08_TEXT = """Dear GCM Regional Review team,

I'm writing from the cooperative's shared Gmail account - I'm Nour, a volunteer who helps with our communications. Four of us use this account, so please don't be surprised if a different name signs the next message.

1) Our voluntary report

The Akkar Highlands Agricultural Cooperative is submitting a photo essay as its voluntary contribution to the review: "Dry Seasons: Leaving and Staying in the Akkar Highlands". It is 24 photographs with short texts, taken between June and December 2020 in Fnaydeq, Michmich and Qoubaiyat, about farmers who lost their apple and potato harvests to late frost and failing rain, the Syrian seasonal workers who no longer find work in the orchards, and the young people of our villages who have left for Beirut, the Gulf or Canada. The essay is attached as a PDF; the last two pages are our recommendations. I pasted the cover below so you can see what it looks like.

2) Speaker

We would like to propose the photographer who made the essay for a floor intervention in Roundtable 2:
Rita Khoury - Documentary Photographer, Board Member, Akkar Highlands Agricultural Cooperative
Rita is copied on this message.

All photos (c) Rita Khoury / Akkar Highlands Agricultural Cooperative, free to use for the review with credit.

Best regards,
Nour Merhi
Communications volunteer
Akkar Highlands Agricultural Cooperative
Qoubaiyat, Akkar - Lebanon
"""


def m08():
    when = at("2021-02-03 14:40:09")
    cid = "ii_kkq2c1x80"
    html = gmail_html(M08_TEXT).replace(
        "I pasted the cover below so you can see what it looks like.",
        'I pasted the cover below so you can see what it looks like.<br><img src="cid:%s" alt="dry-seasons-cover.jpg" '
        'width="240" height="160"><br>' % cid)
    cover = leaf("image/jpeg", photo(8, 64, 40, comment="Dry Seasons cover"), cte="base64",
                 params=[("name", '"dry-seasons-cover.jpg"')], disp='inline; filename="dry-seasons-cover.jpg"',
                 extra=[("Content-ID", "<%s>" % cid), ("X-Attachment-Id", cid)])
    a = alt(M08_TEXT, "000000000000e1b7c905ba63f2a1", html=html)
    rel = multi("related", [a, cover], "000000000000e1b7c805ba63f2a0")
    pdf = rep_pdf("Dry Seasons: Leaving and Staying in the Akkar Highlands - a photo essay",
                  "Akkar Highlands Agricultural Cooperative - photographs by Rita Khoury",
                  ["Frost in May", "Orchards without workers", "The road to Beirut", "Those who stay",
                   "Recommendations"])
    body = multi("mixed", [rel, attach("application/pdf", pdf, M08_FILE)], "000000000000e1b7cb05ba63f2a3")
    m = mk(when, sent_at(when, 2, 8), "mail-lf1-f52.google.example.com", "192.0.2.52", M08_QID,
           "Akkar Highlands Coop <akkarhighlands.coop@gmail.example.com>", M08_SUBJ, M08_ID, body,
           cc="Rita Khoury <rita.khoury.photo@outlook.example.com>")
    add(8, when, m, dict(category="both", language="en", acknowledge=True, on_time=True, speakers=[
        sp("Rita Khoury", "Documentary Photographer, Board Member", "Akkar Highlands Agricultural Cooperative",
           ["roundtable"], 2)],
        report_attachments=[M08_FILE],
        notes="both, on time (3 February): a cooperative's shared Gmail (From 'Akkar Highlands Coop', written by a "
              "volunteer who warns that another member may sign next time); the report is a photo essay as a PDF. "
              "The inline 'dry-seasons-cover.jpg' pasted into the body is a preview of the cover, not a report file. "
              "Speaker on one dash line (name - title, board role, affiliation); 'Roundtable 2'. 24 photographs, "
              "'June and December 2020' are decoys. Gmail, related inside mixed. The copy to the Cc'd photographer "
              "bounces (h286-09); a corrected essay follows (h286-19)."))


# ================================================================ 09  EN  bounce  the Cc copy of our acknowledgement of 08
def m09():
    when = at("2021-02-03 14:41:02")
    rcpt = "rita.khoury.photo@outlook.example.com"
    text = POSTFIX_NOTICE + """
<%s>: host outlook-example-com.olc.protection.outlook.example.com[198.51.100.33]
    said: 550 5.5.0 Requested action not taken: mailbox unavailable
    (S2017062302 [DB5EUR03FT041.eop-EUR03.prod.protection.outlook.example.com])
    (in reply to RCPT TO command)
""" % rcpt
    dsn = ("Reporting-MTA: dns; mx1.iom.int\n"
           "X-Postfix-Queue-ID: 4DWn9Bd4LqZ0\n"
           "X-Postfix-Sender: rfc822; gcmrrarabstates@iom.int\n"
           "Arrival-Date: %s\n\n"
           "Final-Recipient: rfc822; %s\n"
           "Original-Recipient: rfc822;%s\n"
           "Action: failed\n"
           "Status: 5.5.0\n"
           "Remote-MTA: dns; outlook-example-com.olc.protection.outlook.example.com\n"
           "Diagnostic-Code: smtp; 550 5.5.0 Requested action not taken: mailbox\n"
           "    unavailable (S2017062302\n"
           "    [DB5EUR03FT041.eop-EUR03.prod.protection.outlook.example.com])\n"
           % (rfcdate(when - dt.timedelta(seconds=5), "EET"), rcpt, rcpt))
    hdrs = ("Return-Path: <gcmrrarabstates@iom.int>\n"
            "From: GCM Regional Review Arab States <gcmrrarabstates@iom.int>\n"
            "To: Akkar Highlands Coop <akkarhighlands.coop@gmail.example.com>\n"
            "Cc: Rita Khoury <%s>\n"
            "Subject: Acknowledgement of receipt - %s\n"
            "Date: %s\n"
            "Message-ID: %s\n"
            "In-Reply-To: %s\n"
            "References: %s\n" % (rcpt, M08_SUBJ, rfcdate(when - dt.timedelta(seconds=8)), ack_mid(M08_QID),
                                  M08_ID, M08_ID))
    body = dsn_report(text, dsn, hdrs, "4DWn9Gk7SxZ3.1612356062/mx1.iom.int")
    rows = [("Return-Path", "<>"), ("Delivered-To", "gcmrrarabstates@iom.int"),
            ("Received", "by mx1.iom.int (Postfix)\r\n\tid 4DWn9Gk7SxZ3; %s" % rfcdate(when, "EET")),
            ("Date", rfcdate(when, "EET")),
            ("From", "MAILER-DAEMON@mx1.iom.int (Mail Delivery System)"),
            ("Subject", "Undelivered Mail Returned to Sender"),
            ("To", "gcmrrarabstates@iom.int"),
            ("Auto-Submitted", "auto-replied"),
            ("Message-Id", "<20210203124102.4DWn9Gk7SxZ3@mx1.iom.int>")]
    add(9, when, top(body, rows), dict(category="bounce", language="en", acknowledge=False, on_time=None,
        notes="Postfix DSN (550 5.5.0 mailbox unavailable at Outlook.com) for the copy of our acknowledgement of "
              "h286-08 sent to the Cc'd photographer; the returned headers carry h286-08's subject ('Voluntary report "
              "(photo essay) + speaker request'). Never acknowledge; thread_of null as for dev bounces."))


# ================================================================ 10  FR  report  Zagora coordinator writes from her husband's Gmail: field study + map annex
M10_ID = "<CAB9kLm3Rv7tQ2xN+f5Wc8Zp1sH4dTy6gK3@mail.gmail.example.com>"
M10_SUBJ = "Rapport volontaire – Association Oasis Drâa Vivante (étude de terrain + carte)"
M10_QID = "4DXp4Tk9MvZ1"
M10_FILES = ["Rapport_AODV_étude_de_terrain_Drâa_2021.docx", "Annexe 1 - Carte des khettaras et des départs.pdf"]
M10_PHOTO = "équipe_enquêteurs_AODV.jpg"


def m10():
    when = at("2021-02-04 10:22:05")
    text = """Bonjour,

Je vous écris depuis l'adresse de mon mari : celle de l'association est bloquée depuis une semaine (mot de passe perdu, et l'hébergeur ne répond pas). Merci de répondre à cette adresse, ou à celle de ma signature dès qu'elle sera rétablie.

Au nom de l'Association Oasis Drâa Vivante (AODV), j'ai le plaisir de vous transmettre notre rapport volontaire pour l'examen régional du Pacte mondial sur les migrations. Il s'agit d'une étude de terrain menée d'août à novembre 2020 dans les palmeraies de M'hamid El Ghizlane, Tagounite et Ktaoua (province de Zagora) : sécheresse prolongée, ensablement, abandon des khettaras, bayoud, et départs des jeunes vers Agadir, Casablanca et l'Espagne.

Pièces jointes :
- le rapport d'étude (Word) ;
- la carte des khettaras et des foyers ayant quitté l'oasis, qui fait partie du rapport (annexe 1, en PDF pour garder la mise en page).

La photo jointe est celle de notre équipe d'enquêteurs, pour votre information seulement.

Nous restons à votre disposition.

Bien cordialement,

Fatima-Zahra Id Belaid
Coordinatrice de projets
Association Oasis Drâa Vivante (AODV)
Zagora – Maroc
contact@aodv-zagora.example.ma (momentanément indisponible)
"""
    doc = make_docx(["Association Oasis Draa Vivante (AODV) - Rapport volontaire - Examen regional du PMM",
                     "Etude de terrain, aout-novembre 2020 : M'hamid El Ghizlane, Tagounite, Ktaoua",
                     "1. Secheresse et ensablement", "2. Les khettaras abandonnees", "3. Le bayoud",
                     "4. Qui part, ou, et pourquoi", "5. Recommandations", "Annexe 1 : carte (fichier separe)"])
    pdf = make_pdf(["AODV - Annexe 1", "Carte des khettaras et des foyers ayant quitte l'oasis",
                    "Province de Zagora - releves de terrain 2020", "", "[carte]"])
    a = alt(text, "000000000000f4c28d05ba7a19e6", html=gmail_html(text))
    body = multi("mixed", [a, attach(DOCX, doc, M10_FILES[0]), attach("application/pdf", pdf, M10_FILES[1]),
                           attach("image/jpeg", photo(10, 64, 48), M10_PHOTO)], "000000000000f4c29005ba7a19e8")
    m = mk(when, sent_at(when, 1, 9), "mail-wm1-f44.google.example.com", "192.0.2.44", M10_QID,
           "Rachid Ait Ouahmane <rachid.aitouahmane@gmail.example.com>", hdr(M10_SUBJ, enc="Q"), M10_ID, body)
    add(10, when, m, dict(category="voluntary_report", language="fr", acknowledge=True, on_time=True,
        report_attachments=M10_FILES,
        notes="sent from the husband's Gmail (From 'Rachid Ait Ouahmane') by the association's coordinator, whose own "
              "address is down: the report is a field study (DOCX) plus its map, which the mail says is part of the "
              "report (annex 1, PDF); both are listed (accents in the names, RFC 2231 + RFC 2047). The team photo "
              "(JPEG) is 'pour votre information seulement' and is not part of the report. August-November 2020 "
              "is not a deadline. Gmail, Date UTC+1. The husband's vacation responder answers our acknowledgement "
              "(h286-11)."))


# ================================================================ 11  FR  auto_reply  the husband's Gmail vacation responder
def m11():
    when = at("2021-02-04 10:22:39")
    ack = ack_mid(M10_QID)
    text = """Bonjour,

Je suis en stage de formation à Ouarzazate jusqu'au vendredi 12 février et je ne consulte pas régulièrement mes messages.

Pour les questions concernant les classes de 2e année bac, merci de vous adresser à l'administration du lycée.

Rachid Ait Ouahmane
Professeur de SVT
"""
    body = alt(text, "000000000000b8e13f05ba7a1b07", html=gmail_html(text))
    rows = std_rows(when, "mail-sor-f69.google.example.com", "192.0.2.69", "4DXp5Cw2RkZ4",
                    "Rachid Ait Ouahmane <rachid.aitouahmane@gmail.example.com>",
                    hdr("Absent jusqu'au 12 février", enc="Q"), rfcdate(sent_at(when, 1, 3)),
                    "<CAB9kLm5Ws2pR8vT+h3Xd6Nc9qF1gZe4jM7@mail.gmail.example.com>",
                    extra=[("Auto-Submitted", "auto-replied")], ret="rachid.aitouahmane@gmail.example.com")
    rows += [("In-Reply-To", ack), ("References", M10_ID + " " + ack)]
    add(11, when, top(body, rows), dict(category="auto_reply", language="fr", acknowledge=False, on_time=None,
        notes="Gmail vacation responder of the mailbox owner of h286-10 (the coordinator's husband, a teacher) "
              "answering our acknowledgement 34 seconds later: its own subject ('Absent jusqu'au 12 février', not "
              "'Re:'), Auto-Submitted: auto-replied, ordinary Return-Path, References name h286-10. It has nothing "
              "to do with the review. Never acknowledge; thread_of null as for dev auto-replies."))


# ================================================================ 12  AR  speaker  Basra cooperative via the extension office's webmail, 00:58 Iraq time = 23:58 Beirut
def m12():
    when = at("2021-02-05 23:58:41")
    subj = "ترشيح متحدثين - جمعية فلاحي ونخيل شط العرب التعاونية"
    text = """السادة أمانة الاستعراض الإقليمي المحترمون
تحية طيبة

نعتذر عن الكتابة في هذه الساعة المتأخرة، فقد انقطعت الكهرباء عن المنطقة طوال المساء ولم تعد إلا قبل قليل.

نكتب إليكم باسم جمعية فلاحي ونخيل شط العرب التعاونية في قضاء أبي الخصيب بمحافظة البصرة، ومن بريد شعبة الإرشاد الزراعي في القضاء بعد استئذان مديرها، إذ لا تملك الجمعية بريداً إلكترونياً خاصاً بها.

منذ سنوات يصعد اللسان الملحي من الخليج في شط العرب كل صيف، وقد بلغت الملوحة في صيف 2018 حداً أحرق بساتين النخيل ونفقت معه الجواميس، فهاجرت مئات العوائل من قرى القضاء إلى مركز البصرة وإلى محافظات أخرى، وما زالت الهجرة مستمرة.

نرغب بترشيح كل من:
أولاً: السيد عبد الكريم ناصر الحلفي، رئيس الجمعية، لإلقاء مداخلة في إحدى الجلسات العامة للمؤتمر.
ثانياً: السيدة نادية عبد الأمير جاسم، عضوة الهيئة الإدارية ومسؤولة لجنة المرأة الريفية في الجمعية، لمداخلة في المائدة المستديرة الثالثة.

وللمتابعة يرجى الاتصال على الهاتف 07800000000 (أبو مصطفى) أو الرد على هذا البريد.

مع التقدير
علي حسين عبد الله
أمين سر الجمعية

--
شعبة الإرشاد الزراعي في أبي الخصيب
مديرية زراعة البصرة
هذا البريد مخصص للمراسلات الرسمية
"""
    html = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8" /></head><body '
            'style=\'font-size: 10pt; font-family: Verdana,Geneva,sans-serif\'>\n<div dir="rtl">%s</div>\n'
            '</body></html>\n' % "<br />\n".join(esc(x) for x in text.rstrip("\n").split("\n")))
    body = alt(text, "=_b6c1f4a07e93d2518c0a7e4f29b6d315", html=html, b64=True)
    m = mk(when, sent_at(when, 3, 6), "webmail.agriculture-basra.example.iq", "203.0.113.142", "4DZ1Qw6HnZ9",
           addr("شعبة الإرشاد الزراعي - أبي الخصيب", "irshad.abukhasib@agriculture-basra.example.iq"), hdr(subj),
           "<e4b71c9a20f3d8561b7a0c2e9f4d3a18@agriculture-basra.example.iq>", body,
           extra=[("User-Agent", ROUNDCUBE)])
    add(12, when, m, dict(category="speaker_request", language="ar", acknowledge=True, on_time=True, speakers=[
        sp("عبد الكريم ناصر الحلفي", "رئيس الجمعية", "جمعية فلاحي ونخيل شط العرب التعاونية", ["plenary"]),
        sp("نادية عبد الأمير جاسم", "عضوة الهيئة الإدارية ومسؤولة لجنة المرأة الريفية",
           "جمعية فلاحي ونخيل شط العرب التعاونية", ["roundtable"], 3)],
        notes="deadline edge across time zones: the Date header is Saturday 6 February 00:58 +0300 (Basra), but the "
              "server received it at 23:58 Beirut time on Friday 5 February, so it is on time. Sent from the "
              "district agricultural extension office's webmail with permission (From name and the automatic footer "
              "'شعبة الإرشاد الزراعي ... مديرية زراعة البصرة' are not the speakers' affiliation); signed by the "
              "cooperative's secretary, who is not a speaker. Two speakers with 'أولاً/ثانياً', 'السيد/السيدة' "
              "dropped; 'في الجمعية' left out of the second title; 'إحدى الجلسات العامة' = plenary, 'المائدة "
              "المستديرة الثالثة' = 3. 2018 and 'مئات العوائل' are decoys. Roundcube, base64."))


# ================================================================ 13  EN  speaker  late: Aden fishermen from a youth centre's Yahoo, trusting the Arabic misprint
def m13():
    when = at("2021-02-06 09:14:50")
    subj = "Nomination of rapporteur - Aden Artisanal Fishermen's Association"
    text = """Dear Secretariat,

Good morning. I am writing from the computer of the Sirah Youth Centre in Crater, Aden, where our association holds its meetings, so the email address is theirs and not ours.

The Aden Artisanal Fishermen's Association (AAFA) would like to nominate Mr. Salem Omar Ba-Hadi as rapporteur, to deliver the key messages of the stakeholders at the conference. Salem is the Deputy Chairman of the Association. He has worked with the fishing communities from Ras Imran to Abyan since 2015, including the families who came to Aden after the floods of April 2020 and the cyclones that destroyed their boats and huts on the coast.

We understood from the Arabic version of the invitation that requests for speaking roles are accepted until 23 February, so we hope this is in time. If we have misunderstood, please let us know.

Yours sincerely,

Mohammed Awadh Bin Shamlan
Secretary, Aden Artisanal Fishermen's Association (AAFA)
Aden, Yemen
Tel/WhatsApp: +967 77 000 0000
"""
    body = alt(text, "----=_Part_3120874_1604283117.1612595684512", html=yahoo_divs(text))
    m = mk(when, sent_at(when, 3, 6), "sonic311-24.consmr.mail.bf2.yahoo.example.com", "198.51.100.231",
           "4F0aL8Tp3WZ6", "Sirah Youth Centre <sirah.youthcentre@yahoo.example.com>", subj,
           "<1560718224.3120875.1612595684515@mail.yahoo.example.com>", body, extra=[("X-Mailer", YAHOO)])
    add(13, when, m, dict(category="speaker_request", language="en", acknowledge=True, on_time=False, speakers=[
        sp("Salem Omar Ba-Hadi", "Deputy Chairman", "Aden Artisanal Fishermen's Association (AAFA)", ["rapporteur"])],
        notes="late by about nine hours (Saturday 6 February, 10:14 in Aden): the sender relies on the Arabic "
              "letter's misprinted '23 February', but the speaker deadline is Friday 5 February. Written from a "
              "youth centre's Yahoo account (From name is the centre), signed by the association's secretary, who is "
              "not the speaker. 'Mr.' dropped; title in prose ('Salem is the Deputy Chairman of the Association'); "
              "'as rapporteur, to deliver the key messages' = rapporteur. 2015, April 2020 are decoys. Date UTC+3."))


# ================================================================ 14  FR  other  the nephew's thank-you answering our acknowledgement of 05
def m14():
    when = at("2021-02-08 12:30:17")
    ack = ack_mid(M05_QID)
    quoted = ack_text("fr", M05_SUBJ, "la demande de prise de parole")
    text = """Bonjour,

Merci beaucoup pour votre réponse. Je l'ai lue à mon oncle, il est très content et il vous remercie. Nous attendons la suite.

Wassim

Obtenir Outlook pour iOS<https://aka.example.ms/o0ukef>
________________________________
De : GCM Regional Review Arab States <gcmrrarabstates@iom.int>
Envoyé : vendredi 29 janvier 2021 15:21
À : Wassim Jaziri <wassim.jaziri93@hotmail.example.com>
Objet : Accusé de réception - %s

%s
""" % (M05_SUBJ, quoted)
    html = owa_html(text.replace("<https://aka.example.ms/o0ukef>", ""))
    body = alt(text, "_000_DB8P190MB0634F3C9A1D72E05_", html=html)
    m = mk(when, sent_at(when, 1, 7), "mail-db8eur05olkn2072.outbound.protection.outlook.example.com",
           "198.51.100.72", "4F1dS5Xr8KZ2", "Wassim Jaziri <wassim.jaziri93@hotmail.example.com>",
           hdr("RE: Accusé de réception - " + M05_SUBJ, enc="Q"),
           "<DB8P190MB0634F3C9A1D72E05@DB8P190MB0634.EURP190.PROD.OUTLOOK.example.com>", body,
           extra=[("In-Reply-To", ack), ("References", M05_ID + " " + ack), ("X-Mailer", IPHONE_OUTLOOK),
                  ("Content-Language", "fr-FR")])
    add(14, when, m, dict(category="other", language="fr", acknowledge=False, on_time=None, thread_of=H % 5,
        notes="thank-you from the nephew answering our acknowledgement of h286-05 (References name h286-05): adds "
              "nothing new, so no acknowledgement. Outlook for iOS with the whole acknowledgement quoted "
              "Outlook-style (not '>'-prefixed), which repeats 'demande de prise de parole'; 'Nous attendons la "
              "suite' is not a question. Date UTC+1."))


# ================================================================ 15  AR  other  a Libyan teacher writes from her brother's account: she only wants to listen
def m15():
    when = at("2021-02-09 17:45:33")
    subj = "نبي نحضر المؤتمر"
    text = """السلام عليكم

أنا سالمة، نكتبلكم من حساب خوي مبروك لأن ما عنديش إيميل.

إحنا عيلة من غات، طلعنا منها بعد السيول متاع 2019 اللي هدّت البيوت والمزارع، وتوا ساكنين في سبها. أنا نخدم أستاذة في مدرسة، وعندي طالبات كثير من عيلات نازحة زينا ومن عيلات مهاجرين من النيجر وتشاد.

شفت على الفيسبوك إن فيه مؤتمر للهجرة في المنطقة العربية يوم 24 و25 فبراير. نبي نحضر ونسمع بس، ما عنديش تقرير ولا نبي نتكلم في المؤتمر. كيف نسجل؟ وهل نقدر نكتب سؤال في الشات لو الحضور أونلاين؟

وشكراً

سالمة إبراهيم
أستاذة لغة عربية - سبها
"""
    body = alt(text, "000000000000c7a52e05baec6d19", html=android_html(text), b64=True)
    m = mk(when, sent_at(when, 2, 11), "mail-pj1-f53.google.example.com", "192.0.2.153", "4F2gV7Lm1QZ5",
           "Mabrouk Ibrahim <mabrouk.ibrahim.sebha@gmail.example.com>", hdr(subj),
           "<CAL3nXq8Wr5tK1vB+d9Mz2Hc7sP4fGy6jT0@mail.gmail.example.com>", body)
    add(15, when, m, dict(category="other", language="ar", acknowledge=True, on_time=None,
        notes="a teacher writes in Libyan dialect from her brother's Gmail (Latin From name 'Mabrouk Ibrahim', signed "
              "'سالمة إبراهيم'): she only wants to attend and listen ('ما عنديش تقرير ولا نبي نتكلم في المؤتمر' names "
              "both to say she sends neither) and asks how to register and whether chat questions are possible. "
              "Displacement after the 2019 floods in Ghat is context; 24 and 25 February are the conference days. "
              "Gmail on Android, base64, Date UTC+2."))


# ================================================================ 16  FR  report  the Kiffa cybercafe sends the scanned map and photos, replying to our answer to 01
def m16():
    when = at("2021-02-10 10:05:48")
    answer_id = ack_mid(M01_QID)
    answer = """Bonjour M. Cheikh Ahmed,

Merci pour votre message, et merci de transmettre nos salutations au président de l'AETA.

1. Oui : une carte et des photos accompagnées d'explications peuvent tout à fait constituer un rapport volontaire. Il n'y a pas de format imposé.
2. Nous ne pouvons malheureusement pas recevoir les rapports par WhatsApp. Merci de les envoyer en pièce jointe à cette adresse (des photos ou un scan suffisent), au plus tard le mardi 16 février 2021.
3. L'arabe est l'une des langues de la conférence. Pour demander une prise de parole, merci d'indiquer le nom, le titre et l'affiliation de l'intervenant avant le vendredi 5 février 2021.

Bien cordialement,
Secrétariat - Examen régional du PMM, États arabes"""
    files = ["AETA carte des parcours (scan).pdf", "AETA photos et explications.pdf"]
    text = """Bonjour,

C'est encore Cheikh Ahmed du Cyber Espoir de Kiffa. Merci pour votre réponse du 22 janvier, je l'ai lue au président de l'AETA.

Comme vous l'avez dit, voici le rapport volontaire de l'Association des Éleveurs Transhumants de l'Assaba (AETA). Je l'ai scanné ici au cyber en deux fichiers :
- la carte des parcours et des points d'eau, avant (1990) et maintenant (2020), dessinée par les anciens (1 page) ;
- les photos des jeunes avec les explications du président, que j'ai tapées (9 pages).

Le président dit que c'est la première fois que les éleveurs de l'Assaba écrivent aux Nations Unies, et il vous remercie.

Cheikh Ahmed
pour le président de l'AETA, M. Mohamed Lemine ould Ahmed Salem
Cyber Espoir - Kiffa


Le vendredi 22 janvier 2021 à 09:30:12 UTC, GCM Regional Review Arab States <gcmrrarabstates@iom.int> a écrit :

""" + gt(answer) + "\n"
    carte = make_pdf(["AETA - Association des Eleveurs Transhumants de l'Assaba",
                      "Carte des parcours et des points d'eau : 1990 et 2020", "(dessin des anciens, scan)", "",
                      "Kiffa - Boumdeid - Kankossa - frontiere du Mali"])
    photos = rep_pdf("AETA - Photos et explications", "Association des Eleveurs Transhumants de l'Assaba (AETA)",
                     ["La mare de Tintane seche en novembre", "Les troupeaux vers le Mali", "Les puits pastoraux",
                      "Les jeunes partis a Nouakchott", "Ce que nous demandons"])
    a = alt(text, "----=_Part_3356120_902174385.1612944344901", html=yahoo_divs(text))
    body = multi("mixed", [a, attach("application/pdf", carte, files[0]), attach("application/pdf", photos, files[1])],
                 "----=_Part_3356119_1451977032.1612944344900")
    m = mk(when, sent_at(when, 0, 4), "sonic317-11.consmr.mail.ir2.yahoo.example.com", "198.51.100.217",
           "4F3kW2Np6RZ0", "Cyber Espoir Kiffa <cyberespoir.kiffa@yahoo.example.fr>",
           hdr("Re: " + M01_SUBJ, enc="Q"), "<1018457733.3356121.1612944344903@mail.yahoo.example.com>", body,
           extra=[("X-Mailer", YAHOO), ("In-Reply-To", answer_id), ("References", M01_ID + " " + answer_id)])
    add(16, when, m, dict(category="voluntary_report", language="fr", acknowledge=True, on_time=True,
        thread_of=H % 1, report_attachments=files,
        notes="the report announced in h286-01, sent by the same cybercafe as a reply to the secretariat's answer "
              "(References name h286-01): a scanned hand-drawn map and a PDF of photos with typed explanations, both "
              "together the report (parentheses in one name). The quoted answer mentions a speaking request with "
              "'nom, titre et affiliation' and both deadlines, but nobody is proposed. 1990/2020 and '9 pages' are "
              "decoys. Yahoo, Date UTC+0."))


# ================================================================ 17  EN  report  GIS lab's shared account: atlas PDF (the KMZ is not the report)
def m17():
    when = at("2021-02-11 15:20:06")
    subj = "Voluntary GCM review report - Atlas of drought-related displacement in Ninewa (on behalf of Dr. Sura Al-Jubouri)"
    file_ = "CMML_Atlas_Drought_Displacement_Ninewa_2021.pdf"
    kmz_name = "Ninewa_displacement_layers.kmz"
    text = """Dear GCM Regional Review secretariat,

I am sending this from the shared account of the Climate and Mobility Mapping Lab (CMML) on behalf of Dr. Sura Al-Jubouri, the lab's director, who is travelling this week.

Attached is our voluntary GCM review report: "Atlas of drought-related displacement in Ninewa, 2017-2020". It brings together 22 maps built from satellite rainfall and vegetation data, displacement tracking figures and our own field surveys in 46 villages of the Sinjar, Tal Afar and Ba'aj districts, with a short commentary for each map and a chapter of recommendations.

The attached KMZ file is not part of the report. It contains the map layers for Google Earth, in case your GIS colleagues want to look at the data behind the atlas.

If you have any questions about the data, please write to this address; Dr. Al-Jubouri is copied.

Best regards,

Haval Sherzad
Research Assistant
Climate and Mobility Mapping Lab (CMML)
Erbil, Kurdistan Region - Iraq
--
CMML shared mailbox - read by the lab team
"""
    kmz = make_kmz([("Village 01 - Sinjar", "households left: 38%", "41.87", "36.32"),
                    ("Village 02 - Tal Afar", "households left: 21%", "42.45", "36.37"),
                    ("Village 03 - Ba'aj", "households left: 54%", "41.73", "35.86")])
    pdf = rep_pdf("Atlas of drought-related displacement in Ninewa, 2017-2020",
                  "Climate and Mobility Mapping Lab (CMML), Erbil - Dr. Sura Al-Jubouri (ed.)",
                  ["Rainfall and vegetation, 2017-2020", "Villages emptied: Sinjar, Tal Afar, Ba'aj",
                   "Where people went", "22 maps with commentary", "Recommendations"])
    tp = leaf("text/plain", flowed(text), "utf-8", "8bit", params=[("format", "flowed")])
    body = multi("mixed", [tp, attach("application/pdf", pdf, file_),
                           attach("application/vnd.google-earth.kmz", kmz, kmz_name)],
                 "------------C4F1A7B92D0E3856A1F4B7C2")
    m = mk(when, sent_at(when, 3, 7), "mail.cmml-erbil.example.org", "203.0.113.58", "4F4mY9Rb2TZ8",
           '"CMML Lab" <lab@cmml-erbil.example.org>', subj,
           "<3f7a2c91-5d84-4b0e-a6c3-9e1d7f20b458@cmml-erbil.example.org>", body,
           cc='"Dr. Sura Al-Jubouri" <s.aljubouri@cmml-erbil.example.org>',
           extra=[("User-Agent", TB), ("Content-Language", "en-US")])
    add(17, when, m, dict(category="voluntary_report", language="en", acknowledge=True, on_time=True,
        report_attachments=[file_],
        notes="an atlas of maps as the report, sent from a lab's shared account (From 'CMML Lab') by a research "
              "assistant 'on behalf of' the director, who is in Cc: only the PDF is the report; the KMZ (map layers "
              "for Google Earth) is explicitly 'not part of the report'. Nobody asks to speak. 22 maps, 46 villages, "
              "2017-2020 are decoys. Thunderbird, 8bit format=flowed, Date UTC+3."))


# ================================================================ 18  AR  both  Tihama fishers' cooperative via its accountant's mailbox: study + speaker (speaker part late)
def m18():
    when = at("2021-02-12 11:00:27")
    subj = "التقرير الطوعي لجمعية الخوخة التعاونية للصيادين وطلب مداخلة"
    files = ["دراسة ميدانية - البحر لم يعد يكفي - جمعية الخوخة.pdf", "خطاب الجمعية مختوم.jpg"]
    text = """الإخوة في أمانة الاستعراض الإقليمي للاتفاق العالمي للهجرة المحترمين
السلام عليكم ورحمة الله وبركاته

نرسل إليكم من بريد مكتب الأهدل للمحاسبة الذي يمسك حسابات جمعيتنا، لعدم وجود بريد خاص بالجمعية وضعف الإنترنت في الخوخة.

نرفق لكم التقرير الطوعي لجمعية الخوخة التعاونية للصيادين، وهو دراسة ميدانية بعنوان «البحر لم يعد يكفي» عن أحوال الصيادين في الخوخة وحيس والمخا: ارتفاع حرارة البحر وقلة السمك، والسيول التي جرفت القوارب والعِشش، ونزوح أسر الصيادين إلى عدن والحديدة، وهجرة بعض الشباب عبر البحر. ومرفق أيضاً خطاب الجمعية المختوم الذي يعتمد إرسال التقرير.

كما نرغب أن يشارك الأخ/ عبده حسن مقبول، نائب رئيس الجمعية، وهو الذي أعدّ الدراسة مع فريق من الصيادين، بمداخلة في المائدة المستديرة الثالثة إن أمكن. ونحن نعلم أن موعد طلبات المداخلات قد مضى، ولكن نرجو النظر في طلبنا لأن الدعوة وصلتنا متأخرة.

وتقبلوا خالص التحية
رئيس الجمعية
أحمد علي الزبيدي
جمعية الخوخة التعاونية للصيادين - الخوخة، محافظة الحديدة
"""
    study = rep_pdf("The sea is no longer enough - a field study of fishers in Al-Khawkhah, Hays and Mokha",
                    "Al-Khawkhah Fishermen's Cooperative Association, Hodeidah governorate, 2021",
                    ["Warmer sea, fewer fish", "Floods and lost boats", "Families displaced to Aden and Hodeidah",
                     "Young men at sea", "Recommendations"])
    letter = photo(18, 48, 64, comment="scan of stamped cover letter")
    a = alt(text, "----=_Part_1822347_385011276.1613120421377", html=yahoo_divs(text, rtl=True), b64=True)
    body = multi("mixed", [a, attach("application/pdf", study, files[0]), attach("image/jpeg", letter, files[1])],
                 "----=_Part_1822346_1127736055.1613120421376")
    m = mk(when, sent_at(when, 3, 6), "sonic306-19.consmr.mail.bf2.yahoo.example.com", "198.51.100.219",
           "4F5nB4Kv7SZ1", addr("مكتب الأهدل للمحاسبة", "alahdal.accounting@yahoo.example.com"), hdr(subj),
           "<705218846.1822348.1613120421379@mail.yahoo.example.com>", body, extra=[("X-Mailer", YAHOO)])
    add(18, when, m, dict(category="both", language="ar", acknowledge=True, on_time=False, speakers=[
        sp("عبده حسن مقبول", "نائب رئيس الجمعية", "جمعية الخوخة التعاونية للصيادين", ["roundtable"], 3)],
        report_attachments=[files[0]],
        notes="'both' whose speaker part is late (12 February, after the 5 February speaker deadline; the sender "
              "knows it) while the report is on time, so on_time is false. Sent from an accounting office's Yahoo "
              "mailbox (From name 'مكتب الأهدل للمحاسبة'), signed by the cooperative's chairman, who is not the "
              "speaker. Only the PDF field study is the report; the JPEG is the stamped cover letter. 'الأخ/' "
              "dropped; 'وهو الذي أعدّ الدراسة' is not part of the title. Yahoo, base64, Date UTC+3."))


# ================================================================ 19  EN  report  the Akkar cooperative replaces its photo essay (another member signs)
def m19():
    when = at("2021-02-14 20:10:52")
    file_ = "Dry Seasons - Akkar Highlands photo essay v2.pdf"
    text = """Dear GCM Regional Review team,

Georges here, the cooperative's treasurer - Nour warned you that another one of us might write!

Please replace the photo essay we sent on 3 February with the corrected version attached. Two captions had the wrong village names (pages 7 and 15) and a paragraph was missing from the recommendations on page 23. Rita's speaker request stays exactly as it was.

Rita also asked me to tell you that she didn't receive your acknowledgement: the address we copied had a typo. Her correct address is rita.khouryphoto@outlook.example.com.

Many thanks,
Georges Daher
Treasurer, Akkar Highlands Agricultural Cooperative

On Wed, Feb 3, 2021 at 2:40 PM Akkar Highlands Coop <akkarhighlands.coop@gmail.example.com> wrote:

""" + gt(M08_TEXT) + "\n"
    pdf = rep_pdf("Dry Seasons: Leaving and Staying in the Akkar Highlands - a photo essay (corrected, v2)",
                  "Akkar Highlands Agricultural Cooperative - photographs by Rita Khoury",
                  ["Frost in May", "Orchards without workers", "The road to Beirut", "Those who stay",
                   "Recommendations (complete)"])
    a = alt(text, "000000000000a6f31c05bb5e8d24", html=gmail_html(text))
    body = multi("mixed", [a, attach("application/pdf", pdf, file_)], "000000000000a6f31e05bb5e8d26")
    m = mk(when, sent_at(when, 2, 7), "mail-lf1-f45.google.example.com", "192.0.2.45", "4F6qD1Wm5HZ3",
           "Akkar Highlands Coop <akkarhighlands.coop@gmail.example.com>", "Re: " + M08_SUBJ,
           "<CAG2vNk9Pr6yT3mW+d8Lx1Kc4sB7fHe2jQ9@mail.gmail.example.com>", body,
           extra=[("In-Reply-To", M08_ID), ("References", M08_ID)])
    add(19, when, m, dict(category="voluntary_report", language="en", acknowledge=True, on_time=True,
        thread_of=H % 8, report_attachments=[file_],
        notes="the corrected photo essay replacing the one in h286-08 ('Please replace ... with the corrected version "
              "attached'), a Gmail reply to the cooperative's own message from the same shared account but signed by "
              "another member. Only the v2 PDF is attached and listed. 'Rita's speaker request stays exactly as it "
              "was' is not a new request, and the quoted original still carries the speaker line, so not 'both'; the "
              "corrected Cc address explains the bounce h286-09. Pages 7, 15, 23 are decoys."))


# ================================================================ 20  FR  report  Algerian steppe photo report from a university lab mailbox; would have proposed its president
def m20():
    when = at("2021-02-15 09:30:19")
    subj = "Rapport volontaire AAPSD – reportage photo « La steppe se vide »"
    file_ = "AAPSD - La steppe se vide - reportage photo.pdf"
    text = """Madame, Monsieur,

Je vous écris depuis la boîte du laboratoire où je travaille, notre association n'ayant pas encore d'adresse à elle.

L'Association des Agro-Pasteurs de la Steppe de Djelfa (AAPSD) vous adresse en pièce jointe son rapport volontaire pour l'examen régional, sous la forme d'un reportage photographique : « La steppe se vide ». Trente-deux photographies prises entre Aïn Oussera, Hassi Bahbah et Messaâd, avec les témoignages des familles, montrent la dégradation des parcours, les sécheresses à répétition, l'ensablement, la vente des troupeaux et le départ des jeunes vers Alger, Oran ou de l'autre côté de la mer.

Nous aurions aimé proposer notre président pour une intervention à la conférence, mais nous avons appris trop tard que les demandes étaient closes le 5 février ; nous suivrons donc les travaux en ligne.

Le reportage existe aussi en arabe ; nous pouvons vous l'envoyer si vous le souhaitez.

Cordialement,

Karima Benaïssa
Secrétaire générale de l'AAPSD
Ingénieure d'études, Laboratoire Steppe et Sociétés
Djelfa – Algérie
"""
    pdf = rep_pdf("La steppe se vide - reportage photographique",
                  "Association des Agro-Pasteurs de la Steppe de Djelfa (AAPSD)",
                  ["Ain Oussera : les parcours", "Hassi Bahbah : secheresses", "Messaad : l'ensablement",
                   "Vendre le troupeau", "Partir", "Ce que demandent les familles"])
    a = alt(text, "=_3c8e1f0b-7a42-4d69-9b15-e2c07f4a6d83", html=zimbra_html(text))
    body = multi("mixed", [a, attach("application/pdf", pdf, file_)], "=_a91d5c27-4e0b-4f8a-b3c6-1d7e9f20a5b4")
    m = mk(when, sent_at(when, 1, 5), "zimbra.lab-steppe.example.dz", "203.0.113.96", "4F7rG6Xc9PZ2",
           addr("Labo Steppe & Sociétés", "labo.steppe@lab-steppe.example.dz", enc="Q"), hdr(subj, enc="Q"),
           "<1927340518.482716.1613377814052.JavaMail.zimbra@lab-steppe.example.dz>", body,
           extra=[("X-Mailer", ZIMBRA), ("Thread-Topic", hdr(subj, enc="Q")),
                  ("Thread-Index", "rTk2Vb8xQw1mN4pZ7cL3sH6fJ9dG")])
    add(20, when, m, dict(category="voluntary_report", language="fr", acknowledge=True, on_time=True,
        report_attachments=[file_],
        notes="a photo report (PDF) sent from a university lab's mailbox (From 'Labo Steppe & Sociétés') by the "
              "association's secretary general. The category turns on one sentence: 'Nous aurions aimé proposer "
              "notre président ... mais ... les demandes étaient closes le 5 février' proposes nobody (no name either), "
              "so not 'both'. 'Le reportage existe aussi en arabe' is an offer, not a second file. Thirty-two "
              "photographs are a decoy. Zimbra, Date UTC+1."))


# ================================================================ 21  AR  report  Delta field study at 23:49 on the report deadline, from the board chairman's Hotmail
M21_ID = "<AM0PR07MB4419D2E8B6C1F573@AM0PR07MB4419.eurprd07.prod.outlook.example.com>"
M21_SUBJ = "التقرير الطوعي - مؤسسة الدلتا للتنمية الريفية والبيئة"
M21_FILES = ["دراسة ميدانية - ملوحة الأرض وهجرة المزارعين في شمال الدلتا.pdf", "ملحق - خرائط الملوحة 2010-2020.pdf"]
M21_TEXT = """السادة أمانة الاستعراض الإقليمي المحترمين،

تحية طيبة وبعد،

أنا منى فتحي عبد الغني، منسقة البحث في مؤسسة الدلتا للتنمية الريفية والبيئة. بكتب لحضراتكم من إيميل الدكتور محمود الشربيني رئيس مجلس الأمناء، لأن إيميلي امتلأ ومش راضي يبعت مرفقات، والوقت خلاص.

مرفق التقرير الطوعي للمؤسسة، وهو دراسة ميدانية بعنوان «ملوحة الأرض وهجرة المزارعين في شمال الدلتا»، أجريناها في 18 قرية بمراكز الحامول وبلطيم والرياض بمحافظة كفر الشيخ، عن تملّح الأراضي بسبب تقدّم مياه البحر وقلة مياه الري، وعن هجرة الشباب إلى القاهرة والخليج وإيطاليا. ومرفق معاه ملحق الخرائط اللي بتوضح تطور الملوحة من 2010 لـ 2020، وهو جزء من الدراسة.

نعتذر عن الإرسال في آخر لحظة.

مع خالص الشكر،
منى فتحي عبد الغني
منسقة البحث - مؤسسة الدلتا للتنمية الريفية والبيئة
كفر الشيخ - مصر
"""


def m21():
    when = at("2021-02-16 23:49:37")
    study = rep_pdf("Soil salinity and farmers' migration in the northern Nile Delta - a field study",
                    "Delta Foundation for Rural Development and Environment, Kafr El Sheikh",
                    ["18 villages in Hamoul, Baltim and Riyadh", "Sea water and irrigation water",
                     "Who leaves: to Cairo, the Gulf, Italy", "Recommendations"])
    maps = make_pdf(["Annex - Salinity maps 2010-2020", "Delta Foundation for Rural Development and Environment",
                     "Map 1: 2010", "Map 2: 2015", "Map 3: 2020"])
    a = alt(M21_TEXT, "_000_AM0PR07MB4419D2E8B6C1F573_", html=owa_html(M21_TEXT, rtl=True), b64=True)
    body = multi("mixed", [a, attach("application/pdf", study, M21_FILES[0]),
                           attach("application/pdf", maps, M21_FILES[1])], "_004_AM0PR07MB4419D2E8B6C1F573_")
    m = mk(when, sent_at(when, 2, 10), "mail-am0eur07olkn2081.outbound.protection.outlook.example.com",
           "198.51.100.81", "4F8sH3Mz5KZ7", "Mahmoud Elsherbiny <m.elsherbiny55@hotmail.example.com>", hdr(M21_SUBJ),
           M21_ID, body, extra=[("Thread-Topic", hdr(M21_SUBJ)), ("Thread-Index", "AQHXBMd1Rk8sT3Vw6Nb9Xc2Lq5Pz7Hg=="),
                                ("Content-Language", "ar-EG"), ("X-MS-Has-Attach", "yes"),
                                ("X-MS-TNEF-Correlator", "")])
    add(21, when, m, dict(category="voluntary_report", language="ar", acknowledge=True, on_time=True,
        report_attachments=M21_FILES,
        notes="deadline edge: received 23:49 Beirut time on Tuesday 16 February (Cairo, UTC+2), on time. Sent from "
              "the board chairman's personal Hotmail (Latin From name 'Mahmoud Elsherbiny') by the research "
              "coordinator, whose own mailbox is full (Egyptian colloquial 'بكتب لحضراتكم', 'والوقت خلاص'). Two "
              "PDFs with Arabic names: the field study and its maps annex, which the mail calls 'جزء من الدراسة', so "
              "both are listed. 18 villages, 2010-2020 are decoys. Outlook.com, base64. Her follow-up asks whether "
              "it arrived (h286-24)."))


# ================================================================ 22  EN  report  late by 12 minutes: Gulf fishers' welfare desk from Dubai (02:12 local)
def m22():
    when = at("2021-02-17 00:12:05")
    subj = "Voluntary report - Gulf Fishers' Welfare Network - field study (sorry for the delay)"
    file_ = "GFWN_Field_Study_Climate_Displaced_Fishers_2021.pdf"
    text = """Dear Secretariat,

Apologies for sending this so late at night. We planned to send it before midnight but the upload kept failing on the harbour wifi. I hope it still counts as 16 February in Beirut.

Please find attached the voluntary GCM review report of the Gulf Fishers' Welfare Network (GFWN): a field study of 140 fishermen from Bangladesh, India and Pakistan working on dhows in Dubai, Ajman and Ras Al Khaimah. Most of them come from coastal districts hit by cyclones and river erosion (Bhola, Satkhira, Thatta), and many took on recruitment debt after losing their land or boats at home. The study covers their contracts, wages during the 2020 fishing bans, their access to health care and what happens when they are injured at sea.

Kind regards,

Anwar Hossain
Field Officer, on behalf of the Welfare Desk
Gulf Fishers' Welfare Network (GFWN)
Dubai, United Arab Emirates

This message was sent from the shared Welfare Desk mailbox of GFWN. If you are not the intended recipient, please delete it and notify the sender.
"""
    pdf = rep_pdf("Climate-displaced fishers on Gulf dhows - a field study", "Gulf Fishers' Welfare Network (GFWN), "
                  "Dubai, February 2021", ["140 fishermen, three emirates", "From cyclone coasts to the Gulf",
                                           "Contracts, wages and fishing bans", "Injury at sea", "Recommendations"])
    a = alt(text, "_000_DXBP216MB0873A5C2E1F9D467_", html=outlook_html(text, lang="EN-US"))
    body = multi("mixed", [a, attach("application/pdf", pdf, file_)], "_004_DXBP216MB0873A5C2E1F9D467_")
    m = mk(when, sent_at(when, 4, 12), "mail-dxbp216-f12.outbound.protection.outlook.example.com", "198.51.100.212",
           "4F9tJ8Pb1LZ4", "GFWN Welfare Desk <welfare.desk@gfwn-gulf.example.org>", subj,
           "<DXBP216MB0873A5C2E1F9D467@DXBP216MB0873.ARE.P216.PROD.OUTLOOK.example.com>", body,
           extra=outlook(subj, "AdcEsT4mK9wR2xN7Pv1Zq6Lc3Hb8Jd==", lang="en-US", has_attach="yes"))
    add(22, when, m, dict(category="voluntary_report", language="en", acknowledge=True, on_time=False,
        report_attachments=[file_],
        notes="late by 12 minutes: received 00:12 Beirut time on Wednesday 17 February (Date 02:12 +0400, Dubai); "
              "the sender hopes 'it still counts as 16 February in Beirut', but it does not. Sent from a shared "
              "'Welfare Desk' mailbox by a field officer 'on behalf of the Welfare Desk'. A field study PDF; 140 "
              "fishermen and '2020 fishing bans' are decoys; disclaimer footer. Outlook."))


# ================================================================ 23  FR  other  Tataouine publinet: can a report still be sent after the power cut?
def m23():
    when = at("2021-02-17 10:30:44")
    subj = "Rapport de l'association - peut-on encore l'envoyer ?"
    text = """Bonjour,

C'est Amira qui écrit, depuis le publinet de Dhehiba, pour ma mère Mabrouka Ghanmi, présidente de l'Association des Femmes Éleveuses et Tisserandes de Dhehiba.

Hier toute la région était sans électricité à cause de la tempête de sable, et le publinet est resté fermé jusqu'à ce matin. Notre rapport volontaire est prêt depuis la semaine dernière : c'est une petite étude sur la sécheresse, la vente des chèvres et des brebis, et le départ des jeunes de Dhehiba vers la Libye, Tunis et l'Italie, avec des photos des tisserandes.

Est-ce qu'on peut encore vous l'envoyer, même avec un jour de retard ? Si vous dites oui, je l'envoie tout de suite, il est sur ma clé USB.

Merci d'avance pour votre réponse.

Amira Ghanmi
pour Mabrouka Ghanmi, présidente de l'association
"""
    body = alt(text, "0000000000009d4e6a05bb7c1f38", html=gmail_html(text))
    m = mk(when, sent_at(when, 1, 6), "mail-ej1-f41.google.example.com", "192.0.2.41", "4FBv5Nq2WcZ9",
           "Publinet El Amen <publinet.elamen.dhehiba@gmail.example.com>", hdr(subj, enc="Q"),
           "<CAE6rTm1Vx8qN3wK+g5Bz7Lc2sH9dPy4fR1@mail.gmail.example.com>", body)
    add(23, when, m, dict(category="other", language="fr", acknowledge=True, on_time=None,
        notes="after the report deadline, a daughter writes from a publinet's Gmail (From 'Publinet El Amen') for her "
              "mother, an association's president, and asks whether the report can still be sent: nothing is "
              "attached (it is 'sur ma clé USB'), so it is a question, 'other', with no deadline. The description of "
              "the study and 'Notre rapport volontaire est prêt' are decoys. Gmail, Date UTC+1."))


# ================================================================ 24  AR  other  the Delta coordinator asks whether the report of 21 arrived
def m24():
    when = at("2021-02-18 09:15:03")
    text = """صباح الخير،

بعتنا لحضراتكم التقرير الطوعي للمؤسسة يوم الثلاثاء بالليل من إيميل الدكتور محمود الشربيني، بس الدكتور مسافر ومش بيفتح الإيميل، فمش عارفين إذا كان وصلكم ولا لأ.

ممكن تأكدوا لنا إن التقرير والملحق وصلوا؟ ولو سمحتم ابعتوا أي رد على إيميلي أنا mona.fathy.delta@gmail.example.com بعد ما فضّيته.

شكراً جزيلاً،
منى فتحي عبد الغني
منسقة البحث - مؤسسة الدلتا للتنمية الريفية والبيئة

________________________________
من: Mahmoud Elsherbiny <m.elsherbiny55@hotmail.example.com>
تم الإرسال: الثلاثاء، 16 فبراير، 2021 11:49 م
إلى: gcmrrarabstates@iom.int <gcmrrarabstates@iom.int>
الموضوع: %s

%s""" % (M21_SUBJ, M21_TEXT)
    body = alt(text, "_000_AM0PR07MB44195B9A3E7D2C18_", html=owa_html(text, rtl=True), b64=True)
    m = mk(when, sent_at(when, 2, 8), "mail-am0eur07olkn2090.outbound.protection.outlook.example.com",
           "198.51.100.90", "4FCw7Rt4MbZ6", "Mahmoud Elsherbiny <m.elsherbiny55@hotmail.example.com>",
           re_hdr("RE: ", M21_SUBJ), "<AM0PR07MB44195B9A3E7D2C18@AM0PR07MB4419.eurprd07.prod.outlook.example.com>",
           body, cc="mona.fathy.delta@gmail.example.com",
           extra=[("In-Reply-To", M21_ID), ("References", M21_ID), ("Content-Language", "ar-EG")])
    add(24, when, m, dict(category="other", language="ar", acknowledge=True, on_time=None, thread_of=H % 21,
        notes="follow-up asking whether the report of h286-21 arrived, sent again from the chairman's Hotmail as a "
              "reply to it (In-Reply-To h286-21) and asking for the answer to go to her own, now emptied, Gmail (in "
              "Cc): a question, so acknowledged, but no new submission; nothing is attached although the quoted "
              "original (Outlook-style Arabic header, not '>'-prefixed) says 'مرفق التقرير'. Egyptian colloquial. "
              "Outlook.com, base64."))


def main():
    for f in (m01, m02, m03, m04, m05, m06, m07, m08, m09, m10, m11, m12, m13, m14, m15, m16, m17, m18, m19,
              m20, m21, m22, m23, m24):
        f()
    SET.write()


if __name__ == "__main__":
    main()
