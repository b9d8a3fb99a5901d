"""Agencies, companies and associations named in English and Vietnamese text.

Two families: a government body of a place ("HCM City Party Committee",
"People's Council of Nghe An Province", "UBND Thành phố Hồ Chí Minh", "Tỉnh ủy
Sơn La") stands for the place itself and becomes one of its aliases; any other
organisation ("Committee for Youth Policies and NGO Relations", "Guangzhou Metro
Group Co., Ltd", "Management Board of Urban Railway (MAUR)", "Hội đồng Liên bang
Nga") is a partner of its own, with the place it belongs to as parent.
"""

from __future__ import annotations

import re

import attrs

_UPPER = "A-ZÀÁÂÃÈÉÊÌÍÒÓÔÕÙÚÝĂĐĨŨƠƯẠ-ỸĐ"
_CAP_WORD = rf"(?:[{_UPPER}][\w'’.&-]*|[{_UPPER}0-9]{{2,}}|\d+(?:st|nd|rd|th)?)"
_CONNECTOR = r"(?:of|for|and|on|the|de|du|des|in|&)"

# Nouns that make a capitalised phrase an organisation (English).
_EN_HEADS = (
    "Committee",
    "Commission",
    "Department",
    "Bureau",
    "Board",
    "Agency",
    "Office",
    "Union",
    "Association",
    "Federation",
    "Society",
    "Council",
    "Chamber",
    "Institute",
    "University",
    "College",
    "Centre",
    "Center",
    "Foundation",
    "Trust",
    "Group",
    "Corporation",
    "Corp",
    "Company",
    "Co",
    "Ltd",
    "Inc",
    "JSC",
    "Organization",
    "Organisation",
    "Network",
    "Authority",
    "Club",
    "Fund",
    "Assembly",
    "Congress",
    "Academy",
    "Administration",
    "Government",
    "Bank",
    "Museum",
    "League",
    "Secretariat",
    "Ministry",
    "System",
    "Service",
    "Services",
    "Accelerator",
    "Incubator",
    "Consortium",
    "Cooperative",
    "Hub",
    "Partnership",
    "AG",
    "GmbH",
    "Duma",
)
_EN_HEAD = r"(?:" + "|".join(_EN_HEADS) + r")\b\.?"
# Bodies that are the government of the place they name: they stand for the place.
GOVERNMENT_BODY = re.compile(
    # "the Hajdu-Bihar County Assembly", "the Pomeranian Regional Assembly": a county's or a region's own
    r"^(?:the\s+)?(?:(?:municipal|provincial|city|metropolitan|prefectural|state|district|county|regional)\s+)?"
    r"(?:people'?s?['’]?\s*(?:committee|council|government)|party\s+committee|government|administration|city\s+council|"
    r"district\s+council|council|assembly|provincial\s+assembly|metropolitan\s+government|city\s+hall|town\s+hall|"
    r"authorities|legislature|mayor'?s?\s+office|duma|city\s+duma|regional\s+duma)$",
    re.IGNORECASE,
)
# "Department of Labour, Invalids and Social Affairs": a list of capitalised words closed by "and" goes on the name.
_ACRONYM = r"(?=(?:[a-z&-]*[A-Z]){2})[A-Z][A-Za-z&-]{1,11}"  # "(MAUR)", "(GBSA)"; not "(Ulsan)"
# "Department of Jobs, Skills, Industry and Regions": a list of capitalised words is one name's
_CAP_WORDS = rf"{_CAP_WORD}(?:[ \t]+{_CAP_WORD})*"
_LISTED = rf",[ \t]+(?={_CAP_WORDS}(?:,[ \t]+{_CAP_WORDS})*,?[ \t]+and[ \t]+{_CAP_WORD})"
_EN_ORG = re.compile(
    rf"(?<![\w'’])(?:The\s+)?{_CAP_WORD}(?:['’]s)?"
    # "SAVANNAH, Ga. -- The Georgia Ports Authority": a double dash ends a dateline, it joins no name
    rf"(?:(?:(?:[ \t]|(?<!-)-(?!-))+|{_LISTED})(?:{_CONNECTOR}[ \t]+)*{_CAP_WORD}(?:['’]s)?)*"
    # "Shanghai International Port (Group) Co., Ltd.": a head word in brackets before the legal suffix
    r"(?:[ \t]+\((?:Group|Holdings)\))?"
    # "Anchorage, Incheon's oldest sister city": a legal suffix is a word of its own; "BLG Logistics GmbH & Co. KG"
    r"(?:,?\s+(?:Co\.,?\s*Ltd\.?|Pte\.?\s+Ltd\.?|Ltd\.?|Inc\.?|JSC|LLC|Corp\.?|GmbH\s*&\s*Co\.\s*KG|GmbH|AG|S\.A\.|"
    r"B\.V\.|PLC|plc)(?!\w))?"
    rf"(?:\s+\((?P<acronym>{_ACRONYM})\))?"
)
_VI_GOVERNMENT = re.compile(
    r"(?:UBND|Ủy\s+ban\s+[Nn]hân\s+dân|Uỷ\s+ban\s+[Nn]hân\s+dân|HĐND|Hội\s+đồng\s+[Nn]hân\s+dân|Tỉnh\s+ủy|Tỉnh\s+uỷ|"
    r"Thành\s+ủy|Thành\s+uỷ|Chính\s+quyền|Đảng\s+bộ|Nhân\s+đại|Đại\s+hội\s+đại\s+biểu\s+nhân\s+dân)"
    r"(?:\s+(?:tỉnh|thành\s+phố|Thành\s+phố|TP\.?|thủ\s+đô|Thủ\s+đô|bang|quận|huyện))?\s*$"
)
_VI_HEADS = (
    "Hội đồng",
    "Ủy ban",
    "Uỷ ban",
    "Ban",
    "Sở",
    "Bộ",
    "Cục",
    "Hội",
    "Liên hiệp",
    "Liên đoàn",
    "Trung tâm",
    "Viện",
    "Tổng lãnh sự quán",
    "Tổng Lãnh sự quán",
    "Đại sứ quán",
    "Nghiệp đoàn",
    "Công ty",
    "Tập đoàn",
    "Tổng công ty",
    "Tổng Công ty",
    "Cơ quan",
    "Trường Cao đẳng",
    "Văn phòng",
    "Ngân hàng",
    "Bệnh viện",
    "Trường Đại học",
    "Đại học",
    "Học viện",
    "Quỹ",
    "Hiệp hội",
    "Tổng Công hội",
    "Câu lạc bộ",
    "Nhóm",
    # "Phòng Công nghiệp và Thương mại Dresden (IHK Dresden)": a chamber, not a room ("phòng")
    "Phòng Công nghiệp",
    "Phòng Thương mại",
)
_VI_STOP = (
    r"(?:và|của|đã|đang|sẽ|tại|với|cho|là|được|có|trong|để|về|theo|do|từ|đến|các|những|này|nói|cùng|khi|"
    r"tiếp|thăm|làm|ký|hội|gặp|trao|tặng|phát|khẳng|cho|nhằm|thay|nhân|vì|như|gồm|bày|đánh|tham|mong|đề|tổ|tìm)"
)
_VI_ANY_HEAD = r"(?:" + "|".join(sorted((re.escape(h) for h in _VI_HEADS), key=len, reverse=True)) + r")(?!\w)"
# "Hiệp hội Du lịch và Hội nghị Sakai": a conference ("hội nghị") is a word of the name, not another body
_VI_AND_ANOTHER = r"và\s+(?!Hội\s+(?:nghị|thảo|chợ|đàm)(?!\w))" + _VI_ANY_HEAD
_VI_LIST_AFTER_PLACE = re.compile(r"((?<!\w)(?:tỉnh|thành\s+phố|TP\.?|châu|bang|quận|huyện)\s+[^,]+),.*$")
_VI_AND_A_NAME = re.compile(rf"\s+và(?:\s+[{_UPPER}][\w'’.-]*)+$")
# A province's departments (sở) carry the same names everywhere; where such a name ends is known even when
# no place follows it ("Sở Kế hoạch và Đầu tư", "lãnh đạo Sở Ngoại vụ, Sở Du lịch").
_VI_DEPARTMENT_NAMES = (
    "Ngoại vụ",
    "Nội vụ",
    "Tư pháp",
    "Kế hoạch và Đầu tư",
    "Tài chính",
    "Công Thương",
    "Công thương",
    "Nông nghiệp và Phát triển nông thôn",
    "Nông nghiệp và Môi trường",
    "Giao thông vận tải",
    "Giao thông Vận tải",
    "Xây dựng",
    "Tài nguyên và Môi trường",
    "Thông tin và Truyền thông",
    "Lao động - Thương binh và Xã hội",
    "Văn hóa, Thể thao và Du lịch",
    "Văn hoá, Thể thao và Du lịch",
    "Văn hóa và Thể thao",
    "Văn hoá và Thể thao",
    "Văn hóa - Thể thao",
    "Du lịch",
    "Khoa học và Công nghệ",
    "Giáo dục và Đào tạo",
    "Y tế",
    "Dân tộc và Tôn giáo",
    "Quy hoạch - Kiến trúc",
)
_VI_DEPARTMENT = re.compile(
    r"(?<!\w)Sở\s+(?:"
    + "|".join(re.escape(n).replace(r"\ ", r"\s+") for n in sorted(_VI_DEPARTMENT_NAMES, key=len, reverse=True))
    + rf")(?!\w)(?:\s+(?:tỉnh|thành\s+phố|TP\.?|Thành\s+phố|thủ\s+đô|Thủ\s+đô)?\s*(?:{_CAP_WORD})(?:\s+{_CAP_WORD})*)?"
)
# A person's name after a body's ("Sở Công Thương Hải Phòng Lê Văn Thắng"): a common surname and two or
# more names; "Hồ Chí Minh" is the city's.
_VI_PERSON_AFTER = re.compile(
    r"\s+(?!Hồ\s+Chí\s+Minh)(?:Nguyễn|Trần|Lê|Phạm|Hoàng|Huỳnh|Phan|Vũ|Võ|Đặng|Bùi|Đỗ|Hồ|Ngô|Dương|Lý|Đinh|Trương"
    rf"|Đoàn|Tạ|Lương|Trịnh|Đào|Chu|Hà|Tô)(?:\s+[{_UPPER}][\w'’-]*){{2,}}$"
)
_VI_ORG = re.compile(
    r"(?<![\w])(?P<head>" + "|".join(sorted((re.escape(h) for h in _VI_HEADS), key=len, reverse=True)) + r")"
    r"(?!\s+(?:nghị|thảo|chợ|đàm|kiến|ý|viên|nhập|tụ|đủ|họp)\b)"
    r"(?!(?<=Hội)\s+An\b)"  # "Hội An" is the city, no association ("Hội")
    # "tại Trung tâm Hành chính tỉnh Bình Dương", "Trung tâm Hội nghị Quốc gia": a building, no body
    r"(?!(?<=Trung\stâm)\s+(?:Hành\s+chính|Hội\s+nghị|Hội\s+chợ)\b)"
    # "và" joins the parts of one name ("Sở Giáo dục và Đào tạo tỉnh Nghệ An") unless another body follows it
    rf"(?P<name>(?:\s+(?!{_VI_AND_ANOTHER}|(?!và\s+{_CAP_WORD}){_VI_STOP}\b)[\w'’.-]+(?:,(?!\s+{_VI_ANY_HEAD}))?){{0,10}}"
    rf"\s+{_CAP_WORD}(?:\s+{_CAP_WORD})*)"
    rf"(?:\s+\((?P<acronym>{_ACRONYM})\))?"
)
_LEGAL_SUFFIXES = ("Ltd", "Inc", "JSC", "LLC")
_POSSESSIVE_END = re.compile(r"['’]s$")
_HEAD_IN_NAME = re.compile(_EN_HEAD + r"|(?:Co\.,?\s*Ltd|Ltd|Inc|JSC|LLC)\b")
_HEADS_IN_NAME = re.compile(_EN_HEAD + r"|(?:Co\.,?\s*Ltd\.?|Ltd\.?|Inc\.?|JSC|LLC)")
# Every English organisation found holds a head noun or a legal suffix, every Vietnamese one
# starts with a head: a sentence with neither is not scanned for organisations at all.
_ANY_EN_HEAD = re.compile("|".join(re.escape(word) for word in _EN_HEADS + _LEGAL_SUFFIXES))
_ANY_VI_HEAD = re.compile("|".join(re.escape(word) for word in _VI_HEADS))
# "the Comprehensive Strategic Partnership for Peace and Prosperity": a relation between countries, no body
_STATES_PARTNERSHIP = re.compile(r"\bStrategic\s+(?:Cooperative\s+)?Partnership\b", re.I)
_OF_THE = re.compile(r"\b(?:of|for)\s+(?:the\s+)?")
_LEADING_CONNECTORS = re.compile(r"^(?:(?:of|for|the|and)\s+)+")
_LOWER_WORD_AFTER = re.compile(r"\s+([a-zà-ỹđ]+)")
_VI_STOP_WORD = re.compile(_VI_STOP)
_VI_POST = re.compile(r"(?:Bộ|Cục|Sở|Viện|Ban)\s+(?:trưởng|phó)\b")
_BASED_IN = re.compile(r"^(?:[\w'’.]+\s+){0,3}?[\w'’.]+-based\s+")
_NOT_ORG_START = re.compile(
    # "An" before a consonant is a name ("An Giang Provincial People's Committee"), not the article
    r"^(?:The|A|An(?=\s+[AEIOUaeiou])|This|That|These|Those|Its|His|Her|Their|Our|Both|Each|All|Mr|Mrs|Ms|Dr)\s+"
    # "Members of the Oakland - Da Nang Sister City Association also hosted a dinner": who of the body
    r"|^(?:Members|Officials|Representatives|Leaders|Staff|Students|Volunteers)\s+(?:of|from)\s+(?:the\s+)?",
    re.I,
)
_WEEKDAY = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
_MONTH = r"(?:January|February|March|April|May|June|July|August|September|October|November|December)"
# the time a sentence opens with, before the name: "Separately on Monday, ...", "Earlier in May, ..."
_TIME_OPENING = re.compile(
    rf"^(?:[A-Z][a-z]+\s+)?(?:on|in)\s+(?:{_WEEKDAY}|{_MONTH}(?:\s+\d{{1,2}})?)(?:\s+(?:morning|afternoon|evening))?,\s+"
)
_HEADLINE_VERB = re.compile(
    r"\b(?:Signs?|Meets?|Holds?|Visits?|Welcomes?|Renews?|Towards?|Celebrates?|Pledges?|Boosts?|Seeks?|Agrees?|Inks?"
    r"|Hosts?|Receives?|Discuss(?:es)?|Strengthens?|Deepens?|Launch(?:es)?|Eyes)\s"
)
_TITLE_WORDS = re.compile(
    r"\b(?:Secretary|Chairman|Chairwoman|Chair|Vice|Deputy|President|Governor|Mayor|Director|Head|Minister|Member|"
    r"Ambassador|Consul|Permanent|Standing|Politburo|General|Chief|Executive|Councillor|Councilmember|Supervisor|"
    r"Commissioner|Senator|Professor|Chancellor|Speaker)\b"
)


