"""Read articles from files and folders into ``Document`` records.

Formats, by file name: plain text (``.txt``, ``.text``), Markdown (``.md``,
``.markdown``: markup stripped), HTML (``.html``, ``.htm``: visible text only)
and JSON Lines (``.jsonl``, ``.ndjson``: one article per line, with ``text``
and optionally ``title``, ``date``, ``id``, ``url``). A file named on the
command line with another suffix is read as plain text.

Knows the furniture of a news article: a leading ``date YYYY-MM-DD Title`` line
(or a bare headline line), datelines such as ``Thu, 13 Jan, 2022 - 10:58``,
bylines (``Associated Press Reporter``, ``By Jane Doe``) and photo credits in
parentheses at the end of a caption (``(Jane Doe/AP)``). Furniture goes into
``Document.meta``; the body keeps one paragraph per block, separated by a blank
line, so a caption never fuses with the next sentence.

Bad input never stops a build: a file that cannot be read as an article
raises (or, for one line of a JSON Lines file, records) an ``InputError``
naming the file and the reason; the caller skips it. Decoding (UTF-8, a bounded
Windows-1252 fallback with a warning, binary detection) lives in
``kg.decoding``; every string that leaves this module has passed its
``clean_text``, so no export format ever meets a character it cannot carry.
"""

from __future__ import annotations

import errno
import json
import os
import re
import stat
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, replace
from pathlib import Path

from kg.decoding import _MAGIC, clean_line, clean_text, decode
from kg.errors import InputError, InputWarning, printable
from kg.ids import short_hash, slugify
from kg.markup import MarkedUpArticle, html_to_article, markdown_to_article
from kg.records import Document

FORMATS = {
    ".txt": "text",
    ".text": "text",
    ".md": "markdown",
    ".markdown": "markdown",
    ".html": "html",
    ".htm": "html",
    ".xhtml": "html",
    ".jsonl": "jsonl",
    ".ndjson": "jsonl",
}
"""File suffix → format. Folders are searched for these suffixes only."""
TEXT_SUFFIXES = tuple(FORMATS)

_DATE_HEADER = re.compile(r"^\s*date\s+(\d{4}-\d{2}-\d{2})\s*(.*?)\s*$", re.IGNORECASE)
_DATELINE = re.compile(
    r"^(?:(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*,?\s+)?\d{1,2}\s+[A-Z][a-z]{2,8},?\s+\d{4}"
    r"(?:\s*[-–,]\s*\d{1,2}:\d{2}(?:\s*[AP]M)?)?(?:\s+[A-Z]{2,4})?$"
    r"|^(?:Updated|Published|Posted)\b.*\d{4}.*$",
    re.IGNORECASE,
)
_BYLINE = re.compile(
    r"^(?:By\s+[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+){0,4}(?:\s*(?:,|and)\s*[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+){0,3})*"
    r"|(?:[A-Z][\w&.-]*\s+){0,4}(?:Reporter|Correspondent|Staff|Staff Writer|Editor|Writer|Newsroom|Desk))$"
)
# A photo credit closing a caption: "(Vladimir Tretyakov/NUR.KZ via AP)", "(Photo: Reuters)".
_CREDIT = re.compile(r"\s*\(((?:Photo|Image|Picture|Credit)s?:[^()]*|[^()]*(?:/|\bvia\b)[^()]*)\)\s*$", re.IGNORECASE)
_SENTENCE_END = re.compile(r"[.!?…:;\"'”’)\]]\s*$")
_MARKDOWN_HEADING = re.compile(r"^#{1,6}\s+")
_ISO_DATE = re.compile(r"^(\d{4})-(\d{2})-(\d{2})(?:$|[T ])")
# Furniture is short: longer lines skip the furniture patterns, so a 5 MB line costs linear time.
_FURNITURE_MAX = 300
_CREDIT_TAIL = 400

@dataclass(frozen=True, slots=True)
class Source:
    """A file to read, and the name to show for it (as the user gave it, printable)."""

    path: Path
    display: str

    @property
    def format(self) -> str:
        """``text``, ``markdown``, ``html`` or ``jsonl``, from the file name."""
        return FORMATS.get(self.path.suffix.lower(), "text")


def find_sources(paths: Iterable[str | Path], *, problems: list[InputError]) -> Iterator[Source]:
    """Expand files and folders into article files: folders recursively, in sorted order.

    Folders are searched for the suffixes in ``FORMATS``; hidden files and folders
    (``.git``) are left out; symbolic links are followed, but a folder is never
    entered twice, so a link loop ends. Paths that do not exist, broken links,
    link loops and things that are not regular files are reported in ``problems``.
    """
    for raw in paths:
        display = printable(os.fsdecode(raw))
        path = Path(raw)
        status = _stat(path, display, problems)
        if status is None:
            continue
        if stat.S_ISDIR(status.st_mode):
            yield from _walk(path, problems)
        elif stat.S_ISREG(status.st_mode):
            yield Source(path, display)
        else:
            problems.append(InputError(display, "not a regular file (a device, pipe or socket)"))


