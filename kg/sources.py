"""Read articles from files, folders or stdin into ``Document`` records.

Knows the furniture of a news article: a leading ``date YYYY-MM-DD Title`` line
(or a bare headline line), datelines such as ``Thu, 13 Jan, 2022 - 10:58``,
bylines (``Associated Press Reporter``, ``By Jane Doe``) and photo credits in
parentheses at the end of a caption (``(Jane Doe/AP)``). Furniture goes into
``Document.meta``; the body keeps one paragraph per block, separated by a blank
line, so a caption never fuses with the next sentence.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from kg.errors import InputError
from kg.ids import short_hash, slugify
from kg.records import Document

TEXT_SUFFIXES = (".txt", ".md", ".text", ".markdown")

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


@dataclass(frozen=True, slots=True)
class Source:
    """A file to read, and the name to show for it (as the user gave it)."""

    path: Path
    display: str


def find_sources(paths: Iterable[str | Path], *, problems: list[InputError]) -> Iterator[Source]:
    """Expand files and folders (recursively, in sorted order) into article files.

    A path that does not exist is reported in ``problems``; the rest go on.
    """
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            found = sorted(
                (candidate for candidate in path.rglob("*") if candidate.suffix.lower() in TEXT_SUFFIXES),
                key=lambda candidate: candidate.relative_to(path).as_posix(),
            )
            for candidate in found:
                if candidate.is_file():
                    yield Source(candidate, candidate.as_posix())
        elif path.is_file():
            yield Source(path, str(raw))
        else:
            problems.append(InputError(str(raw), "no such file or folder"))


def read_document(source: Source) -> Document:
    """Read one article file.

    Raises:
        InputError: the file is unreadable, binary, not UTF-8 or has no text.
    """
    try:
        data = source.path.read_bytes()
    except OSError as error:
        raise InputError(source.display, f"cannot read ({error.strerror or error})") from error
    text = decode(data, source.display)
    return parse_article(text, source=source.display, stem=source.path.stem)


def decode(data: bytes, name: str) -> str:
    """Bytes to text: UTF-8 (with or without BOM); a clear error otherwise."""
    if b"\x00" in data[:4096] and not data.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise InputError(name, "binary file (NUL bytes); give a text article")
    try:
        if data.startswith((b"\xff\xfe", b"\xfe\xff")):
            return data.decode("utf-16")
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise InputError(
            name, f"not UTF-8 (byte 0x{data[error.start]:02x} at {error.start}); re-save as UTF-8"
        ) from error


def parse_article(text: str, *, source: str = "", stem: str | None = None) -> Document:
    """Split raw article text into its furniture and its body.

    >>> document = parse_article("date 2022-01-13 Big news\\n\\nBy Jane Doe\\n\\nIt rained.", stem="a")
    >>> document.date, document.title, document.text, dict(document.meta)["byline"]
    ('2022-01-13', 'Big news', 'It rained.', 'By Jane Doe')
    """
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\x00", "")
    lines = [line.strip() for line in text.split("\n")]
    title: str | None = None
    date: str | None = None
    meta: list[tuple[str, str]] = []

    while lines and not lines[0]:
        lines.pop(0)
    if lines:
        header = _DATE_HEADER.match(lines[0])
        if header:
            date, title = header.group(1), header.group(2) or None
            lines.pop(0)
        elif _looks_like_headline(lines):
            title = _MARKDOWN_HEADING.sub("", lines.pop(0))

    paragraphs: list[str] = []
    current: list[str] = []
    for line in lines:
        if not line:
            _close(current, paragraphs)
            continue
        if _DATELINE.match(line):
            meta.append(("dateline", line))
            _close(current, paragraphs)
            continue
        if _BYLINE.match(line):
            meta.append(("byline", line))
            _close(current, paragraphs)
            continue
        credit = _CREDIT.search(line)
        if credit:
            meta.append(("credit", credit.group(1).strip()))
            line = line[: credit.start()].rstrip()
            current.append(line)
            # A caption is a paragraph of its own.
            _close(current, paragraphs)
            continue
        current.append(_MARKDOWN_HEADING.sub("", line))
        if _SENTENCE_END.search(line) is None:
            continue  # a hard-wrapped line: the paragraph goes on
        if len(current) > 1 and _SENTENCE_END.search(current[-2]):
            # Consecutive complete lines in one block are paragraphs of their own.
            last = current.pop()
            _close(current, paragraphs)
            current.append(last)
    _close(current, paragraphs)

    body = "\n\n".join(paragraphs)
    if not body.strip():
        raise InputError(source or "<text>", "no article text (empty or only a header)")
    document_id = slugify(stem, max_length=80) if stem else "doc-" + short_hash(body)
    return Document(id=document_id, text=body, title=title, date=date, source=source, meta=tuple(meta))


def _close(current: list[str], paragraphs: list[str]) -> None:
    if current:
        paragraph = " ".join(part for part in current if part)
        if paragraph:
            paragraphs.append(paragraph)
        current.clear()


def _looks_like_headline(lines: list[str]) -> bool:
    """A short first line without closing punctuation, followed by a blank line."""
    first = lines[0]
    followed_by_blank = len(lines) > 1 and not lines[1]
    return (
        followed_by_blank
        and len(first.split()) <= 20
        and not first.endswith((".", "!", "?", ":", ";", ","))
    ) or bool(_MARKDOWN_HEADING.match(first))


def unique_ids(documents: Iterable[Document]) -> Iterator[Document]:
    """Give documents that share an id (same file name in two folders) distinct ids."""
    from dataclasses import replace

    seen: set[str] = set()
    for document in documents:
        if document.id in seen:
            document = replace(document, id=f"{document.id}-{short_hash(document.source, document.text, length=8)}")
        seen.add(document.id)
        yield document
