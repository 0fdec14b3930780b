"""Readers: every input format to raw documents or rejects, never a crash, never a silent loss."""

from __future__ import annotations

import bz2
import gzip
import io
import json
from pathlib import Path

import pytest
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from dyadic.errors import InputError
from dyadic.ingest import FORMATS, RawDocument, read_bytes, read_inputs
from dyadic.model import Reject

from .conftest import LocalServer


def _docs(items: list[RawDocument | Reject]) -> list[RawDocument]:
    return [i for i in items if isinstance(i, RawDocument)]


def _rejects(items: list[RawDocument | Reject]) -> list[Reject]:
    return [i for i in items if isinstance(i, Reject)]


def test_formats_list_every_reader() -> None:
    assert set(FORMATS) == {"auto", "text", "jsonl", "csv", "html", "rss", "warc"}


def test_unknown_format_is_a_usage_error(inputs_dir: Path) -> None:
    with pytest.raises(InputError, match="unknown format"):
        list(read_inputs([str(inputs_dir / "article.txt")], fmt="pdf"))


# -- plain text -----------------------------------------------------------------------------------


def test_text_file_is_one_document_named_after_the_file(inputs_dir: Path) -> None:
    items = list(read_inputs([str(inputs_dir / "article.txt")]))
    assert len(items) == 1
    doc = items[0]
    assert isinstance(doc, RawDocument)
    assert doc.doc_id == "article"
    assert doc.text.startswith("GENEVA (Dyadic Wire)")
    assert doc.published is None


@pytest.mark.parametrize(
    ("data", "reason"),
    [
        (b"", "empty document"),
        (b"   \n\t ", "empty document"),
        (b"\x00\x01\x02binary\x00", "binary content"),
    ],
)
def test_text_bad_inputs_are_rejected_with_a_reason(data: bytes, reason: str) -> None:
    items = list(read_bytes(data, origin="bad.txt", fmt="text"))
    assert len(items) == 1
    assert isinstance(items[0], Reject)
    assert reason in items[0].reason


def test_text_in_latin1_is_decoded() -> None:
    data = "Le président a rencontré le ministre à Genève, a déclaré le porte-parole.".encode(
        "latin-1"
    )
    (doc,) = list(read_bytes(data, origin="latin.txt", fmt="text"))
    assert isinstance(doc, RawDocument)
    assert "président" in doc.text and "Genève" in doc.text


@pytest.mark.parametrize("compress", [gzip.compress, bz2.compress])
def test_compression_is_sniffed_from_magic_bytes_not_the_name(compress) -> None:  # type: ignore[no-untyped-def]
    data = compress(b"Ministers of Peru and Chile met in Lima on Monday.")
    (doc,) = list(read_bytes(data, origin="no-suffix", fmt="auto"))
    assert isinstance(doc, RawDocument)
    assert doc.text.startswith("Ministers of Peru")


def test_missing_inputs_become_rejects_and_the_rest_is_read(inputs_dir: Path) -> None:
    items = list(read_inputs(["no/such/file.txt", str(inputs_dir / "article.txt"), "nothing*.zzz"]))
    assert [type(i).__name__ for i in items] == ["Reject", "RawDocument", "Reject"]
    assert "no such file" in items[0].reason  # type: ignore[union-attr]
    assert "no files match" in items[2].reason  # type: ignore[union-attr]


def test_folder_is_walked_for_known_suffixes(inputs_dir: Path, tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("Kenya and Uganda signed a border accord on Friday.")
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "b.txt").write_text("Ghana hosted talks in Accra on Monday.")
    (tmp_path / "notes.docx").write_bytes(b"PK\x03\x04")
    (tmp_path / ".hidden.txt").write_text("hidden")
    items = list(read_inputs([str(tmp_path)]))
    assert sorted(i.doc_id for i in _docs(items)) == ["a", "b"]  # type: ignore[misc]


def test_stdin_is_read_as_a_stream() -> None:
    stream = io.BytesIO(b'{"id": "s1", "text": "Chile recalled its ambassador."}\n')
    (doc,) = list(read_inputs(["-"], stdin=stream))
    assert isinstance(doc, RawDocument)
    assert doc.doc_id == "s1"
    assert doc.origin == "-"


# -- JSONL ---------------------------------------------------------------------------------------


