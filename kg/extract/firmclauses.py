"""A "which" clause that tells a firm's business makes the name before it a firm's, given name or not.

``kg.extract.relatives`` reads "X, which ..." as no person; but a name that opens on
a given name stays a person's there ("Fannie Mae", "Laura Ashley": firms named after
people, or a "which" the parser hung on a person's name: "Brown's Britain, by Robert
Peston, which suggested"). The clause's verb settles it when only a firm does it:
"Fannie Mae, which supplies funds to America's $8 trillion mortgage market", "Laura
Ashley, which floated on the London Stock Exchange" (``firm_clause_verbs.tsv``: the
verb, and whether it needs a direct object, "supplies funds"). Such a clause gives
the reading ``"firm"``: an organisation in ``kg.extract.mentions``, as the given name
would otherwise outvote.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from kg.lexicon import FIRM_CLAUSE_VERBS

if TYPE_CHECKING:
    from kg.extract.words import Word


def firm_clause(clause: Word) -> bool:
    """The verb of a "which" clause is one only a firm does (``firm_clause_verbs.tsv``), with
    its direct object where the table asks for one, and not negated."""
    needs = FIRM_CLAUSE_VERBS.get(clause.lemma_.lower())
    if needs is None or clause.pos_ not in {"VERB", "AUX"}:
        return False
    children = list(clause.children)
    if any(child.dep_ == "neg" for child in children):
        return False
    return needs == "any" or any(child.dep_ == "dobj" for child in children)
