import _weakref as weakref
class A: pass
a = A()
r = weakref.ref(a)
print(r() is a, weakref.ref(a) is r, weakref.getweakrefcount(a), hash(r) == hash(a))
print(a.__weakref__ is r)
try:
    weakref.ref(1)
except TypeError as e: print(type(e).__name__, e)
try:
    weakref.ref("x")
except TypeError as e: print(type(e).__name__, e)
r2 = weakref.ref(a, lambda x: None)
print(r2 is r, r2 == r, weakref.getweakrefcount(a), r2.__callback__ is not None)
p = weakref.proxy(a)
a.x = 5
print(p.x, type(p).__name__)
p.y = 7
print(a.y, weakref.getweakrefs(a) == [r, p, r2])
class S: __slots__ = ()
try: weakref.ref(S())
except TypeError as e: print(e)
class S2: __slots__ = ('__weakref__',)
s2 = S2()
print(weakref.ref(s2)() is s2)
print(type(r), weakref.ReferenceType is weakref.ref)
class KeyedRef(weakref.ref):
    __slots__ = "key",
    def __new__(type, ob, callback, key):
        self = weakref.ref.__new__(type, ob, callback)
        self.key = key
        return self
    def __init__(self, ob, callback, key):
        super().__init__(ob, callback)
k = KeyedRef(a, None, "kk")
print(k.key, k() is a, k is r, type(k).__name__)
def f(): pass
print(weakref.ref(f)() is f, weakref.ref(int)() is int)
for bad in [(), [], {}, 1.5, None, b"x"]:
    try: weakref.ref(bad)
    except TypeError as e: print(e)
class I(int): pass
try: weakref.ref(I(3))
except TypeError as e: print(e)
l = [1,2,3]
class L(list): pass
ll = L([1,2])
pl = weakref.proxy(ll)
print(len(pl), pl[0], 2 in pl, list(pl), pl + [3], str(pl))
cp = weakref.proxy(f)
print(type(cp).__name__, cp())
try: hash(pl)
except TypeError as e: print(type(e).__name__)
def mask(s):
    out = []
    for part in s.split(" "):
        out.append("ADDR" + part[part.index(";"):] if part.startswith("0x") and ";" in part else "ADDR" if part.startswith("0x") else part)
    return " ".join(out)
print(mask(repr(r)), mask(repr(p)), mask(repr(cp)))
print(mask(repr(weakref.ref(f))), mask(repr(weakref.ref(A))))
