"""The record store: records on disk come back equal, tables behave as dicts sorted by id, and runs that keep
their records on disk give the bytes of runs that keep them in memory."""

from __future__ import annotations

import gc
import pickle

import attrs
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from citylinks.dataset import Dataset
from citylinks.folding import RecordFolder
from citylinks.models import Event, PartialDate, Source
from citylinks.pipeline import build_dataset, export_to_bytes
from citylinks.plugins import get_plugin_manager
from citylinks.recordstore import (
    RecordStore,
    RecordTable,
    decode_record,
    empty_like,
    encode_record,
    mapped_table,
    record_fields,
    sort_records,
    sorted_values,
)
from citylinks.sourcelist import TextSpill, spilled_record
from strategies import any_records, datasets, events, record_ids

SEEDS = "tests/corpus/articles"


@pytest.fixture(scope="module")
def store():
    opened = RecordStore.open()
    assert opened is not None
    yield opened
    opened.close()


def on_disk(dataset: Dataset, store: RecordStore) -> Dataset:
    """The same dataset with every table in ``store``."""
    return Dataset(
        documents=store.table(dataset.documents.items()),
        partners=store.table(dataset.partners.items()),
        events=store.table(dataset.events.items()),
        agreements=store.table(dataset.agreements.items()),
    )


@settings(max_examples=300, deadline=None)
@given(any_records)
def test_a_record_comes_back_equal_and_of_its_class(record):
    back = decode_record(encode_record(record))
    assert back == record
    assert type(back) is type(record)
    assert attrs.asdict(back, recurse=False).keys() == attrs.asdict(record, recurse=False).keys()


def test_a_spilled_source_list_takes_its_texts_along():
    spill = TextSpill(0)
    event = Event(id="e", kind="talks", sources=(Source("sha256:aa", 0, 9, "long text" * 10),))
    moved = spilled_record(event, spill)
    assert moved.sources._spill is spill
    back = decode_record(encode_record(moved))
    assert back == event
    assert back.sources._spill is None


@settings(max_examples=200, deadline=None)
@given(any_records)
def test_the_fields_of_a_stored_record_are_its_fields(record):
    fields = record_fields(encode_record(record))
    for attribute in attrs.fields(type(record)):
        assert getattr(fields, attribute.name) == getattr(record, attribute.name)
    with pytest.raises(AttributeError):
        fields.no_such_field  # noqa: B018


def test_an_object_of_another_class_is_pickled_as_it_is():
    value = {"not": ("a", "record")}
    assert decode_record(encode_record(value)) == value


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(st.tuples(record_ids, any_records), max_size=20))
def test_a_table_behaves_as_a_dict_sorted_by_id(store, items):
    expected = dict(items)
    table = store.table(items)
    assert len(table) == len(expected)
    assert table == expected
    assert list(table) == sorted(expected)
    assert list(table.items()) == sorted(expected.items(), key=lambda item: item[0])
    assert list(table.values()) == [expected[key] for key in sorted(expected)]
    assert list(sorted_values(table)) == list(sorted_values(expected))
    for key, record in expected.items():
        assert key in table
        assert table[key] == record
        assert table.get(key) == record
    assert "no such id" not in table or "no such id" in expected
    assert table.get(3) is None
    assert 3 not in table


def test_a_table_is_changed_as_a_dict_is(store):
    table = store.table()
    record = Event(id="e1", kind="talks", date=PartialDate(2021, 5))
    table["e1"] = record
    table["e1"] = attrs.evolve(record, kind="visit")
    assert len(table) == 1 and table["e1"].kind == "visit"
    table.update({"e2": record}, e3=record)
    assert list(table) == ["e1", "e2", "e3"]
    del table["e2"]
    assert list(table) == ["e1", "e3"]
    with pytest.raises(KeyError):
        del table["e2"]
    with pytest.raises(KeyError):
        table["e2"]
    assert table.pop("e1").kind == "visit"
    table.clear()
    assert len(table) == 0 and list(table) == []


def test_a_table_may_be_written_while_another_is_read(store):
    first = store.table((f"k{n:05d}", Event(id=f"k{n:05d}", kind="talks")) for n in range(2000))
    second = store.table()
    for key, record in first.items():
        second[key] = attrs.evolve(record, kind="visit")
        first[key] = attrs.evolve(record, kind="meeting")
    assert len(second) == 2000
    assert {record.kind for record in first.values()} == {"meeting"}


def test_mapped_and_empty_tables_stay_where_their_table_is(store):
    records = {f"e{n}": Event(id=f"e{n}", kind="talks") for n in range(5)}
    table = store.table(records.items())
    kept = mapped_table(table, lambda event: event if event.id != "e3" else attrs.evolve(event, kind="visit"))
    assert isinstance(kept, RecordTable)
    assert [event.kind for event in kept.values()] == ["talks", "talks", "talks", "visit", "talks"]
    assert isinstance(empty_like(table), RecordTable)
    assert empty_like(records) == {}
    assert mapped_table(records, lambda event: event) == records


