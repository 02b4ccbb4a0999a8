"""A win foretold is a forecast: "will win", "would beat" are possible, no plan, and never a fact denied.

"will" and "would" make a plan of what someone decides to do, but nobody decides to win: "Martin
Scorsese's The Aviator will win best film", "Mr Karger said Million Dollar Baby will beat Aviator",
"55% said Labour would win the election" foretell an outcome, and "said the campaigners would not
win the argument" is a forecast too, no win denied as a fact. An event of a verb of winning a
contest (``contest_wins.txt``) with its own "will" or "would" (a perfect one too: "would not have
won", a case), read planned or negated by its own "not" or "never", is possible, the modal its cue.
Not a verb the modal governs through another ("would go on to win"), a reading a frame gives
("believes Chelsea will win": speculated, kept), nor "will play", "will face" (a fixture), "will win his 67th cap"
(a selection) or "300 jobs will be lost" (a decision told).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace
from typing import TYPE_CHECKING

from kg.lexicon.table import read_words
from kg.records import EventMention
from kg.types import Factuality

if TYPE_CHECKING:
    from kg.extract.words import Word, Words

CONTEST_WINS = read_words("contest_wins.txt")
_FUTURE = frozenset({"will", "'ll", "wo", "shall", "would", "'d"})  # "wo" of "won't"
_NOT = frozenset({"not", "n't", "never"})
_SELECTIONS = frozenset({"cap"})  # "Maggs, who will win his 67th cap": picked to play, a selection told


def foretold_wins(events: Iterable[EventMention], words: Words) -> list[EventMention]:
    """``events`` with each win a "will" or "would" of its own foretells made possible (see the module)."""
    at = words.by_offset()
    found = []
    for event in events:
        trigger = at.get(event.trigger_start)
        if trigger is not None and (modal := foretelling(event.factuality, trigger)) is not None:
            event = replace(event, factuality=Factuality.POSSIBLE, cue=modal)
        found.append(event)
    return found


def foretelling(factuality: Factuality, trigger: Word) -> str | None:
    """The "will" or "would" that makes ``trigger``, read ``factuality``, a win foretold, if any."""
    if trigger.pos_ != "VERB" or trigger.lemma_.lower() not in CONTEST_WINS or any(
            c.dep_ == "dobj" and c.lemma_.lower() in _SELECTIONS for c in trigger.children):
        return None
    modal = next((c.lower_ for c in trigger.children if c.dep_ == "aux" and c.lower_ in _FUTURE), None)
    negated = any(c.dep_ == "neg" and c.lower_ in _NOT for c in trigger.children)
    if modal is None or not (factuality is Factuality.PLANNED or (factuality is Factuality.NEGATED and negated)):
        return None
    return "will" if modal in ("'ll", "wo") else "would" if modal == "'d" else modal
