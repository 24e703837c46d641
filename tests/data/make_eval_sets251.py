#!/usr/bin/env python3
"""Write the blind evaluation set holdout251 (24 raw .eml messages + labels.json).

Deterministic, standard library only:  cd tests/data && python3 make_eval_sets251.py
Theme: old clients and legacy encodings (25 January - 18 February 2021).  Small NGOs, cooperatives and public
offices of the Maghreb, Egypt and the Levant writing from the software they have always used: Outlook Express 6
from Sfax and Taroudant (iso-8859-1, hard-wrapped text, an attachment named with RFC 2047 inside the quoted
filename), Windows Live Mail from Assiut (windows-1256) and Oran (windows-1252 curly apostrophes and dashes),
Lotus Notes from a Jordanian municipality (a nomination, then its thanks) and a Lotus Notes out-of-office from an
Algerian university, Eudora from Nouadhibou, Pegasus Mail from Tlemcen with an 8-bit unencoded Subject sent at
23:41 local time (00:41 in Beirut), Evolution and KMail in iso-8859-6 from Homs and Nablus, SquirrelMail in
windows-1256 with a Q-encoded Arabic subject from a Hebron village cooperative, Thunderbird 2 from Figuig with an
RFC 2231 windows-1256 file name in continuations and an 'inline' attachment, an Arabic Exchange out-of-office, an
old Mac Mail sending its PDF as multipart/appledouble (resource fork + data fork), Apple Mail 4 hiding the PDF
inside the HTML alternative, an Outlook Web App HTML-only mail in windows-1252 from Zuwara, The Bat! from Bejaia
three minutes before the report deadline (RFC 2231 windows-1252 names), Outlook 2007 windows-1256 from Mafraq
(a report with a signed cover letter, then a corrected version the day after the deadline), a Bekaa municipality
whose mistyped Cc bounces, a Cairo refugee-led network proposing three people from a phone, and a BlackBerry.
Text hard-wrapped at 72 columns in the middle of names and organisation names.  Helpers from mailgen.py.
"""
import base64
import datetime as dt
import quopri
import struct
import textwrap
from urllib.parse import quote

from mailgen import (EvalSet, DOCX, POL, POSTFIX_NOTICE, addr, at, dsn_report, esc, flowed, hdr, leaf,
                     make_docx, make_pdf, multi, received, rep_pdf, rfcdate, sent_at, sp, top, BOX)
from mailgen import ack_id as ack_mid
from email.message import Message

SET = EvalSet(251)
add = SET.add
H = "h251-%02d.eml"

OE6 = [("X-Priority", "3"), ("X-MSMail-Priority", "Normal"),
       ("X-Mailer", "Microsoft Outlook Express 6.00.2900.5931"),
       ("X-MimeOLE", "Produced By Microsoft MimeOLE V6.00.2900.6157")]
WLM = [("X-Priority", "3"), ("X-MSMail-Priority", "Normal"), ("Importance", "Normal"),
       ("X-Mailer", "Microsoft Windows Live Mail 16.4.3528.331"),
       ("X-MimeOLE", "Produced By Microsoft MimeOLE V16.4.3528.331")]
NOTES = "Lotus Notes Release 8.5.3FP6 November 21, 2013"
PREAMBLE_OE = "This is a multi-part message in MIME format."
PREAMBLE_NOTES = "This is a multipart message in MIME format."


# ---------------------------------------------------------------- local helpers (legacy shapes built by hand)
def wrap(text, width=72):
    """Hard-wrap every long line at `width` columns, as Outlook Express, Pegasus or Evolution do on sending."""
    out = []
    for line in text.split("\n"):
        if len(line) <= width:
            out.append(line)
        else:
            out.extend(textwrap.wrap(line, width, break_long_words=False, break_on_hyphens=False))
    return "\n".join(out)


def raw(rows, data, cte):
    """A MIME leaf whose headers are written exactly as given (order, case, folding); data: bytes."""
    m = Message(policy=POL)
    for k, v in rows:
        m[k] = v
    if cte.lower() == "base64":
        payload = base64.encodebytes(data).decode("ascii")
    elif cte.lower() == "quoted-printable":
        payload = quopri.encodestring(data.replace(b"\r\n", b"\n")).decode("ascii")
    else:  # 7bit / 8bit: the bytes themselves
        payload = data.decode("ascii", "surrogateescape")
    m.set_payload(payload)
    return m


def container(ctype, parts, preamble=None):
    """A multipart whose Content-Type (boundary included, folded as the client folds it) is given verbatim."""
    m = Message(policy=POL)
    m["Content-Type"] = ctype
    for p in parts:
        m.attach(p)
    if preamble is not None:
        m.preamble = preamble
    return m


def put(body, rows):
    """Like mailgen.top, but the rows carry their own MIME-Version (where and how the client writes it)."""
    m = Message(policy=POL)
    for k, v in rows:
        if v is not None:
            m[k] = v
    for k, v in body.items():
        m[k] = v
    m._payload = body._payload
    m.preamble = body.preamble
    return m


def build(when, host, ip, qid, rows, body, ret, helo=None, preamble=None):
    """Transport headers of mx1.iom.int on top of the client's own header rows and body."""
    head = [("Return-Path", "<%s>" % ret), ("Delivered-To", BOX), ("Received", received(when, host, ip, qid, helo))]
    m = put(body, head + rows)
    if preamble is not None:
        m.preamble = preamble
    return m


def date0(d):
    """A Date with a zero-padded day (Eudora, Evolution, KMail, The Bat!)."""
    s = rfcdate(d)
    day = s.split(" ")[1]
    return s.replace(" %s " % day, " %02d " % int(day), 1)


def rfc2231_cs(param, name, charset, chunk=None):
    """param*=charset''%XX... in a legacy charset; with chunk, split into param*0*, param*1*, ... continuations."""
    enc = [quote(ch.encode(charset), safe="") for ch in name]
    if not chunk:
        return "%s*=%s''%s" % (param, charset, "".join(enc))
    pieces, cur = [], ""
    for q in enc:
        if cur and len(cur) + len(q) > chunk:
            pieces.append(cur)
            cur = ""
        cur += q
    pieces.append(cur)
    return ";\n ".join("%s*%d*=%s%s" % (param, k, charset + "''" if k == 0 else "", p)
                       for k, p in enumerate(pieces))


def ew(text, charset, enc="B"):
    """One RFC 2047 encoded word (used inside quoted parameters, as Outlook Express and Outlook do)."""
    data = text.encode(charset)
    if enc == "B":
        return "=?%s?B?%s?=" % (charset, base64.b64encode(data).decode("ascii"))
    q = "".join(chr(b) if (48 <= b <= 57 or 65 <= b <= 90 or 97 <= b <= 122 or chr(b) in "!*+-/") else
                ("_" if b == 32 else "=%02X" % b) for b in data)
    return "=?%s?Q?%s?=" % (charset, q)


def oe_html(text, charset):
    """The HTML alternative of Outlook Express 6 / Windows Live Mail: one <DIV><FONT> per line."""
    lines = "".join("<DIV><FONT face=Arial size=2>%s</FONT></DIV>\n" % (esc(x) if x else "&nbsp;")
                    for x in text.rstrip("\n").split("\n"))
    return ('<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.0 Transitional//EN">\n<HTML><HEAD>\n'
            '<META http-equiv=Content-Type content="text/html; charset=%s">\n'
            '<META content="MSHTML 6.00.2900.6036" name=GENERATOR>\n<STYLE></STYLE>\n</HEAD>\n'
            '<BODY bgColor=#ffffff>\n%s</BODY></HTML>\n' % (charset, lines))


def notes_html(text):
    paras = "".join('<br><font size=2 face="sans-serif">%s</font>\n' % (esc(x) if x else "")
                    for x in text.rstrip("\n").split("\n"))
    return paras


def exch_html(text, charset, rtl=False):
    d = ' dir="rtl"' if rtl else ""
    paras = "".join('<p class="MsoNormal"%s><span style="font-family:\'Arial\',\'sans-serif\'">%s</span></p>\n'
                    % (d, esc(x) if x else "&nbsp;") for x in text.rstrip("\n").split("\n"))
    return ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=%s">'
            '<meta name="Generator" content="Microsoft Word 12 (filtered medium)"></head>'
            '<body lang="AR-SA" link="blue" vlink="purple"><div class="Section1"%s>\n%s</div></body></html>\n'
            % (charset, d, paras))


def appledouble_header(ftype, creator):
    """An AppleDouble header file (RFC 1740): Finder info + an empty ('intentionally left blank') resource fork."""
    finder = ftype + creator + b"\x01\x00" + b"\x00" * 22
    note = b"This resource fork intentionally left blank   "
    rhead = struct.pack(">IIII", 256, 256, 0, 30)
    rfork = rhead + b"\x00" * 112 + note + b"\x00" * (256 - 16 - 112 - len(note))
    rfork += rhead + b"\x00" * 4 + b"\x00\x00" + b"\x00\x00" + struct.pack(">HHH", 28, 30, 0xFFFF)
    head = struct.pack(">II", 0x00051607, 0x00020000) + b"\x00" * 16 + struct.pack(">H", 2)
    off = 26 + 2 * 12
    head += struct.pack(">III", 9, off, len(finder)) + struct.pack(">III", 2, off + len(finder), len(rfork))
    return head + finder + rfork


def patch_last(old, new):
    """Replace bytes in the last message added (for headers no library would write, e.g. an 8-bit Subject)."""
    fname, data, lab = SET.messages[-1]
    assert data.count(old) == 1, (fname, old)
    SET.messages[-1] = (fname, data.replace(old, new), lab)


def ack_subject(subj):
    return "Acknowledgement of receipt - " + subj


# ================================================================ 01  FR  speaker  Sfax return-migrants association, Outlook Express 6, roundtable IV
def m01():
    when = at("2021-01-25 10:42:18")
    sent = sent_at(when, 1, 9)
    subj = "Candidature à une intervention (table ronde IV)"
    text = wrap("""Bonjour,

Suite à votre lettre d'invitation relative à l'examen régional du Pacte mondial pour les migrations, qui nous est parvenue par le biais du Forum des associations du Sud, l'Association Sfaxienne d'Accompagnement des Migrants de Retour (ASAMR) souhaite proposer sa présidente, Mme Nadia Frikha Ellouze, pour une intervention dans la table ronde thématique IV.

Notre association accompagne depuis 2013 les jeunes de Sfax, de Kerkennah et de Mahrès revenus d'Italie, expulsés ou rentrés d'eux-mêmes, ainsi que les familles de jeunes disparus en mer. Mme Frikha est médecin généraliste de formation ; elle préside l'association depuis 2017 et suit elle-même les familles de disparus.

Nous restons à votre disposition pour tout renseignement complémentaire.

Salutations distinguées,

Mounir Kallel
Secrétaire général de l'ASAMR
Route de Tunis km 0,5 - Sfax
Tél : 74 000 000
""")
    alt_part = container('multipart/alternative;\n\tboundary="----=_NextPart_001_0015_01D6F300.8C4A2B10"', [
        raw([("Content-Type", 'text/plain;\n\tcharset="iso-8859-1"'),
             ("Content-Transfer-Encoding", "quoted-printable")], text.encode("iso-8859-1"), "quoted-printable"),
        raw([("Content-Type", 'text/html;\n\tcharset="iso-8859-1"'),
             ("Content-Transfer-Encoding", "quoted-printable")],
            oe_html(text, "iso-8859-1").encode("iso-8859-1"), "quoted-printable")])
    rows = [("Message-ID", "<001401d6f300$8c4a2b10$0201a8c0@PCSECRETARIAT>"),
            ("From", addr("ASAMR Sfax", "asamr.sfax@planet.example.tn")),
            ("To", "<%s>" % BOX), ("Subject", hdr(subj, "iso-8859-1", "Q")), ("Date", rfcdate(sent)),
            ("MIME-Version", "1.0")] + OE6
    body = alt_part
    m = build(when, "smtp3.planet.example.tn", "203.0.113.17", "4DPQ1n6TzKz3", rows, body,
              "asamr.sfax@planet.example.tn", helo="PCSECRETARIAT", preamble=PREAMBLE_OE)
    add(1, when, m, dict(category="speaker_request", language="fr", acknowledge=True, on_time=True, speakers=[
        sp("Nadia Frikha Ellouze", "présidente",
           "Association Sfaxienne d'Accompagnement des Migrants de Retour (ASAMR)", ["roundtable"], 4)],
        notes="Outlook Express 6 from Sfax: iso-8859-1 quoted-printable text hard-wrapped at 72 columns, so the "
              "association's name and the speaker's name are cut across lines in the text part (the HTML part "
              "keeps them whole); subject Q-encoded in iso-8859-1. Roundtable in Roman numerals ('table ronde "
              "thématique IV'); 'Mme' dropped, title from 'sa présidente', 'médecin généraliste de formation' is "
              "background. The sender (secretary general, shared mailbox 'ASAMR Sfax') is not the speaker; Date "
              "in UTC+1."))


