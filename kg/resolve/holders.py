"""Role descriptions linked to the one person the article gives that role.

News introduces a person with a role ("Chancellor Gordon Brown", "Tessa Jowell,
the culture secretary") and then refers back by the role alone: "the chancellor
said", "The culture secretary insisted". A definite description made only of a
role (and words that narrow it: "the Liberal Democrat leader") stands for the
person the article gave that role earlier, when exactly one person fits. Two
chancellors, or a narrowing word no holder's role or organisation has, leave it
unresolved: a wrong participant is worse than a missing one.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from kg.folding import fold
from kg.lexicon import ROLES, demonym_country
from kg.resolve.playerposts import other_side

_MAX_ROLE_WORDS = max(len(words) for words in ROLES)
# Only the definite article refers back: "a chancellor" is anyone.
_DEFINITE = "the"
# Words that make a role another post, under or beside it, or one held no more: "the prime
# minister" is not "Deputy Prime Minister John Prescott", "the chancellor" not "shadow
# chancellor Oliver Letwin" nor "former chancellor Ken Clarke".
RANKS = frozenset({"deputy", "vice", "shadow", "assistant", "acting", "junior", "former", "ex", "interim", "under"})
# Roles any player of a national side holds, not one post of it: "the Wales international" is a
# Welsh player, "the Wales captain" one of them the article may not have named.
_CAPPED = frozenset({"international"})
# The roles.tsv type of a role of no kind ("boss", "chief", "head"), which fits any other.
_ANY_KIND = "other"


@dataclass(frozen=True, slots=True)
class Holder:
    """A person the article gives a role, as a description may refer back to them.

    Attributes:
        start: Offset of the person's mention in the role's sentence.
        cluster: The person's cluster.
        role_key: The role normalised ("chancellor", "culture secretary").
        words: Folded words of the role as written and of its organisation.
        owner: Folded words of its organisation alone (empty: the text names none).
        status: ``"current"``, ``"former"`` or ``"future"`` (``RoleReading.status``).
    """

    start: int
    cluster: int
    role_key: str
    words: frozenset[str]
    owner: frozenset[str] = frozenset()
    status: str = "current"


def described_role(text: str) -> tuple[str, frozenset[str]] | None:
    """The role key a definite role description names and the words that narrow it,
    or ``None`` when the phrase is not "the" + (narrowing words) + a role.

    >>> described_role("the chancellor")
    ('chancellor', frozenset())
    >>> key, narrowing = described_role("The Liberal Democrat leader")
    >>> key, sorted(narrowing)
    ('leader', ['democrat', 'liberal'])
    >>> described_role("The culture secretary")[0]
    'culture secretary'
    >>> described_role("a spokesman") is None, described_role("the company") is None
    (True, True)
    """
    folded = words(text)
    if len(folded) < 2 or folded[0] != _DEFINITE:
        return None
    rest = folded[1:]
    for size in range(min(_MAX_ROLE_WORDS, len(rest)), 0, -1):
        role = ROLES.get(tuple(rest[-size:]))
        if role is not None and role.type != "none":
            return role.key, frozenset(rest[:-size])
    return None


def outranked(role: frozenset[str] | set[str], written: frozenset[str] | set[str]) -> bool:
    """Whether a role as given (its folded words) has a rank word a description of it
    (its folded words) does not: "Deputy Mayor" is not "the mayor" (``RANKS``).

    >>> outranked({"deputy", "mayor"}, {"the", "mayor"}), outranked({"deputy", "mayor"}, {"the", "deputy", "mayor"})
    (True, False)
    """
    return bool((role & RANKS) - written)


def holder_of(text: str, start: int, holders: list[Holder]) -> int | None:
    """The cluster of the one person given, before ``start``, the role that the
    description ``text`` names, narrowed by its other words ("the Liberal Democrat
    leader": a leader whose role or organisation shares a word with "Liberal
    Democrat"; "The culture secretary": a holder whose role as written has both words).

    >>> brown = Holder(0, 3, "chancellor", frozenset({"chancellor"}))
    >>> kennedy = Holder(10, 5, "leader", frozenset({"leader", "liberal", "democrat"}))
    >>> howard = Holder(20, 6, "leader", frozenset({"leader", "tory"}))
    >>> holder_of("the chancellor", 40, [brown, kennedy, howard])
    3
    >>> holder_of("the Liberal Democrat leader", 40, [brown, kennedy, howard])
    5
    >>> holder_of("the leader", 40, [brown, kennedy, howard]) is None  # two leaders
    True
    >>> holder_of("the chancellor", 0, [brown]) is None  # none given before
    True
    >>> jowell = Holder(0, 7, "secretary of state", frozenset("secretary of state for culture media and sport".split()))
    >>> holder_of("The culture secretary", 40, [jowell])  # the words of the role as written
    7
    >>> prescott = Holder(0, 8, "deputy prime minister", frozenset({"deputy", "prime", "minister"}))
    >>> holder_of("the prime minister", 40, [prescott]) is None  # another post
    True
    >>> holder_of("the deputy prime minister", 40, [prescott])
    8
    """
    described = described_role(text)
    if described is None:
        return None
    key, narrowing = described
    written = frozenset(words(text)[1:])
    people = {
        holder.cluster
        for holder in holders
        if holder.start < start and holder.role_key and not outranked(holder.words, written)
        and ((holder.role_key == key and (not narrowing or narrowing & holder.words)) or written <= holder.words)
    }
    team = _named_owner(text, narrowing)
    if not people and team:
        # No holder of the role of that name: the one member of it ("the Labour MP").
        people = team_members(team, start, holders)
    if not people and team and key in _CAPPED:
        people = compatriot_players(team, start, holders)
    return people.pop() if len(people) == 1 else None


def compatriot_players(team: frozenset[str], start: int, holders: list[Holder]) -> set[int]:
    """ "Newcastle have fined their Welsh striker Craig Bellamy ... And the Wales international
    refused to apologise": the players named before ``start`` whose role as written has the
    demonym of the country the description names, in a player's current role (roles.tsv's
    "play for"); not a coach or a chairman of that nationality.

    >>> bellamy = Holder(0, 4, "striker", frozenset({"welsh", "striker", "newcastle"}), frozenset({"newcastle"}))
    >>> souness = Holder(9, 5, "manager", frozenset({"scottish", "manager"}))
    >>> compatriot_players(frozenset({"wales"}), 40, [bellamy, souness]), compatriot_players(frozenset({"scotland"}), 40, [souness])
    ({4}, set())
    """
    country = " ".join(sorted(team))
    return {holder.cluster for holder in holders
            if holder.start < start and holder.status == "current" and _plays(holder.role_key)
            and any(fold(demonym_country(word) or "") == country for word in holder.words)}


def _plays(role_key: str) -> bool:
    role = ROLES.get(tuple(role_key.split()))
    return role is not None and role.membership == "play for"


def _named_owner(text: str, narrowing: frozenset[str]) -> frozenset[str]:
    """The folded words of the name that a role description's narrowing words are, when
    they are all a name: "the Newcastle striker" -> newcastle; "the former striker" -> none.

    >>> sorted(_named_owner("the Liberal Democrat leader", frozenset({"liberal", "democrat"})))
    ['democrat', 'liberal']
    >>> _named_owner("the veteran Newcastle striker", frozenset({"veteran", "newcastle"}))
    frozenset()
    """
    named = frozenset(word for raw in text.split()[1:] if raw[:1].isupper() for word in words(raw)) & narrowing
    return named if named == narrowing else frozenset()


def team_members(team: frozenset[str], start: int, holders: list[Holder]) -> set[int]:
    """ "Labour's Paul Flynn ... the Labour MP said": the people named before ``start`` whom
    the article gives a membership of that team or party ("England's Mark Dowling", "Labour's
    Paul Flynn") and no role. ``team``: the folded words of the name in the description.

    A bare role is no evidence of the team: "wing Josh Lewsey ... the Sale wing" is another
    wing (Mark Cueto); nor is a role of that team that is another post ("Newcastle manager
    Graeme Souness" is no Newcastle striker).

    >>> flynn = Holder(0, 4, "", frozenset({"labour"}), frozenset({"labour"}))
    >>> lewsey = Holder(5, 6, "wing", frozenset({"wing"}))
    >>> sorted(team_members(frozenset({"labour"}), 40, [flynn, lewsey])), team_members(frozenset({"sale"}), 40, [lewsey])
    ([4], set())
    >>> souness = Holder(9, 4, "manager", frozenset({"manager", "labour"}), frozenset({"labour"}))
    >>> team_members(frozenset({"labour"}), 40, [flynn, souness])  # a member with a role
    set()
    >>> team_members(frozenset({"labour"}), 0, [flynn])  # named after
    set()
    """
    with_role = {holder.cluster for holder in holders if holder.role_key}
    return {holder.cluster for holder in holders
            if holder.start < start and not holder.role_key and holder.owner & team and holder.cluster not in with_role}


def words(text: str) -> list[str]:
    """Folded words, punctuation dropped.

    >>> words("Secretary of State for Culture, Media and Sport")[3:6]
    ['for', 'culture', 'media']
    """
    return _WORD.findall(fold(text))


_WORD = re.compile(r"[\w'-]+")


def in_list(text: str, start: int, end: int) -> bool:
    """Whether the phrase at ``start:end`` is one of a list of descriptions ("be it the
    chairman, the manager or a player"): no one in particular, and no apposition.

    >>> text = "be it the chairman, the manager or a player"
    >>> in_list(text, 6, 18), in_list(text, 20, 31), in_list("Tessa Jowell, the culture secretary", 14, 35)
    (True, True, False)
    """
    return bool(_SIBLING_AFTER.match(text, end) or _SIBLING_BEFORE.search(text[max(0, start - 40) : start]))


def picked_out(text: str, start: int, end: int) -> bool:
    """Whether a restrictive relative clause (no comma) follows the description at
    ``start:end``, which is no apposition: "The actor who will voice Wilbur the pig has yet
    to be revealed" is whoever the clause picks out, no holder of the role named before;
    "Mick Jones, the former Clash guitarist who produced" is still Mick Jones.

    >>> picked_out("The actor who will voice Wilbur", 0, 9), picked_out("The striker, who moved", 0, 11)
    (True, False)
    >>> picked_out("Mick Jones, the former Clash guitarist who produced", 12, 38)
    False
    """
    return bool(_RESTRICTIVE.match(text, end)) and not text[:start].rstrip().endswith(",")


_RESTRICTIVE = re.compile(r"\s+(?:who|whom|whose)\b")
_SIBLING_AFTER = re.compile(r"\s*(?:,|\band\b|\bor\b)\s*(?:the|a|an)\s", re.IGNORECASE)
_SIBLING_BEFORE = re.compile(r"\b(?:the|a|an)\s+[\w-]+\s*(?:,|\band|\bor)\s*$", re.IGNORECASE)


def owned_role(text: str, owner: frozenset[str], holders: list[Holder]) -> int | None:
    """ "on the request of its president" (its: Kazakhstan) ... "President Kassym-Jomart
    Tokayev": the one person the article gives that role, before or after, of that
    owner or of none it names. ``text``: "its president"; ``owner``: the folded words
    of what "its" stands for.

    >>> tokayev = Holder(300, 2, "president", frozenset({"president"}))
    >>> putin = Holder(400, 5, "president", frozenset({"president", "russian"}), frozenset({"russian"}))
    >>> owned_role("its president", frozenset({"kazakhstan"}), [tokayev, putin])
    2
    >>> owned_role("its president", frozenset({"russian", "russia"}), [tokayev, putin]) is None  # two fit
    True
    """
    folded = words(text)
    if len(folded) < 2 or folded[0] not in ("its", "their"):
        return None
    role = ROLES.get(tuple(folded[1:]))
    if role is None or role.type == "none":
        return None
    people = {holder.cluster for holder in holders
              if holder.role_key == role.key and (not holder.owner or holder.owner & owner)}
    return people.pop() if len(people) == 1 else None


def holds_other_kind(holders: list[Holder], person: int, role_type: str, before: int, written: str = "") -> bool:
    """Whether the article gives ``person``, before ``before``, a role of another kind than
    ``role_type`` (``roles.tsv`` types) and none of that kind: "Jefferson Parish Sheriff Harry
    Lee said ... The rapper's lawyer" (a sheriff is no rapper: the rapper is someone else).
    A role of no kind ("other": "boss", "chief", "head") fits any: "Former Liverpool manager
    Gerard Houllier ... The former France boss". Or, a sport's role ``written`` ("defender"),
    only posts of the other side of the field (``kg.resolve.playerposts``): "City boss Kevin
    Keegan ... the defender said".

    >>> lee = Holder(0, 4, "sheriff", frozenset({"sheriff"}))
    >>> holds_other_kind([lee], 4, "arts", 50), holds_other_kind([lee], 4, "legal", 50), holds_other_kind([lee], 5, "arts", 50)
    (True, False, False)
    >>> holds_other_kind([Holder(0, 4, "manager", frozenset({"manager"}))], 4, "other", 50)
    False
    >>> holds_other_kind([Holder(0, 4, "boss", frozenset({"boss"}))], 4, "sport", 50, "defender")
    True
    """
    kinds = {role.type for holder in holders if holder.cluster == person and holder.start < before
             and (role := ROLES.get(tuple(holder.role_key.split()))) is not None}
    if other_side(written, [holder.role_key for holder in holders if holder.cluster == person and holder.start < before]):
        return True
    return role_type != _ANY_KIND and bool(kinds) and not kinds & {role_type, _ANY_KIND}
