"""Shared helpers for the extraction tests: triples as plain tuples."""

from __future__ import annotations

import spacy
from spacy.tokens import Doc

from kg.extract.propositions import propositions
from kg.graph import KnowledgeGraph

VOCAB = spacy.blank("en").vocab  # English lexical attributes (lower case, is_alpha ...), no model


def triples(nlp, text: str) -> list[tuple[str, str, str]]:
    """(subject, key, object) of every proposition, object "" when absent."""
    return [(p.subject.text, p.key, p.object.text if p.object else "") for p in propositions(nlp(text))]


def find(nlp, text: str, subject: str, key: str, obj: str):
    """The propositions whose subject/object contain the given words and whose key matches."""
    return [
        p
        for p in propositions(nlp(text))
        if subject in p.subject.text and p.key == key and (obj in (p.object.text if p.object else ""))
    ]


def event_roles(event) -> dict[str, list[str]]:
    """An event mention's arguments as role -> their texts, in order."""
    roles: dict[str, list[str]] = {}
    for argument in event.arguments:
        roles.setdefault(argument.role, []).append(argument.argument.text)
    return roles


def check_event(events, lemma: str, roles: dict, event_class: str) -> None:
    """Assert that ``events`` hold one of ``lemma`` and ``event_class`` whose roles are
    ``roles`` (role -> argument texts; ``None``: the role is absent)."""
    found = [event for event in events if event.lemma == lemma]
    assert found, [(event.lemma, event_roles(event)) for event in events]
    have = event_roles(found[0])
    assert found[0].event_class == event_class
    for role, texts in roles.items():
        assert have.get(role) == texts, have


def check_roles(nlp, sentence: str, lemma: str, roles: dict) -> list:
    """``check_event`` on the events of one sentence, whatever the class of ``lemma``'s event; the events."""
    events = sentence_events(nlp, sentence)
    found = [event for event in events if event.lemma == lemma]
    check_event(events, lemma, roles, found[0].event_class if found else "")
    return events


def entity_texts(nlp, text: str) -> list[str]:
    """The texts of the entity spans ``kg.extract.entities.Entities`` reads in ``text``."""
    from kg.extract.entities import Entities

    doc = nlp(text)
    return [ent.text for ent in Entities(doc, doc.text).spans]


def mention_types(nlp, text: str, sport: frozenset[str] | None = frozenset()) -> dict:
    """Each named mention's text and type (``kg.extract.mentions.find_mentions``), the
    article read as a report of ``sport`` (empty: no sports report; ``None``: whatever
    the text's own words say, as a build reads it)."""
    from kg.extract.mentions import find_mentions

    return {mention.text: mention.type for mention in find_mentions(nlp(text), sport=sport)}


def hand_doc(rows: list[tuple[str, str, str, str, int, str]], ents: list[str] | None = None) -> Doc:
    """A parsed Doc built by hand from (word, pos, tag, dep, head index, lemma) rows, so a
    rule test survives model upgrades."""
    words, pos, tags, deps, heads, lemmas = (list(column) for column in zip(*rows, strict=True))
    return Doc(VOCAB, words=words, pos=pos, tags=tags, deps=deps, heads=heads, lemmas=lemmas, ents=ents)


def resolved_part(nlp, text: str, *, date: str | None = "2005-01-13", title: str | None = None):
    """The resolved ``DocumentGraph`` of one article of ``text`` (extracted and resolved, not
    yet folded into a graph), on the session pipeline."""
    from kg.extract import extract
    from kg.nlp import parse
    from kg.records import Document
    from kg.resolve import resolve

    document = Document(id="t", text=text, title=title, date=date, source="t.txt")
    ((_, doc),) = list(parse(nlp, [document]))
    return resolve(extract(document, doc))


