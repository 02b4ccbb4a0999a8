"""A law's title with a bracketed part inside is one name: "the Health Service
(Miscellaneous Provisions) Bill".

NER reads such a title as pieces: "Health Service" (an organisation) and "Bill" (a person),
and kg then gives the bill's events a person "Bill" and names a body "Health Service". The
capitalised words before an opening bracket, the capitalised words inside it and a law's
head word ("Bill", "Act") right after the closing bracket are one title, legislation
(``paren_laws_joined``); the words before the bracket go back over "of", "to", "for", "on"
and "and" between capitalised words ("the Prevention of Terrorism (Temporary Provisions)
Act"), to a lower-case word, "The" or the sentence's start. ``kept_bracket`` keeps such a title
whole where ``kg.extract.namelike`` cuts names at brackets (rule ``bracket``). Not a
bracket of lower-case words or a number ("the Bill (due in May)", "Act (2004)"), nor a
bracket with no law's head right after it ("the Payment Clearing Services (Apacs)"), nor
a bracket right after a sentence's first word.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from kg.extract.lawtitles import LAW_HEADS
from kg.extract.markednames import quoted_nickname

if TYPE_CHECKING:
    from kg.extract.words import Words

_JOINERS = frozenset({"of", "to", "for", "on", "and"})
_MAX_INSIDE = 4  # "(Miscellaneous Provisions)": at most this many words inside the brackets
_MAX_BEFORE = 6  # "Prevention of Terrorism": at most this many words before the opening bracket


def paren_laws_joined(spans: list[tuple[str, int, int]], words: Words) -> list[tuple[str, int, int]]:
    """``spans`` (label, start, end in words) with each law's title that has a bracketed
    part inside one ``LAW`` span, the spans inside it dropped (see the module's docstring)."""
    if "(" not in words.forms():
        return spans  # no bracket opens a title (most articles): no word-by-word pass
    titles = [title for i, word in enumerate(words.words) if word.text == "(" and (title := _title(words, i)) is not None]
    if not titles:
        return spans
    kept = [(label, s, e) for label, s, e in spans if not any(s < end and e > start for start, end in titles)]
    return sorted(kept + [("LAW", start, end) for start, end in titles], key=lambda span: (span[1], span[2]))


def kept_bracket(words: Words, i: int, start: int, end: int, label: str) -> bool:
    """The bracket or quotation mark at word ``i`` of the name ``start:end`` is part of the
    name: a law's bracketed part (see the module's docstring) or a person's nickname in
    quotation marks between the given name and the surname ("Ahmed 'Mido' Hossam")."""
    if label == "PERSON":
        return quoted_nickname(words, i, start, end)
    if label != "LAW":
        return False
    opening = i if words[i].text == "(" else next((j for j in range(i - 1, start - 1, -1) if words[j].text == "("), None)
    return opening is not None and (title := _title(words, opening)) is not None and start <= title[0] and title[1] <= end


def _title(words: Words, opening: int) -> tuple[int, int] | None:
    """The (start, end) of a law's title whose bracket opens at word ``opening``, or None."""
    if words[opening].text != "(" or opening == 0:
        return None
    closing = next((j for j in range(opening + 1, min(len(words), opening + _MAX_INSIDE + 2)) if words[j].text == ")"), None)
    if closing is None or closing == opening + 1 or closing + 1 >= len(words) or words[closing + 1].text not in LAW_HEADS:
        return None
    if not all(_capital(words, j) for j in range(opening + 1, closing)):
        return None
    after = closing + 2
    if after < len(words) and words[after].text[:1].isupper() and words[after].is_alpha:
        return None  # a person's name goes on: "Tony Wright (Labour) Bill Rammell"
    if any(words[j].ent_type_ == "PERSON" for j in range(max(0, opening - 1), opening)):
        return None  # a person before the bracket: "Tony Wright (Labour) Bill"
    first, start = words[opening].sent.start, opening
    while start > first and opening - start < _MAX_BEFORE and (
        _capital(words, start - 1)
        or (words[start - 1].text in _JOINERS and start < opening and start - 2 >= first and _capital(words, start - 2))
    ):
        start -= 1
    if start == opening or not _capital(words, start):
        return None
    return start, closing + 2


def _capital(words: Words, i: int) -> bool:
    word = words[i]
    return word.is_alpha and word.text[:1].isupper() and word.text not in {"The", "A", "An"}
