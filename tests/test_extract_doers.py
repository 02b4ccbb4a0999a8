"""The doer of a non-finite verb its clause names only through another verb or noun
(kg.extract.doers, kg.extract.controllers.spent), on sentences of BBC news."""

from __future__ import annotations

import pytest
from extract_helpers import event_roles, sentence_events


def _roles(nlp, sentence: str, lemma: str) -> dict[str, list[str]]:
    found = [event for event in sentence_events(nlp, sentence) if event.lemma == lemma]
    assert found, [(event.lemma, event_roles(event)) for event in sentence_events(nlp, sentence)]
    return event_roles(found[0])


@pytest.mark.parametrize(("sentence", "lemma", "agent"), [
    # BBC business: a conjunct of the infinitive of a noun of intent, by its owner
    ("Bechtel's efforts to rebuild schools and restore power have attracted controversy.", "restore", "Bechtel"),
    ("The listing was part of the country's plans to open up its insurance market and boost demand in the sector.",
     "boost", "the country"),
    # BBC business: an -ing after "by" hung on that infinitive
    ("Yukos's legal attempts to block the auction by filing for bankruptcy protection in the US are probably what "
     "caused this week's dealings.", "file", "Yukos"),
])
def test_a_verb_lent_the_subject_of_an_intent_is_the_intenders(nlp, sentence, lemma, agent):
    assert _roles(nlp, sentence, lemma).get("agent") == [agent]


def test_a_clause_with_its_own_subject_is_not_the_intenders(nlp):
    # BBC business: "what" caused the dealings, not Yukos
    sentence = ("Yukos's legal attempts to block the auction by filing for bankruptcy protection in the US are "
                "probably what caused this week's dealings.")
    assert _roles(nlp, sentence, "cause").get("agent") != ["Yukos"]


@pytest.mark.parametrize(("sentence", "lemma", "agent"), [
    # BBC business and tech: an -ing after a span of time or a sum, by who spends it
    ("Congress will spend several months debating George W Bush's proposal.", "debate", "Congress"),
    ("She spent three weeks learning Hindi and taking dance lessons.", "learn", "She"),
    ("IBM is spending $100m over the next three years beefing up its commitment to Linux software.", "beef up", "IBM"),
    ("Security researchers have spent months tracking more than 100 networks of remotely-controlled machines.",
     "track", "Security researchers"),
])
def test_an_ing_after_time_or_money_spent_is_the_spenders(nlp, sentence, lemma, agent):
    assert _roles(nlp, sentence, lemma).get("agent") == [agent]


def test_a_passive_ing_after_time_spent_has_the_spender_as_patient(nlp):
    # BBC entertainment: the film is lauded; the months are not, and no one is said to laud it
    roles = _roles(nlp, "The film has spent months being lauded with prizes.", "laud")
    assert roles.get("patient") == ["The film"]
    assert "agent" not in roles


def test_an_ing_after_a_person_object_stays_the_objects(nlp):
    # BBC tech: the engineers spend the hours and pull the information, not "us" who lets them
    sentence = ("We have technology that allows us to detect attacks in minutes rather than let network engineers "
                "spend hours pulling the information together.")
    assert _roles(nlp, sentence, "pull").get("agent") == ["network engineers"]


def _climbed(rows, index: int) -> str:
    from extract_helpers import hand_doc

    from kg.extract.doers import climbed

    doc = hand_doc(rows)
    return " ".join(word.text for word in climbed(doc[index]))


def test_an_ing_of_means_takes_the_subject_of_the_copula_above_it():
    # BBC business, as the article parses it: "cut" is the infinitive of "able", the companies are able
    rows = [("Companies", "NOUN", "NNS", "nsubj", 2, "company"), ("would", "AUX", "MD", "aux", 2, "would"),
            ("be", "AUX", "VB", "ROOT", 2, "be"), ("able", "ADJ", "JJ", "acomp", 2, "able"),
            ("to", "PART", "TO", "aux", 5, "to"), ("cut", "VERB", "VB", "xcomp", 3, "cut"),
            ("costs", "NOUN", "NNS", "dobj", 5, "cost"), ("by", "ADP", "IN", "prep", 5, "by"),
            ("selling", "VERB", "VBG", "pcomp", 7, "sell"), ("skis", "NOUN", "NNS", "dobj", 8, "ski")]
    assert _climbed(rows, 8) == "Companies"


def test_an_ing_of_means_hung_on_an_of_gerund_takes_the_subject_of_its_verb():
    # BBC politics (shortened): the parser hangs "by bringing" on "convicting"; the guideline brings clarity
    rows = [("The", "DET", "DT", "det", 1, "the"), ("guideline", "NOUN", "NN", "nsubj", 3, "guideline"),
            ("will", "AUX", "MD", "aux", 3, "will"), ("increase", "VERB", "VB", "ROOT", 3, "increase"),
            ("the", "DET", "DT", "det", 5, "the"), ("chances", "NOUN", "NNS", "dobj", 3, "chance"),
            ("of", "ADP", "IN", "prep", 5, "of"), ("convicting", "VERB", "VBG", "pcomp", 6, "convict"),
            ("the", "DET", "DT", "det", 9, "the"), ("guilty", "ADJ", "JJ", "dobj", 7, "guilty"),
            ("by", "ADP", "IN", "prep", 7, "by"), ("bringing", "VERB", "VBG", "pcomp", 10, "bring"),
            ("clarity", "NOUN", "NN", "dobj", 11, "clarity")]
    assert _climbed(rows, 11) == "The guideline"
    assert _climbed(rows, 7) == ""  # "of convicting" is no -ing of means: whose, the text does not say


def test_an_ing_after_an_adjective_of_manner_takes_no_subject():
    # BBC sport: "optimistic" tells how he spoke; "opening defeats" is no deed of the speaker
    rows = [("he", "PRON", "PRP", "nsubj", 1, "he"), ("said", "VERB", "VBD", "ROOT", 1, "say"),
            (",", "PUNCT", ",", "punct", 1, ","), ("optimistic", "ADJ", "JJ", "acomp", 1, "optimistic"),
            ("despite", "SCONJ", "IN", "prep", 3, "despite"), ("opening", "VERB", "VBG", "pcomp", 4, "open"),
            ("defeats", "NOUN", "NNS", "dobj", 5, "defeat")]
    assert _climbed(rows, 5) == ""


def test_the_beaten_side_the_parser_made_a_subject_wins_nothing(nlp):
    # BBC entertainment: "Lee Evans to win" read as a clause of its own; Lane beat him and won
    sentence = ("The Producers' Nathan Lane, a last-minute replacement for Richard Dreyfuss, beat his former co-star "
                "Lee Evans to win best musical actor.")
    assert _roles(nlp, sentence, "win").get("agent") == ["The Producers' Nathan Lane"]


def test_the_object_the_parser_made_a_subject_of_a_wish_still_acts(nlp):
    # BBC business: no verb of beating; the one wanted to return cash does it
    assert _roles(nlp, "Investors want Deutsche to return cash to shareholders rather than bid.", "return").get(
        "agent") == ["Deutsche"]
