"""The furniture of a news article, and the body it leaves.

Knows a leading ``date YYYY-MM-DD Title`` line (or a bare headline line),
datelines such as ``Thu, 13 Jan, 2022 - 10:58``, bylines (``Associated Press
Reporter``, ``By Jane Doe``) and photo credits in parentheses at the end of a
caption (``(Jane Doe/AP)``). Furniture goes into ``Document.meta``; the body
keeps one paragraph per block, separated by a blank line, so a caption never
fuses with the next sentence. An apostrophe a legacy conversion made an inverted
question mark ("America\u00bfs") is mended (``kg.sources.decoding.mend_apostrophes``).
"""

from __future__ import annotations

import re
from urllib.parse import urlsplit

from kg.errors import InputError
from kg.ids import short_hash, slugify
from kg.records import Document
from kg.sources.decoding import clean_line, clean_text, decode_references, mend_apostrophes
from kg.sources.markup import MarkedUpArticle
from kg.sources.wire import read_byline, split_dateline

_DATE_HEADER = re.compile(r"^\s*date\s+(\d{4}-\d{2}-\d{2})\s*(.*?)\s*$", re.IGNORECASE)
_DATELINE = re.compile(
    r"^(?:(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*,?\s+)?\d{1,2}\s+[A-Z][a-z]{2,8},?\s+\d{4}"
    r"(?:\s*[-–,]\s*\d{1,2}:\d{2}(?:\s*[AP]M)?)?(?:\s+[A-Z]{2,4})?$"
    r"|^(?:Updated|Published|Posted)\b.*\d{4}.*$",
    re.IGNORECASE,
)
# A capital letter, accented ones included ("Ó Riordáin"); Latin Extended-A mixes both cases.
_UPPER = "A-ZÀ-ÖØ-ÞĀ-Ž"
_BYLINE = re.compile(
    rf"^(?:By\s+[{_UPPER}][\w'’.-]*(?:\s+[{_UPPER}][\w'’.-]*){{0,4}}"
    rf"(?:\s*(?:,|and)\s*[{_UPPER}][\w'’.-]*(?:\s+[{_UPPER}][\w'’.-]*){{0,3}})*"
    r"|(?:[A-Z][\w&.-]*\s+){0,4}(?:Reporter|Correspondent|Staff|Staff Writer|Editor|Writer|Newsroom|Desk))$"
)
# A photo credit closing a caption: "(Vladimir Tretyakov/NUR.KZ via AP)", "(Photo: Reuters)".
_CREDIT = re.compile(r"\s*\(((?:Photo|Image|Picture|Credit)s?:[^()]*|[^()]*(?:/|\bvia\b)[^()]*)\)\s*$", re.IGNORECASE)
_HEADLINE_QUESTION_WORDS = 12  # "Will Tory tax cuts lift spirits?"; a longer question opens the text
_SENTENCE_END = re.compile(r"[.!?…:;\"'”’)\]]\s*$")
_MARKDOWN_HEADING = re.compile(r"^#{1,6}\s+")
_ISO_DATE = re.compile(r"^(\d{4})-(\d{2})-(\d{2})(?:$|[T ])")
# Furniture is short: longer lines skip the furniture patterns, so a 5 MB line costs linear time.
_FURNITURE_MAX = 300
_CREDIT_TAIL = 400


def _body_lines(text: str, *, markup: bool) -> list[str]:
    """The article's lines, stripped: references read unless ``markup`` has, the text made
    carriable (``clean_text``) and its mangled apostrophes mended (``mend_apostrophes``)."""
    body = clean_text(text if markup else decode_references(text))
    return [line.strip() for line in mend_apostrophes(body).split("\n")]


