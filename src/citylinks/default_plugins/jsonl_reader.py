"""Built-in reader for JSON Lines of articles, as news crawlers write them.

One JSON object per line. The article text comes from the first present field of
``text``, ``content``, ``body``, ``maintext``, ``article``; the title from ``title``
or ``headline``; the publication date from ``date``, ``published``,
``date_publish``, ``pubdate``, ``publish_date`` or ``datePublished`` (ISO dates and
date-times, ``DD/MM/YYYY``, RSS ``Thu, 20 May 2021 10:00:00 GMT``); the document's path from ``url``, ``link`` or
``source_url`` (else ``file:line``); the language from ``language`` or ``lang``.
Text and title get LF line endings and Unicode NFC, as decoded files do.

A bad line is refused as ``file:line`` with its reason and the rest of the file
is still read; a file with no line at all is refused as empty, and a gzipped
file that inflates more than ``INFLATION_RATIO`` times its size (a gzip bomb) is
read no further. Files ending in ``.jsonl``, ``.ndjson`` (optionally ``.gz``) are
claimed. The file is read line by line, so a crawl of any size reads in
constant memory; each line is held to the article size limit (``--max-bytes``).
"""

from __future__ import annotations

import datetime as dt
import email.utils
import gzip
import io
import os
import re
import zlib
from collections.abc import Iterator
from types import TracebackType
from typing import TYPE_CHECKING, Any, Protocol

import orjson

from citylinks.article import checked_date, make_document
from citylinks.components import InputSource, Notice, Reader, Refusal
from citylinks.decoding import current_max_bytes, normalise_text
from citylinks.hookspecs import hookimpl
from citylinks.models import Document, PartialDate

if TYPE_CHECKING:
    from typing_extensions import Self

TEXT_FIELDS = ("text", "content", "body", "maintext", "article")
TITLE_FIELDS = ("title", "headline")
DATE_FIELDS = ("date", "published", "date_publish", "pubdate", "publish_date", "datePublished")
URL_FIELDS = ("url", "link", "source_url")
LANGUAGE_FIELDS = ("language", "lang")
SUFFIXES = (".jsonl", ".ndjson", ".jsonl.gz", ".ndjson.gz")
# A gzipped file may inflate to INFLATION_RATIO times its size (at least INFLATION_FLOOR bytes).
INFLATION_RATIO = 100
INFLATION_FLOOR = 1_000_000

_ISO_DATE = re.compile(r"^(\d{4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?(?:[T ][0-9:.,]+)?(?:Z|[+-]\d{2}:?\d{2})?$")
_DMY_DATE = re.compile(r"^(\d{1,2})/(\d{1,2})/(\d{4})(?:[ ,T]+[0-9:.]+(?:\s*[AaPp][Mm])?)?$")
_LANGUAGE = re.compile(r"^([A-Za-z]{2,3})(?:[-_][A-Za-z0-9]+)*$")


class _LineStream(Protocol):
    """What the reader needs of a file: its lines, and closing it at the end of a ``with``."""

    def readline(self, size: int = -1, /) -> bytes: ...

    def __enter__(self) -> object: ...

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, traceback: TracebackType | None, /
    ) -> object: ...


class JsonLinesReader(Reader):
    name = "jsonl"
    description = "JSON Lines of articles (text/content/body, title, date, url, language per line)"

    def read(self, source: InputSource) -> Iterator[Document | Refusal | Notice]:
        stream = _open_lines(source)
        with stream:
            try:
                yield from self._read_lines(source.name, stream)
            except (gzip.BadGzipFile, EOFError, zlib.error) as error:
                yield Refusal(source.name, f"not a readable gzip file ({error})")
            except GzipBombError as error:
                yield Refusal(source.name, str(error))

    def _read_lines(self, name: str, stream: _LineStream) -> Iterator[Document | Refusal | Notice]:
        limit = current_max_bytes()
        anything = False
        for lineno, (raw, size) in enumerate(_bounded_lines(stream, limit), start=1):
            where = f"{name}:{lineno}"
            if raw is None:
                anything = True
                yield Refusal(where, f"line too large ({size} bytes; the limit is {limit}, see --max-bytes)")
                continue
            line = raw[3:] if lineno == 1 and raw.startswith(b"\xef\xbb\xbf") else raw
            if line.strip():
                anything = True
                yield from _read_record(where, line)
        if not anything:
            yield Refusal(name, "empty")


def _bounded_lines(stream: _LineStream, limit: int) -> Iterator[tuple[bytes | None, int]]:
    """Each line with its size; a line over the limit comes as ``(None, size)`` and is never held whole."""
    while True:
        line = stream.readline(limit + 1)
        if not line:
            return
        if len(line) <= limit:
            yield line, len(line)
            continue
        size = len(line)
        while not line.endswith(b"\n"):
            line = stream.readline(1 << 20)
            if not line:
                break
            size += len(line)
        yield None, size


class GzipBombError(ValueError):
    """A gzip file that inflates far beyond what text compresses to."""


