"""The offline gazetteer: cities, provinces, regions and countries, and a fast scanner for them.

The data (``data/gazetteer.tsv.gz``) is built by ``scripts/build_gazetteer.py`` from GeoNames,
ISO 3166 and a curated alias table; see ``data/ATTRIBUTION.md``.

Matching runs Aho-Corasick over a normalised copy of the text:

* the text is put in Unicode NFC first; when that changes its length, a table maps every
  character of the NFC copy back to the original, so offsets always index the text given;
* then only equal-length, case-preserving substitutions are applied (``normalize``): curly
  apostrophes to ``'``, dashes to ``-``, tabs and odd spaces (not line breaks) to a space, and
  Vietnamese tone marks moved to one placement (``Hoà`` and ``Hòa`` both read ``Hòa``), so
  offsets carry over unchanged.

The automaton reports every (overlapping) occurrence; those not on word boundaries are dropped
before the leftmost-longest choice, so "Hopeful Paris" cannot hide "Paris" behind a partial match.
Matching is case-sensitive (``hope`` never matches ``Hope``), whole-word (the characters around a
match must not be letters, digits or combining marks), leftmost-longest and non-overlapping.
Names that are also everyday words (Vietnamese ``Anh``, ``Nga``, ``Đức``, ``Mỹ``; English ``Chad``,
``Jordan``) need context: see ``_has_context``.
"""

from __future__ import annotations

import functools
import gzip
import re
import unicodedata
from importlib import resources

import attrs
from ahocorasick_rs import AhoCorasick, Implementation, MatchKind

KINDS = ("city", "province", "region", "country")

_SUBSTITUTES = {
    **dict.fromkeys("\u2019\u2018\u02bc\u00b4\u2032`", "'"),
    **dict.fromkeys("\u2010\u2011\u2012\u2013\u2014\u2015\u2212\ufe63\uff0d", "-"),
    # Line breaks stay: a name never runs across lines.
    **dict.fromkeys("\t\u00a0\u2007\u2008\u2009\u200a\u202f\u205f\u3000", " "),
}
# A regular expression, not str.translate: these characters are rare, and translate copies
# non-ASCII text character by character.
_SUBSTITUTE_PATTERN = re.compile("[" + re.escape("".join(_SUBSTITUTES)) + "]")
# Old-style and new-style Vietnamese tone placement ("Hoà"/"Hòa", "Thuỵ"/"Thụy") read the same.
_TONE_SHIFT = {}
for _first, _second, _marked in (("o", "a", "àáảãạ"), ("o", "e", "èéẻẽẹ"), ("u", "y", "ỳýỷỹỵ")):
    for _index, _mark in enumerate(_marked):
        _combining = unicodedata.normalize("NFD", _mark)[1]
        for _case in (_first, _first.upper()):
            _TONE_SHIFT[_case + _mark] = unicodedata.normalize("NFC", _case + _combining) + _second
_TONE_PATTERN = re.compile("|".join(sorted(_TONE_SHIFT)))


@attrs.frozen
class Place:
    """A place in the gazetteer."""

    id: str
    name: str
    kind: str
    country: str | None
    lat: float | None
    lon: float | None
    population: int | None
    admin1: str | None
    # the name found reads as this place only in context ("Nga", "Victoria") and the text gave none
    needs_context: bool = False


@attrs.frozen
class PlaceMention:
    """A gazetteer name found in a text; ``text[start:end] == surface``."""

    start: int
    end: int
    surface: str
    candidates: tuple[Place, ...]


def normalize(text: str) -> str:
    """The matching form of ``text``: same length, same case, see the module docstring."""
    text = _SUBSTITUTE_PATTERN.sub(lambda m: _SUBSTITUTES[m.group()], text)
    return _TONE_PATTERN.sub(lambda m: _TONE_SHIFT[m.group()], text)


def _nfc_with_offsets(text: str) -> tuple[str, list[int] | None]:
    """NFC of ``text`` and, if its length changed, the original offset of each NFC character."""
    if unicodedata.is_normalized("NFC", text):
        return text, None
    pieces: list[str] = []
    origin: list[int] = []
    start = 0
    # Normalise cluster by cluster (a base and its combining marks) so each output character
    # maps to the cluster it came from.
    for index in range(1, len(text) + 1):
        if index < len(text) and unicodedata.combining(text[index]):
            continue
        cluster = unicodedata.normalize("NFC", text[start:index])
        pieces.append(cluster)
        origin.extend([start] * len(cluster))
        start = index
    origin.append(len(text))
    return "".join(pieces), origin


