# dataclasses (fields, defaults, ordering, frozen, slots, asdict/replace, post_init, KW_ONLY) and enum
# (Enum, IntEnum, Flag, StrEnum, auto, unique, members, functional API, aliases).
import dataclasses
import enum
from dataclasses import dataclass, field, KW_ONLY


@dataclass(order=True)
class Point:
    x: int
    y: int = 0
    tags: list = field(default_factory=list, compare=False)


@dataclass(frozen=True, slots=True)
class Frozen:
    name: str
    size: float = 1.5


@dataclass
class WithPost:
    a: int
    b: int = field(init=False)
    _: KW_ONLY
    scale: int = 2

    def __post_init__(self):
        self.b = self.a * self.scale


p = Point(1, 2)
print(p, p == Point(1, 2, ["t"]), p < Point(1, 3), sorted([Point(3), Point(1, 5), Point(1, 2)]))
print(dataclasses.asdict(p), dataclasses.astuple(p), [f.name for f in dataclasses.fields(p)])
print(dataclasses.replace(p, y=9), dataclasses.is_dataclass(p), hash(Frozen("a")) == hash(Frozen("a")))
f = Frozen("box")
try:
    f.name = "x"
except dataclasses.FrozenInstanceError as e:
    print("FrozenInstanceError", e)
print(f, Frozen.__slots__, hasattr(f, "__dict__"))
print(WithPost(3), WithPost(3, scale=5))
try:
    Point()
except TypeError as e:
    print("TypeError", e)
Dyn = dataclasses.make_dataclass("Dyn", [("q", int), ("r", str, field(default="r"))])
print(Dyn(1), Dyn.__dataclass_fields__["r"].default)


class Color(enum.Enum):
    RED = 1
    GREEN = 2
    BLUE = 3
    CRIMSON = 1


class Perm(enum.IntFlag):
    R = 4
    W = 2
    X = 1


class Shape(enum.StrEnum):
    CIRCLE = enum.auto()
    SQUARE = enum.auto()


print(Color.CRIMSON is Color.RED, list(Color), Color(2), Color["BLUE"], len(Color.__members__))
print(repr(Perm.R | Perm.X), Perm(6), Perm.R in Perm(5), ~Perm.R, list(Perm(7)))
print(Shape.CIRCLE, repr(Shape.SQUARE), Shape("square"), Shape.CIRCLE.upper())
try:
    @enum.unique
    class Dup(enum.Enum):
        A = 1
        B = 1
except ValueError as e:
    print("ValueError", e)
Animal = enum.Enum("Animal", "CAT DOG")
print(Animal.DOG.value, Animal(1), [m.name for m in Animal])
print(Color.RED.name, Color.RED.value, isinstance(Color.RED, Color), Color.GREEN > Color.RED if False else "no order")
