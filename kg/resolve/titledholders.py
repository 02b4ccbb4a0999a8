"""A speaker written as a role with its holder's name at its end, which the parser made the role's.

"But Newcastle director of rugby Rob Andrew said: ...": the parser heads the speaker on
"director" and hangs "of rugby Rob Andrew" on it, so the speaker as written is the role,
which no entity stands for, though ``kg.extract.positions`` read the whole phrase as Rob
Andrew's title ("Newcastle" "director of rugby" "Rob Andrew"). ``titled_holder`` gives
the person of that title reading when all of these hold:

- the reading is a title one (kind ``"title"``: the role written before the name);
- the person's name ends the speaker and starts after its first word;
- the role was read inside the speaker, before the name;
- one such reading only.

A speaker whose head is the name ("Bath coach Jack Rowell said") resolves to the name
itself and never comes here.
"""

from __future__ import annotations

from collections.abc import Sequence

from kg.records import Argument
from kg.resolve.roleholders import Held


def titled_holder(speaker: Argument, holders: Sequence[Held], clusters_of_people: set[int]) -> int | None:
    """The person whose title reading spans the speaker, the name at its end (see the
    module's docstring), or ``None``. ``clusters_of_people``: the clusters that are persons.

    >>> from kg.records import RoleReading
    >>> person = Argument("Rob Andrew", 32, 42, 36, 42)
    >>> reading = RoleReading(person, "director of rugby", "director of rugby", "sport", None, (0, 50), "title", 0.85,
    ...                       role_span=(14, 31))
    >>> speaker = Argument("Newcastle director of rugby Rob Andrew", 4, 42, 14, 22)
    >>> titled_holder(speaker, [Held(32, 7, -1, reading)], {7})
    7
    >>> titled_holder(speaker, [Held(32, 7, -1, reading)], set()) is None
    True
    >>> titled_holder(Argument("Newcastle director of rugby", 4, 31, 14, 22), [Held(32, 7, -1, reading)], {7}) is None
    True
    """
    found = set()
    for held in holders:
        reading = held.reading
        person = reading.person
        if reading.kind != "title" or held.person not in clusters_of_people:
            continue
        start, end = reading.role_span
        if person.end == speaker.end and speaker.start < person.start and speaker.start <= start < end <= person.start:
            found.add(held.person)
    return found.pop() if len(found) == 1 else None
