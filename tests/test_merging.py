"""One dataset from many articles: the enricher chain end to end.

- the plugin path: the built-in enrichers run through the enricher hook in their
  documented order, and a third-party enricher registered on a fresh manager
  runs after them;
- merging does not depend on the order of the input (hypothesis: shuffled
  records and shuffled articles give identical export bytes);
- the seeds (shared/corpus/seeds) and a pair of articles written for this test
  (tests/merging: the same teleconference told in English and in Vietnamese,
  and a visit on another day) come out as one network.
"""

from __future__ import annotations

import functools
import io
import json
from collections.abc import Iterator
from pathlib import Path
from typing import ClassVar

import attrs
import icalendar
import jsonschema
import networkx as nx
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from citylinks import hookimpl
from citylinks.components import Enricher, InputSource, Parser
from citylinks.dataset import Dataset
from citylinks.default_plugins import (
    agreement_merging,
    canonical_partners,
    event_codes,
    event_merging,
    geocoding,
    graphml_exporter,
    ical_exporter,
    json_exporter,
    rule_parser,
    text_reader,
)
from citylinks.ids import slug
from citylinks.models import Agreement, Document, Event, Partner, Record, Source
from citylinks.pipeline import build_dataset, export_to_bytes
from citylinks.plugins import Registry, get_plugin_manager, new_plugin_manager
from citylinks.schema import load_export_schema

REPO = Path(__file__).resolve().parents[1]
SEEDS = REPO.parent / "shared" / "corpus" / "seeds"
PAIR = REPO / "tests" / "merging"
ENRICHER_MODULES = (canonical_partners, geocoding, event_merging, agreement_merging, event_codes)
EXPORTER_MODULES = (json_exporter, graphml_exporter, ical_exporter)
SCHEMA_VALIDATOR = jsonschema.Draft202012Validator(load_export_schema())

HCMC, SAINT_PETERSBURG, SHANGHAI, GUANGZHOU, GUANGDONG = (
    "geonames:1566083",
    "geonames:498817",
    "geonames:1796236",
    "geonames:1809858",
    "iso3166-2:CN-GD",
)
HAI_PHONG, INCHEON = "geonames:1581298", "geonames:1843564"


def registry_of(*modules) -> Registry:
    pm = new_plugin_manager()
    for module in modules:
        pm.register(module, name=module.__name__)
    return Registry(pm)


def enriched(dataset: Dataset) -> Dataset:
    for enricher in registry_of(*ENRICHER_MODULES).enrichers():
        dataset = enricher().enrich(dataset)
    return dataset


def exports(dataset: Dataset) -> dict[str, bytes]:
    registry = registry_of(*EXPORTER_MODULES)
    return {name: export_to_bytes(registry, dataset, name) for name in ("json", "graphml", "ical")}


# --- the plugin path ----------------------------------------------------------------------------


def test_builtin_enrichers_run_through_the_hook_in_their_documented_order():
    _, registry = get_plugin_manager(load_entry_points=False)
    merging = [
        (e.order, e.name) for e in registry.enrichers() if e.__module__ in {m.__name__ for m in ENRICHER_MODULES}
    ]
    assert merging == [
        (100, "canonical-partners"),
        (200, "geocoding"),
        (300, "event-merging"),
        (400, "agreement-merging"),
        (500, "event-codes"),
    ]
    for enricher in registry.enrichers():
        assert registry.owner("enrichers", enricher.name) == enricher.__module__


WIKIDATA = {HCMC: "http://www.wikidata.org/entity/Q1854", SAINT_PETERSBURG: "http://www.wikidata.org/entity/Q656"}


