# PEP 695 edges: private names among type parameters of a generic class are mangled as the class's own
# names (other names in its bases are not); `*Ts = *default`; compile-time errors for bounds on
# TypeVarTuple/ParamSpec and for a parameter without default after one with; __type_params__ defaults;
# lazily evaluated bounds and aliases see later changes to the class namespace.
from typing import Generic


def make_base(arg):
    class Base:
        __arg__ = arg
    return Base


class Foo[__T, __U: __T](make_base(__T), make_base(lambda: __T)):
    pass


T, U = Foo.__type_params__
print(T.__name__, U.__name__, U.__bound__ is T)
base1, base2, *_ = Foo.__bases__
print(base1.__arg__ is T, base2.__arg__() is T)


class __Base:
    def __init_subclass__(cls, **kwargs):
        cls.kwargs = kwargs


class Derived[T](__Base, __kwarg=1):
    pass


print(Derived.__bases__ == (__Base, Generic), Derived.kwargs)

default = tuple[int, str]
type Alias[*Ts = *default] = Ts
Ts, = Alias.__type_params__
print(Ts.__default__, Ts.has_default())


def attempt(src):
    try:
        compile(src, "<s>", "exec")
        print(repr(src), "ok")
    except SyntaxError as e:
        print(repr(src), "!!", e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset)


for src in ["def func1[**A: str](): pass", "def func1[*A: str](): pass", "class C[*A: (int, str)]: pass",
            "class C[**A: (int, str)]: pass", "def func[T=int, U](): pass", "class C[T=int, U]: pass",
            "type A[T=int, U] = int", "type A[T=int, *U] = int", "type A[T=int, **U=int, V] = int",
            "def f[T, T](): pass", "type A[*Ts = *default] = Ts"]:
    attempt(src)


def func1(): pass


print(func1.__type_params__, type.__type_params__, object.__type_params__, int.__type_params__)


class X:
    T = int

    def foo[U: T](self): ...
    type Alias = T


X.T = float
print(X.foo.__type_params__[0].__bound__, X.Alias.__value__)


# __type_params__ of classes may be set to anything; of functions only to a tuple
class A[T]:
    pass


A.__type_params__ = "whatever"
print(A.__type_params__)
for attempt in [lambda: setattr(int, "__type_params__", ()), lambda: setattr(func1, "__type_params__", "x"),
                lambda: delattr(func1, "__type_params__"), lambda: delattr(A, "__type_params__")]:
    try:
        attempt()
    except TypeError as e:
        print("TypeError", e)
func1.__type_params__ = (A,)
print(func1.__type_params__, A.__type_params__)
