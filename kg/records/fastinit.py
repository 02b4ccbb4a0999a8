"""A quicker ``__init__`` for the frozen, slotted record dataclasses.

A frozen dataclass sets each field in ``__init__`` through ``object.__setattr__(self,
"name", value)`` (its own ``__setattr__`` refuses): a lookup of the name on the class
for every field of every record. Extraction makes hundreds of thousands of records
(an ``Argument`` per argument read), and that lookup cost more than the rest of
their making. `fast_init` gives such a class an ``__init__`` that calls each slot's
descriptor directly, which is what ``object.__setattr__`` ends up doing: same
signature, same defaults, same record; the class stays frozen afterwards.
"""

from __future__ import annotations

import dataclasses
from typing import Any, TypeVar

T = TypeVar("T")


def fast_init(cls: type[T]) -> type[T]:
    """``cls`` (a frozen dataclass with slots, plain fields) with a quicker ``__init__``.

    >>> @fast_init
    ... @dataclasses.dataclass(frozen=True, slots=True)
    ... class Pair:
    ...     left: int
    ...     right: int = 2
    >>> Pair(1), Pair(1, right=3) == Pair(1, 3)
    (Pair(left=1, right=2), True)
    >>> Pair(1).left = 5
    Traceback (most recent call last):
    ...
    dataclasses.FrozenInstanceError: cannot assign to field 'left'
    """
    settings = getattr(cls, "__dataclass_params__", None)
    if settings is None or not settings.frozen or "__slots__" not in cls.__dict__ or hasattr(cls, "__post_init__"):
        raise TypeError(f"fast_init takes a frozen dataclass with slots and no __post_init__, not {cls.__name__}")
    namespace: dict[str, Any] = {}
    signature, body = [], []
    for field in dataclasses.fields(cls):  # type: ignore[arg-type]
        name = field.name
        if not field.init or field.kw_only or field.default_factory is not dataclasses.MISSING:
            raise TypeError(f"fast_init takes plain fields only, not {cls.__name__}.{name}")
        if field.default is dataclasses.MISSING:
            signature.append(name)
        else:
            namespace[f"_default_{name}"] = field.default
            signature.append(f"{name}=_default_{name}")
        namespace[f"_set_{name}"] = cls.__dict__[name].__set__
        body.append(f"    _set_{name}(self, {name})")
    source = f"def __init__(self, {', '.join(signature)}):\n" + ("\n".join(body) or "    pass") + "\n"
    exec(source, namespace)  # the source holds nothing but the field names above
    init = namespace["__init__"]
    init.__qualname__ = f"{cls.__qualname__}.__init__"
    init.__doc__ = cls.__init__.__doc__
    cls.__init__ = init  # type: ignore[method-assign]
    return cls
