"""Extraction of one document: body, sentences, partners, events, agreements.

The article's *focal* partners are the sub-national partners it names most
often. An event sentence that names only one side ("Nen had a meeting with
Guo Yonghang, Secretary of the Guangzhou Party Committee") gets the other side
from the focal partners; an agreement sentence that names no side ("the twin
cities") gets the focal pair. Within one article, event mentions of one kind
on compatible dates are one event, and an agreement named twice is one
agreement.
"""

from __future__ import annotations

import datetime as dt
import itertools
import re
from collections import Counter
from collections.abc import Iterator
from typing import NamedTuple, TypeVar

import attrs

from citylinks.extraction import dates as dates_mod
from citylinks.extraction import screens
from citylinks.extraction.mentions import MentionFinder, PartnerMention, org_id
from citylinks.extraction.nationalities import ADJECTIVE_OF_COUNTRY, COUNTRIES_WITH_THE, COUNTRY_OF_ADJECTIVE
from citylinks.extraction.noise import body_spans
from citylinks.extraction.people import PeopleIndex, PersonMention, find_people
from citylinks.extraction.screens import ScreenedPattern
from citylinks.extraction.sentences import sentence_spans
from citylinks.extraction.topics import topics_in
from citylinks.extraction.triggers import (
    AGREEMENT_PRECEDENCE,
    EVENT_PRECEDENCE,
    Trigger,
    find_agreement_triggers,
    find_event_triggers,
    is_future,
    is_intended,
)
from citylinks.gazetteer import Gazetteer, Place
from citylinks.ids import digest_id
from citylinks.models import Agreement, Document, Event, Geo, PartialDate, Participant, Partner, Record, Source

MAX_RECORDS_PER_DOCUMENT = 500
LEAD_SENTENCES = 3
AGE_WINDOW_BEFORE, AGE_WINDOW_AFTER = 80, 60
HEADING_LENGTH = 80  # a line this short, with a day and no event, heads the paragraph after it
_PROSE_LENGTH = 200  # a sentence this long is the story's prose: short lines after it are headings or captions
HISTORY_YEARS = 1  # a year-only date this far before the reference is history, not news

_NUMBER_WORDS = {
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "fifteen": 15,
    "twenty": 20,
    "twenty-five": 25,
    "thirty": 30,
    "forty": 40,
    "fifty": 50,
    "sixty": 60,
    "seventy": 70,
    "eighty": 80,
    "ninety": 90,
    "hundred": 100,
}
_NUMBER = r"(?P<n>\d{1,3}|" + "|".join(sorted(_NUMBER_WORDS, key=len, reverse=True)) + r")"
_AGE_PATTERNS = [
    re.compile(rf"\b{_NUMBER}[\s-]+years?\b(?:\s+(?:since|after|of))?", re.I),
    re.compile(r"\b(?P<n>\d{1,3})(?:st|nd|rd|th)\s+anniversary\b", re.I),
    # "a decade-long partnership", "two decades of friendship"
    # "Lyon, which established friendly cooperative relations with Chengdu a decade ago"
    re.compile(r"\b(?P<n>decade)(?:-long|\s+ago)\b|\b(?P<n2>two|three|four|five)\s+decades\b", re.I),
    re.compile(r"(?<!\w)(?P<n>\d{1,3})\s+năm(?!\s+\d)", re.I),
]
_PERIOD_AFTER = re.compile(
    r"\s*(?:giai\s+đoạn|for\s+(?:the\s+)?(?:period\s+)?|covering)\s*(?P<a>1[89]\d\d|20\d\d)\s*[-–]\s*(?:1[89]\d\d|20\d\d)\b",
    re.I,
)
_YEAR_RANGE = re.compile(r"\((?P<a>1[89]\d\d|20\d\d)\s*[-–]\s*(?P<b>1[89]\d\d|20\d\d)\)")
_SINCE_YEAR = re.compile(
    r"\b(?:since|in|established\s+in|signed\s+in|from)\s+(?P<y>1[89]\d\d|20\d\d)\b"
    # "kể từ khi hai địa phương ký kết Thỏa thuận hợp tác hữu nghị vào tháng 10/2019"
    r"|(?:từ|vào)\s+(?:năm|tháng\s+\d{1,2}\s*[/-])\s*(?P<vy>1[89]\d\d|20\d\d)|năm\s+(?P<vy2>1[89]\d\d|20\d\d)",
    re.I,
)
_PROPOSED = re.compile(
    r"\b(?:wish(?:es|ed)?|hope[sd]?|propos(?:e|es|ed|al)|consider(?:s|ing)?|want(?:s|ed)?|plan(?:s|ned)?|will|would|seek(?:s|ing)?|expect(?:s|ed)?|agreed\s+to)\b[^.]{0,80}\b(?:sign|establish|set\s+up|conclude)"
    # "... agreed to study a twinning arrangement with the Hungarian capital"
    r"|\b(?:agreed|agree|agrees)\s+to\s+(?:study|explore|consider|look\s+into)\s+(?:a|an|the|establishing|forming)\b"
    r"|(?:mong\s+muốn|đề\s+nghị|xem\s+xét|hướng\s+tới|sẽ|dự\s+kiến|kế\s+hoạch)[^.]{0,80}(?:ký|thiết\s+lập)",
    re.I,
)
# "Six MoUs were exchanged at the event": documents handed over at their signing
_SIGNED = re.compile(
    r"\b(?:signed|inked|signing|sign|renew(?:ed|al)|concluded|exchanged)\b|(?<!\w)(?:ký|lễ\s+ký|ký\s+kết)(?!\w)"
    r"|thiết\s+lập|jointly\s+established",
    re.I,
)
_STATED_START = re.compile(
    r"\b(?:signed|established|set\s+up|began|started|twinned|founded|concluded)\s+in\s+(?P<y>1[89]\d\d|20\d\d)\b|\bsince\s+(?P<y2>1[89]\d\d|20\d\d)\b"
    # "được hai tỉnh ký kết vào tháng 11/2019": a month before the year
    r"|(?:thiết\s+lập|ký\s+kết|kết\s+nghĩa|ký)\s+(?:từ\s+|vào\s+)?(?:tháng\s+\d{1,2}(?:/|\s+năm\s+)|năm\s+)"
    r"(?P<y3>1[89]\d\d|20\d\d)|từ\s+năm\s+(?P<y4>1[89]\d\d|20\d\d)"
    # "The two cities became sister cities in 2015, two years after the launch of a freight rail service"
    r"|\bbecame\s+(?:sister|twin|friendship|partner|friendly)[\s-]+(?:cities|provinces|prefectures|regions|states)"
    r"\s+in\s+(?P<y5>1[89]\d\d|20\d\d)\b"
    # "a partnership that dates back to 1987"
    r"|\b(?:dates|dating|goes|going)\s+back\s+to\s+(?P<y6>1[89]\d\d|20\d\d)\b",
    re.I,
)
# "signed a memorandum of understanding on trade in 2019", "kể từ khi hai bên ký biên bản ghi nhớ vào năm
# 2018": the act and its year apart, within one clause; it dates the relation only for a year before the article's.
_STATED_START_APART = re.compile(
    r"\b(?:signed|established|set\s+up|began|started|twinned|founded|concluded)\b[^.;]{0,100}?\b(?:in|since)\s+"
    r"(?P<y>1[89]\d\d|20\d\d)\b(?!\s*[-–]\s*\d)"
    r"|(?<!\w)(?:thiết\s+lập|ký\s+kết|kết\s+nghĩa|ký)(?!\w)[^.;]{0,100}?(?:vào\s+|từ\s+)?"
    r"(?:tháng\s+\d{1,2}(?:/|\s+năm\s+)|năm\s+)(?P<y2>1[89]\d\d|20\d\d)\b",
    re.I,
)
_EXISTING_SINCE = re.compile(
    r"\b(?:years?\s+since|years?\s+ago|anniversary|since\s+\d{4})\b|(?<!\w)năm\s+trước(?!\w)|(?<!\w)năm\s+(?:thiết\s+lập|kết\s+nghĩa|ký)|kỷ\s+niệm"
    # "Năm 2025 đánh dấu tròn 18 năm kể từ khi Thành phố Hồ Chí Minh và tỉnh Osaka ký Biên bản ghi nhớ"
    r"|(?<!\w)năm\s+(?:kể\s+)?từ\s+khi(?!\w)",
    re.I,
)
_BOTH_SIDES = re.compile(
    r"\b(?:the\s+)?(?:two|both)\s+(?:cities|localities|sides|provinces|towns|municipalities|regions|parties|capitals|"
    r"prefectures|states|leaders|mayors|governors|delegations)\b"
    # "Participants agreed that their 20-year twinning relationship had continued to yield practical results"
    r"|\btheir\s+(?:[\w-]+-year(?:-old)?\s+)?(?:twinning|sister[\s-]city|friendship|cooperation|partnership)\b|\bthe\s+twin\s+cities\b|"
    r"\bthe\s+sister\s+cities\b|(?<!\w)hai\s+(?:thành\s+phố|địa\s+phương|bên|tỉnh|thủ\s+đô|bang|tỉnh\s+bạn)(?!\w)",
    re.I,
)
# "the guests visited the Container Terminal Altenwerder ... before travelling on to Berlin": the trip's next stop
_ONWARD_STOPS_BEFORE = re.compile(
    r"\bbefore\s+(?:travell?ing|heading|leaving|flying|moving|continuing|returning)\s+(?:on\s+)?(?:to|for)\s+"
    r"(?:[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)*(?:,\s+|\s+and\s+))*$"
)
_NEXT_STOP_BEFORE = re.compile(
    r"(?:\bbefore\s+(?:travell?ing|heading|leaving|flying|moving|continuing|returning)\s+(?:on\s+)?(?:to|for)"
    # "trước khi đoàn rời Hà Nội sang thăm TP Hồ Chí Minh"
    r"|(?<!\w)trước\s+khi\s+(?:[^,.;]{0,40}?\s)?(?:sang|đến|tới|về|đi)(?:\s+thăm)?)\s+(?:the\s+)?"
    r"(?:(?:thủ\s+đô|thành\s+phố|tỉnh|TP\.?)\s*)?$",
    re.I,
)
# Every pattern of the geography test holds one of these words: a sentence without them is not tested place by place
_GEOGRAPHY_WORDS_IN = ScreenedPattern(
    re.compile(
        r"km|cách|border|giáp|lãnh\s+sự|đại\s+sứ|consul|embassy|ambassador|before|trước\s+khi|north|south|east|west"
        r"|nhà\s+máy|xưởng|trang\s+trại|khu\s+công\s+nghiệp|cơ\s+sở|plant|factory|facility|farm|terminal|site|forum"
        r"|conference|summit|expo|fair|festival|exhibition|workshop|seminar|symposium|khi|arriv|cảng|\("
        r"|park|zone|campus|hub|palace|hall|headquarters|building|hotel|hôtel|thủ\s+đô|thủ\s+phủ|capital|surround|near|outside"
        r"|outskirts"
        r"|diễn\s+đàn|hội\s+nghị|hội\s+thảo|hội\s+chợ|triển\s+lãm|lễ\s+hội",
        re.I,
    )
)
_SIGNED_IN_YEAR = re.compile(
    r"(?<!\w)(?:ký(?:\s+kết)?|signed)\s+(?:vào\s+|từ\s+)?(?:năm\s+|in\s+|tháng\s+\d{1,2}/)(?:1[89]|20)\d\d\b"
    # "Bac Ninh, which signed a friendship and cooperation agreement with ... Gyeonggi province in 2016, ..."
    r"|\bwhich\s+(?:had\s+)?signed\b[^.;]{0,100}?\bin\s+(?:1[89]|20)\d\d\b"
    # "... since the two cities signed a memorandum of understanding on technical cooperation ... in 2013"
    r"|\bsince\s+(?:[\w-]+\s+){0,4}?signed\b[^.;]{0,120}?\bin\s+(?:1[89]|20)\d\d\b",
    re.I,
)
_SIGNED_THEN_YEAR = re.compile(r"\bsigned\b[^.;]{0,100}?\bin\s+(?:1[89]|20)\d\d\b", re.I)
_FUTURE_INSIDE = re.compile(r"(?<!\w)(?:sẽ|dự\s+kiến|will|is\s+to\s+be|are\s+to\s+be)(?!\w)", re.I)
_DAY_AFTER_RELATIVE_GAP = 3  # ", " between "The following day" and "April 16"
_ALSO_OPENING = re.compile(r"Also\s+(?:on|that|the\s+same)\b|Cũng\s+(?:trong\s+)?(?:ngày|sáng|chiều|tối)\b")
_ELABORATION = re.compile(r",\s+(?:especially|particularly|notably|including|such\s+as)\b")
_GOVERNMENT_UNIT = re.compile(
    r"^(?:Sở|Bộ|Ban|Ủy\s+ban|Văn\s+phòng)\s|\b(?:Department|Ministry|Bureau|Office|Board|Committee|Commission)\b"
)
_WITH_BEFORE = re.compile(r"(?:\bwith|(?<!\w)với)\s+(?:the\s+)?(?:\w+\s+){0,2}$", re.I)
_ANOTHER_WITH = re.compile(r"\s(?:and|và)\s+(?:[^\s,.;]+\s+){1,6}?(?:with|với)\s", re.I)
_AND_CLAUSE = re.compile(r",\s+and\s+(?:the|a|an|its|their)\s")
_NEXT_YEAR = re.compile(r"\bnext\s+year\b|(?<!\w)(?:năm\s+sau|năm\s+tới)(?!\w)", re.I)
_DESCRIBING_CLAUSE = re.compile(r",\s+(?:of\s+which|in\s+which|where|whose|which\s+is)\b[^,;.]*,")
_CLAUSE_BREAK_IN = ScreenedPattern(re.compile(r",\s+(?:while|whereas)\b|;"))
_CLAUSE_BREAK = re.compile(r",\s+(?:but|while|whereas|although)\b|;|(?<!\w),\s+(?:nhưng|trong\s+khi)(?!\w)")
_NEGATED_BEFORE = re.compile(
    r"(?<!\w)(?:vẫn\s+)?chưa\s+(?:có|ký(?:\s+kết)?)\s+(?:(?:một|bất\s+kỳ)\s+)?$"
    r"|\b(?:ha(?:s|ve)\s+not\s+(?:yet\s+)?signed(?:\s+(?:a|an|any))?|no|without\s+(?:a|an|any))\s+(?:formal\s+)?$",
    re.I,
)
_DATELINE_AFTER_DATE = re.compile(r"\s*\([A-Za-zĐđ][\w .]{1,25}\)\s*(?:--|–|—|-\s)")
# "SUWON, South Korea, Nov. 9 Kyodo - Hokkaido Gov. ...": an agency's name without brackets
_AGENCY_AFTER_DATE = re.compile(r"\s+[A-Z][\w.]{1,20}(?:\s+[A-Z][\w.]*){0,2}\s*(?:--|–|—|-\s)")
# "Milan, 14 February 2025 – Deputy Mayor ... met a delegation ... on Wednesday.": a place and a date opening the
# sentence, then a dash, are the dateline
_DATELINE_PLACE_BEFORE = re.compile(r"[A-ZÀ-ỸĐ][\w'’. -]{1,40}(?:,\s*[A-ZÀ-ỸĐ][\w'’. -]{1,30})?,\s*$")
_DASH_AFTER_DATE = re.compile(r"\s*(?:--|–|—)")
# a memorandum "on establishing friendly relations": the relation is what it signs
_SETS_UP_A_RELATION = re.compile(
    r"(?:ghi\s+nhớ|memorandum|MoU)\s+(?:về\s+(?:việc\s+)?thiết\s+lập|on\s+(?:the\s+)?establish(?:ing|ment\s+of))\s+"
    r"(?:quan\s+hệ|(?:a\s+|the\s+)?(?:friendly|friendship|sister|twin))",
    re.I,
)
_SAME_KIND = {"teleconference": "conference"}
_LIST_ITEM = re.compile(r"\s*[-–•+*]\s+(?:between|giữa)\s", re.I)
_LIST_OF_AGREEMENTS = re.compile(
    r"(?:\b(?:\d+|two|three|four|five|six|seven|eight|nine|ten|several)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:memorand(?:um|a)|MoUs?|MOUs?|agreements?)\b|(?<!\w)\d+\s+(?:biên\s+bản|thỏa\s+thuận)(?!\w))[^:\n]*:\s*$",
    re.I,
)
_DEFINITE_BEFORE = re.compile(r"\b(?:[Tt]he|[Tt]his)\s+$")
_CONVERSATION_KINDS = ("talks", "meeting", "working_session")
_DURING = re.compile(r"during\b", re.I)
_BRACKET_DASH_AFTER_DATE = re.compile(r"\s*\)\s*(?:--|–|—|-\s)")
_DATELINE_PLACE_BRACKET_BEFORE = re.compile(r"[A-ZÀ-ỸĐ][\w'’. -]{1,40}(?:,\s*[A-ZÀ-ỸĐ][\w'’. -]{1,30})?\s*\(\s*")
_PASSIVE_RECEPTION = re.compile(r"[\w\s]+?\s(?:was|were)\s+(?:[\w]+\s+)?received\s+by$", re.I)
_DELEGATION = re.compile(r"\bdelegation\b|\bthe\s+(?:[\w-]+\s+)?guests\b|(?<!\w)đoàn(?!\w)", re.I)
# "During the visit, the Russian guests also paid a field trip ...": a sentence that goes on with the story's event
_CONTINUES = re.compile(
    r"\b(?:during|in\s+the\s+course\s+of|on\s+the\s+sidelines\s+of|at)\s+the\s+"
    r"(?:visit|trip|tour|conference|forum|festival|event)\b"
    r"|(?<!\w)(?:trong|nhân)\s+(?:chuyến|dịp|thời\s+gian)\s+(?:thăm|công\s+tác|làm\s+việc)|(?<!\w)bên\s+lề(?!\w)",
    re.I,
)
# Between "delegation" / "đoàn" and the place whose delegation it is: "đoàn công tác tỉnh Jeollanam-do",
# "đoàn đại biểu cấp cao thành phố Nam Ninh", "a delegation from the Japanese city of Tottori".
_HOME_SUBJECT = re.compile(
    r"\s*(?:(?:Tỉnh|Thành\s+phố|Thủ\s+đô)\s+(?=[a-zđà-ỹ])|The\s+(?:city|province|prefecture|state|municipality|region|county)\s+(?!of\b))"
)
_RENEWAL = re.compile(
    r"\brenew(?:s|ed|ing)?\s+(?:the|their|its|a|an)\b|\brenewal\s+of\b|\brenewed\s+(?!through|every|each|regularly)[\w-]+"
    r"|\bextend(?:s|ed|ing)?\s+(?:the|their|its)\s+(?:[\w-]+\s+){0,3}?"
    r"(?:agreement|framework|memorandum|MoU|partnership)|(?<!\w)(?:gia\s+hạn|tái\s+ký|ký\s+lại)(?!\w)",
    re.I,
)
_ATTENDING = re.compile(r"(?:tham\s+dự|dự|attend|took\s+part|taking\s+part|participat)", re.I)
_RENEWED_IN_YEAR = re.compile(
    r"\brenewed\s+(?:in|since)\s+(?:1[89]|20)\d\d\b|(?<!\w)gia\s+hạn\s+(?:vào\s+|từ\s+)?năm\s+\d{4}", re.I
)
# The kind words a place's name is written with, per kind of place: (before it, how far back, after it)
_CITY_NAME_WORDS = (re.compile(r"(?<!\w)(?:thành\s+phố|TP\.?|thị\s+xã)\s+$"), 12, re.compile(r"[ \t]+[Cc]ity\b"))
_PROVINCE_NAME_WORDS = (
    re.compile(r"(?<!\w)tỉnh\s+$"),
    8,
    re.compile(r"[ \t]+(?:[Pp]refecture|[Pp]rovince|[Oo]blast)\b"),
)
_KIND_NAME_WORDS = {"city": _CITY_NAME_WORDS, "province": _PROVINCE_NAME_WORDS, "region": _PROVINCE_NAME_WORDS}
# What an event reference names, and the kinds of the event told that it can be
_REFERENCE_KINDS = [
    (re.compile(r"làm\s+việc|session"), ("working_session", "teleconference")),
    (re.compile(r"hội\s+đàm|talks"), ("talks", "teleconference", "working_session")),
    (re.compile(r"hội\s+kiến|gặp|meeting"), ("meeting", "talks", "reception", "working_session", "teleconference")),
    (
        re.compile(r"(?<!\w)tiếp(?!\w)|reception|luncheon|dinner|banquet"),
        ("reception", "working_session", "meeting", "talks"),
    ),
]
_DURING_WHICH_IN = ScreenedPattern(re.compile(r"\b(?:during|in\s+the\s+course\s+of)\s+which\b", re.I))
# What a visit went to when it is a site, not a place: the visit is a field trip
_SITE_VISITED_AFTER = re.compile(
    r"\s+(?:the\s+|a\s+|an\s+)?(?:[\w'’&.-]+\s+){0,5}?(?:[Pp]arks?|[Pp]lants?|[Ff]actor(?:y|ies)|[Ff]arms?|[Pp]orts?|"
    r"[Zz]ones?|[Tt]erminals?|[Ll]ines?|[Ss]ites?|[Hh]ubs?|[Cc]ent(?:re|er)s?|[Mm]useums?|[Ss]chools?|[Pp]rojects?|"
    r"[Hh]eadquarters|[Ff]acilit(?:y|ies)|[Cc]ampus|[Ll]ab(?:oratory)?|[Ww]orks)\b"
    r"|\s+(?:nhà\s+máy|trang\s+trại|khu\s+công\s+nghiệp|khu\s+kinh\s+tế|khu\s+công\s+nghệ|dự\s+án|công\s+trình|"
    r"trường|bệnh\s+viện|cảng|công\s+ty|doanh\s+nghiệp|cơ\s+sở|làng|bảo\s+tàng|khu\s+di\s+tích|trung\s+tâm)(?!\w)"
)
_PART_OF_DAY = re.compile(r"\b(?:morning|afternoon|evening|night)\b|(?<!\w)(?:sáng|trưa|chiều|tối|đêm)(?!\w)", re.I)
# "Ngày 14/1, tại Thủ đô Viêng Chăn, Phó Chủ tịch nước CHDCND Lào ... đã tiếp đoàn": a national leader receives in the
# capital, which is where, not who
_CAPITAL_BEFORE = re.compile(r"(?:(?<!\w)tại\s+[Tt]hủ\s+đô|\bin\s+the\s+capital(?:\s+city)?(?:\s+of)?)\s+$")
_IN_BEFORE = re.compile(r"(?:\bin|(?<!\w)tại)\s+(?:the\s+city\s+of\s+|thành\s+phố\s+)?$")
_NATIONAL_LEADER = re.compile(
    r"(?<!\w)(?:Phó\s+)?(?:Chủ\s+tịch\s+nước|Thủ\s+tướng|Chủ\s+tịch\s+Quốc\s+hội|Tổng\s+Bí\s+thư)(?!\w)"
    r"|\b(?:Vice\s+)?President\b|\b(?:Deputy\s+)?Prime\s+Minister\b|\bNational\s+Assembly\b"
)
_RECEIVING = re.compile(r"(?:Receiving|Welcoming|Hosting|Tiếp|Đón)\b")
_MISSION_NAME = re.compile(r"Lãnh\s+sự|Đại\s+sứ|Consulate|Consul\s+General|Embassy", re.I)
_COUNTERPART_BEFORE = re.compile(r"(?:(?<!\w)với|\bwith)\s+(?:the\s+|a\s+)?$", re.I)
_DELEGATION_OWNER_GAP = re.compile(
    r"^\s*(?:(?:công\s+tác|đại\s+biểu|cấp\s+cao|lãnh\s+đạo|chính\s+quyền|của|do)\s+)*"
    r"(?:(?:tỉnh|thành\s+phố|tp\.?|quận|huyện|bang)\s+)?$"
    # "a delegation of the Mekong Delta city of Can Tho"; not "the delegation met with San Diego officials"
    # "a delegation from Russia's Sverdlovsk Region"
    r"|^\s*(?:of|from|led\s+by\s+\w+\s+of)\s+(?:the\s+)?(?:[\w'’-]+\s+){0,3}?(?:(?:city|province|prefecture|state)\s+of\s+)?$"
    r"|^\s*$",
    re.I,
)
_LOCATION = re.compile(r"(?:\b(?:in|at)\s+|(?<!\w)tại\s+(?:thành\s+phố\s+|tỉnh\s+|TP\.?\s*)?)$", re.I)
_SIGNING_ACT = re.compile(
    r"\b(?:signed|signing|inked|renew(?:al|ed))\b|(?<!\w)ký(?!\s+(?:hiệu|giả|túc|ức|sự|ức))", re.I
)
_CEREMONY = re.compile(
    r"\bceremony\b|buổi\s+lễ|tại\s+lễ|\bthe\s+signing\s+of\b|\bsigned\s+and\s+exchanged\b|\brenewal\b|lễ\s+ký|nghi\s+thức\s+ký|chứng\s+kiến|\btwo\s+\w+\s+signed\b|\bsigned\s+(?:a|an|the)\b",
    re.I,
)
_SIGNING_CEREMONY = re.compile(r"\bceremony\b|lễ\s+ký|nghi\s+thức\s+ký|buổi\s+lễ", re.I)
_UNDER_THE_AGREEMENT = re.compile(
    r"(?:Under|According\s+to|In\s+line\s+with|Within\s+the\s+framework\s+of|Theo|Trong\s+khuôn\s+khổ|Thực\s+hiện)"
    r"\s+(?:the\s+)?(?:(?:renewed|original|new|revised|updated|signed|\w+-year)\s+)?"
)
_TALLY_OF_PARTNERS = re.compile(
    r"\bwith\s+(?:more\s+than\s+|over\s+|some\s+|about\s+)?(?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|"
    r"twelve|a\s+dozen|dozens\s+of)\s+(?:foreign\s+|other\s+)?(?:cities|localities|provinces|"
    r"regions|municipalities|partners)\b[^.;]{0,60}?\b(?:including|such\s+as|among\s+them)\b"
    r"|(?<!\w)với\s+(?:hơn\s+|khoảng\s+)?\d+\s+(?:địa\s+phương|thành\s+phố|tỉnh)[^.;]{0,60}?(?<!\w)(?:trong\s+đó\s+có|như|gồm)(?!\w)",
    re.I,
)
# "..., with which it has been paired since 1981", "..., a partner since 1993", "... (1996)"
_ITEM_YEAR = re.compile(
    r"[^;]{0,80}?\b(?:since|in)\s+(?P<y>1[89]\d\d|20\d\d)\b|[^;]{0,40}?\((?P<y2>1[89]\d\d|20\d\d)\)"
)
_SIGNED_NOW_BEFORE = re.compile(
    r"(?<!\w)(?:vừa|đã)\s+ký(?:\s+kết)?\s+(?:\w+\s+){0,2}$|\bjust\s+signed\s+(?:an?|the)\s+$", re.I
)
_RENEWED_OR_SIGNED_BEFORE = re.compile(
    r"\b(?:renew(?:ed|s)?|sign(?:ed|s)?|ink(?:ed|s)?|conclude[ds]?)\s+(?:the|their|an?|its)\s+(?:new\s+|renewed\s+)?",
    re.I,
)
_UNDER_WHICH = re.compile(r",\s+(?:under\s+which|whereby|theo\s+đó)(?!\w)", re.I)
_HAS_SINCE = re.compile(r"\b(?:has|have)\s+since\b|(?<!\w)kể\s+từ\s+đó(?!\w)", re.I)
_EVENT_NAMED_AFTER = re.compile(
    r"\s+(?:of|after)\s+the\s+(renewal|signing|talks|meeting|reception|visit|forum|conference)\b", re.I
)
_REFERRED_EVENT = re.compile(
    r"(?P<working_session>\bsession\b|làm\s+việc)|(?P<talks>\btalks\b|hội\s+đàm)|(?P<meeting>\bmeeting\b|(?<!\w)gặp)"
    r"|(?P<reception>\breception\b|(?<!\w)tiếp(?!\w))",
    re.I,
)
_NAMED_EVENT_KINDS = {
    "renewal": "signing",
    "signing": "signing",
    "talks": "talks",
    "meeting": "meeting",
    "reception": "reception",
    "visit": "visit",
    "forum": "conference",
    "conference": "conference",
}
# "Sở Công Thương", "the provincial Department of Agriculture and Environment": a locality's department, its place
# left unsaid
_HOME_DEPARTMENT = re.compile(r"Sở\s+\S|(?:Department|Bureau|Office|Board|Committee)\s+(?:of|for)\s+")
_PROVINCIAL_BEFORE = re.compile(r"\b(?:provincial|municipal|city(?:['’]s)?|province['’]s)\s+$", re.I)
_CLOCK_TIME = re.compile(r"\d{1,2}:\d{2}")
_BRACKETED = re.compile(r"\([^()]{5,200}\)")
_HEADING_PREFIX = 8
_HEADING_NUMBER = re.compile(r"\s*(?:(?:\d{1,2}|[IVX]{1,4})[.)]\s*|[-•*]\s*)?")
# "..., which marks ...", "signed a renewed sister-city declaration on Monday, marking 65 years since ...": a clause
# of its own after the act
_RELATIVE_CLAUSE = re.compile(
    r",\s+(?:which|who|whose|marking|celebrating|commemorating)\b"
    # "... at the city hall, a rare pre-war building that survived the German bombing of 1940": a place described
    r"|,\s+(?:a|an)\s+(?:[\w-]+\s+){1,5}?(?:that|which)\b"
)
_DONE_BEFORE = re.compile(r"(?<!\w)đã\s+(?:\w+\s+)?$", re.I)  # "hai bên đã ký ...", "đã chính thức ký"
# "Kết thúc hội đàm, hai bên đã ký ...", "At the end of the talks, they signed ...": a signing at the story's event.
_AT_THE_EVENT = re.compile(
    r"\b(?:at\s+the\s+end\s+of|after|following|at|during)\s+the\s+(?:talks|meeting|working\s+session|reception)\b"
    r"|(?<!\w)(?:[Kk]ết\s+thúc|[Ss]au|[Tt]ại)\s+(?:buổi\s+|cuộc\s+)?(?:hội\s+đàm|làm\s+việc|tiếp|hội\s+kiến|gặp)(?!\w)",
)
_PAIRING = re.compile(r"\bbetween\b|\bwith\b|['’]s\s+(?:twin|sister)|(?<!\w)(?:giữa|với)(?!\w)", re.I)
_RELATIONSHIP = re.compile(r"\brelationship\b|\brelations\b|\bties\b|(?<!\w)quan\s+hệ(?!\w)", re.I)
# "Phát biểu tại hội nghị" after a teleconference: the conference spoken of is the teleconference.
_VIRTUAL_CONFERENCE = {"conference", "teleconference"}
_BRIDGE_POINTS = re.compile(r"(?<!\w)điểm\s+cầu(?!\w)", re.I)  # "tại điểm cầu Hà Nội": one of the linked halls
# "Tại điểm cầu Thừa Thiên Huế, chủ trì buổi hội đàm có ...": a hall of a video link makes the talks virtual
_VIRTUAL = re.compile(
    # "(LĐ online) - Sáng 20/8, ...": an outlet's name in brackets is no online meeting
    r"teleconference|video|virtual|(?<!\w)(?<!\(\w\w\s)(?<!\(\w\w\w\s)online(?!\))|trực\s+tuyến|truyền\s+hình|webinar"
    r"|(?<!\w)điểm\s+cầu(?!\w)",
    re.I,
)
# The documents a signing signs besides agreements proper:
# "hai bên đã ký Kế hoạch hành động giai đoạn 2024 - 2025" (an action plan).
_AGREEMENT_WORD = re.compile(
    r"\b(?:charter|agreement|declaration|statement|action\s+plan|letter\s+of\s+intent|protocol)\b"
    r"|\b(?:cooperation|co-operation)\s+(?:programme|program|plan)\b"
    r"|tuyên\s+bố|thỏa\s+thuận|thoả\s+thuận|hiệp\s+định|kế\s+hoạch\s+hành\s+động|thư\s+ý\s+định|ý\s+định\s+thư"
    r"|chương\s+trình\s+hợp\s+tác|kế\s+hoạch\s+hợp\s+tác",
    re.I,
)
_RELATION_WORD = re.compile(r"(?:relations?|ties|relationship|partnership|quan\s+hệ)", re.I)
_PERFECT = re.compile(r"(?<!\w)đã(?!\w)|\bhave\b|\bhas\b|\bhad\b")
# The patterns asked of every sentence or trigger, behind a screen of the words they need.
_AGES_IN = [ScreenedPattern(pattern) for pattern in _AGE_PATTERNS]
_PROPOSED_IN = ScreenedPattern(_PROPOSED)
_IMPLEMENTING = re.compile(
    # "xây dựng kế hoạch triển khai Biên bản ghi nhớ với vùng Ústí nad Labem": a plan to carry out one signed
    r"(?<!\w)(?:tiếp\s+tục|kết\s+quả|đánh\s+giá(?:\s+việc)?|sơ\s+kết(?:\s+việc)?|tổng\s+kết(?:\s+việc)?|việc|kế\s+hoạch)\s+"
    r"(?:thực\s+hiện|triển\s+khai|cụ\s+thể\s+hóa)(?:\s+(?:có\s+)?(?:hiệu\s+quả|tốt|các|nội\s+dung))*\s+$"
    r"|\b(?:results?\s+of|reviewed)\s+(?:the\s+)?implement(?:ing|ation\s+of)\s+(?:the\s+)?(?:[\w-]+\s+){0,2}$"
    r"|\bcontinu(?:e|es|ed|ing)\s+(?:to\s+)?implement(?:ing)?\s+(?:the\s+)?(?:[\w-]+\s+){0,2}$",
    re.I,
)
_SIGNED_IN = ScreenedPattern(_SIGNED)
_SINCE_THEN = re.compile(r"(?<!\w)(?:kể\s+từ\s+khi|từ\s+khi)(?!\w)|\b(?:ever\s+)?since\s+(?:the\s+)?(?!\d)", re.I)
_STATED_START_IN = ScreenedPattern(_STATED_START)
_STATED_START_APART_IN = ScreenedPattern(_STATED_START_APART)
_EXISTING_SINCE_IN = ScreenedPattern(_EXISTING_SINCE)
_SINCE_YEAR_IN = ScreenedPattern(_SINCE_YEAR)
_SIGNING_ACT_IN = ScreenedPattern(_SIGNING_ACT)
_CEREMONY_IN = ScreenedPattern(_CEREMONY)
_AT_THE_EVENT_IN = ScreenedPattern(_AT_THE_EVENT)
_CONTINUES_IN = ScreenedPattern(_CONTINUES)
# A sentence that lists who took part: "The conference brought together ...", "với sự tham dự của ..."
_A_DAY = re.compile(r"\b(?:day|morning|afternoon|evening|night)\b|(?<!\w)(?:ngày|sáng|chiều|tối)(?!\w)", re.I)
_GATHERED_IN = ScreenedPattern(
    re.compile(
        r"\bbr(?:ought|ings|ing)\s+together\b|\bgathered\s+(?:together\s+)?(?:leaders|representatives|delegates)\b"
        r"|\bwith\s+the\s+participation\s+of\b"
        r"|\bwas\s+attended\s+by\b|\bparticipants\s+(?:included|came\s+from)\b"
        r"|\b(?:attending|present\s+at)\s+the\s+(?:[\w-]+\s+){1,2}?were\b"
        r"|(?<!\w)(?:với\s+sự\s+tham\s+(?:dự|gia)\s+của|quy\s+tụ|có\s+sự\s+tham\s+(?:dự|gia)\s+của)(?!\w)"
        r"|^(?:Tham\s+dự|Dự|Cùng\s+dự)\s+(?:diễn\s+đàn|hội\s+nghị|hội\s+thảo|sự\s+kiện|lễ\s+\w+(?:\s+\w+)?"
        # "Tham dự buổi hội đàm có lãnh đạo Sở Ngoại vụ, Sở Kế hoạch và Đầu tư, ...": who sat in
        r"|(?:buổi|cuộc)\s+(?:hội\s+đàm|làm\s+việc|tiếp|hội\s+kiến|gặp(?:\s+gỡ)?|ký\s+kết|lễ\s+ký(?:\s+kết)?))"
        r"\s+(?:còn\s+)?có(?!\w)"
        # "Tiếp đoàn có các đồng chí lãnh đạo Văn phòng Tỉnh ủy, Sở Ngoại vụ, Sở Du lịch, Sở Công Thương tỉnh."
        r"|^(?:Cùng\s+)?(?:Tiếp\s+đón|Tiếp|Đón)\s+(?:đoàn|khách)\s+(?:còn\s+)?có(?!\w)",
        re.I,
    )
)
_CONFERENCE_WORD_IN = ScreenedPattern(re.compile(r"\b(?:conference|forum|summit)\b|hội\s+nghị|diễn\s+đàn", re.I))
_VENUE_BEFORE = re.compile(
    r"(?:\b(?:at|in)\s+(?:the\s+)?(?:(?:headquarters|offices?|seat)\s+of\s+(?:the\s+)?)?"
    r"|(?<!\w)tại\s+(?:trụ\s+sở\s+|hội\s+trường\s+)?)$",
    re.I,
)
# "... which they hope to sign when a delegation of Bac Ninh leaders visits Dresden later this year"
_LOCATION_BEFORE = re.compile(r"(?:\b(?:to|in|at|visits?|visiting)|(?<!\w)(?:tại|đến|sang))\s+(?:the\s+)?$", re.I)
_BUSINESS_MEETING_IN = ScreenedPattern(
    re.compile(
        r"(?<!\w)(?:gặp\s+gỡ\s+giao\s+thương|giao\s+thương|kết\s+nối\s+(?:kinh\s+doanh|doanh\s+nghiệp|giao\s+thương))(?!\w)"
        r"|\bB2B\b|\bbusiness[\s-]+(?:matching|matchmaking|to[\s-]+business)\b",
        re.I,
    )
)
_BUSINESS_ACTORS_IN = ScreenedPattern(
    re.compile(
        r"(?<!\w)(?:doanh\s+nghiệp|nhà\s+đầu\s+tư|doanh\s+nhân)(?!\w)"
        r"|\b(?:businesses|companies|enterprises|firms|investors|business\s+people)\b",
        re.I,
    )
)
_TRIP_DESTINATION = re.compile(
    r"(?:\bto(?:\s+the)?|\bvisited(?:\s+the)?|(?<!\w)tham\s+quan|(?<!\w)khảo\s+sát)\s+$", re.I
)
_VIRTUAL_IN = ScreenedPattern(_VIRTUAL)
_SINCE_BEFORE = re.compile(r"\bsince\s+$", re.I)


