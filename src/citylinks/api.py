"""The Python API: ``extract`` a dataset from paths or article texts, then ``to_json``,
``to_networkx`` or ``to_dataframes``.

    import citylinks
    dataset = citylinks.extract(["news/", "one more article\\nits text..."])
    print(citylinks.api.to_json(dataset))

Each item handed to ``extract`` is a path or an article text:

- a ``pathlib.Path`` is always a path (a file, or a directory read recursively);
- ``bytes`` are always the raw bytes of one article (decoded as a file would be);
- a ``str`` is a path when it names an existing file or directory and contains
  no newline; otherwise it is the text of one article.

An input that cannot be used (an empty text, a binary file, a missing path) is
refused: ``extract`` warns with an ``InputRefusedWarning`` naming it and goes on,
or raises ``StrictModeError`` with ``strict=True``. ``extract_with_report`` also
returns the report (documents processed, refusals, notices).
"""

from __future__ import annotations

import functools
import os
import warnings
from collections.abc import Iterable, Iterator
from typing import Any

from citylinks.components import InputSource, Refusal
from citylinks.dataset import Dataset
from citylinks.decoding import byte_limit, current_max_bytes
from citylinks.inputs import iter_input_sources
from citylinks.pipeline import RunReport, StrictModeError, build_dataset, export_to_bytes
from citylinks.plugins import Registry, get_plugin_manager
from citylinks.serialize import record_to_dict

__all__ = [
    "InputRefusedWarning",
    "StrictModeError",
    "extract",
    "extract_with_report",
    "to_dataframes",
    "to_json",
    "to_networkx",
]

PathOrText = str | bytes | os.PathLike


class InputRefusedWarning(UserWarning):
    """An input given to ``extract`` could not be used; the message says which and why."""


@functools.lru_cache(maxsize=1)
def default_registry() -> Registry:
    """The registry of the usual plugin manager (built-ins and installed plugins), made once."""
    return get_plugin_manager()[1]


def _is_path(item: str) -> bool:
    return "\n" not in item and os.path.exists(item)


def _sources(items: Iterable[PathOrText]) -> Iterator[InputSource | Refusal]:
    for number, item in enumerate(items, start=1):
        if isinstance(item, bytes):
            yield InputSource(name=f"<bytes {number}>", data=item)
        elif isinstance(item, os.PathLike):
            yield from iter_input_sources([os.fspath(item)])
        elif isinstance(item, str):
            if _is_path(item):
                yield from iter_input_sources([item])
            else:
                yield InputSource(name=f"<text {number}>", data=item.encode("utf-8", "surrogatepass"))
        else:
            raise TypeError(f"extract() takes paths, texts or bytes, not {type(item).__name__} ({item!r})")


def _as_items(paths_or_texts: PathOrText | Iterable[PathOrText]) -> list[PathOrText]:
    # One str, bytes or path is one input, never a sequence of characters.
    if isinstance(paths_or_texts, (str, bytes, os.PathLike)):
        return [paths_or_texts]
    return list(paths_or_texts)


def extract_with_report(
    paths_or_texts: PathOrText | Iterable[PathOrText],
    *,
    registry: Registry | None = None,
    strict: bool = False,
    max_bytes: int | None = None,
) -> tuple[Dataset, RunReport]:
    """Like ``extract``, and the run's report; refusals are in the report, not warned about."""
    registry = registry or default_registry()
    with byte_limit(max_bytes or current_max_bytes()):
        return build_dataset(registry, sources=_sources(_as_items(paths_or_texts)), strict=strict)


def extract(
    paths_or_texts: PathOrText | Iterable[PathOrText],
    *,
    registry: Registry | None = None,
    strict: bool = False,
    max_bytes: int | None = None,
) -> Dataset:
    """Read, parse and enrich the given paths and article texts into one ``Dataset``.

    ``registry`` chooses the plugins (default: built-ins and installed plugins);
    ``max_bytes`` is the article size limit. Each refused input is a warning
    (``InputRefusedWarning``), or with ``strict=True`` raises ``StrictModeError``.
    """
    dataset, report = extract_with_report(paths_or_texts, registry=registry, strict=strict, max_bytes=max_bytes)
    for refusal in report.refusals:
        warnings.warn(str(refusal), InputRefusedWarning, stacklevel=2)
    return dataset


def to_json(dataset: Dataset, *, registry: Registry | None = None, **options: str) -> str:
    """The dataset as ``citylinks export --format json`` writes it (the JSON export contract)."""
    return export_to_bytes(registry or default_registry(), dataset, "json", options or None).decode("utf-8")


