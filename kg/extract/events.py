"""Events: each verb clause (and each event noun the parse gives arguments) as one
n-ary event with its trigger, class, factuality and every argument in a role.

Built from the clause machinery, not a second parser: the candidates of one predicate
(``kg.extract.clauses``) are grouped, and each argument's role is read from how it hangs on the verb and what it is:

- subject -> agent: "The bloc sent more than 2,000 troops to Kazakhstan"; of a
  passive -> patient: "they were deployed to the ex-Soviet nation"; of an
  intransitive verb of change or motion -> theme: "fuel prices rose",
  "the demonstrations started" (``event_lemmas.tsv``, column ``subject``).
- direct object -> theme ("stormed government buildings"), a number object of a change verb -> quantity ("shares
  fell 5%"); indirect object -> recipient ("gave the club £1m"); light-verb noun -> theme ("requested assistance from").
- "by" of a passive -> agent ("was stormed ... by the protesters").
- prepositional arguments -> a role by preposition, event class and what the argument is (``event_roles.tsv``):
  "to Kazakhstan" -> destination, "to the CSTO" -> recipient, "to 5.5%" -> quantity, "on Thursday" -> time,
  "in Almaty" -> place, "against Scotland" -> opponent, "over their alleged involvement" -> reason.
- "Troops of the alliance pulled out": the alliance is the agent (resolution reads "troops of X" as X), and for a
  movement the troops are its theme.
- a purpose chain's first verb is an event of its own: "withdrew from the line-up to face Gloucester" -> withdraw
  (asserted) and face (planned); so is a verb of opposing, its -ing doerless ("opposes ending": ``kg.extract.opposed``).
- a receiving verb's event noun: "has received a four-month jail sentence" -> receive sentence(theme=the subject),
  "scooped seven nominations" -> receive nomination(theme, quantity=seven nominations) (``kg.extract.received``).
- a verbless clause under a verb of saying: "declared their mission complete" -> complete(theme=their mission), reported.
- event nouns with arguments: "the takeover of Yukos by Rosneft" (of -> theme, by -> agent), "Tokayev's (his) request
  for assistance" (possessor -> agent: ``kg.extract.possessorpronouns``), "on the request of its president" (of -> agent:
  ``kg.extract.genitives``); a result noun: its verb's event ("Chelsea's defeat by Newcastle" -> lose; ``.results``).

Not the article's own voice: direct quotation ("We will fight on," he said) is the quote's.

Quantities ("more than 2,000 troops", "$3bn", "31% of the vote") keep their role and carry a
``Quantity`` (``kg.extract.quantities``). Not events: the copula ("X is Y", a state), "have"
without an event noun (possession), and speech verbs with a clause (those are quotes). The class
comes from the trigger lemma by ``event_lemmas.tsv`` (``EVENT_CLASSES``), "other" when unlisted.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from kg.extract.apposed import apposed_object
from kg.extract.apposedmembers import apposed_members
from kg.extract.aspectgerunds import aspect_gerund
from kg.extract.attribution import SAY_VERBS
from kg.extract.backing import backed_theme, backing_lemma, backing_noun
from kg.extract.changes import DIRECTIONS, before_next_value, figure_change, measured_owner, nested_new_values
from kg.extract.chartranks import chart_places
from kg.extract.complements import light_complement
from kg.extract.contentclauses import content_clause
from kg.extract.contents import content_infinitive
from kg.extract.controlled import controlled_arguments
from kg.extract.decided import decision_time
from kg.extract.describedas import described_as
from kg.extract.doers import climbed, lender, spender
from kg.extract.event_arguments import (
    LIGHT_VERBS,
    QUANTITY_LABELS,
    VALUE_ROLES,
    argument_kind,
    extra_role,
    incorporated_noun,
    infinitive_next,
    object_role,
    on_verb,
    owner_argument,
    particle_amounts,
    passive_event,
    possessor_role,
    prep_role,
    reduced_passive_agent,
    relative_time,
    said_clause,
    second_objects,
    shared_times,
    split_piece,
    trigger_object,
    whole_quantity,
    with_name,
    without_preposition,
)
from kg.extract.factuality import CONTROL, MAKING, NOUNS, SPEECH, Reading, Scope, continues
from kg.extract.false_events import class_of, false_event, stative, title_word
from kg.extract.firsts import ranked_doer
from kg.extract.fixtures import scheduled_fixture
from kg.extract.forphrases import doubtful_for
from kg.extract.frames import is_present, lemma_in
from kg.extract.genitives import of_role
from kg.extract.intenders import framed_subject, framing_noun
from kg.extract.interposed import interrupting
from kg.extract.lightof import light_of_theme
from kg.extract.listed import first_member
from kg.extract.markedvalues import marked_values
from kg.extract.moves import figure_reading
from kg.extract.namedsubject import named_shortened
from kg.extract.nounreadings import noun_reading
from kg.extract.occasions import occasion_speaker
from kg.extract.occurrences import occurring, phrase_noun
from kg.extract.oldvalues import old_value_times, without_dangling
from kg.extract.oneof import one_of_member
from kg.extract.opposed import opposed
from kg.extract.ownedfigures import owned_figure
from kg.extract.particles import verb_particles
from kg.extract.phrasal import light_noun, meaning_preposition, particle_preposition
from kg.extract.played import played
from kg.extract.possessorpronouns import party_possessor, with_parties
from kg.extract.prepmembers import prep_members
from kg.extract.quantities import read_quantity
from kg.extract.received import noun_amount, received_noun
from kg.extract.relativemembers import subject_candidates
from kg.extract.requests import asks_someone, passive_request
from kg.extract.respectively import unpaired
from kg.extract.results import EVENT_NOUNS, adverb_opponent, carries_result, noun_result
from kg.extract.scorelines import scores, whole_score
from kg.extract.selected import selected_sides
from kg.extract.spans import argument_head, before_missed_verb, noun_phrase, prep_phrase, to_argument
from kg.extract.starring import named_work
from kg.extract.statechanges import state_change
from kg.extract.thanks import without_thanks
from kg.extract.tocomplements import own_to, with_complement
from kg.extract.unsaid import unsaid
from kg.lexicon.events import EVENT_CLASSES, NON_EVENTS, NOUN_TRIGGERS, ROLES, VERB_TRIGGERS, Trigger
from kg.records import EventArgument, EventMention
from kg.types import Factuality

if TYPE_CHECKING:
    from kg.extract.candidates import Candidate
    from kg.extract.words import Sentence, Word

__all__ = ["EVENT_CLASSES", "ROLES", "event_mention", "event_word", "noun_reading", "sentence_events"]

CORE_ROLES = frozenset({"agent", "patient", "theme", "recipient", "opponent"})
_OTHER = Trigger("other", "agent")


def sentence_events(sent: Sentence, cands: list[Candidate], confidences: dict[int, float], scope: Scope,
                    text: str, quoted: Sequence[tuple[int, int]] = ()) -> list[EventMention]:
    """The events of one sentence, in text order.

    Args:
        sent: The sentence.
        cands: Its candidates (``kg.extract.propositions.candidates``), attributed.
        confidences: Each candidate's confidence, by ``id(candidate)``.
        scope: The sentence's factuality readings.
        text: The document's text.
        quoted: Spans of direct speech (``kg.extract.quotemarks.quoted_spans``): the speaker's words, not events.
    """
    groups: dict[int, list[Candidate]] = {}
    participles: dict[int, list[Candidate]] = {}
    for cand in cands:
        if cand.chain and cand.kind not in ("attribution", "copula"):
            groups.setdefault(cand.predicate.i, []).append(cand)
        elif cand.kind == "copula" and (participle := event_word(cand)) is not cand.predicate:
            participles.setdefault(participle.i, []).append(cand)
    events = [event for group in groups.values() for event in _clause_events(group, confidences, scope, text)]
    events += [event for group in participles.values() if (event := _participle_event(group, confidences, text))]
    for word in sent:
        event: EventMention | None = None
        if word.pos_ == "NOUN" and word.dep_ != "compound" and word.lemma_.lower() in EVENT_NOUNS and not title_word(word):
            event = _noun_event(sent, word, scope, text)
        elif word.pos_ == "ADJ" and word.dep_ in ("ccomp", "oprd") and word.head.pos_ == "VERB":
            event = _small_clause_event(word, scope, text)
        elif word.lower_ in DIRECTIONS:
            event = _figure_change_event(word, scope, text)
        if event is not None:
            events.append(event)
    events = [event for event in events if not any(start <= event.trigger_start < end for start, end in quoted)]
    events.sort(key=lambda event: (event.trigger_start, event.trigger_end))
    return events


def event_word(cand: Candidate) -> Word:
    """The word that names a candidate's event: its verb, or the participle of "X
    are nominated for Y" that the parser read as an adjective after "be"."""
    if cand.kind == "copula":
        participle = next((c for c in cand.predicate.children if c.dep_ == "acomp" and c.tag_ == "VBN"), None)
        if participle is not None:
            return participle
    return cand.predicate


