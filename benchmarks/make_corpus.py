"""A benchmark corpus of any size, made from the project's own articles.

Each generated article is one of ``examples/articles`` or ``tests/corpus/articles``
with its foreign partner city, its people, its dates, its figures and a few words
changed at random, so that every file has its own content hash and the parser meets
varied names (all of them places the gazetteer knows, or people it does not). No
text comes from outside the repository. Files go 1,000 to a directory.

    python benchmarks/make_corpus.py DIRECTORY --articles 10000 [--seed 1] [--start 0]

``--start`` numbers the files from there, so a second call adds new articles to a
corpus (the incremental re-run of the benchmark adds 1 % this way).
"""

from __future__ import annotations

import argparse
import random
import re
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
SOURCE_DIRECTORIES = (REPO / "examples" / "articles", REPO / "tests" / "corpus" / "articles")
PER_DIRECTORY = 1000

# Foreign partner cities the articles name, and the cities that may stand in for them.
_FOREIGN_CITIES = (
    "Yokohama",
    "Sakai",
    "Busan",
    "Incheon",
    "Seoul",
    "Kunming",
    "Nanning",
    "Blois",
    "Lyon",
    "Toulouse",
    "Seattle",
    "Vientiane",
    "Fukuoka",
    "Osaka",
    "Kobe",
    "Nagoya",
    "Daegu",
    "Gwangju",
    "Chengdu",
    "Guilin",
    "Bordeaux",
    "Marseille",
    "Portland",
    "Denver",
    "Kyoto",
    "Sapporo",
    "Hamburg",
    "Rotterdam",
    "Antwerp",
)
_REPLACEMENTS = (
    "Yokohama",
    "Sakai",
    "Busan",
    "Incheon",
    "Kunming",
    "Nanning",
    "Lyon",
    "Toulouse",
    "Seattle",
    "Fukuoka",
    "Osaka",
    "Kobe",
    "Nagoya",
    "Daegu",
    "Gwangju",
    "Chengdu",
    "Guilin",
    "Bordeaux",
    "Marseille",
    "Portland",
    "Denver",
    "Kyoto",
    "Sapporo",
    "Hamburg",
    "Rotterdam",
    "Antwerp",
    "Utrecht",
    "Boston",
    "Adelaide",
    "Perth",
)
_SURNAMES = (
    "Tanabe",
    "Morisawa",
    "Suzuki",
    "Watanabe",
    "Yamamoto",
    "Kim",
    "Park",
    "Lee",
    "Martin",
    "Bernard",
    "Smith",
    "Nguyen",
)
_GIVEN = ("Phuoc", "Bao", "Minh", "Long", "Thanh", "Hung", "Dung", "Quang", "Lan", "Mai")
_WORDING = (
    ("received", "welcomed"),
    ("cooperation", "collaboration"),
    ("delegation", "delegation"),
    ("talks", "discussions"),
    ("leaders", "officials"),
    ("hợp tác", "hợp tác"),
)
_ISO_DATE = re.compile(r"\b(20\d\d)-(\d\d)-(\d\d)\b")
_YEAR = re.compile(r"\b(20[12]\d)\b")
_SMALL_NUMBER = re.compile(
    r"\b([2-9]\d?)\b(?=\s+(?:people|members|officials|businesses|companies|projects|students|doanh nghiệp|người))"
)


def source_articles() -> list[str]:
    texts = []
    for directory in SOURCE_DIRECTORIES:
        texts.extend(path.read_text(encoding="utf-8") for path in sorted(directory.glob("*.txt")))
    if not texts:
        raise SystemExit("no articles found under examples/articles or tests/corpus/articles")
    return texts


def vary(text: str, rng: random.Random) -> str:
    """The article with its foreign cities, people, dates, figures and some words changed."""
    for city in _FOREIGN_CITIES:
        if city in text and rng.random() < 0.8:
            text = re.sub(rf"\b{re.escape(city)}\b", rng.choice(_REPLACEMENTS), text)
    for name in _SURNAMES + _GIVEN:
        if name in text and rng.random() < 0.7:
            pool = _SURNAMES if name in _SURNAMES else _GIVEN
            text = re.sub(rf"\b{name}\b", rng.choice(pool), text)
    shift = rng.randint(-6, 1)
    text = _ISO_DATE.sub(
        lambda m: f"{int(m[1]) + shift:04d}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}", text, count=1
    )
    text = _YEAR.sub(lambda m: str(int(m[1]) + shift), text)
    text = _SMALL_NUMBER.sub(lambda m: str(rng.randint(3, 60)), text)
    for first, second in _WORDING:
        if rng.random() < 0.5:
            text = text.replace(first, second)
    return text


def make_corpus(directory: Path, articles: int, seed: int = 1, start: int = 0) -> int:
    """Write ``articles`` files numbered from ``start``; return the bytes written."""
    sources = source_articles()
    written = 0
    for number in range(start, start + articles):
        rng = random.Random(f"{seed}-{number}")
        text = vary(sources[number % len(sources)], rng)
        # A serial at the end, so that two variants that came out alike still differ.
        text = text.rstrip("\n") + f"\n\n(Reporting {number:07d}.)\n"
        shard = directory / f"{number // PER_DIRECTORY:04d}"
        shard.mkdir(parents=True, exist_ok=True)
        data = text.encode("utf-8")
        (shard / f"{number:07d}.txt").write_bytes(data)
        written += len(data)
    return written


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("directory", type=Path)
    parser.add_argument("--articles", type=int, default=10_000)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--start", type=int, default=0)
    args = parser.parse_args()
    written = make_corpus(args.directory, args.articles, args.seed, args.start)
    print(f"{args.articles} articles, {written / 1e6:.1f} MB in {args.directory}")


if __name__ == "__main__":
    main()
