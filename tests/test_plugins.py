"""Plugins: a throwaway plugin on a fresh manager, every hook, loading and refusing plugins.

Every hook in ``citylinks/hookspecs.py`` has a ``test_hook_<name>`` here
(``test_every_hook_has_a_test`` keeps it so).
"""

from __future__ import annotations

import inspect
import sys
import types
from collections.abc import Iterator
from typing import ClassVar

import pluggy
import pytest
import typer
from typer.testing import CliRunner

import citylinks.plugins
from citylinks import hookimpl, hookspecs
from citylinks.cli import build_app
from citylinks.components import Engine, Enricher, Exporter, InputSource, Parser, Reader
from citylinks.dataset import Dataset
from citylinks.decoding import decode_bytes
from citylinks.default_plugins import text_reader
from citylinks.ids import digest_id
from citylinks.models import Document, Partner, Source
from citylinks.parsing import parse_in_process
from citylinks.pipeline import build_dataset, export_to_bytes
from citylinks.plugins import BrokenPlugin, Registry, load_entry_point_plugins, new_plugin_manager

# --- a throwaway plugin: a reader, a parser and an exporter ---------------------------------


class ShoutReader(Reader):
    """Reads ``*.shout`` files: the same text, upper-cased."""

    name = "shout"
    description = "upper-cased text"

    def read(self, source: InputSource) -> Iterator[Document]:
        text = decode_bytes(source.read_bytes()).upper()
        yield Document(id=digest_id("shout", [text]), path=source.name, text=text)


class CityLineParser(Parser):
    """Every line ``CITY: <name>`` is a partner."""

    name = "city-lines"
    description = "CITY: lines"

    def parse(self, document: Document) -> Iterator[Partner]:
        offset = 0
        for line in document.text.splitlines(keepends=True):
            if line.upper().startswith("CITY: "):
                name = line[6:].strip()
                start = offset + 6
                yield Partner(
                    id=digest_id("partner", [name.lower()]),
                    name=name,
                    kind="city",
                    sources=[Source(document.id, start, start + len(name), name)],
                )
            offset += len(line)


class NamesExporter(Exporter):
    """One partner name per line."""

    name = "names"
    description = "partner names, one per line"
    suffix = ".txt"
    options_help: ClassVar[dict[str, str]] = {"case": "upper or lower"}

    def export_item(self, item) -> None:
        if isinstance(item, Partner):
            name = item.name.lower() if self.options.get("case") == "lower" else item.name
            self.out.write(name.encode("utf-8") + b"\n")


class ThrowawayPlugin:
    __version__ = "9.9"

    @hookimpl
    def citylinks_register_readers(self, register):
        register(ShoutReader)

    @hookimpl
    def citylinks_register_parsers(self, register):
        register(CityLineParser)

    @hookimpl
    def citylinks_register_exporters(self, register):
        register(NamesExporter)

    @hookimpl
    def citylinks_choose_reader(self, path, head, readers):
        return "shout" if path.endswith(".shout") else None


def fresh_manager(*plugins: tuple[object, str], builtin_text_reader: bool = True) -> pluggy.PluginManager:
    pm = new_plugin_manager()
    if builtin_text_reader:
        pm.register(text_reader, name="citylinks.default_plugins.text_reader")
    for plugin, name in plugins:
        pm.register(plugin, name=name)
    return pm


def invoke(pm: pluggy.PluginManager, *args: str, registry: Registry | None = None):
    return CliRunner().invoke(build_app(pm, registry or Registry(pm)), list(args))


@pytest.fixture
def pm() -> pluggy.PluginManager:
    return fresh_manager((ThrowawayPlugin(), "throwaway"))


def test_throwaway_plugin_in_formats(pm):
    result = invoke(pm, "formats")
    assert result.exit_code == 0, result.stderr
    assert result.stdout.splitlines() == [
        "names  (.txt)  partner names, one per line",
        "    -O case=...  upper or lower",
    ]


