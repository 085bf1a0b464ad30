# the typing module over _typing: Protocol/runtime_checkable, NewType, get_origin/get_args/get_type_hints,
# overload registry, special forms' reprs, user generics
import typing
from typing import (Protocol, TypedDict, NamedTuple, Literal, Final, ClassVar, Annotated, Any, Self, Never,
                    get_type_hints, get_origin, get_args, overload, cast, runtime_checkable, NewType, Concatenate,
                    Unpack, Required, NotRequired, TypeGuard, TypeIs, LiteralString, Optional, Union, Callable)
class P(Protocol):
    def meth(self) -> int: ...
@runtime_checkable
class Closable(Protocol):
    def close(self) -> None: ...
class F:
    def close(self): pass
print(isinstance(F(), Closable), isinstance(1, Closable))
UserId = NewType("UserId", int)
print(UserId(5), UserId, UserId.__supertype__)
print(get_origin(list[int]), get_args(dict[str, int]), get_origin(Annotated[int, "m"]), get_args(Literal[1, 2]))
def f(a: int, b: "str" = "x") -> Optional[int]: ...
print(get_type_hints(f))
@overload
def g(x: int) -> int: ...
@overload
def g(x: str) -> str: ...
def g(x): return x
print(g(3), typing.get_overloads(g) != [])
print(Callable[..., int], Callable[Concatenate[int, ...], str] if False else "", Union[int, None] == Optional[int])
print(repr(Any), repr(Self), repr(Never), Literal["a"], Final[int], ClassVar[int], TypeGuard[int], TypeIs[str])
T = typing.TypeVar("T")
class G(typing.Generic[T]):
    pass
class H(G[int]): pass
print(H.__orig_bases__, G[str].__origin__, typing.get_args(G[str]))
print(cast(int, "x"), typing.assert_type(1, int), typing.reveal_type(2) if False else "")
