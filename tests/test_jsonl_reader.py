"""The built-in JSON Lines reader: crawler field names, dates, bad lines, reader choice."""

from __future__ import annotations

import gzip
import json

import pytest

from citylinks.components import InputSource, Notice, Refusal
from citylinks.decoding import byte_limit
from citylinks.default_plugins import jsonl_reader, text_reader
from citylinks.default_plugins.jsonl_reader import JsonLinesReader, normalise_language, parse_published
from citylinks.models import Document, PartialDate
from citylinks.pipeline import build_dataset
from citylinks.plugins import Registry, new_plugin_manager

HANOI = "Hanoi and Lyon renew their cooperation.\nThe mayors of the two cities met on Monday in Hanoi."
DANANG = "Đà Nẵng và Yokohama ký kết thỏa thuận hợp tác.\nHai thành phố đã tổ chức hội đàm trực tuyến."


def jsonl(*records) -> bytes:
    return "".join((r if isinstance(r, str) else json.dumps(r, ensure_ascii=False)) + "\n" for r in records).encode(
        "utf-8"
    )


def read(data: bytes, name: str = "crawl.jsonl") -> list:
    return list(JsonLinesReader().read(InputSource(name=name, data=data)))


def documents(items) -> list[Document]:
    return [item for item in items if isinstance(item, Document)]


def test_reads_each_line_as_a_document():
    items = read(
        jsonl(
            {
                "text": HANOI,
                "title": "Hanoi, Lyon renew ties",
                "date": "2021-05-20",
                "url": "https://example.org/a",
                "language": "en",
            },
            {"content": DANANG, "headline": "Đà Nẵng, Yokohama ký kết", "published": "20/05/2021"},
        )
    )
    first, second = documents(items)
    assert first.title == "Hanoi, Lyon renew ties"
    assert first.published == PartialDate(2021, 5, 20)
    assert first.path == "https://example.org/a"
    assert first.language == "en"
    assert second.title == "Đà Nẵng, Yokohama ký kết"
    assert second.published == PartialDate(2021, 5, 20)
    assert second.path == "crawl.jsonl:2"
    assert second.language == "vi"
    assert first.id != second.id and first.id.startswith("sha256:")


@pytest.mark.parametrize("field", jsonl_reader.TEXT_FIELDS)
def test_every_text_field_name(field):
    (document,) = documents(read(jsonl({field: HANOI})))
    assert document.text == HANOI


@pytest.mark.parametrize("field", jsonl_reader.DATE_FIELDS)
def test_every_date_field_name(field):
    (document,) = documents(read(jsonl({"text": HANOI, field: "2019-11-02"})))
    assert document.published == PartialDate(2019, 11, 2)


@pytest.mark.parametrize("field", jsonl_reader.URL_FIELDS)
def test_every_url_field_name(field):
    (document,) = documents(read(jsonl({"text": HANOI, field: "https://example.org/x"})))
    assert document.path == "https://example.org/x"


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2021-05-20", PartialDate(2021, 5, 20)),
        ("2021-05-20T23:30:00+07:00", PartialDate(2021, 5, 20)),
        ("2021-05-20T16:30:00Z", PartialDate(2021, 5, 20)),
        ("2021-05-20 10:00:00", PartialDate(2021, 5, 20)),
        ("2021-05-20T10:00:00.123456", PartialDate(2021, 5, 20)),
        ("20/05/2021", PartialDate(2021, 5, 20)),
        ("5/6/2021", PartialDate(2021, 6, 5)),
        ("20/05/2021 08:15", PartialDate(2021, 5, 20)),
        ("Thu, 20 May 2021 10:00:00 GMT", PartialDate(2021, 5, 20)),
        ("2021-05", PartialDate(2021, 5)),
        ("2021", PartialDate(2021)),
        ("2023-02-30", None),
        ("31/04/2021", None),
        ("2021-13", None),
        ("99999-01-01", None),
        ("0021-01-01", None),
        ("last Tuesday", None),
        (1621500000, None),
        ({"$date": "2021-05-20"}, None),
    ],
)
def test_parse_published(value, expected):
    assert parse_published(value) == expected


def test_impossible_date_is_a_notice_and_unknown():
    items = read(jsonl({"text": HANOI, "date": "2023-02-30"}))
    (notice,) = [item for item in items if isinstance(item, Notice)]
    assert notice.where == "crawl.jsonl:1"
    assert "2023-02-30" in notice.message
    (document,) = documents(items)
    assert document.published is None


def test_text_header_date_fills_a_missing_date():
    (document,) = documents(read(jsonl({"text": " date 2020-01-15 Hanoi and Lyon\n" + HANOI})))
    assert document.published == PartialDate(2020, 1, 15)


