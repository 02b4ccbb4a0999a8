"""An architect of software or security is a post read whole, "chief" and all
(``kg/lexicon/data/roles.tsv``); a figurative "architect of" a policy is none."""

from __future__ import annotations

from kg.records import DocumentGraph
from tests.extract_helpers import resolved_part


def _positions(part: DocumentGraph) -> dict[tuple[str, str], str | None]:
    labels = {entity.key: entity.label for entity in part.entities}
    return {(labels[p.person], p.role): labels.get(p.organisation) if p.organisation else None
            for p in part.positions}


def test_a_chief_security_architect_is_the_whole_post(nlp):
    # bbc/tech/270
    part = resolved_part(
        nlp,
        '"Net firms are realising that it is not just about anti-virus and firewalls," said Paul King, '
        "chief security architect at Cisco.",
        title="Rings of steel combat net attacks", date="2005-03-01")
    positions = _positions(part)
    assert positions[("Paul King", "chief security architect")] == "Cisco"
    assert ("Paul King", "chief") not in positions


def test_a_possessed_software_architect(nlp):
    # bbc/tech/270, paraphrased with another post of the kind.
    part = resolved_part(
        nlp, "Paul King, Cisco's chief software architect, said attacks were rising.",
        title="Rings of steel combat net attacks", date="2005-03-01")
    assert _positions(part)[("Paul King", "chief software architect")] == "Cisco"


def test_a_figurative_architect_is_no_post(nlp):
    # bbc/politics/3xx shape: "the architect of" a policy.
    part = resolved_part(
        nlp, "Gordon Brown, the architect of Labour's economic policy, said growth would continue.",
        title="Brown hails growth", date="2005-03-01")
    assert not [role for person, role in _positions(part) if "architect" in role]
