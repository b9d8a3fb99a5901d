"""Hypothesis strategies for the citylinks models and for whole consistent datasets.

Records are built with ``st.builds`` and checked by the models' own validators:
where fields constrain each other (a day must exist in its month, an event must
not end before it starts) the strategy draws freely and keeps only what the
constructor accepts, so these strategies cannot drift from the models.

Text is hostile on purpose: line breaks, iCalendar and XML syntax, control and
bidirectional-override characters, emoji and Vietnamese diacritics.
"""

from __future__ import annotations

import string
from typing import Any

from hypothesis import strategies as st

from citylinks.dataset import Dataset
from citylinks.models import (
    AGREEMENT_KINDS,
    AGREEMENT_STATUSES,
    EVENT_KINDS,
    EVENT_MODES,
    PARTNER_KINDS,
    PLOVER_CONSULT_MODES,
    PLOVER_EVENT_TYPES,
    Agreement,
    DateClaim,
    Document,
    Event,
    Geo,
    PartialDate,
    Participant,
    Partner,
    Source,
)

HOSTILE_FRAGMENTS = (
    "\n", "\r\n", "\r", "\t", " ", ";", ",", "\\", "\\n", ":", '"', "'",
    "\x00", "\x07", "\x0b", "\x1b", "\x7f", "\x85", "\x9f",
    "\u202a", "\u202e", "\u2066", "\u2069", "\u200f", "\ufeff", "\ufffe", "\uffff",
    "😀", "👨‍👩‍👧", "🇻🇳",
    "END:VEVENT", "BEGIN:VEVENT", "\r\nEND:VEVENT\r\nBEGIN:VEVENT\r\n", "END:VCALENDAR",
    "]]>", "<", ">", "&", "&amp;", "<![CDATA[", "</data>",
    "Thành phố Hồ Chí Minh", "Đà Nẵng", "Saint Petersburg", "Санкт-Петербург",
)  # fmt: skip

hostile_text = st.one_of(
    st.text(max_size=20),
    st.lists(st.one_of(st.sampled_from(HOSTILE_FRAGMENTS), st.text(max_size=4)), max_size=6).map("".join),
)
"""Any text, leaning towards the characters exporters get wrong."""

non_empty_text = hostile_text.filter(lambda text: text.strip())
"""Hostile text with something other than whitespace in it (names, persons)."""

plain_ids = st.builds(
    "{}-{}".format,
    st.sampled_from(("city", "prov", "org", "event", "agreement")),
    st.text(string.ascii_lowercase + string.digits + "-", min_size=1, max_size=12),
)
record_ids = st.one_of(plain_ids, non_empty_text)
"""Record ids: mostly the slug-like ids the parsers make, sometimes anything a plugin might."""

document_ids = st.text("0123456789abcdef", min_size=4, max_size=16).map("sha256:".__add__)
languages = st.none() | st.sampled_from(("en", "vi", "ru", "fra"))
countries = st.none() | st.text(string.ascii_uppercase, min_size=2, max_size=2)


def _accepted(cls: type, **fields: Any) -> Any:
    """``cls(**fields)``, or None when the model's validators refuse the combination."""
    try:
        return cls(**fields)
    except ValueError:
        return None


def validated(cls: type, **field_strategies: st.SearchStrategy) -> st.SearchStrategy:
    """Instances of ``cls`` whose fields are drawn independently, kept when the validators accept them."""
    return st.builds(_accepted, st.just(cls), **field_strategies).filter(lambda value: value is not None)


partial_dates = validated(
    PartialDate,
    year=st.integers(1, 9999),
    month=st.none() | st.integers(1, 12),
    day=st.none() | st.integers(1, 31),
)
day_dates = validated(PartialDate, year=st.integers(1, 9999), month=st.integers(1, 12), day=st.integers(1, 31))
optional_dates = st.none() | partial_dates

geos = st.builds(
    Geo,
    lat=st.floats(-90, 90, allow_nan=False) | st.integers(-90, 90),
    lon=st.floats(-180, 180, allow_nan=False) | st.integers(-180, 180),
    gazetteer_id=st.none() | plain_ids,
    admin1=st.none() | plain_ids,
    admin1_name=st.none() | hostile_text,
    population=st.none() | st.integers(0, 10**9),
    coordinates_from=st.none() | plain_ids,
)


def sources(documents: st.SearchStrategy[str] = document_ids) -> st.SearchStrategy[Source]:
    """Evidence in one of ``documents``, with ``end`` never before ``start``."""
    return st.integers(0, 100_000).flatmap(
        lambda start: st.builds(
            Source, document=documents, start=st.just(start), end=st.integers(start, start + 500), text=hostile_text
        )
    )


