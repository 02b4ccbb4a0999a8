"""A definite description goes on from one of its kind left open just before it: it stays open too.

``Linker`` links a definite description ("the company") to the one fitting entity named in
its sentence or the two before it. Business news names two firms in its lead, speaks of
one as "the group" (which names both in reach, and so stays unresolved), then of it again
as "the company" a sentence on, when the window has lost the first firm: "Irish publishing
group Independent News & Media is buying up a 26% stake in Indian newspaper company Jagran
... Jagran publishes India's top-selling daily ... News of the deal came as the group
announced that its results would meet market forecasts. The company reported strong
revenue growth": the company is the group left open, Independent News & Media, not Jagran,
the one firm left in reach. ``left_open`` reads the links once every rule has run: a
description linked to an entity is unlinked when a definite description of the same kind,
a clause's subject (not "the bank's prediction", nor an apposition's "the seventh-largest
US airline"),
("the group", "the firm", "the company" are all a company's:
``kg.resolve.agreement.described_kind``) stands between the entity's last name before it
and it, and no rule resolved that one ("But Wal-Mart only saw its sales rise. The company
saw a 3% rise ... the world's biggest retailer": the company was linked, nothing left
open). A description the name set off right after it names ("the world's largest package delivery
company, UPS, said ... The US company said": kg.resolve.namedafter) leaves its own entity open so, not
another named before it. One that names a body of its own ("told the Reuters news agency ... the aid agency
was quoted") leaves nothing open.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from kg.resolve.agreement import described_kind, nationality
from kg.resolve.namedafter import named_after
from kg.resolve.pronouns import CLAUSE_KINDS

if TYPE_CHECKING:
    from kg.records import Mention
    from kg.resolve.coref import Linker

_APPOSED = re.compile(r"\s*,\s+the\s+(?:[\w’'-]+\s+){0,3}$", re.IGNORECASE)
_VERB_CLAUSES = CLAUSE_KINDS | {"attribution"}  # a verb's subject: "the group announced"
# "the" and up to three words before a description: "the group", "the German-based firm".
_THE = re.compile(r"(?:^|\s)the\s+(?:(?!(?:an?|the)\s)[\w’'-]+\s+){0,3}$", re.IGNORECASE)


def left_open(linker: Linker) -> list[Mention]:
    """The linked descriptions that go on from one of their kind left unresolved, in text
    order; each is unlinked as it is found, so it leaves the next one open in turn."""
    found = []
    open_kinds: list[tuple[int, str, Mention, int | None]] = []  # (start, kind, description, its entity) of those open so far
    subjects = {clause.subject.head_start for clause in linker.clauses if clause.kind in _VERB_CLAUSES}
    for description in linker.descriptions:
        kind = described_kind(description.text)
        if kind is None or not _unnamed(linker, description):
            continue
        cluster = linker.named_or_described(description.as_argument())
        if cluster is None or named_after(linker, description) == cluster:  # "the delivery company, UPS, said" (kg.resolve.namedafter)
            if any(description.start <= head < description.end for head in subjects) and not _apposed(linker, description):
                open_kinds.append((description.start, kind, description, cluster))  # "the group announced"; not "the bank's prediction"
            continue
        names = [mention.end for mention in linker.clusters[cluster].mentions
                 if mention.kind == "name" and mention.end <= description.start]
        if names and any(start >= max(names) and other_kind == kind and other.type is description.type and other_cluster != cluster
                         for start, other_kind, other, other_cluster in open_kinds):
            linker.link(description, None)
            found.append(description)
            open_kinds.append((description.start, kind, description, None))
    return found


def _apposed(linker: Linker, description: Mention) -> bool:
    """Whether a description is set beside the name right before it: "US Airways, the seventh-largest US airline"."""
    before = [mention.end for mention, _ in linker.names if mention.end <= description.start and not mention.modifier]
    return bool(before) and _APPOSED.match(linker.text, max(before), description.start) is not None


def _unnamed(linker: Linker, description: Mention) -> bool:
    """Whether a description is definite and names nothing: "the group", "the German group";
    not "the Reuters news agency", a body of its own (``kg.resolve.misnamed``)."""
    found = _THE.search(linker.text[max(0, description.start - 40) : description.start])
    if found is None:
        return False
    words = found.group().split()[1:] + description.text.split()
    return not any(word[:1].isupper() and nationality(word) is None for word in words)
