"""Property tests at citylinks' boundaries: hostile strings in every model field, hostile bytes
into the readers, hostile dates, and every export parsed back.

``tests/test_exporters.py`` already round-trips datasets of hostile text (line breaks,
iCalendar and XML syntax, controls, bidi overrides) through each exporter with
icalendar, networkx, igraph and jsonschema. This adds what it leaves out: lone
surrogates (a file name that is not UTF-8 brings one in), a literal ``\\N`` in
iCalendar text, ids that only look like NMTOKENs, the ``display-names`` enricher,
decoding, and publication dates.
"""

from __future__ import annotations

import codecs
import datetime as dt
import io
import json
import unicodedata
from collections.abc import Callable, Iterator
from typing import Any

import attrs
import icalendar
import igraph
import jsonschema
import networkx as nx
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from citylinks import hookimpl
from citylinks.article import checked_date, make_document, read_header
from citylinks.components import InputSource, Parser
from citylinks.dataset import Dataset
from citylinks.decoding import DecodeError, _looks_binary, decode_bytes, normalise_text
from citylinks.default_plugins import graphml_exporter, ical_exporter, json_exporter, jsonl_exporter, text_reader
from citylinks.default_plugins.display_names import DisplayNames
from citylinks.default_plugins.graphml_exporter import node_id_for
from citylinks.default_plugins.jsonl_reader import parse_published
from citylinks.models import Document, Event, Partner, Source
from citylinks.pipeline import build_dataset, export_to_bytes
from citylinks.plugins import Registry, new_plugin_manager
from citylinks.schema import load_export_schema
from citylinks.textsafety import display_name, safe_text, without_surrogates
from strategies import datasets, hostile_text, partners

SCHEMA = load_export_schema()
EXPORTERS = (json_exporter, jsonl_exporter, ical_exporter, graphml_exporter)
SURROGATES = st.sampled_from(["\ud800", "\udbff", "\udc00", "\udce9", "\udfff", "\ud83d\ude00"])
# Fields whose text is shown or quoted, never used as a reference: the ones a surrogate can reach.
DISPLAY_FIELDS = {"path", "title", "name", "aliases", "location", "topics", "person", "text"}
NOT_DISPLAYED = {chr(c) for c in (*range(0x20), *range(0x7F, 0xA0), 0x61C, 0x200E, 0x200F, 0xFEFF, 0xFFFE, 0xFFFF)} | {
    chr(c) for c in (*range(0x202A, 0x202F), *range(0x2066, 0x206A), *range(0xD800, 0xE000))
}


def registry() -> Registry:
    pm = new_plugin_manager()
    for module in EXPORTERS:
        pm.register(module, name=module.__name__)
    return Registry(pm)


REGISTRY = registry()


def export(dataset: Dataset, format_name: str) -> bytes:
    return export_to_bytes(REGISTRY, dataset, format_name)


def map_display_text(value: Any, change: Callable[[str], str], field: str | None = None) -> Any:
    """``value`` with ``change`` applied to the text of every display field, at any depth."""
    if isinstance(value, str):
        return change(value) if field in DISPLAY_FIELDS else value
    if isinstance(value, tuple):
        return tuple(map_display_text(item, change, field) for item in value)
    if isinstance(value, dict):
        return {key: map_display_text(item, change, field) for key, item in value.items()}
    if attrs.has(type(value)):
        fields = [f for f in attrs.fields(type(value)) if f.init]
        return attrs.evolve(value, **{f.name: map_display_text(getattr(value, f.name), change, f.name) for f in fields})
    return value


@st.composite
def datasets_with_surrogates(draw: st.DrawFn) -> Dataset:
    dataset = draw(datasets())
    surrogate = draw(SURROGATES)
    return map_display_text(dataset, lambda text: text[:1] + surrogate + text[1:])


@given(datasets_with_surrogates())
@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
def test_lone_surrogates_never_break_an_export(dataset):
    replaced = map_display_text(dataset, without_surrogates)
    for format_name in ("json", "jsonl"):
        # Each surrogate becomes U+FFFD: the same bytes as the dataset that had U+FFFD all along.
        assert export(dataset, format_name) == export(replaced, format_name)
    exported = json.loads(export(dataset, "json").decode("utf-8"))
    jsonschema.validate(exported, SCHEMA)
    calendar = icalendar.Calendar.from_ical(export(dataset, "ical").decode("utf-8"))
    assert calendar.name == "VCALENDAR"
    graphml = export(dataset, "graphml")
    graphml.decode("utf-8")
    assert nx.read_graphml(io.BytesIO(graphml)).number_of_nodes() == len(dataset.partners)


