"""The command line: export to stdout and files, refusals, exit codes, encodings, atomic writes.

Built on a fresh plugin manager with the built-in readers and throwaway parser
and exporters defined here, so these tests do not depend on the built-in parser
or exporters; a few run ``python -m citylinks`` for real.
"""

from __future__ import annotations

import codecs
import errno
import importlib.util
import json
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pluggy
import pytest
from typer.testing import CliRunner

import citylinks
import citylinks.cli
from citylinks import hookimpl
from citylinks.components import Enricher, Exporter, Parser
from citylinks.dataset import Dataset
from citylinks.default_plugins import jsonl_reader, text_reader
from citylinks.ids import digest_id
from citylinks.models import Document, Partner, Source
from citylinks.plugins import DEFAULT_PLUGINS, Registry, new_plugin_manager
from citylinks.serialize import record_to_dict
from hostile.build_corpus import to_cp1258

HANOI_EN = (
    " date 2021-05-20 Hanoi and Lyon renew cooperation\nCity: Hanoi\nCity: Lyon\n"
    "The two mayors met on Monday and agreed to work together.\n"
)
HUE_EN = "Hue and Kyoto talks\nCity: Hue\nCity: Kyoto\nOfficials of the two cities held talks on heritage.\n"
DANANG_VI = (
    "Đà Nẵng và Yokohama hội đàm trực tuyến\nCity: Đà Nẵng\n"
    "Lãnh đạo hai thành phố đã thảo luận về hợp tác đầu tư và du lịch.\n"
)
CAFE_EN = (
    "Café owners of Hanoi meet Zürich delegation — “a warm welcome”\nCity: Zürich\n"
    "The delegation visited the old quarter.\n"
)


class CityLineParser(Parser):
    """Every line ``City: <name>`` is a partner, its source the name's offsets in the text as read."""

    name = "city-lines"

    def parse(self, document: Document) -> Iterator[Partner]:
        offset = 0
        for line in document.text.splitlines(keepends=True):
            if line.startswith("City: "):
                name = line[6:].strip()
                yield Partner(
                    id=digest_id("partner", [name]),
                    name=name,
                    kind="city",
                    sources=[Source(document.id, offset + 6, offset + 6 + len(name), name)],
                )
            offset += len(line)


class RecordsExporter(Exporter):
    """One JSON object per item: documents, then partners."""

    name = "records"
    description = "one JSON object per line"
    suffix = ".jsonl"

    def export_item(self, item) -> None:
        self.out.write(json.dumps(record_to_dict(item), ensure_ascii=False, sort_keys=True).encode("utf-8") + b"\n")


class FailingExporter(RecordsExporter):
    """Writes the first item, then fails: a crash in the middle of an export."""

    name = "failing"

    def start(self, out) -> None:
        super().start(out)
        self.count = 0

    def export_item(self, item) -> None:
        self.count += 1
        if self.count > 1:
            raise RuntimeError("exporter bug on the second item")
        super().export_item(item)


class DiskFullExporter(RecordsExporter):
    name = "diskfull"

    def export_item(self, item) -> None:
        super().export_item(item)
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))


class SkippingExporter(RecordsExporter):
    """Leaves out partners and says how many."""

    name = "skipping"

    def start(self, out) -> None:
        super().start(out)
        self.skipped = 0
        self.skipped_reason = "partners have no place in this format"

    def export_item(self, item) -> None:
        if isinstance(item, Partner):
            self.skipped += 1
        else:
            super().export_item(item)


class ThrowawayPlugin:
    @hookimpl
    def citylinks_register_parsers(self, register):
        register(CityLineParser)

    @hookimpl
    def citylinks_register_exporters(self, register):
        for exporter in (RecordsExporter, FailingExporter, DiskFullExporter, SkippingExporter):
            register(exporter)


def fresh_manager(*extra: tuple[object, str]) -> pluggy.PluginManager:
    pm = new_plugin_manager()
    pm.register(text_reader, name="citylinks.default_plugins.text_reader")
    pm.register(jsonl_reader, name="citylinks.default_plugins.jsonl_reader")
    pm.register(ThrowawayPlugin(), name="throwaway")
    for plugin, name in extra:
        pm.register(plugin, name=name)
    return pm


