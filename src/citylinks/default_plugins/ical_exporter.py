"""Built-in exporter ``ical``: events as an iCalendar (RFC 5545) file of all-day entries.

One VEVENT per event, written as the event arrives (partners and documents come
first; only their names and titles are kept, to label the events):

- ``UID`` is ``<event id>@citylinks`` and ``DTSTAMP`` is midnight UTC of the
  event's first day, so the same dataset always gives the same bytes (the clock
  is never read).
- ``DTSTART;VALUE=DATE`` is the event's day; ``DTEND`` is the day after its last
  day (``end_date`` when known), left out only when that day would be past
  9999-12-31, which RFC 5545 reads as a one-day event.
- ``SUMMARY`` is the kind and the partners' names ("Teleconference: Ho Chi Minh
  City – Saint Petersburg"); ``LOCATION`` the place; ``DESCRIPTION`` the partners,
  the participants with their titles, the PLOVER and CAMEO codes, how many
  articles report the event and every evidence sentence with the document it
  comes from (an event merged from several articles lists them all);
  ``CATEGORIES`` the kind and the topics.

Events without a day-precise date, option ``undated``:

- ``skip`` (default): they are left out. ``skipped`` counts them after
  ``finish()`` and ``skipped_reason`` says why, for the command line's note.
- ``span``: an event known only to the month or the year becomes an all-day entry
  spanning that whole month or year, and its description says how precise its
  date is. Events with no date at all are still skipped and counted.

Agreement anniversaries, option ``anniversaries``:

- ``no`` (default): agreements are not shown.
- ``yes``: each signed or existing agreement whose start day is known gets one
  all-day VEVENT on that day repeating every year (``RRULE:FREQ=YEARLY``), UID
  ``<agreement id>-anniversary@citylinks``, categories ``anniversary`` and the
  agreement's kind. The start day is the agreement's date when it is
  day-precise, else the date of its signing event (``signed_at``) when that is
  day-precise and in the same year and month as far as the agreement's date
  says. An agreement known only to the year or month has no anniversary day and
  gets no entry: a yearly entry on 1 January would state a day nobody reported.
  ``anniversaries_skipped`` counts those after ``finish()``.

Every text value goes through ``citylinks.textsafety.safe_text`` and is escaped
by RFC 5545 alone (``ical_text``) before the icalendar library folds it, so
evidence containing ``END:VEVENT``, line breaks, control characters or a literal
``\\N`` stays inside its property and reads back as written.
"""

from __future__ import annotations

import calendar
import datetime as dt
import functools
from typing import IO, TYPE_CHECKING, ClassVar

from citylinks.components import Exporter
from citylinks.hookspecs import hookimpl
from citylinks.models import Agreement, Document, Event, PartialDate, Partner, Source
from citylinks.textsafety import safe_text

if TYPE_CHECKING:
    import icalendar

PRODUCT_ID = "-//citylinks//citylinks 1//EN"
CALENDAR_NAME = "citylinks"
UNDATED_CHOICES = ("skip", "span")
ANNIVERSARY_CHOICES = ("no", "yes")
CALENDAR_END = b"END:VCALENDAR\r\n"
AGREEMENT_LABELS = {
    "mou": "MoU",
    "twinning": "twinning",
    "friendship_cooperation": "friendship and cooperation",
    "cooperation_agreement": "cooperation agreement",
    "other": "agreement",
}
PRECISION_WORDS = {"month": "known to the month only", "year": "known to the year only"}


def first_and_last_day(date: PartialDate) -> tuple[dt.date, dt.date]:
    """The first and last calendar day a partial date can mean."""
    if date.day is not None:
        day = dt.date(date.year, date.month, date.day)  # type: ignore[arg-type]
        return day, day
    if date.month is not None:
        last = calendar.monthrange(date.year, date.month)[1]
        return dt.date(date.year, date.month, 1), dt.date(date.year, date.month, last)
    return dt.date(date.year, 1, 1), dt.date(date.year, 12, 31)


def event_codes_line(event: Event) -> str:
    """``Codes: PLOVER CONSULT (phone), CAMEO 041`` for the codes an event carries; ``""`` without any."""
    parts = []
    if event.plover:
        parts.append(f"PLOVER {event.plover}" + (f" ({event.plover_mode})" if event.plover_mode else ""))
    if event.cameo:
        parts.append(f"CAMEO {event.cameo}")
    return "Codes: " + ", ".join(parts) if parts else ""


def kind_label(kind: str) -> str:
    """``working_session`` → ``Working session``."""
    return kind.replace("_", " ").capitalize()