@attrs.frozen
class OrgMention:
    """An organisation's name at ``start:end`` (offsets into the document text)."""

    start: int
    end: int
    name: str
    acronym: str | None = None
    language: str = "en"


def _strip_title_prefix(name: str, start: int) -> tuple[str, int]:
    """'Secretary of the Guangzhou Party Committee' names a person's post; the body is after 'of the'."""
    match = None
    for match in _OF_THE.finditer(name):
        if _TITLE_WORDS.search(name[: match.start()]):
            break
    else:
        match = None
    if match is not None:
        return name[match.end() :], start + match.end()
    return name, start


def find_organizations(text: str, start: int, end: int) -> list[OrgMention]:
    """Organisation names in ``text[start:end]``."""
    found: list[OrgMention] = []
    en_matches = _EN_ORG.finditer(text, start, end) if _ANY_EN_HEAD.search(text, start, end) else ()
    for match in en_matches:
        name = match.group(0)
        base = name.split(" (")[0] if match.group("acronym") else name
        if not _HEAD_IN_NAME.search(base):
            continue
        verb = _HEADLINE_VERB.search(base)
        if verb and not _HEAD_IN_NAME.search(base, 0, verb.start()):
            continue  # "Cities Sign Letter of Intent Toward Sister City Partnership": a headline, no body
        name, offset = _strip_title_prefix(name, match.start())
        # "The Binh Duong-based Tan Uyen Logistics Group", "Separately on Monday, Hokkaido University"
        for unwanted in (_TIME_OPENING, _NOT_ORG_START, _BASED_IN):
            prefix = unwanted.match(name)
            if prefix:
                name, offset = name[prefix.end() :], offset + prefix.end()
        name = _LEADING_CONNECTORS.sub(lambda m: "", name)
        offset = match.start() + match.group(0).find(name) if name in match.group(0) else offset
        # "the People's Committee of Thua Thien Hue province": a place's name, then its kind word, is no person's name
        place_follows = bool(_PLACE_KIND_AFTER.match(text, match.end()))
        name = _POSSESSIVE_END.sub("", _trim_after_head(name, place_follows)).rstrip(" .,")  # "... Da Nang's campus"
        name = _GOVERNMENT_IN_PLACE.sub(r"\1", name)  # "the Khanh Hoa provincial People's Committee in Nha Trang"
        if _LOWER_WORD_NEXT.match(text, match.end()):
            # "the opening of the Incheon Business Center in the Vietnamese city": a people's adjective before a common
            # noun ends no name
            name = _IN_THE_ADJECTIVE_END.sub("", name)
        if len(name) < 4 or is_generic(name) or not _HEAD_IN_NAME.search(name) or _STATES_PARTNERSHIP.search(name):
            continue
        located = text.find(name, match.start(), match.end())
        offset = located if located >= 0 else offset
        for whole, whole_offset in _split_conjoined(name, offset):
            based = _BASED_IN.match(whole)  # "... and Hamburg-based Elbe Maritime Services GmbH"
            part, part_offset = (whole[based.end() :], whole_offset + based.end()) if based else (whole, whole_offset)
            if is_generic(part):
                continue  # "after which the Partnership and the Shenzhen ... Bureau signed": a body named before
            acronym = match.group("acronym") if part_offset + len(part) == offset + len(name) else None
            found.append(OrgMention(part_offset, part_offset + len(part), part, acronym, "en"))
    if _OPERATOR_WORD.search(text, start, end):
        # "Hamburg port operator HHLA and China's Shandong Port Group signed ...": a company's acronym after what
        # it does
        for match in _NAMED_OPERATOR.finditer(text, start, end):
            if not any(o.start <= match.start("name") < o.end for o in found):
                found.append(OrgMention(match.start("name"), match.end("name"), match.group("name"), None, "en"))
        found.sort(key=lambda org: org.start)
    if _APPOSITION_WORD.search(text, start, end):
        # "the Osaka Prefectural Government and Hamburg Invest, the city's business development agency, signed ...":
        # a name without a head noun, said to be a body right after it
        for match in _NAMED_BY_APPOSITION.finditer(text, start, end):
            joined = next((o for o in found if o.start < match.start("name") and o.end == match.end("name")), None)
            if joined is not None and text.endswith(" and ", joined.start, match.start("name")):
                # "the Shandong Provincial Department of Commerce and Bayern International, the Bavarian state's
                # agency for foreign trade promotion, signed ...": two bodies, the second named by what it is
                left = text[joined.start : match.start("name") - len(" and ")]
                found.remove(joined)
                found.append(OrgMention(joined.start, joined.start + len(left), left, None, "en"))
            elif any(o.start <= match.start("name") < o.end for o in found):
                continue
            found.append(OrgMention(match.start("name"), match.end("name"), match.group("name"), None, "en"))
        found.sort(key=lambda org: org.start)
    if text.find("GmbH", start, end) >= 0 or text.find(" AG", start, end) >= 0:
        # "bremenports GmbH & Co. KG and the Dalian Port Group signed ...": a company that writes its name in lower case
        for match in _LOWER_CASE_COMPANY.finditer(text, start, end):
            found = [o for o in found if not match.start() <= o.start < match.end()]
            found.append(OrgMention(match.start(), match.end(), match.group(0), None, "en"))
        found.sort(key=lambda org: org.start)
    vi_matches = _VI_ORG.finditer(text, start, end) if _ANY_VI_HEAD.search(text, start, end) else ()
    departments = list(_VI_DEPARTMENT.finditer(text, start, end)) if text.find("Sở", start, end) >= 0 else []
    for match in departments:  # "Sở Kế hoạch và Đầu tư", "Sở Ngoại vụ thành phố Đà Nẵng": the standard names
        name = _VI_PERSON_AFTER.sub("", match.group(0))
        found.append(OrgMention(match.start(), match.start() + len(name), name, None, "vi"))
    for match in vi_matches:
        if any(d.start() <= match.start() < d.end() for d in departments):
            continue
        name = match.group(0).rstrip(" .,")
        following = _LOWER_WORD_AFTER.match(text[match.end() : match.end() + 20])
        if following and not _VI_STOP_WORD.fullmatch(following.group(1)):
            continue  # the name runs on in lower case ("Cục Ngoại vụ"): where it ends is unknown
        if _VI_POST.match(name):
            continue  # a post ("Bộ trưởng"), not a body
        if _VI_JOINT_BODY.search(name):
            continue  # "Ủy ban công tác liên hợp giữa tỉnh Lào Cai và tỉnh Vân Nam": the sides named are the parties
        name = _VI_LIST_AFTER_PLACE.sub(r"\1", name)  # "... giữa 4 tỉnh Lào Cai, Hà Giang": a list of places
        name = _VI_AND_A_NAME.sub("", name)  # "Trung tâm Bảo tồn Di tích Cố đô Huế và Đại Nội": two things
        name = _VI_PERSON_AFTER.sub("", name)  # "Giám đốc Sở Công Thương Hải Phòng Lê Văn Thắng": a person
        found.append(OrgMention(match.start(), match.start() + len(name), name, match.group("acronym"), "vi"))
    return found


