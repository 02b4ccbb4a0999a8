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


def test_a_name_after_two_coordinated_titles_is_the_subject(nlp):
    """The parse hangs the name as an apposition of the first title, with no comma: the person
    died, not "comedian and broadcaster" (entertainment/190)."""
    text = "Comic dies\n\nVeteran comedian and broadcaster Cyril Fletcher has died aged 91 at his home in Guernsey."
    roles = role_labels(nlp, text, "die")
    assert ("theme", "Cyril Fletcher") in roles
    assert not any("comedian" in (label or "") for _, label in roles)


def test_two_coordinated_titles_and_a_name_host(nlp):
    """ "Actor and comedian Chris Rock will host the Oscars" (entertainment/064): Rock hosts."""
    text = "Oscars host\n\nActor and comedian Chris Rock will host the Oscars ceremony in February."
    assert ("agent", "Chris Rock") in role_labels(nlp, text, "host")


def test_a_title_and_a_different_person_stay_two(nlp):
    """ "The minister and Frank Dobson": a list of two, not a title of one."""
    text = "Debate\n\nThe minister and Frank Dobson opened the debate on Tuesday."
    assert ("agent", "Frank Dobson") not in role_labels(nlp, text, "open") or len(role_labels(nlp, text, "open")) > 1
