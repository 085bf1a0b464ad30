def f(a, b=2, /, c=3, *args, d, e=5, **kw):
    return (a, b, c, args, d, e, sorted(kw.items()))
print(f(1, d=4))
print(f(1, 20, 30, 40, 50, d=4, z=0, e=6))
print(f(*[1, 2, 3], **{"d": 9, "b": "kw named b"}))
