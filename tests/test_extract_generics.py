"""A restrictive relative clause in the simple present on a bare plural subject of a
modal clause tells a case, not a deed (kg.extract.generics): "Firms that break the new law
could face huge fines" (break: possible). Sentences from unseen BBC articles (business/215,
business/461, tech/382, business/200)."""

from __future__ import annotations

import pytest

from kg.types import Factuality
from tests.extract_helpers import event_factualities

# (sentence, lemma, factuality)
CASES = [
    ("Firms that break the new law could face huge fines.", "break", Factuality.POSSIBLE),
    ("Sports fans who drive to matches may also find themselves the target of the commission's road rage.", "drive",
     Factuality.POSSIBLE),
    ("Firms that flout rules on how ringtones are sold could be cut off from all UK phone networks.", "flout",
     Factuality.POSSIBLE),
    # set off by commas: they do receive it
    ("Cuban citizens, who receive money from overseas, will be affected.", "receive", Factuality.ASSERTED),
    # another tense: they broke it
    ("Firms that broke the law will be fined.", "break", Factuality.ASSERTED),
    # a determiner: the text means some firms
    ("The firms that break the law will be fined.", "break", Factuality.ASSERTED),
    # no modal: a habit told
    ("Firms that break the law are fined.", "break", Factuality.ASSERTED),
]


@pytest.mark.parametrize(("sentence", "lemma", "factuality"), CASES)
def test_generic_relative_clause(nlp, sentence, lemma, factuality):
    assert event_factualities(nlp, sentence)[lemma] is factuality
