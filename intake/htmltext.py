"""HTML -> plain text, keeping the line structure that extraction relies on.

Block elements end lines, table cells are separated by " | " so a two-column form reads
"Name | Amira Saleh", and quoted blocks (blockquote) get "> "
prefixes so the quote splitter treats them like plain-text quotes. Scripts, styles and
comments are dropped. Pure; standard library only.
"""

from __future__ import annotations

import html
import re
from html.parser import HTMLParser

_BLOCK = {
    "p", "div", "br", "tr", "li", "ul", "ol", "table", "h1", "h2", "h3", "h4", "h5", "h6",
    "section", "article", "header", "footer", "hr", "pre", "address", "dl", "dt", "dd", "center",
}
_SKIP = {"script", "style", "head", "title", "xml", "o:p"}


class _Converter(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.lines: list[str] = []
        self.current: list[str] = []
        self.skip = 0
        self.quote = 0
        self.cell_open = False

    def _flush(self) -> None:
        text = re.sub(r"[ \t\u00a0]+", " ", "".join(self.current)).strip()
        self.current = []
        prefix = "> " * self.quote
        if text:
            self.lines.append(prefix + text)
        elif self.lines and self.lines[-1].strip("> ") != "":
            self.lines.append(prefix.rstrip())

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _SKIP:
            self.skip += 1
            return
        attr = dict(attrs)
        if tag == "blockquote":
            self._flush()
            self.quote += 1
            return
        if tag in ("td", "th"):
            if self.cell_open:
                self.current.append(" | ")
            self.cell_open = True
            return
        if tag == "tr":
            self._flush()
            self.cell_open = False
            return
        if tag in _BLOCK:
            self._flush()
        if tag == "img" and attr.get("alt"):
            self.current.append(f"[{attr['alt']}]")

    def handle_endtag(self, tag: str) -> None:
        if tag in _SKIP:
            self.skip = max(0, self.skip - 1)
            return
        if tag == "blockquote":
            self._flush()
            self.quote = max(0, self.quote - 1)
            return
        if tag in _BLOCK or tag == "tr":
            self._flush()
            if tag == "tr":
                self.cell_open = False

    def handle_data(self, data: str) -> None:
        if not self.skip:
            self.current.append(data.replace("\r", " ").replace("\n", " "))

    def convert(self, markup: str) -> str:
        self.feed(markup)
        self.close()
        self._flush()
        out = "\n".join(self.lines)
        return re.sub(r"\n{3,}", "\n\n", out).strip()


def html_to_text(markup: str) -> str:
    """Plain text of an HTML body, one line per block, table cells joined with ' | '."""
    try:
        return _Converter().convert(markup)
    except Exception:  # HTMLParser is lenient, but a hostile body must never stop the pipeline.
        return html.unescape(re.sub(r"<[^>]+>", " ", markup))
