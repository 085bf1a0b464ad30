# Where yield, await, walrus and async statements may appear: the symbol table's SyntaxErrors (CPython 3.14
# symtable.c), with their messages and positions, also for code that -O would drop (assert).
def attempt(src, **kw):
    try:
        compile(src, "?", "exec", **kw)
        print(repr(src), "-> ok")
    except SyntaxError as e:
        print(repr(src), "->", e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset)


for src in [
    "await x", "async for x in y: pass", "async with a: pass", "[x async for x in y]",
    "def f(): await x", "lambda: await x", "class C: await x", "class C: [x async for x in y]",
    "def f(): [await x for x in y]", "def f(): (await x for x in y)", "(await x for x in y)",
    "assert await x", "assert [x async for x in y]",
    "async def f(): [x async for x in y]", "async def f(): lambda: [x async for x in y]",
    "async def f(): lambda: await x", "async def f():\n class C: await x",
    "async def f():\n class C:\n  async for x in y: pass", "async def f():\n [[x async for x in y] for z in w]",
    "def f(): [[x async for x in y] for z in w]",
    # annotations (evaluated lazily, or never) and PEP 695 scopes
    "def f(x: await y): pass", "async def f(x: await y): pass", "def f(): x: (await y) = 1",
    "def f(): x: (yield) = 1", "def f(): x: (y := 1) = 1", "x: (yield) = 1", "class C: x: (yield) = 1",
    "def f(x: (yield)): pass", "def f() -> (yield): pass", "x: (lambda: (yield)) = 1",
    "from __future__ import annotations\ndef f(x: await y): pass",
    "from __future__ import annotations\ndef f(x: (yield)): pass",
    "from __future__ import annotations\nx: (y := 1) = 2",
    "def f[T: (yield)](): pass", "def f[T: (await x)](): pass", "def f[T: (await x, y)](): pass",
    "def f[T = (await x)](): pass", "def f[*T = (await x)](): pass", "def f[**T = (await x)](): pass",
    "class C[T](await x): pass", "class C[T](x := 1): pass", "class C[T]((yield)): pass",
    "type X = (yield)", "type X = (y := 1)", "type X[T] = (await y)",
    "def f[T](x = await y): pass", "def f[T](x: await y): pass",
]:
    attempt(src)
attempt("assert await x", optimize=2)
attempt("if 0:\n    await x", optimize=1)
