"""From a parsed Doc to an ``Extraction``: mentions, time expressions and propositions.

spaCy objects stop here: everything returned is offsets into ``Document.text``.

Modules, one job each: ``mentions`` (entity mentions and descriptions;
``namelike``: a name must look like a name, rejections counted; ``cues``: types
beyond NER and the sport context; ``places``: ambiguous place names),
``clauses`` (verb clauses), ``nominal`` (verbless relations), ``attribution``
(reported speech), ``spans`` (argument spans), ``confidence`` (evidence-based
scores), ``propositions`` (the public entry point), ``pieces`` (one extraction
over a long article parsed in pieces), ``tabbed`` (CaRB output for ``kg openie``).
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from typing import TYPE_CHECKING

from kg.folding import fold
from kg.lexicon import demonym_country, strip_org_suffix
from kg.nlp.labels import TIME_LABELS
from kg.records import Document, EventMention, Extraction, Mention, RoleReading
from kg.types import EntityType

if TYPE_CHECKING:
    from spacy.tokens import Doc

    from kg.extract.words import Words


def extract(document: Document, doc: Doc) -> Extraction:
    """Everything kg reads from one parsed document."""
    from kg.extract.awardwords import award_names
    from kg.extract.conditionalspeech import unspoken
    from kg.extract.cues import sport_context
    from kg.extract.emptyquotes import with_content
    from kg.extract.entities import Entities
    from kg.extract.mentions import find_descriptions, find_mentions
    from kg.extract.namelike import count_rejections
    from kg.extract.pollforecasts import poll_forecasts
    from kg.extract.propositions import read_sentences
    from kg.extract.quotes import speech_readings
    from kg.extract.termacronyms import without_term_acronyms
    from kg.extract.unspeaking import speaking
    from kg.extract.words import Words

    words = Words(doc)  # spaCy rebuilds every token attribute, and the sentences on every `.sents`
    entities = Entities(doc, words.text, words)  # and the entities on every `.ents`
    try:
        rejected: list[str] = []
        sport = sport_context(words)
        names = list(find_mentions(doc, entities, words, rejected=rejected, sport=sport))
        names = award_names(list(without_term_acronyms(names, words, rejected)), words)  # "IPO": a term; "Brit awards"
        roles = tuple(_roles(words, names))
        names = _people_by_role(names, roles) + list(_organisations_by_role(words, names, roles))
        mentions = sorted([*names, *find_descriptions(doc, entities, words)], key=lambda mention: (mention.start, mention.end))
        propositions, events = [], []
        for found, happened in read_sentences(list(words.sentences.values()), entities, words):
            propositions.extend(found)
            events.extend(happened)
        speech = with_content(speaking(speech_readings(words, list(words.sentences.values())), words.text), words.text)  # no "subject line says", no "denied this"
        said, told = unspoken(speech, _read_factuality(events, words, sport), words)  # "if he says he is happy": unsaid
        told = poll_forecasts(said, told, words)  # "voters would reject X, according to a poll": possible
        return Extraction(
            document=document,
            sentences=tuple((sent.start_char, sent.end_char) for sent in words.sentences.values()),
            mentions=tuple(mentions),
            propositions=tuple(propositions),
            times=tuple((ent.start_char, ent.end_char) for ent in entities.spans if ent.label_ in TIME_LABELS),
            events=told,
            roles=roles,
            speech=said,
            rejected=count_rejections(rejected),
            context=tuple(sorted(sport)),
        )
    finally:
        words.release()  # `Word` objects point at each other: free them now, not in a cycle collection


def _read_factuality(events: list[EventMention], words: Words, sport: frozenset[str]) -> tuple[EventMention, ...]:
    """The events with what their sentence says beyond the clause of each, pass by pass."""
    from kg.extract.absolute import absolutes
    from kg.extract.achieved import achieved
    from kg.extract.attended import attended
    from kg.extract.coming import forecasts
    from kg.extract.denialscope import outside_denials
    from kg.extract.enacted import enacted
    from kg.extract.foretoldwins import foretold_wins
    from kg.extract.intents import intended
    from kg.extract.noobject import unobjected
    from kg.extract.remembered import remembered
    from kg.extract.sportplay import sport_opponents

    events = outside_denials(events, words)  # "denied being leant on ... for invading Iraq": the invasion stands
    events = absolutes(events, words)  # "expects cuts, with borrowing costs falling": possible
    events = forecasts(events, words)  # "a 3% rise over the coming 12 months": possible
    events = foretold_wins(events, words)  # "The Aviator will win best film": possible
    events = intended(events, words)  # "is interested in buying": planned
    events = achieved(events, words, sport)  # "broke again to clinch the title": done
    events = attended(events, words)  # "was in the stands to watch her final game": watched
    events = sport_opponents(events, words, sport)  # "plays Karolina Sprem in the next round": the opponent
    events = enacted(events, words)  # "defended her decision to cast an American actress": cast
    events = remembered(events, words)  # "aims to wipe out the pain of losing his title": lost
    return tuple(unobjected(events, words))  # "found no evidence": negated


def extract_headline(doc: Doc) -> tuple[EventMention, ...]:
    """The events of a parsed headline, offsets into the headline."""
    from kg.extract.entities import Entities
    from kg.extract.headlineplans import headline_plans
    from kg.extract.propositions import read_sentences
    from kg.extract.words import Words

    words = Words(doc)
    try:
        entities = Entities(doc, words.text, words)
        events = [event for _, events in read_sentences(list(words.sentences.values()), entities, words) for event in events]
        return tuple(headline_plans(events, words))  # "BA to suspend two Saudi services": planned
    finally:
        words.release()


def _roles(words: Words, names: list[Mention]) -> Iterator[RoleReading]:
    """Every role and membership of the document, sentence by sentence (see ``positions``)."""
    from kg.extract.counterparts import counterparts
    from kg.extract.departures import departed
    from kg.extract.formerly import formerly
    from kg.extract.listedholders import listed_holders
    from kg.extract.positions import role_readings

    word_at = words.by_offset()
    known = frozenset(form for mention in names for form in _forms(mention.text))
    by_sentence: dict[int, list[tuple[int, int, Mention]]] = {}
    for mention in names:
        first = word_at.get(mention.start)
        if first is None:
            continue
        start = end = first.i
        while end < len(words) and words[end].idx < mention.end:
            end += 1
        by_sentence.setdefault(mention.sentence, []).append((start, end, mention))
    for number, sentence in enumerate(words.sentences.values()):
        readings = [found for reading in role_readings(words, sentence, by_sentence.get(number, ()), known)
                    for found in departed(formerly(reading, sentence), sentence)]
        yield from readings
        yield from counterparts(words, sentence, by_sentence.get(number, ()), readings)  # "his German counterpart X"
        yield from listed_holders(words, sentence, by_sentence.get(number, ()), readings)  # "managers A, B and C"


def _forms(name: str) -> tuple[str, ...]:
    """The folded name, and without a generic last word ("Labour Party": also "labour").

    >>> _forms("Labour Party")
    ('labour party', 'labour')
    """
    form = fold(name)
    short = strip_org_suffix(form.split())
    return (form, " ".join(short)) if short else (form,)


def _organisations_by_role(words: Words, names: list[Mention], roles: tuple[RoleReading, ...]) -> Iterator[Mention]:
    """A proper noun before a role that NER left out names an organisation: "Arsenal
    manager Arsene Wenger" at the start of a sentence; not a span the rules of
    ``namelike`` reject ("the 18th Century artist", "Mr Mann's former deputy")."""
    from kg.extract.firstname import named_elsewhere
    from kg.extract.initials import kind_noun
    from kg.extract.namelike import check_name

    taken = [(mention.start, mention.end) for mention in names]
    # "Bayern goalkeeper" with "Bayern Munich" named: the longer name's (kg.resolve.shortowner), no name of its own.
    leading = {fold(mention.text.split()[0]) for mention in names if " " in mention.text.strip()}
    sentence_of = words.sentence_numbers()
    word_at = words.by_offset()
    seen: set[tuple[int, int]] = set()
    for reading in roles:
        argument = reading.organisation
        if argument is None or argument.end > reading.role_span[0] or argument.span in seen:
            continue
        if any(start < argument.end and argument.start < end for start, end in taken):
            continue
        first = word_at.get(argument.start)
        tokens = argument.text.split()
        elsewhere = first is not None and fold(first.text) not in leading and named_elsewhere(words, first)
        if first is None or (first.pos_ != "PROPN" and not elsewhere) or not all(
                t[:1].isupper() for t in tokens) or demonym_country(argument.text):
            continue
        if kind_noun(argument.text):
            continue  # "Party leader Michael Howard": a kind, not a name (kg.extract.initials)
        last = first.i + 1
        while last < len(words) and words[last].idx < argument.end:
            last += 1
        checked, why = check_name(words, first.i, last, "ORG", frozenset())
        if checked is None and not (why == "generic" and last == first.i + 1 and elsewhere):
            continue  # "Wolves chairman Rick Hayward": a plain word, but the article writes it as a name
        # "Liberal Democrat spokesman Ed Davey": the role's reading took the last word; a
        # capitalised proper noun compounded into it is part of the name.
        while first.i > 0 and _compounded_into(words[first.i - 1], first.i, last):
            first = words[first.i - 1]
        if any(start < argument.end and first.idx < end for start, end in taken):
            continue
        if checked is not None and check_name(words, first.i, last, "ORG", frozenset())[0] is None:
            continue
        seen.add(argument.span)
        yield Mention(start=first.idx, end=argument.end, text=words.text[first.idx : argument.end],
                      type=EntityType.ORGANIZATION, sentence=sentence_of[first.i], modifier=True)


def _compounded_into(word, start: int, end: int) -> bool:
    """A capitalised proper noun that modifies a word of ``start:end`` ("Liberal" of
    "Liberal Democrat")."""
    return word.pos_ == "PROPN" and word.dep_ == "compound" and word.text[:1].isupper() and start <= word.head.i < end


def _people_by_role(names: list[Mention], roles: tuple[RoleReading, ...]) -> list[Mention]:
    """A name that holds a role is a person's, whatever NER said ("Holyrood leader, Nicola
    Sturgeon"): the mention's type says so, as a title does (``mentions``)."""
    holders = {reading.person.span for reading in roles if reading.role and reading.kind not in ("composition", "description")}
    return [
        replace(mention, type=EntityType.PERSON) if mention.span in holders and mention.type is not EntityType.PERSON else mention
        for mention in names
    ]
