"""Screening: robots, loops, lists and forged senders are told from people (intake/screen.py)."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest

from intake.errors import ParseError
from intake.ids import ack_message_id
from intake.model import Dsn
from intake.parse import parse
from intake.screen import ScreenContext, ScreenRules, load_rules, parse_dsn, screen
from tests.corpus import dev_labels, public_manifest

RULES_FILE = Path(__file__).resolve().parents[1] / "rules" / "screen.toml"
SECRET = b"test-secret"
CTX = ScreenContext(own_addresses=("gcmrrarabstates@iom.int",), authserv_id="mx1.iom.int", secret=SECRET)
OUR_ACK = ack_message_id(SECRET, "GCM-AR-0042", "1", "iom.int")
DOC = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"


@pytest.fixture(scope="module")
def rules() -> ScreenRules:
    loaded, problems = load_rules(RULES_FILE)
    assert problems == []
    return loaded


def mail(
    body: str = "Dear colleagues,\n\nCould you tell me where the consultation takes place?\n\nBest regards,\nLeila",
    subject: str = "Question about the consultation",
    sender: str = "Leila Haddad <leila.haddad@example.org>",
    headers: tuple[str, ...] = (),
    attachment: str | None = None,
    return_path: str = "<leila.haddad@example.org>",
):
    """A small message, parsed; `attachment` is a content type to attach a file of."""
    head = [
        f"Return-Path: {return_path}",
        "Authentication-Results: mx1.iom.int; spf=pass smtp.mailfrom=example.org",
        f"From: {sender}",
        "To: gcmrrarabstates@iom.int",
        f"Subject: {subject}",
        "Date: Wed, 10 Feb 2021 10:00:00 +0200",
        "Message-ID: <abc123@mail.example.org>",
        "MIME-Version: 1.0",
        *headers,
    ]
    if attachment is None:
        head += ["Content-Type: text/plain; charset=utf-8", "Content-Transfer-Encoding: 8bit"]
        raw = "\r\n".join(head) + "\r\n\r\n" + body.replace("\n", "\r\n") + "\r\n"
    else:
        head.append('Content-Type: multipart/mixed; boundary="b1"')
        raw = "\r\n".join(head) + (
            "\r\n\r\n--b1\r\nContent-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: 8bit\r\n\r\n"
            + body.replace("\n", "\r\n")
            + f'\r\n--b1\r\nContent-Type: {attachment}\r\nContent-Disposition: attachment; filename="report"\r\n'
            + "Content-Transfer-Encoding: base64\r\n\r\nUEsDBBQ=\r\n--b1--\r\n"
        )
    return parse(raw.encode("utf-8"))


def report(report_type: str, machine_type: str, machine: str, human: str, headers: tuple[str, ...] = ()):
    """A multipart/report (DSN, MDN, ARF) with a human part and a machine part."""
    head = [
        "From: Mail Program <someone@example.net>",
        "To: gcmrrarabstates@iom.int",
        "Subject: Report",
        "Message-ID: <r1@example.net>",
        "MIME-Version: 1.0",
        f'Content-Type: multipart/report; report-type={report_type}; boundary="r"',
        *headers,
    ]
    raw = "\r\n".join(head) + (
        f"\r\n\r\n--r\r\nContent-Type: text/plain\r\n\r\n{human}\r\n"
        f"--r\r\nContent-Type: {machine_type}\r\n\r\n{machine}\r\n--r--\r\n"
    )
    return parse(raw.replace("\r\n", "\n").replace("\n", "\r\n").encode())


# -- the corpora, whole -------------------------------------------------------------------


def test_public_corpus_robots_are_screened(rules: ScreenRules) -> None:
    counts: Counter[str] = Counter()
    failures = []
    for row in public_manifest():
        klass = (
            "bounce"
            if row["bounce"] == "yes"
            else "auto_reply"
            if row["auto_reply"] == "yes"
            else f"other robot ({row['auto_class']})"
            if row["auto_class"] != "none"
            else "person"
        )
        try:
            parsed = parse(row["path"].read_bytes())
        except ParseError:
            counts[f"{klass}: parse error (skipped)"] += 1
            continue
        verdict = screen(parsed, CTX, rules)
        counts[f"{klass}: total"] += 1
        if klass == "person":
            if verdict.kind != "person":  # not scored (unlabelled); printed for the record
                counts[f"{klass}: screened as {verdict.kind}"] += 1
            continue
        ok = verdict.kind in ("loop", "bounce", "auto_reply") and not verdict.acknowledge
        if klass == "bounce":
            ok = ok and verdict.kind == "bounce"
        counts[f"{klass}: screened"] += ok
        if not ok:
            failures.append(f"{row['file']}: {verdict.kind} ({verdict.rule})")
    print("\npublic corpus:", dict(sorted(counts.items())))
    assert failures == []
    assert counts["bounce: total"] >= 100  # the whole folder was read, not a few files


def test_dev_corpus_categories(rules: ScreenRules) -> None:
    counts: Counter[str] = Counter()
    failures = []
    for label in dev_labels():
        try:
            parsed = parse(label["path"].read_bytes())
        except ParseError:
            counts["parse error (skipped)"] += 1
            continue
        verdict = screen(parsed, CTX, rules)
        category = label["category"]
        if category in ("auto_reply", "bounce"):
            ok = verdict.category == category and not verdict.acknowledge
            klass = category
        else:
            klass = "people"
            ok = verdict.kind == "person" or (verdict.kind == "bulk" and label["acknowledge"] is False)
            ok = ok and verdict.acknowledge == label["acknowledge"]
        counts[f"{klass}: total"] += 1
        counts[f"{klass}: right"] += ok
        if not ok:
            failures.append(f"{label['file']}: {verdict.kind} ({verdict.rule}: {verdict.reason})")
    print("\ndev corpus:", dict(sorted(counts.items())))
    assert failures == []
    assert counts["people: total"] + counts["bounce: total"] + counts["auto_reply: total"] == 60


# -- loops --------------------------------------------------------------------------------


def test_our_loop_header_is_a_loop(rules: ScreenRules) -> None:
    verdict = screen(mail(headers=("X-GCM-Intake-Loop: 1",)), CTX, rules)
    assert (verdict.kind, verdict.rule, verdict.classify, verdict.acknowledge) == (
        "loop",
        "our-loop-header",
        False,
        False,
    )


def test_our_signed_message_id_is_a_loop_and_a_forged_one_is_not(rules: ScreenRules) -> None:
    ours = mail().message.as_bytes().replace(b"abc123@mail.example.org", OUR_ACK.encode())
    assert screen(parse(ours), CTX, rules).rule == "our-message-id"
    forged = OUR_ACK[:-20] + "0000000000000000@iom.int"
    other = mail().message.as_bytes().replace(b"abc123@mail.example.org", forged.encode())
    assert screen(parse(other), CTX, rules).kind == "person"


def test_mail_from_our_own_address_is_a_loop(rules: ScreenRules) -> None:
    verdict = screen(mail(sender="GCM Review <GCMRRArabStates@iom.int>"), CTX, rules)
    assert verdict.kind == "loop" and verdict.rule == "from-own-address"


def test_other_systems_loop_headers(rules: ScreenRules) -> None:
    assert screen(mail(headers=("X-Loop: tickets@example.org",)), CTX, rules).kind == "loop"
    assert screen(mail(headers=("X-OTRS-Loop: yes",)), CTX, rules).kind == "loop"
    assert screen(mail(headers=("X-OTRS-Loop: false",)), CTX, rules).kind == "person"


def test_a_list_s_own_loop_guard_is_list_mail(rules: ScreenRules) -> None:
    # Sympa and Mailman set X-Loop on the posts they send out: the newsletter is read as list mail (classified,
    # never answered), not as a robot
    verdict = screen(mail(headers=("X-Loop: lettre-info@listes.example.org", "List-Id: <lettre-info.listes.example.org>",
                                   "Precedence: list")), CTX, rules)
    assert (verdict.kind, verdict.rule, verdict.acknowledge) == ("bulk", "list-headers", False)


# -- bounces and reports ------------------------------------------------------------------


def test_parse_dsn_on_a_dev_bounce() -> None:
    label = next(lb for lb in dev_labels() if lb["category"] == "bounce" and "postfix" in lb["notes"].lower())
    dsn = parse_dsn(parse(label["path"].read_bytes()).message)
    assert dsn is not None
    assert (dsn.action, dsn.status, dsn.permanent) == ("failed", "5.1.1", True)
    assert dsn.final_recipient == "contact@anhr-old.example.org"
    assert dsn.original_message_id == (
        "DB8PR04MB66014E2A9C7B1D3F0A5E8C21B9C40@DB8PR04MB6601.eurprd04.prod.outlook.example.com"
    )


def test_parse_dsn_finds_our_message_in_references_and_ignores_other_mail() -> None:
    status = "Reporting-MTA: dns; mx.example.net\n\nFinal-Recipient: rfc822; a@example.org\nAction: delayed\nStatus: 4.4.7"
    dsn_mail = report(
        "delivery-status", "message/delivery-status", status, "Delayed.", (f"References: <{OUR_ACK}>",)
    )
    dsn = parse_dsn(dsn_mail.message, secret=SECRET)
    assert dsn == parse_dsn(dsn_mail.message, secret=SECRET)
    assert (dsn.action, dsn.status, dsn.permanent, dsn.original_message_id) == (
        "delayed",
        "4.4.7",
        False,
        OUR_ACK,
    )
    assert parse_dsn(dsn_mail.message, secret=b"another key").original_message_id is None
    assert parse_dsn(mail().message) is None
    utf8 = "Reporting-MTA: dns; mx.example.net\n\nFinal-Recipient: utf-8; B@Example.org\nAction: failed\nStatus: 5.1.1"
    global_dsn = report("global-delivery-status", "message/global-delivery-status", utf8, "Failed.")
    assert parse_dsn(global_dsn.message) == Dsn("failed", "5.1.1", "b@example.org", None)


def test_dsn_with_auto_submitted_is_a_bounce_with_its_dsn(rules: ScreenRules) -> None:
    status = "Reporting-MTA: dns; mx.example.net\n\nFinal-Recipient: rfc822; a@example.org\nAction: failed\nStatus: 5.2.2"
    verdict = screen(
        report(
            "delivery-status",
            "message/delivery-status",
            status,
            "Mailbox full.",
            ("Auto-Submitted: auto-replied",),
        ),
        CTX,
        rules,
    )
    assert (verdict.kind, verdict.rule) == ("bounce", "dsn-report")
    assert verdict.dsn is not None and verdict.dsn.status == "5.2.2"
    assert any(e.startswith("auto-submitted") for e in verdict.evidence)


def test_read_receipt_and_feedback_report(rules: ScreenRules) -> None:
    mdn = report(
        "disposition-notification",
        "message/disposition-notification",
        "Final-Recipient: rfc822; a@example.org\nDisposition: manual-action/MDN-sent-manually; displayed",
        "Your message was read.",
    )
    arf = report(
        "feedback-report", "message/feedback-report", "Feedback-Type: abuse\nVersion: 1", "Abuse report."
    )
    assert (screen(mdn, CTX, rules).kind, screen(mdn, CTX, rules).rule) == ("auto_reply", "read-receipt")
    assert (screen(arf, CTX, rules).kind, screen(arf, CTX, rules).rule) == ("bounce", "abuse-report")


def test_plain_text_bounce_in_french_without_headers(rules: ScreenRules) -> None:
    body = (
        "Ceci est le système de messagerie de l'hôte mx.example.net.\n\n"
        "Votre message n'a pas pu être remis à un ou plusieurs destinataires.\n\n"
        "<a@example.org>: 550 5.1.1 utilisateur inconnu"
    )
    verdict = screen(mail(body=body, subject="Message non distribué"), CTX, rules)
    assert (verdict.kind, verdict.rule) == ("bounce", "bounce-text")
    assert verdict.dsn is not None and verdict.dsn.status == "5.1.1"


def test_a_person_forwarding_a_bounce_is_a_person(rules: ScreenRules) -> None:
    body = (
        "Dear secretariat,\n\nOur report to your colleague bounced, see below. Could you help?\n\nRegards,\nLeila\n\n"
        "---------- Forwarded message ----------\nFrom: Mail Delivery System <MAILER-DAEMON@example.org>\n"
        "Subject: Undelivered Mail Returned to Sender\n\nThis is the mail system at host mx.example.org.\n"
        "I'm sorry to have to inform you that your message could not be delivered."
    )
    verdict = screen(mail(body=body, subject="Fwd: Undelivered Mail Returned to Sender"), CTX, rules)
    assert verdict.kind == "person" and verdict.acknowledge


# -- auto-replies ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("subject", "body"),
    [
        (
            "Re: Acknowledgement of receipt",
            "Thank you for your message. I am currently out of the office with no access to e-mail.\n"
            "For urgent matters please contact my colleague at office@example.org.",
        ),
        (
            "Absence",
            "Bonjour,\nJe suis absente du bureau jusqu'au 1er mars. En cas d'urgence, merci de contacter le secrétariat.",
        ),
        (
            "رد: إشعار بالاستلام",
            "شكرا لرسالتكم. سأكون خارج المكتب حتى ٢٨ فبراير، وسأرد على رسالتكم فور عودتي.",
        ),
    ],
)
def test_vacation_text_without_any_header(rules: ScreenRules, subject: str, body: str) -> None:
    verdict = screen(mail(body=body, subject=subject), CTX, rules)
    assert verdict.kind == "auto_reply" and not verdict.classify and not verdict.acknowledge


def test_a_person_mentioning_a_trip_while_submitting_is_a_person(rules: ScreenRules) -> None:
    body = (
        "Dear colleagues,\n\nPlease find attached our voluntary report. I will be travelling next week;\n"
        "for urgent matters please contact my colleague.\n\nBest regards,\nLeila"
    )
    assert screen(mail(body=body, subject="Voluntary report"), CTX, rules).kind == "person"
    assert screen(mail(body=body, subject="Voluntary report", attachment=DOC), CTX, rules).kind == "person"


def test_absence_subject_alone_does_not_decide_but_with_a_reply_to_us_it_does(rules: ScreenRules) -> None:
    body = "Back on Monday."
    assert screen(mail(body=body, subject="Out of office"), CTX, rules).kind == "person"
    verdict = screen(
        mail(body=body, subject="Out of office", headers=(f"In-Reply-To: <{OUR_ACK}>",)), CTX, rules
    )
    assert (verdict.kind, verdict.rule) == ("auto_reply", "absence-subject")
    assert any(e.startswith("reply-to-our-mail") for e in verdict.evidence)


def test_a_person_replying_to_our_automatic_acknowledgement_is_a_person(rules: ScreenRules) -> None:
    body = (
        "Thank you, we also attach the annex.\n\nBest regards,\nLeila\n\n"
        "On Wed, 10 Feb 2021, GCM Review <gcmrrarabstates@iom.int> wrote:\n"
        "> This is an automatic acknowledgement. Please do not reply to this message."
    )
    verdict = screen(
        mail(body=body, subject="Re: Acknowledgement of receipt", headers=(f"In-Reply-To: <{OUR_ACK}>",)),
        CTX,
        rules,
    )
    assert verdict.kind == "person"


def test_weak_hints_of_different_kinds_do_not_add_up(rules: ScreenRules) -> None:
    reply = (f"In-Reply-To: <{OUR_ACK}>",)
    body = "Thank you. Our first e-mail was not delivered to your colleague, so we write again.\n\nLeila"
    assert screen(mail(body=body, subject="Re: Acknowledgement", headers=reply), CTX, rules).kind == "person"
    subject = "Absence of our speaker on 24 February"
    assert screen(mail(subject=subject, headers=reply), CTX, rules).kind == "person"


def test_ticket_acknowledgement_is_an_auto_reply_but_a_newsletter_is_bulk(rules: ScreenRules) -> None:
    ticket = mail(
        subject="[Ticket #123] Your request",
        body="Your request has been received.",
        headers=("Auto-Submitted: auto-generated", "Precedence: bulk"),
    )
    newsletter = mail(
        subject="Migration digest, February",
        body="This month: a new report on labour migration.",
        sender="Digest <news@example.org>",
        headers=(
            "Precedence: bulk",
            "List-Id: <digest.example.org>",
            "List-Unsubscribe: <mailto:u@example.org>",
        ),
    )
    assert screen(ticket, CTX, rules).kind == "auto_reply"
    verdict = screen(newsletter, CTX, rules)
    assert (verdict.kind, verdict.classify, verdict.acknowledge, verdict.category) == (
        "bulk",
        True,
        False,
        None,
    )


def test_null_return_path_without_a_report_is_an_autoresponder(rules: ScreenRules) -> None:
    """RFC 3834 asks autoresponders for a null return path: one with no report and no mail-system sender is an auto-reply,
    a mail system's notice under the same null path still a bounce."""
    away = mail(
        subject="Re: Acknowledgement of receipt",
        body="Thank you for your message, I will read it when I am back on 7 February.\n\nLana",
        return_path="<>",
    )
    daemon = mail(sender="Mail Delivery System <MAILER-DAEMON@mx.example.org>", return_path="<>")
    verdict = screen(away, CTX, rules)
    assert (verdict.kind, verdict.rule, verdict.acknowledge) == ("auto_reply", "null-return-path-autoreply", False)
    assert screen(daemon, CTX, rules).kind == "bounce"