def _participle_event(group: list[Candidate], confidences: dict[int, float], text: str) -> EventMention | None:
    """ "DiCaprio and Blanchett are both nominated for acting Oscars": a passive event
    (nominate; the subject its patient) that the parse gave as "be" + adjective."""
    first = group[0]
    participle = event_word(first)
    lemma = lemma_in(participle, VERB_TRIGGERS, NON_EVENTS)
    if NON_EVENTS.get(lemma) in ("state", "light", "speech") or split_piece(participle) or stative(participle):
        return None  # "are long gone", "looking embattled": a state (``kg.extract.false_events.stative``)
    trigger = VERB_TRIGGERS.get(lemma) or _OTHER
    split = [cand for cand in group if cand.features.get("split_subject")]
    found: list[tuple[str, list[Word]]] = [("patient", cand.subject) for cand in split or group[:1] if cand.subject]
    for child in participle.children:
        if child.dep_ in ("prep", "agent"):
            tokens = prep_phrase(child)
            role = extra_role(tokens, trigger, True) if tokens else None
            if role:
                found += prep_members(role, tokens)
    reading = Reading(first.factuality, first.cue, first.source)
    confidence = max(confidences.get(id(cand), 0.5) for cand in group)
    return event_mention(participle.text, lemma, trigger, participle, found, first, reading, _source_tokens(first),
                    confidence, text)