def run(*args: str, input: bytes | None = None, pm: pluggy.PluginManager | None = None):
    pm = pm or fresh_manager()
    return CliRunner().invoke(build_app_for(pm), list(args), input=input)


def build_app_for(pm: pluggy.PluginManager):
    return citylinks.cli.build_app(pm, Registry(pm))


def records(text: str) -> list[dict]:
    return [json.loads(line) for line in text.splitlines()]


def partner_names(text: str) -> list[str]:
    return sorted(r["name"] for r in records(text) if "kind" in r)


def titles(text: str) -> list[str]:
    return sorted(r["title"] for r in records(text) if r.get("title"))


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    folder = tmp_path / "news"
    folder.mkdir()
    (folder / "hanoi.txt").write_text(HANOI_EN, encoding="utf-8")
    (folder / "hue.txt").write_text(HUE_EN, encoding="utf-8")
    return folder


# --- exporting --------------------------------------------------------------------------------


def test_export_to_stdout(corpus):
    result = run("export", "-f", "records", str(corpus / "hanoi.txt"))
    assert result.exit_code == 0, result.stderr
    assert partner_names(result.stdout) == ["Hanoi", "Lyon"]
    (document,) = [r for r in records(result.stdout) if "title" in r]
    assert document["published"] == "2021-05-20" and document["path"] == str(corpus / "hanoi.txt")
    assert result.stderr == "citylinks: 1 documents processed, 0 refused\n"


def test_export_to_file(corpus, tmp_path):
    out = tmp_path / "out.jsonl"
    result = run(
        "export", "--format", "records", "--output", str(out), str(corpus / "hanoi.txt"), str(corpus / "hue.txt")
    )
    assert result.exit_code == 0, result.stderr
    assert result.stdout == ""
    assert partner_names(out.read_text(encoding="utf-8")) == ["Hanoi", "Hue", "Kyoto", "Lyon"]
    assert sorted(p.name for p in tmp_path.iterdir()) == ["news", "out.jsonl"]


def test_dash_reads_stdin():
    result = run("export", "-f", "records", "-", input=HUE_EN.encode("utf-8"))
    assert result.exit_code == 0, result.stderr
    assert partner_names(result.stdout) == ["Hue", "Kyoto"]
    assert any(r.get("path") == "<stdin>" for r in records(result.stdout))


def test_directories_are_read_recursively(tmp_path):
    deep = tmp_path / "a" / "b" / "c"
    deep.mkdir(parents=True)
    (tmp_path / "a" / "hanoi.txt").write_text(HANOI_EN, encoding="utf-8")
    (deep / "hue.txt").write_text(HUE_EN, encoding="utf-8")
    (deep / ".hidden.txt").write_text(DANANG_VI, encoding="utf-8")
    (tmp_path / "a" / "b" / "crawl.jsonl").write_text(
        json.dumps({"text": DANANG_VI, "url": "https://example.org/dn"}) + "\n", encoding="utf-8"
    )
    result = run("export", "-f", "records", str(tmp_path))
    assert result.exit_code == 0, result.stderr
    assert partner_names(result.stdout) == ["Hanoi", "Hue", "Kyoto", "Lyon", "Đà Nẵng"]
    assert result.stderr.endswith("citylinks: 3 documents processed, 0 refused\n")


def test_two_runs_give_identical_bytes(corpus, tmp_path):
    (corpus / "dn.txt").write_text(DANANG_VI, encoding="utf-8")
    first, second = tmp_path / "1.jsonl", tmp_path / "2.jsonl"
    assert run("export", "-f", "records", "-o", str(first), str(corpus)).exit_code == 0
    assert (
        run(
            "export",
            "-f",
            "records",
            "-o",
            str(second),
            str(corpus / "hue.txt"),
            str(corpus / "dn.txt"),
            str(corpus / "hanoi.txt"),
        ).exit_code
        == 0
    )
    assert first.read_bytes() == second.read_bytes()


def test_output_inside_the_input_directory_is_not_read_back(corpus):
    out = corpus / "export.jsonl"
    assert run("export", "-f", "records", "-o", str(out), str(corpus)).exit_code == 0
    before = out.read_bytes()
    result = run("export", "-f", "records", "-o", str(out), str(corpus))
    assert result.exit_code == 0, result.stderr
    assert f"note: {out}: skipped, it is the output file" in result.stderr.splitlines()
    assert out.read_bytes() == before


