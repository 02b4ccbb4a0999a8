"""``kg.resolve.thegovernment``: "the government" as a participant is the one state the
article can mean (model tests on sentences of unseen articles)."""

from __future__ import annotations

from tests.extract_helpers import participant_events


def test_the_government_is_the_only_country_named(nlp):
    # business/258: the article names South Korea and no other state.
    text = (
        "South Korea will boost state spending next year in an effort to create jobs and kick start its "
        "sputtering economy.\n\nThe problem facing South Korea is that many consumers are reeling from the effects "
        "of a credit bubble that only recently burst. Millions of consumers are defaulting on their credit card "
        "bills. Analysts expect more defaults.\n\nThe government voiced concern about the effect of redundancies "
        "in the building trade."
    )
    assert "voice(South Korea)" in participant_events(nlp, text)


def test_the_government_beside_a_post_of_no_country_stays_open(nlp):
    # politics/207: "the prime minister" is of a country the article does not name; Iraq is no government here.
    text = (
        "The latest speculation suggests the prime minister favours a February poll.\n\n"
        "The papers suggest ministers believe the government could benefit from a bounce following successful "
        "Iraq elections in January. The government voiced concern about the effect of redundancies."
    )
    assert not any("Iraq" in event for event in participant_events(nlp, text))
