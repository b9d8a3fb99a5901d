"""The ```python blocks of docs/api.md run, in order, from a directory holding a copy of examples/articles."""

from __future__ import annotations

import re
import shutil
import warnings
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
PAGE = ROOT / "docs" / "api.md"


def python_blocks(page: Path) -> list[str]:
    return re.findall(r"^```python\n(.*?)^```", page.read_text(encoding="utf-8"), re.MULTILINE | re.DOTALL)


def test_the_api_page_has_examples():
    assert len(python_blocks(PAGE)) >= 5


def test_the_api_page_examples_run(tmp_path, monkeypatch, capsys):
    pytest.importorskip("pandas")
    shutil.copytree(ROOT / "examples" / "articles", tmp_path / "examples" / "articles")
    monkeypatch.chdir(tmp_path)
    namespace: dict = {"__name__": "__docs__"}
    with warnings.catch_warnings():
        warnings.simplefilter("error")  # a snippet that triggers a warning is a snippet to fix
        for number, block in enumerate(python_blocks(PAGE), start=1):
            try:
                exec(compile(block, f"docs/api.md block {number}", "exec"), namespace)
            except Exception as error:  # noqa: BLE001 (any failure is reported with the block that caused it)
                pytest.fail(f"docs/api.md, python block {number} failed: {type(error).__name__}: {error}\n{block}")
    assert "partners," in capsys.readouterr().out
