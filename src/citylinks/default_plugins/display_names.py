"""Built-in enricher ``display-names`` (order 900): names show what they say.

Text copied from an article can carry characters that change how a name looks
rather than what it says: bidirectional overrides, isolates and marks (a
right-to-left override shows "Hanoi" as "ionaH", or lets one name pose as
another), C0 and C1 control characters, a byte-order mark, a line break from
the page's layout. Every export format would carry them to a user's screen;
this enricher takes them out of the text that is shown as a name
(``citylinks.textsafety.display_name``):

- partners' ``name`` and ``aliases``;
- participants' ``person`` and ``title``;
- events' ``location``;
- documents' ``title``.

It runs after the other built-in enrichers, so names they choose are cleaned
too. Evidence (``Source.text``) is never changed: it is the article's text as
read, and its offsets must keep pointing at it. Ids are not changed either.

A name left empty falls back to the partner's first alias, then to its id
(cleaned the same way), then to "(unnamed)"; a participant with no name left is
dropped; an empty title or location becomes unknown (None).
"""

from __future__ import annotations

from typing import Any

import attrs

from citylinks.components import Enricher
from citylinks.dataset import Dataset
from citylinks.hookspecs import hookimpl
from citylinks.models import Document, Event, Participant, Partner
from citylinks.recordstore import mapped_table
from citylinks.textsafety import display_name


def _optional(text: str | None) -> str | None:
    if text is None:
        return None
    return display_name(text) or None


def clean_partner(partner: Partner) -> Partner:
    aliases = tuple(dict.fromkeys(alias for alias in map(display_name, partner.aliases) if alias))
    name = display_name(partner.name) or next(iter(aliases), "") or display_name(partner.id) or "(unnamed)"
    aliases = tuple(alias for alias in aliases if alias != name)
    return _evolved(partner, name=name, aliases=aliases)


def clean_participant(participant: Participant) -> Participant | None:
    person = display_name(participant.person)
    if not person:
        return None
    return _evolved(participant, person=person, title=_optional(participant.title))


def clean_event(event: Event) -> Event:
    participants = tuple(p for p in map(clean_participant, event.participants) if p is not None)
    return _evolved(event, location=_optional(event.location), participants=participants)


def clean_document(document: Document) -> Document:
    return _evolved(document, title=_optional(document.title))


def _evolved(record: Any, **changes: Any) -> Any:
    # Most records have nothing to clean: keep the very object rather than build an equal one.
    if all(getattr(record, field) == value for field, value in changes.items()):
        return record
    return attrs.evolve(record, **changes)


class DisplayNames(Enricher):
    name = "display-names"
    description = "names without bidi overrides, control characters or line breaks (evidence untouched)"
    order = 900

    def enrich(self, dataset: Dataset) -> Dataset:
        return attrs.evolve(
            dataset,
            documents=mapped_table(dataset.documents, clean_document),
            partners=mapped_table(dataset.partners, clean_partner),
            events=mapped_table(dataset.events, clean_event),
        )


@hookimpl
def citylinks_register_enrichers(register):
    register(DisplayNames)
