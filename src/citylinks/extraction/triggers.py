"""Words that announce an event or an agreement, in English and Vietnamese.

Each trigger has a kind and a strength: ``strong`` triggers report that
something happened ("held talks", "đã tiếp", "signed"); ``weak`` ones only name
it ("the teleconference", "buổi tiếp") and attach to an event already found,
or make the article's main event when the lead names nothing stronger. A
trigger preceded in its clause by a word of intention ("will", "hopes",
"sẽ", "mong muốn") reports a plan, not an event.
"""

from __future__ import annotations

import re

import attrs

from citylinks.extraction.screens import PatternScreen, ScreenedPattern

_I = re.IGNORECASE


@attrs.frozen
class Trigger:
    kind: str
    start: int
    end: int
    strong: bool


# (kind, strong, pattern). Order matters only for overlapping matches: earlier wins.
EVENT_TRIGGERS: list[tuple[str, bool, re.Pattern[str]]] = [
    # "The 2024 New Year meeting between Party secretaries of ... was held in Nanning on Tuesday." ("The meeting took
    # place less than two weeks after ..." is the meeting already told)
    ("talks", True, re.compile(r"(?<!the\s)\btalks\b(?=[^.;]{0,200}\b(?:were|was)\s+held\b)", _I)),
    ("working_session", True, re.compile(r"(?<!the\s)\bworking\s+session\b(?=[^.;]{0,200}\bwas\s+held\b)", _I)),
    (
        "conference",
        True,
        re.compile(
            r"(?<!the\s)\b(?:conference|forum|seminar|symposium)\b(?=[^.;]{0,200}\b(?:was\s+held|took\s+place)\b)", _I
        ),
    ),
    ("meeting", True, re.compile(r"(?<!the\s)\bmeeting\b(?=[^.;]{0,200}\b(?:was\s+held|took\s+place)\b)", _I)),
    # "đã diễn ra Phiên họp lần thứ 12 Ủy ban công tác liên hợp giữa các tỉnh ...": a joint committee's session
    (
        "meeting",
        True,
        re.compile(
            # (not "cơ chế đã tổ chức 19 phiên họp thường niên": sessions counted)
            r"(?:tổ\s+chức|diễn\s+ra|khai\s+mạc|chủ\s+trì|đồng\s+chủ\s+trì)\s+(?:(?!\d)[\w-]+\s+){0,3}?"
            r"(?<!\d\s)(?<!các\s)(?<!những\s)phiên\s+họp(?!\w)"
            r"|phiên\s+họp(?:[^.;]|\.(?=\w)){0,160}?(?:đã\s+)?(?:được\s+)?(?:tổ\s+chức|diễn\s+ra|khai\s+mạc)",
            _I,
        ),
    ),
    # "The signing followed the 15th meeting of the Busan-Fukuoka Economic Cooperation Council, held Nov. 10 at
    # BEXCO, where ...": a meeting told with the day it was held
    (
        "meeting",
        True,
        re.compile(
            # "during their annual meeting held on Dec 16 in Kaysone Phomvihane City"
            r"(?<!the\s)\bmeeting\b(?=[^.;]{0,120}?,?\s+held\s+(?:on\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|"
            r"Saturday|Sunday|Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec|\d))",
            _I,
        ),
    ),
    (
        "teleconference",
        True,
        re.compile(
            r"\b(?:held|hold|holds|had|have|conducted|joined)\s+(?:a\s+|an\s+)?(?:teleconference|video\s?conference|videoconference|virtual\s+(?:meeting|talks|conference|session|dialogue)|online\s+(?:meeting|talks|session|conference)|video\s+call|webinar)"
            # "The visit follows a video conference between the two cities' external affairs agencies last week"
            r"|\b(?:a|an)\s+(?:teleconference|video\s?conference|videoconference|virtual\s+meeting|online\s+meeting|video\s+call)\s+between\b",
            _I,
        ),
    ),
    (
        # "Turku Mayor Petri Laaksonen addressed the council's Intergovernmental Relations Committee by video link
        # Tuesday afternoon"
        "teleconference",
        True,
        re.compile(
            r"\b(?:by|via|over)\s+(?:a\s+)?(?:video\s+link|video\s?conference|videoconference|video\s+call)\b", _I
        ),
    ),
    (
        "teleconference",
        False,
        re.compile(
            r"\b(?:teleconference|video\s?conference|videoconference|virtual\s+(?:meeting|talks|session|dialogue)|online\s+(?:meeting|talks|session)|video\s+call|webinar|video\s+link)\b",
            _I,
        ),
    ),
    (
        "teleconference",
        True,
        re.compile(
            r"(?:họp|hội đàm|hội nghị|gặp|làm việc|trao đổi)\s+(?:trực\s+tuyến|qua\s+(?:hình\s+thức\s+)?trực\s+tuyến)"
            r"|hội\s+nghị\s+truyền\s+hình|cầu\s+truyền\s+hình",
            _I,
        ),
    ),
    (
        "talks",
        True,
        re.compile(
            r"\b(?:held|hold|holds|holding|had)\s+(?:official\s+|bilateral\s+)?talks\b|\btalks\s+with\b"
            r"|\b(?:after|following|followed|during|at)\s+(?:the\s+)?talks\s+between\b"
            r"|\b(?:after|following|followed)\s+their\s+talks\b",
            _I,
        ),
    ),
    ("talks", True, re.compile(r"hội\s+đàm\s+với|đã\s+hội\s+đàm|(?<!cuộc\s)hội\s+đàm(?!\s+trực)", _I)),
    ("talks", True, re.compile(r"(?:đã\s+)?có\s+(?:buổi|cuộc)\s+hội\s+đàm", _I)),
    ("talks", False, re.compile(r"\b(?:the|their|during)\s+talks\b|cuộc\s+hội\s+đàm|buổi\s+hội\s+đàm", _I)),
    (
        "signing",
        True,
        re.compile(
            r"\b(?:signed|inked|sign(?:ing)?\s+ceremony|signing\s+of|renewal\s+of\s+the\s+(?:\w+\s+)?(?:charter|agreement|memorandum)|renewed\s+(?:the|a|an|their|its))\b|\bthe\s+two\s+\w+\s+signed\b",
            _I,
        ),
    ),
    (
        "signing",
        True,
        re.compile(
            r"lễ\s+ký|(?:đã\s+)?ký\s+kết|(?<!\w)ký\s+(?:thỏa|thoả|biên|bản|một|tuyên|hợp|văn|kết|kế\s+hoạch|chương\s+trình|thư)",
            _I,
        ),
    ),
    (
        "reception",
        True,
        # "On Monday, the delegation was received by Chairman of the State Council ...": a reception told from the
        # guests' side; "the delegation travelled to Melbourne, where it was received by ..."
        re.compile(
            r"(?:\b(?:delegations?|guests|visitors)|(?<=where\s)(?:it|they))\s+(?:was|were)\s+(?:warmly\s+|also\s+)?"
            r"received\s+by\b",
            _I,
        ),
    ),
    (
        "reception",
        False,
        # "đã có buổi tiếp xã giao ...": having a reception is the act itself
        re.compile(
            r"\bthe\s+reception\b|(?<!có\s)buổi\s+tiếp|(?<!có\s)cuộc\s+tiếp|\b(?:was|were)\s+received\s+by\b"
            r"|sự\s+đón\s+tiếp",
            _I,
        ),
    ),
    (
        "reception",
        True,
        re.compile(
            r"\b(?:received|receives|receiving|hosted\s+a\s+reception|welcom(?:ed|es)(?!\s+(?:nearly|almost|about|around|over|more|some|up\s+to|close\s+to|\d))(?!\s+(?:the\s+|this\s+|that\s+|his\s+|their\s+|its\s+)?(?:[\w-]+\s+)?(?:proposals?|ideas?|initiatives?|suggestions?|opportunit(?:y|ies)|decisions?|moves?|plans?|news|results?|efforts?|cooperation|investments?|interest|agreements?|signing|outcomes?|progress)\b)|courtesy\s+call)\b(?<!was\sreceived)(?<!were\sreceived)"
            r"|\bhost(?:s|ed)\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,3}?delegations?\b"
            # "Daejeon Mayor ... hosted a luncheon at City Hall for the Seattle delegation", "a welcome dinner"
            r"|\bhost(?:s|ed|ing)\s+(?:a|an)\s+(?:[\w-]+\s+){0,2}?(?:luncheon|lunch|dinner|banquet)\b"
            r"|\b(?:welcome|welcoming)\s+(?:dinner|luncheon|banquet|lunch)\b"
            r"|(?<!\w)(?:tiệc\s+)?chiêu\s+đãi(?!\w)",
            _I,
        ),
    ),
    (
        "reception",
        True,
        re.compile(
            r"(?<!\w)(?:đến\s+)?chào\s+(?:xã\s+giao|xả\s+giao)(?!\w)"
            r"|(?<!trực\s)(?<!kế\s)(?<!\w)(?:đã\s+)?(?:có\s+buổi\s+)?tiếp(?:\s+(?:thân\s+mật|xã\s+giao|đón))?(?!\s*(?-i:tục|cận|nhận|thu|theo|xúc|sức|nối|giáp|đó|tế|thị|diễn|viện|quản|liệu|tới|sau|đến|năm|cho|bước|tay))(?!\w)",
            _I,
        ),
    ),
    (
        "working_session",
        True,
        re.compile(
            r"\b(?:had|held)\s+(?:a\s+)?working\s+(?:session|meeting)|\bworked\s+with\b|\bworking\s+session\s+with\b",
            _I,
        ),
    ),
    (
        "working_session",
        True,
        re.compile(r"(?<!buổi\s)(?<!cuộc\s)(?:đã\s+)?làm\s+việc\s+với|có\s+(?:buổi|cuộc)\s+làm\s+việc", _I),
    ),
    ("working_session", False, re.compile(r"\bthe\s+working\s+session\b|buổi\s+làm\s+việc|cuộc\s+làm\s+việc", _I)),
    (
        "meeting",
        True,
        re.compile(
            r"\b(?:met\s+with|had\s+a\s+meeting|held\s+a\s+meeting|met)\b"
            # "Savannakhet, Quang Tri hold annual meeting"
            # (not "They agreed to hold the 11th meeting of the Joint Working Group in Lao Cai city": a plan)
            r"|(?<!to\s)\b(?:hold|holds|held|convene|convened)\s+(?:(?:a|an|the|their|its)\s+)?(?:annual|regular|joint|first|"
            r"\d+(?:st|nd|rd|th))\s+meeting\b",
            _I,
        ),
    ),
    # "Meeting at Fukuoka City Hall, the two mayors signed a joint declaration ..."
    ("meeting", True, re.compile(r"(?:(?<=\n)|(?<=\.\s)|\A)Meeting\s+(?:at|in)\s+(?-i:[A-Z])", _I)),
    (
        "meeting",
        True,
        re.compile(r"(?:đã\s+)?(?:gặp\s+gỡ|gặp|hội\s+kiến)(?!\s+(?:khó|phải|nhiều))|có\s+cuộc\s+gặp", _I),
    ),
    ("meeting", False, re.compile(r"\bthe\s+meeting\b|cuộc\s+gặp|buổi\s+gặp", _I)),
    (
        "field_trip",
        True,
        re.compile(r"\b(?:paid\s+a\s+field\s+trip|field\s+trip|study\s+tour|toured|fact-finding\s+trip)\b", _I),
    ),
    ("field_trip", True, re.compile(r"(?:đã\s+)?(?:tham\s+quan|khảo\s+sát|thị\s+sát)", _I)),
    (
        "visit",
        True,
        re.compile(
            r"\b(?:visited|paid\s+(?:a|an)\s+(?:\w+\s+){0,2}visit|(?:working|official|state|courtesy)\s+visit\s+to|delegation\s+(?:from|of)\b[^.]{0,120}\b(?:visit|was\s+invited|arrived))"
            # "The delegation arrived in Seattle on Sunday", "Whitfield arrived in Sapporo on Sunday with a 30-member
            # delegation"
            r"|\bdelegation\s+arrived\s+in\b|\barrived\s+in\b[^.]{0,60}?\bwith\s+(?:a|an|her|his)\s+(?:[\w-]+\s+){0,2}?delegation\b"
            # "Zhao's visit follows a trip to Hamburg by Qingdao's mayor last month", "made a three-day trip to Osaka"
            r"|\btrip\s+to\s+[A-Z][\w-]+(?:\s+[A-Z][\w-]+)?\s+by\b"
            r"|\b(?:made|paid|took)\s+(?:a|an|his|her|their)\s+(?:[\w-]+\s+){0,2}?trip\s+to\b",
            _I,
        ),
    ),
    (
        "visit",
        True,
        re.compile(
            r"(?<!tham\s)(?<!chuyến\s)(?<!cuộc\s)(?:đã\s+)?(?:đi\s+|đến\s+|sang\s+|tới\s+)?thăm(?!\s+(?:hỏi|dò|khám|viếng|quan))",
            _I,
        ),
    ),
    (
        # "Last month, a delegation from Turku led by Deputy Mayor Aino Virtanen spent three days in Minneapolis"
        "visit",
        True,
        re.compile(
            r"\b(?:spent|spends|spending)\s+(?:a|one|two|three|four|five|six|seven|several|a\s+few|\d+)\s+days?\s+in\b",
            _I,
        ),
    ),
    ("visit", False, re.compile(r"\b(?:the|this|his|her|their)\s+visit\b|chuyến\s+thăm", _I)),
    (
        "conference",
        True,
        re.compile(
            r"\b(?:took\s+part\s+in|attend(?:ed|s|ing)?|held|hosted|opened|organi[sz]ed|addressed?|chaired|convened|gathered(?=\s+(?:in|at)\b))\b[^.]{0,60}\b(?:conference|forum|seminar|symposium|workshop|summit|dialogue|expo|roundtable|round-table)\b|\b(?:conference|forum|seminar|symposium|workshop|summit|dialogue)\b[^.]{0,160}?\b(?:was\s+held|took\s+place|opened|was\s+(?:co-)?chaired\s+by)\b|\b(?:conference|forum|seminar|symposium|workshop|summit|expo),?\s+(?:held|organi[sz]ed)\s+(?:in|at|on)\b|\bspeech\s+by\b[^.]{0,80}\bconference\b"
            # "Officials from five European cities gathered in Chengdu, capital of Sichuan province, on Tuesday for the
            # Chengdu-Europe Cities Cooperation Forum": where and when between the gathering and what it was for
            r"|\bgathered\s+(?:in|at)\b[^.]{0,100}?\bfor\s+(?:the|a|an)\s+[^.]{0,60}?"
            r"\b(?:conference|forum|seminar|symposium|workshop|summit|dialogue|expo)\b"
            # "The Premier's visit ..., from 12 to 15 June, began on 13 June with the Franco-Acadian Economic Forum"
            r"|\b(?:began|opened|started|kicked\s+off|ended|concluded)\b[^.]{0,40}?\bwith\s+(?:the|a|an)\s+[^.]{0,60}?"
            r"\b(?:forum|conference|seminar|symposium|summit|expo|workshop)\b",
            _I,
        ),
    ),
    (
        "conference",
        True,
        re.compile(
            r"(?:tổ\s+chức|diễn\s+ra|khai\s+mạc|tham\s+dự|(?<!\w)dự|chủ\s+trì|đồng\s+chủ\s+trì|phát\s+biểu\s+tại)\s+(?:[\w“”\"-]+\s+){0,4}?(?:hội\s+nghị|hội\s+thảo|diễn\s+đàn|tọa\s+đàm|toạ\s+đàm)|(?:hội\s+nghị|hội\s+thảo|diễn\s+đàn|tọa\s+đàm|toạ\s+đàm)(?!\s+(?:trực|truyền))(?:[^.;]|\.(?=\w)){0,160}?(?:đã\s+)?(?:được\s+)?(?:tổ\s+chức|diễn\s+ra|khai\s+mạc)",
            _I,
        ),
    ),
    (
        "conference",
        False,
        re.compile(r"(?:hội\s+nghị|hội\s+thảo|diễn\s+đàn|tọa\s+đàm|toạ\s+đàm)(?!\s+(?:trực|truyền))", _I),
    ),
    (
        "conference",
        False,
        re.compile(r"\b(?:the|this)\s+(?:conference|forum|seminar|dialogue|event)\b|\bmayors'?\s+conference\b", _I),
    ),
    (
        "other",
        True,
        re.compile(
            r"lễ\s+trao|trao\s+(?:tặng\s+)?huân\s+chương|\b(?:award|medal)\s+ceremony\b|\bopening\s+ceremony\b|(?:tổ\s+chức|diễn\s+ra)\s+(?:lễ\s+kỷ\s+niệm|lễ\s+khai\s+mạc|lễ\s+hội|tuần\s+văn\s+hóa|chương\s+trình\s+giao\s+lưu)|\b(?:held|hosted|co-hosted|organi[sz]ed|co-organi[sz]ed|opened|celebrated)\s+(?:a\s+|an\s+|the\s+)?(?:\w+\s+){0,3}(?:ceremony|celebration|festival|culture\s+week|cultural\s+week|exhibition|gala)\b",
            _I,
        ),
    ),
    (
        "other",
        True,
        re.compile(
            r"(?<!\w)(?:đã\s+)?khai\s+mạc(?!\w)|\bwas\s+(?:opened|inaugurated)\b|\bkicked\s+off\b"
            # "Earlier the same day, Choi opened "Busan Week in Fukuoka," a five-day festival in Tenjin Central Park"
            r"|\bopened\s+[\"“][^\"”]{3,60}[\"”]"
            # "A Thua Thien Hue Culture Week opened in the southern French city of Toulouse on June 9"
            r"|\b(?:[Ww]eek|[Ff]estival|[Ee]xhibition|[Ff]air|[Dd]ays)\s+opened\b"
            # "An exhibition tracing the silk trade that first bound Yokohama and Lyon opened at the Silk Museum"
            r"|\b(?:[Aa]n?|[Tt]he)\s+(?:[\w-]+\s+){0,2}?(?:exhibition|festival|fair)\b[^.;]{0,80}?\bopened\s+(?:at|in|on)\b"
            r"|\battend(?:ed|s|ing)?\s+the\s+(?:opening|inauguration)\s+(?:ceremony\s+)?of\b"
            r"|\battend(?:ed|s|ing)?\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,4}?(?:ceremony|celebration|gala|festival)\b"
            r"|(?<!\w)(?:đã\s+)?(?:tham\s+)?dự\s+(?:buổi\s+)?lễ\s+(?:kỷ\s+niệm|khai\s+mạc|hội|mít\s+tinh)"
            # "Tối cùng ngày, hai thành phố long trọng tổ chức Lễ kỷ niệm 10 năm thiết lập quan hệ ..."
            r"|(?<!\w)tổ\s+chức\s+(?:trọng\s+thể\s+)?(?:buổi\s+)?lễ\s+(?:kỷ\s+niệm|mít\s+tinh|khánh\s+thành)(?!\w)",
            _I,
        ),
    ),
    (
        "other",
        True,
        # "A ceremony marking 20 years of the sister-city relationship ... took place in Vung Tau city on February 21."
        re.compile(
            r"\b(?:a|an)\s+(?:[\w-]+\s+){0,2}?(?:ceremony|celebration|gala)\b(?=[^.]{0,200}\b(?:took\s+place|was\s+held)\b)",
            _I,
        ),
    ),
    (
        # "On Sunday, the Chinese students and 40 Gwangju peers staged a joint concert at the Asia Culture Center";
        # "the delegation joined the mayor ... to plant two cherry trees": exchanges of their own
        "other",
        True,
        re.compile(
            r"\b(?:staged|gave|held|put\s+on|performed)\s+(?:a|an)\s+(?:[\w-]+\s+){0,2}?(?:concert|performance|recital|"
            r"art\s+show|gala)\b"
            r"|\bplant(?:ed|s)?\s+(?:(?:a|an|two|three|four|five|\d+)\s+)?(?:[\w-]+\s+)?(?:trees?|saplings?)\b"
            r"|(?<!\w)trồng\s+cây\s+(?:hữu\s+nghị|lưu\s+niệm)(?!\w)",
            _I,
        ),
    ),
    (
        # "The City Council voted 12-1 on Thursday to approve a sister-city relationship with Turku"
        "other",
        True,
        re.compile(
            r"\bvoted\s+(?:\d+[-–]\d+\s+)?(?:unanimously\s+)?(?:on\s+\w+\s+)?to\s+(?:approve|establish|adopt|ratify)\b",
            _I,
        ),
    ),
    ("other", False, re.compile(r"lễ\s+kỷ\s+niệm|buổi\s+lễ|\bthe\s+(?:ceremony|celebration|festival)\b", _I)),
]

