"""Unit tests for the extraction patterns, each with the kind of sentence that motivated it.

The sentences are written for these tests (not copied from any article); each
test names the pattern it pins down.
"""

from __future__ import annotations

import pytest

from citylinks.article import make_document
from citylinks.extraction.dates import find_dates, latest_stated_date
from citylinks.extraction.noise import body_spans
from citylinks.extraction.organizations import find_organizations
from citylinks.extraction.parser import extract_records
from citylinks.extraction.sentences import sentence_spans
from citylinks.extraction.triggers import find_event_triggers, is_intended
from citylinks.models import Agreement, Event, PartialDate, Partner


def records(text: str):
    document, _ = make_document(text, path="test.txt")
    found = list(extract_records(document))
    partners = {r.id: r for r in found if isinstance(r, Partner)}
    events = [r for r in found if isinstance(r, Event)]
    agreements = [r for r in found if isinstance(r, Agreement)]
    return partners, events, agreements


def names(partners, ids):
    return {partners[i].name for i in ids}


# ---- dates ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The mayors met on March 8 in the city hall.", "2024-03-08"),  # English month-day
        ("Sáng 12/3, lãnh đạo tỉnh đã tiếp đoàn.", "2024-03-12"),  # Vietnamese part of day + d/m
        ("The charter was renewed on 4 October 2019.", "2019-10-04"),  # day month year
        ("Ngày 11/7/2017, hai bên ký kết.", "2017-07-11"),  # full Vietnamese date
        ("Họ gặp nhau vào tháng 11 năm 2023.", "2023-11"),  # month and year only
    ],
)
def test_dates_resolve_against_the_publication_date(sentence, expected):
    found = find_dates(sentence, 0, len(sentence), PartialDate(2024, 3, 20))
    assert found and found[0].date is not None and found[0].date.isoformat() == expected


def test_a_day_after_publication_belongs_to_the_previous_year():
    # "on December 28" in an article of 5 January is last December.
    sentence = "The delegation arrived on December 28."
    (found,) = find_dates(sentence, 0, len(sentence), PartialDate(2024, 1, 5))
    assert found.date == PartialDate(2023, 12, 28)


def test_weekday_is_the_most_recent_such_day():
    sentence = "The two mayors held talks on Monday."
    (found,) = find_dates(sentence, 0, len(sentence), PartialDate(2024, 3, 20))  # a Wednesday
    assert found.date == PartialDate(2024, 3, 18)


def test_same_day_is_relative_and_years_are_only_years():
    sentence = "Earlier the same day, the governor visited the port built in 1923."
    found = find_dates(sentence, 0, len(sentence), PartialDate(2024, 3, 20))
    assert [m.relation for m in found] == ["same_day", "year"]


def test_no_year_without_a_reference_gives_no_date():
    sentence = "Ngày 9/6, hội nghị diễn ra."
    (found,) = find_dates(sentence, 0, len(sentence), None)
    assert found.date is None


def test_latest_stated_date_stands_in_for_a_missing_publication_date():
    text = "The twinning began (12/5/1990-12/5/2020) and was renewed."
    assert latest_stated_date(text, [(0, len(text))]) == PartialDate(2020, 5, 12)


# ---- noise ------------------------------------------------------------------


def test_teaser_headline_printed_twice_and_its_blurb_are_noise():
    text = (
        "Trang chủ Thời sự Thế giới\n"
        "Đà Nẵng tiếp đoàn Sakai\n"
        "Lào Cai mở cửa khẩu mới Lào Cai mở cửa khẩu mới\n"
        "Ngày 3/4, tỉnh Lào Cai đã tiếp đoàn Vân Nam.\n"
        "Chiều 5/4, Đà Nẵng đã tiếp đoàn thành phố Sakai.\n"
        "Tin bài liên quan\n"
        "Hải Phòng ký kết với Quảng Tây\n"
    )
    kept = " ".join(text[a:b] for a, b in body_spans(text))
    assert "Sakai" in kept
    assert "Vân Nam" not in kept and "Quảng Tây" not in kept and "Trang chủ" not in kept


