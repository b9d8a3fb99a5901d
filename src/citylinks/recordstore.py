"""Records on disk: the documents, events and agreements of a large run in a temporary SQLite file.

A corpus of 100,000 articles gives some 100,000 documents and 400,000 events and
agreements before merging; kept as objects they are most of a run's memory, and
they would make the memory of a run grow with its corpus. ``build_dataset``
keeps them in a ``RecordStore`` instead: one SQLite database in the temporary
directory, unlinked as soon as it is open (the space goes back when the store is
closed or collected, or the process ends), and without a rollback journal.

``RecordTable`` is a ``MutableMapping`` from id to record over one table of that
file. It iterates in id order (the order the exports write) a few hundred rows
at a time, so a pass over a table holds only those rows. A record is stored as
the tuple of its fields (``encode_record``: nested dates, participants, places and
source lists as tuples too, pickled), and rebuilt without running the models'
validators again: it was valid when stored. A table that nothing refers to any
more is dropped, so a run's enrichers, each writing the tables it changes anew,
keep the file at about two copies of the records.

Without a writable temporary directory ``RecordStore.open`` returns None, and
``Dataset.on_disk`` keeps its tables in dicts: the run goes on, with more memory.
``empty_like`` and ``sort_records`` let an enricher write and sort in whichever of
the two its input lives in.
"""

from __future__ import annotations

import contextlib
import itertools
import os
import pickle
import re
import tempfile
import threading
import weakref
from collections.abc import Callable, ItemsView, Iterable, Iterator, KeysView, Mapping, MutableMapping, ValuesView
from typing import TYPE_CHECKING, Any

from citylinks.models import Agreement, DateClaim, Document, Event, Geo, PartialDate, Participant, Partner
from citylinks.sourcelist import EMPTY, SourceList

if TYPE_CHECKING:
    import sqlite3

BATCH = 512  # rows read at a time by a pass over a table
_NEW = object.__new__
_SET = object.__setattr__
_PICKLE = pickle.HIGHEST_PROTOCOL
_dumps = pickle.dumps
_loads = pickle.loads  # our own file, written by this process


# -- Encoding: a record as a tuple of plain values ------------------------------------------------------

_DATES: dict[tuple, PartialDate] = {}
_MAX_DATES = 50_000


def _date_out(date: PartialDate | None) -> tuple | None:
    return None if date is None else (date.year, date.month, date.day)


def _date_in(value: tuple | None) -> PartialDate | None:
    if value is None:
        return None
    date = _DATES.get(value)
    if date is None:
        date = _built(PartialDate, ("year", "month", "day"), value)
        if len(_DATES) < _MAX_DATES:
            _DATES[value] = date
    return date


def _sources_out(sources: SourceList) -> tuple:
    if sources._spill is not None:  # the texts go along, not their offsets in a file of this process
        sources = SourceList.from_rows(list(sources.rows()))
    return (sources._strings, sources._data)


def _sources_in(value: tuple) -> SourceList:
    strings, data = value
    return EMPTY if len(data) == 1 else SourceList._from_parts(strings, data)


def _built(cls: type, names: tuple[str, ...], values: Iterable[Any]) -> Any:
    instance: Any = _NEW(cls)
    for name, value in zip(names, values, strict=True):
        _SET(instance, name, value)
    return instance


_PARTICIPANT = ("person", "title", "partner")
_GEO = ("lat", "lon", "gazetteer_id", "admin1", "admin1_name", "population", "coordinates_from")
_CLAIM = ("date", "date_computed", "documents")


def _participants_out(participants: tuple[Participant, ...]) -> tuple:
    return tuple((p.person, p.title, p.partner) if type(p) is Participant else p for p in participants)


def _participants_in(value: tuple) -> tuple[Participant, ...]:
    return tuple(_built(Participant, _PARTICIPANT, p) if type(p) is tuple else p for p in value)


def _geo_out(geo: Geo | None) -> Any:
    if type(geo) is not Geo:
        return geo
    return tuple(getattr(geo, name) for name in _GEO)


def _geo_in(value: Any) -> Geo | None:
    return _built(Geo, _GEO, value) if type(value) is tuple else value


def _claims_out(claims: tuple[DateClaim, ...]) -> tuple:
    return tuple((_date_out(c.date), c.date_computed, c.documents) if type(c) is DateClaim else c for c in claims)


