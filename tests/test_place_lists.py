"""A list of places keeps its known places places, whatever NER read them
(kg.extract.placelists). Sentences from BBC articles of index 200 and up (business/490,
politics/351, business/369), paraphrased, and a rugby squad's clubs."""

from __future__ import annotations

from kg.extract.mentions import find_mentions
from kg.extract.placelists import places_in_lists
from kg.extract.words import Words
from kg.records import Mention
from kg.types import EntityType as T

_PLACES = {T.PLACE, T.CITY, T.COUNTRY}


def _types(nlp, text: str, sport: frozenset[str] = frozenset()) -> dict[str, T]:
    """The type of each mention in ``text``, by its text."""
    return {mention.text: mention.type for mention in find_mentions(nlp(text), sport=sport)}


def test_cities_of_a_list_of_cities_are_places(nlp):
    """NER read "Belo Horizonte" and "Porto Alegre" as people, among four cities."""
    found = _types(nlp, "The unemployment rate is measured in the six main metropolitan areas of Brazil (Sao Paolo, "
                        "Rio de Janeiro, Belo Horizonte, Recife, Salvador and Porto Alegre), where most people live.")
    assert found["Belo Horizonte"] in _PLACES and found["Porto Alegre"] in _PLACES


def test_a_county_of_a_list_of_towns_is_a_place(nlp):
    """NER read the county "Dorset" as an organisation among the towns a leader visits."""
    found = _types(nlp, "Mr Kennedy is stepping up his election preparations this week as he visits Manchester, "
                        "Liverpool, Leicester, Somerset, Basingstoke, Shrewsbury, Dorset and Torbay.")
    assert found["Dorset"] is T.PLACE


def _listed(nlp, text: str, names: dict[str, T], sport: frozenset[str] = frozenset()) -> dict[str, T]:
    """The rule alone on ``text`` whose ``names`` NER is made to read as given (each
    name's type, by its text)."""
    doc = nlp(text)
    words = Words(doc)
    found = []
    for name, kind in names.items():
        first = text.index(name)
        span = doc.char_span(first, first + len(name))
        assert span is not None
        found.append((Mention(first, first + len(name), name, kind, 0), (span.start, span.end)))
    return {mention.text: mention.type for mention, _ in places_in_lists(found, words, sport)}


_TOWNS = "The Northern squad drew its players from Leicester, Gloucester, Bath and Northampton."


def test_a_known_place_misread_among_places_is_read_by_the_rule_alone(nlp):
    """The rule itself: three places and a town NER read as an organisation."""
    found = _listed(nlp, _TOWNS, {"Leicester": T.CITY, "Gloucester": T.CITY, "Bath": T.ORGANIZATION, "Northampton": T.PLACE})
    assert found["Bath"] in _PLACES


def test_no_majority_of_places_no_place(nlp):
    """Two places of four is no majority: the misread town stays as NER read it."""
    found = _listed(nlp, _TOWNS, {"Leicester": T.CITY, "Gloucester": T.ORGANIZATION, "Bath": T.ORGANIZATION,
                                  "Northampton": T.PLACE})
    assert found["Bath"] is T.ORGANIZATION


def test_a_sports_report_list_is_left_alone(nlp):
    """In a sports report a town in a list is as often its club."""
    names = {"Leicester": T.CITY, "Gloucester": T.CITY, "Bath": T.ORGANIZATION, "Northampton": T.PLACE}
    assert _listed(nlp, _TOWNS, names, frozenset({"rugby"}))["Bath"] is T.ORGANIZATION


def test_a_person_written_as_one_stays_a_person(nlp):
    """A given name and a surname: a person listed among places, not a place."""
    text = "Guests flew in from London, Madrid and Rome, with Paris Hilton among them."
    found = _listed(nlp, text, {"London": T.CITY, "Madrid": T.CITY, "Rome": T.CITY, "Paris Hilton": T.PERSON})
    assert found["Paris Hilton"] is T.PERSON


def test_a_name_no_gazetteer_knows_stays_as_read(nlp):
    """Only a known place is retyped: "Interbrew" among Russian cities stays a firm."""
    text = "The brewer owns breweries in Klin, Ivanovo, Saransk, Kursk and Interbrew."
    found = _listed(nlp, text, {"Klin": T.CITY, "Ivanovo": T.CITY, "Saransk": T.CITY, "Kursk": T.CITY,
                                "Interbrew": T.ORGANIZATION})
    assert found["Interbrew"] is T.ORGANIZATION
