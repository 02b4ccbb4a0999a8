"""An event noun's "his" or "her" is a party to its event, not "its" or "their"
(kg.extract.possessorpronouns), linked by resolution as a verb's "he" or "she" is;
on sentences of BBC news articles of index 200 and up, paraphrased."""

from __future__ import annotations

from kg.extract import extract
from kg.nlp import parse
from kg.records import Document


def _roles(nlp, sentence: str, lemma: str) -> list[dict[str, str]]:
    events = extract(Document("t", sentence), nlp(sentence)).events
    return [{a.role: sentence[a.argument.start : a.argument.end] for a in event.arguments}
            for event in events if event.lemma == lemma]


def _resolved(nlp, text: str, lemma: str) -> list[list[tuple[str, str, str | None]]]:
    from kg.resolve import resolve

    document = Document(id="t", text=text, date="2005-01-13", source="t.txt")
    ((_, doc),) = list(parse(nlp, [document]))
    part = resolve(extract(document, doc))
    labels = {entity.key: entity.label for entity in part.entities}
    return [[(p.role, p.text, labels.get(p.entity) if p.entity else None) for p in event.participants]
            for event in part.events if event.lemma == lemma]


def test_his_before_a_row_is_its_agent(nlp):
    # BBC sport (index 200 and up): Bellamy rowed with Souness
    (row,) = _roles(nlp, "Newcastle have fined Craig Bellamy two weeks' wages following his row with manager "
                         "Graeme Souness.", "row")
    assert row.get("agent") == "his", row


def test_his_before_an_arrest_is_who_was_arrested(nlp):
    # BBC business (index 200 and up), paraphrased with who arrested him: he was arrested, he arrested no one
    (arrest,) = _roles(nlp, "Mr Khodorkovsky is on trial for fraud following his arrest by Russian police in 2003.",
                       "arrest")
    assert arrest.get("patient") == "his" and arrest.get("agent") == "Russian police", arrest


def test_his_before_a_nomination_by_someone_is_the_nominee(nlp):
    # BBC business (index 200 and up): Sharon nominated Fischer
    (nomination,) = _resolved(nlp, "Stanley Fischer will head the central bank. His nomination by Prime Minister Ariel "
                                   "Sharon came as a surprise.", "nomination")
    assert ("theme", "His", "Stanley Fischer") in nomination and ("agent", "Prime Minister Ariel Sharon", "Ariel Sharon") \
        in nomination, nomination


def test_a_pronoun_alone_makes_no_event(nlp):
    # BBC business and politics (index 200 and up): no other party, no event, as before
    assert _roles(nlp, "Mr Khodorkovsky is currently on trial for fraud following his arrest in October 2003.",
                  "arrest") == []
    # a belief, not a court's conviction
    assert _roles(nlp, "He said his conviction in Britain's right to govern itself had not changed.", "conviction") == []


def test_a_first_person_possessor_stays_out(nlp):
    # paraphrased from a quoted speaker (BBC sport): "our" is the speaker's side, no one resolution links
    for roles in _roles(nlp, "We are looking forward to our clash with Chelsea on Sunday.", "clash"):
        assert "agent" not in roles and "our" not in roles.values(), roles


def test_the_pronoun_is_linked_to_the_one_it_means(nlp):
    # BBC sport (index 200 and up): Bellamy rowed with Souness, not Newcastle
    (row,) = _resolved(nlp, "Newcastle have fined their Welsh striker Craig Bellamy two weeks' wages following his row "
                            "with manager Graeme Souness.", "row")
    assert row == [("agent", "his", "Craig Bellamy"), ("opponent", "manager Graeme Souness", "Graeme Souness")], row


def test_a_pronoun_no_one_stands_for_leaves_the_event_without_agent(nlp):
    # "his" with no person named: no agent, never a wrong one (the row keeps its opponent)
    for row in _resolved(nlp, "Newcastle fined the striker following his row with manager Graeme Souness.", "row"):
        assert all(role != "agent" or label is None for role, _, label in row), row


def test_its_stays_out(nlp):
    # BBC business (index 200 and up): resolution would take "its" for the LSE, subject of the clause before
    for roles in _roles(nlp, "Euronext already has a presence in London due to its 2001 acquisition of London-based "
                             "options and futures exchange Liffe.", "acquisition"):
        assert "its" not in roles.values(), roles
