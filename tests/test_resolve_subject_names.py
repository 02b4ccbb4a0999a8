"""Who "he said" is after a subject the parse cut from its name
(``kg.resolve.speakers.name_after_subject``; on the session pipeline, sentences shortened
from BBC articles)."""

from __future__ import annotations

from tests.extract_helpers import said_by

_CRITICS = (
    "Vera Drake's Bafta triumph hope\n\n"
    '"If there is anywhere where this film is going to win, it will be at the Baftas," said Empire\'s Dan Jolin.\n\n'
    "The Guardian's film critic Peter Bradshaw felt that there \"might well be\" a sweep of awards for Vera Drake. "
    '"I hope that Bafta voters will respond to the extremely high standard of acting," he said.')


def test_he_after_a_role_phrase_the_parse_cut_from_its_name_is_that_name(nlp):
    # "The Guardian's film critic" is the subject of "felt", "Peter Bradshaw" its apposition: he speaks next.
    assert said_by(nlp, _CRITICS)["I hope"] == "Peter Bradshaw"


def test_he_after_a_role_phrase_before_an_organisation_s_name_is_not_the_organisation(nlp):
    # The name after the subject is a body's, no "he": the critic quoted before speaks again.
    text = _CRITICS.replace("The Guardian's film critic Peter Bradshaw felt", "The paper's owner Guardian Media Group felt")
    assert said_by(nlp, text)["I hope"] == "Dan Jolin"
