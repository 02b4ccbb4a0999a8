"""The forms of one award's name are one entity (``kg.resolve.names`` joins them).

News writes an award's name with its head word ("Golden Globe Awards", "the Academy
Award", ``award_heads.txt``), in the plural ("the Golden Globes", "two Grammys", "the
Brits") and bare ("Wednesday's Brit awards": NER's name is "Brit"). Within one article:

- the forms with a head word, singular or plural, and the plural of what goes before the
  head are one ("Grammy Awards ... two further Grammys"), a year or an edition's number
  before the name aside ("the 2005 Golden Globe Awards ... the Golden Globes");
- the bare name joins them when it is read as the award: an event, a head word in lower
  case after it ("Brit awards") or the plural named too ("Brit Awards ... the Brits ...
  a Brit"); never a person's name ("Tony" of the Tony Awards), and not "the Academy"
  of the Academy Awards, the organisation that gives them;
- an award's name the nickname table gives ("an Oscar": the Academy Awards,
  ``nicknames.tsv``) is that name with its head word ("Oscar ... his Academy Award");
- with no form holding a head word, a one-word prize's name (``prize_nouns.txt``) and
  its plural are one ("Vera Drake's Bafta triumph ... the Baftas").
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from kg.lexicon import NICKNAMES
from kg.lexicon.table import read_words
from kg.records import Mention
from kg.resolve.forms import is_place_name, name_words
from kg.resolve.nicknames import nickname_form
from kg.types import EntityType

AWARD_HEADS = read_words("award_heads.txt")
_PRIZES = read_words("prize_nouns.txt")
_EDITION = re.compile(r"\d+(st|nd|rd|th)?")  # "2005 Golden Globe Awards", "the 77th Academy Awards"
_AFTER = re.compile(r"\s+([a-z]+)")


def award_pairs(mentions: Sequence[Mention], text: str | None = None) -> list[tuple[int, int]]:
    """Pairs of mentions that name one award in different forms.

    >>> m = lambda words, t=EntityType.EVENT: Mention(0, len(words), words, t, 0)
    >>> award_pairs([m("Grammy Awards"), m("Grammys", EntityType.PLACE), m("Grammy Award")])
    [(0, 1), (0, 2)]
    >>> award_pairs([m("Academy Awards"), m("Academy", EntityType.ORGANIZATION)])
    []
    >>> award_pairs([m("Tony Awards"), m("Tonys"), m("Tony", EntityType.PERSON)])
    [(0, 1)]
    """
    headed: dict[tuple[str, ...], list[int]] = {}
    plural: dict[tuple[str, ...], list[int]] = {}
    bare: dict[tuple[str, ...], list[int]] = {}
    for i, mention in enumerate(mentions):
        # NER reads "a best new artist Grammy" as a person: the table's award is no one.
        listed = _table_name(mention.text)
        words = listed or _unnumbered(name_words(mention.text))
        if not words or (mention.type is EntityType.PERSON and not listed) or mention.titles:
            continue
        if len(words) >= 2 and words[-1] in AWARD_HEADS:
            headed.setdefault(words[:-1], []).append(i)
            continue
        bare.setdefault(words, []).append(i)
        if len(words[-1]) > 3 and words[-1].endswith("s"):
            plural.setdefault((*words[:-1], words[-1][:-1]), []).append(i)
    pairs: list[tuple[int, int]] = []
    for stem in sorted(headed.keys() | plural.keys(), key=lambda stem: min(headed.get(stem, plural.get(stem, [0])))):
        forms = headed.get(stem, [])
        plurals = plural.get(stem, [])
        if not forms and not (len(stem) == 1 and stem[0] in _PRIZES and stem in bare):
            continue  # no head word: a prize's own one-word name only ("Bafta", "Baftas")
        singular = [i for i in bare.get(stem, ()) if _reads_as_award(mentions, i, text, plurals=bool(plurals))]
        family = [*forms, *plurals, *singular]
        if is_place_name(" ".join(stem)):
            continue  # "Britain" is no award's bare name
        pairs.extend((family[0], i) for i in family[1:])
    return pairs


def _table_name(text: str) -> tuple[str, ...] | None:
    """The words of the award's name the nickname table gives a name ("Oscars": the
    Academy Awards), if it gives one award's name.

    >>> _table_name("Oscar"), _table_name("Spurs")
    (('academy', 'awards'), None)
    """
    names = {name_words(reading.name) for reading in NICKNAMES.get(nickname_form(text), ())}
    if len(names) != 1:
        return None
    words = names.pop()
    return words if len(words) >= 2 and words[-1] in AWARD_HEADS else None


def _unnumbered(words: tuple[str, ...]) -> tuple[str, ...]:
    """A name's words without a year or an edition's number before it."""
    while words and _EDITION.fullmatch(words[0]):
        words = words[1:]
    return words


def _reads_as_award(mentions: Sequence[Mention], i: int, text: str | None, *, plurals: bool) -> bool:
    """Whether the bare name is the award: an event, a head word in lower case after it
    ("Brit awards"), or the article writes the plural too ("the Brits ... a Brit")."""
    mention = mentions[i]
    if mention.type is EntityType.EVENT or plurals:
        return True
    after = _AFTER.match(text, mention.end) if text is not None else None
    return after is not None and after.group(1) in AWARD_HEADS
