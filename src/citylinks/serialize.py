"""One cattrs converter that knows every model: records to plain dicts (the JSON
export contract, format "1") and back.

Partial dates are written as ``YYYY``/``YYYY-MM``/``YYYY-MM-DD`` strings; tuples as
lists. ``structure`` refuses invalid data through the models' own validators.
``json_bytes`` writes such dicts as JSON that is always valid UTF-8.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterator
from typing import Any, TypeVar

import attrs
import cattrs
import orjson

from citylinks.models import Agreement, Document, Event, PartialDate, Partner, Source
from citylinks.sourcelist import SourceList
from citylinks.textsafety import without_surrogates

FORMAT_VERSION = "1"
T = TypeVar("T")


def sources_to_list(sources: SourceList) -> list[dict[str, Any]]:
    """A record's sources as the contract writes them, made from the list's rows (no ``Source`` objects)."""
    return [
        {"document": document, "start": start, "end": end, "text": text}
        for document, start, end, text in sources.rows()
    ]


def _structure_sources(value: Any, _: Any) -> SourceList:
    if isinstance(value, (str, bytes)):
        raise TypeError(f"sources: expected a list of sources (got {value!r})")
    return SourceList(converter.structure(item, Source) for item in value)


converter = cattrs.Converter()
converter.register_unstructure_hook(PartialDate, PartialDate.isoformat)
converter.register_structure_hook(PartialDate, lambda value, _: PartialDate.parse(value))
converter.register_unstructure_hook(SourceList, sources_to_list)
converter.register_structure_hook(SourceList, _structure_sources)


def document_to_dict(document: Document) -> dict[str, Any]:
    """A document's entry in ``documents`` (its text is not exported)."""
    data = converter.unstructure(document)
    data.pop("text", None)
    return data


def record_to_dict(record: Any) -> dict[str, Any]:
    """A partner, event or agreement as the contract writes it."""
    if isinstance(record, Document):
        return document_to_dict(record)
    return converter.unstructure(record)


def record_from_dict(cls: type[T], data: dict[str, Any]) -> T:
    """The inverse of ``record_to_dict`` for one model class."""
    if cls is Document:
        data = {"text": "", **data}
    return converter.structure(data, cls)


SOURCES_PER_PART = 2000


def record_json_parts(
    record: Any, option: int = 0, first: dict[str, Any] | None = None, per_part: int = SOURCES_PER_PART
) -> Iterator[bytes]:
    """``json_bytes({**first, **record_to_dict(record)}, option)`` in parts whose concatenation is those bytes.

    A record with more than ``per_part`` sources (a city that 100,000 articles mention)
    has its sources written ``per_part`` at a time, so that they never all stand as
    dicts and JSON at once; any other record is one part. ``option`` is 0 or
    ``orjson.OPT_INDENT_2``.
    """
    sources = getattr(record, "sources", None)
    if not isinstance(sources, SourceList) or len(sources) <= per_part:
        yield json_bytes({**(first or {}), **record_to_dict(record)}, option)
        return
    indented = bool(option & orjson.OPT_INDENT_2)
    data = {**(first or {}), **converter.unstructure(attrs.evolve(record, sources=()))}
    body = json_bytes(data, option)
    # "sources" is never a record's first key, and a comma, then a quote, only stands
    # between keys (inside a string a quote is escaped): this is the field itself.
    empty = b',\n  "sources": []' if indented else b',"sources":[]'
    at = body.index(empty) + len(empty) - 1
    yield body[:at]
    rows = sources.rows()
    separator = b""
    while chunk := list(itertools.islice(rows, per_part)):
        part = json_bytes(
            [{"document": document, "start": start, "end": end, "text": text} for document, start, end, text in chunk],
            option,
        )
        # the array's items without its brackets, one level deeper when indented
        yield separator + (part[1:-2].replace(b"\n", b"\n  ") if indented else part[1:-1])
        separator = b","
    yield (b"\n  " if indented else b"") + body[at:]


SECTIONS: dict[type, str] = {Document: "documents", Partner: "partners", Event: "events", Agreement: "agreements"}


def json_bytes(data: Any, option: int = 0) -> bytes:
    """``data`` as JSON with orjson; a lone surrogate in any string (a file name that is
    not UTF-8, a plugin's slip) becomes U+FFFD instead of failing the whole export."""
    try:
        return orjson.dumps(data, option=option)
    except orjson.JSONEncodeError:
        return orjson.dumps(_without_surrogates_in(data), option=option)


def _without_surrogates_in(value: Any) -> Any:
    if isinstance(value, str):
        return without_surrogates(value)
    if isinstance(value, dict):
        return {_without_surrogates_in(key): _without_surrogates_in(item) for key, item in value.items()}
    if isinstance(value, (list, tuple)):
        return [_without_surrogates_in(item) for item in value]
    return value
