"""A speech verb inside a relative clause (``kg.extract.relativespeech``), on the shared
pipeline: its content is the relative clause with the noun it describes, a pronoun speaker the
main clause's subject; a relative clause the verb is not inside is none of its content."""

from __future__ import annotations

import pytest

from kg.extract import extract
from kg.nlp import parse
from kg.records import Document


def _speech(nlp, text: str) -> set[tuple[str | None, str, str]]:
    document = Document(id="t", text=text)
    ((_, doc),) = list(parse(nlp, [document]))
    return {(s.speaker.text if s.speaker else None, s.cue, text[s.content[0] : s.content[1]])
            for s in extract(document, doc).speech}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "it" is the US, the main clause's subject, not the organisation named last.
        ("The US has asked the World Trade Organisation to investigate European Union customs tariffs, which it "
         "says are inconsistent and hamper trade.",
         {("The US", "say", "European Union customs tariffs, which it says are inconsistent and hamper trade")}),
        ("LSE and Euronext do not have control over their clearing and settlement operations, a situation which "
         "critics say is more transparent and competitive.",
         {("critics", "say", "a situation which critics say is more transparent and competitive")}),
        # Between commas inside a relative clause: from its noun, not from the sentence's start.
        ("Prudence made an appearance, albeit towards the end of his address, as he assured voters he would do "
         "nothing to mess up the economic stability he had brought to Britain and which, he claimed, would be "
         "thrown away by anyone else.",
         {("he", "assure", "he would do nothing to mess up the economic stability he had brought to Britain and "
                           "which, he claimed, would be thrown away by anyone else"),
          ("he", "claim", "the economic stability he had brought to Britain and which, he claimed, would be thrown "
                          "away by anyone else")}),
        # business/122 (paraphrased): "who" is the person named right before it, whatever noun the parse hung it on.
        ("The regulator filed civil fraud charges in a Boston federal court against James Tambone, who it says "
         "headed the sales operations.",
         {("The regulator", "say", "James Tambone, who it says headed the sales operations")}),
        # A relative clause the parse hung on the accusation: neither the accusation's content nor
        # the whole sentence the claim's.
        ('As always, they accused him of glossing over the facts of the "black hole" at the centre of his '
         "finances which, they claim, would ensure tax increases after the election.", set()),
    ],
)
def test_a_relative_clause_s_speech_is_read_with_its_noun(nlp, text, expected):
    assert _speech(nlp, text) == expected


def test_a_question_word_after_its_verb_asks(nlp):
    # read as no relative clause; the question itself says nothing (kg.extract.askedclauses)
    text = "Apple has won its legal fight to make three bloggers reveal who told them about unreleased products."
    assert _speech(nlp, text) == set()


def test_a_complementiser_tagged_as_a_relative_pronoun_keeps_its_clause(nlp):
    text = ("In March the Office of National Statistics (ONS) reclassified £3.4bn of spending on road repairs as public "
            "investment - shortly before the chancellor announced in the Budget that he would meet his own fiscal budget "
            "rule by only £6bn.")
    assert ("the chancellor", "announce", "that he would meet his own fiscal budget rule by only £6bn") in _speech(nlp, text)
