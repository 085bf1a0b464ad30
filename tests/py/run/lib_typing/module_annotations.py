# Module __annotations__/__annotate__ (PEP 649: computed from __annotate__ once, {} without annotations),
# typing.get_type_hints on modules, TypeVar & co. taking name=, a __typing_subst__ that must return a
# tuple for *Ts, and duplicate bases in a NamedTuple / __bases__ assignment.
import annotationlib
import typing
from typing import NamedTuple, ParamSpec, TypeVar, TypeVarTuple

import _ann_mod_none
import _ann_mod_some

print(_ann_mod_none.__annotations__, _ann_mod_none.__annotate__)
print(typing.get_type_hints(_ann_mod_none), annotationlib.get_annotations(_ann_mod_none))
print(annotationlib.get_annotations(_ann_mod_some, format=annotationlib.Format.FORWARDREF))
print(annotationlib.get_annotations(_ann_mod_some, format=annotationlib.Format.STRING))
print(_ann_mod_some.__annotate__.__name__, "__annotations__" in _ann_mod_some.__dict__)
try:
    _ann_mod_some.__annotations__
except NameError as e:
    print("NameError:", e)
_ann_mod_some.__annotations__ = {"z": float}
print(_ann_mod_some.__annotations__, typing.get_type_hints(_ann_mod_some))
del _ann_mod_some.__annotations__
try:
    del _ann_mod_some.__annotations__
except AttributeError as e:
    print("AttributeError:", e)
for value in (3, None):
    try:
        _ann_mod_none.__annotate__ = value
        print("set", value)
    except TypeError as e:
        print("TypeError:", e)
try:
    del _ann_mod_none.__annotate__
except TypeError as e:
    print("TypeError:", e)
_ann_mod_none.__annotations__ = {"a": int}
_ann_mod_none.__annotate__ = lambda format: {"b": str}
print(_ann_mod_none.__annotations__)

print(TypeVar(name="T"), ParamSpec(name="P"), TypeVarTuple(name="Ts"), TypeVar("X", int, str).__constraints__)
for make in (lambda: TypeVar(), lambda: TypeVar("T", name="T"), lambda: ParamSpec(), lambda: TypeVarTuple()):
    try:
        make()
    except TypeError as e:
        print("TypeError:", e)


class EvilTypeVar:
    __typing_is_unpacked_typevartuple__ = True

    def __typing_prepare_subst__(*_):
        return None

    def __typing_subst__(*_):
        return 42


type type_alias[*_] = 0
try:
    type_alias[EvilTypeVar()][0]
except TypeError as e:
    print("TypeError:", e)

for bases in ("NamedTuple, NamedTuple", "NamedTuple, tuple"):
    try:
        exec(f"class Z({bases}):\n    x: int", {"NamedTuple": NamedTuple})
    except TypeError as e:
        print("TypeError:", e)


class A(tuple):
    pass


try:
    A.__bases__ = (tuple, tuple)
except TypeError as e:
    print("TypeError:", e)
print(A.__bases__)
