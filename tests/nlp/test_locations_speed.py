"""The fast paths of location extraction give exactly what the plain implementations give.

- `LocationExtractor._names` (per chunk, memoised) == `_names_reference` (per token) on every
  corpus text, on bench-like messages (a corpus text with a place of the municipality added) and
  on random jumbles of words, names, typos, numbers and punctuation; also with tiny caches.
- The backwards context patterns (`ends_with`) agree with the `$`-anchored forward searches.
- `find_postcodes` == its previous implementation (kept below).
- The tokens of `_tokens_of` (memoised per chunk) are the regex tokens, and the masks of
  `_Token` say exactly where the reference looks for a name.
- `GeoLocator.from_text` == `locate(mentions)`, and its remembered name and postcode lookups
  are fresh ones.
"""

from __future__ import annotations

import csv
import dataclasses
import random
import re
from pathlib import Path

import pytest

import nlp.locations
from nlp.locations import _TOKEN, LocationExtractor, Mention, house_number
from nlp.postcodes import (
    _PC4,
    _PC6,
    _PLACE_CONTEXT,
    _PLACE_CONTEXT_BACKWARDS,
    _POSTCODE_CONTEXT,
    _POSTCODE_CONTEXT_BACKWARDS,
    _WORD_LETTERS,
    ends_with,
    find_postcodes,
)
from nlp.train import CORPUS, load_rows
from routing.geo import GeoLocator, Place
from routing.municipality import load_municipality

ROOT = Path(__file__).resolve().parents[2] / "municipalities"

TRICKY = [
    "",
    "   ",
    "-",
    "!!! ??? ...",
    "de de de Meern, de Meern",
    "Kanaleneiland kanaleneiland Kanaleneiland. kanaleneilnd kanalen eiland",
    "Lombok-Oost - Lombok, lombok-oost!",
    "in  Zuid\n",
    "wijk\tWest en Utrecht-Oost, Zuid-Frankrijk, de westkant",
    "naar de Halve Maan, halve maan",
    "’t Zand 't Zand ‘t Zand",
    "3511AB 12 en 3511 AB 3, in 3511 en 2024, postcode 3512\npostcode 3513",
    "Oudegracht 12a, Oudegracht-12, oudegracht nr. 4b, Oudegracht.Oudegracht..",
    "Rhônedreef Mariëndaalstraat RHÔNEDREEF İstanbul ǅ ﷺ ¼",
    "Overvecht.Overvecht Overvecht-Noord overvecht noord",
    "a\u00a0Lunetten\u2003Hoograven\u200bTransitorium",
    "Houten houten, in Houten. Zeist zeist; bij Zeist",
    "Vleuten-De Meern VLEUTEN DE MEERN vleuten",
    "wonen in de - Meern, Kanalen — eiland, Den ... Dolder, Oud ! Hoograven",
    "postcode 3٥١١ AB, in １２３４, pc 3511ab; 3511_AB 3511’AB x3511 3511x",
    "de_meern de’meern Lombok_West ’t’ 't. 't.. -Zuid- Zuid_ _ __ ' ’ .",
]


def _column(path: Path, name: str) -> list[str]:
    if not path.exists():
        return []
    with path.open(encoding="utf-8", newline="") as handle:
        return sorted({row[name].strip() for row in csv.DictReader(handle) if row[name].strip()})


def _typo(name: str, rng: random.Random) -> str:
    roll = rng.random()
    if len(name) < 4 or roll < 0.3:
        return name
    i = rng.randrange(1, len(name) - 1)
    if roll < 0.45:
        return name[:i] + name[i + 1 :]  # a letter dropped
    if roll < 0.6:
        return name[:i] + name[i + 1] + name[i] + name[i + 2 :]  # two letters swapped
    if roll < 0.75:
        return name.lower()
    if roll < 0.85:
        return name.replace("-", " ").replace(" ", "", 1)
    return name.upper()


def _messages(slug: str, texts: list[str], n: int, seed: int = 0) -> list[str]:
    """Bench-like messages (a corpus text with a place written as residents do) and jumbles."""
    folder = ROOT / slug
    rng = random.Random(seed)
    places = [
        *_column(folder / "buurten.csv", "buurt_naam"),
        *_column(folder / "buurten.csv", "wijk_naam"),
    ]
    streets = _column(folder / "streets.csv", "straat") or places
    pc4s = _column(folder / "pc4_wijk.csv", "pc4")
    words = [w for t in rng.sample(texts, 300) for w in t.split()]
    pieces = [*words, *places, *streets, *pc4s, "-", ",", ".", "!", "(wijk", "in", "de", "nr."]
    separators = [" ", " ", " ", "  ", ", ", "-", "\n", "", ". "]
    out: list[str] = []
    for _ in range(n):
        text = rng.choice(texts).rstrip()
        roll = rng.random()
        if roll < 0.3:
            text += rng.choice(
                [" in {}", " Dit is in {}.", ", {}", " (wijk {})", " hier in {}!"]
            ).format(_typo(rng.choice(places), rng))
        elif roll < 0.5:
            number = f"{rng.randint(1, 250)}{rng.choice(['', '', 'a', ' b'])}"
            text += rng.choice([" bij {} {}", " op de {} {}", ", {} {}"]).format(
                _typo(rng.choice(streets), rng), number
            )
        elif roll < 0.6 and pc4s:
            letters = "".join(rng.choice("ABCDEGHJKLMNPRSTVWXZ") for _ in range(2))
            text += rng.choice([" postcode {} {}", " ({}{} 12)", " in {}{}"]).format(
                rng.choice(pc4s), rng.choice([letters, letters.lower(), ""])
            )
        elif roll < 0.7:
            text = text.lower()
        else:  # a jumble
            parts = [_typo(rng.choice(pieces), rng) for _ in range(rng.randint(1, 25))]
            text = "".join(part + rng.choice(separators) for part in parts)
        out.append(text)
    return out