def said_by(nlp, text: str) -> dict[str, str | None]:
    """The label of each quote's speaker (else its speaker as written), by the first two words of what was said."""
    graph = resolved_part(nlp, text, date="2005-02-13")
    labels = {entity.key: entity.label for entity in graph.entities}
    return {" ".join(q.content.split()[:2]): labels.get(q.speaker) if q.speaker else q.speaker_text for q in graph.quotes}


def speakers(nlp, text: str) -> set[str | None]:
    """The labels (else the words) of every quote's speaker (``said_by``)."""
    return set(said_by(nlp, text).values())


def agent_labels(part, lemma: str) -> set[str | None]:
    """The labels of the agents of the ``lemma`` events of a resolved part (None: an agent no
    entity stands for)."""
    labels = {entity.key: entity.label for entity in part.entities}
    return {labels.get(argument.entity) if argument.entity else None for event in part.events if event.lemma == lemma
            for argument in event.participants if argument.role == "agent"}


def article_graph(nlp, text: str) -> KnowledgeGraph:
    """The graph of one article of ``text``, extracted and resolved."""
    from kg.extract import extract
    from kg.nlp import parse
    from kg.records import Document
    from kg.resolve import resolve
    from kg.resolve.across import ArticleLinker

    document = Document(id="t", text=text, date="2005-01-13", source="t.txt")
    ((_, doc),) = list(parse(nlp, [document]))
    return KnowledgeGraph(linker=ArticleLinker()).add_all([resolve(extract(document, doc))])


def named_node_aliases(nlp, text: str) -> dict[str, set[str]]:
    """Each named node of one article's graph: its label with its aliases."""
    graph = article_graph(nlp, text)
    return {entity.label: set(entity.aliases) for entity in graph.entities() if not entity.described}


def speaker_labels(nlp, text: str) -> dict[str, str | None]:
    """Each quote's speaker as written -> the label of the entity it resolved to (None: none)."""
    graph = article_graph(nlp, text)
    return {quote.speaker_text: graph.entity(quote.speaker).label if quote.speaker else None for quote in graph.quotes()}


def sentence_events(nlp, sentence: str):
    """The event mentions kg.extract reads from one sentence, as one document."""
    from kg.extract import extract
    from kg.records import Document

    return extract(Document("t", sentence), nlp(sentence)).events


def event_factualities(nlp, sentence: str) -> dict:
    """Each event lemma of one sentence with its factuality (the last of a lemma read twice)."""
    return {event.lemma: event.factuality for event in sentence_events(nlp, sentence)}


def event_readings(nlp, sentence: str) -> dict:
    """Each event lemma of one sentence with its factuality's value and cue (the last of a lemma read twice)."""
    return {event.lemma: (event.factuality.value, event.cue) for event in sentence_events(nlp, sentence)}


def one_event(nlp, sentence: str, lemma: str):
    """The one event mention of ``lemma`` in ``sentence`` (the test fails if there is not exactly one)."""
    found = [event for event in sentence_events(nlp, sentence) if event.lemma == lemma]
    assert len(found) == 1, [(event.lemma, event_roles(event)) for event in sentence_events(nlp, sentence)]
    return found[0]


def participant_events(nlp, text: str, date: str = "2005-03-01") -> set[str]:
    """Each event of one article, extracted and resolved, as "lemma(the labels of its entity
    participants, sorted)": "sell(Liverpool,Steven Gerrard)"."""
    graph = resolved_part(nlp, text, date=date)
    labels = {entity.key: entity.label for entity in graph.entities}
    return {
        f"{event.lemma}({','.join(sorted(labels.get(p.entity, '') for p in event.participants if p.entity))})"
        for event in graph.events
    }


def role_labels(nlp, text: str, lemma: str) -> set[tuple[str, str | None]]:
    """(role, entity label or None) of each participant of the ``lemma`` events of one
    article, extracted and resolved."""
    graph = resolved_part(nlp, text)
    labels = {entity.key: entity.label for entity in graph.entities}
    return {(p.role, labels.get(p.entity) if p.entity else None)
            for event in graph.events if event.lemma == lemma for p in event.participants}
