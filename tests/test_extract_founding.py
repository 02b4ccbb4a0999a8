"""The founding article's key relations, read by the engine (issue 2's graph needs them)."""

from __future__ import annotations

from pathlib import Path

import pytest

from kg.extract.propositions import propositions
from kg.types import Factuality

# The repository's own copy of the founding article (seeds/ is committed).
SEED = Path(__file__).resolve().parents[1] / "seeds" / "000_9125d0e8664cda5e.txt"


@pytest.fixture(scope="module")
def found(nlp):
    body = SEED.read_text(encoding="utf-8").split("\n", 1)[1]
    # Paragraphs parsed on their own, as the pipeline does (blank lines end them).
    out = []
    for paragraph in (p.strip() for p in body.split("\n\n")):
        if paragraph:
            out.extend(propositions(nlp(paragraph)))
    return out


def _has(found, subject: str, key: str, obj: str):
    return [p for p in found if subject in p.subject.text and p.key == key and p.object and obj in p.object.text]


@pytest.mark.parametrize(
    ("subject", "key", "obj"),
    [
        ("Tokayev", "request from", "Collective Security Treaty Organisation"),
        ("The bloc", "send to", "Kazakhstan"),
        ("they", "deploy to", "the ex-Soviet nation"),
        ("Protesters", "storm", "government buildings"),
        ("Tokayev", "blame", "the unrest"),
        ("Russia", "lead", "alliance"),
        ("Collective Security Treaty Organisation", "be", "a Russia-led military alliance"),
        ("the airport", "resume", "operation"),
    ],
)
def test_extract_founding_asserted(found, subject, key, obj):
    hits = _has(found, subject, key, obj)
    assert hits and any(p.factuality.is_fact for p in hits)


def test_extract_founding_blame_on_terrorists(found):
    hits = _has(found, "Tokayev", "blame on", "terrorists")
    assert hits


def test_extract_founding_alliance_pulls_out_planned_and_attributed(found):
    hits = _has(found, "alliance", "pull out of", "Kazakhstan")
    assert hits
    assert all(p.factuality is Factuality.PLANNED and p.cue == "prepare" for p in hits)
    assert all(p.attributed_to is not None and "Defence Ministry" in p.attributed_to.text for p in hits)
    assert any(p.subject.text == "a Russia-led security alliance" for p in hits)


def test_extract_founding_attribution(found):
    assert _has(found, "Defence Ministry", "say", "pull out of Kazakhstan")
