"""SourceList: a record's sources, stored compactly, behave as the tuple of Source they came from."""

from __future__ import annotations

import pickle

import orjson
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from citylinks.dataset import Dataset, merge_records
from citylinks.folding import RecordFolder
from citylinks.models import Agreement, Event, Partner, Source
from citylinks.serialize import json_bytes, record_from_dict, record_json_parts, record_to_dict
from citylinks.sourcelist import EMPTY, SourceList, TextSpill, spilled_record
from strategies import agreements, events, partners, sources

few_documents = st.sampled_from(("sha256:aa", "sha256:bb", "sha256:cc"))
source_lists = st.lists(sources(few_documents) | sources(), max_size=12)


@given(source_lists)
def test_a_source_list_is_the_sequence_it_was_made_from(items):
    compact = SourceList(items)
    assert len(compact) == len(items)
    assert list(compact) == items
    assert compact == tuple(items)
    assert tuple(items) == compact
    assert hash(compact) == hash(tuple(items))
    assert bool(compact) == bool(items)
    for index in range(-len(items), len(items)):
        assert compact[index] == items[index]
    assert list(compact.rows()) == [(s.document, s.start, s.end, s.text) for s in items]
    assert compact.documents() == {s.document for s in items}


@given(source_lists, st.integers(-14, 14), st.integers(-14, 14), st.sampled_from((None, 1, 2, -1, 3)))
def test_slices_are_source_lists_of_the_slice(items, start, stop, step):
    part = SourceList(items)[start:stop:step]
    assert isinstance(part, SourceList)
    assert part == tuple(items[start:stop:step])


@given(source_lists, source_lists)
def test_equal_sequences_and_only_they_are_equal(first, second):
    assert (SourceList(first) == SourceList(second)) == (first == second)
    assert (SourceList(first) != SourceList(second)) == (first != second)
    if first == second:
        assert hash(SourceList(first)) == hash(SourceList(second))


@settings(max_examples=200)
@given(source_lists)
def test_pickle_round_trip(items):
    compact = SourceList(items)
    again = pickle.loads(pickle.dumps(compact))
    assert again == compact == tuple(items)
    assert list(again) == items


@settings(max_examples=200)
@given(st.one_of(partners(), events(), agreements()))
def test_records_round_trip_through_the_converter_and_json(record):
    assert isinstance(record.sources, SourceList)
    data = orjson.loads(json_bytes(record_to_dict(record)))
    assert record_from_dict(type(record), data) == record
    assert data["sources"] == [
        {"document": s.document, "start": s.start, "end": s.end, "text": s.text} for s in record.sources
    ]


@settings(max_examples=200)
@given(
    st.one_of(partners(), events(), agreements()),
    st.sampled_from((0, orjson.OPT_INDENT_2)),
    st.integers(1, 3),
    st.sampled_from((None, {"type": "record"})),
)
def test_record_json_in_parts_is_the_record_json(record, option, per_part, first):
    whole = json_bytes({**(first or {}), **record_to_dict(record)}, option)
    assert b"".join(record_json_parts(record, option, first, per_part)) == whole


@given(st.lists(source_lists, max_size=4))
def test_union_is_the_sorted_set_of_every_source(lists):
    expected = tuple(sorted({s for items in lists for s in items}, key=lambda s: (s.document, s.start, s.end, s.text)))
    assert SourceList.union(lists) == expected
    assert SourceList.union(reversed(lists)) == expected


@settings(max_examples=100, deadline=None)
@given(st.lists(partners(ids=st.just("p")), min_size=1, max_size=8), st.randoms())
def test_merged_sources_do_not_depend_on_the_order_records_come_in(records, random):
    shuffled = list(records)
    random.shuffle(shuffled)
    merged = [_fold(order).partners["p"].sources for order in (records, shuffled)]
    assert merged[0] == merged[1]
    assert isinstance(merged[0], SourceList)


def _fold(records):
    folder = RecordFolder()
    folder.extend(records)
    dataset = Dataset()
    folder.into(dataset)
    return dataset


