"""A club's nickname NER missed in a sports report is a mention of the club
(kg.extract.nicknamed). Sentences from BBC sport articles (index 200 and up)."""

from __future__ import annotations

from kg.extract.mentions import find_mentions
from kg.types import EntityType as T


def _found(nlp, text: str, name: str) -> list[tuple[int, T]]:
    return [(mention.start, mention.type) for mention in find_mentions(nlp(text)) if mention.text == name]


def test_a_nickname_of_a_club_the_report_names_is_the_club(nlp):
    """NER leaves "Boro" unlabelled; the report names Middlesbrough (sport/261)."""
    text = (
        "Steve McClaren wants his Middlesbrough team to win their Uefa Cup group by beating Partizan Belgrade.\n\n"
        "Boro have already qualified for the knockout stages alongside Partizan and Villareal, at the expense of Lazio. "
        "But boss McClaren is looking for a victory which would mean they avoid a team that has played in the "
        "Champions League in Friday's third-round draw."
    )
    assert (text.index("Boro have"), T.SPORTS_TEAM) in _found(nlp, text, "Boro")


def test_a_nickname_inside_a_clubs_full_name_is_no_mention(nlp):
    """ "Northampton Saints", "Sale Sharks": the club's own name, not a nickname (sport/295)."""
    text = (
        "Euan Murray has been named in the Scotland training squad after an eight-week ban, ahead of Saturday's Six "
        "Nations match with Ireland.\n\nForwards: Ross Beattie (Northampton Saints), Gordon Bulloch (captain, Glasgow "
        "Rugby), Robbie Russell (London Irish), Tom Smith (Northampton Saints), Jason White (Sale Sharks)."
    )
    assert _found(nlp, text, "Saints") == [] and _found(nlp, text, "Sharks") == []
