import abc
from abc import ABC, ABCMeta, abstractmethod
class Base(ABC):
    @abstractmethod
    def run(self): return "base"
    @staticmethod
    @abstractmethod
    def s(): ...
    @classmethod
    @abstractmethod
    def c(cls): ...
    @property
    @abstractmethod
    def p(self): ...
print(sorted(Base.__abstractmethods__))
class Impl(Base):
    def run(self): return super().run() + "+impl"
    @staticmethod
    def s(): return "s"
    @classmethod
    def c(cls): return cls.__name__
    @property
    def p(self): return 5
i = Impl(); print(i.run(), i.s(), i.c(), i.p, Impl.__abstractmethods__)
def make(name, *methods):
    ns = {m: abstractmethod(lambda self: None) for m in methods}
    return ABCMeta(name, (ABC,), ns)
X = make("X", "a", "b"); print(sorted(X.__abstractmethods__), type(X))
class Late(ABC): pass
Late.m = abstractmethod(lambda self: None)
print(Late.__abstractmethods__, type(Late()).__name__)
abc.update_abstractmethods(Late); print(sorted(Late.__abstractmethods__))
try: Late()
except TypeError as e: print(e)
class Meta(ABCMeta):
    def __instancecheck__(cls, inst): return inst == 42 or super().__instancecheck__(inst)
class Magic(metaclass=Meta): pass
print(isinstance(42, Magic), isinstance(41, Magic), isinstance(Magic(), Magic))
class A(ABC): pass
class B(A): pass
class C: pass
A.register(C)
print(issubclass(C, A), issubclass(C, B), isinstance(C(), A), B.register(int) is int, issubclass(bool, A))
print(abc.get_cache_token() == abc.get_cache_token(), A._abc_impl is not B._abc_impl)
class D(C): pass
print(issubclass(D, A), [cls.__name__ for cls in A.__subclasses__()])
try: A.register(A)
except RuntimeError as e: print("registering itself:", e)
print(A.register(B) is B)
class NotHashable(ABC):
    __hash__ = None
import collections.abc
print(isinstance(NotHashable(), collections.abc.Hashable))
class WithInit(ABC):
    def __init_subclass__(cls, **kw): cls.tag = kw.get("tag", "none")
class Tagged(WithInit, tag="t"): pass
print(Tagged.tag, WithInit.__subclasshook__(int))
print(abc.abstractmethod(lambda: 1).__isabstractmethod__, ABC.__slots__, type(ABC).__name__)
