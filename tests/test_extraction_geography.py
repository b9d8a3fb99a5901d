"""Unit tests for places named as geography or as sites, and for what "the two sides" and "at the conference" refer to.

Each test quotes the kind of sentence that motivated it (written for these tests, not copied
from any article): a city on the border with another, a plant named after a town, a border
gate, where a company has its seat, a courtesy call, "Tại hội nghị, ..." after a conference,
and "The two sides agreed ..." some paragraphs into a trip that took in several places.
"""

from __future__ import annotations

import pytest

from citylinks.extraction.dates import find_dates
from citylinks.extraction.organizations import find_organizations
from citylinks.extraction.triggers import find_event_triggers
from citylinks.models import PartialDate
from test_extraction import names, records

FRIDAY = PartialDate(2025, 3, 14)


def _partner_names(text: str) -> set[str]:
    partners, _, _ = records(text)
    return {partner.name for partner in partners.values()}


# ---- geography and sites ---------------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        # "Huang said San Diego, which sits on the border with Mexico's Tijuana, has a large Vietnamese-American
        # community that can serve as a bridge between the two cities."
        "Brown said Seattle, which sits on the border with Canada's Vancouver, hopes to sign an MoU with Hue.",
        "Ông Brown cho biết Seattle, thành phố giáp với Vancouver, mong muốn ký biên bản ghi nhớ với Huế.",
    ],
)
def test_a_city_on_the_border_with_another_is_geography(sentence):
    text = " date 2025-03-14 Hue, Seattle\nHue leaders on Thursday received a delegation from Seattle.\n\n" + sentence
    assert "Vancouver" not in _partner_names(text)


def test_a_plant_a_delegation_visited_is_no_partner():
    # "The next day, the delegation visited the Carlsbad desalination plant north of San Diego, one of the largest
    # of its kind in the Western Hemisphere."
    text = (
        " date 2025-03-14 Hue, Seattle\nHue leaders on Thursday received a delegation from Seattle.\n\n"
        "Earlier, the delegation visited the Tacoma water treatment plant.\n"
    )
    assert _partner_names(text) == {"Hue", "Seattle"}


def test_a_place_north_of_another_is_geography():
    # "... the Carlsbad desalination plant north of San Diego ..."
    text = (
        " date 2025-03-14 Hue, Seattle\nHue leaders on Thursday received a delegation from Seattle.\n\n"
        "The guests later toured a port north of Tacoma.\n"
    )
    assert "Tacoma" not in _partner_names(text)


@pytest.mark.parametrize(
    "sentence",
    [
        # "kim ngạch trao đổi hàng hóa qua cặp cửa khẩu quốc tế Tịnh Biên - Phnom Den năm 2023 đạt hơn 300 triệu USD"
        (
            "Hai tỉnh đã ký kết thỏa thuận hợp tác năm 2021, theo đó hàng hóa qua cặp cửa khẩu quốc tế Hà Tiên - "
            "Prek Chak tăng mạnh."
        ),
        (
            "The two provinces signed a cooperation agreement in 2021, under which trade through the Ha Tien border "
            "gate rose by 20 percent."
        ),
    ],
)
def test_a_border_gate_named_after_a_town_is_no_partner(sentence):
    text = (
        " date 2025-03-14 An Giang - Takeo\nNgày 13/3, lãnh đạo tỉnh An Giang tiếp đoàn tỉnh Takeo (Campuchia).\n\n"
        + sentence
        + "\n"
    )
    assert "Ha Tien" not in _partner_names(text)


@pytest.mark.parametrize(
    "sentence",
    [
        # "... như ULVAC (trụ sở tại Chigasaki, Kanagawa) và Tokyo Electron (trụ sở tại Minato, Tokyo), đã có bài
        # phát biểu."
        "Tại buổi làm việc, công ty Ulvac (trụ sở tại Minato, Tokyo) đã ký biên bản ghi nhớ với thành phố.",
        # "Binh Duong Industrial Development JSC and Setouchi Precision Co., Ltd, a machinery maker headquartered in
        # Okayama, signed a memorandum of understanding ..."
        "The same day, the city and Sunrise Co., Ltd, a maker headquartered in Tokyo, signed an MoU on logistics.",
    ],
)
def test_where_a_company_has_its_seat_is_no_partner(sentence):
    text = (
        " date 2025-03-14 Hai Phong, Gyeonggi\nOn Thursday, Hai Phong leaders held talks with a delegation from "
        "Gyeonggi.\n\n" + sentence + "\n"
    )
    assert not {"Minato", "Tokyo"} & _partner_names(text)


