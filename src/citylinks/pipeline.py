"""The citylinks pipeline: inputs → readers → documents → parsers → enrichers → exporter.

Readers and parsers yield, so only the kept records grow with the input, and all
of them but the partners wait in a temporary file (``citylinks.recordstore``).
The parse stage runs on an engine (``--jobs`` worker processes, a cluster) and
answers what it can from the parse cache (``citylinks.cache``); documents are read
here and their results merged here in input order, so every engine gives the same
output. A refusal (an input, or part of one, that cannot be used; a plugin that fails on
one document) is reported through ``on_refusal`` and the run goes on, unless
``strict`` is set.
"""

from __future__ import annotations

import io
import traceback
from collections.abc import Callable, Iterable, Iterator
from typing import IO, TYPE_CHECKING

import attrs

from citylinks.components import Engine, InputSource, Notice, ParsedDocument, Refusal
from citylinks.dataset import Dataset
from citylinks.folding import RecordFolder
from citylinks.inputs import iter_input_sources
from citylinks.models import Agreement, Document, Event
from citylinks.parsing import parse_stream
from citylinks.plugins import Registry
from citylinks.recordstore import RecordStore
from citylinks.sourcelist import TextSpill, spilled_record

if TYPE_CHECKING:
    from citylinks.cache import ParseCache

HEAD_BYTES = 4096
# The built-in rule parser stops at 500 records of its own accord
# (citylinks.extraction.parser.MAX_RECORDS_PER_DOCUMENT); this holds every parser to it.
DEFAULT_MAX_RECORDS = 500


class StrictModeError(RuntimeError):
    """Raised in strict mode at the first refusal."""


@attrs.define
class RunReport:
    """How many inputs were processed and which were refused."""

    documents: int = 0
    refusals: list[Refusal] = attrs.field(factory=list)
    notices: list[Notice] = attrs.field(factory=list)


def choose_reader(registry: Registry, source: InputSource) -> str | None:
    head = source.data[:HEAD_BYTES] if source.data is not None else _head(source.path)
    return registry.pm.hook.citylinks_choose_reader(path=source.name, head=head, readers=registry.readers())


def _head(path: str | None) -> bytes:
    assert path is not None
    with open(path, "rb") as handle:
        return handle.read(HEAD_BYTES)


def build_dataset(
    registry: Registry,
    paths: Iterable[str] = (),
    sources: Iterable[InputSource | Refusal] = (),
    on_refusal: Callable[[Refusal], None] | None = None,
    on_document: Callable[[Document], None] | None = None,
    on_notice: Callable[[Notice], None] | None = None,
    strict: bool = False,
    engine: Engine | None = None,
    cache: ParseCache | None = None,
    max_records: int = DEFAULT_MAX_RECORDS,
) -> tuple[Dataset, RunReport]:
    """Read, parse and enrich every input; return the dataset and a report.

    ``engine`` runs the parse stage (None: in this process); ``cache`` answers the
    documents parsed before (None: parse everything). Of one document's records,
    the first ``max_records`` are kept and a notice says how many were dropped.
    """
    # Documents, events and agreements wait in a temporary file, not in memory (in memory without one).
    store = RecordStore.open()
    dataset = Dataset.on_disk(store) if store is not None else Dataset()
    report = RunReport()

    def refuse(refusal: Refusal) -> None:
        report.refusals.append(refusal)
        if on_refusal is not None:
            on_refusal(refusal)
        if strict:
            raise StrictModeError(str(refusal))

    readers = registry.readers()

    def all_sources():
        yield from iter_input_sources(paths)
        yield from sources

    folder = RecordFolder(store)  # merges records that share an id in O(n log n), not O(n²)
    # The evidence sentences of the records kept in memory wait on disk too, until they are exported.
    spill = TextSpill()
    in_store = (Event, Agreement) if store is not None else ()

    def merge(parsed: ParsedDocument) -> None:
        dataset.add_document(parsed.document)
        records = parsed.records
        if len(records) > max_records:
            notice = Notice(
                parsed.document.path or parsed.document.id,
                f"{len(records)} records found, only the first {max_records} kept (see --max-records)",
            )
            report.notices.append(notice)
            if on_notice is not None:
                on_notice(notice)
            records = records[:max_records]
        folder.extend(record if type(record) in in_store else spilled_record(record, spill) for record in records)
        for refusal in parsed.refusals:
            refuse(refusal)

    def documents() -> Iterator[Document]:
        yield from _read_documents(registry, readers, all_sources(), report, refuse, on_document, on_notice)

    parse_stream(documents(), registry, merge, engine, cache)
    folder.into(dataset)
    for enricher_cls in registry.enrichers():
        dataset = enricher_cls().enrich(dataset)
    return dataset, report


def _read_documents(
    registry: Registry,
    readers: dict,
    sources: Iterable[InputSource | Refusal],
    report: RunReport,
    refuse: Callable[[Refusal], None],
    on_document: Callable[[Document], None] | None,
    on_notice: Callable[[Notice], None] | None,
) -> Iterator[Document]:
    for item in sources:
        if isinstance(item, Refusal):
            refuse(item)
            continue
        try:
            reader_name = choose_reader(registry, item)
        except OSError as error:
            refuse(Refusal(item.name, f"cannot read ({error.strerror or error})"))
            continue
        if reader_name is None or reader_name not in readers:
            refuse(Refusal(item.name, "no reader for this input"))
            continue
        reader = readers[reader_name]()
        try:
            for produced in reader.read(item):
                if isinstance(produced, Refusal):
                    refuse(produced)
                    continue
                if isinstance(produced, Notice):
                    report.notices.append(produced)
                    if on_notice is not None:
                        on_notice(produced)
                    continue
                report.documents += 1
                if on_document is not None:
                    on_document(produced)
                yield produced
        except StrictModeError:
            raise
        except OSError as error:
            refuse(Refusal(item.name, f"cannot read ({error.strerror or error})"))
        except Exception as error:  # noqa: BLE001 (a reader plugin's bug costs one input, not the run)
            refuse(
                Refusal(
                    item.name, f"reader {reader_name!r} failed: {type(error).__name__}: {error}", traceback.format_exc()
                )
            )


def export_dataset(
    registry: Registry, dataset: Dataset, format_name: str, out: IO[bytes], options: dict[str, str] | None = None
) -> None:
    """Stream the dataset into ``out`` in the named format."""
    exporter = registry.exporter(format_name)(options)
    exporter.export_dataset(dataset, out)


def export_to_bytes(
    registry: Registry, dataset: Dataset, format_name: str, options: dict[str, str] | None = None
) -> bytes:
    buffer = io.BytesIO()
    export_dataset(registry, dataset, format_name, buffer, options)
    return buffer.getvalue()
