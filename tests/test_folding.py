"""RecordFolder merges a corpus's records exactly as merging them one after the other does."""

from __future__ import annotations

import functools
import time

import attrs
from hypothesis import given, settings
from hypothesis import strategies as st

from citylinks.dataset import Dataset, merge_many, merge_records
from citylinks.folding import RecordFolder
from citylinks.models import Partner, Source
from citylinks.sourcelist import SourceList
from strategies import agreements, events, partners

few_ids = st.sampled_from(("a", "b", "c"))
records = st.lists(
    st.one_of(
        partners(ids=few_ids),
        events().map(lambda e: attrs.evolve(e, id="e")),
        agreements().map(lambda a: attrs.evolve(a, id="g")),
    ),
    max_size=40,
)


@settings(max_examples=150, deadline=None)
@given(records)
def test_folding_gives_what_merging_one_by_one_gives(items):
    one_by_one = Dataset()
    one_by_one.extend(items)
    folder = RecordFolder()
    folder.extend(items)
    folded = Dataset()
    folder.into(folded)
    assert folded == one_by_one
    assert [list(table) for table in (folded.partners, folded.events, folded.agreements)] == [
        list(table) for table in (one_by_one.partners, one_by_one.events, one_by_one.agreements)
    ]


def test_a_partner_named_in_many_articles_is_merged_in_near_linear_time():
    def mentions(count: int) -> list[Partner]:
        return [
            Partner(id="hanoi", name="Hanoi", kind="city", sources=(Source(f"sha256:{n:08d}", 0, 5, "Hanoi"),))
            for n in range(count)
        ]

    def seconds(count: int) -> float:
        started = time.perf_counter()
        folder = RecordFolder()
        folder.extend(mentions(count))
        dataset = Dataset()
        folder.into(dataset)
        assert len(dataset.partners["hanoi"].sources) == count
        return time.perf_counter() - started

    small, large = seconds(2_000), seconds(16_000)
    assert large < small * 8 * 3  # 8x the mentions: about 8x the time (n log n), far from 64x


sources = st.lists(
    st.builds(
        Source,
        document=st.sampled_from(("sha256:a", "sha256:b")),
        start=st.integers(0, 5),
        end=st.integers(5, 9),
        text=st.sampled_from(("Hanoi", "Hà Nội", "")),
    ),
    max_size=12,
)


@settings(max_examples=300, deadline=None)
@given(sources, sources)
def test_merged_sources_are_the_sorted_union(first, second):
    # The definition the faster merge must keep: each source once, in field order.
    expected = tuple(sorted(set(first + second), key=lambda s: (s.document, s.start, s.end, s.text)))
    assert SourceList.union((tuple(first), tuple(second))) == expected


one_id_records = st.one_of(
    st.lists(partners(ids=st.just("a")), min_size=1, max_size=20),
    st.lists(events().map(lambda e: attrs.evolve(e, id="e")), min_size=1, max_size=20),
    st.lists(agreements().map(lambda a: attrs.evolve(a, id="g")), min_size=1, max_size=20),
)


@settings(max_examples=150, deadline=None)
@given(one_id_records)
def test_merging_many_at_once_gives_what_merging_pairs_gives(items):
    assert merge_many(items) == functools.reduce(merge_records, items)