def test_throwaway_plugin_in_plugins(pm):
    result = invoke(pm, "plugins")
    assert result.exit_code == 0, result.stderr
    lines = result.stdout.splitlines()
    assert "throwaway 9.9: exporter:names, parser:city-lines, reader:shout" in lines
    assert any(
        line.startswith("citylinks.default_plugins.text_reader ") and line.endswith("(built-in): reader:text")
        for line in lines
    )


def test_throwaway_plugin_end_to_end(pm, tmp_path):
    (tmp_path / "a.shout").write_text("city: Hanoi\nsome words\ncity: Lyon\n", encoding="utf-8")
    (tmp_path / "b.txt").write_text("City: Hue\nplain text article\n", encoding="utf-8")
    result = invoke(pm, "export", "-f", "names", "-O", "case=lower", str(tmp_path))
    assert result.exit_code == 0, result.stderr
    assert sorted(result.stdout.splitlines()) == ["hanoi", "hue", "lyon"]


def test_duplicate_component_names_refused_naming_both_plugins():
    class Copycat:
        @hookimpl
        def citylinks_register_exporters(self, register):
            register(type("OtherNames", (Exporter,), {"name": "names"}))

    pm = fresh_manager((ThrowawayPlugin(), "throwaway"), (Copycat(), "copycat"))
    with pytest.raises(ValueError, match=r"duplicate exporter name 'names'.*'throwaway'.*'copycat'"):
        Registry(pm).exporter("names")
    for command in (["formats"], ["export", "-f", "names", "x.txt"]):
        result = invoke(pm, *command)
        assert result.exit_code == 2
        (line,) = result.stderr.splitlines()
        assert line.startswith("citylinks: error: duplicate exporter name 'names'")
        assert "'throwaway'" in line and "'copycat'" in line


def test_registering_a_non_component_is_a_type_error():
    class Confused:
        @hookimpl
        def citylinks_register_parsers(self, register):
            register(NamesExporter)

    with pytest.raises(TypeError, match=r"plugin 'confused' registered .*not a Parser subclass"):
        Registry(fresh_manager((Confused(), "confused"))).parsers()


def test_unknown_format_lists_the_known_ones(pm, tmp_path):
    (tmp_path / "a.txt").write_text("City: Hue\n", encoding="utf-8")
    result = invoke(pm, "export", "--format", "nope", str(tmp_path / "a.txt"))
    assert result.exit_code == 2
    assert result.stderr == "citylinks: error: unknown format 'nope' (known formats: names)\n"
    assert result.stdout == ""


def test_unknown_exporter_option_is_a_usage_error(pm, tmp_path):
    result = invoke(pm, "export", "-f", "names", "-O", "colour=red", str(tmp_path))
    assert result.exit_code == 2
    assert result.stderr == "citylinks: error: format 'names' has no option 'colour' (options: case)\n"


# --- one test per hook ------------------------------------------------------------------------


def test_hook_citylinks_register_readers(pm, tmp_path):
    registry = Registry(pm)
    assert registry.readers() == {"text": text_reader.TextReader, "shout": ShoutReader}
    assert registry.owner("readers", "shout") == "throwaway"
    (tmp_path / "a.shout").write_text("city: Hanoi\n", encoding="utf-8")
    dataset, report = build_dataset(registry, paths=[str(tmp_path / "a.shout")])
    assert report.documents == 1 and not report.refusals
    assert [p.name for p in dataset.partners.values()] == ["HANOI"]


def test_hook_citylinks_register_parsers(pm):
    registry = Registry(pm)
    assert registry.parsers() == [CityLineParser]
    dataset, _ = build_dataset(registry, sources=[InputSource(name="a.txt", data=b"City: Hue\nCity: Lyon\n")])
    names = sorted(p.name for p in dataset.partners.values())
    assert names == ["Hue", "Lyon"]
    (hue,) = [p for p in dataset.partners.values() if p.name == "Hue"]
    assert hue.sources[0].start == 6 and hue.sources[0].text == "Hue"


