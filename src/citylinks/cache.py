"""The parse cache: the records each document gave, in one SQLite file, so that a corpus
run again parses only the documents it has not seen.

An entry is keyed by the SHA-256 of the parser fingerprint (``parsing.parser_fingerprint``:
the citylinks version, each parser's name and versions and the files of its package)
and of the document as its reader gave it (its content hash, title, publication date and
language). A new article, a changed article or a changed parser is a miss; nothing else is.

Where it lives: ``--cache PATH``; else ``$CITYLINKS_CACHE_DIR/cache.sqlite``; else
``$XDG_CACHE_HOME/citylinks/cache.sqlite``; else ``~/.cache/citylinks/cache.sqlite``.

The file is never trusted: on opening, it must be a SQLite database whose ``meta`` table
names this application and schema, and pass ``PRAGMA quick_check``. A citylinks cache of
another schema, or a damaged one, is deleted and started again; a file that is not
provably a citylinks cache (someone's database, a text file, an unreadable file) is
renamed aside, never deleted. An entry that does not read back is parsed again. Writes
go in transactions on a write-ahead log, so a run killed mid-write leaves the entries
of the last committed batch and a file that opens.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import sqlite3
import time
from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING

import attrs
import orjson

from citylinks.components import ParsedDocument
from citylinks.models import Agreement, Document, Event, Partner, Record
from citylinks.serialize import record_from_dict, record_to_dict

if TYPE_CHECKING:
    from typing_extensions import Self

CACHE_DIR_ENV = "CITYLINKS_CACHE_DIR"
FILE_NAME = "cache.sqlite"
APPLICATION = "citylinks parse cache"
SCHEMA = "2"  # 2: an entry holds the language the parse stage identified
BATCH = 500  # entries per transaction: a killed run loses at most this many parses
_SQLITE_HEADER = b"SQLite format 3\x00"
_TAGS: dict[type, str] = {Partner: "p", Event: "e", Agreement: "a"}
_CLASSES: dict[str, type] = {tag: cls for cls, tag in _TAGS.items()}


def default_cache_path() -> str:
    """Where the cache lives when ``--cache`` is not given."""
    directory = os.environ.get(CACHE_DIR_ENV)
    if not directory:
        base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
        directory = os.path.join(base, "citylinks")
    return os.path.join(directory, FILE_NAME)


class ParseCache:
    """The records of documents parsed before, keyed by document and parser fingerprint."""

    def __init__(self, path: str, fingerprint: str, on_note: Callable[[str], None] | None = None) -> None:
        self.path = path
        self.fingerprint = fingerprint.encode("ascii")
        self.hits = 0
        self.writes = 0
        self._note = on_note or (lambda message: None)
        self._batch: list[tuple[bytes, bytes]] = []
        self.connection = _open_checked(path, self._note)

    def key(self, document: Document) -> bytes:
        published = document.published.isoformat() if document.published is not None else ""
        seen = "\x1f".join((document.id, document.title or "", published, document.language or ""))
        return hashlib.sha256(self.fingerprint + b"\x1e" + seen.encode("utf-8", "surrogatepass")).digest()

    def get(self, key: bytes, document: Document) -> ParsedDocument | None:
        """The cached parse of ``document``, or None (never seen, or an entry that does not read back)."""
        row = self.connection.execute("SELECT records FROM parsed WHERE key = ?", (key,)).fetchone()
        if row is None:
            return None
        try:
            language, records = decode_entry(row[0])
        except Exception:  # noqa: BLE001 (whatever is wrong with the entry, parsing again puts it right)
            return None
        self.hits += 1
        # The language the parse stage identified, for a document whose reader left it to that stage:
        # identifying it again here would cost a warm run as much as its reading.
        if document.language is None and language is not None:
            document = attrs.evolve(document, language=language)
        return ParsedDocument(attrs.evolve(document, text=""), records)

    def put(self, key: bytes, records: Iterable[Record], language: str | None = None) -> None:
        """Remember a document's records (and the language its parse found, if any)."""
        self._batch.append((key, encode_entry(language, records)))
        if len(self._batch) >= BATCH:
            self.flush()

    def flush(self) -> None:
        if not self._batch:
            return
        with self.connection:
            self.connection.executemany("INSERT OR REPLACE INTO parsed (key, records) VALUES (?, ?)", self._batch)
        self.writes += len(self._batch)
        self._batch.clear()

    def __len__(self) -> int:
        return self.connection.execute("SELECT count(*) FROM parsed").fetchone()[0]

    def close(self) -> None:
        try:
            self.flush()
        finally:
            self.connection.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()


