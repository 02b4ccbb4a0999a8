"""The amount a verb of totalling gives a value: "Sales totalled £1.2bn", "Its debts now
total $20bn", "Losses amounted to $5bn".

``kg.extract.figures`` reads a level where a copula or "stand at" gives the amount;
a verb of totalling (``_TOTALLING``: total, amount to, number) gives it as its object
(the parser also hangs it as an adverb: "totalled £1.2bn" as npadvmod), or after
"to" for "amount". With a subject figures reads a level of
(``kg.extract.levelsubjects``: a measured value or a named amount) it is a level, the
subject its theme, the amount its new value: not total(agent "Its debts", theme
"$20bn"), and not nothing ("Sales totalled £1.2bn": no event at all).

A figure read in place of the clause's event at its verb keeps who that event was
reported by ("According to the Ministry of Commerce, China's exports totalled $63.8bn":
reported, not asserted; ``kept_attribution``).

Not an object that is no amount ("the union numbers teachers among its members"),
nor a count "number" takes with what it counts after it ("The union numbers 300,000
members": a holding of the union, no value of it).
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from kg.extract.event_arguments import argument_kind
from kg.extract.quantities import AMOUNT_NOUNS, MULTIPLIERS
from kg.lexicon import MEASURED_NOUNS
from kg.types import Factuality

if TYPE_CHECKING:
    from kg.extract.words import Word
    from kg.records import EventMention

__all__ = ["TOTALLING", "kept_attribution", "total_amount", "total_figure"]

TOTALLING = frozenset({"total", "amount", "number"})
_OBJECTS = frozenset({"dobj", "npadvmod", "attr"})


def total_amount(verb: Word) -> Word | None:
    """The head of the amount ``verb`` totals: "£1.2bn" of "Sales totalled £1.2bn", "$5bn"
    of "amounted to $5bn"; ``None`` when it is no verb of totalling or gives no amount."""
    lemma = verb.lemma_.lower()
    if lemma not in TOTALLING:
        return None
    holders = [verb, *(p for p in verb.children if p.dep_ == "prep" and p.lower_ == "to")] if lemma == "amount" else [verb]
    deps = {"pobj"} if lemma == "amount" else _OBJECTS
    for holder in holders:
        for child in holder.children:
            if child.dep_ not in deps:
                continue
            if lemma == "number":  # "numbers 300,000 members": no amount of the subject
                if argument_kind(child, [child]) == "quantity" and not _counted(child):
                    return child
            elif argument_kind(child, [child]) == "quantity" or _counted(child):  # "6.8 million units"
                return child
    return None


def total_figure(verb: Word) -> list[tuple[str, Word]]:
    """The measured subject and the amount a verb of totalling gives it, for a change stated
    beside them ("Losses at GM Europe totalled $345m, up from $66m": ``kg.extract.changes``);
    empty when the subject is no measured value (``measured_nouns.tsv``) or no amount is given."""
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is None or subject.lemma_.lower() not in MEASURED_NOUNS or verb.lemma_.lower() == "number":
        return []
    amount = total_amount(verb)
    return [("theme", subject), ("new_value", amount)] if amount is not None else []


def _counted(word: Word) -> bool:
    """ "300,000 members", "6.8 million units": a count of things, no amount ("£12m", "497bn
    yen" are); a total of a value either way, what the subject has after "number"."""
    return any(c.dep_ == "nummod" for c in word.children) and word.lower_.rstrip(".") not in MULTIPLIERS \
        and word.lower_ not in AMOUNT_NOUNS


def kept_attribution(event: EventMention, events: list[EventMention]) -> EventMention:
    """``event`` with the reported reading and source of the event read at its trigger when
    ``event`` has none: "According to the ministry, exports totalled $63.8bn"."""
    if event.factuality != Factuality.ASSERTED or event.source is not None:
        return event
    replaced = next((e for e in events if e.trigger_start == event.trigger_start), None)
    if replaced is None or replaced.factuality != Factuality.REPORTED or replaced.source is None:
        return event
    return replace(event, factuality=replaced.factuality, cue=replaced.cue, source=replaced.source)
