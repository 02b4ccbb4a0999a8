"""Money taken in: box-office and tour takings that reports give with a light verb.

"The Incredibles took $300m (£160m) outside the US", "Shrek 2 grossed $441m in North
America", "Spider-Man and its sequel made $1.6bn", "the film, which took 20bn yen": a
verb of ``takings_verbs.tsv`` whose object is an amount of money says what its subject
earned. "take" and "make" are light verbs the clause rules read as no event (and
"grossed" loses a subject that ends in a number: "Shrek 2"), so the headline figure of
a box-office report was lost. The event is earn(agent=the subject, theme=the money, as for "earned"),
with where and when from its prepositions ("outside the US", "over the weekend") and
its source ("from her world tour"), as sure as its clause.

The subject of a relative clause is the noun it modifies ("the film, which took
$22m"); a participle with no subject takes its clause's ("was the biggest hit,
taking 13.8bn yen"). Not money ("took 20 minutes", "made three changes") is no taking.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from kg.extract.event_arguments import prep_role
from kg.extract.events import event_mention
from kg.extract.factuality import Reading, Scope
from kg.extract.figures import in_place
from kg.extract.matchwords import prep_words
from kg.extract.spans import word_phrase
from kg.extract.valued import first_amount, money
from kg.lexicon.events import Trigger
from kg.lexicon.table import read_table

if TYPE_CHECKING:
    from kg.extract.words import Sentence, Word
    from kg.records import EventMention

TAKINGS_VERBS = {row.fields[0]: row.fields[1] for row in read_table("takings_verbs.tsv")}
_EARN = Trigger("performance", "agent")
_RELATIVES = frozenset({"which", "that", "who"})
_ROLES = frozenset({"place", "time", "source"})
_OUTSIDE = frozenset({"outside", "excluding", "except", "beyond"})


def with_takings(events: list[EventMention], sent: Sentence, scope: Scope, text: str,
                 quoted: Sequence[tuple[int, int]] = ()) -> list[EventMention]:
    """``events`` of one sentence with its takings, each in place of what the clause
    rules read at the same verb, in text order."""
    if "MONEY" not in sent.entity_types():
        return events
    readings = {event.trigger_start: Reading(event.factuality, event.cue) for event in events}
    found: list[EventMention] = []
    for word in sent:
        arguments = _takings(word)
        if not arguments or any(start <= word.idx < end for start, end in quoted):
            continue
        reading = readings.get(word.idx) or scope.of_word(word)
        source = word_phrase(reading.source) if reading.source is not None else None
        event = event_mention(word.text, "earn", _EARN, word, arguments, None, reading, source, 0.6, text)
        if event is not None:
            found.append(event)
    return in_place(events, found)


def _takings(verb: Word) -> list[tuple[str, list[Word]]]:
    """The earner, the money and where, when and from what, of a verb of takings; empty when it is none."""
    particle = TAKINGS_VERBS.get(verb.lemma_.lower())
    if verb.pos_ != "VERB" or particle is None:
        return []
    if particle != "-" and not any(c.dep_ == "prt" and c.lower_ == particle for c in verb.children):
        return []
    amount = next((c for c in verb.children if c.dep_ == "dobj"), None)
    words = first_amount(sorted(amount.subtree, key=lambda t: t.i)) if amount is not None else []
    if not money(words):
        return []
    earner = _earner(verb)
    if earner is None:
        return []
    found: list[tuple[str, list[Word]]] = [("agent", word_phrase(earner)), ("theme", words)]
    for prep in (c for c in verb.children if c.dep_ == "prep"):
        pobj = next((c for c in prep.children if c.dep_ == "pobj"), None)
        tokens = prep_words(prep)
        role = prep_role(prep, pobj, tokens, _EARN, False) if pobj is not None else None
        if prep.lower_ in _OUTSIDE:
            continue  # "took $300m outside the US": not where it was taken
        if role in _ROLES or (prep.lower_ == "from" and pobj is not None):
            found.append((role if role in _ROLES else "source", tokens))
    return found


def _earner(verb: Word) -> Word | None:
    # the subject nearest the verb: "Oscar-nominated animation [Shark Tale] has raked in" (two nsubj)
    subject = max((c for c in verb.children if c.dep_ == "nsubj"), key=lambda c: c.i, default=None)
    if subject is not None and subject.lower_ in _RELATIVES and verb.dep_ == "relcl":
        return verb.head  # "the film, which took $22m"
    if subject is None and verb.dep_ in ("advcl", "conj") and verb.tag_ == "VBG":
        return next((c for c in verb.head.children if c.dep_ == "nsubj"), None)  # "..., taking 13.8bn yen"
    if subject is not None and subject.pos_ == "PRON" and subject.lower_ not in ("he", "she", "they", "it"):
        return None
    return subject

