"""The citylinks data model: immutable attrs records with validators.

Every value that enters a record is checked here, at the boundary; a bad value
raises ``ValueError`` (or ``TypeError``) naming the field and the value.
The kinds are exactly those of the JSON export contract (format "1").
"""

from __future__ import annotations

import calendar
import re
import sys
from collections.abc import Iterable
from typing import Any

import attrs

PARTNER_KINDS = ("city", "province", "region", "country", "organization", "company")
EVENT_KINDS = (
    "meeting",
    "talks",
    "reception",
    "visit",
    "teleconference",
    "signing",
    "conference",
    "working_session",
    "field_trip",
    "other",
)
AGREEMENT_KINDS = ("mou", "twinning", "friendship_cooperation", "cooperation_agreement", "other")
AGREEMENT_STATUSES = ("signed", "proposed", "existing")
EVENT_MODES = ("in_person", "virtual")
PLOVER_EVENT_TYPES = (
    "AGREE",
    "CONSULT",
    "SUPPORT",
    "CONCEDE",
    "COOPERATE",
    "AID",
    "RETREAT",
    "REQUEST",
    "DEMAND",  # the name older PLOVER drafts give REQUEST
    "ACCUSE",
    "REJECT",
    "THREATEN",
    "PROTEST",
    "SANCTION",
    "MOBILIZE",
    "COERCE",
    "ASSAULT",
)
PLOVER_CONSULT_MODES = ("visit", "host", "third-party", "multilateral", "phone")
MIN_YEAR, MAX_YEAR = 1, 9999

_COUNTRY = re.compile(r"^[A-Z]{2}$")
_LANGUAGE = re.compile(r"^[a-z]{2,3}$")
_PARTIAL_DATE = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$")
_CAMEO_CODE = re.compile(r"^\d{3,4}$")


def _fail(field: str, value: Any, why: str) -> ValueError:
    return ValueError(f"{field}: {why} (got {value!r})")


def _one_of(choices: tuple[str, ...]):
    def check(instance: Any, attribute: attrs.Attribute, value: Any) -> None:
        if value not in choices:
            raise _fail(
                f"{type(instance).__name__}.{attribute.name}",
                value,
                "must be one of " + ", ".join(choices),
            )

    return check


def _optional_one_of(choices: tuple[str, ...]):
    inner = _one_of(choices)

    def check(instance: Any, attribute: attrs.Attribute, value: Any) -> None:
        if value is not None:
            inner(instance, attribute, value)

    return check


def _text(instance: Any, attribute: attrs.Attribute, value: Any) -> None:
    if not isinstance(value, str):
        raise TypeError(f"{type(instance).__name__}.{attribute.name}: must be text (got {value!r})")


def _non_empty_text(instance: Any, attribute: attrs.Attribute, value: Any) -> None:
    _text(instance, attribute, value)
    if not value.strip():
        raise _fail(f"{type(instance).__name__}.{attribute.name}", value, "must not be empty")


def _optional_text(instance: Any, attribute: attrs.Attribute, value: Any) -> None:
    if value is not None:
        _text(instance, attribute, value)


def _country(instance: Any, attribute: attrs.Attribute, value: Any) -> None:
    if value is not None and (not isinstance(value, str) or not _COUNTRY.match(value)):
        raise _fail(
            f"{type(instance).__name__}.{attribute.name}",
            value,
            "must be an ISO 3166-1 alpha-2 code or None",
        )


def _text_tuple(value: Any) -> tuple[str, ...]:
    if isinstance(value, str):
        raise TypeError(f"expected a sequence of text, not one string (got {value!r})")
    return tuple(value)


def _id_tuple(value: Any) -> tuple[str, ...]:
    """``_text_tuple`` with each string interned: the ids a record refers to (partners, topics)
    recur in record after record, and one copy of each is enough."""
    return tuple(sys.intern(item) if type(item) is str else item for item in _text_tuple(value))


def _each_text(instance: Any, attribute: attrs.Attribute, value: tuple) -> None:
    for item in value:
        if not isinstance(item, str) or not item:
            raise _fail(f"{type(instance).__name__}.{attribute.name}", item, "items must be non-empty text")


