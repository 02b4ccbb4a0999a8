"""kg.extract.denialscope: a denial denies its complement, not the scene around it."""

import pytest


def _readings(nlp, sentence):
    from kg.extract import extract
    from kg.records import Document

    return {event.lemma: event.factuality.value for event in extract(Document("t", sentence), nlp(sentence)).events}


@pytest.mark.parametrize(("sentence", "lemma", "factuality"), [
    # A reason or a scene in a phrase of its own is told, not denied.
    ("Mr Blair denied being leant on by the US for invading Iraq.", "invade", "asserted"),
    ('England coach Andy Robinson insisted he was "livid" after his side were denied two tries in Sunday\'s 19-13 '
     "Six Nations loss to Ireland in Dublin.", "lose", "asserted"),
    ("He denied any involvement in the killing of the journalist.", "killing", "asserted"),
    # The denied content itself stays denied, "of" and a noun of intent included.
    ("But the tobacco companies denied that they illegally conspired to promote smoking and defraud the public.",
     "promote", "denied"),
    ("Kim Clijsters has denied reports that she has pulled out of January's Australian Open because of her "
     "persistent wrist injury.", "pull out", "denied"),
    ("He denied accusing Germany of using the EU as cover.", "use", "denied"),
])
def test_a_denial_reaches_only_its_complement(nlp, sentence, lemma, factuality):
    assert _readings(nlp, sentence)[lemma] == factuality


def test_a_denial_asked_for_denies_nothing(nlp):
    # A denial someone is challenged to make is not made: the report stays a report, not a denial.
    from kg.extract import extract
    from kg.records import Document

    sentence = ("Lord Campbell-Savours, a former MP, challenged Mr Brown to deny reports that he had told the prime "
                "minister he did not believe anything he said.")
    speech = extract(Document("t", sentence), nlp(sentence)).speech
    assert [(reading.cue, reading.factuality.value, reading.factuality_cue) for reading in speech] == [
        ("tell", "speculated", "report")]