@pytest.mark.parametrize(
    ("value", "expected"),
    [("en", "en"), ("EN", "en"), ("en-US", "en"), ("vi_VN", "vi"), ("english", None), ("", None), ("e", None)],
)
def test_normalise_language(value, expected):
    assert normalise_language(value) == expected


def test_bad_language_is_a_notice_and_identified_from_text():
    items = read(jsonl({"text": DANANG, "lang": "Vietnamese"}))
    assert any(isinstance(item, Notice) and "Vietnamese" in item.message for item in items)
    assert documents(items)[0].language == "vi"


def test_bad_lines_refused_one_by_one_and_the_rest_read():
    data = jsonl(
        {"text": HANOI},
        '["not", "an", "object"]',
        "{not json",
        {"title": "no text here"},
        {"text": "   "},
        "",
        {"body": DANANG},
    )
    items = read(data)
    refusals = [item for item in items if isinstance(item, Refusal)]
    assert [(r.where, r.reason.split(" (")[0]) for r in refusals] == [
        ("crawl.jsonl:2", "JSON line is not an object"),
        ("crawl.jsonl:3", "not valid JSON"),
        ("crawl.jsonl:4", "no text field"),
        ("crawl.jsonl:5", "no text field"),
    ]
    assert [d.text for d in documents(items)] == [HANOI, DANANG]


def test_invalid_utf8_line_refused():
    data = jsonl({"text": HANOI}) + b'{"text": "caf\xe9"}\n' + jsonl({"text": DANANG})
    items = read(data)
    (refusal,) = [item for item in items if isinstance(item, Refusal)]
    assert refusal.where == "crawl.jsonl:2" and refusal.reason.startswith("not valid JSON")
    assert len(documents(items)) == 2


def test_crlf_bom_and_newlines_inside_text():
    data = b"\xef\xbb\xbf" + json.dumps({"text": "Hanoi and Lyon.\r\nThe mayors met.\r\n"}).encode() + b"\r\n"
    (document,) = documents(read(data))
    assert document.text == "Hanoi and Lyon.\nThe mayors met.\n"


def test_line_over_the_size_limit_refused_without_losing_the_next():
    data = jsonl({"text": "x" * 5000}, {"text": HANOI})
    with byte_limit(1000):
        items = read(data)
    (refusal,) = [item for item in items if isinstance(item, Refusal)]
    assert refusal.where == "crawl.jsonl:1" and "too large" in refusal.reason
    assert [d.text for d in documents(items)] == [HANOI]


def test_reads_from_a_file_path(tmp_path):
    path = tmp_path / "crawl.ndjson"
    path.write_bytes(jsonl({"text": HANOI}, {"text": DANANG}))
    items = list(JsonLinesReader().read(InputSource(name=str(path), path=str(path))))
    assert len(documents(items)) == 2


def test_reads_gzipped_lines(tmp_path):
    path = tmp_path / "crawl.jsonl.gz"
    path.write_bytes(gzip.compress(jsonl({"text": HANOI})))
    (document,) = documents(JsonLinesReader().read(InputSource(name=str(path), path=str(path))))
    assert document.text == HANOI


def test_broken_gzip_refused(tmp_path):
    path = tmp_path / "crawl.jsonl.gz"
    path.write_bytes(b"this is not gzip at all")
    (refusal,) = list(JsonLinesReader().read(InputSource(name=str(path), path=str(path))))
    assert isinstance(refusal, Refusal) and "gzip" in refusal.reason


@pytest.mark.parametrize(
    ("path", "expected"),
    [
        ("a.jsonl", "jsonl"),
        ("A.NDJSON", "jsonl"),
        ("x/a.jsonl.gz", "jsonl"),
        ("a.json", None),
        ("a.txt", None),
        ("<stdin>", None),
    ],
)
def test_choose_reader_by_suffix(path, expected):
    assert jsonl_reader.citylinks_choose_reader(path=path, head=b"{}", readers={"jsonl": JsonLinesReader}) == expected


def test_choose_reader_passes_when_not_registered():
    assert jsonl_reader.citylinks_choose_reader(path="a.jsonl", head=b"", readers={}) is None


def test_pipeline_picks_jsonl_and_text_by_suffix(tmp_path):
    (tmp_path / "crawl.jsonl").write_bytes(jsonl({"text": HANOI}, "oops", {"text": DANANG}))
    (tmp_path / "article.txt").write_text(HANOI + "\nOne more line.", encoding="utf-8")
    pm = new_plugin_manager()
    pm.register(text_reader, name="citylinks.default_plugins.text_reader")
    pm.register(jsonl_reader, name="citylinks.default_plugins.jsonl_reader")
    dataset, report = build_dataset(Registry(pm), paths=[str(tmp_path)])
    assert report.documents == 3
    (refusal,) = report.refusals
    assert refusal.where == f"{tmp_path / 'crawl.jsonl'}:2" and refusal.reason.startswith("not valid JSON")
    assert len(dataset.documents) == 3
