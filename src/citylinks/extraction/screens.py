"""Keyword screens: which of a list of regular expressions cannot match a stretch of text.

Running dozens of case-insensitive patterns over every sentence was most of the
extraction time, yet most sentences contain none of the words those patterns
need. ``requirement`` reads a pattern's syntax tree and finds the words a match
must contain: "any of these, and any of those" for each way the pattern can
match, and how far into a match each word can be. Every screen's words go into
one Aho-Corasick automaton that runs once over a document's lower-cased text; a
sentence's words are then a lookup, ``PatternScreen.possible`` says which
patterns can match in it, and ``PatternScreen.finditer`` searches only from a
little before those words. A screen only ever rules out what cannot match, so
the matches are exactly those of running every pattern over the whole text.
"""

from __future__ import annotations

import bisect
import functools
import operator
import re
import sys
from collections.abc import Iterable, Sequence

from ahocorasick_rs import AhoCorasick, Implementation, MatchKind

if sys.version_info >= (3, 11):
    from re import _parser as _sre_parse
else:  # pragma: no cover - Python 3.10
    import sre_parse as _sre_parse

_MAX_SPELLINGS = 64  # a run of literals with more spellings than this is not worth expanding
_MAX_CLASS_SIZE = 6  # "[sz]", "[oỏ]" expand to their letters; larger classes match "anything"
_MAX_TERMS = 64  # ways to match kept apart before they are merged into one list of words
_DOCUMENTS_KEPT = 4  # texts whose words are remembered: a document's, and a few looked at on the side

# Case-insensitive matching in ``re`` lower-cases one character at a time and also
# counts "ı" as "i", "ſ" as "s" and a few Greek and Cyrillic letters as their
# variants, pairs that ``str.lower`` keeps apart; "İ" lower-cases to two characters.
# Words are made only of letters outside such pairs (plain "i" and "s" excepted),
# and text holding "İ", "ı" or "ſ" is never screened.
_FOLD_PAIRED = frozenset("µİıſͅΐΰβεθικμπρςσφϐϑϕϖϰϱϵвдостъѣᲀᲁᲂᲃᲄᲅᲆᲇᲈṡẛιΐΰꙋﬅﬆ")
_UNSCREENABLE_LETTERS = ("İ", "ı", "ſ")

# A requirement is a tuple of terms, one of which must hold; a term is a set of
# clauses that must all hold; a clause is a set of words one of which occurs.
Clause = frozenset[str]
Term = frozenset[Clause]
Requirement = tuple[Term, ...]
ANYTHING: Requirement = (frozenset(),)


def _literal(code: int) -> str | None:
    char = chr(code)
    lowered = char.lower()
    if len(lowered) != 1 or char in _FOLD_PAIRED or lowered in _FOLD_PAIRED:
        return None
    return lowered


def _minimal(words: Iterable[str]) -> Clause:
    """Drop every word that contains another of the clause: finding the shorter one is enough."""
    kept: list[str] = []
    for word in sorted(set(words), key=len):
        if not any(shorter in word for shorter in kept):
            kept.append(word)
    return frozenset(kept)


# Words so common that looking for them costs more than it saves: a term keeps
# a clause of such words only when it has no other.
_COMMON_WORDS = frozenset(
    [
        "a",
        "an",
        "the",
        "and",
        "or",
        "of",
        "to",
        "in",
        "on",
        "at",
        "by",
        "as",
        "for",
        "from",
        "with",
        "was",
        "were",
        "is",
        "are",
        "be",
        "been",
        "has",
        "have",
        "this",
        "that",
        "these",
        "his",
        "her",
        "their",
        "its",
        "it",
        "two",
        "one",
        "city",
        "cities",
        "province",
        "đã",
        "có",
        "và",
        "các",
        "của",
        "với",
        "được",
        "trong",
        "cho",
        "là",
        "này",
        "những",
        "một",
        "người",
        "tại",
        "hai",
        "bên",
        "năm",
        "hợp",
        "tác",
        "quan",
        "hệ",
        "qua",
        "thành",
        "phố",
        "tỉnh",
        "ngày",
        "tháng",
        "nhân",
        "dân",
        "phát",
        "triển",
        "kinh",
        "tế",
        "việt",
        "nam",
        "trung",
        "quốc",
        "nhật",
        "bản",
        "hàn",
        "đồng",
        "chủ",
        "ông",
        "bà",
        "cùng",
        "về",
        "để",
        "từ",
        "đến",
        "khi",
        "như",
        "nhiều",
        "cũng",
        "đó",
        "sự",
        "hội",
    ]
)
_CLAUSES_PER_TERM = 2  # every word looked for costs time wherever it occurs


