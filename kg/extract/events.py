"""Events: each verb clause (and each event noun the parse gives arguments) as one
n-ary event with its trigger, class, factuality and every argument in a role.

Built from the clause machinery, not a second parser: the candidates of one
predicate (``kg.extract.clauses``) are grouped, and each argument's role is read
from how it hangs on the verb and what it is:

- subject -> agent: "The bloc sent more than 2,000 troops to Kazakhstan"; of a
  passive -> patient: "they were deployed to the ex-Soviet nation"; of an
  intransitive verb of change or motion -> theme: "fuel prices rose",
  "the demonstrations started" (``event_lemmas.tsv``, column ``subject``).
- direct object -> theme ("stormed government buildings"), a number object of a
  change verb -> quantity ("shares fell 5%"); indirect object -> recipient
  ("gave the club £1m"); light-verb noun -> theme ("requested assistance from").
- "by" of a passive -> agent ("was stormed ... by the protesters").
- prepositional arguments -> a role by preposition, event class and what the
  argument is (``event_roles.tsv``): "to Kazakhstan" -> destination, "to the
  CSTO" -> recipient, "to 5.5%" -> quantity, "on Thursday" -> time, "in Almaty"
  -> place, "against Scotland" -> opponent, "over their alleged involvement" -> reason.
- "Troops of the alliance pulled out": the alliance is the agent (resolution
  reads "troops of X" as X), and for a movement the troops are its theme.
- a purpose chain's first verb is an event of its own: "withdrew from the
  line-up to face Gloucester" -> withdraw (asserted) and face (planned).
- a verbless clause under a verb of saying: "declared their mission complete" ->
  complete(theme=their mission), reported.
- event nouns with arguments: "the takeover of Yukos by Rosneft" (of -> theme,
  by -> agent), "Tokayev's request for assistance" (possessor -> agent, for ->
  theme), "on the request of its president" (of -> agent for a request);
  ``event_lemmas.tsv`` says which nouns are events and what their "of" is.

Not events of the article's own voice: what a speaker says in direct quotation
("We will fight on to the end," he said) is the quote's content.

Quantities ("more than 2,000 troops", "$3bn", "31% of the vote") keep their
role and carry a ``Quantity`` (``kg.extract.quantities``). Not events: the
copula ("X is Y", a state), "have" without an event noun (possession), and
speech verbs with a clause (those are quotes). The class comes from the
trigger lemma by ``event_lemmas.tsv`` (``EVENT_CLASSES``), "other" when unlisted.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

from kg.extract.attribution import SAY_VERBS
from kg.extract.factuality import CONTROL, OBJECTS, SPEECH, Reading, Scope, is_present
from kg.extract.quantities import read_quantity
from kg.extract.spans import argument_head, noun_phrase, prep_phrase, to_argument, trim
from kg.lexicon import DESCRIPTION_NOUNS
from kg.lexicon.events import EVENT_CLASSES, NON_EVENTS, NOUN_TRIGGERS, ROLES, VERB_TRIGGERS, Trigger, preposition_role
from kg.records import EventArgument, EventMention
from kg.types import EntityType, Factuality

if TYPE_CHECKING:
    from kg.extract.candidates import Candidate
    from kg.extract.words import Sentence, Word

__all__ = ["EVENT_CLASSES", "ROLES", "quoted_spans", "sentence_events"]

# Verbs that take the meaning of an event noun object ("held talks", "made a bid",
# "launched an investigation") or of a complement ("set ablaze", "made cheaper").
LIGHT_VERBS = frozenset({"make", "take", "give", "get", "do", "hold", "have", "put", "set", "launch", "stage", "carry"})
TIME_LABELS = frozenset({"DATE", "TIME"})
QUANTITY_LABELS = frozenset({"MONEY", "PERCENT", "QUANTITY", "CARDINAL"})
PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
PARTY_LABELS = frozenset({"PERSON", "ORG", "NORP"})
PARTY_TYPES = frozenset({EntityType.PERSON, EntityType.ORGANIZATION, EntityType.GROUP, EntityType.SPORTS_TEAM})
PLACE_TYPES = frozenset({EntityType.PLACE, EntityType.CITY, EntityType.COUNTRY, EntityType.FACILITY})
PARTY_PRONOUNS = frozenset({"him", "her", "them", "us", "me", "he", "she", "they", "we", "i", "you"})
CORE_ROLES = frozenset({"agent", "patient", "theme", "recipient", "opponent"})
_OTHER = Trigger("other", "agent")
# Prepositions that act as a verb's particle when a phrase follows: "pull out of", "move away from".
PARTICLE_PREPS = frozenset({"out", "away", "off", "back", "up", "down"})


def sentence_events(sent: Sentence, cands: list[Candidate], confidences: dict[int, float], scope: Scope,
                    text: str, quoted: Sequence[tuple[int, int]] = ()) -> list[EventMention]:
    """The events of one sentence, in text order.

    Args:
        sent: The sentence.
        cands: Its candidates (``kg.extract.propositions.candidates``), attributed.
        confidences: Each candidate's confidence, by ``id(candidate)``.
        scope: The sentence's factuality readings.
        text: The document's text.
        quoted: Spans of direct speech (``quoted_spans``): what is said there in the
            speaker's own words belongs to the quote, not to the events the article reports.
    """
    groups: dict[int, list[Candidate]] = {}
    for cand in cands:
        if cand.chain and cand.kind not in ("attribution", "copula"):
            groups.setdefault(cand.predicate.i, []).append(cand)
    events = []
    for group in groups.values():
        events.extend(_clause_events(group, confidences, scope, text))
    for word in sent:
        event = None
        if word.pos_ == "NOUN" and word.dep_ != "compound" and word.lemma_.lower() in NOUN_TRIGGERS:
            event = _noun_event(sent, word, scope, text)
        elif word.pos_ == "ADJ" and word.dep_ in ("ccomp", "oprd") and word.head.pos_ == "VERB":
            event = _small_clause_event(word, scope, text)
        if event is not None:
            events.append(event)
    events = [event for event in events if not any(start <= event.trigger_start < end for start, end in quoted)]
    events.sort(key=lambda event: (event.trigger_start, event.trigger_end))
    return events


_QUOTE = re.compile(r'“([^”\n]*)”|"([^"\n]*)"')


def quoted_spans(text: str, *, words: int = 4) -> list[tuple[int, int]]:
    """Spans of direct speech: text in quotation marks, within a paragraph, of at least
    ``words`` words (shorter ones are scare quotes or titles: “terrorists”, "Ray").

    >>> text = 'He said: "We will fight on to the end," and left. The “terrorists” fled.'
    >>> [text[start:end] for start, end in quoted_spans(text)]
    ['We will fight on to the end,']
    """
    found = []
    for match in _QUOTE.finditer(text):
        group = 1 if match.group(1) is not None else 2
        if len(match.group(group).split()) >= words:
            found.append((match.start(group), match.end(group)))
    return found


def _lemma(verb: Word) -> tuple[str, str, Trigger | None]:
    """The trigger lemma and text ("pull out", "hold talks", "set ablaze") and what
    the table says of it."""
    base = verb.lemma_.lower()
    # A particle, or an adverb-like preposition that opens a phrase ("pull out of").
    extra = [c for c in verb.children if c.dep_ == "prt" or (
        c.dep_ == "prep" and c.lower_ in PARTICLE_PREPS and not any(g.dep_ == "pobj" for g in c.children))]
    if base in LIGHT_VERBS:
        noun = next((c for c in verb.children if c.dep_ == "dobj" and c.pos_ == "NOUN"), None)
        if noun is not None and noun.lemma_.lower() in NOUN_TRIGGERS:
            lemma = noun.lemma_.lower()
            return f"{base} {lemma}", f"{verb.text} {noun.text}", NOUN_TRIGGERS[lemma]
        extra += _light_complement(verb)
    extra.sort(key=lambda word: word.i)
    phrase = " ".join([base, *(c.lower_ for c in extra)])
    shown = " ".join([verb.text, *(c.text for c in extra)])
    return phrase, shown, VERB_TRIGGERS.get(phrase) or VERB_TRIGGERS.get(base)


def _light_complement(verb: Word) -> list[Word]:
    """What a light verb means with: "set [them] ablaze", "made [phones] cheaper",
    "set on fire", "put on hold" (a bare noun after a preposition)."""
    for child in verb.children:
        if child.dep_ in ("oprd", "acomp", "ccomp", "advmod") and child.pos_ in ("ADJ", "ADV") and child.i > verb.i \
                and child.lower_ not in ("also", "then", "now", "still", "already", "again", "back", "up"):
            return [child]
        if child.dep_ == "prep" and child.i > verb.i:
            pobj = next((g for g in child.children if g.dep_ == "pobj"), None)
            if pobj is not None and pobj.pos_ == "NOUN" and not pobj.children:
                return [child, pobj]
    return []


def _skipped(verb: Word, lemma: str) -> bool:
    """Whether the verb heads no event (``non_events.tsv``): a state ("included"), a
    speech act ("told the BBC"; "said that ..." is a quote too), a light verb alone
    ("made progress"), "comes" without a where."""
    base = verb.lemma_.lower()
    why = NON_EVENTS.get(base)
    noun = " " in lemma and lemma.split()[-1] in NOUN_TRIGGERS
    if why == "state" and not noun:
        return True  # "is out of control", "has access": how things are
    if why == "light" and lemma == base:
        return True
    elif why == "speech":
        if not any(c.dep_ == "xcomp" for c in verb.children):
            return True
    elif why == "place" and lemma == base:
        if not any(c.dep_ == "prep" and c.lower_ in ("to", "from", "into") for c in verb.children):
            return True
    speech = base in SAY_VERBS or SPEECH.get(base, Factuality.ASSERTED) is not Factuality.ASSERTED
    if speech and any(c.dep_ in ("ccomp", "parataxis") for c in verb.children):
        return True
    # "it aims to be the hub": the intent is read on what it governs, no event of its own.
    return CONTROL.get(base, Factuality.ASSERTED) is not Factuality.ASSERTED and any(c.dep_ == "xcomp" for c in verb.children)


def _clause_events(group: list[Candidate], confidences: dict[int, float], scope: Scope, text: str) -> list[EventMention]:
    first = group[0]
    verb = first.predicate
    lemma, shown, trigger = _lemma(verb)
    if _skipped(verb, lemma):
        return []
    trigger = trigger or _OTHER
    passive = _passive_event(verb, first)
    has_object = any(c.dep_ in ("dobj", "dative") for c in verb.children)
    subject_role = "patient" if passive else "agent" if has_object or trigger.subject == "agent" else "theme"
    found: list[tuple[str, list[Word]]] = []
    split = [cand for cand in group if cand.features.get("split_subject")]
    for cand in split or [cand for cand in group if not cand.features.get("proxy")]:
        head = argument_head(cand.subject) if cand.subject else None
        if head is None or (not passive and _kind(head, cand.subject) in ("time", "quantity") and head.pos_ != "PRON"):
            continue  # "spent years developing it": years do not develop
        role = subject_role
        if role == "theme" and trigger.event_class == "movement" and _kind(head, cand.subject) == "party":
            role = "agent"  # "Sturrock returned to Tannadice": people move themselves
        found.append((role, cand.subject))
    if trigger.event_class == "movement" and any(cand.features.get("proxy") for cand in group):
        # "Troops of the alliance pull out": the alliance moves its troops.
        head = argument_head(first.subject)
        if head is not None:
            found.append(("theme", [t for t in first.subject if t.i <= head.i]))
    found += _shared_times(verb, found)
    incorporated = _incorporated(verb, lemma)
    for cand in group:
        if cand.object and not (incorporated is not None and incorporated in cand.object):
            role = _object_role(cand.object, trigger, passive, subject_role)
            if role:
                found.append((role, cand.object))
        for extra in cand.extras:
            role = _extra_role(extra, trigger, passive)
            if role:
                found.append((role, extra))
    light = next((c for c in verb.children if c.dep_ == "dobj" and c.pos_ == "NOUN"), None)
    if first.kind == "light" and light is not None:
        # "requested assistance from the CSTO": the noun, without the phrase the verb takes.
        cut = min([c.i for c in light.children if c.dep_ == "prep"], default=len(verb.doc))
        found.append(("theme", [t for t in noun_phrase(light) if t.i < cut]))
    reading = Reading(first.factuality, first.cue, first.source)
    intent = OBJECTS.get(verb.lemma_.lower())
    if intent in (Factuality.PLANNED, Factuality.POSSIBLE) and has_object:
        # "It is planning regular gigs": the gigs are planned.
        reading = reading.stronger(Reading(intent, verb.lemma_.lower()))
    source = _source_tokens(first)
    confidence = max(confidences.get(id(cand), 0.5) for cand in group)
    events = [_mention(shown, lemma, trigger, verb, found, first, reading, source, confidence, text)]
    events.extend(_purpose_heads(first, scope, confidence, text))
    return [event for event in events if event is not None]


def _passive_event(verb: Word, cand: Candidate) -> bool:
    """Whether the event's own verb is passive: "was stormed", "the word spelled out";
    not "Blair is expected to cut" (the control verb is passive, cutting is not)."""
    if any(c.dep_ in ("auxpass", "nsubjpass") for c in verb.children):
        return True
    if len(cand.chain) > 1:
        return False
    return bool(cand.features.get("passive")) or _shares_passive(verb)


def _shares_passive(verb: Word) -> bool:
    """ "was stormed and briefly seized by the protesters": a participle coordinated
    with a passive verb, without a subject of its own, is passive too."""
    head = verb.head
    return verb.dep_ == "conj" and verb.tag_ == "VBN" and not any(c.dep_.startswith("nsubj") for c in verb.children) \
        and any(c.dep_ in ("auxpass", "nsubjpass") for c in head.children)


def _shared_times(verb: Word, found: list[tuple[str, list[Word]]]) -> list[tuple[str, list[Word]]]:
    """Time adjuncts a clause takes from the verb it is coordinated with ("a week after
    it was stormed and briefly seized"), and an offset in its own clause ("a week
    after" with the "after" that opens it: counted from the main clause's day)."""
    times: list[tuple[str, list[Word]]] = []
    mark = next((c for c in verb.children if c.dep_ == "mark" and c.lower_ in ("after", "before")), None)
    if mark is not None:
        for child in verb.children:
            if child.dep_ == "npadvmod" and child.ent_type_ in TIME_LABELS and child.i < mark.i:
                times.append(("time", [t for t in child.subtree if t.i < mark.i] + [mark]))
    if not times and verb.dep_ == "conj" and not any(role == "time" for role, _ in found):
        times = [(role, tokens) for role, tokens in _shared_times(verb.head, []) if role == "time"]
        for child in verb.head.children:
            if child.dep_ in ("npadvmod", "tmod") and child.ent_type_ in TIME_LABELS and not times:
                times.append(("time", noun_phrase(child, split_conj=False)))
    return times


def _incorporated(verb: Word, lemma: str) -> Word | None:
    """The event noun a light verb took its meaning from ("launched an investigation"): no argument."""
    if " " not in lemma or verb.lemma_.lower() not in LIGHT_VERBS:
        return None
    return next((c for c in verb.children if c.dep_ == "dobj" and lemma.endswith(" " + c.lemma_.lower())), None)


def _object_role(tokens: list[Word], trigger: Trigger, passive: bool, subject_role: str) -> str | None:
    head = argument_head(tokens)
    if head is None:
        return None
    if head.dep_ == "dobj":
        kind = _kind(head, tokens)
        if kind == "quantity" and subject_role == "theme":
            return "quantity"  # "shares fell 5%"
        if trigger.object in ("place", "destination", "source") and kind not in ("place", "*"):
            return "theme"  # "visited the troops": whom, not where
        return trigger.object
    if head.dep_ == "dative":
        return "recipient"
    if head.dep_ in ("pobj", "pcomp"):
        return _prep_role(head.head, head, tokens, trigger, passive)
    return None


def _extra_role(tokens: list[Word], trigger: Trigger, passive: bool) -> str | None:
    first = tokens[0]
    if first.dep_ in ("prep", "agent"):
        pobj = next((c for c in first.children if c.dep_ in ("pobj", "pcomp")), None)
        return _prep_role(first, pobj, tokens[1:], trigger, passive) if pobj is not None else None
    head = argument_head(tokens)
    if head is None:
        return None
    kind = _kind(head, tokens)
    return kind if kind in ("time", "quantity") else None


def _prep_role(prep: Word, pobj: Word | None, tokens: list[Word], trigger: Trigger, passive: bool) -> str | None:
    """The role of "prep pobj" under the event's verb (``event_roles.tsv``)."""
    word = prep.lower_
    # "pull out of Kazakhstan": the particle says where from.
    if word == "of" and prep.head.dep_ in ("prep", "prt") and prep.head.lower_ == "out":
        word = "from"
    elif prep.dep_ == "prep" and prep.head.dep_ == "prep" and prep.head.lower_ in ("out", "away"):
        word = "from"
    kind = _kind(pobj, tokens) if pobj is not None else "*"
    role = preposition_role(word, trigger.event_class, kind)
    if role == "agent" and not (passive or prep.dep_ == "agent"):
        return None  # "by" of an active verb: a means, not who acts
    return role


def _kind(head: Word, tokens: list[Word]) -> str:
    """What an argument is, for the role table: time, quantity, place, party or "*"."""
    label = head.ent_type_
    if label in TIME_LABELS:
        return "time"
    if label in QUANTITY_LABELS or head.like_num or head.lower_ in ("%", "percent"):
        return "quantity"
    if label in PLACE_LABELS:
        return "place"
    if label in PARTY_LABELS or head.lower_ in PARTY_PRONOUNS:
        return "party"
    described = DESCRIPTION_NOUNS.get(head.lemma_.lower())
    if described in PARTY_TYPES:
        return "party"
    if described in PLACE_TYPES:
        return "place"
    return "*"


def _source_tokens(cand: Candidate) -> list[Word] | None:
    if cand.source is not None:
        return noun_phrase(cand.source) or None
    return cand.attributed_to


def _mention(shown: str, lemma: str, trigger: Trigger, word: Word, found: list[tuple[str, list[Word]]],
             first: Candidate | None, reading: Reading, source: list[Word] | None, confidence: float, text: str,
             kind: str = "clause") -> EventMention | None:
    arguments: list[EventArgument] = []
    seen: set[tuple[str, int, int]] = set()
    for role, tokens in found:
        tokens = _shortened(_without_preposition(tokens))
        if not tokens:
            continue
        argument = to_argument(tokens, text)
        key = (role, argument.start, argument.end)
        if key in seen or (argument.start <= word.idx < argument.end and role != "theme"):
            continue
        seen.add(key)
        quantity = None
        head = argument_head(tokens)
        if head is not None and _kind(head, tokens) == "quantity" or any(t.ent_type_ in QUANTITY_LABELS for t in tokens):
            quantity = read_quantity(argument.text)
        arguments.append(EventArgument(role, argument, quantity))
    if not any(argument.role in CORE_ROLES for argument in arguments):
        return None
    arguments = [a for a in arguments if not any(
        b is not a and b.role == a.role and b.argument.start <= a.argument.start and a.argument.end <= b.argument.end
        for b in arguments)]  # "only a week" inside "only a week after"
    arguments.sort(key=lambda argument: (argument.argument.start, argument.role))
    sentence = word.sent
    return EventMention(
        trigger=shown,
        lemma=lemma,
        event_class=trigger.event_class,
        arguments=tuple(arguments),
        sentence=(sentence.start_char, sentence.end_char),
        trigger_start=word.idx,
        trigger_end=word.idx + len(word.text),
        confidence=confidence,
        factuality=reading.factuality,
        cue=reading.cue,
        source=to_argument(source, text) if source else None,
        kind=kind,
        present=is_present(first.chain[0] if first is not None and first.chain else word),
    )



def _shortened(tokens: list[Word]) -> list[Word]:
    """A noun phrase without the phrases after its head other than "of": "annual bonus
    rates on its with-profits life policies" -> "annual bonus rates" (how a reader
    names the thing; "troops of the alliance" keeps who they belong to)."""
    head = argument_head(tokens)
    if head is None or head.pos_ not in ("NOUN", "PROPN", "PRON", "NUM"):
        return tokens
    cut: set[int] = set()
    for child in head.rights:
        if child.dep_ in ("prep", "acl", "relcl", "appos") and child.lower_ != "of":
            cut.update(t.i for t in child.subtree)
    return trim([t for t in tokens if t.i not in cut]) if cut else tokens


def _without_preposition(tokens: list[Word]) -> list[Word]:
    """ "to Kazakhstan" -> "Kazakhstan": a participant is the thing, not the phrase."""
    while tokens and tokens[0].dep_ in ("prep", "agent") and len(tokens) > 1:
        tokens = tokens[1:]
    return tokens


def _purpose_heads(cand: Candidate, scope: Scope, confidence: float, text: str) -> list[EventMention | None]:
    """ "withdrew from the line-up to face Gloucester": the first verb of a purpose
    chain is an event too, with the subject and its own prepositional arguments."""
    events: list[EventMention | None] = []
    for position, verb in enumerate(cand.chain[:-1]):
        lemma = verb.lemma_.lower()
        nxt = cand.chain[position + 1]
        if lemma in CONTROL or lemma in SPEECH or nxt.head.i != verb.i or not cand.subject:
            continue
        phrase, shown, trigger = _lemma(verb)
        if _skipped(verb, phrase):
            continue
        trigger = trigger or _OTHER
        found: list[tuple[str, list[Word]]] = [("agent" if trigger.subject == "agent" else "theme", cand.subject)]
        for child in verb.children:
            if child.dep_ == "prep" and child.i < nxt.i:
                tokens = prep_phrase(child)
                role = _extra_role(tokens, trigger, False) if tokens else None
                if role:
                    found.append((role, tokens))
        reading = scope.prefix(cand.chain[: position + 1])
        events.append(_mention(shown, phrase, trigger, verb, found, cand, reading, None, confidence, text))
    return events


def _noun_event(sent: Sentence, noun: Word, scope: Scope, text: str) -> EventMention | None:
    """An event noun with its arguments: "the takeover of Yukos by Rosneft"."""
    lemma = noun.lemma_.lower()
    trigger = NOUN_TRIGGERS[lemma]
    found: list[tuple[str, list[Word]]] = []
    for child in noun.children:
        if child.dep_ == "poss" and child.pos_ != "PRON":
            found.append((trigger.subject, [t for t in noun_phrase(child) if t.tag_ != "POS"]))
        elif child.dep_ == "prep":
            pobj = next((c for c in child.children if c.dep_ == "pobj"), None)
            if pobj is None:
                continue
            tokens = noun_phrase(pobj)
            if child.lower_ == "of":
                taken = {role for role, _ in found}
                role = trigger.subject if trigger.subject not in taken else "theme"
            elif child.lower_ == "for" and trigger.event_class == "request" or \
                    child.lower_ == "in" and trigger.event_class == "change" and _kind(pobj, tokens) == "*":
                # "a request for assistance", "a rise in fuel prices": what is asked for, what changes.
                role = "theme"
            else:
                role = _prep_role(child, pobj, tokens, trigger, True)
            if role:
                found.append((role, tokens))
    if not found:
        return None
    reading = _noun_reading(noun, scope)
    return _mention(noun.text, lemma, trigger, noun, found, None, reading, None, 0.5, text, kind="noun")


def _small_clause_event(adjective: Word, scope: Scope, text: str) -> EventMention | None:
    """A verbless clause under a verb of saying or finding: "Mr Tokayev declared
    [their mission complete]" -> complete(theme=their mission), reported by Tokayev."""
    subject = next((c for c in adjective.children if c.dep_ == "nsubj"), None)
    if subject is None or subject.pos_ == "PRON":
        return None
    lemma = adjective.lemma_.lower()
    trigger = VERB_TRIGGERS.get(lemma) or _OTHER
    reading = scope.small_clause(adjective)
    source = noun_phrase(reading.source) if reading.source is not None else None
    return _mention(adjective.text, lemma, trigger, adjective, [("theme", noun_phrase(subject))], None, reading,
                    source, 0.5, text)


def _noun_reading(noun: Word, scope: Scope) -> Reading:
    """ "a possible rebellion", "no deal", or the plans and doubts of the clause around it."""
    for child in noun.children:
        if child.dep_ == "det" and child.lower_ == "no":
            return Reading(Factuality.NEGATED, "no")
        if child.dep_ == "amod":
            reading = scope.adjective(child)
            if reading is not None:
                return reading
    return scope.around(noun)
