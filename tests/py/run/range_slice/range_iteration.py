r = range(3)
it = iter(r)
print(next(it), list(it), list(r), list(reversed(range(1, 10, 4))), sum(range(101)))
print([i for i in range(-3, 3)], list(range(0, -10, -3)), list(enumerate(range(3), start=1)))
