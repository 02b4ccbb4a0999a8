"""Which subject of a verb whose object acts in it is the work acted in.

"The Last Samurai, starring Tom Cruise": Cruise stars, the film is the theme
(``event_lemmas.tsv``: object "agent"). The subject is that work only when it names one
(not "movies starring Johnny Depp") and is the verb's own subject or the one noun its
relative clause describes. Not so:

- a subject a participle borrows from the clause it hangs on: "once Campbell has
  finished work on The Legend of Zorro, a sequel to The Mask of Zorro, starring Catherine
  Zeta Jones" (the parser hangs "starring" on "finished": Campbell stars no one), "Oscar
  contenders The Aviator, starring Leonardo DiCaprio" (on a misread verb "contenders");
- the first of a list a relative clause follows: "His film credits include Edge of
  Darkness, Vertical Limit and Beyond Borders, which starred Angelina Jolie" (the parser
  hangs "which" on the list's first item; the nearest is meant, or all).

The performer stays: "star(agent=Catherine Zeta Jones)" is said; the work is dropped
rather than guessed.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from kg.extract.words import Word


def named_work(head: Word, how: str) -> bool:
    """Whether ``head``, a subject found ``how`` (``kg.extract.clauses.subject_of``), is the
    work a "starring" verb's object acts in (see the module)."""
    if not head.text[:1].isupper() or how == "control":
        return False
    return not (how == "relative" and any(c.dep_ == "conj" for c in head.children))
