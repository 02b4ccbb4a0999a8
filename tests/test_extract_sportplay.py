"""In a sports report the side "play", "oust", "upset" take as their object is the opponent
(kg.extract.sportplay, ``sport_opponent_verbs.txt``); outside sport it stays a theme."""

from __future__ import annotations

from tests.extract_helpers import event_roles, sentence_events

# Shortened from sport/435 and sport/463: a tennis report, so the sport context holds.
_REPORT = ("Top seed Lindsay Davenport won her first match at the Qatar Open, beating Jie Zheng 6-2 7-5 "
           "in the second round of the tournament. Davenport, who closed out with an ace, plays Karolina "
           "Sprem in the next round. Rafael Nadal hit some powerful forehands to oust Potito Starace in a "
           "match delayed by rain, and Italy coach John Kirwan believes his side can upset England.")


def test_sportplay_the_object_is_the_opponent(nlp):
    events = {event.lemma: event_roles(event) for event in sentence_events(nlp, _REPORT)}
    assert events["play"].get("opponent") == ["Karolina Sprem"] and "theme" not in events["play"]
    assert events["oust"].get("opponent") == ["Potito Starace"]
    assert events["upset"].get("opponent") == ["England"]


def test_sportplay_a_thing_or_no_sports_report_keeps_its_theme(nlp):
    report = _REPORT.replace("plays Karolina Sprem in the next round", "played a key role in the win")
    play = next(event for event in sentence_events(nlp, report) if event.lemma == "play")
    assert event_roles(play).get("theme") == ["a key role"]
    # No sports report: a role in a film.
    (film,) = [event for event in sentence_events(nlp, "Freeman plays Arthur Dent in the new film of the book.")
               if event.lemma == "play"]
    assert event_roles(film).get("theme") == ["Arthur Dent"]
