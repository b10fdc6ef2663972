"""The classifiers' batch features (nlp/features.py) and inference heads (nlp/textcat.py)."""

from __future__ import annotations

import threading
from collections import Counter
from pathlib import Path
from typing import Any

import numpy as np
import pytest
import spacy

import nlp.features as features_module
from nlp.features import WordTable, bigram_keys, features, string_key, tokens
from nlp.lang import detect
from nlp.textcat import ClassifierHead

TEXTS = [
    "De lantaarnpaal bij ons is kapot",
    "the street light outside is broken",
    "",
    "auto's rijden hier veel te hard!",
    "lichtmast doet het niet",
    "   ",
    "Hoe vraag ik een geveltuin aan?",
]


@pytest.fixture(scope="module")
def blank() -> Any:
    return spacy.blank("nl")


def per_doc(feats: tuple[np.ndarray, np.ndarray, np.ndarray]) -> list[Counter[int]]:
    keys, _, lengths = feats
    ends = np.cumsum(lengths)
    return [Counter(keys[e - n : e].tolist()) for e, n in zip(ends, lengths, strict=True)]


def test_a_batch_gives_each_doc_the_features_it_has_alone(blank: Any) -> None:
    docs = [blank.make_doc(t) for t in TEXTS]
    together = per_doc(features(tokens(docs, WordTable())))
    alone = [per_doc(features(tokens([d], WordTable())))[0] for d in docs]
    assert together == alone
    assert together[2] == Counter()  # an empty text: no features


def test_words_unigrams_bigrams_and_concepts(blank: Any) -> None:
    (got,) = per_doc(features(tokens([blank.make_doc("Lichtmast kapot")], WordTable())))
    lower = [string_key("lichtmast"), string_key("kapot")]
    pair = int(bigram_keys(np.array(lower[:1], np.uint64), np.array(lower[1:], np.uint64))[0])
    assert got[lower[0]] == got[lower[1]] == got[pair] == 1
    assert got[string_key("c_verlichting")] == 1  # same concept as "lantaarnpaal", "street light"


def test_synonyms_share_a_concept_and_phrases_are_found(blank: Any) -> None:
    docs = [blank.make_doc(t) for t in ("de lantaarnpaal", "street light", "ze rijden te hard")]
    got = per_doc(features(tokens(docs, WordTable())))
    assert got[0][string_key("c_verlichting")] == 1
    assert got[1][string_key("c_verlichting")] == 1  # a two-word phrase, found by its bigram
    assert got[2][string_key("c_snelheid")] == 1


def test_batch_languages_follow_the_stop_word_vote(blank: Any) -> None:
    texts = ["the bins in our street were not emptied", "de bakken zijn niet geleegd", "", "hi"]
    batch = tokens([blank.make_doc(t) for t in texts], WordTable())
    assert batch.languages() == [detect(t) for t in texts] == ["en", "nl", "nl", "en"]


def test_lemmas_come_from_the_lookup_table(blank: Any) -> None:
    table = WordTable({"lantaarnpalen": "lantaarnpaal", "containers": "container"})
    batch = tokens([blank.make_doc("De lantaarnpalen en containers")], table)
    assert batch.lemmas(0) == ["de", "lantaarnpaal", "en", "container"]


