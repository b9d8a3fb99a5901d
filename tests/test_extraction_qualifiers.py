"""Unit tests for words that qualify a name or an act without being a party to it.

Each test quotes the kind of sentence that motivated it (written for these tests, not copied
from any article): a US state after its city ("Portland, Oregon"), the time a sentence opens
with before a body's name ("Separately on Monday, ..."), the years an act marks in a clause of
its own ("..., marking 40 years since ..."), an English "St." for "Saint" and a place given
only as the capital of another.
"""

from __future__ import annotations

import pytest

from citylinks.article import read_header
from citylinks.extraction.organizations import find_organizations
from citylinks.extraction.triggers import find_event_triggers
from citylinks.gazetteer import Gazetteer
from citylinks.models import PartialDate
from test_extraction import names, records

OPENING = " date 2024-10-09 Toyama and Salem\n"


def test_the_state_after_its_city_only_says_which_city():
    text = OPENING + "The mayors of Toyama and Salem, Oregon, signed a sister-city declaration on Tuesday.\n"
    partners, events, agreements = records(text)
    assert {p.name for p in partners.values()} == {"Toyama", "Salem"}
    assert all(names(partners, record.partners) == {"Toyama", "Salem"} for record in [*events, *agreements])


def test_a_state_named_on_its_own_stays_a_side():
    text = OPENING + "Salem and the state of Oregon co-hosted a reception on Tuesday for the guests from Toyama.\n"
    partners, (reception,), _ = records(text)
    assert "Oregon" in names(partners, reception.partners)


@pytest.mark.parametrize(
    "sentence",
    [
        "Separately on Monday, Kyushu University and Oregon State University signed an exchange agreement.",
        "Also on Tuesday morning, Kyushu University and Oregon State University signed an exchange agreement.",
        "Earlier in May, Kyushu University and Oregon State University signed an exchange agreement.",
    ],
)
def test_the_time_a_sentence_opens_with_is_not_part_of_a_bodys_name(sentence):
    found = [org.name for org in find_organizations(sentence, 0, len(sentence))]
    assert found[0] == "Kyushu University"


def test_the_years_a_signing_marks_in_a_clause_of_its_own_leave_it_a_signing_now():
    # the day of the signing in the lead goes on to the talks told after it
    text = OPENING + (
        "TOYAMA (Kyodo) -- The mayors of Toyama and Salem signed a renewed sister-city declaration on Monday, "
        "marking 40 years since the two cities became partners.\n\n"
        "Toyama Mayor Kenji Sato and Salem Mayor Lucy Brand held talks for an hour at Toyama City Hall before "
        "signing the document.\n"
    )
    _, events, _ = records(text)
    assert {(event.kind, str(event.date)) for event in events} == {("signing", "2024-10-07"), ("talks", "2024-10-07")}


def test_saint_is_found_as_english_news_abbreviates_it():
    found = Gazetteer.load().find("Delegates from St. Paul and St Paul met.")
    assert [mention.candidates[0].name for mention in found] == ["Saint Paul", "Saint Paul"]


def test_a_place_given_as_the_capital_of_another_leaves_the_other_out():
    text = OPENING + (
        "Salem Mayor Lucy Brand arrived in the capital of Hokkaido on Sunday with a delegation of 20 and held talks "
        "with Toyama leaders on Monday.\n"
    )
    partners, _, _ = records(text)
    assert "Hokkaido" not in {p.name for p in partners.values()}


# ---- a press release's lead ------------------------------------------------------


def test_the_date_in_brackets_after_a_releases_place_is_the_release_day():
    text = (
        " date 2024-09-17 Mayor welcomes Toyama delegation\n"
        "SALEM (September 17, 2024) – On Monday, Mayor Lucy Brand welcomed Toyama Mayor Kenji Sato and a "
        "20-member delegation to City Hall.\n"
    )
    _, events, _ = records(text)
    assert [(event.kind, str(event.date)) for event in events] == [("reception", "2024-09-16")]