# ================================================================ 02  AR  other  Assiut social solidarity directorate: attend as observers only (WLM, windows-1256)
def m02():
    when = at("2021-01-26 13:05:51")
    sent = sent_at(when, 2, 12)
    subj = "استفسار بخصوص حضور المؤتمر بصفة مراقب - مديرية التضامن الاجتماعي بأسيوط"
    text = """السادة أمانة الاستعراض الإقليمي للاتفاق العالمي للهجرة
تحية طيبة وبعد،

أتشرف بإفادة سيادتكم بأن خطاب الدعوة الخاص بالاستعراض الإقليمي قد وصل إلى المديرية عن طريق إحدى الجمعيات الأهلية بالمحافظة، ونظراً لأن محافظة أسيوط من أكثر المحافظات التي يسافر أبناؤها للعمل في ليبيا والأردن ودول الخليج، فإن إدارة الأسرة والطفولة بالمديرية تتابع أوضاع أسر العمالة المسافرة والأطفال الذين يعيشون بعيداً عن آبائهم.

ونود الاستفسار عما إذا كان من الممكن أن يحضر المؤتمر يومي 24 و25 فبراير اثنان من العاملين بالإدارة بصفة مراقب، مع العلم بأننا لا نرغب في إلقاء كلمة ولا في تقديم تقرير، وإنما الاستماع والاستفادة من تجارب الدول الأخرى. وفي حالة الموافقة نرجو إفادتنا بطريقة التسجيل، ورابط المشاركة إذا كان المؤتمر سيعقد عن بعد.

وتفضلوا بقبول وافر الاحترام،

محاسب/ عادل فهمي عبد الحميد
مدير إدارة الأسرة والطفولة
مديرية التضامن الاجتماعي بأسيوط
ت: 088 000 0000
"""
    cs = "windows-1256"
    alt_part = container('multipart/alternative;\n\tboundary="----=_NextPart_000_0023_01D6F3E2.4B7D1A90"', [
        raw([("Content-Type", 'text/plain;\n\tcharset="windows-1256"'),
             ("Content-Transfer-Encoding", "quoted-printable")], text.encode(cs), "quoted-printable"),
        raw([("Content-Type", 'text/html;\n\tcharset="windows-1256"'),
             ("Content-Transfer-Encoding", "quoted-printable")],
            oe_html(text, cs).replace("<BODY bgColor=#ffffff>", "<BODY dir=rtl bgColor=#ffffff>").encode(cs),
            "quoted-printable")], preamble=None)
    rows = [("From", addr("عادل فهمي", "adel.fahmy.tadamon@tedata.example.net.eg", cs, "B")),
            ("To", "<%s>" % BOX), ("Subject", hdr(subj, cs, "B")), ("Date", rfcdate(sent)),
            ("MIME-Version", "1.0")] + WLM[:4] + [("Message-ID", "<6F2C3D1A8E4B4F7C9A0D@AdelPC>")] + WLM[4:]
    m = build(when, "mx-out2.tedata.example.net.eg", "203.0.113.92", "4DQbW51HxPz8", rows, alt_part,
              "adel.fahmy.tadamon@tedata.example.net.eg", helo="AdelPC", preamble=PREAMBLE_OE)
    add(2, when, m, dict(category="other", language="ar", acknowledge=True, on_time=None,
        notes="a public office (Assiut social solidarity directorate) asking whether two staff may attend the "
              "conference as observers and how to register; it says in so many words that it wants neither to "
              "speak nor to submit a report, so nothing is requested or submitted. Windows Live Mail, "
              "windows-1256 quoted-printable text and HTML, windows-1256 B-encoded From and Subject; the "
              "signer's 'محاسب/' is a professional prefix, not part of a speaker name (there is no speaker)."))


# ================================================================ 03  EN  speaker  Greater Irbid Municipality, Lotus Notes, two nominees
M03_ID = "<OF5E3A2B1C.7D9F8E6A-ON42258667.0031A2B4-42258667.0031C5D8@gim.example.gov.jo>"
M03_SUBJ = "Nomination of participants - Greater Irbid Municipality"
M03_QID = "4DRk3c0NbVz6"


def m03():
    when = at("2021-01-27 11:02:19")
    sent = sent_at(when, 2, 3)
    text = wrap("""Dear Sir/Madam,

Further to the invitation letter for the Regional Review of the Global Compact for Migration in the Arab region, the Local Development Unit of Greater Irbid Municipality would like to propose two participants from our side.

Irbid hosts more than 130,000 registered Syrian refugees, most of them living in the city itself and not in camps, and since 2014 our unit has coordinated the municipal services projects in the neighbourhoods with the highest numbers of refugees (solid waste, street lighting, parks and the two new community centres in the eastern districts).

1) Our first nominee is Dr. Lubna Obeidat, Head of the Local Development Unit. We would like her to serve as one of the rapporteurs who will present the key messages of the stakeholders.

2) Mr. Khaled Shraideh, to take part in the open discussion of the multi-stakeholder consultation on 23 February.

Khaled is our Community Liaison Officer and he follows every day the neighbourhood committees of Syrian and Jordanian residents in the eastern districts.

Best regards,

Rami Haddadin
Projects Officer
Local Development Unit
Greater Irbid Municipality (GIM)
Tel. +962 2 000 0000
""") + """_____________________________________________
This e-mail and any attachment are confidential and intended solely for the
addressee. If you have received it in error please notify the sender and
delete it. Greater Irbid Municipality accepts no liability for its content.
"""
    alt_part = container('multipart/alternative; boundary="=_alternative 0031C5D642258667_="', [
        raw([("Content-Type", 'text/plain; charset="US-ASCII"')], text.encode("ascii"), "7bit"),
        raw([("Content-Type", 'text/html; charset="US-ASCII"')], notes_html(text).encode("ascii"), "7bit")])
    rows = [("To", BOX), ("Subject", M03_SUBJ), ("MIME-Version", "1.0"), ("X-Mailer", NOTES),
            ("Message-ID", M03_ID), ("From", "Rami Haddadin <rami.haddadin@gim.example.gov.jo>"),
            ("Date", rfcdate(sent)),
            ("X-MIMETrack", "Serialize by Router on GIMMAIL01/GIM(Release 8.5.3FP6|November 21, 2013) at\n"
                            "\t27/01/2021 11:02:16"),
            ("X-KeepSent", "5E3A2B1C:7D9F8E6A-42258667:0031A2B4;\n type=4; name=$KeepSent")]
    m = build(when, "gimmail01.gim.example.gov.jo", "203.0.113.150", M03_QID, rows, alt_part,
              "rami.haddadin@gim.example.gov.jo", preamble=PREAMBLE_NOTES)
    gim = "Greater Irbid Municipality (GIM)"
    add(3, when, m, dict(category="speaker_request", language="en", acknowledge=True, on_time=True, speakers=[
        sp("Lubna Obeidat", "Head of the Local Development Unit", gim, ["rapporteur"]),
        sp("Khaled Shraideh", "Community Liaison Officer", gim, ["open_discussion"])],
        notes="Lotus Notes 8.5 from a Jordanian municipality (multipart/alternative with the '=_alternative' "
              "boundary, US-ASCII, font-tag HTML, X-MIMETrack, disclaimer), text hard-wrapped at 72 so the first "
              "nominee's title is cut ('Head of the Local Development / Unit'). Two nominees: 'Dr.' and 'Mr.' dropped; "
              "the second nominee's title is only in a later paragraph ('Khaled is our Community Liaison "
              "Officer'); the acronym GIM only in the signature. 'serve as one of the rapporteurs who will present "
              "the key messages' = rapporteur. The sender is not a speaker. Thanked in h251-04."))


# ================================================================ 04  EN  other  Notes thank-you to our acknowledgement of 03
def m04():
    when = at("2021-01-28 08:47:33")
    sent = sent_at(when, 2, 3)
    ack = ack_mid(M03_QID)
    new = """Dear colleagues,

Many thanks for your confirmation. Dr. Lubna and Khaled were very pleased, and we will wait for the programme
and the connection details.

Best regards,

Rami Haddadin
Projects Officer
Local Development Unit
Greater Irbid Municipality (GIM)



From:   GCM Regional Review Arab States <gcmrrarabstates@iom.int>
To:     Rami Haddadin <rami.haddadin@gim.example.gov.jo>
Date:   27/01/2021 11:03
Subject:        Acknowledgement of receipt - %s



Dear Rami Haddadin,

The secretariat of the Regional Review of the Global Compact for Migration in the Arab region acknowledges
receipt of your message and of your request for a speaking role (2 speakers). The secretariat will come back
to you about the programme.

GCM Regional Review - Arab States
""" % M03_SUBJ
    alt_part = container('multipart/alternative; boundary="=_alternative 0030B8F942258668_="', [
        raw([("Content-Type", 'text/plain; charset="US-ASCII"')], new.encode("ascii"), "7bit"),
        raw([("Content-Type", 'text/html; charset="US-ASCII"')], notes_html(new).encode("ascii"), "7bit")])
    rows = [("In-Reply-To", ack), ("References", M03_ID + " " + ack), ("To", BOX),
            ("Subject", "Re: " + ack_subject(M03_SUBJ)), ("MIME-Version", "1.0"), ("X-Mailer", NOTES),
            ("Message-ID", "<OF0A7C2E91.3B5D6F48-ON42258668.002E1F07-42258668.0030B8F9@gim.example.gov.jo>"),
            ("From", "Rami Haddadin <rami.haddadin@gim.example.gov.jo>"), ("Date", rfcdate(sent)),
            ("X-MIMETrack", "Serialize by Router on GIMMAIL01/GIM(Release 8.5.3FP6|November 21, 2013) at\n"
                            "\t28/01/2021 08:47:30")]
    m = build(when, "gimmail01.gim.example.gov.jo", "203.0.113.150", "4DS7vH2MqRz1", rows, alt_part,
              "rami.haddadin@gim.example.gov.jo", preamble=PREAMBLE_NOTES)
    add(4, when, m, dict(category="other", language="en", acknowledge=False, on_time=None, thread_of=H % 3,
        notes="Lotus Notes thank-you to our acknowledgement of h251-03 (In-Reply-To/References): adds nothing "
              "new, so no acknowledgement. Notes quotes the acknowledgement under a 'From: / To: / Date: / "
              "Subject:' block without '>' marks, so the quoted text (which speaks of a speaking role and 2 "
              "speakers) reads like new text; the nominees are named by first name only."))


