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


def test_a_name_before_a_work_noun_alone_stays_a_work(nlp):
    """Nothing shows Disney a firm here: the name could be a series' ("the Bond film")."""
    text = (
        "It was the first time Dame Julie, who shot to fame as the nanny in the 1964 Disney movie, "
        "had seen the musical, staged at the Prince Edward Theatre."
    )
    assert _types(nlp, text, "Disney") == [T.WORK]
