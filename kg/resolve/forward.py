"""An opening description that the next sentence names.

News often opens on a description and names its subject in the next sentence:
"An ex-chief financial officer at Boeing has received a jail sentence. Michael
Sears admitted his guilt ...", "Oil prices surged after an energy market watchdog
raised its forecasts. The International Energy Agency warned ...". Nothing before
such a description can be what it means, so the backward rules of
``kg.resolve.coref`` leave it, and the headline event's agent, unresolved.

A description links forward only when every one of these holds:

- it is a subject, made of "a", "an", "the" or a name's possessive ("China's national
  airline", "Scotland's justice minister") and a noun of one person (a role or
  ``person_nouns.txt``) or of an organisation (``organisation_kinds.tsv``), singular;
- nothing of that type is named anywhere before it (the headline included), nor right
  after it in apposition ("Iraq's Trade Minister Mohammed Mustafa al-Jibouri welcomed the
  move. Assad Omar ... said": not Assad Omar), and
  its sentence holds no other such description ("A man attacked a woman. Mary
  Smith ..." may name either), one in an "-ing" phrase of what it did aside ("for
  illegally hiring a top aide") and a name aside ("..., the London Stock Exchange has said");
- the very next sentence opens on a name of that type, as its first clause's
  subject (a role written as its title may stand before it, the description's own role
  when it names one: "The woman behind the Abba musical ... Producer Judy Craymer is the
  highest new entry"), and that name is not used before it in the article;
- an organisation's name is of no other kind than the description's, where the nickname
  the name is gives it one ("Conservatives": the Conservative Party, a party): "Turkey's
  biggest private mobile firm could bail out ... Conservatives in parliament say" names no
  firm. (The kinds the article's words give a name are too loose here: "taken over
  Contrack's management" named after the Pentagon's office.)
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from kg.lexicon import NICKNAMES, ORGANISATION_KINDS, PERSON_NOUNS, ROLE_HEADS
from kg.records import Argument
from kg.resolve.agreement import kind_agrees
from kg.resolve.nicknames import nickname_form
from kg.resolve.pronouns import looks_plural, sentence_of
from kg.resolve.subjects import subjects_in
from kg.types import EntityType

if TYPE_CHECKING:
    from kg.resolve.coref import Linker

_ARTICLES = frozenset({"a", "an", "the"})
# A place's or a body's name as the possessor that opens a description: "China's national airline".
_POSSESSOR = re.compile(r"[A-Z][\w-]*['’]s")
# How far into the next sentence its subject's name may start: "The International ...".
_OPENING = 4


def described_type(linker: Linker, argument: Argument) -> EntityType | None:
    """The type an opening description's head noun says it stands for, if any:
    "an ex-chief financial officer" a person, "an energy market watchdog" an
    organisation, "China's national airline" too; ``None`` for a plural, a name, or no article nor possessive."""
    head = linker.text[argument.head_start : argument.head_end].lower()
    if not head.isalpha() or looks_plural(head):
        return None  # tested first: no split of the argument's text for a name, a number or a plural
    words = linker.text[argument.start : argument.end].split(maxsplit=1)  # the first word is all it reads
    if not (words and (words[0].lower() in _ARTICLES or _POSSESSOR.fullmatch(words[0]))):
        return None
    if head in ROLE_HEADS or head in PERSON_NOUNS:
        return EntityType.PERSON
    return EntityType.ORGANIZATION if head in ORGANISATION_KINDS else None


def named_next(linker: Linker, argument: Argument) -> int | None:
    """The entity the sentence after an opening description names, or ``None``
    (the conditions are in the module's docstring)."""
    if linker.in_name(argument.head_start):
        return None  # asked first: a set lookup, where most arguments end
    wanted = described_type(linker, argument)
    if wanted is None:
        return None
    described = linker.text[argument.head_start : argument.head_end].lower()
    if any(linker.clusters[cluster].type is wanted and not linker.text[argument.end : mention.start].strip(" ,")
           and mention.start >= argument.end for mention, cluster in linker.names):
        return None  # "Iraq's Trade Minister Mohammed Mustafa al-Jibouri welcomed": its own apposition names it
    # Every mention of every entity, not just ``linker.names``: the clusters hold the
    # first mentions too ("milk firm Yili" before "The company").
    if any(mention.start < argument.start for found in linker.clusters if found.type is wanted and not found.local
           for mention in found.mentions) or any(mention.start < argument.start for mention in linker.unresolved):
        return None  # something of its type named before: a backward rule's business
    sentence = sentence_of(linker, argument.start)
    if sentence + 1 >= len(linker.sentence_starts) or _rival_description(linker, argument, sentence, wanted):
        return None
    start = linker.sentence_starts[sentence + 1]
    after = linker.sentence_starts[sentence + 2] if sentence + 2 < len(linker.sentence_starts) else len(linker.text) + 1
    subjects = subjects_in(linker.clauses, start, after)  # the next sentence's, by start
    if not subjects:
        return None
    first = subjects[0].subject
    if first.start - start > _OPENING:
        return None
    named = [(mention, cluster) for mention, cluster in linker.names
             if first.start <= mention.start and mention.end <= first.end
             and (mention.start - start <= _OPENING or _role_before(linker.text[start : mention.start], described))]
    if len(named) != 1 or linker.clusters[named[0][1]].type is not wanted:
        return None
    cluster = named[0][1]
    if any(mention.start < start for mention in linker.clusters[cluster].mentions):
        return None  # named before: the description could be anyone else
    known = _nicknamed_kinds(linker, cluster)
    if known and not kind_agrees(ORGANISATION_KINDS.get(described), known):
        return None  # "Turkey's biggest mobile firm could bail out ... Conservatives in parliament say": no party
    return cluster


def _role_before(text: str, described: str) -> bool:
    """Whether ``text``, all that stands before the name in the subject, is a role written
    as a title that fits the description's head noun ``described``: "Producer " of "The
    woman behind the Abba musical ... Producer Judy Craymer is the highest new entry"; a
    role description only its own role ("A Kazakhstan soldier guards an area ... President
    Kassym-Jomart Tokayev has blamed": no soldier); not "The lawyer for ", "Rival ".

    >>> _role_before("Producer ", "woman"), _role_before("Teenage soul singer ", "singer")
    (True, True)
    >>> _role_before("President ", "soldier"), _role_before("Rival ", "woman"), _role_before("The lawyer for ", "man")
    (False, False, False)
    """
    found = _TITLE_WORDS.fullmatch(text)
    role = found.group(1).lower() if found is not None else ""
    return role in ROLE_HEADS and (described not in ROLE_HEADS or role == described)


# A role written before a name: words of letters and hyphens, the last the role's ("Teenage soul singer ").
_TITLE_WORDS = re.compile(r"(?:(?!(?i:the|a|an|of|for|and|at|in|to|with)\s)[A-Za-z-]+\s+)*?([A-Za-z-]+)\s+")


def _rival_description(linker: Linker, argument: Argument, sentence: int, wanted: EntityType) -> bool:
    """Whether another argument of the description's sentence is a description of the
    same type: "A man attacked a woman" leaves the next sentence's name to either; not
    one inside what the description did as the circumstance of its own event ("has
    received a jail sentence for illegally hiring a top aide": the aide is no rival)."""
    inside = _circumstances(linker, argument)
    starts = linker.sentence_starts  # the sentence's own offsets: `sentence_of` without a bisection per argument
    low = starts[sentence] if sentence > 0 else -1
    high = starts[sentence + 1] if sentence + 1 < len(starts) else len(linker.text) + 1
    for clause in linker.clauses:
        for other in (clause.subject, clause.object, *clause.extras):
            if (other is not None and other.head_start != argument.head_start
                    and low <= other.start < high and described_type(linker, other) is wanted
                    and not linker.in_name(other.head_start)  # "the London Stock Exchange": a name, no rival
                    and not any(start <= other.start and other.end <= end for start, end in inside)):
                return True
    return False


# A prepositional phrase of a verb's "-ing" form: "for illegally hiring ...", "after attacking ...".
_GERUND_PHRASE = re.compile(r"(?:for|after|before|by|since|while|despite|over)\s+(?:[a-z]+ly\s+)?[a-z]+ing\b")


def _circumstances(linker: Linker, argument: Argument) -> list[tuple[int, int]]:
    """The spans of the "-ing" phrases a clause of the description takes as a
    prepositional argument: what it did, the circumstance of its event."""
    spans = []
    for clause in linker.clauses:
        if clause.subject.head_start != argument.head_start:
            continue
        for other in (clause.object, *clause.extras):
            if other is not None and _GERUND_PHRASE.match(linker.text[other.start : other.end]):
                spans.append((other.start, other.end))
    return spans


def _nicknamed_kinds(linker: Linker, cluster: int) -> set[str]:
    """The kinds of organisation the names a cluster's nicknames stand for hold ("Conservatives":
    the Conservative Party's, a party; ``nicknames.tsv``)."""
    return {kind for mention in linker.clusters[cluster].mentions
            for row in NICKNAMES.get(nickname_form(mention.text), ())
            for word in row.name.lower().split() if (kind := ORGANISATION_KINDS.get(word)) is not None}
