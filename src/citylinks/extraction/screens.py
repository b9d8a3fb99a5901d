"""Keyword screens: which of a list of regular expressions cannot match a stretch of text.

Running dozens of case-insensitive patterns over every sentence was most of the
extraction time, yet most sentences contain none of the words those patterns
need. ``requirement`` reads a pattern's syntax tree and finds the words a match
must contain: "any of these, and any of those" for each way the pattern can
match. Every screen's words go into one Aho-Corasick automaton that runs once
over a document's lower-cased text; a sentence's words are then a lookup, and
``PatternScreen.possible`` says which patterns can match in it. A screen only
ever rules out patterns that cannot match, so running the rest gives exactly
the matches of running them all.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable, Sequence

from ahocorasick_rs import AhoCorasick, Implementation, MatchKind

try:  # Python 3.11+
    from re import _parser as _sre_parse
except ImportError:  # pragma: no cover - Python 3.10
    import sre_parse as _sre_parse  # type: ignore[no-redef]

_MAX_SPELLINGS = 64  # a run of literals with more spellings than this is not worth expanding
_MAX_CLASS_SIZE = 6  # "[sz]", "[oỏ]" expand to their letters; larger classes match "anything"
_MAX_TERMS = 64
_DOCUMENTS_KEPT = 4  # a document's text and the pieces of it being looked at  # ways to match kept apart before they are merged into one list of words

# Case-insensitive matching in ``re`` lower-cases one character at a time and also
# counts "ı" as "i", "ſ" as "s" and a few Greek and Cyrillic letters as their
# variants, pairs that ``str.lower`` keeps apart; "İ" lower-cases to two characters.
# Words are made only of letters outside such pairs (plain "i" and "s" excepted),
# and text holding "İ", "ı" or "ſ" is never screened.
_FOLD_PAIRED = frozenset('µİıſͅΐΰβεθικμπρςσφϐϑϕϖϰϱϵвдостъѣᲀᲁᲂᲃᲄᲅᲆᲇᲈṡẛιΐΰꙋﬅﬆ')
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
    "a an the and or of to in on at by as for from with was were is are be been has have this that these his her "
    "their its it two one city cities province "
    "đã có và các của với được trong cho là này những một người tại hai bên năm hợp tác quan hệ qua thành phố tỉnh "
    "ngày tháng nhân dân phát triển kinh tế việt nam trung quốc nhật bản hàn đồng chủ ông bà cùng về để từ đến khi "
    "như nhiều cũng đó sự hội".split()
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
    """Sorts the most selective clause first: rarest weakest word, then fewest words (then by name, for repeatability)."""
    return (-min(map(_strength, clause)), len(clause), tuple(sorted(clause)))


def _selective(term: Term) -> Term:
    """The clauses of a term worth looking for: the best two that are not weak, or the best one."""
    ranked = sorted(term, key=_clause_rank)
    strong = [clause for clause in ranked if min(map(_strength, clause)) >= 2]
    return frozenset(strong[:_CLAUSES_PER_TERM] or ranked[:1])


def _merged(requirement: Requirement) -> Requirement:
    """One clause standing for several terms: the most selective clause of each, put together."""
    if any(not term for term in requirement):
        return ANYTHING
    best = [min(term, key=_clause_rank) for term in requirement]
    return (frozenset({_minimal(word for clause in best for word in clause)}),)


def _both(first: Requirement, second: Requirement) -> Requirement:
    if len(first) * len(second) > _MAX_TERMS:
        if len(first) >= len(second):
            first = _merged(first)
        else:
            second = _merged(second)
        if len(first) * len(second) > _MAX_TERMS:
            first, second = _merged(first), _merged(second)
    return tuple(dict.fromkeys(a | b for a in first for b in second))


def _either(requirements: Sequence[Requirement]) -> Requirement:
    if any(not term for requirement in requirements for term in requirement):
        return ANYTHING
    terms = tuple(dict.fromkeys(term for requirement in requirements for term in requirement))
    return terms if len(terms) <= _MAX_TERMS else _merged(terms)


class _Shape:
    """What is known about the text a piece of a pattern consumes: every string it can match
    (lower-cased) when there are few, and the words a match must contain."""

    __slots__ = ("exact", "requirement")

    def __init__(self, exact: frozenset[str] | None, requirement: Requirement = ANYTHING) -> None:
        self.exact = exact
        self.requirement = _of_exact(exact) if exact is not None else requirement


def _of_exact(exact: frozenset[str]) -> Requirement:
    if not exact or "" in exact:
        return ANYTHING
    return (frozenset({_minimal(exact)}),)


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
                av = (av[0], [prefix + list(branch) for branch in av[1]])
        result.append((op, av))
    return result


def _sequence(items) -> _Shape:
    items = _unfactored(items)
    run: frozenset[str] | None = frozenset({""})
    whole = True
    requirement = ANYTHING
    for op, av in items:
        shape = _node(op, av)
        if shape.exact is not None and run is not None and len(run) * len(shape.exact) <= _MAX_SPELLINGS:
            run = frozenset(a + b for a in run for b in shape.exact)
            continue
        whole = False
        if run is not None:
            requirement = _both(requirement, _of_exact(run))
        if shape.exact is not None:
            run = shape.exact
        else:
            run = None
            requirement = _both(requirement, shape.requirement)
    if whole:
        return _Shape(run)
    if run is not None:
        requirement = _both(requirement, _of_exact(run))
    return _Shape(None, requirement)


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
            exact = frozenset().union(*(shape.exact for shape in shapes))  # type: ignore[misc]
            if len(exact) <= _MAX_SPELLINGS:
                return _Shape(exact)
        return _Shape(None, _either([shape.requirement for shape in shapes]))
    if op in (p.MAX_REPEAT, p.MIN_REPEAT) or op is getattr(p, "POSSESSIVE_REPEAT", None):
        low, high, inner = av
        shape = _sequence(inner)
        if low == high == 1:
            return shape
        if low == 0:
            if high == 1 and shape.exact is not None:
                return _Shape(shape.exact | {""})
            return _UNKNOWN
        return _Shape(None, shape.requirement)
    return _UNKNOWN


def requirement(pattern: re.Pattern[str]) -> Requirement:
    """The words a match of ``pattern`` must contain (lower-cased); ``ANYTHING`` when none can be named."""
    try:
        shape = _sequence(_sre_parse.parse(pattern.pattern, pattern.flags))
    except Exception:  # a construct this reading does not know: never screen the pattern
        return ANYTHING
    return shape.requirement


class _Words:
    """Every screen's words, and where they occur in the document last looked at."""

    def __init__(self) -> None:
        self.clauses: dict[Clause, int] = {}
        self._automaton: AhoCorasick | None = None
        self._word_masks: list[int] = []
        self._documents: list[tuple[str, _DocumentWords | None]] = []  # the latest few, newest last

    def clause_bit(self, clause: Clause) -> int:
        if clause not in self.clauses:
            self.clauses[clause] = len(self.clauses)
            self._automaton = None
            self._documents = []
        return 1 << self.clauses[clause]

    def _build(self) -> AhoCorasick:
        masks: dict[str, int] = {}
        for clause, number in self.clauses.items():
            for word in clause:
                masks[word] = masks.get(word, 0) | 1 << number
        words = sorted(masks)
        self._word_masks = [masks[word] for word in words]
        # a DFA: a few hundred words build in milliseconds and scan twice as fast as the NFA
        self._automaton = AhoCorasick(words, matchkind=MatchKind.Standard, implementation=Implementation.DFA)
        return self._automaton

    def clauses_in(self, text: str, start: int, end: int) -> int | None:
        """Bit mask of the clauses with a word inside ``text[start:end]``; None when the text cannot be screened."""
        for seen, found in reversed(self._documents):
            if seen is text:
                break
        else:
            automaton = self._automaton or self._build()
            found = None
            if not any(letter in text for letter in _UNSCREENABLE_LETTERS):
                found = _DocumentWords(automaton.find_matches_as_indexes(text.lower(), overlapping=True), self._word_masks)
            self._documents = self._documents[-(_DOCUMENTS_KEPT - 1) :] + [(text, found)]
        return found.clauses_in(start, end) if found is not None else None


