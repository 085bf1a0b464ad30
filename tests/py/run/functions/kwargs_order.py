def f(**kw):
    return list(kw)
print(f(z=1, a=2, m=3))
def g(a, b, c):
    return a, b, c
print(g(c=3, a=1, b=2))
d = {"b": 2, "c": 3}
print(g(1, **d))