def test_models_keep_sources_as_a_source_list_and_accept_tuples_and_lists():
    evidence = Source("sha256:aa", 3, 8, "Hanoi")
    for given_as in ((evidence,), [evidence], SourceList([evidence]), iter([evidence])):
        partner = Partner("hanoi", "Hanoi", "city", sources=given_as)
        assert isinstance(partner.sources, SourceList)
        assert partner.sources == (evidence,)
    assert Partner("hanoi", "Hanoi", "city").sources == ()
    assert Partner("hanoi", "Hanoi", "city").sources is EMPTY


@pytest.mark.parametrize("model", [Partner, Event, Agreement])
def test_models_refuse_items_that_are_not_sources_naming_the_field_and_value(model):
    fields = {
        Partner: {"name": "Hanoi", "kind": "city"},
        Event: {"kind": "talks"},
        Agreement: {"kind": "mou", "status": "signed"},
    }[model]
    good = Source("sha256:aa", 0, 5, "Hanoi")
    with pytest.raises(ValueError, match=rf"{model.__name__}\.sources: items must be Source \(got 'sha256:aa'\)"):
        model("x", **fields, sources=(good, "sha256:aa"))
    with pytest.raises(ValueError, match=rf"{model.__name__}\.sources"):
        model("x", **fields, sources="abc")


def test_a_source_list_refuses_what_is_not_a_source():
    with pytest.raises(TypeError, match="must be Source"):
        SourceList([Source("sha256:aa", 0, 1, "a"), ("sha256:aa", 0, 1, "a")])
    with pytest.raises(TypeError, match="not str"):
        SourceList("abc")


def test_a_source_list_is_immutable():
    compact = SourceList([Source("sha256:aa", 0, 1, "a")])
    with pytest.raises(AttributeError):
        compact._data = b""  # type: ignore[misc]
    with pytest.raises(IndexError):
        compact[1]


def test_large_offsets_and_many_distinct_strings_are_kept_exactly():
    far = [Source("sha256:aa", 2**40, 2**40 + 7, "far away"), Source("sha256:aa", 0, 0, "")]
    assert SourceList(far) == tuple(far)
    many = [Source(f"sha256:{n:06d}", n, n + 1, f"t{n}") for n in range(70_000)]
    compact = SourceList(many)
    assert compact == tuple(many)
    assert compact[-1] == many[-1]
    assert pickle.loads(pickle.dumps(compact)) == compact


def test_adding_gives_a_tuple_as_a_tuple_of_sources_would():
    one, two = Source("sha256:aa", 0, 1, "a"), Source("sha256:bb", 0, 1, "b")
    assert SourceList([one]) + (two,) == (one, two)  # noqa: RUF005 (the + is what is tested)
    assert (two,) + SourceList([one]) == (two, one)  # noqa: RUF005
    assert SourceList([one]) + SourceList([two]) == (one, two)


def test_merging_two_records_keeps_every_source_once_in_order():
    first = Partner(
        "hanoi", "Hanoi", "city", sources=[Source("sha256:bb", 0, 5, "Hanoi"), Source("sha256:aa", 9, 14, "Hanoi")]
    )
    second = Partner(
        "hanoi", "Ha Noi", "city", sources=[Source("sha256:aa", 9, 14, "Hanoi"), Source("sha256:aa", 0, 5, "Ha Noi")]
    )
    merged = merge_records(first, second)
    assert merged.sources == (
        Source("sha256:aa", 0, 5, "Ha Noi"),
        Source("sha256:aa", 9, 14, "Hanoi"),
        Source("sha256:bb", 0, 5, "Hanoi"),
    )


# ---- long texts spilled to a temporary file ------------------------------------------


@settings(max_examples=200)
@given(source_lists, st.integers(0, 12))
def test_a_spilled_list_is_the_list_it_was(items, min_length):
    spill = TextSpill(min_length)
    compact = SourceList(items)
    spilled = compact.spilled(spill)
    assert spilled == compact
    assert compact == spilled
    assert spilled == tuple(items)
    assert list(spilled) == items
    assert hash(spilled) == hash(compact)
    assert list(spilled.rows()) == list(compact.rows())
    assert spilled.documents() == compact.documents()
    assert spilled[1:] == compact[1:]
    for index in range(len(items)):
        assert spilled[index] == items[index]
    again = pickle.loads(pickle.dumps(spilled))
    assert again == compact
    assert again._spill is None  # another process cannot read the file: the texts travel with it


