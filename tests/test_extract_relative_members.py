"""A relative clause hung on the last name of an "and" list tells of every name of it
(``kg.extract.relativemembers``), on the shared pipeline. Sentences paraphrased from sport/413."""

from __future__ import annotations

from kg.records import Document


def _agents(nlp, sentence: str, lemma: str) -> list[str]:
    from kg.extract import extract

    events = [event for event in extract(Document("t", sentence), nlp(sentence)).events if event.lemma == lemma]
    assert events, lemma
    return [argument.argument.text for argument in events[0].arguments if argument.role == "agent"]


def test_both_locks_the_relative_tells_of_score(nlp):
    sentence = ("Robert Sidoli and Brent Cockbain, who both scored tries in Saturday's win in Italy, are the "
                "preferred starters in the second row.")
    assert sorted(_agents(nlp, sentence, "score")) == ["Brent Cockbain", "Robert Sidoli"]


def test_a_list_is_never_read_twice(nlp):
    # no relative: the split members alone, never the whole list beside them
    agents = _agents(nlp, "Robert Sidoli and Brent Cockbain scored tries in Saturday's win in Italy.", "score")
    assert sorted(agents) == ["Brent Cockbain", "Robert Sidoli"]


def test_a_relative_on_one_name_tells_of_it_alone(nlp):
    # "who" hangs on a name with no list: nothing is added
    agents = _agents(nlp, "The club praised Brent Cockbain, who scored a try in Saturday's win in Italy.", "score")
    assert agents == ["Brent Cockbain"]


def test_a_country_the_parse_listed_with_a_player_is_no_member(nlp):
    # sport/430: "who both" are the two players; the parse hung the clause on "Montenegro"
    sentence = ("The other quarter final pits wild card Sania Mirza of India against Jelena Jankovic of Serbia and "
                "Montenegro, who both won on Tuesday.")
    assert "Montenegro" not in _agents(nlp, sentence, "win")


def test_a_thing_listed_with_a_firm_is_no_member(nlp):
    # tech/285: only the system was developed by the group; the firm is no patient beside it
    sentence = ("Marlin will be built on technology from rights management firm Intertrust as well as an earlier DRM "
                "system developed by a group known as the Coral Consortium.")
    from kg.extract import extract

    events = [e for e in extract(Document("t", sentence), nlp(sentence)).events if e.lemma == "develop"]
    patients = {a.argument.text for e in events for a in e.arguments if a.role == "patient"}
    assert "an earlier DRM system" not in patients or len(patients) == 1
