"""Who does what an "accused X of V-ing" phrase tells: X, not the one who accuses.

"Keane accused Vieira of starting the row", "fined Bellamy for breaching club rules",
"charged two men with stealing": Vieira started, Bellamy breached, the men stole. After a
verb of ``accusing_verbs.txt`` the object is the one who acts whatever it is ("Mr Letwin
accused the chancellor of using fancy statistics", "The Tories accuse Labour of raising
taxes": the chancellor, Labour); after any other verb only an object that is a person or
group is ("used the money for building schools": the subject builds). After a verb of
``preventing_verbs.txt`` a "from" + -ing phrase is the object's: "The judge prevented Yukos
from selling its assets" (Yukos sells, not the judge).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from kg.extract.controllers import can_act
from kg.extract.prevented import PREVENTING_VERBS
from kg.lexicon.table import read_words

if TYPE_CHECKING:
    from kg.extract.words import Word

ACCUSING_VERBS = read_words("accusing_verbs.txt")


def accused(prep: Word) -> Word | None:
    """The one an "of", "for" or "with" + -ing phrase (``prep``) is about, when the verb
    it hangs on has an object before it, or a "from" + -ing phrase after a verb of
    ``preventing_verbs.txt`` ("prevented Yukos from selling its assets"); else ``None``."""
    preventing = prep.lower_ == "from" and prep.head.lemma_.lower() in PREVENTING_VERBS
    if (prep.lower_ not in ("of", "for", "with") and not preventing) or prep.dep_ != "prep" or prep.head.pos_ != "VERB":
        return None
    obj = next((c for c in prep.head.children if c.dep_ == "dobj"), None)
    if obj is None or obj.i > prep.i:
        return None
    if preventing:
        return obj if obj.pos_ in ("NOUN", "PROPN", "PRON") else None
    if prep.head.lemma_.lower() in ACCUSING_VERBS and obj.pos_ in ("NOUN", "PROPN", "PRON"):
        return obj
    return obj if can_act(obj) else None
