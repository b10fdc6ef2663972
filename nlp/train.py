"""Train the Wijkbot pipeline from `nlp/config.cfg` and `nlp/corpus/train.jsonl`.

Reproducible: a fixed seed, a fixed number of epochs, deterministic shuffling. Two fits:
first on 80% of the corpus to calibrate (temperature scaling of theme scores, measured on
the held-out 20%), then on everything for the model that is written. The model folder's
meta.json carries the corpus hash, the date, the config and the held-out scores.
"""

from __future__ import annotations

import hashlib
import json
import logging
import random
import time
from collections.abc import Sequence
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from nlp.analyzer import THEMES, calibrate
from nlp.features import DEFAULT_TOKENIZER, KNOWN_WORDS, known_words
from nlp.metrics import binary_pr, fit_temperature, macro_f1, per_label_prf, recall_first_threshold
from nlp.urgency import assess, framed, save_gate

log = logging.getLogger(__name__)

HERE = Path(__file__).parent
CONFIG = HERE / "config.cfg"
CORPUS = HERE / "corpus" / "train.jsonl"
MODEL_VERSION = "2.0"  # the major number changes when older models can no longer be loaded


def is_current(model_path: Path) -> bool:
    """Whether a trained model of this major version is at `model_path` (else: retrain)."""
    try:
        meta = json.loads((model_path / "meta.json").read_text(encoding="utf-8"))
        version = str(meta["wijkbot"]["model_version"])
    except (OSError, ValueError, KeyError, TypeError):
        return False
    return version.split(".")[0] == MODEL_VERSION.split(".")[0]


