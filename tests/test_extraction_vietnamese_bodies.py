"""Unit tests for Vietnamese stories of provinces, their departments and the bodies they sign with.

Each test quotes the kind of sentence that motivated it (written for these tests, not copied
from any article): a Russian region named in Vietnamese ("vùng Primorsky"), the provincial
seat named after "trụ sở UBND tỉnh ở", a relation signed "vào tháng 10/2019", a department of a
capital ("Sở Du lịch thủ đô Viêng Chăn"), a chamber ("Phòng Công nghiệp và Thương mại ..."), a
company named with its acronym before "and the", "The region hopes to sign ...", an association
"Du lịch và Hội nghị", a site named like a city ("phố cổ Bao Vinh") and "the Party Committee of
China's Guangxi Zhuang Autonomous Region".
"""

from __future__ import annotations

import pytest

from citylinks.extraction.organizations import find_organizations
from citylinks.models import PartialDate
from test_extraction import names, records

OPENING = " date 2024-09-20 Khánh Hòa và vùng Primorsky\n"


def test_a_russian_region_named_in_vietnamese_is_the_region():
    text = OPENING + (
        "Chiều 19-9, Phó Chủ tịch UBND tỉnh Khánh Hòa đã làm việc với đoàn công tác Chính quyền vùng Primorsky "
        "(Liên bang Nga).\n"
    )
    partners, (session,), _ = records(text)
    assert names(partners, session.partners) == {"Khanh Hoa", "Primorsky Krai"}


def test_the_town_of_the_provincial_seat_is_where_it_happens():
    text = OPENING + (
        "Chiều 19-9, tại trụ sở UBND tỉnh ở thành phố Nha Trang, Phó Chủ tịch UBND tỉnh Khánh Hòa đã làm việc với "
        "đoàn công tác vùng Primorsky.\n"
    )
    partners, _, _ = records(text)
    assert "Nha Trang" not in {p.name for p in partners.values()}


def test_a_relation_signed_in_a_month_of_a_year_began_that_year():
    text = OPENING + (
        "Ông cho biết, kể từ khi hai địa phương ký kết Thỏa thuận hợp tác hữu nghị vào tháng 10/2019, quan hệ giữa "
        "Khánh Hòa và vùng Primorsky phát triển tích cực.\n"
    )
    _, _, (relation,) = records(text)
    assert relation.kind == "friendship_cooperation" and relation.status == "existing"
    assert relation.date is not None and relation.date.year == 2019


def test_a_department_of_a_capital_keeps_the_capitals_name():
    sentence = "Sở Du lịch Hà Nội và Sở Du lịch thủ đô Viêng Chăn đã ký kết biên bản ghi nhớ."
    found = [org.name for org in find_organizations(sentence, 0, len(sentence))]
    assert found == ["Sở Du lịch Hà Nội", "Sở Du lịch thủ đô Viêng Chăn"]


def test_a_chamber_of_industry_and_commerce_is_a_body():
    sentence = (
        "Sở Công Thương Hải Phòng và Phòng Công nghiệp và Thương mại Leipzig (IHK Leipzig) đã ký biên bản ghi nhớ."
    )
    found = [org.name for org in find_organizations(sentence, 0, len(sentence))]
    assert found == ["Sở Công Thương Hải Phòng", "Phòng Công nghiệp và Thương mại Leipzig"]


def test_a_company_named_with_its_acronym_before_and_the_is_a_body_of_its_own():
    sentence = "Becamex IDC and the Brno Regional Development Agency signed a memorandum of understanding."
    found = [org.name for org in find_organizations(sentence, 0, len(sentence))]
    assert found == ["Becamex IDC", "Brno Regional Development Agency"]


