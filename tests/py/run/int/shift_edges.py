# x >> s and x << s around the int32 and 2**53 boundaries, for negative values (floor semantics).
xs = (0, 1, -1, 5, -5, 2**31 - 1, -(2**31), 2**31, -(2**31) - 1, 2**52 + 3, -(2**52) - 3, 2**53, 2**80 + 1, -(2**80) - 1)
print([x >> s for x in xs for s in (0, 1, 5, 31, 32, 33, 52, 63, 64, 100)])
print([x << s for x in xs[:9] for s in (0, 1, 21, 22, 23, 31, 32)])
try:
    1 >> -1
except ValueError as e:
    print("ValueError", e)
print((-7) >> 10**30, 7 >> 10**30, 0 << 10**30)
