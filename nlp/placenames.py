"""Place names as residents write them: folding for comparison, the variants a resident may use
for a compound buurt name, shared stems, and the ordinary Dutch words that are also names
(used by nlp/locations.py).
"""

from __future__ import annotations

import gzip
import json
import re
import unicodedata
from collections.abc import Iterable
from functools import cache
from importlib import resources


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


# Compass points and "centrum": never a place inside a sentence without a place context.
COMPASS_WORDS = frozenset(
    ["noord", "zuid", "oost", "west", "noordwest", "noordoost", "zuidwest", "zuidoost", "centrum", "midden"]
)
# Ordinary Dutch words that are also names of wijken or buurten somewhere. Such a name counts only
# in a place context (nlp/locations.py, _PLACE_BEFORE) and, when it is several words long, written with capitals.
COMMON_WORDS = COMPASS_WORDS | frozenset(
    [
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
_STREET_SUFFIX = re.compile(
    r"(straat|laan|weg|plein|dreef|kade|singel|gracht|dijk|park|plantsoen|hof|steeg|pad|baan|"
    r"markt|wal|veld|brug|boulevard|erf|hoek|oord|poort|ring|werf)$",
    re.IGNORECASE,
)
_COMPASS = re.compile(r"^(.{4,}?)[-\s](noord|zuid|oost|west|midden)$", re.IGNORECASE)


def fold(text: str) -> str:
    """Lowercase, strip accents and unify hyphens/apostrophes, for comparing names."""
    if text.isascii():
        text = text.lower()
    else:
        text = unicodedata.normalize("NFKD", text)
        text = "".join(c for c in text if not unicodedata.combining(c)).lower().replace("’", "'")
    return " ".join(text.replace("-", " ").split())


# Spellings that sound alike in Dutch and that residents mix up when they write a name from
# hearing it: "terweide" (Terwijde), "overvegt" (Overvecht), "Lunneten" (Lunetten).
_SOUND_ALIKE = (
    (re.compile(r"uy"), "ui"),
    (re.compile(r"ij|y"), "ei"),
    (re.compile(r"au"), "ou"),
    (re.compile(r"ch"), "g"),
    (re.compile(r"dt\b|d\b"), "t"),
    (re.compile(r"([a-z])\1+"), r"\1"),  # doubled letters, last: "ee" from the steps above too
)


def sound_key(folded: str) -> str:
    """A folded name as it sounds: the spelling confusions of `_SOUND_ALIKE` made equal.
    Two names with the same key are easily written one for the other."""
    for pattern, replacement in _SOUND_ALIKE:
        folded = pattern.sub(replacement, folded)
    return folded


# titles that open street names, and how they are shortened ("Burg. Norbruislaan")
_TITLES = {
    "burgemeester": ("burg", "burgem"),
    "professor": ("prof",),
    "doctor": ("dr",),
    "meester": ("mr",),
    "sint": ("st",),
    "koningin": ("kon",),
    "koning": ("kon",),
    "prins": ("pr",),
    "prinses": ("pr",),
    "generaal": ("gen",),
}
# "Amsterdamsestraatweg" written "Amsterdamse straatweg", "Oudegracht" as "Oude Gracht"
# ... and "Wilhelminapark" as "Wilhelmina park"
_SPLIT_COMPOUND = re.compile(
    r"^(\w{3,}e)(straatweg|straat|laan|weg|dijk|kade|plein|singel|gracht|dreef)$"
    r"|^(\w{5,})(park|plein|plantsoen)$",
    re.IGNORECASE,
)


def abbreviations(name: str) -> set[str]:
    """How residents shorten or split a street name: "Jan van Scorelstraat" -> "Jan van
    Scorelstr" (a trailing dot is not part of a token's word), "Burgemeester Norbruislaan" ->
    "Burg Norbruislaan", "Amsterdamsestraatweg" -> "Amsterdamse straatweg", "Wilhelminapark" ->
    "Wilhelmina park"."""
    found: set[str] = set()
    if name.lower().endswith("straat") and len(name) > 9:
        found.add(name[:-6] + "str")
    title, _, rest = name.partition(" ")
    for short in _TITLES.get(title.lower(), ()) if rest else ():
        found.add(f"{short} {rest}")
    split = _SPLIT_COMPOUND.match(name)
    if split:
        head, tail = (part for part in split.groups() if part)  # the alternative that matched
        found.add(f"{head} {tail}")
    return found


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
