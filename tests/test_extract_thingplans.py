"""A thing that "is to" undergo a change plans it (kg.extract.thingplans, read by
kg.extract.frames.arranged); sentences from unseen BBC articles (index >= 200), shortened or
paraphrased."""

from __future__ import annotations

import pytest

from tests.extract_helpers import event_factualities, event_roles, sentence_events


@pytest.mark.parametrize(("sentence", "lemma", "theme", "factuality"), [
    # BBC entertainment/344.
    ("A museum dedicated to the career of the late legendary singer Ray Charles is to open in his former "
     "recording studio in Los Angeles.", "open", "A museum", "planned"),
    # BBC tech/282: "shut" a verb of change too (event_lemmas.tsv), its subject the theme.
    ("Dublin's hi-tech research laboratory, Media Labs Europe, is to shut down.", "shut down",
     "Dublin's hi-tech research laboratory", "planned"),
    # BBC tech/296 (shortened).
    ("The explosion in consumer technology is to continue into 2005.", "continue", "The explosion", "planned"),
    # BBC business/292: in an "if" clause it is a condition, possible.
    ("About 200,000 jobs will need to be created each month if that figure is to drop.", "drop", "that figure",
     "possible"),
])
def test_a_thing_that_is_to_change_plans_it(nlp, sentence, lemma, theme, factuality):
    events = [e for e in sentence_events(nlp, sentence) if e.lemma == lemma]
    assert events, [(e.lemma, e.factuality, event_roles(e)) for e in sentence_events(nlp, sentence)]
    assert events[0].factuality == factuality
    assert event_roles(events[0]).get("theme") == [theme]


@pytest.mark.parametrize("sentence", [
    # BBC politics/344: what the aim is, an infinitive with an object of its own.
    "As the Tory leader declared, the aim of the exercise is to open up a real economic policy divide.",
    # Paraphrased: a noun that names what is to be done (purpose_nouns.txt).
    "The idea is to expand.",
    "His answer was to return.",
])
def test_no_plan_for_what_a_thing_is_for(nlp, sentence):
    factualities = event_factualities(nlp, sentence)
    assert "planned" not in factualities.values(), factualities
