"""Merging the records of a whole corpus that share ids, in O(n log n) instead of O(n²).

A partner named in thousands of articles arrives as thousands of records with one id.
Merging each into the one kept so far (``Dataset.add``) sorts the growing list of its
sources every time, which is quadratic in the number of mentions. ``RecordFolder``
keeps, per id, a few partial merges of runs of consecutive records whose lengths are
powers of two (a binary counter), merges two runs only when they are equally long,
and folds what is left at the end: every source takes part in O(log n) merges. Runs
start as ``BATCH`` records merged in one step (``merge_many``), so most records cost
no merge of their own.

``merge_records`` is associative (its unions, minimums and "the first record's value"
give the same result however a sequence is bracketed) and the runs are merged in input
order, so the result is exactly that of merging one record after the other.

Given a ``RecordStore``, the folder keeps events and agreements there as they come
(``StagedRecords``), not in memory, and merges those that share an id when they go
into the dataset; partners, a few hundred ids that most articles name, are merged in
memory as they come.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterable
from typing import TYPE_CHECKING

from citylinks.dataset import Dataset, merge_many, merge_records
from citylinks.models import Agreement, Event, Record

if TYPE_CHECKING:
    from citylinks.recordstore import RecordStore, StagedRecords


def _push(runs: list[tuple[int, Record]], record: Record) -> None:
    runs.append((1, record))
    while len(runs) >= 2 and runs[-1][0] == runs[-2][0]:
        (size, older), (_, newer) = runs[-2], runs[-1]
        runs[-2:] = [(2 * size, merge_records(older, newer))]


def _folded(runs: list[tuple[int, Record]]) -> Record:
    merged = runs[0][1]
    for _, record in runs[1:]:
        merged = merge_records(merged, record)
    return merged


# Records of one id are merged this many at a time (``merge_many``: one new record, not one per pair);
# the batches' merges then go through the binary counter.
BATCH = 16


def fold_records(records: Iterable[Record]) -> Record:
    """Records of one id, in input order, merged into one (as merging one after the other would)."""
    runs: list[tuple[int, Record]] = []
    iterator = iter(records)
    while batch := list(itertools.islice(iterator, BATCH)):
        _push(runs, merge_many(batch))
    return _folded(runs)


class RecordFolder:
    """Records in input order in; one merged record per id out, into a dataset."""

    def __init__(self, store: RecordStore | None = None) -> None:
        self._runs: dict[tuple[type, str], list[tuple[int, Record]]] = {}
        self._batches: dict[tuple[type, str], list[Record]] = {}  # each id's records not yet merged
        self._staged: dict[type, StagedRecords] = {}
        if store is not None:
            from citylinks.recordstore import StagedRecords

            self._staged = {Event: StagedRecords(store), Agreement: StagedRecords(store)}

    def add(self, record: Record) -> None:
        self.extend((record,))

    def extend(self, records: Iterable[Record]) -> None:
        staged = self._staged
        arrived: dict[type, list[Record]] = {}
        for record in records:
            if type(record) in staged:
                arrived.setdefault(type(record), []).append(record)
            else:
                key = (type(record), record.id)
                batch = self._batches.setdefault(key, [])
                batch.append(record)
                if len(batch) == BATCH:
                    _push(self._runs.setdefault(key, []), merge_many(batch))
                    batch.clear()
        for cls, batch in arrived.items():
            staged[cls].extend(batch)

    def into(self, dataset: Dataset) -> None:
        """Add each merged record to ``dataset``: those kept in memory, ids in the order they were first seen;
        then those kept in the store, ids in order."""
        for key, batch in self._batches.items():
            runs = self._runs.setdefault(key, [])
            if batch:
                _push(runs, merge_many(batch))
            dataset.add(_folded(runs))
        self._batches.clear()
        self._runs.clear()
        from citylinks.recordstore import RecordTable

        for cls, staged in self._staged.items():
            table = dataset.events if cls is Event else dataset.agreements
            if isinstance(table, RecordTable) and table.store is staged.store and not table:
                # An id that came once needs no merging: into an empty table on disk it goes as it was stored.
                staged.move_single_into(table)
            for group in staged.groups():
                dataset.add(group[0] if len(group) == 1 else fold_records(group))
            staged.clear()
