"""A description of a public body's kind ("the army", "the court", "the committee") refers back
only to a body the article gives that kind, never to the firm named before it; those kinds stop
no other description ("the group's members" may still be a council's). kg.resolve.agreement,
organisation_kinds.tsv. Sentences paraphrased from BBC business/506, politics/215,
entertainment/210 and business/092-like wire copy."""

from __future__ import annotations

from kg.resolve.agreement import kind_agrees
from tests.extract_helpers import role_labels, speakers


def test_the_army_is_not_the_firm_named_before(nlp):
    text = ("Turkcell signed a contract for the new network in September. "
            "The army closed the new airport on its opening day in May 2004.")
    assert ("agent", "Turkcell") not in role_labels(nlp, text, "close")


def test_the_court_is_not_the_bank_the_banker_led(nlp):
    text = ("The case began after two Santander shareholders filed a criminal complaint about the payments to two "
            "former executives. Santander's board of governors strongly reject the charges against their chairman. "
            "Mr Corcostegui, a former chief executive at Santander, also asked the court for new evidence to be admitted.")
    assert ("recipient", "Santander") not in role_labels(nlp, text, "ask")


def test_the_committee_is_the_committee_named_before(nlp):
    text = ("The new rules have also been called into question by the parliamentary Joint Committee on Human Rights. "
            "Ms Beynon said the rules were discriminatory. In a report published last July the cross-party committee "
            "stated there was a significant risk the new procedures were incompatible with the right to marry.")
    assert "Joint Committee on Human Rights" in speakers(nlp, text)


def test_a_council_is_still_the_group(nlp):
    text = ("The Muslim Council of Britain has complained to broadcasting watchdog Ofcom. "
            "The group's members met with Sky executives on Tuesday after viewing previews of the first five episodes.")
    assert {label for role, label in role_labels(nlp, text, "meet") if role == "agent"} & {
        "Muslim Council", "Muslim Council of Britain"}


def test_institution_kinds_need_the_kind_known_and_stop_no_other():
    assert not kind_agrees("military", set()) and kind_agrees("military", {"military"})
    assert not kind_agrees("committee", {"company"}) and kind_agrees("company", {"council"})
    assert not kind_agrees("company", {"party"})