def test_talks_during_the_meeting_told_are_that_meeting_and_a_signing_at_it_takes_its_day():
    text = OPENING + (
        "On Monday, Mayor Lucy Brand welcomed Toyama Mayor Kenji Sato to Salem City Hall.\n\n"
        "During their meeting, the two mayors held talks on clean energy and signed a letter of intent on start-ups.\n"
    )
    _, events, _ = records(text)
    assert sorted((event.kind, str(event.date)) for event in events) == [
        ("reception", "2024-10-07"),
        ("signing", "2024-10-07"),
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        "The delegation arrived in Salem on Sunday and will leave on Wednesday.",
        "Mayor Kenji Sato arrived in Salem on Sunday with a 20-member delegation.",
    ],
)
def test_a_delegation_arriving_is_a_visit(sentence):
    text = OPENING + "Toyama Mayor Kenji Sato is leading a delegation to the United States.\n\n" + sentence + "\n"
    _, events, _ = records(text)
    assert ("visit", "2024-10-06") in {(event.kind, str(event.date)) for event in events}


def test_a_roundtable_hosted_for_a_delegation_is_a_gathering():
    sentence = "Earlier on Monday, the Oregon Department of Commerce hosted a roundtable for the Toyama delegation."
    assert [t.kind for t in find_event_triggers(sentence, 0, len(sentence))] == ["conference"]


def test_a_person_a_lowercase_title_introduces_is_no_place():
    text = OPENING + (
        "Toyama Mayor Kenji Sato arrived in Salem on Sunday with a delegation that includes city commissioner "
        "Daniel Houston and business leaders.\n"
    )
    partners, _, _ = records(text)
    assert "Houston" not in {p.name for p in partners.values()}


def test_a_countrys_body_after_a_bare_name_is_a_body_of_its_own():
    sentence = "Port operator HHLA and China's Ningbo Port Group signed a letter of intent on Monday."
    assert [org.name for org in find_organizations(sentence, 0, len(sentence))] == ["Ningbo Port Group"]


def test_a_weekday_right_after_the_events_noun_is_its_day():
    text = (
        " date 2023-11-02 Salem, Toyama hold video talks\n"
        "Salem Mayor Lucy Brand and Toyama Mayor Kenji Sato held a video conference Wednesday, agreeing to explore "
        "a partnership in robotics.\n"
    )
    _, events, _ = records(text)
    assert [(event.kind, str(event.date)) for event in events] == [("teleconference", "2023-11-01")]


def test_a_province_given_with_its_countrys_possessive_as_the_citys_seat_is_no_side():
    text = (
        " date 2023-11-02 Gwangju, Wuhan\n"
        "Gwangju, a city of 1.4 million people, and Wuhan, the capital of China's Hubei Province, have been sister "
        "cities for 20 years.\n"
    )
    partners, _, (twinning,) = records(text)
    assert names(partners, twinning.partners) == {"Gwangju", "Wuhan"}
    assert twinning.date is not None and twinning.date.year == 2003


def test_a_byline_above_does_not_make_the_city_opening_the_story_a_surname():
    text = (
        " date 2023-11-02 Gwangju, Wuhan pledge cooperation\n"
        "By Lee Min-jun\n\nGwangju Mayor Kim Tae-ho and Wuhan Mayor Chen Bo met on Wednesday.\n\n"
        "Gwangju, a city of 1.4 million people, and Wuhan have been sister cities for 20 years.\n"
    )
    partners, _, agreements = records(text)
    assert ("twinning", frozenset({"Gwangju", "Wuhan"})) in {
        (a.kind, frozenset(names(partners, a.partners))) for a in agreements
    }


# ---- a scraped page's header ---------------------------------------------------


def test_a_date_alone_on_a_line_under_the_byline_is_the_pages_date():
    text = (
        "The Daily Times\nNEWS | BUSINESS | OPINION\n\nToyama and Salem celebrate 40 years of sister-city ties\n"
        "BY AIKO MORI\nOct 25, 2024\n\nOn Monday, Toyama Mayor Kenji Sato held talks with Salem's deputy mayor.\n"
    )
    assert read_header(text).published == PartialDate(2024, 10, 25)
    _, _, (twinning,) = records(text)
    assert twinning.date is not None and twinning.date.year == 1984


def test_a_headline_in_capitals_is_no_body():
    sentence = "Salem, Toyama Cities Sign Letter of Intent Toward Sister City Partnership"
    assert find_organizations(sentence, 0, len(sentence)) == []


