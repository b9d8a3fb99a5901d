"""One cattrs converter that knows every model: records to plain dicts (the JSON
export contract, format "1") and back.

Partial dates are written as ``YYYY``/``YYYY-MM``/``YYYY-MM-DD`` strings; tuples as
lists. ``structure`` refuses invalid data through the models' own validators.
``json_bytes`` writes such dicts as JSON that is always valid UTF-8.
"""

from __future__ import annotations

from typing import Any, TypeVar

import cattrs
import orjson

from citylinks.models import Agreement, Document, Event, PartialDate, Partner
from citylinks.textsafety import without_surrogates

FORMAT_VERSION = "1"
T = TypeVar("T")

converter = cattrs.Converter()
converter.register_unstructure_hook(PartialDate, PartialDate.isoformat)
converter.register_structure_hook(PartialDate, lambda value, _: PartialDate.parse(value))


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
