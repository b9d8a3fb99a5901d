"""Export speed on a large synthetic dataset: N events among M partners, in every built-in format.

The records are copies of those the parser finds in ``examples/articles``, given new
ids (and the events new partners), so they look like real output whatever the models
carry. Prints one JSON object: seconds and bytes per format.

    python benchmarks/export_synthetic.py [--events 100000] [--partners 50000] [--formats json,jsonl,ical,graphml]
"""

from __future__ import annotations

import argparse
import json
import os
import random
import tempfile
import time
from pathlib import Path

import attrs

from citylinks.api import extract
from citylinks.dataset import Dataset
from citylinks.ids import digest_id
from citylinks.pipeline import export_dataset
from citylinks.plugins import get_plugin_manager

REPO = Path(__file__).resolve().parents[1]


def synthetic_dataset(events: int, partners: int, seed: int = 1) -> Dataset:
    real = extract([REPO / "examples" / "articles"])
    rng = random.Random(seed)
    dataset = Dataset()
    for document in real.documents.values():
        dataset.add_document(document)
    templates = list(real.partners.values())
    partner_ids = []
    for number in range(partners):
        template = templates[number % len(templates)]
        partner_id = digest_id("partner", ["synthetic", number])
        partner_ids.append(partner_id)
        dataset.partners[partner_id] = attrs.evolve(template, id=partner_id, name=f"{template.name} {number}")
    event_templates = list(real.events.values())
    for number in range(events):
        template = event_templates[number % len(event_templates)]
        event_id = digest_id("event", ["synthetic", number])
        chosen = tuple(rng.sample(partner_ids, 2))
        dataset.events[event_id] = attrs.evolve(template, id=event_id, partners=chosen)
    return dataset


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--events", type=int, default=100_000)
    parser.add_argument("--partners", type=int, default=50_000)
    parser.add_argument("--formats", default="json,jsonl,ical,graphml")
    args = parser.parse_args()
    _, registry = get_plugin_manager(load_entry_points=False)
    dataset = synthetic_dataset(args.events, args.partners)
    results = {}
    with tempfile.TemporaryDirectory() as directory:
        for format_name in args.formats.split(","):
            path = os.path.join(directory, f"out.{format_name}")
            started = time.perf_counter()
            with open(path, "wb") as out:
                export_dataset(registry, dataset, format_name, out)
            results[format_name] = {"seconds": time.perf_counter() - started, "bytes": os.path.getsize(path)}
    print(json.dumps(results))


if __name__ == "__main__":
    main()
