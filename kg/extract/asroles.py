"""What an "as" phrase on an event is when the role table gives it none.

- the post, part or capacity a verb of serving or playing says its subject holds
  (``as_role_verbs.txt``): its attribute, the content of the verb. "Mr Jackson served as
  higher education minister between 1987 and 1990", "Paver, who previously worked as a
  lawyer", "Brosnan stars as a hit man in comedy The Matador": without it the event says
  only that someone served, worked or starred.

The role table (``event_roles.tsv``) gives "as" a role only for an appointment, a vote or a
resignation ("resigned as chairman"). Not so: a verb with a direct object ("starred Depp as
the crazed cult film-maker Wood": the object's part), a fronted "as" ("As chairman, he
served ..."), an "as" after other words of the verb ("dismissed the claim he had reneged on a
promise to stand aside for Gordon Brown as old news": the parser hung the dismissing's "as" on
"stand"; only adverbs and the verb's particle may come between, "served briefly as", "will stay on
as a consultant", "doubles up as an MP3 player"), a clause "as" opens ("works as it should": the parser's mark, no phrase), nor a
relative clause after a list ("Tim Daly of Michael Foods and Kenneth Bowman, who worked as an
independent contractor": the parser hangs "who" on the list's first name, so the event with
its post would name the wrong holder; bare, it is dropped, as ``kg.extract.starring`` drops a
work it cannot place).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from kg.lexicon.table import read_words

if TYPE_CHECKING:
    from kg.extract.words import Word

__all__ = ["as_role"]

_AS_VERBS = read_words("as_role_verbs.txt")


def as_role(prep: Word, pobj: Word | None, role: str | None) -> str | None:
    """The role of "as" + ``pobj``, ``role`` as the role table gives it: the attribute of a verb
    of ``as_role_verbs.txt`` with no direct object, when the table gave none."""
    if role is not None or pobj is None or prep.lower_ != "as" or prep.dep_ != "prep" or prep.i < prep.head.i:
        return role
    verb = prep.head
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in _AS_VERBS or any(c.dep_ == "dobj" for c in verb.children):
        return role
    if any(word.dep_ not in ("advmod", "neg", "prt") for word in verb.doc[verb.i + 1:prep.i]):
        return role  # "a promise to stand aside for Gordon Brown as old news": "as" hung on the wrong verb
    if verb.dep_ == "relcl" and any(word.dep_ == "conj" and word.i < verb.i for word in verb.head.subtree):
        return role  # "Tim Daly of Michael Foods and Kenneth Bowman, who worked as": whose post is unsure
    return "attribute"
