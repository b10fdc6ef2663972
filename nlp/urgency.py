"""Urgency rules: recall first, always available (no model needed).

`assess(text, lemmas)` looks for immediate danger (fire, gas, violence, weapons, someone
unconscious, serious accidents, suicide threats, a child in danger, domestic violence or a
burglary happening now) and for acute-but-not-life-threatening matters (a loud party in the
middle of the night right now, a burglary discovered afterwards). Loose, figurative use of
alarming words ("het is een ramp met het afval", "een levensgevaarlijke oversteek") is not
matched: those words are simply not triggers, and a few explicit negations are checked.
Patterns run on the normalised text and, when a lemmatised form is given, on that as well.
The rule tables live in nlp/urgency_rules.py.

Speed: most messages contain nothing alarming. Every rule alternative can only match if
some word of the text holds one of its literal anchors (nlp/regex_gate.py), so a memoised
word -> bitmask gate tells which alternatives (and which of the lemma, typo and acute checks)
can possibly fire: a message whose words and lemmas were all seen before and open nothing
is calm after a few set lookups, otherwise only the alternatives that can still match run
(in the combined regex's order, so the first unnegated match is the same).
`_assess_reference` is the straightforward version, kept for the equivalence tests.
"""

from __future__ import annotations

import json
import logging
import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Protocol

from nlp.regex_gate import AnyOf, RegexGate, length_cost, set_bits
from nlp.regex_literals import Anchor, first_chars, parse
from nlp.text import normalize
from nlp.urgency_rules import (
    ACUTE_BURGLARY,
    ACUTE_NOISE,
    ACUTE_NOW,
    COMMON_WORDS,
    FRAMES,
    LEMMA_TRIGGERS,
    NEGATIONS,
    NOW,
    PAST,
    SENTENCE_NEGATIONS,
    TYPO_TRIGGERS,
    URGENT_RULES,
    _rx,
)

__all__ = [
    "ACUTE_BURGLARY", "ACUTE_NOISE", "ACUTE_NOW", "GROUP_REASON", "LEMMA_TRIGGERS",
    "NEGATIONS", "NOW", "PAST", "TYPO_TRIGGERS", "URGENT_RULES", "UrgencyVerdict", "_rx",
    "assess", "may_alarm",
]  # fmt: skip


@dataclass(frozen=True)
class UrgencyVerdict:
    urgent: bool
    reason: str | None = None
    acute: bool = False


_CALM = UrgencyVerdict(urgent=False, reason=None, acute=False)
log = logging.getLogger(__name__)


def _alternatives(pattern: str) -> list[str]:
    """The top-level alternatives of a pattern built by `_rx` (each wrapped in (?:...))."""
    parts, depth, current, i = [], 0, "", 0
    while i < len(pattern):
        ch = pattern[i]
        if ch == "\\":
            current, i = current + pattern[i : i + 2], i + 2
            continue
        depth += (ch == "(") - (ch == ")")
        if ch == "|" and depth == 0:
            parts.append(current[3:-1])
            current = ""
        else:
            current += ch
        i += 1
    parts.append(current[3:-1])
    return parts


def _combined() -> str:
    """All rules as one regex with a named group per rule: one scan instead of twenty (the
    reference path's; `assess` runs `_SINGLES`).

    Alternatives that start at a word boundary share one leading \\b, so the engine only
    tries them at word starts (twice as fast as trying every alternative everywhere). Each
    rule's group is guarded by a lookahead for the letters its alternatives can start with,
    so at most word starts the engine skips a whole rule at once (same matches, ~2x faster).
    """
    at_word, elsewhere = [], []
    for i, (bounded, other) in enumerate(map(_split, URGENT_RULES)):
        if bounded:
            at_word.append(f"{_guard(bounded)}(?P<a{i}>{'|'.join(bounded)})")
        if other:
            elsewhere.append(f"{_guard(other)}(?P<o{i}>{'|'.join(other)})")
    return r"\b(?:" + "|".join(at_word) + ")" + "".join("|" + o for o in elsewhere)


