"""Events of one document: each argument linked to its entity, dates resolved, the
headline's event found.

``link_events`` resolves every argument of every ``EventMention`` with the
document's ``Linker`` (names, descriptions, pronouns), so that "the bloc" in "The
bloc sent more than 2,000 troops" is the CSTO. An argument that resolves to no
entity stays a literal with its head noun ("more than 2,000 troops"), never
dropped; only a pronoun that resolves to nothing is left out, since "it" alone
tells a reader nothing (an agent "they" no one stands for leaves out the event, but
a noun's unlinked owner, "their defeat to France", leaves the result as it is). An event without an agent, patient, theme, recipient or
opponent left says nothing a reader can use, and is not kept; nor is one of no
news class (``EVENT_CLASSES`` "other") whose core arguments are all literals
("the majority of visitors want ...": weak, nothing to look up).

``event_records`` gives the ``Event`` records once entity keys are known;
``headline_event`` finds the body event the headline restates.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from kg.lexicon import PLURAL_PRONOUNS, ROLE_HEADS
from kg.lexicon.events import NON_EVENTS
from kg.records import (
    Argument,
    Event,
    EventMention,
    Evidence,
    Extraction,
    Participant,
    Proposition,
    SpeechReading,
)
from kg.resolve.achievers import described
from kg.resolve.apposed import apposed_name
from kg.resolve.coref import AGENT_NOUNS, THIRD_PERSON_PRONOUNS, Linker
from kg.resolve.counted import literal_agents
from kg.resolve.countedsubjects import own_subjects
from kg.resolve.countries import demonym_cluster
from kg.resolve.dates import offset_day, resolve_date, resolve_period
from kg.resolve.epithets import bare_age, described_age, narrowing_fits, of_age
from kg.resolve.leadnamed import lead_named_theme
from kg.resolve.measureits import placed_measure
from kg.resolve.namedaspects import named_aspect
from kg.resolve.namedowners import told_subject
from kg.resolve.namedverbs import name_openers, opens_name
from kg.resolve.namemodifiers import named_kind
from kg.resolve.oneof import one_of
from kg.resolve.ownerevents import owner_only
from kg.resolve.ownsides import possessed_side
from kg.resolve.pairedspeakers import paired_entities, paired_speakers
from kg.resolve.pronouns import CLAUSE_KINDS, looks_plural, reporters_own
from kg.resolve.scheduled import scheduled
from kg.resolve.topic import previous_subject
from kg.resolve.written import written_name
from kg.types import EntityType, Factuality

CORE_ROLES = frozenset({"agent", "patient", "theme", "recipient", "opponent"})
# Words that stand for something said elsewhere: alone they are no participant.
EMPTY_WORDS = THIRD_PERSON_PRONOUNS | {"which", "who", "whom", "that", "this", "these", "those", "what", "we", "us",
                                       "i", "me", "you", "one", "itself", "themselves", "himself", "herself"}
_FRONTED_GAP = re.compile(r"[\s,]*")
# A plural of an acronym of a common noun ("DJs", "MPs", "CEOs"): capitalised, and no name.
_ACRONYM_PLURAL = re.compile(r"[A-Z]{2,}s")
# What may come before a time expression that opens a sentence: "On Tuesday", "Last week,".
_OPENING = re.compile(r"\s*(?:on|in|at|by|during|early|late|later|earlier|last|this)?\s*", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class LinkedEvent:
    """An event mention with each argument's cluster (``None``: a literal)."""

    mention: EventMention
    arguments: tuple[tuple[int, int | None], ...]
    """(index into ``mention.arguments``, cluster) for each argument kept."""
    source: int | None


