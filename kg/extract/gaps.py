"""A relative clause with no relative word is about the noun it follows: its object.

"the central role Mr Brown will play in the campaign", "the market it operates",
"the player they had on loan": the clause's object is the noun it modifies, which
the parse leaves outside it, so the event kept its subject alone, play(Mr Brown),
a fact that says nothing. The noun is its theme: play(Mr Brown, the central role).

Only where nothing else can be the object: the clause follows the noun at once with
its own subject and no relative word ("that", "which"), has no object, no clause of
its own and no preposition left without its object ("the song they listen to"), its
subject acts (an agent), and its verb's object is a theme (``event_lemmas.tsv``).
Nouns that such a clause never takes as its object stay out (``gap_nouns.txt``):
"the way they communicate", "the day he left", "rumours O'Leary would quit".
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING, cast

from kg.extract.spans import noun_phrase, to_argument, trim
from kg.lexicon import GAP_NOUNS
from kg.lexicon.events import VERB_TRIGGERS
from kg.records import EventArgument, EventMention

if TYPE_CHECKING:
    from spacy.tokens import Token

    from kg.extract.words import Sentence, Word

# What closes the gap the clause leaves, when the clause has it.
_FILLED = frozenset({"dobj", "nsubjpass", "auxpass", "ccomp", "xcomp", "attr", "oprd", "dative"})
_RELATIVE_TAGS = frozenset({"WDT", "WP", "WP$", "WRB"})
# A writer's or a reader's "we", "you", "I": the clause says what anyone does.
_SPEAKERS = frozenset({"i", "we", "you"})


def with_gaps(events: list[EventMention], sent: Sentence, text: str) -> list[EventMention]:
    """``events`` with the noun an object relative clause modifies as its theme."""
    words = sent.by_offset()
    found = []
    for event in events:
        verb = words.get(event.trigger_start)
        noun = _gap_noun(verb, event) if verb is not None else None
        if noun is not None:
            inside = {t.i for t in noun.subtree if t.i >= cast("Word", verb).left_edge.i}
            tokens = trim([t for t in noun_phrase(cast("Token", noun)) if t.i not in inside])
            if tokens:
                theme = EventArgument("theme", to_argument(tokens, text))
                event = replace(event, arguments=tuple(sorted((*event.arguments, theme),
                                                              key=lambda a: (a.argument.start, a.role))))
        found.append(event)
    return found


def _gap_noun(verb: Word, event: EventMention) -> Word | None:
    """The noun ``verb``'s clause modifies as its object, or ``None`` (see the module's docstring)."""
    noun = verb.head
    if verb.dep_ != "relcl" or event.kind != "clause" or noun.pos_ not in ("NOUN", "PROPN") or noun.i > verb.i:
        return None
    roles = {argument.role for argument in event.arguments}
    if any(argument.role == "agent" and argument.argument.text.lower() in _SPEAKERS for argument in event.arguments):
        return None  # "the goods we buy", "the information you come across": anyone's
    trigger = VERB_TRIGGERS.get(event.lemma)
    if "agent" not in roles or roles & {"theme", "patient", "recipient", "opponent"} or (
            trigger is not None and trigger.object != "theme") or noun.lemma_.lower() in GAP_NOUNS:
        return None
    start = verb.left_edge
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is None or subject.left_edge.i != start.i or start.i != max(t.i for t in noun.subtree if t.i < start.i) + 1:
        return None  # "the market [it operates]": the subject right after the noun
    clause = list(verb.subtree)
    if any(t.tag_ in _RELATIVE_TAGS or (t.lower_ == "that" and t.i < verb.i) for t in clause):
        return None
    if any(c.dep_ in _FILLED for c in verb.children):
        return None
    if any(t.dep_ == "prep" and not any(g.dep_ in ("pobj", "pcomp") for g in t.children) for t in clause):
        return None  # "the song they listen to": the noun is the preposition's
    return noun
