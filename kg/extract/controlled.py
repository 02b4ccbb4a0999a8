"""What someone was made, let or led to do is part of the event that made them.

"Companies can persuade officials to overlook non-payment of taxes", "Mr Stearns had instructed
a colleague to solicit a non-competitive quote", "Other successes have enabled the broadcaster
to surpass BBC2": without the infinitive, persuade(theme=officials), instruct(theme=a colleague),
enable(theme=the broadcaster) say nothing a reader could use. A verb of ``control_verbs.txt``
(whose object does what its "to" infinitive tells, ``kg.extract.controllers``) with its object
and, right after it, that infinitive keeps the infinitive, from "to" on, as its topic, as a
request does (``kg.extract.requests``: "ordered Barclays to pay £194m"; read there, with its
recipient). The infinitive's own event, where one is read, stays. Not an infinitive that only
points back ("unless his local party instructs him to do so"): it says no more than the verb. Nor
after a pronoun object ("encourages companies to become more transparent, forcing them to be able to
demonstrate ...", "thanked her for inspiring him to become an actor"): an event whose one who was made
to act is unresolved, read before as saying nothing and dropped, would come back with the doer alone.

A verb of ``instrument_verbs.txt`` keeps the infinitive after its object the same way, as its
reason: what the means was used for ("Mr Kennedy used a speech to say his party was facing up to
painful economic realities": use(theme=a speech, reason=to say ...)), not after a pronoun either
("was using them to predict ...", "used his to send ...").
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from kg.extract.controllers import CONTROL_VERBS
from kg.extract.forinfinitives import for_infinitive
from kg.extract.requests import asks_someone, negated_start, request_arguments
from kg.lexicon.table import read_words

if TYPE_CHECKING:
    from kg.extract.words import Word

__all__ = ["controlled_arguments"]

INSTRUMENT_VERBS = read_words("instrument_verbs.txt")
_POINTERS = frozenset({"so", "it", "that", "this", "likewise", "same"})  # "to do so", "to do it", "the same"


def controlled_arguments(verb: Word, lemma: str, found: list[tuple[str, list[Word]]]) -> list[tuple[str, list[Word]]]:
    """A request's arguments (``kg.extract.requests``), or those of a verb of control with the
    infinitive its object does as the topic: "persuade officials to overlook non-payment of
    taxes" -> topic "to overlook non-payment of taxes"; of a verb of means with what it was used for as
    the reason: "used a speech to say ..." -> reason "to say ..."; of a verb of asking or seeking with
    the clause its "for" takes ("called for X to hold a meeting", ``kg.extract.forinfinitives``)."""
    return for_infinitive(verb, lemma, _controlled(verb, lemma, found))


def _controlled(verb: Word, lemma: str, found: list[tuple[str, list[Word]]]) -> list[tuple[str, list[Word]]]:
    if asks_someone(verb, lemma):
        return request_arguments(verb, found)
    base = verb.lemma_.lower()
    role = "topic" if base in CONTROL_VERBS else "reason" if base in INSTRUMENT_VERBS else None
    words = _object_infinitive(verb) if role is not None else []
    taken = {word.i for _, tokens in found for word in tokens}
    if role is None or not words or taken & {word.i for word in words}:
        return found
    return [*found, (role, words)]


def _object_infinitive(verb: Word) -> list[Word]:
    """The "to" infinitive right after the verb's object, not a pronoun, from "to" on (from its
    "not": "persuade fans not to push forward"), else ``[]``."""
    obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
    if obj is None or obj.pos_ == "PRON":
        return []
    for child in verb.children:
        to = next((c for c in child.children if c.dep_ == "aux" and c.tag_ == "TO"), None)
        start = negated_start(child, to.i) if to is not None else -1
        if child.dep_ == "xcomp" and to is not None and start == max(word.i for word in obj.subtree) + 1:
            words = [word for word in sorted(child.subtree, key=lambda word: word.i) if word.i >= start]
            pointer = any(c.dep_ in ("dobj", "advmod") and c.lower_ in _POINTERS for c in child.children)
            return [] if child.lemma_.lower() == "do" and pointer else words
    return []
