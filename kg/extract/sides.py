"""Sides of a result in a sports report: a name that won, lost or drew against another.

``kg.extract.cues.is_team`` reads a team from a playing verb's subject or object
("Leicester beat Bath") and from an opponent ("against Italy"). A result is also
written with a noun or a verb and its preposition, and the name there is a side
(a club, a country's team), whatever NER labelled it:

- after a result noun's preposition: "a 2-1 victory over Calvisano", "their loss
  to Gloucester", "the defeat by Auxerre";
- as the owner of a result noun, numbers between: "Saracens' 20-10 loss";
- as the subject of a deed done "with" a result noun: "The United States kept the
  Davis Cup final alive with victory in Saturday's doubles rubber";
- after a playing verb's preposition: "Calvisano lost 30-10 to Saracens", "drew
  with Gloucester", "were beaten by Gloucester".

Places a game is played at ("at Calvisano", "travel to Calvisano") are left alone:
a ground or a town, not a side.
"""

from __future__ import annotations

from kg.extract.words import Word, Words
from kg.lexicon import TEAM_VERBS
from kg.lexicon.gazetteer import gazetteer
from kg.types import EntityType

SIDE_TYPES = frozenset({EntityType.ORGANIZATION, EntityType.GROUP, EntityType.PLACE})
"""NER's readings of a one-word name that, playing in a sports report, make it a
side: an organisation ("Auxerre"), a group ("Saracens": NORP, no demonym) or a
place the gazetteer does not know ("Calvisano"); a person's reading does not
(a surname plays too: "Federer beat Roddick")."""

# Nouns of a game's result (lemmas): "victory over", "defeat by", "loss to".
RESULT_NOUNS = frozenset({"win", "victory", "defeat", "loss", "draw", "triumph", "success", "thrashing", "drubbing", "rout"})
# The prepositions that name the other side after a result noun; not "at" or "in",
# which name where the game was played, nor "with", which names players too ("a
# win with Hill in the side"), except after a draw ("a draw with Gloucester").
_NOUN_PREPOSITIONS = frozenset({"over", "to", "by", "against"})
# A result verb (lemma) with the preposition that names the other side: "lost to
# Saracens", "drew with Gloucester", "fell to Gloucester", "triumphed over Wasps".
# Not "led to" or "beat ... to the title": those prepositions name no side.
VERB_PREPOSITIONS = frozenset({("lose", "to"), ("draw", "with"), ("fall", "to"), ("triumph", "over"), ("slip", "to")})


def club_of_city(words: Words, start: int, end: int) -> bool:
    """ "Celta Vigo", "Bayern Munich": a name that is no place but ends in a city's name."""
    places = gazetteer()
    return places.is_city(words.words[end - 1].text) and not places.is_place(words.words[start].text)


def is_side_of_result(words: Words, start: int, end: int) -> bool:
    """Words ``start:end`` name a side of a result (see the module's constructions)."""
    root = words.root(start, end)
    head = root.head
    if root.dep_ == "poss":
        return head.lemma_.lower() in RESULT_NOUNS  # "Saracens' 20-10 loss", "Gloucester's win"
    if root.dep_ == "nsubj" and head.pos_ == "VERB":
        return _done_with_result(head)  # "The United States kept the final alive with victory"
    if root.dep_ != "pobj":
        return False
    governor, preposition = head.head, head.lower_
    if governor.pos_ == "NOUN" and governor.lemma_.lower() in RESULT_NOUNS:
        # "a 2-1 victory over Calvisano", "the defeat by Auxerre", "a draw with Gloucester"
        return preposition in _NOUN_PREPOSITIONS or (preposition == "with" and governor.lemma_.lower() == "draw")
    if governor.pos_ != "VERB":
        return False
    if head.dep_ == "agent":
        return governor.lemma_.lower() in TEAM_VERBS  # "were beaten by Gloucester"
    return (governor.lemma_.lower(), preposition) in VERB_PREPOSITIONS  # "lost 30-10 to Saracens"


def _done_with_result(verb: Word) -> bool:
    """A verb whose "with" names a result: its subject won, lost or drew ("The United
    States kept the Davis Cup final alive with victory in Saturday's doubles rubber",
    "Wales opened with a win")."""
    return any(
        child.dep_ == "prep" and child.lower_ == "with"
        and any(noun.dep_ == "pobj" and noun.lemma_.lower() in RESULT_NOUNS for noun in child.children)
        for child in verb.children
    )