@attrs.define
class _EventDraft:
    kind: str
    date: PartialDate | None
    partners: list[PartnerMention]
    location: str | None
    sentence: tuple[int, int]
    strong: bool
    virtual: bool
    topics: set[str] = attrs.field(factory=set)
    sources: list[tuple[int, int]] = attrs.field(factory=list)
    filled: set[str] = attrs.field(factory=set)  # partners taken from the article's focus, not named with the event


@attrs.define
class _AgreementDraft:
    kind: str
    status: str
    date: PartialDate | None
    date_computed: bool
    partners: list[PartnerMention]
    sentence: tuple[int, int]
    topics: set[str] = attrs.field(factory=set)
    sources: list[tuple[int, int]] = attrs.field(factory=list)
    signed_at: _EventDraft | None = None
    renewal: bool = False  # signed anew ("đã ký gia hạn Biên bản ghi nhớ"): a record beside the relation it renews


_Draft = TypeVar("_Draft", _EventDraft, _AgreementDraft)


def _told_by(short: list[PartnerMention], told: list[PartnerMention]) -> bool:
    """Whether ``told`` names more parties than ``short`` and every party of ``short`` is one of them or the parent of
    one (the city of "the Da Nang Department of Information and Communications")."""
    keys = {m.key for m in told} | {m.parent for m in told if m.parent}
    return bool({m.key for m in told} - {m.key for m in short}) and all(m.key in keys for m in short)


def _folded_into_body(drafts: list[_Draft], headline: set[tuple[int, int]]) -> list[_Draft]:
    """The drafts without those of the headline that a draft of the body tells with more parties: the same kind and
    date, every party of the headline's one of the body's or the parent of one."""

    kept = list(drafts)
    for draft in [d for d in drafts if all(source in headline for source in d.sources)]:
        body = next(
            (
                d
                for d in kept
                if d.sentence not in headline
                # "sister cities sign tourism pact" over the body's memorandum: a headline's pact is a word for it
                and (d.kind == draft.kind or (draft.kind == "cooperation_agreement" and d.kind == "mou"))
                and (draft.date is None or draft.date == d.date)
                and _told_by(draft.partners, d.partners)
            ),
            None,
        )
        if body is not None:
            body.sources.extend(draft.sources)
            kept.remove(draft)
    return kept


