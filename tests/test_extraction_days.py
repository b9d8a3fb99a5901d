"""Unit tests for the days of a trip: "the following day", a trip's stretch of days beside the day told, and a
reception told from the guests' side ("the delegation was received by ...").

Each test quotes the kind of sentence that motivated it; the texts are written for these tests.
"""

from __future__ import annotations

import pytest

from citylinks.article import read_header
from citylinks.extraction.dates import find_dates
from citylinks.models import PartialDate
from test_extraction import names, records

FRIDAY = PartialDate(2025, 3, 14)


@pytest.mark.parametrize(
    "sentence",
    [
        # "The following day, the delegation visited Kazan Federal University, one of Russia's oldest universities."
        "The following day, the delegation visited Seattle University.",
        "The next day, the guests toured the port.",
        "Ngày hôm sau, đoàn đến thăm Trường Đại học Huế.",
    ],
)
def test_the_following_day_is_the_day_after(sentence):
    (found,) = find_dates(sentence, 0, len(sentence), FRIDAY)
    assert found.relation == "next_day"


def test_the_following_day_dates_the_visit_after_the_session():
    _, events, _ = records(
        " date 2025-03-14 Hue delegation in Seattle\n"
        "On Tuesday, a Hue delegation held a working session with Seattle city officials.\n\n"
        "The following day, the delegation visited the University of Washington in Seattle.\n"
    )
    dates = {event.kind: event.date for event in events}
    assert dates["working_session"] == PartialDate(2025, 3, 11)
    assert PartialDate(2025, 3, 12) in {event.date for event in events if event.kind != "working_session"}


def test_a_trip_of_several_days_gives_way_to_the_day_told():
    # "Trong chuyến công tác tại tỉnh Vân Nam từ ngày 16 đến 21/5, ngày 18/5, đoàn công tác tỉnh Lâm Đồng ... đã có
    # buổi làm việc với Sở Nông nghiệp và Nông thôn tỉnh Vân Nam"
    sentence = "Trong chuyến công tác từ ngày 10 đến 14/3, ngày 12/3, đoàn đã có buổi làm việc với tỉnh Vân Nam."
    first, second = find_dates(sentence, 0, len(sentence), FRIDAY)
    # the stretch of days is told to its month ("Trong chuyến thăm ... từ ngày 14 đến 16/1, ... đã hội đàm")
    assert first.several_days and first.date == PartialDate(2025, 3)
    assert not second.several_days
    _, events, _ = records(
        " date 2025-03-14 Lào Cai - Vân Nam\n"
        "Trong chuyến công tác tại tỉnh Vân Nam từ ngày 10 đến 14/3, ngày 12/3, đoàn công tác tỉnh Lào Cai đã có "
        "buổi làm việc với Chính quyền nhân dân tỉnh Vân Nam.\n"
    )
    (session,) = [event for event in events if event.kind == "working_session"]
    assert session.date == PartialDate(2025, 3, 12)


def test_a_delegation_received_on_a_day_of_its_own_is_a_reception():
    # "On Monday, the delegation was received by Chairman of the State Council of the Republic of Tatarstan Rustam
    # Gabdullin in the republic's capital Kazan."
    partners, events, _ = records(
        " date 2025-03-14 Nghe An delegation in Tatarstan\n"
        "A delegation of Nghe An province is on a working trip to Tatarstan.\n\n"
        "On Monday, the delegation was received by the head of Tatarstan in Kazan.\n"
    )
    (reception,) = [event for event in events if event.kind == "reception"]
    assert reception.date == PartialDate(2025, 3, 10)
    assert "Tatarstan" in names(partners, reception.partners)


def test_a_delegation_received_without_a_day_is_the_visit_told():
    # "On May 23, the working delegation ... visited and worked with leaders of Gyeonggi Province ... The delegation
    # was received by Mr. ... - Chairman of the Gyeonggido Assembly"
    _, events, _ = records(
        " date 2025-03-14 Nghe An delegation in Gyeonggi\n"
        "On March 12, a delegation of Nghe An province worked with leaders of Gyeonggi province.\n\n"
        "The delegation was received by the chairman of the Gyeonggi assembly and other members.\n"
    )
    assert [event.kind for event in events] == ["working_session"]


def test_an_invitation_to_a_festival_to_come_is_no_event():
    # "The Siem Reap governor accepted an invitation to attend the Quang Nam Heritage Festival, which is scheduled to
    # take place in June."
    _, events, _ = records(
        " date 2025-03-14 Hue, Siem Reap\n"
        "On Thursday, Hue leaders held talks with a delegation from Siem Reap.\n\n"
        "The Siem Reap governor accepted an invitation to attend the Hue Festival, which is scheduled to take place "
        "in June.\n"
    )
    assert [event.kind for event in events] == ["talks"]