class PlaceLines(Parser):
    """``PLACE <gazetteer id> <name>`` lines are partners; ``TALKS <date>`` lines are talks between them all."""

    name = "place-lines"

    def parse(self, document: Document) -> Iterator[Record]:
        places, offset = [], 0
        for line in document.text.splitlines(keepends=True):
            words = line.split()
            evidence = Source(document.id, offset, offset + len(line.rstrip()), line.rstrip())
            if words[:1] == ["PLACE"]:
                places.append(words[1])
                yield Partner(words[1], " ".join(words[2:]), "city", sources=[evidence])
            elif words[:1] == ["TALKS"]:
                yield Event(f"event-{document.id[-8:]}", "talks", words[1], partners=tuple(places), sources=[evidence])
            offset += len(line)


class WikidataLinker(Enricher):
    """A third party's enricher: links partners to Wikidata from a local table."""

    name = "wikidata-links"
    order = 900
    seen: ClassVar[list[tuple[str, str, bool]]] = []

    def enrich(self, dataset: Dataset) -> Dataset:
        for key, partner in dataset.partners.items():
            WikidataLinker.seen.append((partner.id, partner.name, partner.geo is not None))
            if key in WIKIDATA:
                dataset.partners[key] = attrs.evolve(partner, same_as=(*partner.same_as, WIKIDATA[key]))
        return dataset


class LinkingPlugin:
    @hookimpl
    def citylinks_register_parsers(self, register):
        register(PlaceLines)

    @hookimpl
    def citylinks_register_enrichers(self, register):
        register(WikidataLinker)


def test_a_third_party_enricher_runs_after_the_builtins():
    pm = new_plugin_manager()
    for module in (text_reader, *ENRICHER_MODULES):
        pm.register(module, name=module.__name__)
    pm.register(LinkingPlugin(), name="wikidata-linking")
    registry = Registry(pm)
    assert [e.name for e in registry.enrichers()][-1] == "wikidata-links"
    WikidataLinker.seen = []
    inputs = [
        InputSource(
            "a.txt", data=f"PLACE {HCMC} HCMC\nPLACE {SAINT_PETERSBURG} St. Petersburg\nTALKS 2021-05-19\n".encode()
        ),
        InputSource(
            "b.txt",
            data=(
                f"PLACE {SAINT_PETERSBURG} Saint-Pétersbourg\nPLACE {HCMC} Hô Chi Minh-Ville\nTALKS 2021-05-19\n"
            ).encode(),
        ),
    ]
    dataset, report = build_dataset(registry, sources=inputs)
    assert report.documents == 2 and not report.refusals
    # The linker saw the built-ins' work: gazetteer names, coordinates, one merged event.
    assert sorted(WikidataLinker.seen) == [
        (HCMC, "Ho Chi Minh City", True),
        (SAINT_PETERSBURG, "Saint Petersburg", True),
    ]
    assert dataset.partners[HCMC].same_as == (WIKIDATA[HCMC],)
    assert {"HCMC", "Hô Chi Minh-Ville"} <= set(dataset.partners[HCMC].aliases)
    (event,) = dataset.events.values()
    assert len({s.document for s in event.sources}) == 2 and event.cameo == "046"


class LooseEventMerger(event_merging.EventMerger):
    name = "loose-event-merging"
    min_partner_overlap = 1


class LooseMergingPlugin:
    @hookimpl
    def citylinks_register_enrichers(self, register):
        register(LooseEventMerger)


def test_the_event_merger_runs_with_other_options_in_place_of_the_builtin():
    pm = new_plugin_manager()
    pm.set_blocked(event_merging.__name__)
    for module in (text_reader, *ENRICHER_MODULES):
        pm.register(module, name=module.__name__)
    pm.register(LinkingPlugin(), name="wikidata-linking")
    pm.register(LooseMergingPlugin(), name="loose-merging")
    registry = Registry(pm)
    assert "event-merging" not in registry.names("enrichers") and "loose-event-merging" in registry.names("enrichers")
    inputs = [
        InputSource(
            "a.txt", data=f"PLACE {HCMC} HCMC\nPLACE {SAINT_PETERSBURG} St. Petersburg\nTALKS 2021-05-19\n".encode()
        ),
        InputSource("b.txt", data=f"PLACE {HCMC} HCMC\nPLACE {SHANGHAI} Shanghai\nTALKS 2021-05-19\n".encode()),
    ]
    dataset, _ = build_dataset(registry, sources=inputs)
    (event,) = dataset.events.values()  # one shared city is enough for this merger
    assert set(event.partners) == {HCMC, SAINT_PETERSBURG, SHANGHAI}


