"""Unit tests for forums told over several sentences, and for the places around them.

Each test quotes the kind of sentence that motivated it (written for these tests, not copied
from any article): a photo caption naming the opening of a forum, the officials who "gathered in"
a city "for" a forum some words later, the cities that "took part in the forum" after it, a city
given as "capital of" its province, a relation "a decade ago", and a port authority named after a
city that has a small namesake in a country the article names once.
"""

from __future__ import annotations

import pytest

from citylinks.extraction.triggers import find_event_triggers
from test_extraction import names, records

OPENING = " date 2024-09-12 Forum in Hangzhou\n"


def test_a_caption_of_the_opening_of_a_forum_names_a_conference():
    sentence = "Delegates attend the opening of the Hangzhou-Nordic Cities Innovation Forum at the West Lake hall."
    (trigger,) = find_event_triggers(sentence, 0, len(sentence))
    assert trigger.kind == "conference"


def test_officials_gathered_in_a_city_for_a_forum_is_the_forum_on_its_day():
    text = OPENING + (
        "Officials from six Nordic cities gathered in Hangzhou, capital of Zhejiang province, on Wednesday for the "
        "Hangzhou-Nordic Cities Innovation Forum, as the city seeks new partners for its start-ups.\n"
    )
    partners, events, _ = records(text)
    (forum,) = events
    assert forum.kind == "conference"
    assert str(forum.date) == "2024-09-11"
    assert "Zhejiang" not in {p.name for p in partners.values()}


def test_the_cities_that_took_part_in_the_forum_join_the_forum_told():
    text = OPENING + (
        "The Hangzhou-Nordic Cities Innovation Forum opened in Hangzhou on Wednesday.\n\nRepresentatives of "
        "Aarhus, Tampere and Bergen took part in the two-day forum, which was hosted by the Hangzhou Municipal "
        "People's Government.\n"
    )
    partners, events, _ = records(text)
    (forum,) = events
    assert forum.kind == "conference" and str(forum.date) == "2024-09-11"
    assert {"Hangzhou", "Aarhus", "Tampere", "Bergen"} <= names(partners, forum.partners)


def test_the_province_a_vietnamese_text_gives_as_the_citys_seat_is_no_side():
    text = (
        " date 2024-05-10 Lào Cai và Vân Nam\n"
        "Ngày 9/5, tại thành phố Côn Minh, thủ phủ tỉnh Vân Nam, Bí thư Tỉnh ủy Lào Cai đã hội đàm với lãnh đạo "
        "thành phố Côn Minh.\n"
    )
    partners, events, _ = records(text)
    (talks,) = events
    assert names(partners, talks.partners) == {"Lao Cai", "Kunming"}


def test_a_relation_set_up_a_decade_ago_began_ten_years_before_the_article():
    text = OPENING + (
        "Aarhus, which established friendly cooperative relations with Hangzhou a decade ago, sent its deputy mayor "
        "to the forum.\n"
    )
    _, _, agreements = records(text)
    (relation,) = agreements
    assert relation.kind == "friendship_cooperation"
    assert relation.date is not None and relation.date.year == 2014 and relation.date_computed


def test_a_country_named_once_in_a_persons_name_does_not_move_a_port_city_abroad():
    # "Dumont" is also a town in the United States: a single hit is too little to make Rotterdam the one in New York
    text = OPENING + (
        "Hangzhou Port Group signed a cooperation agreement with the Port of Rotterdam Authority on Wednesday to "
        "develop green shipping.\n\nThe French deputy mayor Claire Dumont praised the forum.\n"
    )
    partners, _, _ = records(text)
    (authority,) = [p for p in partners.values() if p.name == "Port of Rotterdam Authority"]
    assert authority.country == "NL"


def test_the_places_a_rail_channel_links_are_no_sides_of_the_agreement():
    text = OPENING + (
        "Hangzhou Port Group signed a cooperation agreement with the Port of Rotterdam Authority on Wednesday to "
        "develop a rail-sea channel linking Zhejiang with Hamburg.\n"
    )
    partners, _, (agreement,) = records(text)
    assert names(partners, agreement.partners) == {"Hangzhou Port Group", "Port of Rotterdam Authority"}


def test_a_meeting_told_with_the_day_it_was_held_is_an_event():
    text = (
        " date 2023-11-14 Ulsan and Kumamoto\n"
        "The signing followed the 9th meeting of the Ulsan-Kumamoto Economic Council, held Nov. 10 at the Ulsan "
        "Exhibition Center, where the two mayors reviewed joint projects.\n"
    )
    partners, (meeting,), _ = records(text)
    assert (meeting.kind, str(meeting.date)) == ("meeting", "2023-11-10")
    assert {"Ulsan", "Kumamoto"} <= names(partners, meeting.partners)


@pytest.mark.parametrize(
    "sentence",
    [
        "On Sunday, the students from Kumamoto and 30 Ulsan peers staged a joint concert at the city's arts center.",
        "On Sunday, the Kumamoto delegation joined the Ulsan mayor at Taehwa Park to plant two cherry trees.",
    ],
)
def test_a_concert_or_a_tree_planting_of_both_cities_is_an_event(sentence):
    text = " date 2023-11-14 Ulsan and Kumamoto\n" + sentence + "\n"
    partners, (event,), _ = records(text)
    assert (event.kind, str(event.date)) == ("other", "2023-11-12")
    assert names(partners, event.partners) == {"Ulsan", "Kumamoto"}
