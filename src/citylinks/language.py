"""Offline language identification: scripts and stop words, no model to download.

English and Vietnamese are told apart reliably (Vietnamese letters and syllable
words); a few other languages are recognised by script or stop words; anything
else is ``None`` and still processed.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from collections import Counter

_WORD = re.compile(r"[^\W\d_]+", re.UNICODE)
_VI_LETTERS = set("ăâđêôơưĂÂĐÊÔƠƯ")
_STOPWORDS = {
    "en": {"the", "of", "and", "to", "in", "is", "was", "for", "on", "with", "that", "by", "as", "at", "said"},
    "vi": {"và", "của", "các", "những", "với", "được", "cho", "trong", "là", "đã", "có", "này", "một", "người", "tại"},
    "fr": {"le", "la", "les", "des", "et", "est", "une", "du", "dans", "pour", "que", "avec", "sur"},
    "de": {"der", "die", "und", "das", "ist", "mit", "den", "von", "zu", "nicht", "ein", "eine", "auf"},
    "es": {"el", "los", "las", "del", "que", "una", "por", "con", "para", "como", "pero", "sus"},
}
_SCRIPTS = (
    ("HANGUL", "ko"),
    ("HIRAGANA", "ja"),
    ("KATAKANA", "ja"),
    ("CJK", "zh"),
    ("CYRILLIC", "ru"),
    ("THAI", "th"),
    ("ARABIC", "ar"),
)
_BEYOND_LATIN = re.compile("[^\x00-\u024f]")
_VI_CHARS = re.compile("[" + "".join(sorted(_VI_LETTERS)) + "\u1e01-\u1eff]")


@functools.lru_cache(maxsize=4096)
def _script_of(char: str) -> str | None:
    name = unicodedata.name(char, "")
    for marker, code in _SCRIPTS:
        if name.startswith(marker) or f" {marker} " in f" {name} ":
            return code
    return None


def identify_language(text: str, sample_chars: int = 20000) -> str | None:
    """The ISO 639-1 code of the text's language, or None when unsure."""
    sample = text[:sample_chars]
    raw_words = _WORD.findall(sample)
    words = [w.lower() for w in raw_words]
    if not words:
        return None
    # Every letter is in a word (so is a numeral such as '½'); most text needs no finer look.
    letters = "".join(raw_words)
    if not letters.isalpha():
        letters = "".join(c for c in letters if c.isalpha())
    if letters:
        non_latin: dict[str, int] = {}
        for char in _BEYOND_LATIN.findall(letters[:5000]):
            script = _script_of(char)
            if script is not None:
                non_latin[script] = non_latin.get(script, 0) + 1
        if non_latin:
            code, count = max(non_latin.items(), key=lambda kv: kv[1])
            if count > len(letters[:5000]) * 0.3:
                if code == "zh" and (non_latin.get("ja", 0) > count * 0.1):
                    return "ja"
                return code
    counts = Counter(words)
    scores = {code: sum(counts[w] for w in stop) for code, stop in _STOPWORDS.items()}
    vi_letters = len(_VI_CHARS.findall(sample))
    scores["vi"] += vi_letters // 2
    best = max(scores, key=lambda code: scores[code])
    if scores[best] < max(2, len(words) // 50):
        return None
    return best