@attrs.frozen(order=True)
class PartialDate:
    """A calendar date known to year, month or day precision (``2021``, ``2021-05``, ``2021-05-19``)."""

    year: int = attrs.field()
    month: int | None = attrs.field(default=None)
    day: int | None = attrs.field(default=None)

    @year.validator
    def _check_year(self, attribute: attrs.Attribute, value: Any) -> None:
        if not isinstance(value, int) or isinstance(value, bool) or not MIN_YEAR <= value <= MAX_YEAR:
            raise _fail("PartialDate.year", value, f"must be an integer in {MIN_YEAR}..{MAX_YEAR}")

    @month.validator
    def _check_month(self, attribute: attrs.Attribute, value: Any) -> None:
        if value is None:
            return
        if not isinstance(value, int) or isinstance(value, bool) or not 1 <= value <= 12:
            raise _fail("PartialDate.month", value, "must be an integer in 1..12 or None")

    @day.validator
    def _check_day(self, attribute: attrs.Attribute, value: Any) -> None:
        if value is None:
            return
        if self.month is None:
            raise _fail("PartialDate.day", value, "needs a month")
        last = calendar.monthrange(self.year, self.month)[1]
        if not isinstance(value, int) or isinstance(value, bool) or not 1 <= value <= last:
            raise _fail("PartialDate.day", value, f"must be an integer in 1..{last} for {self.year}-{self.month:02d}")

    @property
    def precision(self) -> str:
        """``year``, ``month`` or ``day``."""
        if self.day is not None:
            return "day"
        return "month" if self.month is not None else "year"

    def isoformat(self) -> str:
        text = f"{self.year:04d}"
        if self.month is not None:
            text += f"-{self.month:02d}"
        if self.day is not None:
            text += f"-{self.day:02d}"
        return text

    def __str__(self) -> str:
        return self.isoformat()

    @classmethod
    def parse(cls, text: str) -> PartialDate:
        """Read ``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD``; anything else raises ``ValueError``."""
        match = _PARTIAL_DATE.match(text) if isinstance(text, str) else None
        if not match:
            raise _fail("date", text, "must be YYYY, YYYY-MM or YYYY-MM-DD")
        year, month, day = (int(part) if part else None for part in match.groups())
        return cls(year, month, day)  # type: ignore[arg-type]

    def compatible(self, other: PartialDate) -> bool:
        """True when one date refines the other (``2021-05`` and ``2021-05-19``)."""
        pairs = ((self.year, other.year), (self.month, other.month), (self.day, other.day))
        return all(a is None or b is None or a == b for a, b in pairs)


_SHARED_DATES: dict[PartialDate, PartialDate] = {}
_MAX_SHARED_DATES = 50_000


def _partial_date(value: Any) -> PartialDate | None:
    if value is None:
        return None
    date = value if isinstance(value, PartialDate) else PartialDate.parse(value)
    # Equal dates are one object: a corpus has a few thousand distinct dates and
    # hundreds of thousands of records and documents that carry them.
    if type(date) is not PartialDate or len(_SHARED_DATES) >= _MAX_SHARED_DATES:
        return date
    return _SHARED_DATES.setdefault(date, date)


def _optional_date(instance: Any, attribute: attrs.Attribute, value: Any) -> None:
    if value is not None and not isinstance(value, PartialDate):
        raise _fail(f"{type(instance).__name__}.{attribute.name}", value, "must be a PartialDate or None")


@attrs.frozen
class Source:
    """Evidence: where in which document a record stands (character offsets into the text as read)."""

    document: str = attrs.field(validator=_non_empty_text)
    start: int = attrs.field()
    end: int = attrs.field()
    text: str = attrs.field(validator=_text)

    @start.validator
    def _check_start(self, attribute: attrs.Attribute, value: Any) -> None:
        if not isinstance(value, int) or isinstance(value, bool) or value < 0:
            raise _fail("Source.start", value, "must be a non-negative integer")

    @end.validator
    def _check_end(self, attribute: attrs.Attribute, value: Any) -> None:
        if not isinstance(value, int) or isinstance(value, bool) or value < self.start:
            raise _fail("Source.end", value, f"must be an integer >= start ({self.start})")


