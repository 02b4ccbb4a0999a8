"""A name right after a broadcaster's possessive is the broadcaster's programme
(kg.extract.channelshows, through kg.extract.shows). On sentences of unseen BBC
articles, read by the session ``nlp`` outside a sports report."""

from __future__ import annotations

import pytest

from kg.extract.mentions import find_mentions
from kg.types import EntityType as T


def _types(nlp, text: str) -> dict[str, T]:
    return {mention.text: mention.type for mention in find_mentions(nlp(text), sport=frozenset())}


@pytest.mark.parametrize(
    ("text", "show"),
    [
        # NER: a place (politics/220)
        ('Speaking on BBC One\'s Breakfast with Frost, he said "economic migrants are of great value to this '
         'country", but stressed that proper policing was needed.', "Breakfast"),
        # NER: an organisation (politics/320)
        ("She also received up to £30,000 for acting as the Guardian's agony aunt and between £5,001 and "
         "£10,000 for appearing on ITV's Celebrity Fit Club.", "Celebrity Fit Club"),
        # NER: a facility; GMTV, a broadcaster of media_makers.tsv (politics/252)
        ("Former welfare minister Frank Field MP criticised the reported rivalry between the pair on GMTV's "
         "Sunday Programme.", "Sunday Programme"),
    ],
)
def test_the_channels_programme_is_a_work(nlp, text, show):
    assert _types(nlp, text)[show] is T.WORK


@pytest.mark.parametrize(
    ("text", "name", "kind"),
    [
        # a channel's reporter: NER's person (politics/2xx, paraphrased)
        ("The BBC's Sarah Rainsford said the talks had stalled.", "Sarah Rainsford", T.PERSON),
        # a head word of a firm's name: the studios are ITV's company (entertainment/201)
        ("The show is recorded at ITV's London Studios on the South Bank.", "London Studios", T.ORGANIZATION),
    ],
)
def test_not_a_person_nor_a_firm(nlp, text, name, kind):
    assert _types(nlp, text)[name] is kind
