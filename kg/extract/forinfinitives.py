"""What is asked for, when the "for" takes a clause: "called for Deutsche Boerse to hold a meeting".

A verb of asking ("call for", "ask", "appeal", "plead": the request class of ``event_lemmas.tsv``)
whose "for" is followed by a noun phrase and a "to" infinitive asks that the noun's holder act, or
be acted on: "TCI has called for Deutsche Boerse to hold an emergency general meeting", "called for
the territory to host one of the pools", "called for drug cheats to be treated as criminals". The
noun alone, read as the event's theme ("call for(theme=Deutsche Boerse)") or as the one asked
("recipient=heads of government", as "call on X to" is read: ``kg.extract.requests``), is a wrong
participant: nobody called for Deutsche Boerse. The whole clause, from the noun to the infinitive's
end, is the theme, headed by its infinitive (no entity the noun names). The infinitive's own event
stays. However the parser hangs the infinitive: on the verb (xcomp, advcl, ccomp right after the
noun), on the noun or one inside it (acl: "an equal split between parents on access to be made
law"), or as a clause with its own subject and no object of "for" at all ("called for [drug cheats
to be treated as criminals]"). Not with a direct object ("asked the court for time to prepare"),
nor a "for" phrase read as anything but what is asked for; not for a verb of waiting or seeking,
whose infinitive is as often its subject's purpose ("voters will have to wait for Labour's
manifesto to see if ...": the voters see). A relative clause after a comma is cut ("... to
Seattle's central district, where Hendrix grew up").
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from kg.extract.event_arguments import has_to
from kg.extract.requests import asking_verb
from kg.extract.spans import headed_by, is_relative

if TYPE_CHECKING:
    from kg.extract.words import Word

__all__ = ["for_infinitive"]

_SIBLINGS = frozenset({"xcomp", "advcl", "ccomp"})
_HELD = frozenset({"theme", "topic", "recipient"})  # how the noun after "for" is read when it is what is sought


def for_infinitive(verb: Word, lemma: str, found: list[tuple[str, list[Word]]]) -> list[tuple[str, list[Word]]]:
    """``found`` with the clause its "for" takes as one argument in place of the noun and the
    infinitive read apart (see the module): "called for Deutsche Boerse to hold an emergency general
    meeting" -> theme "Deutsche Boerse to hold an emergency general meeting"; ``found`` as it is else."""
    asking = asking_verb(verb.lemma_.lower()) or asking_verb(lemma)  # "call for": the phrase's class
    if not asking or verb.pos_ != "VERB" or any(c.dep_ in ("dobj", "dative") for c in verb.children):
        return found
    prep = next((c for c in verb.children if c.dep_ == "prep" and c.lower_ == "for" and c.i > verb.i), None)
    if prep is None:
        return found
    pobj = next((c for c in prep.children if c.dep_ == "pobj"), None)
    if pobj is not None and not any(r in _HELD and pobj.i in {t.i for t in tokens} for r, tokens in found):
        return found  # "asked for years to ...": a time, nothing asked for
    words, infinitive = _clause(verb, prep, pobj)
    if not words or infinitive is None:
        return found
    headed_by(words, infinitive)  # the clause, no entity its noun names
    span = {word.i for word in words}
    kept = [(r, tokens) for r, tokens in found if not span & {word.i for word in tokens}]
    return [*kept, ("theme", words)]


def _clause(verb: Word, prep: Word, pobj: Word | None) -> tuple[list[Word], Word | None]:
    """The words of the clause ``prep`` ("for") takes, from its first word to the infinitive's
    last, and its infinitive, else ``([], None)``."""
    if pobj is None:
        clause = next((c for c in verb.children if c.dep_ == "ccomp" and has_to(c) and any(
            s.dep_ in ("nsubj", "nsubjpass") and s.i < c.i for s in c.children)), None)
        if clause is None or min(t.i for t in clause.subtree) != prep.i + 1:
            return [], None
        return _cut(sorted(clause.subtree, key=lambda word: word.i)), clause
    noun = sorted(pobj.subtree, key=lambda word: word.i)
    acl = next((t for t in noun if t.dep_ == "acl" and t.pos_ in ("VERB", "AUX") and has_to(t)), None)
    if acl is not None:
        return _cut(noun), acl  # "the territory to host one of the pools"
    end = max(t.i for t in noun)
    infinitive = next((c for c in verb.children if c.dep_ in _SIBLINGS and c.pos_ in ("VERB", "AUX") and has_to(c)
                       and min(t.i for t in c.subtree) == end + 1), None)
    if infinitive is None:
        return [], None
    return _cut(noun + sorted(infinitive.subtree, key=lambda word: word.i)), infinitive


def _cut(words: list[Word]) -> list[Word]:
    """``words`` up to a comma a relative clause opens after ("..., where Hendrix grew up")."""
    for at, word in enumerate(words[:-1]):
        if word.text == "," and is_relative(words[at + 1]):
            return words[:at]
    return words
