"""Places told by their own words and their slot (kg.extract.cues): a natural feature's
word opening its name, a region's word after it, a home town after "born in"."""

from __future__ import annotations

import pytest

from kg.types import EntityType as T
from tests.extract_helpers import mention_types


@pytest.mark.parametrize(
    ("text", "name", "expected"),
    [
        # A natural feature's word opens the name (name_openers.tsv), whatever NER said.
        ("He fished the River Lagan every summer.", "River Lagan", T.PLACE),
        ("They walked in the Glens of Antrim on Sunday.", "Glens of Antrim", T.PLACE),
        ("He climbed Mount Kenya last year.", "Mount Kenya", T.PLACE),
        # A region's word after the name, even for a name GeoNames knows as a city.
        ("Gunmen attacked a village in Edo state on Monday.", "Edo", T.PLACE),
        ("Troops left Lagos state on Monday.", "Lagos", T.PLACE),
        # A home town, though NER reads a firm.
        ("He was born in Ballymena and moved to London.", "Ballymena", T.CITY),
        # Where people live.
        ("The people of Engerwitzdorf are producing their own news channel.", "Engerwitzdorf", T.PLACE),
        # A compass word after a known place: a constituency; after a given name, a surname.
        ("On Tuesday Mr Kennedy will visit Leicester South, where the party won the seat.", "Leicester South", T.PLACE),
        ("Police said Fred West had been questioned on Tuesday.", "Fred West", T.PERSON),
        # A known town after a person's name or a worker.
        ("Andrew in Derby complains that raising the minimum wage is electioneering.", "Derby", T.CITY),
        ("A job I did in Plymouth was underpaid to an equivalent worker in Exeter by 75p an hour.", "Exeter", T.CITY),
        ("Nokia said the new phone from Nokia would sell well.", "Nokia", T.ORGANIZATION),
        # A name ending in a country's name that NER reads as a person is a firm.
        ("The pilot was so successful that Telekom Austria is now considering other projects.", "Telekom Austria",
         T.ORGANIZATION),
        # No slot: a firm stays a firm, a country a country.
        ("He works in Ballymena for Microsoft.", "Microsoft", T.ORGANIZATION),
        ("She was born in Kenya in 1970.", "Kenya", T.COUNTRY),
    ],
)
def test_place_cues(nlp, text, name, expected):
    types = mention_types(nlp, text, frozenset())
    assert types.get(name) is expected


@pytest.mark.parametrize(("text", "name"), [
    # bbc/business/405, politics/200 and others: NER reads a county as a person, GeoNames has a
    # Canadian city of Surrey; uk_regions.txt says what they are.
    ("In the North West and Yorkshire and the Humber, Halifax said prices rose by 3%.", "Yorkshire"),
    ("Surrey police said the man was arrested on Monday.", "Surrey"),
    ("He was born in Surrey in 1950.", "Surrey"),
])
def test_a_british_county_is_a_place(nlp, text, name):
    assert mention_types(nlp, text, sport=None)[name] is T.PLACE


def test_a_county_that_plays_is_its_club(nlp):
    types = mention_types(nlp, "Kent beat Surrey by five wickets at Canterbury.", sport=frozenset({"sport", "cricket"}))
    assert types["Surrey"] is T.SPORTS_TEAM
