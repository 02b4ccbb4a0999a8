"""A bill's or an act's title with a preposition inside is one name, its possessor another.

spaCy's small model cuts such a title at its preposition and fuses the words before it with
the possessor: "Labour peer Lord Dubs' Succession to the Crown Bill" gives "Dubs' Succession"
(an organisation, then a person) and "Crown Bill"; "Lord Smith's Prevention of Cruelty to
Animals Bill" is one span, possessor and all. A span ending in "Bill" or "Act"
(``LAW_HEADS``) goes back over "of", "to", "for" or "on" (a "the" after it allowed) and the
capitalised words before it, in no entity or in the span before, up to a possessive; the
preposition hangs on those words. The possessor before the title, its sponsor, is a name of
its own: a person's after a person's title ("Lord", "Mr"), else what NER read. A span with a
possessive inside and a preposition after it is split the same way. The whole title is
legislation, and so is a span NER read whole as a firm or a work ("the Prevention of
Terrorism Bill"). Not a person's or a place's name before the preposition ("Tony Blair to
the Finance Bill": a name, no title's opening), nor words no possessive opens ("spoke in the
Lords on the Criminal Justice Act"), nor a title with no preposition ("Uma Thurman's Kill
Bill": a film, read elsewhere).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from kg.lexicon import PERSON_TITLES

if TYPE_CHECKING:
    from kg.extract.words import Words

LAW_HEADS = frozenset({"Bill", "Act"})  # a law title's head words (kg.extract.lawheads, kg.extract.parenlaws too)
_PREPOSITIONS = frozenset({"of", "to", "for", "on"})
_POSSESSIVES = frozenset({"'s", "'", "’s", "’"})
# NER labels of a name that opens no title: "Tony Blair", "Britain", "Tory".
_NAMES = frozenset({"PERSON", "GPE", "LOC", "NORP", "DATE", "TIME", "CARDINAL", "ORDINAL", "MONEY", "PERCENT", "QUANTITY"})
_MAX_LEFT = 4  # "Prevention of Cruelty to Animals": at most this many capitalised words before a preposition


def law_titles_joined(spans: list[tuple[str, int, int]], doc: Words) -> list[tuple[str, int, int]]:
    """``spans`` (label, start, end in words) with each bill's or act's title whole and
    its possessor a span of its own (see the module's docstring)."""
    out: list[tuple[str, int, int]] = []
    for label, start, end in spans:
        if doc[end - 1].text not in LAW_HEADS:
            out.append((label, start, end))
            continue
        inside = _possessive_in(doc, start, end)
        if inside is not None and _has_preposition(doc, inside + 1, end):
            out.append((_possessor_label(doc, start, label), start, inside))
            out.append(("LAW", inside + 1, end))
            continue
        first = _title_start(doc, start, out[-1] if out else None)
        if first is None:
            whole = label not in _NAMES and _has_preposition(doc, start, end)
            out.append(("LAW" if whole else label, start, end))  # "the Prevention of Terrorism Bill" (NER: a firm)
            continue
        if out and out[-1][2] > first:
            before_label, before_start, _ = out.pop()
            possessive = _possessive_in(doc, before_start, first)
            cut = possessive if possessive is not None else first
            if cut > before_start:  # "Dubs' Succession": "Dubs" stays, the possessor
                out.append((_possessor_label(doc, before_start, before_label), before_start, cut))
        out.append(("LAW", first, end))
    return out


def _title_start(doc: Words, start: int, before: tuple[str, int, int] | None) -> int | None:
    """Where the title of the span starting at ``start`` starts when NER cut it at a
    preposition, or None."""
    first = start
    while True:
        i = first - 1
        if i >= 0 and doc[i].lower_ == "the":
            i -= 1
        if i < 1 or doc[i].lower_ not in _PREPOSITIONS:
            break
        opening = _opening(doc, i, before)
        if opening is None or not opening <= doc[i].head.i < i:
            break
        first = opening
    if first == start or first == 0 or doc[first - 1].text not in _POSSESSIVES:
        return None  # "in the Lords on the Criminal Justice Act": no sponsor's title
    return first


def _opening(doc: Words, preposition: int, before: tuple[str, int, int] | None) -> int | None:
    """The first of the capitalised words right before ``preposition``, or None."""
    first = None
    for i in range(preposition - 1, max(-1, preposition - 1 - _MAX_LEFT), -1):
        word = doc[i]
        if not word.text[:1].isupper() or not word.is_alpha:
            break
        label = before[0] if before is not None and before[1] <= i < before[2] else None
        if label in _NAMES or (label is None and word.ent_iob_ != "O"):
            return None  # "Tony Blair to the Finance Bill": a name, no title's opening
        first = i
        if word.sent.start == i:
            break
    return first


def _possessive_in(doc: Words, start: int, end: int) -> int | None:
    """The last possessive mark among words ``start:end``, or None."""
    return next((i for i in range(end - 1, start, -1) if doc[i].text in _POSSESSIVES), None)


def _has_preposition(doc: Words, start: int, end: int) -> bool:
    return any(doc[i].lower_ in _PREPOSITIONS for i in range(start + 1, end - 1))


def _possessor_label(doc: Words, start: int, label: str) -> str:
    """A person's after a person's title ("Lord Dubs'"), else ``label``."""
    return "PERSON" if start > 0 and doc[start - 1].lower_ in PERSON_TITLES else label