def _id_lists(ids: st.SearchStrategy[str] | None) -> st.SearchStrategy[list[str]]:
    """Lists of ids drawn from ``ids``; always empty when there are none to draw (a dataset without partners)."""
    return st.just([]) if ids is None else st.lists(ids, max_size=4)


def participants(partner_ids: st.SearchStrategy[str] | None = record_ids) -> st.SearchStrategy[Participant]:
    partner = st.none() if partner_ids is None else st.none() | partner_ids
    return st.builds(Participant, person=non_empty_text, title=st.none() | hostile_text, partner=partner)


documents = st.builds(
    Document,
    id=document_ids,
    path=st.none() | hostile_text,
    title=st.none() | hostile_text,
    published=optional_dates,
    language=languages,
)


def partners(
    ids: st.SearchStrategy[str] = record_ids, documents: st.SearchStrategy[str] = document_ids
) -> st.SearchStrategy[Partner]:
    return st.builds(
        Partner,
        id=ids,
        name=non_empty_text,
        kind=st.sampled_from(PARTNER_KINDS),
        country=countries,
        aliases=st.lists(non_empty_text, max_size=3),
        parent=st.none() | record_ids,
        geo=st.none() | geos,
        sources=st.lists(sources(documents), max_size=2),
        same_as=st.lists(non_empty_text, max_size=2),
    )


def events(
    partner_ids: st.SearchStrategy[str] | None = record_ids, documents: st.SearchStrategy[str] = document_ids
) -> st.SearchStrategy[Event]:
    return validated(
        Event,
        id=record_ids,
        kind=st.sampled_from(EVENT_KINDS),
        date=st.one_of(st.none(), partial_dates, day_dates),
        end_date=st.none() | partial_dates,
        location=st.none() | hostile_text,
        partners=_id_lists(partner_ids),
        participants=st.lists(participants(partner_ids), max_size=2),
        mode=st.none() | st.sampled_from(EVENT_MODES),
        topics=st.lists(non_empty_text, max_size=3),
        sources=st.lists(sources(documents), max_size=2),
        plover=st.none() | st.sampled_from(PLOVER_EVENT_TYPES),
        plover_mode=st.none() | st.sampled_from(PLOVER_CONSULT_MODES),
        cameo=st.none() | st.from_regex(r"\A[0-9]{3,4}\Z"),
    )


def date_claims(documents: st.SearchStrategy[str] = document_ids) -> st.SearchStrategy[DateClaim]:
    return st.builds(
        DateClaim, date=partial_dates, date_computed=st.booleans(), documents=st.lists(documents, max_size=2)
    )


def agreements(
    partner_ids: st.SearchStrategy[str] | None = record_ids, documents: st.SearchStrategy[str] = document_ids
) -> st.SearchStrategy[Agreement]:
    return st.builds(
        Agreement,
        id=record_ids,
        kind=st.sampled_from(AGREEMENT_KINDS),
        status=st.sampled_from(AGREEMENT_STATUSES),
        date=optional_dates,
        date_computed=st.booleans(),
        partners=_id_lists(partner_ids),
        topics=st.lists(non_empty_text, max_size=3),
        signed_at=st.none() | hostile_text,
        sources=st.lists(sources(documents), max_size=2),
        candidate_dates=st.lists(date_claims(documents), max_size=2),
    )


def _by_id(records: list) -> dict:
    return {record.id: record for record in records}


@st.composite
def datasets(draw: st.DrawFn, max_partners: int = 6, max_events: int = 5, max_agreements: int = 4) -> Dataset:
    """A consistent dataset: every partner id and source document an event or agreement names exists."""
    document_list = draw(st.lists(documents, min_size=1, max_size=3, unique_by=lambda d: d.id))
    in_documents = st.sampled_from([document.id for document in document_list])
    partner_list = draw(st.lists(partners(documents=in_documents), max_size=max_partners, unique_by=lambda p: p.id))
    among_partners = st.sampled_from([p.id for p in partner_list]) if partner_list else None
    event_list = draw(st.lists(events(among_partners, in_documents), max_size=max_events, unique_by=lambda e: e.id))
    agreement_list = draw(
        st.lists(agreements(among_partners, in_documents), max_size=max_agreements, unique_by=lambda a: a.id)
    )
    return Dataset(
        documents=_by_id(document_list),
        partners=_by_id(partner_list),
        events=_by_id(event_list),
        agreements=_by_id(agreement_list),
    )


any_records = st.one_of(documents, partners(), events(), agreements())
"""One record of any exported model (a document's text is left empty: it is never exported)."""
