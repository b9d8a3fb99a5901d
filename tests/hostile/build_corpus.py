"""Build the hostile test corpus: one folder per category, generated fresh each time.

Nothing large is committed: the 20 MB single line, the 30 MB article and the
thousands of tiny files are written here, into a temporary folder. Every
category puts a few good articles next to its hostile inputs, so that a test can
check that they still come out.

``build(root)`` writes every category under ``root`` and returns, for each, what
a run of ``citylinks export`` over it must show (``Category``). Run as a script
(``python tests/hostile/build_corpus.py OUT``) it writes the corpus to look at.
"""

from __future__ import annotations

import codecs
import gzip
import json
import os
import sys
import unicodedata
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path

MB = 1_000_000

# Good articles: the partner ids and event kinds the built-in parser gives each.
HANOI_BORDEAUX = (
    " date 2023-03-14 Hanoi and Bordeaux sign cooperation memorandum\n"
    "Hanoi and the French city of Bordeaux signed a memorandum of understanding on culture on March 13, 2023.\n"
    "The Chairman of the Hanoi People's Committee received a delegation from Bordeaux led by its mayor.\n"
)
DANANG_YOKOHAMA = (
    " date 2021-06-02 Đà Nẵng và Yokohama hội đàm trực tuyến\n"
    "Ngày 1/6/2021, lãnh đạo thành phố Đà Nẵng đã hội đàm trực tuyến với lãnh đạo thành phố Yokohama (Nhật Bản) "
    "về hợp tác đầu tư và du lịch.\n"
    "Hai bên nhất trí thúc đẩy hợp tác trong lĩnh vực phát triển đô thị.\n"
)
HUE_BLOIS = (
    " date 2019-11-20 Hue and Blois celebrate 20 years of cooperation\n"
    "A delegation from the French city of Blois visited Hue on November 18, 2019 to mark twenty years of "
    "decentralised cooperation.\n"
    "The mayor of Blois held talks with the Chairman of the Thua Thien Hue Provincial People's Committee.\n"
)
HANOI, BORDEAUX = "geonames:1581130", "geonames:3031582"
DA_NANG, YOKOHAMA = "geonames:1583992", "geonames:1848354"
HUE, BLOIS = "geonames:1580240", "geonames:3032213"
GOOD_ARTICLES = {
    "good-hanoi-bordeaux.txt": (HANOI_BORDEAUX, {HANOI, BORDEAUX}),
    "good-danang-yokohama.txt": (DANANG_YOKOHAMA, {DA_NANG, YOKOHAMA}),
    "good-hue-blois.txt": (HUE_BLOIS, {HUE, BLOIS}),
}

# A sentence that names cities but is no relation between them: prose for the big files.
FILLER = "Residents of Hanoi and Lyon enjoyed the spring weather, and the markets of Paris were busy as usual. "


@dataclass
class Category:
    """One folder of the corpus and what ``citylinks export`` over it must show."""

    name: str
    args: list[str]
    refusals: dict[str, str] = field(default_factory=dict)  # where → the start of its reason
    notes: list[str] = field(default_factory=list)  # text some note line must contain
    partners: set[str] = field(default_factory=set)  # partner ids the good articles give
    absent_names: set[str] = field(default_factory=set)  # partner names that must not appear
    texts: dict[str, str] = field(default_factory=dict)  # document path → its text as read (NFC, LF)
    documents: int | None = None  # how many documents are processed, when known
    env: dict[str, str] = field(default_factory=dict)


def _write(path: Path, data: bytes | str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data.encode("utf-8") if isinstance(data, str) else data)
    return path


def _good_articles(folder: Path, category: Category) -> None:
    for name, (text, partners) in GOOD_ARTICLES.items():
        path = _write(folder / name, text)
        category.texts[str(path)] = text
        category.partners |= partners


def _read_as(text: str) -> str:
    """What citylinks reads a text as: LF line endings, NFC."""
    return unicodedata.normalize("NFC", text.replace("\r\n", "\n").replace("\r", "\n"))


