from functools import partial, partialmethod, Placeholder as _, reduce, update_wrapper
import functools
def f(*args, **kw): return args, kw
p1 = partial(f, _, "b", _, k=1)
print(p1("a", "c"), p1("a", "c", "d", k=2, z=3))
p2 = partial(p1, "A"); print(p2.args, p2("C"), type(p2.func).__name__)
p3 = partial(p2, "C"); print(p3.args, p3(), repr(p3)[:30])
try: p1("only")
except TypeError as e: print(e)
class Cell:
    def __init__(self): self._alive = False
    def set_state(self, state): self._alive = bool(state)
    set_alive = partialmethod(set_state, True)
    set_dead = partialmethod(set_state, False)
c = Cell(); c.set_alive(); print(c._alive); c.set_dead(); print(c._alive)
print(repr(Cell.__dict__["set_alive"]).startswith("functools.partialmethod("))
p = partial(int, base=2); print(p("101"), p("11", base=3), p.keywords)
p.keywords["base"] = 8; print(p("17"))
q = partial(max, key=len); print(q(["a", "bbb", "cc"]), q("x", "yy", key=str.upper))
nested = partial(partial(partial(f, 1), 2), 3, x=1); print(nested.args, nested.keywords, nested.func is f)
class Sub(partial):
    pass
s = Sub(f, 1); print(type(partial(s, 2).func).__name__, partial(s, 2).args)
print(partial(f).args, partial(f, k=None)(), callable(partial(len)))
st = partial(f, 1, a=2).__reduce__(); print(st[0].__name__, st[2][1:3])
np = partial(len); np.__setstate__((f, (1, 2), {"x": 3}, {"attr": 4})); print(np(), np.attr, np.args)
for bad in [(f, [1], None, None), (f, (1,), [], None), (1, (), None, None), (f, ()), "x"]:
    try: partial(len).__setstate__(bad)
    except TypeError as e: print(e)
print(reduce(lambda a, b: a + [b], "abc", []), reduce(pow, [2, 3, 2]))
w = update_wrapper(partial(f, 1), f); print(w.__name__, w.__wrapped__ is f)
print(functools.Placeholder, type(functools.Placeholder).__name__, functools.Placeholder.__reduce__())
try: type(_)(1)
except TypeError as e: print(e)
