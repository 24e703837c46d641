"""Classification: the rule loader's problems, each kind of signal, and the whole dev corpus."""

from __future__ import annotations

import collections
from email.message import EmailMessage
from pathlib import Path

import pytest

from intake.classify import classify
from intake.documents import Limits, read_documents
from intake.model import DocText
from intake.parse import parse
from intake.rules import fold, fold_body, load_ruleset
from intake.text import split
from tests import corpus

RULES = Path(__file__).resolve().parents[1] / "rules"
PDF = "application/pdf"
DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"


@pytest.fixture(scope="module")
def ruleset():
    rs, problems = load_ruleset(RULES)
    assert problems == []
    return rs


def mail(subject: str, body: str, attachments=(), inline=(), in_reply_to: str | None = None) -> bytes:
    msg = EmailMessage()
    msg["From"] = "Sender <sender@example.org>"
    msg["To"] = "gcmrrarabstates@iom.int"
    msg["Subject"] = subject
    msg["Message-ID"] = "<m1@example.org>"
    if in_reply_to:
        msg["In-Reply-To"] = f"<{in_reply_to}>"
    msg.set_content(body)
    for name, ctype in attachments:
        maintype, subtype = ctype.split("/")
        msg.add_attachment(b"%PDF-1.4 x" if subtype == "pdf" else b"data", maintype=maintype, subtype=subtype, filename=name)
    for name, ctype in inline:
        maintype, subtype = ctype.split("/")
        msg.add_attachment(b"img", maintype=maintype, subtype=subtype, filename=name, disposition="inline", cid="<logo@x>")
    return bytes(msg)


def decide(ruleset, raw: bytes, docs=None, thread=None):
    parsed = parse(raw)
    return classify(parsed, split(parsed.text), docs or {}, ruleset, thread)


def fired(decision) -> set[str]:
    return {h.rule for h in decision.hits}


# ---------------------------------------------------------------------------------------------
# The loader


def write_rules(tmp_path: Path, text: str) -> Path:
    (tmp_path / "classify.toml").write_text(text, encoding="utf-8")
    return tmp_path


def test_shipped_rules_load_without_problems(ruleset):
    types = collections.Counter(r.type for r in ruleset.rules)
    assert set(types) == {"text", "attachment", "thread", "decoy"}
    assert ruleset.decide > ruleset.review > 0


def test_bad_rules_are_skipped_and_named_with_file_and_line(tmp_path):
    folder = write_rules(
        tmp_path,
        """[settings]
decide = 2.0

[[rule]]
name = "good"
category = "speaker_request"
weight = 2
any = ['speak']

[[rule]]
name = "typo-key"
category = "speaker_request"
wieght = 2
any = ['x']

[[rule]]
name = "bad-regex"
category = "voluntary_report"
weight = 1
any = ['(unclosed']

[[rule]]
name = "bad-weight"
category = "voluntary_report"
weight = "high"
any = ['x']

[[rule]]
name = "bad-category"
category = "registration"
weight = 1
any = ['x']

[[rule]]
name = "bad-place"
category = "voluntary_report"
weight = 1
where = ["body"]
any = ['x']

[[rule]]
name = "good"
category = "voluntary_report"
weight = 1
any = ['y']
""",
    )
    rs, problems = load_ruleset(folder)
    assert [r.name for r in rs.rules] == ["good"]
    path = str(folder / "classify.toml")
    expected = {
        "typo-key": (10, "'wieght'"),
        "bad-regex": (16, "not a valid regular expression"),
        "bad-weight": (22, "'weight' must be a number"),
        "bad-category": (28, "'category'"),
        "bad-place": (34, "'where'"),
        "good": (41, "already used"),
    }
    assert len(problems) == len(expected) + 1  # typo-key also lacks its weight
    for name, (line, words) in expected.items():
        assert any(
            p.startswith(f"{path} line {line}, rule '{name}'") and words in p and p.endswith("the rule is skipped")
            for p in problems
        ), (name, problems)


