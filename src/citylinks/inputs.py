"""Turning the paths given on the command line into input sources.

Directories are walked recursively in sorted order; a symlink loop is detected
(by the device and inode of each directory) and never followed twice. ``-`` is stdin,
read up to the article size limit (``--max-bytes``) and refused beyond it.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Iterable, Iterator

from citylinks.components import InputSource, Refusal
from citylinks.decoding import current_max_bytes, too_large

STDIN = "-"


def iter_input_sources(paths: Iterable[str]) -> Iterator[InputSource | Refusal]:
    """Every file under the given paths, as an InputSource, or a Refusal naming it and why."""
    for path in paths:
        if path == STDIN:
            yield _stdin()
        elif os.path.isdir(path):
            yield from _walk(path)
        elif os.path.isfile(path):
            yield InputSource(name=path, path=path)
        elif os.path.lexists(path):
            yield Refusal(path, "not a regular file or directory")
        else:
            yield Refusal(path, "no such file or directory")


def _stdin() -> InputSource | Refusal:
    # A pipe has no size to check first: read one byte past the limit and no more.
    limit = current_max_bytes()
    data = sys.stdin.buffer.read(limit + 1)
    if len(data) > limit:
        return Refusal("<stdin>", str(too_large(f"more than {limit}", limit)))
    return InputSource(name="<stdin>", data=data)


def _walk(top: str) -> Iterator[InputSource | Refusal]:
    seen: set[tuple[int, int]] = set()
    # A stack of directory listings, not recursion: a tree may be deeper than Python's recursion limit.
    stack: list[Iterator[os.DirEntry]] = []
    opened = _list_directory(top, seen)
    if isinstance(opened, Refusal):
        yield opened
        return
    stack.append(opened)
    while stack:
        entry = next(stack[-1], None)
        if entry is None:
            stack.pop()
            continue
        if entry.name.startswith("."):
            continue
        full = entry.path
        try:
            if entry.is_dir():
                opened = _list_directory(full, seen)
                if isinstance(opened, Refusal):
                    yield opened
                else:
                    stack.append(opened)
            elif entry.is_file():
                yield InputSource(name=full, path=full)
            else:
                yield Refusal(full, "not a regular file (broken link or special file)")
        except OSError as error:
            yield Refusal(full, f"cannot stat ({error.strerror or error})")


def _list_directory(directory: str, seen: set[tuple[int, int]]) -> Iterator[os.DirEntry] | Refusal:
    """The directory's entries in name order, or a Refusal when it was seen before or cannot be listed."""
    try:
        # The directory's identity, not its real path: one stat, however deep the tree.
        status = os.stat(directory)
        if (status.st_dev, status.st_ino) in seen:
            return Refusal(directory, "symlink loop: directory already visited")
        seen.add((status.st_dev, status.st_ino))
        with os.scandir(directory) as listing:
            return iter(sorted(listing, key=lambda e: e.name))
    except OSError as error:
        return Refusal(directory, f"cannot list directory ({error.strerror or error})")
