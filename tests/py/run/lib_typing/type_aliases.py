# `type` statements: lazy values (NameError only on access), recursion, scopes, generics, reduce
from typing import TypeAliasType, get_args

type Later = Missing
print(Later.__name__, Later.__module__, Later.__type_params__)
try:
    Later.__value__
except NameError as e:
    print(type(e).__name__, e)
Missing = int
print(Later.__value__)

type Tree = list[Tree] | int
print(Tree.__value__, get_args(Tree.__value__))

class Holder:
    type Inner = dict[str, int]
    def method(self):
        type Local[X] = tuple[X, X]
        return Local
print(Holder.Inner, Holder.Inner.__value__, Holder().method(), Holder().method()[int])

type Pair[A, B = int] = tuple[A, B]
print(Pair.__parameters__, Pair[str], Pair[str, bytes], Pair.__value__)
print(Pair.__reduce__(), repr(Pair), type(Pair) is TypeAliasType, Pair | None)
print(Pair.evaluate_value(1))
try:
    class Sub(Pair):
        pass
except TypeError as e:
    print(type(e).__name__, e)
print(isinstance(Pair, TypeAliasType), callable(Pair))
