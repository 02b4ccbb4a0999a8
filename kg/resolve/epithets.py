"""Speakers described by their age or an achievement, linked to the one person it fits.

News names a person once and then quotes them by a description: "Paula Radcliffe,
31, won ... 'I am delighted,' the 31-year-old said"; "two-time champion Roger
Federer ... the two-time champion added". An age description ("the N-year-old")
stands for the one person the article gives that age: "Name, 31,", "Name (31)",
"Name, a 31-year-old ...", "31-year-old (Briton) Name". An achievement description
("the champion", "the world record holder", "the winner") stands for the one person
named with its head word right before the name ("champion Roger Federer"); the
caller may fall back to the one person the sentences around are about. Two people
of that age, or none, leave the speaker unresolved: a wrong speaker is worse than none.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterable

from kg.folding import fold
from kg.lexicon import DEMONYMS, EPITHET_NOUNS, PERSON_NOUNS, ROLES, TYPE_CUES
from kg.resolve.coref import OFFICE_TYPES, Cluster
from kg.resolve.holders import Holder
from kg.resolve.pronouns import looks_plural
from kg.resolve.speakers import POSSESSOR, Context, sole_subject
from kg.types import EntityType

# Heads of descriptions that say what someone has won or holds, not an office.
ACHIEVEMENTS = frozenset({"champion", "holder", "titleholder", "title-holder", "winner", "medallist", "medalist",
                          "record-holder", "champ"})
# An age and at most one word, hyphened too: "the 31-year-old", "The 41-year-old chart-topper".
_AGE_DESCRIPTION = re.compile(r"the (\d{1,3})-year-old(?: ([a-z]+(?:-[a-z]+)?))?", re.IGNORECASE)
# An age and two to four words after it: "The 73-year-old former Chelsea chairman" (``person_tail``).
_AGE_NARROWED = re.compile(r"the (\d{1,3})-year-old((?: \S+){2,4})", re.IGNORECASE)
# A word that may narrow an age description: a lower-case modifier or a name, no possessive.
_TAIL_WORD = re.compile(r"[A-Za-z][a-z-]*")
# The age right after a name: "Paula Radcliffe, 31,", "Radcliffe (31)", "Radcliffe, a 31-year-old".
_AGE_AFTER = re.compile(r",\s*(\d{1,3})\s*[,.;]|\s*\((\d{1,3})\)|,\s*(?:a|an|the)\s+(\d{1,3})-year-old\b")
# The age right before a name, with at most two capitalised words between: "31-year-old Briton Paula Radcliffe".
_AGE_BEFORE = re.compile(r"\b(\d{1,3})-year-old\s+(?:[A-Z][\w'’-]*\s+){0,2}\Z")
# Words that count or date an achievement, not which one: "the double Olympic champion"
# is "Olympic champion Kelly Holmes".
_COUNTING = frozenset({"double", "triple", "two-time", "three-time", "four-time", "five-time", "former", "defending",
                       "reigning", "current", "new", "world's", "twice", "once"})
_WORD = re.compile(r"[\w'’-]+")
_BEFORE_NAME = 3  # words right before a name that may describe it


def described_age(text: str) -> int | None:
    """The age an age description gives, or ``None`` when ``text`` is none.

    A thing's age is no person's: "The 35-year-old airline transports" (``TYPE_CUES``).
    Words that narrow the person end in a person's noun (``person_tail``): "The 73-year-old
    former Chelsea chairman", not "the 40-year-old trade embargo".

    >>> described_age("the 31-year-old"), described_age("The 28-year-old Briton"), described_age("the champion")
    (31, 28, None)
    >>> described_age("The 35-year-old airline") is None, described_age("the 40-year-old trade embargo") is None
    (True, True)
    >>> described_age("The 73-year-old former Chelsea chairman")
    73
    >>> described_age("The 41-year-old chart-topper"), described_age("the 80-year-old state-airline") is None
    (41, True)
    """
    match = _AGE_DESCRIPTION.fullmatch(text.strip())
    if match is None:
        longer = _AGE_NARROWED.fullmatch(text.strip())
        return int(longer.group(1)) if longer is not None and person_tail(longer.group(2).split()) else None
    if match.group(2) is not None and any(fold(word) in TYPE_CUES for word in (match.group(2), match.group(2).split("-")[-1])):
        return None  # "The 35-year-old airline", "the 80-year-old state-airline"
    return int(match.group(1))


def bare_age(text: str) -> bool:
    """Whether an age description is an age alone or with one word ("the 31-year-old",
    "the 22-year-old star"), whose event keeps what else it has when no person fits it;
    a longer one ("The 21-year-old Blues prop") no person fits stays the literal it was.

    >>> bare_age("the 31-year-old"), bare_age("The 22-year-old star"), bare_age("The 21-year-old Blues prop")
    (True, True, False)
    """
    return _AGE_DESCRIPTION.fullmatch(text.strip()) is not None


def person_tail(found: list[str]) -> bool:
    """Whether the words after an age are modifiers (lower-case words, names) and a
    singular noun of a person: a role (``roles.tsv``), an epithet or a person's noun, a
    nationality ("the 27-year-old Spaniard"), a "-man" noun ("milkman", "Irishman"); not
    a phrase that goes on ("from Devon",
    "singer's family") nor a thing ("trade embargo").

    >>> person_tail(["former", "Dublin", "milkman"]), person_tail(["Norway", "international"])
    (True, True)
    >>> person_tail(["from", "Devon"]), person_tail(["trade", "embargo"]), person_tail(["pop", "singer's"])
    (False, False, False)
    """
    if not found or not all(_TAIL_WORD.fullmatch(word) for word in found) or looks_plural(found[-1]):
        return False
    last = fold(found[-1])
    return bool((last,) in ROLES or tuple(fold(word) for word in found[-2:]) in ROLES or last in EPITHET_NOUNS
                or last in PERSON_NOUNS or last in DEMONYMS or last.endswith("man"))


def achievement_head(text: str) -> str | None:
    """The achievement noun a definite description ends in ("the two-time champion",
    "the marathon world record holder"), or ``None``.

    >>> achievement_head("the two-time champion"), achievement_head("the marathon world record holder")
    ('champion', 'holder')
    >>> achievement_head("a champion") is None, achievement_head("the striker") is None
    (True, True)
    """
    found = _WORD.findall(fold(text))
    if len(found) < 2 or found[0] != "the" or found[-1] not in ACHIEVEMENTS:
        return None
    return found[-1]


def narrowing_fits(described: str, offset: int, person: int, holders: Iterable[Holder]) -> bool:
    """Whether the role an age description ends in ("The 21-year-old Blues prop") may be
    ``person``'s: the article gives them no other post (not "Wales coach Mike Ruddock",
    whom the sentence before opened on), and gives that role to no one else before
    ``offset``. An age description with no role ("the 31-year-old", "the Newcastle
    star") fits anyone.

    >>> from kg.resolve.holders import Holder
    >>> coach = Holder(0, 4, "coach", frozenset({"coach", "wales"}), frozenset({"wales"}))
    >>> narrowing_fits("The 21-year-old Blues prop", 40, 4, [coach]), narrowing_fits("The 45-year-old coach", 40, 4, [coach])
    (False, True)
    >>> narrowing_fits("the 31-year-old", 40, 4, [coach]), narrowing_fits("The 45-year-old coach", 40, 5, [coach])
    (True, False)
    """
    found = [fold(word) for word in _WORD.findall(described)][2:]
    role = next((ROLES[tuple(found[-size:])] for size in (2, 1) if len(found) >= size and tuple(found[-size:]) in ROLES),
                None)
    if role is None or role.type == "none":
        return True
    held = {holder.role_key for holder in holders if holder.cluster == person and holder.role_key}
    return (not held or role.key in held) and not any(
        holder.role_key == role.key and holder.cluster != person and holder.start < offset for holder in holders)


def ages(text: str, clusters: Iterable[Cluster]) -> dict[int, set[int]]:
    """The people (cluster indexes) the article gives each age, by a name's mentions.

    >>> from kg.records import Mention
    >>> text = "Paula Radcliffe, 31, beat 25-year-old Kenyan Susan Chepkemei."
    >>> radcliffe = Cluster(0, EntityType.PERSON, [Mention(0, 15, "Paula Radcliffe", EntityType.PERSON, 0)])
    >>> chepkemei = Cluster(1, EntityType.PERSON, [Mention(45, 60, "Susan Chepkemei", EntityType.PERSON, 0)])
    >>> ages(text, [radcliffe, chepkemei])
    {31: {0}, 25: {1}}
    """
    found: dict[int, set[int]] = {}
    for cluster in clusters:
        if cluster.type is not EntityType.PERSON or cluster.local:
            continue
        for mention in cluster.mentions:
            if mention.kind != "name":
                continue
            after = _AGE_AFTER.match(text, mention.end)
            before = _AGE_BEFORE.search(text[max(0, mention.start - 60) : mention.start])
            for match in (after, before):
                if match is not None:
                    age = next(group for group in match.groups() if group)
                    found.setdefault(int(age), set()).add(cluster.index)
    return found


def of_age(text: str, clusters: list[Cluster], described: str) -> int | None:
    """The one person the article gives the age an age description names."""
    age = described_age(described)
    if age is None:
        return None
    people = ages(text, clusters).get(age, set())
    return next(iter(people)) if len(people) == 1 else None


def named_with(text: str, clusters: list[Cluster], described: str, offset: int) -> int | None:
    """The one person named before ``offset`` right after the achievement the description
    names, with its narrowing words ("world record holder Paula Radcliffe" for "the
    marathon world record holder"; "former AAA champion X" is no "world indoor champion").

    >>> from kg.records import Mention
    >>> text = "Olympic champion Kelly Holmes and AAA champion Jo Fenn ran."
    >>> holmes = Cluster(0, EntityType.PERSON, [Mention(17, 29, "Kelly Holmes", EntityType.PERSON, 0)])
    >>> fenn = Cluster(1, EntityType.PERSON, [Mention(47, 54, "Jo Fenn", EntityType.PERSON, 0)])
    >>> named_with(text, [holmes, fenn], "the double Olympic champion", 60)
    0
    >>> named_with(text, [holmes, fenn], "the champion", 60) is None
    True
    """
    wanted = [fold(word) for word in _WORD.findall(described)][1:]
    narrowing = set(wanted[:-1]) - _COUNTING
    people = set()
    for cluster in clusters:
        if cluster.type is not EntityType.PERSON or cluster.local:
            continue
        for mention in cluster.mentions:
            if mention.kind != "name" or mention.start >= offset:
                continue
            phrase = re.split(r"[,;:.!?()\"“”]", text[max(0, mention.start - 60) : mention.start])[-1]
            before = [fold(word) for word in _WORD.findall(phrase)[-_BEFORE_NAME - len(narrowing) :]]
            if before[-1:] == wanted[-1:] and narrowing <= set(before):
                people.add(cluster.index)
    return people.pop() if len(people) == 1 else None


def occupation(written: str) -> bool:
    """Whether a speaker as written is "the", lower-case modifiers, and a singular
    occupation of one or two words (``roles.tsv``) that is no public office: "the
    striker", "the giant winger", "the experienced lock forward"; not "the minister"
    (an office the reader is expected to know), "the 31-year-old" (an age, ``of_age``)
    nor "the Arsenal striker" (the holder of that role, ``holder_of``), nor a role of
    someone else's ("the prime minister's official spokesman").

    >>> occupation("the striker"), occupation("the giant winger"), occupation("the lock forward")
    (True, True, True)
    >>> occupation("the minister"), occupation("the Arsenal striker"), occupation("the strikers")
    (False, False, False)
    >>> occupation("a striker"), occupation("the 31-year-old striker"), occupation("the minister's official spokesman")
    (False, False, False)
    """
    found = written.split()
    if len(found) < 2 or found[0].lower() != "the" or not all(_MODIFIER.fullmatch(word) for word in found[1:]):
        return False
    for size in (2, 1):
        role = ROLES.get(tuple(found[-size:])) if len(found) > size else None
        if role is not None:
            return role.type not in OFFICE_TYPES and not looks_plural(found[-1])
    return False


# A lower-case word with no possessive: "the prime minister's spokesman" is the minister's, someone else.
_MODIFIER = re.compile(r"[a-z][a-z-]*")


def occupation_holder(
    context: Context, offset: int, quoted: list[tuple[int, int]], speakers: list[tuple[int, int]], named: set[int]
) -> int | None:
    """The person an occupation speaker (``occupation``) at ``offset`` stands for: the one
    person the sentences around are about (``sole_subject``), when no other person does
    something there ("Ruddock named his side, with Cockbain returning. '...,' said the
    lock forward": two people act, so neither; nor a speaker named before them)."""
    found = sole_subject(context, offset, quoted, speakers, named)
    agents = _agents(context, offset, quoted) - named
    if found is None:
        return agents.pop() if len(agents) == 1 else None
    return found if agents <= {found} else None


def _agents(context: Context, offset: int, quoted: list[tuple[int, int]]) -> set[int]:
    """The people who are agents of events in the sentence of ``offset`` and the three
    before, outside quotations (not a possessor: "Wenger's side won" is the side's doing)."""
    starts = [start for start, _ in context.extraction.sentences]
    sentence = bisect_right(starts, offset) - 1
    floor = starts[max(sentence - 3, 0)] if starts else 0
    text = context.extraction.document.text
    found = set()
    for event in context.extraction.events:
        for argument in event.arguments:
            span = argument.argument
            if argument.role != "agent" or not floor <= span.start < offset or any(a <= span.start < b for a, b in quoted):
                continue
            for at, cluster in context.linker.antecedents(span.start, span.end):
                if context.clusters[cluster].type is EntityType.PERSON and not POSSESSOR.match(text, context.linker.end_of(at)):
                    found.add(cluster)
    return found
