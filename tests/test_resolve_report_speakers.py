"""A report speaks for the one body its own phrase names as its maker, after "by" or "from"
or before its noun (kg.resolve.spokespeople, report_nouns.txt); not a body it is about, nor
one of two makers. Sentences paraphrased from BBC tech/388, tech/393, tech/235 and tech/375."""

from __future__ import annotations

from tests.extract_helpers import speakers


def test_a_report_from_a_firm_speaks_for_the_firm(nlp):
    text = "Nearly 70% of all mobile phones sold will have a built-in camera by 2008, says a report from analysts Gartner."
    assert "Gartner" in speakers(nlp, text)


def test_a_report_by_a_body_speaks_for_the_body(nlp):
    text = "A survey by Hostway suggests that many men prefer to shop online to avoid the embarrassment of buying gifts."
    assert "Hostway" in speakers(nlp, text)


def test_a_bodys_own_report_speaks_for_it(nlp):
    text = "The charity Oxfam has attacked rich countries. Oxfam's latest report says they must double their aid."
    assert "Oxfam" in speakers(nlp, text)


def test_a_study_of_a_firm_is_not_the_firm(nlp):
    text = "A study of Microsoft says the firm is still growing fast."
    assert "Microsoft" not in speakers(nlp, text)


def test_a_report_by_two_bodies_speaks_for_neither(nlp):
    text = ("Londoners are the world's worst at losing laptops, according to the research by the Licensed Taxi "
            "Drivers Association and Pointsec, a data firm.")
    assert not speakers(nlp, text) & {"Licensed Taxi Drivers Association", "Pointsec"}


# A statement or a letter speaks for its body the same way (after sport/199 and business/405, paraphrased).
def test_a_clubs_statement_speaks_for_the_club(nlp):
    text = ("Chelsea have sacked striker Adrian Mutu after he failed a drugs test. Chelsea's statement added: "
            '"The club totally supports the FA in strong action on all drugs cases."')
    assert speakers(nlp, text) == {"Chelsea"}


def test_a_statement_from_a_firm_speaks_for_the_firm(nlp):
    text = "House prices rose in January. A statement from Capital Economics said the rise would not last."
    assert "Capital Economics" in speakers(nlp, text)


def test_a_statement_about_a_firm_is_not_the_firm(nlp):
    text = "Shares fell sharply. A statement on Microsoft said the firm was still growing fast."
    assert "Microsoft" not in speakers(nlp, text)
