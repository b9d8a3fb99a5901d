"""Built-in engine ``local``: the parse stage on this machine, in this process
(``--jobs 1``) or in a pool of worker processes (``--jobs N``, default one per core).

Documents are read in this process and sent to the workers in chunks, a few chunks
ahead of the results; results come back in input order, so the output is the same
for every ``--jobs``. Each worker makes its parsers once, when it starts. On Linux,
when this process runs a single thread, workers are forked and inherit the registry
as it is; otherwise they are spawned and register the same plugins again by module
name. A run of fewer than ``SMALL_RUN`` documents is parsed in this process: starting
workers would cost more than it saves.
"""

from __future__ import annotations

import itertools
import os
import sys
import threading
from collections import deque
from collections.abc import Iterable, Iterator
from typing import TYPE_CHECKING

from citylinks.components import Engine, ParsedDocument, Parser
from citylinks.hookspecs import hookimpl
from citylinks.models import Document
from citylinks.parsing import PluginSpec, parse_in_process, parse_with, plugin_spec, registry_from_spec

if TYPE_CHECKING:
    from concurrent.futures import Future, ProcessPoolExecutor
    from multiprocessing.context import BaseContext

    from citylinks.plugins import Registry

CHUNK = 16  # documents per task: ~0.2 s of parsing, so the round trip to a worker is noise
AHEAD = 3  # chunks in flight per worker: every worker stays busy while this process merges
SMALL_RUN = 2 * CHUNK


def default_jobs() -> int:
    """The number of cores this process may run on."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1


class LocalEngine(Engine):
    name = "local"
    description = "this machine: --jobs worker processes (default: one per core; 1: in this process)"

    def __init__(self, jobs: int | None = None, scheduler: str | None = None) -> None:
        super().__init__(jobs, scheduler)
        if scheduler:
            raise ValueError(
                "engine 'local' runs on this machine and takes no --scheduler; 'citylinks plugins' lists the engines"
            )

    def parse(self, documents: Iterable[Document], registry: Registry) -> Iterator[ParsedDocument]:
        jobs = self.jobs or default_jobs()
        documents = iter(documents)
        if jobs > 1:
            head = list(itertools.islice(documents, SMALL_RUN))
            if len(head) == SMALL_RUN:
                yield from _parse_in_pool(itertools.chain(head, documents), registry, jobs)
                return
            documents = iter(head)
        yield from parse_in_process(documents, registry)


_inherited_registry: Registry | None = None
_worker_parsers: list[Parser] = []


def _start_worker(spec: PluginSpec | None, parent: int) -> None:
    _stop_with_parent(parent)
    registry = registry_from_spec(spec) if spec is not None else _inherited_registry
    assert registry is not None, "a forked worker inherits the registry"
    _worker_parsers[:] = [cls() for cls in registry.parsers()]


def _stop_with_parent(parent: int) -> None:
    # A worker whose parent is killed outright (SIGKILL, the OOM killer) would otherwise wait
    # on its task queue forever; on Linux the kernel can end it with its parent.
    if not sys.platform.startswith("linux"):
        return
    import ctypes
    import signal

    try:
        ctypes.CDLL(None, use_errno=True).prctl(1, signal.SIGTERM)  # 1: PR_SET_PDEATHSIG
    except (OSError, AttributeError):
        return
    if os.getppid() != parent:  # the parent died before the request took effect
        os._exit(1)


def _parse_chunk(chunk: list[Document]) -> list[ParsedDocument]:
    return [parse_with(_worker_parsers, document) for document in chunk]


def _chunks(documents: Iterator[Document], size: int) -> Iterator[list[Document]]:
    while chunk := list(itertools.islice(documents, size)):
        yield chunk


def _pool(registry: Registry, jobs: int) -> ProcessPoolExecutor:
    # Imported here: multiprocessing and concurrent.futures cost every 'citylinks --help' 20 ms.
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor

    global _inherited_registry  # noqa: PLW0603 (a forked worker inherits it as a module global)
    context: BaseContext
    if sys.platform.startswith("linux") and threading.active_count() == 1:
        # Forking is fast and shares what is loaded; with other threads running it could deadlock.
        _inherited_registry = registry
        context, spec = multiprocessing.get_context("fork"), None
    else:
        context, spec = multiprocessing.get_context("spawn"), plugin_spec(registry)
    return ProcessPoolExecutor(jobs, mp_context=context, initializer=_start_worker, initargs=(spec, os.getpid()))


def _parse_in_pool(documents: Iterator[Document], registry: Registry, jobs: int) -> Iterator[ParsedDocument]:
    global _inherited_registry  # noqa: PLW0603 (reset once the workers are gone)
    pool = _pool(registry, jobs)
    in_flight: deque[Future] = deque()
    finished = False
    try:
        for chunk in _chunks(documents, CHUNK):
            in_flight.append(pool.submit(_parse_chunk, chunk))
            while in_flight and (in_flight[0].done() or len(in_flight) >= jobs * AHEAD):
                yield from in_flight.popleft().result()
        while in_flight:
            yield from in_flight.popleft().result()
        finished = True
    finally:
        if finished:
            pool.shutdown(wait=True)
        else:  # stopped early (--strict, an error, Ctrl-C): workers are not waited for
            processes = list((getattr(pool, "_processes", None) or {}).values())
            pool.shutdown(wait=False, cancel_futures=True)
            for process in processes:
                process.terminate()
        _inherited_registry = None


@hookimpl
def citylinks_register_engines(register):
    register(LocalEngine)
