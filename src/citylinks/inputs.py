"""Turning the paths given on the command line into input sources.

Directories are walked recursively in sorted order; a symlink loop is detected
(by the real path of each directory) and never followed twice. ``-`` is stdin.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Iterable, Iterator

from citylinks.components import InputSource, Refusal

STDIN = "-"


def iter_input_sources(paths: Iterable[str]) -> Iterator[InputSource | Refusal]:
    """Every file under the given paths, as an InputSource, or a Refusal naming it and why."""
    for path in paths:
        if path == STDIN:
            yield InputSource(name="<stdin>", data=sys.stdin.buffer.read())
        elif os.path.isdir(path):
            yield from _walk(path, set())
        elif os.path.isfile(path):
            yield InputSource(name=path, path=path)
        elif os.path.lexists(path):
            yield Refusal(path, "not a regular file or directory")
        else:
            yield Refusal(path, "no such file or directory")


def _walk(directory: str, seen: set[str]) -> Iterator[InputSource | Refusal]:
    real = os.path.realpath(directory)
    if real in seen:
        yield Refusal(directory, "symlink loop: directory already visited")
        return
    seen.add(real)
    try:
        entries = sorted(os.scandir(directory), key=lambda e: e.name)
    except OSError as error:
        yield Refusal(directory, f"cannot list directory ({error.strerror or error})")
        return
    for entry in entries:
        if entry.name.startswith("."):
            continue
        full = os.path.join(directory, entry.name)
        try:
            if entry.is_dir():
                yield from _walk(full, seen)
            elif entry.is_file():
                yield InputSource(name=full, path=full)
            else:
                yield Refusal(full, "not a regular file (broken link or special file)")
        except OSError as error:
            yield Refusal(full, f"cannot stat ({error.strerror or error})")
