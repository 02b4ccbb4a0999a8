"""A role of a named organisation's part: the organisation is the part's owner.

"Serge Troeber, deputy head of Swiss Re's natural disasters department", "Bill
Simmelink, general manager of TI's Voip business", "Mikko Hypponen, head of F-Secure's
anti-virus team" (a hyphen inside the owner's name is no punctuation): the complement of the role names a part
(``kg/lexicon/data/unit_nouns.txt``) of an organisation named in the possessive before
it. The post is at that organisation (as the news_facts gold reads "managing director of
the insurer's life and pensions division": Standard Life's managing director); the
role's last word stays its head, so that "TV services" reads as no plural role. The owner
is a name; a definite description ("managing director of the insurer's life and pensions
division") is none, for which firm named before it stands for is a guess; and a person's
("Wilkinson's club side") is none: resolution keeps an owner only when it is an organisation.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from kg.lexicon import UNIT_NOUNS

if TYPE_CHECKING:
    from kg.extract.words import Word

_ARTICLES = frozenset({"the", "a", "an"})
_PLACE_LABELS = frozenset({"GPE", "LOC"})


def part_owner(tokens: list[Word]) -> list[Word] | None:
    """The owner's words when ``tokens`` (a role's complement after its preposition) name a
    part of it ("Swiss Re's natural disasters department" -> "Swiss Re"; "Merrill's private client
    business in Europe" -> "Merrill"), else ``None``."""
    marks = [k for k, word in enumerate(tokens) if word.tag_ == "POS"]
    if len(marks) != 1 or not tokens or tokens[-1].tag_ == "POS":
        return None
    k = marks[0]
    part = _before_place(tokens[k + 1 :])
    if part[-1].pos_ != "NOUN" or part[-1].lemma_.lower() not in UNIT_NOUNS:
        return None
    owner = tokens[:k]
    owner = [word for word in owner if word.lower_ not in _ARTICLES]
    if not owner or any(word.is_punct and not _inner_hyphen(owner, n) for n, word in enumerate(owner)):
        return None
    if all(word.text[:1].isupper() for n, word in enumerate(owner) if not _inner_hyphen(owner, n)):
        return owner  # a name ("Swiss Re", "Telekom Austria"); resolution keeps it if it is an organisation's
    return None  # "the insurer's": which of the firms named before is a guess


def _before_place(part: list[Word]) -> list[Word]:
    """``part`` up to an "in" on it that only places it ("private client business | in
    Europe": the business is Merrill's; where it works is no word of it)."""
    for n, word in enumerate(part):
        if n and word.lower_ == "in" and word.dep_ == "prep" and word.head.i == part[n - 1].i:
            rest = part[n + 1 :]
            if rest and all(w.ent_type_ in _PLACE_LABELS or w.lower_ == "the" for w in rest):
                return part[:n]
    return part


def _inner_hyphen(owner: list[Word], n: int) -> bool:
    """Whether ``owner[n]`` is a hyphen inside a name, touching the words either side
    ("F-Secure", "Hewlett-Packard"): no punctuation that ends the name."""
    word = owner[n]
    if word.text != "-" or n == 0 or n == len(owner) - 1:
        return False
    before, after = owner[n - 1], owner[n + 1]
    return before.idx + len(before.text) == word.idx and word.idx + 1 == after.idx
