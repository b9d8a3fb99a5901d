"""Built-in enricher ``agreement-merging`` (order 400): one agreement per relation between the same parties.

Agreements of the same kind between the same set of partners (at least
``min_parties`` of them) are one relation, whichever articles mention it:

- ``status`` is the most advanced one reported: proposed → signed → existing;
- every start date an article gives is kept in ``candidate_dates`` with the
  documents that give it (a ``DateClaim`` each). The agreement's ``date`` is
  the best supported year — the one most documents give; ties: the one more
  documents state rather than compute, then the earliest — at the finest
  precision all of that year's claims agree on. ``date_computed`` is true only
  when every document giving that year computed it;
- ``signed_at`` is a signing event of the same year when one is known, else the
  smallest;
- topics and sources are the union; the id is the smallest member id.

With ``merge_within_document`` off, two agreements from one article stay apart
when they share a document (the parser keeps two only when it read two).
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any, ClassVar

import attrs

from citylinks.components import Enricher
from citylinks.dataset import Dataset
from citylinks.hookspecs import hookimpl
from citylinks.models import Agreement, DateClaim, Event, PartialDate
from citylinks.sourcelist import SourceList

STATUS_PROGRESS = ("proposed", "signed", "existing")


def date_claims(members: Iterable[Agreement]) -> tuple[DateClaim, ...]:
    """Every distinct start date the members give, with the documents giving it, in date order."""
    found: dict[tuple[str, bool], set[str]] = {}
    for member in members:
        claims = member.candidate_dates or (
            (DateClaim(member.date, member.date_computed, tuple(sorted(member.sources.documents()))),)
            if member.date is not None
            else ()
        )
        for claim in claims:
            found.setdefault((claim.date.isoformat(), claim.date_computed), set()).update(claim.documents)
    return tuple(
        DateClaim(PartialDate.parse(date), computed, tuple(sorted(documents)))
        for (date, computed), documents in sorted(found.items())
    )


def best_date(claims: tuple[DateClaim, ...]) -> tuple[PartialDate | None, bool]:
    """The best supported start date among ``claims`` and whether it was computed (see the module docstring)."""
    if not claims:
        return None, False
    documents_by_year: dict[int, set[str]] = {}
    stating_by_year: dict[int, set[str]] = {}
    for claim in claims:
        documents_by_year.setdefault(claim.date.year, set()).update(claim.documents)
        if not claim.date_computed:
            stating_by_year.setdefault(claim.date.year, set()).update(claim.documents)
    year = min(documents_by_year, key=lambda y: (-len(documents_by_year[y]), -len(stating_by_year.get(y, ())), y))
    in_year = [claim.date for claim in claims if claim.date.year == year]
    agreed = [date for date in in_year if all(date.compatible(other) for other in in_year)]
    date = max(agreed, key=lambda d: (d.precision == "day", d.precision == "month"), default=PartialDate(year))
    return date, year not in stating_by_year


class AgreementMerger(Enricher):
    name = "agreement-merging"
    description = "agreements of one kind between the same parties become one; status and start date from all reports"
    order = 400

    options: ClassVar[tuple[str, ...]] = ("min_parties", "merge_within_document")
    min_parties: int = 2
    merge_within_document: bool = False

    def __init__(self, **options: Any) -> None:
        """Options override the class attributes of the same name (see the module docstring)."""
        for option, value in options.items():
            if option not in self.options:
                raise TypeError(f"AgreementMerger has no option {option!r} (options: {', '.join(self.options)})")
            setattr(self, option, value)

    def groups(self, dataset: Dataset) -> list[list[Agreement]]:
        """Agreements in groups of one relation each, in a content-defined order."""
        by_relation: dict[tuple[str, frozenset[str]], list[tuple[list[Agreement], set[str]]]] = {}
        groups: list[list[Agreement]] = []
        for agreement in sorted(dataset.agreements.values(), key=lambda a: a.id):
            parties = frozenset(agreement.partners)
            if len(parties) < self.min_parties:
                groups.append([agreement])
                continue
            documents = agreement.sources.documents()
            candidates = by_relation.setdefault((agreement.kind, parties), [])
            for members, seen in candidates:
                if self.merge_within_document or not seen & documents:
                    members.append(agreement)
                    seen.update(documents)
                    break
            else:
                candidates.append(([agreement], set(documents)))
                groups.append(candidates[-1][0])
        return groups

    def enrich(self, dataset: Dataset) -> Dataset:
        agreements = {}
        for group in self.groups(dataset):
            merged = merge_agreements(group, dataset.events) if len(group) > 1 else with_claims(group[0])
            agreements[merged.id] = merged
        return Dataset(
            documents=dataset.documents, partners=dataset.partners, events=dataset.events, agreements=agreements
        )


def with_claims(agreement: Agreement) -> Agreement:
    """An agreement with its own date as its one ``DateClaim`` (if it has a date and no claims yet)."""
    if agreement.candidate_dates or agreement.date is None:
        return agreement
    return attrs.evolve(agreement, candidate_dates=date_claims([agreement]))


def merge_agreements(members: list[Agreement], events: dict[str, Event]) -> Agreement:
    """One agreement from several reports of the same relation."""
    members = sorted(members, key=lambda agreement: agreement.id)
    claims = date_claims(members)
    date, computed = best_date(claims)
    signings = sorted({member.signed_at for member in members if member.signed_at is not None})
    same_year = [
        sid
        for sid in signings
        if date is not None
        and sid in events
        and (signing_date := events[sid].date) is not None
        and signing_date.year == date.year
    ]
    return attrs.evolve(
        members[0],
        status=max((member.status for member in members), key=STATUS_PROGRESS.index),
        date=date,
        date_computed=computed,
        candidate_dates=claims,
        partners=tuple(sorted({pid for member in members for pid in member.partners})),
        topics=tuple(sorted({topic for member in members for topic in member.topics})),
        signed_at=same_year[0] if same_year else signings[0] if signings else None,
        sources=SourceList.union(member.sources for member in members),
    )


@hookimpl
def citylinks_register_enrichers(register):
    register(AgreementMerger)
