"""Split a body into the sender's new text, signature, quotes, forwards and disclaimers.

No library covers Arabic reply and signature cues, so the cue lines for ar/en/fr live here as
regular expressions. The split is line-based: the first quote or forward header ends the new
text (unless the sender wrote under a ">" quote: that reply is new text too); a closing formula ("Best regards", "Cordialement", "مع خالص التحية") or "-- " starts the
signature; a legal footer starts the disclaimer. Pure.
"""

from __future__ import annotations

import re
from functools import lru_cache

from intake.model import MessageParts, Parsed

# Reply and forward prefixes of a subject, in the mailers' languages ("RE :", "Fwd[2]:", "R:", "رد:").
_PREFIX = re.compile(
    r"^\s*(?:(?:re|r|fwd?|tr|aw|wg|sv|vs|antw|رد|الرد|إعادة\s+توجيه|تحويل|توجيه)"
    r"\s*(?:\[\d+\]|\(\d+\))?\s*[:：]\s*)+",
    re.IGNORECASE,
)


def subject_only(parsed: Parsed, parts: MessageParts) -> bool:
    """Whether a message is its subject line alone: no text of its own, nothing carried along, nothing attached."""
    return not (parts.new.strip() or parts.signature.strip() or parts.quoted.strip() or parts.forwarded.strip()
                or parsed.attachments) and bool(parsed.subject.strip())


def strip_prefixes(subject: str) -> str:
    """The subject without leading reply/forward prefixes (Re:, RE :, Fwd:, TR:, R:, رد:)."""
    return _PREFIX.sub("", subject).strip()


_QUOTE_HEADER = re.compile(
    r"""^\s*(?:
        on\s.{4,160}\swrote\s*:?\s*$                          # Gmail/Thunderbird, en
      | le\s.{4,160}\sa\s+[ée]crit\s*:?\s*$                     # fr
      | (?:في|بتاريخ)\s.{4,160}\s(?:كتب|كتبت)(?:\s*:?|\s.{1,160}:)\s*$  # ar, the writer before or after "كتب"
      | في\s.{4,160}\sتمت\s+كتابة\s+ما\s+يلي\s+بواسطة\s.{1,160}:\s*$  # ar, Gmail
      | .{0,120}(?:كتب|كتبت)\s*:\s*$                            # ar, short form "X كتب:"
      | -{2,}\s*(?:original\s+message|message\s+d'origine|message\s+original|الرسالة\s+الأصلية)\s*-{2,}
      | -{2,}\s*(?:mail|courriel)\s+original\s*-{2,}              # Zimbra in French: "----- Mail original -----"
      | -{3,}\s*(?:message\s+(?:from|de)|رسالة\s+من)\s.{0,160}<[^<>\s]+@[^<>\s]+>\s*-{3,}\s*$  # Horde: "----- Message de X <a@b> -----"
      | _{8,}\s*$                                               # Outlook separator line
    )""",
    re.IGNORECASE | re.VERBOSE,
)


def _header_line(labels: str, value: str = "") -> re.Pattern[str]:
    """A line that opens with one of these header labels and its colon, maybe in bold ("*Sent:*"), then `value`."""
    return re.compile(rf"^\s*\*?(?:{labels})\s*\*?\s*:{value}", re.IGNORECASE)


