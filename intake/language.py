"""The sender's language (ar, en or fr), which is the language of the acknowledgement.

This module's sole job is to read what the sender wrote now (MessageParts.new: never quotes,
signatures or disclaimers, which are often in another language than the message) and say which
of the three campaign languages it is in, and how sure it is. Arabic is told by its script, which
is exact, or by Arabizi (Arabic in Latin letters with digits for letters: "mar7aba"); English and French
are told apart by lingua (restricted to ar/en/fr), which benchmarks/language_compare.py found more
accurate than langdetect on short texts. When the new text says nothing, the subject decides (but a
reply's or a forward's subject repeats someone else's words: the sender's own signature goes before it),
then the sender's earlier language, then English. An unsure guess (confident=False) makes the
acknowledgement carry all three languages. Pure.
"""

from __future__ import annotations

import re
from functools import cache

from lingua import Language, LanguageDetector, LanguageDetectorBuilder

from intake.model import LANGUAGES, LanguageGuess, MessageParts
from intake.text import strip_prefixes

_LINGUA = {Language.ARABIC: "ar", Language.ENGLISH: "en", Language.FRENCH: "fr"}
_DEFAULT_RANKING = ("en", "ar", "fr")  # English first when nothing is known (the letter's lingua franca)

# Things that carry no language: addresses, links, file names, our reference tags, numbers.
_NOISE = re.compile(
    r"""\S+@\S+                               # e-mail addresses
      | (?:https?://|www\.)\S+                # links
      | \b[\w.-]+\.(?:pdf|docx?|odt|rtf|xlsx?|pptx?|jpe?g|png|zip)\b  # file names
      | \[[^\]]{0,40}\]                       # tags such as [GCM-AR-0042]
      | [\d\u0660-\u0669\u06f0-\u06f9]+       # Western, Arabic-Indic and Persian digits
    """,
    re.IGNORECASE | re.VERBOSE,
)
_ARABIC = re.compile(r"[\u0600-\u06ff\u0750-\u077f\u08a0-\u08ff\ufb50-\ufdff\ufe70-\ufeff]")

# Thresholds, tuned on short texts (see benchmarks/language_compare.py).
MIN_LETTERS = 4  # fewer letters than this is no evidence at all
SURE_LETTERS = 15  # Latin text shorter than this is never "confident" on its own
SURE_SCORE = 0.75  # lingua's relative confidence needed for a confident en/fr call
LINGUA_CHARS = 400  # lingua reads this much of a text: its time grows with the length, its answer settles long before
ARABIC_SHARE = 0.5  # mainly Arabic script: Arabic
ARABIC_MIXED = 0.1  # some Arabic: Arabic (unsure) when the message opens in Arabic
ARABIZI_WORDS = 2  # distinct Arabizi words needed to call Latin text Arabic (none in 4,159 messages has even 2 by chance)
ARABIZI_SHARE = 0.1  # ... and the share of the text's words they must make

# Arabizi: Arabic typed in Latin letters, with digits for the sounds Latin lacks (2 = ء, 3 = ع, 5 = خ, 7 = ح, 9 = ق):
# "3alaykom", "mar7aba", "nesha2rek", "ba3ref". A digit inside a word, or opening one that goes on in letters, is
# hardly ever English or French; ordinals, times and units ("3e", "2nd", "7th", "9am", "3pm", "5km", "2mo") and
# codes ("A3", "G7", "B2", "CO2", "MP3", "B2B") are the exceptions that look alike, and are left out.
# (a whole word as _WORD finds words: nothing of [a-z0-9] on either side)
_ARABIZI = re.compile(r"(?<![a-z0-9])(?:[a-z]+[23579][a-z]*|[23579][a-z]{2,})(?![a-z0-9])")
_NOT_ARABIZI = re.compile(r"^(?:\d+(?:e|er|re|eme|nd|rd|th|st|am|pm|h|km|kg|mo|mb|gb|ko|kb)|[a-z]\d|[a-z]2[a-z]|co2|mp3|h2o)$")
_WORD = re.compile(r"[a-z0-9]+")


