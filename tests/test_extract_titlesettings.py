"""A title ends before a preposition that sets it in a time, a place or a channel
(kg.extract.titlewords.sets_title_apart): a date, a known place's possessive, a broadcaster
of media_makers.tsv; a place alone stays in the title ("Fear and Loathing in Las Vegas")."""

from __future__ import annotations

import pytest

from tests.extract_helpers import mention_types


@pytest.mark.parametrize(
    ("text", "title", "junk"),
    [
        # entertainment/311: a date after "in".
        ('In an interview published in the Radio Times in January, Victoria Wood slated comedian Sacha Baron Cohen.',
         "Radio Times", "Radio Times in January"),
        # entertainment/>=200 (Brits report): a place's possessive after "in".
        ("Actor Christian Slater, who is currently starring in One Flew Over The Cuckoo's Nest in London's West End, "
         "was greeted by the crowd.", "One Flew Over The Cuckoo's Nest", "One Flew Over The Cuckoo's Nest in London's West End"),
        # entertainment/235: a broadcaster after "on the" (NER's span, cut).
        ("Most recently they topped the charts with the theme from the film version of Thunderbirds, which was voted "
         "Record Of The Year on the ITV1 show.", "Record Of The Year", "Record Of The Year on the ITV1"),
    ],
)
def test_a_title_ends_before_its_setting(nlp, text, title, junk):
    types = mention_types(nlp, text)
    assert title in types and junk not in types


def test_a_broadcaster_after_to_is_no_part_of_a_name(nlp):
    """NER's "Hollyoaks to Channel 4" is no one name."""
    text = "Redmond also brought teen soap Hollyoaks to Channel 4 and created Grange Hill, a drama serial."
    assert "Hollyoaks to Channel 4" not in mention_types(nlp, text)


@pytest.mark.parametrize(
    ("text", "title"),
    [
        # entertainment/316 and a >=200 list of films: a place's name ends the title.
        ("Two years later he played Hunter S Thompson in Terry Gilliam's ambitious but poorly-received big screen "
         "adaptation of Fear and Loathing in Las Vegas.", "Fear and Loathing in Las Vegas"),
        ("The films are: XXX, Hellboy, Resident Evil: Apocalypse and Once Upon a Time in Mexico.",
         "Once Upon a Time in Mexico"),
    ],
)
def test_a_place_alone_stays_in_the_title(nlp, text, title):
    assert title in mention_types(nlp, text)