AGREEMENT_TRIGGERS: list[tuple[str, re.Pattern[str]]] = [
    (
        "mou",
        re.compile(
            r"\bmemorand(?:um|a)\s+of\s+understanding\b|\bMoUs?\b|\bMOUs?\b|\b(?:biên\s+bản|bản)\s+ghi\s+nhớ\b"
            # "signed a separate memorandum to promote trade missions", "signed a memorandum on tourism promotion"
            r"|(?:(?<=signed\s)|(?<=inked\s))(?:an?|the)\s+(?:[\w-]+\s+){0,2}?memorand(?:um|a)\b",
            _I,
        ),
    ),
    (
        "twinning",
        # "... as sister cities sign tourism pact": the sister cities are who signs, the pact is the agreement
        re.compile(
            r"\btwin(?:ning|ned)?\b(?:\s+(?:cit(?:y|ies)|towns?|relations?|relationship|charter|ties))?|\bsister[\s-]+(?:cit(?:y|ies)(?!\s+(?:sign|signs|ink|inks|seal|seals)\s)|city\s+relationship|province|state|relationship|relations|ties|partnership)|kết\s+nghĩa"
            # "formed a friendship city relationship in 1988", "their friendly-city relationship", "partner cities
            # since 1986" (a Städtepartnerschaft)
            r"|\b(?:friendship|friendly)[\s-]+cit(?:y|ies)\b|\bpartner\s+cit(?:y|ies)\b|\bcity\s+partnerships?\b"
            # "Arakawa expressed hope that the two cities could establish a partnership", "a formal partnership"
            r"|\bestablish(?:ing)?\s+(?:a\s+)?(?:formal\s+)?partnership\b(?!\s+(?:agreement|between\s+(?:the\s+)?(?:two\s+)?"
            r"(?:countries|nations)))",
            _I,
        ),
    ),
    (
        "friendship_cooperation",
        re.compile(
            r"\bagreements?\s+on\s+friendship\s+and\s+cooperation\b|\bfriendly\s+(?:and\s+)?(?:cooperative|cooperation)\s+(?:relations|ties|relationship)|\bfriendship\s+and\s+cooperation\s+(?:relations|ties|relationship|agreement)|\bfriendship\s+(?:exchange\s+)?(?:relations|ties|relationship|agreement)\b|\bfriendly\s+(?:exchange\s+|(?:province|state|city|prefecture|region)[-\s](?:state|province|city|prefecture|region)\s+|(?:provincial|municipal|city|state|prefectural|regional)\s+)?(?:relations|ties|relationship)\b|\bfriendship\s+between\b(?!\s+(?:the\s+)?(?:two\s+)?(?:peoples?|nations|countries)\b)|\banniversary\s+of\s+(?:the\s+|their\s+)?friendship\b|quan\s+hệ\s+(?:giao\s+lưu\s+hữu\s+nghị|hợp\s+tác\s+hữu\s+nghị|hữu\s+nghị[,\s]+(?:và\s+)?hợp\s+tác|hữu\s+nghị(?!\s+giữa\s+(?:nhân\s+dân|hai\s+dân\s+tộc|hai\s+nước))|(?:thành\s+phố|tỉnh|địa\s+phương)\s+hữu\s+nghị)|thỏa\s+thuận\s+hợp\s+tác\s+hữu\s+nghị|thoả\s+thuận\s+hợp\s+tác\s+hữu\s+nghị"
            # "as the two regions marked a new phase in a partnership that dates back to 1987": a standing tie
            # "The oldest partnership, with Bremen, dates back to 1976."
            # "The partnership with Stockport in the United Kingdom dates back to 1971"
            r"|\b(?:partnership|relationship|friendship|ties|relations)(?:,?\s+with\s+[^,.;]{2,50}?,?)?\s+(?:that\s+|which\s+)?"
            r"(?:dates|dating|goes|going)\s+back\s+to\s+(?=\d{4})",
            _I,
        ),
    ),
    (
        "cooperation_agreement",
        re.compile(
            r"\bcooperation\s+agreements?\b|\bagreements?\s+on\s+cooperation\b|\bcooperative\s+agreements?\b|th[oỏ]a\s+thuận\s+(?:về\s+)?hợp\s+tác|thoả\s+thuận\s+(?:về\s+)?hợp\s+tác|văn\s+bản\s+hợp\s+tác|hiệp\s+định\s+hợp\s+tác"
            # "signed an agreement on investment promotion", "đã ký kết thỏa thuận về xúc tiến đầu tư"
            r"|(?:(?<=signed\s)|(?<=inked\s))(?:an|the)\s+(?:[\w-]+\s+){0,4}?agreements?\b(?!\s+(?:between\s+(?:the\s+)?(?:two\s+)?(?:countries|nations|governments)))"
            # "A separate agreement on tourism promotion was signed by the Qingdao Municipal Bureau of ..."
            r"|\b(?:an|the|a\s+(?:separate|new))\s+agreements?\s+(?:on|for)\s+(?:[\w-]+\s+){1,4}?(?:was|were)\s+signed\b"
            r"|\bpartnership\s+agreements?\b"
            r"|\b(?:sign|signs|ink|inks|seal|seals)\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,2}?(?:pact|accord|deal)\b"
            # "the two sides signed the minutes of the review meeting and an agreement on their cooperation plan"
            r"|\bsigned\b[^.;]{0,60}?\band\s+(?:an|the)\s+agreements?\s+on\b"
            # "The cooperation between Lyon and Ho Chi Minh City, which celebrates its 25th anniversary this year"
            r"|\bcooperation\s+between\b[^.;]{0,80}?(?:\banniversary\b|\(\d{4}\s*[-–]\s*\d{4}\))"
            # "20 years of cooperation between Vientiane Capital and Nghe An province (2004-2024)"
            r"|\b\d{1,3}\s+years\s+of\s+(?:cooperation|partnership)\s+between\b"
            r"|(?<!\w)(?:ký|ký\s+kết)\s+(?:bản\s+)?th[oỏ]a\s+thuận(?!\w)",
            _I,
        ),
    ),
    (
        "other",
        re.compile(
            r"\bjoint\s+(?:statement|declaration|communiqu[eé])\b|\bletters?\s+of\s+intent\b|thư\s+(?:bày\s+tỏ\s+)?ý\s+định|ý\s+định\s+thư|tuyên\s+bố\s+chung|\baction\s+plan\b|\bcooperation\s+(?:plan|programme|program)\b|\b(?:plan|programme|program)\s+(?:for|of)\s+cooperation\b|kế\s+hoạch\s+(?:hành\s+động|hợp\s+tác)|chương\s+trình\s+(?:hành\s+động|hợp\s+tác)",
            _I,
        ),
    ),
    (
        # a cooperation relation told with the year it began: "Đà Nẵng và thành phố Daegu đã có quan hệ hợp tác
        # từ năm 2015", "the two cities established cooperation relations in 2013"
        "other",
        re.compile(
            r"(?:thiết\s+lập|có)\s+quan\s+hệ\s+hợp\s+tác(?=[^.;]{0,40}?(?:từ|vào|năm)\s+(?:năm\s+)?\d{4})"
            r"|\bestablished\s+(?:cooperation|cooperative|partnership)\s+(?:relations|ties|relationship)"
            r"(?=[^.;]{0,40}?\b(?:in|since)\s+\d{4})"
            r"|\b(?:cooperation|cooperative)\s+(?:relations|ties)\s+since\s+\d{4}"
            # "a decade-long partnership between the Vietnamese capital and ..."
            r"|\b(?:[\w]+-year|decade|decades)-long\s+(?:partnership|relationship|cooperation|friendship)\b"
            # "Minneapolis has been linked with Kuopio since 1972"
            r"|\b(?:has|have|had)\s+been\s+(?:linked|paired|partnered)\s+with\b(?=[^.;]{0,60}?\bsince\s+\d{4})"
            # "the 35th anniversary of the partnership between Shandong and Bavaria"
            r"|\banniversary\s+of\s+(?:the|their)\s+(?:partnership|relationship|ties)\s+between\b",
            _I,
        ),
    ),
]
# When one sentence names several kinds of agreement, the most specific is meant.
AGREEMENT_PRECEDENCE = ("mou", "twinning", "friendship_cooperation", "cooperation_agreement", "other")
# When one clause names several kinds of event, which one the sentence reports.
EVENT_PRECEDENCE = (
    "teleconference",
    "talks",
    "reception",
    "working_session",
    "meeting",
    "field_trip",
    "visit",
    "conference",
    "other",
)

