"""A "he"/"she" opening a sentence after "X said Y had ..." or "X rejected claims that Y ...":
X, the one whose words the sentence before reports, not Y named only inside them
(kg.resolve.reportedrivals; sentences paraphrased from politics/256, politics/268 and sport/265, on the
session pipeline)."""

from __future__ import annotations

from tests.extract_helpers import agent_labels, resolved_part, said_by

_MET = "Labour MPs met at Westminster on Monday. "
_SAID = "Ex-Labour leader Neil Kinnock said Mr Brown would never encourage any kind of insurrection or coup. "
_CRITICISED = "He criticised the media for fuelling the row."


def _agents(nlp, text: str, lemma: str) -> set[str | None]:
    return agent_labels(resolved_part(nlp, text), lemma)


def test_he_after_speech_is_the_speaker_not_the_one_spoken_of(nlp):
    assert _agents(nlp, _MET + _SAID + _CRITICISED, "criticise") == {"Neil Kinnock"}


def test_he_after_a_claim_nouns_clause_is_the_one_who_rejected_it(nlp):
    text = _MET + "Health Secretary Alan Milburn rejected claims that Mr Brown had been sidelined in the campaign. " + _CRITICISED
    assert _agents(nlp, text, "criticise") == {"Alan Milburn"}


def test_no_link_when_the_rival_is_named_outside_what_was_said(nlp):
    text = "Gordon Brown was in China on Monday. " + _SAID + _CRITICISED
    assert not _agents(nlp, text, "criticise") & {"Neil Kinnock", "Gordon Brown"}


def test_no_link_when_the_pronoun_does_not_open_its_sentence(nlp):
    text = _MET + _SAID + "On Tuesday he criticised the media for fuelling the row."
    assert not _agents(nlp, text, "criticise") & {"Neil Kinnock", "Brown"}


def test_no_link_when_the_verb_is_one_the_person_spoken_of_does(nlp):
    text = ("Birmingham City play Chelsea on Saturday. Manager Steve Bruce said Jesper Gronkjaer had injured his knee "
            "in training. He will miss the match against Chelsea.")
    assert not _agents(nlp, text, "miss") & {"Steve Bruce", "Jesper Gronkjaer"}


def test_no_link_when_the_opening_subject_is_no_reporter(nlp):
    text = _MET + "Ex-Labour leader Neil Kinnock met Mr Brown in London. " + _CRITICISED
    assert not _agents(nlp, text, "criticise") & {"Neil Kinnock", "Brown"}


_REJECTED = ("Health Secretary Alan Milburn rejected claims that Mr Brown had been sidelined in the campaign. "
             "He rejected speculation that Mr Brown was considering becoming Foreign Secretary. ")


def test_speaker_he_after_two_claims_is_the_one_who_rejected_them(nlp):
    text = _MET + _REJECTED + "He said the chancellor would play the same role as in the last election."
    assert said_by(nlp, text).get("the chancellor") == "Alan Milburn"


def test_speaker_he_not_opening_its_sentence_is_left_to_the_other_rules(nlp):
    text = _MET + _REJECTED + "Speaking in Leeds, he said the chancellor would play the same role as in the last election."
    assert said_by(nlp, text).get("the chancellor") != "Alan Milburn"