def _strength(word: str) -> int:
    """How rare a word is likely to be: 0 for common words and single letters, 1 for two letters of English."""
    if len(word) < 2 or word in _COMMON_WORDS:
        return 0
    if len(word) < 3 and word.isascii():
        return 1
    return len(word)


def _clause_rank(clause: Clause) -> tuple[int, int, tuple[str, ...]]:
    """Sorts the most selective clause first: rarest weakest word, then fewest words (then by name,
    for repeatability)."""
    return (-min(map(_strength, clause)), len(clause), tuple(sorted(clause)))


def _selective(term: Term, offsets: Offsets | None = None) -> Term:
    """The clauses of a term worth looking for: the best two that are not weak (and the one nearest
    the start of a match, to search from), or the best one."""
    ranked = sorted(term, key=_clause_rank)
    strong = [clause for clause in ranked if min(map(_strength, clause)) >= 2]
    chosen = strong[:_CLAUSES_PER_TERM] or ranked[:1]
    if offsets and strong:
        chosen.append(min(strong, key=lambda clause: (_rough(offsets.get(clause)), _clause_rank(clause))))
    return frozenset(chosen)


# Where a term's words are: each clause's word at most this far from the start of the match
# (None: no bound), so a search for the match can start that far before the word.
Offsets = dict[Clause, "Width | None"]
Located = tuple[tuple[Term, Offsets], ...]  # a requirement whose terms know where their words are
_ANYWHERE: Located = ((frozenset(), {}),)


def _nearer(first: Width | None, second: Width | None) -> Width | None:
    """Either bound holds (both words are in the match): the smaller, roughly."""
    if first is None:
        return second
    if second is None:
        return first
    return first if _rough(first) <= _rough(second) else second


def _shift(located: Located, by: Width | None) -> Located:
    return tuple((term, {clause: _plus(by, offset) for clause, offset in offsets.items()}) for term, offsets in located)


def _unique(located: Iterable[tuple[Term, Offsets]]) -> Located:
    return tuple({(term, frozenset(offsets.items())): (term, offsets) for term, offsets in located}.values())


def _merged(located: Located) -> Located:
    """One clause standing for several terms: the most selective clause of each, put together."""
    if any(not term for term, _ in located):
        return _ANYWHERE
    best = [(min(term, key=_clause_rank), offsets) for term, offsets in located]
    clause = _minimal(word for chosen, _ in best for word in chosen)
    # a shorter word found inside a longer one lies further on
    offset: Width | None = (0, 0, 0)
    for chosen, offsets in best:
        for word in chosen:
            inside = max(word.rfind(short) for short in clause)
            offset = _widest((offset, _plus(offsets.get(chosen), (inside, 0, 0))))
    return ((frozenset({clause}), {clause: offset}),)


def _both(first: Located, second: Located) -> Located:
    if len(first) * len(second) > _MAX_TERMS:
        if len(first) >= len(second):
            first = _merged(first)
        else:
            second = _merged(second)
        if len(first) * len(second) > _MAX_TERMS:
            first, second = _merged(first), _merged(second)
    combined = []
    for term_a, offsets_a in first:
        for term_b, offsets_b in second:
            offsets = dict(offsets_a)
            for clause, offset in offsets_b.items():
                offsets[clause] = _nearer(offsets[clause], offset) if clause in offsets else offset
            combined.append((term_a | term_b, offsets))
    return _unique(combined)