def build_refusals(root: Path) -> Category:
    """One of every input citylinks refuses, each to be named with its reason."""
    folder = root / "refusals"
    category = Category("refusals", [str(folder), str(root / "refusals-missing.txt")])
    _good_articles(folder, category)
    refused = {
        "binary.png": (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 8, "not text (binary)"),
        "elf-program": (b"\x7fELF\x02\x01\x01" + bytes(2000), "not text (binary)"),
        "empty.txt": (b"", "empty"),
        "blank.txt": (b"  \n\r\n\t  \n", "empty"),
        "garbled.txt": (bytes(range(0x80, 0x100)) * 4, "not valid UTF-8 and no known encoding explains the bytes"),
        "broken-utf16.txt": (codecs.BOM_UTF16_LE + "Hanoi".encode("utf-16-le") + b"\x00\xd8", "broken utf-16 text"),
        "broken.jsonl.gz": (b"this is not gzip at all", "not a readable gzip file"),
    }
    for name, (data, reason) in refused.items():
        category.refusals[str(_write(folder / name, data))] = reason
    category.refusals[str(_write(folder / "blank.jsonl", b"\n\n   \n"))] = "empty"
    bomb = folder / "bomb.jsonl.gz"  # 20 KB that would inflate to 20 MB of empty lines
    with gzip.open(bomb, "wb", compresslevel=9) as out:
        for _ in range(20):
            out.write(b"\n" * MB)
    category.refusals[str(bomb)] = "inflates to more than "
    crawl = folder / "crawl.jsonl"
    lines = [
        json.dumps({"text": HUE_BLOIS, "url": "https://example.org/hue-blois"}).encode(),
        b"[1, 2, 3]",
        b"{oops",
        json.dumps({"title": "no text here"}).encode(),
        b'"just a string"',
        b"null",
        b'{"text": "\xff\xfe not UTF-8"}',
        b"",
        json.dumps({"content": DANANG_YOKOHAMA, "url": "https://example.org/dn-yokohama"}).encode(),
    ]
    _write(crawl, b"\n".join(lines) + b"\n")
    category.refusals.update(
        {
            f"{crawl}:2": "JSON line is not an object (it is an array)",
            f"{crawl}:3": "not valid JSON",
            f"{crawl}:4": "no text field",
            f"{crawl}:5": "JSON line is not an object (it is a string)",
            f"{crawl}:6": "JSON line is not an object (it is null)",
            f"{crawl}:7": "not valid JSON",
        }
    )
    category.texts["https://example.org/hue-blois"] = HUE_BLOIS
    category.texts["https://example.org/dn-yokohama"] = DANANG_YOKOHAMA
    fifo = folder / "named-pipe"
    if hasattr(os, "mkfifo"):
        os.mkfifo(fifo)
        category.refusals[str(fifo)] = "not a regular file"
    dangling = folder / "dangling-link.txt"
    dangling.symlink_to(folder / "nowhere.txt")
    category.refusals[str(dangling)] = "not a regular file"
    category.refusals[str(root / "refusals-missing.txt")] = "no such file or directory"
    category.documents = len(GOOD_ARTICLES) + 2
    return category


# The same articles in every encoding citylinks reads.
CAFE_EN = (
    " date 2023-03-14 Hanoi and Bordeaux sign a “cultural” memorandum — café owners welcome it\n"
    "Hanoi and the French city of Bordeaux signed a memorandum of understanding on culture on March 13, 2023.\n"
    "Café owners in Hanoi’s old quarter said the delegation from Bordeaux was welcome.\n"
)
LATIN1_EN = (
    " date 2023-03-14 Hanoi and Bordeaux sign a memorandum - café owners welcome it\n"
    "Hanoi and the French city of Bordeaux signed a memorandum of understanding on culture on March 13, 2023.\n"
    "Café owners in the old quarter said the delegation from Bordeaux was très welcome.\n"
)


def to_cp1258(text: str) -> bytes:
    """Windows-1258 as Vietnamese software writes it: the base letter, then the tone as a combining mark."""
    out = []
    for char in text:
        try:
            out.append(char.encode("cp1258"))
        except UnicodeEncodeError:
            base, *marks = unicodedata.normalize("NFD", char)
            tones = [mark for mark in marks if mark in "\u0300\u0301\u0303\u0309\u0323"]
            letter = unicodedata.normalize("NFC", base + "".join(mark for mark in marks if mark not in tones))
            out.append((letter + "".join(tones)).encode("cp1258"))
    return b"".join(out)


