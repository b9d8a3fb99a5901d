"""Unit tests for where the name of an agency or a company begins and ends.

Each test quotes the kind of sentence that motivated it (written for these tests, not copied
from any article): a wire dateline before the first body ("TACOMA, Wash. -- The Port of ..."),
a short month after the name ("on Nov. 12"), a country's possessive before a city's body
("South Korea's Ulsan Port Authority"), a head word in brackets before the legal suffix
("Ningbo Zhoushan Port (Group) Co., Ltd."), a Chinese city's "Municipal People's Government", a body
named again by its head word alone ("the Partnership"), a university named in French before an English
one, and a state's flag.
"""

from __future__ import annotations

import pytest

from citylinks.extraction.organizations import find_organizations
from test_extraction import names, records

OPENING = " date 2024-11-15 Ports sign pact\n"


@pytest.mark.parametrize(
    "sentence",
    [
        "TACOMA, Wash. -- The Northwest Seaport Authority signed a memorandum with a Korean port on Tuesday.",
        "ULSAN -- The Ulsan Economic Promotion Agency and the Alliance signed a memorandum on Tuesday.",
    ],
)
def test_a_double_dash_after_a_dateline_joins_no_name(sentence):
    found = [org.name for org in find_organizations(sentence, 0, len(sentence))]
    assert found[0] in ("Northwest Seaport Authority", "Ulsan Economic Promotion Agency")
    assert "--" not in found[0]


@pytest.mark.parametrize("month", ["Nov.", "Sept.", "Feb", "Dec."])
def test_a_short_month_after_a_body_is_the_date_not_the_name(month):
    sentence = f"The memorandum was signed with the Ulsan Port Authority on {month} 12 in Ulsan."
    found = [org.name for org in find_organizations(sentence, 0, len(sentence))]
    assert found == ["Ulsan Port Authority"]


def test_a_countrys_possessive_before_a_body_is_no_part_of_its_name():
    text = OPENING + (
        "The Northwest Seaport Alliance signed a memorandum of understanding with South Korea's Ulsan Port "
        "Authority on Tuesday in Ulsan.\n"
    )
    partners, _, (memorandum,) = records(text)
    assert "Ulsan Port Authority" in names(partners, memorandum.partners)
    assert not any(name.startswith("South Korea") for name in names(partners, memorandum.partners))


def test_a_head_word_in_brackets_before_the_legal_suffix_is_part_of_the_name():
    sentence = (
        "The Port Bureau of the City of Kobe and Ningbo Zhoushan Port (Group) Co., Ltd. (NZPG) signed a memorandum."
    )
    found = [org.name for org in find_organizations(sentence, 0, len(sentence))]
    assert found == ["Port Bureau of the City of Kobe", "Ningbo Zhoushan Port (Group) Co., Ltd"]


def test_a_municipal_peoples_government_is_its_city():
    text = OPENING + (
        "A delegation of the Tianjin Municipal People's Government held talks with Kobe Mayor Ken Ito on Tuesday.\n"
    )
    partners, (talks,), _ = records(text)
    assert names(partners, talks.partners) == {"Tianjin", "Kobe"}
    assert {p.name for p in partners.values()} == {"Tianjin", "Kobe"}


def test_a_body_named_again_by_its_head_word_alone_is_no_new_body():
    text = OPENING + (
        "The next day, the Greater Tacoma Partnership hosted a roundtable, after which the Partnership and the "
        "Kunming Municipal Bureau of Commerce signed a memorandum of understanding.\n"
    )
    partners, _, (memorandum,) = records(text)
    assert names(partners, memorandum.partners) == {
        "Greater Tacoma Partnership",
        "Kunming Municipal Bureau of Commerce",
    }
    assert "Partnership" not in {p.name for p in partners.values()}


def test_a_university_named_in_its_own_language_is_split_from_the_next_body():
    sentence = "On Monday, the Université de Nantes and Kunming University signed a letter of intent."
    found = [org.name for org in find_organizations(sentence, 0, len(sentence))]
    assert found == ["Université de Nantes", "Kunming University"]