def link_events(extraction: Extraction, linker: Linker, earlier: Sequence[tuple[Proposition, int]]) -> list[LinkedEvent]:
    """Each event whose arguments leave it a core participant, arguments linked."""
    text = extraction.document.text
    by_trigger = {proposition.trigger: proposition for proposition in extraction.propositions if proposition.trigger}
    linked, openers = [], name_openers(linker.names)  # the names by first word (kg.resolve.namedverbs)
    plurals: list[tuple[int, int | None, bool]] = []  # (offset, cluster, an agent?) of plural participants so far, for "they"
    subjects, counted_heads = {clause.subject.head_start for clause in extraction.propositions if clause.kind in CLAUSE_KINDS}, own_subjects(extraction.propositions)
    for mention in extraction.events:
        if quoted_act(mention, extraction.speech) or linker.in_name(mention.trigger_start) or opens_name(openers, text, mention.trigger_start):
            continue  # the quote says it; a verb in a name ("Committee to Protect Bloggers", "Ask Jeeves has bought") is none
        owner = by_trigger.get((mention.trigger_start, mention.trigger_end))
        kept: list[tuple[int, int | None]] = []
        agents: set[int] = set()
        unknown_agent = False  # "they" as agent, with no one to be "they"
        acted = any(argument.role == "agent" for argument in mention.arguments)  # "Pernod bought shares in Allied Domecq": shares acted on are traded, their owner no party (not "Shares rose")
        for index, argument in enumerate(mention.arguments):
            span = argument.argument
            head = text[span.head_start : span.head_end].lower()
            if head in ("they", "them") and (paired := paired_entities(linker, span)):  # "X and Y said they": both (.pairedspeakers)
                kept += [(index, cluster) for cluster in paired]
                continue
            if argument.role != "agent" and head in AGENT_NOUNS:
                # "clashes with the country's security forces": the forces, not the country ("troops of X" acting is X)
                bare = Argument(text[span.head_start : span.head_end], span.head_start, span.head_end,
                                span.head_start, span.head_end)
                cluster = linker.resolve(bare, owner, earlier)
            elif (cluster := possessed_side(linker, span, owner, earlier)) is None:  # "his side": his team
                cluster = linker.resolve(span, owner, earlier)
                if (cluster is not None and not _stands_for(linker, cluster, span, text[span.head_start : span.head_end])) or placed_measure(linker, mention, argument.role, head, cluster):  # "does not want it lifted": no country (.measureits)
                    cluster = None
            if cluster is None and not _opening_participle(mention, text):
                cluster = written_name(linker.names, span, apposed_name(linker.names, subjects, span, text))
            cluster = cluster if cluster is not None else described(linker, span, (mention.trigger_start, mention.trigger_end))  # "the film took $22.7m", "The pop star cancelled"
            if cluster is None and described_age(span.text) is not None:
                cluster = _aged(linker, span, text)
                if cluster is None and argument.role == "agent" and bare_age(span.text):
                    continue  # as before: an age no one fits is no agent, the event keeps what else it has
            if cluster is None and argument.owner is not None and not acted:
                cluster = _owner(linker, argument.owner, owner, earlier)
            if cluster is None and argument.role == "owner":  # "The French economy grew": France, when the article names it
                cluster = demonym_cluster(linker.clusters, text[span.start : span.end])
            if cluster is None and argument.role == "owner":
                continue  # "turnover at the retailer" with no retailer named: whose, unknown
            if cluster is None and head in PLURAL_PRONOUNS and not paired_speakers(linker, span):  # "X and Y said they" (.pairedspeakers)
                nearest = _plural_antecedent(plurals, span.start, mention.sentence, agents)
                cluster = reporters_own(linker, span, nearest)  # not a named body for unnamed reporters' "they"
            if cluster is None and head in EMPTY_WORDS and not one_of(span, text):  # kg.resolve.oneof
                unknown_agent = unknown_agent or (argument.role == "agent" and head in THIRD_PERSON_PRONOUNS and mention.kind != "noun")
                continue
            if cluster is not None and argument.role == "agent":
                agents.add(cluster)
            elif cluster in agents and head in THIRD_PERSON_PRONOUNS:
                continue  # "Protesters stormed buildings and set them ablaze": "them" is never the protesters
            if argument.role not in ("time", "quantity") and looks_plural(head) and head not in THIRD_PERSON_PRONOUNS \
                    and not _one_person(linker, cluster, text[span.start : span.end + 5]) and not _one_name(span, text):
                # None: a plural no entity stands for ("shoppers"); any role ("united against the plans ... they had to
                # pay": not the unions for sure). No plural by its last letter ("Wales"): a team is kg.resolve.collectives'.
                plurals.append((span.start, cluster, argument.role == "agent"))
            kept.append((index, cluster if argument.role != "attribute" else written_name(linker.names, span)))  # "named Longhorn"
        core = [cluster for index, cluster in kept if mention.arguments[index].role in CORE_ROLES]
        counted, named_lead = told_subject(mention, kept, text, counted_heads, linker), lead_named_theme(mention, kept, text, linker)  # "1,100 flights were cancelled" (.namedowners), "Gamers have bought" (.leadnamed)
        if not core or (mention.event_class == "other" and all(c is None for c in core) and not literal_agents(mention, kept, text) and counted is None and not named_aspect(mention, kept, linker) and not named_lead):
            continue  # "the majority of visitors want ...": no one a reader can look up, no news class ("The trial of X has started" stays: kg.resolve.namedaspects)
        if owner_only(mention, kept):
            continue  # "Campbell used (his)", "Spain's victory": who, but not what (kg.resolve.ownerevents)
        if mention.kind == "noun" and mention.event_class != "change" and all(cluster is None for _, cluster in kept):
            continue  # "demand for Opec's crude", "sales of industrial supplies": a thing, not a happening
        if _reflexive(mention, kept):
            continue  # "Alitalia ... help(Alitalia, Alitalia)": one entity on both sides is a misreading
        if unknown_agent or (not literal_agents(mention, kept, text) and not named_lead and any(mention.arguments[index].role == "agent" and cluster is None
                                and index != counted and not _named_members(mention, index, kept) for index, cluster in kept)):
            continue  # who acted is no entity: unresolved ("The British singer played") or misread ("Solutions reduce")
        if received(mention) and any(cluster is None and mention.arguments[index].role == "theme" and _head(
                mention.arguments[index].argument, text) in ROLE_HEADS for index, cluster in kept):
            continue  # "An ex-chief financial officer received a jail sentence": a person no entity stands for
        source = linker.resolve(mention.source, owner, earlier) if mention.source is not None else None
        if source is not None and not _stands_for(linker, source, mention.source, text[mention.source.head_start : mention.source.head_end]):
            source = None
        linked.append(LinkedEvent(mention, tuple(kept), source))
    return linked


