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
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from kg.records import Argument
from kg.resolve.roleholders import Held

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
