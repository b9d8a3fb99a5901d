"""The project's own test corpus (tests/corpus): gold.json is well-formed, and the
extraction reaches the F1 floors below when scored by the shared scorer.

The corpus is 450 short articles written for the project (English and Vietnamese;
clean, scraped-with-noise and undated) with their expected records in the gold
format of shared/eval/GOLD_FORMAT.md. See tests/corpus/README.md. Articles 001-178,
179-386 (nine later batches, written to be harder), 387-498 (seven blind batches
of 2026-12-07/08) and 515-546 (two more of 2026-12-08) are scored apart, each against its own floors.
"""

from __future__ import annotations

import importlib.util
import json
import re
from pathlib import Path

import pytest

from citylinks import models
from scoring import export_articles, score_export

# F1 floors per category on the own corpus. Thresholds only go up: raise them when
# the extraction improves, never lower them to make a regression pass.
THRESHOLDS = {"partners": 0.975, "events": 0.96, "agreements": 0.955}  # articles 001-178
# Articles 179-386: nine blind batches (2026-12-07) written to be harder; 179-258 scored 0.921 / 0.906 / 0.896
# when they joined the corpus, 179-322 scored 0.934 / 0.917 / 0.909 when 291-322 joined, 179-386 scored
# 0.944 / 0.918 / 0.926 when 355-386 joined; 0.951 / 0.929 / 0.937 on 2026-12-08 (evening).
LATER_FROM = "179.txt"
LATER_THRESHOLDS = {"partners": 0.94, "events": 0.92, "agreements": 0.925}
# Articles 387-498: seven blind batches (2026-12-07 and 2026-12-08); 387-466 scored 0.909 / 0.864 / 0.838 when they
# joined, 387-498 scored 0.942 / 0.891 / 0.875 when 467-498 joined.
NEWEST_FROM = "387.txt"
NEWEST_THRESHOLDS = {"partners": 0.93, "events": 0.88, "agreements": 0.865}
# Articles 515-546: two blind batches written on 2026-12-08 (afternoon), worked on for an hour; they scored
# 0.888 / 0.879 / 0.854 when they joined (499-514, written with them, is kept outside the repository).
LATEST_FROM = "515.txt"
LATEST_THRESHOLDS = {"partners": 0.87, "events": 0.86, "agreements": 0.83}

MIN_ARTICLES = 30

REPO = Path(__file__).resolve().parents[1]
CORPUS = REPO / "tests" / "corpus"
ARTICLES = CORPUS / "articles"
GOLD = CORPUS / "gold.json"
SCORER = REPO.parent / "shared" / "eval" / "score.py"

# The gold uses the kinds of the export contract, which the models enforce.
PARTNER_KINDS = set(models.PARTNER_KINDS)
EVENT_KINDS = set(models.EVENT_KINDS)
AGREEMENT_KINDS = set(models.AGREEMENT_KINDS)
STATUSES = set(models.AGREEMENT_STATUSES)
DATE = re.compile(r"^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$")
DATE_LINE = re.compile(r"^ date (\d{4}-\d{2}-\d{2}) ")


def load_gold() -> dict:
    return json.loads(GOLD.read_text(encoding="utf-8"))


# --- gold.json is well-formed (always runs) -----------------------------------------


def test_every_article_has_gold_and_every_gold_has_an_article():
    articles = {p.name for p in ARTICLES.glob("*.txt")}
    gold = set(load_gold())
    assert articles, "no articles in tests/corpus/articles"
    assert all(re.fullmatch(r"\d{3}\.txt", n) for n in articles), sorted(articles)
    assert articles - gold == set(), "articles without gold"
    assert gold - articles == set(), "gold without article"
    assert len(articles) >= MIN_ARTICLES


def _check_groups(groups, where: str, names_in_doc: set[str]) -> None:
    assert isinstance(groups, list) and groups, f"{where}: partners must be a non-empty list of groups"
    for group in groups:
        assert isinstance(group, list) and group, f"{where}: empty partner group"
        assert all(isinstance(n, str) and n.strip() for n in group), f"{where}: bad name in {group}"
        # every group names at least one partner listed for the document
        assert set(group) & names_in_doc, f"{where}: group {group[:3]} matches no listed partner"


