"""Lists paired "respectively" (kg.extract.respectively)."""

from __future__ import annotations

import pytest

from tests.extract_helpers import event_roles
from tests.extract_helpers import sentence_events as _events


def _roles(nlp, sentence: str, lemma: str) -> dict:
    found = [event for event in _events(nlp, sentence) if event.lemma == lemma]
    assert found, [event.lemma for event in _events(nlp, sentence)]
    return event_roles(found[0])


@pytest.mark.parametrize(
    ("sentence", "lemma", "gone", "kept"),
    [
        # The list before "respectively" pairs member by member with another: no argument
        # holds it, whole or cut (entertainment/368, entertainment/309, business/405)
        ("Critics tipped Jamie Foxx and Hilary Swank to scoop best actor and actress for Ray and Million Dollar Baby "
         "respectively.", "scoop", "beneficiary", "theme"),
        ("French writer Christophe Barratie and Korean writer Park Chan-Chook shared the best screenplay award for "
         "Les Choristes and Old Boy respectively.", "share", "beneficiary", "theme"),
        ("At the other end of the scale, prices in the South East and London fell by 1.6% and 0.5% respectively.",
         "fall", "difference", "theme"),
    ],
)
def test_a_list_paired_respectively_is_no_argument(nlp, sentence, lemma, gone, kept):
    roles = _roles(nlp, sentence, lemma)
    assert gone not in roles and kept in roles, roles
    assert not any("Old Boy" in text or "Les Choristes" in text for texts in roles.values() for text in texts)


def test_a_phrase_a_respective_list_only_modifies_stays(nlp):
    # the roles are the argument; the films only say whose
    roles = _roles(nlp, "Clive Owen and Sophie Okonedo both got nominated for supporting roles in Closer and Hotel "
                        "Rwanda respectively.", "nominate")
    assert roles["reason"] == ["supporting roles in Closer and Hotel Rwanda respectively"]


def test_a_list_without_respectively_keeps_every_member(nlp):
    roles = _roles(nlp, "Prices in the South East and London fell by 1.6% and 0.5%.", "fall")
    assert roles.get("difference") == ["1.6%", "0.5%"], roles


def test_a_list_of_one_noun_s_modifiers_is_left_as_it_is(nlp):
    # business/468: "air and ground services" is one phrase, not a list the rule pairs
    roles = _roles(nlp, "It plans to split into AZ Fly and AZ Services, which will handle air and ground services "
                        "respectively.", "handle")
    assert roles["theme"] == ["air and ground services"]