def _either(alternatives: Sequence[Located]) -> Located:
    if any(not term for located in alternatives for term, _ in located):
        return _ANYWHERE
    located = _unique(entry for alternative in alternatives for entry in alternative)
    return located if len(located) <= _MAX_TERMS else _merged(located)


class _Shape:
    """What is known about the text a piece of a pattern consumes: every string it can match
    (lower-cased) when there are few, the words a match must contain, and where they are."""

    __slots__ = ("exact", "located")

    def __init__(self, exact: frozenset[str] | None, located: Located = _ANYWHERE) -> None:
        self.exact = exact
        self.located = _of_exact(exact, (0, 0, 0)) if exact is not None else located


def _of_exact(exact: frozenset[str], start: Width | None) -> Located:
    """The clause of a run of literals that starts at most ``start`` into the match."""
    if not exact or "" in exact:
        return _ANYWHERE
    clause = _minimal(exact)
    inside = max(spelling.rfind(word) for spelling in exact for word in clause)
    return ((frozenset({clause}), {clause: _plus(start, (inside, 0, 0))}),)


_EMPTY = _Shape(frozenset({""}))
_UNKNOWN = _Shape(None)


def _class_letters(items) -> frozenset[str] | None:
    letters = set()
    for op, av in items:
        if op is not _sre_parse.LITERAL:
            return None
        letter = _literal(av)
        if letter is None:
            return None
        letters.add(letter)
    return frozenset(letters) if len(letters) <= _MAX_CLASS_SIZE else None


def _unfactored(items) -> list:
    """The parser moves a prefix that all alternatives share out of them ("b(?:iên bản|ản)");
    put literal prefixes back, so the words are whole."""
    items = list(items)
    result: list = []
    for op, av in items:
        if op is _sre_parse.BRANCH:
            start = len(result)
            while start > 0 and result[start - 1][0] is _sre_parse.LITERAL:
                start -= 1
            if start < len(result):
                prefix = result[start:]
                del result[start:]
                result.append((op, (av[0], [prefix + list(branch) for branch in av[1]])))
                continue
        result.append((op, av))
    return result


def _sequence(items) -> _Shape:
    items = _unfactored(items)
    run: frozenset[str] | None = frozenset({""})
    run_start: Width | None = (0, 0, 0)  # how far into the match the current run of literals starts
    consumed: Width | None = (0, 0, 0)  # how far into the match the next item starts
    whole = True
    located = _ANYWHERE
    for op, av in items:
        shape = _node(op, av)
        width = _node_width(op, av)
        if shape.exact is not None and run is not None and len(run) * len(shape.exact) <= _MAX_SPELLINGS:
            run = frozenset(a + b for a in run for b in shape.exact)
            consumed = _plus(consumed, width)
            continue
        whole = False
        if run is not None:
            located = _both(located, _of_exact(run, run_start))
        if shape.exact is not None:
            run, run_start = shape.exact, consumed
        else:
            run = None
            located = _both(located, _shift(shape.located, consumed))
        consumed = _plus(consumed, width)
    if whole:
        return _Shape(run)
    if run is not None:
        located = _both(located, _of_exact(run, run_start))
    return _Shape(None, located)


def _node(op, av) -> _Shape:
    p = _sre_parse
    if op is p.LITERAL:
        letter = _literal(av)
        return _Shape(frozenset({letter})) if letter is not None else _UNKNOWN
    if op is p.AT or op is p.ASSERT or op is p.ASSERT_NOT:
        return _EMPTY  # consumes nothing: what a lookaround needs is outside the match
    if op is p.IN:
        letters = _class_letters(av)
        return _Shape(letters) if letters else _UNKNOWN
    if op is p.SUBPATTERN:
        return _sequence(av[-1])
    if op is getattr(p, "ATOMIC_GROUP", None):
        return _sequence(av)
    if op is p.BRANCH:
        shapes = [_sequence(branch) for branch in av[1]]
        if all(shape.exact is not None for shape in shapes):
            exact = frozenset[str]().union(*(shape.exact or () for shape in shapes))
            if len(exact) <= _MAX_SPELLINGS:
                return _Shape(exact)
        return _Shape(None, _either([shape.located for shape in shapes]))
    if op in (p.MAX_REPEAT, p.MIN_REPEAT) or op is getattr(p, "POSSESSIVE_REPEAT", None):
        low, high, inner = av
        shape = _sequence(inner)
        if low == high == 1:
            return shape
        if low == 0:
            if high == 1 and shape.exact is not None:
                return _Shape(shape.exact | {""})
            return _UNKNOWN
        # the first repetition starts where the repeat does and holds the words
        return _Shape(None, shape.located)
    return _UNKNOWN