def test_the_region_speaking_of_itself_is_the_foreign_side():
    text = (
        " date 2024-09-20 Binh Duong receives South Moravia\n"
        "On Tuesday, Binh Duong leaders received a delegation of the South Moravian Region led by its governor.\n\n"
        "The region hopes to sign an agreement establishing friendly relations with Binh Duong soon, he said.\n"
    )
    partners, _, agreements = records(text)
    assert ("friendship_cooperation", "proposed", frozenset({"Binh Duong", "South Moravian Region"})) in {
        (a.kind, a.status, frozenset(names(partners, a.partners))) for a in agreements
    }


def test_a_memorandum_setting_up_the_relation_the_headline_names_is_one_record():
    text = (
        " date 2023-09-28 Bắc Ninh và tỉnh Gyeonggi thiết lập quan hệ hữu nghị, hợp tác\n"
        "Chủ tịch UBND tỉnh Bắc Ninh và Phó Thống đốc tỉnh Gyeonggi ký Biên bản ghi nhớ. Ảnh: Bắc Ninh\n\n"
        "Chiều 27/9, lãnh đạo hai tỉnh đã ký Biên bản ghi nhớ về thiết lập quan hệ hữu nghị, hợp tác giữa tỉnh Bắc "
        "Ninh và tỉnh Gyeonggi.\n"
    )
    partners, _, agreements = records(text)
    assert [(a.kind, a.status, str(a.date), names(partners, a.partners)) for a in agreements] == [
        ("mou", "signed", "2023", {"Bac Ninh", "Gyeonggi"})
    ]


def test_a_foreign_city_opening_a_sentence_after_two_commas_is_where_it_happened():
    text = (
        " date 2023-09-28 Bắc Ninh xúc tiến đầu tư tại Hàn Quốc\n"
        "Trước đó, ngày 26/9, tại Seoul, tỉnh Bắc Ninh phối hợp với tỉnh Gyeonggi tổ chức Hội nghị xúc tiến đầu tư.\n"
    )
    partners, _, _ = records(text)
    assert "Seoul" not in {p.name for p in partners.values()}


def test_a_conference_of_its_own_told_with_who_took_part_is_an_event():
    text = (
        " date 2023-08-16 TP.HCM tiếp đoàn tỉnh Chiết Giang\n"
        "Chiều 15/8, Phó Chủ tịch UBND TP.HCM đã tiếp đoàn công tác tỉnh Chiết Giang.\n\n"
        "Sáng cùng ngày, Hội nghị xúc tiến thương mại Chiết Giang - TP.HCM năm 2023 đã diễn ra với sự tham gia của "
        "hơn 200 doanh nghiệp hai bên.\n"
    )
    _, events, _ = records(text)
    assert sorted((e.kind, str(e.date)) for e in events) == [("conference", "2023-08-15"), ("reception", "2023-08-15")]


def test_a_conference_in_a_bodys_name_is_a_word_of_the_name():
    sentence = "Sở Du lịch Khánh Hòa và Hiệp hội Du lịch và Hội nghị Vladivostok đã ký biên bản ghi nhớ."
    found = [org.name for org in find_organizations(sentence, 0, len(sentence))]
    assert "Hiệp hội Du lịch và Hội nghị Vladivostok" in found


def test_a_site_whose_name_ends_like_a_city_is_no_city():
    text = OPENING + (
        "Ngày 18/9, đoàn vùng Primorsky đã thăm các nhà cổ được trùng tu tại phố cổ Bao Vinh và làng Kim Long "
        "cùng lãnh đạo tỉnh Khánh Hòa.\n"
    )
    partners, _, _ = records(text)
    assert "Vinh" not in {p.name for p in partners.values()}


def test_the_party_committee_of_a_countrys_region_is_the_region():
    text = (
        " date 2023-12-10 Quảng Ninh và Quảng Tây\n"
        "Secretary of the Party Committee of China's Guangxi Zhuang Autonomous Region Liu Ning received the "
        "delegation of Quang Ninh province on December 8.\n"
    )
    partners, (reception,), _ = records(text)
    assert names(partners, reception.partners) == {"Guangxi", "Quang Ninh"}