class DocumentExtraction:
    """Runs the extraction stages over one document."""

    def __init__(self, document: Document, gazetteer: Gazetteer) -> None:
        self.document = document
        self.text = document.text
        self.spans = body_spans(self.text)
        screens.prepare(self.text, self.spans)  # everything below looks inside these spans only
        self.sentences = sentence_spans(self.text, self.spans)
        self.reference = document.published or dates_mod.latest_stated_date(self.text, self.spans)
        self.finder = MentionFinder(gazetteer, self.text, self.spans, document.language)
        self.mentions = {s: _without_routes(self.text, self.finder.in_sentence(*s)) for s in self.sentences}
        # places named only as where things happen ("tại thành phố Côn Minh, đoàn đã hội đàm với ... tỉnh Vân Nam")
        self.venues: dict[tuple[int, int], list[PartnerMention]] = {}
        for sentence, found in self.mentions.items():
            venues = _venues(self.text, sentence, found)
            if venues:
                self.mentions[sentence] = [m for m in found if m not in venues]
                self.venues[sentence] = venues
        self.salience = Counter(m.key for ms in self.mentions.values() for m in ms if m.place is not None)
        self.partner_by_key: dict[str, PartnerMention] = self._first_mentions()
        self._cities_of_a_side_as_venues()
        self._home_departments()
        self.events: list[_EventDraft] = []
        self.agreements: list[_AgreementDraft] = []
        self._dates: dict[tuple[int, int], list[dates_mod.DateMention]] = {}
        self._event_triggers: dict[tuple[int, int], list[Trigger]] = {}
        self._sources: dict[tuple[int, int], Source] = {}
        self._by_key: dict[str, list[PartnerMention]] | None = None
        self._sentence_index: dict[tuple[int, int], int] | None = None
        self._people: dict[tuple[int, int], list[PersonMention]] = {}
        self._people_again: dict[tuple[int, int], list[PersonMention]] = {}
        self._last_mission: PartnerMention | None = None  # the mission of the envoy the article introduced last
        # the missions told so far: (kind, country) -> (partner key, the city it sits in)
        self._missions: dict[tuple[str, str | None], tuple[str, str | None]] = {}
        self._stepped_back: _EventDraft | None = None  # the event told last, when told a day before the story's
        self.people_index = PeopleIndex()
        self.delegation_owner: PartnerMention | None = None  # whose "the delegation" is, once the text has said

    def _first_mentions(self) -> dict[str, PartnerMention]:
        """Each partner's first mention, by partner id."""
        first: dict[str, PartnerMention] = {}
        for found in self.mentions.values():
            for mention in found:
                first.setdefault(mention.key, mention)
        return first

    def _home_departments(self) -> None:
        """A department named without its place ("Sở Công Thương", "the provincial Department of Agriculture and
        Environment") in a story of a Vietnamese locality is that locality's: it gets the locality as its parent, and
        the name with the locality's as an alias, rather than one record for every city's department of that name."""
        home = next(
            (m for m in self.focal() if m.place is not None and m.country == "VN" and m.kind in ("province", "city")),
            None,
        )
        if home is None:
            return
        for sentence, found in self.mentions.items():
            rebuilt = [
                self._as_home_department(m, home)
                if m.place is None
                and m.parent is None
                and _HOME_DEPARTMENT.match(m.name)
                and (m.name.startswith("Sở") or _PROVINCIAL_BEFORE.search(self.text, max(0, m.start - 25), m.start))
                else m
                for m in found
            ]
            if rebuilt != found:
                self.mentions[sentence] = rebuilt
        self.partner_by_key = self._first_mentions()

    @staticmethod
    def _as_home_department(mention: PartnerMention, home: PartnerMention) -> PartnerMention:
        qualified = f"{mention.name} {home.name}" if mention.name.startswith("Sở") else f"{home.name} {mention.name}"
        return attrs.evolve(
            mention,
            key=org_id(mention.name, home.key),
            parent=home.key,
            country=mention.country or home.country,
            short_forms=(*mention.short_forms, qualified),
        )

    def _cities_of_a_side_as_venues(self) -> None:
        """A city named as where something happens, inside a region that is one of the article's two sides, is the
        venue, and the region the side: "The delegation, headed by Shandong Governor Li Wenhua, held talks in Munich
        on Oct. 16 with Bavarian Deputy Minister-President ..." in a story of Shandong and Bavaria."""
        regions = {m.place.id for m in self.focal() if m.place is not None and m.place.kind in ("province", "region")}
        if not regions:
            return
        for sentence, found in self.mentions.items():
            named = {m.place.id for m in found if m.place is not None}
            moved = [
                m
                for m in found
                if m.place is not None
                and m.place.kind == "city"
                and m.place.admin1 in regions
                and m.place.admin1 not in named
                and _LOCATION.search(self.text[max(sentence[0], m.start - 25) : m.start])
            ]
            if moved:
                self.mentions[sentence] = [m for m in found if m not in moved]
                self.venues[sentence] = [*self.venues.get(sentence, ()), *moved]

    def note_delegation(self, sentence: tuple[int, int]) -> None:
        """Remember whose delegation the sentence names ("đoàn công tác tỉnh Jeollanam-do", "the Tottori
        delegation"), so that a later "the delegation" / "đoàn" is that partner's."""
        places = [m for m in self.mentions[sentence] if m.place is not None]
        if not places:
            return
        for match in _DELEGATION.finditer(self.text, *sentence):
            if self.delegation_owner is not None and _COUNTERPART_BEFORE.search(
                self.text, max(sentence[0], match.start() - 12), match.start()
            ):
                # "Sáng 12/12, Đoàn đã hội đàm với Đoàn đại biểu tỉnh Xiêng Khoảng": the other side's delegation
                continue
            after = next((m for m in places if m.start >= match.end()), None)
            if (
                after is not None
                and after.start - match.end() <= 60
                and _DELEGATION_OWNER_GAP.match(self.text[match.end() : after.start])
            ):
                self.delegation_owner = after
                return
            before = next((m for m in reversed(places) if m.end <= match.start()), None)
            # "the Tottori delegation"; not "Ngày 8/10, tại thủ đô Praha, đoàn làm việc với ..."
            if (
                before is not None
                and match.start() - before.end <= 2
                and not self.text[before.end : match.start()].strip()
            ):
                self.delegation_owner = before
                return

    def learn_people(self, sentence: tuple[int, int]) -> None:
        """Read the people a sentence names with a title ("Chairman of the Hai Phong People's Committee Nguyen Van
        Tung"), so that later sentences naming them again know whom they speak for."""
        found = find_people(self.text, sentence[0], sentence[1], self.mentions[sentence])
        self._people[sentence] = found
        self.people_index.add(found)

    def people_in(self, sentence: tuple[int, int]) -> list[PersonMention]:
        """The people a sentence names: with their title there, or named again ("Thống đốc Ogata Kenichi")."""
        again = self._people_again.get(sentence)
        if again is None:
            again = self._people_again[sentence] = self.people_index.named_in(self.text, sentence[0], sentence[1])
        titled = self._people.get(sentence, [])
        spans = {(p.start, p.end): p for p in titled}
        merged = list(titled)
        for person in again:
            known = spans.get((person.start, person.end))
            if known is None:
                merged.append(person)
            elif known.partner is None and person.partner is not None:
                merged[merged.index(known)] = attrs.evolve(known, partner=person.partner)
        return sorted(merged, key=lambda p: p.start)

    def _spoken_for(self, sentence: tuple[int, int], partners: list[PartnerMention]) -> list[PartnerMention]:
        """The partners of the people a sentence names again without their office: "Chiều cùng ngày, Phó Chủ tịch
        Quốc hội ... đã tiếp Thống đốc Ogata Kenichi" after "ông Ogata Kenichi, Thống đốc tỉnh Fukuoka"."""
        named = {m.key for m in partners}
        if _sides(partners) >= 2:
            return []  # the sentence names its two sides itself
        added = []
        for person in self.people_in(sentence):
            key = person.partner
            if key is not None and key not in named and key in self.partner_by_key:
                named.add(key)
                added.append(self.partner_by_key[key])
        return added

    def dates_in(self, sentence: tuple[int, int]) -> list[dates_mod.DateMention]:
        """The sentence's date mentions against the article's reference date (found once, asked often)."""
        found = self._dates.get(sentence)
        if found is None:
            found = dates_mod.find_dates(self.text, sentence[0], sentence[1], self.reference)
            # "NANNING, Feb. 29 (GX News) -- The ... meeting ... was held in Nanning on Tuesday.": the dateline's day
            # is when the story was filed
            found = self._dates[sentence] = [m for m in found if not self._is_dateline(sentence, m)]
        return found

    def _is_dateline(self, sentence: tuple[int, int], mention: dates_mod.DateMention) -> bool:
        if _DATELINE_AFTER_DATE.match(self.text, mention.end):
            return True
        if _BRACKET_DASH_AFTER_DATE.match(self.text, mention.end) and _DATELINE_PLACE_BRACKET_BEFORE.fullmatch(
            self.text, sentence[0], mention.start
        ):
            return True  # "SEATTLE (September 17, 2024) – On Monday, Mayor ... welcomed ...": the release's day
        return bool(
            (_DASH_AFTER_DATE.match(self.text, mention.end) or _AGENCY_AFTER_DATE.match(self.text, mention.end))
            and _DATELINE_PLACE_BEFORE.fullmatch(self.text, sentence[0], mention.start)
        )

    def event_triggers_in(self, sentence: tuple[int, int]) -> list[Trigger]:
        found = self._event_triggers.get(sentence)
        if found is None:
            found = self._event_triggers[sentence] = find_event_triggers(self.text, sentence[0], sentence[1])
        return found

    # ---- focal partners -------------------------------------------------
    def focal(self, count: int = 2) -> list[PartnerMention]:
        first_seen = {key: index for index, key in enumerate(self.partner_by_key)}
        ranked = [key for key, _ in sorted(self.salience.items(), key=lambda kv: (-kv[1], first_seen.get(kv[0], 0)))]
        chosen: list[PartnerMention] = []
        for key in ranked:
            mention = self.partner_by_key[key]
            if any(
                c.place is not None and mention.place is not None and _contains(c.place, mention.place) for c in chosen
            ):
                continue
            chosen.append(mention)
            if len(chosen) == count:
                break
        return chosen

    def _with_focal(self, partners: list[PartnerMention], minimum: int = 2) -> list[PartnerMention]:
        result = list(partners)
        # "in Kitakyushu, Fukuoka prefecture, ... Khanh and Kitakyushu Mayor Takeuchi Kenta attended a ceremony": a
        # city and its prefecture are one side
        if _sides(result) + len({m.key for m in result if m.place is None}) >= minimum:
            return result
        for mention in self.focal():
            if mention.key not in {m.key for m in result} and not any(m.parent == mention.key for m in result):
                result.append(mention)
            if len({m.key for m in result}) >= minimum:
                break
        return result

    # ---- events ---------------------------------------------------------
    def extract_events(self) -> None:
        previous_date: PartialDate | None = None
        heading: PartialDate | None = None  # the day a heading line just told
        # the story's last event was told with a time of its own, not exactly ("Last autumn a delegation held
        # talks ..."): what follows it ("During the visit, the guests ...") is that story, though undated
        undated_story: _EventDraft | None = None
        lead_date: PartialDate | None = None
        prose = next((s for s in self.sentences if s[1] - s[0] >= _PROSE_LENGTH), None)
        for index, sentence in enumerate(self.sentences):
            start, end = sentence
            self.note_delegation(sentence)
            self.learn_people(sentence)
            if prose is not None and start > prose[0] and self._subheading(sentence):
                # "Hội kiến lãnh đạo tỉnh Quảng Đông", "Reception in Melbourne": a heading over the paragraph that
                # tells the event, on the day that paragraph names
                continue
            triggers = [
                t
                for t in self.event_triggers_in(sentence)
                if not is_intended(self.text, start, t.start)
                and not is_future(self.text, t.end, end)
                # "Diễn đàn cấp cao Vành đai và Con đường lần thứ ba sẽ diễn ra tại Bắc Kinh": the plan is inside the
                # words that name the event
                and not _FUTURE_INSIDE.search(self.text, t.start, t.end)
            ]
            gathered = _GATHERED_IN.search(self.text, start, end) if self.events else None
            # "Tham dự diễn đàn có ...", "The conference brought together ...": who took part, no new event
            if (
                gathered
                and not any(t.strong and t.start >= start + gathered.end() for t in triggers)
                # "Ngày 8/10, tại thủ đô Praha, đoàn làm việc với ... và tổ chức Tọa đàm ... với sự tham gia của gần 40
                # doanh nghiệp Séc": an event of its own day, who took part in it told after
                and not (
                    any(t.strong for t in triggers)
                    and any(
                        m.date is not None and m.relation not in ("year", "event_ref") for m in self.dates_in(sentence)
                    )
                )
                # "Sáng cùng ngày, Hội nghị xúc tiến thương mại ... đã diễn ra với sự tham gia của hơn 200 doanh
                # nghiệp": an event of a kind not told yet, who took part in it told after
                # ("The forum, held on the same day, brought together ...": the forum the lead named)
                and not any(
                    t.strong
                    and t.end <= start + gathered.start()  # not "Tham dự hội nghị có ...", the words that say who came
                    and not any(_SAME_KIND.get(d.kind, d.kind) == _SAME_KIND.get(t.kind, t.kind) for d in self.events)
                    and not _DEFINITE_BEFORE.search(self.text, max(start, t.start - 5), t.start)
                    for t in triggers
                )
            ):
                self._add_attendees(self._event_named(sentence), sentence)
                continue
            if not triggers:
                heading_date = self._heading_day(sentence)
                if heading_date is not None:
                    # "2. Hai Phong (Tuesday, November 5)" over a paragraph: the day of what the paragraph tells
                    previous_date = heading = heading_date
                    continue
                if _ARRIVED_IN.search(self.text, start, end):
                    # "Ngày 27/3, đoàn đến thành phố Quảng Châu, tỉnh Quảng Đông. Tại đây, Bí thư ... đã hội kiến ...":
                    # the day the delegation arrived is the day of what it did there
                    arrival, _ = self._event_date(self.dates_in(sentence), None)
                    if isinstance(arrival, PartialDate) and arrival.precision == "day":
                        previous_date = arrival
                        continue
                if (
                    index < LEAD_SENTENCES
                    and previous_date is None
                    and not self.events
                    and any(m.place is not None for m in self.mentions[sentence])  # a story, not a time stamp
                ):
                    # "QINGDAO, Sept. 11 (Xinhua) -- Qingdao and Hai Phong on Monday pledged to expand cooperation
                    # ...": the lead's day is the day of what the next sentences tell ("Qingdao Mayor Zhao Haoran
                    # held talks with ...")
                    story_date, _ = self._event_date(self.dates_in(sentence), None)
                    if isinstance(story_date, PartialDate) and story_date.precision == "day":
                        previous_date = lead_date = story_date
                continue
            date_mentions = self.dates_in(sentence)
            if heading is not None and heading == previous_date:
                # "Tuesday: Inside Europe's most automated terminal / The following day, the Busan delegation ...": the
                # heading tells the day the paragraph's "following day" is
                date_mentions = [m for m in date_mentions if m.relation not in ("next_day", "previous_day")]
            heading = None
            done = any(_DONE_BEFORE.search(self.text, max(start, t.start - 12), t.start) for t in triggers)
            dating = self._dates_of_triggers(date_mentions, triggers, start)
            date, same_day = self._event_date(dating, previous_date, done)
            if date is None and previous_date is not None and _LATER_THAT_DAY_OPENING.match(self.text, start, end):
                # "In the afternoon, the delegation had a working session with ...": the day just told goes on
                date, same_day = previous_date, True
            if date is False:
                continue  # history or a future plan
            if (
                date is None
                and any(m.relation == "year" for m in date_mentions)
                and _HAS_SINCE.search(self.text, triggers[0].end, end)
            ):
                continue  # "In 1999 the two cities signed an agreement ..., which has since served as ...": history
            partners = list(self.mentions[sentence])
            partners += self._spoken_for(sentence, partners)
            kinds = {t.kind for t in triggers}
            # "After the talks, the two sides signed ...": the talks named there were reported already
            references = [(m.start, m.end) for m in date_mentions if m.relation == "event_ref" and self._told(m)]
            if (
                references
                and not any(m.place is not None for m in partners)
                and _BOTH_SIDES.search(self.text, start, end)
                and (pair := self._pair_of_event_told(sentence))
            ):
                # "In Niigata on Monday, Khanh held talks with Governor of Niigata Prefecture ... Following the talks,
                # the two leaders signed a memorandum": the talks' two sides, not the article's main pair
                partners += pair
            new_triggers = [
                t
                for t in triggers
                if t.strong
                and not any(a <= t.start < b for a, b in references)
                # "The delegation was received by ..." with no time of its own: the visit just told, seen from the
                # guests' side; "On Monday, the delegation was received by ..." is a reception of its own
                and not (date is None and _PASSIVE_RECEPTION.match(self.text, t.start, t.end))
                # "During their meeting, the two mayors held talks on clean energy ... and signed ...": the talks are
                # the meeting told
                and not (t.kind in _CONVERSATION_KINDS and any(_DURING.match(self.text, a) for a, _ in references))
            ]
            summary = _DURING_WHICH_IN.search(self.text, start, end)
            summed_from = start + summary.start() if summary else end  # a screened search answers within the piece
            if summary and new_triggers and all(t.start > summed_from for t in new_triggers):
                # "... returned home on Thursday after a five-day working trip to China, during which the province
                # formalised relations with Hangzhou and held talks with ...": a trip summed up, its day the return's
                new_triggers = []
                if all(m.end <= summed_from for m in date_mentions):
                    date = None
            strong = bool(new_triggers)
            strong_kinds = {t.kind for t in new_triggers} or kinds
            primary = next(k for k in (*EVENT_PRECEDENCE, "signing") if k in strong_kinds)
            if primary == "visit" and any(
                t.kind == "visit" and _SITE_VISITED_AFTER.match(self.text, t.end, min(end, t.end + 80))
                for t in new_triggers or triggers
            ):
                primary = "field_trip"  # "the delegation visited the Da Nang Hi-Tech Park", "đoàn đã thăm nhà máy ..."
            # "Thỏa thuận hợp tác hữu nghị được ký kết năm 2017", "signed in 2015": a signing of the past
            act = _SIGNING_ACT_IN.search(self.text, start, end)
            # "The new agreement ... was signed last Friday in Hue by ..., who led a 12-member delegation ... to mark
            # the 25th anniversary of the sister-city ties": an anniversary in a clause of its own does not make
            # the signing one of the past
            clause = _RELATIVE_CLAUSE.search(self.text, start + act.end(), end) if act else None  # act: in the piece
            signed_now = (
                act
                and not _EXISTING_SINCE_IN.search(self.text, start, clause.start() if clause else end)
                and not _SIGNED_IN_YEAR.search(self.text, start, end)
                # "He noted that Can Tho and Kandal signed a memorandum of understanding on cooperation in 2019" in
                # an article of no date: a signing told with its year is the relation's past
                and not (self.document.published is None and _SIGNED_THEN_YEAR.search(self.text, start, end))
            )
            if primary == "signing" and (kinds == {"signing"} or not signed_now):
                primary = ""  # "sau 5 năm ký kết thỏa thuận hợp tác": the years since a signing, no signing now
            virtual = bool(_VIRTUAL_IN.search(self.text, start, end))
            topics = topics_in(self.text, start, end)
            location = self._location(sentence, partners)
            made = False
            in_lead = index < LEAD_SENTENCES
            own_date = date
            # "Last autumn a delegation held talks": a time of the sentence's own, not told exactly; the
            # sentence is no reference back to the event before it, and the next ones are not that event's
            unresolved_time = date is None and any(
                m.relation not in ("year", "event_ref", "previous_day", "next_day") for m in date_mentions
            )
            if date is None and in_lead and not unresolved_time:
                # "... on Tuesday renewed a memorandum ... / The two leaders met at the Aichi Prefectural Government
                # office in Nagoya and signed the renewal": the lead's day goes on (a Vietnamese lead names its day
                # in each sentence that tells something new: "Tại điểm cầu ..., chủ trì buổi hội đàm có ..." is the
                # talks told)
                date = lead_date or (previous_date if self.document.language == "en" else None)
            if date is None and not in_lead and self.reference is not None and not unresolved_time:
                placed = any(m.place is not None or m.parent for m in partners)
                if not placed or previous_date is None:
                    if undated_story is not None and (placed or _CONTINUES_IN.search(self.text, start, end)):
                        story = undated_story.partners
                        partners += [m for m in story if m.key not in {p.key for p in partners}]
                    else:
                        strong = False  # context, or a reference back to an event already found
                else:
                    date = previous_date
            opens_with_both = bool(_BOTH_SIDES_OPENING.match(self.text, start, end))
            if (
                date is None
                and previous_date is not None
                and not unresolved_time
                and self.events
                and ("\n" not in self.text[self.events[-1].sentence[1] : start] or opens_with_both)
                and _BOTH_SIDES.search(self.text, start, end)
            ):
                # "On Tuesday, Gov. Takada paid a courtesy call on Gov. Mercer ... The two governors signed a joint
                # statement ...": the paragraph goes on with the day it told, and so does the next one when it opens
                # with the two ("... Wang held talks with Lodz Mayor Anna Wisniewska. / The two mayors signed ...")
                date = previous_date
                if opens_with_both and not any(m.place is not None for m in partners):
                    partners += self._pair_of_event_told(sentence) or []
            if not partners and date is None and not in_lead and self.reference is not None and not unresolved_time:
                strong = False
            # "..., với sự tham dự của đông đảo cộng đồng người Việt Nam": the community among who attended
            told_end = start + gathered.start() if gathered else end
            if primary in ("meeting", "visit", "other") and _COMMUNITY_IN.search(self.text, start, told_end):
                strong = False  # "đoàn đã gặp gỡ bà con cộng đồng người Việt Nam ... tại thành phố Hamburg"
            if primary == "meeting" and _BUSINESS_MEETING_IN.search(self.text, start, end):
                strong = False  # "hơn 150 cuộc gặp gỡ giao thương giữa doanh nghiệp hai nước": business matching
            if not partners and not in_lead and _BUSINESS_ACTORS_IN.search(self.text, start, end):
                # "Cùng ngày, đại diện các doanh nghiệp hai nước đã tham gia hơn 150 cuộc gặp gỡ giao thương":
                # companies meeting companies, no event between the localities
                strong = False
            if primary in (*_CONVERSATION_KINDS, "reception", "visit") and self._calls_on_own_mission(sentence):
                # "Cùng ngày, Đoàn đã đến chào xã giao Đại sứ quán Việt Nam tại Lào và gặp gỡ cộng đồng ...": a
                # delegation abroad calling on its own country's embassy meets no foreign side
                strong = False
            if primary in (*_CONVERSATION_KINDS, "reception") and _sides(partners) < 2:
                # "Chủ tịch UBND tỉnh ... đã tiếp ông Shin Jae-hoon, Tổng Lãnh sự Hàn Quốc tại Đà Nẵng": a country's
                # envoy is received, the country is the other side (not a city the article names elsewhere)
                partners += [m for m in [self._envoys_mission(sentence, partners)] if m is not None]
            elif _sides(partners) < 2 and self._last_mission is not None and _ENVOY_AGAIN.search(self.text, start, end):
                # "On Wednesday afternoon, the ambassador visited the site of the completed dioxin remediation project":
                # the envoy the article introduced, whatever the event
                partners += [m for m in [self._envoys_mission(sentence, partners)] if m is not None]
            separately = self._met_separately(sentence, primary, partners) if strong else None
            if separately:
                # "On the sidelines of the forum, Park held separate talks with Nguyen Duc Thang, vice chairman of the
                # Hai Phong People's Committee, and Kitakyushu Deputy Mayor Kobe Yuichi": one event with each
                for pair in separately:
                    keys = {m.key for m in pair}
                    same = next(
                        (
                            d
                            for d in self.events
                            if d.kind == primary and d.date == date and {m.key for m in d.partners} == keys
                        ),
                        None,
                    )
                    if same is not None:
                        same.sources.append(sentence)
                    else:
                        self.events.append(
                            _EventDraft(primary, date, pair, location, sentence, True, virtual, set(topics), [sentence])
                        )
                made = True
            elif primary:
                made = self._add_event(
                    primary,
                    date,
                    partners,
                    location,
                    sentence,
                    strong,
                    virtual,
                    topics,
                    own_dated=own_date is not None,
                    later_that_day=any(
                        # "Chiều cùng ngày", "later that afternoon": the part of day may stand before the words
                        m.relation == "same_day" and _PART_OF_DAY.search(self.text, max(start, m.start - 8), m.end)
                        for m in date_mentions
                    )
                    # "Also on Tuesday, Vice Chairman ... received a delegation from the City of Greater Geelong":
                    # another reception that day
                    or bool(_ALSO_OPENING.match(self.text, start, end)),
                )
            if made and primary != "field_trip" and any(t.kind == "field_trip" for t in new_triggers):
                # "the delegation held a working session with ... and paid a field trip to ...": two events
                self._add_event(
                    "field_trip", date, partners, None, sentence, strong, False, topics, own_dated=own_date is not None
                )
            if (
                made
                and primary in ("reception", "talks", "working_session", "meeting")
                # "tiếp các trưởng đoàn ... tham dự diễn đàn": who the guests are, not a second event
                and any(t.kind == "conference" and not _ATTENDING.match(self.text, t.start) for t in new_triggers)
            ):
                # "... received a delegation from Takeo ..., shortly after the two sides co-chaired their annual
                # conference", "đoàn làm việc với Phòng Thương mại ... và tổ chức Tọa đàm ...": two events
                self._add_event(
                    "conference",
                    date,
                    partners,
                    location,
                    sentence,
                    strong,
                    virtual,
                    topics,
                    own_dated=own_date is not None,
                )
            if (
                "signing" in kinds
                and signed_now
                and (own_date is not None or _CEREMONY_IN.search(self.text, start, end))
            ):
                signed = self._add_event(
                    "signing", date, partners, location, sentence, True, virtual, topics, need_agreement=True
                )
                made = made or signed  # "Earlier the same day, ..." after a sentence that reports only a signing
            # "The previous evening, Zhao met with ...": a step back that does not move the story's day, from which "The
            # following morning" counts
            flashback = any(m.relation == "previous_day" for m in date_mentions)
            if made:
                self._stepped_back = self.events[-1] if flashback and self.events else None
            if date is not None and (made or same_day) and not flashback:
                previous_date = date
                undated_story = None
            elif made and unresolved_time:
                previous_date = None
                undated_story = next((d for d in reversed(self.events) if sentence in d.sources), None)

    def _told(self, mention: dates_mod.DateMention) -> bool:
        """Whether the event a reference names was told already: "Receiving the delegation in Tam Ky city, ..." after
        the delegation's visit only, "Tại buổi làm việc với lãnh đạo thành phố Đông Hưng, ..." after talks in Nanning
        tell an event of their own."""
        words = self.text[mention.start : mention.end].lower()
        if _RECEIVING.match(self.text, mention.start):
            kinds: tuple[str, ...] = ("reception", "working_session", "talks", "meeting", "teleconference")
        else:
            kinds = next((k for pattern, k in _REFERENCE_KINDS if pattern.search(words)), ())
        if not kinds:
            return bool(self.events)
        return any(d.kind in kinds for d in self.events)

    def _event_named(self, sentence: tuple[int, int]) -> _EventDraft:
        """The event a sentence about it names ("Tham dự hội nghị có ..." after a visit told in passing: the
        conference), else the last one told."""
        named = {t.kind for t in self.event_triggers_in(sentence)}
        if "conference" in named:
            named.add("teleconference")
        return next((d for d in reversed(self.events) if d.kind in named), self.events[-1])

    def _add_attendees(self, draft: _EventDraft, sentence: tuple[int, int]) -> None:
        """ "The conference brought together the Vietnamese localities of Thua Thien Hue, Da Nang and Quang Tri, the
        Lao provinces of Savannakhet and Salavan, ...": the places listed take part in the event just told."""
        known = {m.key for m in draft.partners}
        draft.partners.extend(m for m in self.mentions[sentence] if m.place is not None and m.key not in known)
        draft.sources.append(sentence)
        if draft.kind == "meeting" and _CONFERENCE_WORD_IN.search(self.text, *sentence):
            draft.kind = "conference"  # a meeting of many localities that the text calls a conference

    def _envoys_mission(self, sentence: tuple[int, int], partners: list[PartnerMention]) -> PartnerMention | None:
        """The mission whose envoy the sentence names with the envoy's country ("Tổng Lãnh sự Hàn Quốc tại Đà Nẵng",
        "Consul General of Japan in Seattle", "US Ambassador to Vietnam Robert Harlan", "the French Consul General in
        Ho Chi Minh City"), unless that is the home country of the places already there."""
        envoy = self._envoy(sentence)
        if envoy is None:
            # "Trước đó, sáng 12/9, Tổng Lãnh sự Élise Fontaine đã làm việc với UBND thành phố Đà Lạt": the envoy
            # the article introduced, named again by the title alone
            again = _ENVOY_AGAIN.search(self.text, sentence[0], sentence[1])
            introduced = self._last_mission
            if again is None or introduced is None:
                return None
            return attrs.evolve(introduced, start=again.start(), end=again.end(), surface=again.group())
        home = {m.place.country for m in partners if m.place is not None} | {m.country for m in partners if m.country}
        # "the delegation ... had a working session with Vietnamese Ambassador to France ...": its own country's envoy
        owner = self.delegation_owner or next(iter(self.focal(1)), None)
        if envoy.country.country in home or (owner is not None and owner.country == envoy.country.country):
            return None
        mission = _MISSION_OF_ENVOY[" ".join(envoy.title.split()).lower()]
        seat_word = _SEAT_AFTER.match(self.text, envoy.end, sentence[1])
        seat = self.finder.place_at(seat_word.end()) if seat_word else None
        # the names a careful reader gives it: "Consulate General of France in Ho Chi Minh City", "French Consulate
        # General", "Tổng Lãnh sự quán Pháp tại TP Hồ Chí Minh"
        english = _ENGLISH_MISSION.get(mission, mission)
        the = "the " if envoy.country.country in COUNTRIES_WITH_THE else ""
        adjective = ADJECTIVE_OF_COUNTRY.get(envoy.country.country or "")
        names = [f"{english} of {the}{envoy.country.name}", *([f"{adjective} {english}"] if adjective else [])]
        if seat is not None:
            seats = dict.fromkeys((seat[1].name, seat[0].surface))
            names = [f"{name} in {where}" for name in names for where in seats] + names
        if envoy.vietnamese:
            names.insert(0, f"{mission} {envoy.country_surface}" + (f" tại {seat[0].surface}" if seat else ""))
        end = seat[0].end if seat is not None else envoy.end
        # "... cảm ơn Tổng Lãnh sự quán Liên bang Nga tại Đà Nẵng": the mission the article names itself
        bare = f"{mission} {envoy.country_surface}" if envoy.vietnamese else None
        named = next((m for m in self.partner_by_key.values() if m.place is None and m.name in (*names, bare)), None)
        # "Da Nang leader receives US Ambassador" over "... received US Ambassador to Vietnam Robert Harlan": one
        # embassy; a consulate told without its seat is the one told with it
        seat_name = seat[1].name if seat is not None else None
        earlier = self._missions.get((english, envoy.country.country))
        if earlier is not None and (english == "Embassy" or seat_name is None or earlier[1] in (None, seat_name)):
            key = earlier[0]
        else:
            key = named.key if named is not None else org_id(names[0], None)
            self._missions[(english, envoy.country.country)] = (key, seat_name)
        self._last_mission = PartnerMention(
            key,
            envoy.start,
            end,
            self.text[envoy.start : end],
            "organization",
            names[0],
            envoy.country.country,
            short_forms=tuple(dict.fromkeys(names[1:])),
        )
        return self._last_mission

    def _envoy(self, sentence: tuple[int, int]) -> _Envoy | None:
        """An envoy's title named with the envoy's country."""
        titled = _ENVOY_OF.search(self.text, sentence[0], sentence[1])
        if titled is not None:
            found = self.finder.place_at(titled.end())
            if found is not None and found[1].kind == "country":
                vietnamese = titled.group("vi") is not None
                title = titled.group("vi") or titled.group("en")
                return _Envoy(titled.start(), found[0].end, title, found[1], found[0].surface, vietnamese)
        for titled in _ENVOY_AFTER_COUNTRY.finditer(self.text, sentence[0], sentence[1]):
            adjective = _ADJECTIVE_BEFORE.search(self.text, max(sentence[0], titled.start() - 30), titled.start())
            code = COUNTRY_OF_ADJECTIVE.get(" ".join(adjective.group(1).split())) if adjective else None
            if adjective is not None and code is not None:
                country = self.finder.gazetteer.get(f"iso3166-1:{code}")
                return _Envoy(adjective.start(1), titled.end(), titled.group(1), country, adjective.group(1), False)
            found = self.finder.place_ending_at(titled.start())
            if found is not None and found[1].kind == "country":
                return _Envoy(found[0].start, titled.end(), titled.group(1), found[1], found[0].surface, False)
        return None

    def _calls_on_own_mission(self, sentence: tuple[int, int]) -> bool:
        """Whether the sentence's delegation calls on the embassy or consulate of its own country."""
        call = _MISSION_CALLED_ON.search(self.text, sentence[0], sentence[1])
        if call is None:
            return False
        found = self.finder.place_at(call.end())
        owner = self.delegation_owner or next(iter(self.focal(1)), None)
        return (
            found is not None
            and found[1].kind == "country"
            and owner is not None
            and owner.country is not None
            and found[1].country == owner.country
        )

    def _met_separately(
        self, sentence: tuple[int, int], kind: str, partners: list[PartnerMention]
    ) -> list[list[PartnerMention]] | None:
        """The pairs of talks held "separately" with each of several places, the story's own side in each."""
        if kind not in _CONVERSATION_KINDS:
            return None
        said = _SEPARATELY.search(self.text, sentence[0], sentence[1])
        if said is None:
            return None
        others = list({m.key: m for m in partners if m.place is not None and m.start > said.start()}.values())
        if len(others) < 2:
            return None
        named = {m.key for m in others}
        own = [m for m in partners if m.place is not None and m.key not in named and m.start < said.start()]
        host = own[0] if own else next((m for m in self.focal() if m.place is not None and m.key not in named), None)
        if host is None:
            return None
        return [[host, other] for other in others]

    def _subheading(self, sentence: tuple[int, int]) -> bool:
        """A short line of its own between paragraphs, not ending as a sentence ends, that names no day."""
        start, end = sentence
        if end - start > HEADING_LENGTH or self.text[end - 1 : end] in '.!?:;"”)':
            return False
        if not (self.text.startswith("\n\n", end) and self.text[max(0, start - 2) : start] == "\n\n"):
            return False
        return not any(m.date is not None for m in self.dates_in(sentence))

    def _heading_day(self, sentence: tuple[int, int]) -> PartialDate | None:
        """The day a heading line names ("1. Hanoi (Monday, November 4)", "Ngày 12/3:"): a short line of its own."""
        start, end = sentence
        if end - start > HEADING_LENGTH:
            return None
        # only the few characters a number takes are looked back over: a page of one long line stays linear
        line_start = self.text.rfind("\n", max(0, start - _HEADING_PREFIX), start) + 1
        if (line_start == 0 and start > _HEADING_PREFIX) or not _HEADING_NUMBER.fullmatch(self.text, line_start, start):
            return None
        if (
            # "Office of the Governor | News release | August 17, 2023", "Tuesday, 28 September 2021, 5:16 pm": the
            # page's time stamp
            "|" in self.text[start:end] or _CLOCK_TIME.search(self.text, start, end)
        ):
            return None
        if end != len(self.text) and not self.text.startswith("\n", end):
            return None
        days = [m.date for m in self.dates_in(sentence) if m.date is not None and m.date.day is not None]
        if len(days) != 1 or (self.reference is not None and _after(days[0], self.reference, days=1)):
            return None
        return days[0]

    def _dates_of_triggers(self, mentions: list[dates_mod.DateMention], triggers: list[Trigger], start: int = -1):
        """The date mentions that may date a sentence's events: not those in a relative clause after every
        trigger ("held talks ... before signing the renewed MOU, which extends ... a pact first concluded in 2013"),
        nor one in an opening clause of what came before when the rest has its own ("After flying to Osaka on
        October 15, the delegation attended the ... conference in Osaka on October 17")."""
        last = max(trigger.end for trigger in triggers)
        if start >= 0 and mentions:
            # "kỷ niệm 62 năm Ngày thiết lập quan hệ ngoại giao (5/9/1962 - 5/9/2024)": the days an anniversary spans
            reach = max(m.end for m in mentions) + 3  # the closing bracket after the last day
            spans = [m.span() for m in _DAYS_ANNIVERSARY.finditer(self.text, start, reach)]
            if spans:
                mentions = [m for m in mentions if not any(a <= m.start < b for a, b in spans)]
        leading = _LEADING_PARTICIPLE.match(self.text, start) if start >= 0 else None
        if leading and any(m.start >= leading.end() and m.date is not None for m in mentions):
            mentions = [m for m in mentions if m.start >= leading.end()]
        return [
            mention
            for mention in mentions
            if (mention.start < last or not _RELATIVE_CLAUSE.search(self.text, last, mention.start))
            # "a new air route, operated by Ural Airlines since early September": when a state began, no event's day
            and not _SINCE_BEFORE.search(self.text, max(0, mention.start - 8), mention.start)
        ]

    def _date_of_event_referred(self, mention: dates_mod.DateMention) -> PartialDate | None:
        """The day of the event told last, when the story stepped back to it ("The previous day, ...") and it is of
        the kind a reference names ("After the session", "Sau buổi làm việc")."""
        named = _REFERRED_EVENT.search(self.text, mention.start, mention.end)
        last = self._stepped_back
        if named is None or last is None:
            return None
        kind = next(kind for kind, word in named.groupdict().items() if word)
        return last.date if last.kind == kind and isinstance(last.date, PartialDate) and last.date.day else None

    def _date_of_event_named_after(self, mention: dates_mod.DateMention) -> PartialDate | None:
        """The day of the event a reference names ("On the occasion of the renewal, ...", "The following day after
        the signing, ..."), when one of that kind was told with a day: the story may have gone back in time since."""
        named = _EVENT_NAMED_AFTER.match(self.text, mention.end)
        if named is None:
            return None
        kind = _NAMED_EVENT_KINDS[named.group(1).lower()]
        dated = [d for d in self.events if d.kind == kind and isinstance(d.date, PartialDate) and d.date.day]
        return dated[-1].date if dated else None

    def _event_date(self, mentions: list[dates_mod.DateMention], previous: PartialDate | None, done: bool = False):
        """The date of a sentence's event; False for history or a plan. ``done``: the text says the event
        took place ("hai bên đã ký ...") and a later year is what was agreed on, not when."""
        relative = next((m for m in mentions if m.relation in ("next_day", "previous_day")), None)
        if relative is not None and any(
            m.relation == "absolute"
            and m.date is not None
            and m.date.day is not None
            and 0 <= m.start - relative.end <= _DAY_AFTER_RELATIVE_GAP
            for m in mentions
        ):
            # "The following day, April 16, the delegation worked with ...": the day told right after it is the day
            mentions = [m for m in mentions if m is not relative]
        for mention in mentions:
            if mention.relation in ("same_day", "next_day", "previous_day"):
                previous = self._date_of_event_named_after(mention) or previous
            if mention.relation == "same_day":
                if (
                    previous is not None
                    and previous.precision != "day"
                    and _A_DAY.search(self.text, mention.start, mention.end)
                ):
                    # "She recalled that in September 2023 a delegation visited Boston ... The same afternoon, ...":
                    # a day is meant, and the event before it has none
                    return None, False
                return previous, True
            if mention.relation in ("previous_day", "next_day"):
                if previous is None or previous.day is None:
                    return None, False
                step = dt.timedelta(days=-mention.days if mention.relation == "previous_day" else mention.days)
                day = dt.date(previous.year, previous.month or 1, previous.day) + step
                return PartialDate(day.year, day.month, day.day), False
        dated = [m for m in mentions if m.relation not in ("year", "event_ref", "previous_day", "next_day")]
        # "Trong chuyến công tác từ ngày 16 đến 21/5, ngày 18/5, đoàn ... đã có buổi làm việc": the day told, not the
        # trip's first
        dated.sort(key=lambda m: m.several_days)
        for mention in dated:
            if mention.date is None:
                return None, False
            if (
                self.reference is not None
                and mention.date.year < self.reference.year - HISTORY_YEARS
                and mention is not dated[-1]
            ):
                continue  # an anniversary's starting date next to the event's own
            if self.reference is not None and mention.date.year < self.reference.year - HISTORY_YEARS:
                return False, False
            if self.reference is not None and _after(mention.date, self.reference, days=1):
                return False, False
            return mention.date, False
        years = [m.date.year for m in mentions if m.relation == "year" and m.date is not None]
        if years and self.reference is not None and all(year < self.reference.year - HISTORY_YEARS for year in years):
            return False, False  # "Welcoming the guests, ... since the two cities signed an MoU in 2013"
        reference = next((m for m in mentions if m.relation == "event_ref"), None)
        if reference is not None:
            # "The previous day, the delegation had a working session with ... After the session, the officials toured
            # ...": the day of the event named, when the story had stepped back to it
            previous = self._date_of_event_referred(reference) or previous
        if previous is not None and reference is not None:
            return previous, True  # "After the talks, the two sides signed ...": the talks' day
        if years and self.reference is not None and all(year > self.reference.year for year in years) and not done:
            return False, False
        return None, False

    def _location(self, sentence: tuple[int, int], partners: list[PartnerMention]) -> str | None:
        for mention in [*self.venues.get(sentence, ()), *partners]:
            if _MISSION_SEAT_BEFORE.search(self.text, max(sentence[0], mention.start - 60), mention.start):
                continue  # "Tổng Lãnh sự Hàn Quốc tại Đà Nẵng": where the envoy sits, not where the event is
            if mention.place is not None and (
                _LOCATION.search(self.text[max(sentence[0], mention.start - 25) : mention.start])
                # "the delegation travelled to Melbourne, where it was received by ..."
                or (
                    _TRAVELLED_TO_BEFORE.search(self.text, max(sentence[0], mention.start - 30), mention.start)
                    and _WHERE_AFTER.match(self.text, mention.end, sentence[1])
                )
            ):
                return mention.place.name
        return None

    def _add_event(
        self,
        kind,
        date,
        partners,
        location,
        sentence,
        strong,
        virtual,
        topics,
        need_agreement=False,
        own_dated=True,
        later_that_day=False,
    ) -> bool:
        # "... attended the opening of a photo exhibition at the Hue Museum of Royal Antiquities": a venue
        partners = [
            m
            for m in partners
            if m.place is not None or not _VENUE_BEFORE.search(self.text, max(sentence[0], m.start - 32), m.start)
        ]
        if (
            kind == "signing"
            and need_agreement
            and not find_agreement_triggers(self.text, *sentence)
            and not _AGREEMENT_WORD.search(self.text[sentence[0] : sentence[1]])
        ):
            return False
        if (
            kind == "teleconference"
            or (virtual and kind in ("meeting", "talks", "working_session"))
            or (kind == "conference" and _BRIDGE_POINTS.search(self.text, sentence[0], sentence[1]))
        ):
            kind = "teleconference"
        for draft in self.events:
            same_day = (
                date is not None
                and draft.date == date
                and date.precision == "day"
                and (own_dated or (bool(draft.filled) and strong))
            )
            if (
                (draft.kind == kind or {draft.kind, kind} == _VIRTUAL_CONFERENCE)
                and (same_day or _dates_compatible(draft.date, date))
                and (
                    same_day
                    or not partners
                    or not draft.partners
                    or _overlap(draft.partners, partners)
                    or date is None
                    or draft.date is None
                )
                and not (
                    kind == "signing"
                    and strong
                    and (
                        _bodies_of_their_own(draft.partners, partners)
                        # "On the same occasion, Sichuan University and the University of Lodz signed ... Also on
                        # Wednesday, Chengdu and ... Can Tho signed ...": the sides named, not those assumed
                        or _another_pair([m for m in draft.partners if m.key not in draft.filled], partners)
                        # "The two mayors signed an action plan ..." of no day, then "Also on Wednesday, Chengdu and
                        # ... Can Tho signed a memorandum ...": two sides of its own on a day of its own
                        or (
                            draft.date is None
                            and own_dated
                            and date is not None
                            and _sides(partners) >= 2
                            and not any(m.key not in draft.filled for m in draft.partners)
                        )
                    )
                )
                # "Ngày 14/1, ... Phó Chủ tịch nước Lào đã tiếp đoàn. ... Chiều cùng ngày, đoàn đã chào xã giao lãnh đạo
                # Thủ đô Viêng Chăn": later that day, another host
                and not (
                    later_that_day
                    and strong
                    and _new_side([m for m in draft.partners if m.key not in draft.filled], partners)
                )
            ):
                draft.sources.append(sentence)
                if date is not None and (draft.date is None or len(date.isoformat()) > len(draft.date.isoformat())):
                    draft.date = date
                draft.location = draft.location or location
                draft.topics |= topics
                named = {m.key for m in partners}
                if partners and not same_day:
                    draft.filled -= named
                if partners and (not draft.partners or same_day):
                    if not own_dated:  # what was only assumed gives way to what the text names
                        draft.partners = [m for m in draft.partners if m.key not in draft.filled or m.key in named]
                        draft.filled &= named
                    draft.partners.extend(m for m in partners if m.key not in {p.key for p in draft.partners})
                    draft.filled -= named
                draft.strong = draft.strong or strong
                return True
        if not strong:
            return False
        event_partners = list(partners)
        if _DELEGATION.search(self.text[sentence[0] : sentence[1]]):
            # "On March 3, the delegation met with Seattle officials": the delegation's side before the article's
            # main pair, which may not be this event's
            self._add_delegation(event_partners)
        event_partners = self._with_focal(event_partners)
        filled = {m.key for m in event_partners} - {m.key for m in partners}
        if kind == "field_trip":
            event_partners = self._without_destinations(event_partners, sentence)
        if not event_partners:
            return False
        self.events.append(
            _EventDraft(
                kind, date, event_partners, location, sentence, strong, virtual, set(topics), [sentence], filled
            )
        )
        return True

    def _add_delegation(self, event_partners: list[PartnerMention]) -> None:
        """A sentence about "the delegation": its owner is a party, and so is the side it went to."""
        # the one the text named before ("đoàn công tác tỉnh Jeollanam-do"), else the home side's
        owner = self.delegation_owner or next(iter(self.focal(1)), None)
        if owner is None:
            return
        if owner.key not in {m.key for m in event_partners}:
            event_partners.append(owner)
        # the delegation went somewhere: the other side, when the sentence names no other place
        if not any(
            (m.place is not None or (m.parent and m.parent != owner.key)) and m.key != owner.key for m in event_partners
        ):
            host = next((m for m in self.focal() if m.key != owner.key and m.place is not None), None)
            if host is not None:
                event_partners.append(host)

    def _without_destinations(
        self, event_partners: list[PartnerMention], sentence: tuple[int, int]
    ) -> list[PartnerMention]:
        """A field trip's parties without where it went: "paid a field trip to the Cam Ranh seafood processing
        zone" (a place inside a party's province, or named as the destination) when two places remain."""
        inside = [
            m
            for m in event_partners
            if m.place is not None
            and (
                any(o.place is not None and m.place.admin1 == o.place.id != m.place.id for o in event_partners)
                or _TRIP_DESTINATION.search(self.text, max(sentence[0], m.start - 16), m.start)
            )
        ]
        if inside and len([m for m in event_partners if m.place is not None and m not in inside]) >= 2:
            return [m for m in event_partners if m not in inside]
        return event_partners

    def extract_main_event(self) -> None:
        """An article that reports no event in so many words still has one: the one its lead names."""
        if self.events:
            return
        for sentence in self.sentences[:LEAD_SENTENCES]:
            triggers = [t for t in self.event_triggers_in(sentence) if not is_intended(self.text, sentence[0], t.start)]
            if not triggers:
                continue
            kinds = {t.kind for t in triggers}
            kind = next((k for k in EVENT_PRECEDENCE if k in kinds), None)
            if kind is None or self._event_date(self.dates_in(sentence), None)[0] is False:
                continue  # history or a plan is not the article's event
            named = self.mentions[sentence]
            partners = self._with_focal(named, minimum=2)
            if partners:
                virtual = bool(_VIRTUAL_IN.search(self.text, sentence[0], sentence[1]))
                filled = {m.key for m in partners} - {m.key for m in named}
                self.events.append(
                    _EventDraft(
                        kind,
                        None,
                        partners,
                        None,
                        sentence,
                        True,
                        virtual,
                        set(topics_in(self.text, sentence[0], sentence[1])),
                        [sentence],
                        filled,
                    )
                )
                return

    # ---- agreements -----------------------------------------------------
    def extract_agreements(self) -> None:
        pending_kind: str | None = None  # a relation named in the previous sentence without its parties
        # "Six MoUs were exchanged at the event:" over "- between A and B, on ...": the kind, status and year each
        # item of the list is signed with
        listed: tuple[str, str, PartialDate | None, bool] | None = None
        for sentence in (clause for whole in self.sentences for clause in self._agreement_clauses(whole)):
            start, end = sentence
            triggers = find_agreement_triggers(self.text, start, end)
            if listed is not None and _LIST_ITEM.match(self.text, start, end):
                partners = list({m.key: m for m in self.mentions[sentence]}.values())
                if not triggers and len(partners) >= 2:
                    self._add_agreement(*listed, partners, sentence)
                    continue
            else:
                listed = None
            if not triggers:
                places = list(dict.fromkeys(m.key for m in self.mentions[sentence] if m.place is not None))
                if pending_kind and len(places) == 2 and _RELATIONSHIP.search(self.text[start:end]):
                    # "... over 150 sister cities. The relationship that Dunedin has with Shanghai ..."
                    partners = [m for m in self.mentions[sentence] if m.key in places]
                    self._add_agreement(pending_kind, "existing", None, False, partners, sentence)
                pending_kind = None
                continue
            pending_kind = None
            tally = _TALLY_OF_PARTNERS.search(self.text, start, end)
            if tally:
                # "Busan has sister-city ties with 28 cities around the world, including Shanghai, Los Angeles and Ho
                # Chi Minh City": a tally of a city's partners, told as background; only an item told with its year
                # is a relation of its own
                self._dated_items_of_tally(sentence, tally.end(), _kind_of_tally(triggers))
                continue
            # "review the implementation of the 2019 MoU and work towards signing a new cooperation agreement": a
            # relation named by its year is one told before, the sentence's own is the other
            referred = [
                t
                for t in triggers
                if _DATED_REFERENCE_BEFORE.search(self.text, max(start, t.start - 10), t.start)
                # "hoped to establish official friendship and cooperation relations ..., building on the MoU"
                or (
                    _THE_BEFORE.search(self.text, max(start, t.start - 5), t.start)
                    and any(d.kind == t.kind and d.status == "signed" for d in self.agreements)
                )
            ]
            if len(referred) < len(triggers):
                triggers = [t for t in triggers if t not in referred]
            kinds = {t.kind for t in triggers}
            kind = next(k for k in AGREEMENT_PRECEDENCE if k in kinds)
            trigger = next(t for t in triggers if t.kind == kind)
            listed = self._list_of_agreements(sentence, kind, trigger)
            if listed is not None:
                continue
            act = _RENEWED_OR_SIGNED_BEFORE.search(self.text, start, end)
            acted = [t for t in triggers if act is not None and t.end > act.start() and t.start - act.end() <= 40]
            if (
                len(kinds) > 1
                and acted
                and acted[0] is not trigger
                # "signed the agreement on establishing friendly cooperative relations": the specific kind is the
                # agreement's own; one in another clause is another relation, and so is the document an action plan
                # or a letter "for implementing the 2018 memorandum of understanding" serves
                and (
                    acted[0].kind == "other"
                    or trigger.start < acted[0].start
                    or "," in self.text[acted[0].end : trigger.start]
                )
            ):
                # "Hue and Blois have renewed their cooperation agreement, ... as their sister-city relationship turns
                # 25": the relation the verb acts on, not the most specific one named
                trigger = acted[0]
                kind = trigger.kind
            if any(m.place is None and m.start <= trigger.start < m.end for m in self.mentions[sentence]):
                continue  # "Sister Cities New Zealand Inc" names an organisation, not a relation
            if _NEGATED_BEFORE.search(self.text, max(start, trigger.start - 30), trigger.start):
                continue  # "... tuy nhiên đến nay vẫn chưa có văn bản hợp tác chính thức": none there is
            if self.agreements and _UNDER_THE_AGREEMENT.fullmatch(self.text, start, trigger.start):
                # "Under the renewed MOU, the two sides will ... alternate between Sapporo and Suwon": what the
                # agreement told already provides, not a new one between the places named
                continue
            partners = self._agreement_partners(sentence, trigger)
            named = {m.key for m in partners if m.place is not None}
            if (
                kind in ("twinning", "friendship_cooperation")
                and len(named) == 1
                and _PRONOUN_SUBJECT.match(self.text, start, end)
            ):
                # "It has been a sister city of Tacoma ... since 1959": the city the story is about is the other side
                partners += [m for m in self.focal(2) if m.place is not None and m.key not in named][:1]
            if (
                kind in ("twinning", "friendship_cooperation")
                and len({m.key for m in partners if m.place is not None}) < 2
            ):
                pending_kind = kind
                continue
            if kind in ("twinning", "friendship_cooperation"):
                named_places = [m for m in partners if m.place is not None]
                if len({m.key for m in named_places}) >= 2:
                    partners = named_places
                if len({m.key for m in partners}) > 2 and not _PAIRING.search(self.text[start:end]):
                    continue
            if kind == "twinning" and len({m.key for m in partners if m.place is not None}) < 2:
                pending_kind = kind
                continue
            if len({m.key for m in partners}) < 2 and (told := self._sides_of_event_referred_to(sentence)):
                # "At the end of the session, director of the department ... and director-general of the bureau ...
                # inked a renewed memorandum": the sides of the working session just told
                partners = told
            if len({m.key for m in partners}) < 2:
                pending_kind = kind
                continue
            status, year, computed = self._agreement_status_and_year(sentence, trigger)
            second = self._second_relation(sentence, triggers, trigger, status, year)
            if second is not None:
                # "... vừa ký kết Biên bản thỏa thuận hợp tác giai đoạn 2023 - 2028 ..., đánh dấu bước phát triển mới
                # trong quan hệ hữu nghị đặc biệt giữa hai địa phương được thiết lập từ năm 1995": the relation
                # signed now and the one it builds on
                self._add_agreement(*second, partners, sentence)
            if (
                status == "proposed"
                and _THE_BEFORE.search(self.text, max(start, trigger.start - 5), trigger.start)
                and any(d.kind == kind and d.status == "signed" for d in self.agreements)
            ):
                # "He expressed his hope that the MoU will serve as a foundation for wider cooperation": the one just
                # signed, hoped for more, no new proposal
                continue
            self._add_agreement(kind, status, year, computed, partners, sentence)
        self._fold_same_agreements()

    def _dated_items_of_tally(self, sentence: tuple[int, int], items_start: int, kind: str) -> None:
        """The items of a city's tally of partners told with the year each began ("including Barcelona, with which it
        has been paired since 2010", "Qingdao in China, a partner since 1993"), each a relation with the city."""
        end = sentence[1]
        places = [m for m in self.mentions[sentence] if m.place is not None and m.place.kind != "country"]
        subject = next((m for m in places if m.start < items_start), None)
        items = [m for m in places if m.start >= items_start]
        for item, following in zip(items, [*items[1:], None], strict=False):
            stop = following.start if following is not None else end
            began = _ITEM_YEAR.match(self.text, item.end, stop)
            if began is None:
                continue
            side = subject or self._home_side(item)
            if side is None or side.key == item.key:
                continue
            year = int(began.group("y") or began.group("y2"))
            self._add_agreement(kind, "existing", PartialDate(year), False, [side, item], sentence)

    def _agreement_clauses(self, sentence: tuple[int, int]) -> list[tuple[int, int]]:
        """The clauses of a sentence that each tell a relation between a pair of their own ("Kobe and Tianjin have
        been sister cities since 1973, while Incheon and Kobe signed a friendship exchange agreement in 2010"), read
        as sentences of their own; else the sentence."""
        start, end = sentence
        if not _CLAUSE_BREAK_IN.search(self.text, start, end):
            return [sentence]
        cuts = [(match.start(), match.end()) for match in _CLAUSE_BREAK.finditer(self.text, start, end)]
        ends = [cut[0] for cut in cuts] + [end]
        starts = [start] + [cut[1] for cut in cuts]
        clauses = [(first, last) for first, last in zip(starts, ends, strict=True) if first < last]
        found = self.mentions[sentence]
        telling = [
            clause
            for clause in clauses
            if find_agreement_triggers(self.text, *clause)
            and _sides([m for m in found if clause[0] <= m.start < clause[1]]) >= 2
        ]
        if len(telling) < 2:
            return [sentence]
        if self._sentence_index is None:
            self._sentence_index = {span: index for index, span in enumerate(self.sentences)}
        for clause in clauses:
            self.mentions[clause] = [m for m in found if clause[0] <= m.start < clause[1]]
            self.venues[clause] = [m for m in self.venues.get(sentence, ()) if clause[0] <= m.start < clause[1]]
            self._sentence_index[clause] = self._sentence_index[sentence]
        return clauses

    def _second_relation(
        self, sentence: tuple[int, int], triggers: list[Trigger], trigger: Trigger, status: str, year
    ) -> tuple[str, str, PartialDate | None, bool] | None:
        """A relation of another kind the sentence tells in a clause of its own, signed in another year than the
        one ``trigger`` names (an older relation a new agreement builds on)."""
        if status == "signed":
            # "... signed a memorandum of understanding Tuesday to cooperate in hydrogen energy, as the two sides
            # celebrated the 32nd anniversary of their sister-state relationship": the tie the new document builds on
            for other in triggers:
                comma = self.text.find(",", trigger.end, other.start)
                if other.kind not in ("twinning", "friendship_cooperation") or other.start < trigger.end or comma < 0:
                    continue
                clause = (comma + 1, sentence[1])
                other_status, other_year, computed = self._agreement_status_and_year(clause, other)
                if other_status == "existing" and other_year is not None and other_year != year:
                    return other.kind, other_status, other_year, computed
            return None
        if status != "existing":
            return None
        for other in triggers:
            if other.kind == trigger.kind or other.kind == "other" or other.start > trigger.start:
                continue
            act = _SIGNED_NOW_BEFORE.search(self.text, max(sentence[0], other.start - 25), other.start)
            if act is None or "," not in self.text[other.end : trigger.start]:
                continue
            other_status, other_year, computed = self._agreement_status_and_year(
                (sentence[0], trigger.start - 1), other
            )
            if other_status == "signed" and other_year != year:
                return other.kind, other_status, other_year, computed
        return None

    def _list_of_agreements(self, sentence: tuple[int, int], kind: str, trigger: Trigger):
        """The kind, status, year and whether computed that the items of a list introduced by the sentence are
        signed with, when it ends in a colon and counts agreements ("Six MoUs were exchanged at the event:")."""
        if not _LIST_OF_AGREEMENTS.search(self.text, sentence[0], sentence[1]):
            return None
        status, year, computed = self._agreement_status_and_year(sentence, trigger)
        return kind, status, year, computed

    def _fold_headline_into_body(self) -> None:
        """A headline's event or agreement that the body tells with its bodies ("Khanh Hoa, Sverdlovsk Region sign MoU
        on tourism" over "the Khanh Hoa Department of Tourism and the Sverdlovsk Region's Ministry of ... signed a
        memorandum") is the body's record, told in the headline too."""
        title = (self.document.title or "").strip()
        headline = {span for span in self.sentences[:8] if title and self.text[span[0] : span[1]].strip() == title}
        if headline:
            self.events = _folded_into_body(self.events, headline)
            self.agreements = _folded_into_body(self.agreements, headline)
        # "[Photo] Representatives of the two sides exchange the signed MoU.": an agreement whose sentence names
        # none of its parties is the one the body tells with its bodies
        for draft in list(self.agreements):
            keys = {m.key for m in draft.partners}
            if any(m.key in keys for m in self.mentions[draft.sentence]):
                continue
            body = next(
                (
                    d
                    for d in self.agreements
                    if d is not draft
                    and d.kind == draft.kind
                    and d.status == draft.status
                    and (draft.date is None or draft.date == d.date)
                    and _told_by(draft.partners, d.partners)
                ),
                None,
            )
            if body is not None:
                body.sources.extend(s for s in draft.sources if s not in body.sources)
                self.agreements.remove(draft)

    def _fold_same_agreements(self) -> None:
        """Drafts that came to be the same relation (a caption's "ký Biên bản ghi nhớ" and the relation the body's
        memorandum sets up) are one record, told where the first was."""
        folded: dict[tuple, _AgreementDraft] = {}
        for draft in self.agreements:
            key = (draft.kind, draft.status, draft.date, draft.renewal, frozenset(m.key for m in draft.partners))
            first = folded.setdefault(key, draft)
            if first is not draft:
                first.sources.extend(s for s in draft.sources if s not in first.sources)
                first.topics |= draft.topics
        self.agreements = list(folded.values())

    def _pair_just_named(self, sentence: tuple[int, int]) -> list[PartnerMention] | None:
        """The two places the sentence before names, when it is in the same paragraph and names two only."""
        if self._sentence_index is None:
            self._sentence_index = {span: index for index, span in enumerate(self.sentences)}
        index = self._sentence_index[sentence]
        if index == 0:
            return None
        before = self.sentences[index - 1]
        if "\n" in self.text[before[1] : sentence[0]]:
            return None
        places = list({m.key: m for m in self.mentions[before] if m.place is not None}.values())
        if (
            len(places) != 2
            or _contains(places[0].place, places[1].place)
            or _contains(places[1].place, places[0].place)
        ):
            return None
        return places

    def _pair_of_event_told(self, sentence: tuple[int, int]) -> list[PartnerMention] | None:
        """The two places of the event the story is telling when the sentence comes: "On June 3, the delegation met
        ... officials at San Diego City Hall. ... The two sides agreed to work towards establishing sister city
        relations" (the meeting's two sides, whatever else the trip took in)."""
        told = [
            (max(s[0] for s in d.sources if s[0] < sentence[0]), d)
            for d in self.events
            if d.sources[0][0] < sentence[0]
        ]
        if not told:
            return None
        _, draft = max(told, key=lambda pair: pair[0])
        # "Đoàn đã làm việc với Bộ Kinh tế, Lao động và Giao thông bang Sachsen": a body met by a place's delegation
        # stands for its place (two universities that signed stand for no cities)
        sides = [
            self.partner_by_key.get(m.parent) if m.place is None and m.parent and _GOVERNMENT_UNIT.search(m.name) else m
            for m in draft.partners
        ]
        places = list({m.key: m for m in sides if m is not None and m.place is not None}.values())
        if (
            len(places) != 2
            or _contains(places[0].place, places[1].place)
            or _contains(places[1].place, places[0].place)
        ):
            return None
        return places

    def _sides_of_event_referred_to(self, sentence: tuple[int, int]) -> list[PartnerMention] | None:
        """The sides of the event a sentence refers to ("At the end of the session, ..."), when it names one that was
        told and that has two sides."""
        if not any(m.relation == "event_ref" and self._told(m) for m in self.dates_in(sentence)):
            return None
        told = [d for d in self.events if d.sources[0][0] < sentence[0]]
        if not told:
            return None
        # a forum's bodies are many: "Tại diễn đàn, GBSA và Becamex IDC đã ký ..." is no agreement of its hosts
        if told[-1].kind == "conference":
            return None
        sides = list({m.key: m for m in told[-1].partners}.values())
        # a body counts as the place it belongs to: "the Hai Phong Department of ... held a working session with
        # Kitakyushu City's Environment Bureau"
        anchors = {m.place.id if m.place is not None else (m.parent or m.key) for m in sides}
        return sides if len(anchors) == 2 else None

    def _agreement_partners(self, sentence: tuple[int, int], trigger: Trigger) -> list[PartnerMention]:
        # "... ký kết Biên bản thỏa thuận hợp tác với tỉnh Sverdlovsk từ năm 2013 và thường xuyên phối hợp với Tổng Lãnh
        # sự quán Nga tại Đà Nẵng": a country's mission helps, it is no party to a locality's agreement
        mentions = [m for m in self.mentions[sentence] if m.place is not None or not _MISSION_NAME.search(m.name)]
        # "Liaoning and Gyor-Moson-Sopron County, of which Gyor is the seat, established friendly provincial relations":
        # a place in a clause describing a side is no side
        described = [
            span
            for span in (m.span() for m in _DESCRIBING_CLAUSE.finditer(self.text, sentence[0], sentence[1]))
            if not span[0] <= trigger.start < span[1]
        ]
        if described:
            kept = [m for m in mentions if not any(a <= m.start < b for a, b in described)]
            if _sides(kept) >= 2:
                mentions = kept
        terms = _UNDER_WHICH.search(self.text, trigger.end, sentence[1])
        if terms:
            # "... signed a memorandum of understanding on ... cooperation between Binh Duong province and the South
            # Moravian Region, under which they will promote exchanges between ... universities, including Brno
            # University of Technology": what the agreement provides for is no side of it
            mentions = [m for m in mentions if m.start < terms.start()]
        relative = _RELATIVE_CLAUSE.search(self.text, trigger.end, sentence[1])
        if (
            relative
            and len({m.key for m in mentions if m.start < relative.start()}) >= 2
            and not find_agreement_triggers(self.text, relative.start(), sentence[1])
        ):
            # "Hue also hopes to sign a cooperation agreement with the Centre-Val de Loire Region, which covers Blois,
            # soon": a place in a clause about a side is no side
            mentions = [m for m in mentions if m.start < relative.start()]
        counterpart = next((m for m in mentions if m.start >= trigger.end), None)
        if counterpart is not None and _WITH_BEFORE.search(
            self.text, max(trigger.end, counterpart.start - 20), counterpart.start
        ):
            # "kế hoạch triển khai Biên bản ghi nhớ với vùng Ústí nad Labem và nội dung đã trao đổi với bang Sachsen":
            # what else was done with another side is no side of the memorandum
            other = _ANOTHER_WITH.search(self.text, counterpart.end, sentence[1])
            if other is not None:
                mentions = [m for m in mentions if m.start < other.start()]
        sentence_text = self.text[sentence[0] : sentence[1]]
        both_sides = _BOTH_SIDES.search(sentence_text)
        if both_sides:
            # "the two cities sign a memorandum ... during a visit of HCM City leaders to California": where
            # something is to happen is no side of it
            mentions = [
                m
                for m in mentions
                if m.place is None
                or m.start < trigger.start
                or not _LOCATION_BEFORE.search(self.text, m.start - 12, m.start)
            ]
        if both_sides and sentence[0] + both_sides.start() < trigger.start:
            # "The two cities formed a friendship city relationship in 1988, but exchanges stalled during ... strained
            # relations between Seoul and Tokyo": the clause after the relation's is about something else
            # "The two localities have kept friendly ties since they signed a cooperation agreement in 2015, and the
            # new air route between Yekaterinburg and Cam Ranh ...": so does a clause joined by ", and"
            clause_break = (
                _CLAUSE_BREAK.search(self.text, trigger.end, sentence[1])
                or _AND_CLAUSE.search(self.text, trigger.end, sentence[1])
                # "... implemented the cooperation agreement they signed in 2017, especially in ... the travel of
                # residents through the Ha Tien - Prek Chak border gate": what it covered
                or _ELABORATION.search(self.text, trigger.end, sentence[1])
            )
            if clause_break:
                mentions = [m for m in mentions if m.start < clause_break.start()]
        places_named = {m.key for m in mentions if m.place is not None}
        if len(mentions) == 1 and mentions[0].place is not None and _HOME_SUBJECT.match(sentence_text):
            # "Tỉnh đã có quan hệ hợp tác với ..., trong đó có thành phố Ulsan - hai bên ký thỏa thuận hợp tác hữu nghị
            # từ năm 2017": "the province" speaking of itself is one of the two sides
            home = self._home_side(mentions[0])
            if home is not None:
                return [*mentions, home]
        # "Sở Công Thương thành phố Cần Thơ và Trung tâm Xúc tiến Thương mại tỉnh Jeollanam-do đã ký kết biên bản
        # ghi nhớ ..., theo đó hai bên sẽ ...": two bodies named are the two sides
        if _sides(mentions) < 2 and both_sides and len({m.key for m in mentions if m.place is None}) < 2:
            if not places_named and (pair := self._pair_just_named(sentence) or self._pair_of_event_told(sentence)):
                # "... tỉnh Quảng Nam và tỉnh Gyeongsangbuk-do ký thỏa thuận hợp tác ... Hai tỉnh đã thiết lập
                # quan hệ hữu nghị hợp tác từ năm 2010.": the two just named, not the article's main pair
                return pair
            # "Hai bên mong muốn ký kết ..." / "the two sides agreed ...": the article's two sides
            focal = [m for m in self.focal() if m.key not in places_named]
            return [m for m in mentions if m.place is not None] + focal[: 2 - _sides(mentions)]
        if len({m.key for m in mentions}) >= 2:
            organisations = [m for m in mentions if m.place is None]
            places = [m for m in mentions if m.place is not None]
            # an MoU between agencies binds the agencies, not the cities that contain them
            if trigger.kind == "mou" and len({m.key for m in organisations}) >= 2:
                return organisations
            # "quan hệ giữa Cần Thơ và Emilia-Romagna đã có nền tảng từ hợp tác giáo dục: năm 2019, Trường Đại học Cần
            # Thơ và Trường Đại học Bologna đã ký thỏa thuận hợp tác ...": two bodies that sign after every place named
            last_place = max((m.end for m in places), default=-1)
            signers = [m for m in organisations if last_place <= m.start < trigger.start]
            if len({m.key for m in signers}) >= 2:
                return signers
            if len({m.key for m in places}) >= 2:
                return places
            return mentions
        if _BOTH_SIDES.search(sentence_text) or (len(mentions) == 1 and _SIGNING_ACT.search(sentence_text)):
            return self._with_focal(mentions)
        if (
            len({m.key for m in mentions}) == 1
            and mentions[0].place is not None
            and _WITH_BEFORE.search(self.text, max(sentence[0], mentions[0].start - 20), mentions[0].start)
        ):
            # "The oldest partnership, with Bremen, dates back to 1976.": a tie "with" one place is the article's
            return self._with_focal(mentions)
        return mentions

    def _home_side(self, other: PartnerMention) -> PartnerMention | None:
        """The side the article is about, when a sentence opens with "Tỉnh ...", "The city ..." speaking of itself
        ("Tỉnh đã ký kết Biên bản thỏa thuận hợp tác với tỉnh Sverdlovsk từ năm 2013", "The city has been linked
        with Kuopio ... since 1972"); in a Vietnamese article, the Vietnamese one."""
        return next(
            (m for m in self.focal() if m.key != other.key and (self.document.language != "vi" or m.country == "VN")),
            None,
        )

    def _agreement_status_and_year(
        self, sentence: tuple[int, int], trigger: Trigger
    ) -> tuple[str, PartialDate | None, bool]:
        start, end = sentence
        sentence_text = self.text[start:end]
        window_start, window_end = max(start, trigger.start - 120), min(end, trigger.end + 120)
        reference_year = self.document.published.year if self.document.published else self._reference_year(sentence)
        # "đề nghị hai tỉnh tiếp tục thực hiện hiệu quả biên bản ghi nhớ hợp tác đã ký năm 2020": what is to be
        # implemented exists, whatever is proposed about it
        implementing = _IMPLEMENTING.search(self.text, max(start, trigger.start - 45), trigger.start)
        proposed = not implementing and _PROPOSED_IN.search(self.text, start, end)
        if (
            not proposed
            and _RENEWAL.search(self.text, max(start, trigger.start - 60), min(end, trigger.end + 60))
            # "the agreement, signed in 2010 and renewed in 2015": a renewal of the past
            and not _RENEWED_IN_YEAR.search(self.text, window_start, window_end)
        ):
            # "Gyeonggi Province and China's Sichuan Province have renewed their friendship agreement": signed anew
            # now, a record of its own beside the relation of 20 years
            event_date = self._sentence_event_date(sentence)
            year = event_date.year if event_date is not None else reference_year
            return "signed", _year_or_none(year), False
        stated = _STATED_START_IN.search(self.text, window_start, window_end)
        if stated and not proposed:
            return "existing", _year_or_none(int(next(g for g in stated.groups() if g))), False
        apart = _STATED_START_APART_IN.search(self.text, window_start, window_end)
        if (
            apart
            and reference_year is not None
            and int(apart.group("y") or apart.group("y2")) < reference_year
            and not proposed
            and not self._reports_a_signing_now(sentence)
        ):
            return "existing", _year_or_none(int(apart.group("y") or apart.group("y2"))), False
        # an age or a span of years counts only close to the relation it dates: "kỷ niệm 100 năm ngày ... đến
        # nước Nga (1923 - 2023) và ... thành phố kết nghĩa" dates a journey, not the twinning
        near_start, near_end = max(start, trigger.start - AGE_WINDOW_BEFORE), min(end, trigger.end + AGE_WINDOW_AFTER)
        age = _age_years(self.text, near_start, near_end, trigger.start)
        if age is not None and (
            _EXISTING_SINCE_IN.search(self.text, near_start, near_end)
            or _RELATION_WORD.search(self.text[near_start:near_end])
        ):
            year = reference_year - age if reference_year is not None else None
            if year is not None and _NEXT_YEAR.search(self.text, near_start, min(end, near_end + 40)):
                # "... preparing to celebrate the 10th anniversary of their friendly cooperation relations next year"
                year += 1
            return "existing", _year_or_none(year), year is not None
        years = _YEAR_RANGE.search(self.text[near_start:near_end])
        if years:
            return "existing", _year_or_none(int(years.group("a"))), False
        if implementing:
            # "đánh giá kết quả thực hiện Thỏa thuận hợp tác giai đoạn 2019 - 2023": a period begun is the start
            period = _PERIOD_AFTER.match(self.text, trigger.end, min(end, trigger.end + 40))
            if period and (reference_year is None or int(period.group("a")) <= reference_year):
                return "existing", _year_or_none(int(period.group("a"))), False
            return "existing", None, False
        if proposed or is_intended(self.text, start, trigger.start):
            return "proposed", None, False
        since = _SINCE_YEAR_IN.search(self.text, window_start, window_end)
        signed_in_story = (
            _CEREMONY_IN.search(self.text, start, end)
            or any(m.relation != "year" and m.date is not None for m in self.dates_in(sentence))
            # "Dịp này, Trường Đại học Cần Thơ và Trường Đại học Gifu đã ký kết thỏa thuận hợp tác ...": on the
            # occasion told, dated or not
            or any(m.relation in ("same_day", "event_ref") for m in self.dates_in(sentence))
            or any(d.kind == "signing" and sentence in d.sources for d in self.events)
            or sentence in self.sentences[:LEAD_SENTENCES]
            or _AT_THE_EVENT_IN.search(self.text, start, end)
        )
        signed = _SIGNED_IN.search(self.text, window_start, window_end)
        signed_at = window_start + signed.start() if signed else 0  # the screened search answers in the window
        if signed and _SINCE_THEN.search(self.text, max(start, signed_at - 45), signed_at):
            # "kể từ khi Fukuoka và Hà Nội thiết lập quan hệ hữu nghị hợp tác năm 2008, hai thành phố đã ...":
            # the years since a signing, told at whatever event the sentence reports
            began = int(since.group("y") or since.group("vy") or since.group("vy2")) if since else None
            return "existing", _year_or_none(began), False
        if signed and not signed_in_story and _PERFECT.search(sentence_text):
            # a signing long done, told as background ("... đã ký thỏa thuận ... vào năm 2016")
            stated_year = int(since.group("y") or since.group("vy") or since.group("vy2")) if since else None
            if stated_year is not None and reference_year is not None and stated_year > reference_year:
                stated_year = None  # a year to come is what was agreed on, not when
            return "existing", _year_or_none(stated_year), False
        if (
            signed
            and not since
            and reference_year is not None
            and sentence not in self.sentences[:LEAD_SENTENCES]
            and not any(d.kind == "signing" and sentence in d.sources for d in self.events)
        ):
            mentions = [m for m in self.dates_in(sentence) if m.date is not None or m.relation == "event_ref"]
            if mentions and all(
                m.relation == "year" and m.date.year < reference_year - HISTORY_YEARS  # type: ignore[union-attr]
                for m in mentions
            ):
                # "The partnership ... dates to the late 1980s, when a Bavarian government delegation visited Jinan
                # ... and signed the founding agreement": a signing of long ago
                return "existing", _year_or_none(min(m.date.year for m in mentions)), False  # type: ignore[union-attr]
        if signed:
            event_date = self._sentence_event_date(sentence)
            year = (
                event_date.year
                if event_date is not None
                else (self.document.published.year if self.document.published else None)
            )
            if since:
                year = int(since.group("y") or since.group("vy") or since.group("vy2"))
                if (reference_year is not None and year < reference_year - HISTORY_YEARS) or _HAS_SINCE.search(
                    self.text, trigger.end, window_end
                ):
                    # "In 1999 the two cities signed an agreement on friendship and cooperation, which has since
                    # served as ...": a signing of long ago, even in an article without a date
                    return "existing", _year_or_none(year), False
            return "signed", _year_or_none(year), False
        if since:
            return "existing", _year_or_none(int(since.group("y") or since.group("vy") or since.group("vy2"))), False
        return "existing", None, False

    def _reports_a_signing_now(self, sentence: tuple[int, int]) -> bool:
        """The sentence tells of a signing as news: a ceremony, or a date of the story's own."""
        if _SIGNING_CEREMONY.search(self.text, *sentence):
            return True
        return any(m.relation != "year" and m.date is not None for m in self.dates_in(sentence))

    def _reference_year(self, sentence: tuple[int, int]) -> int | None:
        stated = [m.date.year for m in self.dates_in(sentence) if m.explicit_year and m.date is not None]
        if stated:
            return max(stated)
        return self.document.published.year if self.document.published else None

    def _sentence_event_date(self, sentence: tuple[int, int]) -> PartialDate | None:
        for draft in self.events:
            if sentence in draft.sources and draft.date is not None:
                return draft.date
        return None

    def _add_agreement(self, kind, status, year, computed, partners, sentence) -> None:
        keys = {m.key for m in partners}
        renewal = status == "signed" and bool(_RENEWAL.search(self.text, sentence[0], sentence[1]))
        for draft in self.agreements:
            if {status, draft.status} == {"signed", "existing"} and (
                renewal != draft.renewal
                # "... signed an economic and science exchange agreement ... The two cities formed a friendship city
                # relationship in 1988": another kind, dated where the other is not
                or (draft.kind != kind and (draft.date is None) != (year is None))
            ):
                continue  # "thay thế văn bản ký năm 2019": the renewal and the agreement it replaces
            draft_keys = {m.key for m in draft.partners}
            same_parties = draft_keys == keys or (
                (kind == draft.kind or "mou" in (kind, draft.kind)) and (keys < draft_keys or draft_keys < keys)
            )
            compatible = (
                draft.kind == kind
                # "the 35th anniversary of the partnership between Shandong and Bavaria" and its founding agreement
                or ("other" in (draft.kind, kind) and year is not None and draft.date == year)
                or {draft.kind, kind} <= {"twinning", "friendship_cooperation", "cooperation_agreement"}
                or {draft.kind, kind} <= {"mou", "cooperation_agreement"}
                # "Bắc Ninh và tỉnh Gyeonggi thiết lập quan hệ hữu nghị, hợp tác" over "... ký Biên bản ghi nhớ về
                # thiết lập quan hệ hữu nghị, hợp tác": the memorandum is the relation set up
                or (
                    "mou" in (draft.kind, kind)
                    and {draft.kind, kind} & {"twinning", "friendship_cooperation"}
                    and draft.status == status == "signed"
                    and draft.date == year
                    and _SETS_UP_A_RELATION.search(self.text, *(sentence if kind == "mou" else draft.sentence))
                    is not None
                )
            )
            if same_parties and compatible:
                draft.partners.extend(m for m in partners if m.key not in draft_keys)
                proposal_beside_dated = {draft.status, status} == {"proposed", "existing"} and (
                    (draft.status == "existing" and draft.date is not None)
                    or (status == "existing" and year is not None)
                )
                if proposal_beside_dated:
                    continue  # "will sign a cooperation agreement" next to the MoU of 2012: two records
                if draft.status == status or status == "existing" or draft.status == "existing":
                    if (
                        ({status, draft.status} == {"signed", "existing"} or draft.kind != kind)
                        and draft.date is not None
                        and year is not None
                        and draft.date != year
                    ):
                        # a renewal signed now of a relation that began long ago ("... ký thỏa thuận hợp tác
                        # giai đoạn 2025-2029 ... Hai tỉnh đã thiết lập quan hệ hữu nghị hợp tác từ năm 2010"), or
                        # a relation of another kind that began another year ("first signed an agreement on
                        # friendship and cooperation in 2009 ... upgraded to sister-city status in April 2014"): two
                        continue
                    draft.sources.append(sentence)
                    draft.kind = min((draft.kind, kind), key=AGREEMENT_PRECEDENCE.index)
                    if draft.date is None and year is not None:
                        draft.date, draft.date_computed = year, computed
                    return
        self.agreements.append(
            _AgreementDraft(
                kind,
                status,
                year,
                computed,
                list(partners),
                sentence,
                set(topics_in(self.text, sentence[0], sentence[1])),
                [sentence],
                renewal=renewal,
            )
        )

    def link_signings(self) -> None:
        """A signed agreement has its signing event; the event gets the agreement's parties."""
        for agreement in self.agreements:
            if agreement.status != "signed":
                continue
            signings = [d for d in self.events if d.kind == "signing"]
            # the signing told in the agreement's own sentence first, then one with a party in common
            ordered = [d for d in signings if agreement.sentence in d.sources] + [
                d for d in signings if agreement.sentence not in d.sources
            ]
            for draft in ordered:
                if agreement.sentence in draft.sources or _overlap(draft.partners, agreement.partners):
                    draft.partners.extend(m for m in agreement.partners if m.key not in {p.key for p in draft.partners})
                    agreement.signed_at = draft
                    break
            else:
                if _SIGNED_IN_YEAR.search(self.text, *agreement.sentence) or (
                    self.document.published is None and _SIGNED_THEN_YEAR.search(self.text, *agreement.sentence)
                ):
                    # "Bac Ninh, which signed a friendship and cooperation agreement with ... in 2016, ..." in an
                    # article of no date: a signing told by its year is the relation's past, no event of the story
                    continue
                date = (
                    self._sentence_event_date(agreement.sentence)
                    or self._own_day(agreement.sentence)
                    or self._nearest_event_date(agreement.sentence)
                )
                draft = _EventDraft(
                    "signing",
                    date,
                    list(agreement.partners),
                    None,
                    agreement.sentence,
                    True,
                    False,
                    set(agreement.topics),
                    [agreement.sentence],
                )
                self.events.append(draft)
                agreement.signed_at = draft
            if agreement.date is None and agreement.signed_at.date is not None:
                agreement.date = PartialDate(agreement.signed_at.date.year)

    def _own_day(self, sentence: tuple[int, int]) -> PartialDate | None:
        """The day the sentence itself names, if any: "Hokkaido Gov. ... agreed Wednesday to ..., renewing a
        memorandum of understanding"."""
        date, _ = self._event_date(self.dates_in(sentence), None)
        return date if isinstance(date, PartialDate) and date.precision == "day" else None

    def _nearest_event_date(self, sentence: tuple[int, int]) -> PartialDate | None:
        before = [d for d in self.events if d.date is not None and d.sentence[0] <= sentence[0]]
        return before[-1].date if before else None

    # ---- records --------------------------------------------------------
    def _date_trips(self) -> None:
        """A trip told without its days ("A delegation ... has wrapped up a working visit to the Republic of Korea")
        took place in the month most of the story's days fall in (the earlier of two as many)."""
        months = Counter(
            (d.date.year, d.date.month)
            for d in self.events
            if isinstance(d.date, PartialDate) and d.date.day is not None and d.date.month is not None
        )
        if not months:
            return
        year, month = min(months, key=lambda key: (-months[key], key))
        for draft in self.events:
            if draft.kind == "visit" and draft.date is None:
                draft.date = PartialDate(year, month)

    def records(self) -> Iterator[Record]:
        self.extract_events()
        self.extract_main_event()
        self._date_trips()
        self.extract_agreements()
        self._fold_headline_into_body()
        self.link_signings()
        used: dict[str, PartnerMention] = {}
        for draft in self.events:
            for mention in draft.partners:
                used.setdefault(mention.key, mention)
        for agreement in self.agreements:
            for mention in agreement.partners:
                used.setdefault(mention.key, mention)
        for mention in list(used.values()):
            if mention.parent and mention.parent in self.partner_by_key:
                used.setdefault(mention.parent, self.partner_by_key[mention.parent])
        count = 0
        for key in sorted(used):
            yield self._partner(key, used[key])
            count += 1
        event_ids: dict[int, str] = {}
        for draft in self.events:
            event = self._event(draft)
            event_ids[id(draft)] = event.id
            yield event
            count += 1
            if count >= MAX_RECORDS_PER_DOCUMENT:
                return
        for agreement in self.agreements:
            yield self._agreement(agreement, event_ids)
            count += 1
            if count >= MAX_RECORDS_PER_DOCUMENT:
                return

    def _source(self, span: tuple[int, int]) -> Source:
        source = self._sources.get(span)
        if source is None:
            source = self._sources[span] = Source(self.document.id, span[0], span[1], self.text[span[0] : span[1]])
        return source

    def _mentions_of(self, key: str) -> list[PartnerMention]:
        """Every mention of the partner ``key``, in the order of the text."""
        if self._by_key is None:
            self._by_key = {}
            for found in self.mentions.values():
                for mention in found:
                    self._by_key.setdefault(mention.key, []).append(mention)
        return self._by_key.get(key, [])

    def _partner(self, key: str, first: PartnerMention) -> Partner:
        aliases: set[str] = set()
        sources = []
        # a mission named from its envoy's title is no mention of a sentence: it is its own evidence
        for mention in self._mentions_of(key) or [first]:
            sources.append(self._source((mention.start, mention.end)))
            aliases.add(mention.surface)
            if mention.alias:
                aliases.add(mention.alias)
            aliases.update(mention.short_forms)
            words = _KIND_NAME_WORDS.get(mention.place.kind) if mention.place is not None else None
            if words is not None:
                # "thành phố Lào Cai", "Lao Cai City", "tỉnh Lào Cai", "Fukuoka Prefecture": the name that tells a city
                # from the province of its name
                before_word, window, after_word = words
                before = before_word.search(self.text, max(0, mention.start - window), mention.start)
                if before:
                    aliases.add(self.text[before.start() : mention.end])
                after = after_word.match(self.text, mention.end)
                if after:
                    aliases.add(self.text[mention.start : after.end()])
        place = first.place
        geo = (
            Geo(place.lat, place.lon, place.id)
            if place is not None and place.lat is not None and place.lon is not None
            else None
        )
        parent = first.parent or (place.admin1 if place is not None and place.admin1 != place.id else None)
        aliases.discard(first.name)
        return Partner(
            id=key,
            name=first.name,
            kind=first.kind
            if first.kind in ("city", "province", "region", "country", "organization", "company")
            else "organization",
            country=first.country,
            aliases=tuple(sorted(aliases)),
            parent=parent if parent and parent != key else None,
            geo=geo,
            sources=tuple(sorted(set(sources), key=lambda s: (s.start, s.end))),
        )

    def _event(self, draft: _EventDraft) -> Event:
        partner_ids = tuple(dict.fromkeys(m.key for m in draft.partners))
        # an agency takes part for its city ("the Hai Phong Department of Foreign Affairs held talks with ..."):
        # the city is a party too, unless the event names it already
        parents = [m.parent for m in draft.partners if m.place is None and m.parent and m.parent in self.partner_by_key]
        partner_ids += tuple(key for key in dict.fromkeys(parents) if key not in partner_ids)
        first = draft.sources[0]
        told_with: tuple[object, ...] = (self.document.id, draft.kind, draft.date, first[0], first[1])
        if sum(d.kind == draft.kind and d.date == draft.date and d.sources[0] == first for d in self.events) > 1:
            # "held separate talks with ... and ...": events told in one sentence are told apart by their sides
            told_with += tuple(sorted(partner_ids))
        event_id = digest_id("event", told_with)
        return Event(
            id=event_id,
            kind=draft.kind,
            date=draft.date,
            location=draft.location,
            partners=partner_ids,
            mode="virtual" if draft.kind == "teleconference" or draft.virtual else "in_person",
            topics=tuple(sorted(draft.topics)),
            participants=self._participants(draft, partner_ids),
            sources=tuple(self._source(s) for s in dict.fromkeys(draft.sources)),
        )

    def _participants(self, draft: _EventDraft, partner_ids: tuple[str, ...]) -> tuple[Participant, ...]:
        """The people the event's sentences name with a title, each with the side they speak for when that
        side is a partner of the event."""
        found: dict[str, Participant] = {}
        for sentence in dict.fromkeys(draft.sources):
            for person in self.people_in(sentence):
                side = person.partner if person.partner in partner_ids else None
                known = found.get(person.name)
                if known is None or (known.title is None and person.title) or (known.partner is None and side):
                    title = person.title or (known.title if known else None)
                    found[person.name] = Participant(person.name, title, side or (known.partner if known else None))
        return tuple(found.values())

    def _agreement(self, draft: _AgreementDraft, event_ids: dict[int, str]) -> Agreement:
        partner_ids = tuple(sorted(dict.fromkeys(m.key for m in draft.partners)))
        agreement_id = digest_id(
            "agreement", (self.document.id, draft.kind, draft.status, *partner_ids, draft.sentence[0])
        )
        return Agreement(
            id=agreement_id,
            kind=draft.kind,
            status=draft.status,
            date=draft.date,
            date_computed=draft.date_computed,
            partners=partner_ids,
            topics=tuple(sorted(draft.topics)),
            signed_at=event_ids.get(id(draft.signed_at)) if draft.signed_at is not None else None,
            sources=tuple(self._source(s) for s in dict.fromkeys(draft.sources)),
        )


