import logging
from pathlib import Path
from typing import Any

import pytest

from core.domain import FaqEntry
from core.ports import Analysis
from nlp.analyzer import THEMES, KeywordAnalyzer, SpacyAnalyzer, decide, load_analyzer


def test_keyword_analyzer_returns_plain_analysis(utrecht_faq: list[FaqEntry]) -> None:
    analyzer = KeywordAnalyzer(utrecht_faq)
    result = analyzer.analyze("De lantaarnpaal in onze straat is kapot")
    assert isinstance(result, Analysis)
    assert result.theme == "openbare_ruimte"
    assert set(result.scores) == set(THEMES)
    assert abs(sum(result.scores.values()) - 1.0) < 1e-6
    assert not result.urgent and result.lang == "nl"


def test_keyword_analyzer_without_clue_is_overig_and_asks_to_confirm() -> None:
    result = KeywordAnalyzer().analyze("qwerty")
    assert result.theme == "overig"
    assert result.needs_confirmation


def test_keyword_analyzer_still_catches_emergencies() -> None:
    result = KeywordAnalyzer().analyze("Er staat een auto in brand!")
    assert result.urgent and result.urgent_reason == "brand"


def test_decide_uses_floor_and_margin() -> None:
    assert decide({"afval": 0.9, "overig": 0.1}, 0.55, 0.15) == ("afval", 0.9, False)
    assert decide({"afval": 0.5, "overig": 0.5}, 0.55, 0.15)[2]
    assert decide({"afval": 0.6, "overig": 0.5}, 0.55, 0.15)[2]