def _claims_in(value: tuple) -> tuple[DateClaim, ...]:
    return tuple(_built(DateClaim, _CLAIM, (_date_in(c[0]), c[1], c[2])) if type(c) is tuple else c for c in value)


# For each model, its fields in order, with how each is written and read back (None: as it is).
_Codec = tuple[tuple[str, Callable[[Any], Any] | None, Callable[[Any], Any] | None], ...]
_CODECS: dict[type, _Codec] = {
    Document: (
        ("id", None, None),
        ("path", None, None),
        ("title", None, None),
        ("published", _date_out, _date_in),
        ("language", None, None),
        ("text", None, None),
    ),
    Partner: (
        ("id", None, None),
        ("name", None, None),
        ("kind", None, None),
        ("country", None, None),
        ("aliases", None, None),
        ("parent", None, None),
        ("geo", _geo_out, _geo_in),
        ("sources", _sources_out, _sources_in),
        ("same_as", None, None),
    ),
    Event: (
        ("id", None, None),
        ("kind", None, None),
        ("date", _date_out, _date_in),
        ("end_date", _date_out, _date_in),
        ("location", None, None),
        ("partners", None, None),
        ("participants", _participants_out, _participants_in),
        ("mode", None, None),
        ("topics", None, None),
        ("sources", _sources_out, _sources_in),
        ("plover", None, None),
        ("plover_mode", None, None),
        ("cameo", None, None),
    ),
    Agreement: (
        ("id", None, None),
        ("kind", None, None),
        ("status", None, None),
        ("date", _date_out, _date_in),
        ("date_computed", None, None),
        ("partners", None, None),
        ("topics", None, None),
        ("signed_at", None, None),
        ("sources", _sources_out, _sources_in),
        ("candidate_dates", _claims_out, _claims_in),
    ),
}
_TAGS: dict[type, int] = {cls: number for number, cls in enumerate(_CODECS)}
_OTHER = -1  # anything else (a subclass, a plugin's own object): pickled as it is


def _compiled(cls: type, codec: _Codec) -> tuple[Callable[[Any], tuple], Callable[[tuple], Any]]:
    """An encoder and a decoder for one model, written out field by field: a run calls them millions of times."""
    names: dict[str, Any] = {"_NEW": _NEW, "cls": cls}
    outs, sets = [], []
    for number, (field, out, back) in enumerate(codec, start=1):
        names[f"set_{field}"] = cls.__dict__[field].__set__  # the slot itself: no frozen __setattr__ in the way
        if out is not None:
            names[f"out_{field}"] = out
            outs.append(f"out_{field}(record.{field})")
        else:
            outs.append(f"record.{field}")
        if back is not None:
            names[f"back_{field}"] = back
            sets.append(f"    set_{field}(instance, back_{field}(values[{number}]))")
        else:
            sets.append(f"    set_{field}(instance, values[{number}])")
    source = (
        f"def encode(record):\n    return ({_TAGS[cls]}, {', '.join(outs)})\n"
        "def decode(values):\n    instance = _NEW(cls)\n" + "\n".join(sets) + "\n    return instance\n"
    )
    exec(compile(source, f"<citylinks.recordstore codec of {cls.__name__}>", "exec"), names)
    return names["encode"], names["decode"]


_ENCODERS: dict[type, Callable[[Any], tuple]] = {}
_DECODERS: list[Callable[[tuple], Any]] = []
for _cls, _codec in _CODECS.items():
    _encode, _decode = _compiled(_cls, _codec)
    _ENCODERS[_cls] = _encode
    _DECODERS.append(_decode)


def encode_record(record: Any) -> bytes:
    """``record`` as bytes for a ``RecordTable``; ``decode_record`` gives back an equal record."""
    encode = _ENCODERS.get(type(record))
    if encode is None:
        return _dumps((_OTHER, record), _PICKLE)
    return _dumps(encode(record), _PICKLE)


def decode_record(data: bytes) -> Any:
    """The record ``encode_record`` wrote (built without running the validators again: it was valid)."""
    values = _loads(data)
    tag = values[0]
    if tag == _OTHER:
        return values[1]
    return _DECODERS[tag](values)


_FIELD_POSITIONS: dict[int, dict[str, tuple[int, Callable[[Any], Any] | None]]] = {
    _TAGS[cls]: {name: (number, back) for number, (name, _, back) in enumerate(codec, start=1)}
    for cls, codec in _CODECS.items()
}


