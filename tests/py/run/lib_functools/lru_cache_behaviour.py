from functools import lru_cache, cache, wraps
calls = []
@lru_cache(maxsize=3)
def f(*args, **kw):
    calls.append((args, tuple(sorted(kw.items()))))
    return len(calls)
print(f(1), f(1), f(1.0), f(True), f.cache_info())
print(f(a=1, b=2), f(b=2, a=1), f(a=1, b=2), f.cache_info().currsize)
f(9); f(8); f(7); print(f.cache_info(), f(1) == 1)
@lru_cache(maxsize=None, typed=True)
def g(x): return type(x).__name__
print(g(1), g(1.0), g(True), g("1"), g.cache_info())
@lru_cache
def fact(n): return 1 if n <= 1 else n * fact(n - 1)
print(fact(30), fact.cache_info(), fact.cache_parameters())
try: f([1])
except TypeError as e: print(e)
class K:
    def __init__(self): self.n = 0
    @lru_cache(maxsize=8)
    def m(self, x):
        self.n += 1; return x * 10
k = K(); print(k.m(1), k.m(1), k.n, K.m.cache_info().hits)
@cache
def fib(n): return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(200) % 1000000007, fib.cache_info().currsize)
print(f.__wrapped__ is not None, f.__name__, f.__qualname__, f.__module__, f.__doc__)
import copy
print(copy.copy(f) is f, copy.deepcopy(f) is f, callable(f), type(f).__name__)
order = []
@lru_cache(maxsize=2)
def h(x): order.append(x); return x
h(1); h(2); h(1); h(3); h(2); h(1)
print(order, h.cache_info())
h.cache_clear(); print(h.cache_info())
@lru_cache(maxsize=-5)
def neg(x): return x
neg(1); neg(1); print(neg.cache_info())
try: lru_cache(maxsize="big")
except TypeError as e: print(e)
def deco(fn):
    @wraps(fn)
    @lru_cache
    def inner(x): return fn(x)
    return inner
@deco
def sq(x): "square"; return x * x
print(sq(4), sq.__name__, sq.__doc__, sq.cache_info())
