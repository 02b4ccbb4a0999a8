"""A description of a person that no nearer rule linked: the article's main person it fits.

News names its person in the first sentence and speaks of them by a description a
paragraph on: "Marion Jones has filed a lawsuit for defamation against Balco boss Victor
Conte ... The Sydney Olympic gold medallist says Conte damaged her reputation";
"Manchester City boss Kevin Keegan has praised striker Robbie Fowler ... The former
Liverpool striker, who moved to City in 2003, has battled back". The rules near the
description (``Linker``, ``kg.resolve.holders``, ``kg.resolve.epithets``) leave it
unresolved when two people are named before it. ``main_person`` gives the one person
named in the first sentence that the description fits, when no other person named before
it fits too:

- the description is "the", modifiers and one singular noun of a person: an occupation
  that is no public office ("the striker", "the presenter"; "the chancellor" may be a
  person the reader knows and the article never names) or an achievement or epithet
  ("the gold medallist", "the star"), written as the subject or speaker, outside a
  quotation, not one of a list, with nothing after it but a clause set off by a comma
  (never a restrictive one: "The actor who will voice Wilbur the pig" is whoever will);
- a person fits when the article gives them that occupation, or no post at all and the
  description says more than the bare noun (a nationality, a name, "former"): a bare
  "the goalkeeper" or "the referee" may be someone the article never names; never a
  person the article gives another post ("Balco boss Victor Conte" is no medallist),
  another nationality, or another team than the one the description names (a person
  given a post or a team fits a description naming a team only when it is theirs);
- the person has a name of two words or more (a one-word "person" may be a club the
  tagger misread: "Striker Tomas Varga scored twice against Everton");
- no person is named in the description's own sentence before it ("Wenger said the
  striker erred" is another), and no name left unresolved stands before it.

Two people who fit leave it unresolved: a wrong speaker is worse than none.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from kg.folding import fold
from kg.lexicon import ROLES, demonym_country
from kg.records import Argument
from kg.resolve.agreement import nationality
from kg.resolve.holders import RANKS, described_role, in_list, picked_out, words
from kg.resolve.pronouns import looks_plural, sentence_of
from kg.types import EntityType

if TYPE_CHECKING:
    from kg.resolve.coref import Linker

# Roles any player of a side holds: "the England player" is any of them.
_ANY_PLAYER = frozenset({"player", "international"})
_QUOTES = re.compile(r"[\"“”]")
# What may stand before a description that opens its sentence: "And the French international defender believes".
_OPENING = re.compile(r"\s*(?:(?:And|But|So|However|Now|Meanwhile)\b,?\s*)?")


def main_person(
    linker: Linker, argument: Argument, offices: frozenset[str], epithets: frozenset[str] = frozenset(), *, subject: bool = True
) -> int | None:
    """The one person of the first sentence a person description stands for (see the
    module's docstring), or ``None``; ``offices``: the role types of public office,
    ``epithets``: the nouns of achievements and epithets a person is known by;
    ``subject``: whether it is its clause's subject or speaker (else it must open its sentence)."""
    text = linker.text
    sentence = sentence_of(linker, argument.start)
    if not text[argument.head_start : argument.head_end].islower() or not one_described(linker, argument, subject=subject):
        return None
    written = text[argument.start : argument.head_end]
    found = words(written)
    described = described_role(written)
    role = ROLES.get(tuple(described[0].split())) if described is not None else None
    if role is not None and role.type in offices:
        return None
    if role is None and found[-1] not in epithets:
        return None
    if any(mention.end <= argument.start and mention.type is EntityType.PERSON for mention in linker.unresolved):
        return None
    named = [(mention, cluster) for mention, cluster in linker.names if mention.end <= argument.start and not mention.modifier
             and linker.clusters[cluster].type is EntityType.PERSON and not linker.clusters[cluster].local]
    if any(mention.sentence == sentence for mention, _ in named):
        return None  # "Wenger said the striker erred": someone else
    capitals = [word for word in written.split()[1:] if word[:1].isupper()]
    fitting = {cluster for _, cluster in named if _fits(linker, cluster, role.key if role else None, capitals, found)}
    if len(fitting) != 1:
        return None
    person = fitting.pop()
    if not any(len(mention.text.split()) > 1 for mention in linker.clusters[person].mentions if mention.kind == "name"):
        return None  # "Striker Tomas Varga scored twice against Everton": a one-word "person" may be a club
    return person if any(mention.sentence == 0 and cluster == person for mention, cluster in named) else None


def one_described(linker: Linker, argument: Argument, *, subject: bool) -> bool:
    """Whether ``argument`` is written as one person described: "the", modifiers and one
    singular noun, the subject or speaker (else opening its sentence), outside a quotation,
    not one of a list, with nothing after it but a clause set off by a comma."""
    text = linker.text
    start = linker.sentence_starts[sentence_of(linker, argument.start)] if linker.sentence_starts else 0
    if not subject and not _OPENING.fullmatch(text[start : argument.start]):
        return False
    found = words(text[argument.start : argument.head_end])
    rest = text[argument.head_end : argument.end].strip()
    if len(found) < 2 or found[0] != "the" or (rest and not rest.startswith(",")):
        return False
    if picked_out(text, argument.start, argument.end) or possessed(text, argument):
        return False  # "The actor who will voice Wilbur the pig": someone the clause picks out; "the prime minister's spokesman"
    head = text[argument.head_start : argument.head_end]
    return not (looks_plural(head) or in_list(text, argument.start, argument.head_end) or _quoted(text, argument.start))


def _fits(linker: Linker, person: int, key: str | None, capitals: list[str], found: list[str]) -> bool:
    """Whether the description (role ``key``, capitalised modifiers ``capitals``, folded words
    ``found``) may be ``person``: by post, nationality and team (see the module's docstring)."""
    held = [holder for holder in linker.holders if holder.cluster == person]
    posts = {holder.role_key for holder in held if holder.role_key}
    if posts:
        if key is None:
            return False  # "the gold medallist" is no "Balco boss"
        player = key in _ANY_PLAYER and any(_plays(post) for post in posts)
        if key not in posts and not player:
            return False
    elif len(found) == 2:
        return False  # a bare "the goalkeeper": maybe someone the article never names
    known = linker.nationalities(person)
    teams: set[str] = set()
    for word in capitals:
        code = nationality(word) if demonym_country(word) is not None else None
        if code is not None:  # "the French international defender"
            if known and code not in known:
                return False
        else:  # "the Real Madrid striker", "the England coach": a side, not a nationality
            teams |= set(words(word))
    if not teams or set(found) & RANKS:
        return True  # "the former Liverpool striker": a team of before
    owners = {word for holder in held for word in holder.owner}
    if not posts and not owners:
        return True  # "long-time target Fernando Morientes ... The Real Madrid striker"
    return bool(owners & {fold(team) for team in teams})  # "coach Mike Ruddock" is no "England coach"


def _plays(key: str) -> bool:
    role = ROLES.get(tuple(key.split()))
    return role is not None and role.membership == "play for"


def _quoted(text: str, offset: int) -> bool:
    """Whether ``offset`` lies inside a quotation opened in its paragraph."""
    start = text.rfind("\n", 0, offset) + 1
    return len(_QUOTES.findall(text, start, offset)) % 2 == 1


def possessed(text: str, argument: Argument) -> bool:
    """Whether a possessive stands before the description's head: "The prime minister's
    official spokesman" is the prime minister's aide, someone else than any person named."""
    before = text[argument.start : argument.head_start]
    return any(mark in before for mark in ("'s ", "’s ", "s' ", "s’ "))