def test_attachment_thread_and_decoy_rules_are_checked(tmp_path):
    folder = write_rules(
        tmp_path,
        """[[rule]]
name = "no-condition"
type = "attachment"
category = "voluntary_report"
weight = 1

[[rule]]
name = "bad-after"
type = "thread"
category = "voluntary_report"
weight = 1
after = ["report"]

[[rule]]
name = "decoy-with-weight"
type = "decoy"
filename = 'cv'
weight = 1

[[rule]]
name = "odd-type"
type = "header"
""",
    )
    rs, problems = load_ruleset(folder)
    assert rs.rules == ()
    text = "\n".join(problems)
    assert "line 1, rule 'no-condition'" in text and "at least one of 'filename'" in text
    assert "line 7, rule 'bad-after'" in text and "'after'" in text
    assert "line 14, rule 'decoy-with-weight'" in text and "'weight'" in text
    assert "line 20, rule 'odd-type'" in text and "unknown type 'header'" in text


def test_bad_settings_keep_defaults(tmp_path):
    folder = write_rules(tmp_path, "[settings]\ndecide = 1.0\nreview = 3.0\nsurprise = 1\n[settings.where]\nbody = 1\n")
    rs, problems = load_ruleset(folder)
    assert (rs.decide, rs.review) == (2.0, 1.0)
    assert len(problems) == 3
    assert all(p.startswith(f"{folder / 'classify.toml'} line 1:") for p in problems)


def test_unreadable_or_missing_file_gives_an_empty_ruleset(tmp_path):
    rs, problems = load_ruleset(tmp_path)
    assert rs.rules == () and "does not exist" in problems[0]
    rs, problems = load_ruleset(write_rules(tmp_path, "[[rule]\nname = 1"))
    assert rs.rules == () and "not valid TOML" in problems[0]


def test_fold_makes_patterns_and_text_meet():
    assert fold("Réception أُرسِلَ إلى ٢٣ فبراير") == "Reception ارسل الي 23 فبراير"
    assert fold("\u202bمرفقاً التقرير\u202c") == "مرفقا التقرير"
    # a line the mailer wrapped is joined back; a short labelled line is not
    assert fold_body("On behalf of our network we are pleased to submit the voluntary\nreport of our members") == (
        "On behalf of our network we are pleased to submit the voluntary report of our members"
    )
    assert fold_body("Name: A\nTitle: B") == "Name: A\nTitle: B"
    assert fold_body("Nous proposons M. Diallo pour intervenir") == "Nous proposons M Diallo pour intervenir"


# ---------------------------------------------------------------------------------------------
# Signals, one kind at a time, in the three languages


@pytest.mark.parametrize(
    "body",
    [
        "Dear team,\n\nOur federation would like to request a floor intervention in the second thematic roundtable.",
        "Bonjour,\n\nNotre réseau souhaiterait prendre la parole lors de la séance plénière du 24 février.",
        "تحية طيبة،\n\nتود جمعيتنا تقديم مداخلة خلال الجلسة العامة للمؤتمر.",
    ],
)
def test_speaker_request_in_new_text(ruleset, body):
    d = decide(ruleset, mail("Conference", body))
    assert d.category == "speaker_request"
    assert any(h.where == "new" and h.category == "speaker_request" and h.weight > 0 for h in d.hits)


@pytest.mark.parametrize(
    "body,name",
    [
        ("Dear colleagues,\n\nPlease find attached our contribution to the review.", "Network_report.pdf"),
        ("Bonjour,\n\nVeuillez trouver ci-joint notre rapport.", "rapport_final.pdf"),
        ("تحية طيبة،\n\nنرفق لكم تقرير الجمعية.", "التقرير.pdf"),
    ],
)
def test_report_with_attached_document(ruleset, body, name):
    d = decide(ruleset, mail("GCM", body, attachments=[(name, PDF)]))
    assert d.category == "voluntary_report"
    assert d.report_attachments == (name,)
    assert {"report-document-attached", "report-document-name"} <= fired(d)


def test_quoted_invitation_does_not_classify_a_reply(ruleset):
    letter = (
        "> Interested stakeholders are invited to express their willingness to take part in the open discussion,\n"
        "> to deliver the key messages as a rapporteur and to provide floor intervention in the roundtables.\n"
        "> The deadline for voluntary GCM review reports has been extended. We would like to receive your report.\n"
    )
    body = "Thank you, we will look into it.\n\nOn Tue, 2 Feb 2021 at 15:00, Secretariat <s@example.org> wrote:\n" + letter
    d = decide(ruleset, mail("Re: Invitation", body))
    assert d.category == "other" and not d.needs_review
    assert all(h.where != "quoted" for h in d.hits)


def test_signature_title_is_not_evidence(ruleset):
    body = "Dear team,\n\nCould you please tell us the date of the consultation?\n\nBest regards,\nAmal\nRapporteur, Roundtable 2 working group"
    d = decide(ruleset, mail("Question", body))
    assert d.category == "other"
    assert not any(h.category == "speaker_request" and h.weight > 0 for h in d.hits)