class _Fields:
    """A stored record's fields, each rebuilt when it is asked for: what a sort key needs of a record costs
    a few of its fields, not the whole record."""

    __slots__ = ("_positions", "_values")

    def __init__(self, values: tuple) -> None:
        self._values = values
        self._positions = _FIELD_POSITIONS[values[0]]

    def __getattr__(self, name: str) -> Any:
        try:
            position, back = self._positions[name]
        except KeyError:
            raise AttributeError(name) from None
        value = self._values[position]
        return value if back is None else back(value)


def record_fields(data: bytes) -> Any:
    """The fields of the record stored as ``data``, read one by one as attributes (the record itself when it
    is not of a model class)."""
    values = _loads(data)
    if values[0] == _OTHER:
        return values[1]
    return _Fields(values)


def _key(key: str) -> bytes:
    if type(key) is not str:
        raise TypeError(f"record ids are text (got {key!r})")
    # Byte order of UTF-8 is code point order: SQLite sorts the keys as sorted() sorts the ids.
    return key.encode("utf-8", "surrogatepass")


def _key_text(data: bytes) -> str:
    return data.decode("utf-8", "surrogatepass")


def encode_text(text: str) -> bytes:
    """A string value (an id map's new id) as stored."""
    return text.encode("utf-8", "surrogatepass")


# -- The store and its tables ---------------------------------------------------------------------------


class RecordStore:
    """One temporary SQLite database, unlinked once open, holding any number of ``RecordTable``."""

    def __init__(self, connection: sqlite3.Connection) -> None:
        self._connection = connection
        self._lock = threading.RLock()
        self._names = itertools.count()
        self._finalizer = weakref.finalize(self, connection.close)

    @classmethod
    def open(cls, directory: str | None = None) -> RecordStore | None:
        """A new store in ``directory`` (default: the temporary directory); None when it cannot be made there."""
        import sqlite3  # here, not at the top: 'citylinks --help' imports the enrichers, not a database

        try:
            handle, path = tempfile.mkstemp(prefix="citylinks-records-", suffix=".sqlite", dir=directory)
        except OSError:
            return None
        os.close(handle)
        connection = None
        try:
            connection = sqlite3.connect(path, isolation_level=None, check_same_thread=False)
            # No journal (nothing is ever rolled back, and the file is unlinked) and no fsync: a scratch file.
            connection.execute("PRAGMA journal_mode=OFF")
            connection.execute("PRAGMA synchronous=OFF")
            connection.execute("PRAGMA locking_mode=EXCLUSIVE")
            connection.execute("PRAGMA cache_size=-4096")  # KiB of pages kept in memory
            connection.execute("PRAGMA temp_store=FILE")
            connection.execute("BEGIN")  # one transaction for the store's life: nothing is written twice
            connection.execute("CREATE TABLE probe (k BLOB)")  # a directory that takes no data fails here
            connection.execute("DROP TABLE probe")
        except sqlite3.Error:
            if connection is not None:
                connection.close()
            return None
        finally:
            with contextlib.suppress(OSError):
                os.unlink(path)
        return cls(connection)

    def size(self) -> int:
        """Bytes the file takes (pages of dropped tables included: they are used again)."""
        return int(self._one("PRAGMA page_count")[0]) * int(self._one("PRAGMA page_size")[0])

    def close(self) -> None:
        """Close the file now (its tables cannot be read any more)."""
        self._finalizer()

    def _new_table(self, values: str = "BLOB") -> str:
        name = f"t{next(self._names)}"
        with self._lock:
            self._connection.execute(f"CREATE TABLE {name} (k BLOB PRIMARY KEY, v {values})")
        return name

    def _drop(self, name: str) -> None:
        if not self._finalizer.alive:
            return
        import sqlite3

        try:
            with self._lock:
                self._connection.execute(f"DROP TABLE IF EXISTS {name}")
        except sqlite3.Error:
            pass  # a table that cannot go now stays until the file goes

    def _execute(self, sql: str, parameters: tuple = ()) -> list:
        with self._lock:
            return self._connection.execute(sql, parameters).fetchall()

    def _one(self, sql: str, parameters: tuple = ()) -> Any:
        with self._lock:
            return self._connection.execute(sql, parameters).fetchone()

    def _many(self, sql: str, rows: Iterable[tuple]) -> None:
        with self._lock:
            self._connection.executemany(sql, rows)

    def table(self, records: Iterable[tuple[str, Any]] = ()) -> RecordTable:
        """A new table of records by id, filled with ``records`` (id, record) if given."""
        table = RecordTable(self)
        table.update(records)
        return table

    def id_map(self) -> IdMap:
        """A new table of ids by id (old id → new id)."""
        return IdMap(self)

    def sorted_records(self, items: Iterable[tuple[bytes, Any]]) -> Iterator[Any]:
        """The records of ``items`` (sort key, record) in the order of their keys (unique ``bytes``), sorted
        on disk."""
        return self._sorted_rows((key, encode_record(record)) for key, record in items)

    def _sorted_rows(self, rows: Iterable[tuple[bytes, bytes]]) -> Iterator[Any]:
        name = self._new_table()
        try:
            rows = iter(rows)
            while batch := list(itertools.islice(rows, BATCH)):
                self._many(f"INSERT INTO {name} VALUES (?, ?)", batch)
            for _, data in _scan(self, name):
                yield decode_record(data)
        finally:
            self._drop(name)


