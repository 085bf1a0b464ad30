d = {"b": 1, "a": 2}
d["c"] = 3
print(d, len(d), d["a"], "a" in d, "z" not in d, list(d), d.get("z"), d.get("z", 0))
del d["b"]
d["b"] = 9
print(d, list(d.keys()), list(d.values()), list(d.items()))
try:
    d["missing"]
except KeyError as e:
    print("KeyError", e)
print(dict(a=1, b=2), dict([("x", 1), ("y", 2)]), dict({"k": 1}, z=0), dict(zip("ab", [1, 2])))
