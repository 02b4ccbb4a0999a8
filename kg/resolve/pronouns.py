"""Pronouns: which entity "he", "she", "it" or "they" stands for.

Part of the linking in ``kg.resolve.coref`` (its ``Linker`` calls
``resolve_pronoun``), kept apart because pronouns follow their own evidence:
"he"/"she" the one person named nearby, "it"/"they" the subject of a recent
clause. As there, a pronoun with two fitting candidates stays unresolved.
"""

from __future__ import annotations

import bisect
import dataclasses
import itertools
from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING

from kg.folding import fold
from kg.lexicon import (
    GIVEN_NAME_GENDERS,
    PERSONAL_PRONOUNS,
    PLURAL_NOUNS,
    PLURAL_PRONOUNS,
    PRONOUNS,
    THIRD_PERSON_PRONOUNS,
    titles_gender,
)
from kg.records import Argument, Proposition
from kg.resolve.boundobjects import local_subjects
from kg.resolve.collectives import collective, possessive_team, rival_collective
from kg.resolve.controlled import controlled_subjects
from kg.resolve.employees import employer_of_speaker
from kg.resolve.openchain import follows_open
from kg.resolve.pairedspeakers import paired_speakers
from kg.resolve.perdocument import once_per_document
from kg.resolve.placednames import placed_people
from kg.resolve.reportedrivals import reporting_subject
from kg.resolve.reporters import reporter_of
from kg.resolve.selfquoted import quoted_speaker
from kg.resolve.starts import sentence_at
from kg.resolve.subjectchain import subject_chain
from kg.resolve.unnamedrivals import unnamed_rival
from kg.resolve.unquoted import in_quotation
from kg.resolve.vote import PLACES
from kg.types import EntityType

if TYPE_CHECKING:
    from kg.resolve.coref import Cluster, Linker

# Propositions with a verb: their subjects are what "it" and "they" pick up, not the
# owner of a possessive ("China's third-largest milk producer") or an apposition's.
CLAUSE_KINDS = frozenset({"svo", "light", "prep", "passive", "ccomp", "copula", "intransitive", "svo_pp"})
_RELATIVES = frozenset({"which", "that", "who", "whom", "what", "this", "these", "those"})
# Bodies that report ("Microsoft said", "the unions said"): not a person, place or city.
_REPORTING_BODIES = frozenset({EntityType.ORGANIZATION, EntityType.GROUP, EntityType.COUNTRY, EntityType.SPORTS_TEAM})
# Who speaks for an organisation: "a Yili spokesman said it": the organisation.
_SPOKESPEOPLE = frozenset({"spokesman", "spokeswoman", "spokesperson", "representative"})
# The pronouns that may be a reported clause's subject or object, not a possessor.
_SUBJECT_FORMS = frozenset({"it", "they", "them"})
# Reporters that are a share of people: "Most of those polled said", "61% said".
_SHARES = frozenset({"most", "many", "some", "half", "majority", "third", "quarter", "all", "few"})
WINDOW = 2  # sentences back that a definite description or pronoun may reach


