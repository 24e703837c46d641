#!/usr/bin/env python3
"""Write the blind evaluation set holdout266 (24 raw .eml messages + labels.json).

Deterministic, standard library only:  python3 tests/data/make_eval_sets266.py
Theme: the request is in the attachment (25 January - 18 February 2021).  Ministries, embassies, UN agency offices,
national human rights institutions and large NGOs whose two-line body says 'please find attached our letter' while
the speaker's name, title, affiliation and role are only in an attached letter or form: a UN agency country office's
PDF letter (the assistant's out-of-office answers our acknowledgement and names a colleague, who later sends a
revised letter with another nominee at 23:41 on the speaker deadline), an Iraqi ministry's Word letter nominating
two officials, a Côte d'Ivoire embassy's note verbale (PDF) with two roles, a national human rights council's scanned
signed letter (image-only PDF) whose content the body repeats (thanked by a reply in Palestinian dialect), an INGO
that only registers observers and attaches its logo, a Tunisian federation's hand-typed nomination form (Word
tables with check boxes, surname and first name in separate rows), an INGO whose nominee is named only in her
attached CV, a Djibouti human rights commission whose letter was not attached (only its signature logo; our
acknowledgement to a mistyped Cc bounces) and then follows, an INGO's PDF report with a Word cover letter that
proposes a plenary speaker, an Egyptian labour office in Algiers whose Arabic PDF letter leaves at 23:12 local time
= 00:12 in Beirut (late; its Gmail vacation reply follows, then a follow-up on the 18th), a Comorian directorate that
declines in an attached letter, an NHRI's Word report with an Arabic PDF cover letter, a Tunis collective sending
letter and report as one PDF, an INGO's report with its annex, a Beirut association's report + Arabic nomination
form + English CV (speaker part late), a UN joint programme's report at 23:57 on the report deadline and a Souss
platform's letter + report at 23:03 in Agadir = 00:03 in Beirut.  The PDFs carry real text (WinAnsi Helvetica, or a
Type0 font with a ToUnicode map for Arabic; some streams Flate-compressed), the DOCX files real paragraphs, runs and
tables.  Helpers from mailgen.py.
"""
import datetime as dt
import io
import re
import zipfile
import zlib

from mailgen import (EvalSet, DOCX, POSTFIX_NOTICE, addr, alt, at, attach, dsn_report, esc, flowed, gmail_html, hdr,
                     leaf, make_png, mk, multi, re_hdr, rfcdate, sent_at, sp, std_rows, top)
from mailgen import outlook_html, outlook_rows as outlook, exchange_ooo_rows
from mailgen import quote_block as gt, ack_id as ack_mid, logo

SET = EvalSet(266)
add = SET.add
H = "h266-%02d.eml"

TB = "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:78.0) Gecko/20100101 Thunderbird/78.7.1"
APPLE = "Apple Mail (2.3654.60.0.2.21)"
OUTLOOK16 = "Microsoft Outlook 16.0"

UN_DISCLAIMER = ("DISCLAIMER: This e-mail, including any attachments, is intended solely for the person or entity "
                 "to which it is addressed and may contain confidential or privileged information. If you have "
                 "received it in error, please notify the sender and delete it. The views expressed are those of "
                 "the sender and do not necessarily reflect those of the United Nations.")


# ================================================================ documents with real text
def _pdf_file(objs, info=None, version=b"1.5"):
    """Serialise numbered objects (1..n) with an xref table; `info` is the number of the /Info object."""
    out = io.BytesIO()
    out.write(b"%PDF-" + version + b"\n%\xe2\xe3\xcf\xd3\n")
    offs = []
    for i, o in enumerate(objs, 1):
        offs.append(out.tell())
        out.write(b"%d 0 obj\n" % i + o + b"\nendobj\n")
    xref = out.tell()
    out.write(b"xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1))
    for o in offs:
        out.write(b"%010d 00000 n \n" % o)
    trailer = b"trailer\n<< /Size %d /Root 1 0 R" % (len(objs) + 1)
    if info:
        trailer += b" /Info %d 0 R" % info
    out.write(trailer + b" >>\nstartxref\n%d\n%%%%EOF\n" % xref)
    return out.getvalue()


def _pdf_str(s):
    """A PDF literal string in WinAnsi (cp1252), bytes over 127 as octal escapes."""
    out = []
    for b in s.encode("cp1252"):
        c = chr(b)
        if c in "\\()":
            out.append("\\" + c)
        elif b > 126 or b < 32:
            out.append("\\%03o" % b)
        else:
            out.append(c)
    return "(" + "".join(out) + ")"


def _wrap(line, width):
    if len(line) <= width:
        return [line]
    out, cur = [], ""
    for w in line.split(" "):
        if cur and len(cur) + 1 + len(w) > width:
            out.append(cur)
            cur = w
        else:
            cur = (cur + " " + w) if cur else w
    if cur:
        out.append(cur)
    return out


def _stream(data, compress):
    if compress:
        z = zlib.compress(data, 6)
        return b"<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(z) + z + b"\nendstream"
    return b"<< /Length %d >>\nstream\n" % len(data) + data + b"endstream"


def _info(meta):
    if not meta:
        return None
    return ("<< " + " ".join("/%s %s" % (k, _pdf_str(v)) for k, v in meta) + " >>").encode("latin-1")


def text_pdf(pages, compress=False, meta=None, width=92):
    """A text PDF (Helvetica / Helvetica-Bold, WinAnsiEncoding).  pages: lists of lines; a line starting with '# '
    is set in bold; long lines are wrapped as a word processor would; a page overflows onto the next one."""
    flat_pages = []
    for lines in pages:
        cur = []
        for ln in lines:
            bold = ln.startswith("# ")
            body = ln[2:] if bold else ln
            for k, piece in enumerate(_wrap(body, width) or [""]):
                cur.append((bold, piece))
                if len(cur) >= 52:
                    flat_pages.append(cur)
                    cur = []
        flat_pages.append(cur)
    objs = [b"<< /Type /Catalog /Pages 2 0 R >>", None,
            b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
            b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>"]
    kids = []
    for lines in flat_pages:
        content = ["BT", "/F1 10.5 Tf", "14 TL", "56 790 Td"]
        font = "F1"
        for bold, piece in lines:
            want = "F2" if bold else "F1"
            if want != font:
                content.append("/%s 10.5 Tf" % want)
                font = want
            content.append("%s Tj T*" % _pdf_str(piece) if piece else "T*")
        content.append("ET")
        data = ("\n".join(content) + "\n").encode("latin-1")
        n_page = len(objs) + 1
        objs.append(b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595.32 841.92] /Resources << /Font << /F1 3 0 R "
                    b"/F2 4 0 R >> /ProcSet [/PDF /Text] >> /Contents %d 0 R >>" % (n_page + 1))
        objs.append(_stream(data, compress))
        kids.append(n_page)
    objs[1] = b"<< /Type /Pages /Kids [%s] /Count %d >>" % (b" ".join(b"%d 0 R" % k for k in kids), len(kids))
    info = _info(meta)
    if info:
        objs.append(info)
    return _pdf_file(objs, len(objs) if info else None)


def arabic_pdf(pages, compress=True, meta=None, width=78):
    """A text PDF in Arabic as a word processor exports it: a Type0 font (Identity-H, not embedded) whose glyph
    codes are mapped back to Unicode by a ToUnicode CMap; lines right-aligned, stored in logical order."""
    chars = sorted({c for lines in pages for ln in lines for c in ln.lstrip("# ")})
    cid = {c: k + 3 for k, c in enumerate(chars)}
    cmap = ["/CIDInit /ProcSet findresource begin", "12 dict begin", "begincmap",
            "/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def",
            "/CMapName /Adobe-Identity-UCS def", "/CMapType 2 def", "1 begincodespacerange", "<0000> <FFFF>",
            "endcodespacerange"]
    items = [(cid[c], c) for c in chars]
    for k in range(0, len(items), 100):
        block = items[k:k + 100]
        cmap.append("%d beginbfchar" % len(block))
        for g, c in block:
            cmap.append("<%04X> <%04X>" % (g, ord(c)))
        cmap.append("endbfchar")
    cmap += ["endcmap", "CMapName currentdict /CMap defineresource pop", "end", "end"]
    objs = [b"<< /Type /Catalog /Pages 2 0 R /Lang (ar-SA) >>", None,
            b"<< /Type /Font /Subtype /Type0 /BaseFont /ABCDEE+Arial /Encoding /Identity-H "
            b"/DescendantFonts [4 0 R] /ToUnicode 6 0 R >>",
            b"<< /Type /Font /Subtype /CIDFontType2 /BaseFont /ABCDEE+Arial /CIDSystemInfo << /Registry (Adobe) "
            b"/Ordering (Identity) /Supplement 0 >> /FontDescriptor 5 0 R /DW 500 /CIDToGIDMap /Identity >>",
            b"<< /Type /FontDescriptor /FontName /ABCDEE+Arial /Flags 32 /ItalicAngle 0 /Ascent 905 /Descent -210 "
            b"/CapHeight 728 /AvgWidth 441 /MaxWidth 2665 /FontWeight 400 /XHeight 250 /StemV 44 "
            b"/FontBBox [-665 -210 2000 728] >>",
            _stream(("\n".join(cmap) + "\n").encode("ascii"), compress)]
    kids = []
    for lines in pages:
        content = ["BT"]
        y = 790
        for ln in lines:
            bold = ln.startswith("# ")
            body = ln[2:] if bold else ln
            for piece in (_wrap(body, width) or [""]):
                if piece:
                    size = 12 if bold else 11
                    x = max(56.0, 539.0 - len(piece) * size * 0.46)
                    hexs = "".join("%04X" % cid[c] for c in piece)
                    content.append("/F1 %d Tf 1 0 0 1 %.2f %.2f Tm <%s> Tj" % (size, x, y, hexs))
                y -= 15
        content.append("ET")
        data = ("\n".join(content) + "\n").encode("ascii")
        n_page = len(objs) + 1
        objs.append(b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595.32 841.92] /Resources << /Font << /F1 3 0 R "
                    b">> /ProcSet [/PDF /Text] >> /Contents %d 0 R /Tabs /S >>" % (n_page + 1))
        objs.append(_stream(data, compress))
        kids.append(n_page)
    objs[1] = b"<< /Type /Pages /Kids [%s] /Count %d >>" % (b" ".join(b"%d 0 R" % k for k in kids), len(kids))
    info = _info(meta)
    if info:
        objs.append(info)
    return _pdf_file(objs, len(objs) if info else None, version=b"1.7")


def scan_pdf(pages=1, w=150, h=212, seed=266, producer="KONICA MINOLTA bizhub C308"):
    """A scanner's PDF: grey page images only (letterhead band, text-like rows, a signature and a round stamp),
    no font and no text layer."""
    objs = [b"<< /Type /Catalog /Pages 2 0 R >>", None]
    kids = []
    x = seed
    for p in range(pages):
        rows = []
        for r in range(h):
            row = bytearray()
            for c in range(w):
                x = (x * 1103515245 + 12345) & 0x7fffffff
                text_row = 40 < r < 150 and r % 8 in (2, 3) and 14 < c < w - 14 and (x >> 8) % 6
                head = r < 18 and 45 < c < 105
                stamp = (r - 172) ** 2 + (c - 45) ** 2 < 220 and (r - 172) ** 2 + (c - 45) ** 2 > 150
                sign = 165 < r < 182 and 90 < c < 130 and abs((c - 90) * 0.4 - (r - 165)) < 2
                ink = text_row or head or stamp or sign
                row.append(60 + (x >> 16) % 40 if ink else 232 + (x >> 12) % 20)
            rows.append(bytes(row))
        img = zlib.compress(b"".join(rows), 9)
        n_page, n_img, n_cont = len(objs) + 1, len(objs) + 2, len(objs) + 3
        cont = b"q 595.32 0 0 841.92 0 0 cm /Im0 Do Q\n"
        objs.append(b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595.32 841.92] /Resources << /XObject << /Im0 %d "
                    b"0 R >> >> /Contents %d 0 R >>" % (n_img, n_cont))
        objs.append(b"<< /Type /XObject /Subtype /Image /Width %d /Height %d /ColorSpace /DeviceGray "
                    b"/BitsPerComponent 8 /Filter /FlateDecode /Length %d >>\nstream\n" % (w, h, len(img))
                    + img + b"\nendstream")
        objs.append(b"<< /Length %d >>\nstream\n" % len(cont) + cont + b"endstream")
        kids.append(n_page)
    objs[1] = b"<< /Type /Pages /Kids [%s] /Count %d >>" % (b" ".join(b"%d 0 R" % k for k in kids), pages)
    objs.append(("<< /Producer (%s) /Creator (%s) /CreationDate (D:20210128113948+02'00') >>"
                 % (producer, producer.split()[0])).encode("ascii"))
    return _pdf_file(objs, len(objs), version=b"1.4")


# ---------------------------------------------------------------- Word documents
W_NS = ('xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
        'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"')
AR_RE = re.compile(r"[\u0600-\u06ff\u0750-\u077f]")


