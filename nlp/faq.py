"""FAQ retrieval: TF-IDF over words (lemmas when available) and character n-grams.

Each entry is indexed through its question variants (max similarity) and, with a smaller
weight, its whole text (questions + answer). The index is a few hundred sparse vectors, so
rebuilding it after an admin edit is cheap (`FaqIndex(entries)`).

Abstaining matters as much as matching: a report ("de lantaarnpaal voor nr 12 is al weken
kapot") must not get the FAQ "hoe meld ik een kapotte lantaarnpaal?". A match therefore
needs a question (`is_question`) and a moderate score, or a very close paraphrase of one of
the entry's variants.
"""

from __future__ import annotations

import math
import re
import tomllib
from collections import Counter
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

from core.domain import FaqEntry
from nlp.lexicon import concepts
from nlp.text import normalize, words

Lemmatize = Callable[[str], list[str]]

STOP_WORDS = frozenset(
    """
    de het een en of in op te van voor met aan bij naar uit om er is zijn was ik je jij u we
    wij ze zij hij mijn m'n onze ons jullie dat die dit deze daar hier al ook nog maar dan als
    the a an of to in on for is are i my we our you your it be do does can how what
    """.split()  # noqa: SIM905
)

QUESTION_START = re.compile(
    r"^(?:hoe|wat|waar|wanneer|wie|welke|welk|waarom|hoelang|hoeveel|mag|mogen|kan|kun|kunt|"
    r"kunnen|moet|moeten|heb|hebben|heeft|is|zijn|wordt|worden|weet|zou|zouden|krijg|"
    r"how|what|where|when|who|which|why|can|could|may|do|does|is|are|should|will|would)\b"
)
QUESTION_PHRASE = re.compile(
    r"\b(?:ik wil (?:graag )?weten|weet iemand|vraag over|vraagje|graag info|informatie over|"
    r"hoe zit het met|hoe werkt|hoe kan ik|hoe moet ik|kan ik|mag ik|moet ik|waar kan ik|"
    r"i want to know|i would like to know|how do i|can i|where can i|is it allowed|info about)\b"
)


# Complaints dressed as questions: "hoe kan het dat...", "waarom duurt...", "wie gaat hier iets aan doen?"
RHETORICAL = re.compile(
    r"\b(?:hoe kan het dat|hoe is het mogelijk|waarom (?:is|zijn|wordt|worden|doet|doen|duurt|gebeurt|staat|"
    r"staan|mag|mogen|moet|moeten|komt|komen|kan|kunnen|heeft|hebben|ligt|liggen)|wachten (?:we|jullie) (?:tot|totdat)|"
    r"wie gaat (?:hier|dit|er|daar)|wanneer gaan jullie|wanneer (?:wordt|gaat) (?:dit|dat|er eindelijk)|"
    r"(?:kunnen|willen|gaan) jullie (?:hier|er|daar|dit) (?:iets|wat|eens iets|eens wat|nou eens) aan doen|"
    r"doen jullie (?:er|hier|daar) (?:iets|nog|eigenlijk) aan|is dit normaal|hoe lang nog|"
    r"wat (?:kunnen|gaan) jullie (?:er |hier |daar )?(?:aan |tegen )?doen|"
    r"why (?:is|are|does|do|can't|won't|isn't)|can you do something|can someone do something)\b"
)


def is_question(text: str) -> bool:
    """An information request (not a report, and not a complaint phrased as a question)."""
    norm = normalize(text)
    if RHETORICAL.search(norm):
        return False
    return "?" in norm or bool(QUESTION_START.match(norm) or QUESTION_PHRASE.search(norm))


def _features(text: str, lemmas: Sequence[str] | None = None) -> Counter[str]:
    tokens = [t for t in words(text) if t not in STOP_WORDS]
    feats: Counter[str] = Counter()
    for lemma in [normalize(x) for x in lemmas] if lemmas is not None else tokens:
        if lemma and lemma not in STOP_WORDS and lemma.isalnum():
            feats["w:" + lemma] += 1
    for concept in concepts(text):
        feats["c:" + concept] += 2
    for token in tokens:
        padded = f"<{token}>"
        for n in (3, 4, 5):
            for i in range(max(1, len(padded) - n + 1)):
                feats[padded[i : i + n]] += 1
    return feats


def _vector(feats: Counter[str], idf: dict[str, float]) -> dict[str, float]:
    vec = {f: (1 + math.log(c)) * idf[f] for f, c in feats.items() if f in idf}
    norm = math.sqrt(sum(v * v for v in vec.values())) or 1.0
    return {f: v / norm for f, v in vec.items()}


@dataclass(frozen=True)
class FaqMatch:
    slug: str | None
    score: float
    best_slug: str | None  # the nearest entry, even when abstaining


