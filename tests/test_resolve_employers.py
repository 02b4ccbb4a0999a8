"""A name a role is held at is no person's unless written as one (kg.resolve.employers).
Sentences from BBC tech and politics articles (index 200 and up)."""

from __future__ import annotations

from kg.extract import extract
from kg.nlp import parse
from kg.records import Document
from kg.types import EntityType as T


def _types(nlp, text: str) -> dict[str, T]:
    from kg.resolve import resolve

    document = Document(id="t", text=text, date="2005-01-13", source="t.txt")
    ((_, doc),) = list(parse(nlp, [document]))
    return {entity.label: entity.type for entity in resolve(extract(document, doc)).entities}


def test_the_firm_a_role_is_held_at_is_an_organisation(nlp):
    text = ('"Voice command-and-control unlocks the potential of devices," said Ross Blanchard, vice president of '
            "business development for Gracenote.")
    types = _types(nlp, text)
    assert types.get("Gracenote") is T.ORGANIZATION
    assert types.get("Ross Blanchard") is T.PERSON


def test_a_person_an_adviser_serves_stays_a_person(nlp):
    """A name written as a person's (a given name, a title) keeps the vote."""
    text = ("Gordon Brown will deliver his Budget next month. But Mr Brown's former advisor Ed Balls, now a "
            "parliamentary hopeful, said an examination of Tory plans showed a gap.")
    assert _types(nlp, text).get("Gordon Brown") is T.PERSON


def test_a_full_name_with_a_lawyer_stays_a_person(nlp):
    """A lawyer is held for a person as often as for a firm (client_roles.txt): a full name NER read
    as a person's stays one, though no given name list knows "Kostas" (an untuned sport article)."""
    text = ("Greek sprinters Kostas Kenteris and Katerina Thanou have appeared before an independent tribunal. "
            "But Kenteris' lawyer Gregory Ioannidis told BBC Sport earlier this week he was confident.")
    assert _types(nlp, text).get("Kostas Kenteris") is T.PERSON


def test_a_one_word_name_with_a_lawyer_is_the_firm(nlp):
    """A one-word name with a lawyer and "the company" after it is a firm NER read as a person."""
    text = ("Grokster's lawyer argued that the company should be judged by its current behaviour rather than "
            "what it did when it first set up.")
    assert _types(nlp, text).get("Grokster") is not T.PERSON


_ASK_JEEVES = ("Ask Jeeves has bought the Bloglines website to improve the way it handles content from web journals or "
               "blogs. Ask Jeeves said it was not planning to change Bloglines. How much Ask Jeeves paid for Bloglines was "
               "not revealed. In 2004 MSN introduced its own blog system and Yahoo has tweaked its technology to do a "
               "better job of handling blog entries. Jim Lanzone, vice president of search properties at Ask Jeeves in the "
               "US, said it did not acquire Bloglines just to get a foothold in the blog publishing world.")


def test_a_firm_ner_missed_where_the_role_is_held_is_still_an_organisation(nlp):
    """NER reads no name in the role's own sentence; the role counts for the same name elsewhere
    (an untuned tech article)."""
    types = {label: kind for label, kind in _types(nlp, _ASK_JEEVES).items() if "Jeeves" in label}
    assert types and set(types.values()) == {T.ORGANIZATION}, types  # NER: "Jeeves" here, "Ask Jeeves" in the article


def test_it_in_what_a_firm_s_officer_says_is_the_firm(nlp):
    """kg.resolve.employees: "X, vice president at Ask Jeeves, said it ..." is Ask Jeeves, not the
    firm the sentence before was about; a person with no post is nobody's "it", and a body named
    between the speaker and the clause is a rival ("called Labour ... but said it")."""
    from extract_helpers import agent_labels, resolved_part

    agents = agent_labels(resolved_part(nlp, _ASK_JEEVES), "acquire")
    assert len(agents) == 1 and "Jeeves" in str(agents), agents
    rival = ("Labour has launched its campaign. Tory Shadow Chancellor Oliver Letwin called Labour \"a brilliant machine "
             "for talking about things\" but said it did not deliver policies the country needs.")
    assert agent_labels(resolved_part(nlp, rival), "deliver") in (set(), {None}, {"Labour Party"})


def test_an_extraposed_infinitive_has_no_doer(nlp):
    """kg.extract.extraposed: "it was important to cut costs" says what would be good; the firm
    the "it" would resolve to cut nothing. An adjective whose infinitive is the subject's own act
    ("due to", "ready to") keeps its doer."""
    from extract_helpers import agent_labels, resolved_part

    text = ("John Woodward, chief executive of the UK Film Council, said it was extremely heartening to see British "
            "filmmaking talent recognised. Microsoft said it was important to cut costs. Sony said it was due to "
            "announce a replacement.")
    part = resolved_part(nlp, text)
    assert agent_labels(part, "see") <= {None}
    assert agent_labels(part, "cut") <= {None}
    assert agent_labels(part, "announce") == {"Sony"}
    # a preposition's complement is the subject's own state: the firm buys (untuned business/418)
    talks = "Sony said it is in final negotiations with LVMH to buy the fashion house."
    assert agent_labels(resolved_part(nlp, talks), "buy") == {"Sony"}
