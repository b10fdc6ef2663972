"""Analyzers: the trained spaCy pipeline, and a keyword fallback so intake never blocks.

`load_analyzer(model_path, faq, floor=..., margin=...)` returns a `SpacyAnalyzer` when a
trained pipeline is present and loads, otherwise a `KeywordAnalyzer` (with a warning).
Both return plain `core.ports.Analysis` objects. Urgency rules always run, model or not.
"""

from __future__ import annotations

import logging
import math
import re
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

from core.domain import FaqEntry
from core.ports import Analysis
from nlp.faq import FaqIndex, FaqMatch, is_question
from nlp.lang import detect
from nlp.lexicon import concept_theme, concepts, with_concepts
from nlp.urgency import assess

log = logging.getLogger(__name__)

_WORD = re.compile(r"\w+")

THEMES = (
    "overlast",
    "verkeer",
    "initiatief",
    "afval",
    "openbare_ruimte",
    "zorg",
    "wonen",
    "overig",
)
DEFAULT_FLOOR = 0.55
DEFAULT_MARGIN = 0.15
LONG_REPORT_WORDS = 8


def decide(scores: dict[str, float], floor: float, margin: float) -> tuple[str, float, bool]:
    """Top theme, its confidence, and whether the resident should confirm it."""
    ranked = sorted(scores.items(), key=lambda kv: -kv[1])
    theme, top = ranked[0]
    second = ranked[1][1] if len(ranked) > 1 else 0.0
    return theme, top, top < floor or (top - second) < margin


def calibrate(cats: dict[str, float], temperature: float) -> dict[str, float]:
    """Temperature scaling of softmax probabilities: p_i^(1/T), renormalised."""
    if temperature == 1.0:
        return dict(cats)
    powered = {k: math.exp(math.log(max(v, 1e-9)) / temperature) for k, v in cats.items()}
    total = sum(powered.values()) or 1.0
    return {k: v / total for k, v in powered.items()}


class _FaqMixin:
    _faq: FaqIndex

    def _faq_fields(
        self,
        text: str,
        lemmas: Sequence[str] | None = None,
        theme_scores: dict[str, float] | None = None,
        prior: dict[str, float] | None = None,
        asked: bool | None = None,
    ) -> tuple[str | None, float, bool]:
        asked = is_question(text) if asked is None else asked
        if not _may_ask_faq(text, asked):
            return None, 0.0, False
        found = self._faq.match(text, asked, lemmas, theme_scores, prior)
        return found.slug, found.score, asked


class KeywordAnalyzer(_FaqMixin):
    """Keyword counting per theme; a crude but dependable fallback."""

    def __init__(
        self,
        faq: Iterable[FaqEntry] = (),
        *,
        floor: float = DEFAULT_FLOOR,
        margin: float = DEFAULT_MARGIN,
    ) -> None:
        self.floor, self.margin = floor, margin
        self.set_faq(faq)

    def set_faq(self, entries: Iterable[FaqEntry]) -> None:
        self._faq = FaqIndex(entries)

    def theme_scores(self, text: str) -> dict[str, float]:
        hits = {theme: 0.0 for theme in THEMES}
        for concept in concepts(text):
            hits[concept_theme(concept)] += 1.0
        if not any(hits.values()):
            hits["overig"] = 1.0
        total = sum(hits.values()) + 0.5 * len(hits)
        return {theme: (h + 0.5) / total for theme, h in hits.items()}

    def analyze(self, text: str) -> Analysis:
        scores = self.theme_scores(text)
        theme, confidence, confirm = decide(scores, self.floor, self.margin)
        verdict = assess(text)
        slug, faq_score, asked = self._faq_fields(text, None, scores)
        return Analysis(
            theme=theme,
            confidence=confidence,
            scores=scores,
            urgent=verdict.urgent,
            lang=detect(text),
            faq=slug,
            faq_score=faq_score,
            is_question=asked,
            needs_confirmation=confirm,
            urgent_reason=verdict.reason,
            acute=verdict.acute,
        )

    def analyze_many(self, texts: Sequence[str]) -> list[Analysis]:
        return [self.analyze(t) for t in texts]