def _person_pronoun(
    linker: Linker, pronoun: str, argument: Argument, sentence: int, earlier: Sequence[tuple[Proposition, int]]
) -> int | None:
    """ "he"/"she": the one person named in this or the last two sentences whose
    gender, when a title tells it, agrees. Two candidates: unresolved. The same
    pronoun in reach that meant someone else is a candidate too: in "Blair spoke ...
    He said ... Brown was there. He rejected speculation" the second "he" may still
    be Blair, the story's subject, so it stays unresolved; unless its own sentence
    names one person before it ("Mr Howard denied he had"). Never the speaker of the
    quotation it is in (``kg.resolve.selfquoted``): then unresolved, as the one it
    means may be named out of reach."""
    bound = local_subjects(linker, pronoun, argument, earlier)  # "Mr Blair won't allow him to": not Mr Blair
    reporter = reporter_of(linker, argument, gender_of)
    if reporter is not None:
        return None if reporter in bound else reporter  # "Winslet said she was ecstatic"
    wanted = PRONOUNS[pronoun].gender
    people: set[int] = set()
    outside = not in_quotation(linker.text, argument.start)  # a reporter's "he": no name a speaker gave
    in_reach = {cluster for mention, cluster in linker.names if mention.end <= argument.start and sentence - WINDOW <= mention.sentence
                and not (outside and in_quotation(linker.text, mention.start))}
    placed = placed_people(linker)  # "the new stadium in Stanley Park": a place NER took for a person
    for cluster in sorted(in_reach - placed):  # each entity once, however often it was named
        if linker.clusters[cluster].type is EntityType.PERSON and gender_of(linker.clusters[cluster]) in {None, wanted}:
            people.add(cluster)
    subjects = _described_people(linker, argument, sentence, wanted, earlier) | _unnamed_subjects(linker, argument, sentence, wanted)
    people = (people | subjects) - bound
    here = {cluster for mention, cluster in linker.names if mention.sentence == sentence and mention.end <= argument.start
            and cluster in people}
    if len(here) != 1:  # "Mr Howard denied he had": the man named in its own sentence
        for previous, cluster in earlier:
            subject = previous.subject
            if (subject.start < argument.start and sentence - WINDOW <= sentence_of(linker, subject.start)
                    and linker.text[subject.head_start : subject.head_end].lower() == pronoun):
                people.add(cluster)
        if not subjects and follows_open(linker, pronoun, argument, earlier, people, CLAUSE_KINDS):
            return None  # "In 1984 he started ... Two years later he played": whoever the first "he" is
    blockers = [
        mention
        for mention in linker.unresolved
        if mention.end <= argument.start and sentence - WINDOW <= mention.sentence and mention.type is EntityType.PERSON
    ]
    if people & quoted_speaker(linker, argument, earlier) or blockers:
        return None  # '"He can stick up whatever he likes ...," he said': not the speaker
    if len(people) != 1:  # "joined City under Keegan. He": the subject's (kg.resolve.subjectchain)
        chained = reporting_subject(linker, pronoun, argument.start, sentence, earlier, people)  # "X said Y had ... He"
        chained = subject_chain(linker, pronoun, argument, sentence, WINDOW, earlier, people) if chained is None else chained
        return None if chained is None or chained in bound or unnamed_rival(linker, argument, sentence, chained, wanted) else chained
    person = people.pop()
    return None if person in bound or unnamed_rival(linker, argument, sentence, person, wanted) else person  # "A ... spokesman said ... He"


def _described_people(
    linker: Linker, argument: Argument, sentence: int, wanted: str | None, earlier: Sequence[tuple[Proposition, int]]
) -> set[int]:
    """People a description in reach stood for, as candidates of "he"/"she" beside the
    names: "Gordon Brown ... The chancellor said the economy was strong. He added ..."
    (he: Brown, named three sentences back), and in "Mr Smith spoke. The minister
    (Mr Jones) said ... He" the minister is a rival of Mr Smith."""
    found: set[int] = set()
    for previous, cluster in earlier:
        subject = previous.subject
        head = linker.text[subject.head_start : subject.head_end]
        if (subject.start < argument.start and head.islower() and head not in THIRD_PERSON_PRONOUNS and head not in _RELATIVES
                and sentence - WINDOW <= sentence_of(linker, subject.start) and linker.clusters[cluster].type is EntityType.PERSON
                and gender_of(linker.clusters[cluster]) in {None, wanted}):
            found.add(cluster)
    return found


def _unnamed_subjects(linker: Linker, argument: Argument, sentence: int, wanted: str | None) -> set[int]:
    """People a clause's subject in reach names where NER found no name ("Day-Lewis",
    "50 Cent"), by the one person whose name that is or ends with: in "Day-Lewis has competed ... with Martin
    Scorsese's Gangs Of New York. The festival praises him" both men are candidates."""
    found: set[int] = set()
    for start, number, words in _capitalised_subjects(linker):
        if start >= argument.start or number < sentence - WINDOW:
            continue
        named = {index for index, cluster in enumerate(linker.clusters) if cluster.type is EntityType.PERSON and any(
            (name := linker.text[m.start : m.end]) == words or name.endswith(" " + words) for m in cluster.mentions)}
        if len(named) == 1 and gender_of(linker.clusters[min(named)]) in {None, wanted}:
            found |= named
    return found


