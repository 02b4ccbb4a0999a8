"""A verb coordinated with nothing joining it shares no subject (kg.extract.unjoined), on BBC news."""

from __future__ import annotations

from kg.records import Document


def _roles(nlp, sentence: str, lemma: str) -> list[dict[str, str]]:
    from kg.extract import extract

    events = extract(Document("t", sentence), nlp(sentence)).events
    return [{a.role: sentence[a.argument.start : a.argument.end] for a in event.arguments}
            for event in events if event.lemma == lemma]


def test_a_conjunct_with_nothing_joining_it_shares_no_subject(nlp):
    # BBC politics: the candidate suggested the insane be killed; no one said UKIP should be
    sentence = ("Eurosceptic party UKIP have suspended a candidate for allegedly suggesting the criminally insane "
                "should be killed.")
    assert all("UKIP" not in role for kill in _roles(nlp, sentence, "kill") for role in kill.values())


def test_a_conjunct_joined_by_and_shares_its_subject(nlp):
    # BBC entertainment (a retired judged article): she was arrested and beheaded
    sentence = ("Scholl, 21, was arrested and beheaded with her brother, Hans, in 1943 for distributing leaflets "
                'condemning the "abhorrent tyranny" of Adolf Hitler.')
    (behead,) = _roles(nlp, sentence, "behead")
    assert behead.get("patient") == "Scholl", behead


def test_a_tensed_adverbial_clause_takes_no_subject_from_the_main_clause(nlp):
    # BBC entertainment: bets closed on the category, not the papers (the parse hung "bets" on "in")
    sentence = ("Variety and the Hollywood Reporter have also kept their focus firmly on industry-related news, while "
                "in the UK bets have closed on the best actor category, with Ray star Jamie Foxx a dead cert to win.")
    assert all(not {"agent", "theme"} & set(close) for close in _roles(nlp, sentence, "close"))


def test_a_participle_adverbial_clause_takes_the_main_subject(nlp):
    (visit,) = _roles(nlp, "While visiting Paris, Tony Blair met Jacques Chirac.", "visit")
    assert visit.get("agent") == "Tony Blair", visit


def test_a_participle_after_a_name_and_a_comma_describes_the_name(nlp):
    # BBC tech: the DS was released, not the device that competes with it
    (release,) = _roles(nlp, "The entertainment device is intended to compete with Nintendo's DS, released earlier this "
                             "month in the UK.", "release")
    assert release.get("patient") == "Nintendo's DS", release


def test_a_participle_after_a_clause_between_commas_keeps_the_subject(nlp):
    # BBC sport: Davenport lost, hampered by injury; the injury lost nothing
    sentence = ("Davenport was a strong favourite for the US Open but, hampered by injury, lost to the powerful and "
                "unflappable Kuznetsova in the semis.")
    assert all(lose.get("patient") != "injury" for lose in _roles(nlp, sentence, "lose"))
