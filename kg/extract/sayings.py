"""Set phrases that hold a verb but tell no event of it.

- "as far as X is concerned" says whose view a sentence gives ("As far as England were
  concerned, there were queries over Cueto's effort", "file sharing is just the
  beginning, as far as Mr Broes is concerned"): nothing concerns X;
- "not to mention X" adds X to a list ("most Mexican hip-hop fans, not to mention fans
  in most of the Spanish-speaking world, rarely get a chance"): nobody mentions, or
  fails to mention, anything; "did not mention the deal" is a negated event;
- a verb with the object phrase that makes it a figure of speech (``non_event_forms.tsv``,
  construction "idiom", with the object's words before its head): "Chris Paterson stole
  the show", "Fuller paid the price when he gave way", "the authorities have turned a
  blind eye to": nothing was stolen, paid or turned ("hit the headlines" stays: it tells
  news); so does a bare object the tagger left a verb before: "won rave reviews" (``bare_idiom``:
  "rave" no verb of its own, so "won" is no chain with it, ``kg.extract.factuality.merges``).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from kg.lexicon.events import NON_EVENT_FORMS

if TYPE_CHECKING:
    from kg.extract.words import Word

__all__ = ["bare_idiom", "figurative", "object_phrases", "set_phrase"]

_OPENERS = frozenset({",", "-", "(", "—", "–", ";"})


def set_phrase(verb: Word) -> bool:
    """Whether ``verb`` is the verb of "as far as X is concerned" or "not to mention"."""
    lemma = verb.lemma_.lower()
    if lemma == "concern":
        return verb.dep_ == "advcl" and verb.head.lower_ == "far" and any(
            c.dep_ == "mark" and c.lower_ == "as" for c in verb.children)
    if lemma == "mention":  # set off: ", not to mention"; "decided not to mention it" is a refusal
        doc, i = verb.doc, verb.i
        return verb.dep_ != "xcomp" and i >= 2 and doc[i - 1].lower_ == "to" and doc[i - 2].lower_ == "not" and (
            i - 2 == verb.sent.start or doc[i - 3].text in _OPENERS)
    return False


def object_phrases(verb: Word) -> list[str]:
    """Each direct object of ``verb`` as its words up to its head, the head as its lemma
    ("stole the show": "the show"; "turned a blind eye": "a blind eye"), for objects
    with a word before their head and no possessive ("paid his price" is no idiom)."""
    doc = verb.doc
    phrases = []
    for child in verb.children:
        if child.dep_ != "dobj" or any(g.dep_ == "poss" for g in child.children):
            continue
        start = child.left_edge.i
        if start < child.i:
            phrases.append(" ".join([doc[i].lower_ for i in range(start, child.i)] + [child.lemma_.lower()]))
    return phrases


def figurative(verb: Word) -> bool:
    """Whether ``verb``'s object phrase makes it a figure of speech (``non_event_forms.tsv``):
    no event, though its clause is told as any other ("as Paterson stole the show to give
    the hosts a victory": the victory is given)."""
    lemma = verb.lemma_.lower()
    return any(NON_EVENT_FORMS.get(f"{lemma} {phrase}") == "idiom" for phrase in object_phrases(verb))


def bare_idiom(verb: Word) -> bool:
    """Whether a bare direct object (no determiner or possessive) makes ``verb`` an idiom of
    ``non_event_forms.tsv``: "won rave reviews", where the tagger read "rave" as a verb
    whose object is "reviews"."""
    lemma = verb.lemma_.lower()
    return any(child.dep_ == "dobj" and not any(g.dep_ in ("det", "poss") for g in child.children)
               and NON_EVENT_FORMS.get(f"{lemma} {child.lemma_.lower()}") == "idiom" for child in verb.children)
