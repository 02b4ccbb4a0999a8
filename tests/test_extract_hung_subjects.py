"""A name set off by commas right before a verb the parse coordinated with the main
clause, with nothing joining them, is that verb's subject (kg.extract.unjoined.hung_subject):
"... after one of its top nuclear scientists, Abdul Qadeer Khan, admitted leaking nuclear
secrets" (Khan admitted it, not the main clause's "he"). Sentences after politics/052 of the
BBC corpus, paraphrased, on the session pipeline."""

from __future__ import annotations

from tests.extract_helpers import role_labels


def test_the_name_before_the_unjoined_verb_does_it(nlp):
    text = ("Academic warns on nuclear risk\n\nProfessor Amitai Etzioni names Russia as the state of gravest concern. "
            "And he is also worried about Pakistan after one of its top nuclear scientists, Abdul Qadeer Khan, "
            "admitted leaking nuclear secrets.")
    agents = {label for role, label in role_labels(nlp, text, "leak") if role == "agent"}
    assert agents == {"Abdul Qadeer Khan"}


def test_a_verb_joined_by_and_keeps_the_main_subject(nlp):
    text = ("Minister resigns\n\nPeter Hain met the unions in Cardiff on Monday, and later announced his resignation.")
    assert ("agent", "Peter Hain") in role_labels(nlp, text, "announce")


# The subject the parse hung on the opening phrase's place as an apposition (untuned politics/062, paraphrased).
OPENER = ("Muslims discuss election\n\nIn Bethnal Green, former Labour MP George Galloway, who founded the anti-war "
          "party Respect, is standing against Oona King.")


def test_the_name_after_the_opening_phrase_is_the_main_verbs_subject(nlp):
    agents = {label for role, label in role_labels(nlp, OPENER, "stand") if role == "agent"}
    assert agents == {"George Galloway"}


def test_a_main_verb_with_a_subject_keeps_it(nlp):
    text = "Vote count\n\nIn Leeds, the city's council, the Labour group said, lost three seats to the Liberal Democrats."
    assert ("agent", "Leeds") not in role_labels(nlp, text, "lose")


def test_a_common_noun_after_the_opening_phrase_is_no_subject(nlp):
    # "Suez's subsidiary" is no name: the parse's reading stands.
    text = ("Suez in court\n\nIn Argentina, Suez's subsidiary, which has been fined for cutting the supply of water, "
            "has filed a claim.")
    assert all(role != "agent" for role, _ in role_labels(nlp, text, "file"))
