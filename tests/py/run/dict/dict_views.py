d = {"a": 1, "b": 2, "c": 3}
k, v, it = d.keys(), d.values(), d.items()
d["d"] = 4
print(k, v, it, len(k))
print(k & {"a", "z"}, sorted(k | {"z"}), sorted(k - {"a"}), ("a", 1) in it, 5 in v, list(reversed(k)))
print(k == {"a", "b", "c", "d"}, d.keys() == d.keys(), list(d.values()) == [1, 2, 3, 4])
try:
    for key in d:
        d["new"] = 1
except RuntimeError as e:
    print(e)
