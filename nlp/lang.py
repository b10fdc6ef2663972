"""Dutch or English? A tiny stop-word vote; no model, nothing downloaded.

Residents write short, informal messages, so the vote also counts a few very common
Dutch-only spellings. Ties and texts without evidence default to Dutch.
"""

from __future__ import annotations

import re

_WORD = re.compile(r"[a-zA-Zàáâäèéêëìíîïòóôöùúûü']+")

_NL = frozenset(
    """
    de het een en is in van op te dat die er niet met voor zijn ik je jij we wij ze zij hij
    mijn onze ons jullie bij al ook nog maar dan wat hoe waar wanneer wie waarom kan mag moet
    wil graag heb hebben wordt worden geen nu hier daar deze dit was waren om aan naar uit
    over onder tegen door mee weer even echt heel veel straat buurt buren gemeente wijk al
    staat ligt doet alweer sinds weken dagen kapot melden kunnen zou zouden alsjeblieft bedankt
    dank hoi hallo goedemorgen goedemiddag goedenavond fiets auto afval mensen iemand
    """.split()  # noqa: SIM905
)
# "help" is not here: Dutch residents write it too ("Brand! Help!")
_EN = frozenset(
    """
    the a an and is are in of on to that this there not with for my our we you he she they it
    i me us your can could may must would should want please have has been be was were how
    what where when who why which do does did don't doesn't isn't can't won't no now here
    at from about under by again really very street neighbour neighbor neighbours neighbors
    council municipality bin bins broken report still since weeks days someone people thanks
    thank hello hi just some any get got need our outside
    """.split()  # noqa: SIM905
)


def detect(text: str) -> str:
    """Return "en" when English stop words clearly dominate, else "nl"."""
    words = [w.lower() for w in _WORD.findall(text)]
    nl = sum(1 for w in words if w in _NL)
    en = sum(1 for w in words if w in _EN)
    return decide(nl, en, len(words))


def decide(nl: int, en: int, words: int) -> str:
    """The vote: `nl` Dutch and `en` English stop words among `words` words."""
    if words and en > nl and en >= 1 and (en >= 2 or words <= 3):
        return "en"
    return "nl"


def word_votes(token: str) -> tuple[int, int, int]:
    """(Dutch, English, words) votes of one lower-cased token, as `detect` counts them."""
    words = _WORD.findall(token)
    return (sum(w in _NL for w in words), sum(w in _EN for w in words), len(words))
