"""The fast FAQ paths (`FaqIndex.match_many`, `is_question`) against the straightforward
reference implementations kept in nlp/faq.py, on the training corpus and the FAQ questions."""

from __future__ import annotations

import random
import re
import sys
from collections.abc import Callable, Mapping, Sequence
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from re import _constants as sre  # type: ignore[attr-defined]
from re import _parser  # type: ignore[attr-defined]
from typing import Any

import numpy as np
import pytest

from core.domain import FaqEntry
from nlp import faq
from nlp.faq import FaqIndex, FaqMatch, is_question
from nlp.lexicon import concepts, word_concepts
from nlp.text import words
from nlp.train import CORPUS, load_rows

EDGE_TEXTS = [
    "",
    "???",
    "  Hoe   meld ik\teen kapotte lantaarnpaal?  ",
    "ok, hoe werkt dat dan",
    "kapot.waar kan ik dat melden",
    "de container is vol; wanneer wordt die geleegd",
    "Ünïcode wörds ën één vraag?",
    "auto's op de stoep, mag dat?",
    "rock'n'roll om 3 uur 's nachts",
    "hij is in de war en het gaat niet goed met hem",  # two phrase concepts, no word concept
    "te hard rijden en geen licht, te hard!",
    "de de de het een",
    "12345 67890",
    "foo_bar baz_qux",
    "WAAROM duurt het zo lang?",
    "Why is nobody answering? I want to know",
]


def _texts(entries: Sequence[FaqEntry]) -> list[str]:
    return (
        [r["text"] for r in load_rows(CORPUS)]
        + [q for e in entries for q in e.questions]
        + EDGE_TEXTS
    )


def _toy_lemmas(text: str) -> list[str]:
    """A lemmatizer with the awkward cases: upper case, accents, underscores, stop words."""
    return [w[:-2] if len(w) > 5 and w.endswith("en") else w for w in re.findall(r"\w+", text)]


@pytest.fixture(scope="module")
def texts(utrecht_faq: list[FaqEntry]) -> list[str]:
    return _texts(utrecht_faq)


