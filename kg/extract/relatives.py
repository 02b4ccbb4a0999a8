"""What a relative pronoun after a name says it is: "X, who is" a person, "X, which" no person.

English chooses its relative pronoun by what it refers to: "who" for people
(and groups of people), "which" for everything else. A non-restrictive relative
clause right after a name (a comma, then the pronoun as the clause's subject or
object) is therefore evidence of the name's type that NER's label does not use:

- ``person``: "Swank, who previously won the Golden Globe, paid tribute ...";
  "Keska, who has made a successful return from injury, contests ...". "Who"
  with a verb in the singular (``VBZ``, "was") is one person. A past tense
  says nothing of number ("Radiohead, who took over the station" is a band), so
  it is no evidence.
- ``group``: "Coldplay, who have won three Grammys, will tour": "who" with a
  plural verb ("have", "are", "were") is people, but more than one: a band, a
  team, a firm's staff, never one person.
- ``thing``: "Euronext, which combines the Paris, Amsterdam and Lisbon
  exchanges, ..."; "Boogeyman, which cost just $7m to make, ...": "which" never
  refers to a person; ``firm`` when its verb is one only a firm does ("Fannie Mae,
  which supplies funds": ``kg.extract.firmclauses``).

The clause must hang on the name itself, not on a noun before it ("the four
owners of Rover, who have been accused": "who" is the owners; after "<noun> of" the
parser cannot tell them apart, so no reading), and the name must not be one of a list ("Sony, IBM and Toshiba, who have been working": the three).

A person's role in apposition says ``person`` as well ("Aishwarya Rai, star of Bride and
Prejudice, is": ``kg.extract.apposedroles``).
"""

from __future__ import annotations

from kg.extract.apposedroles import apposed_person
from kg.extract.firmclauses import firm_clause
from kg.extract.words import Word, Words

# The verbs whose form says the subject is one ("is", "was", "has") or several ("are", "were", "have").
_SINGULAR_TAGS = frozenset({"VBZ"})
_PLURAL_TAGS = frozenset({"VBP"})
_SINGULAR_PAST = frozenset({"was"})
_PLURAL_PAST = frozenset({"were"})


def relative_reading(words: Words, start: int, end: int) -> str | None:
    """What the relative clause right after words ``start:end`` says of them:
    ``"person"``, ``"group"``, ``"thing"``, ``"firm"`` or ``None`` (no such clause, or it says
    nothing: "who won" is one person or several). See the module docstring."""
    tokens = words.words
    if apposed_person(words, start, end):
        return "person"  # "Aishwarya Rai, star of Bride and Prejudice" (kg.extract.apposedroles)
    if end + 1 >= len(tokens) or tokens[end].text != "," or tokens[end + 1].lower_ not in {"who", "which"}:
        return None
    pronoun = tokens[end + 1]
    clause = pronoun.head
    root = words.root(start, end)
    if clause.dep_ != "relcl" or clause.head is not root or root.dep_ == "conj" or _listed(root) or _of_noun(root):
        return None
    if pronoun.lower_ == "which":
        return "firm" if firm_clause(clause) else "thing"
    if pronoun.dep_ not in {"nsubj", "nsubjpass"}:
        return None  # "Barcelona, who he took to a Spanish title": the object says no number
    return _number(clause)


def _listed(root: Word) -> bool:
    """The name opens a list: "Sony, IBM and Toshiba, who ..." has "IBM" and "Toshiba" as its conjuncts."""
    return any(child.dep_ == "conj" for child in root.children)


def _of_noun(root: Word) -> bool:
    """The name follows "<noun> of": "the parents of Smithers, who have complained": the
    parser hangs the clause on the name, but "who" may as well be the noun before."""
    return root.dep_ == "pobj" and root.head.lower_ == "of"


def _number(clause: Word) -> str | None:
    """``"person"`` for a verb (or first auxiliary) in the singular, ``"group"`` for
    one in the plural, ``None`` when its form says neither ("won", "will tour")."""
    auxiliaries = [child for child in clause.lefts if child.dep_ in {"aux", "auxpass"}]
    verb = auxiliaries[0] if auxiliaries else clause
    if verb.tag_ in _SINGULAR_TAGS or verb.lower_ in _SINGULAR_PAST:
        return "person"
    if verb.tag_ in _PLURAL_TAGS or verb.lower_ in _PLURAL_PAST:
        return "group"
    return None
