"""A quotation whose clause goes on right after its closing mark, or a nickname inside a
name, is a phrase of the sentence, not a speech of its own: what the speech verb says is the
whole clause (``kg.extract.speechbounds.embedded``; sentences after politics/190 and
politics/233 of the BBC corpus, paraphrased, on the session pipeline)."""

from __future__ import annotations

from tests.extract_helpers import resolved_part


def _contents(nlp, text: str) -> list[str]:
    return sorted(quote.content for quote in resolved_part(nlp, text).quotes)


def test_a_quoted_subject_is_part_of_what_was_said(nlp):
    text = ("Clarke warns on truancy\n\nCharles Clarke told the Times Educational Supplement that truancy was "
            '"very bad" and said "firm action" was needed.')
    assert _contents(nlp, text) == ['"firm action" was needed', 'that truancy was "very bad"']


def test_a_quoted_verb_phrase_is_part_of_the_reported_sentence(nlp):
    text = ('Tax credits criticised\n\nThe department suffered from an "unusually high turnover" of staff, which had '
            '"seriously interfered" with its work, said the committee report.')
    contents = _contents(nlp, text)
    assert "seriously interfered" not in contents
    assert all(content.startswith("The department suffered") for content in contents), contents


def test_a_nickname_inside_a_name_is_no_speech(nlp):
    text = ("Snooker star missed school\n\nAnother player who never won the world title - Jimmy \"the Whirlwind\" "
            "White - has admitted missing lessons.")
    assert "the Whirlwind" not in _contents(nlp, text)


def test_a_quotation_that_ends_its_clause_keeps_its_speech_verb(nlp):
    text = 'Clarke on truancy\n\n"We will take firm action," said Charles Clarke. "Truancy is very bad" he added.'
    assert _contents(nlp, text) == ["Truancy is very bad", "We will take firm action"]


def test_a_phrase_the_speech_verb_says_stays_its_quotation(nlp):
    # "complained of" says the phrase: it is the speech, whatever follows the closing mark.
    text = 'Jowell on the bill\n\nTessa Jowell complained of the "scale of misrepresentation" in the media over the bill.'
    assert _contents(nlp, text) == ["scale of misrepresentation"]
