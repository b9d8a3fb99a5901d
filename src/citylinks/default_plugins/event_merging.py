"""Built-in enricher ``event-merging`` (order 300): one event however many articles report it.

Two events are the same happening when all of these hold (each rule is an
option of ``EventMerger``; docs/data-model.md explains them):

- they come from different articles (``merge_within_document``: the parser has
  already decided which mentions in one article are one event);
- both are dated, each at least to the month (``min_date_precision``;
  ``merge_undated``), and the dates are compatible: equal where both are known,
  so ``2021-05`` goes with ``2021-05-19`` but two different days never merge;
- their kinds are the same or in one family of ``kind_families`` (a "visit" and
  the "talks" held during it; a "teleconference" and the "meeting" it was);
- they share at least ``min_partner_overlap`` places, an organisation counting
  as the place it belongs to (its ``parent``).

Events are grouped so that every member of a group meets every other one (a
month-precise report never bridges two different days). Groups are built in a
fixed order — most precise date first, then date, then id — so the result does
not depend on the order the articles came in.

A group becomes one event: id the smallest member id; kind the one most
articles report (ties: the more specific, see ``KIND_PREFERENCE``); date the
most precise; location the most reported; partners, participants, topics and
sources the union. Agreements whose ``signed_at`` named a merged event now name
the group's event.
"""

from __future__ import annotations

import itertools
from collections import Counter
from collections.abc import Iterable, Iterator, Mapping
from typing import Any, ClassVar

import attrs

from citylinks.components import Enricher
from citylinks.dataset import Dataset
from citylinks.hookspecs import hookimpl
from citylinks.models import Event, PartialDate, Partner
from citylinks.recordstore import empty_like, id_map_like, records_sorted_by
from citylinks.relink import relinked
from citylinks.sourcelist import SourceList

PRECISION_RANK = {"year": 0, "month": 1, "day": 2}
KIND_FAMILIES: tuple[frozenset[str], ...] = (
    frozenset({"meeting", "talks", "working_session", "reception", "visit", "field_trip"}),
    frozenset({"meeting", "talks", "working_session", "teleconference"}),
)
KIND_PREFERENCE = (
    "signing",
    "teleconference",
    "conference",
    "visit",
    "reception",
    "field_trip",
    "talks",
    "working_session",
    "meeting",
    "other",
)


def anchors(event: Event, partners: Mapping[str, Partner]) -> frozenset[str]:
    """The places an event is between: each partner id, an organisation replaced by its parent."""
    found = set()
    for partner_id in event.partners:
        partner = partners.get(partner_id)
        found.add(
            partner.parent
            if partner is not None and partner.kind in ("organization", "company") and partner.parent
            else partner_id
        )
    return frozenset(found)