def test_a_body_before_a_capitalised_verb_keeps_its_name():
    sentence = "The Toyama Tourism Organization and Visit Salem, the city's marketing agency, inked a memorandum."
    # "Visit Salem", said to be the city's agency right after its name, is a body of its own
    found = [org.name for org in find_organizations(sentence, 0, len(sentence))]
    assert found == ["Toyama Tourism Organization", "Visit Salem"]


def test_an_exhibition_that_opened_at_a_museum_is_an_event():
    sentence = "An exhibition tracing the lacquer trade between Toyama and Salem opened at the City Museum on the 12th."
    assert [t.kind for t in find_event_triggers(sentence, 0, len(sentence))] == ["other"]


def test_the_years_since_a_signing_an_anniversary_year_counts_date_the_signing():
    text = (
        " date 2025-03-13 TP Hồ Chí Minh và tỉnh Osaka hội đàm\n"
        "Năm 2025 đánh dấu tròn 15 năm kể từ khi thành phố Hải Phòng và tỉnh Niigata ký Biên bản ghi nhớ về hợp tác.\n"
    )
    _, _, (memorandum,) = records(text)
    assert memorandum.status == "existing" and memorandum.date is not None and memorandum.date.year == 2010


@pytest.mark.parametrize(
    "sentence",
    [
        "The mayor's visit follows a trip to Salem by Toyama's governor last month.",
        "Last month the governor made a three-day trip to Salem.",
    ],
)
def test_a_trip_to_a_city_by_someone_is_a_visit(sentence):
    assert "visit" in {t.kind for t in find_event_triggers(sentence, 0, len(sentence))}


def test_a_companys_acronym_after_what_it_does_is_a_body():
    sentence = "Bremen port operator BLG and China's Ningbo Port Group signed a letter of intent on Monday."
    assert [org.name for org in find_organizations(sentence, 0, len(sentence))] == ["BLG", "Ningbo Port Group"]


@pytest.mark.parametrize("spelling", ["Hawaiʻi", "Hawai'i", "Hawai‘i"])
def test_a_state_is_found_as_its_own_government_spells_it(spelling):
    # "... the sister-state relationship that Hawaiʻi and Okinawa have shared since 1985"
    (found,) = Gazetteer.load().find(f"The State of {spelling} welcomed the guests.")
    assert found.candidates[0].name == "Hawaii"


def test_a_city_by_its_kind_before_a_body_is_the_city():
    sentence = "A delegation from the City of Salem and Willamette University visited Toyama last week."
    assert [org.name for org in find_organizations(sentence, 0, len(sentence))] == ["Willamette University"]


def test_where_a_speaker_joined_an_online_meeting_from_is_no_party():
    text = OPENING + (
        "On Tuesday, Toyama leaders held an online meeting with South Australia.\n\n"
        "Joining from Adelaide, Director of the state's trade office Mia Grant said South Australia valued Toyama's "
        "role as a gateway to Japan.\n\n"
        "During the meeting, Toyama University and the University of Adelaide signed a letter of intent.\n"
    )
    partners, _, _ = records(text)
    assert "Adelaide" not in {p.name for p in partners.values()}


def test_a_vietnamese_citys_own_department_carries_its_country():
    text = (
        " date 2023-08-25 Can Tho\n"
        "On August 24, Can Tho leaders held an online meeting with South Australia.\n\n"
        "Earlier, on August 22, the city's Department of Foreign Affairs received the Australian Consul General.\n"
    )
    partners, _, _ = records(text)
    department = next(p for p in partners.values() if p.name == "Department of Foreign Affairs")
    assert department.country == "VN"


def test_the_places_a_tourism_link_joins_are_no_parties():
    text = OPENING + (
        "Toyama and Salem signed a memorandum of understanding on Tuesday on agriculture, border trade and tourism "
        "linking Toyama with Kyoto and Osaka.\n"
    )
    partners, _, (memorandum,) = records(text)
    assert names(partners, memorandum.partners) == {"Toyama", "Salem"}


