cases = [lambda: 1 + "a", lambda: "a" + 1, lambda: [] - [], lambda: {} | 1, lambda: None * 2, lambda: 3 @ 4,
         lambda: "a" ** 2, lambda: 1 < None, lambda: [] > (), lambda: 2 // "x", lambda: divmod("a", 1)]
for c in cases:
    try:
        c()
    except TypeError as e:
        print(e)