def test_the_delegation_met_with_officials_of_the_host():
    # "On June 3, the delegation met with San Diego City Council President Pro Tem Rebecca Huang ... Moving to
    # Oregon, the delegation on June 5 held a working session with the Oregon Department of Agriculture in Salem."
    partners, events, _ = records(
        " date 2025-03-14 Hue delegation in the US\n"
        "A delegation of the central city of Hue paid a working visit to Seattle and Oregon from March 2 to 8.\n\n"
        "On March 3, the delegation met with Seattle City Council President Anna Lee at Seattle City Hall.\n\n"
        "Moving to Oregon, the delegation on March 5 held a working session with the Oregon Department of "
        "Agriculture in Salem.\n"
    )
    (session,) = [event for event in events if event.kind == "working_session"]
    assert "Hue" in names(partners, session.partners)
    assert "Seattle" not in names(partners, session.partners)


# ---- what the sentence refers to ---------------------------------------------


def test_a_courtesy_call_is_a_reception():
    # "Trước hội nghị, ông Vong Pisey và đoàn đã chào xã giao ông Nguyễn Thanh Sơn, Bí thư Tỉnh ủy An Giang."
    sentence = "Trước hội nghị, đoàn đã chào xã giao Bí thư Tỉnh ủy."
    assert [trigger.kind for trigger in find_event_triggers(sentence, 0, len(sentence))] == ["conference", "reception"]


@pytest.mark.parametrize(
    "sentence",
    [
        # "Tại hội nghị, hai tỉnh đã ký kết Thỏa thuận hợp tác giai đoạn 2024 - 2026 ..."
        "Tại hội nghị, hai tỉnh đã ký kết thỏa thuận hợp tác.",
        "At the conference, the two provinces signed a cooperation agreement.",
        # "On the sidelines of the conference, Binh Duong Industrial Development JSC and Setouchi Precision ... signed
        # a memorandum of understanding ..."
        "On the sidelines of the forum, two firms signed an MoU.",
    ],
)
def test_at_the_conference_refers_to_the_conference_told(sentence):
    assert [mention.relation for mention in find_dates(sentence, 0, len(sentence), FRIDAY)] == ["event_ref"]


def test_a_conference_named_there_is_a_new_one():
    # "Đây là phát biểu của ông Choi Moonsoon ... tại Hội nghị hợp tác kinh tế Gangwon - Thành phố Hồ Chí Minh ..."
    sentence = "Ông Kim phát biểu tại Hội nghị hợp tác kinh tế Gangwon - Đà Nẵng."
    assert not [m for m in find_dates(sentence, 0, len(sentence), FRIDAY) if m.relation == "event_ref"]


def test_the_signing_at_the_conference_has_its_day():
    _, events, _ = records(
        " date 2025-03-14 An Giang - Takeo\n"
        "Ngày 13/3, tại thành phố Châu Đốc, UBND tỉnh An Giang và chính quyền tỉnh Takeo tổ chức hội nghị tổng kết "
        "hợp tác.\n\n"
        "Tại hội nghị, hai tỉnh đã ký kết thỏa thuận hợp tác giai đoạn 2025 - 2027.\n"
    )
    (signing,) = [event for event in events if event.kind == "signing"]
    assert signing.date == PartialDate(2025, 3, 13)


def test_the_two_sides_are_those_of_the_event_told():
    # "On June 3, the delegation met with San Diego City Council President Pro Tem Rebecca Huang ... The two sides
    # agreed to work towards establishing sister city relations" in a trip to San Diego and Oregon.
    partners, _, agreements = records(
        " date 2025-03-14 Hue delegation in the US\n"
        "A delegation of the central city of Hue paid a working visit to Seattle and Oregon from March 2 to 8.\n\n"
        "On March 3, the delegation met with Seattle officials at Seattle City Hall. The two sides agreed to work "
        "towards establishing sister city relations.\n\n"
        "On March 5, the delegation held a working session with Oregon officials in Salem, Oregon, and visited "
        "Portland, Oregon, the next day. The Oregon officials praised the Hue delegation.\n"
    )
    (twinning,) = agreements
    assert twinning.status == "proposed"
    assert names(partners, twinning.partners) == {"Hue", "Seattle"}


# ---- organisations ----------------------------------------------------------


