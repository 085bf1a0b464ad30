# Class patterns call the metaclass's __instancecheck__ (typing protocols), check __match_args__
# duplicates, and a non runtime-checkable protocol raises TypeError.
from typing import Protocol, runtime_checkable


@runtime_checkable
class P(Protocol):
    __match_args__ = ("x", "y")
    x: int
    y: int


class A:
    def __init__(self, x, y):
        self.x = x
        self.y = y


class B(A):
    pass


for cls in (A, B):
    match cls(1, 2):
        case P(a, b) as p:
            print(cls.__name__, type(p).__name__, a, b)
    match cls(3, 4):
        case P(y=b):
            print("kw", b)


class Meta(type):
    def __instancecheck__(cls, obj):
        print("instancecheck", type(obj).__name__)
        return isinstance(obj, int)


class Ints(metaclass=Meta):
    pass


match 5:
    case Ints():
        print("int matched")
match "s":
    case Ints():
        print("wrong")
    case str():
        print("str")


class Regular(Protocol):
    x: int


try:
    match A(1, 2):
        case Regular():
            print("wrong")
except TypeError as e:
    print("TypeError:", e)


class Twice:
    __match_args__ = ("a", "a")
    a = None


for pat in ("Twice(y, z)", "Twice(y, a=z)"):
    w = y = z = None
    try:
        exec(f"match Twice():\n case {pat}:\n  w = 0", globals())
    except TypeError as e:
        print("TypeError:", e, w, y, z)
