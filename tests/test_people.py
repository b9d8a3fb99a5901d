"""People named with a title, and the partner each speaks for: each rule with the sentence that motivated it.

The sentences are written for these tests in the style of the agencies' reports; the places are real, the
people invented. Partner mentions come from the real gazetteer and MentionFinder, as in the parser.
"""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from citylinks.article import make_document
from citylinks.extraction.mentions import MentionFinder, PartnerMention
from citylinks.extraction.noise import body_spans
from citylinks.extraction.people import PeopleIndex, PersonMention, find_people
from citylinks.extraction.sentences import sentence_spans
from citylinks.gazetteer import Gazetteer


@pytest.fixture(scope="module")
def gazetteer() -> Gazetteer:
    return Gazetteer.load()


class Sentences:
    """An article's text with each sentence's span and partner mentions, found as the parser finds them."""

    def __init__(self, gazetteer: Gazetteer, body: str) -> None:
        document, _ = make_document(" date 2024-05-03 Headline\n" + body + "\n", path="test.txt")
        self.text = document.text
        spans = body_spans(self.text)
        finder = MentionFinder(gazetteer, self.text, spans, document.language)
        self.sentences = [(s, finder.in_sentence(*s)) for s in sentence_spans(self.text, spans)][1:]

    def people(self, index: int = 0) -> list[PersonMention]:
        (start, end), mentions = self.sentences[index]
        return find_people(self.text, start, end, mentions)

    def key(self, surface: str, index: int = 0) -> str:
        """The key of the partner mention written ``surface`` in the sentence."""
        return next(m.key for m in self.sentences[index][1] if m.surface == surface)

    def mention(self, surface: str, index: int = 0) -> PartnerMention:
        return next(m for m in self.sentences[index][1] if m.surface == surface)


def named(people: list[PersonMention]) -> dict[str, tuple[str | None, str | None]]:
    return {p.name: (p.title, p.partner) for p in people}


# ---- English: the title, its office, then the name -----------------------------------------------------


def test_title_of_a_place_government_then_name(gazetteer: Gazetteer) -> None:
    found = Sentences(
        gazetteer,
        "Chairman of the Hai Phong People's Committee Nguyen Van Tung hosted the Incheon business delegation "
        "on Tuesday.",
    )
    people = named(found.people())
    assert people == {
        "Nguyen Van Tung": ("Chairman of the Hai Phong People's Committee", found.key("Hai Phong People's Committee"))
    }


def test_title_of_a_prefecture_with_its_country(gazetteer: Gazetteer) -> None:
    found = Sentences(
        gazetteer,
        "Vice Governor of Japan's Shizuoka prefecture Aoki Haruto signed the memorandum in Da Nang on Friday.",
    )
    assert named(found.people()) == {
        "Aoki Haruto": ("Vice Governor of Japan's Shizuoka prefecture", found.key("Shizuoka"))
    }


def test_place_before_the_title(gazetteer: Gazetteer) -> None:
    found = Sentences(
        gazetteer, "Okayama Vice Governor Takahashi Kenji and Busan Mayor Park Heong-joon attended the ceremony."
    )
    assert named(found.people()) == {
        "Takahashi Kenji": ("Vice Governor", found.key("Okayama")),
        "Park Heong-joon": ("Mayor", found.key("Busan")),
    }


def test_possessive_place_and_office_before_the_name(gazetteer: Gazetteer) -> None:
    found = Sentences(gazetteer, "Kyoto's Deputy Mayor for Cultural Affairs Fujita Sora opened the exhibition in Hue.")
    assert named(found.people()) == {"Fujita Sora": ("Deputy Mayor for Cultural Affairs", found.key("Kyoto"))}


def test_title_without_a_place_speaks_for_no_partner(gazetteer: Gazetteer) -> None:
    found = Sentences(
        gazetteer, "Vice President Nguyen Thi Hoai and Chairman Le Huu Phuoc welcomed the guests from Osaka."
    )
    assert named(found.people()) == {
        "Nguyen Thi Hoai": ("Vice President", None),
        "Le Huu Phuoc": ("Chairman", None),
    }


def test_an_office_named_after_for_is_not_a_name(gazetteer: Gazetteer) -> None:
    """'for Economic Development' could run on into the name: where it ends is not known, so no one is found."""
    found = Sentences(gazetteer, "The guests included Deputy Mayor for Economic Development Tom Baxter yesterday.")
    assert found.people() == []


# ---- English: the name, then its title -----------------------------------------------------------------


