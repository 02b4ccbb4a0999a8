"""Names that are only a title's words: rule ``title`` of ``kg.extract.namelike``.

- titles only, no name: "Treasurer", "Prime Minister", "MPs";
- the rest of a title NER left out: "Secretary of" + "State", "Minister of" + "State";
- a portfolio cut from its post: NER's "Home" of "Home Secretary Charles Clarke" (and of
  "Ex-Home Secretary"), "Defence" of "Defence Secretary Geoff Hoon", "Finance" of "Finance
  Minister Omar Davies": every word of the name is a portfolio word
  (``kg.extract.rolephrase.PORTFOLIO_WORDS``) and the next word, written with a capital as
  titles are, is the last word of a role (``roles.tsv``). The post is the role phrase's, read
  by ``kg.extract.positions``; a body named apart keeps its name ("Shadow Treasury chief
  secretary George Osborne": a lower-case role after it, "the Treasury has announced").
"""

from __future__ import annotations

from kg.extract.rolephrase import PORTFOLIO_JOINERS, PORTFOLIO_WORDS
from kg.extract.words import Words
from kg.folding import fold
from kg.lexicon import ROLE_HEADS, TITLE_WORDS


def title_word(text: str) -> bool:
    """A title or its plural: "Treasurer", "MPs", "Ministers"."""
    word = text.rstrip(".").lower()
    return word in TITLE_WORDS or (word.endswith("s") and word[:-1] in TITLE_WORDS)


def only_title(words: Words, start: int, end: int) -> bool:
    """Words ``start:end`` are a title's and no name's (see the module's rules)."""
    span = words.words[start:end]
    return all(title_word(word.text) for word in span) or _rest_of_title(words, start) or _portfolio(words, start, end)


def _rest_of_title(words: Words, start: int) -> bool:
    """The span goes on a title NER left out: "Secretary of" + "State for Culture",
    "Minister of" + "State" (a title, then "of", then "State")."""
    tokens = words.words
    return start >= 2 and tokens[start].text == "State" and tokens[start - 1].lower_ == "of" and title_word(tokens[start - 2].text)


def _portfolio(words: Words, start: int, end: int) -> bool:
    """A portfolio before its post: "Home" of "Home Secretary Charles Clarke", "Trade and
    Industry" of "Trade and Industry Secretary Patricia Hewitt" ("and", "&" or a comma
    between two portfolio words)."""
    tokens = words.words
    if end >= len(tokens) or not all(
        fold(word.text) in PORTFOLIO_WORDS or (start < word.i < end - 1 and word.text in PORTFOLIO_JOINERS) for word in tokens[start:end]
    ):
        return False
    while end + 1 < len(tokens) and (fold(tokens[end].text) in PORTFOLIO_WORDS or tokens[end].text in PORTFOLIO_JOINERS):
        end += 1  # "Economic" of "Economic and Fiscal Policy Minister"
    post = tokens[end]
    return post.text[:1].isupper() and not post.text.isupper() and fold(post.text) in ROLE_HEADS
