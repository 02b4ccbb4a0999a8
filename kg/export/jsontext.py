"""JSON text exactly as ``json.dumps(value, indent=2, sort_keys=True,
ensure_ascii=False)`` writes it, in a fraction of the time.

With ``indent`` set, the standard library falls back from its C encoder to a
generator-per-container Python encoder; on a large export (the JSON-LD of a
whole news archive) that was the export's slowest step. Strings go through the
standard library's own string encoder, and any value other than a string,
list or dict through ``json.dumps`` itself, so the escaping is json's.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable
from json.encoder import encode_basestring

_INDENT = "  "


def dumps_indented(value: object) -> str:
    """``json.dumps(value, indent=2, sort_keys=True, ensure_ascii=False)``.

    >>> value = {"b": [1, 2.5, None, True], "a": {"x": "é\\n\\"", "y": []}, "c": {}}
    >>> dumps_indented(value) == json.dumps(value, indent=2, sort_keys=True, ensure_ascii=False)
    True
    """
    pieces: list[str] = []
    _write(value, pieces, "\n")
    return "".join(pieces)


def write_indented(write: Callable[[str], object], value: dict, last: str, items: Iterable[object]) -> None:
    """Write ``dumps_indented({**value, last: list(items)})`` piece by piece, the list's
    items as they come: an export's ``@graph`` need never be in memory at once.
    ``last`` must sort after every key of ``value``.

    >>> pieces = []
    >>> write_indented(pieces.append, {"@context": {"a": 1}}, "@graph", iter([{"x": [1]}, "y"]))
    >>> "".join(pieces) == dumps_indented({"@context": {"a": 1}, "@graph": [{"x": [1]}, "y"]})
    True
    >>> pieces = []
    >>> write_indented(pieces.append, {}, "@graph", [])
    >>> "".join(pieces) == dumps_indented({"@graph": []})
    True
    """
    if any(key >= last for key in value):
        raise ValueError(f"the streamed key {last!r} must sort after every other key")
    inner = "\n" + _INDENT
    separator = "{" + inner
    for key in sorted(value):
        pieces = [separator, encode_basestring(key), ": "]
        _write(value[key], pieces, inner)
        write("".join(pieces))
        separator = "," + inner
    write(separator + encode_basestring(last) + ": ")
    item_line = inner + _INDENT
    opening = "[" + item_line
    for item in items:
        pieces = [opening]
        _write(item, pieces, item_line)
        write("".join(pieces))
        opening = "," + item_line
    write("[]" if opening.startswith("[") else inner + "]")
    write("\n}")


def sort_key(value: object) -> str:
    """``json.dumps(value, sort_keys=True, ensure_ascii=False)``, the usual way to
    order JSON values deterministically, with fast paths for strings and flat objects.

    >>> sort_key({"@value": "x", "@type": "t"}) == json.dumps({"@value": "x", "@type": "t"}, sort_keys=True)
    True
    """
    if isinstance(value, str):
        return encode_basestring(value)
    if isinstance(value, dict) and all(type(item) is str for item in value.values()):
        pairs = (f"{encode_basestring(key)}: {encode_basestring(value[key])}" for key in sorted(value))
        return "{" + ", ".join(pairs) + "}"
    return json.dumps(value, sort_keys=True, ensure_ascii=False)


def _write(value: object, pieces: list[str], newline: str) -> None:
    """Append ``value``'s text to ``pieces``; ``newline`` is a line break and the
    indentation of the line ``value`` starts on."""
    if type(value) is str:
        pieces.append(encode_basestring(value))
    elif isinstance(value, dict):
        if not value:
            pieces.append("{}")
            return
        inner = newline + _INDENT
        separator = "{" + inner
        for key in sorted(value):
            if not isinstance(key, str):
                raise TypeError(f"JSON object keys must be strings here, not {key!r}")
            pieces.append(separator)
            pieces.append(encode_basestring(key))
            pieces.append(": ")
            _write(value[key], pieces, inner)
            separator = "," + inner
        pieces.append(newline + "}")
    elif isinstance(value, (list, tuple)):
        if not value:
            pieces.append("[]")
            return
        inner = newline + _INDENT
        separator = "[" + inner
        for item in value:
            pieces.append(separator)
            _write(item, pieces, inner)
            separator = "," + inner
        pieces.append(newline + "]")
    else:
        pieces.append(json.dumps(value, ensure_ascii=False))
