"""What "leave out" leaves out is its theme, no place left (``event_lemmas.tsv``: "leave out",
its own row; "leave" alone keeps the place it leaves as its source), on the shared pipeline.
Sentences paraphrased from entertainment/326, sport/351 and business/334."""

from __future__ import annotations

from kg.records import Document


def _roles(nlp, sentence: str, lemma: str) -> dict[str, str]:
    from kg.extract import extract

    events = [event for event in extract(Document("t", sentence), nlp(sentence)).events if event.lemma == lemma]
    assert events, lemma
    return {argument.role: argument.argument.text for argument in events[0].arguments}


def test_what_a_list_leaves_out_is_its_theme(nlp):
    roles = _roles(nlp, "The Oscars nominations list has left out some of the most controversial films of the past year.",
                   "leave out")
    assert roles.get("theme", "").startswith("some of the most controversial films"), roles
    assert "source" not in roles, roles


def test_the_noun_a_relative_leaves_out_is_its_theme(nlp):
    roles = _roles(nlp, "Critics praised the controversial films that the Academy left out of the nominations list.",
                   "leave out")
    assert roles.get("theme") == "the controversial films", roles
    assert roles.get("source") == "the nominations list", roles


def test_a_player_left_out_of_a_squad_stays_the_patient(nlp):
    roles = _roles(nlp, "Scrum-half Matt Dawson had been left out of the initial squad after a row.", "leave out")
    assert roles.get("patient", "").endswith("Matt Dawson"), roles
    assert roles.get("source") == "the initial squad", roles


def test_leave_alone_keeps_the_place_left(nlp):
    # business/334: "a movement by US companies to leave Iraq"
    roles = _roles(nlp, "Several US companies have left Iraq since the contract was agreed.", "leave")
    assert roles.get("source") == "Iraq", roles