def _opening_participle(mention: EventMention, text: str) -> bool:
    """Whether the event is a participle clause that opens its sentence, whose object
    ends at the comma before the sentence's subject: "Welcoming the ruling, Maeve
    Sherlock said ..." (the ruling is no Maeve Sherlock)."""
    before = text[mention.sentence[0] : mention.trigger_start].strip(" \n\"'")
    return not before and text[mention.trigger_start : mention.trigger_end].lower().endswith("ing")


def _aged(linker: Linker, span: Argument, text: str) -> int | None:
    """The person an age description stands for: the one the article gives that age
    ("Arjen Robben, 21, ... The 21-year-old missed three months"), else the one person
    named in its sentence or the one before, as for a description by occupation
    ("Robben broke a bone in his foot. The 21-year-old missed three months"); none when
    two are, or one is named earlier in its own sentence ("Smith beat the 21-year-old"); never one
    given a post other than the role it ends in (``narrowing_fits``: "The 21-year-old Blues prop")."""
    aged = of_age(text, linker.clusters, span.text)
    if aged is None and not linker._person_named_in_sentence_before(span.start):
        near = linker._one_person_near(span.start)
        aged = near if near is not None else previous_subject(linker, span)  # "Jonah Lomu says ... The 29-year-old"
    return aged if aged is None or narrowing_fits(span.text, span.start, aged, linker.holders) else None


