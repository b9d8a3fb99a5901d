"""The four built-in exporters keep one contract, checked by reading their output back.

``ExporterContract`` is the contract (scrapy's pattern): arbitrary datasets export
and read back with each format's real reader, the same dataset always gives the
same bytes, and the exporter is registered properly. Each ``Test*Exporter``
subclass says how its format is read back and adds what is particular to it.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import io
import itertools
import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path
from types import ModuleType
from typing import Any, ClassVar

import attrs
import icalendar
import igraph
import jsonschema
import lxml.etree
import networkx as nx
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from citylinks.dataset import Dataset
from citylinks.default_plugins import graphml_exporter, ical_exporter, json_exporter, jsonl_exporter
from citylinks.models import (
    AGREEMENT_KINDS,
    AGREEMENT_STATUSES,
    EVENT_KINDS,
    EVENT_MODES,
    PARTNER_KINDS,
    PLOVER_CONSULT_MODES,
    PLOVER_EVENT_TYPES,
    Agreement,
    Document,
    Event,
    Geo,
    PartialDate,
    Participant,
    Partner,
    Source,
)
from citylinks.pipeline import export_to_bytes
from citylinks.plugins import DEFAULT_PLUGINS, Registry, new_plugin_manager
from citylinks.schema import load_export_schema
from citylinks.serialize import record_from_dict
from citylinks.textsafety import safe_text
from strategies import HOSTILE_FRAGMENTS, datasets, hostile_text, record_ids

EXPORTER_MODULES = (json_exporter, jsonl_exporter, ical_exporter, graphml_exporter)
SCHEMA = load_export_schema()
SCHEMA_VALIDATOR = jsonschema.Draft202012Validator(SCHEMA)
INJECTION = "\r\nEND:VEVENT\r\nBEGIN:VEVENT\r\nSUMMARY:forged\r\n"
SECTION_MODELS = {"documents": Document, "partners": Partner, "events": Event, "agreements": Agreement}


def fresh_registry(*modules: ModuleType) -> Registry:
    pm = new_plugin_manager()
    for module in modules:
        pm.register(module, name=module.__name__)
    return Registry(pm)


def sample_dataset() -> Dataset:
    """A small hand-written dataset with one of everything, some of it hostile."""
    document = Document(
        "sha256:9f1c",
        path="corpus/seeds/000_89f4f1df2256fe9e.txt",
        title="HCM City, Saint Petersburg strengthen bilateral relations",
        published="2021-05-20",
        language="en",
    )
    evidence = Source(
        document.id, 0, 80, "The two cities held talks by video link on May 19;" + INJECTION + " \x00\u202e."
    )
    dataset = Dataset()
    dataset.add_document(document)
    dataset.extend(
        [
            Partner(
                "city-ho-chi-minh-city",
                "Ho Chi Minh City",
                "city",
                "VN",
                aliases=("HCM City",),
                geo=Geo(10.8231, 106.6297),
                sources=(evidence,),
            ),
            Partner(
                "city-saint-petersburg", "Saint Petersburg", "city", "RU", geo=Geo(59.9311, 30), sources=(evidence,)
            ),
            Partner("org people's committee", "People's Committee <HCMC> & co\x0b", "organization", "VN"),
            Event(
                "event-2021-05-19-teleconference",
                "teleconference",
                "2021-05-19",
                partners=("city-ho-chi-minh-city", "city-saint-petersburg", "org people's committee"),
                participants=(
                    Participant("Nguyen Thanh Phong", "Chairman; HCMC People's Committee", "city-ho-chi-minh-city"),
                ),
                mode="virtual",
                topics=("trade", "tourism, culture"),
                sources=(evidence,),
            ),
            Event(
                "event-2021-05-visit",
                "visit",
                "2021-05",
                location="Saint Petersburg",
                partners=("city-saint-petersburg",),
            ),
            Event("event-undated-meeting", "meeting", partners=("city-ho-chi-minh-city",)),
            Agreement(
                "agreement-twinning",
                "twinning",
                "existing",
                "1994",
                date_computed=True,
                partners=("city-ho-chi-minh-city", "city-saint-petersburg"),
            ),
        ]
    )
    return dataset


def reordered(dataset: Dataset) -> Dataset:
    """The same records, inserted in the opposite order."""
    return Dataset(
        **{name: dict(reversed(table.items())) for name, table in attrs.asdict(dataset, recurse=False).items()}
    )


def assert_contract_holds(exported: dict[str, Any], dataset: Dataset) -> None:
    """A JSON export (already parsed) is valid, complete, ordered by id, and every reference resolves."""
    SCHEMA_VALIDATOR.validate(exported)
    assert exported["citylinks"] == "1"
    for section, model in SECTION_MODELS.items():
        table = getattr(dataset, section)
        assert [record["id"] for record in exported[section]] == sorted(table)
        for record in exported[section]:
            assert record_from_dict(model, record) == table[record["id"]]
    document_ids = {document["id"] for document in exported["documents"]}
    partner_ids = {partner["id"] for partner in exported["partners"]}
    for record in exported["partners"] + exported["events"] + exported["agreements"]:
        assert {source["document"] for source in record["sources"]} <= document_ids
    for record in exported["events"] + exported["agreements"]:
        assert set(record["partners"]) <= partner_ids
    for event in exported["events"]:
        assert {p["partner"] for p in event["participants"] if p["partner"] is not None} <= partner_ids


class ExporterContract:
    """What every exporter promises. Subclasses set the class attributes and ``read_back``."""

    module: ClassVar[ModuleType]
    format_name: ClassVar[str]
    suffix: ClassVar[str]

    def export(self, dataset: Dataset, options: dict[str, str] | None = None) -> bytes:
        return export_to_bytes(fresh_registry(self.module), dataset, self.format_name, options)

    def read_back(self, dataset: Dataset, output: bytes) -> None:
        """Parse ``output`` with the format's real reader and check it against ``dataset``."""
        raise NotImplementedError

    # The hypothesis tests of the contract wrap an inner function: hypothesis wants each
    # @given function to run under one class, and this one is shared by every subclass.
    def test_arbitrary_datasets_read_back(self):
        @given(datasets())
        @settings(max_examples=30, deadline=None)
        def exports_read_back(dataset):
            self.read_back(dataset, self.export(dataset))

        exports_read_back()

    def test_sample_dataset_reads_back(self):
        self.read_back(sample_dataset(), self.export(sample_dataset()))

    def test_empty_dataset_reads_back(self):
        self.read_back(Dataset(), self.export(Dataset()))

    def test_same_dataset_gives_identical_bytes(self):
        @given(datasets())
        @settings(max_examples=10, deadline=None)
        def exports_are_identical(dataset):
            first = self.export(dataset)
            assert self.export(dataset) == first
            assert self.export(reordered(dataset)) == first

        exports_are_identical()

    def test_output_ends_with_a_newline(self):
        assert self.export(sample_dataset()).endswith(b"\n")

    def test_registered_under_its_name(self):
        registry = fresh_registry(self.module)
        exporter_class = registry.exporter(self.format_name)
        assert registry.names("exporters") == [self.format_name]
        assert exporter_class.suffix == self.suffix
        assert exporter_class.description
        assert all(isinstance(key, str) and text for key, text in exporter_class.options_help.items())

    def test_unknown_option_is_refused_naming_it(self):
        with pytest.raises(ValueError, match="no option 'colour'"):
            self.export(sample_dataset(), {"colour": "blue"})

    def test_is_a_default_plugin(self):
        assert self.module.__name__ in DEFAULT_PLUGINS


