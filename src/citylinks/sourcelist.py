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

A list may also keep its long texts (evidence sentences) in a ``TextSpill``, a
temporary file, where ``_strings`` then holds their offsets; ``build_dataset`` spills
the records of a run this way, so a corpus's evidence lies on disk rather than in
memory. Such a list reads the texts back when iterated, compares, hashes and pickles
as the list of the same sources in memory, and a merge of spilled lists is spilled
to the same file.
"""

from __future__ import annotations

import itertools
import operator
import os
import tempfile
import threading
from array import array
from collections.abc import Iterable, Iterator, Sequence
from typing import TYPE_CHECKING, Any, Literal, overload

import attrs

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

    __slots__ = ("_data", "_spill", "_strings")

    _strings: tuple[str | int, ...]
    _data: bytes
    _spill: TextSpill | None

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
    def from_rows(cls, rows: Iterable[Row], spill: TextSpill | None = None) -> SourceList:
        """A list of the sources ``(document, start, end, text)``, in that order; the rows are trusted to be
        valid (they come from ``Source`` objects or from another list). With ``spill``, texts of at least
        ``spill.min_length`` characters are written there and only their offsets kept."""
        rows = rows if isinstance(rows, (list, tuple)) else list(rows)
        if not rows:
            return EMPTY
        documents, starts, ends, texts = zip(*rows, strict=True)
        if spill is not None:
            texts = tuple(spill.put(text) if len(text) >= spill.min_length else text for text in texts)
            if all(type(text) is str for text in texts):
                spill = None
        strings = tuple(dict.fromkeys(itertools.chain(documents, texts)))
        number = {string: index for index, string in enumerate(strings)}
        top = max(ends)  # ends are never below starts
        code = _type_code(max(len(strings), top))
        packed = array(code, map(number.__getitem__, documents))
        packed.extend(starts)
        packed.extend(ends)
        packed.extend(map(number.__getitem__, texts))
        return cls._from_parts(strings, packed.tobytes() + code.encode("ascii"), spill)

    @classmethod
    def _from_parts(cls, strings: tuple[Any, ...], data: bytes, spill: TextSpill | None = None) -> SourceList:
        instance = _NEW(cls)
        _SET(instance, "_strings", strings)
        _SET(instance, "_data", data)
        _SET(instance, "_spill", spill)
        return instance

    def spilled(self, spill: TextSpill) -> SourceList:
        """This list with its long texts in ``spill`` (itself when it has none, or has them there already)."""
        if self._spill is spill:
            return self
        if self._spill is None:
            numbers, n = self._columns()
            strings = self._strings
            if not any(len(strings[index]) >= spill.min_length for index in set(numbers[3 * n :])):  # type: ignore[arg-type]
                return self
        return SourceList.from_rows(self.rows(), spill)

    @classmethod
    def union(cls, lists: Iterable[Iterable[Source]]) -> SourceList:
        """Every source of ``lists`` once, in ``(document, start, end, text)`` order (``sorted_sources``)."""
        given = [SourceList(sources) for sources in lists]
        rows = dict.fromkeys(itertools.chain.from_iterable(sources.rows() for sources in given))
        spill = next((sources._spill for sources in given if sources._spill is not None), None)
        return cls.from_rows(sorted(rows), spill)

    def _columns(self) -> tuple[memoryview, int]:
        data = self._data
        numbers = memoryview(data)[:-1].cast(_TYPE_CODES[data[-1]])
        return numbers, len(numbers) // 4

    def rows(self) -> Iterator[Row]:
        """Each source as ``(document, start, end, text)``, without making ``Source`` objects."""
        numbers, n = self._columns()
        strings: Any = self._strings.__getitem__  # documents are always strings; texts may be offsets
        texts: Iterator[Any] = map(strings, numbers[3 * n :])
        if self._spill is not None:
            texts = map(self._spill.text, texts)
        return zip(
            map(strings, numbers[:n]),
            numbers[n : 2 * n],
            numbers[2 * n : 3 * n],
            texts,
            strict=True,
        )

    def documents(self) -> frozenset[str]:
        """The documents the sources come from."""
        numbers, n = self._columns()
        strings: Any = self._strings.__getitem__
        return frozenset(map(strings, numbers[:n]))

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
        text = strings[numbers[3 * n + position]]
        return _source(
            strings[numbers[position]],  # type: ignore[arg-type]
            numbers[n + position],
            numbers[2 * n + position],
            self._spill.text(text) if self._spill is not None else text,  # type: ignore[arg-type]
        )

    def __bool__(self) -> bool:
        return len(self._data) > 1

    def __eq__(self, other: object) -> bool:
        if isinstance(other, SourceList):
            if self._spill is None and other._spill is None:
                return self._data == other._data and self._strings == other._strings
            return len(self) == len(other) and all(a == b for a, b in zip(self.rows(), other.rows(), strict=True))
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
        # Another process has no access to the spill file: the texts go along.
        if self._spill is not None:
            return (SourceList.from_rows, (list(self.rows()),))
        return (SourceList._from_parts, (self._strings, self._data))

    def __repr__(self) -> str:
        return f"SourceList({list(self)!r})"


EMPTY = SourceList._from_parts((), b"H")
_NEVER = 2**62  # the min_length of a spill that takes no more texts


class TextSpill:
    """Texts kept in a temporary file rather than in memory, each read back by its offset.

    The file is unlinked as soon as it is made (``tempfile.TemporaryFile``) and closed
    when the last list that uses it is gone. A text written twice is stored once, so
    equal texts have equal offsets; texts are found again by their hash, and a text
    with the same hash is read back to be sure it is the same. When the file cannot be
    made or written (no temporary directory, a full disk), ``put`` hands the text back
    and it stays in memory: the run goes on, only with more memory.
    """

    def __init__(self, min_length: int = 64) -> None:
        self.min_length = min_length
        self._file: Any = None
        try:
            # Open as long as the lists that use it live; closed when this object is collected.
            self._file = tempfile.TemporaryFile(prefix="citylinks-evidence-")  # noqa: SIM115
        except OSError:
            self.min_length = _NEVER
        self._descriptor = self._file.fileno() if self._file is not None else -1
        self._end = 0
        self._by_hash: dict[int, int | tuple[int, ...]] = {}
        self._lock = threading.Lock()

    def put(self, text: str) -> int | str:
        """The offset of ``text`` in the file, writing it there if it is not yet (``text`` itself when the
        file cannot take it)."""
        if self.min_length == _NEVER:
            return text
        digest = hash(text)
        with self._lock:
            known = self._by_hash.get(digest)
            offsets = () if known is None else (known,) if isinstance(known, int) else known
            for offset in offsets:
                if self.text(offset) == text:
                    return offset
            data = text.encode("utf-8", "surrogatepass")
            offset = self._end
            try:
                os.pwrite(self._descriptor, len(data).to_bytes(4, "little") + data, offset)
            except OSError:
                self.min_length = _NEVER  # a full disk: what is written stays readable, the rest stays in memory
                return text
            self._end += 4 + len(data)
            self._by_hash[digest] = offset if known is None else (*offsets, offset)
            return offset

    def text(self, offset: str | int) -> str:
        """The text at ``offset`` (a string given instead is returned as it is)."""
        if type(offset) is not int:
            return offset  # type: ignore[return-value]
        size = int.from_bytes(os.pread(self._descriptor, 4, offset), "little")
        return os.pread(self._descriptor, size, offset + 4).decode("utf-8", "surrogatepass")

    def __len__(self) -> int:
        """Bytes written."""
        return self._end


def spilled_record(record: Any, spill: TextSpill) -> Any:
    """``record`` with the long texts of its sources in ``spill`` (the record itself when none has to move)."""
    sources = getattr(record, "sources", None)
    if not isinstance(sources, SourceList):
        return record
    moved = sources.spilled(spill)
    if moved is sources:
        return record
    return attrs.evolve(record, sources=moved)


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