def test_forwarded_text_counts_at_its_factor(ruleset):
    body = (
        "FYI, as asked.\n\n---------- Forwarded message ---------\nFrom: Director <d@example.org>\n"
        "Subject: report\n\nAttached is the final version of our voluntary report, please send it on.\n"
    )
    d = decide(ruleset, mail("Fwd: report", body, attachments=[("final.pdf", PDF)]))
    hit = next(h for h in d.hits if h.rule == "report-handed-over-en")
    assert hit.where == "forwarded" and hit.weight == pytest.approx(2.5 * ruleset.factor("forwarded"))
    assert d.category == "voluntary_report"


def test_reply_subject_weighs_less(ruleset):
    plain = decide(ruleset, mail("Voluntary report of our network", "Hello."))
    reply = decide(ruleset, mail("RE: Voluntary report of our network", "Hello."))
    w = {d: next(h.weight for h in d.hits if h.rule == "report-subject") for d in (plain, reply)}
    assert w[reply] == pytest.approx(w[plain] * ruleset.reply_subject)


@pytest.mark.parametrize(
    "body",
    [
        "We are finalising our voluntary GCM review report and will send it separately next week.",
        "Notre association prépare actuellement son rapport volontaire ; serait-il possible de l'envoyer le 20 ?",
        "سنرسل التقرير الطوعي الأسبوع المقبل إن شاء الله.",
    ],
)
def test_announced_report_is_not_a_report(ruleset, body):
    d = decide(ruleset, mail("Voluntary report", body))
    assert d.category == "other"
    assert "report-announced-later" in fired(d) or "deadline-question" in fired(d)


@pytest.mark.parametrize(
    "body",
    [
        "We sent our report on 10 February. Did you receive it? We have not received any confirmation.",
        "Avez-vous bien reçu notre rapport envoyé le 8 février ?",
        "أرسلنا إليكم تقريرنا بتاريخ 10 فبراير ولم يصلنا أي تأكيد.",
    ],
)
def test_did_you_receive_is_other_even_in_a_report_thread(ruleset, body):
    d = decide(ruleset, mail("Re: Report", body, in_reply_to="x@example.org"), thread="voluntary_report")
    assert "report-thread" in fired(d) and "report-receipt-question" in fired(d)
    assert d.category == "other"


def test_thread_of_earlier_speaker_request_supports_a_replacement(ruleset):
    body = "Dear colleagues,\n\nOur speaker cannot attend; instead:\n\nName: Dina Example\nTitle: Officer\nAffiliation: Network"
    alone = decide(ruleset, mail("Re: change", body))
    followup = decide(ruleset, mail("Re: change", body), thread="speaker_request")
    assert dict(followup.scores)["speaker_request"] == pytest.approx(dict(alone.scores)["speaker_request"] + 1.0)
    assert followup.category == "speaker_request"


def test_attend_only_is_not_a_speaker_request(ruleset):
    d = decide(ruleset, mail("Registration", "We would like to attend the plenary session as participants only."))
    assert d.category == "other" and "attend-only" in fired(d)


def test_report_in_body_and_speaker_request_make_both(ruleset):
    body = (
        "Please find below our voluntary GCM review report.\n\nVoluntary GCM Review Report\nSubmitted by: Network\n\n"
        "Objective 6: fair recruitment\nText.\n\nObjective 7: vulnerabilities\nText.\n\n"
        "We would also like to propose our director as rapporteur.\n"
    )
    d = decide(ruleset, mail("Report and speaker", body))
    assert d.category == "both" and d.report_attachments == ()
    assert {"report-in-body-heading", "report-in-body-objectives"} <= fired(d)


def test_report_attachments_leave_out_decoys_and_keep_the_annex(ruleset):
    raw = mail(
        "Voluntary GCM review report",
        "Please find attached our report and its annex, my CV and our contact card.",
        attachments=[("Report.pdf", PDF), ("Annex_2_tables.docx", DOCX), ("CV_Amal.docx", DOCX),
                     ("Invitation letter.pdf", PDF), ("contact.vcf", "text/vcard")],
        inline=[("image001.png", "image/png")],
    )
    d = decide(ruleset, raw)
    assert d.report_attachments == ("Report.pdf", "Annex_2_tables.docx")
    decoys = {h.match for h in d.hits if h.category == "decoy"}
    assert decoys == {"CV_Amal.docx", "Invitation letter.pdf", "contact.vcf", "image001.png"}