INTENTION = re.compile(
    r"\b(?:will|would|shall|to\s+be\s+held|plans?\s+to|planned|planning|expected\s+to|(?:scheduled|due|set)\s+to|hopes?|hoped|wish(?:es|ed)?|"
    r"wants?\s+to|invit(?:e|es|ed)\b[^.]{0,40}\bto|invitations?\s+to|propos(?:e|es|ed)|suggest(?:s|ed)?|could|should|look(?:s|ing)?\s+forward|"
    r"next\s+(?:year|month|week)|upcoming|in\s+the\s+coming|in\s+future|in\s+the\s+future|consider(?:s|ing)?|"
    r"work(?:s|ed|ing)?\s+towards?|aim(?:s|ed|ing)?\s+(?:to|at)|pav(?:e|es|ed|ing)\s+the\s+way|"
    r"in\s+preparation\s+for|prepar(?:e|es|ed|ing)\s+(?:to|for)|"
    r"stud(?:y|ies|ied|ying)\s+(?:the\s+)?(?:possibility|feasibility|prospects?)?(?:\s+of)?(?=\s*(?:the\s+)?$))\b"
    r"|(?<!\w)(?:sẽ|dự\s+kiến|mong\s+muốn|đề\s+nghị|mời|hy\s+vọng|hi\s+vọng|kế\s+hoạch|thời\s+gian\s+tới|sắp\s+tới|xem\s+xét|đề\s+xuất|kêu\s+gọi|tán\s+thành|để\s+sớm|"
    # "Hai bên nhất trí giao các sở, ngành chuyên môn sớm xây dựng dự thảo và ký kết Biên bản ghi nhớ ..."
    r"dự\s+thảo|giao\s+(?:cho\s+)?(?:các\s+)?(?:sở|ngành|cơ\s+quan)|"
    r"(?:tiến|hướng)\s+tới|chuẩn\s+bị|sớm(?=\s*$|\s+ký)|bàn\s+về\s+việc|thảo\s+luận\s+(?:về\s+)?việc|(?-i:nghiên)\s+cứu(?=(?:\s+\S+){0,7}\s*$))(?!\w)"
    # "... and invited a delegation of Can Tho leaders to visit Kandal": the visit invited to starts the trigger
    r"|\binvit(?:e|es|ed|ing)(?=\s+(?:(?:a|an|the)\s+)?$)"
    # "agreed to assign their tourism departments to draft a memorandum of understanding": one still to be written
    r"|\bdraft(?:ing)?\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,3}$"
    # "study the possibility of upgrading it into a comprehensive cooperation agreement": what it may become
    r"|\bupgrad(?:e|ing)\s+(?:it|them|the\s+(?:relationship|relations|ties|memorandum|MoU))\s+(?:in)?to\b"
    r"|\bdiscuss(?:es|ed|ing)?\s+(?:the\s+)?(?:possibility\s+of\s+|prospects?\s+(?:of|for)\s+)?"
    r"(?:establishing|setting\s+up|forming|signing)\b",
    _I,
)
INTENTION_WINDOW = 100
FUTURE_AFTER = re.compile(
    r"^[^.;]{0,80}?(?:\btrong\s+thời\s+gian\s+tới|\bsắp\s+tới|\bnext\s+(?:year|month|week)|\bin\s+the\s+coming\b|\blater\s+this\s+year|\bnăm\s+tới|\bnăm\s+sau"
    # "... the Quang Nam Heritage Festival, which is scheduled to take place in June"
    r"|\b(?:is|are)\s+scheduled\s+(?:to|for)\b|\bwill\s+take\s+place\b"
    # "Hội nghị hội đàm năm 2024 giữa lãnh đạo hai tỉnh, khu dự kiến được tổ chức trực tiếp tại thành phố Hạ Long"
    r"|(?<!\w)dự\s+kiến\s+(?:sẽ\s+)?(?:được\s+)?(?:tổ\s+chức|diễn\s+ra|khai\s+mạc)"
    r"|\b(?:is|are)\s+expected\s+to\s+(?:be\s+held|take\s+place|open)\b|\bwill\s+be\s+held\b)",
    re.I,
)


