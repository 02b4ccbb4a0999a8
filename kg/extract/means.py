"""A participle of means on a passive clause with no "by" phrase has no subject of its own.

"Data was gathered using machines that looked innocent", "net attacks are increasingly
launched using several hundred machines", "website PayPal could now be coded using a
mixture of alphabets": whoever used the machines is the passive's unnamed agent, never its
subject (the data, the attacks, the website). A "by" phrase names the one who used them
("was gathered by researchers using machines") and is left to the clause rules; so is an
active clause ("Wal-Mart kicked off the battle, using an open letter").
``means_participles.txt`` lists the participles.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from kg.lexicon.table import read_words

if TYPE_CHECKING:
    from kg.extract.words import Word

__all__ = ["means_of_passive"]

_MEANS = read_words("means_participles.txt")


def means_of_passive(verb: Word) -> bool:
    """Whether ``verb`` is a participle of means hung on a passive verb without an agent."""
    if verb.lower_ not in _MEANS or verb.tag_ != "VBG" or verb.dep_ not in ("advcl", "xcomp"):
        return False
    head = verb.head
    return any(c.dep_ in ("auxpass", "nsubjpass") for c in head.children) and not any(
        c.dep_ == "agent" for c in head.children)