def test_document_text_is_evidence_and_can_unmask_a_decoy(ruleset):
    docs = {
        "doc1.pdf": DocText("doc1.pdf", "Voluntary GCM Review Report\nObjective 6: ..."),
        "doc2.pdf": DocText("doc2.pdf", "IOM and ESCWA have the honour to invite you to the Regional Review"),
    }
    d = decide(ruleset, mail("Documents", "Hello.", attachments=[("doc1.pdf", PDF), ("doc2.pdf", PDF)]), docs)
    assert "report-document-text" in fired(d)
    assert d.category == "voluntary_report" and d.report_attachments == ("doc1.pdf",)


def test_a_lone_unexplained_document_asks_for_review(ruleset):
    d = decide(ruleset, mail("Hello", "See attached.", attachments=[("scan.pdf", PDF)]))
    assert d.category == "other" and d.needs_review and 0.5 <= d.confidence < 1.0
    assert "report-document-name" in d.misses


def test_min_count_and_all(tmp_path):
    folder = write_rules(
        tmp_path,
        """[[rule]]
name = "two-objectives"
category = "voluntary_report"
weight = 3
min_count = 2
any = ['^objective \\d+:']

[[rule]]
name = "name-and-title"
category = "speaker_request"
weight = 3
all = ['^name:', '^title:']
""",
    )
    rs, problems = load_ruleset(folder)
    assert problems == []
    one = decide(rs, mail("s", "Objective 1: x\nName: A"))
    two = decide(rs, mail("s", "Objective 1: x\nObjective 2: y\nName: A\nTitle: B"))
    assert one.category == "other" and set(one.misses) == {"two-objectives", "name-and-title"}
    assert two.category == "both"


# ---------------------------------------------------------------------------------------------
# The whole dev corpus


@pytest.fixture(scope="module")
def dev_results(ruleset):
    labels = corpus.dev_labels()
    parsed = {lab["file"]: parse(lab["path"].read_bytes()) for lab in labels}
    by_id = {p.message_id: lab for lab in labels if (p := parsed[lab["file"]]).message_id}
    # One reader process for the whole corpus (a process per message triples the test's time);
    # documents are keyed by name, so a name sent with two different contents is read per message.
    payloads = collections.defaultdict(set)
    for p in parsed.values():
        for att in p.attachments:
            payloads[att.filename].add(att.payload)
    shared = {a.filename: a for p in parsed.values() for a in p.attachments if len(payloads[a.filename]) == 1}
    read = read_documents(list(shared.values()), Limits())
    results = []
    for lab in labels:
        if lab["category"] in ("auto_reply", "bounce"):
            results.append((lab, None))  # screening decides robots; counted right by label
            continue
        p = parsed[lab["file"]]
        earlier = [by_id[m]["category"] for m in p.in_reply_to + p.references if m in by_id]
        own = [a for a in p.attachments if a.filename not in shared]
        docs = {a.filename: read[a.filename] for a in p.attachments if a.filename in read}
        docs.update(read_documents(own, Limits()) if own else {})
        results.append((lab, classify(p, split(p.text), docs, ruleset, earlier[-1] if earlier else None)))
    return results


def test_dev_corpus_category_accuracy(dev_results):
    people = [(lab, d) for lab, d in dev_results if d is not None]
    right = sum(d.category == lab["category"] for lab, d in people)
    robots = len(dev_results) - len(people)
    confusion = collections.Counter((lab["category"], d.category) for lab, d in people)
    print("\nconfusion (label, decided):", sorted(confusion.items()))
    print(f"people {right}/{len(people)}; all {right + robots}/{len(dev_results)}")
    assert len(dev_results) == 60
    assert (right + robots) / len(dev_results) >= 0.97
    assert right / len(people) >= 0.97


def test_dev_corpus_no_submission_is_other(dev_results):
    lost = [lab["file"] for lab, d in dev_results
            if d is not None and lab["category"] in ("voluntary_report", "speaker_request", "both") and d.category == "other"]
    assert lost == []


def test_dev_corpus_report_attachments(dev_results):
    wrong = [(lab["file"], d.report_attachments) for lab, d in dev_results
             if d is not None and lab["category"] in ("voluntary_report", "both")
             and list(d.report_attachments) != lab["report_attachments"]]
    assert wrong == []
