"""A name right before a post only a firm's people hold is a company's.

Business news often shows its company only through the people it names: "GM issues 2005
profits warning / General Motors has warned ... said GM chief executive Rick Waggoner ...
'Attaining earnings of $10 a share remains GM's goal,' the company said". No company noun
stands before or after "GM", so ``kg.resolve.leadcompany.a_company`` found no company and
"the company" stayed a description. ``post_after_name`` is whether a name of the cluster
stands right before (past its possessive) a post of ``firm_posts.txt`` ("chief executive",
"finance director"; not a founder or a president, whom a charity or a country has too), the
post going on to a person's capitalised name or to a verb of the sentence, not to "of"
another body ("the Next chief executive of Woolworths"). A wrong company is worse than
none, so the post is read only right after the name, not anywhere in its sentence.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from kg.folding import fold
from kg.lexicon import FIRM_POSTS

if TYPE_CHECKING:
    from kg.resolve.coref import Linker

# The words after a name, past its possessive: "GM chief executive Rick", "Next's finance director said".
_AFTER = re.compile(r"(?:['’]s?)?((?:\s+[A-Za-z]+){1,4})")
_LONGEST = max((len(post.split()) for post in FIRM_POSTS), default=0)


def post_after_name(linker: Linker, cluster: int) -> bool:
    """Whether a name of ``cluster`` stands right before a post only a firm's people hold."""
    for mention in linker.clusters[cluster].mentions:
        if mention.kind != "name":
            continue
        after = _AFTER.match(linker.text, mention.end)
        if after is None:
            continue
        words = after.group(1).split()
        for size in range(min(_LONGEST, len(words)), 0, -1):
            if fold(" ".join(words[:size])) in FIRM_POSTS:
                following = words[size:size + 1]
                if not following or following[0].lower() != "of":
                    return True
                break
    return False
