def f(a, b=2, c=[]):
    c.append(a)
    return a, b, c
print(f(1))
print(f(2, 3))
print(f(3, c=[]))
print(f.__defaults__[0])
def g(x, y=None):
    return x if y is None else x + y
print(g(1), g(1, 2))