class TestJsonExporter(ExporterContract):
    module = json_exporter
    format_name = "json"
    suffix = ".json"

    def read_back(self, dataset, output):
        assert output.endswith(b"\n")
        assert_contract_holds(json.loads(output), dataset)

    @given(datasets())
    @settings(max_examples=15, deadline=None)
    def test_compact_output_holds_the_same_export(self, dataset):
        compact = self.export(dataset, {"indent": "none"})
        assert compact.count(b"\n") == 1 and compact.endswith(b"\n")
        assert json.loads(compact) == json.loads(self.export(dataset))

    def test_indented_output_matches_a_full_dump(self):
        # The streamed text must look exactly like a one-shot dump of the same object.
        output = self.export(sample_dataset())
        assert output.decode() == json.dumps(json.loads(output), indent=2, ensure_ascii=False) + "\n"

    def test_bad_indent_is_refused(self):
        with pytest.raises(ValueError, match=r"indent.*'4'"):
            self.export(sample_dataset(), {"indent": "4"})

    def test_items_out_of_section_order_are_refused(self):
        exporter = json_exporter.JsonExporter()
        exporter.start(io.BytesIO())
        exporter.export_item(Event("event-1", "visit"))
        with pytest.raises(ValueError, match="partners item after events"):
            exporter.export_item(Partner("city-hanoi", "Hanoi", "city"))


