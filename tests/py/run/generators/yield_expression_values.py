def g():
    a = yield
    b = yield a * 2
    c = (yield b + 1), (yield "t")
    yield c
it = g()
print(next(it), it.send(5), it.send(10), it.send("p"), it.send("q"))
