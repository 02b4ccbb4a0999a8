"""A capitalised name right after a cue noun: "boxing drama Million Dollar Baby", "pop band Busted".

A lower-case noun of ``type_cues.tsv`` right before a capitalised word says a name opens
there, whatever the tagger reads the word as: "the album Hopes", "boxing drama Million
Dollar Baby" ("Million" tagged a number). ``kg.extract.mentions`` takes such a run as a
name NER missed (``kg.extract.acting``'s classifier), and ``kg.extract.namelike`` keeps a
one-word name NER found there though the tagger reads a common word or a verb ("Chart-topping
pop band Busted have confirmed", "education watchdog Ofsted", "TV soap Neighbours", "her
song Outrageous"), which it otherwise rejects as a capitalised common word ("generic":
"Hardware security is ...").
"""

from __future__ import annotations

from kg.extract.words import Word, Words
from kg.lexicon import DETERMINERS, TITLE_WORDS, TYPE_CUES


def after_cue_noun(words: Words, i: int) -> bool:
    """Word ``i`` opens a capitalised title right after a cue noun, inside its sentence:
    "boxing drama Million Dollar Baby" ("Million" is tagged a number), "the album Hopes",
    "comedy The Matador" (a leading "The" NER left out with the rest); not at a leading "The"
    NER read the rest of ("movie The Aviator": NER's "Aviator", as kg names it) nor a
    pronoun ("the current squad I definitely feel")."""
    tokens = words.words
    if i == 0 or tokens[i].sent.start == i:
        return False
    token, before = tokens[i], tokens[i - 1]
    return (
        token.text[:1].isupper() and token.is_alpha and len(token.text) > 1 and token.pos_ != "PRON"
        and (token.lower_ not in DETERMINERS or _title_the(tokens, i))
        and (token.lower_ not in TITLE_WORDS or _whole_name(tokens, i))
        and before.pos_ == "NOUN" and before.text.islower() and before.lemma_.lower() in TYPE_CUES
    )


def _title_the(tokens: list[Word], i: int) -> bool:
    """A capitalised "The" that opens a title NER missed whole: "comedy The Matador", "the TV
    programme The OC"; not one NER read the rest of ("movie The Aviator": its "Aviator")."""
    after = tokens[i + 1] if i + 1 < len(tokens) else None
    return (tokens[i].text == "The" and after is not None and after.text[:1].isupper() and after.is_alpha
            and after.tag_ in {"NNP", "NNPS"} and not after.ent_type_)


def _whole_name(tokens: list[Word], i: int) -> bool:
    """A title word that is the whole name after its cue noun: "rock band Queen are to
    tour", "pop star Prince said"; not "the minister Lord Falconer" (a title)."""
    return i + 1 >= len(tokens) or not tokens[i + 1].text[:1].isupper()
