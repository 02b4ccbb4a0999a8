"""A title set off by commas after a work noun is one work (kg.extract.settitles):
real sentences of the BBC corpus (articles judged unseen)."""

from __future__ import annotations

import pytest

from kg.extract import extract
from kg.records import Document
from kg.resolve import resolve
from kg.types import EntityType as T


def _entities(nlp, text: str) -> dict[str, T]:
    graph = resolve(extract(Document(id="t", text=text), nlp(text)))
    return {entity.label: entity.type for entity in graph.entities}


@pytest.mark.parametrize(
    ("text", "title", "pieces"),
    [
        # entertainment/344: NER read the album as a firm
        ("Mr Digney said the recording studio and offices had been used by Charles for many years, and was where "
         "he recorded much of his last album, Genius Loves Company.", "Genius Loves Company", ()),
        # entertainment/214: a work and a place, "World According" and "Bex"
        ("On a lighter note, Jessica Stevenson will star in new BBC One sitcom, The World According to Bex, penned "
         "by My Family creator Fred Barron and the Two Ronnies return for a celebration of their classic comedy "
         "series.", "The World According to Bex", ("Bex", "World According")),
        # entertainment/240: a capitalised "Or" inside the title, where the parser broke the sentence
        ("But his next single, It's Now Or Never, will face a challenge from tsunami charity single Grief Never "
         "Grows Old.", "It's Now Or Never", ("It's Now",)),
        # politics/400: a written work's noun (document_nouns.txt), no work cue
        ("When he refused to support prime minister Harold Wilson and Dame Barbara Castle over the latter's trade "
         "union manifesto, In Place of Strife, in 1968, he said it was wrong.", "In Place of Strife", ()),
    ],
)
def test_a_title_set_off_after_a_work_noun_is_one_work(nlp, text, title, pieces):
    found = _entities(nlp, text)
    assert found.get(title) is T.WORK, found
    assert not set(pieces) & set(found), found


def test_a_name_the_sentence_goes_on_from_is_no_title(nlp):
    # politics: "Mr Brown" is the subject of "insisted", no title of the report
    text = ("In his report, Mr Brown insisted he was on course to meet his \"golden rule\" of borrowing only to "
            "invest.")
    found = _entities(nlp, text)
    assert found.get("Brown") is T.PERSON and T.WORK not in found.values(), found