def build_encodings(root: Path) -> Category:
    """Every encoding and line ending citylinks decodes; offsets must index the decoded text."""
    folder = root / "encodings"
    category = Category("encodings", [str(folder)])
    variants = {
        "utf8-vi.txt": (DANANG_YOKOHAMA, lambda t: t.encode("utf-8"), {DA_NANG, YOKOHAMA}),
        "utf8-bom-vi.txt": (DANANG_YOKOHAMA, lambda t: codecs.BOM_UTF8 + t.encode("utf-8"), {DA_NANG, YOKOHAMA}),
        "utf16le-bom-vi.txt": (DANANG_YOKOHAMA, lambda t: t.encode("utf-16"), {DA_NANG, YOKOHAMA}),
        "utf16be-bom-en.txt": (CAFE_EN, lambda t: codecs.BOM_UTF16_BE + t.encode("utf-16-be"), {HANOI, BORDEAUX}),
        "cp1252-en.txt": (CAFE_EN, lambda t: t.encode("cp1252"), {HANOI, BORDEAUX}),
        "cp1258-vi.txt": (DANANG_YOKOHAMA, to_cp1258, {DA_NANG, YOKOHAMA}),
        "latin1-en.txt": (LATIN1_EN, lambda t: t.encode("latin-1"), {HANOI, BORDEAUX}),
        "nfd-vi.txt": (DANANG_YOKOHAMA, lambda t: unicodedata.normalize("NFD", t).encode("utf-8"), {DA_NANG, YOKOHAMA}),
        "crlf-en.txt": (HUE_BLOIS.replace("\n", "\r\n"), lambda t: t.encode("utf-8"), {HUE, BLOIS}),
        "cr-en.txt": (HUE_BLOIS.replace("\n", "\r"), lambda t: t.encode("utf-8"), {HUE, BLOIS}),
        "crlf-cp1258-vi.txt": (DANANG_YOKOHAMA.replace("\n", "\r\n"), to_cp1258, {DA_NANG, YOKOHAMA}),
    }
    for name, (text, encode, partners) in variants.items():
        path = _write(folder / name, encode(text))
        category.texts[str(path)] = _read_as(text)
        category.partners |= partners
    nfd_lines = [json.dumps({"text": unicodedata.normalize("NFD", DANANG_YOKOHAMA), "url": "https://example.org/nfd"})]
    _write(folder / "nfd-crawl.jsonl", "\n".join(nfd_lines) + "\n")
    category.texts["https://example.org/nfd"] = DANANG_YOKOHAMA
    category.documents = len(variants) + 1
    return category


