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

from collections import Counter
from collections.abc import Iterable

import attrs

from citylinks.components import Enricher
from citylinks.dataset import Dataset
from citylinks.hookspecs import hookimpl
from citylinks.models import Event, PartialDate, Partner
from citylinks.relink import documents_of, relinked, sorted_sources

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


def anchors(event: Event, partners: dict[str, Partner]) -> frozenset[str]:
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

    min_partner_overlap: int = 2
    min_date_precision: str = "month"
    merge_undated: bool = False
    merge_within_document: bool = False
    kind_families: tuple[frozenset[str], ...] = KIND_FAMILIES

    def __init__(self, **options: object) -> None:
        for option, value in options.items():
            if option not in (
                "min_partner_overlap",
                "min_date_precision",
                "merge_undated",
                "merge_within_document",
                "kind_families",
            ):
                raise TypeError(f"EventMerger has no option {option!r}")
            setattr(self, option, value)
        if self.min_date_precision not in PRECISION_RANK:
            raise ValueError(
                f"min_date_precision must be one of {', '.join(PRECISION_RANK)} (got {self.min_date_precision!r})"
            )

    def kinds_compatible(self, first: str, second: str) -> bool:
        return first == second or any(first in family and second in family for family in self.kind_families)

    def dates_compatible(self, first: PartialDate | None, second: PartialDate | None) -> bool:
        if first is None or second is None:
            return self.merge_undated
        floor = PRECISION_RANK[self.min_date_precision]
        if PRECISION_RANK[first.precision] < floor or PRECISION_RANK[second.precision] < floor:
            return False
        return first.compatible(second)

    def same_happening(
        self, first: Event, second: Event, first_anchors: frozenset[str], second_anchors: frozenset[str]
    ) -> bool:
        """Whether two events are one happening under this merger's rules."""
        if not self.merge_within_document and documents_of(first) & documents_of(second):
            return False
        return (
            self.kinds_compatible(first.kind, second.kind)
            and self.dates_compatible(first.date, second.date)
            and len(first_anchors & second_anchors) >= max(1, self.min_partner_overlap)
        )

    def groups(self, dataset: Dataset) -> list[list[Event]]:
        """The events in groups of one happening each, built in a content-defined order."""
        anchor_sets = {key: anchors(event, dataset.partners) for key, event in dataset.events.items()}
        ordered = sorted(dataset.events.values(), key=_grouping_order)
        groups: list[list[Event]] = []
        by_anchor: dict[str, list[int]] = {}
        for event in ordered:
            mine = anchor_sets[event.id]
            candidates = sorted({index for anchor in mine for index in by_anchor.get(anchor, ())})
            for index in candidates:
                group = groups[index]
                if all(self.same_happening(event, other, mine, anchor_sets[other.id]) for other in group):
                    group.append(event)
                    break
            else:
                index = len(groups)
                groups.append([event])
            for anchor in mine:
                if index not in by_anchor.setdefault(anchor, []):
                    by_anchor[anchor].append(index)
        return groups

    def enrich(self, dataset: Dataset) -> Dataset:
        events: dict[str, Event] = {}
        new_ids: dict[str, str] = {}
        for group in self.groups(dataset):
            merged = merge_events(group) if len(group) > 1 else group[0]
            events[merged.id] = merged
            new_ids.update({member.id: merged.id for member in group if member.id != merged.id})
        return relinked(dataset, events=events, event_ids=new_ids)


def _grouping_order(event: Event) -> tuple:
    date = event.date
    return (-PRECISION_RANK[date.precision] if date else 1, date.isoformat() if date else "", event.id)


def _documents_reporting(members: Iterable[Event], value) -> int:
    return len({doc for member in members if value(member) for doc in documents_of(member)})


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
            loc: _documents_reporting(members, lambda e, l=loc: e.location == l)
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
        sources=sorted_sources(source for member in members for source in member.sources),
    )


@hookimpl
def citylinks_register_enrichers(register):
    register(EventMerger)
