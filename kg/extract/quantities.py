"""Quantities: a number with its unit, as news text writes it.

``read_quantity`` reads the value, the unit and the qualifier of an argument
such as "more than 2,000 troops", "to 5.5%", "$3bn", "£1.2m", "31% of the
vote" or "dozens of people". It is pure string work: the event rules decide
which arguments are quantities (spaCy's MONEY, PERCENT, QUANTITY and CARDINAL
entities, or a number word heading the phrase).
"""

from __future__ import annotations

import re
from decimal import Decimal, InvalidOperation

from kg.records import Quantity

QUALIFIERS = (
    "more than", "less than", "fewer than", "at least", "at most", "up to", "as many as", "as much as",
    "an estimated", "nearly", "almost", "about", "around", "some", "over", "under", "just", "roughly",
    "approximately", "barely", "only", "below", "above",
)  # fmt: skip
CURRENCY_SIGNS = {"$": "USD", "£": "GBP", "€": "EUR", "¥": "JPY",
                  # Dollars of other countries, as news writes them ("A$1.5bn"): read lower-cased.
                  "us$": "USD", "a$": "AUD", "c$": "CAD", "hk$": "HKD", "nz$": "NZD", "s$": "SGD"}
CURRENCY_WORDS = {"dollar": "USD", "dollars": "USD", "euro": "EUR", "euros": "EUR", "yen": "JPY", "yuan": "CNY",
                  "rouble": "RUB", "roubles": "RUB", "pence": "GBP", "naira": "NGN", "rupee": "INR",
                  "rupees": "INR", "rand": "ZAR", "franc": "CHF", "francs": "CHF", "peso": "MXN", "pesos": "MXN"}
# Nouns that make a number an amount of something measured, beside the currencies: a
# market's index points ("fell 5.07 points", "0.5 percentage points").
AMOUNT_NOUNS = frozenset(CURRENCY_WORDS) | {"point", "points"}
MULTIPLIERS = {"bn": 10**9, "billion": 10**9, "m": 10**6, "mn": 10**6, "million": 10**6, "k": 10**3,
               "thousand": 10**3, "tn": 10**12, "trillion": 10**12}
NUMBER_WORDS: dict[str, int | Decimal] = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
                "ten": 10, "eleven": 11, "twelve": 12, "fifteen": 15, "twenty": 20, "thirty": 30, "forty": 40,
                "fifty": 50, "hundred": 100, "dozen": 12, "a dozen": 12, "half": Decimal("0.5")}
# Counts without a number: "dozens of people", "thousands of jobs".
VAGUE_NUMBERS = frozenset({"dozens", "scores", "hundreds", "thousands", "millions", "billions", "several", "many"})
PERCENT_WORDS = ("%", "percent", "per cent")
# Words between a number and what it counts that are not the unit: "2,000 more people".
_NOT_UNITS = frozenset({"more", "additional", "extra", "new", "other", "of", "the", "a", "an", "per", "further"})
# The dollar signs with a country's prefix, from CURRENCY_SIGNS; a prefix is no letter of a word before it.
_PREFIXED = "|".join(sorted((re.escape(sign) for sign in CURRENCY_SIGNS if len(sign) > 1), key=len, reverse=True))
_NUMBER = re.compile(r"(?P<sign>(?<![a-z])(?:" + _PREFIXED + r")|[$£€¥])?\s?(?P<number>\d+(?:,\d{3})*(?:\.\d+)?|\.\d+)\s?(?P<scale>bn|billion|mn|m|million|k|thousand|tn|trillion)?\b\s?(?P<percent>%|percent\b|per cent\b)?", re.IGNORECASE)
_PENCE = re.compile(r"(?P<number>\d+(?:\.\d+)?)\s?(?:p|pence)\b(?!\.)")  # "320p", "12 pence": hundredths of a pound
_SCORE = re.compile(r"^\d{1,3}[-–]\d{1,3}$")  # "1-0", "24-18": a match's score
_WORD = re.compile(r"[A-Za-z][A-Za-z'-]*")


