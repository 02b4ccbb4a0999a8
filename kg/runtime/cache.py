"""The per-document cache: each document's ``DocumentGraph``, kept between builds.

A build looks every document up by a key made of the document's content (its
text, title, date, source, meta and id), the spaCy pipeline's name and version,
kg's version and the cache format; only documents without an entry are parsed.
Adding one article to a built corpus therefore parses that article alone, and
the graph folded from cached and fresh parts is the one a fresh build gives.

Entries are JSON written by a small versioned codec that is generic over the
records' dataclass fields (no pickle: a cache folder is data, never code), one
file per document under ``<cache>/v<FORMAT>/<2 hex>/<key>.json``, each written
atomically so that an interrupted build leaves no half entry behind.
"""

from __future__ import annotations

import dataclasses
import functools
import hashlib
import json
import os
import types
import typing
from dataclasses import dataclass
from enum import Enum
from pathlib import Path
from typing import Any

from kg.records import Document, DocumentGraph
from kg.runtime.atomic import create_exclusive, temporary_name
from kg.version import __version__

FORMAT = 2  # 2: Entity.described
"""Version of the entry layout; entries of another format are never read."""
CACHE_DIRNAME = ".kg-cache"


@dataclass(frozen=True, slots=True)
class Entry:
    """What the cache keeps for one document: its graph and its word count (for progress)."""

    part: DocumentGraph
    words: int


# -- codec ------------------------------------------------------------------------


def encode(record: Any) -> Any:
    """A dataclass record as plain JSON values, field by field (``None`` and defaults kept).

    >>> from kg.records import Evidence
    >>> encode(Evidence("d", "It rained.", 0, 10))
    {'document': 'd', 'sentence': 'It rained.', 'start': 0, 'end': 10}
    """
    if dataclasses.is_dataclass(record) and not isinstance(record, type):
        return {field.name: encode(getattr(record, field.name)) for field in dataclasses.fields(record)}
    if isinstance(record, Enum):
        return record.value
    if isinstance(record, (tuple, list)):
        return [encode(item) for item in record]
    if record is None or isinstance(record, (str, int, float, bool)):
        return record
    raise TypeError(f"cache: cannot encode {type(record).__name__}")


def decode(kind: Any, value: Any) -> Any:
    """Rebuild a value of type ``kind`` (a dataclass or a type hint) from ``encode``'s output.

    Fields missing from ``value`` take their defaults, so optional fields added to
    a record later read old entries; unknown keys are an error (``ValueError``).

    >>> from kg.records import Evidence
    >>> decode(Evidence, {"document": "d", "sentence": "It rained.", "start": 0, "end": 10})
    Evidence(document='d', sentence='It rained.', start=0, end=10)
    """
    if isinstance(kind, type) and dataclasses.is_dataclass(kind):
        if not isinstance(value, dict):
            raise ValueError(f"cache: expected an object for {kind.__name__}")
        hints = _hints(kind)
        unknown = set(value) - set(hints)
        if unknown:
            raise ValueError(f"cache: unknown field(s) {sorted(unknown)} for {kind.__name__}")
        return kind(**{name: decode(hints[name], item) for name, item in value.items()})
    origin = typing.get_origin(kind)
    if origin in (typing.Union, types.UnionType):
        options = typing.get_args(kind)
        if value is None and type(None) in options:
            return None
        for option in options:
            if option is not type(None):
                return decode(option, value)
    if origin is tuple:
        args = typing.get_args(kind)
        if len(args) == 2 and args[1] is Ellipsis:
            return tuple(decode(args[0], item) for item in value)
        return tuple(decode(arg, item) for arg, item in zip(args, value, strict=True))
    if isinstance(kind, type) and issubclass(kind, Enum):
        return kind(value)
    if kind is float and isinstance(value, int):
        return float(value)
    if kind in (str, int, float, bool) and not isinstance(value, kind):
        raise ValueError(f"cache: expected {kind.__name__}, got {type(value).__name__}")
    return value


