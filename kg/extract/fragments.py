"""A relative clause's event that says nothing but the noun it modifies is no event.

"the infected message sent", "the money put aside", "only one-quarter of those
affected", "the risks associated with investing": the parse gives the participle
or the relative clause ("which are listed") an event whose one participant is the
noun the clause modifies, send(the infected message), put aside(the money). The
clause only says which thing is meant; as a statement it tells a reader nothing.

Such an event is left out when it has no other argument and its one argument names
nothing: no name, no number, no date. "US light crude traded in New York", "the
Trident Funds, managed by MMC Capital", "All children born after 1st September
2002" keep theirs (a place, an agent, a time), and so does "news that US crude
stocks have improved", whose clause tells what the news is (its argument is not
the noun the clause hangs on).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from kg.extract.words import Sentence, Word
    from kg.records import EventMention

# The clauses that modify a noun: a relative clause and a reduced one (a participle).
_RELATIVES = frozenset({"acl", "relcl"})
# NER labels of what a name or a figure is: any of them gives the clause something to say.
_TELLING = frozenset({"PERSON", "ORG", "GPE", "NORP", "LOC", "FAC", "PRODUCT", "EVENT", "WORK_OF_ART", "LAW",
                      "DATE", "TIME", "MONEY", "PERCENT", "QUANTITY", "CARDINAL"})


def whole_events(events: list[EventMention], sent: Sentence) -> list[EventMention]:
    """``events`` without those a relative clause gives only the noun it modifies."""
    words = {word.idx: word for word in sent}
    return [event for event in events if not _fragment(event, words)]


def _fragment(event: EventMention, words: dict[int, Word]) -> bool:
    trigger = words.get(event.trigger_start)
    if trigger is None or trigger.dep_ not in _RELATIVES or event.kind != "clause" or len(event.arguments) != 1:
        return False
    if any(c.dep_ == "aux" and c.tag_ == "TO" for c in trigger.children) and trigger.head.dep_.startswith("nsubj") \
            and trigger.head.head.lemma_ == "be":
        return False  # "Were the talks to fail, the union would strike": "be to", no relative clause
    only = event.arguments[0]
    span = only.argument
    if only.owner is not None or not span.start <= trigger.head.idx < span.end:
        return False  # "news that stocks have improved": what the news is, not which news
    inside = [word for idx, word in words.items() if span.start <= idx < span.end]
    return not any(word.ent_type_ in _TELLING or word.pos_ == "PROPN" or word.like_num or any(c.isdigit() for c in word.text)
                   for word in inside)  # "The £12bn left over": NER missed the money
