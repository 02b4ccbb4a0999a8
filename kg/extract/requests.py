"""Requests of someone named: "The regulator ordered Barclays to pay £194m".

A verb of the request class (``event_lemmas.tsv``) with an object and an infinitive
asks that object to act; so does one listed with its preposition ("call on") of that
preposition's object: "Gordon Brown has called on rich nations to fund a plan". The
request is news of its own (who asked whom, to do what), unlike a subject's own intent
("it aims to be the hub"), which is read only on the act it governs. The act asked for
is an event too: planned when ordered or required, possible when asked, urged or called
for (not the plan of the one asked).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, cast

from kg.extract.spans import noun_phrase
from kg.lexicon.events import VERB_TRIGGERS

if TYPE_CHECKING:
    from spacy.tokens import Token

    from kg.extract.words import Word

# A warning to someone to act asks it as a request does ("Police warned fans to stay away"): the
# warning is news of its own, and what it asks for is possible (a control cue of factuality_cues.tsv).
_ADVISING = frozenset({"warn", "caution"})


def asking_verb(base: str) -> bool:
    """Whether the lemma ``base`` asks someone to act: a verb of the request class ("urge", "order",
    "ask", "advise") or of warning ("warn", "caution")."""
    trigger = VERB_TRIGGERS.get(base)
    return (trigger is not None and trigger.event_class == "request") or base in _ADVISING


def asks_someone(verb: Word, base: str) -> bool:
    """Whether a verb of the request class asks someone named as its object to act:
    "The regulator ordered Barclays to pay", "Brown urged the banks to cut charges"
    (the request is news: who asked whom; the act asked for is read too)."""
    return bool(_asked(verb, base)) and any(c.dep_ == "xcomp" for c in verb.children)


def _asked(verb: Word, base: str) -> list[Word]:
    """Who a verb of the request class asks: its object ("urged the banks"), or the
    object of the preposition it is listed with ("called on rich nations to fund")."""
    if asking_verb(base) and " " not in base:
        return [c for c in verb.children if c.dep_ == "dobj"]
    head = base.split()[0]
    return [g for c in verb.children if c.dep_ == "prep" and (listed := VERB_TRIGGERS.get(f"{head} {c.lower_}"))
            is not None and listed.event_class == "request" for g in c.children if g.dep_ == "pobj"]


def request_arguments(verb: Word, found: list[tuple[str, list[Word]]]) -> list[tuple[str, list[Word]]]:
    """A request's arguments: the one asked (the object) is its recipient and what
    they are asked to do (the infinitive, from "to" on) its topic: "ordered Barclays
    to pay £194m" -> recipient Barclays, topic "to pay £194m"."""
    asked = {c.i for c in verb.children if c.dep_ == "dobj"}
    called = set() if asked else {word.i for word in _asked(verb, verb.lemma_.lower())}  # "called on rich nations"
    kept = [("recipient" if (role in ("theme", "recipient") and {t.i for t in tokens} & asked) or {
        t.i for t in tokens} & called else role, tokens) for role, tokens in found]
    complement = next(c for c in verb.children if c.dep_ == "xcomp")
    words = sorted(complement.subtree, key=lambda word: word.i)
    start = next((word.i for word in words if word.dep_ == "aux" and word.lower_ == "to"), complement.i)
    return [*kept, ("topic", [word for word in words if word.i >= negated_start(complement, start)])]


def negated_start(complement: Word, start: int) -> int:
    """Where an infinitive asked for begins: at its "not" or "never" right before ``start`` (its
    "to"), so the topic keeps the negation: "urged people not to rush to call things
    anti-Semitic" -> "not to rush ...", never "to rush ..." (the opposite of what was asked)."""
    neg = next((c for c in complement.children if c.dep_ == "neg" and c.i < start), None)
    return neg.i if neg is not None and neg.i == start - 1 else start


def passive_request(verb: Word, complement: Word) -> list[tuple[str, list[Word]]]:
    """The arguments of a passive request but its subject (the one asked, its recipient): the "by"
    object its agent and the infinitive ``complement`` its topic, from "to" (or its "not") on:
    "was asked by G7 ministers to carry out a study" -> agent "G7 ministers", topic "to carry out
    a study"; ``[]`` for any other verb (not one with a particle: "was called on")."""
    trigger = VERB_TRIGGERS.get(verb.lemma_.lower())
    if trigger is None or trigger.event_class != "request" or verb.tag_ != "VBN" or complement.dep_ != "xcomp":
        return []
    if not (any(c.dep_ == "nsubjpass" for c in verb.children) and any(c.dep_ == "auxpass" for c in verb.children)):
        return []
    words = sorted(complement.subtree, key=lambda word: word.i)
    to = next((word.i for word in words if word.dep_ == "aux" and word.lower_ == "to" and word.head == complement), None)
    if to is None:
        return []
    by = next((g for c in verb.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"), None)
    topic = [word for word in words if word.i >= negated_start(complement, to)]
    asker = [] if by is None else [("agent", cast("list[Word]", noun_phrase(cast("Token", by))))]
    return [*asker, ("topic", topic)]
