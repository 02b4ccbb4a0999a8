"""An event noun with one participant and no agent, time or figure is not kept
(kg.resolve.barenouns): "a four-set win over Andy Roddick", "a deal with the International Monetary Fund";
one with an agent, a time or a second participant stays, and so does a value's change
("the rise in contributions"), violence or a trial."""

from __future__ import annotations

from kg.extract import extract
from kg.records import Document
from kg.resolve import resolve


def _events(nlp, text: str) -> list[tuple[str, tuple[str, ...]]]:
    document = Document(id="t", text=text, date="2005-01-13")
    graph = resolve(extract(document, nlp(text)))
    return [(event.lemma, tuple(sorted(p.role for p in event.participants))) for event in graph.events]


def _lemmas(nlp, text: str) -> list[str]:
    return [lemma for lemma, _ in _events(nlp, text)]


def test_a_win_over_a_rival_with_no_winner_is_dropped(nlp):
    # sport/486: the noun gives only the beaten player
    text = ("Lleyton Hewitt kept his dream of an Australian Open title alive with a four-set win "
            "over Andy Roddick in the second semi-final.")
    assert ("win", ("opponent",)) not in _events(nlp, text)


def test_a_deal_with_one_side_is_dropped(nlp):
    # business/277: who makes the deal with the IMF is left to the article
    text = "A loan restructuring deal with the International Monetary Fund (IMF) is pretty much in the can."
    assert "deal" not in _lemmas(nlp, text)


def test_a_meeting_with_one_person_is_dropped(nlp):
    # business/496: who met Hans Eichel is the speaker, not the noun's
    text = ('"Asia should engage in greater currency flexibility," said French finance minister '
            "Herve Gaymard, after a meeting with his German counterpart Hans Eichel.")
    assert "meeting" not in _lemmas(nlp, text)


def test_a_win_with_its_winner_stays(nlp):
    # sport/411: the possessor is the winner
    text = "The 28-year-old fractured the radius in his right forearm during Gloucester's 17-16 win over Bath on Saturday."
    assert "win" in _lemmas(nlp, text)


def test_a_rise_stays(nlp):
    # business/238: a value's change is news by itself
    text = ('Helen Sudell, editor of the IDS Pensions Service, said the rise in contributions was '
            '"staggering" and the highest ever recorded by IDS.')
    assert "rise" in _lemmas(nlp, text)


def test_a_trial_stays(nlp):
    # business/506: who is tried is the news
    text = "The trial of Emilio Botin, the chairman of Spain's most powerful bank, has started in Madrid."
    assert "trial" in _lemmas(nlp, text)
