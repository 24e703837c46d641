"""PDF and DOCX readers: pdfminer.six and python-docx, used only inside the document reader process.

Kept apart from intake.documents so that the service itself never imports pdfminer or python-docx
(about 40 MB): only the capped worker that reads hostile files does. PDF lines are rebuilt from
glyph positions and Arabic runs put back in logical order (intake.documents.logical_line).
"""

from __future__ import annotations

import bisect
import io
import unicodedata
from collections.abc import Iterator

import docx
import docx.table
import docx.text.paragraph
from pdfminer.converter import PDFPageAggregator
from pdfminer.layout import LTChar, LTContainer, LTImage, LTPage
from pdfminer.pdfdocument import PDFDocument, PDFEncryptionError, PDFPasswordIncorrect
from pdfminer.pdfinterp import PDFPageInterpreter, PDFResourceManager
from pdfminer.pdfpage import PDFPage
from pdfminer.pdfparser import PDFParser
from pdfminer.pdftypes import resolve1

from intake.documents import CID, Limits, finish, glyph_direction, logical_line
from intake.model import DocText


def _chars(item: LTContainer) -> Iterator[LTChar]:
    for child in item:
        if isinstance(child, LTChar):
            yield child
        elif isinstance(child, LTContainer):
            yield from _chars(child)


def _has_image(item: LTContainer) -> bool:
    return any(isinstance(c, LTImage) or (isinstance(c, LTContainer) and _has_image(c)) for c in item)


def _page_lines(page: LTPage) -> list[str]:
    """Rebuild a page's lines from glyph positions (top to bottom), each in logical order.

    pdfminer's own layout analysis groups glyphs in content-stream order, which scrambles lines
    whose font runs are drawn separately (LibreOffice does this with mixed Arabic/Latin lines).
    """
    chars = [c for c in _chars(page) if CID.sub("", c.get_text()).strip(" ") or c.get_text() == " "]
    chars.sort(key=lambda c: -(c.y0 + c.y1) / 2)
    rows: list[tuple[float, list[LTChar]]] = []
    for c in chars:
        centre = (c.y0 + c.y1) / 2
        if rows and abs(rows[-1][0] - centre) < 0.5 * max(c.size, 1.0):
            rows[-1][1].append(c)
        else:
            rows.append((centre, [c]))
    lines = []
    for _, row in rows:
        parts = [p for p in (logical_line(s).strip() for s in _row_segments(row)) if p]
        if not parts:
            continue
        dirs = [glyph_direction(ch) for ch in "".join(parts)]
        if dirs.count("R") > dirs.count("L"):
            parts.reverse()  # the cells of an Arabic row read from the right
        lines.append("  ".join(parts))
    return lines


def _is_mark(text: str) -> bool:
    return bool(text) and all(unicodedata.combining(ch) for ch in text)


def _is_letter(text: str) -> bool:
    return any(unicodedata.category(ch).startswith("L") for ch in text)


def _distance(glyph: LTChar, x: float) -> float:
    """Horizontal distance from x to a glyph's box (0 inside it)."""
    return max(glyph.x0 - x, x - glyph.x1, 0.0)


def _row_segments(row: list[LTChar]) -> list[list[str]]:
    """One row's glyph texts in visual order, split where a wide gap separates columns or cells."""
    row.sort(key=lambda c: c.x0)
    bases = [c for c in row if not _is_mark(c.get_text())]
    texts = [CID.sub("", c.get_text()) for c in bases]
    centres = [(c.x0 + c.x1) / 2 for c in bases]
    # A combining mark (shadda, tanween...) is its own glyph, drawn over its letter with no advance.
    # It must travel with that letter when a line is reversed, or it lands on the wrong one.
    # Marks sit on letters only, so a narrow alef beside a colon still gets its tanween.
    for mark in row:
        if not _is_mark(mark.get_text()):
            continue
        centre = (mark.x0 + mark.x1) / 2
        near = bisect.bisect_left(centres, centre)
        letters = [j for j in range(max(near - 3, 0), min(near + 3, len(bases))) if _is_letter(texts[j])]
        if letters:
            best = min(letters, key=lambda j: (_distance(bases[j], centre), abs(centres[j] - centre)))
            texts[best] += mark.get_text()
    segments: list[list[str]] = [[]]
    prev: LTChar | None = None
    for c, text in zip(bases, texts, strict=True):
        if not text:
            continue
        size = max(c.size, 1.0)
        if prev is not None:
            if c.get_text() == prev.get_text() and abs(c.x0 - prev.x0) < 0.1 * size:
                continue  # the same glyph drawn twice: a "fake bold" overprint
            gap = c.x0 - prev.x1
            if gap > 3 * size:
                segments.append([])  # a column or table gap: order and reorder each side alone
            elif gap > 0.2 * size and " " not in (c.get_text(), prev.get_text()):
                segments[-1].append(" ")  # words placed apart with no space glyph between them
        segments[-1].append(text)
        prev = c
    return [s for s in segments if s]


