"""``citylinks.api.to_dataframes`` and the ``Dataset`` conversion methods."""

from __future__ import annotations

import builtins
import json
import sys

import pytest

from citylinks import api
from citylinks.dataset import Dataset
from citylinks.models import Agreement, Event, Geo, Partner, Source


def _dataset() -> Dataset:
    dataset = Dataset()
    hue = Partner(
        id="p-hue",
        name="Hue",
        kind="city",
        country="VN",
        aliases=["Huế"],
        geo=Geo(16.46, 107.59),
        sources=[Source("doc-1", 0, 3, "Hue")],
    )
    kyoto = Partner(id="p-kyoto", name="Kyoto", kind="city", country="JP", sources=[Source("doc-1", 8, 13, "Kyoto")])
    talks = Event(
        id="e-1",
        kind="talks",
        date="2023-02",
        partners=["p-hue", "p-kyoto"],
        topics=["culture"],
        sources=[Source("doc-1", 0, 20, "Hue and Kyoto talks")],
    )
    twinning = Agreement(
        id="a-1",
        kind="twinning",
        status="signed",
        date="1996-05-01",
        partners=["p-hue", "p-kyoto"],
        sources=[Source("doc-2", 0, 10, "twin towns")],
    )
    dataset.extend([kyoto, hue, talks, twinning])
    return dataset


def test_dataframes_have_one_row_per_record_sorted_by_id():
    pytest.importorskip("pandas")
    tables = api.to_dataframes(_dataset())
    assert sorted(tables) == ["agreements", "events", "partners"]
    partners, events, agreements = tables["partners"], tables["events"], tables["agreements"]
    assert list(partners.columns) == list(api.PARTNER_COLUMNS)
    assert list(partners["id"]) == ["p-hue", "p-kyoto"]
    hue = partners.iloc[0]
    assert (hue["name"], hue["country"], hue["aliases"], hue["lat"], hue["documents"]) == (
        "Hue",
        "VN",
        ["Huế"],
        16.46,
        ["doc-1"],
    )
    assert partners.iloc[1]["lat"] is None or partners["lat"].isna().iloc[1]
    assert list(events.columns) == list(api.EVENT_COLUMNS)
    assert events.iloc[0][["kind", "date", "partners", "topics"]].tolist() == [
        "talks",
        "2023-02",
        ["p-hue", "p-kyoto"],
        ["culture"],
    ]
    assert list(agreements.columns) == list(api.AGREEMENT_COLUMNS)
    assert agreements.iloc[0][["kind", "status", "date", "documents"]].tolist() == [
        "twinning",
        "signed",
        "1996-05-01",
        ["doc-2"],
    ]


def test_dataframes_of_an_empty_dataset_keep_their_columns():
    pytest.importorskip("pandas")
    tables = Dataset().to_dataframes()
    assert all(len(table) == 0 for table in tables.values())
    assert list(tables["events"].columns) == list(api.EVENT_COLUMNS)


def test_partners_of_a_relation_join_back_to_the_partners_table():
    pytest.importorskip("pandas")
    tables = _dataset().to_dataframes()
    pairs = tables["events"].explode("partners").merge(tables["partners"], left_on="partners", right_on="id")
    assert sorted(pairs["name"]) == ["Hue", "Kyoto"]


def test_without_pandas_the_error_says_what_to_install(monkeypatch):
    real_import = builtins.__import__

    def no_pandas(name, *args, **kwargs):
        if name == "pandas" or name.startswith("pandas."):
            raise ImportError("No module named 'pandas'")
        return real_import(name, *args, **kwargs)

    monkeypatch.delitem(sys.modules, "pandas", raising=False)
    monkeypatch.setattr(builtins, "__import__", no_pandas)
    with pytest.raises(ImportError, match=r'pip install "citylinks\[pandas\]"'):
        api.to_dataframes(_dataset())


def test_dataset_methods_delegate_to_the_api():
    dataset = _dataset()
    assert json.loads(dataset.to_json()) == json.loads(api.to_json(dataset))
    graph = dataset.to_networkx()
    assert sorted(graph.nodes) == ["p-hue", "p-kyoto"]
    assert sorted(key for _, _, key in graph.edges(keys=True)) == ["a-1", "e-1"]


def test_importing_the_dataset_imports_no_conversion_library():
    import subprocess

    code = (
        "import sys, citylinks.dataset; "
        "print(sorted(m for m in ('pandas', 'networkx', 'citylinks.api') if m in sys.modules))"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert result.stdout.strip() == "[]"
