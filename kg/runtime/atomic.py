"""Write export files atomically: a build that fails, crashes or is interrupted
midway leaves the previous file intact.

The data goes to a hidden temporary file beside the target (same folder, so the
same file system), is flushed to disk, and only then renamed over the target:
``os.replace`` is atomic on POSIX and Windows, so a reader sees the old file or
the new one, never half of either. On any failure, Ctrl-C included, the
temporary file is removed; only a hard kill can leave one behind
(``.graph.ttl.*.tmp``), never a damaged target.

Ctrl-C can strike between any two Python operations, so the temporary file's
name is chosen *before* the file is created and every step from the creation
on sits inside the ``try`` that removes it: there is no moment at which the
file exists and the clean-up does not know its name. (``tempfile.mkstemp``
could be interrupted after creating its file and before returning the name.)
"""

from __future__ import annotations

import contextlib
import os
import secrets
from collections.abc import Iterator
from pathlib import Path
from typing import IO

from kg.errors import ExportError


def temporary_name(path: Path) -> Path:
    """A fresh hidden name beside ``path`` for a file that will replace it (not yet created)."""
    return path.parent / f".{path.name}.{secrets.token_hex(6)}.tmp"


def create_exclusive(temporary: Path) -> int:
    """Create ``temporary`` (which must not exist) for writing, private to the owner."""
    return os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0), 0o600)


def atomic_write(path: str | Path, data: str | bytes) -> Path:
    """Write ``data`` (text is written as UTF-8) to ``path`` atomically.

    Raises:
        ExportError: the folder cannot be created or written; ``path`` is then unchanged.

    >>> import tempfile, pathlib
    >>> target = pathlib.Path(tempfile.mkdtemp()) / "a.txt"
    >>> atomic_write(target, "one").read_text(), atomic_write(target, b"two").read_text()
    ('one', 'two')
    """
    payload = data.encode("utf-8") if isinstance(data, str) else data
    with atomic_open(path, "wb") as stream:
        stream.write(payload)
    return Path(path)


@contextlib.contextmanager
def atomic_open(path: str | Path, mode: str = "w") -> Iterator[IO]:
    """Open a temporary file to stream an export into; it replaces ``path`` on success.

    Text mode writes UTF-8 with ``\\n`` line ends. If the ``with`` block raises
    (or is interrupted), ``path`` is left as it was and the temporary file is removed.

    Raises:
        ExportError: the folder cannot be created or written.
    """
    if mode not in ("w", "wb"):
        raise ValueError(f"atomic_open writes only ('w' or 'wb'), not {mode!r}")
    path = Path(path)
    _make_folder(path)
    temporary = temporary_name(path)
    try:
        handle = _create(path, temporary)
        if mode == "wb":
            stream: IO = os.fdopen(handle, "wb")
        else:
            stream = os.fdopen(handle, "w", encoding="utf-8", newline="\n")
        with stream:
            yield stream
            stream.flush()
            os.fsync(stream.fileno())
        _publish(temporary, path)
    except BaseException as error:
        temporary.unlink(missing_ok=True)
        _raise_as_export_error(path, error)
        raise
    _sync_folder(path.parent)


def _make_folder(path: Path) -> None:
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        raise ExportError(str(path), f"cannot write here ({error.strerror or error})") from error


def _create(path: Path, temporary: Path) -> int:
    try:
        return create_exclusive(temporary)
    except OSError as error:
        raise ExportError(str(path), f"cannot write here ({error.strerror or error})") from error


def _publish(temporary: Path, path: Path) -> None:
    # The file was created private (0600); exports are meant to be shared.
    os.chmod(temporary, 0o644)
    os.replace(temporary, path)


def _raise_as_export_error(path: Path, error: BaseException) -> None:
    """Turn a failed write (disk full, permission lost midway) into an ExportError naming the file."""
    if isinstance(error, OSError):
        raise ExportError(str(path), f"cannot write ({error.strerror or error})") from error


def _sync_folder(folder: Path) -> None:
    """Make the rename itself durable (POSIX); harmless where folders cannot be opened."""
    try:
        descriptor = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(descriptor)
    except OSError:
        pass
    finally:
        os.close(descriptor)
