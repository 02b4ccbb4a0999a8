"""What a permission in the present tense lets someone do is possible, not done.

"The new rule allows clubs to sign players outside the transfer window", "a futuristic
shooter that lets you play deathmatch modes against your phone", "players are allowed to
wear gloves": the signing, the playing and the wearing are open to them (possible), no
news that they happened. In the past a permission tells what was done: "the deal allowed
the firm to cut its debt" (it cut it), "has enabled him to return"; a modal ("will allow")
is read by the clause's own rules. The verbs are ``permit_verbs.txt``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from kg.lexicon.table import read_words

if TYPE_CHECKING:
    from kg.extract.words import Word

PERMIT_VERBS = read_words("permit_verbs.txt")
_PRESENT = frozenset({"VBZ", "VBP"})


def permitted(verb: Word) -> bool:
    """Whether ``verb`` is a permission in the present simple, active ("allows",
    "let" after "you") or passive ("are allowed"), whose complement is only possible."""
    if verb.lemma_.lower() not in PERMIT_VERBS:
        return False
    auxiliaries = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    if verb.tag_ in _PRESENT:
        return not auxiliaries  # "does let" is rare; "has let" is no VBZ of "let"
    return verb.tag_ == "VBN" and [c.tag_ for c in auxiliaries] in (["VBZ"], ["VBP"]) and all(
        c.dep_ == "auxpass" for c in auxiliaries)
