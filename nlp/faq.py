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
from functools import lru_cache
from pathlib import Path

import numpy as np

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
    if "?" in norm or QUESTION_PHRASE.search(norm):
        return True
    return any(QUESTION_START.match(clause.strip()) for clause in _CLAUSES.split(norm))


_CLAUSES = re.compile(r"[,.;:!\n]")


CHAR_NGRAMS = (3, 4, 5)
WORD_WEIGHT, CONCEPT_WEIGHT, CHAR_WEIGHT = 1.0, 2.0, 0.1  # chosen on nlp/corpus/faq_tuning.py


def _features(text: str, lemmas: Sequence[str] | None = None) -> dict[str, float]:
    tokens = [t for t in words(text) if t not in STOP_WORDS]
    feats: dict[str, float] = {}
    lemmas = (
        [x.lower() if x.isascii() else normalize(x) for x in lemmas]
        if lemmas is not None
        else tokens
    )
    for lemma in lemmas:
        if lemma and lemma not in STOP_WORDS and lemma.isalnum():
            key = "w:" + lemma
            feats[key] = feats.get(key, 0.0) + WORD_WEIGHT
    for concept in concepts(text):
        feats["c:" + concept] = feats.get("c:" + concept, 0.0) + CONCEPT_WEIGHT
    grams: Counter[str] = Counter()
    for token in tokens:
        grams.update(_char_grams(token))
    for gram, count in grams.items():
        feats[gram] = feats.get(gram, 0.0) + CHAR_WEIGHT * count
    return feats


@lru_cache(maxsize=100_000)
def _char_grams(token: str) -> tuple[str, ...]:
    padded = f"<{token}>"
    return tuple(padded[i : i + n] for n in CHAR_NGRAMS for i in range(max(1, len(padded) - n + 1)))


def _query_vector(
    text: str, lemmas: Sequence[str] | None, idf: dict[str, float]
) -> dict[str, float]:
    """`_vector(_features(text, lemmas), idf)`, computed without the features the index does
    not know (most character n-grams of a message): same values, less work."""
    tokens = [t for t in words(text) if t not in STOP_WORDS]
    feats: dict[str, float] = {}
    lemmas = (
        [x.lower() if x.isascii() else normalize(x) for x in lemmas]
        if lemmas is not None
        else tokens
    )
    for lemma in lemmas:
        if lemma and lemma not in STOP_WORDS and lemma.isalnum():
            key = "w:" + lemma
            if key in idf:
                feats[key] = feats.get(key, 0.0) + WORD_WEIGHT
    for concept in concepts(text):
        key = "c:" + concept
        if key in idf:
            feats[key] = feats.get(key, 0.0) + CONCEPT_WEIGHT
    grams: Counter[str] = Counter()
    for token in tokens:
        grams.update(_char_grams(token))
    for gram, count in grams.items():
        if gram in idf:
            feats[gram] = feats.get(gram, 0.0) + CHAR_WEIGHT * count
    return _vector(feats, idf)


def _vector(feats: dict[str, float], idf: dict[str, float]) -> dict[str, float]:
    vec = {f: c * idf[f] for f, c in feats.items() if f in idf}
    norm = math.sqrt(sum(v * v for v in vec.values())) or 1.0
    return {f: v / norm for f, v in vec.items()}


@dataclass(frozen=True)
class FaqMatch:
    slug: str | None
    score: float
    best_slug: str | None  # the nearest entry, even when abstaining


