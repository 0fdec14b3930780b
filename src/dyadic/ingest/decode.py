"""Bytes to text: compression sniffed from magic bytes, UTF-8 first, then detection."""

from __future__ import annotations

import bz2
import codecs
import lzma
import re
import zlib

from charset_normalizer import from_bytes

from dyadic.errors import InputError

#: Inputs larger than this (after decompression) are rejected rather than parsed.
MAX_INPUT_BYTES = 200 * 1024 * 1024

_MAGIC: tuple[tuple[bytes, str], ...] = (
    (b"\x1f\x8b", "gzip"),
    (b"BZh", "bz2"),
    (b"\xfd7zXZ\x00", "xz"),
)


def sniff_compression(head: bytes) -> str | None:
    """The compression named by the magic bytes at the start of ``head``, if any."""
    for magic, name in _MAGIC:
        if head.startswith(magic):
            return name
    return None


def decompress(data: bytes, *, origin: str = "-", limit: int = MAX_INPUT_BYTES) -> bytes:
    """Decompress ``data`` if its magic bytes say it is compressed.

    Raises:
        InputError: the data is truncated or corrupt, or larger than ``limit`` once expanded.
    """
    kind = sniff_compression(data[:8])
    if kind is None:
        return data
    try:
        if kind == "gzip":
            out = _bounded_gunzip(data, limit)
        elif kind == "bz2":
            out = bz2.decompress(data)
        else:
            out = lzma.decompress(data)
    except (OSError, EOFError, zlib.error, lzma.LZMAError, ValueError) as exc:
        raise InputError(
            f"{origin}: corrupt or truncated {kind} data ({exc})", stage="ingest"
        ) from exc
    if len(out) > limit:
        raise InputError(f"{origin}: larger than {limit} bytes once decompressed", stage="ingest")
    return out


def _bounded_gunzip(data: bytes, limit: int) -> bytes:
    decoder = zlib.decompressobj(16 + zlib.MAX_WBITS)
    out = bytearray()
    view = memoryview(data)
    while view:
        out += decoder.decompress(view, limit + 1 - len(out))
        if len(out) > limit:
            break
        view = memoryview(decoder.unconsumed_tail)
        if decoder.eof:
            rest = decoder.unused_data
            if rest.strip(b"\x00"):
                decoder = zlib.decompressobj(16 + zlib.MAX_WBITS)  # concatenated members
                view = memoryview(rest)
            else:
                break
    if not decoder.eof and len(out) <= limit:
        raise EOFError("compressed stream ended before the end-of-stream marker")
    return bytes(out)


#: Byte-order marks of the UTF-16 and UTF-32 encodings (UTF-32 first: its LE mark starts like
#: UTF-16's).
_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
#: UTF-8 sequences of two to four bytes (a text that has them is UTF-8, even if some bytes are not).
_UTF8_MULTIBYTE = re.compile(
    rb"[\xc2-\xdf][\x80-\xbf]|[\xe0-\xef][\x80-\xbf]{2}|[\xf0-\xf4][\x80-\xbf]{3}"
)


def bom_encoding(data: bytes) -> str | None:
    """The UTF-16/UTF-32 encoding a byte-order mark at the start of ``data`` names, if any."""
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return encoding
    return None


def _cp1252_fallback(error: UnicodeError) -> tuple[str, int]:
    """Codec error handler: bytes that are not UTF-8 are read as Windows-1252 (undefined bytes
    become U+FFFD)."""
    if not isinstance(error, UnicodeDecodeError):
        raise error
    bad = error.object[error.start : error.end]
    return bad.decode("cp1252", errors="replace"), error.end


codecs.register_error("dyadic-cp1252", _cp1252_fallback)


def decode_text(data: bytes) -> str:
    """Decode bytes: UTF-8 (with or without BOM), UTF-16/32 with a BOM, mostly-UTF-8 text with
    stray single-byte characters (mixed encodings: the stray bytes are read as Windows-1252),
    else the detected encoding, else UTF-8 with replacement characters."""
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        pass
    bom = bom_encoding(data)
    if bom:
        return data.decode(bom, errors="replace")
    if _UTF8_MULTIBYTE.search(data[:200_000]):
        return data.decode("utf-8", errors="dyadic-cp1252").removeprefix("\ufeff")
    encoding = detect_encoding(data[:200_000])
    if encoding:
        try:
            return data.decode(encoding)
        except (UnicodeDecodeError, LookupError):
            pass
    return data.decode("utf-8", errors="replace")


#: Among equally likely single-byte guesses, the encoding Western news sites use most.
_PREFERRED = "cp1252"


def detect_encoding(data: bytes) -> str | None:
    """The most likely encoding of non-UTF-8 bytes (charset-normalizer); on a near tie between
    guesses, which short texts often give, Windows-1252 (Western European) is preferred."""
    matches = list(from_bytes(data))
    if not matches:
        return None
    best = matches[0]
    for match in matches:
        if (
            match.encoding == _PREFERRED
            and match.chaos <= best.chaos
            and match.coherence >= best.coherence - 0.1
        ):
            return _PREFERRED
    return str(best.encoding) if best.encoding else None


def looks_binary(data: bytes) -> bool:
    """True when the bytes are not text (NUL bytes or mostly control characters)."""
    head = data[:4096]
    if bom_encoding(head):
        return False
    if b"\x00" in head:
        return True
    if not head:
        return False
    controls = sum(1 for b in head if b < 9 or 13 < b < 32)
    return controls / len(head) > 0.1
