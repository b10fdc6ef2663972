"""Shared fixtures: a tiny model trained once per test session (a few seconds)."""

from __future__ import annotations

import json
import random
from pathlib import Path
from typing import Any

import pytest

from nlp.analyzer import THEMES
from nlp.faq import load_faq_toml
from nlp.train import CORPUS, load_rows

ROOT = Path(__file__).resolve().parents[2]

FAST_BOW = {"training.max_epochs": 4}


@pytest.fixture(scope="session")
def utrecht_faq() -> list[Any]:
    return load_faq_toml(ROOT / "municipalities" / "utrecht" / "faq.toml")


@pytest.fixture(scope="session")
def tiny_corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    rows = load_rows(CORPUS)
    rng = random.Random(0)
    picked: list[dict[str, Any]] = []
    for theme in THEMES:
        group = [r for r in rows if r["theme"] == theme]
        picked += rng.sample(group, 40)
    picked += [r for r in rows if r["urgent"]][:40]
    path = tmp_path_factory.mktemp("corpus") / "tiny.jsonl"
    path.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in picked), encoding="utf-8")
    return path


@pytest.fixture(scope="session")
def trained_model(
    tmp_path_factory: pytest.TempPathFactory, tiny_corpus: Path
) -> tuple[Path, dict[str, Any]]:
    from nlp.train import train

    output = tmp_path_factory.mktemp("model") / "model"
    meta = train(output, seed=0, corpus=tiny_corpus, overrides=FAST_BOW)
    return output, meta