def test_inline_bracketed_related_link_is_cut_from_the_paragraph():
    text = "Hai bên đã hội đàm. [Hà Nội và Seoul tăng cường hợp tác du lịch] Sau đó đoàn thăm cảng."
    kept = "".join(text[a:b] for a, b in body_spans(text))
    assert "Seoul" not in kept and "Sau đó" in kept


def test_sentences_do_not_split_after_abbreviations():
    text = "Leaders of St. Petersburg met Dr. Lee. Then they left."
    spans = sentence_spans(text, [(0, len(text))])
    assert [text[a:b] for a, b in spans] == ["Leaders of St. Petersburg met Dr. Lee.", "Then they left."]


# ---- organisations -------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # two agencies joined by "and" are two organisations
        (
            "a deal between the Busan Port Authority and the Haiphong Department of Transport was",
            {"Busan Port Authority", "Haiphong Department of Transport"},
        ),
        # an acronym in parentheses belongs to the name before it
        ("the Urban Planning Institute (UPI) joined", {"Urban Planning Institute"}),
        # a legal suffix stays with the company
        ("the Kyushu Rail Group Co., Ltd signed", {"Kyushu Rail Group Co., Ltd"}),
        # a person's name after the body is not part of it
        ("Chairman of the Seoul Tourism Foundation Kim Min Ho said", {"Seoul Tourism Foundation"}),
    ],
)
def test_organisation_names(sentence, expected):
    assert {o.name for o in find_organizations(sentence, 0, len(sentence))} == expected


# ---- triggers ---------------------------------------------------------------


def test_intention_words_turn_a_trigger_into_a_plan():
    sentence = "The mayor hopes the two cities will sign an agreement and visit each other."
    triggers = find_event_triggers(sentence, 0, len(sentence))
    assert not [t for t in triggers if t.kind in ("signing", "visit") and not is_intended(sentence, 0, t.start)]


def test_tiep_tuc_is_not_a_reception():
    sentence = "Hai bên sẽ tiếp tục hợp tác và tiếp cận thị trường."
    assert not [t for t in find_event_triggers(sentence, 0, len(sentence)) if t.kind == "reception"]


# ---- whole documents ---------------------------------------------------------


def test_teleconference_with_a_date_and_an_mou_between_agencies():
    partners, events, agreements = records(
        " date 2024-04-12 Da Nang and Yokohama hold online talks\n"
        "Leaders of Da Nang and Yokohama held a videoconference on April 10 to review their cooperation.\n"
        "During the videoconference, the Da Nang Department of Tourism and the Yokohama Convention Bureau signed "
        "a memorandum of understanding on tourism promotion.\n"
    )
    tele = [e for e in events if e.kind == "teleconference"]
    assert tele and tele[0].date == PartialDate(2024, 4, 10)
    assert {"Da Nang", "Yokohama"} <= names(partners, tele[0].partners)
    (mou,) = [a for a in agreements if a.kind == "mou"]
    assert mou.status == "signed" and mou.date == PartialDate(2024)
    assert names(partners, mou.partners) == {"Da Nang Department of Tourism", "Yokohama Convention Bureau"}


def test_twin_relation_age_gives_a_computed_start_year():
    _, _, agreements = records(
        " date 2022-06-01 Hue and Blois mark their ties\n"
        "Hue and Blois celebrated their 25-year twin relations with a cultural week.\n"
    )
    (twinning,) = [a for a in agreements if a.kind == "twinning"]
    assert twinning.status == "existing" and twinning.date == PartialDate(1997) and twinning.date_computed


