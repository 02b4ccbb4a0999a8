"""The party the headline and the first sentence name (as a modifier too: "Liberal Democrat
leader Charles Kennedy") is "the party" no nearer name takes up (``kg.resolve.leadparty``);
another party named since, or a headline naming two, leaves it to no one (model tests, on the
session pipeline; the texts paraphrased from politics/213 and politics/330)."""

from __future__ import annotations

from kg.records import DocumentGraph
from tests.extract_helpers import resolved_part

STUDENTS = (
    "Students can decide the fate of MPs in some seats at the next election, Liberal Democrat leader "
    "Charles Kennedy has claimed.\n\n"
    "{between}The party says the votes of students can win it 27 new seats at the poll. The figures assume all "
    "students will vote in their university town. The Lib Dems say scrapping university fees wins them student "
    "support. But the Tories would also end fees and Labour says both would cap people's ambitions."
)
CONFERENCE = (
    "The Labour Party will hold its 2006 autumn conference in Manchester and not Blackpool, it has been "
    "confirmed.\n\n"
    "The decision was ratified by Labour's ruling National Executive Committee. For years the main "
    "political parties have rotated between Blackpool, Bournemouth and Brighton. {between}In 1998 the party "
    "said it would not return to Blackpool but did so in 2002."
)


def _part(nlp, text: str, title: str) -> DocumentGraph:
    return resolved_part(nlp, text, title=title, date="2005-02-01")


def _speakers(part: DocumentGraph) -> dict[str, str | None]:
    labels = {entity.key: entity.label for entity in part.entities}
    return {quote.speaker_text: labels.get(quote.speaker) if quote.speaker else None for quote in part.quotes}


def test_the_party_is_the_one_the_headline_and_lead_name(nlp):
    students = _part(nlp, STUDENTS.format(between=""), "Liberal Democrats target the student vote")
    assert _speakers(students)["The party"] == "Liberal Democrats"
    conference = _part(nlp, CONFERENCE.format(between=""), "Manchester wins Labour conference")
    assert _speakers(conference)["the party"] == "Labour Party"


def test_another_party_named_since_leaves_the_party_to_no_one(nlp):
    between = "The Tories say they would also end fees. "
    students = _part(nlp, STUDENTS.format(between=between), "Liberal Democrats target the student vote")
    assert _speakers(students)["The party"] is None
    between = "Tory leader Michael Howard took his party to Bournemouth in 2003. "
    conference = _part(nlp, CONFERENCE.format(between=between), "Manchester wins Labour conference")
    assert _speakers(conference)["the party"] is None


def test_a_headline_naming_two_parties_leaves_the_party_to_no_one(nlp):
    students = _part(nlp, STUDENTS.format(between=""), "Liberal Democrats and Tories target the student vote")
    assert _speakers(students)["The party"] is None



def _signers(part: DocumentGraph) -> set[str | None]:
    labels = {entity.key: entity.label for entity in part.entities}
    return {labels.get(p.entity) if p.entity else p.text for event in part.events if event.lemma == "sign"
            for p in event.participants if p.role == "agent"}


def test_another_party_named_in_its_sentence_leaves_the_party_to_no_one(nlp):
    # A paragraph on from "Labour's ruling National Executive Committee": out of the nearer rules' reach.
    old = "In 1998 the party said it would not return to Blackpool but did so in 2002."
    article = CONFERENCE.format(between="The news will be seen as a blow in the coastal resort. ")
    told = article.replace(old, "In 1998 the party signed a deal with Blackpool.")
    assert "Labour Party" in _signers(_part(nlp, told, "Manchester wins Labour conference"))
    rival = article.replace(old, "In 1998 the party signed a deal with Blackpool, Tory chairman Liam Fox said.")
    assert "Labour Party" not in _signers(_part(nlp, rival, "Manchester wins Labour conference"))
