"""Opening inputs as byte streams: files, standard input and URLs, decompressed on the fly.

Readers never see compressed bytes and never need a whole corpus in memory: a file is opened as a
stream, its compression is sniffed from its magic bytes, and the first bytes of the decompressed
stream are kept aside (``head``) so that the format can be sniffed without consuming them.
"""

from __future__ import annotations

import bz2
import io
import logging
import lzma
import sys
import urllib.error
import urllib.request
import zlib
from collections.abc import Iterator
from contextlib import ExitStack, contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any, Protocol

from dyadic.errors import InputError
from dyadic.ingest.decode import sniff_compression

logger = logging.getLogger(__name__)

#: How many decompressed bytes are kept aside to sniff an input's format.
HEAD_BYTES = 64 * 1024
#: Pages and feeds fetched over HTTP larger than this are rejected.
MAX_FETCH_BYTES = 20 * 1024 * 1024
#: Seconds to wait for an HTTP server before giving up on a URL.
FETCH_TIMEOUT = 20.0
USER_AGENT = "dyadic/0.1 (political event coder; +https://github.com/dyadic/dyadic)"


def is_url(text: str) -> bool:
    """True for http(s) URLs (the only schemes Dyadic fetches)."""
    return text.lower().startswith(("http://", "https://"))


@dataclass(frozen=True, slots=True)
class Fetched:
    """A page or feed fetched over HTTP."""

    url: str
    content: bytes
    content_type: str | None


def fetch_url(url: str, *, limit: int = MAX_FETCH_BYTES, timeout: float = FETCH_TIMEOUT) -> Fetched:
    """Fetch ``url`` (http or https only), following redirects.

    Raises:
        InputError: the scheme is not http(s), the server failed or timed out, or the body is
            larger than ``limit``.
    """
    if not is_url(url):
        raise InputError(f"{url}: only http and https URLs are fetched", stage="ingest")
    request = urllib.request.Request(url, headers={"User-Agent": USER_AGENT, "Accept": "*/*"})
    try:
        with urllib.request.urlopen(request, timeout=timeout) as response:
            content = response.read(limit + 1)
            content_type = response.headers.get_content_type() if response.headers else None
            final = response.geturl() or url
    except urllib.error.HTTPError as exc:
        raise InputError(f"{url}: HTTP {exc.code} {exc.reason}", stage="ingest") from exc
    except (urllib.error.URLError, TimeoutError, OSError, ValueError) as exc:
        reason = getattr(exc, "reason", exc)
        raise InputError(f"{url}: could not fetch ({reason})", stage="ingest") from exc
    if len(content) > limit:
        raise InputError(f"{url}: larger than {limit} bytes", stage="ingest")
    return Fetched(final, content, content_type)


class _Readable(Protocol):
    def read(self, size: int = -1, /) -> bytes: ...


class _Prefixed(io.RawIOBase):
    """A stream that serves ``head`` first, then the rest of ``rest``.

    An error from ``rest`` (damaged compressed data) ends the stream cleanly and is kept in
    ``error``: buffered readers above then hand out every byte that came before it.
    """

    def __init__(self, head: bytes, rest: _Readable, *, error: Exception | None = None) -> None:
        super().__init__()
        self._head = memoryview(head)
        self._rest = rest
        self.error = error

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: memoryview | bytearray) -> int:  # type: ignore[override]
        if self._head:
            n = min(len(buffer), len(self._head))
            buffer[:n] = self._head[:n]
            self._head = self._head[n:]
            return n
        if self.error is not None:
            return 0
        try:
            data = self._rest.read(len(buffer))
        except (OSError, EOFError, lzma.LZMAError, ValueError) as exc:
            self.error = exc
            return 0
        n = len(data)
        buffer[:n] = data
        return n


@dataclass
class Input:
    """An opened input: a decompressed byte stream and what is known about it.

    Attributes:
        origin: the path, URL or "-" it came from.
        stream: the decompressed bytes, from the start (``head`` included).
        head: the first bytes of the decompressed stream, for sniffing.
        content_type: the HTTP content type, for URLs.
        compression: "gzip", "bz2", "xz" or None.
    """

    origin: str
    stream: io.BufferedReader[Any]
    head: bytes
    content_type: str | None = None
    compression: str | None = None
    raw: _Prefixed | None = None

    @property
    def damaged(self) -> str | None:
        """Why the input's data ended early (truncated or corrupt compressed data), once a
        reader has reached that point; the reader saw a clean end of data there."""
        if self.raw is not None and self.raw.error is not None:
            return str(self.raw.error)
        return None

    @property
    def name(self) -> str:
        """The origin's file name without compression suffixes (lower-cased), for sniffing."""
        name = self.origin.lower().split("?", 1)[0].rstrip("/")
        for suffix in (".gz", ".bz2", ".xz"):
            name = name.removesuffix(suffix)
        return name

    def read_all(self, limit: int) -> bytes:
        """The whole stream, or InputError when it is larger than ``limit`` bytes."""
        data = self.stream.read(limit + 1)
        if len(data) > limit:
            raise InputError(f"{self.origin}: larger than {limit} bytes", stage="ingest")
        return data