# The header lines a mailer writes over a message it forwards or quotes ("From: ...", "Envoyé : ..."); the ones that
# date it, and the one that says whom it is to, are told apart below (a letter's memo heading has no date)
_DATE_LABELS = "sent|date|envoy[ée]|تاريخ|التاريخ|أرسل|بتاريخ"
_TO_LABELS = "to|à|a|إلى"
OUTLOOK_FROM = _header_line("from|de|من|المرسل", r"\s*(?P<v>\S.*)$")
OUTLOOK_NEXT = _header_line(f"{_DATE_LABELS}|{_TO_LABELS}|subject|objet|cc|الموضوع")
_FORWARD = re.compile(
    r"""^\s*(?:
        -{2,}\s*(?:forwarded\s+message|message\s+transf[ée]r[ée]|الرسالة\s+المعاد\s+توجيهها|رسالة\s+معاد\s+توجيهها|(?:ال)?رسالة\s+(?:ال)?محو\u0651?لة)\s*-{2,}
      | begin\s+forwarded\s+message\s*:
      | d[ée]but\s+du\s+message\s+r[ée]exp[ée]di[ée]\s*:
    )""",
    re.IGNORECASE | re.VERBOSE,
)
CLOSING_WORDS = 16  # the most words a closing formula runs to ("Veuillez agréer, Madame, Monsieur, l'expression ...")
# A thank-you may lead into the closing formula ("Thanks and regards", "Merci et bonne journée", "شكراً وتحياتي").
CLOSING = re.compile(
    # (a closing may open with "and", as the sentence before went on: "And thanks again", "Et merci", "وشكراً لكم")
    r"""^\s*(?:(?:and|et)\s+(?:encore\s+)?|و(?=\S))?(?:(?:many\s+)?thanks?(?:\s+you)?(?:\s+a\s+lot|\s+so\s+much)?\s*(?:and|&|,)\s+|merci(?:\s+beaucoup|\s+bien)?\s*(?:et|,)\s+
        |(?:شكرا|شكراً)\s*[،,]?\s*و?\s*)?(?:
        (?:best|kind|warm|warmest|with\s+best|with\s+kind)?\s*regards
      | bonne\s+(?:journ[ée]e|soir[ée]e|fin\s+de\s+journ[ée]e)
      | (?:many\s+)?thanks?(?:\s+you)?(?:\s+(?:very\s+much|so\s+much))?(?:\s+in\s+advance)?\s+for\s+your\s+(?:kind\s+)?(?:cooperation|collaboration|help|support|attention|consideration|understanding|time|reply|response|feedback)
      | merci(?:\s+beaucoup)?(?:\s+d'avance|\s+par\s+avance)?\s+(?:pour|de)\s+votre\s+(?:aimable\s+)?(?:collaboration|coop[ée]ration|aide|attention|compr[ée]hension|temps|soutien|retour|r[ée]ponse)
      | (?:شكرا|شكراً)\s+(?:جزيلا\s+|جزيلاً\s+)?(?:ل|على\s+|لحسن\s+)(?:تعاونكم|اهتمامكم|تفهمكم|وقتكم|مساعدتكم|دعمكم|كم)
      | (?:(?:many\s+)?thanks?(?:\s+you)?\s+(?:and|&)\s+)?(?:best|kind|warm|warmest|good)\s+wishes
      | with\s+(?:many\s+)?thanks(?:\s+and\s+(?:best|kind|warm)\s+regards)?|thanks\s+and\s+(?:best|kind)\s+regards
      | avec\s+(?:nos|mes|tous\s+nos|tous\s+mes)\s+remerciements|respectueusement|amiti[ée]s|bien\s+[àa]\s+toi
      | (?:bien\s+)?sinc[eè]rement(?:\s+v[oô]tre)?|المخلص(?:ة|ه|ون)?
      | best(?:\s+wishes)?|sincerely(?:\s+yours)?|yours\s+(?:very\s+)?(?:sincerely|faithfully|truly)|(?:very\s+)?truly\s+yours|cheers|respectfully
      | thanks?(?:\s+you)?(?:\s+(?:very\s+much|so\s+much|a\s+lot|in\s+advance))?|many\s+thanks|with\s+thanks|all\s+the\s+best
      | (?:stay|keep)\s+(?:safe|well)|take\s+care|prenez\s+soin\s+de\s+vous|portez[\s-]vous\s+bien|سلامات|دمتم\s+(?:بخير|سالمين)
      | cordialement|bien\s+cordialement|tr[eè]s\s+cordialement|bien\s+[àa]\s+vous|salutations(?:\s+distingu[ée]es)?
      # (German, which diaspora groups in Germany close with: "Mit freundlichen Grüßen", "Mit sportlichen Grüßen", "Viele Grüße")
      | mit\s+(?:\w+\s+)?gr[üu](?:ß|ss)en|(?:viele|beste|liebe|herzliche)\s+gr[üu](?:ß|ss)e
      | sinc[eè]res\s+salutations|meilleures\s+salutations|merci(?:\s+beaucoup|\s+d'avance)?|avec\s+mes\s+remerciements
      | veuillez\s+agr[ée]er.{0,80}
      | مع\s+(?:خالص\s+|أطيب\s+|فائق\s+)?(?:التحية|التحيات|الشكر|الاحترام|التقدير)(?:\s+\S+){0,3}
      | (?:(?:شكرا|شكراً)(?:\s+(?:جدا|جداً|جزيلا|جزيلاً))?\s*[،,]?\s*و?\s*)?(?:في\s+انتظار|بانتظار|ننتظر|منتظرين|مستنيين)\s+ردكم(?:\s+(?:الكريم|السريع))?
      | وتفضلوا\s+بقبول.{0,80}|تحياتي|تحياتنا|وشكرا|والسلام\s+عليكم.{0,40}
      # (the reader asked to accept the thanks or respect: "وتقبلوا خالص الشكر", "تقبلوا منا فائق الاحترام والتقدير",
      # "Je vous prie d'agréer ... mes salutations", "Recevez, Madame, mes sincères salutations", "Please accept my best regards")
      | و?تقبل(?:وا|ي)?\s+(?:منا\s+|مني\s+)?(?:(?:خالص|فائق|أسمى|اسمى|أطيب|اطيب|جزيل|وافر)\s+)?(?:ال)?(?:شكر|تقدير|احترام|تحية|تحيات)
        (?:\s+و(?:ال)?(?:شكر|تقدير|احترام|امتنان))?|تقبل(?:وا|ي)?\s+(?:تحياتي|تحياتنا|احترامي|احترامنا|شكري|شكرنا)
      | (?:je\s+vous\s+prie\s+d['’]agr[ée]er|(?:je\s+vous\s+prie\s+de\s+|veuillez\s+)?recevoir|recevez)\b.{0,80}
        \b(?:salutations|sentiments|respects?|consid[ée]ration|hommages)\b.{0,30}
      | (?:please\s+)?accept\s+(?:my|our)\s+(?:(?:best|kind|warm|warmest|sincere)\s+)?(?:regards|thanks|wishes)
      # (the thanks or respect put as owed "to you": "ولكم الشكر", "ولكم منا جزيل الشكر والتقدير", "لكم خالص الاحترام")
      | و?(?:لكم|لكن|لك|ليكم)\s+(?:منا\s+|مني\s+)?(?:(?:جزيل|خالص|كل|فائق|وافر)\s+)?(?:ال)?(?:شكر|تقدير|احترام|امتنان|تحية|تحيات)
        (?:\s+و(?:ال)?(?:شكر|تقدير|احترام|امتنان|عرفان))?
      # (spoken thanks too: Levantine "شكرا كتير", "يعطيكم العافية" / "ويعطيكن" / "الله يعطيك العافية", Gulf "مشكورين",
      # Egyptian "ألف شكر"; Maghreb "يعطيكم الصحة (مسبقا)", God give you health (in advance)); "to you" after it, the
      # Levant's "شكراً كتير إلكن"
      | (?:شكرا|شكراً)(?:\s+(?:جزيلا|جزيلاً|كتير|كثير|كثيرا|كثيراً|جدا|جداً))?(?:\s+(?:إلكن|الكن|إلكم|الكم|إلك|الك|لكم|لكن|ليكم|لك))?
      | (?:الف|ألف)\s+شكر|مشكورين
      # (and the Maghreb's: Moroccan "شكرا بزاف", Tunisian "(ربي) يعيشكم" ((God) keep you) and "شكرا برشا", a parting
      # "بالتوفيق" (good luck))
      | (?:شكرا|شكراً)\s+(?:بزاف|برشا)|و?(?:(?:الله|ربي)\s+)?يعيش(?:كم|ك|كي)|بالتوفيق
      # (a blessing, alone or after the thanks: "الله يخليكم", "شكرا كتير الله يخليكن", "ربي يحفظك", "والله يوفقكم"; warm greetings,
      # "تحياتي الحارة")
      | (?:(?:شكرا|شكراً)(?:\s+(?:كتير|كثير|كثيرا|كثيراً|جزيلا|جزيلاً|بزاف|برشا))?\s*[،,]?\s*)?و?(?:الله|ربي)\s+(?:يخلي|يحفظ|يوفق)(?:كم|كن|ك|كي|كو)
      | (?:تحياتي|تحياتنا)\s+(?:الحارة|الحاره|القلبية|القلبيه)
      # (God bless you: "بارك الله فيكم" (Algeria, the Gulf), "الله يبارك فيك", "ربي يبارك فيكم")
      | و?(?:بارك\s+الله|(?:الله|ربي)\s+يبارك)\s+في(?:كم|كن|ك|كي)
      # (God reward you: "وجزاكم الله خيراً", "جزاكم الله كل خير")
      | و?جزاكم\s+الله\s+(?:كل\s+)?(?:ال)?خير(?:ا|اً)?
      # (a letter's last pious formula, under its closing: "والله ولي التوفيق", "والله الموفق", "والله من وراء القصد")
      | و?الله\s+(?:ولي\s+التوفيق|الموفق|من\s+وراء\s+القصد)
      | و?(?:الله\s+)?يعطي(?:كم|كن|ك|كي|كو)\s+(?:(?:ال)?عافي[ةه]|(?:ال)?صح[ةه](?:\s+مسبقاً?)?)
      | sent\s+from\s+my\s+\w+.*|envoy[ée]\s+de\s+mon\s+\w+.*|أرسلت\s+من\s+.*
    )\s*[,.!،]?\s*$""",
    re.IGNORECASE | re.VERBOSE,
)
_DEVICE_FOOTER = re.compile(r"^\s*(?:sent\s+from\s+my|envoy[ée]\s+de\s+mon|أرسلت\s+من)\s", re.IGNORECASE)
_DISCLAIMER = re.compile(
    r"""(?:
        \bconfidential(?:ity)?\b.{0,80}\b(?:notice|message|e-?mail|information|intended)
      | this\s+(?:e-?mail|message|communication)\b.{0,80}\b(?:intended|confidential|privileged)
      | this\s+(?:e-?mail|message)\s+(?:was|is|has\s+been)\s+sent\s+(?:from|via|using)\b.{0,80}\baccount
      | \baccounts?\s+(?:are|is)\s+monitored\b
      | ce\s+(?:message|courriel|mail)\s+a\s+[ée]t[ée]\s+envoy[ée]\s+depuis\b.{0,80}\bcompte
      | \bdisclaimer\b
      | ce\s+(?:message|courriel|mail)\b.{0,80}\b(?:confidentiel|destin[ée]|strictement)
      | \bavertissement\b\s*:|\bavis\s+de\s+confidentialit[ée]
      | (?:هذه\s+الرسالة|هذا\s+البريد).{0,80}(?:سرية|سري|مخصصة|موجهة)
      | إخلاء\s+(?:ال)?مسؤولية|تنويه\s*:
      | please\s+consider\s+the\s+environment|pensez\s+[àa]\s+l'environnement
    )""",
    re.IGNORECASE | re.VERBOSE,
)


