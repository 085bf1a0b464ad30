from collections import OrderedDict
import copy
od = OrderedDict()
for k in "dbca": od[k] = ord(k)
print(od, list(od), list(reversed(od)), od.popitem(), od.popitem(last=False), od)
od.move_to_end("b"); print(list(od)); od.move_to_end("b", last=False); print(list(od))
try: od.move_to_end("zz")
except KeyError as e: print("KeyError", e)
od2 = OrderedDict.fromkeys("xyz", 0); od2.update(w=1); print(od2, od2.setdefault("x", 5), od2.setdefault("q", 7))
print(od2.pop("y"), od2.pop("nope", None), list(od2.keys()), list(od2.values()), list(od2.items())[:2])
a = OrderedDict(a=1, b=2); b = OrderedDict(b=2, a=1)
print(a == b, dict(a) == dict(b), a == {"b": 2, "a": 1}, a != b)
c = a.copy(); c["c"] = 3; print(c, a, copy.deepcopy(c) == c, type(copy.copy(a)).__name__)
print(a | {"z": 0}, {"z": 0} | a, type(a | {}).__name__)
a |= {"n": 9}; print(a)
rec = OrderedDict(); rec["self"] = rec; print(rec)
del c["b"]; print(c, len(c), "b" in c)
print(OrderedDict(sorted({"banana": 3, "apple": 4, "pear": 1}.items(), key=lambda t: t[1])))
class LRU(OrderedDict):
    def __init__(self, cap): super().__init__(); self.cap = cap
    def __getitem__(self, k):
        v = super().__getitem__(k); self.move_to_end(k); return v
    def __setitem__(self, k, v):
        super().__setitem__(k, v); self.move_to_end(k)
        if len(self) > self.cap: self.popitem(last=False)
lru = LRU(2); lru["a"] = 1; lru["b"] = 2; lru["a"]; lru["c"] = 3; print(list(lru))
print(list(reversed(OrderedDict(a=1, b=2))), OrderedDict().__reduce__()[0].__name__)
