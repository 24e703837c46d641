"""Parsing: body text, attachments (nested ones too), flowed text, and a clear error for garbage."""

from __future__ import annotations

import pytest

from intake.errors import ParseError
from intake.htmltext import html_to_text
from intake.parse import decode_header, header_message_id, parse, unflow
from tests.corpus import DEV, dev_labels
from tests.mails import mail, minimal_pdf


def test_every_dev_message_parses_and_keeps_the_labelled_report_files() -> None:
    for label in dev_labels():
        parsed = parse(label["path"].read_bytes())
        names = {a.filename for a in parsed.attachments}
        assert set(label["report_attachments"]) <= names, label["file"]
        assert parsed.message_id, label["file"]


def test_attached_message_contributes_its_files_and_text() -> None:
    inner = mail(subject="Rapport final", body="Voici le rapport.", attachments=[("r.pdf", "application/pdf", minimal_pdf("x"))])
    import email
    import email.policy
    from email.message import EmailMessage

    outer = EmailMessage()
    outer["From"] = "a@example.org"
    outer["Subject"] = "Fwd: Rapport final"
    outer.set_content("Je transfère le message.")
    outer.add_attachment(email.message_from_bytes(inner, policy=email.policy.default), filename="fwd.eml")
    parsed = parse(outer.as_bytes())
    assert [(a.filename, a.nested) for a in parsed.attachments] == [("r.pdf", True)]
    assert "Forwarded message" in parsed.text and "Voici le rapport." in parsed.text


def test_flowed_text_is_joined_per_quote_depth() -> None:
    assert unflow("Hello \nworld\n> quoted \n> more\n-- \nsig", delsp=False) == "Hello world\n> quoted more\n-- \nsig"
    assert unflow("ab \ncd", delsp=True) == "abcd"


def test_html_tables_keep_their_cells_apart() -> None:
    text = html_to_text("<p>Hi</p><table><tr><td>Name</td><td>Amira</td></tr><tr><td>Title</td><td>Chair</td></tr></table>"
                        "<blockquote>old</blockquote>")
    assert "Name | Amira" in text and "Title | Chair" in text and "> old" in text


def test_a_file_is_named_in_every_way_a_mailer_names_it() -> None:
    """Continued RFC 2231 names, a Content-Type NAME in capitals, a bare file name: each is an attachment with
    its name, and a text part that names no file is the body."""
    parts = [
        ('text/plain; charset="utf-8"', "", "Please find our report attached."),
        ("application/pdf", "attachment;\r\n filename*0*=utf-8''Rapport%20national;\r\n filename*1*=%20final.pdf", "JVBERi0="),
        ('application/pdf; NAME="Annexe 2.pdf"', "", "JVBERi0="),
        ("text/plain", "inline; filename=notes.txt", "Notes"),
    ]
    body = "".join(
        f"--b\r\nContent-Type: {ctype}\r\n" + (f"Content-Disposition: {disp}\r\n" if disp else "")
        + ("Content-Transfer-Encoding: base64\r\n" if ctype.startswith("application") else "") + f"\r\n{payload}\r\n"
        for ctype, disp, payload in parts
    )
    raw = ("From: a@example.org\r\nSubject: Report\r\nMIME-Version: 1.0\r\n"
           'Content-Type: multipart/mixed; boundary="b"\r\n\r\n' + body + "--b--\r\n").encode()
    parsed = parse(raw)
    assert [a.filename for a in parsed.attachments] == ["Rapport national final.pdf", "Annexe 2.pdf", "notes.txt"]
    assert parsed.text == "Please find our report attached."


@pytest.mark.parametrize("data", [b"", b"   \r\n", b"\x00\x01\x02garbage without headers"])
def test_garbage_is_a_parse_error(data: bytes) -> None:
    with pytest.raises(ParseError):
        parse(data)


def test_dsn_machinery_is_not_body_text() -> None:
    parsed = parse((DEV / "001-bounce-en-postfix-user-unknown.eml").read_bytes())
    assert "Final-Recipient" not in parsed.text


def test_outlook_cells_hold_paragraphs_and_stay_one_row() -> None:
    """Outlook wraps every cell in <p class=MsoNormal>: a row is still one line, a cell's paragraphs one cell."""
    cell = '<td><p class=MsoNormal><span lang=EN-US>{}<o:p></o:p></span></p></td>'.format
    rows = [("Name", "Position"), ("Ms. Leila Nassar", "Programme Manager</p><p class=MsoNormal>Legal Desk")]
    table = "<table>" + "".join("<tr>" + "".join(cell(c) for c in r) + "</tr>" for r in rows) + "</table>"
    text = html_to_text(f"<p>We nominate:</p>{table}<p>Regards</p>")
    assert text.splitlines() == ["We nominate:", "", "Name | Position", "Ms. Leila Nassar | Programme Manager Legal Desk",
                                 "", "Regards"]


def test_a_layout_table_around_the_body_keeps_its_lines() -> None:
    text = html_to_text("<table><tr><td><p>Dear all,</p><p>We propose X.</p>"
                        "<table><tr><td>Name</td><td>X</td></tr></table><p>Regards</p></td></tr></table>")
    assert text.splitlines() == ["Dear all,", "", "We propose X.", "", "Name | X", "", "Regards"]


def test_a_message_id_with_raw_8bit_bytes_is_read_the_same_way_before_and_after_parsing() -> None:
    raw = b"From: a@example.org\r\nMessage-ID: <abc\xe9@example.org>\r\nIn-Reply-To: <p\xe9@example.org>\r\nSubject: hi\r\n\r\nbody\r\n"
    parsed = parse(raw)
    assert header_message_id(raw) == parsed.message_id == "abc\ufffd@example.org"
    assert parsed.in_reply_to == ("p\ufffd@example.org",)


