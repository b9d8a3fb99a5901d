"""Turning an input's bytes into text: BOMs, UTF-8, UTF-16 and legacy encodings.

Binary data and bytes no encoding explains are refused with a reason, never
guessed into garbage. Line endings (CRLF, lone CR) become LF and the text is put
in Unicode NFC (Vietnamese typed with combining tone marks reads like Vietnamese
typed with precomposed letters), so that character offsets refer to the text
every later stage sees: ``normalise_text`` is that last step, for readers whose
text does not come from ``decode_bytes`` (JSON Lines).

The size limit for one article is ``DEFAULT_MAX_BYTES`` unless a caller sets
another for a block of work with ``with byte_limit(n):`` (``citylinks export
--max-bytes``); every reader that calls ``decode_bytes`` or ``current_max_bytes``
honours it, without an option threaded through each reader.
"""

from __future__ import annotations

import codecs
import contextlib
import contextvars
import unicodedata
from collections.abc import Iterator

# News articles, even saved pages with their scripts, are far smaller. The parse of a
# page dense with place names costs about 11 s and 130 MB of memory per MB of
# text, so 10 MB keeps the worst article under 2 GB; --max-bytes raises it.
DEFAULT_MAX_BYTES = 10 * 1024 * 1024

# A context variable, not a module global, so that one run's limit never leaks
# into another run in the same process (threads, tests, library calls).
_max_bytes: contextvars.ContextVar[int] = contextvars.ContextVar("citylinks_max_bytes", default=DEFAULT_MAX_BYTES)

_BOMS = (
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
_LEGACY = ("cp1258", "cp1252", "latin-1")
# Short Western or Vietnamese texts fit many code pages equally well (cp775 reads
# "é" as "ķ" with no more chaos than cp1252); among equally good candidates, the
# code pages our sources actually use win.
_PREFERRED = ("cp1258", "cp1252")
_CHAOS_TIE = 0.02
_CONTROL_OK = {"\t", "\n", "\r", "\f", "\v"}


class DecodeError(ValueError):
    """The bytes are not text citylinks can read; the message is the one-line reason."""


def too_large(size: int | str, max_bytes: int) -> DecodeError:
    """The refusal of an input over the size limit (``size`` in bytes, or words such as "more than N")."""
    return DecodeError(f"too large ({size} bytes; the limit is {max_bytes}, see --max-bytes)")


# Every byte but the control characters text does not use; deleting these leaves the rest to count.
_NOT_STRAY_CONTROLS = bytes(b for b in range(256) if b >= 32 or b in (9, 10, 11, 12, 13, 27))


def _looks_binary(data: bytes) -> bool:
    sample = data[:8192]
    if b"\x00" in sample:
        return True
    controls = len(sample.translate(None, _NOT_STRAY_CONTROLS))
    return controls > max(8, len(sample) // 50)


def current_max_bytes() -> int:
    """The article size limit in force (``DEFAULT_MAX_BYTES`` unless ``byte_limit`` set one)."""
    return _max_bytes.get()


@contextlib.contextmanager
def byte_limit(max_bytes: int) -> Iterator[None]:
    """Within the block, articles larger than ``max_bytes`` are refused."""
    if max_bytes < 1:
        raise ValueError(f"the article size limit must be at least 1 byte (got {max_bytes})")
    token = _max_bytes.set(max_bytes)
    try:
        yield
    finally:
        _max_bytes.reset(token)


def normalise_newlines(text: str) -> str:
    return text.replace("\r\n", "\n").replace("\r", "\n")


def normalise_text(text: str) -> str:
    """Line endings as LF and the text in NFC: what every reader hands on as a document's text."""
    text = normalise_newlines(text)
    # The check is a fast scan; most text is NFC already and is then not copied again.
    return text if unicodedata.is_normalized("NFC", text) else unicodedata.normalize("NFC", text)


def decode_bytes(data: bytes, max_bytes: int | None = None) -> str:
    """Decode an article's bytes; raise ``DecodeError`` with a one-line reason if it is not text."""
    if max_bytes is None:
        max_bytes = current_max_bytes()
    if len(data) > max_bytes:
        raise too_large(len(data), max_bytes)
    if not data.strip():
        raise DecodeError("empty")
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return normalise_text(data.decode(encoding))
            except UnicodeDecodeError as error:
                raise DecodeError(f"broken {encoding} text after its byte-order mark ({error.reason})") from None
    if _looks_binary(data):
        raise DecodeError("not text (binary)")
    try:
        return normalise_text(data.decode("utf-8"))
    except UnicodeDecodeError:
        pass
    # Windows-1258 writes Vietnamese tones as combining marks; composed text is what
    # the gazetteer and the parsers match against.
    return normalise_text(_decode_legacy(data))


def _decode_legacy(data: bytes) -> str:
    try:
        from charset_normalizer import from_bytes
    except ImportError:  # pragma: no cover - charset_normalizer is a dependency
        pass
    else:
        text = _detected(from_bytes(data, cp_isolation=None), data)
        if text is not None and _plausible(text):
            return text
    for encoding in _LEGACY:
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError:
            continue
        if _plausible(text):
            return text
    raise DecodeError("not valid UTF-8 and no known encoding explains the bytes")


def _detected(matches, data: bytes) -> str | None:
    best = matches.best()
    if best is None or not best.encoding or best.chaos >= 0.2:
        return None
    for match in matches:
        if match.chaos > best.chaos + _CHAOS_TIE:
            continue
        for encoding in _PREFERRED:
            if encoding in match.could_be_from_charset:
                try:
                    return data.decode(encoding)
                except UnicodeDecodeError:
                    continue
    return str(best)


def _plausible(text: str) -> bool:
    if not text:
        return False
    bad = sum(1 for c in text if (ord(c) < 32 and c not in _CONTROL_OK) or 0x80 <= ord(c) < 0xA0 or c == "\ufffd")
    return bad <= len(text) // 200
