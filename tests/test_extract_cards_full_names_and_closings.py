"""Families of the blind sets (session 37): a speaker whose details are only in the business card attached (read as
the labelled lines a form has); the sender's full name given apart ("اسمي الكامل: X") over the first name or kunya
they sign with; blessings that close a letter ("ربي يعيشكم", "والله يوفقكم") are no names; a stage name under the name
("alias « Fab La Plume »") is no title; a title ends where a clause about what the person did begins ("our head of
research and led the study on ..."); "RT#2" names roundtable 2."""

from __future__ import annotations

from email.message import EmailMessage

from intake.documents import vcard_text
from intake.extract import ExtractRules
from intake.model import DocText, Parsed
from intake.parse import parse
from tests.extracting import message, run


def _with_card(sender: str, subject: str, body: str, card: bytes, filename: str) -> tuple[Parsed, dict[str, DocText]]:
    """A message with a business card attached, and the card's text as the document reader gives it."""
    msg = EmailMessage()
    msg["From"] = sender
    msg["To"] = "gcmrrarabstates@iom.int"
    msg["Subject"] = subject
    msg["Message-ID"] = "<t@example.org>"
    msg.set_content(body)
    msg.add_attachment(card, maintype="text", subtype="vcard", filename=filename)
    return parse(msg.as_bytes()), {filename: DocText(filename, text=vcard_text(card))}


def test_the_speaker_in_the_card_attached(rules: ExtractRules) -> None:
    card = ("BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Dr Karim Oufkir\r\nORG:Association Tawasol pour les Migrants (ATM);Pôle "
            "numérique\r\nTITLE:Responsable du pôle numérique\r\nEND:VCARD\r\n").encode()
    parsed, docs = _with_card("Samir <samir@example.org>", "Intervenant table ronde III",
                              "Bonjour,\n\nL'ATM souhaite proposer son responsable du pôle numérique pour une prise de "
                              "parole dans la table ronde III. Ses coordonnées sont dans la fiche contact ci-jointe.\n\n"
                              "Samir\n", card, "Karim Oufkir.vcf")
    [speaker] = run(parsed, rules, language="fr", docs=docs).speakers
    assert (speaker.name, speaker.title, speaker.affiliation, speaker.roundtable) == (
        "Karim Oufkir", "Responsable du pôle numérique", "Association Tawasol pour les Migrants (ATM)", 3)


# Near miss: the sender's own card, beside a speaker the text names, is no speaker
def test_near_miss_the_senders_card_beside_a_named_speaker(rules: ExtractRules) -> None:
    card = b"BEGIN:VCARD\r\nFN:Thomas Whitfield\r\nTITLE:Head of Policy\r\nORG:Levant Alliance (LA)\r\nEND:VCARD\r\n"
    parsed, docs = _with_card("Thomas Whitfield <tw@example.org>", "Speaker request",
                              "Dear colleagues,\n\nWe would like to nominate Ms. Dalia Mansour, our Regional Director, for "
                              "a floor intervention in roundtable 4.\n\nSincerely,\nThomas Whitfield\nHead of Policy\n"
                              "Levant Alliance (LA)\n", card, "Thomas Whitfield.vcf")
    assert [s.name for s in run(parsed, rules, docs=docs).speakers] == ["Dalia Mansour"]


def test_the_full_name_given_apart_over_the_kunya_signed(rules: ExtractRules) -> None:
    body = ("السلام عليكم\n\nأنا منية، أم أيمن. وليدي خرج في البحر من 2018 وما عندي حتى خبر عليه، ونحب نحكي في المؤتمر.\n\n"
            "اسمي الكامل: منية بنت الطاهر الجلاصي، من صفاقس.\n\nربي يعيشكم\nأم أيمن")
    [speaker] = run(message(body, subject="نحب نحكي في المؤتمر"), rules, language="ar").speakers
    assert speaker.name == "منية بنت الطاهر الجلاصي"


def test_a_blessing_that_closes_the_letter_is_no_name(rules: ExtractRules) -> None:
    body = ("السلام عليكم\n\nأنا منية وأريد أن أتحدث في الجلسة العامة عن أبناء الأمهات المفقودين.\n\nوالله يوفقكم\nمنية الجلاصي")
    [speaker] = run(message(body), rules, language="ar").speakers
    assert speaker.name == "منية الجلاصي"


def test_a_stage_name_under_the_name_is_no_title(rules: ExtractRules) -> None:
    body = ("Bonsoir,\n\nEst-ce que je pourrais avoir quelques minutes pour dire un texte en plénière ?\n\nMerci,\n\n"
            "Fabrice Kouamé\nalias « Fab La Plume »\nSlameur\nCollectif Awalé Arts, Tunis")
    [speaker] = run(message(body), rules, language="fr").speakers
    assert (speaker.name, speaker.title, speaker.affiliation) == ("Fabrice Kouamé", "Slameur", "Collectif Awalé Arts")


def test_a_title_ends_where_what_the_person_did_begins(rules: ExtractRules) -> None:
    body = ("Hello team,\n\nCould you pls put down Dr. Amna Yousif for RT#2? She is our head of research and led the study "
            "on young people moving through Gedaref.\n\nThanks\nMohamed\n\n--\nMohamed Osman\nProgrammes Officer\n"
            "Sudanese Observatory for Migration (SOM)")
    [speaker] = run(message(body), rules).speakers
    assert (speaker.name, speaker.title, speaker.roles, speaker.roundtable) == (
        "Amna Yousif", "head of research", ("roundtable",), 2)


def test_one_more_name_added_while_the_others_stay(rules: ExtractRules) -> None:
    body = ("Hi again,\n\nA quick addition to my email below. Our board asked me to add one more name: Rana Khalil, Head "
            "Coach of the Women's Team. Rana would like to take part in the open discussion on 23 February.\n\nNabil's and "
            "Kofi's requests stay as they were.\n\nMany thanks,\nMaya\n\n> We would like to ask for two speaking slots: "
            "our president, Mr. Nabil Saad, for the plenary, and Kofi Mensah for roundtable 2.\n")
    [speaker] = run(message(body, subject="Re: Speaking request"), rules).speakers
    assert (speaker.name, speaker.title, speaker.roles) == ("Rana Khalil", "Head Coach of the Women's Team", ("open_discussion",))