@pytest.mark.parametrize(("raw", "expected"), [
    (b"From: a@example.org\r\nMessage-ID: <x@example.org>\r\n\r\nbody\r\n", "x@example.org"),
    (b"message-id:\r\n <folded@example.org>\r\nSubject: hi\r\n\r\n", "folded@example.org"),
    (b"From sender Mon Jan  1 00:00:00 2024\nTo: a@example.org\nMessage-Id: <unix@example.org>\n\n", "unix@example.org"),
    # the second field is not the one read
    (b"Message-ID: <first@example.org>\r\nMessage-ID: <second@example.org>\r\n\r\n", "first@example.org"),
    # a line that is no header ends the header block before the field: the field is body text
    (b"From: a@example.org\r\nnot a header\r\nMessage-ID: <body@example.org>\r\n\r\n", None),
    (b"From: a@example.org\r\n\r\nMessage-ID: <body@example.org>\r\n", None),
    # a lone CR ends a line for the parser: the field after it is read, the junk line after it ends the block
    (b"X-A: 1\rMessage-ID: <cr@example.org>\r\n\r\n", "cr@example.org"),
    (b"X-A: 1\rjunk\r\nMessage-ID: <cr@example.org>\r\n\r\n", None),
])
def test_the_header_message_id_is_the_one_a_full_parse_of_the_header_block_reads(raw: bytes, expected: str | None) -> None:
    assert header_message_id(raw) == expected
    assert header_message_id(raw) == (parse(raw).message_id if expected else expected)


# ---------------------------------------------------------------------------------------------
# Outlook writes the sender as "Surname, Given" inside an encoded word: the comma it hides is part of the name, and
# the address is the one in angle brackets

@pytest.mark.parametrize(("from_", "name", "address"), [
    ("=?utf-8?q?K=C3=B6hler=2C_Jana?= <j.koehler@verein.example.de>", "Köhler, Jana", "j.koehler@verein.example.de"),
    ("=?iso-8859-1?q?Lef=E8vre=2C_Marc?= <MLefevre@asso.example.fr>", "Lefèvre, Marc", "mlefevre@asso.example.fr"),
    ("=?utf-8?b?SGFkZGFkLCBSYW5pYQ==?= <rania@forum.example.org>", "Haddad, Rania", "rania@forum.example.org"),
])
def test_an_encoded_name_with_a_comma_keeps_the_address(from_: str, name: str, address: str) -> None:
    raw = f"From: {from_}\nTo: a@example.org\nSubject: Speaker\nMessage-ID: <x@example.org>\n\nHello\n".encode()
    parsed = parse(raw)
    assert (parsed.from_name, parsed.from_addr) == (name, address)


@pytest.mark.parametrize(("from_", "name", "address"), [
    ('"Doe, John" <John.Doe@example.org>', "Doe, John", "john.doe@example.org"),  # quoted, as it should be
    ("rania@forum.example.org (Rania Haddad)", "Rania Haddad", "rania@forum.example.org"),  # no angle brackets
    ("plain@example.org", "", "plain@example.org"),
])
def test_near_miss_other_sender_forms_are_read_as_before(from_: str, name: str, address: str) -> None:
    raw = f"From: {from_}\nTo: a@example.org\nSubject: Speaker\nMessage-ID: <x@example.org>\n\nHello\n".encode()
    parsed = parse(raw)
    assert (parsed.from_name, parsed.from_addr) == (name, address)


@pytest.mark.parametrize(("value", "decoded"), [
    ("  Call for speakers ", "Call for speakers"),  # single spaces only: told without the regex
    ("Call for\r\n  speakers", "Call for speakers"),  # a folded line
    ("Call  for\tspeakers", "Call for speakers"),
    ("Call\u00a0for\u2003speakers", "Call for speakers"),  # no-break and em spaces are whitespace too
    ("Call for\x00speakers", "Call for\x00speakers"),  # unprintable but not whitespace: kept
])
def test_a_plain_header_value_has_its_whitespace_runs_folded(value: str, decoded: str) -> None:
    assert decode_header(value) == decoded


def test_a_webmails_div_lines_are_lines_not_paragraphs() -> None:
    # each line of a webmail message is a <div>, a blank line a "<div><br></div>": the signature stays one block
    text = html_to_text("<div><div>Hello,</div><div><br></div><div>I would like to speak.</div><div><br></div>"
                        "<div>Lina Haddad</div><div>Coordinator</div><div>Youth Network</div></div>")
    assert text == "Hello,\n\nI would like to speak.\n\nLina Haddad\nCoordinator\nYouth Network"


def test_near_miss_paragraphs_stay_apart() -> None:
    assert html_to_text("<p>Bonjour,</p><p>Je souhaite intervenir.</p>") == "Bonjour,\n\nJe souhaite intervenir."


def test_a_webmails_div_around_lines_ends_a_part_of_the_message() -> None:
    # the new text's lines in a <div> of their own, then the quoted message's: a blank line between the two parts
    text = html_to_text("<div><div>Merci,</div><div>Karima Ouali</div></div><div><div>Le lundi 3 mai, Karima Ouali "
                        "a écrit :</div><blockquote><div>Bonjour,</div></blockquote></div>")
    assert text == "Merci,\nKarima Ouali\n\nLe lundi 3 mai, Karima Ouali a écrit :\n\n> Bonjour,\n>"