def _split(rule: tuple[str, re.Pattern[str]]) -> tuple[list[str], list[str]]:
    """A rule's alternatives that start at a word boundary (without the \\b), and the others."""
    alternatives = _alternatives(rule[1].pattern)
    bounded = [alt[2:] for alt in alternatives if alt.startswith(r"\b")]
    return bounded, [alt for alt in alternatives if not alt.startswith(r"\b")]


def _guard(alternatives: Sequence[str]) -> str:
    """A lookahead for the characters these alternatives can start with ("" when unsure)."""
    chars: set[str] = set()
    for alternative in alternatives:
        first = first_chars(parse(alternative))
        if first is None:
            return ""
        chars |= first
    return "(?=[" + "".join(re.escape(c) for c in sorted(chars)) + "])"


class _Single:
    """One alternative of the rules as a regex of its own, guarded by a lookahead for the
    letters it can start with; worked out and compiled when first used (importing this
    module parses no rule: most alternatives never run in a short-lived process)."""

    __slots__ = ("_alternative", "_at_word", "_compiled", "_source")
    flags = 0

    def __init__(self, alternative: str, at_word: bool) -> None:
        self._alternative, self._at_word = alternative, at_word
        self._source: str | None = None
        self._compiled: re.Pattern[str] | None = None

    @property
    def pattern(self) -> str:
        if self._source is None:
            body = f"{_guard([self._alternative])}(?:{self._alternative})"
            self._source = rf"\b{body}" if self._at_word else body
        return self._source

    def search(self, string: str, pos: int = 0) -> re.Match[str] | None:
        compiled = self._compiled
        if compiled is None:
            compiled = self._compiled = re.compile(self.pattern)
        return compiled.search(string, pos)


def _singles() -> tuple[dict[str, str], list[tuple[_Single, str]]]:
    """The reason of each group of `combined()`, and each alternative with its reason in the
    combined regex's order of preference: at any position, the first of these that matches
    there is what the combined regex matches there (same span)."""
    groups, at_word, elsewhere = {}, [], []
    for i, ((reason, _), (bounded, other)) in enumerate(zip(URGENT_RULES, map(_split, URGENT_RULES), strict=True)):
        if bounded:
            groups[f"a{i}"] = reason
            at_word += [(_Single(alt, True), reason) for alt in bounded]
        if other:
            groups[f"o{i}"] = reason
            elsewhere += [(_Single(alt, False), reason) for alt in other]
    return groups, at_word + elsewhere


GROUP_REASON, _SINGLES = _singles()


@lru_cache(maxsize=1)
def combined() -> re.Pattern[str]:
    """The combined regex (compiled on first use: only the reference path scans with it)."""
    return re.compile(_combined())


NEAR_BEFORE, SENTENCE_BEFORE, AFTER = 40, 120, 35  # the negation window, in characters
SPILL = 80  # how far past a match a negation starting in the window may run
_SENTENCE_END = re.compile(r"[.!?;]")


class _Searcher(Protocol):
    def search(self, string: str, pos: int, endpos: int, /) -> re.Match[str] | bool | None: ...


# The long alternations, tried only where their words occur (nlp.regex_gate.AnyOf; the
# reference path uses the plain regexes): 5 instead of 58 us for a negation window.
_NEAR, _WIDE, _FRAMED = AnyOf(NEGATIONS), AnyOf(SENTENCE_NEGATIONS), AnyOf(FRAMES)
_ALTERNATIONS = {"negations": _NEAR, "sentence_negations": _WIDE, "frames": _FRAMED}


def negated(
    norm: str, start: int, end: int, near: _Searcher = _NEAR, wide: _Searcher = _WIDE
) -> bool:
    """Whether a negation lies near the match norm[start:end], within its sentence (never
    past a sentence end either way): one of NEGATIONS starting from 40 characters before it
    to 35 after it, or one of SENTENCE_NEGATIONS (a time long past, an object knocked over)
    starting from the start of its sentence, up to 120 characters back ("vorig jaar is mijn
    buurman op deze kruising aangereden"). A negation that starts there may run on to the end
    of the sentence, at most SPILL characters past the match ("de ambulance heeft de buurman
    gisteravond meegenomen")."""
    reach = max(0, start - SENTENCE_BEFORE)
    sentence = max((m.end() for m in _SENTENCE_END.finditer(norm, reach, start)), default=reach)
    stop = _SENTENCE_END.search(norm, end, end + SPILL)  # nor past the end of the sentence
    until = min(stop.start(), end + AFTER) if stop else min(len(norm), end + AFTER)
    spill = stop.start() if stop else min(len(norm), end + SPILL)
    if _starts_in(near, norm, max(sentence, start - NEAR_BEFORE), until, spill):
        return True
    return _starts_in(wide, norm, sentence, until, spill)