def test_hook_citylinks_register_enrichers():
    calls = []

    class Countries(Enricher):
        name = "countries"
        order = 20

        def enrich(self, dataset: Dataset) -> Dataset:
            calls.append(self.name)
            for key, partner in list(dataset.partners.items()):
                dataset.partners[key] = Partner(
                    id=partner.id, name=partner.name, kind="city", country="VN", sources=partner.sources
                )
            return dataset

    class First(Enricher):
        name = "first"
        order = 10

        def enrich(self, dataset: Dataset) -> Dataset:
            calls.append(self.name)
            return dataset

    class EnrichPlugin:
        @hookimpl
        def citylinks_register_enrichers(self, register):
            register(Countries)
            register(First)

    pm = fresh_manager((ThrowawayPlugin(), "throwaway"), (EnrichPlugin(), "enrich"))
    registry = Registry(pm)
    assert registry.enrichers() == [First, Countries]
    dataset, _ = build_dataset(registry, sources=[InputSource(name="a.txt", data=b"City: Hue\n")])
    assert calls == ["first", "countries"]
    assert [p.country for p in dataset.partners.values()] == ["VN"]


def test_hook_citylinks_register_exporters(pm):
    registry = Registry(pm)
    assert registry.names("exporters") == ["names"]
    assert registry.exporter("names") is NamesExporter
    dataset, _ = build_dataset(registry, sources=[InputSource(name="a.txt", data=b"City: Hue\n")])
    assert export_to_bytes(registry, dataset, "names", {"case": "lower"}) == b"hue\n"


def test_hook_citylinks_register_commands(pm):
    class CommandPlugin:
        @hookimpl
        def citylinks_register_commands(self, app):
            @app.command()
            def hello(name: str) -> None:
                """Say hello."""
                typer.echo(f"Hello {name}")

    class BrokenCommands:
        @hookimpl
        def citylinks_register_commands(self, app):
            raise RuntimeError("no commands today")

    pm.register(CommandPlugin(), name="commands")
    pm.register(BrokenCommands(), name="broken-commands")
    registry = Registry(pm)
    app = build_app(pm, registry)
    result = CliRunner().invoke(app, ["hello", "Hanoi"])
    assert result.exit_code == 0, result.stderr
    assert result.stdout == "Hello Hanoi\n"
    assert BrokenPlugin("broken-commands", "commands not added: RuntimeError: no commands today") in registry.broken
    assert "hello" in CliRunner().invoke(app, ["--help"]).stdout


def test_hook_citylinks_choose_reader(tmp_path):
    class GreedyPlugin:
        @hookimpl
        def citylinks_register_readers(self, register):
            register(ShoutReader)

        @hookimpl
        def citylinks_choose_reader(self, path, head, readers):
            assert set(readers) == {"text", "shout"}
            return "shout" if head.startswith(b"!") else None

    pm = fresh_manager((GreedyPlugin(), "greedy"))
    registry = Registry(pm)
    loud, quiet = tmp_path / "loud.txt", tmp_path / "quiet.txt"
    loud.write_bytes(b"! hanoi and lyon\n")
    quiet.write_bytes(b"hanoi and lyon\n")
    dataset, report = build_dataset(registry, paths=[str(loud), str(quiet)])
    # The built-in text reader answers last (trylast), so the plugin's claim on "!" files wins.
    texts = {document.path: document.title for document in dataset.documents.values()}
    assert texts == {str(loud): None, str(quiet): "hanoi and lyon"}
    assert report.documents == 2


def test_every_hook_has_a_test():
    hooks = {
        name
        for name, function in inspect.getmembers(hookspecs, inspect.isfunction)
        if hasattr(function, "citylinks_spec")
    }
    tests = {name[len("test_hook_") :] for name in dir(sys.modules[__name__]) if name.startswith("test_hook_")}
    assert hooks, "no hooks found in hookspecs.py"
    assert hooks == tests


