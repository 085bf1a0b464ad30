# __slots__ = ['__dict__'] gives instances a __dict__ but no __weakref__ (and the reverse); __qualname__
# and __classcell__ may be slots although type.__new__ sees them in the namespace.
class D:
    __slots__ = ["__dict__"]

d = D()
d.foo = 42
print(hasattr(d, "__dict__"), hasattr(d, "__weakref__"), d.__dict__)
print("__weakref__" in D.__dict__, "__dict__" in D.__dict__)

class W:
    __slots__ = ["__weakref__"]

w = W()
print(hasattr(w, "__dict__"), hasattr(w, "__weakref__"), w.__weakref__)

class Both:
    __slots__ = ["__dict__", "__weakref__"]

print(hasattr(Both(), "__dict__"), hasattr(Both(), "__weakref__"))

class Plain:
    pass

print(hasattr(Plain(), "__dict__"), hasattr(Plain(), "__weakref__"))

class Meta(type):
    def __new__(mcls, name, bases, namespace, attr):
        print(name, attr in namespace)
        return super().__new__(mcls, name, bases, namespace)

class Q(metaclass=Meta, attr="__qualname__"):
    __slots__ = ["__qualname__"]

print(Q.__qualname__, type(Q.__dict__["__qualname__"]).__name__)
q = Q()
print(hasattr(q, "__qualname__"))
q.__qualname__ = "inst"
print(q.__qualname__, Q.__qualname__)

class Base:
    def __init__(self):
        self.b = 42

class C(Base, metaclass=Meta, attr="__classcell__"):
    __slots__ = ["__classcell__"]
    def __init__(self):
        super().__init__()

c = C()
print(c.b, type(C.__dict__["__classcell__"]).__name__, hasattr(c, "__classcell__"))
c.__classcell__ = 7
print(c.__classcell__)

try:
    class Bad:
        __classcell__ = 42
        __slots__ = ["__classcell__"]
except TypeError as e:
    print("TypeError", e)

try:
    class Conflict:
        __slots__ = ["x"]
        x = 1
except ValueError as e:
    print("ValueError", e)