def _analysed(pattern: re.Pattern[str]) -> Located:
    try:
        return _sequence(_sre_parse.parse(pattern.pattern, pattern.flags)).located
    except Exception:  # noqa: BLE001 - a construct this reading does not know: never screen the pattern
        return _ANYWHERE


def requirement(pattern: re.Pattern[str]) -> Requirement:
    """The words a match of ``pattern`` must contain (lower-cased); ``ANYTHING`` when none can be named."""
    return tuple(dict.fromkeys(term for term, _ in _analysed(pattern)))


class _Words:
    """Every screen's words, and where they occur in the document last looked at."""

    def __init__(self) -> None:
        self.clauses: dict[Clause, int] = {}
        self._automaton: AhoCorasick | None = None
        self._word_masks: list[int] = []
        self._documents: list[tuple[str, _DocumentWords | None]] = []  # the latest few, newest last
        self._latest: tuple[str, _DocumentWords | None] = ("", None)
        self.space_pairs = 0

    def clause_bit(self, clause: Clause) -> int:
        if clause not in self.clauses:
            self.clauses[clause] = len(self.clauses)
            self._automaton = None
            self._documents = []
            self._latest = ("", None)
        return 1 << self.clauses[clause]

    def _build(self) -> AhoCorasick:
        # Two whitespace characters in a row mark the only places with runs of whitespace longer than one
        # (with line breaks, which sentences never hold and which are looked for apart: "\n\n" is everywhere).
        spaces = [char for char in _whitespace() if char != "\n"]
        self.space_pairs = self.clause_bit(frozenset(a + b for a in spaces for b in spaces))
        masks: dict[str, int] = {}
        for clause, number in self.clauses.items():
            for word in clause:
                masks[word] = masks.get(word, 0) | 1 << number
        words = sorted(masks)
        self._word_masks = [masks[word] for word in words]
        # a DFA: a few hundred words build in milliseconds and scan twice as fast as the NFA
        self._automaton = AhoCorasick(words, matchkind=MatchKind.Standard, implementation=Implementation.DFA)
        return self._automaton

    def document(self, text: str, start: int, end: int) -> _DocumentWords | None:
        """The words found in ``text``, at least those inside ``text[start:end]`` (the latest few texts are
        remembered); None when it cannot be screened."""
        latest = self._latest
        if latest[0] is text:
            found = latest[1]
        else:
            for seen, found in reversed(self._documents):
                if seen is text:
                    self._latest = (seen, found)
                    break
            else:
                return self._scanned(text, ((0, len(text)),))
        if found is not None and not found.covers(start, end):
            return self._scanned(text, ((0, len(text)),))
        return found

    def prepare(self, text: str, spans: Sequence[tuple[int, int]]) -> None:
        """Find the words of ``text`` inside ``spans`` only (a page's menus and teasers are never asked
        about; asking about text outside the spans scans the whole text then)."""
        self._scanned(text, spans)

    def _scanned(self, text: str, spans: Sequence[tuple[int, int]]) -> _DocumentWords | None:
        automaton = self._automaton or self._build()
        found = None
        if not any(letter in text for letter in _UNSCREENABLE_LETTERS):
            matches = []
            for start, end in spans:
                piece = text[start:end].lower()
                if start == 0:
                    matches.extend(automaton.find_matches_as_indexes(piece, overlapping=True))
                else:
                    matches.extend(
                        (word, start + first, start + last)
                        for word, first, last in automaton.find_matches_as_indexes(piece, overlapping=True)
                    )
            found = _DocumentWords(text, matches, self._word_masks, self.space_pairs, spans)
        self._documents = [
            *[entry for entry in self._documents if entry[0] is not text][-(_DOCUMENTS_KEPT - 1) :],
            (text, found),
        ]
        self._latest = (text, found)
        return found