def _lemma(verb: Word) -> tuple[str, str, Trigger | None]:
    """The trigger lemma and text ("pull out", "hold talks", "set ablaze") and what the table says of it."""
    base = lemma_in(verb, VERB_TRIGGERS, NON_EVENTS)  # "hoped" is "hope", whatever the tagger says
    # "pull out of", "calling back 17,815 cars"; a light verb's or a verb of place's adverb is its complement.
    extra = verb_particles(verb, adverbs=base not in LIGHT_VERBS and NON_EVENTS.get(base) != "place")
    received = received_noun(verb, base)
    if received is not None:
        noun, trigger = received  # "received a jail sentence": the sentence, its theme the subject
        return f"{base} {noun.lemma_.lower()}", f"{verb.text} {noun.text}", trigger
    if (backing := backing_lemma(verb, base)) is not None:
        return backing  # "gave his support to", "threw its weight behind" (kg.extract.backing)
    if base in LIGHT_VERBS:
        if (light := light_noun(verb, base)) is not None:
            return light  # "held talks", "gave evidence" (``kg.extract.phrasal``)
        extra += light_complement(verb)
    elif NON_EVENTS.get(base) == "place":
        extra += [c for c in light_complement(verb) if c.dep_ != "advmod"]  # "came to light", "went to war"
    if not extra and not (base in LIGHT_VERBS and any(c.dep_ == "dobj" for c in verb.children)):
        # A verb whose preposition changes what it means: "fired on protesters" is shooting,
        # "fired the manager" a dismissal (``event_lemmas.tsv`` lists "fire on"); not a light
        # verb's noun: "will take place on Sunday" is no "take on".
        extra = meaning_preposition(verb, base)  # not "called on Thursday for changes" (``kg.extract.phrasal``)
    extra += particle_preposition(verb, base, extra)  # "hit out at the club"
    extra.sort(key=lambda word: word.i)
    phrase = " ".join([base, *(c.lower_ for c in extra)])
    shown = " ".join([verb.text, *(c.text for c in extra)])
    idiom = NON_EVENTS.get(base) == "place" and phrase != base and any(c.dep_ == "prep" for c in extra)
    return phrase, shown, state_change(verb, base) or VERB_TRIGGERS.get(phrase) or (None if idiom else VERB_TRIGGERS.get(base))


