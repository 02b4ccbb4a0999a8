"""A sports report's past deed and the outcome its "to" infinitive tells
(kg.extract.achieved)."""

from __future__ import annotations

from kg.types import Factuality


def _events(nlp, text: str) -> dict[str, Factuality]:
    from kg.extract import extract
    from kg.records import Document

    return {event.lemma: event.factuality for event in extract(Document("t", text), nlp(text)).events}


def test_an_outcome_of_a_past_deed_in_a_match_report_is_done(nlp):
    # BBC sport 483: Hewitt did reach the semi-finals, Nalbandian did set up the decider (were planned)
    text = ("Home favourite Lleyton Hewitt came through a dramatic five-set battle with Argentine David Nalbandian "
            "to reach the Australian Open semi-finals. But Nalbandian broke his serve three times in both of the "
            "next two sets to set up a nailbiting decider.")
    events = _events(nlp, text)
    assert events["reach"] is Factuality.ASSERTED
    assert events["set up"] is Factuality.ASSERTED


def test_a_purpose_outside_sport_or_after_a_future_stays_planned(nlp):
    firm = "The firm cut its prices last year to win new customers in Europe."
    assert _events(nlp, firm)["win"] is Factuality.PLANNED
    ahead = ("Home favourite Lleyton Hewitt will need a dramatic five-set battle with David Nalbandian to reach "
             "the Australian Open semi-finals. Nalbandian broke his serve three times in both sets.")
    assert _events(nlp, ahead)["reach"] is not Factuality.ASSERTED


def test_a_deed_that_only_leans_towards_the_outcome_leaves_it_planned(nlp):
    # BBC sport: Gerrard did not move to Chelsea ("looked set to move": was made asserted)
    text = ("Gerrard looked set to move to Chelsea during the summer and speculation of a switch to Stamford Bridge "
            "has again arisen, with the January transfer window approaching. The midfielder scored twice in the "
            "league match and the striker missed a penalty in the second half of the game.")
    assert _events(nlp, text)["move"] is Factuality.PLANNED


# BBC sport 243: three sentences of the report that make it a sports report.
_REPORT = ("Reds manager Rafael Benitez believes Gerrard can win everything he wants to without moving clubs. \"The main "
           "point I have made is I want to be in a Liverpool side which challenges for the Champions League and the "
           "title all the time,\" he said afterwards. \"But if we want to win more games, important games, we need "
           "Steven in the team,\" said Benitez.")


def _first(nlp, sentence: str) -> dict[str, Factuality]:
    """The readings of the events of ``sentence``, put before the sports report."""
    from kg.extract import extract
    from kg.records import Document

    text = f"{sentence} {_REPORT}"
    events = extract(Document("t", text), nlp(text)).events
    return {event.lemma: event.factuality for event in events if event.trigger_start < len(sentence)}


def test_a_result_given_by_a_past_deed_in_a_match_report_is_done(nlp):
    # BBC sport 243: Liverpool did beat Olympiakos 3-1 and did reach the knockout stages (were planned)
    events = _first(nlp, "Gerrard scored a spectacular late goal to give Liverpool a 3-1 win over Olympiakos and "
                          "book their place in the knockout stages.")
    assert events["give win"] is Factuality.ASSERTED
    assert events["win"] is Factuality.ASSERTED
    assert events["book"] is Factuality.ASSERTED


def test_a_result_given_by_a_deed_still_to_come_stays_planned(nlp):
    events = _first(nlp, "Gerrard will need a spectacular late goal to give Liverpool a 3-1 win over Olympiakos and "
                         "book their place in the knockout stages.")
    assert events["win"] is Factuality.PLANNED
    assert events["book"] is Factuality.PLANNED


def test_a_match_result_beyond_winning_is_done(nlp):
    # BBC sport 440, 381, 304 (were planned): she beat Vinci, Fiji forced the finale, Parker clinched the game
    assert _first(nlp, "Veteran Spaniard Conchita Martinez came from a set down to beat Italian Roberta Vinci at the "
                       "Qatar Open in Doha.")["beat"] is Factuality.ASSERTED
    assert _first(nlp, "They then took charge with scores from Pat Sanderson and Rob Thirlby, but Fiji rallied to "
                       "force a tense finale.")["force"] is Factuality.ASSERTED
    assert _first(nlp, "The centre was Wales' hero in the 11-9 Six Nations win over England, landing a huge late "
                       "penalty from wide out to clinch the game.")["clinch"] is Factuality.ASSERTED


def test_a_match_result_still_to_come_or_outside_sport_stays_planned(nlp):
    assert _first(nlp, "Martinez will need to come from a set down to beat Vinci at the Qatar Open in Doha.")[
        "beat"] is not Factuality.ASSERTED
    firm = "The firm cut its staff last year to force a deal with the unions."
    assert _events(nlp, firm)["force"] is Factuality.PLANNED
