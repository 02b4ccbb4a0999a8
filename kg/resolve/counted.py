"""A counted group that acts: its event stays, the group a literal.

Elsewhere an agent no entity stands for drops its event (who acted is unknown: "The
British singer played", "Analysts raised concerns"). A group the text counts is no such
unknown: "More than 14 million people saw Den Watts killed off", "Some 1,000 fans paid
five pounds", "More than 16 million viewers watched his return" give a figure, which is
news by itself (``kg.resolve.anonymous`` keeps an event for its figure). The count must
be of the head noun itself ("14 million people"), a noun for people (``counted_people.txt``
and the people nouns of the other tables): not things ("some 227 million additional shares
will become free to trade", "four changes"), nor an amount the parse took for the subject
("expanded by a breakneck 9.5%").
"""

from __future__ import annotations

from collections.abc import Sequence

from kg.extract.shareof import share_of_doers
from kg.lexicon import DESCRIPTION_NOUNS, PEOPLE_NOUNS, PLURAL_NOUNS
from kg.records import EventArgument, EventMention
from kg.resolve.authorities import authority_agents
from kg.resolve.countedof import count_of_people
from kg.resolve.lead import lead_agents
from kg.resolve.leadpassive import lead_patient
from kg.resolve.measuredagents import measured_agents
from kg.resolve.moneyagents import money_agents
from kg.resolve.namedgroups import named_group_agents
from kg.resolve.namedof import of_named_agents
from kg.resolve.namedphrase import named_agents
from kg.resolve.oneof import member_agents
from kg.resolve.passiveagents import passive_agents
from kg.types import EntityType

__all__ = ["counted_agents", "literal_agents"]

PEOPLE = (PEOPLE_NOUNS | PLURAL_NOUNS
          | {noun for noun, kind in DESCRIPTION_NOUNS.items() if kind in (EntityType.PERSON, EntityType.GROUP)})
"""Nouns for people: a count of one of them is a group of people."""


def literal_agents(mention: EventMention, kept: Sequence[tuple[int, int | None]], text: str) -> bool:
    """Whether the agents no entity stands for leave the event standing, each a literal: the
    lead's description (``kg.resolve.lead``) or a counted group of people or a count of one (``kg.resolve.countedof``), or one of a group (``kg.resolve.oneof``),
    or an authority of the law (``kg.resolve.authorities``), or a measured value that reaches a figure
    (``kg.resolve.measuredagents``), or a subject its "of" or "by" phrase names (``kg.resolve.namedof``),
    or one who spent, earned or raised a sum of money (``kg.resolve.moneyagents``);
    and an event with no agent at all stands when it is the lead's passive on a description
    (``kg.resolve.leadpassive``: "Plans to create a single correctional agency have been scrapped");
    and a passive's "by" agent of people acting on a named subject stands (``kg.resolve.passiveagents``),
    and so does a group of people a name's word picks out acting on a named party (``kg.resolve.namedgroups``)."""
    return lead_agents(mention, kept, text) or counted_agents(mention, kept, text) or member_agents(mention, kept, text) \
        or named_agents(mention, kept, text) or authority_agents(mention, kept, text) or measured_agents(mention, kept, text) \
        or of_named_agents(mention, kept, text) or lead_patient(mention, kept, text) or money_agents(mention, kept, text) \
        or passive_agents(mention, kept, text) or named_group_agents(mention, kept, text)


def counted_agents(mention: EventMention, kept: Sequence[tuple[int, int | None]], text: str) -> bool:
    """Whether every agent of the mention that no entity stands for is a counted group."""
    unknown = [mention.arguments[index] for index, cluster in kept
               if cluster is None and mention.arguments[index].role == "agent"]
    # "Hundreds of fans": a count of a group of people (kg.resolve.countedof)
    # "A third of firms": a share of a group of people or organisations (kg.extract.shareof)
    return bool(unknown) and all(_counted(argument, text) or count_of_people(argument.argument, text, PEOPLE)
                                 or share_of_doers(argument.argument, text) for argument in unknown)


def _counted(argument: EventArgument, text: str) -> bool:
    """ "More than 14 million people", "Some 1,000 fans": a number of more than one, whose
    unit is the argument's head noun, a noun for people.

    >>> from kg.records import Argument, Quantity
    >>> text = "More than 14 million people"
    >>> people = Argument(text, 0, 27, 21, 27)
    >>> _counted(EventArgument("agent", people, Quantity(text, "14000000", "people", "more than")), text)
    True
    >>> _counted(EventArgument("agent", people, None), text)
    False
    >>> text = "some 227 million additional shares"
    >>> _counted(EventArgument("agent", Argument(text, 0, 34, 28, 34), Quantity(text, "227000000", "share", "some")), text)
    False
    """
    quantity, span = argument.quantity, argument.argument
    head = text[span.head_start : span.head_end].lower()
    if quantity is None or quantity.value in (None, "1") or not quantity.unit or not head.isalpha():
        return False
    unit = quantity.unit
    forms = {unit, unit[:-1]} if unit.endswith("s") else {unit}
    # "people", "fans" of "fan", "families" of "family"
    own = head == unit or head.startswith(unit) or (unit.endswith("y") and head.startswith(unit[:-1]))
    return own and any(form in PEOPLE for form in forms)