class TestJsonLinesExporter(ExporterContract):
    module = jsonl_exporter
    format_name = "jsonl"
    suffix = ".jsonl"

    def read_back(self, dataset, output):
        *lines, last = output.decode("utf-8").split("\n")
        assert last == ""
        header, *records = (json.loads(line) for line in lines)
        assert header == {"type": "header", "citylinks": "1"}
        exported: dict[str, Any] = {"citylinks": header["citylinks"], **{section: [] for section in SECTION_MODELS}}
        order = [f"{section[:-1]}" for section in SECTION_MODELS]
        assert [order.index(r["type"]) for r in records] == sorted(order.index(r["type"]) for r in records)
        for record in records:
            exported[record.pop("type") + "s"].append(record)
        assert_contract_holds(exported, dataset)


def day_after(day: dt.date) -> dt.date | None:
    return None if day == dt.date.max else day + dt.timedelta(days=1)


def calendar_days(date: PartialDate) -> tuple[dt.date, dt.date]:
    """First and last day of a partial date, computed independently of the exporter."""
    first = dt.date(date.year, date.month or 1, date.day or 1)
    if date.day is not None:
        return first, first
    if date.month is not None:
        next_month = (
            dt.date(date.year + (date.month == 12), date.month % 12 + 1, 1)
            if (date.year, date.month) != (9999, 12)
            else None
        )
        return first, (next_month - dt.timedelta(days=1)) if next_month else dt.date.max
    return first, dt.date(date.year, 12, 31)


