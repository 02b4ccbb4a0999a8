"""A figure's noun whose "of" phrase holds a number (rate_nouns.txt) is read as the amount it
gives (kg.extract.rates): "at an annual rate of 3.8%" the event's quantity, "to a new high of
583p" the value reached, "by an average of about 4%" by how much, "from a peak of $120bn" the
value left. Not a figure's noun with no number. Sentences shortened from unseen BBC articles
(index >= 200)."""

from __future__ import annotations

import pytest

from tests.extract_helpers import check_roles, event_roles, sentence_events


@pytest.mark.parametrize(("sentence", "lemma", "roles"), [
    # BBC business/402 (shortened).
    ("The US economy grew at an annual rate of 3.9% in the three months to September.", "grow",
     {"quantity": ["an annual rate of 3.9%"]}),
    # BBC business/256 (shortened).
    ("In the fourth quarter, the city state's gross domestic product rose at an annual rate of 2.4%.", "rise",
     {"quantity": ["an annual rate of 2.4%"]}),
    # BBC entertainment/233 (shortened): a count's rate.
    ("Record company SonyBMG are releasing Elvis' 18 number one singles at the rate of one a week in Britain.",
     "release", {"quantity": ["the rate of one a week"]}),
    # BBC business/319 (shortened): the value reached, no destination.
    ("LSE saw its shares surge 4.9% to a new high of 583p in early trade.", "surge",
     {"new_value": ["a new high of 583p"], "destination": None}),
    # BBC business/329 (shortened).
    ("Meanwhile the number of sales dropped 32% to an average of 22 per surveyor.", "drop",
     {"new_value": ["an average of 22 per surveyor"], "destination": None}),
    # BBC politics/241 (shortened): by how much.
    ("Council tax in Scotland is set to rise by an average of about 4% in the coming year.", "rise",
     {"difference": ["an average of about 4%"]}),
    # BBC tech/337 (shortened): the value left, no source.
    ("Yahoo saw its market value fall from a peak of $120bn to $4.6bn.", "fall",
     {"old_value": ["a peak of $120bn"], "source": None}),
])
def test_a_figure_with_its_number_is_an_amount(nlp, sentence, lemma, roles):
    check_roles(nlp, sentence, lemma, roles)


@pytest.mark.parametrize(("sentence", "lemma"), [
    # BBC business/439 (shortened): how fast, no figure.
    ("Germany's economy grew at its fastest rate in four years during 2004.", "grow"),
    # BBC business/453 (paraphrased): a rate with no number.
    ("Manufacturing will improve at a faster rate in coming months.", "improve"),
    # BBC politics/215 (shortened): a span of time, how long (kg.extract.timephrases).
    ("Twenty-five people in a sham marriage network were jailed for a total of 35 years.", "jail"),
])
def test_a_figure_with_no_number_is_no_amount(nlp, sentence, lemma):
    events = [event for event in sentence_events(nlp, sentence) if event.lemma == lemma]
    assert events
    for event in events:
        roles = event_roles(event)
        assert not {"quantity", "new_value", "difference", "old_value"} & set(roles), roles
