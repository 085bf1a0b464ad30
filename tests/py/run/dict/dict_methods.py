d = {"a": 1}
print(d.setdefault("a", 5), d.setdefault("b", 7), d)
print(d.pop("a"), d.pop("zz", "dflt"), d)
d.update({"c": 3}, d2=4); d.update([("e", 5)])
print(d, d.popitem(), d)
print(dict.fromkeys("abc"), dict.fromkeys([1, 2], 0), d.copy(), d.copy() is d)
d.clear(); print(d)
try:
    {}.popitem()
except KeyError as e:
    print(e)
try:
    {}.pop("x")
except KeyError as e:
    print(repr(e))