def test_lone_surrogates_in_graphml_read_in_igraph(tmp_path):
    dataset = Dataset()
    dataset.add(Partner("city-\udce9", "Caf\udce9", "city", sources=[Source("sha256:00", 0, 4, "Caf\udce9")]))
    path = tmp_path / "out.graphml"
    path.write_bytes(export(dataset, "graphml"))
    assert igraph.Graph.Read_GraphML(str(path)).vs["name"] == ["Caf"]


ICAL_SYNTAX = st.lists(
    st.sampled_from([*"\\Nn;,:\"'\n\r\tAx é😀", "END:VEVENT", "\\N", "\\\\n", "\r\nBEGIN:VEVENT\r\n"]), max_size=20
).map("".join)


@given(ICAL_SYNTAX.filter(lambda text: safe_text(text).strip()), ICAL_SYNTAX)
@settings(max_examples=100, deadline=None)
def test_ical_text_reads_back_exactly(location, evidence):
    dataset = Dataset()
    dataset.add_document(Document("sha256:00"))
    dataset.add(
        Event(
            "event-1",
            "meeting",
            "2023-03-13",
            location=location,
            topics=(location,),
            sources=[Source("sha256:00", 0, 1, evidence)],
        )
    )
    (vevent,) = icalendar.Calendar.from_ical(export(dataset, "ical")).walk("VEVENT")
    assert str(vevent["location"]) == safe_text(location)
    assert [str(word) for word in vevent["categories"].cats][1] == safe_text(location)
    assert f'"{safe_text(evidence)}"' in str(vevent["description"])


@given(st.text(max_size=12) | st.from_regex(r"[A-Za-z0-9._-]+\n?", fullmatch=True))
def test_graphml_node_ids_are_ascii_nmtokens(record_id):
    node = node_id_for(record_id)
    assert node and all(c.isascii() and (c.isalnum() or c in "._-") for c in node)
    assert node_id_for(record_id) == node


# --- names shown to people ------------------------------------------------------------------


@given(st.lists(partners(), max_size=6, unique_by=lambda p: p.id))
@settings(max_examples=60, deadline=None)
def test_display_names_leaves_names_clean_and_evidence_untouched(partner_list):
    dataset = Dataset(partners={partner.id: partner for partner in partner_list})
    cleaned = DisplayNames().enrich(dataset)
    assert list(cleaned.partners) == list(dataset.partners)
    for before, after in zip(dataset.partners.values(), cleaned.partners.values(), strict=True):
        for name in (after.name, *after.aliases):
            assert name and name == name.strip() and "  " not in name
            assert not NOT_DISPLAYED & set(name)
        assert after.sources == before.sources
        assert (after.id, after.kind, after.country, after.geo) == (before.id, before.kind, before.country, before.geo)
    assert DisplayNames().enrich(cleaned) == cleaned


@given(hostile_text)
def test_display_name_is_idempotent_and_keeps_visible_text(text):
    name = display_name(text)
    assert display_name(name) == name
    # Line breaks and tabs separate words: they become spaces, not nothing.
    breaks = "\t\n\x0b\x0c\r\x85"
    visible = "".join(" " if c in breaks else c for c in text if c in breaks or c not in NOT_DISPLAYED)
    assert " ".join(visible.split()) == name


# --- the readers' boundary: bytes and dates -------------------------------------------------

visible_text = st.text(
    alphabet=st.characters(blacklist_categories=("Cs", "Cc")) | st.sampled_from("\n\r\t"), min_size=1, max_size=200
).filter(lambda text: text.strip() and not text.startswith("\ufeff"))


@given(st.binary(max_size=400))
@settings(max_examples=300)
def test_any_bytes_decode_to_normalised_text_or_a_one_line_refusal(data):
    try:
        text = decode_bytes(data)
    except DecodeError as error:
        # refusing is as right as decoding; only a refusal's form is checked
        assert str(error) and "\n" not in str(error)  # noqa: PT017
        return
    assert "\r" not in text and unicodedata.is_normalized("NFC", text)


@pytest.mark.parametrize(
    "encode",
    [
        lambda text: text.encode("utf-8"),
        lambda text: codecs.BOM_UTF8 + text.encode("utf-8"),
        lambda text: text.encode("utf-16"),
        lambda text: codecs.BOM_UTF16_BE + text.encode("utf-16-be"),
    ],
    ids=["utf-8", "utf-8-bom", "utf-16", "utf-16-be-bom"],
)
@given(text=visible_text)
@settings(max_examples=80)
def test_unicode_text_decodes_to_itself_in_nfc_with_lf(encode, text):
    assert decode_bytes(encode(text)) == unicodedata.normalize("NFC", text.replace("\r\n", "\n").replace("\r", "\n"))


