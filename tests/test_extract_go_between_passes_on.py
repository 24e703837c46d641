"""A go-between (assistant, secretary, focal point) who passes on someone else's request is not the speaker: the
Arabic Gmail forward marker "رسالة محوّلة" opens the forwarded message (not a name), "myself" in the forwarded request
is its author, the author asks as "I'd be glad to serve as" / "برغبتي في المشاركة", and a form pasted under the
sender's device footer is the sender's text, not their signature. Each with a near miss left alone."""

from __future__ import annotations

import pytest

from intake.extract import ExtractRules
from intake.text import split
from tests.extracting import message, run


def _forward(note: str, marker: str, author: str, request: str, signature: str) -> str:
    """A note over a request forwarded inline, under the mailer's marker, with its author's From line and signature."""
    return (f"{note}\n\n{marker}\nFrom: {author}\nDate: Mon, 1 Feb 2021 at 16:02\nSubject: panel\n"
            f"To: Office <office@example.org>\n\n{request}\n\n{signature}\n")


# The Arabic Gmail marker, with or without the shadda, opens the forwarded message
@pytest.mark.parametrize("marker", ["---------- رسالة محوّلة ----------", "---------- الرسالة المحولة ----------"])
def test_arabic_forward_marker_opens_the_forwarded_message(marker: str) -> None:
    parts = split(f"مرحبا،\nمرسلة إليكم بناء على طلب الأستاذة ريم.\n\nسعيد نصار\n\n{marker}\nمن: ريم <r@example.org>\n"
                  "التاريخ: الاثنين\n\nنص الرسالة.")
    assert parts.forwarded.startswith(marker)
    assert marker not in parts.new + parts.signature


# Near miss: the words in a sentence of the sender's are no marker
def test_near_miss_forward_words_in_a_sentence() -> None:
    parts = split("مرحبا،\nهذه رسالة محولة من زميلتي، أرجو الاطلاع عليها.\n\nسعيد نصار")
    assert "رسالة محولة" in parts.new and not parts.forwarded


def test_arabic_forward_chain_gives_the_innermost_author(rules: ExtractRules) -> None:
    body = ("مساء الخير،\n\nباعتها لكم بناء على طلب الدكتورة ريم، كل البيانات تحت.\n\nسعيد نصار\nجمعية الأمل\n\n"
            "---------- رسالة محوّلة ----------\nمن: كمال يوسف <k.youssef@example.org>\nالتاريخ: الاثنين، ١ فبراير ٢٠٢١\n"
            "إلى: سعيد نصار <s.nassar@example.org>\n\nللمتابعة.\n\n"
            "---------- رسالة محوّلة ----------\nمن: ريم حداد <r.haddad@example.org>\nالتاريخ: الاثنين، ١ فبراير ٢٠٢١\n"
            "إلى: كمال يوسف <k.youssef@example.org>\n\nأرجو إبلاغ المنظمين برغبتي في المشاركة في الجلسة العامة.\n\n"
            "مع الشكر،\nريم حداد\nمديرة البرامج\nجمعية الأمل للتنمية\n")
    (sp,) = run(message(body, subject="Fwd: Fwd: مشاركة"), rules, language="ar").speakers
    assert (sp.name, sp.title, sp.roles) == ("ريم حداد", "مديرة البرامج", ("plenary",))


# "myself" / "moi-même" / "أنا شخصياً" in the forwarded request is its author, not the go-between who sends it on
@pytest.mark.parametrize(("note", "asked", "signature", "author", "language"), [
    ("Hello,\n\nBelow is the request from our chair.\n\nBest,\nTom Reed\nCommunications Assistant",
     "Tom, could you pass on our wish to speak at the conference:\n- myself, as rapporteur;\n"
     "- and our colleague Ms. Lina Farah, in a roundtable.\n\nThanks,",
     "Grace Otieno\nChair\nCoastal Migrants Forum", "Grace Otieno", "en"),
    ("Bonjour,\n\nVoici ci-dessous la demande de notre directrice.\n\nCordialement,\nLuc Martin\nAssistant",
     "Luc, peux-tu transmettre notre souhait d'intervenir :\n- moi-même, comme rapporteuse ;\n"
     "- et notre collègue Mme Inès Kaci, en table ronde.\n\nMerci,",
     "Claire Dubois\nDirectrice\nCollectif Migrations Sud", "Claire Dubois", "fr"),
])
def test_myself_in_a_forwarded_request_is_its_author(note: str, asked: str, signature: str, author: str,
                                                      language: str, rules: ExtractRules) -> None:
    marker = "---------- Forwarded message ---------"
    first, second = run(message(_forward(note, marker, f"{author} <a@example.org>", asked, signature),
                                subject="Fwd: conference"), rules, language=language).speakers
    assert (first.name, first.roles) == (author, ("rapporteur",))
    assert second.roles == ("roundtable",)