# --- order independence -------------------------------------------------------------------------

PLACE_NAMES = {
    HCMC: ("HCM City", "Ho Chi Minh City", "TP.HCM"),
    SAINT_PETERSBURG: ("St. Petersburg", "Saint Petersburg"),
    SHANGHAI: ("Shanghai", "Thượng Hải"),
}
DOCUMENTS = tuple(f"sha256:{name}" for name in ("d1", "d2", "d3", "d4"))
EVENT_DATES = ("2021-05-19", "2021-05-20", "2021-05", "2021", None)


@st.composite
def overlapping_records(draw: st.DrawFn) -> list[Record]:
    """Records from four articles about three places and two agencies, made to merge in many ways."""
    records: list[Record] = []
    documents = st.sampled_from(DOCUMENTS)
    for place_id, names in PLACE_NAMES.items():
        for name in draw(st.lists(st.sampled_from(names), min_size=1, max_size=3)):
            document = draw(documents)
            records.append(Partner(place_id, name, "city", sources=[Source(document, 3, 3 + len(name), name)]))
    organizations = st.lists(
        st.sampled_from(("The Youth Union", "Youth Union", "youth union", "Youth Union JSC")), max_size=4
    )
    records.extend(
        Partner(
            f"org:{slug(name)}@{HCMC}",
            name,
            "organization",
            "VN",
            parent=HCMC,
            sources=[Source(draw(documents), 50, 50 + len(name), name)],
        )
        for name in draw(organizations)
    )
    partner_ids = sorted({r.id for r in records})
    records.extend(
        Event(
            f"event-{index}",
            draw(st.sampled_from(("teleconference", "meeting", "visit", "talks", "signing"))),
            draw(st.sampled_from(EVENT_DATES)),
            partners=draw(st.lists(st.sampled_from(partner_ids), min_size=1, max_size=3, unique=True)),
            mode=draw(st.sampled_from(("virtual", "in_person"))),
            topics=draw(st.lists(st.sampled_from(("youth", "trade_investment")), max_size=2, unique=True)),
            sources=[Source(draw(documents), 100 + index, 120 + index, f"sentence {index}")],
        )
        for index in range(draw(st.integers(0, 6)))
    )
    records.extend(
        Agreement(
            f"agreement-{index}",
            draw(st.sampled_from(("twinning", "mou"))),
            draw(st.sampled_from(("proposed", "signed", "existing"))),
            draw(st.sampled_from(("1994", "1995", "1995-06-01", None))),
            draw(st.booleans()),
            partners=draw(
                st.lists(st.sampled_from((HCMC, SAINT_PETERSBURG, SHANGHAI)), min_size=2, max_size=2, unique=True)
            ),
            signed_at=draw(st.none() | st.sampled_from([f"event-{i}" for i in range(3)])),
            sources=[Source(draw(documents), 200 + index, 220 + index, f"agreement {index}")],
        )
        for index in range(draw(st.integers(0, 4)))
    )
    return records


def dataset_from(records: list[Record]) -> Dataset:
    dataset = Dataset()
    for document_id in DOCUMENTS:
        dataset.add_document(Document(document_id, path=document_id[7:] + ".txt", published="2021-06-01"))
    dataset.extend(records)
    return dataset


@given(st.data())
@settings(max_examples=60, deadline=None)
def test_merging_does_not_depend_on_the_order_of_the_records(data):
    records = data.draw(overlapping_records())
    shuffled = data.draw(st.permutations(records))
    first = enriched(dataset_from(records))
    assert exports(first) == exports(enriched(dataset_from(shuffled)))
    SCHEMA_VALIDATOR.validate(json.loads(exports(first)["json"]))


