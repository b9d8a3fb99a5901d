"""Who is named in a sentence: places from the gazetteer and organisations, persons filtered out.

A place name inside a person's name ("Jining" in "Chen Jining", "Thành" in a
Vietnamese name) is not a place; a place inside an organisation's name belongs
to the organisation ("Guangzhou" in "Guangzhou Metro Group"); a place named with
its government ("HCM City Party Committee", "HĐND Thành phố Hồ Chí Minh") is the
place itself. Ambiguous names take the candidate whose country the article
speaks of ("St. Petersburg" in an article about Russia).
"""

from __future__ import annotations

import bisect
import functools
import re
from collections import Counter

import attrs

from citylinks.extraction.organizations import OrgMention, find_organizations, is_government_body
from citylinks.gazetteer import Gazetteer, Place, PlaceMention
from citylinks.ids import fold_accents, slug

# Family names that, followed by a capitalised word, begin a person's name.
_FAMILY_NAMES = frozenset(
    [
        # Sino-Vietnamese forms of Chinese family names: "ông Vương Côn Minh" (Côn Minh is Kunming)
        "Vương",
        "Lưu",
        "Triệu",
        "Tôn",
        "Mã",
        "Hứa",
        "Quách",
        "Tiêu",
        "Phùng",
        "Tưởng",
        "Thẩm",
        "Khương",
        "Diệp",
        "Ngụy",
        "Tăng",
        "Chen",
        "Wang",
        "Li",
        "Zhang",
        "Liu",
        "Yang",
        "Huang",
        "Zhao",
        "Wu",
        "Zhou",
        "Xu",
        "Sun",
        "Ma",
        "Zhu",
        "Hu",
        "Guo",
        "He",
        "Lin",
        "Luo",
        "Gao",
        "Zheng",
        "Liang",
        "Xie",
        "Song",
        "Tang",
        "Han",
        "Feng",
        "Deng",
        "Cao",
        "Peng",
        "Zeng",
        "Xiao",
        "Tian",
        "Dong",
        "Pan",
        "Yuan",
        "Cai",
        "Jiang",
        "Yu",
        "Du",
        "Ye",
        "Cheng",
        "Wei",
        "Su",
        "Lu",
        "Ding",
        "Ren",
        "Shen",
        "Yao",
        "Lu",
        "Fu",
        "Kim",
        "Park",
        "Lee",
        "Choi",
        "Jung",
        "Kang",
        "Cho",
        "Yoon",
        "Jang",
        "Lim",
        "Moon",
        "Yom",
        "Shin",
        "Oh",
        "Seo",
        "Kwon",
        "Hwang",
        "Ahn",
        "Song",
        "Hong",
        "Nguyen",
        "Tran",
        "Le",
        "Pham",
        "Hoang",
        "Huynh",
        "Phan",
        "Vu",
        "Vo",
        "Dang",
        "Bui",
        "Do",
        "Ngo",
        "Duong",
        "Ly",
        "Trinh",
        "Dinh",
        "Mai",
        "Truong",
        "Nguyễn",
        "Trần",
        "Lê",
        "Phạm",
        "Hoàng",
        "Huỳnh",
        "Phan",
        "Vũ",
        "Võ",
        "Đặng",
        "Bùi",
        "Đỗ",
        "Hồ",
        "Ngô",
        "Dương",
        "Lý",
        "Trịnh",
        "Đinh",
        "Mai",
        "Trương",
        "Vưu",
        "Vu",
        "Tập",
    ]
)
_PERSON_TITLE_BEFORE = re.compile(
    r"(?:\b(?:Mr|Mrs|Ms|Dr|Madam|Sir|President|Governor|Mayor|Secretary|Chairman|Chairwoman|Minister|Ambassador|"
    r"Professor|Prof|Consul|Councillor|Premier|Chancellor|Director|Oberb[üu]rgermeister|Mayor)\.?|(?<!\w)(?:ông|bà|ngài|đồng\s+chí|Ông|Bà|Ngài|Đồng\s+chí))\s+$"
)
_WORD_BEFORE = re.compile(r"([\w'’-]+)\s+$")
_WORD_START = re.compile(r"[\w'’-]+")  # read backwards: the last word of a text
_CAPITAL_AFTER = re.compile(r"^\s+[A-ZÀ-ỸĐ][\w-]*")
# A capitalised word right after a place name (same line, one space); the words that keep the name the place's.
_NEXT_CAPITALISED = re.compile(r"[ \t]([A-Z][\w'’]*)(?![\w'’-])")
_PLACE_WORDS_AFTER = frozenset(
    (
        "City",
        "Province",
        "Prefecture",
        "County",
        "State",
        "Metropolitan",
        "Municipal",
        "Municipality",
        "Provincial",
        "Prefectural",
        "Special",
        "Autonomous",
        "Region",
        "Regional",
        "District",
        "Island",
        "Islands",
        "Mayor",
        "Governor",
        "Gov",
        "Lt",
        "Lieutenant",
        "Premier",
        "Minister",
        "Executive",
        "Vice",
        "Deputy",
        "Chairman",
        "Chairwoman",
        "Chair",
        "President",
        "Party",
        "People",
        "People's",
        "People’s",
        "Department",
        "Committee",
        "Council",
        "Government",
        "Delegation",
        "Delegations",
        "Secretary",
        "Police",
        "Assembly",
        "Legislature",
        "Administration",
        "Office",
        "Bureau",
        "Authority",
        "Commission",
        "Board",
        "Agency",
        "Union",
        "Association",
        "Chamber",
        "University",
        "College",
        "Institute",
        "Centre",
        "Center",
        "Museum",
        "Hall",
        "Métropole",
        "Metro",
        "Area",
        "Oblast",
        "Krai",
        "Investment",
        "Trade",
        "Conference",
        "Forum",
        "Summit",
        "Week",
        "Day",
        "Days",
        "Expo",
        "Festival",
        "Culture",
        "Cultural",
        "Tourism",
        "Food",
        "Film",
        "Art",
        "Arts",
        "Friendship",
        "Kingdom",
        "Republic",
        "Federation",
        "And",
        "Of",
        "In",
        "On",
        "At",
        "For",
        "The",
        "With",
        "To",
        "From",
        "By",
    )
)
_COMMA_BETWEEN = re.compile(r",[ \t]*")
# "Portland, Oregon", "the city of Obama in Fukui Prefecture": the province that says where a city is
_QUALIFIER_BETWEEN = re.compile(
    r",[ \t]*|[ \t]+in[ \t]+(?:the[ \t]+(?:(?:U\.S\.|US|American|Chinese|Japanese|Korean|Australian)[ \t]+)?"
    r"(?:state|province|prefecture|region)[ \t]+of[ \t]+"
    # "the City of Greater Geelong in Australia's Victoria state"
    r"|[A-Z][\w.]*(?:[ \t]+[A-Z][\w.]*)?['’]s[ \t]+)?"
)
_CITY_WORDS = frozenset(("thành phố", "tp", "tp.", "thị xã", "city", "mayor", "municipal", "city of"))
# "bang Washington": the state ("bang"), not the city
_KIND_WORD_BEFORE = re.compile(
    r"(?<!\w)(thành\s+phố|TP\.?|thị\s+xã|tỉnh|bang|state\s+of|province\s+of|prefecture\s+of|city\s+of)\s*$", re.I
)
_KIND_WORD_AFTER = re.compile(
    r"[ \t]+(City|city|Mayor|Municipal|Governor|Gov\.|Prefectural|Provincial|[Pp]refecture|[Pp]rovince|[Oo]blast)\b"
)
_LIST_JOINT = re.compile(r"\s+(?:and|và|-|–)\s+|\s*[-–]\s*|,\s+")
_OF_BEFORE = re.compile(r"\bof\s+(?:the\s+)?$")
_COUNTRY_CONTEXT_KIND = "country"
MINOR_POPULATION = 100_000