def test_an_outlets_name_in_brackets_makes_no_online_meeting():
    text = (
        " date 2024-08-21 Lâm Đồng và bang Oregon\n"
        "(LĐ online) - Sáng 20/8, tại thành phố Đà Lạt, Phó Chủ tịch UBND tỉnh Lâm Đồng đã làm việc với đoàn công "
        "tác bang Oregon (Hoa Kỳ).\n"
    )
    _, (session,), _ = records(text)
    assert (session.kind, session.mode) == ("working_session", "in_person")


def test_a_state_named_with_bang_is_the_state_unless_it_is_a_city_of_its_own():
    text = (
        " date 2024-08-21 Lâm Đồng\n"
        "Sáng 20/8, Phó Chủ tịch UBND tỉnh Lâm Đồng đã làm việc với đoàn công tác bang Washington (Hoa Kỳ).\n\n"
        "Chiều cùng ngày, lãnh đạo tỉnh tiếp đoàn Thượng viện bang Hamburg (Đức).\n"
    )
    partners, _, _ = records(text)
    kinds = {p.name: p.kind for p in partners.values()}
    assert kinds["Washington"] == "region"
    assert kinds["Hamburg"] == "city"


def test_a_vietnamese_district_is_no_foreign_city_of_that_name():
    text = (
        " date 2024-08-21 Lâm Đồng và bang Oregon\n"
        "Ngày 19/8, đoàn bang Oregon đã khảo sát vùng sản xuất rau tại huyện Đơn Dương và huyện Lạc Dương cùng "
        "lãnh đạo tỉnh Lâm Đồng.\n"
    )
    partners, _, _ = records(text)
    assert "Luoyang" not in {p.name for p in partners.values()}


def test_a_letter_of_intent_written_y_dinh_thu_is_an_agreement():
    text = (
        " date 2024-08-21 Lâm Đồng và bang Oregon\n"
        "Năm 2018, tỉnh Lâm Đồng và bang Oregon đã ký ý định thư về hợp tác nông nghiệp.\n"
    )
    _, _, (letter,) = records(text)
    assert (letter.kind, str(letter.date)) == ("other", "2018")


def test_a_ceremony_the_two_cities_held_with_the_community_attending_is_an_event():
    text = (
        " date 2024-11-07 Hải Phòng và Kitakyushu\n"
        "Chiều 4/11, Chủ tịch UBND thành phố Hải Phòng đã hội đàm với Thị trưởng thành phố Kitakyushu.\n\n"
        "Tối cùng ngày, hai thành phố long trọng tổ chức Lễ kỷ niệm 10 năm thiết lập quan hệ thành phố kết nghĩa, "
        "với sự tham dự của đông đảo cộng đồng người Việt Nam tại Kitakyushu.\n"
    )
    _, events, _ = records(text)
    assert {(event.kind, str(event.date)) for event in events} == {("talks", "2024-11-04"), ("other", "2024-11-04")}


def test_a_city_whose_name_opens_with_an_association_word_is_no_association():
    sentence = "Chủ tịch UBND thành phố Hội An Lê Văn Tâm và Thị trưởng thành phố Obama đã ký thỏa thuận."
    assert find_organizations(sentence, 0, len(sentence)) == []
    association = "Hội Hữu nghị Việt - Nhật thành phố Hội An tổ chức buổi giao lưu."
    assert [o.name for o in find_organizations(association, 0, len(association))] == [
        "Hội Hữu nghị Việt - Nhật thành phố Hội An"
    ]


def test_a_friendship_city_relation_is_a_friendship_and_cooperation_relation():
    text = OPENING + (
        "Sáng 19/9, UBND tỉnh Khánh Hòa và vùng Primorsky ký thỏa thuận thiết lập quan hệ tỉnh hữu nghị.\n"
    )
    partners, _, (relation,) = records(text)
    assert relation.kind == "friendship_cooperation"
    assert names(partners, relation.partners) == {"Khanh Hoa", "Primorsky Krai"}


