"""A name NER missed where it is written but read elsewhere in the article is a rival of the
one name in reach a definite description would take up (``kg.resolve.missednames``):
"OptInRealBig was fighting several legal battles, most notably against Microsoft ... The
company said" is no Microsoft. Sentences after bbc/tech/390, on the session pipeline."""

from __future__ import annotations

from kg.records import DocumentGraph
from tests.extract_helpers import resolved_part

SPAM = (
    "The net's self-declared spam king is seeking bankruptcy protection.\n\n"
    "Scott Richter, the man behind {site} and billions of junk mail messages, said lawsuits had forced the "
    "company into Chapter 11. {fighting} The company said filing for Chapter 11 would help it try to resolve its "
    "legal problems but still keep trading.\n\n"
    "Listed as the third biggest spammer in the world by junk mail watchdog Spamhaus, OptInRealBig was sued in "
    "December 2003 for sending mail messages that violated anti-spam laws. Microsoft is seeking millions in dollars "
    "in damages from OptInRealBig under anti-spam laws."
)


def _speakers(part: DocumentGraph) -> dict[str, str | None]:
    labels = {entity.key: entity.label for entity in part.entities}
    return {quote.content[:20]: labels.get(quote.speaker) if quote.speaker else None for quote in part.quotes}


def test_a_name_ner_missed_in_reach_is_a_rival(nlp):
    fighting = ("OptInRealBig was fighting several legal battles, most notably against Microsoft, which is pushing "
                "for millions of dollars in damages.")
    part = resolved_part(nlp, SPAM.format(site="OptInRealBig.com", fighting=fighting), title="Anti-spam laws bite spammer hard")
    assert _speakers(part)["filing for Chapter 1"] != "Microsoft"


def test_the_one_company_in_reach_with_no_other_written_there(nlp):
    # Unchanged: only Microsoft is written in reach.
    fighting = "Microsoft was fighting several legal battles, most notably against spammers."
    part = resolved_part(nlp, SPAM.format(site="a junk mail empire", fighting=fighting), title="Anti-spam laws bite spammer hard")
    assert _speakers(part)["filing for Chapter 1"] == "Microsoft"
