"""The hostile corpus through the real command line, one process per category.

``tests/hostile/build_corpus.py`` writes the corpus into a temporary folder (the
20 MB and 30 MB files, thousands of tiny files, hostile HTML, ...). Each category
runs as ``python -m citylinks export`` in its own process, under a time limit and
with its peak memory measured (``os.wait4``, and ``RUSAGE_CHILDREN`` as a
cross-check). Every run must show no traceback, name every refusal with its
reason, still export the good articles next to the hostile inputs, and exit 1
exactly when something was refused. Faults (a plugin failing on one document, a
kill in the middle of an export, a full disk) are checked here too.
"""

from __future__ import annotations

import errno
import io
import json
import os
import resource
import signal
import socket
import stat
import subprocess
import sys
import tempfile
import threading
import time
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import icalendar
import igraph
import jsonschema
import networkx as nx
import pytest
from typer.testing import CliRunner

import citylinks.atomic
import citylinks.cli
import citylinks.plugins
from citylinks import hookimpl
from citylinks.components import InputSource, Parser, Reader
from citylinks.decoding import DecodeError
from citylinks.default_plugins import json_exporter, text_reader
from citylinks.ids import digest_id
from citylinks.models import Document, Partner, Source
from citylinks.plugins import BrokenPlugin, Registry, load_entry_point_plugins, new_plugin_manager
from citylinks.schema import load_export_schema
from hostile.build_corpus import GOOD_ARTICLES, HANOI_BORDEAUX, Category, build

TIME_LIMIT = 60.0  # seconds, for any one category
MEMORY_LIMIT = 2 * 1024**3  # bytes of peak resident memory, for any one process
SCHEMA = load_export_schema()
BIDI_AND_CONTROLS = {chr(c) for c in (*range(0x20), *range(0x7F, 0xA0), 0x61C, 0x200E, 0x200F, 0xFEFF)} | {
    chr(c) for c in (*range(0x202A, 0x202F), *range(0x2066, 0x206A))
}


@dataclass
class Run:
    returncode: int
    stdout: bytes
    stderr: str
    seconds: float
    peak_memory: int  # bytes

    @property
    def lines(self) -> list[str]:
        return self.stderr.splitlines()


@pytest.fixture(scope="module")
def listener() -> Iterator[socket.socket]:
    """A local port that any fetch from the hostile HTML pages would reach."""
    server = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    server.bind(("127.0.0.1", 0))
    server.listen(16)
    server.setblocking(False)
    yield server
    server.close()


@pytest.fixture(scope="module")
def home(tmp_path_factory) -> Path:
    """An empty HOME for every run: nothing may be written there (caches included)."""
    return tmp_path_factory.mktemp("home")


@pytest.fixture(scope="module")
def corpus(tmp_path_factory, listener) -> dict[str, Category]:
    return build(tmp_path_factory.mktemp("hostile"), port=listener.getsockname()[1])


def run_citylinks(
    *args: str,
    env: dict[str, str] | None = None,
    cwd: Path | None = None,
    home: Path | None = None,
    input: bytes = b"",
    timeout: float = TIME_LIMIT,
) -> Run:
    """``python -m citylinks *args`` in its own process; its time and peak memory measured."""
    environment = {**os.environ, "CITYLINKS_LOAD_PLUGINS": "", **(env or {})}
    if home is not None:
        environment.update(HOME=str(home), XDG_CACHE_HOME=str(home / ".cache"), CITYLINKS_CACHE_DIR=str(home / "cache"))
    with tempfile.TemporaryFile() as stdin, tempfile.TemporaryFile() as stdout, tempfile.TemporaryFile() as stderr:
        stdin.write(input)
        stdin.seek(0)
        started = time.perf_counter()
        process = subprocess.Popen(
            [sys.executable, "-m", "citylinks", *args],
            stdin=stdin,
            stdout=stdout,
            stderr=stderr,
            env=environment,
            cwd=cwd,
        )
        while True:
            pid, status, usage = os.wait4(process.pid, os.WNOHANG)
            if pid:
                break
            if time.perf_counter() - started > timeout:
                process.kill()
                os.wait4(process.pid, 0)
                pytest.fail(f"citylinks {' '.join(args)} took more than {timeout} s")
            time.sleep(0.02)
        seconds = time.perf_counter() - started
        process.returncode = os.waitstatus_to_exitcode(status)
        stdout.seek(0)
        stderr.seek(0)
        return Run(
            process.returncode,
            stdout.read(),
            stderr.read().decode("utf-8", "backslashreplace"),
            seconds,
            usage.ru_maxrss * 1024,
        )


