"""Records as plain tuples and back, fast: the row format of spill files.

A streaming build (``kg.runtime.stream``) writes every record it cannot keep in
memory to disk and reads it back, several times over: each document's part,
the rows the merge sorts, the merged graph the exporters read. The cache's
codec (``kg.runtime.cache.encode``) names every field and walks the type hints
on every call, which costs more per document than extracting it; here each
record class gets its encoder and decoder made once, from its fields' types,
and a record becomes a tuple of its fields in declaration order (enums by
value, nested records as tuples), which ``marshal`` writes and reads in C.

Spill files are data, never code: ``marshal`` builds only strings, numbers,
tuples and lists (no pickle), and a tuple is turned back into a record only
through the class it is read as.

>>> from kg.records import Entity, PlaceLink
>>> from kg.types import EntityType
>>> entity = Entity("almaty", "Almaty", EntityType.CITY, ("Alma-Ata",), 2, ("d1",), PlaceLink(1526384))
>>> row = encoder(Entity)(entity)
>>> row
('almaty', 'Almaty', 'City', ('Alma-Ata',), 2, ('d1',), (1526384, None, None, None, 'city', None), False)
>>> decoder(Entity)(row) == entity
True
"""

from __future__ import annotations

import dataclasses
import functools
import operator
import types
import typing
from collections.abc import Callable
from enum import Enum
from typing import Any

Encode = Callable[[Any], Any]
Decode = Callable[[Any], Any]

_PLAIN = (str, int, float, bool, type(None))


@functools.cache
def encoder(kind: type) -> Encode:
    """The function that turns a record of dataclass ``kind`` into a tuple of plain values."""
    encode = _encoder(kind)
    if encode is None:
        raise TypeError(f"{kind!r} is no record class")
    return encode


@functools.cache
def decoder(kind: type) -> Decode:
    """The function that turns ``encoder(kind)``'s tuple back into the record."""
    decode = _decoder(kind)
    if decode is None:
        raise TypeError(f"{kind!r} is no record class")
    return decode


def _fields(kind: type) -> list[tuple[str, Any]]:
    hints = typing.get_type_hints(kind)
    return [(field.name, hints[field.name]) for field in dataclasses.fields(kind)]


def _encoder(hint: Any) -> Encode | None:
    """How to encode a value of type ``hint``; ``None`` when it is plain already."""
    if isinstance(hint, type) and dataclasses.is_dataclass(hint):
        fields = _fields(hint)
        getter: Callable[[Any], Any] = operator.attrgetter(*(name for name, _hint in fields))
        if len(fields) == 1:  # attrgetter of one name gives the value, not a tuple
            one = getter
            getter = lambda record: (one(record),)  # noqa: E731
        special = [(index, encode) for index, (_name, field_hint) in enumerate(fields)
                   if (encode := _encoder(field_hint)) is not None]
        if not special:
            return getter

        def encode_record(record: Any) -> tuple:
            values = list(getter(record))
            for index, encode_field in special:
                values[index] = encode_field(values[index])
            return tuple(values)

        return encode_record
    if isinstance(hint, type) and issubclass(hint, Enum):
        return operator.attrgetter("value")
    if hint in _PLAIN:
        return None
    origin, args = typing.get_origin(hint), typing.get_args(hint)
    if origin in (typing.Union, types.UnionType):
        inner = [_encoder(arg) for arg in args if arg is not type(None)]
        if len(inner) != 1:
            raise TypeError(f"unsupported union {hint}")
        encode_one = inner[0]
        if encode_one is None:
            return None
        return lambda value: None if value is None else encode_one(value)
    if origin is tuple:
        if len(args) == 2 and args[1] is Ellipsis:
            encode_item = _encoder(args[0])
            if encode_item is None:
                return None
            return lambda value: tuple(map(encode_item, value))
        encoders = [_encoder(arg) for arg in args]
        if all(encode is None for encode in encoders):
            return None
        return lambda value: tuple(
            item if encode is None else encode(item) for encode, item in zip(encoders, value, strict=True)
        )
    raise TypeError(f"no row encoding for {hint}")


def _decoder(hint: Any) -> Decode | None:
    """How to decode a value of type ``hint``; ``None`` when it is plain already."""
    if isinstance(hint, type) and dataclasses.is_dataclass(hint):
        kind = hint
        special = [(index, decode) for index, (_name, field_hint) in enumerate(_fields(kind))
                   if (decode := _decoder(field_hint)) is not None]
        if not special:
            return lambda row: kind(*row)

        def decode_record(row: tuple) -> Any:
            values = list(row)
            for index, decode_field in special:
                values[index] = decode_field(values[index])
            return kind(*values)

        return decode_record
    if isinstance(hint, type) and issubclass(hint, Enum):
        return hint._value2member_map_.__getitem__
    if hint in _PLAIN:
        return None
    origin, args = typing.get_origin(hint), typing.get_args(hint)
    if origin in (typing.Union, types.UnionType):
        inner = [_decoder(arg) for arg in args if arg is not type(None)]
        decode_one = inner[0]
        if decode_one is None:
            return None
        return lambda value: None if value is None else decode_one(value)
    if origin is tuple:
        if len(args) == 2 and args[1] is Ellipsis:
            decode_item = _decoder(args[0])
            if decode_item is None:
                return tuple  # marshal keeps tuples; a list read from elsewhere becomes one
            return lambda value: tuple(map(decode_item, value))
        decoders = [_decoder(arg) for arg in args]
        return lambda value: tuple(
            item if decode is None else decode(item) for decode, item in zip(decoders, value, strict=True)
        )
    raise TypeError(f"no row decoding for {hint}")


__all__ = ["decoder", "encoder"]
