"""A radio station's name NER cut after its "Radio" is one name (kg.extract.stations).
Sentences from sport/256, politics/256, entertainment/368, politics/219 and politics/206
of the BBC corpus, paraphrased."""

from __future__ import annotations

from kg.extract.mentions import find_mentions
from kg.extract.stations import station_span
from kg.extract.words import Words
from kg.types import EntityType as T


def _names(nlp, text: str) -> dict[str, T]:
    return {mention.text: mention.type for mention in find_mentions(nlp(text))}


def test_the_station_after_radio_is_one_name(nlp):
    # sport/256: NER's "BBC Radio" (an organisation) and "Five Live" (a work).
    names = _names(nlp, 'Weir told BBC Radio Five Live: "We do not want to rest on our laurels."')
    assert names.get("BBC Radio Five Live") is T.ORGANIZATION
    assert "BBC Radio" not in names and "Five Live" not in names


def test_the_station_before_a_clause(nlp):
    # politics/256
    names = _names(nlp, "He told BBC Radio Five Live that Mr Brown would never encourage any such thing.")
    assert names.get("BBC Radio Five Live") is T.ORGANIZATION and "BBC Radio" not in names


def test_a_programme_after_the_station_s_possessive_stays_its_own(nlp):
    # politics/219 and politics/206: the programme is named apart, after "'s".
    names = _names(nlp, "Speaking on BBC Radio Scotland's Sunday Live programme, Ms Jamieson defended the plan.")
    assert "BBC Radio Scotland" in names and "BBC Radio Scotland Sunday Live" not in names
    names = _names(nlp, 'Mr Blair told BBC Radio 4\'s Today programme: "I know David very well."')
    assert not any(name.startswith("BBC Radio 4") and "Today" in name for name in names)


def test_no_station_after_another_word_nor_for_a_date(nlp):
    # sport/256, read word by word: a date after "Radio" is no station's name, nor is a
    # name after a broadcaster's name that ends in no "Radio".
    words = Words(nlp("Weir told BBC Radio Five Live he was happy."))
    assert station_span(words, ("ORG", 2, 4), "WORK_OF_ART", 4, 6) == (2, 6)
    assert station_span(words, ("ORG", 2, 4), "DATE", 4, 6) is None
    assert station_span(words, ("ORG", 2, 3), "WORK_OF_ART", 4, 6) is None  # not side by side
    words = Words(nlp("Weir told BBC Sport Five Live he was happy."))
    assert station_span(words, ("ORG", 2, 4), "WORK_OF_ART", 4, 6) is None
