"""A phrase stops at a spaced dash that opens a verb's clause (kg.extract.dashclauses):
"an $800bn rise in what the US can owe - taking the total to $8.2 trillion" is the rise,
not the taking."""

from __future__ import annotations

import pytest

from kg.extract.dashclauses import before_dashed_clause
from kg.extract.spans import noun_phrase
from kg.pipeline import build_text


def _arguments(nlp, text: str, lemma: str) -> dict[str, str]:
    graph = build_text(text, nlp=nlp)
    event = next(event for event in graph.events() if event.lemma == lemma)
    return {participant.role: participant.text for participant in event.participants}


@pytest.mark.parametrize(
    ("text", "lemma", "role", "argument"),
    [
        # business: the US debt ceiling raised by Congress.
        ("Congress has authorised an $800bn rise in what the US can owe - taking the total to $8.2 trillion.",
         "authorise", "theme", "an $800bn rise in what the US can owe"),
        # business/441: the aside ends the exports.
        ("Overall UK exports - including both goods and services - rose by more than 3.2% to £24.8bn.",
         "rise", "theme", "Overall UK exports"),
    ],
)
def test_the_argument_stops_at_the_dash(nlp, text, lemma, role, argument):
    assert _arguments(nlp, text, lemma)[role] == argument


@pytest.mark.parametrize(
    ("text", "lemma", "role", "argument"),
    [
        # business (Renault's results): a noun phrase after the dash, an apposition, stays.
        ("Sales outside western Europe - Renault's core market - rose 16.5%.",
         "rise", "theme", "Sales outside western Europe - Renault's core market"),
        # A hyphen inside a word is no dash: "rate-setting".
        ("The Fed raised rates after its latest rate-setting meeting on Tuesday.",
         "raise", "time", "after its latest rate-setting meeting"),
    ],
)
def test_other_dashes_stay(nlp, text, lemma, role, argument):
    assert _arguments(nlp, text, lemma)[role] == argument


def test_only_after_the_head(nlp):
    # business: "Nissan - in which Renault owns a 44% stake - contributed ...": a head after the dash keeps it all.
    doc = nlp("Analysts watched the stake - owned by Renault - rise sharply.")
    tokens = list(doc)
    dash = next(token for token in tokens if token.text == "-")
    assert before_dashed_clause(tokens, tokens[dash.i + 2]) == tokens
    assert [token.text for token in before_dashed_clause(tokens, tokens[dash.i - 1])] == ["Analysts", "watched", "the", "stake"]
    assert "-" not in [token.text for token in noun_phrase(doc[3])]