def _stat(path: Path, display: str, problems: list[InputError]) -> os.stat_result | None:
    try:
        return path.stat()
    except FileNotFoundError:
        if path.is_symlink():
            problems.append(InputError(display, f"broken symbolic link (points to {printable(os.readlink(path))})"))
        else:
            problems.append(InputError(display, "no such file or folder"))
    except OSError as error:
        if error.errno == errno.ELOOP:
            problems.append(InputError(display, "symbolic link loop; fix or remove the link"))
        else:
            problems.append(InputError(display, f"cannot access ({error.strerror or error})"))
    return None


def _walk(folder: Path, problems: list[InputError]) -> Iterator[Source]:
    seen: set[tuple[int, int]] = set()

    def unreadable(error: OSError) -> None:
        name = printable(os.fsdecode(error.filename or folder))
        problems.append(InputError(name, f"cannot list folder ({error.strerror or error})"))

    for root, folders, files in os.walk(folder, followlinks=True, onerror=unreadable):
        here = os.stat(root)
        if (here.st_dev, here.st_ino) in seen:
            folders.clear()  # reached again through a link: a loop or a second way in
            continue
        seen.add((here.st_dev, here.st_ino))
        folders[:] = sorted(name for name in folders if not name.startswith("."))
        for name in sorted(files):
            if name.startswith(".") or Path(name).suffix.lower() not in FORMATS:
                continue
            path = Path(root) / name
            display = printable(os.fsdecode(path.as_posix()))
            status = _stat(path, display, problems)
            if status is None:
                continue
            if stat.S_ISREG(status.st_mode):
                yield Source(path, display)
            else:
                problems.append(InputError(display, "not a regular file (a device, pipe or socket)"))


def read_source(
    source: Source, *, problems: list[InputError], warnings: list[InputWarning] | None = None
) -> Iterator[Document]:
    """Every article in one file: one, or one per good line of a JSON Lines file.

    A file that cannot be read at all, and each bad JSON Lines line, goes to ``problems``.
    """
    try:
        if source.format != "jsonl":
            yield read_document(source, warnings=warnings)
            return
        data = _read_bytes(source)
    except InputError as error:
        problems.append(error)
        return
    yield from _read_json_lines(source, data, problems=problems)


def read_document(source: Source, *, warnings: list[InputWarning] | None = None) -> Document:
    """Read one article file (text, Markdown or HTML).

    Raises:
        InputError: the file is unreadable, binary, undecodable or has no text.
    """
    data = _read_bytes(source)
    text = decode(data, source.display, warnings=warnings)
    if not text.strip():
        raise InputError(source.display, "no article text (only whitespace)")
    stem = source.path.stem
    if source.format == "html":
        return _from_markup(html_to_article(text), source=source.display, stem=stem)
    if source.format == "markdown":
        return _from_markup(markdown_to_article(text), source=source.display, stem=stem)
    return parse_article(text, source=source.display, stem=stem)


def _read_bytes(source: Source) -> bytes:
    try:
        data = source.path.read_bytes()
    except OSError as error:
        raise InputError(source.display, f"cannot read ({error.strerror or error})") from error
    if not data:
        raise InputError(source.display, "no article text (empty file, 0 bytes)")
    return data


