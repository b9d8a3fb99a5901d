"""Settings for every test in the repository: the core's, the examples' and the plugins'."""

from __future__ import annotations

import pytest


@pytest.fixture(autouse=True)
def parse_cache_in_tmp(monkeypatch, tmp_path_factory):
    """Each test's parse cache goes to a fresh temporary directory, never into the user's home."""
    monkeypatch.setenv("CITYLINKS_CACHE_DIR", str(tmp_path_factory.mktemp("parse-cache")))
