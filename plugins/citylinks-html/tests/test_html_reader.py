"""The html reader: main text, title and date from pages, and which inputs it claims."""

from __future__ import annotations

from pathlib import Path

import pytest
from citylinks.components import InputSource, Refusal
from citylinks.models import Document, PartialDate
from citylinks.pipeline import build_dataset, choose_reader

from citylinks_html import HtmlReader, iso_date

PAGES = Path(__file__).parent / "pages"


def read_one(data: bytes, name: str = "page.html") -> Document | Refusal:
    produced = [
        item for item in HtmlReader().read(InputSource(name, data=data)) if isinstance(item, (Document, Refusal))
    ]
    assert len(produced) == 1
    return produced[0]


@pytest.fixture
def article() -> Document:
    path = PAGES / "hue_blois_article.html"
    document = read_one(path.read_bytes(), str(path))
    assert isinstance(document, Document)
    return document


def test_main_text_is_kept(article):
    assert (
        "celebrate the 30th anniversary of the twinning agreement between Hue and the French city of Blois"
        in article.text
    )
    assert "signed a memorandum of understanding on cooperation for 2024 to 2028" in article.text
    assert article.text.endswith("A troupe of Hue musicians is scheduled to perform in Blois in July 2024.")


def test_scripts_and_styles_never_become_text(article):
    for marker in ("SCRIPT-MARKER", "STYLE-MARKER", "analytics", "console.log", "font-family", "color: teal"):
        assert marker not in article.text


def test_menus_asides_and_footers_are_dropped(article):
    for marker in ("NAV-MARKER", "ASIDE-MARKER", "FOOTER-MARKER", "Contact the newsroom"):
        assert marker not in article.text


def test_title_date_and_language_come_from_the_page(article):
    assert article.title == "Hue and Blois mark 30 years of twinning"
    assert article.text.startswith("Hue and Blois mark 30 years of twinning\n")
    assert article.published == PartialDate(2024, 3, 14)
    assert article.language == "en"
    assert article.path.endswith("hue_blois_article.html")


def test_a_scraped_page_dates_from_its_visible_timestamp():
    document = read_one((PAGES / "danang_yokohama_scraped_vi.html").read_bytes())
    assert document.published == PartialDate(2024, 3, 14)
    assert document.title == "Đà Nẵng và Yokohama gia hạn biên bản ghi nhớ hợp tác"
    assert document.language == "vi"
    assert "ký biên bản ghi nhớ gia hạn quan hệ hợp tác giai đoạn 2024 - 2029" in document.text
    # the related-news teasers and the menu are not the article
    assert "Quảng Nam" not in document.text
    assert "Trang chủ" not in document.text


def test_dates_in_the_body_are_not_taken_for_the_publication_date():
    body = "<p>Hai Phong leaders received a delegation from Yunnan on September 24, 2019 in the port city.</p>" * 4
    document = read_one(
        f"<html><head><title>Hai Phong and Yunnan</title></head><body><article>{body}</article></body></html>".encode()
    )
    assert document.published is None


def test_legacy_encoded_pages_are_decoded_by_citylinks():
    sentence = "La ville de Blois et la cité impériale de Hué fêtent trente années de jumelage, signé en 1994. "
    html = f"<html><head><title>Blois et Hué</title></head><body><article><p>{sentence * 5}</p></article></body></html>"
    document = read_one(html.encode("cp1252"))
    assert sentence.strip() in document.text


@pytest.mark.parametrize(
    ("data", "reason"),
    [
        (b"", "empty"),
        (b"\x00\x01\x02binary\x00" * 50, "binary"),
        (
            b"<html><head><title>Nothing here</title><script>var x = 1;</script></head><body></body></html>",
            "no main text",
        ),
    ],
)
def test_unusable_pages_are_refused_with_a_reason(data, reason):
    refusal = read_one(data)
    assert isinstance(refusal, Refusal)
    assert reason in refusal.reason


def test_iso_date_refuses_impossible_dates():
    assert iso_date("2024-02-29") == PartialDate(2024, 2, 29)
    assert iso_date("2023-02-30") is None
    assert iso_date(None) is None
    assert iso_date("14/03/2024") is None


@pytest.mark.parametrize(
    ("name", "head", "expected"),
    [
        ("news/page.html", b"anything", "html"),
        ("NEWS/PAGE.HTM", b"", "html"),
        ("saved-page", b'\xef\xbb\xbf  \n<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01//EN">', "html"),
        ("-", b'<html lang="vi"><head>', "html"),
        ("article.txt", b" date 2024-03-13 Da Nang and Yokohama renew their memorandum", "text"),
        ("notes.md", b"# <html> is a tag", "text"),
    ],
)
def test_which_inputs_the_plugin_claims(registry, name, head, expected):
    assert choose_reader(registry, InputSource(name, data=head)) == expected


def test_the_plugin_registers_the_html_reader(registry):
    assert registry.readers()["html"] is HtmlReader
    assert registry.owner("readers", "html") == "html"


def test_a_directory_of_mixed_inputs_goes_through_the_pipeline(registry, tmp_path):
    (tmp_path / "a.html").write_bytes((PAGES / "hue_blois_article.html").read_bytes())
    (tmp_path / "b.page").write_bytes((PAGES / "danang_yokohama_scraped_vi.html").read_bytes())
    text = (
        " date 2024-06-06 Ho Chi Minh City and Busan sign a logistics memorandum\nThe two cities signed it on June 5.\n"
    )
    (tmp_path / "c.txt").write_text(text, encoding="utf-8")
    dataset, report = build_dataset(registry, paths=[str(tmp_path)])
    assert report.refusals == []
    titles = {document.path.rsplit("/", 1)[-1]: document.title for document in dataset.documents.values()}
    assert titles == {
        "a.html": "Hue and Blois mark 30 years of twinning",
        "b.page": "Đà Nẵng và Yokohama gia hạn biên bản ghi nhớ hợp tác",
        "c.txt": "Ho Chi Minh City and Busan sign a logistics memorandum",
    }