_LOWER_WORD_NEXT = re.compile(r"[ \t]+[a-zà-ỹđ]")
_IN_THE_ADJECTIVE_END = re.compile(r"\s+(?:in|of|for)\s+the\s+[A-Z][a-z]+(?:ese|ian|an|ish|ch)$")
_VI_JOINT_BODY = re.compile(
    r"(?<!\w)(?:liên\s+hợp\s+)?giữa\s+(?:các\s+|hai\s+)?(?:tỉnh|thành\s+phố|địa\s+phương)(?!\w)"
)
_APPOSITION_WORD = re.compile(r",\s+(?:the|a|an)\s")
_NAMED_BY_APPOSITION = re.compile(
    r"(?<![\w'’.-])(?P<name>(?!(?:The|A|An|On|In|At|By|For|From)\s)[A-Z][\w&-]*(?:[ \t]+[A-Z][\w&-]*){1,3}),\s+"
    # "Bayern International, the Bavarian state's agency for foreign trade promotion"
    r"(?:the|a|an)\s+(?:(?!of\b)[\w'’-]+\s+){0,3}?(?:agency|company|firm|operator|association|authority|corporation|"
    r"organi[sz]ation|foundation|bureau|developer)\b"
)
_LOWER_CASE_COMPANY = re.compile(
    r"(?<![\w'’.-])(?:(?!(?:and|or|the|of|with|by|from|to|for|at|in)\b)[a-z][a-z0-9-]{2,}[ \t]+){1,2}"
    r"(?:GmbH[ \t]*&[ \t]*Co\.[ \t]*KG|GmbH|AG)(?!\w)"
)
_OPERATOR_WORD = re.compile(r"\b(?:operator|carrier|maker|firm)\s+[A-Z]{2}")
_NAMED_OPERATOR = re.compile(
    r"\b(?:port|terminal|logistics|shipping|rail|railway|airport|energy|utility|tech|technology|carmaker)\s+"
    r"(?:operator|carrier|maker|firm|company)\s+(?P<name>[A-Z][A-Z&-]{1,7})\b(?!\s+[A-Z][a-z])"
)
# A government body "in" a place is that place's body at a venue, not a body named after the venue.
_GOVERNMENT_IN_PLACE = re.compile(
    r"^((?:.*\s)?(?:People['’]?s?['’]?\s+(?:Committee|Council)|Party\s+Committee|Government|City\s+Hall))\s+in\s+.+$"
)
# "Busan Port Authority on Nov. 12": a month's short form too
_MONTH_OR_DAY = re.compile(rf"^(?:{_MONTH}|{_WEEKDAY}|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?(?!\w))")
_GENERIC = {
    "local",
    "national",
    "central",
    "municipal",
    "city",
    "provincial",
    "state",
    "regional",
    "the",
    "of",
    "for",
    "and",
    "people's",
    "people’s",
    "party",
    "standing",
    "executive",
    "general",
    "international",
    "district",
    "town",
}


