"""The cooperation fields an event or agreement is about, from English and Vietnamese wording.

A small, documented taxonomy (docs/data-model.md lists it): each topic is a
name and the words that signal it. Matching is case-insensitive on whole words.
"""

from __future__ import annotations

import re

from citylinks.extraction.screens import PatternScreen

TOPICS: dict[str, tuple[str, ...]] = {
    "trade_investment": (
        "trade",
        "investment",
        "investors",
        "business",
        "businesses",
        "economic",
        "economy",
        "export",
        "import",
        "thương mại",
        "đầu tư",
        "kinh tế",
        "doanh nghiệp",
        "xuất khẩu",
        "nhập khẩu",
    ),
    "tourism": ("tourism", "tourist", "tourists", "du lịch"),
    "culture": (
        "culture",
        "cultural",
        "arts",
        "heritage",
        "festival",
        "văn hóa",
        "văn hoá",
        "nghệ thuật",
        "di sản",
        "lễ hội",
    ),
    "education_training": (
        "education",
        "training",
        "university",
        "universities",
        "students",
        "school",
        "giáo dục",
        "đào tạo",
        "sinh viên",
        "trường đại học",
    ),
    "health": (
        "health",
        "healthcare",
        "medical",
        "hospital",
        "pharmaceutical",
        "cancer",
        "y tế",
        "chăm sóc sức khỏe",
        "bệnh viện",
        "dược phẩm",
    ),
    "science_technology": (
        "technology",
        "technological",
        "science",
        "scientific",
        "innovation",
        "digital",
        "high-tech",
        "semiconductor",
        "khoa học",
        "công nghệ",
        "đổi mới sáng tạo",
        "chuyển đổi số",
        "bán dẫn",
    ),
    "transport_urban_rail": (
        "transport",
        "urban railway",
        "metro",
        "railway",
        "logistics",
        "flights",
        "airport",
        "port",
        "giao thông",
        "đường sắt đô thị",
        "đường bay",
        "cảng",
        "logistics",
    ),
    "environment_climate": (
        "environment",
        "environmental",
        "climate",
        "green",
        "renewable",
        "water loss",
        "môi trường",
        "biến đổi khí hậu",
        "năng lượng tái tạo",
        "năng lượng gió",
        "xanh",
    ),
    "finance": ("finance", "financial", "banking", "bank", "tài chính", "ngân hàng"),
    "youth": ("youth", "young people", "thanh niên", "thế hệ trẻ", "giới trẻ"),
    "people_to_people": (
        "people-to-people",
        "people to people",
        "exchanges",
        "friendship",
        "giao lưu nhân dân",
        "hữu nghị",
        "giao lưu",
    ),
    "agriculture": ("agriculture", "agricultural", "farming", "fisheries", "nông nghiệp", "thủy sản", "thuỷ sản"),
    "urban_development": (
        "urban development",
        "smart city",
        "smart cities",
        "urban planning",
        "infrastructure",
        "quy hoạch",
        "đô thị thông minh",
        "hạ tầng",
        "phát triển đô thị",
    ),
    "sports": ("sports", "sport", "thể thao"),
    "governance": (
        "administration",
        "administrative reform",
        "digital government",
        "e-government",
        "cải cách hành chính",
        "chính phủ điện tử",
        "quản lý",
    ),
}

_PATTERNS = {
    topic: re.compile(
        r"(?<!\w)(?:" + "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True)) + r")(?!\w)", re.I
    )
    for topic, words in TOPICS.items()
}


_TOPIC_PATTERNS = list(_PATTERNS.items())
_SCREEN = PatternScreen([pattern for _, pattern in _TOPIC_PATTERNS])


def find_topics(text: str) -> set[str]:
    """The topics whose wording appears in ``text``."""
    return topics_in(text, 0, len(text))


def topics_in(text: str, start: int, end: int) -> set[str]:
    """The topics whose wording appears in ``text[start:end]`` (read as a text of its own)."""
    return {
        _TOPIC_PATTERNS[index][0]
        for index in _SCREEN.candidates(text, start, end)
        if _SCREEN.search_piece(index, text, start, end)
    }
