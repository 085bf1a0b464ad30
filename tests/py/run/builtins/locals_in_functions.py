def f():
    a = 1
    l = locals()
    b = 2
    return sorted(l), sorted(locals())
print(f())
def g():
    x = 1
    locals()["x"] = 99
    return x
print(g())
def h(*args, **kw):
    return sorted(locals())
print(h(1, k=2))
