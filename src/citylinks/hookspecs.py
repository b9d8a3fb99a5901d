"""The citylinks plugin hooks: one place that defines every hook, typed and documented.

Built-in readers, parsers, enrichers and exporters (``citylinks.default_plugins``)
use exactly these hooks, as a third-party plugin does. Hooks only grow: a new
argument is optional for implementations, none is ever removed.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

import pluggy

if TYPE_CHECKING:
    import typer

    from citylinks.components import Engine, Enricher, Exporter, Parser, Reader

PROJECT_NAME = "citylinks"

hookspec = pluggy.HookspecMarker(PROJECT_NAME)
hookimpl = pluggy.HookimplMarker(PROJECT_NAME)


@hookspec
def citylinks_register_readers(register: Callable[[type[Reader]], None]) -> None:
    """Register reader classes: each turns a path or stream into ``Document`` objects.

    Called once, when the plugin manager first needs the readers. Call
    ``register(ReaderClass)`` for each reader; the class carries a unique
    ``name``. A reader with the same name as one already registered is refused,
    naming both plugins.
    """


@hookspec
def citylinks_register_parsers(register: Callable[[type[Parser]], None]) -> None:
    """Register parser classes: each turns one ``Document`` into records.

    Called once. Every registered parser runs on every document, in
    registration order; their records are pooled.
    """


@hookspec
def citylinks_register_enrichers(register: Callable[[type[Enricher]], None]) -> None:
    """Register enricher classes: each adjusts the whole dataset after parsing.

    Called once. Enrichers run in ascending ``order`` (ties by name), each
    handed the dataset the previous one returned.
    """


@hookspec
def citylinks_register_exporters(register: Callable[[type[Exporter]], None]) -> None:
    """Register exporter classes: each streams records into one named format.

    Called once. The exporter's ``name`` is the value of ``--format``.
    """


@hookspec
def citylinks_register_engines(register: Callable[[type[Engine]], None]) -> None:
    """Register engine classes: each runs the parse stage somewhere (processes, a cluster).

    Called once, when an engine is first needed. The engine's ``name`` is the value
    of ``citylinks export --engine``; the built-in ``local`` engine is registered the
    same way.
    """


@hookspec
def citylinks_register_commands(app: typer.Typer) -> None:
    """Add sub-commands to the ``citylinks`` command line.

    Called once by ``build_app`` with the Typer application being built.
    """


@hookspec(firstresult=True)
def citylinks_choose_reader(path: str, head: bytes, readers: dict[str, type[Reader]]) -> str | None:
    """Say which reader handles one input: return a reader name, or None to pass.

    Called for each input file (``path`` is ``-`` for stdin) with the first
    bytes of its content. The first non-None answer wins; the built-in choice
    is made last (``trylast``), so a third-party plugin can claim an input first.
    """
