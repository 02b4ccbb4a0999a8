"""Match narration (kg.extract.goals) on real parses: (sentence, expected event)
tables. Goals told through idioms become score events with their scorer as agent;
saves and defeats get their own; hedges stay hedged; the same words elsewhere in
the news give no goal."""

from __future__ import annotations

import pytest

from tests.extract_helpers import check_event, event_roles
from tests.extract_helpers import sentence_events as _events

# (sentence, lemma, roles the event must have: role -> argument texts, None: absent)
GOALS = [
    # a shot verb with "home", "in" or "into the net"
    ("Jones fired home from 20 yards to settle the tie.", "score", {"agent": ["Jones"]}),
    ("Rooney slotted into an empty net with three minutes left.", "score", {"agent": ["Rooney"]}),
    ("Henry curled in a shot with Cech still organising his wall.", "score", {"agent": ["Henry"], "theme": ["a shot"]}),
    ("The England defender lashed home a 25-yard shot for his first goal in 16 months.", "score",
     {"agent": ["The England defender"], "theme": ["a 25-yard shot"], "time": None}),
    # a verb that says "home" of other things too, with a shot that says so
    ("Lomana LuaLua headed home an injury-time equaliser.", "score",
     {"agent": ["Lomana LuaLua"], "theme": ["an injury-time equaliser"]}),
    # a shot verb with a goal noun
    ("Smith headed the opener after ten minutes.", "score",
     {"agent": ["Smith"], "theme": ["the opener"], "time": ["ten minutes"]}),
    ("Makofo netted a great volley to make it 2-1.", "score",
     {"agent": ["Makofo"], "theme": ["a great volley"], "quantity": ["2-1"]}),
    # equalising and levelling; the side it was for
    ("Danny Williams equalised for the hosts after 72 minutes.", "score",
     {"agent": ["Danny Williams"], "beneficiary": ["the hosts"], "time": ["72 minutes"]}),
    ("Wright levelled with a powerful header.", "score", {"agent": ["Wright"]}),
    # a shot as subject: its taker scored
    ("A deft header from Gudjohnsen levelled matters again.", "score", {"agent": ["Gudjohnsen"]}),
    ("Patrick Kluivert's close-range finish put Newcastle ahead after 31 minutes.", "score",
     {"agent": ["Patrick Kluivert"], "beneficiary": ["Newcastle"], "time": ["31 minutes"]}),
    ("Henry's quickly-taken free-kick put Arsenal back in front.", "score",
     {"agent": ["Henry"], "beneficiary": ["Arsenal"]}),
    ("Thierry Henry produced a sublime strike to put Arsenal ahead.", "score",
     {"agent": ["Thierry Henry"], "beneficiary": ["Arsenal"]}),
    # the lead, and who scored it for the side
    ("Rovers took the lead on 59 minutes.", "score", {"agent": ["Rovers"], "time": ["59 minutes"]}),
    ("Arsenal took the lead through Campbell.", "score", {"agent": ["Campbell"], "beneficiary": ["Arsenal"]}),
    ("Scotland took a quick 3-0 lead through the boot of Paterson.", "score",
     {"agent": ["Scotland"], "quantity": ["3-0"]}),
    # a scoreline made
    ("Lita then made it 2-0 on 52 minutes.", "score", {"agent": ["Lita"], "quantity": ["2-0"], "time": ["52 minutes"]}),
    # co-ordinated with a verb whose object the parse makes the controller
    ("The persistent Rooney eventually rounded Jones with three minutes to go and slotted into an empty net.",
     "score", {"agent": ["The persistent Rooney"]}),
    # an ordinal, a rugby kick, a game put beyond doubt
    ("Joe Cole added a second with a 20-yard shot in injury-time.", "score",
     {"agent": ["Joe Cole"], "theme": ["a second"]}),
    ("Stephen Jones kicked three penalties and a drop goal.", "score", {"agent": ["Stephen Jones"]}),
    ("Wayne Rooney put the tie beyond doubt late on with a cool finish.", "score", {"agent": ["Wayne Rooney"]}),
    # the score a kick made is as sure as the kick
    ("Walder converted to make it 22-20.", "score", {"agent": ["Walder"], "quantity": ["22-20"]}),
    # a shot with its taker that gave a result
    ("A hat-trick from Rooney gave United a 3-0 win.", "score", {"agent": ["Rooney"], "beneficiary": ["United"]}),
    ("Henry's goal earned Arsenal a point.", "score", {"agent": ["Henry"], "beneficiary": ["Arsenal"]}),
    # a lead given, a side gone ahead at a time of the match, a lead cancelled out
    ("Neil Mellor gave Liverpool the lead before half-time.", "score",
     {"agent": ["Neil Mellor"], "beneficiary": ["Liverpool"], "time": ["before half-time"]}),
    ("But Souness's side did go ahead 11 minutes later.", "score",
     {"agent": ["Souness's side"], "time": ["11 minutes later"]}),
    ("Bouba Diop's superb 25-yard strike cancelled out the visitors' lead in the 87th minute.", "score",
     {"agent": ["Bouba Diop"], "time": ["the 87th minute"]}),
    # what followed a move, not its purpose; the scorer is who moved
    ("Kanu came off the bench to score the winner.", "score", {"agent": ["Kanu"], "theme": ["the winner"]}),
    ("Harry Kewell set Baros free and he rounded Given to score.", "score", {"agent": ["he"]}),
    ("Almunia did well to save a well-struck Lampard shot.", "save", {"agent": ["Almunia"]}),
    # saves and defeats
    ("Lampard's shot was parried by Carroll.", "save",
     {"agent": ["Carroll"], "theme": ["Lampard's shot"], "opponent": ["Lampard"]}),
    ("Leeds went down 2-1 to Hull.", "lose", {"agent": ["Leeds"], "opponent": ["Hull"], "quantity": ["2-1"]}),
]