_CONNECTOR_AFTER = re.compile(r"^\s+(?:of|for|on|in)\s")
_CAPITALISED_AFTER_CONNECTOR = re.compile(
    r"^\s+(?:of|for|on|in)\s+(?:the\s+)?((?:[A-Z][\w'’&.-]*,?|and|of|for)(?:\s+|$))+"
)
_TRAILING_PERSON = re.compile(r"(?:\s+[A-Z][a-z]+){2,3}$")
_TRAILING_TWO_NAMES = re.compile(r"(?:\s+[A-Z][a-z]+){2}$")
_ENDS_WITH_CONNECTOR = re.compile(r"(?:^|\s)(?:of|for|on|in|and|the)$")
_LEGAL_SUFFIX_AFTER = re.compile(r"^,?\s+(?:Co\.|Ltd|Inc|JSC|LLC|KG|AG|GmbH)\b")


def _trim_after_head(name: str, place_follows: bool = False) -> str:
    """Cut what follows the last head noun unless a connector ('of', 'for') carries the name on."""
    heads = list(_HEADS_IN_NAME.finditer(name))
    if not heads:
        return name
    last = heads[-1]
    tail = name[last.end() :]
    if _CONNECTOR_AFTER.match(tail):
        words = _CAPITALISED_AFTER_CONNECTOR.match(tail)
        if words and not _MONTH_OR_DAY.match(tail.split(None, 1)[1] if len(tail.split(None, 1)) > 1 else ""):
            kept = _ENDS_WITH_CONNECTOR.sub("", tail[: words.end()].rstrip())  # "... Affairs and the Greater ..."
            # a person's name after the body ("... Association Viktor Kidyaev") is not part of it
            if place_follows or not _looks_like_trailing_person(kept):
                return name[: last.end()] + kept
            without_person = _TRAILING_PERSON.sub("", kept)
            removed = kept[len(without_person) :].split()
            if _ENDS_WITH_CONNECTOR.search(without_person) or (removed and removed[0].lower() in _PLACE_KIND_WORDS):
                # "Board of Supervisors Rafael Mendoza": the name is two words, "Supervisors" is the board's; so is
                # "Region" in "... of Guangxi Zhuang Autonomous Region Liu Ning"
                without_person = _TRAILING_TWO_NAMES.sub("", kept)
            return name[: last.end()] + without_person
    if _LEGAL_SUFFIX_AFTER.match(tail):
        return name
    return name[: last.end()].rstrip(",")


