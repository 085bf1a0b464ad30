class Future:
    def __init__(self):
        self.result = None
        self.done = False
    def __await__(self):
        if not self.done:
            yield self
        return self.result
async def use(f):
    v = await f
    return v * 2
f = Future()
co = use(f)
pending = co.send(None)
print(pending is f)
f.result, f.done = 21, True
try:
    co.send(None)
except StopIteration as e:
    print(e.value)