def test_name_then_title_of_a_party_committee(gazetteer: Gazetteer) -> None:
    found = Sentences(
        gazetteer,
        "Zhang Leshan, Secretary of the Chengdu Municipal Committee of the Communist Party of China, received the "
        "Can Tho delegation.",
    )
    committee = found.mention("Chengdu Municipal Committee of the Communist Party of China")
    assert named(found.people()) == {
        "Zhang Leshan": (
            "Secretary of the Chengdu Municipal Committee of the Communist Party of China",
            committee.parent,
        )
    }


def test_name_then_title_of_a_city_office(gazetteer: Gazetteer) -> None:
    found = Sentences(
        gazetteer,
        "The visitors were led by Sarah O'Connell, Chief of Economic Opportunity of the City of Boston, and met "
        "officials in Hue.",
    )
    assert named(found.people()) == {
        "Sarah O'Connell": ("Chief of Economic Opportunity of the City of Boston", found.key("Boston"))
    }


# ---- a delegation's leader ----------------------------------------------------------------------------


def test_delegation_leader_speaks_for_where_the_delegation_comes_from(gazetteer: Gazetteer) -> None:
    found = Sentences(
        gazetteer, "Quang Ninh leaders received a delegation from Incheon led by Vice Mayor Kim Jong-hoon."
    )
    assert named(found.people()) == {"Kim Jong-hoon": ("Vice Mayor", found.key("Incheon"))}


def test_delegation_named_before_its_place_word(gazetteer: Gazetteer) -> None:
    found = Sentences(gazetteer, "A Toulouse delegation led by Deputy Mayor Marie Lefebvre arrived in Hanoi.")
    assert named(found.people()) == {"Marie Lefebvre": ("Deputy Mayor", found.key("Toulouse"))}


# ---- Vietnamese: title, body, place, name ----------------------------------------------------------------


def test_vi_chairman_of_the_city_committee(gazetteer: Gazetteer) -> None:
    found = Sentences(gazetteer, "Chủ tịch UBND thành phố Hà Nội Đào Văn Tuấn đã tiếp đoàn công tác tỉnh Fukuoka.")
    assert named(found.people()) == {"Đào Văn Tuấn": ("Chủ tịch UBND thành phố Hà Nội", found.key("Hà Nội"))}


def test_vi_party_secretary_of_a_province(gazetteer: Gazetteer) -> None:
    found = Sentences(gazetteer, "Bí thư Tỉnh ủy Lào Cai Vũ Đình Hưng cho biết, hai bên sẽ mở thêm cửa khẩu.")
    assert named(found.people()) == {"Vũ Đình Hưng": ("Bí thư Tỉnh ủy Lào Cai", found.key("Lào Cai"))}


def test_vi_national_office_speaks_for_no_partner(gazetteer: Gazetteer) -> None:
    found = Sentences(gazetteer, "Phó Chủ tịch Quốc hội Nguyễn Đức Phúc đã tiếp đoàn đại biểu tỉnh Gyeonggi.")
    assert named(found.people()) == {"Nguyễn Đức Phúc": ("Phó Chủ tịch Quốc hội", None)}


def test_vi_title_then_place_then_name(gazetteer: Gazetteer) -> None:
    found = Sentences(gazetteer, "Thị trưởng Busan Park Heong-joon cho biết, thành phố muốn mở văn phòng tại Đà Nẵng.")
    assert named(found.people()) == {"Park Heong-joon": ("Thị trưởng Busan", found.key("Busan"))}


def test_vi_title_alone_before_a_foreign_name(gazetteer: Gazetteer) -> None:
    found = Sentences(gazetteer, "Thống đốc Ogata Kenichi đánh giá cao môi trường đầu tư của Hải Phòng.")
    assert named(found.people()) == {"Ogata Kenichi": ("Thống đốc", None)}


def test_vi_ministry_name_before_the_person(gazetteer: Gazetteer) -> None:
    found = Sentences(gazetteer, "Thứ trưởng Bộ Ngoại giao Lê Thị Thu Trang phát biểu khai mạc diễn đàn.")
    assert named(found.people()) == {"Lê Thị Thu Trang": ("Thứ trưởng Bộ Ngoại giao", None)}


def test_vi_offices_listed_before_the_name(gazetteer: Gazetteer) -> None:
    found = Sentences(
        gazetteer, "Phó Bí thư Thành ủy, Chủ tịch UBND thành phố Đà Nẵng Hồ Văn Lâm đã tiếp đoàn tỉnh Chăm Pa Xắc."
    )
    assert named(found.people()) == {
        "Hồ Văn Lâm": ("Phó Bí thư Thành ủy, Chủ tịch UBND thành phố Đà Nẵng", found.key("Đà Nẵng"))
    }


