"""An "over" phrase that names a span of time, a medium or a win's beaten party is no reason
of the event (kg.extract.overphrases); a matter argued over stays the reason."""

from __future__ import annotations

import pytest

from kg.records import Document


def _roles(nlp, sentence: str, lemma: str) -> dict[str, str]:
    from kg.extract import extract

    events = [event for event in extract(Document("t", sentence), nlp(sentence)).events if event.lemma == lemma]
    assert events, lemma
    return {argument.role: argument.argument.text for argument in events[0].arguments}


@pytest.mark.parametrize(
    ("sentence", "lemma"),
    [
        ("Clearswift has seen a 180% rise in sex-related spam over the course of the last month.", "see"),
        ("BT is starting its push into television with plans to offer TV over broadband.", "offer"),
        ("The BBC is also trialling a service to play programmes over the net.", "play"),
        ("Ruddock will name his starting line-up for the England game at 1830 GMT on Tuesday evening, as Wales target "
         "their first victory in Cardiff over the world champions since 1993.", "target"),
    ],
)
def test_over_a_span_a_medium_or_a_beaten_party_is_no_reason(nlp, sentence, lemma):
    roles = _roles(nlp, sentence, lemma)
    assert "reason" not in roles, roles


def test_a_matter_argued_over_stays_the_reason(nlp):
    sentence = "World number one Lindsay Davenport has criticised Wimbledon over the issue of equal prize money for women."
    roles = _roles(nlp, sentence, "criticise")
    assert roles.get("reason") == "the issue of equal prize money for women", roles


@pytest.mark.parametrize(
    ("sentence", "lemma", "theme"),
    [
        ("However, Montgomery responded quickly by slotting over a superb penalty from near the right touchline "
         "to cut Ireland's lead to five points again.", "slot", "a superb penalty"),
        ("O'Gara rifled over another penalty in the 45th minute, but Contepomi matched it three minutes later.",
         "rifle", "another penalty"),
    ],
)
def test_over_right_after_a_kicking_verb_is_a_particle_and_its_noun_the_theme(nlp, sentence, lemma, theme):
    roles = _roles(nlp, sentence, lemma)
    assert "reason" not in roles, roles
    assert roles.get("theme") == theme, roles