def test_an_administrative_or_convention_centre_is_a_building_not_a_body():
    sentence = (
        "Ngày 7/12, tại Trung tâm Hành chính tỉnh Bình Dương, Trung tâm Xúc tiến Đầu tư tỉnh Bình Dương và Tập đoàn "
        "Khu công nghiệp Tô Châu đã ký kết thỏa thuận hợp tác."
    )
    found = [o.name for o in find_organizations(sentence, 0, len(sentence))]
    assert "Trung tâm Xúc tiến Đầu tư tỉnh Bình Dương" in found
    assert not any(name.startswith("Trung tâm Hành chính") for name in found)


@pytest.mark.parametrize(
    ("sentence", "mission"),
    [
        (
            (
                "Chiều 18/9, Chủ tịch UBND tỉnh Khánh Hòa đã tiếp ông Kim Min-su, Tổng Lãnh sự Hàn Quốc tại Đà Nẵng, "
                "đến chào xã giao."
            ),
            "Tổng Lãnh sự quán Hàn Quốc tại Đà Nẵng",
        ),
        (
            (
                "On Wednesday, the Khanh Hoa provincial chairman received Kenji Sato, Consul General of Japan in Ho "
                "Chi Minh City."
            ),
            "Consulate General of Japan in Ho Chi Minh City",
        ),
        # "Secretary of the Da Nang municipal Party Committee Truong Minh Duc received US Ambassador to Vietnam Robert
        # Harlan on April 19": the country, or its adjective, before the title
        (
            "On Wednesday, the Khanh Hoa provincial chairman received US Ambassador to Vietnam John Doe.",
            "Embassy of the United States in Vietnam",
        ),
        (
            "On Wednesday, the Khanh Hoa provincial chairman received the French Consul General in Ho Chi Minh City.",
            "Consulate General of France in Ho Chi Minh City",
        ),
        # "Chủ tịch UBND tỉnh Lâm Đồng đã có buổi tiếp xã giao bà Élise Fontaine - Tổng Lãnh sự Pháp tại TP Hồ Chí
        # Minh": having a reception is receiving, and a country's short name after the title is the country
        (
            (
                "Chiều 18/9, Chủ tịch UBND tỉnh Khánh Hòa đã có buổi tiếp xã giao bà Anne Martin - Tổng Lãnh sự Pháp "
                "tại TP Hồ Chí Minh."
            ),
            "Tổng Lãnh sự quán Pháp tại TP Hồ Chí Minh",
        ),
        # "... đã tiếp ông Sergey Volkov - Tổng Lãnh sự Liên bang Nga tại Đà Nẵng": the city it sits in is no side
        (
            (
                "Chiều 18/9, Chủ tịch UBND tỉnh Khánh Hòa đã tiếp ông Ivan Petrov - Tổng Lãnh sự Liên bang Nga tại "
                "Đà Nẵng."
            ),
            "Tổng Lãnh sự quán Liên bang Nga tại Đà Nẵng",
        ),
    ],
)
def test_an_envoy_received_with_the_country_named_is_the_missions_visit(sentence, mission):
    partners, (reception,), _ = records(OPENING + sentence + "\n")
    assert reception.kind == "reception"
    assert names(partners, reception.partners) == {"Khanh Hoa", mission}
    assert "Primorsky Krai" not in names(partners, reception.partners)


LAO_TRIP = (
    " date 2024-09-21 Thủ tướng Lào tiếp Đoàn đại biểu cấp cao tỉnh Nghệ An\n"
    "Chiều 20/9, tại Thủ đô Viêng Chăn, Thủ tướng Lào đã tiếp Đoàn đại biểu cấp cao tỉnh Nghệ An do Bí thư Tỉnh ủy "
    "làm Trưởng đoàn, đang thăm và làm việc tại Lào từ ngày 17 đến 21/9.\n"
)


