"""``SourceList``: a record's evidence as a compact, immutable sequence of ``Source``.

A corpus of 100,000 articles gives its partners about 1.7 million mentions, most of
them of a few hundred places. As ``Source`` objects each mention costs about 200 bytes
(the object, two integers, its own copy of the mention's text); here it costs four
numbers in a packed array (8 or 16 bytes), and each distinct document id and text is
held once per list.

A ``SourceList`` behaves as the tuple of ``Source`` it was made from: it iterates,
indexes and slices (a slice is a ``SourceList``), has a length, compares equal to that
tuple (and hashes like it), and ``+`` with a tuple or another list gives a tuple. The
models' converters make one from any iterable of ``Source``; producers keep handing
them tuples or lists.

Layout: ``_strings`` holds the distinct document ids, then the distinct texts, each in
order of first use; ``_data`` is one array of ``4 * n`` unsigned integers, the column of
string numbers of the documents, then starts, ends and the string numbers of the texts,
followed by one byte naming the array's type code (``H``, ``I`` or ``Q``: the smallest
that holds every number). Equal sequences therefore have equal layouts, which makes
comparison and pickling cheap.
"""

from __future__ import annotations

import itertools
import operator
from array import array
from collections.abc import Iterable, Iterator, Sequence
from typing import TYPE_CHECKING, Any, Literal, overload

if TYPE_CHECKING:
    from citylinks.models import Source

Row = tuple[str, int, int, str]
"""A source as ``(document, start, end, text)``: the order sources sort in."""

_ROW = operator.attrgetter("document", "start", "end", "text")
_NEW = object.__new__
_SET = object.__setattr__


def _source(document: str, start: int, end: int, text: str) -> Source:
    # The numbers and strings were a Source's already: checked once, when it was made.
    source = _NEW(Source)
    _SET(source, "document", document)
    _SET(source, "start", start)
    _SET(source, "end", end)
    _SET(source, "text", text)
    return source


TypeCode = Literal["H", "I", "Q"]
_TYPE_CODES: dict[int, TypeCode] = {ord(code): code for code in ("H", "I", "Q")}


def _type_code(top: int) -> TypeCode:
    if top < 1 << 16:
        return "H"
    if top < 1 << 32:
        return "I"
    return "Q"


