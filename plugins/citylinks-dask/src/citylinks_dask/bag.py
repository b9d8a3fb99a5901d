"""The Python API over a ``dask.bag`` of ``Document`` objects.

    import dask.bag as db
    from distributed import Client
    from citylinks.article import make_document
    from citylinks_dask import extract_bag

    client = Client("tcp://HOST:8786")
    paths = db.from_sequence(list_of_paths, npartitions=64)
    documents = paths.map(lambda path: make_document(open(path, encoding="utf-8").read(), path=path)[0])
    dataset = extract_bag(documents)          # a citylinks Dataset, as citylinks.extract gives

``parse_bag`` is lazy (a bag of ``ParsedDocument``, one per document, in bag order);
``iter_parsed`` computes it on the current client partition by partition, in order;
``extract_bag`` merges the records and runs the enrichers, here.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING, Any

from citylinks.components import ParsedDocument
from citylinks.dataset import Dataset
from citylinks.folding import RecordFolder
from citylinks.parsing import parser_versions, plugin_spec

from citylinks_dask.work import parse_batch

if TYPE_CHECKING:
    from citylinks.plugins import Registry


def _registry(registry: Registry | None) -> Registry:
    if registry is not None:
        return registry
    from citylinks.api import default_registry

    return default_registry()


def parse_bag(documents: Any, registry: Registry | None = None) -> Any:
    """A lazy bag of ``ParsedDocument``: every parser of ``registry`` (default: the
    installed plugins) over each document, on the workers."""
    registry = _registry(registry)
    return documents.map_partitions(_parse_partition, plugin_spec(registry), parser_versions(registry))


def _parse_partition(documents: Any, spec: Any, versions: Any) -> list[ParsedDocument]:
    return parse_batch(spec, versions, list(documents))


def iter_parsed(documents: Any, registry: Registry | None = None) -> Iterator[ParsedDocument]:
    """Each ``ParsedDocument`` in bag order, computed on the current ``distributed`` client
    (every partition at once; each is released once read)."""
    from distributed import default_client

    client = default_client()
    futures = client.compute(parse_bag(documents, registry).to_delayed())
    for future in futures:
        yield from future.result()
        future.release()


def extract_bag(documents: Any, registry: Registry | None = None) -> Dataset:
    """The dataset of a bag of documents: parsed on the cluster, merged in bag order and enriched here."""
    registry = _registry(registry)
    dataset = Dataset()
    folder = RecordFolder()
    for parsed in iter_parsed(documents, registry):
        dataset.add_document(parsed.document)
        folder.extend(parsed.records)
    folder.into(dataset)
    for enricher_cls in registry.enrichers():
        dataset = enricher_cls().enrich(dataset)
    return dataset
