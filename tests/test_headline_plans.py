"""A headline's "to" infinitive with no finite verb is its plan ("BA to suspend two Saudi
services"), and the body event it restates is one still to come (kg.extract.headlineplans,
kg.resolve.events.headline_event); unseen BBC headlines and sentences (index >= 200)."""

import pytest

from kg.types import Factuality


def _headline(nlp, title: str) -> dict:
    from kg.extract import extract_headline

    return {event.lemma: (event.factuality, event.cue) for event in extract_headline(nlp(title))}


@pytest.mark.parametrize(("title", "lemma"), [
    ("BA to suspend two Saudi services", "suspend"),  # BBC business/432 (was asserted)
    ("Glazer to buy Manchester United", "buy"),  # the parser hangs "to buy" on the name
    ("Tarantino to direct CSI episode", "direct"),  # BBC entertainment/365 (was a purpose, cue "to")
    ("Original Exorcist to be screened", "screen"),  # BBC entertainment/362 (was asserted)
])
def test_a_headline_infinitive_is_planned(nlp, title, lemma):
    assert _headline(nlp, title)[lemma] == (Factuality.PLANNED, "be to")


@pytest.mark.parametrize(("title", "lemma", "reading"), [
    ("Sales 'fail to boost High Street'", "boost", Factuality.NEGATED),  # BBC business/225: a finite verb
    ("Labour seeks to quell feud talk", "quell", Factuality.PLANNED),  # BBC politics/260: "seek", not "be to"
    ("Kidman wins photographer battle", "win", Factuality.ASSERTED),  # BBC entertainment/327
])
def test_a_headline_with_a_finite_verb_is_read_as_any_sentence(nlp, title, lemma, reading):
    found = _headline(nlp, title)[lemma]
    assert found[0] is reading and found[1] != "be to"


# BBC business/432 (shortened): the 2003 suspension comes first, the one to come later.
_BODY = ("British Airways is to halt its flights from London Heathrow to Jeddah and Riyadh in Saudi Arabia from 27 "
         "March. BA suspended flights to Saudi Arabia for three weeks in autumn 2003 after a government warning. "
         "BA will now suspend the Saudi flights from 27 March.")


def test_a_headline_plan_restates_the_body_event_to_come(nlp):
    import kg

    (part,) = kg.build_text(_BODY, nlp=nlp, title="BA to suspend two Saudi services").parts.values()
    restated = next(event for event in part.events if event.id == part.headline_event)
    assert (restated.lemma, restated.factuality) == ("suspend", Factuality.PLANNED)


def test_a_told_headline_restates_the_first_body_event(nlp):
    import kg

    (part,) = kg.build_text(_BODY, nlp=nlp, title="BA suspends two Saudi services").parts.values()
    restated = next(event for event in part.events if event.id == part.headline_event)
    assert (restated.lemma, restated.factuality) == ("suspend", Factuality.ASSERTED)
