"""In a sports report, a club's town that NER read as a place is the club a nickname names.

"He has been sacked at Spurs ... before being lured to White Hart Lane by Tottenham - the club
where he made his name": "Spurs" is Tottenham Hotspur (``nicknames.tsv``), and "Tottenham",
NER's city, is the club by its town's name. ``kg.resolve.names`` reads a nickname's short forms
among the article's non-place names only; this adds the place-typed mentions of the team's
name or of one of its short forms (``kg.resolve.nicknames.short_forms``: "Tottenham",
"Southampton" for the Saints) when

- the article is a sports report and the nickname's entity a team;
- no other team name of the article opens with that town's name ("Manchester" beside
  Manchester City and Manchester United may be either club or the city);
- the mention modifies no noun ("the Tottenham fans") and stands after no preposition of
  place ("in Tottenham", "from Southampton", "near", "outside": the town itself).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

from kg.records import Mention
from kg.resolve.forms import normalise
from kg.types import EntityType

_TOWNS = frozenset({EntityType.CITY, EntityType.PLACE})
PLACE_BEFORE = re.compile(r"\b(?:in|from|near|outside|around|of|to|into|across)\s+$", re.IGNORECASE)
REACH = 12  # characters looked at before the mention for the preposition


def club_town_targets(
    team: str, forms: Iterable[str], mentions: Sequence[Mention], text: str, context: Iterable[str]
) -> list[int]:
    """The place-typed mentions (indexes) that are the team ``team`` (its table name), named by
    one of ``forms`` (its name and short forms, ``normalise``d), in a sports report.

    >>> text = "sacked at Spurs. He was lured by Tottenham. He lives in Tottenham."
    >>> town = lambda start: Mention(start, start + 9, "Tottenham", EntityType.CITY, 0)
    >>> club_town_targets("Tottenham Hotspur", {"tottenham"}, [town(33), town(56)], text, {"sport", "football"})
    [0]
    >>> club_town_targets("Tottenham Hotspur", {"tottenham"}, [town(33)], text, {"politics"})
    []
    """
    if "sport" not in set(context):
        return []
    wanted = set(forms)
    others = {
        normalise(m.text) for m in mentions if m.type is EntityType.SPORTS_TEAM and normalise(m.text) != normalise(team)
    }
    found = []
    for j, mention in enumerate(mentions):
        form = normalise(mention.text)
        if mention.type not in _TOWNS or form not in wanted or mention.modifier:
            continue
        if any(other.startswith(form + " ") for other in others):
            return []  # "Manchester" beside Manchester City and Manchester United
        if not PLACE_BEFORE.search(text[max(0, mention.start - REACH) : mention.start]):
            found.append(j)
    return found
