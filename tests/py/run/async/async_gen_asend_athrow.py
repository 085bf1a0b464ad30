async def agen():
    try:
        x = yield 1
        yield x
    except KeyError:
        yield "caught"
def step(aw):
    try:
        aw.send(None)
    except StopIteration as e:
        return e.value
    except StopAsyncIteration:
        return "stop"
g = agen()
print(step(g.asend(None)), step(g.asend("sent")), step(g.athrow(KeyError)), step(g.__anext__()))