_ROUTE_JOINT = re.compile(r"\s*[-–]\s*$")
_ROUTE_WORD = re.compile(
    r"(?:tuyến|tour|hành\s+lang|cao\s+tốc|đường\s+sắt|đường\s+bay|kết\s+nối|\bcorridor|\broute|\bexpressway"
    r"|\brailway|\bhighway|\bflights?|\bline)\b[^.;]{0,40}$",
    re.I,
)


_LINK_ENDS_BEFORE = re.compile(
    r"\b(?:channel|corridor|route|railway|rail\s+link|line|flights?|highway|expressway|bridge|link|tourism|tours?)\b"
    r"[^.;]{0,30}?"
    r"\b(?:linking|connecting)\s+(?:the\s+)?$"
    # "xây dựng các tour du lịch kết nối vịnh Hạ Long với các điểm đến của Quảng Đông"
    r"|(?<!\w)(?:tour|tuyến|du\s+lịch|đường\s+bay)(?!\w)[^.;]{0,30}?(?<!\w)kết\s+nối\s+(?:vịnh\s+|thành\s+phố\s+|tỉnh\s+)?$",
    re.I,
)
_LINK_JOINT = re.compile(r"\s+(?:with|and|to)\s+(?:the\s+)?")


def _without_routes(text: str, mentions: list[PartnerMention]) -> list[PartnerMention]:
    """The mentions without the stops of a route: "kết nối tour tuyến Phú Quốc - Hà Tiên - Kampot - Kep",
    "the Kunming - Lao Cai - Hanoi - Hai Phong economic corridor" name places a route passes, not parties."""
    places = sorted((m for m in mentions if m.place is not None), key=lambda m: m.start)
    # "to develop a combined rail-sea channel linking Sichuan with the North Sea": the ends of a link
    # "tourism linking Can Tho with Phnom Penh and Siem Reap": each end joined to one
    stops: set[int] = set()
    for index, place in enumerate(places):
        before = places[index - 1] if index else None
        if _LINK_ENDS_BEFORE.search(text, max(0, place.start - 60), place.start) or (
            before is not None and id(before) in stops and _LINK_JOINT.fullmatch(text, before.end, place.start)
        ):
            stops.add(id(place))
    if len(places) < 3:
        return [m for m in mentions if id(m) not in stops] if stops else mentions
    chain = [places[0]]
    for mention in [*places[1:], None]:
        if mention is not None and _ROUTE_JOINT.match(text, chain[-1].end, mention.start):
            chain.append(mention)
            continue
        if len(chain) >= 3 and _ROUTE_WORD.search(text, max(0, chain[0].start - 40), chain[0].start):
            stops.update(id(m) for m in chain)
        if mention is not None:
            chain = [mention]
    return [m for m in mentions if id(m) not in stops] if stops else mentions