def _capitalised_subjects(linker: Linker) -> list[tuple[int, int, str]]:
    """The clause subjects ``_unnamed_subjects`` may take, as (start, sentence, text): those
    that open with a capital or a digit, head no name, are no pronoun and stand in no
    speaker's words ("'Nas is one of my friends,' he said"). Read once per document, not
    once per pronoun: they depend on the linker's text, names and clauses alone."""
    return once_per_document(linker, "capitalised subjects", _read_capitalised_subjects)


def _read_capitalised_subjects(linker: Linker) -> list[tuple[int, int, str]]:
    found = []
    for clause in linker.clauses:
        subject = clause.subject
        words = linker.text[subject.start : subject.end]
        if (not (words[:1].isupper() or words[:1].isdigit()) or linker.in_name(subject.head_start) or words.lower() in PRONOUNS
                or linker.text.count('"', linker.text.rfind("\n", 0, subject.start) + 1, subject.start) % 2):
            continue
        found.append((subject.start, sentence_of(linker, subject.start), words))
    return found


def resolve_pronoun(
    linker: Linker, pronoun: str, argument: Argument, proposition: Proposition, earlier: Sequence[tuple[Proposition, int]]
) -> int | None:
    sentence = sentence_of(linker, argument.start)
    if pronoun in PERSONAL_PRONOUNS:
        return _person_pronoun(linker, pronoun, argument, sentence, earlier)
    plural = pronoun in PLURAL_PRONOUNS
    wanted = (
        {EntityType.ORGANIZATION, EntityType.GROUP, EntityType.COUNTRY}
        if plural
        else {EntityType.ORGANIZATION, EntityType.COUNTRY, EntityType.CITY, EntityType.FACILITY, EntityType.PLACE}
    )
    if plural and paired_speakers(linker, argument):
        return None  # "Gibson and his partner said they", "The Ospreys and Scarlets say they": no one of them (.pairedspeakers)
    reporter = _reporter(linker, pronoun, argument, wanted)
    if reporter is not None:
        return reporter
    if plural and unnamed_reporters(linker, argument):
        return None  # "Analysts said they": no plural before them
    # The subject of the nearest earlier clause, in this or the previous sentence,
    # whose number agrees: "they" wants a plural head ("Troops of the alliance"),
    # "it" a singular one. Reporters ("X said") are not antecedents.
    # A nearer subject that is no entity ("Confidence fell ... It reached") is as good
    # a candidate as any name before it: "it" then stays unresolved.
    if linker.clauses:
        resolved = {id(previous): cluster for previous, cluster in earlier}
        backwards, negated_starts = _backwards(linker.clauses)
        before = bisect.bisect_right(negated_starts, -argument.start)  # the first subject before the pronoun
        clauses: Iterable[tuple[Proposition, int | None]] = (
            (previous, resolved.get(id(previous))) for previous in itertools.islice(backwards, before, None))
    else:
        clauses = sorted(earlier, key=lambda pair: pair[0].subject.start, reverse=True)
    known = linker.clauses or [clause for clause, _ in earlier]
    raisers = {clause.subject.start for clause in known
               if _object_of(clause, argument)} if linker.text.startswith(" to ", argument.end) else set()
    # "The EFF has asked the court to stop Apple ... It argues": the one asked is the asking
    # clause's object, no subject of its own for "it" to mean (kg.resolve.controlled).
    asked = controlled_subjects(known, argument.start)
    for previous, subject_cluster in clauses:
        if previous.subject.start >= argument.start or previous is proposition or previous.kind not in CLAUSE_KINDS:
            continue
        if sentence_of(linker, previous.subject.start) < sentence - 1:
            break
        head = linker.text[previous.subject.head_start : previous.subject.head_end]
        if head.lower() in THIRD_PERSON_PRONOUNS or head.lower() in _RELATIVES:
            continue
        if previous.subject.start in asked and previous.subject.start not in raisers:
            continue
        if previous.subject.start in raisers:
            # "Atticus wants it to buy back its shares", "the unions urged them to strike": the
            # object that does the infinitive is never the verb's own subject (that is "itself").
            return None
        if subject_cluster is None:
            if head[:1].islower() and looks_plural(head) == plural:
                return None
            continue
        if plural and plural_between(linker, previous.subject.end, argument.start):
            return None
        team = possessive_team(linker, previous.subject, subject_cluster) if plural else None
        if team is not None:  # "Chelsea's William Gallas believes they will battle it out with Arsenal"
            return None if rival_collective(linker, previous, team, argument) else team
        if plural and (not looks_plural(head) or linker.clusters[subject_cluster].type is EntityType.SPORTS_TEAM) and collective(
                linker, previous.subject, subject_cluster):
            # "Ireland last won the title in 1985, but 20 years on they share top spot"; "Rangers are in good form, but they".
            rival = rival_collective(linker, previous, subject_cluster, argument)
            return None if rival or _rival_object(linker, previous, subject_cluster, wanted, plural) else subject_cluster
        cluster = linker.clusters[subject_cluster]
        if cluster.type in wanted and looks_plural(head) == plural:
            # "The bank sued the company. It ...": the object is as good a
            # candidate as the subject, so "it" stays unresolved.
            if _rival_object(linker, previous, subject_cluster, wanted, plural, _object_of(proposition, argument)):
                return None
            return subject_cluster
    return None