# Mail programs wrap Arabic header lines in bidi embedding marks; they are invisible and break ^ anchors.
_BIDI = re.compile("[\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\u061c]")


def _is_quote_line(line: str) -> bool:
    return line.lstrip().startswith(">")


def _carried_start(lines: list[str], i: int) -> str | None:
    """Whether line i opens a carried-along message (a forward marker, an attribution, a header block), and its kind."""
    line = lines[i]
    if _FORWARD.match(line):
        return "forwarded"
    if _QUOTE_HEADER.match(line) or _mailer_header(lines, i):
        return "quoted"
    return None


def _mailer_header(lines: list[str], i: int) -> bool:
    """Whether line i opens the header block a mail program writes over a message it quotes or forwards.

    A mailer's block opens with its From line. A letter's own memo heading opens with whom it is to ("To: the
    secretariat / From: the committee / Subject: our contribution", "إلى: ... من: ... الموضوع: ...") and names no
    address and no date ("Sent:", "Date:", "التاريخ:"): it is the sender's text, not a carried message.
    """
    m = OUTLOOK_FROM.match(lines[i])
    if not m:
        return False
    nxt = lines[i + 1 : i + 5]
    if not any(OUTLOOK_NEXT.match(n) for n in nxt):
        return False
    above = next((line for line in reversed(lines[:i]) if line.strip()), "")
    memo = bool(_ADDRESSED.match(above)) and "@" not in m["v"] + above and not any(_DATED.match(n) for n in nxt)
    return not memo