def _head(span: Argument, text: str) -> str:
    return text[span.head_start : span.head_end].lower()


def received(mention: EventMention) -> bool:
    """Whether the event is one its subject received, other than a change of a value
    (``kg.extract.received``: "received a jail sentence", "scooped seven nominations";
    not "the box office received a 3.8% boost", whose theme may be a thing no entity is).

    >>> def event(lemma, event_class): return EventMention(lemma, lemma, event_class, (), (0, 1), 0, 1, 1.0)
    >>> received(event("receive sentence", "legal")), received(event("receive boost", "change"))
    (True, False)
    >>> received(event("make bid", "transaction"))
    False
    """
    verb, _, noun = mention.lemma.partition(" ")
    return bool(noun) and NON_EVENTS.get(verb) == "receive" and mention.event_class != "change"


def _owner(linker: Linker, span: Argument, proposition: Proposition, earlier: Sequence[tuple[Proposition, int]]) -> int | None:
    """The entity whose shares an argument is ("Shares in Allied Domecq rose", "its
    shares rose": ``EventArgument.owner``), resolved as any argument is; ``None``
    when it resolves to none or only to a name that modifies it."""
    cluster = linker.resolve(span, proposition, earlier)
    if cluster is None or not _stands_for(linker, cluster, span, linker.text[span.head_start : span.head_end]):
        return None
    # Only a firm, a club or a group of them has shares: "the firm's shares" read as a
    # stadium or a city is a misresolved description, better left a literal.
    return cluster if linker.clusters[cluster].type in _SHARE_OWNERS else None


def _reflexive(mention: EventMention, kept: list[tuple[int, int | None]]) -> bool:
    """Whether one entity is both who acts and what is acted on or played against (a reflexive
    is written "itself" / "themselves", which are no participant; no side plays itself:
    "Manchester United will face the London club" read as United against United), or where
    the act comes from or goes to ("the group rejected a takeover offer from Deutsche Boerse"
    with "the group" read as Deutsche Boerse; "Speaking to Le Matin, the 24-year-old Swiss":
    no one speaks to themselves).

    >>> from kg.records import EventArgument
    >>> def arg(role): return EventArgument(role, Argument("Alitalia", 0, 8, 0, 8))
    >>> helped = EventMention(trigger="help", lemma="help", event_class="other", sentence=(0, 40),
    ...                       arguments=(arg("agent"), arg("theme")), trigger_start=20, trigger_end=24, confidence=0.5)
    >>> _reflexive(helped, [(0, 3), (1, 3)]), _reflexive(helped, [(0, 3), (1, 4)])
    (True, False)
    """
    agents = {cluster for index, cluster in kept if cluster is not None and mention.arguments[index].role == "agent"}
    return any(cluster in agents for index, cluster in kept
               if mention.arguments[index].role in ("theme", "patient", "recipient", "opponent", "source", "destination"))


def quoted_act(mention: EventMention, speech: Sequence[SpeechReading]) -> bool:
    """Whether the event is the speech act of a quote: "Ms Jowell complained of the
    'scale of misrepresentation'" is one fact, the quote (speaker, cue, content), not
    a quote and a "complain" event besides. Same verb, same sentence.

    >>> said = SpeechReading(speaker=None, cue="complain", content=(30, 50), direct=True, sentence=(0, 60),
    ...                      confidence=0.9)
    >>> act = EventMention(trigger="complained", lemma="complain", event_class="statement", arguments=(),
    ...                    sentence=(0, 60), trigger_start=12, trigger_end=22, confidence=0.9)
    >>> quoted_act(act, [said]), quoted_act(act, [])
    (True, False)
    """
    return any(
        reading.cue == mention.lemma and reading.sentence[0] <= mention.trigger_start < reading.sentence[1]
        for reading in speech
    )


