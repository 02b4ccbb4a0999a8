"""Described groups the article words alike but for a synonym of their head are one node.

News varies its nouns: "President Hugo Chavez has ordered all existing contracts with foreign
firms to be examined ... Venezuela has previously assured foreign companies with operations in
the mineral rich country"; "tobacco firms ... tobacco companies". ``description_key`` is the
form ``kg.resolve.coref`` matches described nodes by: the words as written, lower case, the
head "firms" read as "companies". Only with a describing word before the head that says who,
not how many: "foreign firms", "US firms"; never bare "firms" and "companies" (the UK's top 250
firms and companies at large), nor "other firms", "many companies" (quantifiers.txt).
"""

from __future__ import annotations

from kg.lexicon import DETERMINERS, QUANTIFIERS

_HEADS = {"firms": "companies"}
# Words that say which or how many beside quantifiers.txt's: "other firms" are others than some named.
_COUNTING = frozenset({"other", "more", "fewer", "such", "smaller", "larger", "biggest", "largest"})


def description_key(text: str) -> str:
    """The form a described node is matched by.

    >>> description_key("the “terrorists”"), description_key("foreign firms"), description_key("foreign companies")
    ('the terrorists', 'foreign companies', 'foreign companies')
    >>> description_key("firms"), description_key("other firms"), description_key("many firms")
    ('firms', 'other firms', 'many firms')
    """
    words = [word.lower() for word in (part.strip("“”\"'‘’") for part in text.split()) if word]
    if len(words) >= 2 and words[-1] in _HEADS and not any(
            word in QUANTIFIERS or word in DETERMINERS or word in _COUNTING or word.isdigit() for word in words[:-1]):
        words[-1] = _HEADS[words[-1]]
    return " ".join(words)