def test_a_link_to_the_output_is_not_read_back_either(corpus):
    out = corpus.parent / "export.jsonl"
    assert run("export", "-f", "records", "-o", str(out), str(corpus)).exit_code == 0
    (corpus / "link.jsonl").symlink_to(out)
    os.link(out, corpus / "hard.jsonl")
    result = run("export", "-f", "records", "-o", str(out), str(corpus))
    assert result.exit_code == 0, result.stderr
    notes = result.stderr.splitlines()
    assert f"note: {corpus / 'link.jsonl'}: skipped, it is the output file" in notes
    assert f"note: {corpus / 'hard.jsonl'}: skipped, it is the output file" in notes


# --- refusals and exit codes ------------------------------------------------------------------


def test_bad_inputs_each_one_line_and_the_rest_exported(corpus, tmp_path):
    bad = tmp_path / "bad"
    bad.mkdir()
    (bad / "binary.bin").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)))
    (bad / "garbled.txt").write_bytes(bytes(range(0x80, 0x100)) * 4)
    (bad / "empty.txt").write_bytes(b"")
    missing = tmp_path / "missing.txt"
    result = run("export", "-f", "records", str(corpus), str(bad), str(missing))
    assert result.exit_code == 1
    assert partner_names(result.stdout) == ["Hanoi", "Hue", "Kyoto", "Lyon"]
    assert result.stderr.splitlines() == [
        f"{bad / 'binary.bin'}: not text (binary)",
        f"{bad / 'empty.txt'}: empty",
        f"{bad / 'garbled.txt'}: not valid UTF-8 and no known encoding explains the bytes",
        f"{missing}: no such file or directory",
        "citylinks: 2 documents processed, 4 refused",
    ]


def test_unreadable_file_refused(corpus, tmp_path):
    locked = tmp_path / "locked.txt"
    locked.write_text(HUE_EN, encoding="utf-8")
    locked.chmod(0)
    try:
        if os.access(locked, os.R_OK):
            pytest.skip("running with privileges that read a chmod 000 file anyway")
        result = run("export", "-f", "records", str(locked), str(corpus / "hanoi.txt"))
    finally:
        locked.chmod(0o600)
    assert result.exit_code == 1
    assert partner_names(result.stdout) == ["Hanoi", "Lyon"]
    assert result.stderr.splitlines()[0] == f"{locked}: cannot read (Permission denied)"


def test_bad_jsonl_lines_refused_one_by_one(tmp_path):
    crawl = tmp_path / "crawl.jsonl"
    crawl.write_text(
        json.dumps({"text": HUE_EN}) + "\n[1, 2]\n{oops\n" + json.dumps({"body": HANOI_EN}) + "\n", encoding="utf-8"
    )
    result = run("export", "-f", "records", str(crawl))
    assert result.exit_code == 1
    assert partner_names(result.stdout) == ["Hanoi", "Hue", "Kyoto", "Lyon"]
    lines = result.stderr.splitlines()
    assert lines[0].startswith(f"{crawl}:2: JSON line is not an object")
    assert lines[1].startswith(f"{crawl}:3: not valid JSON")
    assert lines[2] == "citylinks: 2 documents processed, 2 refused"


def test_impossible_date_is_a_note(tmp_path):
    path = tmp_path / "a.txt"
    path.write_text(" date 2023-02-30 Hue and Kyoto\nCity: Hue\n", encoding="utf-8")
    result = run("export", "-f", "records", str(path))
    assert result.exit_code == 0
    assert (
        result.stderr.splitlines()[0]
        == f"note: {path}: publication date '2023-02-30' is impossible or absurd; treated as unknown"
    )
    assert run("export", "-q", "-f", "records", str(path)).stderr == ""