class EventMerger(Enricher):
    name = "event-merging"
    description = "events reported by several articles (same day, related kind, shared partners) become one"
    order = 300

    options: ClassVar[tuple[str, ...]] = (
        "min_partner_overlap",
        "min_date_precision",
        "merge_undated",
        "merge_within_document",
        "kind_families",
    )
    min_partner_overlap: int = 2
    min_date_precision: str = "month"
    merge_undated: bool = False
    merge_within_document: bool = False
    kind_families: tuple[frozenset[str], ...] = KIND_FAMILIES

    def __init__(self, **options: Any) -> None:
        """Options override the class attributes of the same name (see the module docstring)."""
        for option, value in options.items():
            if option not in self.options:
                raise TypeError(f"EventMerger has no option {option!r} (options: {', '.join(self.options)})")
            setattr(self, option, value)
        if self.min_date_precision not in PRECISION_RANK:
            raise ValueError(
                f"min_date_precision must be one of {', '.join(PRECISION_RANK)} (got {self.min_date_precision!r})"
            )

    def kinds_compatible(self, first: str, second: str) -> bool:
        return first == second or any(first in family and second in family for family in self.kind_families)

    def can_merge(self, event: Event) -> bool:
        """Whether an event's date lets it merge at all (dated precisely enough, or undated when allowed)."""
        if event.date is None:
            return self.merge_undated
        return PRECISION_RANK[event.date.precision] >= PRECISION_RANK[self.min_date_precision]

    def period(self, event: Event) -> tuple | None:
        """The date part of an event's block keys (``(year, month)`` by default); None when it cannot merge.

        Events of different periods are never compared, so they can be grouped one period at a time.
        """
        if not self.can_merge(event):
            return None
        if event.date is None or self.merge_undated:
            return ()
        if PRECISION_RANK[self.min_date_precision] >= PRECISION_RANK["month"]:
            return (event.date.year, event.date.month)
        return (event.date.year,)

    def block_keys(self, event: Event, places: frozenset[str]) -> list[tuple]:
        """Keys that any event it could merge with shares with it: a set of shared places and the date's month.

        Only events with a key in common are compared, which keeps merging near-linear
        even when one city takes part in most events.
        """
        period = self.period(event)
        if period is None:
            return []
        size = max(1, self.min_partner_overlap)
        return [(shared, *period) for shared in itertools.combinations(sorted(places), size)]

    def groups(self, dataset: Dataset) -> list[list[Event]]:
        """The events in groups of one happening each, built in a content-defined order.

        An event joins the first group (in creation order) whose every member it
        matches; the order events are taken in is defined by their content. The groups
        come in the order they were created (that of their first members).
        """
        return sorted(self.iter_groups(dataset), key=lambda members: _grouping_order(members[0]))

    def iter_groups(self, dataset: Dataset) -> Iterator[list[Event]]:
        """The groups of ``groups``, a period at a time, in no set order; each group's members in the order
        they joined.

        The events are sorted by period, then in grouping order (on disk when the dataset
        keeps its events there), and only the groups of one period are held at a time.
        """
        partners = dataset.partners

        def sort_key(event: Event) -> bytes:
            period = self.period(event)
            if period is None or not self.block_keys(event, anchors(event, partners)):
                return b"S" + _text_key(event.id)  # a group of its own
            return _sort_key(period, event)

        groups: list[_Group] = []
        current: tuple | None = None
        # Each key's groups as a list, not a set: indices only grow, and a set of one index per key is
        # most of what merging holds.
        by_key: dict[tuple, list[int]] = {}
        # Events dated to the day come first (``_grouping_order``), and a group's days are all one day:
        # such an event is compared with the groups of its own day only, not with every group of the
        # month. A key with the day added finds them; the groups of the month with no day cannot exist
        # yet when it is looked up, since coarser events come later.
        by_day: dict[tuple, list[int]] = {}
        for event in records_sorted_by(dataset.events, sort_key):
            period = self.period(event)
            places = anchors(event, partners)
            keys = self.block_keys(event, places)
            if not keys:
                yield [event]
                continue
            if period != current:
                for group in groups:
                    yield group.members
                groups, by_key, by_day, current = [], {}, {}, period
            day = event.date.day if event.date is not None and len(keys[0]) == 3 else None
            if day is not None:
                candidates = sorted({index for key in keys for index in by_day.get((*key, day), ())})
            else:
                candidates = sorted({index for key in keys for index in by_key.get(key, ())})
            documents = event.sources.documents()
            index = next((i for i in candidates if groups[i].accepts(event, places, self, documents)), None)
            if index is None:
                index = len(groups)
                groups.append(_Group())
            groups[index].add(event, places, documents)
            for key in keys:
                _add_index(by_key.setdefault(key, []), index)
                if day is not None:
                    _add_index(by_day.setdefault((*key, day), []), index)
        for group in groups:
            yield group.members

    def enrich(self, dataset: Dataset) -> Dataset:
        events = empty_like(dataset.events)
        new_ids = id_map_like(dataset.events)
        merged_events: list[tuple[str, Event]] = []
        renamed: list[tuple[str, str]] = []
        for group in self.iter_groups(dataset):
            merged = merge_events(group) if len(group) > 1 else group[0]
            merged_events.append((merged.id, merged))
            renamed.extend((member.id, merged.id) for member in group if member.id != merged.id)
            if len(merged_events) >= WRITE_BATCH:
                events.update(merged_events)
                new_ids.update(renamed)
                merged_events.clear()
                renamed.clear()
        events.update(merged_events)
        new_ids.update(renamed)
        return relinked(dataset, events=events, event_ids=new_ids)


WRITE_BATCH = 512


def _text_key(text: str) -> bytes:
    return text.encode("utf-8", "surrogatepass")


def _sort_key(period: tuple, event: Event) -> bytes:
    """Bytes that sort as ``(period, _grouping_order(event))``, periods apart: no part but the id holds a NUL
    byte, and UTF-8 bytes sort as their text does."""
    rank, date, event_id = _grouping_order(event)
    return b"".join(
        (b"P", ",".join(map(str, period)).encode(), b"\0", b"0123"[rank + 2 : rank + 3], date.encode(), b"\0")
    ) + _text_key(event_id)


