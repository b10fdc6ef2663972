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
"""

from __future__ import annotations

import gzip
import json
import re
import unicodedata
from collections.abc import Collection, Iterable, Sequence
from dataclasses import dataclass, field
from functools import cache
from importlib import resources

from rapidfuzz import fuzz, process

# --- mentions ------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Mention:
    """One location mention: what kind, the canonical key, and where it stands in the text."""

    kind: str  # "postcode" (PC6) | "pc4" | "street" | one of the gazetteer kinds (buurt, village, ...)
    key: str  # "3511AB", "3511", or the canonical name as given to the gazetteer
    text: str  # the words as the resident wrote them
    start: int
    end: int
    house_number: str | None = None
    score: float = 100.0  # 100 for exact matches, lower for fuzzy ones
    explicit: bool = True  # False for a bare 4-digit number without a postcode context
    alternatives: tuple[str, ...] = ()  # every canonical name this wording may stand for


# Postcode letters that are ordinary lowercase words ("in 3511 en ..."): then only the pc4 counts.
_WORD_LETTERS = {"en", "in", "op", "is", "de", "te", "al", "om", "na", "of", "ik", "je", "we", "ze",
                 "zo", "nu", "ja", "nr", "er", "at", "an", "on", "or", "to", "it", "as", "by"}  # fmt: skip
_PC6 = re.compile(r"(?<![\d€.,])\b([1-9]\d{3})\s?([A-Za-z]{2})\b(?!\s*(?:[.,]\d|%))")
_PC4 = re.compile(
    r"(?<![\d€.,:/-])\b([1-9]\d{3})\b(?![.,:/]\d|\s*(?:%|euro|eur\b|m\b|km|meter|cm|kg|uur))"
)
_HOUSE_NUMBER = re.compile(
    r"^\s*,?\s*(?:nr\.?|nummer|no\.?)?\s*(\d{1,5})(?:\s?([a-zA-Z])\b)?(?:-(\d+))?"
)
_POSTCODE_CONTEXT = re.compile(r"(postcode|postcodegebied|post code|zip|pc)\W*$", re.IGNORECASE)
_PLACE_CONTEXT = re.compile(r"\b(in|uit|bij ons in|wonen in|woon in|woont in)\s*$", re.IGNORECASE)
_YEAR_CONTEXT = re.compile(
    r"(sinds|vanaf|tot|jaar|in het jaar|anno|since|in|of|from)\s*$", re.IGNORECASE
)
_NONZERO_DIGIT = re.compile(r"[1-9]")
_NEAR_POSTCODE = re.compile(r"^\s*(?:[A-Za-z]{2}\b)?\s*\d{0,5}")


def find_postcodes(text: str) -> list[Mention]:
    """Dutch postcodes: `1234 AB`, `1234AB` (PC6, with a following house number) and 4-digit PC4s."""
    mentions: list[Mention] = []
    if not _NONZERO_DIGIT.search(text):
        return mentions  # most messages: no number, so no postcode (both patterns need [1-9])
    taken: list[tuple[int, int]] = []
    for match in _PC6.finditer(text):
        digits, letters = match.group(1), match.group(2)
        if letters.upper() in {"SA", "SD", "SS"}:
            continue
        if letters.lower() in _WORD_LETTERS and not letters.isupper():
            continue
        number = _house_number(text[match.end() :])
        mentions.append(
            Mention("postcode", f"{digits}{letters.upper()}", match.group(0), match.start(),
                    match.end(), house_number=number)
        )  # fmt: skip
        taken.append(match.span())
    for match in _PC4.finditer(text):
        if any(s <= match.start() < e for s, e in taken):
            continue
        before = text[: match.start()]
        strong = bool(_POSTCODE_CONTEXT.search(before[-20:]))
        if not strong and 1900 <= int(match.group(1)) <= 2099:
            continue  # "sinds 2019", "in 2024": a year unless the resident says postcode
        explicit = strong or bool(_PLACE_CONTEXT.search(before[-15:]))
        mentions.append(
            Mention(
                "pc4", match.group(1), match.group(0), match.start(), match.end(), explicit=explicit
            )
        )
    return sorted(mentions, key=lambda m: m.start)


def _house_number(after: str) -> str | None:
    match = _HOUSE_NUMBER.match(after)
    if not match:
        return None
    return match.group(1) + (match.group(2) or "").upper()


# --- names ---------------------------------------------------------------------------------------


@cache
def dutch_words() -> frozenset[str]:
    """Dutch word forms (spacy-lookups-data lemma table): never fuzzy-matched to a place name,
    so "worden" does not become Woerden. Empty when the tables are not installed."""
    try:
        table = resources.files("spacy_lookups_data") / "data" / "nl_lemma_lookup.json.gz"
        with table.open("rb") as raw, gzip.open(raw, "rt", encoding="utf-8") as handle:
            lookup: dict[str, str] = json.load(handle)
    except (ModuleNotFoundError, FileNotFoundError, OSError, ValueError):
        return frozenset()
    return frozenset(lookup) | frozenset(lookup.values())


# Ordinary Dutch words that are also names of wijken or buurten somewhere. Such a name counts only
# in a place context (see _PLACE_BEFORE) and, when it is several words long, written with capitals.
COMMON_WORDS = frozenset(
    [
        "noord",
        "zuid",
        "oost",
        "west",
        "noordwest",
        "noordoost",
        "zuidwest",
        "zuidoost",
        "centrum",
        "midden",
        "binnenstad",
        "stad",
        "dorp",
        "wijk",
        "buurt",
        "station",
        "park",
        "bos",
        "zand",
        "slot",
        "haven",
        "kerk",
        "markt",
        "plein",
        "weide",
        "maan",
        "halve",
        "lage",
        "hoge",
        "oude",
        "nieuwe",
        "nieuw",
        "oud",
        "groot",
        "klein",
        "de",
        "het",
        "een",
        "den",
        "ondiep",
        "driehoek",
        "dennen",
        "huis",
        "heide",
        "omgeving",
        "utrechtseweg",
        "sanatorium",
    ]
)
COMPASS_WORDS = frozenset(
    [
        "noord",
        "zuid",
        "oost",
        "west",
        "noordwest",
        "noordoost",
        "zuidwest",
        "zuidoost",
        "centrum",
        "midden",
    ]
)
_PLACE_BEFORE = re.compile(
    r"\b(?:in|uit|naar|wijk|stadsdeel|gebied|living in|lives in)\s+(?:de\s+|het\s+|the\s+)?$",
    re.IGNORECASE,
)
_STREET_SUFFIX = re.compile(
    r"(straat|laan|weg|plein|dreef|kade|singel|gracht|dijk|park|plantsoen|hof|steeg|pad|baan|"
    r"markt|wal|veld|brug|boulevard|erf|hoek|oord|poort|ring|werf)$",
    re.IGNORECASE,
)
_COMPASS = re.compile(r"^(.{4,}?)[-\s](noord|zuid|oost|west|midden)$", re.IGNORECASE)
_TOKEN = re.compile(r"[\w'’]+\.?", re.UNICODE)


def fold(text: str) -> str:
    """Lowercase, strip accents and unify hyphens/apostrophes, for comparing names."""
    if text.isascii():
        text = text.lower()
    else:
        text = unicodedata.normalize("NFKD", text)
        text = "".join(c for c in text if not unicodedata.combining(c)).lower().replace("’", "'")
    return " ".join(text.replace("-", " ").split())


def name_variants(name: str) -> set[str]:
    """Names a resident may use for `name`: its parts for compound buurt names.

    "Taag- en Rubicondreef" -> Taagdreef, Rubicondreef; "Lombok-Oost" -> Lombok;
    "Egelantierstraat-Mariëndaalstraat" -> both streets; "Leidseweg en omgeving" -> Leidseweg;
    "Den Dolder e.o." -> Den Dolder.
    """
    base = re.sub(r"\s+e\.o\.?$", "", name.strip())
    variants = {base}
    for part in re.split(r",\s*|\s+en\s+", base):
        part = part.strip()
        if len(part) >= 5 or _STREET_SUFFIX.search(part):
            variants.add(part)
        compass = _COMPASS.match(part)
        if compass:
            variants.add(compass.group(1))
        if "-" in part:
            left, _, right = part.rpartition("-")
            if _STREET_SUFFIX.search(right) and len(left) >= 5:
                variants.update({left, right})
    variants |= _distributed(base)
    article = re.match(r"^(?:de|het)\s+(\S{5,})$", base, re.IGNORECASE)  # "De Uithof" -> Uithof
    if article and fold(article.group(1)) not in COMMON_WORDS:
        variants.add(article.group(1))
    return {
        v
        for v in variants
        if len(v) >= 3 and not v.endswith("-") and fold(v) not in {"omgeving", "e.o", "eo"}
    }


def _distributed(name: str) -> set[str]:
    """'Taag- en Rubicondreef' -> {'Taagdreef', 'Rubicondreef'}; 'Wolga- en Donaudreef' likewise."""
    match = re.match(r"^(\w+)-\s+en\s+(\w+?)(" + _STREET_SUFFIX.pattern[1:-2] + r")$", name)
    if not match:
        return set()
    return {match.group(1) + match.group(3), match.group(2) + match.group(3)}


_OLD_NEW = re.compile(r"^(?:oud|oude|nieuw|nieuwe)[-\s]+(\S{5,})$", re.IGNORECASE)


def shared_stems(names: Iterable[str]) -> dict[str, list[str]]:
    """'Oud Hoograven' + 'Nieuw Hoograven' -> {'Hoograven': [both]}; a lone 'Nieuw Engeland'
    gives nothing (else every trip to England would be a place in the municipality)."""
    stems: dict[str, list[str]] = {}
    for name in names:
        match = _OLD_NEW.match(name.strip())
        if match:
            stems.setdefault(match.group(1), []).append(name)
    return {stem: keys for stem, keys in stems.items() if len(keys) >= 2}


@dataclass(frozen=True)
class _Entry:
    key: str  # canonical name
    kind: str
    variant: str  # the form as written in the data
    folded: str
    common: bool  # made of ordinary words only: needs a place context and capitals


@dataclass
class LocationExtractor:
    """Find gazetteer names (and postcodes) in text. `names`: (canonical name, kind) pairs."""

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

    def __post_init__(self) -> None:
        self._entries = []
        seen: set[tuple[str, str]] = set()
        splittable = [key for key, kind in self.names if kind in self.split_kinds]
        stems = shared_stems(splittable)
        for key, kind in self.names:
            variants = name_variants(key) if kind in self.split_kinds else {key}
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
        # fuzzy candidates by (number of words, first letter): distinctive names of 6+ letters,
        # compared without spaces ("kanalen eiland", "kanaleneilnd" -> "kanaleneiland")
        self._fuzzy_choices = {}
        for size, table in self._by_length.items():
            for folded, entries in table.items():
                if not entries[0].common and len(folded) >= 6:
                    bucket = self._fuzzy_choices.setdefault((size, folded[0]), {})
                    bucket[folded.replace(" ", "")] = folded
        self._fuzzy_lengths = {
            key: (min(map(len, bucket)), max(map(len, bucket)))
            for key, bucket in self._fuzzy_choices.items()
        }
        # (words, first letter, letters joined) that `_fuzzy` would try at all
        self._fuzzy_shapes = {
            (size, first, length)
            for (size, first), (low, high) in self._fuzzy_lengths.items()
            for length in range(6, int(high * 1.25) + 1)
            if low * 0.8 <= length
        }

    def extract(self, text: str) -> list[Mention]:
        """All mentions, postcodes first, then names (longest match wins, no overlaps)."""
        mentions = find_postcodes(text)
        taken = [(m.start, m.end) for m in mentions]
        for mention in self._names(text):
            if not any(s < mention.end and mention.start < e for s, e in taken):
                mentions.append(mention)
                taken.append((mention.start, mention.end))
        return sorted(mentions, key=lambda m: m.start)

    # -- name matching

    def _names(self, text: str) -> list[Mention]:
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
                    return self._mention(text, tokens[i : i + size], entries, 100.0), size
        for size in (2, 1):
            if i + size > len(tokens) or not any(unknown[i : i + size]):
                continue
            if self._may_fuzz(size, folded[i], sum(map(len, folded[i : i + size]))):
                entries, score = self._fuzzy(folded[i : i + size])
                if entries:
                    return self._mention(text, tokens[i : i + size], entries, score), size
        return None, 0

    def _may_fuzz(self, size: int, first: str, length: int) -> bool:
        """Whether `size` words starting with `first`, `length` letters joined, can be a fuzzy
        match at all (the cheap conditions of `_fuzzy`: first letter, length range)."""
        return (size, first[:1], length) in self._fuzzy_shapes

    def _words(self) -> Collection[str]:
        if self.lexicon is None:
            self.lexicon = dutch_words()
        return self.lexicon

    def _mention(
        self, text: str, window: list[tuple[str, int]], entries: list[_Entry], score: float
    ) -> Mention | None:
        start = window[0][1]
        end = window[-1][1] + len(window[-1][0])
        written = text[start:end]
        entry = entries[0]
        if entry.common and not self._common_ok(text, start, end, written, entry):
            return None
        if entry.kind == "place" and not self._place_ok(text, start, written):
            return None
        number = _house_number(text[end:]) if entry.kind == "street" else None
        keys = tuple(dict.fromkeys(e.key for e in entries))
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
        best = process.extractOne(
            joined, choices, scorer=fuzz.ratio, processor=None, score_cutoff=self.fuzzy_cutoff
        )
        if best is None:
            return [], 0.0
        folded = choices[best[2]]
        return self._by_length[len(words)][folded], float(best[1])

    @staticmethod
    def _place_ok(text: str, start: int, written: str) -> bool:
        """Another municipality ("Houten" is also 'wooden'): a place context or a capital
        inside a sentence."""
        before = text[max(0, start - 30) : start]
        if _PLACE_BEFORE.search(before):
            return True
        inside = bool(before.strip()) and not before.rstrip().endswith((".", "!", "?", ":"))
        return written[:1].isupper() and inside

    def _common_ok(self, text: str, start: int, end: int, written: str, entry: _Entry) -> bool:
        """An ordinary-word name needs capitals (several words) or a place context (one word)."""
        words = written.split()
        if len(words) > 1:
            return all(w[:1].isupper() or (w.islower() and len(w) <= 3) for w in words)
        if text[end : end + 1] == "-" or text[end : end + 1].isalnum():
            return False  # part of a longer word: "Zuid-Frankrijk", "westkant"
        before = text[max(0, start - 30) : start]
        if _PLACE_BEFORE.search(before):
            return True
        if before[-1:] in "- " and any(fold(before).endswith(t) for t in self._towns):
            return True
        # a capitalised ordinary word inside a sentence ("bij Ondiep"), but never a compass point
        inside = bool(before.strip()) and not before.rstrip().endswith((".", "!", "?", ":"))
        return written[:1].isupper() and inside and entry.folded not in COMPASS_WORDS


def mention_names(mentions: Iterable[Mention], kinds: Iterable[str]) -> list[str]:
    """The canonical keys of the mentions of the given kinds, in text order."""
    wanted = set(kinds)
    return [m.key for m in mentions if m.kind in wanted]
