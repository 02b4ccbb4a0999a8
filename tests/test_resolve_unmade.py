"""A creation verb still to come with its maker alone is not kept (kg.resolve.unmade); one
with what was made stays, and so do one told as done and a made thing that is its own
subject ("the phone launched")."""

from __future__ import annotations

from collections import Counter

from kg.extract import extract
from kg.records import Document
from kg.resolve import resolve

# A lead sentence before the sentence tested.
_LEAD = "Mobile phone games have come of age, industry watchers believe. "


def _lemmas(nlp, text: str) -> Counter[str]:
    text = _LEAD + text
    document = Document(id="t", text=text, date="2005-01-13")
    return Counter(event.lemma for event in resolve(extract(document, nlp(text))).events)


def test_a_launch_of_what_the_relative_names_is_dropped(nlp):
    # tech/384, paraphrased: what is launched is the relative's noun, no argument of the verb
    text = "Millions could watch satellite broadcasting, which China plans to launch in 2006."
    assert _lemmas(nlp, text)["launch"] == 0


def test_an_introduction_of_an_unresolved_it_is_dropped(nlp):
    # politics/299, paraphrased: "them" no entity stands for
    text = ("Sources told the BBC Michael Howard had always been in favour of the cards, and tried to "
            "introduce them when he was Home Secretary.")
    assert _lemmas(nlp, text)["introduce"] == 0


def test_a_launch_with_what_was_launched_stays(nlp):
    # tech/3xx, paraphrased: the thing launched is the theme
    text = "Nokia launched its N-Gage game phone in late 2003."
    assert _lemmas(nlp, text)["launch"] == 1


def test_a_product_that_launched_stays(nlp):
    # tech/341, paraphrased: the made thing is the verb's subject
    text = "Sony's PlayStation Portable will launch in March."
    assert _lemmas(nlp, text)["launch"] == 1


def test_a_creation_told_as_done_stays(nlp):
    # sport/395, paraphrased: the maker made something
    text = "England lack the attacking exuberance Wales have produced in this championship."
    assert _lemmas(nlp, text)["produce"] == 1
