""""the bill", "the court", "the agency" as an event's participant take up the one entity the
article names with that head noun, when nothing else may be meant (``kg.resolve.namedheads``;
model tests on the session pipeline, sentences of BBC articles 200 and over, shortened)."""

from __future__ import annotations

from kg.records import DocumentGraph
from tests.extract_helpers import resolved_part

COURT = (
    "The trial of Emilio Botin, the chairman of Spain's most powerful bank, Santander, has started in Madrid.\n\n"
    "As he arrived at Spain's High Court earlier on Wednesday, Mr Botin greeted the waiting media. "
    "Santander's board strongly reject the charges against their chairman. "
    "Mr Corcostegui, a former chief executive at Santander, also asked the court for new evidence to be admitted."
)
BILL = (
    "Michael Howard stayed in London to lead the party's opposition to the Prevention of Terrorism Bill in its "
    "lengthy progress through Parliament. Dr Fox attacked the government's record on the NHS. "
    "The bill was finally passed on Friday evening, after more than 30 hours of debate."
)
AGENCY = (
    "The State Environmental Protection Agency said the 26 projects had failed to do proper environmental "
    "assessments. Topping the list was a controversial dam on the upper Yangtze River.\n\n"
    "Some of the projects may be allowed to start work again, he said. Altogether, the agency ordered 30 "
    "projects halted."
)
# tech/324: an unnamed court is spoken of before "the court" (the same one, perhaps, but not certainly).
LOCAL_COURT = (
    "The EFF has asked California's Superior Court to stop Apple pursuing the sources. "
    "It argues that the journalists were protected by shield laws. The EFF says the reporters had a right to "
    "publish. The case began in December when Apple asked a local Californian court to get the journalists to "
    "reveal their sources. Apple sells the Mac Mini. Lawyers said the court ruled against the journalists."
)
# The same, with no unnamed court: "the court" is the Superior Court, named four sentences back.
NAMED_COURT = LOCAL_COURT.replace("asked a local Californian court", "asked its lawyers")
# Two courts named: "the court" may be either.
TWO_COURTS = (
    "The case went to the Court of Appeal in London. Lawyers then took it to the European Court in Strasbourg. "
    "Last week the court ruled against the government."
)
# business/413: the participant misread far from its event's word stays unlinked.
COMMISSION = (
    "The European Commission had tried to force France and Germany to cut their deficits.\n\n"
    "The commission then took the pair to the European Court of Justice - which ruled EU countries could "
    "not put the pact in abeyance, and confirmed the right to launch excessive debt procedures."
)
# sport/218: "the league" is the domestic one, not the Champions League ("league" is no taken-up head).
LEAGUE = (
    "Chelsea face Barcelona in the Champions League next month. "
    "Jose Mourinho believes Chelsea will win the league this season."
)


def _part(nlp, text: str) -> DocumentGraph:
    return resolved_part(nlp, text, title=None, date="2005-02-13")


def _roles(part: DocumentGraph, lemma: str) -> dict[str, list[str | None]]:
    labels = {entity.key: entity.label for entity in part.entities}
    found: dict[str, list[str | None]] = {}
    for event in part.events:
        if event.lemma == lemma:
            for participant in event.participants:
                found.setdefault(participant.role, []).append(labels.get(participant.entity) if participant.entity else None)
    return found


def _labels(part: DocumentGraph, lemma: str) -> set[str | None]:
    return {label for labels in _roles(part, lemma).values() for label in labels}


def test_the_court_is_the_one_court_named_before(nlp):
    assert "High Court" in _labels(_part(nlp, COURT), "ask")


def test_the_bill_is_the_one_bill_named_before(nlp):
    assert "Prevention of Terrorism Bill" in _labels(_part(nlp, BILL), "pass")


def test_the_agency_is_the_one_agency_named_before(nlp):
    assert _roles(_part(nlp, AGENCY), "order").get("agent") == ["State Environmental Protection Agency"]


def test_an_unnamed_court_spoken_of_before_leaves_the_court_unlinked(nlp):
    assert "Superior Court" not in _labels(_part(nlp, LOCAL_COURT), "rule")


def test_the_court_named_sentences_back_is_taken_up_with_no_unnamed_court(nlp):
    assert "Superior Court" in _labels(_part(nlp, NAMED_COURT), "rule")


def test_two_courts_named_leave_the_court_unlinked(nlp):
    labels = _labels(_part(nlp, TWO_COURTS), "rule")
    assert "Court of Appeal" not in labels and "European Court" not in labels


def test_a_participant_far_from_its_events_word_stays_unlinked(nlp):
    assert "European Commission" not in _labels(_part(nlp, COMMISSION), "confirm")


def test_the_league_is_no_named_league(nlp):
    assert "Champions League" not in _labels(_part(nlp, LEAGUE), "win")
