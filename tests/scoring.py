"""Exporting a folder of articles with the CLI and scoring it with the shared scorer.

The scorer is ``shared/eval/score.py`` next to the repository; tests that use it
skip when it is absent (a user's clone), never in CI.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"
SCORER = SHARED / "eval" / "score.py"


def scorer_result(output: str) -> dict:
    """score.py prints the per-document lines (--verbose), then the JSON object (--json)
    starting on a line of its own, then summary lines."""
    start = 0 if output.startswith("{") else output.index("\n{") + 1
    result, _ = json.JSONDecoder().raw_decode(output[start:])
    return result


def export_and_score(articles: Path, gold: Path, export: Path) -> tuple[dict, str]:
    """``citylinks export ARTICLES -f json`` scored against ``gold``: the scorer's figures and its report."""
    export_articles(articles, export)
    return score_export(export, gold)


def export_articles(articles: Path, export: Path) -> None:
    """``citylinks export ARTICLES -f json -o EXPORT``, without the parse cache."""
    if not SCORER.is_file():
        pytest.skip(f"the shared scorer is absent ({SCORER}); it lives in ../shared next to the repository")
    run = subprocess.run(
        [sys.executable, "-m", "citylinks", "export", str(articles), "-f", "json", "-o", str(export), "--no-cache"],
        check=False,
        capture_output=True,
        text=True,
        encoding="utf-8",
        cwd=REPO,
        timeout=600,
    )
    assert run.returncode == 0, f"citylinks export failed:\n{run.stdout}\n{run.stderr}"


def score_export(export: Path, gold: Path) -> tuple[dict, str]:
    """An export scored by the shared scorer against ``gold`` (documents the gold does not name are not scored)."""
    scored = subprocess.run(
        [sys.executable, str(SCORER), str(export), str(gold), "--json", "--verbose"],
        check=False,
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=300,
    )
    assert scored.returncode == 0, f"score.py failed:\n{scored.stdout}\n{scored.stderr}"
    return scorer_result(scored.stdout), scored.stdout
