"""The scale benchmark: citylinks on generated corpora of 10k and 100k articles, against
the do-it-yourself baseline and the floor, and the export of a large dataset.

    python benchmarks/bench_scale.py                 # 10k and 100k articles (about an hour on 2 cores)
    python benchmarks/bench_scale.py --quick         # 1k articles, small samples: a few minutes
    python benchmarks/bench_scale.py --sizes 10000 --baseline-sample 200 --workdir /tmp/cb

For each corpus size it runs ``citylinks export`` as a separate process, sampling the
resident memory of the process and its workers (summed) ten times a second:

- ``--jobs 1`` and ``--jobs 2`` without a cache (``--no-cache``);
- ``--jobs 2`` filling a fresh cache, then ``--jobs 1`` and ``--jobs 2`` on the warm cache;
- the incremental re-run: 1 % new articles added, ``--jobs 2`` on the warm cache;

then the baseline (geotext + dateparser) on a sample of the corpus, extrapolated, and
the floor (read + one gazetteer pass) on the whole corpus; and once, the export of a
synthetic dataset (100k events, 50k partners) to each format. It checks that
``--jobs 2`` and the warm run write the same bytes as ``--jobs 1``, prints a table and
the targets, and keeps every measurement in ``WORKDIR/results.jsonl``.
"""

from __future__ import annotations

import argparse
import filecmp
import json
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

import psutil

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from make_corpus import make_corpus  # noqa: E402

REPO = HERE.parent
ENV = {**os.environ, "CITYLINKS_LOAD_PLUGINS": ""}  # the built-ins only: the core is what is measured


