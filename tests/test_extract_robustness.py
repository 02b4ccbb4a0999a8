"""Any text gives well-formed propositions: offsets inside the text, confidence in (0, 1)."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kg.extract.propositions import propositions

WORDS = [
    "the", "a", "troops", "Russia", "said", "that", "were", "sent", "to", "Kazakhstan", ",", "and",
    "who", "not", "may", "of", "'s", "led", "-", "President", "Tokayev", "by", "stormed", "it", ".",
    "(", ")", "``", "''", "prepare", "pull", "out", "according", "which", "is", "an", "alliance",
]


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(st.sampled_from(WORDS), min_size=1, max_size=30))
def test_extract_robustness_random_word_salad(nlp, words):
    text = " ".join(words)
    for p in propositions(nlp(text)):
        assert 0 < p.confidence < 1
        assert p.relation and p.key == p.key.lower()
        for arg in (p.subject, p.object, *p.extras, p.attributed_to):
            if arg is not None:
                assert 0 <= arg.start < arg.end <= len(text)
                assert arg.text
