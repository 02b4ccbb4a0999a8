"""A share of those polled speaks for the pollster (kg.extract.pollsters, polling_words.txt): what
"40% of those asked by ICM said" is reported with the pollster the sentence names as its source
("by", "for", "the ICM poll"); with no pollster named it stays reported in the share's name; any other
subject is its own source."""

import pytest

from tests.extract_helpers import one_event


def _reading(nlp, sentence: str, lemma: str) -> tuple[str, str | None]:
    event = one_event(nlp, sentence, lemma)
    return event.factuality.value, event.source.text if event.source is not None else None


@pytest.mark.parametrize(("sentence", "lemma", "pollster"), [
    # BBC politics/403 ("But according to the BBC poll, 61% said the issue of trust made no
    # difference"; "Some 87% said politicians did not keep the promises they made"), politics/222
    # ("the YouGov poll, which questioned 1,943 British adults"), tech/393 ("Almost 50% of those
    # questioned said ..."), politics/269 (a survey carried out for a charity), paraphrased.
    ("According to the BBC poll, 61% of voters said Labour had broken its promises.", "break", "BBC"),
    ("Some 45% of those questioned by YouGov said Tony Blair had misled Parliament.", "mislead", "YouGov"),
    ("In a poll for the Daily Telegraph, most of those asked said Labour had lost their trust.", "lose", "the Daily Telegraph"),
    ("In the survey carried out by ICM Research, 14% of people said Labour had ignored young voters.",
     "ignore", "ICM Research"),
])
def test_a_share_of_those_polled_speaks_for_the_pollster(nlp, sentence, lemma, pollster):
    assert _reading(nlp, sentence, lemma) == ("reported", pollster)


@pytest.mark.parametrize(("sentence", "lemma", "share"), [
    # No pollster named: reported, never a plain fact, in the name of the share as written (no one
    # the graph can name). Not a name after another preposition ("a poll in the Daily Telegraph").
    ("Almost 50% of those questioned said Labour had broken its promises.", "break", "Almost 50% of those questioned"),
    ("Some 87% said Labour had ignored young voters.", "ignore", "Some 87%"),
    ("In a poll in the Daily Telegraph, 30% of voters said Labour had lost their trust.", "lose", "30% of voters"),
])
def test_no_pollster_named_no_source(nlp, sentence, lemma, share):
    assert _reading(nlp, sentence, lemma) == ("reported", share)


@pytest.mark.parametrize(("sentence", "lemma", "source"), [
    # A speaker who is someone keeps their own name, a poll named beside them or not.
    ("According to a YouGov poll, Michael Howard said Labour had broken its promises.", "break", "Howard"),
    ("Tony Blair said the poll for the BBC had misled voters.", "mislead", "Blair"),
])
def test_a_named_speaker_is_the_source(nlp, sentence, lemma, source):
    found = _reading(nlp, sentence, lemma)
    assert found[0] == "reported" and found[1] is not None and found[1].endswith(source)


@pytest.mark.parametrize(("sentence", "lemma", "share"), [
    # A verb of asking outside the share's phrase, or a poll inside what was said, names no pollster.
    ("Two of the men said they had been questioned by Scotland Yard.", "question", "Two of the men"),
    ("Some 60% of voters said the poll by YouGov had misled Labour.", "mislead", "Some 60% of voters"),
])
def test_no_pollster_outside_the_poll(nlp, sentence, lemma, share):
    assert _reading(nlp, sentence, lemma) == ("reported", share)
