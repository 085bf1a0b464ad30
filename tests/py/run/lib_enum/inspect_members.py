# inspect.classify_class_attrs / getmembers on an Enum: a class's __name__ and __qualname__ are the same
# str object on every read (inspect finds the defining class by identity), and mappingproxy objects
# compare through their mappings (reflected comparisons included).
import enum
import inspect
from types import MappingProxyType


class Color(enum.Enum):
    CYAN = 1
    MAGENTA = 2
    YELLOW = 3


print(Color.__name__ is Color.__name__, Color.__qualname__ is Color.__qualname__, int.__name__ is int.__name__)
for a in sorted(inspect.classify_class_attrs(Color), key=lambda a: a.name):
    obj = a.object if a.name not in ("__doc__", "__init_subclass__", "__contains__", "__getitem__",
                                     "__iter__", "__len__") else "..."
    if hasattr(obj, "fget"):
        obj = type(obj).__name__
    print(a.name, a.kind, a.defining_class.__name__, obj if not callable(obj) or isinstance(obj, type) else "...")
members = dict(inspect.getmembers(Color))
print(sorted(members))
print(members["__members__"] == Color.__members__, members["__name__"], members["__qualname__"])


class C:
    pass


C.__name__ = "D"
print(C.__name__, C.__qualname__, C.__name__ is C.__name__)
C.__qualname__ = "E.F"
print(C.__qualname__, C.__qualname__ is C.__qualname__)

a = MappingProxyType({"x": 1})
b = MappingProxyType({"x": 1})
print(a == b, a == {"x": 1}, {"x": 1} == a, a != b, a == MappingProxyType({"x": 2}), a != {"x": 1})
try:
    a < b
except TypeError as e:
    print("TypeError:", e)
print(MappingProxyType({1: 2}).keys() == {1: 2}.keys(), MappingProxyType({}) == [])