@pytest.mark.parametrize(("sentence", "lemma", "roles"), GOALS)
def test_goals_event_and_roles(nlp, sentence, lemma, roles):
    check_event(_events(nlp, sentence), lemma, roles, "performance")


@pytest.mark.parametrize(
    ("sentence", "factuality"),
    [
        ("Gudjohnsen could have equalised in the second half.", "possible"),
        ("Portsmouth should have taken the lead on 34 minutes.", "possible"),
        ("Rooney hopes to score the opener on Saturday.", "possible"),
        ("Fuller failed to take the lead for Portsmouth.", "negated"),
        ("Owen will be looking to put Newcastle ahead early.", "planned"),
        ("Henry did not equalise.", "negated"),
        ("Walder converted to make it 22-20.", "asserted"),
        ("Kanu came off the bench to score.", "asserted"),
        ("He will come off the bench to score.", "planned"),
        ("He could have come on to score.", "possible"),
        ("He went forward to score.", "planned"),
        ("Walder could have converted to make it 22-20.", "possible"),
    ],
)
def test_goals_hedged_never_asserted(nlp, sentence, factuality):
    goals = [event for event in _events(nlp, sentence) if event.lemma == "score"]
    assert [event.factuality.value for event in goals] == [factuality]


@pytest.mark.parametrize(
    "sentence",
    [
        "She headed home after the meeting.",
        "The minister drove home the message.",
        "The firm netted £5m from the sale.",
        "Labour took the lead in the polls last week.",
        "The firm took the lead in developing the chip.",
        "He put his family ahead of his career.",
        "The team put Britain ahead in the medal table.",
        "Chelsea extended their lead at the top to five points.",
        "Ferrero took advantage and claimed the first set.",
        "He levelled criticism at the board.",
        "Prices levelled off in March.",
        "He saved the club from relegation.",
        "Shares went down 2% to 300p.",
        "The rebels fired home-made rockets at the town.",
        "His shot gave them hope.",
        "The merger went ahead in March.",
        "The talks went ahead after a break of two hours.",
        "Olivier Bernard was only inches away from giving Newcastle the lead after 20 minutes.",
        "Bramble headed Gerrard's corner into his own net.",
        "The board cancelled the order.",
        "Labour levelled with the Tories in the polls.",
        # what a win did is no goal of its own
        "Moya won 6-2 7-6 7-6 to give the hosts an unassailable 3-1 lead.",
        "Moya made amends by beating Roddick 6-2 7-6 to give the hosts an unassailable 3-1 lead.",
        "James Blake levelled the tie with a 6-3 6-4 win over Paul Baccanello.",
        "Titus Bramble's own goal put Liverpool on the comeback trail.",
        "He added a second title in 2004.",
        "The plan puts the deal beyond doubt.",
        # a move undergone is no player's (BBC business: jobs cut to save money)
        "The company said 500 jobs were cut to save money.",
    ],
)
def test_goals_not_elsewhere(nlp, sentence):
    assert not [(event.lemma, event_roles(event)) for event in _events(nlp, sentence)
                if event.event_class == "performance" and event.lemma in ("score", "save", "lose")]


def test_goals_sending_off_is_a_sanction(nlp):
    """ "sent off" is a sending-off (legal, like a ban), not a movement (``event_lemmas.tsv``)."""
    check_event(_events(nlp, "Bowyer was sent off for two bookable offences."), "send off", {"patient": ["Bowyer"]}, "legal")


def test_goals_shot_is_no_attack(nlp):
    """The strike a goal was scored with is no conflict event."""
    events = _events(nlp, "Bouba Diop's superb 25-yard strike cancelled out the visitors' lead in the 87th minute.")
    assert [event.event_class for event in events] == ["performance"]
