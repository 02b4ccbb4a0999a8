"""A speaker described by a name and what they are ("the Chelsea star", "The Man Utd boss")
when the article gives no one that role there: the one person the passage is about, unless
the article gives that person another post (``kg.resolve.narrowed``; model tests, on the
session pipeline)."""

from __future__ import annotations

from extract_helpers import speaker_labels

DUFF = (
    "Republic of Ireland manager Brian Kerr admitted he was frustrated his side did not score more than one goal "
    "in their friendly win over Croatia.\n\n"
    "Kerr applauded the decisive move which earned the victory. \"It was a brilliant goal, fantastic skill by "
    "Damien Duff. Robbie might have scuffed it a little but it was a good goal.\" Matchwinner Keane was another "
    "full of praise for Duff's role in the goal. \"It was great play from Damien,\" said the Tottenham striker.\n\n"
    "Man-of-the-match Duff explained what went wrong when he fluffed a chance to make it 2-0 midway through the "
    "second half. He opted to bring Steve Finnan's cross down and shoot against the bar when a close-range header "
    "looked the best option. \"I would have headed that every time but I completely lost it in the lights,\" said "
    "the Chelsea star."
)
FERGUSON = (
    "Souness joined Sir Alex Ferguson in backing Smith's claims. The Scottish Football Association is about to "
    "embark on the search for Vogts successor after appointing Tommy Burns in a caretaker capacity. Ferguson said: "
    "\"He (Smith) would be the outstanding candidate as far as I'm concerned. \"You need somebody who knows what "
    "they're doing and Walter would bring a wealth of experience to the job.\" The Man Utd boss continued: \"I "
    "don't know what credentials are needed to do the job but it's a job that needs a lot of experience. \"He was "
    "my assistant with Scotland and here at Manchester United and he has also managed Glasgow Rangers."
)


def test_a_club_s_player_is_the_one_the_passage_is_about(nlp):
    assert speaker_labels(nlp, DUFF)["the Chelsea star"] == "Damien Duff"


def test_a_club_s_boss_is_the_speaker_quoted_just_before(nlp):
    assert speaker_labels(nlp, FERGUSON)["The Man Utd boss"] == "Alex Ferguson"


def test_two_people_about_leave_the_striker_to_no_one(nlp):
    # Kerr (given another post, manager) and Keane act in the sentences before.
    assert speaker_labels(nlp, DUFF)["the Tottenham striker"] is None


def test_a_person_given_another_post_is_not_the_striker(nlp):
    # sport/217's sentences with one person about: Wenger is the manager, not "the Arsenal striker".
    text = ("Arsenal manager Arsene Wenger admitted he was frustrated his side did not score more than one goal. "
            "Wenger applauded the decisive move which earned the victory. "
            "\"It was great play from Robert,\" said the Arsenal striker.")
    assert speaker_labels(nlp, text)["the Arsenal striker"] is None


LEWSEY = (
    "Lewsey puzzle over disallowed try\n\n"
    "England's Josh Lewsey has claimed he was denied a late try in his side's Six Nations loss to Ireland.\n\n"
    "The Wasps wing insisted he grounded the ball when he was bundled over the line and said referee Jonathan "
    "Kaplan had made a wrong decision."
)


def test_a_players_national_side_is_no_other_post_than_his_clubs(nlp):
    # "England's Josh Lewsey" in a Six Nations report plays for England (kg.extract.nationalsides):
    # no post at another organisation than the Wasps of "the Wasps wing".
    assert speaker_labels(nlp, LEWSEY)["The Wasps wing"] == "Josh Lewsey"
