def g():
    yield 1
    raise StopIteration("x")
try:
    list(g())
except RuntimeError as e:
    print(e, type(e.__cause__).__name__)
