"""A definite event noun that a clause takes as known keeps asserted whatever frames the
clause (kg.extract.takenknown)."""

from __future__ import annotations

import pytest

from kg.types import Factuality


def _events(nlp, sentence: str) -> dict:
    from kg.extract import extract
    from kg.records import Document

    return {event.lemma: event for event in extract(Document("t", sentence), nlp(sentence)).events}


@pytest.mark.parametrize(("sentence", "lemma"), [
    # BBC sport: the kicking's part is admitted, the 18-17 defeat happened (was reported)
    ("Fly-half Charlie Hodgson admitted his wayward kicking played a big part in England's 18-17 defeat to France.",
     "lose"),
    # BBC business: the analysts argue about the factors, not the performance (was reported)
    ("Market analysts are inclined to agree with Mr Lakhani, arguing that there are a number of major factors "
     "behind the KSE's performance.", "performance"),
    # BBC business: the completed takeover is no announcement (was reported)
    ("Oracle has announced it is cutting about 5,000 jobs following the completion of its $10.3bn takeover of its "
     "smaller rival Peoplesoft last week.", "takeover"),
])
def test_a_definite_event_inside_reported_content_is_known(nlp, sentence, lemma):
    assert _events(nlp, sentence)[lemma].factuality is Factuality.ASSERTED


@pytest.mark.parametrize(("sentence", "lemma", "factuality"), [
    # talks: no sale yet, a plan under way (kg.extract.framednouns: "talks over" frames it planned)
    ("Reports said the firm is in talks over the sale of its unit.", "sale", Factuality.PLANNED),
    ("Reports said there was speculation about the sale of its unit.", "sale", Factuality.SPECULATED),
])
def test_a_definite_event_under_talks_or_doubt_keeps_its_frame(nlp, sentence, lemma, factuality):
    assert _events(nlp, sentence)[lemma].factuality is factuality

