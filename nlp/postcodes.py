"""Dutch postcodes and house numbers in a resident's text, and the Mention record they share
with place names (nlp/locations.py).

A bare four-digit number is only a postcode in a postcode context or when the caller knows it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass


@dataclass(frozen=True, init=False)
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

    def __init__(
        self,
        kind: str,
        key: str,
        text: str,
        start: int,
        end: int,
        house_number: str | None = None,
        score: float = 100.0,
        explicit: bool = True,
        alternatives: tuple[str, ...] = (),
    ) -> None:
        # what the generated __init__ of a frozen dataclass does, about twice as fast: the
        # instance dict filled at once instead of one object.__setattr__ per field
        self.__dict__.update(
            kind=kind,
            key=key,
            text=text,
            start=start,
            end=end,
            house_number=house_number,
            score=score,
            explicit=explicit,
            alternatives=alternatives,
        )


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
_POSTCODE_WORDS = "postcode|postcodegebied|post code|zip|pc"
_PLACE_WORDS = "in|uit|bij ons in|wonen in|woon in|woont in"
_POSTCODE_CONTEXT = re.compile(rf"({_POSTCODE_WORDS})\W*$", re.IGNORECASE)
_PLACE_CONTEXT = re.compile(rf"\b({_PLACE_WORDS})\s*$", re.IGNORECASE)


def backwards(alternatives: str) -> str:
    """'in|uit' -> 'ni|tiu': regex alternatives (plain words) spelt backwards."""
    return "|".join(word[::-1] for word in alternatives.split("|"))


# The same two patterns read backwards: `ends_with(pattern, text)` is one anchored match at the
# end of the text instead of a search from every position (tests/nlp/test_locations_speed.py
# checks that both agree).
_POSTCODE_CONTEXT_BACKWARDS = re.compile(rf"\W*(?:{backwards(_POSTCODE_WORDS)})", re.IGNORECASE)
_PLACE_CONTEXT_BACKWARDS = re.compile(rf"\s*(?:{backwards(_PLACE_WORDS)})\b", re.IGNORECASE)


def ends_with(backwards_pattern: re.Pattern[str], text: str) -> bool:
    r"""Whether `text` ends with a match of a pattern given backwards (`P` for `P$` searched).

    A `$`-anchored pattern whose last part can take a final newline (`\s`, `\W`) matches at
    the very end iff it matches before a final newline, so "ends with" is exact.
    """
    return backwards_pattern.match(text[::-1]) is not None


_FOUR_DIGITS = re.compile(r"[1-9]\d{3}")  # what both patterns start with


def has_four_digits(text: str) -> bool:
    """Whether `text` has the four digits every postcode starts with: `find_postcodes` finds
    nothing in a text without them. (They are word characters, so they lie inside one token
    of nlp/locations.py, which checks each distinct token once instead of every text.)"""
    return _FOUR_DIGITS.search(text) is not None


def find_postcodes(text: str) -> list[Mention]:
    """Dutch postcodes: `1234 AB`, `1234AB` (PC6, with a following house number) and 4-digit PC4s."""
    mentions: list[Mention] = []
    gate = _FOUR_DIGITS.search(text)
    if gate is None:
        return mentions  # most messages: no four-digit number, so no postcode
    first = gate.start()  # no match starts earlier (the look-behinds still see the text before)
    taken: list[tuple[int, int]] = []
    for match in _PC6.finditer(text, first):
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
    for match in _PC4.finditer(text, first):
        if any(s <= match.start() < e for s, e in taken):
            continue
        start = match.start()
        strong = ends_with(_POSTCODE_CONTEXT_BACKWARDS, text[max(0, start - 20) : start])
        if not strong and 1900 <= int(match.group(1)) <= 2099:
            continue  # "sinds 2019", "in 2024": a year unless the resident says postcode
        explicit = strong or ends_with(_PLACE_CONTEXT_BACKWARDS, text[max(0, start - 15) : start])
        mentions.append(
            Mention(
                "pc4", match.group(1), match.group(0), match.start(), match.end(), explicit=explicit
            )
        )
    return mentions if len(mentions) < 2 else sorted(mentions, key=lambda m: m.start)


def house_number(after: str) -> str | None:
    """The house number at the start of `after` ("12", ", nr. 4b", " 7-9" -> "7"), if any."""
    match = _HOUSE_NUMBER.match(after)
    if not match:
        return None
    return match.group(1) + (match.group(2) or "").upper()
