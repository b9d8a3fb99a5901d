"""Rewriting references after records merge, for enrichers (built-in or third-party).

When an enricher folds several partners into one, every event, agreement,
participant and partner that pointed at an old id must point at the new one;
when it folds events, agreements' ``signed_at`` must follow. These helpers do
that for a whole dataset, given a mapping ``old id → new id`` (ids missing from
the mapping stay as they are).
"""

from __future__ import annotations

import itertools
import operator
from collections.abc import Iterable, Mapping

import attrs

from citylinks.dataset import Dataset
from citylinks.models import Agreement, Event, Partner, Source
from citylinks.recordstore import RecordTable, copied_table, mapped_table


def renamed(ids: Iterable[str], mapping: Mapping[str, str]) -> tuple[str, ...]:
    """``ids`` through ``mapping``, first occurrence kept when two become one."""
    return tuple(dict.fromkeys(mapping.get(old, old) for old in ids))


def relink_event(event: Event, partner_ids: Mapping[str, str]) -> Event:
    # Most records name none of the merged ids: they are kept as they are, not rebuilt and validated again.
    if not partner_ids or not (
        any(old in partner_ids for old in event.partners)
        or any(p.partner in partner_ids for p in event.participants if p.partner is not None)
    ):
        return event
    participants = tuple(
        dict.fromkeys(
            attrs.evolve(p, partner=partner_ids.get(p.partner, p.partner)) if p.partner is not None else p
            for p in event.participants
        )
    )
    return attrs.evolve(event, partners=renamed(event.partners, partner_ids), participants=participants)


def relink_agreement(agreement: Agreement, partner_ids: Mapping[str, str], event_ids: Mapping[str, str]) -> Agreement:
    if not any(old in partner_ids for old in agreement.partners) and agreement.signed_at not in event_ids:
        return agreement
    signed_at = event_ids.get(agreement.signed_at, agreement.signed_at) if agreement.signed_at is not None else None
    return attrs.evolve(agreement, partners=renamed(agreement.partners, partner_ids), signed_at=signed_at)


def relink_partner(partner: Partner, partner_ids: Mapping[str, str]) -> Partner:
    if partner.parent is None or (partner.parent not in partner_ids and partner.parent != partner.id):
        return partner
    parent = partner_ids.get(partner.parent, partner.parent)
    return attrs.evolve(partner, parent=parent if parent != partner.id else None)


def relinked(
    dataset: Dataset,
    partners: Mapping[str, Partner] | None = None,
    partner_ids: Mapping[str, str] | None = None,
    events: Mapping[str, Event] | None = None,
    event_ids: Mapping[str, str] | None = None,
    agreements: Mapping[str, Agreement] | None = None,
) -> Dataset:
    """A new dataset: the given tables in place of the old ones, every reference rewritten.

    ``partner_ids`` and ``event_ids`` map old ids to new ones; a table left out is
    taken from ``dataset``. Tables on disk (``citylinks.recordstore``) give tables on
    disk; one that nothing renamed can change is handed on as it is.
    """
    partner_ids = partner_ids or {}
    event_ids = event_ids or {}
    partner_table = dataset.partners if partners is None else partners
    event_table = dataset.events if events is None else events
    agreement_table = dataset.agreements if agreements is None else agreements
    return Dataset(
        documents=copied_table(dataset.documents),
        partners=mapped_table(partner_table, lambda p: relink_partner(p, partner_ids)),
        events=(
            mapped_table(event_table, lambda e: relink_event(e, partner_ids), mentions=partner_ids)
            if partner_ids or not isinstance(event_table, RecordTable)
            else event_table
        ),
        agreements=(
            mapped_table(
                agreement_table,
                lambda a: relink_agreement(a, partner_ids, event_ids),
                # Only the ids renamed can change a record; a regular expression of a few hundred finds them.
                mentions=itertools.chain(partner_ids, event_ids) if len(event_ids) <= MENTIONS_SEARCHED else None,
            )
            if partner_ids or event_ids or not isinstance(agreement_table, RecordTable)
            else agreement_table
        ),
    )


MENTIONS_SEARCHED = 256


def sorted_sources(sources: Iterable[Source]) -> tuple[Source, ...]:
    """Sources without repeats, in (document, start, end, text) order: the same set gives the same tuple."""
    unique = {_SOURCE_ORDER(source): source for source in sources}  # keyed by fields: hashed in C, not by attrs
    return tuple(unique[key] for key in sorted(unique))


_SOURCE_ORDER = operator.attrgetter("document", "start", "end", "text")


def documents_of(record: Partner | Event | Agreement) -> frozenset[str]:
    """The documents a record's evidence comes from."""
    return frozenset(source.document for source in record.sources)