def _named_members(mention: EventMention, group: int, kept: list[tuple[int, int | None]]) -> bool:
    """Whether an argument is a group the text names members of that are entities
    ("Carmakers such as Ford and General Motors cut prices": Ford, General Motors):
    the members act, so the group no entity stands for leaves the event whole.

    >>> from kg.records import EventArgument
    >>> group = Argument("Carmakers", 0, 9, 0, 9)
    >>> cut = EventMention(trigger="cut", lemma="cut", event_class="change", sentence=(0, 40), arguments=(
    ...     EventArgument("agent", group), EventArgument("agent", Argument("Ford", 18, 22, 18, 22), group=group)),
    ...     trigger_start=23, trigger_end=26, confidence=0.5)
    >>> _named_members(cut, 0, [(0, None), (1, 3)]), _named_members(cut, 0, [(0, None), (1, None)])
    (True, False)
    """
    span = mention.arguments[group].argument
    return any(cluster is not None and mention.arguments[index].group == span for index, cluster in kept)


def _stands_for(linker: Linker, cluster: int, span: Argument, head: str) -> bool:
    """Whether the argument is the entity itself, not a thing it modifies: "the
    SNP's Holyrood leader" is a leader, not Holyrood (a name that only modifies the
    head). A pronoun, a name or description around the head, or people acting for
    the entity ("troops of the alliance") stand for it."""
    if head.lower() in THIRD_PERSON_PRONOUNS or head.lower() in AGENT_NOUNS or (
            not head[:1].islower() and not _ACRONYM_PLURAL.fullmatch(head)):
        return True  # "Two New York DJs", "Labour MPs": the DJs, the MPs, whatever the capitals
    if linker.is_role_holder(span, cluster) or named_kind(linker, span) == cluster:
        return True  # "the chancellor": the person given that role; "Delta's Comair subsidiary": Comair
    covers = [*linker.clusters[cluster].mentions, *linker.descriptions]
    return any(m.start <= span.head_start and span.head_end <= m.end for m in covers)


_SHARE_OWNERS = frozenset({EntityType.ORGANIZATION, EntityType.SPORTS_TEAM, EntityType.GROUP})
_REACH = 400  # characters back (about two sentences) that "they" may reach for an event's participant


def _one_person(linker: Linker, cluster: int | None, text: str) -> bool:
    """Whether the participant is one person: a name ending in "s" ("Dick Evans") is
    no plural that a later "they" could mean; one coordinated with another ("Mr Sears
    and Ms Druyun", ``text`` running on past the name) is.

    >>> _one_person(None, None, "shoppers")
    False
    """
    return cluster is not None and linker.clusters[cluster].type is EntityType.PERSON and " and " not in text


def _one_name(span: Argument, text: str) -> bool:
    """Whether an argument is one name, whatever its last letter: "Wales", not "Mr Sears"
    of "Mr Sears and Ms Druyun" (two people, a plural, the conjuncts split apart).

    >>> _one_name(Argument("Wales", 0, 5, 0, 5), "Wales."), _one_name(Argument("A", 0, 1, 0, 1), "A and B")
    (True, False)
    """
    return text[span.head_start : span.head_start + 1].isupper() and " and " not in text[span.start : span.end + 5]