def assert_within_bounds(run: Run) -> None:
    assert run.seconds < TIME_LIMIT
    assert run.peak_memory < MEMORY_LIMIT, f"peak memory {run.peak_memory / 1e6:.0f} MB"
    # The harness's own view: the largest resident set of any child process so far.
    assert resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss * 1024 < MEMORY_LIMIT
    assert "Traceback" not in run.stderr


def assert_accounted_for(run: Run, category: Category) -> None:
    """Every refusal named with its reason, nothing else refused, the summary and the exit code right."""
    refusal_lines = [line for line in run.lines if not line.startswith(("note: ", "citylinks: "))]
    for where, reason in category.refusals.items():
        assert any(line.startswith(f"{where}: {reason}") for line in refusal_lines), (
            f"{where} not refused: {run.stderr}"
        )
    unexpected = [
        line for line in refusal_lines if not any(line.startswith(f"{where}: ") for where in category.refusals)
    ]
    assert unexpected == []
    assert len(refusal_lines) == len(category.refusals)
    for note in category.notes:
        assert any(note in line for line in run.lines if line.startswith("note: ")), note
    if category.documents is not None:
        assert run.lines[-1] == f"citylinks: {category.documents} documents processed, {len(category.refusals)} refused"
    assert run.returncode == (1 if category.refusals else 0), run.stderr


def assert_good_records(export: dict, category: Category) -> None:
    """The good articles' partners are there, and every piece of evidence points at its text."""
    jsonschema.validate(export, SCHEMA)
    assert category.partners <= {partner["id"] for partner in export["partners"]}
    assert not category.absent_names & {partner["name"] for partner in export["partners"]}
    paths = {document["id"]: document["path"] for document in export["documents"]}
    checked = 0
    for section in ("partners", "events", "agreements"):
        for record in export[section]:
            for source in record["sources"]:
                text = category.texts.get(paths[source["document"]])
                if text is not None:
                    assert text[source["start"] : source["end"]] == source["text"], (paths[source["document"]], source)
                    checked += 1
    assert checked or not category.texts


CATEGORIES = [
    "refusals",
    "encodings",
    "size",
    "size-raised",
    "many-files",
    "many-cities",
    "injection",
    "dates",
    "names",
]


@pytest.mark.parametrize("name", CATEGORIES)
def test_category(corpus, home, tmp_path, name):
    category = corpus[name]
    out = tmp_path / "export.json"
    run = run_citylinks(
        "export", "--no-cache", "-f", "json", "-o", str(out), *category.args, env=category.env, home=home
    )
    assert_within_bounds(run)
    assert_accounted_for(run, category)
    data = out.read_bytes()
    export = json.loads(data.decode("utf-8"))  # strict: valid UTF-8 or an error
    assert_good_records(export, category)
    assert list(home.iterdir()) == []


def test_markup_is_never_fetched_executed_or_expanded(corpus, home, tmp_path, listener):
    pytest.importorskip("citylinks_html")
    category = corpus["markup"]
    out = tmp_path / "export.json"
    run = run_citylinks(
        "export", "--no-cache", "-f", "json", "-o", str(out), *category.args, env=category.env, home=home
    )
    assert_within_bounds(run)
    assert_accounted_for(run, category)
    export = json.loads(out.read_bytes().decode("utf-8"))
    assert_good_records(export, category)
    assert b"TOP-SECRET" not in out.read_bytes()
    assert b"lollollol" not in out.read_bytes()
    with pytest.raises(BlockingIOError):
        listener.accept()  # nobody knocked: no entity, DTD, image, script or refresh was fetched


