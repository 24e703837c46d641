"""intake.language: the sender's language from their own new text, with fallbacks."""

from __future__ import annotations

import pytest

from intake.language import detect, reply_languages
from intake.model import LanguageGuess, MessageParts
from intake.parse import parse
from intake.text import split, strip_prefixes
from tests.corpus import dev_labels


def test_dev_corpus_language_is_right_for_every_message() -> None:
    wrong = []
    labels = dev_labels()
    for label in labels:
        parsed = parse(label["path"].read_bytes())
        guess = detect(split(parsed.text), parsed.subject)
        if guess.language != label["language"]:
            wrong.append((label["file"], label["language"], guess))
    assert len(labels) == 60
    assert wrong == []


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Please find attached our voluntary report on the implementation of the Compact.", "en"),
        ("Veuillez trouver ci-joint notre rapport volontaire sur la mise en œuvre du Pacte.", "fr"),
        ("نرفق لكم التقرير الطوعي حول تنفيذ الاتفاق العالمي للهجرة.", "ar"),
        ("مرفق التقرير", "ar"),  # short, but Arabic script is exact
    ],
)
def test_clear_text_is_confident(text: str, language: str) -> None:
    guess = detect(MessageParts(new=text), "")
    assert (guess.language, guess.confident, guess.source) == (language, True, "text")
    assert guess.ranking[0] == language and sorted(guess.ranking) == ["ar", "en", "fr"]


def test_arabic_body_with_english_signature_and_disclaimer_is_arabic() -> None:
    parts = MessageParts(
        new="تحية طيبة، نرغب في المشاركة في النقاش المفتوح. الاسم: سامي العلي، المؤسسة: Levant Policy Institute (LPI)",
        signature="Sami Al-Ali\nSenior Researcher\nLevant Policy Institute\nwww.lpi.example.org",
        disclaimer="This e-mail and any attachments are confidential and intended solely for the addressee.",
    )
    guess = detect(parts, "Request to speak")
    assert (guess.language, guess.confident) == ("ar", True)


def test_arabic_note_over_unsplit_latin_signature_leads_with_arabic_but_is_unsure() -> None:
    new = "مرفق التقرير\nSara Ahmed\nProgramme Officer\nArab Network for Migration Rights and Development"
    guess = detect(MessageParts(new=new), "")
    assert guess.language == "ar" and not guess.confident


@pytest.mark.parametrize(
    ("text", "language"),
    [
        # an Arabic greeting formula over a French or English body, with an Arabic aside and closing: the body's language
        ("السلام عليكم ورحمة الله وبركاته\nتحية طيبة وبعد،\n\nMadame, Monsieur,\nNotre association souhaite proposer sa "
         "coordinatrice pour intervenir en table ronde 3.\nوقد ساهمت في إعداد الدراسة الوطنية.\nمع التحية،\nCordialement", "fr"),
        ("Hello, السلام عليكم\nOur network would like to propose its coordinator to speak in the plenary session, "
         "وخاصة حول العمال المنزليين.\nبارك الله فيكم\nBest regards", "en"),
    ],
)
def test_an_arabic_greeting_over_a_latin_body_keeps_the_bodys_language(text: str, language: str) -> None:
    assert detect(MessageParts(new=text), "").language == language


def test_near_miss_an_arabic_note_after_its_greeting_leads_with_arabic() -> None:
    new = "السلام عليكم\nمرفق التقرير الطوعي\nSara Ahmed\nProgramme Officer\nArab Network for Migration Rights and Development"
    guess = detect(MessageParts(new=new), "")
    assert guess.language == "ar" and not guess.confident


def test_quoted_text_does_not_count() -> None:
    parts = MessageParts(new="Merci, nous confirmons la participation de notre directrice.", quoted="On Tue, X wrote:\n> " + "Dear colleagues, please find the invitation attached. " * 20)
    assert detect(parts, "RE: Invitation: Regional Review").language == "fr"


def test_empty_text_falls_back_to_subject() -> None:
    guess = detect(MessageParts(new=""), "TR: Rapport volontaire d'examen du Pacte")
    assert (guess.language, guess.source) == ("fr", "subject")