def _side_inputs(
    entries: Sequence[FaqEntry], n: int, seed: int = 0
) -> tuple[list[Mapping[str, float] | None], list[Mapping[str, float] | None]]:
    rng = random.Random(seed)
    themes = [*sorted({e.theme for e in entries}), "overig"]
    slugs = [e.slug for e in entries]
    theme_scores: list[Mapping[str, float] | None] = []
    priors: list[Mapping[str, float] | None] = []
    for i in range(n):
        kind = i % 4
        if kind == 0:
            theme_scores.append(None)
            priors.append(None)
        elif kind == 1:
            theme_scores.append({t: rng.random() for t in rng.sample(themes, 4)})
            priors.append({})
        elif kind == 2:
            theme_scores.append({t: np.float64(rng.random()) for t in themes})
            priors.append({s: rng.random() for s in rng.sample(slugs, len(slugs) // 2)})
        else:
            theme_scores.append({})
            priors.append({s: rng.random() for s in slugs} | {"unknown-slug": 1.0})
    return theme_scores, priors


def _assert_same(fast: list[FaqMatch], reference: list[FaqMatch]) -> None:
    assert [m.slug for m in fast] == [m.slug for m in reference]
    assert [m.best_slug for m in fast] == [m.best_slug for m in reference]
    np.testing.assert_allclose(
        [m.score for m in fast], [m.score for m in reference], rtol=0, atol=1e-6
    )


@pytest.mark.parametrize("lemmatize", [None, _toy_lemmas], ids=["no-lemmas", "toy-lemmas"])
def test_match_many_equals_the_reference(
    utrecht_faq: list[FaqEntry], texts: list[str], lemmatize: Callable[[str], list[str]] | None
) -> None:
    index = FaqIndex(utrecht_faq, lemmatize)
    asked = [faq._is_question_reference(t) for t in texts]
    lemmas = [None if i % 3 == 0 else _toy_lemmas(t) for i, t in enumerate(texts)]
    theme_scores, priors = _side_inputs(utrecht_faq, len(texts))
    none = [None] * len(texts)
    for side in ((none, none), (theme_scores, priors)):
        fast = index.match_many(texts, asked, lemmas, *side)
        _assert_same(fast, index._match_many_reference(texts, asked, lemmas, *side))
    np.testing.assert_allclose(
        index._scores_many(texts, lemmas),
        index._scores_many_reference(texts, lemmas),
        rtol=0,
        atol=1e-6,
    )
    assert any(m.slug for m in fast) and not all(m.slug for m in fast)


def test_match_many_in_small_batches_with_a_tiny_memo(
    utrecht_faq: list[FaqEntry], texts: list[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(faq._QueryColumns, "LIMIT", 50)  # the memo restarts between batches
    index = FaqIndex(utrecht_faq, _toy_lemmas)
    theme_scores, priors = _side_inputs(utrecht_faq, len(texts), seed=1)
    asked = [is_question(t) for t in texts]
    for start in range(0, len(texts), 97):
        part = slice(start, start + 97)
        args = (
            texts[part],
            asked[part],
            [None] * len(texts[part]),
            theme_scores[part],
            priors[part],
        )
        _assert_same(index.match_many(*args), index._match_many_reference(*args))


def test_match_many_on_odd_indexes() -> None:
    no_questions = FaqEntry("leeg", "overig", (), "Alleen een antwoord over de afvalkalender.")
    one = FaqEntry("intocht", "initiatief", ("Wanneer is de intocht?",), "Op 15 november.")
    for entries in ([no_questions], [no_questions, one], [one]):
        index = FaqIndex(entries)
        texts = ["wanneer is de intocht?", "", "afvalkalender kwijt"]
        args = (texts, [True, False, False], [None] * 3, [None] * 3, [None, {"intocht": 0.9}, None])
        _assert_same(index.match_many(*args), index._match_many_reference(*args))
    assert FaqIndex([]).match_many(["x"], [True], [None], [None], [None]) == [
        FaqMatch(None, 0.0, None)
    ]


def test_match_many_with_the_trained_lemmatizer(
    trained_model: tuple[Path, dict[str, Any]], utrecht_faq: list[FaqEntry], texts: list[str]
) -> None:
    from nlp.analyzer import SpacyAnalyzer

    analyzer = SpacyAnalyzer.from_path(trained_model[0], utrecht_faq)
    index = FaqIndex(utrecht_faq, analyzer._lemmatize)
    asked = [is_question(t) for t in texts]
    lemmas = [analyzer._lemmatize(t) for t in texts]
    theme_scores, priors = _side_inputs(utrecht_faq, len(texts), seed=2)
    args = (texts, asked, lemmas, theme_scores, priors)
    _assert_same(index.match_many(*args), index._match_many_reference(*args))


def test_theme_factors_follow_the_formula_for_any_number_type(
    utrecht_faq: list[FaqEntry],
) -> None:
    index = FaqIndex(utrecht_faq)
    w = index.THEME_WEIGHT
    themes = sorted({e.theme for e in utrecht_faq})
    for kind in (float, np.float64, np.float32):
        scores: list[Mapping[str, float] | None] = [
            None,
            {},
            {t: kind(0.1 * k) for k, t in enumerate(themes[1:])},  # type: ignore[misc]
        ]
        expected = np.array(
            [
                [(1 - w) + w * (ts.get(e.theme, 0.0) if ts else 0.5) for e in index.entries]
                for ts in scores
            ]
        )
        assert np.array_equal(index._theme_factors(scores), expected), kind


def test_is_question_equals_the_reference(texts: list[str]) -> None:
    for text in texts:
        assert is_question(text) is faq._is_question_reference(text), text
    assert sum(map(is_question, texts)) > len(texts) // 10


def _literal_runs(alternative: Any) -> list[str]:
    runs, run = [], ""
    for op, arg in alternative:
        if op is sre.LITERAL:
            run += chr(arg)
        else:
            runs.append(run)
            run = ""
    return [r for r in [*runs, run] if r]


@pytest.mark.parametrize(
    ("pattern", "hints"),
    [(faq.RHETORICAL, faq._RHETORICAL_HINTS), (faq.QUESTION_PHRASE, faq._PHRASE_HINTS)],
)
def test_every_alternative_holds_a_hint(pattern: re.Pattern[str], hints: re.Pattern[str]) -> None:
    """A match of `pattern` contains each literal run of its alternative, so a text without
    any hint cannot match: the gate in `is_question` is exact."""
    parsed = _parser.parse(pattern.pattern)
    (branch,) = [arg for op, arg in parsed if op is sre.BRANCH]
    alternatives = branch[1]
    assert len(alternatives) > 10
    for alternative in alternatives:
        runs = _literal_runs(alternative)
        assert any(hints.search(run) for run in runs), runs


def test_tokens_and_concepts_equal_the_lexicon(texts: list[str]) -> None:
    columns = faq._QueryColumns({})
    for text in texts:
        tokens = faq._tokens(text)
        assert tokens == words(text), text
        assert list(columns._text_concepts(tokens)) == concepts(text), text
        assert faq._ascii_normalized(text) == faq.normalize(text)
    text = "hij is in de war en het gaat niet goed met hem"
    by_words = {c for w in words(text) for c in word_concepts(w)}
    assert len(set(concepts(text)) - by_words) >= 2  # exercises the phrase-order branch


def test_match_many_from_threads_at_once(utrecht_faq: list[FaqEntry], texts: list[str]) -> None:
    """The web bot analyses chats in threads: the shared per-word memo must stay consistent."""
    old = sys.getswitchinterval()
    sys.setswitchinterval(1e-6)  # switch threads often
    try:
        index = FaqIndex(utrecht_faq, _toy_lemmas)  # fresh: every word is new to the memo
        parts = [texts[i::8] for i in range(8)]

        def run(part: list[str]) -> list[FaqMatch]:
            n = len(part)
            return index.match_many(part, [True] * n, [None] * n, [None] * n, [None] * n)

        with ThreadPoolExecutor(8) as pool:
            results = list(pool.map(run, parts))
    finally:
        sys.setswitchinterval(old)
    reference = FaqIndex(utrecht_faq, _toy_lemmas)
    for part, found in zip(parts, results, strict=True):
        n = len(part)
        _assert_same(
            found,
            reference._match_many_reference(part, [True] * n, [None] * n, [None] * n, [None] * n),
        )


def _token_lemmas(
    texts: Sequence[str], lemmatize: Callable[[str], list[str]], table: list[str]
) -> tuple[faq.TokenLemmas, list[list[str]]]:
    """`texts`' lemmas as rows of `table` (rows appended for new lemmas, as the word table
    does), and as per-message lists."""
    at = {lemma: row for row, lemma in enumerate(table)}
    per_message = [lemmatize(t) for t in texts]
    rows = [at.setdefault(lemma, len(at)) for lemmas in per_message for lemma in lemmas]
    table.extend(list(at)[len(table) :])
    messages = np.repeat(np.arange(len(texts)), [len(lemmas) for lemmas in per_message])
    return faq.TokenLemmas(table, np.array(rows, dtype=np.intp), messages), per_message


def _labelled(
    labels: Sequence[str], seed: int, n: int
) -> tuple[faq.Probabilities, list[Mapping[str, float] | None]]:
    values = np.random.default_rng(seed).random((n, len(labels)))
    dicts: list[Mapping[str, float] | None] = [
        dict(zip(labels, row, strict=True)) for row in values.tolist()
    ]
    return faq.Probabilities(labels, values), dicts


def test_match_batch_equals_match_many(utrecht_faq: list[FaqEntry], texts: list[str]) -> None:
    """The array path gives `match_many`'s matches exactly (bit-identical scores), with
    label sets that miss some themes/slugs or have extra ones, and with a lemma table that
    is replaced (a new word-table generation) or grows between batches."""
    index = FaqIndex(utrecht_faq, _toy_lemmas)
    asked = [is_question(t) for t in texts]
    themes = [*sorted({e.theme for e in utrecht_faq})[1:], "overig"]
    slugs = [*(e.slug for e in utrecht_faq[3:]), "unknown-slug"]
    table: list[str] = []
    for part, lemmatize in enumerate([_toy_lemmas, words, lambda t: [w.upper() for w in words(t)]]):
        if part == 2:
            table = ["stale", "rows"]  # a new generation: same row numbers, other lemmas
        lemmas, per_message = _token_lemmas(texts, lemmatize, table)
        theme_probs, theme_dicts = _labelled(themes, part, len(texts))
        prior_probs, prior_dicts = _labelled(slugs, 10 + part, len(texts))
        for side, dicts in (
            ((theme_probs, prior_probs), (theme_dicts, prior_dicts)),
            ((None, None), ([None] * len(texts), [None] * len(texts))),
            (
                (faq.Probabilities([], np.zeros((len(texts), 0))), None),
                ([{}] * len(texts), [{}] * len(texts)),
            ),
        ):
            fast = index.match_batch(texts, asked, lemmas, *side)
            assert fast == index.match_many(texts, asked, per_message, *dicts)
            _assert_same(fast, index._match_many_reference(texts, asked, per_message, *dicts))


def test_dense_and_sparse_products_give_the_same_matches(
    utrecht_faq: list[FaqEntry], texts: list[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """A small FAQ is multiplied as a dense matrix, a large one as a sparse one: the sums are
    the same, term by term in the same order, so the scores are bit-identical."""
    dense = FaqIndex(utrecht_faq, _toy_lemmas)
    monkeypatch.setattr(FaqIndex, "DENSE_BYTES", 0)
    sparse = FaqIndex(utrecht_faq, _toy_lemmas)
    assert isinstance(dense._both, np.ndarray) and not isinstance(sparse._both, np.ndarray)
    asked = [is_question(t) for t in texts]
    lemmas, _ = _token_lemmas(texts, _toy_lemmas, [])
    themes = sorted({e.theme for e in utrecht_faq})
    side = (_labelled(themes, 0, len(texts))[0], None)
    found = dense.match_batch(texts, asked, lemmas, *side)
    assert found == sparse.match_batch(texts, asked, lemmas, *side)
    assert any(m.slug for m in found)


def test_analyzer_faq_matches_equal_the_dictionary_path(
    trained_model: tuple[Path, dict[str, Any]], utrecht_faq: list[FaqEntry], texts: list[str]
) -> None:
    """`SpacyAnalyzer._faq_matches` (arrays from the batch) against `match_many` fed as it
    was before (per-message lemmas, theme and prior dictionaries), batch by batch from a
    cold analyzer, on bench-like messages and the corpus texts."""
    from bench.throughput import messages
    from nlp import analyzer as module
    from nlp.features import features, tokens

    analyzer = module.SpacyAnalyzer.from_path(trained_model[0], utrecht_faq)
    bench = messages(1500, Path(__file__).resolve().parents[2] / "municipalities" / "utrecht")
    found_any = False
    for start in range(0, len(bench) + len(texts), 256):
        batch_texts = (bench + texts)[start : start + 256]
        batch = tokens(list(analyzer.nlp.tokenizer.pipe(batch_texts)), analyzer._words)
        feats = features(batch)
        probs = module.calibrate_all(analyzer._theme.scores(feats), analyzer.temperature)
        themes = module._Themes(analyzer._theme.labels, probs)
        fast = analyzer._faq_matches(batch_texts, feats, batch, themes)
        asked = [faq._is_question_reference(t) for t in batch_texts]
        rows = [i for i, t in enumerate(batch_texts) if module._may_ask_faq(t, asked[i])]
        priors: list[Mapping[str, float] | None] = [None] * len(rows)
        if analyzer._faq_head is not None:
            head = analyzer._faq_head
            scores = head.scores(module._rows_of(feats, rows)).tolist()
            priors = [dict(zip(head.labels, p, strict=True)) for p in scores]
        before = analyzer._faq.match_many(
            [batch_texts[i] for i in rows], [asked[i] for i in rows],
            [batch.lemmas(i) for i in rows], [themes.scores(i) for i in rows], priors,
        )  # fmt: skip
        assert fast == {i: (m, asked[i]) for i, m in zip(rows, before, strict=True)}
        found_any |= any(m.slug for m, _ in fast.values())
    assert found_any


def test_question_and_words(texts: list[str]) -> None:
    odd = [
        "hoe\tkan ik dat melden",
        " vraag over afval ",
        "a  b?",
        "\x7fwat is dit",
        "x\x1cy",
        "\n",
    ]
    for text in [*texts, *odd]:
        assert faq.question_and_words(text) == (faq._is_question_reference(text), len(text.split()))
        assert faq._ascii_normalized(text) == faq.normalize(text), repr(text)


def test_first_occurrences() -> None:
    rng = np.random.default_rng(0)
    for width, n in ((10, 50), (7000, 5000), (1 << 58, 40), (3, 0), (3, 1)):
        rows = np.sort(rng.integers(0, 20, n))
        columns = rng.integers(0, min(width, 1 << 40), n)
        found = faq._first_occurrences(rows, columns, width)
        pairs = list(zip(rows.tolist(), columns.tolist(), strict=True))
        counts: dict[tuple[int, int], int] = {}
        for pair in pairs:
            counts[pair] = counts.get(pair, 0) + 1
        assert [(r, c, k) for r, c, k in zip(*(a.tolist() for a in found), strict=True)] == [
            (r, c, k) for (r, c), k in counts.items()
        ]


def test_phrase_gate_keeps_every_message_with_a_phrase(texts: list[str]) -> None:
    columns = faq._QueryColumns({})
    tokens = [faq._tokens(t) for t in texts]
    ids: list[int] = []
    ends: list[int] = []
    for words_ in tokens:
        ids.extend(map(columns._tokens.__getitem__, words_))
        ends.append(len(ids))
    token_ids = np.array(ids, dtype=np.intp)
    kept = set(columns._may_hold_phrases(token_ids, ends))
    with_phrase = {k for k, words_ in enumerate(tokens) if columns._phrase_concepts(words_, {})}
    assert with_phrase <= kept and len(with_phrase) > 10
    assert len(kept) < len(texts) // 2  # the gate is selective
    columns._phrase_starts = None  # a lexicon phrase of one word: no gate
    assert columns._may_hold_phrases(token_ids, ends) == list(range(len(texts)))