def _scan(store: RecordStore, name: str, columns: str = "k, v") -> Iterator[tuple]:
    """Every row of a table in key order, ``BATCH`` rows at a time: no statement stays open between
    batches, so the caller may write meanwhile."""
    rows = store._execute(f"SELECT {columns} FROM {name} ORDER BY k LIMIT {BATCH}")
    while rows:
        yield from rows
        if len(rows) < BATCH:
            return
        rows = store._execute(f"SELECT {columns} FROM {name} WHERE k > ? ORDER BY k LIMIT {BATCH}", (rows[-1][0],))


class _DiskTable(MutableMapping[str, Any]):
    """What a ``RecordTable`` and an ``IdMap`` share: a table of one store, keyed by text, in key order."""

    def __init__(self, store: RecordStore) -> None:
        self.store = store
        self._name = store._new_table()
        self._length: int | None = 0
        # Not at exit: the whole file goes then.
        weakref.finalize(self, store._drop, self._name).atexit = False

    def _encode(self, value: Any) -> bytes:
        raise NotImplementedError

    def _decode(self, data: bytes) -> Any:
        raise NotImplementedError

    def __getitem__(self, key: str) -> Any:
        row = self.store._one(f"SELECT v FROM {self._name} WHERE k = ?", (_key(key),))
        if row is None:
            raise KeyError(key)
        return self._decode(row[0])

    def get(self, key: str, default: Any = None) -> Any:
        if type(key) is not str:
            return default
        row = self.store._one(f"SELECT v FROM {self._name} WHERE k = ?", (_key(key),))
        return default if row is None else self._decode(row[0])

    def __contains__(self, key: object) -> bool:
        if type(key) is not str:
            return False
        return self.store._one(f"SELECT 1 FROM {self._name} WHERE k = ?", (_key(key),)) is not None

    def __setitem__(self, key: str, value: Any) -> None:
        self.store._execute(f"INSERT OR REPLACE INTO {self._name} VALUES (?, ?)", (_key(key), self._encode(value)))
        self._length = None

    def __delitem__(self, key: str) -> None:
        if key not in self:
            raise KeyError(key)
        self.store._execute(f"DELETE FROM {self._name} WHERE k = ?", (_key(key),))
        self._length = None

    def update(self, other: Any = (), /, **more: Any) -> None:
        """As ``dict.update``, written a batch at a time."""
        items = other.items() if isinstance(other, Mapping) else other
        rows = ((_key(key), self._encode(value)) for key, value in itertools.chain(items, more.items()))
        while batch := list(itertools.islice(rows, BATCH)):
            self.store._many(f"INSERT OR REPLACE INTO {self._name} VALUES (?, ?)", batch)
            self._length = None

    def clear(self) -> None:
        self.store._execute(f"DELETE FROM {self._name}")

    def move_single_into(self, table: RecordTable) -> None:
        """Move the records whose id came once into ``table`` (empty) as they are stored: no merging to do."""
        name = self._name
        self.store._execute(
            f"INSERT INTO {table._name} (k, v) SELECT k, v FROM {name} WHERE k IN "
            f"(SELECT k FROM {name} GROUP BY k HAVING count(*) = 1) ORDER BY k"
        )
        self.store._execute(f"DELETE FROM {name} WHERE k IN (SELECT k FROM {table._name})")
        table._length = None
        self._length = 0

    def __len__(self) -> int:
        if self._length is None:
            self._length = self.store._one(f"SELECT count(*) FROM {self._name}")[0]
        return self._length

    def __iter__(self) -> Iterator[str]:
        for (key,) in _scan(self.store, self._name, "k"):
            yield _key_text(key)

    def _items(self) -> Iterator[tuple[str, Any]]:
        for key, data in _scan(self.store, self._name):
            yield _key_text(key), self._decode(data)

    def keys(self) -> KeysView[str]:
        return KeysView(self)

    def items(self) -> ItemsView[str, Any]:
        return _Items(self)

    def values(self) -> ValuesView[Any]:
        return _Values(self)

    def __reduce__(self) -> tuple[Any, ...]:
        # Another process cannot read this file: the records go along, as a dict.
        return (dict, (list(self._items()),))

    def __repr__(self) -> str:
        return f"<{type(self).__name__} of {len(self)} on disk>"


