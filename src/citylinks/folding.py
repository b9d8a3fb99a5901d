"""Merging the records of a whole corpus that share ids, in O(n log n) instead of O(n²).

A partner named in thousands of articles arrives as thousands of records with one id.
Merging each into the one kept so far (``Dataset.add``) sorts the growing list of its
sources every time, which is quadratic in the number of mentions. ``RecordFolder``
keeps, per id, a few partial merges of runs of consecutive records whose lengths are
powers of two (a binary counter), merges two runs only when they are equally long,
and folds what is left at the end: every source takes part in O(log n) merges.

``merge_records`` is associative (its unions, minimums and "the first record's value"
give the same result however a sequence is bracketed) and the runs are merged in input
order, so the result is exactly that of merging one record after the other.
"""

from __future__ import annotations

from collections.abc import Iterable

from citylinks.dataset import Dataset, merge_records
from citylinks.models import Record


class RecordFolder:
    """Records in input order in; one merged record per id out, into a dataset."""

    def __init__(self) -> None:
        self._runs: dict[tuple[type, str], list[tuple[int, Record]]] = {}

    def add(self, record: Record) -> None:
        runs = self._runs.setdefault((type(record), record.id), [])
        runs.append((1, record))
        while len(runs) >= 2 and runs[-1][0] == runs[-2][0]:
            (size, older), (_, newer) = runs[-2], runs[-1]
            runs[-2:] = [(2 * size, merge_records(older, newer))]

    def extend(self, records: Iterable[Record]) -> None:
        for record in records:
            self.add(record)

    def into(self, dataset: Dataset) -> None:
        """Add each merged record to ``dataset``, ids in the order they were first seen."""
        for runs in self._runs.values():
            merged = runs[0][1]
            for _, record in runs[1:]:
                merged = merge_records(merged, record)
            dataset.add(merged)
        self._runs.clear()