@attrs.frozen
class PartnerMention:
    """A partner named at ``start:end`` in the document."""

    key: str  # the partner id
    start: int
    end: int
    surface: str
    kind: str
    name: str
    country: str | None
    place: Place | None = None
    parent: str | None = None
    alias: str | None = None  # a government body's name (kept as an alias of its place) or an acronym
    short_forms: tuple[str, ...] = ()  # the name without its place prefix or legal suffix


@functools.lru_cache(maxsize=4096)
def org_id(name: str, parent: str | None) -> str:
    return f"org:{slug(name)}" + (f"@{parent}" if parent else "")


# "Salem, OR—Governor Dana Whitfield on Tuesday welcomed ...": a release's dateline, a US state's postal code and a dash
_PRESS_RELEASE_DATELINE_AFTER = re.compile(r",\s*[A-Z]{2}\.?\s*(?:—|–|--|-\s)")
_DASH_DATELINE_AFTER = re.compile(r"[ \t]*(?:—|–|--)[ \t]*[A-ZÀ-Ỹ]|[ \t]+-[ \t]+[A-ZÀ-Ỹ]")
_PARAGRAPH = 150
_DATELINE_AFTER = re.compile(r"^\s*\((?:VNA|TTXVN|AFP|AP|Reuters|Xinhua|Yonhap|Kyodo|NNA|VOV|VNS|Sputnik|TASS)\)", re.I)
# Upper-case letters only: the range À-Ỹ also holds lower-case letters, and "bà Martina Keller" must give the run
# "Martina", with the honorific before it.
_UPPER = "A-Z" + "".join(c for c in map(chr, range(0xC0, 0x1EF9)) if c.isupper())
_LOWER = "a-z" + "".join(c for c in map(chr, range(0xDF, 0x1EFA)) if c.islower())
_CAPITALISED_RUN_BEFORE = re.compile(
    r"(?<![\w'’-])((?:[" + _UPPER + r"][\w'’-]*[ \t]+){1,3})$"
)  # on one line: a byline above is no name
_TITLE_WORD_BEFORE = re.compile(
    r"\b(?:mayor|governor|gov|chancellor|president|secretary|chairman|chairwoman|professor|director|minister|ambassador|"
    r"councillor|councilor|councilmember|commissioner|senator|supervisor|alderman|consul|premier|official|leader|envoy|"
    r"representative|dr|mr|mrs|ms)\.?\s+$",
    re.I,
)
# Phrases that contain a place's name and are not that place.
NOT_PLACES = re.compile(
    r"Thái\s+Bình\s+Dương|Ấn\s+Độ\s+Dương|Đại\s+Tây\s+Dương|Pacific|Chủ\s+tịch\s+Hồ\s+Chí\s+Minh|President\s+Ho\s+Chi\s+Minh|Ho\s+Chi\s+Minh\s+Communist|Hồ\s+Chí\s+Minh\s+Communist"
)
_PROPER_NAME_AFTER = re.compile(
    r"^\s+(?:House|School|College|University|Hall|Street|Road|Avenue|Park|Square|Hotel|Centre|Center|Garden|Museum|Theatre|Bridge|Tower|Building|Stadium|Airport|Station|Group|Company|Street)\b"
)
_LOWER_AFTER = re.compile(r"^\s+[a-zà-ỹđ]")
# "UBND tỉnh Hậu Giang và Chính quyền huyện Yeongam (tỉnh Jeollanam) ký thỏa thuận ...": a place's own government
_GOVERNMENT_OF_BEFORE = re.compile(
    r"(?:(?<!\w)(?:Chính\s+quyền|UBND|Ủy\s+ban\s+[Nn]hân\s+dân|Hội\s+đồng\s+[Nn]hân\s+dân)\s+"
    r"(?:huyện|quận|thành\s+phố|thị\s+xã|tỉnh)\s+|\b(?:City|Town|County|Municipality|Government)\s+of\s+)$"
)
_GOVERNMENT_AFTER = re.compile(r"\s+(?:County|City|Town|Municipal)\s+(?:Government|Council|Office|Hall)\b")
_VI_DISTRICT_BEFORE = re.compile(r"(?<!\w)(?:huyện|quận|(?<!thị\s)xã|phường|thị\s+trấn)\s+$", re.I)
_VI_SITE_NAMED_BEFORE = re.compile(
    r"(?<!\w)(?:phố\s+cổ|làng|xã|phường|thôn|ấp|chợ|đình|chùa|đền|cầu|sông|núi|đường|phố|bến|đảo|vịnh|hồ)[ \t]+"
    r"[" + _UPPER + r"][\w]*[ \t]+$"
)
_THING_OF_A_PLACE_AFTER = re.compile(
    r"[ \t]+(?:state[ \t]+)?(?:flags?|pins?|souvenirs?|cuisine|dish(?:es)?|beers?|wines?|coffee|noodles|costumes?|"
    r"songs?|anthem|license[ \t]+plates?)\b"
)