class FaqIndex:
    """Cosine TF-IDF index over FAQ entries; construct anew when the entries change."""

    QUESTION_WEIGHT = 0.65

    def __init__(
        self,
        entries: Iterable[FaqEntry],
        lemmatize: Lemmatize | None = None,
        *,
        threshold: float = 0.25,
        statement_threshold: float = 0.8,
    ) -> None:
        self.entries = [e for e in entries if e.active]
        self.threshold = threshold
        self.statement_threshold = statement_threshold
        self._lemmatize = lemmatize
        docs: list[tuple[int, dict[str, float]]] = []
        for i, entry in enumerate(self.entries):
            for question in entry.questions:
                docs.append((i, _features(question, self._lemmas(question))))
        whole = [self._whole_features(e) for e in self.entries]
        df: Counter[str] = Counter()
        for _, feats in docs:
            df.update(feats.keys())
        n = len(docs) + 1
        self._idf = {f: math.log(n / (1 + d)) + 1 for f, d in df.items()}
        self._vocab = {f: k for k, f in enumerate(self._idf)}
        self._questions = self._matrix([feats for _, feats in docs])
        self._wholes = self._matrix(whole)
        counts = np.bincount([i for i, _ in docs], minlength=len(self.entries))
        self._starts = np.concatenate(([0], np.cumsum(counts)[:-1])).astype(np.intp)
        self._has_questions = counts > 0

    def _matrix(self, rows: Sequence[dict[str, float]]) -> np.ndarray:
        """Dense (vocabulary x rows) matrix of L2-normalised TF-IDF vectors (rows gather fast)."""
        matrix = np.zeros((len(self._vocab), len(rows)), dtype=np.float32)
        for r, feats in enumerate(rows):
            for f, w in _vector(feats, self._idf).items():
                matrix[self._vocab[f], r] = w
        return matrix

    def _lemmas(self, text: str) -> list[str] | None:
        return self._lemmatize(text) if self._lemmatize else None

    def _whole_features(self, entry: FaqEntry) -> dict[str, float]:
        text = " ".join((*entry.questions, entry.answer_nl))
        return _features(text, self._lemmas(text))

    def scores(self, text: str, lemmas: Sequence[str] | None = None) -> dict[str, float]:
        """Similarity per slug (0..1). Pass `lemmas` when the caller already has them."""
        if lemmas is None:
            lemmas = self._lemmas(text)
        vec = _query_vector(text, lemmas, self._idf)
        if not vec or not self.entries:
            return {e.slug: 0.0 for e in self.entries}
        ids = np.fromiter((self._vocab[f] for f in vec), dtype=np.intp, count=len(vec))
        weights = np.fromiter(vec.values(), dtype=np.float32, count=len(vec))
        per_question = weights @ self._questions[ids]
        best = np.zeros(len(self.entries), dtype=np.float32)
        if per_question.size:
            reduced = np.maximum.reduceat(per_question, self._starts)
            best = np.where(self._has_questions, reduced, 0.0)
        whole = weights @ self._wholes[ids]
        qw = self.QUESTION_WEIGHT
        combined = qw * best + (1 - qw) * whole
        return {e.slug: float(combined[i]) for i, e in enumerate(self.entries)}

    PRIOR_WEIGHT = 0.5  # with threshold 0.25: chosen on nlp/corpus/faq_tuning.py
    THEME_WEIGHT = 0.5  # chosen on nlp/corpus/faq_tuning.py with the question threshold

    def match(
        self,
        text: str,
        question: bool | None = None,
        lemmas: Sequence[str] | None = None,
        theme_scores: Mapping[str, float] | None = None,
        prior: Mapping[str, float] | None = None,
    ) -> FaqMatch:
        """The entry this message asks for, or slug=None (abstain).

        With `theme_scores` (the classifier's view of the message), an entry's lexical
        similarity is scaled by the probability of the entry's theme: two independent signals.
        """
        if not self.entries:
            return FaqMatch(None, 0.0, None)
        scores = self.scores(text, lemmas)
        w = self.THEME_WEIGHT
        themes = {e.slug: e.theme for e in self.entries}

        def factor(slug: str) -> float:  # without a classifier, assume an even chance
            return (1 - w) + w * (theme_scores.get(themes[slug], 0.0) if theme_scores else 0.5)

        scores = {  # a near-verbatim question keeps most of its score, whatever the theme
            slug: max(value * factor(slug), value - 0.25) for slug, value in scores.items()
        }
        if prior:  # the trained FAQ classifier's view, for the slugs it knows
            b = self.PRIOR_WEIGHT
            scores = {slug: (1 - b) * v + b * prior.get(slug, v) for slug, v in scores.items()}
        slug, score = max(scores.items(), key=lambda kv: kv[1])
        asked = is_question(text) if question is None else question
        floor = self.threshold if asked else self.statement_threshold
        return FaqMatch(slug if score >= floor else None, score, slug)


    def match_many(
        self,
        texts: Sequence[str],
        questions: Sequence[bool],
        lemmas: Sequence[Sequence[str] | None],
        theme_scores: Sequence[Mapping[str, float] | None],
        priors: Sequence[Mapping[str, float] | None],
    ) -> list[FaqMatch]:
        """`match` for a batch (same results): one sparse product for all messages instead of
        numpy calls and dictionaries per message."""
        if not self.entries or not texts:
            return [FaqMatch(None, 0.0, None) for _ in texts]
        lexical = self._scores_many(texts, lemmas)
        w, b = self.THEME_WEIGHT, self.PRIOR_WEIGHT
        themes = [e.theme for e in self.entries]
        factor = np.array(
            [[(1 - w) + w * (ts.get(t, 0.0) if ts else 0.5) for t in themes] for ts in theme_scores]
        )
        scores = np.maximum(lexical * factor, lexical - 0.25)
        slugs = [e.slug for e in self.entries]
        for row, prior in enumerate(priors):
            if prior:
                known = np.array([prior.get(slug, np.nan) for slug in slugs])
                scores[row] = (1 - b) * scores[row] + b * np.where(
                    np.isnan(known), scores[row], known
                )
        best = scores.argmax(axis=1)
        found = []
        for row, (index, asked) in enumerate(zip(best.tolist(), questions, strict=True)):
            score = float(scores[row, index])
            floor = self.threshold if asked else self.statement_threshold
            found.append(FaqMatch(slugs[index] if score >= floor else None, score, slugs[index]))
        return found

    def _scores_many(
        self, texts: Sequence[str], lemmas: Sequence[Sequence[str] | None]
    ) -> np.ndarray:
        """(messages x entries) lexical similarity, as `scores` gives per message (float64)."""
        from scipy.sparse import csr_matrix

        columns: list[int] = []
        values: list[float] = []
        offsets = [0]
        for text, words_ in zip(texts, lemmas, strict=True):
            if words_ is None:
                words_ = self._lemmas(text)
            vec = _query_vector(text, words_, self._idf)
            columns.extend(self._vocab[f] for f in vec)
            values.extend(vec.values())
            offsets.append(len(columns))
        shape = (len(texts), len(self._vocab))
        matrix = csr_matrix((np.array(values, dtype=np.float32), columns, offsets), shape=shape)
        per_question = np.asarray(matrix @ self._questions)
        best = np.zeros((len(texts), len(self.entries)), dtype=np.float32)
        if per_question.shape[1]:
            reduced = np.maximum.reduceat(per_question, self._starts, axis=1)
            best = np.where(self._has_questions, reduced, 0.0)
        whole = np.asarray(matrix @ self._wholes)
        qw = self.QUESTION_WEIGHT
        combined: np.ndarray = (qw * best + (1 - qw) * whole).astype(np.float64)
        return combined


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