def test_usage_errors_exit_2(corpus):
    unknown = run("export", "-f", "nope", str(corpus))
    assert unknown.exit_code == 2
    assert (
        unknown.stderr
        == "citylinks: error: unknown format 'nope' (known formats: diskfull, failing, records, skipping)\n"
    )
    bad_option = run("export", "-f", "records", "-O", "novalue", str(corpus))
    assert bad_option.exit_code == 2
    assert bad_option.stderr == "citylinks: error: bad --option 'novalue': expected key=value\n"
    unknown_option = run("export", "-f", "records", "-O", "indent=2", str(corpus))
    assert unknown_option.exit_code == 2
    assert unknown_option.stderr == "citylinks: error: format 'records' has no option 'indent' (options: none)\n"
    for args in (
        ["export"],
        ["export", "--bogus", str(corpus)],
        ["export", "--max-bytes", "0", str(corpus)],
        ["frobnicate"],
    ):
        result = run(*args)
        assert result.exit_code == 2, args
        (line,) = result.stderr.splitlines()
        assert line.startswith("citylinks: error: ")


def test_strict_stops_at_the_first_refusal(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a-empty.txt").write_bytes(b"")
    (folder / "b-binary.bin").write_bytes(bytes(64))
    (folder / "c-good.txt").write_text(HUE_EN, encoding="utf-8")
    out = tmp_path / "out.jsonl"
    result = run("export", "--strict", "-f", "records", "-o", str(out), str(folder))
    assert result.exit_code == 1
    assert result.stderr.splitlines() == [
        f"{folder / 'a-empty.txt'}: empty",
        "citylinks: error: stopped at the first refusal (--strict); nothing written",
    ]
    assert not out.exists()


def test_quiet_hides_the_summary_unless_something_was_refused(corpus, tmp_path):
    quiet = run("export", "-q", "-f", "records", str(corpus))
    assert quiet.exit_code == 0 and quiet.stderr == ""
    refused = run("export", "--quiet", "-f", "records", str(corpus), str(tmp_path / "missing.txt"))
    assert refused.exit_code == 1
    assert refused.stderr.splitlines() == [
        f"{tmp_path / 'missing.txt'}: no such file or directory",
        "citylinks: 2 documents processed, 1 refused",
    ]


def test_max_bytes_refuses_large_articles(corpus):
    result = run("export", "-f", "records", "--max-bytes", "100", str(corpus / "hanoi.txt"), str(corpus / "hue.txt"))
    assert result.exit_code == 1
    size = len(HANOI_EN.encode("utf-8"))
    assert (
        result.stderr.splitlines()[0]
        == f"{corpus / 'hanoi.txt'}: too large ({size} bytes; the limit is 100, see --max-bytes)"
    )
    assert partner_names(result.stdout) == ["Hue", "Kyoto"]
    # The limit holds for that run only.
    assert run("export", "-f", "records", str(corpus / "hanoi.txt")).exit_code == 0


def test_exporter_skipping_records_gives_a_note(corpus):
    result = run("export", "-f", "skipping", str(corpus / "hanoi.txt"))
    assert result.exit_code == 0
    assert (
        "note: format 'skipping' skipped 2 record(s): partners have no place in this format"
        in result.stderr.splitlines()
    )


# --- decoding ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "encode"),
    [
        (DANANG_VI, to_cp1258),
        (CAFE_EN, lambda text: text.encode("cp1252")),
        (DANANG_VI, lambda text: text.encode("utf-16")),
        (CAFE_EN, lambda text: codecs.BOM_UTF16_BE + text.encode("utf-16-be")),
        (DANANG_VI, lambda text: codecs.BOM_UTF8 + text.encode("utf-8")),
        (DANANG_VI, lambda text: text.encode("utf-8")),
    ],
    ids=["cp1258-vi", "cp1252-en", "utf16-bom-vi", "utf16be-bom-en", "utf8-bom-vi", "utf8-vi"],
)
def test_encodings_decoded(tmp_path, text, encode):
    path = tmp_path / "article.txt"
    path.write_bytes(encode(text))
    result = run("export", "-f", "records", str(path))
    assert result.exit_code == 0, result.stderr
    assert titles(result.stdout) == [text.splitlines()[0]]
    (partner,) = [r for r in records(result.stdout) if "kind" in r]
    assert partner["name"] == text.splitlines()[1][6:]


