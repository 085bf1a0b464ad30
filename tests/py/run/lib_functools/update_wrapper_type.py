# functools.update_wrapper copies attributes by identity, and from a builtin type too (which has no
# __annotations__/__annotate__); copy.copy of a partial shares its args and keywords.
import copy
import functools


def wrapper(*args):
    pass


functools.update_wrapper(wrapper, type)
print(wrapper.__name__, wrapper.__qualname__, wrapper.__annotations__, wrapper.__type_params__)
print(wrapper.__wrapped__ is type)

for t in (type, int, object):
    for name in ("__annotations__", "__annotate__"):
        try:
            getattr(t, name)
        except AttributeError as e:
            print("AttributeError:", e)
    print(t.__type_params__)


class C:
    x: int


print(C.__annotations__, C.__annotate__.__name__)


def f[T](a: "a new annotation"):
    """doc"""


f.attr = "also"


def g(b: "prior"):
    pass


functools.update_wrapper(g, f)
print(g.__qualname__ is f.__qualname__, g.__name__ is f.__name__, f.__name__ is f.__name__)
print(g.__annotations__, g.__type_params__ == f.__type_params__, g.attr, g.__doc__)


class S(str):
    pass


f.__name__ = S("renamed")
print(type(f.__name__).__name__, f.__name__, f.__qualname__)


def sig(*args, **kw):
    return args, kw


p = functools.partial(sig, ["asdf"], bar=[True])
p.attr = []
q = copy.copy(p)
print(q.args is p.args, q.keywords is p.keywords, q.attr is p.attr, q())
d = copy.deepcopy(p)
print(d.args is p.args, d.keywords is p.keywords, d.attr is p.attr, d())


class KW(dict):
    pass


r = functools.partial(sig)
r.__setstate__((sig, (), KW(a=1), None))
print(type(r.keywords).__name__, r.keywords)
kw = {"b": 2}
r.__setstate__((sig, (), kw, None))
print(r.keywords is kw)
