# compile(..., flags=ast.PyCF_ALLOW_TOP_LEVEL_AWAIT): await, async for/with and async comprehensions at
# module level give a code object with CO_COROUTINE; eval() of it (or a function made from it) is a coroutine.
import ast
from types import FunctionType, CoroutineType

CO_COROUTINE = 0x80
FLAG = ast.PyCF_ALLOW_TOP_LEVEL_AWAIT
print(hex(FLAG))


class Yield:
    def __await__(self):
        yield "tick"


async def sleep(result=None):
    await Yield()
    return result


async def arange(n):
    for i in range(n):
        await Yield()
        yield i


class Lock:
    async def __aenter__(self):
        log.append("enter")
        return self

    async def __aexit__(self, *exc):
        log.append("exit")


def drive(coro):
    ticks = 0
    try:
        while True:
            coro.send(None)
            ticks += 1
    except StopIteration as e:
        return ticks, e.value


log = []
samples = [
    "a = await sleep(1)",
    "async for i in arange(3):\n    a = i",
    "async with Lock() as l:\n    a = 1",
    "a = [x async for x in arange(3)]",
    "a = {x async for x in arange(2)}",
    "a = {x: x * 2 async for x in arange(2)}",
    "a = [await sleep(x) for x in range(3)]",
    "a = [x async for x in (y async for y in arange(3))]",
    "a, = [1 for x in {x async for x in arange(1)}]",
    "assert not await sleep(0); a = 'asserted'",
    "if (a := 1) and __debug__:\n    async with Lock():\n        pass",
]
for mode in ("exec", "single"):
    for src in samples:
        try:
            compile(src, "?", mode)
        except SyntaxError as e:
            plain = e.msg
        else:
            plain = "compiled"
        for optimize in (-1, 0, 1):
            co = compile(src, "?", mode, flags=FLAG, optimize=optimize)
            g = {"sleep": sleep, "arange": arange, "Lock": Lock, "log": log}
            coro = eval(co, g)
            kind = type(coro).__name__
            ticks, value = drive(coro)
            g2 = {"sleep": sleep, "arange": arange, "Lock": Lock, "log": log}
            ticks2, _ = drive(FunctionType(co, g2)())
            print(mode, optimize, repr(src[:24]), "|", plain, "|", bool(co.co_flags & CO_COROUTINE), kind,
                  ticks, value, g["a"], g2["a"] == g["a"], ticks2)
print(log.count("enter"), log.count("exit"))

# code without awaits is not a coroutine, even with the flag
for src in ["def f(): pass", "[x for x in l]", "(x for x in l)", "(x async for x in l)",
            "async def g():\n    await x"]:
    co = compile(src, "?", "exec", flags=FLAG)
    print(repr(src), bool(co.co_flags & CO_COROUTINE))

# eval mode
co = compile("await sleep(42)", "<e>", "eval", flags=FLAG)
print(bool(co.co_flags & CO_COROUTINE), drive(eval(co, {"sleep": sleep})))
co = compile("[x * 10 async for x in arange(3)]", "<e>", "eval", flags=FLAG)
print(drive(eval(co, {"arange": arange})))

# exceptions leave the coroutine
co = compile("await sleep(0)\n1 / 0", "<x>", "exec", flags=FLAG)
try:
    drive(eval(co, {"sleep": sleep}))
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)

# still errors where the flag does not reach: functions, lambdas, class bodies
for src in ["def f(): await x", "def f(): [x async for x in y]", "lambda: await x", "class C: await x",
            "class C: [x async for x in y]", "def f():\n    async for i in y: pass",
            "def f():\n    async with y: pass"]:
    try:
        compile(src, "?", "exec", flags=FLAG)
        print(repr(src), "compiled")
    except SyntaxError as e:
        print(repr(src), e.msg, e.lineno, e.offset, e.end_offset)

# the AST of such code
tree = compile("await x", "?", "exec", flags=FLAG | ast.PyCF_ONLY_AST)
print(ast.dump(tree))
co = compile(ast.parse("r = await sleep(7)"), "?", "exec", flags=FLAG)
g = {"sleep": sleep}
print(bool(co.co_flags & CO_COROUTINE), drive(eval(co, g)), g["r"])
