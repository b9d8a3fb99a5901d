"""Reading an article's own header: publication date, title, language.

Understands the plain-text corpus format (a first line `` date YYYY-MM-DD `` then
the title), the timestamps scraped pages carry near their top
(``06:49 | 22/02/2023 GMT+7``, ``Publish date 05-10-2023 16:01``,
``Thursday, 15 April 2010, 11:54 am``) and articles with no date at all. An
impossible date (``2023-02-30``, year 99999) is reported and treated as unknown.
"""

from __future__ import annotations

import datetime as dt
import re

import attrs

from citylinks.ids import document_id
from citylinks.language import identify_language
from citylinks.models import Document, PartialDate
from citylinks.textsafety import without_surrogates

HEADER_LINES = 25  # a scraped page may carry a dozen menu lines above its time stamp
MAX_TITLE_CHARS = 300

_DATE_LINE = re.compile(r"^\s*date\s+(\S+)\s*(.*)$")
_MONTHS = {
    name: number
    for number, names in enumerate(
        (
            ("january", "jan"),
            ("february", "feb"),
            ("march", "mar"),
            ("april", "apr"),
            ("may",),
            ("june", "jun"),
            ("july", "jul"),
            ("august", "aug"),
            ("september", "sep", "sept"),
            ("october", "oct"),
            ("november", "nov"),
            ("december", "dec"),
        ),
        start=1,
    )
    for name in names
}
_SCRAPED_DATES = (
    # 06:49 | 22/02/2023 GMT+7 ; Publish date 05-10-2023 16:01 ; Cập nhật: 22/02/2023
    re.compile(r"(?<!\d)(?P<d>\d{1,2})[/.-](?P<m>\d{1,2})[/.-](?P<y>\d{4})(?!\d)"),
    # 2023-02-22 06:49
    re.compile(r"(?<!\d)(?P<y>\d{4})-(?P<m>\d{2})-(?P<d>\d{2})(?!\d)"),
    # Thursday, 15 April 2010 ; 15 April 2010
    re.compile(r"(?<!\d)(?P<d>\d{1,2})\s+(?P<mon>[A-Za-z]{3,9})\.?,?\s+(?P<y>\d{4})(?!\d)"),
    # April 15, 2010
    re.compile(r"\b(?P<mon>[A-Za-z]{3,9})\.?\s+(?P<d>\d{1,2}),?\s+(?P<y>\d{4})(?!\d)"),
)
_MENU = re.compile(r"^\s*(?:trang\s+chủ|home)\b", re.I)
_TIMESTAMP_HINT = re.compile(
    r"(\d{1,2}:\d{2})|GMT|UTC|publish|posted|updated|cập nhật|đăng|ngày đăng"
    r"|\b(mon|tues|wednes|thurs|fri|satur|sun)day\b",
    re.I,
)


@attrs.frozen
class Header:
    published: PartialDate | None
    title: str | None
    problems: tuple[str, ...] = ()


def checked_date(year: int, month: int, day: int) -> PartialDate | None:
    """A day-precise date, or None when the calendar has no such day or the year is absurd."""
    if not 1900 <= year <= dt.date.today().year + 1:
        return None
    try:
        dt.date(year, month, day)
    except ValueError:
        return None
    return PartialDate(year, month, day)


def read_header(text: str) -> Header:
    """Publication date and title from the top of an article."""
    lines = text.split("\n", HEADER_LINES)[:HEADER_LINES]
    first = lines[0] if lines else ""
    match = _DATE_LINE.match(first)
    problems: list[str] = []
    if match:
        raw, title = match.groups()
        published = None
        parts = re.match(r"^(\d{1,5})-(\d{1,2})-(\d{1,2})$", raw)
        if parts:
            published = checked_date(*(int(p) for p in parts.groups()))
        if published is None:
            problems.append(f"publication date {raw!r} is impossible or absurd; treated as unknown")
        return Header(published, _clean_title(title), tuple(problems))
    published = _scraped_date(lines)
    if published is not None:
        published = _day_and_month_as_the_text_tells(published, text)
    title = next((_clean_title(line) for line in lines if _is_title_candidate(line) and not _MENU.match(line)), None)
    return Header(published, title, tuple(problems))


def _scraped_date(lines: list[str]) -> PartialDate | None:
    for line in lines:
        # "Oct 25, 2024" on a line of its own under the byline is the page's date, as a stamp with a time is
        alone = line.strip()
        if len(line) > 120 or not (_TIMESTAMP_HINT.search(line) or any(p.fullmatch(alone) for p in _SCRAPED_DATES)):
            continue
        for pattern in _SCRAPED_DATES:
            found = pattern.search(line)
            if not found:
                continue
            groups = found.groupdict()
            month = _MONTHS.get(groups["mon"].lower()) if groups.get("mon") else int(groups["m"])
            if month is None:
                continue
            date = checked_date(int(groups["y"]), month, int(groups["d"]))
            if date is not None:
                return date
    return None


_MONTH_DAY = re.compile(
    r"\b(?P<mon>Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+(?P<d>\d{1,2})(?!\d)(?!:)"
)
_NEAR_DAYS = 7


def _day_and_month_as_the_text_tells(published: PartialDate, text: str) -> PartialDate:
    """A time stamp such as ``05-10-2023`` reads day first, unless the days the article names are all near the
    month-first reading and none near the day-first one ("Mayor ... on Monday, May 8, welcomed ..." under
    "Publish date 05-10-2023" of a US city's page)."""
    if published.day is None or published.month is None or published.day > 12 or published.day == published.month:
        return published
    swapped = checked_date(published.year, published.day, published.month)
    if swapped is None:
        return published
    named = []
    for found in _MONTH_DAY.finditer(text, 0, 20_000):
        month = _MONTHS.get(found["mon"].lower()[:3])
        if month is not None and (day := checked_date(published.year, month, int(found["d"]))) is not None:
            named.append(dt.date(day.year, month, day.day))  # type: ignore[arg-type]
    if not named:
        return published

    def near(date: PartialDate) -> bool:
        reading = dt.date(date.year, date.month, date.day)  # type: ignore[arg-type]
        return any(abs((reading - day).days) <= _NEAR_DAYS for day in named)

    return swapped if near(swapped) and not near(published) else published


def _is_title_candidate(line: str) -> bool:
    stripped = line.strip().strip("#*=_ ")
    return 3 <= len(stripped) <= MAX_TITLE_CHARS and not _TIMESTAMP_HINT.search(stripped[:40])


def _clean_title(title: str) -> str | None:
    title = title.strip().strip("#*").strip()
    if not title:
        return None
    return title[:MAX_TITLE_CHARS]


def make_document(
    text: str,
    path: str | None,
    title: str | None = None,
    published: PartialDate | None = None,
    language: str | None = None,
    identify: bool = True,
) -> tuple[Document, tuple[str, ...]]:
    """A Document from decoded text; header fields found in the text fill what the caller lacks.

    With ``identify=False`` a language the caller does not give is left for the parse
    stage to identify (``citylinks.parsing.with_language``), in the worker that parses it.

    A path that is not valid UTF-8 (a file name in a legacy encoding) has each
    undecodable byte shown as U+FFFD, so that every export can write it.
    """
    header = read_header(text)
    document = Document(
        id=document_id(text),
        path=without_surrogates(path) if path is not None else None,
        title=title or header.title,
        published=published or header.published,
        language=language or (identify_language(text) if identify else None),
        text=text,
    )
    return document, header.problems
