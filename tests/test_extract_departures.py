"""A role or membership its holder leaves in the same sentence is over (``kg.extract.departures``,
read through ``kg.extract`` and ``kg.resolve`` on the shared pipeline)."""

from __future__ import annotations

import pytest

from kg.extract import extract
from kg.nlp import parse
from kg.records import Document
from kg.resolve import resolve

# politics/307: the article's last sentence, after the one before it that names him.
DEFECTOR = ("Mr Jackson is due to stand down at the next election. "
            "He is the third Conservative MP to defect to Labour since 1997.")


def _graph(nlp, text: str):
    document = Document(id="t", text=text, date="2005-01-15", source="t.txt")
    ((_, doc),) = list(parse(nlp, [document]))
    return resolve(extract(document, doc))


def _statements(nlp, text: str) -> tuple[set[tuple], set[tuple]]:
    part = _graph(nlp, text)
    label = {entity.key: entity.label for entity in part.entities}
    positions = {(label[p.person], p.role, label.get(p.organisation or ""), p.status, p.end) for p in part.positions}
    members = {(label[r.subject], label[r.object]) for r in part.relations if r.key == "member of"}
    return positions, members


def test_a_defector_is_a_former_mp_of_the_party_he_left(nlp):
    positions, members = _statements(nlp, DEFECTOR)
    # "since 1997" counts the defectors; it is no date of this one's leaving.
    assert ("Jackson", "MP", "Conservative Party", "former", None) in positions
    # A member of the party he went to, of the one he left no more.
    assert members == {("Jackson", "Labour Party")}


@pytest.mark.parametrize(
    ("text", "status", "end", "party"),
    [
        # The holder's own verb, dated: the end is the leaving's date.
        ("Tory MP John Smith quit the party in 2003.", "former", "2003-01-01", None),
        # A clause on the role: a defection leaves the party the role is of, for the one it names.
        ("John Smith, a Labour MP who defected to the Liberal Democrats in 2003, said he was happy.",
         "former", "2003-01-01", "Liberal Democrats"),
        # What the verb leaves is not the party: the government, a name of its own.
        ("Labour MP John Smith quit the government in 2003.", "current", None, "Labour Party"),
        # A leaving the text does not assert.
        ("Tory MP John Smith could quit the party.", "current", None, "Conservative Party"),
        ("Tory MP John Smith refused to quit the party.", "current", None, "Conservative Party"),
        ("Tory MP John Smith did not quit the party.", "current", None, "Conservative Party"),
        # A present tense may tell a plan.
        ("Tory MP John Smith leaves the party in May.", "current", None, "Conservative Party"),
    ],
)
def test_leaving_the_roles_party_ends_the_role(nlp, text, status, end, party):
    positions, members = _statements(nlp, text)
    (position,) = [p for p in positions if p[1] == "MP"]
    assert position[3:] == (status, end)
    # A party is the member's by a membership edge, or by the post held in it (no edge repeats a post).
    belongs = members | {(p[0], p[2]) for p in positions if p[3] == "current" and p[2]}
    assert belongs == ({("John Smith", party)} if party else set())


def test_a_holder_fired_holds_the_post_no_longer(nlp):
    """business/425: a passive sacking verb whose subject is the holder ends the post, on the
    whole date NER names ("January last year")."""
    positions, _ = _statements(nlp, "Nortel's head Frank Dunn and two other executives were fired in January last year "
                                    "after the company announced it had conducted the internal audit.")
    assert ("Frank Dunn", "head", "Nortel", "former", "2004-01-01") in positions


@pytest.mark.parametrize(
    "text",
    [
        "Nortel's head Frank Dunn fired two other executives in January.",  # the holder's own act
        "Nortel's head Frank Dunn could be fired in January.",  # not done
        "Nortel's head Frank Dunn faces being fired.",
    ],
)
def test_a_sacking_verb_the_holder_does_not_undergo_ends_nothing(nlp, text):
    positions, _ = _statements(nlp, text)
    assert {p[3] for p in positions if p[0] == "Frank Dunn"} == {"current"}
