"""A folder of bad inputs among good ones, written here (no news text from anywhere else).

Every bad input names the reject reason it must get (a substring), so a test can check that each
one is set aside for the right reason and that nothing else is.
"""

from __future__ import annotations

import gzip
import io
import json
from dataclasses import dataclass
from pathlib import Path

from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

#: English sentences with clear events; each good document is built from them.
STORIES = (
    "Russia accused Ukraine of shelling civilian areas near Donetsk on Monday, officials said.",
    "France criticised Germany over its energy policy on Tuesday.",
    "China met officials from Japan in Beijing on Friday to discuss trade.",
    "The United States imposed sanctions on Iran over its missile programme on Wednesday.",
    "NATO praised Finland for its restraint during the border dispute.",
    "Turkey threatened Greece with retaliation over the survey ship on Thursday.",
)
GERMAN = (
    "Die Bundesregierung hat am Montag neue Sanktionen gegen Russland beschlossen, teilte das "
    "Auswärtige Amt in Berlin mit. Die Maßnahmen treten sofort in Kraft und betreffen auch "
    "mehrere Banken. Der Kanzler sagte, man werde die Ukraine weiter unterstützen, so lange es "
    "nötig sei, und die Regierung stehe fest an der Seite ihrer Partner in Europa."
)
SPANISH = (
    "El gobierno español anunció el lunes nuevas sanciones contra Rusia, informó el Ministerio "
    "de Asuntos Exteriores en Madrid. El presidente dijo que España seguirá apoyando a Ucrania "
    "todo el tiempo que sea necesario y que la Unión Europea debe mantenerse unida."
)
RUSSIAN = (
    "Министерство иностранных дел России в понедельник заявило о новых мерах в ответ на санкции "
    "Европейского союза. Президент сказал, что Москва будет защищать свои интересы и не "
    "допустит давления со стороны западных стран, сообщили в Кремле."
)


def story(i: int) -> str:
    """A short English news item."""
    return f"{STORIES[i % len(STORIES)]} {STORIES[(i + 1) % len(STORIES)]}"


@dataclass(frozen=True)
class Expected:
    """What an input in the folder must give: documents coded (ids) and rejects (reasons)."""

    coded: tuple[str, ...] = ()
    rejected: tuple[str, ...] = ()  # a reason substring per reject
    #: damaged input: the documents before the damage are coded (a non-empty prefix of
    #: ``coded``), and a record cut in half may add a reject with one of ``maybe`` as reason
    prefix: bool = False
    maybe: tuple[str, ...] = ()


def _gzip_truncated(lines: list[str]) -> bytes:
    data = gzip.compress(("\n".join(lines) + "\n").encode("utf-8"))
    return data[: len(data) * 2 // 3]


def _warc(pages: list[tuple[str, str]], *, truncate: bool) -> bytes:
    buffer = io.BytesIO()
    writer = WARCWriter(buffer, gzip=True)
    for url, body in pages:
        html = (
            f"<html><head><title>t</title></head><body><article><p>{body}</p></article>"
            "</body></html>"
        )
        headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html; charset=utf-8")],
                                   protocol="HTTP/1.1")  # fmt: skip
        record = writer.create_warc_record(
            url, "response", payload=io.BytesIO(html.encode("utf-8")), http_headers=headers
        )
        writer.write_record(record)
    data = buffer.getvalue()
    return data[: len(data) - 200] if truncate else data


def _page(body: str, *, date: str | None = None) -> str:
    meta = f'<meta property="article:published_time" content="{date}">' if date else ""
    return (
        f"<!DOCTYPE html><html><head><title>Report</title>{meta}</head><body><article>"
        f"<h1>Report</h1><p>{body}</p><p>{body}</p></article></body></html>"
    )