# Words that can stand right before a person's name: English titles, Vietnamese titles and honorifics.
_TITLE_WORDS = frozenset(
    [
        "mayor",
        "governor",
        "chancellor",
        "president",
        "secretary",
        "chairman",
        "chairwoman",
        "professor",
        "director",
        "minister",
        "ambassador",
        "councillor",
        "councilor",
        "councilmember",
        "member",
        "alderman",
        "alderwoman",
        "supervisor",
        "trustee",
        "consul",
        "premier",
        "official",
        "leader",
        "envoy",
        "representative",
        "dr",
        "mr",
        "mrs",
        "ms",
        "madam",
        "senator",
        "lawmaker",
        "legislator",
        "congressman",
        "congresswoman",
        "assemblyman",
        "assemblywoman",
        "commissioner",
        "speaker",
        "ceo",
        "cfo",
        "chief",
        "officer",
        "manager",
        "head",
    ]
)
_VI_TITLE = (
    r"(?:[Tt]hống\s+đốc|[Tt]hị\s+trưởng|[Cc]hủ\s+tịch|[Gg]iám\s+đốc|[Bb]í\s+thư|[Đđ]ại\s+sứ|[Ll]ãnh\s+sự|"
    r"[Bb]ộ\s+trưởng|[Tt]hứ\s+trưởng|[Qq]uốc\s+vụ\s+khanh|[Tt]ổng\s+thống|[Tt]hủ\s+tướng|[Tt]rưởng\s+đoàn|"
    r"[Cc]hủ\s+nhiệm|[Nn]ghị\s+sĩ)"
)
_VI_HONORIFIC = r"(?:[Ôô]ng|[Bb]à|[Nn]gài)"
# A Vietnamese title or honorific ending the text before a name ("tiếp bà Martina", "Quốc vụ khanh Martina").
_VI_TITLE_BEFORE = re.compile(r"(?<!\w)(?:" + _VI_TITLE + "|" + _VI_HONORIFIC + r")\s+$")
# "Phó Thống đốc Yamagata Kenji cho biết": a Vietnamese title, then a Japanese name in its own order.
_VI_TITLE_RIGHT_BEFORE = re.compile(r"(?<!\w)" + _VI_TITLE + r"\s+$")
# An English title with its office: "Vice Governor of Japan's Tottori prefecture", "Deputy Mayor for Trade and
# Tourism", "President of the San Francisco Board of Supervisors". Only capitalised words, "of", "for", "the", "and",
# a lower-case kind of place and dashes may come between the title and the name.
_TITLE_OF_OFFICE_BEFORE = re.compile(
    r"\b(?:Mayor|Governor|President|Chairman|Chairwoman|Director|Secretary|Minister|Ambassador|Consul|Chancellor|"
    r"Premier|Councillor|Commissioner|director(?:[- ]general)?|head|chief)\s+(?:of|for)\s+"
    # "director-general of the bureau Yuko Nagasaki"
    r"(?:(?:the|of|for|and|&|prefecture|province|city|state|county|bureau|department|division|office|agency|"
    r"[-–]|[" + _UPPER + r"][\w'’.-]*)\s+)*$"
)
_WINDOW_FOR_OFFICE = 100
# A word that can be a given name: capitalised, then lower case (not "UBND"), not a possessive ("Japan's
# Kanagawa Prefecture") nor a word of an office's name.
_NAME_LIKE = re.compile(r"[" + _UPPER + "][" + _LOWER + r"][\w-]*")
_CAPITALISED_FUNCTION_WORDS = frozenset(
    [
        "The",
        "From",
        "With",
        "And",
        "For",
        "Into",
        "Near",
        "Over",
        "Via",
        "Visit",
        "Visited",
        "Mayor",
        "Governor",
        "Chairman",
        "Chairwoman",
        "Vice",
        "Deputy",
        "Greater",
        "North",
        "South",
        "East",
        "West",
        "Central",
        "Upper",
        "Lower",
        "New",
        "Old",
        "Metro",
        "Metropolitan",
        "Western",
        "Eastern",
        "Northern",
        "Southern",
    ]
)
_GIVEN_NAME_BEFORE = re.compile(r"(?<![\w.'’-])([A-Z][a-z]{2,12})[ \t]+$")
_OFFICE_APPOSITION_AFTER = re.compile(
    r",[ \t]+(?:the[ \t]+|a[ \t]+)?(?:director|head|chairman|chairwoman|chief|deputy|vice|secretary|spokesperson|"
    r"spokesman|spokeswoman|manager|official|officer|president|mayor|governor|member|adviser|advisor)\b"
)
_NOT_GIVEN_NAMES = frozenset(
    [
        "City",
        "Province",
        "Prefecture",
        "State",
        "County",
        "District",
        "Region",
        "Municipality",
        "Committee",
        "Council",
        "Board",
        "Department",
        "Office",
        "Bureau",
        "Chamber",
        "Union",
        "Federation",
        "Assembly",
        "Agency",
        "Government",
        "Embassy",
        "Consulate",
        "Company",
        "Group",
        "Corporation",
        "League",
        "Association",
        "Club",
        "Society",
        "Foundation",
        "University",
        "School",
        "Institute",
        "Centre",
        "Center",
        "Affairs",
        "Supervisors",
        "Sở",
        "Ban",
        "Tỉnh",
        "Thành",
    ]
)
# A one-word name a person went by before, now the subject of a speech verb ("Okayama said", "Keller cho biết").
_SPEECH_VERB_AFTER = re.compile(
    r"\s+(?:also\s+|further\s+|then\s+|later\s+|cũng\s+|đã\s+)?(?:said|says|told|noted|added|proposed|"
    r"stressed|emphasi[sz]ed|underlined|affirmed|highlighted|suggested|stated|explained|expressed|hoped|thanked|"
    r"welcomed|invited|asked|recalled|pledged|agreed|received|receives|met|hosted|led|cho\s+biết|nói|khẳng\s+định|"
    r"đề\s+nghị|đề\s+xuất|tiếp|"
    r"nhấn\s+mạnh|phát\s+biểu|bày\s+tỏ|chia\s+sẻ|cảm\s+ơn|mong\s+muốn|đánh\s+giá|hoan\s+nghênh|thông\s+tin)\b"
)
# Words that make a name a place: "in Austin", "the mayor of Okayama", "tỉnh Nghệ An"; "Austin City Council",
# "Okayama Prefecture", "Austin Mayor Kirk Watson".
_PLACE_CUE_BEFORE = re.compile(
    r"(?:\b(?:in|to|of|from|at|near|across|around|between|visit(?:ed|ing|s)?|and|with)|(?<!\w)(?:tại|ở|đến|tới|thăm|sang|"
    r"tỉnh|thành\s+phố|TP\.?|với|và|của))\s+(?:the\s+)?$",
    re.IGNORECASE,
)
_PLACE_CUE_AFTER = re.compile(
    r"(?:['’]s)?[\s-]+(?:City|Prefecture|Province|County|Metropolitan|Municipal|Prefectural|Provincial|Port|State|"
    r"Mayor|Governor|Chairman|Chairwoman|Vice|Deputy|officials?|city|prefecture|province|county|municipal|"
    r"delegation|government|people|residents|authorities)\b"
    r"|\s*,\s*(?:Japan|Korea|South\s+Korea|China|Vietnam|Viet\s+Nam|Oregon|Washington|California)\b"
)
_VI_HONORIFIC_RIGHT_BEFORE = re.compile(r"(?<!\w)(?:ông|bà|Ông|Bà|đồng\s+chí|Đồng\s+chí)\s$")
_VI_HONORIFIC_BEFORE = re.compile(r"(?<!\w)(?:ông|bà|ngài|đồng\s+chí)\s+$", re.I)
_HONORIFIC_BEFORE = re.compile(r"(?:\b(?:Mr|Mrs|Ms|Mx|Madam|Dr)\.?|(?<!\w)" + _VI_HONORIFIC + r")\s+$")
_ENGLISH_HONORIFICS = frozenset(("Mr", "Mrs", "Ms", "Mx"))
_DOTTED_HONORIFICS = ("Mr.", "Mrs.", "Ms.", "Mx.")
_DOTTED_HONORIFIC_BEFORE = re.compile(r"\b(?:Mr|Mrs|Ms|Mx)\.\s+$")
# The last word of every title in _VI_TITLE: the regex runs only after one of them.
_VI_TITLE_LAST_WORDS = frozenset(
    ["đốc", "trưởng", "tịch", "thư", "sứ", "sự", "khanh", "thống", "tướng", "đoàn", "nhiệm", "sĩ"]
)
_ONE_NAME_AFTER = re.compile(r"\s+([" + _UPPER + "][" + _LOWER + r"][\w'’-]*)(?![\w'’-])(?!\s+[\d" + _UPPER + "])")


