def f(**kw):
    return sorted(kw.items())
print(f(), f(a=1, b=2))
def g(a, **kw):
    return a, kw
print(g(1, b=2, c=3))
print(g(**{"a": 5, "z": 6}))
print(g(1, **{"x": 1}, **{"y": 2}))
try:
    g(1, **{"x": 1}, x=2)
except TypeError as e:
    print(e)
