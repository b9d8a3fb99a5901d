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

from collections.abc import Iterable, Iterator, Mapping
from typing import Any, ClassVar

import attrs

from citylinks.components import Enricher
from citylinks.dataset import Dataset
from citylinks.hookspecs import hookimpl
from citylinks.models import Agreement, DateClaim, Event, PartialDate
from citylinks.recordstore import empty_like, records_sorted_by
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
        """Agreements in groups of one relation each, in a content-defined order (that of their smallest ids)."""
        return sorted(self.iter_groups(dataset), key=lambda members: members[0].id)

    def iter_groups(self, dataset: Dataset) -> Iterator[list[Agreement]]:
        """The groups of ``groups``, one relation (kind and parties) at a time, in no set order; each group's
        members in id order.

        The agreements are sorted by relation, then id (on disk when the dataset keeps
        its agreements there), and only the groups of one relation are held at a time.
        """

        def relation(agreement: Agreement) -> tuple[str, frozenset[str]] | None:
            parties = frozenset(agreement.partners)
            return (agreement.kind, parties) if len(parties) >= self.min_parties else None

        def sort_key(agreement: Agreement) -> bytes:
            found = relation(agreement)
            if found is None:
                return b"S" + _text_key(agreement.id)  # a group of its own
            # repr of the kind and the sorted parties holds no NUL byte: relations stay apart.
            kind, parties = found
            return b"R" + _text_key(repr((kind, sorted(parties)))) + b"\0" + _text_key(agreement.id)

        current: tuple[str, frozenset[str]] | None = None
        candidates: list[tuple[list[Agreement], set[str]]] = []
        for agreement in records_sorted_by(dataset.agreements, sort_key):
            found = relation(agreement)
            if found is None:
                yield [agreement]
                continue
            if found != current:
                for members, _ in candidates:
                    yield members
                candidates, current = [], found
            documents = agreement.sources.documents()
            for members, seen in candidates:
                if self.merge_within_document or not seen & documents:
                    members.append(agreement)
                    seen.update(documents)
                    break
            else:
                candidates.append(([agreement], set(documents)))
        for members, _ in candidates:
            yield members

    def enrich(self, dataset: Dataset) -> Dataset:
        agreements = empty_like(dataset.agreements)
        merged_agreements: list[tuple[str, Agreement]] = []
        for group in self.iter_groups(dataset):
            merged = merge_agreements(group, dataset.events) if len(group) > 1 else with_claims(group[0])
            merged_agreements.append((merged.id, merged))
            if len(merged_agreements) >= WRITE_BATCH:
                agreements.update(merged_agreements)
                merged_agreements.clear()
        agreements.update(merged_agreements)
        return Dataset(
            documents=dataset.documents, partners=dataset.partners, events=dataset.events, agreements=agreements
        )


WRITE_BATCH = 512


def _text_key(text: str) -> bytes:
    return text.encode("utf-8", "surrogatepass")


def with_claims(agreement: Agreement) -> Agreement:
    """An agreement with its own date as its one ``DateClaim`` (if it has a date and no claims yet)."""
    if agreement.candidate_dates or agreement.date is None:
        return agreement
    return attrs.evolve(agreement, candidate_dates=date_claims([agreement]))


def merge_agreements(members: list[Agreement], events: Mapping[str, Event]) -> Agreement:
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