def load_rows(path: Path = CORPUS) -> list[dict[str, Any]]:
    with path.open(encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def file_hash(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def corpus_hash(paths: Sequence[Path]) -> str:
    """The corpus file's hash; with extra files, the hash of their hashes in order."""
    if len(paths) == 1:
        return file_hash(paths[0])
    return hashlib.sha256("".join(file_hash(p) for p in paths).encode()).hexdigest()


def _load_config(config_path: Path, overrides: dict[str, Any] | None = None) -> Any:
    from spacy import util

    import nlp.textcat  # noqa: F401  (registers the wijkbot.ConceptBOW.v1 architecture)

    return util.load_config(config_path, overrides=overrides or {}, interpolate=True)


def _lemmatized(nlp: Any, texts: Sequence[str]) -> list[Any]:
    lemmatizer = nlp.get_pipe("lemmatizer")
    return [lemmatizer(nlp.make_doc(t)) for t in texts]


def _examples(
    nlp: Any, rows: Sequence[dict[str, Any]], slugs: Sequence[str]
) -> dict[str, list[Any]]:
    """Per component, one Example per row (None for rows the component does not learn from)."""
    from spacy.training import Example

    docs = _lemmatized(nlp, [r["text"] for r in rows])
    out: dict[str, list[Any]] = {"textcat": [], "urgent": [], "faq": []}
    for doc, row in zip(docs, rows, strict=True):
        cats = {t: float(t == row["theme"]) for t in THEMES}
        out["textcat"].append(Example.from_dict(doc, {"cats": cats}))
        urgent = {"URGENT": float(row["urgent"])}
        out["urgent"].append(Example.from_dict(doc.copy(), {"cats": urgent}))
        faq = {s: float(s == row["faq"]) for s in slugs} if row.get("faq") else None
        out["faq"].append(Example.from_dict(doc.copy(), {"cats": faq}) if faq else None)
    return out


def fit(config: Any, rows: Sequence[dict[str, Any]], seed: int = 0) -> Any:
    """Build and train a pipeline on `rows`; returns the spaCy Language object."""
    from spacy import util
    from spacy.util import minibatch
    from thinc.api import Adam

    util.fix_random_seed(seed)
    nlp = util.load_model_from_config(config, auto_fill=True, validate=True)
    pipe: Any = nlp.get_pipe("lemmatizer")
    pipe.initialize(nlp=nlp)  # lookup tables from spacy-lookups-data, saved with the model
    slugs = sorted({r["faq"] for r in rows if r.get("faq")})
    examples = _examples(nlp, rows, slugs)
    labels = {"textcat": list(THEMES), "urgent": ["URGENT"], "faq": slugs}
    trained = [name for name in ("textcat", "urgent", "faq") if name in nlp.pipe_names]
    for name in trained:
        egs = [e for e in examples[name] if e is not None]
        pipe = nlp.get_pipe(name)
        pipe.initialize(lambda egs=egs: egs, nlp=nlp, labels=labels[name])
    training = config["training"]
    optimizer = Adam(training["learn_rate"])
    rng = random.Random(seed)
    order = list(range(len(rows)))
    for _epoch in range(training["max_epochs"]):
        rng.shuffle(order)
        for batch in minibatch(order, size=training["batch_size"]):
            for name in trained:
                egs = [examples[name][i] for i in batch if examples[name][i] is not None]
                if egs:
                    others = [n for n in trained if n != name]
                    nlp.update(egs, sgd=optimizer, drop=training["dropout"], exclude=others)
    return nlp


def _default_tokenizer(tokenizer: Any) -> bool:
    """Whether `tokenizer` is spaCy's Dutch default (rules, exceptions, settings): then loading
    for analysis builds it from the config instead of reading its 9,000 special cases again."""
    import spacy

    default: Any = spacy.blank("nl").tokenizer
    return bool(tokenizer.to_bytes(exclude=["vocab"]) == default.to_bytes(exclude=["vocab"]))


def predict(nlp: Any, texts: Sequence[str]) -> list[Any]:
    return list(nlp.pipe(texts, batch_size=256))


def split(rows: Sequence[dict[str, Any]], share: float, seed: int) -> tuple[list[Any], list[Any]]:
    """(train, held_out), stratified by theme and grouped by template.

    Variants of one template stay on one side: held-out scores (and the temperature fitted
    on them) then reflect unseen phrasings rather than near-duplicates.
    """
    groups: dict[str, list[dict[str, Any]]] = {}
    for i, row in enumerate(rows):
        groups.setdefault(str(row.get("group", i)), []).append(row)
    rng = random.Random(seed)
    train: list[Any] = []
    held: list[Any] = []
    for theme in THEMES:
        keys = sorted(k for k, g in groups.items() if g[0]["theme"] == theme)
        rng.shuffle(keys)
        cut = round(len(keys) * share)
        for n, key in enumerate(keys):
            (held if n < cut else train).extend(groups[key])
    return train, held


def held_out_scores(
    nlp: Any, rows: Sequence[dict[str, Any]], temperature: float, urgent_threshold: float
) -> dict[str, Any]:
    docs = predict(nlp, [r["text"] for r in rows])
    pred = [
        max(calibrate(d.cats_themes, temperature).items(), key=lambda kv: kv[1])[0]
        for d in _with_themes(docs)
    ]
    gold = [r["theme"] for r in rows]
    per = per_label_prf(gold, pred, THEMES)
    rules, heads = urgent_signals(rows, docs)
    urgent_pred = [r or h >= urgent_threshold for r, h in zip(rules, heads, strict=True)]
    rules_only = [assess(r["text"]).urgent for r in rows]
    gold_urgent = [bool(r["urgent"]) for r in rows]
    return {
        "theme_macro_f1": macro_f1(per),
        "theme_accuracy": sum(g == p for g, p in zip(gold, pred, strict=True)) / len(gold),
        "urgent": binary_pr(gold_urgent, urgent_pred),
        "urgent_rules_only": binary_pr(gold_urgent, rules_only),
        "n": len(rows),
    }


def urgent_signals(rows: Sequence[dict[str, Any]], docs: Sequence[Any]) -> tuple[list[bool], list[float]]:
    """Per message, as the analyzer decides urgency: whether a rule fires (with the lemmas),
    and the urgent head's probability (0 for a message `framed` as general or over)."""
    pairs = list(zip(rows, docs, strict=True))
    rules = [assess(r["text"], [t.lemma_ for t in d]).urgent for r, d in pairs]
    heads = [0.0 if framed(r["text"]) else d.cats.get("URGENT", 0.0) for r, d in pairs]
    return rules, heads


class _ThemeView:
    def __init__(self, doc: Any) -> None:
        self.cats_themes = {k: v for k, v in doc.cats.items() if k in THEMES}


def _with_themes(docs: Sequence[Any]) -> list[_ThemeView]:
    return [_ThemeView(d) for d in docs]


def calibrate_on_held_out(
    config: Any, rows: Sequence[dict[str, Any]], seed: int
) -> tuple[float, float, dict[str, Any]]:
    """Fit on part of the corpus and measure on the held-out templates: the temperature of the
    theme scores, the urgent head's threshold (`urgent_threshold_on`) and the held-out scores."""
    train_rows, held = split(rows, config["training"]["calibration_share"], seed)
    nlp = fit(config, train_rows, seed)
    docs = predict(nlp, [r["text"] for r in held])
    probs = [{k: v for k, v in d.cats.items() if k in THEMES} for d in docs]
    temperature = fit_temperature(probs, [r["theme"] for r in held])
    threshold = urgent_threshold_on(held, docs, config["training"])
    scores = held_out_scores(nlp, held, temperature, threshold)
    return temperature, threshold, scores


URGENT_THRESHOLDS = [round(0.05 * k, 2) for k in range(4, 19)]  # 0.20 .. 0.90


def urgent_threshold_on(held: Sequence[dict[str, Any]], docs: Sequence[Any], training: Any) -> float:
    """The lowest threshold of the urgent head at which rules-or-head keep the configured
    precision on the held-out templates (recall first: a false alarm costs a resident a line
    about 112, a missed emergency costs more); the configured `urgent_threshold` if none does
    or the held-out part has no urgent example."""
    gold = [bool(r["urgent"]) for r in held]
    fallback = float(training["urgent_threshold"])
    if not any(gold):
        return fallback
    rules, scores = urgent_signals(held, docs)
    candidates = [t for t in URGENT_THRESHOLDS if t <= fallback]
    found = recall_first_threshold(gold, rules, scores, float(training["urgent_min_precision"]), candidates)
    return fallback if found is None else found


def train(
    output: Path,
    seed: int = 0,
    *,
    corpus: Path = CORPUS,
    extra: Sequence[Path] = (),
    config_path: Path = CONFIG,
    overrides: dict[str, Any] | None = None,
) -> dict[str, Any]:
    """Train, calibrate and write the pipeline to `output`; returns the metadata written.

    `extra` adds corpus files of the same format, e.g. the examples coordinators accepted in the
    dashboard's review queue (`<data dir>/training/examples.jsonl`)."""
    started = time.perf_counter()
    config = _load_config(config_path, {"system.seed": seed, **(overrides or {})})
    sources = [corpus, *(path for path in extra if path.is_file())]
    rows = [row for path in sources for row in load_rows(path)]
    temperature, urgent_threshold, scores = calibrate_on_held_out(config, rows, seed)
    nlp = fit(config, rows, seed)
    known = known_words(
        [r["text"] for r in rows],
        nlp.tokenizer,
        nlp.get_pipe("lemmatizer").lookups.get_table("lemma_lookup", {}),
    )
    data_hash = corpus_hash(sources)
    meta: dict[str, Any] = {
        "model_version": f"{MODEL_VERSION}+{data_hash[:8]}",
        "trained_at": datetime.now(UTC).isoformat(timespec="seconds"),
        "seed": seed,
        "corpus": {"path": corpus.name, "extra": [str(p) for p in sources[1:]],
                   "sha256": data_hash, "examples": len(rows)},
        "config_sha256": file_hash(config_path),
        "temperature": temperature,
        "urgent_threshold": urgent_threshold,
        "held_out": scores,
        "known_words": len(known.lemmas),
        "tokenizer": DEFAULT_TOKENIZER if _default_tokenizer(nlp.tokenizer) else "custom",
        "train_seconds": round(time.perf_counter() - started, 1),
    }
    nlp.meta["name"] = "wijkbot"
    nlp.meta["version"] = meta["model_version"].replace("+", "-")
    nlp.meta["wijkbot"] = meta
    output.mkdir(parents=True, exist_ok=True)
    nlp.to_disk(output)
    known.save(output / KNOWN_WORDS)
    save_gate(output)
    return meta
