# _typing objects: constructors' checks, reprs, attributes, substitution, pickling by name
import _typing
import typing
from typing import TypeVar, ParamSpec, TypeVarTuple, TypeAliasType, NoDefault

T = TypeVar("T")
print(repr(T), T.__name__, T.__bound__, T.__constraints__, T.__covariant__, T.__contravariant__,
      T.__infer_variance__, T.__default__ is NoDefault, T.has_default(), T.__module__)
I = TypeVar("I", infer_variance=True)
D = TypeVar("D", default=int)
DN = TypeVar("DN", default=None)
print(repr(I), D.__default__, D.has_default(), DN.__default__)
for make in [lambda: TypeVar("X", covariant=True, contravariant=True),
             lambda: TypeVar("X", covariant=True, infer_variance=True),
             lambda: TypeVar("X", int),
             lambda: TypeVar("X", int, str, bound=int),
             lambda: TypeVar(1),
             lambda: TypeVar("X", bad=1),
             lambda: TypeVarTuple("Ts", bound=int),
             lambda: type("Sub", (TypeVar,), {}),
             lambda: NoDefault.__class__(1)]:
    try:
        print(make())
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
try:
    class Bad(T):
        pass
except TypeError as e:
    print(type(e).__name__, e)
P = ParamSpec("P", bound=int)
print(repr(P), P.__bound__, repr(P.args), repr(P.kwargs), P.args == P.args, P.args == P.kwargs, P.args.__origin__ is P)
Ts = TypeVarTuple("Ts", default=int)
print(repr(Ts), Ts.__default__, list(Ts), Ts.has_default())
print(T.__reduce__(), P.__reduce__(), Ts.__reduce__(), NoDefault.__reduce__(), repr(NoDefault))
print(T | int, int | T, T | None, type(T | int).__name__)
print(typing.Union[int, str, int], typing.Union[int], typing.Optional[T])
A = TypeAliasType("A", list[T], type_params=(T,))
print(repr(A), A.__name__, A.__value__, A.__type_params__, A.__parameters__, A.__module__, A[int])
B = TypeAliasType("B", int)
try:
    B[int]
except TypeError as e:
    print(type(e).__name__, e)
for bad in [lambda: TypeAliasType("C", int, type_params=[T]), lambda: TypeAliasType("C", int, type_params=(int,)),
            lambda: TypeAliasType("C", int, type_params=(D, T))]:
    try:
        bad()
    except TypeError as e:
        print(type(e).__name__, e)
print(_typing._idfunc(42), _typing.Generic is typing.Generic, _typing.Union is typing.Union)
print(typing.List[T][int], typing.Dict[T, D][str, bytes], typing.Callable[P, T][[int], str])
try:
    typing.Dict[T, D][str]
except TypeError as e:
    print(type(e).__name__, e)
