"""People named with a title in a sentence, and the partner each of them speaks for.

The office a title names is the partner the person speaks for: "Chairman of the Hai Phong People's
Committee Nguyen Van Tung" speaks for Hai Phong, "Busan Mayor Park Heong-joon" for Busan, "ông Ogata
Kenichi, Thống đốc tỉnh Fukuoka" for Fukuoka; "Vice President Nguyen Thi Hoai" names no place and
speaks for no partner. Everything is read from a title word onwards (a sentence without one costs a
single regex search), and a name is taken only where its edges are plain: when unsure, nobody is found.

``PeopleIndex`` carries what a document has said about its people into later sentences, where they are
named again without their office ("Thống đốc Ogata Kenichi", "Kim said").
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

import attrs

from citylinks.extraction.mentions import (
    _FAMILY_NAMES,
    _HONORIFIC_BEFORE,
    _LOWER,
    _NOT_GIVEN_NAMES,
    _SPEECH_VERB_AFTER,
    _TITLE_WORDS,
    _UPPER,
    _VI_HONORIFIC,
    _VI_TITLE,
    _VI_TITLE_LAST_WORDS,
    NOT_PLACES,
    PartnerMention,
)
from citylinks.extraction.organizations import _EN_HEADS, _VI_DEPARTMENT_NAMES


@attrs.frozen
class PersonMention:
    """A person named at ``start:end`` in the document, with the title given and the partner it names."""

    start: int  # document offsets of the person's name
    end: int
    name: str
    title: str | None
    partner: str | None  # the key of the PartnerMention the title names, else None


# ---- titles -------------------------------------------------------------------------------------------

# Offices among the words mentions.py reads as titles; honorifics (Mr, Dr), "official" or "leader" hold none.
_EN_OFFICES = sorted(
    (_TITLE_WORDS - {"dr", "mr", "mrs", "ms", "madam", "official", "leader", "professor", "lawmaker", "legislator"})
    | {"chairperson", "chair", "councilor", "supervisor", "consul general", "secretary general", "director general"},
    key=len,
    reverse=True,
)
_EN_MODIFIERS = (
    r"(?:vice|deputy|first|executive|permanent|acting|assistant|former|standing|foreign|prime|state|parliamentary|"
    r"party|chief|senior|lieutenant|general)"
)
_EN_TITLE = re.compile(
    r"(?<![\w'’-])(?i:(?:" + _EN_MODIFIERS + r"[\s-]+){0,3}(?:" + "|".join(_EN_OFFICES).replace(" ", r"[\s-]+") + r"))"
    r"(?![\w'’-])"
)
# Vietnamese offices: those mentions.py knows, and the ones of provinces and parties abroad.
_VI_OFFICE = (
    r"(?:[Pp]hó\s+|[Tt]ổng\s+|[Nn]guyên\s+|[Qq]uyền\s+)?(?:" + _VI_TITLE + r"|[Tt]ỉnh\s+trưởng|[Cc]hâu\s+trưởng|"
    r"[Tt]ổng\s+lãnh\s+sự|[Đđ]ặc\s+phái\s+viên|[Tt]hượng\s+nghị\s+sĩ|[Ủủ]y\s+viên|[Tt]rưởng\s+(?:ban|phòng|nhóm))"
)
_VI_TITLE_START = re.compile(r"(?<!\w)" + _VI_OFFICE + r"(?!\w)")
_ANY_TITLE = re.compile("(?P<en>" + _EN_TITLE.pattern + ")|(?P<vi>" + _VI_TITLE_START.pattern + ")")
# The words a title ends with. Scanning a sentence with _ANY_TITLE costs tens of microseconds; splitting it into
# words and looking these up costs a few, and three sentences in four hold none of them.
_TITLE_LAST_WORDS = frozenset(
    {office.split()[-1] for office in _EN_OFFICES}
    | {"vice-" + office for office in _EN_OFFICES if " " not in office}
    | {"secretary-general", "director-general", "consul-general"}
    | _VI_TITLE_LAST_WORDS
    | {"viên", "ban", "phòng", "nhóm"}
)
# ... as written: capitalised or not, with the punctuation that may follow it ("President;", "Bí thư,").
_TITLE_LAST_TOKENS = frozenset(
    form + mark
    for word in _TITLE_LAST_WORDS
    for form in {word, "-".join(part[:1].upper() + part[1:] for part in word.split("-")), word.upper()}
    for mark in ("", ",", ";", ".", ":", "./.")
)
_VI_LAST_WORDS = frozenset(_VI_TITLE_LAST_WORDS | {"viên", "ban", "phòng", "nhóm"})
_MAX_TITLE_WORDS = 5  # "Phó Chủ tịch", "First Deputy Mayor", "Thượng nghị sĩ": a title's start is this near its end

# ---- what may stand between a title and the name ------------------------------------------------------

_SPACE = re.compile(r"[ \t\xa0]+")
# A word of a name: "Nguyen", "Heong-joon", "O'Connell", "McAuliffe", "Phôm-ma-thắt", "Dvořáková".
_NAME_WORD_PATTERN = (
    r"(?:[" + _UPPER + r"]['’])?[" + _UPPER + "][" + _LOWER + r"]+(?:[-'’]?[" + _UPPER + "][" + _LOWER + r"]+|-["
    r"" + _LOWER + r"]+)*"
)
_NAME_WORD = re.compile(_NAME_WORD_PATTERN + r"(?![\w'’-])")
_PARTICLE = re.compile(r"(?:van|von|de|der|den|da|di|du|del|della|la|le|ter|ten|bin)(?=\s)")
_CONNECTOR = re.compile(r"(?:of|for|the|and|&|-|–|của)(?![\w'’-])")
_AT = re.compile(r"(?:in|at|tại)(?![\w'’-])")  # the place an ambassador serves in is not the one they speak for
_EN_BODY = re.compile(
    r"(?:(?:city|province|provincial|prefecture|prefectural|state|municipal|metropolitan|regional|county|district|"
    r"region|council|government|party|committee|assembly|autonomous|special|administrative|capital|people['’]s)"
    r"(?![\w'’-])|[" + _UPPER + r"][\w-]*['’]s(?![\w'’-])|\([A-Z]{2,}\))"
)
_COUNTRIES_VI = (
    r"Lào|Campuchia|Trung\s+Quốc|Nhật\s+Bản|Hàn\s+Quốc|Việt\s+Nam|Hoa\s+Kỳ|Mỹ|Liên\s+bang\s+Nga|Pháp|Đức|"
    r"Thái\s+Lan|Séc|Úc|Ấn\s+Độ|Singapore|Indonesia|Philippines|Malaysia|Myanmar|Mông\s+Cổ|Cu\s*-?\s*ba"
)
_VI_DEPARTMENTS = "|".join(
    re.escape(n).replace(r"\ ", r"\s+") for n in sorted(_VI_DEPARTMENT_NAMES, key=len, reverse=True)
)
_VI_BODY = re.compile(
    r"(?:UBND|HĐND|MTTQ|NDCM|[Ủủ]y\s+ban\s+(?:[Nn]hân\s+dân|Thường\s+vụ)|[Hh]ội\s+đồng\s+[Nn]hân\s+dân|"
    r"(?:Tỉnh|Thành|Huyện|Châu|Đảng)\s+[uủ]y|Quốc\s+hội|Chính\s+phủ(?:\s+[Nn]hân\s+dân)?|Chính\s+quyền|"
    r"Trung\s+ương(?:\s+Đảng)?|Đảng\s+Cộng\s+sản|Bộ\s+Chính\s+trị|(?:Ban\s+)?Thường\s+(?:vụ|trực)|Nhân\s+đại|Đảng|nước|"
    r"[Tt]hành\s+phố|[Tt]ỉnh|TP\.?|[Bb]ang|[Qq]uận|[Hh]uyện|[Tt]hị\s+xã|[Cc]hâu|[Kk]hu\s+tự\s+trị|[Tt]hủ\s+đô|"
    r"[Tt]hượng\s+viện|[Hh]ạ\s+viện|phụ\s+trách(?:\s+(?!của\s)["
    + _LOWER
    + r"][\w-]*)*|khóa\s+[IVXLC]+|Sở\s+(?:"
    + _VI_DEPARTMENTS
    + r")|"
    r"(?:Bộ|Sở|Cục|Vụ|Ban|Văn\s+phòng|Viện|Hiệp\s+hội|Hội|Nhóm|Phòng)\s+[" + _UPPER + r"][\w-]*"
    r"(?:\s+(?:và\s+[" + _UPPER + r"][\w-]*|(?!và\s)[" + _LOWER + r"][\w-]*))*|" + _COUNTRIES_VI + r")(?![\w'’-])"
)
_VI_ORG_NAME_START = re.compile(r"(?:Bộ|Sở|Cục|Vụ|Ban|Văn\s+phòng|Viện|Hiệp\s+hội|Hội|Nhóm|Phòng)\s")
_HONORIFIC_AFTER_TITLE = re.compile(r",?\s*(?:" + _VI_HONORIFIC + r"|[Nn]gài)\s+(?=[" + _UPPER + "])")
_ORG_WORDS = (frozenset(_NOT_GIVEN_NAMES) | frozenset(_EN_HEADS) | {"Division", "Section", "Ministry", "Zone"}) - {
    "Thành"  # a Vietnamese given name as often as the start of "Thành phố"
}
# Capitalised words that are no part of a name.
_NOT_NAME_WORDS = frozenset(
    [
        "The",
        "A",
        "An",
        "Of",
        "And",
        "For",
        "To",
        "In",
        "At",
        "On",
        "By",
        "With",
        "From",
        "This",
        "That",
        "These",
        "His",
        "Her",
        "Its",
        "Their",
        "Our",
        "But",
        "Also",
        "During",
        "After",
        "Before",
        "Monday",
        "Tuesday",
        "Wednesday",
        "Thursday",
        "Friday",
        "Saturday",
        "Sunday",
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
        "Mr",
        "Mrs",
        "Ms",
        "Dr",
        "Madam",
        "Sir",
        "Ông",
        "Bà",
        "Ngài",
        "Chairman",
        "Mayor",
        "Governor",
        "President",
        "Secretary",
        "Minister",
        "Vice",
        "Deputy",
        "Speaking",
        "Attending",
        "According",
        "Meanwhile",
        "However",
        "Prime",
    ]
)
_MAX_NAME_WORDS = 4
_MAX_TITLE_TOKENS = 30

# ---- around the title and the name --------------------------------------------------------------------

_NAME_RUN = (
    _NAME_WORD_PATTERN + r"(?:\s+(?:(?:van|von|de|der|da|di|du|la|le)\s+)?" + _NAME_WORD_PATTERN + r"){1,3}(?![\w'’-])"
)
# "ông Ogata Kenichi, Thống đốc ...", "Zhang Leshan, Secretary of ...", "Mr. Yom Jong-Hyun - Chairman of ...".
_NAME_BEFORE_TITLE = re.compile(
    r"(?<![\w'’-])(?P<honorific>(?:(?:Mr|Mrs|Ms|Dr|Madam)\.?|" + _VI_HONORIFIC + r"|[Nn]gài|[Đđ]ồng\s+chí)\s+)?"
    r"(?P<name>" + _NAME_RUN + r")\s*(?:,|\s[-–])\s*$"
)
_APPOSITIVE_WINDOW = 90
_LIST_COMMA = re.compile(r",[ \t]*")
_CAPITALISED_WORD_BEFORE = re.compile(r"(?<![\w'’-])[" + _UPPER + r"][\w'’.-]*\s+$")
_OWNER_GAP = re.compile(r"(?:['’]s)?[ \t]+")  # "Busan Mayor", "Kyoto's Deputy Mayor"
_OF_AFTER_NAME = re.compile(
    r"\s+(?:of|của)\s+(?:the\s+)?(?:(?:city|province|prefecture|state|tỉnh|thành\s+phố|bang|TP\.?)\s+(?:of\s+)?)?"
)
_LED_BY = re.compile(r"(?:\bled\s+by|\bheaded\s+by|(?<!\w)do)\s+$")
_DELEGATION = re.compile(r"\bdelegations?\b|(?<!\w)[Đđ]oàn(?!\w)")
_DELEGATION_WINDOW = 160
# Party and government bodies of a place speak for the place ("Chengdu Municipal Committee of the CPC").
_PLACE_GOVERNMENT = re.compile(
    r"\b(?:Party\s+Committee|Municipal\s+Committee|Provincial\s+Committee|Committee\s+of\s+the\s+Communist\s+Party|"
    r"People['’]s\s+(?:Committee|Council|Government)|Municipal\s+Government|Provincial\s+Government)\b|"
    r"Tỉnh\s+ủy|Thành\s+ủy|UBND|HĐND"
)


@attrs.frozen
class _Office:
    """A title read forwards from its first word: where it ends, the partner inside it, the name after it."""

    start: int
    end: int  # end of the title's own words
    partner: PartnerMention | None
    name: tuple[int, int] | None  # the name right after the title
    closed: bool  # the title ends at punctuation, a lower-case word or the sentence's end (not at a name)
    after_org_name: bool = False


def _partner_key(mention: PartnerMention) -> str:
    if mention.place is None and mention.parent and _PLACE_GOVERNMENT.search(mention.name):
        return mention.parent
    return mention.key


def _is_name_word(word: str) -> bool:
    return word not in _NOT_NAME_WORDS and word not in _ORG_WORDS and word.lower() not in _TITLE_WORDS


def _read_office(
    text: str, title: re.Match[str], end: int, by_start: dict[int, PartnerMention], vietnamese: bool
) -> _Office:
    """Read the words of the office after a title word, up to the name that follows it if one does.

    Between the title and the name stand places and organisations (``mentions``), words of an office
    ("provincial People's Committee", "UBND thành phố", "Bộ Ngoại giao") and connectors. A run of
    capitalised words right after a connector ("for Economic Development") is an office's name, not a person's.
    """
    body_pattern, title_pattern = (_VI_BODY, _VI_TITLE_START) if vietnamese else (_EN_BODY, _EN_TITLE)
    pos = office_end = title.end()
    partner: PartnerMention | None = None
    run: list[tuple[int, int]] = []
    before_run = last = "head"
    at_seen = after_org_name = False
    closed = False
    for _ in range(_MAX_TITLE_TOKENS):
        if vietnamese and not run:
            honorific = _HONORIFIC_AFTER_TITLE.match(text, pos, end)  # "Thống đốc bang Virginia, Ngài Terry ..."
            if honorific:
                pos, last = honorific.end(), "body"
        space = _SPACE.match(text, pos, end)
        if space is None or space.end() >= end:
            closed = not run
            break
        at = space.end()
        if at in by_start:
            if run:  # a name running into a place or an organisation: where it ends is unclear
                return _Office(title.start(), office_end, partner, None, False)
            mention = by_start[at]
            if _EN_TITLE.search(mention.surface):  # "Secretary of the Vientiane Party Committee" read as a body
                return _Office(title.start(), office_end, partner, None, False)
            if partner is None and not at_seen:
                partner = mention
            pos = office_end = mention.end
            last = "body"
            continue
        token = _NAME_WORD.match(text, at, end)
        if run:
            if token and _is_name_word(token.group()):
                run.append(token.span())
                pos = token.end()
                continue
            particle = _PARTICLE.match(text, at, end)
            if particle:
                pos = particle.end()
                continue
            if before_run != "connector":
                if len(run) >= 2:
                    return _named(title.start(), office_end, partner, run, after_org_name)
                if not (_CONNECTOR.match(text, at, end) or (token and token.group() in _ORG_WORDS)):
                    return _Office(title.start(), office_end, partner, None, False)
            run, last = [], "body"  # words of an office's name: the office ends only where a known word does
        body = body_pattern.match(text, at, end) or title_pattern.match(text, at, end)  # "Đặc phái viên Tổng thống"
        if body:
            pos = office_end = body.end()
            after_org_name = vietnamese and bool(_VI_ORG_NAME_START.match(body.group()))
            last = "body"
            continue
        connector = _CONNECTOR.match(text, at, end) or _AT.match(text, at, end)
        if connector:
            at_seen = at_seen or connector.group() in ("in", "at", "tại")
            pos, last = connector.end(), "connector"
            continue
        if token and token.group() in _ORG_WORDS:
            pos = office_end = token.end()
            last = "body"
            continue
        if token and _is_name_word(token.group()):
            before_run, run, pos = last, [token.span()], token.end()
            continue
        closed = not token  # a lower-case word ends the office; an unknown capitalised one leaves it unclear
        break
    if run and before_run != "connector" and len(run) >= 2:
        return _named(title.start(), office_end, partner, run, after_org_name)
    return _Office(title.start(), office_end, partner, None, closed and not run)


def _skip_space(text: str, pos: int, end: int) -> int:
    space = _SPACE.match(text, pos, end)
    return space.end() if space else pos


def _named(
    start: int, office_end: int, partner: PartnerMention | None, run: list[tuple[int, int]], after_org_name: bool
) -> _Office:
    if len(run) > _MAX_NAME_WORDS:
        return _Office(start, office_end, partner, None, False)
    return _Office(start, office_end, partner, (run[0][0], run[-1][1]), False, after_org_name)


def find_people(text: str, start: int, end: int, mentions: Sequence[PartnerMention]) -> list[PersonMention]:
    """People named with a title in text[start:end] (one sentence); `mentions` are that sentence's partner mentions.

    Each person comes with the title as written and the key of the partner the title names: a mention inside
    the title, else a place written right before it ("Okayama Vice Governor"), else the place a delegation the
    person leads comes from, else None. Results are sorted by start and never overlap.
    """
    titles = _titles(text, start, end)
    if not titles:
        return []
    by_start = {m.start: m for m in mentions if start <= m.start < end}
    by_end = {m.end: m for m in mentions if start < m.end <= end}
    found: dict[tuple[int, int], PersonMention] = {}
    offices: dict[int, _Office] = {}  # title end -> office, to chain "Phó Bí thư Thành ủy, Chủ tịch UBND ..."
    for title, vietnamese in titles:
        office = _read_office(text, title, end, by_start, vietnamese)
        offices.setdefault(office.end, office)
        person = _titled_before(text, start, end, title, office, mentions, by_end, offices, vietnamese)
        if person is None and office.closed:
            person = _titled_after(text, start, end, title, office, mentions, by_start, vietnamese)
        if person is not None and not NOT_PLACES.search(text, office.start, person.end):
            _keep(found, person)
    return _without_overlaps(found.values())


def _titles(text: str, start: int, end: int) -> list[tuple[re.Match[str], bool]]:
    """``_ANY_TITLE.finditer(text, start, end)``, tried only where a word a title ends with stands; each title with
    whether it is Vietnamese."""
    sentence = text[start:end]
    present = _TITLE_LAST_TOKENS.intersection(sentence.split())
    if not present:
        return []
    titles: dict[int, tuple[re.Match[str], bool]] = {}
    for token in present:
        word = token.rstrip(",;.:/")
        vietnamese = word.lower() in _VI_LAST_WORDS
        at = sentence.find(word)
        while at != -1:
            word_end = at + len(word)
            if at == 0 or sentence[at - 1].isspace():
                title = _title_ending_at(text, sentence, start, at, word_end, end, vietnamese)
                if title is not None:
                    titles.setdefault(title.start(), (title, vietnamese))
            at = sentence.find(word, word_end)
    found: list[tuple[re.Match[str], bool]] = []
    for title, vietnamese in sorted(titles.values(), key=lambda t: (t[0].start(), -t[0].end())):
        if not found or title.start() >= found[-1][0].end():
            found.append((title, vietnamese))
    return found


def _title_ending_at(
    text: str, sentence: str, start: int, at: int, word_end: int, end: int, vietnamese: bool
) -> re.Match[str] | None:
    """The longest title ending with the word at ``at:word_end`` of the sentence (offsets into ``sentence``).

    Tried from the nearest start backwards: "Mayor", "Deputy Mayor", "First Deputy Mayor"; once a title has
    been found, the first start that gives none ends the search."""
    pattern = _VI_TITLE_START if vietnamese else _EN_TITLE
    best = None
    word_start = at
    for _ in range(_MAX_TITLE_WORDS):
        title = pattern.match(text, start + word_start, end)
        if title is not None and title.end() == start + word_end:
            best = title
        elif best is not None:
            break
        if word_start <= 1:
            break
        word_start = sentence.rfind(" ", 0, word_start - 1) + 1
    return best


def _titled_before(
    text: str,
    start: int,
    end: int,
    title: re.Match[str],
    office: _Office,
    mentions: Sequence[PartnerMention],
    by_end: dict[int, PartnerMention],
    offices: dict[int, _Office],
    vietnamese: bool,
) -> PersonMention | None:
    """ "Chairman of the Hai Phong People's Committee Nguyen Van Tung", "Busan Mayor Park Heong-joon"."""
    if office.name is None:
        return None
    name_start, name_end = office.name
    words = text[name_start:name_end].split()
    if office.after_org_name and words[0] not in _FAMILY_NAMES and words[1] in _FAMILY_NAMES and len(words) > 2:
        # "Bộ Công Thương Nguyễn Hồng Diên": the department's name goes on past its first capitalised word
        name_start = text.index(words[1], name_start)
    if _overlaps(mentions, name_start, name_end):
        return None
    owner = None
    if not vietnamese:
        owner = _owner_before(text, start, title.start(), by_end)
        if owner is None and title.group()[:1].islower():
            return None  # "the mayor": a lower-case title is a title only after the place it serves
    title_start = title.start()
    chained = offices.get(title_start - 2)
    if chained is not None and text[chained.end : title_start] == ", " and chained.name is None:
        title_start = chained.start
    partner = office.partner or _partner_of_after(text, name_end, end, mentions) or owner
    if partner is None:
        partner = _delegation_of(text, start, title_start, mentions)
    title_text = text[title_start : office.end].strip(" ,")
    return PersonMention(
        name_start, name_end, text[name_start:name_end], title_text, _partner_key(partner) if partner else None
    )


def _titled_after(
    text: str,
    start: int,
    end: int,
    title: re.Match[str],
    office: _Office,
    mentions: Sequence[PartnerMention],
    by_start: dict[int, PartnerMention],
    vietnamese: bool,
) -> PersonMention | None:
    """ "Zhang Leshan, Secretary of the Chengdu ...", "ông Ogata Kenichi, Thống đốc tỉnh Fukuoka (Nhật Bản)"."""
    window_start = max(start, title.start() - _APPOSITIVE_WINDOW)
    match = _NAME_BEFORE_TITLE.search(text, window_start, title.start())
    if match is None:
        return None
    honorific = match.group("honorific")
    if vietnamese and not honorific:
        return None  # a Vietnamese list of places reads like names: only "ông", "bà" introduce one
    name_start, name_end = match.span("name")
    words = text[name_start:name_end].split()
    if not all(_is_name_word(w) or w.islower() for w in words) or _overlaps(mentions, name_start, name_end):
        return None
    lead = match.start("honorific") if honorific else name_start
    if not honorific:
        earlier = _CAPITALISED_WORD_BEFORE.search(text, max(start, lead - 40), lead)
        if earlier and earlier.group().strip().lower().rstrip(".") not in _TITLE_WORDS:
            return None  # the name may begin earlier than it seems
    office_end, partner = office.end, office.partner
    # "Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh Nghệ An": the offices one person holds, listed
    for _ in range(3):
        comma = _LIST_COMMA.match(text, office_end, end)
        if comma is None:
            break
        following = _ANY_TITLE.match(text, comma.end(), end)
        if following is None:
            break
        more = _read_office(text, following, end, by_start, vietnamese)
        if not more.closed:
            break
        office_end, partner = more.end, partner or more.partner
    if partner is None:
        partner = _delegation_of(text, start, lead, mentions)
    title_text = text[title.start() : office_end].strip(" ,")
    return PersonMention(
        name_start, name_end, text[name_start:name_end], title_text, _partner_key(partner) if partner else None
    )


def _owner_before(text: str, start: int, title_start: int, by_end: dict[int, PartnerMention]) -> PartnerMention | None:
    """The place written right before a title: "Okayama Vice Governor", "Kyoto's Deputy Mayor"."""
    for gap in range(4):
        mention = by_end.get(title_start - gap)
        if mention is not None and mention.start >= start:
            between = text[mention.end : title_start]
            return mention if _OWNER_GAP.fullmatch(between) else None
    return None


def _partner_of_after(text: str, name_end: int, end: int, mentions: Sequence[PartnerMention]) -> PartnerMention | None:
    """ "Thống đốc Kim Dong-yeon của tỉnh Gyeonggi", "Mayor Kim Jong-hoon of Incheon"."""
    of = _OF_AFTER_NAME.match(text, name_end, end)
    if of is None:
        return None
    return next((m for m in mentions if m.start == of.end()), None)


def _delegation_of(text: str, start: int, lead: int, mentions: Sequence[PartnerMention]) -> PartnerMention | None:
    """The place a delegation comes from, when the person leads it: "a delegation from Incheon led by ..."."""
    led = _LED_BY.search(text, max(start, lead - 12), lead)
    if led is None:
        return None
    window_start = max(start, led.start() - _DELEGATION_WINDOW)
    delegations = list(_DELEGATION.finditer(text, window_start, led.start()))
    if not delegations:
        return None
    delegation = delegations[-1]
    after = next((m for m in mentions if delegation.end() <= m.start and m.end <= led.start() and m.place), None)
    if after is not None:
        return after
    # "a Toulouse delegation led by ..."
    return next((m for m in mentions if m.place and _OWNER_GAP.fullmatch(text, m.end, delegation.start())), None)


def _overlaps(mentions: Sequence[PartnerMention], start: int, end: int) -> bool:
    return any(m.start < end and start < m.end for m in mentions)


def _keep(found: dict[tuple[int, int], PersonMention], person: PersonMention) -> None:
    """One person per name span: the reading that names a partner, else the longer title."""
    key = (person.start, person.end)
    known = found.get(key)
    if (
        known is None
        or (known.partner is None and person.partner is not None)
        or (known.partner == person.partner and len(person.title or "") > len(known.title or ""))
    ):
        found[key] = person


def _without_overlaps(people: Iterable[PersonMention]) -> list[PersonMention]:
    kept: list[PersonMention] = []
    for person in sorted(people, key=lambda p: (p.start, -p.end)):
        if kept and person.start < kept[-1].end:
            continue
        kept.append(person)
    return kept


# ---- the people a document has named ------------------------------------------------------------------


@attrs.define
class _Known:
    name: str
    title: str | None
    partner: str | None


class PeopleIndex:
    """Remembers, over one document, the partner each titled person speaks for, so that a later sentence naming
    the person again ("Thống đốc Ogata Kenichi", "Governor Ogata", "Kim") can be attributed.

    Feed it each sentence's ``find_people`` after asking ``named_in`` about that sentence.
    """

    def __init__(self) -> None:
        self._people: dict[str, _Known] = {}
        self._short: dict[str, set[str]] = {}  # first or last word of a name -> the names it may stand for

    def add(self, people: Iterable[PersonMention]) -> None:
        """Learn the people found in a sentence; a partner learnt once is kept."""
        for person in people:
            known = self._people.get(person.name)
            if known is None:
                self._people[person.name] = _Known(person.name, person.title, person.partner)
                words = person.name.split()
                for word in {words[0], words[-1]}:
                    self._short.setdefault(word, set()).add(person.name)
            elif known.partner is None and person.partner is not None:
                known.title, known.partner = person.title, person.partner

    def named_in(self, text: str, start: int, end: int) -> list[PersonMention]:
        """People already known, named again in the sentence (full name, or the family name / surname alone when
        unambiguous in the document), with their partner. ``name`` is the full name; ``start:end`` the words
        written."""
        if not self._people:
            return []
        found: list[PersonMention] = []
        for known in self._people.values():
            found.extend(
                PersonMention(hit, hit + len(known.name), known.name, known.title, known.partner)
                for hit in _occurrences(text, known.name, start, end)
            )
        for word, names in self._short.items():
            if len(names) != 1 or word in self._people or len(word) < 2:
                continue
            known = self._people[next(iter(names))]
            found.extend(
                PersonMention(hit, hit + len(word), known.name, known.title, known.partner)
                for hit in _occurrences(text, word, start, end)
                if _alone_as_person(text, hit, hit + len(word), start, end)
            )
        return _without_overlaps(found)


def _occurrences(text: str, word: str, start: int, end: int) -> Iterable[int]:
    at = text.find(word, start, end)
    while at != -1:
        before = text[at - 1] if at > 0 else " "
        after = text[at + len(word)] if at + len(word) < len(text) else " "
        if not (before.isalnum() or before in "'’-") and not (after.isalnum() or after == "-"):
            yield at
        at = text.find(word, at + len(word), end)


def _alone_as_person(text: str, word_start: int, word_end: int, start: int, end: int) -> bool:
    """A family name alone stands for a person when it is no part of a longer name and a title or honorific comes
    before it or a speech verb after it ("Governor Ogata", "Kim said", "ông Kim")."""
    after = _skip_space(text, word_end, end)
    if after > word_end and _NAME_WORD.match(text, after, end):
        return False  # "Kim Dong-yeon": the first word of another name
    window = max(start, word_start - 40)
    if _title_right_before(text, window, word_start) or _HONORIFIC_BEFORE.search(
        text, max(start, word_start - 8), word_start
    ):
        return True
    if _CAPITALISED_WORD_BEFORE.search(text, window, word_start):
        return False  # "Nguyễn Thị Kim": the last word of another name
    return bool(_SPEECH_VERB_AFTER.match(text, word_end, min(end, word_end + 40)))


def _title_right_before(text: str, window: int, word_start: int) -> bool:
    last = None
    for last in _ANY_TITLE.finditer(text, window, word_start):  # noqa: B007 - the last one is wanted
        pass
    return last is not None and not text[last.end() : word_start].strip() and last.end() < word_start
