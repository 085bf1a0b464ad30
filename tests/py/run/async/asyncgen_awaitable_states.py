# asend()/athrow()/aclose() awaitables: "already running" while another awaitable of the same
# generator is suspended, close() of an awaitable, aclose() letting the body await during cleanup,
# athrow() argument errors raised when first sent, and ag_running.
import types


@types.coroutine
def _async_yield(v):
    return (yield v)


def show(label, fn):
    try:
        print(label, "->", repr(fn()))
    except BaseException as e:
        print(label, "->", type(e).__name__, e)


async def looping():
    while True:
        await _async_yield(1)
    yield


agen = looping()
first = agen.asend(None)
show("first.send", lambda: first.send(None))
print("ag_running", agen.ag_running)
second = agen.asend(None)
show("second.send", lambda: second.send(None))
show("second.send again", lambda: second.send(None))
third = agen.athrow(ValueError)
show("athrow.send", lambda: third.send(None))
show("aclose.send", lambda: agen.aclose().send(None))
show("asend.throw", lambda: agen.asend(None).throw(KeyError))


async def cleanup():
    try:
        yield 1
    finally:
        print("cleanup start")
        await _async_yield("awaited in cleanup")
        print("cleanup end")


g = cleanup()
show("anext", lambda: g.__anext__().send(None))
closer = g.aclose()
show("aclose.send", lambda: closer.send(None))
show("aclose.send 2", lambda: closer.send(None))
show("aclose.send 3", lambda: closer.send(None))
print("ag_running", g.ag_running)
show("anext after close", lambda: g.__anext__().send(None))


async def ignoring():
    try:
        await _async_yield(None)
    except GeneratorExit:
        await _async_yield(None)
    return
    yield


a = ignoring()
aw = a.asend(None)
show("asend.send", lambda: aw.send(None))
show("asend.close", aw.close)
show("asend.close again", aw.close)


async def simple():
    yield 1


s = simple()
bad = s.athrow(None)
print("athrow(None) made")
show("athrow(None).send", lambda: bad.send(None))
pending = s.athrow(ValueError)
show("athrow non-None send", lambda: pending.send(5))
show("athrow close", pending.close)
done = simple()
show("athrow on unstarted", lambda: done.athrow(ValueError("x")).send(None))
show("athrow on finished", lambda: done.athrow(ValueError("y")).send(None))
show("aclose on finished", lambda: done.aclose().send(None))


async def echo():
    x = yield "first"
    while True:
        x = yield f"got {x}"


e = echo()
show("asend start", lambda: e.asend(None).send(None))
show("asend value", lambda: e.asend("v").send(None))
ac = e.aclose()
show("aclose", lambda: ac.send(None))
show("aclose reuse", lambda: ac.send(None))
show("aclose.close", ac.close)
