"""``kg.resolve.thegovernment``: "the government" as a participant is the one state the
article can mean (model tests on sentences of unseen articles)."""

from __future__ import annotations

import re

from kg.resolve.thegovernment import _POST, _POSTS
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


def test_state_posts_grouped_by_letter_match_as_one_alternation():
    # The grouped pattern is a speed-up only: the same spans as the plain alternation of the posts.
    plain = re.compile(
        r"\b(?:" + "|".join(re.escape(post).replace(r"\ ", r"[\s-]+") for post in _POSTS) + r")s?\b", re.IGNORECASE
    )
    text = (
        "The Prime Minister and the prime-minister met foreign ministers, the Chancellor, two MPs and "
        "the Home Secretary; a deputy prime minister's aide, the premier, Secretary of State Jack Straw, "
        "administrators, PRIME MINISTER Blair, minister-designate X and ex-chancellor Y."
    )
    found = [match.span() for match in _POST.finditer(text)]
    assert found == [match.span() for match in plain.finditer(text)]
    assert len(found) >= 6