# ================================================================ 05  AR  speaker  Wadi al-Nadara rural association, Evolution, iso-8859-6 8bit, roundtable in words
def m05():
    when = at("2021-01-28 12:14:40")
    sent = sent_at(when, 2, 21)
    subj = "ترشيح الأستاذة رهف الخوري للمائدة المستديرة"
    text = wrap("""السادة المنظمين المحترمين،

تحية طيبة،

يرجو مجلس إدارة الجمعية من حضراتكم التكرم بقبول ترشيح الأستاذة رهف سليمان الخوري، مسؤولة البرامج في جمعية سنابل لتنمية الريف في وادي النضارة (ريف حمص الغربي)، للمشاركة بمداخلة في المائدة المستديرة المواضيعية الثالثة يوم 24 أو 25 شباط.

تعمل الأستاذة رهف منذ ست سنوات مع النساء اللواتي بقين في القرى بعد هجرة الأزواج والأبناء إلى لبنان وأوروبا، وتشرف حالياً على مشغل صغير لتصنيع الألبان والأجبان تعمل فيه اثنتا عشرة امرأة.

ملاحظة: الإنترنت عندنا ضعيف جداً والكهرباء تنقطع أغلب النهار، لذلك نرجو إرسال أي رد إلى هذا العنوان وإلى رقم الهاتف أدناه.

مع الشكر
نزار جرجس
رئيس مجلس إدارة جمعية سنابل لتنمية الريف
هاتف: 031 000 0000
""")
    cs = "iso-8859-6"
    body = raw([("Content-Type", 'text/plain; charset="ISO-8859-6"'), ("Content-Transfer-Encoding", "8bit")],
               text.encode(cs), "8bit")
    rows = [("Subject", hdr(subj, cs, "B")), ("From", addr("نزار جرجس", "sanabel.nadara@scs-net.example.org", cs)),
            ("To", BOX), ("Date", date0(sent)), ("Message-ID", "<1611828857.3120.14.camel@sanabel-pc>"),
            ("Mime-Version", "1.0"), ("X-Mailer", "Evolution 2.32.3 ")]
    m = build(when, "mail.scs-net.example.org", "203.0.113.201", "4DS9pL7WcFz4", rows, body,
              "sanabel.nadara@scs-net.example.org", helo="sanabel-pc")
    add(5, when, m, dict(category="speaker_request", language="ar", acknowledge=True, on_time=True, speakers=[
        sp("رهف سليمان الخوري", "مسؤولة البرامج", "جمعية سنابل لتنمية الريف", ["roundtable"], 3)],
        notes="Evolution on an old Linux PC in the Homs countryside: a single text/plain part in ISO-8859-6, "
              "8bit, hard-wrapped at 72 columns (the nomination sentence is cut in the middle of the speaker's "
              "name, 'رهف / سليمان الخوري'), ISO-8859-6 B-encoded Subject and From. 'الأستاذة' dropped; "
              "roundtable written in words ('المائدة المستديرة المواضيعية الثالثة'); 'في وادي النضارة (ريف حمص "
              "الغربي)' is the place. The sender (chairman of the board) is not the speaker."))


# ================================================================ 06  FR  other  Oran association: questions before its report (WLM, windows-1252)
def m06():
    when = at("2021-01-29 15:20:07")
    sent = sent_at(when, 1, 15)
    subj = "Questions avant l’envoi de notre rapport"
    text = """Bonjour Madame, Monsieur,

Je me permets de vous écrire au nom de l’association El Amel d’Oran, qui accompagne depuis 2009 les migrants subsahariens installés dans les quartiers de Sidi El Houari et d’Es-Sénia (soins, scolarisation des enfants, écoute juridique).

Nous avons bien reçu la lettre d’invitation et nous avons trois questions avant de nous mettre à l’œuvre :

– La conférence des 24 et 25 février aura-t-elle lieu en ligne, vu la situation sanitaire, ou faudra-t-il se déplacer ? Certains des migrants que nous accompagnons aimeraient témoigner, mais la plupart n’ont pas de passeport…
– Y aura-t-il une interprétation vers le français ? Peu d’entre nous sont à l’aise en anglais.
– Un rapport rédigé en français est-il recevable ?

Nous comptons vous envoyer notre rapport avant le 16 février, et notre présidente aimerait peut-être prendre la parole ; nous vous écrirons séparément à ce sujet une fois le bureau réuni.

Merci d’avance et bonne fin de semaine,

Karima Benaouda
Chargée de communication
Association El Amel – Oran
"""
    cs = "windows-1252"
    alt_part = container('multipart/alternative;\n\tboundary="----=_NextPart_000_0007_01D6F64B.91E3C250"', [
        raw([("Content-Type", 'text/plain;\n\tcharset="Windows-1252"'),
             ("Content-Transfer-Encoding", "quoted-printable")], text.encode(cs), "quoted-printable"),
        raw([("Content-Type", 'text/html;\n\tcharset="Windows-1252"'),
             ("Content-Transfer-Encoding", "quoted-printable")], oe_html(text, "Windows-1252").encode(cs),
            "quoted-printable")])
    rows = [("From", addr("Karima Benaouda", "elamel.oran@yahoo.example.fr")), ("To", "<%s>" % BOX),
            ("Subject", hdr(subj, "Windows-1252", "Q")), ("Date", rfcdate(sent)), ("MIME-Version", "1.0")] + \
        WLM[:4] + [("Message-ID", "<B3E81F2C04D947A5A6C2@KarimaPC>")] + WLM[4:]
    m = build(when, "smtp.yahoo.example.fr", "198.51.100.212", "4DSyT28KbNz9", rows, alt_part,
              "elamel.oran@yahoo.example.fr", helo="KarimaPC", preamble=PREAMBLE_OE)
    add(6, when, m, dict(category="other", language="fr", acknowledge=True, on_time=None,
        notes="questions before sending anything (online or in person? interpretation into French? is a French "
              "report accepted?): the report is announced for later and the president 'aimerait peut-être "
              "prendre la parole' but nobody is proposed. Windows Live Mail in Windows-1252: curly apostrophes "
              "(0x92), en dashes (0x96), 'œ' (0x9C) and an ellipsis (0x85) that a decoder taking the charset for "
              "iso-8859-1 turns into control characters; Windows-1252 Q-encoded Subject with a curly apostrophe."))


# ================================================================ 07  AR  speaker  Beit Ummar women's cooperative, SquirrelMail windows-1256, Q-encoded subject
def m07():
    when = at("2021-01-30 09:40:26")
    sent = sent_at(when, 2, 30)
    subj = "ترشيح رئيسة جمعية بيت أمر التعاونية"
    text = wrap("""السلام عليكم

نحن جمعية بيت أمر التعاونية للمرأة الريفية، جمعية صغيرة في بلدة بيت أمر شمال الخليل، نعمل في تصنيع المربيات والمخللات وتسويقها، ومعظم عضواتنا زوجات عمال يشتغلون في الداخل وفي المستوطنات، أو أزواجهن سافروا للشغل في الخليج وما رجعوا من سنين.

بعد ما اجتمعنا الأسبوع الماضي، بودّنا أن تشارك رئيسة الجمعية السيدة عبير يوسف أبو عياش في المؤتمر، في المائدة المستديرة رقم واحد، وإذا ما في مكان فيها فالثانية.

الرجاء إعلامنا شو الخطوات المطلوبة.

مع الاحترام
سامر أبو عياش
محاسب الجمعية
بيت أمر - الخليل
""", 76)
    cs = "windows-1256"
    body = raw([("Content-Type", "text/plain;charset=windows-1256"), ("Content-Transfer-Encoding", "8bit")],
               text.encode(cs), "8bit")
    rows = [("Message-ID", "<9c41e7b02d5f8a3316e0c4b9a27d5e18.squirrel@webmail.palnet.example.ps>"),
            ("Date", rfcdate(sent)), ("Subject", hdr(subj, cs, "Q")),
            ("From", "\"Samer Abu Ayyash\" <samer.ayyash@palnet.example.ps>"), ("To", BOX),
            ("User-Agent", "SquirrelMail/1.4.22"), ("MIME-Version", "1.0"), ("X-Priority", "3 (Normal)"),
            ("Importance", "Normal")]
    m = build(when, "webmail.palnet.example.ps", "203.0.113.66", "4DTgQ93JcWz2", rows, body,
              "samer.ayyash@palnet.example.ps")
    add(7, when, m, dict(category="speaker_request", language="ar", acknowledge=True, on_time=True, speakers=[
        sp("عبير يوسف أبو عياش", "رئيسة الجمعية", "جمعية بيت أمر التعاونية للمرأة الريفية", ["roundtable"], 1)],
        notes="SquirrelMail webmail of a Palestinian ISP: windows-1256 8bit text/plain hard-wrapped at 76, the "
              "Subject Q-encoded in windows-1256 (=?windows-1256?Q?...?=, Arabic in =XX escapes), ASCII From. "
              "Colloquial Arabic; the wrap cuts the speaker's name ('عبير / يوسف أبو عياش'); 'السيدة' dropped; roundtable written in words as a first and a second choice "
              "('رقم واحد، وإذا ما في مكان فيها فالثانية') -> 1. The sender (the cooperative's accountant, same "
              "family name) is not the speaker."))


# ================================================================ 08  EN  report  Wadi Khaled association, old Mac Mail, multipart/appledouble
M08_FILE = "WKRDA GCM report Feb 2021.pdf"


