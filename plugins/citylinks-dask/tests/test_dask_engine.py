"""The dask engine and the bag API against a real LocalCluster with two worker processes."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from typer.testing import CliRunner

distributed = pytest.importorskip("distributed")
import dask.bag as db  # noqa: E402
from citylinks.api import to_json  # noqa: E402
from citylinks.article import make_document  # noqa: E402
from citylinks.cli import build_app  # noqa: E402
from citylinks.components import ParsedDocument  # noqa: E402
from citylinks.parsing import parse_in_process  # noqa: E402
from citylinks.pipeline import build_dataset  # noqa: E402
from citylinks.plugins import get_plugin_manager  # noqa: E402

from citylinks_dask import DaskEngine, extract_bag, iter_parsed  # noqa: E402
from citylinks_dask.work import PluginMismatchError, parsers_for  # noqa: E402

REPO = Path(__file__).resolve().parents[3]
ARTICLES = sorted((REPO / "examples" / "articles").glob("*.txt")) + sorted(
    (REPO / "tests" / "corpus" / "articles").glob("*.txt")
)


@pytest.fixture(scope="module")
def cluster():
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None) as cluster:
        yield cluster


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> Path:
    directory = tmp_path_factory.mktemp("corpus")
    for path in ARTICLES:
        shutil.copy(path, directory / path.name)
        (directory / f"copy_{path.name}").write_text(
            path.read_text(encoding="utf-8") + "\nUpdated later that week.\n", encoding="utf-8"
        )
    return directory


@pytest.fixture(autouse=True)
def only_this_plugin(monkeypatch):
    # The workers import every plugin the client has; other installed plugins are not under test.
    monkeypatch.setenv("CITYLINKS_LOAD_PLUGINS", "dask")


def export(*args: str) -> bytes:
    result = CliRunner().invoke(build_app(), ["export", "--no-cache", *args])
    assert result.exit_code == 0, result.stderr
    return result.stdout_bytes


def test_engine_on_a_cluster_writes_what_the_local_engine_writes(cluster, corpus):
    local = export("-j", "1", str(corpus))
    on_cluster = export("--engine", "dask", "--scheduler", cluster.scheduler_address, str(corpus))
    assert on_cluster == local
    assert local.count(b'"sha256:') >= len(ARTICLES) * 2
    # both workers took part
    assert len(cluster.scheduler_info["workers"]) == 2


def test_engine_with_the_cache_sends_only_new_documents(cluster, corpus, tmp_path, monkeypatch):
    sent: list[str] = []
    real_parse = DaskEngine.parse

    def counting_parse(self, documents, registry):
        def counted():
            for document in documents:
                sent.append(document.path)
                yield document

        return real_parse(self, counted(), registry)

    monkeypatch.setattr(DaskEngine, "parse", counting_parse)
    args = [
        "export",
        "--engine",
        "dask",
        "--scheduler",
        cluster.scheduler_address,
        "--cache",
        str(tmp_path / "cache.sqlite"),
    ]
    first = CliRunner().invoke(build_app(), [*args, str(corpus)])
    assert first.exit_code == 0, first.stderr
    assert len(sent) == len(ARTICLES) * 2
    sent.clear()
    (corpus / "new.txt").write_text(ARTICLES[0].read_text(encoding="utf-8") + "\nA new paragraph.\n", encoding="utf-8")
    try:
        again = CliRunner().invoke(build_app(), [*args, str(corpus)])
    finally:
        (corpus / "new.txt").unlink()
    assert again.exit_code == 0, again.stderr
    assert sent == [str(corpus / "new.txt")]


def test_bag_api_gives_the_dataset_extract_gives(cluster, corpus):
    _, registry = get_plugin_manager()
    paths = sorted(str(path) for path in corpus.glob("*.txt"))

    def read(path: str):
        with open(path, encoding="utf-8") as handle:
            return make_document(handle.read(), path=path)[0]

    with distributed.Client(cluster.scheduler_address):
        documents = db.from_sequence(paths, npartitions=4).map(read)
        parsed = list(iter_parsed(documents, registry))
        dataset = extract_bag(documents, registry)
    expected, _ = build_dataset(registry, paths=paths)
    assert all(isinstance(item, ParsedDocument) for item in parsed)
    assert [item.document.path for item in parsed] == paths
    assert parsed == list(parse_in_process([read(path) for path in paths], registry))
    assert to_json(dataset, registry=registry) == to_json(expected, registry=registry)


def test_engine_options_are_checked():
    with pytest.raises(ValueError, match="--jobs has no meaning with --scheduler"):
        DaskEngine(jobs=2, scheduler="tcp://h:8786")
    result = CliRunner().invoke(
        build_app(), ["export", "--engine", "dask", "-j", "2", "--scheduler", "tcp://h:8786", "x"]
    )
    assert result.exit_code == 2
    assert result.stderr == "citylinks: error: --jobs has no meaning with --scheduler: the cluster's workers decide\n"


def test_a_worker_with_other_parsers_refuses_the_work():
    spec = (("citylinks.default_plugins.rule_parser", "citylinks.default_plugins.rule_parser"),)
    with pytest.raises(PluginMismatchError, match="install the same citylinks and plugins on every worker"):
        parsers_for(spec, (("rules", "0", "0.0"),))
