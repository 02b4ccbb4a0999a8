"""A description with a possessive before its head is someone's aide or kin, never the one person
named before it ("The prime minister's official spokesman said" is not Tony Blair;
kg.resolve.mainperson.possessed)."""

from tests.extract_helpers import said_by


def test_an_aide_is_not_the_person_named_before(nlp):
    text = ("Tony Blair met union leaders on Monday. The prime minister's official spokesman said the Cabinet was "
            "still used for big decisions.")
    assert said_by(nlp, text)["the Cabinet"] != "Tony Blair"


def test_a_plain_description_still_takes_up_the_person(nlp):
    text = ("Elton John has played a concert in Paris. The British singer said the crowd had been wonderful.")
    assert said_by(nlp, text)["the crowd"] == "Elton John"
