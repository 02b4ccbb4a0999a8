"""What a light verb means with (kg.extract.complements): not an adverb of manner or time,
nor a phrase of circumstance, a parenthetical or a number."""

from __future__ import annotations

import pytest

from tests.extract_helpers import sentence_events


def _lemmas(nlp, sentence: str) -> set[str]:
    return {event.lemma for event in sentence_events(nlp, sentence)}


@pytest.mark.parametrize(("sentence", "lemma", "not_lemma"), [
    # BBC entertainment, sport, politics: an -ly adverb or one of time is no part of the verb.
    ("The research was carried out jointly by the UK Film Council and industry training body Skillset.",
     "carry out", "carry out jointly"),
    ("It is an issue he has taken up before, most notably during the autumn internationals.", "take up", "take up before"),
    ("Mr Fischer said it was taking the roll-out to other areas slowly because of the work involved.", "", "take slowly"),
    ('Mr Blair said he was taking "nothing for granted" ahead of the vote.', "", "take ahead"),
    # A preposition of a circumstance, a phrase set off by a comma, a number.
    ('A Tory government would sort out the "shambles" of immigration, put patients before statistics and bring '
     "discipline to schools, he said.", "", "put before statistics"),
    ("Mr Blair and Liberal Democrat leader Charles Kennedy also gave their views during interviews.", "",
     "give during interviews"),
    ('This means that the US-based Amazon.com holds a patent for its "one-click shopping" service, for example.', "",
     "hold for example"),
    ("Capital Radio DJ Margherita Taylor will select questions to put to him from thousands e-mailed and sent by text.",
     "", "put from thousands"),
    # What a light verb does mean with stays.
    ("Tony Blair lied when he took the UK to war.", "take to war", ""),
    ("But Wales put the outcome beyond doubt with two superb tries in four minutes before the hour.",
     "put beyond doubt", ""),
])
def test_light_verb_complements(nlp, sentence, lemma, not_lemma):
    lemmas = _lemmas(nlp, sentence)
    assert (not lemma or lemma in lemmas) and not_lemma not in lemmas, lemmas
