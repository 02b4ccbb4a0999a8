"""A speaker described by a name and what they are, when the article gives no one that role there.

Sport and arts news quote the person a passage is about by their club, band or firm and
what they are: "Matchwinner Keane was another full of praise ... 'It was great play from
Damien,' said the Tottenham striker"; "Ferguson said: ... The Man Utd boss continued:";
"Ozzy Osbourne ... the Black Sabbath singer told reporters". ``holder_of`` and
``role_holder`` give such a speaker the one person the article named with that role of
that name ("Tottenham striker Robbie Keane"); when it named no one so, the reader knows
who it is from the passage. ``named_occupation`` reads "the", up to three capitalised
words that are no nationality (those are ``kg.resolve.descriptors``'), lower-case
modifiers and a singular occupation that is no public office (``roles.tsv``) or a noun a
person is known by (``epithet_nouns.txt``: "star"); the caller gives it the one person the
passage is about (``kg.resolve.epithets.occupation_holder``), and ``fits_named`` keeps
that person only when the article gives them no other post and no post at another
organisation, and gives no one else that role there: "Arsenal manager Arsene Wenger ...
said the Arsenal striker" is not Wenger. A wrong speaker is worse than none.
"""

from __future__ import annotations

import re

from kg.folding import fold
from kg.lexicon import COUNTRIES, DEMONYMS, EPITHET_NOUNS, ROLES, Role
from kg.resolve.capped import capped_by
from kg.resolve.coref import OFFICE_TYPES
from kg.resolve.holders import words
from kg.resolve.pronouns import looks_plural
from kg.resolve.speakers import Context
from kg.types import EntityType

_NAME_WORD = re.compile(r"[A-Z][\w'’.&-]*")
_LOWER = re.compile(r"[a-z][a-z-]*")
# What a person is known by, no post at a club or firm: "the Black Sabbath singer", "the Chelsea star" (an epithet: "").
_KNOWN_BY = frozenset({"arts", "media", ""})
# A player's national side ("England's Josh Lewsey") is no other post: "the Wasps wing" is his club's.
_SIDES = frozenset(frozenset(words(country)) for country in COUNTRIES)


def named_occupation(written: str) -> tuple[frozenset[str], str, str] | None:
    """The folded words of the name, the role's key and its type ("" both for an epithet
    noun) of a speaker that is "the", a name, modifiers and an occupation; ``None`` when it
    is not.

    >>> named_occupation("the Tottenham striker")
    (frozenset({'tottenham'}), 'striker', 'sport')
    >>> sorted(named_occupation("the Black Sabbath singer")[0]), named_occupation("the Chelsea star")[1:]
    (['black', 'sabbath'], ('', ''))
    >>> named_occupation("the Welsh winger"), named_occupation("the striker"), named_occupation("the Arsenal strikers")
    (None, None, None)
    >>> named_occupation("the Labour minister"), named_occupation("the club's striker")
    (None, None)
    """
    found = written.split()
    if len(found) < 3 or found[0].lower() != "the" or looks_plural(found[-1]):
        return None
    names = [word for word in found[1:-1] if _NAME_WORD.fullmatch(word)]
    rest = found[1 + len(names) : -1]
    if not names or len(names) > 3 or not all(_LOWER.fullmatch(word) for word in rest):
        return None
    if all(fold(word) in DEMONYMS for word in names):
        return None  # "the Welsh winger": a nationality (kg.resolve.descriptors)
    named = frozenset(words(" ".join(names)))
    noun = person_noun(found, len(found) - 1 - len(names))
    if noun is None:
        return None
    role = noun[0]
    if role is None:
        return named, "", ""
    return (named, role.key, role.type) if role.type not in OFFICE_TYPES else None


def person_noun(found: list[str], room: int) -> tuple[Role | None, int] | None:
    """The noun of a person that ends the words ``found``, within their last ``room``: a
    role of two words or one (``roles.tsv``: "chief executive", "striker"), else an
    epithet noun ("star"); as (role, its number of words), the role ``None`` for an
    epithet; ``None`` when it ends in neither.

    >>> person_noun(["the", "Chelsea", "star"], 1)
    (None, 1)
    >>> person_noun(["the", "Arsenal", "boss"], 2)[1], person_noun(["the", "stadium"], 1)
    (1, None)
    """
    for size in (2, 1):
        if room >= size and (role := ROLES.get(tuple(fold(word) for word in found[-size:]))) is not None:
            return role, size
    return (None, 1) if room >= 1 and fold(found[-1]) in EPITHET_NOUNS else None


def fits_named(context: Context, written: str, offset: int, person: int, quoted: list[tuple[int, int]]) -> bool:
    """Whether ``person``, the one the passage is about, may be the speaker ``written`` at
    ``offset`` ("the Tottenham striker"): the article gives them no other post, no post
    at an organisation the name does not name, and no one else that role there. A post
    one holds at a club or firm ("the Arsenal manager", "The Man Utd boss": sport,
    business and other posts) is theirs only when they spoke last and no one else was
    named since ("Ferguson said: '...' The Man Utd boss continued:"): "Wenger praised his
    team. Thierry Henry scored twice ... the Arsenal manager said" is not Henry."""
    read = named_occupation(written)
    if read is None:
        return False
    name, key, kind = read
    capped = capped_by(written)  # "the Holland international": a post at a club is no other post (kg.resolve.capped)
    for holder in context.linker.holders:
        if holder.cluster == person and not (not holder.role_key and holder.owner in _SIDES):
            if capped is not None:
                if holder.role_key == key and holder.owner and not name <= holder.owner:
                    return False  # capped by another side
            elif (holder.role_key and holder.role_key != key) or not holder.owner or not name <= holder.owner:
                return False  # "Striker Tomas Varga ... the Newcastle striker": the striker may be another's
        elif key and holder.role_key == key and name <= holder.words:
            return False
    if capped is not None and context.linker.nationalities(person) - {capped}:
        return False  # "Dutchman X ... the Wales international": not X
    return kind in _KNOWN_BY or _spoke_last(context, offset, person, quoted)


def _spoke_last(context: Context, offset: int, person: int, quoted: list[tuple[int, int]]) -> bool:
    """Whether the speech before ``offset`` is ``person``'s, and no other person is named
    between it and ``offset`` outside quotations."""
    before = [speech for speech in context.extraction.speech
              if speech.speaker is not None and speech.speaker.end <= offset]
    if not before:
        return False
    last = max(before, key=lambda speech: speech.speaker.start if speech.speaker else -1).speaker
    if last is None or person not in {c for _, c in context.linker.antecedents(last.start, last.end)}:
        return False
    return not any(cluster != person and context.clusters[cluster].type is EntityType.PERSON
                   and not any(start <= at < end for start, end in quoted)
                   for at, cluster in context.linker.antecedents(last.end, offset))
