"""The plugin manager and the registry of named components.

``get_plugin_manager()`` builds a pluggy manager with the built-in plugins
(``DEFAULT_PLUGINS``) and the third-party ones found under the ``citylinks``
entry-point group. ``CITYLINKS_LOAD_PLUGINS`` (comma-separated entry-point
names; empty means none) chooses which third-party plugins load. A plugin that
fails to import, or whose hooks do not match citylinks' (a misspelled hook, an
argument no hook has), is recorded in ``Registry.broken`` and skipped; it never
hides the others.
"""

from __future__ import annotations

import contextlib
import difflib
import importlib
import importlib.metadata
import os
from collections.abc import Iterable
from typing import Any

import attrs
import pluggy

from citylinks import hookspecs
from citylinks.components import Engine, Enricher, Exporter, Parser, Reader

ENTRY_POINT_GROUP = "citylinks"
LOAD_PLUGINS_ENV = "CITYLINKS_LOAD_PLUGINS"

DEFAULT_PLUGINS: tuple[str, ...] = (
    "citylinks.default_plugins.text_reader",
    "citylinks.default_plugins.jsonl_reader",
    "citylinks.default_plugins.rule_parser",
    "citylinks.default_plugins.canonical_partners",
    "citylinks.default_plugins.geocoding",
    "citylinks.default_plugins.event_merging",
    "citylinks.default_plugins.agreement_merging",
    "citylinks.default_plugins.event_codes",
    "citylinks.default_plugins.display_names",
    "citylinks.default_plugins.json_exporter",
    "citylinks.default_plugins.jsonl_exporter",
    "citylinks.default_plugins.ical_exporter",
    "citylinks.default_plugins.graphml_exporter",
    "citylinks.default_plugins.local_engine",
)

_KINDS: dict[str, type] = {
    "readers": Reader,
    "parsers": Parser,
    "enrichers": Enricher,
    "exporters": Exporter,
    "engines": Engine,
}


@attrs.frozen
class PluginInfo:
    """What ``citylinks plugins`` shows for one loaded plugin."""

    name: str
    version: str
    builtin: bool
    components: tuple[str, ...] = ()


@attrs.frozen
class BrokenPlugin:
    """A third-party plugin that could not be loaded, and why."""

    name: str
    error: str

    def __str__(self) -> str:
        return f"plugin {self.name!r} skipped: {self.error}"


class UnknownComponentError(LookupError):
    """A component name that no plugin registered; the message lists those that exist."""


class Registry:
    """Named readers, parsers, enrichers and exporters, and which plugin gave each."""

    def __init__(self, pm: pluggy.PluginManager, broken: Iterable[BrokenPlugin] = ()) -> None:
        self.pm = pm
        self.broken = list(broken)
        self._tables: dict[str, dict[str, type]] = {}
        self._owners: dict[tuple[str, str], str] = {}

    def _table(self, kind: str) -> dict[str, type]:
        if kind not in self._tables:
            table: dict[str, type] = {}
            hook = getattr(self.pm.hook, f"citylinks_register_{kind}")
            for impl in _registration_order(hook.get_hookimpls()):
                owner = self.pm.get_name(impl.plugin) or repr(impl.plugin)

                def register(component: type, owner: str = owner) -> None:
                    self._add(kind, table, component, owner)

                impl.function(register=register)
            self._tables[kind] = table
        return self._tables[kind]

    def _add(self, kind: str, table: dict[str, type], component: Any, owner: str) -> None:
        base = _KINDS[kind]
        if not (isinstance(component, type) and issubclass(component, base)):
            raise TypeError(
                f"plugin {owner!r} registered {component!r} as one of the {kind}, "
                f"but it is not a {base.__name__} subclass"
            )
        name = getattr(component, "name", "")
        if not isinstance(name, str) or not name:
            raise TypeError(f"plugin {owner!r} registered {component.__name__} without a name")
        if name in table:
            first = self._owners[(kind, name)]
            raise ValueError(
                f"duplicate {kind[:-1]} name {name!r}: registered by plugin {first!r} and by plugin {owner!r}"
            )
        table[name] = component
        self._owners[(kind, name)] = owner

    def names(self, kind: str) -> list[str]:
        return list(self._table(kind))

    def get(self, kind: str, name: str) -> type:
        table = self._table(kind)
        if name not in table:
            known = ", ".join(sorted(table)) or "none"
            raise UnknownComponentError(f"unknown {kind[:-1]} {name!r} (known: {known})")
        return table[name]

    def owner(self, kind: str, name: str) -> str:
        self._table(kind)
        return self._owners[(kind, name)]

    def readers(self) -> dict[str, type[Reader]]:
        return dict(self._table("readers"))

    def parsers(self) -> list[type[Parser]]:
        return list(self._table("parsers").values())

    def enrichers(self) -> list[type[Enricher]]:
        return sorted(self._table("enrichers").values(), key=lambda e: (e.order, e.name))

    def exporter(self, name: str) -> type[Exporter]:
        return self.get("exporters", name)

    def engine(self, name: str) -> type[Engine]:
        return self.get("engines", name)

    def plugin_infos(self) -> list[PluginInfo]:
        infos = []
        for kind in _KINDS:
            self._table(kind)
        by_owner: dict[str, list[str]] = {}
        for (kind, name), owner in sorted(self._owners.items()):
            by_owner.setdefault(owner, []).append(f"{kind[:-1]}:{name}")
        for plugin_name, plugin in sorted(self.pm.list_name_plugin()):
            builtin = plugin_name.startswith("citylinks.")
            infos.append(
                PluginInfo(plugin_name, _version_of(plugin_name, plugin), builtin, tuple(by_owner.get(plugin_name, ())))
            )
        return infos