def test_missing_model_falls_back_with_a_warning(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    with caplog.at_level(logging.WARNING):
        analyzer = load_analyzer(tmp_path / "nothing-here", [], floor=0.5, margin=0.1)
    assert isinstance(analyzer, KeywordAnalyzer)
    assert analyzer.floor == 0.5 and analyzer.margin == 0.1
    assert "keyword fallback" in caplog.text


def test_broken_model_falls_back(tmp_path: Path) -> None:
    (tmp_path / "meta.json").write_text("{not json", encoding="utf-8")
    assert isinstance(load_analyzer(tmp_path, [], floor=0.5, margin=0.1), KeywordAnalyzer)


@pytest.fixture(scope="module")
def spacy_analyzer(trained_model: tuple[Path, dict[str, Any]], utrecht_faq: list[FaqEntry]) -> Any:
    analyzer = load_analyzer(trained_model[0], utrecht_faq, floor=0.55, margin=0.15)
    assert isinstance(analyzer, SpacyAnalyzer)
    return analyzer


def test_new_words_get_only_their_lower_case_and_the_analysis_is_the_same(
    trained_model: tuple[Path, dict[str, Any]], utrecht_faq: list[FaqEntry]
) -> None:
    """`from_path` gives new words only LOWER; a pipeline with every lexical attribute
    analyses the same texts identically (numbers, URLs, e-mail, emoji, capitals, typos)."""
    import spacy

    from nlp.features import KNOWN_WORDS, Words
    from nlp.train import CORPUS, load_rows

    texts = [r["text"] for r in load_rows(CORPUS)[::7]] + [
        "Bel 06-12345678 of mail ik@voorbeeld.nl, zie https://utrecht.nl/afval?x=1 :-)",
        "CONTAINER VOL!!! 3 dagen al 🤬🤬 Oudegracht 12a", "brandd in de flat!!", "1e 2e 3e 10:30u",
    ]
    trimmed = SpacyAnalyzer.from_path(trained_model[0], utrecht_faq)
    full = SpacyAnalyzer(
        spacy.load(trained_model[0]), utrecht_faq,
        known_words=Words.load(trained_model[0] / KNOWN_WORDS),
    )  # fmt: skip
    assert len(trimmed.nlp.vocab.lex_attr_getters) == 1 < len(full.nlp.vocab.lex_attr_getters)
    assert trimmed.analyze_many(texts) == full.analyze_many(texts)
    # the lemma table read straight from the file, and the tokenizer built from the config
    assert trained_model[1]["tokenizer"] == "spacy-nl" and "lemmatizer" not in trimmed.nlp.pipe_names
    assert all(trimmed._lemmatize(t) == full._lemmatize(t) for t in texts)
    assert len(trimmed._lemma_table) == len(full._lemma_table) > 100_000


def test_a_custom_tokenizer_is_read_from_the_model(
    trained_model: tuple[Path, dict[str, Any]], tmp_path: Path
) -> None:
    """Only a tokenizer the training recorded as spaCy's Dutch default is built from the
    config; any other is read from the model folder as usual."""
    import json
    import shutil

    import spacy

    folder = tmp_path / "model"
    shutil.copytree(trained_model[0], folder)
    tokenizer = spacy.blank("nl").tokenizer
    tokenizer.add_special_case("wijkbot", [{"ORTH": "wijk"}, {"ORTH": "bot"}])
    tokenizer.to_disk(folder / "tokenizer", exclude=["vocab"])
    assert len(SpacyAnalyzer.from_path(folder).nlp.make_doc("wijkbot")) == 1  # "default": not read
    meta = json.loads((folder / "meta.json").read_text(encoding="utf-8"))
    meta["wijkbot"]["tokenizer"] = "custom"
    (folder / "meta.json").write_text(json.dumps(meta), encoding="utf-8")
    assert len(SpacyAnalyzer.from_path(folder).nlp.make_doc("wijkbot")) == 2


def test_trained_analyzer_returns_plain_data(spacy_analyzer: SpacyAnalyzer) -> None:
    result = spacy_analyzer.analyze("Er staan al weken vuilniszakken naast de container")
    assert isinstance(result, Analysis)
    assert set(result.scores) == set(THEMES)
    assert abs(sum(result.scores.values()) - 1.0) < 1e-4
    assert result.confidence == max(result.scores.values())
    assert all(isinstance(v, float) for v in result.scores.values())


def test_analyze_many_matches_analyze(spacy_analyzer: SpacyAnalyzer) -> None:
    texts = [
        "hoe vraag ik een paspoort aan?",
        "de buren draaien elke nacht harde muziek",
        "I smell gas",
    ]
    assert spacy_analyzer.analyze_many(texts) == [spacy_analyzer.analyze(t) for t in texts]


def test_rules_make_urgent_regardless_of_model(spacy_analyzer: SpacyAnalyzer) -> None:
    result = spacy_analyzer.analyze("mijn buurman ligt bewusteloos op de stoep en ademt niet")
    assert result.urgent and result.urgent_reason == "onwel"
    assert not spacy_analyzer.analyze("het is een ramp met het afval hier").urgent


def test_acute_flag(spacy_analyzer: SpacyAnalyzer) -> None:
    result = spacy_analyzer.analyze(
        "Het is 2 uur 's nachts en de buren hebben nog steeds een luid feest"
    )
    assert result.acute and not result.urgent


def test_faq_question_vs_report(spacy_analyzer: SpacyAnalyzer) -> None:
    asked = spacy_analyzer.analyze("Hoe meld ik een kapotte lantaarnpaal?")
    assert asked.is_question and asked.faq == "straatverlichting-melden"
    report = spacy_analyzer.analyze("de lantaarnpaal voor nr 12 is al weken kapot")
    assert not report.is_question and report.faq is None


def test_an_emergency_never_gets_an_faq_answer(
    spacy_analyzer: SpacyAnalyzer, utrecht_faq: list[FaqEntry]
) -> None:
    text = "er ligt een man bewusteloos naast de lantaarnpaal, hoe meld ik een kapotte lantaarnpaal?"
    keyword = KeywordAnalyzer(utrecht_faq)
    for analyzer in (spacy_analyzer, keyword):
        result = analyzer.analyze(text)
        assert result.urgent and result.faq is None
        assert analyzer.analyze_many([text])[0].faq is None


def test_set_faq_rebuilds_the_index(
    spacy_analyzer: SpacyAnalyzer, utrecht_faq: list[FaqEntry]
) -> None:
    extra = FaqEntry(
        "ijsbaan", "initiatief", ("Wanneer gaat de ijsbaan op het plein open?",), "In december."
    )
    spacy_analyzer.set_faq([extra])
    try:
        assert spacy_analyzer.analyze("wanneer is de ijsbaan open?").faq == "ijsbaan"
        assert spacy_analyzer.analyze("Hoe meld ik een kapotte lantaarnpaal?").faq is None
    finally:
        spacy_analyzer.set_faq(utrecht_faq)


def test_features_of_some_docs_keep_their_keys_and_lengths() -> None:
    import numpy as np

    from nlp.analyzer import _rows_of

    keys = np.array([1, 2, 3, 4, 5, 6], dtype=np.uint64)
    values = np.ones(6, dtype=np.float32)
    lengths = np.array([2, 0, 3, 1], dtype=np.int32)  # doc 1 has no features
    got_keys, got_values, got_lengths = _rows_of((keys, values, lengths), [1, 2, 3])
    assert got_keys.tolist() == [3, 4, 5, 6] and got_lengths.tolist() == [0, 3, 1]
    assert len(got_values) == 4
