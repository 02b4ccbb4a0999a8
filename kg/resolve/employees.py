"""The firm a person speaks for: "Jim Lanzone, vice president at Ask Jeeves, said it ...".

A spokesman's "it" is the organisation he speaks for (``kg.resolve.pronouns``: "a Yili
spokesman said it may sue"). A named person who holds a post at a firm named in the same
sentence speaks for it in the same way: in "Jim Lanzone, vice president of search
properties at Ask Jeeves in the US, said it did not acquire Bloglines just to get a
foothold", "it" is Ask Jeeves, not the firm the sentence before was about. Only when the
sentence gives the person exactly one current post at an organisation (a firm, a body:
not a team, a country or a people), and that organisation is named in the sentence before
the reported clause; a person with no post in the sentence ("Gordon Brown said it would
cut taxes") is nobody's "it".
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from kg.records import Proposition
from kg.resolve.holders import words
from kg.resolve.starts import sentence_at
from kg.types import EntityType

if TYPE_CHECKING:
    from kg.resolve.coref import Linker


def employer_of_speaker(linker: Linker, clause: Proposition, person: int) -> int | None:
    """The organisation the reporting ``person`` of ``clause`` holds a post at, named in
    the clause's sentence, or ``None`` (see the module docstring)."""
    content = clause.object
    if content is None:
        return None
    sentence = sentence_at(linker.sentence_starts, clause.subject.start)
    owners = {holder.owner for holder in linker.holders
              if holder.cluster == person and holder.owner and holder.status == "current"
              and sentence_at(linker.sentence_starts, holder.start) == sentence}
    if len(owners) != 1:
        return None
    owner = owners.pop()
    # By name, not by mention: NER may miss the firm in the post's own sentence, or read a part of
    # its name elsewhere ("Jeeves" for "Ask Jeeves").
    bodies = {cluster for mention, cluster in linker.names
              if linker.clusters[cluster].type is EntityType.ORGANIZATION and mention.text and frozenset(words(mention.text)) <= owner}
    return bodies.pop() if len(bodies) == 1 else None
