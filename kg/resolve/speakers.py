"""Who speaks when the text gives no name: the subject nearest before, or the one
person the sentences around are about.

"said Thompson. '...,' he added": "he" is the nearest subject before that fits;
"Henry will captain the side ... And the striker said": the person the sentences
before were about; "Carlos Vega beat Ivan Petrov ... Vega dominated ... 'I played
my best,' the three-time champion added": the one person who is the subject of
every sentence around it, and no one when two are (``sole_subject``).
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from kg.folding import fold
from kg.lexicon import PERSON_NOUNS, PERSON_TITLES, ROLE_HEADS, TYPE_CUES
from kg.records import Argument, Extraction, Proposition
from kg.resolve.articleperson import article_person
from kg.resolve.controlled import controlled_subjects
from kg.resolve.coref import Cluster, Linker
from kg.resolve.keptspeakers import kept_speaker
from kg.resolve.placednames import placed_people
from kg.resolve.pronouns import gender_of, plural_between, sentence_of
from kg.resolve.reportedrivals import reporting_subject
from kg.resolve.subjectnames import main_before_relative, names_subject
from kg.resolve.typed import VERB_KINDS
from kg.types import EntityType

# Who "it" and "they" may be when they speak.
SPEAKING_BODIES = frozenset({EntityType.ORGANIZATION, EntityType.GROUP, EntityType.COUNTRY, EntityType.SPORTS_TEAM})
_QUOTE_MARKS = frozenset('"“‘\'')
POSSESSOR = re.compile(r"['’]s?\b|['’]")
# Up to three capitalised words opening a sentence, not a possessor: its subject when a name.
_OPENING_NAME = re.compile(r"(?:[A-Z][\w'’-]*\s+){0,2}[A-Z][\w'’-]*\b(?!['’])")


@dataclass
class Context:
    """What resolving one document's statements reads: its extraction, linker, clusters
    and the propositions with their resolved subjects."""

    extraction: Extraction
    linker: Linker
    clusters: list[Cluster]
    earlier: Sequence[tuple[Proposition, int]]



def named_as(context: Context, written: str) -> int | None:
    """The one named entity that the article names as the speaker is written, titles
    aside, where NER did not find this mention: by the same name ('"...," Wenger said'
    after other "Wenger"s), or a one-word speaker by the surname of a person named in
    full ("Mandaric said" after "Milan Mandaric"; "Mr Stening said"). A description
    ("The striker") matches only names, never another description; two people of one
    surname match neither."""
    words = written.split()
    while len(words) > 1 and fold(words[0]).rstrip(".") in PERSON_TITLES:
        words = words[1:]
    wanted = fold(" ".join(words))

    def names(cluster: Cluster) -> bool:
        for mention in cluster.mentions:
            if mention.kind != "name":
                continue
            form = fold(mention.text)
            if form == wanted or (len(words) == 1 and cluster.type is EntityType.PERSON and form.split()[-1] == wanted):
                return True
        return False

    matches = {cluster.index for cluster in context.clusters if not cluster.local and names(cluster)}
    return matches.pop() if len(matches) == 1 else None


def nearest_subject(
    context: Context,
    pronoun: str,
    offset: int,
    quoted: list[tuple[int, int]],
    speakers: list[tuple[int, int]],
    named: set[int],
    *,
    person: bool = False,
    only: bool = False,
    unnamed: Sequence[int] = (),
) -> int | None:
    """The subject or speaker nearest before ``offset``, outside quotations, in this or the last
    three sentences, whose type (and gender, when a title tells it) fits the pronoun and whom
    the quotation does not name (``named``); a person of either gender when ``person``; with
    ``only``, ``None`` unless every such subject is one person. ``unnamed``: where speakers
    no entity stands for speak ("A Labour Party spokesman criticised ..., saying ... He said");
    "he" or "she" after one of them, nearer than any fitting subject, is no one we know.
    A subject that names a place only in a book's title ("Brown's Britain, by Robert Peston,
    says ... it says") is no candidate: the place never spoke (``not_the_place``)."""
    starts = [start for start, _ in context.extraction.sentences]
    sentence = bisect_right(starts, offset) - 1
    floor = starts[max(sentence - 3, 0)] if starts else 0
    wanted = "m" if pronoun in ("he", "him", "his") else "f" if pronoun in ("she", "her") else None
    objects = _in_objects(context, floor, offset) if not only else []  # "Souness' remarks": no one spoke
    asked = controlled_subjects(context.extraction.propositions, offset)  # "asked the court to stop Apple. It argues": not the court

    def watched(at: int) -> bool:
        return at in asked or any(start <= at < end for start, end in objects)

    text = context.extraction.document.text
    subjects = [(proposition.subject.start, each) for proposition, cluster in context.earlier  # in reach only
                if proposition.kind in VERB_KINDS and floor <= proposition.subject.start < offset and not watched(proposition.subject.start)
                and not not_the_place(proposition.subject.text, text[proposition.subject.start : proposition.subject.head_start],
                                      context.clusters[cluster].type)  # "Brown's Britain, by Robert Peston, says": a book
                for each in _subject_people(context, proposition.subject, cluster)]
    unresolved, others = _unresolved_subjects(context, floor, offset, watched, personal=person or wanted is not None)
    subjects.extend(unresolved)
    candidates: list[tuple[int, int]] = []
    placed = placed_people(context.linker)
    for at, cluster in subjects + speakers:
        if not floor <= at < offset or any(start <= at < end for start, end in quoted) or cluster in named:
            continue
        entity = context.clusters[cluster]
        if (person or wanted is not None) and cluster in placed:
            continue  # "Work on the new stadium in Stanley Park will start": a place NER took for a person
        if person:
            if entity.type is not EntityType.PERSON:
                continue
        elif wanted is not None:
            if entity.type is not EntityType.PERSON or gender_of(entity) not in (None, wanted):
                continue
        elif not _body_speaks(entity.type, pronoun, spoke=(at, cluster) in speakers):
            continue  # "it said": a body, not a people ("Chinese")
        candidates.append((at, cluster))
    if wanted is not None and not only and (reported := reporting_subject(
            context.linker, pronoun, offset, sentence, context.earlier, {cluster for _, cluster in candidates})) is not None:
        return reported  # "He rejected speculation that Mr Brown was ... He said": not Brown (kg.resolve.reportedrivals)
    if wanted is not None:  # "X admitted ... Olly Barkley, who missed ... '...,' he said": X
        candidates = main_before_relative(context.extraction.document.text, context.extraction.propositions, context.linker,
                                          candidates, lambda at: bisect_right(starts, at) - 1)
    best = max(candidates, key=lambda pair: pair[0], default=None)
    if best is None and wanted is not None and not only and not any(floor <= at < offset for at in [*unnamed, *others]):
        return article_person(context.linker, floor, offset, wanted, named)  # "O'Connell rejects ... He insisted"
    if best is not None and any(bisect_right(starts, best[0]) < bisect_right(starts, at) for at in others
                                if best[0] < at < offset and not any(start <= at < end for start, end in quoted)):
        return None  # "The claims about Lord Falconer ... were made in a book ... He also says": not whoever spoke before
    if best is not None and wanted is not None:  # "Roni Size have released"; "sold Stam ... he said": Stam (.keptspeakers)
        best = kept_speaker(context, best, speakers, offset, wanted, only) or _by_gender(context, wanted, best, candidates)
    if only and len({cluster for _, cluster in candidates}) > 1:
        return None
    if best is not None and wanted is not None and any(best[0] < at < offset for at in unnamed):
        return None
    if best is not None and wanted is not None and gender_of(context.clusters[best[1]]) is None and _named_of_gender(
            context, wanted, best, offset, quoted):
        return None  # "His wife Sharon ... agreed. '...,' she said": maybe she, not Ozzy, whose gender nothing tells
    if best is not None and pronoun in ("they", "them") and plural_between(
            context.linker, best[0], offset, _marked(context.linker.text, quoted), objects=False):
        return None  # "... urged councils to limit increases but they have warned": the councils, maybe
    return best[1] if best is not None else None


