"""kg.export.jsontext writes what json.dumps writes, for any JSON value."""

from __future__ import annotations

import json

from hypothesis import given, settings
from hypothesis import strategies as st

from kg.export.jsontext import dumps_indented, sort_key

_TEXT = st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=12)
_SCALARS = st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False, allow_infinity=False) | _TEXT
_VALUES = st.recursive(
    _SCALARS, lambda inner: st.lists(inner, max_size=4) | st.dictionaries(_TEXT, inner, max_size=4), max_leaves=20
)


@settings(max_examples=300, deadline=None)
@given(_VALUES)
def test_dumps_indented_is_json_dumps_with_indent_two_and_sorted_keys(value):
    assert dumps_indented(value) == json.dumps(value, indent=2, sort_keys=True, ensure_ascii=False)


@settings(max_examples=300, deadline=None)
@given(_VALUES)
def test_sort_key_is_json_dumps_with_sorted_keys(value):
    assert sort_key(value) == json.dumps(value, sort_keys=True, ensure_ascii=False)
