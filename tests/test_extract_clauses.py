"""Verb-clause rules on real parses: (sentence, expected triple) tables."""

from __future__ import annotations

import pytest

from kg.types import Factuality
from tests.extract_helpers import find, triples

# (sentence, subject, key, object) that must be found, asserted (not negated, no modality).
ASSERTED = [
    # subject-verb-object
    ("Protesters stormed government buildings.", "Protesters", "storm", "government buildings"),
    # prepositional object joins the relation
    ("The rebels withdrew from the capital on Monday.", "The rebels", "withdraw from", "the capital"),
    ("The fighters pulled out of the city.", "The fighters", "pull out of", "the city"),
    # light-verb noun: the preposition belongs to the relation
    ("The president requested assistance from the alliance.", "The president", "request from", "the alliance"),
    # passive with agent, passive without agent
    ("The airport was stormed by the protesters.", "The airport", "storm by", "the protesters"),
    ("The soldiers were deployed to the border.", "The soldiers", "deploy to", "the border"),
    # coordination: shared subject distributed over two verbs
    ("The minister blamed the unrest on terrorists and requested help from Moscow.", "The minister", "request from", "Moscow"),
    ("The minister blamed the unrest on terrorists and requested help from Moscow.", "The minister", "blame", "the unrest"),
    # coordinated objects distributed
    ("The company sells cars and trucks.", "The company", "sell", "cars"),
    ("The company sells cars and trucks.", "The company", "sell", "trucks"),
    # relative clause: the antecedent is the subject
    ("The farmers, who grow rice, sold their land.", "The farmers", "grow", "rice"),
    # a description and its name read by the parser as two subjects: the name is the subject
    ("Ken Loach's gritty labour drama Sweet Sixteen has collected five awards.", "Sweet Sixteen", "collect", "five awards"),
    # copula
    ("Paris is the capital of France.", "Paris", "be", "the capital of France"),
    # object of a destination: the graph's edge to the place
    ("The bloc sent more than 2,000 troops to Kazakhstan last week.", "The bloc", "send to", "Kazakhstan"),
    ("The bloc sent more than 2,000 troops to Kazakhstan last week.", "The bloc", "send", "more than 2,000 troops"),
]


@pytest.mark.parametrize(("sentence", "subject", "key", "obj"), ASSERTED)
def test_extract_clauses_asserted(nlp, sentence, subject, key, obj):
    found = find(nlp, sentence, subject, key, obj)
    assert found, triples(nlp, sentence)
    assert any(p.factuality is Factuality.ASSERTED and p.cue is None for p in found)


def test_extract_clauses_negation_never_asserted(nlp):
    found = find(nlp, "Messi never played for China.", "Messi", "play for", "China")
    assert found and all(p.factuality is Factuality.NEGATED for p in found)
    found = find(nlp, "The army did not leave the city.", "The army", "leave", "the city")
    assert found and all(p.factuality is Factuality.NEGATED for p in found)


@pytest.mark.parametrize(
    ("sentence", "subject", "key", "obj", "factuality", "cue"),
    [
        # xcomp chain: the proposition is the lower verb, the upper one its cue
        ("The troops are preparing to pull out of Kazakhstan.", "The troops", "pull out of", "Kazakhstan", "planned", "prepare"),
        ("The company plans to buy the factory.", "The company", "buy", "the factory", "planned", "plan"),
        # modal auxiliaries
        ("The talks may collapse over the weekend.", "The talks", "collapse", "", "possible", "may"),
        ("The government could raise taxes.", "The government", "raise", "taxes", "possible", "could"),
    ],
)
def test_extract_clauses_factuality(nlp, sentence, subject, key, obj, factuality, cue):
    found = find(nlp, sentence, subject, key, obj)
    assert found, triples(nlp, sentence)
    assert all(p.factuality.value == factuality and p.cue == cue for p in found)


def test_extract_clauses_passive_kind_and_relation_text(nlp):
    found = find(nlp, "The airport was stormed by the protesters.", "The airport", "storm by", "protesters")
    assert found[0].kind == "passive"
    assert found[0].relation == "was stormed by"


def test_extract_clauses_object_control_gives_the_object_as_subject(nlp):
    # "asked the court to delay" -> the court delays
    assert find(nlp, "The lawyers asked the court to delay the trial.", "the court", "delay", "the trial")


def test_extract_clauses_object_control_read_as_an_adverbial_clause(nlp):
    # the parse hangs "to challenge" on "forces" as an advcl (BBC entertainment): the soldiers challenge
    sentence = ("McKendry's entry, Everything In This Country Must, forces British soldiers and Catholics "
                "to challenge their relationship during the troubles in Northern Ireland.")
    assert find(nlp, sentence, "British soldiers", "challenge", "their relationship"), triples(nlp, sentence)