class TestICalendarExporter(ExporterContract):
    module = ical_exporter
    format_name = "ical"
    suffix = ".ics"

    def read_back(self, dataset, output, undated="skip"):
        lines = output.split(b"\r\n")
        assert lines[-1] == b""
        assert all(b"\r" not in line and b"\n" not in line and len(line) <= 75 for line in lines)
        shown = [event for _, event in sorted(dataset.events.items()) if self.is_shown(event, undated)]
        assert lines.count(b"BEGIN:VEVENT") == lines.count(b"END:VEVENT") == len(shown)

        parsed = icalendar.Calendar.from_ical(output)
        assert str(parsed["PRODID"]) == "-//citylinks//citylinks 1//EN"
        assert str(parsed["VERSION"]) == "2.0"
        assert str(parsed["X-WR-CALNAME"]) == "citylinks"
        vevents = parsed.walk("VEVENT")
        assert len(vevents) == len(shown)
        for event, vevent in zip(shown, vevents, strict=True):
            self.check_vevent(dataset, event, vevent)

    @staticmethod
    def is_shown(event: Event, undated: str) -> bool:
        return event.date is not None and (event.date.precision == "day" or undated == "span")

    def check_vevent(self, dataset: Dataset, event: Event, vevent: icalendar.Event) -> None:
        assert str(vevent["UID"]) == safe_text(event.id) + "@citylinks"
        summary = str(vevent["SUMMARY"])
        assert summary.startswith(event.kind.replace("_", " ").capitalize())
        for partner_id in event.partners:
            assert safe_text(dataset.partners[partner_id].name) in summary
        first_day = calendar_days(event.date)[0]
        last_day = calendar_days(event.end_date or event.date)[1]
        start = vevent["DTSTART"]
        assert type(start.dt) is dt.date and start.dt == first_day
        assert start.params.get("VALUE") == "DATE"
        if day_after(last_day) is None:
            assert "DTEND" not in vevent
        else:
            assert vevent["DTEND"].dt == day_after(last_day)
        assert vevent["DTSTAMP"].dt == dt.datetime.combine(first_day, dt.time(), tzinfo=dt.timezone.utc)
        description = str(vevent["DESCRIPTION"])
        for source in event.sources:
            assert safe_text(source.text) in description
        for participant in event.participants:
            assert safe_text(participant.person) in description
        if event.location and safe_text(event.location).strip():
            assert str(vevent["LOCATION"]) == safe_text(event.location)
        else:
            assert "LOCATION" not in vevent
        assert vevent.categories[0] == event.kind

    @given(datasets())
    @settings(max_examples=15, deadline=None)
    def test_undated_span_shows_every_dated_event(self, dataset):
        self.read_back(dataset, self.export(dataset, {"undated": "span"}), undated="span")

    @pytest.mark.parametrize(("undated", "skipped"), [("skip", 2), ("span", 1)])
    def test_skipped_events_are_counted(self, undated, skipped):
        exporter_class = fresh_registry(self.module).exporter("ical")
        exporter = exporter_class({"undated": undated})
        exporter.export_dataset(sample_dataset(), io.BytesIO())
        assert exporter.skipped == skipped
        assert "date" in exporter.skipped_reason

    def test_bad_undated_option_is_refused(self):
        with pytest.raises(ValueError, match=r"undated.*'guess'"):
            self.export(sample_dataset(), {"undated": "guess"})

    @staticmethod
    def anniversary_dataset() -> Dataset:
        evidence = Source("sha256:1", 0, 20, "signed the agreement")
        return Dataset(
            documents={"sha256:1": Document("sha256:1", path="a.txt")},
            partners={pid: Partner(pid, pid.title(), "city") for pid in ("hanoi", "hue")},
            events={
                "signing": Event("signing", "signing", "2021-06-07", partners=("hanoi", "hue"), sources=(evidence,))
            },
            agreements={
                "a-day": Agreement(
                    "a-day", "twinning", "existing", "2019-04-02", partners=("hanoi", "hue"), sources=(evidence,)
                ),
                "a-signed": Agreement(
                    "a-signed", "mou", "signed", "2021", partners=("hanoi", "hue"), signed_at="signing"
                ),
                "a-year": Agreement("a-year", "mou", "existing", "2015", partners=("hanoi", "hue")),
                "a-proposed": Agreement("a-proposed", "mou", "proposed", "2024-01-02", partners=("hanoi", "hue")),
            },
        )

    def test_anniversaries_recur_yearly_from_the_start_day(self):
        output = self.export(self.anniversary_dataset(), {"anniversaries": "yes"})
        vevents = icalendar.Calendar.from_ical(output).walk("VEVENT")
        anniversaries = {str(v["UID"]): v for v in vevents if "RRULE" in v}
        assert set(anniversaries) == {"a-day-anniversary@citylinks", "a-signed-anniversary@citylinks"}
        for uid, day in (
            ("a-day-anniversary@citylinks", dt.date(2019, 4, 2)),
            ("a-signed-anniversary@citylinks", dt.date(2021, 6, 7)),
        ):
            vevent = anniversaries[uid]
            assert vevent["RRULE"]["FREQ"] == ["YEARLY"]
            assert vevent["DTSTART"].dt == day and vevent["DTEND"].dt == day + dt.timedelta(days=1)
            assert vevent.categories[0] == "anniversary"
        assert (
            str(anniversaries["a-day-anniversary@citylinks"]["SUMMARY"]) == "Anniversary of the twinning: Hanoi – Hue"
        )
        assert "signed the agreement" in str(anniversaries["a-day-anniversary@citylinks"]["DESCRIPTION"])
        exporter = fresh_registry(self.module).exporter("ical")({"anniversaries": "yes"})
        exporter.export_dataset(self.anniversary_dataset(), io.BytesIO())
        assert exporter.anniversaries_skipped == 1  # the year-only one; a proposal has no anniversary at all

    def test_no_anniversaries_unless_asked(self):
        output = self.export(self.anniversary_dataset())
        assert b"RRULE" not in output and len(icalendar.Calendar.from_ical(output).walk("VEVENT")) == 1

    def test_bad_anniversaries_option_is_refused(self):
        with pytest.raises(ValueError, match=r"anniversaries.*'maybe'"):
            self.export(sample_dataset(), {"anniversaries": "maybe"})

    @given(datasets())
    @settings(max_examples=15, deadline=None)
    def test_anniversaries_leave_the_events_as_they_were(self, dataset):
        output = self.export(dataset, {"anniversaries": "yes"})
        vevents = icalendar.Calendar.from_ical(output).walk("VEVENT")
        day_precise = {
            a.id
            for a in dataset.agreements.values()
            if a.status != "proposed" and a.date is not None and a.date.precision == "day"
        }
        assert {str(v["UID"]) for v in vevents if "RRULE" in v} >= {
            safe_text(f"{aid}-anniversary@citylinks") for aid in day_precise
        }
        plain = [v for v in vevents if "RRULE" not in v]
        assert [str(v["UID"]) for v in plain] == [
            str(v["UID"]) for v in icalendar.Calendar.from_ical(self.export(dataset)).walk("VEVENT")
        ]

    def test_sample_event_reads_as_written(self):
        (vevent,) = icalendar.Calendar.from_ical(self.export(sample_dataset())).walk("VEVENT")
        assert (
            str(vevent["SUMMARY"])
            == "Teleconference: Ho Chi Minh City – Saint Petersburg – People's Committee <HCMC> & co"
        )
        assert vevent["DTSTART"].to_ical() == b"20210519" and vevent["DTEND"].to_ical() == b"20210520"
        assert vevent.categories == ["teleconference", "trade", "tourism, culture"]
        description = str(vevent["DESCRIPTION"])
        assert "Nguyen Thanh Phong, Chairman; HCMC People's Committee (Ho Chi Minh City)" in description
        assert (
            'corpus/seeds/000_89f4f1df2256fe9e.txt: "HCM City, Saint Petersburg strengthen bilateral relations"'
            in description
        )

    @pytest.mark.parametrize(
        "field", ["evidence", "location", "partner name", "participant title", "topic", "event id"]
    )
    def test_text_cannot_break_out_of_its_property(self, field):
        hostile = f"before{INJECTION}after \x00\x1b\u202e"
        source = Source("sha256:1", 0, 5, hostile if field == "evidence" else "fine")
        dataset = Dataset(
            documents={"sha256:1": Document("sha256:1", path="a.txt")},
            partners={"p": Partner("p", hostile if field == "partner name" else "Hanoi", "city")},
            events={
                "e": Event(
                    hostile if field == "event id" else "e",
                    "talks",
                    "2022-01-02",
                    location=hostile if field == "location" else None,
                    partners=("p",),
                    participants=(Participant("Someone", hostile if field == "participant title" else None, "p"),),
                    topics=(hostile,) if field == "topic" else (),
                    sources=(source,),
                )
            },
        )
        output = self.export(dataset)
        lines = output.split(b"\r\n")
        assert lines.count(b"BEGIN:VEVENT") == lines.count(b"END:VEVENT") == 1
        assert not any(line.startswith(b"SUMMARY:forged") for line in lines)
        assert not any(0 < byte < 32 and byte not in b"\t\r\n" for byte in output)
        (vevent,) = icalendar.Calendar.from_ical(output).walk("VEVENT")
        text = "\n".join(
            str(vevent.get(name, "")) for name in ("UID", "SUMMARY", "LOCATION", "DESCRIPTION")
        ) + ",".join(vevent.categories)
        assert "before\nEND:VEVENT\nBEGIN:VEVENT\nSUMMARY:forged\nafter " in text