def test_unsubscribe_header_with_a_reply_to_is_a_persons_letter(rules: ScreenRules) -> None:
    """A contact-management tool adds List-Unsubscribe to one person's letter and names the person in Reply-To; a
    newsletter sent straight from a mailing tool has no Reply-To and submits nothing."""
    unsubscribe = "List-Unsubscribe: <mailto:u.2291@crm.example.org>"
    letter = mail(headers=(unsubscribe, "Reply-To: Hiba Osman <hiba.osman@example.org>"))
    newsletter = mail(headers=(unsubscribe,))
    assert screen(letter, CTX, rules).kind == "person"
    verdict = screen(newsletter, CTX, rules)
    assert (verdict.kind, verdict.rule, verdict.acknowledge, verdict.submission) == ("bulk", "unsubscribe-header", False, False)


def test_precedence_bulk_beside_unsubscribe_is_a_newsletter_not_an_autoresponder(rules: ScreenRules) -> None:
    """A mailing tool's newsletter sets Precedence: bulk and List-Unsubscribe, with the organisation as Reply-To; an
    autoresponder that sets Precedence: bulk sets no List-Unsubscribe."""
    newsletter = mail(headers=("List-Unsubscribe: <https://r.example.org/u/3Zp8>", "Precedence: bulk",
                               "Reply-To: RMMC <contact@rmmc.example.org>"))
    away = mail(headers=("Precedence: bulk",), body="I am out of the office until 8 February.\n\nLana")
    verdict = screen(newsletter, CTX, rules)
    assert (verdict.kind, verdict.rule, verdict.submission) == ("bulk", "bulk-precedence-unsubscribe", False)
    assert screen(away, CTX, rules).kind == "auto_reply"


