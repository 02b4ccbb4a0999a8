"""A description subject with a person's name between commas after it stands for that
person (kg.extract.heldtitles): "The Attorney General, Lord Goldsmith, has issued no
instructions" is Goldsmith's act, and a later "He said" is his. Sentences after
politics/134 of the BBC corpus, paraphrased, on the session pipeline."""

from __future__ import annotations

from tests.extract_helpers import role_labels, said_by


def test_the_apposed_person_acts(nlp):
    text = "Minister acts\n\nThe Home Secretary, David Blunkett, has issued new instructions to police."
    assert ("agent", "David Blunkett") in role_labels(nlp, text, "issue")


def test_the_apposed_person_speaks_next(nlp):
    text = ("Hunting ban starts\n\nBut Simon Hart of the Countryside Alliance has questioned how police will ensure "
            "there are no violations. \"You can hunt a rat, but not a mouse,\" he said.\n\nThe Attorney General, "
            "Lord Goldsmith, has so far issued no instructions to police on how they should deal with hunters. "
            "He said he will consult the Director of Public Prosecutions in the near future.")
    assert said_by(nlp, text)["he will"] == "Goldsmith"


def test_a_name_running_on_into_a_list_is_left(nlp):
    text = "Board meets\n\nThe firm's chairman, Lord Smith and Mr Jones issued new instructions to staff."
    assert ("agent", "Lord Smith") not in role_labels(nlp, text, "issue")