def _x(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _runs(text, rtl, bold=False):
    """Runs as Word writes them: split at '\x1f' marks (edits, spell-check) and, in right-to-left paragraphs, where
    the script changes (Arabic runs carry <w:rtl/>)."""
    pieces = []
    for chunk in text.split("\x1f"):
        if not rtl:
            pieces.append((chunk, False))
            continue
        cur, cur_ar = "", None
        for ch in chunk:
            is_ar = bool(AR_RE.match(ch)) if not ch.isspace() and ch not in "،؛:.()/-–«»" else cur_ar
            if cur and is_ar is not None and cur_ar is not None and is_ar != cur_ar:
                pieces.append((cur, cur_ar))
                cur = ""
            cur += ch
            if is_ar is not None:
                cur_ar = is_ar
        if cur:
            pieces.append((cur, bool(cur_ar)))
    out = []
    for t, ar in pieces:
        if not t:
            continue
        rpr = ""
        if bold:
            rpr += "<w:b/><w:bCs/>"
        if ar:
            rpr += '<w:rFonts w:hint="cs"/><w:rtl/><w:lang w:bidi="ar-SA"/>'
        out.append('<w:r>%s<w:t xml:space="preserve">%s</w:t></w:r>' % (("<w:rPr>%s</w:rPr>" % rpr) if rpr else "",
                                                                         _x(t)))
    return "".join(out)


def _para(text, rtl, bold=False, jc=None):
    ppr = ""
    if rtl:
        ppr += "<w:bidi/>"
    if jc:
        ppr += '<w:jc w:val="%s"/>' % jc
    ppr = "<w:pPr>%s</w:pPr>" % ppr if ppr else ""
    if text == "":
        return "<w:p>%s</w:p>" % ppr
    return "<w:p>%s%s</w:p>" % (ppr, _runs(text, rtl, bold))


def _table(rows, rtl, widths=None):
    ncol = max(len(r) for r in rows)
    widths = widths or [9000 // ncol] * ncol
    grid = "".join('<w:gridCol w:w="%d"/>' % w for w in widths)
    trs = []
    for row in rows:
        tcs = []
        for k, cell in enumerate(row):
            bold = cell.startswith("**")
            cell = cell[2:] if bold else cell
            paras = "".join(_para(line, rtl, bold) for line in cell.split("\n"))
            tcs.append('<w:tc><w:tcPr><w:tcW w:w="%d" w:type="dxa"/></w:tcPr>%s</w:tc>' % (widths[k], paras))
        trs.append("<w:tr>%s</w:tr>" % "".join(tcs))
    bidi = "<w:bidiVisual/>" if rtl else ""
    return ('<w:tbl><w:tblPr><w:tblStyle w:val="TableGrid"/>%s<w:tblW w:w="0" w:type="auto"/>'
            '<w:tblLook w:val="04A0"/></w:tblPr><w:tblGrid>%s</w:tblGrid>%s</w:tbl>' % (bidi, grid, "".join(trs)))


def word_docx(blocks, rtl=False, creator="user", modified_by=None, created="2021-01-24T08:10:00Z",
              modified="2021-01-24T09:02:00Z", title=""):
    """A Word document.  blocks: 'text' (a paragraph), ('b', text) bold, ('c', text) centred bold,
    ('r', text) aligned to the far side, ('t', rows[, widths]) a table (a cell starting '**' is bold; '\\n' splits a
    cell into paragraphs)."""
    body = []
    for b in blocks:
        if isinstance(b, str):
            body.append(_para(b, rtl, jc="both" if len(b) > 90 else None))
        elif b[0] == "b":
            body.append(_para(b[1], rtl, bold=True))
        elif b[0] == "c":
            body.append(_para(b[1], rtl, bold=True, jc="center"))
        elif b[0] == "r":
            body.append(_para(b[1], rtl, jc="left" if rtl else "right"))
        elif b[0] == "t":
            body.append(_table(b[1], rtl, b[2] if len(b) > 2 else None))
            body.append(_para("", rtl))
    sect = ('<w:sectPr><w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1418" w:right="1418" w:bottom="1418" '
            'w:left="1418" w:header="709" w:footer="709" w:gutter="0"/>%s</w:sectPr>' % ("<w:bidi/>" if rtl else ""))
    document = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n<w:document %s><w:body>%s%s</w:body>'
                '</w:document>' % (W_NS, "".join(body), sect))
    lang = "ar-SA" if rtl else "en-US"
    styles = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n<w:styles %s><w:docDefaults><w:rPrDefault>'
              '<w:rPr><w:rFonts w:ascii="Calibri" w:hAnsi="Calibri" w:cs="Simplified Arabic"/><w:sz w:val="22"/>'
              '<w:lang w:val="en-US" w:bidi="%s"/></w:rPr></w:rPrDefault></w:docDefaults><w:style w:type="paragraph" '
              'w:default="1" w:styleId="Normal"><w:name w:val="Normal"/></w:style><w:style w:type="table" '
              'w:styleId="TableGrid"><w:name w:val="Table Grid"/><w:tblPr><w:tblBorders><w:top w:val="single" '
              'w:sz="4" w:space="0" w:color="auto"/><w:left w:val="single" w:sz="4" w:space="0" w:color="auto"/>'
              '<w:bottom w:val="single" w:sz="4" w:space="0" w:color="auto"/><w:right w:val="single" w:sz="4" '
              'w:space="0" w:color="auto"/><w:insideH w:val="single" w:sz="4" w:space="0" w:color="auto"/>'
              '<w:insideV w:val="single" w:sz="4" w:space="0" w:color="auto"/></w:tblBorders></w:tblPr></w:style>'
              '</w:styles>' % (W_NS, lang))
    core = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n<cp:coreProperties '
            'xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" '
            'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" '
            'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"><dc:title>%s</dc:title><dc:creator>%s</dc:creator>'
            '<cp:lastModifiedBy>%s</cp:lastModifiedBy><cp:revision>3</cp:revision>'
            '<dcterms:created xsi:type="dcterms:W3CDTF">%s</dcterms:created>'
            '<dcterms:modified xsi:type="dcterms:W3CDTF">%s</dcterms:modified></cp:coreProperties>'
            % (_x(title), _x(creator), _x(modified_by or creator), created, modified))
    app = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n<Properties '
           'xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties">'
           '<Template>Normal.dotm</Template><TotalTime>12</TotalTime><Pages>1</Pages>'
           '<Application>Microsoft Office Word</Application><AppVersion>16.0000</AppVersion></Properties>')
    files = [
        ("[Content_Types].xml",
         '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n'
         '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
         '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
         '<Default Extension="xml" ContentType="application/xml"/>'
         '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.'
         'wordprocessingml.document.main+xml"/>'
         '<Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.'
         'wordprocessingml.styles+xml"/>'
         '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.'
         'core-properties+xml"/>'
         '<Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-officedocument.'
         'extended-properties+xml"/></Types>'),
        ("_rels/.rels",
         '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n'
         '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
         '<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/'
         'extended-properties" Target="docProps/app.xml"/>'
         '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/'
         'core-properties" Target="docProps/core.xml"/>'
         '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/'
         'officeDocument" Target="word/document.xml"/></Relationships>'),
        ("word/document.xml", document),
        ("word/_rels/document.xml.rels",
         '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n'
         '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
         '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" '
         'Target="styles.xml"/></Relationships>'),
        ("word/styles.xml", styles),
        ("docProps/core.xml", core),
        ("docProps/app.xml", app),
    ]
    stamp = tuple(int(v) for v in re.split(r"[-T:Z]", modified)[:6])
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        for name, text in files:
            zi = zipfile.ZipInfo(name, date_time=(1980, 1, 1, 0, 0, 0) if name.startswith("[") else stamp)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, text.encode("utf-8"))
    return buf.getvalue()


# ================================================================ message helpers
def related(html, cid, rgb, b_rel, name="image001.png"):
    return multi("related", [leaf("text/html", html), logo(cid, rgb, name)], b_rel, params=[("type", '"text/html"')])


def ack_text(lang, subject):
    if lang == "ar":
        return ("حضرات السادة المحترمين،\n\nتؤكد أمانة الاستعراض الإقليمي للاتفاق العالمي من أجل الهجرة الآمنة "
                "والمنظمة والنظامية في المنطقة العربية استلام رسالتكم «%s»، وستتواصل معكم الأمانة لاحقاً بشأن "
                "البرنامج.\n\nالاستعراض الإقليمي للاتفاق العالمي للهجرة - المنطقة العربية" % subject)
    if lang == "fr":
        return ("Madame, Monsieur,\n\nLe secrétariat de l'Examen régional du Pacte mondial sur les migrations (région "
                "arabe) accuse réception de votre message « %s ». Il reviendra vers vous au sujet du programme.\n\n"
                "Examen régional du PMM – États arabes" % subject)
    return ("Dear colleague,\n\nThe secretariat of the Regional Review of the Global Compact for Migration in the Arab "
            "region acknowledges receipt of your message \"%s\". The secretariat will come back to you about the "
            "programme.\n\nGCM Regional Review - Arab States" % subject)


def android_html(text):
    inner = "<br>".join(esc(x) for x in text.rstrip("\n").split("\n"))
    return ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body>'
            '<div dir="auto">%s</div></body></html>\n' % inner)


def apple_html(text):
    inner = "".join("<div>%s</div>" % (esc(x) if x else "<br class=\"\">") for x in text.rstrip("\n").split("\n"))
    return ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body '
            'style="word-wrap: break-word; -webkit-nbsp-mode: space; line-break: after-white-space;" class="">'
            '%s</body></html>\n' % inner)


UNPMF = "United Nations Population and Mobility Fund (UNPMF)"


# ================================================================ 01  EN  speaker  UN agency country office: 'please find attached a letter' (PDF)
M01_ID = "<DB7PR08MB3866A2C41F9E70B5@DB7PR08MB3866.eurprd08.prod.outlook.example.com>"
M01_SUBJ = "Letter from the UNPMF Representative - GCM Regional Review (Arab region)"
M01_QID = "4DPn1Yq73Kz2"
M01_FILE = "UNPMF-LBN-REP-2021-017 GCM RR nomination.pdf"
M01_TEXT = """Dear Colleagues,

Please find attached a letter from Dr. Mireille Achkar-Fontaine, UNPMF Representative in Lebanon, concerning the Regional Review of the Global Compact for Migration in the Arab region.

Kind regards,

Lina Sayegh
Executive Associate to the Representative
United Nations Population and Mobility Fund | Lebanon Country Office
UN House, Riad El Solh, Beirut
T: +961 1 000 100 | sayegh@unpmf.example.org

""" + UN_DISCLAIMER + "\n"


def m01():
    when = at("2021-01-25 11:20:37")
    letter = text_pdf([[
        "# United Nations Population and Mobility Fund (UNPMF)",
        "# Lebanon Country Office",
        "UN House, Riad El Solh Square, Beirut, Lebanon",
        "",
        "Ref.: UNPMF/LBN/REP/2021/017",
        "22 January 2021",
        "",
        "To: The Secretariat of the Regional Review of the Global Compact for Safe, Orderly and Regular Migration "
        "in the Arab Region",
        "",
        "# Subject: Nomination of a speaker - Regional Review of the GCM in the Arab region, 23-25 February 2021",
        "",
        "Dear Colleagues,",
        "",
        "I write with reference to your letter inviting stakeholders to take part in the Regional Review of the "
        "Global Compact for Safe, Orderly and Regular Migration in the Arab region.",
        "",
        "UNPMF Lebanon is pleased to nominate Mr. Tobias Lindqvist, Migration and Development Specialist, to make a "
        "floor intervention in Thematic Roundtable 2 of the regional conference on 24-25 February 2021. "
        "Mr. Lindqvist leads our work with the Ministry of Labour and with partners on data on labour migration, "
        "remittances and the return of migrant workers, and coordinates the UNPMF contribution to the United "
        "Nations Network on Migration in Lebanon.",
        "",
        "UNPMF will not submit a separate voluntary GCM review report; our inputs have been shared with the United "
        "Nations Network on Migration.",
        "",
        "For any logistical matters, please contact Ms. Lina Sayegh, Executive Associate "
        "(sayegh@unpmf.example.org).",
        "",
        "Yours sincerely,",
        "",
        "[signed]",
        "",
        "Dr. Mireille Achkar-Fontaine",
        "Representative",
        "UNPMF Lebanon Country Office",
    ]], compress=True, meta=[("Title", "Nomination of a speaker - GCM RR"), ("Author", "Lina Sayegh"),
                             ("Creator", "Microsoft Word"), ("Producer", "Microsoft\u00ae Word for Microsoft 365"),
                             ("CreationDate", "D:20210122153012+02'00'")])
    cid = "image001.png@01D6F30B.6A2E1C80"
    rel = related(outlook_html(M01_TEXT, lang="EN-US", img_cid=cid), cid, (0, 114, 188),
                  "_004_DB7PR08MB3866A2C41F9E70B5_")
    a = multi("alternative", [leaf("text/plain", M01_TEXT), rel], "_000_DB7PR08MB3866A2C41F9E70B5_")
    body = multi("mixed", [a, attach("application/pdf", letter, M01_FILE)], "_005_DB7PR08MB3866A2C41F9E70B5_")
    m = mk(when, sent_at(when, 2, 6), "mail-db7eur08on0614.outbound.protection.outlook.example.com", "198.51.100.14",
           M01_QID, "Lina Sayegh <sayegh@unpmf.example.org>", M01_SUBJ, M01_ID, body,
           extra=outlook(M01_SUBJ, "AdbzDh2Kq8Wm4Rt6Yu8Io0Pa2Sd4Fg==", lang="en-US", has_attach="yes"))
    add(1, when, m, dict(category="speaker_request", language="en", acknowledge=True, on_time=True, speakers=[
        sp("Tobias Lindqvist", "Migration and Development Specialist", UNPMF, ["roundtable"], 2)],
        notes="two-line body ('Please find attached a letter from Dr. ... Representative'): the nominee, his title "
              "and 'Thematic Roundtable 2' are only in the attached text PDF (Flate-compressed Word export, "
              "WinAnsi). The Representative named in the body and signing the letter is not the speaker, nor is "
              "the assistant named as focal point; the letter says UNPMF sends no report. Affiliation: the "
              "letterhead's full name with acronym. Outlook with a signature logo and a UN disclaimer. The "
              "assistant's out-of-office answers our acknowledgement (h266-02); a revised letter follows (h266-14)."))


# ================================================================ 02  EN  auto_reply  the assistant's out-of-office, naming a colleague
def m02():
    when = at("2021-01-25 11:21:09")
    text = """Thank you for your email. I am on leave until Monday 1 February 2021 with no access to email.

For urgent matters related to the Representative's office, please contact Mr. Karim Daher, Programme Associate (daher@unpmf.example.org).

Lina Sayegh
Executive Associate to the Representative
UNPMF Lebanon Country Office
"""
    body = alt(text, "_000_DB7PR08MB3866OOF81C2E4A_", html=outlook_html(text))
    rows = exchange_ooo_rows(when, "mail-db7eur08on0614.outbound.protection.outlook.example.com", "198.51.100.14",
                             "4DPn2Fs05Lz7", "Lina Sayegh <sayegh@unpmf.example.org>",
                             "<DB7PR08MB38669C1E5B2A7D40@DB7PR08MB3866.eurprd08.prod.outlook.example.com>",
                             M01_SUBJ, M01_ID, ack_mid(M01_QID), "en-US", (2, 2))
    add(2, when, top(body, rows), dict(category="auto_reply", language="en", acknowledge=False, on_time=None,
        notes="Exchange out-of-office of the sender of h266-01 answering our acknowledgement 32 seconds later "
              "('Automatic reply:', Auto-Submitted, null Return-Path, References name h266-01): it names a "
              "colleague with 'Mr.' and his title, which must not be read as a nomination. Never acknowledge; "
              "thread_of null as for dev auto-replies. The colleague sends the revised letter in h266-14."))


