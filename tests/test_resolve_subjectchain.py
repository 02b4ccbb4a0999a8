"""A subject "he"/"she" among several people goes to the last person subject when every
rival is named only after a preposition or as a possessor, no later than that subject's
sentence (kg.resolve.subjectchain; sentences paraphrased from sport/244, sport/254 and
politics/409, on the session pipeline)."""

from __future__ import annotations

from tests.extract_helpers import role_labels

_PEARCE = "Stuart Pearce has admitted he would like to stay at Manchester City. "
_JOINED = "Pearce first joined City as a player under Kevin Keegan in 2001 before becoming part of the coaching staff. "
_COACHED = "He later coached Nottingham Forest for two seasons."


def _agents(nlp, text: str, lemma: str) -> set[str | None]:
    return {label for role, label in role_labels(nlp, text, lemma) if role == "agent"}


def test_he_is_the_subject_when_the_rival_stands_in_a_phrase(nlp):
    assert _agents(nlp, _PEARCE + _JOINED + _COACHED, "coach") == {"Stuart Pearce"}


def test_he_is_the_subject_when_the_rivals_stand_in_phrases(nlp):
    text = _PEARCE + _JOINED + "He was promoted to joint assistant-manager following the departure of Arthur Cox last summer."
    assert ("patient", "Stuart Pearce") in role_labels(nlp, text, "promote")


def test_he_is_the_subject_when_the_rival_is_a_possessor(nlp):
    text = ("The Conservatives gathered in Brighton for their spring forum. "
            "Tory co-chairman Liam Fox opened proceedings with a speech criticising Tony Blair's record in government. "
            "He also attacked the government's failure to control immigration.")
    assert _agents(nlp, text, "attack") == {"Liam Fox"}


def test_no_link_when_a_rival_is_a_subject_in_reach(nlp):
    text = _PEARCE + _JOINED + "Keegan has decided to step down when his contract ends. " + _COACHED
    assert not _agents(nlp, text, "coach") & {"Stuart Pearce", "Kevin Keegan"}


def test_no_link_when_the_rival_is_a_passive_agent(nlp):
    text = _PEARCE + "Pearce was signed by Kevin Keegan in 2001. " + _COACHED
    assert not _agents(nlp, text, "coach") & {"Stuart Pearce", "Kevin Keegan"}


def test_no_link_when_the_rival_is_named_after_the_subjects_sentence(nlp):
    text = ("Manchester City chairman John Wardle said the club had received no bids. "
            "Wardle was speaking at the club's annual general meeting. "
            "The club still owe PSG £5m from the purchase of Nicolas Anelka in May 2002. "
            "He joined Arsenal in 1997.")
    assert not _agents(nlp, text, "join") & {"John Wardle", "Nicolas Anelka"}


def test_no_link_when_a_persons_noun_in_reach_is_an_object(nlp):
    text = ("Richard Dunne is ready to commit his future to Manchester City. "
            "Dunne's professionalism was once questioned by Kevin Keegan, who ordered the defender home "
            "after he turned up for training in a dishevelled state.")
    assert not _agents(nlp, text, "turn up") & {"Richard Dunne", "Kevin Keegan"}