def test_choose_reader_is_firstresult_and_builtin_is_trylast():
    assert hookspecs.citylinks_choose_reader.citylinks_spec["firstresult"] is True
    assert text_reader.citylinks_choose_reader.citylinks_impl["trylast"] is True


# --- loading plugins from entry points --------------------------------------------------------


class FakeEntryPoint:
    """What ``importlib.metadata.entry_points`` gives: a name, ``load()`` and ``dist``."""

    def __init__(self, name: str, plugin: object = None, error: BaseException | None = None) -> None:
        self.name = name
        self.group = citylinks.plugins.ENTRY_POINT_GROUP
        self.dist = None
        self._plugin, self._error = plugin, error

    def load(self) -> object:
        if self._error is not None:
            raise self._error
        return self._plugin


def exporter_plugin(module_name: str, format_name: str) -> types.ModuleType:
    module = types.ModuleType(module_name)
    module.__version__ = "1.0"
    exporter = type(
        f"{format_name.title()}Exporter", (Exporter,), {"name": format_name, "description": f"the {format_name} format"}
    )

    @hookimpl
    def citylinks_register_exporters(register):
        register(exporter)

    module.citylinks_register_exporters = citylinks_register_exporters
    return module


@pytest.fixture
def entry_points(monkeypatch):
    """Install fake entry points for the ``citylinks`` group."""

    def install(*points: FakeEntryPoint) -> None:
        def fake_entry_points(group: str | None = None, **kwargs):
            return [point for point in points if group == citylinks.plugins.ENTRY_POINT_GROUP]

        monkeypatch.setattr(citylinks.plugins.importlib.metadata, "entry_points", fake_entry_points)

    return install


def test_entry_point_plugins_load(entry_points, monkeypatch):
    monkeypatch.delenv(citylinks.plugins.LOAD_PLUGINS_ENV, raising=False)
    entry_points(
        FakeEntryPoint("alpha", exporter_plugin("alpha_mod", "alpha")),
        FakeEntryPoint("beta", exporter_plugin("beta_mod", "beta")),
    )
    pm = new_plugin_manager()
    assert load_entry_point_plugins(pm) == []
    assert Registry(pm).names("exporters") == ["alpha", "beta"]


@pytest.mark.parametrize(
    ("selection", "loaded"), [("alpha", ["alpha"]), ("beta, alpha", ["alpha", "beta"]), ("", []), ("gamma", [])]
)
def test_load_plugins_env_selects(entry_points, monkeypatch, selection, loaded):
    entry_points(
        FakeEntryPoint("alpha", exporter_plugin("alpha_mod", "alpha")),
        FakeEntryPoint("beta", exporter_plugin("beta_mod", "beta")),
    )
    monkeypatch.setenv(citylinks.plugins.LOAD_PLUGINS_ENV, selection)
    pm = new_plugin_manager()
    load_entry_point_plugins(pm)
    assert sorted(name for name, _ in pm.list_name_plugin()) == loaded


def test_broken_plugin_reported_by_name_and_skipped(entry_points, monkeypatch):
    monkeypatch.delenv(citylinks.plugins.LOAD_PLUGINS_ENV, raising=False)
    entry_points(
        FakeEntryPoint("alpha", exporter_plugin("alpha_mod", "alpha")),
        FakeEntryPoint("kaputt", error=ImportError("No module named 'lxml_nightly'")),
        FakeEntryPoint("zeta", exporter_plugin("zeta_mod", "zeta")),
    )
    pm = new_plugin_manager()
    broken = load_entry_point_plugins(pm)
    assert broken == [BrokenPlugin("kaputt", "ImportError: No module named 'lxml_nightly'")]
    registry = Registry(pm, broken)
    assert registry.names("exporters") == ["alpha", "zeta"]

    result = invoke(pm, "plugins", registry=registry)
    assert result.exit_code == 0
    assert "broken: kaputt: ImportError: No module named 'lxml_nightly'" in result.stdout.splitlines()
    assert any(line.startswith("alpha 1.0: exporter:alpha") for line in result.stdout.splitlines())

    formats = invoke(pm, "formats", registry=registry)
    assert [line.split()[0] for line in formats.stdout.splitlines()] == ["alpha", "zeta"]