def m08():
    when = at("2021-02-01 16:25:03")
    sent = sent_at(when, 2, 11)
    before = flowed("""Dear colleagues,

Please find attached the voluntary GCM review report of the Wadi Khaled Rural Development Association (WKRDA), for the Regional Review in the Arab region.

Wadi Khaled is a group of border villages in the far north of Akkar, next to the Syrian border. Since 2011 our villages have received thousands of Syrian families, many of them relatives of local families, and the report looks at three things: the residency problems of Syrian refugees who cannot renew their papers, the children of mixed Lebanese-Syrian marriages who were never registered, and the seasonal workers who crossed the border for the harvest before it was closed.

The report was written by our small team with the help of two volunteer lawyers from Halba. We are sorry it is only in English; we can prepare an Arabic summary if it is useful.

Kind regards,

""")
    after = """

Jihane Ahmad
Coordinator
WKRDA - Wadi Khaled, Akkar, North Lebanon
+961 6 000 000
"""
    pdf = rep_pdf("Voluntary GCM review report", "Wadi Khaled Rural Development Association (WKRDA), Akkar",
                  ["Border villages and Syrian families since 2011", "Residency and renewal of papers",
                   "Unregistered children of mixed marriages", "Seasonal workers and the closed border",
                   "Recommendations"])
    t1 = raw([("Content-Transfer-Encoding", "7bit"),
              ("Content-Type", "text/plain;\n\tcharset=US-ASCII;\n\tformat=flowed;\n\tdelsp=yes")],
             before.encode("ascii"), "7bit")
    fork = raw([("Content-Transfer-Encoding", "base64"),
                ("Content-Type", 'application/applefile;\n\tname="%s"' % M08_FILE),
                ("Content-Disposition", 'attachment;\n\tfilename="%s"' % M08_FILE)],
               appledouble_header(b"PDF ", b"CARO"), "base64")
    data = raw([("Content-Transfer-Encoding", "base64"),
                ("Content-Type", 'application/pdf;\n\tx-unix-mode=0644;\n\tx-mac-type=50444620;\n\t'
                                 'x-mac-creator=4341524F;\n\tname="%s"' % M08_FILE),
                ("Content-Disposition", 'attachment;\n\tfilename="%s"' % M08_FILE)], pdf, "base64")
    dbl = container("multipart/appledouble;\n\tboundary=Apple-Mail-7--612593310", [fork, data])
    t2 = raw([("Content-Transfer-Encoding", "7bit"),
              ("Content-Type", "text/plain;\n\tcharset=US-ASCII;\n\tformat=flowed")], after.encode("ascii"), "7bit")
    body = container("multipart/mixed; boundary=Apple-Mail-6--612593311", [t1, dbl, t2])
    rows = [("Mime-Version", "1.0 (Apple Message framework v936)"),
            ("Message-Id", "<7E1D4B92-3C6A-4F05-8A2E-91B0C7D35F64@wkrda.example.org>"),
            ("From", "Jihane Ahmad <jihane@wkrda.example.org>"), ("Subject", "GCM voluntary report - Wadi Khaled (Akkar)"),
            ("Date", rfcdate(sent)), ("To", BOX), ("X-Mailer", "Apple Mail (2.936)")]
    m = build(when, "mail.wkrda.example.org", "203.0.113.131", "4DW2hK5RtYz7", rows, body, "jihane@wkrda.example.org",
              helo="[192.168.1.34]")
    add(8, when, m, dict(category="voluntary_report", language="en", acknowledge=True, on_time=True,
        report_attachments=[M08_FILE],
        notes="Mac Mail 3 (Apple Mail 2.936) sending its PDF as multipart/appledouble: an application/applefile "
              "part (AppleDouble header: Finder info and an empty resource fork) and the data fork, both named "
              "'%s' with a Content-Disposition each, so the name appears twice but there is one report file; the "
              "signature is a second text/plain part after the attachment. Names with spaces; the offer of an "
              "Arabic summary is not a second submission." % M08_FILE))


# ================================================================ 09  AR  both  Figuig oasis association, Thunderbird 2 windows-1256, RFC 2231 continuations
M09_ID = "<4B8F2C3A.6020509@wahat-figuig.example.ma>"
M09_SUBJ = "تقرير وترشيح - جمعية واحة فجيج للتنمية والتضامن"
M09_QID = "4DWz8Rk2PfZ5"
M09_FILE = "تقرير جمعية واحة فجيج حول الهجرة والعودة - فبراير 2021.docx"
M09_CC_NAME = "عبد الرحيم الهلالي"
M09_CC = "a.hilali@dpa-figuig.example.gov.ma"


def m09():
    when = at("2021-02-02 11:29:48")
    sent = sent_at(when, 1, 17)
    text = flowed("""السادة أعضاء أمانة الاستعراض الإقليمي،
السلام عليكم ورحمة الله،

تبعاً لرسالة الدعوة التي توصلنا بها من طرف شبكة جمعيات الجهة الشرقية، يشرفنا أن نبعث إليكم رفقته تقرير جمعية واحة فجيج للتنمية والتضامن حول وضعية المهاجرين من أبناء الواحة والعائدين منهم، وخاصة المتقاعدين العائدين من فرنسا، والأسر التي بقيت تعيش من الفلاحة في الواحة بعد هجرة الشباب.

كما نقترح أن يشارك في المؤتمر السيد محمد أمين بوعزة، نائب رئيس الجمعية، بمداخلة في إحدى الجلسات العامة، وهو متقاعد عاد إلى فجيج بعد ثلاثين سنة من العمل في مدينة ليون.

ونبقى رهن إشارتكم لكل معلومة إضافية، مع نسخة من هذه الرسالة إلى رئيس الجمعية.

وتقبلوا فائق التقدير والاحترام.

عن المكتب المسير
الكاتبة العامة: فاطمة الزهراء بلحاج
جمعية واحة فجيج للتنمية والتضامن
فجيج - المغرب
""")
    cs = "windows-1256"
    doc = make_docx(["جمعية واحة فجيج للتنمية والتضامن", "تقرير طوعي - الاستعراض الإقليمي للاتفاق العالمي للهجرة",
                     "1. المهاجرون من أبناء الواحة", "2. المتقاعدون العائدون من فرنسا",
                     "3. الفلاحة في الواحة بعد هجرة الشباب", "4. توصيات"])
    t = raw([("Content-Type", "text/plain; charset=windows-1256; format=flowed"),
             ("Content-Transfer-Encoding", "8bit")], text.encode(cs), "8bit")
    att = raw([("Content-Type", "%s;\n %s" % (DOCX, rfc2231_cs("name", M09_FILE, cs, 45))),
               ("Content-Transfer-Encoding", "base64"),
               ("Content-Disposition", "inline;\n %s" % rfc2231_cs("filename", M09_FILE, cs, 45))], doc, "base64")
    body = container('multipart/mixed;\n boundary="------------060105040302090806030204"', [t, att],
                     preamble="This is a multi-part message in MIME format.")
    rows = [("Message-ID", M09_ID), ("Date", rfcdate(sent)),
            ("From", addr("جمعية واحة فجيج", "wahat.figuig@menara.example.ma", cs)),
            ("User-Agent", "Thunderbird 2.0.0.24 (Windows/20100228)"), ("MIME-Version", "1.0"),
            ("To", BOX), ("CC", addr(M09_CC_NAME, M09_CC, cs)), ("Subject", hdr(M09_SUBJ, cs, "B"))]
    m = build(when, "smtp.menara.example.ma", "203.0.113.48", M09_QID, rows, body, "wahat.figuig@menara.example.ma")
    add(9, when, m, dict(category="both", language="ar", acknowledge=True, on_time=True, speakers=[
        sp("محمد أمين بوعزة", "نائب رئيس الجمعية", "جمعية واحة فجيج للتنمية والتضامن", ["plenary"])],
        report_attachments=[M09_FILE],
        notes="Thunderbird 2 in windows-1256 (8bit, format=flowed): the DOCX's long Arabic name is written only as "
              "RFC 2231 continuations in windows-1256 (name*0*=windows-1256''...; name*1*=...), with Thunderbird "
              "2's 'inline' disposition on a real attachment; Moroccan formal Arabic ('توصلنا', 'رفقته', 'رهن "
              "إشارتكم'). 'السيد' dropped; 'إحدى الجلسات العامة' = plenary; the retiree's thirty years in Lyon are "
              "background. The signer (secretary general) is not the speaker; the president in Cc is not a "
              "speaker either and his out-of-office answers our acknowledgement (h251-10). Date in UTC+1."))


# ================================================================ 10  AR  auto_reply  the Cc'd president's Exchange out-of-office (windows-1256)
def m10():
    when = at("2021-02-02 11:31:12")
    ack = ack_mid(M09_QID)
    cs = "windows-1256"
    text = """شكراً على رسالتكم.

أنا في مهمة خارج المكتب إلى غاية 8 فبراير 2021، مع إمكانية محدودة للاطلاع على البريد الإلكتروني.
للأمور المستعجلة المرجو الاتصال بالكتابة الخاصة للمديرية على الرقم 0536000000.

عبد الرحيم الهلالي
رئيس مصلحة التنمية القروية
المديرية الإقليمية للفلاحة بفجيج
"""
    alt_part = container('multipart/alternative;\n\tboundary="_000_DB6PR0801MB1893E2A4C1F0B7D5DB6PR0801MB1893_"', [
        raw([("Content-Type", 'text/plain; charset="windows-1256"'), ("Content-Transfer-Encoding", "base64")],
            text.replace("\n", "\r\n").encode(cs), "base64"),
        raw([("Content-Type", 'text/html; charset="windows-1256"'), ("Content-Transfer-Encoding", "base64")],
            exch_html(text, cs, rtl=True).replace("\n", "\r\n").encode(cs), "base64")])
    subj = hdr("رد تلقائي: " + ack_subject(M09_SUBJ), cs, "B")
    rows = [("From", addr(M09_CC_NAME, M09_CC, cs)), ("To", "GCM Regional Review Arab States <%s>" % BOX),
            ("Subject", subj), ("Thread-Topic", hdr(ack_subject(M09_SUBJ), cs, "B")),
            ("Thread-Index", "AQHW+U2kq8Xz1c7bR0mE4vN6pL9tTA=="), ("Date", rfcdate(sent_at(when, 1, 3))),
            ("Message-ID", "<DB6PR0801MB1893E2A4C1F0B7D5@DB6PR0801MB1893.eurprd08.prod.outlook.example.com>"),
            ("References", M09_ID + " " + ack), ("In-Reply-To", ack), ("Auto-Submitted", "auto-replied"),
            ("X-MS-Has-Attach", ""), ("X-MS-TNEF-Correlator", ""), ("X-Auto-Response-Suppress", "All"),
            ("Content-Language", "ar-MA"), ("MIME-Version", "1.0")]
    m = put(alt_part, [("Return-Path", "<>"), ("Delivered-To", BOX),
                       ("Received", received(when, "mail-db6eur08on0611.outbound.protection.outlook.example.com",
                                             "198.51.100.61", "4DX0Bv3LkQz2"))] + rows)
    add(10, when, m, dict(category="auto_reply", language="ar", acknowledge=False, on_time=None,
        notes="Exchange out-of-office in windows-1256 (base64 text and HTML) of the president in Cc of h251-09, "
              "answering our acknowledgement 84 seconds later; the whole Subject ('رد تلقائي:' + our English "
              "subject + the Arabic original) is one windows-1256 B-encoded header; References name h251-09; "
              "Auto-Submitted: auto-replied, null Return-Path. Never acknowledge; thread_of null as for dev "
              "auto-replies."))


# ================================================================ 11  EN  speaker  Cairo refugee-led network: three people from a phone
def m11():
    when = at("2021-02-03 19:50:44")
    sent = sent_at(when, 2, 8)
    text = """Dear GCM team,

Good evening. I am writing for the Refugee-Led Community Network in Cairo (RLCN), an informal network of eleven small community organisations of Sudanese, South Sudanese, Eritrean and Syrian refugees in Ard El-Lewa, Faisal and 6th of October. Sorry for the late hour and for writing from my phone.

Our members met on Sunday and agreed to propose three people, all of them members of the RLCN steering group:

1. Dr. Amna Osman Idris - Chair of the Health Committee. She is a paediatrician from Khartoum and she would like to speak in the plenary.
2. Ustaz Gabriel Deng Akol - Education Coordinator, for the second roundtable (roundtable two, if we understood the letter correctly).
3. Ms. Helen Tesfay - Youth Coordinator. We thought she could be the rapporteur who presents the key messages of the stakeholders, she is very good at summarising and she speaks Arabic, English and Tigrinya.

We are not registered as an NGO in Egypt, so we don't have an official letter with a stamp. I hope this is not a problem.

Thank you
Mubarak Yousif
Coordinator, RLCN
"""
    html = ('<div dir="auto">%s</div>\n' % "<br>".join(esc(x) for x in text.rstrip("\n").split("\n")))
    body = multi("alternative", [leaf("text/plain", text), leaf("text/html", html)], "0000000000004f8c1a05ba7d3e92")
    rows = [("MIME-Version", "1.0"), ("From", "Mubarak Yousif <mubarak.rlcn@gmail.example.com>"),
            ("Date", rfcdate(sent)), ("Message-ID", "<CAH7s2Kp9vQ+Tn4bZ1xW6cLm3dF8gR0yE5j@mail.gmail.example.com>"),
            ("Subject", "Speakers from the Refugee-Led Community Network (Cairo)"), ("To", BOX)]
    m = build(when, "mail-lj1-f182.google.example.com", "192.0.2.182", "4DXpT60HcMz8", rows, body,
              "mubarak.rlcn@gmail.example.com")
    rl = "Refugee-Led Community Network in Cairo (RLCN)"
    add(11, when, m, dict(category="speaker_request", language="en", acknowledge=True, on_time=True, speakers=[
        sp("Amna Osman Idris", "Chair of the Health Committee", rl, ["plenary"]),
        sp("Gabriel Deng Akol", "Education Coordinator", rl, ["roundtable"], 2),
        sp("Helen Tesfay", "Youth Coordinator", rl, ["rapporteur"])],
        notes="three nominees from a refugee-led network in Cairo, one line each: honorifics 'Dr.', 'Ustaz' (a "
              "Sudanese 'Mr./teacher') and 'Ms.' dropped; roles in words ('speak in the plenary', 'the second "
              "roundtable (roundtable two ...)', 'the rapporteur who presents the key messages'); 'paediatrician "
              "from Khartoum' is background, not the title. The sender (coordinator) is not a speaker. Gmail on "
              "Android (the modern client of the set, for contrast)."))


