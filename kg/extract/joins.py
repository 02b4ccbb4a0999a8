"""Memberships and roles a verb gives by itself: "joined the Conservatives in 1998",
"Jan Berry, who chairs the Police Federation".

``kg.extract.positions`` reads roles a verb names ("joined Arsenal as a striker"); this
module reads what the verb alone says when the text names a person and a party, club,
union, team or company:

- joining: "Peter Jones joined the Conservatives in 1998", "she rejoined Labour";
- defecting: "the MP defected to the Liberal Democrats" (a current membership);
- playing for: "Ian Smith, who plays for Arsenal" (the club's player; "played for" may
  be over and gives nothing); a national side is named by its country: "Gareth Thomas,
  who plays for Wales", "Steven Gerrard, who captains England";
- a verb that is a role: "Jan Berry, who chairs the Police Federation" (its chairman),
  "Mr Howard, who leads the Conservatives" (its leader), "Sir Alan Sugar, who founded
  Amstrad" (its founder). Only the present ("chairs", "has led") or a modal ("will
  chair": a future post) gives the role: "Smith led Labour in 1990" may be long over.

A club NER or the club rules type as a sports team counts as an organisation: "Michael
Essien joined Chelsea from Lyon" (Chelsea's member). Only named holders and named
organisations count, so "Britain joined the European Union"
(a country joins), "he joined the talks" (no organisation) and "joined the club as coach"
(a role, read by positions) give nothing here.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from kg.types import EntityType

if TYPE_CHECKING:
    from kg.extract.words import Word
    from kg.records import Mention

# Verb lemma -> (how the organisation hangs from it, what the membership is): "dobj" for
# "joined Labour", "to" for "defected to Labour". Leaving verbs ("quit the party") are left
# out: a membership edge carries no end (kg.resolve.statements keeps current memberships
# only), so a former one would read as held.
MEMBERSHIP_VERBS: dict[str, tuple[str, str]] = {
    "join": ("dobj", "member of"),
    "rejoin": ("dobj", "member of"),
    "defect": ("to", "member of"),
    "play": ("for", "play for"),
}
# Verb lemma -> the role (a row of roles.tsv) its subject holds of its object.
VERB_ROLES = {"chair": "chairman", "lead": "leader", "head": "head", "captain": "captain", "coach": "coach",
              "manage": "manager", "edit": "editor", "found": "founder", "cofound": "co founder", "co-found": "co founder"}
# Verbs whose role stays once taken: "who founded Amstrad" is its founder still.
LASTING = frozenset({"found", "cofound", "co-found"})
# Verbs that tell a membership only in the present: "who played for Arsenal" may be over.
ONGOING = frozenset({"play"})
_PRESENT = frozenset({"VBZ", "VBP"})
_GROUP_TYPES = frozenset({EntityType.ORGANIZATION, EntityType.GROUP, EntityType.SPORTS_TEAM})
# Verbs of a team's players and staff: their object may be a country or city standing for
# its side ("captains England", "plays for Wales", "coaches Scotland"); "leads Britain",
# "joined the European Union" are no team's.
TEAM_VERBS = frozenset({"play", "captain", "coach", "manage"})
_SIDE_TYPES = _GROUP_TYPES | {EntityType.COUNTRY, EntityType.CITY}


@dataclass(frozen=True, slots=True)
class Joining:
    """A membership or role a verb gives: who, of which organisation.

    Attributes:
        holder: Index into the sentence's names of the person who joins or holds the role.
        group: Index into the sentence's names of the organisation.
        membership: "member of" or "play for"; ``None`` for a role that says none.
        role: The role (a row of roles.tsv) the verb is, or ``None`` ("joined" names none).
    """

    holder: int
    group: int
    membership: str | None
    role: str | None = None


def _name_at(names: Sequence[tuple[int, int, Mention]], i: int) -> int | None:
    return next((n for n, (start, end, _) in enumerate(names) if start <= i < end), None)


def _organisation_word(verb: Word, attachment: str) -> Word | None:
    if attachment == "dobj":
        return next((c for c in verb.children if c.dep_ == "dobj"), None)
    prep = next((c for c in verb.children if c.dep_ == "prep" and c.lower_ == attachment), None)
    return None if prep is None else next((c for c in prep.children if c.dep_ == "pobj"), None)


def _holds_now(verb: Word) -> bool:
    """ "chairs", "has led", "will chair": the verb says the role is held now or will be."""
    if verb.lemma_.lower() in LASTING or verb.tag_ in _PRESENT:
        return True
    auxiliaries = {c.lemma_.lower() for c in verb.children if c.dep_ == "aux"}
    return (verb.tag_ == "VBN" and "have" in auxiliaries) or (verb.tag_ == "VB" and bool(auxiliaries & {"will", "shall"}))


def may_join(verb: Word) -> bool:
    """Whether ``joining`` can find anything at ``verb``: its lemma is a membership verb or
    a verb that is a role (most verbs are neither, and need no subject looked up)."""
    lemma = verb.lemma_.lower()
    return lemma in MEMBERSHIP_VERBS or lemma in VERB_ROLES


def joining(verb: Word, holder: Word | None, names: Sequence[tuple[int, int, Mention]]) -> Joining | None:
    """The membership ``verb`` gives between a named ``holder`` (its subject, found by the
    caller) and a named organisation, if any.

    A verb with an "as" phrase gives a role instead ("joined Arsenal as a striker"), read
    by ``kg.extract.positions``.
    """
    lemma = verb.lemma_.lower()
    if holder is None or any(c.dep_ == "prep" and c.lower_ == "as" for c in verb.children):
        return None
    role = VERB_ROLES.get(lemma) if _holds_now(verb) else None
    entry = MEMBERSHIP_VERBS.get(lemma) or (("dobj", "") if role else None)
    if entry is None or (lemma in ONGOING and not _holds_now(verb)):
        return None
    attachment, membership = entry
    target = _organisation_word(verb, attachment)
    if target is None:
        return None
    person, group = _name_at(names, holder.i), _name_at(names, target.i)
    wanted = _SIDE_TYPES if lemma in TEAM_VERBS else _GROUP_TYPES
    if person is None or group is None or person == group or names[group][2].type not in wanted:
        return None
    return Joining(holder=person, group=group, membership=membership or None, role=role)