@pytest.mark.parametrize("name", sorted(load_gold()) if GOLD.exists() else [])
def test_gold_entry_follows_gold_format(name):
    doc = load_gold()[name]
    assert set(doc) == {"language", "published", "source", "partners", "events", "agreements", "traps"}
    assert doc["language"] in {"en", "vi"}
    text = (ARTICLES / name).read_text(encoding="utf-8")
    m = DATE_LINE.match(text)
    if m:  # a date line fixes the publication date
        assert doc["published"] == m.group(1)
    if doc["published"] is not None:
        assert re.fullmatch(r"\d{4}-\d{2}-\d{2}", doc["published"]), doc["published"]
    assert isinstance(doc["source"], str) and doc["source"]

    names_in_doc: set[str] = set()
    for p in doc["partners"]:
        assert set(p) <= {"names", "country", "kind", "optional"}, p
        assert p["kind"] in PARTNER_KINDS, p
        assert p["country"] is None or re.fullmatch(r"[A-Z]{2}", p["country"]), p
        assert p["names"] and all(isinstance(n, str) and n.strip() for n in p["names"]), p
        assert p.get("optional", False) in (True, False)
        if p["kind"] == "country":
            assert p.get("optional"), f"{name}: countries are optional context: {p['names'][0]}"
        names_in_doc.update(p["names"])
    assert any(not p.get("optional") for p in doc["partners"]), f"{name}: no required partner"

    for e in doc["events"]:
        assert set(e) <= {"date", "kind", "partners", "location", "note", "optional"}, e
        assert e["kind"] in EVENT_KINDS, e
        assert e["date"] is None or DATE.match(e["date"]), e["date"]
        assert e["location"] is None or isinstance(e["location"], str)
        assert isinstance(e["note"], str) and e["note"]
        _check_groups(e["partners"], f"{name} event {e['note'][:40]!r}", names_in_doc)
        if e["date"] and doc["published"] and not e.get("optional"):
            assert e["date"] <= doc["published"][: len(e["date"])], f"{name}: event after publication: {e['date']}"
    for a in doc["agreements"]:
        assert set(a) <= {"kind", "partners", "year", "status", "note", "optional"}, a
        assert a["kind"] in AGREEMENT_KINDS, a
        assert a["status"] in STATUSES, a
        assert a["year"] is None or (isinstance(a["year"], int) and 1900 < a["year"] < 2100), a
        assert isinstance(a["note"], str) and a["note"]
        _check_groups(a["partners"], f"{name} agreement {a['note'][:40]!r}", names_in_doc)
    assert isinstance(doc["traps"], list) and all(isinstance(t, str) and t for t in doc["traps"])


def test_articles_are_clean_utf8_text():
    for path in sorted(ARTICLES.glob("*.txt")):
        raw = path.read_bytes()
        text = raw.decode("utf-8")  # raises on bad bytes
        assert "\r" not in text and not text.startswith("\ufeff"), path.name
        assert 80 <= len(text.split()) <= 2500, path.name


# --- extraction scored against the gold (needs ../shared and the CLI) -------------


@pytest.mark.shared
@pytest.mark.slow
def test_own_corpus_scores_at_least_the_thresholds(tmp_path):
    if not SCORER.is_file():
        pytest.skip(f"the shared scorer is absent ({SCORER}); it lives in ../shared next to the repository")
    try:
        has_cli = importlib.util.find_spec("citylinks.cli") is not None
    except ModuleNotFoundError:  # citylinks itself is not importable
        has_cli = False
    if not has_cli:
        pytest.skip("citylinks.cli is not importable (not installed, or not written yet): no export command to score")
    export = tmp_path / "own-corpus.json"
    export_articles(ARTICLES, export)
    gold = load_gold()
    parts = (
        ("001-178", THRESHOLDS, "", LATER_FROM),
        ("179-386", LATER_THRESHOLDS, LATER_FROM, NEWEST_FROM),
        ("387-498", NEWEST_THRESHOLDS, NEWEST_FROM, LATEST_FROM),
        ("515-546", LATEST_THRESHOLDS, LATEST_FROM, "999.txt"),
    )
    for part, floors, first, beyond in parts:
        subset = tmp_path / f"gold-{part}.json"
        subset.write_text(
            json.dumps({name: doc for name, doc in gold.items() if first <= name < beyond}), encoding="utf-8"
        )
        result, report = score_export(export, subset)
        low = {k: (result[k]["f1"], floor) for k, floor in floors.items() if result[k]["f1"] < floor}
        assert not low, (
            f"F1 below the floor on tests/corpus {part} (category: (f1, floor)): {low}\n"
            f"per-document misses and extras:\n{report}"
        )
