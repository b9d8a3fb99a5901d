"""Person names that are also place names: each rule with the kind of sentence that motivated it.

Japanese and Western surnames are often places too (Okayama, Yamaguchi, Mendoza, Austin, Keller).
The sentences are written for these tests; each test names the rule it pins down, and the negative
tests keep the same names where they are places.
"""

from __future__ import annotations

import pytest

from citylinks.article import make_document
from citylinks.extraction.mentions import MentionFinder
from citylinks.extraction.noise import body_spans
from citylinks.extraction.parser import extract_records
from citylinks.extraction.sentences import sentence_spans
from citylinks.gazetteer import Gazetteer
from citylinks.models import Partner


def partner_names(text: str) -> set[str]:
    """The names of the partners the extractor reports for ``text``."""
    document, _ = make_document(text, path="test.txt")
    return {r.name for r in extract_records(document) if isinstance(r, Partner)}


def places_kept(text: str) -> list[str]:
    """Every place mention the extractor keeps, sentence by sentence, as written in the text."""
    document, _ = make_document(text, path="test.txt")
    spans = body_spans(document.text)
    finder = MentionFinder(Gazetteer.load(), document.text, spans, document.language)
    return [
        mention.surface
        for sentence in sentence_spans(document.text, spans)
        for mention in finder.in_sentence(*sentence)
        if mention.place is not None
    ]


# ---- a title or honorific, a given name, then the surname ---------------------------------


@pytest.mark.parametrize(
    ("text", "surname"),
    [
        (
            " date 2024-05-03 Da Nang and Osaka\nVice Governor Hiroshi Okayama met the Da Nang delegation.\n",
            "Okayama",
        ),
        (
            (
                " date 2024-05-03 Can Tho and Osaka\n"
                "Osaka Vice Governor Hiroshi Okayama held talks with leaders of Can Tho on Monday.\n"
            ),
            "Okayama",
        ),
        (
            (
                " date 2024-05-03 Hue and Shimane\n"
                "Governor of Japan's Shimane prefecture Taro Yamaguchi on Friday signed a memorandum of "
                "understanding with Hue.\n"
            ),
            "Yamaguchi",
        ),
        (
            (
                " date 2024-05-03 Can Tho and Seattle\n"
                "Deputy Mayor for Trade and Tourism Michael Austin signed a memorandum of understanding with Can Tho "
                "on behalf of Seattle.\n"
            ),
            "Austin",
        ),
        (
            (
                " date 2024-05-03 Hanoi and Bremen\n"
                "Chairman of the Bremen City Council Rafael Mendoza held talks with Hanoi leaders on Monday.\n"
            ),
            "Mendoza",
        ),
        (
            (
                " date 2024-05-03 Huế và Berlin\nChiều 3/5, Chủ tịch UBND thành phố Huế đã tiếp bà Martina Keller, "
                "đại diện bang Berlin.\nBuổi tiếp bà Martina Keller diễn ra tại trụ sở UBND.\n"
            ),
            "Keller",  # named twice: a small town named once is dropped anyway
        ),
        (
            (
                " date 2024-05-03 Huế và Berlin\nSáng 3/5, lãnh đạo Huế đã tiếp Quốc vụ khanh Martina Keller "
                "của bang Berlin.\nQuốc vụ khanh Martina Keller đã thăm Đại Nội.\n"
            ),
            "Keller",
        ),
    ],
    ids=["title", "place-title", "title-of-office", "title-for-office", "chairman-of-council", "ba", "vi-title"],
)
def test_surname_after_a_titled_given_name_is_a_person(text, surname):
    # "Vice Governor Hiroshi Okayama", "Deputy Mayor for Trade and Tourism Michael Austin", "tiếp bà Martina Keller":
    # a capitalised given name after a title (or a title with its office) makes the place that follows a surname.
    assert surname not in places_kept(text)
    assert surname not in partner_names(text)


