"""The JSON Schema of the JSON export (format "1"), shipped inside the package.

Other programs validate a citylinks export against it; the test suite checks
every export the ``json`` and ``jsonl`` formats write.
"""

from __future__ import annotations

import json
from importlib import resources
from typing import Any

EXPORT_SCHEMA_FILE = "export-1.schema.json"


def load_export_schema() -> dict[str, Any]:
    """The export schema (draft 2020-12) as a fresh dict."""
    return json.loads(resources.files(__name__).joinpath(EXPORT_SCHEMA_FILE).read_text(encoding="utf-8"))