def test_strict_stops_at_the_first_refusal_and_writes_nothing(corpus, home, tmp_path):
    out = tmp_path / "export.json"
    run = run_citylinks(
        "export", "--no-cache", "--strict", "-f", "json", "-o", str(out), *corpus["refusals"].args, home=home
    )
    assert_within_bounds(run)
    assert run.returncode == 1
    first, last = run.lines
    assert first.split(": ", 1)[0] in corpus["refusals"].refusals
    assert last == "citylinks: error: stopped at the first refusal (--strict); nothing written"
    assert not out.exists()


def test_max_records_is_an_option(corpus, home, tmp_path):
    out = tmp_path / "export.json"
    category = corpus["many-cities"]
    run = run_citylinks(
        "export", "--no-cache", "--max-records", "20", "-f", "json", "-o", str(out), *category.args, home=home
    )
    assert_within_bounds(run)
    assert any(line.endswith("records found, only the first 20 kept (see --max-records)") for line in run.lines)
    export = json.loads(out.read_bytes())
    assert category.partners <= {partner["id"] for partner in export["partners"]}  # short articles are untouched


# --- output injection: every format reads back ---------------------------------------------


@pytest.fixture(scope="module")
def injection_exports(corpus, tmp_path_factory) -> dict[str, bytes]:
    folder = tmp_path_factory.mktemp("injection-out")
    exports = {}
    for format_name in ("json", "jsonl", "ical", "graphml"):
        out = folder / f"export.{format_name}"
        run = run_citylinks("export", "--no-cache", "-f", format_name, "-o", str(out), *corpus["injection"].args)
        assert_within_bounds(run)
        assert run.returncode == 0, run.stderr
        exports[format_name] = out.read_bytes()
    return exports


def test_injected_json_is_valid_and_names_are_clean(injection_exports):
    export = json.loads(injection_exports["json"].decode("utf-8"))
    jsonschema.validate(export, SCHEMA)
    shown = [document["title"] for document in export["documents"] if document["title"]]
    shown += [name for partner in export["partners"] for name in (partner["name"], *partner["aliases"])]
    assert shown and all(not BIDI_AND_CONTROLS & set(text) for text in shown), shown
    assert "Hue and Blois talks END:VEVENT" in shown  # cleaned, not dropped
    paths = [document["path"] for document in export["documents"]]
    assert any(path.endswith("/caf\ufffd Hanoi.txt") for path in paths)  # a file name that is not UTF-8
    # Lines end at "\n" only (JSON Lines); str.splitlines would also cut at U+0085 or U+2028 inside a string.
    lines = injection_exports["jsonl"].decode("utf-8").split("\n")
    assert lines.pop() == ""
    assert json.loads(lines[0])["type"] == "header"


def test_injected_text_stays_inside_its_ical_property(injection_exports):
    export = json.loads(injection_exports["json"])
    ics = injection_exports["ical"]
    calendar = icalendar.Calendar.from_ical(ics)
    vevents = calendar.walk("VEVENT")
    dated = {event["id"] for event in export["events"] if event["date"] and len(event["date"]) == 10}
    assert {str(vevent["uid"]) for vevent in vevents} == {f"{event_id}@citylinks" for event_id in dated}
    assert ics.count(b"\r\nBEGIN:VEVENT\r\n") == len(vevents) == len(dated)
    descriptions = " ".join(str(vevent["description"]) for vevent in vevents)
    assert "(END:VEVENT BEGIN:VEVENT SUMMARY:fake; DESCRIPTION:x, y \\N C:\\New ]]>" in descriptions


def test_injected_graphml_reads_in_networkx_and_igraph(injection_exports, tmp_path):
    export = json.loads(injection_exports["json"])
    graph = nx.read_graphml(io.BytesIO(injection_exports["graphml"]))
    assert graph.number_of_nodes() == len(export["partners"])
    path = tmp_path / "export.graphml"
    path.write_bytes(injection_exports["graphml"])
    assert igraph.Graph.Read_GraphML(str(path)).vcount() == len(export["partners"])


