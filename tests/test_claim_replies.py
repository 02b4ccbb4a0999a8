"""kg.extract.claimreplies: a speech participle set off after a claim's clause ("rejected the
allegation that X had been sidelined, saying ...") is the reply of the one who took up the
claim: their quote, and what it says reported, not denied with the allegation. Sentences
paraphrased from BBC business/106 and politics coverage."""

from tests.extract_helpers import event_readings, said_by

_REPLY = ("Ed Balls spoke to the BBC on Monday. Mr Balls rejected the allegation that Mr Brown had been "
          "sidelined in the election campaign, saying he was playing a different role.")


def test_the_reply_is_the_rejecters_quote(nlp):
    assert said_by(nlp, _REPLY).get("he was") == "Ed Balls"


def test_what_the_reply_says_is_reported_not_denied(nlp):
    readings = event_readings(nlp, _REPLY)
    assert readings["play"][0] == "reported"
    assert readings["sideline"][0] == "denied"


def test_no_reply_without_a_claim_noun_taken_up(nlp):
    """A participle hung on a clause that is no claim's, or one set off by no comma, is left to the other rules."""
    from kg.extract.claimreplies import claim_reply
    from kg.extract.words import Words

    for sentence in ("Mr Balls welcomed the decision that Mr Brown had taken, saying it was brave.",
                     "Mr Balls rejected the allegation that Mr Brown had been sidelined saying nothing."):
        words = Words(nlp(sentence))
        assert all(claim_reply(word) is None for word in words if word.lower_ == "saying")
