# Substituting type parameters of types.GenericAlias with unpacked tuples (PEP 646): *tuple[int, str]
# among the arguments is spread, *tuple[X, ...] stays starred, a starred alias keeps its star, and
# TypeVarTuples take the rest.
from typing import Generic, Tuple, TypeVar, TypeVarTuple, Unpack

T = TypeVar("T")
T1 = TypeVar("T1")
T2 = TypeVar("T2")
Ts = TypeVarTuple("Ts")


class C(Generic[*Ts]):
    pass


def show(label, f):
    try:
        print(label, f())
    except Exception as e:
        print(label, type(e).__name__, e)


show("list[T][*tuple[int]]", lambda: list[T][*tuple[int]])
show("list[T][*Tuple[int]]", lambda: list[T][*Tuple[int]])
show("dict[T1,T2][*tuple[int,str]]", lambda: dict[T1, T2][*tuple[int, str]])
show("dict[T1,T2][int,*tuple[str]]", lambda: dict[T1, T2][int, *tuple[str]])
show("dict[T1,T2][*tuple[int],*tuple[str]]", lambda: dict[T1, T2][*tuple[int], *tuple[str]])
show("dict[T1,T2][*tuple[()],*tuple[int,str]]", lambda: dict[T1, T2][*tuple[()], *tuple[int, str]])
show("dict[T1,T2][*Tuple[int],*Tuple[str]]", lambda: dict[T1, T2][*Tuple[int], *Tuple[str]])
show("tuple[*Ts][*tuple[int]]", lambda: tuple[*Ts][*tuple[int]])
show("tuple[*Ts][*tuple[int,str]]", lambda: tuple[*Ts][*tuple[int, str]])
show("tuple[*Ts][*Tuple[int]]", lambda: tuple[*Ts][*Tuple[int]])
show("tuple[*Ts][*tuple[*Ts]]", lambda: tuple[*Ts][*tuple[*Ts]])
show("tuple[T1,*tuple[T2,...]][int,str]", lambda: tuple[T1, *tuple[T2, ...]][int, str])
show("Tuple[T1,*tuple[T2,...]][int,str]", lambda: Tuple[T1, *tuple[T2, ...]][int, str])
show("C[T1,*tuple[T2,...]][int,str]", lambda: C[T1, *tuple[T2, ...]][int, str].__args__)
show("tuple[*tuple[T1,...],T2][int,str]", lambda: tuple[*tuple[T1, ...], T2][int, str])
show("tuple[T1,*tuple[tuple[*Ts],...]][int,str,bool]", lambda: tuple[T1, *tuple[tuple[*Ts], ...]][int, str, bool])
show("tuple[*tuple[tuple[*Ts],...],T1][int,str,bool]", lambda: tuple[*tuple[tuple[*Ts], ...], T1][int, str, bool])
show("list[T][*tuple[int,...]]", lambda: list[T][*tuple[int, ...]])
show("tuple[T,*Ts][int]", lambda: tuple[T, *Ts][int])
show("tuple[T,*Ts][int,str,bytes]", lambda: tuple[T, *Ts][int, str, bytes])
show("tuple[T,Unpack[Ts]][int,str]", lambda: tuple[T, Unpack[Ts]][int, str])
show("dict[T1,T2][int]", lambda: dict[T1, T2][int])
show("list[int][int]", lambda: list[int][int])
starred = next(iter(tuple[T]))
show("starred", lambda: (starred, starred[int], starred[int].__unpacked__))
show("dict[T,list[T2]][str,int]", lambda: dict[T, list[T2]][str, int])
show("list[[T]][str]", lambda: list[[T]][str])
show("type", lambda: type(list[T][int]).__name__)
