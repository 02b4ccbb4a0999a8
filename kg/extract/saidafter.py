"""The speaker written between a quotation and its speech verb, when the parse misreads it.

'"Under the agreement, England wanted a second opinion, which they can do," director of
rugby Nigel Melville told the Gloucester Citizen': the parse makes "opinion", inside the
quotation, the subject of "told" and hangs the words after the closing mark on it. No
phrase of what is said speaks; the words between the mark and the verb, a noun phrase
after a quotation that ends with a comma, are who does ("Nigel Melville", the person they
end in, when they name one). Without them the quotation would go on from the speech
before it, as often the other side's.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from kg.extract.spans import to_argument
from kg.records import Argument

if TYPE_CHECKING:
    from spacy.tokens import Token

_LONGEST = 8  # words of a speaker phrase between the closing mark and the verb, at most
_NOT_IN_A_NAME = frozenset({"VERB", "AUX", "PRON", "CCONJ", "SCONJ"})
_NOT_OPENING = frozenset({"ADP", "ADV", "PART", "NUM"})


def outside_quotation(speaker: Argument | None, verb: Token, opened: int, closed: int) -> Argument | None:
    """``speaker`` when it lies outside the quotation between character offsets ``opened`` and
    ``closed`` (a speaker is never a phrase of what is said, '"... single tracks ...," said X',
    nor holds the quotation, 'The "Iron Lady" Margaret Thatcher said'); else the words between
    the closing mark and ``verb`` (see the module), or ``None``."""
    if speaker is not None and not (speaker.start < closed and opened < speaker.end):
        return speaker
    return written_between(verb, closed)


def written_between(verb: Token, closed: int) -> Argument | None:
    """The noun phrase between the closing mark at offset ``closed`` and ``verb``, after a
    quotation that ends with a comma; the person it ends in when NER names one."""
    doc = verb.doc
    text = doc.text
    if verb.idx < closed or text[:closed].rstrip()[-1:] != ",":
        return None
    tokens = [w for w in doc[: verb.i] if w.idx > closed and not w.is_space]
    if not tokens or len(tokens) > _LONGEST or tokens[0].pos_ in _NOT_OPENING:
        return None  # '"...," in a statement he said', '"...," also said X'

    if any(w.pos_ in _NOT_IN_A_NAME or (w.is_punct and w.text not in "-'’") for w in tokens):
        return None
    person = [w for w in tokens if w.ent_type_ == "PERSON"]
    if person and person[-1] is tokens[-1] and all(w.ent_type_ == "PERSON" for w in tokens[tokens.index(person[0]) :]):
        tokens = tokens[tokens.index(person[0]) :]
    return to_argument(tokens, text)
