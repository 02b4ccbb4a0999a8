"""Places linked to GeoNames offline (kg.resolve.places, kg.lexicon.gazetteer): precision first."""

from __future__ import annotations

import pytest

from kg.lexicon.gazetteer import gazetteer
from kg.resolve.places import country_codes, link_place
from kg.types import EntityType as T


@pytest.mark.parametrize(
    ("name", "entity_type", "context", "geonames_id", "country", "feature"),
    [
        # Countries by any of their names, with their ISO code and continent.
        ("Kenya", T.COUNTRY, (), 192950, "KE", "country"),
        ("Britain", T.COUNTRY, (), 2635167, "GB", "country"),
        ("U.S.", T.COUNTRY, (), 6252001, "US", "country"),
        # The type read from the article picks the reading: Georgia the country or the state.
        ("Georgia", T.COUNTRY, (), 614540, "GE", "country"),
        ("Georgia", T.PLACE, (), 4197000, "US", "region"),
        ("Africa", T.PLACE, (), 6255146, None, "continent"),
        # Cities: the one of the name, by an alternate name, or the one of the article's country.
        ("Nairobi", T.CITY, (), 184745, "KE", "city"),
        ("Seville", T.CITY, (), 2510911, "ES", "city"),
        ("Birmingham", T.CITY, ("GB",), 2655603, "GB", "city"),
        ("Washington", T.CITY, (), 4140963, "US", "city"),
    ],
)
def test_places_link(name, entity_type, context, geonames_id, country, feature):
    link = link_place(name, entity_type, context)
    assert link is not None
    assert (link.geonames_id, link.country_code, link.feature) == (geonames_id, country, feature)


@pytest.mark.parametrize(
    ("name", "entity_type", "context"),
    [
        ("Birmingham", T.CITY, ()),  # England or Alabama: 1.2m against 0.2m people is no certainty
        ("Springfield", T.CITY, ()),  # many, none dominant
        ("Hollywood", T.CITY, ("US",)),  # Florida or California, both in the US
        ("Scotland", T.COUNTRY, ()),  # no GeoNames country in the gazetteer: no guess
        ("Kibera", T.PLACE, ()),  # a region the gazetteer does not hold
        ("Leeds", T.PERSON, ()),  # only places are linked
    ],
)
def test_places_no_link_where_it_is_a_guess(name, entity_type, context):
    assert link_place(name, entity_type, context) is None


def test_places_cities_carry_coordinates_and_continent():
    link = link_place("Nairobi", T.CITY)
    assert link is not None and link.continent == "AF"
    assert link.latitude == pytest.approx(-1.28, abs=0.05) and link.longitude == pytest.approx(36.82, abs=0.05)


def test_places_context_is_the_articles_countries_and_unambiguous_cities():
    assert country_codes([("UK", T.COUNTRY), ("Paris", T.CITY), ("Springfield", T.CITY), ("Leeds", T.PERSON)]) == {"GB", "FR"}


def test_places_gazetteer_is_read_once():
    assert gazetteer() is gazetteer()
    assert gazetteer().is_city("Leicester") and not gazetteer().is_city("Murrayfield")


def _types(nlp, text: str) -> dict[str, T]:
    from kg.pipeline import build_text

    return {entity.label: entity.type for entity in build_text(text, nlp=nlp).entities()}


def test_a_town_ner_read_as_a_person_is_the_town_in_an_article(nlp):
    """An article introduces its people by a full name or a title: a bare one-word name
    NER read as a person that is a town of 100,000 people or more is the town
    (kg.resolve.vote); a sentence alone introduces nobody, so there it stays a person."""
    article = (
        "The Conservative party goes into its spring forum trying to highlight what it sees as a clear choice "
        "between it and Labour. Tory co-chairman Liam Fox has opened proceedings with a speech criticising "
        "Tony Blair's record in government. Labour's rule has been characterised by \"lost trust and failure "
        "to deliver\", he told the Brighton conference."
    )
    assert _types(nlp, article)["Brighton"] is T.CITY
    assert _types(nlp, "The Warren Commission found Oswald acted alone in killing Kennedy.")["Kennedy"] is T.PERSON


def test_a_capital_ner_read_as_a_person_is_the_city_however_small(nlp):
    """A country's capital (capitals.tsv) NER read as a person is the city even below the
    100,000 people a town needs (Banjul: 34,000; Mbabane: 76,000), unless a title or
    speech introduces it as someone's name; Swaziland is Eswatini, a country."""
    article = (
        "Banjul was quiet on Monday. Officials in the Gambia said talks had stalled. "
        "The talks resume in Banjul next week."
    )
    assert _types(nlp, article)["Banjul"] is T.CITY
    article = (
        "Mbabane was quiet on Monday. Officials in Swaziland said talks had stalled. "
        "The talks resume in Mbabane next week."
    )
    types = _types(nlp, article)
    assert types["Mbabane"] is T.CITY and types["Eswatini"] is T.COUNTRY
    # Not a town under 100,000 that is no capital ("Rogers", a surname): NER's person stays.
    article = (
        "The musical was written by Rodgers and Hammerstein. Rogers said the show would tour. "
        "The tour opens next month."
    )
    assert _types(nlp, article).get("Rogers") is not T.CITY


def test_an_apostrophe_a_conversion_made_an_inverted_question_mark_is_mended(nlp):
    """politics/352: 'Mr Blair\u00bfs government is all talk' (a legacy archive's apostrophe) is
    "Mr Blair's government" (kg.sources.decoding.mend_apostrophes); a Spanish question keeps its mark."""
    from kg.sources.article import parse_article

    text = 'Tim Collins said: "Mr Blair\u00bfs government is all talk." A sign read: \u00bfQue pasa?'
    assert parse_article(text, stem="a").text == 'Tim Collins said: "Mr Blair\'s government is all talk." A sign read: \u00bfQue pasa?'
    types = _types(nlp, "EA has signed a deal with America\u00bfs National Football League to make games.")
    assert types["National Football League"] is T.ORGANIZATION
    assert not any("\u00bf" in label for label in types)


def test_a_name_after_a_big_citys_possessive_is_a_district_not_a_city(nlp):
    """entertainment/354: "London's West End" is a part of London (a Place), not the Canadian
    city of 47,000 GeoNames names West End (kg.extract.places.after_town); a person after a
    club town's possessive stays a person."""
    article = (
        "Actor Christian Slater, who is currently starring in One Flew Over The Cuckoo's Nest in London's "
        "West End, was greeted by cries of \"Christian, Christian\" by the ever vocal crowd."
    )
    types = _types(nlp, article)
    assert types["West End"] is T.PLACE and types["London"] is T.CITY
    article = "Liverpool's Steven Gerrard said the team would recover. Gerrard scored twice on Saturday."
    assert _types(nlp, article)["Steven Gerrard"] is T.PERSON
