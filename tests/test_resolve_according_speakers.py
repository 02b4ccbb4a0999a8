"""A "he" inside what an "according to" source reports is not the source
(``kg.resolve.statements``; on the session pipeline, sentences shortened from BBC
articles)."""

from __future__ import annotations

from tests.extract_helpers import said_by


def test_he_whom_an_according_to_source_reports_on_is_not_the_source(nlp):
    # BBC politics: the advance text is the source, "he" the chancellor it reports on.
    text = ("Brown calls for party unity\n\nGordon Brown has called for party unity.\n\n"
            "According to an advance text released by officials, he told delegates: \"We must all show the strength "
            "and unity of purpose to take the long-term decisions.\"")
    assert said_by(nlp, text).get("We must") in ("Gordon Brown", None)  # not "an advance text"


def test_he_after_an_according_to_spokesman_is_still_the_spokesman(nlp):
    # A new sentence's "he added" after "according to a spokesman" takes the spokesman up, as before.
    text = ("Firm says sales rose\n\nSales rose by 5%, according to a spokesman for the firm. He added that "
            "the outlook was good.")
    assert said_by(nlp, text)["the outlook"] == "a spokesman for the firm"
