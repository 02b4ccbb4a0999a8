"""A measured value that reaches a figure: its event stays, the value a literal.

Elsewhere an agent no entity stands for drops its event (who acted is unknown: "The
British singer played"). A measured value is no unknown actor: "The budget deficit hit a
record $412bn in the 12 months to September", "Pre-tax profits reached £1.2bn" give a
value and the figure it came to, the news itself, even when the article named the value
only in its lead ("The US budget deficit is set to hit ...") and the parse made the value
the verb's subject. The agent's head is a measured noun (``measured_nouns.tsv``: a
deficit, profits, sales, a price) and another argument of the event is a figure, not a
phrase holding one ("confounding economists' expectations of a 0.3% rise").
"""

from __future__ import annotations

from collections.abc import Sequence

from kg.lexicon import MEASURED_NOUNS
from kg.records import EventArgument, EventMention

__all__ = ["measured_agents"]

# Heads of a figure phrase that are no number: "a record $412bn", "an average of 20%".
_FIGURE_HEADS = frozenset({"record", "average", "total", "high", "low", "peak", "figure", "level"})


def measured_agents(mention: EventMention, kept: Sequence[tuple[int, int | None]], text: str) -> bool:
    """Whether every agent is a measured value no entity stands for and the event gives a figure."""
    agents = [(mention.arguments[index].argument, cluster) for index, cluster in kept if mention.arguments[index].role == "agent"]
    figure = any(_figure(mention.arguments[index], text) for index, _ in kept)
    # Every agent a value: one listed with firms is a misparse ("technology from Lucent, Nortel and
    # Motorola that provides speeds of 0.3-0.5 megabits ... and peak download rates of 2.4Mbps").
    return bool(agents) and figure and all(cluster is None and _measured(text[span.head_start : span.head_end])
                                           for span, cluster in agents)


def _figure(argument: EventArgument, text: str) -> bool:
    """Whether an argument other than the agent is a figure itself ("a record $412bn"), not a
    phrase that holds one ("economists' expectations of a 0.3% rise")."""
    quantity = argument.quantity
    if argument.role == "agent" or quantity is None:
        return False
    head = text[argument.argument.head_start : argument.argument.head_end].lower()
    unit = (quantity.unit or "").lower()
    return any(c.isdigit() or c == "%" for c in head) or head in _FIGURE_HEADS or (bool(unit) and head.startswith(unit[:3]))


def _measured(head: str) -> bool:
    """Whether a head noun is a measured value, singular or plural.

    >>> _measured("deficit"), _measured("Profits"), _measured("sales"), _measured("singer")
    (True, True, True, False)
    """
    word = head.lower()
    return word in MEASURED_NOUNS or (word.endswith("s") and word[:-1] in MEASURED_NOUNS)
