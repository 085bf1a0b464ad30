s = slice(1, 10, 2)
print(s, s.start, s.stop, s.step, slice(5), slice(None, 3).indices(10), s.indices(5), slice(None, None, -1).indices(4))
print([0, 1, 2, 3, 4, 5][s], "abcdefgh"[slice(-3, None)], slice(1, 2) == slice(1, 2))
try:
    slice(1, 2, 0).indices(5)
except ValueError as e:
    print(e)
