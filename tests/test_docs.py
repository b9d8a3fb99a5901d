"""The plugin-hooks reference (docs/plugin-hooks.md) against the real hookspecs."""

from __future__ import annotations

import inspect
import re
from pathlib import Path

import pytest

from citylinks import hookspecs

DOC = Path(__file__).resolve().parent.parent / "docs" / "plugin-hooks.md"


def hook_functions() -> dict[str, object]:
    return {
        name: function
        for name, function in inspect.getmembers(hookspecs, inspect.isfunction)
        if hasattr(function, f"{hookspecs.PROJECT_NAME}_spec")
    }


def signature_line(function) -> str:
    """``name(arg: Type, ...) -> Return`` as written in hookspecs.py (string annotations)."""
    signature = inspect.signature(function)
    params = ", ".join(f"{p.name}: {p.annotation}" for p in signature.parameters.values())
    return f"{function.__name__}({params}) -> {signature.return_annotation}"


@pytest.fixture(scope="module")
def doc_text() -> str:
    return DOC.read_text(encoding="utf-8")


def test_hookspecs_found():
    assert len(hook_functions()) >= 6


@pytest.mark.parametrize("name", sorted(hook_functions()))
def test_hook_signature_documented(name, doc_text):
    line = signature_line(hook_functions()[name])
    assert "'" not in line, "annotations should be the source text (from __future__ import annotations)"
    assert f"\n{line}\n" in doc_text, f"docs/plugin-hooks.md lacks the exact signature line:\n{line}"
    assert f"\n### {name}\n" in doc_text, f"docs/plugin-hooks.md lacks a '### {name}' section"


def test_no_undocumented_or_phantom_hooks(doc_text):
    documented = set(re.findall(r"^### (citylinks_\w+)$", doc_text, re.MULTILINE))
    signatures = set(re.findall(r"^(citylinks_\w+)\(", doc_text, re.MULTILINE))
    real = set(hook_functions())
    assert documented == real
    assert signatures == real


def test_every_hook_has_a_docstring():
    for name, function in hook_functions().items():
        assert (function.__doc__ or "").strip(), f"{name} has no docstring"
