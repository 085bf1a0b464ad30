print(int(), float(), str(), bool(), list(), tuple(), dict(), set(), frozenset(), bytes(), complex())
print(bool([]), bool([0]), bool(0.0), bool("0"), bool(None), bool(...))
print(int("12") + float("0.5"), str(12) + "3", list((1, 2)), tuple([3]), dict([(1, 2)]))
