"""A body's name and a person's full name side by side are two names, not one.

``kg.extract.entities`` joins an organisation's span and a person's span that NER cut from
one name ("Lockheed" + "Martin": Lockheed Martin). A person's span that is a full name, a
given name and a surname ("Michael Howard"), is no piece of a firm's name: the text only
lost a comma or a "that" between the two ("Sources told the BBC Michael Howard has always
been in favour of ID cards": the BBC, and Michael Howard who has been). So such a pair stays
two names (``kg.extract.cues.looks_like_person``: a given name first, no head word, suffix or
place in it). A one-word person's span still joins ("Lockheed" + "Martin"). A body's span
that is a post's name ("with the involvement of Solicitor General Harriet Harman";
``roles.tsv``) is the person's title, no body: it is dropped (``is_post``).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from kg.extract.cues import looks_like_person
from kg.folding import fold
from kg.lexicon import ROLES

if TYPE_CHECKING:
    from kg.extract.words import Words


def person_after_body(doc: Words, previous_label: str, label: str, start: int, end: int) -> bool:
    """Whether the span ``start:end`` (``label``) is a person's full name after a body's span
    (``previous_label``): the two stay apart."""
    return previous_label == "ORG" and label == "PERSON" and end - start >= 2 and looks_like_person(doc.span_text(start, end))


def is_post(doc: Words, start: int, end: int) -> bool:
    """Whether words ``start:end`` are a post's name ("Solicitor General"; ``roles.tsv``)."""
    return tuple(fold(doc.span_text(start, end)).split()) in ROLES
