# symtable: the SyntaxErrors the symbol-table pass raises (with positions), class-scope comprehensions and
# lambdas, closures through several levels, async comprehensions, generators.
import symtable
bad = [
    "nonlocal x",
    "def f():\n    x = 1\n    global x",
    "def f(a):\n    global a",
    "def f():\n    nonlocal q",
    "class C:\n    nonlocal y",
    "def f():\n    return (yield)\n[x async for x in y]",
    "[(i := 1) for i in range(3)]",
    "def f(x, x): pass",
    "lambda: (yield)",
    "def f():\n    def g():\n        nonlocal x\n    x = 1\n    global x",
    "class C[T]:\n    def f(self):\n        nonlocal T",
    "from x import *\ndef f():\n    from y import *",
]
for src in bad:
    try:
        symtable.symtable(src, "bad.py", "exec")
        print("ok", repr(src))
    except SyntaxError as e:
        print(type(e).__name__, e.msg, e.lineno, e.offset)
good = '''
class A:
    x = 1
    ys = [x for _ in range(2)]
    def meth(self):
        return [self for _ in range(2)]
    z = lambda self: x
def outer(p):
    def mid():
        def inner():
            return p
        return inner
    return [mid for _ in range(1)], {q: p for q in range(2)}
async def co():
    return [await z async for z in aiter_()]
def gen():
    x = yield
    yield from x
'''
def dump(t, ind=""):
    print(f"{ind}{t.get_type().value} {t.get_name()!r} line {t.get_lineno()} nested={t.is_nested()}")
    for name in sorted(t.get_identifiers()):
        print(f"{ind}  {name} {t._table.symbols[name]}")
    for c in t.get_children():
        dump(c, ind + "  ")
dump(symtable.symtable(good, "g.py", "exec"))
