"""Whether an article is a sports report (kg.extract.sportwords), on the model; the texts are
written for these tests."""

from __future__ import annotations

import pytest

from kg.extract.sportwords import sport_context, sport_hits
from kg.extract.words import Words


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A firm's quarters are no quarter-finals: no sports report however often they come.
        ("Profits rose in the first quarter, fell in the second quarter and rose again in the third quarter. "
         "The fourth quarter was flat, and each quarter the bank set new targets for its staff.", frozenset()),
        # Before a hyphen they count: without them, too few sport words for a report.
        ("She reached the quarter-final and then the semi-final, and won the final in Paris.", frozenset({"sport"})),
    ],
)
def test_sport_context_counts_prefix_words_before_a_hyphen_only(nlp, text, expected):
    assert sport_context(Words(nlp(text))) == expected


# tech/327 of the BBC corpus: "players" that are MP3 players make no sports report (before the
# rule ``sport senses`` its six "players" did).
_MP3 = (
    "A study by the Pew Internet and American Life Project found that MP3 players are the gadget of choice among "
    "affluent young Americans. The survey did not interview teenagers but it is likely that millions of under-18s "
    "also have MP3 players. The American love affair with digital music players has been made possible as more and "
    "more homes get broadband. Of the 22 million Americans who own MP3 players, 59% are men compared to 41% of "
    "women. Those on high income are four times more likely to have players than those earning less than $30,000. "
    "Almost a quarter of those with broadband at home have players, compared to 9% of those who have dial-up access."
)


def test_sport_context_reads_players_after_a_device_word_as_machines(nlp):
    words = Words(nlp(_MP3))
    assert sport_hits(words) == []
    assert sport_context(words) == frozenset()


def test_sport_context_counts_a_competitions_name(nlp):
    # Competitions' names count as sport words too ("Champions League", "FA Cup"): a short report
    # with few common ones is still one (29 of the corpus's unseen sport reports had none before).
    text = (
        "Arsenal face Bayern Munich in the Champions League on Tuesday after their FA Cup win over Millwall. "
        "Henry also scored in the Carling Cup. Wenger said his squad was ready."
    )
    words = Words(nlp(text))
    assert {word.text for word, _ in sport_hits(words)} >= {"Cup", "League"}
    assert sport_context(words) == frozenset({"sport"})


def test_sport_context_counts_a_captain_and_the_sport_itself(nlp):
    # sport/271 of the BBC corpus, shortened: an award story with few match words is still a report
    text = ("Henry is on the Fifa shortlist with Barcelona's Ronaldinho. The winner will be named at a ceremony. "
            "Hamm is looking to regain the women's award, which she lost last year to striker Prinz. Captains of "
            "every national team will be able to vote, as well as their coaches. The players union takes part too.")
    assert "sport" in sport_context(Words(nlp(text)))
    assert "captain" in {word.lemma_.lower() for word, _ in sport_hits(Words(nlp(text)))}
    # the sport names itself: rugby, twice (the tagger reads "rugby union" as a name)
    rugby = "He left rugby union for rugby league. The coach said the team would miss him and the squad agreed."
    assert "rugby" in sport_context(Words(nlp(rugby)))
