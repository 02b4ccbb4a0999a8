"""A nickname's entity named with an organisation's suffix is one node with it
(kg.resolve.suffixednicks), on the session pipeline: articles shortened from the BBC corpus."""

from __future__ import annotations

import pytest

import kg
from kg.records import Mention
from kg.resolve.names import cluster_names
from kg.resolve.suffixednicks import suffixed_forms, suffixed_readings
from kg.types import EntityType


def _labels(nlp, text: str) -> set[str]:
    return {entity.label for entity in kg.build_text(text, nlp=nlp).entities()}


@pytest.mark.parametrize(
    ("text", "present", "absent"),
    [
        # "the Fed" and "the Federal Reserve Bank": the table's name and a suffix (business/450).
        (
            "US retail sales surge in December\n\nUS retail sales rose sharply in December. Analysts said that "
            "the strong figures were unlikely to put the Federal Reserve Bank off its current policy of "
            "measured interest rate rises. \"Given that attitude, the Fed remains likely to continue boosting "
            "rates,\" an economist said.\n",
            {"Federal Reserve"},
            {"Federal Reserve Bank"},
        ),
        # "the Tory Party" beside "the Conservatives": the nickname and its party's suffix (politics/293).
        (
            "Kilroy launches new party\n\nRobert Kilroy-Silk has launched his own party. The Conservatives are "
            "as confused as they have been since the mid-1990s, one reader wrote. Let's hope the euro-sceptic "
            "wing of the Tory Party fades into obscurity, wrote another.\n",
            {"Conservative Party"},
            {"Tory Party"},
        ),
    ],
)
def test_resolve_suffixednicks_one_node(nlp, text, present, absent):
    labels = _labels(nlp, text)
    assert present <= labels, labels
    assert not absent & labels, labels


def test_resolve_suffixednicks_keeps_a_regional_bank_apart():
    """A name that goes on after the suffix is another body: the Federal Reserve Bank of New York is
    one of the Fed's regional banks, no form of the Fed, also where NER cuts its name at "of"
    (paraphrased from business/383)."""
    text = "Policy-makers at the Fed are worried. The president of the Federal Reserve Bank of New York said so."
    bank = text.index("Federal Reserve Bank")
    mentions = [
        Mention(text.index("Fed "), text.index("Fed ") + 3, "Fed", EntityType.ORGANIZATION, 0),
        Mention(bank, bank + 20, "Federal Reserve Bank", EntityType.ORGANIZATION, 1),
    ]
    assert cluster_names(mentions, text=text).clusters == ((0,), (1,))
    cut = text.replace(" of New York", "")
    assert cluster_names(mentions, text=cut).clusters == ((0, 1),)


def test_resolve_suffixednicks_reads_only_the_entitys_own_suffix():
    assert [reading.name for reading in suffixed_readings("Tory Party")][:1] == ["Conservative Party"]
    assert suffixed_readings("Labour Group") == ()  # the Labour Party's name ends in no "Group"
    assert suffixed_readings("Tory") == ()  # the nickname alone is the table's own
    assert suffixed_forms("Federal Reserve", ["federal reserve bank", "federal reserve board", "reserve bank"]) == [
        "federal reserve bank"]