_JOINED_FROM_BEFORE = re.compile(
    r"\b(?:join(?:ing|ed|s)?|connect(?:ing|ed)|speaking|dial(?:l?ing|l?ed)\s+in)\s+(?:online\s+|virtually\s+|remotely\s+)?"
    r"from\s+(?:the\s+)?(?:city\s+of\s+)?$",
    re.I,
)
_TOURED_BEFORE = re.compile(
    r"\b(?:visited|toured|visiting|touring)\s+(?:the\s+)?(?:[\w-]+(?:\s+[\w-]+){0,6}?(?:,\s+[\w-]+(?:\s+[\w-]+){0,6}?)*,?\s+and\s+(?:the\s+)?)?$"
    # "đoàn đã đi thăm nhà máy sản xuất xe máy của Tập đoàn Suzuki": the company whose plant was seen
    r"|(?<!\w)(?:nhà\s+máy|xưởng|trang\s+trại|cơ\s+sở)\s+(?:[\w-]+\s+){0,5}?của\s+$"
    r"|\b(?:plant|factory|facility|farm)\s+(?:[\w-]+\s+){0,3}?(?:of|run\s+by|operated\s+by)\s+$"
    # "Chiều 13/9, đoàn đã đến thăm Khu kinh tế Chân Mây - Lăng Cô và Trường Đại học Y - Dược, Đại học Huế": sites
    # toured (not "thăm và làm việc với ...", which names hosts)
    r"|(?<!\w)(?<!chuyến\s)(?:thăm|tham\s+quan|khảo\s+sát)(?!\s*(?:,|và)\s*làm\s+việc)\s+"
    r"(?:(?:(?!với|làm\s+việc|hội\s+đàm|cùng|tiếp)[^.;:\n])*?(?:,|\s+và)\s+)?$",
    re.I,
)
# "... nhà máy ... của Tập đoàn Suzuki tại thành phố Hamamatsu", "a plant ... in Toyota City": where a site is
_SITE_IN_BEFORE = re.compile(
    r"(?:(?<!\w)(?:nhà\s+máy|xưởng|trang\s+trại|khu\s+công\s+nghiệp|cơ\s+sở)\s+[^.;,]{0,60}?(?:tại|ở)"
    r"|\b(?:plant|factory|facility|farm|terminal|site|[Pp]ark|[Zz]one|campus|hub|[Pp]alace|[Hh]all|headquarters"
    r"|building|[Hh]otel|Hôtel\s+de\s+(?:Ville|Région|Département))\s+[^.;,]{0,40}?\bin)\s+"
    r"(?:(?:thành\s+phố|tỉnh|huyện|TP\.?)\s+)?$",
    re.I,
)
# "took part in a soybean and grain trade forum in Ho Chi Minh City": where an event of others took place
_EVENT_IN_BEFORE = re.compile(
    r"\b(?:forum|conference|summit|expo|fair|festival|exhibition|workshop|seminar|symposium)"
    # "the Shandong-Bavaria Economic and Trade Cooperation Forum was held in Nuremberg"
    r"\s+(?:(?:was|were)\s+)?(?:(?:held|organi[sz]ed|opened)\s+)?in\s+$"
    # "tại Diễn đàn hợp tác địa phương Việt Nam - Ba Lan tổ chức ở Hà Nội": where a forum of others was held
    r"|(?<!\w)(?:diễn\s+đàn|hội\s+nghị|hội\s+thảo|hội\s+chợ|triển\s+lãm|lễ\s+hội)(?:\s+[^\s.;]+){0,10}?\s+"
    r"(?:được\s+)?(?:tổ\s+chức|diễn\s+ra)\s+(?:tại|ở)\s+(?:thủ\s+đô\s+|thành\s+phố\s+|tỉnh\s+)?$",
    re.I,
)
# "ngay sau khi đến Tokyo, đoàn đã làm việc với ...", "upon arriving in Hamburg": where the trip began
_ARRIVED_IN = re.compile(
    r"(?<!\w)đoàn(?:\s+(?:công\s+tác|đại\s+biểu|cấp\s+cao))?\s+(?:đã\s+)?(?:đến|tới|sang)\s+(?:thành\s+phố|tỉnh|thủ\s+đô|TP\.?)"
    r"|\bdelegation\s+(?:arrived\s+in|travell?ed\s+to|moved\s+on\s+to|headed\s+to|flew\s+to|left\s+for|went\s+on\s+to)\b",
    re.I,
)
# "Tổng Lãnh sự Hàn Quốc tại Đà Nẵng", "Consul General of Japan in Seattle": an envoy named with the country
_ENVOY_OF = re.compile(
    r"(?<!\w)(?P<vi>Tổng\s+Lãnh\s+sự|Lãnh\s+sự|Đại\s+sứ)(?!\s+quán)(?=\s)"
    r"|\b(?P<en>Ambassador|Consul[\s-]+General|Consul)\s+of\s+(?:the\s+)?(?=[A-Z])"
)
_MISSION_OF_ENVOY = {
    "tổng lãnh sự": "Tổng Lãnh sự quán",
    "lãnh sự": "Lãnh sự quán",
    "đại sứ": "Đại sứ quán",
    "ambassador": "Embassy",
    "consul general": "Consulate General",
    "consul-general": "Consulate General",
    "consul": "Consulate",
}
# "US Ambassador to Vietnam Robert Harlan", "the French Consul General in Ho Chi Minh City"
_ENVOY_AFTER_COUNTRY = re.compile(r"(?<=\S )(Ambassador|Consul[\s-]+General|Consul)\b(?!\s+(?:of|General)\b)")
_ADJECTIVE_BEFORE = re.compile(r"\b((?:South\s+)?[A-Z][a-z]+)\s+$")
_ENVOY_AGAIN = re.compile(
    r"(?<!\w)(?:Tổng\s+Lãnh\s+sự|Đại\s+sứ)(?!\s+quán)(?!\w)|\b(?:[Tt]he\s+)?(?:[Aa]mbassador|[Cc]onsul[\s-]+[Gg]eneral)\b(?!\s+of\b)"
)