class _InflationLimit:
    """A gzip stream that gives at most ``limit`` bytes, then raises ``GzipBombError``.

    Text compresses about 3 to 20 times; a gzip bomb (a small file of nothing but
    newlines or zeros) inflates a thousand times and would cost hours of reading.
    """

    def __init__(self, stream: gzip.GzipFile, compressed: int) -> None:
        self.stream = stream
        self.limit = max(INFLATION_FLOOR, INFLATION_RATIO * compressed)
        self.given = 0

    def readline(self, size: int = -1) -> bytes:
        line = self.stream.readline(size)
        self.given += len(line)
        if self.given > self.limit:
            raise GzipBombError(
                f"inflates to more than {self.limit} bytes, over {INFLATION_RATIO} times its size (a gzip bomb?): "
                "not read further"
            )
        return line

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.stream.close()


def _open_lines(source: InputSource) -> _LineStream:
    gzipped = source.name.endswith(".gz")
    if source.data is not None:
        stream = io.BytesIO(source.data)
        return _InflationLimit(gzip.GzipFile(fileobj=stream), len(source.data)) if gzipped else stream
    assert source.path is not None
    if gzipped:
        return _InflationLimit(gzip.open(source.path, "rb"), os.path.getsize(source.path))
    return open(source.path, "rb")


def _read_record(where: str, raw: bytes) -> Iterator[Document | Refusal | Notice]:
    try:
        record = orjson.loads(raw)
    except orjson.JSONDecodeError as error:
        yield Refusal(where, f"not valid JSON ({_first_line(str(error))})")
        return
    if not isinstance(record, dict):
        yield Refusal(where, f"JSON line is not an object (it is {_json_type(record)})")
        return
    text = _first_text(record, TEXT_FIELDS)
    if text is None:
        yield Refusal(where, "no text field (expected one of " + ", ".join(TEXT_FIELDS) + ")")
        return
    published = None
    raw_date = _first_present(record, DATE_FIELDS)
    if raw_date is not None:
        published = parse_published(raw_date)
        if published is None:
            yield Notice(where, f"publication date {raw_date!r} is impossible or not understood; treated as unknown")
    language = None
    raw_language = _first_text(record, LANGUAGE_FIELDS)
    if raw_language is not None:
        language = normalise_language(raw_language)
        if language is None:
            yield Notice(where, f"language {raw_language!r} is not an ISO 639 code; identified from the text instead")
    url = _first_text(record, URL_FIELDS)
    title = _first_text(record, TITLE_FIELDS)
    document, problems = make_document(
        normalise_text(text),
        path=url or where,
        title=normalise_text(title) if title is not None else None,
        published=published,
        language=language,
    )
    for problem in problems:
        yield Notice(where, problem)
    yield document


def parse_published(value: Any) -> PartialDate | None:
    """A publication date from a crawler's field: ISO date or date-time, ``DD/MM/YYYY`` or RFC 2822.

    The date is taken as written, before any time-zone offset: it is the day the
    publisher printed on the article. None when the value is not a date or names
    a day the calendar does not have.
    """
    if not isinstance(value, str):
        return None
    text = value.strip()
    match = _ISO_DATE.match(text)
    if match:
        year, month, day = match.groups()
        if day is not None:
            return checked_date(int(year), int(month), int(day))
        if not 1900 <= int(year) <= dt.date.today().year + 1:
            return None
        if month is None:
            return PartialDate(int(year))
        return PartialDate(int(year), int(month)) if 1 <= int(month) <= 12 else None
    match = _DMY_DATE.match(text)
    if match:
        day, month, year = (int(part) for part in match.groups())
        return checked_date(year, month, day)
    rfc2822 = email.utils.parsedate(text)
    if rfc2822 is not None:
        year, month, day = rfc2822[:3]
        return checked_date(year, month, day)
    return None


def normalise_language(value: str) -> str | None:
    """``en``, ``EN``, ``en-US``, ``vi_VN`` → ``en``/``vi``; None when it is no language code."""
    match = _LANGUAGE.match(value.strip())
    return match.group(1).lower() if match else None


def _first_present(record: dict, fields: tuple[str, ...]) -> Any:
    for field in fields:
        value = record.get(field)
        if value not in (None, ""):
            return value
    return None


def _first_text(record: dict, fields: tuple[str, ...]) -> str | None:
    for field in fields:
        value = record.get(field)
        if isinstance(value, str) and value.strip():
            return value
    return None


def _json_type(value: Any) -> str:
    if isinstance(value, list):
        return "an array"
    if isinstance(value, str):
        return "a string"
    if isinstance(value, bool):
        return "a boolean"
    if value is None:
        return "null"
    return "a number"


def _first_line(message: str) -> str:
    return message.splitlines()[0] if message else "parse error"


@hookimpl
def citylinks_register_readers(register):
    register(JsonLinesReader)


@hookimpl
def citylinks_choose_reader(path, head, readers):
    if "jsonl" in readers and path.lower().endswith(SUFFIXES):
        return "jsonl"
    return None
