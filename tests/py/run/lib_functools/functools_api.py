import functools, _functools
from functools import partial, reduce, cmp_to_key, lru_cache, cache, Placeholder, wraps, total_ordering, singledispatch, cached_property

print(reduce(lambda a, b: a * b, range(1, 6)), reduce(lambda a, b: a + b, [], 10), reduce(max, [3, 9, 2]))
print(reduce(lambda a, b: a + b, [1, 2], initial=5))
try: reduce(lambda a, b: a, [])
except TypeError as e: print(e)

def f(a, b, c=3, *, d=4): return (a, b, c, d)
p = partial(f, 1, d=5)
print(p(2), p(2, 9, d=0), p.func is f, p.args, p.keywords, type(p).__name__)
pp = partial(p, 7)
print(pp(), pp.func is f, pp.args, pp.keywords)
print(repr(partial(max, 1, key=abs)))
q = partial(f, Placeholder, 2)
print(q(1), q.args, repr(Placeholder), Placeholder is functools.Placeholder, type(Placeholder)() is Placeholder)
q2 = partial(q, 10)
print(q2(), q2.args)
try: partial(f, 1, Placeholder)
except TypeError as e: print(e)
try: partial(f, a=Placeholder)
except TypeError as e: print(e)
try: q()
except TypeError as e: print(e)
try: partial(3)
except TypeError as e: print(e)
class A:
    m = partial(f, "self?")
r = A().m(2); print(r[0], type(r[1]).__name__, r[2:])
class MyPartial(partial): pass
mp = MyPartial(f, 1); mp.attr = 2
print(mp(2), mp.attr, repr(mp).startswith("__main__.MyPartial(<function f"))
print(partial(f, 1).__reduce__()[1][0] is f, partial[int])

def cmp(a, b): return (a > b) - (a < b)
print(sorted([3, 1, 2], key=cmp_to_key(lambda a, b: cmp(b, a))), cmp_to_key(cmp)(1) < cmp_to_key(cmp)(2))

calls = []
@lru_cache(maxsize=2)
def sq(x):
    calls.append(x); return x * x
print(sq(2), sq(3), sq(2), sq(4), sq(3), calls, sq.cache_info())
sq.cache_clear(); print(sq.cache_info(), sq.__wrapped__.__name__, sq.__name__, sq.cache_parameters())
@lru_cache(maxsize=None)
def fib(n): return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(80), fib.cache_info())
@cache
def twice(x, *, y=1): return x * 2 * y
print(twice(2), twice(2), twice(2, y=3), twice.cache_info())
@lru_cache(typed=True)
def t(x): return type(x).__name__
print(t(1), t(1.0), t.cache_info().currsize)
@lru_cache(0)
def z(x): return x
print(z(1), z(1), z.cache_info())
class C:
    @lru_cache
    def meth(self, x): return x + 1
print(C().meth(1), type(C.__dict__["meth"]).__name__)

@total_ordering
class V:
    def __init__(self, v): self.v = v
    def __eq__(self, o): return self.v == o.v
    def __lt__(self, o): return self.v < o.v
print(V(1) <= V(2), V(3) >= V(2), V(1) > V(2))
@singledispatch
def show(x): return "obj"
@show.register(int)
def _(x): return "int"
print(show(1), show("s"), show(True))
class P:
    @cached_property
    def val(self):
        print("computing"); return 42
o = P(); print(o.val, o.val)
def deco(fn):
    @wraps(fn)
    def inner(*a): return fn(*a)
    return inner
@deco
def named(): "doc"
print(named.__name__, named.__doc__, named.__wrapped__.__name__)
