pairs = [(1, "a"), (2, "b")]
print([f"{n}{s}" for n, s in pairs])
print([(a, rest) for a, *rest in [(1, 2, 3), (4,)]])
print({k: v for (k, v), _ in zip(pairs, range(2))})