class SpacyAnalyzer(_FaqMixin):
    """The trained pipeline (lookup lemmatizer + theme textcat + urgency textcat), loaded once."""

    def __init__(
        self,
        nlp: Any,
        faq: Iterable[FaqEntry] = (),
        *,
        floor: float = DEFAULT_FLOOR,
        margin: float = DEFAULT_MARGIN,
    ) -> None:
        self.nlp = nlp
        self.floor, self.margin = floor, margin
        meta = nlp.meta.get("wijkbot", {})
        self.temperature = float(meta.get("temperature", 1.0))
        self.urgent_threshold = float(meta.get("urgent_threshold", 0.9))
        has_faq = "faq" in nlp.pipe_names
        self._faq_labels = frozenset(nlp.get_pipe("faq").labels if has_faq else ())
        self._lemma_table: Any = {}
        if "lemmatizer" in nlp.pipe_names:
            # The classifiers read surface forms; lemmas are only needed for the rules and the
            # FAQ index, so the lookup table is used directly and the pipe is not run per doc.
            self._lemma_table = nlp.get_pipe("lemmatizer").lookups.get_table("lemma_lookup", {})
            nlp.disable_pipe("lemmatizer")
        self._faq_pipe: Any = None
        if has_faq:
            self._faq_pipe = nlp.get_pipe("faq")
            nlp.disable_pipe("faq")
        self.set_faq(faq)

    @classmethod
    def from_path(
        cls, model_path: Path, faq: Iterable[FaqEntry] = (), **kwargs: float
    ) -> SpacyAnalyzer:
        import spacy

        return cls(spacy.load(model_path), faq, **kwargs)

    def _lemmatize(self, text: str) -> list[str]:
        """Lookup lemmas of the words (the Dutch table of spacy-lookups-data, saved in the model)."""
        table = self._lemma_table
        return [table.get(word, word) for word in _WORD.findall(text.lower())]

    def set_faq(self, entries: Iterable[FaqEntry]) -> None:
        """Rebuild the FAQ index (cheap: a few hundred short texts)."""
        self._faq = FaqIndex(entries, self._lemmatize)

    def _theme_scores(self, doc: Any) -> dict[str, float]:
        return calibrate({k: v for k, v in doc.cats.items() if k in THEMES}, self.temperature)

    def _to_analysis(
        self, text: str, doc: Any, asked: bool, lemmas: list[str], scores: dict[str, float],
        found: FaqMatch | None,
    ) -> Analysis:  # fmt: skip
        """One message's analysis; `found` is its FAQ match (None: no FAQ may apply)."""
        theme, confidence, confirm = decide(scores, self.floor, self.margin)
        verdict = assess(text, lemmas)
        urgent, reason = verdict.urgent, verdict.reason
        if not urgent and doc.cats.get("URGENT", 0.0) >= self.urgent_threshold:
            urgent, reason = True, "model"
        return Analysis(
            theme=theme,
            confidence=confidence,
            scores=scores,
            urgent=urgent,
            lang=detect(text),
            faq=found.slug if found else None,
            faq_score=found.score if found else 0.0,
            is_question=asked if found else False,
            needs_confirmation=confirm,
            urgent_reason=reason,
            acute=verdict.acute and not urgent,
        )

    def analyze(self, text: str) -> Analysis:
        return self.analyze_many([text])[0]

    def analyze_many(self, texts: Sequence[str]) -> list[Analysis]:
        docs = list(self.nlp.pipe((with_concepts(t) for t in texts), batch_size=256))
        asked = [is_question(t) for t in texts]
        faq_rows = [i for i, (t, q) in enumerate(zip(texts, asked, strict=True)) if _may_ask_faq(t, q)]
        if self._faq_pipe is not None:  # the FAQ classifier only runs where an FAQ may apply
            for _ in self._faq_pipe.pipe([docs[i] for i in faq_rows], batch_size=256):
                pass  # annotates doc.cats in place
        lemmas = [self._lemmatize(t) for t in texts]
        scores = [self._theme_scores(doc) for doc in docs]
        matches = self._faq.match_many(
            [texts[i] for i in faq_rows],
            [asked[i] for i in faq_rows],
            [lemmas[i] for i in faq_rows],
            [scores[i] for i in faq_rows],
            [{k: v for k, v in docs[i].cats.items() if k in self._faq_labels} for i in faq_rows],
        )
        found: dict[int, FaqMatch] = dict(zip(faq_rows, matches, strict=True))
        return [
            self._to_analysis(texts[i], docs[i], asked[i], lemmas[i], scores[i], found.get(i))
            for i in range(len(texts))
        ]


def _may_ask_faq(text: str, asked: bool | None = None) -> bool:
    """Questions, and short messages ("containerpas kwijt"); a long report never paraphrases
    an FAQ closely enough to be answered with it. `asked`: is_question(text), when known."""
    asked = is_question(text) if asked is None else asked
    return asked or len(text.split()) <= LONG_REPORT_WORDS


def load_analyzer(
    model_path: Path,
    faq: Sequence[FaqEntry],
    *,
    floor: float = DEFAULT_FLOOR,
    margin: float = DEFAULT_MARGIN,
) -> SpacyAnalyzer | KeywordAnalyzer:
    """The trained pipeline when available, else the keyword fallback (logged as a warning)."""
    if (Path(model_path) / "meta.json").is_file():
        try:
            return SpacyAnalyzer.from_path(Path(model_path), faq, floor=floor, margin=margin)
        except Exception:  # a broken model must not stop intake
            log.warning(
                "NLP model at %s failed to load; using keyword fallback", model_path, exc_info=True
            )
    else:
        log.warning(
            "no NLP model at %s; using keyword fallback (run `wijkbot nlp train`)", model_path
        )
    return KeywordAnalyzer(faq, floor=floor, margin=margin)
