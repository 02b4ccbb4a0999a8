"""A sentence's capitalised first word that the article writes as a name elsewhere names
what a role is of (``kg.extract.firstname``), on the session pipeline."""

from __future__ import annotations

import pytest

from kg.extract import extract
from kg.extract.firstname import named_elsewhere
from kg.extract.words import Words
from kg.graph import KnowledgeGraph
from kg.nlp import parse
from kg.records import Document
from kg.resolve import resolve
from kg.resolve.across import ArticleLinker

# sport/232: "Wolves" opens the sentences with the chairman and the chief executive, and the
# article writes it inside one before; spaCy tags it a plural noun and NER leaves it out.
WOLVES = ("Glenn Hoddle has been unveiled as the new Wolves manager. Wolves chairman Rick Hayward said: "
          "\"We're delighted Glenn is here.\" Wolves chief executive Jez Moxey defended the decision. "
          "\"I saw the massive potential that Wolves have got.\"")


def _positions(nlp, text: str) -> set[tuple[str, str, str | None]]:
    document = Document(id="t", text=text, date="2004-12-09", source="t.txt")
    ((_, doc),) = list(parse(nlp, [document]))
    graph = KnowledgeGraph(linker=ArticleLinker()).add_all([resolve(extract(document, doc))])
    return {(graph.entity(p.person).label, p.role, graph.entity(p.organisation).label if p.organisation else None)
            for p in graph.positions()}


def test_a_first_word_the_article_writes_as_a_name_is_the_role_s_organisation(nlp):
    positions = _positions(nlp, WOLVES)
    assert ("Rick Hayward", "chairman", "Wolves") in positions
    assert ("Jez Moxey", "chief executive", "Wolves") in positions
    assert ("Glenn Hoddle", "manager", "Wolves") in positions  # inside a sentence, tagged a plain noun


def test_a_word_of_a_longer_name_is_no_name_of_its_own(nlp):
    # entertainment/281: "Church" is a word of "the Fullness of Joy Church" only.
    text = ("Church ministers are trying to prevent rapper Nelly performing. Mr Rodgers, of the Fullness of Joy "
            "Church, said he was concerned.")
    document = Document(id="t", text=text)
    ((_, doc),) = list(parse(nlp, [document]))
    assert "Church" not in {mention.text for mention in extract(document, doc).mentions}


@pytest.mark.parametrize(
    ("text", "word", "expected"),
    [
        (WOLVES, 11, True),  # the second sentence's "Wolves"
        (WOLVES, 8, True),  # the first sentence's, inside it
        # politics/233: "Committee" is a word the article writes in lower case too.
        ("Committee chairman Alan Beith said the DCA had four years. The committee said so.", 0, False),
        # Written capitalised only after a quotation mark, where a sentence may begin.
        ('Company spokesman Glenn Waller said so. "Company rules," he said.', 0, False),
    ],
)
def test_named_elsewhere(nlp, text, word, expected):
    ((_, doc),) = list(parse(nlp, [Document(id="t", text=text)]))
    words = Words(doc)
    assert words[word].text in ("Wolves", "Committee", "Company")
    assert named_elsewhere(words, words[word]) is expected
