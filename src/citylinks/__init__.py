"""citylinks: relations between cities, from news articles to data.

Import what you need: ``citylinks.extract`` builds a dataset from paths or
texts; ``citylinks.hookimpl`` marks a plugin's hook implementations.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from citylinks.hookspecs import hookimpl

__version__ = "0.1.0"
__all__ = ["__version__", "extract", "hookimpl"]

if TYPE_CHECKING:
    from citylinks.api import extract


def __getattr__(name: str) -> Any:
    # The API pulls in the plugin manager and the gazetteer; load it only when asked.
    if name == "extract":
        from citylinks.api import extract

        return extract
    raise AttributeError(f"module 'citylinks' has no attribute {name!r}")
