def f():
    v = 10
    def g():
        return v
    return g
g = f()
print(g.__closure__[0].cell_contents, len(g.__closure__))
def h():
    def inner():
        return late
    late = 5
    return inner
print(h()())
