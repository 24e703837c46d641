"""Attachment text: PDF (English, Arabic visual/logical order, image-only, encrypted, hostile), DOCX,
ODT, RTF, plain text, the worker's time and memory limits, the dev corpus, and TNEF unwrapping.

Small PDFs are written here by a minimal PDF writer; the Arabic, encrypted and bomb PDFs are committed
under tests/data/documents/ (made by make_fixtures.py there, see its README).
"""

from __future__ import annotations

import io
import re
import struct
import time
import unicodedata
import zipfile
from pathlib import Path

import docx
import pytest

from intake import documents
from intake.documents import Limits, arabic_order_score, read_document, read_documents
from intake.errors import ParseError
from intake.model import Attachment, DocText
from intake.parse import parse
from intake.tnef import is_tnef, unpack_tnef
from tests.corpus import dev_labels, public_manifest

DATA = Path(__file__).parent / "data" / "documents"
PDF = "application/pdf"
DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
ARABIC_LINES = [
    "التقرير الطوعي للاتفاق العالمي للهجرة",
    "الاسم: أحمد علي، المنظمة: IOM، سنة 2021",
    "أولاً: مقدمة",
    "ويركز على الأهداف 6، 7 و15 من الاتفاق العالمي.",
]
PRESENTATION_FORMS = re.compile(r"[\ufb50-\ufdff\ufe70-\ufeff]")


# --- a minimal PDF writer ----------------------------------------------------------------------


def minimal_pdf(pages: list[bytes], flate: bool = False, image: bool = False) -> bytes:
    """A valid PDF with one content stream per page, Helvetica as /F1 and an 8x8 grey image as /Im1."""
    import zlib

    objects: list[bytes] = [b"<< /Type /Catalog /Pages 2 0 R >>", b"", b""]
    objects[2] = b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>"
    objects.append(
        b"<< /Type /XObject /Subtype /Image /Width 8 /Height 8 /ColorSpace /DeviceGray "
        b"/BitsPerComponent 8 /Length 64 >>\nstream\n" + bytes(range(0, 256, 4)) + b"\nendstream"
    )
    kids = []
    for content in pages:
        body = zlib.compress(content) if flate else content
        extra = b" /Filter /FlateDecode" if flate else b""
        objects.append(b"<< /Length %d%b >>\nstream\n%b\nendstream" % (len(body), extra, body))
        resources = b"<< /Font << /F1 3 0 R >> /XObject << /Im1 4 0 R >> >>"
        objects.append(
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources %b /Contents %d 0 R >>"
            % (resources, len(objects))
        )
        kids.append(len(objects))
    objects[1] = b"<< /Type /Pages /Kids [%b] /Count %d >>" % (
        b" ".join(b"%d 0 R" % k for k in kids),
        len(kids),
    )
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n%b\nendobj\n" % (number, body)
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % o for o in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
    return bytes(out)


def text_page(*lines: str) -> bytes:
    ops = [b"BT /F1 12 Tf 72 720 Td 16 TL"]
    for line in lines:
        escaped = line.encode("cp1252").replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)")
        ops.append(b"(%b) Tj T*" % escaped)
    return b"\n".join(ops + [b"ET"])


IMAGE_PAGE = b"q 200 0 0 200 100 400 cm /Im1 Do Q"


def pdf_att(name: str, data: bytes) -> Attachment:
    return Attachment(filename=name, content_type=PDF, payload=data)


# --- PDF -----------------------------------------------------------------------------------------


def test_english_pdf_reads_lines_in_order_across_pages() -> None:
    data = minimal_pdf(
        [
            text_page("Voluntary GCM Review Report", "Submitted by: Horizon Centre"),
            text_page("Objectives 6, 7 and 15 (2019-2020)"),
        ],
        flate=True,
    )
    doc = read_document("report.pdf", "application/octet-stream", data, Limits())
    assert doc.status == "ok" and doc.pages == 2
    assert doc.text.splitlines() == [
        "Voluntary GCM Review Report",
        "Submitted by: Horizon Centre",
        "",
        "Objectives 6, 7 and 15 (2019-2020)",
    ]