def test_a_department_named_with_and_without_the_word_province_is_one_body():
    # "Sở Công Thương Quảng Ninh ký biên bản ghi nhớ ..." (title) and "Sở Công Thương tỉnh Quảng Ninh và ... đã ký
    # kết Biên bản ghi nhớ" (body)
    partners, _, _ = records(
        " date 2025-03-14 Sở Công Thương Quảng Ninh ký biên bản ghi nhớ với Hiệp hội Thương mại Quảng Tây\n"
        "Sáng 13/3, Sở Công Thương tỉnh Quảng Ninh và Hiệp hội Thương mại Quảng Tây đã ký kết biên bản ghi nhớ.\n"
    )
    departments = [partner for partner in partners.values() if partner.name.startswith("Sở Công Thương")]
    assert len(departments) == 1


def test_a_forum_is_an_event_not_an_organisation():
    # "The fourth Vietnam – Korea Local Government Cooperation Forum took place in the Korean city of Incheon on
    # Thursday"; "... attended the Ulsan International Hydrogen Energy Forum"
    sentence = "The Hue - Busan Tourism Forum took place in Busan on Friday."
    assert not [org for org in find_organizations(sentence, 0, len(sentence)) if "Forum" in org.name]


# ---- agreements ---------------------------------------------------------------


def test_the_two_capitals_are_the_two_sides():
    # "Ông bày tỏ mong muốn hai thủ đô sớm ký kết biên bản ghi nhớ hợp tác, tạo khuôn khổ pháp lý ..."
    partners, _, agreements = records(
        " date 2025-03-14 Hà Nội tiếp đoàn Bratislava\n"
        "Chiều 13/3, Chủ tịch UBND TP Hà Nội đã tiếp đoàn đại biểu thành phố Bratislava (Slovakia).\n\n"
        "Phó Thị trưởng bày tỏ mong muốn hai thủ đô sớm ký kết biên bản ghi nhớ hợp tác.\n"
    )
    (memorandum,) = agreements
    assert memorandum.status == "proposed"
    assert names(partners, memorandum.partners) == {"Hanoi", "Bratislava"}


def test_friendship_between_two_peoples_is_no_agreement():
    # "... an active community of alumni who continue to promote friendship between the two peoples."
    _, _, agreements = records(
        " date 2025-03-14 Nghe An delegation in Kazan\n"
        "On Monday, a Nghe An delegation held talks with Kazan city leaders.\n\n"
        "Many Nghe An people studied in Kazan and still promote friendship between the two peoples.\n"
    )
    assert agreements == []


def test_khammouane_in_the_spelling_of_vietnamese_papers():
    # "Đại diện tỉnh Quảng Bình cho biết tỉnh mong muốn sớm ký kết thỏa thuận hợp tác giai đoạn mới với tỉnh Khăm
    # Muồn"
    partners, _, _ = records(
        " date 2025-03-14 Quảng Bình - Khăm Muồn\nChiều 13/3, lãnh đạo tỉnh Quảng Bình đã tiếp đoàn tỉnh Khăm Muồn.\n"
    )
    assert "Khammouane" in {partner.name for partner in partners.values()}


@pytest.mark.parametrize(
    "sentence",
    [
        # "Từ năm 2019, hai bên đã bắt đầu trao đổi thông tin ..., tuy nhiên đến nay vẫn chưa có văn bản hợp tác chính
        # thức."
        "Từ năm 2019, hai bên đã trao đổi đoàn, tuy nhiên đến nay vẫn chưa có thỏa thuận hợp tác chính thức.",
        "The two cities have exchanged delegations since 2019 but have not yet signed a cooperation agreement.",
    ],
)
def test_an_agreement_said_not_to_exist_is_none(sentence):
    _, _, agreements = records(
        " date 2025-03-14 Bình Định - Ulsan\n"
        "Chiều 13/3, lãnh đạo tỉnh Bình Định đã hội đàm với đoàn thành phố Ulsan.\n\n" + sentence + "\n"
    )
    assert agreements == []


def test_talks_between_two_halls_of_a_video_link_are_a_teleconference():
    # "Sáng 22/4, UBND tỉnh Thừa Thiên Huế tổ chức buổi hội đàm trực tuyến với Chính quyền tỉnh Niigata ... Tại điểm
    # cầu Thừa Thiên Huế, chủ trì buổi hội đàm có ông Phan Quý Thành ..."
    _, events, _ = records(
        " date 2025-03-14 Huế - Niigata hội đàm trực tuyến\n"
        "Sáng 13/3, UBND tỉnh Thừa Thiên Huế tổ chức buổi hội đàm trực tuyến với Chính quyền tỉnh Niigata.\n\n"
        "Tại điểm cầu Thừa Thiên Huế, chủ trì buổi hội đàm có Chủ tịch UBND tỉnh cùng lãnh đạo các sở.\n"
    )
    assert [event.kind for event in events] == ["teleconference"]
