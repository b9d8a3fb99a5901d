"""Throughput of the rule-based extraction on one core, against the floor of reading and one gazetteer pass.

The corpus is made from the project's own articles (``examples/articles``,
``tests/corpus/articles``): each benchmark article is one of them followed by
the body paragraphs of two others in the same language, so articles are about
as long as real news pages (~6 KB), and every copy has its places, people,
dates and figures changed so no two texts are the same. Nothing is read from
outside the repository.

    python benchmarks/bench_extraction.py [--articles 1200] [--repeat 1] [--profile]
"""

from __future__ import annotations

import argparse
import random
import re
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
SOURCE_DIRS = (REPO / "examples" / "articles", REPO / "tests" / "corpus" / "articles")

# Names that swap for one another between copies: places the gazetteer knows, people it does not.
_SWAPS = (
    ("Sakai", "Osaka", "Kobe", "Nagoya"),
    ("Incheon", "Busan", "Daegu", "Gwangju"),
    ("Seattle", "Portland", "Denver", "Boston"),
    ("Toulouse", "Lyon", "Bordeaux", "Marseille"),
    ("Rotterdam", "Antwerp", "Utrecht", "Hamburg"),
    ("Nanning", "Kunming", "Guilin", "Chengdu"),
    ("Yokohama", "Fukuoka", "Sapporo", "Kyoto"),
    ("Vientiane", "Luang Prabang", "Pakse", "Savannakhet"),
    ("Tanabe", "Suzuki", "Watanabe", "Yamamoto"),
    ("Tuấn", "Hùng", "Dũng", "Quang"),
    ("Bao", "Minh", "Long", "Thanh"),
    ("Wednesday", "Tuesday", "Thursday", "Monday"),
)
_SWAP_PATTERN = re.compile(r"\b(" + "|".join(re.escape(name) for group in _SWAPS for name in group) + r")\b")
_SWAP_GROUP = {name: group for group in _SWAPS for name in group}
_NUMBER = re.compile(r"(?<![\d/.-])(\d{1,2})(?:/(\d{1,2}))?(?!\d)")
_YEAR = re.compile(r"(?<!\d)(19[6-9]\d|20[0-2]\d)(?!\d)")


def _vary(text: str, copy: int) -> str:
    """The same article with other places, people, dates and figures."""
    text = _SWAP_PATTERN.sub(
        lambda m: (group := _SWAP_GROUP[m.group(1)])[(group.index(m.group(1)) + copy) % len(group)], text
    )
    text = _YEAR.sub(lambda m: str(int(m.group(1)) - copy % 4), text)

    def number(match: re.Match[str]) -> str:
        day = (int(match.group(1)) - 1 + copy) % 28 + 1
        if match.group(2) is None:
            return str(day)
        return f"{day}/{(int(match.group(2)) - 1 + copy // 3) % 12 + 1}"

    return _NUMBER.sub(number, text)


def _body_paragraphs(text: str) -> list[str]:
    paragraphs = [p for p in text.split("\n\n") if p.strip()]
    return paragraphs[1:] or paragraphs


def build_corpus(count: int, seed: int = 7) -> list[str]:
    """``count`` distinct article texts varied from the project's own articles."""
    from citylinks.language import identify_language

    sources = sorted(path for directory in SOURCE_DIRS for path in directory.glob("*.txt"))
    texts = [path.read_text(encoding="utf-8") for path in sources]
    by_language: dict[str | None, list[str]] = {}
    for text in texts:
        by_language.setdefault(identify_language(text), []).append(text)
    rng = random.Random(seed)
    corpus = []
    for index in range(count):
        base = texts[index % len(texts)]
        copy = index // len(texts) + 1
        same_language = by_language[identify_language(base)]
        extra = [rng.choice(same_language) for _ in range(rng.choice((2, 3)))]
        body = [_vary(base, copy)] + [
            "\n\n".join(_body_paragraphs(_vary(other, copy + 1 + n))) for n, other in enumerate(extra)
        ]
        corpus.append("\n\n".join(part.rstrip("\n") for part in body) + "\n")
    return corpus


def _row(label: str, articles: int, size: int, seconds: float) -> str:
    mb = size / 1e6
    return f"{label:<22} {articles:>8} {mb:>7.2f} {seconds:>8.2f} {articles / seconds:>11.1f} {mb / seconds:>7.2f}"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--articles", type=int, default=1200, help="corpus size (default 1200)")
    parser.add_argument("--repeat", type=int, default=1, help="timed passes; the best is shown (default 1)")
    parser.add_argument("--profile", action="store_true", help="print a cProfile of one extraction pass")
    options = parser.parse_args(argv)

    from citylinks.article import make_document
    from citylinks.extraction.parser import extract_records
    from citylinks.gazetteer import Gazetteer

    started = time.perf_counter()
    gazetteer = Gazetteer.load()
    print(f"gazetteer loaded in {time.perf_counter() - started:.3f} s ({len(gazetteer)} places)")

    corpus = build_corpus(options.articles)
    with tempfile.TemporaryDirectory(prefix="citylinks-bench-") as folder:
        paths = []
        for index, text in enumerate(corpus):
            path = Path(folder) / f"{index:05d}.txt"
            path.write_text(text, encoding="utf-8")
            paths.append(path)
        size = sum(path.stat().st_size for path in paths)
        documents = [make_document(text, str(path))[0] for text, path in zip(corpus, paths, strict=False)]
        print(f"corpus: {len(documents)} articles, {size / len(documents) / 1000:.1f} KB on average")
        for document in documents[:50]:  # warm-up: compiled patterns, places parsed on first use
            list(extract_records(document, gazetteer))

        def floor() -> None:
            for path in paths:
                gazetteer.find(path.read_text(encoding="utf-8"))

        def extraction() -> int:
            return sum(len(list(extract_records(document, gazetteer))) for document in documents)

        floor_seconds = min(_timed(floor) for _ in range(options.repeat))
        extraction_seconds = min(_timed(extraction) for _ in range(options.repeat))
        records = extraction()

    print(f"{'':<22} {'articles':>8} {'MB':>7} {'seconds':>8} {'articles/s':>11} {'MB/s':>7}")
    print(_row("floor (read + find)", len(documents), size, floor_seconds))
    print(_row("extract_records", len(documents), size, extraction_seconds))
    print(f"{records} records; extraction takes {extraction_seconds / floor_seconds:.1f}x the floor")
    if options.profile:
        import cProfile
        import pstats

        profiler = cProfile.Profile()
        profiler.runcall(lambda: [list(extract_records(document, gazetteer)) for document in documents])
        pstats.Stats(profiler, stream=sys.stdout).sort_stats("cumulative").print_stats(35)
    return 0


def _timed(function) -> float:
    """CPU seconds of this process: the extraction runs on one core, and other work on the machine does not count."""
    started = time.process_time()
    function()
    return time.process_time() - started


if __name__ == "__main__":
    sys.exit(main())