def test_a_sharing_services_notice_of_a_persons_file_is_the_persons_mail(rules: ScreenRules) -> None:
    """OneDrive or SharePoint sends "X shared a file with you" from a no-reply address, the person in Reply-To."""
    notice = mail(sender="Hanna Youssef <no-reply@sharepointonline.example.com>",
                  headers=("Reply-To: Hanna Youssef <hanna.youssef@example.org>",),
                  body='Hanna Youssef shared a file with you\n\nPlease find here our voluntary GCM review report.\n\n'
                       '"Report_2021.pdf"\nOpen <https://example.sharepoint.example.com/x>\n')
    assert screen(notice, CTX, rules).kind == "person"
    assert screen(mail(sender="Portal <no-reply@example.org>"), CTX, rules).kind == "bulk"


def test_auto_submitted_no_is_a_person(rules: ScreenRules) -> None:
    assert screen(mail(headers=("Auto-Submitted: no",)), CTX, rules).kind == "person"


def test_no_reply_sender_is_bulk(rules: ScreenRules) -> None:
    assert screen(mail(sender="Portal <no-reply@example.org>"), CTX, rules).kind == "bulk"


# -- backscatter guard --------------------------------------------------------------------


def _with_auth(result: str):
    raw = mail().message.as_bytes().replace(b"spf=pass smtp.mailfrom=example.org", result.encode())
    return parse(raw)