# ---- Vietnamese: honorific, name, then the title ---------------------------------------------------------


def test_vi_honorific_name_then_title_of_a_province(gazetteer: Gazetteer) -> None:
    found = Sentences(
        gazetteer, "Chủ tịch UBND tỉnh Quảng Ninh đã tiếp ông Ogata Kenichi, Thống đốc tỉnh Fukuoka (Nhật Bản)."
    )
    people = named(found.people())
    assert people["Ogata Kenichi"] == ("Thống đốc tỉnh Fukuoka", found.key("Fukuoka"))


def test_vi_honorific_name_then_titles_without_a_place(gazetteer: Gazetteer) -> None:
    found = Sentences(
        gazetteer, "Đoàn công tác do ông Vũ Đình Hưng, Ủy viên Trung ương Đảng, Bí thư Tỉnh ủy làm trưởng đoàn."
    )
    assert named(found.people()) == {"Vũ Đình Hưng": ("Ủy viên Trung ương Đảng, Bí thư Tỉnh ủy", None)}


def test_vi_hyphenated_lao_name(gazetteer: Gazetteer) -> None:
    found = Sentences(
        gazetteer, "Dự hội đàm có ông Khăm-phăn Phôm-ma-thắt, Tỉnh trưởng tỉnh Xiêng Khoảng cùng các sở, ngành."
    )
    assert named(found.people()) == {
        "Khăm-phăn Phôm-ma-thắt": ("Tỉnh trưởng tỉnh Xiêng Khoảng", found.key("Xiêng Khoảng"))
    }


def test_vi_list_of_places_after_a_comma_is_no_person(gazetteer: Gazetteer) -> None:
    found = Sentences(gazetteer, "Lãnh đạo các tỉnh Lào Cai, Hà Giang, Chủ tịch UBND các huyện biên giới cùng dự.")
    assert found.people() == []


# ---- what is never a person ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "The Mayor thanked the guests from Busan for their visit.",
        "The mayor of Vladivostok has been invited to the Nha Trang festival.",
        "Mayor Takes A Virtual Tour At The University Of Canterbury",
        "Đoàn đã đến dâng hoa tại Lăng Chủ tịch Hồ Chí Minh.",
        "The chairman briefed the guests on the city's plans.",
    ],
)
def test_no_person(gazetteer: Gazetteer, sentence: str) -> None:
    assert Sentences(gazetteer, sentence).people() == []


def test_a_name_is_never_a_partner_mention(gazetteer: Gazetteer) -> None:
    found = Sentences(gazetteer, "Vice Chairman Da Nang Hai Phong met the visitors.")
    assert all(not any(m.start < p.end and p.start < m.end for m in found.sentences[0][1]) for p in found.people())


def test_each_person_keeps_the_place_of_their_own_title(gazetteer: Gazetteer) -> None:
    found = Sentences(
        gazetteer,
        "Busan Mayor Park Heong-joon met Chairman Tran Van Nam and Vice Governor of Gyeonggi Oh Min-seok.",
    )
    assert named(found.people()) == {
        "Park Heong-joon": ("Mayor", found.key("Busan")),
        "Tran Van Nam": ("Chairman", None),
        "Oh Min-seok": ("Vice Governor of Gyeonggi", found.key("Gyeonggi")),
    }


# ---- the people a document has named, named again -------------------------------------------------------


def index_over(found: Sentences, upto: int) -> PeopleIndex:
    index = PeopleIndex()
    for number in range(upto):
        index.add(found.people(number))
    return index


def test_index_finds_a_full_name_again(gazetteer: Gazetteer) -> None:
    found = Sentences(
        gazetteer,
        "Chủ tịch UBND tỉnh Quảng Ninh đã tiếp ông Ogata Kenichi, Thống đốc tỉnh Fukuoka (Nhật Bản). "
        "Chiều cùng ngày, Phó Chủ tịch Quốc hội Nguyễn Đức Phúc đã tiếp Thống đốc Ogata Kenichi.",
    )
    index = index_over(found, 1)
    (start, end), _ = found.sentences[1]
    again = index.named_in(found.text, start, end)
    assert [(p.name, p.partner) for p in again] == [("Ogata Kenichi", found.key("Fukuoka"))]
    assert found.text[again[0].start : again[0].end] == "Ogata Kenichi"


