"""A verb of making a deal with its object is an event even when the parser hangs an infinitive on it (kg.extract.events)."""

from tests.extract_helpers import event_roles


def test_a_deal_agreed_to_do_a_thing_is_a_fact_of_its_own(nlp):
    # bbc/tech/383: the parser hangs "to work" on "agreed"; the agreeing with its object is still an event.
    from tests.extract_helpers import sentence_events

    events = {event.lemma: event for event in sentence_events(
        nlp, "Nokia and Microsoft have agreed a deal to work on the delivery of music to handsets.")}
    assert events["agree"].factuality.value == "asserted" and event_roles(events["agree"])["theme"] == ["a deal"]
    assert events["work"].factuality.value == "planned"


def test_agreeing_to_do_a_thing_is_no_event_of_its_own(nlp):
    from tests.extract_helpers import sentence_events

    assert "agree" not in {event.lemma for event in sentence_events(nlp, "Nokia agreed to work on the delivery of music.")}
