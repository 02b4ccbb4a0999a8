"""The "as" phrase of a verb of serving or playing (as_role_verbs.txt) and of a resignation is the
post or part held, the event's attribute (kg.extract.asroles, event_roles.tsv); not with a direct
object, nor an "as" that opens a clause. Sentences shortened from unseen BBC articles (index >= 200)."""

from __future__ import annotations

import pytest

from tests.extract_helpers import check_roles, event_roles, sentence_events


@pytest.mark.parametrize(("sentence", "lemma", "attribute"), [
    # BBC politics/307 (shortened).
    ("Mr Jackson, who has clashed with his leaders in the past, served as higher education minister between 1987 "
     "and 1990.", "serve", "higher education minister"),
    # BBC entertainment/304 (shortened).
    ("Paver, who lives in London and previously worked as a lawyer, began writing the book in 1982.", "work",
     "a lawyer"),
    # BBC politics/236 (shortened).
    ("Jack Cunningham has served as the chairman of the all-party committee on Lords reform.", "serve",
     "the chairman of the all-party committee on Lords reform"),
    # BBC entertainment/274 (shortened): the post a resignation leaves (the show's name, an
    # apposition, cut as every argument's is).
    ("Cat Deeley has resigned as host of the children's music show CD:UK after six years.", "resign",
     "host of the children's music show"),
    # BBC sport/251 (paraphrased: "will serve as a consultant"): a particle between the verb and "as".
    ("Peter McCormick will stay on as a consultant to the incoming board.", "stay on", "a consultant"),
    # BBC entertainment/287 (paraphrased: "will act as a warm-up"): another particle.
    ("The June gig will double up as a warm-up for the band's open air concert.", "double up", "a warm-up"),
])
def test_the_post_held_or_left_is_the_attribute(nlp, sentence, lemma, attribute):
    check_roles(nlp, sentence, lemma, {"attribute": [attribute]})


@pytest.mark.parametrize(("sentence", "lemma"), [
    # BBC entertainment/316 (shortened): the part is the object's, no attribute of the starring.
    ("Another role under Burton, Ed Wood, starred Depp as the crazed cult film-maker Wood, in 1994.", "star"),
    # BBC tech/301 (shortened): "as" opens a clause.
    ("The gadget works as it should, Sony said.", "work"),
])
def test_no_attribute_with_an_object_or_an_as_clause(nlp, sentence, lemma):
    _no_attribute(nlp, sentence, lemma)


def test_no_attribute_on_a_relative_after_a_list(nlp):
    # BBC business/448 (shortened): the parser hangs "who" on the list's first name, Tim Daly; Kenneth
    # Bowman worked as the contractor, so no post is given the wrong holder.
    _no_attribute(nlp, "Among those facing charges are Tim Daly of Michael Foods and Kenneth Bowman, who worked as an "
                  "independent contractor for Total Foods.", "work")


def _no_attribute(nlp, sentence: str, lemma: str) -> None:
    """No event of ``lemma`` in ``sentence`` has an attribute (a bare one may be dropped)."""
    events = sentence_events(nlp, sentence)
    assert not [event_roles(event) for event in events if event.lemma == lemma and "attribute" in event_roles(event)]


def test_no_attribute_after_a_particle_and_other_words(nlp):
    # BBC sport/251 (paraphrased): "as a consultant" follows the club, not the particle alone.
    _no_attribute(nlp, "Peter McCormick will stay on at the club as a consultant to the incoming board.", "stay on")


def test_no_attribute_after_other_words_of_the_verb(nlp):
    # BBC politics/255 (shortened): "as old news" is the dismissing's; the parser hung it on "stand".
    _no_attribute(nlp, "Mr Blair earlier dismissed the claim he had reneged on a promise to stand aside for Gordon "
                  "Brown as old news.", "stand")
