"""Article text out of HTML and Markdown: the words a reader sees, never the markup.

Both readers return a ``MarkedUpArticle``: a title and a date when the markup
gives them, and the body as paragraphs. ``kg.sources`` then treats the
paragraphs like a plain-text article (bylines, datelines, credits).

HTML goes through the standard library's ``html.parser`` (lenient with broken
markup, character references decoded). Scripts, styles, templates and other
non-text elements are dropped with everything inside them; block elements
(``p``, ``div``, ``li``, headings ...) end a paragraph; the ``<title>`` is the
title. Markdown is stripped line by line with bounded patterns (a 5 MB line
costs linear time): headings, emphasis, links, images, code fences, tables,
front matter and inline HTML are removed or reduced to their text.
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass
from html.parser import HTMLParser


@dataclass(frozen=True, slots=True)
class MarkedUpArticle:
    """What a markup reader found: optional title and date, the body's paragraphs, and
    other furniture for ``Document.meta`` (an ``author`` a page names)."""

    title: str | None
    date: str | None
    paragraphs: tuple[str, ...]
    meta: tuple[tuple[str, str], ...] = ()


# -- HTML ------------------------------------------------------------------------------

# Elements whose content is never article text (code, styling, widgets, site chrome).
_SKIP = frozenset(
    "script style noscript template svg math iframe object embed canvas nav footer form button select "
    "option textarea head".split()
)
_BLOCK = frozenset(
    "p div section article main header aside h1 h2 h3 h4 h5 h6 li ul ol dl dt dd blockquote pre figure "
    "figcaption table thead tbody tfoot tr caption address details summary hr br body html".split()
)
_VOID = frozenset("area base br col embed hr img input link meta param source track wbr".split())
_DATE_META = ("article:published_time", "datepublished", "date", "dc.date", "pubdate", "og:published_time")
_ISO_DATE = re.compile(r"^\s*(\d{4}-\d{2}-\d{2})")
_SPACES = re.compile(r"\s+")


class _ArticleParser(HTMLParser):
    """Collects paragraphs, the title and a publication date; drops non-text elements."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.paragraphs: list[str] = []
        self.title_parts: list[str] = []
        self.first_h1: str | None = None
        self.date: str | None = None
        self._current: list[str] = []
        self._skip_depth = 0  # inside <script>, <style> ... (nested skips counted)
        self._skip_stack: list[str] = []
        self._in_title = False
        self._in_h1 = False
        self._h1_parts: list[str] = []
        self._pre_depth = 0

    # The title sits in <head>, which is otherwise skipped: handle it first.
    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "meta":
            self._meta(dict(attrs))
            return
        if tag == "time" and self.date is None:
            self._take_date(dict(attrs).get("datetime"))
        if tag == "title":
            self._in_title = True
            return
        if tag == "body" and "head" in self._skip_stack:
            self._skip_stack.clear()  # an unclosed <head> ends where <body> starts
        if tag in _SKIP:
            if tag not in _VOID:
                self._skip_stack.append(tag)
            return
        if self._skip_stack:
            return
        if tag in _BLOCK:
            self._break()
        if tag == "pre":
            self._pre_depth += 1
        if tag == "h1" and self.first_h1 is None:
            self._in_h1 = True
        if tag in ("td", "th"):
            self._current.append(" ")

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "meta":
            self._meta(dict(attrs))
        elif not self._skip_stack and tag in _BLOCK:
            self._break()

    def handle_endtag(self, tag: str) -> None:
        if tag == "title":
            self._in_title = False
            return
        if self._skip_stack:
            # Close the innermost matching skipped element (tolerates unclosed children).
            if tag in self._skip_stack:
                while self._skip_stack and self._skip_stack.pop() != tag:
                    pass
            return
        if tag == "h1" and self._in_h1:
            self._in_h1 = False
            self.first_h1 = _SPACES.sub(" ", "".join(self._h1_parts)).strip() or None
        if tag == "pre" and self._pre_depth:
            self._pre_depth -= 1
        if tag in _BLOCK:
            self._break()

    def handle_data(self, data: str) -> None:
        if self._in_title:
            self.title_parts.append(data)
            return
        if self._skip_stack:
            return
        if self._in_h1:
            self._h1_parts.append(data)
        if self._pre_depth:
            # Preformatted text keeps its line breaks; blank lines end paragraphs.
            for number, block in enumerate(re.split(r"\n\s*\n", data)):
                if number:
                    self._break()
                self._current.append(block.replace("\n", " "))
            return
        self._current.append(data)

    def close(self) -> None:
        super().close()
        self._break()

    def _break(self) -> None:
        if self._current:
            paragraph = _SPACES.sub(" ", "".join(self._current)).strip()
            if paragraph:
                self.paragraphs.append(paragraph)
            self._current = []

    def _meta(self, attrs: dict[str, str | None]) -> None:
        name = (attrs.get("property") or attrs.get("name") or attrs.get("itemprop") or "").lower()
        if name in _DATE_META and self.date is None:
            self._take_date(attrs.get("content"))
        elif name == "og:title" and not self.title_parts and attrs.get("content"):
            self.title_parts.append(attrs["content"] or "")

    def _take_date(self, value: str | None) -> None:
        match = _ISO_DATE.match(value or "")
        if match:
            self.date = match.group(1)


