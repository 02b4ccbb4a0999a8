""" "thanks to X" is why an event happened (kg.extract.thanks), on sentences of BBC news: no
"thanks" in any argument, and "X" the reason, not a destination."""

from __future__ import annotations

import pytest

from kg.records import Document


def _roles(nlp, sentence: str, lemma: str) -> dict[str, str]:
    from kg.extract import extract

    (event,) = [e for e in extract(Document("t", sentence), nlp(sentence)).events if e.lemma == lemma]
    return {a.role: sentence[a.argument.start : a.argument.end] for a in event.arguments}


@pytest.mark.parametrize(("sentence", "lemma", "reason"), [
    ("The firm avoided bankruptcy thanks to a $4.5bn bail-out in January 2004.", "avoid", "a $4.5bn bail-out"),
    ("In December, the surplus grew 1.8% on a year ago to 1.14 trillion yen thanks to stronger-than-expected exports.",
     "grow", "stronger-than-expected exports"),
    ("Nintendo dominates the handheld gaming console world thanks to successive versions of the GameBoy.", "dominate",
     "successive versions of the GameBoy"),
])
def test_thanks_to_gives_the_reason(nlp, sentence, lemma, reason):
    roles = _roles(nlp, sentence, lemma)
    assert roles.get("reason") == reason, roles
    assert "destination" not in roles and not any("thanks" in value for value in roles.values()), roles
