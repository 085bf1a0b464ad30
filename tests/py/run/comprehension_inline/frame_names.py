# Inside an inlined comprehension the running frame is the enclosing one; a generator expression
# still runs in its own frame.
import sys


def func():
    return [sys._getframe().f_code.co_name for _ in range(1)]


print(func())
print([sys._getframe().f_code.co_name for _ in range(1)])
print({sys._getframe().f_code.co_name for _ in range(1)})
print({k: sys._getframe().f_code.co_name for k in range(1)})
print(list(sys._getframe().f_code.co_name for _ in range(1)))


def back_name():
    return [sys._getframe(1).f_code.co_name for _ in range(1)]


def caller():
    return back_name()


print(caller())


class C:
    names = [sys._getframe().f_code.co_name for _ in range(1)]

    def method(self):
        return [sys._getframe().f_code.co_qualname for _ in range(1)]


print(C.names, C().method())

lam = [lambda: 0 for _ in range(1)][0]
print(lam.__qualname__, lam.__code__.co_name)


def qualnames():
    fs = [lambda: 0 for _ in range(1)]
    gs = [(lambda: 0 for _ in range(1)) for _ in range(1)]
    return fs[0].__qualname__, gs[0].__qualname__ if hasattr(gs[0], "__qualname__") else None


print(qualnames())


def code_objects():
    return [c.co_name for c in func.__code__.co_consts if hasattr(c, "co_name")]


print(code_objects())


def genexpr_frame():
    g = (sys._getframe().f_code.co_name for _ in range(1))
    return next(g), g.gi_code.co_name, g.gi_frame.f_code.co_varnames


print(genexpr_frame())


def comp_varnames(a):
    b = [x for x in a]
    c = {k: v for k, v in a}
    return b, c


print(comp_varnames.__code__.co_varnames, comp_varnames.__code__.co_nlocals)
module_code = compile("[x for x in y]\nz = {k for k in y}", "<m>", "exec")
print(module_code.co_varnames, module_code.co_nlocals, module_code.co_names)
