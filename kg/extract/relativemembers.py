"""A relative clause on the last name of an "and" list tells of every name of the list.

"Robert Sidoli and Brent Cockbain, who both scored tries": the parser hangs the clause on
"Cockbain", the clause machinery reads its subject there and splits the list into its
other members ("Robert Sidoli", a split subject), and the event kept the split members
alone, as it does where the unsplit candidate's subject is the whole list ("Sidoli and
Cockbain scored"): score(agent=Robert Sidoli), the antecedent the clause hangs on lost.
Here the unsplit candidate's subject is the antecedent itself, no split member inside it,
so it is kept beside them: score(agent=Robert Sidoli & Brent Cockbain).

Only a relative clause's subject (``subject_how`` "relative"), only one that holds none of
the split members' words (the whole list is never read twice), and only a later member of
the list the split members are of, all names of one kind ("Jelena Jankovic of Serbia and
Montenegro, who both won": the clause hangs on "Montenegro", a country the parse listed with
a player; "firm Intertrust as well as an earlier DRM system developed by a group": no name).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

    from kg.extract.candidates import Candidate


def subject_candidates(group: list[Candidate]) -> list[Candidate]:
    """The candidates whose subjects are the event's: the members the parse split from a
    coordination and the relative clause's own antecedent beside them, else every one that
    is no proxy."""
    split = [cand for cand in group if cand.features.get("split_subject")]
    if not split:
        return [cand for cand in group if not cand.features.get("proxy")]
    taken = {t.i for cand in split for t in cand.subject}
    return split + [cand for cand in group if not cand.features.get("split_subject") and not cand.features.get("proxy")
                    and cand.features.get("subject_how") == "relative" and cand.subject
                    and not taken & {t.i for t in cand.subject} and _listed_with(cand, split)]


def _listed_with(cand: Candidate, split: list[Candidate]) -> bool:
    """Whether the antecedent is a later member of the list each split subject is of ("Cockbain"
    of "Sidoli and Cockbain"), not a name in another list ("Jelena Jankovic of Serbia and
    Montenegro, who both won": the clause hangs on "Montenegro", no member of the players')."""
    head = _root(cand.subject)
    members = {t.i for t in head.conjuncts} if head is not None and head.dep_ == "conj" else set()
    return head is not None and head.pos_ == "PROPN" and all(
        (root := _root(other.subject)) is not None and root.i in members and root.pos_ == "PROPN"
        and root.ent_type_ == head.ent_type_ for other in split)  # names of one kind: no country beside a player


def _root(tokens: list[Token]) -> Token | None:
    """The word of ``tokens`` the others hang on ("Jankovic" of "Jelena Jankovic of Serbia")."""
    inside = {t.i for t in tokens}
    return next((t for t in tokens if t.head.i not in inside or t.head is t), None)
