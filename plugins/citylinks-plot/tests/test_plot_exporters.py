"""The png and svg exporters, registered on a fresh plugin manager, on a small dataset built by hand."""

from __future__ import annotations

import hashlib
import io
import os
import subprocess
import sys
from xml.etree import ElementTree

import numpy as np
import pytest
from citylinks.dataset import Dataset
from citylinks.models import Agreement, Document, Event, Geo, Partner
from citylinks.pipeline import export_to_bytes
from citylinks.plugins import Registry, new_plugin_manager
from matplotlib import colors as mcolors
from matplotlib import image as mimage

import citylinks_plot
from citylinks_plot import palette

SMALL = {"width": "9", "height": "7.5", "dpi": "40"}  # 360 x 300 pixels: quick; a real size in inches
SVG = "{http://www.w3.org/2000/svg}"


def make_registry() -> Registry:
    pm = new_plugin_manager()
    pm.register(citylinks_plot, name="plot")
    pm.check_pending()  # a misspelled hook name would fail here
    return Registry(pm)


@pytest.fixture
def registry() -> Registry:
    return make_registry()


def make_dataset(with_geo: bool = True) -> Dataset:
    """Two clusters (Da Nang's partners; a pair of agencies), a company with awkward characters in its name."""

    def geo(lat: float, lon: float) -> Geo | None:
        return Geo(lat, lon) if with_geo else None

    dataset = Dataset()
    dataset.add_document(Document(id="sha256:abc", path="article.txt", text="..."))
    dataset.add(Partner(id="city:vn:da-nang", name="Da Nang", kind="city", country="VN", geo=geo(16.07, 108.22)))
    dataset.add(Partner(id="city:jp:yokohama", name="Yokohama", kind="city", country="JP", geo=geo(35.44, 139.64)))
    dataset.add(Partner(id="city:kr:busan", name="Busan", kind="city", country="KR", geo=geo(35.10, 129.04)))
    dataset.add(
        Partner(id="province:vn:quang-nam", name="Quảng Nam", kind="province", country="VN", geo=geo(15.57, 108.47))
    )
    dataset.add(Partner(id="org:a", name='Agency <A> & "Sons" $5', kind="company", country="FR", geo=geo(48.85, 2.35)))
    dataset.add(Partner(id="org:b", name="Youth Union", kind="organization", geo=geo(21.03, 105.85)))
    dataset.add(Event(id="e1", kind="signing", date="2024-03-12", partners=("city:vn:da-nang", "city:jp:yokohama")))
    dataset.add(Event(id="e2", kind="talks", date="2024-03-12", partners=("city:vn:da-nang", "city:jp:yokohama")))
    dataset.add(Event(id="e3", kind="visit", date="2023-11", partners=("city:vn:da-nang", "city:kr:busan")))
    dataset.add(
        Event(id="e4", kind="teleconference", date="2022", partners=("city:vn:da-nang", "province:vn:quang-nam"))
    )
    dataset.add(Event(id="e5", kind="meeting", partners=("org:a", "org:b")))
    dataset.add(
        Agreement(
            id="a1", kind="mou", status="signed", date="2024-03", partners=("city:vn:da-nang", "city:jp:yokohama")
        )
    )
    dataset.add(Agreement(id="a2", kind="twinning", status="existing", partners=("city:vn:da-nang", "city:kr:busan")))
    dataset.add(Agreement(id="a3", kind="cooperation_agreement", status="signed", partners=("org:a", "org:b")))
    return dataset


def read_png(data: bytes) -> np.ndarray:
    assert data.startswith(b"\x89PNG\r\n\x1a\n")
    return mimage.imread(io.BytesIO(data), format="png")


def rgb_set(pixels: np.ndarray) -> set[tuple[int, int, int]]:
    rgb = np.round(pixels[:, :, :3] * 255).astype(int).reshape(-1, 3)
    return {tuple(row) for row in np.unique(rgb, axis=0)}


def rgb_of(colour: str) -> tuple[int, int, int]:
    return tuple(round(channel * 255) for channel in mcolors.to_rgb(colour))


