"""The repository passes ruff (lint and format) and mypy as pyproject.toml configures them.

Each tool runs as ``python -m <tool>`` of the interpreter running the tests, so the
versions are those of the ``test`` extra; a failure shows the tool's own report.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
# Every place in the repository that holds Python: the core, the plugins, the example
# plugin, tests, benchmarks, scripts, the docs (their generator and the code blocks of
# their pages), and the top-level conftest.py and README.md.
PYTHON_PATHS = [
    *(
        name
        for name in ("src", "plugins", "examples", "tests", "benchmarks", "scripts", "docs")
        if (REPO / name).is_dir()
    ),
    *sorted(path.name for pattern in ("*.py", "*.md") for path in REPO.glob(pattern)),
]


def run_module(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", *args], cwd=REPO, capture_output=True, text=True, encoding="utf-8", check=False
    )


def test_ruff_check_finds_nothing():
    pytest.importorskip("ruff")
    result = run_module("ruff", "check", "--no-fix", "--output-format", "concise", *PYTHON_PATHS)
    assert result.returncode == 0, f"ruff check:\n{result.stdout}{result.stderr}"


def test_ruff_format_changes_nothing():
    pytest.importorskip("ruff")
    result = run_module("ruff", "format", "--diff", *PYTHON_PATHS)
    assert result.returncode == 0, f"ruff format would change:\n{result.stdout}{result.stderr}"


@pytest.mark.slow
def test_mypy_finds_no_type_errors():
    pytest.importorskip("mypy")
    # The packages and the options are [tool.mypy] in pyproject.toml; the cache is .mypy_cache (git-ignored).
    result = run_module("mypy")
    assert result.returncode == 0, f"mypy:\n{result.stdout}{result.stderr}"
