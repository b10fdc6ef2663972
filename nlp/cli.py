"""`wijkbot nlp train | evaluate | crossval`."""

from __future__ import annotations

import argparse
import json
import logging
from pathlib import Path

log = logging.getLogger(__name__)


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    nlp = sub.add_parser("nlp", help="train and evaluate the language model")
    nlp_sub = nlp.add_subparsers(dest="nlp_command", metavar="NLP_COMMAND", required=True)

    train = nlp_sub.add_parser("train", help="train the pipeline into the model folder")
    train.add_argument("--output", type=Path, default=None, help="default: settings.model_path")
    train.add_argument("--seed", type=int, default=0)
    train.set_defaults(func=_train)

    evaluate = nlp_sub.add_parser("evaluate", help="score the analyzer on a JSONL file")
    evaluate.add_argument("file", type=Path)
    evaluate.add_argument("--report", type=Path, default=None, help="write a report folder here")
    evaluate.add_argument("--municipality", default=None, help="municipality folder name")
    evaluate.add_argument("--model", type=Path, default=None, help="default: settings.model_path")
    evaluate.set_defaults(func=_evaluate)

    crossval = nlp_sub.add_parser("crossval", help="k-fold cross-validation on the corpus")
    crossval.add_argument("--folds", type=int, default=5)
    crossval.add_argument("--seed", type=int, default=0)
    crossval.set_defaults(func=_crossval)


def _train(args: argparse.Namespace) -> int:
    from nlp.train import train
    from wijkbot.settings import get_settings

    settings = get_settings()
    output = args.output or settings.model_path
    reviewed = settings.data_dir / "training" / "examples.jsonl"  # from the dashboard review queue
    meta = train(output, seed=args.seed, extra=[reviewed])
    held = meta["held_out"]
    print(f"model {meta['model_version']} written to {output} in {meta['train_seconds']} s")
    print(
        f"held-out theme macro-F1 {held['theme_macro_f1']:.3f}, urgent recall "
        f"{held['urgent']['recall']:.3f} precision {held['urgent']['precision']:.3f}, "
        f"temperature {meta['temperature']:.2f}"
    )
    return 0


def _faq_for(folder: Path) -> list:  # type: ignore[type-arg]
    from nlp.faq import load_faq_toml

    faq_file = folder / "faq.toml"
    return load_faq_toml(faq_file) if faq_file.is_file() else []


def _evaluate(args: argparse.Namespace) -> int:
    from nlp.analyzer import load_analyzer
    from nlp.evaluate import evaluate_rows, read_jsonl, summary_lines, write_report
    from wijkbot.settings import get_settings

    settings = get_settings(**({"municipality": args.municipality} if args.municipality else {}))
    folder = settings.municipality_dir
    analyzer = load_analyzer(
        args.model or settings.model_path,
        _faq_for(folder),
        floor=settings.theme_confidence_floor,
        margin=settings.theme_margin,
    )
    rows = read_jsonl(args.file)
    report, results = evaluate_rows(analyzer, rows, folder)
    print("\n".join(summary_lines(report)))
    if args.report:
        write_report(args.report, report, rows, results)
        print(f"report written to {args.report}")
    return 0


def _crossval(args: argparse.Namespace) -> int:
    from nlp.crossval import crossval

    result = crossval(folds=args.folds, seed=args.seed)
    print(json.dumps(result["summary"], indent=2))
    return 0
