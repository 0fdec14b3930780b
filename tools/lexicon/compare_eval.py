"""Five-class numbers on the dev gold with two lexicon folders and the same engine.

The engine and the actors resolver change while the lexicon does; to see what a lexicon change
alone does, this runs ``dyadic eval``'s five-class measures twice in one process, once with
``--base`` (a copy of an earlier lexicon folder) and once with the packaged lexicon. Run by
developers only; it reads ../shared/data/gold-dev.

Usage: python tools/lexicon/compare_eval.py --base /tmp/lexicon_v1 [--limit 400] [--offset 0]
"""

from __future__ import annotations

import argparse
from pathlib import Path


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--base", type=Path, required=True, help="the earlier lexicon folder")
    parser.add_argument("--limit", type=int, default=400, help="N gold sentences")
    parser.add_argument("--offset", type=int, default=0, help="skip the first N sentences")
    args = parser.parse_args(argv)
    from dyadic.evaluate.gold import read_class_tsv
    from dyadic.evaluate.metrics import evaluate_classes
    from dyadic.evaluate.run import default_gold_dir
    from dyadic.events.extract import Extractor
    from dyadic.events.lexicon import LEXICON_DIR, load_lexicon
    from dyadic.nlp import get_pipeline

    gold = default_gold_dir()
    if gold is None:
        parser.error("no dev gold found (../shared/data/gold-dev)")
    items = read_class_tsv(gold / "cameo_class_train.tsv")[args.offset : args.offset + args.limit]
    nlp = get_pipeline()
    component = nlp.get_pipe("dyadic_events")
    for label, folder in (("base", args.base), ("current", LEXICON_DIR)):
        component.extractor = Extractor(load_lexicon(folder))  # type: ignore[attr-defined]
        report = evaluate_classes(label, items, nlp=nlp)
        print(
            f"{label:<8} n={report.n} detection={report.detection_rate:.3f} "
            f"accuracy={report.accuracy:.3f} accuracy_detected={report.accuracy_detected:.3f} "
            f"macro_f1={report.macro_f1:.3f}"
        )
        for cls, scores in sorted(report.per_class.items()):
            print(f"   class {cls}: " + " ".join(f"{k}={v:.3f}" for k, v in scores.items()))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