@cache
def _detector() -> LanguageDetector:
    # Built once per process. Low-accuracy mode (trigram models) holds ~7 MB instead of ~88 MB and,
    # on the dev corpus's short texts, still beats langdetect (370 vs 362 right; full mode 375):
    # see benchmarks/language_compare.py. The memory target (300 MB with a 20 MB attachment) decides.
    return LanguageDetectorBuilder.from_languages(*_LINGUA).with_low_accuracy_mode().build()


def _clean(text: str) -> str:
    return _NOISE.sub(" ", text)


def _letters(text: str) -> tuple[int, int]:
    """(Arabic-script letters, other letters) in a text."""
    arabic = len(_ARABIC.findall(text))
    return arabic, sum(map(str.isalpha, text)) - arabic


# Arabic greeting formulas, which open French and English messages as often as Arabic ones ("السلام عليكم" over
# "Madame, Monsieur,", "Bonjour, السلام عليكم"): they say nothing of the language the message goes on in.
_ARABIC_GREETING = re.compile(r"(?:ال)?سلام عليكم(?:\s+ورحم[ةه] الله(?:\s+وبركات[هة])?)?|تحي[ةه] طيب[ةه](?:\s+وبعد)?"
                              r"|مرحبا|صباح الخير|مساء الخير")


def _opens_in_arabic(text: str) -> bool:
    """True when the first line with words, greeting formulas aside, is mainly Arabic (the message comes before any
    signature)."""
    lines = (_ARABIC_GREETING.sub(" ", ln) for ln in text.splitlines())
    first = next((ln for ln in lines if sum(map(str.isalpha, ln)) >= 3), "")
    arabic, other = _letters(first)
    return arabic > other


def _arabizi(text: str) -> tuple[int, int]:
    """(distinct Arabizi words, words) in a text: words with digits for letters, addresses and links aside."""
    # addresses and links carry no language, and their letters and digits would look like Arabizi; the tokens left are
    # read at once, joined by a space, which is no word's letter
    kept = " ".join(t for t in text.lower().split() if "@" not in t and "://" not in t and not t.startswith("www."))
    arabizi = {w for w in _ARABIZI.findall(kept) if not _NOT_ARABIZI.match(w)}
    return len(arabizi), len(_WORD.findall(kept))


def _is_arabizi(arabizi: int, words: int) -> bool:
    """True when Latin-script text is Arabic written in Arabizi (enough words with digits for letters)."""
    return arabizi >= ARABIZI_WORDS and arabizi >= ARABIZI_SHARE * words


