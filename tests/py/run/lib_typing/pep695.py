# PEP 695 syntax: type parameters of functions, classes and aliases, lazy bounds/defaults, scoping
from typing import Generic, get_args

def first[T](xs: list[T]) -> T:
    return xs[0]
print(first([3, 4]), first.__type_params__, first.__annotations__ if False else "")
(T,) = first.__type_params__
print(T.__name__, T.__infer_variance__, T.__module__)

class Stack[T]:
    def __init__(self):
        self.items: list[T] = []
    def push(self, x: T) -> None:
        self.items.append(x)
print(Stack.__type_params__, Stack.__parameters__, Stack.__orig_bases__ if hasattr(Stack, "__orig_bases__") else None)
print(Stack[int], issubclass(Stack, Generic), Stack.__mro__)
s = Stack[int]()
s.push(1)
print(s.items)

def lazy[T: Undefined]():
    pass
(L,) = lazy.__type_params__
try:
    L.__bound__
except NameError as e:
    print(type(e).__name__, e)
Undefined = int
print(L.__bound__, L.evaluate_bound(1) if L.evaluate_bound else None)

class Multi[K: (int, str), *Vs, **P]:
    pass
K, Vs, P = Multi.__type_params__
print(K.__constraints__, repr(Vs), repr(P), K.has_default())
def with_default[D = bytes, E: int = bool](): pass
D, E = with_default.__type_params__
print(D.__default__, D.has_default(), E.__bound__, E.__default__, E.evaluate_default(1))

type IntList = list[int]
type Recursive = list[Recursive] | int
type Mapping[K, V = str] = dict[K, V]
print(IntList, IntList.__value__, Recursive.__value__, Mapping.__type_params__, Mapping[int], get_args(Mapping[int, str]))
print(type(IntList).__name__, IntList.__module__, Mapping.__parameters__)

def outer():
    class Inner[X]:
        def m[Y](self, y: Y) -> X: ...
    return Inner
Inner = outer()
print(Inner.__type_params__, Inner.m.__type_params__, Inner.__qualname__)
def gen[*Ts](*args: *Ts): return args
print(gen(1, 2), gen.__type_params__)
