"""Make text safe to place inside XML 1.0 and iCalendar values, and names safe to display.

``display_name`` is stricter, for names only (partners, persons, titles): see its
docstring and the ``display-names`` enricher that applies it.

``safe_text`` is the one sanitiser the text exporters (iCalendar, GraphML) share.
It removes every character that either format cannot carry or that would let a
sentence change how its surroundings look:

- characters XML 1.0 forbids (surrogates, U+FFFE, U+FFFF),
- C0 and C1 control characters, except tab and newline,
- the bidirectional embedding, override and isolate controls
  (U+202A-U+202E, U+2066-U+2069), which can make a name display reversed,
- U+FEFF, a byte-order mark: invisible inside text, and dropped by some
  readers (icalendar) at the start of a value, so it would not read back.

Line breaks written as ``\\r\\n`` or a lone ``\\r`` become ``\\n`` first, so that
removing carriage returns never glues two lines into one word.

The JSON exports do not use it: JSON escapes anything, and evidence text must
stay exactly as read so that its character offsets still point at it. What JSON
cannot carry either is a lone surrogate (a file name that is not valid UTF-8
reaches Python as one); ``without_surrogates`` replaces each with U+FFFD, one
character for one, so offsets still hold.
"""

from __future__ import annotations

import re

_LINE_BREAK = re.compile(r"\r\n?")
_UNSAFE = re.compile(
    "["
    "\x00-\x08\x0b-\x1f"  # C0 controls except tab (\x09) and newline (\x0a)
    "\x7f-\x9f"  # DEL and the C1 controls
    "\u202a-\u202e"  # bidi embeddings and overrides
    "\u2066-\u2069"  # bidi isolates
    "\ud800-\udfff"  # lone surrogates: not characters, illegal in XML
    "\ufeff"  # byte-order mark
    "\ufffe\uffff"  # XML 1.0 noncharacters
    "]"
)


_SURROGATE = re.compile("[\ud800-\udfff]")


def without_surrogates(text: str) -> str:
    """``text`` with each lone surrogate replaced by U+FFFD (the replacement character)."""
    return _SURROGATE.sub("\ufffd", text)


def safe_text(text: str) -> str:
    """``text`` with line breaks unified to ``\\n`` and unsafe characters removed."""
    return _UNSAFE.sub("", _LINE_BREAK.sub("\n", text))


_INVISIBLE_IN_NAMES = re.compile(
    "["
    "\x00-\x08\x0e-\x1f\x7f-\x84\x86-\x9f"  # control characters that are not line breaks or spaces
    "\u061c\u200e\u200f"  # bidi marks
    "\u202a-\u202e\u2066-\u2069"  # bidi embeddings, overrides and isolates
    "\ud800-\udfff\ufeff\ufffe\uffff"
    "]"
)
_SPACING = re.compile(r"\s+")


def display_name(text: str) -> str:
    """A name as it should display: without control characters, bidi overrides and
    marks, or a byte-order mark; every run of whitespace (line breaks, tabs) one space."""
    return _SPACING.sub(" ", _INVISIBLE_IN_NAMES.sub("", text)).strip()