# --- file names -----------------------------------------------------------------------------


def tree_snapshot(*roots: Path) -> dict[str, tuple[int, int]]:
    """Every path under the roots with its size and modification time."""
    snapshot = {}
    for root in roots:
        for directory, subdirectories, files in os.walk(root):
            for name in subdirectories + files:
                path = os.path.join(directory, name)
                status = os.lstat(path)
                snapshot[path] = (status.st_size, status.st_mtime_ns)
    return snapshot


def test_leading_dash_names_and_nothing_written_beside_the_output(corpus, home, tmp_path):
    folder = Path(corpus["names"].args[0])
    out_dir = tmp_path / "out dir ü"
    out_dir.mkdir()
    before = tree_snapshot(folder, home)
    for args in (["--", "-weird.txt", "--format=graphml.txt"], ["./-weird.txt"]):
        out = out_dir / "-export ü.json"
        run = run_citylinks("export", "--no-cache", "-f", "json", "-o", str(out), *args, cwd=folder, home=home)
        assert_within_bounds(run)
        assert run.returncode == 0, run.stderr
        export = json.loads(out.read_bytes())
        assert {"geonames:1580240", "geonames:3032213"} <= {partner["id"] for partner in export["partners"]}
    assert tree_snapshot(folder, home) == before
    assert [path.name for path in out_dir.iterdir()] == ["-export ü.json"]


def test_a_tree_deeper_than_the_recursion_limit(tmp_path):
    top = tmp_path / "deep"
    top.mkdir()
    descriptor = os.open(top, os.O_RDONLY)
    try:
        for _ in range(1200):
            os.mkdir("d", dir_fd=descriptor)
            inner = os.open("d", os.O_RDONLY, dir_fd=descriptor)
            os.close(descriptor)
            descriptor = inner
        article = os.open("article.txt", os.O_WRONLY | os.O_CREAT, 0o644, dir_fd=descriptor)
        os.write(article, HANOI_BORDEAUX.encode())
        os.close(article)
    finally:
        os.close(descriptor)
    try:
        run = run_citylinks("export", "--no-cache", "-f", "json", str(top))
    finally:
        subprocess.run(["rm", "-rf", str(top)], check=True)  # shutil.rmtree would hit the recursion limit too
    assert_within_bounds(run)
    assert run.returncode == 0, run.stderr
    assert len(json.loads(run.stdout)["documents"]) == 1


def test_stdin_is_read_up_to_the_limit_only():
    run = run_citylinks("export", "--no-cache", "--max-bytes", "1000", "-", input=HANOI_BORDEAUX.encode() * 20)
    assert run.returncode == 1
    assert run.lines[0] == "<stdin>: too large (more than 1000 bytes; the limit is 1000, see --max-bytes)"


def test_size_is_checked_before_anything_is_read(tmp_path):
    sparse = tmp_path / "sparse.txt"
    with sparse.open("wb") as handle:
        handle.truncate(8 * 1024**3)  # 8 GB that take no disk and would take 8 GB of memory to read
    started = time.perf_counter()
    with pytest.raises(DecodeError, match=r"too large \(8589934592 bytes; the limit is 1000, see --max-bytes\)"):
        InputSource(str(sparse), path=str(sparse)).read_bytes(1000)
    assert time.perf_counter() - started < 1