# The line of a memo heading that says whom the letter is to.
_ADDRESSED = _header_line(f"{_TO_LABELS}|الى")
# The header line of a mailer's block that dates the quoted message (Arabic Outlook writes "تم الإرسال:" for "Sent:").
_DATED = _header_line(rf"{_DATE_LABELS}|تاريخ\s+الإرسال|(?:تم\s+)?الإرسال|أرسلت")


def carried_blocks(text: str) -> list[str]:
    """Carried-along text (quoted or forwarded) cut into the messages it holds, nested ones included."""
    lines = text.split("\n")
    bare = [re.sub(r"^[\s>]*", "", ln) for ln in _BIDI.sub("", text).split("\n")]  # "> > On ... wrote:"
    starts = [0] + [i for i in range(1, len(bare)) if _carried_start(bare, i)]
    return ["\n".join(lines[a:b]) for a, b in zip(starts, [*starts[1:], len(lines)], strict=True)]


ATTRIBUTION_LINES = 6  # the lines over a quoted message that say who wrote it ("On ..., X <addr> wrote:", "De : X")


def attribution(quoted: str) -> str:
    """The lines over the first message carried in a text that say who wrote it ("On ..., X <addr> wrote:", "De : X
    <addr>"), up to its first other header line ("Sent:", "To:", "إلى:"): a message quoted there was addressed to
    someone, whose address these lines leave out."""
    head = []
    # (a rule over Outlook's block, "________________", is a block of its own: the first with a word is the message)
    first = next((block for block in carried_blocks(quoted) if re.search(r"[^\W_]", block)), "")
    for line in first.split("\n")[:ATTRIBUTION_LINES]:
        if OUTLOOK_NEXT.match(line.lstrip(" >")):
            break
        head.append(line)
    return "\n".join(head)