# ================================================================ 03  AR  speaker  Iraqi ministry: Word letter nominating two officials
def m03():
    when = at("2021-01-26 09:48:12")
    subj = "كتاب الوزارة المرقم 3/7/1184 - ترشيح ممثلي الوزارة"
    fname = "ترشيح ممثلي وزارة العمل - الاستعراض الإقليمي.docx"
    text = """السادة/ أمانة الاستعراض الإقليمي للاتفاق العالمي للهجرة المحترمون
تحية طيبة..

مرفق طياً كتاب وزارتنا المرقم (3/7/1184) في 24/1/2021 للتفضل بالاطلاع واتخاذ ما يلزم.

مع التقدير

قسم العلاقات العامة والإعلام
وزارة العمل والشؤون الاجتماعية - بغداد
"""
    doc = word_docx([
        ("c", "جمهورية العراق"),
        ("c", "وزارة العمل والشؤون الاجتماعية"),
        ("c", "مكتب الوكيل الإداري"),
        "",
        ("r", "العدد: 3/7/1184"),
        ("r", "التاريخ: 24/1/2021"),
        "",
        ("b", "إلى/ المنظمة الدولية للهجرة – أمانة الاستعراض الإقليمي للاتفاق العالمي من أجل الهجرة الآمنة "
              "والمنظمة والنظامية في المنطقة العربية"),
        ("b", "م/ ترشيح"),
        "",
        "تحية طيبة..",
        "إشارة إلى كتاب دعوتكم للمشاركة في الاستعراض الإقليمي للاتفاق العالمي من أجل الهجرة الآمنة والمنظمة "
        "والنظامية في المنطقة العربية المزمع عقده للمدة من 23 ولغاية 25 شباط 2021، نود إعلامكم بأن الوزارة "
        "رشحت كلاً من:",
        "1. السيد حيدر عبد الكريم\x1f الساعدي، المدير العام لدائرة العمل والتدريب المهني، لإلقاء مداخلة باسم "
        "الوزارة في الجلسة العامة.",
        "2. السيدة زينب فاضل الجبوري، مديرة قسم العمالة الأجنبية في دائرة العمل والتدريب المهني، للمشاركة "
        "بمداخلة في المائدة المستديرة المواضيعية الثالثة.",
        "يرجى التفضل بالاطلاع وإعلامنا بالترتيبات اللازمة لمشاركتهما... مع التقدير.",
        "",
        ("b", "د. عباس ناصر الموسوي"),
        ("b", "الوكيل الإداري"),
        "",
        "نسخة منه إلى:",
        "- دائرة العمل والتدريب المهني/ للتفضل بالاطلاع.. مع الأوليات",
        "- الصادرة",
    ], rtl=True, creator="Media-PC", modified_by="علاقات عامة", created="2021-01-24T07:40:00Z",
        modified="2021-01-24T08:55:00Z", title="ترشيح")
    html = outlook_html(text, lang="AR-IQ", rtl=True)
    a = alt(text, "_000_003a01d6f3b2c4e1a7b0_", html=html, b64=True)
    body = multi("mixed", [a, attach(DOCX, doc, fname)], "----=_NextPart_000_003B_01D6F3CB.EA5C0F20")
    mid = "<003a01d6f3b2$c4e1a7b0$4ea4f710$@molsa.example.iq>"
    m = mk(when, sent_at(when, 3, 7), "mail.molsa.example.iq", "203.0.113.61", "4DQ2mT7vXz4",
           addr("قسم العلاقات العامة والإعلام", "media.relations@molsa.example.iq"), hdr(subj), mid, body,
           extra=[("X-Mailer", OUTLOOK16), ("Thread-Index", "AdbzsgC0o2Rq7Kx4Tz9Wm1Ey3Uc5Ia=="),
                  ("Content-Language", "ar-iq")])
    wz = "وزارة العمل والشؤون الاجتماعية"
    add(3, when, m, dict(category="speaker_request", language="ar", acknowledge=True, on_time=True, speakers=[
        sp("حيدر عبد الكريم الساعدي", "المدير العام لدائرة العمل والتدريب المهني", wz, ["plenary"]),
        sp("زينب فاضل الجبوري", "مديرة قسم العمالة الأجنبية في دائرة العمل والتدريب المهني", wz,
           ["roundtable"], 3)],
        notes="the body only says 'مرفق طياً كتاب وزارتنا المرقم ...': the two nominees are in the attached Word "
              "letter (Arabic file name, RFC 2231 + RFC 2047; right-to-left paragraphs, a name split across two "
              "runs). 'السيد'/'السيدة' dropped; the affiliation is the ministry ('وزارة العمل والشؤون "
              "الاجتماعية'), the directorate is part of the titles; 'الجلسة العامة' = plenary, 'المائدة المستديرة "
              "المواضيعية الثالثة' = roundtable 3. The signing under-secretary ('د.') and the copy lines are not "
              "speakers; 3/7/1184 and 24/1/2021 are registry data. Outlook 2016, Date in UTC+3."))


# ================================================================ 04  FR  speaker  embassy note verbale (PDF), two roles
def m04():
    when = at("2021-01-27 14:33:50")
    subj = "Note Verbale N°0087/AMBACI-LB/SC/2021"
    fname = "NV 0087 AMBACI-LB - Examen regional PMM.pdf"
    text = """Bonjour,

Veuillez trouver ci-joint la Note Verbale N°0087/AMBACI-LB/SC/2021 de l'Ambassade, relative à l'Examen régional du Pacte mondial sur les migrations.

Cordialement,

Le Service Consulaire
Ambassade de Côte d'Ivoire - Beyrouth
"""
    nv = text_pdf([[
        "# AMBASSADE DE LA REPUBLIQUE DE COTE D'IVOIRE AU LIBAN",
        "Union - Discipline - Travail",
        "",
        "N°0087/AMBACI-LB/SC/2021",
        "",
        "# NOTE VERBALE",
        "",
        "L'Ambassade de la République de Côte d'Ivoire au Liban présente ses compliments au Secrétariat de "
        "l'Examen régional du Pacte mondial pour des migrations sûres, ordonnées et régulières dans la région "
        "arabe et, se référant à la lettre d'invitation relative à la consultation multipartite du 23 février 2021 "
        "et à la conférence régionale des 24 et 25 février 2021, a l'honneur de lui faire connaître que "
        "l'Ambassade sera représentée par Monsieur Ange-Désiré Kouassi N'Guessan, Premier Conseiller, chargé des "
        "Affaires consulaires et des Ivoiriens de l'Extérieur.",
        "",
        "Monsieur Kouassi N'Guessan souhaiterait prendre la parole lors de la discussion ouverte de la "
        "consultation multipartite du 23 février 2021, ainsi que dans le cadre de la table ronde thématique n°4 de "
        "la conférence régionale, afin de présenter la situation des quelque 2 300 travailleuses domestiques "
        "ivoiriennes enregistrées auprès des services consulaires de l'Ambassade.",
        "",
        "L'Ambassade de la République de Côte d'Ivoire au Liban saisit cette occasion pour renouveler au "
        "Secrétariat de l'Examen régional les assurances de sa haute considération.",
        "",
        "Beyrouth, le 26 janvier 2021",
        "(Sceau de l'Ambassade)",
        "",
        "Secrétariat de l'Examen régional du Pacte mondial sur les migrations - région arabe",
        "Organisation internationale pour les migrations (OIM)",
    ]], meta=[("Producer", "Microsoft\u00ae Word 2013"), ("Creator", "Microsoft\u00ae Word 2013"),
              ("Author", "SC-AMBACI"), ("CreationDate", "D:20210126161044+02'00'")])
    a = alt(text, "000000000000c41e9a05b9e0d2f7", html=gmail_html(text))
    body = multi("mixed", [a, attach("application/pdf", nv, fname)], "000000000000c41e9d05b9e0d2f9")
    m = mk(when, sent_at(when, 2, 7), "mail-ed1-f52.google.example.com", "192.0.2.52", "4DRb7Hw30Nz1",
           "Service Consulaire AMBACI Beyrouth <ambaci.beyrouth.consulaire@gmail.example.com>", subj,
           "<CAJx4Tq8Rm2vN7wK+b5Lc1Yd9sH3fGz6eP0@mail.gmail.example.com>", body)
    add(4, when, m, dict(category="speaker_request", language="fr", acknowledge=True, on_time=True, speakers=[
        sp("Ange-Désiré Kouassi N'Guessan",
           "Premier Conseiller, chargé des Affaires consulaires et des Ivoiriens de l'Extérieur",
           "Ambassade de la République de Côte d'Ivoire au Liban", ["open_discussion", "roundtable"], 4)],
        notes="an embassy's consular service forwards its note verbale with a two-line Gmail body: name, title and "
              "both roles are only in the attached text PDF (third person, 'présente ses compliments ... a "
              "l'honneur'): 'la discussion ouverte de la consultation multipartite du 23 février' and 'la table "
              "ronde thématique n°4'. 'Monsieur' dropped; a compound first name and a two-part surname (later "
              "'Monsieur Kouassi N'Guessan'); the letterhead is in capitals without accents, the affiliation is "
              "taken from the text. 2 300 workers and the NV number are not event data."))


# ================================================================ 05  AR  speaker  human rights council: scanned signed letter, details repeated in the body
M05_ID = "<AM6PR10MB2871E4C07B9A3D16@AM6PR10MB2871.EURPRD10.PROD.OUTLOOK.example.com>"
M05_SUBJ = "كتاب ترشيح - المجلس الوطني المستقل لحقوق الإنسان"
M05_QID = "4DSd4Kx19Pz5"
M05_FILE = "SKM_C30821012811394.pdf"
M05_TEXT = """حضرات السادة في أمانة الاستعراض الإقليمي المحترمين،
تحية طيبة وبعد،

نرفق لكم نسخة ممسوحة ضوئياً من كتاب المجلس الموقّع رقم (م.و/2021/46) بتاريخ 27 كانون الثاني 2021 بخصوص المشاركة في الاستعراض الإقليمي للاتفاق العالمي للهجرة.

ولتسهيل الأمر عليكم نعيد هنا مضمون الكتاب: يرشّح المجلس الدكتورة سلمى فريد النمر، مفوّضة المجلس لشؤون العمال المهاجرين واللاجئين، للمشاركة في النقاش المفتوح خلال التشاور متعدد أصحاب المصلحة يوم الثلاثاء 23 شباط 2021.

وتفضلوا بقبول فائق الاحترام،

ريم عودة
منسقة العلاقات الخارجية
المجلس الوطني المستقل لحقوق الإنسان
هاتف: +970 2 000 0000
"""


def m05():
    when = at("2021-01-28 12:05:33")
    scan = scan_pdf(seed=2866)
    a = alt(M05_TEXT, "_000_AM6PR10MB2871E4C07B9A3D16_", html=outlook_html(M05_TEXT, lang="AR-SA", rtl=True),
            b64=True)
    body = multi("mixed", [a, attach("application/pdf", scan, M05_FILE)], "_004_AM6PR10MB2871E4C07B9A3D16_")
    m = mk(when, sent_at(when, 2, 8), "mail-am6eur10on0605.outbound.protection.outlook.example.com",
           "198.51.100.105", M05_QID, addr("ريم عودة", "r.odeh@ncihr.example.org"), hdr(M05_SUBJ), M05_ID, body,
           extra=outlook(hdr(M05_SUBJ), "AdbzaT7Yh3Kq9Wm1Rx5Ez7Cv9Bn2Mk==", lang="ar-SA", has_attach="yes"))
    add(5, when, m, dict(category="speaker_request", language="ar", acknowledge=True, on_time=True, speakers=[
        sp("سلمى فريد النمر", "مفوّضة المجلس لشؤون العمال المهاجرين واللاجئين",
           "المجلس الوطني المستقل لحقوق الإنسان", ["open_discussion"])],
        notes="the signed letter is a scanner's image-only PDF (SKM_... name, no text layer), but the body repeats "
              "its content ('نعيد هنا مضمون الكتاب'): 'الدكتورة' dropped; title with shadda as written; 'النقاش "
              "المفتوح خلال التشاور متعدد أصحاب المصلحة يوم الثلاثاء 23 شباط' = open discussion; the affiliation "
              "from the signature. The letter number and 27 كانون الثاني are not event data; the sender (external "
              "relations coordinator) is not the speaker. Outlook, base64. Thanked in h266-08."))


# ================================================================ 06  EN  other  INGO registers two observers, attaches only its logo
def m06():
    when = at("2021-01-29 16:10:21")
    subj = "Registration of ARDI observers - GCM Regional Review"
    text = """Dear GCM Regional Review team,

Amal Relief & Development International (ARDI) would like to follow the regional review as an observer. We would like to register two colleagues for the multi-stakeholder consultation on 23 February and the conference on 24-25 February:

- Mr. Yousef Al-Hmoud, Head of Programmes, ARDI Jordan
- Ms. Clara Mendes, Regional Advocacy Officer, ARDI Middle East

They will only attend and listen; we are not requesting a speaking slot and will not be submitting a report this year. Our logo is attached in case you publish a list of participating organisations.

Could you let us know how the registration works, and whether the sessions will be online?

Many thanks,
Hana

--
Hana Qudah
Partnerships Officer | Amal Relief & Development International (ARDI)
Amman, Jordan | +962 6 000 0000
"""
    a = alt(text, "000000000000a9d23e05ba0c1f84", html=gmail_html(text))
    body = multi("mixed", [a, attach("image/png", make_png(120, 48, (200, 60, 30)), "ARDI_logo_RGB.png")],
                 "000000000000a9d24105ba0c1f86")
    m = mk(when, sent_at(when, 2, 5), "mail-wr1-f45.google.example.com", "192.0.2.45", "4DTg3Nc28Vz6",
           "Hana Qudah <hana.qudah@ardi-intl.example.org>", subj,
           "<CAL9mBv3Qx7pR2tW+k8Nc5Zd1sF4gHy0jT6@mail.gmail.example.com>", body)
    add(6, when, m, dict(category="other", language="en", acknowledge=True, on_time=None,
        notes="registration of two observers by name, title and office, which look exactly like speaker data, but "
              "'They will only attend and listen; we are not requesting a speaking slot and will not be submitting "
              "a report': other. The only attachment is the organisation's logo (a PNG attachment, not inline), "
              "neither a report nor a letter. Questions (registration, online?) need an answer. Google Workspace "
              "Gmail."))


