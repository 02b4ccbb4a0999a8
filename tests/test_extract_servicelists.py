"""A name NER read as a person (or an unknown place) that a list shows to be a kind of
technology is a product (kg.extract.servicelists): examples of a kind ("networks like"),
the kind after the list ("two file-sharing networks", "and other ... services"), a name
joined to a listed technology's ("Betamax and VHS"). Sentences from BBC technology and
entertainment articles (index 200 and up), some paraphrased."""

from __future__ import annotations

import pytest

from kg.extract.mentions import find_mentions
from kg.types import EntityType as T


def _types(nlp, text: str, name: str) -> list[T]:
    return [mention.type for mention in find_mentions(nlp(text)) if mention.text == name]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # tech/206: examples of a kind, the kind at the sentence's head after a quotation mark.
        ("'Networks like eDonkey, Kazaa and Grokster facilitate illegal filesharing.", "Grokster"),
        ("'Networks like eDonkey, Kazaa and Grokster facilitate illegal filesharing.", "Kazaa"),
        # tech/286: the kind after the list.
        ("In August 2004, the San Francisco-based US Court of Appeals ruled in favour of Grokster and StreamCast, "
         "two file-sharing networks.", "Grokster"),
        # tech/322: "and other ... services".
        ("The mobile industry is keen to get into music downloading, after the success of Apple's iTunes, Napster "
         "and other net music download services.", "Napster"),
        # tech/294, tech/224: joined to a listed format.
        ("Both Toshiba and Blu-ray are hopeful that the emerging DVD format war, akin to the Betamax and VHS fight "
         "in the 1980s, can be resolved.", "Betamax"),
        ("Disney is the latest studio to announce which technology it is backing in a format battle which mirrors "
         "the 1980s Betamax versus VHS war.", "Betamax"),
        # entertainment/266
        ("Mr Jamieson said his organisation was lobbying music service providers, which include iTunes and Napster.",
         "Napster"),
    ],
)
def test_a_listed_technology_is_a_product(nlp, text, name):
    assert _types(nlp, text, name) == [T.PRODUCT]


def test_one_sign_types_every_person_mention(nlp):
    text = ("Napster was later relaunched as a paid service. The mobile industry envies the success of Apple's "
            "iTunes, Napster and other net music download services.")
    assert set(_types(nlp, text, "Napster")) <= {T.PRODUCT, T.ORGANIZATION}


@pytest.mark.parametrize(
    ("text", "name", "kind"),
    [
        # tech/302: two firms that act, whatever another rule made of one of them.
        ("ScanSoft and Gracenote are developing technology to give people access to their music by voice control. "
         "ScanSoft and Gracenote said the plan would work.", "Gracenote", T.PRODUCT),
        # A person's name beside a listed one stays a person's.
        ("Steve Jobs and iTunes changed how people buy music, analysts say.", "Steve Jobs", T.PRODUCT),
        # A kind of no technology: a list of people.
        ("Stars like Bounty Killer and Beenie Man have been criticised for their lyrics.", "Bounty Killer", T.PRODUCT),
    ],
)
def test_no_product(nlp, text, name, kind):
    assert kind not in _types(nlp, text, name)


def test_a_name_that_acts_as_a_firm_is_left_alone(nlp):
    """tech/298, paraphrased: "Napster said" speaks as a firm; the list does not make it a product."""
    text = ("Napster said the higher price is a result of record labels charging more. Legal music download "
            "services, like iTunes and Napster, have rushed into the marketplace.")
    assert T.PRODUCT not in _types(nlp, text, "Napster")