def _looks_like_trailing_person(tail: str) -> bool:
    words = tail.split()
    return (
        len(words) >= 4
        and all(w[:1].isupper() for w in words[-2:])
        and words[-3][:1].isupper()
        and words[-3].lower() not in ("relations", "affairs")
        and words[-1].lower() not in _PLACE_KIND_WORDS  # "... Council of Nghe An Province" names no person
    )


_PLACE_KIND_AFTER = re.compile(r"\s+(?:province|city|prefecture|state|county|district|region)\b")
_PLACE_KIND_WORDS = frozenset(("province", "city", "prefecture", "state", "county", "district", "region", "town"))


_HEAD_WORDS = frozenset(h.lower() for h in _EN_HEADS)


def is_generic(name: str) -> bool:
    """'Local Government', 'Party Committee': words of a kind, naming no one."""
    words = [w.lower().strip(".,") for w in name.split()]
    return all(w in _GENERIC or w in _HEAD_WORDS for w in words)


_CAPITALISED_NAME = re.compile(r"(?:[A-Z][\w'’.-]*\s+){2,}[A-Z][\w'’.-]*")
# (not "the City of Kobe's Port and Harbor Bureau": the city's bureau)
_PLACE_BY_ITS_KIND = re.compile(r"(?:City|Province|Prefecture|State|Region|County|Municipality)\s+of\s+[A-Z][\w -]*")
_NAME_WITH_ACRONYM = re.compile(r"(?:[A-Z][\w'’.-]*\s+)?[A-Z]{2,6}")
_PORT_OF = re.compile(r"Port\s+of\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?")
_PLACE_ITSELF = frozenset(("Region", "Province", "Prefecture", "State", "City", "Municipality", "County"))
_AND_THE = re.compile(r"\s+and\s+(?:the|The)\s+")
_CAPITALISED_WORDS = re.compile(r"[A-Z][\w&.-]*(?:\s+[A-Z][\w&.-]*)*")
_AND_A_COUNTRYS = re.compile(r"\s+and\s+[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?['’]s\s+")
_AND_OR_COMMA = re.compile(r"\s+and\s+(?:the\s+|The\s+)?|,\s+(?:and\s+)?(?:the\s+)?(?!Ltd|Inc|JSC|LLC)")