def test_no_text_no_subject_falls_back_to_history_then_english() -> None:
    assert detect(MessageParts(new=""), "RE:", history="fr") == LanguageGuess("fr", True, "history", ("fr", "en", "ar"))
    guess = detect(MessageParts(new="  2021  "), "")
    assert (guess.language, guess.confident, guess.source) == ("en", False, "default")


def test_unsure_text_yields_to_history_and_stays_unsure_when_they_disagree() -> None:
    guess = detect(MessageParts(new="Merci"), "", history="en")
    assert (guess.language, guess.confident, guess.source) == ("en", False, "history")
    assert guess.ranking[:2] == ("en", "fr")


def test_unsure_text_confirmed_by_subject_is_confident() -> None:
    guess = detect(MessageParts(new="Merci"), "Demande d'intervention pour la table ronde")
    assert (guess.language, guess.confident, guess.source) == ("fr", True, "text")


def test_unsure_guess_replies_in_all_three_languages_likeliest_first() -> None:
    guess = detect(MessageParts(new="Thanks"), "")
    assert not guess.confident
    assert reply_languages(guess)[0] == "en" and sorted(reply_languages(guess)) == ["ar", "en", "fr"]
    assert reply_languages(LanguageGuess("fr", True, "text", ("fr", "en", "ar"))) == ("fr",)


def test_detection_is_deterministic() -> None:
    parts = MessageParts(new="Bonjour, voici notre rapport. Thank you.")
    assert len({detect(parts, "") for _ in range(5)}) == 1


@pytest.mark.parametrize(
    ("subject", "stripped"),
    [("RE: Fwd: Report", "Report"), ("RE : TR : Rapport", "Rapport"), ("رد: طلب مداخلة", "طلب مداخلة"), ("Rejoinder", "Rejoinder")],
)
def test_strip_prefixes(subject: str, stripped: str) -> None:
    assert strip_prefixes(subject) == stripped


# A reply or a forward with nothing new but a signature: its subject repeats someone else's words (our invitation's),
# the signature is the sender's own
@pytest.mark.parametrize(("signature", "language"), [
    ("د. منى عبد الرحمن\nمديرة البرامج\nالمبادرة المصرية لحقوق المهاجرين", "ar"),
    ("Aïcha Benali\nChargée de programmes\nAssociation marocaine d'aide aux migrants", "fr"),
    ("Grace Wanjiru\nProgramme Officer\nKenyan Diaspora Network", "en"),
])
@pytest.mark.parametrize("subject", ["Re: Invitation: Regional Review of the GCM in the Arab Region",
                                     "TR: Invitation à l'examen régional du PMM"])
def test_a_reply_with_only_a_signature_speaks_the_signatures_language(signature: str, language: str,
                                                                      subject: str) -> None:
    guess = detect(MessageParts(new="", signature=signature), subject)
    assert (guess.language, guess.confident, guess.source) == (language, True, "signature")


def test_near_miss_a_subject_the_sender_wrote_still_decides() -> None:
    signature = "د. منى عبد الرحمن\nمديرة البرامج\nالمبادرة المصرية لحقوق المهاجرين"
    guess = detect(MessageParts(new="", signature=signature), "Voluntary GCM review report of our organisation")
    assert (guess.language, guess.source) == ("en", "subject")


@pytest.mark.parametrize(
    "text",
    [
        # Levantine and Maghrebi Arabic typed in Latin letters, digits for the letters Latin lacks
        "mar7aba, ana esmi Layla men Saida. 7abbeyt 2ello enno badna nesh2arek bel mo2tamar, shukran ktir",
        "salam 3likom, bghit n3ref wach n9der nsift lkom ra2y dyalna ghedda, baraka lah fikom",
        "ahlan, bde sajjel esm zamilti Hala bel jalse el 3amme, ma3 shukran",  # short: two such words
    ],
)
def test_arabizi_is_arabic(text: str) -> None:
    guess = detect(MessageParts(new=text), "")
    assert (guess.language, guess.confident) == ("ar", True)


@pytest.mark.parametrize(
    ("text", "language"),
    [
        # ordinals, times, units and codes hold digits inside words too, and are no Arabizi
        ("Our director will join the 3rd roundtable at 9am on the 2nd floor, room B2; slides in A3, CO2 figures, MP3 audio.", "en"),
        ("Notre directrice interviendra à la 3e table ronde à 9h, salle B2, 2e étage ; affiches A3, bilan CO2, fichier MP3.", "fr"),
    ],
)
def test_ordinals_times_and_codes_are_no_arabizi(text: str, language: str) -> None:
    assert detect(MessageParts(new=text), "").language == language


