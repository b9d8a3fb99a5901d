"""Built-in parser: rule-based extraction for English and Vietnamese news (``citylinks.extraction``)."""

from __future__ import annotations

from collections.abc import Iterator

from citylinks.components import Parser
from citylinks.hookspecs import hookimpl
from citylinks.models import Document, Record


class RuleParser(Parser):
    name = "rules"
    description = "gazetteer + patterns for English and Vietnamese news about relations between cities"
    version = "1"

    def parse(self, document: Document) -> Iterator[Record]:
        from citylinks.extraction.parser import extract_records  # the gazetteer loads on first use

        yield from extract_records(document)


@hookimpl
def citylinks_register_parsers(register):
    register(RuleParser)