def test_crlf_becomes_lf_and_offsets_follow(tmp_path):
    crlf, lf = tmp_path / "crlf.txt", tmp_path / "lf.txt"
    crlf.write_bytes(HANOI_EN.replace("\n", "\r\n").encode("utf-8"))
    lf.write_bytes(HANOI_EN.encode("utf-8"))
    both = run("export", "-f", "records", str(crlf))
    assert both.exit_code == 0
    alone = run("export", "-f", "records", str(lf))

    def by_path(text: str) -> list[dict]:
        return [{k: v for k, v in r.items() if k != "path"} for r in records(text)]

    assert by_path(both.stdout) == by_path(alone.stdout)
    lyon = next(r for r in records(both.stdout) if r.get("name") == "Lyon")
    start = HANOI_EN.index("City: Lyon") + 6
    assert lyon["sources"][0]["start"] == start and lyon["sources"][0]["end"] == start + 4


# --- writing the output -----------------------------------------------------------------------


def test_failed_export_leaves_the_previous_file_untouched(corpus, tmp_path):
    out = tmp_path / "out.jsonl"
    out.write_bytes(b"previous export\n")
    result = run("export", "-f", "failing", "-o", str(out), str(corpus))
    assert result.exit_code == 1
    assert result.stderr == (
        "citylinks: error: format 'failing' failed: "
        f"RuntimeError: exporter bug on the second item; {out} left as it was\n"
    )
    assert out.read_bytes() == b"previous export\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["news", "out.jsonl"]


def test_full_disk_is_one_line_and_no_partial_file(corpus, tmp_path):
    out = tmp_path / "out.jsonl"
    result = run("export", "-f", "diskfull", "-o", str(out), str(corpus))
    assert result.exit_code == 1
    assert result.stderr == f"citylinks: error: cannot write {out}: No space left on device; nothing written\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["news"]


def test_output_directory_missing_is_one_line(corpus, tmp_path):
    out = tmp_path / "no" / "such" / "dir" / "out.jsonl"
    result = run("export", "-f", "records", "-o", str(out), str(corpus))
    assert result.exit_code == 1
    assert result.stderr == f"citylinks: error: cannot write {out}: No such file or directory; nothing written\n"


def test_debug_shows_the_traceback_only_when_asked(corpus, tmp_path):
    class Exploding(Enricher):
        name = "exploding"

        def enrich(self, dataset: Dataset) -> Dataset:
            raise ZeroDivisionError("enricher bug")

    class ExplodingPlugin:
        @hookimpl
        def citylinks_register_enrichers(self, register):
            register(Exploding)

    pm = fresh_manager((ExplodingPlugin(), "exploding"))
    plain = run("export", "-f", "records", str(corpus), pm=pm)
    assert plain.exit_code == 1
    assert plain.stderr == "citylinks: error: ZeroDivisionError: enricher bug (run with --debug for the traceback)\n"
    assert "Traceback" not in plain.output
    debug = run("export", "--debug", "-f", "records", str(corpus), pm=pm)
    assert isinstance(debug.exception, ZeroDivisionError)


def test_progress_bar_path_when_stderr_is_a_terminal(corpus, tmp_path, monkeypatch):
    monkeypatch.setattr(citylinks.cli, "_stderr_is_terminal", lambda: True)
    result = run("export", "-f", "records", str(corpus), str(tmp_path / "missing.txt"))
    assert result.exit_code == 1
    assert partner_names(result.stdout) == ["Hanoi", "Hue", "Kyoto", "Lyon"]
    lines = result.stderr.splitlines()
    assert f"{tmp_path / 'missing.txt'}: no such file or directory" in lines
    assert lines[-1] == "citylinks: 2 documents processed, 1 refused"


# --- other commands ---------------------------------------------------------------------------


def test_version():
    result = run("--version")
    assert result.exit_code == 0
    assert result.stdout == f"citylinks {citylinks.__version__}\n"


def test_formats_lists_the_throwaway_exporters():
    result = run("formats")
    assert result.exit_code == 0
    assert [line.split()[0] for line in result.stdout.splitlines()] == ["diskfull", "failing", "records", "skipping"]


def test_build_app_asks_plugins_for_components_only_when_a_command_needs_them():
    calls = []

    class Watching:
        @hookimpl
        def citylinks_register_exporters(self, register):
            calls.append("exporters")

    pm = fresh_manager((Watching(), "watching"))
    app = build_app_for(pm)
    assert calls == []
    assert CliRunner().invoke(app, ["formats"]).exit_code == 0
    assert calls == ["exporters"]


