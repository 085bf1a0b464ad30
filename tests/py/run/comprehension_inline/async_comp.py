# Asynchronous comprehensions (await inside, async for) are inlined into the coroutine.
import sys
import types


@types.coroutine
def ready(v):
    yield "tick"
    return v


class ARange:
    def __init__(self, n):
        self.n = n

    def __aiter__(self):
        self.i = 0
        return self

    async def __anext__(self):
        if self.i >= self.n:
            raise StopAsyncIteration
        self.i += 1
        return await ready(self.i - 1)


def run(coro):
    ticks = 0
    try:
        while True:
            coro.send(None)
            ticks += 1
    except StopIteration as e:
        return e.value, ticks


async def awaits(n):
    return [await ready(i * 10) for i in range(n)]


print(run(awaits(3)))


async def async_for(n):
    x = "outer"
    r = [i async for i in ARange(n)]
    s = {i % 2 async for i in ARange(n)}
    d = {i: await ready(-i) async for i in ARange(n)}
    return r, sorted(s), d, x


print(run(async_for(3)))


async def nested():
    return [[j async for j in ARange(i)] for i in range(3)]


print(run(nested()))


async def frame_name():
    return [sys._getframe().f_code.co_name async for _ in ARange(1)]


print(run(frame_name()))


async def failing():
    v = "kept"
    try:
        return [1 // (await ready(v)) for v in range(-1, 2)]
    except ZeroDivisionError as e:
        return str(e), v


print(run(failing()))


async def async_genexpr():
    g = (await ready(i) for i in range(3))
    return type(g).__name__, [x async for x in g]


print(run(async_genexpr()))

for src in (
    "def f():\n    return [await x for x in y]\n",
    "def f():\n    return [x async for x in y]\n",
    "[x async for x in y]\n",
    "def f():\n    return [[x async for x in y] for y in z]\n",
    "async def f():\n    return [[x async for x in y] for y in z]\n",
    "def f():\n    return ([x async for x in y] for y in z)\n",
):
    try:
        compile(src, "<async>", "exec")
        print("compiled")
    except SyntaxError as e:
        print("SyntaxError:", e.msg, e.lineno, e.offset)


# an exception thrown into the coroutine while it awaits inside the comprehension restores the outer value
async def interrupted():
    x = "outer"
    try:
        return [await ready(x) for x in range(3)]
    except KeyError as e:
        return "caught", str(e), x


c = interrupted()
print(c.send(None))
try:
    c.throw(KeyError("thrown"))
except StopIteration as e:
    print(e.value)
c = interrupted()
c.send(None)
c.close()
print("closed", c.cr_frame)
