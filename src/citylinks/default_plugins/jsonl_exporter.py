"""Built-in exporter ``jsonl``: one JSON object per line, for line-by-line tools.

The first line is a header, ``{"type":"header","citylinks":"1"}``. Every other
line is one record of the JSON export contract with a ``type`` added in front:
``document``, ``partner``, ``event`` or ``agreement``. Lines follow the pipeline's
order (documents, partners, events, agreements, each sorted by id) and each is
written as soon as its record arrives. Strings are written as the JSON export
writes them (``json_bytes``: always valid UTF-8).
"""

from __future__ import annotations

from typing import IO, ClassVar

import orjson

from citylinks.components import Exporter
from citylinks.hookspecs import hookimpl
from citylinks.models import Agreement, Document, Event, Partner
from citylinks.serialize import FORMAT_VERSION, record_json_parts

LINE_TYPES: dict[type, str] = {Document: "document", Partner: "partner", Event: "event", Agreement: "agreement"}


class JsonLinesExporter(Exporter):
    name = "jsonl"
    description = (
        'JSON Lines: a {"type":"header"} line, then one {"type": document|partner|event|agreement, ...} per record'
    )
    suffix = ".jsonl"
    options_help: ClassVar[dict[str, str]] = {}

    def start(self, out: IO[bytes]) -> None:
        super().start(out)
        self.out.write(orjson.dumps({"type": "header", "citylinks": FORMAT_VERSION}) + b"\n")

    def export_item(self, item: Document | Partner | Event | Agreement) -> None:
        line_type = LINE_TYPES.get(type(item))
        if line_type is None:
            raise TypeError(
                f"cannot export {type(item).__name__} as JSON Lines: not a document, partner, event or agreement"
            )
        for part in record_json_parts(item, first={"type": line_type}):
            self.out.write(part)
        self.out.write(b"\n")


@hookimpl
def citylinks_register_exporters(register):
    register(JsonLinesExporter)
