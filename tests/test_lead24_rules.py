"""Rules read from unseen articles this round: a measured value that reaches a figure keeps its
event (kg.resolve.measuredagents); a person's role in apposition types a name NER missed
(kg.extract.apposedroles); "the well off" lends no particle (kg.extract.particles); a report
that frames a quotation does not take its continuation (kg.extract.quotes); a building among
clubs is a club (kg.extract.coordination); consent given is an event (event_lemmas.tsv)."""

from __future__ import annotations

from kg.types import EntityType as T
from tests.extract_helpers import mention_types, resolved_part, said_by, sentence_events


def _event_lemmas(part) -> list[str]:
    return [event.lemma for event in part.events]


def test_a_measured_value_reaching_a_figure_keeps_its_event(nlp):
    text = ("The US budget deficit is set to hit a worse-than-expected $368bn this year. "
            "The budget deficit hit a record $412bn in the 12 months to 30 September 2004.")
    assert _event_lemmas(resolved_part(nlp, text)).count("hit") == 2
    # Not a figure inside a phrase: the event of an unknown agent still goes.
    text = ("Factories were busy. Manufacturing output dropped 0.1% in November. "
            "The output confounded economists' expectations of a 0.3% rise.")
    assert "confound" not in _event_lemmas(resolved_part(nlp, text))
    # Nor a person no entity stands for, figure or not.
    text = "The market was busy. The British singer sold two million records last year."
    assert "sell" not in _event_lemmas(resolved_part(nlp, text))


def test_a_role_in_apposition_types_a_name_ner_missed(nlp):
    text = ("Another Hollywood star is being lined up to co-star, while the rest of the cast will be Indian. "
            "Aishwarya Rai, star of Bride and Prejudice, is the preferred choice of the Indian studio.")
    assert mention_types(nlp, text).get("Aishwarya Rai") == T.PERSON
    # A thing's kind in apposition is no role: "their MP3 player".
    text = "They are on MSN, they've got their iPod, their MP3 player, they've got their Xbox."
    assert mention_types(nlp, text).get("iPod") != T.PERSON


def test_the_well_off_lend_no_particle(nlp):
    sentence = "He believes voters are ready to see \"modest\" tax increases on the well off in order to fund services."
    assert not [event for event in sentence_events(nlp, sentence) if event.lemma == "see off"]
    assert [event for event in sentence_events(nlp, "Arsenal saw off Chelsea on Saturday.") if event.lemma == "see off"]


def test_a_report_framing_a_quotation_does_not_take_its_continuation(nlp):
    text = ('Striker Nicolas Anelka wants to leave Manchester City. The News of the World reports that Anelka '
            'told a French magazine: "I either decide to win titles or to have an easy life. "I think I will always '
            'choose football, if a great club makes me an offer."')
    assert said_by(nlp, text)["I think"] == "Nicolas Anelka"


def test_a_building_among_clubs_is_a_club(nlp):
    text = "Anelka has earned a reputation after spells at Arsenal, Real Madrid and Paris St Germain."
    assert mention_types(nlp, text)["Paris St Germain"] == T.ORGANIZATION
    text = "The games will be played at Wembley, Twickenham and Old Trafford."
    assert mention_types(nlp, text).get("Old Trafford") != T.ORGANIZATION


def test_consent_given_is_an_event(nlp):
    sentence = ("The Internet Corporation for Assigned Names and Numbers (Icann) has given preliminary approval "
                "to two new addresses.")
    assert [event for event in sentence_events(nlp, sentence) if event.lemma == "give approval"]


def test_a_value_listed_with_firms_as_agents_is_a_misparse(nlp):
    text = ("Sprint will spend around $1bn on EV-DO technology from Lucent Technologies, Nortel Networks and Motorola "
            "that provides average data speeds of 0.3-0.5 megabits a second, and peak download rates of 2.4Mbps.")
    assert "provide" not in [event.lemma for event in resolved_part(nlp, text).events]
