"""A speaker's name in the form the message writes it: in the script of an Arabic message ("Mahlet Tesfaye" in the
From line, "انا اسمي ماهلت تسفاي" in the body), and in full when the message writes the same person's name once with
a middle name or nasab ("ريم الزعبي" in the body, "ريم عدنان الزعبي" signed; "Ram Gurung", "Ram Bahadur Gurung").

Two people who only share a family name ("Sara Haddad", "Omar Haddad") are never merged: the fuller form must open
with the same given name and close with the same family name.
"""

from __future__ import annotations

import re
import unicodedata
from difflib import SequenceMatcher

from intake.extract_prose import name_tokens
from intake.extract_rules import ARABIC, ExtractRules
from intake.extract_values import Cand, latin_full_name, split_honorific
from intake.folding import Folded, fold

# Arabic letters as the consonant a Latin spelling writes for them; long vowels, hamza seats, ain and ta marbuta
# have no reliable Latin letter and are left out (as the Latin vowels are)
_AR_CONSONANTS = dict(zip("بتثجحخدذرزسشصضطظغفقكلمنه", "bttjhkddrzsssdtzjfkklmnh", strict=True))
# Latin digraphs for one Arabic consonant ("sh", "kh", "dj"), then single letters read as the same class
_LATIN_DIGRAPHS = (("sh", "s"), ("ch", "s"), ("kh", "k"), ("th", "t"), ("dh", "d"), ("gh", "j"), ("dj", "j"),
                   ("ph", "f"))
_LATIN_CLASS = str.maketrans({"q": "k", "g": "j", "p": "b", "v": "f", "x": "k"})
_SOFT_C = re.compile(r"c(?=[eiy])")
_LATIN_ARTICLE = re.compile(r"(?<!\S)(?:al|el)(?:[ -]+|(?=-))", re.IGNORECASE)
_INITIAL = re.compile(r"(?<!\S)\w\.(?!\S)")
# the least share of consonants two spellings must have in common to be one name written in two scripts
_SAME_SOUND = 0.8


def _collapsed(letters: str) -> str:
    return re.sub(r"(.)\1+", r"\1", letters)


def _arabic_skeletons(name: str) -> set[str]:
    """The consonants of an Arabic name, with and without the article its words open with (a Latin spelling may
    write "الشاوش" as "Chaouch", "النسور" as "Al Nsour")."""
    bare = " ".join(w[2:] if w.startswith("ال") and len(w) > 3 else w for w in name.split())
    return {_collapsed("".join(_AR_CONSONANTS.get(ch, "") for ch in n)) for n in (name, bare)}


def _latin_skeletons(name: str) -> set[str]:
    """The consonants of a Latin name as classes of Arabic letters, with and without an article "Al", "El-"."""
    bare = _LATIN_ARTICLE.sub("", name)
    return {_latin_skeleton(n) for n in (name, bare)}


def _latin_skeleton(name: str) -> str:
    low = "".join(ch for ch in unicodedata.normalize("NFD", name.lower()) if not unicodedata.combining(ch))
    for digraph, one in _LATIN_DIGRAPHS:
        low = low.replace(digraph, one)
    low = _SOFT_C.sub("s", low).replace("c", "k").translate(_LATIN_CLASS)
    return _collapsed(re.sub(r"[^bdfhjklmnrstz]", "", low))


def _all_name(phrase: str, rules: ExtractRules) -> bool:
    """Whether every word of a phrase is a name word (no title, organisation, stop word or "and ...")."""
    words = phrase.split()
    return name_tokens(phrase, rules)[0] == phrase and not any(
        w.startswith("و") and fold(w) not in rules.waw_names for w in words[1:])


def _arabic_form(name: str, text: str, rules: ExtractRules) -> str | None:
    """The Arabic words of the text that spell the Latin `name` (the longest of the closest), if any."""
    targets = {t for t in _latin_skeletons(name) if len(t) >= 3}
    if not targets or any(len(w.strip(".")) < 2 for w in name.split()):
        return None  # ("Youssef K": a name cut to an initial is no spelling to match)
    best: tuple[float, int, str] | None = None
    for line in text.split("\n"):
        words = [w.strip(".,،;:!?()[]«»\"'") for w in line.split()]
        for i in range(len(words)):
            for n in range(2, 6):
                phrase = " ".join(words[i : i + n])
                if len(words[i : i + n]) < n or not all(ARABIC.match(w) for w in words[i : i + n]):
                    break
                ratio = max(_alike(a, t) for a in _arabic_skeletons(phrase) for t in targets)
                if ratio >= _SAME_SOUND and _all_name(phrase, rules) and (best is None or (ratio, n) > best[:2]):
                    best = (ratio, n, phrase)
    return best[2] if best else None