def test_the_days_an_anniversary_spans_date_no_event():
    text = LAO_TRIP + (
        "Thủ tướng nhiệt liệt chào mừng Đoàn đại biểu tỉnh Nghệ An sang thăm Lào trong không khí hai nước vừa kỷ niệm "
        "62 năm Ngày thiết lập quan hệ ngoại giao (5/9/1962 - 5/9/2024).\n"
    )
    _, events, _ = records(text)
    assert PartialDate(2024, 9, 5) not in {e.date for e in events}


def test_a_delegation_calling_on_its_own_countrys_embassy_meets_no_foreign_side():
    text = LAO_TRIP + (
        "Sáng 19/9, Đoàn đã đến chào xã giao Đại sứ quán Việt Nam tại Lào và gặp gỡ cộng đồng người Việt Nam đang sinh "
        "sống tại Thủ đô Viêng Chăn.\n"
    )
    _, events, _ = records(text)
    assert not any("chào xã giao" in source.text for event in events for source in event.sources)


@pytest.mark.parametrize(
    ("site", "place"),
    [("Đại Nội Huế", "Hue"), ("cảng Kobe", "Kobe")],
)
def test_a_place_naming_a_site_toured_is_no_party(site, place):
    text = LAO_TRIP + f"Chiều 19/9, đoàn đã tham quan {site}. Sau đó, đoàn tiếp tục tham quan {site} lần nữa.\n"
    partners, _, _ = records(text)
    assert place not in {p.name for p in partners.values()}


def test_a_place_in_the_name_of_a_site_toured_is_no_party():
    text = LAO_TRIP + (
        "Chiều 19/9, đoàn đã tham quan Bảo tàng Chiến thắng lịch sử Điện Biên Phủ và Đồi A1. Bảo tàng Chiến thắng lịch "
        "sử Điện Biên Phủ đón hơn 500.000 lượt khách mỗi năm.\n"
    )
    partners, _, _ = records(text)
    assert "Dien Bien Phu" not in {p.name for p in partners.values()}


def test_friendship_between_the_peoples_is_no_relation_between_localities():
    text = LAO_TRIP + (
        "Bí thư Tỉnh ủy nhấn mạnh, mối quan hệ hữu nghị giữa nhân dân hai tỉnh Nghệ An và Xiêng Khoảng được hình "
        "thành từ những năm kháng chiến.\n"
    )
    _, _, agreements = records(text)
    assert agreements == []


BORDER = " date 2023-11-16 Phiên họp Ủy ban công tác liên hợp\n"


def test_a_joint_committees_session_held_is_a_meeting_and_sessions_counted_are_not():
    held = BORDER + (
        "Sáng 15/11, tại thành phố Lào Cai, đã diễn ra Phiên họp lần thứ 12 Ủy ban công tác liên hợp giữa tỉnh Lào Cai "
        "và tỉnh Vân Nam (Trung Quốc).\n"
    )
    partners, (meeting,), _ = records(held)
    assert meeting.kind == "meeting"
    assert names(partners, meeting.partners) == {"Lao Cai", "Yunnan"}
    counted = BORDER + (
        "Nhóm công tác liên hợp giữa tỉnh Lào Cai và tỉnh Vân Nam là cơ chế đã tổ chức 19 phiên họp thường niên.\n"
    )
    _, events, _ = records(counted)
    assert events == []


def test_a_memorandum_to_be_drafted_and_signed_by_departments_is_proposed():
    text = BORDER + (
        "Chiều 15/11, Chủ tịch UBND tỉnh Lào Cai đã tiếp đoàn công tác châu Hồng Hà. Hai bên nhất trí giao các sở, "
        "ngành chuyên môn sớm xây dựng dự thảo và ký kết Biên bản ghi nhớ hợp tác phát triển du lịch giữa tỉnh Lào Cai "
        "và châu Hồng Hà.\n"
    )
    _, events, agreements = records(text)
    assert [a.status for a in agreements] == ["proposed"]
    assert "signing" not in {e.kind for e in events}


