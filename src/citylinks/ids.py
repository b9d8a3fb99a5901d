"""Stable, content-derived identifiers: the same input gives the same ids on every machine."""

from __future__ import annotations

import hashlib
import re
import unicodedata
from collections.abc import Iterable


def document_id(text: str) -> str:
    """The id of a document: the SHA-256 of its text as read (UTF-8)."""
    return "sha256:" + hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()


def fold_accents(text: str) -> str:
    """The text without its accents, ``đ`` read as ``d`` ("Thành phố Đà Nẵng" → "Thanh pho Da Nang")."""
    folded = unicodedata.normalize("NFKD", text.replace("đ", "d").replace("Đ", "D"))
    return "".join(c for c in folded if not unicodedata.combining(c))


def slug(text: str) -> str:
    """An ASCII slug: accents folded, ``đ`` read as ``d``, everything else collapsed to ``-``."""
    ascii_text = fold_accents(text).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", ascii_text.lower()).strip("-") or "x"


def digest_id(prefix: str, parts: Iterable[object], length: int = 16) -> str:
    """``prefix-<hex>`` from the given parts, joined unambiguously."""
    joined = "\x1f".join(str(part) for part in parts)
    return f"{prefix}-{hashlib.sha256(joined.encode('utf-8', 'surrogatepass')).hexdigest()[:length]}"
