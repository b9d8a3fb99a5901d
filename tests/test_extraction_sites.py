"""Unit tests for where things happen, who signs on the side, and a few more ways of saying when and what.

Each test quotes the kind of sentence that motivated it (written for these tests, not
copied from any article): a city named only as the venue of talks with its own province,
an airport's name, sites a delegation toured, two bodies signing their own document the
same day as the cities, "the previous afternoon", "On Tuesday" opening a sentence.
"""

from __future__ import annotations

import pytest

from citylinks.extraction.dates import find_dates
from citylinks.extraction.organizations import find_organizations
from citylinks.extraction.triggers import find_agreement_triggers, find_event_triggers
from citylinks.gazetteer import Gazetteer
from citylinks.models import PartialDate
from test_extraction import names, records

THURSDAY = PartialDate(2025, 3, 13)


# ---- dates ---------------------------------------------------------------


def test_a_weekday_opening_the_sentence():
    # "On Tuesday, more than 120 enterprises took part in a trade and tourism promotion forum."
    sentence = "On Tuesday, some 90 firms took part in a tourism promotion forum."
    (found,) = find_dates(sentence, 0, len(sentence), THURSDAY)
    assert found.date == PartialDate(2025, 3, 11)


@pytest.mark.parametrize("part", ["afternoon", "morning", "evening"])
def test_the_previous_afternoon_is_the_day_before(part):
    # "The previous afternoon, Chairman of the provincial People's Committee received the Vice Governor."
    sentence = f"The previous {part}, the chairman of the province received the guests."
    (found,) = find_dates(sentence, 0, len(sentence), THURSDAY)
    assert found.relation == "previous_day"


def test_the_same_afternoon_after_a_month_is_no_day_of_that_month():
    # "She recalled that in September 2023 a Da Nang delegation visited Boston ... The same afternoon, the start-up
    # centre and the innovation hub signed a memorandum of understanding."
    _, events, _ = records(
        "Hue and Leipzig deepen ties\n"
        "Hue leaders on Monday met a delegation from Leipzig.\n\n"
        "The Leipzig mayor recalled that in May 2022 a Hue delegation visited Leipzig and held a working session "
        "with his office.\n\n"
        "The same afternoon, Hue University and Leipzig University signed a memorandum of understanding.\n"
    )
    (signing,) = [event for event in events if event.kind == "signing"]
    assert signing.date is None


# ---- triggers ------------------------------------------------------------


def test_gathered_for_a_conference_is_a_conference():
    # "Some 200 businesses ... gathered in Thu Dau Mot city on September 11 for a conference on investment ..."
    sentence = "About 150 firms gathered in Da Lat on May 4 for a conference on farm exports."
    assert [(t.kind, t.strong) for t in find_event_triggers(sentence, 0, len(sentence))] == [("conference", True)]


def test_friendly_cooperative_relations_without_and():
    # "... as Hanoi and Chengdu celebrate the 25th anniversary of their friendly cooperative relations"
    sentence = "The two cities marked ten years of friendly cooperative relations."
    assert [t.kind for t in find_agreement_triggers(sentence, 0, len(sentence))] == ["friendship_cooperation"]


def test_inked_an_agreement_is_a_cooperation_agreement():
    # "... the Changwon Chamber of Commerce and Industry and the Hai Phong Business Association inked an agreement on
    # trade promotion"
    sentence = "The two chambers inked an agreement on export promotion."
    assert [t.kind for t in find_agreement_triggers(sentence, 0, len(sentence))] == ["cooperation_agreement"]


# ---- events and their parties --------------------------------------------


def test_two_bodies_signing_the_same_day_is_a_signing_of_their_own():
    # "After the meeting, the two sides signed a memorandum ... The same day, the Changwon Chamber of Commerce and
    # Industry and the Hai Phong Business Association inked an agreement on trade promotion."
    partners, events, _ = records(
        " date 2025-03-13 Can Tho, Ulsan sign MoU\n"
        "Can Tho (VNA) - Chairman of the Can Tho People's Committee on Wednesday hosted a delegation from Ulsan.\n\n"
        "After the meeting, the two sides signed a memorandum of understanding on port cooperation.\n\n"
        "The same day, the Ulsan Chamber of Commerce and Industry and the Can Tho Business Association signed an "
        "agreement on trade promotion.\n"
    )
    signings = [names(partners, event.partners) for event in events if event.kind == "signing"]
    assert len(signings) == 2
    assert any("Ulsan Chamber of Commerce and Industry" in signed for signed in signings)
    assert any("Ulsan Chamber of Commerce and Industry" not in signed for signed in signings)


