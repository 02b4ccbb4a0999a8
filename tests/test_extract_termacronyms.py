"""An acronym the article defines by a common-noun phrase is a term, no name
(kg.extract.termacronyms). Sentences after politics/399, tech/358 and business/397 of the BBC
corpus, paraphrased, on the session pipeline."""

from __future__ import annotations

from kg.extract import extract
from kg.nlp import parse
from kg.records import Document


def _names(nlp, text: str) -> set[str]:
    document = Document(id="t", text=text)
    ((_, doc),) = list(parse(nlp, [document]))
    return {mention.text for mention in extract(document, doc).mentions if mention.kind == "name"}


def test_a_term_acronym_is_no_name_in_any_mention(nlp):
    text = ("Party members called an extraordinary general meeting (EGM) to reinstate the candidate. "
            "The EGM will be held in London next month, Michael Howard said.")
    names = _names(nlp, text)
    assert "EGM" not in names
    assert "Michael Howard" in names


def test_a_chip_term(nlp):
    text = ("The scheme relies on a chip called the trusted platform module (TPM). "
            "Eventually the TPM will be built into the main processor itself, Intel said.")
    assert "TPM" not in _names(nlp, text)


def test_an_acronym_of_a_name_stays(nlp):
    text = ("Robert Kilroy-Silk left the UK Independence Party (UKIP) last year. "
            "UKIP won 12 seats in the European Parliament.")
    assert "UKIP" in _names(nlp, text)
