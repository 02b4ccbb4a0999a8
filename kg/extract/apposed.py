"""An object the parse hung on a verb after a comma that closes the verb's other
complement: that complement's apposition, not what the verb acts on.

"The gap between US exports and imports has widened to more than $60bn (£31.7bn), an
all-time record": "record" is the verb's object in the parse, which made the gap an agent
widening a record; it restates the new value, and the gap is the theme that widened.
An object follows its verb with no comma between ("won the title"); one after a comma
and a complement of the verb is a comment on what came before. Not when a comma comes
earlier too ("won, for the first time, the title": the object after a parenthesis).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from kg.extract.words import Word


def apposed_object(word: Word | None) -> bool:
    """Whether ``word``, a verb's object in the parse, comes after a comma that closes
    another complement of the verb (and no comma before it)."""
    if word is None or word.dep_ not in ("dobj", "dative") or word.i < word.head.i:
        return False
    verb, start = word.head, word.left_edge.i
    if start - 1 <= verb.i or word.doc.words[start - 1].text != ",":
        return False
    between = word.doc.words[verb.i + 1 : start - 1]
    return not any(t.text == "," for t in between) and any(
        t.head is verb and t.dep_ not in ("punct", "aux", "neg") for t in between)