def _unresolved_subjects(
    context: Context, floor: int, offset: int, watched: Callable[[int], bool], *, personal: bool
) -> tuple[list[tuple[int, int]], list[int]]:
    """The one named in each clause subject between ``floor`` and ``offset`` the linker left
    unresolved: "Shares in drug firm Phytopharm fell after it said ...": Phytopharm. For "he"
    or "she" (``personal``) only a name the subject stands for (``kg.resolve.subjectnames``): in
    "Yachvili admitted erratic kicking from England's Charlie Hodgson and Olly Barkley had been
    decisive. '...,' he said" the kicking is the subject, and Mr Barkley said nothing. Also where the subjects it
    passes over start: a "he" with such a subject in a later sentence than its nearest
    candidate is no one known ("The claims about Lord Falconer ... were made in a book
    published by Philippe Sands QC. He also says": not Mr Mates, who spoke before)."""
    found: list[tuple[int, int]] = []
    others: list[int] = []
    resolved = {id(proposition) for proposition, _ in context.earlier}
    places = {(m.start, c) for m, c in context.linker.names if m.modifier and context.clusters[c].type in PLACES}
    text = context.extraction.document.text
    for proposition in context.extraction.propositions:
        if (proposition.kind in VERB_KINDS and id(proposition) not in resolved and floor <= proposition.subject.start < offset
                and not watched(proposition.subject.start) and not proposition.relation.startswith("to ")):
            # Not an infinitive's subject: "challenged the right of Yukos to claim bankruptcy
            # protection. ... it said": the one who challenged said it, not Yukos.
            subject = proposition.subject
            # Not a possessor ("Wenger's Bayern counterpart" is not Wenger), nor a place that modifies the
            # subject's noun ("UK mobile owners continue to break records ... it said": not the UK).
            inside = [(at, cluster) for at, cluster in context.linker.antecedents(subject.start, subject.end)
                      if not POSSESSOR.match(text, context.linker.end_of(at)) and (at, cluster) not in places]
            if personal and inside and not names_subject(text, subject, inside[-1][0], context.linker.end_of(inside[-1][0])):
                if context.clusters[inside[-1][1]].type is EntityType.PERSON:
                    others.append(subject.start)
                inside = []  # "erratic kicking from ... Olly Barkley": no one (kg.resolve.subjectnames)
            elif not inside and len(surnamed := surname_of(context.linker, subject.text)) == 1:
                inside = [(subject.start, surnamed.pop())]  # "Zvonareva has lost ...": a surname NER missed there
            if not inside:
                inside = name_after_subject(context, subject.end)  # "The Guardian's film critic Peter Bradshaw felt"
            found.extend(inside[-1:])
    return found, others


