"""An event the article already gave, told again with nothing new, is kept once
(kg.resolve.restated); a repeat with a participant, a time or a figure of its own, a
telling of a counted event (a goal) and another event's lemma stay."""

from __future__ import annotations

from collections import Counter

from kg.extract import extract
from kg.records import Document
from kg.resolve import resolve


def _lemmas(nlp, text: str) -> Counter[str]:
    document = Document(id="t", text=text, date="2005-01-13")
    return Counter(event.lemma for event in resolve(extract(document, nlp(text))).events)


def test_a_repeat_with_nothing_new_is_kept_once(nlp):
    # sport/447: the same match, told in the lead and again with the score.
    text = ("Sania Mirza has lost to women's favourite Serena Williams.\n"
            "The 18-year-old Mirza, who got a wild card entry into the Australian Open in Melbourne, "
            "lost to Williams 1-6,4-6 in the third round.")
    assert _lemmas(nlp, text)["lose"] == 1


def test_a_repeat_with_a_participant_of_its_own_stays(nlp):
    text = ("Sania Mirza has lost to women's favourite Serena Williams.\n"
            "Mirza also lost to Venus Williams in Auckland.")
    assert _lemmas(nlp, text)["lose"] == 2


def test_a_dated_repeat_stays(nlp):
    # another occasion the event reader may not date
    text = ("Sania Mirza has lost to women's favourite Serena Williams.\n"
            "Mirza also lost to Williams in 2004.")
    assert _lemmas(nlp, text)["lose"] == 2


def test_every_goal_stays(nlp):
    # sport article >= 200: two goals by one player are two events (tallied_events.txt)
    text = ("Thierry Henry scored for Arsenal with a sublime strike.\n"
            "Henry scored for Arsenal again with a quickly-taken free-kick.")
    assert _lemmas(nlp, text)["score"] == 2