def test_broken_plugin_noted_by_export(entry_points, monkeypatch, tmp_path):
    monkeypatch.delenv(citylinks.plugins.LOAD_PLUGINS_ENV, raising=False)
    entry_points(FakeEntryPoint("kaputt", error=SyntaxError("invalid syntax (kaputt.py, line 3)")))
    pm = fresh_manager((ThrowawayPlugin(), "throwaway"))
    registry = Registry(pm, load_entry_point_plugins(pm))
    (tmp_path / "a.txt").write_text("City: Hue\n", encoding="utf-8")
    result = invoke(pm, "export", "-f", "names", str(tmp_path / "a.txt"), registry=registry)
    assert result.exit_code == 0
    assert result.stdout == "Hue\n"
    assert (
        "note: plugin 'kaputt' skipped: SyntaxError: invalid syntax (kaputt.py, line 3)" in result.stderr.splitlines()
    )


def test_check_pending_catches_a_misspelled_hookimpl():
    class Misspelled:
        @hookimpl
        def citylinks_register_exporter(self, register):  # missing "s"
            register(NamesExporter)

    pm = new_plugin_manager()
    pm.register(Misspelled(), name="misspelled")
    with pytest.raises(pluggy.PluginValidationError, match="citylinks_register_exporter"):
        pm.check_pending()


def test_hookimpl_with_unknown_argument_is_refused():
    class WrongArgument:
        @hookimpl
        def citylinks_register_exporters(self, register, colour):
            pass

    pm = new_plugin_manager()
    with pytest.raises(pluggy.PluginValidationError, match="colour"):
        pm.register(WrongArgument(), name="wrong")


def test_hookimpl_may_take_a_subset_of_arguments(tmp_path):
    class HeadOnly:
        @hookimpl
        def citylinks_choose_reader(self, head):
            return "text" if head.startswith(b"#") else None

    pm = fresh_manager((HeadOnly(), "head-only"))
    registry = Registry(pm)
    path = tmp_path / "a.md"
    path.write_bytes(b"# Hanoi and Lyon\n")
    _, report = build_dataset(registry, paths=[str(path)])
    assert report.documents == 1


def test_hook_citylinks_register_engines(pm, tmp_path):
    seen: list[list[str]] = []

    class Backwards(Engine):
        """Parses the documents in reverse order, then hands the results back in input order."""

        name = "backwards"
        description = "parses the last document first"

        def parse(self, documents, registry):
            documents = list(documents)
            seen.append([document.path for document in documents])
            parsed = list(parse_in_process(reversed(documents), registry))
            yield from reversed(parsed)

    class EnginePlugin:
        @hookimpl
        def citylinks_register_engines(self, register):
            register(Backwards)

    pm.register(EnginePlugin(), name="engines")
    for name in ("hue", "lyon"):
        (tmp_path / f"{name}.txt").write_text(f"City: {name.title()}\n", encoding="utf-8")
    result = invoke(pm, "export", "--no-cache", "-f", "names", "--engine", "backwards", str(tmp_path))
    assert result.exit_code == 0, result.stderr
    assert result.stdout == "Hue\nLyon\n"
    assert seen == [[str(tmp_path / "hue.txt"), str(tmp_path / "lyon.txt")]]
    assert "engines unknown: engine:backwards" in invoke(pm, "plugins").stdout.splitlines()
    unknown = invoke(pm, "export", "-f", "names", "--engine", "nope", str(tmp_path))
    assert unknown.exit_code == 2
    assert unknown.stderr == "citylinks: error: unknown engine 'nope' (known engines: backwards)\n"
