r = range(2, 20, 3)
print(r, list(r), len(r), r[0], r[-1], r[1:3], r[::-1], 5 in r, 6 in r, r.index(8), r.count(8))
print(range(5), range(0), list(range(5, 0, -2)), len(range(10, 0)), range(3) == range(0, 3), range(0) == range(5, 5))
print(r.start, r.stop, r.step, bool(range(0)), range(10 ** 6)[-1], len(range(-10 ** 6, 10 ** 6, 7)))
try:
    range(1, 2, 0)
except ValueError as e:
    print(e)
try:
    r[100]
except IndexError as e:
    print(e)
try:
    range(1.5)
except TypeError as e:
    print(e)
