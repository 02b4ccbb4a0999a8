""""One of <plural noun phrase>" as an event's participant: a described member of a group.

"agreed to buy one of South Korea's main retail banks", "one of its employees paid the
official": "one" alone stands for something said elsewhere (``EMPTY_WORDS`` of
``kg.resolve.events``), but "one of" + a plural noun phrase describes what it is, and the
argument is kept as that description, a literal with its owner and its kind
("one of South Korea's main retail banks"), never a number (``kg.extract.oneof``). Where
the text names the one meant right after, between commas or before brackets ("the
defection of one of his MPs, Robert Jackson, to Labour"), the name is the participant;
not a list ("one of the banks, A, B and C": which one is not said): a wrong link is
worse than none. An agent so described keeps its event standing, as a counted group does
(``kg.resolve.counted``).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

from kg.records import Argument, EventMention
from kg.resolve.acts import described_thing

if TYPE_CHECKING:
    from kg.records import Mention
    from kg.resolve.coref import Linker

__all__ = ["described", "member_agents", "one_of"]

# "one of" + a noun phrase; not a pronoun, which says nothing of what the one is.
_ONE_OF = re.compile(r"one of (?!(?:them|us|you|which|whom|those|these|it)\b)\S", re.IGNORECASE)


def one_of(span: Argument, text: str) -> bool:
    """Whether the argument is "one" of a noun phrase, "one" its first word and head: "one of the banks".

    >>> text = "to buy one of South Korea's main retail banks"
    >>> one_of(Argument(text[7:], 7, len(text), 7, 10), text)
    True
    >>> one_of(Argument("one of them", 0, 11, 0, 3), "one of them")
    False
    >>> text = "certain one of the big arguments"  # a word before "one" it does not describe
    >>> one_of(Argument(text, 0, len(text), 8, 11), text)
    False
    """
    return span.start == span.head_start and text[span.head_start : span.head_end].lower() == "one" and _ONE_OF.match(
        text, span.head_start, span.end) is not None


def described(linker: Linker, span: Argument) -> int | None:
    """The entity a description stands for (``kg.resolve.acts.described_thing``: "the
    film"), or the one name that follows "one of <nouns>" between commas."""
    found = described_thing(linker, span)
    return found if found is not None or not one_of(span, linker.text) else named_one(linker.names, span, linker.text)


def named_one(names: Sequence[tuple[Mention, int]], span: Argument, text: str) -> int | None:
    """The entity named right after the argument, as its apposition: "one of his MPs,
    Robert Jackson, to Labour"; none when a list follows ("one of the banks, A, B and C")
    or the name runs on ("one of its units, Acme's parent").

    >>> from kg.records import Mention
    >>> from kg.types import EntityType
    >>> text = "the defection of one of his MPs, Robert Jackson, to Labour"
    >>> span = Argument("one of his MPs", 17, 31, 17, 20)
    >>> jackson = [(Mention(33, 47, "Robert Jackson", EntityType.PERSON, 0), 4)]
    >>> named_one(jackson, span, text)
    4
    >>> listed = "one of four banks, Alpha Bank, Beta Bank and Gamma Bank, were sold"
    >>> alpha, beta = Mention(19, 29, "Alpha Bank", EntityType.ORGANIZATION, 0), Mention(31, 40, "Beta Bank", EntityType.ORGANIZATION, 0)
    >>> named_one([(alpha, 1), (beta, 2)], Argument("one of four banks", 0, 17, 0, 3), listed) is None
    True
    """
    if text[span.end : span.end + 2] != ", ":
        return None
    starts = {mention.start for mention, _ in names}
    for mention, cluster in names:
        if mention.start == span.end + 2:
            after = text[mention.end : mention.end + 2]
            listed = after == ", " and (mention.end + 2 in starts or text[mention.end + 2 : mention.end + 6] == "and ")
            return cluster if (after in (", ", " (") or after[:1] in ",.") and not listed else None
    return None


def member_agents(mention: EventMention, kept: Sequence[tuple[int, int | None]], text: str) -> bool:
    """Whether every agent no entity stands for is "one of <nouns>": "one of its employees
    paid the official" is news of one of them, who is described, not unknown; "one" alone opens the argument (not "certain one of the big arguments")."""
    unknown = [mention.arguments[index].argument for index, cluster in kept
               if cluster is None and mention.arguments[index].role == "agent"]
    return bool(unknown) and all(one_of(span, text) for span in unknown)
