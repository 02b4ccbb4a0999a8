"""In a sports report, the town that closes one club's name, written alone, is that club
(kg.resolve.clubtails), on the session pipeline: reports shortened and paraphrased from the BBC
corpus (sport/211, sport/237, sport/245, sport/265)."""

from __future__ import annotations

import kg


def _entities(nlp, text: str) -> dict[str, tuple[str, ...]]:
    return {entity.label: entity.aliases for entity in kg.build_text(text, nlp=nlp).entities()}


def test_a_club_s_town_alone_is_the_club(nlp):
    """sport/245: "Madrid midfielder Guti", "when Madrid were about to play": Real Madrid."""
    entities = _entities(nlp, (
        "Bomb threat at Bernabeu stadium\n\nSpectators were evacuated from Real Madrid's Bernabeu stadium on "
        "Sunday after a bomb threat during the game between the hosts and Real Sociedad. Madrid midfielder "
        "Guti told a Spanish radio station: \"I have never seen this before.\" The stadium was targeted in "
        "2002, when Madrid were about to play FC Barcelona in a Champions League semi-final.\n"
    ))
    assert "Real Madrid" in entities and "Madrid" not in entities, entities


def test_a_post_of_the_club_s_town(nlp):
    """sport/211: "the Madrid president Florentino Perez" is Real Madrid's president."""
    text = (  # sport/211, its first paragraphs
        "Edu blasts Arsenal\n\nArsenal's Brazilian midfielder Edu has hit out at the club for stalling "
        "over offering him a new contract.\n\nEdu's deal expires next summer and he has been linked "
        "with Spanish trio Real Madrid, Barcelona and Valencia. He told BBC Sport: \"I'm not sure if "
        "I want to stay or not because the club have let the situation go on this far. \"If they had "
        "really wanted to sign they should have come up with an offer six months before indicating "
        "they wanted to sign me and that's made me think.\" Edu's brother and representative Amadeo "
        "Fensao has previously said that Arsenal's current offer to the midfielder was well short of "
        "what he was seeking. And Edu, 26, added: \"My brother is due to come to London on Thursday.\n\n"
        "\"There is a meeting planned for 6 or 7 January to sort it out with Arsenal. \"Now I have a "
        "choice to stay or go. I want to sort it out as soon as possible, that's in the best "
        "interests of both the club and myself. \"I'm going to make my decision after the meeting "
        "later this week.\" Edu is now able to begin negotiations with other clubs because Fifa "
        "regulations allow players to start talks six months before their contracts expire. The "
        "midfielder, who broke in to the Brazilian national side in 2004, admitted he had been "
        "flattered to have been linked with the three Spanish giants. Edu said: \"I've just heard "
        "stories from the news that the Madrid president Florentino Perez, the Valencia people, as "
        "well as Barcelona are interested.\"\n"
    )
    graph = kg.build_text(text, nlp=nlp)
    owners = {graph.entity(p.organisation).label for p in graph.positions() if p.organisation}
    assert "Real Madrid" in owners and "Madrid" not in owners, owners


def test_the_town_itself_and_two_clubs_stay_apart(nlp):
    """The town after a preposition of place (sport/265), two clubs of one town (sport/265), and
    "the two Milan sides" beside AC Milan (sport/237) are not the club."""
    entities = _entities(nlp, (
        "Gronkjaer agrees switch\n\nBirmingham winger Jesper Gronkjaer has agreed to join Atletico Madrid. "
        "He played against Real Madrid last season and now wants to live in Madrid with his family.\n"
    ))
    for club in ("Atletico Madrid", "Real Madrid"):
        assert "Madrid" not in entities.get(club, ()), entities
    entities = _entities(nlp, (
        "English clubs make Euro history\n\nThe favourites are Chelsea and Barcelona, and Real Madrid, the two "
        "Milan sides and Juventus are among the 16 still in the hat. The draw pairs AC Milan with Manchester "
        "United.\n"
    ))
    assert "Milan" not in entities.get("AC Milan", ()), entities
