# type.__flags__: the tp_flags bits Python code reads (inspect.isabstract uses IS_ABSTRACT), for builtin
# types, heap classes, slots classes, subclasses of builtins, ABCs and metaclasses.
import abc
import collections.abc
import inspect


class A(abc.ABC):
    @abc.abstractmethod
    def f(self):
        pass


class Concrete(A):
    def f(self):
        return 1


class P:
    pass


class S:
    __slots__ = ()


class SW:
    __slots__ = ("__weakref__",)


class E(Exception):
    pass


class L(list):
    pass


class I(int):
    pass


class M(type):
    pass


print(inspect.isabstract(A), inspect.isabstract(Concrete), inspect.isabstract(int), inspect.isabstract(A.f))
BITS = {
    "INLINE_VALUES": 1 << 2,
    "MANAGED_WEAKREF": 1 << 3,
    "MANAGED_DICT": 1 << 4,
    "SEQUENCE": 1 << 5,
    "MAPPING": 1 << 6,
    "IMMUTABLETYPE": 1 << 8,
    "HEAPTYPE": 1 << 9,
    "BASETYPE": 1 << 10,
    "READY": 1 << 12,
    "IS_ABSTRACT": 1 << 20,
    "MATCH_SELF": 1 << 22,
    "LONG_SUBCLASS": 1 << 24,
    "LIST_SUBCLASS": 1 << 25,
    "TUPLE_SUBCLASS": 1 << 26,
    "BYTES_SUBCLASS": 1 << 27,
    "UNICODE_SUBCLASS": 1 << 28,
    "DICT_SUBCLASS": 1 << 29,
    "BASE_EXC_SUBCLASS": 1 << 30,
    "TYPE_SUBCLASS": 1 << 31,
}
types = [int, bool, float, str, bytes, list, tuple, dict, set, type, object, BaseException, ValueError, A, Concrete,
         P, S, SW, E, L, I, M, collections.abc.Sequence, collections.abc.Mapping, range, type(None), abc.ABC]
for t in types:
    flags = t.__flags__
    print(t.__name__, type(flags).__name__, [name for name, bit in BITS.items() if flags & bit])
