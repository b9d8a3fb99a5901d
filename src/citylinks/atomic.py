"""Writing an output file atomically: a temporary file beside it, then a rename.

An export that is interrupted, killed or runs out of disk leaves the previous
file untouched and no partial file behind (a SIGKILL can leave the hidden
temporary file, never a damaged output). The new file gets the permission bits
of the file it replaces, or those the umask gives a new file, not the 0600 of a
temporary file.

A target that exists and is not a regular file (``/dev/null``, ``/dev/stdout``, a
named pipe) is written into directly: renaming over it would replace a device or
a pipe with a regular file. A symbolic link as the target is itself replaced by
the new file: the file it pointed at, perhaps outside the output's directory, is
never written.
"""

from __future__ import annotations

import contextlib
import os
import stat
import tempfile
from collections.abc import Iterator
from typing import IO


@contextlib.contextmanager
def atomic_output(path: str) -> Iterator[IO[bytes]]:
    """Open a binary stream whose content replaces ``path`` only when the block succeeds."""
    try:
        existing: os.stat_result | None = os.stat(path)
    except FileNotFoundError:
        existing = None
    if existing is not None and not stat.S_ISREG(existing.st_mode):
        with open(path, "wb") as stream:
            yield stream
        return
    directory = os.path.dirname(os.path.abspath(path))
    # Closed by `with handle:` below; opened before the `try` so that a failure can remove it by name.
    handle = tempfile.NamedTemporaryFile(  # noqa: SIM115
        mode="wb", dir=directory, prefix="." + os.path.basename(path) + ".", suffix=".tmp", delete=False
    )
    try:
        with handle:
            mode = stat.S_IMODE(existing.st_mode) if existing is not None else _new_file_mode()
            os.chmod(handle.name, mode)
            yield handle
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(handle.name, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(handle.name)
        raise


def _new_file_mode() -> int:
    # The umask can only be read by setting it; it is put back at once.
    umask = os.umask(0o022)
    os.umask(umask)
    return 0o666 & ~umask
