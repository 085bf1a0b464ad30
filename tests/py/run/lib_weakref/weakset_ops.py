import weakref
class O:
    def __init__(self, n): self.n = n
    def __repr__(self): return f"O{self.n}"
os_ = [O(i) for i in range(6)]
a = weakref.WeakSet(os_[:4]); b = weakref.WeakSet(os_[2:])
n = lambda s: sorted(x.n for x in s)
print(n(a | b), n(a & b), n(a - b), n(a ^ b), len(a), os_[0] in a, 5 in a)
print(a.issubset(os_), a <= weakref.WeakSet(os_), a < weakref.WeakSet(os_), b.issuperset(os_[3:]), a.isdisjoint([os_[5]]))
c = a.copy(); c.add(os_[5]); c.remove(os_[0]); c.discard(os_[0]); print(n(c), n(a))
try: c.remove(os_[0])
except KeyError as e: print("KeyError")
c.update(os_[:2]); print(n(c)); c.difference_update([os_[1]]); print(n(c))
c.intersection_update(os_[:3]); print(n(c)); c.symmetric_difference_update(os_[2:4]); print(n(c))
p = c.pop(); print(p in os_, len(c)); c.clear(); print(len(c), bool(c))
try: c.pop()
except KeyError as e: print("KeyError")
print(weakref.WeakSet() == weakref.WeakSet(), a == weakref.WeakSet(os_[:4]), a != b, type(a | b).__name__)
try: weakref.WeakSet([1])
except TypeError as e: print(e)
s = weakref.WeakSet(); s |= set(os_[:2]); s &= {os_[1]}; s -= set(); s ^= {os_[4]}; print(n(s))
print(repr(weakref.WeakSet()).startswith("<_weakrefset.WeakSet object"), weakref.WeakSet.__class_getitem__(int))