class WordParser(Parser):
    """Every word of the text is a partner whose evidence is that word: offsets galore."""

    name = "words"

    def parse(self, document: Document) -> Iterator[Partner]:
        start = None
        for index, char in enumerate(document.text + " "):
            if char.isalnum() and start is None:
                start = index
            elif not char.isalnum() and start is not None:
                word = document.text[start:index]
                yield Partner(f"w-{start}", word, "city", sources=[Source(document.id, start, index, word)])
                start = None


class WordPlugin:
    @hookimpl
    def citylinks_register_parsers(self, register):
        register(WordParser)


@given(
    text=st.lists(
        st.sampled_from(
            ["Đà Nẵng", "Hue", "café", "Zürich", "Ha\u0300 No\u0323i", "\r\n", "\r", "\n", " ", "—", "“x”"]
        ),
        min_size=1,
        max_size=30,
    )
    .map("".join)
    .filter(str.strip),
    encoding=st.sampled_from(["utf-8", "utf-8-sig", "utf-16", "cp1258"]),
)
@settings(max_examples=60, deadline=None)
def test_evidence_offsets_index_the_decoded_text(text, encoding):
    data = text.encode(encoding, errors="ignore") if encoding != "cp1258" else _cp1258(text)
    pm = new_plugin_manager()
    pm.register(text_reader, name="citylinks.default_plugins.text_reader")
    pm.register(WordPlugin(), name="words")
    read: list[Document] = []
    dataset, report = build_dataset(Registry(pm), sources=[InputSource("a.txt", data=data)], on_document=read.append)
    if report.refusals:  # a few words decode as nothing certain; refused, never guessed
        return
    (document,) = read
    assert unicodedata.is_normalized("NFC", document.text) and "\r" not in document.text
    for partner in dataset.partners.values():
        (source,) = partner.sources
        assert document.text[source.start : source.end] == source.text == partner.name


def _cp1258(text: str) -> bytes:
    from hostile.build_corpus import to_cp1258

    return to_cp1258(text.replace("—", "-").replace("“", '"').replace("”", '"'))


json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=True) | st.text(max_size=40),
    lambda children: st.lists(children, max_size=3) | st.dictionaries(st.text(max_size=5), children, max_size=3),
    max_leaves=6,
)
date_like = st.builds(
    "{}{}{}{}{}".format,
    st.integers(-5, 100_000),
    st.sampled_from(["-", "/", ".", " "]),
    st.integers(-1, 40),
    st.sampled_from(["-", "/", ".", " "]),
    st.integers(-1, 40),
)
LATEST_YEAR = dt.date.today().year + 1


@given(
    json_values
    | date_like
    | st.from_regex(r"[A-Z][a-z]{2}, \d{1,2} [A-Z][a-z]{2} \d{1,6} \d\d:\d\d:\d\d GMT", fullmatch=True)
)
@settings(max_examples=300)
def test_any_crawler_date_is_a_real_date_or_unknown(value):
    published = parse_published(value)
    assert published is None or 1900 <= published.year <= LATEST_YEAR


@given(st.integers(-(10**12), 10**12), st.integers(-100, 100), st.integers(-100, 100))
def test_checked_date_never_raises(year, month, day):
    date = checked_date(year, month, day)
    assert date is None or dt.date(date.year, date.month, date.day) <= dt.date(LATEST_YEAR, 12, 31)


@given(st.builds(" date {} {}\n{}".format, date_like | st.text(max_size=12), hostile_text, hostile_text) | hostile_text)
@settings(max_examples=200)
def test_any_article_header_reads_without_raising(text):
    header = read_header(normalise_text(text))
    assert header.published is None or 1900 <= header.published.year <= LATEST_YEAR
    document, problems = make_document(normalise_text(text) or "x", path="a\udce9.txt")
    assert document.path == "a\ufffd.txt"
    assert all("\n" not in problem for problem in problems)


@settings(max_examples=300)
@given(st.binary(max_size=600).map(lambda head: head * 20))
def test_binary_is_told_by_the_share_of_stray_control_bytes(data):
    # The definition: more than 1 in 50 of the first 8 KiB (and more than 8) are control bytes
    # that text does not use, or there is a NUL; the check counts them in C.
    sample = data[:8192]
    stray = sum(1 for byte in sample if byte < 32 and byte not in (9, 10, 11, 12, 13, 27))
    assert _looks_binary(data) == (b"\x00" in sample or stray > max(8, len(sample) // 50))
