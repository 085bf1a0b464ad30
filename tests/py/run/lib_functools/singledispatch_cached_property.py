from functools import singledispatch, singledispatchmethod, cached_property, total_ordering, cmp_to_key
import collections.abc as cabc
@singledispatch
def describe(x): return f"object {type(x).__name__}"
@describe.register(int)
def _(x): return f"int {x}"
@describe.register(cabc.Sequence)
def _(x): return f"sequence of {len(x)}"
@describe.register(list)
def _(x): return "list!"
print(describe(3), describe(True), describe("abc"), describe([1]), describe((1, 2)), describe(2.5), describe({}))
print(sorted(t.__name__ for t in describe.registry if t is not object), describe.dispatch(bool).__name__)
class MyList(list): pass
print(describe(MyList()), describe.dispatch(MyList) is describe.dispatch(list))
describe.register(float, lambda x: "float via lambda"); print(describe(1.5))
class Fmt:
    @singledispatchmethod
    def fmt(self, arg): return "default"
    @fmt.register(int)
    def _(self, arg): return "int"
    @fmt.register(str)
    def _(self, arg): return "str"
print(Fmt().fmt(1), Fmt().fmt("s"), Fmt().fmt(None))
class Data:
    def __init__(self, xs): self.xs = xs; self.computed = 0
    @cached_property
    def total(self):
        self.computed += 1; return sum(self.xs)
d = Data([1, 2, 3]); print(d.total, d.total, d.computed, "total" in d.__dict__)
del d.total; print(d.total, d.computed); d.total = 100; print(d.total)
print(type(Data.total).__name__, Data.total.attrname)
@total_ordering
class Ver:
    def __init__(self, *p): self.p = p
    def __eq__(self, o): return self.p == o.p
    def __lt__(self, o): return self.p < o.p
    def __repr__(self): return "v" + ".".join(map(str, self.p))
vs = [Ver(1, 2), Ver(1, 0, 5), Ver(0, 9)]
print(sorted(vs), max(vs), Ver(1) >= Ver(0, 1), Ver(1) > Ver(1), Ver(2) <= Ver(2))
print(sorted(["b", "A", "c"], key=cmp_to_key(lambda a, b: (a.lower() > b.lower()) - (a.lower() < b.lower()))))
k = cmp_to_key(lambda a, b: a - b)
print(k(1) < k(2), k(3) == k(3), k(1).obj, type(k(1)).__name__)
try: k(1) < 5
except TypeError as e: print(e)
try: hash(k(1))
except TypeError as e: print(type(e).__name__)
