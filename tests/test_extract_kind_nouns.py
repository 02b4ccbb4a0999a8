"""A company's kind noun before its name or in apposition makes it an organisation,
however NER read it (type_cues.tsv: reinsurer, brokerage, provider, store). Sentences
from BBC business and technology articles (index 200 and up)."""

from __future__ import annotations

import pytest

from kg.extract.mentions import find_mentions
from kg.types import EntityType as T


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ('Munich Re, the world\'s biggest reinsurer, said: "This is primarily a human tragedy."', "Munich Re"),
        ('"We are not expecting Fiat to exercise its put," brokerage Merrill Lynch said in a note to investors.',
         "Merrill Lynch"),
        ("Home furnishings store Pier 1 Imports saw its same store sales sink by a larger-than-forecast 8%.",
         "Pier 1 Imports"),
        # A body, a network, a firm's arm: NER's person on each.
        ("The research was carried out jointly by the UK Film Council and industry training body Skillset.",
         "Skillset"),
        ("Since the first successful file-sharing network Napster was forced to close down, the entertainment "
         "industry has been nervous and critical of P2P technology.", "Napster"),
        ("Alfa-Eco, the venture capital arm of Russian conglomerate Alfa Group, has a one-fifth stake in Sun "
         "Interbrew.", "Alfa-Eco"),
        # An exchange, a fund: NER's people (NORP) on each.
        ("European stock market Euronext has met with the London Stock Exchange (LSE) amid speculation that it may "
         "be ready to launch a cash bid.", "Euronext"),
        ("Deutsche is in competition with pan-European bourse Euronext to take over the London exchange.", "Euronext"),
        ("On 14 March, one of these creditors - property investment fund Molsiris which owns the club's stadium - "
         "holds its AGM at which it will discuss the rescue plan.", "Molsiris"),
    ],
)
def test_a_companys_kind_noun_makes_an_organisation(nlp, text, name):
    assert [m.type for m in find_mentions(nlp(text)) if m.text == name] == [T.ORGANIZATION]


def test_a_cinema_after_a_name_makes_a_facility(nlp):
    # entertainment/377: NER reads the cinema's name as a product's.
    text = ("The Oscar rivals will compete for the international film prize at the ceremony, to be held at the Curzon "
            "Mayfair cinema in London on 20 March.")
    assert [m.type for m in find_mentions(nlp(text)) if m.text == "Curzon Mayfair"] == [T.FACILITY]


def test_a_venues_head_word_makes_a_facility(nlp):
    # entertainment/314: NER reads the pavilion as a person (a given name opens it), the auditorium as an event.
    text = "Other venues included the Dorothy Chandler Pavilion and the Shrine Auditorium."
    types = {m.text: m.type for m in find_mentions(nlp(text))}
    assert (types["Dorothy Chandler Pavilion"], types["Shrine Auditorium"]) == (T.FACILITY, T.FACILITY)
