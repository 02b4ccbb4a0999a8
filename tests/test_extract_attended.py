"""What being somewhere, or meeting, did by itself (kg.extract.attended): "was in the stands
to watch her final game" watched it; a meeting to come, or any other purpose, stays a plan.
Sentences shortened from unseen BBC articles."""

from __future__ import annotations

import pytest

from kg.types import Factuality
from tests.extract_helpers import event_factualities


@pytest.mark.parametrize(("sentence", "lemma", "factuality"), [
    ("Hamm will now embark on a new life with husband Nomar Garciaparra, who was in the stands to watch her final game.",
     "watch", Factuality.ASSERTED),
    ("Dr Greenspan, who has been in the UK to attend the G7 meeting in London, said the world could never repay the debt.",
     "attend", Factuality.ASSERTED),
    ("More than 1,000 people turned out on Sunday to pay tribute to late US TV presenter Johnny Carson.", "pay",
     Factuality.ASSERTED),
    ("Last week Ms Jamieson and First Minister Jack McConnell met supporters' representatives to discuss the issue.",
     "discuss", Factuality.ASSERTED),
    # a meeting to come, a purpose that being there does not do: as open as the expected meeting
    ("The board of Man Utd is expected to meet early this week to discuss the latest proposal.", "discuss",
     Factuality.POSSIBLE),
    ("Kasabian moved into a remote farmhouse in Rutland to record their debut album.", "record", Factuality.PLANNED),
])
def test_attended_purpose(nlp, sentence, lemma, factuality):
    assert event_factualities(nlp, sentence)[lemma] is factuality
