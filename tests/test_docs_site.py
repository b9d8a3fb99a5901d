"""The documentation site builds with ``mkdocs build --strict``, and its generated CLI page is up to date."""

from __future__ import annotations

import os
import runpy
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


def test_cli_reference_is_up_to_date():
    generator = runpy.run_path(str(ROOT / "docs" / "gen_cli_reference.py"), run_name="gen_cli_reference")
    assert (ROOT / "docs" / "cli.md").read_text(encoding="utf-8") == generator["render"](), (
        "docs/cli.md is out of date: run python docs/gen_cli_reference.py"
    )


def test_every_page_is_in_the_nav():
    config = (ROOT / "mkdocs.yml").read_text(encoding="utf-8")
    pages = sorted(page.name for page in (ROOT / "docs").glob("*.md"))
    assert [page for page in pages if page not in config] == []


def test_mkdocs_build_strict(tmp_path):
    pytest.importorskip("mkdocs")
    pytest.importorskip("material")
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "mkdocs",
            "build",
            "--strict",
            "-q",
            "-f",
            str(ROOT / "mkdocs.yml"),
            "-d",
            str(tmp_path / "site"),
        ],
        check=False,
        capture_output=True,
        text=True,
        cwd=ROOT,
        env={**os.environ, "NO_MKDOCS_2_WARNING": "1"},
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert (tmp_path / "site" / "index.html").exists()
    assert (tmp_path / "site" / "img" / "seeds-network.png").exists()