def _quote_start(lines: list[str]) -> tuple[int, str] | None:
    """Index of the first line of carried-along text, and its kind (quoted or forwarded)."""
    clean = _BIDI.sub("", "\n".join(lines)).split("\n")
    for i, line in enumerate(clean):
        kind = _carried_start(clean, i)
        if kind:
            return i, kind
        if _is_quote_line(line):
            # A run of ">" lines (not a lone one in prose) marks the start of a quote, and so does a
            # single ">" line when nothing but quoted lines follows it (a short reply's one-line quote).
            following = [n for n in lines[i : i + 3] if n.strip()]
            if len(following) >= 2 and all(_is_quote_line(n) for n in following[:2]):
                return i, "quoted"
            if all(_is_quote_line(n) for n in lines[i:] if n.strip()):
                return i, "quoted"
    return None


def _signature_start(lines: list[str]) -> int | None:
    """Index of the signature's first line in the new text, or None."""
    for i, line in enumerate(lines):
        if line.rstrip() in ("--", "-- ", "—", "__"):
            return i
    # The last closing formula with only a short block after it opens the signature. A device's footer ("Sent from
    # my iPhone") under the sender's own closing and name is not that closing: the signature opens at the closing.
    footer = None
    for i in range(len(lines) - 1, -1, -1):
        if CLOSING.match(lines[i]):
            rest = [n for n in lines[i + 1 :] if n.strip()]
            if len(rest) > 12 or _opens_letter(lines, i, rest):
                break
            if not _DEVICE_FOOTER.match(lines[i]):
                return i
            footer = i if footer is None else footer
    return footer


_PROSE_WORDS = 8  # a line of this many words is a sentence, not a signature's name, post or address


def _opens_letter(lines: list[str], i: int, below: list[str]) -> bool:
    """Whether the courtesy at line i opens the letter rather than closes it: under the greeting at most, with a
    sentence below it ("مرحبا / يعطيكم العافية / معكم إذاعة ...", "Thank you. / Please find attached ...")."""
    above = [n for n in lines[:i] if n.strip()]
    return len(above) <= 1 and any(len(n.split()) >= _PROSE_WORDS for n in below)