@contextmanager
def open_input(
    origin: str,
    *,
    stdin: IO[bytes] | None = None,
    timeout: float = FETCH_TIMEOUT,
    data: bytes | None = None,
) -> Iterator[Input]:
    """Open a path, a URL or "-" as a decompressed stream (``data``: bytes already read, named
    ``origin``).

    Raises:
        InputError: the input cannot be opened, fetched or decompressed.
    """
    with ExitStack() as stack:
        content_type = None
        raw: IO[bytes]
        if data is not None:
            raw = io.BytesIO(data)
        elif origin == "-":
            raw = stdin if stdin is not None else sys.stdin.buffer
        elif is_url(origin):
            fetched = fetch_url(origin, timeout=timeout)
            raw = io.BytesIO(fetched.content)
            content_type = fetched.content_type
        else:
            try:
                raw = stack.enter_context(Path(origin).open("rb"))
            except OSError as exc:
                raise InputError(
                    f"{origin}: cannot open ({exc.strerror or exc})", stage="ingest"
                ) from exc
        magic, raw = _peek(raw, 8)
        kind = sniff_compression(magic)
        stream: _Readable = raw
        if kind == "gzip":
            stream = _GunzipStream(raw)
        elif kind == "bz2":
            stream = stack.enter_context(bz2.BZ2File(raw, mode="rb"))
        elif kind == "xz":
            stream = stack.enter_context(lzma.LZMAFile(raw, mode="rb"))
        head, error = _read_head(stream)
        if error is not None and not head:
            raise InputError(f"{origin}: corrupt {kind} data ({error})", stage="ingest") from error
        prefixed = _Prefixed(head, stream, error=error)
        reader = io.BufferedReader(prefixed, buffer_size=HEAD_BYTES)
        yield Input(origin, reader, head, content_type, kind, prefixed)


def _read_head(stream: _Readable) -> tuple[bytes, Exception | None]:
    """Up to HEAD_BYTES from the stream, and the error that cut it short (damaged compressed
    data), so that the records before the damage can still be read."""
    chunks: list[bytes] = []
    size = 0
    while size < HEAD_BYTES:
        try:
            chunk = stream.read(min(16384, HEAD_BYTES - size))
        except (OSError, EOFError, lzma.LZMAError, ValueError) as exc:
            return b"".join(chunks), exc
        if not chunk:
            break
        chunks.append(chunk)
        size += len(chunk)
    return b"".join(chunks), None


class _GunzipStream:
    """Streaming gunzip (concatenated members too) that hands out every byte it could decompress
    before reporting a truncated or corrupt stream, so records before the damage are kept."""

    def __init__(self, raw: _Readable) -> None:
        self._raw = raw
        self._decoder = zlib.decompressobj(16 + zlib.MAX_WBITS)
        self._buffer = bytearray()
        self._error: Exception | None = None
        self._done = False

    def read(self, size: int = -1, /) -> bytes:
        want = size if size >= 0 else 1 << 62
        while len(self._buffer) < want and not self._done and self._error is None:
            self._fill()
        if not self._buffer and self._error is not None:
            raise self._error
        n = min(want, len(self._buffer))
        out = bytes(self._buffer[:n])
        del self._buffer[:n]
        return out

    def _fill(self) -> None:
        chunk = self._raw.read(65536)
        try:
            if not chunk:
                if not self._decoder.eof:
                    self._error = EOFError("compressed stream ended before its end marker")
                self._done = True
                return
            self._buffer += self._decoder.decompress(chunk)
            while self._decoder.eof and self._decoder.unused_data:
                rest = self._decoder.unused_data
                if not rest.strip(b"\x00"):
                    break
                self._decoder = zlib.decompressobj(16 + zlib.MAX_WBITS)  # next member
                self._buffer += self._decoder.decompress(rest)
        except zlib.error as exc:
            self._error = OSError(f"corrupt gzip data ({exc})")


def _peek(raw: IO[bytes], n: int) -> tuple[bytes, IO[bytes]]:
    """The first ``n`` bytes of ``raw`` and a stream that still starts with them."""
    peek = getattr(raw, "peek", None)
    if peek is not None:
        data: bytes = peek(n)[:n]
        if len(data) >= n:
            return data, raw
    head = raw.read(n)
    return head, io.BufferedReader(_Prefixed(head, raw))
