"""Who spent, earned or raised a sum of money: its event stays, the spender a literal.

Elsewhere an agent no entity stands for drops its event (who acted is unknown: "The
British singer played", "Analysts raised concerns"). A sum of money the agent spent, lost,
took or raised is no such unknown: "Gamers spent more than £1.34bn in 2004", "UK shoppers
spent £5.3bn on plastic cards in 2003", "Shareholders lost about $180bn when the company
collapsed", "The 865 million share offer raised 54bn rupees" give the figure, which is the
news itself, often the article's lead. The event's theme must be the sum itself (its head
the figure or the currency's word, its unit a currency), not a phrase holding one ("fees of
up to £3,000"). The agent must be a description of its own: not common words after "the"
that stand for something named elsewhere ("The movie has taken $138m", "the oil giant owes
more than $27bn": coreference's to link, left dropped when it does not), not an indefinite
one, a generic case ("A singer hoping to perform in the US can expect to pay $1,300"), and
not itself a figure ("4bn euros").
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from kg.extract.quantities import CURRENCY_WORDS
from kg.records import EventArgument, EventMention

__all__ = ["money_agents"]

# A description of common words alone after a determiner: it stands for what the article named ("The
# movie", "the oil giant"); not one with a name, a possessive or a figure ("The singer's 2004 tour").
_ANAPHORIC = re.compile(r"(?:[Tt]he|[Tt]his|[Tt]hat|[Tt]hese|[Tt]hose)(?:\s+[a-z][a-z-]*)+")
# A subordinator the parse left at the front of a content clause's subject ("that remittances").
_CLAUSE_MARK = re.compile(r"(?:that|whether|if)\s")
# An indefinite or quantified description: a generic case ("A singer", "Some investors").
_GENERIC = re.compile(r"(?:a|an|any|some|every|each|many|most|few)\s", re.IGNORECASE)


def money_agents(mention: EventMention, kept: Sequence[tuple[int, int | None]], text: str) -> bool:
    """Whether every agent no entity stands for is a description of its own (``_own``) and the
    event's theme is a sum of money (``_sum``)."""
    agents = [mention.arguments[index] for index, cluster in kept
              if cluster is None and mention.arguments[index].role == "agent"]
    return bool(agents) and mention.kind == "clause" and any(_sum(mention.arguments[index], text) for index, _ in kept) \
        and all(_own(argument, text) for argument in agents)


def _sum(argument: EventArgument, text: str) -> bool:
    """Whether a theme is a sum of money itself: a currency its unit, a digit in its head.

    >>> from kg.records import Argument, Quantity
    >>> text = "more than £1.34bn"
    >>> _sum(EventArgument("theme", Argument(text, 0, 17, 10, 17), Quantity(text, "1340000000", "GBP", "more than")), text)
    True
    >>> text = "54bn rupees"
    >>> _sum(EventArgument("theme", Argument(text, 0, 11, 5, 11), Quantity(text, "54000000000", "INR")), text)
    True
    >>> text = "fees of up to £3,000"
    >>> _sum(EventArgument("theme", Argument(text, 0, 20, 0, 4), Quantity(text, "3000", "GBP", "up to")), text)
    False
    >>> text = "1.9 million copies"
    >>> _sum(EventArgument("theme", Argument(text, 0, 18, 12, 18), Quantity(text, "1900000", "copy")), text)
    False
    """
    quantity, span = argument.quantity, argument.argument
    unit = quantity.unit if quantity is not None else None
    head = text[span.head_start : span.head_end]
    return argument.role == "theme" and unit is not None and len(unit) == 3 and unit.isupper() \
        and (any(c.isdigit() for c in head) or head.lower() in CURRENCY_WORDS)  # "54bn rupees": the currency its head


def _own(argument: EventArgument, text: str) -> bool:
    """Whether an agent is a description of its own: no figure, no generic case, not common
    words alone after "the".

    >>> from kg.records import Argument
    >>> def agent(words, head): return EventArgument("agent", Argument(words, 0, len(words), words.index(head),
    ...                                              words.index(head) + len(head)))
    >>> _own(agent("UK shoppers", "shoppers"), "UK shoppers"), _own(agent("Gamers", "Gamers"), "Gamers")
    (True, True)
    >>> _own(agent("The movie", "movie"), "The movie"), _own(agent("A singer", "singer"), "A singer")
    (False, False)
    >>> _own(agent("the oil giant", "giant"), "the oil giant"), _own(agent("The singer's tour", "tour"), "The singer's tour")
    (False, True)
    >>> from kg.records import Quantity
    >>> _own(EventArgument("agent", Argument("4bn euros", 0, 9, 4, 9), Quantity("4bn euros", "4000000000", "EUR")), "4bn euros")
    False
    >>> _own(agent("that remittances to Latin America", "remittances"), "that remittances to Latin America")
    False
    """
    span = argument.argument
    words, head = text[span.start : span.end], text[span.head_start : span.head_end]
    if argument.quantity is not None and argument.quantity.unit is not None and argument.quantity.unit.isupper():
        return False  # "4bn euros": a sum, no one
    if _CLAUSE_MARK.match(words):
        return False  # "estimates that remittances ... reached $45bn": the parse's span took the clause's "that"
    return head.isalpha() and _ANAPHORIC.fullmatch(words) is None and _GENERIC.match(words) is None
