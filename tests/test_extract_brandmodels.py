"""A maker's name followed by a model's is the maker's product (kg.extract.brandmodels), and the
model alone is the same node, named as the article names it alone (kg.resolve.shortnames,
kg.resolve.document.canonical_label). Sentences from BBC articles (index 200 and up)."""

from __future__ import annotations

import pytest

import kg
from kg.extract.mentions import find_mentions
from kg.types import EntityType as T


def _types(nlp, text: str, name: str) -> list[T]:
    return [mention.type for mention in find_mentions(nlp(text), sport=frozenset()) if mention.text == name]


FORD = ("Recent new models introduced by Ford include the Ford Five Hundred and Mercury Montego sedans, "
        "the Ford Freestyle crossover, the Ford Mustang, the Land Rover LR3/Discovery 3 and the Jaguar XK.")
SMARTPHONES = ("More powerful smartphones like the XDA II, Nokia 6600, SonyEricsson P900 and the Orange E200, "
               "offering web access, text and multimedia messaging, e-mail, calendar and gaming are becoming "
               "increasingly common.")
OUTLOOK = ("Like many other recent viruses, Bofra plunders the address book in Microsoft Outlook for e-mail "
           "addresses and scours other files on an infected machine for fresh target addresses.")


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (FORD, "Ford Freestyle"),  # a listed maker, then a capitalised word: NER's organisation
        (SMARTPHONES, "Nokia 6600"),  # a maker and a number
        (OUTLOOK, "Microsoft Outlook"),
    ],
)
def test_a_makers_model_is_a_product(nlp, text, name):
    assert _types(nlp, text, name) == [T.PRODUCT]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # A company noun before the name.
        ("Record company Sony BMG is now manufacturing 5,000 more copies of each single than originally "
         "planned to meet demand.", "Sony BMG"),
        ("Masayuki Shimono, president of manufacturer Toshiba Elevator and Building Systems which installed "
         "the lifts, said it was an honour.", "Toshiba Elevator"),
        # An event's head after it.
        ("The pair have worked together for a decade - meeting on Viking Radio in Hull before moving to "
         "Manchester station Key 103 and winning two Sony Radio awards.", "Sony Radio"),
    ],
)
def test_a_makers_business_stays_what_it_is(nlp, text, name):
    assert T.PRODUCT not in _types(nlp, text, name)


def test_the_model_alone_is_the_same_node_named_as_written_alone(nlp):
    text = ("Gadget list\n\nThe most popular gadget of the moment, the Apple iPod, is at number 12 in the list "
            "while the first Sony transistor radio is at number 13. Sales of the iPod rose again.\n")
    entities = {entity.label: entity.type for entity in kg.build_text(text, nlp=nlp).entities()}
    assert entities.get("iPod") is T.PRODUCT
    assert "Apple iPod" not in entities


def test_a_product_is_not_the_scheme_named_after_it(nlp):
    """A product's name is no short form of an organisation's or a scheme's that begins with it
    (kg.resolve.variants): the version of Windows stays apart from the project named after it."""
    text = ("Windows piracy\n\nMicrosoft says it is clamping down on people running pirated versions of its Windows "
            "operating system by restricting their access to security features. Last year it introduced the "
            "Windows XP Counterfeit Project, a UK-based pilot scheme, which ran from November to December. The "
            "scheme meant that anyone with pre-installed copies of the operating system in PCs bought before "
            "November could replace counterfeit versions of Windows XP with legal ones for free.\n")
    entities = {entity.label: entity.type for entity in kg.build_text(text, nlp=nlp).entities()}
    assert entities.get("Windows XP") is T.PRODUCT
    assert entities.get("Windows XP Counterfeit Project") is T.ORGANIZATION