@pytest.fixture(scope="module")
def corpus() -> list[str]:
    return [str(row.get("text") or "") for row in load_rows(CORPUS)]


@pytest.fixture(scope="module", params=["utrecht", "zeist"])
def slug(request: pytest.FixtureRequest) -> str:
    return str(request.param)


@pytest.fixture(scope="module")
def locator(slug: str) -> GeoLocator:
    return GeoLocator.from_folder(ROOT / slug, load_municipality(ROOT / slug))


@pytest.fixture(scope="module")
def texts(slug: str, corpus: list[str]) -> list[str]:
    return [*TRICKY, *corpus, *_messages(slug, corpus, 3000)]


def _different(extractor: LocationExtractor, texts: list[str]) -> list[str]:
    return [t for t in texts if extractor._names(t) != extractor._names_reference(t)]


def test_fast_names_equal_the_reference(locator: GeoLocator, texts: list[str]) -> None:
    extractor = locator._extractor
    assert _different(extractor, texts) == []  # learning
    assert _different(extractor, texts) == []  # remembered


def test_tokens_are_the_regex_tokens(locator: GeoLocator, texts: list[str]) -> None:
    extractor = locator._extractor
    for text in texts:
        assert [t.raw for t in extractor._tokens_of(text)] == _TOKEN.findall(text), text


def test_masks_say_where_a_name_may_start(locator: GeoLocator, texts: list[str]) -> None:
    """`fmask & tmask` of the next token is nonzero exactly where `_names_reference` looks for a
    name (an exact first word, a possible two-word fuzzy match) and `_match` finds one there or
    needs the next token."""
    extractor = locator._extractor
    for text in texts:
        tokens = extractor._tokens_of(text)
        for i, token in enumerate(tokens):
            after = tokens[i + 1] if i + 1 < len(tokens) else None
            node = token.node
            longer = node is not None and after is not None and after.folded in node.children
            pair = (
                after is not None
                and (token.unknown or after.unknown)
                and extractor._may_fuzz(2, token.folded, len(token.folded) + len(after.folded))
            )
            alone = (node is not None and bool(node.entries)) or bool(token.fuzzy[0])
            masked = bool(token.fmask & (after or nlp.locations._END).tmask)
            assert masked == (alone or longer or pair), (text, token.raw)
            if not masked:
                assert extractor._match(tokens, i) is None, (text, token.raw)


