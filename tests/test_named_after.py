"""A description set off by a name right after it ("Malaysia's budget airline, AirAsia,
fell") stands for the name's entity, not a node of its own; not a list, nor a name the
comma does not close, nor one inside an "of" phrase; a description it names leaves
its own entity open, no other named before (kg.resolve.namedafter, kg.resolve.leftopen).
Sentences paraphrased from BBC business/262, business/315, business/424, business/445
and tech/251."""

from __future__ import annotations

from tests.extract_helpers import resolved_part, role_labels, said_by


def test_the_name_set_off_after_a_description_is_the_participant(nlp):
    text = ("In Asian markets, adjustments were made quickly to account for lower earnings. "
            "Malaysia's budget airline, AirAsia, fell 2.9% on Monday.")
    assert ("theme", "AirAsia") in role_labels(nlp, text, "fall")


def test_a_name_and_its_bracketed_initials_close_the_apposition(nlp):
    text = ("The UK's biggest brewer, Scottish and Newcastle (S&N), has extended its joint venture "
            "with United Breweries of India.")
    assert ("agent", "Scottish and Newcastle") in role_labels(nlp, text, "extend")


def test_a_list_after_the_description_is_no_apposition(nlp):
    text = ("Supermarket shares rose on Monday. The supermarket group, Tesco, Asda and Morrisons, "
            "cut prices before Christmas.")
    assert not {label for role, label in role_labels(nlp, text, "cut") if role == "agent"} & {
        "Tesco", "Asda", "Morrisons"}


def test_a_person_set_off_after_an_organisation_is_not_it(nlp):
    text = ("AirAsia plans to cut its fares again in the spring. "
            "Asked by the newspaper, Tony Fernandes, the airline's founder, said fares would fall further.")
    assert ("agent", "Tony Fernandes") not in role_labels(nlp, text, "ask")


def test_a_description_inside_an_of_phrase_is_left_alone(nlp):
    text = ("Three senior executives of Ireland's state-owned airline, Aer Lingus, are set to leave early in January. "
            "They announced in November they would quit in May.")
    assert said_by(nlp, text).get("they would") != "Aer Lingus"


def test_the_apposition_edge_still_says_what_the_name_is(nlp):
    text = "The RNID is urging telecoms regulator, Ofcom, to reduce the cost of the service."
    assert ("agent", "Ofcom") in role_labels(nlp, text, "reduce")
    part = resolved_part(nlp, text)
    labels = {entity.key: entity.label for entity in part.entities}
    assert ("Ofcom", "telecoms regulator") in {(labels[r.subject], labels[r.object]) for r in part.relations}


def test_the_description_a_name_set_off_leaves_no_other_company_linked(nlp):
    text = ("The US filed a complaint against Brussels over state aid to Airbus, prompting a complaint over US "
            "support for Boeing. Separately, the world's largest package delivery company, UPS, said it had placed "
            "an order for 10 Airbus jets. The US company said it needed to expand its air freight capacity.")
    assert ("agent", "Boeing") not in role_labels(nlp, text, "expand")