def _is_dateline(text: str, mention: PlaceMention) -> bool:
    """'Hanoi (VNA) –' and 'Salem, OR—Governor ...' at a paragraph's start name where the story was filed, not a
    party to it."""
    if _DATELINE_AFTER.match(text[mention.end : mention.end + 20]):
        return True
    at_line_start = mention.start == 0 or text[mention.start - 1] == "\n"
    if not at_line_start:
        return False
    if _PRESS_RELEASE_DATELINE_AFTER.match(text, mention.end, mention.end + 20):
        return True
    # "Munich – Bavarian Minister-President Markus Steiner received ...": a dash after a place opening a paragraph
    # (a headline "Hue – Blois: 25 years of friendship" is no paragraph)
    line_end = text.find("\n", mention.end)
    line_end = len(text) if line_end < 0 else line_end
    return line_end - mention.start >= _PARAGRAPH and bool(_DASH_DATELINE_AFTER.match(text, mention.end, line_end))


def _word_before(before: str) -> str | None:
    """``_WORD_BEFORE.search(before).group(1)``, without trying every start: the word that only whitespace
    separates from the end. A leftmost match can only start where the last word does."""
    stripped = before.rstrip()
    if len(stripped) == len(before):
        return None
    word = _WORD_START.match(stripped[::-1])
    return word.group()[::-1] if word else None


def _last_tokens_start(text: str, count: int) -> int:
    """Where the last ``count`` whitespace-separated tokens of ``text`` begin (0 if it has no more)."""
    parts = text.rsplit(None, count)
    return text.index(parts[1], len(parts[0])) if len(parts) > count else 0


def _capitalised_run_from(before: str) -> int:
    """Where ``_CAPITALISED_RUN_BEFORE`` can first match: its one to three words followed by whitespace
    are the last three tokens at most."""
    return _last_tokens_start(before, 3)


def _titled_name_ends_at(text: str, start: int, before: str, run: re.Match[str]) -> bool:
    """Whether the capitalised words ``run`` ending right before ``start`` are the first words of a person's name
    (or a title and given names) that a title or honorific introduces, so the word at ``start`` is a surname."""
    words = run.group(1).split()
    # the last title word of the run: "Chief Innovation Officer Samuel Raleigh"
    for index in range(len(words) - 1, -1, -1):
        word = words[index]
        if word.rstrip(".").lower() in _TITLE_WORDS or word in ("Ông", "Bà", "Ngài"):
            # "Vice Governor Hiroshi Okayama": every word after the title must be a given name
            # ("Premier League Liverpool" is not a person)
            return all(_is_given_name(w) for w in words[index + 1 :])
    if _TITLE_WORD_BEFORE.search(before[: run.start()]):
        return True
    if "\n" not in run.group(1) and _VI_HONORIFIC_BEFORE.search(before, max(0, run.start() - 12), run.start()):
        return True  # "đồng chí Yanet Morales Pérez", "đồng chí Rafael Suárez Lima": whatever the names
    if "\n" in run.group(1) or not _is_given_name(words[-1]):
        return False
    head = before[: run.start()]
    if _VI_TITLE_BEFORE.search(head, _last_tokens_start(head, 3)):
        return True  # "tiếp bà Martina Keller", "Quốc vụ khanh Martina Keller"
    office_from = max(0, start - len(before) + run.start() - _WINDOW_FOR_OFFICE)
    office = text[office_from : start - len(before) + run.start()]
    if "of " not in office and "for " not in office:
        return False
    return bool(_TITLE_OF_OFFICE_BEFORE.search(office, office.rfind("\n") + 1))


