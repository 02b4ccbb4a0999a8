"""Whether a speech was given (``kg.extract.speechfacts``): every speech reading
carries a factuality read from its speech verb's clause. The sentences are written
for these tests."""

from __future__ import annotations

import pytest

from kg.extract import extract
from kg.nlp import parse
from kg.records import Document


def _speech(nlp, text: str) -> set[tuple[str | None, str, str]]:
    document = Document(id="t", text=text)
    ((_, doc),) = list(parse(nlp, [document]))
    return {(s.speaker.text if s.speaker else None, s.cue, s.factuality.value) for s in extract(document, doc).speech}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A speech that happened.
        ('"The budget is balanced," said Anna Lee.', ("Anna Lee", "say", "asserted")),
        ("The council said that rents would rise in April.", ("The council", "say", "asserted")),
        # The quotation's own "will" is what the speaker says, not a speech to come.
        ('"We will cut taxes," Mr Patel told reporters.', ("Mr Patel", "tell", "asserted")),
        # A question asked inside the quotation still was asked.
        ('The judge asked: "Why was the file destroyed?"', ("The judge", "ask", "asserted")),
        # Speeches written ahead of time.
        ('Sir Alan Reid will say: "We have not finished the job."', ("Sir Alan Reid", "say", "planned")),
        ("Ms Okafor will tell the conference that the railways must be rebuilt.",
         ("Ms Okafor", "tell", "planned")),
        ('"It is a scandal," Mr Dunn will tell the rally.', ("Mr Dunn", "tell", "planned")),
        ("The treasurer is expected to say that borrowing will fall.", ("The treasurer", "say", "planned")),
        ("The mayor is set to announce that the tram line will close.", ("The mayor", "announce", "planned")),
        ("The union plans to announce that its members will strike.", ("The union", "announce", "planned")),
        ("Karen Doyle is to say that the scheme has failed.", ("Karen Doyle", "say", "planned")),
        # A coordinated clause with its own subject and modal: a speech to come.
        ("Mr Lowe will address the rally and he will say that wages must rise.", ("he", "say", "planned")),
        # No speech act.
        ("Neither Mr Hale nor Ms Grant would say how they would spend the money.",
         ("Ms Grant", "say", "negated")),
        ("The club refused to say whether the manager would stay.", ("The club", "say", "negated")),
        ("The bank declined to say how much it had paid.", ("The bank", "say", "negated")),
        # A speech that may come.
        ("The minister may tell MPs that the plan has failed.", ("The minister", "tell", "possible")),
        ("Ms Grant could say that the vote was rigged.", ("Ms Grant", "say", "possible")),
        # A tensed speech verb after a first verb is its own: no negation, plan or control of the first.
        ("The chancellor would not comment on the reports, but insisted he would not be distracted.",
         ("The chancellor", "insist", "asserted")),
        ('But Dunne is keen to put that period behind him and said: "I have grown up a lot."',
         ("Dunne", "say", "asserted")),
        # A speech in a relative clause is no part of the plan or the allegation it tells of.
        ("He admitted to a sense of frustration about the allegations which he said had been made many times.",
         ("he", "say", "asserted")),
        ("Six units would be scrapped under proposals which the Tories say would save more than £4bn.",
         ("the Tories", "say", "asserted")),
        # "would only say": the past of a grudging answer, not a plan.
        ("The firm would only say that it was reviewing the deal.", ("The firm", "say", "asserted")),
        # A phrasal verb of aspect: the speech came next.
        ("He went on to say that the plan was flawed.", ("He", "say", "asserted")),
        # An adverbial participle does not inherit "tried to" nor a negation.
        ('Mr Hale tried to stay calm, adding: "There is time to recover."', ("Mr Hale", "add", "asserted")),
        ("Mr Lowe did not resign, saying that he had done nothing wrong.", ("Mr Lowe", "say", "asserted")),
        # A clause after "with" has its own subject: not the plan of the verb it hangs on.
        ("The debate will be about taxes, with the Tories claiming that the budget has a gap.",
         ("the Tories", "claim", "asserted")),
        # A second speech act of one speaker is as sure as the first, not reported by it.
        ("Ms Grant said the scheme was slow and suggested that the money was wasted.",
         ("Ms Grant", "suggest", "asserted")),
        # Inside someone else's speech: reported.
        ("The coach said the striker had told his team-mates that his knee was sore.", ("the striker", "tell", "reported")),
    ],
)
def test_speech_factuality(nlp, text, expected):
    assert expected in _speech(nlp, text)


def test_a_quotation_that_goes_on_keeps_its_speech_factuality(nlp):
    text = '"We have not finished the job," Sir Alan Reid will say. "We will finish it in the next parliament."'
    document = Document(id="t", text=text)
    ((_, doc),) = list(parse(nlp, [document]))
    found = sorted((text[s.content[0] : s.content[1]], s.factuality.value) for s in extract(document, doc).speech)
    assert found == [("We have not finished the job", "planned"), ("We will finish it in the next parliament.", "planned")]