def _add_index(indices: list[int], index: int) -> None:
    if not indices or indices[-1] != index:
        indices.append(index)


class _Group:
    """The members of one happening so far, and the distinct values each newcomer must agree with.

    Most groups keep one event: the distinct values are tuples and the documents the
    first member's own frozenset until a second one comes, not four sets per group.
    """

    __slots__ = ("dates", "documents", "kinds", "members", "place_sets")

    def __init__(self) -> None:
        self.members: list[Event] = []
        self.documents: frozenset[str] = frozenset()
        self.kinds: tuple[str, ...] = ()
        self.dates: tuple[PartialDate | None, ...] = ()
        self.place_sets: tuple[frozenset[str], ...] = ()

    def add(self, event: Event, places: frozenset[str], documents: frozenset[str] | None = None) -> None:
        self.members.append(event)
        documents = event.sources.documents() if documents is None else documents
        self.documents = self.documents | documents if self.documents else documents
        if event.kind not in self.kinds:
            self.kinds += (event.kind,)
        if event.date not in self.dates:
            self.dates += (event.date,)
        if places not in self.place_sets:
            self.place_sets += (places,)

    def accepts(
        self, event: Event, places: frozenset[str], merger: EventMerger, documents: frozenset[str] | None = None
    ) -> bool:
        """Whether ``event`` (from ``documents``, if known) is the same happening as every member (the rules
        of ``merger``)."""
        if documents is None:
            documents = event.sources.documents()
        if not merger.merge_within_document and self.documents & documents:
            return False
        overlap = max(1, merger.min_partner_overlap)
        return (
            all(merger.kinds_compatible(event.kind, kind) for kind in self.kinds)
            and all(date is None or event.date is None or event.date.compatible(date) for date in self.dates)
            and all(len(places & other) >= overlap for other in self.place_sets)
        )


def _grouping_order(event: Event) -> tuple:
    date = event.date
    return (-PRECISION_RANK[date.precision] if date else 1, date.isoformat() if date else "", event.id)


def _documents_reporting(members: Iterable[Event], value) -> int:
    return len({doc for member in members if value(member) for doc in member.sources.documents()})


def merge_events(members: list[Event]) -> Event:
    """One event from several reports of it (see the module docstring for each field)."""
    members = sorted(members, key=lambda event: event.id)
    kind_support = Counter(
        {kind: _documents_reporting(members, lambda e, k=kind: e.kind == k) for kind in {m.kind for m in members}}
    )
    kind = min(
        kind_support,
        key=lambda k: (-kind_support[k], KIND_PREFERENCE.index(k) if k in KIND_PREFERENCE else len(KIND_PREFERENCE), k),
    )
    representative = next(member for member in members if member.kind == kind)
    dates = [member.date for member in members if member.date is not None]
    date = max(dates, key=lambda d: (PRECISION_RANK[d.precision], d.isoformat()), default=None)
    end_dates = [member.end_date for member in members if member.end_date is not None]
    end_date = max(end_dates, key=lambda d: d.isoformat(), default=None)
    if (
        end_date is not None
        and date is not None
        and end_date.isoformat() < date.isoformat()[: len(end_date.isoformat())]
    ):
        end_date = None
    locations = Counter(
        {
            loc: _documents_reporting(members, lambda e, place=loc: e.location == place)
            for loc in {m.location for m in members if m.location}
        }
    )
    location = min(locations, key=lambda loc: (-locations[loc], loc)) if locations else None
    modes = {member.mode for member in members if member.kind == kind and member.mode is not None}
    mode = "virtual" if "virtual" in modes else (min(modes) if modes else None)
    return attrs.evolve(
        representative,
        id=members[0].id,
        kind=kind,
        date=date,
        end_date=end_date,
        location=location,
        partners=tuple(dict.fromkeys(pid for member in members for pid in member.partners)),
        participants=tuple(dict.fromkeys(p for member in members for p in member.participants)),
        mode=mode,
        topics=tuple(sorted({topic for member in members for topic in member.topics})),
        sources=SourceList.union(member.sources for member in members),
    )


@hookimpl
def citylinks_register_enrichers(register):
    register(EventMerger)
