"""A speaker written as a role, the person holding it named right after it between commas.

"The Tory finance spokesman, Brian Monteith MSP, said: ..." and "Argentine Economic
Minister, Roberto Lavagna, told the French media ...": the parser makes the role the
subject of the speech verb and the name its apposition, so the speaker as written is
the role, which no entity stands for (or a wrong one: "Higher Education Minister" as
an organisation). ``kg.extract.positions`` reads the same apposition as the person's
position; the speaker is that person when all of these hold:

- the position was read from the apposition (kind ``"apposition"``);
- its person starts right after the speaker and a comma, and a comma closes it (the
  speech verb follows: "..., Kim Howells, said");
- the role was read inside the speaker and ends it (the speaker *is* that role:
  "finance spokesman" in "The Tory finance spokesman");
- one such position only.

``apposed_name`` does the same for an event's participant written as a description
with its name right after it ("The charity, Oxfam, launched an appeal").
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from kg.lexicon import PERSON_NOUNS, ROLE_HEADS
from kg.records import Argument, Mention
from kg.resolve.roleholders import Held
from kg.types import EntityType

_BETWEEN = re.compile(r",\s+\Z")
_CLOSED = re.compile(r"\s*,")


def apposed_holder(text: str, speaker: Argument, holders: Sequence[Held], clusters_of_people: set[int]) -> int | None:
    """The person named in apposition right after a role speaker (see the module's
    docstring), or ``None``. ``clusters_of_people``: the clusters that are persons.

    >>> from kg.records import RoleReading
    >>> text = "The Tory finance spokesman, Brian Monteith MSP, said: 'No.'"
    >>> person = Argument("Brian Monteith MSP", 28, 46, 43, 46)
    >>> reading = RoleReading(person, "finance spokesman", "spokesman", "political", None, (0, 58), "apposition", 1.0,
    ...                       role_span=(9, 26))
    >>> speaker = Argument("The Tory finance spokesman", 0, 26, 17, 26)
    >>> apposed_holder(text, speaker, [Held(28, 3, -1, reading)], {3})
    3
    >>> apposed_holder(text, speaker, [Held(28, 3, -1, reading)], set()) is None
    True
    """
    found = set()
    for held in holders:
        reading = held.reading
        person = reading.person
        if reading.kind != "apposition" or held.person not in clusters_of_people or person.start <= speaker.end:
            continue
        if not _BETWEEN.match(text[speaker.end : person.start]) or not _CLOSED.match(text, person.end):
            continue
        start, end = reading.role_span
        if speaker.start <= start < end == speaker.end:
            found.add(held.person)
    return found.pop() if len(found) == 1 else None


def apposed_name(names: Sequence[tuple[Mention, int]], subjects: set[int], span: Argument, text: str) -> int | None:
    """The entity a description of an event's participant is named as right after it, between commas
    or before brackets: "The charity, Oxfam, launched an appeal", "The non-government
    organisation, Cepes (Peruvian Centre for Social Studies) led the project" -> the
    charity is Oxfam; a possessor opens one too: "Iran's president, Mohammad Khatami, has
    unveiled a budget", "Will Smith's first romantic comedy, Hitch, has topped the box office"; one with its "of"
    phrase when it is a role ("The former manager of Johnny Cash, Saul Israel Holiff, has died"); an indefinite
    or bare one too ("appointed a new chief executive, John Smith, on Monday"), and a person's name may carry
    where the person is from ("face fellow former Wimbledon champion, Conchita Martinez of Spain, who ..."). Not a description with words of its own after the head, nor a
    list ("The unions, Amicus and the GMB, ...": the name is followed by "and"), nor a
    name that runs on ("The firm, Acme Corp's parent, ..."), nor a name that is a
    clause's subject (offsets of subject heads in ``subjects``): "Welcoming the ruling,
    Maeve Sherlock, chief executive of the Refugee Council, said" (she welcomed it).

    >>> oxfam = [(Mention(13, 18, "Oxfam", EntityType.ORGANIZATION, 0), 0)]
    >>> charity = Argument("The charity", 0, 11, 4, 11)
    >>> apposed_name(oxfam, set(), charity, "The charity, Oxfam, launched an appeal.")
    0
    >>> apposed_name(oxfam, set(), charity, "The charity, Oxfam and Acme, launched an appeal.") is None
    True
    >>> apposed_name(oxfam, {13}, charity, "The charity, Oxfam, said it would appeal.") is None
    True
    """
    first = text[span.start : span.end].split(maxsplit=1)[0] if span.end > span.start else ""
    head = text[span.head_start : span.head_end]
    if not (first.lower() in _OPENERS or first.endswith(("'s", "’s")) or first.islower()) \
            or not head.islower() or text[span.end : span.end + 2] != ", ":
        return None
    if span.head_end != span.end and not (_OF_PHRASE.match(text[span.head_end : span.end]) and head in ROLE_HEADS | PERSON_NOUNS):
        return None  # "the defection of one of his MPs, Robert Jackson": the MP is named, not the defection
    for mention, cluster in names:
        if mention.start == span.end + 2 and not any(mention.start <= subject < mention.end for subject in subjects):
            after = text[mention.end : mention.end + 2]
            if _LIST_GOES_ON.match(text, mention.end):
                return None  # "The likes of Michael Owen, Gethin Jenkins, Dwayne Peel and Gavin Henson are"
            if mention.type is EntityType.PERSON and _FROM_PLACE.match(text, mention.end):
                return cluster  # "fellow former Wimbledon champion, Conchita Martinez of Spain, who ..."
            return cluster if after in (", ", " (") or after[:1] == "," else None
    return None


# What opens a description that a name right after it may name: "the charity", "a new chief
# executive" (appointed a new chief executive, John Smith, on Monday), or no determiner
# ("will face fellow former Wimbledon champion, Conchita Martinez").
_OPENERS = frozenset({"the", "a", "an"})
# What may follow a role's head: its "of" phrase ("The former manager of Johnny Cash, Saul Israel
# Holiff, has died").
_OF_PHRASE = re.compile(r" of [^,;()]+\Z")
# A list of names goes on after the name: another name, then a comma or "and".
_LIST_GOES_ON = re.compile(r", (?:the )?[A-Z][\w.'-]*(?: [A-Z][\w.'-]*)*(?:,| and | or )")
# A person's name with where the person is from before the closing comma.
_FROM_PLACE = re.compile(r" (?:of|from) (?:the )?[A-Z][\w.'-]*(?: [A-Z][\w.'-]*)*,")
