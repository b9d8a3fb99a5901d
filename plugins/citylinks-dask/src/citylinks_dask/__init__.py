"""A citylinks plugin that runs the parse stage on a ``dask.distributed`` cluster.

It registers the ``dask`` engine (``citylinks export --engine dask --scheduler
tcp://HOST:8786``) and offers a Python API over a ``dask.bag`` of documents
(``parse_bag``, ``iter_parsed``, ``extract_bag`` in ``citylinks_dask.bag``). dask is
imported only when the engine runs, so ``citylinks --help`` stays fast.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from citylinks.hookspecs import hookimpl

from citylinks_dask.engine import DaskEngine

__version__ = "0.1.0"
__all__ = ["DaskEngine", "extract_bag", "iter_parsed", "parse_bag"]

if TYPE_CHECKING:
    from citylinks_dask.bag import extract_bag, iter_parsed, parse_bag


def __getattr__(name: str) -> Any:
    if name in ("extract_bag", "iter_parsed", "parse_bag"):
        from citylinks_dask import bag

        return getattr(bag, name)
    raise AttributeError(f"module 'citylinks_dask' has no attribute {name!r}")


@hookimpl
def citylinks_register_engines(register):
    register(DaskEngine)