def svg_texts(data: bytes) -> list[str]:
    root = ElementTree.fromstring(data)
    assert root.tag == f"{SVG}svg"
    return ["".join(element.itertext()) for element in root.iter(f"{SVG}text")]


def test_the_plugin_registers_png_and_svg(registry):
    assert registry.exporter("png") is citylinks_plot.PngExporter
    assert registry.exporter("svg") is citylinks_plot.SvgExporter
    assert registry.owner("exporters", "png") == registry.owner("exporters", "svg") == "plot"
    assert (citylinks_plot.PngExporter.suffix, citylinks_plot.SvgExporter.suffix) == (".png", ".svg")
    assert set(citylinks_plot.PngExporter.options_help) == {"color", "labels", "layout", "width", "height", "dpi"}


def test_the_png_has_the_asked_size_and_is_really_drawn(registry):
    pixels = read_png(export_to_bytes(registry, make_dataset(), "png", SMALL))
    assert pixels.shape[:2] == (300, 360)
    colours = rgb_set(pixels)
    assert len(colours) > 50, "a drawn figure has many shades (antialiasing), a blank one has one"
    assert (np.round(pixels[:, :, :3] * 255) < 250).any(axis=2).mean() > 0.03, "mostly white"
    # The dots' country colour and the agreements' kind colours are there (lines are a little translucent).
    vietnam = palette.STRONG_COLOURS[0]  # VN has the most partners
    assert rgb_of(vietnam) in colours
    drawn = np.array(sorted(colours))
    for colour in (palette.AGREEMENT_KIND_COLOURS["mou"], palette.AGREEMENT_KIND_COLOURS["twinning"]):
        assert np.abs(drawn - rgb_of(colour)).max(axis=1).min() <= 12, colour


def test_default_size_is_12_by_10_inches_at_100_dpi(registry):
    assert read_png(export_to_bytes(registry, make_dataset(), "png")).shape[:2] == (1000, 1200)


def test_the_svg_is_xml_with_every_partner_named_as_text(registry):
    texts = svg_texts(export_to_bytes(registry, make_dataset(), "svg", SMALL))
    for name in ("Da Nang", "Yokohama", "Busan", "Quảng Nam", 'Agency <A> & "Sons" $5', "Youth Union"):
        assert name in texts, name
    assert "Partner network" in texts
    assert any(text.startswith("Timeline of dated events (4)") and "1 undated" in text for text in texts)
    for label in ("memorandum of understanding", "twinning", "cooperation agreement", "VN (2)", "country unknown (1)"):
        assert label in texts, label


@pytest.mark.parametrize("image_format", ["png", "svg"])
def test_two_exports_are_byte_identical(registry, image_format):
    first = export_to_bytes(registry, make_dataset(), image_format, SMALL)
    assert export_to_bytes(make_registry(), make_dataset(), image_format, SMALL) == first


def test_the_svg_carries_no_date(registry):
    data = export_to_bytes(registry, make_dataset(), "svg", SMALL)
    assert b"<dc:date>" not in data
    assert b"citylinks-plot" in data


EXPORT_IN_A_NEW_PROCESS = """
import hashlib, runpy, sys
helpers = runpy.run_path(sys.argv[1])
data = helpers["export_to_bytes"](helpers["make_registry"](), helpers["make_dataset"](), sys.argv[2], helpers["SMALL"])
print(hashlib.sha256(data).hexdigest())
"""


@pytest.mark.parametrize("image_format", ["png", "svg"])
def test_the_picture_does_not_depend_on_string_hashing(registry, image_format):
    # Set iteration order changes with PYTHONHASHSEED; nothing drawn may follow it.
    expected = hashlib.sha256(export_to_bytes(registry, make_dataset(), image_format, SMALL)).hexdigest()
    for seed in ("1", "2"):
        result = subprocess.run(
            [sys.executable, "-c", EXPORT_IN_A_NEW_PROCESS, __file__, image_format],
            env={**os.environ, "PYTHONHASHSEED": seed},
            capture_output=True,
            text=True,
            timeout=120,
            check=True,
        )
        assert result.stdout.strip() == expected, f"PYTHONHASHSEED={seed}"


