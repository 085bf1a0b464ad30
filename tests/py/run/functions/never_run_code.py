# Code objects of functions that have not run yet (an imported module's functions are decoded when
# first called): their attributes, dis, marshal, replace() and exec all see the full code.
import dis
import marshal
import _never_run_mod as m


def describe(co):
    # code and str constants only: where None and small ints go differs from CPython's compiler
    consts = [c.co_name if hasattr(c, "co_name") else c for c in co.co_consts if not isinstance(c, (int, type(None)))]
    return (co.co_name, co.co_qualname, co.co_argcount, co.co_posonlyargcount, co.co_kwonlyargcount,
            co.co_varnames, co.co_cellvars, co.co_freevars, co.co_names, consts,
            co.co_firstlineno - m.outer.__code__.co_firstlineno)


for f in (m.outer, m.gen, m.C.method, m.C.stat, m.raises):
    print(describe(f.__code__))
inner = [c for c in m.outer.__code__.co_consts if hasattr(c, "co_name")][0]
print(describe(inner))

# dis of code that never ran: names, constants and lines
ins = list(dis.get_instructions(m.C.method))
print(sorted({i.argval for i in ins if i.opname in ("LOAD_ATTR", "LOAD_GLOBAL")} - {None}, key=str))
print(sorted({ln for _, ln in dis.findlinestarts(m.C.method.__code__) if ln is not None})[:1] ==
      [m.C.method.__code__.co_firstlineno])

# marshal round trip, then run the copy before the original has ever run
copy = marshal.loads(marshal.dumps(m.gen.__code__))
print(describe(copy) == describe(m.gen.__code__))
g = type(m.gen)(copy, vars(m))
print(list(g(3)))
print(list(m.gen(3)))

# replace() of an undecoded code object, then both run
r = m.raises.__code__.replace(co_name="renamed")
print(r.co_name, r.co_names, [c for c in r.co_consts if c is not None])
for fn in (type(m.raises)(r, vars(m)), m.raises):
    try:
        fn()
    except ValueError as e:
        print("ValueError", e)

# exec of a code object taken from a never-called function
ns = {"K": 2}
exec(m.setter.__code__, ns)
print(ns["Z"], m.K)
print(m.outer(1, c=0)(5), m.C().method(3), m.C.stat(1)(2))
try:
    import pickle
    pickle.dumps(m.outer.__code__)
except TypeError:
    print("TypeError")
