"""An inverted speech verb set inside its own content ("On a larger scale, said Mr Trainor,
improvements ... can reduce ..."): its speaker speaks, and does nothing the content says
(``kg.extract.interposed``, on the shared pipeline)."""

from __future__ import annotations

import pytest


def _shown(nlp, text: str) -> list[str]:
    from benchmarks.news_facts import graph_statements
    from kg.extract import extract
    from kg.nlp import parse
    from kg.records import Document
    from kg.resolve import resolve

    document = Document(id="t", text=text, source="t.txt")
    ((_, doc),) = list(parse(nlp, [document]))
    return [statement.shown for statement in graph_statements(resolve(extract(document, doc)))]


@pytest.mark.parametrize(
    ("sentence", "quote", "unwanted"),
    [
        # BBC tech/367: the parser made "Mr Trainor" the subject of "reduce".
        ("On a larger scale, said Mr Trainor, improvements in the way that voltage regulators are made can "
         "reduce the amount of power lost as heat.",
         "quote(Trainor say: 'improvements in the way", "agent=Trainor"),
        # BBC tech/316: "Mr Goosens" the one "reported in the press".
        ("The research shows that more people are taking these criminal net threats more seriously because, "
         "said Mr Goosens, they are reported in the press much more.",
         "quote(Goosens say: 'they are reported in the press", "patient=Goosens"),
    ],
)
def test_an_interrupting_inverted_speaker_speaks_and_does_nothing(nlp, sentence, quote, unwanted):
    shown = _shown(nlp, "Laptops\n\n" + sentence + "\n")
    assert any(line.startswith(quote) for line in shown), shown
    assert not any(unwanted in line for line in shown), shown


def test_a_trailing_inverted_speaker_is_left_as_it_was(nlp):
    # The speech verb after its content: the speaker is already the verb's own subject.
    shown = _shown(nlp, "Phones\n\nMore than 674 million mobiles were sold last year globally, said the report.\n")
    assert any(line.startswith("quote(the report say: 'More than 674 million") for line in shown), shown


@pytest.mark.parametrize(
    ("text", "wanted"),
    [
        # BBC tech/293: the parse hangs "This" on "said" beside Sloncek; the clause is what he said.
        ("Exeem\n\nThis, said Sloncek, should make the system less vulnerable to legal action.\n",
         ["quote(Sloncek say: 'This, said Sloncek, should make the system"]),
        # BBC tech/300: "he said" set inside the clause frames it: the seeing is reported.
        ("Mac mini\n\nIan Fogg, analyst at Jupiter Research, agreed that the Mac mini could be popular. "
         "Before now, he said, Apple has been seen as a premium brand.\n",
         ["quote(Ian Fogg say: 'Before now, he said, Apple has been seen", "see(time=Before now, patient=Apple, attribute=a premium brand) [reported]"]),
    ],
)
def test_an_interrupting_speech_verb_frames_the_clause_around_it(nlp, text, wanted):
    shown = _shown(nlp, text)
    for each in wanted:
        assert any(line.startswith(each) for line in shown), shown


def test_an_interrupting_speech_verb_is_no_event(nlp):
    text = ("Net\n\nWill Davies works for the IPPR. With 53% of UK households now with access to the net, the "
            "government, suggests Mr Davies, could act as an intermediary.\n")
    shown = _shown(nlp, text)
    assert not any(line.startswith("suggest(") for line in shown), shown
    assert any(line.startswith("quote(Mr Davies suggest: 'With 53% of UK households") for line in shown), shown


def test_a_speech_verb_before_the_speakers_next_act_ends_its_content(nlp):
    # BBC business: "but warned ..." is Eurotunnel's next act, not what it said.
    text = ("Eurotunnel\n\nThe cross-Channel truck market is improving, Eurotunnel said, but warned that it was not "
            "benefiting since much of the traffic was in containers destined for ports.\n")
    shown = _shown(nlp, text)
    assert "quote(Eurotunnel say: 'The cross-Channel truck market is improving')" in shown, shown
