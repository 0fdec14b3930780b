"""A small corpus in the project's own words, written to files for the parallel tests."""

from __future__ import annotations

import json
from pathlib import Path

STORIES: list[tuple[str, str, str]] = [
    ("p01", "2021-06-16", "U.S. President Joe Biden met Russian President Vladimir Putin in "
     "Geneva on Wednesday. The two leaders discussed arms control."),
    ("p02", "2022-03-01", "Russian forces shelled Kharkiv on Tuesday. Ukraine accused Moscow of "
     "attacking civilians."),
    ("p03", "2021-03-22", "The European Union imposed sanctions on Chinese officials over abuses "
     "in Xinjiang. Beijing retaliated with sanctions on European lawmakers."),
    ("p04", "2022-04-05", 'BERLIN (Wire) - Germany expelled 40 Russian diplomats. "We will not '
     'accept this," Foreign Minister Annalena Baerbock said.'),
    ("p05", "2021-05-24", "The EU demanded the release of a journalist detained in Minsk after "
     "Belarus forced a Ryanair flight to land."),
    ("p06", "2022-11-14", "Chinese President Xi Jinping and Joe Biden met in Bali and agreed to "
     "resume talks on climate change."),
    ("p07", "2021-08-26", "Two suicide bombers attacked crowds outside Kabul airport, killing "
     "dozens of Afghans and 13 U.S. troops."),
]  # fmt: skip


def write_jsonl(path: Path, *, poison: str | None = None, bad_line: bool = True) -> Path:
    """The stories as JSONL, with one malformed line; ``poison`` is appended to story p03."""
    lines = []
    for doc_id, date, text in STORIES:
        body = f"{text} {poison}" if poison and doc_id == "p03" else text
        lines.append(json.dumps({"id": doc_id, "date": date, "text": body}))
        if bad_line and doc_id == "p02":
            lines.append("{not json")
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def write_texts(folder: Path, *, poison: str | None = None) -> list[Path]:
    """The first four stories as text files (read by the worker itself)."""
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for doc_id, _, text in STORIES[:4]:
        path = folder / f"{doc_id}.txt"
        body = f"{text} {poison}" if poison and doc_id == "p02" else text
        path.write_text(body, encoding="utf-8")
        paths.append(path)
    return paths
