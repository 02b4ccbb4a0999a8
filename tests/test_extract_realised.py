"""A past obligation or ability that was carried out (kg.extract.realised): "was able to
slot another three points" slotted them; "would be able to", "if ... was able to", "was
not able to" keep their reading. Sentences shortened from unseen BBC articles."""

from __future__ import annotations

import pytest

from kg.types import Factuality
from tests.extract_helpers import event_factualities


@pytest.mark.parametrize(("sentence", "lemma", "factuality"), [
    ("Paterson was able to slot another three points to widen the gap.", "slot", Factuality.ASSERTED),
    ("I was fully expecting a tough opponent and was able to play well enough to get through it.", "play",
     Factuality.ASSERTED),
    ("Smith had to pull out of the race with an injury.", "pull out", Factuality.ASSERTED),
    # an "if", a modal, a negation: not done
    ("If every voter was able to spend time in a room with Tony, we will have no problem with turnout.", "spend",
     Factuality.POSSIBLE),
    ("He said he would be able to play against Wales.", "play", Factuality.POSSIBLE),
    ("Paterson was not able to slot the penalty.", "slot", Factuality.NEGATED),
])
def test_realised_past_ability(nlp, sentence, lemma, factuality):
    assert event_factualities(nlp, sentence)[lemma] is factuality


@pytest.mark.parametrize(("sentence", "lemma", "factuality"), [
    # sport/361, politics/2xx: an eagerness to do what is done by saying it is the saying
    ("Gallacher was keen to pay tribute to the role Hodges has played at Stradey Park.", "pay", Factuality.ASSERTED),
    ("However, the administration is keen to highlight its global effort to tackle HIV/Aids.", "highlight",
     Factuality.ASSERTED),
    # not an act of saying, or not yet
    ("Ruddock, though, is keen to protect his players from injury and fatigue.", "protect", Factuality.PLANNED),
    ("The administration will be keen to highlight its global effort to tackle HIV/Aids.", "highlight",
     Factuality.PLANNED),
])
def test_eager_to_say_is_saying(nlp, sentence, lemma, factuality):
    assert event_factualities(nlp, sentence)[lemma] is factuality


@pytest.mark.parametrize(("sentence", "lemma", "factuality"), [
    # sport and business coverage: a present perfect of the obligation or ability was carried out
    ("Injuries to Smith and Saha meant Wayne Rooney has sometimes had to play in a lone role up front.", "play",
     Factuality.ASSERTED),
    ("Downstream more than half a million people have had to be relocated for the dam.", "relocate", Factuality.ASSERTED),
    ("The firm has been able to cut its costs this year.", "cut", Factuality.ASSERTED),
    # a modal, a negation or a present obligation: not done
    ("The firm would have had to cut its costs.", "cut", Factuality.POSSIBLE),
    ("The firm has not had to cut its costs.", "cut", Factuality.NEGATED),
    ("The firm has to cut its costs.", "cut", Factuality.PLANNED),
])
def test_realised_present_perfect(nlp, sentence, lemma, factuality):
    assert event_factualities(nlp, sentence)[lemma] is factuality
