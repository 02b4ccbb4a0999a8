"""A post written after a bare kind noun, with no name: the one party, club or company meant.

News writes a post after its body's kind alone when the body is plain from the story:
"Party leader Michael Howard said the new role would replace police authorities" in a
report on the Tories' plans; "Club director Terry Brady held initial talks with Strachan"
in one on Southampton's search for a manager. The role as written opens with the kind noun
("party leader", "club director"), the text names no organisation for it, and the position
answers "leader of what?" with nothing.

``kind_owners`` gives such a position the body "the party's leader" would take:

- "party": the one party (``kg.resolve.theparty.is_party``) named in the post's sentence or
  the two before it (``kg.resolve.pronouns.WINDOW``), a party named as a modifier ("the UKIP
  whip") counting; with none named there, the article's own party (``kg.resolve.leadparty``);
  two in reach ("Tory co-chairman Liam Fox ... Labour's record and party leader Michael
  Howard"): none;
- "club": the one club named before it (``kg.resolve.theclub.club_before``), no other team
  or body that may be a club nearby;
- "company", "firm": the article's company (``kg.resolve.leadcompany``), or the one company
  named in the post's sentence or the two before it ("Exxon, the world's largest oil company,
  has signed ... Company spokesman Glenn Waller said": ``kg.resolve.nearcompany``); two
  bodies named there and no company of the article's: none.

The kind noun the parse took, capitalised at a sentence's start, for the owner's name
("Party leader Michael Howard": owner "Party", role "leader") counts alike.
Not a post whose kind noun follows a name ("Scottish National Party leader"): that name is
its owner, read where the role phrase is. A wrong owner is worse than none.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from kg.resolve.leadcompany import lead_company
from kg.resolve.leadparty import lead_party
from kg.resolve.nearcompany import NONE, near_company
from kg.resolve.pronouns import WINDOW, sentence_of
from kg.resolve.theclub import club_before
from kg.resolve.theparty import is_party
from kg.types import EntityType

if TYPE_CHECKING:
    from kg.records import RoleReading
    from kg.resolve.coref import Linker

Role = tuple[str, int, int, "RoleReading"]

# The kind noun that opens the role as written, and the word before it, if any, in its sentence.
_KIND = re.compile(r"(party|club|company|firm)\s", re.IGNORECASE)
# What a party is named as: not a person the article calls its leader.
_BODIES = frozenset({EntityType.ORGANIZATION, EntityType.GROUP})
_NO_LEAD = -2  # no company of the article's: only one named near the post counts
_WORD_BEFORE = re.compile(r"([\w'’-]+)[^\w.!?]*$")


def kind_owners(roles: list[Role], linker: Linker, title: str | None) -> list[Role]:
    """``roles`` (what, person, organisation, reading) with each post written after a bare
    "party", "club", "company" or "firm" given the one body of that kind the article names
    (see the module's docstring); the others as they were."""
    out = list(roles)
    for i, (what, person, organisation, reading) in enumerate(roles):
        if what != "position" or organisation >= 0:
            continue
        # The kind noun opens the role, or the parse took it, capitalised, for the owner's name: "Party leader".
        written = reading.organisation
        at = reading.role_span[0] if written is None else written.start
        if written is not None and (written.end > reading.role_span[0] or not _KIND.fullmatch(f"{written.text} ")):
            continue
        kind = _bare_kind(linker.text, at, reading)
        if kind is None:
            continue
        owner = (_party(linker, at, title) if kind == "party" else club_before(linker, at) if kind == "club"
                 else _company(linker, at, title))
        if owner is not None and owner != person:
            out[i] = (what, person, owner, reading)
    return out


def _bare_kind(text: str, start: int, reading: RoleReading) -> str | None:
    """The kind noun at ``start`` that opens the role as written ("party", "club", "company",
    "firm"), when no name stands right before it in its sentence, else ``None``."""
    found = _KIND.match(text, start, reading.role_span[1])
    if found is None:
        return None
    before = _WORD_BEFORE.search(text, reading.sentence[0], start)
    if before is not None and before.group(1)[:1].isupper() and before.start() > reading.sentence[0]:
        return None  # "Scottish National Party leader", "All England Club chairman"
    return found.group(1).lower()


def _company(linker: Linker, start: int, title: str | None) -> int | None:
    """The article's company (``kg.resolve.leadcompany``), or the one company named in the
    post's sentence or just before it (``kg.resolve.nearcompany``); ``None`` when neither is."""
    lead = lead_company(linker, title)
    near = near_company(linker, start, _NO_LEAD if lead is None else lead)
    return None if near in (NONE, _NO_LEAD) else near


def _party(linker: Linker, start: int, title: str | None) -> int | None:
    """The one party named in the sentence at ``start`` or the ``WINDOW`` before it, else
    the article's party; ``None`` when two are named there."""
    sentence = sentence_of(linker, start)
    named = {cluster for mention, cluster in linker.names
             if sentence - WINDOW <= mention.sentence <= sentence and linker.clusters[cluster].type in _BODIES
             and is_party(linker, cluster)}
    if len(named) > 1:
        return None
    return named.pop() if named else lead_party(linker, title)
