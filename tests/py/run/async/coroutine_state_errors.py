# Coroutine edge cases: an exhausted coroutine refuses send/throw ("cannot reuse"), awaiting a
# coroutine suspended in an await is a RuntimeError, an __anext__ result whose __await__ fails is
# reported with the failure as __cause__, a throw passed down to an awaited coroutine sees the
# whole stack, cr_origin follows sys.set_coroutine_origin_tracking_depth, docstrings.
import sys
import traceback
import types


def show(label, fn):
    try:
        print(label, "->", repr(fn()))
    except BaseException as e:
        print(label, "->", type(e).__name__, e)


async def spam():
    return "spam"


c = spam()
show("send", lambda: c.send(None))
show("send again", lambda: c.send(None))
show("throw", lambda: c.throw(Exception("wat")))
show("close", c.close)
it = spam().__await__()
show("wrapper send", lambda: it.send(None))
show("wrapper next", lambda: next(it))
show("wrapper throw", lambda: it.throw(Exception("wat")))
show("wrapper close", it.close)


@types.coroutine
def nop():
    yield


async def sleeper():
    await nop()


async def waiter(coro):
    await coro


s = sleeper()
s.send(None)
w = waiter(s)
show("await suspended coroutine", lambda: w.send(None))
s.close()


class F:
    def __aiter__(self):
        return self

    def __anext__(self):
        return self

    def __await__(self):
        1 / 0


async def loop():
    async for _ in F():
        pass


try:
    loop().send(None)
except TypeError as e:
    print("TypeError", e, "| cause:", type(e.__cause__).__name__, e.__cause__)


async def a():
    return await b()


async def b():
    return await c()


@types.coroutine
def c():
    try:
        yield len(traceback.extract_stack())
    except ZeroDivisionError:
        yield len(traceback.extract_stack())


coro = a()
print("stack depth equal:", coro.send(None) == coro.throw(ZeroDivisionError))
coro.close()


async def corofn():
    pass


def nested():
    return corofn()


print(sys.get_coroutine_origin_tracking_depth())
sys.set_coroutine_origin_tracking_depth(2)
x = nested()
print([(name, line) for _, line, name in x.cr_origin])
x.close()
sys.set_coroutine_origin_tracking_depth(0)
x = corofn()
print(x.cr_origin)
x.close()
show("negative depth", lambda: sys.set_coroutine_origin_tracking_depth(-1))

ct = types.CoroutineType
print(ct.send.__doc__)
print(ct.close.__doc__)
print(ct.__dict__["__name__"].__doc__, "|", types.GeneratorType.__dict__["__qualname__"].__doc__)
