async def f():
    await 5
c = f()
try:
    c.send(None)
except TypeError as e:
    print(e)
async def g():
    return 1
co = g()
try:
    co.send(None)
except StopIteration:
    pass
try:
    co.send(None)
except RuntimeError as e:
    print(e)
