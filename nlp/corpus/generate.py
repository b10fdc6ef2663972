"""Build `nlp/corpus/train.jsonl` from the hand-written templates, deterministically.

Run: `.venv/bin/python -m nlp.corpus.generate`. Augmentation: slot filling, openers and
closers, lower-casing, dropped punctuation, typos and two-sentence combinations.
"""

from __future__ import annotations

import json
import random
import re
import tomllib
from pathlib import Path

from nlp.corpus import (
    natural_a,
    natural_b,
    natural_c,
    natural_d,
    natural_e,
    natural_f,
    natural_g,
    natural_h,
    natural_i,
    natural_j,
    natural_k,
    natural_l,
    natural_m,
    natural_n,
    natural_o,
    slots,
)
from nlp.corpus.faq_paraphrases import PARAPHRASES
from nlp.corpus.themes_a import (
    AFVAL,
    AFVAL_EN,
    INITIATIEF,
    INITIATIEF_EN,
    OVERLAST,
    OVERLAST_EN,
    VERKEER,
    VERKEER_EN,
)
from nlp.corpus.themes_b import (
    OPENBARE_RUIMTE,
    OPENBARE_RUIMTE_EN,
    OVERIG,
    OVERIG_EN,
    WONEN,
    WONEN_EN,
    ZORG,
    ZORG_EN,
)
from nlp.corpus.urgent import HARD_NEGATIVES, URGENT, URGENT_EN
from nlp.corpus.urgent_extra import HARD_NEGATIVES_EXTRA, URGENT_EXTRA, URGENT_EXTRA_EN
from nlp.corpus.urgent_indirect import HARD_NEGATIVES_INDIRECT, URGENT_INDIRECT, URGENT_INDIRECT_EN
from nlp.corpus.urgent_k import HARD_NEGATIVES_K, URGENT_K, URGENT_K_EN
from nlp.corpus.urgent_l import HARD_NEGATIVES_L, URGENT_L, URGENT_L_EN

HERE = Path(__file__).parent
FAQ_FILE = HERE.parents[1] / "municipalities" / "utrecht" / "faq.toml"

THEMES = {
    "overlast": (OVERLAST, OVERLAST_EN),
    "verkeer": (VERKEER, VERKEER_EN),
    "initiatief": (INITIATIEF, INITIATIEF_EN),
    "afval": (AFVAL, AFVAL_EN),
    "openbare_ruimte": (OPENBARE_RUIMTE, OPENBARE_RUIMTE_EN),
    "zorg": (ZORG, ZORG_EN),
    "wonen": (WONEN, WONEN_EN),
    "overig": (OVERIG, OVERIG_EN),
}
CONNECTORS = [" ", ". Ook ", " En ", ". Verder: ", ", en daarnaast ", ". Bovendien "]


def fill(template: str, rng: random.Random) -> str:
    values = {
        "street": rng.choice(slots.STREETS),
        "buurt": rng.choice(slots.BUURTEN),
        "place": rng.choice(slots.PLACES),
        "time": rng.choice(slots.TIMES),
        "nr": rng.choice(slots.NUMBERS),
        "pc": rng.choice(slots.POSTCODES),
        "ref": f"WB-2026-{rng.randint(1, 999):06d}",
    }
    return template.format(**values)


def typo(text: str, rng: random.Random) -> str:
    tokens = text.split(" ")
    candidates = [i for i, t in enumerate(tokens) if len(t) > 4 and t.isalpha()]
    if not candidates:
        return text
    i = rng.choice(candidates)
    word, k = tokens[i], rng.randrange(1, len(tokens[i]) - 1)
    kind = rng.random()
    if kind < 0.35:
        word = word[:k] + word[k + 1] + word[k] + word[k + 2 :]
    elif kind < 0.65:
        word = word[:k] + word[k + 1 :]
    elif kind < 0.85:
        word = word[:k] + word[k] + word[k:]
    else:
        word = (
            word.replace("ij", "y").replace("dt", "d")
            if ("ij" in word or "dt" in word)
            else word[:k] + word[k + 1 :]
        )
    tokens[i] = word
    return " ".join(tokens)


def vary(text: str, rng: random.Random, english: bool) -> str:
    opener = rng.choice(slots.EN_OPENERS if english else slots.OPENERS)
    closer = rng.choice(slots.EN_CLOSERS if english else slots.CLOSERS)
    if len(text) < 25 and rng.random() < 0.6:
        opener, closer = "", ""
    if opener and text[:1].isupper() and not text.startswith(("I ", "I'")):
        text = text[0].lower() + text[1:]
    out = opener + text + closer
    if rng.random() < 0.35:
        out = out.lower()
    if rng.random() < 0.3:
        out = re.sub(r"[.!?]+$", "", out)
    if rng.random() < 0.3:
        out = typo(out, rng)
    return out


def theme_examples(rng: random.Random) -> list[dict[str, object]]:
    rows: list[dict[str, object]] = []
    for theme, (dutch, english) in THEMES.items():
        for n, template in enumerate(dutch):
            group(f"{theme}:t{n}")
            for _ in range(2):
                text = fill(template, rng)
                if rng.random() < 0.15:
                    other = fill(rng.choice(dutch), rng)
                    text = (
                        text.rstrip(".!?") + rng.choice(CONNECTORS) + other[0].lower() + other[1:]
                    )
                rows.append(row(vary(text, rng, False), theme, lang="nl"))
        for n, template in enumerate(english):
            group(f"{theme}:e{n}")
            for _ in range(3):
                rows.append(row(vary(fill(template, rng), rng, True), theme, lang="en"))
    return rows


