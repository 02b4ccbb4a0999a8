"""A decision taken whose deed was done with it (kg.extract.enacted)."""

from __future__ import annotations

from kg.types import Factuality


def _events(nlp, text: str) -> dict[str, Factuality]:
    from kg.extract import extract
    from kg.records import Document

    return {event.lemma: event.factuality for event in extract(Document("t", text), nlp(text)).events}


def test_a_deed_done_by_deciding_it_is_asserted(nlp):
    # BBC sport 449: Henman did quit Davis Cup tennis (was planned)
    assert _events(nlp, "Tim Henman's decision to quit Davis Cup tennis has left the British team with a "
                        "gargantuan void to fill.")["quit"] is Factuality.ASSERTED
    # BBC business 422: the investors' vote approved the transfer (was planned)
    assert _events(nlp, "News Corp investors voted in October to approve the transfer of the company's corporate "
                        "domicile from Australia to the US state of Delaware.")["approve"] is Factuality.ASSERTED
    # BBC sport 421: Henman did retire; the date is the leading's, not the retiring's (was planned)
    assert _events(nlp, "The pair are now likely to only face each other on court as rivals - rather than as "
                        "team-mates - after Henman decided to retire from Davis Cup tennis leaving Rusedski to lead "
                        "the team out against Israel on 4-6 March.")["retire"] is Factuality.ASSERTED


def test_a_decision_its_maker_defends_was_carried_out(nlp):
    # BBC sport 462, 232: Navratilova did prolong her career; Wolves did give Hoddle a contract (were planned)
    assert _events(nlp, "Martina Navratilova has defended her decision to prolong her tennis career at the age "
                        "of 48.")["prolong"] is Factuality.ASSERTED
    assert _events(nlp, "Wolves chief executive Jez Moxey defended the decision to give Hoddle a short-term "
                        "contract.")["give contract"] is Factuality.ASSERTED


def test_a_decided_deed_still_to_come_stays_planned(nlp):
    # BBC sport 244: Keegan steps down when his contract ends, 18 months on
    later = "Keegan has decided to step down as City manager when his contract comes to an end in 18 months."
    assert _events(nlp, later)["step down"] is Factuality.PLANNED
    # BBC business 422: registering a business is a deed after the decision
    assert _events(nlp, "The move follows News Corp's decision to register its business in the "
                        "US.")["register"] is Factuality.PLANNED
