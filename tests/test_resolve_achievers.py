"""An event's participant described by an achievement or an epithet ("The 2003 French Open
champion", "The pop star") is the person the sentence before opened on
(``kg.resolve.achievers``, ``kg.resolve.topic``); shortened from unseen articles."""

from __future__ import annotations

from tests.extract_helpers import agent_labels, resolved_part


def _themes(part, lemma: str) -> set[str | None]:
    labels = {entity.key: entity.label for entity in part.entities}
    return {labels.get(argument.entity) if argument.entity else argument.text for event in part.events
            if event.lemma == lemma for argument in event.participants if argument.role == "theme"}


def test_an_epithet_opening_its_sentence_is_the_person_before(nlp):
    # bbc/entertainment/247
    part = resolved_part(nlp, "Singer Britney Spears is suing eight insurance companies that have refused to reimburse her "
                         "for cancelling her 2004 world tour. The pop star cancelled her Onyx Hotel tour last June after "
                         "suffering a knee injury.")
    assert agent_labels(part, "cancel") == {"Britney Spears"}


def test_an_achievement_after_a_title_the_parse_cut_off(nlp):
    # bbc/sport/423: "Former world number one" and the name are two subjects to the parse
    part = resolved_part(nlp, "Former world number one Juan Carlos Ferrero insists he can get back to his best despite a "
                         "tough start to 2005. The 2003 French Open champion has slipped to 64 in the world after a year "
                         "of illness and injuries in 2004.")
    assert _themes(part, "slip") == {"Juan Carlos Ferrero"}


def test_no_one_when_the_sentence_before_names_two(nlp):
    part = resolved_part(nlp, "Roger Federer beat Lleyton Hewitt in the final on Sunday. The 2003 Wimbledon champion has "
                         "slipped to fifth in the world after a year of injuries.")
    assert _themes(part, "slip") <= {"The 2003 Wimbledon champion"}


def test_no_one_for_another_named_with_that_title(nlp):
    part = resolved_part(nlp, "Olympic champion Kelly Holmes watched the race. Jo Fenn insists she can win the title. "
                         "The Olympic champion has slipped to fifth in the world rankings after a year of injuries.")
    assert _themes(part, "slip") <= {"Kelly Holmes", "The Olympic champion"}


def test_a_bare_winner_is_no_one(nlp):
    part = resolved_part(nlp, "Singer Katie Melua presented the shortlist on Monday. The winner will receive a cheque "
                         "for £20,000 at a ceremony in London.")
    assert "Katie Melua" not in agent_labels(part, "receive")


def test_a_narrowed_winner_may_be_a_work(nlp):
    # A film wins too: "The Golden Lion winner" is left as written.
    part = resolved_part(nlp, "Director Mike Leigh presented his new film in London on Monday. The Golden Lion winner "
                         "faces stiff competition from Dead Man's Shoes.")
    assert "Mike Leigh" not in agent_labels(part, "face")