def _body_speaks(entity_type: EntityType, pronoun: str, *, spoke: bool) -> bool:
    """Whether an entity of no person's type may be the speaker "it" or "they" stands for: a
    body, not a people as "it" ("Chinese"); a work only as "it" where it spoke before, as a
    publication does ('"...," said the magazine. "...," it concluded'; ``spoke``).

    >>> _body_speaks(EntityType.GROUP, "it", spoke=False), _body_speaks(EntityType.WORK, "it", spoke=True)
    (False, True)
    >>> _body_speaks(EntityType.WORK, "it", spoke=False), _body_speaks(EntityType.WORK, "they", spoke=True)
    (False, False)
    """
    if entity_type is EntityType.WORK:
        return spoke and pronoun == "it"
    return entity_type in SPEAKING_BODIES and not (entity_type is EntityType.GROUP and pronoun == "it")


def _subject_people(context: Context, subject: Argument, cluster: int) -> list[int]:
    """Who a resolved clause subject stands for: its cluster, or the person named right after
    it when the parse cut the name off (``name_after_subject``); when the subject is a
    coordination, every person it names as well, whom the subject's one cluster (the last
    name, or the first) leaves out: "Knight and drum 'n' bass star Roni Size have released":
    Knight and Size, as near as each other (``_by_gender``)."""
    after = [found for _, found in name_after_subject(context, subject.end)]
    if " and " in subject.text:  # "Knight and drum 'n' bass star Roni Size": the people it names, not the last alone
        text = context.extraction.document.text
        inside = [found for at, found in context.linker.antecedents(subject.start, subject.end)
                  if context.clusters[found].type is EntityType.PERSON and not POSSESSOR.match(text, context.linker.end_of(at))]
        return list(dict.fromkeys([cluster, *inside, *after]))
    return after[:1] or [cluster]


