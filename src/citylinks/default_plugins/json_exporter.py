"""Built-in exporter ``json``: the JSON export contract, format "1", streamed.

The output is one object ``{"citylinks": "1", "documents": [...], "partners": [...],
"events": [...], "agreements": [...]}``. It is written as the items arrive: the
opening first, then each record, closing one array and opening the next when the
section changes, so memory does not grow with the size of the export. All four
sections are always present, empty ones as ``[]``.

Records are written by ``citylinks.serialize.record_to_dict`` (every model field,
including those beyond the contract) with orjson; keys follow the models' field
order, so the same dataset always gives the same bytes. A record's sources are
written a few thousand at a time (``record_json_parts``), so a city mentioned by
a hundred thousand articles is never one piece of JSON in memory. A lone surrogate in a
string becomes U+FFFD (``json_bytes``), so the file is always valid UTF-8.
"""

from __future__ import annotations

from typing import IO, ClassVar

import orjson

from citylinks.components import Exporter
from citylinks.hookspecs import hookimpl
from citylinks.models import Agreement, Document, Event, Partner
from citylinks.serialize import FORMAT_VERSION, SECTIONS, record_json_parts

SECTION_ORDER: tuple[str, ...] = ("documents", "partners", "events", "agreements")
INDENT_CHOICES = ("2", "none")


def section_of(item: Document | Partner | Event | Agreement) -> str:
    """The contract section an item belongs in; anything else is refused."""
    try:
        return SECTIONS[type(item)]
    except KeyError:
        raise TypeError(
            f"cannot export {type(item).__name__} as JSON: not a document, partner, event or agreement"
        ) from None


class JsonExporter(Exporter):
    name = "json"
    description = 'one JSON object {"citylinks": "1", documents, partners, events, agreements} (the export contract)'
    suffix = ".json"
    options_help: ClassVar[dict[str, str]] = {"indent": "2 (default, one field per line) or none (compact, one line)"}

    def __init__(self, options: dict[str, str] | None = None) -> None:
        super().__init__(options)
        indent = self.options.get("indent", "2").strip().lower()
        if indent not in INDENT_CHOICES:
            raise ValueError(
                f"format 'json': option 'indent' must be one of {', '.join(INDENT_CHOICES)} (got {indent!r})"
            )
        self.indented = indent == "2"

    def start(self, out: IO[bytes]) -> None:
        super().start(out)
        self.open_sections = 0  # how many sections have had their array opened
        self.items_in_section = 0
        version = orjson.dumps(FORMAT_VERSION)
        self.out.write(b'{\n  "citylinks": ' + version if self.indented else b'{"citylinks":' + version)

    def export_item(self, item: Document | Partner | Event | Agreement) -> None:
        self._advance_to(SECTION_ORDER.index(section_of(item)))
        if self.items_in_section:
            self.out.write(b",")
        if self.indented:
            # orjson escapes newlines inside strings, so every raw newline is layout and can be re-indented.
            self.out.write(b"\n    ")
            for part in record_json_parts(item, orjson.OPT_INDENT_2):
                self.out.write(part.replace(b"\n", b"\n    "))
        else:
            for part in record_json_parts(item):
                self.out.write(part)
        self.items_in_section += 1

    def finish(self) -> None:
        self._advance_to(len(SECTION_ORDER) - 1)
        self._close_section()
        self.out.write(b"\n}\n" if self.indented else b"}\n")

    def _advance_to(self, wanted: int) -> None:
        current = self.open_sections - 1
        if wanted < current:
            raise ValueError(
                f"JSON export received a {SECTION_ORDER[wanted]} item after {SECTION_ORDER[current]}: "
                "items must arrive as documents, partners, events, agreements"
            )
        while current < wanted:
            if current >= 0:
                self._close_section()
            current += 1
            name = orjson.dumps(SECTION_ORDER[current])
            self.out.write(b",\n  " + name + b": [" if self.indented else b"," + name + b":[")
            self.open_sections += 1
            self.items_in_section = 0

    def _close_section(self) -> None:
        if self.indented and self.items_in_section:
            self.out.write(b"\n  ]")
        else:
            self.out.write(b"]")


@hookimpl
def citylinks_register_exporters(register):
    register(JsonExporter)