# ================================================================ 07  FR  speaker  Tunisian federation: hand-typed nomination form (Word tables)
def m07():
    when = at("2021-02-01 10:22:48")
    subj = "Fiche de candidature FTASM"
    fname = "Fiche_candidature_FTASM_PMM2021.docx"
    text = """Bonjour,

Ci-joint la fiche de candidature de notre fédération, dûment remplie.

Bien à vous,
Hela Chaabane
Chargée de communication – FTASM
Tunis
"""
    doc = word_docx([
        ("c", "FÉDÉRATION TUNISIENNE DES ASSOCIATIONS DE SOLIDARITÉ AVEC LES MIGRANTS"),
        ("c", "FICHE DE CANDIDATURE – PRISE DE PAROLE"),
        ("c", "Examen régional du Pacte mondial sur les migrations – Région arabe (23-25 février 2021)"),
        "",
        ("b", "1. Identification de l'intervenant(e)"),
        ("t", [["**Nom", "Ben Salem"],
               ["**Prénom(s)", "Mohamed\x1f Aziz"],
               ["**Fonction", "Secrétaire général"],
               ["**Organisation", "Fédération Tunisienne des Associations de Solidarité avec les Migrants (FTASM)"],
               ["**Pays", "Tunisie"],
               ["**Courriel", "ma.bensalem@ftasm.example.tn"],
               ["**Téléphone", "+216 71 000 000"],
               ["**Langue(s) d'intervention", "Arabe, français"]], [3000, 6000]),
        ("b", "2. Modalité d'intervention souhaitée (cocher une seule case)"),
        ("t", [["☐", "Discussion ouverte – consultation multipartite (23 février)"],
               ["☐", "Rapporteur – présentation des messages clés des parties prenantes"],
               ["☐", "Intervention en séance plénière"],
               ["☒", "Intervention dans une table ronde thématique – n° : 3"]], [700, 8300]),
        ("b", "3. Thème proposé"),
        ("t", [["Les migrants subsahariens en transit à Sfax et Médenine : accès aux soins et protection des "
                "mineurs non accompagnés"]], [9000]),
        "",
        "Fait à Tunis, le 29 janvier 2021",
        "Le Président de la Fédération",
        "Slim Gharbi",
    ], creator="FTASM", modified_by="Hela", created="2021-01-28T14:20:00Z", modified="2021-01-29T16:47:00Z",
        title="Fiche de candidature")
    text_part = leaf("text/plain", flowed(text), "utf-8", "8bit", params=[("format", "flowed")])
    body = multi("mixed", [text_part, attach(DOCX, doc, fname)], "------------0A7D4C2B9E15F3860B4C71E2")
    m = mk(when, sent_at(when, 1, 6), "smtp.topnet.example.tn", "203.0.113.88", "4DVc0Jr52Tz8",
           "Hela Chaabane <contact@ftasm.example.tn>", subj, "<7c1e3a95-4b28-d0f6-2e7a-91c58b3d4f02@ftasm.example.tn>",
           body, extra=[("User-Agent", TB), ("Content-Language", "fr")])
    add(7, when, m, dict(category="speaker_request", language="fr", acknowledge=True, on_time=True, speakers=[
        sp("Mohamed Aziz Ben Salem", "Secrétaire général",
           "Fédération Tunisienne des Associations de Solidarité avec les Migrants (FTASM)", ["roundtable"], 3)],
        notes="the body only says 'Ci-joint la fiche de candidature ... dûment remplie': everything is in a Word form "
              "typed as tables, surname ('Nom') and first names ('Prénom(s)', split across two runs) in separate "
              "rows, to be joined as the person is listed; the role is the only ticked box (☒) among four, "
              "'table ronde thématique – n° : 3'. The federation's president who signs the form and the sender are "
              "not speakers; the proposed theme is not a report. Thunderbird, format=flowed."))


# ================================================================ 08  AR  other  thank-you (Palestinian dialect) to our acknowledgement of 05
def m08():
    when = at("2021-02-01 13:40:02")
    ack = ack_mid(M05_QID)
    text = """يعطيكم العافية،
وصلنا التأكيد، شكراً إلكم. الدكتورة سلمى رح تبلّغكم إذا صار أي تغيير.

ريم

________________________________
من: GCM Regional Review Arab States <gcmrrarabstates@iom.int>
أُرسل: الخميس، 28 كانون الثاني، 2021 12:06 م
إلى: ريم عودة <r.odeh@ncihr.example.org>
الموضوع: إشعار استلام - """ + M05_SUBJ + "\n\n" + ack_text("ar", M05_SUBJ) + "\n"
    a = alt(text, "_000_AM6PR10MB28713B5D8E0C4A97_", html=outlook_html(text, lang="AR-SA", rtl=True), b64=True)
    m = mk(when, sent_at(when, 2, 5), "mail-am6eur10on0605.outbound.protection.outlook.example.com",
           "198.51.100.105", "4DVf9Qe44Wz3", addr("ريم عودة", "r.odeh@ncihr.example.org"),
           hdr("رد: إشعار استلام - " + M05_SUBJ),
           "<AM6PR10MB28713B5D8E0C4A97@AM6PR10MB2871.EURPRD10.PROD.OUTLOOK.example.com>", a,
           extra=[("In-Reply-To", ack), ("References", M05_ID + " " + ack)]
           + outlook(hdr("إشعار استلام - " + M05_SUBJ), "AdbzaT7Yh3Kq9Wm1Rx5Ez7Cv9Bn2MkAAc4Rt0=", lang="ar-SA"))
    add(8, when, m, dict(category="other", language="ar", acknowledge=False, on_time=None, thread_of=H % 5,
        notes="thank-you in Palestinian dialect ('يعطيكم العافية ... شكراً إلكم') answering our acknowledgement of "
              "h266-05 (References name it), Outlook-style quote below a line: adds nothing new ('رح تبلّغكم إذا "
              "صار أي تغيير' is only a future possibility), so no acknowledgement; 'الدكتورة سلمى' is the speaker "
              "already proposed."))


# ================================================================ 09  EN  speaker  INGO: nominee named only in her attached CV
def m09():
    when = at("2021-02-02 15:12:40")
    subj = "HMRA - rapporteur nomination"
    fname = "CV - Nadia Kowalczyk-Haddad (Feb 2021).pdf"
    text = """Dear Secretariat,

Horizons Migrant Rights Alliance would like to nominate our Regional Protection Advisor to serve as one of the rapporteurs delivering the stakeholders' key messages. Her CV is attached.

Best regards,
Omar

Omar Fakhoury
Regional Director, Middle East
Horizons Migrant Rights Alliance (HMRA)
Beirut
"""
    cv = text_pdf([[
        "# NADIA KOWALCZYK-HADDAD",
        "Regional Protection Advisor | Horizons Migrant Rights Alliance (HMRA) | Beirut, Lebanon",
        "n.kowalczyk-haddad@hmra.example.org | +961 3 000 000",
        "",
        "# PROFILE",
        "Protection specialist with fourteen years of experience on the rights of migrant domestic workers, "
        "case management, shelters and referral pathways in Lebanon, Jordan and Kuwait. Experienced facilitator "
        "of multi-stakeholder consultations in Arabic, English and French.",
        "",
        "# EXPERIENCE",
        "2018 - present   Regional Protection Advisor, Horizons Migrant Rights Alliance (HMRA), Beirut",
        "2014 - 2018      Protection Coordinator, Safe Passage Network, Amman",
        "2010 - 2014      Case Manager, Migrant Workers' Legal Aid Centre, Beirut",
        "2007 - 2010      Research Assistant, Institute for Migration Studies, Warsaw",
        "",
        "# EDUCATION",
        "2009   MA in Human Rights and Democratisation",
        "2006   BA in Sociology",
        "",
        "# LANGUAGES",
        "Arabic (fluent), English (fluent), French (good), Polish (mother tongue)",
        "",
        "# SELECTED EXPERIENCE OF REGIONAL PROCESSES",
        "Rapporteur, civil society day, regional consultation on labour migration (2019)",
        "Drafting committee, joint civil society submission to the GCM Regional Review (2020)",
    ]], meta=[("Title", "CV Nadia Kowalczyk-Haddad"), ("Author", "Nadia K-H"), ("Creator", "Pages"),
              ("Producer", "macOS Version 10.15.7 (Build 19H15) Quartz PDFContext")])
    a = multi("alternative", [leaf("text/plain", text), leaf("text/html", apple_html(text))],
              "Apple-Mail=_9B3E27C1-5D84-4F0A-A6B2-7E19C4D08F53")
    body = multi("mixed", [a, attach("application/pdf", cv, fname)], "Apple-Mail=_4C8A1F26-E73B-49D5-9A02-B6E1D5C37F84")
    m = mk(when, sent_at(when, 2, 6), "smtp-out.hmra.example.org", "203.0.113.42", "4DWk6Ds81Mz0",
           "Omar Fakhoury <o.fakhoury@hmra.example.org>", subj,
           "<2E7C9B41-8D3A-4F56-B1E0-5C72A9F4D813@hmra.example.org>", body, extra=[("X-Mailer", APPLE)])
    add(9, when, m, dict(category="speaker_request", language="en", acknowledge=True, on_time=True, speakers=[
        sp("Nadia Kowalczyk-Haddad", "Regional Protection Advisor", "Horizons Migrant Rights Alliance (HMRA)",
           ["rapporteur"])],
        notes="the body nominates 'our Regional Protection Advisor' as rapporteur and says 'Her CV is attached': "
              "her name is only in the CV (a text PDF, in capitals in the heading, proper case only in the file "
              "name and PDF title), so the CV is the speaker data and not a report. Past posts, degrees and the "
              "2019 rapporteur role in the CV are not requests; the sender (Regional Director) is not the speaker. "
              "Apple Mail."))


# ================================================================ 10  FR  other  human rights commission: the letter announced is not attached (only the signature logo)
M10_ID = "<DB9P191MB14873F2A6C0E8D15@DB9P191MB1487.EURP191.PROD.OUTLOOK.example.com>"
M10_SUBJ = "Désignation du représentant de la CNIDH – Examen régional du PMM"
M10_QID = "4DXb2Lw67Rz4"
M10_BADCC = "f.houmad@cnidh.example.dj"
M10_TEXT = """Madame, Monsieur,

Veuillez trouver ci-joint le courrier de Monsieur le Président de la CNIDH relatif à la désignation de son représentant à l'Examen régional du Pacte mondial sur les migrations.

Respectueusement,

Le Secrétariat Général
Commission Nationale Indépendante des Droits Humains (CNIDH)
Cité Ministérielle, Djibouti
Tél. : +253 21 00 00 00
"""


def m10():
    when = at("2021-02-03 10:12:05")
    cid = "image001.png@01D6FA14.2B7C9E30"
    rel = related(outlook_html(M10_TEXT, lang="FR", img_cid=cid), cid, (0, 102, 51), "_004_DB9P191MB14873F2A6C0E8D15_")
    body = multi("alternative", [leaf("text/plain", M10_TEXT), rel], "_000_DB9P191MB14873F2A6C0E8D15_")
    m = mk(when, sent_at(when, 3, 8), "mail-db9eur191on0701.outbound.protection.outlook.example.com",
           "198.51.100.191", M10_QID, addr("Secrétariat Général CNIDH", "sg@cnidh.example.dj", enc="Q"),
           hdr(M10_SUBJ, enc="Q"), M10_ID, body, cc=addr("Fatouma Houmed", M10_BADCC),
           extra=outlook(hdr(M10_SUBJ, enc="Q"), "AdbzeL3Wq8Tz5Kc1Nm7Vb9Xy2Rp4Sd==", lang="fr-FR", has_attach=""))
    add(10, when, m, dict(category="other", language="fr", acknowledge=True, on_time=None,
        notes="'Veuillez trouver ci-joint le courrier ... relatif à la désignation de son représentant', but the "
              "letter was not attached: the only file is the signature logo (image001.png, inline in a related "
              "part; X-MS-Has-Attach empty). Nobody is named as a speaker (the Cc 'Fatouma Houmed' is not said to "
              "be the nominee), so nothing can be registered: other, acknowledged (a person wrote; the secretariat "
              "must ask for the letter). The Cc address is mistyped and our acknowledgement to it bounces "
              "(h266-11); the letter follows 46 minutes later (h266-12). Outlook, Date in UTC+3."))


