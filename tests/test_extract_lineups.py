"""A sports report's line-ups (kg.extract.lineups): players are people, the label their team."""

from __future__ import annotations

import pytest
import spacy

from kg.extract.lineups import find_lineups
from kg.extract.mentions import find_mentions
from kg.extract.words import Words
from kg.types import EntityType as T
from tests.extract_helpers import mention_types

BLANK = spacy.blank("en")
BLANK.add_pipe("sentencizer")
FOOTBALL = frozenset({"sport", "football"})


def _lineups(text: str) -> list[tuple[str | None, list[str]]]:
    words = Words(BLANK(text))

    def name(bounds):
        return " ".join(word.text for word in words.words[bounds[0] : bounds[1]])

    return [(lineup.team and name(lineup.team), [name(p) for p in lineup.players]) for lineup in find_lineups(words)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A side: the team's name, a colon, its players up to a full stop.
        (
            "Everton: Martyn, Hibbert, Yobo, Stubbs, Naysmith, Osman, Carsley, Arteta, Kilbane, McFadden, Bent.",
            [("Everton", ["Martyn", "Hibbert", "Yobo", "Stubbs", "Naysmith", "Osman", "Carsley", "Arteta", "Kilbane", "McFadden", "Bent"])],
        ),
        # Substitutes are fewer; their label says what they are.
        ("Subs not used: Hislop, Quashie, Cisse.", [(None, ["Hislop", "Quashie", "Cisse"])]),
        ("Booked: Ben Haim, Hierro.", [(None, ["Ben Haim", "Hierro"])]),
        # Minutes and substitutes go with their players.
        (
            "Liverpool: Dudek, Finnan, Carragher, Traore (Biscan 67), Luis Garcia, Gerrard, Kewell (Nunez 56).",
            [("Liverpool", ["Dudek", "Finnan", "Carragher", "Traore", "Biscan", "Luis Garcia", "Gerrard", "Kewell", "Nunez"])],
        ),
        # A side whose label the page lost, at the head of a paragraph.
        ("They won.\n\nCech, Paulo Ferreira, Terry, Gallas, Lampard, Makelele, Drogba, Duff.", [(None, ["Cech", "Paulo Ferreira", "Terry", "Gallas", "Lampard", "Makelele", "Drogba", "Duff"])]),
        # A captain's mark as an item of its own; a particle in a name; an initial's full stop.
        (
            "They won.\n\n: Murphy, Dempsey, Horgan, Maggs, Hickie, O'Connell, capt, S Easterby, O'Connor, Foley.",
            [(None, ["Murphy", "Dempsey", "Horgan", "Maggs", "Hickie", "O'Connell", "S Easterby", "O'Connor", "Foley"])],
        ),
        (
            "They won.\n\nR de Marigny; Mirco Bergamasco, W Pozzebon, A Masi, L Nitoglia; L Orquera, A Troncon.",
            [(None, ["R de Marigny", "Mirco Bergamasco", "W Pozzebon", "A Masi", "L Nitoglia", "L Orquera", "A Troncon"])],
        ),
        # An Italian particle ("D dal Maso", sport/350): the line-up goes on past it.
        (
            "They won.\n\nM Castrogiovanni (Calvisano), S Dellape (Agen), M Bortolami (Narbonne, capt), A Persico (Agen), "
            "D dal Maso (Treviso), S Parisse (Treviso).",
            [(None, ["M Castrogiovanni", "S Dellape", "M Bortolami", "A Persico", "D dal Maso", "S Parisse"])],
        ),
        # Two particles ("van der"), and two players joined by a slash (sport/376, sport/377).
        (
            "They won.\n\n: H Shimange, CJ van der Linde, G Britz, D Rossouw, M Claassens, J de Villiers, G du Toit/J Fourie.",
            [(None, ["H Shimange", "CJ van der Linde", "G Britz", "D Rossouw", "M Claassens", "J de Villiers", "G du Toit", "J Fourie"])],
        ),
        (
            "Replacements (from): Buckland/Cockerill, Morris, Kay, W Johnson/B Deacon, H Tuilagi, Bemand, A Tuiliagi, Lloyd, Vesty.",
            [(None, ["Buckland", "Cockerill", "Morris", "Kay", "W Johnson", "B Deacon", "H Tuilagi", "Bemand", "A Tuiliagi", "Lloyd", "Vesty"])],
        ),
        ("They won.\n\nCunningham, Maxwell, Bell, Steinmetz, Howe, Campbell, S. Best.", [(None, ["Cunningham", "Maxwell", "Bell", "Steinmetz", "Howe", "Campbell", "S. Best"])]),
        # A squad under a dash, its clubs in brackets, up to the paragraph's end.
        (
            "Backs:\n\n- M Blair (Edinburgh), A Craig (Glasgow), C Cusiter (Borders), S Danielli (Borders), M Di Rollo (Edinburgh), A Henderson (Glasgow)\n\nForwards.",
            [(None, ["M Blair", "A Craig", "C Cusiter", "S Danielli", "M Di Rollo", "A Henderson"])],
        ),
        # No line-up: too short without a label, a list of places, a quotation.
        ("Scorers: none. He said: Terry, Gallas and Lampard played well.", []),
        ("Venues: Cardiff, London, Manchester, Birmingham, Leeds, Glasgow.", []),
        ("The draw: Chelsea v Arsenal, Everton v Leeds.", []),
        ("They won.\n\nChelsea, Arsenal, Everton, Liverpool, Bolton, Charlton and Fulham have won.", []),
    ],
)
def test_lineups_found(text, expected):
    assert _lineups(text) == expected