def test_jsonl_good_and_bad_lines(inputs_dir: Path) -> None:
    items = list(read_inputs([str(inputs_dir / "articles.jsonl")]))
    # documents in = coded + rejected: every non-blank line yields exactly one item
    assert len(items) == 6
    docs = {d.doc_id: d for d in _docs(items)}
    assert docs["fx-1"].published == "2022-03-01"
    assert docs["fx-1"].title == "Ministers meet"
    assert docs["fx-1"].url == "https://example.org/fx-1"
    assert docs["fx-2"].published == "2022-03-02"  # "2 March 2022" normalised
    assert any(d.text.startswith("A record without an id") for d in docs.values())
    rejects = {r.position: r for r in _rejects(items)}
    assert "invalid JSON" in rejects[3].reason
    assert rejects[4].reason == "empty document" and rejects[4].doc_id == "fx-4"
    assert "unreadable date" in rejects[5].reason


def test_jsonl_column_map_renames_fields(tmp_path: Path) -> None:
    path = tmp_path / "export.jsonl"
    path.write_text(
        json.dumps({"uid": "e1", "body": "Peru and Chile met.", "published": "2020-01-02"})
    )
    (doc,) = list(read_inputs([str(path)], columns="id=uid,text=body,date=published"))
    assert isinstance(doc, RawDocument)
    assert (doc.doc_id, doc.text, doc.published) == ("e1", "Peru and Chile met.", "2020-01-02")


def test_json_array_file(tmp_path: Path) -> None:
    path = tmp_path / "export.json"
    records = [{"id": "a1", "text": "Chile and Peru met."}, {"id": "a2"}, "not a record"]
    path.write_text(json.dumps(records, indent=2))
    items = list(read_inputs([str(path)]))
    assert [type(i).__name__ for i in items] == ["RawDocument", "Reject", "Reject"]
    assert [i.position for i in items] == [1, 2, 3]


def test_jsonl_gz_is_streamed_line_by_line(tmp_path: Path) -> None:
    lines = [json.dumps({"id": f"g{i}", "text": f"Story number {i}."}) for i in range(500)]
    path = tmp_path / "big.jsonl.gz"
    path.write_bytes(gzip.compress(("\n".join(lines) + "\n").encode()))
    items = list(read_inputs([str(path)]))
    assert len(items) == 500
    assert items[-1].position == 500


