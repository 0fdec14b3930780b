"""Watching feeds: only items not seen before are coded; the store remembers what was seen."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

import pytest
from spacy.language import Language
from typer.testing import CliRunner

from dyadic.cli import app
from dyadic.errors import UsageError
from dyadic.ingest.record import RawDocument
from dyadic.ingest.watch import FeedWatcher, parse_interval, watch_feeds
from dyadic.model import Reject
from dyadic.store.db import Store

from .conftest import LocalServer

_ITEM = """<item><title>{title}</title><guid>{guid}</guid>
<pubDate>Mon, 07 Mar 2022 10:00:00 +0000</pubDate>
<description><![CDATA[<p>{body}</p>]]></description><content:encoded><![CDATA[<p>{body}</p>]]>
</content:encoded></item>"""


def _feed(items: Sequence[tuple[str, str]]) -> bytes:
    body = "".join(
        _ITEM.format(
            title=f"Story {guid}",
            guid=guid,
            body=text + " " + "The talks covered trade, energy and border crossings. " * 4,
        )
        for guid, text in items
    )
    return (
        '<?xml version="1.0"?><rss version="2.0" '
        'xmlns:content="http://purl.org/rss/1.0/modules/content/">'
        f"<channel><title>Watch Desk</title>{body}</channel></rss>"
    ).encode()


FIRST = [
    ("w-1", "The foreign ministers of Peru and Chile met in Lima on Monday."),
    ("w-2", "Kenya recalled its ambassador to Uganda on Monday."),
]
NEW = ("w-3", "Ghana and Togo signed a border agreement in Accra on Monday.")


@pytest.mark.parametrize(
    ("text", "seconds"),
    [("15m", 900.0), ("90s", 90.0), ("1h", 3600.0), ("2d", 172800.0), ("45", 45.0), ("0.5m", 30.0)],
)
def test_parse_interval_good(text: str, seconds: float) -> None:
    assert parse_interval(text) == seconds


@pytest.mark.parametrize("text", ["", "soon", "15x", "-5m", "0", "m15"])
def test_parse_interval_bad(text: str) -> None:
    with pytest.raises(UsageError):
        parse_interval(text)


def test_watcher_yields_only_unseen_items(local_server: LocalServer) -> None:
    local_server.pages["/rss"] = ("application/rss+xml", _feed(FIRST))
    stored: set[str] = {"w-2"}  # already in the store

    def known(ids: Sequence[str]) -> set[str]:
        return stored & set(ids)

    watcher = FeedWatcher([local_server.url("/rss")], known=known)
    first = list(watcher.poll())
    assert [d.doc_id for d in first] == ["w-1"]
    assert isinstance(first[0], RawDocument)
    assert list(watcher.poll()) == [], "seen in this process"
    local_server.pages["/rss"] = ("application/rss+xml", _feed([*FIRST, NEW]))
    assert [d.doc_id for d in watcher.poll()] == ["w-3"]


def test_watcher_reports_an_unreachable_feed_and_goes_on(local_server: LocalServer) -> None:
    local_server.pages["/rss"] = ("application/rss+xml", _feed(FIRST))
    watcher = FeedWatcher(
        [local_server.url("/missing"), local_server.url("/rss")], known=lambda ids: set()
    )
    items = list(watcher.poll())
    assert isinstance(items[0], Reject)
    assert "HTTP 404" in items[0].reason
    assert [i.doc_id for i in items[1:]] == ["w-1", "w-2"]


def test_watch_feeds_codes_new_items_into_the_store(
    nlp: Language, local_server: LocalServer, tmp_path: Path
) -> None:
    local_server.pages["/rss"] = ("application/rss+xml", _feed(FIRST))
    db = tmp_path / "watch.duckdb"
    waits: list[float] = []

    def fake_sleep(seconds: float) -> None:
        waits.append(seconds)
        local_server.pages["/rss"] = ("application/rss+xml", _feed([*FIRST, NEW]))

    summaries = watch_feeds(
        [local_server.url("/rss")], db=db, every=60.0, polls=2, sleep=fake_sleep
    )
    assert [(s.new, s.coded, s.rejected) for s in summaries] == [(2, 2, 0), (1, 1, 0)]
    assert len(waits) == 1 and 0 < waits[0] <= 60.0
    with Store(db, read_only=True) as store:
        assert store.known_documents(["w-1", "w-2", "w-3", "w-4"]) == {"w-1", "w-2", "w-3"}
    # a new process (nothing in memory) still skips what the store holds
    again = watch_feeds([local_server.url("/rss")], db=db, polls=1)
    assert (again[0].new, again[0].coded) == (0, 0)


def test_watch_command_polls_and_appends_event_json(
    nlp: Language, local_server: LocalServer, tmp_path: Path
) -> None:
    local_server.pages["/rss"] = ("application/rss+xml", _feed(FIRST))
    out = tmp_path / "events.jsonl"
    db = tmp_path / "cli.duckdb"
    runner = CliRunner()
    args = ["watch", local_server.url("/rss"), "--polls", "1", "--db", str(db), "-o", str(out)]
    result = runner.invoke(app, args)
    assert result.exit_code == 0, result.output
    assert "poll 1: 2 new items = coded 2 + rejected 0" in result.output
    assert len(out.read_text().splitlines()) == 2
    result = runner.invoke(app, args)
    assert "poll 1: 0 new items" in result.output
    assert len(out.read_text().splitlines()) == 2


def test_watch_command_rejects_a_bad_interval(tmp_path: Path) -> None:
    result = CliRunner().invoke(app, ["watch", "http://127.0.0.1:9/rss", "--every", "soon"])
    assert result.exit_code == 2
    assert "interval" in result.output