def _is_given_name(word: str) -> bool:
    return bool(_NAME_LIKE.fullmatch(word)) and word not in _NOT_GIVEN_NAMES


# A capitalised given name, then a surname particle, right before the place: "Tom Van Mechelen", "Jan de Gent".
_NAME_PARTICLE_BEFORE = re.compile(
    r"(?<![\w-])[A-Z][a-z]+\s+(?:[Vv]an|[Vv]on|[Vv]an\s+de[nr]?|[Vv]on\s+der|[Dd]e|[Dd]i|[Dd]a|[Dd]u|[Dd]el|[Dd]ella|ter|ten)\s+$"
)


def _looks_like_person(text: str, mention: PlaceMention, previous_end: int | None = None) -> bool:
    before = text[max(0, mention.start - 40) : mention.start]
    given = _GIVEN_NAME_BEFORE.search(before)
    if (
        given
        and given.group(1) not in _CAPITALISED_FUNCTION_WORDS
        and _is_given_name(given.group(1))
        and _OFFICE_APPOSITION_AFTER.match(text, mention.end)
    ):
        return True  # "accompanied by Kenta Nagasaki, director of the city's international affairs division"
    if (
        previous_end is not None
        and text[previous_end : mention.start].strip() == ""
        and " " not in mention.surface
        and _CAPITAL_AFTER.match(text[mention.end : mention.end + 30])
    ):
        return True  # "Mayor of Fukuoka Takashima Kenji": a family name right after the city
    run = _CAPITALISED_RUN_BEFORE.search(before, _capitalised_run_from(before))
    if (
        run
        and any(w in _FAMILY_NAMES for w in run.group(1).split())
        and not before[: run.start()].rstrip().endswith(("of", "của"))
    ):
        # "Phạm Quang Vinh", "Nguyen Nam Dinh": a family name opens the capitalised run the place ends
        return True
    if _NAME_PARTICLE_BEFORE.search(before):
        return True  # "ông Tom Van Mechelen", "Ursula von der Leyen": a surname with its particle
    if _VI_HONORIFIC_RIGHT_BEFORE.search(before):
        return True  # "ông Lâm Hà Tiên - Phó Giám đốc Sở Ngoại vụ": a name right after "ông", "bà", "đồng chí"
    one_word = " " not in mention.surface
    if not one_word:
        # "do ông Đinh Văn Khôi, Phó Bí thư Thành ủy": an honorific, a family name, a given name after the place
        return (
            mention.surface.split()[0] in _FAMILY_NAMES
            and bool(_PERSON_TITLE_BEFORE.search(before, _last_tokens_start(before, 2)))
            and bool(_CAPITAL_AFTER.match(text[mention.end : mention.end + 30]))
        )
    last_word = _word_before(before)
    if last_word in _FAMILY_NAMES:
        return True
    if run and _titled_name_ends_at(text, mention.start, before, run):
        return True  # "Watsonville mayor Antonio Rivas", "Vice Governor Hiroshi Okayama", "bà Martina Keller"
    if last_word in _ENGLISH_HONORIFICS or (
        last_word is None and before.rstrip().endswith(_DOTTED_HONORIFICS) and _DOTTED_HONORIFIC_BEFORE.search(before)
    ):
        return True  # "Ms Austin", "Mr. Austin": a place is never addressed as Mr or Ms
    if last_word in _VI_TITLE_LAST_WORDS and _VI_TITLE_RIGHT_BEFORE.search(before, _last_tokens_start(before, 4)):
        # "Phó Thống đốc Yamagata Kenji cho biết": a family name, then one given name; "Thị trưởng Paris Anne
        # Hidalgo" (a place before a full name) and "Thống đốc tỉnh Yamagata" (the office of a place) stay places.
        given = _ONE_NAME_AFTER.match(text, mention.end, mention.end + 60)
        if given and given.group(1) not in _NOT_GIVEN_NAMES:
            return True
    if _PERSON_TITLE_BEFORE.search(before, _last_tokens_start(before, 2)):
        # "Mayor Seattle" is not how places are written; "Governor of Saint Petersburg" does not match here.
        return bool(_CAPITAL_AFTER.match(text[mention.end : mention.end + 30]))
    return False


# Shifting a mention into document offsets builds it directly when PlaceMention has the fields
# known here (much faster than attrs.evolve); a PlaceMention with other fields goes through evolve.
_PLACE_MENTION_FIELDS = ("start", "end", "surface", "candidates")
_DIRECT_SHIFT = tuple(field.name for field in attrs.fields(PlaceMention)) == _PLACE_MENTION_FIELDS


def _shifted(mention: PlaceMention, offset: int) -> PlaceMention:
    if _DIRECT_SHIFT:
        return mention.__class__(mention.start + offset, mention.end + offset, mention.surface, mention.candidates)
    return attrs.evolve(mention, start=mention.start + offset, end=mention.end + offset)


