"""Load test: ``dyadic serve`` on 127.0.0.1 over a store of 100,000 synthetic events, driven by
a bounded load (loopback only, fixed duration), reporting requests/s, latency percentiles and
errors.

    .venv/bin/python benchmarks/load.py [--events 100000] [--db PATH] [--clients 50]
        [--duration 30] [--rate 0] [--tool python|wrk] [--json]

The store is built as in ``benchmarks/api_events.py`` (``benchmarks/panel.py``'s synthetic
documents) unless ``--db`` names an existing one. The server is the real command in its own
process (uvicorn, one event loop, read-only DuckDB connections). The requests are event queries
(``GET /api/events``) mixed like a dashboard's: the first page, filters by actor, dyad, CAMEO
prefix, quad class, period, modality and PLOVER type, text search, a 500-row page and next pages
by cursor, over the ten busiest dyads, so that no single query dominates.

Two ways to load it:

- ``--rate 0`` (closed loop): each of ``--clients`` clients sends its next request as soon as
  the previous answers: the server's capacity; latency is then mostly queueing.
- ``--rate R``: the clients together send R requests per second on a fixed schedule (an open
  loop); each latency counts from the moment the request was due, so a slow server cannot hide
  its queue (no coordinated omission).

``--tool wrk`` drives the closed loop with wrk (Debian package ``wrk``) instead of Python, which
leaves more of the machine to the server; wrk counts non-2xx answers but not 5xx apart.
Exit status 1 when any request failed with a 5xx or a connection error.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import datetime as dt
import json
import os
import random
import shutil
import socket
import subprocess
import sys
import tempfile
import time
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import urlencode

import httpx

sys.path.insert(0, str(Path(__file__).resolve().parent))

#: Target: p99 latency of event queries at 50 concurrent clients, in milliseconds.
TARGET_P99_MS = 250.0


@dataclass
class LoadResult:
    """What one load run measured."""

    tool: str
    clients: int
    duration_s: float
    rate: float
    fresh: float = 0.0
    latencies_ms: list[float] = field(default_factory=list)
    statuses: Counter[int] = field(default_factory=Counter)
    errors: Counter[str] = field(default_factory=Counter)
    wrk: dict[str, float] = field(default_factory=dict)

    @property
    def requests(self) -> int:
        return int(self.wrk.get("requests", len(self.latencies_ms)))

    @property
    def server_errors(self) -> int:
        return sum(n for status, n in self.statuses.items() if status >= 500)

    def percentile(self, share: float) -> float:
        if "p50_ms" in self.wrk:
            return self.wrk[f"p{round(share * 100)}_ms"]
        ordered = sorted(self.latencies_ms)
        if not ordered:
            return float("nan")
        return ordered[min(len(ordered) - 1, int(share * len(ordered)))]

    def summary(self) -> dict[str, Any]:
        return {
            "tool": self.tool,
            "clients": self.clients,
            "rate": self.rate or "closed loop",
            "fresh": self.fresh,
            "duration_s": round(self.duration_s, 1),
            "requests": self.requests,
            "requests_per_s": round(self.requests / self.duration_s, 1),
            "p50_ms": round(self.percentile(0.50), 1),
            "p90_ms": round(self.percentile(0.90), 1),
            "p99_ms": round(self.percentile(0.99), 1),
            "max_ms": round(self.wrk.get("max_ms", max(self.latencies_ms, default=0.0)), 1),
            "statuses": dict(sorted(self.statuses.items())),
            "server_errors": self.server_errors,
            "non_2xx": int(self.wrk.get("non_2xx", sum(
                n for s, n in self.statuses.items() if not 200 <= s < 300))),
            "connection_errors": dict(self.errors),
        }  # fmt: skip


# -- the store and the server ------------------------------------------------------------------


def build_store(path: Path, events: int) -> None:
    """A store of ``events`` synthetic events at ``path``."""
    from panel import synthetic_documents

    from dyadic.store import Store

    with Store(path) as store:
        store.write(synthetic_documents(events))


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def dyadic_command() -> list[str]:
    script = Path(sys.executable).with_name("dyadic")
    if script.exists():
        return [str(script)]
    return [sys.executable, "-c", "from dyadic.cli import main; main()"]


@contextlib.contextmanager
def serve(db: Path, *, port: int | None = None, timeout: float = 60.0) -> Iterator[str]:
    """Run ``dyadic serve`` on 127.0.0.1 over ``db``; yields its base URL; stops it after."""
    port = port or free_port()
    process = subprocess.Popen(
        [*dyadic_command(), "serve", "--db", str(db), "--host", "127.0.0.1", "--port", str(port)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
    )
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + timeout
        while True:
            if process.poll() is not None:
                raise RuntimeError(f"dyadic serve stopped: {process.stderr.read()}")  # type: ignore[union-attr]
            try:
                if httpx.get(f"{base}/api/meta", timeout=2).status_code == 200:
                    break
            except httpx.HTTPError:
                pass
            if time.monotonic() > deadline:
                raise RuntimeError("dyadic serve did not answer in time")
            time.sleep(0.2)
        yield base
    finally:
        process.terminate()
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


# -- the requests ----------------------------------------------------------------------------


def event_queries(base: str, *, dyads: int = 10) -> list[str]:
    """Event-query paths around the store's busiest dyads (with next pages by cursor)."""
    meta = httpx.get(f"{base}/api/meta", timeout=30).json()
    paths: list[str] = []
    for dyad in meta["dyads"][:dyads]:
        a, b = dyad["a"], dyad["b"]
        for params in (
            {},
            {"actor": b},
            {"dyad": f"{a}:{b}"},
            {"dyad": f"{a}:{b}", "directed": "true", "sort": "goldstein"},
            {"source": a, "quad": "4", "since": "2022-01-01", "until": "2022-12-31"},
            {"actor": a, "cameo": "19", "sort": "goldstein"},
            {"actor": a, "modality": "intended", "plover": "CONSULT,AID"},
            {"actor": b, "root": "04,05", "unit": "mentions", "sort": "-confidence"},
            {"actor": a, "limit": "500"},
            {"q": f"sentence {random.Random(a + b).randrange(10_000)}"},
        ):
            paths.append("/api/events?" + urlencode(params))
        first = httpx.get(f"{base}/api/events", params={"actor": b}, timeout=30).json()
        if first.get("next_cursor"):
            paths.append("/api/events?" + urlencode({"actor": b, "cursor": first["next_cursor"]}))
    for path in paths:  # warm the cached counts, as a dashboard that has been open a while has
        httpx.get(base + path, timeout=60)
    return paths


