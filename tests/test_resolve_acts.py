"""``kg.resolve.acts``: "the band" as a participant is the one band the article names
(model tests on sentences of unseen articles)."""

from __future__ import annotations

import pytest

from kg.extract import extract
from kg.nlp import parse
from kg.records import Document
from kg.resolve import resolve
from tests.extract_helpers import participant_events


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # The band's kind right before its name.
        ("US band REM have announced plans to perform for 10,000 Scottish fans in a rescheduled gig.\n\n"
         "The band will play in what has been dubbed Europe's biggest tent on Glasgow Green on Tuesday, 14 June.",
         "play(REM)"),
        # NER's person: the kind right before the name says it is a band.
        ("The original stars of Swedish pop quartet Abba have reunited for the home premiere of hit musical Mamma Mia! "
         "which is based on the band's songs.\n\nIt is the first time in almost 20 years that the four, Bjorn Ulvaeus, "
         "Benny Andersson, Agnetha Faltskog and Anni-Frid Lyngstad, have met publicly. Faltskog has been a virtual "
         "recluse since the band split up in 1982.", "split up(Abba)"),
    ],
)
def test_the_band_is_the_one_band_named(nlp, text, expected):
    assert expected in participant_events(nlp, text)


def test_the_band_after_two_bands_stays_open(nlp):
    # "the former Clash guitarist" names a band, and so does "the former Libertines singer": either.
    text = (
        "Rock singer Pete Doherty has been involved in a fight with his band's guitarist at their biggest gig to date. "
        "The former Libertines singer traded blows with guitarist Patrick Walden. On Tuesday, Doherty and his three "
        "bandmates were introduced to the crowd by Mick Jones, the former Clash guitarist who produced the Libertines' "
        "second album. The music resumed minutes later. Bouncers stepped in and the band left the stage."
    )
    assert not any(event.startswith("leave(") and ("Clash" in event or "Libertines" in event) for event in participant_events(nlp, text))


def test_the_band_in_a_sports_report_is_no_band(nlp):
    # A sports report's "the trio" are players, whatever organisation is named before.
    text = (
        "France have brought flanker Serge Betsen back into their starting line-up for Saturday's Six Nations match. "
        "Rock band U2 have sent the squad a message of support. "
        "The trio will start on the bench."
    )
    assert not any("U2" in event for event in participant_events(nlp, text) if event.startswith("start("))


def test_the_club_is_the_one_club_named_before(nlp):
    # "Liverpool chief executive": a post's owner, no antecedent for the nearby rule; the one club named before.
    text = (
        "Liverpool chief executive Rick Parry insists the club will never sell Steven Gerrard amid reports Chelsea "
        "will renew their bid to lure him from Anfield.\n\nGerrard reiterated his desire to win trophies with the "
        "Reds after his superb Champions League winner on Wednesday. Gerrard scored a spectacular late goal to give "
        "Liverpool a 3-1 win over Olympiakos and book their place in the knockout stages."
    )
    assert "sell(Liverpool,Steven Gerrard)" in participant_events(nlp, text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # The only work named, which the article calls a programme.
        ("Austin Aitken is taking action against NBC over its programme Fear Factor. He said watching it caused his "
         "blood pressure to rise so high that he became dizzy and light-headed.\n\n"
         "The programme has been screened in the UK on Sky One.", "screen(Fear Factor,Sky One,United Kingdom)"),
        # "hit musical Mamma Mia!": the musical.
        ("The original stars of Swedish pop quartet Abba have reunited for the home premiere of hit musical Mamma Mia! "
         "which is based on the band's songs.\n\nThe musical, which has become a global phenomenon, will be performed "
         "in Swedish for the first time.", "perform(Mamma Mia)"),
    ],
)
def test_the_show_is_the_one_show_named(nlp, text, expected):
    assert expected in participant_events(nlp, text)


def test_the_show_is_no_work_of_no_kind(nlp):
    # EastEnders is named, but the article never calls it a show: "the show" is Celebrity Big Brother, unnamed here.
    text = (
        "Other celebrities to walk out include former EastEnders actress Danniella Westbrook.\n\n"
        "Happy Mondays dancer Bez is now 2-1 favourite to win the show, followed by actor Jeremy Edwards at 4-1."
    )
    assert not any("EastEnders" in event for event in participant_events(nlp, text) if event.startswith("win("))


def test_the_festival_is_the_one_named_festival(nlp):
    text = (
        "Organisers of the third Bangkok International Film Festival have been determined to carry on with this "
        "year's event despite the ravages of the Asian tsunami disaster.\n\nThe festivities have been scaled down, "
        "red carpets have been mothballed and profits from ticket sales are being donated to the tsunami relief fund. "
        "Apart from this, however, the festival has continued as originally planned."
    )
    assert "continue(Bangkok International Film Festival)" in participant_events(nlp, text)


def test_the_festival_after_two_festivals_stays_open(nlp):
    # Berlin and Venice are both named: "the festival" may be either.
    text = (
        "Organisers of the third Bangkok International Film Festival have been determined to carry on with this "
        "year's event, as the Venice Film Festival did after the floods.\n\nThe festivities have been scaled down. "
        "Apart from this, however, the festival has continued as originally planned."
    )
    assert not any("Festival" in event for event in participant_events(nlp, text) if event.startswith("continue("))


def test_the_festivals_post_is_at_the_one_festival_named(nlp):
    # "the festival's executive director": the role rules take "the festival" up (kg.resolve.described).
    text = (
        "Organisers of the third Bangkok International Film Festival have been determined to carry on with this "
        "year's event despite the ravages of the Asian tsunami disaster.\n\nApart from this, however, the festival "
        "has continued as originally planned. \"When the disaster happened, we naturally asked ourselves if we should "
        "cancel,\" said the festival's executive director, Craig Prater."
    )
    document = Document(id="t", text=text, date="2005-03-01", source="t.txt")
    ((_, doc),) = list(parse(nlp, [document]))
    graph = resolve(extract(document, doc))
    labels = {entity.key: entity.label for entity in graph.entities}
    assert ("Craig Prater", "Bangkok International Film Festival") in {
        (labels.get(position.person), labels.get(position.organisation or "")) for position in graph.positions}
