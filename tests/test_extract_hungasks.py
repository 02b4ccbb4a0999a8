"""An infinitive the parser hung on the object of a verb of asking is what was asked for
(kg.extract.hungasks): "urged councils to limit increases" with "to limit" parsed as a clause of
"councils" gives the limiting possible (cue "urge"), no longer done."""

from kg.extract.hungasks import hung_request
from tests.extract_helpers import event_readings

# BBC politics/241: the parser hangs "to limit increases" on "councils".
URGED = "The finance minister has urged councils to limit increases but they have warned that they will struggle to maintain services."


def test_an_infinitive_hung_on_the_asked_is_asked_for(nlp):
    doc = nlp(URGED)
    limit = next(word for word in doc if word.text == "limit")
    assert limit.dep_ == "acl"  # the parse the rule is for
    assert hung_request(limit).text == "urged"
    assert event_readings(nlp, URGED)["limit"] == ("possible", "urge")


def test_other_infinitives_on_an_object_are_not(nlp):
    # Not the object of a verb of asking: a purpose or a relative of the thing bought or named.
    for sentence, word in (("The fund bought shares to sell later.", "sell"),
                           ("The club has a chance to win the title.", "win"),
                           ("The firm named Smith the first woman to lead it.", "lead")):
        doc = nlp(sentence)
        assert hung_request(next(t for t in doc if t.text == word)) is None, sentence