class MentionFinder:
    """Finds partner mentions sentence by sentence; remembers the article's countries for disambiguation."""

    def __init__(
        self, gazetteer: Gazetteer, text: str, spans: list[tuple[int, int]], language: str | None = None
    ) -> None:
        self.language = language
        self.gazetteer = gazetteer
        self.text = text
        self.places: list[PlaceMention] = []
        confirmed: set[str] = set()  # "the city of Eugene" makes a later "Eugene's sister city" the city
        for start, end in spans:
            for mention in gazetteer.find(text[start:end], confirmed):
                self.places.append(_shifted(mention, start))
        blocked = [(m.start(), m.end()) for m in NOT_PLACES.finditer(text)]
        if blocked:
            self.places = [p for p in self.places if not any(a <= p.start < b for a, b in blocked)]
        self._starts = [p.start for p in self.places]
        self._sorted = all(a <= b for a, b in zip(self._starts, self._starts[1:], strict=False))
        self.countries = Counter(self._context_countries())
        self.place_counts = Counter(self.choose(m).id for m in self.places)
        # names of persons met in the sentences asked so far (the parser asks them in order)
        self._person_names: set[str] = set()
        # "Springfield, Illinois": the place a name was said to be, for the rest of the text
        self._stated: dict[str, Place] = {}
        self._region_adjectives: dict[str, Place] | None = None

    def _context_countries(self):
        for mention in self.places:
            best = mention.candidates[0]
            if best.kind == _COUNTRY_CONTEXT_KIND or len(mention.candidates) == 1:
                yield best.country

    def choose(self, mention: PlaceMention) -> Place:
        candidates = mention.candidates
        if len(candidates) == 1:
            return candidates[0]
        # a country the article names once (perhaps in a person's name: "Claire Dumont" is a town in the US) is too
        # little to prefer a lesser namesake over the best-known place ("the Port of Rotterdam Authority")
        return max(
            candidates,
            key=lambda p: (self.countries.get(p.country, 0) > (0 if p is candidates[0] else 1), -candidates.index(p)),
        )

    def place_at(self, start: int) -> tuple[PlaceMention, Place] | None:
        """The place named starting at ``start`` (after spaces), and the place it is read as."""
        while start < len(self.text) and self.text[start] == " ":
            start += 1
        for mention in self.places:
            if mention.start == start:
                return mention, self.choose(mention)
        return None

    def place_ending_at(self, end: int) -> tuple[PlaceMention, Place] | None:
        """The place named ending at ``end`` (before spaces), and the place it is read as."""
        while end > 0 and self.text[end - 1] == " ":
            end -= 1
        for mention in self.places:
            if mention.end == end:
                return mention, self.choose(mention)
        return None

    def country_mentions(self, start: int, end: int) -> list[Place]:
        return [m.candidates[0] for m in self.places if start <= m.start < end and m.candidates[0].kind == "country"]

    def in_sentence(self, start: int, end: int) -> list[PartnerMention]:
        """Partner mentions (places other than countries, and organisations) in one sentence, in order."""
        orgs = find_organizations(self.text, start, end)
        places = self._places_within(start, end)
        found: list[PartnerMention] = []
        inside_orgs: set[int] = set()
        for org in orgs:
            if any(p.start == org.start and p.end == org.end for p in places):
                continue  # "thị xã Hội An": a place whose name begins like a body's ("Hội")
            mention = self._organisation(org, places)
            if mention is None:
                continue
            found.append(mention)
            inside_orgs.update(id(p) for p in places if org.start <= p.start and p.end <= org.end)
        previous_end = None
        previous: tuple[PlaceMention, Place] | None = None
        for index, place_mention in enumerate(places):
            after_place, previous_end = previous_end, place_mention.end
            if id(place_mention) in inside_orgs:
                continue
            # every test below only rules the place out: the cheap ones go first
            place = self.choose(place_mention)
            if len(place_mention.candidates) > 1:
                stated = self._stated_kind(place_mention, places[index + 1] if index + 1 < len(places) else None)
                if stated is not None:
                    self._stated[place_mention.surface] = stated
                place = self._kind_told(place_mention) or self._stated.get(place_mention.surface, place)
            # "Tacoma in the U.S. state of Washington": the country between says whose state, the city is still
            # the one qualified
            qualified = previous
            if place.kind != _COUNTRY_CONTEXT_KIND:
                previous = (place_mention, place)
            if (
                qualified is not None
                and qualified[1].admin1 == place.id
                and _QUALIFIER_BETWEEN.fullmatch(self.text, qualified[0].end, place_mention.start)
            ):
                continue  # "Portland, Oregon": the state says which Portland, it takes no part
            if place.kind == _COUNTRY_CONTEXT_KIND or place.needs_context:
                continue
            if _is_dateline(self.text, place_mention):
                continue
            if _looks_like_person(self.text, place_mention, after_place):
                self._person_names.add(place_mention.surface)
                continue
            if place_mention.surface in self._person_names and self._named_person_again(place_mention):
                continue
            if self._common_word(place_mention, start):
                continue
            if (
                place.country != "VN"
                and _VI_DISTRICT_BEFORE.search(self.text, max(0, place_mention.start - 12), place_mention.start)
                and not self._country_named_elsewhere(place, place_mention)
            ):
                # "tại huyện Đơn Dương và huyện Lạc Dương": a district of Vietnam, not Luoyang ("Lạc Dương"), in a
                # story that names nothing else of China; "huyện Hà Khẩu (Vân Nam, Trung Quốc)" is Hekou
                continue
            if _VI_SITE_NAMED_BEFORE.search(self.text, max(0, place_mention.start - 30), place_mention.start):
                continue  # "phố cổ Bao Vinh", "làng Kim Long": a site whose name ends like a city's
            if _THING_OF_A_PLACE_AFTER.match(self.text, place_mention.end):
                continue  # "a pin shaped like the Colorado flag": a thing of the place, the place does nothing
            if (self.language == "en" or (self.language == "vi" and place.country != "VN")) and self._name_goes_on(
                place_mention, strict=self.language != "en"
            ):
                continue
            found.append(self._place_mention(place, place_mention.start, place_mention.end))
        return sorted(found, key=lambda m: m.start)

    def _country_named_elsewhere(self, place: Place, mention: PlaceMention) -> bool:
        """Whether another name of the text is a place of ``place``'s country (the country itself included)."""
        return any(
            other.surface != mention.surface and any(c.country == place.country for c in other.candidates)
            for other in self.places
        )

    def _kind_told(self, mention: PlaceMention) -> Place | None:
        """The candidate of the kind the words around the name tell, here only: "thành phố Lào Cai" is the city,
        "tỉnh Lào Cai" the province (one article may name both), "Fukuoka Governor" the prefecture."""
        before = _KIND_WORD_BEFORE.search(self.text, max(0, mention.start - 12), mention.start)
        after = _KIND_WORD_AFTER.match(self.text, mention.end)
        word = " ".join((before.group(1) if before else after.group(1) if after else "").lower().split())
        if not word:
            return None
        kinds = ("city",) if word in _CITY_WORDS else ("province", "region")
        stated = self._stated.get(mention.surface)  # "Springfield, Illinois ... Springfield Mayor Ann Lee"
        if stated is not None and stated.kind in kinds:
            return stated
        told = next((c for c in mention.candidates if c.kind in kinds), None)
        if word == "bang" and told is not None and any(c.admin1 == told.id for c in mention.candidates):
            return None  # "Thượng viện bang Berlin": a city that is a state of its own stays the city
        return told

    def _stated_kind(self, mention: PlaceMention, following: PlaceMention | None) -> Place | None:
        """The place a name is said to be for the rest of the text: in the state named after it."""
        if following is not None and (place := self._in_the_state_after(mention, following)) is not None:
            return place
        return None

    def _in_the_state_after(self, mention: PlaceMention, following: PlaceMention) -> Place | None:
        """ "Springfield, Illinois": of the places a name may be, the one in the state named right after it."""
        if not _COMMA_BETWEEN.fullmatch(self.text, mention.end, following.start):
            return None
        states = {c.id for c in following.candidates}
        return next((c for c in mention.candidates if c.admin1 in states), None)

    def _listed_with_a_place(self, mention: PlaceMention) -> bool:
        """ "Milan and Osaka", "Đà Nẵng và Daegu": named with another place; "Delgado and Wang signed" is not."""
        joint = _LIST_JOINT.match(self.text, mention.end)
        return joint is not None and any(p.start == joint.end() for p in self.places)

    def _name_goes_on(self, mention: PlaceMention, strict: bool = False) -> bool:
        """A place name that a capitalised word carries on names something else: a company ("Osaka Gas",
        "Tokyo Electron"), a district ("the Minato Mirai 21 waterfront district"), a newspaper; "Osaka Prefecture",
        "Seattle Mayor Bruce Harrell" and "Hanoi People's Committee" are the place's."""
        after = _NEXT_CAPITALISED.match(self.text, mention.end, mention.end + 40)
        if after is None or after.group(1) in _PLACE_WORDS_AFTER:
            return False
        if strict and (not after.group(1).isascii() or _CAPITAL_AFTER.match(self.text[after.end() : after.end() + 30])):
            # in Vietnamese text a foreign place's name goes on as a company's ("Tokyo Electron (trụ sở tại ...)"),
            # while "Thị trưởng Busan Park Heong-joon" names a person after the place
            return False
        if _OF_BEFORE.search(self.text, max(0, mention.start - 8), mention.start) and _CAPITAL_AFTER.match(
            self.text[after.end() : after.end() + 30]
        ):
            return False  # "the Minister for Trade of the Australian state of Victoria Daniel Harcourt": a person
        return not any(p.start == after.start(1) for p in self.places)

    def _named_person_again(self, mention: PlaceMention) -> bool:
        """A name the article gave a person earlier, now speaking or addressed by an honorific, is that person:
        "Okayama said" after "Vice Governor Hiroshi Okayama" ("the mayor of Austin" stays a place), "Ha Giang
        received ..." after "Vice Chairwoman ... Nguyen Thi Ha Giang"."""
        text = self.text
        if not (
            _SPEECH_VERB_AFTER.match(text, mention.end, mention.end + 40)
            or _HONORIFIC_BEFORE.search(text, max(0, mention.start - 8), mention.start)
            # "Arakawa's first overseas trip", "Arakawa and Mayor Keoni Kalama ... signed" after "Sapporo Mayor
            # Kenji Arakawa": a name the text gave a person stays theirs wherever nothing says it is the place
            or not (
                _PLACE_CUE_BEFORE.search(text, max(0, mention.start - 16), mention.start)
                or _PLACE_CUE_AFTER.match(text, mention.end, mention.end + 30)
                or self._listed_with_a_place(mention)
            )
        ):
            return False
        previous_end = None
        for earlier in self.places:
            if (
                earlier.start < mention.start
                and earlier.surface == mention.surface
                and _looks_like_person(text, earlier, previous_end)
            ):
                return True
            previous_end = earlier.end
        return False

    def _person_within_organisation(self, mention: PlaceMention) -> bool:
        if _looks_like_person(self.text, mention):
            self._person_names.add(mention.surface)  # "Deputy Mayor for ... Michael Austin" read as an organisation
            return True
        return False

    def _places_within(self, start: int, end: int) -> list[PlaceMention]:
        if not self._sorted:
            return [m for m in self.places if start <= m.start and m.end <= end]
        first, last = bisect.bisect_left(self._starts, start), bisect.bisect_left(self._starts, end)
        return [m for m in self.places[first:last] if m.end <= end]

    def _common_word(self, mention: PlaceMention, sentence_start: int) -> bool:
        """A short one-word name opening a sentence and followed by a lower-case word is usually a common word
        ("Chia sẻ", "Trang chủ"); a minor place named once only in passing is context, not a party."""
        place = self.choose(mention)
        one_word = " " not in mention.surface and "-" not in mention.surface
        if (
            self.language == "vi"
            and one_word
            and mention.surface != place.name
            and mention.surface == fold_accents(mention.surface)
            and fold_accents(place.name) == mention.surface
        ):
            return True  # "Chia sẻ" is not Chía: Vietnamese text would write a foreign name as spelled
        minor = place.population is not None and place.population < MINOR_POPULATION and place.kind == "city"
        if minor and self.place_counts[place.id] < 2 and not self._governed(mention):
            return True
        # "University House", "Victoria School": a small town's name opening another proper name
        small = place.population is not None and place.population < 500_000 and place.kind == "city"
        return one_word and small and bool(_PROPER_NAME_AFTER.match(self.text[mention.end : mention.end + 30]))

    def _governed(self, mention: PlaceMention) -> bool:
        """Whether a place is named with its own government ("Chính quyền huyện Yeongam", "the City of Ebetsu",
        "Inje County Government"): a party, however small and however seldom named."""
        return bool(
            _GOVERNMENT_OF_BEFORE.search(self.text, max(0, mention.start - 40), mention.start)
            or _GOVERNMENT_AFTER.match(self.text, mention.end)
        )

    def _place_mention(self, place: Place, start: int, end: int, alias: str | None = None) -> PartnerMention:
        return PartnerMention(
            place.id, start, end, self.text[start:end], place.kind, place.name, place.country, place, None, alias
        )

    def _organisation(self, org: OrgMention, places: list[PlaceMention]) -> PartnerMention | None:
        inner = [p for p in places if org.start <= p.start and p.end <= org.end]
        owner = _OWNER_AFTER.match(self.text, inner[0].end) if inner and inner[0].start == org.start else None
        if owner and self.choose(inner[0]).kind == _COUNTRY_CONTEXT_KIND and owner.end() < org.end:
            # "South Korea's Busan Port Authority": the country says whose the body is, it is no part of the name
            named = attrs.evolve(org, start=owner.end(), name=self.text[owner.end() : org.end])
            return self._organisation(named, places)
        inner_places = [self.choose(p) for p in inner if not self._person_within_organisation(p)]
        sub_national = [(p, m) for p, m in zip(inner_places, inner, strict=False) if p.kind != _COUNTRY_CONTEXT_KIND]
        if sub_national:
            place, place_mention = sub_national[0]
            rest = (self.text[org.start : place_mention.start] + " " + self.text[place_mention.end : org.end]).strip()
            for whose, country_mention in zip(inner_places, inner, strict=False):
                if whose.kind == _COUNTRY_CONTEXT_KIND and country_mention.end <= place_mention.start:
                    # "the Party Committee of China's Guangxi Zhuang Autonomous Region": whose region it is
                    rest = re.sub(re.escape(country_mention.surface) + r"['’]s\b", "", rest).strip()
            rest = _LEADING_OF_THE.sub("", rest)
            rest = _PLACE_WORDS.sub("", _PLACE_WORDS.sub("", rest))  # "Council of ... Province": both go
            if is_government_body(rest):
                return self._place_mention(place, org.start, org.end, alias=org.name)
            return _body_of(
                org,
                place,
                org_id(_PLACE_TYPE_WORD.sub("", org.name), place.id),
                _short_forms(org.name, self.text[place_mention.start : place_mention.end]),
            )
        countries = [p for p in inner_places if p.kind == _COUNTRY_CONTEXT_KIND]
        country = countries[0].country if countries else None
        based = _BASED_IN_AFTER.match(self.text, org.end)
        seat = self.place_at(based.end()) if based and not countries else None
        if seat is not None and seat[1].kind != _COUNTRY_CONTEXT_KIND and not _is_national_body(org.name):
            # "JIC, the South Moravian Innovation Centre based in Brno": where the body is, it says whose it is
            return _body_of(org, seat[1], org_id(org.name, seat[1].id), _short_forms(org.name, None))
        region = self._region_of_adjective(org.name)
        if region is not None and not countries:
            # "the Victorian Department of Education" in an article about Australia's Victoria: the state's body
            rest = org.name.split(" ", 1)[1] if " " in org.name else ""
            if is_government_body(rest):
                return self._place_mention(region, org.start, org.end, alias=org.name)
            return _body_of(org, region, org_id(org.name, region.id), _short_forms(org.name, None))
        if _is_national_body(org.name):
            return None
        return PartnerMention(
            org_id(org.name, None),
            org.start,
            org.end,
            org.name,
            _org_kind(org.name),
            org.name,
            country,
            None,
            None,
            org.acronym,
            _short_forms(org.name, None),
        )

    def _region_of_adjective(self, name: str) -> Place | None:
        """The state or province the article names whose adjective opens ``name`` ("Victorian", "Bavarian")."""
        if self._region_adjectives is None:
            self._region_adjectives = {}
            for mention in self.places:
                place = self.choose(mention)
                if place.kind in ("province", "region") and place.name.endswith("a"):
                    self._region_adjectives[place.name + "n"] = place
        first = name.split(" ", 1)[0]
        named = self._region_adjectives.get(first)
        if named is not None or len(first) < 6 or not first.endswith("an"):
            return named
        # "the Victorian Government's Department of Jobs" in an article about Australia that never names Victoria
        # where a bare "Victoria" reads as the state
        return next(
            (
                place
                for place in self.gazetteer.lookup(first[:-1])
                if place.kind in ("province", "region") and self.countries.get(place.country)
            ),
            None,
        )