def expected_edges(dataset: Dataset) -> list[tuple[str, str, str, str, str, int]]:
    """The multigraph's edges: one per pair of distinct partners of each record."""
    edges = []
    for edge_type, table in (("event", dataset.events), ("agreement", dataset.agreements)):
        for record in table.values():
            status = getattr(record, "status", "")
            date = record.date.isoformat() if record.date else ""
            pairs = itertools.combinations(dict.fromkeys(record.partners), 2)
            edges += [(safe_text(record.id), edge_type, record.kind, date, status, len(record.sources)) for _ in pairs]
    return sorted(edges)


WEIGHTED_EDGE_KEYS = (
    "weight",
    "events",
    "agreements",
    "event_kinds",
    "agreement_kinds",
    "first_date",
    "last_date",
    "sources",
)


def expected_pairs(dataset: Dataset) -> dict[frozenset[str], dict[str, Any]]:
    """The weighted graph's edges, computed independently of the exporter: partner pair → attributes."""
    pairs: dict[frozenset[str], dict[str, Any]] = {}
    for table in (dataset.events, dataset.agreements):
        for record in table.values():
            is_agreement = isinstance(record, Agreement)
            for pair in itertools.combinations(dict.fromkeys(record.partners), 2):
                tally = pairs.setdefault(
                    frozenset(pair),
                    {
                        "events": 0,
                        "agreements": 0,
                        "event_kinds": set(),
                        "agreement_kinds": set(),
                        "dates": [],
                        "sources": 0,
                    },
                )
                tally["agreements" if is_agreement else "events"] += 1
                tally["agreement_kinds" if is_agreement else "event_kinds"].add(record.kind)
                tally["dates"] += [record.date.isoformat()] if record.date else []
                tally["sources"] += len(record.sources)
    return {
        pair: {
            "weight": float(t["events"] + t["agreements"]),
            "events": t["events"],
            "agreements": t["agreements"],
            "event_kinds": ", ".join(sorted(t["event_kinds"])),
            "agreement_kinds": ", ".join(sorted(t["agreement_kinds"])),
            "first_date": min(t["dates"], default=""),
            "last_date": max(t["dates"], default=""),
            "sources": t["sources"],
        }
        for pair, t in pairs.items()
    }