def test_a_relation_named_by_its_year_is_one_told_before_the_sentences_own_is_the_other():
    text = OPENING + (
        "Toyama and Salem signed a memorandum of understanding in 2019. "
        "The mayor suggested the two sides review the implementation of the 2019 MoU and work towards signing a new "
        "cooperation agreement for the 2026-2030 period.\n"
    )
    _, _, agreements = records(text)
    assert sorted((a.kind, a.status) for a in agreements) == [
        ("cooperation_agreement", "proposed"),
        ("mou", "existing"),
    ]


def test_what_an_agreement_may_be_upgraded_into_is_proposed():
    text = OPENING + (
        "Toyama and Salem signed a memorandum of understanding in 2017. He suggested that the two sides review the "
        "memorandum and study the possibility of upgrading it into a comprehensive cooperation agreement.\n"
    )
    _, _, agreements = records(text)
    assert ("cooperation_agreement", "proposed") in {(a.kind, a.status) for a in agreements}


def test_a_caption_naming_no_party_is_the_memorandum_the_body_tells_with_its_bodies():
    text = OPENING + (
        "The Toyama Department of Tourism and the Salem Chamber of Commerce on Tuesday signed a memorandum of "
        "understanding on tourism promotion.\n"
        "[Photo] Representatives of the two sides exchange the signed MoU.\n"
    )
    partners, _, (memorandum,) = records(text)
    assert names(partners, memorandum.partners) == {"Toyama Department of Tourism", "Salem Chamber of Commerce"}
    assert len(memorandum.sources) == 2


def test_the_memorandum_just_signed_hoped_for_more_is_no_new_proposal():
    text = OPENING + (
        "Toyama and Salem on Tuesday signed a memorandum of understanding on tourism promotion. "
        "The mayor expressed his hope that the MoU will serve as a foundation for wider cooperation between Salem "
        "and Toyama. Toyama hoped to establish friendship and cooperation relations with Salem, building on the MoU.\n"
    )
    _, _, agreements = records(text)
    assert sorted((a.kind, a.status) for a in agreements) == [
        ("friendship_cooperation", "proposed"),
        ("mou", "signed"),
    ]


def test_the_province_a_city_is_said_to_be_the_capital_of_is_no_party():
    text = OPENING + (
        "Toyama and Shenyang, the capital of neighboring Liaoning Province, have been sister cities since 1980.\n"
    )
    partners, _, (twinning,) = records(text)
    assert names(partners, twinning.partners) == {"Toyama", "Shenyang"}


def test_the_state_a_city_is_in_after_the_country_is_no_party():
    text = OPENING + (
        "Toyama signed a pact with Haiphong on Tuesday. It has been a sister city of Tacoma in the U.S. state of "
        "Washington since 1959.\n"
    )
    partners, _, agreements = records(text)
    twinning = next(a for a in agreements if a.kind == "twinning")
    assert names(partners, twinning.partners) == {"Toyama", "Tacoma"}
    assert "Washington" not in {p.name for p in partners.values()}


def test_the_state_of_washington_is_the_state():
    text = OPENING + "The governor of the state of Washington received a delegation from Toyama on Tuesday.\n"
    partners, _, _ = records(text)
    assert "region" in {p.kind for p in partners.values() if p.name == "Washington"}


def test_what_an_agreement_covered_names_no_side_of_it():
    text = OPENING + (
        "Toyama and Salem held talks on Tuesday. The mayor said the two cities have effectively implemented the "
        "cooperation agreement they signed in 2017, especially in facilitating the travel of residents through the "
        "Kyoto - Osaka corridor.\n"
    )
    partners, _, agreements = records(text)
    signed_2017 = next(a for a in agreements if a.date is not None and a.date.year == 2017)
    assert names(partners, signed_2017.partners) == {"Toyama", "Salem"}


def test_a_memorandum_to_be_drafted_is_proposed_and_no_signing():
    text = OPENING + (
        "Toyama and Salem held talks on Tuesday. At the end of the talks, the two sides agreed to assign their tourism "
        "departments to draft a memorandum of understanding on tourism cooperation.\n"
    )
    _, events, agreements = records(text)
    assert [(a.kind, a.status) for a in agreements] == [("mou", "proposed")]
    assert "signing" not in {e.kind for e in events}