# Records keep their sources as a SourceList (numbers and distinct strings, not one object
# per source): at 100k articles they are most of what a dataset holds. The import is here,
# after Source, because citylinks.sourcelist needs Source in turn.
from citylinks.sourcelist import EMPTY as EMPTY_SOURCES  # noqa: E402
from citylinks.sourcelist import SourceList, as_source_list  # noqa: E402


def _sources(value: Any) -> SourceList | tuple:
    return as_source_list(value)


def _each_source(instance: Any, attribute: attrs.Attribute, value: Any) -> None:
    if isinstance(value, SourceList):
        return  # made of Source items only
    for item in value:
        if not isinstance(item, Source):
            raise _fail(f"{type(instance).__name__}.sources", item, "items must be Source")


@attrs.frozen
class Document:
    """One article as read: its content hash id, where it came from, and its text."""

    id: str = attrs.field(validator=_non_empty_text)
    path: str | None = attrs.field(default=None, validator=_optional_text)
    title: str | None = attrs.field(default=None, validator=_optional_text)
    published: PartialDate | None = attrs.field(default=None, converter=_partial_date, validator=_optional_date)
    language: str | None = attrs.field(default=None)
    text: str = attrs.field(default="", validator=_text)

    @language.validator
    def _check_language(self, attribute: attrs.Attribute, value: Any) -> None:
        if value is not None and (not isinstance(value, str) or not _LANGUAGE.match(value)):
            raise _fail("Document.language", value, "must be an ISO 639 code such as 'en' or 'vi', or None")


def _optional_count(instance: Any, attribute: attrs.Attribute, value: Any) -> None:
    if value is not None and (not isinstance(value, int) or isinstance(value, bool) or value < 0):
        raise _fail(f"{type(instance).__name__}.{attribute.name}", value, "must be a non-negative integer or None")


@attrs.frozen
class Geo:
    """Where a place is, from the shipped gazetteer.

    ``gazetteer_id`` is the place itself; ``admin1`` and ``admin1_name`` the
    first-level subdivision it lies in; ``population`` the gazetteer's figure.
    ``coordinates_from`` is set when ``lat``/``lon`` are not the partner's own
    but another place's: a province's largest city, an organisation's parent.
    """

    lat: float = attrs.field()
    lon: float = attrs.field()
    gazetteer_id: str | None = attrs.field(default=None, validator=_optional_text)
    admin1: str | None = attrs.field(default=None, validator=_optional_text)
    admin1_name: str | None = attrs.field(default=None, validator=_optional_text)
    population: int | None = attrs.field(default=None, validator=_optional_count)
    coordinates_from: str | None = attrs.field(default=None, validator=_optional_text)

    @lat.validator
    def _check_lat(self, attribute: attrs.Attribute, value: Any) -> None:
        if not isinstance(value, (int, float)) or isinstance(value, bool) or not -90.0 <= value <= 90.0:
            raise _fail("Geo.lat", value, "must be a number in -90..90")

    @lon.validator
    def _check_lon(self, attribute: attrs.Attribute, value: Any) -> None:
        if not isinstance(value, (int, float)) or isinstance(value, bool) or not -180.0 <= value <= 180.0:
            raise _fail("Geo.lon", value, "must be a number in -180..180")


@attrs.frozen
class Partner:
    """A city, province, region, country, agency or company that takes part in a relation.

    ``same_as`` holds identifiers of the same partner elsewhere (a Wikidata item,
    a GeoNames URI), as linking plugins find them.
    """

    id: str = attrs.field(validator=_non_empty_text)
    name: str = attrs.field(validator=_non_empty_text)
    kind: str = attrs.field(validator=_one_of(PARTNER_KINDS))
    country: str | None = attrs.field(default=None, validator=_country)
    aliases: tuple[str, ...] = attrs.field(default=(), converter=_text_tuple, validator=_each_text)
    parent: str | None = attrs.field(default=None, validator=_optional_text)
    geo: Geo | None = attrs.field(default=None)
    sources: SourceList = attrs.field(default=EMPTY_SOURCES, converter=_sources, validator=_each_source)
    same_as: tuple[str, ...] = attrs.field(default=(), converter=_text_tuple, validator=_each_text)


@attrs.frozen
class Participant:
    """A person taking part in an event, with their title and the partner they speak for."""

    person: str = attrs.field(validator=_non_empty_text)
    title: str | None = attrs.field(default=None, validator=_optional_text)
    partner: str | None = attrs.field(default=None, validator=_optional_text)


