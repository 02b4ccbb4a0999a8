"""An amount is no word of a name: NER's small model sometimes labels a sum of money
a place, a person or an organisation ("sales were down 3.7% by revenue to HK$6.31bn":
a place; "a worse-than-expected $368bn (£197bn)": "197bn" a person), or runs a name
into the amount after it ("the courts awarded Varig 2bn reais": Varig). A word shaped
as an amount (a currency sign, digits, a scale: "HK$6.31bn", "300p", "2bn", "8.1%")
leaves the name's ends; a name of nothing else is none. Bare numbers stay: "Windows
2000", "Radio 4", "Euro 2004", "Half Life 2" have no sign and no scale.
"""

from __future__ import annotations

import re

__all__ = ["is_amount"]

# An optional currency code and sign ("HK$", "US$", "£"), digits, an optional scale or
# unit ("bn", "m", "p", "%"); a sign or a scale at least, so "2000" is no amount.
_SIGNED = re.compile(r"^[A-Z]{0,3}[$£€¥]\d[\d,.]*(?:bn|m|p|tr|trn)?$")
_SCALED = re.compile(r"^\d[\d,.]*(?:bn|m|p|tr|trn|%)$")


def is_amount(text: str) -> bool:
    """Whether a word is written as an amount of money or a percentage.

    >>> [is_amount(t) for t in ("HK$6.31bn", "£197bn", "300p", "2bn", "8.1%", "2000", "Radio", "3G", "6600")]
    [True, True, True, True, True, False, False, False, False]
    """
    return _SIGNED.match(text) is not None or _SCALED.match(text) is not None