def test_no_date_line_leaves_a_computed_year_empty():
    _, _, agreements = records(
        "Hue and Blois celebrate their ties\n"
        "Hue and Blois celebrated their 25-year twin relations with a cultural week.\n"
    )
    (twinning,) = [a for a in agreements if a.kind == "twinning"]
    assert twinning.date is None


def test_vietnamese_reception_and_person_names_are_not_places():
    partners, events, _ = records(
        " date 2024-05-03 Hải Phòng tiếp đoàn tỉnh Quảng Tây\n"
        "Chiều 2/5, ông Lê Văn Vinh, Chủ tịch UBND thành phố Hải Phòng đã tiếp đoàn đại biểu tỉnh Quảng Tây.\n"
    )
    (reception,) = [e for e in events if e.kind == "reception"]
    assert reception.date == PartialDate(2024, 5, 2)
    assert (
        names(partners, reception.partners) == {"Haiphong", "Guangxi"}
        or {"Hai Phong", "Guangxi"} <= names(partners, reception.partners)
        or len(reception.partners) == 2
    )
    assert not any(p.name == "Vinh" for p in partners.values())


def test_history_and_targets_are_not_events():
    _, events, _ = records(
        " date 2024-01-15 Osaka and Ho Chi Minh City\n"
        "Osaka first received a delegation from Ho Chi Minh City in 1998.\n"
        "The new metro line will be completed by 2035, and the mayors will visit each other next year.\n"
    )
    assert events == []


def test_proposed_agreement():
    _, _, agreements = records(
        " date 2024-02-02 Can Tho and Seattle\n"
        "Can Tho wishes to sign a memorandum of understanding with Seattle on education.\n"
    )
    (mou,) = agreements
    assert mou.status == "proposed"


# ---- patterns added while scoring the development and own corpora ------------------


def test_the_pages_own_headline_printed_twice_keeps_the_lead():
    # A scraped page prints its own headline twice on one line, then the lead: the lead is the article.
    text = (
        "Trang chủ Chính trị Thời sự\n"
        "Huế và Kyoto trao đổi kinh nghiệm bảo tồn\n"
        "09:15 | 13/06/2024 GMT+7\n"
        "Huế và Kyoto trao đổi kinh nghiệm bảo tồn Huế và Kyoto trao đổi kinh nghiệm bảo tồn\n"
        "Chiều 12/6, lãnh đạo thành phố Huế đã làm việc với đoàn thành phố Kyoto.\n"
    )
    kept = " ".join(text[a:b] for a, b in body_spans(text))
    assert "Chiều 12/6" in kept


def test_tiep_before_a_capitalised_title_is_a_reception():
    # "tiếp thị" (marketing) is not a reception, "tiếp Thị trưởng" (received the Mayor) is.
    sentence = "Sáng 15/2, Chủ tịch UBND tỉnh đã tiếp Thị trưởng thành phố Brno."
    assert [t.kind for t in find_event_triggers(sentence, 0, len(sentence)) if t.strong] == ["reception"]


def test_talks_spoken_of_in_the_plural_are_not_reported():
    # "các cuộc hội đàm, hội kiến" refers to talks held elsewhere, not to this story's event.
    sentence = "Ông bày tỏ vui mừng về kết quả của các cuộc hội đàm, hội kiến giữa lãnh đạo hai nước."
    assert not [t for t in find_event_triggers(sentence, 0, len(sentence)) if t.strong]


def test_passive_reception_is_a_description_of_the_visit():
    # "The delegation was received by ..." describes the working visit already reported, unless the sentence gives
    # it a day of its own (tests/test_extraction_days.py): the trigger is a reception, the parser decides.
    sentence = "The delegation was received by the Chairman of the Provincial Assembly."
    assert [t.kind for t in find_event_triggers(sentence, 0, len(sentence))] == ["reception"]
    _, events, _ = records(
        " date 2025-03-14 Nghe An delegation in Gyeonggi\n"
        "On March 12, a delegation of Nghe An province worked with leaders of Gyeonggi province.\n\n" + sentence + "\n"
    )
    assert [event.kind for event in events] == ["working_session"]