def test_the_flag_of_a_state_is_no_party():
    text = OPENING + (
        "On Friday, the mayor of Boulder welcomed the students from Kurashiki, presenting each with a pin shaped "
        "like the Colorado flag.\n"
    )
    partners, (reception,), _ = records(text)
    assert names(partners, reception.partners) == {"Boulder", "Kurashiki"}
    assert "Colorado" not in {p.name for p in partners.values()}


def test_a_regions_ministry_is_a_body_of_that_region():
    text = OPENING + (
        "On Tuesday, the Phu Yen Department of Tourism and the Novosibirsk Region's Ministry of Economic "
        "Development signed a memorandum of understanding on tourism.\n"
    )
    partners, _, (memorandum,) = records(text)
    ministry = next(p for p in partners.values() if "Ministry" in p.name)
    assert ministry.parent == "iso3166-2:RU-NVS"
    assert ministry.id in memorandum.partners


def test_a_name_said_to_be_an_agency_right_after_it_is_a_body():
    sentence = (
        "Representatives of the Kobe city government and Bremen Invest, the city's business development agency, "
        "signed a memorandum."
    )
    found = [org.name for org in find_organizations(sentence, 0, len(sentence))]
    assert "Bremen Invest" in found


def test_the_body_a_memorandum_was_signed_at_is_no_party():
    text = OPENING + (
        "On Tuesday, representatives of the Kobe city government and Bremen Invest, the city's business "
        "development agency, signed a memorandum of understanding on hydrogen at the Bremen Chamber of Commerce.\n"
    )
    partners, _, (memorandum,) = records(text)
    assert "Bremen Invest" in names(partners, memorandum.partners)
    assert "Bremen Chamber of Commerce" not in {p.name for p in partners.values()}


def test_a_site_toured_that_the_sentence_names_as_a_side_stays_a_side():
    text = OPENING + (
        "On Tuesday, the delegation visited the Hue University of Medicine, where Tacoma's Evergreen Health System "
        "signed an agreement on nurse training with the university.\n"
    )
    partners, _, (agreement,) = records(text)
    assert names(partners, agreement.partners) == {"Hue University of Medicine", "Tacoma's Evergreen Health System"}


def test_a_body_named_with_the_adjective_of_a_state_the_article_names_is_that_states():
    text = (
        " date 2024-11-15 Hue and Australia's Victoria state sign education pact\n"
        "Hue – The Hue Department of Education and the Victorian Department of Education signed a cooperation "
        "agreement on Thursday on teacher training.\n"
    )
    partners, _, (agreement,) = records(text)
    victorian = next(p for p in partners.values() if p.name == "Victorian Department of Education")
    assert victorian.parent == "iso3166-2:AU-VIC"
    assert victorian.country == "AU"
    assert victorian.id in agreement.partners


def test_the_prefecture_a_city_is_said_to_be_in_is_no_party():
    text = OPENING + (
        "The city of Obama in Fukui Prefecture signed a friendship agreement with Hue on Tuesday, officials said. "
        "Obama has about 28,000 residents.\n"
    )
    partners, _, (agreement,) = records(text)
    assert names(partners, agreement.partners) == {"Obama", "Hue"}


def test_a_legal_suffix_is_a_word_of_its_own():
    sentence = "Anchorage, Incheon's oldest sister city since 1986, sent a delegation led by its deputy mayor."
    assert find_organizations(sentence, 0, len(sentence)) == []
    text = OPENING + sentence + "\n"
    partners, _, (twinning,) = records(text)
    assert names(partners, twinning.partners) == {"Anchorage", "Incheon"}
    assert twinning.date is not None and twinning.date.year == 1986


