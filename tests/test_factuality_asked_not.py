"""What someone is asked, urged, warned or begged not to do is possible, not negated (kg.extract.askednot)."""

import pytest

from tests.extract_helpers import event_readings


@pytest.mark.parametrize(("sentence", "lemma", "reading"), [
    # bbc/politics/394: a request that the fight not happen, not a report that it did not.
    ("The archbishop wrote to all three parties urging them not to fight the election by exploiting fears.",
     "fight", ("possible", "urge")),
    # bbc/politics/359: the "not" is on "be tempted"; the use under it is only warned against.
    ("The CBI chief warned Mr Brown not to be tempted to use any extra cash on bribes.", "use", ("possible", "warn")),
    # bbc/business/224: the parse hangs "fans not to protest" on "with".
    ("Manchester City has pleaded with visiting fans not to protest inside its ground.", "protest", ("possible", "plead")),
    ("The manager told his players not to sign the new contracts.", "sign", ("possible", "tell")),
])
def test_what_is_asked_not_to_happen_is_possible(nlp, sentence, lemma, reading):
    assert event_readings(nlp, sentence)[lemma] == reading


@pytest.mark.parametrize(("sentence", "lemma", "reading"), [
    # The subject's own choice not to act stays negated.
    ("The regulator refused to approve the takeover of the bank.", "approve", "negated"),
    ("The minister decided not to attend the summit in Brussels.", "attend", "negated"),
    # The asking worked: nothing is left open.
    ("The chairman persuaded the board not to sell the unit.", "sell", "negated"),
    # No "not": urged to act is possible as before.
    ("The archbishop urged the parties to fight the election on policies.", "fight", "possible"),
])
def test_own_refusals_and_plain_requests_are_unchanged(nlp, sentence, lemma, reading):
    assert event_readings(nlp, sentence)[lemma][0] == reading
