"""A product's or event's name of two or more words and its plural are one node
(kg.resolve.pluralnames); never a work's name and the people who play it, nor a person's
name. Sentences from BBC sport, tech and entertainment articles (index 200 and up), shortened."""

from __future__ import annotations

import pytest

from tests.extract_helpers import named_node_aliases


def _node_of(nodes: dict[str, set[str]], name: str) -> str | None:
    return next((label for label, aliases in nodes.items() if name == label or name in aliases), None)


@pytest.mark.parametrize(
    ("text", "singular", "plural"),
    [
        # sport/473
        ("Faultless Federer has no equal\n\nRoger Federer - nice bloke, fantastic tennis player - the ultimate "
         "sportsman.\n\nWhen Lleyton Hewitt shook his hand after getting another thrashing, the Australian said; "
         "\"You're the best.\" The stats speak for themselves: 11 titles from 11 finals during 2004 - three of them "
         "Grand Slams - and 13 final victories in a row going back to Vienna 2003. Hewitt, at times in Houston, showed "
         "form which easily matched his Grand Slam-winning efforts of 2001 and 2002. But he was outplayed.\n", "Grand Slam", "Grand Slams"),
        # tech/277
        ("Tech helps disabled speed demons\n\nAnother exhibit on the stand is a Subaru Impreza rally car, adapted to "
         "accommodate a variety of disabilities. The team uses a Vauxhall Astra with an automatic gearbox and manual "
         "Subaru Imprezas.\n", "Subaru Impreza", "Subaru Imprezas"),
    ],
)
def test_plural_joins_the_singular(nlp, text, singular, plural):
    nodes = named_node_aliases(nlp, text)
    assert _node_of(nodes, singular) is not None and _node_of(nodes, singular) == _node_of(nodes, plural), nodes


@pytest.mark.parametrize(
    ("text", "singular", "plural"),
    [
        # entertainment/292: the musical is no name of the boys who play its hero.
        ("Elliot musical delayed\n\nPreview performances of the musical Billy Elliot have been delayed. He added: "
         "\"The young Billy Elliots in particular, making their professional stage debuts in the West End, will "
         "benefit from a little more time.\"\n", "Billy Elliot", "Billy Elliots"),
        # A person's name in the plural stands for people like him (sport/212, paraphrased).
        ("Youngsters told to be patient\n\nWayne Rooney scored twice on Saturday. \"We can't all be Wayne Rooneys - at "
         "his age I was training to be an electrician,\" the manager said.\n", "Wayne Rooney", "Wayne Rooneys"),
    ],
)
def test_plural_left_apart(nlp, text, singular, plural):
    nodes = named_node_aliases(nlp, text)
    assert _node_of(nodes, plural) is None or _node_of(nodes, singular) != _node_of(nodes, plural), nodes