class SourceList(Sequence["Source"]):
    """An immutable sequence of ``Source``, stored as numbers and distinct strings (see the module docstring)."""

    __slots__ = ("_data", "_strings")

    _strings: tuple[str, ...]
    _data: bytes

    def __new__(cls, sources: Iterable[Source] = ()) -> SourceList:  # noqa: PYI034 (it may return EMPTY or its argument)
        if isinstance(sources, SourceList):
            return sources
        if isinstance(sources, (str, bytes)):
            raise TypeError(f"SourceList takes Source items, not {type(sources).__name__} ({sources!r})")
        items = tuple(sources)
        for item in items:
            if not isinstance(item, Source):
                raise TypeError(f"SourceList items must be Source (got {item!r})")
        return cls.from_rows(map(_ROW, items))

    @classmethod
    def from_rows(cls, rows: Iterable[Row]) -> SourceList:
        """A list of the sources ``(document, start, end, text)``, in that order; the rows are trusted to be
        valid (they come from ``Source`` objects or from another list)."""
        rows = rows if isinstance(rows, (list, tuple)) else list(rows)
        if not rows:
            return EMPTY
        documents, starts, ends, texts = zip(*rows, strict=True)
        strings = tuple(dict.fromkeys(itertools.chain(documents, texts)))
        number = {string: index for index, string in enumerate(strings)}
        top = max(ends)  # ends are never below starts
        code = _type_code(max(len(strings), top))
        packed = array(code, map(number.__getitem__, documents))
        packed.extend(starts)
        packed.extend(ends)
        packed.extend(map(number.__getitem__, texts))
        return cls._from_parts(strings, packed.tobytes() + code.encode("ascii"))

    @classmethod
    def _from_parts(cls, strings: tuple[str, ...], data: bytes) -> SourceList:
        instance = _NEW(cls)
        _SET(instance, "_strings", strings)
        _SET(instance, "_data", data)
        return instance

    @classmethod
    def union(cls, lists: Iterable[Iterable[Source]]) -> SourceList:
        """Every source of ``lists`` once, in ``(document, start, end, text)`` order (``sorted_sources``)."""
        rows = dict.fromkeys(itertools.chain.from_iterable(map(source_rows, lists)))
        return cls.from_rows(sorted(rows))

    def _columns(self) -> tuple[memoryview, int]:
        data = self._data
        numbers = memoryview(data)[:-1].cast(_TYPE_CODES[data[-1]])
        return numbers, len(numbers) // 4

    def rows(self) -> Iterator[Row]:
        """Each source as ``(document, start, end, text)``, without making ``Source`` objects."""
        numbers, n = self._columns()
        strings = self._strings.__getitem__
        return zip(
            map(strings, numbers[:n]),
            numbers[n : 2 * n],
            numbers[2 * n : 3 * n],
            map(strings, numbers[3 * n :]),
            strict=True,
        )

    def documents(self) -> frozenset[str]:
        """The documents the sources come from."""
        numbers, n = self._columns()
        return frozenset(map(self._strings.__getitem__, numbers[:n]))

    def __iter__(self) -> Iterator[Source]:
        return itertools.starmap(_source, self.rows())

    def __len__(self) -> int:
        return (len(self._data) - 1) // (4 * array(chr(self._data[-1])).itemsize)

    @overload
    def __getitem__(self, index: int) -> Source: ...

    @overload
    def __getitem__(self, index: slice) -> SourceList: ...

    def __getitem__(self, index: int | slice) -> Source | SourceList:
        if isinstance(index, slice):
            return SourceList.from_rows(list(self.rows())[index])
        numbers, n = self._columns()
        position = range(n)[index]  # IndexError and negative indices as a tuple has them
        strings = self._strings
        return _source(
            strings[numbers[position]],
            numbers[n + position],
            numbers[2 * n + position],
            strings[numbers[3 * n + position]],
        )

    def __bool__(self) -> bool:
        return len(self._data) > 1

    def __eq__(self, other: object) -> bool:
        if isinstance(other, SourceList):
            return self._data == other._data and self._strings == other._strings
        if isinstance(other, tuple):
            return len(other) == len(self) and tuple(self) == other
        return NotImplemented

    def __ne__(self, other: object) -> bool:
        equal = self.__eq__(other)
        return equal if equal is NotImplemented else not equal

    def __hash__(self) -> int:
        # Equal to a tuple of the same sources, so hashed like it.
        return hash(tuple(self))

    def __add__(self, other: object) -> tuple[Source, ...]:
        if isinstance(other, (tuple, SourceList)):
            return (*self, *other)
        return NotImplemented

    def __radd__(self, other: object) -> tuple[Source, ...]:
        if isinstance(other, tuple):
            return (*other, *self)
        return NotImplemented

    def __setattr__(self, name: str, value: Any) -> None:
        raise AttributeError(f"SourceList is immutable (cannot set {name!r})")

    def __delattr__(self, name: str) -> None:
        raise AttributeError(f"SourceList is immutable (cannot delete {name!r})")

    def __reduce__(self) -> tuple[Any, ...]:
        return (SourceList._from_parts, (self._strings, self._data))

    def __repr__(self) -> str:
        return f"SourceList({list(self)!r})"


EMPTY = SourceList._from_parts((), b"H")


def as_source_list(value: Any) -> SourceList | tuple:
    """A converter: a ``SourceList`` of ``value``'s items when they are all ``Source``; otherwise ``value`` as a
    tuple, for the model's validator to refuse with the field's name."""
    if isinstance(value, SourceList):
        return value
    if isinstance(value, (str, bytes)):
        return tuple(value)
    items = tuple(value)
    if all(isinstance(item, Source) for item in items):
        return SourceList.from_rows(map(_ROW, items))
    return items


def source_rows(sources: Iterable[Source]) -> Iterator[Row]:
    """``(document, start, end, text)`` of each source of a ``SourceList`` or any sequence of ``Source``."""
    if isinstance(sources, SourceList):
        return sources.rows()
    return map(_ROW, sources)


# At the end, not the top: models.py imports this module for its converters, and
# whichever of the two is imported first, the other then finds what it needs defined.
from citylinks.models import Source  # noqa: E402