class _DocumentWords:
    __slots__ = ("starts", "ends", "masks", "memo")

    def __init__(self, matches: list[tuple[int, int, int]], word_masks: list[int]) -> None:
        matches.sort(key=lambda match: match[1])
        self.starts = [match[1] for match in matches]
        self.ends = [match[2] for match in matches]
        self.masks = [word_masks[match[0]] for match in matches]
        self.memo: dict[tuple[int, int], int] = {}

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


_WORDS = _Words()


class PatternScreen:
    """Tells, for a stretch of text, which of ``patterns`` may match in it: a bit mask, pattern ``i`` is bit ``i``."""

    def __init__(self, patterns: Sequence[re.Pattern[str]]) -> None:
        self.everything = (1 << len(patterns)) - 1
        self.unscreened = 0  # patterns of which no word can be named always run
        self._screened: list[tuple[int, int, tuple[int, ...]]] = []
        for index, pattern in enumerate(patterns):
            terms = requirement(pattern)
            if any(not term for term in terms):
                self.unscreened |= 1 << index
                continue
            term_masks = []
            for term in terms:
                mask = 0
                for clause in _selective(term):
                    mask |= _WORDS.clause_bit(clause)
                term_masks.append(mask)
            # every term needs its first clause: no such clause present, no need to look at the terms
            first_clauses = 0
            for mask in term_masks:
                first_clauses |= mask & -mask
            self._screened.append((1 << index, first_clauses, tuple(term_masks)))

    def possible(self, text: str, start: int = 0, end: int | None = None) -> int:
        """Bit mask of the patterns that may match somewhere in ``text[start:end]``."""
        present = _WORDS.clauses_in(text, start, len(text) if end is None else end)
        if present is None:
            return self.everything
        mask = self.unscreened
        for bit, first_clauses, terms in self._screened:
            if present & first_clauses:
                for term in terms:
                    if term & present == term:
                        mask |= bit
                        break
        return mask


class ScreenedPattern:
    """A compiled pattern behind its own screen: ``search(text, start, end)`` is ``pattern.search(text[start:end])``,
    answered without running the pattern when the words it needs are not in that piece of the text."""

    def __init__(self, pattern: re.Pattern[str]) -> None:
        self.pattern = pattern
        self._screen = PatternScreen([pattern])

    def search(self, text: str, start: int, end: int) -> re.Match[str] | None:
        if not self._screen.possible(text, start, end):
            return None
        return self.pattern.search(text[start:end])

    def match(self, text: str, start: int, end: int) -> re.Match[str] | None:
        """``pattern.match(text[start:end])``."""
        if not self._screen.possible(text, start, end):
            return None
        return self.pattern.match(text[start:end])