def test_extract_clauses_outcome_of_a_win_is_the_winners(nlp):
    # "defeated Venus Williams to reach the final": the winner reaches it, not the beaten side
    assert find(nlp, "Serena Williams defeated Venus Williams to reach the final.", "Serena Williams", "reach", "the final")
    assert not find(nlp, "Serena Williams defeated Venus Williams to reach the final.", "Venus Williams", "reach", "the final")


def test_extract_clauses_participle_describes_its_noun(nlp):
    assert find(nlp, "He saw an armada preparing to invade England.", "an armada", "invade", "England")


def test_extract_clauses_offsets_point_into_the_text(nlp):
    text = "Officials in Almaty said protesters seized the airport."
    doc = nlp(text)
    from kg.extract.propositions import propositions

    for p in propositions(doc):
        for arg in (p.subject, p.object, *p.extras):
            if arg is not None:
                assert text[arg.start:arg.end].split() == arg.text.split()
                assert arg.start <= arg.head_start < arg.head_end <= arg.end
        assert (p.sentence[0], p.sentence[1]) == (0, len(text))


def test_extract_clauses_adjective_chain(nlp):
    found = find(nlp, "The government will be able to halve the deficit.", "The government", "halve", "the deficit")
    assert found and found[0].relation == "will be able to halve"


def test_extract_clauses_reduced_passive_relative(nlp):
    found = find(nlp, "They found a letter hidden under the floor.", "a letter", "hide under", "the floor")
    assert found and found[0].kind == "passive"
    assert found[0].relation.split()[0] in ("is", "was")


@pytest.mark.parametrize(
    ("sentence", "expected", "absent"),
    [
        # a bare infinitive after a verb of perception, parsed as a coordinated verb: the object acts
        ("McLeish watched Rangers lose 2-0 to Celtic.", ("Rangers", "lose to", "Celtic"), ("McLeish", "lose to", "Celtic")),
        # a real coordination keeps the shared subject; an "and" clause keeps its own
        ("Ferguson saw United beat Chelsea and praised his players.", ("Ferguson", "praise", "his players"),
         ("United", "praise", "his players")),
        ("The fans watched the stand burn and the police arrived.", ("the police", "arrive", ""), ("The fans", "arrive", "")),
    ],
)
def test_extract_clauses_bare_complement_subject(nlp, sentence, expected, absent):
    found = triples(nlp, sentence)
    assert expected in found and absent not in found, found


def test_extract_clauses_bare_complement_event(nlp):
    from kg.extract import extract
    from kg.records import Document
    from tests.extract_helpers import event_roles

    sentence = "McLeish watched Rangers lose 2-0 to Celtic."
    lose = [e for e in extract(Document("t", sentence), nlp(sentence)).events if e.lemma == "lose"]
    assert [event_roles(e) for e in lose] == [{"agent": ["Rangers"], "quantity": ["2-0"], "opponent": ["Celtic"]}]


def test_extract_clauses_a_singular_relative_clause_after_a_list_describes_its_nearest_item(nlp):
    # BBC entertainment: Vera Drake has 11 nominations, not The Motorcycle Diaries (nor the whole list)
    sentence = ("It is up against Eternal Sunshine of the Spotless Mind, Finding Neverland, The Motorcycle Diaries and "
                "British film Vera Drake, which has 11 nominations.")
    subjects = {t[0] for t in triples(nlp, sentence) if t[1] == "have"}
    assert subjects == {"British film Vera Drake"}, triples(nlp, sentence)
    # a plural verb keeps the whole list: all three worked on the chip
    plural = "Sony, IBM and Toshiba, who have been working on the Cell processor for three years, unveiled the chip."
    assert "Sony, IBM and Toshiba" in {t[0] for t in triples(nlp, plural) if t[1] == "work on"}, triples(nlp, plural)
    # no comma: the relative clause may describe the noun the list hangs on (the technology provides)
    restrictive = ("Sprint will spend around $1bn on EV-DO technology from Lucent Technologies, Nortel Networks and "
                   "Motorola that provides average data speeds of 0.3-0.5 megabits a second.")
    from kg.extract import extract
    from kg.records import Document

    events = extract(Document("t", restrictive), nlp(restrictive)).events
    agents = [[a.argument.text for a in e.arguments if a.role == "agent"] for e in events if e.lemma == "provide"]
    assert ["Motorola"] not in agents, agents


def test_extract_clauses_who_never_stands_for_a_place(nlp):
    # BBC entertainment 291: the quartet performed, not Ohio
    sentence = ("Justin Timberlake introduced soul group the O'Jays, a gospel-style quartet from Ohio, who performed a "
                "medley of their best-known songs.")
    found = [t for t in triples(nlp, sentence) if t[1] == "perform"]
    assert found and all(t[0].startswith("a gospel-style quartet") for t in found), triples(nlp, sentence)
    # a place NER gives a person's name after "for" is left alone: Staunton played Vera Drake
    person = "It was also a debut nomination for Staunton, 49, who played abortionist Vera Drake in Mike Leigh's film."
    assert [t for t in triples(nlp, person) if t[1] == "play" and t[0] == "Staunton"], triples(nlp, person)