_BACKWARDS: list[Sequence] = [(), (), ()]
"""The last document's clauses (a tuple: never changed), the same clauses by subject
start, last first, and their starts negated (ascending, for ``bisect``):
``resolve_pronoun`` walks them back from every pronoun of the document."""


def _backwards(clauses: Sequence[Proposition]) -> tuple[Sequence[Proposition], Sequence[int]]:
    """``clauses`` by subject start, last first (a stable sort), and their starts
    negated; sorted once per document."""
    if clauses is not _BACKWARDS[0]:
        ordered = sorted(clauses, key=lambda clause: clause.subject.start, reverse=True)
        found = (ordered, [-clause.subject.start for clause in ordered])
        if not isinstance(clauses, tuple):
            return found
        _BACKWARDS[:] = [clauses, *found]
    return _BACKWARDS[1], _BACKWARDS[2]


def _reporter(linker: Linker, pronoun: str, argument: Argument, wanted: set[EntityType]) -> int | None:
    """ "it"/"they" in the clause a speech verb reports: the body that reports it, when
    nothing else in the sentence before the pronoun could be meant.

    "Microsoft confirmed it is reviewing the deal" (it: Microsoft), "The unions said they
    would strike" (they: the unions), "A Yili spokesman said it may sue" and "a spokesman
    for Yili said it ..." (it: Yili, whom the spokesman speaks for), "Jim Lanzone, vice
    president at Ask Jeeves, said it" (it: his firm, ``kg.resolve.employees``). A person never becomes
    "it" ("Gordon Brown said it would cut taxes": unresolved); a rival before the pronoun
    ("Tesco said Sainsbury had failed and it ...", "backed the plans as the police said
    they would help") leaves it to the nearest-subject rule.
    """
    if pronoun not in _SUBJECT_FORMS:
        return None  # "its", "their": a possessor may be anyone's
    sentence = sentence_of(linker, argument.start)
    plural = pronoun in PLURAL_PRONOUNS
    for clause in linker.clauses:
        content = clause.object
        if (clause.kind != "attribution" or content is None or not content.start <= argument.start < content.end
                or sentence_of(linker, clause.subject.start) != sentence):
            continue
        body = _reporting_body(linker, clause, plural)
        reporter = clause.subject
        if body is not None and reporter.start < content.start and linker.clusters[body].type is EntityType.ORGANIZATION and (
                linker.named_or_described(reporter) not in {None, body}) and _only_post_names(linker, reporter.end, content.start, body):
            # A person speaking for their firm: the names of their post are no rivals ("X, vice president at Ask Jeeves in the US, said it").
            reporter = dataclasses.replace(reporter, end=content.start)
        if body is None or _rival_before(linker, linker.sentence_starts[sentence], argument, reporter, body, wanted) or (
                linker.clusters[body].type is EntityType.SPORTS_TEAM and rival_collective(linker, clause, body, argument)):
            return None
        return body
    return None


def _only_post_names(linker: Linker, start: int, end: int, body: int) -> bool:
    """Whether every name between ``start`` and ``end`` is the firm ``body`` or a place
    ("at Ask Jeeves in the US"), none another body ("called Labour ... but said it")."""
    return all(cluster == body or linker.clusters[cluster].type in PLACES
               for mention, cluster in linker.names if start <= mention.start < end)


