"""A "they" in what a coordination of speakers said is never a plural named before them
(kg.resolve.pairedspeakers). Articles paraphrased from BBC politics 348 and tech 219."""

from __future__ import annotations

import pytest

from tests.extract_helpers import agent_labels, resolved_part

_VOTERS = ("Tory leader Michael Howard will not be using paid advertisements to promote his policies to voters "
           "in next year's general election.\n\n{speakers} said they would not be campaigning in print, radio or TV "
           "for success at the election in May.\n\nBut leaflets will be sent to Tory voters, who will be invited to meetings.")


def test_they_of_two_speakers_is_not_an_earlier_plural(nlp):
    # was campaign(agent=voters) [negated]: the two who spoke will not campaign
    part = resolved_part(nlp, _VOTERS.format(speakers="Mr Howard and his deputy Michael Ancram"))
    assert "voters" not in agent_labels(part, "campaign")


@pytest.mark.parametrize(("speakers", "they", "agent"), [
    # one plural speaker: "they" is the speaker, as before
    ("The Conservatives", "they", "Conservative Party"),
    # a plural written out, no pronoun: as before
    ("Mr Howard and his deputy Michael Ancram", "the voters", "voters"),
])
def test_other_subjects_resolve_as_before(nlp, speakers, they, agent):
    text = _VOTERS.format(speakers=speakers).replace("said they", f"said {they}")
    assert agent in agent_labels(resolved_part(nlp, text), "campaign")