_INTENTION = ScreenedPattern(INTENTION)
_FUTURE_AFTER = ScreenedPattern(FUTURE_AFTER)
_EVENT_SCREEN = PatternScreen([pattern for _, _, pattern in EVENT_TRIGGERS])
_AGREEMENT_SCREEN = PatternScreen([pattern for _, pattern in AGREEMENT_TRIGGERS])


def find_event_triggers(text: str, start: int, end: int) -> list[Trigger]:
    found: list[Trigger] = []
    for index in _EVENT_SCREEN.candidates(text, start, end):  # the patterns whose words are in the text
        kind, strong, _ = EVENT_TRIGGERS[index]
        for match in _EVENT_SCREEN.finditer(index, text, start, end):
            if any(match.start() < t.end and t.start < match.end() for t in found):
                continue
            if kind == "visit" and _HEADCOUNT_BEFORE.search(text, max(start, match.start() - 50), match.start()):
                continue  # "About 530,000 South Koreans visited Hokkaido last year": tourists counted, no delegation
            if kind == "reception" and _HEADCOUNT_AFTER.match(text, match.end(), end):
                continue  # "Last year, the province received some 9,000 Japanese visitors": arrivals counted
            if strong and _NOMINAL_BEFORE.search(text[max(start, match.start() - 25) : match.start()]):
                strong = False  # "các cuộc hội đàm, hội kiến": talks spoken of, not reported
            found.append(Trigger(kind, match.start(), match.end(), strong))
    return sorted(found, key=lambda t: t.start)


