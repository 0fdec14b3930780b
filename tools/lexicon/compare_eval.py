"""Five-class numbers on the dev gold with two lexicon folders and the same engine.

The engine and the actors resolver change while the lexicon does; to see what a lexicon change
alone does, this runs ``dyadic eval``'s five-class measures (rules only) twice in one process,
once with ``--base`` (a copy of an earlier lexicon folder) and once with the packaged lexicon.
``--offset`` evaluates a slice further into the set. Run by developers only; it reads
../shared/data/gold-dev and writes the slice to a temporary folder.

Usage: python tools/lexicon/compare_eval.py --base /tmp/lexicon_v1 [--limit 400] [--offset 0]
"""

from __future__ import annotations

import argparse
import tempfile
from pathlib import Path

GOLD_FILE = "cameo_class_train.tsv"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--base", type=Path, required=True, help="the earlier lexicon folder")
    parser.add_argument("--limit", type=int, default=400, help="N gold sentences")
    parser.add_argument("--offset", type=int, default=0, help="skip the first N sentences")
    args = parser.parse_args(argv)
    from dyadic.evaluate.run import default_gold_dir, run_eval
    from dyadic.events.extract import Extractor
    from dyadic.events.lexicon import LEXICON_DIR, load_lexicon
    from dyadic.nlp import get_pipeline

    gold = default_gold_dir()
    if gold is None:
        parser.error("no dev gold found (../shared/data/gold-dev)")
    lines = [s for s in (gold / GOLD_FILE).read_text(encoding="utf-8").splitlines() if s.strip()]
    nlp = get_pipeline()
    component = nlp.get_pipe("dyadic_events")
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        chosen = lines[args.offset : args.offset + args.limit]
        (folder / GOLD_FILE).write_text("\n".join(chosen) + "\n", encoding="utf-8")
        for label, lexicon_dir in (("base", args.base), ("current", LEXICON_DIR)):
            component.extractor = Extractor(load_lexicon(lexicon_dir))  # type: ignore[attr-defined]
            report = run_eval(folder, nlp=nlp).classes[0]
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
