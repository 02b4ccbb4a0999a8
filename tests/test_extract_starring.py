"""The work a "starring" verb's subject names (kg.extract.starring)."""

from __future__ import annotations


def _stars(nlp, text: str) -> list[list[tuple[str, str]]]:
    from kg.extract import extract
    from kg.records import Document

    events = extract(Document("t", text), nlp(text)).events
    return [[(argument.role, argument.argument.text) for argument in event.arguments] for event in events if event.lemma == "star"]


def test_a_participle_borrows_no_work_to_star_in(nlp):
    # BBC entertainment 347: Campbell directs; Catherine Zeta Jones stars in The Legend of Zorro
    text = ("Shooting on Casino Royale is expected to begin once Campbell has finished work on The Legend of Zorro, "
            "a sequel to The Mask of Zorro, starring Catherine Zeta Jones.")
    assert _stars(nlp, text) == [[("agent", "Catherine Zeta Jones")]]


def test_a_list_is_not_the_work_its_relative_clause_stars(nlp):
    # BBC entertainment 347: Angelina Jolie starred in Beyond Borders, not Edge of Darkness
    text = "His film credits include Edge of Darkness, Vertical Limit and Beyond Borders, which starred Angelina Jolie."
    assert _stars(nlp, text) == [[("theme", "Beyond Borders"), ("agent", "Angelina Jolie")]]
    own = "The Last Samurai, starring Tom Cruise, was the biggest foreign movie hit in Japan last year."
    assert _stars(nlp, own) == [[("theme", "The Last Samurai"), ("agent", "Tom Cruise")]]