def test_a_letter_expressing_an_intention_to_cooperate_is_a_letter_of_intent():
    text = OPENING + (
        "Chủ tịch UBND tỉnh cho biết, kể từ khi tỉnh Khánh Hòa và vùng Primorsky ký Thư bày tỏ ý định hợp tác (LOI) "
        "vào tháng 8/2019, quan hệ giữa hai địa phương đã phát triển tích cực.\n"
    )
    _, _, (letter,) = records(text)
    assert (letter.kind, letter.status) == ("other", "existing")


def test_a_relation_signed_now_and_the_older_one_it_builds_on_are_two():
    text = OPENING + (
        "Chủ tịch nước đánh giá cao việc tỉnh Khánh Hòa và vùng Primorsky vừa ký kết Biên bản thỏa thuận hợp tác giai "
        "đoạn 2024 - 2028 vào ngày 18/9, đánh dấu bước phát triển mới trong quan hệ hữu nghị giữa hai địa phương được "
        "thiết lập từ năm 1995.\n"
    )
    _, _, agreements = records(text)
    assert sorted((a.kind, a.status, a.date.year if a.date else None) for a in agreements) == [
        ("cooperation_agreement", "signed", 2024),
        ("friendship_cooperation", "existing", 1995),
    ]


@pytest.mark.parametrize("body", ["Hajdu-Bihar County Assembly", "Hajdu-Bihar County Government"])
def test_a_county_assembly_is_the_counties_own_government(body):
    # "At the end of the talks, the two leaders signed a memorandum of understanding on cooperation between the Vinh
    # Long provincial People's Committee and the Hajdu-Bihar County Assembly"
    text = (
        " date 2024-06-06 Vinh Long, Hungary's Hajdu-Bihar county sign MoU\n"
        "On June 5, the chairman of Vinh Long province held talks with a delegation of Hajdu-Bihar county of "
        "Hungary.\n\n"
        "At the end of the talks, the two leaders signed a memorandum of understanding on cooperation between the Vinh "
        f"Long provincial People's Committee and the {body}.\n"
    )
    partners, _, agreements = records(text)
    assert {p.kind for p in partners.values()} == {"province", "region"}
    assert [names(partners, a.partners) for a in agreements] == [{"Vinh Long", "Hajdu-Bihar"}]


def test_a_mission_has_the_names_readers_give_it():
    partners, _, _ = records(
        OPENING + "On Wednesday, the Khanh Hoa provincial chairman received US Ambassador to Vietnam John Doe.\n"
    )
    (embassy,) = [p for p in partners.values() if p.kind == "organization"]
    assert {"US Embassy", "Embassy of the United States", "US Embassy in Vietnam"} <= set(embassy.aliases)
    assert embassy.sources


def test_the_envoy_named_again_by_the_title_alone_is_the_mission():
    # "Trước đó, sáng 12/9, Tổng Lãnh sự Élise Fontaine đã làm việc với UBND thành phố Đà Lạt ..."
    text = OPENING + (
        "Chiều 18/9, Chủ tịch UBND tỉnh Khánh Hòa đã tiếp bà Anne Martin - Tổng Lãnh sự Pháp tại TP Hồ Chí Minh.\n\n"
        "Trước đó, sáng 18/9, Tổng Lãnh sự Anne Martin đã làm việc với UBND thành phố Nha Trang.\n"
    )
    partners, events, _ = records(text)
    session = next(e for e in events if e.kind == "working_session")
    assert names(partners, session.partners) == {"Nha Trang", "Tổng Lãnh sự quán Pháp tại TP Hồ Chí Minh"}


def test_a_delegation_meeting_its_own_countrys_ambassador_abroad_meets_no_mission():
    # "On October 4, the delegation moved to Paris, where they had a working session with Vietnamese Ambassador to
    # France Dinh Toan Thang"
    text = (
        " date 2023-10-06 Thua Thien Hue delegation visits France\n"
        "A delegation of Thua Thien Hue province led by its chairman is on a working visit to France.\n\n"
        "On October 4, the delegation had a working session with Vietnamese Ambassador to France Nguyen Van A.\n"
    )
    partners, _, _ = records(text)
    assert not [p for p in partners.values() if p.kind == "organization"]


