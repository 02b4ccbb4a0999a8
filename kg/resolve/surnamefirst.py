"""A titled surname no rule placed is the person whose full name it opens, written surname first.

Chinese names, among others, put the family name first: "the ex-president of Bank of China,
Wang Xuebing ... Mr Wang was head of China Construction Bank", "tax administration head Xie
Xuren said ... according to Mr Xie". ``kg.resolve.variants`` joins a titled surname to a
full name it ends (or to one whose middle word it is), so "Mr Wang" found no person and
stayed a node of its own. As a last resort (``kg.resolve.names`` asks it after the variant
rules), a one-word name that carries a person's title ("Mr", "Ms", "Dr") and that no rule
placed joins the one person's name of two or three words the article gave before it that
opens with that word, when

- the word is no known given name (``given_names.txt``): "Howard Flight ... Mr Howard"
  is Michael Howard, not the man whose given name is Howard;
- no other person's name of the article opens with it ("Wang Xuebing ... Wang Yi ... Mr
  Wang" may be either).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from kg.lexicon import GIVEN_NAMES, PERSON_TITLES
from kg.records import Mention
from kg.resolve.forms import name_words
from kg.types import EntityType


def surname_first_pairs(mentions: Sequence[Mention], alone: Callable[[int], bool]) -> list[tuple[int, int]]:
    """Pairs (titled surname, full name) of mention indexes (see the module's docstring);
    ``alone(i)``: mention ``i``'s group holds only its own form, no rule having placed it.

    >>> person = EntityType.PERSON
    >>> names = [Mention(0, 12, "Wang Xuebing", person, 0), Mention(40, 44, "Wang", person, 1, ("Mr",))]
    >>> surname_first_pairs(names, lambda i: True)
    [(1, 0)]
    >>> surname_first_pairs([names[0], Mention(40, 44, "Wang", person, 1)], lambda i: True)  # no title
    []
    >>> surname_first_pairs([Mention(0, 13, "Howard Flight", person, 0),
    ...                      Mention(40, 46, "Howard", person, 1, ("Mr",))], lambda i: True)  # a given name
    []
    >>> surname_first_pairs(names[:1] + [Mention(20, 27, "Wang Yi", person, 0)] + names[1:], lambda i: True)
    []
    """
    pairs: list[tuple[int, int]] = []
    for i, mention in enumerate(mentions):
        words = name_words(mention.text)
        titled = any(title.lower() in PERSON_TITLES for title in mention.titles)
        if len(words) != 1 or not titled or words[0] in GIVEN_NAMES or not alone(i):
            continue
        full: dict[tuple[str, ...], int] = {}
        for j, other in enumerate(mentions):
            other_words = name_words(other.text)
            if other.type is EntityType.PERSON and 2 <= len(other_words) <= 3 and other_words[0] == words[0]:
                full.setdefault(other_words, j)
        if len(full) == 1:
            j = next(iter(full.values()))
            if mentions[j].start < mention.start:
                pairs.append((i, j))
    return pairs
