"""Sentence spans in English and Vietnamese news text, with character offsets.

Splits after ``.``, ``!``, ``?`` (and the agencies' ``./.``) when the next word
starts a sentence, never after abbreviations (``St.``, ``Dr.``, ``Co.``,
``TP.``) or inside initials (``D.C.``).
"""

from __future__ import annotations

import re
from collections.abc import Iterable

_BOUNDARY = re.compile(r"(?<=[.!?…])[\"”’)]?\s+(?=[\"“‘(\[]?[A-ZÀ-ỸĐ0-9])")
_END_MARK = re.compile(r"[.!?…]")  # a boundary starts right after one of these
_ABBREVIATIONS = {
    "st",
    "dr",
    "mr",
    "mrs",
    "ms",
    "prof",
    "co",
    "ltd",
    "inc",
    "corp",
    "jr",
    "sr",
    "no",
    "vs",
    "gen",
    "lt",
    "col",
    "gov",
    "sen",
    "rep",
    "hon",
    "tp",
    "ths",
    "ts",
    "gs",
    "pgs",
    "ông",
    "bà",
    "u.s",
    "d.c",
    "e.g",
    "i.e",
    "mt",
    "ft",
    "jan",
    "feb",
    "mar",
    "apr",
    "jun",
    "jul",
    "aug",
    "sep",
    "sept",
    "oct",
    "nov",
    "dec",
    "approx",
    "dept",
    "assoc",
}
MAX_SENTENCE_CHARS = 1200
_WORD_BEFORE_DOT = re.compile(r"([\w.]+)\.\s*$")
_INITIALS = re.compile(r"(\w\.)+\w")


def _ends_with_abbreviation(text: str, end: int) -> bool:
    match = _WORD_BEFORE_DOT.search(text[max(0, end - 12) : end])
    if not match:
        return False
    word = match.group(1).lower()
    return word in _ABBREVIATIONS or (len(word) == 1 and word.isalpha()) or bool(_INITIALS.fullmatch(word))


def _boundaries(text: str, start: int, end: int) -> list[re.Match[str]]:
    """``_BOUNDARY.finditer(text, start, end)``, trying only the places right after a full stop, ! ? or …"""
    found = []
    position = start
    for mark in _END_MARK.finditer(text, max(0, start - 1), end):
        candidate = mark.end()
        if candidate < position:
            continue
        match = _BOUNDARY.match(text, candidate, end)
        if match is not None:
            found.append(match)
            position = match.end()
    return found


def sentence_spans(text: str, spans: Iterable[tuple[int, int]]) -> list[tuple[int, int]]:
    """Split each body span into sentence spans (start, end), whitespace trimmed."""
    result = []
    for span_start, span_end in spans:
        cursor = span_start
        for match in _boundaries(text, span_start, span_end):
            cut = match.start()
            if _ends_with_abbreviation(text, cut):
                continue
            result.extend(_trimmed(text, cursor, match.end()))
            cursor = match.end()
        result.extend(_trimmed(text, cursor, span_end))
    return result


def _trimmed(text: str, start: int, end: int) -> list[tuple[int, int]]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end - start < 3:
        return []
    pieces = []
    while end - start > MAX_SENTENCE_CHARS:  # run-on text: cut at the last comma or space before the limit
        cut = text.rfind(",", start, start + MAX_SENTENCE_CHARS)
        if cut <= start:
            cut = text.rfind(" ", start, start + MAX_SENTENCE_CHARS)
        if cut <= start:
            cut = start + MAX_SENTENCE_CHARS
        pieces.append((start, cut))
        start = cut + 1
    pieces.append((start, end))
    return pieces