def parse_article(
    text: str,
    *,
    source: str = "",
    stem: str | None = None,
    title: str | None = None,
    date: str | None = None,
    meta: tuple[tuple[str, str], ...] = (), markup: bool = False,
) -> Document:
    """Split raw article text into its furniture and its body.

    A ``title`` or ``date`` given by the caller (from markup or a JSON record) wins
    over a header line; with a ``title`` given, the first line is not taken as one.
    Numeric character references are read (``decode_references``), unless ``markup`` has.

    >>> document = parse_article("date 2022-01-13 Big news\\n\\nBy Jane Doe\\n\\nIt rained.", stem="a")
    >>> document.date, document.title, document.text, dict(document.meta)["byline"]
    ('2022-01-13', 'Big news', 'It rained.', 'By Jane Doe')
    """
    lines = _body_lines(text, markup=markup)
    meta_list: list[tuple[str, str]] = list(meta)
    title = mend_apostrophes(clean_line(title if markup else decode_references(title))) if title else None

    while lines and not lines[0]:
        lines.pop(0)
    if lines and title is None:
        header = _DATE_HEADER.match(lines[0]) if len(lines[0]) <= _FURNITURE_MAX else None
        if header:
            date, title = date or header.group(1), header.group(2) or None
            lines.pop(0)
        elif _looks_like_headline(lines) and not _BYLINE.match(lines[0]) and split_dateline(lines[0])[1] != "":
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
            meta_list.extend(_byline_meta(line))
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
    date = _valid_date(date)
    meta_list.extend(_take_dateline(paragraphs, date))

    body = "\n\n".join(paragraphs)
    if not body.strip():
        raise InputError(source or "<text>", "no article text (empty or only a header)")
    return Document(
        id=document_id(stem, body),
        text=body,
        title=title or None,
        date=date,
        source=source,
        meta=tuple(dict.fromkeys(meta_list)),
    )


def _byline_meta(line: str) -> list[tuple[str, str]]:
    """The byline as written, and the authors and agency it names."""
    authors, agency = read_byline(line)
    return [("byline", line), *(("author", author) for author in authors), *((("agency", agency),) if agency else ())]


# A wire dateline opens the first paragraph, or the second after a caption.
_DATELINE_PARAGRAPHS = 2


def _take_dateline(paragraphs: list[str], date: str | None) -> tuple[tuple[str, str], ...]:
    """Take a wire dateline off the front of the body (in place), before the text is fixed.

    Offsets point into the text that remains, so the dateline leaves no trace in them.
    Returns its ``Document.meta`` pairs.
    """
    for index, paragraph in enumerate(paragraphs[:_DATELINE_PARAGRAPHS]):
        dateline, rest = split_dateline(paragraph, article_date=date)
        if dateline is None:
            continue
        if rest:
            paragraphs[index] = rest
        else:
            del paragraphs[index]
        return dateline.meta()
    return ()


def document_from_markup(
    article: MarkedUpArticle, *, source: str, stem: str, date: str | None = None, meta: tuple[tuple[str, str], ...] = ()
) -> Document:
    """A ``Document`` from what a markup reader found; ``date`` is used when the markup gives none.

    >>> page = MarkedUpArticle(title="Rain", date=None, paragraphs=("Rain", "It rained."), meta=(("author", "Jo Lee"),))
    >>> document = document_from_markup(page, source="a.html", stem="a", date="2024-01-02")
    >>> document.title, document.date, document.text, document.meta
    ('Rain', '2024-01-02', 'It rained.', (('author', 'Jo Lee'),))
    """
    paragraphs = list(article.paragraphs)
    # Pages repeat the <title> as the first heading; keep it once, as the title.
    if article.title and paragraphs and clean_line(paragraphs[0]).casefold() == clean_line(article.title).casefold():
        paragraphs.pop(0)
    if not "".join(paragraphs).strip():
        raise InputError(source, "no article text in the markup (only a title, code or scripts)")
    return parse_article(
        "\n\n".join(paragraphs), source=source, stem=stem, title=article.title, date=article.date or date,
        meta=(*meta, *article.meta), markup=True,
    )


def url_stem(url: str) -> str:
    """A readable, stable name for a page or feed item: its host and path, and a hash of the whole URL
    (so two URLs never share a name, however long).

    >>> url_stem("https://www.example.com/news/2024/storm-closes-ports?id=7")
    'example-com-news-2024-storm-closes-ports-7365429b'
    """
    parts = urlsplit(url)
    readable = (parts.netloc.removeprefix("www.") + parts.path) if parts.netloc else url
    return f"{slugify(readable, max_length=60)}-{short_hash(url, length=8)}"


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
    """A short first line without closing punctuation, followed by a blank line; a
    question or an exclamation too when it is short and text follows ("What now for
    British tennis?", "Could rivalry overshadow election?"): headlines ask."""
    first = lines[0]
    if len(first) > _FURNITURE_MAX:
        return False
    followed_by_blank = len(lines) > 1 and not lines[1]
    words = len(first.split())
    asks = first.endswith(("?", "!")) and 2 <= words <= _HEADLINE_QUESTION_WORDS and any(lines[2:])
    return (
        followed_by_blank
        and words <= 20
        and (asks or not first.endswith((".", "!", "?", ":", ";", ",")))
    ) or bool(_MARKDOWN_HEADING.match(first))