# ================================================================ 11  FR  bounce  our acknowledgement of 10 to its mistyped Cc
def m11():
    when = at("2021-02-03 10:12:41")
    text = POSTFIX_NOTICE + """
<%s>: host mail.cnidh.example.dj[203.0.113.193] said: 550
    5.1.1 <%s>: Recipient address rejected: User unknown in
    virtual mailbox table (in reply to RCPT TO command)
""" % (M10_BADCC, M10_BADCC)
    dsn = ("Reporting-MTA: dns; mx1.iom.int\n"
           "X-Postfix-Queue-ID: 4DXb2Pz91Tz7\n"
           "X-Postfix-Sender: rfc822; gcmrrarabstates@iom.int\n"
           "Arrival-Date: %s\n\n"
           "Final-Recipient: rfc822; %s\n"
           "Original-Recipient: rfc822;%s\n"
           "Action: failed\n"
           "Status: 5.1.1\n"
           "Remote-MTA: dns; mail.cnidh.example.dj\n"
           "Diagnostic-Code: smtp; 550 5.1.1 <%s>: Recipient address rejected: User\n"
           "    unknown in virtual mailbox table\n"
           % (rfcdate(when - dt.timedelta(seconds=5), "EET"), M10_BADCC, M10_BADCC, M10_BADCC))
    subj_ack = "Accusé de réception - " + M10_SUBJ
    hdrs = ("Return-Path: <gcmrrarabstates@iom.int>\n"
            "From: GCM Regional Review Arab States <gcmrrarabstates@iom.int>\n"
            "To: =?utf-8?q?Secr=C3=A9tariat_G=C3=A9n=C3=A9ral_CNIDH?= <sg@cnidh.example.dj>\n"
            "Cc: Fatouma Houmed <%s>\n"
            "Subject: %s\n"
            "Date: %s\n"
            "Message-ID: %s\n"
            "In-Reply-To: %s\n"
            "References: %s\n"
            % (M10_BADCC, hdr(subj_ack, enc="Q").encode(), rfcdate(when - dt.timedelta(seconds=8)),
               ack_mid(M10_QID), M10_ID, M10_ID))
    body = dsn_report(text, dsn, hdrs, "4DXb2Rk03Vz9.1612339961/mx1.iom.int")
    rows = [("Return-Path", "<>"), ("Delivered-To", "gcmrrarabstates@iom.int"),
            ("Received", "by mx1.iom.int (Postfix)\r\n\tid 4DXb2Rk03Vz9; %s" % rfcdate(when, "EET")),
            ("Date", rfcdate(when, "EET")),
            ("From", "MAILER-DAEMON@mx1.iom.int (Mail Delivery System)"),
            ("Subject", "Undelivered Mail Returned to Sender"),
            ("To", "gcmrrarabstates@iom.int"),
            ("Auto-Submitted", "auto-replied"),
            ("Message-Id", "<20210203081241.4DXb2Rk03Vz9@mx1.iom.int>")]
    add(11, when, top(body, rows), dict(category="bounce", language="fr", acknowledge=False, on_time=None,
        notes="Postfix DSN (remote 550 5.1.1 user unknown: 'houmad' for 'houmed') for the copy of our French "
              "acknowledgement of h266-10 sent to its mistyped Cc; the returned headers carry the French subject "
              "about a designation. Never acknowledge; thread_of null as for dev bounces."))


# ================================================================ 12  FR  speaker  the same commission sends the letter (Word) 46 minutes later
def m12():
    when = at("2021-02-03 10:58:19")
    fname = "Lettre_President_CNIDH_Examen_regional_PMM.docx"
    text = """Madame, Monsieur,

Toutes nos excuses : la pièce jointe n'était pas partie avec notre précédent message. Vous la trouverez ci-jointe.

Respectueusement,

Le Secrétariat Général
CNIDH

De : Secrétariat Général CNIDH <sg@cnidh.example.dj>
Envoyé : mercredi 3 février 2021 11:12
À : gcmrrarabstates@iom.int
Cc : Fatouma Houmed <%s>
Objet : %s

""" % (M10_BADCC, M10_SUBJ) + M10_TEXT
    doc = word_docx([
        ("c", "RÉPUBLIQUE DE DJIBOUTI"),
        ("c", "Unité – Égalité – Paix"),
        ("c", "COMMISSION NATIONALE INDÉPENDANTE DES DROITS HUMAINS"),
        ("c", "Le Président"),
        "",
        "N° 021/CNIDH/P/2021",
        ("r", "Djibouti, le 1er février 2021"),
        "",
        "À l'attention du Secrétariat de l'Examen régional du Pacte mondial pour des migrations sûres, ordonnées "
        "et régulières – région arabe",
        "",
        ("b", "Objet : Désignation d'une représentante de la CNIDH"),
        "",
        "Madame, Monsieur,",
        "Suite à votre aimable invitation, j'ai l'honneur de vous informer que la Commission Nationale Indépendante "
        "des Droits Humains (CNIDH) sera représentée à l'Examen régional par Madame Fatouma Houmed\x1f Ali, "
        "Commissaire, Présidente de la Sous-commission Migrations, Réfugiés et Traite des Personnes.",
        "Madame Houmed Ali souhaiterait faire une intervention en séance plénière de la conférence régionale, afin "
        "de présenter les constats de la Commission sur la situation des migrants en transit sur la route de "
        "l'Est, à Obock et à Tadjourah.",
        "La CNIDH n'est pas en mesure de soumettre un rapport volontaire dans les délais impartis ; ses "
        "observations figureront dans l'intervention de sa représentante.",
        "Je vous prie d'agréer, Madame, Monsieur, l'expression de ma haute considération.",
        "",
        ("r", "Le Président"),
        ("r", "Abdourahman Moussa Waberi"),
    ], creator="CNIDH-SG", created="2021-02-01T06:30:00Z", modified="2021-02-01T07:15:00Z",
        title="Désignation représentant")
    cid = "image001.png@01D6FA1A.9C3E2D10"
    rel = related(outlook_html(text, lang="FR", img_cid=cid), cid, (0, 102, 51), "_004_DB9P191MB1487A8E15C3D7B62_")
    a = multi("alternative", [leaf("text/plain", text), rel], "_000_DB9P191MB1487A8E15C3D7B62_")
    body = multi("mixed", [a, attach(DOCX, doc, fname)], "_005_DB9P191MB1487A8E15C3D7B62_")
    subj = "RE: " + M10_SUBJ
    m = mk(when, sent_at(when, 3, 7), "mail-db9eur191on0701.outbound.protection.outlook.example.com",
           "198.51.100.191", "4DXc5Gn28Bz1", addr("Secrétariat Général CNIDH", "sg@cnidh.example.dj", enc="Q"),
           hdr(subj, enc="Q"), "<DB9P191MB1487A8E15C3D7B62@DB9P191MB1487.EURP191.PROD.OUTLOOK.example.com>", body,
           cc=addr("Fatouma Houmed", "f.houmed@cnidh.example.dj"),
           extra=[("In-Reply-To", M10_ID), ("References", M10_ID)]
           + outlook(hdr(subj, enc="Q"), "AdbzeL3Wq8Tz5Kc1Nm7Vb9Xy2Rp4SdAAGx7Kw=", lang="fr-FR", has_attach="yes"))
    add(12, when, m, dict(category="speaker_request", language="fr", acknowledge=True, on_time=True, speakers=[
        sp("Fatouma Houmed Ali", "Commissaire, Présidente de la Sous-commission Migrations, Réfugiés et Traite des "
           "Personnes", "Commission Nationale Indépendante des Droits Humains (CNIDH)", ["plenary"])],
        thread_of=H % 10,
        notes="reply to its own h266-10 (In-Reply-To) carrying the missing Word letter: the nominee, her title and "
              "'une intervention en séance plénière' are only in the attachment (surname split across runs). "
              "'Madame' dropped; her full name is longer than the Cc display name 'Fatouma Houmed' (the Cc is now "
              "corrected); the President who signs is not a speaker; the letter says no report will be sent. "
              "thread_of the message it completes."))


# ================================================================ 13  EN  both  INGO: PDF report + Word cover letter proposing a plenary speaker
def m13():
    when = at("2021-02-04 12:30:16")
    subj = "CMSI submission - GCM Regional Review (Arab region)"
    f_letter = "CMSI cover letter - GCM RR Arab region.docx"
    f_report = "CMSI_Voluntary_GCM_Review_Report_2021.pdf"
    text = """Dear colleagues,

Please find attached CMSI's cover letter and our voluntary GCM review report.

Best regards,
Sophie

Sophie Marchetti
Policy & Advocacy Manager, MENA
Crossroads Migrant Solidarity International (CMSI)
Regional Office, Jabal Amman, Amman - Jordan
"""
    letter = word_docx([
        ("b", "Crossroads Migrant Solidarity International (CMSI)"),
        "Middle East and North Africa Regional Office – Amman",
        "",
        ("r", "3 February 2021"),
        "",
        "To the Secretariat of the Regional Review of the Global Compact for Migration in the Arab Region",
        "",
        "Dear Colleagues,",
        "On behalf of Crossroads Migrant Solidarity International (CMSI), I am pleased to submit our voluntary GCM "
        "review report, attached. The report draws on the casework of our partner organisations in Jordan, Lebanon, "
        "Kuwait and Qatar between January 2019 and December 2020 and focuses on Objectives 6, 7 and 16.",
        "We would also like to request a speaking role for Ms. Dalia\x1f Mrad, our MENA Regional Director, who "
        "would deliver a floor intervention in the plenary session on 24 or 25 February. Ms. Mrad has led CMSI's "
        "regional work since 2016 and co-chairs the civil society working group of the regional migration network.",
        "Please do not hesitate to contact me for any further information.",
        "Yours sincerely,",
        "",
        "Sophie Marchetti",
        "Policy & Advocacy Manager, MENA",
    ], creator="Sophie Marchetti", created="2021-02-03T13:05:00Z", modified="2021-02-04T09:41:00Z",
        title="Cover letter")
    report = text_pdf([[
        "# Voluntary GCM Review Report 2021",
        "# Crossroads Migrant Solidarity International (CMSI) - MENA",
        "Regional Review of the Global Compact for Safe, Orderly and Regular Migration, Arab region",
        "",
        "# Contents",
        "1. Introduction and methodology",
        "2. Objective 6: recruitment fees and contract substitution",
        "3. Objective 7: migrants in irregular situations during COVID-19",
        "4. Objective 16: migrant-led organisations and their space",
        "5. Recommendations",
        "",
        "# 1. Introduction and methodology",
        "This report is based on 1,412 cases handled by eleven partner organisations in Jordan, Lebanon, Kuwait "
        "and Qatar between January 2019 and December 2020, and on 38 interviews with migrant workers and "
        "community leaders.",
    ], [
        "# 2. Objective 6: recruitment fees and contract substitution",
        "Two thirds of the workers interviewed paid recruitment fees in their country of origin; one in four "
        "signed a second contract on arrival with a lower wage than the first.",
        "",
        "# 5. Recommendations",
        "- Enforce the employer-pays principle and publish lists of licensed recruitment agencies.",
        "- Allow workers to change employer without the consent of the first employer.",
        "- Include migrant-led organisations in national GCM implementation plans.",
    ]], compress=True, meta=[("Title", "CMSI Voluntary GCM Review Report 2021"), ("Author", "CMSI MENA"),
                             ("Producer", "Microsoft\u00ae Word for Microsoft 365")])
    cid = "image001.png@01D6FAE2.1F8B3C60"
    rel = related(outlook_html(text, lang="EN-GB", img_cid=cid), cid, (120, 30, 90), "_004_VI1PR09MB4127C6E2B8A1F357_")
    a = multi("alternative", [leaf("text/plain", text), rel], "_000_VI1PR09MB4127C6E2B8A1F357_")
    body = multi("mixed", [a, attach(DOCX, letter, f_letter), attach("application/pdf", report, f_report)],
                 "_005_VI1PR09MB4127C6E2B8A1F357_")
    m = mk(when, sent_at(when, 2, 9), "mail-vi1eur09on0627.outbound.protection.outlook.example.com",
           "198.51.100.127", "4DYh8Sv35Kz2", "Sophie Marchetti <s.marchetti@cmsi.example.org>", subj,
           "<VI1PR09MB4127C6E2B8A1F357@VI1PR09MB4127.eurprd09.prod.outlook.example.com>", body,
           extra=outlook(subj, "AdbzfN5Rk2Wq8Ty4Ui6Op8As0Df2Gh==", lang="en-GB", has_attach="yes"))
    add(13, when, m, dict(category="both", language="en", acknowledge=True, on_time=True, speakers=[
        sp("Dalia Mrad", "MENA Regional Director", "Crossroads Migrant Solidarity International (CMSI)",
           ["plenary"])],
        report_attachments=[f_report],
        notes="'Please find attached CMSI's cover letter and our voluntary GCM review report': the report is the "
              "PDF; the speaker request is only in the Word cover letter ('request a speaking role for Ms. Dalia "
              "Mrad, our MENA Regional Director ... floor intervention in the plenary session'), so 'both'. The "
              "cover letter is not part of the report; 'Ms.' dropped; the sender who signs is not the speaker; "
              "Objectives 6, 7, 16 and 2016 are not event data. Outlook with a signature logo, en-GB."))


# ================================================================ 14  EN  speaker  UN agency: revised letter with another nominee, 23:41 on the speaker deadline
def m14():
    when = at("2021-02-05 23:41:27")
    subj = "RE: " + M01_SUBJ
    fname = "UNPMF-LBN-REP-2021-017-Rev.1 GCM RR nomination.pdf"
    text = """Dear Colleagues,

Further to our letter of 22 January (see below), please find attached a revised letter from the Representative. Apologies for the late hour.

Best regards,
Karim Daher
Programme Associate
UNPMF Lebanon Country Office

From: Lina Sayegh <sayegh@unpmf.example.org>
Sent: Monday, January 25, 2021 11:20 AM
To: gcmrrarabstates@iom.int
Subject: """ + M01_SUBJ + "\n\n" + M01_TEXT
    letter = text_pdf([[
        "# United Nations Population and Mobility Fund (UNPMF)",
        "# Lebanon Country Office",
        "UN House, Riad El Solh Square, Beirut, Lebanon",
        "",
        "Ref.: UNPMF/LBN/REP/2021/017/Rev.1",
        "5 February 2021",
        "",
        "To: The Secretariat of the Regional Review of the Global Compact for Safe, Orderly and Regular Migration "
        "in the Arab Region",
        "",
        "# Subject: Nomination of a speaker (revised) - Regional Review of the GCM in the Arab region",
        "",
        "Dear Colleagues,",
        "",
        "This letter replaces our letter of 22 January 2021 (same reference).",
        "",
        "As Mr. Tobias Lindqvist will be on mission during the week of the conference, UNPMF Lebanon is pleased to "
        "nominate instead Ms. Farah Abou Jaoude, Programme Analyst, Labour Migration and Remittances, to make a "
        "floor intervention in Thematic Roundtable 2 of the regional conference on 24-25 February 2021.",
        "",
        "Ms. Abou Jaoude has worked with UNPMF since 2017 on remittance flows and on the socio-economic "
        "reintegration of returning migrant workers.",
        "",
        "Yours sincerely,",
        "",
        "[signed]",
        "",
        "Dr. Mireille Achkar-Fontaine",
        "Representative",
        "UNPMF Lebanon Country Office",
    ]], compress=True, meta=[("Title", "Nomination of a speaker - GCM RR - Rev.1"), ("Author", "Karim Daher"),
                             ("Producer", "Microsoft\u00ae Word for Microsoft 365"),
                             ("CreationDate", "D:20210205232205+02'00'")])
    a = alt(text, "_000_DB7PR08MB4410F2B6C9E3A185_", html=outlook_html(text))
    body = multi("mixed", [a, attach("application/pdf", letter, fname)], "_004_DB7PR08MB4410F2B6C9E3A185_")
    m = mk(when, sent_at(when, 2, 6), "mail-db7eur08on0622.outbound.protection.outlook.example.com", "198.51.100.22",
           "4F0Ch27Ndz5", "Karim Daher <daher@unpmf.example.org>", subj,
           "<DB7PR08MB4410F2B6C9E3A185@DB7PR08MB4410.eurprd08.prod.outlook.example.com>", body,
           extra=[("In-Reply-To", M01_ID), ("References", M01_ID)]
           + outlook(subj, "AdbzDh2Kq8Wm4Rt6Yu8Io0Pa2Sd4FgAK3cTf0=", lang="en-US", has_attach="yes"))
    add(14, when, m, dict(category="speaker_request", language="en", acknowledge=True, on_time=True, speakers=[
        sp("Farah Abou Jaoude", "Programme Analyst, Labour Migration and Remittances", UNPMF, ["roundtable"], 2)],
        thread_of=H % 1,
        notes="sent at 23:41 on the speaker deadline (on time) by the colleague named in the out-of-office h266-02, "
              "as a reply to h266-01: 'please find attached a revised letter' - the new nominee (replacing Tobias "
              "Lindqvist, named again in the letter as withdrawn) is only in the attached PDF ('This letter "
              "replaces our letter of 22 January'). 'Ms.' dropped; two-part surname; roundtable 2. The quoted "
              "original names the Representative only. thread_of h266-01."))