# A line of this many words under a rule below the signature is a text pasted there (a letter, a note verbale), not a
# signature's or a footer's line
_PASTED_PROSE_WORDS = 25
# A postscript under the signature ("P.S. I almost forgot: we would like to propose ...", "PS :", "P.-S.", "N.B.",
# "ملاحظة:"): the sender's text again, written after signing.
_POSTSCRIPT = re.compile(r"^\s*(?:p\.?\s?-?s\.?|n\.\s?b\.|ملاحظة|ملحوظة)\s*[:.\-–]?\s", re.IGNORECASE)


def _pasted_below_footer(lines: list[str], s: int) -> int:
    """Where the signature opening at line s ends: at a postscript, at a rule with a text pasted under it, or after a
    device's footer ("Sent from my iPhone") with more than one line of text under it (something pasted below, "Nom
    complet : X / Fonction : Y"), else at the end."""
    for i in range(s, len(lines)):
        if i > s and _POSTSCRIPT.match(lines[i]):
            return i
        if i > s and _RULE_LINE.fullmatch(lines[i]) and any(len(n.split()) >= _PASTED_PROSE_WORDS for n in lines[i + 1 :]):
            return i  # a text pasted under a rule below the signature ("the text of the note verbale below")
        if _DEVICE_FOOTER.match(lines[i]) and sum(1 for n in lines[i + 1 :] if n.strip()) > 1:
            return i + 1
    return len(lines)


# A forward's subject (Fwd:, FW:, TR:, WG:, RV:, إعادة توجيه:, إحالة:) says the earlier message below the new
# text is handed on to us, even where the mailer laid it out like a reply's quote.
_FORWARD_SUBJECT = re.compile(r"^\s*(?:fwd?|tr|wg|rv|enc|إعادة توجيه|اعادة توجيه|توجيه|إحالة|احالة)\s*(?:\[\d+\])?\s*:", re.IGNORECASE)


# A colleague's message that asks whether the draft below it may go out ("Below is the draft ... Is it ok to send?",
# "Voici le projet de courriel, puis-je l'envoyer ?", "مرفق أدناه مسودة الرسالة، هل يمكن إرسالها؟") ...
_DRAFT_FOR_APPROVAL = re.compile(
    r"(?:\bdraft\b|\bprojet\s+de\s+(?:message|courriel|mail|lettre|r[ée]ponse)\b|\bbrouillon\b|مسودة|مسوده)"
    r"[\s\S]{0,400}?"
    r"(?:\b(?:is\s+it|is\s+this|ok|okay|fine)\s+to\s+send\b|\b(?:can|may|shall|should)\s+(?:i|we)\s+send\b"
    r"|\b(?:puis-je|pouvons-nous|peut-on|est-ce\s+que\s+je\s+peux)\s+(?:l['’]|les\s+)?envoyer\b|\bbon\s+pour\s+envoi\b"
    r"|هل\s+(?:يمكن(?:ني|نا)?|أرسل|ارسل|نرسل)(?:ها|ه)?\s*(?:إرسال|ارسال)?)",
    re.IGNORECASE,
)
# ... and the short answer over it that lets it go ("ok for me, please send", "c'est bon, tu peux envoyer", "موافق،
# يرجى الإرسال"), sent to us as well: the draft is the sender's own request, handed on to us.
_SEND_APPROVED = re.compile(
    r"\b(?:ok|okay|fine|approved?|agreed|go\s+ahead|looks\s+good|(?:please|pls|you\s+can|you\s+may)\s+send)\b"
    r"|\b(?:d['’]accord|valid[ée]|c['’]est\s+bon|ok\s+pour\s+moi|(?:tu\s+peux|vous\s+pouvez|merci\s+d['’])\s*(?:l['’])?envoyer)\b"
    r"|(?:^|\s)(?:موافق|موافقة|لا\s+مانع|تمام|(?:يرجى|الرجاء|رجاء|يمكنك|يمكنكِ)\s+(?:ال)?(?:إرسال|ارسال))(?:\s|$|[.،,!])",
    re.IGNORECASE,
)
_APPROVAL_WORDS = 40  # an answer longer than this says more than "send it"