def test_index_finds_a_surname_alone(gazetteer: Gazetteer) -> None:
    found = Sentences(
        gazetteer,
        "Quang Ninh leaders received a delegation from Incheon led by Vice Mayor Kim Jong-hoon. "
        "Kim said Incheon wants to open a trade office in Ha Long.",
    )
    index = index_over(found, 1)
    (start, end), _ = found.sentences[1]
    again = index.named_in(found.text, start, end)
    assert [(found.text[p.start : p.end], p.name, p.partner) for p in again] == [
        ("Kim", "Kim Jong-hoon", found.key("Incheon"))
    ]


def test_index_finds_a_family_name_after_a_title(gazetteer: Gazetteer) -> None:
    found = Sentences(
        gazetteer,
        "Vice Governor of Japan's Shizuoka prefecture Aoki Haruto signed the memorandum. "
        "Governor Aoki later visited the Da Nang Hi-tech Park.",
    )
    index = index_over(found, 1)
    (start, end), _ = found.sentences[1]
    assert [(p.name, p.partner) for p in index.named_in(found.text, start, end)] == [
        ("Aoki Haruto", found.key("Shizuoka"))
    ]


def test_index_leaves_a_shared_surname_alone(gazetteer: Gazetteer) -> None:
    found = Sentences(
        gazetteer,
        "Quang Ninh leaders received a delegation from Incheon led by Vice Mayor Kim Jong-hoon. "
        "Busan Mayor Kim Sung-ho joined them. "
        "Kim said the two cities want to open trade offices in Ha Long.",
    )
    index = index_over(found, 2)
    (start, end), _ = found.sentences[2]
    assert index.named_in(found.text, start, end) == []


def test_index_does_not_read_a_surname_inside_another_name(gazetteer: Gazetteer) -> None:
    found = Sentences(
        gazetteer,
        "Busan Mayor Kim Sung-ho attended. Ông Nguyễn Thị Kim Loan cho biết thành phố sẽ cử đoàn sang Busan.",
    )
    index = index_over(found, 1)
    (start, end), _ = found.sentences[1]
    assert index.named_in(found.text, start, end) == []


def test_index_keeps_a_partner_learnt_earlier() -> None:
    index = PeopleIndex()
    index.add([PersonMention(0, 13, "Ogata Kenichi", "Thống đốc tỉnh Fukuoka", "geonames:1863967")])
    index.add([PersonMention(40, 53, "Ogata Kenichi", "Thống đốc", None)])
    text = "Thống đốc Ogata cho biết."
    assert [(p.name, p.partner) for p in index.named_in(text, 0, len(text))] == [("Ogata Kenichi", "geonames:1863967")]


# ---- properties ---------------------------------------------------------------------------------------

_FRAGMENTS = st.sampled_from(
    [
        "Chairman of the ",
        "Mayor ",
        "Vice Governor ",
        "Thống đốc ",
        "Chủ tịch UBND tỉnh ",
        "ông ",
        ", ",
        " - ",
        "Hai Phong People's Committee ",
        "Busan ",
        "Nguyen Van Tung ",
        "Kim Jong-hoon",
        "O'Connell ",
        "Đào Văn Tuấn",
        "led by ",
        "delegation from ",
        " of ",
        "(Nhật Bản)",
        ".",
        "\n",
        "said ",
        "Lăng Chủ tịch Hồ Chí Minh",
    ]
)


def check_people(text: str, start: int, end: int, people: list[PersonMention]) -> None:
    previous_end = start
    for person in people:
        assert start <= person.start < person.end <= end
        assert person.name == text[person.start : person.end]
        assert person.start >= previous_end  # sorted and without overlaps
        previous_end = person.end


@given(st.text(max_size=300), st.integers(0, 300), st.integers(0, 300))
def test_find_people_never_raises_on_any_text(text: str, a: int, b: int) -> None:
    start, end = sorted((min(a, len(text)), min(b, len(text))))
    check_people(text, start, end, find_people(text, start, end, []))


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(_FRAGMENTS, max_size=25))
def test_find_people_on_title_like_text(gazetteer: Gazetteer, fragments: list[str]) -> None:
    found = Sentences(gazetteer, "".join(fragments) or "x")
    for (start, end), mentions in found.sentences:
        people = find_people(found.text, start, end, mentions)
        check_people(found.text, start, end, people)
        index = PeopleIndex()
        index.add(people)
        check_spans = index.named_in(found.text, start, end)
        assert all(start <= p.start < p.end <= end for p in check_spans)