def test_an_article_dense_with_dates_parses_in_linear_time():
    from citylinks.article import make_document
    from citylinks.extraction.parser import extract_records

    pattern = "12/12/2012 on May 1, 2020 "
    document, _ = make_document("Hanoi and Lyon.\n" + pattern * (60_000 // len(pattern)), path="dates.txt")
    list(extract_records(make_document("Hanoi and Lyon.", path="warm.txt")[0]))  # the gazetteer, once
    started = time.process_time()  # this process's CPU time: a busy machine does not make it fail
    list(extract_records(document))
    # a guard against a blow-up (a quadratic date search took minutes here), not a benchmark: about 0.25 s on an
    # idle machine; at the limit 10 MB would take three minutes
    assert time.process_time() - started < 1.0


# --- faults ---------------------------------------------------------------------------------


class CityLines(Parser):
    """``City: <name>`` lines are partners; a document containing BOOM makes it fail."""

    name = "city-lines"

    def parse(self, document: Document) -> Iterator[Partner]:
        if "BOOM" in document.text:
            raise RuntimeError("cannot parse this one")
        for line_start, line in _lines(document.text):
            if line.startswith("City: "):
                name = line[6:].strip()
                yield Partner(
                    id=digest_id("partner", [name]),
                    name=name,
                    kind="city",
                    sources=[Source(document.id, line_start + 6, line_start + 6 + len(name), name)],
                )


def _lines(text: str) -> Iterator[tuple[int, str]]:
    offset = 0
    for line in text.splitlines(keepends=True):
        yield offset, line
        offset += len(line)


class ExplodingReader(Reader):
    name = "exploding"

    def read(self, source):
        raise ValueError("reader bug")
        yield  # pragma: no cover


class FaultPlugin:
    @hookimpl
    def citylinks_register_parsers(self, register):
        register(CityLines)

    @hookimpl
    def citylinks_register_readers(self, register):
        register(ExplodingReader)

    @hookimpl(tryfirst=True)
    def citylinks_choose_reader(self, path, head, readers):
        return "exploding" if path.endswith(".boom") else None


def fault_app():
    pm = new_plugin_manager()
    pm.register(text_reader, name="citylinks.default_plugins.text_reader")
    pm.register(json_exporter, name="citylinks.default_plugins.json_exporter")
    pm.register(FaultPlugin(), name="faults")
    return citylinks.cli.build_app(pm, Registry(pm))


@pytest.fixture
def fault_corpus(tmp_path) -> Path:
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a-good.txt").write_text("Hue\nCity: Hue\nCity: Kyoto\n", encoding="utf-8")
    (folder / "b-boom.txt").write_text("BOOM\nCity: Lyon\n", encoding="utf-8")
    (folder / "c-reader.boom").write_text("City: Oslo\n", encoding="utf-8")
    (folder / "d-good.txt").write_text("Hanoi\nCity: Hanoi\n", encoding="utf-8")
    return folder


def test_a_failing_plugin_costs_one_document_and_is_named(fault_corpus):
    result = CliRunner().invoke(fault_app(), ["export", "-f", "json", str(fault_corpus)])
    assert result.exit_code == 1
    assert result.stderr.splitlines() == [
        f"{fault_corpus / 'b-boom.txt'}: parser 'city-lines' failed: RuntimeError: cannot parse this one",
        f"{fault_corpus / 'c-reader.boom'}: reader 'exploding' failed: ValueError: reader bug",
        "citylinks: 3 documents processed, 2 refused",
    ]
    assert {partner["name"] for partner in json.loads(result.stdout)["partners"]} == {"Hue", "Kyoto", "Hanoi"}
    strict = CliRunner().invoke(fault_app(), ["export", "--strict", "-f", "json", str(fault_corpus)])
    assert strict.exit_code == 1 and strict.stdout == ""
    assert (
        strict.stderr.splitlines()[-1] == "citylinks: error: stopped at the first refusal (--strict); nothing written"
    )


def test_debug_shows_the_plugin_traceback_under_its_refusal(fault_corpus):
    result = CliRunner().invoke(fault_app(), ["export", "--debug", "-f", "json", str(fault_corpus)])
    assert result.exit_code == 1
    lines = result.stderr.splitlines()
    at = lines.index(f"{fault_corpus / 'b-boom.txt'}: parser 'city-lines' failed: RuntimeError: cannot parse this one")
    assert lines[at + 1] == "Traceback (most recent call last):"
    assert 'raise RuntimeError("cannot parse this one")' in result.stderr
    assert 'raise ValueError("reader bug")' in result.stderr


SLOW_EXPORT = """
import sys, time
from citylinks import hookimpl
from citylinks.cli import build_app
from citylinks.components import Exporter
from citylinks.plugins import Registry, get_plugin_manager

class SlowExporter(Exporter):
    name = "slow"

    def export_item(self, item):
        self.out.write(b"x" * 65536)
        self.out.flush()
        print("wrote", flush=True)
        time.sleep(0.25)

class SlowPlugin:
    @hookimpl
    def citylinks_register_exporters(self, register):
        register(SlowExporter)

pm, _ = get_plugin_manager(load_entry_points=False)
pm.register(SlowPlugin(), name="slow")
build_app(pm, Registry(pm))(prog_name="citylinks", args=sys.argv[1:])
"""


@pytest.mark.parametrize("how", [signal.SIGKILL, signal.SIGTERM, signal.SIGINT], ids=["SIGKILL", "SIGTERM", "SIGINT"])
def test_an_export_killed_half_way_leaves_the_previous_file(tmp_path, how):
    folder = tmp_path / "in"
    for name, (text, _) in GOOD_ARTICLES.items():
        (folder / name).parent.mkdir(exist_ok=True)
        (folder / name).write_text(text, encoding="utf-8")
    out = tmp_path / "out" / "export.slow"
    out.parent.mkdir()
    out.write_bytes(b"previous export\n")
    out.chmod(0o644)
    process = subprocess.Popen(
        [
            sys.executable,
            "-c",
            SLOW_EXPORT,
            "export",
            "--no-cache",
            "-j",
            "1",
            "-f",
            "slow",
            "-o",
            str(out),
            str(folder),
        ],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env={**os.environ, "CITYLINKS_LOAD_PLUGINS": ""},
    )
    assert process.stdout.readline() == b"wrote\n"  # the temporary file has content now
    assert len(list(out.parent.iterdir())) == 2
    process.send_signal(how)
    _, stderr = process.communicate(timeout=30)
    assert out.read_bytes() == b"previous export\n"
    assert stat.S_IMODE(out.stat().st_mode) == 0o644
    if how == signal.SIGKILL:
        assert process.returncode == -signal.SIGKILL  # nothing can clean up after a SIGKILL; the output is intact
        return
    assert [path.name for path in out.parent.iterdir()] == ["export.slow"]  # no temporary file left
    assert b"Traceback" not in stderr
    if how == signal.SIGTERM:
        assert process.returncode == 128 + signal.SIGTERM
        assert stderr.decode().splitlines() == [f"citylinks: error: stopped by SIGTERM; {out} left as it was"]
    else:
        assert process.returncode == 130
        assert stderr.decode().splitlines() == [f"citylinks: error: interrupted; {out} left as it was"]


class FullDisk:
    """A temporary file on a disk that fills up after ``room`` bytes."""

    def __init__(self, inner, room: int) -> None:
        self.inner, self.name, self.room = inner, inner.name, room

    def __enter__(self):
        return self

    def __exit__(self, *exc_info):
        self.inner.close()

    def write(self, data: bytes) -> int:
        if len(data) > self.room:
            raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))
        self.room -= len(data)
        return self.inner.write(data)

    def flush(self) -> None:
        self.inner.flush()

    def fileno(self) -> int:
        return self.inner.fileno()