def _skipped(verb: Word, lemma: str) -> bool:
    """Whether the verb heads no event (``non_events.tsv``): a state ("included"), a speech act ("told the BBC"; "said
    that ..." a quote), a light verb alone ("made progress"), "comes" with no where, an aspect verb before the verb it
    governs ("managed to win", "carried on rising": ``kg.extract.aspectgerunds``), a habitual "used to", a subject's own
    intent ("aims to be"; ``kg.extract.requests``), a split word's first piece ("co"), a false verb ("following")."""
    if split_piece(verb) or false_event(verb) or any(continues(c) for c in verb.children) or carries_result(verb) or \
            aspect_gerund(verb):
        return True  # "went on to win": the win is the event
    if content_infinitive(verb):
        return True  # "won the right to take part": what the right is for (kg.extract.contents)
    base = lemma_in(verb, VERB_TRIGGERS, NON_EVENTS)
    why = NON_EVENTS.get(base)
    noun = " " in lemma and lemma.split()[-1] in NOUN_TRIGGERS
    if why == "state" and not noun and lemma not in VERB_TRIGGERS:
        return True  # "is out of control", "has access": how things are; not "appeared before a tribunal"
    if why == "light" and lemma == base:
        return True
    elif why == "speech" and not any(c.dep_ == "xcomp" for c in verb.children) and not unsaid(verb):
        return True
    elif why == "aspect" and any(c.dep_ in ("xcomp", "ccomp") and c.tag_ == "VB" for c in verb.children):
        return True  # "helped Yukos pay off its bill": the paying off is the event
    elif why == "habitual" and verb.tag_ == "VBD" and infinitive_next(verb):
        return True  # "he used to listen to the radio": the listening is the event, habitual
    elif why == "place" and lemma == base and not any(
        c.dep_ == "prep" and c.lower_ in ("to", "from", "into") for c in verb.children
    ):
        return True
    speech = base in SAY_VERBS or SPEECH.get(base, Factuality.ASSERTED) is not Factuality.ASSERTED
    if speech and (any(c.dep_ in ("ccomp", "parataxis") and said_clause(c) for c in verb.children) or interrupting(verb)):
        return True
    control = CONTROL.get(lemma_in(verb, CONTROL), Factuality.ASSERTED)  # "primed": the tagger gives "prim"
    # "agreed a deal to work on ...": the deal is made, a fact of its own beside what it is for.
    made = base in MAKING and any(c.dep_ == "dobj" and c.pos_ == "NOUN" for c in verb.children)
    return control is not Factuality.ASSERTED and any(c.dep_ == "xcomp" and not opposed(c) for c in verb.children) and not asks_someone(
        verb, base) and not made


