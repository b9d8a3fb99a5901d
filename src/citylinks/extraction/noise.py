"""Finding the article body inside a scraped page.

Scraped pages keep menus, duplicated teaser headlines with their blurbs,
"related news" blocks, advertisements and footers. ``body_spans`` returns the
character spans of the text that belong to the article itself; everything else
never produces partners, events or agreements. Photo captions stay: agencies
often report a signing only in the caption.
"""

from __future__ import annotations

import re

# "RELATED  Gyeonggi, Kanagawa renew friendship pact after 33 years Gyeonggi, Kanagawa renew ...": a label before a
# teaser's headline on its line
_TEASER_LABEL = re.compile(r"^(?:related|read more|see also|xem thêm|đọc thêm|tin liên quan)\s*:?\s+", re.I)
# A line that opens a block of other stories or page furniture: everything after it is noise.
_BLOCK_MARKERS = re.compile(
    r"^\s*(#+\s*)?("
    r"tin bài liên quan|các tin bài khác|tin liên quan|bài liên quan|tin cùng chuyên mục|đọc nhiều|đọc thêm|xem thêm|"
    r"tin mới|tin mới nhất|tin mới cập nhật|tin khác|các tin khác|tin bài khác|bài viết khác|tin tức khác|tin nổi bật|"
    r"xem nhiều|bài viết liên quan|tin đã đưa|"
    r"có thể bạn quan tâm|"
    r"related|related news|related articles|related stories|related posts|read more|more news|other news|most read|"
    r"most popular|most viewed|you may also like|see also|recommended|more stories|"
    r"using scoop for work\??|back to the list|"
    r"latest news|top stories|trending(?: now)?|editor['’]?s picks|"
    r"phiên bản di động|ends|-?\s*hết\s*-?|more\s+(?:in|from)\s+[\w ]{1,30}"
    r")\s*:?\s*$",
    re.IGNORECASE,
)
# Single lines of page furniture.
_FURNITURE_LINE = re.compile(
    r"^\s*("
    r"advertisement.*|quảng cáo|\[?©.*|copyright.*|all rights reserved.*|share( this)?( on)?\b.*|tweet|print|email|"
    r"trang chủ\b.*|home\s*[>»|/].*|chú thích ảnh|xin chờ trong giây lát.*|"
    r"!\[[^\]]*\]\([^)]*\)|"  # markdown image
    r"[\w.#:>, -]+\{[^}]*\}.*|@media.*|"  # CSS that leaked into the text
    r"(source|nguồn|theo)\s*:?\s*[^.]{0,60}|"  # credit lines
    r"find more from .*|join pro .*|\[join .*|=+|-+|•\s*|"
    # ">> Xem thêm: Hà Tĩnh và Bolikhamxay ký kết thỏa thuận hợp tác năm 2024": a link to one other story
    r"(?:>>|»|→)?\s*(?:xem thêm|đọc thêm|read more|read also|see also|tin liên quan)\s*:\s*\S.*|"
    r"(tags?|từ khóa|từ khoá|keywords?)\s*:.*|comments?\s*\(\d+\).*|bình luận\s*\(\d+\).*"
    r")\s*$",
    re.IGNORECASE,
)
_TIMESTAMP_LINE = re.compile(
    r"^\s*\d{1,2}:\d{2}\s*\|.*$|^\s*(publish(ed)? date|posted|updated|cập nhật)\b.{0,40}$", re.I
)
# "By ZHAO RUIXUE in Jinan and LI JING in Munich | China Daily | Updated: 2023-07-14 09:12": a byline, whose places
# are where the reporters were
_NAME = r"[A-ZÀ-Ỹ][\w.'’-]*(?:[ \t]+[A-ZÀ-Ỹ][\w.'’-]*){0,3}"
_BYLINE = re.compile(
    rf"^\s*By[ \t]+{_NAME}(?:[ \t]+in[ \t]+{_NAME})?(?:[ \t]*(?:,|and|&)[ \t]+{_NAME}(?:[ \t]+in[ \t]+{_NAME})?)*"
    r"[ \t]*(?:\|.*)?$"
)
_DATE_LINE = re.compile(r"^\s*date\s+\S+\s+")
# "• Ba Ria-Vung Tau seeks Japanese investment in port logistics": a headline in a list of links
_BULLET = re.compile(r"^[•·▪►»*-]\s+\S")
# A paragraph this long is the article's prose, not a headline, caption or teaser.
_PARAGRAPH_LENGTH = 200
# After a box of headlines, two paragraphs in a row at least this long are the article going on.
_RESUMING_PARAGRAPH_LENGTH = 120
_INLINE_TEASER = re.compile(r"\[[^\[\]\n]{12,200}\](?!\()")