def _approves_draft(parts: MessageParts) -> bool:
    """Whether the new text only lets go the draft that the quoted colleague's message asks about."""
    if not parts.quoted or len(parts.new.split()) > _APPROVAL_WORDS or not _SEND_APPROVED.search(parts.new):
        return False
    first = next((block for block in carried_blocks(parts.quoted) if re.search(r"[^\W_]", block)), "")
    return bool(_DRAFT_FOR_APPROVAL.search(first))


# The new text saying it passes on what is below: "I am forwarding them to you ... exactly as I received them (see
# below)", « je vous transmets ci-dessous leurs demandes », "أحوّل إليكم أدناه ترشيحاتهم"; a letter copied under a rule
# too (« j'ai l'honneur de vous transmettre ci-dessous ... la lettre », "I am pleased to relay below the Mayor's letter")
_FORWARDS_BELOW = re.compile(
    r"\b(?:forwarding|forward|passing on|pass on|relaying|relay|reproducing|reproduce|copying)\b[^.\n]{0,100}\b(?:below|underneath|beneath)\b"
    r"|\b(?:transmets|transmettons|transmettre|transf[eè]re|transf[eé]rons|fais suivre|faisons suivre|faire suivre"
    r"|reproduis|reproduisons|reproduire)\b[^.\n]{0,100}\b(?:ci-dessous|plus bas|en dessous)\b"
    r"|(?:أحول|احول|أحوّل|نحول|نحوّل|نعيد توجيه|أعيد توجيه|اعيد توجيه|أنقل|انقل|ننقل)[^.\n]{0,100}(?:أدناه|ادناه|في الأسفل)",
    re.IGNORECASE)


def carry_forward(parts: MessageParts, subject: str) -> MessageParts:
    """When the subject says "forward", the new text says it passes on what is below, or the sender approves the
    quoted draft they copy us on, text laid out as a quote is what is forwarded to us."""
    if not parts.quoted or not (_FORWARD_SUBJECT.match(subject) or _FORWARDS_BELOW.search(parts.new)
                                or _approves_draft(parts)):
        return parts
    forwarded = "\n".join(t for t in (parts.forwarded, parts.quoted) if t)
    return MessageParts(new=parts.new, signature=parts.signature, quoted="", forwarded=forwarded,
                        disclaimer=parts.disclaimer)


def _bottom_post(lines: list[str], i: int) -> int | None:
    """Where the reply below a ">" quote that starts at line i begins, when the sender wrote under the quote.

    The quote must be only ">" lines (after its attribution line) and the text below it must carry nothing
    along itself; a line a mailer wrapped out of its quote is not a reply, so the text must stand apart
    from the quote by a blank line.
    """
    start = i + 1 if not _is_quote_line(lines[i]) else i
    last = max((k for k in range(start, len(lines)) if _is_quote_line(lines[k])), default=None)
    if last is None or last - start < 1 or any(ln.strip() and not _is_quote_line(ln) for ln in lines[start:last]):
        return None
    below = lines[last + 1 :]
    if not below or below[0].strip() or not any(ln.strip() for ln in below):
        return None
    clean = _BIDI.sub("", "\n".join(below)).split("\n")
    if any(_carried_start(clean, k) for k in range(len(clean))):
        return None
    return last + 1


_RULE_LINE = re.compile(r"[ \t]*(?:-{3,}|_{3,}|={3,})[ \t]*$")


def _below_header_block(lines: list[str], i: int) -> int | None:
    """Where the reply written under a message quoted with its header block (no ">") begins, when the sender wrote
    nothing above it and closed the quote with a rule ("-----Original Message----- / From: ... / the old text / ----- /
    the reply"): the line after the quote's last rule, when text follows it that carries nothing along itself."""
    if any(ln.strip() for ln in lines[:i]) or _is_quote_line(lines[i]):
        return None
    rule = max((k for k in range(i + 1, len(lines)) if _RULE_LINE.match(lines[k])), default=None)
    if rule is None or not any(ln.strip() for ln in lines[rule + 1 :]):
        return None
    clean = _BIDI.sub("", "\n".join(lines)).split("\n")
    if any(_carried_start(clean, k) for k in range(rule + 1, len(lines))):
        return None
    return rule + 1


