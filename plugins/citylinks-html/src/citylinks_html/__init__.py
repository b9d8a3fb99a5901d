"""A citylinks plugin that reads saved HTML news pages.

The ``html`` reader keeps an article's main text and drops menus, teasers,
footers, scripts and styles (trafilatura, tuned for precision), and takes the
title and the publication date from the page's metadata. It claims ``.html``
and ``.htm`` files and any input whose first bytes are ``<!doctype html`` or
``<html``, ahead of the built-in plain-text reader.

It never goes to the network: only the bytes read are parsed, by lxml's HTML
parser, which ignores a DTD's entity declarations, so external entities and
entity bombs stay unexpanded text. Nothing on the page runs: scripts, styles,
``<noscript>`` and ``<template>`` contents are dropped, never executed or read.
A page of more than ``MAX_ELEMENTS`` elements is refused, since finding its
main text would take minutes.
"""

from __future__ import annotations

import codecs
import itertools
import re
from collections.abc import Iterator
from typing import TYPE_CHECKING

from citylinks.article import checked_date, make_document, read_header
from citylinks.components import InputSource, Notice, Reader, Refusal
from citylinks.decoding import DecodeError, decode_bytes
from citylinks.hookspecs import hookimpl
from citylinks.models import Document, PartialDate

if TYPE_CHECKING:
    from lxml.html import HtmlElement

__version__ = "0.1.0"

HTML_SUFFIXES = (".html", ".htm")
HTML_HEADS = (b"<!doctype html", b"<html")

# htmldate's "extensive" search takes any date in the body, often an event's
# date rather than the publication's; metadata, <time> and dated elements only.
DATE_PARAMS = {"original_date": True, "extensive_search": False}

# A visible timestamp ("08:15 | 14/03/2024 GMT+7") is a short element; bounding
# the scan keeps a huge page from costing more than its parse.
TIMESTAMP_MAX_CHARS = 80
TIMESTAMP_MAX_DESCENDANTS = 6
TIMESTAMP_SCANNED_ELEMENTS = 5000
_INVISIBLE = frozenset({"script", "style", "noscript", "template", "svg", "head", "title"})

# trafilatura's time grows faster than the page: about 3 s for 20,000 elements,
# 12 s for 50,000, a minute for 100,000. News pages have a few thousand; a page
# past this limit is refused rather than left to run for minutes.
MAX_ELEMENTS = 30_000
# Never shown as text: trafilatura drops scripts and styles itself, but keeps a
# <template>'s content, which a browser only ever shows when a script puts it in.
NOT_TEXT = ("script", "style", "noscript", "template")

_ISO_DATE = re.compile(r"^(\d{4})-(\d{2})-(\d{2})$")


class HtmlReader(Reader):
    name = "html"
    description = "HTML page: main text, title and publication date by trafilatura (no network)"

    def read(self, source: InputSource) -> Iterator[Document | Refusal | Notice]:
        try:
            html = decode_bytes(source.read_bytes())
        except DecodeError as error:
            yield Refusal(source.name, str(error))
            return
        import trafilatura  # here, not at the top: importing it costs every citylinks command 0.3 s

        tree = trafilatura.load_html(html)
        if tree is None:
            yield Refusal(source.name, "not an HTML page (no document tree could be parsed)")
            return
        if sum(1 for _ in itertools.islice(tree.iter(), MAX_ELEMENTS + 1)) > MAX_ELEMENTS:
            yield Refusal(source.name, f"too many HTML elements (more than {MAX_ELEMENTS:,}) to find the main text in")
            return
        for element in list(tree.iter(*NOT_TEXT)):
            element.drop_tree()
        extracted = trafilatura.bare_extraction(
            tree,
            favor_precision=True,
            include_comments=False,
            with_metadata=True,
            date_extraction_params=dict(DATE_PARAMS),
        )
        assert not isinstance(extracted, dict), "without as_dict, trafilatura gives a Document or None"
        body = (extracted.text or "").strip() if extracted is not None else ""
        if extracted is None or not body:
            yield Refusal(source.name, "no main text found in the HTML page")
            return
        title = _clean(extracted.title)
        published = iso_date(extracted.date) or visible_timestamp(tree)
        document, problems = make_document(_with_title(body, title), path=source.name, title=title, published=published)
        for problem in problems:
            yield Notice(source.name, problem)
        yield document


def iso_date(text: str | None) -> PartialDate | None:
    """trafilatura's ``YYYY-MM-DD`` as a PartialDate; None when absent or impossible."""
    match = _ISO_DATE.match(text or "")
    return checked_date(*(int(part) for part in match.groups())) if match else None


def visible_timestamp(tree: HtmlElement) -> PartialDate | None:
    """The first short element that reads as a timestamp (by ``citylinks.article``'s rules)."""
    root = tree.find(".//body")
    for element in itertools.islice((root if root is not None else tree).iter(), TIMESTAMP_SCANNED_ELEMENTS):
        if not isinstance(element.tag, str) or element.tag in _INVISIBLE:
            continue
        descendants = list(itertools.islice(element.iterdescendants(), TIMESTAMP_MAX_DESCENDANTS + 1))
        if len(descendants) > TIMESTAMP_MAX_DESCENDANTS or any(d.tag in _INVISIBLE for d in descendants):
            continue
        text = " ".join(element.text_content().split())
        if 6 <= len(text) <= TIMESTAMP_MAX_CHARS:
            published = read_header(text).published
            if published is not None:
                return published
    return None


def _clean(title: str | None) -> str | None:
    title = " ".join((title or "").split())
    return title or None


def _with_title(body: str, title: str | None) -> str:
    # Plain-text articles carry their headline on the first line; parsers expect it there.
    if title is None or body.startswith(title):
        return body
    return f"{title}\n\n{body}"


@hookimpl
def citylinks_register_readers(register):
    register(HtmlReader)


@hookimpl
def citylinks_choose_reader(path, head, readers):
    if HtmlReader.name not in readers:
        return None
    if path.lower().endswith(HTML_SUFFIXES):
        return HtmlReader.name
    start = head.removeprefix(codecs.BOM_UTF8).lstrip()[:16].lower()
    return HtmlReader.name if start.startswith(HTML_HEADS) else None
