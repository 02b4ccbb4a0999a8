"""One list of event classes and roles: the extractor's word tables use only the
classes and roles the ontology defines, and the extractor gives no other."""

from __future__ import annotations

from rdflib import OWL, RDF, RDFS

from kg import types
from kg.extract import events as extract_events
from kg.lexicon import events as lexicon
from kg.lexicon.table import read_table
from kg.ontology import events as ontology
from kg.ontology.terms import KG, load_ontology


def test_the_extractor_the_lexicon_and_the_exporters_share_one_list():
    assert lexicon.EVENT_CLASSES == extract_events.EVENT_CLASSES == tuple(types.EVENT_CLASSES)
    assert lexicon.ROLES == extract_events.ROLES == tuple(types.ROLES)
    assert ontology.EVENT_CLASSES is types.EVENT_CLASSES and ontology.ROLES is types.ROLES


def test_the_ontology_defines_every_class_and_role():
    rdf = load_ontology()
    for name in ontology.EVENT_CLASSES.values():
        assert (KG[name], RDF.type, OWL.Class) in rdf and (KG[name], RDFS.subClassOf, KG.Event) in rdf, name
    for name in ontology.ROLES.values():
        assert (KG[name], RDF.type, OWL.ObjectProperty) in rdf, name
        assert (KG[name], RDFS.subPropertyOf, KG[ontology.GENERIC_ROLE]) in rdf, name
    # And no event class or role the code does not know.
    classes = {str(c).rsplit("#", 1)[1] for c in rdf.subjects(RDFS.subClassOf, KG.Event)}
    assert classes == set(ontology.EVENT_CLASSES.values())
    roles = {str(p).rsplit("#", 1)[1] for p in rdf.subjects(RDFS.subPropertyOf, KG[ontology.GENERIC_ROLE])}
    assert roles == set(ontology.ROLES.values())


def test_the_data_tables_use_only_the_ontology_classes_and_roles():
    classes, roles = set(ontology.EVENT_CLASSES), set(ontology.ROLES)
    lemmas = read_table("event_lemmas.tsv")
    assert lemmas and {row.fields[1] for row in lemmas} <= classes
    assert {row.fields[3] for row in lemmas} | {row.fields[4] for row in lemmas if len(row.fields) > 4} <= roles
    prepositions = read_table("event_roles.tsv")
    assert prepositions and {row.fields[1] for row in prepositions} - {"*"} <= classes
    assert {row.fields[3] for row in prepositions} - {"-"} <= roles  # "-": the argument gets no role
    assert set(lexicon.OBJECT_ROLES) | set(lexicon.SUBJECT_ROLES) | set(extract_events.CORE_ROLES) <= roles
    triggers = (*lexicon.VERB_TRIGGERS.values(), *lexicon.NOUN_TRIGGERS.values())
    assert {trigger.event_class for trigger in triggers} <= classes
    assert {role for trigger in triggers for role in (trigger.subject, trigger.object)} <= roles


def test_the_seed_events_have_only_known_classes_and_roles(seed_graph):
    events = list(seed_graph.events())
    assert events
    assert {event.event_class for event in events} <= set(ontology.EVENT_CLASSES)
    assert {participant.role for event in events for participant in event.participants} <= set(ontology.ROLES)
