"""The parts under the pictures: what is kept from the stream, the options, the layout."""

from __future__ import annotations

import datetime
from collections import Counter

import numpy as np
import pytest
from citylinks.models import Agreement, Document, Event, Geo, Partner

from citylinks_plot.collect import PictureData, TimelinePoint
from citylinks_plot.layout import layout_positions, spread_core
from citylinks_plot.options import PlotOptions, parse_options
from citylinks_plot.palette import STRONG_COLOURS, country_colours


def collected(*items) -> PictureData:
    data = PictureData()
    for item in items:
        data.add(item)
    return data


def test_activity_links_and_timeline_points():
    data = collected(
        Document(id="d1"),
        Partner(id="a", name="Alpha", kind="city", country="VN"),
        Partner(id="b", name="Beta", kind="city", country="JP", geo=Geo(35.0, 139.0)),
        Event(id="e1", kind="talks", date="2024-03-12", partners=("b", "a", "a")),
        Event(id="e2", kind="talks", date="2024-03", partners=("a", "b")),
        Event(id="e3", kind="visit", date="2023", partners=("a",)),
        Event(id="e4", kind="visit", partners=("a", "c")),
        Agreement(id="x1", kind="mou", status="signed", partners=("a", "b")),
        Agreement(id="x2", kind="mou", status="signed", partners=("b", "a")),
        Agreement(id="x3", kind="twinning", status="existing", partners=("a", "b")),
    )
    assert (data.documents, data.partners, data.events, data.agreements, data.undated_events) == (1, 2, 4, 3, 1)
    # A partner named twice in one record takes part once.
    assert data.activity == Counter({"a": 7, "b": 5, "c": 1})
    assert data.links[("a", "b")].events == 2
    assert data.links[("a", "b")].agreements == Counter({"mou": 2, "twinning": 1})
    assert data.links[("a", "c")].events == 1
    assert data.timeline == Counter(
        {
            TimelinePoint(datetime.date(2024, 3, 12), "talks", True): 1,
            TimelinePoint(datetime.date(2024, 3, 1), "talks", False): 1,
            TimelinePoint(datetime.date(2023, 1, 1), "visit", False): 1,
        }
    )
    # An id no partner record describes gets a node under its own id.
    assert (data.nodes["c"].name, data.nodes["c"].kind) == ("c", "")
    assert data.nodes["b"].lonlat == (139.0, 35.0)


def test_names_lose_characters_xml_cannot_carry():
    data = collected(Partner(id="a", name="Bad\x00Name\u202e", kind="city"))
    assert data.nodes["a"].name == "BadName"


def test_an_empty_stream_is_empty():
    assert collected().empty
    assert collected(Document(id="d1")).empty
    assert not collected(Event(id="e1", kind="talks")).empty


def test_options_defaults_and_parsing():
    assert parse_options({}) == PlotOptions("country", 40, "spring", 12.0, 10.0, 100)
    parsed = parse_options(
        {"color": "kind", "labels": "5", "layout": "geo", "width": "8.5", "height": "4", "dpi": "150"}
    )
    assert parsed == PlotOptions("kind", 5, "geo", 8.5, 4.0, 150)
    assert parsed.pixel_size == (1275, 600)


@pytest.mark.parametrize("value", ["inf", "-3", "1", "abc", ""])
def test_bad_widths_are_refused(value):
    with pytest.raises(ValueError, match="option width="):
        parse_options({"width": value})


def test_the_most_active_countries_get_the_strong_colours_ties_by_code():
    activity = Counter({f"C{i:02d}": 1 for i in range(20)})
    activity["ZZ"] = 5
    named, others = country_colours(activity)
    assert list(named)[:3] == ["ZZ", "C00", "C01"]
    assert named["ZZ"] == STRONG_COLOURS[0]
    assert len(named) == len(STRONG_COLOURS)
    assert others == [f"C{i:02d}" for i in range(len(STRONG_COLOURS) - 1, 20)]


def _two_clusters() -> PictureData:
    items = [Partner(id=f"p{i}", name=f"P{i}", kind="city") for i in range(7)]
    items += [
        Event(id=f"e{i}", kind="talks", partners=pair)
        for i, pair in enumerate([("p0", "p1"), ("p1", "p2"), ("p0", "p2"), ("p3", "p4"), ("p4", "p5")])
    ]
    return collected(*items)


@pytest.mark.parametrize("layout", ["spring", "kamada_kawai"])
def test_components_are_laid_out_apart_and_every_partner_placed(layout):
    data = _two_clusters()
    positions, used, note = layout_positions(data, layout)
    assert (used, note) == (layout, None)
    assert set(positions) == set(data.nodes)

    def box(ids):
        xs, ys = zip(*(positions[i] for i in ids), strict=True)
        return min(xs), max(xs), min(ys), max(ys)

    first, second = box(["p0", "p1", "p2"]), box(["p3", "p4", "p5"])
    apart = first[1] < second[0] or second[1] < first[0] or first[3] < second[2] or second[3] < first[2]
    assert apart, (first, second)
    assert layout_positions(data, layout) == (positions, used, note)


def test_geo_layout_is_longitude_and_latitude():
    data = collected(
        Partner(id="a", name="A", kind="city", geo=Geo(10.5, 106.5)),
        Partner(id="b", name="B", kind="city", geo=Geo(59.9, 30.3)),
    )
    assert layout_positions(data, "geo") == ({"a": (106.5, 10.5), "b": (30.3, 59.9)}, "geo", None)


def test_the_fish_eye_keeps_order_direction_and_extent():
    # Crowded in the middle, sparse at the ends, as a core of hubs with chains reaching out.
    xs = sorted([-(float(i) ** 2) for i in range(1, 21)] + [float(i) ** 2 for i in range(1, 21)])
    points = np.array([[x, 0.0] for x in xs])
    spread = spread_core(points)
    assert (np.diff(spread[:, 0]) > 0).all()  # order kept
    assert np.allclose(spread[:, 1], 0.0)  # direction kept
    assert np.abs(spread[:, 0]).max() == pytest.approx(400.0)  # the farthest stays where it was
    middle = len(xs) // 2
    assert spread[middle, 0] - spread[middle - 1, 0] > 3 * (xs[middle] - xs[middle - 1])  # the core opens up