def pdf_text(payload: bytes, limits: Limits, filename: str) -> DocText:
    try:
        document = PDFDocument(PDFParser(io.BytesIO(payload)), password="")
    except PDFPasswordIncorrect:
        return DocText(filename, status="encrypted", detail="the PDF needs a password to open")
    except PDFEncryptionError as exc:
        return DocText(filename, status="encrypted", detail=f"the PDF's encryption is not supported ({exc})")
    total = resolve1(resolve1(document.catalog.get("Pages"), {}) or {}).get("Count")
    manager = PDFResourceManager(caching=True)
    device = PDFPageAggregator(manager, laparams=None)  # raw glyphs; _page_lines does the layout
    interpreter = PDFPageInterpreter(manager, device)
    pages: list[str] = []
    images = False
    size = 0
    for number, page in enumerate(PDFPage.create_pages(document)):
        if number >= limits.max_pages or size > limits.max_chars:
            break
        interpreter.process_page(page)
        layout = device.get_result()
        images = images or _has_image(layout)
        text = "\n".join(_page_lines(layout))
        pages.append(text)
        size += len(text)
    text = "\n\n".join(pages)
    notes = []
    if isinstance(total, int) and total > len(pages):
        notes.append(f"read {len(pages)} of {total} pages")
    if not text.strip():
        status = "image_only" if images else "empty"
        return DocText(
            filename, status=status, pages=len(pages), detail="; ".join(notes or ["no text layer"])
        )
    return finish(filename, text, limits, pages=len(pages), notes=notes)


# ---------------------------------------------------------------------------------------------
# DOCX (python-docx), read in document order so that a table stays next to its heading

_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def _docx_blocks(
    element: object, parent: object
) -> Iterator[docx.text.paragraph.Paragraph | docx.table.Table]:
    for child in element:  # type: ignore[attr-defined]
        if child.tag == f"{_W}p":
            yield docx.text.paragraph.Paragraph(child, parent)  # type: ignore[arg-type]
        elif child.tag == f"{_W}tbl":
            yield docx.table.Table(child, parent)  # type: ignore[arg-type]
        elif child.tag == f"{_W}sdt":  # content controls (forms) wrap their paragraphs
            content = child.find(f"{_W}sdtContent")
            if content is not None:
                yield from _docx_blocks(content, parent)


def _docx_rows(table: docx.table.Table) -> tuple[tuple[str, ...], ...]:
    rows = []
    for row in table.rows:
        cells: list[str] = []
        seen: set[int] = set()
        for cell in row.cells:
            if id(cell._tc) in seen:
                continue  # a merged cell is listed once per grid column it spans
            seen.add(id(cell._tc))
            cells.append(" ".join(cell.text.split()))
        if any(cells):
            rows.append(tuple(cells))
    return tuple(rows)


def docx_text(payload: bytes, limits: Limits, filename: str) -> DocText:
    document = docx.Document(io.BytesIO(payload))
    lines: list[str] = []
    tables: list[tuple[tuple[str, ...], ...]] = []
    for block in _docx_blocks(document.element.body, document._body):
        if isinstance(block, docx.table.Table):
            rows = _docx_rows(block)
            tables.append(rows)
            lines.extend(" | ".join(cell for cell in row) for row in rows)
        else:
            lines.append(block.text)
    return finish(filename, "\n".join(lines), limits, tables=tuple(tables))
