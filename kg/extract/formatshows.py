"""A TV format's head word that NER read alone as a person is the whole show's name.

Rule ``format show whole``: "Pop Idol mogul Simon Fuller", "with Australian Idol winner
Guy Sebastian": NER reads "Idol" as a person and leaves out the word before it ("Pop"
no entity, "Australian" a nationality), so the show became a person named "Idol". A
mention of one word, typed a person, that is a format's head word (``format_heads.txt``:
Idol, Factor, Academy) and has capitalised words right before it that modify it (a
compound or an adjective: "Pop", "Australian", "Fame") is that show, whole ("Pop Idol"),
a CreativeWork; a mention the new span covers ("Australian") is dropped. No person is
named by such a head word alone. Not a word before it that NER read as a place or a
body ("Brixton Academy" is a venue), nor a bare head word with nothing before it.
"""

from __future__ import annotations

from dataclasses import replace

from kg.extract.words import Bounds, Words
from kg.folding import fold
from kg.lexicon import FORMAT_HEADS
from kg.records import Mention
from kg.types import EntityType

# NER's labels a word of the format's name may carry: none ("Pop") or a nationality ("Australian").
_NAME_LABELS = frozenset({"", "NORP"})
_MODIFIERS = frozenset({"compound", "amod"})


def format_shows(found: list[tuple[Mention, Bounds]], words: Words) -> list[tuple[Mention, Bounds]]:
    """``found`` with each format's head word read as a person made the whole show's
    name, a CreativeWork (see the module docstring)."""
    whole = {bounds: _whole(words, m, *bounds) for m, bounds in found}
    covered = [(start, end) for (_, end), start in whole.items() if start is not None]
    out: list[tuple[Mention, Bounds]] = []
    for m, (start, end) in found:
        new_start = whole[(start, end)]
        if new_start is not None:
            text = words.span_text(new_start, end)
            begin = words.words[new_start].idx
            out.append((replace(m, start=begin, text=text, type=EntityType.WORK, cued=True), (new_start, end)))
        elif not any(first <= start and end <= last and (start, end) != (first, last) for first, last in covered):
            out.append((m, (start, end)))
    return out


def _whole(words: Words, mention: Mention, start: int, end: int) -> int | None:
    """The first word of the show's whole name when ``mention`` is a format's head word
    read as a person with its name's words before it, else None."""
    if mention.type is not EntityType.PERSON or end - start != 1 or fold(mention.text) not in FORMAT_HEADS:
        return None
    head = words.words[start]
    first = start
    while first > 0 and start - first < 2:
        word = words.words[first - 1]
        if word.sent is not head.sent or not word.is_alpha or not word.text[:1].isupper() or word.text == "The":
            break
        if word.head is not head or word.dep_ not in _MODIFIERS or word.ent_type_ not in _NAME_LABELS:
            break
        first -= 1
    return first if first < start else None