def test_the_departments_that_joined_in_receiving_a_delegation_are_no_partners():
    # "Tiếp đoàn có các đồng chí lãnh đạo Văn phòng Tỉnh ủy, Sở Ngoại vụ, Sở Du lịch, Sở Công Thương tỉnh."
    text = OPENING + (
        "Chiều 18/9, Chủ tịch UBND tỉnh Khánh Hòa đã tiếp Đoàn công tác vùng Primorsky (Liên bang Nga).\n\n"
        "Tiếp đoàn có các đồng chí lãnh đạo Văn phòng Tỉnh ủy, Sở Ngoại vụ, Sở Du lịch, Sở Công Thương tỉnh.\n"
    )
    partners, _, _ = records(text)
    assert {p.name for p in partners.values()} == {"Khanh Hoa", "Primorsky Krai"}


def test_the_ambassador_named_again_in_lower_case_is_the_same_embassy_whatever_the_event():
    # "Da Nang leader receives US Ambassador, seeks new sister-city links" ... "On Wednesday afternoon, the ambassador
    # visited the site of the completed dioxin remediation project at Da Nang International Airport."
    text = (
        " date 2023-04-20 Khanh Hoa leader receives US Ambassador\n"
        "Secretary of the Khanh Hoa provincial Party Committee received US Ambassador to Vietnam John Doe on April 19."
        "\n\nIn the afternoon, the ambassador visited the Cam Ranh international port.\n"
    )
    partners, events, _ = records(text)
    embassies = [p for p in partners.values() if p.kind == "organization"]
    assert len(embassies) == 1  # the headline's "US Ambassador" and the lead's "US Ambassador to Vietnam"
    assert embassies[0].name.startswith("Embassy of the United States")
    trip = next(e for e in events if e.kind == "field_trip")
    assert embassies[0].id in trip.partners


def test_the_province_speaking_of_itself_is_a_side_though_the_sentence_says_the_two_sides():
    # "Tỉnh đã có quan hệ hợp tác với một số địa phương của Hàn Quốc, trong đó có thành phố Ulsan - hai bên ký thỏa
    # thuận hợp tác hữu nghị từ năm 2017."
    text = OPENING + (
        "Chiều 18/9, Chủ tịch UBND tỉnh Khánh Hòa đã tiếp Đoàn công tác vùng Primorsky (Liên bang Nga).\n\n"
        "Vùng Primorsky có thế mạnh về cảng biển. Vùng Primorsky mong muốn hợp tác du lịch. Đoàn vùng Primorsky thăm "
        "cảng Cam Ranh.\n\n"
        "Tỉnh đã có quan hệ hợp tác với một số địa phương của Hàn Quốc, trong đó có thành phố Ulsan - hai bên ký thỏa "
        "thuận hợp tác hữu nghị từ năm 2017.\n"
    )
    partners, _, agreements = records(text)
    assert ("friendship_cooperation", frozenset({"Khanh Hoa", "Ulsan"})) in {
        (a.kind, frozenset(names(partners, a.partners))) for a in agreements
    }


def test_a_small_place_named_once_with_its_own_government_is_a_party():
    # "UBND tỉnh Hậu Giang và Chính quyền huyện Yeongam (tỉnh Jeollanam) ký thỏa thuận hợp tác về đưa lao động thời
    # vụ sang làm việc trong lĩnh vực nông nghiệp"
    text = OPENING + (
        "Chiều 18/9, UBND tỉnh Khánh Hòa và Chính quyền huyện Haenam (tỉnh Jeollanam) ký thỏa thuận hợp tác về đưa "
        "lao động thời vụ sang làm việc trong lĩnh vực nông nghiệp.\n"
    )
    partners, _, agreements = records(text)
    assert [(a.kind, names(partners, a.partners)) for a in agreements] == [
        ("cooperation_agreement", {"Khanh Hoa", "Haenam"})
    ]
