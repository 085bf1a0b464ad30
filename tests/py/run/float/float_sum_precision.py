vals = [1e16, 1.0, -1e16]
print(sum(vals), sum(sorted(vals)), 1e16 + 1.0 - 1e16)
print(0.1 * 3, 0.3 / 0.1, 1.1 * 1.1, 3 * 1.1)