def _registration_order(impls: list) -> list:
    # pluggy lists implementations as [trylast..., plain in registration order..., tryfirst...]
    # and calls them backwards; components are registered forwards, so built-ins name theirs first.
    plain = [impl for impl in impls if not impl.tryfirst and not impl.trylast]
    return [impl for impl in impls if impl.tryfirst] + plain + [impl for impl in impls if impl.trylast]


def _version_of(plugin_name: str, plugin: Any) -> str:
    distribution = getattr(plugin, "__citylinks_distribution__", None)
    if plugin_name.startswith("citylinks."):
        distribution = "citylinks"
    if distribution:
        try:
            return importlib.metadata.version(distribution)
        except importlib.metadata.PackageNotFoundError:
            pass
    return str(getattr(plugin, "__version__", "unknown"))


def plugin_version(registry: Registry, plugin_name: str) -> str:
    """The version of the distribution a registered plugin comes from (``unknown`` when none says)."""
    return _version_of(plugin_name, registry.pm.get_plugin(plugin_name))


def new_plugin_manager() -> pluggy.PluginManager:
    """A manager that knows the hooks but has no plugins: tests start here."""
    pm = pluggy.PluginManager(hookspecs.PROJECT_NAME)
    pm.add_hookspecs(hookspecs)
    return pm


def load_default_plugins(pm: pluggy.PluginManager) -> None:
    for module_name in DEFAULT_PLUGINS:
        pm.register(importlib.import_module(module_name), name=module_name)


def load_entry_point_plugins(pm: pluggy.PluginManager, selection: str | None = None) -> list[BrokenPlugin]:
    """Load third-party plugins; return those that failed, each named with its error."""
    if selection is None:
        selection = os.environ.get(LOAD_PLUGINS_ENV)
    wanted = None if selection is None else {s.strip() for s in selection.split(",") if s.strip()}
    broken = []
    seen: set[str] = set()
    for entry_point in sorted(importlib.metadata.entry_points(group=ENTRY_POINT_GROUP), key=lambda e: e.name):
        if entry_point.name in seen or (wanted is not None and entry_point.name not in wanted):
            continue
        seen.add(entry_point.name)
        plugin = None
        try:
            plugin = entry_point.load()
            if entry_point.dist is not None:
                with contextlib.suppress(AttributeError, TypeError):
                    plugin.__citylinks_distribution__ = entry_point.dist.name
            pm.register(plugin, name=entry_point.name)
            check_hooks(pm, plugin)
        except Exception as error:  # noqa: BLE001 (any import-time failure of a third-party plugin)
            if plugin is not None and pm.get_plugin(entry_point.name) is plugin:
                # pluggy may have added some of its hooks before refusing one.
                pm.unregister(name=entry_point.name)
            broken.append(BrokenPlugin(entry_point.name, f"{type(error).__name__}: {error}"))
    pm.check_pending()
    return broken


def check_hooks(pm: pluggy.PluginManager, plugin: Any) -> None:
    """``pm.check_pending()`` for one plugin: raise ``PluginValidationError`` when it
    implements a hook citylinks does not define (a misspelled name, most often)."""
    known = [name for name in vars(pm.hook) if not name.startswith("_") and getattr(pm.hook, name).has_spec()]
    for caller in pm.get_hookcallers(plugin) or []:
        if caller.has_spec():
            continue
        if any(impl.plugin is plugin and not impl.optionalhook for impl in caller.get_hookimpls()):
            close = difflib.get_close_matches(caller.name, known, n=1)
            hint = f" (did you mean {close[0]!r}?)" if close else ""
            raise pluggy.PluginValidationError(plugin, f"unknown hook {caller.name!r}{hint}")


def get_plugin_manager(load_entry_points: bool = True) -> tuple[pluggy.PluginManager, Registry]:
    """The usual manager: built-ins plus third-party plugins, and its registry."""
    pm = new_plugin_manager()
    load_default_plugins(pm)
    broken = load_entry_point_plugins(pm) if load_entry_points else []
    return pm, Registry(pm, broken)