# A province's departments carry the same names in English everywhere: where such a name ends is known
# ("Binh Duong's Department of Industry and Trade and Business Oregon signed ...").
_STANDARD_DEPARTMENT_AND = re.compile(
    r"\bDepartment\s+of\s+(?:Industry\s+and\s+Trade|Foreign\s+Affairs|Planning\s+and\s+Investment"
    r"|Culture,?\s+Sports\s+and\s+Tourism|Natural\s+Resources\s+and\s+Environment|Science\s+and\s+Technology"
    r"|Education\s+and\s+Training|Labou?r,?\s+Invalids\s+and\s+Social\s+Affairs|Agriculture\s+and\s+Rural\s+Development"
    r"|Information\s+and\s+Communications?|Transport(?:ation)?|Construction|Health|Finance|Justice|Home\s+Affairs|Tourism)"
    r"(?=\s+and\s+(?:the\s+)?[A-Z])"
)


_FOREIGN_UNIVERSITY = re.compile(r"(?:Université|Universität|Universidad|Università|Universiteit|Uniwersytet)\s")
_AND_AN_ACRONYM = re.compile(r"\s+and\s+(?=[A-Z]{2,6}$)")


def _split_conjoined(name: str, offset: int) -> list[tuple[str, int]]:
    """'Calderdale Council and The Halifax Aachen Society' is two organisations, when both halves have a head noun."""
    acronym = _AND_AN_ACRONYM.search(name)
    if acronym and _HEAD_IN_NAME.search(name[: acronym.start()]):
        # "Denver's Office of Economic Development and Opportunity and JIC, the South Moravian Innovation Centre"
        return [(name[: acronym.start()], offset)]
    standard = _STANDARD_DEPARTMENT_AND.search(name)
    if standard:
        left = name[: standard.end()]
        rest = re.match(r"\s+and\s+(?:the\s+)?", name[standard.end() :])
        right_start = standard.end() + (rest.end() if rest else 0)
        right = name[right_start:]
        parts = [(left, offset)]
        if _HEAD_IN_NAME.search(right):
            parts += _split_conjoined(right, offset + right_start)
        return parts
    head = _HEAD_IN_NAME
    # "Department of Industry and Trade and the Primorsky Agency": the split before "the" is the real one
    for match in _AND_THE.finditer(name):
        left, right = name[: match.start()], name[match.end() :]
        # "the Sacramento City Unified School District and the Matsuyama City Board of Education": a name of
        # capitalised words needs no head noun before "and the" another body
        # "Becamex IDC and the South Moravian Innovation Centre": a company's name with its acronym, no head noun
        if (
            head.search(left)
            or _CAPITALISED_NAME.fullmatch(left)
            or _NAME_WITH_ACRONYM.fullmatch(left)
            or _PORT_OF.fullmatch(left)
        ) and head.search(right):
            return [(left, offset), *_split_conjoined(right, offset + match.end())]
        if left in _PLACE_ITSELF and head.search(right):
            # "organised by the Region and the New Brunswick Department of Economic Development": "the Region" is the
            # place the article speaks for, not a body's name
            return _split_conjoined(right, offset + match.end())
    # "Hamburg port operator HHLA and China's Shandong Port Group": a country's body after a name of its own
    for match in _AND_A_COUNTRYS.finditer(name):
        left, right = name[: match.start()], name[match.end() :]
        if not head.search(left) and head.search(right) and _CAPITALISED_WORDS.fullmatch(left):
            return _split_conjoined(right, offset + match.end())
    for match in _AND_OR_COMMA.finditer(name):
        left, right = name[: match.start()], name[match.end() :]
        if _PORT_OF.fullmatch(left) and head.search(right) and right[:1].isupper():
            # "a memorandum of cooperation between the Port of Tacoma and Fuzhou Port Group": a port authority named
            # by its port, then another body
            return [(left, offset), *_split_conjoined(right, offset + match.end())]
        if _PLACE_BY_ITS_KIND.fullmatch(left) and head.search(right) and right[:1].isupper():
            # "A delegation from the City of Tampere and Tampere University": the city, then a body
            return _split_conjoined(right, offset + match.end())
        # "the Université de Lyon and Wuhan University signed ...": a university named in its own language
        if (head.search(left) or _FOREIGN_UNIVERSITY.match(left)) and head.search(right) and right[:1].isupper():
            return [(left, offset), *_split_conjoined(right, offset + match.end())]
    return [(name, offset)]


def is_government_body(words: str) -> bool:
    """True for the words around a place name that make it the place's own government."""
    return bool(GOVERNMENT_BODY.match(words.strip(" ,'’s"))) or bool(_VI_GOVERNMENT.search(words.strip()))
