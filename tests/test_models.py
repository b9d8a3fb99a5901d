"""The models refuse bad values with messages naming the field and the value, and
every record survives a trip through the export converter unchanged."""

from __future__ import annotations

import re

import attrs
import pytest
from cattrs.errors import ClassValidationError
from hypothesis import given, settings
from hypothesis import strategies as st

from citylinks.models import Agreement, Document, Event, Geo, PartialDate, Participant, Partner, Source
from citylinks.serialize import record_from_dict, record_to_dict
from strategies import agreements, any_records, documents, events, partial_dates, partners

SOURCE = Source("sha256:abc", 0, 10, "evidence")


@pytest.mark.parametrize(
    ("build", "field", "shown"),
    [
        (lambda: Partner("p", "Hanoi", "village"), "Partner.kind", "'village'"),
        (lambda: Partner("p", "Hanoi", "city", country="vn"), "Partner.country", "'vn'"),
        (lambda: Partner("p", "Hanoi", "city", country="VNM"), "Partner.country", "'VNM'"),
        (lambda: Partner("p", "   ", "city"), "Partner.name", "'   '"),
        (lambda: Partner("p", "Hanoi", "city", aliases=("",)), "Partner.aliases", "''"),
        (lambda: Event("e", "party"), "Event.kind", "'party'"),
        (lambda: Event("e", "visit", mode="hybrid"), "Event.mode", "'hybrid'"),
        (lambda: Event("e", "visit", date="2021-05-19", end_date="2021-05-18"), "Event.end_date", "'2021-05-18'"),
        (lambda: Event("e", "visit", date="2021-05-19", end_date="2021-04"), "Event.end_date", "'2021-04'"),
        (lambda: Event("e", "visit", date="2023-02-30"), "PartialDate.day", "30"),
        (lambda: Agreement("a", "treaty", "signed"), "Agreement.kind", "'treaty'"),
        (lambda: Agreement("a", "mou", "rumoured"), "Agreement.status", "'rumoured'"),
        (lambda: PartialDate(2023, 2, 30), "PartialDate.day", "30"),
        (lambda: PartialDate(2021, 4, 31), "PartialDate.day", "31"),
        (lambda: PartialDate(2023, 2, 29), "PartialDate.day", "29"),
        (lambda: PartialDate(2021, 13), "PartialDate.month", "13"),
        (lambda: PartialDate(0), "PartialDate.year", "0"),
        (lambda: PartialDate(10000), "PartialDate.year", "10000"),
        (lambda: PartialDate(2021, None, 5), "PartialDate.day", "5"),
        (lambda: Source("sha256:abc", -1, 10, "x"), "Source.start", "-1"),
        (lambda: Source("sha256:abc", 5, 4, "x"), "Source.end", "4"),
        (lambda: Source("sha256:abc", 0, -3, "x"), "Source.end", "-3"),
        (lambda: Source("", 0, 1, "x"), "Source.document", "''"),
        (lambda: Geo(91.0, 0.0), "Geo.lat", "91.0"),
        (lambda: Geo(0.0, -180.5), "Geo.lon", "-180.5"),
        (lambda: Geo(float("nan"), 0.0), "Geo.lat", "nan"),
        (lambda: Document("sha256:abc", language="EN"), "Document.language", "'EN'"),
        (lambda: Participant(" "), "Participant.person", "' '"),
    ],
)
def test_validators_name_the_field_and_the_value(build, field, shown):
    with pytest.raises(ValueError, match=re.escape(field)) as refused:
        build()
    assert shown in str(refused.value)


@pytest.mark.parametrize(
    "build",
    [
        lambda: Partner("p", 5, "city"),
        lambda: Partner("p", "Hanoi", "city", aliases="Ha Noi"),
        lambda: Document("sha256:abc", title=b"bytes"),
        lambda: Event("e", "visit", partners="city-hanoi"),
    ],
)
def test_wrong_types_are_refused(build):
    with pytest.raises(TypeError):
        build()


@pytest.mark.parametrize("text", ["2021-5-19", "21", "2021/05/19", "", " 2021", "2021-05-19T10:00", "0x7e5"])
def test_partial_date_parse_refuses_malformed_text(text):
    with pytest.raises(ValueError, match=re.escape(repr(text))):
        PartialDate.parse(text)


@pytest.mark.parametrize(
    ("text", "field", "shown"),
    [
        ("2023-02-30", "PartialDate.day", "30"),
        ("2021-13", "PartialDate.month", "13"),
        ("2021-00", "PartialDate.month", "0"),
        ("2021-05-00", "PartialDate.day", "0"),
        ("0000", "PartialDate.year", "0"),
    ],
)
def test_partial_date_parse_refuses_impossible_dates(text, field, shown):
    with pytest.raises(ValueError, match=re.escape(field) + ".*" + re.escape(f"(got {shown})")):
        PartialDate.parse(text)


@pytest.mark.parametrize(
    ("text", "precision", "parts"),
    [
        ("1994", "year", (1994, None, None)),
        ("2021-05", "month", (2021, 5, None)),
        ("2024-02-29", "day", (2024, 2, 29)),
        ("0001-01-01", "day", (1, 1, 1)),
    ],
)
def test_partial_date_parse(text, precision, parts):
    date = PartialDate.parse(text)
    assert (date.year, date.month, date.day) == parts
    assert date.precision == precision
    assert date.isoformat() == str(date) == text


@given(partial_dates)
def test_partial_date_isoformat_parses_back(date):
    assert PartialDate.parse(date.isoformat()) == date
    assert re.fullmatch(r"\d{4}(-\d{2}(-\d{2})?)?", date.isoformat())


@given(partial_dates)
def test_a_date_is_compatible_with_itself_and_everything_it_refines(date):
    assert date.compatible(date)
    coarser = [PartialDate(date.year)]
    if date.month is not None:
        coarser.append(PartialDate(date.year, date.month))
    for other in coarser:
        assert date.compatible(other) and other.compatible(date)


@given(partial_dates, partial_dates)
def test_compatible_is_symmetric_and_means_agreeing_where_both_are_known(first, second):
    assert first.compatible(second) == second.compatible(first)
    agree = first.year == second.year and (
        first.month is None
        or second.month is None
        or (first.month == second.month and (first.day is None or second.day is None or first.day == second.day))
    )
    assert first.compatible(second) == agree


def test_compatible_examples():
    assert PartialDate.parse("2021-05").compatible(PartialDate.parse("2021-05-19"))
    assert not PartialDate.parse("2021-05").compatible(PartialDate.parse("2021-06-01"))
    assert not PartialDate.parse("2021").compatible(PartialDate.parse("2020"))


@given(any_records)
@settings(max_examples=300, deadline=None)
def test_records_round_trip_through_the_export_converter(record):
    assert record_from_dict(type(record), record_to_dict(record)) == record


@given(documents)
def test_documents_round_trip_without_their_text(document):
    with_text = attrs.evolve(document, text="the whole article")
    assert "text" not in record_to_dict(with_text)
    assert record_from_dict(Document, record_to_dict(with_text)) == document


@given(st.one_of(partners(), events(), agreements()))
def test_structure_refuses_what_the_validators_refuse(record):
    data = record_to_dict(record)
    data["kind"] = "not-a-kind"
    with pytest.raises(ClassValidationError) as refused:
        record_from_dict(type(record), data)
    assert any("not-a-kind" in str(error) for error in refused.value.exceptions)
