"""A speaker set inside what they say ("Also, said Mr Flynn, Vodafone has ...") stays a
candidate for the "he" or "she" of the next quotation; a name someone else says stays out
(kg.resolve.ownspeakers; sentences paraphrased from tech/382, on the session pipeline)."""

from __future__ import annotations

from tests.extract_helpers import said_by

_BUD = "Andrew Bud of the Mobile Entertainment Forum is leading the new regulator. "
_CUT_OFF = "Also, said Jeremy Flynn of Vodafone, the firm has briefly cut off eight content sellers flouting the rules. "
_DRACONIAN = '"We have quite draconian contracts with firms," he said.'


def test_he_after_an_interposed_cue_is_its_speaker(nlp):
    # Andrew Bud, the sentence before's subject, was given the quote when Mr Flynn's name lay in his own words.
    assert said_by(nlp, _BUD + _CUT_OFF + _DRACONIAN)["We have"] == "Jeremy Flynn"


def test_he_after_an_interposed_cue_of_a_title_and_surname(nlp):
    text = (_BUD + "The idea, said Prof Brewer, is to cut off content sellers flouting the rules. " + _DRACONIAN)
    assert said_by(nlp, text)["We have"] == "Brewer"


def test_a_name_inside_the_interposed_content_stays_out(nlp):
    # Andrew Bud is named in what Mr Flynn says: never the "he" after it.
    text = ("Jeremy Flynn is head of third party services at Vodafone. "
            "Also, said Mr Flynn, Andrew Bud has drafted rules that every firm must follow. " + _DRACONIAN)
    assert said_by(nlp, text)["We have"] != "Andrew Bud"


def test_she_is_no_man_set_inside_his_words(nlp):
    text = ("Christine Harris is partnership manager of mobile content firm Zed. "
            + _CUT_OFF + '"Consumers have to be told what they have got themselves into," she said.')
    assert said_by(nlp, text)["Consumers have"] != "Jeremy Flynn"


def test_a_pronoun_speaker_inside_a_relative_clause_stays_inside(nlp):
    # "who he believes ...": that "he" is no speaker named (sentences paraphrased from sport/330).
    text = ("Former Wallaby David Campese criticised the England team on Tuesday. "
            "Campese, though, defended coach Andy Robinson, who he believes was the only choice after the "
            'resignation of Clive Woodward. But he blamed "a lack of talent in the England camp" for the results.')
    assert said_by(nlp, text).get("a lack") != "Andy Robinson"


def test_spoken_spans_cut_out_the_own_speaker_only():
    from kg.records import Argument, SpeechReading
    from kg.resolve.ownspeakers import spoken_spans

    def read(speaker, content):
        return SpeechReading(speaker, "say", content, direct=False, sentence=(0, 90), confidence=1.0)

    assert spoken_spans([read(Argument("Mr Flynn", 11, 19, 14, 19), (0, 90))]) == [(0, 11), (19, 90)]
    assert spoken_spans([read(Argument("he", 60, 62, 60, 62), (1, 50))]) == [(1, 50)]
    assert spoken_spans([read(Argument("he", 20, 22, 20, 22), (1, 50))]) == [(1, 50)]
