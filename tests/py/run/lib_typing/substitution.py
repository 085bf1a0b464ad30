# Substitution of type parameters: TypeVar/ParamSpec/TypeVarTuple __typing_subst__ and
# __typing_prepare_subst__ through typing's generic aliases, defaults (PEP 696), user generics
import typing
from typing import Callable, Generic, TypeVar, ParamSpec, TypeVarTuple, Unpack, Concatenate

T = TypeVar("T")
S = TypeVar("S", default=str)
P = ParamSpec("P")
Ts = TypeVarTuple("Ts")

print(typing.List[T][int], typing.Dict[T, S][int, bytes])
print(Callable[P, T][[int, str], bool], Callable[P, T][..., None], Callable[Concatenate[int, P], T][[str], int])
print(list(Ts), Ts.__typing_subst__ if False else "", [repr(x) for x in Ts])

class Pair(Generic[T, S]):
    def __init__(self, a: T, b: S):
        self.a, self.b = a, b
print(Pair[int], Pair[int, float], Pair.__parameters__, Pair[int]().a if False else "")
p = Pair[int, str](1, "x")
print(p.__orig_class__, p.a, p.b)

class Fn(Generic[P, T]):
    pass
print(Fn[[int], str], Fn[..., int], Fn[P, T][[bytes], int])

class Vary[*Xs]:
    pass
print(Vary[int, str], Vary[()], Vary.__parameters__)

def check(f):
    try:
        return f()
    except TypeError as e:
        return f"{type(e).__name__}: {e}"
print(check(lambda: typing.List[T][int, str]))
print(check(lambda: Pair[int, str, bytes]))
print(check(lambda: T.__typing_subst__(3)))
print(check(lambda: Ts.__typing_subst__(int)))
print(check(lambda: Generic[T, T]))
print(check(lambda: Generic[int]))
print(T.__typing_subst__(int), P.__typing_subst__([int]), P.__typing_subst__(...))
