"""Contest results (kg.extract.results) on real parses: (sentence, expected event)
tables. A result noun gives the event of its verb, with the same roles."""

from __future__ import annotations

import pytest

from tests.extract_helpers import check_event
from tests.extract_helpers import sentence_events as _events

# (sentence, trigger lemma, roles the event must have: role -> argument texts)
RESULTS = [
    # the beaten side read as an adverb before the score (also with the score's "0" as the object)
    ("Benitez praised his defence after Liverpool beat Everton 2-1.", "beat",
     {"agent": ["Liverpool"], "opponent": ["Everton"], "quantity": ["2-1"]}),
    ("Hearts beat Dundee 3-0 at Tynecastle.", "beat", {"agent": ["Hearts"], "opponent": ["Dundee"], "quantity": ["3-0"]}),
    # a name the parse gave the score as a modifier keeps its role; a name NER left untyped is a side
    ("Kuznetsova, the fourth seed, saw off Spain's Anabel Medina 6-3 6-2.", "see off",
     {"agent": ["Kuznetsova"], "opponent": ["Spain's Anabel Medina"]}),
    ("Henin defeated Swiss Patty Schnyder 6-2 6-3 while Pierce lost.", "defeat",
     {"agent": ["Henin"], "opponent": ["Swiss Patty Schnyder"], "quantity": ["6-2 6-3"]}),
    # a tennis score is one quantity, its sets and tie-break whole, wherever the parse hangs them (BBC sport)
    ("French prodigy Gael Monfils underlined his huge promise by beating French Open champion Gaston Gaudio "
     "6-4 7-6 (7-4) in the first round.", "beat", {"quantity": ["6-4 7-6 (7-4)"]}),
    ("Fabrice Santoro, the 2000 champion, beat Sweden's Thomas Johansson 6-4 6-2 but fourth seed Mikhail Youzhny lost.",
     "beat", {"opponent": ["Sweden's Thomas Johansson"], "quantity": ["6-4 6-2"]}),
    ("Earlier, Daniela Hantuchova built on her improving form with a 7-6 6-2 win over sixth seed Alicia Molik.", "win",
     {"agent": ["Daniela Hantuchova"], "quantity": ["7-6 6-2"]}),
    ("Dementieva beat Russian Vera Dushevina 4-6 6-4 6-3 to reach the final.", "beat",
     {"opponent": ["Russian Vera Dushevina"], "theme": None}),
    ("Mauresmo routed Vera Zvonareva 6-1 6-0, while Davenport lost.", "rout",
     {"agent": ["Mauresmo"], "opponent": ["Vera Zvonareva"]}),
    # a player outlasted or overcome is the beaten side, as one beaten (BBC sport)
    ("Argentine wild card Mariano Puerta continued his improbable run, outlasting Felix Mantilla 6-4 3-6 7-6.", "outlast",
     {"opponent": ["Felix Mantilla"], "theme": None}),
    ("Puerta followed up his win by overcoming Spain's Felix Mantilla, 6-4 3-6 7-6.", "overcome",
     {"opponent": ["Spain's Felix Mantilla"], "theme": None}),
    # what is seen off that is no side stays the theme
    ("He saw off the challenge of his rivals.", "see off", {"theme": ["the challenge of his rivals"], "opponent": None}),
    # result nouns: the loser's, the winner's, a draw
    ("Chelsea's 2-0 defeat by Newcastle was their first of the season.", "lose",
     {"agent": ["Chelsea"], "opponent": ["Newcastle"], "quantity": ["2-0"]}),
    ("Celtic's exit at the hands of Barcelona ended their European campaign.", "lose",
     {"agent": ["Celtic"], "opponent": ["Barcelona"]}),
    # a day's result: the possessor says when, not who
    ("Gerrard scored in December's win over Olympiakos.", "win",
     {"time": ["December"], "agent": None, "opponent": ["Olympiakos"]}),
    ("Stoke's 1-0 loss to Preston left them in 12th place.", "lose",
     {"agent": ["Stoke"], "opponent": ["Preston"], "quantity": ["1-0"]}),
    ("Wales' victory against Italy lifted them to the top.", "win", {"agent": ["Wales"], "opponent": ["Italy"]}),
    # a score the parse hangs from its last number ("24" a modifier of "18") is whole (BBC sport)
    ("The full-back fractured his thumb in the 24-18 win over France on Saturday.", "win",
     {"opponent": ["France"], "quantity": ["24-18"]}),
    # a pronoun owner is the agent, for coreference to link (kg.resolve.events; BBC sport)
    ("Their draw with Everton left them fourth.", "draw", {"opponent": ["Everton"], "agent": ["Their"]}),
    ("David Campese has told England to stop whingeing in the wake of their defeat to Ireland.", "lose",
     {"agent": ["their"], "opponent": ["Ireland"]}),
    ("There was no doubt that Ireland had the rub of the green in their 19-13 victory.", "win",
     {"agent": ["their"], "quantity": ["19-13"]}),
    # a loser's event noun names its loser by its possessor alone (BBC politics): Labour lost, it beat no one
    ("But he joined the shadow cabinet in 1980, and after Labour's heavy defeat in the 1983 he was elected leader.",
     "lose", {"agent": ["Labour"]}),
    # a loser's noun with "of" and a possessor is the winner's
    ("Newcastle's defeat of Chelsea was a shock.", "beat", {"agent": ["Newcastle"], "opponent": ["Chelsea"]}),
    # the holder is the subject of the verb the result happens to, or of "to" / "with" + the result
    ("Arsenal suffered a 2-1 defeat to Bolton on Saturday.", "lose",
     {"agent": ["Arsenal"], "opponent": ["Bolton"], "quantity": ["2-1"], "time": ["Saturday"]}),
    ("Leeds cruised to a 3-1 win over Hull.", "win", {"agent": ["Leeds"], "opponent": ["Hull"], "quantity": ["3-1"]}),
    ("Rangers were held to a 1-1 draw by Hibernian.", "draw",
     {"agent": ["Rangers"], "opponent": ["Hibernian"], "quantity": ["1-1"]}),
    ("Agassi was delighted with victory over Massu.", "win", {"agent": ["Agassi"], "opponent": ["Massu"]}),
    # "the team" a selection is changed from is the subject's side, or its coach's (kg.extract.selected; BBC
    # sport/310, 320); the selection's purpose is no reason of the result
    ("Wales coach Mike Ruddock has made two changes from the team that beat Italy 38-8 for Saturday's trip to "
     "France.", "beat", {"agent": ["Wales"], "opponent": ["Italy"], "quantity": ["38-8"], "reason": None}),
    ("Wales have made two changes from the team that thrashed Italy 38-8 in Rome.", "thrash",
     {"agent": ["Wales"], "opponent": ["Italy"], "place": ["Rome"]}),
    # a person making the changes names no side
    ("Ruddock has made two changes from the team that beat Italy 38-8 in Rome.", "beat", {"agent": ["the team"]}),
]


