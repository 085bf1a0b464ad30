d = {"x": 3, "y": 1, "z": 2}
print(sorted(d, key=d.get), max(d, key=d.get), sum(d.values()), [k for k, v in d.items() if v > 1])
print(dict(reversed(d.items())), list(enumerate(d)), {v: k for k, v in d.items()})