def test_lineups_make_players_people_and_the_label_a_team(nlp):
    text = (
        "Chelsea beat Everton 1-0 on Saturday.\n\n"
        "Chelsea: Cech, Ferreira, Terry, Gallas, Bridge, Makelele, Lampard, Duff, Robben, Drogba, Gudjohnsen.\n\n"
        "Subs not used: Cudicini, Johnson, Jarosik."
    )
    mentions = list(find_mentions(nlp(text), sport=FOOTBALL))
    types = {m.text: m.type for m in mentions}
    players = ["Cech", "Ferreira", "Terry", "Gallas", "Bridge", "Makelele", "Lampard", "Duff", "Robben", "Drogba", "Gudjohnsen", "Cudicini", "Johnson", "Jarosik"]
    assert {name: types.get(name) for name in players} == dict.fromkeys(players, T.PERSON)
    assert [m.type for m in mentions if m.text == "Chelsea"][-1] is T.SPORTS_TEAM
    assert not [m for m in mentions if ":" in m.text or "," in m.text]


def test_a_fixture_with_a_club_names_a_team(nlp):
    text = "Southampton go into this tie on the back of an eventful Premiership match with Arsenal on Saturday."
    types = {m.text: m.type for m in find_mentions(nlp(text), sport=FOOTBALL)}
    assert types.get("Arsenal") is T.SPORTS_TEAM


TEAM_SHEET = (
    "Worcester v Sale (Fri)\n\nThey make just one change. In contrast, Sale are missing 14 players due to injuries.\n\n"
    "Delport; Pieters, Rasmussen, Lombard, O'Leary; Brown, Powell; Windo, Van Niekerk, Horsman; Collier, Gillies; "
    "Hickey, Sanderson, MacLeod-Henderson.\n\nReplacements: Fortey, Murphy, Daly, Vaili, Cole, Hayes, Trueman.\n\n"
    "Hanley; Mayor, Payne, Rhys Jones, Wigglesworth; Hercus, Redpath (capt); Turner, Roddam, Stewart; Day, "
    "Schofield; Caillet, Carter, Chabal.\n\nReplacements (from): Bozzi, Coutts, Anglesea, Lund, Martens, Riley, Duffy.\n"
)


def test_a_team_sheet_is_read_without_sport_words(nlp):
    """A preview that is mostly its line-ups has too few sport words to be a sports
    report by its prose; a side's line-up (11 names or more) makes it one: every
    name listed is a player, a captain's mark and "Replacements (from):" included."""
    mentions = list(find_mentions(nlp(TEAM_SHEET)))
    types = {mention.text: mention.type for mention in mentions}
    for player in ("Cole", "Hayes", "Chabal", "Schofield", "Coutts", "Duffy", "Redpath", "Caillet"):
        assert types.get(player) is T.PERSON, (player, types.get(player))
    assert types.get("Sale") is T.SPORTS_TEAM


def test_a_players_club_in_brackets_is_a_team(nlp):
    """ "K Morgan (Newport-Gwent)", "G Thomas (Toulouse, capt)": a name in brackets
    without a minute is the player's club, also after its separator ("A Jones;
    (Neath-Swansea)"); a name with a minute is a substitute ("Traore (Biscan 67)")."""
    text = (
        "Wales coach Mike Ruddock has made two changes from the team that beat Italy for the trip to France.\n\n"
        "G Thomas (Toulouse, capt); K Morgan (Newport-Gwent), T Shanklin (Cardiff), G Henson (Neath-Swansea), "
        "S Williams (Neath-Swansea); S Jones (Clermont Auvergne), D Peel (Llanelli); G Jenkins (Cardiff), "
        "M Davies (Gloucester), A Jones; (Neath-Swansea), B Cockbain (Neath-Swansea), R Sidoli (Cardiff).\n"
    )
    types = mention_types(nlp, text, frozenset({"sport", "rugby"}))
    for club in ("Toulouse", "Cardiff", "Clermont Auvergne", "Llanelli", "Gloucester", "Neath-Swansea"):
        assert types.get(club) is T.SPORTS_TEAM, (club, types.get(club))
    for player in ("G Thomas", "K Morgan", "D Peel", "R Sidoli"):
        assert types.get(player) is T.PERSON, (player, types.get(player))
    assert _lineups("Liverpool: Dudek, Finnan, Carragher, Hyypia, Traore (Biscan 67), Gerrard, Kewell.") == [
        ("Liverpool", ["Dudek", "Finnan", "Carragher", "Hyypia", "Traore", "Biscan", "Gerrard", "Kewell"])
    ]
