def acc():
    total = 0
    while True:
        x = yield total
        if x is None:
            return total
        total += x
def wrap():
    result = yield from acc()
    yield ("final", result)
w = wrap()
next(w)
for v in [1, 2, 3]:
    print(w.send(v))
print(w.send(None))
