"""A command or plea is asked for, not done (kg.extract.commands); sentences shortened
from BBC articles and a listeners' campaign."""

from __future__ import annotations

import pytest

from tests.extract_helpers import event_readings


@pytest.mark.parametrize(("sentence", "lemma"), [
    ("The listeners' message to the BBC was simple: bring back Steve Lamacq.", "bring back"),
    ('"Bring back Lamacq" was the cry from thousands of listeners.', "bring back"),
    ("Stop the war and bring the troops home, the protesters chanted.", "bring"),
])
def test_an_imperative_is_asked_for_not_done(nlp, sentence, lemma):
    assert event_readings(nlp, sentence)[lemma] == ("possible", "imperative")


@pytest.mark.parametrize(("sentence", "lemma", "reading"), [
    ("He helped win the title for Chelsea.", "win", ("asserted", None)),  # a bare infinitive inside a clause
    ("The protesters stopped the war.", "stop", ("asserted", None)),
    # tech: a firm's name, no command
    ("Ask Jeeves has bought the Bloglines website.", "ask", ("asserted", None)),
])
def test_a_bare_verb_inside_a_clause_is_no_command(nlp, sentence, lemma, reading):
    assert event_readings(nlp, sentence)[lemma] == reading
