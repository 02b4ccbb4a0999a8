"""Pieces of one name NER cut at a mark (kg.extract.markednames): a saint's possessive,
the "of" NER began with, a nickname's quotation marks; and an indefinite description
lends no organisation to a post written without one (kg.resolve.borrowed). Sentences
shortened from unseen articles."""

from __future__ import annotations

import pytest

from kg.types import EntityType as T
from tests.extract_helpers import mention_types, resolved_part


@pytest.mark.parametrize(
    ("text", "name", "expected"),
    [
        ("Mr Blair joined two girls from St Egwin's Middle School in Evesham.", "St Egwin's Middle School", T.FACILITY),
        ("A spokeswoman for the St David's Shopping Centre in Cardiff said it was busy.", "St David's Shopping Centre",
         T.FACILITY),
        ("Protesters gathered outside St Stephen's Green Shopping Centre in Dublin.",
         "St Stephen's Green Shopping Centre", T.FACILITY),
        ("Republic of Ireland manager Brian Kerr admitted he was frustrated.", "Republic of Ireland", T.PLACE),
        ("Egypt striker Ahmed 'Mido' Hossam joined Tottenham from Roma.", "Ahmed 'Mido' Hossam", T.PERSON),
        ('The late saxophonist David "Fathead" Newman played with Ray Charles.', 'David "Fathead" Newman', T.PERSON),
    ],
)
def test_name_cut_at_a_mark_is_whole(nlp, text, name, expected):
    assert mention_types(nlp, text).get(name) is expected


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Thousands marched through Dublin on St Patrick's Day.", "St Patrick's Day Dublin"),  # a day, no venue
        ("He told the BBC that Thierry Henry and Zinedine Zidane were the best.", "Thierry Henry and Zinedine Zidane"),
        ('He said "Yes" to Tony Blair.', 'He said "Yes" to Tony Blair'),
    ],
)
def test_no_name_across_other_marks(nlp, text, name):
    types = mention_types(nlp, text)
    assert name not in types
    assert not any(key.startswith("St Patrick's Day ") for key in types)


def test_indefinite_description_lends_no_organisation(nlp):
    text = ("It was a similar story at Bluewater in Kent. Spokesman Alan Jones said he expected 150,000 shoppers. "
            "On Saturday, a spokeswoman for Debenhams in Cardiff said it looked like being its busiest day.")
    part = resolved_part(nlp, text)
    names = {entity.key: entity.label for entity in part.entities}
    held = {(names[p.person], names.get(p.organisation) if p.organisation else None) for p in part.positions}
    assert ("Alan Jones", "Debenhams") not in held, held
