def echo():
    received = None
    while True:
        received = yield f"got {received}"
        if received == "stop":
            return "finished"
g = echo()
print(next(g))
print(g.send(1))
print(g.send("x"))
try:
    g.send("stop")
except StopIteration as e:
    print("return value", e.value)
g2 = echo()
try:
    g2.send(5)
except TypeError as e:
    print(e)