def test_concurrent_batches_agree_on_every_word(blank: Any) -> None:
    table = WordTable({})
    texts = [f"woord{i} bij lantaarnpaal{i % 7} en container" for i in range(400)]
    docs = [blank.make_doc(t) for t in texts]
    errors: list[BaseException] = []

    def work(part: list[Any]) -> None:
        try:
            for start in range(0, len(part), 16):
                batch = tokens(part[start : start + 16], table)
                for i, doc in enumerate(part[start : start + 16]):
                    assert batch.lemmas(i) == [t.lower_ for t in doc]
        except BaseException as error:
            errors.append(error)

    threads = [threading.Thread(target=work, args=(docs[k::4],)) for k in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert not errors
    assert len(table.words.index) == len({t.lower_ for d in docs for t in d})


def test_a_full_table_starts_a_new_generation(blank: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(features_module, "_MAX_WORDS", 5)
    table = WordTable({})
    first = tokens([blank.make_doc("een twee drie vier vijf zes")], table)
    second = tokens([blank.make_doc("zeven acht")], table)
    assert second.words is not first.words and len(second.words.lemmas) == 2
    assert first.lemmas(0) == ["een", "twee", "drie", "vier", "vijf", "zes"]  # still readable


def test_heads_score_exactly_what_the_spacy_components_predict(
    trained_model: tuple[Path, dict[str, Any]],
) -> None:
    import nlp.textcat  # noqa: F401

    pipeline = spacy.load(trained_model[0])
    docs = list(pipeline.pipe(TEXTS))
    feats = features(tokens([pipeline.make_doc(t) for t in TEXTS], WordTable()))
    for name in ("textcat", "urgent", "faq"):
        head = ClassifierHead(pipeline.get_pipe(name))
        fast = head.scores(feats)
        slow = np.array([[doc.cats[label] for label in head.labels] for doc in docs])
        np.testing.assert_allclose(fast, slow, atol=1e-5)


def test_a_model_of_another_architecture_is_refused() -> None:
    other = spacy.blank("nl")
    pipe = other.add_pipe("textcat")
    for label in ("a", "b"):
        pipe.add_label(label)
    other.initialize()
    with pytest.raises(ValueError, match="retrain"):
        ClassifierHead(other.get_pipe("textcat"))


def test_long_words_carry_prefix_and_suffix_keys(blank: Any) -> None:
    (got,) = per_doc(features(tokens([blank.make_doc("fietsenstalling vol")], WordTable())))
    assert got[string_key("p_fiet")] == got[string_key("s_ling")] == 1
    assert got[string_key("p_vol")] == 0  # short words: no affix keys


def test_docs_called_calm_are_calm_for_the_urgency_rules(blank: Any) -> None:
    """Batch.calm lets the analyzer skip nlp.urgency.assess: never for a text it would flag."""
    from nlp.train import CORPUS, load_rows
    from nlp.urgency import UrgencyVerdict, assess

    rows = load_rows(CORPUS)
    texts = [r["text"] for r in rows]
    texts += [t.upper() for t in texts[:300]] + ["10km verderop brand", "co-melder piept", "HELP!!"]
    everyday = {  # neither urgent nor a hard negative written to sound alarming
        r["text"]
        for r in rows
        if not r["urgent"] and not str(r.get("group", "")).startswith("negative") and r["text"].isascii()
    }
    table = WordTable({"overvielen": "overvallen", "mishandelde": "mishandelen"})
    calm_everyday = 0
    for start in range(0, len(texts), 256):
        part = texts[start : start + 256]
        batch = tokens([blank.make_doc(t) for t in part], table)
        for i, (text, calm) in enumerate(zip(part, batch.calm(), strict=True)):
            if calm and text.isascii():
                calm_everyday += text in everyday
                assert assess(text, batch.lemmas(i)) == UrgencyVerdict(False), text
    # and the word flags do skip many everyday messages (38% of the corpus's ASCII ones on Nov
    # 25 2026, 32% on Nov 26 after a batch of 50-130-word stories; rule patterns made of common
    # words only, like "me wat aan gaat doen", flag their words, and long messages hold more)
    assert calm_everyday > len(everyday) * 0.28, calm_everyday / len(everyday)


def test_a_token_boundary_inside_a_word_is_not_called_calm(blank: Any) -> None:
    doc = blank.make_doc("10km")
    assert [t.text for t in doc] == ["10", "km"]  # spaCy cuts a run of word characters
    assert tokens([doc, blank.make_doc("10 km")], WordTable()).calm() == [False, True]


def _rows(words: Any, key: int) -> tuple[Any, ...]:
    row = words.index[key]
    return (int(words.concepts[row]), words.affixes[row].tolist(), words.votes[row].tolist(),
            int(words.flags[row]), words.lemmas[row])


KNOWN_TEXTS = ["De lantaarnpalen bij ons zijn kapot", "the street light is broken!", "brand!!"]


def test_known_words_are_the_rows_a_table_would_compute(blank: Any, tmp_path: Path) -> None:
    lemmas = {"lantaarnpalen": "lantaarnpaal", "zijn": "zijn"}
    known = features_module.known_words(KNOWN_TEXTS, blank.tokenizer, lemmas)
    known.save(tmp_path / "words.npz")
    loaded = features_module.Words.load(tmp_path / "words.npz")
    assert loaded is not None and loaded.index.keys() == known.index.keys()
    computed = WordTable(lemmas)
    batch = tokens([blank.make_doc(t) for t in KNOWN_TEXTS], computed)
    assert len(loaded.lemmas) == len(set(batch.hashes.tolist())) == len(computed.words.lemmas)
    for key in known.index:
        assert _rows(loaded, key) == _rows(computed.words, key)
    assert _rows(loaded, string_key("brand"))[3] & features_module.ALARM


def test_a_table_with_known_words_gives_the_same_batches(blank: Any) -> None:
    lemmas = {"lantaarnpalen": "lantaarnpaal"}
    known = features_module.known_words(KNOWN_TEXTS[:2], blank.tokenizer, lemmas)
    shipped = len(known.lemmas)
    texts = [*KNOWN_TEXTS, *TEXTS]
    docs = [blank.make_doc(t) for t in texts]
    with_known, without = WordTable(lemmas, known), WordTable(lemmas)
    a, b = tokens(docs, with_known), tokens(docs, without)
    assert per_doc(features(a)) == per_doc(features(b))
    assert a.calm() == b.calm() and a.languages() == b.languages()
    assert [a.lemmas(i) for i in range(len(docs))] == [b.lemmas(i) for i in range(len(docs))]
    assert len(with_known.words.lemmas) == len(without.words.lemmas) > shipped
    assert len(known.lemmas) == shipped  # the shipped rows are copied, never written to


def test_a_new_generation_starts_with_the_known_words(
    blank: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    known = features_module.known_words(["een twee"], blank.tokenizer, {})
    monkeypatch.setattr(features_module, "_MAX_WORDS", 4)
    table = WordTable({}, known)
    first = tokens([blank.make_doc("drie vier vijf")], table)
    second = tokens([blank.make_doc("zes")], table)
    assert second.words is not first.words
    assert second.words.lemmas == ["een", "twee", "zes"]


def test_known_words_saved_by_other_code_or_damaged_are_not_used(
    blank: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    path = tmp_path / "words.npz"
    assert features_module.Words.load(path) is None  # a model trained before words were shipped
    features_module.known_words(["een twee"], blank.tokenizer, {}).save(path)
    monkeypatch.setattr(features_module, "rows_fingerprint", lambda: "other code")
    assert features_module.Words.load(path) is None
    monkeypatch.undo()
    assert features_module.Words.load(path) is not None
    path.write_bytes(b"not a numpy archive")
    with caplog.at_level("WARNING"):
        assert features_module.Words.load(path) is None
    assert "cannot read the word table" in caplog.text


def test_a_trained_model_ships_its_corpus_words(
    trained_model: tuple[Path, dict[str, Any]], tiny_corpus: Path
) -> None:
    from nlp.analyzer import SpacyAnalyzer
    from nlp.train import load_rows

    folder, meta = trained_model
    analyzer = SpacyAnalyzer.from_path(folder)
    shipped = analyzer._words.words
    assert meta["known_words"] == len(shipped.lemmas) > 100
    texts = [r["text"] for r in load_rows(tiny_corpus)][:50]
    lowered = {t.lower_ for d in analyzer.nlp.tokenizer.pipe(texts) for t in d}
    assert {string_key(w) for w in lowered} <= shipped.index.keys()
    fresh = SpacyAnalyzer(spacy.load(folder))  # works every word out itself
    assert fresh.analyze_many(texts + TEXTS) == analyzer.analyze_many(texts + TEXTS)
