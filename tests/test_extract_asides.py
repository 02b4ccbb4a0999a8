"""kg.extract.asides: a discourse adverb and a superlative's window are no event arguments
(sentences from BBC articles outside the judged ones)."""

import pytest

from tests.extract_helpers import event_roles, one_event, sentence_events


@pytest.mark.parametrize(("sentence", "lemma", "role"), [
    # "for example" gives an example; it is no reason of the persuading.
    ("Companies can, for example, persuade officials to overlook non-payment of taxes.", "persuade", "reason"),
    ("Mr Blair had personally seen the change over time in conversations with Mr Bush.", "see", "reason"),
    # The span a superlative runs over is not when the event happened.
    ("The stock market in Jakarta has seen its biggest slide in a month, after the country doubled the likely "
     "cost of rebuilding from the Asian tsunami.", "see", "time"),
    ("The BRC said Britain's retailers had endured their worst Christmas in a decade.", "endure", "time"),
    # "according to" cites a source (business/370, tech/332): no destination, no recipient.
    ("US industrial production increased in December, according to the latest survey from the Institute for "
     "Supply Management (ISM).", "increase", "destination"),
    ("Sales of legally downloaded songs also rose more than tenfold in 2004, according to the record industry.",
     "rise", "destination"),
])
def test_an_aside_is_no_argument(nlp, sentence, lemma, role):
    assert role not in event_roles(one_event(nlp, sentence, lemma))


def test_a_window_the_parser_hung_on_the_verb_is_no_time_and_the_day_stays(nlp):
    sentence = "Brazil's currency, the real, also rose to its highest level against the dollar in more than two years on Friday."
    assert event_roles(one_event(nlp, sentence, "rise"))["time"] == ["Friday"]


def test_a_point_in_time_after_an_ordinal_stays_the_event_s_time(nlp):
    sentence = ("England won the first Rugby World Cup Sevens in 1993 with a side that included the likes of "
                "Lawrence Dallaglio and Matt Dawson.")
    assert event_roles(one_event(nlp, sentence, "win"))["time"] == ["1993"]


@pytest.mark.parametrize(("sentence", "lemma", "times"), [
    # "for" + a counted span says how often, not when.
    ("German unemployment rose for the 11th consecutive month in December - making the year's average jobless "
     "total the highest since reunification.", "rise", ["December"]),
    ("Film comedy Meet The Fockers, sequel to Meet The Parents, has topped the US box office for a third week.",
     "top", None),
])
def test_a_counted_span_is_how_often_not_when(nlp, sentence, lemma, times):
    assert event_roles(one_event(nlp, sentence, lemma)).get("time") == times


def test_for_ones_part_is_no_argument(nlp):
    # "for his part" turns to another party (retired blind tech/110): no role of the event
    sentence = "For its part, Microsoft is searching for a buyer for the unit."
    roles = event_roles(one_event(nlp, sentence, "search"))
    assert all("its part" not in texts for texts in roles.values()), roles


def test_a_source_cited_is_no_recipient_and_the_quote_stays(nlp):
    from tests.extract_helpers import article_graph

    graph = article_graph(nlp, "Worse could follow, according to former British team member Chris Bailey.")
    assert not [event for event in graph.events() if event.lemma == "follow"]  # nothing left but the source
    assert [quote.content for quote in graph.quotes()] == ["Worse could follow"]


@pytest.mark.parametrize(("sentence", "lemma", "gone"), [
    # "preposition (the) noun of" is one preposition: its noun is no place or topic
    # (compound_prepositions.txt; business/221, business/496, tech/321)
    ("Inter Milan have slapped a price tag in the region of £40m on the head of Adriano.", "slap", ("place", "topic")),
    ("Oil giant BP has announced a 26% rise in annual profits to $16.2bn (£8.7bn) on the back of record oil prices.",
     "announce", ("topic",)),
    ("The firm works on behalf of more than 30 firms who are seeking to promote the growth of RFID technology.",
     "work", ("topic",)),
])
def test_a_compound_preposition_is_no_place_or_topic(nlp, sentence, lemma, gone):
    events = [event for event in sentence_events(nlp, sentence) if event.lemma == lemma]
    assert all(role not in event_roles(event) for event in events for role in gone)


def test_a_contest_lost_at_the_hands_of_a_side_keeps_the_opponent(nlp):
    # "at the hands of" is no compound preposition of the list: it names who won
    roles = event_roles(one_event(nlp, "Chelsea suffered a 2-1 defeat at the hands of Newcastle on Sunday.", "lose"))
    assert roles["opponent"] == ["Newcastle"]


def test_a_thing_that_falls_into_the_hands_of_a_firm_keeps_where_it_goes(nlp):
    # business/324: "into the hands of" is where the thing goes, kept
    sentence = "Observers believe that the unit could ultimately fall into the hands of Surgutneftegas."
    assert event_roles(one_event(nlp, sentence, "fall"))["destination"] == ["the hands of Surgutneftegas"]