# ================================================================ 12  FR  speaker  Nouadhibou women's association, Eudora, the sender herself
def m12():
    when = at("2021-02-04 12:10:35")
    sent = sent_at(when, 0, 6)
    text = flowed("""Madame, Monsieur,

J'ai pris connaissance de votre lettre d'invitation par le biais de la Plateforme des organisations de la société civile de Nouadhibou. Notre association travaille depuis 2006 avec les femmes migrantes ouest-africaines (sénégalaises, maliennes, guinéennes) qui vivent à Nouadhibou en attendant de partir vers les Canaries, ou qui y restent après l'échec de la traversée, et avec les familles mauritaniennes des jeunes partis en pirogue.

Je souhaiterais me porter candidate pour être l'une des rapporteuses chargées de présenter les messages clés des parties prenantes lors de la Conférence. J'ai déjà tenu ce rôle à l'atelier national sur la migration organisé à Nouakchott en novembre 2019.

Je parle français, arabe (hassaniya) et wolof, et je me débrouille en anglais.

Dans l'attente de votre retour, je vous prie d'agréer, Madame, Monsieur, mes salutations distinguées.

Mariem Mint Sidi Mohamed
Coordinatrice du programme Migration
Association Entraide des Femmes de Nouadhibou (AEFN)
BP 000 - Nouadhibou - Mauritanie
Tél : +222 00 00 00 00
""")
    body = raw([("Content-Type", 'text/plain; charset="iso-8859-1"; format=flowed'),
                ("Content-Transfer-Encoding", "quoted-printable")], text.encode("iso-8859-1"), "quoted-printable")
    rows = [("X-Mailer", "QUALCOMM Windows Eudora Version 7.1.0.9"), ("Date", date0(sent)),
            ("To", BOX), ("From", "Mariem Sidi <aefn.ndb@mauritel.example.mr>"),
            ("Subject", hdr("Candidature au rôle de rapporteuse - AEFN Nouadhibou", "iso-8859-1", "Q")),
            ("Mime-Version", "1.0"), ("Message-Id", "<6.2.5.6.2.20210204100958.01f2b4a0@mauritel.example.mr>")]
    m = build(when, "smtp.mauritel.example.mr", "203.0.113.222", "4DYHq17WmBz3", rows, body,
              "aefn.ndb@mauritel.example.mr", helo="AEFN-PC")
    add(12, when, m, dict(category="speaker_request", language="fr", acknowledge=True, on_time=True, speakers=[
        sp("Mariem Mint Sidi Mohamed", "Coordinatrice du programme Migration",
           "Association Entraide des Femmes de Nouadhibou (AEFN)", ["rapporteur"])],
        notes="self-nomination from Nouadhibou in old Eudora (iso-8859-1 quoted-printable, format=flowed): the "
              "body says only 'je souhaiterais me porter candidate' for the rapporteur role; her name, title and "
              "organisation are only in the signature, and the From display name is shorter ('Mariem Sidi'); "
              "'Mint' is part of a Mauritanian name, not an honorific. The 2019 workshop is history. Date in "
              "UTC+0 with a zero-padded day."))


# ================================================================ 13  EN  speaker  Zuwara municipal council, Outlook Web App HTML-only windows-1252
def m13():
    when = at("2021-02-05 16:45:22")
    sent = sent_at(when, 2, 5)
    paras = ["Dear Organizers,",
             "With reference to your invitation letter, the Social Affairs Office of Zuwara Municipal Council would "
             "like to nominate Eng. Sanad Abushaala, our Migration Focal Point, to speak at the Conference. Zuwara "
             "lies on the coast west of Tripoli and for years has been a departure point for boats to Lampedusa; "
             "since 2018 Eng. Sanad has coordinated the municipality’s work with the Red Crescent volunteers on the "
             "recovery of bodies and on the support to migrants brought back to shore.",
             "He would prefer a floor intervention in the plenary session, but if this is not possible a slot in "
             "Roundtable III would also be fine.",
             "Kindly note that our municipal e-mail server is often down; you may copy him on "
             "sanad.abushaala@libyana.example.ly.",
             "Best regards,",
             "Fathi Elgriw<br>Head of Social Affairs Office<br>Zuwara Municipal Council<br>Libya"]
    inner = "".join("<div>%s</div><div>&nbsp;</div>" % (p if p.startswith("Fathi") else esc(p)) for p in paras)
    page = ('<html dir="ltr"><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1252">'
            '<style>&lt;!-- --&gt;</style><style id="owaParaStyle">P {margin-top:0;margin-bottom:0;}</style>'
            '</head><body fPStyle="1" ocsi="0"><div style="direction: ltr;font-family: Tahoma;color: #000000;'
            'font-size: 10pt;">\n%s\n</div></body></html>\n' % inner)
    body = raw([("Content-Type", 'text/html; charset="windows-1252"'),
                ("Content-Transfer-Encoding", "quoted-printable")], page.encode("windows-1252"), "quoted-printable")
    subj = "Nomination of Zuwara Municipality's Migration Focal Point"
    rows = [("From", "Fathi Elgriw <f.elgriw@zuwara-mc.example.gov.ly>"), ("To", "\"%s\" <%s>" % (BOX, BOX)),
            ("Subject", subj), ("Thread-Topic", subj), ("Thread-Index", "AQHW+8kL2jN5qP7rT0vX3zB6dF9hK1mO"),
            ("Date", rfcdate(sent)),
            ("Message-ID", "<7A3C91E4B2D64F08A5E1C3B79D20F6A4@EXCH01.zuwara-mc.example.gov.ly>"),
            ("Accept-Language", "en-US, ar-LY"), ("Content-Language", "en-US"), ("X-MS-Has-Attach", ""),
            ("X-MS-TNEF-Correlator", ""), ("x-originating-ip", "[10.10.2.57]"), ("MIME-Version", "1.0")]
    m = build(when, "exch01.zuwara-mc.example.gov.ly", "203.0.113.240", "4DZ5mW84RpZ6", rows, body,
              "f.elgriw@zuwara-mc.example.gov.ly")
    add(13, when, m, dict(category="speaker_request", language="en", acknowledge=True, on_time=True, speakers=[
        sp("Sanad Abushaala", "Migration Focal Point", "Social Affairs Office of Zuwara Municipal Council",
           ["plenary", "roundtable"], 3)],
        notes="Outlook Web App (Exchange 2010) HTML-only mail in windows-1252 quoted-printable (curly apostrophe "
              "0x92), no text/plain part. 'Eng.' dropped; a first choice (plenary) and a fallback written in "
              "Roman numerals ('Roundtable III') -> roles plenary and roundtable, roundtable 3; the nominee's "
              "second address in the body is not a sender. Sent on the speaker deadline day (on time)."))


# ================================================================ 14  FR  speaker  Tlemcen retirees' association, Pegasus Mail, 8-bit Subject, late by Beirut time
SUBJ14 = "Demande d'intervention à la table ronde n°2 (AAEWT - Tlemcen)"


def m14():
    when = at("2021-02-06 00:41:09")
    sent = sent_at(when, 1, 7)
    text = wrap("""Monsieur, Madame,

Je vous prie de bien vouloir excuser l'heure tardive de ce message : notre réunion de bureau ne s'est terminée que ce soir, et je tenais à vous écrire avant minuit comme le demande votre lettre.

L'Association des Anciens Emigrés de la Wilaya de Tlemcen (AAEWT) regroupe près de 300 retraités qui ont travaillé en France, en Belgique et aux Pays-Bas entre 1962 et les années 2000, puis qui sont rentrés au pays. Beaucoup ont du mal à faire valoir leurs droits à la retraite et à l'assurance maladie des deux côtés de la Méditerranée.

Le bureau a décidé de proposer notre vice-président, M. Boumediene Kherbouche, pour une intervention à la deuxième table ronde. Il a été pendant 27 ans ouvrier chez Renault à Billancourt puis délégué syndical, et il connaît bien ces dossiers.

Veuillez agréer, Monsieur, Madame, l'expression de nos salutations distinguées.

Le Président
Tabet Mohammed
AAEWT - Tlemcen
""")
    body = raw([("Content-type", "text/plain; charset=ISO-8859-1"),
                ("Content-transfer-encoding", "Quoted-printable"),
                ("Content-description", "Mail message body")], text.encode("iso-8859-1"), "quoted-printable")
    rows = [("From", "\"AAEWT Tlemcen\" <aaewt.tlemcen@djaweb.example.dz>"), ("To", BOX),
            ("Date", date0(sent)), ("MIME-Version", "1.0"), ("Subject", "SUBJECT-8BIT-PLACEHOLDER"),
            ("Priority", "normal"), ("X-mailer", "Pegasus Mail for Windows (4.73)"),
            ("Message-ID", "<601DCB4E.13512.1C2F4A8@aaewt.tlemcen.djaweb.example.dz>")]
    m = build(when, "smtp2.djaweb.example.dz", "203.0.113.176", "4DZmF39TkXz0", rows, body,
              "aaewt.tlemcen@djaweb.example.dz", helo="[192.168.0.11]")
    add(14, when, m, dict(category="speaker_request", language="fr", acknowledge=True, on_time=False, speakers=[
        sp("Boumediene Kherbouche", "vice-président", "Association des Anciens Emigrés de la Wilaya de Tlemcen (AAEWT)",
           ["roundtable"], 2)],
        notes="Pegasus Mail with a raw 8-bit iso-8859-1 Subject (no RFC 2047: 'à' and '°' as bytes 0xE0 and 0xB0), "
              "lower-case 'Content-type'/'Content-transfer-encoding', text hard-wrapped at 72 (the speaker's name "
              "cut: 'M. Boumediene / Kherbouche'). Sent 'avant minuit' at 23:41 Algerian time (Date +0100) but received at 00:41 on 6 February "
              "in Beirut: late. 'M.' dropped; 'la deuxième table ronde' (and 'n°2' in the 8-bit Subject) -> 2; "
              "Renault and 27 years are background. The signer (president) is not the speaker."))
    patch_last(b"Subject: SUBJECT-8BIT-PLACEHOLDER", b"Subject: " + SUBJ14.encode("iso-8859-1"))


