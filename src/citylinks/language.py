"""Offline language identification: scripts and stop words, no model to download.

English and Vietnamese are told apart reliably (Vietnamese letters and syllable
words); a few other languages are recognised by script or stop words; anything
else is ``None`` and still processed.
"""

from __future__ import annotations

import re
import unicodedata

_WORD = re.compile(r"[^\W\d_]+", re.UNICODE)
_VI_LETTERS = set("ăâđêôơưĂÂĐÊÔƠƯ")
_STOPWORDS = {
    "en": {"the", "of", "and", "to", "in", "is", "was", "for", "on", "with", "that", "by", "as", "at", "said"},
    "vi": {"và", "của", "các", "những", "với", "được", "cho", "trong", "là", "đã", "có", "này", "một", "người", "tại"},
    "fr": {"le", "la", "les", "des", "et", "est", "une", "du", "dans", "pour", "que", "avec", "sur"},
    "de": {"der", "die", "und", "das", "ist", "mit", "den", "von", "zu", "nicht", "ein", "eine", "auf"},
    "es": {"el", "los", "las", "del", "que", "una", "por", "con", "para", "como", "pero", "sus"},
}
_SCRIPTS = (("HANGUL", "ko"), ("HIRAGANA", "ja"), ("KATAKANA", "ja"), ("CJK", "zh"), ("CYRILLIC", "ru"), ("THAI", "th"), ("ARABIC", "ar"))


def identify_language(text: str, sample_chars: int = 20000) -> str | None:
    """The ISO 639-1 code of the text's language, or None when unsure."""
    sample = text[:sample_chars]
    words = [w.lower() for w in _WORD.findall(sample)]
    if not words:
        return None
    letters = [c for c in sample if c.isalpha()]
    if letters:
        non_latin: dict[str, int] = {}
        for char in letters[:5000]:
            if ord(char) < 0x250:
                continue
            name = unicodedata.name(char, "")
            for marker, code in _SCRIPTS:
                if name.startswith(marker) or f" {marker} " in f" {name} ":
                    non_latin[code] = non_latin.get(code, 0) + 1
                    break
        if non_latin:
            code, count = max(non_latin.items(), key=lambda kv: kv[1])
            if count > len(letters[:5000]) * 0.3:
                if code == "zh" and (non_latin.get("ja", 0) > count * 0.1):
                    return "ja"
                return code
    scores = {code: sum(1 for w in words if w in stop) for code, stop in _STOPWORDS.items()}
    vi_letters = sum(1 for c in sample if c in _VI_LETTERS or (ord(c) > 0x1E00 and ord(c) < 0x1F00))
    scores["vi"] += vi_letters // 2
    best = max(scores, key=lambda code: scores[code])
    if scores[best] < max(2, len(words) // 50):
        return None
    return best