def _alike(a: str, b: str) -> float:
    """How alike two consonant skeletons are (difflib's ratio), 0 when its cheap upper bounds already fall short:
    an Arabic message is read phrase by phrase, and most phrases are no spelling of the name."""
    sm = SequenceMatcher(None, a, b)
    if sm.real_quick_ratio() < _SAME_SOUND or sm.quick_ratio() < _SAME_SOUND:
        return 0.0
    return sm.ratio()


def _fullest(name: str, ft: Folded, rules: ExtractRules) -> str:
    """The name with the one or two more middle words the text writes it with elsewhere, when it writes one such
    form."""
    words = fold(name).split()
    if len(words) < 2 or _INITIAL.search(name):
        return name  # ("Amina J. Yusuf": the middle name is written, as an initial)
    middle = len(words) - 2
    pattern = rf"(?<!\w){re.escape(words[0])}(?:[ \t]+[^\s,،;:.()]+){{{middle + 1},{middle + 2}}}?[ \t]+{re.escape(words[-1])}(?!\w)"
    found = [ft.slice(m.start(), m.end()) for m in re.finditer(pattern, ft.text)]
    # (the fuller form keeps each word of the name: "محمد علي الجبوري" is not "محمد حسن كاظم الجبوري")
    fuller = [f for f in found if _all_name(f, rules) and _keeps(words, fold(f).split())]
    if len({fold(f) for f in fuller}) != 1:
        return name
    # written in capitals and not ("HAIDAR X" as in the passport, then "Dr. Haidar X"): as a name is written, the same
    # whatever the hash seed
    return next((f for f in fuller if not f.isupper()), fuller[0])


def _given_name_before(name: str, ft: Folded, rules: ExtractRules) -> str:
    """A name written as a form of address, an honorific and the family name ("Mme Diop Faye est aujourd'hui ...", "Dr.
    Raghunathan would ..."), with the given name the text writes before it elsewhere, when it writes one such form
    ("le mémoire de Rokhaya Diop Faye"): the name as it would be listed."""
    words = fold(name).split()
    spelt = r"[ \t]+".join(map(re.escape, words))
    pattern = rf"(?<!\S)([^\W\d_][\w\x27’-]+)[ \t]+{spelt}(?!\w)"
    # (no word of a form of address: "His Eminence Antoine Saad" gives no given name "Eminence")
    fuller = {f"{given} {name}" for m in re.finditer(pattern, ft.text)
              if (given := ft.slice(m.start(1), m.end(1)))[:1].isupper() and fold(given) not in rules.address_words
              and not split_honorific(given, rules)[0] and _all_name(f"{given} {name}", rules)}
    return fuller.pop() if len(fuller) == 1 else name


def _keeps(words: list[str], longer: list[str]) -> bool:
    """Whether `longer` has each of `words`, in the same order."""
    it = iter(longer)
    return all(w in it for w in words)


def names_as_written(cands: list[Cand], text: str, language: str, rules: ExtractRules) -> list[str | None]:
    """Each speaker's name in the script of an Arabic message, and in the fullest form the text writes it (a form
    another speaker has is left to them)."""
    if not cands:
        return []  # (nothing to fold the text for: most messages propose no one)
    out: list[str | None] = []
    ft = Folded(text)  # (folded once: a long thread costs as much to fold as the rest of this)
    for c in cands:
        name = c.name
        # (a name the sender writes under a label or in a table, "Name: Dr. Mona X", is the form they ask for)
        if name and language == "ar" and not ARABIC.search(name) \
                and c.prov.get("name") in ("display_name", "signature"):
            name = _arabic_form(name, text, rules) or name
        name = name and _fullest(name, ft, rules)
        if name and c.honorific and name == c.name:
            name = _given_name_before(name, ft, rules)
        taken = any(o is not c and o.name and fold(o.name) == fold(name or "") for o in cands)
        out.append(c.name if taken else name)
    return out


# A person's name written all in lower case ("maya sfeir", "ram bahadur gurung") is read as a name only where the
# context says it is one: alone on a line (the sender signing), after the sender giving their name (the rules' self_naming:
# "my name is", "je m'appelle"), when the From line spells the same words; or in a name field ("name: ...",
# any of the rules' name labels).
_LOWER_WORDS = re.compile(r"[a-zß-öø-ÿ][a-zß-öø-ÿ\x27’-]*(?:[ \t]+[a-zß-öø-ÿ][a-zß-öø-ÿ\x27’-]*)*")
# the longest lower-case name read: a given name, two middle names or nasab, a family name
_MOST_WORDS = 4