class _DocumentWords:
    """Where the screens' words occur in one text, sorted by start."""

    __slots__ = (
        "_bmp",
        "_pair_starts",
        "_runs",
        "_span_ends",
        "_span_starts",
        "ends",
        "masks",
        "memo",
        "starts",
        "text",
    )

    def __init__(
        self,
        text: str,
        matches: list[tuple[int, int, int]],
        word_masks: list[int],
        space_pairs: int,
        spans: Sequence[tuple[int, int]],
    ) -> None:
        matches.sort(key=operator.itemgetter(1))
        words, starts, ends = zip(*matches, strict=False) if matches else ((), (), ())
        self.text = text
        self.starts: Sequence[int] = starts
        self.ends: Sequence[int] = ends
        self.masks = list(map(word_masks.__getitem__, words))
        self.memo: dict[tuple[int, int], int] = {}
        self._runs: dict[tuple[int, int, bool], int] = {}
        self._pair_starts = [start for start, mask in zip(starts, self.masks, strict=False) if mask & space_pairs]
        self._bmp: bool | None = None  # whether the text is all in the Basic Multilingual Plane
        ordered = sorted(spans)
        self._span_starts = [span[0] for span in ordered]
        self._span_ends = [span[1] for span in ordered]

    def covers(self, start: int, end: int) -> bool:
        """Whether ``text[start:end]`` lies in one of the stretches that were scanned."""
        index = bisect.bisect_right(self._span_starts, start) - 1
        return index >= 0 and self._span_ends[index] >= end

    def clauses_in(self, start: int, end: int) -> int:
        key = (start, end)
        found = self.memo.get(key)
        if found is None:
            found = 0
            ends, masks = self.ends, self.masks
            for index in range(bisect.bisect_left(self.starts, start), bisect.bisect_left(self.starts, end)):
                if ends[index] <= end:
                    found |= masks[index]
            self.memo[key] = found
        return found

    def occurrences(self, start: int, end: int, clauses: int) -> list[int]:
        """Starts of the words of ``clauses`` that lie inside ``text[start:end]``, in order."""
        starts, ends, masks = self.starts, self.ends, self.masks
        return [
            starts[index]
            for index in range(bisect.bisect_left(starts, start), bisect.bisect_left(starts, end))
            if masks[index] & clauses and ends[index] <= end
        ]

    def width(self, width: Width, start: int, end: int) -> int | None:
        """``width`` in characters, for the longest runs of whitespace and of other characters in ``text[start:end]``;
        None when that cannot be told."""
        fixed, space_runs, solid_runs = width
        if space_runs:
            if self._bmp is None:
                self._bmp = len(self.text.encode("utf-16-le", "surrogatepass")) == 2 * len(self.text)
            if not self._bmp:
                return None  # whitespace was looked for in the BMP only
            fixed += space_runs * self._longest_run(start, end, True)
        if solid_runs:
            fixed += solid_runs * self._longest_run(start, end, False)
        return fixed

    def _has_space_pair(self, start: int, end: int) -> bool:
        pairs = self._pair_starts
        index = bisect.bisect_left(pairs, start)
        return index < len(pairs) and pairs[index] + 2 <= end

    def _longest_run(self, start: int, end: int, space: bool) -> int:
        key = (start, end, space)
        found = self._runs.get(key)
        if found is None:
            if not space:
                found = max(map(len, self.text[start:end].split()), default=0)
            elif self._has_space_pair(start, end) or self.text.find("\n", start, end) >= 0:
                found = max(map(len, _SPACE_RUNS.findall(self.text, start, end)), default=1)
            else:
                found = 1
            self._runs[key] = found
        return found