def _starts_in(searcher: _Searcher, norm: str, pos: int, limit: int, endpos: int) -> bool:
    """Whether a match of `searcher` within norm[pos:endpos] starts before `limit`."""
    if isinstance(searcher, AnyOf):
        return searcher.starts_in(norm, pos, limit, endpos)
    found = searcher.search(norm, pos, endpos)
    if isinstance(found, re.Match):
        return found.start() < limit  # the leftmost match
    return bool(found)


def _matches(text: str, reference: bool = False) -> str | None:
    near, wide = (NEGATIONS, SENTENCE_NEGATIONS) if reference else (_NEAR, _WIDE)
    for match in combined().finditer(text):
        if not negated(text, match.start(), match.end(), near, wide):
            return GROUP_REASON[match.lastgroup or ""]
    return None


# Triggers within one letter of each length, in TYPO_TRIGGERS order (so ties resolve as before).
_TRIGGERS_NEAR_LENGTH: dict[int, list[str]] = {
    size: [t for t in TYPO_TRIGGERS if abs(len(t) - size) <= 1]
    for size in range(1, max(map(len, TYPO_TRIGGERS)) + 2)
}
# One edit leaves the first three or the last three letters intact (words of 7+ letters,
# triggers of 5+): a word sharing neither with any trigger cannot be one of its typos.
_TRIGGER_HEADS = frozenset(t[:3] for t in TYPO_TRIGGERS)
_TRIGGER_TAILS = frozenset(t[-3:] for t in TYPO_TRIGGERS)
assert min(map(len, TYPO_TRIGGERS)) >= 5
_WORDS = re.compile(r"[a-z]+")


def _misspelled_trigger(norm: str, near: _Searcher = _NEAR, wide: _Searcher = _WIDE) -> str | None:
    """Reason of the first (unnegated) word that is a one-letter typo of a TYPO_TRIGGERS word."""
    for word in set(_WORDS.findall(norm)):
        found = _typo_of(word)
        if found is not None:
            at = norm.find(word)
            if not negated(norm, at, at + len(word), near, wide):
                return TYPO_TRIGGERS[found]
    return None


TYPO_MIN_LENGTH = 7  # shorter words are never taken for a misspelt trigger


@lru_cache(maxsize=100_000)
def _typo_of(word: str) -> str | None:
    """The trigger `word` is within one edit of (exact forms are left to the rules)."""
    from rapidfuzz.distance import Levenshtein
    from rapidfuzz.process import extractOne

    if len(word) < TYPO_MIN_LENGTH or word in TYPO_TRIGGERS:
        return None
    if word[:3] not in _TRIGGER_HEADS and word[-3:] not in _TRIGGER_TAILS:
        return None
    near = _TRIGGERS_NEAR_LENGTH.get(len(word))
    if not near:
        return None  # one edit changes the length by at most one
    found = extractOne(word, near, scorer=Levenshtein.distance, score_cutoff=1)
    return None if found is None else str(found[0])


def _lemma_reason(norm: str, lemmas: Sequence[str], near: _Searcher = _NEAR) -> str | None:
    """ "geweld" for an inflected form of a violent verb, e.g. "mishandelde" -> "mishandelen"."""
    present = set(norm.split())
    changed = [lemma for lemma in lemmas if lemma.lower() not in present]
    if changed and LEMMA_TRIGGERS.search(" ".join(changed).lower()) and not near.search(norm, 0, len(norm)):
        return "geweld"
    return None


