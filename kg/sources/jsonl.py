"""JSON Lines input: one article per line, with ``text`` and optionally ``title``,
``date``, ``id``, ``url``.

A bad line is reported as ``file:line`` and skipped; the other lines are read.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import TYPE_CHECKING

from kg.errors import InputError
from kg.records import Document
from kg.sources.article import parse_article
from kg.sources.decoding import _MAGIC, clean_line

if TYPE_CHECKING:
    from kg.sources.discover import Source

_TEXT_FIELDS = ("text", "body", "content", "article")
_TITLE_FIELDS = ("title", "headline")
_DATE_FIELDS = ("date", "datePublished", "published", "published_at")
_URL_FIELDS = ("url", "link")


def read_json_lines(source: Source, data: bytes, *, problems: list[InputError]) -> Iterator[Document]:
    """One document per line; a bad line is reported as ``file:line`` and the rest go on."""
    for magic, what in _MAGIC:
        if data.startswith(magic):
            problems.append(InputError(source.display, f"binary file: {what}"))
            return
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    found = False
    for number, raw in enumerate(data.split(b"\n"), start=1):
        where = f"{source.display}:{number}"
        if not raw.strip():
            continue
        try:
            document = _json_record(raw, where=where, stem=f"{source.path.stem}-{number}")
        except InputError as error:
            problems.append(error)
            continue
        found = True
        yield document
    if not found and not any(problem.path.startswith(source.display + ":") for problem in problems):
        problems.append(InputError(source.display, "no JSON Lines records (only blank lines)"))


def _json_record(raw: bytes, *, where: str, stem: str) -> Document:
    try:
        line = raw.decode("utf-8")
    except UnicodeDecodeError as error:
        raise InputError(where, f"not UTF-8 (byte 0x{raw[error.start]:02x} at column {error.start + 1}); "
                                "JSON Lines must be UTF-8") from error
    try:
        record = json.loads(line)
    except json.JSONDecodeError as error:
        raise InputError(where, f"invalid JSON ({error.msg}, column {error.colno})") from error
    except RecursionError as error:
        raise InputError(where, "invalid JSON (nested too deeply)") from error
    if not isinstance(record, dict):
        raise InputError(where, f"a JSON {type(record).__name__}, not an object with a \"text\" field")
    text = _field(record, _TEXT_FIELDS, where)
    if text is None:
        raise InputError(where, "no \"text\" field (a string with the article body)")
    if not text.strip():
        raise InputError(where, "empty \"text\" field")
    title = _field(record, _TITLE_FIELDS, where)
    date = _field(record, _DATE_FIELDS, where)
    meta: list[tuple[str, str]] = []
    url = _field(record, _URL_FIELDS, where)
    if url:
        meta.append(("url", clean_line(url)))
    given_id = record.get("id")
    if isinstance(given_id, (str, int)) and not isinstance(given_id, bool) and str(given_id).strip():
        stem = str(given_id)
    return parse_article(text, source=where, stem=clean_line(stem), title=title, date=date, meta=tuple(meta))


def _field(record: dict, names: tuple[str, ...], where: str) -> str | None:
    for name in names:
        if name in record and record[name] is not None:
            value = record[name]
            if not isinstance(value, str):
                raise InputError(where, f"field {name!r} is a JSON {type(value).__name__}, not a string")
            return value
    return None
