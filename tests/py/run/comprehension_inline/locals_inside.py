# locals() and frame.f_locals inside and after an inlined comprehension (CPython 3.14: in a function the
# comprehension's variables are the function's fast locals; in a module or class body they are hidden
# fast locals, and while they are bound locals() shows the fast locals).
import sys


def func(a):
    b = a * 2
    inside = [sorted(locals()) for x in range(1)]
    inside_items = [sorted(locals().items()) for x in range(1, 2)]
    frame_view = [sorted(sys._getframe().f_locals) for y in range(1)]
    after = sorted(locals())
    return inside, inside_items, frame_view, after


print(func(1))


def nested_locals():
    outer = 1
    return [[sorted(locals()) for j in range(1)] for i in range(1)]


print(nested_locals())


def with_closure():
    c = 5
    fs = [lambda: c for _ in range(1)]
    return [sorted(locals()) for k in range(1)], fs[0]()


print(with_closure())

g = "global"
r = [sorted(k for k in locals() if not k.startswith("__")) for x in range(1)]
print("module inside:", r)
print("module after:", "x" in locals(), "r" in locals(), locals() is globals())
print("module f_locals:", [sys._getframe().f_locals.get("x") for x in ["X"]])
print("module eval:", [eval("x + g") for x in ["e-"]])


class C:
    attr = 1
    inside = [sorted(k for k in locals() if not k.startswith("__")) for x in range(1)]
    after = sorted(k for k in locals() if not k.startswith("__"))


print("class:", C.inside, C.after)


def vars_and_dir():
    m = 1
    return [sorted(vars()) for n in range(1)], [dir() for n in range(1)]


print(vars_and_dir())
