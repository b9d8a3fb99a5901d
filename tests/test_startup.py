"""'citylinks --help' stays fast: no plugin's heavy library and no gazetteer is imported for it."""

from __future__ import annotations

import os
import re
import resource
import subprocess
import sys

HEAVY = (
    "networkx",
    "icalendar",
    "trafilatura",
    "lxml",
    "matplotlib",
    "numpy",
    "dask",
    "distributed",
    "multiprocessing",
    "concurrent.futures",
    "sqlite3",
    "rich.markdown",
    "citylinks.gazetteer",
    "citylinks.extraction",
    "ahocorasick_rs",
)


def test_help_imports_nothing_heavy():
    result = subprocess.run(
        [sys.executable, "-X", "importtime", "-m", "citylinks", "--help"],
        capture_output=True,
        text=True,
        env={**os.environ, "PYTHONWARNINGS": "ignore"},
        check=True,
    )
    assert result.stdout.startswith("Usage: citylinks")
    imported = set(re.findall(r"^import time:\s+\d+ \|\s+\d+ \|\s*(\S+)$", result.stderr, re.MULTILINE))
    assert imported, "no -X importtime report"
    assert sorted(name for name in imported if name.startswith(HEAVY)) == []


def test_help_takes_little_cpu():
    # Measured as CPU time, which other work on the machine barely changes; 0.2-0.3 s when idle.
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    subprocess.run([sys.executable, "-m", "citylinks", "--help"], capture_output=True, check=True)
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    assert (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime) < 0.6
