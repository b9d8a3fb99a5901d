"""Unit tests for the stops of a delegation's trip abroad, as wire stories and city releases tell them: "travelled
to Melbourne, where it was received by ...", "In the afternoon, ...", "Earlier this year, ...", a national leader
receiving a governor "in Hanoi", and the state bodies a trip meets ("NSW Minister", "the Victorian Government's
Department of Jobs, Skills, Industry and Regions").

Each test quotes the kind of sentence that motivated it; the texts are written for these tests.
"""

from __future__ import annotations

import pytest

from citylinks.extraction.dates import find_dates
from citylinks.extraction.organizations import find_organizations
from citylinks.models import PartialDate
from test_extraction import names, records

THURSDAY = PartialDate(2025, 7, 24)
TRIP = (
    " date 2024-08-17 Da Nang delegation wraps up working trip to Australia\n"
    "A delegation of Da Nang led by Vice Chairman Tran Van Minh has concluded a five-day working trip to Australia.\n"
)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Earlier this year, Mayor Park visited Hai Phong.", PartialDate(2025)),
        ("Earlier this month, Incheon officials visited Da Nang.", PartialDate(2025, 7)),
        ("Hồi đầu năm nay, đoàn đã thăm thành phố Hải Phòng.", PartialDate(2025)),
    ],
)
def test_earlier_this_year_is_the_articles_year(sentence, expected):
    (found,) = find_dates(sentence, 0, len(sentence), THURSDAY)
    assert found.date == expected


def test_this_week_is_the_month_most_of_the_weeks_days_fall_in():
    # "A 14-member delegation from Himeji, Japan, led by Mayor Takashi Moriyama, is in Phoenix this week for a five-day
    # official visit that runs through Friday."
    sentence = "A delegation from Hue is in Phoenix this week for a five-day official visit."
    assert [m.date for m in find_dates(sentence, 0, len(sentence), THURSDAY)] == [PartialDate(2025, 7)]


def test_earlier_this_week_with_its_day_is_the_day():
    sentence = "Earlier this week, on Monday, the delegation had a working session with Hanoi leaders."
    assert [m.date for m in find_dates(sentence, 0, len(sentence), THURSDAY)] == [PartialDate(2025, 7, 21)]


def test_a_gala_the_two_cities_co_hosted_is_an_event():
    # "In the evening, the two cities co-hosted a gala at the Songdo Convensia centre to celebrate the 30th founding
    # anniversary of their sister-city ties."
    text = TRIP + (
        "On Wednesday, the delegation held talks with Sydney Lord Mayor Clover Moore.\n\n"
        "In the evening, the two cities co-hosted a gala at Sydney Town Hall to celebrate ten years of their "
        "sister-city ties.\n"
    )
    _, events, _ = records(text)
    assert ("other", PartialDate(2024, 8, 14)) in {(e.kind, e.date) for e in events}


def test_earlier_this_month_with_its_day_is_the_day():
    sentence = "Earlier this month, on July 5, a delegation of the Hanoi Department of Education visited Vientiane."
    assert [m.date for m in find_dates(sentence, 0, len(sentence), THURSDAY)] == [PartialDate(2025, 7, 5)]


def test_a_city_travelled_to_where_the_delegation_was_received_is_where_and_a_side():
    text = TRIP + (
        "On Wednesday, the delegation travelled to Melbourne, where it was received by Deputy Lord Mayor of the City "
        "of Melbourne Sarah Whitfield at Melbourne Town Hall.\n"
    )
    partners, (reception,), _ = records(text)
    assert reception.kind == "reception"
    assert reception.date == PartialDate(2024, 8, 14)
    assert reception.location == "Melbourne"
    assert names(partners, reception.partners) == {"Melbourne", "Da Nang"}


def test_the_day_the_delegation_flew_somewhere_is_the_day_of_the_evening_there():
    text = TRIP + (
        "On Tuesday, the delegation held talks with Sydney Lord Mayor Clover Moore.\n\n"
        "On the afternoon of August 14, the delegation flew to Melbourne. In the evening, Melbourne Lord Mayor Nick "
        "Reece hosted a reception for the Da Nang delegation at Melbourne Town Hall.\n"
    )
    _, events, _ = records(text)
    reception = next(e for e in events if e.kind == "reception")
    assert reception.date == PartialDate(2024, 8, 14)