def framed(text: str) -> bool:
    """Whether the whole message is about emergencies in general or one that is over (a
    course, "what to do if", "nobody got hurt"): then neither a rule nor the model calls it
    urgent."""
    return _FRAMED.search(normalize(text))


def _assess_reference(text: str, lemmas: Sequence[str] | None = None) -> UrgencyVerdict:
    """The straightforward `assess`: every check on every message (for the equivalence test)."""
    norm = normalize(text)
    reason = _matches(norm, reference=True)
    if reason is None and lemmas:
        reason = _lemma_reason(norm, lemmas, NEGATIONS)
    if reason is None:
        reason = _misspelled_trigger(norm, NEGATIONS, SENTENCE_NEGATIONS)
    if reason is not None and not FRAMES.search(norm):
        return UrgencyVerdict(urgent=True, reason=reason, acute=False)
    noise_now = ACUTE_NOISE.search(norm) and ACUTE_NOW.search(norm) and not PAST.search(norm)
    acute = bool(noise_now) or bool(ACUTE_BURGLARY.search(norm))
    return UrgencyVerdict(urgent=False, reason=None, acute=acute)


# --- the gate: which checks can fire, from the words of the normalised text ---------------

_RULE_BITS = (1 << len(_SINGLES)) - 1
_NOISE, _BURGLARY, _TYPO = (1 << (len(_SINGLES) + k) for k in range(3))  # _TYPO: an extra


def _anchor_cost(anchor: Anchor) -> float:
    """Prefer rare pieces as anchors: frequent words would open the gate for most messages."""
    common = anchor.text in COMMON_WORDS or (anchor.kind != "exact" and len(anchor.text) <= 3)
    return 100 * length_cost(anchor) if common else length_cost(anchor)


def _typo_bit(word: str) -> int:
    if len(word) < TYPO_MIN_LENGTH:  # nor are its parts: `_typo_of` finds nothing in them
        return 0
    return _TYPO if any(_typo_of(part) is not None for part in _WORDS.findall(word)) else 0


# Bit k: alternative k of `combined()` (_SINGLES[k]); then ACUTE_NOISE, ACUTE_BURGLARY, the typo check.
# Built on first use (0.3 s), or restored from a model folder that saved it (`install_gate`).
_GATE: RegexGate | None = None
GATE_FILE = "urgency_gate.json"  # in the model folder: `RegexGate.state()` and its fingerprint
# the modules whose code decides the gate: a saved gate from other code is not used
_GATE_SOURCES = ("nlp.urgency", "nlp.urgency_rules", "nlp.regex_gate", "nlp.regex_literals")


def _gate() -> RegexGate:
    global _GATE
    if _GATE is None:
        checks = [single.pattern for single, _ in _SINGLES] + [ACUTE_NOISE, ACUTE_BURGLARY]
        _GATE = RegexGate(checks, _anchor_cost, _typo_bit)
    return _GATE


def save_gate(folder: Path) -> None:
    """Write the gate's worked-out state to `folder` (with the training's model)."""
    from nlp.features import source_fingerprint

    state = {
        "fingerprint": source_fingerprint(_GATE_SOURCES),
        "gate": _gate().state(),
        "alternations": {name: alternation.state() for name, alternation in _ALTERNATIONS.items()},
    }
    (folder / GATE_FILE).write_text(json.dumps(state, separators=(",", ":")), encoding="utf-8")


def install_gate(folder: Path) -> bool:
    """Use the gate saved in `folder` when this code wrote it; False (and the gate is built
    on first use) when there is none, it is unreadable or other code wrote it."""
    global _GATE
    from nlp.features import source_fingerprint

    path = folder / GATE_FILE
    if _GATE is not None or not path.is_file():
        return _GATE is not None
    try:
        saved = json.loads(path.read_text(encoding="utf-8"))
        if saved.get("fingerprint") != source_fingerprint(_GATE_SOURCES):
            log.info("%s was written by other code: the urgency gate is built anew", path)
            return False
        gate = RegexGate.from_state(saved["gate"], _typo_bit)
        for name, alternation_state in saved["alternations"].items():
            _ALTERNATIONS[name].install(alternation_state)
        _GATE = gate  # only once everything was read
    except (OSError, ValueError, KeyError, TypeError) as error:
        log.warning("cannot read the urgency gate %s (%s): it is built anew", path, error)
        return False
    return True