def _plural_antecedent(plurals: list[tuple[int, int | None, bool]], before: int, sentence: tuple[int, int],
                       exclude: set[int]) -> int | None:
    """ "The bloc sent more than 2,000 troops ... they would start pulling out": "they"
    is the nearest plural participant of an earlier event, nearby, when the names and
    descriptions alone leave it open; none when the nearest is no entity ("the tags
    could monitor shoppers once they had left": the shoppers), nor when it is no agent
    and a plural agent of the pronoun's own sentence comes before it ("The campaigners
    unveiled a poster featuring soldiers before they announced": either may be "they").

    >>> _plural_antecedent([(10, 4, True), (50, None, True)], 80, (0, 90), set()) is None
    True
    >>> _plural_antecedent([(10, 4, True)], 80, (0, 90), set()), _plural_antecedent([(10, None, True), (30, 4, False)], 80, (0, 90), set())
    (4, None)
    """
    since = sentence[0] - _REACH
    for found, (offset, cluster, agent) in reversed(list(enumerate(plurals))):
        if offset < since:
            break
        if offset < before and cluster not in exclude:
            if not agent and offset >= sentence[0] and any(
                    sentence[0] <= other < offset and other_agent and other_cluster != cluster
                    for other, other_cluster, other_agent in plurals[:found]):
                return None
            return cluster
    return None


def event_records(linked: list[LinkedEvent], keys: dict[int, str], extraction: Extraction) -> tuple[Event, ...]:
    """The ``Event`` records of the linked events, in text order."""
    document = extraction.document
    text = document.text
    events = []
    for item in linked:
        mention = item.mention
        participants = []
        seen: set[tuple[str, str]] = set()
        for index, cluster in item.arguments:
            argument = mention.arguments[index]
            span = argument.argument
            # one entity (or the same words) once per role: a list's members are read both from the
            # list and one by one ("Matt Lucas and David Walliams won"), two conjuncts of one name
            # ("Angels and Demons was written") are one participant
            who = (argument.role, keys.get(cluster, "") if cluster is not None else span.text.lower())
            if who in seen:
                continue
            seen.add(who)
            participants.append(
                Participant(
                    role=argument.role,
                    text=span.text,
                    entity=keys.get(cluster) if cluster is not None else None,
                    head=text[span.head_start : span.head_end] if cluster is None else None,
                    quantity=argument.quantity,
                    start=span.start,
                    end=span.end,
                )
            )
        start, end = mention.sentence
        period = event_period(mention, extraction)
        planned = scheduled(mention, text)  # "has its board meeting on Friday"
        events.append(
            Event(
                document=document.id,
                trigger=mention.trigger,
                lemma=mention.lemma,
                event_class=mention.event_class,
                participants=tuple(participants),
                factuality=Factuality.PLANNED if planned else mention.factuality,
                evidence=Evidence(document.id, text[start:end].strip(), start, end),
                trigger_start=mention.trigger_start,
                trigger_end=mention.trigger_end,
                confidence=mention.confidence,
                date=period[0] if period else None,
                date_end=period[1] if period and period[1] != period[0] else None,
                source=keys.get(item.source) if item.source is not None else None,
                cue="present" if planned else mention.cue,
            )
        )
    events.sort(key=lambda event: (event.trigger_start, event.trigger_end))
    return tuple(events)


def event_period(mention: EventMention, extraction: Extraction) -> tuple[str, str] | None:
    """The day or period an event is dated to: a time argument of its own; else a
    time fronted right before its first argument ("On Tuesday Mr Tokayev declared");
    else the one time its sentence names; else, for the present tense, the article's date."""
    spans = [(argument.argument.start, argument.argument.end, argument.role) for argument in mention.arguments]
    found = clause_period(spans, mention.sentence, extraction, ahead=mention.factuality is Factuality.PLANNED)
    anchor = extraction.document.date
    if found is None and mention.present and anchor:
        return anchor, anchor  # "are preparing to pull out": on the day of the article
    return found


