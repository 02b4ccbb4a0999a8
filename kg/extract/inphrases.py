"""What an "in" phrase on an event is when it is no time or place.

- the work a performer stars in, the contest one competes in (``in_theme_verbs.tsv``): its
  theme, "Sarah Lancashire and Timothy Spall will star in the real-life drama, Cherished",
  "competing in the Australian Open warm-up event"; not with a direct object ("The Last
  Samurai stars Tom Cruise in the lead": the film is the theme);
- what one takes part or participates in (``in_theme_verbs.tsv``): its theme, "More than 2,000
  schools took part in the vote" ("part" the one bare object: not "took a leading part in");
- what was tried, after "failed"/"succeeded" (``in_theme_verbs.tsv``): its topic, "NBC failed in
  their attempt to have the show pulled" ("in the end" is an aside, ``aside_phrases.txt``);
- an award's category: the topic of whatever event it is in, as after "for"
  (``kg.extract.forphrases``): "The History Boys won in the theatre category", "nominated in
  the best actress category".

The role table (``event_roles.tsv``) gives "in" a role only for a time or a place ("starred
in Chicago", "in 2003" stay so). Never a frame before the verb: "In other South Bank
categories, ...", "In the TV categories, X will compete for ...".
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from kg.lexicon.table import read_table

if TYPE_CHECKING:
    from kg.extract.words import Word

__all__ = ["in_role"]

_IN_ROLES = {row.fields[0]: row.fields[1] for row in read_table("in_theme_verbs.tsv")}
_CATEGORY = "category"


def in_role(prep: Word, pobj: Word | None, role: str | None) -> str | None:
    """The role of "in" + ``pobj``, ``role`` as the role table gives it: the theme of a verb
    of ``in_theme_verbs.tsv`` with no direct object, when the table gave none; the topic for an
    award's category."""
    if role is not None or pobj is None or prep.lower_ != "in" or prep.dep_ != "prep" or prep.i < prep.head.i:
        return role  # not a fronted frame: "In other categories, X won ...", "In the TV categories, X will compete"
    if pobj.lemma_.lower() == _CATEGORY:
        return "topic"
    verb = prep.head
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    if verb.pos_ != "VERB":
        return role
    if len(objects) == 1 and objects[0].lower_ == "part" and not list(objects[0].children):
        return _IN_ROLES.get(verb.lemma_.lower() + " part", role)  # "took part in the vote": what was taken part in
    return role if objects else _IN_ROLES.get(verb.lemma_.lower(), role)