def _duplicated_headline(line: str) -> bool:
    """A teaser prints its headline twice on one line: ``Headline Headline`` (perhaps after "RELATED")."""
    stripped = _TEASER_LABEL.sub("", line.strip())
    length = len(stripped)
    if length < 16 or length % 2 == 0:
        return False
    half = length // 2
    return stripped[:half] == stripped[half + 1 :] and stripped[half] == " "


def _after_headlines_only(text: str, lines: list[tuple[int, int]], first: int) -> int | None:
    """The index of the paragraph that follows a box of related headlines (each printed twice, on one line or on
    two, or each a bulleted line, a printed-twice headline perhaps with its one-paragraph blurb), when the lines
    from ``first`` on are such a box and two paragraphs of prose follow it; else None. (In a block of teasers
    after the article, a blurb is followed by the next teaser's headline, never by two paragraphs of prose.)"""
    headlines: list[str] = []
    paragraphs: list[int] = []
    blurb_may_follow = False
    with_blurbs = True
    found = [(index, text[lines[index][0] : lines[index][1]].strip()) for index in range(first, len(lines))]
    found = [(index, stripped) for index, stripped in found if stripped]
    for position, (index, stripped) in enumerate(found):
        following = found[position + 1][1] if position + 1 < len(found) else None
        if paragraphs:
            if _CAPTION.match(stripped):
                continue  # "Ảnh: Lãnh đạo tỉnh ... ký kết biên bản ghi nhớ." between two paragraphs
            short = len(stripped) < _RESUMING_PARAGRAPH_LENGTH
            # "Governor Matsuda also invited HCMC's leaders to attend the Kagoshima trade fair next year.": a short
            # paragraph is prose too when it is a sentence
            if (short and not _SENTENCE.fullmatch(stripped)) or _duplicated_headline(stripped):
                return None
            paragraphs.append(index)
            return paragraphs[0]
        if headlines and _CAPTION.match(stripped):
            continue  # "Tin liên quan / ... / Chú thích ảnh: Chủ tịch UBND tỉnh ... tặng quà ...": the article's photo
        printed_twice = _duplicated_headline(stripped) or stripped in headlines or following == stripped
        if blurb_may_follow and not printed_twice and not _BULLET.match(stripped):
            blurb_may_follow = False  # the teaser's blurb
            continue
        if (
            headlines
            and _LIST_INTRO.fullmatch(stripped)
            and not printed_twice
            and all(_teaser(h, headlines) for h in headlines)
        ):
            # "» HCM City, Busan discuss logistics links / Six MoUs were exchanged at the event: / - between ...": a
            # sentence that opens a list is the article going on, no headline ends with a colon
            return index
        if len(stripped) < _RESUMING_PARAGRAPH_LENGTH or printed_twice or _BULLET.match(stripped):
            if blurb_may_follow:
                with_blurbs = False  # a headline right after a headline: this box has no blurbs
            headlines.append(stripped)
            blurb_may_follow = with_blurbs and printed_twice and following != stripped
            continue
        # "See also: / Da Nang, Daegu mark ... (twice) / its blurb / Boston mayor to lead ...": a box that opens with
        # a teaser may go on with headlines printed once
        if not headlines or not (
            _teaser(headlines[0], headlines)
            or all(_teaser(h, headlines) for h in headlines)
            # "Tin liên quan / Hà Tĩnh và Khăm Muộn ký kết ... / Nghệ An tiếp đoàn ... / Quảng Trị - Savannakhet: ..."
            # and the article going on: a few headlines printed once, none of them a sentence of prose
            or (len(headlines) <= _SHORT_BOX and all(_HEADLINE_ONLY.fullmatch(h) for h in headlines))
        ):
            return None
        paragraphs.append(index)
    return None


