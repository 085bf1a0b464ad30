# types.GenericAlias / union substitution of type parameters (list[T][int], dict[T, list[S]], *Ts, errors)
from typing import TypeVar, Generic, ParamSpec, TypeVarTuple, Callable, List, Dict
import collections.abc
T = TypeVar("T"); S = TypeVar("S"); P = ParamSpec("P"); Ts = TypeVarTuple("Ts")
print(list[T].__parameters__, dict[T, list[S]].__parameters__, list[T][int], dict[T, list[S]][int, str])
print(tuple[T, *Ts][int, str, bytes], tuple[*Ts][()], (T | None).__parameters__, (T | None)[int], (list[T] | S)[int, str])
print(List[list[T]].__parameters__, Dict[str, list[T]][int])
class A(Generic[T]): pass
class B(A[list[S]]): pass
print(B.__parameters__, B[int], A[list[S]][int])
print(collections.abc.Callable[[T], S][int, str], collections.abc.Callable[P, T][[int], str])
for bad in [lambda: list[int][str], lambda: list[T][int, str], lambda: dict[T, S][int]]:
    try: print(bad())
    except TypeError as e: print(type(e).__name__, e)
def f[X](x: list[X]) -> dict[str, X]: ...
print(f.__annotations__['x'][int], f.__annotations__['return'][bytes])