# ================================================================ 15  AR  report  Mafraq women's association, Outlook 2007 windows-1256, report + signed cover letter
M15_ID = "<004d01d6fdfb$3e1a7c40$ba4e74c0$@badia-women.example.jo>"
M15_SUBJ = "التقرير الطوعي - جمعية نساء البادية الشمالية للتنمية"
M15_QID = "4F0bR62VnKz4"
M15_FILE = "التقرير الطوعي - جمعية نساء البادية الشمالية.pdf"
M15_COVER = "كتاب تغطية موقع.pdf"
M15_SIG = """ميسون الخالدي
منسقة المشاريع
جمعية نساء البادية الشمالية للتنمية
المفرق - الأردن
"""


def outlook07(text, parts, boundary_tag, cs="windows-1256"):
    alt_part = container('multipart/alternative;\n\tboundary="----=_NextPart_001_%s"' % boundary_tag, [
        raw([("Content-Type", 'text/plain;\n\tcharset="windows-1256"'),
             ("Content-Transfer-Encoding", "quoted-printable")], text.encode(cs), "quoted-printable"),
        raw([("Content-Type", 'text/html;\n\tcharset="windows-1256"'),
             ("Content-Transfer-Encoding", "quoted-printable")], exch_html(text, cs, rtl=True).encode(cs),
            "quoted-printable")])
    return container('multipart/mixed;\n\tboundary="----=_NextPart_000_%s"' % boundary_tag, [alt_part] + parts,
                     preamble=PREAMBLE_OE)


def att07(ctype, data, fname, cs="windows-1256"):
    w = ew(fname, cs, "B")
    return raw([("Content-Type", '%s;\n\tname="%s"' % (ctype, w)), ("Content-Transfer-Encoding", "base64"),
                ("Content-Disposition", 'attachment;\n\tfilename="%s"' % w)], data, "base64")


def m15():
    when = at("2021-02-08 10:05:27")
    sent = sent_at(when, 2, 14)
    text = """السادة أمانة الاستعراض الإقليمي للاتفاق العالمي من أجل الهجرة الآمنة والمنظمة والنظامية المحترمين،

تحية طيبة وبعد،

مرفق طيه التقرير الطوعي لجمعية نساء البادية الشمالية للتنمية حول أثر اللجوء السوري على المجتمعات المستضيفة في قرى البادية الشمالية بمحافظة المفرق، وحول العمالة الزراعية الوافدة في المنطقة، إضافة إلى كتاب تغطية موقّع من رئيسة الجمعية.

نرجو التكرم بتأكيد الاستلام.

وتفضلوا بقبول فائق الاحترام،

""" + M15_SIG
    rep = rep_pdf("Voluntary GCM review report (Arabic)", "Northern Badia Women's Association for Development, Mafraq",
                  ["Host villages of the Northern Badia", "Syrian refugee families outside the camps",
                   "Migrant agricultural workers", "Table: women agricultural workers by village",
                   "Recommendations"])
    cover = make_pdf(["Cover letter (scanned)", "Northern Badia Women's Association for Development",
                      "Signed by the President of the Association", "Mafraq, 7 February 2021"])
    body = outlook07(text, [att07("application/pdf", rep, M15_FILE), att07("application/pdf", cover, M15_COVER)],
                     "0051_01D6FE0C.01A3E5B0")
    rows = [("From", addr("جمعية نساء البادية الشمالية", "info@badia-women.example.jo", "windows-1256")),
            ("To", "<%s>" % BOX), ("Subject", hdr(M15_SUBJ, "windows-1256", "B")), ("Date", rfcdate(sent)),
            ("Message-ID", M15_ID), ("MIME-Version", "1.0"), ("X-Mailer", "Microsoft Office Outlook 12.0"),
            ("Thread-Index", "Adb9+zuW8nT5a1Cq3Ke7Rf2Lx9Hm4Q=="), ("Content-Language", "ar-jo")]
    m = build(when, "mail.badia-women.example.jo", "203.0.113.87", M15_QID, rows, body, "info@badia-women.example.jo",
              helo="MAYSOUN-PC")
    add(15, when, m, dict(category="voluntary_report", language="ar", acknowledge=True, on_time=True,
        report_attachments=[M15_FILE],
        notes="Outlook 2007 in windows-1256 (quoted-printable text and HTML): two PDFs whose Arabic names are "
              "RFC 2047 windows-1256 encoded words inside the quoted name= and filename= parameters; only the "
              "first is the report, the second is the signed cover letter the body mentions ('كتاب تغطية'). "
              "Replaced by a corrected version after the deadline (h251-23)."))


# ================================================================ 16  FR  report  Taroudant argan cooperative, Outlook Express, RFC 2047 in the filename
M16_FILE = "Rapport volontaire Coopérative Tafoukt.docx"


def m16():
    when = at("2021-02-09 14:20:44")
    sent = sent_at(when, 1, 10)
    text = wrap("""Bonjour,

Veuillez trouver ci-joint le rapport volontaire de la Coopérative Féminine Tafoukt pour l'Argane, de la province de Taroudant, dans le cadre de l'examen régional du Pacte mondial pour les migrations.

Chaque printemps, plusieurs dizaines de femmes de nos douars partent travailler dans les champs de fraises de Huelva, en Espagne, avec des contrats saisonniers. En 2020, avec la fermeture des frontières, des milliers de saisonnières marocaines sont restées bloquées là-bas pendant des mois. Notre rapport raconte ce que ces femmes ont vécu et ce que la coopérative a pu faire pour leurs enfants restés au village.

Le rapport a été rédigé en français avec l'aide d'une étudiante de l'Université Ibn Zohr d'Agadir ; une version en arabe est en préparation.

Cordialement,

Zahra Aït Lahcen
Présidente de la Coopérative Féminine Tafoukt pour l'Argane
Douar Aït Iaaza - Taroudant
GSM : 06 00 00 00 00
""")
    cs = "iso-8859-1"
    doc = make_docx(["Cooperative Feminine Tafoukt pour l'Argane - Taroudant", "Rapport volontaire - examen regional du PMM",
                     "1. Les saisonnieres de Huelva", "2. L'ete 2020 : bloquees en Espagne",
                     "3. Les enfants restes au douar", "4. Recommandations"])
    w = ew(M16_FILE, cs, "Q")
    alt_part = container('multipart/alternative;\n\tboundary="----=_NextPart_001_0031_01D6FEE5.6A2B8C70"', [
        raw([("Content-Type", 'text/plain;\n\tcharset="iso-8859-1"'),
             ("Content-Transfer-Encoding", "quoted-printable")], text.encode(cs), "quoted-printable"),
        raw([("Content-Type", 'text/html;\n\tcharset="iso-8859-1"'),
             ("Content-Transfer-Encoding", "quoted-printable")], oe_html(text, cs).encode(cs), "quoted-printable")])
    att = raw([("Content-Type", '%s;\n\tname="%s"' % (DOCX, w)), ("Content-Transfer-Encoding", "base64"),
               ("Content-Disposition", 'attachment;\n\tfilename="%s"' % w)], doc, "base64")
    body = container('multipart/mixed;\n\tboundary="----=_NextPart_000_0030_01D6FEE5.6A2B8C70"', [alt_part, att],
                     preamble=PREAMBLE_OE)
    rows = [("Message-ID", "<003301d6fee5$6a2b8c70$0a01a8c0@coop-tafoukt>"),
            ("From", addr("Zahra Aït Lahcen", "coop.tafoukt@menara.example.ma", cs, "Q")),
            ("To", "<%s>" % BOX), ("Subject", hdr("Rapport volontaire - Coopérative Tafoukt (Taroudant)", cs, "Q")),
            ("Date", rfcdate(sent)), ("MIME-Version", "1.0")] + OE6
    m = build(when, "smtp.menara.example.ma", "203.0.113.48", "4F1cK47DxVz6", rows, body,
              "coop.tafoukt@menara.example.ma", helo="coop-tafoukt")
    add(16, when, m, dict(category="voluntary_report", language="fr", acknowledge=True, on_time=True,
        report_attachments=[M16_FILE],
        notes="Outlook Express 6 from Taroudant: the DOCX name is an RFC 2047 Q encoded word in iso-8859-1 inside "
              "the quoted filename (non-standard but what OE writes: 'Rapport_volontaire_Coop=E9rative...'), "
              "decoded with spaces; iso-8859-1 text hard-wrapped at 72 (the cooperative's name cut: 'Coopérative / "
              "Féminine Tafoukt') and an OE HTML twin; Q-encoded From "
              "('Aït') and Subject. The Arabic version 'en préparation' is not sent. Date in UTC+1."))


# ================================================================ 17  AR  other  Nablus legal aid centre: can we still ask to speak? (KMail iso-8859-6)
def m17():
    when = at("2021-02-10 11:50:02")
    sent = sent_at(when, 2, 9)
    text = """مساء الخير،

اسمي وعد، أعمل في مركز صغير للإرشاد القانوني للعمال في نابلس، ومعظم من نتابع قضاياهم عمال يشتغلون في الداخل وفي المستوطنات، بتصاريح أو بدونها.

علمنا بالمؤتمر متأخرين، وقرأنا في الرسالة العربية أن آخر موعد لطلبات المداخلات هو الجمعة 23 شباط، ثم قال لنا زميل إن النسخة الإنجليزية تذكر 5 شباط. هل ما زال بإمكاننا أن نرسل طلب مداخلة؟ وإذا كان ذلك ممكناً، ما هي المعلومات المطلوبة؟ لم نحدد بعد من سيتحدث باسم المركز.

شكراً جزيلاً،
وعد حمدان
مركز العامل للإرشاد القانوني - نابلس
"""
    cs = "iso-8859-6"
    body = raw([("Content-Type", 'Text/Plain;\n  charset="iso-8859-6"'),
                ("Content-Transfer-Encoding", "quoted-printable")], text.encode(cs), "quoted-printable")
    rows = [("From", addr("وعد حمدان", "waad.hamdan@alamel-legal.example.ps", cs, "Q")), ("To", BOX),
            ("Subject", hdr("سؤال عن طلب المداخلة", cs, "B")), ("Date", date0(sent)),
            ("User-Agent", "KMail/1.13.7 (Linux/3.2.0-4-686-pae; KDE/4.8.4; i686; ; )"), ("MIME-Version", "1.0"),
            ("Message-Id", "<202102101149.53211.waad.hamdan@alamel-legal.example.ps>")]
    m = build(when, "mail.alamel-legal.example.ps", "203.0.113.69", "4F2Nd58QbWz1", rows, body,
              "waad.hamdan@alamel-legal.example.ps", helo="waad-laptop.localdomain")
    add(17, when, m, dict(category="other", language="ar", acknowledge=True, on_time=None,
        notes="KMail in ISO-8859-6 quoted-printable ('Text/Plain' capitalised, From Q-encoded and Subject "
              "B-encoded in ISO-8859-6): a legal aid centre asks whether it may still request a speaking role, "
              "citing the Arabic letter's misprinted date and the English one; nobody is named ('لم نحدد بعد من "
              "سيتحدث'), so it is a question, not a request."))


# ================================================================ 18  EN  report  Bar Elias municipality, Outlook 2010 plain text, mistyped Cc
M18_ID = "<A6E3F01B9C2D4E7A8B5C16D2E90F3A47@BARELIAS-SRV.barelias.example.gov.lb>"
M18_SUBJ = "Voluntary report - Municipality of Bar Elias"
M18_QID = "4F2wJ69TmCz5"
M18_FILE = "Bar Elias Municipality - GCM voluntary report.pdf"
M18_BADCC = "rola.slieman@barelias.example.gov.lb"