def is_ascii_nmtoken(text: str) -> bool:
    return bool(text) and all(char.isascii() and (char.isalnum() or char in "._-") for char in text)


class TestGraphMLExporter(ExporterContract):
    module = graphml_exporter
    format_name = "graphml"
    suffix = ".graphml"

    def read_back(self, dataset, output, graph_kind="weighted"):
        lxml.etree.fromstring(output)  # well-formed XML 1.0, parsed strictly
        partners = [partner for _, partner in sorted(dataset.partners.items())]
        graph = nx.read_graphml(io.BytesIO(output))
        assert graph.number_of_nodes() == len(partners)
        node_of = {}
        for partner, (node, data) in zip(partners, graph.nodes(data=True), strict=True):
            node_of[partner.id] = node
            assert node == graphml_exporter.node_id_for(partner.id) or node.startswith(
                graphml_exporter.node_id_for(partner.id) + "."
            )
            assert is_ascii_nmtoken(node)
            assert data.get("cid", "") == safe_text(partner.id)
            assert data.get("name", "") == safe_text(partner.name)
            assert data["kind"] == partner.kind
            assert data.get("country", "") == (partner.country or "")
            assert data["sources"] == len(partner.sources)
            if partner.geo is None:
                assert "lat" not in data and "lon" not in data
            else:
                assert data["lat"] == pytest.approx(partner.geo.lat, abs=1e-7)
                assert data["lon"] == pytest.approx(partner.geo.lon, abs=1e-7)
        if graph_kind == "multi":
            edges = sorted(
                (d.get("cid", ""), d["type"], d["kind"], d.get("date", ""), d.get("status", ""), d["sources"])
                for _, _, d in graph.edges(data=True)
            )
            expected_count = len(expected_edges(dataset))
            assert edges == expected_edges(dataset)
        else:
            expected = {
                frozenset(node_of[pid] for pid in pair): attributes
                for pair, attributes in expected_pairs(dataset).items()
            }
            found = {
                frozenset((u, v)): {key: d.get(key, "") for key in WEIGHTED_EDGE_KEYS}
                for u, v, d in graph.edges(data=True)
            }
            expected_count = len(expected)
            assert found == expected

        with tempfile.TemporaryDirectory() as folder:
            path = Path(folder, "export.graphml")
            path.write_bytes(output)
            by_igraph = igraph.Graph.Read_GraphML(str(path))
        assert by_igraph.vcount() == len(partners)
        assert by_igraph.ecount() == expected_count
        if partners:
            assert by_igraph.vs["name"] == [safe_text(partner.name) for partner in partners]
            assert by_igraph.vs["id"] == list(graph.nodes)

    def test_multigraph_reads_back(self):
        @given(datasets())
        @settings(max_examples=20, deadline=None)
        def multigraph_reads_back(dataset):
            self.read_back(dataset, self.export(dataset, {"graph": "multi"}), graph_kind="multi")

        multigraph_reads_back()
        self.read_back(sample_dataset(), self.export(sample_dataset(), {"graph": "multi"}), graph_kind="multi")

    def test_bad_graph_option_is_refused(self):
        with pytest.raises(ValueError, match=r"graph.*'tree'"):
            self.export(sample_dataset(), {"graph": "tree"})

    def test_weights_count_events_and_agreements_per_pair(self):
        hanoi, hue, lyon = (Partner(pid, pid.title(), "city") for pid in ("hanoi", "hue", "lyon"))
        dataset = Dataset(
            partners={p.id: p for p in (hanoi, hue, lyon)},
            events={
                "e1": Event("e1", "talks", "2020-03-04", partners=("hanoi", "hue")),
                "e2": Event("e2", "visit", "2022", partners=("hue", "hanoi", "lyon")),
            },
            agreements={"a1": Agreement("a1", "twinning", "existing", "1999", partners=("hanoi", "hue"))},
        )
        graph = nx.read_graphml(io.BytesIO(self.export(dataset)))
        assert graph["hanoi"]["hue"]["weight"] == 3.0
        assert (graph["hanoi"]["hue"]["events"], graph["hanoi"]["hue"]["agreements"]) == (2, 1)
        assert graph["hanoi"]["hue"]["event_kinds"] == "talks, visit"
        assert (graph["hanoi"]["hue"]["first_date"], graph["hanoi"]["hue"]["last_date"]) == ("1999", "2022")
        assert graph["hanoi"]["lyon"]["weight"] == graph["hue"]["lyon"]["weight"] == 1.0
        assert graph.number_of_edges() == 3
        weights = dict(nx.get_edge_attributes(graph, "weight"))
        assert sorted(weights.values()) == [1.0, 1.0, 3.0]

    @given(st.lists(record_ids, min_size=1, max_size=6, unique=True))
    @settings(max_examples=50, deadline=None)
    def test_node_ids_are_distinct_nmtokens(self, partner_ids):
        # Each id's own node id is added as a partner id too: the two must still get distinct nodes.
        partner_ids = set(partner_ids) | {graphml_exporter.node_id_for(pid) for pid in partner_ids}
        dataset = Dataset(partners={pid: Partner(pid, "x", "city") for pid in partner_ids})
        graph = nx.read_graphml(io.BytesIO(self.export(dataset)))
        assert graph.number_of_nodes() == len(partner_ids)
        assert all(is_ascii_nmtoken(node) for node in graph.nodes)

    def test_xml_illegal_characters_are_removed(self):
        name = "A\x00B\x0bC\ufffeD\x1fE\u202eF\u2066G\x85H😀 <&> ]]>"
        dataset = Dataset(partners={"p\x00": Partner("p\x00", name, "city")})
        output = self.export(dataset)
        (data,) = (data for _, data in nx.read_graphml(io.BytesIO(output)).nodes(data=True))
        assert data["name"] == "ABCDEFGH😀 <&> ]]>"
        assert data["cid"] == "p"

    def test_single_partner_records_keep_their_node_and_add_no_edge(self):
        dataset = Dataset(
            partners={"city-hanoi": Partner("city-hanoi", "Hanoi", "city")},
            events={"e": Event("e", "visit", partners=("city-hanoi", "city-hanoi"))},
            agreements={"a": Agreement("a", "mou", "signed", partners=("city-hanoi",))},
        )
        graph = nx.read_graphml(io.BytesIO(self.export(dataset)))
        assert list(graph.nodes) == ["city-hanoi"] and graph.number_of_edges() == 0

    def test_unknown_partner_ids_get_a_node_of_their_own(self):
        dataset = Dataset(
            partners={"city-hanoi": Partner("city-hanoi", "Hanoi", "city")},
            agreements={"a": Agreement("a", "mou", "signed", partners=("city-hanoi", "city hue"))},
        )
        graph = nx.read_graphml(io.BytesIO(self.export(dataset)))
        assert graph.number_of_nodes() == 2 and graph.number_of_edges() == 1
        (unknown,) = (data for node, data in graph.nodes(data=True) if node != "city-hanoi")
        assert unknown["cid"] == unknown["name"] == "city hue"


