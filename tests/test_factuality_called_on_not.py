"""What someone is called on, urged or asked not to do, the one asked after "on" or the subject of
a passive, is possible, not negated; the one asked acts (kg.extract.askednot, kg.extract.forclauses)."""

import pytest

from tests.extract_helpers import event_readings, event_roles, said_by, sentence_events


@pytest.mark.parametrize(("sentence", "lemma", "agent"), [
    # bbc/business/296: the firms are asked not to cut and run; nothing says they did not.
    ("Christian Aid has called on British firms not to simply cut and run, in a new report.", "cut", "British firms"),
    # bbc/politics/394: the parties are asked not to turn the election into a contest.
    ("In an open letter, he called on them not to turn the election into a competition about fear.", "turn", "them"),
])
def test_called_on_not_to_is_asked_of_the_one_called_on(nlp, sentence, lemma, agent):
    events = {event.lemma: event for event in sentence_events(nlp, sentence)}
    assert (events[lemma].factuality.value, events[lemma].cue) == ("possible", "call")
    assert event_roles(events[lemma])["agent"] == [agent]
    assert "call on" in events


@pytest.mark.parametrize(("sentence", "lemma", "reading"), [
    # bbc/politics/331: the parse chains "rush to call"; the rushing is asked against, not denied.
    ("Labour MP Louise Ellman urged people not to rush to call things anti-Semitic.", "rush", ("possible", "urge")),
    # bbc/politics/032 paraphrased: a passive request, one clause in the parse.
    ("Campaigners at the rally have been asked not to bring any animals or alcohol.", "bring", ("possible", "ask")),
    ("Ministers were urged not to sell the land to developers.", "sell", ("possible", "urge")),
])
def test_asked_not_to_in_one_clause_is_possible(nlp, sentence, lemma, reading):
    assert event_readings(nlp, sentence)[lemma] == reading


@pytest.mark.parametrize(("sentence", "lemma", "reading"), [
    # No "not": called on to act is possible as before.
    ("Christian Aid has called on British firms to cut their prices in poor countries.", "cut", "possible"),
    # The subject's own refusal stays negated.
    ("The regulator refused to approve the takeover of the bank.", "approve", "negated"),
    ("The minister decided not to attend the summit in Brussels.", "attend", "negated"),
    # A "not" on the main verb, not on the infinitive: the asking is denied, not the act.
    ("The minister did not urge them to sell the land.", "urge", "negated"),
])
def test_other_readings_are_unchanged(nlp, sentence, lemma, reading):
    assert event_readings(nlp, sentence)[lemma][0] == reading


# bbc/business/296, shortened: the firms called on are asked, no subject an "it" may take up.
CHRISTIAN_AID = (
    "Millions of textile workers will lose their jobs under new trade rules, a charity has warned.\n\n"
    "Christian Aid has called on British firms not to simply cut and run but look after their workers, in a new "
    "report.\n\nIt added that with few employment alternatives available many sacked garment workers could end up "
    "in far worse jobs.")


def test_the_one_called_on_is_no_speaker_for_it(nlp):
    assert said_by(nlp, CHRISTIAN_AID).get("with few") != "British firms"
