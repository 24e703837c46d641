"""Regenerate the committed PDF fixtures of tests/test_documents.py (see README.md).

Needs, in a scratch virtualenv only (not project dependencies): fpdf2, arabic-reshaper,
python-bidi, uharfbuzz; and the DejaVu Sans font (Debian fonts-dejavu-core).
Run from this folder: python make_fixtures.py
"""

import zlib

import arabic_reshaper
from bidi.algorithm import get_display
from fpdf import FPDF

FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
LINES = [
    "التقرير الطوعي للاتفاق العالمي للهجرة",
    "الاسم: أحمد علي، المنظمة: IOM، سنة 2021",
    "أولاً: مقدمة",
    "ويركز على الأهداف 6، 7 و15 من الاتفاق العالمي.",
]


def pdf() -> FPDF:
    doc = FPDF()
    doc.set_compression(True)
    doc.add_page()
    doc.add_font("dejavu", fname=FONT)
    doc.set_font("dejavu", size=14)
    return doc


def visual_forms() -> None:
    """Presentation forms in visual order, the way arabic-reshaper + python-bidi renderers draw."""
    doc = pdf()
    for line in LINES:
        doc.cell(0, 10, get_display(arabic_reshaper.reshape(line)), new_x="LMARGIN", new_y="NEXT", align="R")
    doc.output("ar-visual-forms.pdf")


def visual_shaped() -> None:
    """HarfBuzz shaping: glyphs drawn right to left, base letters in the text map (Word/LO-like)."""
    doc = pdf()
    doc.set_text_shaping(use_shaping_engine=True, direction="rtl", script="arab", language="ar")
    for line in LINES:
        doc.cell(0, 10, line, new_x="LMARGIN", new_y="NEXT", align="R")
    doc.output("ar-visual-shaped.pdf")


def logical_unshaped() -> None:
    """No shaping: Arabic drawn left to right in logical order; a broken PDF that still occurs."""
    doc = pdf()
    for line in LINES:
        doc.cell(0, 10, line, new_x="LMARGIN", new_y="NEXT")
    doc.output("ar-logical-unshaped.pdf")


def encrypted() -> None:
    """A PDF that needs a user password to open."""
    doc = pdf()
    doc.set_encryption(owner_password="owner-secret", user_password="user-secret")
    doc.cell(0, 10, "Voluntary report (password protected)")
    doc.output("encrypted.pdf")


def bomb() -> None:
    """A decompression bomb: 1 KiB-ish that a reader inflates to 1 GiB (Flate applied twice)."""
    inner = zlib.compressobj(9)
    zeros = bytes(1 << 24)
    data = b"".join(inner.compress(zeros) for _ in range(64)) + inner.flush()
    data = zlib.compress(data, 9)  # the once-compressed zeros repeat, so they compress again
    stream = b"<< /Length %d /Filter [/FlateDecode /FlateDecode] >>\nstream\n%b\nendstream" % (
        len(data),
        data,
    )
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R >>",
        stream,
    ]
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n%b\nendobj\n" % (number, body)
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % o for o in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
    with open("bomb.pdf", "wb") as fh:
        fh.write(out)


if __name__ == "__main__":
    bomb()
    visual_forms()
    visual_shaped()
    logical_unshaped()
    encrypted()
