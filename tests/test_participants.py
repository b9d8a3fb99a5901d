"""Events carry the people their sentences name with a title, and the side each speaks for.

The sentences are written for these tests in the style of the articles that motivated them
("Chairman of the Hai Phong People's Committee Nguyen Van Tung on Monday hosted ...",
"Chiều cùng ngày, Phó Chủ tịch Quốc hội ... đã tiếp Thống đốc Ogata Kenichi").
"""

from __future__ import annotations

from test_extraction import names, records


def test_a_host_and_a_guest_with_their_titles_and_sides():
    # "Chairman of the Hai Phong People's Committee Nguyen Van Tung hosted a reception on Monday for a delegation
    # from the Incheon Metropolitan City led by Vice Mayor Kim Jong-hoon."
    partners, events, _ = records(
        " date 2025-03-13 Quang Ninh, Ulsan look to boost ties\n"
        "Chairman of the Quang Ninh People's Committee Tran Minh Khoa on Wednesday received Ulsan Mayor Lee Jae-won "
        "and his delegation.\n"
    )
    (reception,) = events
    people = {p.person: p for p in reception.participants}
    assert set(people) == {"Tran Minh Khoa", "Lee Jae-won"}
    assert names(partners, [people["Tran Minh Khoa"].partner]) == {"Quang Ninh"}
    assert names(partners, [people["Lee Jae-won"].partner]) == {"Ulsan"}
    assert people["Lee Jae-won"].title == "Mayor"


def test_a_national_leader_speaks_for_no_partner():
    # "Vice President Nguyen Thi Hoai on Wednesday received a delegation from China's Chengdu city ..."
    _, events, _ = records(
        " date 2025-03-13 Vice President receives Busan delegation\n"
        "Vice President Le Thi Lan on Wednesday received a delegation from Busan led by Mayor Park Jin-soo.\n"
    )
    (reception,) = events
    people = {p.person: p for p in reception.participants}
    assert people["Le Thi Lan"].title == "Vice President"
    assert people["Le Thi Lan"].partner is None


def test_a_guest_named_again_brings_the_side_he_speaks_for():
    # "Chiều cùng ngày, tại Nhà Quốc hội, Phó Chủ tịch Quốc hội Nguyễn Đức Phúc đã tiếp Thống đốc Ogata Kenichi."
    partners, events, _ = records(
        " date 2025-03-13 Hà Nội và Aichi\n"
        "Sáng 12/3, Chủ tịch UBND thành phố Hà Nội Trần Văn An đã hội đàm với ông Omura Hideaki, Thống đốc tỉnh Aichi "
        "(Nhật Bản).\n\n"
        "Ngày 11/3, Phó Chủ tịch Quốc hội Lê Văn Bình đã tiếp Thống đốc Omura Hideaki.\n"
    )
    (reception,) = [event for event in events if event.kind == "reception"]
    assert "Aichi" in names(partners, reception.partners)
    assert "Omura Hideaki" in {p.person for p in reception.participants}