def _is_word_char(char: str) -> bool:
    return char.isalnum() or char == "_" or unicodedata.combining(char) != 0


def _cues(text: str) -> tuple[str, ...]:
    return tuple(cue.strip().casefold() for cue in text.split("|"))


_STRONG_CUES = _cues(
    "nước|Liên bang|Vương quốc|Cộng hòa|Tổng thống|Thủ tướng|Chính phủ|Đại sứ quán|Đại sứ|Lãnh sự quán|"
    "Tổng Lãnh sự quán|Tổng Lãnh sự|Lãnh sự|Quốc hội|Bộ Ngoại giao|Ngoại trưởng|Nhà nước|Hoàng gia|phía|người|"
    "Kingdom of|Republic of|King of|Embassy of|state of|province of|prefecture of|city of|town of|bang|tiểu bang"
)
# What after a name says it is a place: a US state as news agencies abbreviate it ("Eugene, Ore.") or the
# word "City" ("Eugene City Hall", "Obama City").
_STRONG_AFTER = re.compile(
    r"(?:,\s*(?:Ala|Ariz|Ark|Calif|Colo|Conn|Del|Fla|Ga|Ill|Ind|Kan|Ky|La|Md|Mass|Mich|Minn|Miss|Mo|Mont|Neb|Nev|"
    r"N\.H|N\.J|N\.M|N\.Y|N\.C|N\.D|Okla|Ore|Pa|R\.I|S\.C|S\.D|Tenn|Vt|Va|Wash|W\.Va|Wis|Wyo)\.|\s+City\b)"
)
# After a city the article has already shown to be one, the words that may follow its name again without
# making it part of a person's name ("Obama Deputy Mayor Ueno Shigeru"; not "Councilor Eugene Alvarez").
_OFFICE_AFTER = re.compile(r"\s+(?:City|Mayor|Deputy|Vice|Municipal|Prefectural|Council|Government|Assembly)\b")
_WEAK_CUES = _cues(
    "tại|ở|sang|tới|đến|thăm|từ|với|và|của|giữa|nhà đầu tư|doanh nghiệp|in|to|from|of|with|and|visit|visited|between"
)
_SEPARATORS = {"-", ",", "/", "và", "and", "với", "&"}


def _ends_with_cue(before: str, cues: tuple[str, ...]) -> bool:
    before = before.rstrip().casefold()
    for cue in cues:
        if before.endswith(cue) and (len(before) == len(cue) or not _is_word_char(before[-len(cue) - 1])):
            return True
    return False


def _next_word_capitalised(text: str, end: int) -> bool:
    rest = text[end : end + 3].lstrip(" ")
    return bool(rest) and rest[0].isupper()


def _previous_word_capitalised(text: str, start: int) -> bool:
    before = text[max(0, start - 20) : start]
    if not before.endswith(" "):
        return False
    words = before.split()
    return bool(words) and words[-1][:1].isupper() and words[-1][-1].isalpha()


def _has_context(text: str, start: int, end: int) -> bool:
    """Whether a context-needing name at ``text[start:end]`` reads as the place.

    Yes after a strong cue (``nước Nga``, ``Liên bang Nga``, ``Tổng thống Nga``); after a weak cue
    (``tại Anh``, ``in Jordan``) only if the next word is not capitalised (``với Anh Tuấn`` is a
    person). Lists are handled by the caller.
    """
    before = text[max(0, start - 40) : start]
    if _ends_with_cue(before, _STRONG_CUES) or _STRONG_AFTER.match(text, end):
        return True
    return _ends_with_cue(before, _WEAK_CUES) and not _next_word_capitalised(text, end)


def _named_again(text: str, start: int, end: int) -> bool:
    """Whether a name the article has shown to be a city reads as that city here, not as part of a person's
    name ("Councilor Eugene Alvarez", "Barack Obama")."""
    if _previous_word_capitalised(text, start):
        return False
    return not _next_word_capitalised(text, end) or _OFFICE_AFTER.match(text, end) is not None


