"""A sports ground's name in a report of its sport is the ground, a facility (the ground rows of
kg/lexicon/data/nicknames.tsv, read by kg.resolve.nicknames): NER reads "lure him from Anfield"
as a person and "in Murrayfield" as a body. Paragraphs after sport/243, sport/417 and sport/118
of the BBC corpus, paraphrased, on the session pipeline."""

from __future__ import annotations

from extract_helpers import resolved_part

from kg.types import EntityType as T


def _types(nlp, text: str) -> dict[str, T]:
    return {entity.label: entity.type for entity in resolved_part(nlp, text).entities}


def test_a_football_ground_in_a_football_report(nlp):
    text = ("Liverpool chief executive Rick Parry insists the club will never sell Steven Gerrard amid reports "
            "Chelsea will renew their bid to lure him from Anfield.\n\n"
            "Gerrard has two years left on his contract and Chelsea boss Jose Mourinho wants a midfielder. The "
            "England captain scored the winning goal against Olympiakos to take Liverpool into the Champions League "
            "knockout stage, and the striker Milan Baros is fit for the Premiership match with Arsenal.")
    assert _types(nlp, text).get("Anfield") is T.FACILITY


def test_a_rugby_ground_in_a_rugby_report(nlp):
    text = ("Gordon D'Arcy has been ruled out of the Ireland team for Saturday's Six Nations clash against "
            "Scotland in Murrayfield.\n\nThe centre injured a hamstring in training, and coach Eddie O'Sullivan "
            "will name his replacement on Thursday. Ireland beat England in the rugby union Six Nations last "
            "season, when Brian O'Driscoll scored two tries and the scrum held firm against the English pack.")
    assert _types(nlp, text).get("Murrayfield") is T.FACILITY


def test_no_ground_outside_a_sports_report(nlp):
    text = ("House prices in Twickenham rose by 5% last year, the Halifax said.\n\n"
            "The bank said prices in the London suburb were driven by demand from families.")
    assert _types(nlp, text).get("Twickenham") is not T.FACILITY
