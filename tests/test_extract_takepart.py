"""Taking part in something is an event, what is taken part in its theme
(kg.extract.inphrases, in_theme_verbs.tsv, event_lemmas.tsv): "Up to 1.4 million workers
could take part in a strike"; "participated in the fraud"; not a "part" with words of its
own ("took a leading part in the talks"), nor an "in" that is a time."""

from __future__ import annotations

import pytest

from kg.records import Document


def _events(nlp, text: str) -> dict[str, list[tuple[str, str]]]:
    from kg.extract import extract

    return {event.lemma: [(a.role, a.argument.text) for a in event.arguments]
            for event in extract(Document("t", text), nlp(text)).events}


@pytest.mark.parametrize(
    ("text", "lemma", "argument"),
    [
        # BBC politics 311, paraphrased
        ("Up to a million civil servants could take part in a strike planned for March.", "take part",
         ("theme", "a strike")),
        # BBC sport 388, paraphrased
        ("Wilkinson took part in full-contact training with Newcastle on Wednesday.", "take part",
         ("theme", "full-contact training")),
        # BBC business 246, paraphrased
        ("Mr Sullivan said five executives had participated in the accounting fraud.", "participate",
         ("theme", "the accounting fraud")),
    ],
)
def test_what_is_taken_part_in_is_the_theme(nlp, text, lemma, argument):
    events = _events(nlp, text)
    assert lemma in events, events
    assert argument in events[lemma], events[lemma]


@pytest.mark.parametrize(
    ("text", "argument"),
    [
        # a "part" with words of its own is no "take part"
        ("The union took a leading part in the talks with ministers.", ("theme", "the talks")),
        # an "in" that is a time stays one
        ("Thousands of workers took part in March.", ("theme", "March")),
    ],
)
def test_no_theme_from_a_described_part_or_a_time(nlp, text, argument):
    events = _events(nlp, text)
    assert all(argument not in arguments for arguments in events.values()), events
