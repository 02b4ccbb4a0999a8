"""People who "are to" act plan to: "Bosses of Deutsche Boerse and the LSE are to meet".

"be to" with an infinitive is a plan when its subject is one who acts (``kg.extract.frames.arranged``:
a party or a place, "The US government is to investigate two airlines"), not what a thing is for
("The aim is to cut costs", "His task was to ..."). A subject headed by a noun of people
(``PEOPLE_NOUNS``: "bosses", "ministers", "staff", "fans", or one who acts for a body, ``AGENT_NOUNS``:
"officials", "police") is one who acts too, though no entity stands for it: "Bosses of Deutsche
Boerse and the London Stock Exchange are to meet amid talk of a bid", "Ministers are to meet in
London next week": meet, planned. Without it the plan was read nowhere, neither as planned nor as
done. Not a noun of content or intent, which no list of people holds ("aim", "task", "job", "idea").
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from kg.lexicon import AGENT_NOUNS, PEOPLE_NOUNS

if TYPE_CHECKING:
    from kg.extract.words import Word

__all__ = ["people_subject"]


def people_subject(subject: Word) -> bool:
    """Whether ``subject``, a common noun, names people who act ("Bosses", "Ministers", "officials")."""
    if subject.pos_ != "NOUN":
        return False
    words = {subject.lemma_.lower(), subject.lower_}
    return bool(words & PEOPLE_NOUNS or words & AGENT_NOUNS)