def unnamed_reporters(linker: Linker, argument: Argument) -> bool:
    """Whether "they" stands in what reporters no entity stands for said, who may be "they"
    themselves: "61% said the issue made no difference to whether they would vote",
    "Analysts said they expected growth", "Most of those polled said they would" (not a
    body named sentences before). A named or linked reporter is ``_reporter``'s."""
    sentence = sentence_of(linker, argument.start)
    for clause in linker.clauses:
        content = clause.object
        if (clause.kind != "attribution" or content is None or not content.start <= argument.start < content.end
                or sentence_of(linker, clause.subject.start) != sentence):
            continue
        head = linker.text[clause.subject.head_start : clause.subject.head_end].lower()
        if head in THIRD_PERSON_PRONOUNS or linker.named_or_described(clause.subject) is not None:
            return False
        return head == "%" or head[:1].isdigit() or head in _SHARES or looks_plural(head)
    return False


def reporters_own(linker: Linker, argument: Argument, cluster: int | None) -> int | None:
    """``cluster`` for "they", unless it is a named body and "they" stands in what unnamed
    reporters said (``unnamed_reporters``): "Companies reported they expect to invest" may be
    the firms described before, not a named firm."""
    if cluster is None or linker.clusters[cluster].local or not unnamed_reporters(linker, argument):
        return cluster
    return None


def _rival_before(linker: Linker, start: int, argument: Argument, reporter: Argument, body: int,
                  wanted: set[EntityType]) -> bool:
    """Whether the sentence, before the pronoun, names another entity of the wanted kind
    or has a clause subject (or, for "they", a plural object) of the pronoun's number
    other than the reporter: "the plans ... the police said they": the plans as well."""
    plural = argument.text.lower() in PLURAL_PRONOUNS

    def elsewhere(at: int) -> bool:
        return start <= at < argument.start and not reporter.start <= at < reporter.end

    if any(elsewhere(mention.start) and cluster != body and linker.clusters[cluster].type in wanted and not mention.modifier
           for mention, cluster in linker.names):
        return True
    if any(elsewhere(mention.start) for mention in linker.unresolved):
        return True
    for clause in linker.clauses:
        arguments = [clause.subject] + ([clause.object] if plural and clause.object is not None else [])
        for other in arguments:
            head = linker.text[other.head_start : other.head_end]
            if (elsewhere(other.head_start) and head.lower() not in THIRD_PERSON_PRONOUNS and looks_plural(head) == plural
                    and linker.named_or_described(other) != body):
                return True
    return False


def _reporting_body(linker: Linker, clause: Proposition, plural: bool) -> int | None:
    """The organisation or group a speech clause's subject is or speaks for, when its
    number fits the pronoun: a named firm is "it", a named people or a plural
    description ("the unions") "they"; a spokesman's organisation "it"."""
    subject = clause.subject
    head = linker.text[subject.head_start : subject.head_end]
    if head.lower() in THIRD_PERSON_PRONOUNS:
        return None  # "It said it ...": the nearest-subject rule reads the first "it"
    if head.lower() in _SPOKESPEOPLE:
        # "A Yili spokesman", "a spokesman for Yili": the one organisation named in the subject.
        bodies = {cluster for mention, cluster in linker.names if subject.start <= mention.start and mention.end <= subject.end
                  and linker.clusters[cluster].type in _REPORTING_BODIES - {EntityType.GROUP}}
        return bodies.pop() if len(bodies) == 1 and not plural else None
    cluster = linker.resolve(subject, clause, ())
    if not plural and cluster is not None and linker.clusters[cluster].type is EntityType.PERSON:
        return employer_of_speaker(linker, clause, cluster)  # "Jim Lanzone, vice president at Ask Jeeves, said it"
    if plural and cluster is not None and (team := possessive_team(linker, subject, cluster)) is not None:
        return team  # "Chelsea's William Gallas believes they will battle it out": his team
    if cluster is None or linker.clusters[cluster].type not in _REPORTING_BODIES:
        return None  # a person, a place, or no one the article names
    kind = linker.clusters[cluster].type
    if head[:1].isupper():
        # A name: its type says its number ("Barclays said it", "the Conservatives said they"),
        # or its plural form does ("The Tories claim they can", the party).
        fits = (kind is EntityType.GROUP or looks_plural(head)) if plural else kind is not EntityType.GROUP
    else:
        fits = looks_plural(head) == plural
    return cluster if fits else None