# ================================================================ 15  AR  speaker  Egyptian labour office in Algiers: Arabic PDF letter, 23:12 local = 00:12 Beirut (late)
M15_ID = "<CAG7sTn4Wq9kR2xV+d8Mb3Lc6pF1hJz5eY0@mail.gmail.example.com>"
M15_SUBJ = "خطاب السفارة بشأن ترشيح المستشار العمالي - الاستعراض الإقليمي"
M15_QID = "4F0Dk91Pwz3"
M15_FILE = "خطاب السفارة - ترشيح المستشار العمالي.pdf"
M15_TEXT = """السادة الأفاضل،
تحية طيبة وبعد،

مرفق طيه خطاب السفارة بشأن ترشيح ممثلها للمشاركة في الاستعراض الإقليمي للاتفاق العالمي للهجرة.

مع وافر التقدير،
مكتب التمثيل العمالي
سفارة جمهورية مصر العربية بالجزائر
"""


def m15():
    when = at("2021-02-06 00:12:44")
    letter = arabic_pdf([[
        "# سفارة جمهورية مصر العربية",
        "# الجزائر",
        "مكتب التمثيل العمالي",
        "",
        "رقم الصادر: 2021/47",
        "التاريخ: 5 فبراير 2021",
        "",
        "السادة/ أمانة الاستعراض الإقليمي للاتفاق العالمي من أجل الهجرة الآمنة والمنظمة والنظامية - المنطقة "
        "العربية",
        "",
        "تحية طيبة وبعد،",
        "",
        "بالإشارة إلى الدعوة الكريمة للمشاركة في الاستعراض الإقليمي للاتفاق العالمي من أجل الهجرة الآمنة والمنظمة "
        "والنظامية، تتشرف سفارة جمهورية مصر العربية بالجزائر بترشيح السيد/ أحمد سامي عبد التواب، المستشار "
        "العمالي ورئيس مكتب التمثيل العمالي بالسفارة، للمشاركة بمداخلة في المائدة المستديرة المواضيعية الثانية "
        "خلال المؤتمر الإقليمي يومي 24 و25 فبراير 2021.",
        "",
        "وسوف تتناول المداخلة أوضاع العمالة المصرية في الجزائر، والتي يقدر عددها بنحو 12 ألف عامل، وجهود المكتب "
        "في توثيق عقود العمل وتسوية النزاعات العمالية.",
        "",
        "وتفضلوا بقبول فائق الاحترام والتقدير،",
        "",
        "# سفير جمهورية مصر العربية بالجزائر",
        "(توقيع وختم)",
    ]], meta=[("Producer", "Microsoft\u00ae Word 2016"), ("Creator", "Microsoft\u00ae Word 2016"),
              ("CreationDate", "D:20210205223014+01'00'")])
    a = alt(M15_TEXT, "0000000000005e2b7c05baa1f3d8", html=gmail_html(M15_TEXT, rtl=True), b64=True)
    body = multi("mixed", [a, attach("application/pdf", letter, M15_FILE)], "0000000000005e2b7f05baa1f3da")
    m = mk(when, sent_at(when, 1, 9), "mail-wm1-f48.google.example.com", "192.0.2.48", M15_QID,
           addr("مكتب التمثيل العمالي - سفارة مصر بالجزائر", "labour.office.egyemb.dz@gmail.example.com"),
           hdr(M15_SUBJ), M15_ID, body)
    add(15, when, m, dict(category="speaker_request", language="ar", acknowledge=True, on_time=False, speakers=[
        sp("أحمد سامي عبد التواب", "المستشار العمالي ورئيس مكتب التمثيل العمالي بالسفارة",
           "سفارة جمهورية مصر العربية بالجزائر", ["roundtable"], 2)],
        notes="sent at 23:12 on Friday 5 February in Algiers (Date header UTC+1) = 00:12 on the 6th in Beirut: the "
              "speaker request is 12 min 45 s late although the sender's own clock shows the deadline day. The body "
              "only says 'مرفق طيه خطاب السفارة': the nominee, title and 'المائدة المستديرة المواضيعية الثانية' are "
              "in the attached text PDF (Type0 font with a ToUnicode map, Flate-compressed, Arabic file name RFC "
              "2231 + RFC 2047). 'السيد/' dropped; the ambassador who signs is not named; 12 thousand workers and "
              "the outgoing number are not event data. Its Gmail vacation reply follows (h266-16) and a follow-up "
              "on 18 February (h266-24)."))


# ================================================================ 16  AR  auto_reply  the labour office's Gmail vacation responder
def m16():
    when = at("2021-02-06 00:13:20")
    ack = ack_mid(M15_QID)
    text = """شكراً لتواصلكم مع مكتب التمثيل العمالي بسفارة جمهورية مصر العربية بالجزائر.

مواعيد العمل من الأحد إلى الخميس من الساعة 9 صباحاً حتى 3 عصراً. سيتم الرد على رسالتكم في أقرب وقت ممكن.

للحالات العاجلة الخاصة بالعمالة المصرية يرجى الاتصال على الرقم +213 21 00 00 00.
"""
    body = alt(text, "000000000000f1c84a05baa1f6e2", html=gmail_html(text, rtl=True), b64=True)
    rows = std_rows(when, "mail-sor-f69.google.example.com", "192.0.2.69", "4F0Dm36Qxz8",
                    addr("مكتب التمثيل العمالي - سفارة مصر بالجزائر", "labour.office.egyemb.dz@gmail.example.com"),
                    hdr("رد آلي - مكتب التمثيل العمالي"), rfcdate(sent_at(when, 1, 3)),
                    "<CAG7sTn7Xy2pL5wQ+f3Nb8Kd1sR6gHe9jU4@mail.gmail.example.com>",
                    extra=[("Auto-Submitted", "auto-replied")], ret="")
    rows = [(k, "<>" if k == "Return-Path" else v) for k, v in rows]
    rows += [("In-Reply-To", ack), ("References", M15_ID + " " + ack), ("Precedence", "bulk")]
    add(16, when, top(body, rows), dict(category="auto_reply", language="ar", acknowledge=False, on_time=None,
        notes="Gmail vacation responder of the labour office (h266-15) answering our acknowledgement 36 seconds "
              "later, with its own subject ('رد آلي') and no out-of-office wording: office hours and an emergency "
              "number. Auto-Submitted: auto-replied, Precedence: bulk, References name h266-15. Never acknowledge; "
              "thread_of null as for dev auto-replies."))


# ================================================================ 17  FR  other  Comorian directorate declines in an attached letter
def m17():
    when = at("2021-02-08 09:30:15")
    subj = "Courrier de la Direction générale de la Diaspora – Examen régional du PMM"
    fname = "Courrier DGD 0112 - Examen regional PMM.docx"
    text = """Madame, Monsieur,

Veuillez trouver ci-joint le courrier de la Direction générale de la Diaspora concernant l'Examen régional du Pacte mondial sur les migrations.

Salutations distinguées,

Secrétariat de la Direction générale de la Diaspora
Ministère des Affaires étrangères et de la Coopération internationale
Moroni – Union des Comores
"""
    doc = word_docx([
        ("c", "UNION DES COMORES"),
        ("c", "Unité – Solidarité – Développement"),
        ("c", "Ministère des Affaires étrangères et de la Coopération internationale"),
        ("c", "Direction générale de la Diaspora"),
        "",
        "N° 0112/MAECI/DGD/2021",
        ("r", "Moroni, le 5 février 2021"),
        "",
        ("b", "Objet : Examen régional du Pacte mondial sur les migrations – région arabe"),
        "",
        "Madame, Monsieur,",
        "La Direction générale de la Diaspora vous remercie de votre invitation à l'Examen régional du Pacte "
        "mondial pour des migrations sûres, ordonnées et régulières dans la région arabe.",
        "Nous avons le regret de vous informer que la Direction ne sera pas en mesure de désigner un intervenant, "
        "en raison de la tenue, aux mêmes dates, des Assises nationales de la Diaspora comorienne à Moroni, "
        "auxquelles l'ensemble de ses cadres doit prendre part. Elle ne soumettra pas non plus de rapport volontaire.",
        "Nous souhaiterions néanmoins suivre les travaux à distance et recevoir, le moment venu, le lien de "
        "retransmission ainsi que les documents finals de la conférence.",
        "Veuillez agréer, Madame, Monsieur, l'expression de nos salutations distinguées.",
        "",
        ("r", "Le Directeur général de la Diaspora"),
        ("r", "Said Ahmed Mmadi"),
    ], creator="DGD-Secr", created="2021-02-05T07:00:00Z", modified="2021-02-05T08:20:00Z", title="Courrier")
    a = alt(text, "_000_MR2P264MB0516D7A3E9C1B24F_", html=outlook_html(text, lang="FR"))
    body = multi("mixed", [a, attach(DOCX, doc, fname)], "_004_MR2P264MB0516D7A3E9C1B24F_")
    m = mk(when, sent_at(when, 3, 6), "mail-mr2fra01on0620.outbound.protection.outlook.example.com",
           "198.51.100.120", "4F1Kw48Trz6", addr("Secrétariat DGD", "secretariat.dgd@diaspora.example.km", enc="Q"),
           hdr(subj, enc="Q"), "<MR2P264MB0516D7A3E9C1B24F@MR2P264MB0516.FRAP264.PROD.OUTLOOK.example.com>", body,
           extra=outlook(hdr(subj, enc="Q"), "AdcAh2Pq6Wn8Rt0Yv4Kz6Xc8Bm1Lq==", lang="fr-FR", has_attach="yes"))
    add(17, when, m, dict(category="other", language="fr", acknowledge=True, on_time=None,
        notes="the two-line body ('Veuillez trouver ci-joint le courrier ... concernant l'Examen régional') reads like "
              "every nomination in this set, but the attached Word letter declines: no speaker ('ne sera pas en "
              "mesure de désigner un intervenant'), no report, only a wish to follow online and receive the link: "
              "other, acknowledged. The Director General who signs is named with his title but is not proposed. "
              "Outlook, Date in UTC+3."))