def _by_gender(context: Context, wanted: str, best: tuple[int, int], candidates: list[tuple[int, int]]) -> tuple[int, int] | None:
    """``best``, or, when another fitting person is a subject of the same verb
    ("Knight and drum 'n' bass star Roni Size have released": as near as ``best``), the one
    of them a title or given name gives the gender "he" or "she" wants, the others' gender
    untold; ``None`` when none or two are: neither is the nearer ("Matt Lucas and David
    Walliams presented ... He told the audience")."""
    verbs = _verbs(context, best[0])
    tied = {best[1]} | {cluster for at, cluster in candidates if at == best[0] or verbs & _verbs(context, at)}
    if len(tied) == 1:
        return best
    told = [cluster for cluster in sorted(tied) if gender_of(context.clusters[cluster]) == wanted]
    return (best[0], told[0]) if len(told) == 1 else None


def _verbs(context: Context, at: int) -> set[int]:
    """The verbs (trigger starts) whose clause subject starts at ``at``, or ends right before
    a name there (``name_after_subject``: "bass star" + "Roni Size"): the members of one
    coordinated subject share one."""
    return {proposition.trigger[0] for proposition in context.extraction.propositions
            if proposition.kind in VERB_KINDS and proposition.trigger is not None
            and at in (proposition.subject.start, proposition.subject.end + 1)}


def name_after_subject(context: Context, end: int) -> list[tuple[int, int]]:
    """The person named right after a subject that is a role phrase, when the parse cut the
    name off it ("The Guardian's film critic Peter Bradshaw felt that ...": the subject is
    "The Guardian's film critic", the name its apposition): he is the subject, so "he" in
    the next sentence may be him."""
    text = context.extraction.document.text
    return [(at, cluster) for at, cluster in context.linker.antecedents(end, end + 2)
            if text[end:at] == " " and context.clusters[cluster].type is EntityType.PERSON][:1]


def _named_of_gender(context: Context, wanted: str, best: tuple[int, int], offset: int, quoted: list[tuple[int, int]]) -> bool:
    """Whether a person other than the one at ``best`` (offset, cluster), of the gender
    ``wanted`` by a title or given name, is named in a sentence after its own and before
    ``offset``, outside quotations ("Keane was full of praise for Duff's role. '...,' he said": Keane)."""
    after = context.linker.sentence_starts[sentence_of(context.linker, best[0]) + 1 :][:1]
    return bool(after) and any(
        cluster != best[1] and context.clusters[cluster].type is EntityType.PERSON
        and not any(start <= at < end for start, end in quoted) and gender_of(context.clusters[cluster]) == wanted
        for at, cluster in context.linker.antecedents(after[0], offset))


def surname_of(linker: Linker, written: str) -> set[int]:
    """The people one capitalised word names, as the last word of one of their names
    ("Minar" after "Ivo Minar"); two people of that surname are both returned."""
    if len(written.split()) != 1 or not written[:1].isupper():
        return set()
    return {cluster for mention, cluster in linker.names
            if linker.clusters[cluster].type is EntityType.PERSON and not linker.clusters[cluster].local
            and mention.text.split()[-1] == written}


def _in_objects(context: Context, floor: int, offset: int) -> list[tuple[int, int]]:
    """The clauses that are verbs' objects: a subject there is someone seen or thought of,
    no one who goes on to speak ("watch US President George W Bush slug it out ... He
    said": not Bush; "could picture Michael Howard or Tony Blair doing it"). One asked or
    urged to act ("urging Mr Howard to announce") may well speak next."""
    return [(proposition.object.start, proposition.object.end) for proposition in context.extraction.propositions
            if proposition.kind == "ccomp" and proposition.object is not None
            and floor <= proposition.object.start < offset]