def html_to_article(text: str) -> MarkedUpArticle:
    """The visible article text of an HTML page.

    >>> page = '<html><head><title>Big &amp; news</title><script>alert("x")</script></head>'
    >>> page += '<body><h1>Big &amp; news</h1><p>It <b>rained</b>.</p><style>p{}</style><p>Then sun.</body>'
    >>> html_to_article(page)
    MarkedUpArticle(title='Big & news', date=None, paragraphs=('Big & news', 'It rained.', 'Then sun.'), meta=())
    """
    parser = _ArticleParser()
    parser.feed(_defuse(text))
    parser.close()
    title = _SPACES.sub(" ", "".join(parser.title_parts)).strip() or parser.first_h1
    return MarkedUpArticle(title=title, date=parser.date, paragraphs=tuple(parser.paragraphs))


_LONE_ANGLE = re.compile(r"<(?![^<>]{0,4096}>)")


def _defuse(text: str) -> str:
    """Comments out, and a ``<`` that opens no tag made text (``&lt;``).

    ``html.parser`` rescans from every unclosed ``<``, which makes a long line full
    of them quadratic (minutes for 200 KB); after this every ``<`` closes within
    4 KB. Comments go first, since they may hold ``<`` and ``>``.

    >>> _defuse("a <!-- <b> --> b < c <i>d</i>")
    'a  b &lt; c <i>d</i>'
    """
    return _LONE_ANGLE.sub("&lt;", _strip_comments(text))


def _strip_comments(text: str) -> str:
    """``text`` without ``<!-- ... -->`` comments (an unclosed one runs to the end), in linear time."""
    parts: list[str] = []
    position = 0
    while (start := text.find("<!--", position)) != -1:
        parts.append(text[position:start])
        end = text.find("-->", start + 4)
        position = len(text) if end == -1 else end + 3
    parts.append(text[position:])
    return "".join(parts)


# -- Markdown --------------------------------------------------------------------------

_FENCE = re.compile(r"^\s{0,3}(```+|~~~+)")
_ATX = re.compile(r"^\s{0,3}(#{1,6})(?:\s+|$)(.*?)(?:\s+#+)?\s*$")
_SETEXT = re.compile(r"^\s{0,3}(=+|-+)\s*$")
_RULE = re.compile(r"^\s{0,3}(?:(?:-\s*){3,}|(?:\*\s*){3,}|(?:_\s*){3,})$")
_QUOTE = re.compile(r"^\s{0,3}(?:>\s?)+")
_ITEM = re.compile(r"^\s*(?:[-*+]|\d{1,9}[.)])\s+")
_TABLE_RULE = re.compile(r"^\s*\|?\s*:?-{2,}:?\s*(?:\|\s*:?-{2,}:?\s*)*\|?\s*$")
_REFERENCE = re.compile(r"^\s{0,3}\[[^\]]{1,500}\]:\s*\S+")
_FRONT_FIELD = re.compile(r"^(title|date)\s*:\s*(.*?)\s*$", re.IGNORECASE)
# Inline patterns stop at the next delimiter of their kind (and at most a few hundred
# characters on), so that a 5 MB line of unclosed markup still costs linear time.
_ESCAPED = re.compile(r"\\([!-/:-@\[-`{-~])")
_TARGET = r"(?:\([^()\s]{0,2000}(?:\s+\"[^\"\n]{0,300}\")?\)|\[[^\[\]\n]{0,300}\])"
_IMAGE = re.compile(r"!\[[^\[\]\n]{0,500}\]" + _TARGET)
_LINK = re.compile(r"\[([^\[\]\n]{0,500})\]" + _TARGET)
_FOOTNOTE = re.compile(r"\[\^[^\[\]\s]{1,100}\]")
_AUTOLINK = re.compile(r"<(?:https?|mailto|ftp):[^<>\s]{1,2000}>")
_TAG = re.compile(r"</?[A-Za-z][A-Za-z0-9-]{0,40}(?:\s[^<>]{0,500})?/?>")
# Emphasis markers go where they touch a word ("**big**", "_very_"), never inside one
# ("snake_case") or standing alone ("5 * 3"); backticks of code spans go, their code stays.
_MARKERS = re.compile(
    r"\*{1,3}(?=[^\s*])|(?<=[^\s*])\*{1,3}|~~|`+|(?<![\w_])_{1,3}(?=[^\s_])|(?<=[^\s_])_{1,3}(?![\w_])"
)
# Escaped punctuation is parked in a private-use plane while markup is stripped.
_PARK = 0xF0000


