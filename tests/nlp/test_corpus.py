from collections import Counter

from nlp.analyzer import THEMES
from nlp.lexicon import concepts
from nlp.train import CORPUS, load_rows


def test_corpus_shape_and_size() -> None:
    rows = load_rows(CORPUS)
    per_theme = Counter(r["theme"] for r in rows)
    assert set(per_theme) == set(THEMES)
    assert min(per_theme.values()) >= 150
    assert sum(r["urgent"] for r in rows) >= 100
    assert {r["lang"] for r in rows} == {"nl", "en"}
    for row in rows:
        assert {"text", "theme", "urgent", "faq", "lang"} <= set(row)
        assert row["text"].strip()
    assert len({r["text"].lower() for r in rows}) == len(rows)


def test_lexicon_maps_synonyms_to_one_concept() -> None:
    assert concepts("de lichtmast is stuk") == concepts("street light broken") == ["verlichting"]
    assert "boom" in concepts("Can I cut down the walnut tree?")
    assert concepts("") == []
