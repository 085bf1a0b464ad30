import weakref
class Obj:
    def __init__(self, k): self.k = k
    def __eq__(self, o): return isinstance(o, Obj) and self.k == o.k
    def __hash__(self): return hash(self.k)
a, b, c = Obj(1), Obj(1), Obj(2)
ra, rb, rc = weakref.ref(a), weakref.ref(b), weakref.ref(c)
print(ra == rb, ra != rc, ra is not rb, hash(ra) == hash(rb) == hash(1), len({ra, rb, rc}))
print(ra == a, (ra == a) is False, ra.__eq__(a), ra.__ne__(rc))
class MyRef(weakref.ref):
    def __init__(self, ob, callback=None, **extra):
        super().__init__(ob, callback)
        self.__dict__.update(extra)
mr = MyRef(a, tag="hello")
print(mr() is a, mr.tag, type(mr).__name__, mr is ra, mr == ra, isinstance(mr, weakref.ref))
print(weakref.getweakrefcount(a), [type(r).__name__ for r in weakref.getweakrefs(a)])
cb = lambda r: None
r1 = weakref.ref(c, cb); r2 = weakref.ref(c, cb)
print(r1 is r2, r1.__callback__ is cb, rc.__callback__, weakref.getweakrefcount(c))
print(c.__weakref__ is rc, Obj.__weakref__.__class__.__name__)
class NoWeak:
    __slots__ = ("x",)
class WithWeak:
    __slots__ = ("x", "__weakref__")
try: weakref.ref(NoWeak())
except TypeError as e: print(e)
w = WithWeak(); print(weakref.ref(w)() is w, hasattr(NoWeak, "__weakref__"), hasattr(WithWeak, "__weakref__"))
class SubOfSlots(NoWeak): pass
s = SubOfSlots(); print(weakref.ref(s)() is s)
import types
print(weakref.ref(types)() is types, weakref.ref(Obj)() is Obj, weakref.ref(print)() is print, weakref.ref(a.__eq__)() is None or True)
gen = (x for x in []); print(weakref.ref(gen)() is gen)
s1 = {1}; fs = frozenset({2}); print(weakref.ref(s1)() is s1, weakref.ref(fs)() is fs)
for bad in [b"", bytearray(), [], {}, 1j, True, object()]:
    try: weakref.ref(bad)
    except TypeError as e: print(e)
print(weakref.ref[int], weakref.ReferenceType.__module__)
try: weakref.ref()
except TypeError as e: print(type(e).__name__)
try: weakref.ref(a, None, 3)
except TypeError as e: print(type(e).__name__)
wd = weakref.WeakValueDictionary({1: a}); print(wd.get(1) is a, len(wd), list(wd.keys()))
wk = weakref.WeakKeyDictionary({a: "first"}); wk[b] = "second"; print(len(wk), wk[a])
