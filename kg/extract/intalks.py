"""Talks a subject is in: "X is in talks with Y about Z".

"Trouble-hit Mitsubishi Motors is in talks with French carmaker PSA Peugeot Citroen
about a possible alliance", "Director Quentin Tarantino is in talks to write and direct
a new instalment": the copula's subject holds the talks, as in "held talks with"; the
parser hangs "talks" as the object of "in", where no rule read an event (the copula is
no event, and the noun has no argument of its own as a subject), so a news lead of
negotiations gave nothing. The event is the noun's ("talks", a meeting), its agent the
subject, its other roles from the prepositions of the noun or of the copula ("with"
the other side, "about", "over" or "on" the topic; not "for some time") as ``kg.extract.event_arguments.prep_role`` reads them, as sure as
the copula's clause ("could be in talks": possible; "..., according to the Hollywood
Reporter": reported, the paper its source). Only "be" or "remain" in talks,
with a subject: "interest in talks" is no one's talks.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, cast

from kg.extract.event_arguments import argument_kind, prep_role
from kg.extract.events import event_mention
from kg.extract.factuality import Reading, Scope
from kg.extract.figures import in_place
from kg.extract.matchwords import prep_words
from kg.extract.spans import word_phrase
from kg.lexicon.events import NOUN_TRIGGERS

if TYPE_CHECKING:
    from kg.extract.candidates import Candidate
    from kg.extract.words import Sentence, Word
    from kg.records import EventMention

__all__ = ["with_talks"]

_BEING = frozenset({"be", "remain"})
# Who the talks are with and what about; not "for some time" (how long) nor a place.
_TALK_PREPS = frozenset({"with", "about", "over", "on"})


def with_talks(events: list[EventMention], sent: Sentence, cands: Sequence[Candidate], scope: Scope, text: str,
               quoted: Sequence[tuple[int, int]] = ()) -> list[EventMention]:
    """``events`` of one sentence with the talks a subject is in, each in place of what
    the other rules read at "talks", in text order; ``cands``: the sentence's
    candidates, whose clause of the copula gives its reading and who reports it."""
    trigger = NOUN_TRIGGERS.get("talks")
    if trigger is None or "talks" not in sent.forms():
        return events  # no "talks" (most sentences): none held
    found: list[EventMention] = []
    for word in sent:
        subject = _holder(word)
        if subject is None or any(start <= word.idx < end for start, end in quoted):
            continue
        arguments: list[tuple[str, list[Word]]] = [("agent", word_phrase(subject))]
        # The parse hangs "with Barclays" on the noun or on the copula ("is still in talks with ...").
        for prep in sorted((c for c in [*word.children, *word.head.head.children] if c.dep_ == "prep" and c.lower_ in _TALK_PREPS),
                           key=lambda c: c.i):
            pobj = next((c for c in prep.children if c.dep_ == "pobj"), None)
            if pobj is None:
                continue
            tokens = prep_words(prep)
            # "with" a party is the other side (as "held talks with"), whatever NER made of it:
            # "with UK bank Barclays" (no name read), "with Southampton" (the club, read as a place).
            side = prep.lower_ == "with" and argument_kind(pobj, tokens) not in ("time", "quantity")
            role = "theme" if side else prep_role(prep, pobj, tokens, trigger, False)
            if role is not None and role != "agent":
                arguments.append((role, tokens))
        clause = next((cand for cand in cands if cand.predicate.i == word.head.head.i), None)
        reading = scope.of_word(word.head.head) if clause is None else Reading(
            clause.factuality, clause.cue, cast("Word | None", clause.source))
        source = word_phrase(reading.source) if reading.source is not None else cast(
            "list[Word] | None", clause.attributed_to if clause is not None else None)
        event = event_mention(word.text, "talks", trigger, word, arguments, clause, reading, source or None, 0.6, text)
        if event is not None:
            found.append(event)
    return in_place(events, found)


def _holder(word: Word) -> Word | None:
    """The subject of "be"/"remain" + "in" + ``word`` when ``word`` is "talks"; else none."""
    if word.lower_ != "talks" or word.dep_ != "pobj" or word.head.lower_ != "in" or word.head.dep_ != "prep":
        return None
    verb = word.head.head
    if verb.lemma_.lower() not in _BEING:
        return None
    return next((c for c in verb.children if c.dep_ == "nsubj"), None)
