"""Hostile markup: entities a DTD declares are never resolved, fetched or expanded; content
that is never shown (scripts, styles, templates) is never text; huge and deep pages are refused
with a reason instead of running for minutes."""

from __future__ import annotations

import socket
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest
from citylinks.components import InputSource
from citylinks.models import Document
from lxml import etree

from citylinks_html import HtmlReader

PAGES = Path(__file__).parent / "pages"

BOMB_LEVELS = 10  # 10**10 "lol"s if anything expanded them


def read_document(data: bytes) -> Document:
    documents = [
        item for item in HtmlReader().read(InputSource("hostile.html", data=data)) if isinstance(item, Document)
    ]
    assert len(documents) == 1
    return documents[0]


@pytest.fixture
def listener():
    """A local port that would see any attempt to fetch an external entity."""
    server = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    server.bind(("127.0.0.1", 0))
    server.listen(4)
    server.setblocking(False)
    yield server
    server.close()


def _accepted(server: socket.socket) -> bool:
    try:
        connection, _ = server.accept()
    except BlockingIOError:
        return False
    connection.close()
    return True


def entity_bomb() -> bytes:
    declarations = ['<!ENTITY lol0 "lol">'] + [
        f'<!ENTITY lol{i} "{f"&lol{i - 1};" * 10}">' for i in range(1, BOMB_LEVELS)
    ]
    body = "<p>Hue and Blois signed a memorandum on cultural tourism and youth exchanges: &lol9;</p>" * 5
    return (
        "<!DOCTYPE html [\n" + "\n".join(declarations) + "\n]>\n"
        f"<html><head><title>Bomb &lol9;</title></head><body><article>{body}</article></body></html>"
    ).encode()


def test_external_entities_are_neither_read_nor_fetched(tmp_path, listener):
    secret = tmp_path / "secret.txt"
    secret.write_text("TOP-SECRET-7F3A", encoding="utf-8")
    port = listener.getsockname()[1]
    page = textwrap.dedent(
        f"""\
        <?xml version="1.0" encoding="utf-8"?>
        <!DOCTYPE html [
          <!ENTITY secret SYSTEM "{secret.as_uri()}">
          <!ENTITY remote SYSTEM "http://127.0.0.1:{port}/entity">
          <!ENTITY % dtd SYSTEM "http://127.0.0.1:{port}/dtd"> %dtd;
        ]>
        <html><head><title>Leak &secret;</title>
        <link rel="stylesheet" href="http://127.0.0.1:{port}/style.css">
        <script src="http://127.0.0.1:{port}/app.js"></script></head>
        <body><article>
        <img src="http://127.0.0.1:{port}/photo.jpg">
        <iframe src="http://127.0.0.1:{port}/frame"></iframe>
        {"<p>Da Nang and Yokohama renewed their memorandum on March 12; secret &secret; remote &remote;.</p>" * 4}
        </article></body></html>
        """
    ).encode()
    document = read_document(page)
    assert "TOP-SECRET" not in document.text
    assert "TOP-SECRET" not in (document.title or "")
    assert "&secret;" in document.text  # left as the literal text it is
    assert "Da Nang and Yokohama renewed their memorandum on March 12" in document.text
    assert not _accepted(listener), "an external entity or resource was fetched"


def test_the_payload_is_live_for_a_parser_that_resolves_entities(tmp_path):
    # Control: the same declaration does leak through an XML parser told to resolve
    # entities, so the test above proves something about the reader.
    secret = tmp_path / "secret.txt"
    secret.write_text("TOP-SECRET-7F3A", encoding="utf-8")
    page = f'<!DOCTYPE html [<!ENTITY secret SYSTEM "{secret.as_uri()}">]><html><p>&secret;</p></html>'.encode()
    leaked = etree.tostring(etree.fromstring(page, etree.XMLParser(resolve_entities=True, no_network=True)))
    assert b"TOP-SECRET" in leaked


def test_an_entity_bomb_is_not_expanded():
    started = time.perf_counter()
    document = read_document(entity_bomb())
    assert time.perf_counter() - started < 5
    assert document.text.count("lol") <= 10
    assert len(document.text) < 2_000
    assert "Hue and Blois signed a memorandum on cultural tourism" in document.text


def test_an_entity_bomb_finishes_in_bounded_time_in_a_separate_process(tmp_path):
    # A hang or a memory blow-up must fail the test, not the test run.
    bomb = tmp_path / "bomb.html"
    bomb.write_bytes(entity_bomb())
    code = (
        "import sys; from citylinks.components import InputSource; from citylinks_html import HtmlReader; "
        "items = list(HtmlReader().read(InputSource(sys.argv[1], path=sys.argv[1]))); "
        "print(sum(len(getattr(i, 'text', '')) for i in items))"
    )
    result = subprocess.run(
        [sys.executable, "-c", code, str(bomb)], capture_output=True, text=True, timeout=60, check=False
    )
    assert result.returncode == 0, result.stderr
    assert int(result.stdout.strip()) < 2_000


def test_pages_on_disk_need_no_network(connections):
    for path in sorted(PAGES.glob("*.html")):
        read_document(path.read_bytes())
    assert connections == []


ARTICLE = (
    "<p>Hanoi and the French city of Bordeaux signed a memorandum of understanding on culture on March 13, 2023.</p>"
    "<p>The Chairman of the Hanoi People's Committee received a delegation from Bordeaux led by its mayor.</p>"
)


def test_template_noscript_script_and_style_content_is_never_text():
    page = (
        "<html><head><title>Hanoi and Bordeaux</title><style>p::before { content: 'STYLE-TEXT'; }</style></head>"
        f"<body><article>{ARTICLE}<template><p>TEMPLATE-TEXT: Vienna and Prague signed a memorandum.</p></template>"
        "<noscript>NOSCRIPT-TEXT</noscript><script>document.write('SCRIPT-TEXT')</script>"
        "<p onclick=\"alert('HANDLER-TEXT')\">Officials said the <a href=\"javascript:alert('LINK-TEXT')\">ties</a> "
        "would grow.</p></article></body></html>"
    ).encode()
    document = read_document(page)
    assert "Hanoi and the French city of Bordeaux signed a memorandum" in document.text
    for marker in (
        "TEMPLATE-TEXT",
        "Vienna",
        "NOSCRIPT-TEXT",
        "SCRIPT-TEXT",
        "STYLE-TEXT",
        "HANDLER-TEXT",
        "LINK-TEXT",
    ):
        assert marker not in document.text


def test_a_page_with_too_many_elements_is_refused_quickly():
    page = f"<html><body><article>{ARTICLE}{'<span>x</span>' * 100_000}</article></body></html>".encode()
    started = time.perf_counter()
    (refusal,) = HtmlReader().read(InputSource("wide.html", data=page))
    assert time.perf_counter() - started < 10
    assert refusal.reason == "too many HTML elements (more than 30,000) to find the main text in"


def test_nesting_deeper_than_the_parser_goes_is_refused_with_a_reason():
    page = f"<html><body>{'<div>' * 10_000}{ARTICLE}{'</div>' * 10_000}</body></html>".encode()
    (refusal,) = HtmlReader().read(InputSource("deep.html", data=page))
    assert refusal.reason == "no main text found in the HTML page"
