# Argument-binding errors as CPython 3.14: too many positionals counts the keyword-only ones given,
# every positional-only name passed as a keyword is listed, unexpected keywords come first.
def f(a, b, c, *, d, e): pass
def g(a, b, /, c): pass
def h(a, /, **kw): return kw
def k(x, y=2): pass
cases = [lambda: f(1, 2, 3, 4, 5, 6, d=7, e=8), lambda: f(1, 2, 3, 4, d=7), lambda: f(1, 2, 3, 4),
         lambda: g(a=1, b=2, c=3), lambda: g(1, b=2, c=3), lambda: k(1, 2, 3), lambda: k(1, 2, 3, z=1),
         lambda: f(1, 2, 3, 4, zz=1), lambda: k(1, 2, 3, y=5)]
for c in cases:
    try:
        c()
    except TypeError as e:
        print(str(e).split(".<locals>.")[-1])
print(h(1, a=2))
