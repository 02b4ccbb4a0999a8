"""A town's name before the kind of a group is where the group is from, and a town's
name after "from" on a person is where the person is from (kg.extract.hometowns).
Sentences from BBC entertainment and business articles (index 200 and up) and the
lead's unseen news reports (issue 15)."""

from __future__ import annotations

from kg.extract.mentions import find_mentions
from kg.types import EntityType as T


def _types(nlp, text: str, name: str) -> list[T]:
    return [mention.type for mention in find_mentions(nlp(text)) if mention.text == name]


def test_a_city_before_a_band_noun_read_as_a_person(nlp):
    text = "Glasgow group Franz Ferdinand won two prizes, as did Keane and Joss Stone."
    assert _types(nlp, text, "Glasgow") == [T.CITY]


def test_a_person_before_a_noun_of_no_group_stays(nlp):
    """ "administration" is no band's or firm's kind: the president's."""
    text = "The Bush administration has pledged to halve the deficit in five years."
    assert T.CITY not in _types(nlp, text, "Bush")


def test_a_town_after_from_on_a_noun_of_people(nlp):
    """NER reads both towns as people's; "men" and "man" are people, so "from" gives their homes."""
    assert _types(nlp, "Two men, both from Keighley, were arrested on Monday.", "Keighley") == [T.CITY]
    assert _types(nlp, "A 24-year-old man from Leicester was charged with the murder.", "Leicester") == [T.CITY]


def test_a_town_after_from_set_off_after_a_persons_name(nlp):
    """The parse hangs "from" on the verb; it stands set off after her name."""
    text = 'Arnold, from Dartford in Kent, described her victory as "truly overwhelming."'
    assert _types(nlp, text, "Dartford") == [T.CITY]


def test_a_given_name_after_from_stays(nlp):
    """ "Devon" is a given name (and "singer" a job: "from" can name the band one comes from)."""
    text = "Joss Stone, the 17-year-old soul singer from Devon, beat Dizzee Rascal."
    assert T.CITY not in _types(nlp, text, "Devon")


def test_a_town_or_county_before_a_noun_of_local_people(nlp):
    """NER reads "Norfolk" and "Liverpool" as organisations; a farmer and a band are
    nobody's staff, so the name before them is where they are from (local_people_nouns.txt)."""
    text = "In one of Britain's highest profile cases, Norfolk farmer Tony Martin was jailed for life."
    assert _types(nlp, text, "Norfolk") == [T.PLACE]
    text = "Other acts appearing include Liverpool band The Coral and former Led Zeppelin singer Robert Plant."
    assert _types(nlp, text, "Liverpool") == [T.CITY]


def test_a_firm_named_like_a_town_before_its_staff_stays(nlp):
    """ "chief" and "customers" are a firm's: Halifax and Orange stay what NER read."""
    text = "Halifax chief executive James Crosby said the bank had added 200,000 customers."
    assert T.CITY not in _types(nlp, text, "Halifax")
    text = "Orange customers will be able to download the game from next week."
    assert T.CITY not in _types(nlp, text, "Orange")


def test_a_given_name_before_a_noun_of_local_people_stays(nlp):
    """ "Devon" is a given name that no gazetteer knows as a town: NER's reading stays."""
    text = "Devon singer Joss Stone and rock band Muse won coveted Brit awards."
    assert T.PLACE not in _types(nlp, text, "Devon") and T.CITY not in _types(nlp, text, "Devon")
