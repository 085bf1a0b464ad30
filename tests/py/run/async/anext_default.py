# anext(it, default): the anext_awaitable proxies __next__/send/throw/close to the awaitable that
# __anext__ returned (asking a Python __await__ again at each step) and turns StopAsyncIteration
# into StopIteration(default).
import types


def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value


async def agen():
    yield 1
    yield 2


async def empty():
    return
    yield


async def main():
    g = agen()
    print(await anext(g, "d"), await anext(g, "d"), await anext(g, "d"))
    print(await anext(empty(), None))
    a = anext(agen(), 5)
    print(type(a).__name__, a.__await__() is a)
    a.close()

    class Aw:
        def __await__(self):
            print("__await__ called")
            return iter("abc")

    class It:
        def __aiter__(self):
            return self

        def __anext__(self):
            return Aw()

    aw = anext(It(), "x")
    print(aw.__next__(), aw.__next__(), aw.__next__())

    class BadAw:
        def __await__(self):
            return 1

    class Bad:
        def __aiter__(self):
            return self

        def __anext__(self):
            return BadAw()

    try:
        await anext(Bad(), 1)
    except TypeError as e:
        print("TypeError", e)
    try:
        anext(1)
    except TypeError as e:
        print("TypeError", e)
    try:
        anext(empty(), 0).send(None)
    except StopIteration as e:
        print("stop", e.value)
    print(anext(agen(), 0).close())
    try:
        anext(agen(), 0).throw(ValueError("v"))
    except ValueError as e:
        print("ValueError", e)

    @types.coroutine
    def legacy():
        yield "step"
        raise StopAsyncIteration

    class Legacy:
        def __anext__(self):
            return legacy()

    aw = anext(Legacy(), "fallback")
    print(aw.send(None))
    try:
        aw.send(None)
    except StopIteration as e:
        print("stop", e.value)
    return "done"


print(run(main()))
