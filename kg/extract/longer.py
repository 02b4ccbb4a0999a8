"""A name NER cut short at the start of a sentence, whole where the article writes it whole.

"Little Britain began life as a radio series": NER reads the sentence's first word
as an adjective and gives "Britain", a country, so that the show "began life" and
"proved a huge success" as the United Kingdom. Where the article names the longer
name elsewhere ("cult hit Little Britain has triumphed"), the capitalised word right
before a mention, with one space between, joins it when the two together are that
name, and the mention takes the longer name's type. A mention NER made of that word alone
goes: it is part of the name now ("a great Duran Duran album", NER's place "Duran" and
work "Duran", is the band's name once, not a town beside it).
"""

from __future__ import annotations

from dataclasses import replace

from kg.extract.words import Bounds, Words
from kg.records import Mention

# Words that join no name here ("The Office" stays the name NER gave each mention).
_FUNCTION_WORDS = frozenset({"DET", "ADP", "PRON", "CCONJ", "SCONJ", "AUX", "PART"})


def whole_names(found: list[tuple[Mention, Bounds]], words: Words) -> list[tuple[Mention, Bounds]]:
    """``found`` with each mention NER cut after a capitalised word made whole (see above)."""
    longer = {m.text: m for m, _ in found if " " in m.text}
    if not longer:
        return found
    text = words.text
    out: list[tuple[Mention, Bounds]] = []
    joined: set[Bounds] = set()  # the words that joined a name after them
    for mention, (start, end) in found:
        before = words[start - 1] if start > 0 else None
        if (before is not None and before.text[:1].isupper() and before.is_alpha and before.pos_ not in _FUNCTION_WORDS
                and text[before.idx + len(before.text) : mention.start] == " "):
            whole = longer.get(f"{before.text} {mention.text}")
            if whole is not None:
                mention = replace(mention, start=before.idx, text=whole.text, type=whole.type, cued=whole.cued)
                start = start - 1
                joined.add((start, start + 1))
        out.append((mention, (start, end)))
    return [(m, b) for m, b in out if b not in joined]
