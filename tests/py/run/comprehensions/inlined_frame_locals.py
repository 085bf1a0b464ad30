# f_locals of a module or class body while an inlined comprehension runs there is a live
# FrameLocalsProxy over the namespace and the comprehension's hidden variables (PEP 709): it stops
# showing them once the comprehension ends. locals() is a snapshot dict.
import sys

top = 1
val = "a" in [sys._getframe().f_locals for a in [0]][0]
print(val)
print([sys._getframe().f_locals["a"] for a in [0]][0])
print([type(sys._getframe().f_locals).__name__ for a in [0]][0])
print(["a" in sys._getframe().f_locals for a in [0]][0])
print(["top" in sys._getframe().f_locals for a in [0]][0])
snap = [locals() for b in [5]][0]
print(type(snap).__name__, snap["b"], "top" in snap, "snap" in snap)
print(type(sys._getframe().f_locals).__name__)


class C:
    attr = 2
    v = "a" in [sys._getframe().f_locals for a in [0]][0]
    w = [sys._getframe().f_locals["a"] for a in [0]][0]
    x = ["a" in sys._getframe().f_locals for a in [0]][0]
    y = ["attr" in sys._getframe().f_locals for a in [0]][0]


print(C.v, C.w, C.x, C.y)


def f():
    inner = 3
    return (
        "a" in [sys._getframe().f_locals for a in [0]][0],
        ["a" in sys._getframe().f_locals for a in [0]][0],
        sorted([locals() for a in [0]][0]),
    )


print(f())

# code.replace() of code holding comprehension code objects
src = "def g():\n    return [x * 2 for x in range(3)]\n"
co = compile(src, "<src>", "exec")


def rebuild(c):
    if not isinstance(c, type(co)):
        return c
    return c.replace(co_consts=tuple(rebuild(k) for k in c.co_consts))


ns = {}
exec(rebuild(co), ns)
print(ns["g"]())