def _clause_events(group: list[Candidate], confidences: dict[int, float], scope: Scope, text: str) -> list[EventMention]:
    first = group[0]
    verb = first.predicate
    lemma, shown, trigger = _lemma(verb)
    if _skipped(verb, lemma):
        return []
    trigger = occurring(verb, lemma, first.subject, trigger or _OTHER)  # "the meeting took place": a meeting
    passive = passive_event(verb, first)
    by_agent = None if passive else reduced_passive_agent(verb)
    passive = passive or by_agent is not None
    objects = [c for c in verb.children if c.dep_ in ("dobj", "dative") and not apposed_object(c) and not phrase_noun(verb, lemma, c)]
    has_object = bool(objects)
    # "Brent crude gained $1.32": an object that only measures the change leaves the subject its theme.
    measured = trigger.subject == "theme" and all(argument_kind(c, noun_phrase(c)) == "quantity" for c in objects)
    subject_role = "patient" if passive else "agent" if (has_object and not measured) or trigger.subject == "agent" else "theme"
    if has_object and not passive and trigger.object == "agent":
        subject_role = "theme"  # "the film stars Tom Cruise": he acts, in the film
    received = received_noun(verb, lemma.split()[0]) if " " in lemma else None
    if received is not None and not passive:
        subject_role = "theme"  # "Smith received a jail sentence": it happens to him
    incorporated = received[0] if received is not None else incorporated_noun(verb, lemma) or backing_noun(verb)
    found: list[tuple[str, list[Word]]] = []
    top = first.chain[0] if first.chain else verb
    framing = framing_noun(lender(top))  # "decision to sell off X and halve Y": who decided halves (kg.extract.doers)
    spending = spender(top) or ranked_doer(top)  # "clocked up 28 hours playing it"; "the first star to be evicted"
    for cand in subject_candidates(group):  # split members, and a relative's antecedent beside them (kg.extract.relativemembers)
        subject = spending or (cand.subject if framing is None else framed_subject(framing)) or climbed(top)
        head = argument_head(subject) if subject else None
        if head is None or (not passive and argument_kind(head, subject) in ("time", "quantity") and head.pos_ != "PRON") or (
                subject_role == "theme" and trigger.object == "agent" and not named_work(head, cand.features.get("subject_how", ""))):
            continue  # "spent years developing it": years do not develop; a film "starring" X is a named one
        role = subject_role
        if role == "theme" and trigger.event_class == "movement" and argument_kind(head, subject) == "party":
            role = "agent"  # "Sturrock returned to Tannadice": people move themselves
        elif passive and trigger.object == "opponent" and argument_kind(head, subject) in ("party", "place"):
            role = "opponent"  # "Italy were beaten by Wales": the side that lost
        found.append((role, subject))
    if trigger.event_class == "movement" and any(cand.features.get("proxy") for cand in group):
        # "Troops of the alliance pull out": the alliance moves its troops.
        head = argument_head(first.subject)
        if head is not None:
            found.append(("theme", [t for t in first.subject if t.i <= head.i]))
    if by_agent is not None:
        found.append(("agent", by_agent))
    found += shared_times(verb, found) + [(subject_role if measured else trigger.object, amount) for amount in
                                          particle_amounts(verb)] + nested_new_values(verb, trigger) + second_objects(verb) + light_of_theme(incorporated)
    found += described_as(verb, lemma, passive)  # "dismissed the offer as inadequate" (kg.extract.describedas)
    if incorporated is not None and (amount := noun_amount(incorporated)):
        found.append(("quantity", amount))  # "scooped [seven] nominations", "a [3.8%] boost", "has [11] nominations"
    # "set on fire": the words the trigger took are no argument of it.
    taken = {word.i for word in light_complement(verb)} if verb.lemma_.lower() in LIGHT_VERBS or (
        lemma != verb.lemma_.lower() and NON_EVENTS.get(verb.lemma_.lower()) == "place") else set()
    for cand in group:
        if cand.object and not (incorporated is not None and incorporated in cand.object) and not taken & {
                t.i for t in cand.object}:
            role = "theme" if trigger_object(cand.object, verb, lemma) else "opponent" if adverb_opponent(
                argument_head(cand.object), trigger) else object_role(cand.object, trigger, passive, subject_role)
            if role and not (doubtful_for(head := argument_head(cand.object), role) or apposed_object(head) or own_to(head and (first_member(head) or head))):  # a later member as its first
                found.append((role, cand.object))
        for extra in cand.extras:
            role = "theme" if trigger_object(extra, verb, lemma) else "opponent" if adverb_opponent(argument_head(extra), trigger) else extra_role(extra, trigger, passive)
            # "Rato was asked by G7 ministers to carry out a study": what hangs on the control verb is not the study's, a time aside (not a decision's: kg.extract.decided).
            if role and not taken & {t.i for t in extra} and not doubtful_for(extra[0], role) and own_to(extra[0]) is None and not (role == "time" and decision_time(extra, verb)) and (
                    role == "time" or extra[0].dep_ not in ("prep", "agent") or on_verb(extra[0], verb)):
                found += prep_members(role, extra)  # "in the US and Japan": both places (kg.extract.prepmembers)
    found = backed_theme(verb, lemma, chart_places(verb, trigger, found))  # "fell to number 16" (kg.extract.chartranks, .backing)
    light = next((c for c in verb.children if c.dep_ == "dobj" and c.pos_ == "NOUN"), None)
    if first.kind == "light" and light is not None and light is not incorporated:
        # "requested assistance from the CSTO": the noun, without the phrase the verb takes.
        cut = min([c.i for c in light.children if c.dep_ == "prep"], default=len(verb.doc))
        found.append(("theme", [t for t in noun_phrase(light) if t.i < cut]))
    # A verb of intent with an object is a fact of its own ("Qantas sought a tie-up"): what it is
    # about, when an event noun, is planned or possible (``Factuality.around``), the seeking is not.
    reading = Reading(first.factuality, first.cue, first.source)
    found = unpaired(verb, content_clause(verb, controlled_arguments(verb, lemma, found)))  # "ordered X to pay"; "ruled that ..."; "A and B respectively"
    confidence = max(confidences.get(id(cand), 0.5) for cand in group)
    events = [event_mention(shown, lemma, trigger, verb, found, first, reading, _source_tokens(first), confidence, text)]
    events.extend(_purpose_heads(first, scope, confidence, text))
    return [event for event in events if event is not None]