def test_backscatter_guard(rules: ScreenRules) -> None:
    spoofed = _with_auth("spf=fail smtp.mailfrom=example.org; dkim=none")
    verdict = screen(spoofed, CTX, rules)
    assert (verdict.kind, verdict.classify, verdict.acknowledge) == ("suspect", True, False)
    assert screen(_with_auth("spf=pass; dkim=pass; dmarc=fail (p=reject)"), CTX, rules).kind == "suspect"
    # dkim=pass vouches for the sender when only SPF fails (forwarded mail).
    assert screen(_with_auth("spf=fail; dkim=pass header.d=example.org"), CTX, rules).kind == "person"
    # Someone else's Authentication-Results proves nothing; and the guard can be switched off.
    other = parse(mail().message.as_bytes().replace(b"mx1.iom.int; spf=pass", b"mx.evil.example; dmarc=fail"))
    assert screen(other, CTX, rules).kind == "person"
    off = ScreenContext(own_addresses=CTX.own_addresses, authserv_id="", secret=SECRET)
    assert screen(spoofed, off, rules).kind == "person"


# -- rule files -----------------------------------------------------------------------------


def test_bad_rules_are_reported_and_skipped(tmp_path: Path) -> None:
    path = tmp_path / "screen.toml"
    path.write_text(
        """
[[rule]]
name = "good"
description = "Auto-Submitted."
stage = "auto_reply"
any = [{ field = "header:auto-submitted", regex = 'auto' }]

[[rule]]
name = "bad-regex"
description = "Broken."
stage = "bounce"
any = [{ field = "subject", regex = '(unclosed' }]

[[rule]]
name = "bad-keys"
description = "Typos."
stage = "robot"
colour = "red"
any = [{ field = "subjet", regex = 'x' }, { check = "moon_phase" }]
""",
        encoding="utf-8",
    )
    loaded, problems = load_rules(path)
    assert [r.name for r in loaded.rules] == ["good"]
    assert any(p.startswith("screen.toml: rule 'bad-regex': ") and "bad regex" in p for p in problems)
    bad_keys = [p for p in problems if p.startswith("screen.toml: rule 'bad-keys': ")]
    assert len(bad_keys) == 4  # unknown key, unknown stage, unknown field, unknown check
    assert screen(mail(headers=("Auto-Submitted: auto-replied",)), CTX, loaded).rule == "good"


