# types.GenericAlias: attributes other than its own are the origin's (ga_getattro), __bases__/__copy__
# are blocked, dir() adds the alias's own; calling an alias sets __orig_class__ on the result when it can;
# aliases and unions accept weak references; more builtins are subscriptable; a dataclass may subclass
# GenericAlias.
import array
import collections.abc
import types
import weakref
from dataclasses import dataclass, is_dataclass
from string.templatelib import Interpolation, Template

a = list[int]
print(a.__name__, a.__qualname__, a.__module__, a.__origin__, a.__args__, a.__parameters__)
print(a.__class__, a.__mro_entries__((a,)), a.__reduce__()[0].__name__)
print(a.append is list.append, a.__unpacked__, a.__typing_unpacked_tuple_args__)
for name in ("foo", "__bases__", "__copy__", "__deepcopy__"):
    try:
        getattr(a, name)
    except AttributeError as e:
        print("AttributeError:", e)
try:
    a.__unpacked__ = True
except AttributeError as e:
    print("AttributeError:", e)
own = sorted(set(dir(a)) - set(dir(list)))
print(own, set(dir(list)) <= set(dir(a)))
for name in dir(a):
    getattr(a, name)


class Box:
    def __init__(self, *args):
        self.args = args


class Slotted:
    __slots__ = ("x",)


b = types.GenericAlias(Box, (int,))(1, 2)
print(type(b).__name__, b.args, b.__orig_class__)
print(type(types.GenericAlias(Slotted, (int,))()).__name__)
print(types.GenericAlias(int, (str,))("5"))


class C2(collections.abc.Callable):
    def __call__(self):
        return 1


c = collections.abc.Callable[[int], str]
print(c, c.__args__)

u = int | str
for o in (a, c, u, list[int] | None):
    r = weakref.ref(o)
    print(r() is o, end=" ")
print()

for t in (staticmethod, classmethod, types.MappingProxyType, types.GeneratorType, types.CoroutineType,
          types.AsyncGeneratorType, array.array, Template, Interpolation):
    alias = t[int]
    print(alias, alias.__origin__ is t, alias.__args__)


@dataclass
class A(types.GenericAlias):
    origin: type
    args: type


x = A(list, int)
print(is_dataclass(A), is_dataclass(x), type(x).__name__, x.__origin__, x.__args__)
try:
    x.origin
except AttributeError as e:
    print("AttributeError:", e)