_SPACE_RUNS = re.compile(r"\s\s+")


@functools.cache
def _whitespace() -> tuple[str, ...]:
    """Every whitespace character (``\\s``, ``str.isspace``) of the Basic Multilingual Plane."""
    return tuple(chr(code) for code in range(0x10000) if chr(code).isspace())


_WORDS = _Words()


def prepare(text: str, spans: Sequence[tuple[int, int]]) -> None:
    """Look for the screens' words in ``spans`` of ``text`` only: a document's body, when the rest of a
    scraped page will never be asked about."""
    _WORDS.prepare(text, spans)


class PatternScreen:
    """Tells, for a stretch of text, which of ``patterns`` may match in it, and finds their matches
    looking only near the words they need."""

    def __init__(self, patterns: Sequence[re.Pattern[str]]) -> None:
        self.patterns = list(patterns)
        self.everything = (1 << len(patterns)) - 1
        self.unscreened = 0  # patterns of which no word can be named always run
        self._terms_by_clause: dict[
            int, list[tuple[int, int]]
        ] = {}  # a term is looked at when its first clause is there
        self._first_clauses = 0
        # per pattern: the clauses one of whose words every match contains, how wide a match is and
        # how far past its start an attempt to match reads
        self._windows: list[tuple[int, Width, Width] | None] = []
        for index, pattern in enumerate(patterns):
            located = _analysed(pattern)
            if any(not term for term, _ in located):
                self.unscreened |= 1 << index
                self._windows.append(None)
                continue
            width = _match_width(pattern)
            firsts = anchors = 0
            before: Width | None = (0, 0, 0)
            for term, offsets in located:
                mask = 0
                selected = _selective(term, offsets)
                for clause in selected:
                    mask |= _WORDS.clause_bit(clause)
                first = mask & -mask
                firsts |= first
                self._terms_by_clause.setdefault(first, []).append((1 << index, mask))
                # the word a search starts from: the one nearest the start of a match
                anchor, offset = min(
                    ((clause, offsets.get(clause) or width) for clause in selected),
                    key=lambda pair: _rough(pair[1]),
                )
                anchors |= _WORDS.clause_bit(anchor)
                before = _widest((before, offset))
            self._first_clauses |= firsts
            self._windows.append(_window(pattern, anchors, before))

    def possible(self, text: str, start: int = 0, end: int | None = None) -> int:
        """Bit mask of the patterns that may match somewhere in ``text[start:end]`` (pattern ``i`` is bit ``i``)."""
        end = len(text) if end is None else end
        document = _WORDS.document(text, start, end)
        if document is None:
            return self.everything
        present = document.clauses_in(start, end)
        mask = self.unscreened
        candidates = present & self._first_clauses
        while candidates:
            clause = candidates & -candidates
            candidates ^= clause
            for bit, term in self._terms_by_clause[clause]:
                if term & present == term:
                    mask |= bit
        return mask

    def candidates(self, text: str, start: int, end: int) -> list[int]:
        """The indices of the patterns that may match in ``text[start:end]``, in order."""
        possible = self.possible(text, start, end)
        found = []
        while possible:
            bit = possible & -possible
            possible ^= bit
            found.append(bit.bit_length() - 1)
        return found

    def finditer(self, index: int, text: str, start: int, end: int) -> Iterable[re.Match[str]]:
        """The matches ``patterns[index].finditer(text, start, end)`` gives, found by searching only near the
        words every match contains: a match starts at most so far before such a word."""
        pattern = self.patterns[index]
        window = self._windows[index]
        document = _WORDS.document(text, start, end) if window is not None else None
        if window is None or document is None:
            return pattern.finditer(text, start, end)
        needed, lead, reach = window
        before = document.width(lead, start, end)
        after = document.width(reach, start, end)
        if before is None or after is None or before >= end - start:
            return pattern.finditer(text, start, end)
        after += _READ_MARGIN
        found = []
        position = start
        starts, ends, masks = document.starts, document.ends, document.masks
        index, stop = bisect.bisect_left(starts, start), bisect.bisect_left(starts, end)
        while index < stop:
            word = starts[index]
            index += 1
            if word < position or not masks[index - 1] & needed or ends[index - 1] > end:
                continue
            # no match starts before ``low``: a match holds such a word at most ``before`` from its start
            low = max(position, word - before)
            high = word + after
            if high >= end:  # the rest of the text is within reach: searching it all is exact
                match = pattern.search(text, low, end)
                if match is None:
                    break
                found.append(match)
                position = match.end()
                continue
            # Attempts that start at or before ``word`` read nothing at or past ``high``, so they find
            # what they would in the whole text; a match found further on is looked for again.
            match = pattern.search(text, low, high)
            while match is not None and match.start() <= word:
                found.append(match)
                position = match.end()
                if position > word:
                    break
                match = pattern.search(text, position, high)
            position = max(position, word + 1)
        return found

    def search_piece(self, index: int, text: str, start: int, end: int) -> re.Match[str] | None:
        """``patterns[index].search(text[start:end])``, searching only near the words every match contains."""
        pattern = self.patterns[index]
        window = self._windows[index]
        document = _WORDS.document(text, start, end) if window is not None else None
        piece = text[start:end]
        if window is None or document is None:
            return pattern.search(piece)
        needed, lead, reach = window
        before = document.width(lead, start, end)
        after = document.width(reach, start, end)
        if before is None or after is None or before >= end - start:
            return pattern.search(piece)
        after += _READ_MARGIN
        position = 0
        for occurrence in document.occurrences(start, end, needed):
            word = occurrence - start
            if word < position:
                continue
            low = max(position, word - before)
            high = word + after
            if high >= len(piece):
                return pattern.search(piece, low)
            match = pattern.search(piece, low, high)
            if match is not None and match.start() <= word:
                return match
            position = word + 1
        return None


