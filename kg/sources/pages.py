"""Saved news pages: the article's main text, without the page around it.

A saved news page is mostly not the article: menus built from ``div``\\ s, cookie
banners, "most read" boxes, related-story lists, comments and footers, full of
names that would become entities. Main-text extraction goes through
trafilatura, which measured far better than kg's own ``html.parser`` reader
(``kg.sources.markup``) on ten saved news pages of different builds
(``benchmarks/html_readers.py``: 0 boilerplate words leaked instead of 1,684,
0 of 1,574 article words lost by either).

Around trafilatura, kg adds three things:

- tables used for layout (a cell holding a paragraph's worth of words, as in
  pages from the early 2000s) are unwrapped into ``div``\\ s first, so that the
  page's text is not read as one data table;
- the headline is the part of the ``<title>`` the article begins with ("Site
  name - Headline" or "Headline | Site name"), else trafilatura's title;
- a page where trafilatura finds no main text (a fragment, a one-line page) is
  read whole by ``kg.sources.markup.html_to_article``; a long one is named in a
  warning, since its menus may then be in the text.

Settings are fixed for reproducible output: comments, tables and images
dropped, no deduplication across pages (no state between documents), dates
never checked against today's date. The date is the page's own metadata
(``<meta>``, JSON-LD, ``<time>``); a date printed in the page is searched for
only when the caller knows no date (a saved file, not an archive record with
its crawl date), since it may be a related story's.
"""

from __future__ import annotations

import logging
import re

from kg.errors import InputWarning
from kg.sources.markup import MarkedUpArticle, html_to_article

# trafilatura reads pages up to this size; a bigger page is read whole by kg's own
# reader, in linear time (news pages are 50-500 KB of HTML).
MAX_PAGE_CHARS = 2_000_000
# A table cell with this many words holds article text: the table lays out the page.
_LAYOUT_CELL_WORDS = 60
# A page read whole (no main text found) with more words than this may hold its menus.
_FALLBACK_WARN_WORDS = 150
# htmldate's default latest date is today, which would make the output depend on the run's day.
_LATEST_DATE = "2099-12-31"
# libxml2 checks each attribute against the others of its element: a tag with 200,000 attributes
# takes minutes. No real tag is this long; such a tag keeps its name only.
_OVERLONG_TAG = re.compile(r"<([A-Za-z][\w:-]{0,40})\s[^<>]{8000,}>")
_TITLE_SEPARATORS = re.compile(r"\s+[-|–—:·•»]\s+")
_SPACES = re.compile(r"\s+")


def page_to_article(
    text: str, *, name: str, warnings: list[InputWarning] | None = None, known_date: str | None = None
) -> MarkedUpArticle:
    """The article in a saved news page: its main text, headline, date and author.

    Args:
        text: The page, decoded.
        name: The file (or ``file:record``) to name in a warning.
        warnings: Where a page read whole is reported.
        known_date: A date the caller knows for the page (an archive's crawl date). The page's
            own metadata still wins; without such a date, dates printed in the page are searched
            too, which can pick a related story's date ("More on this story ... 21 July 2021").
    """
    text = _OVERLONG_TAG.sub(r"<\1>", text)
    whole = html_to_article(text)
    if len(text) > MAX_PAGE_CHARS:
        _warn(warnings, name, f"page larger than {MAX_PAGE_CHARS:,} characters: read whole, menus and links included")
        return whole
    found = _main_text(text, search_text=known_date is None)
    if found is None:
        words = sum(len(paragraph.split()) for paragraph in whole.paragraphs)
        if words > _FALLBACK_WARN_WORDS:
            reason = f"no main article text found; all {words:,} visible words read (menus may be in them)"
            _warn(warnings, name, reason)
        return whole
    paragraphs, date, author, found_title = found
    title = _headline(whole.title, paragraphs) or found_title or whole.title
    if title and paragraphs and paragraphs[0].startswith(title) and paragraphs[0] != title:
        # "Headline By Jane Doe, Correspondent" on one line: the headline is the title.
        paragraphs[0] = paragraphs[0][len(title):].strip()
    meta = (("author", author),) if author else ()
    date = date or whole.date or known_date
    return MarkedUpArticle(title=title, date=date, paragraphs=tuple(p for p in paragraphs if p), meta=meta)


def _main_text(text: str, *, search_text: bool) -> tuple[list[str], str | None, str | None, str | None] | None:
    """trafilatura's main text (as paragraphs), date, author and title; ``None`` when it finds none.

    With ``search_text``, dates printed in the page count too, not only its metadata.
    """
    import trafilatura
    from trafilatura.utils import load_html

    _quiet_loggers()
    tree = load_html(text)
    if tree is None:
        return None
    _unwrap_layout_tables(tree)
    result = trafilatura.bare_extraction(
        tree,
        favor_precision=True,
        include_comments=False,
        include_tables=False,
        include_images=False,
        deduplicate=False,
        with_metadata=True,
        date_extraction_params={"extensive_search": search_text, "original_date": True, "max_date": _LATEST_DATE},
    )
    if result is None or isinstance(result, dict) or not (result.text or "").strip():
        return None
    paragraphs = [_SPACES.sub(" ", line).strip() for line in (result.text or "").split("\n")]
    return [line for line in paragraphs if line], result.date, _author(result.author), result.title


def _unwrap_layout_tables(tree: object) -> None:
    """Make tables that lay out a page into ``div``\\ s, so their text is read as text."""
    for table in list(tree.iter("table")):  # type: ignore[attr-defined]
        if any(len(cell.text_content().split()) >= _LAYOUT_CELL_WORDS for cell in table.iter("td", "th")):
            for element in (table, *table.iter("thead", "tbody", "tfoot", "tr", "td", "th")):
                element.tag = "div"


def _headline(page_title: str | None, paragraphs: list[str]) -> str | None:
    """The piece of the page's ``<title>`` that the article text begins with.

    >>> _headline("Munster Examiner Online - Farmers block creamery gates", ["Farmers block creamery gates By X"])
    'Farmers block creamery gates'
    >>> _headline("Site | Something else", ["Body text."]) is None
    True
    """
    if not page_title or not paragraphs:
        return None
    opening = paragraphs[0].casefold()
    pieces = [piece.strip() for piece in _TITLE_SEPARATORS.split(page_title) if piece.strip()]
    for piece in sorted(pieces, key=len, reverse=True):
        if len(piece.split()) >= 3 and opening.startswith(piece.casefold()):
            return piece
    return None


def _author(found: str | None) -> str | None:
    """trafilatura's author field cut to the first name it lists, when that looks like a name.

    >>> _author("Kerry Hollis; Senior Reporter ; Tue"), _author("Alison Pryce Environment correspondent; News")
    ('Kerry Hollis', None)
    """
    if not found:
        return None
    first = found.split(";")[0].strip()
    words = first.split()
    if 2 <= len(words) <= 4 and all(word[0].isupper() for word in words):
        return first
    return None


def _quiet_loggers() -> None:
    # The library never prints: trafilatura and htmldate log parse trouble, which
    # Python would otherwise show on stderr through its last-resort handler.
    for name in ("trafilatura", "htmldate", "courlan", "justext"):
        logger = logging.getLogger(name)
        if not logger.handlers:
            logger.addHandler(logging.NullHandler())


def _warn(warnings: list[InputWarning] | None, name: str, reason: str) -> None:
    if warnings is not None:
        warnings.append(InputWarning(name, reason))
