"""Positions, memberships and quotes of one document, their people and organisations
resolved to entities.

``kg.extract`` reads roles (`RoleReading`) and speech (`SpeechReading`) with
their arguments as text; here each argument becomes an entity key through the
document's `Linker` (names, descriptions, pronouns), and each reading a record:

- a role of a person gives a `Position` (person, role as written and normalised,
  organisation, status, start or end, factuality);
- a membership with no role ("Labour's Paul Flynn") gives a plain `Relation` ``member
  of`` / ``play for``, but none beside a position that holds it ("Labour MP", "Tory
  leader Michael Howard": readers judge it a repetition); a composition ("an alliance
  of six ex-Soviet states") gives ``consist of``, its members a node of the document;
- speech gives a `Quote` (speaker, cue, content, direct, date).

What it is a role of comes from the text only: a demonym names its country when the article
names the country too ("Turkish Foreign Minister", with Turkey named); otherwise, and for a
name that resolves to nothing, the words stay in the role as written ("Bath coach").
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Sequence
from dataclasses import dataclass, field, replace

from kg.extract.quotes import quotations
from kg.extract.refusals import unspoken
from kg.folding import fold
from kg.lexicon import EPITHET_NOUNS, ROLE_HEADS, demonym_country
from kg.records import (
    Argument,
    Evidence,
    Extraction,
    Mention,
    Position,
    Proposition,
    Quote,
    Relation,
    RoleReading,
    SpeechReading,
)
from kg.resolve.aged import age_written, aged_speaker
from kg.resolve.apposed import apposed_holder
from kg.resolve.borrowed import POSSESSIVE_PRONOUNS, described_owners
from kg.resolve.companyoffices import company_offices
from kg.resolve.coref import OFFICE_TYPES, THIRD_PERSON_PRONOUNS, Cluster, Linker
from kg.resolve.dates import resolve_period
from kg.resolve.described import described_before
from kg.resolve.descriptors import agrees, described_person
from kg.resolve.epithets import ACHIEVEMENTS, achievement_head, described_age, named_with, occupation_holder
from kg.resolve.forms import without_org_suffix
from kg.resolve.kindowners import kind_owners
from kg.resolve.lastbody import spoken_body
from kg.resolve.mainperson import main_person
from kg.resolve.misnamed import ruled_out
from kg.resolve.ownspeakers import spoken_spans
from kg.resolve.playerposts import other_side
from kg.resolve.possessors import possessor
from kg.resolve.pronouns import looks_plural
from kg.resolve.repeated import once, repeated_positions
from kg.resolve.roleholders import Held, role_holder
from kg.resolve.selfnamed import named_in_quotes
from kg.resolve.shortowner import short_owner
from kg.resolve.speakers import (
    SPEAKING_BODIES,
    Context,
    named_as,
    nearest_subject,
    not_a_person,
    not_the_place,
    same_description,
    sole_subject,
    taken_up_by_it,
)
from kg.resolve.titledholders import titled_holder
from kg.resolve.writings import writing_subject
from kg.types import EntityType

MEMBERSHIP_TEXT = {"member of": "is a member of", "play for": "plays for", "consist of": "consists of", "be from": "comes from"}
# What a person may be a member of, and a team player play for.
MEMBER_GROUPS = frozenset({EntityType.ORGANIZATION, EntityType.SPORTS_TEAM, EntityType.GROUP})
TEAM_TYPES = MEMBER_GROUPS | {EntityType.COUNTRY, EntityType.CITY, EntityType.PLACE}
# What a role may be a role of: anything named but a date, a product or a law.
ROLE_OWNERS = TEAM_TYPES | {EntityType.PERSON, EntityType.FACILITY, EntityType.EVENT, EntityType.WORK}
PERSONS = frozenset({EntityType.PERSON})
# Cues of a position's start and end.
STARTS = frozenset({"appoint", "name", "elect", "reelect", "re-elect", "hire", "promote", "choose", "select", "nominate",
                    "install", "make", "recruit", "confirm", "become", "take", "succeed", "replace", "join", "sign"})
ENDS = frozenset({"resign", "quit", "retire", "leave", "sack", "fire", "dismiss", "oust", "axe", "depose", "remove",
                  "step", "stand", "defect", "desert", "withdraw"})


@dataclass
class Statements:
    """What `resolve_statements` gives one document."""

    positions: list[Position] = field(default_factory=list)
    quotes: list[Quote] = field(default_factory=list)
    relations: list[Relation] = field(default_factory=list)


@dataclass
class Found:
    """Readings resolved to clusters, before the clusters have their keys."""

    roles: list[tuple[str, int, int, RoleReading]] = field(default_factory=list)
    """(``"position"`` or ``"relation"``, person or subject cluster, organisation or object cluster (-1: none), reading)."""
    quotes: list[tuple[int | None, int | None, SpeechReading]] = field(default_factory=list)
    """(speaker cluster, addressee cluster, reading)."""

    @property
    def used(self) -> set[int]:
        """Clusters the records will point to (a document-local node is kept only when used)."""
        return {c for _, a, b, _ in self.roles for c in (a, b) if c >= 0} | {
            c for speaker, addressee, _ in self.quotes for c in (speaker, addressee) if c is not None
        }


def resolve_statements(
    extraction: Extraction, linker: Linker, clusters: list[Cluster], earlier: Sequence[tuple[Proposition, int]]
) -> Found:
    """Resolve the roles and speech of one document to clusters; `finish` makes records of them.

    Args:
        extraction: The document's extraction.
        linker: Its linker (after ``link_descriptions``).
        clusters: Its clusters (the linker's; description nodes may be appended).
        earlier: Propositions with their resolved subject, for pronouns.
    """
    context = Context(extraction, linker, clusters, earlier)
    found = Found()
    for reading in extraction.roles:
        found.roles.extend(_role(context, reading))
    people = frozenset(cluster.index for cluster in clusters if cluster.type is EntityType.PERSON)
    found.roles = repeated_positions(described_owners(found.roles, extraction.document.text, people))
    # "Chief executive X said" in an article about one firm: the firm's
    found.roles = company_offices(found.roles, linker, extraction.document.title)
    found.roles = kind_owners(found.roles, linker, extraction.document.title)  # "Party leader X": the party's
    holders = [Held(reading.person.start, person, organisation, reading)
               for what, person, organisation, reading in found.roles if what == "position"]
    speakers: list[tuple[int, int]] = []  # (offset, cluster) of the speakers resolved so far
    text = extraction.document.text
    # What anyone says, and every closed quotation of three words or more (one left open may run on into
    # the writer's words): a name read there is no one who could be "he" ('"Ferguson should go." ... she said').
    contents = spoken_spans(extraction.speech) + [  # an interposed speaker's own name stays out (kg.resolve.ownspeakers)
        (q.open, q.close) for q in quotations(text) if q.closed and len(text[q.open : q.close].split()) >= 3]
    literal: SpeechReading | None = None  # the last speech whose speaker no entity stands for ("A Home Office spokesman")
    unnamed: list[int] = []  # where each such speaker, one person, speaks
    said: dict[int, list[tuple[int, int]]] = {}  # all that one speaker as written says: one "she" is one person
    for speech in extraction.speech:
        said.setdefault(speech.speaker.start if speech.speaker else -1, []).append(speech.content)
    for speech in sorted(extraction.speech, key=lambda speech: speech.speaker.start if speech.speaker else speech.content[0]):
        if speech.speaker is not None and literal is not None and (
                _same_speaker(context, literal, speech.speaker) or same_description(text, literal.speaker, speech.speaker)):
            speech = replace(speech, speaker=literal.speaker)  # "A Home Office spokesman said ... He added": the spokesman
        elif speech.speaker is not None and (writing := writing_subject(context, speech.speaker, contents)) is not None:
            speech = replace(speech, speaker=writing)  # "Thursday's report was drawn up by ... It said": the report
        speaker = _speaker(context, speech.speaker, speech, holders, contents, speakers, unnamed, said) if speech.speaker is not None else None
        if speech.speaker is not None:
            at = speech.speaker.start
            head = text[speech.speaker.head_start : speech.speaker.head_end].lower()
            inside = any(start <= at < end for start, end in contents)
            if not inside:  # one inside what another says ("Mr Vetham said the majority of people believed") leaves it
                # "A Home Office spokesman said ... He added": the spokesman again, who speaks for the Home Office.
                spokesperson = speaker is not None and spoken_body(linker, speech.speaker, extraction.document.title, contents) == speaker
                literal = speech if (speaker is None or spokesperson) and head not in THIRD_PERSON_PRONOUNS else None
            if literal is speech and not looks_plural(head) and not not_a_person(head):
                unnamed.append(at)
        if speaker is not None and speech.speaker is not None:
            speakers.append((speech.speaker.start, speaker))
        elif speech.speaker is not None and text[speech.speaker.head_start : speech.speaker.head_end].lower() in THIRD_PERSON_PRONOUNS:
            continue  # "he said" with no one to be "he": nothing a reader can use
        if speech.cue == "according to" and (speaker is None or clusters[speaker].local):
            continue  # "according to unofficial figures": a source, not a speaker
        if unspoken(speech.factuality, speech.factuality_cue):
            continue  # "declined to say whether ...": no quote, the refusal an event; its speaker told who "he" is (kg.extract.refusals)
        addressee = _resolve(context, speech.addressee, speech.sentence) if speech.addressee is not None else None
        found.quotes.append((speaker, addressee, speech))
    return found


def _same_speaker(context: Context, said: SpeechReading, pronoun: Argument) -> bool:
    """Whether a pronoun speaker ("He added") is the speaker no entity stands for just
    before it ("A Home Office spokesman said ..."): singular both, the pronoun in the
    same or the next sentence, and no one named in between but in what was said."""
    literal = said.speaker
    if literal is None or (said.cue == "according to" and said.content[0] <= pronoun.start < said.content[1]):
        return False  # "According to an advance text released by officials, he told delegates": whom the source reports on
    text = context.extraction.document.text
    word = text[pronoun.head_start : pronoun.head_end].lower()
    head = text[literal.head_start : literal.head_end]
    if word not in ("he", "she", "it") or looks_plural(head) or (not taken_up_by_it(head) if word == "it" else not_a_person(head)):
        return False  # "the report says ... he said": not the report; "A spokesman said ... it believed": not him
    starts = [start for start, _ in context.extraction.sentences]
    if bisect_right(starts, pronoun.start) - bisect_right(starts, literal.start) > 1:
        return False
    start, end = said.content
    between = [(at, cluster) for at, cluster in context.linker.antecedents(literal.end, pronoun.start)
               if not start <= at < end]
    wanted = PERSONS if word != "it" else SPEAKING_BODIES
    return not any(context.clusters[cluster].type in wanted for _, cluster in between)


def _speaker(
    context: Context,
    argument: Argument,
    speech: SpeechReading,
    holders: list[Held],
    quoted: list[tuple[int, int]],
    speakers: list[tuple[int, int]],
    unnamed: list[int],
    said: dict[int, list[tuple[int, int]]],
) -> int | None:
    """Who speaks: a pronoun is the nearest subject or speaker before it that fits ("said Thompson.
    '...,' he added"), never someone anything it says names (``said``: all of one "she"'s quotes);
    a role ("the striker said") the one person the article gives that role."""
    text = context.extraction.document.text
    head = text[argument.head_start : argument.head_end].lower()
    if head in THIRD_PERSON_PRONOUNS:
        named = named_in_quotes(context, head, argument, said.get(argument.start, [speech.content]))  # kg.resolve.selfnamed
        return nearest_subject(context, head, argument.start, quoted, speakers, named, unnamed=unnamed)
    people = {cluster.index for cluster in context.clusters if cluster.type is EntityType.PERSON}
    apposed = apposed_holder(text, argument, holders, people)
    if apposed is None:  # "Newcastle director of rugby Rob Andrew said": the name the parse hung on the role
        apposed = titled_holder(argument, holders, people)
    if apposed is not None:
        return apposed  # "The Tory finance spokesman, Brian Monteith MSP, said": the person named
    cluster = _resolve(context, argument, speech.sentence)
    if cluster is not None and ruled_out(text, argument, context.clusters[cluster], context.linker.nationalities(cluster)):
        return None  # "according to the Reuters news agency" is no Fiat (kg.resolve.misnamed)
    if cluster is None:
        cluster = described_before(context.linker, argument)  # "the ministry said", its name paragraphs back
    written = text[argument.head_start : argument.head_end]
    if cluster is not None and written.islower() and looks_plural(head) and not context.clusters[cluster].local:
        cluster = None  # "the companies said": more than the one company the description was linked to
    if cluster is not None and context.clusters[cluster].type is not EntityType.PERSON and (
            described_age(argument.text) is not None or achievement_head(argument.text)):
        cluster = None  # "The Oscar winner said": a person, never the awards named before
    if cluster is not None and not_the_place(argument.text, text[argument.start : argument.head_start], context.clusters[cluster].type):
        return None  # "Brown's Britain, by Robert Peston, says": a book, not the country
    if cluster is None and head in ROLE_HEADS:
        # "the Arsenal manager": a manager of Arsenal, not the one of Chelsea named before.
        cluster = role_holder(context, argument, holders)
    if cluster is None and written[:1].isupper():
        cluster = named_as(context, argument.text)
    if cluster is None:
        cluster = _epithet(context, argument, speech, quoted, speakers)
    described = text[argument.start : argument.end]
    if cluster is None and described_person(described, context):
        # "Henry will captain the side ... And the striker said": the one person the sentences before
        # were about; none when two fit (a wrong speaker is worse), never an office ("the minister said").
        named = {cluster for _, cluster in context.linker.antecedents(*speech.content)}
        cluster = occupation_holder(context, argument.start, quoted, speakers, named)
        if cluster is not None and (not agrees(context, described, argument.start, cluster, quoted)
                                    or other_side(described, [held.reading.role_key for held in holders
                                                              if held.person == cluster and held.reading.status == "current"])):
            # "the American": no one given another nationality (kg.resolve.descriptors); "the
            # defender": not "City boss Kevin Keegan" (kg.resolve.playerposts)
            cluster = None
    if cluster is None:  # "The Sydney Olympic gold medallist says": the first sentence's one person it fits
        cluster = main_person(context.linker, argument, OFFICE_TYPES, ACHIEVEMENTS | EPITHET_NOUNS)
    if cluster is None or context.clusters[cluster].local:
        # "a Delta spokesperson": Delta (kg.resolve.spokespeople); "a company spokesman": the lead's (kg.resolve.kindspokes)
        body = spoken_body(context.linker, argument, context.extraction.document.title, quoted)
        cluster = body if body is not None else cluster
    return cluster


def _epithet(
    context: Context, argument: Argument, speech: SpeechReading, quoted: list[tuple[int, int]], speakers: list[tuple[int, int]]
) -> int | None:
    """An age ("the 31-year-old") or achievement ("the two-time champion") speaker: the one
    person of that age, the one named with that achievement, or the one person the sentences
    around are about (``kg.resolve.epithets``)."""
    text = context.extraction.document.text
    quoted_names = {cluster for _, cluster in context.linker.antecedents(*speech.content)}
    aged = age_written(text, argument)
    if described_age(aged.text) is not None:
        return aged_speaker(context, aged, quoted, speakers, quoted_names)  # kg.resolve.aged
    head = achievement_head(argument.text)
    if head is None:
        return None
    named = named_with(text, context.clusters, argument.text, argument.start)
    if named is not None:
        return named
    return sole_subject(context, argument.start, quoted, speakers, quoted_names)


def _role(context: Context, reading: RoleReading) -> list[tuple[str, int, int, RoleReading]]:
    """What one role reading gives: a position, a membership, or both."""
    clusters = context.clusters
    if reading.kind == "description":
        organisation = _organisation(context, reading)
        if organisation is None:
            return []
        return [("description", -1, organisation, reading), *_described_holder(context, reading, organisation)]
    if reading.kind == "composition":
        if reading.organisation is None:
            return []
        group = _resolve(context, reading.organisation, reading.sentence)
        members = _resolve(context, reading.person, reading.sentence)
        if members is None:
            members = context.linker.local_node(_described(reading.person, context))
        if group is None or members is None or group == members:
            return []
        return [("relation", group, members, reading)]
    person = _resolve(context, reading.person, reading.sentence)
    # Only a person holds a role or is a member: "Sony's Blu-ray", "ITV's London
    # Studios", "Transport for London's Safe Travel at Night campaign" name a
    # product, a building, a campaign of the owner.
    if person is None or clusters[person].type is not EntityType.PERSON:
        return []
    organisation = _organisation(context, reading)
    if organisation == person:
        organisation = None
    out: list[tuple[str, int, int, RoleReading]] = []
    if reading.role and reading.role_key != "member":
        out.append(("position", person, -1 if organisation is None else organisation, reading))
    if reading.membership and organisation is not None:
        wanted = TEAM_TYPES if reading.membership == "play for" else MEMBER_GROUPS
        if clusters[organisation].type in wanted and reading.factuality.is_fact and reading.status == "current":
            out.append(("relation", person, organisation, reading))
    return out


def _described_holder(context: Context, reading: RoleReading, organisation: int) -> list[tuple[str, int, int, RoleReading]]:
    """ "Alan Shearer, who plays for Newcastle ... the Newcastle striker said": a definite
    role description of a named organisation that stands for the one person the article
    gave that role or that organisation before (``kg.resolve.holders.holder_of``) holds
    the role, as written, of it; and is its member when the role says so."""
    argument = _with_article(context, reading.person)
    if argument is None:
        return []  # "a Newcastle striker": anyone
    person = _resolve(context, argument, reading.sentence)
    if person is None or context.clusters[person].type is not EntityType.PERSON or person == organisation:
        return []
    out: list[tuple[str, int, int, RoleReading]] = [("position", person, organisation, reading)]
    wanted = TEAM_TYPES if reading.membership == "play for" else MEMBER_GROUPS
    if (reading.membership and context.clusters[organisation].type in wanted and reading.factuality.is_fact
            and reading.status == "current"):  # "the former Newcastle striker": no member now
        out.append(("relation", person, organisation, reading))
    return out


def _organisation(context: Context, reading: RoleReading) -> int | None:
    """The entity a role is of: the organisation as resolved, a country its demonym names,
    or a cluster the name is one of."""
    argument = reading.organisation
    if argument is None:
        return None
    if argument.text.lower() in POSSESSIVE_PRONOUNS:
        return possessor(context, argument, reading.sentence)  # kg.resolve.possessors
    country = demonym_country(argument.text)
    cluster = _resolve(context, argument, reading.sentence)
    if cluster is None and (described := _with_article(context, argument)) is not None:
        # "The party's chairman, Petrina Holdsworth": the party named before, nearby or paragraphs back
        cluster = _resolve(context, described, reading.sentence) or described_before(context.linker, described)
    if cluster is not None and context.clusters[cluster].type in _ARM_PLACES:
        cluster = _firm_before_place(context, argument) or cluster  # "Chief Executive of AOL UK": AOL's
    # "British ambassador": the country the demonym names, not the people ("the British").
    if cluster is not None and not (country is not None and context.clusters[cluster].type is EntityType.GROUP):
        return cluster if context.clusters[cluster].type in ROLE_OWNERS else None
    wanted = _forms(country if country is not None else argument.text)
    matches = {
        cluster.index
        for cluster in context.clusters
        if not cluster.local and any(wanted & _forms(mention.text) for mention in cluster.mentions)
    }
    if not matches and country is None:
        return short_owner(argument.text, context.clusters, context.extraction.context)  # "Bayern goalkeeper", "Magpies chairman"
    return matches.pop() if len(matches) == 1 else None


# Where a firm's national arm works: a country or a region ("AOL UK", "Sony Europe"); a city's
# name after a firm's is more often the rest of its name ("MM Warburg").
_ARM_PLACES = frozenset({EntityType.COUNTRY, EntityType.PLACE})


def _firm_before_place(context: Context, argument: Argument) -> int | None:
    """The organisation named right before the place that heads a role's owner: a firm's
    national arm ("Chief Executive of AOL UK", "head of Sony Europe") is the firm's, not the
    place's (the place is only where the arm works)."""
    named = [(at, cluster) for at, cluster in context.linker.antecedents(argument.start, argument.head_start)
             if context.clusters[cluster].type is EntityType.ORGANIZATION]
    if not named or context.extraction.document.text[context.linker.end_of(named[-1][0]) : argument.head_start] != " ":
        return None
    return named[-1][1]


def _with_article(context: Context, argument: Argument) -> Argument | None:
    """A definite description with its "the" ("The party's chairman": "party" -> "The party";
    "the Newcastle striker"), or ``None`` when no "the" stands right before it."""
    text = context.extraction.document.text
    article = max(0, argument.start - 4)
    if text[article : argument.start].lower() != "the ":
        return None
    return replace(argument, text=text[article : argument.end], start=article)


def _forms(name: str) -> set[str]:
    """A name as a role's owner may be written: folded, without a generic last word, and
    singular ("Tory leader" is the Tories').

    >>> sorted(_forms("Tories")), sorted(_forms("Labour Party"))
    (['tories', 'tory'], ['labour', 'labour party'])
    """
    forms = {fold(name), " ".join(without_org_suffix(name) or ())} - {""}
    for form in list(forms):
        if form.endswith("ies"):
            forms.add(form[:-3] + "y")
        elif form.endswith("s") and not form.endswith("ss"):
            forms.add(form[:-1])
    return forms


def _resolve(context: Context, argument: Argument, sentence: tuple[int, int]) -> int | None:
    proposition = Proposition(subject=argument, relation="", key="", object=None, sentence=sentence, kind="statement",
                              confidence=1.0)
    return context.linker.resolve(argument, proposition, context.earlier)


def _described(argument: Argument, context: Context) -> Mention:
    """A plural description as a mention of its own ("six ex-Soviet states")."""
    starts = [start for start, _ in context.extraction.sentences]
    sentence = max(i for i, start in enumerate(starts) if start <= argument.start) if starts else 0
    return Mention(start=argument.start, end=argument.end, text=argument.text, type=EntityType.GROUP, sentence=sentence,
                   kind="description")


def finish(found: Found, keys: dict[int, str], extraction: Extraction) -> Statements:
    """The records of `resolve_statements`' findings, now that every cluster has its key."""
    document = extraction.document
    statements = Statements()

    def evidence(span: tuple[int, int]) -> Evidence:
        return Evidence(document.id, document.text[span[0] : span[1]].strip(), span[0], span[1])

    for speaker, addressee, speech in found.quotes:
        speaker_key = keys.get(speaker) if speaker is not None else None
        addressee_key = keys.get(addressee) if addressee is not None else None
        statements.quotes.append(_quote(speech, speaker_key, addressee_key, evidence(speech.sentence), extraction))
    held = {(keys[first], keys[second]) for what, first, second, _ in found.roles if what == "position" and second >= 0}  # no membership a position repeats
    for what, first, second, reading in found.roles:
        if what == "position":
            organisation = keys.get(second) if second >= 0 else None
            statements.positions.append(_position(reading, keys[first], organisation, evidence(reading.sentence), extraction))
        elif (keys[first], keys[second]) not in held:
            statements.relations.append(
                Relation(subject=keys[first], key=reading.membership or "member of", object=keys[second],
                         text=MEMBERSHIP_TEXT.get(reading.membership or "", "is a member of"),
                         evidence=evidence(reading.sentence), confidence=round(reading.confidence * 0.95, 4),
                         factuality=reading.factuality)
            )
    statements.positions.sort(key=lambda p: (p.evidence.start, p.person, p.role_key, p.organisation or ""))
    statements.positions = once(statements.positions)  # one statement a position, however often given
    statements.quotes.sort(key=lambda q: (q.content_start, q.content_end, q.cue))
    return statements


def _position(reading: RoleReading, person: str, organisation: str | None, evidence: Evidence, extraction: Extraction) -> Position:
    text = extraction.document.text
    role = reading.role
    argument = reading.organisation
    # A name before the role that resolves to nothing stays in the role as written ("Bath coach").
    if organisation is None and argument is not None and argument.end <= reading.role_span[0] and argument.text[:1].isupper():
        if not text[argument.end : reading.role_span[0]].strip(" -") and argument.text.lower() not in THIRD_PERSON_PRONOUNS:
            role = text[argument.start : reading.role_span[1]]
    start = end = None
    if reading.time is not None and reading.cue is not None:
        period = resolve_period(text[reading.time[0] : reading.time[1]], extraction.document.date)
        if period is not None and reading.cue in STARTS:
            start = period[0]
        elif period is not None and reading.cue in ENDS:
            end = period[0]
    return Position(person=person, role=role, role_key=reading.role_key, organisation=organisation, evidence=evidence,
                    confidence=reading.confidence, status=reading.status, start=start, end=end,
                    factuality=reading.factuality)


def _quote(reading: SpeechReading, speaker: str | None, addressee: str | None, evidence: Evidence, extraction: Extraction) -> Quote:
    text = extraction.document.text
    start, end = reading.content
    sentence_start, sentence_end = reading.sentence
    # The day of the speech: the one time expression of its sentence outside what anyone says.
    said = [speech.content for speech in extraction.speech]
    times = [
        (s, e)
        for s, e in extraction.times
        if sentence_start <= s and e <= sentence_end and not any(a <= s < b for a, b in said)
    ]
    periods = {period for s, e in times if (period := resolve_period(text[s:e], extraction.document.date)) is not None}
    date = periods.pop()[0] if len(periods) == 1 else None
    speaker_text = text[reading.speaker.start : reading.speaker.end] if reading.speaker is not None else ""
    addressee_text = text[reading.addressee.start : reading.addressee.end] if reading.addressee is not None else ""
    return Quote(speaker=speaker, speaker_text=speaker_text, cue=reading.cue, content=text[start:end], direct=reading.direct,
                 evidence=evidence, content_start=start, content_end=end, date=date, addressee=addressee,
                 addressee_text=addressee_text, factuality=reading.factuality, factuality_cue=reading.factuality_cue)

