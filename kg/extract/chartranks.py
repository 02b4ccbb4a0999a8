"""A place in a chart that a change reaches or leaves: "fell to number 16", "fell from number three
to number five".

In a chart or ranking story the place is the news ("Last year's winner, Graham Norton, fell to
number 16"), and it is a value of the change, as "to $1.13bn" is: the place reached is the
change's new value, the place left its old value. The parser often reads "to number 16" as an
infinitive ("to" an auxiliary of a verb "number", hung as a clause on the verb or on its "one
place"), and the event lost the place; where it reads a preposition, the role table made the
place a destination, as of a journey. Only a change's (``EVENT_CLASSES`` "change": "fall",
"rise", "slip"), and only a noun of ``rank_nouns.tsv`` with its number after it or its ordinal before
it ("dropped to second place"); not "moved to number two" (a movement keeps its destination) nor
"at number 11" (where it entered).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, cast

from kg.extract.spans import argument_head
from kg.lexicon.table import read_table

if TYPE_CHECKING:
    from spacy.tokens import Token

    from kg.extract.words import Word
    from kg.lexicon.events import Trigger

RANK_NOUNS: dict[str, str] = {row.fields[0]: row.fields[1] for row in read_table("rank_nouns.tsv")}
_CLAUSES = frozenset({"advcl", "relcl", "xcomp", "acl", "ccomp"})  # how the parser hangs "to number 16" as a verb
_ROLES = {"to": "new_value", "from": "old_value"}


def chart_places(verb: Word, trigger: Trigger, found: list[tuple[str, list[Word]]]) -> list[tuple[str, list[Word]]]:
    """``found`` (role, tokens) of a change's ``verb``, a place in a chart relabelled a value
    ("to number three": new_value, not destination) and one the parser read as a clause added."""
    if trigger.event_class != "change":
        return found
    out = []
    for role, tokens in found:
        noun = _head(tokens[1:] if len(tokens) > 1 and tokens[0].dep_ == "prep" else tokens)
        prep = noun.head if noun is not None and noun.dep_ == "pobj" else None
        if noun is not None and prep is not None and prep.dep_ == "prep" and prep.lower_ in _ROLES and _rank(noun) is not None:
            role = _ROLES[prep.lower_]  # "fell from number three to number five"
        out.append((role, tokens))
    for holder in [verb, *(c for c in verb.children if c.dep_ in ("npadvmod", "dobj"))]:
        for child in holder.children:
            number = _rank(child) if child.dep_ in _CLAUSES else None
            if number is not None and any(a.dep_ == "aux" and a.lower_ == "to" and a.i == child.i - 1 for a in child.children):
                out.append(("new_value", [child, number]))  # "fell (one place) to number 16", read as "to number"
    return out


def _head(tokens: list[Word]) -> Word | None:
    """``spans.argument_head`` of words."""
    return cast("Word | None", argument_head(cast("list[Token]", tokens)))


def _rank(noun: Word) -> Word | None:
    """The word that makes a rank noun a place (``rank_nouns.tsv``): the number right after
    "number" ("number 16"), the ordinal right before "place" ("second place"); else ``None``."""
    marker = RANK_NOUNS.get(noun.lower_)
    if marker == "number":
        return next((c for c in noun.children if c.dep_ == "nummod" and c.i == noun.i + 1), None)
    if marker == "ordinal":
        return next((c for c in noun.children if c.ent_type_ == "ORDINAL" and c.i == noun.i - 1), None)
    return None