def test_schema_is_draft_2020_12_and_its_enums_are_the_models():
    jsonschema.Draft202012Validator.check_schema(SCHEMA)
    definitions = SCHEMA["$defs"]
    assert tuple(definitions["partner"]["properties"]["kind"]["enum"]) == PARTNER_KINDS
    assert tuple(definitions["event"]["properties"]["kind"]["enum"]) == EVENT_KINDS
    assert tuple(definitions["event"]["properties"]["mode"]["enum"]) == (*EVENT_MODES, None)
    assert tuple(definitions["agreement"]["properties"]["kind"]["enum"]) == AGREEMENT_KINDS
    assert tuple(definitions["agreement"]["properties"]["status"]["enum"]) == AGREEMENT_STATUSES
    assert tuple(definitions["event"]["properties"]["plover"]["enum"]) == (*PLOVER_EVENT_TYPES, None)
    assert tuple(definitions["event"]["properties"]["plover_mode"]["enum"]) == (*PLOVER_CONSULT_MODES, None)


@pytest.mark.parametrize(
    ("section", "field", "value"),
    [
        ("partners", "kind", "village"),
        ("partners", "country", "vn"),
        ("events", "date", "19 May 2021"),
        ("events", "date", "2021-5"),
        ("agreements", "status", "rumoured"),
        ("events", "partners", "city-hanoi"),
    ],
)
def test_schema_refuses_what_the_contract_forbids(section, field, value):
    exported = json.loads(export_to_bytes(fresh_registry(json_exporter), sample_dataset(), "json"))
    exported[section][0][field] = value
    with pytest.raises(jsonschema.ValidationError):
        SCHEMA_VALIDATOR.validate(exported)


