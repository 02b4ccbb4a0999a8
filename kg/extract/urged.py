"""A request made of someone to act is an event of asking, not a quote.

"Mr Lishman urged the next government to boost state pension", "Gerrard has urged the
Anfield board to sign Fernando Morientes": who asked whom to do what is a request
(``urge(agent, recipient, topic)``, as "called on the FA to punish Henry" already is),
and what was asked stays an event of its own, only possible. A speech verb whose object
is what was said (``speech_cues.tsv``, frame "object") and that the event table makes a
request (``event_lemmas.tsv``, class "request") gives no indirect quote when what follows
it is a direct object and a "to" infinitive, and its own subject is a name NER gives ("Sophos urged
users", "Britain urged other donors"), which the event's agent is sure to be. Left a quote: a subject that is a pronoun or a description ("He urged the
government", "Members urged", "The 36-page submission urges"), whose speaker the rules of
quotes find better than those of events; a verb with no subject of its own ("said ...
but urged people", "he said, urging voters": whose the urging is, the parse often
misses); a clause ("urged that the tax be scrapped"), a quotation ('"Sign him now,"
Gerrard urged'), an object with no infinitive ("urged caution"), and any verb of speech
that is no request ("blamed the unrest on terrorists").
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from kg.extract.particles import verb_trigger

if TYPE_CHECKING:
    from kg.extract.words import Word

__all__ = ["asked_to_act"]

# The NER labels of a subject that names its speaker: a person, an organisation, a country.
_NAMED = frozenset({"PERSON", "ORG", "GPE", "NORP"})


def asked_to_act(verb: Word) -> bool:
    """Whether ``verb``, its subject a name, asks its direct object to do what its "to" infinitive says."""
    trigger = verb_trigger(verb)
    if trigger is None or trigger.event_class != "request":
        return False
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is None or subject.ent_type_ not in _NAMED:
        return False
    obj = next((c for c in verb.children if c.dep_ == "dobj" and c.i > verb.i), None)
    return obj is not None and any(
        c.dep_ == "xcomp" and c.i > obj.i and any(g.dep_ == "aux" and g.tag_ == "TO" for g in c.children)
        for c in verb.children)