def test_truncated_gzip_keeps_the_records_before_the_damage(tmp_path: Path) -> None:
    lines = [json.dumps({"id": f"t{i}", "text": "x " * 50 + str(i)}) for i in range(3000)]
    data = gzip.compress(("\n".join(lines) + "\n").encode())
    path = tmp_path / "cut.jsonl.gz"
    path.write_bytes(data[: len(data) // 2])
    items = list(read_inputs([str(path)]))
    docs, rejects = _docs(items), _rejects(items)
    assert len(docs) > 1000, "records before the damage are kept"
    # the line cut in half is a broken record; then the damage itself is reported
    assert len(rejects) <= 2
    assert "data ends early" in rejects[-1].reason
    assert "reading stopped after record" in rejects[-1].reason


# -- CSV -----------------------------------------------------------------------------------------


def test_csv_with_a_column_map(inputs_dir: Path) -> None:
    items = list(
        read_inputs(
            [str(inputs_dir / "articles.csv")], columns="text=body,date=published,title=headline"
        )
    )
    docs = _docs(items)
    assert [d.doc_id for d in docs] == ["csv-1", "csv-2"]
    assert docs[1].title == "Protest, then calm"
    assert docs[1].published == "2021-11-06"
    assert "police said" in docs[1].text
    (reject,) = _rejects(items)
    assert reject.doc_id == "csv-3" and reject.reason == "empty document"


def test_csv_without_the_text_column_is_rejected_with_the_columns_named(inputs_dir: Path) -> None:
    (reject,) = list(read_inputs([str(inputs_dir / "articles.csv")]))
    assert isinstance(reject, Reject)
    assert "'text'" in reject.reason and "'body'" in reject.reason and "--columns" in reject.reason


def test_tsv_uses_tabs(inputs_dir: Path) -> None:
    (doc,) = list(read_inputs([str(inputs_dir / "articles.tsv")]))
    assert isinstance(doc, RawDocument)
    assert doc.doc_id == "tsv-1" and doc.published == "2020-02-03"


@pytest.mark.parametrize(
    ("content", "encoding"),
    [
        ("id;text\nsc-1;Le ministre a visité Genève lundi.\n", "utf-8"),
        ("id;text\nsc-1;Le ministre a visité Genève lundi.\n", "cp1252"),
    ],
)
def test_csv_semicolons_and_encodings(tmp_path: Path, content: str, encoding: str) -> None:
    path = tmp_path / "semi.csv"
    path.write_bytes(content.encode(encoding))
    (doc,) = list(read_inputs([str(path)], fmt="csv"))
    assert isinstance(doc, RawDocument)
    assert doc.text == "Le ministre a visité Genève lundi."


def test_csv_row_with_wrong_cell_count_is_rejected(tmp_path: Path) -> None:
    path = tmp_path / "ragged.csv"
    path.write_text('id,text\nr1,"Fine row."\nr2,"Too",many,cells\n')
    items = list(read_inputs([str(path)]))
    assert [type(i).__name__ for i in items] == ["RawDocument", "Reject"]
    assert "cells" in items[1].reason  # type: ignore[union-attr]


@pytest.mark.parametrize("spec", ["text", "text=", "body=text", "text=body,,words=x"])
def test_bad_column_maps_are_usage_errors(inputs_dir: Path, spec: str) -> None:
    with pytest.raises(InputError):
        list(read_inputs([str(inputs_dir / "articles.csv")], columns=spec))


# -- HTML ----------------------------------------------------------------------------------------


def test_html_page_main_text_and_metadata(inputs_dir: Path) -> None:
    (doc,) = list(read_inputs([str(inputs_dir / "page.html")]))
    assert isinstance(doc, RawDocument)
    assert doc.doc_id == "page"
    assert doc.title == "Chile and Argentina agree on border crossings"
    assert doc.published == "2022-05-04"  # the page's own time zone, not UTC
    assert doc.source == "Fixture News"
    assert doc.text.startswith("SANTIAGO (Fixture News) -"), "the headline line is not in the text"
    assert "Home" not in doc.text and "Copyright" not in doc.text
    assert "\n\n" in doc.text  # paragraphs kept


def test_html_without_main_text_is_rejected() -> None:
    page = b"<html><head><title>x</title></head><body><nav>Home | World</nav></body></html>"
    (reject,) = list(read_bytes(page, origin="empty.html"))
    assert isinstance(reject, Reject)
    assert "no main text" in reject.reason


# -- feeds ---------------------------------------------------------------------------------------


def test_rss_items_with_bodies_and_dates_in_their_own_zone(inputs_dir: Path) -> None:
    items = list(read_inputs([str(inputs_dir / "feed.rss")], follow_links=False))
    assert len(items) == 3
    first, second, third = items
    assert isinstance(first, RawDocument)
    assert first.doc_id == "fixture-peru-ecuador"
    assert first.published == "2022-02-10"  # 23:30 at -05:00 is still 10 February there
    assert first.source == "Fixture World News"
    assert first.text.startswith("LIMA (Fixture News) - The foreign ministers")
    assert "<p>" not in first.text
    assert isinstance(second, RawDocument)
    assert second.text.startswith("Mongolia signed a trade agreement")
    assert isinstance(third, Reject)
    assert third.doc_id == "fixture-empty" and "no text" in third.reason


def test_atom_feed(inputs_dir: Path) -> None:
    (doc,) = list(read_inputs([str(inputs_dir / "feed.atom")]))
    assert isinstance(doc, RawDocument)
    assert doc.doc_id == "urn:fixture:finland"
    assert doc.published == "2023-04-02"
    assert doc.text.startswith("HELSINKI (Fixture News)")


def test_feed_from_a_url_follows_links_of_bodiless_items(
    local_server: LocalServer, inputs_dir: Path
) -> None:
    article = (inputs_dir / "page.html").read_bytes()
    feed = f"""<?xml version="1.0"?><rss version="2.0"><channel><title>Local</title>
<item><title>Teaser</title><link>{local_server.url("/story")}</link>
<guid>local-1</guid><pubDate>Wed, 04 May 2022 12:00:00 -0300</pubDate>
<description>Chile and Argentina agree.</description></item>
<item><title>Broken link</title><link>{local_server.url("/gone")}</link><guid>local-2</guid></item>
</channel></rss>""".encode()
    local_server.pages["/feed.xml"] = ("application/rss+xml", feed)
    local_server.pages["/story"] = ("text/html; charset=utf-8", article)
    items = list(read_inputs([local_server.url("/feed.xml")]))
    assert len(items) == 2
    doc, reject = items
    assert isinstance(doc, RawDocument)
    assert doc.doc_id == "local-1"
    assert doc.text.startswith("SANTIAGO (Fixture News)")
    assert doc.published == "2022-05-04"
    assert doc.source == "Local"
    assert isinstance(reject, Reject)
    assert "HTTP 404" in reject.reason
    assert reject.doc_id is None, "a failed fetch is retried by watch, so it carries no id"
    assert "/story" in local_server.hits


def test_not_a_feed_is_rejected() -> None:
    (reject,) = list(read_bytes(b"<?xml version='1.0'?><nothing/>", origin="x.rss", fmt="rss"))
    assert isinstance(reject, Reject)
    assert "not a readable RSS/Atom feed" in reject.reason


# -- WARC ----------------------------------------------------------------------------------------


def _warc(records: list[tuple[str, str, bytes, str]], *, compress: bool) -> bytes:
    """A WARC file with (record type, URL, payload, content type) records."""
    out = io.BytesIO()
    writer = WARCWriter(out, gzip=compress)
    for rec_type, url, payload, content_type in records:
        if rec_type == "response":
            status = "404 Not Found" if url.endswith("/missing") else "200 OK"
            headers = StatusAndHeaders(
                status, [("Content-Type", content_type)], protocol="HTTP/1.1"
            )
            record = writer.create_warc_record(
                url, "response", payload=io.BytesIO(payload), http_headers=headers
            )
        else:
            record = writer.create_warc_record(
                url, rec_type, payload=io.BytesIO(payload), warc_content_type=content_type
            )
        writer.write_record(record)
    return out.getvalue()


@pytest.mark.parametrize("compress", [False, True])
def test_warc_html_responses_become_documents(
    inputs_dir: Path, tmp_path: Path, compress: bool
) -> None:
    page = (inputs_dir / "page.html").read_bytes()
    data = _warc(
        [
            ("request", "https://news.example/a", b"GET /a HTTP/1.1\r\n\r\n", "application/http"),
            ("response", "https://news.example/a", page, "text/html; charset=utf-8"),
            ("response", "https://news.example/logo.png", b"\x89PNG....", "image/png"),
            ("response", "https://news.example/missing", b"<html>gone</html>", "text/html"),
            ("response", "https://news.example/empty", b"<html><body></body></html>", "text/html"),
            ("metadata", "https://news.example/a", b"fetchTimeMs: 12", "application/warc-fields"),
        ],
        compress=compress,
    )
    path = tmp_path / ("crawl.warc.gz" if compress else "crawl.warc")
    path.write_bytes(data)
    items = list(read_inputs([str(path)]))
    docs, rejects = _docs(items), _rejects(items)
    assert len(docs) == 1
    doc = docs[0]
    assert doc.doc_id == "https://news.example/a"
    assert doc.url == "https://news.example/a"
    assert doc.published == "2022-05-04"
    assert doc.retrieved is not None  # the WARC-Date, a fallback for the publication date
    assert doc.text.startswith("SANTIAGO (Fixture News)")
    assert len(rejects) == 1 and "no main text" in rejects[0].reason
    assert rejects[0].doc_id == "https://news.example/empty"


def test_truncated_warc_gz_keeps_its_good_records(inputs_dir: Path) -> None:
    page = (inputs_dir / "page.html").read_bytes()
    records = [("response", f"https://news.example/{n}", page, "text/html") for n in range(3)]
    data = _warc(records, compress=True)
    items = list(read_bytes(data[: len(data) - 300], origin="cut.warc.gz"))  # inside record 3
    assert [type(i).__name__ for i in items[:2]] == ["RawDocument", "RawDocument"]
    assert isinstance(items[-1], Reject)
    assert "data ends early" in items[-1].reason


def test_warc_without_pages_is_rejected_not_silently_empty() -> None:
    data = _warc(
        [("request", "https://news.example/a", b"GET /a HTTP/1.1\r\n\r\n", "application/http")],
        compress=False,
    )
    (reject,) = list(read_bytes(data, origin="requests.warc"))
    assert isinstance(reject, Reject)
    assert "no HTML pages" in reject.reason and "request records" in reject.reason


# -- auto detection ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "expected_id"),
    [
        ("article.txt", "article"),
        ("articles.tsv", "tsv-1"),
        ("page.html", "page"),
        ("feed.atom", "urn:fixture:finland"),
    ],
)
def test_auto_format_by_name_and_content(inputs_dir: Path, name: str, expected_id: str) -> None:
    items = list(read_inputs([str(inputs_dir / name)], follow_links=False))
    assert items[0].doc_id == expected_id


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        (b'{"id": "j", "text": "Sniffed as JSONL."}\n', "j"),
        (
            b"<!DOCTYPE html><html><body><article><p>"
            + b"Sniffed as HTML. " * 20
            + b"</p></article></body></html>",
            "page",
        ),
    ],
)
def test_auto_format_by_content_without_a_suffix(
    tmp_path: Path, content: bytes, expected: str
) -> None:
    path = tmp_path / "page"
    path.write_bytes(content)
    (doc,) = list(read_inputs([str(path)]))
    assert isinstance(doc, RawDocument)
    assert doc.doc_id == expected
