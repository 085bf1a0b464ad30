# _typing through the typing module: TypeVar/ParamSpec/TypeVarTuple, Generic, PEP 695 syntax, aliases
import typing
from typing import TypeVar, Generic, ParamSpec, TypeVarTuple, Callable
T = TypeVar("T")
U = TypeVar("U", bound=int, covariant=True)
V = TypeVar("V", int, str, contravariant=True)
P = ParamSpec("P")
Ts = TypeVarTuple("Ts")
print(T, U, V, P, Ts, T.__name__, U.__bound__, V.__constraints__, T.__module__)
print(P.args, P.kwargs, P.args.__origin__ is P, T.has_default(), T.__default__)
class Box(Generic[T]):
    def __init__(self, v: T): self.v = v
print(Box[int], Box.__parameters__, Box(3).v)
print(typing.List[int], typing.Optional[int], typing.Union[int, str], T | None)
def f[X](x: X) -> X: return x
print(f.__type_params__, f(5))
class C[K, *Vs, **Q]:
    pass
print(C.__type_params__, C.__parameters__, C.__mro__)
type Alias = list[int]
print(Alias, Alias.__value__, type(Alias).__name__)
type Pair[A] = tuple[A, A]
print(Pair[int], Pair.__type_params__, Pair.__parameters__)
def g[B: (int, str), D: float = 1.0](): pass
b, d = g.__type_params__
print(b.__constraints__, d.__bound__, d.__default__, d.has_default(), b.__infer_variance__)
print(Callable[P, T], Callable[[int], str])
