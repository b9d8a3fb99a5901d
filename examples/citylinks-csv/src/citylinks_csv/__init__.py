"""A citylinks plugin that exports events and agreements as one CSV table.

Copy this package to start a plugin of your own: one exporter class, one hook
that registers it, and an entry point in ``pyproject.toml`` that names this
module. The table has a row per event and per agreement, with the partners'
names rather than their ids, so it opens usefully in a spreadsheet.
"""

from __future__ import annotations

import csv
import io
from typing import IO

import citylinks
from citylinks.components import Exporter
from citylinks.models import Agreement, Document, Event, Partner

COLUMNS = ("type", "id", "kind", "date", "status", "partners", "sources")


class CsvExporter(Exporter):
    name = "csv"
    description = "one CSV row per event and agreement, partners by name"
    suffix = ".csv"

    def start(self, out: IO[bytes]) -> None:
        super().start(out)
        # newline="" hands line endings to the csv module, which writes "\n" everywhere.
        self._text = io.TextIOWrapper(out, encoding="utf-8", newline="", write_through=True)
        self._writer = csv.writer(self._text, lineterminator="\n")
        self._writer.writerow(COLUMNS)
        # Partners arrive before events and agreements, so their names are known by then.
        self._partner_names: dict[str, str] = {}

    def export_item(self, item: Document | Partner | Event | Agreement) -> None:
        if isinstance(item, Partner):
            self._partner_names[item.id] = item.name
        elif isinstance(item, Event):
            self._write_row("event", item, status="")
        elif isinstance(item, Agreement):
            self._write_row("agreement", item, status=item.status)

    def finish(self) -> None:
        self._text.flush()
        # Detaching keeps the wrapper from closing the caller's stream when it is collected.
        self._text.detach()

    def _write_row(self, record_type: str, record: Event | Agreement, status: str) -> None:
        partners = "; ".join(self._partner_names.get(partner_id, partner_id) for partner_id in record.partners)
        date = record.date.isoformat() if record.date is not None else ""
        self._writer.writerow((record_type, record.id, record.kind, date, status, partners, len(record.sources)))


@citylinks.hookimpl
def citylinks_register_exporters(register):
    register(CsvExporter)
