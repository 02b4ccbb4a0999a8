"""A courtesy title inside NER's span opens the name of a person of its own.

Rule ``inner title``: NER runs a span over the words before a person's courtesy
title ("In a speech to the Foreign Policy Centre Mr Straw said", "during his keynote
speech at GDC Mr Allard", "Analysing Mr Brown's position"), and the node is one thing
of no such name. When the word after the title is the surname of someone the article
names in another span ("Gordon Brown", "Brown"), the span is two pieces
(``kg.extract.namelike.sentence_pieces``): the words before the title, a name of
their own or none ("Analysing"), and the titled person, whose title
``kg.extract.mentions`` strips at the name's head.

Only the titles that stand before a surname and before nothing else (``_COURTESY``):
"Miss" opens a title's words ("Little Miss Sunshine"), "Lord", "Captain" and
"Father" a character's or a place's. Not in NER's title of a work ("The Talented Mr
Ripley").

Once split, the words before the title end a name, not a role: "Centre" is no
rugby centre's post of Mr Straw's (``kg.extract.positions``: a player's position
NER read inside an organisation's name).
"""

from __future__ import annotations

from kg.extract.words import Words
from kg.folding import fold

# Courtesy titles (titles.tsv: person "yes", name "surname") that open no other kind of name.
_COURTESY = frozenset({"mr", "mrs", "ms", "dr"})
_WORK_LABELS = frozenset({"WORK_OF_ART"})


def opens_inner_title(words: Words, i: int, start: int, end: int, label: str, owners: frozenset[str]) -> bool:
    """Word ``i`` of NER's span ``start:end`` (label ``label``) is a courtesy title,
    not the span's first word, before the surname of a person the article names in
    another span. ``owners``: folded texts of the article's entity spans."""
    tokens = words.words
    if label in _WORK_LABELS or not start < i < end - 1 or tokens[i].text.rstrip(".").lower() not in _COURTESY:
        return False
    following = tokens[i + 1]
    if not following.text[:1].isupper():
        return False
    surname, before = fold(following.text), fold(words.span_text(start, i))
    # Another span's: not this one's own ("the Foreign Policy Centre Mr Straw" ends in "straw" too).
    return any(owner == surname or (owner.endswith(" " + surname) and before not in owner) for owner in owners)
