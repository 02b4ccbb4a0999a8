"""A transaction with its doer and nothing traded: not kept.

"Shanda said it may boost its stake in Sina, even buying it outright" reads
``buy(agent=Shanda)`` once the pronoun is left unresolved; "the hard-to-find PlayStation 2,
which many retailers are only selling as part of a bundle" reads ``sell(agent=many
retailers)``; "projects that the EC has been funding for years" reads ``fund(agent=European
Commission)``. A verb of the transaction class (buy, sell, invest, fund, pay, bid ...) is
about what changes hands: with only its doer (and a time) kept it tells a reader that
someone traded, not what, and blind readers judged such events weak. An event that keeps
any other role (a theme, a price, a seller, a place) stays; so does a verb phrase whose
noun names the deal ("made a bid", "get loans"), an act whole in itself ("the firm will
float") and a joint act of two or more doers ("the two firms will merge";
``whole_transactions.tsv``). Nor in the lead sentence, whose deal is the story's news even when
the thing traded is a pronoun left unresolved ("Shares of Skis Rossignol have jumped on
speculation that it will be bought by US surfwear firm Quiksilver").
"""

from __future__ import annotations

from kg.lexicon.table import read_table
from kg.resolve.doeronly import doer_only, joint_doers
from kg.resolve.events import LinkedEvent
from kg.types import Span

__all__ = ["trades_what"]

_ROWS = read_table("whole_transactions.tsv")
WHOLE = frozenset(row.fields[0] for row in _ROWS if row.fields[1] == "alone")
JOINT = frozenset(row.fields[0] for row in _ROWS if row.fields[1] == "joint")


def trades_what(item: LinkedEvent, lead: Span | None) -> bool:
    """False for a transaction verb whose kept participants are only its doer (and a time),
    outside the lead sentence ``lead``."""
    mention = item.mention
    if mention.event_class != "transaction" or mention.kind != "clause" or " " in mention.lemma:
        return True
    if mention.sentence == lead:
        return True  # the lead's deal is the story's news, even stripped of what was traded
    if mention.lemma in WHOLE:
        return True
    if not doer_only(item):
        return True
    return mention.lemma in JOINT and joint_doers(item)  # "United Bank of Africa and Standard Trust Bank will merge"