def m18():
    when = at("2021-02-11 13:10:51")
    sent = sent_at(when, 2, 8)
    text = wrap("""Dear Sir/Madam,

On behalf of the Municipality of Bar Elias, in the Zahle district of the Bekaa valley, I am pleased to submit the attached voluntary report for the Regional Review of the Global Compact for Migration.

Bar Elias has about 60,000 Lebanese residents and today hosts more than 40,000 Syrian refugees, in the town and in the informal tented settlements around it. The report describes the pressure on water, waste collection and schools since 2012, the joint committees the municipality created with the refugee community, and our recommendations for support to host municipalities.

Our Social Development Officer, Ms. Rola Sleiman, is copied on this email; please include her in any follow-up.

Best regards,

Bassam Mais
Secretary General
Municipality of Bar Elias
Bekaa - Lebanon
Tel: +961 8 000 000
""")
    pdf = rep_pdf("Voluntary GCM review report", "Municipality of Bar Elias, Zahle district, Bekaa",
                  ["Population and refugee presence", "Water, waste collection and schools since 2012",
                   "Joint committees with the refugee community", "Recommendations for host municipalities"])
    t = raw([("Content-Type", 'text/plain; charset="us-ascii"'), ("Content-Transfer-Encoding", "7bit")],
            text.encode("ascii"), "7bit")
    a = raw([("Content-Type", 'application/pdf;\n\tname="%s"' % M18_FILE),
             ("Content-Transfer-Encoding", "base64"),
             ("Content-Disposition", 'attachment;\n\tfilename="%s"' % M18_FILE)], pdf, "base64")
    body = container('multipart/mixed;\n\tboundary="----=_NextPart_000_0008_01D70067.2B5E9A30"', [t, a],
                     preamble=PREAMBLE_OE)
    rows = [("From", "\"Bassam Mais\" <secretary@barelias.example.gov.lb>"), ("To", "<%s>" % BOX),
            ("Cc", "\"Rola Sleiman\" <%s>" % M18_BADCC), ("Subject", M18_SUBJ), ("Date", rfcdate(sent)),
            ("Message-ID", M18_ID), ("MIME-Version", "1.0"), ("X-Mailer", "Microsoft Outlook 14.0"),
            ("Thread-Index", "AdcAZyte3kH8Qm4vRbT2n6Yc1Lp9Sw=="), ("Content-Language", "en-us")]
    m = build(when, "mail.barelias.example.gov.lb", "203.0.113.104", M18_QID, rows, body,
              "secretary@barelias.example.gov.lb", helo="BARELIAS-SRV")
    add(18, when, m, dict(category="voluntary_report", language="en", acknowledge=True, on_time=True,
        report_attachments=[M18_FILE],
        notes="Outlook 2010 plain-text mail (us-ascii, hard-wrapped at 72) from a host municipality in the Bekaa; "
              "the report PDF's name has spaces and a hyphen. The Social Development Officer in Cc is named with "
              "'Ms.' but is not a speaker (no speaking role is requested); her address is mistyped in the Cc "
              "header ('slieman') and the copy of our acknowledgement bounces (h251-19)."))


# ================================================================ 19  EN  bounce  the Cc copy of our acknowledgement of 18
def m19():
    when = at("2021-02-11 13:11:40")
    text = POSTFIX_NOTICE + """
<%s>: host mail.barelias.example.gov.lb[203.0.113.104] said: 550
    5.1.1 <%s>: Recipient address rejected: User unknown in
    virtual mailbox table (in reply to RCPT TO command)
""" % (M18_BADCC, M18_BADCC)
    dsn = ("Reporting-MTA: dns; mx1.iom.int\n"
           "X-Postfix-Queue-ID: 4F2wKp1SbDz7\n"
           "X-Postfix-Sender: rfc822; gcmrrarabstates@iom.int\n"
           "Arrival-Date: %s\n\n"
           "Final-Recipient: rfc822; %s\n"
           "Original-Recipient: rfc822;%s\n"
           "Action: failed\n"
           "Status: 5.1.1\n"
           "Remote-MTA: dns; mail.barelias.example.gov.lb\n"
           "Diagnostic-Code: smtp; 550 5.1.1 <%s>: Recipient address rejected: User\n"
           "    unknown in virtual mailbox table\n"
           % (rfcdate(when - dt.timedelta(seconds=3), "EET"), M18_BADCC, M18_BADCC, M18_BADCC))
    hdrs = ("Return-Path: <gcmrrarabstates@iom.int>\n"
            "From: GCM Regional Review Arab States <gcmrrarabstates@iom.int>\n"
            "To: \"Bassam Mais\" <secretary@barelias.example.gov.lb>\n"
            "Cc: \"Rola Sleiman\" <%s>\n"
            "Subject: %s\n"
            "Date: %s\n"
            "Message-ID: %s\n"
            "In-Reply-To: %s\n"
            "References: %s\n" % (M18_BADCC, ack_subject(M18_SUBJ), rfcdate(when - dt.timedelta(seconds=6)),
                                  ack_mid(M18_QID), M18_ID, M18_ID))
    body = dsn_report(text, dsn, hdrs, "4F2wKr3VcFz9.1613041900/mx1.iom.int")
    rows = [("Return-Path", "<>"), ("Delivered-To", BOX),
            ("Received", "by mx1.iom.int (Postfix)\r\n\tid 4F2wKr3VcFz9; %s" % rfcdate(when, "EET")),
            ("Date", rfcdate(when, "EET")),
            ("From", "MAILER-DAEMON@mx1.iom.int (Mail Delivery System)"),
            ("Subject", "Undelivered Mail Returned to Sender"), ("To", BOX), ("Auto-Submitted", "auto-replied"),
            ("Message-Id", "<20210211111140.4F2wKr3VcFz9@mx1.iom.int>")]
    add(19, when, top(body, rows), dict(category="bounce", language="en", acknowledge=False, on_time=None,
        notes="Postfix DSN (550 5.1.1 user unknown) for the Cc copy of our acknowledgement of h251-18; the "
              "returned headers carry h251-18's subject about a voluntary report and its Message-ID. Never "
              "acknowledge; thread_of null as for dev bounces."))


# ================================================================ 20  FR  both  Kairouan association, Apple Mail 4: PDF inside the HTML alternative; speaker late
M20_FILE = "Rapport_volontaire_ANDL_février_2021.pdf"


def m20():
    when = at("2021-02-12 18:05:16")
    sent = sent_at(when, 1, 12)
    cs = "iso-8859-1"
    before = """Bonsoir,

Ci-joint le rapport volontaire de l'Association Nakhla pour le Développement Local (ANDL), basée à Kairouan, consacré aux jeunes des délégations rurales de Haffouz, Oueslatia et Chebika qui partent chaque année travailler sur les chantiers de Sfax, de Tunis ou de Libye, et à ceux qui tentent la traversée vers Lampedusa.

"""
    after = """

Nous aimerions aussi, si c'est encore possible malgré la date, que le Dr Slim Jaziri, sociologue, membre du conseil d'administration de l'ANDL, puisse prendre la parole lors d'une séance plénière. C'est lui qui a dirigé l'enquête sur laquelle s'appuie le rapport.

Bien cordialement,

Amel Saidani
Chargée de suivi-évaluation
ANDL - Kairouan
"""
    pdf = rep_pdf("Rapport volontaire - Examen regional du PMM", "Association Nakhla pour le Developpement Local (ANDL)",
                  ["Les delegations rurales de Haffouz, Oueslatia et Chebika", "Le travail saisonnier sur les chantiers",
                   "Les departs vers Lampedusa", "Recommandations"])

    def h(t):
        return ('<html><head></head><body style="word-wrap: break-word; -webkit-nbsp-mode: space; '
                '-webkit-line-break: after-white-space; ">%s</body></html>'
                % "".join("<div>%s</div>" % (esc(x) if x else "<br>") for x in t.strip("\n").split("\n")))
    plain = raw([("Content-Transfer-Encoding", "quoted-printable"),
                 ("Content-Type", "text/plain;\n\tcharset=iso-8859-1")],
                (before + "[%s]" % M20_FILE + after).encode(cs), "quoted-printable")
    att = raw([("Content-Disposition", "attachment;\n\t" + rfc2231_cs("filename", M20_FILE, cs)),
               ("Content-Type", "application/pdf;\n\tx-unix-mode=0644;\n\tname=\"%s\"" % ew(M20_FILE, cs, "Q")),
               ("Content-Transfer-Encoding", "base64")], pdf, "base64")
    h1 = raw([("Content-Transfer-Encoding", "quoted-printable"), ("Content-Type", "text/html;\n\tcharset=iso-8859-1")],
             h(before).encode(cs), "quoted-printable")
    h2 = raw([("Content-Transfer-Encoding", "quoted-printable"), ("Content-Type", "text/html;\n\tcharset=iso-8859-1")],
             h(after).encode(cs), "quoted-printable")
    mixed = container("multipart/mixed;\n\tboundary=Apple-Mail-3--701529846", [h1, att, h2])
    body = container("multipart/alternative; boundary=Apple-Mail-2--701529847", [plain, mixed])
    rows = [("From", "Amel Saidani <andl.kairouan@gnet.example.tn>"),
            ("Subject", hdr("Rapport volontaire ANDL + intervention en plénière", cs, "Q")),
            ("Date", rfcdate(sent)), ("Message-Id", "<C4A81E2F-6B3D-49A7-95E0-2D7F1C8B3E56@gnet.example.tn>"),
            ("To", BOX), ("Mime-Version", "1.0 (Apple Message framework v1085)"), ("X-Mailer", "Apple Mail (2.1085)")]
    m = build(when, "smtp.gnet.example.tn", "203.0.113.33", "4F3Hp71LzRz2", rows, body,
              "andl.kairouan@gnet.example.tn", helo="[192.168.1.3]")
    add(20, when, m, dict(category="both", language="fr", acknowledge=True, on_time=False, speakers=[
        sp("Slim Jaziri", "membre du conseil d'administration",
           "Association Nakhla pour le Développement Local (ANDL)", ["plenary"])],
        report_attachments=[M20_FILE],
        notes="Apple Mail 4 (Mail 2.1085) structure: multipart/alternative whose text/plain shows only "
              "'[file name]' while the PDF sits inside the HTML alternative (multipart/mixed: html, pdf, html); "
              "the name is RFC 2231 iso-8859-1 in the disposition ('f%E9vrier') and an iso-8859-1 Q word in "
              "name=. 'both' on 12 February: report on time, speaker part late ('si c'est encore possible "
              "malgré la date') -> on_time false. 'Dr' dropped; 'sociologue' is his profession, the title is "
              "'membre du conseil d'administration'; 'une séance plénière' = plenary. Sender is not the speaker."))


# ================================================================ 21  FR  report  Bejaia association, The Bat!, three minutes before the deadline
M21_ID = "<1518274203.20210216225632@tudert-dz.example.org>"
M21_SUBJ = "Rapport volontaire de l’ATDM (Béjaïa)"
M21_QID = "4F4Xn25GkTz8"
M21_FILE = "Rapport volontaire – ATDM.docx"
M21_LETTER = "Lettre d’accompagnement.pdf"
M21_CC = "o.meziani@univ-bejaia.example.dz"