def markdown_to_article(text: str) -> MarkedUpArticle:
    """The prose of a Markdown article: markup stripped, code blocks dropped.

    A leading ``# Heading`` (or front matter ``title:``) is the title.

    >>> page = "# Big *news*\\n\\nIt **rained** in [Almaty](https://x.kz).\\n\\n```\\ncode\\n```\\n- one\\n- two"
    >>> markdown_to_article(page)
    MarkedUpArticle(title='Big news', date=None, paragraphs=('It rained in Almaty.', 'one', 'two'), meta=())
    """
    lines = _strip_comments(text).split("\n")
    title, date, start = _front_matter(lines)
    paragraphs: list[str] = []
    current: list[str] = []

    def close() -> None:
        paragraph = _SPACES.sub(" ", " ".join(current)).strip()
        if paragraph:
            paragraphs.append(paragraph)
        current.clear()

    fence: str | None = None
    index = start
    while index < len(lines):
        line = lines[index]
        index += 1
        opening = _FENCE.match(line)
        if fence is not None:
            if opening and opening.group(1)[0] == fence[0] and len(opening.group(1)) >= len(fence):
                fence = None
            continue
        if opening:
            close()
            fence = opening.group(1)
            continue
        if not line.strip() or _RULE.match(line) or _TABLE_RULE.match(line) or _REFERENCE.match(line):
            close()
            continue
        heading = _ATX.match(line)
        underline = index < len(lines) and current == [] and _SETEXT.match(lines[index]) and not _ITEM.match(line)
        if heading or underline:
            close()
            words = _inline(heading.group(2) if heading else line)
            if underline:
                index += 1
            if title is None and not paragraphs:
                title = words or None
            elif words:
                paragraphs.append(words)
            continue
        line = _QUOTE.sub("", line)
        if _ITEM.match(line):
            close()
            line = _ITEM.sub("", line)
        if "|" in line and line.lstrip().startswith("|"):
            line = " ".join(cell.strip() for cell in line.strip().strip("|").split("|"))
        current.append(_inline(line))
    close()
    return MarkedUpArticle(title=title, date=date, paragraphs=tuple(paragraphs))


def _front_matter(lines: list[str]) -> tuple[str | None, str | None, int]:
    """YAML-style ``---`` front matter: its title and date, and where the body starts."""
    if not lines or lines[0].strip() != "---":
        return None, None, 0
    fields: dict[str, str] = {}
    for number, line in enumerate(lines[1:50], start=1):
        if line.strip() in ("---", "..."):
            title = fields.get("title", "").strip("\"'") or None
            date_match = _ISO_DATE.match(fields.get("date", "").strip("\"'"))
            return title, date_match.group(1) if date_match else None, number + 1
        field = _FRONT_FIELD.match(line)
        if field:
            fields[field.group(1).lower()] = field.group(2)
    return None, None, 0


def _inline(text: str) -> str:
    """Inline Markdown to plain text."""
    text = _ESCAPED.sub(lambda match: chr(_PARK + ord(match.group(1))), text)
    text = _IMAGE.sub("", text)
    text = _LINK.sub(r"\1", text)
    text = _FOOTNOTE.sub("", text)
    text = _AUTOLINK.sub("", text)
    text = _TAG.sub("", text)
    text = _MARKERS.sub("", text)
    text = html.unescape(text)
    text = re.sub(r"[\U000F0000-\U000F007F]", lambda match: chr(ord(match.group()) - _PARK), text)
    return _SPACES.sub(" ", text).strip()