class _Items(ItemsView):
    _mapping: _DiskTable

    def __iter__(self) -> Iterator[tuple[str, Any]]:
        return self._mapping._items()


class _Values(ValuesView):
    _mapping: _DiskTable

    def __iter__(self) -> Iterator[Any]:
        for _, value in self._mapping._items():
            yield value


class RecordTable(_DiskTable):
    """Records (documents, partners, events, agreements) by id, in a table of a ``RecordStore``."""

    def _encode(self, value: Any) -> bytes:
        return encode_record(value)

    def _decode(self, data: bytes) -> Any:
        return decode_record(data)

    def mapped(self, change: Callable[[Any], Any], mentions: Iterable[str] | None = None) -> RecordTable:
        """``change(record)`` for each record of this one, as a new table; this very table when ``change`` hands
        every record back as it is (as an enricher hands on a table it did not change). Records it keeps keep
        their stored bytes. With ``mentions``, ``change`` promises to change only records that hold one of
        those strings, and a record whose stored bytes hold none of them is not even read."""
        needle = _any_of(mentions) if mentions is not None else None
        table: RecordTable | None = None
        changed_rows: list[tuple[bytes, bytes]] = []
        for key, data in _scan(self.store, self._name):
            if needle is not None and needle(data) is None:
                continue
            record = decode_record(data)
            changed = change(record)
            if changed is not record:
                changed_rows.append((key, encode_record(changed)))
                if len(changed_rows) >= BATCH:
                    if table is None:
                        table = RecordTable(self.store)
                    self.store._many(f"INSERT INTO {table._name} VALUES (?, ?)", changed_rows)
                    changed_rows.clear()
        if table is None:
            if not changed_rows:
                return self
            table = RecordTable(self.store)
        self.store._many(f"INSERT INTO {table._name} VALUES (?, ?)", changed_rows)
        # The records kept, as they are stored: one statement, no record read.
        self.store._execute(f"INSERT OR IGNORE INTO {table._name} (k, v) SELECT k, v FROM {self._name}")
        table._length = self._length
        return table

    def copy(self) -> RecordTable:
        """A new table with the same records."""
        table = RecordTable(self.store)
        self.store._execute(f"INSERT INTO {table._name} SELECT k, v FROM {self._name}")
        table._length = self._length
        return table


def _any_of(texts: Iterable[str]) -> Callable[[bytes], Any]:
    """A search for any of ``texts`` in a stored record (pickle writes every string as its UTF-8 bytes)."""
    alternatives = sorted({re.escape(encode_text(text)) for text in texts}, key=len, reverse=True)
    if not alternatives:
        return lambda data: None
    return re.compile(b"|".join(alternatives)).search


class IdMap(_DiskTable):
    """Ids by id (what an enricher renamed: old id → new id), in a table of a ``RecordStore``."""

    def _encode(self, value: Any) -> bytes:
        return encode_text(value)

    def _decode(self, data: bytes) -> Any:
        return _key_text(data)


# -- For enrichers: the same code over tables in memory or on disk -----------------------------------------


def store_of(table: Mapping) -> RecordStore | None:
    """The store a table lives in (None for a dict or any other mapping)."""
    return table.store if isinstance(table, _DiskTable) else None


def empty_like(table: Mapping) -> MutableMapping[str, Any]:
    """An empty table where ``table`` is: a new ``RecordTable`` of its store, else a dict."""
    store = store_of(table)
    return store.table() if store is not None else {}


def id_map_like(table: Mapping) -> MutableMapping[str, str]:
    """An empty map of ids where ``table`` is: an ``IdMap`` of its store, else a dict."""
    store = store_of(table)
    return store.id_map() if store is not None else {}