class ScreenedPattern:
    """A compiled pattern behind its own screen: ``search(text, start, end)`` is ``pattern.search(text[start:end])``,
    answered without running the pattern when the words it needs are not in that piece of the text."""

    def __init__(self, pattern: re.Pattern[str]) -> None:
        self.pattern = pattern
        self._screen = PatternScreen([pattern])

    def search(self, text: str, start: int, end: int) -> re.Match[str] | None:
        if not self._screen.possible(text, start, end):
            return None
        return self._screen.search_piece(0, text, start, end)

    def match(self, text: str, start: int, end: int) -> re.Match[str] | None:
        """``pattern.match(text[start:end])``."""
        if not self._screen.possible(text, start, end):
            return None
        return self.pattern.match(text[start:end])


# ---- how far a match reaches -------------------------------------------------------------
# A width is (characters, whitespace runs, runs of other characters): a match of width (a, b, c)
# spans at most a + b * r + c * t characters of a text whose longest run of whitespace is r
# characters and whose longest run of anything else is t.
Width = tuple[int, int, int]
_READ_MARGIN = 8  # past its end, an attempt reads a character or two to see where a run stops


def _plus(first: Width | None, second: Width | None) -> Width | None:
    if first is None or second is None:
        return None
    return (first[0] + second[0], first[1] + second[1], first[2] + second[2])


def _widest(widths: Iterable[Width | None]) -> Width | None:
    result: Width = (0, 0, 0)
    for width in widths:
        if width is None:
            return None
        result = (max(result[0], width[0]), max(result[1], width[1]), max(result[2], width[2]))
    return result