def test_unreadable_rule_file_is_a_problem_not_a_crash(tmp_path: Path) -> None:
    path = tmp_path / "screen.toml"
    path.write_text("[[rule]\nname=", encoding="utf-8")
    loaded, problems = load_rules(path)
    assert loaded.rules == () and len(problems) == 1 and problems[0].startswith("screen.toml: cannot be read")


def test_a_bounce_returning_a_message_id_with_raw_8bit_bytes_is_screened(rules: ScreenRules) -> None:
    status = "Reporting-MTA: dns; mx.example.net\n\nFinal-Recipient: rfc822; a@example.org\nAction: failed\nStatus: 5.1.1"
    head = ("From: Mail Delivery System <mailer-daemon@example.net>\r\nTo: gcmrrarabstates@iom.int\r\n"
            "Subject: Undelivered Mail\r\nMessage-ID: <r2@example.net>\r\nMIME-Version: 1.0\r\n"
            'Content-Type: multipart/report; report-type=delivery-status; boundary="r"\r\n\r\n')
    parts = ("--r\r\nContent-Type: text/plain\r\n\r\nNot delivered.\r\n"
             f"--r\r\nContent-Type: message/delivery-status\r\n\r\n{status}\r\n"
             "--r\r\nContent-Type: message/rfc822\r\n\r\nFrom: a@example.org\r\nMessage-ID: <orig")
    raw = (head + parts).replace("\r\n", "\n").replace("\n", "\r\n").encode() + b"\xe9@example.org>\r\n\r\nhello\r\n--r--\r\n"
    verdict = screen(parse(raw), CTX, rules)
    assert verdict.kind == "bounce"
    assert verdict.dsn is not None and verdict.dsn.original_message_id == "orig\ufffd@example.org"


def test_a_list_servers_notice_is_an_automatic_reply(rules: ScreenRules) -> None:
    """Mailman's notice that our acknowledgement is held for the list's moderator answers us; a post to the list does not."""
    list_headers = ("List-Id: <gtm.lists.example.org>", "Precedence: bulk")
    notice = mail(subject="Votre message pour Gtm attend l'approbation du moderateur",
                  body="Votre courrier est retenu jusqu'a ce que le moderateur de la liste puisse le verifier.",
                  headers=(*list_headers, "X-List-Administrivia: yes"))
    assert (screen(notice, CTX, rules).kind, screen(notice, CTX, rules).rule) == ("auto_reply", "list-administrivia")
    # near miss: the list's own post
    assert screen(mail(headers=list_headers), CTX, rules).kind == "bulk"
