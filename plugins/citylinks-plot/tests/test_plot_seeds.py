"""The real seed articles, read and parsed by the built-in plugins, drawn by this one.

Skipped when ``../shared/corpus/seeds`` (beside the repository) is absent.
"""

from __future__ import annotations

import io
from pathlib import Path
from xml.etree import ElementTree

import pytest
from citylinks.pipeline import build_dataset, export_to_bytes
from citylinks.plugins import get_plugin_manager
from matplotlib import image as mimage

import citylinks_plot
from citylinks_plot.collect import PictureData
from citylinks_plot.network_panel import ranked_partners

SEEDS = Path(__file__).resolve().parents[3].parent / "shared" / "corpus" / "seeds"

pytestmark = [
    pytest.mark.shared,
    pytest.mark.skipif(not SEEDS.is_dir(), reason=f"no seed corpus at {SEEDS}"),
]


@pytest.fixture(scope="module")
def seeds():
    pm, registry = get_plugin_manager(load_entry_points=False)
    pm.register(citylinks_plot, name="plot")
    pm.check_pending()
    dataset, report = build_dataset(registry, [str(SEEDS)])
    assert report.documents > 0 and not report.refusals
    return registry, dataset


def test_the_seeds_make_a_png_of_the_default_size(seeds):
    registry, dataset = seeds
    assert dataset.partners and dataset.events  # otherwise there is nothing worth drawing
    data = export_to_bytes(registry, dataset, "png")
    pixels = mimage.imread(io.BytesIO(data), format="png")
    assert pixels.shape[:2] == (1000, 1200)
    assert export_to_bytes(registry, dataset, "png") == data


def test_the_most_active_seed_partners_are_named_in_the_svg(seeds):
    registry, dataset = seeds
    root = ElementTree.fromstring(export_to_bytes(registry, dataset, "svg"))
    texts = {"".join(element.itertext()) for element in root.iter("{http://www.w3.org/2000/svg}text")}
    picture = PictureData()
    for item in dataset.iter_items():
        picture.add(item)
    busiest = [picture.nodes[pid].name for pid in ranked_partners(picture)[:3]]
    assert set(busiest) <= texts
    title = f"citylinks: {len(dataset.partners)} partners, {len(dataset.events)} events"
    assert any(text.startswith(title) for text in texts)
