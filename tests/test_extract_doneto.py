"""Acts done to someone (kg.extract.doneto), on sentences of BBC news."""

from __future__ import annotations

from kg.records import Document


def _roles(nlp, sentence: str, lemma: str) -> list[dict[str, str]]:
    from kg.extract import extract

    events = extract(Document("t", sentence), nlp(sentence)).events
    return [{a.role: sentence[a.argument.start : a.argument.end] for a in event.arguments}
            for event in events if event.lemma == lemma]


def test_the_possessor_of_a_murder_is_who_was_killed(nlp):
    # BBC tech: Stefan was murdered, he murdered no one
    sentence = ("Police investigating Stefan's murder dismissed its influence and said Manhunt was not part of "
                "its legal case.")
    (murder,) = _roles(nlp, sentence, "murder")
    assert murder.get("patient") == "Stefan", murder
    assert "agent" not in murder, murder


def test_the_possessor_of_an_arrest_is_who_was_arrested(nlp):
    # BBC entertainment (a retired judged article): she was arrested
    sentence = ("The film focuses on the six days from Scholl's arrest to the intense trial which saw Scholl "
                "initially deny the charges and ended with a defiant appearance.")
    (arrest,) = _roles(nlp, sentence, "arrest")
    assert arrest.get("patient") == "Scholl", arrest
    assert "agent" not in arrest, arrest


def test_a_past_tense_coordinated_with_a_passive_shares_it(nlp):
    # BBC entertainment (a retired judged article): "beheaded", tagged as a past tense, was done to her
    sentence = ("Scholl, 21, was arrested and beheaded with her brother, Hans, in 1943 for distributing leaflets "
                'condemning the "abhorrent tyranny" of Adolf Hitler.')
    (behead,) = _roles(nlp, sentence, "behead")
    assert behead.get("patient") == "Scholl", behead
    assert "agent" not in behead, behead