@functools.cache
def parsed_articles() -> tuple[tuple[Document, tuple[Record, ...]], ...]:
    """Every seed and pair article with its parsed records (parsed once, reused by each ordering)."""
    reader = text_reader.TextReader()
    parser = rule_parser.RuleParser()
    found = []
    for path in sorted([*SEEDS.glob("*.txt"), *PAIR.glob("*.txt")]):
        found.extend(
            (document, tuple(parser.parse(document)))
            for document in reader.read(InputSource(path.name, path=str(path)))
        )
    return tuple(found)


def needs_seeds(test):
    """Marks a test that reads shared/corpus/seeds, skipped when they are not next to the repository."""
    return pytest.mark.shared(pytest.mark.skipif(not SEEDS.is_dir(), reason="shared/corpus/seeds is not here")(test))


@needs_seeds
@given(st.data())
@settings(max_examples=12, deadline=None)
def test_shuffled_articles_give_identical_bytes(data):
    articles = parsed_articles()
    outputs = set()
    for ordering in (articles, data.draw(st.permutations(articles))):
        dataset = Dataset()
        for document, records in ordering:
            dataset.add_document(document)
            dataset.extend(records)
        outputs.add(tuple(exports(enriched(dataset)).values()))
    assert len(outputs) == 1


# --- the seeds and the pair of articles ------------------------------------------------------------


@functools.cache
def corpus_dataset(*folders: Path) -> Dataset:
    _, registry = get_plugin_manager(load_entry_points=False)
    dataset, report = build_dataset(registry, paths=[str(folder) for folder in folders])
    assert not report.refusals
    return dataset


def sources_by_name(record, dataset: Dataset) -> set[str]:
    return {Path(dataset.documents[s.document].path or "").name for s in record.sources}


@needs_seeds
def test_ho_chi_minh_city_is_one_partner_across_english_and_vietnamese_seeds():
    dataset = corpus_dataset(SEEDS)
    named = [
        p
        for p in dataset.partners.values()
        if {"Ho Chi Minh City", "HCM City", "Thành phố Hồ Chí Minh"} & {p.name, *p.aliases}
    ]
    assert [p.id for p in named] == [HCMC]
    (hcmc,) = named
    assert hcmc.name == "Ho Chi Minh City" and {"HCM City", "HCMC", "Thành phố Hồ Chí Minh"} <= set(hcmc.aliases)
    languages = {dataset.documents[s.document].language for s in hcmc.sources}
    assert languages == {"en", "vi"}
    assert hcmc.geo is not None and hcmc.geo.gazetteer_id == HCMC and hcmc.geo.population


@needs_seeds
def test_the_saint_petersburg_twinning_is_one_agreement_with_both_articles():
    dataset = corpus_dataset(SEEDS)
    twinnings = [
        a for a in dataset.agreements.values() if a.kind == "twinning" and set(a.partners) == {HCMC, SAINT_PETERSBURG}
    ]
    assert len(twinnings) == 1
    assert {"000_89f4f1df2256fe9e.txt", "003_4429ee0bfc4a563c.txt"} <= sources_by_name(twinnings[0], dataset)


@needs_seeds
def test_the_seeds_have_no_duplicate_records_and_every_export_is_valid():
    dataset = corpus_dataset(SEEDS)
    relations = [(a.kind, frozenset(a.partners)) for a in dataset.agreements.values() if len(a.partners) > 1]
    assert len(relations) == len(set(relations))
    happenings = [(e.kind, str(e.date), frozenset(e.partners)) for e in dataset.events.values() if e.date is not None]
    assert len(happenings) == len(set(happenings))
    assert all(e.plover and e.cameo for e in dataset.events.values() if e.kind != "other")
    SCHEMA_VALIDATOR.validate(json.loads(exports(dataset)["json"]))


