"""Rule ``quoted body`` (kg.extract.quotedthe): a body's name after a "The" that a quotation
opens on is no work's title. Sentences from business/353, politics/233 and tech/370 of the BBC
corpus, paraphrased ('"The IMF stands ready ..."' made the fund a work)."""

from __future__ import annotations

from kg.extract.mentions import find_mentions
from kg.extract.quotedthe import quoted_body
from kg.extract.words import Words
from kg.types import EntityType as T

_IMF = (
    "The International Monetary Fund (IMF) has promised rapid action to help the governments cope.\n\n"
    '"The IMF stands ready to do its part to assist these nations," said managing director Rodrigo Rato.'
)
_DCA = 'A spokesman for the DCA said: "The DCA has provided strong, clear leadership."'
_COMMISSION = 'He added, "The European Commission will decide next week."'
_BETAMAX = (
    "Sony was not held responsible for the fact that its Betamax video recorder could be used for piracy. "
    '"The Betamax principles stand as the Magna Carta for the technology industry," said Gary Shapiro.'
)


def _types(nlp, text: str) -> dict[str, set[T]]:
    found: dict[str, set[T]] = {}
    for mention in find_mentions(nlp(text)):
        found.setdefault(mention.text, set()).add(mention.type)
    return found


def _quoted_body(nlp, text: str, name: str) -> bool:
    words = Words(nlp(text))
    starts = [w.i for w in words.words if w.text == name.split()[0] and w.i > 0 and words.words[w.i - 1].text == "The"]
    return any(quoted_body(words, start, start + len(name.split())) for start in starts)


def test_an_acronym_after_a_quotation_opening_the_is_no_work(nlp):
    assert T.WORK not in _types(nlp, _IMF).get("IMF", set())
    assert _quoted_body(nlp, _IMF, "IMF")
    assert _quoted_body(nlp, _DCA, "DCA")  # a quotation after a colon


def test_an_organisations_head_after_a_comma_and_a_quotation(nlp):
    assert _quoted_body(nlp, _COMMISSION, "European Commission")


def test_other_names_keep_the_title_reading(nlp):
    # No acronym, no organisation's head: the capital may be a title's.
    assert not _quoted_body(nlp, _BETAMAX, "Betamax")


def test_a_quoted_title_inside_a_phrase_stays_a_title(nlp):
    # The mark follows a preposition: no new start, whatever the name.
    assert not _quoted_body(nlp, 'She won a role in "The Office" last year.', "Office")
    assert not _quoted_body(nlp, 'He joined "The FBI Files" as a writer.', "FBI")
    # No quotation at all: a capital "The" inside a sentence is the title rule's.
    assert not _quoted_body(nlp, "He starred in The IMF last year.", "IMF")
