"""A speech verb right after a closing quotation mark that the parse made a conjunct of a
verb inside the quotation speaks for the noun after it, not for the quotation's subject
(kg.extract.speechverbs.after_quote): '"It had an impact on us, but because of the way we
were defeated," added the 30-year-old, referring to ...'. Sentences after sport/188 of the
BBC corpus, paraphrased, on the session pipeline."""

from __future__ import annotations

from tests.extract_helpers import said_by


def test_the_noun_after_the_verb_speaks(nlp):
    text = ("Defender speaks out\n\nArsenal's Sol Campbell spoke to reporters on Monday. \"It had a psychological impact "
            "on us, but again because of the way we were defeated,\" added the 30-year-old, referring to a penalty "
            "award for United's first goal.")
    assert said_by(nlp, text)["It had"] == "Sol Campbell"


def test_a_quoted_phrase_between_two_speech_verbs_keeps_the_speaker(nlp):
    # politics/246: "added" is a conjunct of "said" with a quoted phrase between them.
    text = ("Report on schools\n\nSir Howard Newby said the report highlighted the \"entrenched divisions\" between "
            "rich and poor areas, but added it was a social as much as an educational problem.")
    assert said_by(nlp, text)["it was"] == "Howard Newby"


def test_a_quoted_phrase_before_a_participle_keeps_the_speaker(nlp):
    # entertainment/203: "adding" hangs on "said" after a quoted phrase.
    text = ("Show odds\n\nLadbrokes spokesman Warren Lush said that the series was still \"wide open\", adding that "
            "the last 24 hours had seen a rush of bets on McCririck.")
    assert said_by(nlp, text)["the last"] == "Warren Lush"