def encode_entry(language: str | None, records: Iterable[Record]) -> bytes:
    return orjson.dumps(
        {"language": language, "records": [[_TAGS[type(record)], record_to_dict(record)] for record in records]}
    )


def decode_entry(blob: bytes) -> tuple[str | None, tuple[Record, ...]]:
    entry = orjson.loads(blob)
    language = entry["language"]
    if language is not None and not isinstance(language, str):
        raise ValueError(f"language {language!r} is not a string")
    return language, tuple(record_from_dict(_CLASSES[tag], data) for tag, data in entry["records"])


def _open_checked(path: str, note: Callable[[str], None]) -> sqlite3.Connection:
    directory = os.path.dirname(os.path.abspath(path))
    os.makedirs(directory, exist_ok=True)
    if os.path.exists(path):
        verdict = _inspect(path)
        if verdict == "foreign":
            aside = f"{path}.not-a-cache-{time.strftime('%Y%m%d%H%M%S')}"
            for suffix in ("", "-wal", "-shm"):
                if os.path.exists(path + suffix):
                    os.replace(path + suffix, aside + suffix)
            note(f"{path} is not a citylinks cache; moved to {aside} and a new cache started")
        elif verdict is not None:
            _remove(path)
            note(f"cache {path} {verdict}; started again")
    connection = sqlite3.connect(path, timeout=30, isolation_level=None)
    try:
        connection.execute("PRAGMA journal_mode=WAL")
        # WAL with synchronous=NORMAL survives a killed process; only a power cut may lose the last commits.
        connection.execute("PRAGMA synchronous=NORMAL")
        with connection:
            connection.execute("BEGIN IMMEDIATE")
            connection.execute("CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)")
            connection.execute(
                "CREATE TABLE IF NOT EXISTS parsed (key BLOB PRIMARY KEY, records BLOB NOT NULL) WITHOUT ROWID"
            )
            connection.executemany(
                "INSERT OR IGNORE INTO meta (key, value) VALUES (?, ?)",
                (("application", APPLICATION), ("schema", SCHEMA)),
            )
    except BaseException:
        connection.close()
        raise
    # back to implicit transactions (SQLite's default, deferred), committed per batch by ``with``
    connection.isolation_level = "DEFERRED"
    return connection


def _inspect(path: str) -> str | None:
    """None for a sound citylinks cache of this schema; ``"foreign"``; or what is wrong with ours."""
    with open(path, "rb") as handle:
        header = handle.read(len(_SQLITE_HEADER))
    if not header:
        return "was empty"
    if header != _SQLITE_HEADER:
        return "foreign"
    try:
        # Read-write even to inspect: read-only cannot open a write-ahead log left by a killed run.
        connection = sqlite3.connect(path, timeout=30)
    except sqlite3.Error:
        return "foreign"
    try:
        try:
            rows = dict(
                connection.execute("SELECT key, value FROM meta WHERE key IN ('application', 'schema')").fetchall()
            )
        except sqlite3.Error:
            return "foreign"
        if rows.get("application") != APPLICATION:
            return "foreign"
        if rows.get("schema") != SCHEMA:
            return f"has schema {rows.get('schema')!r}, not {SCHEMA!r}"
        try:
            check = connection.execute("PRAGMA quick_check").fetchall()
        except sqlite3.DatabaseError as error:
            return f"is damaged ({error})"
        if check != [("ok",)]:
            return f"is damaged ({check[0][0]})"
        return None
    finally:
        connection.close()


def _remove(path: str) -> None:
    for suffix in ("", "-wal", "-shm"):
        with contextlib.suppress(FileNotFoundError):
            os.remove(path + suffix)
