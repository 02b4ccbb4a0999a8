"""Rule ``own words`` (kg.extract.sportwords): a short report with few sport words is still a
sports report when an own word of one sport ("striker", "tennis") comes twice; texts paraphrased
from BBC corpus articles sport/266, sport/432 and entertainment/161."""

from __future__ import annotations

import pytest

from kg.extract.sportwords import sport_context
from kg.extract.words import Words

# sport/266, paraphrased: a short transfer report, three sport words, "striker" twice.
_TRANSFER = (
    "Liverpool may make a January bid for their long-time target Fernando Morientes, according to reports. "
    "The Real Madrid striker has been linked with a move to Anfield since the summer. Real are keen to net the "
    "cash as they are said to be planning a big summer bid for Inter Milan striker Adriano. The Reds are sixth, "
    "15 points behind Chelsea, and Benitez wants more options until next season."
)

# sport/432, paraphrased: "tennis" twice and one more sport word.
_TENNIS = (
    "World number one Lindsay Davenport has criticised Wimbledon over equal prize money for women. "
    "The American said it was insulting if prize money was taken away from women's tennis. "
    "She was speaking after the Dubai event said it would join the US Open in offering equal prize money. "
    "Women's tennis is a different game you go to watch, she said, and the men play five sets."
)

# entertainment/161, paraphrased: a footballer in a story on music; own words, but no one twice.
_MUSIC = (
    "Premiership footballer and record company boss Kevin Campbell has won a court order stopping singer "
    "Mark Morrison from releasing an album. The Everton striker signed Morrison to his label and says he spent "
    "thousands of pounds making the album. Morrison said no judge would stop him, and his football-loving fans "
    "wait to see what the label will do next with the record."
)

# The same share of sport words, none of them an own word twice: no report.
_BUSINESS = (
    "The firm's manager said the season had been hard for the retailer. Its team will set new targets for the "
    "year, the board said, and sales of its goods should rise. The shares fell after the statement."
)


@pytest.mark.parametrize(
    ("text", "sport"),
    [(_TRANSFER, True), (_TENNIS, True), (_MUSIC, False), (_BUSINESS, False)],
)
def test_short_report_with_an_own_word_twice_is_a_sports_report(nlp, text, sport):
    assert ("sport" in sport_context(Words(nlp(text)))) is sport


def test_own_word_twice_alone_is_not_enough(nlp):
    # Fewer than three sport words: a passing mention of two strikers makes no sports report.
    text = (
        "The rail union said the striker would return to work on Monday, and a second striker said talks "
        "with the company had gone well. Trains will run as normal."
    )
    assert sport_context(Words(nlp(text))) == frozenset()
