"""Which of several regexes can match a text, told cheaply from its words (memoised per token).

A *token* is a piece of the text cut at non-word characters (e.g. `text.split()`), so the
words (\\w runs) of the tokens are the words of the text. For each pattern `RegexGate` reads
its ways to match and their literal pieces (nlp/regex_literals.py) and picks a few rare
pieces that together cover all ways (its anchors; further disjoint covers are kept too):

- `calm(tokens)`: True when every token is known to hold no anchor (set lookups only);
- `candidates(tokens)`: the OR of the memoised bits of the tokens: the patterns whose anchors
  hold for a token, and (above `verdict_bits`) the pieces present;
- `refine(candidates)`: only the patterns that can still match given all pieces present
  (every cover hit, and one way with all its pieces).

A pattern whose bit is off cannot match the text; an "on" bit only says that running the
pattern is needed (the conditions are sound, not tight).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator, Sequence
from functools import reduce
from operator import or_
from typing import Any

from nlp.regex_literals import Anchor, ways

_WORD_RUNS = re.compile(r"\w+")


def length_cost(anchor: Anchor) -> float:
    """Longer pieces are rarer; whole words are rarer than word starts or ends."""
    return max(1, 12 - len(anchor.text)) + {"exact": 0, "infix": 4}.get(anchor.kind, 2)


class RegexGate:
    """Bit k stands for checks[k]. Bits from 1 << len(checks) up to EXTRA_BITS more are the
    caller's `extra(word)`, passed through untouched. `candidates` also carries, above those,
    the pieces present in the tokens, which is what `refine` needs."""

    EXTRA_BITS = 16

    def __init__(
        self,
        checks: Sequence[re.Pattern[str] | str],  # a str: a pattern without flags
        cost: Callable[[Anchor], float] = length_cost,
        extra: Callable[[str], int] | None = None,
        max_size: int = 100_000,
    ) -> None:
        self.always = 0  # checks without pieces (or with odd flags): always candidates
        self._clauses: list[tuple[int, ...]] = []  # per check: piece sets each to be hit
        # per check: its ways (each a bitmask of its pieces) by their key piece, the rarest one
        # (lowest cost), and the OR of those keys: a way can only be all present if its key is,
        # so `refine` looks at those ways only (keyed by the lowest piece instead, a message
        # opened ~44 ways per check it reached, many behind frequent words)
        self._ways_by_key: list[dict[int, tuple[int, ...]]] = []
        self._keys: list[int] = []
        self._shift = len(checks) + self.EXTRA_BITS
        self.verdict_bits = (1 << self._shift) - 1  # the bits below the pieces
        anchored: list[tuple[int, Iterable[Anchor]]] = []
        piece_bit: dict[Anchor, int] = {}
        piece_cost: dict[int, float] = {}
        for k, check in enumerate(checks):
            found = ways(check) or []
            covers = _covers(found, cost) if found else []
            if found:
                anchored.append((1 << k, covers[0]))
            else:
                self.always |= 1 << k
            for piece in sorted(set().union(*found), key=lambda a: (a.kind, a.text)):
                if piece not in piece_bit:
                    piece_bit[piece] = 1 << len(piece_bit)
                    piece_cost[piece_bit[piece]] = cost(piece)
            self._clauses.append(tuple(_mask(c, piece_bit) for c in covers[1:]))
            masks = {_mask(way, piece_bit) for way in found}
            # dropping ways that hold another only saves `refine` time: worth it for few ways
            self._index_ways(_minimal(masks) if len(masks) <= _MINIMAL_UP_TO else tuple(masks), piece_cost)
        self._checks = (1 << len(checks)) - 1
        anchored += [(bit << self._shift, [piece]) for piece, bit in piece_bit.items()]
        self._tokens = _WordBits(anchored, extra, max_size, self.verdict_bits)

    def state(self) -> dict[str, Any]:
        """What the gate worked out from its checks, as JSON-able data (no memo, no `extra`):
        `from_state` restores the same gate without reading the regexes again (0.3 s for the
        urgency rules)."""
        return {
            "always": self.always,
            "clauses": [list(c) for c in self._clauses],
            "ways_by_key": [[[key, list(ways)] for key, ways in d.items()] for d in self._ways_by_key],
            "keys": self._keys,
            "shift": self._shift,
            "checks": self._checks,
            "words": self._tokens.state(),
        }

    @classmethod
    def from_state(
        cls, state: dict[str, Any], extra: Callable[[str], int] | None = None, max_size: int = 100_000
    ) -> RegexGate:
        gate = cls.__new__(cls)
        gate.always = int(state["always"])
        gate._clauses = [tuple(c) for c in state["clauses"]]
        gate._ways_by_key = [{key: tuple(ways) for key, ways in d} for d in state["ways_by_key"]]
        gate._keys = list(state["keys"])
        gate._shift, gate._checks = int(state["shift"]), int(state["checks"])
        gate.verdict_bits = (1 << gate._shift) - 1
        gate._tokens = _WordBits.from_state(state["words"], extra, max_size, gate.verdict_bits)
        return gate

    def _index_ways(self, ways: tuple[int, ...], piece_cost: dict[int, float]) -> None:
        by_key: dict[int, list[int]] = {}
        for way in ways:
            key = min((1 << bit for bit in set_bits(way)), key=lambda b: (piece_cost[b], b))
            by_key.setdefault(key, []).append(way)
        self._ways_by_key.append({key: tuple(group) for key, group in by_key.items()})
        self._keys.append(reduce(or_, by_key, 0))

    def calm(self, tokens: Iterable[str]) -> bool:
        """True when no token can open a check or an extra (a set lookup per token); False
        also when unsure (a token not seen before): then use `candidates`."""
        return not self.always and self._tokens.calm.issuperset(tokens)

    def token_bits(self, token: str) -> int:
        """Bits of the checks whose anchors hold for a word of the token (| extras)."""
        return self._tokens[token] & self.verdict_bits

    def candidates(self, tokens: Iterable[str]) -> int:
        """Bits of the checks whose anchors hold for a token (plus `always` and extras);
        above `verdict_bits`, the pieces present. Mask with `verdict_bits` or `refine`."""
        return reduce(or_, map(self._tokens.__getitem__, tokens), self.always)

    def refine(self, found: int) -> int:
        """The candidates (within `verdict_bits`) without the checks that cannot match: one of
        their covers has no piece in the tokens, or none of their ways has all its pieces."""
        present = found >> self._shift
        kept = found & self.verdict_bits & ~(self._checks & ~self.always)
        for k in set_bits(found & self._checks & ~self.always):
            for clause in self._clauses[k]:
                if not clause & present:
                    break
            else:
                if self._has_way(k, present):
                    kept |= 1 << k
        return kept

    def _has_way(self, k: int, present: int) -> bool:
        """Whether one of check k's ways has all its pieces in `present` (the ways whose
        key piece is present, only)."""
        by_key = self._ways_by_key[k]
        keys = present & self._keys[k]
        while keys:
            key = keys & -keys
            for way in by_key[key]:
                if way & present == way:
                    return True
            keys ^= key
        return False


_MINIMAL_UP_TO = 64  # `_minimal` compares every pair of ways


def _minimal(masks: set[int]) -> tuple[int, ...]:
    """The masks that hold no other one (a way needing more pieces than another adds nothing)."""
    kept: list[int] = []
    for mask in sorted(masks, key=lambda m: (m.bit_count(), m)):
        if not any(other & mask == other for other in kept):
            kept.append(mask)
    return tuple(kept)


def _mask(pieces: Iterable[Anchor], piece_bit: dict[Anchor, int]) -> int:
    return reduce(or_, (piece_bit[p] for p in pieces), 0)


def _covers(
    found: Sequence[frozenset[Anchor]], cost: Callable[[Anchor], float]
) -> list[set[Anchor]]:
    """Disjoint covers of the ways (each way holds a piece of each), cheapest first: a text
    lacking all the pieces of any one of them cannot match. At most four."""
    covers: list[set[Anchor]] = []
    used: set[Anchor] = set()
    while len(covers) < 4 and all(way - used for way in found):
        covers.append(cover([way - used for way in found], cost))
        used |= covers[-1]
    return covers


def set_bits(bits: int) -> Iterator[int]:
    """The positions of the 1 bits, lowest first."""
    while bits:
        low = bits & -bits
        yield low.bit_length() - 1
        bits ^= low


class _WordBits(dict[str, int]):
    """Memoised token -> OR of the bits of the anchors holding for its words (| extra(word)),
    and the set of the tokens without any `calm_mask` bit; starts afresh past max_size."""

    def __init__(
        self,
        anchored: Iterable[tuple[int, Iterable[Anchor]]],
        extra: Callable[[str], int] | None,
        max_size: int,
        calm_mask: int,
    ) -> None:
        super().__init__()
        tables: dict[tuple[str, int], dict[str, int]] = {}  # (kind, length) -> text -> bits
        for bit, anchors in anchored:
            for anchor in anchors:
                size = 0 if anchor.kind in ("exact", "infix") else len(anchor.text)
                table = tables.setdefault((anchor.kind, size), {})
                table[anchor.text] = table.get(anchor.text, 0) | bit
        self._setup(tables, extra, max_size, calm_mask)

    def state(self) -> list[list[Any]]:
        """The anchor tables: [kind, length, {text: bits}] each."""
        tables = [["exact", 0, self._exact], ["infix", 0, dict(self._infix)]]
        tables += [["prefix", size, table] for size, table in self._prefix]
        return tables + [["suffix", size, table] for size, table in self._suffix]

    @classmethod
    def from_state(
        cls, state: list[list[Any]], extra: Callable[[str], int] | None, max_size: int, calm_mask: int
    ) -> _WordBits:
        words = cls.__new__(cls)
        dict.__init__(words)
        words._setup({(kind, int(size)): table for kind, size, table in state}, extra, max_size, calm_mask)
        return words

    def _setup(
        self,
        tables: dict[tuple[str, int], dict[str, int]],
        extra: Callable[[str], int] | None,
        max_size: int,
        calm_mask: int,
    ) -> None:
        self.calm: set[str] = set()
        self._calm_mask = calm_mask
        self._exact = tables.get(("exact", 0), {})
        self._infix = list(tables.get(("infix", 0), {}).items())
        by_size = sorted(tables.items(), key=lambda item: item[0][1])
        self._prefix = [(size, table) for (kind, size), table in by_size if kind == "prefix"]
        self._suffix = [(size, table) for (kind, size), table in by_size if kind == "suffix"]
        # quick rejects: the shortest anchor's start (end) of every prefix (suffix) anchor
        self._prefix_size = min((size for size, _ in self._prefix), default=0)
        self._prefix_starts = {text[: self._prefix_size] for _, t in self._prefix for text in t}
        self._suffix_size = min((size for size, _ in self._suffix), default=0)
        self._suffix_ends = {text[-self._suffix_size :] for _, t in self._suffix for text in t}
        self._extra, self._max_size = extra, max_size

    def __missing__(self, token: str) -> int:
        if len(self) >= self._max_size:
            self.clear()
            self.calm.clear()
        value = self[token] = reduce(or_, map(self._word, _WORD_RUNS.findall(token)), 0)
        if not value & self._calm_mask:
            self.calm.add(token)
        return value

    def _word(self, word: str) -> int:
        bits = self._exact.get(word, 0) | (self._extra(word) if self._extra else 0)
        if word[: self._prefix_size] in self._prefix_starts:
            for size, table in self._prefix:
                if size > len(word):
                    break
                bits |= table.get(word[:size], 0)
        if self._suffix_size and word[-self._suffix_size :] in self._suffix_ends:
            for size, table in self._suffix:
                if size > len(word):
                    break
                bits |= table.get(word[-size:], 0)
        for text, bit in self._infix:
            if text in word:
                bits |= bit
        return bits


def cover(found: Sequence[frozenset[Anchor]], cost: Callable[[Anchor], float]) -> set[Anchor]:
    """Anchors such that every way holds one (greedy weighted set cover: the piece held by
    most uncovered ways per unit of cost first)."""
    holders: dict[Anchor, set[int]] = {}
    for number, way in enumerate(found):
        for piece in way:
            holders.setdefault(piece, set()).add(number)
    todo, chosen = set(range(len(found))), set()
    ranked = sorted(holders, key=lambda a: (a.kind, a.text))  # deterministic ties
    while todo:
        best = max(ranked, key=lambda a: len(holders[a] & todo) / cost(a))
        chosen.add(best)
        todo -= holders[best]
    return chosen


def top_alternatives(source: str) -> list[str]:
    r"""The alternatives of a pattern written `\b(?:A|B|...)\b`, each as `\b(?:A)\b`; the
    pattern itself when it has another shape. A text matches the pattern somewhere exactly
    when it matches one of them somewhere."""
    head, tail = "\\b(?:", ")\\b"
    if not (source.startswith(head) and source.endswith(tail)):
        return [source]
    inner, parts, depth, start, i = source[len(head) : -len(tail)], [], 0, 0, 0
    while i < len(inner):
        ch = inner[i]
        if ch == "\\":
            i += 1
        elif ch == "[":
            i = _class_end(inner, i)
        elif ch == "(":
            depth += 1
        elif ch == ")":
            depth -= 1
            if depth < 0:
                return [source]  # the outer group closes early: not one alternation
        elif ch == "|" and depth == 0:
            parts.append(inner[start:i])
            start = i + 1
        i += 1
    parts.append(inner[start:])
    return [head + part + tail for part in parts]


def _class_end(source: str, i: int) -> int:
    """The index of the `]` closing the character class that opens at source[i]."""
    i += 1
    if source[i : i + 1] == "^":
        i += 1
    if source[i : i + 1] == "]":
        i += 1
    while source[i] != "]":
        i += 2 if source[i] == "\\" else 1
    return i


class AnyOf:
    r"""`pattern.search(text, pos, endpos) is not None` for a long alternation `\b(?:A|B|...)\b`
    (the negations: hundreds of alternatives, which `re` tries one by one at every position),
    running only the alternatives whose anchors occur among the words of text[pos:endpos]:
    a `RegexGate` over them, built on first use or restored (`install`); each alternative is
    compiled when first run."""

    def __init__(self, pattern: re.Pattern[str]) -> None:
        self.pattern = pattern
        self._sources = top_alternatives(pattern.pattern)
        self._compiled: list[re.Pattern[str] | None] = [None] * len(self._sources)
        self._gate: RegexGate | None = None

    def search(self, text: str, pos: int = 0, endpos: int | None = None) -> bool:
        end = len(text) if endpos is None else endpos
        return self.starts_in(text, pos, end + 1, end)  # every match there starts by `end`

    def starts_in(self, text: str, pos: int, limit: int, endpos: int) -> bool:
        """Whether a match of the pattern within text[pos:endpos] starts before `limit`
        (what the plain pattern's leftmost match there tells)."""
        gate = self._gate or self._build()
        found = gate.candidates(text[pos:endpos].split())
        if not found & gate.verdict_bits:
            return False
        for k in set_bits(gate.refine(found)):
            match = self._alternative(k).search(text, pos, endpos)
            if match is not None and match.start() < limit:
                return True
        return False

    def state(self) -> dict[str, Any]:
        return (self._gate or self._build()).state()

    def install(self, state: dict[str, Any]) -> None:
        self._gate = RegexGate.from_state(state)

    def _alternative(self, k: int) -> re.Pattern[str]:
        found = self._compiled[k]
        if found is None:
            found = self._compiled[k] = re.compile(self._sources[k], self.pattern.flags)
        return found

    def _build(self) -> RegexGate:
        compiled = [self._alternative(k) for k in range(len(self._sources))]
        self._gate = RegexGate(compiled)
        return self._gate