def test_pdf_page_and_character_caps() -> None:
    data = minimal_pdf([text_page(f"page {n} " + "x" * 50) for n in range(1, 6)])
    capped = read_document("long.pdf", PDF, data, Limits(max_pages=2))
    assert capped.pages == 2 and "page 2" in capped.text and "page 3" not in capped.text
    assert capped.detail == "read 2 of 5 pages"
    short = read_document("long.pdf", PDF, data, Limits(max_chars=30))
    assert len(short.text) == 30 and "text cut at 30 characters" in short.detail


def test_pdf_with_only_an_image_is_image_only() -> None:
    doc = read_document("scan.pdf", PDF, minimal_pdf([IMAGE_PAGE]), Limits())
    assert doc.status == "image_only" and not doc.readable and doc.pages == 1


def test_password_protected_pdf_is_encrypted() -> None:
    doc = read_document("locked.pdf", PDF, (DATA / "encrypted.pdf").read_bytes(), Limits())
    assert doc.status == "encrypted"


def test_truncated_pdf_fails_without_raising() -> None:
    data = minimal_pdf([text_page("hello")])
    doc = read_document("broken.pdf", PDF, data[: len(data) // 3], Limits())
    assert doc.status in ("failed", "empty") and not doc.readable


def _without_marks(text: str) -> str:
    return "".join(ch for ch in text if not unicodedata.combining(ch))


@pytest.mark.parametrize(
    ("fixture", "marks_kept"),
    [
        ("ar-visual-forms.pdf", False),  # presentation forms, visual order (reshaper + bidi; drops harakat)
        ("ar-visual-shaped.pdf", True),  # HarfBuzz-shaped glyphs, visual order
        ("ar-logical-unshaped.pdf", True),  # drawn in logical order: must not be reversed
    ],
)
def test_arabic_pdf_comes_out_in_logical_order(fixture: str, marks_kept: bool) -> None:
    doc = read_document(fixture, PDF, (DATA / fixture).read_bytes(), Limits())
    assert doc.status == "ok"
    assert not PRESENTATION_FORMS.search(doc.text)
    expected = ARABIC_LINES if marks_kept else [_without_marks(line) for line in ARABIC_LINES]
    assert doc.text.splitlines() == expected


@pytest.mark.parametrize(
    ("visual", "logical"),
    [
        ("2021 ةنس ،IOM :ةمظنملا", "المنظمة: IOM، سنة 2021"),
        ("15و 7 ،6 فادهألا", "الأهداف 6، 7 و15"),
        (")2019-2020( ماع", "عام (2019-2020)"),
        ("GCM ىلإ ةراشإلا", "الإشارة إلى GCM"),
        ("Submitted by: ةرجهلل نماضتلا ةكبش (Beirut)", "Submitted by: شبكة التضامن للهجرة (Beirut)"),
    ],
)
def test_visual_lines_are_reordered_by_glyph(visual: str, logical: str) -> None:
    assert documents.logical_line(list(visual)) == logical


def test_lam_alef_ligature_glyph_keeps_its_own_text() -> None:
    # one glyph whose text is already "لا" in logical order: reversing letters would give "ال"
    glyphs = ["ق", "ا", "ف", "ت", "لا", "ا"]  # visual order of "الاتفاق"
    assert documents.logical_line(glyphs) == "الاتفاق"


def test_order_score_prefers_logical_arabic() -> None:
    logical = "التقرير الطوعي للاتفاق العالمي للهجرة في المنطقة العربية"
    mirrored = logical[::-1]
    assert arabic_order_score(logical) > 0 > arabic_order_score(mirrored)
    assert documents.logical_line(list(logical)) == logical  # logical input is left alone


# --- DOCX, ODT, RTF, text ------------------------------------------------------------------------


def _docx_bytes() -> bytes:
    document = docx.Document()
    document.add_heading("Speaker nomination", level=1)
    table = document.add_table(rows=3, cols=3)
    for row, values in zip(
        table.rows,
        [
            ("Name", "Title", "Organisation"),
            ("Leila Haddad", "Programme coordinator", "Réseau Migration"),
            ("Role", "Roundtable 2", ""),
        ],
        strict=True,
    ):
        for cell, value in zip(row.cells, values, strict=True):
            cell.text = value
    table.cell(2, 1).merge(table.cell(2, 2))
    document.add_paragraph("نرجو تسجيل المتحدثة في المائدة المستديرة الثانية.")
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def test_docx_paragraphs_and_tables_in_document_order() -> None:
    doc = read_document("nomination.docx", "application/octet-stream", _docx_bytes(), Limits())
    assert doc.status == "ok"
    assert doc.tables == (
        (
            ("Name", "Title", "Organisation"),
            ("Leila Haddad", "Programme coordinator", "Réseau Migration"),
            ("Role", "Roundtable 2"),
        ),
    )  # the merged cell is listed once
    assert doc.text.splitlines() == [
        "Speaker nomination",
        "Name | Title | Organisation",
        "Leila Haddad | Programme coordinator | Réseau Migration",
        "Role | Roundtable 2",
        "نرجو تسجيل المتحدثة في المائدة المستديرة الثانية.",
    ]


def _odt_bytes() -> bytes:
    content = """<?xml version="1.0" encoding="UTF-8"?>
<office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"
  xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"
  xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0">
 <office:body><office:text>
  <text:h>Demande de prise de parole</text:h>
  <text:p>Nom :<text:s text:c="2"/><text:span>Karim Bensalah</text:span></text:p>
  <table:table><table:table-row><table:table-cell><text:p>Fonction</text:p></table:table-cell>
   <table:table-cell><text:p>Professeur</text:p></table:table-cell></table:table-row></table:table>
  <text:list><text:list-item><text:p>Table ronde 3</text:p></text:list-item></text:list>
 </office:text></office:body></office:document-content>"""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("mimetype", "application/vnd.oasis.opendocument.text")
        archive.writestr("content.xml", content)
    return buffer.getvalue()


def test_odt_text_and_tables() -> None:
    doc = read_document("demande.odt", "application/vnd.oasis.opendocument.text", _odt_bytes(), Limits())
    assert doc.status == "ok"
    assert doc.tables == ((("Fonction", "Professeur"),),)
    assert doc.text.splitlines() == [
        "Demande de prise de parole",
        "Nom :  Karim Bensalah",
        "Fonction | Professeur",
        "Table ronde 3",
    ]


def test_rtf_control_words_stripped_and_characters_kept() -> None:
    rtf = (
        rb"{\rtf1\ansi\ansicpg1252\deff0{\fonttbl{\f0 Arial;}}{\*\generator Msftedit;}"
        rb"\pard Rapport pour l'examen r\'e9gional\par"
        rb"\uc1\u1575?\u1604?\u1607?\u1580?\u1585?\u1577? 2021\par"
        rb"{\info{\title hidden}}Nom\cell Leila\cell\row}"
    )
    doc = read_document("note.rtf", "application/rtf", rtf, Limits())
    assert doc.status == "ok"
    assert doc.text.splitlines() == ["Rapport pour l'examen régional", "الهجرة 2021", "Nom | Leila |"]


def test_rtf_windows_arabic_code_page() -> None:
    rtf = rb"{\rtf1\ansi\ansicpg1256 \'c7\'e1\'e5\'cc\'d1\'c9\par}"
    assert read_document("ar.rtf", "text/rtf", rtf, Limits()).text == "الهجرة"


@pytest.mark.parametrize(
    ("payload", "expected"),
    [
        ("Rapport régional".encode(), "Rapport régional"),
        ("Rapport régional".encode("cp1252"), "Rapport régional"),
        ("تقرير الهجرة".encode("cp1256"), "تقرير الهجرة"),
        ("\ufeffتقرير".encode("utf-16-le"), "تقرير"),
    ],
)
def test_plain_text_encodings(payload: bytes, expected: str) -> None:
    assert read_document("note.txt", "text/plain", payload, Limits()).text == expected


def test_vcard_reads_as_labelled_lines() -> None:
    """A phone's business card (vCard 3.0: a folded line, a group before a property, ORG with a unit after ";") and an
    older one (vCard 2.1, quoted-printable), named or only typed as cards, come out as the lines a form would have."""
    card3 = (
        "BEGIN:VCARD\r\nVERSION:3.0\r\nN:El Amrani;Yassine;;Dr;\r\nFN:Dr Yassine El Amrani\r\n"
        "ORG:Association Tawasol Num\u00e9rique (ATNM);P\u00f4le num\u00e9rique\r\n"
        "item1.TITLE:Responsable du p\u00f4le num\u00e9rique\r\n  et innovation\r\n"
        "TEL;type=CELL:+212 6 00 00 00 00\r\nEND:VCARD\r\n"
    ).encode()
    card21 = (
        b"BEGIN:VCARD\r\nVERSION:2.1\r\nFN;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:=D9=84=D9=8A=D9=84=D9=89 "
        b"=D8=AD=D8=B3=D9=86\r\nTITLE:Programme Officer\\, Gulf\r\nEND:VCARD\r\n"
    )
    doc = read_document("Yassine El Amrani.vcf", "application/octet-stream", card3, Limits())
    assert doc.status == "ok"
    assert doc.text.splitlines() == [
        "Name: Dr Yassine El Amrani",
        "Organisation: Association Tawasol Numérique (ATNM)",
        "Title: Responsable du pôle numérique et innovation",
        "Tel: +212 6 00 00 00 00",
    ]
    assert read_document("contact", "text/x-vcard", card21, Limits()).text == "Name: ليلى حسن\nTitle: Programme Officer, Gulf"


def test_binary_data_named_as_text_is_not_text() -> None:
    doc = read_document("scan.txt", "text/plain", bytes(range(256)) * 4, Limits())
    assert doc.status == "unsupported" and not doc.text


def test_size_and_type_prechecks() -> None:
    assert read_document("big.pdf", PDF, b"%PDF-1.4" + bytes(100), Limits(max_bytes=50)).status == "too_large"
    assert read_document("photo.jpg", "image/jpeg", b"\xff\xd8\xff\xe0", Limits()).status == "unsupported"
    assert read_document("card.vcf", "text/x-vcard", b"BEGIN:VCARD", Limits()).status == "empty"  # a card with nothing on it
    assert (
        read_document("old.doc", "application/msword", b"\xd0\xcf\x11\xe0", Limits()).status == "unsupported"
    )
    assert read_document("data.zip", "application/zip", b"PK\x03\x04rest", Limits()).status == "unsupported"


# --- worker: isolation, limits -----------------------------------------------------------------


def test_unsupported_attachments_never_start_a_worker(monkeypatch: pytest.MonkeyPatch) -> None:
    def no_worker(*_: object) -> None:
        raise AssertionError("a worker was started")

    monkeypatch.setattr(documents, "_Worker", no_worker)
    got = read_documents(
        [
            Attachment("logo.png", "image/png", b"\x89PNG\r\n"),
            Attachment("big.pdf", PDF, b"%PDF-" + bytes(64)),
        ],
        Limits(max_bytes=10),
    )
    assert {k: v.status for k, v in got.items()} == {"logo.png": "unsupported", "big.pdf": "too_large"}


def test_hostile_pdfs_are_stopped_and_the_next_document_is_still_read() -> None:
    endless = minimal_pdf([b"q Q\n" * 2_000_000], flate=True)  # 8 MB of no-ops: minutes of parsing
    good = minimal_pdf([text_page("Voluntary report")])
    limits = Limits(timeout=2.0, memory_mb=256)
    started = time.monotonic()
    got = read_documents(
        [
            pdf_att("endless.pdf", endless),
            pdf_att("bomb.pdf", (DATA / "bomb.pdf").read_bytes()),  # inflates to 1 GiB
            pdf_att("good.pdf", good),
        ],
        limits,
    )
    elapsed = time.monotonic() - started
    assert got["endless.pdf"].status == "timeout"
    assert got["bomb.pdf"].status in ("failed", "timeout")
    assert got["good.pdf"] == DocText("good.pdf", text="Voluntary report", pages=1)
    assert elapsed < 2 * limits.timeout + 8  # two timeouts at most, plus worker start-ups


def test_worker_results_match_in_process_reading() -> None:
    atts = [
        pdf_att("ar.pdf", (DATA / "ar-visual-shaped.pdf").read_bytes()),
        Attachment("n.docx", DOCX, _docx_bytes()),
        pdf_att("locked.pdf", (DATA / "encrypted.pdf").read_bytes()),
    ]
    got = read_documents(atts, Limits())
    for att in atts:
        assert got[att.filename] == read_document(att.filename, att.content_type, att.payload, Limits())


# --- the dev corpus ------------------------------------------------------------------------------


def test_dev_corpus_documents_all_read() -> None:
    wanted: list[tuple[str, Attachment]] = []
    for label in dev_labels():
        for att in parse(label["path"].read_bytes()).attachments:
            if documents.document_kind(att.filename, att.content_type, att.payload) in ("pdf", "docx"):
                wanted.append((label["language"], att))
    assert len(wanted) >= 20
    got = read_documents([att for _, att in wanted], Limits())
    for language, att in wanted:
        doc = got[att.filename]
        assert doc.status == "ok" and len(doc.text) > 300, (att.filename, doc.status, doc.detail)
        assert not PRESENTATION_FORMS.search(doc.text), att.filename
        if language == "ar":
            assert "الهجرة" in doc.text and "التقرير" in doc.text, att.filename
            assert "ةرجهلا" not in doc.text and "ريرقتلا" not in doc.text, att.filename  # visual order left


# --- TNEF ----------------------------------------------------------------------------------------


def _tnef(files: list[tuple[bytes, bytes]]) -> bytes:
    def attribute(level: int, ident: int, kind: int, data: bytes) -> bytes:
        return (
            struct.pack("<BHHI", level, ident, kind, len(data)) + data + struct.pack("<H", sum(data) % 65536)
        )

    out = struct.pack("<IH", 0x223E9F78, 0x1234) + attribute(1, 0x9006, 0x0003, struct.pack("<I", 0x10000))
    for name, data in files:
        out += attribute(2, 0x9002, 0x0006, bytes(14))  # rendering data opens an attachment
        out += attribute(2, 0x8010, 0x0001, name + b"\x00")
        out += attribute(2, 0x800F, 0x0006, data)
    return out


def test_tnef_unwraps_the_files_inside() -> None:
    report = minimal_pdf([text_page("Voluntary report")])
    winmail = Attachment(
        "winmail.dat", "application/ms-tnef", _tnef([(b"report.pdf", report), (b"notes.txt", b"hi")])
    )
    files = unpack_tnef(winmail)
    assert [(f.filename, f.content_type, f.payload) for f in files] == [
        ("report.pdf", "application/pdf", report),
        ("notes.txt", "text/plain", b"hi"),
    ]
    assert read_documents(files, Limits())["report.pdf"].text == "Voluntary report"


def test_tnef_rejects_other_and_broken_data() -> None:
    assert unpack_tnef(Attachment("winmail.dat", "application/ms-tnef", b"not tnef at all")) == []
    broken = _tnef([(b"report.pdf", b"%PDF-1.4")])[:40] + b"\xff" * 7
    assert unpack_tnef(Attachment("winmail.dat", "application/ms-tnef", broken)) == []


def test_tnef_in_the_public_corpus_unwraps_without_error() -> None:
    inside: list[Attachment] = []
    containers = 0
    for row in public_manifest():
        try:
            attachments = parse(row["path"].read_bytes()).attachments
        except ParseError:
            continue
        for att in attachments:
            if is_tnef(att):
                containers += 1
                inside.extend(unpack_tnef(att))
    assert containers >= 1
    # some winmail.dat carry only the body; those that carry files give them back whole and named
    assert inside and all(f.payload and f.filename for f in inside)
    assert any(f.content_type.startswith("image/") for f in inside)