def test_in_the_afternoon_goes_on_with_the_day_just_told():
    text = TRIP + (
        "On Wednesday morning, the delegation held talks with Melbourne Lord Mayor Nick Reece.\n"
        "Huy invited Melbourne leaders to attend the Da Nang Economic Forum to be held in October.\n"
        "In the afternoon, the delegation had a working session with the Victorian Government's Department of Jobs, "
        "Skills, Industry and Regions.\n"
    )
    _, events, _ = records(text)
    session = next(e for e in events if e.kind == "working_session")
    assert session.date == PartialDate(2024, 8, 14)


def test_a_body_named_with_the_adjective_of_a_state_is_that_states_where_the_country_is_named():
    text = TRIP + (
        "On Wednesday, the delegation had a working session with the Victorian Government's Department of Jobs, "
        "Skills, Industry and Regions.\n"
    )
    partners, (_session,), _ = records(text)
    department = next(p for p in partners.values() if p.kind == "organization")
    assert department.name == "Victorian Government's Department of Jobs, Skills, Industry and Regions"
    assert department.country == "AU"
    assert department.parent == "iso3166-2:AU-VIC"


def test_a_list_of_capitalised_words_in_a_bodys_name_is_the_name():
    sentence = "The guests were briefed by the Department of Planning, Investment, Trade and Tourism."
    assert [o.name for o in find_organizations(sentence, 0, len(sentence))] == [
        "Department of Planning, Investment, Trade and Tourism"
    ]


def test_a_states_abbreviation_before_an_office_is_the_state():
    text = TRIP + (
        "On Tuesday, the delegation held talks with NSW Minister for Industry and Trade Anna Carter at Parliament "
        "House.\n"
    )
    partners, (talks,), _ = records(text)
    assert names(partners, talks.partners) == {"Da Nang", "New South Wales"}


def test_the_city_a_national_leader_receives_in_is_where_not_a_side():
    text = (
        " date 2023-10-18 PM receives Governor of Japan's Tochigi Prefecture\n"
        "Hanoi (VNA) – Prime Minister Pham Minh Chinh received Governor of Japan's Tochigi Prefecture Fukuda "
        "Tomikazu in Hanoi on Tuesday.\n"
    )
    partners, (reception,), _ = records(text)
    assert reception.location == "Hanoi"
    assert "Hanoi" not in names(partners, reception.partners)


VI_TRIP = (
    " date 2025-03-29 Đoàn công tác tỉnh Quảng Ninh thăm, làm việc tại Quảng Tây và Quảng Đông\n\n"
    "Từ ngày 24 đến 28/3, đoàn công tác tỉnh Quảng Ninh do Bí thư Tỉnh ủy dẫn đầu đã thăm và làm việc tại Khu tự trị "
    "Quảng Tây và tỉnh Quảng Đông (Trung Quốc) nhằm thúc đẩy hợp tác trong các lĩnh vực thương mại, du lịch và "
    "logistics.\n\n"
    "Sáng 26/3, tại thành phố Đông Hưng, UBND thành phố Móng Cái và Chính quyền nhân dân thành phố Đông Hưng đã ký "
    "kết Biên bản ghi nhớ về hợp tác xây dựng cửa khẩu thông minh.\n\n"
)


@pytest.mark.parametrize("arrival", ["Ngày 27/3, đoàn đến thành phố", "Ngày 27/3, đoàn công tác đến thành phố"])
def test_the_day_the_delegation_arrived_is_the_day_of_what_it_did_there(arrival):
    text = VI_TRIP + (
        f"{arrival} Quảng Châu, tỉnh Quảng Đông. Tại đây, Bí thư Tỉnh ủy đã hội kiến ông Trương Văn Minh, Tỉnh trưởng "
        "tỉnh Quảng Đông.\n"
    )
    _, events, _ = records(text)
    meeting = next(e for e in events if e.kind == "meeting")
    assert meeting.date == PartialDate(2025, 3, 27)


def test_a_heading_over_a_paragraph_tells_no_event_of_its_own():
    text = VI_TRIP + (
        "Hội kiến lãnh đạo tỉnh Quảng Đông\n\n"
        "Ngày 27/3, tại thành phố Quảng Châu, Bí thư Tỉnh ủy đã hội kiến ông Trương Văn Minh, Tỉnh trưởng tỉnh Quảng "
        "Đông.\n"
    )
    _, events, _ = records(text)
    assert [e.date for e in events if e.kind == "meeting"] == [PartialDate(2025, 3, 27)]


def test_the_places_a_tour_connects_are_no_parties():
    text = VI_TRIP + (
        "Nhân dịp này, Sở Du lịch tỉnh Quảng Ninh và Sở Văn hóa và Du lịch tỉnh Quảng Đông đã ký Biên bản ghi nhớ "
        "hợp tác du lịch, thống nhất xây dựng các tour du lịch kết nối vịnh Hạ Long với các điểm đến của Quảng Đông.\n"
    )
    partners, _, _ = records(text)
    assert "Ha Long" not in {p.name for p in partners.values()}