def test_a_limited_partnership_of_a_gmbh_is_one_name():
    sentence = "Hamburg-based Elbe Maritime Services GmbH & Co. KG signed an MoU with Qingdao Port Group."
    assert [o.name for o in find_organizations(sentence, 0, len(sentence))] == [
        "Elbe Maritime Services GmbH & Co. KG",
        "Qingdao Port Group",
    ]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # "On the same occasion, bremenports GmbH & Co. KG and the Dalian Port Group signed a letter of intent ..."
        (
            "On the same occasion, hafenwerke GmbH & Co. KG and the Ningbo Port Group signed a letter of intent.",
            ["hafenwerke GmbH & Co. KG", "Ningbo Port Group"],
        ),
        (
            "Qingdao Port Co., Ltd. and rheinhafen logistik GmbH signed it.",
            ["Qingdao Port Co., Ltd", "rheinhafen logistik GmbH"],
        ),
    ],
)
def test_a_company_that_writes_its_name_in_lower_case_is_named_whole(sentence, expected):
    assert [o.name for o in find_organizations(sentence, 0, len(sentence))] == expected


def test_a_peoples_adjective_before_a_common_noun_ends_no_name():
    sentence = "Park attended the opening of the Incheon Business Center in the Vietnamese city."
    assert [o.name for o in find_organizations(sentence, 0, len(sentence))] == ["Incheon Business Center"]
    named = "The Institute for the Vietnamese Language signed an agreement."
    assert [o.name for o in find_organizations(named, 0, len(named))] == ["Institute for the Vietnamese Language"]


def test_a_city_duma_is_its_city():
    text = OPENING + (
        "Chairman of the Hanoi People's Council on October 4 hosted a reception for a delegation of the Moscow City "
        "Duma led by its deputy chairwoman. Earlier the same day, the Moscow delegation laid a wreath at the Monument "
        "to Lenin in Ba Dinh district.\n"
    )
    partners, events, _ = records(text)
    assert {p.name for p in partners.values()} == {"Hanoi", "Moscow"}
    reception = next(e for e in events if e.kind == "reception")
    assert names(partners, reception.partners) == {"Hanoi", "Moscow"}


def test_the_members_of_a_body_are_no_part_of_its_name():
    sentence = "Members of the Oakland - Da Nang Sister City Association, a non-profit, also hosted a dinner."
    assert [o.name for o in find_organizations(sentence, 0, len(sentence))] == [
        "Oakland - Da Nang Sister City Association"
    ]


def test_a_body_based_in_a_city_is_that_citys():
    text = (
        " date 2024-10-16 Denver and Brno mayors meet by video, agencies sign clean-tech letter of intent\n"
        "During the call on Tuesday, Denver's Office of Economic Development and JIC, the South Moravian Innovation "
        "Centre based in Brno, signed a letter of intent on clean-tech start-ups.\n"
    )
    partners, events, agreements = records(text)
    centre = next(p for p in partners.values() if p.name == "South Moravian Innovation Centre")
    assert partners[centre.parent].name == "Brno"
    assert len(agreements) == 1 and len([e for e in events if e.kind == "signing"]) == 1


def test_a_body_named_by_what_it_is_after_and_is_a_body_of_its_own():
    # "the Shandong Provincial Department of Commerce and Bayern International, the Bavarian state's agency for foreign
    # trade promotion, signed a memorandum of understanding ..."
    sentence = (
        "On the sidelines of the forum, the Hubei Provincial Department of Commerce and Saxony Trade, the Saxon "
        "state's agency for trade promotion, signed a memorandum of understanding."
    )
    assert [o.name for o in find_organizations(sentence, 0, len(sentence))] == [
        "Hubei Provincial Department of Commerce",
        "Saxony Trade",
    ]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # "... witnessed the signing of a memorandum of cooperation between the Port of Tacoma and Fuzhou Port Group."
        (
            "The mayors witnessed the signing of a memorandum between the Port of Everett and Xiamen Port Group.",
            ["Port of Everett", "Xiamen Port Group"],
        ),
        # "The Port of Seattle and the City of Kobe's Port and Harbor Bureau used the occasion to sign a letter of
        # intent": a city's bureau named with the city
        (
            "The Port of Everett and the City of Osaka's Port and Harbor Bureau signed a letter of intent.",
            ["Port of Everett", "City of Osaka's Port and Harbor Bureau"],
        ),
    ],
)
def test_a_port_named_by_its_city_and_another_body_are_two(sentence, expected):
    assert [o.name for o in find_organizations(sentence, 0, len(sentence))] == expected
