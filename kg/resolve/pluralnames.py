"""A product's or event's name of two or more words and its plural are one name.

News writes a product or a kind of event in the singular and in the plural in one
article: "a Subaru Impreza rally car ... manual Subaru Imprezas", "the one Grand Slam
to so far elude him ... three of them Grand Slams". ``kg.resolve.names`` joins the
plural of a one-word name ("Xboxes"); this rule reads names of two or more words, the
last one pluralised ("s", "es"), the others the same, when

- the singular is NER's product or event (never a work's name: "Billy Elliot" the
  musical is not "the Billy Elliots" who play the part), no titled person's;
- the plural is read as no person and no place, and carries no title ("the Wayne
  Rooneys of this world" is no one's name).

Awards have their own rule (``kg.resolve.awardnames``: "the Golden Globes").
"""

from __future__ import annotations

from collections.abc import Sequence

from kg.records import Mention
from kg.resolve.forms import name_words, normalise
from kg.types import EntityType

_SINGULAR_TYPES = frozenset({EntityType.PRODUCT, EntityType.EVENT})
_NOT_PLURAL = frozenset({EntityType.PERSON, EntityType.COUNTRY, EntityType.CITY, EntityType.PLACE})
_MIN_LAST = 3  # "Impreza", "Slam"; not a letter or two


def plural_pairs(mentions: Sequence[Mention]) -> list[tuple[int, int]]:
    """Pairs (singular, plural) of mention indexes (see the module's docstring).

    >>> product, event = EntityType.PRODUCT, EntityType.EVENT
    >>> plural_pairs([Mention(0, 14, "Subaru Impreza", product, 0), Mention(40, 55, "Subaru Imprezas", product, 1)])
    [(0, 1)]
    >>> plural_pairs([Mention(0, 10, "Grand Slam", event, 0), Mention(40, 51, "Grand Slams", event, 1)])
    [(0, 1)]
    >>> plural_pairs([Mention(0, 12, "Billy Elliot", EntityType.WORK, 0), Mention(40, 53, "Billy Elliots", EntityType.WORK, 1)])
    []
    >>> plural_pairs([Mention(0, 12, "Grand Slam", event, 0), Mention(40, 53, "Grand Slams", EntityType.PERSON, 1)])
    []
    """
    singular: dict[str, int] = {}
    for i, mention in enumerate(mentions):
        words = name_words(mention.text)
        if mention.type in _SINGULAR_TYPES and not mention.titles and len(words) >= 2 and len(words[-1]) >= _MIN_LAST:
            singular.setdefault(normalise(mention.text), i)
    pairs: list[tuple[int, int]] = []
    for j, mention in enumerate(mentions):
        if mention.type in _NOT_PLURAL or mention.titles or len(name_words(mention.text)) < 2:
            continue
        form = normalise(mention.text)
        for ending in ("es", "s"):
            if form.endswith(ending) and form[: -len(ending)] in singular:
                pairs.append((singular[form[: -len(ending)]], j))
                break
    return pairs