def _marked(text: str, quoted: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The quotations in quotation marks, not indirect speech."""
    return [(start, end) for start, end in quoted if text[max(start - 1, 0) : start] in _QUOTE_MARKS]


def sole_subject(
    context: Context, offset: int, quoted: list[tuple[int, int]], speakers: list[tuple[int, int]], named: set[int]
) -> int | None:
    """The one person who is the subject of the sentences around ``offset`` (this one and
    the three before), or ``None`` when another person is too. A person who opens a
    sentence counts, though no clause was read of it ("Petrov served poorly."), and is
    the one when no clause was read of anyone."""
    found = nearest_subject(context, "", offset, quoted, speakers, named, person=True, only=True)
    starts = context.extraction.sentences
    index = bisect_right([start for start, _ in starts], offset) - 1
    around = {start for start, _ in starts[max(index - 3, 0) : index + 1]}
    text = context.extraction.document.text
    opening = {fold(match.group().split()[-1]) for at in around if (match := _OPENING_NAME.match(text, at))}
    openers = {cluster.index for cluster in context.clusters if cluster.type is EntityType.PERSON and not cluster.local
               and any(mention.kind == "name" and fold(mention.text.split()[-1]) in opening for mention in cluster.mentions)}
    if found is None:  # "Cockbain returns at lock. ... said the lock forward": no clause was read of him
        openers -= named
        return openers.pop() if len(openers) == 1 else None
    return found if openers <= {found} else None


PLACES = frozenset({EntityType.COUNTRY, EntityType.CITY, EntityType.PLACE})
# "Brown's Britain", "Blair's Britain": a name's possessive before the speaker's head.
_POSSESSED = re.compile(r"[A-Z][\w'’-]*['’]s?\s+$")
# "Brown's Britain, by Robert Peston, says": a written work and its author.
_AUTHORED = re.compile(r",\s+by\s+[A-Z]")


def not_the_place(written: str, before_head: str, entity_type: EntityType) -> bool:
    """Whether a speaker that names a place is something else of that name: a place
    possessed by a name ("Brown's Britain says", a book) or a phrase with its author
    (", by Robert Peston,"). A place never speaks so; no speaker is better than it.

    >>> not_the_place("Brown's Britain, by Robert Peston", "Brown's ", EntityType.COUNTRY)
    True
    >>> not_the_place("Blair's Britain", "Blair's ", EntityType.COUNTRY)
    True
    >>> not_the_place("Britain", "", EntityType.COUNTRY)
    False
    >>> not_the_place("Russia's Gazprom", "Russia's ", EntityType.ORGANIZATION)
    False
    """
    if entity_type not in PLACES:
        return False
    return bool(_POSSESSED.search(before_head) or _AUTHORED.search(written))


# Heads of speakers that are writings, never "he" or "she": "the report says ... he said".
DOCUMENTS = frozenset("report study survey statement paper letter document poll research review inquiry text".split())


def not_a_person(head: str) -> bool:
    """Whether a speaker's head noun names a thing that "he" or "she" cannot stand for:
    a writing ("the report says") or a kind of named thing (``TYPE_CUES``: "the firm",
    "the book").

    >>> not_a_person("report"), not_a_person("books"), not_a_person("spokesman")
    (True, True, False)
    """
    word = fold(head)
    singular = word[:-1] if word.endswith("s") and not word.endswith("ss") else word
    return bool({word, singular} & (DOCUMENTS | TYPE_CUES.keys()))


def taken_up_by_it(head: str) -> bool:
    """Whether "it" may take up a speaker no entity stands for, by its head noun: a body or a
    writing ("the ministry said ... it added"), never one person ("A spokesman said the
    company's decision showed that it believed": the company, not the spokesman).

    >>> taken_up_by_it("ministry"), taken_up_by_it("report"), taken_up_by_it("spokesman")
    (True, True, False)
    """
    word = fold(head)
    return not_a_person(head) or (word not in ROLE_HEADS and word not in PERSON_NOUNS)


def same_description(text: str, said: Argument | None, again: Argument) -> bool:
    """Whether "the" + a noun ("the spokesman said") takes up the speaker no entity stands
    for that had that noun as its head just before ("A spokesman for Michael Howard said"):
    the same spokesman, never the person he speaks for."""
    if said is None or text[again.start : again.end].lower() != "the " + text[again.head_start : again.head_end].lower():
        return False
    return fold(text[said.head_start : said.head_end]) == fold(text[again.head_start : again.head_end])
