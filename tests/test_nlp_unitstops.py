"""A full stop after an amount's "m" ends its sentence (kg.nlp.unitstops): "$40m. Between"
is two sentences, so an indirect quotation stops at the first. Sentences from BBC business
articles (business/260, business/425), on the session pipeline."""

from __future__ import annotations

from tests.extract_helpers import resolved_part


def test_million_and_a_full_stop_are_two_tokens_and_end_the_sentence(nlp):
    doc = nlp("Shaheed noted that investment could run to $40m. Between 10 and 12 of the resorts have been damaged.")
    assert [t.text for t in doc][8:12] == ["40", "m", ".", "Between"]
    assert len(list(doc.sents)) == 2


def test_initials_and_times_stay_whole(nlp):
    words = [t.text for t in nlp("Mr M. Smith met Dr A. Jones at 10 a.m. on Monday.")]
    assert "M." in words and "A." in words and "a.m." in words


def test_an_indirect_quotation_stops_at_the_amount(nlp):
    text = ("Nortel revision\n\nThe company also said 12 senior executives have voluntarily agreed to repay bonuses "
            "awarded in 2003 totalling $8.6m. Nortel added: \"These members of the team share the board's deep "
            "disappointment.\"")
    contents = [quote.content for quote in resolved_part(nlp, text).quotes]
    assert any(content.endswith("$8.6m") for content in contents), contents
    assert not any("$8.6m" in content and "Nortel added" in content for content in contents), contents
