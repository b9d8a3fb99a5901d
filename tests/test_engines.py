"""The built-in ``local`` engine: worker processes give the same output as one process."""

from __future__ import annotations

import multiprocessing
import os
import shutil
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from typer.testing import CliRunner

from citylinks import hookimpl
from citylinks.cli import build_app
from citylinks.components import InputSource, Parser
from citylinks.default_plugins import local_engine, text_reader
from citylinks.default_plugins.local_engine import SMALL_RUN, LocalEngine, default_jobs
from citylinks.ids import digest_id
from citylinks.models import Document, Partner, Source
from citylinks.parsing import parse_in_process
from citylinks.pipeline import build_dataset, export_to_bytes
from citylinks.plugins import Registry, get_plugin_manager, new_plugin_manager

REPO = Path(__file__).resolve().parent.parent
ARTICLES = sorted((REPO / "examples" / "articles").glob("*.txt")) + sorted(
    (REPO / "tests" / "corpus" / "articles").glob("*.txt")
)


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> Path:
    """The project's articles twice over, the copies with a line added so that their content hashes differ."""
    directory = tmp_path_factory.mktemp("corpus")
    for path in ARTICLES:
        shutil.copy(path, directory / path.name)
        (directory / f"copy_{path.name}").write_text(
            path.read_text(encoding="utf-8") + "\nUpdated later that week.\n", encoding="utf-8"
        )
    assert len(ARTICLES) * 2 > SMALL_RUN
    return directory


def export(*args: str) -> bytes:
    result = CliRunner().invoke(build_app(), ["export", "--no-cache", *args])
    assert result.exit_code == 0, result.stderr
    return result.stdout_bytes


def test_jobs_2_writes_the_same_bytes_as_jobs_1(corpus):
    one = export("-j", "1", str(corpus))
    two = export("-j", "2", str(corpus))
    assert one == two
    assert one.count(b'"sha256:') >= len(ARTICLES) * 2


class Boom(Parser):
    """Names the city after 'City:' and fails on documents that say 'boom'."""

    name = "boom"

    def parse(self, document: Document) -> Iterator[Partner]:
        if "boom" in document.text:
            raise RuntimeError("boom")
        name = document.text.split("City: ", 1)[1].split("\n", 1)[0]
        yield Partner(
            id=digest_id("partner", [name]),
            name=name,
            kind="city",
            sources=(Source(document.id, 6, 6 + len(name), name),),
        )


class BoomPlugin:
    @hookimpl
    def citylinks_register_parsers(self, register):
        register(Boom)


def boom_registry() -> Registry:
    pm = new_plugin_manager()
    pm.register(text_reader, name="citylinks.default_plugins.text_reader")
    pm.register(BoomPlugin(), name="boom")
    return Registry(pm)


def boom_sources(count: int) -> list[InputSource]:
    return [
        InputSource(name=f"{n}.txt", data=f"City: Town {n}\n{'boom' if n % 7 == 3 else ''}\n".encode())
        for n in range(count)
    ]


def test_a_parser_failing_in_a_worker_is_refused_as_in_one_process():
    registry = boom_registry()
    sources = boom_sources(3 * SMALL_RUN)
    alone, alone_report = build_dataset(registry, sources=sources)
    pooled, pooled_report = build_dataset(registry, sources=sources, engine=LocalEngine(jobs=2))
    assert export_to_bytes(get_plugin_manager(False)[1], alone, "json") == export_to_bytes(
        get_plugin_manager(False)[1], pooled, "json"
    )
    assert [str(r) for r in pooled_report.refusals] == [str(r) for r in alone_report.refusals]
    assert pooled_report.refusals[0].reason == "parser 'boom' failed: RuntimeError: boom"


def documents(count: int) -> list[Document]:
    return [Document(id=digest_id("d", [n]), path=f"{n}.txt", text=f"City: Town {n}\n") for n in range(count)]


def test_results_come_back_in_input_order_and_workers_stop_when_the_reader_stops():
    registry = boom_registry()
    stream = LocalEngine(jobs=2).parse(iter(documents(10 * SMALL_RUN)), registry)
    first = [next(stream) for _ in range(5)]
    assert [parsed.document.path for parsed in first] == [f"{n}.txt" for n in range(5)]
    assert all(parsed.document.text == "" for parsed in first)
    assert len(multiprocessing.active_children()) == 2
    stream.close()
    deadline = time.monotonic() + 10
    while multiprocessing.active_children() and time.monotonic() < deadline:
        time.sleep(0.05)
    assert multiprocessing.active_children() == []