def _capitalised(words: tuple[str, ...], rules: ExtractRules) -> str:
    """Lower-case words as a name is written: each capitalised, a particle as it is ("youssef el amrani": "Youssef el
    Amrani", "al-najjar": "al-Najjar")."""
    def cap(w: str) -> str:
        return "-".join(p if fold(p) in rules.particles else p[:1].upper() + p[1:] for p in w.split("-"))
    return " ".join(w if fold(w) in rules.particles else cap(w) for w in words)


def _sender_spells(word: str, from_name: str, from_addr: str) -> bool:
    """Whether the From line spells a word: a word of its display name, or part of its address ("mayasfeir.writes")."""
    w = fold(word)
    local = re.sub(r"[^a-z]", "", fold(from_addr.partition("@")[0]))
    return w in fold(from_name).split() or (len(w) >= 3 and w in local)


def _sender_name_run(words: list[str], from_name: str, from_addr: str, rules: ExtractRules) -> list[str]:
    """The longest run of 2 to 4 words opening `words` whose first and last (a particle aside) the From line spells
    ("ram bahadur gurung chairman ..." under "Ram Gurung"); [] when none."""
    spelt = [fold(w) not in rules.particles and _sender_spells(w, from_name, from_addr) for w in words[:_MOST_WORDS]]
    if not spelt or not spelt[0]:
        return []
    last = max(i for i, s in enumerate(spelt) if s)
    return words[: last + 1] if last >= 1 else []


def _plain_name(words: list[str], rules: ExtractRules) -> bool:
    """Whether words in a name field can be a name: 2 to 4 words, no post, body, place or event word."""
    f = " ".join(fold(w) for w in words)
    return 2 <= len(words) <= _MOST_WORDS and not (rules.title_words.hits(f) or rules.org_words.hits(f)
                                                   or rules.places.hits(f) or any(fold(w) in rules.not_name for w in words))


_ELIDED = re.compile(r"((?:[ld]['’])?)(\w)")  # a word's first letter, after the French "l'", "d'" it may open with


# "the first is amal haddad she is ...", "la deuxième c'est salma gharbi elle est ...": speakers presented by their rank,
# as speech typed without capitals or commas gives them; the name is the lower-case words between the rank's verb and
# the pronoun that goes on to describe the person
_RANK_IS = re.compile(r"(?<![\w'’])(?:first|second|third|fourth|premier|premi[eè]re|deuxi[eè]me|seconde?|troisi[eè]me"
                      r"|quatri[eè]me)(?:[ \t]+(?:one|speaker|person|nominee|intervenante?|oratrice|orateur))?"
                      r"[ \t]+(?:is|will be|c['’]est|est|sera)[ \t]+(?=[a-z])")
_DESCRIBED = re.compile(r"(?:he|she|who|il|elle|qui)[ \t]+(?:is|will be|est|sera)\b")


# "our general secretary fatima yusuf abubakar to speak", "notre coordinatrice aïcha diallo pour intervenir": a post
# after a possessive (rules.possessive_post), then a lower-case name; the name ends at the end of the run of lower-case
# words or before one of rules.after_name, which go on with the sentence
def _post_then_name(words: list[str], rules: ExtractRules) -> tuple[int, int] | None:
    """(start, end) of the name in lower-case words that open with a post ("general secretary fatima yusuf abubakar
    to ..."): the post 1 to 3 words, ending on a post word (the words before it qualify it: "general", "deputy");
    the name 2 to 4 words, closing the run or followed by a word that goes on with the sentence."""
    for k in range(1, 4):
        if k >= len(words) or not rules.title_words.has(fold(words[k - 1])):
            continue
        for n in range(_MOST_WORDS, 1, -1):
            end = k + n
            if end <= len(words) and (end == len(words) or fold(words[end]) in rules.after_name) \
                    and _plain_name(words[k:end], rules) and not any(fold(w) in rules.after_name for w in words[k:end]) \
                    and fold(words[k]) not in rules.acronym_links | rules.particles and not _ELIDED.match(words[k])[1]:
                # (not the rest of the post: "chargée de plaidoyer", "coordinatrice de l'accueil des réfugiés")
                return k, end
    return None