def test_vietnamese_conference_noun_needs_a_verb():
    # "Tại hội thảo, ..." names the seminar; "hội thảo ... đã được tổ chức" reports it.
    named = "Tại hội thảo, các doanh nghiệp đã phát biểu."
    held = "Vào ngày 17, một hội thảo đầu tư đã được tổ chức tại Suwon."
    assert not [t for t in find_event_triggers(named, 0, len(named)) if t.kind == "conference" and t.strong]
    assert [t for t in find_event_triggers(held, 0, len(held)) if t.kind == "conference" and t.strong]


def test_stated_start_year_wins_over_an_anniversary_count():
    # "30th anniversary of the twinning signed in 1994": the stated year, not 2024 - 30 computed from another year.
    _, _, agreements = records(
        " date 2024-03-14 Hue and Blois\n"
        "Hue and Blois celebrate the 30th anniversary of the twinning agreement "
        "between the two cities signed in 1994.\n"
    )
    (twinning,) = [a for a in agreements if a.kind == "twinning"]
    assert twinning.date == PartialDate(1994) and not twinning.date_computed


def test_family_name_right_after_a_city_is_a_person():
    # "Thị trưởng thành phố Fukuoka Takashima Kenji": Takashima is the mayor, not a second city.
    partners, _, _ = records(
        "Fukuoka và Hà Nội giao lưu\n"
        "Bên lề lễ hội, Thị trưởng thành phố Fukuoka Takashima Kenji đã gặp đoàn Hà Nội.\n"
        "Fukuoka và Hà Nội thiết lập quan hệ hữu nghị hợp tác từ năm 2008.\n"
    )
    assert not any(p.name == "Takashima" for p in partners.values())


def test_agencies_joined_by_and_the():
    # "Department of Industry and Trade and the Primorsky Krai Agency": the split is before "the".
    sentence = (
        "an MoU between the Khanh Hoa Department of Industry and Trade "
        "and the Primorsky Krai Agency for Investment was signed"
    )
    found = {o.name for o in find_organizations(sentence, 0, len(sentence))}
    assert "Khanh Hoa Department of Industry and Trade" in found


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # "the Sacramento City Unified School District and the Matsuyama City Board of Education signed a letter of
        # intent": a name of capitalised words before "and the" another body
        (
            "Later that day, the Tampere City School District and the Hue Department of Education signed a letter.",
            {"Tampere City School District", "Hue Department of Education"},
        ),
        # "Duisburger Hafen AG and the Wuhan Port and Shipping Group signed a letter of intent": a German company
        (
            "Tampere Hafen AG and the Hue Port and Shipping Group signed a letter of intent.",
            {"Tampere Hafen AG", "Hue Port and Shipping Group"},
        ),
    ],
)
def test_bodies_joined_by_and_the_without_a_head_noun_on_the_left(sentence, expected):
    assert {o.name for o in find_organizations(sentence, 0, len(sentence))} == expected


def test_a_supervisors_post_before_the_board_is_no_part_of_its_name():
    # "... led by Supervisor Michael Tran of the San Francisco Board of Supervisors, on November 15, ..."
    sentence = "a delegation led by Supervisor Anna Cole of the Tampere Board of Supervisors visited Hue."
    assert [o.name for o in find_organizations(sentence, 0, len(sentence))] == ["Tampere Board of Supervisors"]


def test_the_region_itself_before_and_the_is_no_part_of_a_bodys_name():
    # "the Franco-Acadian Economic Forum in Poitiers, organised by the Region and the New Brunswick Department of
    # Economic Development"
    sentence = "the forum, organised by the Region and the Tampere Department of Economic Development, drew 80 firms."
    assert [o.name for o in find_organizations(sentence, 0, len(sentence))] == [
        "Tampere Department of Economic Development"
    ]
