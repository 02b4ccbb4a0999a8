"""A nationality's firm speaking right after the one company is named takes it up though a
company is named later in its sentence ("The US firm says it wants to compete with companies
such as Disney": kg.resolve.themodified), and its nationality word no longer rules the speaker
out when the article gives the company that nationality or none (kg.resolve.misnamed).
Sentences after bbc/tech/276, on the session pipeline."""

from __future__ import annotations

from tests.extract_helpers import agent_labels, resolved_part

EA = (
    "{giant} Electronic Arts (EA) says it wants to become the biggest entertainment firm in the world.\n\n"
    "The {nation} firm says it wants to compete with companies such as Disney and will only achieve this by making "
    "games appeal to mainstream audiences."
)


def _speakers(part) -> set[str | None]:
    labels = {entity.key: entity.label for entity in part.entities}
    return {labels.get(quote.speaker) if quote.speaker else quote.speaker_text for quote in part.quotes}


def test_the_national_firm_is_the_company_named_before_not_the_one_after(nlp):
    part = resolved_part(nlp, EA.format(giant="Video game giant", nation="US"), title="EA to take on film and TV giants")
    assert _speakers(part) == {"Electronic Arts"}
    assert agent_labels(part, "compete") == {"Electronic Arts"}


def test_a_nationality_the_company_is_not_given_leaves_the_speaker(nlp):
    # Unchanged: the article makes EA American, "the French firm" is someone else.
    part = resolved_part(nlp, EA.format(giant="US video game giant", nation="French"), title="EA to take on film and TV giants")
    assert _speakers(part) == {"Electronic Arts", "The French firm"}
