"""Turning an input's bytes into text: BOMs, UTF-8, UTF-16 and legacy encodings.

Binary data and bytes no encoding explains are refused with a reason, never
guessed into garbage. Line endings (CRLF, lone CR) become LF, so that character
offsets refer to the text every later stage sees.
"""

from __future__ import annotations

import codecs

DEFAULT_MAX_BYTES = 30 * 1024 * 1024

_BOMS = (
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
_LEGACY = ("cp1258", "cp1252", "latin-1")
_CONTROL_OK = {"\t", "\n", "\r", "\f", "\v"}


class DecodeError(ValueError):
    """The bytes are not text citylinks can read; the message is the one-line reason."""


def _looks_binary(data: bytes) -> bool:
    sample = data[:8192]
    if b"\x00" in sample:
        return True
    controls = sum(1 for b in sample if b < 32 and b not in (9, 10, 12, 13, 11, 27))
    return controls > max(8, len(sample) // 50)


def normalise_newlines(text: str) -> str:
    return text.replace("\r\n", "\n").replace("\r", "\n")


def decode_bytes(data: bytes, max_bytes: int = DEFAULT_MAX_BYTES) -> str:
    """Decode an article's bytes; raise ``DecodeError`` with a one-line reason if it is not text."""
    if len(data) > max_bytes:
        raise DecodeError(f"too large ({len(data)} bytes; the limit is {max_bytes}, see --max-bytes)")
    if not data.strip():
        raise DecodeError("empty")
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return normalise_newlines(data.decode(encoding))
            except UnicodeDecodeError as error:
                raise DecodeError(f"broken {encoding} text after its byte-order mark ({error.reason})") from None
    if _looks_binary(data):
        raise DecodeError("not text (binary)")
    try:
        return normalise_newlines(data.decode("utf-8"))
    except UnicodeDecodeError:
        pass
    return normalise_newlines(_decode_legacy(data))


def _decode_legacy(data: bytes) -> str:
    try:
        from charset_normalizer import from_bytes
    except ImportError:  # pragma: no cover - charset_normalizer is a dependency
        from_bytes = None
    if from_bytes is not None:
        best = from_bytes(data, cp_isolation=None).best()
        if best is not None and best.encoding and best.chaos < 0.2:
            text = str(best)
            if _plausible(text):
                return text
    for encoding in _LEGACY:
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError:
            continue
        if _plausible(text):
            return text
    raise DecodeError("not valid UTF-8 and no known encoding explains the bytes")


def _plausible(text: str) -> bool:
    if not text:
        return False
    bad = sum(1 for c in text if (ord(c) < 32 and c not in _CONTROL_OK) or 0x80 <= ord(c) < 0xA0 or c == "\ufffd")
    return bad <= len(text) // 200