# --- the real thing, through a subprocess -----------------------------------------------------


def _missing_builtins() -> list[str]:
    return [name for name in DEFAULT_PLUGINS if importlib.util.find_spec(name) is None]


needs_builtins = pytest.mark.skipif(
    bool(_missing_builtins()), reason=f"built-in plugins not written yet: {_missing_builtins()}"
)


def citylinks_subprocess(*args: str, input: bytes | None = None) -> subprocess.CompletedProcess:
    env = {**os.environ, "CITYLINKS_LOAD_PLUGINS": ""}
    return subprocess.run(
        [sys.executable, "-m", "citylinks", *args], input=input, capture_output=True, env=env, timeout=60, check=False
    )


@needs_builtins
def test_python_m_citylinks_help():
    result = citylinks_subprocess("--help")
    assert result.returncode == 0, result.stderr
    out = result.stdout.decode()
    assert "export" in out and "formats" in out and "plugins" in out


@needs_builtins
def test_python_m_citylinks_version_and_usage_error():
    version = citylinks_subprocess("--version")
    assert version.returncode == 0 and version.stdout.decode().strip() == f"citylinks {citylinks.__version__}"
    unknown = citylinks_subprocess("export", "-f", "nope", "-")
    assert unknown.returncode == 2
    assert unknown.stderr.decode().startswith("citylinks: error: unknown format 'nope' (known formats: ")
    assert "Traceback" not in unknown.stderr.decode()


# --- end to end with the built-in parser and the real json exporter ---------------------------

BORDEAUX_EN = (
    " date 2023-03-14 Hanoi and Bordeaux sign cooperation memorandum\n"
    "Hanoi and the French city of Bordeaux signed a memorandum of understanding on culture on March 13, 2023.\n"
    "The Chairman of the Hanoi People's Committee received a delegation from Bordeaux led by its mayor.\n"
)


@needs_builtins
def test_real_json_export_end_to_end(tmp_path):
    jsonschema = pytest.importorskip("jsonschema")
    from citylinks.schema import load_export_schema

    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "bordeaux.txt").write_bytes(BORDEAUX_EN.replace("\n", "\r\n").encode("cp1252"))
    first, second = tmp_path / "1.json", tmp_path / "2.json"
    result = citylinks_subprocess("export", "-f", "json", "-o", str(first), str(tmp_path / "in"))
    assert result.returncode == 0, result.stderr
    assert result.stderr.decode() == "citylinks: 1 documents processed, 0 refused\n"
    stdin_run = citylinks_subprocess(
        "export", "--format", "json", "-", input=(tmp_path / "in" / "bordeaux.txt").read_bytes()
    )
    assert stdin_run.returncode == 0, stdin_run.stderr
    second.write_bytes(stdin_run.stdout)

    exported = json.loads(first.read_text(encoding="utf-8"))
    jsonschema.validate(exported, load_export_schema())
    assert exported["citylinks"] == "1"
    (document,) = exported["documents"]
    assert document["published"] == "2023-03-14" and document["path"] == str(tmp_path / "in" / "bordeaux.txt")
    assert {"Hanoi", "Bordeaux"} <= {partner["name"] for partner in exported["partners"]}
    # Same content through stdin: same ids and records, only the document's path differs.
    from_stdin = json.loads(second.read_text(encoding="utf-8"))
    from_stdin["documents"][0]["path"] = document["path"]
    assert from_stdin == exported
    again = citylinks_subprocess("export", "-f", "json", "-o", str(second), str(tmp_path / "in"))
    assert again.returncode == 0 and second.read_bytes() == first.read_bytes()


def test_file_names_with_line_breaks_and_escapes_stay_one_line(tmp_path):
    sneaky = tmp_path / "two\nlines\x1b[31m.txt"
    sneaky.write_bytes(b"")
    result = run("export", "-f", "records", str(sneaky))
    assert result.exit_code == 1
    assert result.stderr.splitlines() == [
        f"{tmp_path}/two lines\\x1b[31m.txt: empty",
        "citylinks: 0 documents processed, 1 refused",
    ]
