"""Find location mentions in a resident's text: postcodes, house numbers and known place names.

Pure text processing, no I/O: the caller (routing/geo.py) passes the municipality's names (buurten,
villages, wijken, streets, neighbouring places) and turns mentions into a Location.

Precision matters as much as recall: "zuid" as a direction, "west" inside "westkant", "ondiep"
(shallow), "halve maan" or "in 2024" must not become a place. So

- names that are ordinary Dutch words (compass points, "centrum", ...) only count in a place
  context ("in Zuid", "wijk West", "Utrecht-Oost"), never as part of a longer word or phrase;
- multi-word names made of ordinary words must be written with capitals ("Halve Maan");
- fuzzy matching (typos, missing hyphens) only applies to distinctive names of 6+ letters,
  with the same first letter and a high score;
- a bare four-digit number is only a postcode in a postcode context or when the caller knows it.

Postcodes, house numbers and the Mention record are in nlp/postcodes.py, folding and name variants
in nlp/placenames.py (all importable from here).

Speed (most messages are new, so this is about text not seen before): the tokens of a message
come from its whitespace-separated chunks, each tokenised once and remembered; what a distinct
token says about names (its trie node, its one-word fuzzy match, two bit masks saying after which
next tokens a name may start at it) is worked out once too. Per message, one AND per token pair
(in C, over the whole list) finds the few tokens where a name may start, and only there does
Python look. A message has a postcode only if one of its tokens has four digits (known per
token). The plain per-token implementation stays as `LocationExtractor._names_reference`, and
tests/nlp/test_locations_speed.py checks that both find the same mentions.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Iterable, Sequence
from dataclasses import dataclass, field
from itertools import chain, compress, count, filterfalse, islice
from operator import and_, attrgetter

from rapidfuzz import fuzz, process

from nlp.placenames import (
    COMMON_WORDS,
    COMPASS_WORDS,
    abbreviations,
    dutch_words,
    fold,
    name_variants,
    shared_stems,
    sound_key,
)
from nlp.postcodes import (
    Mention,
    backwards,
    ends_with,
    find_postcodes,
    has_four_digits,
    house_number,
)

__all__ = [
    "COMMON_WORDS",
    "COMPASS_WORDS",
    "LocationExtractor",
    "Mention",
    "dutch_words",
    "find_postcodes",
    "fold",
    "house_number",
    "mention_names",
    "name_variants",
    "shared_stems",
]

_PLACE_WORDS = (  # "de wijkregisseur voor Oost": the people of an area name it too
    "in|uit|naar|wijk|stadsdeel|gebied|living in|lives in|wijkregisseur voor|wijkregisseur van|"
    "wijkagent voor|wijkagent van|wijkteam voor|wijkteam van|buurtteam voor|buurtteam van|"
    "wijkregisseur|wijkagent|wijkteam|buurtteam|wijkbureau|wijkcentrum|buurtcentrum"  # "buurtteam zuidwest"
)
_PLACE_BEFORE = re.compile(
    rf"\b(?:{_PLACE_WORDS})\s+(?:de\s+|het\s+|the\s+)?(?:hele\s+|gehele\s+|whole\s+)?$", re.IGNORECASE
)
_PLACE_BEFORE_BACKWARDS = re.compile(  # for `ends_with`: the same, read backwards
    rf"(?:\s+(?:eleh|eleheg|elohw))?(?:\s+(?:ed|teh|eht))?\s+(?:{backwards(_PLACE_WORDS)})\b",
    re.IGNORECASE,
)
_TOKEN = re.compile(r"[\w'’]+\.?", re.UNICODE)
# what may follow a name that stands alone: punctuation, the end, or a house number; or, for a
# capitalised name opening a sentence, where in it ("Ondiep bij het pleintje")
_ALONE_AFTER = re.compile(r"\s*(?:[,.;!?]|$|\d)|\s+(?:bij|naast|achter|tegenover|near|next to)\s")


def _nth_token_start(text: str, k: int) -> int:
    """Where the k-th `_TOKEN` match of `text` starts.

    (A token whose text occurs only once in `text`, overlapping occurrences included, is that
    occurrence, so `_names` looks it up with `str.find` first.)
    """
    return next(islice(_TOKEN.finditer(text), k, None)).start()


@dataclass(frozen=True)
class _Entry:
    key: str  # canonical name
    kind: str
    variant: str  # the form as written in the data
    folded: str
    common: bool  # made of ordinary words only: needs a place context and capitals


@dataclass(eq=False, slots=True)
class _Node:
    """Trie over the words of the folded names: the names ending here and the longer ones."""

    entries: list[_Entry] | None = None
    children: dict[str, _Node] = field(default_factory=dict)
    mask: int = 0  # the bits (`LocationExtractor._bits`) of the children's words


_NO_MATCH: tuple[list[_Entry], float] = ([], 0.0)
# bit 0 of the `_Token` masks: in every `tmask`, and in the `fmask` of a token where a name may
# start whatever follows
_ANY = 1


class _Token:
    """What name matching needs to know about one token, worked out once per distinct token and
    not changed after.

    `fmask & tmask` of the next token (bits: `LocationExtractor._bits`) is nonzero exactly
    where `_match` may find a name at this token: it is a one-word name (`_ANY`), the next
    token is the next word of a longer exact name, or `_fuzzy_pair` tries the two. A plain
    class with slots: one is made for every new token of cold text, so construction is cheap.
    """

    __slots__ = ("alone", "fmask", "folded", "fuzzy", "node", "raw", "single", "tmask",
                 "unknown", "word")  # fmt: skip

    def __init__(
        self,
        raw: str,
        word: str,
        folded: str,
        unknown: bool,
        node: _Node | None,
        fuzzy: tuple[list[_Entry], float],
        fmask: int,
        tmask: int,
    ) -> None:
        self.raw = raw  # as `_TOKEN` matched it (it may end in ".")
        self.word = word  # without that "."
        self.folded = folded
        self.unknown = unknown  # not an ordinary Dutch word, so it may be a misspelt name
        self.node = node  # the names whose first word this is
        self.fuzzy = fuzzy  # the one-word fuzzy match (`_NO_MATCH` if not tried)
        self.single = (fuzzy[0], fuzzy[1], 1) if fuzzy[0] else None  # as `_match` returns it
        # `_match` finds a name here whatever follows (an exact or fuzzy one-word name)
        self.alone = (node is not None and bool(node.entries)) or bool(fuzzy[0])
        self.fmask = fmask | _ANY if self.alone else fmask  # what may follow a name's start
        self.tmask = tmask | _ANY  # what this token is as a next word


_END = _Token("", "", "", False, None, _NO_MATCH, 0, _ANY)  # after the last token
_FMASK = attrgetter("fmask")
_TMASK = attrgetter("tmask")
_CACHE_LIMIT = 100_000  # chunks, tokens, word pairs remembered per extractor
# a name that sounds the same as the written word ("overvegt", "Overvecht": 82) is at least
# this close to it; below it, `_fuzzy` does not work out how the word sounds
_SOUND_CUTOFF = 75.0


@dataclass
class LocationExtractor:
    """Find gazetteer names (and postcodes) in text. `names`: (canonical name, kind) pairs.

    Per distinct token (and whitespace-separated chunk, and word pair for fuzzy matching) the
    work is done once and remembered, in bounded caches owned by the instance (a new
    municipality builds a new extractor). `_names_reference` is the plain implementation the
    fast `_names` must agree with (tests/nlp/test_locations_speed.py).
    """

    names: Sequence[tuple[str, str]]
    towns: Sequence[str] = ()  # "Utrecht": "Utrecht-Zuid", "Utrecht Oost" are place contexts
    split_kinds: frozenset[str] = frozenset({"buurt", "wijk"})  # kinds whose names get variants
    fuzzy_cutoff: float = 90.0
    lexicon: Collection[str] | None = None  # ordinary words; default: dutch_words()
    _entries: list[_Entry] = field(init=False, repr=False)
    _by_length: dict[int, dict[str, list[_Entry]]] = field(init=False, repr=False)
    _fuzzy_choices: dict[tuple[int, str], dict[str, str]] = field(init=False, repr=False)
    _sizes_by_first: dict[str, tuple[int, ...]] = field(init=False, repr=False)
    _fuzzy_lengths: dict[tuple[int, str], tuple[int, int]] = field(init=False, repr=False)
    _fuzzy_shapes: set[tuple[int, str, int]] = field(init=False, repr=False)
    _sounds: dict[tuple[int, str], str] = field(init=False, repr=False)
    _bits: dict[str | int, int] = field(init=False, repr=False)
    _pair_masks: dict[tuple[str, int, bool], int] = field(init=False, repr=False)
    _trie: dict[str, _Node] = field(init=False, repr=False, compare=False)
    _tokens: dict[str, _Token] = field(init=False, repr=False, compare=False)
    _chunks: dict[str, tuple[_Token, ...]] = field(init=False, repr=False, compare=False)
    _single: dict[str, _Token] = field(init=False, repr=False, compare=False)  # 1-token chunks
    _numbers: set[_Token] = field(init=False, repr=False, compare=False)  # with four digits
    _keys: dict[int, tuple[str, ...]] = field(init=False, repr=False, compare=False)
    _pairs: dict[tuple[str, str], tuple[list[_Entry], float]] = field(
        init=False, repr=False, compare=False
    )

    def __post_init__(self) -> None:
        self._words()  # the word list now (0.2 s once per process), not in the first request
        self._entries = []
        seen: set[tuple[str, str]] = set()
        splittable = [key for key, kind in self.names if kind in self.split_kinds]
        stems = shared_stems(splittable)
        written: set[str] = set()  # the folded names and variants other than `abbreviations`
        shortened: set[str] = set()
        for key, kind in self.names:
            variants = name_variants(key) if kind in self.split_kinds else {key}
            short = abbreviations(key)
            written |= {fold(v) for v in variants}
            shortened |= {fold(v) for v in short}
            variants |= short
            variants |= {stem for stem, keys in stems.items() if key in keys}
            for variant in sorted(variants):
                folded = fold(variant)
                if (folded, key) in seen:
                    continue
                seen.add((folded, key))
                common = all(token in COMMON_WORDS for token in folded.split())
                self._entries.append(_Entry(key, kind, variant, folded, common))
        self._by_length = {}
        for entry in self._entries:
            size = len(entry.folded.split())
            self._by_length.setdefault(size, {}).setdefault(entry.folded, []).append(entry)
        for table in self._by_length.values():
            for folded, entries in table.items():
                canonical = [e for e in entries if fold(e.key) == folded]
                table[folded] = canonical or entries  # an exact name beats a derived variant
        self._towns = tuple(fold(t) for t in self.towns)
        # which name lengths (in words) start with a given word, longest first
        sizes: dict[str, set[int]] = {}
        for size, table in self._by_length.items():
            for folded in table:
                sizes.setdefault(folded.split()[0], set()).add(size)
        self._sizes_by_first = {w: tuple(sorted(n, reverse=True)) for w, n in sizes.items()}
        # a shortened or split spelling is matched exactly: its full name is the fuzzy candidate
        self._index_fuzzy(shortened - written)
        self._trie = self._build_trie()
        self._index_masks()
        # the canonical names of each list of entries a match returns (by the list's identity:
        # the lists live in `_by_length`)
        self._keys = {
            id(entries): tuple(dict.fromkeys(e.key for e in entries))
            for table in self._by_length.values()
            for entries in table.values()
        }
        self._tokens, self._chunks, self._single, self._pairs = {}, {}, {}, {}
        self._numbers = set()

    def _index_fuzzy(self, exact_only: set[str]) -> None:
        # fuzzy candidates by (number of words, first letter): distinctive names of 6+ letters,
        # compared without spaces ("kanalen eiland", "kanaleneilnd" -> "kanaleneiland")
        self._fuzzy_choices = {}
        for size, table in self._by_length.items():
            for folded, entries in table.items():
                if not entries[0].common and len(folded) >= 6 and folded not in exact_only:
                    bucket = self._fuzzy_choices.setdefault((size, folded[0]), {})
                    bucket[folded.replace(" ", "")] = folded
        self._fuzzy_lengths = {
            key: (min(map(len, bucket)), max(map(len, bucket)))
            for key, bucket in self._fuzzy_choices.items()
        }
        # the same names by how they sound (`sound_key`), where that is one name only
        sounds: dict[tuple[int, str], set[str]] = {}
        for (size, _), bucket in self._fuzzy_choices.items():
            for joined, folded in bucket.items():
                sounds.setdefault((size, sound_key(joined)), set()).add(folded)
        self._sounds = {key: next(iter(names)) for key, names in sounds.items() if len(names) == 1}
        # (words, first letter, letters joined) that `_fuzzy` would try at all
        self._fuzzy_shapes = {
            (size, first, length)
            for (size, first), (low, high) in self._fuzzy_lengths.items()
            for length in range(6, int(high * 1.25) + 1)
            if low * 0.8 <= length
        }

    def _index_masks(self) -> None:
        """The bits of `_Token.fmask` / `tmask`: one per second word of a name (`_Node.mask`),
        and for two-word fuzzy matches one per length n of a second word (tried after an
        unknown first word) and one per -n (tried if the second word is unknown)."""
        sizes: dict[tuple[str, int], set[int]] = {}  # (first letter, letters) -> second's
        for size, first, length in self._fuzzy_shapes:
            for letters in range(1, length) if size == 2 else ():
                sizes.setdefault((first, letters), set()).add(length - letters)
        words = sorted({word for node in self._trie.values() for word in node.children})
        numbers = sorted({n for after in sizes.values() for n in after})
        tags: list[str | int] = [*words, *numbers, *(-n for n in numbers)]
        self._bits = {tag: 2 << k for k, tag in enumerate(tags)}  # bit 0 is `_ANY`
        for node in self._trie.values():
            node.mask = self._mask(node.children)
        self._pair_masks = {}
        for (first, letters), after in sizes.items():
            negative = self._mask(-n for n in after)
            self._pair_masks[first, letters, False] = negative
            self._pair_masks[first, letters, True] = negative | self._mask(after)

    def _mask(self, tags: Iterable[str | int]) -> int:
        """The bits of those tags (0 for tags without one)."""
        mask = 0
        for tag in tags:
            mask |= self._bits.get(tag, 0)
        return mask

    def _build_trie(self) -> dict[str, _Node]:
        """The exact names word by word: the longest name at a token is a walk down the trie."""
        trie: dict[str, _Node] = {}
        for table in self._by_length.values():
            for folded, entries in table.items():
                first, *rest = folded.split()
                node = trie.setdefault(first, _Node())
                for word in rest:
                    node = node.children.setdefault(word, _Node())
                node.entries = entries
        return trie

    def extract(self, text: str) -> list[Mention]:
        """All mentions, postcodes first, then names (longest match wins, no overlaps)."""
        tokens = self._tokens_of(text)
        names = self._names_in(text, tokens)
        # a postcode starts with four digits, which lie inside one token: without such a token
        # `find_postcodes` finds nothing (and most texts have none)
        mentions = [] if self._numbers.isdisjoint(tokens) else find_postcodes(text)
        if not mentions or not names:
            return mentions or names  # each in text order already
        taken = [(m.start, m.end) for m in mentions]
        for mention in names:
            if not any(s < mention.end and mention.start < e for s, e in taken):
                mentions.append(mention)
                taken.append((mention.start, mention.end))
        return sorted(mentions, key=lambda m: m.start)

    # -- name matching (fast path)

    def _names(self, text: str) -> list[Mention]:
        """Left to right, the longest name starting at each token (exact first, then fuzzy).

        Same result as `_names_reference`.
        """
        return self._names_in(text, self._tokens_of(text))

    def _tokens_of(self, text: str) -> list[_Token]:
        """The `_TOKEN` tokens of `text`. Tokens never span whitespace, so they are those of
        its whitespace-separated chunks, each worked out once (`_chunks`; splitting is much
        cheaper than the regex, and most chunks have been seen before)."""
        chunks = text.split()
        try:  # most texts: every chunk seen before, and one token each
            return list(map(self._single.__getitem__, chunks))
        except KeyError:
            self._learn(chunks)  # new chunks (or one of several tokens)
            return list(chain.from_iterable(map(self._chunks.__getitem__, chunks)))

    def _names_in(self, text: str, tokens: list[_Token]) -> list[Mention]:
        """`_names`, given the tokens of `text`. Where a name may start is one AND of two
        masks per token (`_Token`), done for all tokens at once in C; only there does Python
        look."""
        after = tokens[1:]
        after.append(_END)
        hot = list(compress(count(), map(and_, map(_FMASK, tokens), map(_TMASK, after))))
        return self._scan(text, tokens, after, hot) if hot else []

    def _scan(
        self, text: str, tokens: list[_Token], after: list[_Token], hot: list[int]
    ) -> list[Mention]:
        """`_names` at the tokens `hot` (indices; `after[i]` is the token after tokens[i])."""
        found: list[Mention] = []
        free = 0  # the first token not inside a name found already
        for i in hot:
            if i < free:
                continue
            token = tokens[i]
            if token.node is None:
                match = self._fuzzy_at(token, after[i])
            else:
                match = self._match(tokens, i)
            if match is None:
                continue
            entries, score, size = match
            mention = self._mention(text, *self._span(text, tokens, i, size), entries, score)
            if mention is not None:
                found.append(mention)
                free = i + size
        return found

    def _learn(self, chunks: list[str]) -> None:
        """Work out and remember the chunks not seen before (found in C: usually one or two)."""
        if len(self._chunks) >= _CACHE_LIMIT or len(self._tokens) >= _CACHE_LIMIT:
            self._chunks.clear()  # bounded memory (whatever is cleared is worked out again)
            self._single.clear()
            self._tokens.clear()
            self._numbers.clear()
        for chunk in filterfalse(self._chunks.__contains__, chunks):  # lazy: no repeats
            tokens = self._chunks[chunk] = self._new_chunk(chunk)
            if len(tokens) == 1:
                self._single[chunk] = tokens[0]

    def _new_chunk(self, chunk: str) -> tuple[_Token, ...]:
        """The tokens of a chunk (no whitespace in it)."""
        if chunk.isalnum():  # all word characters (`\w` is alphanumeric or "_"): one token
            return (self._token(chunk),)
        return tuple(map(self._token, _TOKEN.findall(chunk)))

    def _span(self, text: str, tokens: list[_Token], i: int, size: int) -> tuple[int, int]:
        """Where tokens[i : i + size] start and end in `text`. A token whose text occurs once in
        `text` is that occurrence (see `_nth_token_start`); otherwise the matches are counted
        off."""
        first, last = tokens[i], tokens[i + size - 1]
        start = text.find(first.raw)
        if start != text.rfind(first.raw):
            start = _nth_token_start(text, i)
        if size == 1:
            return start, start + len(first.word)
        last_start = text.find(last.raw)
        if last_start != text.rfind(last.raw):
            last_start = _nth_token_start(text, i + size - 1)
        return start, last_start + len(last.word)

    def _match(self, tokens: list[_Token], i: int) -> tuple[list[_Entry], float, int] | None:
        """The name at token `i` as `_match_at` finds it: (entries, score, words) or None."""
        token = tokens[i]
        node = token.node
        if node is not None:  # the longest exact name
            best = (node.entries, 1) if node.entries else None
            j = i + 1
            while node.children and j < len(tokens):
                node = node.children.get(tokens[j].folded)
                if node is None:
                    break
                j += 1
                if node.entries:
                    best = (node.entries, j - i)
            if best is not None:
                return best[0], 100.0, best[1]
        if i + 1 < len(tokens):
            entries, score = self._fuzzy_pair(token, tokens[i + 1])
            if entries:
                return entries, score, 2
        entries, score = token.fuzzy
        return (entries, score, 1) if entries else None

    def _fuzzy_at(self, token: _Token, after: _Token) -> tuple[list[_Entry], float, int] | None:
        """`_match` at a token no exact name starts with: the two-word fuzzy match with the
        token `after` it, else the one-word one."""
        if token.fmask & after.tmask & ~_ANY:  # no `node`: only the bits of two-word matches
            pair = self._pairs.get((token.folded, after.folded))  # `_pair`, without a call
            entries, score = pair or self._pair(token.folded, after.folded)
            if entries:
                return entries, score, 2
        return token.single

    def _token(self, raw: str) -> _Token:
        """What `_names` needs to know about a token (`_Token`), worked out once; remembered."""
        token = self._tokens.get(raw)
        if token is not None:
            return token
        word = raw.rstrip(".")
        # `fold`, which is lowercasing for an ASCII token (no hyphen, no space), as
        # `_names_reference` has it
        folded = word.lower() if word.isascii() else fold(word)
        size = len(folded)
        unknown = size >= 3 and not folded.isdigit() and folded not in self._words()
        tried = unknown and (1, folded[:1], size) in self._fuzzy_shapes  # `_may_fuzz`
        fuzzy = self._fuzzy([folded]) if tried else _NO_MATCH
        node = self._trie.get(folded)
        fmask = self._pair_masks.get((folded[:1], size, unknown), 0)
        if node is not None:
            fmask |= node.mask
        bits = self._bits
        tmask = bits.get(folded, 0) | bits.get(size, 0) | (bits.get(-size, 0) if unknown else 0)
        token = self._tokens[raw] = _Token(raw, word, folded, unknown, node, fuzzy, fmask, tmask)
        if not raw.isalpha() and has_four_digits(raw):
            self._numbers.add(token)
        return token

    def _fuzzy_pair(self, token: _Token, after: _Token) -> tuple[list[_Entry], float]:
        """The two-word fuzzy match of `_match_at` (`_NO_MATCH` where it is not tried)."""
        first, second = token.folded, after.folded
        if not (token.unknown or after.unknown) or not self._may_fuzz(
            2, first, len(first) + len(second)
        ):
            return _NO_MATCH
        return self._pair(first, second)

    def _pair(self, first: str, second: str) -> tuple[list[_Entry], float]:
        """`_fuzzy` of two words, remembered (bounded)."""
        found = self._pairs.get((first, second))
        if found is None:
            if len(self._pairs) >= _CACHE_LIMIT:
                self._pairs.clear()
            found = self._pairs[first, second] = self._fuzzy([first, second])
        return found

    # -- name matching (reference: the straightforward implementation)

    def _names_reference(self, text: str) -> list[Mention]:
        """Left to right, the longest name starting at each token (exact first, then fuzzy)."""
        tokens = [(m.group(0).rstrip("."), m.start()) for m in _TOKEN.finditer(text)]
        if text.isascii():  # the common case: folding is lowercasing, positions stay the same
            folded = [word.lower() for word, _ in tokens]
        else:
            folded = [fold(word) for word, _ in tokens]
        lexicon = self._words()
        # only words that are not ordinary Dutch words can be misspelt names
        unknown = [len(w) >= 3 and not w.isdigit() and w not in lexicon for w in folded]
        last = len(folded) - 1
        fuzzy = self._fuzzy_shapes
        starts = [  # where a name may start: an exact first word, or a possible fuzzy match
            i
            for i, word in enumerate(folded)
            if word in self._sizes_by_first
            or (unknown[i] and (1, word[:1], len(word)) in fuzzy)
            or (
                i < last
                and (unknown[i] or unknown[i + 1])
                and (2, word[:1], len(word) + len(folded[i + 1])) in fuzzy
            )
        ]
        found: list[Mention] = []
        free = 0  # the first token not inside a name found already
        for i in starts:
            if i < free:
                continue
            mention, size = self._match_at(text, tokens, folded, unknown, i)
            if mention is not None:
                found.append(mention)
                free = i + size
        return found

    def _match_at(
        self,
        text: str,
        tokens: list[tuple[str, int]],
        folded: list[str],
        unknown: list[bool],
        i: int,
    ) -> tuple[Mention | None, int]:
        for size in self._sizes_by_first.get(folded[i], ()):
            if i + size <= len(tokens):
                entries = self._by_length[size].get(" ".join(folded[i : i + size]))
                if entries:
                    return self._window_mention(text, tokens[i : i + size], entries, 100.0), size
        for size in (2, 1):
            if i + size > len(tokens) or not any(unknown[i : i + size]):
                continue
            if self._may_fuzz(size, folded[i], sum(map(len, folded[i : i + size]))):
                entries, score = self._fuzzy(folded[i : i + size])
                if entries:
                    return self._window_mention(text, tokens[i : i + size], entries, score), size
        return None, 0

    def _window_mention(
        self, text: str, window: list[tuple[str, int]], entries: list[_Entry], score: float
    ) -> Mention | None:
        end = window[-1][1] + len(window[-1][0])
        return self._mention(text, window[0][1], end, entries, score)

    # -- shared by both

    def _may_fuzz(self, size: int, first: str, length: int) -> bool:
        """Whether `size` words starting with `first`, `length` letters joined, can be a fuzzy
        match at all (the cheap conditions of `_fuzzy`: first letter, length range)."""
        return (size, first[:1], length) in self._fuzzy_shapes

    def _words(self) -> Collection[str]:
        if self.lexicon is None:
            self.lexicon = dutch_words()
        return self.lexicon

    def _mention(
        self, text: str, start: int, end: int, entries: list[_Entry], score: float
    ) -> Mention | None:
        written = text[start:end]
        entry = entries[0]
        if entry.common and not self._common_ok(text, start, end, written, entry):
            return None
        if entry.kind == "place" and not self._place_ok(text, start, written):
            return None
        number = house_number(text[end:]) if entry.kind == "street" else None
        keys = self._keys.get(id(entries)) or tuple(dict.fromkeys(e.key for e in entries))
        return Mention(entry.kind, entry.key, written, start, end, number, score, alternatives=keys)

    def _fuzzy(self, words: list[str]) -> tuple[list[_Entry], float]:
        """Typos and missing hyphens in distinctive names: same first letter, score >= cutoff."""
        joined = "".join(words)
        if len(joined) < 6 or len(words[-1]) < 2:
            return [], 0.0
        choices = self._fuzzy_choices.get((len(words), joined[0]))
        low, high = self._fuzzy_lengths.get((len(words), joined[0]), (0, 0))
        # a ratio >= 90 needs lengths within about 20% of each other
        if not choices or not low * 0.8 <= len(joined) <= high * 1.25:
            return [], 0.0
        best = process.extractOne(  # over the joined names (a dict's values would be compared)
            joined, list(choices), scorer=fuzz.ratio, processor=None, score_cutoff=_SOUND_CUTOFF
        )
        if best is None:  # not even close: then no name sounds the same either
            return [], 0.0
        if best[1] >= self.fuzzy_cutoff:
            return self._by_length[len(words)][choices[best[0]]], float(best[1])
        heard = self._sounds.get((len(words), sound_key(joined)))  # "terweide": Terwijde
        if heard is None:
            return [], 0.0
        return self._by_length[len(words)][heard], self.fuzzy_cutoff

    @staticmethod
    def _place_ok(text: str, start: int, written: str) -> bool:
        """Another municipality ("Houten" is also 'wooden'): a place context or a capital
        inside a sentence."""
        before = text[max(0, start - 30) : start]
        if ends_with(_PLACE_BEFORE_BACKWARDS, before):
            return True
        inside = bool(before.strip()) and not before.rstrip().endswith((".", "!", "?", ":"))
        return written[:1].isupper() and inside

    def _common_ok(self, text: str, start: int, end: int, written: str, entry: _Entry) -> bool:
        """An ordinary-word name needs a place context ("in hoge dennen"), or capitals: on every
        word of a name of several ("bij Hoge Dennen"), inside a sentence for one word."""
        words = written.split()
        if text[end : end + 1] == "-" or text[end : end + 1].isalnum():
            return False  # part of a longer word: "Zuid-Frankrijk", "westkant"
        before = text[max(0, start - 30) : start]
        if ends_with(_PLACE_BEFORE_BACKWARDS, before):
            return True
        if len(words) > 1:
            return all(w[:1].isupper() or (w.islower() and len(w) <= 3) for w in words)
        if before[-1:] in "- " and any(fold(before).endswith(t) for t in self._towns):
            return True
        # a capitalised ordinary word inside a sentence ("bij Ondiep"), or standing alone as an
        # address line does ("Ondiep, 2-hoog", "... kapot. Ondiep 14."), but never a compass point
        if not written[:1].isupper() or entry.folded in COMPASS_WORDS:
            return False
        inside = bool(before.strip()) and not before.rstrip().endswith((".", "!", "?", ":"))
        return inside or _ALONE_AFTER.match(text, end) is not None


def mention_names(mentions: Iterable[Mention], kinds: Iterable[str]) -> list[str]:
    """The canonical keys of the mentions of the given kinds, in text order."""
    wanted = set(kinds)
    return [m.key for m in mentions if m.kind in wanted]