_HEADCOUNT_BEFORE = re.compile(
    r"(?<![\w.,])\d[\d,.]*(?:\s+(?:million|thousand|triệu|nghìn|ngàn))?\s+(?:[\w-]+\s+){0,2}?"
    r"(?:tourists|visitors|travell?ers|people|(?:lượt\s+)?(?:du\s+)?khách|[A-Z][a-z]+(?:ans|ese|s))"
    r"\s+(?:(?:have|had|has)\s+)?(?:đã\s+|đến\s+)?$"
)
_HEADCOUNT_AFTER = re.compile(
    r"\s+(?:some|about|around|over|more\s+than|nearly|almost|hơn|khoảng|gần|trên)?\s*\d[\d,.]*"
    r"(?:\s+(?:million|thousand|triệu|nghìn|ngàn))?\s+(?:[\w-]+\s+){0,2}?"
    r"(?:visitors|tourists|arrivals|travell?ers|(?:lượt\s+)?(?:du\s+)?khách)\b",
    re.I,
)
_NOMINAL_BEFORE = re.compile(r"(?<!\w)(?:các|những)\s+(?:cuộc|buổi|chuyến)\s+[\w\s,]{0,15}$", _I)


def find_agreement_triggers(text: str, start: int, end: int) -> list[Trigger]:
    found: list[Trigger] = []
    for index in _AGREEMENT_SCREEN.candidates(text, start, end):
        kind = AGREEMENT_TRIGGERS[index][0]
        for match in _AGREEMENT_SCREEN.finditer(index, text, start, end):
            if any(match.start() < t.end and t.start < match.end() for t in found):
                continue
            found.append(Trigger(kind, match.start(), match.end(), True))
    return sorted(found, key=lambda t: t.start)


def is_intended(text: str, sentence_start: int, trigger_start: int) -> bool:
    """True when the clause before the trigger speaks of a plan or a wish, not of something done."""
    clause_start = max(sentence_start, trigger_start - INTENTION_WINDOW)
    for stop in (";", ". ", ", while", " but "):
        cut = text.rfind(stop, clause_start, trigger_start)
        if cut >= 0:
            clause_start = cut + len(stop)
    return bool(_INTENTION.search(text, clause_start, trigger_start))


def is_future(text: str, trigger_end: int, sentence_end: int) -> bool:
    """True when the words after the trigger put it in the future ("... tại Seoul trong thời gian tới")."""
    return bool(_FUTURE_AFTER.match(text, trigger_end, sentence_end))