def test_a_day_in_an_opening_clause_of_what_came_before_does_not_date_the_event_told_with_its_own():
    text = TRIP + (
        "After flying to Melbourne on August 13, the delegation attended a Da Nang investment promotion conference in "
        "Melbourne on August 15, co-organised with Austrade.\n\n"
        "The day before, the vice chairman held talks with Melbourne Lord Mayor Nick Reece.\n"
    )
    _, events, _ = records(text)
    assert {(e.kind, e.date) for e in events} >= {
        ("conference", PartialDate(2024, 8, 15)),
        ("talks", PartialDate(2024, 8, 14)),
    }


def test_every_stop_of_the_onward_journey_is_no_party():
    text = TRIP + (
        "On Thursday, Melbourne Lord Mayor Nick Reece received the delegation. In the afternoon, the delegation "
        "visited the Royal Exhibition Building before continuing to Canberra and Brisbane.\n"
    )
    partners, _, _ = records(text)
    assert not {"Canberra", "Brisbane"} & {p.name for p in partners.values()}


def test_a_trip_told_without_its_days_is_dated_to_the_month_of_its_days():
    text = (
        " date 2024-06-15 Binh Dinh delegation wraps up working visit to Korea\n"
        "A delegation of Binh Dinh province led by its chairman has wrapped up a working visit to Incheon.\n"
        "On Tuesday, June 11, the chairman held talks with Incheon Deputy Mayor Kim Min-su.\n"
        "On Wednesday, June 12, the delegation held an investment conference with Incheon businesses.\n"
    )
    _, events, _ = records(text)
    visit = next(e for e in events if e.kind == "visit")
    assert visit.date == PartialDate(2024, 6)


@pytest.mark.parametrize(
    ("step_back", "after"),
    [
        (
            "The previous day, the delegation had a working session with leaders of Kunming city.",
            "After the session, the Lao Cai officials toured the Kunming high-tech zone.",
        ),
    ],
)
def test_after_the_session_is_the_day_of_the_session_the_story_stepped_back_to(step_back, after):
    # "The previous day, the delegation had a working session with leaders of Fangchenggang city ... After the
    # session, the Quang Ninh officials toured the Dongxing border trade zone and the Dongxing port."
    text = (
        " date 2024-05-16 Lao Cai delegation visits Yunnan\n"
        "On May 15, Lao Cai Party Secretary Dang Xuan Phong held talks with leaders of Yunnan province.\n\n"
        f"{step_back} {after}\n"
    )
    _, events, _ = records(text)
    (trip,) = [e for e in events if e.kind == "field_trip"]
    assert trip.date == PartialDate(2024, 5, 14)


MAYORS_TOUR = (
    " date 2024-03-22 Busan mayor wraps up European tour\n"
    "Busan Mayor Kim Tae-ho returns home Saturday after a five-day European tour.\n\n"
    "Monday: Talks in Rotterdam\n\n"
    "Kim began his tour in Rotterdam, Europe's busiest port, where he held talks with Rotterdam Mayor Pieter van Dam "
    "at the city hall, a rare pre-war building that survived the bombing of 1940.\n\n"
    "Tuesday: Inside the terminal\n\n"
    "The following day, the Busan delegation toured the Maasvlakte container terminal.\n\n"
    "Wednesday: An old friend\n\n"
    "In Barcelona, Kim met Barcelona Mayor Jordi Puigvert at the city hall.\n"
)


def test_a_weekday_heading_dates_the_paragraph_under_it_and_its_following_day():
    # "Wednesday: Reunion with an old friend in Barcelona / In Barcelona, Kim met Barcelona Mayor Jordi Puigvert ..."
    # "Tuesday: Inside Europe's most automated terminal / The following day, the Busan delegation ..."
    partners, events, _ = records(MAYORS_TOUR)
    dated = {(e.kind, str(e.date), frozenset(names(partners, e.partners))) for e in events}
    assert ("field_trip", "2024-03-19", frozenset({"Busan", "Rotterdam"})) in dated
    assert ("meeting", "2024-03-20", frozenset({"Busan", "Barcelona"})) in dated


def test_a_year_in_a_description_of_the_venue_dates_no_history():
    # "... where he held talks with Rotterdam Mayor Pieter van Dam at the city hall, a rare pre-war building that
    # survived the German bombing of 1940."
    _, events, _ = records(MAYORS_TOUR)
    assert ("talks", "2024-03-18") in {(e.kind, str(e.date)) for e in events}
