def f(*args):
    return args
print(f(), f(1), f(1, 2, 3))
def g(a, *rest):
    return a, rest
print(g(1, 2, 3), g(*[4, 5, 6]), g(*"ab", *(1,)))
l = [1, 2]
print(f(*l, 0, *l))