def to_networkx(dataset: Dataset) -> Any:
    """A ``networkx.MultiGraph``: one node per partner, one edge per relation between two partners.

    Every event and agreement links each pair of its partners; the edge key is the
    record's id and its attributes say what it is (``relation`` is ``event`` or
    ``agreement``, then ``kind``, ``date``, ...). Attributes that are unknown are
    left out rather than set to None, so the graph writes to GraphML as it is.
    """
    import networkx as nx

    graph = nx.MultiGraph()
    for partner_id in sorted(dataset.partners):
        partner = dataset.partners[partner_id]
        attributes: dict[str, Any] = {
            "name": partner.name,
            "kind": partner.kind,
            "country": partner.country,
            "parent": partner.parent,
        }
        if partner.aliases:
            attributes["aliases"] = "|".join(partner.aliases)
        if partner.geo is not None:
            attributes.update(lat=partner.geo.lat, lon=partner.geo.lon)
        graph.add_node(partner_id, **_known(attributes))
    for relation, table in (("event", dataset.events), ("agreement", dataset.agreements)):
        for record_id in sorted(table):
            record = table[record_id]
            data = record_to_dict(record)
            attributes = {
                "relation": relation,
                "kind": record.kind,
                "date": data.get("date"),
                "documents": _documents(record),
            }
            if relation == "event":
                attributes.update(location=data.get("location"), mode=data.get("mode"))
            else:
                attributes.update(status=data.get("status"))
            partners = [p for p in dict.fromkeys(record.partners) if p in dataset.partners]
            for index, first in enumerate(partners):
                for second in partners[index + 1 :]:
                    graph.add_edge(first, second, key=record_id, **_known(attributes))
    return graph


PANDAS_MISSING = 'to_dataframes() needs pandas, an optional extra: pip install "citylinks[pandas]"'

# The columns of each table, in order; list-valued columns hold Python lists (``DataFrame.explode`` unrolls them).
PARTNER_COLUMNS = ("id", "name", "kind", "country", "parent", "aliases", "lat", "lon", "same_as", "documents")
EVENT_COLUMNS = (
    "id",
    "kind",
    "date",
    "end_date",
    "location",
    "mode",
    "partners",
    "participants",
    "topics",
    "plover",
    "plover_mode",
    "cameo",
    "documents",
)
AGREEMENT_COLUMNS = ("id", "kind", "status", "date", "date_computed", "partners", "topics", "signed_at", "documents")


def to_dataframes(dataset: Dataset) -> dict[str, Any]:
    """Three ``pandas.DataFrame`` tables, keyed ``partners``, ``events`` and ``agreements``, one row per record.

    Rows are sorted by ``id``. Dates are strings as in the JSON export (``2023``,
    ``2023-02`` or ``2023-02-22``: a date may be known only to the year); a value
    that is not known is missing (``None`` or ``NaN``, as pandas stores it); ``partners`` of
    events and agreements are partner ids, ``documents`` are the ids of the articles that are a
    record's evidence.
    Needs pandas (``pip install "citylinks[pandas]"``); raises ``ImportError`` saying so.
    """
    try:
        import pandas as pd
    except ImportError as error:
        raise ImportError(PANDAS_MISSING) from error

    partners = []
    for partner_id in sorted(dataset.partners):
        partner = dataset.partners[partner_id]
        partners.append(
            {
                "id": partner.id,
                "name": partner.name,
                "kind": partner.kind,
                "country": partner.country,
                "parent": partner.parent,
                "aliases": list(partner.aliases),
                "lat": partner.geo.lat if partner.geo is not None else None,
                "lon": partner.geo.lon if partner.geo is not None else None,
                "same_as": list(partner.same_as),
                "documents": _document_list(partner),
            }
        )
    events = []
    for event_id in sorted(dataset.events):
        data = record_to_dict(dataset.events[event_id])
        data["participants"] = [participant["person"] for participant in data["participants"]]
        data["documents"] = _document_list(dataset.events[event_id])
        events.append({column: data.get(column) for column in EVENT_COLUMNS})
    agreements = []
    for agreement_id in sorted(dataset.agreements):
        data = record_to_dict(dataset.agreements[agreement_id])
        data["documents"] = _document_list(dataset.agreements[agreement_id])
        agreements.append({column: data.get(column) for column in AGREEMENT_COLUMNS})
    return {
        "partners": pd.DataFrame(partners, columns=list(PARTNER_COLUMNS)),
        "events": pd.DataFrame(events, columns=list(EVENT_COLUMNS)),
        "agreements": pd.DataFrame(agreements, columns=list(AGREEMENT_COLUMNS)),
    }


def _document_list(record: Any) -> list[str]:
    return sorted({source.document for source in record.sources})


def _known(attributes: dict[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in attributes.items() if value not in (None, "")}


def _documents(record: Any) -> str:
    return "|".join(sorted({source.document for source in record.sources}))
