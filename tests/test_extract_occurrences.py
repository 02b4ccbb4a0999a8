"""An event that takes place: the subject the theme, its class the subject's event noun's
(``kg.extract.occurrences``), the time and place kept, sure as the clause; sentences
shortened from BBC articles (index >= 200)."""

from __future__ import annotations

import pytest

from tests.extract_helpers import article_graph, check_event, event_readings, sentence_events


@pytest.mark.parametrize(
    ("sentence", "event_class", "roles"),
    [
        # A meeting taking place is a meeting (business/359).
        ("The meeting between Fiat boss Sergio Marchionne and GM's Rick Wagoner is due to take place at 1330 GMT "
         "in Zurich.", "meeting", {"agent": None, "time": ["1330 GMT"]}),
        ("Talks aimed at averting a series of national strikes over pensions reforms will take place this weekend.",
         "meeting", {"agent": None, "time": ["this weekend"]}),
        # A subject that is no event noun keeps the phrase's class (entertainment/314).
        ("The 77th annual Academy Awards are taking place on 27 February.", "other",
         {"theme": ["The 77th annual Academy Awards"], "time": ["27 February"]}),
        # Neither where nor when: no more than the noun, the phrase's own class.
        ("Terrorist attacks will take place but we should take that personal risk.", "other",
         {"theme": ["Terrorist attacks"], "time": None}),
        # A date the parse split ("around 5" and "May"): unsure when, the phrase's own class (politics/217).
        ("The mock votes will take place around 5 May, widely expected to be the date of the general election.",
         "other", {"theme": ["The mock votes"]}),
    ],
)
def test_occurrence_theme_and_class(nlp, sentence, event_class, roles):
    check_event(sentence_events(nlp, sentence), "take place", roles, event_class)


@pytest.mark.parametrize(
    ("sentence", "factuality"),
    [
        ("A three-day Elvis convention took place in Blackpool over the weekend.", "asserted"),
        ("A G8 summit is set to take place in July.", "planned"),
        ("The government has suggested the referendum on the constitution could take place in spring 2006.",
         "speculated"),
    ],
)
def test_occurrence_factuality(nlp, sentence, factuality):
    assert event_readings(nlp, sentence)["take place"][0] == factuality


def test_occurrence_kept_in_graph(nlp):
    graph = article_graph(nlp, "Talks aimed at averting a series of national strikes over pensions reforms will "
                               "take place this weekend.")
    assert [event.event_class for event in graph.events() if event.lemma == "take place"] == ["meeting"]


def test_light_verb_with_agent_keeps_it(nlp):
    # Not a verb phrase whose subject acts: "took action" keeps its agent.
    check_event(sentence_events(nlp, "Nigeria took action against the firm."), "take action",
                {"agent": ["Nigeria"]}, "other")


@pytest.mark.parametrize(
    ("sentence", "lemma", "roles", "factuality"),
    [
        # The noun an infinitive or a relative clause describes is what is held (politics/352, /398).
        ("All the parties are stepping up campaigning ahead of a General Election widely expected to be held on 5 May.",
         "hold election", {"patient": ["a General Election"], "time": ["5 May"]}, "possible"),
        ("Looking to the coming elections, which are all expected to be held on 5 May, Mr Davey said he was happy.",
         "hold election", {"patient": ["the coming elections"], "time": ["5 May"]}, "possible"),
        ("The ceremony will be held in London on 20 March.", "hold", {"patient": ["The ceremony"],
                                                                     "place": ["London"], "time": ["20 March"]},
         "planned"),
        # The name before an occasion's noun is the occasion (entertainment/219: "the upcoming Golden Globe
        # Awards ceremony, which is taking place on 16 January").
        ("The Golden Globe Awards ceremony will be held in Los Angeles on 16 January.", "hold",
         {"patient": ["Golden Globe Awards"], "place": ["Los Angeles"], "time": ["16 January"]}, "planned"),
    ],
)
def test_held_occasion(nlp, sentence, lemma, roles, factuality):
    events = [event for event in sentence_events(nlp, sentence) if event.lemma == lemma]
    assert len(events) == 1, [(event.lemma, event.arguments) for event in sentence_events(nlp, sentence)]
    check_event(events, lemma, roles, events[0].event_class)
    assert events[0].factuality.value == factuality


@pytest.mark.parametrize(
    "sentence",
    [
        # No occasion: money kept, people detained (business, politics articles).
        "At the time of the crisis, his savings were held in dollar accounts abroad.",
        "Foreign nationals detained in the UK are being held at Belmarsh and Woodhill prisons.",
        # Neither a time nor a place.
        "The awards will be held again despite the stabbing.",
        # A subject the parse joins across two clauses: which is held is unsure (entertainment).
        "Coldplay have announced a concert at Bellahouston Park in Glasgow on 1 July and T in the Park will be held "
        "at Balado, near Kinross, from 9-10 July.",
    ],
)
def test_held_no_occasion(nlp, sentence):
    assert not [event.lemma for event in sentence_events(nlp, sentence) if event.lemma.startswith("hold")]


def test_held_event_noun_read_once(nlp):
    # An event noun that is the verb's own subject is "hold meeting" already (kg.extract.phrasal): one event.
    events = sentence_events(nlp, "It is understood meetings will be held on Wednesday about the proposal.")
    assert [event.lemma for event in events if event.lemma.startswith("hold")] == ["hold meeting"]


@pytest.mark.parametrize("sentence", [
    # A place won or given, not an event taking place (entertainment, sport).
    "They were ahead of Sir Elton John, who took fourth place and almost $42.7m from performances.",
    "A knee injury has left Alex Bogdanovic in line to take the second singles place.",
])
def test_a_place_taken_is_no_occurrence(nlp, sentence):
    assert "take place" not in [event.lemma for event in sentence_events(nlp, sentence)]
