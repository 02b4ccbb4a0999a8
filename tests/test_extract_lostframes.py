"""A plan or a purpose that lost its frame (issue 14): read as planned, not as done.

Four ways the frame of a plan was lost: a purpose in "in order to", the infinitive hung
on a noun the factuality cues did not know (``factuality_cues.tsv``: "order"); an infinitive the parser hung as ``xcomp`` on a noun of intent ("Tory
promises to cut tax"); and a bare verb of a list the tagger read as a present form, so
that it seemed to carry a tense of its own (``frames.own_tense``: "for wanting to abolish
faith schools, introduce compulsory sex education"); and a bare infinitive the parser
coordinated with a participle (``gerundconj.conj_head``: "designed to expand ... but loosen").
"""

from __future__ import annotations

from kg.types import Factuality


def _events(nlp, text: str) -> dict[str, Factuality]:
    from kg.extract import extract
    from kg.records import Document

    return {event.lemma: event.factuality for event in extract(Document("t", text), nlp(text)).events}


def test_a_purpose_in_order_to_is_planned(nlp):
    # BBC sport 343: the sanction is to be avoided, not avoided (was asserted)
    text = "Robinson may even have to apologise for his comments in order to avoid sanction from the International Rugby Board."
    assert _events(nlp, text)["avoid"] is Factuality.PLANNED
    # BBC politics 386: the purpose is denied with the wish, never done (was asserted)
    text = "China does not want it lifted in order to buy more weapons."
    assert _events(nlp, text)["buy"] is Factuality.PLANNED


def test_an_infinitive_hung_on_a_noun_of_intent_is_planned(nlp):
    # BBC politics 409: the Tories promise the cut (was asserted)
    assert _events(nlp, "Dr Fox also underlined Tory promises to cut tax by £4bn.")["cut"] is Factuality.PLANNED


def test_a_bare_verb_of_a_list_keeps_the_plan(nlp):
    # BBC politics 371: the Lib Dems want to introduce it (was asserted)
    text = ("Mr Howard will also attack the Lib Dems for wanting to abolish faith schools, introduce compulsory sex "
            "education from the age of seven, and \"give contraceptives out in schools from the age of 11\".")
    assert _events(nlp, text)["introduce"] is Factuality.PLANNED
    # BBC sport 404: the board may have to do it (was asserted)
    text = ("It may have to go the whole way and have NFL-style video cameras all over the field, or slap the "
            "vociferous perpetrators over the knuckles.")
    assert _events(nlp, text)["slap"] is Factuality.POSSIBLE


def test_a_deed_done_as_part_of_a_plan_stays_done(nlp):
    # BBC business: the fares are cut; only the survival is the plan
    text = "Delta Air Lines is cutting domestic fares by as much as 50% as part of a plan to ensure its financial survival."
    assert _events(nlp, text)["cut"] is Factuality.ASSERTED


def test_a_bare_infinitive_beside_a_participle_continues_the_infinitive(nlp):
    # BBC business 412: the budget is designed to loosen the dependence (was asserted, on "unveiled")
    text = ("Iran's president, Mohammad Khatami, has unveiled a budget designed to expand public spending by 30% but "
            "loosen the Islamic republic's dependence on oil.")
    events = _events(nlp, text)
    assert events["loosen"] is Factuality.PLANNED
    assert events["unveil"] is Factuality.ASSERTED