def run_measured(command: list[str]) -> tuple[float, float, str]:
    """Wall seconds, peak memory in MB (the process and its children, summed) and stdout.

    Memory is the proportional set size where the system tells it (Linux): a page that
    forked workers share with their parent counts once, split between them, where
    summing resident sizes would count it in every process.
    """
    started = time.perf_counter()
    process = subprocess.Popen(command, env=ENV, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    watched = psutil.Process(process.pid)
    peak = 0
    while process.poll() is None:
        try:
            tree = [watched, *watched.children(recursive=True)]
            peak = max(peak, sum(_memory(p) for p in tree if p.is_running()))
        except psutil.Error:
            pass
        # Ten times a second at first; a long run is sampled less often, since reading a large
        # process's memory map costs CPU the run itself would use.
        time.sleep(min(1.0, 0.1 + (time.perf_counter() - started) / 100))
    seconds = time.perf_counter() - started
    stdout, stderr = process.communicate()
    if process.returncode != 0:
        raise SystemExit(f"{' '.join(command)} failed ({process.returncode}):\n{stderr}")
    return seconds, peak / 1e6, stdout


def _memory(process: psutil.Process) -> int:
    try:
        return process.memory_full_info().pss
    except (AttributeError, psutil.AccessDenied):  # no PSS outside Linux
        return process.memory_info().rss


def corpus_files(directory: Path) -> list[Path]:
    return sorted(directory.rglob("*.txt"))


class Bench:
    def __init__(self, workdir: Path) -> None:
        self.workdir = workdir
        self.results_path = workdir / "results.jsonl"
        self.rows: list[dict] = []

    def snapshot_code(self) -> None:
        """Run a copy of ``src/``: an edit in the working tree during an hour-long run changes neither the
        code measured nor the parse cache's fingerprint (which covers the parser's files)."""
        target = self.workdir / "src"
        shutil.rmtree(target, ignore_errors=True)
        shutil.copytree(REPO / "src", target, ignore=shutil.ignore_patterns("__pycache__"))
        ENV["PYTHONPATH"] = os.pathsep.join(filter(None, (str(target), os.environ.get("PYTHONPATH"))))

    def record(self, row: dict) -> dict:
        row["load_average"] = round(os.getloadavg()[0], 2)  # other work on the machine skews every figure
        self.rows.append(row)
        with open(self.results_path, "a", encoding="utf-8") as handle:
            handle.write(json.dumps(row) + "\n")
        print(format_row(row), flush=True)
        return row

    def citylinks(self, name: str, corpus: Path, size: int, megabytes: float, args: list[str], output: Path) -> dict:
        command = [
            sys.executable,
            "-m",
            "citylinks",
            "export",
            str(corpus),
            "-q",
            "-f",
            "jsonl",
            "-o",
            str(output),
            *args,
        ]
        seconds, peak, _ = run_measured(command)
        return self.record(row(name, size, megabytes, seconds, peak))

    def corpus(self, size: int) -> tuple[Path, float]:
        directory = self.workdir / f"corpus-{size}"
        if not directory.exists() or len(corpus_files(directory)) != size:
            shutil.rmtree(directory, ignore_errors=True)
            make_corpus(directory, size)
        return directory, sum(path.stat().st_size for path in corpus_files(directory)) / 1e6

    def size(self, size: int, baseline_sample: int) -> None:
        corpus, megabytes = self.corpus(size)
        out = self.workdir / "out"
        out.mkdir(exist_ok=True)
        cache = self.workdir / f"cache-{size}.sqlite"
        for suffix in ("", "-wal", "-shm"):
            Path(f"{cache}{suffix}").unlink(missing_ok=True)
        one = self.citylinks(
            "citylinks --jobs 1, no cache", corpus, size, megabytes, ["-j", "1", "--no-cache"], out / "j1.jsonl"
        )
        two = self.citylinks(
            "citylinks --jobs 2, no cache", corpus, size, megabytes, ["-j", "2", "--no-cache"], out / "j2.jsonl"
        )
        cold = self.citylinks(
            "citylinks --jobs 2, filling the cache",
            corpus,
            size,
            megabytes,
            ["-j", "2", "--cache", str(cache)],
            out / "cold.jsonl",
        )
        self.citylinks(
            "citylinks --jobs 1, warm cache",
            corpus,
            size,
            megabytes,
            ["-j", "1", "--cache", str(cache)],
            out / "warm1.jsonl",
        )
        self.citylinks(
            "citylinks --jobs 2, warm cache",
            corpus,
            size,
            megabytes,
            ["-j", "2", "--cache", str(cache)],
            out / "warm2.jsonl",
        )
        same = all(
            filecmp.cmp(out / "j1.jsonl", out / name, shallow=False)
            for name in ("j2.jsonl", "cold.jsonl", "warm1.jsonl", "warm2.jsonl")
        )
        added = max(1, size // 100)
        extra = corpus / "added"
        make_corpus(extra, added, seed=2, start=size)
        try:
            rerun = self.citylinks(
                f"citylinks --jobs 2, warm cache + {added} new",
                corpus,
                size + added,
                megabytes * (1 + added / size),
                ["-j", "2", "--cache", str(cache)],
                out / "rerun.jsonl",
            )
        finally:
            shutil.rmtree(extra)
        self.record(
            {
                "kind": "check",
                "size": size,
                "identical_output": same,
                "jobs2_speedup": one["seconds"] / two["seconds"],
                "rerun_vs_first_run": rerun["seconds"] / cold["seconds"],
                "peak_rss_mb_jobs1": one["peak_mb"],
            }
        )

        files = corpus_files(corpus)
        sample = files[:: max(1, len(files) // baseline_sample)][:baseline_sample]
        sample_list = self.workdir / "sample.txt"
        sample_list.write_text("\n".join(map(str, sample)), encoding="utf-8")
        sample_mb = sum(path.stat().st_size for path in sample) / 1e6
        seconds, peak, _ = run_measured([sys.executable, str(HERE / "baselines.py"), "diy", str(sample_list)])
        self.record(
            row(
                f"baseline geotext + dateparser ({len(sample)} sampled, extrapolated)",
                size,
                megabytes,
                seconds * len(files) / len(sample),
                peak,
                sampled=len(sample),
                sample_mb=sample_mb,
            )
        )
        all_list = self.workdir / "all.txt"
        all_list.write_text("\n".join(map(str, files)), encoding="utf-8")
        seconds, peak, _ = run_measured([sys.executable, str(HERE / "baselines.py"), "floor", str(all_list)])
        self.record(row("floor: read + one gazetteer pass", size, megabytes, seconds, peak))

    def export(self, events: int, partners: int) -> None:
        _seconds, peak, stdout = run_measured(
            [sys.executable, str(HERE / "export_synthetic.py"), "--events", str(events), "--partners", str(partners)]
        )
        for format_name, figures in json.loads(stdout).items():
            self.record(
                {
                    "kind": "export",
                    "name": f"export {events // 1000}k events / {partners // 1000}k partners to {format_name}",
                    "format": format_name,
                    "events": events,
                    "seconds": figures["seconds"],
                    "mb": figures["bytes"] / 1e6,
                    "peak_mb": peak,
                }
            )


def row(name: str, size: int, megabytes: float, seconds: float, peak: float, **extra: object) -> dict:
    return {
        "kind": "run",
        "name": name,
        "articles": size,
        "mb": megabytes,
        "seconds": seconds,
        "articles_per_s": size / seconds,
        "mb_per_s": megabytes / seconds,
        "peak_mb": peak,
        **extra,
    }


def format_row(entry: dict) -> str:
    if entry["kind"] == "run":
        return (
            f"| {entry['name']:<58} | {entry['articles']:>8} | {entry['seconds']:>9.1f} "
            f"| {entry['articles_per_s']:>10.1f} | {entry['mb_per_s']:>7.2f} | {entry['peak_mb']:>8.0f} |"
        )
    if entry["kind"] == "export":
        return (
            f"| {entry['name']:<58} | {'':>8} | {entry['seconds']:>9.1f} | {'':>10} "
            f"| {entry['mb'] / entry['seconds']:>7.2f} | {entry['peak_mb']:>8.0f} |"
        )
    return f"  check {entry['size']}: " + ", ".join(
        f"{key} {value:.3f}" if isinstance(value, float) else f"{key} {value}"
        for key, value in entry.items()
        if key not in ("kind", "size", "load_average")
    )


HEADER = (
    f"| {'run':<58} | {'articles':>8} | {'seconds':>9} | {'articles/s':>10} | {'MB/s':>7} | {'peak MB':>8} |\n"
    f"|{'-' * 60}|{'-' * 10}:|{'-' * 10}:|{'-' * 11}:|{'-' * 8}:|{'-' * 9}:|"
)


def targets(rows: list[dict]) -> list[str]:
    lines = []
    by_size: dict[int, dict[str, dict]] = {}
    for entry in rows:
        if entry["kind"] == "run":
            by_size.setdefault(entry["articles"], {})[entry["name"]] = entry
    parse_seconds = None
    for size, runs in sorted(by_size.items()):
        if "citylinks --jobs 1, no cache" not in runs:
            continue
        one, two = runs["citylinks --jobs 1, no cache"], runs["citylinks --jobs 2, no cache"]
        baseline = next(entry for name, entry in runs.items() if name.startswith("baseline"))
        floor = runs["floor: read + one gazetteer pass"]
        lines.append(f"{size}: --jobs 2 is {one['seconds'] / two['seconds']:.2f}x --jobs 1 (target >= 1.7)")
        lines.append(
            f"{size}: --jobs 2 is {two['articles_per_s'] / baseline['articles_per_s']:.0f}x the baseline's articles/s, "
            f"--jobs 1 {one['articles_per_s'] / baseline['articles_per_s']:.0f}x (target >= 50)"
        )
        lines.append(
            f"{size}: --jobs 2 reaches 1/{floor['mb_per_s'] / two['mb_per_s']:.1f} of the floor's MB/s "
            "(target: at least 1/10)"
        )
        parse_seconds = two["seconds"] * 100_000 / size
    sizes = sorted(by_size)
    if len(sizes) >= 2:
        small = by_size[sizes[0]].get("citylinks --jobs 1, no cache")
        large = by_size[sizes[-1]].get("citylinks --jobs 1, no cache")
        if small and large:
            lines.append(
                f"peak RSS --jobs 1: {small['peak_mb']:.0f} MB at {sizes[0]}, "
                f"{large['peak_mb']:.0f} MB at {sizes[-1]}: "
                f"x{large['peak_mb'] / small['peak_mb']:.2f} (target < 2)"
            )
    if parse_seconds:
        for entry in rows:
            if entry["kind"] == "export":
                share = entry["seconds"] * (100_000 / entry["events"]) / parse_seconds
                lines.append(
                    f"export to {entry['format']}: {100 * share:.1f} % of the --jobs 2 parse time of 100k articles "
                    "(target < 20 %)"
                )
    return lines


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "--quick", action="store_true", help="1k articles, 30-article baseline sample, 10k-event export"
    )
    parser.add_argument("--sizes", default=None, help="comma-separated corpus sizes (default 10000,100000)")
    parser.add_argument(
        "--baseline-sample", type=int, default=None, help="articles the slow baseline runs on (default 200)"
    )
    parser.add_argument(
        "--events", type=int, default=None, help="events in the synthetic export (default 100000; partners: half)"
    )
    parser.add_argument(
        "--once",
        default=None,
        help="comma-separated sizes parsed once only, --jobs 2 without a cache, to show a corpus that large "
        "completes (e.g. 1000000: about 2 GB of files, 45 minutes on 2 cores)",
    )
    parser.add_argument("--workdir", type=Path, default=Path(os.environ.get("TMPDIR", "/tmp")) / "citylinks-bench")
    args = parser.parse_args()
    if args.once:
        args.workdir.mkdir(parents=True, exist_ok=True)
        bench = Bench(args.workdir)
        bench.snapshot_code()
        print(HEADER, flush=True)
        for size in (int(s) for s in args.once.split(",")):
            corpus, megabytes = bench.corpus(size)
            out = args.workdir / "out"
            out.mkdir(exist_ok=True)
            bench.citylinks(
                "citylinks --jobs 2, no cache (once)",
                corpus,
                size,
                megabytes,
                ["-j", "2", "--no-cache"],
                out / "once.jsonl",
            )
        return
    sizes = [int(s) for s in (args.sizes or ("1000" if args.quick else "10000,100000")).split(",")]
    sample = args.baseline_sample or (30 if args.quick else 200)
    events = args.events or (10_000 if args.quick else 100_000)
    args.workdir.mkdir(parents=True, exist_ok=True)
    bench = Bench(args.workdir)
    bench.snapshot_code()
    print(HEADER, flush=True)
    bench.export(events, events // 2)
    for size in sizes:
        bench.size(size, sample)
    print()
    print(HEADER)
    for entry in bench.rows:
        if entry["kind"] != "check":
            print(format_row(entry))
    print()
    for entry in bench.rows:
        if entry["kind"] == "check":
            print(format_row(entry))
    for line in targets(bench.rows):
        print(line)


if __name__ == "__main__":
    main()
