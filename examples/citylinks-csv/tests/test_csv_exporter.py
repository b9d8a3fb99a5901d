"""The CSV exporter, registered on a fresh plugin manager as citylinks would load it."""

from __future__ import annotations

import csv
import io

import pytest
from citylinks.dataset import Dataset
from citylinks.models import Agreement, Document, Event, Partner, Source
from citylinks.plugins import Registry, new_plugin_manager

import citylinks_csv


@pytest.fixture
def registry() -> Registry:
    pm = new_plugin_manager()
    pm.register(citylinks_csv, name="csv")
    pm.check_pending()  # a misspelled hook name would fail here
    return Registry(pm)


def _source(start: int, text: str) -> Source:
    return Source(document="sha256:abc", start=start, end=start + len(text), text=text)


@pytest.fixture
def dataset() -> Dataset:
    dataset = Dataset()
    dataset.add_document(Document(id="sha256:abc", path="article.txt", text="..."))
    dataset.add(
        Partner(id="city:vn:da-nang", name="Da Nang", kind="city", country="VN", sources=(_source(0, "Da Nang"),))
    )
    dataset.add(Partner(id="city:jp:yokohama", name="Yokohama", kind="city", country="JP"))
    dataset.add(
        Event(
            id="event-1",
            kind="signing",
            date="2024-03-12",
            partners=("city:vn:da-nang", "city:jp:yokohama"),
            sources=(_source(10, "signed"), _source(40, "signing ceremony")),
        )
    )
    dataset.add(
        Agreement(
            id="agreement-1",
            kind="mou",
            status="signed",
            date="2024-03",
            partners=("city:jp:yokohama", "city:vn:da-nang", "city:kr:unknown"),
            sources=(_source(20, "memorandum"),),
        )
    )
    dataset.add(Agreement(id="agreement-2", kind="twinning", status="existing"))
    return dataset


def export(registry: Registry, dataset: Dataset) -> bytes:
    out = io.BytesIO()
    registry.exporter("csv")().export_dataset(dataset, out)
    assert not out.closed, "the exporter must leave the caller's stream open"
    return out.getvalue()


def test_the_plugin_registers_an_exporter_named_csv(registry):
    assert registry.exporter("csv") is citylinks_csv.CsvExporter
    assert registry.owner("exporters", "csv") == "csv"


def test_one_row_per_event_and_agreement(registry, dataset):
    rows = list(csv.DictReader(io.StringIO(export(registry, dataset).decode("utf-8"))))
    assert [row["id"] for row in rows] == ["event-1", "agreement-1", "agreement-2"]
    assert rows[0] == {
        "type": "event",
        "id": "event-1",
        "kind": "signing",
        "date": "2024-03-12",
        "status": "",
        "partners": "Da Nang; Yokohama",
        "sources": "2",
    }
    # A partner the dataset does not hold is shown by its id rather than dropped.
    assert rows[1]["partners"] == "Yokohama; Da Nang; city:kr:unknown"
    assert (rows[1]["status"], rows[1]["date"]) == ("signed", "2024-03")
    assert (rows[2]["date"], rows[2]["partners"], rows[2]["sources"]) == ("", "", "0")


def test_header_line_endings_and_determinism(registry, dataset):
    first = export(registry, dataset)
    assert first.startswith(b"type,id,kind,date,status,partners,sources\n")
    assert b"\r" not in first
    assert export(registry, dataset) == first


def test_an_empty_dataset_gives_only_the_header(registry):
    assert export(registry, Dataset()) == b"type,id,kind,date,status,partners,sources\n"


def test_names_with_commas_and_quotes_survive_a_round_trip(registry):
    dataset = Dataset()
    dataset.add(Partner(id="org:1", name='People\'s Committee of "Hue", Thua Thien Hue', kind="organization"))
    dataset.add(Partner(id="city:vn:ha-noi", name="Hà Nội", kind="city"))
    dataset.add(Event(id="event-1", kind="talks", partners=("org:1", "city:vn:ha-noi")))
    rows = list(csv.reader(io.StringIO(export(registry, dataset).decode("utf-8"))))
    assert rows[1][5] == 'People\'s Committee of "Hue", Thua Thien Hue; Hà Nội'