def test_schema_requires_every_contract_field():
    exported = json.loads(export_to_bytes(fresh_registry(json_exporter), sample_dataset(), "json"))
    for section in SECTION_MODELS:
        for field in list(exported[section][0]):
            damaged = json.loads(json.dumps(exported))
            del damaged[section][0][field]
            required = field in SCHEMA["$defs"][section[:-1]]["required"]
            assert SCHEMA_VALIDATOR.is_valid(damaged) is not required, (section, field)


def test_same_bytes_in_fresh_processes_whatever_the_hash_seed():
    script = (
        "import sys, hashlib\n"
        f"sys.path.insert(0, {str(Path(__file__).parent)!r})\n"
        "from test_exporters import EXPORTER_MODULES, fresh_registry, sample_dataset\n"
        "from citylinks.pipeline import export_to_bytes\n"
        "registry = fresh_registry(*EXPORTER_MODULES)\n"
        "for name in ('json', 'jsonl', 'ical', 'graphml'):\n"
        "    print(name, hashlib.sha256(export_to_bytes(registry, sample_dataset(), name)).hexdigest())\n"
    )
    digests = {
        subprocess.run(
            [sys.executable, "-c", script],
            env={**os.environ, "PYTHONHASHSEED": seed},
            capture_output=True,
            text=True,
            check=True,
        ).stdout
        for seed in ("1", "2")
    }
    assert len(digests) == 1

    def digest(name: str) -> str:
        return hashlib.sha256(export_to_bytes(fresh_registry(*EXPORTER_MODULES), sample_dataset(), name)).hexdigest()

    in_process = "".join(f"{name} {digest(name)}\n" for name in ("json", "jsonl", "ical", "graphml"))
    assert digests == {in_process}


@given(hostile_text)
def test_safe_text_leaves_only_characters_xml_and_icalendar_carry(text):
    cleaned = safe_text(text)
    assert all(char in "\t\n" or (0x20 <= ord(char) < 0x7F) or ord(char) > 0x9F for char in cleaned)
    assert not any(
        0x202A <= ord(c) <= 0x202E or 0x2066 <= ord(c) <= 0x2069 or c in "\ufeff\ufffe\uffff" for c in cleaned
    )
    assert safe_text(cleaned) == cleaned
    assert cleaned.count("\n") == text.replace("\r\n", "\n").replace("\r", "\n").count("\n")


def test_safe_text_keeps_ordinary_text_and_line_breaks():
    assert safe_text("Thành phố Hồ Chí Minh\r\nĐà Nẵng\rHuế\t😀 <&>") == "Thành phố Hồ Chí Minh\nĐà Nẵng\nHuế\t😀 <&>"
    assert {
        safe_text(fragment)
        for fragment in HOSTILE_FRAGMENTS
        if fragment in "\x00\x07\x0b\x1b\x7f\x85\x9f\u202a\u202e\u2066\u2069\ufeff\ufffe\uffff"
    } == {""}