def natural_examples(rng: random.Random) -> list[dict[str, object]]:
    rows = []
    for theme in THEMES:
        module = natural_a if hasattr(natural_a, theme.upper()) else natural_b
        texts = getattr(module, theme.upper()) + getattr(natural_c, theme.upper(), [])
        batches = (natural_d, natural_e, natural_f, natural_g, natural_h, natural_i, natural_j, natural_k,
                   natural_l, natural_m, natural_n)
        for batch in batches:
            texts += getattr(batch, theme.upper(), [])
        rows += _natural_rows(theme, "n", texts, rng)
    return rows


# Later batches draw their variations from a generator of their own, so adding one leaves every
# earlier training row as it was.
LATER_BATCHES = {"o": natural_o}


def later_natural_examples() -> list[dict[str, object]]:
    rows = []
    for name, batch in LATER_BATCHES.items():
        rng = random.Random(f"natural_{name}")
        for theme in THEMES:
            rows += _natural_rows(theme, name, getattr(batch, theme.upper(), []), rng)
    return rows


def _natural_rows(theme: str, name: str, texts: list[str], rng: random.Random) -> list[dict[str, object]]:
    rows = []
    for n, text in enumerate(texts):
        group(f"{theme}:{name}{n}")
        english = bool(re.search(r"\b(?:the|is|my|our|there|can|how)\b", text.lower())) and " de " not in text
        lang = "en" if english else "nl"
        rows.append(row(text, theme, lang=lang))
        rows.append(row(vary(text, rng, english), theme, lang=lang))
    return rows


def urgent_examples(rng: random.Random) -> list[dict[str, object]]:
    rows: list[dict[str, object]] = []
    for name, urgent, negatives, repeats in (
        ("", ((URGENT, "nl"), (URGENT_EN, "en")), HARD_NEGATIVES, (4, 3)),
        ("x", ((URGENT_EXTRA, "nl"), (URGENT_EXTRA_EN, "en")), HARD_NEGATIVES_EXTRA, (2, 2)),
        ("i", ((URGENT_INDIRECT, "nl"), (URGENT_INDIRECT_EN, "en")), HARD_NEGATIVES_INDIRECT, (2, 2)),
        ("k", ((URGENT_K, "nl"), (URGENT_K_EN, "en")), [(*n, False) for n in HARD_NEGATIVES_K], (2, 2)),
        ("l", ((URGENT_L, "nl"), (URGENT_L_EN, "en")), [(*n, False) for n in HARD_NEGATIVES_L], (2, 2)),
    ):
        for items, lang in urgent:
            for n, (theme, template) in enumerate(items):
                group(f"urgent:{name}{lang}{n}")
                for _ in range(repeats[0]):
                    text = vary(fill(template, rng), rng, lang == "en")
                    rows.append(row(text, theme, urgent=True, lang=lang))
        for n, (theme, template, acute) in enumerate(negatives):
            group(f"negative:{name}{n}")
            english = bool(name) and _looks_english(template)  # the first list is labelled Dutch
            for _ in range(repeats[1]):
                text = vary(fill(template, rng), rng, english)
                rows.append(row(text, theme, acute=acute, lang="en" if english else "nl"))
    return rows


def _looks_english(text: str) -> bool:
    return bool(re.search(r"\b(?:the|is|my|and|there|i|we|it's|was)\b", text.lower()))


def faq_examples(rng: random.Random) -> list[dict[str, object]]:
    with FAQ_FILE.open("rb") as fh:
        entries = tomllib.load(fh)["faq"]
    rows = []
    for entry in entries:
        group(f"faq:{entry['slug']}")
        texts = list(entry["questions"]) + PARAPHRASES.get(entry["slug"], [])
        for text in texts:
            lang = (
                "en"
                if re.search(r"\b(?:how|what|who|where|can|do|is|my|the|i)\b", text.lower())
                else "nl"
            )
            rows.append(row(text, entry["theme"], faq=entry["slug"], lang=lang))
            if rng.random() < 0.5:
                rows.append(
                    row(vary(text, rng, lang == "en"), entry["theme"], faq=entry["slug"], lang=lang)
                )
    return rows


_GROUP = [""]


def row(
    text: str,
    theme: str,
    *,
    urgent: bool = False,
    faq: str | None = None,
    lang: str = "nl",
    acute: bool = False,
) -> dict[str, object]:
    """One corpus line; `group` ties the variants of one template together (for cross-validation)."""
    return {
        "text": text.strip(),
        "theme": theme,
        "urgent": urgent,
        "faq": faq,
        "lang": lang,
        "acute": acute,
        "group": _GROUP[0],
    }


def group(name: str) -> None:
    _GROUP[0] = name


def build(seed: int = 13) -> list[dict[str, object]]:
    rng = random.Random(seed)
    rows = theme_examples(rng) + natural_examples(rng) + urgent_examples(rng) + faq_examples(rng)
    rows += later_natural_examples()
    seen: set[str] = set()
    unique = []
    for r in rows:
        key = str(r["text"]).lower()
        if key not in seen:
            seen.add(key)
            unique.append(r)
    return unique


def main() -> None:
    rows = build()
    with (HERE / "train.jsonl").open("w", encoding="utf-8") as fh:
        for r in rows:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(f"wrote {len(rows)} examples to {HERE / 'train.jsonl'}")


if __name__ == "__main__":
    main()
