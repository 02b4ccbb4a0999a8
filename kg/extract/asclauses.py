"""A present "as" clause tells what is going on, whatever its main clause plans or doubts.

"Mutu is to begin talks with Juventus as he looks for a new club", "Robinson is likely to
make changes as he contemplates Sunday's set-to", "Qantas could transfer 7,000 jobs as it
seeks to save costs", "drafted in to boost the Yes campaign as the referendum enters its
final week": the looking, the contemplating, the seeking, the entering are happening now;
only the begun talks, the changes, the transfer and the boost are planned or possible. A
present tense after a modal of doubt, a "would" or a control word does not follow it into
the future (a past's future would make it past: "said he would resign as he faced charges").

Not after "will", "shall" or a schedule: "Bush will display a more consensual approach as he
begins his second term" begins in the future too, so the plan holds; not a clause of "as
long as", "as soon as" (a case, a time to come), "so as", "such as", nor one that hedges itself
("as it is likely that advertisers will"), nor one of a generic "you"; a day of its own still
schedules it ("is expected to attack Mr Blair's words as he begins a tour on Monday": planned,
``kg.extract.schedules``).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from kg.extract.concessions import hearsay_concession
from kg.extract.frames import CONTROL, MODALS, is_present
from kg.extract.modalscope import told_aside
from kg.lexicon.events import FACTUALITY_CUES
from kg.types import Factuality

if TYPE_CHECKING:
    from kg.extract.words import Word

# Modals whose present is the future: what a present "as" clause beside them tells is to come too.
_FUTURE = frozenset({"will", "shall", "'ll", "wo"})
# Words before "as" that make it part of a longer subordinator: "as long as", "as soon as", "so as".
_LONGER = frozenset({"long", "soon", "far", "much", "so", "such", "well"})
# Cues of a plan or a doubt that stays in the clause it governs: a modal of doubt or a
# "would", a control verb, adjective or noun ("is likely to", "plans to"), a purpose.
_ADJECTIVES = frozenset(FACTUALITY_CUES["adjective"])
_CONFINED = (frozenset(MODALS) - _FUTURE) | frozenset(CONTROL) | _ADJECTIVES | frozenset(FACTUALITY_CUES["noun"]) | {"to", "be to"}


def aside(clause: Word, factuality: Factuality, cue: str | None) -> bool:
    """Whether the adverbial clause ``clause`` stands outside the plan or doubt (``factuality``,
    set by ``cue``) of the clause it hangs on: a reason or background clause
    (``kg.extract.modalscope.told_aside``: "will be his ninth since Labour came to power"),
    except under a "would" of a past's future, or a present "as" clause (``concurrent``)."""
    escapes = factuality is Factuality.POSSIBLE or (factuality is Factuality.PLANNED and cue not in ("would", "'d"))
    return (escapes and told_aside(clause)) or concurrent(clause, cue) or hearsay_concession(clause, cue)  # kg.extract.concessions


def concurrent(clause: Word, cue: str | None) -> bool:
    """Whether ``clause``, an adverbial clause, is a present "as" clause outside the plan or
    doubt its main clause's ``cue`` sets (see the module)."""
    if clause.dep_ != "advcl" or cue not in _CONFINED or not is_present(clause):
        return False
    marks = [c for c in clause.children if c.dep_ == "mark"]
    if len(marks) != 1 or marks[0].lower_ != "as" or marks[0].i > clause.i:
        return False
    before = clause.doc[marks[0].i - 1] if marks[0].i > 0 else None
    if before is not None and before.lower_ in _LONGER:
        return False
    # Not a clause that hedges itself ("as it is very likely that advertisers will", "as GDP is
    # set to grow"), nor one of whoever may be reading ("pay as you download").
    return not any((c.dep_ == "acomp" and c.lower_ in _ADJECTIVES) or (c.dep_ == "nsubj" and c.lower_ == "you")
                   for c in clause.children)