@pytest.mark.parametrize("image_format", ["png", "svg"])
def test_an_empty_dataset_gives_a_picture_saying_no_records(registry, image_format):
    data = export_to_bytes(registry, Dataset(), image_format, SMALL)
    if image_format == "png":
        pixels = read_png(data)
        assert pixels.shape[:2] == (300, 360)
        assert len(rgb_set(pixels)) > 2  # the words are drawn
    else:
        assert "no records" in svg_texts(data)


def test_labels_option_limits_the_names(registry):
    texts = svg_texts(export_to_bytes(registry, make_dataset(), "svg", {**SMALL, "labels": "0"}))
    assert "Da Nang" not in texts
    assert any("0 most active named" in text for text in texts)
    texts = svg_texts(export_to_bytes(registry, make_dataset(), "svg", {**SMALL, "labels": "1"}))
    assert "Da Nang" in texts and "Yokohama" not in texts  # Da Nang takes part in the most records


def test_color_by_kind(registry):
    texts = svg_texts(export_to_bytes(registry, make_dataset(), "svg", {**SMALL, "color": "kind"}))
    assert {"Partners by kind", "city (3)", "province (1)", "organization (1)", "company (1)"} <= set(texts)
    assert "Partners by country" not in texts


def test_geo_layout_uses_coordinates_when_every_partner_has_them(registry):
    texts = svg_texts(export_to_bytes(registry, make_dataset(), "svg", {**SMALL, "layout": "geo"}))
    assert any(text.startswith("geo layout") for text in texts)


def test_geo_layout_falls_back_to_spring_and_says_why(registry):
    texts = svg_texts(export_to_bytes(registry, make_dataset(with_geo=False), "svg", {**SMALL, "layout": "geo"}))
    assert "spring layout; 6 most active named" in texts
    assert "(layout=geo needs coordinates for every partner; 6 of 6 have none)" in texts  # the note's second line


def test_kamada_kawai_layout_draws_too(registry):
    pixels = read_png(export_to_bytes(registry, make_dataset(), "png", {**SMALL, "layout": "kamada_kawai"}))
    assert len(rgb_set(pixels)) > 50


def test_a_partner_missing_from_the_dataset_is_drawn_under_its_id(registry):
    dataset = Dataset()
    dataset.add(Partner(id="city:vn:hue", name="Huế", kind="city", country="VN"))
    dataset.add(Agreement(id="a1", kind="twinning", status="existing", partners=("city:vn:hue", "city:fr:blois")))
    texts = svg_texts(export_to_bytes(registry, dataset, "svg", SMALL))
    assert {"Huế", "city:fr:blois", "VN (1)", "country unknown (1)"} <= set(texts)
    assert "no dated events" in texts


def test_records_without_partners_still_count_in_the_title(registry):
    dataset = Dataset()
    dataset.add(Event(id="e1", kind="conference", date="2020-01-02"))
    texts = svg_texts(export_to_bytes(registry, dataset, "svg", SMALL))
    assert "citylinks: 0 partners, 1 events, 0 agreements from 0 documents" in texts


@pytest.mark.parametrize(
    ("options", "message"),
    [
        ({"color": "rainbow"}, "option color='rainbow': must be one of country, kind"),
        ({"layout": "circle"}, "option layout='circle': must be one of spring, kamada_kawai, geo"),
        ({"labels": "-1"}, "option labels='-1': must be between 0 and 100000"),
        ({"labels": "many"}, "option labels='many': must be an integer"),
        ({"width": "nan"}, "option width='nan': must be between 2 and 200"),
        ({"dpi": "72.5"}, "option dpi='72.5': must be an integer"),
        ({"width": "200", "dpi": "1200"}, "over the 16384 pixel limit"),
        ({"colour": "kind"}, "format 'png' has no option 'colour'"),
    ],
)
def test_bad_options_are_refused_before_anything_is_read(registry, options, message):
    with pytest.raises(ValueError, match=message.replace("(", r"\(").replace(")", r"\)")):
        registry.exporter("png")(options)


def test_the_exporter_leaves_the_callers_stream_open(registry):
    out = io.BytesIO()
    registry.exporter("png")(SMALL).export_dataset(make_dataset(), out)
    assert not out.closed
    assert out.getvalue().startswith(b"\x89PNG")