def _holds(holder: Place, place: Place) -> bool:
    """Whether ``holder`` (a country or a first-level division) contains ``place``."""
    if holder.kind == "country":
        return holder.country == place.country
    return place.admin1 is not None and holder.id == place.admin1


class Gazetteer:
    """Places and their names, with a whole-word, leftmost-longest scanner.

    Rows are parsed into ``Place`` objects only when first asked for, which keeps ``load`` fast.
    """

    def __init__(self, place_rows: list[str], name_refs: dict[str, str]) -> None:
        self._rows = place_rows
        self._row_of = {row[: row.index("\t")]: number for number, row in enumerate(place_rows)}
        self._parsed: list[Place | None] = [None] * len(place_rows)
        self._refs = name_refs
        self._candidates: dict[str, tuple[Place, ...]] = {}
        self._patterns = list(name_refs)
        # The non-contiguous NFA builds fastest (~0.15 s for 75k names) and still scans at tens of MB/s.
        self._automaton = AhoCorasick(
            self._patterns,
            matchkind=MatchKind.Standard,
            implementation=Implementation.NoncontiguousNFA,
            store_patterns=False,
        )
        self._aliases: dict[str, list[str]] | None = None

    @classmethod
    @functools.cache
    def load(cls) -> Gazetteer:
        """The shipped gazetteer (read once, then cached)."""
        data = resources.files("citylinks").joinpath("data").joinpath("gazetteer.tsv.gz").read_bytes()
        return cls.from_tsv(gzip.decompress(data).decode("utf-8"))

    @classmethod
    def from_tsv(cls, text: str) -> Gazetteer:
        """Read the format ``scripts/build_gazetteer.py`` writes (places, an empty line, names)."""
        place_part, _, name_part = text.partition("\n\n")
        refs = dict(line.split("\t") for line in name_part.splitlines())
        return cls(place_part.split("\n"), refs)

    def _place(self, row: int) -> Place:
        place = self._parsed[row]
        if place is None:
            place_id, name, kind, country, lat, lon, population, admin1 = self._rows[row].split("\t")
            place = Place(
                place_id,
                name,
                kind,
                country or None,
                float(lat) if lat else None,
                float(lon) if lon else None,
                int(population) if population else None,
                admin1 or None,
            )
            self._parsed[row] = place
        return place

    def _places_for(self, name: str) -> tuple[Place, ...]:
        found = self._candidates.get(name)
        if found is None:
            found = tuple(
                attrs.evolve(self._place(int(ref[1:])), needs_context=True) if ref[0] == "~" else self._place(int(ref))
                for ref in self._refs[name].split(",")
            )
            self._candidates[name] = found
        return found

    def get(self, place_id: str) -> Place:
        """The place with this id; ``KeyError`` if there is none."""
        return self._place(self._row_of[place_id])

    def lookup(self, name: str) -> tuple[Place, ...]:
        """Every place called exactly ``name`` (normalised as ``find`` does), most likely first."""
        key = normalize(unicodedata.normalize("NFC", name)).strip()
        return self._places_for(key) if key in self._refs else ()

    def names_of(self, place_id: str) -> tuple[str, ...]:
        """Every indexed name of a place (in matching form)."""
        if self._aliases is None:
            aliases: dict[str, list[str]] = {}
            for name, refs in self._refs.items():
                for ref in refs.split(","):
                    aliases.setdefault(self._rows[int(ref.lstrip("~"))].split("\t", 1)[0], []).append(name)
            self._aliases = aliases
        return tuple(self._aliases.get(place_id, ()))

    def places(self) -> list[Place]:
        """Every place, in id order."""
        return [self._place(row) for row in range(len(self._rows))]

    def __len__(self) -> int:
        return len(self._rows)

    def find(self, text: str, confirmed: set[str] | None = None) -> list[PlaceMention]:
        """Whole-word, leftmost-longest, non-overlapping place names in ``text``, in order.

        ``confirmed``, kept by the caller across the pieces of one article, holds the context-needing city
        names the article has shown to be places; a later bare mention of one is the place too.
        """
        nfc, origin = _nfc_with_offsets(text)
        haystack = normalize(nfc)
        spans = []
        size = len(haystack)
        for pattern, start, end in self._automaton.find_matches_as_indexes(haystack, overlapping=True):
            # Only a name edge that is itself a word character needs a non-word neighbour ("U.S." may touch).
            if start > 0 and _is_word_char(haystack[start - 1]) and _is_word_char(haystack[start]):
                continue
            if end < size and _is_word_char(haystack[end]) and _is_word_char(haystack[end - 1]):
                continue
            if end < size and haystack[end] == "$":
                continue  # "US$5 million" is money, not the country
            spans.append((start, -end, pattern))
        spans.sort()
        chosen = []
        reached = 0
        for start, negative_end, pattern in spans:
            if start >= reached:
                chosen.append((start, -negative_end, pattern))
                reached = -negative_end
        mentions = self._apply_context(haystack, chosen, confirmed)
        result = []
        for found_start, found_end, candidates in mentions:
            start, end = (origin[found_start], origin[found_end]) if origin is not None else (found_start, found_end)
            result.append(PlaceMention(start, end, text[start:end], candidates))
        return result

    @staticmethod
    def _confirm(haystack: str, found: list, needing: list[int], confirmed: set[str]) -> None:
        """Note the city names among ``needing`` that the context decided, and decide their other mentions by that."""
        for index in needing:
            start, end, accepted, candidates = found[index]
            if accepted is not None and all(c.kind == "city" for c in candidates):
                confirmed.add(haystack[start:end])
        for index in needing:
            start, end, accepted, candidates = found[index]
            if accepted is None and haystack[start:end] in confirmed and _named_again(haystack, start, end):
                found[index] = (start, end, candidates, candidates)

    def _apply_context(self, haystack: str, chosen: list[tuple[int, int, int]], confirmed: set[str] | None = None):
        """Drop context-needing candidates that lack context; see ``_has_context``."""
        found: list[tuple[int, int, tuple[Place, ...] | None, tuple[Place, ...]]] = []
        needing = []
        for start, end, pattern in chosen:
            name = self._patterns[pattern]
            candidates = self._places_for(name)
            if "~" in self._refs[name]:
                needing.append(len(found))
            if (
                "~" not in self._refs[name]
                or _has_context(haystack, start, end)
                or (confirmed is not None and name in confirmed and _named_again(haystack, start, end))
            ):
                found.append((start, end, candidates, candidates))
            else:
                found.append((start, end, None, candidates))  # undecided: maybe part of a list
        undecided = [index for index, entry in enumerate(found) if entry[2] is None]
        # A list of places ("Việt Nam - Nga", "Pháp, Đức và Anh") lends context to its members.
        for _ in range(2 if undecided else 0):
            for index in undecided:
                start, end, accepted, candidates = found[index]
                if accepted is not None:
                    continue
                neighbours = []
                if index > 0:
                    neighbours.append((found[index - 1], haystack[found[index - 1][1] : start]))
                if index + 1 < len(found):
                    neighbours.append((found[index + 1], haystack[end : found[index + 1][0]]))
                for (_n_start, _n_end, n_accepted, _), gap in neighbours:
                    if (
                        n_accepted
                        and gap.strip() in _SEPARATORS
                        and not _next_word_capitalised(haystack, end)
                        and not _previous_word_capitalised(haystack, start)
                    ):
                        found[index] = (start, end, candidates, candidates)
                        break
        # "Lincoln, Nebraska", "Japan's Obama": a place that holds one of the name's places
        for index in undecided:
            start, end, accepted, candidates = found[index]
            if accepted is not None:
                continue
            holders = []
            if index + 1 < len(found) and haystack[end : found[index + 1][0]].strip() in (",", "in"):
                holders.append(found[index + 1][2])
            if index > 0 and haystack[found[index - 1][1] : start] == "'s ":
                holders.append(found[index - 1][2])
            inside = tuple(c for c in candidates if any(holder and _holds(holder[0], c) for holder in holders))
            if inside:
                found[index] = (start, end, inside, candidates)
        if confirmed is not None and needing:
            self._confirm(haystack, found, needing, confirmed)
        result = []
        for start, end, decided, candidates in found:
            if decided is not None:  # the context decided: the name reads as the place
                accepted = tuple(attrs.evolve(c, needs_context=False) if c.needs_context else c for c in decided)
            else:
                accepted = tuple(c for c in candidates if not c.needs_context)
            if accepted:
                result.append((start, end, accepted))
        return result
