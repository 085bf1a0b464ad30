print(list(enumerate("abc")), list(enumerate("ab", 10)), list(enumerate([], start=5)))
e = enumerate(["x", "y"])
print(next(e), type(e).__name__, list(e))
