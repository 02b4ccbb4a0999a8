""""The party" no other rule linked is the party its paragraph named last before it, when no
other party, no person and no other "party" comes between (``kg.resolve.paragraphparty``);
sentences after bbc/politics/317 and bbc/politics/396, on the session pipeline."""

from __future__ import annotations

from kg.records import DocumentGraph
from tests.extract_helpers import resolved_part

TORIES = (
    "The Tories have promised a reduction on bills for pensioners, who they say have been hardest hit by year-on-year "
    "increases in council tax. They say they can save £4bn on \"government waste\".\n\n"
)
LIB_DEMS = (
    "The Liberal Democrats want to do away with the council tax altogether and switch to a local income tax of the "
    "kind seen in the USA, Norway and Switzerland. The rate would be set locally, but administered by the Inland "
    "Revenue which they say would save at least £300m. {between}They say the council tax is the most unpopular and "
    "most unfair tax in Britain. The party says it would aim for a £5,000 tax-free personal allowance."
)
LABOUR = (
    "Labour is to be investigated by a watchdog over claims its election campaign has broken the rules on \"cold "
    "calling\" householders.\n\n"
    "The information commissioner is to look into a complaint from the Lib Dems about how Labour uses its call "
    "centres. The Lib Dems say Labour is telephoning people who have signed up to make sure they do not get "
    "marketing calls. {last}It says calls are not marketing if they just ask about people's voting intentions. The "
    "party says it would expect the watchdog to take complaints seriously."
)


def _speakers(part: DocumentGraph) -> dict[str, str | None]:
    labels = {entity.key: entity.label for entity in part.entities}
    return {quote.content[:20]: labels.get(quote.speaker) if quote.speaker else None for quote in part.quotes}


def test_the_party_its_paragraph_goes_on_about_after_another_paragraphs_party(nlp):
    part = resolved_part(nlp, TORIES + LIB_DEMS.format(between=""), title="Parties' plans for council tax")
    assert _speakers(part)["it would aim for a £"] == "Liberal Democrats"


def test_the_party_named_last_not_the_one_named_before_it(nlp):
    part = resolved_part(nlp, LABOUR.format(last="Labour denies breaking rules. "), title="Labour faces inquiry")
    assert _speakers(part)["it would expect the "] == "Labour Party"


def test_a_person_named_between_leaves_it_unresolved(nlp):
    between = "Deputy leader Simon Hughes has said the tax is unfair. "
    part = resolved_part(nlp, TORIES + LIB_DEMS.format(between=between), title="Parties' plans for council tax")
    assert _speakers(part)["it would aim for a £"] is None


def test_another_party_named_in_the_last_ones_sentence_leaves_it_unresolved(nlp):
    # "The Lib Dems say Labour is telephoning people": the party may be either.
    part = resolved_part(nlp, LABOUR.format(last="").replace(" It says calls are not marketing if they just ask about "
                                                               "people's voting intentions.", ""), title="Labour faces inquiry")
    assert _speakers(part)["it would expect the "] is None