def test_a_small_run_is_parsed_in_this_process():
    registry = boom_registry()
    stream = LocalEngine(jobs=2).parse(iter(documents(SMALL_RUN - 1)), registry)
    assert len(list(stream)) == SMALL_RUN - 1
    assert multiprocessing.active_children() == []


def test_spawned_workers_register_the_plugins_again(monkeypatch):
    # With another thread running, workers are spawned, not forked: they rebuild the registry by module name.
    monkeypatch.setattr(local_engine.threading, "active_count", lambda: 2)
    _, registry = get_plugin_manager(load_entry_points=False)
    docs = [
        Document(
            id=digest_id("d", [n]), path=f"{n}.txt", text=f"Hanoi and Lyon signed a twinning agreement on day {n}."
        )
        for n in range(SMALL_RUN)
    ]
    pooled = list(LocalEngine(jobs=2).parse(iter(docs), registry))
    alone = list(parse_in_process(docs, registry))
    assert pooled == alone


def test_a_plugin_that_is_not_a_module_cannot_go_to_spawned_workers(monkeypatch):
    monkeypatch.setattr(local_engine.threading, "active_count", lambda: 2)
    with pytest.raises(ValueError, match="plugin 'boom' is not a module"):
        list(LocalEngine(jobs=2).parse(iter(documents(SMALL_RUN)), boom_registry()))


def test_jobs_and_scheduler_are_checked():
    assert LocalEngine().jobs is None and default_jobs() >= 1
    with pytest.raises(ValueError, match="at least 1"):
        LocalEngine(jobs=0)
    result = CliRunner().invoke(build_app(), ["export", "--scheduler", "tcp://h:8786", "x"])
    assert result.exit_code == 2
    assert result.stderr == (
        "citylinks: error: engine 'local' runs on this machine and takes no --scheduler; "
        "'citylinks plugins' lists the engines\n"
    )


ORPHAN = """
import itertools, multiprocessing, sys, time
sys.path.insert(0, sys.argv[1])
from test_engines import boom_registry, documents
from citylinks.default_plugins.local_engine import LocalEngine
stream = LocalEngine(jobs=2).parse(iter(documents(200)), boom_registry())
next(stream)
print(" ".join(str(child.pid) for child in multiprocessing.active_children()), flush=True)
time.sleep(60)
"""


@pytest.mark.skipif(
    not sys.platform.startswith("linux"), reason="the kernel ends a worker with its parent on Linux only"
)
def test_workers_end_when_their_parent_is_killed():
    parent = subprocess.Popen(
        [sys.executable, "-c", ORPHAN, str(Path(__file__).parent)], stdout=subprocess.PIPE, text=True
    )
    workers = [int(pid) for pid in parent.stdout.readline().split()]
    assert len(workers) == 2
    os.kill(parent.pid, signal.SIGKILL)
    parent.wait()
    deadline = time.monotonic() + 10
    while any(_alive(pid) for pid in workers) and time.monotonic() < deadline:
        time.sleep(0.05)
    assert not any(_alive(pid) for pid in workers)


def _alive(pid: int) -> bool:
    try:
        with open(f"/proc/{pid}/stat", encoding="ascii") as handle:
            return handle.read().split()[2] != "Z"
    except FileNotFoundError:
        return False


def test_the_text_reader_leaves_the_language_to_the_parse_stage(tmp_path):
    # Identifying the language costs as much as reading; done by the parse stage it runs in
    # the workers, in parallel, and a document read from the cache gets it all the same.
    article = tmp_path / "hue.txt"
    article.write_text("Thừa Thiên Huế và thành phố Lyon ký kết thỏa thuận hợp tác.\n", encoding="utf-8")
    (read,) = text_reader.TextReader().read(InputSource(name=str(article), path=str(article)))
    assert isinstance(read, Document)
    assert read.language is None
    (parsed,) = parse_in_process([read], get_plugin_manager(False)[1])
    assert parsed.document.language == "vi"
    assert parsed.document.text == ""