def mapped_table(
    table: Mapping, change: Callable[[Any], Any], mentions: Iterable[str] | None = None
) -> MutableMapping[str, Any]:
    """``{key: change(record) for key, record in table.items()}``; for a table on disk, a table on disk, or the
    same table when no record changes (records that hold none of ``mentions``, if given, are not even read:
    see ``RecordTable.mapped``)."""
    if isinstance(table, RecordTable):
        return table.mapped(change, mentions)
    return {key: change(record) for key, record in table.items()}


def copied_table(table: Mapping) -> MutableMapping[str, Any]:
    """A copy of ``table`` (``dict(table)`` for any table not on disk)."""
    if isinstance(table, RecordTable):
        return table.copy()
    return dict(table)


def sort_records(items: Iterable[tuple[bytes, Any]], store: RecordStore | None) -> Iterator[Any]:
    """The records of ``items`` (unique sort key, record) in key order: on disk in ``store``, else in memory."""
    if store is not None:
        return store.sorted_records(items)
    return (record for _, record in sorted(items, key=_first))


def records_sorted_by(table: Mapping, sort_key: Callable[[Any], bytes]) -> Iterator[Any]:
    """A table's records in the order of ``sort_key(record)`` (unique ``bytes``): sorted on disk when the table
    is there (a scratch table, gone once read), else in memory. For a table on disk ``sort_key`` is handed not
    the record but its fields as attributes (``record_fields``), and should read no more than it needs."""
    if isinstance(table, RecordTable):

        def rows() -> Iterator[tuple[bytes, bytes]]:
            for _, data in _scan(table.store, table._name):
                yield sort_key(record_fields(data)), data

        return table.store._sorted_rows(rows())
    return (record for _, record in sorted(((sort_key(record), record) for record in table.values()), key=_first))


def _first(item: tuple) -> Any:
    return item[0]


def sorted_values(table: Mapping) -> Iterator[Any]:
    """A table's records in id order (a disk table reads them in that order; any other is sorted)."""
    if isinstance(table, _DiskTable):
        return iter(table.values())
    return (table[key] for key in sorted(table))


class StagedRecords:
    """Records in the order they arrive, several per id, in a table of a ``RecordStore``; read back grouped by
    id (ids in order), each id's records in arrival order, for ``RecordFolder`` to merge."""

    def __init__(self, store: RecordStore) -> None:
        self.store = store
        self._name = f"s{next(store._names)}"
        with store._lock:
            store._connection.execute(f"CREATE TABLE {self._name} (k BLOB, n INTEGER, v BLOB, PRIMARY KEY (k, n))")
        self._arrivals = itertools.count()
        weakref.finalize(self, store._drop, self._name).atexit = False

    def extend(self, records: Iterable[Any]) -> None:
        rows = [(_key(record.id), next(self._arrivals), encode_record(record)) for record in records]
        if rows:
            self.store._many(f"INSERT INTO {self._name} VALUES (?, ?, ?)", rows)

    def __len__(self) -> int:
        return self.store._one(f"SELECT count(*) FROM {self._name}")[0]

    def groups(self) -> Iterator[list[Any]]:
        """Each id's records, in arrival order; ids in order."""
        name = self._name
        rows = self.store._execute(f"SELECT k, n, v FROM {name} ORDER BY k, n LIMIT {BATCH}")
        group: list[Any] = []
        current = None
        while rows:
            for key, _, data in rows:
                if key != current and group:
                    yield group
                    group = []
                current = key
                group.append(decode_record(data))
            if len(rows) < BATCH:
                break
            last = rows[-1]
            rows = self.store._execute(
                f"SELECT k, n, v FROM {name} WHERE (k, n) > (?, ?) ORDER BY k, n LIMIT {BATCH}", (last[0], last[1])
            )
        if group:
            yield group

    def clear(self) -> None:
        self.store._execute(f"DELETE FROM {self._name}")

    def move_single_into(self, table: RecordTable) -> None:
        """Move the records whose id came once into ``table`` (empty) as they are stored: no merging to do."""
        name = self._name
        self.store._execute(
            f"INSERT INTO {table._name} (k, v) SELECT k, v FROM {name} WHERE k IN "
            f"(SELECT k FROM {name} GROUP BY k HAVING count(*) = 1) ORDER BY k"
        )
        self.store._execute(f"DELETE FROM {name} WHERE k IN (SELECT k FROM {table._name})")
        table._length = None