@needs_seeds
def test_the_seed_network_links_ho_chi_minh_city_to_its_partners_with_coordinates():
    graph = nx.read_graphml(io.BytesIO(exports(corpus_dataset(SEEDS))["graphml"]))
    node = {data["cid"]: name for name, data in graph.nodes(data=True)}
    linked = {graph.nodes[n]["cid"] for n in graph.neighbors(node[HCMC])}
    assert {SAINT_PETERSBURG, SHANGHAI, GUANGDONG, GUANGZHOU} <= linked
    for place_id in (HCMC, SAINT_PETERSBURG, SHANGHAI, GUANGDONG, GUANGZHOU):
        assert {"lat", "lon"} <= set(graph.nodes[node[place_id]])
    assert graph[node[HCMC]][node[SAINT_PETERSBURG]]["weight"] >= 2.0


def test_the_same_teleconference_told_twice_is_one_event_with_two_sources():
    dataset = corpus_dataset(PAIR)
    teleconferences = [e for e in dataset.events.values() if e.kind == "teleconference"]
    assert len(teleconferences) == 1
    (event,) = teleconferences
    assert str(event.date) == "2022-09-07" and set(event.partners) == {HAI_PHONG, INCHEON}
    assert sources_by_name(event, dataset) == {"a_en.txt", "b_vi.txt"}
    assert (event.plover, event.plover_mode, event.cameo) == ("CONSULT", "phone", "041")
    (vevent,) = [
        v
        for v in icalendar.Calendar.from_ical(exports(dataset)["ical"]).walk("VEVENT")
        if "Teleconference" in str(v["SUMMARY"])
    ]
    description = str(vevent["DESCRIPTION"])
    assert "a_en.txt" in description and "b_vi.txt" in description and "(2 articles)" in description


def test_a_visit_on_another_day_stays_its_own_event():
    dataset = corpus_dataset(PAIR)
    (reception,) = [e for e in dataset.events.values() if str(e.date) == "2022-11-15"]
    assert sources_by_name(reception, dataset) == {"c_en.txt"}


def test_the_friendship_told_three_times_is_one_agreement_with_every_year_seen():
    dataset = corpus_dataset(PAIR)
    (friendship,) = [a for a in dataset.agreements.values() if a.kind == "friendship_cooperation"]
    assert sources_by_name(friendship, dataset) == {"a_en.txt", "b_vi.txt", "c_en.txt"}
    assert str(friendship.date) == "1997"
    claims = {
        str(claim.date): {Path(dataset.documents[d].path or "").name for d in claim.documents}
        for claim in friendship.candidate_dates
    }
    assert claims == {"1997": {"a_en.txt", "b_vi.txt"}, "1998": {"c_en.txt"}}


# --- docs/data-model.md against the code ---------------------------------------------------------

DATA_MODEL = (REPO / "docs" / "data-model.md").read_text(encoding="utf-8")


def test_the_data_model_lists_every_topic_with_its_wording():
    from citylinks.extraction.topics import TOPICS

    for topic, words in TOPICS.items():
        assert f"| `{topic}` | {', '.join(dict.fromkeys(words))} |" in DATA_MODEL, topic


def test_the_data_model_lists_every_builtin_enricher_with_its_order():
    for enricher in registry_of(*ENRICHER_MODULES).enrichers():
        assert f"| {enricher.order} | `{enricher.name}` | `{enricher.__module__}` |" in DATA_MODEL


def test_the_data_model_has_the_event_code_table_of_the_code():
    for kind, (plover, mode, cameo) in event_codes.CODES_BY_KIND.items():
        row = f"| `{kind}` | {plover or '—'} | {mode or '—'}"
        assert row in DATA_MODEL and (
            cameo is None or f"| {cameo} |" in DATA_MODEL.split(row, 1)[1].split("\n", 1)[0]
        ), kind
