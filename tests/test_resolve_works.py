"""``kg.resolve.works``: "the film" as a participant is the one work the article calls a film (model tests)."""

from __future__ import annotations

from tests.extract_helpers import participant_events

_DIARY = (
    "New comedy Diary of a Mad Black Woman has ended Will Smith's reign at the top of the North American box office.\n\n"
    "Based on a play by Tyler Perry, who also stars as a gun-toting grandmother, the film took $22.7m (£11.8m) "
    "in its first three days of release."
)


def test_the_film_is_the_one_work_named_before(nlp) -> None:
    assert any(event.startswith("earn(") and "Diary of a Mad Black Woman" in event for event in participant_events(nlp, _DIARY, date="2005-02-28"))


def test_the_film_is_no_album(nlp) -> None:
    # The only work named is an album: "the film" is another work, unlinked.
    text = _DIARY.replace("New comedy", "Their new album")
    assert not any(event.startswith("earn(") and "Diary of a Mad Black Woman" in event for event in participant_events(nlp, text, date="2005-02-28"))


def test_the_film_after_another_unnamed_film(nlp) -> None:
    # "the 1992 film" is another film, unnamed: "the film" may be that one, not the work named before.
    text = (
        "Joss Whedon is to write and direct the Wonder Woman movie. "
        "Whedon created the character of Buffy in the screenplay for the 1992 film. "
        "He distanced himself from the movie because of the direction it eventually took, and the film bombed."
    )
    assert not any("Wonder Woman" in event for event in participant_events(nlp, text, date="2005-02-28") if event.startswith(("bomb(", "distance(")))