def test_mr_or_ms_before_a_place_name_is_a_person():
    # "Ms Austin": a place is never addressed as Mr or Ms.
    text = " date 2024-05-03 Hue and Seattle\nMs. Austin signed a memorandum of understanding with Hue for Seattle.\n"
    assert "Austin" not in places_kept(text)


# ---- surname first after a Vietnamese title ------------------------------------------------


def test_japanese_name_in_its_own_order_after_a_vietnamese_title_is_a_person():
    # "Phó Thống đốc Yamagata Kenji": the family name, then one given name, after the title.
    text = (
        " date 2024-05-03 Đà Nẵng và Shizuoka\n"
        "Sáng 3/5, Phó Thống đốc Yamagata Kenji đã ký biên bản ghi nhớ hợp tác với Đà Nẵng.\n"
    )
    assert "Yamagata" not in places_kept(text)
    assert "Yamagata" not in partner_names(text)


# ---- a name once given to a person, then speaking or addressed -----------------------------


def test_a_persons_surname_speaking_later_is_still_the_person():
    # "Okayama said ..." after "Vice Governor Hiroshi Okayama": the same person, not the prefecture.
    text = (
        " date 2024-05-03 Can Tho and Osaka\n"
        "Can Tho leaders received an Osaka delegation led by Vice Governor Hiroshi Okayama on Monday.\n"
        "Okayama said Osaka wants to welcome more engineers from Can Tho.\n"
        "Okayama also stressed the role of vocational schools.\n"
    )
    assert "Okayama" not in places_kept(text)
    assert "Okayama" not in partner_names(text)


def test_a_persons_surname_proposing_later_is_still_the_person():
    # "Austin proposed that the two cities sign ..." after "Deputy Mayor Michael Austin".
    text = (
        " date 2024-05-03 Can Tho and Seattle\n"
        "The Seattle delegation included Deputy Mayor Michael Austin.\n"
        "Austin proposed that Can Tho and Seattle sign a memorandum of understanding on education.\n"
    )
    assert "Austin" not in places_kept(text)
    assert "Austin" not in partner_names(text)


def test_a_persons_surname_in_vietnamese_after_an_honorific_is_still_the_person():
    # "Bà Keller cho biết ..." after "tiếp bà Martina Keller".
    text = (
        " date 2024-05-03 Huế và Berlin\n"
        "Chiều 3/5, Chủ tịch UBND thành phố Huế đã tiếp bà Martina Keller, đại diện bang Berlin.\n"
        "Bà Keller cho biết Berlin mong muốn hợp tác với Huế về giáo dục.\n"
    )
    assert "Keller" not in places_kept(text)


def test_a_name_never_given_to_a_person_stays_a_place_when_it_speaks():
    # "Austin said ..." with no person called Austin before: the city speaking through its government.
    text = (
        " date 2024-05-03 Can Tho and Austin\n"
        "Austin said it would sign a memorandum of understanding with Can Tho on education next year.\n"
    )
    assert "Austin" in places_kept(text)


def test_a_persons_surname_stays_a_place_where_it_does_not_speak():
    # The person is remembered only as the subject of a speech verb or after an honorific.
    text = (
        " date 2024-05-03 Can Tho and Austin\n"
        "The delegation included Deputy Mayor Michael Austin.\n"
        "Can Tho and Austin signed a memorandum of understanding on education.\n"
    )
    assert places_kept(text).count("Austin") == 2  # the headline and the signing
    assert "Austin" in partner_names(text)


