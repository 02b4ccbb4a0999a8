"""A goods noun capitalised only at a sentence's head, before what a market measures of it,
is no name (kg.extract.marketnouns, counted under namelike's ``sentence-initial`` rule):
"House prices fell" names no organisation "House"."""

from __future__ import annotations

import pytest

from kg.extract.initials import heads
from kg.extract.marketnouns import goods_word_at_head
from kg.extract.mentions import find_mentions
from kg.extract.words import Words
from kg.pipeline import build_text


def _names(nlp, text: str, rejected: list[str] | None = None) -> list[str]:
    return [mention.text for mention in find_mentions(nlp(text), rejected=rejected)]


@pytest.mark.parametrize(
    ("text", "junk"),
    [
        # business/329: NER's organisation "House", which the article never writes in lower case.
        ("House prices fell further in December as rate rises took their toll, the surveyors found.", "House"),
        # entertainment/266: "Download sales" before a chart's name.
        ("Download sales are to be counted in the UK singles chart later this year.", "Download"),
    ],
)
def test_goods_noun_at_a_head_is_no_name(nlp, text, junk):
    rejected: list[str] = []
    assert junk not in _names(nlp, text, rejected)
    assert "sentence-initial" in rejected
    words = Words(nlp(text))
    assert goods_word_at_head(words, 0, 1, heads(words))


def test_the_event_keeps_no_owner(nlp):
    # The fall's owner was the organisation "House": now the prices alone.
    graph = build_text("House prices fell by 2% in January, the surveyors said.", nlp=nlp)
    assert "House" not in [entity.label for entity in graph.entities()]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # A firm the article capitalises inside a sentence too (business articles on Shell).
        ("Shell output fell in the last quarter, the firm said. Shares in Shell rose 2%.", "Shell"),
        # Shares are a firm's own measure, not a market's of goods.
        ("Shell shares fell 2% on Monday after the reserves cut.", "Shell"),
        # A known place ("Jersey exports"), and a firm's name with a capital inside.
        ("Jersey exports fell sharply last year.", "Jersey"),
        ("OneTel sales were hit by the adverts, the regulator said.", "OneTel"),
    ],
)
def test_a_name_before_a_measure_stays(nlp, text, name):
    assert name in _names(nlp, text)


def test_only_a_head_and_a_measure_right_after(nlp):
    words = Words(nlp("Analysts said House prices were falling. House of Fraser sales rose."))
    at_head = heads(words)
    house = [word.i for word in words.words if word.text == "House"]
    assert not goods_word_at_head(words, house[0], house[0] + 1, at_head)  # not at a head
    assert not goods_word_at_head(words, house[1], house[1] + 1, at_head)  # "House of Fraser": no measure after
