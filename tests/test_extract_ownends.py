"""A firm's own "'s" is kept where nothing possessed follows it: a preposition, a dash, "and"
and a bare name, a clause's verb the tagger read as a participle (kg.extract.ownends), and
where NER left it out of the span. Sentences from BBC business and politics articles (index
200 and up), shortened."""

from __future__ import annotations

import pytest

from tests.extract_helpers import mention_types, named_node_aliases


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # business/429: a preposition after it.
        ('"Things are getting worse," said David Wyss of Standard & Poor\'s in New York.', "Standard & Poor's"),
        # business/265: "and" and a bare name, then a dash.
        ("The scandal has prompted three credit rating agencies - Standard & Poor's, Moody's and Fitch - to "
         "downgrade Marsh in recent weeks.", "Moody's"),
        # business/428: the tagger's participle is the clause's verb.
        ("Standard & Poor's upgraded Pakistan a few weeks ago.", "Standard & Poor's"),
        # politics/322: NER's span stops before the "'s".
        ("And fast food giants McDonald's are listed as donating a sum of £10,575.", "McDonald's"),
    ],
)
def test_own_possessive_kept(nlp, text, name):
    names = mention_types(nlp, text)
    assert name in names, names


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # business/429, reworded: a noun possessed.
        ("Standard & Poor's economist David Wyss said things were getting worse.", "Standard & Poor"),
        # business/265, reworded: both names possess the noun after them.
        ("The scandal hit Moody's and Fitch's ratings of Marsh in recent weeks.", "Moody"),
        # a hyphened word after "in" is possessed ("in-house").
        ("Shoppers liked Tesco's in-house brand, the firm said.", "Tesco"),
    ],
)
def test_possessive_trimmed(nlp, text, name):
    names = mention_types(nlp, text)
    assert name in names, names


def test_owned_name_of_a_place_is_whole(nlp):
    # business/232: "Lloyd's of London" is one name, whose possessive "Lloyd's" is a short form.
    nodes = named_node_aliases(nlp, "Lloyd's of London head chides FSA\n\nThe head of Lloyd's of London, the "
                               "insurance market, has criticised Britain's financial watchdog. \"They should seize "
                               "the moment,\" Mr Prettejohn, Lloyd's chief executive said.\n")
    assert "Lloyd's of London" in nodes and "Lloyd" not in nodes, nodes


def test_possessive_before_a_quoted_title_trimmed(nlp):
    # tech/304: NER's span stops before the "'s", which owns the quoted programme's name.
    names = mention_types(nlp, 'Although initiatives such as Microsoft\'s "Plays for Sure" program could help, '
                          "life was likely to be confusing, he said.")
    assert "Microsoft" in names and "Microsoft's" not in names, names
