"""Who a "he" or "she" may be: no place NER took for a person (kg.resolve.placednames), no name
inside a subject that is not who the subject stands for, and a main clause's subject before a
relative clause's (kg.resolve.subjectnames). Real sentences, shortened from corpus articles."""

from __future__ import annotations

from kg.resolve.placednames import _after_locative
from tests.extract_helpers import resolved_part, said_by

CALLAGHAN = (
    "Former Labour prime minister Lord Callaghan has died.\n\n"
    "Born in 1912 and educated at Portsmouth Northern Secondary School, Lord Callaghan became a clerk at the "
    "Inland Revenue. He enlisted in the Royal Navy in 1942 and rose to the rank of lieutenant. Elected for a "
    "Cardiff constituency at the 1945 general election, he represented Cardiff seats for more than 40 years.")

YACHVILI = (
    "France scrum-half Dimitri Yachvili praised his team after they fought back to beat England 18-17.\n\n"
    "Yachvili admitted erratic kicking from England's Charlie Hodgson and Olly Barkley, who missed six penalties "
    "and a drop goal chance between them, had been decisive. \"I know what it's like with kicking. When you miss "
    "some it's very hard mentally, but it went well for us,\" he said.")

O_DRISCOLL = (
    "Ireland coach Eddie O'Sullivan says his side should not underestimate the visitors. \"They will target a "
    "victory in Dublin,\" he said. The differences between the sides is also highlighted in the team selections "
    "for the Dublin encounter.\n\n"
    "Ireland, despite having Gordon D'Arcy still out injured, have been boosted by the return of star skipper "
    "Brian O'Driscoll who missed the Scotland game with a hamstring injury. \"The knowledge that the England game "
    "was coming up really helped during rehabilitation,\" he said.")

BUTRAGUENO = (
    "Real Sociedad president Jose Luis Astiazaran said: \"We thought the best thing was to play the time "
    "remaining.\" Hundreds of fans streamed across the pitch on their way to the exits after the game was called "
    "off. Real Madrid director of sport Emilio Butragueno praised the spectators inside the ground for their "
    "conduct. \"I'd like to highlight the behaviour of the fans, who showed great maturity,\" he said.")

HOWARD_SPOKESMAN = (
    "A spokesman for Michael Howard said Mr Jackson's views on policy issues were \"very different\" from those "
    "of the party leadership. \"He believes students should pay tuition fees,\" the spokesman said. He added "
    "that it was not surprising Mr Jackson had chosen to leave the Conservatives.")


def _patients(part, lemma: str) -> set[str | None]:
    labels = {entity.key: entity.label for entity in part.entities}
    return {labels.get(argument.entity) if argument.entity else None for event in part.events if event.lemma == lemma
            for argument in event.participants if argument.role == "patient"}


def test_an_organisation_read_as_a_person_after_in_is_no_he(nlp):
    # "the Royal Navy" (NER: a person) is named only after "in": "he" is Lord Callaghan.
    assert "Callaghan" in _patients(resolved_part(nlp, CALLAGHAN), "elect")


def test_a_name_after_a_preposition_of_place_and_no_possessor_is_placed():
    text = "the new stadium in Stanley Park; a meeting at Mr Kilroy-Silk's Buckinghamshire home; a call from Blair"
    assert _after_locative(text, text.index("Stanley"), text.index(";"))
    end = text.index("'s Buck")
    assert not _after_locative(text, text.index("Kilroy"), end)  # a possessor: the home is the place
    assert not _after_locative(text, text.index("Blair"), len(text))  # "from": a person may call


def test_a_thing_headed_subject_and_a_relative_clause_do_not_outrank_the_main_subject(nlp):
    assert said_by(nlp, YACHVILI)["I know"] == "Dimitri Yachvili"


def test_a_relative_clause_subject_with_no_rival_still_speaks(nlp):
    assert said_by(nlp, O_DRISCOLL)["The knowledge"] == "Brian O'Driscoll"


def test_a_name_beside_a_role_head_is_the_subject(nlp):
    assert said_by(nlp, BUTRAGUENO)["I'd like"] == "Emilio Butragueno"


def test_a_name_after_a_preposition_in_a_subject_is_not_the_speaker(nlp):
    assert said_by(nlp, HOWARD_SPOKESMAN).get("it was") != "Michael Howard"



WEIR = (
    "Everton defender David Weir has played down talk of European football, despite his team lying in second "
    "place in the Premiership after beating Liverpool.\n\n"
    "Weir told BBC Radio Five Live: \"We don't want to rest on our laurels and say we have achieved anything yet. "
    "\"I think you start taking your eye off the ball if you make statements and look too far into the future. "
    "\"If you start making predictions you soon fall back into trouble. The only thing that matters is the next "
    "game.\" He said: \"We are looking after each other and hard work goes a long way in this league. We have "
    "definitely shown that.\"")


def _said_under(nlp, text: str, title: str) -> dict[str, str | None]:
    graph = resolved_part(nlp, text, date="2005-02-13", title=title)
    labels = {entity.key: entity.label for entity in graph.entities}
    return {" ".join(q.content.split()[:2]): labels.get(q.speaker) for q in graph.quotes if q.speaker}


def test_the_person_of_the_headline_and_lead_is_the_he_no_one_in_reach_is(nlp):
    assert _said_under(nlp, WEIR, "Everton's Weir cools Euro hopes").get("We are") == "David Weir"


def test_a_headline_that_names_no_one_gives_no_default_he(nlp):
    assert "We are" not in _said_under(nlp, WEIR, "Everton cool Euro hopes")


DAVIS = (
    "Anti-terror plan faces test\n\n"
    "Tory shadow home secretary David Davis warned of the potential for miscarriages of justice, like the "
    "Guildford Four - for which Tony Blair recently apologised - as a result of the pressure on politicians. "
    "\"Those pressures would be much more for a politician than they would on a judge,\" he told BBC Radio 4's "
    "Today programme.")


def test_an_object_relatives_subject_does_not_outrank_the_main_subject(nlp):
    """politics/182, shortened: "for which Tony Blair apologised" is an aside; Davis speaks."""
    assert said_by(nlp, DAVIS)["Those pressures"] == "David Davis"


def test_an_object_relatives_subject_with_no_rival_still_speaks(nlp):
    text = ("Inquiry\n\nThe inquiry looked at the Guildford Four case, for which Tony Blair recently apologised. "
            "\"It was a grave injustice,\" he said.")
    assert said_by(nlp, text)["It was"] == "Tony Blair"