def _participants(value: Iterable[Participant]) -> tuple[Participant, ...]:
    return tuple(value)


@attrs.frozen
class Event:
    """A dated (or clearly placed) happening: talks, a visit, a teleconference, a signing, ..."""

    id: str = attrs.field(validator=_non_empty_text)
    kind: str = attrs.field(validator=_one_of(EVENT_KINDS))
    date: PartialDate | None = attrs.field(default=None, converter=_partial_date, validator=_optional_date)
    end_date: PartialDate | None = attrs.field(default=None, converter=_partial_date, validator=_optional_date)
    location: str | None = attrs.field(default=None, validator=_optional_text)
    partners: tuple[str, ...] = attrs.field(default=(), converter=_id_tuple, validator=_each_text)
    participants: tuple[Participant, ...] = attrs.field(default=(), converter=_participants)
    mode: str | None = attrs.field(default=None, validator=_optional_one_of(EVENT_MODES))
    topics: tuple[str, ...] = attrs.field(default=(), converter=_id_tuple, validator=_each_text)
    sources: SourceList = attrs.field(default=EMPTY_SOURCES, converter=_sources, validator=_each_source)
    plover: str | None = attrs.field(default=None, validator=_optional_one_of(PLOVER_EVENT_TYPES))
    plover_mode: str | None = attrs.field(default=None, validator=_optional_one_of(PLOVER_CONSULT_MODES))
    cameo: str | None = attrs.field(default=None)

    @cameo.validator
    def _check_cameo(self, attribute: attrs.Attribute, value: Any) -> None:
        if value is not None and (not isinstance(value, str) or not _CAMEO_CODE.match(value)):
            raise _fail("Event.cameo", value, "must be a CAMEO event code of 3 or 4 digits, as text, or None")

    @end_date.validator
    def _check_end_date(self, attribute: attrs.Attribute, value: Any) -> None:
        _optional_date(self, attribute, value)
        if (
            value is not None
            and self.date is not None
            and value.isoformat() < self.date.isoformat()[: len(value.isoformat())]
        ):
            raise _fail("Event.end_date", value.isoformat(), f"must not be before date {self.date}")


@attrs.frozen
class DateClaim:
    """One start date that articles give for an agreement, and the documents that give it."""

    date: PartialDate = attrs.field(converter=_partial_date)
    date_computed: bool = attrs.field(default=False, validator=attrs.validators.instance_of(bool))
    documents: tuple[str, ...] = attrs.field(default=(), converter=_text_tuple, validator=_each_text)

    @date.validator
    def _check_date(self, attribute: attrs.Attribute, value: Any) -> None:
        if not isinstance(value, PartialDate):
            raise _fail("DateClaim.date", value, "must be a PartialDate")


def _claims(value: Any) -> tuple[DateClaim, ...]:
    return tuple(value)


def _each_claim(instance: Any, attribute: attrs.Attribute, value: tuple) -> None:
    for item in value:
        if not isinstance(item, DateClaim):
            raise _fail(f"{type(instance).__name__}.{attribute.name}", item, "items must be DateClaim")


@attrs.frozen
class Agreement:
    """A standing relation: an MoU, a twinning, a friendship-and-cooperation tie, ..."""

    id: str = attrs.field(validator=_non_empty_text)
    kind: str = attrs.field(validator=_one_of(AGREEMENT_KINDS))
    status: str = attrs.field(validator=_one_of(AGREEMENT_STATUSES))
    date: PartialDate | None = attrs.field(default=None, converter=_partial_date, validator=_optional_date)
    date_computed: bool = attrs.field(default=False, validator=attrs.validators.instance_of(bool))
    partners: tuple[str, ...] = attrs.field(default=(), converter=_id_tuple, validator=_each_text)
    topics: tuple[str, ...] = attrs.field(default=(), converter=_id_tuple, validator=_each_text)
    signed_at: str | None = attrs.field(default=None, validator=_optional_text)
    sources: SourceList = attrs.field(default=EMPTY_SOURCES, converter=_sources, validator=_each_source)
    candidate_dates: tuple[DateClaim, ...] = attrs.field(default=(), converter=_claims, validator=_each_claim)


Record = Partner | Event | Agreement