def _body_of(org: OrgMention, place: Place, key: str, short_forms: tuple[str, ...]) -> PartnerMention:
    """The partner ``org`` is, a body of ``place``."""
    return PartnerMention(
        key,
        org.start,
        org.end,
        org.name,
        _org_kind(org.name),
        org.name,
        place.country,
        None,
        place.id,
        org.acronym,
        short_forms,
    )


# "Sở Công Thương tỉnh Quảng Ninh" and "Sở Công Thương Quảng Ninh" are one body
_PLACE_TYPE_WORD = re.compile(r"(?<!\w)(?:tỉnh|thành\s+phố|tp\.?)\s+(?=[A-ZĐÀ-Ỹ])", re.I)
_LEADING_OF_THE = re.compile(r"^(?:the\s+|of\s+the\s+|of\s+)", re.I)
_PLACE_WORDS = re.compile(r"\s+(?:of|for)(?:\s+the)?\s*$|\s+(?:Province|City|Prefecture|State|province|city)\b")
_OWNER_OR_SPACE = re.compile(r"^['’]s\s+|^\s+")
_BASED_IN_AFTER = re.compile(r",?\s+(?:based|headquartered)\s+in\s+(?:the\s+(?:city|province|state)\s+of\s+)?")
_OWNER_AFTER = re.compile(r"['’]s\s+")
_COMPANY = re.compile(
    r"\b(?:Co\.?|Ltd|Inc|JSC|LLC|Corp|Corporation|Company|Group)\b|Công\s+ty|Tập\s+đoàn|Tổng\s+công\s+ty"
)
_NATIONAL = re.compile(
    r"\b(?:Ministry|Politburo|National\s+Assembly|Central\s+Committee|Embassy|State\s+Council|Communist\s+Party\s+of|"
    r"Government\s+of|Party\s+Central|United\s+Nations|European\s+Union|Bộ\s+Chính\s+trị|Quốc\s+hội|Chính\s+phủ|"
    r"Đại\s+sứ\s+quán|Trung\s+ương)\b|^(?:Bộ|Ban)\s",
    re.I,
)


_LEGAL_SUFFIX = re.compile(r",?\s+(?:Co\.,?\s*Ltd\.?|Ltd\.?|Inc\.?|JSC|LLC|Corp\.?)$")


def _short_forms(name: str, place_surface: str | None) -> tuple[str, ...]:
    """'Saint Petersburg's Committee for Youth Policies' is also 'Committee for Youth Policies'."""
    forms = []
    bare = _LEGAL_SUFFIX.sub("", name)
    if bare != name:
        forms.append(bare)
    if place_surface and name.startswith(place_surface):
        rest = _OWNER_OR_SPACE.sub("", name[len(place_surface) :])
        if rest and rest[:1].isupper() and " " in rest:
            forms.append(rest)
    return tuple(forms)


def _org_kind(name: str) -> str:
    return "company" if _COMPANY.search(name) else "organization"


def _is_national_body(name: str) -> bool:
    return bool(_NATIONAL.search(name))