class _Envoy(NamedTuple):
    """An envoy's title with the envoy's country: ``text[start:end]``."""

    start: int
    end: int
    title: str
    country: Place
    country_surface: str
    vietnamese: bool


_ENGLISH_MISSION = {"Tổng Lãnh sự quán": "Consulate General", "Lãnh sự quán": "Consulate", "Đại sứ quán": "Embassy"}
_SEAT_AFTER = re.compile(r"\s+(?:tại|in|to)\s+(?:the\s+)?")
_MISSION_CALLED_ON = re.compile(
    r"(?:chào\s+xã\s+giao|thăm|làm\s+việc\s+với|paid\s+a\s+courtesy\s+call\s+on|visited|called\s+on)\s+"
    r"(?:the\s+)?(?:Đại\s+sứ\s+quán|Tổng\s+Lãnh\s+sự\s+quán|Embassy\s+of|Consulate(?:\s+General)?\s+of)\s+(?:the\s+)?",
    re.I,
)
_SEPARATELY = re.compile(r"\b(?:separate(?:ly)?|respectively)\b|(?<!\w)(?:lần\s+lượt|riêng\s+rẽ)(?!\w)", re.I)
_DAYS_ANNIVERSARY = re.compile(r"\(\s*\d{1,2}/\d{1,2}/(?:1[89]|20)\d\d\s*[-–]\s*\d{1,2}/\d{1,2}/(?:1[89]|20)\d\d\s*\)")
_LEADING_PARTICIPLE = re.compile(r"(?:After|Before|Upon)\s+\w+ing\b[^,;.]{0,80},")
_BOTH_SIDES_OPENING = re.compile(r"The\s+(?:two|both)\s+(?:mayors|governors|leaders|sides|cities|provinces)\b")
_PRONOUN_SUBJECT = re.compile(
    r"(?:It|The\s+(?:city|prefecture|province|state))\s+(?:also\s+)?(?:has|had|is|was|became|have)\b"
)
_THE_BEFORE = re.compile(r"\b(?:the|this)\s+$", re.I)
_DATED_REFERENCE_BEFORE = re.compile(r"\bthe\s+(?:19|20)\d\d\s+$")
_LATER_THAT_DAY_OPENING = re.compile(r"In\s+the\s+(?:afternoon|evening)\s*,")
_TRAVELLED_TO_BEFORE = re.compile(
    r"\b(?:travell?ed|went|moved|arrived|headed|flew|continued)\s+(?:on\s+)?(?:to|in|at)\s+(?:the\s+city\s+of\s+)?$",
    re.I,
)
_ARRIVAL_BEFORE = re.compile(
    r"(?:(?<!\w)(?:sau\s+khi|ngay\s+khi|khi)\s+(?:đến|tới|sang)|\b(?:after|upon|on)\s+arriv(?:ing|al)\s+(?:in|at))\s+"
    r"(?:(?:thủ\s+đô|thành\s+phố|tỉnh)\s+)?$",
    re.I,
)
# "khảo sát khu cảng container Bremerhaven": a port named after its town
_PORT_BEFORE = re.compile(
    r"(?<!\w)(?:khu\s+)?cảng\s+(?:container|biển|nước\s+sâu|khách(?:\s+quốc\s+tế)?|hàng\s+không(?:\s+quốc\s+tế)?)\s+$",
    re.I,
)
# "Bảo tàng Chiến thắng lịch sử Điện Biên Phủ", "tham quan Đại Nội Huế", "tham quan cảng Kobe": the place names a site
_VI_SITE_NAME_BEFORE = re.compile(
    r"(?<!\w)(?:Bảo\s+tàng|Khu\s+di\s+tích|Di\s+tích|Tượng\s+đài|Nghĩa\s+trang|Quảng\s+trường|Nhà\s+hát|Đài\s+tưởng\s+niệm)"
    r"(?:\s+[\w-]+){0,5}\s+$"
    r"|(?<!\w)(?:Đại\s+Nội|Hoàng\s+thành|[Pp]hố\s+cổ|(?<=tham quan )cảng|(?<=thăm )cảng)\s+$"
)
_DISTRICT_AFTER = re.compile(r"\s+(?:district|District|ward|Ward)\b")
# "thăm dự án bảo tồn nhà rường tại làng cổ Phước Tích (huyện Phong Điền)": where a site lies
# "thành phố Sakai (tỉnh Osaka, Nhật Bản)": the province a city lies in, told in brackets
_DISTRICT_IN_BRACKETS_BEFORE = re.compile(
    r"\((?:huyện|quận|thị\s+xã|xã|phường|district\s+of|tỉnh|bang|vùng|prefecture\s+of|province\s+of|state\s+of)\s+$",
    re.I,
)
# "gặp gỡ bà con cộng đồng người Việt Nam ... tại thành phố Hamburg": the Vietnamese abroad, no locality
_COMMUNITY_IN = re.compile(
    r"cộng\s+đồng\s+người\s+Việt|kiều\s+bào|\bVietnamese\s+(?:community|expatriates|diaspora)|\boverseas\s+Vietnamese",
    re.I,
)
_COMPASS = r"(?:north|south|east|west|northeast|northwest|southeast|southwest)"
_DISTANCE_FROM_BEFORE = re.compile(
    rf"(?:\bkm\s+(?:{_COMPASS}\s+)?(?:of|from)\s+"
    r"|(?<!\w)cách\s+(?:(?:thủ\s+đô|thành\s+phố|trung\s+tâm(?:\s+thành\s+phố)?|tỉnh)\s+)?)$",
    re.I,
)
_FACILITY_AFTER = re.compile(
    r"\s+(?:international\s+)?(?:airports?|air\s+terminals?|border\s+(?:gates?|crossings?|checkpoints?))\b"
    # "the Nghi Son Economic Zone, including Nghi Son port and the Nghi Son oil refinery"
    r"|\s+(?:(?:deep-?water\s+|sea)?port|(?:oil\s+)?refinery|(?:container\s+)?terminal|industrial\s+(?:park|zone)"
    r"|economic\s+zone|hi-tech\s+park)\b(?!\s+(?:authority|city|province))",
    re.I,
)
# "qua cặp cửa khẩu quốc tế Tịnh Biên - Phnom Den": a border gate named after its town
_FACILITY_BEFORE = re.compile(
    r"(?<!\w)(?:cặp\s+)?cửa\s+khẩu\s+(?:(?:quốc\s+tế|chính|quốc\s+gia|song\s+phương)\s+)?$"
    # "khảo sát Cảng hàng không quốc tế Cam Ranh": an airport named after its town
    r"|(?<!\w)(?:cảng\s+hàng\s+không|sân\s+bay)\s+(?:quốc\s+tế\s+)?$"
    # "đoàn khảo sát Khu công nghiệp Phong Điền": an industrial park named after its district
    r"|(?<!\w)(?:[Kk]hu\s+(?:công\s+nghiệp|kinh\s+tế|công\s+nghệ\s+cao|chế\s+xuất)|KCN)\s+$"
    # "During the trip, the delegation also visited the port of Antwerp-Bruges in Belgium."
    r"|\b(?:visited|toured|inspected)\s+the\s+port\s+of\s+$",
    re.I,
)
# "phối hợp với Tổng Lãnh sự quán Nga tại Đà Nẵng", "the Consulate General of Japan in Ho Chi Minh City": where a
# mission sits
_MISSION_SEAT_BEFORE = re.compile(
    # "Tổng Lãnh sự Liên bang Nga tại Đà Nẵng": a country's name may hold a word in lower case
    r"(?:(?<!\w)(?:Tổng\s+)?(?:Lãnh\s+sự(?:\s+quán)?|Đại\s+sứ(?:\s+quán)?)\s+(?:[A-ZÀ-ỸĐ][\w-]*\s+(?:bang\s+)?){1,3}tại"
    # "Russia's Consul General in Da Nang also attended the opening of the exhibition"
    r"|\b(?:Consulate(?:\s+General)?|Consul\s+General|Embassy|Ambassador)\s+(?:of\s+(?:the\s+)?)?(?:[A-Z][\w-]*\s+){0,4}in)"
    r"\s+(?:thành\s+phố\s+|TP\.?\s+)?$"
)
# "San Diego, which sits on the border with Mexico's Tijuana, ...": geography, not a party
_BORDER_BEFORE = re.compile(
    r"(?:\bon\s+the\s+border\s+with|\bborder(?:s|ing))\s+(?:[A-Z][\w-]*(?:'s|’s)\s+"
    r"|the\s+(?:[\w-]+\s+){0,2}(?:province|state|city|prefecture|region)\s+of\s+)?$"
    r"|(?<!\w)(?:tiếp\s+)?giáp(?:\s+ranh)?\s+với\s+(?:(?:tỉnh|thành\s+phố|bang)\s+)?$"
)
# "Tokyo Electron (trụ sở tại Minato, Tokyo)", "a Boston-based firm headquartered in Cambridge": where a company
# sits, not a party
_HEADQUARTERS_BEFORE = re.compile(
    # "tại trụ sở UBND tỉnh ở thành phố Nha Trang": the seat's town
    r"(?:(?<!\w)trụ\s+sở(?:\s+chính|(?:\s+(?!tại|ở)\w+){1,4}?)?\s+(?:đặt\s+)?(?:tại|ở)|\bheadquartered\s+in|\bbased\s+in)\s+"
    r"(?:(?:tỉnh|thành\s+phố|the\s+city\s+of)\s+)?$",
    re.I,
)
_NEXT_IN_PLACE = re.compile(r",\s*$")
# "the Carlsbad desalination plant north of San Diego": geography
# "south of Sapporo", "the province surrounding Seoul", "near Hanoi": geography
_CAPITAL_APPOSITION_AFTER = re.compile(r",\s+(?:the\s+)?(?:provincial|state|prefectural|regional)\s+capital\b")
_CAPITAL_OF_BEFORE = re.compile(
    r"(?:\w,\s+|\b(?:in|to|at)\s+)(?:the\s+)?(?:[\w-]+\s+)?capital\s+(?:city\s+)?of\s+(?:the\s+)?(?:[A-Z]\w+['’]s\s+)?"
    # "Shenyang, the capital of neighboring Liaoning Province"
    r"(?:(?:neighbou?ring|nearby|(?:north|south)?(?:east|west)ern|northern|southern|central|coastal)\s+)?$"
    r"|\w,\s+thủ\s+phủ\s+(?:của\s+)?(?:tỉnh\s+|bang\s+|vùng\s+)?$",
    re.I,
)
_VENUE_OPENING = re.compile(
    r"(?:[^,.;\n]{0,30},\s*){0,2}[Tt]ại\s+(?:[Tt]hủ\s+đô\s+|[Tt]hành\s+phố\s+|TP\.?\s*|tỉnh\s+)?", re.S
)
_COMMA_AFTER = re.compile(r"\s*,")
_SITE_HEADS = r"University|College|Institute|Hospital|Company|Corporation|Group|Park|Centre|Center"
_FIRST_HEAD = re.compile(rf"\b(?:{_SITE_HEADS})\b")
_WITH_THE_HEAD = re.compile(rf"\bwith\s+the\s+({_SITE_HEADS})\b", re.I)
_SIGNED_AT_BEFORE = re.compile(r"\b(?:signed|inked)\s[^.;]{0,200}?\bat\s+the\s+$")
_ACCORDING_TO_BEFORE = re.compile(
    r"\baccording\s+to\s+(?:the\s+)?$|\b(?:data|figures|statistics)\s+(?:from|of)\s+(?:the\s+)?$", re.I
)
_PERFORMERS_BEFORE = re.compile(
    r"\b(?:performances?|performed|show|students|pupils|artists|artistes|dancers|musicians|choir)\s+(?:by|of|from)\s+"
    r"(?:the\s+)?(?:(?:students|pupils|artists)\s+(?:of|from)\s+(?:the\s+)?)?$",
    re.I,
)
_COMPASS_OF_BEFORE = re.compile(
    rf"\b(?:{_COMPASS}\s+of|surrounding|near|outside|(?:on\s+)?the\s+outskirts\s+of)\s+(?:the\s+city\s+of\s+)?$", re.I
)
# "The next day, the delegation visited the Carlsbad desalination plant": a site named after a place
_SITE_VISITED_BEFORE = re.compile(r"\b(?:visited|toured|inspected)\s+the\s+$")
_SITE_NOUN_AFTER = re.compile(
    r"\s+(?!(?:city|province|state|prefecture|region|county|district|municipality|area|and|or|on|in|at|to|for|from|with)\b)"
    r"[a-z]"
)
_WHERE_AFTER = re.compile(r",\s+where\b|,\s+nơi(?!\w)")
_HOSTS_THERE = re.compile(
    r"\s+(?:it|they|he|she|the\s+delegation)\s+(?:also\s+)?(?:had\s+)?(?:met|held\s+talks|was\s+received)\s+(?:with\s+)?"
    r"(?:the\s+)?(?:municipal|city|local|provincial|state|prefectural)\s+(?:officials|leaders|authorities|government)",
    re.I,
)