class FaqIndex:
    """Cosine TF-IDF index over FAQ entries; construct anew when the entries change."""

    QUESTION_WEIGHT = 0.8

    def __init__(
        self,
        entries: Iterable[FaqEntry],
        lemmatize: Lemmatize | None = None,
        *,
        threshold: float = 0.38,
        statement_threshold: float = 0.75,
    ) -> None:
        self.entries = [e for e in entries if e.active]
        self.threshold = threshold
        self.statement_threshold = statement_threshold
        self._lemmatize = lemmatize
        docs: list[tuple[int, Counter[str]]] = []
        for i, entry in enumerate(self.entries):
            for question in entry.questions:
                docs.append((i, _features(question, self._lemmas(question))))
        whole = [self._whole_features(e) for e in self.entries]
        df: Counter[str] = Counter()
        for _, feats in docs:
            df.update(feats.keys())
        n = len(docs) + 1
        self._idf = {f: math.log(n / (1 + d)) + 1 for f, d in df.items()}
        self._doc_entry = [i for i, _ in docs]
        self._postings: dict[str, list[tuple[int, float]]] = {}
        for doc_id, (_, feats) in enumerate(docs):
            for f, w in _vector(feats, self._idf).items():
                self._postings.setdefault(f, []).append((doc_id, w))
        self._whole_postings: dict[str, list[tuple[int, float]]] = {}
        for i, feats in enumerate(whole):
            for f, w in _vector(feats, self._idf).items():
                self._whole_postings.setdefault(f, []).append((i, w))

    def _lemmas(self, text: str) -> list[str] | None:
        return self._lemmatize(text) if self._lemmatize else None

    def _whole_features(self, entry: FaqEntry) -> Counter[str]:
        text = " ".join((*entry.questions, entry.answer_nl))
        return _features(text, self._lemmas(text))

    def scores(self, text: str, lemmas: Sequence[str] | None = None) -> dict[str, float]:
        """Similarity per slug (0..1). Pass `lemmas` when the caller already has them."""
        if lemmas is None:
            lemmas = self._lemmas(text)
        vec = _vector(_features(text, lemmas), self._idf)
        per_doc: dict[int, float] = {}
        for f, w in vec.items():
            for doc_id, weight in self._postings.get(f, ()):
                per_doc[doc_id] = per_doc.get(doc_id, 0.0) + w * weight
        best: dict[int, float] = {}
        for doc_id, score in per_doc.items():
            entry = self._doc_entry[doc_id]
            best[entry] = max(best.get(entry, 0.0), score)
        whole: dict[int, float] = {}
        for f, w in vec.items():
            for entry, weight in self._whole_postings.get(f, ()):
                whole[entry] = whole.get(entry, 0.0) + w * weight
        qw = self.QUESTION_WEIGHT
        return {
            e.slug: qw * best.get(i, 0.0) + (1 - qw) * whole.get(i, 0.0)
            for i, e in enumerate(self.entries)
        }

    THEME_WEIGHT = 0.25

    def match(
        self,
        text: str,
        question: bool | None = None,
        lemmas: Sequence[str] | None = None,
        theme_scores: Mapping[str, float] | None = None,
    ) -> FaqMatch:
        """The entry this message asks for, or slug=None (abstain).

        With `theme_scores` (the classifier's view of the message), an entry's score mixes its
        lexical similarity with the probability of the entry's theme: two independent signals.
        """
        if not self.entries:
            return FaqMatch(None, 0.0, None)
        scores = self.scores(text, lemmas)
        if theme_scores:
            w = self.THEME_WEIGHT
            themes = {e.slug: e.theme for e in self.entries}
            scores = {
                slug: (1 - w) * value + w * theme_scores.get(themes[slug], 0.0)
                for slug, value in scores.items()
            }
        slug, score = max(scores.items(), key=lambda kv: kv[1])
        asked = is_question(text) if question is None else question
        floor = self.threshold if asked else self.statement_threshold
        return FaqMatch(slug if score >= floor else None, score, slug)


def load_faq_toml(path: Path) -> list[FaqEntry]:
    """Read `[[faq]]` entries (slug, theme, questions, answer_nl, answer_en) from a TOML file."""
    with path.open("rb") as fh:
        data = tomllib.load(fh)
    return [
        FaqEntry(
            slug=item["slug"],
            theme=item["theme"],
            questions=tuple(item["questions"]),
            answer_nl=item["answer_nl"].strip(),
            answer_en=item.get("answer_en", "").strip(),
            active=item.get("active", True),
        )
        for item in data.get("faq", [])
    ]


def top_slugs(index: FaqIndex, text: str, k: int = 3) -> Sequence[tuple[str, float]]:
    return sorted(index.scores(text).items(), key=lambda kv: -kv[1])[:k]
