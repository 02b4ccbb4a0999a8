"""A verb written with a capital inside a run of capitalised words is a word of a title, no event.

"a drama project for HBO, called The Rise And Fall Of Taylor Kennedy": the parser reads "Rise"
as a verb, and its clause gave "rise(theme=Taylor Kennedy)". Titles of works, shows and
campaigns keep their verbs capitalised; a verb that heads a clause is written in lower case
except at the start of a sentence, after a quotation mark, a colon, a bracket or a dash, or in
a headline. A capitalised verb (not in capitals throughout: "OPEN", "UPDATE") inside the
sentence, with a capitalised word right before or after it (but not a sentence's first word),
heads no event.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

    from kg.extract.words import Word

__all__ = ["title_word"]

# Marks after which a clause may start with a capital: a quotation, a list, an aside.
_OPENERS = frozenset({'"', "“", "‘", "'", ":", "(", "[", "-", "–", "—", ";"})


def title_word(verb: Word | Token) -> bool:
    """Whether ``verb`` is a capitalised word of a title inside its sentence (see the module)."""
    text = verb.text
    start, end = verb.sent.start, verb.sent.end
    if not text[:1].isupper() or text.isupper() or verb.i <= start + 1:
        return False  # a sentence's first word, or its second after an opening mark
    doc = verb.doc
    before = doc[verb.i - 1]
    if before.text in _OPENERS:
        return False
    after = doc[verb.i + 1] if verb.i + 1 < end else None
    capitalised_after = after is not None and after.text[:1].isupper() and after.text not in _OPENERS
    return (before.text[:1].isupper() and before.i > start) or capitalised_after