def m21():
    when = at("2021-02-16 23:56:40")
    sent = sent_at(when, 1, 8)
    cs = "windows-1252"
    text = """Madame, Monsieur,

Vous trouverez ci-joint le rapport volontaire de l’Association Tudert pour les Droits des Migrants (ATDM), ainsi qu’une lettre d’accompagnement signée par notre présidente.

Le rapport porte sur les migrants subsahariens qui travaillent sur les chantiers de Béjaïa et d’Akbou, et sur les « harraga » de la côte kabyle, dont plusieurs familles de nos adhérents attendent encore des nouvelles. Il a été relu par Mme Ouardia Meziani, de l’Université de Béjaïa, qui est en copie.

Nous avons eu quelques soucis de connexion ce soir ; j’espère que le message vous parviendra dans les délais.

Bien à vous,

Lyes Hamadouche
Chargé de plaidoyer – ATDM
Béjaïa – Algérie
"""
    doc = make_docx(["Association Tudert pour les Droits des Migrants (ATDM) - Bejaia",
                     "Rapport volontaire - examen regional du Pacte mondial pour les migrations",
                     "1. Les migrants subsahariens sur les chantiers de Bejaia et d'Akbou",
                     "2. Les harraga de la cote kabyle et leurs familles", "3. Recommandations"])
    letter = make_pdf(["ATDM - Bejaia", "Lettre d'accompagnement", "Signee par la presidente de l'association"])
    t = raw([("Content-Type", "text/plain; charset=windows-1252"), ("Content-Transfer-Encoding", "quoted-printable")],
            text.encode(cs), "quoted-printable")
    a1 = raw([("Content-Type", "%s;\n %s" % (DOCX, rfc2231_cs("name", M21_FILE, cs))),
              ("Content-Transfer-Encoding", "base64"),
              ("Content-Disposition", "attachment;\n %s" % rfc2231_cs("filename", M21_FILE, cs))], doc, "base64")
    a2 = raw([("Content-Type", "application/pdf;\n %s" % rfc2231_cs("name", M21_LETTER, cs)),
              ("Content-Transfer-Encoding", "base64"),
              ("Content-Disposition", "attachment;\n %s" % rfc2231_cs("filename", M21_LETTER, cs))], letter,
             "base64")
    body = container("multipart/mixed;\n boundary=\"----------1D2A3F8C1B0E4A57\"", [t, a1, a2])
    rows = [("Date", date0(sent)), ("From", "Lyes Hamadouche <l.hamadouche@tudert-dz.example.org>"),
            ("Reply-To", "Lyes Hamadouche <l.hamadouche@tudert-dz.example.org>"),
            ("Organization", "Association Tudert"), ("X-Priority", "3 (Normal)"), ("Message-ID", M21_ID),
            ("To", BOX), ("CC", "Ouardia Meziani <%s>" % M21_CC), ("Subject", hdr(M21_SUBJ, "Windows-1252", "Q")),
            ("MIME-Version", "1.0"), ("X-Mailer", "The Bat! (v3.99.3) Professional")]
    m = build(when, "mail.tudert-dz.example.org", "203.0.113.190", M21_QID, rows, body,
              "l.hamadouche@tudert-dz.example.org", helo="LYES-PC")
    add(21, when, m, dict(category="voluntary_report", language="fr", acknowledge=True, on_time=True,
        report_attachments=[M21_FILE],
        notes="The Bat! in windows-1252: received at 23:56 Beirut on the report deadline (22:56 in the Date, "
              "+0100), on time although the sender fears it is not. Two attachments named only with RFC 2231 "
              "windows-1252 parameters (an en dash %96 in the report's name, a curly apostrophe %92 in the "
              "letter's); only the DOCX is the report, the other is a cover letter. 'Mme Ouardia Meziani' in Cc "
              "reviewed the report and is not a speaker; her Lotus Notes out-of-office follows (h251-22)."))


# ================================================================ 22  FR  auto_reply  Lotus Notes out-of-office of the Cc of 21
def m22():
    when = at("2021-02-17 00:00:21")
    sent = sent_at(when, 1, 2)
    cs = "iso-8859-1"
    subj = "Je serai absente du bureau à partir du 12/02/2021 et ne serai pas de retour avant le 01/03/2021."
    text = """Je serai absente du 12/02/2021 au 01/03/2021 (congé scientifique).

Je répondrai à votre message dès mon retour. Pour toute question urgente concernant le Laboratoire de recherche
en sciences sociales, merci de contacter le secrétariat du laboratoire.

Ouardia Meziani
Université de Béjaïa
"""
    body = raw([("Content-Type", 'text/plain; charset="ISO-8859-1"'),
                ("Content-Transfer-Encoding", "quoted-printable")], text.encode(cs), "quoted-printable")
    rows = [("Auto-Submitted", "auto-generated"), ("X-Mailer", NOTES),
            ("From", "Ouardia Meziani <%s>" % M21_CC), ("To", BOX), ("Subject", hdr(subj, cs, "Q")),
            ("Message-ID", "<OFA81C3E27.5D9B0F46-ON4125867A.0000E1B2-4125867A.0000E1B3@univ-bejaia.example.dz>"),
            ("Date", rfcdate(sent)), ("In-Reply-To", ack_mid(M21_QID)), ("MIME-Version", "1.0"),
            ("X-MIMETrack", "Serialize by Router on NOTES01/UNIVBEJAIA(Release 8.5.3FP6|November 21, 2013) at\n"
                            "\t16/02/2021 23:00:19")]
    m = put(body, [("Return-Path", "<>"), ("Delivered-To", BOX),
                   ("Received", received(when, "notes01.univ-bejaia.example.dz", "203.0.113.194", "4F4Xq03HmVz1"))]
            + rows)
    add(22, when, m, dict(category="auto_reply", language="fr", acknowledge=False, on_time=None,
        notes="Lotus Notes out-of-office agent: the whole notice is in the Subject ('Je serai absente du bureau "
              "à partir du ...', iso-8859-1 Q-encoded), Auto-Submitted: auto-generated, null Return-Path, "
              "In-Reply-To our acknowledgement of h251-21 only (no References, so the thread is not named); "
              "arrives just after midnight. Never acknowledge."))


# ================================================================ 23  AR  report  Mafraq: corrected version the day after the deadline
def m23():
    when = at("2021-02-17 10:20:33")
    sent = sent_at(when, 2, 11)
    ack = ack_mid(M15_QID)
    new_file = "التقرير الطوعي - النسخة المصححة.pdf"
    text = """السادة المحترمين،

شكراً لتأكيد استلام تقريرنا. تبيّن لنا بعد الإرسال أن الجدول الخاص بأعداد العاملات الزراعيات في الصفحة الرابعة نُقل بشكل خاطئ من المسودة، لذلك نرفق لكم النسخة المصححة من التقرير، ونرجو اعتمادها بدلاً من النسخة السابقة.

نعتذر عن الإزعاج، ونعلم أن آخر موعد كان أمس.

""" + M15_SIG + """
-----Original Message-----
From: GCM Regional Review Arab States [mailto:gcmrrarabstates@iom.int]
Sent: Monday, February 08, 2021 10:06 AM
To: info@badia-women.example.jo
Subject: %s

The secretariat of the Regional Review of the Global Compact for Migration in the Arab region acknowledges receipt of your message and of your voluntary report (2 attachments).
""" % ack_subject(M15_SUBJ)
    rep = rep_pdf("Voluntary GCM review report (Arabic) - corrected version",
                  "Northern Badia Women's Association for Development, Mafraq",
                  ["Host villages of the Northern Badia", "Syrian refugee families outside the camps",
                   "Migrant agricultural workers", "Table: women agricultural workers by village (corrected)",
                   "Recommendations"])
    body = outlook07(text, [att07("application/pdf", rep, new_file)], "0012_01D70521.8E4C6B90")
    subj = hdr("RE: " + ack_subject(M15_SUBJ), "windows-1256", "B")
    rows = [("From", addr("جمعية نساء البادية الشمالية", "info@badia-women.example.jo", "windows-1256")),
            ("To", "\"'GCM Regional Review Arab States'\" <%s>" % BOX), ("References", M15_ID + " " + ack),
            ("In-Reply-To", ack), ("Subject", subj), ("Date", rfcdate(sent)),
            ("Message-ID", "<001101d70521$8e4c6b90$aae542b0$@badia-women.example.jo>"), ("MIME-Version", "1.0"),
            ("X-Mailer", "Microsoft Office Outlook 12.0"), ("Thread-Index", "Adb9+zuW8nT5a1Cq3Ke7Rf2Lx9Hm4QBdHwS5A=="),
            ("Content-Language", "ar-jo")]
    m = build(when, "mail.badia-women.example.jo", "203.0.113.87", "4F4tB81KpWz3", rows, body,
              "info@badia-women.example.jo", helo="MAYSOUN-PC")
    add(23, when, m, dict(category="voluntary_report", language="ar", acknowledge=True, on_time=False,
        report_attachments=[new_file], thread_of=H % 15,
        notes="corrected version of h251-15's report, sent as an Outlook 2007 'RE:' to our acknowledgement "
              "(References name h251-15) on 17 February: the revision itself arrives after the report "
              "deadline, so on_time false ('نعلم أن آخر موعد كان أمس'). windows-1256 throughout: the Subject "
              "('RE: Acknowledgement of receipt - ' + Arabic) is one B-encoded header, the new PDF's Arabic name "
              "an RFC 2047 word in the quoted filename; the quoted acknowledgement (Outlook '-----Original "
              "Message-----') mentions '2 attachments' of the earlier mail."))


# ================================================================ 24  EN  other  Saida cooperative volunteer on a BlackBerry: live stream and outcome
def m24():
    when = at("2021-02-18 09:10:58")
    sent = sent_at(when, 2, 20)
    cs = "windows-1252"
    text = """Dear Sir/Madam,

I am a volunteer with Ajyal Women's Cooperative in Saida (Syrian and Lebanese women making food products). Our network, the South Lebanon Women's Cooperatives Forum, sent a collective report to you last week, I think on 12 or 13 February, so we are not sending anything separately.

I have two small requests:
1. Could you tell me if there will be a live stream of the conference on 24-25 February? Some of our members would like to watch, just to listen.
2. Will the key messages and the final report be shared with the organisations after the conference, and in Arabic?

Sorry for the short message, I am writing from my phone.

Regards
Noura Kassem
Sent from my BlackBerry® smartphone on alfa
"""
    body = raw([("Content-Transfer-Encoding", "quoted-printable"), ("Content-Type", "text/plain; charset=\"Windows-1252\"")],
               text.encode(cs), "quoted-printable")
    rows = [("Reply-To", "noura.kassem@idm.example.net.lb"), ("X-Priority", "3"), ("Sensitivity", "Normal"),
            ("Importance", "Normal"),
            ("Message-ID", "<1047561236-1613632254-cardhu_decombobulator_blackberry.rim.net-1893645218-@b12.c4.bise6.blackberry>"),
            ("From", "noura.kassem@idm.example.net.lb"), ("Date", rfcdate(sent)), ("To", BOX),
            ("Subject", "Question about live stream and key messages"), ("MIME-Version", "1.0")]
    m = build(when, "smtp-out.bise6.blackberry.example.net", "198.51.100.26", "4F5Gk46RnXz7", rows, body,
              "noura.kassem@idm.example.net.lb")
    add(24, when, m, dict(category="other", language="en", acknowledge=True, on_time=None,
        notes="BlackBerry (BIS) mail in Windows-1252 quoted-printable ('®' in the device signature), bare From "
              "address without a display name: a cooperative volunteer mentions a collective report her network "
              "sent last week ('so we are not sending anything separately') and asks about a live stream (members "
              "would watch 'just to listen') and the outcome documents. Nothing is submitted or requested."))


def main():
    for f in (m01, m02, m03, m04, m05, m06, m07, m08, m09, m10, m11, m12, m13, m14, m15, m16, m17, m18, m19,
              m20, m21, m22, m23, m24):
        f()
    SET.write()


if __name__ == "__main__":
    main()