@pytest.mark.parametrize("previous", [None, b"previous export\n"], ids=["new-file", "existing-file"])
def test_a_full_disk_is_one_line_and_leaves_no_partial_file(fault_corpus, tmp_path, monkeypatch, previous):
    real = tempfile.NamedTemporaryFile
    monkeypatch.setattr(citylinks.atomic.tempfile, "NamedTemporaryFile", lambda *a, **k: FullDisk(real(*a, **k), 200))
    out = tmp_path / "out" / "export.json"
    out.parent.mkdir()
    if previous is not None:
        out.write_bytes(previous)
    result = CliRunner().invoke(fault_app(), ["export", "-f", "json", "-o", str(out), str(fault_corpus)])
    assert result.exit_code == 1
    untouched = f"{out} left as it was" if previous else "nothing written"
    assert (
        result.stderr.splitlines()[-1] == f"citylinks: error: cannot write {out}: No space left on device; {untouched}"
    )
    assert [path.read_bytes() for path in out.parent.iterdir()] == ([previous] if previous else [])


def test_output_keeps_the_permissions_of_the_file_it_replaces(fault_corpus, tmp_path):
    existing = tmp_path / "existing.json"
    existing.write_bytes(b"{}")
    existing.chmod(0o640)
    new = tmp_path / "new.json"
    umask = os.umask(0o027)
    try:
        for out in (existing, new):
            assert (
                CliRunner()
                .invoke(fault_app(), ["export", "-f", "json", "-o", str(out), str(fault_corpus / "a-good.txt")])
                .exit_code
                == 0
            )
    finally:
        os.umask(umask)
    assert stat.S_IMODE(existing.stat().st_mode) == 0o640
    assert stat.S_IMODE(new.stat().st_mode) == 0o640  # 0666 under the umask, not a temporary file's 0600


