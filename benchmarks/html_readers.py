"""Which reader gets the article out of a saved news page? Run by hand; a test checks the result.

Scores kg's two HTML readers on the saved news pages in ``tests/data/pages``
(ten pages written for this, each built differently: ``div`` menus, cookie
banners and consent dialogs, "most read" boxes, related-story lists, comments,
newsletter boxes, paywalls, AMP, a table layout from 2002, footers). Each page
has a ``.gold`` file: the article's paragraphs, and the neutral lines
(``# headline``, ``~ byline, caption, subheading``) that a reader may keep or drop.

For each reader and page it counts, as multisets of lowercased words:

- **leaked**: words in the reader's text that are neither article nor neutral
  text (menus, "most read", cookie banners, footers ...);
- **lost**: article words missing from the reader's text.

Usage:
    python benchmarks/html_readers.py
"""

from __future__ import annotations

import re
import sys
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from kg.sources.decoding import decode
from kg.sources.markup import html_to_article
from kg.sources.pages import page_to_article

PAGES = Path(__file__).resolve().parents[1] / "tests" / "data" / "pages"
_WORD = re.compile(r"\w+")


@dataclass(frozen=True, slots=True)
class Score:
    """One reader on one page: words leaked from the page around the article, article words lost."""

    page: str
    leaked: int
    lost: int
    article_words: int


def gold(page: Path) -> tuple[str, str]:
    """A page's gold: the article's text, and the neutral text (headline, byline, captions)."""
    article, neutral = [], []
    for line in page.with_suffix(".gold").read_text(encoding="utf-8").splitlines():
        if line.startswith(("# ", "~ ")):
            neutral.append(line[2:])
        elif line.strip():
            article.append(line)
    return "\n".join(article), "\n".join(neutral)


def _words(text: str) -> Counter[str]:
    return Counter(word.casefold() for word in _WORD.findall(text))


def score(read: Callable[[str], str], pages: Path = PAGES) -> list[Score]:
    """Each page read by ``read`` (page text → article text), scored against its gold."""
    scores = []
    for page in sorted(pages.glob("*.html")):
        article, neutral = gold(page)
        expected, allowed = _words(article), _words(neutral)
        found = _words(read(decode(page.read_bytes(), page.name)))
        leaked = found - expected - allowed
        lost = expected - found
        scores.append(Score(page.stem, sum(leaked.values()), sum(lost.values()), sum(expected.values())))
    return scores


def hand_written(text: str) -> str:
    """kg's ``html.parser`` reader: every visible word but scripts, styles and nav/footer elements."""
    return "\n".join(html_to_article(text).paragraphs)


def main_text(text: str) -> str:
    """kg's page reader (trafilatura, layout tables unwrapped, whole-page fallback)."""
    return "\n".join(page_to_article(text, name="page").paragraphs)


READERS = {"html.parser (before)": hand_written, "trafilatura (kg.sources.pages)": main_text}


def main() -> None:
    results = {name: score(read) for name, read in READERS.items()}
    names = list(results)
    print(f"{'page':24}" + "".join(f"{name:>34}" for name in names))
    for row in zip(*results.values(), strict=True):
        print(f"{row[0].page:24}" + "".join(f"{f'leaked {s.leaked:4d}, lost {s.lost:4d}':>34}" for s in row))
    for name, scores in results.items():
        total = sum(s.article_words for s in scores)
        print(f"{name}: leaked {sum(s.leaked for s in scores):,} words, "
              f"lost {sum(s.lost for s in scores):,} of {total:,} article words")


if __name__ == "__main__":
    main()
