"""A play after a past obligation or ability carried out in a match report is done, as after a
simple past ("had to stand his ground to beat away a shot"; kg.extract.achieved with
kg.extract.realised)."""

from __future__ import annotations

from kg.types import Factuality


def _events(nlp, text: str) -> dict[str, Factuality]:
    from kg.extract import extract
    from kg.records import Document

    return {event.lemma: event.factuality for event in extract(Document("t", text), nlp(text)).events}


# bbc/sport/268, its opening and one paragraph (enough sport words for a sports report).
ARSENAL = ("Sol Campbell proved to be an unlikely match-winner to earn Arsenal a hard-fought win at Portsmouth. "
           "The England defender lashed home a 25-yard shot for his first goal in 16 months to take Arsenal back "
           "into second spot, five points behind Chelsea. But before Campbell scored the best two chances of the "
           "game fell to Pompey striker Ricardo Fuller. "
           "Portsmouth were growing in confidence and keeper Manuel Almunia had to stand his ground to beat away a "
           "powerful shot from Berger. Arsenal were struggling to find their rhythm but took the lead through the "
           "unlikely source of Campbell. Arsenal might have stretched their lead two minutes later when Mathieu "
           "Flamini escaped his marker to flash a header wide from Henry's free-kick.")
# bbc/sport/407, its opening and one paragraph.
SCOTLAND = ("Six Chris Paterson penalties gave Scotland victory in a dour but clinical encounter against Italy at "
            "Murrayfield. Coach Matt Williams' side were outmuscled and outplayed in a tense first half but led 6-3 "
            "at the break. "
            "Italy's De Marigny narrowly missed a chance to level the scores again shortly after the break but his "
            "long-range kick shaved the right upright. And Scotland capitalised with a third Paterson penalty on 50 "
            "minutes. Williams' side seemed to have found a spark from somewhere and, after a couple of probing "
            "attacks, Paterson was able to slot another three points to widen the gap.")


def test_a_play_after_had_to_is_done(nlp):
    assert _events(nlp, ARSENAL)["beat away"] is Factuality.ASSERTED


def test_a_play_after_was_able_to_is_done(nlp):
    assert _events(nlp, SCOTLAND)["widen"] is Factuality.ASSERTED


def test_a_play_after_a_future_obligation_stays_planned(nlp):
    # Paraphrased from bbc/sport/268: "will have to" is no past deed.
    text = ARSENAL.replace("had to stand his ground", "will have to stand his ground")
    assert _events(nlp, text)["beat away"] is not Factuality.ASSERTED
