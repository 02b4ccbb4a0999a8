"""A "he said" after a sentence about the last speaker goes on with that speaker, not with
the sentence's subject (kg.resolve.keptspeakers). Sentences shaped after sport news of the
BBC corpus (index 200 and up), paraphrased, on the session pipeline."""

from __future__ import annotations

from tests.extract_helpers import said_by


def test_the_last_speaker_named_again_keeps_speaking(nlp):
    text = ("Stam speaks out\n\nJaap Stam has spoken about his departure from Manchester United. \"I was shocked,\" "
            "Stam said. Sir Alex Ferguson sold Stam to Lazio for £16.5m in August 2001. \"When you are told you are "
            "not wanted, you have to go,\" he said.")
    assert said_by(nlp, text)["When you"] == "Jaap Stam"


def test_a_new_subject_who_does_not_name_the_speaker_speaks(nlp):
    text = ("Stam speaks out\n\nJaap Stam has spoken about his departure from Manchester United. \"I was shocked,\" "
            "Stam said. Sir Alex Ferguson has rebuilt his defence since August 2001. \"We have a strong squad now,\" "
            "he said.")
    assert said_by(nlp, text)["We have"] == "Alex Ferguson"
