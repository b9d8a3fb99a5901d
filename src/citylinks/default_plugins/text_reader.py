"""Built-in reader for plain-text articles (the corpus format and scraped pages)."""

from __future__ import annotations

from collections.abc import Iterator

from citylinks.article import make_document
from citylinks.components import InputSource, Notice, Reader, Refusal
from citylinks.decoding import DecodeError, decode_bytes
from citylinks.hookspecs import hookimpl
from citylinks.models import Document


class TextReader(Reader):
    name = "text"
    description = "plain-text article; optional first line ' date YYYY-MM-DD ' + title"

    def read(self, source: InputSource) -> Iterator[Document | Refusal | Notice]:
        try:
            text = decode_bytes(source.read_bytes())
        except DecodeError as error:
            yield Refusal(source.name, str(error))
            return
        # The language is identified by the parse stage, in parallel with other documents
        # (--jobs), rather than here, where every document is read one after the other.
        document, problems = make_document(text, path=source.name, identify=False)
        for problem in problems:
            yield Notice(source.name, problem)
        yield document


@hookimpl
def citylinks_register_readers(register):
    register(TextReader)


@hookimpl(trylast=True)
def citylinks_choose_reader(path, head, readers):
    return "text" if "text" in readers else None
