"""An agent kept whole where what follows its bare head names whose or where it is.

``kg.extract.event_arguments.shortened`` cuts the phrases after an argument's head ("annual
bonus rates on its with-profits life policies" -> "annual bonus rates"). A sentence, often a
report's first, may open on a plural or mass noun that only a phrase with a name picks out:
"Tickets for Scotland's biggest music festival have sold out", "Stock markets in Indonesia
and India have hit all-time highs". Cut, the subject is "Tickets", "Stock markets": no one
in particular, and which tickets, which markets is lost. There the subject stays whole,
a description ``kg.resolve.namedphrase`` keeps as the agent.
Only an agent that is a common noun with no article, possessor or number ("the tickets"
picks out its referent by itself), and a phrase on "in", "for" or "at" that holds a name.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, cast

from kg.extract.dashclauses import before_dashed_clause
from kg.extract.describedas import DESCRIBING_VERBS
from kg.extract.event_arguments import shortened, with_intent
from kg.extract.keptphrases import asked_for, in_phrase
from kg.extract.spans import argument_head

if TYPE_CHECKING:
    from spacy.tokens import Token

    from kg.extract.words import Word

__all__ = ["named_shortened"]

_PREPOSITIONS = frozenset({"in", "for", "at"})
# NER labels of a name that says whose or where the things are.
_NAMES = frozenset({"GPE", "ORG", "PERSON", "NORP", "FAC", "LOC", "EVENT", "WORK_OF_ART", "PRODUCT"})


def named_shortened(role: str, tokens: list[Word], verb: Word) -> list[Word]:
    """``_named_shortened`` with the infinitive of intent or the phrase it cut that says what the head is
    (``with_intent``: "plans to cut jobs", "a rise in profits"), and an agent without a change's or role's
    "in" phrase or a request's "for" phrase (kg.extract.keptphrases): a rise or a role does not act, and an agent headed by one is a
    misparse ("The 31-year-old admitted interest [in the Lions tour] was immense, calling it ...")."""
    kept = with_intent(_named_shortened(role, tokens, verb))
    if (first := argument_head(cast("list[Token]", kept))) is not None:  # "a rise in what the US can owe [- taking ...]"
        kept = cast("list[Word]", before_dashed_clause(cast("list[Token]", kept), first))
    head = cast("Word | None", argument_head(cast("list[Token]", kept))) if role == "agent" else None
    if head is None:
        return kept
    cut = {word.i for child in head.rights if in_phrase(head, child) or asked_for(head, child) for word in child.subtree}
    return [word for word in kept if word.i not in cut]


def _named_shortened(role: str, tokens: list[Word], verb: Word) -> list[Word]:
    """``shortened`` ``tokens``, but the subject of ``verb`` (its agent, or the theme of a change:
    "Shares in Europe's leading reinsurers and travel firms have fallen") whole when a phrase after
    its bare plural or mass head names whose or where it is ("Tickets for Scotland's biggest music festival"),
    and the attribute of a verb of describing whole: what one is called is all its words ("described the
    affair as a crackdown on corruption", kg.extract.describedas; not "named Britain's best new TV comedy
    [over ITV1 shows]", a naming's, whose comparison is no part of the title)."""
    if role == "attribute" and verb.lemma_.lower() in DESCRIBING_VERBS:
        return tokens
    head = cast("Word | None", argument_head(cast("list[Token]", tokens)))  # a Word answers as its Token
    if head is None or role not in ("agent", "theme") or head.dep_ != "nsubj" or head.head.i != verb.i \
            or head.pos_ != "NOUN" or head.tag_ not in ("NNS", "NN"):
        # only the verb's own subject: "Shares in Krispy Kreme sank ... to close at $10.48" is no closing of the firm
        return shortened(tokens)
    if any(child.dep_ in ("det", "poss", "nummod") for child in head.children):
        return shortened(tokens)  # "the tickets", "its shares", "two markets": the rules that read those
    inside = {word.i for word in tokens}  # a name the phrase keeps: not "at the media group [Globex]", an apposition cut
    kept = [child for child in head.rights if child.dep_ == "prep" and child.lower_ in _PREPOSITIONS
            and any(word.ent_type_ in _NAMES and word.i in inside for word in child.subtree)]
    if not kept or head.i != min(word.i for word in tokens) + _modifiers(head):
        return shortened(tokens)
    whole = {word.i for child in kept for word in child.subtree}
    return [word for word in tokens if word.i in whole or word.i not in _cut(head, tokens)]


def _modifiers(head: Word) -> int:
    """How many words before the head belong to it (its compounds and adjectives: "Stock markets")."""
    return sum(1 for child in head.lefts if child.dep_ in ("compound", "amod"))


def _cut(head: Word, tokens: list[Word]) -> set[int]:
    """The words ``shortened`` leaves out."""
    kept = {word.i for word in shortened(tokens)}
    return {word.i for word in tokens if word.i not in kept}

