import weakref

class Obj:
    def __init__(self, n): self.n = n
    def __repr__(self): return f"Obj({self.n})"

objs = [Obj(i) for i in range(4)]
d = weakref.WeakValueDictionary()
for i, o in enumerate(objs):
    d[i] = o
print(len(d), sorted(d.keys()), d[2], d.get(9, "none"), 3 in d)
print(sorted(o.n for o in d.values()), d.setdefault(5, objs[0]), len(d))
del d[5]
print(d.pop(1), len(d), sorted(k for k, v in d.items()))
print(sorted(r().n for r in d.valuerefs()), type(d.valuerefs()[0]).__name__)
d2 = d.copy(); print(len(d2), isinstance(d2, weakref.WeakValueDictionary))
print(d | {7: objs[3]} is not d, sorted((d | {7: objs[3]}).keys()))

k = weakref.WeakKeyDictionary()
for o in objs:
    k[o] = o.n * 10
print(len(k), k[objs[1]], objs[2] in k, sorted(k.values()))
k.update({objs[0]: -1}); print(k[objs[0]])
del k[objs[0]]; print(len(k), sorted(x.n for x in k.keyrefs() and k.keys()))

s = weakref.WeakSet(objs[:3])
print(len(s), objs[0] in s, objs[3] in s)
s.add(objs[3]); s.discard(objs[0])
print(sorted(x.n for x in s), s == weakref.WeakSet(objs[1:]), s.issubset(objs))
s2 = s | weakref.WeakSet([objs[0]])
print(sorted(x.n for x in s2), sorted(x.n for x in (s2 - s)))

m = weakref.WeakMethod(objs[0].__repr__)
print(m()(), m == weakref.WeakMethod(objs[0].__repr__))
p = weakref.proxy(objs[2])
print(p.n, isinstance(p, weakref.ProxyTypes), weakref.getweakrefcount(objs[2]) >= 1)
try:
    weakref.WeakValueDictionary()[0]
except KeyError as e:
    print("KeyError", e)
r = weakref.ref(objs[3])
print(r == weakref.ref(objs[3]), r != weakref.ref(objs[2]), hash(r) == hash(objs[3]))
print({r: 1}[weakref.ref(objs[3])])
