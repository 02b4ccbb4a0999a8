"""Words made with "re-" stay one token too (kg.nlp.hyphens): split, "re" became the clause's
verb and the verb after the hyphen a clause of its own ("will not be re-drafted": a "draft" done,
asserted, its patient the committee that asked for it). Kept whole, the verb is read with its
auxiliaries, negation and passive. Sentences from unseen BBC articles (index >= 200), shortened."""

from __future__ import annotations

import pytest

from tests.extract_helpers import event_factualities, event_roles, sentence_events


def test_re_words_are_one_token(nlp):
    doc = nlp("The law will not be re-drafted, and pre-tax profits rose.")
    words = {t.text: t.lemma_ for t in doc}
    assert words.get("re-drafted") == "re-draft"
    assert "pre-tax" not in words  # only the listed prefixes


@pytest.mark.parametrize(("sentence", "lemma", "factuality", "roles"), [
    # BBC tech/342 (shortened): the headline's event, negated.
    ("A proposed European law on software patents will not be re-drafted by the European Commission.",
     "re-draft", "negated", {"patient": ["A proposed European law"], "agent": ["the European Commission"]}),
    # BBC entertainment/318 (shortened).
    ("Roxy Music's back catalogue was re-released in 2000.", "re-release", "asserted",
     {"patient": ["Roxy Music's back catalogue"]}),
    # BBC politics/255: a motivation is an intent (factuality_cues.tsv), its content planned.
    ('His only "motivation" was to ensure Labour was re-elected, he insisted.', "re-elect", "planned",
     {"patient": ["Labour"]}),
])
def test_a_re_verb_is_read_whole(nlp, sentence, lemma, factuality, roles):
    events = [e for e in sentence_events(nlp, sentence) if e.lemma == lemma]
    assert events, event_factualities(nlp, sentence)
    assert events[0].factuality == factuality
    have = event_roles(events[0])
    assert all(have.get(role) == texts for role, texts in roles.items()), have
