for i, (a, b) in enumerate([(1, 2), (3, 4)]):
    print(i, a, b)
for k, v in sorted({"b": 2, "a": 1}.items()):
    print(k, v)
for a, *rest in ["abc", "de"]:
    print(a, rest)
