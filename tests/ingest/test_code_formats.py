"""Every reader from the command line (`dyadic code --format X`) and the Python API."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest
from spacy.language import Language
from typer.testing import CliRunner
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

import dyadic
from dyadic.cli import app
from dyadic.model import Document, Reject

from .conftest import LocalServer


def _warc_file(inputs_dir: Path, tmp_path: Path) -> Path:
    out = io.BytesIO()
    writer = WARCWriter(out, gzip=True)
    headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html")], protocol="HTTP/1.1")
    page = (inputs_dir / "page.html").read_bytes()
    record = writer.create_warc_record(
        "https://news.example/chile", "response", payload=io.BytesIO(page), http_headers=headers
    )
    writer.write_record(record)
    path = tmp_path / "crawl.warc.gz"
    path.write_bytes(out.getvalue())
    return path


@pytest.mark.parametrize(
    ("name", "fmt", "extra", "coded", "rejected"),
    [
        ("article.txt", "text", [], 1, 0),
        ("articles.jsonl", "jsonl", [], 3, 3),
        ("articles.csv", "csv", ["--columns", "text=body,date=published,title=headline"], 2, 1),
        ("articles.tsv", "auto", [], 1, 0),
        ("page.html", "html", [], 1, 0),
        ("feed.atom", "rss", [], 1, 0),
        ("crawl.warc.gz", "warc", [], 1, 0),
    ],
)
def test_code_command_reads_every_format(
    nlp: Language,
    inputs_dir: Path,
    tmp_path: Path,
    *,
    name: str,
    fmt: str,
    extra: list[str],
    coded: int,
    rejected: int,
) -> None:
    path = _warc_file(inputs_dir, tmp_path) if name.endswith(".warc.gz") else inputs_dir / name
    out = tmp_path / "out.jsonl"
    args = ["code", str(path), "--format", fmt, "--no-store", "-o", str(out), *extra]
    result = CliRunner().invoke(app, args)
    assert f"coded {coded} + rejected {rejected}" in result.output, result.output
    assert result.exit_code == (1 if rejected else 0)
    documents = [json.loads(line) for line in out.read_text().splitlines()]
    assert len(documents) == coded
    assert all("events" in d and "quotes" in d for d in documents)


def test_code_command_reads_a_feed_url(
    nlp: Language, local_server: LocalServer, inputs_dir: Path, tmp_path: Path
) -> None:
    local_server.pages["/feed"] = ("application/rss+xml", (inputs_dir / "feed.atom").read_bytes())
    out = tmp_path / "out.jsonl"
    result = CliRunner().invoke(
        app, ["code", local_server.url("/feed"), "--no-store", "-o", str(out)]
    )
    assert result.exit_code == 0, result.output
    (document,) = [json.loads(line) for line in out.read_text().splitlines()]
    assert document["doc_id"] == "urn:fixture:finland"
    assert document["dateline"]["place"] == "Helsinki"


def test_code_command_bad_column_map_is_a_usage_error(inputs_dir: Path) -> None:
    result = CliRunner().invoke(
        app, ["code", str(inputs_dir / "articles.csv"), "--no-store", "--columns", "words=body"]
    )
    assert result.exit_code == 2
    assert "unknown field" in result.output


def test_python_api_reads_every_format(nlp: Language, inputs_dir: Path, tmp_path: Path) -> None:
    docs = dyadic.code_file(
        inputs_dir / "articles.csv", columns={"text": "body", "date": "published"}
    )
    assert [d.doc_id for d in docs] == ["csv-1", "csv-2"]
    assert all(isinstance(d, Document) for d in docs)
    (page,) = dyadic.code_file(inputs_dir / "page.html")
    assert page.published == "2022-05-04"
    assert page.dateline is not None and page.dateline.place == "Santiago"
    results = list(dyadic.iter_code([str(_warc_file(inputs_dir, tmp_path)), "missing.txt"]))
    assert [type(r).__name__ for r in results] == ["Document", "Reject"]
    assert isinstance(results[1], Reject)
