""""The Munsterman", "the Yorkshireman": a man of a region is of its country (demonyms.tsv),
so the noun stands for the one person near of no other nationality and makes no node of
its own (kg.resolve.demonymnouns; sentences paraphrased from sport/290, on the session
pipeline)."""

from __future__ import annotations

from tests.extract_helpers import resolved_part, said_by

_SPECIAL = "\"It was a special win for the whole squad,\" said the Munsterman."


def test_the_munsterman_speaks_for_the_irish_fly_half(nlp):
    text = "Ireland fly-half Ronan O'Gara hailed his side's 19-13 victory over England. " + _SPECIAL
    assert said_by(nlp, text)["It was"] == "Ronan O'Gara"


def test_the_munsterman_is_no_node(nlp):
    text = "Ireland fly-half Ronan O'Gara hailed his side's 19-13 victory over England. " + _SPECIAL
    assert "Munsterman" not in {entity.label for entity in resolved_part(nlp, text).entities}


def test_not_a_player_of_another_country(nlp):
    text = "England fly-half Charlie Hodgson hailed his side's 19-13 victory over Ireland. " + _SPECIAL
    assert said_by(nlp, text)["It was"] != "Charlie Hodgson"


def test_the_regions_men_are_of_its_country():
    from kg.lexicon import demonym_country

    assert demonym_country("Munsterman") == "Ireland"
    assert demonym_country("Yorkshireman") == "England"
    assert demonym_country("Munster") is None  # the province, or its team, is no demonym