def parse_article(
    text: str,
    *,
    source: str = "",
    stem: str | None = None,
    title: str | None = None,
    date: str | None = None,
    meta: tuple[tuple[str, str], ...] = (),
) -> Document:
    """Split raw article text into its furniture and its body.

    A ``title`` or ``date`` given by the caller (from markup or a JSON record) wins
    over a header line; with a ``title`` given, the first line is not taken as one.

    >>> document = parse_article("date 2022-01-13 Big news\\n\\nBy Jane Doe\\n\\nIt rained.", stem="a")
    >>> document.date, document.title, document.text, dict(document.meta)["byline"]
    ('2022-01-13', 'Big news', 'It rained.', 'By Jane Doe')
    """
    lines = [line.strip() for line in clean_text(text).split("\n")]
    meta_list: list[tuple[str, str]] = list(meta)
    title = clean_line(title) if title else None

    while lines and not lines[0]:
        lines.pop(0)
    if lines and title is None:
        header = _DATE_HEADER.match(lines[0]) if len(lines[0]) <= _FURNITURE_MAX else None
        if header:
            date, title = date or header.group(1), header.group(2) or None
            lines.pop(0)
        elif _looks_like_headline(lines):
            title = _MARKDOWN_HEADING.sub("", lines.pop(0))

    paragraphs: list[str] = []
    current: list[str] = []
    for line in lines:
        if not line:
            _close(current, paragraphs)
            continue
        short = len(line) <= _FURNITURE_MAX
        if short and _DATELINE.match(line):
            meta_list.append(("dateline", line))
            _close(current, paragraphs)
            continue
        if short and _BYLINE.match(line):
            meta_list.append(("byline", line))
            _close(current, paragraphs)
            continue
        tail_start = max(0, len(line) - _CREDIT_TAIL)
        credit = _CREDIT.search(line, tail_start)
        if credit:
            meta_list.append(("credit", credit.group(1).strip()))
            line = line[: credit.start()].rstrip()
            current.append(line)
            # A caption is a paragraph of its own.
            _close(current, paragraphs)
            continue
        current.append(_MARKDOWN_HEADING.sub("", line))
        if _SENTENCE_END.search(line, max(0, len(line) - 8)) is None:
            continue  # a hard-wrapped line: the paragraph goes on
        if len(current) > 1 and _SENTENCE_END.search(current[-2], max(0, len(current[-2]) - 8)):
            # Consecutive complete lines in one block are paragraphs of their own.
            last = current.pop()
            _close(current, paragraphs)
            current.append(last)
    _close(current, paragraphs)

    body = "\n\n".join(paragraphs)
    if not body.strip():
        raise InputError(source or "<text>", "no article text (empty or only a header)")
    return Document(
        id=document_id(stem, body),
        text=body,
        title=title or None,
        date=_valid_date(date),
        source=source,
        meta=tuple(meta_list),
    )


def document_id(stem: str | None, body: str) -> str:
    """An IRI-safe id from a file name; a hash where the name has no ASCII letters or digits.

    >>> document_id("My Article (2)", ""), document_id("Пресс-релиз", "")
    ('my-article-2', 'doc-cd40e9be00c0')
    """
    if not stem:
        return "doc-" + short_hash(body)
    slug = slugify(stem, max_length=80)
    return slug if slug != "x" or stem.strip().lower() == "x" else "doc-" + short_hash(stem)


def _valid_date(date: str | None) -> str | None:
    """``YYYY-MM-DD`` when ``date`` starts with a real calendar date, else ``None``."""
    match = _ISO_DATE.match(date or "")
    if not match:
        return None
    import datetime

    try:
        return datetime.date(*map(int, match.groups())).isoformat()
    except ValueError:
        return None


def _close(current: list[str], paragraphs: list[str]) -> None:
    if current:
        paragraph = " ".join(part for part in current if part)
        if paragraph:
            paragraphs.append(paragraph)
        current.clear()


def _looks_like_headline(lines: list[str]) -> bool:
    """A short first line without closing punctuation, followed by a blank line."""
    first = lines[0]
    if len(first) > _FURNITURE_MAX:
        return False
    followed_by_blank = len(lines) > 1 and not lines[1]
    return (
        followed_by_blank
        and len(first.split()) <= 20
        and not first.endswith((".", "!", "?", ":", ";", ","))
    ) or bool(_MARKDOWN_HEADING.match(first))


def _from_markup(article: MarkedUpArticle, *, source: str, stem: str) -> Document:
    paragraphs = list(article.paragraphs)
    # Pages repeat the <title> as the first heading; keep it once, as the title.
    if article.title and paragraphs and clean_line(paragraphs[0]).casefold() == clean_line(article.title).casefold():
        paragraphs.pop(0)
    if not "".join(paragraphs).strip():
        raise InputError(source, "no article text in the markup (only a title, code or scripts)")
    return parse_article("\n\n".join(paragraphs), source=source, stem=stem, title=article.title, date=article.date)


# -- JSON Lines ------------------------------------------------------------------------

_TEXT_FIELDS = ("text", "body", "content", "article")
_TITLE_FIELDS = ("title", "headline")
_DATE_FIELDS = ("date", "datePublished", "published", "published_at")
_URL_FIELDS = ("url", "link")


def _read_json_lines(source: Source, data: bytes, *, problems: list[InputError]) -> Iterator[Document]:
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


def unique_ids(documents: Iterable[Document]) -> Iterator[Document]:
    """Give documents that share an id (same file name in two folders) distinct ids."""
    seen: set[str] = set()
    for document in documents:
        if document.id in seen:
            document = replace(document, id=f"{document.id}-{short_hash(document.source, document.text, length=8)}")
        seen.add(document.id)
        yield document


def read_sources(
    paths: Iterable[str | Path], *, problems: list[InputError], warnings: list[InputWarning] | None = None
) -> Iterator[Document]:
    """Lazily read every article under ``paths``, with unique ids; bad inputs go to ``problems``."""

    def documents() -> Iterator[Document]:
        for source in find_sources(paths, problems=problems):
            yield from read_source(source, problems=problems, warnings=warnings)

    return unique_ids(documents())
