"""``kg.records.fastinit``: the records' quicker ``__init__`` makes the same records,
still frozen, and refuses classes it cannot serve."""

from __future__ import annotations

import dataclasses
import pickle

import pytest

from kg.records import Argument, EventArgument, Mention, Proposition
from kg.records.fastinit import fast_init
from kg.types import EntityType, Factuality


def _by_setattr(cls, *args, **kwargs):
    """``cls`` made as the dataclass's own ``__init__`` makes it (``object.__setattr__`` per field)."""
    record = object.__new__(cls)
    values = dict(zip([field.name for field in dataclasses.fields(cls)][: len(args)], args, strict=True))
    values.update(kwargs)
    for field in dataclasses.fields(cls):
        object.__setattr__(record, field.name, values.get(field.name, field.default))
    return record


def test_fast_init_makes_the_same_records_with_defaults_and_keywords():
    subject = Argument("Tokayev", 0, 7, 0, 7)
    assert subject == _by_setattr(Argument, "Tokayev", 0, 7, 0, 7)
    assert Argument(text="Tokayev", start=0, end=7, head_start=0, head_end=7) == subject
    proposition = Proposition(subject, "asked", "ask", None, (0, 30), "svo", 0.9)
    assert proposition == _by_setattr(Proposition, subject, "asked", "ask", None, (0, 30), "svo", 0.9)
    assert proposition.factuality is Factuality.ASSERTED and proposition.extras == ()
    mention = Mention(0, 7, "Tokayev", EntityType.PERSON, 0, modifier=True)
    assert mention == _by_setattr(Mention, 0, 7, "Tokayev", EntityType.PERSON, 0, modifier=True)
    assert hash(mention) == hash(_by_setattr(Mention, 0, 7, "Tokayev", EntityType.PERSON, 0, modifier=True))
    assert pickle.loads(pickle.dumps(proposition)) == proposition
    assert dataclasses.replace(subject, text="Mr Tokayev") == Argument("Mr Tokayev", 0, 7, 0, 7)
    with pytest.raises(TypeError):
        EventArgument("agent")  # a missing field is still an error


def test_fast_init_records_stay_frozen():
    with pytest.raises(dataclasses.FrozenInstanceError):
        Argument("Tokayev", 0, 7, 0, 7).text = "Nazarbayev"  # type: ignore[misc]


def test_fast_init_refuses_what_it_cannot_serve():
    @dataclasses.dataclass(slots=True)
    class Thawed:
        value: int

    @dataclasses.dataclass(frozen=True, slots=True)
    class Listed:
        values: list[int] = dataclasses.field(default_factory=list)

    for cls in (Thawed, Listed):
        with pytest.raises(TypeError):
            fast_init(cls)
