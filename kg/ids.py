"""Stable, IRI-safe identifiers.

Ids are minted from a safe alphabet only (``a-z0-9-``), so they can be pasted
into any IRI without escaping; the same input always gives the same id.
"""

from __future__ import annotations

import functools
import hashlib
import re

from kg.folding import fold

_UNSAFE = re.compile(r"[^a-z0-9]+")


def slugify(text: str, *, max_length: int = 60) -> str:
    """Turn any text into a lowercase ``a-z0-9-`` slug, its ``kg.folding.fold`` with
    every run of other characters made one hyphen; never empty.

    >>> slugify("Kassym-Jomart Tokayev")
    'kassym-jomart-tokayev'
    >>> slugify("Égypte’s <script>")
    'egyptes-script'
    >>> slugify("???")
    'x'
    """
    slug = _UNSAFE.sub("-", fold(text)).strip("-")[:max_length].strip("-")
    return slug or "x"


def short_hash(*parts: object, length: int = 12) -> str:
    """A short, stable hex digest of ``parts``.

    >>> short_hash("a", 1)
    '839e11a421d3'
    """
    # "surrogatepass": a lone surrogate (text decoded with errors="surrogateescape")
    # hashes too; every other string gives the same bytes as plain UTF-8.
    digest = hashlib.sha256("\x1f".join(map(str, parts)).encode("utf-8", "surrogatepass")).hexdigest()
    return digest[:length]


@functools.lru_cache(maxsize=1 << 15, typed=True)
def record_id(*parts: object) -> str:
    """``short_hash(*parts, length=16)``, memoised: a record's id (an event's, a
    quote's, an edge's) is a property made from its fields, and the exporters ask
    each record for it a dozen times (46,000 digests for 200 articles). ``typed``:
    ``1`` and ``True`` are different parts, as their text is.

    >>> record_id("event", "doc", 3, 9) == short_hash("event", "doc", 3, 9, length=16)
    True
    """
    return short_hash(*parts, length=16)