@given(st.lists(source_lists, min_size=1, max_size=4), st.lists(st.booleans(), min_size=4, max_size=4))
def test_a_union_of_spilled_lists_is_the_union_and_stays_spilled(lists, spill_it):
    spill = TextSpill(0)
    given_lists = [
        SourceList(items).spilled(spill) if flag else items for items, flag in zip(lists, spill_it, strict=False)
    ]
    union = SourceList.union(given_lists)
    assert union == SourceList.union(lists)
    if any(flag and items for items, flag in zip(lists, spill_it, strict=False)):
        assert union._spill is spill


@settings(max_examples=100)
@given(st.one_of(partners(), events(), agreements()), st.sampled_from((0, orjson.OPT_INDENT_2)))
def test_a_record_with_spilled_sources_exports_the_same_bytes(record, option):
    spilled = spilled_record(record, TextSpill(0))
    assert spilled == record
    assert b"".join(record_json_parts(spilled, option, per_part=1)) == json_bytes(record_to_dict(record), option)


def test_the_spill_stores_each_text_once_and_tells_texts_with_one_hash_apart():
    spill = TextSpill()
    first = spill.put("Ngày 19/5, lãnh đạo TP.HCM và Saint Petersburg hội đàm trực tuyến \ud800.")
    assert (
        spill.put("".join(list("Ngày 19/5, lãnh đạo TP.HCM và Saint Petersburg hội đàm trực tuyến \ud800."))) == first
    )
    assert spill.text(first).endswith("\ud800.")
    other = "another sentence of evidence"
    spill._by_hash[hash(other)] = first  # as if the two texts had one hash
    offset = spill.put(other)
    assert offset != first
    assert spill.text(offset) == other
    assert spill.put(other) == offset


def test_build_dataset_keeps_the_evidence_of_the_run_on_disk(tmp_path):
    from citylinks.pipeline import build_dataset
    from citylinks.plugins import get_plugin_manager
    from citylinks.recordstore import RecordTable

    article = tmp_path / "a.txt"
    article.write_text(
        "2021-05-20\nHCM City, Saint Petersburg strengthen relations\n\n"
        "On May 19, leaders of Ho Chi Minh City held talks with Saint Petersburg by teleconference "
        "on cooperation in trade, tourism and education between the two cities.\n",
        encoding="utf-8",
    )
    dataset, _ = build_dataset(get_plugin_manager(load_entry_points=False)[1], paths=[str(article)])
    # Events, with their evidence, are kept in the run's record store (a file), not in memory.
    assert isinstance(dataset.events, RecordTable)
    events = list(dataset.events.values())
    assert events
    assert all(source.text.startswith("On May 19") for event in events for source in event.sources)


def test_without_a_temporary_file_the_texts_stay_in_memory(monkeypatch):
    def no_file(*args, **kwargs):
        raise OSError(30, "Read-only file system")

    monkeypatch.setattr("tempfile.TemporaryFile", no_file)
    items = [Source("sha256:aa", 0, 90, "x" * 90)]
    spilled = SourceList(items).spilled(TextSpill(10))
    assert spilled == tuple(items)
    assert spilled._spill is None


def test_a_full_disk_keeps_what_was_written_and_the_rest_in_memory(monkeypatch):
    spill = TextSpill(10)
    before = SourceList([Source("sha256:aa", 0, 20, "first long evidence.")]).spilled(spill)
    assert before._spill is spill

    def full(*args, **kwargs):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr("os.pwrite", full)
    after = SourceList([Source("sha256:bb", 0, 21, "second long evidence.")]).spilled(spill)
    assert after == (Source("sha256:bb", 0, 21, "second long evidence."),)
    assert SourceList.union([before, after]) == (*before, *after)
    assert before[0].text == "first long evidence."
