"""Whether a side of a name NER read across "and" is named apart in the article.

``kg.extract.namelike.pair_pieces`` splits "X and Y" into two names when a side is named
alone: an entity span of the article, or the surname of a person's full name there
("Henry" of "Graham Henry"). And a pair whose every side the article names with one
name's head word after it is two bodies of that kind: "Citizens Bank and Canal Bank are the
two lenders ... Citizens and Canal ended up owning slaves" (NER's "Citizens and Canal": two
banks, each named in full; the head a name's head word of ``name_heads.tsv``, "bank",
"airlines", "club"). Not a head the article gives one side only ("Tate & Lyle ... Lyle
Foundation"), nor a shared name of the pair ("Marks and Spencer" is no "Marks Bank").
"""

from __future__ import annotations

from kg.lexicon import GIVEN_NAMES, NAME_HEADS


def named_apart(form: str, owners: frozenset[str]) -> bool:
    """``form`` (folded) is an entity span of the article (``owners``: their folded texts),
    or the surname of a person's ("Henry" of "Graham Henry": two or three words, the first
    a given name)."""
    return form in owners or (" " not in form and any(_surname_of(form, owner) for owner in owners))


def heads_apart(forms: list[str], owners: frozenset[str]) -> bool:
    """Every side of the pair (``forms``, folded) is named with one shared head word after
    it: "citizens" and "canal" beside "citizens bank" and "canal bank"."""
    heads = None
    for form in forms:
        found = {owner[len(form) + 1 :] for owner in owners if owner.startswith(form + " ")}
        found = {head for head in found if " " not in head and NAME_HEADS.get(head, (None,))[0] is not None}
        heads = found if heads is None else heads & found
    return bool(heads)


def _surname_of(form: str, owner: str) -> bool:
    return 2 <= len(words := owner.split()) <= 3 and words[-1] == form and words[0] in GIVEN_NAMES
