"""What the picture needs from a streamed dataset, and nothing more.

``PictureData`` is fed one item at a time (``add``) and keeps, per partner, its
name, kind, country and coordinates; per pair of partners, how many events and
which agreement kinds link them; and per (day, kind) how many dated events fall
there. Texts, evidence, participants and topics are dropped as they arrive, so
memory grows with the number of partners and pairs, not with the records.
"""

from __future__ import annotations

import datetime
import itertools
from collections import Counter

import attrs
from citylinks.models import Agreement, Document, Event, PartialDate, Partner
from citylinks.textsafety import safe_text


@attrs.frozen
class Node:
    id: str
    name: str
    kind: str  # "" for an id no partner record describes
    country: str | None
    lonlat: tuple[float, float] | None


@attrs.define
class Link:
    """Everything that ties one pair of partners."""

    events: int = 0
    agreements: Counter = attrs.field(factory=Counter)  # agreement kind → how many


@attrs.frozen(order=True)
class TimelinePoint:
    day: datetime.date  # the first day of the month or year when only those are known
    kind: str
    exact: bool  # known to the day


def first_day(date: PartialDate) -> datetime.date:
    return datetime.date(date.year, date.month or 1, date.day or 1)


@attrs.define
class PictureData:
    nodes: dict[str, Node] = attrs.field(factory=dict)
    activity: Counter = attrs.field(factory=Counter)  # partner id → events + agreements it takes part in
    links: dict[tuple[str, str], Link] = attrs.field(factory=dict)
    timeline: Counter = attrs.field(factory=Counter)  # TimelinePoint → how many events
    documents: int = 0
    partners: int = 0
    events: int = 0
    agreements: int = 0
    undated_events: int = 0

    def add(self, item: Document | Partner | Event | Agreement) -> None:
        if isinstance(item, Document):
            self.documents += 1
        elif isinstance(item, Partner):
            self.partners += 1
            self._add_partner(item)
        elif isinstance(item, Event):
            self.events += 1
            partner_ids = self._take_part(item.partners)
            for pair in itertools.combinations(partner_ids, 2):
                self._link(pair).events += 1
            if item.date is None:
                self.undated_events += 1
            else:
                self.timeline[TimelinePoint(first_day(item.date), item.kind, item.date.precision == "day")] += 1
        elif isinstance(item, Agreement):
            self.agreements += 1
            for pair in itertools.combinations(self._take_part(item.partners), 2):
                self._link(pair).agreements[item.kind] += 1

    @property
    def empty(self) -> bool:
        return not (self.nodes or self.events or self.agreements)

    def _add_partner(self, partner: Partner) -> None:
        lonlat = (partner.geo.lon, partner.geo.lat) if partner.geo is not None else None
        self.nodes[partner.id] = Node(partner.id, safe_text(partner.name), partner.kind, partner.country, lonlat)

    def _take_part(self, partner_ids: tuple[str, ...]) -> list[str]:
        distinct = list(dict.fromkeys(partner_ids))
        for partner_id in distinct:
            self.activity[partner_id] += 1
            if partner_id not in self.nodes:
                # A record may name a partner the dataset lacks (a hand-built dataset, a plugin's
                # slip): it still gets a node, named by its id, rather than losing the link.
                self.nodes[partner_id] = Node(partner_id, safe_text(partner_id), "", None, None)
        return distinct

    def _link(self, pair: tuple[str, str]) -> Link:
        key = (min(pair), max(pair))
        if key not in self.links:
            self.links[key] = Link()
        return self.links[key]