def test_a_dateline_day_is_when_the_story_was_filed():
    # "NANNING, Feb. 29 (GX News) -- The 2024 New Year meeting between Party secretaries of ... was held in Nanning on
    # Tuesday."
    _, events, _ = records(
        " date 2024-02-29 Guangxi, Lang Son leaders meet\n"
        "NANNING, Feb. 29 (GX News) -- The New Year meeting between the Party secretaries of Guangxi and Lang Son "
        "province was held in Nanning on Tuesday.\n"
    )
    (meeting,) = events
    assert meeting.kind == "meeting" and meeting.date == PartialDate(2024, 2, 27)


def test_a_ceremony_that_took_place_is_an_event():
    # "A ceremony marking 20 years of the sister-city relationship between ... Ba Ria-Vung Tau and the City of Perth,
    # Australia, took place in Vung Tau city on February 21."
    _, events, _ = records(
        " date 2025-03-14 Hue, Bordeaux mark 10 years of ties\n"
        "A ceremony marking ten years of the relationship between Hue and Bordeaux took place in Hue on March 12.\n"
    )
    assert [(event.kind, event.date) for event in events] == [("other", PartialDate(2025, 3, 12))]


def test_the_following_morning_counts_from_the_story_not_from_a_step_back():
    # "The previous evening, Zhao met with Nguyen Hong Son ... The following morning, the Vietnamese delegations
    # visited the China-ASEAN Information Harbor ..."
    _, events, _ = records(
        " date 2024-02-29 Guangxi, Lang Son leaders meet\n"
        "The New Year meeting between the leaders of Guangxi and Lang Son province was held in Nanning on Tuesday.\n\n"
        "The previous evening, the Guangxi leader met with the Lang Son delegation.\n\n"
        "The following morning, the Lang Son delegation visited Guangxi University.\n"
    )
    dates = sorted(event.date.isoformat() for event in events if event.date is not None)
    assert dates == ["2024-02-26", "2024-02-27", "2024-02-28"]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # "Sáng 6-11, tại trụ sở UBND thành phố, Phó Chủ tịch UBND thành phố ... đã tiếp xã giao đoàn công tác ..."
        ("Sáng 12-3, tại trụ sở UBND tỉnh, Chủ tịch UBND tỉnh đã tiếp đoàn.", PartialDate(2025, 3, 12)),
        # "(HNM) - Chiều 10-4, tại trụ sở Thành ủy Hà Nội, Bí thư Thành ủy ... đã hội kiến ..."
        ("(HNM) - Chiều 10-3, tại trụ sở Thành ủy, Bí thư đã hội kiến đoàn.", PartialDate(2025, 3, 10)),
        ("Theo chương trình, ngày 11-3, đoàn đi thăm cảng.", PartialDate(2025, 3, 11)),
        ("Sáng 6-11-2024, hai bên đã ký kết biên bản ghi nhớ.", PartialDate(2024, 11, 6)),
    ],
)
def test_a_day_and_month_joined_by_a_hyphen_after_a_time_of_day(sentence, expected):
    (found,) = find_dates(sentence, 0, len(sentence), FRIDAY)
    assert found.date == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "Kế hoạch hợp tác giai đoạn 2024-2025 được hai bên thống nhất.",
        "Đoàn sẽ làm việc trong 3-5 ngày tại tỉnh.",
        "Hai bên phấn đấu tăng kim ngạch thương mại trong 3-5 năm tới.",
    ],
)
def test_a_hyphen_between_numbers_is_no_date_without_a_time_of_day(sentence):
    assert [m for m in find_dates(sentence, 0, len(sentence), FRIDAY) if m.date is not None and m.date.day] == []


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # "Mayor Lisa Hartwell on Monday, May 8, welcomed a 22-member delegation from Matsuyama ..." under
        # "Publish date 05-10-2023 16:01": a US city's page writes the month first
        ("Mayor Anna Cole on Monday, May 8, welcomed a delegation from Hue.", PartialDate(2023, 5, 10)),
        # the days the text names fit the day-first reading, or it names none: day first
        ("Mayor Anna Cole on Wednesday, Oct. 4, welcomed a delegation from Hue.", PartialDate(2023, 10, 5)),
        ("Mayor Anna Cole on Monday welcomed a delegation from Hue.", PartialDate(2023, 10, 5)),
    ],
)
def test_a_time_stamp_reads_month_first_only_when_the_days_named_say_so(body, expected):
    header = read_header(f"Home | News\nPublish date 05-10-2023 16:01\nDelegation from Hue visits\n{body}\n")
    assert header.published == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # "... announced that the Governor met a delegation from Hainan Province ... at the provincial government
        # building on the 16th and agreed to expand cooperation"
        ("The Governor met a delegation from Hue at the provincial building on the 12th and agreed to cooperate.", 12),
        ("The mayor marked the 30th anniversary of the ties on the 5th floor of City Hall.", None),
    ],
)
def test_the_day_of_the_month_a_release_names(sentence, expected):
    days = [m.date.day for m in find_dates(sentence, 0, len(sentence), FRIDAY) if m.date is not None]
    assert days == ([expected] if expected else [])