def _named_again_as_a_side(text: str, mention: PartnerMention, sentence: tuple[int, int]) -> bool:
    """ "visited the Da Nang University of Science and Technology, where Pittsburgh's Riverview Health System signed
    an agreement ... with the university": a site toured that the sentence goes on to name as a side."""
    head = _FIRST_HEAD.search(mention.name)
    again = _WITH_THE_HEAD.search(text, mention.end, sentence[1]) if head is not None else None
    return again is not None and head is not None and again.group(1).lower() == head.group(0).lower()


def _site_district_or_onward_stop(text: str, sentence: tuple[int, int], mention: PartnerMention) -> bool:
    """A place in the name of a site toured ("đoàn đã tham quan Bảo tàng Chiến thắng lịch sử Điện Biên Phủ"), a
    district something is in ("laid a wreath at the Monument to Lenin in Ba Dinh district") or a stop of an onward
    journey ("... before continuing to Venice and Florence")."""
    start = mention.start
    return bool(
        _VI_SITE_NAME_BEFORE.search(text, max(sentence[0], start - 50), start)
        or (
            _DISTRICT_AFTER.match(text, mention.end, sentence[1])
            and _LOCATION.search(text[max(sentence[0], start - 25) : start])
        )
        or _ONWARD_STOPS_BEFORE.search(text, max(sentence[0], start - 80), start)
    )