# -- drivers ---------------------------------------------------------------------------------


def fresh_query(rng: random.Random, actors: list[str]) -> str:
    """An event query unlikely to have been asked before (an actor over a random period)."""
    since = dt.date(2018, 1, 1) + dt.timedelta(days=rng.randrange(6 * 365))
    until = since + dt.timedelta(days=rng.randrange(7, 400))
    params = {"actor": rng.choice(actors), "since": since.isoformat(), "until": until.isoformat()}
    return "/api/events?" + urlencode(params)


async def _drive(base: str, paths: list[str], *, clients: int, duration: float, rate: float,
                 fresh: float, actors: list[str]) -> LoadResult:  # fmt: skip
    result = LoadResult("python", clients, duration, rate, fresh)
    limits = httpx.Limits(max_connections=clients, max_keepalive_connections=clients)
    timeout = httpx.Timeout(30.0)
    async with httpx.AsyncClient(base_url=base, limits=limits, timeout=timeout) as http:
        start = time.perf_counter()
        end = start + duration

        async def client(number: int) -> None:
            rng = random.Random(number)
            period = clients / rate if rate else 0.0
            due = start + (period * number / clients if rate else 0.0)
            while True:
                if rate:
                    now = time.perf_counter()
                    if due > now:
                        await asyncio.sleep(due - now)
                else:
                    due = time.perf_counter()
                if due >= end:
                    return
                path = fresh_query(rng, actors) if rng.random() < fresh else rng.choice(paths)
                try:
                    response = await http.get(path)
                    result.statuses[response.status_code] += 1
                except httpx.HTTPError as exc:
                    result.errors[type(exc).__name__] += 1
                result.latencies_ms.append((time.perf_counter() - due) * 1000)
                due += period

        await asyncio.gather(*(client(n) for n in range(clients)))
        result.duration_s = time.perf_counter() - start
    return result


def drive(base: str, paths: list[str], *, clients: int, duration: float, rate: float = 0.0,
          fresh: float = 0.0, actors: list[str] | None = None) -> LoadResult:  # fmt: skip
    """Load ``base`` with ``clients`` concurrent clients for ``duration`` seconds (closed loop,
    or ``rate`` requests/s in total on a fixed schedule); a ``fresh`` share of the requests are
    new queries over ``actors`` instead of the dashboard's."""
    return asyncio.run(_drive(base, paths, clients=clients, duration=duration, rate=rate,
                              fresh=fresh, actors=actors or ["USA"]))  # fmt: skip


WRK_SCRIPT = """
local paths = {%s}
local i = 0
request = function()
  i = (i %% #paths) + 1
  return wrk.format("GET", paths[i])
end
done = function(summary, latency, requests)
  local e = summary.errors
  io.write(string.format("DYADIC %%.3f %%d %%d %%d %%d %%d %%d %%.3f %%.3f %%.3f %%.3f\\n",
    summary.duration / 1000000, summary.requests, e.connect, e.read, e.write, e.status,
    e.timeout, latency:percentile(50) / 1000, latency:percentile(90) / 1000,
    latency:percentile(99) / 1000, latency.max / 1000))
end
"""