def _latin_scores(text: str) -> list[tuple[str, float]]:
    """Lingua's ranking and confidences for a text, read up to LINGUA_CHARS (cut after a whole word).

    Lingua takes about 0.6 microseconds a character (1.2 ms for 2,000); reading only the first 400 changed the
    language of none of the 6,668 labelled messages (tests/data and the dev corpus).
    """
    if len(text) > LINGUA_CHARS:
        cut = text.rfind(" ", 0, LINGUA_CHARS)
        text = text[:cut if cut > LINGUA_CHARS // 2 else LINGUA_CHARS]
    values = _detector().compute_language_confidence_values(text)
    return [(_LINGUA[v.language], v.value) for v in values]


def _guess(text: str) -> tuple[tuple[str, ...], bool] | None:
    """Ranking and confidence for one text, or None when it holds too few letters to tell."""
    raw, text = text, _clean(text)
    arabic, other = _letters(text)
    if arabic + other < MIN_LETTERS:
        return None
    share = arabic / (arabic + other)
    if share >= ARABIC_SHARE or (share >= ARABIC_MIXED and _opens_in_arabic(text)):
        # Script is exact: a message written mainly in Arabic (names, acronyms and addresses in
        # Latin letters notwithstanding) is Arabic, however short. One that opens in Arabic and
        # goes on in Latin letters is likely an Arabic note over an unsplit Latin signature, but
        # could be an Arabic greeting over an English message: Arabic first, unsure.
        sure = arabic >= MIN_LETTERS and share >= ARABIC_SHARE
        # The order of English and French after a sure Arabic only matters to an unsure guess: not asked for then.
        latin = (["en", "fr"] if sure or other < MIN_LETTERS
                 else [lang for lang, _ in _latin_scores(_ARABIC.sub(" ", text))])
        ranking = ("ar", *[lang for lang in latin if lang != "ar"])
        return ranking, sure
    scores = [(lang, value) for lang, value in _latin_scores(_ARABIC.sub(" ", text) if arabic else text) if lang != "ar"]
    ranking = tuple(lang for lang, _ in scores)
    # Read on the text as written, digits and all (the noise is cleaned of them); only Latin script needs it.
    arabizi_words, words = _arabizi(raw)
    if _is_arabizi(arabizi_words, words):
        # Arabic in Latin letters: lingua reads it as French or English, but the writer speaks Arabic.
        return ("ar", *ranking), True
    if arabic and arabizi_words:
        # Arabizi with a line in Arabic script ("ma wasalna ay rad" then "هل وصلكم الطلب؟", one "3alaikum"): each alone
        # is too little, together they are an Arabic speaker; unsure, so an Arabic subject or history can confirm it.
        return ("ar", *ranking), False
    if arabic:
        # Some Arabic in a Latin-script message: Arabic is the runner-up, and we are not sure.
        return (ranking[0], "ar", *ranking[1:]), False
    confident = other >= SURE_LETTERS and scores[0][1] >= SURE_SCORE
    return (*ranking, "ar"), confident


def _complete(ranking: tuple[str, ...]) -> tuple[str, ...]:
    out = list(dict.fromkeys(ranking))
    return tuple(out + [lang for lang in _DEFAULT_RANKING if lang not in out])


def detect(parts: MessageParts, subject: str, history: str | None = None) -> LanguageGuess:
    """Guess the sender's language from their new text, then the subject, history, English."""
    history = history if history in LANGUAGES else None
    text = _guess(parts.new)
    if text is not None and text[1]:
        return LanguageGuess(text[0][0], True, "text", _complete(text[0]))
    bare = strip_prefixes(subject)
    if text is None and bare != subject.strip() and (sig := _guess(parts.signature)) is not None and sig[1]:
        return LanguageGuess(sig[0][0], True, "signature", _complete(sig[0]))
    subj = _guess(bare)
    if text is not None:
        lean = text[0][0]
        # Unsure text: the subject or the sender's history may confirm it.
        if subj is not None and subj[1] and subj[0][0] == lean:
            return LanguageGuess(lean, True, "text", _complete(text[0]))
        if history is not None:
            return LanguageGuess(history, history == lean, "history", _complete((history, *text[0])))
        return LanguageGuess(lean, False, "text", _complete(text[0]))
    if subj is not None and subj[1]:
        return LanguageGuess(subj[0][0], True, "subject", _complete(subj[0]))
    if history is not None:
        return LanguageGuess(history, True, "history", _complete((history, *(subj[0] if subj else ()))))
    if subj is not None:
        return LanguageGuess(subj[0][0], False, "subject", _complete(subj[0]))
    return LanguageGuess("en", False, "default", _DEFAULT_RANKING)


def with_history(guess: LanguageGuess, history: str) -> LanguageGuess:
    """What `detect` gives with the sender's earlier language for the message it gave `guess` without one.

    Only an unsure guess can change (detect reads the history after every confident answer), and the
    history then leads: confirmed by an unsure text that leans the same way, and sure when the text said
    nothing (its subject or the default only). Saves the service detecting a worker's text again.
    """
    if guess.confident or history not in LANGUAGES:
        return guess
    sure = guess.source != "text" or guess.language == history
    return LanguageGuess(history, sure, "history", _complete((history, *guess.ranking)))


def reply_languages(guess: LanguageGuess) -> tuple[str, ...]:
    """The languages of the acknowledgement: the guess alone when sure, else all three, likeliest first."""
    return (guess.language,) if guess.confident else _complete((guess.language, *guess.ranking))
