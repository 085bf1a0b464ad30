# annotationlib formats over fake globals (a dict subclass answering through __missing__): STRING and
# FORWARDREF annotations of classes and functions, dataclasses, typing.get_type_hints with forward refs
import annotationlib
import dataclasses
import typing

@dataclasses.dataclass
class P:
    x: int
    y: str = "a"
print(P(1), [f.name for f in dataclasses.fields(P)])

class C:
    a: Undefined
    b: list[Undef2]
    c: int | "Later"
print(annotationlib.get_annotations(C, format=annotationlib.Format.STRING))
print(annotationlib.get_annotations(C, format=annotationlib.Format.FORWARDREF))

def f(x: Missing, y: dict[str, int] = None) -> tuple[Missing, ...]:
    pass
print(annotationlib.get_annotations(f, format=annotationlib.Format.STRING))
try:
    f.__annotations__
except NameError as e:
    print(type(e).__name__, e)
Missing = float
print(f.__annotations__)

class Node:
    next: "Node | None"
    value: int
print(typing.get_type_hints(Node))
