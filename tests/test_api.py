"""The Python API: ``citylinks.extract`` over paths and texts, ``to_json``, ``to_networkx``."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import networkx as nx
import pytest

import citylinks
from citylinks import api, hookimpl
from citylinks.components import Parser
from citylinks.dataset import Dataset
from citylinks.default_plugins import json_exporter, text_reader
from citylinks.ids import digest_id
from citylinks.models import Agreement, Document, Event, Geo, Partner, Source
from citylinks.pipeline import StrictModeError
from citylinks.plugins import Registry, new_plugin_manager

HUE = "Hue and Kyoto talks\nCity: Hue\nCity: Kyoto\nOfficials of the two cities held talks on heritage.\n"
HANOI = "Hanoi and Lyon\nCity: Hanoi\nCity: Lyon\nThe mayors met.\n"


class CityLineParser(Parser):
    name = "city-lines"

    def parse(self, document: Document) -> Iterator[Partner]:
        for line in document.text.splitlines():
            if line.startswith("City: "):
                name = line[6:]
                start = document.text.index(line) + 6
                yield Partner(
                    id=digest_id("p", [name]),
                    name=name,
                    kind="city",
                    sources=[Source(document.id, start, start + len(name), name)],
                )


class CityLines:
    @hookimpl
    def citylinks_register_parsers(self, register):
        register(CityLineParser)


@pytest.fixture
def registry() -> Registry:
    pm = new_plugin_manager()
    pm.register(text_reader, name="citylinks.default_plugins.text_reader")
    pm.register(json_exporter, name="citylinks.default_plugins.json_exporter")
    pm.register(CityLines(), name="city-lines")
    return Registry(pm)


def names(dataset: Dataset) -> list[str]:
    return sorted(partner.name for partner in dataset.partners.values())


def test_extract_is_exposed_lazily():
    assert citylinks.extract is api.extract


def test_paths_texts_and_bytes_mixed(tmp_path, registry):
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "hue.txt").write_text(HUE, encoding="utf-8")
    single = tmp_path / "hanoi.txt"
    single.write_text(HANOI, encoding="utf-8")
    dataset = api.extract(
        [tmp_path / "sub", str(single), "City: Hoi An\nan article given as text", b"City: Da Lat"], registry=registry
    )
    assert names(dataset) == ["Da Lat", "Hanoi", "Hoi An", "Hue", "Kyoto", "Lyon"]
    assert sorted(d.path for d in dataset.documents.values()) == sorted(
        ["<bytes 4>", "<text 3>", str(single), str(tmp_path / "sub" / "hue.txt")]
    )


def test_one_string_is_one_input(registry):
    dataset = api.extract(HUE, registry=registry)
    assert len(dataset.documents) == 1 and names(dataset) == ["Hue", "Kyoto"]


def test_a_string_naming_no_file_is_text(registry):
    dataset = api.extract(["City: Hue"], registry=registry)
    assert names(dataset) == ["Hue"]


def test_a_string_with_a_newline_is_text_even_if_a_file_has_that_name(tmp_path, registry, monkeypatch):
    monkeypatch.chdir(tmp_path)
    Path("City: Hue").write_text("City: Kyoto\n", encoding="utf-8")
    assert names(api.extract("City: Hue", registry=registry)) == ["Kyoto"]
    assert names(api.extract("City: Hue\n", registry=registry)) == ["Hue"]


def test_refusals_warn_and_the_rest_is_kept(tmp_path, registry):
    with pytest.warns(api.InputRefusedWarning, match="missing.txt: no such file or directory"):
        dataset = api.extract([HUE, tmp_path / "missing.txt"], registry=registry)
    assert names(dataset) == ["Hue", "Kyoto"]
    with pytest.warns(api.InputRefusedWarning, match="<text 1>: empty"):
        api.extract(["   \n  "], registry=registry)


def test_strict_raises(tmp_path, registry):
    with pytest.raises(StrictModeError, match=r"missing\.txt"):
        api.extract([tmp_path / "missing.txt", HUE], registry=registry, strict=True)


def test_report_and_max_bytes(registry):
    dataset, report = api.extract_with_report([HUE, HANOI + "x" * 200], registry=registry, max_bytes=150)
    assert report.documents == 1 and names(dataset) == ["Hue", "Kyoto"]
    (refusal,) = report.refusals
    assert refusal.where == "<text 2>" and refusal.reason.startswith("too large")


def test_not_a_path_or_text_is_a_type_error(registry):
    with pytest.raises(TypeError, match="paths, texts or bytes"):
        api.extract([42], registry=registry)


def test_to_json_is_the_json_export(registry):
    dataset = api.extract(HUE, registry=registry)
    exported = json.loads(api.to_json(dataset, registry=registry))
    assert exported["citylinks"] == "1"
    assert sorted(p["name"] for p in exported["partners"]) == ["Hue", "Kyoto"]
    assert api.to_json(dataset, registry=registry, indent="none").count("\n") <= 1


def graph_dataset() -> Dataset:
    source = Source("sha256:abc", 0, 5, "Hanoi")
    dataset = Dataset()
    dataset.extend(
        [
            Partner(id="p-hanoi", name="Hanoi", kind="city", country="VN", geo=Geo(21.02, 105.84), sources=[source]),
            Partner(id="p-lyon", name="Lyon", kind="city", country="FR", aliases=["Lugdunum"], sources=[source]),
            Partner(id="p-hue", name="Hue", kind="city", sources=[source]),
            Event(id="e-1", kind="talks", date="2021-05-19", partners=["p-hanoi", "p-lyon", "p-hue"], sources=[source]),
            Agreement(
                id="a-1",
                kind="twinning",
                status="existing",
                date="1997",
                partners=["p-hanoi", "p-lyon"],
                sources=[source],
            ),
            Agreement(id="a-2", kind="mou", status="proposed", partners=["p-hue"], sources=[source]),
        ]
    )
    return dataset


def test_to_networkx_partners_and_relations():
    graph = api.to_networkx(graph_dataset())
    assert isinstance(graph, nx.MultiGraph)
    assert sorted(graph.nodes) == ["p-hanoi", "p-hue", "p-lyon"]
    assert graph.nodes["p-hanoi"] == {"name": "Hanoi", "kind": "city", "country": "VN", "lat": 21.02, "lon": 105.84}
    assert graph.nodes["p-lyon"]["aliases"] == "Lugdunum"
    assert graph.number_of_edges() == 4  # three pairs for the talks, one for the twinning, none for a lone partner
    twinning = graph.get_edge_data("p-hanoi", "p-lyon", key="a-1")
    assert twinning == {
        "relation": "agreement",
        "kind": "twinning",
        "date": "1997",
        "status": "existing",
        "documents": "sha256:abc",
    }
    assert graph.get_edge_data("p-lyon", "p-hue", key="e-1")["date"] == "2021-05-19"
    assert "\n".join(nx.generate_graphml(graph))  # writable as GraphML: no None values
