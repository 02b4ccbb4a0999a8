"""The role of an event noun's "of" (kg.extract.genitives), on sentences of BBC news."""

from __future__ import annotations

from kg.records import Document


def _roles(nlp, sentence: str, lemma: str) -> list[dict[str, str]]:
    from kg.extract import extract

    events = extract(Document("t", sentence), nlp(sentence)).events
    return [{a.role: sentence[a.argument.start : a.argument.end] for a in event.arguments}
            for event in events if event.lemma == lemma]


def test_the_of_of_an_act_done_to_someone_is_its_theme(nlp):
    # BBC sport: she was killed, she killed no one
    sentence = ("Serena also said people tended to forget the impact the 2003 murder of sister Yetunde Price had had "
                "on the family.")
    (murder,) = _roles(nlp, sentence, "murder")
    assert "Yetunde Price" in murder.get("theme", ""), murder
    assert "agent" not in murder, murder


def test_the_of_of_a_release_is_who_is_freed(nlp):
    # BBC business: Zardari was released
    sentence = ("The release of Asif Zardari, former Prime Minister Benazir Bhutto's husband, has eased political "
                "tensions between the military-backed government and the opposition Pakistan People's Party.")
    (release,) = _roles(nlp, sentence, "release")
    assert "Asif Zardari" in release.get("theme", ""), release
    assert "agent" not in release, release


def test_the_of_of_an_intransitive_noun_still_acts(nlp):
    # BBC politics: the authority meets
    sentence = ('Sir Ian told a meeting of the Metropolitan Police Authority it would be "unwise" to speculate '
                "about whether there was specific information about risks of a pre-election attack.")
    (meeting,) = _roles(nlp, sentence, "meeting")
    assert "Metropolitan Police Authority" in meeting.get("agent", ""), meeting


def test_a_hyphenated_of_compound_is_no_event(nlp):
    # BBC tech: attacks were launched, no one denied a service
    sentence = ("During the monitoring period, the team saw 'bot nets used to launch 226 distributed "
                "denial-of-service attacks on 99 separate targets.")
    assert _roles(nlp, sentence, "denial") == []