def test_a_city_named_as_the_venue_of_talks_with_its_province_is_no_party():
    # "Ngày 12/3, tại thành phố Côn Minh, đoàn đã hội đàm với Chính quyền Nhân dân tỉnh Vân Nam."
    partners, events, _ = records(
        " date 2025-03-13 Hà Giang - Vân Nam: Thúc đẩy hợp tác du lịch\n"
        "(TTXVN) Từ ngày 10 đến 12/3, đoàn đại biểu tỉnh Hà Giang do ông Nguyễn Văn An, Ủy viên Trung ương Đảng, Bí "
        "thư Tỉnh ủy làm trưởng đoàn có chuyến thăm và làm việc tại tỉnh Vân Nam (Trung Quốc).\n\n"
        "Ngày 11/3, tại thành phố Côn Minh, đoàn đã hội đàm với Chính quyền Nhân dân tỉnh Vân Nam.\n"
    )
    (talks,) = events
    assert names(partners, talks.partners) == {"Ha Giang", "Yunnan"}
    assert talks.location == "Kunming"


def test_a_place_followed_by_where_is_where_it_happened():
    # "The delegation ... arrived in the central city from Honolulu, where it had attended a Pacific business
    # conference."
    partners, _, _ = records(
        "Da Nang and Perth talk tourism\n"
        "Da Nang leaders on Monday met a delegation from Perth that arrived from Singapore, where it had attended a "
        "regional tourism fair.\n"
    )
    assert {partner.name for partner in partners.values()} == {"Da Nang", "Perth"}


def test_an_airport_name_is_no_partner():
    # "... proposed opening more flights between Noi Bai and Chengdu Tianfu international airports."
    partners, _, agreements = records(
        " date 2025-03-13 Hanoi, Shenzhen hold talks\n"
        "Hanoi Party Secretary on Wednesday held talks with a delegation from Shenzhen.\n\n"
        "The two sides agreed to sign a cooperation programme and to open more flights between Noi Bai and Shenzhen "
        "Bao'an international airports.\n"
    )
    assert {partner.name for partner in partners.values()} == {"Hanoi", "Shenzhen"}
    (programme,) = agreements
    assert names(partners, programme.partners) == {"Hanoi", "Shenzhen"}


def test_sites_a_delegation_toured_are_no_partners():
    # "Earlier, the San Francisco delegation visited the HCM City Hi-Tech Park and the Saigon Innovation Hub."
    partners, _, _ = records(
        " date 2025-03-13 Hai Phong, Busan hold talks\n"
        "Hai Phong leaders on Wednesday held talks with a delegation from Busan.\n\n"
        "Earlier, the Busan delegation visited the Dinh Vu Port and the Hai Phong Software Centre, where they met "
        "young founders.\n"
    )
    assert {partner.name for partner in partners.values()} == {"Busan", "Hai Phong"}


# ---- organisations and places --------------------------------------------


def test_an_innovation_hub_is_an_organisation():
    # "... the Da Nang Innovative Start-up Support Centre and the Charles River Innovation Hub, a Boston-based
    # non-profit organisation, signed a memorandum of understanding ..."
    sentence = "The Mekong Innovation Hub signed a memorandum with the city."
    assert [org.name for org in find_organizations(sentence, 0, len(sentence))] == ["Mekong Innovation Hub"]


def test_a_government_body_in_a_city_is_not_named_after_the_city():
    # "A delegation from the Swedish city of Gothenburg had a working session with the Khanh Hoa provincial People's
    # Committee in Nha Trang city on November 8."
    sentence = "The guests worked with the Lam Dong provincial People's Committee in Da Lat city."
    assert not [org for org in find_organizations(sentence, 0, len(sentence)) if "Da Lat" in org.name]


@pytest.mark.parametrize(
    ("city", "province"), [("Nha Trang", "Khanh Hoa"), ("Hue", "Thua Thien Hue"), ("Vinh", "Nghe An")]
)
def test_vietnamese_cities_lie_in_their_province(city, province):
    gazetteer = Gazetteer.load()
    (found,) = gazetteer.find(f"in {city} and {province}")[:1]
    (containing,) = gazetteer.find(province)
    assert found.candidates[0].admin1 == containing.candidates[0].id


@pytest.mark.parametrize(
    "sentence",
    [
        "Ryu said Gwangju, located about 270 km south of Seoul, is home to 2,000 carmakers' suppliers.",
        "Ông Kim cho biết Gwangju cách thủ đô Seoul khoảng 270 km, là trung tâm công nghiệp ô tô.",
    ],
)
def test_a_city_a_distance_away_from_is_geography(sentence):
    # "Changwon, located about 40 km west of Busan, ..."; "Daegu ... cách thủ đô Seoul khoảng 240 km"
    partners, _, agreements = records(
        " date 2025-03-13 Thai Nguyen, Gwangju\nThai Nguyen leaders on Wednesday met a delegation from Gwangju.\n\n"
        + sentence
        + " The city wishes the two sides to sign a memorandum of understanding soon.\n"
    )
    assert not {"Busan", "Seoul"} & {partner.name for partner in partners.values()}
    assert [names(partners, agreement.partners) for agreement in agreements] == [{"Thai Nguyen", "Gwangju"}]