def plural_between(linker: Linker, start: int, end: int, quoted: Sequence[tuple[int, int]] = (), *,
                   objects: bool = True) -> bool:
    """Whether a plural common noun that is no entity's, the subject (or, with
    ``objects``, the object) of a clause outside ``quoted``, starts after ``start`` (a
    candidate's subject) and before "they" at ``end``: in "BBC Scotland has learned ...
    The minister has urged councils to limit increases but they have warned", they may
    be the councils."""
    for clause in linker.clauses:
        for other in (clause.subject, clause.object if objects else None):
            if other is None or not start < other.start <= other.head_start < end or any(
                    a <= other.head_start < b for a, b in quoted):
                continue
            head = linker.text[other.head_start : other.head_end]
            if (head.islower() and head not in THIRD_PERSON_PRONOUNS and head not in _RELATIVES and looks_plural(head)
                    and linker.named_or_described(other) is None):
                return True
    return False


def _object_of(proposition: Proposition | None, argument: Argument) -> bool:
    """Whether ``argument`` is ``proposition``'s object ("... have opposed it")."""
    return proposition is not None and proposition.object is not None and proposition.object.start == argument.start


def _rival_object(linker: Linker, proposition: Proposition, subject: int, wanted: set[EntityType], plural: bool,
                  as_object: bool = False) -> bool:
    """Whether the clause's object, or another of its arguments that names an entity of
    the subject's own type ("Israel's army struck targets in Syria. It ..."), names
    another entity the pronoun could mean ("the airport in Almaty ... it": no rival)."""
    kind = linker.clusters[subject].type
    for extra in proposition.extras:  # "in Syria": its head is the preposition, so look inside
        if any(extra.start <= mention.start and mention.end <= extra.end and cluster != subject
               and linker.clusters[cluster].type is kind and not mention.modifier for mention, cluster in linker.names):
            return True
    argument = proposition.object
    if argument is None:
        return False
    head = linker.text[argument.head_start : argument.head_end]
    if head.lower() in THIRD_PERSON_PRONOUNS or looks_plural(head) != plural:
        return False
    rival = linker.named_or_described(argument)
    if rival is None:
        for description in linker.descriptions:
            if description.start <= argument.head_start and argument.head_end <= description.end:
                rival = linker.local_node(description)
    if rival is None and (plural or as_object) and head.islower():
        # "Police detained three executives ... they": the executives as well as the police;
        # "Poland has rejected the proposal and Germany's parties have opposed it": the proposal
        return True
    return rival is not None and rival != subject and linker.clusters[rival].type in wanted


def gender_of(cluster: Cluster) -> str | None:
    """ "m" or "f" when a title says so ("Mr", "Mrs"), else when the given name of every
    full name the person has does ("UKIP's chairman Margaret Holdsworth": "f", so the
    "He said" after her is someone else); ``None`` for a name both carry ("Chris").
    """
    titled = titles_gender(title for mention in cluster.mentions for title in mention.titles)
    if titled is not None:
        return titled
    given = {given_gender(mention.text) for mention in cluster.mentions if mention.kind == "name"} - {None}
    return given.pop() if len(given) == 1 else None


def given_gender(name: str) -> str | None:
    """The gender ``given_names.tsv`` gives the first word of a name of two or three words.

    >>> given_gender("Margaret Holdsworth"), given_gender("Gordon Brown"), given_gender("Chris Hawkins")
    ('f', 'm', None)
    >>> given_gender("Tama Umaga")  # a rare name in the census list: no evidence
    >>> given_gender("Holdsworth"), given_gender("Virginia Water Borough Council")
    (None, None)
    """
    found = name.split()
    if not 2 <= len(found) <= 3:
        return None
    gender = GIVEN_NAME_GENDERS.get(fold(found[0]))
    return gender if gender in ("m", "f") else None


def sentence_of(linker: Linker, offset: int) -> int:
    """The index of the sentence holding ``offset``."""
    return sentence_at(linker.sentence_starts, offset)


def looks_plural(head: str) -> bool:
    """A plural head noun: "troops", "protesters" (not "Kazakhstan", "bloc", "class")."""
    lowered = head.lower()
    return (lowered.endswith("s") and not lowered.endswith(("ss", "us", "is"))) or lowered in PLURAL_NOUNS