@pytest.mark.parametrize(
    "text",
    [
        # one Arabizi word and one line in Arabic script: each alone too little, together an Arabic speaker
        "marhaba ya jamaa\nba3atna el esm taa el moutakallim min youm el jomaa w ma fi jawab lhad daba.\nهل وصل الطلب؟ شكرا",
        "Salut, 3andi soual: wach el formulaire wsal?\nنحتاج رابط الاجتماع\nmerci bien",
    ],
)
def test_arabizi_with_an_arabic_line_is_arabic(text: str) -> None:
    assert detect(MessageParts(new=text), "").language == "ar"


@pytest.mark.parametrize(
    ("text", "language"),
    [
        # an Arabic line in a Latin-script message with no Arabizi (the 3rd, 9am are none) leads with the Latin language
        ("Dear team, our director will join the 3rd roundtable at 9am and would like the Zoom link.\nمع الشكر", "en"),
        ("Chère équipe, notre directrice rejoindra la 3e table ronde à 9h et souhaite recevoir le lien.\nمع الشكر", "fr"),
    ],
)
def test_near_miss_an_arabic_line_without_arabizi_keeps_the_latin_language(text: str, language: str) -> None:
    assert detect(MessageParts(new=text), "").language == language


def test_with_history_is_detect_with_the_history_for_every_message() -> None:
    from intake.language import with_history
    from tests.corpus import TUNING

    paths = [label["path"] for label in dev_labels()] + sorted(TUNING.glob("*.eml"))
    seen = set()
    for path in paths:
        parsed = parse(path.read_bytes())
        parts = split(parsed.text)
        for subject in (parsed.subject, "", "Re: " + parsed.subject, "Demande d'intervention"):
            alone = detect(parts, subject, None)
            for history in ("ar", "en", "fr"):
                expected = detect(parts, subject, history)
                assert with_history(alone, history) == expected, (path.name, subject, history)
                seen.add((alone.source, alone.confident, expected.confident))
    for text in ("", "ok", "Merci", "Merci beaucoup", "Thanks 3alaykom", "Thank you, شكرا", "Bien reçu"):
        for subject in ("", "Re: report", "Rapport"):
            alone = detect(MessageParts(new=text), subject)
            for history in ("ar", "en", "fr"):
                expected = detect(MessageParts(new=text), subject, history)
                assert with_history(alone, history) == expected, (text, subject, history)
                seen.add((alone.source, alone.confident, expected.confident))
    # every unsure way detect ends is met: an unsure text the history confirms or not, the default
    assert {("text", False, True), ("text", False, False), ("default", False, True)} <= seen, seen


def test_lingua_reads_a_long_text_only_as_far_as_it_needs(monkeypatch: pytest.MonkeyPatch) -> None:
    """Lingua's time grows with the text; a long letter is told from its first few hundred characters, whole words."""
    from intake import language

    read: list[str] = []
    detector = language._detector()

    class Recording:
        def compute_language_confidence_values(self, text: str) -> object:
            read.append(text)
            return detector.compute_language_confidence_values(text)

    monkeypatch.setattr(language, "_detector", Recording)
    letter = "Nous avons l'honneur de vous transmettre le rapport volontaire de notre association. " * 60
    guess = detect(MessageParts(new=letter), "Rapport volontaire")
    assert (guess.language, guess.confident) == ("fr", True)
    assert read and all(len(text) <= language.LINGUA_CHARS and not text.endswith(" ") for text in read)
    assert letter.startswith(read[0] + " ")  # the letter's opening, cut between two words


def test_a_sure_arabic_text_is_not_read_for_english_or_french(monkeypatch: pytest.MonkeyPatch) -> None:
    from intake import language

    def unused() -> object:
        raise AssertionError("lingua asked about a text whose script already says Arabic")

    monkeypatch.setattr(language, "_detector", unused)
    guess = detect(MessageParts(new="نود ترشيح السيدة ليلى حداد للمشاركة في الطاولة المستديرة الثانية.\nLeila Haddad, MSc"), "")
    assert (guess.language, guess.confident, guess.ranking) == ("ar", True, ("ar", "en", "fr"))