@pytest.mark.parametrize("changed", [0, 1, 700, 1500])
def test_a_mapped_table_has_every_record_changed_or_not(store, changed):
    records = {f"e{n:05d}": Event(id=f"e{n:05d}", kind="talks") for n in range(1500)}
    table = store.table(records.items())
    kept = mapped_table(
        table, lambda event: attrs.evolve(event, kind="visit") if event.id < f"e{changed:05d}" else event
    )
    assert len(kept) == len(records)
    assert [event.kind for event in kept.values()] == ["visit"] * changed + ["talks"] * (1500 - changed)
    assert (kept is table) == (changed == 0)


def test_a_table_pickles_as_a_dict(store):
    table = store.table([("b", Event(id="b", kind="talks")), ("a", Event(id="a", kind="visit"))])
    assert pickle.loads(pickle.dumps(table)) == {"a": table["a"], "b": table["b"]}


@settings(max_examples=100, deadline=None)
@given(st.lists(st.binary(max_size=6), unique=True, max_size=40))
def test_records_are_sorted_by_their_keys_on_disk_and_in_memory(keys):
    store = RecordStore.open()
    items = [(key, Event(id=f"e{n}", kind="talks")) for n, key in enumerate(keys)]
    expected = [record for _, record in sorted(items, key=lambda item: item[0])]
    assert list(sort_records(items, store)) == expected
    assert list(sort_records(items, None)) == expected


def test_a_table_nothing_refers_to_goes_from_the_file(store):
    table = store.table([("a", Event(id="a", kind="talks"))])
    name = table._name
    del table
    gc.collect()
    tables = {row[0] for row in store._execute("SELECT name FROM sqlite_master")}
    assert name not in tables


def test_the_file_is_unlinked_at_once(tmp_path):
    opened = RecordStore.open(str(tmp_path))
    assert opened is not None
    table = opened.table([("a", Event(id="a", kind="talks"))])
    assert list(tmp_path.iterdir()) == []
    assert table["a"].kind == "talks"
    opened.close()


def test_without_a_temporary_directory_there_is_no_store_and_datasets_stay_in_memory(monkeypatch, tmp_path):
    missing = str(tmp_path / "missing")
    assert RecordStore.open(missing) is None
    monkeypatch.setattr("tempfile.tempdir", missing)
    dataset = Dataset.on_disk()
    assert all(type(table) is dict for table in (dataset.documents, dataset.events, dataset.agreements))


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(datasets(max_partners=6, max_events=8, max_agreements=6))
def test_every_enricher_gives_on_disk_what_it_gives_in_memory(store, dataset):
    registry = get_plugin_manager()[1]
    in_memory, disk = dataset, on_disk(dataset, store)
    for enricher_cls in registry.enrichers():
        in_memory = enricher_cls().enrich(in_memory)
        disk = enricher_cls().enrich(disk)
        assert disk == in_memory, enricher_cls.name
    assert list(disk.iter_items()) == list(in_memory.iter_items())


@settings(max_examples=60, deadline=None)
@given(st.lists(events(), max_size=12))
def test_grouping_on_disk_gives_the_groups_in_memory(items):
    from citylinks.default_plugins.event_merging import EventMerger

    items = [attrs.evolve(event, id=f"e{n}") for n, event in enumerate(items)]
    in_memory = Dataset(events={event.id: event for event in items})
    store = RecordStore.open()
    assert store is not None
    disk = Dataset(events=store.table((event.id, event) for event in items))
    for options in ({}, {"merge_undated": True, "min_partner_overlap": 1}, {"min_date_precision": "year"}):
        merger = EventMerger(**options)
        assert merger.groups(disk) == merger.groups(in_memory)


def test_the_folder_keeps_events_and_agreements_in_the_store(store):
    folder = RecordFolder(store)
    first = Event(id="e", kind="talks", sources=(Source("sha256:a", 0, 1, "x"),))
    second = Event(id="e", kind="visit", sources=(Source("sha256:b", 0, 1, "y"),))
    folder.extend([first, second, Event(id="d", kind="talks")])
    assert folder._runs == {}
    dataset = Dataset.on_disk(store)
    folder.into(dataset)
    expected = Dataset()
    expected.extend([first, second, Event(id="d", kind="talks")])
    assert dataset.events == expected.events


@pytest.mark.parametrize("fmt", ["json", "jsonl", "ical", "graphml"])
def test_a_run_on_disk_writes_the_bytes_of_a_run_in_memory(monkeypatch, tmp_path, fmt):
    registry = get_plugin_manager()[1]
    dataset, _ = build_dataset(registry, paths=[SEEDS])
    assert isinstance(dataset.events, RecordTable)
    on_disk_bytes = export_to_bytes(registry, dataset, fmt)
    monkeypatch.setattr("tempfile.tempdir", str(tmp_path / "missing"))
    dataset, _ = build_dataset(registry, paths=[SEEDS])
    assert type(dataset.events) is dict
    assert export_to_bytes(registry, dataset, fmt) == on_disk_bytes
