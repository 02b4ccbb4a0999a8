"""A second direct object the parse hung on a verb after a spaced dash restates what went before;
it is no second theme (``kg.extract.dashobjects``): "China raised rates ... - its first hike in
nine years -": the theme is the rates alone. Sentences of unseen BBC articles (business/286,
politics/242, sport/272, business/335), shortened."""

from __future__ import annotations

import pytest

from tests.extract_helpers import event_roles, sentence_events


def _roles(nlp, sentence: str, lemma: str) -> dict[str, list[str]]:
    found = [event for event in sentence_events(nlp, sentence) if event.lemma == lemma]
    assert found, [(event.lemma, event_roles(event)) for event in sentence_events(nlp, sentence)]
    return event_roles(found[0])


@pytest.mark.parametrize(("sentence", "lemma", "theme"), [
    ("China raised rates by 0.27 percentage points to 5.8% - its first hike in nine years - in October 2004.",
     "raise", ["rates"]),
    ("The Department of Work and Pensions destroyed nearly 37,000 files last year - up 22,000 on four years ago.",
     "destroy", ["nearly 37,000 files"]),
    ("Reports suggest Liverpool will lift their offer to £5m - the highest they are willing to go.", "lift",
     ["their offer"]),
])
def test_what_a_dash_sets_off_is_no_second_theme(nlp, sentence, lemma, theme):
    assert _roles(nlp, sentence, lemma).get("theme") == theme


def test_a_hyphen_inside_a_word_is_no_dash(nlp):
    # business/335: "pre-sale" is one word the tokenizer split; its pieces are left as they are
    from kg.extract.words import Words

    words = Words(nlp("Airbus this week announced the first pre-sale of its 7E7 rival - the A350."))
    sale = next(word for word in words if word.text == "sale")
    assert sale.dep_ != "dep"


def test_a_list_after_a_dash_keeps_its_members(nlp):
    # paraphrased: an "and" between the objects makes them a list, not an aside
    from kg.extract.words import Words

    words = Words(nlp("The firm sold its shops - and its warehouses - last year."))
    assert all(word.dep_ != "dep" for word in words if word.text == "warehouses")