# ---- real places with the same names --------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "place"),
    [
        (
            (
                " date 2024-05-03 Da Nang and Okayama\n"
                "The Governor of Okayama Prefecture received the Da Nang delegation on Monday.\n"
            ),
            "Okayama",
        ),
        (
            (
                " date 2024-05-03 Da Nang and Okayama\n"
                "Okayama and Da Nang signed a memorandum of understanding on tourism.\n"
            ),
            "Okayama",
        ),
        (" date 2024-05-03 Hue and Austin\nThe mayor of Austin visited Hue on Monday.\n", "Austin"),
        (" date 2024-05-03 Hue and Yamaguchi\nHue received a delegation from Yamaguchi on Monday.\n", "Yamaguchi"),
        (
            " date 2024-05-03 Hue and Yamaguchi\nYamaguchi Prefecture and Hue signed a cooperation agreement.\n",
            "Yamaguchi",
        ),
        (" date 2024-05-03 Huế và Yamagata\nThống đốc tỉnh Yamagata đã tiếp đoàn Huế.\n", "Yamagata"),
        (
            " date 2024-05-03 Can Tho and Mendoza\nThe delegation of Can Tho visited Mendoza, Argentina on Monday.\n",
            "Mendoza",
        ),
        # a place before a full name after a Vietnamese title is the mayor's city
        (" date 2024-05-03 Hà Nội và Paris\nThị trưởng Paris Anne Hidalgo đã tiếp đoàn Hà Nội.\n", "Paris"),
        # a country's possessive is not a given name
        (
            (
                " date 2024-05-03 Hue and Kanagawa\n"
                "Hue leaders held talks with Vice Governor of Japan's Kanagawa Prefecture Takeshi Ogura on Monday.\n"
            ),
            "Kanagawa",
        ),
    ],
    ids=[
        "governor-of-prefecture",
        "signing-parties",
        "mayor-of",
        "delegation-from",
        "prefecture",
        "thong-doc-tinh",
        "city-country",
        "vi-title-place-full-name",
        "possessive",
    ],
)
def test_places_with_the_same_names_stay_places(text, place):
    assert place in places_kept(text)
    assert place in partner_names(text)


def test_a_league_before_a_city_is_not_a_title_with_given_names():
    # "Premier League Liverpool": a title word in the run before a place needs given names after it.
    text = " date 2024-05-03 Hue and Liverpool\nThe English Premier League Liverpool club visited Hue.\n"
    assert "Liverpool" in places_kept(text)


def test_every_name_after_a_vietnamese_honorific_is_the_persons():
    text = (
        " date 2025-03-26 Hà Nội và La Habana hội đàm\n"
        "Sáng 25/3, tại trụ sở Tỉnh ủy La Habana, Bí thư Thành ủy Hà Nội đã hội đàm với đồng chí Yanet Morales Pérez, "
        "Bí thư thứ nhất Tỉnh ủy La Habana. Tham dự có đồng chí Rafael Suárez Lima, Chủ tịch Chính quyền tỉnh La "
        "Habana.\n"
    )
    kept = places_kept(text)
    assert not {"Morales", "Pérez", "Suárez", "Lima"} & set(kept)
    assert "Hà Nội" in kept


def test_the_last_title_of_a_long_office_introduces_the_name():
    text = (
        " date 2025-02-12 Daegu and Atlanta\n"
        "Also attending the video conference were Director General Kim Seo-yeon of Daegu's Future Mobility Bureau and "
        "Atlanta's Chief Innovation Officer Samuel Raleigh.\n"
        "Chief Innovation Officer Samuel Raleigh said Atlanta would share its data.\n"
    )
    assert "Raleigh" not in places_kept(text)


def test_a_place_name_right_after_a_vietnamese_honorific_is_a_persons_name():
    text = (
        " date 2025-01-10 Kiên Giang và Kampot tổng kết hợp tác\n"
        "Báo cáo tại hội nghị, ông Lâm Hà Tiên - Phó Giám đốc Sở Ngoại vụ cho biết, thỏa thuận hợp tác giữa tỉnh Kiên "
        "Giang và tỉnh Kampot được ký kết vào tháng 1/2020.\n"
    )
    kept = places_kept(text)
    assert not any(name.startswith("Lâm Hà") or name == "Hà Tiên" for name in kept)
    assert "Kampot" in kept
