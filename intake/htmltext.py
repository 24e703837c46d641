"""HTML -> plain text, keeping the line structure that extraction relies on.

Block elements end lines, and a table row of several cells is one line with the cells separated by
" | ", so a two-column form reads "Name | Amira Saleh" even when, as Outlook writes them, each cell
holds its own paragraphs (they are joined with spaces inside the cell). A row of one cell (a layout
table around a whole body) keeps its lines. Quoted blocks (blockquote) get "> " prefixes so the
quote splitter treats them like plain-text quotes. Scripts, styles and comments are dropped.
Pure; standard library only.
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass
from html.parser import HTMLParser

_BLOCK = {
    "p", "div", "br", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6",
    "section", "article", "header", "footer", "hr", "pre", "address", "dl", "dt", "dd", "center",
}
_SKIP = {"script", "style", "head", "title", "xml", "o:p"}
_SPACES = re.compile(r"[ \t\u00a0]+")
_BLANK_RUNS = re.compile(r"\n{3,}")


@dataclass
class _Table:
    """A table being read: where its lines go, and the lines of each cell of its open row."""

    outer: list[str]
    row: list[list[str]] | None = None


class _Converter(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.lines: list[str] = []
        self.sink = self.lines  # where finished lines go: the text, or the table cell being read
        self.current: list[str] = []
        self.skip = 0
        self.quote = 0
        self.tables: list[_Table] = []  # open tables, innermost last
        self.divs: list[bool] = []  # open <div>s, innermost last: whether each holds blocks of its own
        self.item = False  # a list item opened and no line of it written yet

    def _prefix(self, sink: list[str]) -> str:
        """The quote marks of lines going to `sink`: only the text's own lines carry them."""
        return "> " * self.quote if sink is self.lines else ""

    def _flush(self, blank: bool = True) -> None:
        """End the line being written; with `blank`, an empty one separates paragraphs."""
        text = _SPACES.sub(" ", "".join(self.current)).strip()
        self.current = []
        prefix = self._prefix(self.sink)
        if text:
            self.sink.append(prefix + ("- " if self.item else "") + text)
            self.item = False
        elif blank and self.sink and self.sink[-1].strip("> ") != "":
            self.sink.append(prefix.rstrip())

    def _end_cell(self) -> None:
        self._flush(blank=False)
        if self.tables:
            self.sink = self.tables[-1].outer

    def _end_row(self) -> None:
        """Write the open row: one line of cells, or a single cell's own lines."""
        self._end_cell()
        if not self.tables or self.tables[-1].row is None:
            return
        table = self.tables[-1]
        cells, table.row = table.row, None
        texts = [" ".join(line for line in cell if line) for cell in cells]
        while texts and not texts[-1]:
            texts.pop()
        while texts and not texts[0]:
            texts.pop(0)
        prefix = self._prefix(table.outer)
        if len(texts) > 1:
            table.outer.append(prefix + " | ".join(texts))
        else:
            table.outer.extend(prefix + line if line else prefix.rstrip() for cell in cells for line in cell)

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _SKIP:
            self.skip += 1
            return
        if tag == "blockquote":
            self._flush()
            self.quote += 1
            return
        if tag == "table":
            self._flush()
            self.tables.append(_Table(self.sink))
            return
        if tag == "tr":
            self._end_row()
            return
        if tag in ("td", "th"):
            if not self.tables:  # a cell outside any table: a line of its own
                self._flush()
                return
            self._end_cell()
            table = self.tables[-1]
            if table.row is None:
                table.row = []
            table.row.append([])
            self.sink = table.row[-1]
            return
        if tag in _BLOCK:
            # a webmail writes each line of a message as a <div> and a blank line as "<div><br></div>": a <div> ends
            # its line only, as a paragraph does not; one that holds other blocks (the new text around its lines,
            # then the quoted message's) ends a part of the message, as a paragraph does
            if self.divs and tag != "br":
                self.divs[-1] = True
            if tag == "div":
                self.divs.append(False)
            self._flush(blank=tag != "div")
            # an item of a list, marked as a plain-text list marks it, on its first line ("<li><p>X</p></li>" too)
            self.item = tag == "li" or self.item and tag not in ("ul", "ol")
        if tag == "img" and (alt := dict(attrs).get("alt")):
            self.current.append(f"[{alt}]")

    def handle_endtag(self, tag: str) -> None:
        if tag in _SKIP:
            self.skip = max(0, self.skip - 1)
            return
        if tag == "blockquote":
            self._flush()
            self.quote = max(0, self.quote - 1)
            return
        if tag in ("td", "th"):
            self._end_cell()
        elif tag == "tr":
            self._end_row()
        elif tag == "table":
            self._end_row()
            if self.tables:
                self.sink = self.tables.pop().outer
        elif tag == "div":
            self._flush(blank=self.divs.pop() if self.divs else True)
        elif tag in _BLOCK:
            self._flush()
            self.item = self.item and tag not in ("li", "ul", "ol")  # (an item with no text)

    def handle_data(self, data: str) -> None:
        if not self.skip:
            self.current.append(data.replace("\r", " ").replace("\n", " "))

    def convert(self, markup: str) -> str:
        self.feed(markup)
        self.close()
        while self.tables:  # tables left open by the markup
            self.handle_endtag("table")
        self._flush()
        out = "\n".join(self.lines)
        return _BLANK_RUNS.sub("\n\n", out).strip()


def html_to_text(markup: str) -> str:
    """Plain text of an HTML body, one line per block, table cells joined with ' | '."""
    try:
        return _Converter().convert(markup)
    except Exception:  # HTMLParser is lenient, but a hostile body must never stop the pipeline.
        return html.unescape(re.sub(r"<[^>]+>", " ", markup))