class _LemmaGate(dict[str, int]):
    """Memoised lemma -> 1 when it holds a LEMMA_TRIGGERS word (all `_lemma_reason` can find),
    and the set of the lemmas known not to."""

    def __init__(self) -> None:
        super().__init__()
        self.calm: set[str] = set()

    def __missing__(self, lemma: str) -> int:
        if len(self) >= 100_000:
            self.clear()
            self.calm.clear()
        value = self[lemma] = int(LEMMA_TRIGGERS.search(lemma.lower()) is not None)
        if not value:
            self.calm.add(lemma)
        return value


_LEMMA_GATE = _LemmaGate()


def may_alarm(word: str) -> bool:
    """Whether a word may make `assess` return anything but UrgencyVerdict(False, None, False).

    Contract: for an ASCII `text`, if no word `w` of `text.lower()` (cut at non-word
    characters: `re.findall(r"\\w+", text.lower())` or `text.lower().split()`) and no lemma
    `l` of `lemmas` has `may_alarm` True, then `assess(text, lemmas)` returns
    UrgencyVerdict(False, None, False). Non-ASCII text: normalisation strips accents and may
    join or split words, so call `assess` (which runs this gate itself, ~3 us when calm).
    Memoised: a dict lookup for a word seen before."""
    gate = _GATE or _gate()
    return bool(gate.token_bits(word) | gate.always | _LEMMA_GATE[word])


def assess(text: str, lemmas: Sequence[str] | None = None) -> UrgencyVerdict:
    """Rule verdict for one message. `lemmas` (optional) widens the net to inflected forms."""
    # ASCII: normalize() only lower-cases and joins white space: the same words (\w runs).
    tokens = text.lower().split() if text.isascii() else normalize(text).split()
    gate = _GATE or _gate()
    if gate.calm(tokens) and (not lemmas or _LEMMA_GATE.calm.issuperset(lemmas)):
        return _CALM  # all words and lemmas seen before, none can alarm: set lookups only
    found = gate.candidates(tokens)
    bits = gate.refine(found) if found & gate.verdict_bits else 0
    lemma_hit = bool(lemmas) and any(map(_LEMMA_GATE.__getitem__, lemmas or ()))
    if not bits and not lemma_hit:
        return _CALM
    norm = normalize(text)
    reason = _rules_match(norm, bits & _RULE_BITS) if bits & _RULE_BITS else None
    if reason is None and lemma_hit:
        reason = _lemma_reason(norm, lemmas or ())
    if reason is None and bits & _TYPO:
        reason = _misspelled_trigger(norm)
    if reason is not None and not _FRAMED.search(norm):
        return UrgencyVerdict(urgent=True, reason=reason, acute=False)
    noise = bits & _NOISE and ACUTE_NOISE.search(norm)
    noise_now = noise and ACUTE_NOW.search(norm) and not PAST.search(norm)
    acute = bool(noise_now) or bool(bits & _BURGLARY and ACUTE_BURGLARY.search(norm))
    return UrgencyVerdict(urgent=False, reason=None, acute=acute)


def _rules_match(norm: str, bits: int) -> str | None:
    """`_matches(norm)` run on the alternatives of `bits` only (the others cannot match
    anywhere in `norm`): the leftmost match, the first alternative on a tie, skipping
    negated matches and going on after them, just like `combined().finditer`."""
    if _gate().always & _RULE_BITS:
        return _matches(norm)  # some alternative has no anchor (and may match empty)
    singles = [_SINGLES[k] for k in set_bits(bits)]
    found = [pattern.search(norm) for pattern, _ in singles]
    position = 0
    while True:
        best, reason = None, ""
        for k, match in enumerate(found):
            if match is not None and match.start() < position:
                match = found[k] = singles[k][0].search(norm, position)
            if match is not None and (best is None or match.start() < best.start()):
                best, reason = match, singles[k][1]
        if best is None:
            return None
        if not negated(norm, best.start(), best.end()):
            return reason
        position = best.end()  # never empty: every match holds its anchor