def test_a_time_stamp_under_a_long_menu_dates_the_page():
    items = ("Skip to content", "Province of Hue", "KOR | ENG", "Government", "Governor", "Life", "Tourism")
    menu = "".join(f"{item}\n" for item in (*items, "Investment", "News", "Home > News", ""))
    text = menu + "Hue welcomes a delegation\n\nPublish date 17-10-2023 16:01   Views 412\n\nThe Governor met ...\n"
    assert read_header(text).published == PartialDate(2023, 10, 17)


def test_a_visit_in_the_decade_a_relation_dates_to_is_history():
    # "The partnership between the two regions dates to the late 1980s, when a Bavarian government delegation visited
    # Jinan, the provincial capital, and signed the founding agreement."
    _, events, _ = records(
        " date 2025-03-14 Hue and Tampere\n"
        "The partnership between the two cities dates to the late 1980s, when a Tampere delegation visited Hue.\n"
    )
    assert events == []


def test_a_decade_an_exhibition_is_about_does_not_make_it_history():
    # "Earlier this week, the Ha Tinh Department of Culture ... co-organised a photo exhibition in Nakhon Phanom on the
    # historical sites of President Ho Chi Minh's revolutionary activities in northeastern Thailand in the late 1920s"
    sentence = "The exhibition in Hue showed the city's wooden houses in the late 1920s, including several temples."
    assert find_dates(sentence, 0, len(sentence), FRIDAY) == []


def test_two_days_later_is_two_days_after_the_event_told():
    # "On June 19, the delegation held a working session in Eindhoven ... Two days later, the delegation arrived in
    # Brno and paid a courtesy call on Governor of the South Moravian Region Jan Horak."
    _, events, _ = records(
        " date 2025-03-14 Hue in Europe\n"
        "On March 10, a Hue delegation held a working session with officials of Tampere.\n\n"
        "Two days later, the delegation arrived in Brno and paid a courtesy call on the Governor of the South "
        "Moravian Region.\n"
    )
    assert {(e.kind, e.date.isoformat()) for e in events if e.date} >= {("reception", "2025-03-12")}


def test_the_two_leaders_later_in_the_paragraph_act_on_the_day_it_told():
    # "On Tuesday, Gov. Takada paid a courtesy call on Gov. Mercer at the Legislative Building ... Japan is
    # Washington's third-largest export market ... The two governors signed a joint statement reaffirming the
    # sister-state relationship ..."
    _, events, _ = records(
        " date 2025-03-14 Hue and Tampere\n"
        "The mayor of Tampere arrived in Hue on Monday for a three-day visit.\n\n"
        "The visit opened with a dinner hosted by the provincial leaders.\n\n"
        "Officials spoke of tourism and education during the dinner.\n\n"
        "On Tuesday, the mayor of Tampere paid a courtesy call on the chairman of Hue. Finland is a growing market for "
        "Hue's coffee exporters. The two leaders signed a joint statement reaffirming the sister-city relationship.\n"
    )
    assert ("signing", PartialDate(2025, 3, 11)) in {(e.kind, e.date) for e in events}


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # "The signing took place during a working visit to the province by a Shizuoka delegation ... from May 12 to 16"
        ("The signing took place during a working visit by a Tampere delegation from March 10 to 13.", (3, None)),
        # "The Premier's visit to Nouvelle-Aquitaine, from 12 to 15 June, began on 13 June with the ... Forum"
        ("The visit, from 10 to 13 March 2025, began with a forum.", (3, None)),
        # "On the delegation's first day in the province, the 12th, the Japanese guests held a working session ..."
        ("On the delegation's first day in the province, the 12th, the guests held a working session.", (3, 12)),
    ],
)
def test_a_stretch_of_days_and_a_day_in_apposition(sentence, expected):
    (found,) = find_dates(sentence, 0, len(sentence), FRIDAY)
    assert (found.date.month, found.date.day) == expected


