"""Built-in enricher ``event-codes`` (order 500): PLOVER and CAMEO codes on every event.

So that citylinks events can be joined with GDELT (CAMEO) and POLECAT (PLOVER)
data, each event gets ``plover`` (event type), ``plover_mode`` and ``cameo``
from its kind; docs/data-model.md has the table and the sources it follows
(the PLOVER manual and its CAMEO-to-PLOVER mapping, the CAMEO codebook):

- a teleconference, or any consultation held virtually: CONSULT, mode
  ``phone`` ("by phone or some other remote medium"), CAMEO 041;
- a visit or field trip: CONSULT ``visit``, 042; a reception: CONSULT ``host``,
  043; talks: CONSULT, 046 (negotiation); a meeting or working session:
  CONSULT, 040; a conference: CONSULT, 040, mode ``multilateral`` when three or
  more partners take part;
- a signing: SUPPORT (PLOVER files signing and ratifying agreements under
  SUPPORT; *promising* to sign is AGREE), CAMEO 057;
- an event every reporting article places after its own publication date is a
  plan, not a happening: AGREE, CAMEO 036 (intent to meet) or, for a signing,
  030 (intent to cooperate);
- ``other`` gets no code: neither scheme has a catch-all type.

Codes a plugin already set on an event are kept.
"""

from __future__ import annotations

import calendar
import datetime as dt
from collections.abc import Sequence

import attrs

from citylinks.components import Enricher
from citylinks.dataset import Dataset
from citylinks.hookspecs import hookimpl
from citylinks.models import Event, PartialDate
from citylinks.recordstore import mapped_table

EventCode = tuple[str | None, str | None, str | None]

CODES_BY_KIND: dict[str, EventCode] = {
    "teleconference": ("CONSULT", "phone", "041"),
    "visit": ("CONSULT", "visit", "042"),
    "field_trip": ("CONSULT", "visit", "042"),
    "reception": ("CONSULT", "host", "043"),
    "talks": ("CONSULT", None, "046"),
    "meeting": ("CONSULT", None, "040"),
    "working_session": ("CONSULT", None, "040"),
    "conference": ("CONSULT", None, "040"),
    "signing": ("SUPPORT", None, "057"),
    "other": (None, None, None),
}
REMOTE_CONSULTATION: EventCode = ("CONSULT", "phone", "041")
INTENT_TO_MEET: EventCode = ("AGREE", None, "036")
INTENT_TO_COOPERATE: EventCode = ("AGREE", None, "030")
MULTILATERAL_PARTNERS = 3


def _first_day(date: PartialDate) -> dt.date:
    return dt.date(date.year, date.month or 1, date.day or 1)


def _last_day(date: PartialDate) -> dt.date:
    if date.day is not None:
        return dt.date(date.year, date.month, date.day)  # type: ignore[arg-type]
    month = date.month or 12
    return dt.date(date.year, month, calendar.monthrange(date.year, month)[1])


def is_planned(event: Event, published: Sequence[PartialDate]) -> bool:
    """Whether the event can only have happened after every reporting article was published."""
    return (
        event.date is not None and bool(published) and all(_first_day(event.date) > _last_day(day) for day in published)
    )


def codes_for(event: Event, published: Sequence[PartialDate] = ()) -> EventCode:
    """(PLOVER event type, PLOVER mode, CAMEO code) for an event; ``published``: its articles' dates."""
    plover, mode, cameo = CODES_BY_KIND.get(event.kind, (None, None, None))
    if plover is None:
        return plover, mode, cameo
    if is_planned(event, published):
        return INTENT_TO_COOPERATE if event.kind == "signing" else INTENT_TO_MEET
    if plover == "CONSULT" and event.mode == "virtual":
        return REMOTE_CONSULTATION
    if event.kind == "conference" and len(set(event.partners)) >= MULTILATERAL_PARTNERS:
        mode = "multilateral"
    return plover, mode, cameo


class EventCoder(Enricher):
    name = "event-codes"
    description = "PLOVER event type and mode and CAMEO code for every event, from its kind"
    order = 500

    def enrich(self, dataset: Dataset) -> Dataset:
        documents = dataset.documents

        def coded(event: Event) -> Event:
            if event.plover is not None or event.cameo is not None:
                return event
            published = [
                document.published
                for document_id in sorted(event.sources.documents())
                if (document := documents.get(document_id)) is not None and document.published is not None
            ]
            plover, mode, cameo = codes_for(event, published)
            return attrs.evolve(event, plover=plover, plover_mode=mode, cameo=cameo)

        return Dataset(
            documents=dataset.documents,
            partners=dataset.partners,
            events=mapped_table(dataset.events, coded),
            agreements=dataset.agreements,
        )


@hookimpl
def citylinks_register_enrichers(register):
    register(EventCoder)
