"""The parse cache: only new documents are parsed again; a damaged or foreign file is never trusted."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import textwrap
import time
from collections.abc import Iterator
from pathlib import Path
from typing import ClassVar

import pytest
from typer.testing import CliRunner

from citylinks import hookimpl
from citylinks.cache import APPLICATION, BATCH, SCHEMA, ParseCache, default_cache_path
from citylinks.cli import build_app
from citylinks.components import InputSource, Parser
from citylinks.default_plugins import text_reader
from citylinks.ids import digest_id
from citylinks.models import Document, Partner, Source
from citylinks.parsing import parser_fingerprint
from citylinks.pipeline import build_dataset, export_to_bytes
from citylinks.plugins import Registry, get_plugin_manager, new_plugin_manager

REPO = Path(__file__).resolve().parent.parent


class CountingParser(Parser):
    """One partner per document, named after its first line; counts the documents it parses."""

    name = "counting"
    version = "1"
    parsed: ClassVar[list[str]] = []

    def parse(self, document: Document) -> Iterator[Partner]:
        CountingParser.parsed.append(document.path or "")
        name = document.text.split("\n", 1)[0].strip() or "x"
        yield Partner(
            id=digest_id("partner", [name]), name=name, kind="city", sources=(Source(document.id, 0, len(name), name),)
        )


class CountingPlugin:
    @hookimpl
    def citylinks_register_parsers(self, register):
        register(CountingParser)


@pytest.fixture
def registry() -> Registry:
    CountingParser.parsed = []
    pm = new_plugin_manager()
    pm.register(text_reader, name="citylinks.default_plugins.text_reader")
    pm.register(CountingPlugin(), name="counting")
    return Registry(pm)


def sources(count: int, start: int = 0) -> list[InputSource]:
    return [InputSource(name=f"{n}.txt", data=f"Town {n}\nsome news\n".encode()) for n in range(start, start + count)]


def run(registry: Registry, path: Path, items: list[InputSource]) -> bytes:
    with ParseCache(str(path), parser_fingerprint(registry)) as cache:
        dataset, _ = build_dataset(registry, sources=items, cache=cache)
    return export_to_bytes(get_plugin_manager(False)[1], dataset, "json")


def test_a_rerun_parses_only_the_new_documents(registry, tmp_path):
    path = tmp_path / "cache.sqlite"
    first = run(registry, path, sources(100))
    assert len(CountingParser.parsed) == 100
    CountingParser.parsed = []
    assert run(registry, path, sources(100)) == first
    assert CountingParser.parsed == []
    run(registry, path, sources(101))
    assert CountingParser.parsed == ["100.txt"]


def test_a_new_parser_version_parses_everything_again(registry, tmp_path, monkeypatch):
    path = tmp_path / "cache.sqlite"
    run(registry, path, sources(5))
    monkeypatch.setattr(CountingParser, "version", "2")
    CountingParser.parsed = []
    run(registry, path, sources(5))
    assert len(CountingParser.parsed) == 5


def test_a_document_with_other_metadata_is_another_entry(registry, tmp_path):
    with ParseCache(str(tmp_path / "cache.sqlite"), parser_fingerprint(registry)) as cache:
        document = Document(id="sha256:abc", path="a.txt", text="Town\n", language="en")
        assert cache.key(document) == cache.key(
            Document(id="sha256:abc", path="elsewhere/a.txt", text="Town\n", language="en")
        )
        assert cache.key(document) != cache.key(Document(id="sha256:abc", path="a.txt", text="Town\n", language="vi"))


def test_warm_output_is_the_cold_output_byte_for_byte(tmp_path):
    args = ["export", "-j", "1", "--cache", str(tmp_path / "c.sqlite"), str(REPO / "examples" / "articles")]
    cold = CliRunner().invoke(build_app(), args)
    warm = CliRunner().invoke(build_app(), args)
    assert cold.exit_code == warm.exit_code == 0, cold.stderr
    assert cold.stdout_bytes == warm.stdout_bytes
    with ParseCache(str(tmp_path / "c.sqlite"), "x") as cache:
        assert len(cache) == len(list((REPO / "examples" / "articles").glob("*.txt")))


def test_cli_cache_options(tmp_path, monkeypatch):
    article = REPO / "examples" / "articles" / "en_danang_yokohama_mou.txt"

    def invoke(*args: str):
        return CliRunner().invoke(build_app(), ["export", "-q", "-j", "1", *args, str(article)])

    assert invoke("--cache", str(tmp_path / "mine.sqlite")).exit_code == 0
    assert (tmp_path / "mine.sqlite").exists()
    monkeypatch.setenv("CITYLINKS_CACHE_DIR", str(tmp_path / "dir"))
    assert invoke("--no-cache").exit_code == 0
    assert not (tmp_path / "dir").exists()
    assert invoke().exit_code == 0
    assert (tmp_path / "dir" / "cache.sqlite").exists()
    both = invoke("--no-cache", "--cache", str(tmp_path / "x.sqlite"))
    assert both.exit_code == 2 and both.stderr == "citylinks: error: --cache and --no-cache together: choose one\n"
    (tmp_path / "a-directory.sqlite").mkdir()
    unusable = CliRunner().invoke(
        build_app(), ["export", "-j", "1", "--cache", str(tmp_path / "a-directory.sqlite"), str(article)]
    )
    assert unusable.exit_code == 0
    assert unusable.stderr.startswith(f"note: cache {tmp_path / 'a-directory.sqlite'} not used: ")


def test_default_location(monkeypatch, tmp_path):
    monkeypatch.delenv("CITYLINKS_CACHE_DIR")
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg"))
    assert default_cache_path() == str(tmp_path / "xdg" / "citylinks" / "cache.sqlite")
    monkeypatch.delenv("XDG_CACHE_HOME")
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    assert default_cache_path() == str(tmp_path / "home" / ".cache" / "citylinks" / "cache.sqlite")
    monkeypatch.setenv("CITYLINKS_CACHE_DIR", str(tmp_path / "mine"))
    assert default_cache_path() == str(tmp_path / "mine" / "cache.sqlite")


def filled_cache(registry: Registry, path: Path, count: int = 300) -> bytes:
    output = run(registry, path, sources(count))
    CountingParser.parsed = []
    return output


def reopen(registry: Registry, path: Path, count: int = 300) -> tuple[bytes, list[str]]:
    notes: list[str] = []
    with ParseCache(str(path), parser_fingerprint(registry), on_note=notes.append) as cache:
        dataset, _ = build_dataset(registry, sources=sources(count), cache=cache)
    return export_to_bytes(get_plugin_manager(False)[1], dataset, "json"), notes


def test_a_damaged_cache_is_rebuilt_not_trusted(registry, tmp_path):
    path = tmp_path / "cache.sqlite"
    expected = filled_cache(registry, path)
    data = bytearray(path.read_bytes())
    assert len(data) > 4 * 4096
    data[-2 * 4096 : -4096] = b"\xa5" * 4096  # a page of the records table, written last
    path.write_bytes(bytes(data))
    output, notes = reopen(registry, path)
    assert output == expected
    assert len(CountingParser.parsed) == 300
    assert len(notes) == 1 and "is damaged" in notes[0], notes


def test_a_foreign_database_is_moved_aside_and_kept(registry, tmp_path):
    path = tmp_path / "cache.sqlite"
    with sqlite3.connect(path) as foreign:
        foreign.execute("CREATE TABLE users (name TEXT)")
        foreign.execute("INSERT INTO users VALUES ('ada')")
    foreign.close()
    _, notes = reopen(registry, path, 3)
    assert len(CountingParser.parsed) == 3
    (aside,) = tmp_path.glob("cache.sqlite.not-a-cache-*")
    assert notes == [f"{path} is not a citylinks cache; moved to {aside} and a new cache started"]
    with sqlite3.connect(aside) as kept:
        assert kept.execute("SELECT name FROM users").fetchall() == [("ada",)]
    kept.close()
    with sqlite3.connect(path) as ours:
        assert ours.execute("SELECT value FROM meta WHERE key = 'application'").fetchone() == (APPLICATION,)
    ours.close()


@pytest.mark.parametrize("content", [b"just some text\n", b"SQLite format 3\x00" + b"\x00" * 50, b""])
def test_a_file_that_is_not_a_cache_is_not_trusted(registry, tmp_path, content):
    path = tmp_path / "cache.sqlite"
    path.write_bytes(content)
    output, notes = reopen(registry, path, 3)
    assert len(CountingParser.parsed) == 3 and len(notes) == 1
    assert run(registry, path, sources(3)) == output


def test_another_schema_is_started_again(registry, tmp_path):
    path = tmp_path / "cache.sqlite"
    filled_cache(registry, path, 3)
    with sqlite3.connect(path) as connection:
        connection.execute("UPDATE meta SET value = '0' WHERE key = 'schema'")
    connection.close()
    _, notes = reopen(registry, path, 3)
    assert notes == [f"cache {path} has schema '0', not {SCHEMA!r}; started again"]
    assert len(CountingParser.parsed) == 3


def test_an_entry_that_does_not_read_back_is_parsed_again(registry, tmp_path):
    path = tmp_path / "cache.sqlite"
    expected = filled_cache(registry, path, 3)
    with sqlite3.connect(path) as connection:
        connection.execute("UPDATE parsed SET records = ?", (b'[["p", {"id": ""}]]',))
    connection.close()
    output, notes = reopen(registry, path, 3)
    assert output == expected and notes == [] and len(CountingParser.parsed) == 3
    CountingParser.parsed = []
    reopen(registry, path, 3)
    assert CountingParser.parsed == []


WRITER = textwrap.dedent(
    """
    import sys
    from citylinks.cache import ParseCache
    cache = ParseCache(sys.argv[1], "fingerprint")
    n = 0
    while True:
        cache.put(n.to_bytes(8, "big"), ())
        n += 1
        if n == 2 * {batch}:
            print("committed", flush=True)
    """
)


def test_a_run_killed_mid_write_leaves_a_sound_cache(tmp_path):
    path = tmp_path / "cache.sqlite"
    writer = subprocess.Popen(
        [sys.executable, "-c", WRITER.format(batch=BATCH), str(path)], stdout=subprocess.PIPE, text=True
    )
    assert writer.stdout.readline() == "committed\n"
    time.sleep(0.3)
    os.kill(writer.pid, signal.SIGKILL)
    writer.wait()
    notes: list[str] = []
    with ParseCache(str(path), "fingerprint", on_note=notes.append) as cache:
        entries = len(cache)
    assert notes == []
    assert entries >= 2 * BATCH and entries % BATCH == 0


def test_a_document_answered_from_the_cache_has_its_language(tmp_path):
    registry = get_plugin_manager(False)[1]
    article = InputSource(name="hue.txt", data="Thừa Thiên Huế và thành phố Lyon ký kết thỏa thuận hợp tác.\n".encode())
    path = tmp_path / "cache.sqlite"
    for _ in range(2):  # cold, then warm
        with ParseCache(str(path), parser_fingerprint(registry)) as cache:
            dataset, _ = build_dataset(registry, sources=[article], cache=cache)
        assert [document.language for document in dataset.documents.values()] == ["vi"]
    assert cache.hits == 1