def ical_text(text: str) -> icalendar.vText:
    """``safe_text(text)`` as an iCalendar TEXT value, escaped by RFC 5545 alone.

    icalendar's own escaping first reads a literal ``\\N`` as a line break, so an
    article quoting ``C:\\New folder`` would come back as two lines.
    """
    return _exact_text_type()(safe_text(text))


def ical_categories(words: list[str]) -> icalendar.vCategory:
    """A CATEGORIES value whose words are escaped as ``ical_text`` escapes."""
    import icalendar

    value = icalendar.vCategory(words)
    value.cats = [ical_text(word) for word in words]
    return value


def escape_text(text: str) -> str:
    """RFC 5545 TEXT escaping: backslash first, then ``;``, ``,`` and line breaks."""
    return text.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")


@functools.cache
def _exact_text_type() -> type:
    import icalendar  # here, not at the top: only exports to iCalendar pay for it

    class ExactText(icalendar.vText):
        encoding: str  # set by vText.__new__; icalendar declares it in __slots__ only

        def to_ical(self) -> bytes:
            return escape_text(str(self)).encode(self.encoding)

    return ExactText


class ICalendarExporter(Exporter):
    name = "ical"
    description = (
        "iCalendar: one all-day VEVENT per event with a day-precise date "
        "(others skipped and counted, or spread over their month/year with undated=span)"
    )
    suffix = ".ics"
    options_help: ClassVar[dict[str, str]] = {
        "undated": "skip (default): leave out events without a day-precise date; "
        "span: show month- or year-precise events over that whole month or year",
        "anniversaries": "no (default) or yes: add a yearly recurring entry on the start day "
        "of each signed or existing agreement whose day is known",
    }

    def __init__(self, options: dict[str, str] | None = None) -> None:
        super().__init__(options)
        self.undated = self.options.get("undated", "skip").strip().lower()
        if self.undated not in UNDATED_CHOICES:
            raise ValueError(
                f"format 'ical': option 'undated' must be one of {', '.join(UNDATED_CHOICES)} (got {self.undated!r})"
            )
        self.anniversaries = self.options.get("anniversaries", "no").strip().lower()
        if self.anniversaries not in ANNIVERSARY_CHOICES:
            raise ValueError(
                f"format 'ical': option 'anniversaries' must be one of {', '.join(ANNIVERSARY_CHOICES)} "
                f"(got {self.anniversaries!r})"
            )
        self.skipped = 0
        self.anniversaries_skipped = 0
        self.skipped_reason = (
            "events without a day-precise date (option undated=span shows those known to the month or year)"
            if self.undated == "skip"
            else "events without a date"
        )

    def start(self, out: IO[bytes]) -> None:
        super().start(out)
        self.skipped = 0
        self.anniversaries_skipped = 0
        self.event_days: dict[str, PartialDate] = {}  # day-precise signing dates, for anniversaries
        self.partner_labels: dict[str, str] = {}
        self.partner_names: dict[str, str] = {}
        self.document_labels: dict[str, str] = {}
        import icalendar  # here, not at the top: importing it costs every citylinks command 0.1 s

        header = icalendar.Calendar()
        header.add("prodid", PRODUCT_ID)
        header.add("version", "2.0")
        header.add("x-wr-calname", CALENDAR_NAME)
        # The events are written one by one between the calendar's properties and its end line.
        self.out.write(header.to_ical().removesuffix(CALENDAR_END))

    def export_item(self, item: Document | Partner | Event | Agreement) -> None:
        if isinstance(item, Document):
            self.document_labels[item.id] = self._document_label(item)
        elif isinstance(item, Partner):
            self.partner_names[item.id] = item.name
            details = ", ".join(part for part in (item.kind, item.country) if part)
            self.partner_labels[item.id] = f"{item.name} ({details})"
        elif isinstance(item, Event):
            if (
                self.anniversaries == "yes"
                and item.kind == "signing"
                and item.date is not None
                and item.date.precision == "day"
            ):
                self.event_days[item.id] = item.date
            vevent = self._vevent(item)
            if vevent is None:
                self.skipped += 1
            else:
                self.out.write(vevent.to_ical())
        elif isinstance(item, Agreement) and self.anniversaries == "yes" and item.status != "proposed":
            anniversary = self._anniversary(item)
            if anniversary is None:
                self.anniversaries_skipped += 1
            else:
                self.out.write(anniversary.to_ical())

    def finish(self) -> None:
        self.out.write(CALENDAR_END)

    def _vevent(self, event: Event) -> icalendar.Event | None:
        if event.date is None or (event.date.precision != "day" and self.undated == "skip"):
            return None
        first_day = first_and_last_day(event.date)[0]
        last_day = first_and_last_day(event.end_date or event.date)[1]
        import icalendar

        vevent = icalendar.Event()
        vevent.add("uid", ical_text(f"{event.id}@citylinks"))
        vevent.add("dtstamp", dt.datetime.combine(first_day, dt.time(), tzinfo=dt.timezone.utc))
        vevent.add("dtstart", first_day)
        if last_day < dt.date.max:
            vevent.add("dtend", last_day + dt.timedelta(days=1))
        vevent.add("summary", ical_text(self._summary(event)))
        if event.location and safe_text(event.location).strip():
            vevent.add("location", ical_text(event.location))
        vevent.add("description", ical_text(self._description(event)))
        categories = [safe_text(word) for word in (event.kind, *event.topics)]
        vevent.add("categories", ical_categories(list(dict.fromkeys(word for word in categories if word.strip()))))
        return vevent

    def _summary(self, event: Event) -> str:
        names = [self.partner_names.get(partner, partner) for partner in event.partners]
        return kind_label(event.kind) + (": " + " – ".join(names) if names else "")

    def _description(self, event: Event) -> str:
        lines: list[str] = []
        if event.partners:
            lines.append("Partners:")
            lines += [f"- {self.partner_labels.get(partner, partner)}" for partner in event.partners]
        if event.participants:
            lines.append("Participants:")
            for participant in event.participants:
                line = f"- {participant.person}"
                if participant.title:
                    line += f", {participant.title}"
                if participant.partner:
                    line += f" ({self.partner_names.get(participant.partner, participant.partner)})"
                lines.append(line)
        if event.mode:
            lines.append(f"Mode: {event.mode.replace('_', ' ')}")
        codes = event_codes_line(event)
        if codes:
            lines.append(codes)
        if event.topics:
            lines.append("Topics: " + ", ".join(event.topics))
        if event.date is not None and event.date.precision != "day":
            lines.append(f"Date: {event.date} ({PRECISION_WORDS[event.date.precision]})")
        if event.end_date is not None:
            lines.append(f"Until: {event.end_date}")
        if event.sources:
            articles = len({source.document for source in event.sources})
            lines.append(f"Evidence ({articles} article{'s' if articles != 1 else ''}):")
            lines += [self._evidence_line(source) for source in event.sources]
        return "\n".join(lines)

    def anniversary_day(self, agreement: Agreement) -> dt.date | None:
        """The day an agreement started, if known to the day (see the module docstring)."""
        date = agreement.date
        if date is not None and date.precision == "day":
            return first_and_last_day(date)[0]
        signing = self.event_days.get(agreement.signed_at) if agreement.signed_at else None
        if signing is not None and (date is None or date.compatible(signing)):
            return first_and_last_day(signing)[0]
        return None

    def _anniversary(self, agreement: Agreement) -> icalendar.Event | None:
        day = self.anniversary_day(agreement)
        if day is None:
            return None
        import icalendar

        vevent = icalendar.Event()
        vevent.add("uid", ical_text(f"{agreement.id}-anniversary@citylinks"))
        vevent.add("dtstamp", dt.datetime.combine(day, dt.time(), tzinfo=dt.timezone.utc))
        vevent.add("dtstart", day)
        if day < dt.date.max:
            vevent.add("dtend", day + dt.timedelta(days=1))
        vevent.add("rrule", {"freq": "yearly"})
        names = [self.partner_names.get(partner, partner) for partner in agreement.partners]
        label = AGREEMENT_LABELS.get(agreement.kind, agreement.kind.replace("_", " "))
        vevent.add("summary", ical_text(f"Anniversary of the {label}" + (": " + " – ".join(names) if names else "")))
        lines = [f"{label[:1].upper() + label[1:]} ({agreement.status}) since {day.isoformat()}"]
        if agreement.partners:
            lines.append("Partners:")
            lines += [f"- {self.partner_labels.get(partner, partner)}" for partner in agreement.partners]
        if len(agreement.candidate_dates) > 1:
            lines.append("Start dates reported: " + ", ".join(str(claim.date) for claim in agreement.candidate_dates))
        if agreement.sources:
            lines.append("Evidence:")
            lines += [self._evidence_line(source) for source in agreement.sources]
        vevent.add("description", ical_text("\n".join(lines)))
        vevent.add("categories", ["anniversary", agreement.kind])
        return vevent

    def _evidence_line(self, source: Source) -> str:
        where = self.document_labels.get(source.document, source.document)
        return f'- "{source.text}" ({where}, characters {source.start}-{source.end})'

    @staticmethod
    def _document_label(document: Document) -> str:
        if document.path and document.title:
            return f'{document.path}: "{document.title}"'
        return document.path or document.title or document.id


@hookimpl
def citylinks_register_exporters(register):
    register(ICalendarExporter)
