from collections import defaultdict
import copy
tree = lambda: defaultdict(tree)
t = tree(); t["a"]["b"]["c"] = 1; t["a"]["x"] = 2
print(dict(t["a"]["b"]), sorted(t["a"]), "z" in t, len(t))
dd = defaultdict(list)
for k, v in [("a", 1), ("b", 2), ("a", 3)]:
    dd[k].append(v)
print(sorted(dd.items()), dd.get("c"), "c" in dd, dd.setdefault("c", [9]), dd.pop("c"))
dd.default_factory = None
try: dd["zz"]
except KeyError as e: print("KeyError", e)
del dd.default_factory; print(dd.default_factory)
class Missing(defaultdict):
    def __missing__(self, key): return f"no {key}"
m = Missing(int); print(m["q"], len(m))
class Counting(defaultdict):
    def __init__(self): super().__init__(int); self.misses = 0
    def __missing__(self, key):
        self.misses += 1; return super().__missing__(key)
c = Counting(); c["a"] += 1; c["a"] += 1; c["b"]; print(dict(c), c.misses)
r = defaultdict(None); r["self"] = r; print(r)
d1 = defaultdict(set, {"k": {1}}); d2 = copy.deepcopy(d1); d2["k"].add(2); print(d1, d2, d1.default_factory is d2.default_factory)
print(defaultdict(int, [("a", 1)]) == {"a": 1}, dict(defaultdict(str, b="x")), list(defaultdict(int, {3: 1, 1: 2})))
print(defaultdict(int, a=1).__class__.__mro__)
print(isinstance(defaultdict(), dict), defaultdict.__name__, defaultdict.__module__)
x = defaultdict(int); x.update({"a": 5}, b=6); x |= [("c", 7)]; print(x)
try: defaultdict(int) | [("a", 1)]
except TypeError as e: print(e)
print(defaultdict(lambda: "dflt")["k"], {1: 2} | defaultdict(int, {3: 4}))
