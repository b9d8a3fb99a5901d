"""A Dataset: the documents read and the records kept, indexed by id."""

from __future__ import annotations

import itertools
from collections.abc import Iterable, Iterator, MutableMapping, Sequence
from typing import TYPE_CHECKING, Any, cast

import attrs

from citylinks.models import Agreement, Document, Event, Partner, Record
from citylinks.sourcelist import SourceList

if TYPE_CHECKING:
    from citylinks.plugins import Registry
    from citylinks.recordstore import RecordStore


@attrs.define
class Dataset:
    """Documents (without their text) and the partners, events and agreements found in them.

    Records are kept in mappings keyed by id: dicts, or for a large run
    (``on_disk``, as ``build_dataset`` makes it) documents, events and agreements
    in tables of a temporary file (``citylinks.recordstore.RecordTable``), which
    behave as dicts whose iteration is sorted by id. Adding a record whose id is
    already there merges the two (``merge_records``), so every mention, alias and
    source survives. ``iter_items`` is sorted by id, so exports are deterministic
    whatever order the inputs came in.
    """

    documents: MutableMapping[str, Document] = attrs.field(factory=dict)
    partners: MutableMapping[str, Partner] = attrs.field(factory=dict)
    events: MutableMapping[str, Event] = attrs.field(factory=dict)
    agreements: MutableMapping[str, Agreement] = attrs.field(factory=dict)

    @classmethod
    def on_disk(cls, store: RecordStore | None = None) -> Dataset:
        """An empty dataset whose documents, events and agreements are kept in ``store`` (a new temporary one if
        not given); partners, few and merged all the time, stay in a dict. In dicts when no store can be made."""
        from citylinks.recordstore import RecordStore

        store = store or RecordStore.open()
        if store is None:
            return cls()
        return cls(documents=store.table(), partners={}, events=store.table(), agreements=store.table())

    def add_document(self, document: Document) -> None:
        self.documents[document.id] = attrs.evolve(document, text="")

    def table_for(self, record: Record) -> MutableMapping:
        if isinstance(record, Partner):
            return self.partners
        if isinstance(record, Event):
            return self.events
        if isinstance(record, Agreement):
            return self.agreements
        raise TypeError(f"not a citylinks record: {record!r}")

    def add(self, record: Record) -> None:
        table = self.table_for(record)
        known = table.get(record.id)
        table[record.id] = record if known is None else merge_records(known, record)

    def extend(self, records: Iterable[Record]) -> None:
        for record in records:
            self.add(record)

    def iter_items(self) -> Iterator[Document | Partner | Event | Agreement]:
        """Documents, partners, events, agreements; each sorted by id."""
        from citylinks.recordstore import sorted_values

        for table in (self.documents, self.partners, self.events, self.agreements):
            yield from sorted_values(table)

    def __len__(self) -> int:
        return len(self.partners) + len(self.events) + len(self.agreements)

    # The conversions live in citylinks.api and import networkx, pandas or the plugins
    # only when called, so that importing a Dataset stays cheap.
    def to_json(self, *, registry: Registry | None = None, **options: str) -> str:
        """The dataset as ``citylinks export --format json`` writes it; see ``citylinks.api.to_json``."""
        from citylinks.api import to_json

        return to_json(self, registry=registry, **options)

    def to_networkx(self) -> Any:
        """A ``networkx.MultiGraph`` of partners and their relations; see ``citylinks.api.to_networkx``."""
        from citylinks.api import to_networkx

        return to_networkx(self)

    def to_dataframes(self) -> dict[str, Any]:
        """``partners``, ``events`` and ``agreements`` as pandas tables; see ``citylinks.api.to_dataframes``."""
        from citylinks.api import to_dataframes

        return to_dataframes(self)


def _union(values: Iterable[tuple]) -> tuple:
    return tuple(dict.fromkeys(itertools.chain.from_iterable(values)))


def merge_records(kept: Record, new: Record) -> Record:
    """Two records with one id become one: the kept record's values, every source, alias, partner and topic.

    Of two partners, the name that sorts first is kept and the other becomes an alias;
    where both give a kind, country, parent or location, the smaller one is kept.
    """
    return merge_many((kept, new))


def merge_many(records: Sequence[Record]) -> Record:
    """Records with one id, in input order, become one: what merging them one after the other
    (``merge_records``) gives, however the merges are bracketed, in one step."""
    kept = records[0]
    if len(records) == 1:
        return kept
    changes: dict = {"sources": SourceList.union(record.sources for record in records)}
    kinds = {type(record) for record in records}
    if kinds == {Partner}:
        partners = cast("Sequence[Partner]", records)
        # Every choice below is the same whichever record came first, so that the
        # order of the input articles never shows in the output.
        names = {partner.name for partner in partners}
        name = min(names)
        changes["name"] = name
        changes["kind"] = min(partner.kind for partner in partners)
        changes["aliases"] = tuple(sorted(names.union(*(partner.aliases for partner in partners)) - {name}))
        for field in ("geo", "country", "parent"):
            changes[field] = _first_known(getattr(partner, field) for partner in partners)
        changes["same_as"] = tuple(sorted(set().union(*(partner.same_as for partner in partners))))
    elif kinds == {Event}:
        events = cast("Sequence[Event]", records)
        changes["partners"] = _union(event.partners for event in events)
        changes["participants"] = _union(event.participants for event in events)
        changes["topics"] = tuple(sorted(_union(event.topics for event in events)))
    elif kinds == {Agreement}:
        agreements = cast("Sequence[Agreement]", records)
        changes["partners"] = _union(agreement.partners for agreement in agreements)
        changes["topics"] = tuple(sorted(_union(agreement.topics for agreement in agreements)))
        changes["signed_at"] = _first_known(agreement.signed_at for agreement in agreements)
    return attrs.evolve(kept, **changes)


def _first_known(values: Iterable):
    """The smallest (by ``repr``) of the known values, whatever their order; None when none is known."""
    known = [value for value in values if value is not None]
    return min(known, key=repr) if known else None
