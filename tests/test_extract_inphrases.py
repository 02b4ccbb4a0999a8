"""The "in" phrase of a verb of ``in_theme_verbs.tsv`` that is no time or place is its theme:
the work a performer stars in, the contest one competes in (kg.extract.inphrases); a place
or a time stays so, and "play" keeps no such theme. Sentences shortened from unseen BBC
articles (entertainment/214, entertainment/224, entertainment/277, sport/467, entertainment/215,
entertainment/323, entertainment/377)."""

from __future__ import annotations

import pytest

from tests.extract_helpers import check_roles


@pytest.mark.parametrize(
    ("sentence", "lemma", "theme"),
    [
        ("Sarah Lancashire and Timothy Spall will star in the real-life drama, Cherished.", "star",
         "the real-life drama"),
        ("Farrell's appearance is a result of his friendship with Zach Braff, who stars in the programme.", "star",
         "the programme"),
        ("Julie Andrews starred in the 1965 film version of the classic.", "star",
         "the 1965 film version of the classic"),
        ("Capriati also decided against competing in the Australian Open warm-up event.", "compete",
         "the Australian Open warm-up event"),
    ],
)
def test_what_a_performer_stars_or_competes_in_is_the_theme(nlp, sentence, lemma, theme):
    check_roles(nlp, sentence, lemma, {"theme": [theme]})


def test_a_place_or_a_time_after_in_stays_so(nlp):
    check_roles(nlp, "Julie Andrews starred in London in 1965.", "star", {"place": ["London"], "time": ["1965"],
                                                                          "theme": None})


def test_play_keeps_no_theme_from_in(nlp):
    check_roles(nlp, "Jones played in the wind for the first half.", "play", {"theme": None})


@pytest.mark.parametrize(
    ("sentence", "lemma", "topic"),
    [
        ("In other South Bank categories, Alan Bennett's The History Boys won in the theatre category.", "win",
         "the theatre category"),
        ("Kate Winslet was also nominated in the best actress category for her role in Eternal Sunshine.", "nominate",
         "the best actress category"),
    ],
)
def test_an_award_category_after_the_verb_is_the_topic(nlp, sentence, lemma, topic):
    # the fronted "In other South Bank categories" frames the sentence: no topic of the win
    check_roles(nlp, sentence, lemma, {"topic": [topic]})


def test_a_fronted_in_phrase_is_no_theme(nlp):
    # "In the TV categories" frames the sentence: what is competed for is the award (entertainment/377)
    check_roles(nlp, "In the TV categories, comedy series Early Doors and The Alan Clark Diaries will compete for the "
                "best directing award.", "compete", {"theme": None, "topic": ["the best directing award"]})


@pytest.mark.parametrize(
    ("sentence", "lemma", "topic"),
    [
        # BBC entertainment/205 (shortened): what failed is the attempt.
        ("NBC failed in their attempt to have the show pulled.", "fail", ["their attempt to have the show pulled"]),
        # BBC sport/201 (shortened).
        ("Chelsea have been criticised, with the Professional Footballers' Association accusing the club of failing "
         "in their duty of care to the player.", "fail", ["their duty of care"]),
        # "in the end" is an aside, no topic (BBC politics/290, shortened).
        ("It is this fear which enables terrorists to succeed in the end.", "succeed", None),
    ],
)
def test_what_failed_or_succeeded_is_the_topic(nlp, sentence, lemma, topic):
    check_roles(nlp, sentence, lemma, {"topic": topic})
