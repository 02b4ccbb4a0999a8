"""Short forms the general variant rules miss (kg.resolve.abridged): an acronym NER read as
a person's name or one ending on a suffix the name was written without, a law's kind word
inside its name, an organisation's name without the second of two words joined by "and".
Sentences in the style of BBC business and politics articles (index 200 and up)."""

from __future__ import annotations

import pytest

from kg.records import Mention
from kg.resolve.variants import is_variant
from kg.types import EntityType as T
from tests.extract_helpers import named_node_aliases


@pytest.mark.parametrize(
    ("text", "label", "alias"),
    [
        # "SMFG", NER's person, is the group's acronym, with or without "Group" written.
        ("Bank shares rise\n\nShares in Sumitomo Mitsui Financial Group rose 3% on Tuesday. "
         "SMFG said profits would double this year.\n", "Sumitomo Mitsui Financial Group", "SMFG"),
        ("Bank shares rise\n\nAnalysts said profits at Sumitomo Mitsui Financial would rise. "
         "SMFG said it was pleased with the results.\n", "Sumitomo Mitsui Financial", "SMFG"),
        # A law's kind word inside its name.
        ("Russia backs energy pact\n\nRussia has refused to ratify the Energy Charter Treaty, which protects "
         "foreign investors. The Charter was signed in 1994 by 51 countries.\n", "Energy Charter Treaty", "Charter"),
        # "and Commonwealth" dropped.
        ("Britons warned over travel\n\nThe Foreign and Commonwealth Office has warned Britons against travel "
         "to the region. A Foreign Office spokesman said the advice was under review.\n",
         "Foreign and Commonwealth Office", "Foreign Office"),
    ],
)
def test_abridged_short_form_joins_the_full_name(nlp, text, label, alias):
    nodes = named_node_aliases(nlp, text)
    assert alias in nodes.get(label, set()) and alias not in nodes, nodes


@pytest.mark.parametrize(
    ("short", "short_type", "long", "joins"),
    [
        ("SMFG", T.PERSON, "Sumitomo Mitsui Financial Group", True),
        ("SMFG", T.ORGANIZATION, "Sumitomo Mitsui Financial", True),
        # A person's name in capitals is no acronym of a firm it does not fit; a two-letter one is a person's.
        ("SMFX", T.ORGANIZATION, "Sumitomo Mitsui Financial", False),
        ("JP", T.PERSON, "Jardine Pacific", False),
        # Two words and a suffix's initial are too few to tell: "SLG" is no Standard Life.
        ("SLG", T.ORGANIZATION, "Standard Life", False),
        # A law's last word is the head rule's; its first word is no kind word.
        ("Energy", T.LAW, "Energy Charter Treaty", False),
        # Not the first of the pair, nor a firm of two names ("Marks and Spencer": nothing after the pair).
        ("Commonwealth Office", T.ORGANIZATION, "Foreign and Commonwealth Office", False),
        ("Marks Spencer", T.ORGANIZATION, "Marks and Spencer", False),
    ],
)
def test_abridged_variants(short, short_type, long, joins):
    long_type = T.LAW if long.endswith("Treaty") else T.ORGANIZATION
    assert is_variant(Mention(60, 60 + len(short), short, short_type, 1), Mention(0, len(long), long, long_type, 0)) is joins

