"""The parse stage, whatever engine runs it: every parser over one document, and the
stream of documents through an engine and the cache.

``parse_with`` is what each worker runs per document. ``parse_stream`` is what the
pipeline runs: documents the cache knows are answered from it, the others go to the
engine, and results come out in input order either way, so a warm run, a cold run and
a run on any engine merge the same records in the same order.

Worker processes (``--jobs``, a cluster) build their own registry from
``plugin_spec``: the name and module of every plugin, which is all another process
needs to register the same plugins.
"""

from __future__ import annotations

import hashlib
import importlib
import os
import sys
import traceback
import types
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Sequence
from typing import TYPE_CHECKING

import attrs

from citylinks.components import Engine, ParsedDocument, Parser, Refusal
from citylinks.language import identify_language
from citylinks.models import Document

if TYPE_CHECKING:
    from citylinks.cache import ParseCache
    from citylinks.plugins import Registry

PluginSpec = tuple[tuple[str, str], ...]
_MAX_CODE_FILES = 5000


def with_language(document: Document) -> Document:
    """The document with its language identified from its text, if its reader left it unset."""
    if document.language is not None or not document.text:
        return document
    language = identify_language(document.text)
    return attrs.evolve(document, language=language) if language is not None else document


def parse_with(parsers: Sequence[Parser], document: Document) -> ParsedDocument:
    """Every parser over one document; a parser that fails gives a refusal and no records."""
    document = with_language(document)
    records: list = []
    refusals: list[Refusal] = []
    for parser in parsers:
        try:
            # A parser that fails half-way through contributes nothing, not half its records.
            records.extend(list(parser.parse(document)))
        except Exception as error:  # noqa: BLE001 (one failing plugin must not cost the other documents)
            reason = f"parser {parser.name!r} failed: {type(error).__name__}: {error}"
            refusals.append(Refusal(document.path or document.id, reason, traceback.format_exc()))
    return ParsedDocument(attrs.evolve(document, text=""), tuple(records), tuple(refusals))


def parse_in_process(documents: Iterable[Document], registry: Registry) -> Iterator[ParsedDocument]:
    """The parse stage in this process, one document after the other."""
    parsers = [cls() for cls in registry.parsers()]
    for document in documents:
        yield parse_with(parsers, document)


def plugin_spec(registry: Registry) -> PluginSpec:
    """``(name, module)`` of every registered plugin; raises ``ValueError`` for a plugin that is not a module."""
    spec = []
    for name, plugin in registry.pm.list_name_plugin():
        if not isinstance(plugin, types.ModuleType):
            raise ValueError(f"plugin {name!r} is not a module, so worker processes cannot load it; use --jobs 1")
        spec.append((name, plugin.__name__))
    return tuple(spec)


def registry_from_spec(spec: PluginSpec) -> Registry:
    """A registry with the plugins of ``spec``, imported in this process."""
    from citylinks.plugins import Registry, new_plugin_manager

    pm = new_plugin_manager()
    for name, module_name in spec:
        pm.register(importlib.import_module(module_name), name=name)
    return Registry(pm)


def parser_versions(registry: Registry) -> tuple[tuple[str, str, str], ...]:
    """``(name, version, plugin version)`` of each parser, in the order they run."""
    from citylinks.plugins import plugin_version

    return tuple(
        (parser.name, str(parser.version), plugin_version(registry, registry.owner("parsers", parser.name)))
        for parser in registry.parsers()
    )


def parser_fingerprint(registry: Registry) -> str:
    """What a cached parse depends on: the citylinks version, each parser's declared
    versions, and the files of the packages the parsers come from.

    The files count because a version is only bumped at a release: a parser edited in a
    working tree (or its gazetteer rebuilt) must not be answered from yesterday's cache.
    """
    from citylinks import __version__

    digest = hashlib.sha256(f"citylinks {__version__}\n".encode())
    modules = {"citylinks"}  # the models and ids every parser's records go through
    for name, version, plugin in parser_versions(registry):
        digest.update(f"parser {name} {version} {plugin}\n".encode())
        modules.add(registry.get("parsers", name).__module__)
    for module_name in sorted(modules):
        digest.update(_code_digest(module_name).encode())
    return digest.hexdigest()


def _code_digest(module_name: str) -> str:
    """Names, sizes and times of the files of the package a module belongs to (of the module alone, if it has none)."""
    module = sys.modules.get(module_name)
    package = sys.modules.get(module_name.split(".", maxsplit=1)[0])
    roots = list(getattr(package, "__path__", ()))
    module_file = getattr(module, "__file__", None)
    if not roots and module_file:
        try:
            status = os.stat(module_file)
        except OSError:
            return module_name
        return f"{module_file} {status.st_size} {status.st_mtime_ns}"
    digest = hashlib.sha256(module_name.encode())
    count = 0
    for root in roots:
        for directory, subdirectories, files in os.walk(root):
            subdirectories[:] = sorted(d for d in subdirectories if d != "__pycache__")
            for file_name in sorted(files):
                if file_name.endswith((".pyc", ".pyo")):
                    continue
                path = os.path.join(directory, file_name)
                try:
                    status = os.stat(path)
                except OSError:
                    continue
                digest.update(f"{os.path.relpath(path, root)} {status.st_size} {status.st_mtime_ns}\n".encode())
                count += 1
                if count >= _MAX_CODE_FILES:
                    return digest.hexdigest()
    return digest.hexdigest()


_WAITING = object()


def parse_stream(
    documents: Iterable[Document],
    registry: Registry,
    emit: Callable[[ParsedDocument], None],
    engine: Engine | None = None,
    cache: ParseCache | None = None,
) -> None:
    """Hand ``emit`` one ``ParsedDocument`` per document, in input order: from the
    cache where it has the document, from the engine (None: this process) otherwise.

    A cached answer goes out at once when nothing before it is being parsed, and
    otherwise waits for the documents before it; so memory holds at most the cached
    answers that turn up while the engine's documents in flight are parsed.
    """
    if cache is None:
        for parsed in (
            engine.parse(documents, registry) if engine is not None else parse_in_process(documents, registry)
        ):
            emit(parsed)
        return

    pending: deque = deque()  # in input order: a cached ParsedDocument, or _WAITING for the engine
    keys: deque[bytes] = deque()  # the cache key of each document in the engine, oldest first

    def to_parse() -> Iterator[Document]:
        for document in documents:
            key = cache.key(document)
            cached = cache.get(key, document)
            if cached is None:
                pending.append(_WAITING)
                keys.append(key)
                yield document
            elif pending:
                pending.append(cached)
            else:
                emit(cached)

    def emit_ready() -> None:
        while pending and pending[0] is not _WAITING:
            emit(pending.popleft())

    parsed_stream = engine.parse(to_parse(), registry) if engine is not None else parse_in_process(to_parse(), registry)
    try:
        for parsed in parsed_stream:
            emit_ready()
            pending.popleft()
            key = keys.popleft()
            if not parsed.refusals:  # a failed parse is tried again next run, never remembered
                cache.put(key, parsed.records, parsed.document.language)
            emit(parsed)
            emit_ready()
        emit_ready()
    finally:
        close = getattr(parsed_stream, "close", None)
        if close is not None:
            close()
        cache.flush()
