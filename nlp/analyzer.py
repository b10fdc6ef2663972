"""Analyzers: the trained spaCy pipeline, and a keyword fallback so intake never blocks.

`load_analyzer(model_path, faq, floor=..., margin=...)` returns a `SpacyAnalyzer` when a
trained pipeline is present and loads, otherwise a `KeywordAnalyzer` (with a warning).
Both return plain `core.ports.Analysis` objects. Urgency rules always run, model or not.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

import numpy as np

from core.domain import FaqEntry
from core.ports import Analysis
from nlp.faq import (
    FaqIndex,
    FaqMatch,
    Probabilities,
    TokenLemmas,
    is_question,
    question_and_words,
)
from nlp.lang import detect
from nlp.lexicon import concept_theme, concepts
from nlp.urgency import UrgencyVerdict, assess, framed, install_gate

if TYPE_CHECKING:
    from nlp.features import Batch, LemmaLookup, Words

log = logging.getLogger(__name__)

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
    return theme, top, needs_confirmation(top, second, floor, margin)


def needs_confirmation(top: float, second: float, floor: float, margin: float) -> bool:
    """The resident confirms the theme when the model is unsure or the top two are close."""
    return top < floor or (top - second) < margin


def calibrate(cats: dict[str, float], temperature: float) -> dict[str, float]:
    """Temperature scaling of softmax probabilities: p_i^(1/T), renormalised."""
    probs = calibrate_all(np.array([list(cats.values())], dtype=np.float64), temperature)
    return dict(zip(cats, probs[0].tolist(), strict=True))


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
            faq=None if verdict.urgent else slug,  # an emergency gets 112, never an FAQ answer
            faq_score=faq_score,
            is_question=asked,
            needs_confirmation=confirm,
            urgent_reason=verdict.reason,
            acute=verdict.acute,
        )

    def analyze_many(self, texts: Sequence[str]) -> list[Analysis]:
        return [self.analyze(t) for t in texts]


class SpacyAnalyzer(_FaqMixin):
    """The trained pipeline: tokenizer, word table and the three classifiers, loaded once.

    `analyze_many` tokenises a batch, computes the classifiers' features once (nlp/features.py)
    and scores theme, urgency and FAQ slug with vectorised heads (nlp/textcat.py); rules, FAQ
    retrieval and language read the batch's per-word table instead of re-reading the text.
    """

    def __init__(
        self,
        nlp: Any,
        faq: Iterable[FaqEntry] = (),
        *,
        floor: float = DEFAULT_FLOOR,
        margin: float = DEFAULT_MARGIN,
        known_words: Words | None = None,
        lemma_table: LemmaLookup | None = None,
    ) -> None:
        from nlp.features import WordTable
        from nlp.textcat import ClassifierHead

        self.nlp = nlp
        self.floor, self.margin = floor, margin
        meta = nlp.meta.get("wijkbot", {})
        self.temperature = float(meta.get("temperature", 1.0))
        self.urgent_threshold = float(meta.get("urgent_threshold", 0.9))
        if lemma_table is None and "lemmatizer" in nlp.pipe_names:
            lemma_table = nlp.get_pipe("lemmatizer").lookups.get_table("lemma_lookup", {})
        self._lemma_table: Any = lemma_table if lemma_table is not None else {}  # per distinct word
        self._words = WordTable(lemma_table, known_words)
        self._theme = ClassifierHead(nlp.get_pipe("textcat"))
        self._urgent = ClassifierHead(nlp.get_pipe("urgent"))
        self._faq_head = ClassifierHead(nlp.get_pipe("faq")) if "faq" in nlp.pipe_names else None
        self.set_faq(faq)

    @classmethod
    def from_path(
        cls, model_path: Path, faq: Iterable[FaqEntry] = (), **kwargs: float
    ) -> SpacyAnalyzer:
        """Load a trained pipeline for analysis. The lemmatizer's table is read straight from
        its saved file (`LemmaLookup`) instead of through the component, and a tokenizer the
        training recorded as spaCy's Dutch default is built from the config, not read again:
        the same analyses, a second less to load (nlp/README.md, "Loading")."""
        import spacy

        import nlp.textcat  # noqa: F401  (registers the model architecture)
        from nlp.features import DEFAULT_TOKENIZER, KNOWN_WORDS, LemmaLookup, Words

        install_gate(model_path)
        known = Words.load(model_path / KNOWN_WORDS)
        meta = json.loads((model_path / "meta.json").read_text(encoding="utf-8")).get("wijkbot", {})
        skip = ["lemmatizer", "tokenizer"] if meta.get("tokenizer") == DEFAULT_TOKENIZER else ["lemmatizer"]
        pipeline = spacy.load(model_path, exclude=skip)
        _lower_only(pipeline.vocab)
        lemmas = LemmaLookup.load(model_path / "lemmatizer" / "lookups" / "lookups.bin", "lemma_lookup")
        return cls(pipeline, faq, known_words=known, lemma_table=lemmas, **kwargs)

    def _lemmatize(self, text: str) -> list[str]:
        """Lookup lemmas of the tokens (the Dutch table of spacy-lookups-data, in the model)."""
        table = self._lemma_table
        return [table.get(t.lower_, t.lower_) for t in self.nlp.make_doc(text)]

    def set_faq(self, entries: Iterable[FaqEntry]) -> None:
        """Rebuild the FAQ index (cheap: a few hundred short texts)."""
        self._faq = FaqIndex(entries, self._lemmatize)

    def analyze(self, text: str) -> Analysis:
        return self.analyze_many([text])[0]

    def analyze_many(self, texts: Sequence[str]) -> list[Analysis]:
        from nlp.features import features, tokens

        if not texts:
            return []
        docs = list(self.nlp.tokenizer.pipe(texts, batch_size=256))
        batch = tokens(docs, self._words)
        feats = features(batch)
        themes = _Themes(self._theme.labels, calibrate_all(self._theme.scores(feats), self.temperature))
        model_urgent = [
            hit and not framed(text)
            for hit, text in zip((self._urgent.scores(feats)[:, 0] >= self.urgent_threshold).tolist(), texts,
                                 strict=True)
        ]  # fmt: skip
        found = self._faq_matches(texts, feats, batch, themes)
        languages = batch.languages()
        calm = batch.calm()
        verdicts = [_verdict(text, batch, i, calm[i]) for i, text in enumerate(texts)]
        return [
            self._analysis(i, themes, verdicts[i], model_urgent[i], languages[i], found.get(i))
            for i in range(len(texts))
        ]

    def _faq_matches(
        self, texts: Sequence[str], feats: Any, batch: Batch, themes: _Themes
    ) -> dict[int, tuple[FaqMatch, bool]]:
        """FAQ match (and whether it was asked) of each message an FAQ may answer.

        The FAQ index reads the batch's arrays: lemmas as word-table rows, theme and FAQ
        classifier probabilities as arrays (`FaqIndex.match_batch`, the results of `match`)."""
        asked_and_words = list(map(question_and_words, texts))
        asked = [a for a, _ in asked_and_words]
        rows = [i for i, (a, n) in enumerate(asked_and_words) if _may_answer(a, n)]
        if not rows:
            return {}
        priors, head = None, self._faq_head
        if head is not None:
            priors = Probabilities(head.labels, head.scores(_rows_of(feats, rows)))
        matches = self._faq.match_batch(
            [texts[i] for i in rows], [asked[i] for i in rows], _token_lemmas(batch, rows),
            Probabilities(themes.labels, themes.probs[rows]), priors,
        )  # fmt: skip
        return {i: (m, asked[i]) for i, m in zip(rows, matches, strict=True)}

    def _analysis(
        self, i: int, themes: _Themes, verdict: UrgencyVerdict, model_urgent: bool, lang: str,
        found: tuple[FaqMatch, bool] | None,
    ) -> Analysis:  # fmt: skip
        theme, confidence, confirm = themes.decision(i, self.floor, self.margin)
        urgent, reason = verdict.urgent, verdict.reason
        if not urgent and model_urgent:
            urgent, reason = True, "model"
        match, asked = found if found else (None, False)
        if urgent:  # an emergency gets 112, never an FAQ answer
            match = None
        return Analysis(
            theme=theme,
            confidence=confidence,
            scores=themes.scores(i),
            urgent=urgent,
            lang=lang,
            faq=match.slug if match else None,
            faq_score=match.score if match else 0.0,
            is_question=asked,
            needs_confirmation=confirm,
            urgent_reason=reason,
            acute=verdict.acute and not urgent,
        )


def _lower_only(vocab: Any) -> None:
    """The analysis reads one lexical attribute of a word: LOWER (`features.tokens`; the FAQ's
    lemmas too). A word new to the vocabulary then gets only that, not the twenty others spaCy
    computes for it (shape, norm, flags): cold tokenisation is 35-40% faster. Words already in
    the vocabulary keep theirs. Only for a pipeline loaded here: one passed in is left alone."""
    from spacy.attrs import LOWER

    vocab.lex_attr_getters = {LOWER: vocab.lex_attr_getters[LOWER]}


_CALM = UrgencyVerdict(urgent=False)


def _verdict(text: str, batch: Batch, i: int, calm: bool) -> UrgencyVerdict:
    """The urgency rules' verdict; without running them when the word table shows that they
    cannot fire (nlp.urgency.may_alarm's contract, ASCII text only)."""
    if calm and text.isascii():
        return _CALM
    return assess(text, batch.lemmas(i))


class _Themes:
    """Calibrated theme probabilities of a batch, with each row's top two."""

    def __init__(self, labels: Sequence[str], probs: np.ndarray) -> None:
        self.labels = tuple(labels)
        order = np.argsort(-probs, axis=1, kind="stable")
        rows = np.arange(len(probs))
        self._top = order[:, 0].tolist()
        self._first = probs[rows, order[:, 0]].tolist()
        self._second = (probs[rows, order[:, 1]] if probs.shape[1] > 1 else np.zeros(len(probs))).tolist()
        self.probs = probs  # (messages x labels) float64, for the FAQ index
        self._rows = probs.tolist()
        self._dicts: dict[int, dict[str, float]] = {}

    def scores(self, i: int) -> dict[str, float]:
        found = self._dicts.get(i)
        if found is None:
            found = self._dicts[i] = dict(zip(self.labels, self._rows[i], strict=True))
        return found

    def decision(self, i: int, floor: float, margin: float) -> tuple[str, float, bool]:
        """As `decide`: top theme, its confidence, whether the resident should confirm."""
        top, second = self._first[i], self._second[i]
        return self.labels[self._top[i]], top, needs_confirmation(top, second, floor, margin)


def calibrate_all(probs: np.ndarray, temperature: float) -> np.ndarray:
    """Temperature scaling of softmax probabilities, p_i^(1/T) renormalised, per row of a
    (messages x labels) array."""
    if temperature == 1.0:
        return probs
    powered = np.exp(np.log(np.maximum(probs, 1e-9)) / temperature)
    return powered / powered.sum(axis=1, keepdims=True)  # type: ignore[no-any-return]


def _rows_of(feats: Any, rows: Sequence[int]) -> Any:
    """The features of some docs of a batch (keys, values, lengths), `rows` in increasing order."""
    keys, values, lengths = feats
    wanted = np.zeros(len(lengths), dtype=bool)
    wanted[list(rows)] = True
    mask = np.repeat(wanted, lengths)
    return keys[mask], values[mask], lengths[wanted]


def _token_lemmas(batch: Batch, rows: Sequence[int]) -> TokenLemmas:
    """The lemmas of the tokens of some docs of a batch (`rows`, increasing), as rows of the
    batch's word table, numbered by their position in `rows`."""
    wanted = np.zeros(len(batch.lengths), dtype=bool)
    wanted[list(rows)] = True
    mine = wanted[batch.doc_ids]
    position = np.cumsum(wanted) - 1  # a wanted doc's index in `rows`
    return TokenLemmas(batch.words.lemmas, batch.rows[mine], position[batch.doc_ids[mine]])


def _may_ask_faq(text: str, asked: bool | None = None) -> bool:
    """`_may_answer` for a text. `asked`: is_question(text), when known."""
    asked = is_question(text) if asked is None else asked
    return _may_answer(asked, len(text.split()))


def _may_answer(asked: bool, words: int) -> bool:
    """Questions, and short messages ("containerpas kwijt"); a long report never paraphrases
    an FAQ closely enough to be answered with it."""
    return asked or words <= LONG_REPORT_WORDS


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
