"""Where the memory of one ``citylinks export`` goes, stage by stage, in one process.

    python benchmarks/memory_stages.py CORPUS [--format json] [--tracemalloc] [--top 15]

Runs what ``citylinks export CORPUS --no-cache --jobs 1`` runs (read and parse with
the records merged as they come, then each enricher in turn, then the export, into a
temporary file) and prints, after each stage, the resident size of the process now,
its peak during the stage (Linux: ``VmHWM``, reset before each stage through
``/proc/self/clear_refs``), the number of records and the size of the run's record
store (the temporary file where documents, events and agreements are kept).
``--tracemalloc`` adds what Python itself holds and its peak in the stage, and the
``--top`` source lines that hold most at the end of the stage (it makes the run two
to three times slower).
"""

from __future__ import annotations

import argparse
import gc
import os
import sys
import tempfile
import time
import tracemalloc
from collections.abc import Callable
from typing import Any


def _status_kb(field: str) -> int:
    with open("/proc/self/status") as handle:
        for line in handle:
            if line.startswith(field + ":"):
                return int(line.split()[1])
    return 0


def _reset_peak() -> None:
    # Writing 5 resets VmHWM to the current resident size (Linux 4.0 and later).
    try:
        with open("/proc/self/clear_refs", "w") as handle:
            handle.write("5")
    except OSError:
        pass


class StageReport:
    """Prints one line per stage: seconds, resident MB now, peak MB in the stage, records."""

    def __init__(self, traced: bool, top: int) -> None:
        self.traced = traced
        self.top = top
        print(
            f"{'stage':<28} {'seconds':>8} {'rss MB':>8} {'peak MB':>8}"
            + (f" {'py MB':>8} {'py peak':>8}" if traced else "")
            + "  records"
        )

    def run(self, name: str, work: Callable[[], Any], count: Callable[[Any], str]) -> Any:
        gc.collect()
        _reset_peak()
        if self.traced:
            tracemalloc.reset_peak()
        began = time.perf_counter()
        result = work()
        seconds = time.perf_counter() - began
        line = f"{name:<28} {seconds:8.1f} {_status_kb('VmRSS') / 1024:8.0f} {_status_kb('VmHWM') / 1024:8.0f}"
        if self.traced:
            current, peak = tracemalloc.get_traced_memory()
            line += f" {current / 2**20:8.0f} {peak / 2**20:8.0f}"
        print(line + "  " + count(result), flush=True)
        if self.traced and self.top:
            for stat in tracemalloc.take_snapshot().statistics("lineno")[: self.top]:
                frame = stat.traceback[0]
                print(f"    {stat.size / 2**20:7.1f} MB {stat.count:9d}  {frame.filename}:{frame.lineno}")
        return result


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpus", nargs="+")
    parser.add_argument("--format", default="json")
    parser.add_argument("--tracemalloc", action="store_true")
    parser.add_argument("--top", type=int, default=0)
    args = parser.parse_args(argv)

    from citylinks.default_plugins.local_engine import LocalEngine
    from citylinks.pipeline import build_dataset
    from citylinks.plugins import get_plugin_manager

    if args.tracemalloc:
        tracemalloc.start()
    registry = get_plugin_manager()[1]
    enrichers = registry.enrichers()
    registry.enrichers = list  # type: ignore[method-assign,assignment] # the stages below run them one by one
    report = StageReport(args.tracemalloc, args.top)

    from citylinks.recordstore import store_of

    def sizes(dataset: Any) -> str:
        store = store_of(dataset.events)
        on_disk = f", {store.size() / 2**20:.0f} MB in the record store" if store is not None else ""
        return (
            f"{len(dataset.documents)} documents, {len(dataset.partners)} partners, "
            f"{len(dataset.events)} events, {len(dataset.agreements)} agreements{on_disk}"
        )

    dataset, _ = report.run(
        "read, parse, merge",
        lambda: build_dataset(registry, paths=args.corpus, engine=LocalEngine(1)),
        lambda r: sizes(r[0]),
    )
    for enricher_cls in enrichers:
        dataset = report.run(enricher_cls.name, lambda cls=enricher_cls, given=dataset: cls().enrich(given), sizes)
    exporter = registry.exporter(args.format)()
    with tempfile.TemporaryDirectory() as directory:
        path = os.path.join(directory, "export")

        def export() -> int:
            with open(path, "wb") as out:
                exporter.export_dataset(dataset, out)
            return os.path.getsize(path)

        report.run(f"export {args.format}", export, lambda size: f"{size / 2**20:.0f} MB written")
    return 0


if __name__ == "__main__":
    sys.exit(main())
