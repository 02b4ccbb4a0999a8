"""A writer's sentence about someone else between two quotations ends the first speaker's turn
(``kg.extract.interjected``, on the session pipeline; sentences paraphrased from BBC articles
with index 200 and above)."""

from __future__ import annotations

from kg.extract import extract
from kg.nlp import parse
from kg.records import Document


def _speakers_of(nlp, text: str, opening: str) -> set[str | None]:
    """The speakers of the speech whose content opens with ``opening``."""
    document = Document(id="t", text=text)
    ((_, doc),) = list(parse(nlp, [document]))
    return {s.speaker.text if s.speaker else None for s in extract(document, doc).speech
            if text[s.content[0] : s.content[1]].startswith(opening)}


def test_interjected_a_sentence_about_another_named_person_ends_the_turn(nlp):
    # sport/316: the second quotation is Ruddock's, not Forster's.
    text = ('"I\'m sure the guys would want to come back to get some game time," Forster told BBC Wales Sport. '
            '"And the supporters want to see the star players performing on the pitch." Ruddock, though, is keen '
            'to protect his players from injury and fatigue. "At this stage, there\'s nothing more the players can '
            'do in games to impress me further."')
    assert _speakers_of(nlp, text, "At this stage") == set()
    assert _speakers_of(nlp, text, "And the supporters") == {"Forster"}


def test_interjected_a_sentence_about_the_speaker_keeps_the_turn(nlp):
    # sport/450: Hewitt is the one quoted before.
    text = ('"It was a strange match, momentum swings," said Hewitt. Hewitt has now lifted the Sydney title four '
            'times in the last six years. "I\'ve only played this tournament four times and I\'ve won it four '
            'times."')
    assert _speakers_of(nlp, text, "I've only played") == {"Hewitt"}


def test_interjected_a_pronoun_subject_keeps_the_turn(nlp):
    # sport/316, reworded: "he" goes on about the speaker.
    text = ('"I\'m sure the guys would want to come back to get some game time," Forster told BBC Wales Sport. '
            'He is keen to play against the Dragons. "It would also be a timely reminder to Mike as to what they '
            'can do."')
    assert _speakers_of(nlp, text, "It would also") == {"Forster"}


def test_interjected_a_common_noun_subject_keeps_the_turn(nlp):
    # business/318, reworded: a body's sentence, no person named.
    text = ('"It is a front for somebody but not necessarily for Gazprom," said Oleg Maximov, an analyst at Troika '
            'Dialog. The company remains a mystery. "We tried to find it, but we couldn\'t."')
    assert _speakers_of(nlp, text, "We tried") == {"Oleg Maximov"}