def clause_period(spans: list[tuple[int, int, str]], sentence: tuple[int, int],
                  extraction: Extraction, *, ahead: bool = False) -> tuple[str, str] | None:
    """The period of a clause from its argument spans ``(start, end, role)``: a time
    expression inside a "time" argument ("a week after" counts back from the
    sentence's other time, else from the article's date); else one fronted before
    its first argument or opening the sentence ("On Tuesday Mr Tokayev declared
    their mission complete": the declaring and the completing); else one inside
    the arguments' stretch; else the sentence's only one."""
    text, anchor = extraction.document.text, extraction.document.date
    times = extraction.times
    in_sentence = [(s, e) for s, e in times if sentence[0] <= s and e <= sentence[1]]
    for start, end, role in spans:
        if role != "time":
            continue
        for low, high in times:
            if start <= low and high <= end:
                day = offset_day(text[start:end], _base(in_sentence, (low, high), text, anchor))
                return (day, day) if day else resolve_period(text[low:high], anchor, ahead=ahead)
    if not spans:
        return None
    first = min(start for start, _, _ in spans)
    for low, high in in_sentence:
        opening = _OPENING.fullmatch(text[sentence[0] : low]) and high <= first
        if opening or (high <= first and _FRONTED_GAP.fullmatch(text[high:first])):
            return resolve_period(text[low:high], anchor, ahead=ahead)
    last = max(end for _, end, _ in spans)
    inside = [(s, e) for s, e in times if first <= s and e <= last]
    candidates = inside or (in_sentence if len(in_sentence) == 1 else [])
    periods = {resolve_period(text[s:e], anchor, ahead=ahead) for s, e in candidates} - {None}
    return periods.pop() if len(periods) == 1 else None


def _base(in_sentence: list[tuple[int, int]], own: tuple[int, int], text: str, anchor: str | None) -> str | None:
    """The day an offset ("a week after") counts from: the sentence's one other day, else the article's."""
    others = {resolve_date(text[s:e], anchor) for s, e in in_sentence if (s, e) != own} - {None}
    return others.pop() if len(others) == 1 else anchor


def headline_event(headline: Sequence[EventMention], title: str | None, events: Sequence[Event],
                   labels: dict[str, list[str]]) -> str | None:
    """The id of the body event the headline restates: the first (in the article)
    with the headline event's lemma or class whose participants share a word with
    the headline's ("Troops prepare to pull out of Kazakhstan" -> the withdrawal); for a
    headline's plan ("BA to suspend two Saudi services", kg.extract.headlineplans) one still to
    come first ("BA will now suspend the Saudi flights", not "It suspended flights in 2003").

    ``labels``: each entity key's names, to compare entity participants by name.
    """
    if not title:
        return None
    for mention in headline:
        words = set()
        for argument in mention.arguments:
            words |= content_words(argument.argument.text)
        lemma_words = set(mention.lemma.split())
        best = None
        for event in events:
            same = lemma_words & set(event.lemma.split()) or (
                mention.event_class != "other" and mention.event_class == event.event_class)
            if not same:
                continue
            names = set()
            for participant in event.participants:
                names |= content_words(participant.text)
                for label in labels.get(participant.entity or "", []):
                    names |= content_words(label)
            if words & names:  # a headline's plan restates a body event still to come ("BA to suspend": not a past one)
                agrees = (mention.factuality, mention.cue) != (Factuality.PLANNED, "be to") or event.factuality in _AHEAD
                score = (len(lemma_words & set(event.lemma.split())) > 0, agrees, len(words & names), -event.trigger_start)
                if best is None or score > best[0]:
                    best = (score, event.id)
        if best is not None:
            return best[1]
    return None


def content_words(text: str) -> set[str]:
    return {word for word in re.findall(r"[a-z0-9]+", text.lower()) if len(word) > 2 and word not in _STOP}


_AHEAD = frozenset({Factuality.PLANNED, Factuality.POSSIBLE})  # a body event still to come
_STOP = frozenset({"the", "and", "for", "with", "from", "its", "their", "his", "her", "this", "that", "more", "than"})


def participant_clusters(linked: list[LinkedEvent]) -> set[int]:
    """Every cluster an event names (they must become entities)."""
    found = set()
    for item in linked:
        found |= {cluster for _, cluster in item.arguments if cluster is not None}
        if item.source is not None:
            found.add(item.source)
    return found
