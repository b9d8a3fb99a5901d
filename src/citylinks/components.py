"""The base classes plugins subclass: Reader, Parser, Enricher, Exporter, Engine.

Each component class carries a ``name`` (unique within its kind) and, for
``citylinks plugins``, the distribution it comes from is recorded by the
registry. Readers and parsers yield; exporters stream (``start``, one
``export_item`` per record, ``finish``) so that memory does not grow with the
size of an export.
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Iterator
from typing import IO, TYPE_CHECKING, ClassVar

import attrs

from citylinks.dataset import Dataset
from citylinks.decoding import current_max_bytes, too_large
from citylinks.models import Agreement, Document, Event, Partner, Record

if TYPE_CHECKING:
    from citylinks.plugins import Registry


@attrs.frozen
class InputSource:
    """One input handed to a reader: a display name and a way to open its bytes."""

    name: str
    path: str | None = None
    data: bytes | None = None

    def read_bytes(self, max_bytes: int | None = None) -> bytes:
        """The input's bytes, or ``DecodeError`` ("too large") when there are more than
        ``max_bytes`` (default: the limit in force, ``--max-bytes``).

        A file's size is checked before anything is read, so an oversized input costs
        no memory; at most ``max_bytes + 1`` bytes are ever read (a file growing while
        read, a device or pipe that has no size).
        """
        limit = current_max_bytes() if max_bytes is None else max_bytes
        if self.data is not None:
            if len(self.data) > limit:
                raise too_large(len(self.data), limit)
            return self.data
        assert self.path is not None
        with open(self.path, "rb") as handle:
            size = os.fstat(handle.fileno()).st_size
            if size > limit:
                raise too_large(size, limit)
            data = handle.read(limit + 1)
        if len(data) > limit:
            raise too_large(f"more than {limit}", limit)
        return data


@attrs.frozen
class Refusal:
    """An input (or part of one) that could not be used, and why, in one line.

    ``detail`` is the traceback when the refusal comes from a plugin's exception;
    the command line shows it with ``--debug``.
    """

    where: str
    reason: str
    detail: str = attrs.field(default="", eq=False, repr=False)

    def __str__(self) -> str:
        return f"{self.where}: {self.reason}"


@attrs.frozen
class Notice:
    """Something worth telling the user about an input that was still processed."""

    where: str
    message: str

    def __str__(self) -> str:
        return f"{self.where}: {self.message}"


class Reader:
    """Turns one input into documents; yields ``Refusal`` for parts it cannot use and
    ``Notice`` for problems it worked around."""

    name: ClassVar[str] = ""
    description: ClassVar[str] = ""

    def read(self, source: InputSource) -> Iterator[Document | Refusal | Notice]:
        raise NotImplementedError


class Parser:
    """Turns one document into partners, events and agreements."""

    name: ClassVar[str] = ""
    description: ClassVar[str] = ""
    version: ClassVar[str] = "1"

    def parse(self, document: Document) -> Iterator[Record]:
        raise NotImplementedError


class Enricher:
    """Adjusts the whole dataset after parsing (merging, geocoding, linking...)."""

    name: ClassVar[str] = ""
    description: ClassVar[str] = ""
    order: ClassVar[int] = 500

    def enrich(self, dataset: Dataset) -> Dataset:
        raise NotImplementedError


class Exporter:
    """Streams a dataset into one format: ``start``, ``export_item`` per item, ``finish``.

    Items arrive in a fixed order: documents, partners, events, agreements.
    ``options`` are the ``--option key=value`` pairs given on the command line;
    an exporter lists those it understands in ``options_help``.
    """

    name: ClassVar[str] = ""
    description: ClassVar[str] = ""
    suffix: ClassVar[str] = ""
    binary: ClassVar[bool] = True
    options_help: ClassVar[dict[str, str]] = {}

    def __init__(self, options: dict[str, str] | None = None) -> None:
        self.options = dict(options or {})
        unknown = sorted(set(self.options) - set(self.options_help))
        if unknown:
            known = ", ".join(sorted(self.options_help)) or "none"
            raise ValueError(f"format {self.name!r} has no option {unknown[0]!r} (options: {known})")

    def start(self, out: IO[bytes]) -> None:
        self.out = out

    def export_item(self, item: Document | Partner | Event | Agreement) -> None:
        raise NotImplementedError

    def finish(self) -> None:
        return None

    def export_dataset(self, dataset: Dataset, out: IO[bytes]) -> None:
        """Stream a whole dataset in the fixed order."""
        self.start(out)
        for item in dataset.iter_items():
            self.export_item(item)
        self.finish()


@attrs.frozen
class ParsedDocument:
    """One document after the parse stage: the document (its text dropped), the records
    every parser gave for it, and a refusal for each parser that failed on it."""

    document: Document
    records: tuple[Record, ...] = ()
    refusals: tuple[Refusal, ...] = ()


class Engine:
    """Runs the parse stage (every registered parser over every document) somewhere:
    in this process, in worker processes, on a cluster.

    ``jobs`` is how many workers to use (None: the engine's own default) and
    ``scheduler`` the address of a cluster, for engines that run on one; the
    constructor raises ``ValueError`` with a one-line message for values it cannot use.
    ``parse`` yields one ``ParsedDocument`` per document, in the order the documents
    came, so that every engine gives the same output; it pulls documents lazily, so
    that a long input is never held in memory at once.
    """

    name: ClassVar[str] = ""
    description: ClassVar[str] = ""

    def __init__(self, jobs: int | None = None, scheduler: str | None = None) -> None:
        if jobs is not None and jobs < 1:
            raise ValueError(f"jobs must be at least 1, not {jobs}")
        self.jobs = jobs
        self.scheduler = scheduler

    def parse(self, documents: Iterable[Document], registry: Registry) -> Iterator[ParsedDocument]:
        raise NotImplementedError
