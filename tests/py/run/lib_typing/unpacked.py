# PEP 646 star syntax: `tuple[*Ts]`, `*args: *Ts`, subscripts with a starred element (a one-tuple slice)
import ast
from typing import TypeVarTuple, Generic, Unpack

Ts = TypeVarTuple("Ts")
print(tuple[*Ts], tuple[int, *Ts], tuple[*Ts] == tuple[Unpack[Ts]])
def f(*args: *Ts): pass
print(f.__annotations__)
class Array(Generic[*Ts]):
    pass
print(Array[int, str], Array.__parameters__)
print(ast.dump(ast.parse("a[*b]")), ast.dump(ast.parse("a[*b, c]")))
d = {(1, 2): "pair", (3,): "one"}
t = (1, 2)
print(d[*t], d[*(3,)])