def drive_wrk(base: str, paths: list[str], *, clients: int, duration: float) -> LoadResult:
    """The closed loop with wrk (two threads); its Lua script cycles through ``paths``."""
    shuffled = list(paths)
    random.Random(1).shuffle(shuffled)
    with tempfile.NamedTemporaryFile("w", suffix=".lua", delete=False) as script:
        script.write(WRK_SCRIPT % ", ".join(json.dumps(p) for p in shuffled))
    try:
        done = subprocess.run(
            ["wrk", "-t2", f"-c{clients}", f"-d{round(duration)}s", "--timeout", "30s",
             "-s", script.name, base],
            capture_output=True, text=True, check=True,
        )  # fmt: skip
    finally:
        Path(script.name).unlink()
    line = next(x for x in done.stdout.splitlines() if x.startswith("DYADIC "))
    numbers = [float(x) for x in line.split()[1:]]
    seconds, requests, connect, read, write, status, timeouts, p50, p90, p99, peak = numbers
    result = LoadResult("wrk", clients, seconds, 0.0)
    result.wrk = {"requests": requests, "p50_ms": p50, "p90_ms": p90, "p99_ms": p99,
                  "max_ms": peak, "non_2xx": status}  # fmt: skip
    for name, count in (("connect", connect), ("read", read), ("write", write),
                        ("timeout", timeouts)):  # fmt: skip
        if count:
            result.errors[name] = int(count)
    return result


# -- the report ------------------------------------------------------------------------------


def machine() -> dict[str, Any]:
    """The machine and its load at the time (the numbers mean little without them)."""
    model = ""
    with contextlib.suppress(OSError):
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                model = line.split(":", 1)[1].strip()
                break
    load = [round(x, 2) for x in os.getloadavg()]
    return {"cpus": os.cpu_count(), "cpu": model, "load_1m_5m_15m": load}


def markdown(rows: list[dict[str, Any]]) -> str:
    head = (
        "| tool | clients | rate (req/s) | new queries | requests | req/s | p50 ms | p90 ms "
        "| p99 ms | max ms | 5xx | non-2xx | connection errors |"
    )
    lines = [head, "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|"]
    for r in rows:
        lines.append(
            f"| {r['tool']} | {r['clients']} | {r['rate']} | {r['fresh']:.0%} | "
            f"{r['requests']:,} | {r['requests_per_s']} | {r['p50_ms']} | {r['p90_ms']} | "
            f"{r['p99_ms']} | {r['max_ms']} | {r['server_errors']} | {r['non_2xx']} | "
            f"{r['connection_errors'] or 0} |"
        )
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--events", type=int, default=100_000, help="events in the built store")
    parser.add_argument("--db", type=Path, help="serve this store (built if missing)")
    parser.add_argument("--clients", type=int, default=50)
    parser.add_argument("--duration", type=float, default=30.0, help="seconds per run")
    parser.add_argument(
        "--rate", type=float, action="append",
        help="requests/s in total (repeatable; 0 = closed loop) [default: 0]",
    )  # fmt: skip
    parser.add_argument("--fresh", type=float, action="append",
                        help="share of new queries (repeatable; 0-1) [default: 0]")  # fmt: skip
    parser.add_argument("--tool", choices=("python", "wrk"), default="python")
    parser.add_argument("--json", action="store_true", help="print one JSON object")
    args = parser.parse_args(argv)
    if args.tool == "wrk" and shutil.which("wrk") is None:
        parser.error("wrk is not installed (apt-get install wrk), use --tool python")
    report: dict[str, Any] = {"machine_before": machine(), "runs": []}
    with tempfile.TemporaryDirectory() as folder:
        db = args.db or Path(folder) / "load.duckdb"
        if not db.exists():
            started = time.perf_counter()
            build_store(db, args.events)
            report["store_built_s"] = round(time.perf_counter() - started, 1)
        with serve(db) as base:
            meta = httpx.get(f"{base}/api/meta", timeout=30).json()
            report["store_events"] = meta["counts"]["events"]
            paths = event_queries(base)
            actors = sorted({d[side] for d in meta["dyads"][:20] for side in ("a", "b")})
            report["distinct_queries"] = len(paths)
            for rate in args.rate or [0.0]:
                for fresh in args.fresh or [0.0]:
                    if args.tool == "wrk" and not rate and not fresh:
                        result = drive_wrk(base, paths, clients=args.clients,
                                           duration=args.duration)  # fmt: skip
                    else:
                        result = drive(base, paths, clients=args.clients, duration=args.duration,
                                       rate=rate, fresh=fresh, actors=actors)  # fmt: skip
                    report["runs"].append(result.summary())
    report["machine_after"] = machine()
    if args.json:
        print(json.dumps(report))
    else:
        print(f"dyadic serve over {report['store_events']:,} events, {report['distinct_queries']} "
              f"distinct event queries; machine {report['machine_before']}\n")  # fmt: skip
        print(markdown(report["runs"]))
        print(f"\nload after: {report['machine_after']['load_1m_5m_15m']}")
    failed = any(r["server_errors"] or r["connection_errors"] for r in report["runs"])
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
