"""Records share equal values (dates, partner ids, topics) instead of each keeping its own copy."""

from __future__ import annotations

import pytest

from citylinks.models import Agreement, Document, Event, PartialDate


def _fresh(text: str) -> str:
    return "".join(list(text))  # an equal string that is another object


def test_equal_dates_are_one_object():
    first = Event("e1", "talks", date="2021-05-19")
    second = Event("e2", "visit", date=PartialDate(2021, 5, 19))
    document = Document("sha256:aa", published=_fresh("2021-05-19"))
    assert first.date is second.date is document.published
    assert first.date == PartialDate(2021, 5, 19)


def test_partner_ids_and_topics_of_records_are_shared():
    first = Event("e1", "talks", partners=(_fresh("geonames:1566083"),), topics=(_fresh("trade"),))
    second = Agreement("a1", "mou", "signed", partners=[_fresh("geonames:1566083")], topics=[_fresh("trade")])
    assert first.partners[0] is second.partners[0]
    assert first.topics[0] is second.topics[0]


@pytest.mark.parametrize("bad", [[1], [""], "geonames:1"])
def test_shared_ids_are_still_checked(bad):
    with pytest.raises((TypeError, ValueError), match=r"partners|sequence of text"):
        Event("e1", "talks", partners=bad)
