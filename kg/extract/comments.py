"""Readers' comments appended to an article are no news: where they begin, and nothing read from them.

A news page may end with its readers' comments, run on as plain paragraphs once the
page's furniture (the "Your comments" heading, each writer's name and town) is gone:
"I'm speechless. Best song of the last 25 years? Yeah right." Their hopes and
guesses ("I am hoping he doesn't walk out of the club", "£50m would allow Rafa to
rebuild the squad") are readers' opinions, not events the article tells.

A paragraph speaks in a reader's voice when it holds no quotation mark (a quotation is
someone's speech, which the article reports) and holds a first or second person
pronoun (``pronouns.tsv``: "I", "we", "you", "my" ...; not "US", the country) or a
question or exclamation mark. The comments begin at the first paragraph that opens a
run of ``RUN`` such paragraphs, when at least ``LEAST`` paragraphs from there to the
end, and ``SHARE`` of them, speak so, and at least ``BEFORE`` paragraphs of reported
news come before it: an article that ends in a long run of voices, not a news story
that quotes one or asks one question, nor a column written in the first person from
its start. Every statement (proposition, event, role, speech) read from a sentence
there is dropped, and every time there, and every mention of a name the news before
does not write (its words in a row, as written): a name only a reader writes is no
node of the article's graph ("the freedom which Bush and Blair tell us we have"); a
name the news writes keeps its mentions there, so its type reads as before ("the
abysmal Thunderbirds movie": still a work).
"""

from __future__ import annotations

import dataclasses
import re

from kg.lexicon import PRONOUNS
from kg.records import Extraction

RUN = 3
"""Paragraphs in a row in a reader's voice that open the comments."""
LEAST = 5
"""Paragraphs in a reader's voice the comments hold at least."""
SHARE = 0.7
"""The least share of the paragraphs from the comments' start to the end in a reader's voice."""
BEFORE = 2
"""Paragraphs of news (no reader's voice) before the comments, at least."""

_VOICES = frozenset(word for word, pronoun in PRONOUNS.items() if pronoun.person in (1, 2))
_WORD = re.compile(r"[A-Za-z]+|[?!]")
_NAME_WORD = re.compile(r"\w+")
_QUOTES = ('"', "\u201c", "\u201d")


def comments_start(text: str) -> int | None:
    """The offset in ``text`` where readers' comments begin, or None when it has none.

    >>> news = "Mr Smith won the seat on Friday.\\n\\nHe had lost in 2001.\\n\\n"
    >>> voices = "I agree with him.\\n\\nWhy not?\\n\\nWe need change!\\n\\nYou are wrong.\\n\\nMy vote is his.\\n"
    >>> comments_start(news + voices) == len(news)
    True
    >>> comments_start(news + "He said he was happy.\\n") is None
    True
    """
    paragraphs = [(match.start(), match.group()) for match in re.finditer(r"[^\n]*\S[^\n]*", text)]
    voiced = [_in_readers_voice(paragraph) for _, paragraph in paragraphs]
    for first in range(len(paragraphs) - RUN + 1):
        if not all(voiced[first : first + RUN]) or voiced[:first].count(False) < BEFORE:
            continue
        rest = voiced[first:]
        if rest.count(True) >= LEAST and rest.count(True) >= SHARE * len(rest):
            return paragraphs[first][0]
    return None


def _in_readers_voice(paragraph: str) -> bool:
    """A paragraph with no quotation mark that speaks as "I", "we" or to "you", or asks or exclaims."""
    if any(mark in paragraph for mark in _QUOTES):
        return False
    return any(word in "?!" or (word != "US" and word.lower() in _VOICES) for word in _WORD.findall(paragraph))


def _words(text: str) -> str:
    """The words of ``text`` as written, between spaces: "Kilroy-Silk's" -> " Kilroy Silk s "."""
    return f" {' '.join(_NAME_WORD.findall(text))} "


def without_comments(extraction: Extraction) -> Extraction:
    """``extraction`` without the statements read from its document's readers' comments."""
    start = comments_start(extraction.document.text)
    if start is None:
        return extraction
    news = _words(extraction.document.text[:start])
    return dataclasses.replace(
        extraction,
        mentions=tuple(mention for mention in extraction.mentions if mention.start < start or _words(mention.text) in news),
        times=tuple(span for span in extraction.times if span[0] < start),
        propositions=tuple(found for found in extraction.propositions if found.sentence[0] < start),
        events=tuple(event for event in extraction.events if event.sentence[0] < start),
        roles=tuple(reading for reading in extraction.roles if reading.sentence[0] < start),
        speech=tuple(reading for reading in extraction.speech if reading.sentence[0] < start),
    )
