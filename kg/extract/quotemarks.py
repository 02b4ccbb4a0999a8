"""Where direct speech stands in a text: the spans between quotation marks.

What is said inside them is the speaker's, not the writer's: events read there
are reported, not asserted (``kg.extract.events.sentence_events``).
"""

from __future__ import annotations

import re

_QUOTE_MARK = re.compile(r'["“”\n]')


def quoted_spans(text: str, *, words: int = 4) -> list[tuple[int, int]]:
    """Spans of direct speech: text in quotation marks, within a paragraph, of at least
    ``words`` words (shorter ones are scare quotes or titles: “terrorists”, "Ray").

    A straight quote opens when a word follows it and closes when one precedes it;
    an opening quote while one is open continues the speech (quoted paragraphs run
    together open each with a quote and close only the last).

    >>> text = 'He said: "We will fight on to the end," and left. The “terrorists” fled.'
    >>> [text[start:end] for start, end in quoted_spans(text)]
    ['We will fight on to the end,']
    >>> text = 'She said: "The time has come. "There is evidence a ban can cut deaths." Then she left.'
    >>> [text[start:end] for start, end in quoted_spans(text)]
    ['The time has come. "There is evidence a ban can cut deaths.']
    """
    found = []
    start: int | None = None
    for match in _QUOTE_MARK.finditer(text):
        mark, at = match.group(0), match.start()
        if mark == "\n":
            start = None  # speech never runs past a line break unmarked
            continue
        before = text[at - 1] if at else " "
        after = text[at + 1] if at + 1 < len(text) else " "
        opening = mark == "“" or (mark == '"' and (before.isspace() or before in "([—-:") and not after.isspace())
        if opening:
            start = at + 1 if start is None else start
        elif start is not None:
            if len(text[start:at].split()) >= words:
                found.append((start, at))
            start = None
    return found
