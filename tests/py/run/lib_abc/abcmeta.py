import abc, _abc
from abc import ABC, ABCMeta, abstractmethod
import collections.abc as cabc

class Shape(ABC):
    @abstractmethod
    def area(self): ...
    @abstractmethod
    def name(self): ...
    @classmethod
    @abstractmethod
    def make(cls): ...

print(sorted(Shape.__abstractmethods__), type(Shape).__name__, type(Shape._abc_impl).__name__)
try:
    Shape()
except TypeError as e:
    print(type(e).__name__, e)

class Square(Shape):
    def area(self): return 4
    def name(self): return "sq"
try:
    Square()
except TypeError as e:
    print(e)

class Good(Square):
    @classmethod
    def make(cls): return cls()
print(Good.make().area(), Good.__abstractmethods__, isinstance(Good(), Shape))

class Duck:
    def __len__(self): return 0
print(issubclass(Duck, cabc.Sized), isinstance(Duck(), cabc.Sized), issubclass(Duck, cabc.Iterable))

class MyABC(ABC): pass
class Plain: pass
print(issubclass(Plain, MyABC), MyABC.register(Plain) is Plain, issubclass(Plain, MyABC), isinstance(Plain(), MyABC))
class SubPlain(Plain): pass
print(issubclass(SubPlain, MyABC))
tok = abc.get_cache_token()
MyABC.register(int)
print(abc.get_cache_token() > tok, isinstance(3, MyABC), issubclass(bool, MyABC))
try:
    MyABC.register(3)
except TypeError as e:
    print(e)
try:
    Plain.register
except AttributeError:
    print("no register on plain")
class Child(MyABC): pass
try:
    Child.register(MyABC)
except RuntimeError as e:
    print(e)
try:
    issubclass(3, MyABC)
except TypeError as e:
    print(e)

class Hooked(ABC):
    @classmethod
    def __subclasshook__(cls, C):
        if hasattr(C, "quack"):
            return True
        return NotImplemented
class Q:
    def quack(self): pass
print(issubclass(Q, Hooked), issubclass(int, Hooked), isinstance(Q(), Hooked))

print(isinstance([], cabc.Sequence), isinstance({}, cabc.Mapping), isinstance("", cabc.Sequence))
print(isinstance((x for x in []), cabc.Generator), isinstance(iter([]), cabc.Iterator), issubclass(dict, cabc.MutableMapping))
print(isinstance(set(), cabc.Set), isinstance(frozenset(), cabc.MutableSet), issubclass(list, cabc.Reversible))

class Seq(cabc.Sequence):
    def __init__(self, n): self.n = n
    def __len__(self): return self.n
    def __getitem__(self, i):
        if i >= self.n: raise IndexError(i)
        return i * i
s = Seq(4)
print(list(s), 9 in s, s.index(4), s.count(1), list(reversed(s)))
match s:
    case [a, b, *rest]:
        print("matched seq", a, b, rest)

class M(cabc.Mapping):
    def __getitem__(self, k): return {"a": 1}[k]
    def __iter__(self): return iter(["a"])
    def __len__(self): return 1
match M():
    case {"a": v}:
        print("matched map", v)
print(dict(M()), M().get("b", 0), "a" in M(), M() == {"a": 1})

class Prop(ABC):
    @property
    @abstractmethod
    def p(self): ...
print(sorted(Prop.__abstractmethods__), abc.ABC.__module__, ABCMeta.__module__)
Prop.__abstractmethods__ = frozenset()
print(type(Prop()).__name__)
MyABC._abc_registry_clear()
MyABC._abc_caches_clear()
print(issubclass(Plain, MyABC))
registry, cache, neg, ver = _abc._get_dump(Hooked)
print(type(registry).__name__, sorted(r().__name__ for r in cache))