def test_a_reference_to_an_event_by_its_kind_counts_from_that_event():
    # "... renewed the cooperation agreement ... [on 14 June] ... The Premier's visit ..., from 12 to 15 June, began on
    # 13 June with the Franco-Acadian Economic Forum in Poitiers ... On the occasion of the renewal, the Université de
    # Moncton and the Université de Poitiers also signed a student mobility agreement ... The following day, the
    # delegation visited the port of La Rochelle"
    _, events, _ = records(
        " date 2025-03-20 Hue and Tampere renew their agreement\n"
        "On 14 March 2025, in Hue, the mayor of Tampere and the chairman of Hue renewed the cooperation agreement "
        "between Tampere and Hue.\n\n"
        "The mayor's visit to Hue, from 12 to 15 March, began on 13 March with the Tampere-Hue Business Forum.\n\n"
        "On the occasion of the renewal, the two cities' tourism offices signed a memorandum of understanding.\n\n"
        "The following day after the signing, the Tampere delegation visited the port of Chan May.\n"
    )
    dated = {(e.kind, e.date.isoformat()) for e in events if e.date}
    assert ("conference", "2025-03-13") in dated
    assert ("field_trip", "2025-03-15") in dated
    assert ("signing", "2025-03-13") not in dated


def test_a_heading_with_a_day_dates_the_paragraph_under_it():
    # "2. Hai Phong (Tuesday, November 5)" / "The Governor and Mr. Nguyen Van Tung, Chairman of the Hai Phong People's
    # Committee, signed a Memorandum of Understanding ... In the afternoon, the delegation visited the factory of
    # Hokuriku Seimitsu Vietnam Co., Ltd., a subsidiary of a Takaoka-based precision parts maker"
    partners, events, _ = records(
        " date 2025-03-14 The mayor's visit to Vietnam (March 10-13, 2025)\n"
        "The mayor of Tampere led a delegation on a visit to Vietnam from March 10 to 13, 2025.\n\n"
        "1. Hanoi (Monday, March 10)\n"
        "The mayor of Tampere paid a courtesy call on the vice chairman of Hanoi.\n\n"
        "2. Hue (Tuesday, March 11)\n"
        "The mayor and the chairman of Hue signed a memorandum of understanding between Tampere and Hue. In the "
        "afternoon, the delegation visited the plant of a Oulu-based maker.\n\n"
        "Office of the Mayor | News release | March 14, 2025\n"
    )
    dated = {(e.kind, e.date.isoformat() if e.date else None) for e in events}
    assert {("reception", "2025-03-10"), ("signing", "2025-03-11")} <= dated
    assert "Oulu" not in {p.name for p in partners.values()}


@pytest.mark.parametrize(
    "sentence",
    [
        "Mayor Ann Lee and Plzen Mayor Petr Novak signed a sister-city agreement Thursday at City Hall.",
        "The two port authorities signed a memorandum of understanding Thursday, pledging to share data.",
    ],
)
def test_a_weekday_right_after_what_was_signed_is_the_signing_day(sentence):
    reference = PartialDate.parse("2023-10-13")  # a Friday
    found = find_dates(sentence, 0, len(sentence), reference)
    assert [str(mention.date) for mention in found] == ["2023-10-12"]


@pytest.mark.parametrize(
    "sentence",
    [
        # "Earlier in the day, the delegation met with the Eugene Water & Electric Board (EWEB) ..."
        "Earlier in the day, the delegation met with the Port of Seattle.",
        "Later in the day, the guests toured the port.",
    ],
)
def test_earlier_in_the_day_is_the_same_day(sentence):
    (found,) = find_dates(sentence, 0, len(sentence), FRIDAY)
    assert found.relation == "same_day"


def test_the_day_told_right_after_the_following_day_is_the_day():
    text = (
        " date 2025-04-18 Nghe An delegation wraps up trip to Korea\n"
        "On April 14, the delegation held talks with the Gangwon provincial government in Chuncheon.\n"
        "The following day, April 16, the delegation worked with the Gyeonggi Provincial Government in Suwon.\n"
    )
    _, events, _ = records(text)
    session = next(e for e in events if e.kind == "working_session")
    assert session.date == PartialDate(2025, 4, 16)
