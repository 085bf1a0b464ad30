import weakref, copy
class V:
    def __init__(self, n): self.n = n
    def __repr__(self): return f"V{self.n}"
vals = {k: V(i) for i, k in enumerate("abcdef")}
d = weakref.WeakValueDictionary(vals)
print(len(d), sorted(d), d["c"], d.get("z"), d.get("z", 0), "a" in d, "z" in d)
print(sorted(d.items())[:2], sorted(v.n for v in d.values()), sorted(d.keys())[-1])
print(d.pop("a"), d.pop("zz", "dflt"), len(d))
try: d.pop("zz")
except KeyError as e: print("KeyError", e)
k, v = d.popitem(); print(k in "bcdef", v is vals[k], len(d))
print(d.setdefault("b", vals["a"]), d.setdefault("new", vals["a"]), d["new"])
d.update({"x": vals["f"]}, y=vals["e"]); print(sorted(d))
del d["x"]
try: del d["x"]
except KeyError as e: print("KeyError", e)
refs = d.valuerefs(); print(len(refs) == len(d), all(isinstance(r, weakref.KeyedRef) for r in refs), refs[0].key in d)
print(sorted(list(d.itervaluerefs()) == refs for _ in [0]), sorted(k for k in d.keys()) == sorted(d))
c = copy.copy(d); dc = copy.deepcopy(d); print(type(c).__name__, len(c) == len(d), len(dc))
print(repr(d).startswith("<WeakValueDictionary at 0x"), (d | {"q": vals["b"]})["q"], type(d | {}).__name__)
d |= {"r": vals["c"]}; print(d["r"])
e = weakref.WeakValueDictionary(); e[1] = vals["a"]; e[(1, 2)] = vals["b"]; print(e[1], e[(1, 2)])
try: e["bad"] = 5
except TypeError as ex: print(ex)
kr = weakref.KeyedRef(vals["a"], None, "key"); print(kr.key, kr() is vals["a"], type(kr).__mro__[1].__name__)
wk = weakref.WeakKeyDictionary(); ks = [V(1), V(2)]
wk[ks[0]] = "one"; wk.setdefault(ks[1], "two"); print(sorted(wk.values()), wk.get(ks[0]), ks[1] in wk, len(wk.keyrefs()))
print(wk.pop(ks[0]), len(wk), sorted(v for k, v in wk.items()), type(wk.copy()).__name__)
try: wk[1] = 2
except TypeError as ex: print(ex)