# Near miss: "myself" in the sender's own text over a forward is still the sender
def test_near_miss_myself_in_the_senders_own_text(rules: ExtractRules) -> None:
    body = _forward("Hello,\n\nI would like to speak myself as rapporteur; see the invitation below.\n\nBest,\n"
                    "Tom Reed\nCoordinator\nCoastal Migrants Forum", "---------- Forwarded message ---------",
                    "Events <events@example.org>", "You are invited to the regional review.", "The events team")
    (sp,) = run(message(body, subject="Fwd: invitation"), rules).speakers
    assert sp.name == "Tom Reed"


# The author of the forwarded request asks as "I'd be glad to serve as" / "je serais heureuse de"
@pytest.mark.parametrize(("note", "asked", "signature", "author", "language"), [
    ("Dear colleagues,\n\nPlease find below a message from my colleague Sara. I am our focal point, please copy me.\n\n"
     "Kind regards,\nPaul Grant\nProgramme Officer",
     "Hi Paul,\n\nPlease tell them I'd be glad to serve as rapporteur if they still need one.",
     "Sara Levi\nHead of Policy\nNorth Migration Institute", "Sara Levi", "en"),
    ("Bonjour,\n\nJe vous fais suivre le message de ma collègue Amina.\n\nCordialement,\nPaul Garnier\nChargé de mission",
     "Paul,\n\nPeux-tu leur dire que je serais heureuse d'intervenir comme rapporteuse ?",
     "Amina Toure\nResponsable du plaidoyer\nRéseau Migrations Ouest", "Amina Toure", "fr"),
    ("مرحبا،\n\nأرسل لكم أدناه رسالة زميلتي هدى.\n\nمع التحية،\nسامي عيسى\nمسؤول البرامج",
     "سامي،\n\nأرجو إبلاغهم أنه سيسعدني أن أشارك كمقررة إذا كانوا ما زالوا بحاجة.",
     "هدى خليل\nرئيسة قسم السياسات\nمعهد الهجرة الشمالي", "هدى خليل", "ar"),
])
def test_glad_to_serve_in_a_forwarded_request(note: str, asked: str, signature: str, author: str, language: str,
                                              rules: ExtractRules) -> None:
    body = _forward(note, "---------- Forwarded message ---------", f"{author} <a@example.org>", asked, signature)
    (sp,) = run(message(body, subject="Fwd: rapporteur"), rules, language=language).speakers
    assert (sp.name, sp.roles) == (author, ("rapporteur",))


# Near miss: glad to help with something other than speaking is no request to speak
def test_near_miss_glad_to_help(rules: ExtractRules) -> None:
    body = _forward("Dear colleagues,\n\nPlease find below a message from my colleague Sara.\n\nKind regards,\n"
                    "Paul Grant\nProgramme Officer", "---------- Forwarded message ---------", "Sara Levi <a@example.org>",
                    "Hi Paul,\n\nI'd be glad to help with the logistics of the rapporteur session.",
                    "Sara Levi\nHead of Policy\nNorth Migration Institute")
    assert "Sara Levi" not in [s.name for s in run(message(body, subject="Fwd: rapporteur"), rules).speakers]


# A form pasted under the sender's device footer is the sender's text: the person it names is the speaker
@pytest.mark.parametrize(("body", "name", "language"), [
    ("Good evening,\n\nOn behalf of our Director, I send you his request below.\n\nRegards,\nJoy Banda\n"
     "Executive Assistant\n\nSent from my iPhone\n\nSPEAKER FORM\nFull name: Dr. Moses Phiri\nPosition: Director\n"
     "Organisation: Malawi Migration Observatory\nSession: Roundtable 2\n", "Moses Phiri", "en"),
    ("Bonsoir,\n\nDe la part de Madame la Présidente, voici sa demande.\n\nCordialement,\nJeanne Kabore\n"
     "Assistante de direction\n\nEnvoyé de mon iPhone\n\nFORMULAIRE\nNom complet : Aïcha Sawadogo\nFonction : Présidente\n"
     "Organisme : Association Burkinabè des Migrants\nSession souhaitée : Table ronde 2\n", "Aïcha Sawadogo", "fr"),
])
def test_form_pasted_under_the_device_footer(body: str, name: str, language: str, rules: ExtractRules) -> None:
    (sp,) = run(message(body), rules, language=language).speakers
    assert (sp.name, sp.roundtable) == (name, 2)


# Near miss: a device footer at the end, or with one line under it, stays in the signature
@pytest.mark.parametrize("tail", ["", "Please excuse typos\n"])
def test_near_miss_device_footer_ends_the_message(tail: str) -> None:
    parts = split(f"Hello,\n\nI would like to speak in roundtable 2.\n\nRegards,\nJoy Banda\n\nSent from my iPhone\n{tail}")
    assert parts.signature.startswith("Regards,") and parts.signature.rstrip().endswith((tail or "iPhone").strip())
    assert "iPhone" not in parts.new