def _source_tokens(cand: Candidate) -> list[Word] | None:
    if cand.source is not None:
        return noun_phrase(cand.source) or None
    return cand.attributed_to


def event_mention(shown: str, lemma: str, trigger: Trigger, word: Word, found: list[tuple[str, list[Word]]],
             first: Candidate | None, reading: Reading, source: list[Word] | None, confidence: float, text: str,
             kind: str = "clause") -> EventMention | None:
    arguments: list[EventArgument] = []
    seen: set[tuple[str, int, int]] = set()
    for role, tokens in scores(selected_sides(marked_values(old_value_times(apposed_members(found))))):  # .oldvalues, .markedvalues
        if not (tokens := without_thanks(tokens)):
            continue  # "succeeding thanks to a TV show": no "thanks" (kg.extract.thanks)
        relative, original = relative_time(role, tokens), tokens
        if not (role == "quantity" and whole_score(tokens)):  # a score, whole
            tokens = whole_quantity(with_name(with_complement(named_shortened(role, without_preposition(before_missed_verb(before_next_value(role, tokens))), word))),
                                    one_value=role in VALUE_ROLES)
            tokens = without_dangling(tokens) if role in VALUE_ROLES else tokens  # "from 57.8 in November"
        if not tokens:
            continue
        argument = to_argument([relative, *tokens] if relative is not None and relative not in tokens else tokens, text)
        key = (role, argument.start, argument.end)
        if key in seen or (argument.start <= word.idx < argument.end and role != "theme"):
            continue
        seen.add(key)
        quantity = None
        head = argument_head(tokens)
        if (head is not None and argument_kind(head, tokens) == "quantity") or (any(t.ent_type_ in QUANTITY_LABELS for t in tokens)
                                                                               and (head is None or one_of_member(head) is None)):
            quantity = read_quantity(argument.text)
        arguments.append(EventArgument(role, argument, quantity, owner_argument(role, head, tokens, text)))
        owner = measured_owner(argument_head(original), trigger) if role == "theme" else []
        if owner:  # "profits at TimeWarner jumped": whose profits
            arguments.append(EventArgument("owner", to_argument(owner, text)))
    if not any(argument.role in CORE_ROLES for argument in arguments):
        return None
    arguments = [a for a in arguments if not any(
        b is not a and b.role == a.role and b.argument.start <= a.argument.start and a.argument.end <= b.argument.end
        for b in arguments)]  # "only a week" inside "only a week after"
    arguments.sort(key=lambda argument: (argument.argument.start, argument.role))
    return EventMention(
        trigger=shown,
        lemma=lemma,
        event_class=class_of(trigger.event_class, word),
        arguments=tuple(arguments),
        sentence=(word.sent.start_char, word.sent.end_char),
        trigger_start=word.idx,
        trigger_end=word.idx + len(word.text),
        confidence=confidence,
        factuality=reading.factuality,
        cue=reading.cue,
        source=to_argument(source, text) if source else None,
        kind=kind,
        present=is_present(first.chain[0] if first is not None and first.chain else word),
    )


