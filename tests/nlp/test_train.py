import json
from pathlib import Path
from typing import Any

import spacy

from nlp.train import file_hash


def test_training_writes_a_versioned_model_with_metadata(
    trained_model: tuple[Path, dict[str, Any]], tiny_corpus: Path
) -> None:
    path, meta = trained_model
    stored = json.loads((path / "meta.json").read_text(encoding="utf-8"))["wijkbot"]
    assert stored["corpus"]["sha256"] == file_hash(tiny_corpus) == meta["corpus"]["sha256"]
    assert stored["model_version"].startswith("2.0+")
    assert stored["trained_at"] and stored["seed"] == 0
    assert 0.0 <= stored["held_out"]["theme_macro_f1"] <= 1.0
    assert stored["temperature"] > 0
    assert stored["tokenizer"] == "spacy-nl"  # spaCy's Dutch default: built from the config on load
    assert (trained_model[0] / "words.npz").is_file() and (trained_model[0] / "urgency_gate.json").is_file()


def test_lemma_tables_are_saved_inside_the_pipeline(
    trained_model: tuple[Path, dict[str, Any]],
) -> None:
    nlp = spacy.load(trained_model[0])
    assert nlp.pipe_names == ["lemmatizer", "textcat", "urgent", "faq"]
    doc = nlp("de lantaarnpalen bij de containers")
    assert [t.lemma_ for t in doc] == ["de", "lantaarnpaal", "bij", "de", "container"]


def test_training_is_reproducible(
    tmp_path: Path, tiny_corpus: Path, trained_model: tuple[Path, dict[str, Any]]
) -> None:
    from nlp.train import train
    from tests.nlp.conftest import FAST_BOW

    again = train(tmp_path / "again", seed=0, corpus=tiny_corpus, overrides=FAST_BOW)
    assert again["held_out"] == trained_model[1]["held_out"]
    assert again["temperature"] == trained_model[1]["temperature"]


def test_reviewed_examples_join_the_corpus(tmp_path: Path, tiny_corpus: Path) -> None:
    from nlp.train import corpus_hash, train
    from tests.nlp.conftest import FAST_BOW

    reviewed = tmp_path / "examples.jsonl"
    row = {"text": "de speeltoestellen in het park zijn gesloopt", "theme": "openbare_ruimte",
           "urgent": False, "faq": None, "lang": "nl"}
    reviewed.write_text(json.dumps(row) + "\n", encoding="utf-8")
    base = sum(1 for line in tiny_corpus.read_text(encoding="utf-8").splitlines() if line.strip())
    meta = train(tmp_path / "m", seed=0, corpus=tiny_corpus, extra=[reviewed, tmp_path / "missing"],
                 overrides=FAST_BOW)
    assert meta["corpus"]["examples"] == base + 1
    assert meta["corpus"]["sha256"] == corpus_hash([tiny_corpus, reviewed]) != file_hash(tiny_corpus)


def test_the_urgent_threshold_is_the_lowest_that_keeps_the_precision() -> None:
    from nlp.metrics import recall_first_threshold

    gold = [True, True, True, False, False]
    rules = [True, False, False, False, False]
    scores = [0.9, 0.6, 0.35, 0.4, 0.1]
    candidates = [0.3, 0.35, 0.4, 0.5, 0.6, 0.8]
    assert recall_first_threshold(gold, rules, scores, 0.9, candidates) == 0.5
    assert recall_first_threshold(gold, rules, scores, 0.7, candidates) == 0.3
    assert recall_first_threshold([False] * 2, [True, False], [0.0, 0.0], 0.9, candidates) is None


def test_the_model_carries_the_urgent_threshold_chosen_on_held_out_templates(
    trained_model: tuple[Path, dict[str, Any]],
) -> None:
    from nlp.train import CONFIG, URGENT_THRESHOLDS, _load_config

    training = _load_config(CONFIG)["training"]
    ceiling, precision = training["urgent_threshold"], training["urgent_min_precision"]
    meta = trained_model[1]
    assert meta["urgent_threshold"] in URGENT_THRESHOLDS and meta["urgent_threshold"] <= ceiling
    held_out = meta["held_out"]["urgent"]["precision"]
    assert held_out >= precision or meta["urgent_threshold"] == ceiling