_HINTS: dict[type, dict[str, Any]] = {}


def _hints(kind: type) -> dict[str, Any]:
    if kind not in _HINTS:
        names = {field.name for field in dataclasses.fields(kind)}
        _HINTS[kind] = {name: hint for name, hint in typing.get_type_hints(kind).items() if name in names}
    return _HINTS[kind]


def dumps(entry: Entry) -> str:
    """One cache entry as compact JSON text."""
    payload = {"format": FORMAT, "kg": __version__, "words": entry.words, "part": encode(entry.part)}
    return json.dumps(payload, ensure_ascii=False, separators=(",", ":"))


def loads(text: str) -> Entry:
    """Read ``dumps``'s text back. Raises ``ValueError`` for another format or a damaged entry."""
    payload = json.loads(text)
    if payload.get("format") != FORMAT or payload.get("kg") != __version__:
        raise ValueError("cache: entry of another format or kg version")
    return Entry(part=decode(DocumentGraph, payload["part"]), words=int(payload["words"]))


# -- store ------------------------------------------------------------------------


@functools.cache
def code_fingerprint() -> str:
    """A hash of kg's own code and word lists: a rule changed without a version
    bump (a development checkout) must not be answered from a stale cache."""
    package = Path(__file__).resolve().parents[1]  # kg/, from kg/runtime/cache.py
    digest = hashlib.sha256()
    for path in sorted(package.rglob("*")):
        if path.is_file() and path.suffix in {".py", ".txt", ".tsv", ".js", ".css", ".html"}:
            digest.update(path.relative_to(package).as_posix().encode("utf-8"))
            digest.update(path.read_bytes())
    predicates = package.parent / "ontology" / "predicates.tsv"
    if predicates.is_file():
        digest.update(predicates.read_bytes())
    return digest.hexdigest()[:16]


def document_key(document: Document, pipeline: str, *, settings: str = "") -> str:
    """The cache key of ``document`` read by ``pipeline``: a SHA-256 of all it depends on.

    >>> document = Document(id="a", text="It rained.")
    >>> document_key(document, "en_core_web_sm 3.8.0") == document_key(document, "en_core_web_sm 3.8.1")
    False
    """
    digest = hashlib.sha256()
    version, code, body = f"kg {__version__}", code_fingerprint(), json.dumps(encode(document))
    parts = (version, code, f"format {FORMAT}", pipeline, settings, body)
    for part in parts:
        digest.update(part.encode("utf-8"))
        digest.update(b"\x00")
    return digest.hexdigest()


class DocumentCache:
    """Cache entries in a folder (created on first write).

    Args:
        folder: The cache folder, e.g. ``exports/.kg-cache``.
    """

    def __init__(self, folder: str | Path) -> None:
        self.folder = Path(folder)
        self.hits = 0
        self.misses = 0

    def _path(self, key: str) -> Path:
        return self.folder / f"v{FORMAT}" / key[:2] / f"{key}.json"

    def get(self, key: str) -> Entry | None:
        """The entry under ``key``, or ``None`` (missing, unreadable or damaged entries are misses)."""
        try:
            entry = loads(self._path(key).read_text(encoding="utf-8"))
        except (OSError, ValueError, KeyError, TypeError):
            self.misses += 1
            return None
        self.hits += 1
        return entry

    def put(self, key: str, entry: Entry) -> None:
        """Store ``entry`` under ``key``, atomically. A cache that cannot be written is skipped:
        the cache only saves time, it never fails a build."""
        path = self._path(key)
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
        except OSError:
            return
        temporary = temporary_name(path)  # named before it exists: Ctrl-C cannot orphan it
        try:
            with os.fdopen(create_exclusive(temporary), "w", encoding="utf-8") as stream:
                stream.write(dumps(entry))
            os.replace(temporary, path)
        except BaseException as error:
            temporary.unlink(missing_ok=True)
            if not isinstance(error, OSError):  # an unwritable cache is skipped; Ctrl-C is not
                raise