def _inline_replies(lines: list[str], i: int) -> list[int] | None:
    """The lines of a reply written inside a ">" quote that starts at line i, between its paragraphs ("> the
    invitation's paragraph" / "Yes, we would like to speak" / "> the next paragraph"), or None.

    Each reply paragraph stands apart from the quote by blank lines (a line a mailer wrapped out of its quote follows
    it directly), carries nothing along itself, and at least one is followed by more of the quote: text only under
    the quote is a bottom post.
    """
    start = i + 1 if not _is_quote_line(lines[i]) else i
    if start >= len(lines) or not _is_quote_line(lines[start]):
        return None
    clean = _BIDI.sub("", "\n".join(lines)).split("\n")
    reply: list[int] = []
    interleaved = False
    k = start
    while k < len(lines):
        if _is_quote_line(lines[k]) or not lines[k].strip():
            k += 1
            continue
        end = k
        while end < len(lines) and lines[end].strip() and not _is_quote_line(lines[end]):
            end += 1
        if lines[k - 1].strip() or end < len(lines) and lines[end].strip() \
                or any(_carried_start(clean, n) for n in range(k, end)):
            return None
        reply += range(k, end)
        interleaved = interleaved or any(_is_quote_line(ln) for ln in lines[end:])
        k = end
    return reply if reply and interleaved else None


def _answers(lines: list[str], reply: list[int]) -> tuple[tuple[str, str], ...]:
    """Each paragraph of a reply written inside a quote (the lines `reply`), with the quoted line above it, its ">"
    marks off: the question it answers ("> 1. Her title/position?" / "Senior Advocacy Officer")."""
    out = []
    for k, n in enumerate(reply):
        if k and reply[k - 1] == n - 1:
            continue
        end = n
        while end + 1 in reply:
            end += 1
        above = next((ln for ln in reversed(lines[:n]) if ln.strip()), "")
        question = re.sub(r"^\s*(?:>\s?)+", "", above).strip()
        out.append((question, "\n".join(lines[n : end + 1]).strip()))
    return tuple(out)


@lru_cache(maxsize=8)  # screening and the analysis after it split the same body
def split(text: str) -> MessageParts:
    """Split a plain-text body into new text, signature, quoted, forwarded and disclaimer parts."""
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    quoted = forwarded = ""
    answers: tuple[tuple[str, str], ...] = ()
    found = _quote_start(lines)
    if found is not None:
        i, kind = found
        below = (_bottom_post(lines, i) or _below_header_block(lines, i)) if kind == "quoted" else None
        inline = _inline_replies(lines, i) if kind == "quoted" and below is None else None
        end = below if below is not None else len(lines)
        if inline:
            # (a reply written between the quote's paragraphs joins what was written above it)
            tail = "\n".join(ln for n, ln in enumerate(lines[i:], i) if n not in inline).strip()
            answers = _answers(lines, inline)
            lines = lines[:i] + [lines[n] for n in inline]
        else:
            tail = "\n".join(lines[i:end]).strip()
            # (a reply written under the quote joins what was written above it, usually nothing or a greeting)
            lines = lines[:i] + (lines[below:] if below is not None else [])
        if kind == "forwarded":
            forwarded = tail
        else:
            quoted = tail
    disclaimer = ""
    for i, line in enumerate(lines):
        if _DISCLAIMER.search(line):
            disclaimer = "\n".join(lines[i:]).strip()
            lines = lines[:i]
            break
    signature = ""
    s = _signature_start(lines)
    if s is not None:
        end = _pasted_below_footer(lines, s)
        signature = "\n".join(lines[s:end]).strip()
        # (what the sender pasted under their device's footer, a form filled in by someone else, is their text)
        lines = lines[:s] + lines[end:]
    return MessageParts(
        new="\n".join(lines).strip(),
        signature=signature,
        quoted=quoted,
        forwarded=forwarded,
        disclaimer=disclaimer,
        answers=answers,
    )