_SHORT_BOX = 6
_LIST_INTRO = re.compile(r"[A-ZÀ-Ỹ0-9][^:\n]*(?:\s+\S+){3,}:")
# A sentence of prose: several words, ending as sentences end
_SENTENCE = re.compile(r"\S+(?:\s+\S+){5,}[.!?][\"”’)]?")
# A headline: short, no sentence end inside or after it
_HEADLINE_ONLY = re.compile(r"[^.!?]{12,110}")


def _teaser(headline: str, headlines: list[str]) -> bool:
    return bool(
        _duplicated_headline(headline)
        or headlines.count(headline) == 2
        or _BULLET.match(headline)
        or _DATED_HEADLINE.search(headline)
    )


# "Boulder delegation heads to Yamagata for sister-city anniversary — Sept. 28, 2024", "... Hangzhou (22/11/2024)":
# a link to another story, with its date
_DATED_HEADLINE = re.compile(
    r"(?:\s[—–-]\s*(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2},\s+\d{4}|\d{1,2}/\d{1,2}/\d{4})|\(\d{1,2}/\d{1,2}/\d{4}\))\s*$"
)


_CAPTION = re.compile(r"^(?:\[?(?:Ảnh|Photo|Image|Chú\s+thích\s+ảnh|Caption)\]?\s*:|\[Photo\])", re.I)


def _line_spans(text: str) -> list[tuple[int, int]]:
    spans, start = [], 0
    for line in text.split("\n"):
        spans.append((start, start + len(line)))
        start += len(line) + 1
    return spans


def body_spans(text: str) -> list[tuple[int, int]]:
    """Character spans (start, end) of the article's own text, in order."""
    lines = _line_spans(text)
    keep: list[tuple[int, int]] = []
    skip_blurb = False
    previous = ""
    seen: set[str] = set()
    prose_seen = False
    # a block of other stories above the article ("Related news" between the headline and the lead): its teasers
    # are skipped until the article's first paragraph
    leading_block = False
    skip_until = 0
    for index, (line_start, end) in enumerate(lines):
        start = line_start
        line = text[start:end]
        stripped = line.strip()
        if not stripped:
            continue
        if index < skip_until:
            continue
        if leading_block:
            if len(stripped) < _PARAGRAPH_LENGTH or _duplicated_headline(line):
                continue
            leading_block = False
        if _BLOCK_MARKERS.match(line):
            resume = _after_headlines_only(text, lines, index + 1)
            if resume is not None:
                skip_until = resume  # a box of related headlines inside the article: the article goes on
                continue
            if prose_seen:
                break
            leading_block = True
            continue
        if _duplicated_headline(line):
            # the page's own headline printed twice is followed by the lead, a teaser's by its blurb
            skip_blurb = stripped[: len(stripped) // 2] not in seen
            previous = stripped
            continue
        seen.add(stripped)
        if stripped == previous:
            continue  # a headline printed twice on consecutive lines
        previous = stripped
        if skip_blurb:
            skip_blurb = False
            continue
        if _FURNITURE_LINE.match(line) or _TIMESTAMP_LINE.match(line) or _BYLINE.match(line):
            continue
        if index == 0:
            date_line = _DATE_LINE.match(line)
            if date_line:
                start += date_line.end()
            elif line.lower().lstrip().startswith(("trang chủ", "home ")):
                continue
        prose_seen = prose_seen or len(stripped) >= _PARAGRAPH_LENGTH
        keep.extend(_without_inline_teasers(text, start, end))
    return keep


def _without_inline_teasers(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """A related-article link in square brackets inside a paragraph is cut out of it."""
    spans, cursor = [], start
    for match in _INLINE_TEASER.finditer(text, start, end):
        if match.start() > cursor:
            spans.append((cursor, match.start()))
        cursor = match.end()
    if cursor < end:
        spans.append((cursor, end))
    return spans