def _spelled_lower_case_body(text: str, rules: ExtractRules) -> list[tuple[int, int, str]]:
    """Organisations written in lower case before their acronym, lower case too ("the nigerian students association
    in egypt (nisa)"), whose words spell the acronym once capitalised: (start, end, the name as written in capitals,
    "Nigerian Students Association in Egypt (NISA)")."""
    out = []
    for m in re.finditer(r"\(([a-z]{2,8})\)", text):
        run = re.search(r"[a-zß-öø-ÿ'’ \t-]*$", text[: m.start()])
        spans = list(re.finditer(r"\S+", text[run.start() : m.start()])) if run else []
        words = [w.group() for w in spans]
        caps = [w if fold(w) in rules.acronym_links else _ELIDED.sub(lambda e: e.group(1) + e.group(2).upper(), w, count=1)
                for w in words]
        full = latin_full_name(caps, m.group(1).upper(), rules)
        if full and rules.org_words.hits(fold(full)):
            start = run.start() + spans[len(words) - len(full.split())].start()
            start += len(_ELIDED.match(text, start).group(1))  # "l'association": the name begins after "l'"
            out.append((start, m.end(), f"{full} ({m.group(1).upper()})"))
    return out


# A message typed with the caps lock on ("I AM A STUDENT AND I SAW YOUR INVITATION", signed "MARWAN HADDAD"): its
# capitals mark no name, so its lines written all in capitals are read in lower case, where the context alone marks
# the names (see capitalise_lower_case_names). The least share of its cased letters that are capitals, and the fewest
# letters (a short line in capitals, "URGENT", a signature "NGO X" under normal text, is not a message in capitals).
_MOSTLY_CAPITALS = 0.9
_FEWEST_CAPITALS = 40
_CASED_LINE = re.compile(r"^[^\n]*[^\W\d_][^\n]*$", re.MULTILINE)


def lower_case_capitals(new: str, signature: str) -> tuple[str, str]:
    """The sender's text and signature with each line written all in capitals in lower case, when the message is
    written in capitals (most of its cased letters are); else both as they are."""
    text = new + signature
    upper, lower = sum(map(str.isupper, text)), sum(map(str.islower, text))  # (map: half a generator's cost)
    if upper < _FEWEST_CAPITALS or upper < _MOSTLY_CAPITALS * (upper + lower):
        return new, signature

    def lowered(text: str) -> str:
        return _CASED_LINE.sub(lambda m: m.group().lower() if not any(c.islower() for c in m.group()) else m.group(), text)
    return lowered(new), lowered(signature)


def capitalise_lower_case_names(text: str, from_name: str, from_addr: str, rules: ExtractRules) -> str:
    """The text with each lower-case name that its context marks as a person's written capitalised, and each
    organisation written in lower case that spells its lower-case acronym."""
    for a, b, written in reversed(_spelled_lower_case_body(text, rules)):
        if fold(text[a:b]) == fold(written):
            text = text[:a] + written + text[b:]
    spans: set[tuple[int, int, tuple[str, ...]]] = set()
    for m in rules.possessive_post.finditer(text):
        lower = _LOWER_WORDS.match(text, m.end())
        words = lower.group().split() if lower else []
        if (found := _post_then_name(words, rules)) is not None:
            k, end = found
            at = m.end() + len(" ".join(words[:k])) + 1
            spans.add((at, at + len(" ".join(words[k:end])), tuple(words[k:end])))
    for m in _RANK_IS.finditer(text):
        lower = _LOWER_WORDS.match(text, m.end())
        words = lower.group().split() if lower else []
        k = next((k for k in range(2, min(len(words), _MOST_WORDS) + 1)
                  if _DESCRIBED.match(" ".join(words[k:k + 2]))), 0)
        if k and _plain_name(words[:k], rules):
            spans.add((m.end(), m.end() + len(" ".join(words[:k])), tuple(words[:k])))
    for m in rules.name_field_re.finditer(text):
        line = text[m.end():].split("\n", 1)[0].rstrip(" \t.,;")
        words = line.split()
        if _LOWER_WORDS.fullmatch(line) and _plain_name(words, rules):
            spans.add((m.end(), m.end() + len(line), tuple(words)))
    # after the sender introducing themself, then a line of lower-case words alone (signing under a closing or "--")
    starts = [(m.end(), False) for p in rules.self_naming for m in p.finditer(text)]
    starts += [(m.end(), True) for m in re.finditer(r"(?m)(?<=.\n)^[ \t]*(?=[a-z])", text, re.DOTALL)]
    for at, alone in starts:
        m = _LOWER_WORDS.match(text, at)
        words = m.group().split() if m else []
        run = _sender_name_run(words, from_name, from_addr, rules)
        if run and not (alone and (len(run) < len(words) or text[m.end():].split("\n", 1)[0].strip())):
            spans.add((at, at + len(" ".join(run)), tuple(run)))
    for a, b, words in sorted(spans, reverse=True):
        if text[a:b] == " ".join(words):
            text = text[:a] + _capitalised(words, rules) + text[b:]
    return text