# ================================================================ 18  AR  report  NHRI: Word report + Arabic PDF cover letter (observer named)
def m18():
    when = at("2021-02-11 11:45:09")
    subj = "التقرير الطوعي للمؤسسة الوطنية لحقوق الإنسان"
    f_letter = "خطاب إحالة التقرير الطوعي.pdf"
    f_report = "التقرير الطوعي للمؤسسة الوطنية لحقوق الإنسان - الاتفاق العالمي للهجرة 2021.docx"
    text = """السادة أمانة الاستعراض الإقليمي المحترمين،
تحية طيبة وبعد،

مرفق لكم خطاب المؤسسة والتقرير الطوعي الخاص بها.

مع خالص التحيات،
إدارة التعاون الدولي
المؤسسة الوطنية لحقوق الإنسان
"""
    letter = arabic_pdf([[
        "# المؤسسة الوطنية لحقوق الإنسان",
        "مكتب الرئيس",
        "",
        "الرقم: م ح إ/ت د/2021/19",
        "التاريخ: 10 فبراير 2021",
        "",
        "حضرات السادة أمانة الاستعراض الإقليمي للاتفاق العالمي من أجل الهجرة الآمنة والمنظمة والنظامية المحترمين",
        "",
        "الموضوع: إحالة التقرير الطوعي للمؤسسة",
        "",
        "تحية طيبة وبعد،",
        "",
        "يسر المؤسسة الوطنية لحقوق الإنسان أن تحيل إليكم تقريرها الطوعي حول تنفيذ الاتفاق العالمي من أجل الهجرة "
        "الآمنة والمنظمة والنظامية، والذي يستند إلى الشكاوى التي تلقتها المؤسسة من العمال المهاجرين خلال عامي "
        "2019 و2020 وإلى زياراتها الميدانية لمراكز الإيواء.",
        "",
        "ولا تعتزم المؤسسة طلب مداخلة في المؤتمر، وسيحضر أعماله بصفة مراقب الأستاذ خالد يوسف المطيري، عضو "
        "مجلس المفوضين.",
        "",
        "وتفضلوا بقبول فائق الاحترام والتقدير،",
        "",
        "# رئيس المؤسسة",
        "(توقيع)",
    ]], meta=[("Producer", "Microsoft\u00ae Word for Office 365"), ("Author", "ICD")])
    report = word_docx([
        ("c", "المؤسسة الوطنية لحقوق الإنسان"),
        ("c", "التقرير الطوعي حول تنفيذ الاتفاق العالمي من أجل الهجرة الآمنة والمنظمة والنظامية"),
        ("c", "الاستعراض الإقليمي - المنطقة العربية 2021"),
        "",
        ("b", "أولاً: المنهجية"),
        "يستند هذا التقرير إلى 684 شكوى تلقتها المؤسسة من العمال المهاجرين خلال عامي 2019 و2020، وإلى 14 زيارة "
        "ميدانية لمراكز الإيواء ومراكز الاحتجاز الإداري.",
        ("b", "ثانياً: الشكاوى حسب نوعها"),
        ("t", [["**نوع الشكوى", "**2019", "**2020"],
               ["تأخر صرف الأجور", "141", "198"],
               ["حجز جوازات السفر", "63", "71"],
               ["الانتقال إلى صاحب عمل آخر", "52", "89"],
               ["ظروف السكن", "28", "42"]], [4800, 2100, 2100]),
        ("b", "ثالثاً: أثر جائحة كوفيد-19"),
        "أدت الجائحة إلى تضاعف الشكاوى المتعلقة بتأخر الأجور، وإلى بقاء عدد كبير من العمال دون إقامة سارية.",
        ("b", "رابعاً: التوصيات"),
        "1. ربط صرف الأجور بنظام حماية الأجور الإلكتروني لجميع القطاعات، بما فيها العمالة المنزلية.",
        "2. تجريم حجز جوازات السفر وتفعيل العقوبات.",
        "3. إتاحة انتقال العامل إلى صاحب عمل آخر دون موافقة صاحب العمل الأول.",
    ], rtl=True, creator="ICD", created="2021-02-08T06:00:00Z", modified="2021-02-10T10:30:00Z", title="التقرير الطوعي")
    cid = "image001.png@01D70047.5E2A9B10"
    rel = related(outlook_html(text, lang="AR-SA", img_cid=cid, rtl=True), cid, (140, 20, 30),
                  "_004_AS8PR10MB6413B2E5D9C1A748_")
    a = multi("alternative", [leaf("text/plain", text, cte="base64"), rel], "_000_AS8PR10MB6413B2E5D9C1A748_")
    body = multi("mixed", [a, attach("application/pdf", letter, f_letter), attach(DOCX, report, f_report)],
                 "_005_AS8PR10MB6413B2E5D9C1A748_")
    m = mk(when, sent_at(when, 3, 6), "mail-as8eur10on0618.outbound.protection.outlook.example.com",
           "198.51.100.118", "4F3Lh62Ynz0", addr("إدارة التعاون الدولي", "icd@nhri.example.org"), hdr(subj),
           "<AS8PR10MB6413B2E5D9C1A748@AS8PR10MB6413.EURPRD10.PROD.OUTLOOK.example.com>", body,
           extra=outlook(hdr(subj), "AdcAm7Kq2Wr9Ty3Ui5Op7As9Df1Gh==", lang="ar-SA", has_attach="yes"))
    add(18, when, m, dict(category="voluntary_report", language="ar", acknowledge=True, on_time=True,
        report_attachments=[f_report],
        notes="'مرفق لكم خطاب المؤسسة والتقرير الطوعي': the Word file (long Arabic name, RFC 2231 + RFC 2047, "
              "with a table of complaints) is the report, the Arabic PDF (Type0 + ToUnicode) is the cover "
              "letter and not part of it. The letter says the institution does not ask to speak and names a "
              "commissioner who will attend 'بصفة مراقب' with his title: not a speaker. Outlook with a signature "
              "logo, Date in UTC+3."))


# ================================================================ 19  FR  report  Tunis collective: letter and report in one PDF
def m19():
    when = at("2021-02-12 16:02:33")
    subj = "Contribution du CMDM à l'examen régional du Pacte mondial"
    fname = "CMDM_Courrier_et_Rapport_PMM_2021.pdf"
    text = """Bonjour,

Veuillez trouver ci-joint notre courrier ainsi que notre contribution.

Bien cordialement,

Amel Triki
Chargée de plaidoyer
Collectif Méditerranéen pour les Droits des Migrants (CMDM)
Tunis
"""
    pdf = text_pdf([[
        "# Collectif Méditerranéen pour les Droits des Migrants (CMDM)",
        "Rue de Marseille, Tunis",
        "",
        "Tunis, le 11 février 2021",
        "",
        "Au Secrétariat de l'Examen régional du Pacte mondial pour des migrations sûres, ordonnées et régulières "
        "- région arabe",
        "",
        "# Objet : transmission de notre rapport volontaire",
        "",
        "Madame, Monsieur,",
        "",
        "Le Collectif Méditerranéen pour les Droits des Migrants (CMDM), qui réunit 19 associations tunisiennes, "
        "libyennes et algériennes, a l'honneur de vous transmettre son rapport volontaire d'examen du Pacte "
        "mondial, qui figure aux pages suivantes du présent document.",
        "",
        "Le CMDM ne sollicite pas de temps de parole ; plusieurs de ses membres suivront les travaux en ligne.",
        "",
        "Veuillez agréer, Madame, Monsieur, l'expression de nos salutations distinguées.",
        "",
        "Pour le Bureau exécutif,",
        "Mourad Ben Amor, coordinateur",
    ], [
        "# RAPPORT VOLONTAIRE - EXAMEN RÉGIONAL DU PACTE MONDIAL (RÉGION ARABE)",
        "# Collectif Méditerranéen pour les Droits des Migrants (CMDM) - février 2021",
        "",
        "# 1. Méthodologie",
        "Le présent rapport s'appuie sur les observations de nos 19 associations membres entre janvier 2019 et "
        "décembre 2020, sur 212 entretiens avec des personnes migrantes à Tunis, Sfax, Zarzis et Oran, et sur "
        "l'analyse des textes adoptés pendant la période.",
        "",
        "# 2. Objectif 8 : sauver des vies en mer",
        "Les débarquements à Sfax et Zarzis ont plus que doublé en 2020 ; les dispositifs d'identification des "
        "personnes disparues restent quasi inexistants.",
        "",
        "# 3. Objectif 13 : détention administrative",
        "La rétention de personnes migrantes dans des centres non prévus par la loi persiste.",
    ], [
        "# 4. Objectif 15 : accès aux services de base",
        "L'accès aux soins des personnes sans titre de séjour dépend encore largement des associations.",
        "",
        "# 5. Recommandations",
        "- Créer un mécanisme régional d'identification des personnes disparues en mer.",
        "- Mettre fin à la détention administrative hors cadre légal.",
        "- Garantir l'accès aux soins d'urgence indépendamment du statut administratif.",
    ]], compress=True, meta=[("Title", "Courrier et rapport CMDM"), ("Author", "CMDM"),
                             ("Producer", "LibreOffice 7.0"), ("Creator", "Writer")])
    a = alt(text, "=_b7e41c09a2d5f3e8c1a6d2b9", html=None)
    body = multi("mixed", [a, attach("application/pdf", pdf, fname)], "=_4f9a2c71e0d8b3c6a5e1f274")
    m = mk(when, sent_at(when, 1, 7), "webmail.cmdm.example.tn", "203.0.113.101", "4F4Bx70Qkz5",
           "Amel Triki <a.triki@cmdm.example.tn>", hdr(subj, enc="Q"),
           "<b4d2f8a61c93e7d05b1a2c84e9f73d16@cmdm.example.tn>", body,
           extra=[("User-Agent", "Roundcube Webmail/1.4.10")])
    add(19, when, m, dict(category="voluntary_report", language="fr", acknowledge=True, on_time=True,
        report_attachments=[fname],
        notes="'notre courrier ainsi que notre contribution' but a single attachment: one PDF whose first page is "
              "the transmission letter and whose following pages are the report (Flate-compressed LibreOffice "
              "export): that file is the report. The letter says 'Le CMDM ne sollicite pas de temps de parole' and "
              "names its coordinator as signer only. Roundcube, Date in UTC+1."))


# ================================================================ 20  EN  report  INGO: cover letter + report + annex, signature logo
def m20():
    when = at("2021-02-15 14:20:50")
    subj = "MBI Jordan - voluntary GCM review report"
    f_letter = "MBI_cover_letter_signed.pdf"
    f_report = "MBI_GCM_Voluntary_Review_2021.pdf"
    f_annex = "MBI_Annex_Case_Data_2019-2020.docx"
    text = """Dear Secretariat,

Please find attached our letter, together with the MBI voluntary GCM review report and its annex.

Kind regards,

Rania Haddad
Advocacy and Communications Coordinator
Mercy Bridges International (MBI) - Jordan Mission
Amman, Jordan
"""
    letter = text_pdf([[
        "# Mercy Bridges International (MBI) - Jordan Mission",
        "Amman, 14 February 2021",
        "",
        "To the Secretariat of the Regional Review of the Global Compact for Migration in the Arab Region",
        "",
        "Dear Colleagues,",
        "",
        "Mercy Bridges International (MBI) is pleased to submit its voluntary GCM review report, with an annex of "
        "anonymised case data. We understand that the deadline for speaking roles has passed, and we do not "
        "request one.",
        "",
        "Sincerely,",
        "[signature]",
        "Country Director, MBI Jordan Mission",
    ]], meta=[("Producer", "Adobe Acrobat Pro DC 20.13.20074"), ("Title", "Cover letter")])
    report = text_pdf([[
        "# Mercy Bridges International (MBI) - Jordan Mission",
        "# Voluntary GCM Review Report, February 2021",
        "",
        "# Summary",
        "MBI runs legal aid and community centres for migrant workers in Amman, Zarqa and the Dead Sea factories "
        "area. This report reviews progress on GCM Objectives 6, 12 and 21 in Jordan in 2019-2020.",
        "",
        "# Key findings",
        "1. Wage theft cases rose by 40 per cent after March 2020.",
        "2. Workers whose permits expired during the lockdown faced fines they could not pay before departure.",
        "3. Return flights were organised without any screening for unpaid wages.",
        "",
        "# Recommendations",
        "- Waive overstay fines accrued during the COVID-19 lockdown.",
        "- Screen departing workers for unpaid wages and end-of-service benefits.",
    ]], compress=True, meta=[("Title", "MBI Voluntary GCM Review 2021"), ("Producer", "Microsoft\u00ae Word 2019")])
    annex = word_docx([
        ("b", "Annex 1 - Anonymised case data, 2019-2020"),
        ("t", [["**Type of case", "**2019", "**2020"],
               ["Unpaid wages", "312", "437"],
               ["Passport confiscation", "88", "95"],
               ["Overstay fines", "41", "203"],
               ["Physical or verbal abuse", "57", "66"]], [4800, 2100, 2100]),
        "Source: MBI legal aid database (cases opened in Amman and Zarqa).",
    ], creator="MBI Jordan", created="2021-02-11T08:00:00Z", modified="2021-02-14T12:00:00Z", title="Annex 1")
    cid = "image001.png@01D7039A.8C4F2E50"
    rel = related(outlook_html(text, lang="EN-US", img_cid=cid), cid, (0, 90, 150), "_004_HE1PR05MB3354A7C2D9E1B068_")
    a = multi("alternative", [leaf("text/plain", text), rel], "_000_HE1PR05MB3354A7C2D9E1B068_")
    body = multi("mixed", [a, attach("application/pdf", letter, f_letter), attach("application/pdf", report, f_report),
                           attach(DOCX, annex, f_annex)], "_005_HE1PR05MB3354A7C2D9E1B068_")
    m = mk(when, sent_at(when, 2, 7), "mail-he1eur05on0623.outbound.protection.outlook.example.com",
           "198.51.100.123", "4F5Rn29Wbz3", "Rania Haddad <rania.haddad@mercybridges.example.org>", subj,
           "<HE1PR05MB3354A7C2D9E1B068@HE1PR05MB3354.eurprd05.prod.outlook.example.com>", body,
           extra=outlook(subj, "AdcDc1Nq4Wm7Rt2Yx5Kz8Bv0Lp3Qs==", lang="en-US", has_attach="yes"))
    add(20, when, m, dict(category="voluntary_report", language="en", acknowledge=True, on_time=True,
        report_attachments=[f_report, f_annex],
        notes="three attachments named in the body ('our letter, together with the ... report and its annex'): the "
              "report PDF and the DOCX annex of case data make up the report; the signed cover letter (PDF) does "
              "not, and it says 'we do not request one' (a speaking role). Signature logo inline. Outlook."))