def test_fast_names_equal_the_reference_with_tiny_caches(
    locator: GeoLocator, texts: list[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(nlp.locations, "_CACHE_LIMIT", 7)
    extractor = LocationExtractor(locator._extractor.names, towns=locator._extractor.towns)
    assert _different(extractor, texts[:1500]) == []
    assert len(extractor._chunks) < 7 + 60 and len(extractor._pairs) <= 7
    assert len(extractor._tokens) < 7 + 200 and len(extractor._numbers) < 7 + 200
    assert len(extractor._single) <= len(extractor._chunks)


def test_extract_is_postcodes_then_names(locator: GeoLocator, texts: list[str]) -> None:
    extractor = locator._extractor
    for text in texts:
        mentions = find_postcodes(text)
        taken = [(m.start, m.end) for m in mentions]
        for mention in extractor._names_reference(text):
            if not any(s < mention.end and mention.start < e for s, e in taken):
                mentions.append(mention)
                taken.append((mention.start, mention.end))
        assert extractor.extract(text) == sorted(mentions, key=lambda m: m.start), text


def _plain_place(locator: GeoLocator, keys: tuple[str, ...]) -> Place | None:
    """`GeoLocator._place_of` without its memo."""
    places = {locator.names[k] for k in keys if k in locator.names}
    wijken = {p.wijk for p in places}
    if len(wijken) != 1:
        return None
    return places.pop() if len(places) == 1 else Place(wijken.pop())


def test_from_text_is_locate_of_the_mentions(locator: GeoLocator, texts: list[str]) -> None:
    for text in texts:
        mentions = locator.mentions(text)
        assert locator.from_text(text) == locator.locate(mentions), text
        for mention in mentions:
            if mention.kind in ("buurt", "village", "wijk", "street"):
                assert locator._named(mention) == locator._name_location(mention)
                keys = mention.alternatives or (mention.key,)
                assert locator._place_of(keys) == _plain_place(locator, keys)
            elif mention.kind in ("postcode", "pc4"):
                fresh = locator._postcode if mention.kind == "postcode" else locator._pc4
                assert locator._coded(mention) == fresh(mention)


# -- context patterns read backwards


def _windows(texts: list[str], size: int) -> list[str]:
    ends = [w for t in texts for w in (t[max(0, k - size) : k] for k in range(len(t) + 1))]
    extra = ["in \n", "in\n", "in", " in", "wijk  de  ", "In De ", "İn ", "ın ", "wij\u212a ",
             "living in the ", "uit het\n", "postcode:\n", "PC ", "zip-", "post code", "ſ", "woont in",
             "in de hele ", "in het gehele ", "in the whole ", "in hele ", "wijkregisseur voor ",
             "de wijkagent van het ", "buurtteam  van "]  # fmt: skip
    return [*ends, *extra, *(e[:-1] for e in extra), *(e + "x" for e in extra)]


@pytest.mark.parametrize(
    ("forward", "backward", "size"),
    [
        (nlp.locations._PLACE_BEFORE, nlp.locations._PLACE_BEFORE_BACKWARDS, 30),
        (_POSTCODE_CONTEXT, _POSTCODE_CONTEXT_BACKWARDS, 20),
        (_PLACE_CONTEXT, _PLACE_CONTEXT_BACKWARDS, 15),
    ],
)
def test_backwards_patterns_agree_with_the_forward_ones(
    forward: re.Pattern[str], backward: re.Pattern[str], size: int, corpus: list[str]
) -> None:
    windows = _windows([*TRICKY, *corpus[:600]], size)
    assert [w for w in windows if ends_with(backward, w) != bool(forward.search(w))] == []


# -- postcodes


_POSTCODE_BEFORE = re.compile(r"(postcode|postcodegebied|post code|zip|pc)\W*$", re.IGNORECASE)
_PLACE_BEFORE = re.compile(r"\b(in|uit|bij ons in|wonen in|woon in|woont in)\s*$", re.IGNORECASE)


def _find_postcodes_reference(text: str) -> list[Mention]:
    """find_postcodes as it was before the speed work."""
    mentions: list[Mention] = []
    if not re.search(r"[1-9]", text):
        return mentions
    taken: list[tuple[int, int]] = []
    for match in _PC6.finditer(text):
        digits, letters = match.group(1), match.group(2)
        if letters.upper() in {"SA", "SD", "SS"}:
            continue
        if letters.lower() in _WORD_LETTERS and not letters.isupper():
            continue
        number = house_number(text[match.end() :])
        mentions.append(
            Mention("postcode", f"{digits}{letters.upper()}", match.group(0), match.start(),
                    match.end(), house_number=number)
        )  # fmt: skip
        taken.append(match.span())
    for match in _PC4.finditer(text):
        if any(s <= match.start() < e for s, e in taken):
            continue
        before = text[: match.start()]
        strong = bool(_POSTCODE_BEFORE.search(before[-20:]))
        if not strong and 1900 <= int(match.group(1)) <= 2099:
            continue
        explicit = strong or bool(_PLACE_BEFORE.search(before[-15:]))
        mentions.append(
            Mention(
                "pc4", match.group(1), match.group(0), match.start(), match.end(), explicit=explicit
            )
        )
    return sorted(mentions, key=lambda m: m.start)


def _numbers(n: int) -> list[str]:
    rng = random.Random(1)
    bits = ["3511", "3511AB", "3511 ab", "2024", "1950", "0123", "12", "€", "3.500", "1234,5",
            "postcode", "PC:", "in", "bij ons in", "woon in", "AB", "SS", "en", "nr.", "4b",
            "-", "/", ":", "%", " euro", "km", "\n", "  ", " ", "x"]  # fmt: skip
    return ["".join(rng.choice(bits) + rng.choice(["", " "]) for _ in range(12)) for _ in range(n)]


def test_find_postcodes_as_before(corpus: list[str]) -> None:
    texts = [*TRICKY, *corpus, *_messages("utrecht", corpus, 2000), *_numbers(3000)]
    assert [t for t in texts if find_postcodes(t) != _find_postcodes_reference(t)] == []


def test_mention_constructor_is_the_dataclass_one() -> None:
    mention = Mention("street", "Oudegracht", "oudegracht", 3, 13, "12A", 95.0, True, ("A", "B"))
    assert dataclasses.astuple(mention) == ("street", "Oudegracht", "oudegracht", 3, 13, "12A",
                                            95.0, True, ("A", "B"))  # fmt: skip
    assert list(vars(mention)) == [f.name for f in dataclasses.fields(Mention)]
    assert Mention("pc4", "3511", "3511", 0, 4) == Mention("pc4", "3511", "3511", 0, 4, None, 100.0)
    assert hash(mention) == hash(dataclasses.replace(mention))
    with pytest.raises(dataclasses.FrozenInstanceError):
        mention.key = "x"  # type: ignore[misc]
