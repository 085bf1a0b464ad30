print(list(filter(None, [0, 1, "", "a", None])), list(filter(lambda x: x % 2, range(7))))
print(list(map(pow, [2, 3], [3, 2])), list(map(str.upper, "ab")), list(zip("abc", range(5))), list(zip()))
print(list(zip("ab", "cd", strict=True)))
try:
    list(zip("abc", "d", strict=True))
except ValueError as e:
    print(e)
try:
    list(zip("a", "de", strict=True))
except ValueError as e:
    print(e)
m = map(lambda x: x * 2, [1, 2])
print(type(m).__name__, next(m), list(m))