def test_a_named_pipe_as_output_is_written_into_not_replaced(fault_corpus, tmp_path):
    pipe = tmp_path / "pipe"
    os.mkfifo(pipe)
    received = []
    reader = threading.Thread(target=lambda: received.append(pipe.read_bytes()))
    reader.start()
    result = CliRunner().invoke(
        fault_app(), ["export", "-f", "json", "-o", str(pipe), str(fault_corpus / "a-good.txt")]
    )
    reader.join(timeout=30)
    assert result.exit_code == 0, result.stderr
    assert stat.S_ISFIFO(pipe.lstat().st_mode)
    assert json.loads(received[0])["partners"]


# --- plugins that do not fit ----------------------------------------------------------------


class FakeEntryPoint:
    def __init__(self, name: str, plugin: object) -> None:
        self.name, self.plugin, self.dist = name, plugin, None

    def load(self) -> object:
        return self.plugin


class Misspelled:
    @hookimpl
    def citylinks_register_exporter(self, register):  # the hook is citylinks_register_exporters
        pass


class HalfRight:
    @hookimpl
    def citylinks_register_parsers(self, register):
        register(CityLines)

    @hookimpl
    def citylinks_register_readers(self, register, colour):  # no hook has 'colour'
        pass


class Fine:
    @hookimpl
    def citylinks_register_parsers(self, register):
        register(CityLines)


def test_a_plugin_whose_hooks_do_not_fit_is_skipped_alone(monkeypatch):
    points = [
        FakeEntryPoint("fine", Fine()),
        FakeEntryPoint("half-right", HalfRight()),
        FakeEntryPoint("misspelled", Misspelled()),
    ]
    monkeypatch.setattr(citylinks.plugins.importlib.metadata, "entry_points", lambda group=None, **kw: points)
    monkeypatch.delenv(citylinks.plugins.LOAD_PLUGINS_ENV, raising=False)
    pm = new_plugin_manager()
    broken = load_entry_point_plugins(pm)
    assert [plugin.name for plugin in broken] == ["half-right", "misspelled"]
    assert "colour" in broken[0].error
    assert broken[1] == BrokenPlugin(
        "misspelled",
        "PluginValidationError: unknown hook 'citylinks_register_exporter' "
        "(did you mean 'citylinks_register_exporters'?)",
    )
    assert [name for name, _ in pm.list_name_plugin()] == ["fine"]
    assert Registry(pm).names("parsers") == ["city-lines"]  # once: the half-registered plugin left nothing behind


# --- decoding details the corpus relies on --------------------------------------------------


def test_nfd_text_is_read_as_nfc(corpus):
    nfd = Path(corpus["encodings"].args[0]) / "nfd-vi.txt"
    (document,) = [
        item
        for item in text_reader.TextReader().read(InputSource(str(nfd), path=str(nfd)))
        if isinstance(item, Document)
    ]
    assert unicodedata.is_normalized("NFC", document.text) and "Đà Nẵng" in document.text