@pytest.mark.parametrize(("sentence", "lemma", "roles"), RESULTS)
def test_results_event_and_roles(nlp, sentence, lemma, roles):
    check_event(_events(nlp, sentence), lemma, roles, "performance")


@pytest.mark.parametrize(
    ("sentence", "lemmas"),
    [
        # a result noun with no score and no side keeps the ordinary reading: no contest
        ("The firm's loss of £5m shocked investors.", {"lose"}),
        ("The draw for the fourth round was made on Monday.", {"draw"}),
        # the verb that only says whose the result is names no event of its own
        ("Arsenal suffered a 2-1 defeat to Bolton on Saturday.", {"suffer", "defeat"}),
    ],
)
def test_results_no_contest_without_score_or_side(nlp, sentence, lemmas):
    assert not {event.lemma for event in _events(nlp, sentence)} & lemmas


def test_a_number_in_words_is_no_score(nlp):
    # tech/371: "Thirty-five" is the parse's "Thirty", "-", "five"; the contenders bid, no score.
    from kg.extract.scorelines import score_at

    doc = nlp("Thirty-five contenders have bid for eight frequencies, and Chelsea won 2-1.")
    assert score_at(doc[0]) == []
    assert [w.text for w in score_at(next(t for t in doc if t.text == "2"))] == ["2", "-", "1"]
    bid = next(event for event in _events(nlp, "Thirty-five contenders have bid for eight frequencies.")
               if event.lemma == "bid")
    assert ("agent", "Thirty-five contenders") in {(a.role, a.argument.text) for a in bid.arguments}


@pytest.mark.parametrize(
    ("sentence", "lemma", "opponents"),
    [
        # A result noun against an "and" list of sides: every side, not the first alone
        # (sport/330, sport/340, sport/466)
        ("England are second bottom in the Six Nations table following defeats by Wales, France and Ireland.",
         "lose", ["Wales", "France", "Ireland"]),
        ("Following victories over South Africa and Australia in November, France were deemed the leading side.",
         "win", ["South Africa", "Australia"]),
        ("Mike and Bob Bryan gave the visitors hope with victory over Juan Carlos Ferrero and Tommy Robredo.",
         "win", ["Juan Carlos Ferrero", "Tommy Robredo"]),
    ],
)
def test_a_result_against_a_list_of_sides_keeps_every_side(nlp, sentence, lemma, opponents):
    found = [event for event in _events(nlp, sentence) if event.lemma == lemma]
    assert found and [a.argument.text for a in found[0].arguments if a.role == "opponent"] == opponents


def test_a_result_against_one_side_or_another_keeps_the_first_alone(nlp):
    # "or" names one side, not two (kg.extract.listed)
    found = [event for event in _events(nlp, "Their win over Wales or France would seal the title.") if event.lemma == "win"]
    assert all([a.argument.text for a in event.arguments if a.role == "opponent"] in ([], ["Wales"]) for event in found)
