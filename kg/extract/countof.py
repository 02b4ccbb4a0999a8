""""<count> of <plural noun phrase>" as a subject is that many of a group, never a bare number.

"Hundreds of hopefuls submitted their profiles", "thousands of journalists blessed the
original notebook PC", "Five of the eight critics tipped Scorsese": the parse heads the
subject with the count ("Hundreds", "Five"), so the argument read as a quantity and the
subject of an act was no agent at all (the act's doer lost, and any infinitive it controls:
"thousands of people have voted in a poll to find the best film"). What the argument is,
is what its plural noun is, as for "one of the banks" (``kg.extract.oneof``);
``kg.resolve.countedof`` keeps a count of people as a described agent. Only a subject's
count (digits, a number word, a word of count_words.txt: "dozens", "thousands") right
before "of", and a plural noun after it: not a share ("44% of searchers use", "a third of
shoppers": how common a habit is, a survey's figure, no one's act), nor a pronoun ("a
dozen of them": which group is said elsewhere), nor a measured amount ("two of its
profits", "dozens of points").
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from kg.extract.oneof import one_of_member
from kg.extract.quantities import AMOUNT_NOUNS, NUMBER_WORDS
from kg.extract.shareof import share_of_group
from kg.lexicon import COUNT_WORDS, MEASURED_NOUNS

if TYPE_CHECKING:
    from kg.extract.words import Word

__all__ = ["count_of_group", "group_member"]

_PLURAL_TAGS = frozenset({"NNS", "NNPS"})
# A subject only: "sold to dozens of investors" is the verb's other argument, read as before.
_SUBJECTS = frozenset({"nsubj", "nsubjpass"})


def _count(head: Word) -> bool:
    """Whether ``head`` is a count: "14,000", "Five", "Hundreds"; not "one", nor a share ("44" of "44%")."""
    word = head.lower_
    if word in ("one", "1") or any(c.lower_ in ("%", "percent") for c in head.children) or \
            head.head.lower_ in ("%", "percent"):
        return False
    return word[:1].isdecimal() or word in NUMBER_WORDS or word in COUNT_WORDS


def count_of_group(head: Word) -> Word | None:
    """The plural noun of "<count> of <nouns>" when ``head`` is that count, a subject; else ``None``."""
    if head.dep_ not in _SUBJECTS or not _count(head):
        return None
    for prep in head.children:
        if prep.dep_ == "prep" and prep.lower_ == "of" and prep.i == head.i + 1:
            noun = next((c for c in prep.children if c.dep_ == "pobj"), None)
            if noun is None or noun.tag_ not in _PLURAL_TAGS or noun.lemma_.lower() in MEASURED_NOUNS \
                    or noun.lower_ in AMOUNT_NOUNS:
                return None
            return noun
    return None


def group_member(head: Word) -> Word | None:
    """The plural noun a "one of", a count's or a share's "of" names (``one_of_member``, ``count_of_group``,
    ``kg.extract.shareof.share_of_group``)."""
    return one_of_member(head) or count_of_group(head) or share_of_group(head)
