# symtable over _symtable: every scope kind of 3.14 (module, function, class, lambda, genexpr, inlined
# comprehensions, annotation, type-parameter, type-alias and type-variable scopes) with each symbol's raw
# flags, and the Symbol / SymbolTable / Function / Class query methods.
import symtable, _symtable

def dump(t, ind=""):
    print(f"{ind}{t.get_type().value} {t.get_name()!r} line {t.get_lineno()} nested={t.is_nested()} "
          f"optimized={t.is_optimized()} children={t.has_children()}")
    for name in sorted(t.get_identifiers()):
        s = t.lookup(name)
        print(f"{ind}  {s!r} flags={t._table.symbols[name]}")
    for c in t.get_children():
        dump(c, ind + "    ")

SOURCES = [
    '''
import os, sys as system
from collections import *
g = 1
def f(a, /, b=1, *args, c, d=2, **kw):
    global g
    x = a + g
    def inner():
        nonlocal x
        x += 1
        return x + b
    return [y for y in args if y], {k: v for k, v in kw.items()}, (z for z in args)
''',
    '''
class C(Base, metaclass=Meta):
    attr: int = 3
    other = [i for i in range(3)]
    def m(self):
        return __class__, super().m(), self.attr
    @staticmethod
    def s(q: "str") -> None:
        lam = lambda w, *, e=1: w + e
        return lam
    class Inner:
        pass
''',
    '''
type Alias[T: int, *Ts, **P] = tuple[T, *Ts]
def gen[U = int](u: U, *, k: U = None) -> U:
    return u
class Box[V](list[V]):
    def get(self) -> V: ...
async def coro(it):
    async for a in it:
        await a
    async with it as b:
        pass
    return [await q async for q in it]
''',
    '''
if cond:
    m: int = 1
try:
    pass
except E as err:
    pass
match cmd:
    case [x, *rest] if x:
        pass
    case {"k": val, **others}:
        pass
    case Point(x=px) as whole:
        pass
total = [(last := n) for n in range(3)]
def outer():
    v = 1
    class K:
        v = 2
        def meth(self):
            return v
    return K
''',
    '''
from __future__ import annotations
def h(a: Undefined) -> Other:
    b: Local = 1
    return a
x: Anything
''',
    '''
class D:
    if flag:
        a: int
    b: str
    for i in r:
        c: float = i
class E:
    d: bytes
def fn():
    local: int = 1
    def deco(f): return f
    @deco
    def decorated(): return local
    return decorated
''',
]

for src in SOURCES:
    dump(symtable.symtable(src, "mod.py", "exec"))
    print("-" * 20)

top = symtable.symtable(SOURCES[0], "mod.py", "exec")
f = top.lookup("f").get_namespace()
print(f.get_parameters(), f.get_locals(), f.get_globals(), f.get_frees(), f.get_nonlocals())
inner = [c for c in f.get_children() if c.get_name() == "inner"][0]
print(inner.get_frees(), inner.get_nonlocals(), inner.lookup("x").is_nonlocal())
print(top.lookup("f").is_namespace(), len(top.lookup("f").get_namespaces()))
print(top.lookup("os").is_imported(), top.lookup("g").is_declared_global(), top.lookup("g").is_global())
print(repr(top), repr(f), repr(inner))
print(symtable.symtable("x + y", "e.py", "eval").get_identifiers())
print(sorted(symtable.symtable("a = 1\n", "s.py", "single").get_identifiers()))
print(sorted(symtable.symtable(b"y = 2", "b.py", "exec").get_identifiers()))
c_top = symtable.symtable(SOURCES[1], "mod.py", "exec")
C = c_top.lookup("C").get_namespace()
print(type(C).__name__, C.get_name(), sorted(C.get_identifiers()))
m = C.lookup("m").get_namespace()
print(type(m).__name__, m.lookup("__class__").is_free())
try:
    symtable.symtable("def (", "bad.py", "exec")
except SyntaxError as e:
    print("SyntaxError", e.msg, e.filename, e.lineno)
try:
    _symtable.symtable("x", "f.py", "bogus")
except ValueError as e:
    print("ValueError", e)
print([(k, getattr(_symtable, k)) for k in sorted(dir(_symtable)) if k.isupper()])
t = symtable.symtable("def q(): pass", "x.py", "exec")
print(t.get_children()[1] is t.get_children()[1], t.get_children()[1].get_id() == t.get_children()[1].get_id())
print(type(t._table).__name__, t._table.name, t._table.type, t._table.nested, t._table.varnames)
