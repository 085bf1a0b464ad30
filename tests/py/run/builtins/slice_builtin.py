print(slice(3), slice(1, 2, 3), [10, 20, 30][slice(1, None)], "abc"[slice(None, None, -1)])
