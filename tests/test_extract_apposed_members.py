"""Each later name of an "and" list that a description's apposed name opens is an argument
of the event too (``kg.extract.apposedmembers``), on the shared pipeline. Sentences
paraphrased from entertainment/377 and business articles on rating agencies."""

from __future__ import annotations

from kg.records import Document


def _arguments(nlp, sentence: str, lemma: str) -> set[tuple[str, str]]:
    from kg.extract import extract

    events = [event for event in extract(Document("t", sentence), nlp(sentence)).events if event.lemma == lemma]
    assert events, lemma
    return {(argument.role, argument.argument.text) for argument in events[0].arguments}


def test_both_series_after_their_description_compete(nlp):
    sentence = ("In the TV categories, comedy series Early Doors and The Alan Clark Diaries will compete for the "
                "best directing award.")
    assert {("agent", "Early Doors"), ("agent", "The Alan Clark Diaries")} <= _arguments(nlp, sentence, "compete")


def test_both_agencies_after_their_description_cut(nlp):
    arguments = _arguments(nlp, "Ratings agencies Fitch and Moody's have cut the firm's debt rating.", "cut")
    assert {("agent", "Fitch"), ("agent", "Moody's")} <= arguments


def test_or_joins_no_list(nlp):
    arguments = _arguments(nlp, "Ratings agencies Fitch or Moody's may cut the firm's debt rating.", "cut")
    assert not any("Moody" in text for _, text in arguments)



def test_a_list_after_another_noun_is_no_member(nlp):
    # the parser hung "Adhi Karya" on "shares": the list is the companies', no shares of the event
    sentence = "In Indonesia, shares in state construction companies Adhi Karya and Semen Gresik have jumped sharply this week."
    assert not any("Gresik" in text for _, text in _arguments(nlp, sentence, "jump"))


def test_one_show_whose_title_holds_and(nlp):
    # entertainment/204: "the children's show" is one show, "Fat Albert and the Cosby Kids" its title
    sentence = "He was a stand-up before hosting the children's show Fat Albert and the Cosby Kids, and starring in films."
    assert not any(text.endswith("Cosby Kids") and not text.startswith("Fat") for _, text in _arguments(nlp, sentence, "host"))
