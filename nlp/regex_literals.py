"""Literal pieces of regular expressions, read with the stdlib parser (re._parser).

A *word* is a maximal run of \\w characters (what \\b looks at). `ways(pattern)` expands
branches and optional parts into the pattern's ways to match; each way needs all of its
literal *pieces* (`Anchor`s: maximal runs of literal word characters) to hold for some word
of any text it matches:

- "exact":  the word equals the piece (word characters bounded on both sides by \\b or a
  non-word character, e.g. `\\bfik\\b`, `\\bhelp!`);
- "prefix": the word starts with it (bounded on the left only, e.g. `\\bzelfmoord`);
- "suffix": the word ends with it (bounded on the right only, e.g. `(?:auto|huis)brand\\b`);
- "infix":  the word contains it.

Zero-width assertions (lookarounds) are skipped: they only restrict where a pattern matches.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from re import _constants as _c  # type: ignore[attr-defined]
from re import _parser  # type: ignore[attr-defined]
from typing import Any

# A flat pattern item: ("w", char) a word character, ("n", "") a non-word character,
# ("b", "") a \b, ("x", "") anything else (unknown length and characters).
Item = tuple[str, str]
_NONWORD: Item = ("n", "")
_BOUNDARY: Item = ("b", "")
_UNKNOWN: Item = ("x", "")
_MAX_WAYS = 1024
_ODD_FLAGS = _c.SRE_FLAG_IGNORECASE | _c.SRE_FLAG_LOCALE | _c.SRE_FLAG_ASCII
_REPEATS = (_c.MAX_REPEAT, _c.MIN_REPEAT, getattr(_c, "POSSESSIVE_REPEAT", _c.MAX_REPEAT))


@dataclass(frozen=True)
class Anchor:
    kind: str  # "exact", "prefix", "suffix" or "infix"
    text: str

    def holds(self, word: str) -> bool:
        if self.kind == "exact":
            return word == self.text
        if self.kind == "prefix":
            return word.startswith(self.text)
        if self.kind == "suffix":
            return word.endswith(self.text)
        return self.text in word


def ways(pattern: re.Pattern[str] | str) -> list[frozenset[Anchor]] | None:
    """The pieces each way to match the pattern needs (all of them, in some words of the
    text); None when a way has no literal word piece or flags (ignore case, ASCII, locale)
    change what literals and \\b mean."""
    if isinstance(pattern, re.Pattern):
        if pattern.flags & _ODD_FLAGS:
            return None
        pattern = pattern.pattern
    parsed = _parser.parse(pattern)
    if parsed.state.flags & _ODD_FLAGS:
        return None
    found = [frozenset(_pieces(sequence)) for sequence in _expand(list(parsed))]
    return None if not all(found) else found


def _expand(items: Sequence[tuple[Any, Any]]) -> list[tuple[Item, ...]]:
    """The flat item sequences a parsed pattern stands for (branches and optional parts
    expanded while there are at most _MAX_WAYS; beyond that a part becomes unknown)."""
    sequences: list[tuple[Item, ...]] = [()]
    for op, arg in items:
        options = _item(op, arg)
        if len(sequences) * len(options) > _MAX_WAYS:
            options = [(_UNKNOWN,)]
        sequences = [s + o for s in sequences for o in options]
    return sequences


def _item(op: Any, arg: Any) -> list[tuple[Item, ...]]:
    if op is _c.LITERAL:
        return [(("w", chr(arg)) if is_word_char(chr(arg)) else _NONWORD,)]
    if op is _c.AT:
        return [(_BOUNDARY,)] if arg is _c.AT_BOUNDARY else [()]
    if op in (_c.ASSERT, _c.ASSERT_NOT):
        return [()]  # zero-width: only restricts where the pattern matches
    if op is _c.SUBPATTERN and not arg[1] and not arg[2]:  # a group without flags
        return _expand(list(arg[3]))
    if op is _c.BRANCH:
        return [s for branch in arg[1] for s in _expand(list(branch))]
    if op in _REPEATS:
        low, high, sub = arg
        once = _expand(list(sub))
        if (low, high) == (0, 1):
            return [(), *once]
        if low >= 1:  # the first repetition is certain, the rest is unknown
            return once if high == 1 else [(*s, _UNKNOWN) for s in once]
    if op is _c.IN and _all_nonword(arg):
        return [(_NONWORD,)]
    return [(_UNKNOWN,)]


def _all_nonword(members: Any) -> bool:
    chars = charset(members)
    return chars is not None and not any(map(is_word_char, chars))


def _pieces(sequence: tuple[Item, ...]) -> list[Anchor]:
    """The maximal runs of literal word characters of a flat sequence, as anchors."""
    found: list[Anchor] = []
    run, start = "", 0
    for position, (kind, ch) in enumerate((*sequence, _UNKNOWN)):
        if kind == "w":
            start = position if not run else start
            run += ch
            continue
        if run:
            left = start > 0 and sequence[start - 1][0] in "nb"
            found.append(Anchor(_KINDS[left, kind in "nb"], run))
            run = ""
    return found


_KINDS = {
    (True, True): "exact",
    (True, False): "prefix",
    (False, True): "suffix",
    (False, False): "infix",
}


def is_word_char(ch: str) -> bool:
    """The \\w of `re` for str patterns (also what \\b looks at)."""
    return ch.isalnum() or ch == "_"


def first_chars(items: list[tuple[Any, Any]]) -> set[str] | None:
    """The characters a parsed pattern can start with; None when unknown (a class such as \\w,
    a negated set, or a pattern that may match the empty string)."""
    for position, (op, arg) in enumerate(items):
        if op in (_c.AT, _c.ASSERT, _c.ASSERT_NOT):
            continue  # zero-width: the next item decides
        if op is _c.LITERAL:
            return {chr(arg)}
        if op is _c.IN:
            return charset(arg)
        if op is _c.SUBPATTERN:
            return first_chars(list(arg[3]))
        if op is _c.BRANCH:
            found: set[str] = set()
            for branch in arg[1]:
                first = first_chars(list(branch))
                if first is None:
                    return None
                found |= first
            return found
        if op in (_c.MAX_REPEAT, _c.MIN_REPEAT):
            low, _, sub = arg
            first = first_chars(list(sub))
            if first is None or low >= 1:
                return first
            rest = first_chars(items[position + 1 :])  # optional: or whatever follows
            return None if rest is None else first | rest
        return None
    return None


def charset(members: Any) -> set[str] | None:
    """The characters of a parsed [...] set; None for classes (\\w) and negated sets."""
    chars: set[str] = set()
    for op, arg in members:
        if op is _c.LITERAL:
            chars.add(chr(arg))
        elif op is _c.RANGE:
            chars.update(chr(code) for code in range(arg[0], arg[1] + 1))
        else:
            return None
    return chars


def parse(pattern: str) -> list[tuple[Any, Any]]:
    """The top-level items of a pattern, as the stdlib parser gives them."""
    return list(_parser.parse(pattern))