def write_bad_inputs(folder: Path) -> dict[str, Expected]:
    """Write the bad (and good) inputs into ``folder``; return what each file must give."""
    folder.mkdir(parents=True, exist_ok=True)
    expected: dict[str, Expected] = {}

    def put(name: str, data: bytes, want: Expected) -> None:
        (folder / name).write_bytes(data)
        expected[name] = want

    put("good.txt", story(0).encode(), Expected(coded=("good",)))
    put("empty.txt", b"", Expected(rejected=("empty document",)))
    put("blank.txt", b" \n\t\r\n  ", Expected(rejected=("empty document",)))
    put("image.txt", b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 8,
        Expected(rejected=("binary content",)))  # fmt: skip
    put("latin1.txt", ("Café owners in Zürich said " + story(1)).encode("cp1252"),
        Expected(coded=("latin1",)))  # fmt: skip
    mixed = ("Naïve tourists — " + story(2)).encode() + " Café crème.".encode("cp1252")
    put("mixed-encodings.txt", mixed, Expected(coded=("mixed-encodings",)))
    put("invalid-utf8.txt", story(3).encode() + b"\xff\xfe\xc3\x28\x80 " + story(4).encode(),
        Expected(coded=("invalid-utf8",)))  # fmt: skip
    put("utf16.txt", story(5).encode("utf-16"), Expected(coded=("utf16",)))
    put("german.txt", GERMAN.encode(), Expected(rejected=("not English",)))
    put("one-long-line.txt", (" ".join(story(i) for i in range(60)) * 14).encode(),
        Expected(coded=("one-long-line",)))  # fmt: skip
    lines = [
        json.dumps({"id": "j1", "text": story(1), "date": "2022-03-01"}),
        '{"id": "j-broken", "text": ',
        "this is not JSON",
        json.dumps({"id": "j-baddate", "text": story(2), "date": "32/13/2021"}),
        json.dumps({"id": "j-year0", "text": story(2), "date": "0001-01-01"}),
        json.dumps(["a", "list"]),
        json.dumps({"id": "j-notext", "title": "no text"}),
        json.dumps({"id": "j-es", "text": SPANISH, "date": "2022-03-02"}),
        json.dumps({"id": "j-ru", "text": RUSSIAN, "date": "2022-03-02"}),
        '{"id": "j-surrogate", "text": "' + story(3) + ' \\ud800 end.", "date": "2022-03-03"}',
        json.dumps({"id": "j2", "text": story(4), "date": "2022-03-04"}),
    ]
    put("mixed.jsonl", ("\n".join(lines) + "\n").encode(),
        Expected(coded=("j1", "j-surrogate", "j2"),
                 rejected=("invalid JSON", "invalid JSON", "unreadable date '32/13/2021'",
                           "outside the years", "not a JSON object", "has no 'text' field",
                           "not English", "not English")))  # fmt: skip
    gz_lines = [json.dumps({"id": f"gz{i}", "text": story(i)}) for i in range(40)]
    put("truncated.jsonl.gz", _gzip_truncated(gz_lines),
        Expected(coded=tuple(f"gz{i}" for i in range(40)), rejected=("data ends early",),
                 prefix=True, maybe=("invalid JSON",)))  # fmt: skip
    put("truncated.warc.gz", _warc([(f"https://example.org/{i}", story(i)) for i in range(3)],
                                   truncate=True),
        Expected(coded=tuple(f"https://example.org/{i}" for i in range(3)),
                 rejected=("data ends early",), prefix=True))  # fmt: skip
    nested = "<div>" * 50_000 + f"<p>{story(0)}</p>" + "</div>" * 50_000
    put("nested.html", f"<html><body>{nested}</body></html>".encode(),
        Expected(rejected=("no main text",)))  # fmt: skip
    put("bad-meta-date.html", _page(story(5), date="32/13/2021").encode(),
        Expected(coded=("bad-meta-date",)))  # fmt: skip
    broken_feed = (
        '<?xml version="1.0"?><rss version="2.0"><channel><title>Wire</title>'
        f"<item><guid>f1</guid><title>One</title><description>{story(0) * 8}</description></item>"
        f"<item><guid>f2</guid><title>Two</title><description>{story(1) * 8}</description>"
        "</item><item><title>Three & <b>four</description></channel>"
    )
    put("broken.rss", broken_feed.encode(),
        Expected(coded=("f1", "f2"), rejected=("item has no text", "broken XML")))  # fmt: skip
    return expected