def _run_kind(op, av) -> str | None:
    """For a one-character item: "space" if it only matches whitespace, "solid" if never, else None."""
    p = _sre_parse
    if op is p.LITERAL:
        return "space" if chr(av).isspace() else "solid"
    if op is not p.IN:
        return None
    kinds = set()
    for item, value in av:
        if item is p.LITERAL:
            kinds.add("space" if chr(value).isspace() else "solid")
        elif item is p.RANGE and value[1] - value[0] <= 0x4000:
            spaces = sum(chr(code).isspace() for code in range(value[0], value[1] + 1))
            kinds.add("solid" if spaces == 0 else "space" if spaces == value[1] - value[0] + 1 else "mixed")
        elif item is p.CATEGORY and value is p.CATEGORY_SPACE:
            kinds.add("space")
        elif item is p.CATEGORY and value in (p.CATEGORY_NOT_SPACE, p.CATEGORY_DIGIT, p.CATEGORY_WORD):
            kinds.add("solid")
        else:
            return None
    return kinds.pop() if len(kinds) == 1 and "mixed" not in kinds else None


def _width(items) -> Width | None:
    total: Width | None = (0, 0, 0)
    for op, av in items:
        total = _plus(total, _node_width(op, av))
        if total is None:
            return None
    return total


def _node_width(op, av) -> Width | None:
    p = _sre_parse
    if op in (p.LITERAL, p.NOT_LITERAL, p.ANY, p.IN):
        return (1, 0, 0)
    if op in (p.AT, p.ASSERT, p.ASSERT_NOT):
        return (0, 0, 0)
    if op is p.SUBPATTERN:
        return _width(av[-1])
    if op is getattr(p, "ATOMIC_GROUP", None):
        return _width(av)
    if op is p.BRANCH:
        return _widest(_width(branch) for branch in av[1])
    if op in (p.MAX_REPEAT, p.MIN_REPEAT) or op is getattr(p, "POSSESSIVE_REPEAT", None):
        _low, high, inner = av
        if high is not p.MAXREPEAT:
            width = _width(inner)
            return None if width is None else (width[0] * high, width[1] * high, width[2] * high)
        items = list(inner)
        kind = _run_kind(*items[0]) if len(items) == 1 else None
        return (0, 1, 0) if kind == "space" else (0, 0, 1) if kind == "solid" else None
    return None


def _lookahead(items) -> Width | None:
    """How far past the current place the lookaheads in ``items`` can read (added up)."""
    p = _sre_parse
    total: Width | None = (0, 0, 0)
    for op, av in items:
        if op in (p.ASSERT, p.ASSERT_NOT):
            if av[0] > 0:
                total = _plus(total, _width(av[1]))
            total = _plus(total, _lookahead(av[1]))
        elif op is p.SUBPATTERN:
            total = _plus(total, _lookahead(av[-1]))
        elif op is getattr(p, "ATOMIC_GROUP", None):
            total = _plus(total, _lookahead(av))
        elif op is p.BRANCH:
            for branch in av[1]:
                total = _plus(total, _lookahead(branch))
        elif op in (p.MAX_REPEAT, p.MIN_REPEAT) or op is getattr(p, "POSSESSIVE_REPEAT", None):
            total = _plus(total, _lookahead(av[2]))
        elif op in (p.GROUPREF, p.GROUPREF_EXISTS):
            return None
        if total is None:
            return None
    return total


def _match_width(pattern: re.Pattern[str]) -> Width | None:
    try:
        return _width(_sre_parse.parse(pattern.pattern, pattern.flags))
    except Exception:  # noqa: BLE001 - a construct this reading does not know: the width is unknown
        return None


def _rough(width: Width | None) -> float:
    return float("inf") if width is None else width[0] + 4 * width[1] + 16 * width[2]


def _window(pattern: re.Pattern[str], anchors: int, before: Width | None) -> tuple[int, Width, Width] | None:
    """What ``PatternScreen.finditer`` needs to search near words: the words, how far before one a match
    can start, how far past that start an attempt reads; None when a match has no bound."""
    try:
        parsed = _sre_parse.parse(pattern.pattern, pattern.flags)
    except Exception:  # noqa: BLE001 - a construct this reading does not know: no window, search everywhere
        return None
    reach = _plus(_width(parsed), _lookahead(parsed))
    if before is None or reach is None:
        return None
    return anchors, before, reach
