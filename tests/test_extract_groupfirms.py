"""A one-word name NER labelled a nationality or group that acts alone is a company
(kg.extract.groupfirms). Sentences from BBC business and technology articles (index 200
and up)."""

from __future__ import annotations

import pytest

from kg.extract.mentions import find_mentions
from kg.types import EntityType as T


def _types(nlp, text: str, name: str) -> list[T]:
    """The types of the mentions of ``name`` in ``text``, in text order."""
    return [mention.type for mention in find_mentions(nlp(text)) if mention.text == name]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # A subject in a list, an owner.
        ("The survey found that BT and Tiscali have been actively dissuading customers from leaving by offering "
         "them a lower price when they phone up to cancel their subscription.", "Tiscali"),
        ("One of the biggest changes of 2004 was the waning influence of the boy hackers keen to make a name by "
         "writing a fast-spreading virus, said Kevin Hogan, senior manager in Symantec's security response group.",
         "Symantec"),
        ("Symbian's Series 60 software is licenced by Nokia, LG Electronics, Lenovo, Panasonic, Samsung, Sendo "
         "and Siemens.", "Symbian"),
    ],
)
def test_a_group_that_acts_alone_is_a_company(nlp, text, name):
    assert _types(nlp, text, name) == [T.ORGANIZATION]


def test_peoples_stay_groups(nlp):
    """Plural subjects name people: "Republicans have blamed" is no firm."""
    text = ("Republicans have blamed the size of the deficit on slow economic conditions after the 11 September "
            "attacks and ongoing military operations in Iraq and Afghanistan.")
    assert _types(nlp, text, "Republicans") in ([T.GROUP], [])


def test_a_copulas_subject_does_not_act(nlp):
    """ "Ricin ... is a dangerous poison": told what it is (NER: a group), no firm acting."""
    text = ("The evidence of any real terrorist capability in the UK is scant. Ricin, for example, is a dangerous "
            "poison but it is not a weapon of mass destruction.")
    assert _types(nlp, text, "Ricin") == [T.GROUP]