# ================================================================ 21  AR  both  Beirut association: report PDF + Arabic nomination form + English CV (speaker part late)
def m21():
    when = at("2021-02-16 18:20:03")
    subj = "تقرير جمعية سنابل + استمارة ترشيح"
    f_report = "تقرير جمعية سنابل الطوعي - الاستعراض الإقليمي 2021.pdf"
    f_form = "استمارة ترشيح متحدثة - جمعية سنابل.docx"
    f_cv = "CV_Joumana_Rizkallah_EN.pdf"
    text = """مرحبا،

مرفق تقرير الجمعية الطوعي، واستمارة ترشيح المتحدثة مع سيرتها الذاتية. بعتذر عالتأخير، كان عنا ضغط شغل كتير هالأسبوع.

شكراً كتير،
ميرنا

ميرنا الحاج
جمعية سنابل لدعم العمال المهاجرين - بيروت

Sent from my Galaxy
"""
    report = arabic_pdf([[
        "# جمعية سنابل لدعم العمال المهاجرين",
        "# التقرير الطوعي - الاستعراض الإقليمي للاتفاق العالمي من أجل الهجرة الآمنة والمنظمة والنظامية",
        "بيروت، شباط 2021",
        "",
        "# أولاً: من نحن",
        "جمعية لبنانية تأسست عام 2012، تقدم الدعم القانوني والنفسي والاجتماعي للعاملات المهاجرات في الخدمة "
        "المنزلية، وتدير خطاً ساخناً بخمس لغات.",
        "",
        "# ثانياً: أثر الأزمة الاقتصادية وانفجار المرفأ",
        "تلقت الجمعية عام 2020 أكثر من 2,300 اتصال، ثلثها من عاملات تركهن أصحاب العمل أمام سفارات بلدانهن "
        "دون أجور أو أوراق.",
        "",
        "# ثالثاً: نظام الكفالة",
        "ما زال ربط إقامة العاملة بصاحب العمل العائق الأكبر أمام الوصول إلى العدالة.",
        "",
        "# رابعاً: التوصيات",
        "1. إلغاء نظام الكفالة واعتماد عقد عمل موحد يضمن حق إنهاء العقد.",
        "2. إعفاء العاملات من غرامات تجاوز الإقامة وتسهيل عودتهن الطوعية.",
        "3. شمول العاملات في الخدمة المنزلية بقانون العمل.",
    ]], meta=[("Producer", "Microsoft\u00ae Word 2016"), ("Author", "Sanabel")])
    form = word_docx([
        ("c", "جمعية سنابل لدعم العمال المهاجرين"),
        ("c", "استمارة ترشيح متحدث/ة - الاستعراض الإقليمي للاتفاق العالمي للهجرة (23-25 شباط 2021)"),
        "",
        ("t", [["**الاسم الكامل", "جمانة\x1f رزق الله"],
               ["**الصفة / المنصب", "منسقة برنامج الحماية القانونية"],
               ["**الجهة", "جمعية سنابل لدعم العمال المهاجرين"],
               ["**البلد", "لبنان"],
               ["**البريد الإلكتروني", "joumana.r@sanabel.example.org"],
               ["**نوع المشاركة المطلوبة", "☐ النقاش المفتوح (23 شباط)\n☐ مقرِّرة لعرض الرسائل الرئيسية\n"
                                           "☐ مداخلة في الجلسة العامة\n"
                                           "☒ مداخلة في المائدة المستديرة المواضيعية رقم (4)"],
               ["**لغة المداخلة", "العربية"]], [3000, 6000]),
        "التاريخ: 15/2/2021",
    ], rtl=True, creator="Sanabel", created="2021-02-15T09:00:00Z", modified="2021-02-16T15:40:00Z",
        title="استمارة ترشيح")
    cv = text_pdf([[
        "# JOUMANA RIZKALLAH",
        "Legal Protection Programme Coordinator",
        "Sanabel Association for Migrant Workers' Support, Beirut",
        "",
        "# Experience",
        "2016 - present   Legal Protection Programme Coordinator, Sanabel",
        "2012 - 2016      Lawyer, Beirut Bar Association legal aid unit",
        "",
        "# Education",
        "Master's degree in Private Law, Lebanese University",
        "",
        "# Languages",
        "Arabic, English, French",
    ]], meta=[("Producer", "Microsoft\u00ae Word 2016"), ("Title", "CV")])
    a = alt(text, "0000000000007d3e9f05bb7a2c41", html=android_html(text), b64=True)
    body = multi("mixed", [a, attach("application/pdf", report, f_report), attach(DOCX, form, f_form),
                           attach("application/pdf", cv, f_cv)], "0000000000007d3ea205bb7a2c43")
    m = mk(when, sent_at(when, 2, 8), "mail-pj1-f54.google.example.com", "192.0.2.54", "4F6Bt83Mqz7",
           addr("Myrna El Hajj", "myrna.sanabel@gmail.example.com"), hdr(subj),
           "<CAK2nWq9Tx4mB7pR+e1Lc6Zd3sH8fGy5jN2@mail.gmail.example.com>", body)
    add(21, when, m, dict(category="both", language="ar", acknowledge=True, on_time=False, speakers=[
        sp("جمانة رزق الله", "منسقة برنامج الحماية القانونية", "جمعية سنابل لدعم العمال المهاجرين",
           ["roundtable"], 4)],
        report_attachments=[f_report],
        notes="Lebanese dialect body ('بعتذر عالتأخير، كان عنا ضغط شغل') from an Android phone with three "
              "attachments: the Arabic PDF (Type0 + ToUnicode) is the report; the nominee is only in the Word "
              "nomination form (table, a ticked box '☒ ... رقم (4)', the name split across runs) and the English CV "
              "spells her 'Joumana Rizkallah' - she is listed with the Arabic form of the form. 'both' on 16 "
              "February: the report is on time, the speaker part is late, so on_time false. The CV is not part of "
              "the report; the sender is not the speaker."))


# ================================================================ 22  EN  report  UN joint programme: 23:57 on the report deadline (22:57 in Tunis)
def m22():
    when = at("2021-02-16 23:57:40")
    subj = "JPMGL - Voluntary GCM review report"
    f_letter = "Transmittal letter - JPMGL.docx"
    f_report = "JPMGL_GCM_Review_Report_final.pdf"
    text = """Dear colleagues,

Please find attached the transmittal letter of the Programme Coordinator and the JPMGL voluntary GCM review report.

Best regards,

Ines Ferchichi
Monitoring and Reporting Officer
UN Joint Programme on Migration Governance in Libya (JPMGL)
Tunis Office

""" + UN_DISCLAIMER + "\n"
    letter = word_docx([
        ("b", "UN Joint Programme on Migration Governance in Libya (JPMGL)"),
        "Tunis, 16 February 2021",
        "",
        "Dear Colleagues,",
        "On behalf of the partner agencies of the UN Joint Programme on Migration Governance in Libya, I am pleased "
        "to transmit the Programme's voluntary GCM review report. The Programme does not request a speaking role; "
        "the participating agencies will take part through the United Nations Network on Migration.",
        "Yours sincerely,",
        "Programme Coordinator, JPMGL",
    ], creator="JPMGL", created="2021-02-16T15:00:00Z", modified="2021-02-16T21:30:00Z", title="Transmittal letter")
    report = text_pdf([[
        "# UN Joint Programme on Migration Governance in Libya (JPMGL)",
        "# Voluntary GCM Review Report - Regional Review, Arab region 2021",
        "",
        "# 1. Context",
        "Libya remains a country of destination and transit; an estimated 570,000 migrants were present in late "
        "2020.",
        "",
        "# 2. Progress on GCM Objectives 1, 4 and 23",
        "Data collection on migrant presence has improved through joint displacement tracking; civil documentation "
        "for migrants remains unavailable.",
        "",
        "# 3. Recommendations",
        "- Establish alternatives to detention for migrants in irregular situations.",
        "- Strengthen cooperation with countries of origin on documentation.",
    ]], compress=True, meta=[("Title", "JPMGL GCM Review Report"), ("Producer", "Microsoft\u00ae Word for Microsoft 365")])
    a = alt(text, "_000_PR3P191MB1049E6C2A8D3F715_", html=outlook_html(text))
    body = multi("mixed", [a, attach(DOCX, letter, f_letter), attach("application/pdf", report, f_report)],
                 "_004_PR3P191MB1049E6C2A8D3F715_")
    m = mk(when, sent_at(when, 1, 6), "mail-pr3eur191on0609.outbound.protection.outlook.example.com",
           "198.51.100.109", "4F6Wc57Lrz1", "Ines Ferchichi <ferchichi@jpmgl.example.org>", subj,
           "<PR3P191MB1049E6C2A8D3F715@PR3P191MB1049.EURP191.PROD.OUTLOOK.example.com>", body,
           extra=outlook(subj, "AdcEa8Nq3Kw5Rt7Yz9Xc1Vb3Mn5Lq==", lang="en-US", has_attach="yes"))
    add(22, when, m, dict(category="voluntary_report", language="en", acknowledge=True, on_time=True,
        report_attachments=[f_report],
        notes="received at 23:57:40 Beirut time on the report deadline (Date header 22:57 +0100, Tunis): on time. "
              "The body names both files: the PDF is the report, the Word transmittal letter is not, and it says "
              "'The Programme does not request a speaking role'. UN disclaimer in the signature. Outlook."))


# ================================================================ 23  FR  both  Souss platform: Word letter (report + speaker) + PDF report, 23:03 in Agadir = 00:03 Beirut
def m23():
    when = at("2021-02-17 00:03:52")
    subj = "Rapport volontaire PAMD-SM – Examen régional PMM"
    f_letter = "Lettre PAMD-SM.docx"
    f_report = "Rapport volontaire PAMD-SM 2021.pdf"
    text = """Bonjour,

Ci-joint notre lettre ainsi que notre rapport volontaire. En espérant être encore dans les délais !

Cordialement,

Youssef Amzil
Chargé de projets – PAMD-SM
Agadir
"""
    letter = word_docx([
        ("b", "Plateforme Associative Migrations et Développement – Souss-Massa (PAMD-SM)"),
        "Avenue Hassan II, Agadir",
        ("r", "Agadir, le 16 février 2021"),
        "",
        "Au Secrétariat de l'Examen régional du Pacte mondial sur les migrations – région arabe",
        "",
        ("b", "Objet : Transmission de notre rapport volontaire et demande de prise de parole"),
        "",
        "Madame, Monsieur,",
        "Nous avons l'honneur de vous transmettre ci-joint le rapport volontaire de la Plateforme Associative "
        "Migrations et Développement – Souss-Massa (PAMD-SM), qui regroupe 37 associations de la région. Le rapport "
        "porte sur les travailleuses saisonnières recrutées pour la cueillette des fruits rouges en Espagne et sur "
        "les migrants subsahariens installés à Agadir et à Tiznit.",
        "Nous souhaiterions également que notre coordinatrice régionale, Mme Khadija\x1f Aït Lahcen, puisse prendre "
        "la parole lors de la table ronde thématique n° 1 (ou, à défaut, n° 2).",
        "Veuillez agréer, Madame, Monsieur, l'expression de nos salutations distinguées.",
        "",
        ("r", "Le Président"),
        ("r", "Brahim Oubella"),
    ], creator="PAMD-SM", created="2021-02-16T18:00:00Z", modified="2021-02-16T21:55:00Z", title="Lettre")
    report = text_pdf([[
        "# Plateforme Associative Migrations et Développement - Souss-Massa (PAMD-SM)",
        "# Rapport volontaire - Examen régional du Pacte mondial sur les migrations, 2021",
        "",
        "# 1. Les travailleuses saisonnières",
        "En 2019, plus de 16 000 femmes de la région ont été recrutées pour la saison des fruits rouges ; en 2020, "
        "plusieurs milliers sont restées bloquées après la fermeture des frontières.",
        "",
        "# 2. Les migrants subsahariens à Agadir et Tiznit",
        "Accès au logement, à l'état civil des enfants nés au Maroc et aux soins.",
        "",
        "# 3. Recommandations",
        "- Garantir le rapatriement et le paiement intégral des salaires des saisonnières.",
        "- Faciliter l'inscription à l'état civil des enfants de parents migrants.",
    ]], meta=[("Title", "Rapport volontaire PAMD-SM"), ("Producer", "Microsoft\u00ae Word 2016")])
    text_part = leaf("text/plain", flowed(text), "utf-8", "8bit", params=[("format", "flowed")])
    body = multi("mixed", [text_part, attach(DOCX, letter, f_letter), attach("application/pdf", report, f_report)],
                 "------------E2B7C04A91D5F36C8A0B1D47")
    m = mk(when, sent_at(when, 1, 8), "smtp.menara.example.ma", "203.0.113.212", "4F6Xd02Ntz6",
           "Youssef Amzil <pamd.soussmassa@menara.example.ma>", hdr(subj, enc="Q"),
           "<a3c9e1f7-52d8-6b40-9e2a-4f7d18c05b63@menara.example.ma>", body,
           extra=[("User-Agent", TB), ("Content-Language", "fr")])
    add(23, when, m, dict(category="both", language="fr", acknowledge=True, on_time=False, speakers=[
        sp("Khadija Aït Lahcen", "coordinatrice régionale",
           "Plateforme Associative Migrations et Développement – Souss-Massa (PAMD-SM)", ["roundtable"], 1)],
        report_attachments=[f_report],
        notes="sent at 23:03 on 16 February in Agadir (Date header UTC+1) = 00:03 on the 17th in Beirut: the report "
              "is 4 minutes late and the speaker part 11 days late ('En espérant être encore dans les délais !'). "
              "The body only mentions 'notre lettre ainsi que notre rapport': the speaker request is in the Word "
              "letter ('notre coordinatrice régionale, Mme Khadija Aït Lahcen ... table ronde thématique n° 1 (ou, "
              "à défaut, n° 2)' = first choice 1; 'Mme' dropped, the name split across runs); the PDF is the "
              "report. Thunderbird, format=flowed; 37 associations and 16 000 women are not event data."))


# ================================================================ 24  AR  other  the labour office asks what became of its late nomination (reply to 15)
def m24():
    when = at("2021-02-18 11:05:12")
    text = """السادة الأفاضل،
تحية طيبة وبعد،

إلحاقاً بخطاب السفارة المرسل أدناه بشأن ترشيح المستشار العمالي للمشاركة في المائدة المستديرة الثانية، وصلنا منكم إشعار الاستلام، لكن لم يصلنا تأكيد بقبول الترشيح حتى الآن.

نرجو التكرم بإفادتنا: هل تم اعتماد الترشيح؟ وما هو موعد المداخلة ومدتها؟ علماً بأن الخطاب أُرسل يوم الجمعة 5 فبراير قبل منتصف الليل بتوقيت الجزائر.

مع وافر التقدير،
مكتب التمثيل العمالي
سفارة جمهورية مصر العربية بالجزائر

‫في الجمعة، 5 فبراير 2021 في 11:12 م تمت كتابة ما يلي بواسطة ‪مكتب التمثيل العمالي - سفارة مصر بالجزائر‬‏ <‪labour.office.egyemb.dz@gmail.example.com‬‏>:‬

""" + gt(M15_TEXT) + "\n"
    a = alt(text, "000000000000a2f9c605bba5e1d7", html=gmail_html(text, rtl=True), b64=True)
    m = mk(when, sent_at(when, 1, 6), "mail-wm1-f51.google.example.com", "192.0.2.51", "4F7Qk18Rvz4",
           addr("مكتب التمثيل العمالي - سفارة مصر بالجزائر", "labour.office.egyemb.dz@gmail.example.com"),
           re_hdr("Re: ", M15_SUBJ), "<CAG7sTn9Kp3wB6xR+c2Vd7Lm4sQ8hJe1fY5@mail.gmail.example.com>", a,
           extra=[("In-Reply-To", M15_ID), ("References", M15_ID)])
    add(24, when, m, dict(category="other", language="ar", acknowledge=True, on_time=None, thread_of=H % 15,
        notes="follow-up to its own h266-15 (a Gmail reply with the original quoted): asks whether the nomination "
              "was accepted and when the intervention is, and argues it was sent 'before midnight Algiers time' "
              "(it was 00:12 in Beirut, i.e. late). No new speaker or role, but questions that need an answer, so "
              "acknowledged. The Gmail quote header shows the sender's clock ('الجمعة، 5 فبراير 2021 في 11:12 م') "
              "with RTL/LTR embedding marks; Date in UTC+1."))


def main():
    for f in (m01, m02, m03, m04, m05, m06, m07, m08, m09, m10, m11, m12, m13, m14, m15, m16, m17, m18, m19,
              m20, m21, m22, m23, m24):
        f()
    SET.write()


if __name__ == "__main__":
    main()
