"""A line-up whose page lost the comma after a player's bracketed side reads on
(kg.extract.lineups._next_player): "J Fourie (S Africa) T Umaga (New Zealand)". Line-ups of
BBC rugby articles of index 200 and up (sport/331, sport/339)."""

from __future__ import annotations

from kg.extract.lineups import find_lineups
from kg.extract.words import Words

_SOUTH = ("C Latham (Australia); R Caucaunibuca (Fiji), J Fourie (S Africa) T Umaga (New Zealand), S Bobo (Fiji); "
          "A Mehrtens (New Zealand) G Gregan (Australia, capt); T Kefu (Australia), P Waugh (Australia), "
          "S Burger (S Africa); I Rawaqa (Fiji), V Matfield (S Africa).")


def _players(nlp, text: str) -> list[list[str]]:
    words = Words(nlp(text))

    def name(bounds: tuple[int, int]) -> str:
        return " ".join(word.text for word in words.words[bounds[0] : bounds[1]])

    return [[name(p) for p in lineup.players] for lineup in find_lineups(words)]


def test_a_player_right_after_a_bracketed_side_goes_on_the_list(nlp):
    """Both lost commas read: every player is one, the sides in brackets none."""
    (players,) = _players(nlp, "Southern Hemisphere squad\n\n" + _SOUTH)
    assert {"J Fourie", "T Umaga", "A Mehrtens", "G Gregan", "V Matfield"} <= set(players)
    assert "S Africa" not in players and len(players) == 12


def test_a_capitalised_word_after_a_bracket_is_no_lost_comma(nlp):
    """Only an initial and a name go on: prose after a bracket ends the list, as before."""
    assert _players(nlp, "Southern Hemisphere squad\n\nC Latham (Australia), R Caucaunibuca (Fiji), J Fourie "
                         "(S Africa) Umaga said, S Bobo (Fiji), T Kefu (Australia), P Waugh (Australia).") == []


def test_a_new_paragraph_after_a_bracket_is_no_lost_comma(nlp):
    """A line break ends the list's paragraph: the next line is a list of its own."""
    lists = _players(nlp, "Squad\n\nC Latham (Australia), R Caucaunibuca (Fiji), J Fourie (S Africa), S Bobo (Fiji), "
                          "T Kefu (Australia), P Waugh (Australia)\nT Umaga (New Zealand)")
    assert lists and "T Umaga" not in lists[0]
