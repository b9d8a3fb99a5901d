"""Extract city relations from the example articles with the Python API and save them as JSON.

Run it from anywhere, after ``pip install -e .`` in the repository:

    python examples/api_example.py                 # writes citylinks-examples.json
    python examples/api_example.py relations.json
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

import citylinks
import citylinks.api

ARTICLES = Path(__file__).parent / "articles"
SHOWN = 5


def describe(record, names: dict[str, str]) -> str:
    date = record.date.isoformat() if record.date is not None else "????"
    partners = ", ".join(names.get(partner_id, partner_id) for partner_id in record.partners) or "-"
    return f"  {date:<10}  {record.kind:<22}  {partners}"


def main(argv: list[str]) -> int:
    output = Path(argv[1]) if len(argv) > 1 else Path("citylinks-examples.json")

    # A relative path keeps the exported document paths free of this machine's layout.
    dataset = citylinks.extract([os.path.relpath(ARTICLES)])

    print(
        f"{len(dataset.documents)} articles: {len(dataset.partners)} partners, "
        f"{len(dataset.events)} events, {len(dataset.agreements)} agreements"
    )
    names = {partner.id: partner.name for partner in dataset.partners.values()}

    print("\nPartners")
    for partner in list(dataset.partners.values())[:SHOWN]:
        print(f"  {partner.name} ({partner.kind}, {partner.country or '??'})")

    # Dates are partial (2024, 2024-03, 2024-03-12); their ISO text sorts chronologically.
    def by_date(record) -> str:
        return record.date.isoformat() if record.date is not None else "9999"

    print("\nEvents")
    for event in sorted(dataset.events.values(), key=by_date)[:SHOWN]:
        print(describe(event, names))

    print("\nAgreements")
    for agreement in sorted(dataset.agreements.values(), key=by_date)[:SHOWN]:
        print(describe(agreement, names) + f"  [{agreement.status}]")

    output.write_text(citylinks.api.to_json(dataset), encoding="utf-8")
    print(f"\nwrote {output}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