def build_size(root: Path) -> Category:
    """Inputs over the default article size limit, each refused before it is read."""
    folder = root / "size"
    category = Category("size", [str(folder)])
    _good_articles(folder, category)
    single_line = folder / "single-line-20mb.txt"
    _write(single_line, (FILLER * (20 * MB // len(FILLER) + 1))[: 20 * MB])
    article = folder / "article-30mb.txt"
    paragraph = FILLER * 8 + "\n"
    _write(article, " date 2022-01-01 A very long article\n" + paragraph * (30 * MB // len(paragraph)))
    category.refusals[str(single_line)] = "too large (20000000 bytes; the limit is 10485760, see --max-bytes)"
    category.refusals[str(article)] = f"too large ({article.stat().st_size} bytes; the limit is 10485760"
    crawl = folder / "huge-line.jsonl"
    with crawl.open("wb") as out:
        out.write(json.dumps({"text": HANOI_BORDEAUX, "url": "https://example.org/before"}).encode() + b"\n")
        out.write(json.dumps({"text": FILLER * (20 * MB // len(FILLER))}).encode() + b"\n")
        out.write(json.dumps({"text": HUE_BLOIS, "url": "https://example.org/after"}).encode() + b"\n")
    category.refusals[f"{crawl}:2"] = "line too large"
    category.texts["https://example.org/before"] = HANOI_BORDEAUX
    category.texts["https://example.org/after"] = HUE_BLOIS
    category.documents = len(GOOD_ARTICLES) + 2
    return category


def build_size_raised(root: Path) -> Category:
    """The same big files with ``--max-bytes`` raised: processed, in bounded time and memory."""
    folder = root / "size"
    return Category(
        "size-raised",
        ["--max-bytes", str(40 * MB), str(folder / "single-line-20mb.txt"), str(folder / "article-30mb.txt")],
        documents=2,
    )


def build_many_files(root: Path, count: int = 2000) -> Category:
    """Thousands of tiny files in nested folders, good articles among them."""
    folder = root / "many-files"
    category = Category("many-files", [str(folder)])
    for index in range(count):
        _write(folder / f"d{index % 40:02d}" / f"tiny-{index:05d}.txt", f"Note {index}\nNothing happened today.\n")
    _good_articles(folder / "d00", category)
    category.documents = count + len(GOOD_ARTICLES)
    return category


def city_names(count: int) -> list[str]:
    """``count`` city names from the shipped gazetteer."""
    table = resources.files("citylinks") / "data" / "gazetteer.tsv.gz"
    names: list[str] = []
    with gzip.open(table.open("rb"), "rt", encoding="utf-8") as rows:
        for row in rows:
            parts = row.rstrip("\n").split("\t")
            if len(parts) > 2 and parts[2] == "city" and parts[1].isascii() and parts[1] not in names:
                names.append(parts[1])
                if len(names) == count:
                    break
    return names


def build_many_cities(root: Path, count: int = 3000) -> Category:
    """A page naming thousands of cities: the records kept per article are capped, with a note."""
    folder = root / "many-cities"
    category = Category("many-cities", [str(folder)], notes=["only the first 500 kept (see --max-records)"])
    names = city_names(count)
    lines = [" date 2023-05-01 Mayors of thousands of cities meet in Hanoi"]
    for start in range(0, len(names), 10):
        group = ", ".join(names[start : start + 10])
        lines.append(f"The mayors of {group} signed a memorandum of understanding with Hanoi on May 1, 2023.")
    _write(folder / "thousands-of-cities.txt", "\n".join(lines) + "\n")
    _good_articles(folder, category)
    category.documents = 1 + len(GOOD_ARTICLES)
    return category


def build_markup(root: Path, port: int) -> Category:
    """Hostile HTML for the citylinks-html plugin: entities, external resources, bombs, depth, size, scripts."""
    folder = root / "markup"
    category = Category("markup", [str(folder)], env={"CITYLINKS_LOAD_PLUGINS": "html"})
    _good_articles(folder, category)
    secret = root / "secret.txt"
    _write(secret, "TOP-SECRET-7F3A")
    remote = f"http://127.0.0.1:{port}"
    article = (
        "<p>Hanoi and the French city of Bordeaux signed a memorandum of understanding on culture on "
        "March 13, 2023.</p><p>The Chairman of the Hanoi People's Committee received a delegation from "
        "Bordeaux led by its mayor.</p>"
    )
    xxe = (
        '<?xml version="1.0" encoding="utf-8"?>\n'
        f'<!DOCTYPE html [\n<!ENTITY secret SYSTEM "{secret.as_uri()}">\n<!ENTITY remote SYSTEM "{remote}/entity">\n'
        f'<!ENTITY % dtd SYSTEM "{remote}/dtd"> %dtd;\n]>\n'
        f'<html><head><title>Leak &secret;</title><meta http-equiv="refresh" content="0;url={remote}/refresh">'
        f'<link rel="stylesheet" href="{remote}/style.css"><script src="{remote}/app.js"></script>'
        f'<base href="{remote}/"></head><body><article><img src="{remote}/photo.jpg">'
        f'<iframe src="{remote}/frame"></iframe><object data="{remote}/object"></object>'
        f"{article}<p>Secret: &secret; remote: &remote;</p></article></body></html>"
    )
    _write(folder / "xxe.html", xxe)
    bomb = ['<!ENTITY lol0 "lol">'] + [f'<!ENTITY lol{i} "{f"&lol{i - 1};" * 10}">' for i in range(1, 10)]
    _write(
        folder / "entity-bomb.html",
        "<!DOCTYPE html [\n" + "\n".join(bomb) + "\n]>\n"
        f"<html><head><title>Bomb &lol9;</title></head><body><article>{article}<p>&lol9;</p></article></body></html>",
    )
    scripted = (
        "<html><head><title>Hue and Blois</title><style>p::before { content: 'Tokyo and Seoul signed a "
        "memorandum'; }</style><script>document.write('Paris and Berlin signed a memorandum of understanding "
        "on May 1, 2020.'); fetch('" + remote + "/beacon');</script></head><body><article>"
        "<p>A delegation from the French city of Blois visited Hue on November 18, 2019 to mark twenty years of "
        "decentralised cooperation.</p><p>The mayor of Blois held talks with the Chairman of the Thua Thien Hue "
        "Provincial People's Committee.</p><noscript>Madrid and Rome signed an agreement.</noscript>"
        "<template><p>Vienna and Prague signed a memorandum of understanding.</p></template>"
        "<script>var text = 'Oslo and Helsinki signed a memorandum of understanding';</script>"
        '<p onclick="alert(\'x\')">Officials said the <a href="javascript:alert(1)">cooperation</a> would grow.</p>'
        "</article></body></html>"
    )
    _write(folder / "scripts-and-styles.html", scripted)
    category.partners |= {HUE, BLOIS}
    # Named only inside markup that is not text.
    category.absent_names |= {
        "Paris",
        "Berlin",
        "Tokyo",
        "Seoul",
        "Madrid",
        "Rome",
        "Vienna",
        "Prague",
        "Oslo",
        "Helsinki",
    }
    depth = 5000
    _write(
        folder / "deeply-nested.html",
        "<html><head><title>Deep</title></head><body>"
        + "<div>" * depth
        + article
        + "</div>" * depth
        + "</body></html>",
    )
    category.refusals[str(folder / "deeply-nested.html")] = "no main text found in the HTML page"
    _write(
        folder / "too-many-elements.html",
        "<html><head><title>Wide</title></head><body><article>"
        + article
        + "<span>x</span>" * 200_000
        + "</article></body></html>",
    )
    category.refusals[str(folder / "too-many-elements.html")] = "too many HTML elements"
    category.documents = len(GOOD_ARTICLES) + 3
    return category


# Sentences that try to break out of the formats they land in.
INJECTION_TEXT = (
    " date 2023-03-14 Hanoi and Bordeaux \u202esign\u202c a memorandum END:VEVENT\n"
    "Hanoi and the French city of Bordeaux signed a memorandum of understanding (END:VEVENT BEGIN:VEVENT "
    "SUMMARY:fake; DESCRIPTION:x, y \\N C:\\New ]]> </data> <x a='1'> &amp; \u202eevil\u202c \u2066\u2069 😀) "
    "on culture on March 13, 2023.\n"
    "The Chairman of the Hanoi People's Committee received a delegation from Bordeaux led by its mayor.\n"
)
INJECTION_JSONL_TEXT = (
    "A delegation from the French city of Blois visited Hue on November 18, 2019 \u0000\u0007\u001b[31m\u0085\u009f"
    "\ufffe\uffff\ufeff END:VCALENDAR\r\nBEGIN:VEVENT\r\n to mark twenty years of decentralised cooperation.\n"
    "The mayor of Blois held talks with the Chairman of the Thua Thien Hue Provincial People's Committee.\n"
)
INJECTION_TITLE = "Hue \u202eand\u202c Blois\u0000\u0007 \u2066talks\u2069\r\nEND:VEVENT"


def build_injection(root: Path) -> Category:
    """Article text, titles and file names that carry iCalendar, XML and JSON syntax and invisible controls."""
    folder = root / "injection"
    category = Category("injection", [str(folder)])
    path = _write(folder / "injection.txt", INJECTION_TEXT)
    category.texts[str(path)] = INJECTION_TEXT
    crawl = folder / "injection.jsonl"
    record = {
        "text": INJECTION_JSONL_TEXT,
        "title": INJECTION_TITLE,
        "url": "https://example.org/inj",
        "date": "2019-11-20",
    }
    _write(crawl, json.dumps(record) + "\n")
    category.texts["https://example.org/inj"] = _read_as(INJECTION_JSONL_TEXT)
    # A file name that is not UTF-8 (Latin-1 é): Python sees it as a lone surrogate.
    odd = os.fsencode(str(folder)) + b"/caf\xe9 Hanoi.txt"
    with open(odd, "wb") as out:
        out.write(HANOI_BORDEAUX.encode("utf-8"))
    category.partners |= {HANOI, BORDEAUX, HUE, BLOIS}
    category.documents = 3
    return category


def build_dates(root: Path) -> Category:
    """Impossible, absurd and far-future publication dates: noted, treated as unknown, never a crash."""
    folder = root / "dates"
    category = Category("dates", [str(folder)])
    _good_articles(folder, category)
    body = HANOI_BORDEAUX.split("\n", 1)[1]
    headers = {
        "feb-30.txt": "2023-02-30",
        "year-99999.txt": "99999-01-01",
        "far-future.txt": "2999-01-01",
        "year-zero.txt": "0000-00-00",
        "nonsense.txt": "yesterday",
    }
    for name, date in headers.items():
        path = _write(folder / name, f" date {date} Hanoi and Bordeaux\n{body}")
        category.notes.append(f"{path}: publication date {date!r} is impossible or absurd; treated as unknown")
    _write(
        folder / "dates-in-text.txt",
        "Hanoi and Bordeaux in the year 99999\nHanoi and the French city of Bordeaux signed a memorandum of "
        "understanding on February 30, 2023, renewed it on 31/04/2024 and plan talks in the year 99999 and on "
        "0/0/0 and 9999-12-31 and December 31, 9999.\n",
    )
    crawl = folder / "dates.jsonl"
    values = [
        "2023-02-30",
        "99999-01-01",
        "2999-12-31",
        "0000-00-00",
        "Thu, 31 Feb 2023 10:00:00 GMT",
        12345,
        "13/13/2023",
    ]
    with crawl.open("w", encoding="utf-8") as out:
        for index, value in enumerate(values, start=1):
            out.write(
                json.dumps(
                    {"text": HANOI_BORDEAUX.split("\n", 1)[1], "date": value, "url": f"https://example.org/d{index}"}
                )
                + "\n"
            )
            category.notes.append(f"{crawl}:{index}: publication date {value!r} is impossible or not understood")
    category.documents = len(GOOD_ARTICLES) + len(headers) + 1 + len(values)
    return category


def build_names(root: Path) -> Category:
    """File names with spaces, Unicode and a leading dash, and a directory tree with symlink loops."""
    folder = root / "names"
    category = Category("names", [str(folder)])
    for name, (text, partners) in {
        "with spaces in it.txt": (HANOI_BORDEAUX, {HANOI, BORDEAUX}),
        "Đà Nẵng – Yokohama 日本.txt": (DANANG_YOKOHAMA, {DA_NANG, YOKOHAMA}),
        "-weird.txt": (HUE_BLOIS, {HUE, BLOIS}),
        "--format=graphml.txt": (HUE_BLOIS, {HUE, BLOIS}),
    }.items():
        path = _write(folder / name, text)
        category.texts[str(path)] = text
        category.partners |= partners
    loops = folder / "loops"
    (loops / "a" / "b").mkdir(parents=True)
    (loops / "a" / "b" / "up").symlink_to("../..", target_is_directory=True)
    (loops / "a" / "self").symlink_to(".", target_is_directory=True)
    category.refusals[str(loops / "a" / "b" / "up")] = "symlink loop: directory already visited"
    category.refusals[str(loops / "a" / "self")] = "symlink loop: directory already visited"
    category.documents = 4
    return category


def build(root: Path, port: int = 9) -> dict[str, Category]:
    """Write every category under ``root``; ``port`` is where a fetch from the HTML pages would go."""
    root.mkdir(parents=True, exist_ok=True)
    categories = [
        build_refusals(root),
        build_encodings(root),
        build_size(root),
        build_size_raised(root),
        build_many_files(root),
        build_many_cities(root),
        build_markup(root, port),
        build_injection(root),
        build_dates(root),
        build_names(root),
    ]
    return {category.name: category for category in categories}


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit("usage: build_corpus.py OUT_DIR")
    for built in build(Path(sys.argv[1])).values():
        print(f"{built.name}: citylinks export {' '.join(built.args)}")
