"""The ``dask`` engine: documents read by the client are parsed by the workers of a
``dask.distributed`` cluster, in batches, and come back in input order.

With ``--scheduler ADDRESS`` it connects to a running cluster; without, it starts a
local cluster of ``--jobs`` worker processes (one thread each) and stops it at the end.
At most a few batches per worker thread are in flight, so neither the client nor the
cluster holds more than that whatever the size of the corpus.
"""

from __future__ import annotations

import itertools
from collections import deque
from collections.abc import Iterable, Iterator
from typing import TYPE_CHECKING, Any

from citylinks.components import Engine, ParsedDocument
from citylinks.models import Document
from citylinks.parsing import parser_versions, plugin_spec

from citylinks_dask.work import parse_batch

if TYPE_CHECKING:
    from citylinks.plugins import Registry

BATCH = 32  # documents per task: ~0.5 s of parsing, well above a task's scheduling cost
AHEAD = 3  # batches in flight per worker thread


class DaskEngine(Engine):
    name = "dask"
    description = (
        "a dask.distributed cluster: --scheduler tcp://HOST:8786 (without: a local cluster of --jobs processes)"
    )

    def __init__(self, jobs: int | None = None, scheduler: str | None = None) -> None:
        super().__init__(jobs, scheduler)
        if scheduler and jobs is not None:
            raise ValueError("--jobs has no meaning with --scheduler: the cluster's workers decide")

    def parse(self, documents: Iterable[Document], registry: Registry) -> Iterator[ParsedDocument]:
        spec, versions = plugin_spec(registry), parser_versions(registry)
        client, cluster = self._connect()
        in_flight: deque[Any] = deque()
        try:
            window = max(1, sum(client.nthreads().values())) * AHEAD
            documents = iter(documents)
            while batch := list(itertools.islice(documents, BATCH)):
                in_flight.append(client.submit(parse_batch, spec, versions, batch, pure=False))
                while in_flight and (in_flight[0].done() or len(in_flight) >= window):
                    yield from in_flight.popleft().result()
            while in_flight:
                yield from in_flight.popleft().result()
        finally:
            for future in in_flight:
                future.cancel()
            client.close()
            if cluster is not None:
                cluster.close()

    def _connect(self) -> tuple[Any, Any]:
        from distributed import Client, LocalCluster

        if self.scheduler:
            return Client(self.scheduler), None
        from citylinks.default_plugins.local_engine import default_jobs

        cluster = LocalCluster(
            n_workers=self.jobs or default_jobs(), threads_per_worker=1, processes=True, dashboard_address=None
        )
        return Client(cluster), cluster
