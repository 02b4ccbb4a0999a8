"""A firm written by the first word of the name the article gave it in full.

News names a company in full, then by its first word: "researchers at BDO Stoy Hayward
... BDO said", "Spain's most powerful bank, Santander Central Hispano ... two Santander
shareholders", "media giant Vivendi Universal ... Vivendi has said", "Deutsche Boerse told
Reuters ... Investors want Deutsche to return cash". ``kg.resolve.tradenames`` reads the
words dropped when they are all of a trade ("Cairn Energy"); this rule reads any, as a last
resort, for a one-word name no other rule placed (``kg.resolve.names`` asks it after the
variant rules), when

- both are NER's organisations, the long name of two or three words, no joining word or
  preposition in it ("Bank of England"), the short one no place's, people's, given or
  generic name, company suffix or head word ("Royal", "General", "Group");
- the full name comes first in the body, in an earlier sentence (the headline may shorten
  it: "Watchdog probes Vivendi bond sale"): a name given first that a longer one extends
  names the parent of an arm ("Sony ... Sony Computer Entertainment"), and one in the long
  name's own sentence what it is named after ("the Smallpox Research Grid ... a treatment
  for Smallpox");
- the words dropped name no arm (``division_words.txt``: "Sony Pictures", "EA Mobile",
  "BBC News"), hold no head word of a body's name (``name_heads.tsv``: "Army Board", a
  board, is no army; the trade words of ``kg.resolve.tradenames`` are its rule's), no place
  ("Sony Europe") and nothing the article names on its own: "Sony
  Ericsson ... Ericsson and Sony" is a venture of two firms, neither of them it;
- one full name only fits ("Deutsche" after Deutsche Bank and Deutsche Boerse joins neither).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from kg.lexicon import ACRONYM_STOPWORDS, GENERIC_TERMS, GIVEN_NAMES, NAME_HEADS, ORG_SUFFIXES, demonym_country
from kg.lexicon.gazetteer import gazetteer
from kg.lexicon.table import read_words
from kg.records import Mention
from kg.resolve.forms import is_place_name, name_words, normalise
from kg.types import EntityType

DIVISION_WORDS = read_words("division_words.txt")
_MIN_NAME = 3  # "BDO", "Dow"; not "Co"
_MAX_LONG = 3  # "Santander Central Hispano"


def lead_word_pairs(mentions: Sequence[Mention], alone: Callable[[int], bool], headline_end: int) -> list[tuple[int, int]]:
    """Pairs (short, long) of mention indexes: a one-word firm's name that the article gave
    in full before (see the module's docstring). ``alone(i)``: mention ``i``'s group holds
    only its own form, no rule having placed it; ``headline_end``: the headline's end offset.

    >>> org = EntityType.ORGANIZATION
    >>> names = [Mention(30, 47, "BDO Stoy Hayward", org, 1), Mention(60, 63, "BDO", org, 2)]
    >>> lead_word_pairs(names, lambda i: True, 20)
    [(1, 0)]
    >>> first = [Mention(30, 33, "BDO", org, 1), Mention(60, 76, "BDO Stoy Hayward", org, 2)]
    >>> lead_word_pairs(first, lambda i: True, 20)  # "BDO" named first: the parent
    []
    """
    forms = {normalise(mention.text) for mention in mentions}
    first_body: dict[str, Mention] = {}
    for mention in mentions:
        if mention.start >= headline_end:
            first_body.setdefault(normalise(mention.text), mention)
    longs = [j for j, mention in enumerate(mentions) if _full_name(mention, forms)]
    pairs: list[tuple[int, int]] = []
    done: set[str] = set()
    for i, short in enumerate(mentions):
        form = normalise(short.text)
        if form in done or not _short_name(short) or not alone(i):
            continue
        done.add(form)
        first = first_body.get(form)
        if first is None:
            continue  # only in the headline
        fitting = {
            normalise(mentions[j].text): j for j in longs
            if name_words(mentions[j].text)[0] == form and _given_before(first_body.get(normalise(mentions[j].text)), first)
        }
        if len(fitting) == 1:
            pairs.append((i, next(iter(fitting.values()))))
    return pairs


def _given_before(full: Mention | None, short: Mention) -> bool:
    """Whether the full name's first body mention comes before the short one's, in an
    earlier sentence: in its own sentence a one-word name is mostly what the longer one
    is named after ("developed the Smallpox Research Grid ... a treatment for Smallpox")."""
    return full is not None and full.start < short.start and full.sentence < short.sentence


def _short_name(mention: Mention) -> bool:
    words = name_words(mention.text)
    if mention.type is not EntityType.ORGANIZATION or mention.titles or len(words) != 1:
        return False
    word = words[0]
    return (
        len(word) >= _MIN_NAME
        and word.isalpha()
        and word not in GENERIC_TERMS
        and word not in GIVEN_NAMES
        and word not in ORG_SUFFIXES
        and word not in NAME_HEADS
        and not is_place_name(word)
        and not gazetteer().is_place(mention.text)
        and demonym_country(word) is None
    )


def _full_name(mention: Mention, forms: set[str]) -> bool:
    """An organisation's name of two or three words whose words after the first name no arm,
    place or thing the article names apart ("Sony Ericsson ... Ericsson")."""
    words = name_words(mention.text)
    if mention.type is not EntityType.ORGANIZATION or not 2 <= len(words) <= _MAX_LONG:
        return False
    rest = words[1:]
    if set(words) & (ACRONYM_STOPWORDS | DIVISION_WORDS) or any(not word.isalpha() or word in NAME_HEADS for word in rest):
        return False  # "Bank of England"; "Sony Pictures"; "Army Board": a body's head word, named after the army
    if " ".join(rest) in forms or any(word in forms for word in rest):
        return False
    return not is_place_name(" ".join(rest)) and not gazetteer().is_place(" ".join(rest))
