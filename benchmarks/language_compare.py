"""Compare langdetect and lingua on the dev corpus: full new text and short texts.

Usage (from the repository root):  /tmp/venv/bin/python benchmarks/language_compare.py

Each detector is restricted to ar/en/fr (langdetect with a fixed seed, as in
notes/mail-stack.md 3.3). Both see the same inputs: the sender's new text (intake.text.split),
its first 3 and 6 words, the subject without reply prefixes, and each line of 3+ words of the
English and French messages (Arabic is told by its script in intake.language, not by either). Short texts are what decides:
the full texts are easy for both. The last line scores intake.language.detect end to end.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from langdetect.detector_factory import PROFILES_DIRECTORY, DetectorFactory  # noqa: E402
from langdetect.lang_detect_exception import LangDetectException  # noqa: E402
from lingua import Language, LanguageDetectorBuilder  # noqa: E402

from intake.language import detect, strip_prefixes  # noqa: E402
from intake.parse import parse  # noqa: E402
from intake.text import split  # noqa: E402
from tests.corpus import dev_labels  # noqa: E402


def langdetect_detector() -> Callable[[str], str]:
    factory = DetectorFactory()
    factory.set_seed(0)
    profiles = []
    for lang in ("ar", "en", "fr"):
        with open(os.path.join(PROFILES_DIRECTORY, lang), encoding="utf-8") as fh:
            profiles.append(fh.read())
    factory.load_json_profile(profiles)

    def run(text: str) -> str:
        d = factory.create()
        d.append(text)
        try:
            return d.detect()
        except LangDetectException:
            return "en"

    return run


def lingua_detector(low_accuracy: bool = False) -> Callable[[str], str]:
    names = {Language.ARABIC: "ar", Language.ENGLISH: "en", Language.FRENCH: "fr"}
    builder = LanguageDetectorBuilder.from_languages(*names)
    detector = (builder.with_low_accuracy_mode() if low_accuracy else builder).build()

    def run(text: str) -> str:
        found = detector.detect_language_of(text)
        return names[found] if found else "en"

    return run


def main() -> None:
    samples: dict[str, list[tuple[str, str]]] = {
        "new text": [],
        "first 6 words": [],
        "first 3 words": [],
        "subject": [],
        "en/fr lines": [],
    }
    end_to_end = 0
    labels = dev_labels()
    for label in labels:
        parsed = parse(label["path"].read_bytes())
        parts = split(parsed.text)
        words = parts.new.split()
        gold = label["language"]
        samples["new text"].append((parts.new, gold))
        samples["first 6 words"].append((" ".join(words[:6]), gold))
        samples["first 3 words"].append((" ".join(words[:3]), gold))
        samples["subject"].append((strip_prefixes(parsed.subject), gold))
        if gold != "ar":
            # Every line of 3+ words: greetings, labelled fields, sentences; what short mail looks like.
            samples["en/fr lines"] += [(line, gold) for line in parts.new.splitlines() if len(line.split()) >= 3]
        end_to_end += detect(parts, parsed.subject).language == gold
    detectors = {"langdetect": langdetect_detector(), "lingua": lingua_detector(),
                 "lingua-low": lingua_detector(low_accuracy=True)}
    print(f"{'input':<14} {'n':>3}  " + "  ".join(f"{name:>10}" for name in detectors))
    totals = dict.fromkeys(detectors, 0)
    for kind, rows in samples.items():
        rows = [(text, gold) for text, gold in rows if text.strip()]
        cells = []
        for name, run in detectors.items():
            right = sum(run(text) == gold for text, gold in rows)
            totals[name] += right if kind != "new text" else 0
            cells.append(f"{right / len(rows):>10.1%}")
        print(f"{kind:<14} {len(rows):>3}  " + "  ".join(cells))
    print("short texts (right answers): " + ", ".join(f"{k} {v}" for k, v in totals.items()))
    print(f"intake.language.detect end to end: {end_to_end}/{len(labels)}")


if __name__ == "__main__":
    main()