def read_quantity(text: str) -> Quantity | None:
    """The number, unit and qualifier of ``text``, or ``None`` when it holds no number.

    >>> read_quantity("more than 2,000 troops")
    Quantity(text='more than 2,000 troops', value='2000', unit='troop', qualifier='more than')
    >>> read_quantity("to 5.5%").value, read_quantity("to 5.5%").unit
    ('5.5', 'percent')
    >>> q = read_quantity("$3bn"); (q.value, q.unit)
    ('3000000000', 'USD')
    >>> q = read_quantity("£1.2m"); (q.value, q.unit)
    ('1200000', 'GBP')
    >>> q = read_quantity("31% of the vote"); (q.value, q.unit)
    ('31', 'percent')
    >>> q = read_quantity("dozens of people"); (q.value, q.unit, q.qualifier)
    (None, 'people', 'dozens')
    >>> q = read_quantity("nearly 2,000 more people"); (q.value, q.unit, q.qualifier)
    ('2000', 'people', 'nearly')
    >>> read_quantity("14 million viewers").value, read_quantity("30.7bn yen").unit
    ('14000000', 'JPY')
    >>> q = read_quantity("fines of up to $500,000"); (q.value, q.unit, q.qualifier)  # inside the phrase
    ('500000', 'USD', 'up to')
    >>> q = read_quantity("seven million customers"); (q.value, q.unit)  # a number word's scale
    ('7000000', 'customer')
    >>> read_quantity("more than one billion dollars").value, read_quantity("one month").value
    ('1000000000', '1')
    >>> read_quantity("A$1.5bn").unit, read_quantity("a $5bn deal").unit, read_quantity("HK$3m").value
    ('AUD', 'USD', '3000000')
    >>> q = read_quantity("to 320p"); (q.value, q.unit)  # pence: hundredths of a pound
    ('3.2', 'GBP')
    >>> read_quantity("5 p.m.").unit != "GBP"  # a time of day, not five pounds
    True
    >>> read_quantity("the government") is None
    True
    >>> q = read_quantity("2-1"); (q.value, q.unit)  # a score: two numbers, no one value
    (None, 'score')
    """
    if _SCORE.match(text.strip()):
        return Quantity(text=text, value=None, unit="score", qualifier=None)
    lowered = " ".join(text.lower().split())
    lowered = re.sub(r"^(?:to|from|by|at|of|for|with|in)\s+", "", lowered)
    qualifier = next((q for q in QUALIFIERS if lowered.startswith(q + " ")), None)
    rest = lowered[len(qualifier) + 1 :] if qualifier else lowered
    pence = _PENCE.match(rest)
    if pence is not None:
        return Quantity(text=text, value=_plain(Decimal(pence.group("number")) / 100), unit="GBP", qualifier=qualifier)
    match = _NUMBER.search(rest)
    value: Decimal | None = None
    unit: str | None = None
    if match is not None and qualifier is None:  # "fines of up to $500,000": the qualifier of the number inside
        qualifier = _inner_qualifier(rest[: match.start()])
    if match is not None:
        try:
            value = Decimal(match.group("number").replace(",", ""))
        except InvalidOperation:
            return None
        scale = (match.group("scale") or "").lower()
        value *= MULTIPLIERS.get(scale, 1)
        if match.group("sign"):
            unit = CURRENCY_SIGNS[match.group("sign")]
        elif match.group("percent"):
            unit = "percent"
        after = rest[match.end() :]
    else:
        first = _WORD.match(rest)
        if first is None:
            return None
        word = first.group(0)
        if word in VAGUE_NUMBERS:
            qualifier = qualifier or word
        elif word in NUMBER_WORDS:
            value = Decimal(NUMBER_WORDS[word])
        else:
            return None
        after = rest[first.end() :]
        value = _scaled(value, after)  # "seven million customers", "two billion"
    if unit is None:
        unit = _unit(after)
    return Quantity(text=text, value=_plain(value) if value is not None else None, unit=unit, qualifier=qualifier)


def _inner_qualifier(before: str) -> str | None:
    """The qualifier that ends the text before a number: "fines of up to" -> "up to"."""
    before = before.rstrip()
    return next((q for q in QUALIFIERS if before == q or before.endswith(" " + q)), None)


def _scaled(value: Decimal | None, after: str) -> Decimal | None:
    """A number word's value times the scale word right after it: "seven" + " million"."""
    scale = _WORD.match(after.lstrip())
    if value is None or scale is None or scale.group(0) not in MULTIPLIERS:
        return value
    return value * MULTIPLIERS[scale.group(0)]


def _unit(after: str) -> str | None:
    """What the number counts: the first word after it that is not "more", "of" ..."""
    for word in _WORD.findall(after):
        if word in _NOT_UNITS or word in MULTIPLIERS:
            continue
        if word in CURRENCY_WORDS:
            return CURRENCY_WORDS[word]
        if word in ("pound", "pounds") and "sterling" in after:
            return "GBP"
        return _singular(word)
    return None


def _singular(word: str) -> str:
    """ "troops" -> "troop", "barrels" -> "barrel"; "people", "news" and "-ss" words stay.

    >>> _singular("troops"), _singular("people"), _singular("glass"), _singular("companies")
    ('troop', 'people', 'glass', 'company')
    """
    if word.endswith("ies") and len(word) > 4:
        return word[:-3] + "y"
    if word.endswith("s") and not word.endswith(("ss", "us", "is", "news")) and len(word) > 3:
        return word[:-1]
    return word


def _plain(value: Decimal) -> str:
    """A decimal without exponent or trailing zeros: 3E+9 -> "3000000000", 5.50 -> "5.5"."""
    text = format(value.normalize(), "f")
    return text