def _purpose_heads(cand: Candidate, scope: Scope, confidence: float, text: str) -> list[EventMention | None]:
    """ "withdrew from the line-up to face Gloucester": the first verb of a purpose
    chain is an event too, with the subject and its own prepositional arguments."""
    events: list[EventMention | None] = []
    for position, verb in enumerate(cand.chain[:-1]):
        lemma = verb.lemma_.lower()
        nxt = cand.chain[position + 1]
        asked = passive_request(verb, nxt)  # "was asked by G7 ministers to carry out a study" (kg.extract.requests)
        if ((lemma in CONTROL or lemma in SPEECH) and not asked) or nxt.head.i != verb.i or not cand.subject:
            continue
        phrase, shown, trigger = _lemma(verb)
        if _skipped(verb, phrase) and not asked:
            continue
        trigger = trigger or _OTHER
        found: list[tuple[str, list[Word]]] = [("recipient", cand.subject), *asked] if asked else [
            ("agent" if trigger.subject == "agent" else "theme", cand.subject)]
        for child in verb.children:
            if child.dep_ == "prep" and child.i < nxt.i:
                tokens = prep_phrase(child)
                role = extra_role(tokens, trigger, False) if tokens else None
                if role:
                    found += prep_members(role, tokens)
        reading = scope.prefix(cand.chain[: position + 1])
        events.append(event_mention(shown, phrase, trigger, verb, found, cand, reading, None, confidence, text))
    return events


