"""A firm's name before a work's noun is the work's maker, not the work (kg.extract.makers).
Sentences from BBC entertainment and technology articles (index 200 and up)."""

from __future__ import annotations

from kg.extract.mentions import find_mentions
from kg.types import EntityType as T


def _types(nlp, text: str, name: str) -> list[T]:
    return [mention.type for mention in find_mentions(nlp(text)) if mention.text == name]


def test_a_firm_before_a_work_noun_and_the_works_own_name(nlp):
    """The parse reads "Go Digital" as a clause ("Go" a verb), so the cue noun took the BBC for the work."""
    text = (
        "Matthew Herren from EduVision told the BBC programme Go Digital how the non-governmental "
        "organisation uses a combination of satellite radio and handheld computers called E-slates."
    )
    assert _types(nlp, text, "BBC") == [T.ORGANIZATION]


def test_a_firm_before_a_work_noun_that_the_article_shows_as_a_firm(nlp):
    """Two sentences of two articles: "Film giant Disney" makes Disney a firm, so "the Disney movie" is its film."""
    text = (
        "Film giant Disney says it will produce its future DVDs using Sony's Blu-ray Disc technology. "
        "It was the first time Dame Julie, who shot to fame as the nanny in the 1964 Disney movie, "
        "had seen the musical, staged at the Prince Edward Theatre."
    )
    assert _types(nlp, text, "Disney") == [T.ORGANIZATION, T.ORGANIZATION]


def test_a_studio_named_once_before_a_work_noun_is_the_maker(nlp):
    """Nothing else in the text shows Disney a firm: ``media_makers.tsv`` lists the studio."""
    text = (
        "It was the first time Dame Julie, who shot to fame as the nanny in the 1964 Disney movie, "
        "had seen the musical, staged at the Prince Edward Theatre."
    )
    assert _types(nlp, text, "Disney") == [T.ORGANIZATION]


def test_a_broadcaster_named_once_before_a_work_noun_is_the_maker(nlp):
    """A broadcaster ``media_makers.tsv`` lists, before "programme" and before "comedy"."""
    cbs = (
        "\"I don't think I would take a five or six-year-old to this,\" he told the CBS programme, "
        "to be aired on Sunday."
    )
    bbc = "Freeman, who starred in hit BBC comedy The Office, will play the role of Arthur Dent."
    assert _types(nlp, cbs, "CBS") == [T.ORGANIZATION]
    assert _types(nlp, bbc, "BBC") == [T.ORGANIZATION]


def test_a_franchise_before_a_work_noun_stays_a_work(nlp):
    """A series' name is no maker: no table lists James Bond, so "first James Bond book" keeps it a work."""
    text = (
        "Casino Royale, author Ian Fleming's first James Bond book, is to be the next Bond film, "
        "with Goldeneye director Martin Campbell behind the camera."
    )
    assert _types(nlp, text, "James Bond") == [T.WORK]


def test_a_broadcaster_read_as_a_work_elsewhere_is_an_organisation(nlp):
    """NER labels "Radio 1" a law and "on" made it a show: a station ``media_makers.tsv`` lists is
    no programme. NER's work "Five Live", read apart from "BBC Radio", is the station's name with
    it (kg.extract.stations): one organisation."""
    radio = "Listened to Angels on Radio 1 this morning when I was driving into work."
    five = "Former England skipper Jeremy Guscott told BBC Radio Five Live his choice would be Matt Dawson."
    assert _types(nlp, radio, "Radio 1") == [T.ORGANIZATION]
    assert _types(nlp, five, "BBC Radio Five Live") == [T.ORGANIZATION] and not _types(nlp, five, "Five Live")
