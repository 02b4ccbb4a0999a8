"""A common word written as a one-word title right after a work's noun is that title
(kg.extract.cuedtitles). Sentences from BBC entertainment articles of index 200 and up
(entertainment/247, 263, 272, 296, 312, 329), paraphrased."""

from __future__ import annotations

from kg.extract.cuedtitles import cued_title
from kg.extract.mentions import find_mentions
from kg.extract.words import Words
from kg.types import EntityType as T


def _types(nlp, text: str) -> dict[str, T]:
    """The type of each mention in ``text``, by its text."""
    return {mention.text: mention.type for mention in find_mentions(nlp(text), sport=frozenset())}


def _at(nlp, text: str, word: str) -> tuple[Words, int]:
    doc = nlp(text)
    return Words(doc), next(token.i for token in doc if token.text == word)


def test_a_common_word_after_film_is_the_film(nlp):
    """NER: a product the tagger reads as a noun, once rejected as a common word."""
    found = _types(nlp, "Murdered director Theo van Gogh's controversial film Submission has been pulled from the "
                        "Rotterdam Film Festival because of security fears.")
    assert found["Submission"] is T.WORK


def test_an_adjective_after_song_is_the_song(nlp):
    found = _types(nlp, "She needed surgery after an accident while filming a video for her song Outrageous, and "
                        "cancelled the rest of the tour.")
    assert found["Outrageous"] is T.WORK


def test_a_word_after_the_single_is_the_single(nlp):
    """The tagger reads "single" as an adjective, NER "Run" as a person: after "the" it is the
    work's noun, and types the title."""
    found = _types(nlp, "The group has only found mainstream success in the last year with the single Run and the "
                        "award-winning album Final Straw.")
    assert found["Run"] is T.WORK


def test_a_verb_after_movie_is_the_movie(nlp):
    found = _types(nlp, "Two new entries came next in the chart, with Wes Craven's horror movie Cursed, about a "
                        "werewolf loose in Los Angeles, in fourth place.")
    assert found["Cursed"] is T.WORK


def test_a_question_word_after_song_is_a_cut_title(nlp):
    """"his signature song What'd I Say": a question word opens a longer title."""
    words, i = _at(nlp, "After the exuberance of his 1959 signature song What'd I Say, Charles turned to pop.", "What")
    assert not cued_title(words, i, i + 1)


def test_a_pronoun_after_film_is_a_cut_title(nlp):
    """"the film It's A Wonderful Life": NER's cut at a pronoun is no one-word title."""
    words, i = _at(nlp, "The classic film It's A Wonderful Life is to be turned into a musical.", "It")
    assert not cued_title(words, i, i + 1)


def test_a_common_word_without_a_work_noun_is_no_title(nlp):
    """A capitalised common word with no work's noun before it stays a common word."""
    words, i = _at(nlp, "Users of the service said Broadband was too slow.", "Broadband")
    assert not cued_title(words, i, i + 1)