def _noun_event(sent: Sentence, noun: Word, scope: Scope, text: str) -> EventMention | None:
    """An event noun with its arguments: "the takeover of Yukos by Rosneft"; not a noun of
    intent with its infinitive ("Iran's bid to join the WTO": the joining is the event, planned)."""
    lemma, result = noun.lemma_.lower(), noun_result(noun)
    if result is not None:  # "Chelsea's 2-0 defeat by Newcastle": lose, as its verb (kg.extract.results)
        return event_mention(noun.text, *result[:2], noun, result[2], None, played(noun, scope) or noun_reading(noun, scope), None, 0.5, text, kind="noun")
    if lemma not in NOUN_TRIGGERS or owned_figure(noun) or (lemma in NOUNS and any(c.dep_ in ("acl", "relcl") and c.tag_ == "VB" for c in noun.children)):
        return None  # "Tesco's sales rose": a figure (kg.extract.ownedfigures)
    trigger = NOUN_TRIGGERS[lemma]
    found: list[tuple[str, list[Word]]] = []
    for child in noun.children:
        if party_possessor(child):  # "Pernod's takeover", "his dispute with the club" (kg.extract.possessorpronouns)
            tokens = [t for t in noun_phrase(child) if t.tag_ != "POS"]
            found.append((possessor_role(noun, child, tokens, trigger), tokens))
        elif child.dep_ == "prep":
            pobj = next((c for c in child.children if c.dep_ == "pobj"), None)
            if pobj is None:
                continue
            tokens = noun_phrase(pobj)
            if child.lower_ == "of" and argument_kind(pobj, tokens) in ("time", "quantity"):
                role = argument_kind(pobj, tokens)  # "sales of 13%", "the meeting of 4 June"
            elif child.lower_ == "of":
                taken = {role for role, _ in found} | {"agent" for c in noun.children if c.dep_ == "poss" and c.pos_ == "PRON"}
                role = of_role(noun, child, trigger, taken)  # "his criticism of Lander", "the release of Zardari": the theme
            elif (child.lower_ == "for" and trigger.event_class == "request") or \
                    (child.lower_ == "in" and trigger.event_class == "change" and argument_kind(pobj, tokens) == "*"):
                # "a request for assistance", "a rise in fuel prices": what is asked for, what changes.
                role = "theme"
            else:
                role = prep_role(child, pobj, tokens, trigger, True)
            if role:
                found += prep_members(role, tokens)
    if {role for role, _ in found} == {"recipient"} and (speaker := occasion_speaker(noun)) is not None:
        found.append(("agent", speaker))  # "Mr Milburn gave details in a speech to ..." (kg.extract.occasions)
    if not (found := with_parties(found, CORE_ROLES)):  # "his row with Souness": his; "his arrest" alone: none yet
        return None
    reading = scheduled_fixture(noun, noun_reading(noun, scope))  # "Sunday's clash": on the calendar (kg.extract.fixtures)
    return event_mention(noun.text, lemma, trigger, noun, found, None, reading, None, 0.5, text, kind="noun")


def _small_clause_event(adjective: Word, scope: Scope, text: str) -> EventMention | None:
    """A verbless clause under a verb of saying or finding: "Mr Tokayev declared [their mission complete]" ->
    complete(theme=their mission), reported by Tokayev; not a light verb's state: "make Britain safer"."""
    subject = next((c for c in adjective.children if c.dep_ == "nsubj"), None)
    if subject is None or subject.pos_ == "PRON" or adjective.head.lemma_.lower() in LIGHT_VERBS:
        return None
    lemma = adjective.lemma_.lower()
    trigger = VERB_TRIGGERS.get(lemma) or _OTHER
    reading = scope.small_clause(adjective)
    source = noun_phrase(reading.source) if reading.source is not None else None
    return event_mention(adjective.text, lemma, trigger, adjective, [("theme", noun_phrase(subject))], None, reading,
                    source, 0.5, text)


def _figure_change_event(adverb: Word, scope: Scope, text: str) -> EventMention | None:
    """ "reported pre-tax profits of £75m, down from £125m": a fall (``kg.extract.changes``; ``figure_reading``)."""
    change = figure_change(adverb)
    if change is None:
        return None
    lemma, found = change
    reading = figure_reading(adverb, scope)
    source = noun_phrase(reading.source) if reading.source is not None else None
    return event_mention(adverb.text, lemma, VERB_TRIGGERS[lemma], adverb, found, None, reading, source, 0.5, text)

