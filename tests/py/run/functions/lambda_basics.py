sq = lambda x: x * x
print(sq(7), (lambda: 42)(), (lambda *a, **k: (a, k))(1, b=2))
print(sq.__name__, (lambda: 0).__qualname__)
fs = [lambda x, i=i: x + i for i in range(3)]
print([f(10) for f in fs])
