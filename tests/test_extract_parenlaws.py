"""A law's title with a bracketed part inside is one name (kg.extract.parenlaws): "the
Freedom of Information (Scotland) Act", no body "Freedom of Information" and no person "Act"."""

from __future__ import annotations

import pytest

from kg.extract.entities import Entities
from kg.extract.mentions import find_mentions
from kg.types import EntityType


def _spans(nlp, text: str) -> list[tuple[str, str]]:
    doc = nlp(text)
    return [(span.text, span.label_) for span in Entities(doc, doc.text).spans]


def _mentions(nlp, text: str) -> list[tuple[str, EntityType]]:
    return [(mention.text, mention.type) for mention in find_mentions(nlp(text))]


@pytest.mark.parametrize(
    ("text", "title"),
    [
        # politics: "The Freedom of Information Act will cover England, Wales and Northern Ireland".
        ("The Freedom of Information (Scotland) Act will cover public bodies in Scotland from next year.",
         "Freedom of Information (Scotland) Act"),
        # politics: "The Serious Organised Crime and Police Bill proposes extra powers".
        ("Ministers will bring in the Health Service (Miscellaneous Provisions) Bill next month, MPs were told.",
         "Health Service (Miscellaneous Provisions) Bill"),
        ("Peers voted against the Prevention of Terrorism (Temporary Provisions) Bill on Tuesday.",
         "Prevention of Terrorism (Temporary Provisions) Bill"),
    ],
)
def test_a_bracketed_part_stays_in_the_title(nlp, text, title):
    assert (title, "LAW") in _spans(nlp, text)
    assert (title, EntityType.LAW) in _mentions(nlp, text)
    assert "Bill" not in [name for name, _ in _mentions(nlp, text)]


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        # Lower-case words inside the brackets: an aside, no part of the title.
        ("The Freedom of Information Act (due to come into force next month) will cover Wales.", "(due"),
        # No law's head after the brackets: a body's initials.
        ("The Association for Payment Clearing Services (Apacs) said card fraud fell last year.", "(Apacs)"),
        # A number inside the brackets.
        ("The Parliament Act (1949) was used to force the Hunting Bill through.", "(1949)"),
        # A person's name after the bracket (sport: "but (tour manager) Bill Beaumont").
        ("The letter was signed by Tony Wright (Labour) Bill Rammell and Bob Marshall-Andrews.", "(Labour) Bill"),
    ],
)
def test_other_brackets_cut_the_name(nlp, text, absent):
    assert not any(absent in name for name, _ in _spans(nlp, text))
    assert not any(absent in name for name, _ in _mentions(nlp, text))
