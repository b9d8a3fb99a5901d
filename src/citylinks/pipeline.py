"""The citylinks pipeline: inputs → readers → documents → parsers → enrichers → exporter.

Readers and parsers yield, so only the kept records grow with the input. A
refusal (an input, or part of one, that cannot be used; a plugin that fails on
one document) is reported through ``on_refusal`` and the run goes on, unless
``strict`` is set.
"""

from __future__ import annotations

import io
from collections.abc import Callable, Iterable
from typing import IO

import attrs

from citylinks.components import InputSource, Notice, Refusal
from citylinks.dataset import Dataset
from citylinks.inputs import iter_input_sources
from citylinks.models import Document
from citylinks.plugins import Registry

HEAD_BYTES = 4096


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


def parse_document(registry: Registry, document: Document, parsers: list, dataset: Dataset, report: RunReport, refuse: Callable[[Refusal], None]) -> None:
    dataset.add_document(document)
    for parser in parsers:
        try:
            dataset.extend(list(parser.parse(document)))
        except Exception as error:  # one failing plugin must not cost the other documents
            refuse(Refusal(document.path or document.id, f"parser {parser.name!r} failed: {type(error).__name__}: {error}"))


def build_dataset(
    registry: Registry,
    paths: Iterable[str] = (),
    sources: Iterable[InputSource] = (),
    on_refusal: Callable[[Refusal], None] | None = None,
    on_document: Callable[[Document], None] | None = None,
    on_notice: Callable[[Notice], None] | None = None,
    strict: bool = False,
) -> tuple[Dataset, RunReport]:
    """Read, parse and enrich every input; return the dataset and a report."""
    dataset = Dataset()
    report = RunReport()

    def refuse(refusal: Refusal) -> None:
        report.refusals.append(refusal)
        if on_refusal is not None:
            on_refusal(refusal)
        if strict:
            raise StrictModeError(str(refusal))

    parsers = [cls() for cls in registry.parsers()]
    readers = registry.readers()

    def all_sources():
        yield from iter_input_sources(paths)
        yield from sources

    for item in all_sources():
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
                parse_document(registry, produced, parsers, dataset, report, refuse)
        except StrictModeError:
            raise
        except OSError as error:
            refuse(Refusal(item.name, f"cannot read ({error.strerror or error})"))
        except Exception as error:  # a reader plugin's bug costs one input, not the run
            refuse(Refusal(item.name, f"reader {reader_name!r} failed: {type(error).__name__}: {error}"))

    for enricher_cls in registry.enrichers():
        dataset = enricher_cls().enrich(dataset)
    return dataset, report


def export_dataset(registry: Registry, dataset: Dataset, format_name: str, out: IO[bytes], options: dict[str, str] | None = None) -> None:
    """Stream the dataset into ``out`` in the named format."""
    exporter = registry.exporter(format_name)(options)
    exporter.export_dataset(dataset, out)


def export_to_bytes(registry: Registry, dataset: Dataset, format_name: str, options: dict[str, str] | None = None) -> bytes:
    buffer = io.BytesIO()
    export_dataset(registry, dataset, format_name, buffer, options)
    return buffer.getvalue()