def _venues(text: str, sentence: tuple[int, int], mentions: list[PartnerMention]) -> list[PartnerMention]:
    """The places a sentence names only as where something happens, not as a party to it: a city "in"/"tại"
    which another place of the sentence contains ("Ngày 12/3, tại thành phố Côn Minh, đoàn đã hội đàm với Chính
    quyền Nhân dân tỉnh Vân Nam"), and a place followed by ", where" ("arrived in Da Nang from Honolulu, where it
    had attended a business conference")."""
    if not mentions:
        return []
    # "the San Francisco delegation visited the HCM City Hi-Tech Park and the Saigon Innovation Hub": sites toured
    toured = [
        m
        for m in mentions
        if m.place is None
        and (
            _TOURED_BEFORE.search(text, max(sentence[0], m.start - 80), m.start)
            # "a banquet ..., featuring an art performance by students of the Thanh Hoa University of Culture": who
            # performed is no side
            or _PERFORMERS_BEFORE.search(text, max(sentence[0], m.start - 50), m.start)
            # "Eleven cooperation projects ... were signed at the forum, ..., according to the Shandong Provincial
            # Department of Commerce": the source of a figure
            or _ACCORDING_TO_BEFORE.search(text, max(sentence[0], m.start - 20), m.start)
            # "... signed a memorandum of understanding on ... at the Hamburg Chamber of Commerce": where it was signed
            or _SIGNED_AT_BEFORE.search(text, max(sentence[0], m.start - 220), m.start)
        )
        and not _named_again_as_a_side(text, m, sentence)
    ]
    places = [m for m in mentions if m.place is not None]
    gates = [m for m in places if _FACILITY_BEFORE.search(text, max(sentence[0], m.start - 40), m.start)]
    # "proposed opening more flights between Noi Bai and Chengdu Tianfu international airports": an airport's name
    venues = [
        m
        for m in places
        if m in gates
        # "Joining from Adelaide, Director ... Sarah Whitfield said ...": where one took part in an online meeting
        or _JOINED_FROM_BEFORE.search(text, max(sentence[0], m.start - 40), m.start)
        or _FACILITY_AFTER.match(text, m.end, sentence[1])
        or (
            _SITE_VISITED_BEFORE.search(text, max(sentence[0], m.start - 20), m.start)
            and _SITE_NOUN_AFTER.match(text, m.end, sentence[1])
        )
    ]
    # the other end of a border gate pair: "cửa khẩu Tịnh Biên - Phnom Den"
    venues += [
        m for first, m in itertools.pairwise(places) if first in gates and _ROUTE_JOINT.match(text, first.end, m.start)
    ]
    for first, second in zip(places, [*places[1:], None], strict=False):
        if _HEADQUARTERS_BEFORE.search(text, max(sentence[0], first.start - 30), first.start):
            venues.append(first)
            if second is not None and _NEXT_IN_PLACE.match(text, first.end, second.start):
                venues.append(second)  # "Minato, Tokyo"
    # "Changwon, located about 40 km west of Busan", "cách thủ đô Seoul khoảng 240 km", "on the border with
    # Mexico's Tijuana": geography
    geography = _GEOGRAPHY_WORDS_IN.search(text, sentence[0], sentence[1]) is not None
    venues += [
        m
        for m in places
        if m not in venues
        and geography
        and (
            _DISTANCE_FROM_BEFORE.search(text, max(sentence[0], m.start - 40), m.start)
            or _MISSION_SEAT_BEFORE.search(text, max(sentence[0], m.start - 60), m.start)
            or _NEXT_STOP_BEFORE.search(text, max(sentence[0], m.start - 40), m.start)
            or _SITE_IN_BEFORE.search(text, max(sentence[0], m.start - 90), m.start)
            or _EVENT_IN_BEFORE.search(text, max(sentence[0], m.start - 120), m.start)
            or _ARRIVAL_BEFORE.search(text, max(sentence[0], m.start - 40), m.start)
            or _PORT_BEFORE.search(text, max(sentence[0], m.start - 30), m.start)
            or _DISTRICT_IN_BRACKETS_BEFORE.search(text, max(sentence[0], m.start - 20), m.start)
            or (
                (
                    _CAPITAL_BEFORE.search(text, max(sentence[0], m.start - 24), m.start)
                    # "Prime Minister Pham Minh Chinh received Governor of Japan's Tochigi Prefecture ... in Hanoi":
                    # a national leader speaks for no city, the city is where
                    or _IN_BEFORE.search(text, max(sentence[0], m.start - 24), m.start)
                    or (
                        m.surface.lower().startswith("thủ đô") and text[max(0, m.start - 4) : m.start].lower() == "tại "
                    )
                )
                and _NATIONAL_LEADER.search(text, sentence[0], sentence[1])
            )
            or _BORDER_BEFORE.search(text, max(sentence[0], m.start - 60), m.start)
            or _COMPASS_OF_BEFORE.search(text, max(sentence[0], m.start - 20), m.start)
            # "a Bavarian government delegation visited Jinan, the provincial capital, and signed ...": the place
            # the delegation went to
            or _CAPITAL_APPOSITION_AFTER.match(text, m.end, sentence[1])
            # "Officials ... gathered in Chengdu, capital of Sichuan province, on Tuesday": where the city is
            or _CAPITAL_OF_BEFORE.search(text, max(sentence[0], m.start - 40), m.start)
        )
    ]
    venues += [m for m in places if m not in venues and _site_district_or_onward_stop(text, sentence, m)]
    # "Ngày 10/7, tại Thủ đô Tokyo, UBND tỉnh Thanh Hóa ... tổ chức Hội nghị xúc tiến đầu tư ...": a place opening the
    # sentence as where it happens, and not named again in it, is the venue
    venues += [
        m
        for m in places
        if m not in venues
        and _VENUE_OPENING.fullmatch(text, sentence[0], m.start)
        and _COMMA_AFTER.match(text, m.end)
        and not any(o is not m and (o.key == m.key or o.parent == m.key) for o in mentions)
    ]
    # "hội nghị Bí thư bốn tỉnh biên giới Việt Nam (Quảng Ninh, Lạng Sơn, Cao Bằng, Hà Giang)": members of a group
    # listed in brackets
    for bracket in _BRACKETED.finditer(text, sentence[0], sentence[1]):
        inside = [m for m in places if bracket.start() < m.start and m.end < bracket.end()]
        if len(inside) >= 3:
            venues += [m for m in inside if m not in venues]
    # "a subsidiary of a Takaoka-based precision parts maker": where a company is based
    venues += [m for m in places if m not in venues and text.startswith("-based", m.end)]
    venues += toured
    # "làm việc với Bộ Kinh tế ... bang Brandenburg tại thành phố Potsdam": a body's place holds the venue too
    parents = {m.parent: m.key for m in mentions if m.place is None and m.parent}
    if len({m.key for m in places} | set(parents)) < 2:
        return venues
    provinces = {**parents, **{m.place.id: m.key for m in places if m.place is not None}}
    for mention in places:
        if mention in venues or mention.place is None:
            continue
        named_once = sum(m.key == mention.key for m in places) == 1
        inside_another = provinces.get(mention.place.admin1 or "", mention.key) != mention.key
        where = _WHERE_AFTER.match(text, mention.end, sentence[1])
        # "arrived in Guangzhou from Shenzhen, where it met municipal officials on Wednesday": the hosts are there
        if (where and not _HOSTS_THERE.match(text, where.end(), sentence[1])) or (
            named_once
            and inside_another
            and _LOCATION.search(text[max(sentence[0], mention.start - 25) : mention.start])
        ):
            venues.append(mention)
    return venues


def _kind_of_tally(triggers: list[Trigger]) -> str:
    """The kind of relation a tally of partners counts: sister cities, unless it names another."""
    kinds = {t.kind for t in triggers}
    return next((k for k in ("twinning", "friendship_cooperation") if k in kinds), "twinning")


def _contains(a, b) -> bool:
    return a.id == b.id or a.admin1 == b.id or b.admin1 == a.id


def _sides(partners: list[PartnerMention]) -> int:
    """How many places ``partners`` name, a place and the one it lies in counting once ("In Portland, Oregon, ...")."""
    places: list = []
    for mention in partners:
        if mention.place is not None and not any(_contains(mention.place, p) for p in places):
            places.append(mention.place)
    return len(places)


def _new_side(told: list[PartnerMention], new: list[PartnerMention]) -> bool:
    """Whether ``new`` names a place that takes no part in the event ``told`` has."""
    known = [m.place for m in told if m.place is not None]
    return any(m.place is not None and not any(_contains(m.place, place) for place in known) for m in new)


def _another_pair(told: list[PartnerMention], new: list[PartnerMention]) -> bool:
    """Whether ``new`` names two sides one of which takes no part in the signing ``told`` has: "Cũng tại diễn đàn,
    Tây An và thành phố Samarkand đã ký thỏa thuận ..." after Huế and Tây An signed theirs."""
    bodies = [m for m in told if m.place is None]
    # "Sichuan University and the University of Lodz signed ...", then "Chengdu and ... Can Tho signed ...": two
    # bodies are two sides too
    if _sides(new) < 2 or (_sides(told) < 2 and len(bodies) < 2):
        return False
    known = [m.place for m in told if m.place is not None]
    parents = {m.parent for m in bodies if m.parent}
    return any(
        m.key not in parents and not any(_contains(m.place, place) for place in known)
        for m in new
        if m.place is not None
    )


def _bodies_of_their_own(told: list[PartnerMention], new: list[PartnerMention]) -> bool:
    """Whether ``new`` names two organisations that take no part in the event ``told`` has: "The same day, the
    Changwon Chamber of Commerce and Industry and the Hai Phong Business Association inked an agreement ..." after
    the cities' signing is a signing of their own."""
    known = {m.key for m in told}
    bodies = {m.key for m in new if m.place is None}
    return len(bodies) >= 2 and not bodies & known


def _overlap(first: list[PartnerMention], second: list[PartnerMention]) -> bool:
    return bool({m.key for m in first} & {m.key for m in second})


def _dates_compatible(a: PartialDate | None, b: PartialDate | None) -> bool:
    return a is None or b is None or a.compatible(b)


def _after(date: PartialDate, reference: PartialDate, days: int) -> bool:
    import datetime as dt

    first_day = dt.date(date.year, date.month or 1, date.day or 1)
    ref = dt.date(reference.year, reference.month or 12, reference.day or 28)
    return (first_day - ref).days > days


def _age_years(text: str, start: int, end: int, anchor: int | None = None) -> int | None:
    """The age a window ``text[start:end]`` gives a relation ("30 years", "the 25th anniversary").

    With an ``anchor`` (where the relation is named), the age nearest to it wins: "sixty years of
    friendship ... and thirty years since the Twinning Charter was signed" dates the charter 30 years back.
    """
    if anchor is None:
        for screened in _AGES_IN:
            match = screened.search(text, start, end)
            if match:
                value = _age_value(match)
                if value is not None:
                    return value
        return None
    best: tuple[int, int] | None = None
    for pattern in _AGE_PATTERNS:
        for match in pattern.finditer(text, start, end):
            value = _age_value(match)
            if value is not None and (best is None or abs(anchor - match.start()) < best[0]):
                best = (abs(anchor - match.start()), value)
    return best[1] if best else None


def _age_value(match: re.Match[str]) -> int | None:
    decades = match.groupdict().get("n2")
    if decades:
        return 10 * _NUMBER_WORDS[decades.lower()]
    raw = (match.group("n") or "").lower()
    if raw == "decade":
        return 10
    value = _NUMBER_WORDS.get(raw) if not raw.isdigit() else int(raw)
    return value if value is not None and 1 <= value <= 150 else None


def _year_or_none(year: int | None) -> PartialDate | None:
    return PartialDate(year) if year is not None and 1 <= year <= 9999 else None


def extract_records(document: Document, gazetteer: Gazetteer | None = None) -> Iterator[Record]:
    """Partners, events and agreements of one document."""
    yield from DocumentExtraction(document, gazetteer or Gazetteer.load()).records()
