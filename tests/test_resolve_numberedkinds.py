"""A description with a bare number before its kind noun ("The 19 firm") names a firm NER read as a
count ("his 19 Entertainment company"): it takes up no other firm named near it
(kg.resolve.numberedkinds); "the firm" still does. Sentences from BBC entertainment and business
articles (index 200 and up), shortened or reworded."""

from __future__ import annotations

from kg.resolve.numberedkinds import numbered_kind
from tests.extract_helpers import agent_labels, resolved_part

# entertainment/319, shortened.
_NUMBERED = (
    "Music mogul Fuller sells company\n\nPop Idol supremo Simon Fuller has sold his 19 Entertainment company to a US "
    "entrepreneur in a $156m deal.\n\nRobert Sillerman's Sports Entertainment Enterprises recently also bought an 85% "
    "share in the estate of Elvis Presley. The 19 firm handles a roster of music artists, TV shows and PR strategies.\n"
)


def test_numbered_description_takes_up_no_other_firm(nlp):
    part = resolved_part(nlp, _NUMBERED)
    assert "Sports Entertainment Enterprises" not in agent_labels(part, "handle")


def test_plain_description_still_takes_up_the_firm(nlp):
    # entertainment/319, reworded: "The firm" with one firm named before it.
    part = resolved_part(nlp, _NUMBERED.replace("The 19 firm", "The firm"))
    assert "Sports Entertainment Enterprises" in agent_labels(part, "handle")


def test_numbered_kind_reads_only_a_bare_number():
    assert numbered_kind("The 19 firm") and numbered_kind("the 3 group")
    assert not numbered_kind("the No 1 firm") and not numbered_kind("the 2004 champion")
    assert not numbered_kind("the firm") and not numbered_kind("the 24-hour channel")
