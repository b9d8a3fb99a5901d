"""What runs on a dask worker: the parsers of the client's plugins, made once per worker process.

Each task carries the client's plugin spec (plugin names and modules) and parser
versions. A worker builds the registry from the spec the first time it sees it and
checks that its parsers are the client's, so that a worker with other plugin versions
installed fails loudly instead of giving other records.
"""

from __future__ import annotations

import threading

from citylinks.components import ParsedDocument, Parser
from citylinks.models import Document
from citylinks.parsing import PluginSpec, parse_with, parser_versions, registry_from_spec

Versions = tuple[tuple[str, str, str], ...]

_lock = threading.Lock()
_parsers: dict[PluginSpec, list[Parser]] = {}


class PluginMismatchError(RuntimeError):
    """A worker's installed parsers differ from the client's."""


def parsers_for(spec: PluginSpec, versions: Versions) -> list[Parser]:
    with _lock:
        if spec not in _parsers:
            registry = registry_from_spec(spec)
            found = parser_versions(registry)
            if found != versions:
                raise PluginMismatchError(
                    f"this worker's parsers {found} are not the client's {versions}: "
                    "install the same citylinks and plugins on every worker"
                )
            _parsers[spec] = [cls() for cls in registry.parsers()]
        return _parsers[spec]


def parse_batch(spec: PluginSpec, versions: Versions, documents: list[Document]) -> list[ParsedDocument]:
    """Every parser over each document of a batch, in order."""
    parsers = parsers_for(spec, versions)
    return [parse_with(parsers, document) for document in documents]
